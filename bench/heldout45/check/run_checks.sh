#!/usr/bin/env bash
# Check the gold of bench/heldout45:  bash bench/heldout45/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
