#!/usr/bin/env bash
# Check the gold of bench/heldout62:  bash bench/heldout62/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/check_gold.py"
