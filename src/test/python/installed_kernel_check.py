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
    # %progress knows the installed course (the kernelspec names the lessons install.sh copied)
    outputs = []
    reply = kc.execute_interactive("%progress", timeout=60, output_hook=outputs.append)
    tables = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "display_data"]
    assert reply["content"]["status"] == "ok", reply["content"]
    assert tables and "The course: 0 of " in tables[0] and "Next: lesson 0" in tables[0], tables
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print("the installed kernel answered 6 * 7 = 42 and showed the course in %progress, from", spec.resource_dir)
sys.exit(0)
