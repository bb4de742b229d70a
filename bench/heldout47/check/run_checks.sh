#!/usr/bin/env bash
# Check heldout47's gold:  bash bench/heldout47/check/run_checks.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
/work/main/.venv/bin/python gold_src.py
exec /work/main/.venv/bin/python check_gold.py
