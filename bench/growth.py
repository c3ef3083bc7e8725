#!/usr/bin/python3
"""How a cell's round trip and the memory grow with the cells before it, Threadlab beside ipykernel.

Run by hand (not in CI):

    /usr/bin/python3 bench/growth.py --cells 1000            # the installed kernels "threadlab" and "python3"
    /usr/bin/python3 bench/growth.py --jars target --cells 400  # Threadlab from this checkout's target/

One kernel per language runs N cells, each declaring a variable and evaluating an expression
(`int v17 = 17;` then `v17 + 1`; `v17 = 17` then `v17 + 1` in Python). Every --every cells it notes
the median round trip (execute_request -> idle) of the last --every cells, the resident memory of the
kernel and everything below it, and, for Threadlab, what grows inside its JVMs: the classes each JVM
has loaded (jcmd PerfCounter.print). The two kernels run interleaved, a cell of one then a cell of the
other, so both see the same machine. Prints a Markdown table and the load average before and after.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

TIMEOUT = 120
HERE = os.path.dirname(os.path.abspath(__file__))


def wait_idle(kc, msg_id):
    """Blocks until the reply to msg_id and its idle status have both arrived."""
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


def descendants(pid):
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout
    children = {}
    for line in out.split("\n"):
        if line.strip():
            p, pp = map(int, line.split())
            children.setdefault(pp, []).append(p)
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def rss_mb(pid):
    total = 0.0
    for p in pids_below(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def pids_below(pid):
    return descendants(pid)


def own_rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def loaded_classes(jcmd, pid):
    """Classes the JVM pid has loaded and not unloaded (HotSpot's perf counters), or None."""
    try:
        out = subprocess.run([jcmd, str(pid), "PerfCounter.print"], capture_output=True, text=True,
                             timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    counts = {}
    for line in out.split("\n"):
        if "=" in line:
            key, value = line.split("=", 1)
            counts[key.strip()] = value.strip()
    try:  # classes from a class-data archive or an AOT cache are counted apart
        return (int(counts["java.cls.loadedClasses"]) + int(counts.get("java.cls.sharedLoadedClasses", "0"))
                - int(counts.get("java.cls.unloadedClasses", "0"))
                - int(counts.get("java.cls.sharedUnloadedClasses", "0")))
    except (KeyError, ValueError):
        return None


def cpu_ms(pid):
    """CPU time (user + system) the process pid has used so far, in ms, or None."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def java_pids(pid):
    """The kernel JVM and, below it, the engine JVM (the first java child)."""
    result = []
    for p in pids_below(pid):
        try:
            with open(f"/proc/{p}/comm") as f:
                if f.read().strip() == "java":
                    result.append(p)
        except OSError:
            pass
    return result


def kernelspec_from(jars, java, extra_flags, home=None, name="threadlab"):
    """A throwaway kernelspec running the jars in directory `jars` with the repo's kernel/jvm.options."""
    home = home or tempfile.mkdtemp(prefix="threadlab-growth")
    spec = os.path.join(home, "kernels", name)
    os.makedirs(spec)
    flags = []
    with open(os.path.join(HERE, "..", "kernel", "jvm.options")) as f:
        flags = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    argv = ([java] + flags + extra_flags
            + [f"-Dthreadlab.engineJar={os.path.abspath(os.path.join(jars, 'threadlab-engine.jar'))}",
               "-jar", os.path.abspath(os.path.join(jars, "threadlab-all.jar")),
               "kernel", "--connection-file", "{connection_file}"])
    with open(os.path.join(spec, "kernel.json"), "w") as f:
        json.dump({"argv": argv, "display_name": "growth", "language": "java", "interrupt_mode": "message"}, f)
    return home


class Run:
    def __init__(self, name, declare, evaluate):
        self.name, self.declare, self.evaluate = name, declare, evaluate
        start = time.perf_counter()
        self.km = KernelManager(kernel_name=name)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)
        self.ready = time.perf_counter() - start
        self.times = []
        self.cell(99999)
        self.first_result = time.perf_counter() - start
        self.cpu_mark = None

    def cell(self, i):
        t = time.perf_counter()
        reply = wait_idle(self.kc, self.kc.execute(self.declare(i) + "\n" + self.evaluate(i)))
        self.times.append(time.perf_counter() - t)
        if reply["content"]["status"] != "ok":
            sys.exit(f"{self.name}: cell {i} failed: {reply['content']}")

    def pid(self):
        return self.km.provisioner.process.pid

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--jars", help="run Threadlab from this directory's jars instead of the installed kernel")
    parser.add_argument("--java", default=os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java"))
    parser.add_argument("--flag", action="append", default=[], help="an extra kernel JVM flag (with --jars)")
    parser.add_argument("--jars-b", help="with --jars: a second Threadlab (B) from these jars, run interleaved with A")
    parser.add_argument("--flag-b", action="append", default=[], help="an extra kernel JVM flag of B")
    parser.add_argument("--spec", help="run Threadlab from this kernelspec directory (e.g. an install.sh --prefix's "
                        "share/jupyter/kernels/threadlab, with its start-up caches)")
    parser.add_argument("--spec-b", help="with --spec: a second Threadlab (B) from this kernelspec directory")
    parser.add_argument("--trivial", action="store_true", help="every cell is `1 + 1` (nothing accumulates)")
    parser.add_argument("--no-python", action="store_true", help="Threadlab alone")
    parser.add_argument("--idle", type=float, default=0,
                        help="after the last cell, wait this many seconds and note each kernel's memory again "
                             "(a kernel gives heap back when idle)")
    parser.add_argument("--histogram", help="write each Threadlab JVM's heap histogram here at the end")
    parser.add_argument("--jfr", help="record both Threadlab JVMs with JFR; dump kernel.jfr and engine.jfr here at the end")
    args = parser.parse_args()
    jcmd = os.path.join(os.path.dirname(args.java), "jcmd")

    home = None
    if args.jfr:
        os.makedirs(args.jfr, exist_ok=True)
        args.flag += ["-XX:StartFlightRecording=settings=profile", "-Xlog:jfr+startup=error"]
        os.environ["THREADLAB_ENGINE_OPTIONS"] = (os.environ.get("THREADLAB_ENGINE_OPTIONS", "")
                                                  + " -XX:StartFlightRecording=settings=profile -Xlog:jfr+startup=error").strip()
    if args.jars:
        home = kernelspec_from(args.jars, args.java, args.flag)
        if args.jars_b or args.flag_b:
            kernelspec_from(args.jars_b or args.jars, args.java, args.flag_b, home, "threadlab-b")
        os.environ["JUPYTER_PATH"] = home + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    if args.spec:
        home = tempfile.mkdtemp(prefix="threadlab-growth")
        for name, spec in (("threadlab", args.spec), ("threadlab-b", args.spec_b)):
            if spec:
                os.makedirs(os.path.join(home, "kernels", name))
                shutil.copy(os.path.join(spec, "kernel.json"), os.path.join(home, "kernels", name))
        os.environ["JUPYTER_PATH"] = home + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    with_b = (args.jars and (args.jars_b or args.flag_b)) or (args.spec and args.spec_b)
    if args.trivial:
        java_cell, python_cell = (lambda i: "", lambda i: "1 + 1"), (lambda i: "", lambda i: "1 + 1")
    else:
        java_cell = (lambda i: f"int v{i} = {i};", lambda i: f"v{i} + 1")
        python_cell = (lambda i: f"v{i} = {i}", lambda i: f"v{i} + 1")
    load_before = os.getloadavg()
    runs = [Run("threadlab", *java_cell)]
    if with_b:
        runs.append(Run("threadlab-b", *java_cell))
    if not args.no_python:
        runs.append(Run("python3", *python_cell))
    rows = []
    try:
        for r in runs:
            for i in range(10):  # warm-up, not counted
                r.cell(100000 + i)
            r.times.clear()
        for r in runs:
            rows.append((r.name, 0, None, None, None, rss_mb(r.pid()),
                         [loaded_classes(jcmd, p) for p in java_pids(r.pid())]))
            r.cpu_mark = cpu_ms(r.pid())
        for i in range(args.cells):
            for r in runs:
                r.cell(i)
            if (i + 1) % args.every == 0:
                for r in runs:
                    block = sorted(r.times[-args.every:])
                    p50 = statistics.median(block)
                    p95 = block[int(0.95 * len(block))]
                    cpu = cpu_ms(r.pid())
                    per_cell = None if cpu is None or r.cpu_mark is None else (cpu - r.cpu_mark) / args.every
                    r.cpu_mark = cpu
                    classes = [loaded_classes(jcmd, p) for p in java_pids(r.pid())] if r.name.startswith("threadlab") else []
                    rows.append((r.name, i + 1, p50, p95, per_cell, rss_mb(r.pid()), classes))
                    each = [round(own_rss_mb(p)) for p in java_pids(r.pid())]
                    print(f"{r.name} {i + 1}: p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, kernel CPU "
                          f"{per_cell or 0:.1f} ms/cell, RSS {rows[-1][5]:.0f} MB {each}, classes {classes}",
                          file=sys.stderr)
        if args.idle > 0:
            time.sleep(args.idle)
            for r in runs:
                rows.append((r.name, f"{args.cells}, then {args.idle:g} s idle", None, None, None, rss_mb(r.pid()),
                             []))
    finally:
        if args.histogram:
            os.makedirs(args.histogram, exist_ok=True)
            for p, role in zip(java_pids(runs[0].pid()), ("kernel", "engine")):
                with open(os.path.join(args.histogram, role + ".txt"), "w") as out:
                    subprocess.run([jcmd, str(p), "GC.class_histogram"], stdout=out, timeout=120)
        if args.jfr:
            for p, role in zip(java_pids(runs[0].pid()), ("kernel", "engine")):
                subprocess.run([jcmd, str(p), "JFR.dump", f"filename={os.path.abspath(args.jfr)}/{role}.jfr"],
                               capture_output=True, timeout=120)
        for r in runs:
            r.close()
        if home:
            shutil.rmtree(home, ignore_errors=True)
    load_after = os.getloadavg()

    what = "`1 + 1`" if args.trivial else "`int vN = N;` then `vN + 1`"
    print(f"{args.cells} cells ({what}), one kernel each, interleaved; "
          f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after, {os.cpu_count()} cores.\n")
    print("| kernel | cells run | p50 of the last " + str(args.every) + " (ms) | p95 (ms) "
          "| kernel process CPU per cell (ms) | RSS (MB) | classes loaded (kernel JVM, engine JVM) |")
    print("|---|---|---|---|---|---|---|")
    for name, n, p50, p95, per_cell, rss, classes in rows:
        def ms(x, scale=1000):
            return "" if x is None else f"{x * scale:.1f}"
        print(f"| {name} | {n} | {ms(p50)} | {ms(p95)} | {ms(per_cell, 1)} | {rss:.0f} "
              f"| {', '.join(str(c) for c in classes)} |")
    for r in runs:
        first = statistics.median(r.times[:args.every])
        last = statistics.median(r.times[-args.every:])
        print(f"\n{r.name}: start → ready {r.ready * 1000:.0f} ms, start → first result {r.first_result * 1000:.0f} ms")
        print(f"\n{r.name}: first {args.every} p50 {first * 1000:.1f} ms, last {args.every} p50 "
              f"{last * 1000:.1f} ms ({last / first:.2f}×); p95 of all {sorted(r.times)[int(0.95 * len(r.times))] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
