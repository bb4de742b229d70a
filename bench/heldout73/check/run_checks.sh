#!/usr/bin/env bash
# Check bench/heldout73/gold.json:  bash bench/heldout73/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
"$PY" "$HERE/gold_src.py"
"$PY" "$HERE/check_gold.py"
