#!/usr/bin/python3
"""Kernel benchmark: Threadlab against Debian's ipykernel, side by side, through the real jupyter_client.

Run by hand (not in CI), after ./install.sh or with --kernelspec-dir pointing at a kernelspec:

    /usr/bin/python3 bench/bench.py                 # installed kernel "threadlab" vs "python3"
    /usr/bin/python3 bench/bench.py --starts 7 --cells 200

Measures, per kernel: process start -> kernel_info reply ("ready"), process start -> first
execute_result ("first result"), trivial-cell round trip p50/p95 (execute_request -> idle),
completion p50, inspection p50 (ten names in turn, apart from the first request of each), interrupt latency of a busy loop (interrupt_request -> execute_reply), the
idle resident memory of the kernel process and all its descendants (the engine JVM for Threadlab), and last
the round trip p50 of as many declaring cells as trivial ones (a method and a record in turn, each named anew).
Then, in a fresh kernel each, --growth cells that each declare a variable and evaluate an expression
(`int g17 = 17;` then `g17 + 1`; as bench/growth.py, which draws the whole curve): the p50 of the last 100
against the first 100, and the memory after 5 s without a cell. Start-up figures are medians over --starts
fresh kernels. Prints a Markdown table.
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import date

from jupyter_client.manager import KernelManager

TIMEOUT = 60

KERNELS = {
    # name: (trivial cell, completion code, busy loop, language label)
    "threadlab": ("1 + 1", "Syst", "while (true) { }", "Java (Threadlab)"),
    "python3": ("1 + 1", "pri", "while True: pass", "Python (ipykernel)"),
}

# Declaring cells, a method then a record (a function then a class), each with a name of its own, and what
# inspection is asked about.
# What each growth cell runs, {0} its number.
GROWTH = {
    "threadlab": "int g{0} = {0};\ng{0} + 1",
    "python3": "g{0} = {0}\ng{0} + 1",
}
GROWTH_IDLE_SECONDS = 5

DECLARATIONS = {
    "threadlab": ("int twice{0}(int x) {{ return 2 * x; }}", "record Point{0}(int x, int y) {{}}"),
    "python3": ("def twice{0}(x):\n    return 2 * x", "class Point{0}:\n    pass"),
}
INSPECT = {
    "threadlab": ["String", "Thread", "Math.max(", "List", "Integer", "System.out.println(", "ExecutorService",
                  "CompletableFuture", "Thread.sleep(", "Optional"],
    "python3": ["print", "len", "str", "int", "dict", "list", "range", "sorted", "open", "max"],
}


def wait_idle(kc, msg_id):
    """Blocks until the reply to msg_id and its idle status have both arrived (either order)."""
    reply = None
    while reply is None:
        msg = kc.get_shell_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id:
            reply = msg
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return reply


def drain_iopub(kc):
    while True:
        try:
            kc.get_iopub_msg(timeout=0.05)
        except Exception:
            return


def start(name):
    """Starts a kernel; ready means kernel_info answered and IOPub delivering, as wait_for_ready checks."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    deadline = t0 + TIMEOUT
    while time.perf_counter() < deadline:
        msg_id = kc.kernel_info()
        while True:
            msg = kc.get_shell_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id:
                break
        try:
            kc.get_iopub_msg(timeout=0.2)  # busy/idle of that kernel_info: IOPub is subscribed
            break
        except Exception:
            continue
    ready = time.perf_counter() - t0
    drain_iopub(kc)
    return km, kc, t0, ready


def first_result(kc, t0, code):
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_result":
            return time.perf_counter() - t0


def rss_mb(pid):
    def rss(p):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            return 0.0
        return 0.0

    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout
    children = {}
    for line in out.split("\n"):
        if line.strip():
            p, pp = map(int, line.split())
            children.setdefault(pp, []).append(p)
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += rss(p)
        todo.extend(children.get(p, []))
    return total


def pct(values, q):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(q / 100 * (len(values) - 1))))
    return values[k]


def measure(name, starts, cells):
    trivial, complete_code, busy, _ = KERNELS[name]
    readies, firsts = [], []
    for _ in range(starts):
        km, kc, t0, ready = start(name)
        readies.append(ready)
        firsts.append(first_result(kc, t0, trivial))
        kc.stop_channels()
        km.shutdown_kernel(now=True)

    km, kc, _, _ = start(name)
    try:
        drain_iopub(kc)
        for _ in range(10):  # warm-up
            wait_idle(kc, kc.execute(trivial))
        rtts = []
        for _ in range(cells):
            t = time.perf_counter()
            wait_idle(kc, kc.execute(trivial))
            rtts.append(time.perf_counter() - t)
        completions = []
        for _ in range(max(20, cells // 2)):
            t = time.perf_counter()
            msg_id = kc.complete(complete_code, len(complete_code))
            while kc.get_shell_msg(timeout=TIMEOUT)["parent_header"].get("msg_id") != msg_id:
                pass
            completions.append(time.perf_counter() - t)
        drain_iopub(kc)
        time.sleep(2)
        memory = rss_mb(km.provisioner.process.pid)
        interrupts = []
        for _ in range(3):
            msg_id = kc.execute(busy)
            time.sleep(1.0)
            t = time.perf_counter()
            km.interrupt_kernel()
            wait_idle(kc, msg_id)
            interrupts.append(time.perf_counter() - t)
            drain_iopub(kc)
        inspections, first_inspections = [], []
        for i in range(max(20, cells // 2)):
            code = INSPECT[name][i % len(INSPECT[name])]
            t = time.perf_counter()
            msg_id = kc.inspect(code, len(code))
            while kc.get_shell_msg(timeout=TIMEOUT)["parent_header"].get("msg_id") != msg_id:
                pass
            (inspections if i >= len(INSPECT[name]) else first_inspections).append(time.perf_counter() - t)
        declarations = []
        for i in range(cells):
            code = DECLARATIONS[name][i % 2].format(i)
            t = time.perf_counter()
            wait_idle(kc, kc.execute(code))
            declarations.append(time.perf_counter() - t)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return {
        "ready": statistics.median(readies),
        "first": statistics.median(firsts),
        "p50": pct(rtts, 50),
        "p95": pct(rtts, 95),
        "complete": pct(completions, 50),
        "interrupt": statistics.median(interrupts),
        "inspect": pct(inspections, 50),
        "inspect_first": pct(first_inspections, 50),
        "declare": pct(declarations, 50),
        "rss": memory,
    }


def measure_growth(name, cells):
    """In a fresh kernel: p50 of the first and of the last 100 of `cells` declaring cells, and the memory after
    GROWTH_IDLE_SECONDS without a cell (a kernel may give memory back when idle)."""
    km, kc, _, _ = start(name)
    try:
        drain_iopub(kc)
        times = []
        for i in range(cells):
            t = time.perf_counter()
            wait_idle(kc, kc.execute(GROWTH[name].format(i)))
            times.append(time.perf_counter() - t)
        time.sleep(GROWTH_IDLE_SECONDS)
        memory = rss_mb(km.provisioner.process.pid)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    block = min(100, cells)
    return {"growth_first": statistics.median(times[:block]), "growth_last": statistics.median(times[-block:]),
            "growth_rss": memory}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--starts", type=int, default=5, help="fresh kernel starts for start-up medians")
    parser.add_argument("--cells", type=int, default=100, help="trivial cells for the round-trip percentiles")
    parser.add_argument("--growth", type=int, default=1000,
                        help="declaring cells in a fresh kernel for the growth rows (0: leave them out)")
    parser.add_argument("--kernels", nargs="+", default=list(KERNELS), choices=list(KERNELS))
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    results = {}
    for name in args.kernels:
        print(f"measuring {name} ...", file=sys.stderr)
        results[name] = measure(name, args.starts, args.cells)
        if args.growth > 0:
            print(f"{args.growth} declaring cells in {name} ...", file=sys.stderr)
            results[name].update(measure_growth(name, args.growth))

    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"Measured {date.today()} on {os.cpu_count()} cores ({cpu}), {platform.system()} "
          f"{platform.release()}; medians of {args.starts} starts, {args.cells} cells; load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after.\n")
    both = args.kernels == ["threadlab", "python3"]
    header = "| measure | target | " + " | ".join(KERNELS[k][3] for k in args.kernels) + " |"
    if both:
        header += " ratio |"
    print(header)
    print("|" + "---|" * (2 + len(args.kernels) + (1 if both else 0)))
    rows = [
        ("start → kernel_info reply", "≤ 0.8 s", "ready", 1000, "ms"),
        ("start → first result", "≤ 1 s", "first", 1000, "ms"),
        ("trivial cell round trip p50", "≤ 15 ms", "p50", 1000, "ms"),
        ("trivial cell round trip p95", "≤ 30 ms", "p95", 1000, "ms"),
        ("declaring cell round trip p50 (a method, a record)", "≤ 25 ms", "declare", 1000, "ms"),
        ("completion p50", "≤ 15 ms", "complete", 1000, "ms"),
        ("inspection p50 (ten names in turn)", "≤ 15 ms", "inspect", 1000, "ms"),
        ("for scale: first inspection of each name p50", "", "inspect_first", 1000, "ms"),
        ("interrupt a busy loop → reply", "≤ 50 ms", "interrupt", 1000, "ms"),
        ("idle memory (RSS, all processes)", "≤ 180 MB", "rss", 1, "MB"),
    ]
    for label, target, key, scale, unit in rows:
        cells = [f"{results[k][key] * scale:.1f} {unit}" if key != "rss" else f"{results[k][key]:.0f} {unit}"
                 for k in args.kernels]
        ratio = f" {results['threadlab'][key] / results['python3'][key]:.2f}× |" if both else ""
        print(f"| {label} | {target} | " + " | ".join(cells) + " |" + ratio)
    if args.growth > 0:
        def growth(k):
            r = results[k]
            return (f"{r['growth_first'] * 1000:.1f} → {r['growth_last'] * 1000:.1f} ms "
                    f"({r['growth_last'] / r['growth_first']:.2f}×)")
        print(f"| declaring cells: p50 of the first 100 → the last 100 of {args.growth:,} | ≤ 1.2× | "
              + " | ".join(growth(k) for k in args.kernels) + " |" + (" |" if both else ""))
        print(f"| memory after {args.growth:,} declaring cells and {GROWTH_IDLE_SECONDS} s idle | ≤ 260 MB | "
              + " | ".join(f"{results[k]['growth_rss']:.0f} MB" for k in args.kernels) + " |"
              + (f" {results['threadlab']['growth_rss'] / results['python3']['growth_rss']:.2f}× |" if both else ""))


if __name__ == "__main__":
    main()
