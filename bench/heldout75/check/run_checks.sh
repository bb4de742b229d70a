#!/usr/bin/env bash
# Regenerate gold.json from gold_src.py and run every check:  bash bench/heldout75/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/gold_src.py"
"$PY" "$HERE/check_gold.py"
