"""Runs a lesson notebook with nbclient, as `jupyter nbconvert --execute` and graders do, and checks
what its cells did. Run by LessonIT.

    lesson_check.py source  NOTEBOOK            every cell runs without an error; every check passes
    lesson_check.py student NOTEBOOK            errors only in graded cells (ename CheckFailed), no stderr there

Answers learners write, right and wrong, are run by lesson_fixtures.py.
"""
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

import nbgrader_rules

CHECK_MIME = "application/vnd.threadlab.check+json"


def nbgrader(cell):
    return cell.metadata.get("nbgrader", {})


def execute(nb, allow_errors):
    client = NotebookClient(nb, kernel_name="threadlab", timeout=120, startup_timeout=60,
                            allow_errors=allow_errors)
    start = time.monotonic()
    client.execute()
    return time.monotonic() - start


def errors(cell):
    return [o for o in cell.get("outputs", []) if o.output_type == "error"]


def stderr(cell):
    return "".join(o.text for o in cell.get("outputs", []) if o.output_type == "stream" and o.name == "stderr")


def check_results(cell):
    return [o.data[CHECK_MIME] for o in cell.get("outputs", [])
            if o.output_type in ("display_data", "execute_result") and CHECK_MIME in o.data]


def describe(cell, index):
    grade_id = nbgrader(cell).get("grade_id")
    return f"cell {index}" + (f" ({grade_id})" if grade_id else "")


def source(path):
    nb = nbformat.read(path, as_version=4)
    failures = ["nbgrader: " + p for p in nbgrader_rules.metadata_problems(nb)]
    # After the lesson, the learner asks for their progress (the kernel recorded every check).
    nb.cells.append(nbformat.v4.new_code_cell("%progress"))
    try:
        took = execute(nb, allow_errors=False)
        print(f"executed {path} top to bottom in {took:.1f} s")
    except Exception as e:  # nbclient's CellExecutionError names the cell and the error
        failures.append(f"execution stopped: {e}")
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or not nbgrader(cell).get("grade"):
            continue
        results = check_results(cell)
        if not results:
            failures.append(f"{describe(cell, i)}: no {CHECK_MIME} output")
        for r in results:
            if not r.get("passed") or r.get("points") != r.get("max"):
                failures.append(f"{describe(cell, i)}: the reference solution did not pass: {r}")
            if r.get("max") != nbgrader(cell).get("points"):
                failures.append(f"{describe(cell, i)}: checks are worth {r.get('max')} points, "
                                f"metadata says {nbgrader(cell).get('points')}")
        if stderr(cell):
            failures.append(f"{describe(cell, i)}: wrote to stderr: {stderr(cell)!r}")
    for grade_id, (points, maximum) in nbgrader_rules.scores(nb).items():
        if points != maximum:
            failures.append(f"{grade_id}: nbgrader would give {points} of {maximum} points to the reference solution")
    failures += progress_problems(nb)
    return failures


def progress_problems(nb):
    """The kernel kept every passed check in THREADLAB_PROGRESS, and %progress (the last cell) shows them."""
    checks = [nbgrader(c)["grade_id"] for c in nb.cells if c.cell_type == "code" and nbgrader(c).get("grade")]
    with open(os.environ["THREADLAB_PROGRESS"], encoding="utf-8") as f:
        kept = json.load(f)["checks"]
    failures = [f"progress: {c} not recorded as passed: {kept.get(c)}" for c in checks
                if not kept.get(c, {}).get("passed")]
    shown = "".join(o.get("data", {}).get("text/plain", "") for o in nb.cells[-1].get("outputs", []))
    failures += [f"%progress does not show {c} as passed: {shown!r}" for c in checks
                 if not any(c in line and "✓ passed" in line for line in shown.splitlines())]
    return failures


def student(path):
    nb = nbformat.read(path, as_version=4)
    took = execute(nb, allow_errors=True)
    print(f"executed {path} (errors allowed) in {took:.1f} s")
    failures = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        graded = nbgrader(cell).get("grade", False)
        for e in errors(cell):
            if not graded:
                failures.append(f"{describe(cell, i)}: an ungraded cell failed: {e.ename}: {e.evalue}")
            elif e.ename != "CheckFailed":
                failures.append(f"{describe(cell, i)}: ended in {e.ename} instead of CheckFailed: {e.evalue}")
            else:
                print(f"{describe(cell, i)} fails as it should: {e.evalue.splitlines()[0] if e.evalue else ''}")
        if graded and not errors(cell):
            failures.append(f"{describe(cell, i)}: passed although its answer is a stub")
        if graded and stderr(cell):
            failures.append(f"{describe(cell, i)}: wrote to stderr: {stderr(cell)!r}")
    failures += ["nbgrader: " + p for p in nbgrader_rules.metadata_problems(nb)]
    for grade_id, (points, maximum) in nbgrader_rules.scores(nb).items():
        if points != 0:
            failures.append(f"{grade_id}: nbgrader would give {points} of {maximum} points to the unwritten stub")
    return failures


def main(argv):
    mode, path = argv[1], argv[2]
    if mode == "source":
        failures = source(path)
    elif mode == "student":
        failures = student(path)
    else:
        print(__doc__)
        return 2
    for f in failures:
        print("FAIL:", f)
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
