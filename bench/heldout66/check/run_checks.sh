#!/usr/bin/env bash
# Check bench/heldout66/gold.json:  bash bench/heldout66/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/check_gold.py"
