#!/usr/bin/env bash
# Check the gold of bench/heldout64 (regenerate gold.json first with check/gold_src.py):  bash bench/heldout64/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
