"""How nbgrader scores an executed notebook, restated for our tests (nbgrader itself is on PyPI, which
this machine cannot reach).

nbgrader's documented rules for a code cell marked ``grade: true``:
  * any ``error`` output, or any output on standard error, scores 0;
  * otherwise the first ``execute_result`` whose ``text/plain`` reads as a number is partial credit;
  * otherwise the cell scores its full ``points``.
Its metadata schema 3 has exactly these keys, which it keeps; others it deletes.

`threadlab grade` scores from the check cell's genuine report instead of its outputs. On an honest notebook
the two agree (a check cell that earns points ends with them as its value; one that fails ends in an error);
where only outputs claim points (a cell that ends quietly without its report, a printed "4.0") the grader gives
0 and nbgrader would not (docs/grading.md). cheating.py runs the attempts where both apply through both.
"""

SCHEMA_3_KEYS = {"schema_version", "grade", "solution", "locked", "task", "grade_id", "points"}


def metadata_problems(notebook):
    """Cells whose metadata.nbgrader nbgrader would rewrite or reject, as readable lines."""
    problems = []
    for index, cell in enumerate(notebook["cells"], start=1):
        meta = cell.get("metadata", {}).get("nbgrader")
        if meta is None:
            continue
        where = "cell %d (%s)" % (index, meta.get("grade_id", "no grade_id"))
        if meta.get("schema_version") != 3:
            problems.append(where + ": schema_version is not 3")
        unknown = set(meta) - SCHEMA_3_KEYS
        if unknown:
            problems.append(where + ": keys nbgrader would delete: " + ", ".join(sorted(unknown)))
        missing = {"schema_version", "grade", "solution", "locked", "task", "grade_id"} - set(meta)
        if meta.get("grade") and "points" not in meta:
            missing.add("points")
        if missing:
            problems.append(where + ": missing " + ", ".join(sorted(missing)))
    return problems


def score(cell):
    """(points, max) as nbgrader would give them to an executed grade cell."""
    maximum = float(cell["metadata"]["nbgrader"]["points"])
    for output in cell.get("outputs", []):
        if output["output_type"] == "error":
            return 0.0, maximum
        if output["output_type"] == "stream" and output["name"] == "stderr":
            return 0.0, maximum
        if output["output_type"] == "execute_result":
            text = output.get("data", {}).get("text/plain", "")
            try:
                return min(float(text), maximum), maximum
            except ValueError:
                return maximum, maximum
    return maximum, maximum


def scores(notebook):
    """{grade_id: (points, max)} for every grade cell of an executed notebook."""
    result = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell["cell_type"] == "code" and meta.get("grade"):
            result[meta["grade_id"]] = score(cell)
    return result
