#!/usr/bin/env bash
# Regenerate gold.json and check it:  bash bench/heldout41/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
"$PY" "$HERE/gold_src.py" >/dev/null
"$PY" "$HERE/check_gold.py"
