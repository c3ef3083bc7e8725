"""Checks that each notebook file is valid nbformat 4 and exactly what nbformat itself writes for it.

    /usr/bin/python3 nbformat_same.py FILE...

Exit status 0 when every file passes; otherwise prints each file that differs and how.
"""
import difflib
import io
import sys

import nbformat

failed = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    nb = nbformat.reads(text, as_version=4)
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as e:
        print("%s is not a valid notebook: %s" % (path, e))
        failed += 1
        continue
    out = io.StringIO()
    nbformat.write(nb, out)
    if out.getvalue() != text:
        failed += 1
        print("%s differs from what nbformat writes:" % path)
        sys.stdout.writelines(difflib.unified_diff(text.splitlines(True), out.getvalue().splitlines(True),
                                                   "threadlab", "nbformat", n=2))
print("%d of %d notebooks are what nbformat writes" % (len(sys.argv) - 1 - failed, len(sys.argv) - 1))
sys.exit(1 if failed else 0)
