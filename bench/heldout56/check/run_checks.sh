#!/usr/bin/env bash
# Check the gold of bench/heldout56:  bash bench/heldout56/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
PYTHONDONTWRITEBYTECODE=1 exec "$PY" "$HERE/check_gold.py"
