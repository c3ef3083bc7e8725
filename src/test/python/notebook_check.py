"""Executes a Java notebook with nbclient, as `jupyter nbconvert --execute` and CI graders do,
and checks each cell's outputs. Run by NotebookIT."""
import sys

import nbformat
from nbclient import NotebookClient

CELLS = [
    # (source, check on the outputs)
    ("int total = 0;\nfor (int i = 1; i <= 10; i++) {\n    total += i;\n}\nSystem.out.println(\"sum = \" + total);",
     lambda outs: any(o.output_type == "stream" and "sum = 55" in o.text for o in outs)),
    ("record Point(int x, int y) {\n    int manhattan() { return Math.abs(x) + Math.abs(y); }\n}",
     lambda outs: outs == []),
    ("new Point(3, -4).manhattan()",
     lambda outs: any(o.output_type == "execute_result" and o.data["text/plain"] == "7" for o in outs)),
    ("import java.util.concurrent.*;\nvar pool = Executors.newFixedThreadPool(2);\n"
     "var f = pool.submit(() -> Thread.currentThread().getName().startsWith(\"pool\"));\nf.get()",
     lambda outs: any(o.output_type == "execute_result" and o.data["text/plain"] == "true" for o in outs)),
    ("pool.shutdown();", lambda outs: outs == []),
]


def main():
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "threadlab", "display_name": "Java (Threadlab)", "language": "java"}
    nb.cells = [nbformat.v4.new_code_cell(src) for src, _ in CELLS]
    client = NotebookClient(nb, kernel_name="threadlab", timeout=60, startup_timeout=60)
    client.execute()
    failures = []
    for i, (cell, (_, check)) in enumerate(zip(nb.cells, CELLS)):
        if not check(cell.outputs):
            failures.append(f"cell {i}: unexpected outputs {cell.outputs!r}")
        if cell.execution_count != i + 1:
            failures.append(f"cell {i}: execution_count {cell.execution_count}, expected {i + 1}")
    lang = nb.metadata.get("language_info", {})
    if lang.get("name") != "java" or lang.get("file_extension") != ".java":
        failures.append(f"language_info not recorded in the notebook: {lang!r}")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(CELLS) - len([f for f in failures if f.startswith('cell')])} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
