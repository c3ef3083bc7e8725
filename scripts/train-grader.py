#!/usr/bin/python3
"""Training run for the ahead-of-time caches of grading engines and of the threadlab command (JDK 25+, JEP
483/514), run by install.sh.

    train-grader.py JAVA JAR ENGINE_JAR JVM_OPTIONS_FILE LESSON_SOURCES GRADING_ENGINE_CACHE COMMAND_CACHE

A grading engine starts with other module options than the engine a kernel starts, so it cannot read the
kernel's engine cache (see the engine's StartupCache). This grades a copy of lesson 00's source notebook
with one cell added at its end, System.exit(0), so that the grading engine exits by itself and writes
GRADING_ENGINE_CACHE as it exits (-Dthreadlab.gradingEngineAotOutput). The grade runs without the sandbox,
which would not let the engine write the cache; the JVM flags are those of a sandboxed grading engine,
whose JVM then maps the cache read-only. Exits 0 when the cache was written, 1 (the reason on stderr)
otherwise; install.sh then installs without it and grading engines use the JDK's default archive.
The command's own JVM (the flags of JVM_OPTIONS_FILE) records too and writes COMMAND_CACHE as it exits: the
threadlab command then starts from a cache trained on what it does (reading notebooks, grading, JShell),
not from the kernel's. A missing COMMAND_CACHE is said on stderr but is no failure.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jvm_options  # scripts/jvm_options.py, beside this script

TIMEOUT = 300


def main():
    if len(sys.argv) != 8:
        sys.exit(__doc__)
    java, jar, engine_jar, options_file, sources, cache, command_cache = sys.argv[1:8]
    flags = jvm_options.read(options_file)
    lessons = sorted(glob.glob(os.path.join(sources, "00-*.ipynb")))
    if not lessons:
        sys.exit(f"no lesson 00 in {sources}")
    work = tempfile.mkdtemp(prefix="threadlab-train-grader")
    written = cache + ".training"  # renamed once complete: a cache half written is never installed
    command_written = command_cache + ".training"
    try:
        with open(lessons[0], encoding="utf-8") as f:
            notebook = json.load(f)
        notebook["cells"].append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                                  "source": "System.exit(0);"})
        training = os.path.join(work, os.path.basename(lessons[0]))
        with open(training, "w", encoding="utf-8") as f:
            json.dump(notebook, f)
        for old in (cache, written, command_cache, command_written):
            if os.path.exists(old):
                os.remove(old)
        command = [java] + flags + [f"-XX:AOTCacheOutput={command_written}",
                                    f"-Dthreadlab.gradingEngineAotOutput={written}",
                                    f"-Dthreadlab.engineJar={engine_jar}", "-jar", jar, "grade", training,
                                    "--source", sources, "-o", os.path.join(work, "grades"), "--no-sandbox"]
        run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
        print(run.stdout, run.stderr, sep="\n")
        if run.returncode != 0:
            sys.exit(f"the training grade failed (exit code {run.returncode})")
        if not os.path.isfile(written):
            sys.exit("the grading engine wrote no cache")
        os.replace(written, cache)
        if os.path.isfile(command_written):
            os.replace(command_written, command_cache)
        else:
            print("the command's JVM wrote no cache; it starts from the kernel's", file=sys.stderr)
    except subprocess.TimeoutExpired:
        sys.exit(f"the training grade did not end within {TIMEOUT} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for leftover in (written, written + ".config", command_written, command_written + ".config"):
            if os.path.exists(leftover):
                os.remove(leftover)


if __name__ == "__main__":
    main()
