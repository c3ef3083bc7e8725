"""Writes the notebook fixtures of NotebookRoundTripTest with Debian's nbformat (run once, commit the output).

    /usr/bin/python3 src/test/python/make_notebook_fixtures.py src/test/resources/notebooks

jupyter.ipynb is a notebook as Jupyter saves it (every kind of cell and output, unicode, numbers,
empty lists and objects, unknown metadata). hand-written.ipynb is JSON a person might write (sources
as one string, odd spacing, transient keys); hand-written.saved.ipynb is what nbformat makes of it.
"""
import json
import os
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell

out = sys.argv[1]

nb = new_notebook()
nb.metadata = {
    "kernelspec": {"display_name": "Java (Threadlab)", "language": "java", "name": "threadlab"},
    "language_info": {"name": "java", "version": "21", "file_extension": ".jshell"},
    "threadlab": {"lesson": "99-fixture"},
    "unknown_tool": {"empty_list": [], "empty_object": {}, "nested": {"z": 1, "a": [1, 2.5, None, True, False]}},
    "numbers": {"int": 3, "negative": -7, "float": 2.5, "third": 1 / 3, "small": 1e-05, "tiny": 0.0001,
                "big": 1e16, "bigish": 1e15, "huge": 12345678901234567890, "whole_float": 3.0, "zero": 0.0},
    "keys": {"z": 1, "é": 2, "a": 3, "\U0001F389": 4, "\uFB01": 5, "B": 6},
}
nb.cells = [
    new_markdown_cell("# Fixture 🎉\n\nÜmlauts, 日本語, \"quotes\", back\\slash, a tab\there.\nNo newline at the end",
                      attachments={"pic.png": {"image/png": "iVBORw0KGgo="},
                                   "note.txt": {"text/plain": "line one\nline two\n"}}),
    new_code_cell("// set-up\nimport java.util.*;\n",
                  metadata={"nbgrader": {"schema_version": 3, "grade": False, "solution": False, "locked": True,
                                         "task": False, "grade_id": "l99-setup"},
                            "editable": False, "deletable": False, "tags": []}),
    new_code_cell(
        "static int answer() {\n    // BEGIN SOLUTION: return 42\n    return 42;\n    // END SOLUTION\n}\r\nwindows line\rold mac\u2028sep\x0bvt",
        execution_count=3,
        metadata={"nbgrader": {"schema_version": 3, "grade": False, "solution": True, "locked": False,
                               "task": False, "grade_id": "l99-answer"}, "collapsed": False},
        outputs=[
            new_output("stream", name="stdout", text="hello\nworld\n"),
            new_output("stream", name="stderr", text="a warning \x01 control\n"),
            new_output("execute_result", execution_count=3,
                       data={"text/plain": "42", "text/html": "<b>42</b>\n<i>!</i>"}, metadata={}),
            new_output("display_data", data={"image/svg+xml": "<svg>\n</svg>\n", "image/png": "iVBORw0KGgo=\n",
                                             "application/json": {"a": [1, 2], "b": {}},
                                             "application/vnd.threadlab.check+json":
                                                 {"id": "l99-check", "points": 3.0, "max": 3, "passed": True,
                                                  "checks": []},
                                             "application/javascript": "alert(1);\nalert(2);"},
                       metadata={"image/png": {"width": 100}}),
        ]),
    new_code_cell("Check.cell(\"l99-check\", c -> {\n    c.that(3, \"answer is 42\", () -> {});\n});\n",
                  execution_count=4,
                  metadata={"nbgrader": {"schema_version": 3, "grade": True, "solution": False, "locked": True,
                                         "task": False, "grade_id": "l99-check", "points": 3},
                            "threadlab": {"timeout": 30, "repetitions": 2, "hints": ["Use `42`.", "Really: *42*."],
                                          "future_key": {"x": []}}},
                  outputs=[new_output("error", ename="CheckFailed", evalue="nope",
                                      traceback=["\u001b[31mCheckFailed\u001b[0m: nope", ""])]),
    new_raw_cell("raw text\n", metadata={"format": "text/plain"}),
    new_code_cell("", metadata={}),
    new_markdown_cell(""),
]
for i, cell in enumerate(nb.cells):
    cell["id"] = "cell-%d" % i
nbformat.validate(nb)
nbformat.write(nb, os.path.join(out, "jupyter.ipynb"))

hand = """{"nbformat": 4, "nbformat_minor": 4,
  "metadata": {"orig_nbformat": 3, "kernelspec": {"name": "threadlab", "language": "java", "display_name": "Java"},
               "signature": "sha256:x", "weights": [1.50, 2e3, 1E-7, 10, 0.1e1]},
  "cells": [
    {"cell_type": "markdown", "metadata": {"trusted": true}, "source": "one string\\nwith two lines\\n"},
    {"cell_type": "code", "metadata": {}, "execution_count": null, "source": ["joined ", "from ", "pieces\\n", "end"],
     "outputs": [{"output_type": "stream", "name": "stdout", "text": "out\\nput"},
                 {"output_type": "execute_result", "execution_count": 1, "metadata": {},
                  "data": {"text/plain": ["a\\n", "b"], "application/json": ["x", "y"], "image/png": ["ab", "cd"]}}]}
  ]}"""
with open(os.path.join(out, "hand-written.ipynb"), "w", encoding="utf-8") as f:
    f.write(hand)
nbformat.write(nbformat.reads(hand, as_version=4), os.path.join(out, "hand-written.saved.ipynb"))
