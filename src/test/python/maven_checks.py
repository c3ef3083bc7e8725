"""%maven through Debian's real jupyter_client: libraries by their coordinates, resolved with their
dependencies from a repository on disk (HOME's ~/.m2/settings.xml mirrors everything to it, so nothing
goes to the network), used in the next cell, dropped by %reset unless --keep."""
import unittest

from kernel_session import KernelSession


class Maven(KernelSession):

    def error_of(self, outputs):
        errors = [m["content"] for m in outputs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1, outputs)
        self.assertTrue(errors[0]["traceback"], "an error needs traceback lines to be seen: %s" % errors[0])
        return errors[0]

    def result_text(self, outputs):
        return "".join(m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result")

    def test_1_a_library_and_its_dependency_are_usable_in_the_next_cell_and_reset_drops_them(self):
        reply, outputs = self.run_cell("%maven dev.example:greeter:1.0")
        self.assertEqual(reply["status"], "ok", outputs)
        printed = self.stream(outputs)
        self.assertIn("Added to the class path", printed)
        self.assertIn("greeter-1.0.jar", printed)
        self.assertIn("words-1.0.jar", printed)
        self.assertIn("Downloaded greeter-1.0.jar", printed)
        reply, outputs = self.run_cell('dev.example.Greeter.greet("Ada")')
        self.assertEqual(reply["status"], "ok", outputs)
        self.assertEqual(self.result_text(outputs), '"Hello, Ada"')
        reply, outputs = self.run_cell("%maven dev.example:greeter:1.0")
        self.assertIn("nothing new to add", self.stream(outputs))
        self.run_cell("%reset")
        reply, outputs = self.run_cell('dev.example.Greeter.greet("Ada")')
        self.assertEqual(reply["status"], "error", "%%reset should have dropped the library: %s" % outputs)

    def test_2_keep_survives_reset(self):
        reply, outputs = self.run_cell("%maven dev.example:greeter:1.0 --keep")
        self.assertEqual(reply["status"], "ok", outputs)
        self.assertIn("they stay after %reset", self.stream(outputs))
        self.run_cell("%reset")
        reply, outputs = self.run_cell('dev.example.Greeter.greet("Bo")')
        self.assertEqual(reply["status"], "ok", outputs)
        self.assertEqual(self.result_text(outputs), '"Hello, Bo"')

    def test_3_a_missing_artifact_is_a_readable_error_naming_it(self):
        reply, outputs = self.run_cell("%maven dev.example:nope:1.0")
        self.assertEqual(reply["status"], "error")
        error = self.error_of(outputs)
        self.assertEqual(error["ename"], "MavenError")
        self.assertIn("dev.example:nope", error["evalue"])
        self.assertIn("was not found", error["evalue"])

    def test_4_a_word_that_is_no_coordinate_is_a_usage_error(self):
        reply, outputs = self.run_cell("%maven jsoup")
        error = self.error_of(outputs)
        self.assertEqual(error["ename"], "UsageError")
        self.assertIn("group:artifact:version", error["evalue"])

    def test_5_help_lists_maven(self):
        reply, outputs = self.run_cell("%help")
        self.assertIn("%maven", self.stream(outputs))


if __name__ == "__main__":
    unittest.main()
