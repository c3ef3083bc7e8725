#!/usr/bin/env bash
# Types a cell into `jupyter console --kernel threadlab` and checks the answer.
# Run by ConsoleIT with JUPYTER_PATH pointing at a kernelspec for the jars under test.
set -euo pipefail
out=$(printf 'int a = 20;\na * 2 + 2\nexit\n' | timeout 60 jupyter console --kernel threadlab --simple-prompt 2>&1) || {
  echo "$out"; echo "jupyter console failed or timed out" >&2; exit 1; }
echo "$out"
grep -q 'Out\[2\]: 42' <<<"$out" || { echo "expected 'Out[2]: 42' in the console output" >&2; exit 1; }
