#!/usr/bin/env bash
# Check bench/heldout57/gold.json:  bash bench/heldout57/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/gold_src.py"
exec "$PY" "$HERE/check_gold.py"
