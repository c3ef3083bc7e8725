"""The second round of what learners throw at the kernel, through Debian's real jupyter_client: bad jars,
interrupted input, output written below System.out, deadlocks of virtual threads on ReentrantLocks, one
thread per cell, System.exit with a child process running, huge string constants, System.setOut(null),
floods from background threads, interrupts that arrive just before a cell starts, and how a cell ends.
After each behaviour the same kernel process answers the next cell. Figures are printed as
"MEASURED <what>: <value>". Run by RobustnessIT."""
import os
import re
import tempfile
import time
import unittest
import zipfile

from robustness_checks import Session, measured

TIMEOUT = 60


class BadJars(Session):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="threadlab-jars")

    def assert_refused(self, path, pattern):
        reply, outs = self.run_cell(f"%jars {path}")
        self.assertEqual(reply["status"], "error", reply)
        text = self.error_text(reply)
        print(text, flush=True)
        self.assertRegex(text, pattern)
        self.assertIn(os.path.basename(path), text)
        self.assertNotIn("Added to the class path", self.stream(outs))

    def test_an_html_page_saved_as_a_jar_is_refused_and_the_kernel_goes_on(self):
        page = os.path.join(self.dir, "commons-lang3.jar")
        with open(page, "w") as f:
            f.write("<!DOCTYPE html><html><body>Redirecting to the download page...</body></html>\n")
        self.assert_refused(page, r"(?i)not a (valid )?jar")
        reply, outs = self.run_cell('"still compiling " + List.of(1, 2).size()')
        self.assertEqual(self.result(outs), '"still compiling 2"')

    def test_a_truncated_jar_is_refused(self):
        good = os.path.join(self.dir, "good.jar")
        with zipfile.ZipFile(good, "w") as z:
            for i in range(50):
                z.writestr(f"data/file{i}.txt", "x" * 2000)
        with open(good, "rb") as f:
            data = f.read()
        cut = os.path.join(self.dir, "cut.jar")
        with open(cut, "wb") as f:
            f.write(data[: len(data) // 2])
        self.assert_refused(cut, r"(?i)not a (valid )?jar|truncated|damaged")

    def test_a_good_jar_is_added_and_its_classes_are_usable(self):
        src = os.path.join(self.dir, "Greeter.java")
        with open(src, "w") as f:
            f.write("package demo; public class Greeter { public static String hi() { return \"hi from a jar\"; } }\n")
        reply, outs = self.run_cell(
            f'var tool = javax.tools.ToolProvider.getSystemJavaCompiler();\n'
            f'tool.run(null, null, null, "-d", "{self.dir}/classes", "{src}")')
        self.assertEqual(self.result(outs), "0", outs)
        with zipfile.ZipFile(os.path.join(self.dir, "greeter.jar"), "w") as z:
            z.write(os.path.join(self.dir, "classes/demo/Greeter.class"), "demo/Greeter.class")
        reply, outs = self.run_cell(f"%jars {self.dir}/greeter.jar")
        self.assertEqual(reply["status"], "ok", reply)
        reply, outs = self.run_cell("demo.Greeter.hi()")
        self.assertEqual(self.result(outs), '"hi from a jar"')

    def test_jars_of_a_directory_adds_the_jars_in_it(self):
        with zipfile.ZipFile(os.path.join(self.dir, "a.jar"), "w") as z:
            z.writestr("a.txt", "a")
        reply, outs = self.run_cell(f"%jars {self.dir}")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("a.jar", self.stream(outs))


class InterruptedInput(Session):
    def test_after_an_interrupted_input_the_next_cell_can_read_input_again(self):
        msg_id = self.kc.execute("new Scanner(System.in).nextLine()", allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.km.interrupt_kernel()
        reply = self.shell_reply(msg_id)["content"]
        self.assertEqual(reply["status"], "error", reply)
        self.collect_rest(msg_id)
        start = time.monotonic()
        msg_id = self.kc.execute('"got " + new Scanner(System.in).nextLine()', allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=20)
        measured("input_request of the cell after an interrupted input", f"{time.monotonic() - start:.2f} s")
        self.assertEqual(request["msg_type"], "input_request")
        self.kc.input("second answer")
        reply, outs = self.collect(msg_id)
        self.assertEqual(self.result(outs), '"got second answer"')

    def collect_rest(self, msg_id):
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "idle"):
                return


class BelowSystemOut(Session):
    def test_a_stream_on_file_descriptor_out_and_err_reaches_the_cell(self):
        reply, outs = self.run_cell(
            'var raw = new PrintStream(new FileOutputStream(FileDescriptor.out), true);\n'
            'raw.println("written to fd 1");\n'
            'var rawErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true);\n'
            'rawErr.println("written to fd 2");')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertIn("written to fd 1\n", self.stream(outs))
        self.assertIn("written to fd 2\n", self.stream(outs, "stderr"))

    def test_a_child_process_with_inherit_io_prints_into_the_cell(self):
        reply, outs = self.run_cell(
            'new ProcessBuilder("sh", "-c", "echo child out; echo child err >&2").inheritIO().start().waitFor()')
        self.assertEqual(self.result(outs), "0")
        self.assertIn("child out\n", self.stream(outs))
        self.assertIn("child err\n", self.stream(outs, "stderr"))

    def test_output_of_a_child_java_program_with_inherit_io(self):
        reply, outs = self.run_cell(
            'var java = ProcessHandle.current().info().command().get();\n'
            'new ProcessBuilder(java, "-version").inheritIO().start().waitFor()')
        self.assertEqual(self.result(outs), "0")
        self.assertRegex(self.stream(outs, "stderr"), r"(?i)version")


class VirtualThreadDeadlocks(Session):
    DEADLOCK = (
        "var left = new ReentrantLock(); var right = new ReentrantLock();\n"
        "void pause() { try { Thread.sleep(300); } catch (InterruptedException e) { } }\n"
        "var a = Thread.ofVirtual().name(\"vworker-1\").start(() -> { left.lock(); pause(); right.lock(); });\n"
        "var b = Thread.ofVirtual().name(\"vworker-2\").start(() -> { right.lock(); pause(); left.lock(); });\n")

    def test_interrupting_a_cell_waiting_for_virtual_threads_deadlocked_on_reentrant_locks_names_the_cycle(self):
        msg_id = self.kc.execute(
            self.DEADLOCK + "while (a.getState() != Thread.State.WAITING || b.getState() != Thread.State.WAITING)"
            " Thread.sleep(20);\nSystem.out.println(\"both wait\");\na.join();")
        printed = ""
        while "both wait" not in printed:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                printed += msg["content"]["text"]
        start = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.shell_reply(msg_id, timeout=30)["content"]
        measured("interrupt a join on virtual threads deadlocked on ReentrantLocks",
                 f"{(time.monotonic() - start) * 1000:.0f} ms")
        text = self.error_text(reply)
        print(text, flush=True)
        self.assertIn("deadlocked", text)
        self.assertRegex(text, r"vworker-1 holds (ReentrantLock\S*@\w+) and waits for (ReentrantLock\S*@\w+) \(held by vworker-2\)")
        self.assertRegex(text, r"vworker-2 holds (ReentrantLock\S*@\w+) and waits for (ReentrantLock\S*@\w+) \(held by vworker-1\)")

    def test_the_toolkit_finds_the_deadlock_of_virtual_threads_on_reentrant_locks(self):
        # Asked once both wait for their second lock, however long a loaded machine takes to get them there.
        reply, outs = self.run_cell(self.DEADLOCK + "while (a.getState() != Thread.State.WAITING"
                                    " || b.getState() != Thread.State.WAITING) Thread.sleep(20);\n"
                                    "Threads.deadlocksWithVirtualThreads().explanation()")
        text = self.result(outs) or ""
        print(text, flush=True)
        self.assertRegex(text, r"vworker-1 holds ReentrantLock\S*@\w+ and waits for ReentrantLock\S*@\w+ held by vworker-2")
        self.assertRegex(text, r"vworker-2 holds ReentrantLock\S*@\w+ and waits for ReentrantLock\S*@\w+ held by vworker-1")

    def tearDown(self):
        self.run_cell("%reset")
        super().tearDown()


class OneThreadPerCell(Session):
    def test_a_thread_local_set_on_one_line_is_seen_on_the_next(self):
        reply, outs = self.run_cell('var local = new ThreadLocal<String>();\nlocal.set("kept");\nlocal.get()')
        self.assertEqual(self.result(outs), '"kept"')

    def test_current_thread_is_the_same_main_thread_on_every_line(self):
        reply, outs = self.run_cell(
            "var first = Thread.currentThread();\n"
            "int x = 1;\n"
            "var second = Thread.currentThread();\n"
            'first == second ? "same " + second.getName() : "changed from " + first + " to " + second')
        self.assertEqual(self.result(outs), '"same main"')

    def test_the_interrupt_flag_set_on_one_line_is_seen_on_the_next(self):
        reply, outs = self.run_cell("Thread.currentThread().interrupt();\nint y = 2;\nThread.interrupted()")
        self.assertEqual(self.result(outs), "true")

    def test_a_cell_that_interrupts_itself_does_not_interrupt_the_next_cell(self):
        self.run_cell("Thread.currentThread().interrupt();")
        reply, outs = self.run_cell("Thread.currentThread().isInterrupted()")
        self.assertEqual(self.result(outs), "false")


class ExitWithChildren(Session):
    def wait_gone(self, pids, seconds):
        deadline = time.monotonic() + seconds
        alive = pids
        while time.monotonic() < deadline:
            alive = [p for p in pids if os.path.exists(f"/proc/{p}") and not self.zombie(p)]
            if not alive:
                return []
            time.sleep(0.1)
        return alive

    @staticmethod
    def zombie(pid):
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0] == "Z"
        except OSError:
            return True

    def children_then(self, ending):
        reply, outs = self.run_cell(
            'var child = new ProcessBuilder("sh", "-c", "sleep 300 & echo $!; wait").start();\n'
            'var grandchild = new BufferedReader(new InputStreamReader(child.getInputStream())).readLine();\n'
            'child.pid() + " " + grandchild')
        pids = [int(p) for p in self.result(outs).strip('"').split()]
        self.assertEqual(len(pids), 2, outs)
        reply, _ = self.run_cell(ending)
        self.assertEqual(reply["status"], "error", reply)
        start = time.monotonic()
        alive = self.wait_gone(pids, 10)
        measured(f"child processes gone after {ending}", f"{time.monotonic() - start:.2f} s")
        self.assertEqual(alive, [], f"processes {alive} outlived the engine ({ending})")

    def test_system_exit_kills_the_child_process_tree(self):
        self.children_then("System.exit(0);")

    def test_runtime_halt_kills_the_child_process_tree_too(self):
        self.children_then("Runtime.getRuntime().halt(4);")


class LongStringConstant(Session):
    def test_a_string_constant_over_64_kb_says_what_the_limit_is_and_what_to_do(self):
        data = "0123456789," * 7000
        reply, outs = self.run_cell(f'String csv = "{data}";')
        self.assertEqual(reply["status"], "error", reply)
        text = self.error_text(reply)
        print(text[:600], flush=True)
        self.assertRegex(text, r"65,?535")
        self.assertRegex(text, r"(?i)file")
        self.assertRegex(text, r"(?i)split")
        self.assertIn("csv", text)
        self.assertNotRegex(text, r"until\s+is declared")

    def test_an_expression_with_a_long_string_says_the_same(self):
        data = "y" * 70000
        reply, outs = self.run_cell(f'"{data}".length()')
        self.assertEqual(reply["status"], "error", reply)
        self.assertRegex(self.error_text(reply), r"65,?535")


class NullStandardStreams(Session):
    def test_results_and_output_keep_working_after_set_out_null(self):
        reply, _ = self.run_cell("System.setOut(null);")
        reply, outs = self.run_cell("6 * 9")
        self.assertEqual(self.result(outs), "54")
        reply, outs = self.run_cell('System.out.println("printing again");')
        self.assertEqual(self.stream(outs), "printing again\n")

    def test_set_err_null_and_set_in_null_too(self):
        self.run_cell("System.setErr(null); System.setIn(null);")
        reply, outs = self.run_cell('System.err.println("err again"); 1')
        self.assertIn("err again\n", self.stream(outs, "stderr"))
        self.assertEqual(self.result(outs), "1")


class BackgroundFlood(Session):
    def test_a_flooding_background_thread_is_cut_at_a_line_end_with_a_notice_at_once(self):
        msg_id = self.kc.execute(
            'var flood = new Thread(() -> { long i = 0; while (!Thread.currentThread().isInterrupted())'
            ' System.out.println("flood line " + i++); }, "flooder");\n'
            'flood.start();')
        reply = self.shell_reply(msg_id)["content"]
        self.assertEqual(reply["status"], "ok", reply)
        start = time.monotonic()
        shown = []
        notice = None
        while time.monotonic() - start < 120:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id or msg["msg_type"] != "stream":
                continue
            text = msg["content"]["text"]
            if "output truncated" in text:
                notice = text
                break
            shown.append(text)
        measured("background flood: notice after the cell ended", f"{time.monotonic() - start:.2f} s")
        self.assertIsNotNone(notice, "no truncation notice while the background thread floods")
        print(notice.strip(), flush=True)
        stdout = "".join(shown)
        self.assertTrue(stdout.endswith("\n"), "the output is cut at a line end: " + repr(stdout[-80:]))
        self.assertRegex(stdout.splitlines()[-1], r"^flood line \d+$")
        reply, _ = self.run_cell('flood.interrupt(); flood.join(10_000); flood.isAlive()')
        self.assertEqual(reply["status"], "ok", reply)

    def tearDown(self):
        self.run_cell("%reset")
        super().tearDown()


class InterruptBeforeStart(Session):
    def test_an_interrupt_sent_with_the_cell_is_not_dropped(self):
        self.run_cell("int kept = 11;")
        for attempt in range(5):
            msg_id = self.kc.execute("long spins = 0;\nwhile (true) { spins++; }")
            self.km.interrupt_kernel()
            start = time.monotonic()
            reply = self.shell_reply(msg_id, timeout=20)["content"]
            measured(f"interrupt sent with the cell, attempt {attempt + 1}", f"{time.monotonic() - start:.2f} s")
            self.assertEqual(reply["status"], "error", reply)
            self.assertEqual(reply["ename"], "Interrupted", reply)
            reply, outs = self.run_cell("kept")
            self.assertEqual(self.result(outs), "11", "the engine was not restarted: variables are kept")

    def test_an_interrupt_while_idle_does_not_stop_a_later_cell(self):
        self.km.interrupt_kernel()
        time.sleep(1.0)
        reply, outs = self.run_cell("Thread.sleep(300); 5")
        self.assertEqual(self.result(outs), "5", reply)


class CellEnds(Session):
    """A cell ends when its code ends, and only then; how it ends is told truthfully."""

    def test_interrupting_the_engines_command_thread_does_not_end_the_cell_early(self):
        # One snippet (a block): the engine's command thread waits for it while it interrupts that thread.
        reply, outs = self.run_cell(
            '{\n'
            '    Thread.getAllStackTraces().keySet().stream()\n'
            '        .filter(t -> t != Thread.currentThread() && !t.isDaemon())\n'
            '        .forEach(Thread::interrupt);\n'
            '    Thread.sleep(1_000);\n'
            '    System.out.println("the cell ran to its end");\n'
            '}\n'
            '"done"')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.stream(outs), "the cell ran to its end\n")
        self.assertEqual(self.result(outs), '"done"')

    def test_interrupting_every_thread_of_the_engine_leaves_it_working(self):
        reply, outs = self.run_cell(
            "for (var t : Thread.getAllStackTraces().keySet()) if (t != Thread.currentThread()) t.interrupt();\n"
            'System.out.println("printed");')
        self.assertEqual(self.stream(outs), "printed\n")
        # Output of a thread after its cell ended still arrives by itself (the engine's flusher is alive).
        msg_id = self.kc.execute('new Thread(() -> { try { Thread.sleep(300); } catch (InterruptedException e) { }'
                                 ' System.out.println("late"); }).start();')
        self.shell_reply(msg_id)
        late = ""
        deadline = time.monotonic() + 20
        while "late" not in late and time.monotonic() < deadline:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                late += msg["content"]["text"]
        self.assertIn("late\n", late)

    def test_a_thread_whose_interrupt_flag_is_set_can_print_a_lot(self):
        reply, outs = self.run_cell(
            'Thread.currentThread().interrupt();\n'
            'System.out.println("x".repeat(300_000));\n'
            'System.out.flush();\n'
            'Thread.interrupted()')
        self.assertEqual(self.result(outs), "true")
        self.assertEqual(len(self.stream(outs)), 300_001)
        reply, outs = self.run_cell(
            'var t = new Thread(() -> { Thread.currentThread().interrupt(); System.out.println("y".repeat(200_000)); });\n'
            't.start(); t.join();')
        self.assertEqual(len(self.stream(outs)), 200_001)

    def test_thread_death_thrown_by_user_code_is_an_error(self):
        reply, outs = self.run_cell('System.out.println("before");\nthrow new ThreadDeath();')
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "ThreadDeath")
        self.assertTrue(reply["traceback"], "an error always has a traceback line")

    def test_thread_death_from_a_display_sink_is_an_error(self):
        reply, outs = self.run_cell(
            "var original = Display.install(new DisplaySink() {\n"
            "    public void display(MimeBundle b, String id) { throw new ThreadDeath(); }\n"
            "    public void update(MimeBundle b, String id) { throw new ThreadDeath(); }\n"
            "    public void clear(boolean wait) { }\n"
            "});")
        self.assertEqual(reply["status"], "ok", reply)
        try:
            reply, outs = self.run_cell('Display.show("x");\nSystem.out.println("not reached");\n1')
            self.assertEqual(reply["status"], "error", reply)
            self.assertEqual(reply["ename"], "ThreadDeath", reply)
            self.assertNotIn("not reached", self.stream(outs))
            self.assertIsNone(self.result(outs))
        finally:
            self.run_cell("Display.install(original);")

    def test_a_result_whose_to_string_never_ends_can_be_interrupted(self):
        self.run_cell("record Loop() { public String toString() { while (true) { } } }\nint kept = 11;")
        msg_id = self.kc.execute("new Loop()")
        time.sleep(1.0)
        start = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.shell_reply(msg_id, timeout=30)["content"]
        measured("interrupt a result's endless toString", f"{(time.monotonic() - start) * 1000:.0f} ms")
        self.assertEqual(reply["status"], "error", reply)
        reply, outs = self.run_cell("kept")
        self.assertEqual(self.result(outs), "11", "interrupted, not restarted")


class Memory(Session):
    @staticmethod
    def rss_mb(pid):
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0

    def test_memory_a_notebook_drops_is_given_back_when_idle(self):
        pid = self.engine_pid()
        self.run_cell("var keep = new ArrayList<byte[]>();\nfor (int i = 0; i < 100; i++) keep.add(new byte[5_000_000]);")
        held = self.rss_mb(pid)
        measured("engine RSS holding 500 MB", f"{held:.0f} MB")
        self.assertGreater(held, 450, "the engine holds the data")
        start = time.monotonic()
        self.run_cell("keep = null;")
        rss = held
        while time.monotonic() - start < 30 and rss > held - 300:
            time.sleep(0.5)
            rss = self.rss_mb(pid)
        measured("engine RSS after the data was dropped", f"{rss:.0f} MB after {time.monotonic() - start:.1f} s")
        self.assertLess(rss, held - 300, "memory the notebook dropped is given back")

    def test_percent_memory_says_how_much_the_engine_holds(self):
        self.run_cell("var block = new byte[50_000_000];")
        reply, outs = self.run_cell("%memory")
        self.assertEqual(reply["status"], "ok", reply)
        text = self.stream(outs)
        print(text, flush=True)
        used = float(re.search(r"heap in use\s+([\d.]+) MB", text).group(1))
        self.assertGreater(used, 45, "the 50 MB array is counted")
        self.assertRegex(text, r"resident\s+[\d.]+ MB")
        self.assertIn("%reset", text)


class NextMistakes(Session):
    """What learners do next to a notebook kernel, tried through the client: each gets a clear answer."""

    def test_a_result_whose_to_string_overflows_the_stack_is_an_error(self):
        reply, outs = self.run_cell("record Deep() { public String toString() { return toString(); } }\nnew Deep()")
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "StackOverflowError")
        self.assertRegex("\n".join(reply["traceback"]), r"Deep\.toString")

    def test_an_exception_whose_message_cannot_be_read_keeps_the_engine(self):
        self.run_cell("int kept = 11;")
        reply, outs = self.run_cell(
            "throw new IllegalStateException() { public String getMessage() { return getMessage(); } };")
        self.assertEqual(reply["status"], "error", reply)
        self.assertIn("could not be read", self.error_text(reply))
        reply, outs = self.run_cell("kept")
        self.assertEqual(self.result(outs), "11", "the engine was not lost")

    def test_a_huge_result_is_cut_with_a_note(self):
        reply, outs = self.run_cell("Collections.nCopies(2_000_000, 7)")
        text = self.result(outs)
        self.assertLess(len(text), 21_000)
        self.assertRegex(text, r"result cut: [\d,]+ more characters not shown")
        self.assertTrue(text.startswith("[7, 7, 7"))

    def test_a_shutdown_hook_prints_into_the_cell_that_exits(self):
        self.run_cell('Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("bye from the hook")));')
        reply, outs = self.run_cell("System.exit(0);")
        self.assertEqual(reply["status"], "error", reply)
        self.assertIn("bye from the hook", self.stream(outs))

    def test_a_class_named_like_an_imported_one_gets_a_note(self):
        reply, outs = self.run_cell("class Timeline { }")
        self.assertEqual(reply["status"], "ok", reply)
        note = self.stream(outs, "stderr")
        self.assertIn("hides dev.threadlab.toolkit.Timeline", note)
        reply, outs = self.run_cell("class Timeline { int x; }")
        self.assertEqual(self.stream(outs, "stderr"), "", "said once, not at every redefinition")
        self.run_cell("%reset")

    def test_a_class_whose_static_initializer_failed_is_named_as_written(self):
        self.run_cell("class Boom { static int x = 1 / 0; }")
        reply, _ = self.run_cell("Boom.x")
        self.assertEqual(reply["ename"], "ExceptionInInitializerError")
        reply, _ = self.run_cell("Boom.x")
        self.assertEqual(reply["ename"], "NoClassDefFoundError")
        text = self.error_text(reply)
        self.assertIn("Could not initialize class Boom", text)
        self.assertNotIn("$JShell$", text)
        self.assertIn("run the cell that declares the class again", text)

    def test_a_thread_that_never_ends_is_listed_and_reset_ends_it(self):
        reply, outs = self.run_cell(
            'var forever = new Thread(() -> { while (true) { try { Thread.sleep(1_000); }'
            ' catch (InterruptedException e) { } } }, "forever");\nforever.start();')
        self.assertIn("Still running from this cell: 1 thread (forever)", self.stream(outs))
        reply, outs = self.run_cell("%threads")
        self.assertTrue(any("forever" in str(m["content"].get("data", {})) for m in self.of_type(outs, "display_data")))
        reply, outs = self.run_cell("%reset")
        self.assertEqual(reply["status"], "ok", reply)
        reply, outs = self.run_cell("%threads")
        self.assertIn("No thread started by a cell is running", self.stream(outs))

    def test_a_default_uncaught_exception_handler_of_the_learner_is_used(self):
        reply, outs = self.run_cell(
            'Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("mine: " + e.getMessage()));\n'
            'var failing = new Thread(() -> { throw new IllegalStateException("boom"); });\n'
            'failing.start(); failing.join();')
        self.assertIn("mine: boom", self.stream(outs))
        self.run_cell("Thread.setDefaultUncaughtExceptionHandler(null);")

    def test_closing_system_in_and_reading_again_asks_again(self):
        msg_id = self.kc.execute('var in = new Scanner(System.in); in.close();\n'
                                 'new Scanner(System.in).nextLine()', allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.kc.input("again")
        reply, outs = self.collect(msg_id)
        self.assertEqual(self.result(outs), '"again"')

    def test_changing_the_default_locale_and_time_zone_leaves_the_kernel_working(self):
        reply, outs = self.run_cell('Locale.setDefault(Locale.GERMANY);\nTimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));\n'
                                    'String.format("%.2f", 3.14159)')
        self.assertEqual(self.result(outs), '"3,14"')
        reply, outs = self.run_cell("%%time\nThread.sleep(10);")
        self.assertRegex(self.stream(outs), r"Wall time: [\d.]+ ms")
        reply, outs = self.run_cell('Table.of(List.of("a"), List.of(List.of(1.5)))')
        self.assertEqual(reply["status"], "ok", reply)
        self.run_cell("Locale.setDefault(Locale.ROOT);")


if __name__ == "__main__":
    unittest.main(verbosity=2)
