"""The display path through Debian's real jupyter_client: from the Display API and toolkit objects in a
cell to display_data, update_display_data, clear_output and execute_result on the right parent.
Run by DisplayIT with JUPYTER_PATH pointing at a kernelspec for the jars under test."""
import base64
import unittest

from kernel_session import KernelSession

TIMEOUT = 60


class Display(KernelSession):
    def run_cell(self, code, timeout=TIMEOUT):
        """Executes code and checks it succeeded; returns the iopub messages of this cell up to idle."""
        reply, outputs = super().run_cell(code, timeout)
        self.assertEqual(reply["status"], "ok", (reply, outputs))
        return outputs

    @staticmethod
    def of_type(outputs, msg_type):
        """The contents of the messages of one type."""
        return [m["content"] for m in outputs if m["msg_type"] == msg_type]

    def test_html_becomes_display_data_with_html_and_plain_text(self):
        outs = self.run_cell('Display.html("<b>bold</b> &amp; plain");')
        data = self.of_type(outs, "display_data")[0]["data"]
        self.assertEqual(data["text/html"], "<b>bold</b> &amp; plain")
        self.assertEqual(data["text/plain"], "bold & plain")

    def test_an_update_replaces_the_display_with_the_same_id(self):
        outs = self.run_cell('var h = Display.show("first");\nh.update("second");')
        shown = self.of_type(outs, "display_data")[0]
        updated = self.of_type(outs, "update_display_data")[0]
        self.assertEqual(shown["data"]["text/plain"], "first")
        self.assertEqual(updated["data"]["text/plain"], "second")
        self.assertTrue(shown["transient"]["display_id"])
        self.assertEqual(shown["transient"]["display_id"], updated["transient"]["display_id"])

    def test_an_update_from_a_later_cell_reaches_the_display(self):
        first = self.run_cell('var later = Display.show("waiting");')
        display_id = self.of_type(first, "display_data")[0]["transient"]["display_id"]
        outs = self.run_cell('later.update("done");')
        updated = self.of_type(outs, "update_display_data")[0]
        self.assertEqual(updated["transient"]["display_id"], display_id)
        self.assertEqual(updated["data"]["text/plain"], "done")

    def test_clear_becomes_clear_output(self):
        outs = self.run_cell('System.out.println("gone soon");\nDisplay.clear(false);')
        cleared = self.of_type(outs, "clear_output")
        self.assertEqual(len(cleared), 1, outs)
        self.assertFalse(cleared[0]["wait"])

    def test_a_display_from_a_background_thread_lands_under_its_cell(self):
        outs = self.run_cell('var t = new Thread(() -> Display.show("from " + Thread.currentThread().getName()),'
                             ' "helper");\nt.start();\nt.join();')
        texts = [d["data"]["text/plain"] for d in self.of_type(outs, "display_data")]
        self.assertEqual(texts, ["from helper"])

    def test_a_table_as_last_expression_is_a_rich_result(self):
        outs = self.run_cell('Table.of(List.of("n", "square"), List.of(List.of(2, 4), List.of(3, 9)))')
        data = self.of_type(outs, "execute_result")[0]["data"]
        self.assertIn("<table", data["text/html"])
        header = data["text/markdown"].splitlines()[0]
        self.assertEqual([c.strip() for c in header.strip("|").split("|")], ["n", "square"], data["text/markdown"])
        self.assertIn("square", data["text/plain"])
        self.assertEqual(self.of_type(outs, "display_data"), [])

    def test_a_timeline_as_last_expression_is_a_picture(self):
        outs = self.run_cell('var tl = new Timeline();\n'
                             'tl.run("nap", () -> Work.io(Duration.ofMillis(20)));\ntl')
        result = self.of_type(outs, "execute_result")[0]
        data = result["data"]
        svg = data.get("image/svg+xml", "") + data.get("text/html", "")
        self.assertIn("<svg", svg)
        self.assertIn("nap", svg)
        self.assertIn("peak 1 at once", data["text/plain"])
        # the same chart as PNG (base64), shown at the SVG's width, for untrusted notebooks and exports
        self.assertEqual(base64.b64decode(data["image/png"])[:8], b"\x89PNG\r\n\x1a\n")
        self.assertEqual(result["metadata"]["image/png"]["width"], 900)

    def test_stdout_and_displays_keep_their_order(self):
        outs = self.run_cell('System.out.println("one");\nDisplay.show("two");\nSystem.out.println("three");')
        sequence = []
        for m in outs:
            if m["msg_type"] == "stream":
                sequence += [line for line in m["content"]["text"].splitlines() if line]
            elif m["msg_type"] == "display_data":
                sequence.append("display " + m["content"]["data"]["text/plain"])
        self.assertEqual(sequence, ["one", "display two", "three"])

    def test_a_cell_ending_in_display_show_has_no_result(self):
        outs = self.run_cell('Display.show("x")')
        self.assertEqual([d["data"]["text/plain"] for d in self.of_type(outs, "display_data")], ["x"])
        self.assertEqual(self.of_type(outs, "execute_result"), [])

    def test_the_slow_server_and_a_process_pool_work_inside_the_engine(self):
        outs = self.run_cell(
            'var client = java.net.http.HttpClient.newHttpClient();\n'
            'String body;\n'
            'try (var server = SlowServer.start(Duration.ofMillis(10))) {\n'
            '    body = client.send(java.net.http.HttpRequest.newBuilder(server.uri("/hi")).build(),\n'
            '            java.net.http.HttpResponse.BodyHandlers.ofString()).body();\n'
            '}\n'
            'List<String> mapped;\n'
            'try (var pool = ProcessPool.start(1, "dev.threadlab.toolkit.ProcessPool$Worker#describe")) {\n'
            '    mapped = pool.map(List.of("a"));\n'
            '}\n'
            'body.strip() + " | " + mapped.get(0).substring(0, 7)', timeout=120)
        result = self.of_type(outs, "execute_result")[0]["data"]["text/plain"]
        self.assertEqual(result, '"page /hi (request 1) | a @ pid"')

    def test_a_passing_check_cell_shows_its_result_as_a_json_object_nbformat_accepts(self):
        outs = self.run_cell('Check.cell("it-check-pass", c -> {\n'
                             '    c.that(1, "adds", () -> Assertions.assertEquals(2, 1 + 1));\n'
                             '    c.that(2, "multiplies", () -> Assertions.assertEquals(4, 2 * 2));\n'
                             '})')
        shown = self.of_type(outs, "display_data")
        self.assertEqual(len(shown), 1, outs)
        check = shown[0]["data"]["application/vnd.threadlab.check+json"]
        self.assertIsInstance(check, dict)
        self.assertEqual((check["id"], check["points"], check["max"], check["passed"]), ("it-check-pass", 3, 3, True))
        self.assertEqual([c["status"] for c in check["checks"]], ["passed", "passed"])
        self.assertIn("✓", shown[0]["data"]["text/html"])
        score = self.of_type(outs, "execute_result")[0]["data"]
        self.assertEqual(score["text/plain"], "3", "the score alone, which nbgrader reads as the cell's points")
        self.assertIn("✓ 3 of 3 points", score["text/html"])
        self.assertEqual([m for m in outs if m["msg_type"] == "stream"], [], "a check cell prints nothing")
        import nbformat
        cell = nbformat.v4.new_code_cell("Check.cell(...)", outputs=[
            nbformat.v4.output_from_msg(next(m for m in outs if m["msg_type"] == "display_data"))])
        nbformat.validate(nbformat.v4.new_notebook(cells=[cell]))

    def test_a_check_cell_that_earns_nothing_is_a_check_failed_line_under_its_table(self):
        reply, outs = KernelSession.run_cell(self, 'Check.cell("it-check-fail", c ->\n'
                                             '    c.that(1, "the answer", () -> Assertions.assertEquals(42, 41,'
                                             ' "the answer is 42")))')
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["ename"], "CheckFailed")
        self.assertEqual(reply["evalue"], "0 of 1 points: see the ✗ rows above for what the check saw and what to change.")
        self.assertEqual(reply["traceback"], ["\u001b[0;31mCheckFailed\u001b[0m: " + reply["evalue"]],
                         "the traceback (all that Notebook and console show) names the error in red")
        error = self.of_type(outs, "error")[0]
        self.assertEqual(error["ename"], "CheckFailed")
        check = self.of_type(outs, "display_data")[0]["data"]["application/vnd.threadlab.check+json"]
        self.assertEqual((check["passed"], check["checks"][0]["status"]), (False, "failed"))
        self.assertEqual(check["checks"][0]["message"], "the answer is 42. Expected 42, got 41.")
        self.assertEqual([m for m in outs if m["msg_type"] == "stream"], [], "nothing on stderr or stdout")


if __name__ == "__main__":
    unittest.main()
