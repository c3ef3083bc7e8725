"""Kernel behaviour through Debian's real jupyter_client: what a notebook user relies on.
Run by ProtocolIT with JUPYTER_PATH pointing at a kernelspec for the jars under test."""
import json
import re
import time
import unittest
import uuid

import zmq
from jupyter_client.manager import start_new_kernel

from kernel_session import KernelSession

TIMEOUT = 30


class Session(KernelSession):
    stdout = staticmethod(KernelSession.stream)


class Execution(Session):
    def test_state_survives_across_cells_and_classes_can_be_redefined(self):
        self.run_cell("class Greeter { String hi() { return \"hi\"; } }")
        self.run_cell("var g = new Greeter();")
        reply, outs = self.run_cell("class Greeter { String hi() { return \"hello\"; } }\nnew Greeter().hi()")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.of_type(outs, "execute_result")[0]["content"]["data"]["text/plain"], '"hello"')

    def test_imports_var_and_many_statements_in_one_cell(self):
        reply, outs = self.run_cell(
            "import java.util.*;\nvar xs = new ArrayList<Integer>();\nfor (int i = 0; i < 5; i++) xs.add(i * i);\n"
            "System.out.println(xs);\nxs.size()")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.stdout(outs), "[0, 1, 4, 9, 16]\n")
        self.assertEqual(self.of_type(outs, "execute_result")[0]["content"]["data"]["text/plain"], "5")

    def test_compile_error_names_the_line_of_the_cell(self):
        reply, outs = self.run_cell("int a = 1;\nint b = 2;\nString c = a + b;")
        self.assertEqual(reply["status"], "error")
        err = self.of_type(outs, "error")[0]["content"]
        text = "\n".join(err["traceback"])
        self.assertIn("line 3", text, text)
        self.assertNotIn("jdk.jshell", text)

    def test_runtime_error_shows_user_frames_only(self):
        reply, outs = self.run_cell("int divide(int a, int b) { return a / b; }\ndivide(1, 0)")
        self.assertEqual(reply["status"], "error")
        err = self.of_type(outs, "error")[0]["content"]
        self.assertIn("ArithmeticException", err["ename"])
        text = "\n".join(err["traceback"])
        self.assertIn("divide", text)
        for internal in ("jdk.jshell", "dev.threadlab", "jdk.internal.reflect"):
            self.assertNotIn(internal, text)

    def test_empty_and_comment_only_cells_are_fine(self):
        for code in ("", "   \n", "// just a comment", "/* block */"):
            reply, outs = self.run_cell(code)
            self.assertEqual(reply["status"], "ok", (code, reply))
            self.assertEqual(self.of_type(outs, "error"), [])

    def test_user_expressions_are_evaluated(self):
        self.run_cell("int answer = 41;")
        reply, _ = self.run_cell("answer++;", user_expressions={"now": "answer", "bad": "nope +"})
        self.assertEqual(reply["user_expressions"]["now"]["status"], "ok")
        self.assertEqual(reply["user_expressions"]["now"]["data"]["text/plain"], "42")
        self.assertEqual(reply["user_expressions"]["bad"]["status"], "error")

    def test_silent_cell_publishes_nothing_and_keeps_the_count(self):
        before, _ = self.run_cell("1")
        reply, outs = self.run_cell('System.out.println("quiet");', silent=True)
        self.assertEqual([m["msg_type"] for m in outs], ["status"], "only busy (and idle) for a silent cell")
        after, _ = self.run_cell("2")
        self.assertEqual(after["execution_count"], before["execution_count"] + 1)


class Streaming(Session):
    def test_output_is_streamed_while_the_cell_runs(self):
        msg_id = self.kc.execute(
            'for (int i = 0; i < 3; i++) { System.out.println("tick " + i); Thread.sleep(700); }')
        arrivals = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                arrivals.append((time.monotonic(), msg["content"]["text"]))
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                done = time.monotonic()
                break
        text = "".join(t for _, t in arrivals)
        self.assertEqual(text, "tick 0\ntick 1\ntick 2\n")
        first = arrivals[0][0]
        self.assertGreater(done - first, 1.2, "the first line must arrive while the cell still runs")

    def test_a_hundred_thousand_lines_arrive_complete_in_few_messages(self):
        reply, outs = self.run_cell(
            'for (int i = 0; i < 100_000; i++) System.out.println("line " + i);', timeout=120)
        self.assertEqual(reply["status"], "ok")
        streams = self.of_type(outs, "stream")
        text = "".join(m["content"]["text"] for m in streams)
        lines = text.splitlines()
        self.assertEqual(len(lines), 100_000)
        self.assertEqual(lines[0], "line 0")
        self.assertEqual(lines[-1], "line 99999")
        self.assertLess(len(streams), 2_000, f"{len(streams)} stream messages for 100,000 lines")

    def test_stdout_and_stderr_keep_their_order(self):
        reply, outs = self.run_cell(
            'System.out.println("one"); System.err.println("two"); System.out.println("three");')
        streams = [(m["content"]["name"], m["content"]["text"]) for m in self.of_type(outs, "stream")]
        self.assertEqual(streams, [("stdout", "one\n"), ("stderr", "two\n"), ("stdout", "three\n")])


class Control(Session):
    def test_a_failed_cell_aborts_the_cells_queued_behind_it(self):
        first = self.kc.execute('Thread.sleep(300); throw new RuntimeException("stop here");')
        second = self.kc.execute('System.out.println("must not run");')
        replies = {first: self.shell_reply(first)["content"], second: self.shell_reply(second)["content"]}
        self.assertEqual(replies[first]["status"], "error")
        self.assertEqual(replies[second]["status"], "aborted")
        reply, _ = self.run_cell("1 + 1")
        self.assertEqual(reply["status"], "ok")

    def test_interrupt_stops_a_busy_loop_and_keeps_variables(self):
        self.run_cell("int kept = 7; long spins = 0;")
        msg_id = self.kc.execute("while (true) { spins++; }")
        time.sleep(1.0)
        start = time.monotonic()
        self.km.interrupt_kernel()
        reply, outs = self.collect(msg_id, timeout=TIMEOUT)
        latency = time.monotonic() - start
        self.assertEqual(reply["status"], "error")
        self.assertLess(latency, 3.0)
        reply, outs = self.run_cell("kept")
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(self.of_type(outs, "execute_result")[0]["content"]["data"]["text/plain"], "7")

    def test_interrupt_stops_a_sleep(self):
        msg_id = self.kc.execute("Thread.sleep(60_000);")
        time.sleep(0.8)
        start = time.monotonic()
        self.km.interrupt_kernel()
        reply, _ = self.collect(msg_id)
        self.assertEqual(reply["status"], "error")
        self.assertLess(time.monotonic() - start, 3.0)

    def test_hostile_messages_are_ignored_and_the_kernel_keeps_answering(self):
        info = self.km.get_connection_info()
        ctx = zmq.Context.instance()
        sock = ctx.socket(zmq.DEALER)
        sock.linger = 0
        sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        header = json.dumps({"msg_id": str(uuid.uuid4()), "session": "x", "username": "x", "date": "",
                             "msg_type": "execute_request", "version": "5.3"}).encode()
        content = json.dumps({"code": 'System.out.println("pwned");'}).encode()
        bad_frames = [
            [b"<IDS|MSG>", b"0" * 64, header, b"{}", b"{}", content],  # wrong signature
            [b"<IDS|MSG>", b"", header, b"{}", b"{}", content],  # missing signature
            [b"<IDS|MSG>", b"deadbeef"],  # truncated
            [b"no delimiter at all"],
            [b"<IDS|MSG>", b"0" * 64, b"{not json", b"{}", b"{}", b"{}"],
        ]
        for frames in bad_frames:
            sock.send_multipart(frames)
        # A properly signed message with an unknown type and one with a missing field.
        session = self.kc.session
        session.send(self.kc.shell_channel.socket, session.msg("no_such_request", {}))
        broken = session.msg("execute_request", {"silent": False})
        session.send(self.kc.shell_channel.socket, broken)
        reply = self.shell_reply(broken["header"]["msg_id"])
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("code", reply["content"]["evalue"])
        sock.close()
        reply, outs = self.run_cell('System.out.println("still here");')
        self.assertEqual(reply["status"], "ok")
        self.assertEqual(self.stdout(outs), "still here\n")

    def test_completion_and_inspection_answer_with_sensible_content(self):
        reply = self.shell_reply(self.kc.complete("Syst", 4))["content"]
        self.assertIn("System", reply["matches"])
        self.assertEqual((reply["cursor_start"], reply["cursor_end"]), (0, 4))
        past_the_end = self.kc.complete("Syst", 400)  # clamped, never an error
        self.assertEqual(self.shell_reply(past_the_end)["content"]["status"], "ok")
        reply = self.shell_reply(self.kc.inspect("Math.max", 8, 1))["content"]
        self.assertTrue(reply["found"])
        self.assertIn("max", reply["data"]["text/plain"])


class Magics(Session):
    def test_time_reports_wall_and_cpu_and_keeps_the_result(self):
        reply, outs = self.run_cell("%%time\nThread.sleep(200);\n21 * 2")
        self.assertEqual(reply["status"], "ok", reply)
        text = self.stdout(outs)
        self.assertRegex(text, r"Wall time: [0-9.]+ (ms|s)")
        self.assertIn("CPU time", text)
        self.assertEqual(self.of_type(outs, "execute_result")[0]["content"]["data"]["text/plain"], "42")

    def test_timeit_reports_mean_and_spread(self):
        reply, outs = self.run_cell("%timeit Math.sqrt(12345.0)", timeout=60)
        self.assertEqual(reply["status"], "ok", reply)
        self.assertRegex(self.stdout(outs), r"± .* per loop \(mean ± std\. dev\. of \d+ runs, [\d,]+ loops? each\)")

    def test_help_lists_the_magics_and_unknown_magics_say_so(self):
        _, outs = self.run_cell("%help")
        text = self.stdout(outs) + "".join(
            m["content"]["data"].get("text/plain", "") for m in outs if "data" in m["content"])
        for name in ("%%time", "%timeit", "%jars", "%classpath", "%help"):
            self.assertIn(name, text)
        reply, outs = self.run_cell("%frobnicate")
        self.assertEqual(reply["status"], "error")
        self.assertIn("%timeit", reply["evalue"])


ANSI = re.compile(r"\x1b\[[0-9;]*m")


class ErrorsAreVisible(Session):
    """Notebook 6 and jupyter console draw an error from its traceback alone: every error the kernel sends,
    on IOPub and in a failed execute_reply, must have traceback lines that name it (in red) and say what
    happened."""

    def assert_visible(self, reply, outs, *phrases):
        errors = self.of_type(outs, "error")
        self.assertEqual(len(errors), 1, outs)
        self.assertEqual(reply["status"], "error", reply)
        for content in (errors[0]["content"], reply):
            lines = content["traceback"]
            self.assertTrue(lines and all(isinstance(line, str) for line in lines), content)
            self.assertIn("\x1b[0;31m" + content["ename"] + "\x1b[0m", lines[0], "the name, in red, first")
            shown = ANSI.sub("", "\n".join(lines))
            for phrase in phrases:
                self.assertIn(phrase, shown)
        return ANSI.sub("", "\n".join(reply["traceback"]))

    def interrupted(self, code):
        """Runs code, interrupts it once it is running (it has printed), and returns what collect() does."""
        msg_id = self.kc.execute('{ System.out.println("running"); ' + code + ' }')  # one snippet: no gap
        deadline = time.monotonic() + TIMEOUT
        while True:  # an interrupt that arrives before the cell starts would stop nothing but the start
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream"
                    and "running" in msg["content"]["text"]):
                break
        self.km.interrupt_kernel()
        return self.collect(msg_id, timeout=TIMEOUT)

    def test_an_unknown_magic_names_the_nearest_one(self):
        self.assert_visible(*self.run_cell("%whoo"), "%whoo is not a magic", "did you mean %who?")

    def test_magics_used_wrongly_say_how_to_use_them(self):
        self.assert_visible(*self.run_cell("%timeit"), "%timeit needs a statement or expression")
        self.assert_visible(*self.run_cell("%jars /nonexistent/missing.jar"), "matches no file or directory")

    def test_an_interrupted_cell_says_so(self):
        self.assert_visible(*self.interrupted("Thread.sleep(60_000);"), "interrupted")

    def test_a_cell_that_ignores_the_interrupt_says_the_engine_was_restarted(self):
        self.assert_visible(*self.interrupted("new java.util.concurrent.CompletableFuture<Void>().join();"),
                            "restarted", "variables were reset")

    def test_system_exit_says_the_engine_exited_and_what_was_lost(self):
        self.assert_visible(*self.run_cell("System.exit(3);"), "exited with code 3", "variables and classes were reset")
        reply, _ = self.run_cell("1 + 1")
        self.assertEqual(reply["status"], "ok", reply)

    def test_running_out_of_memory_says_so(self):
        self.assert_visible(*self.run_cell("var hoard = new java.util.ArrayList<long[]>();\n"
                                           "while (true) hoard.add(new long[10_000_000]);", timeout=120),
                            "ran out of memory")

    def test_compile_errors_exceptions_and_stdin_refusals_show_their_message(self):
        self.assert_visible(*self.run_cell("int x = \"text\";"), "incompatible types")
        self.assert_visible(*self.run_cell("Integer.parseInt(\"forty-two\")"), "NumberFormatException",
                            "For input string")
        self.assert_visible(*self.run_cell("new java.util.Scanner(System.in).nextLine()", allow_stdin=False),
                            "allow_stdin is false")

    def test_a_check_of_an_answer_that_did_not_compile_says_that_first(self):
        self.run_cell("static int twice(int n) {\n    return 2 * n\n}")
        shown = self.assert_visible(*self.run_cell(
            'Check.cell("it-visible-check", c -> c.that(1, "doubles", () -> Assertions.assertEquals(4, twice(2))))'),
            "twice did not compile", "line 2", "';' expected", "Fix that cell and run it again.")
        self.assertTrue(shown.startswith("CompileError: twice did not compile (In ["), shown)

    def test_a_failing_check_is_a_red_check_failed(self):
        reply, outs = self.run_cell('Check.cell("it-visible-fail", c -> c.that(1, "the answer",'
                                    ' () -> Assertions.assertEquals(42, 41, "the answer is 42")))')
        self.assert_visible(reply, outs, "0 of 1 points", "see the ✗ rows above")
        tables = [m["content"]["data"]["text/plain"] for m in self.of_type(outs, "display_data")]
        self.assertEqual(len(tables), 1, outs)
        self.assertIn("the answer is 42", tables[0], "the table above the error says what the check saw")

    def test_failed_replies_to_other_requests_carry_a_traceback_too(self):
        reply, _ = self.run_cell("1", user_expressions={"bad": "nope +"})
        self.assertTrue(reply["user_expressions"]["bad"]["traceback"], reply)
        msg = self.kc.session.msg("complete_request", {"cursor_pos": 1})
        self.kc.shell_channel.send(msg)
        bad = self.shell_reply(msg["header"]["msg_id"])["content"]
        self.assertEqual((bad["status"], bad["ename"]), ("error", "BadRequest"))
        self.assertTrue(bad["traceback"], bad)


class Restart(unittest.TestCase):
    def test_restart_gives_a_fresh_kernel_that_answers(self):
        km, kc = start_new_kernel(kernel_name="threadlab", startup_timeout=60)
        try:
            kc.execute_interactive("int before = 1;", timeout=TIMEOUT)
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=60)
            reply = kc.execute_interactive("2 + 3", timeout=TIMEOUT)
            self.assertEqual(reply["content"]["status"], "ok")
            reply = kc.execute_interactive("before", timeout=TIMEOUT)
            self.assertEqual(reply["content"]["status"], "error", "variables must be gone after a restart")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
        self.assertFalse(km.is_alive())


if __name__ == "__main__":
    unittest.main(verbosity=2)
