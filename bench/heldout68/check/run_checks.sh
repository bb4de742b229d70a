#!/usr/bin/env bash
# Regenerate gold.json from gold_src.py and check it:  bash bench/heldout68/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
"$PY" "$HERE/gold_src.py"
"$PY" "$HERE/check_gold.py"
