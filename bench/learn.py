#!/usr/bin/python3
"""Terminal app benchmark: how soon `threadlab learn` and `threadlab repl` answer a person.

Run by hand (not in CI), after ./install.sh, with the installed command (or --threadlab PATH):

    python3 bench/learn.py                 # 7 runs of each measure
    python3 bench/learn.py --runs 3 --threadlab /tmp/prefix/bin/threadlab

Each run starts the command in a fresh pseudo-terminal (100x30, TERM=xterm-256color) with a
throwaway home, reads what it draws and types as a person would, and times from the process start:

  first screen      `threadlab learn` until the list of lessons is drawn            (target <= 1 s)
  first result      `threadlab repl`, typing `1 + 1` at the first prompt, until `Out[1]: 2`
                    is drawn                                                          (target <= 1.5 s)
  first lesson cell `threadlab learn 01`, Enter until the first code cell is shown, Enter again,
                    until it has run (a person reads first: this is the floor)
  --version         for scale: the same JVM starting and printing a line, nothing else

The first run of a fresh install also writes the JVM's class-data archive; it is reported apart.
Needs only Python's standard library. Prints a Markdown table of medians, fastest and slowest.
"""
import argparse
import fcntl
import os
import platform
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from datetime import date

COLUMNS, ROWS = 100, 30
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


class Pty:
    """A command in its own pseudo-terminal; the output is read as it comes, with time stamps."""

    def __init__(self, command, env):
        self.start = time.monotonic()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
            os.execvpe(command[0], command, env)
        self.seen = b""

    def wait_for(self, pattern, timeout=120):
        """Seconds from the start until `pattern` (a regex on the text without escapes) was drawn."""
        regex = re.compile(pattern)
        end = time.monotonic() + timeout
        while not regex.search(ANSI.sub(b"", self.seen).decode("utf-8", "replace")):
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {pattern!r} within {timeout} s; last output: {self.seen[-400:]!r}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536)
                except OSError:
                    break
        return time.monotonic() - self.start

    def forget(self):
        self.seen = b""

    def type(self, text):
        os.write(self.fd, text.encode())

    def close(self, keys):
        self.type(keys)
        end = time.monotonic() + 30
        while time.monotonic() < end:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            select.select([self.fd], [], [], 0.1)
            try:
                os.read(self.fd, 65536)
            except OSError:
                pass
        else:
            os.killpg(os.getpgid(self.pid), signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def environment(home):
    env = dict(os.environ)
    env.update(HOME=home, TERM="xterm-256color", XDG_STATE_HOME=os.path.join(home, "state"),
               THREADLAB_PROGRESS=os.path.join(home, "progress.json"), THREADLAB_ANSWERS=os.path.join(home, "answers"))
    env.pop("NO_COLOR", None)
    return env


def version(threadlab, home):
    app = Pty([threadlab, "--version"], environment(home))
    seconds = app.wait_for(r"\d+\.\d+")
    app.close("")
    return seconds


def first_screen(threadlab, home):
    app = Pty([threadlab, "learn"], environment(home))
    seconds = app.wait_for(r"Next: lesson|Every exercise is passed")
    app.close("q")
    return seconds


def first_result(threadlab, home):
    app = Pty([threadlab, "repl"], environment(home))
    app.wait_for(r"In \[1\]:")
    app.type("1 + 1\r")
    seconds = app.wait_for(r"Out\[1\]: 2")
    app.close("\x04")
    return seconds


def first_lesson_cell(threadlab, home):
    env = environment(home)
    if os.path.exists(env["THREADLAB_PROGRESS"]):
        os.remove(env["THREADLAB_PROGRESS"])          # else lesson 01 reopens where the last run left it
    app = Pty([threadlab, "learn", "01"], env)
    position = re.compile(r"\[(\d+)/\d+\] (?:Enter|⏎) (\w+)")
    while True:
        app.wait_for(position.pattern)
        text = ANSI.sub(b"", app.seen).decode("utf-8", "replace")
        *_, last = position.finditer(text)
        app.forget()
        app.type("\r")
        if last.group(2) == "run":                     # a code cell: Enter runs it
            break
    seconds = app.wait_for(r"\[1\] ran in")
    app.close("qq")
    return seconds


MEASURES = [("for scale: start → `threadlab --version` printed (JVM and command line only)", version, None),
            ("start → first screen (`threadlab learn`)", first_screen, 1.0),
            ("start → first result (`threadlab repl`, `1 + 1`)", first_result, 1.5),
            ("start → first code cell of lesson 01 run (`threadlab learn 01`)", first_lesson_cell, None)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--threadlab", default=shutil.which("threadlab") or os.path.expanduser("~/.local/bin/threadlab"))
    args = parser.parse_args()
    if not os.access(args.threadlab, os.X_OK):
        sys.exit(f"no threadlab command at {args.threadlab}: run ./install.sh, or pass --threadlab PATH")
    times = {name: [] for name, _, _ in MEASURES}
    cold = {}
    with tempfile.TemporaryDirectory(prefix="threadlab-bench-") as home:
        for run in range(args.runs + 1):
            for name, measure, _ in MEASURES:
                seconds = measure(args.threadlab, home)
                (cold.setdefault(name, seconds) if run == 0 else times[name].append(seconds))
                print(f"run {run}: {name}: {seconds * 1000:.0f} ms", file=sys.stderr, flush=True)
    load = os.getloadavg()[0]
    print(f"Measured {date.today()} on {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"load average {load:.1f}; medians of {args.runs} runs after a first (cold) one.\n")
    print("| measure | target | median | fastest | slowest | first run |")
    print("|---|---|---|---|---|---|")
    for name, _, target in MEASURES:
        t = times[name]
        print(f"| {name} | {'≤ %.1f s' % target if target else ''} | {statistics.median(t):.2f} s | {min(t):.2f} s"
              f" | {max(t):.2f} s | {cold[name]:.2f} s |")


if __name__ == "__main__":
    main()
