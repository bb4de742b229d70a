#!/usr/bin/env bash
# Check the heldout42 gold:  bash bench/heldout42/check/run_checks.sh
set -euo pipefail
exec /work/main/.venv/bin/python "$(dirname "${BASH_SOURCE[0]}")/check_gold.py"
