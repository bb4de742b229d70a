#!/usr/bin/env bash
# Check the gold of bench/heldout70:  bash bench/heldout70/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
