"""The kernel's processes live exactly as long as they should: Ctrl-C (SIGINT, as jupyter console sends it)
interrupts the cell; a killed kernel takes its engine JVM with it; a kernel whose Jupyter process died
shuts down instead of living on as an orphan. Run by ProcessLifecycleIT."""
import os
import signal
import subprocess
import sys
import time
import unittest

from jupyter_client.manager import start_new_kernel

from kernel_session import KernelSession

TIMEOUT = 60


def children(pid):
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(p) for p in f.read().split()]
    except OSError:
        pass
    return found


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_gone(pid, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False


def engine_of(kernel_pid, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        engines = children(kernel_pid)
        if engines:
            return max(engines)
        time.sleep(0.1)
    raise AssertionError(f"kernel {kernel_pid} has no engine process")


class Signals(KernelSession):
    def test_sigint_interrupts_the_running_cell_and_the_kernel_stays(self):
        self.run_cell("long spins = 0;")
        msg_id = self.kc.execute("while (true) { spins++; }")
        time.sleep(1.0)
        os.kill(self.km.provisioner.process.pid, signal.SIGINT)
        reply, _ = self.collect(msg_id, timeout=10)
        self.assertEqual(reply["status"], "error", reply)
        self.assertTrue(self.km.is_alive(), "SIGINT must not end the kernel")
        reply, outs = self.run_cell("spins > 0")
        self.assertEqual(self.result(outs), "true", reply)


class Orphans(unittest.TestCase):
    def test_a_killed_kernel_takes_its_busy_engine_with_it(self):
        km, kc = start_new_kernel(kernel_name="threadlab", startup_timeout=60)
        try:
            kernel = km.provisioner.process.pid
            kc.execute("while (true) { }")
            engine = engine_of(kernel)
            time.sleep(0.5)
            os.kill(kernel, signal.SIGKILL)
            self.assertTrue(wait_gone(engine, 10), f"engine {engine} outlived its killed kernel {kernel}")
        finally:
            kc.stop_channels()
            km.cleanup_resources()

    def test_a_kernel_whose_jupyter_died_shuts_down_with_its_engine(self):
        starter = subprocess.Popen([sys.executable, "-c", (
            "import time\n"
            "from jupyter_client.manager import start_new_kernel\n"
            "km, kc = start_new_kernel(kernel_name='threadlab', startup_timeout=60)\n"
            "print(km.provisioner.process.pid, flush=True)\n"
            "time.sleep(600)\n")], stdout=subprocess.PIPE, text=True)
        try:
            kernel = int(starter.stdout.readline())
            engine = engine_of(kernel)
            starter.kill()
            starter.wait(timeout=10)
            self.assertTrue(wait_gone(kernel, 15), f"kernel {kernel} outlived the Jupyter process that started it")
            self.assertTrue(wait_gone(engine, 10), f"engine {engine} outlived its kernel")
        finally:
            starter.kill()


if __name__ == "__main__":
    unittest.main(verbosity=2)
