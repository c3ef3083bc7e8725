"""Starts the kernelspec that install.sh wrote (found through JUPYTER_PATH) and runs one cell."""
import sys

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import start_new_kernel

spec = KernelSpecManager().get_kernel_spec("threadlab")
assert spec.display_name == "Java (Threadlab)", spec.display_name
assert spec.interrupt_mode == "message", spec.interrupt_mode
assert spec.argv[0].startswith("/") and spec.argv[0].endswith("/bin/java"), spec.argv[0]
km, kc = start_new_kernel(kernel_name="threadlab", startup_timeout=60)
try:
    outputs = []
    reply = kc.execute_interactive("6 * 7", timeout=60, output_hook=outputs.append)
    results = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
    assert reply["content"]["status"] == "ok" and results == ["42"], (reply["content"], results)
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print("the installed kernel answered 6 * 7 = 42 from", spec.resource_dir)
sys.exit(0)
