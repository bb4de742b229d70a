#!/usr/bin/env bash
# Regenerate gold.json from gold_src.py into a temp file and run the checks:  bash bench/heldout60/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/check_gold.py"
