#!/usr/bin/env bash
# Check the gold of bench/heldout37:  bash bench/heldout37/check/run_checks.sh
# 1. gold.json is exactly what check/gold_src.py writes; 2. check/check_gold.py (articles, names, score.py).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
if ! "$PY" "$HERE/gold_src.py" --stdout | cmp -s - "$HERE/../gold.json"; then
  echo "FAILED: gold.json differs from the output of check/gold_src.py" >&2
  exit 1
fi
echo "ok: gold.json equals the output of check/gold_src.py"
"$PY" "$HERE/check_gold.py" "$@"
