#!/usr/bin/python3
"""Start-up of two Threadlab builds or flag sets, A against B, interleaved, through the real jupyter_client.

Run by hand (not in CI), e.g. the engine's ahead-of-time cache against none:

    /usr/bin/python3 bench/startup.py --jars target --rounds 9 \\
        --flag-a=-XX:AOTCache=k.aot --flag-b=-XX:AOTCache=k.aot --flag-b=-Dthreadlab.engineAotCache=e.aot

Each round starts A then B (or B then A, alternating) and measures process start -> kernel_info reply
("ready") and process start -> the first execute_result of `1 + 1` (bench.py's definitions). Prints the
medians, the ratio B/A and the load average before and after.
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402
import growth  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jars", help="directory of threadlab-all.jar and threadlab-engine.jar (A)")
    parser.add_argument("--spec", help="in place of --jars: A's kernelspec directory, as install.sh made it (with its "
                        "start-up caches), e.g. PREFIX/share/jupyter/kernels/threadlab")
    parser.add_argument("--spec-b", help="with --spec: B's kernelspec directory")
    parser.add_argument("--jars-b", help="B's jars (default: A's)")
    parser.add_argument("--flag-a", action="append", default=[])
    parser.add_argument("--flag-b", action="append", default=[])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--java", default=os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java"))
    args = parser.parse_args()
    if args.spec:
        home = tempfile.mkdtemp(prefix="threadlab-startup")
        for name, spec in (("startup-a", args.spec), ("startup-b", args.spec_b or args.spec)):
            os.makedirs(os.path.join(home, "kernels", name))
            shutil.copy(os.path.join(spec, "kernel.json"), os.path.join(home, "kernels", name))
    elif args.jars:
        home = growth.kernelspec_from(args.jars, args.java, args.flag_a, None, "startup-a")
        growth.kernelspec_from(args.jars_b or args.jars, args.java, args.flag_b, home, "startup-b")
    else:
        parser.error("give --jars or --spec")
    os.environ["JUPYTER_PATH"] = home + os.pathsep + os.environ.get("JUPYTER_PATH", "")
    load = os.getloadavg()[0]
    results = {"startup-a": ([], []), "startup-b": ([], [])}
    try:
        for i in range(args.rounds):
            order = ["startup-a", "startup-b"] if i % 2 == 0 else ["startup-b", "startup-a"]
            for name in order:
                km, kc, t0, ready = bench.start(name)
                first = bench.first_result(kc, t0, "1 + 1")
                kc.stop_channels()
                km.shutdown_kernel(now=True)
                results[name][0].append(ready)
                results[name][1].append(first)
                print(f"{name}: ready {ready * 1000:.0f} ms, first result {first * 1000:.0f} ms", file=sys.stderr)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"{args.rounds} rounds, interleaved; load average {load:.1f} before, {os.getloadavg()[0]:.1f} after, "
          f"{os.cpu_count()} cores.\n")
    print("| measure (median, min-max) | A | B | B/A |")
    print("|---|---|---|---|")
    for k, label in ((0, "start → kernel_info reply"), (1, "start → first result")):
        a, b = results["startup-a"][k], results["startup-b"][k]
        print(f"| {label} | {statistics.median(a) * 1000:.0f} ms ({min(a) * 1000:.0f}-{max(a) * 1000:.0f}) | "
              f"{statistics.median(b) * 1000:.0f} ms ({min(b) * 1000:.0f}-{max(b) * 1000:.0f}) | "
              f"{statistics.median(b) / statistics.median(a):.2f}× |")


if __name__ == "__main__":
    main()
