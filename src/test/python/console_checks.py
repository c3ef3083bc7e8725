"""Drives Debian's real `jupyter console` (prompt_toolkit, in a pseudo-terminal) against the kernel, as a user at a
terminal would: help queries and exit run on Enter, a cell magic waits for its body, errors show their message,
and with --simple-prompt Ctrl-C interrupts a running cell. Run by ConsoleIT with JUPYTER_PATH pointing at a
kernelspec for the jars under test."""
import os
import re
import sys
import time
import unittest

import pexpect

TIMEOUT = 90
ESC = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"  # prompt_toolkit colours and moves the cursor between any two characters


def loose(text):
    """A regex for text as the terminal shows it: escape sequences may sit between its characters."""
    return ESC.join(re.escape(ch) for ch in text)


IN = loose("In [") + ESC + r"\d+" + ESC + loose("]: ")
MORE = loose("...:")


def plain(text):
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text).replace("\r", "")


class Console(unittest.TestCase):
    """Enter is a carriage return (\\r) in prompt_toolkit; a line feed would insert a new line instead."""

    def start(self, *args):
        env = dict(os.environ, PAGER="cat", TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
        console = pexpect.spawn(sys.executable, ["-m", "jupyter_console", "--kernel", "threadlab", *args], env=env,
                                encoding="utf-8", timeout=TIMEOUT, dimensions=(50, 200))
        console.logfile_read = sys.stdout
        self.addCleanup(lambda: console.terminate(force=True) if console.isalive() else None)
        console.expect(IN if not args else r"In \[1\]: ")
        return console

    def test_prompt_toolkit_console_runs_help_queries_cell_magics_and_exit_as_ipython_does(self):
        console = self.start()
        console.send("int a = 20;\r")
        console.expect(IN)
        console.send("a * 2 + 2\r")
        console.expect(loose("Out[") + ESC + r"\d+" + ESC + loose("]: 42"))
        console.expect(IN)

        console.send("String?\r")
        console.expect("Strings are constant")  # the Javadoc, in the pager
        console.expect(IN)

        console.send("%%time\r")
        console.expect(MORE)  # is_complete said incomplete: the console waits for the cell's body
        self.assertNotIn("Wall time", plain(console.before))
        console.send("Thread.sleep(50);\r")
        console.expect(loose("Wall time: "))
        console.expect(IN)

        console.send("class Box {\r")
        console.expect(MORE)
        console.send("int size = 3; }\r")
        console.expect(IN)
        console.send("new Box().size\r")
        console.expect(loose("]: 3"))
        console.expect(IN)

        console.send("%whoo\r")
        console.expect(loose("did you mean %who?"))
        console.expect(IN)

        console.send("exit\r")
        console.expect("Shutting down kernel")
        console.expect(pexpect.EOF)

    def test_with_simple_prompt_the_first_cell_shows_output_while_running_and_ctrl_c_interrupts_it(self):
        console = self.start("--simple-prompt")
        # Typed at once, as the first cell: this console reads IOPub only once the cell is sent, and takes
        # any idle status of its session, such as its kernel_info_request's, for the end of the cell unless
        # the cell's busy came first; then it showed nothing until the cell ended (1 run in 5, when the
        # kernel needed 34-60 ms to decode its first execute_request).
        console.sendline('System.out.println("sleeping"); Thread.sleep(60_000);')
        console.expect("sleeping\r?\n", timeout=30)
        start = time.monotonic()
        console.sendintr()
        console.expect("The cell was interrupted.", timeout=30)
        self.assertLess(time.monotonic() - start, 30)
        console.expect(r"In \[\d+\]: ")
        console.sendline("6 * 7")
        console.expect(r"Out\[\d+\]: 42")
        console.sendline("exit")
        console.expect(pexpect.EOF)


if __name__ == "__main__":
    unittest.main(verbosity=2)
