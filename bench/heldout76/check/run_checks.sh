#!/usr/bin/env bash
# Regenerate gold.json and check it:  bash bench/heldout76/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/gold_src.py"
"$PY" "$HERE/check_gold.py"
