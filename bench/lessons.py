#!/usr/bin/python3
"""Lesson benchmark: how long each lesson takes to run headless, top to bottom, as a learner's
"Run All" or `jupyter nbconvert --execute` would, through nbclient and the installed kernel.

Run by hand (not in CI), after ./install.sh:

    /usr/bin/python3 bench/lessons.py                      # every lessons/source/*.ipynb, 3 runs each
    /usr/bin/python3 bench/lessons.py --runs 5 lessons/source/01-threads-io.ipynb

The source notebooks are run (the reference solutions make every cell succeed); kernel start-up
is included, as a learner waits for it too. Prints a Markdown table: median, fastest and slowest
of the runs against the target of 60 s per lesson on 2 cores. Progress is kept in a throwaway file.
"""
import argparse
import glob
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date

import nbformat
from nbclient import NotebookClient

TARGET_S = 60


def run_once(path, kernel):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=300, startup_timeout=120)
    start = time.monotonic()
    client.execute()
    return time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="*", help="source notebooks (default: lessons/source/*.ipynb)")
    parser.add_argument("--runs", type=int, default=3, help="runs per lesson for the median")
    parser.add_argument("--kernel", default="threadlab", help="kernelspec name")
    args = parser.parse_args()
    notebooks = args.notebooks or sorted(glob.glob("lessons/source/*.ipynb"))
    if not notebooks:
        sys.exit("no lessons found: run this from the repository root, or name the notebooks")
    os.environ["THREADLAB_PROGRESS"] = os.path.join(tempfile.mkdtemp(), "progress.json")
    rows = []
    for path in notebooks:
        times = []
        for i in range(args.runs):
            print(f"{os.path.basename(path)}: run {i + 1} of {args.runs}", file=sys.stderr, flush=True)
            times.append(run_once(path, args.kernel))
        rows.append((os.path.basename(path), statistics.median(times), min(times), max(times)))
    print(f"Measured {date.today()} on {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
          f"{args.runs} runs each, kernel start included.\n")
    print(f"| lesson | target | median | fastest | slowest |")
    print("|---|---|---|---|---|")
    for name, median, low, high in rows:
        print(f"| {name} | ≤ {TARGET_S} s | {median:.1f} s | {low:.1f} s | {high:.1f} s |")


if __name__ == "__main__":
    main()
