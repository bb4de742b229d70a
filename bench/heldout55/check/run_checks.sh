#!/usr/bin/env bash
# Run every check on gold.json (regenerate it first with gold_src.py if you edit the source):
#   bash bench/heldout55/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
"$PY" "$HERE/check_gold.py"
