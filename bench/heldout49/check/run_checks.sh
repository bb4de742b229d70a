#!/usr/bin/env bash
# Check the gold file of bench/heldout49:  bash bench/heldout49/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
