"""What every kernel check script shares: one Threadlab kernel per test class, started through Debian's
real jupyter_client, and helpers that match replies and IOPub messages to the request that caused them."""
import queue
import unittest

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60


class KernelSession(unittest.TestCase):
    """A test class with a running kernel as cls.km / cls.kc; every wait has a timeout."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="threadlab", startup_timeout=60)
        # wait_for_ready re-sends kernel_info every second until one is answered: on a busy machine the
        # later replies are still queued and would be taken for the first test's replies.
        while True:
            try:
                cls.kc.get_shell_msg(timeout=0.5)
            except queue.Empty:
                break

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def run_cell(self, code, timeout=TIMEOUT, **kwargs):
        """Executes code; returns (reply content, [iopub messages it caused, up to idle])."""
        return self.collect(self.kc.execute(code, **kwargs), timeout)

    def shell_reply(self, msg_id, timeout=TIMEOUT):
        """The shell reply to msg_id (the whole message), skipping replies to other requests."""
        reply = self.kc.get_shell_msg(timeout=timeout)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=timeout)
        return reply

    def collect(self, msg_id, timeout=TIMEOUT):
        """The reply content to msg_id and the iopub messages it caused, up to its idle."""
        reply = self.shell_reply(msg_id, timeout)
        outputs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
            outputs.append(msg)
        return reply["content"], outputs

    @staticmethod
    def stream(outputs, name="stdout"):
        """All text of one stream, joined."""
        return "".join(m["content"]["text"] for m in outputs
                       if m["msg_type"] == "stream" and m["content"]["name"] == name)

    @staticmethod
    def result(outputs):
        """The text/plain of the execute_result, or None."""
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        return results[0]["content"]["data"]["text/plain"] if results else None

    @staticmethod
    def of_type(outputs, msg_type):
        """The messages of one type."""
        return [m for m in outputs if m["msg_type"] == msg_type]
