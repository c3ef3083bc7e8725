"""Output of threads that outlive their cell, leftover warnings, %threads and %reset, through Debian's
real jupyter_client. Run by BackgroundOutputIT with JUPYTER_PATH pointing at a kernelspec for the jars
under test."""
import time
import unittest

from jupyter_client.manager import start_new_kernel

TIMEOUT = 30


class BackgroundOutput(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="threadlab", startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=False)

    def setUp(self):
        self.seen = []  # every iopub message read so far, whatever its parent

    def execute(self, code):
        """Sends a cell; waits for its reply; returns its msg_id and reply content."""
        msg_id = self.kc.execute(code)
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        return msg_id, reply["content"]

    def read_until(self, condition, timeout=TIMEOUT):
        """Reads iopub messages into self.seen until condition(self.seen) holds; fails after timeout s."""
        deadline = time.monotonic() + timeout
        while not condition(self.seen):
            left = deadline - time.monotonic()
            self.assertGreater(left, 0, f"timed out; iopub so far: {self.seen}")
            try:
                self.seen.append(self.kc.get_iopub_msg(timeout=left))
            except Exception:  # queue.Empty: checked by the assertion above
                pass

    def streams(self, parent, name="stdout"):
        return "".join(m["content"]["text"] for m in self.seen
                       if m["msg_type"] == "stream" and m["content"]["name"] == name
                       and m["parent_header"].get("msg_id") == parent)

    def idle(self, parent):
        return lambda seen: any(m["msg_type"] == "status" and m["content"]["execution_state"] == "idle"
                                and m["parent_header"].get("msg_id") == parent for m in seen)

    def test_late_output_of_a_thread_carries_the_request_of_the_cell_that_started_it(self):
        first, reply = self.execute(
            "var go = new java.util.concurrent.CountDownLatch(1);\n"
            "var late = new Thread(() -> {\n"
            "    try { go.await(); } catch (InterruptedException e) { return; }\n"
            "    for (int i = 0; i < 1000; i++) System.out.println(\"late \" + i);\n"
            "}, \"late-printer\");\n"
            "late.start();")
        self.assertEqual(reply["status"], "ok", reply)
        second, reply = self.execute("go.countDown(); late.join(10_000); System.out.println(\"second\");")
        self.assertEqual(reply["status"], "ok", reply)
        self.read_until(lambda seen: "late 999\n" in self.streams(first) and self.idle(second)(seen))
        lines = [l for l in self.streams(first).splitlines() if l.startswith("late ")]
        self.assertEqual(lines, [f"late {i}" for i in range(1000)])
        self.assertEqual(self.streams(second), "second\n")

    def test_leftover_warning_threads_table_and_reset(self):
        cell, _ = self.execute(
            "var stop = new java.util.concurrent.CountDownLatch(1);\n"
            "new Thread(() -> { try { stop.await(); } catch (InterruptedException e) { } }, \"worker-1\").start();")
        self.read_until(self.idle(cell))
        self.assertEqual(self.streams(cell), "⚠ Still running from this cell: 1 thread (worker-1). "
                                             "%threads lists them; %reset stops them.\n")
        listing, _ = self.execute("%threads")
        self.read_until(self.idle(listing))
        tables = [m["content"]["data"] for m in self.seen
                  if m["msg_type"] == "display_data" and m["parent_header"].get("msg_id") == listing]
        self.assertEqual(len(tables), 1, self.seen)
        self.assertIn("worker-1", tables[0]["text/plain"])
        self.assertIn("WAITING", tables[0]["text/plain"])
        self.assertIn("<table", tables[0]["text/html"])
        reset, reply = self.execute("%reset")
        self.assertEqual(reply["status"], "ok", reply)
        self.read_until(self.idle(reset))
        self.assertRegex(self.streams(reset), r"^Fresh Java engine ready in [0-9.]+ s")
        gone, reply = self.execute("stop")
        self.assertEqual(reply["status"], "error", "variables are gone after %reset")
        empty, _ = self.execute("%threads")
        self.read_until(self.idle(empty))
        self.assertEqual(self.streams(empty), "No thread started by a cell is running.\n")

    def test_help_lists_threads_and_reset(self):
        cell, _ = self.execute("%help")
        self.read_until(self.idle(cell))
        self.assertIn("%threads", self.streams(cell))
        self.assertIn("%reset", self.streams(cell))


if __name__ == "__main__":
    unittest.main()
