"""What a learner can throw at the kernel, through Debian's real jupyter_client: the kernel process
never restarts, every error says what happened, the next cell runs. Figures are printed as
"MEASURED <what>: <value>" for the benchmark table. Run by RobustnessIT."""
import os
import re
import time
import unittest

from kernel_session import KernelSession

TIMEOUT = 60
CLK_TCK = os.sysconf("SC_CLK_TCK")


def measured(what, value):
    print(f"MEASURED {what}: {value}", flush=True)


class Session(KernelSession):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kernel_pid = cls.km.provisioner.process.pid

    def tearDown(self):
        """After every behaviour: the same kernel process answers the next cell."""
        self.assertTrue(self.km.is_alive(), "the kernel process died")
        self.assertEqual(self.km.provisioner.process.pid, self.kernel_pid, "the kernel was restarted")
        reply, outs = self.run_cell("6 * 7", timeout=TIMEOUT)
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.result(outs), "42")

    @staticmethod
    def error_text(reply):
        return reply.get("ename", "") + ": " + reply.get("evalue", "") + "\n" + "\n".join(reply.get("traceback", []))

    def engine_pid(self):
        """The engine JVM: the kernel's child java process."""
        children = []
        for task in os.listdir(f"/proc/{self.kernel_pid}/task"):
            try:
                with open(f"/proc/{self.kernel_pid}/task/{task}/children") as f:
                    children += [int(p) for p in f.read().split()]
            except OSError:
                pass
        self.assertTrue(children, "the kernel has no engine process")
        return max(children)

    @staticmethod
    def cpu_seconds(pid):
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime


class Survival(Session):
    def assert_engine_lost(self, code, pattern):
        start = time.monotonic()
        reply, _ = self.run_cell(code)
        self.assertEqual(reply["status"], "error", reply)
        text = self.error_text(reply)
        self.assertRegex(text, pattern)
        self.assertIn("reset", text)
        self.assertNotIn("dev.threadlab", text)
        self.assertNotIn("jdk.jshell", text)
        reply, outs = self.run_cell('"fresh"')
        self.assertEqual(reply["status"], "ok", reply)
        return time.monotonic() - start

    def test_system_exit_says_the_engine_exited_with_its_code(self):
        self.run_cell("int lost = 1;")
        seconds = self.assert_engine_lost("System.exit(3);", r"exited with (exit )?code 3")
        measured("System.exit recovery (error + next cell)", f"{seconds:.2f} s")
        reply, _ = self.run_cell("lost")
        self.assertEqual(reply["status"], "error", "variables are reset")

    def test_runtime_halt(self):
        seconds = self.assert_engine_lost("Runtime.getRuntime().halt(1);", r"exited with (exit )?code 1")
        measured("Runtime.halt recovery", f"{seconds:.2f} s")

    def test_out_of_memory_says_the_engine_ran_out_of_memory(self):
        seconds = self.assert_engine_lost(
            "var hog = new ArrayList<byte[]>();\nwhile (true) hog.add(new byte[100_000_000]);",
            r"ran out of memory")
        measured("OutOfMemoryError recovery", f"{seconds:.2f} s")

    def test_stack_overflow_is_a_normal_exception_with_a_short_traceback(self):
        self.run_cell("int kept = 5;\nint down(int n) { return down(n + 1) + 1; }")
        reply, _ = self.run_cell("down(0)")
        self.assertEqual(reply["status"], "error", reply)
        self.assertEqual(reply["ename"], "StackOverflowError")
        self.assertLess(len(reply["traceback"]), 10, reply["traceback"])
        self.assertRegex("\n".join(reply["traceback"]), r"repeated \d+ more times")
        reply, outs = self.run_cell("kept")
        self.assertEqual(self.result(outs), "5", "state is kept")

    def test_ten_thousand_platform_threads(self):
        start = time.monotonic()
        reply, outs = self.run_cell(
            "var sleepers = new ArrayList<Thread>();\n"
            "for (int i = 0; i < 10_000; i++) {\n"
            "    var t = new Thread(() -> { try { Thread.sleep(3_000); } catch (InterruptedException e) { } });\n"
            "    t.start();\n"
            "    sleepers.add(t);\n"
            "}\n"
            "for (var t : sleepers) t.join();\n"
            "sleepers.size()", timeout=120)
        measured("10,000 platform threads cell", f"{time.monotonic() - start:.2f} s, status {reply['status']}")
        if reply["status"] == "ok":
            self.assertEqual(self.result(outs), "10000")
        else:
            self.assertRegex(self.error_text(reply), r"[Tt]hread|memory")

    def test_a_hundred_megabytes_of_output(self):
        start = time.monotonic()
        msg_id = self.kc.execute(
            'var line = "x".repeat(99);\nfor (int i = 0; i < 1_000_000; i++) System.out.println(line);')
        received = 0
        messages = 0
        truncated = ""
        control_seconds = self.control_round_trip(delay=0.5)
        measured("kernel_info on control while 100 MB are printed", f"{control_seconds * 1000:.0f} ms")
        self.assertLess(control_seconds, 2.0, "the control channel answers while a cell floods output")
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                text = msg["content"]["text"]
                received += len(text)
                messages += 1
                if "output truncated" in text:
                    truncated = text[text.index("output truncated"):][:200]
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        seconds = time.monotonic() - start
        reply = self.shell_reply(msg_id)["content"]
        self.assertEqual(reply["status"], "ok", reply)
        rss = self.rss_mb(self.kernel_pid)
        measured("100 MB printed", f"{seconds:.2f} s, {received / 1e6:.1f} MB received in {messages} messages,"
                                  f" kernel RSS {rss:.0f} MB" + (f", notice: {truncated.strip()}" if truncated else ""))
        if truncated:
            self.assertRegex(truncated, r"output truncated: [\d.]+ MB more not shown")
        else:
            self.assertEqual(received, 100_000_000)
        self.assertLess(rss, 900, "kernel memory must stay bounded")
        start = time.monotonic()
        reply, outs = self.run_cell('System.out.println("after");')
        self.assertEqual(self.stream(outs), "after\n")
        self.assertLess(time.monotonic() - start, 5, "the kernel stays responsive")

    def control_round_trip(self, delay):
        """Seconds from a kernel_info_request on the control channel to its reply, sent after delay."""
        import zmq
        info = self.km.get_connection_info()
        sock = zmq.Context.instance().socket(zmq.DEALER)
        sock.linger = 0
        sock.connect(f"{info['transport']}://{info['ip']}:{info['control_port']}")
        try:
            time.sleep(delay)
            start = time.monotonic()
            self.kc.session.send(sock, self.kc.session.msg("kernel_info_request", {}))
            self.assertTrue(sock.poll(10_000), "no kernel_info_reply on control within 10 s")
            sock.recv_multipart()
            return time.monotonic() - start
        finally:
            sock.close()

    @staticmethod
    def rss_mb(pid):
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0

    def test_closing_system_out_does_not_silence_the_next_cell(self):
        reply, _ = self.run_cell('System.out.println("before"); System.out.close();')
        self.assertEqual(reply["status"], "ok", reply)
        reply, outs = self.run_cell('System.out.println("still printing");')
        self.assertEqual(self.stream(outs), "still printing\n")
        reply, outs = self.run_cell('System.err.close(); System.err.println("err too");')
        self.assertEqual(self.stream(outs, "stderr"), "err too\n")


class Interrupts(Session):
    def interrupt_after(self, code, settle=1.0, limit=1.5, what=None, ready=None):
        """Starts code, interrupts it after settle seconds; returns (reply, seconds to execute_reply).

        With ready, the settle counts from when the cell printed that text: on a crowded machine compiling a cell
        can take longer than the settle, and an interrupt that comes before the code runs stops it there (a
        full build saw a deadlock test interrupted before its threads had met)."""
        msg_id = self.kc.execute(code)
        if ready is not None:
            self.await_printed(msg_id, ready)
        time.sleep(settle)
        start = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.shell_reply(msg_id, timeout=30)["content"]
        seconds = time.monotonic() - start
        self.collect_rest(msg_id)
        measured(f"interrupt latency, {what}", f"{seconds * 1000:.0f} ms")
        self.assertEqual(reply["status"], "error", reply)
        self.assertLessEqual(seconds, limit, f"{what}: {seconds:.2f} s from interrupt to reply")
        return reply, seconds

    def await_printed(self, msg_id, text, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream"
                    and text in msg["content"]["text"]):
                return

    def collect_rest(self, msg_id):
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "idle"):
                return

    def assert_engine_idle(self, what):
        """No thread of the interrupted cell keeps burning CPU: under 0.3 s of engine CPU in 2 s."""
        pid = self.engine_pid()
        before = self.cpu_seconds(pid)
        time.sleep(2.0)
        used = self.cpu_seconds(pid) - before
        measured(f"engine CPU in the 2 s after the interrupt, {what}", f"{used:.2f} s")
        self.assertLess(used, 0.3, f"{what}: the engine used {used:.2f} s of CPU in 2 s after the interrupt")

    def assert_state_kept(self):
        reply, outs = self.run_cell("kept")
        self.assertEqual(self.result(outs), "11", "variables survive an interrupt")

    def setUp(self):
        self.run_cell("int kept = 11;")

    def test_busy_loop(self):
        self.interrupt_after("long spins = 0;\nwhile (true) { spins++; }", what="busy loop")
        self.assert_engine_idle("busy loop")
        self.assert_state_kept()

    def test_sleep(self):
        self.interrupt_after("Thread.sleep(600_000);", what="Thread.sleep")
        self.assert_state_kept()

    def test_join_on_a_sleeping_thread(self):
        self.interrupt_after(
            "var sleeper = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });\n"
            "sleeper.start();\nsleeper.join();", what="Thread.join")
        self.assert_state_kept()

    def test_blocking_queue_take(self):
        self.interrupt_after("new LinkedBlockingQueue<String>().take();", what="BlockingQueue.take")
        self.assert_state_kept()

    def test_completable_future_join(self):
        reply, _ = self.interrupt_after('System.out.println("joining");\nnew CompletableFuture<String>().join();',
                                        what="CompletableFuture.join (ignores interrupts: engine restarted)",
                                        ready="joining")
        text = self.error_text(reply)
        print(text, flush=True)
        self.assertIn("ignores interrupts", text)
        self.assertIn("CompletableFuture.join", text)
        self.assertIn("restarted", text)

    def test_background_busy_thread_and_a_blocked_cell(self):
        self.interrupt_after(
            "var spinner = new Thread(() -> { long n = 0; while (true) { n++; } });\n"
            "spinner.start();\nnew CountDownLatch(1).await();", what="background busy thread + await")
        self.assert_engine_idle("background busy thread")

    # Two threads that each hold their first lock when they meet, then ask for the other's: a deadlock every time,
    # however late a crowded machine starts them.
    MEET = ("void meet(CountDownLatch both) { both.countDown(); try { both.await(); } catch (InterruptedException e) { } }\n"
            "var both = new CountDownLatch(2);\n")

    def test_a_cell_stuck_in_a_monitor_deadlock_restarts_the_engine_and_explains_the_cycle(self):
        reply, seconds = self.interrupt_after(
            self.MEET + "Object left = new Object(), right = new Object();\n"
            "var w = new Thread(() -> { synchronized (left) { meet(both); synchronized (right) { } } }, \"worker-1\");\n"
            "w.start();\n"
            "synchronized (right) { meet(both); System.out.println(\"deadlocking\"); synchronized (left) { } }",
            settle=0.5, limit=4.0, what="monitor deadlock (engine restarted)", ready="deadlocking")
        text = self.error_text(reply)
        print(text, flush=True)
        self.assertIn("restarted", text)
        self.assertRegex(text, r"worker-1 holds Object@\w+ and waits for Object@\w+")
        self.assertEqual(len(re.findall(r"holds Object@\w+ and waits for Object@\w+", text)), 2, text)
        reply, outs = self.run_cell("kept")
        self.assertEqual(reply["status"], "error", "the engine was restarted: variables are gone")

    def test_interrupting_a_cell_that_waits_for_deadlocked_threads_names_the_cycle(self):
        reply, seconds = self.interrupt_after(
            self.MEET + "Object left = new Object(), right = new Object();\n"
            "var a = new Thread(() -> { synchronized (left) { meet(both); synchronized (right) { } } }, \"worker-1\");\n"
            "var b = new Thread(() -> { synchronized (right) { meet(both); synchronized (left) { } } }, \"worker-2\");\n"
            "a.start(); b.start();\nboth.await();\nSystem.out.println(\"deadlocking\");\na.join();",
            settle=0.5, what="join on deadlocked threads", ready="deadlocking")
        text = self.error_text(reply)
        print(text, flush=True)
        self.assertIn("deadlocked", text)
        self.assertRegex(text, r"worker-1 holds (Object@\w+) and waits for (Object@\w+) \(held by worker-2\)")
        self.assertRegex(text, r"worker-2 holds (Object@\w+) and waits for (Object@\w+) \(held by worker-1\)")
        self.assert_state_kept()


    def test_a_deadlock_between_virtual_threads_is_explained_too(self):
        reply, seconds = self.interrupt_after(
            self.MEET + "Object left = new Object(), right = new Object();\n"
            "var a = Thread.ofVirtual().name(\"vworker-1\").start(() -> { synchronized (left) { meet(both); synchronized (right) { } } });\n"
            "var b = Thread.ofVirtual().name(\"vworker-2\").start(() -> { synchronized (right) { meet(both); synchronized (left) { } } });\n"
            "both.await();\nSystem.out.println(\"deadlocking\");\na.join();",
            settle=0.5, what="join on deadlocked virtual threads", ready="deadlocking")
        text = self.error_text(reply)
        print(text, flush=True)
        self.assertRegex(text, r"vworker-1 holds (Object@\w+) and waits for (Object@\w+) \(held by vworker-2\)")
        self.assertRegex(text, r"vworker-2 holds (Object@\w+) and waits for (Object@\w+) \(held by vworker-1\)")
        self.assert_state_kept()


class Stdin(Session):
    def answer_input(self, code, answer, password=False):
        msg_id = self.kc.execute(code, allow_stdin=True)
        request = self.kc.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual(request["msg_type"], "input_request")
        self.assertEqual(request["content"]["password"], password)
        self.kc.input(answer)
        return request, self.collect(msg_id)

    def test_scanner_reads_a_line_from_the_client(self):
        request, (reply, outs) = self.answer_input(
            'System.out.print("Name: ");\nvar name = new Scanner(System.in).nextLine();\n"hi " + name', "Ada")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.result(outs), '"hi Ada"')

    def test_buffered_reader_reads_a_line_from_the_client(self):
        request, (reply, outs) = self.answer_input(
            "new BufferedReader(new InputStreamReader(System.in)).readLine()", "a line")
        self.assertEqual(self.result(outs), '"a line"')

    def test_a_password_prompt_asks_for_a_hidden_answer(self):
        request, (reply, outs) = self.answer_input('Input.password("Password: ").length()', "secret",
                                                   password=True)
        self.assertEqual(request["content"]["prompt"], "Password: ")
        self.assertEqual(self.result(outs), "6")

    def test_console_is_reported(self):
        reply, outs = self.run_cell("System.console() == null")
        measured("System.console() is null in the engine", self.result(outs))

    def test_reading_stdin_when_the_client_cannot_answer_fails_clearly(self):
        for code in ("new Scanner(System.in).nextLine()",
                     "new BufferedReader(new InputStreamReader(System.in)).readLine()",
                     'Input.password("Password: ")'):
            reply, outs = self.run_cell(code, allow_stdin=False)
            self.assertEqual(reply["status"], "error", reply)
            text = self.error_text(reply) + self.stream(outs, "stderr")
            self.assertRegex(text, r"(?i)input")
            self.assertRegex(text, r"(?i)does not (allow|support|accept)|cannot")
            self.assertNotIn("dev.threadlab", text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
