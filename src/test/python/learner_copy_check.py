"""Checks a learner's copy saved by `threadlab learn` as Jupyter would see it: nbformat validates it,
the outputs the terminal app saved are there, and nbclient executes it with the Threadlab kernel, the
saved answer passing its check. Run by LearnIT with the notebook's path."""
import sys

import nbformat
from nbclient import NotebookClient


def main(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    failures = []
    saved = [c for c in nb.cells if c.cell_type == "code" and c.get("outputs")]
    if not saved:
        failures.append("the terminal app saved no outputs")
    if not any(o.output_type == "display_data" and "application/vnd.threadlab.check+json" in o.data
               for c in saved for o in c.outputs):
        failures.append("no check report saved among the outputs")
    client = NotebookClient(nb, kernel_name="threadlab", timeout=120, startup_timeout=90, allow_errors=True)
    client.execute()
    check = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "l01-run-all-check")
    errors = [o for o in check.outputs if o.output_type == "error"]
    if errors:
        failures.append(f"the saved answer failed its check under nbclient: {errors[0].evalue}")
    for f in failures:
        print("FAIL:", f)
    print(f"{3 - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
