"""Writes the source lesson fixture of ReleaseTest and RepairTest with Debian's nbformat (run once, commit it).

src/test/resources/lessons/99-fixture.ipynb beside it is its student version, checked by eye once and
kept equal to `threadlab release` output by LessonsReleasedTest.

    /usr/bin/python3 src/test/python/make_lesson_fixture.py src/test/resources/lessons/source
"""
import os
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output


def nbgrader(grade_id, grade=False, solution=False, locked=False, points=None):
    meta = {"schema_version": 3, "grade": grade, "solution": solution, "locked": locked, "task": False,
            "grade_id": grade_id}
    if points is not None:
        meta["points"] = points
    return meta


nb = new_notebook(metadata={
    "kernelspec": {"display_name": "Java (Threadlab)", "language": "java", "name": "threadlab"},
    "language_info": {"name": "java"},
    "threadlab": {"lesson": "99-fixture"},
})
nb.cells = [
    new_markdown_cell("# A fixture lesson\n\nTwo small exercises."),
    new_code_cell("import java.util.*;\nstatic String shout(String s) { return s.toUpperCase(); }",
                  execution_count=1, outputs=[new_output("stream", name="stdout", text="ready\n")],
                  metadata={"nbgrader": nbgrader("l99-setup", locked=True)}),
    new_markdown_cell("## Exercise 1: add\n\nWrite `sum`."),
    new_code_cell("static int sum(int a, int b) {\n"
                  "    // BEGIN SOLUTION: return the sum of a and b\n"
                  "    return a + b;\n"
                  "    // END SOLUTION\n"
                  "}",
                  execution_count=2, metadata={"nbgrader": nbgrader("l99-sum", solution=True)}),
    new_code_cell("Check.cell(\"l99-sum-check\", c -> {\n"
                  "    c.that(2, \"sum adds two numbers\", () -> {\n"
                  "        Assertions.assertEquals(2, sum(1, 1), \"1 + 1 is 2\");\n"
                  "        // BEGIN HIDDEN TESTS\n"
                  "        Assertions.assertEquals(-3, sum(-1, -2), \"negative numbers add up\");\n"
                  "        // END HIDDEN TESTS\n"
                  "    });\n"
                  "});",
                  execution_count=3,
                  outputs=[new_output("execute_result", execution_count=3, data={"text/plain": "2"})],
                  metadata={"nbgrader": nbgrader("l99-sum-check", grade=True, locked=True, points=2),
                            "threadlab": {"timeout": 20, "hints": ["Java adds with `+`.",
                                                                   "The whole body is one line:\n\n```java\nreturn a + b;\n```"]}}),
    new_markdown_cell("## Exercise 2: greet"),
    new_code_cell("static String greet(String name) {\n"
                  "  // BEGIN SOLUTION: say \"Hello, \" and the name (a \\ is fine)\n"
                  "  return \"Hello, \" + name;\n"
                  "  // END SOLUTION\n"
                  "}\n"
                  "// BEGIN SOLUTION\n"
                  "static String loud(String name) { return shout(greet(name)); }\n"
                  "// END SOLUTION\n",
                  metadata={"nbgrader": nbgrader("l99-greet", solution=True)}),
    new_code_cell("Check.cell(\"l99-greet-check\", c -> {\n"
                  "    c.that(1, \"greets Ada\", () -> Assertions.assertEquals(\"Hello, Ada\", greet(\"Ada\")));\n"
                  "});",
                  metadata={"nbgrader": nbgrader("l99-greet-check", grade=True, locked=False, points=1)}),
    new_markdown_cell("## Recap\n\nDone."),
]
for i, cell in enumerate(nb.cells):
    cell["id"] = "c%02d" % i
nbformat.validate(nb)
nbformat.write(nb, os.path.join(sys.argv[1], "99-fixture.ipynb"))
