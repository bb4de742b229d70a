#!/usr/bin/env bash
# Check the gold of this set:  bash bench/<set>/check/run_checks.sh
set -euo pipefail
exec /work/main/.venv/bin/python "$(dirname "${BASH_SOURCE[0]}")/check_gold.py"
