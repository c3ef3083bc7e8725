"""The official Jupyter kernel conformance suite (jupyter_kernel_test), every test enabled.

Run by ConformanceIT with JUPYTER_PATH pointing at a kernelspec for the jars under test.
"""
import unittest

import jupyter_kernel_test as jkt


class ThreadlabConformance(jkt.KernelTests):
    kernel_name = "threadlab"
    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("something went wrong");'

    completion_samples = [
        {"text": "Integer.MAX_VAL", "matches": {"MAX_VALUE"}},
        {"text": "\"abc\".toUpperC", "matches": {"toUpperCase("}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", 'System.out.println("hi");', "class A { int f() { return 1; } }", ""]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "class B {", "int y = (1 +"]
    invalid_code_samples = [")", "int z = 1; }"]

    code_page_something = "?String"
    code_generate_error = 'throw new IllegalStateException("boom");'
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": '"thread" + "lab"', "result": '"threadlab"'},
    ]
    code_display_data = [
        {"code": 'dev.threadlab.display.Display.html("<b>hi</b>");', "mime": "text/html"},
        {"code": 'dev.threadlab.display.Display.markdown("*hi*");', "mime": "text/markdown"},
    ]
    code_history_pattern = "6*7"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = "dev.threadlab.display.Display.clear(false);"


if __name__ == "__main__":
    unittest.main(verbosity=2)
