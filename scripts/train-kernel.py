#!/usr/bin/python3
"""Training run for the ahead-of-time caches of the kernel JVM and the engine JVM (JDK 25+, JEP 483/514), run by install.sh.

    train-kernel.py JAVA JAR ENGINE_JAR JVM_OPTIONS_FILE CACHE [ENGINE_CACHE]

On JDK 21-24, which have no ahead-of-time cache, a CACHE named *.jsa is a dynamic class-data archive of the
kernel JVM instead (-XX:ArchiveClassesAtExit; later kernels start with -XX:SharedArchiveFile=CACHE), and an
ENGINE_CACHE named *.jsa one of the engine JVM (StartupCache picks the flags by the name).

Starts the kernel once through jupyter_client, with -XX:AOTCacheOutput=CACHE and the flags of
JVM_OPTIONS_FILE, sends it what a first session sends (kernel_info, a few cells, a completion, an
inspection), shuts it down cleanly and waits while the JVM writes the cache. Later kernels start with
-XX:AOTCache=CACHE: the classes of the kernel and of JShell's compiler come loaded and linked, and the
lambdas resolved. With ENGINE_CACHE, the engine JVM records too (-Dthreadlab.engineAotOutput, see the
engine's StartupCache): the last training cell calls System.exit(0), the engine writes its cache as it
exits, and later engines start with -Dthreadlab.engineAotCache=ENGINE_CACHE given to the kernel. Exits 0
when CACHE was written, 1 (with the reason on stderr) otherwise; install.sh then installs the kernel
without a cache. A missing ENGINE_CACHE is said on stderr but is no failure.
"""
import json
import os
import queue
import shutil
import sys
import tempfile
import time

import jvm_options  # scripts/jvm_options.py, beside this script

TIMEOUT = 120

CELLS = [
    "1 + 1",
    'System.out.println("hello");',
    "record Point(int x, int y) {}\nvar p = new Point(1, 2);\np",
    "List.of(3, 1, 2).stream().sorted().toList()",
    'Integer.parseInt("x")',
    "%threads",
]


def main():
    if len(sys.argv) not in (6, 7):
        sys.exit(__doc__)
    java, jar, engine_jar, options_file, cache = sys.argv[1:6]
    engine_cache = sys.argv[6] if len(sys.argv) == 7 else None
    # The engine writes here; renamed once its cache is complete, so the engine the kernel starts next (which
    # records too) cannot replace it with the cache of an engine that ran nothing.
    # (a JDK 21-24 archive keeps its .jsa ending: StartupCache picks the flags by it)
    engine_output = None
    if engine_cache:
        engine_output = (engine_cache[:-4] + ".training.jsa" if engine_cache.endswith(".jsa")
                         else engine_cache + ".training")
    try:
        from jupyter_client.manager import KernelManager
    except ImportError as e:
        sys.exit(f"no jupyter_client ({e})")
    flags = jvm_options.read(options_file)
    home = tempfile.mkdtemp(prefix="threadlab-train")
    try:
        spec = os.path.join(home, "kernels", "threadlab-train")
        os.makedirs(spec)
        engine_flags = [f"-Dthreadlab.engineAotOutput={engine_output}"] if engine_cache else []
        record = ([f"-XX:ArchiveClassesAtExit={cache}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
                  if cache.endswith(".jsa") else [f"-XX:AOTCacheOutput={cache}"])
        argv = [java] + flags + engine_flags + record + [f"-Dthreadlab.engineJar={engine_jar}",
                                                         "-jar", jar, "kernel", "--connection-file", "{connection_file}"]
        with open(os.path.join(spec, "kernel.json"), "w") as f:
            json.dump({"argv": argv, "display_name": "training", "language": "java",
                       "interrupt_mode": "message"}, f)
        os.environ["JUPYTER_PATH"] = home
        for old in (cache, engine_cache, engine_output):
            if old and os.path.exists(old):
                os.remove(old)
        km = KernelManager(kernel_name="threadlab-train")
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=TIMEOUT)
            for code in CELLS:
                kc.execute_interactive(code, timeout=TIMEOUT, output_hook=lambda msg: None)
            for request in (lambda: kc.complete("Str", 3), lambda: kc.inspect("String", 3),
                            lambda: kc.is_complete("for (")):
                msg_id = request()
                while kc.get_shell_msg(timeout=TIMEOUT)["parent_header"].get("msg_id") != msg_id:
                    pass
            if engine_cache:
                # The engine writes its cache while it exits; the reply comes once it has gone.
                kc.execute_interactive("System.exit(0);", timeout=TIMEOUT, output_hook=lambda msg: None)
                if os.path.isfile(engine_output):
                    os.replace(engine_output, engine_cache)
                else:
                    print("the engine wrote no cache; engines start without one", file=sys.stderr)
            kc.shutdown()
            deadline = time.monotonic() + TIMEOUT
            while km.is_alive() and time.monotonic() < deadline:
                time.sleep(0.2)
            if km.is_alive():
                sys.exit(f"the training kernel did not exit within {TIMEOUT} s")
        except (RuntimeError, queue.Empty) as e:
            sys.exit(f"the training kernel did not answer ({e!r})")
        finally:
            kc.stop_channels()
            if km.is_alive():
                km.shutdown_kernel(now=True)
        if not os.path.isfile(cache):
            sys.exit("the JVM wrote no cache (see its output above)")
    finally:
        shutil.rmtree(home, ignore_errors=True)
        for leftover in (engine_output, engine_output and engine_output + ".config"):
            if leftover and os.path.exists(leftover):
                os.remove(leftover)


if __name__ == "__main__":
    main()
