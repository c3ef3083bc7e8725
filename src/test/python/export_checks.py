"""What nbconvert makes of an executed Java notebook: the markdown export with the flag the README documents
reads as markdown (tables as tables, charts as image files, no raw HTML or SVG), and even without the flag a
timeline is an image file, not an SVG blob. Run by ExportIT with JUPYTER_PATH pointing at a kernelspec for the
jars under test."""
import os
import re
import subprocess
import sys
import tempfile
import unittest

import nbformat
from nbclient import NotebookClient

# The flag the README documents for `jupyter nbconvert --to markdown`.
READABLE = "--NbConvertBase.display_data_priority=['text/markdown','image/png','text/plain']"
CELLS = [
    'var timeline = new Timeline();\n'
    'for (int i = 1; i <= 2; i++) { String n = "task " + i; timeline.run(n, () -> Work.io(Duration.ofMillis(50))); }\n'
    'timeline',
    'record Row(String task, int items) {}\nTable.fromRecords(List.of(new Row("parse", 120), new Row("load", 7)))',
    'System.out.println("hello");\n6 * 7',
]


class MarkdownExport(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="threadlab-export-")
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "threadlab", "display_name": "Java (Threadlab)", "language": "java"}
        nb.cells = [nbformat.v4.new_code_cell(src) for src in CELLS]
        NotebookClient(nb, kernel_name="threadlab", timeout=120, startup_timeout=120).execute()
        cls.notebook = os.path.join(cls.dir, "executed.ipynb")
        nbformat.write(nb, cls.notebook)

    def export(self, name, *flags):
        run = subprocess.run([sys.executable, "-m", "nbconvert", "--to", "markdown", self.notebook,
                              "--output", name, *flags], capture_output=True, text=True, timeout=120)
        self.assertEqual(run.returncode, 0, run.stderr)
        with open(os.path.join(self.dir, name + ".md"), encoding="utf-8") as f:
            return f.read()

    def assert_images_exist(self, markdown, kind):
        links = re.findall(r"!\[" + kind + r"\]\(([^)]+)\)", markdown)
        self.assertTrue(links, "no " + kind + " image in:\n" + markdown)
        for link in links:
            path = os.path.join(self.dir, link)
            self.assertTrue(os.path.getsize(path) > 1000, path)
        return links

    def test_with_the_documented_flag_tables_are_markdown_and_charts_are_png_files(self):
        markdown = self.export("readable", READABLE)
        self.assertNotIn("<svg", markdown)
        self.assertNotIn("<table", markdown)
        self.assertNotIn("style=", markdown)
        self.assertIn("| task | items |", markdown)
        self.assertRegex(markdown, r"\| parse \| 120 \|")
        link = self.assert_images_exist(markdown, "png")[0]
        with open(os.path.join(self.dir, link), "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
        self.assertIn("    hello", markdown)
        self.assertIn("    42", markdown)

    def test_without_the_flag_a_timeline_is_an_image_file_not_an_svg_blob(self):
        markdown = self.export("default")
        self.assertNotIn("<svg", markdown)
        self.assert_images_exist(markdown, "svg")


if __name__ == "__main__":
    unittest.main()
