"""Writes the grading fixtures: a source lesson with Check API checks and submissions to it.

Run with /usr/bin/python3 from this directory; the files are committed, so this is only for changing them.
"""
import copy
import json
import os


def code(source, nbgrader=None, threadlab=None):
    metadata = {}
    if nbgrader:
        metadata["nbgrader"] = dict(schema_version=3, task=False, **nbgrader)
    if threadlab:
        metadata["threadlab"] = threadlab
    return {"cell_type": "code", "execution_count": None, "metadata": metadata, "outputs": [], "source": source}


def answer(grade_id, source):
    return code(source, dict(grade=False, solution=True, locked=False, grade_id=grade_id))


def check(grade_id, points, source, **threadlab):
    return code(source, dict(grade=True, solution=False, locked=True, grade_id=grade_id, points=points),
                threadlab or None)


def markdown(source):
    return {"cell_type": "markdown", "metadata": {}, "source": source}


SUM_CHECK = """Check.cell("l98-sum-check", c -> {
    c.that(1, "sum(1, 1) is 2", () -> Assertions.assertEquals(2, sum(1, 1), "sum(1, 1) should be 2"));
    // BEGIN HIDDEN TESTS
    c.that(1, "sum(-1, -2) is -3", () -> Assertions.assertEquals(-3, sum(-1, -2), "sum(-1, -2) should be -3"));
    // END HIDDEN TESTS
});"""

# The cell's own timeout (5 s) is shorter than the check's, so a waitFor that never returns times the cell out.
WAIT_CHECK = """Check.cell("l98-wait-check", c -> {
    c.timeout(Duration.ofSeconds(60));
    c.that(3, "waitFor returns once the thread ended", () -> {
        Thread worker = new Thread(() -> {});
        worker.start();
        waitFor(worker);
        Assertions.assertFalse(worker.isAlive(), "waitFor returned before the thread ended");
    });
});"""

COUNT_CHECK = """Check.cell("l98-count-check", c -> {
    c.that(1, "countEven of {1, 2, 4} is 2", () -> Assertions.assertEquals(2, countEven(new int[] {1, 2, 4})));
    c.that(1, "countEven of {} is 0", () -> Assertions.assertEquals(0, countEven(new int[] {})));
});"""


def lesson(sum_body, wait_body, count_body, sum_check=SUM_CHECK):
    cells = [
        markdown("# Grading fixture\n\nThree small exercises with plain-Java checks."),
        code("static int calls = 0;", dict(grade=False, solution=False, locked=True, grade_id="l98-setup")),
        answer("l98-sum", "static int sum(int a, int b) {\n" + sum_body + "\n}"),
        check("l98-sum-check", 2, sum_check),
        answer("l98-wait", "static void waitFor(Thread t) throws InterruptedException {\n" + wait_body + "\n}"),
        check("l98-wait-check", 3, WAIT_CHECK, timeout=5),
        answer("l98-count", "static int countEven(int[] xs) {\n" + count_body + "\n}"),
        check("l98-count-check", 2, COUNT_CHECK),
    ]
    for i, cell in enumerate(cells):
        cell["id"] = "c%02d" % i
        if isinstance(cell["source"], str):
            cell["source"] = cell["source"].splitlines(keepends=True)
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Java (Threadlab)", "language": "java", "name": "threadlab"},
            "language_info": {"name": "java"},
            "threadlab": {"lesson": "98-grading"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write(path, notebook):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(notebook, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def strip_hidden(source):
    lines, hidden = [], False
    for line in "".join(source).splitlines(keepends=True):
        if "BEGIN HIDDEN TESTS" in line:
            hidden = True
        elif "END HIDDEN TESTS" in line:
            hidden = False
        elif not hidden:
            lines.append(line)
    return lines


def submission(notebook):
    copy_ = copy.deepcopy(notebook)
    for cell in copy_["cells"]:
        if cell["cell_type"] == "code":
            cell["source"] = strip_hidden(cell["source"])
    return copy_


write("source/98-grading.ipynb", lesson(
    "    // BEGIN SOLUTION: return the sum of a and b\n    return a + b;\n    // END SOLUTION",
    "    // BEGIN SOLUTION: wait until t has ended\n    t.join();\n    // END SOLUTION",
    "    // BEGIN SOLUTION: count the even numbers in xs\n    return (int) Arrays.stream(xs).filter(x -> x % 2 == 0).count();\n"
    "    // END SOLUTION"))

# Everything right: 7 of 7.
write("submissions/anna.ipynb", submission(lesson(
    "    return a + b;", "    t.join();", "    int n = 0;\n    for (int x : xs) if (x % 2 == 0) n++;\n    return n;")))

# sum is wrong (and the visible check was weakened: grading restores it), waitFor never returns (the check
# times out), countEven is right for one input of two (partial credit).
ben = submission(lesson("    return a - b;", "    while (true) {}", "    return xs.length == 0 ? 0 : 1;"))
ben["cells"][3]["source"] = ["// nothing to check here\n"]
write("submissions/ben.ipynb", ben)

# A lesson graded by the real check API: partial credit with per-check details.
TWICE_CHECK = """Check.cell("l96-twice-check", c -> {
    c.that(1, "twice(2) is 4", () -> Assertions.assertEquals(4, twice(2)));
    c.that(1, "twice(-3) is -6", () -> Assertions.assertEquals(-6, twice(-3)));
});"""


def checks_lesson(body):
    cells = [
        markdown("# Check API fixture"),
        answer("l96-twice", "static int twice(int x) {\n" + body + "\n}"),
        check("l96-twice-check", 2, TWICE_CHECK),
    ]
    for i, cell in enumerate(cells):
        cell["id"] = "c%02d" % i
        cell["source"] = cell["source"].splitlines(keepends=True)
    return {
        "cells": cells,
        "metadata": {"kernelspec": {"display_name": "Java (Threadlab)", "language": "java", "name": "threadlab"},
                     "language_info": {"name": "java"}, "threadlab": {"lesson": "96-checks"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }


write("checks/source/96-checks.ipynb",
      checks_lesson("    // BEGIN SOLUTION: return twice x\n    return 2 * x;\n    // END SOLUTION"))
write("checks/submissions/carla.ipynb", checks_lesson("    return x < 0 ? x : 2 * x;"))

# For the runner's engine test: a passing and a failing graded cell, then a read-only cell that never ends (2 s
# allowed) and a graded cell after it that needs the state of the first cell.
runner = {
    "cells": [
        code("int x = 41;\nSystem.out.println(ProcessHandle.current().pid());"),
        check("l95-pass", 1, "Check.cell(\"l95-pass\", c -> c.that(1, \"x + 1 is 42\",\n"
                             "        () -> Assertions.assertEquals(42, x + 1, \"x is \" + x)));"),
        check("l95-fail", 1, "Check.cell(\"l95-fail\", c -> c.that(1, \"x is 42\", () -> {\n"
                             "    if (x != 42) throw new IllegalStateException(\"x should be 42 but is \" + x);\n}));"),
        code("while (true) {}", dict(grade=False, solution=False, locked=True, grade_id="l95-hang"),
             threadlab={"timeout": 2}),
        check("l95-after", 1, "System.out.println(ProcessHandle.current().pid());\n"
                              "Check.cell(\"l95-after\", c -> c.that(1, \"x is still 41\", () -> Assertions.assertEquals(41, x)));"),
    ],
    "metadata": {"threadlab": {"lesson": "95-runner"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}
for i, cell in enumerate(runner["cells"]):
    cell["id"] = "c%02d" % i
    cell["source"] = cell["source"].splitlines(keepends=True)
write("runner/95-runner.ipynb", runner)

os.makedirs("corrupt", exist_ok=True)
with open("corrupt/broken.ipynb", "w", encoding="utf-8") as f:
    f.write('{"cells": [ {"cell_type": "code", "source": "oops"\n')
