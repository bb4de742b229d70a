#!/usr/bin/env bash
# Check the gold file of this held-out set:  bash bench/heldout39/check/run_checks.sh
# Env: PY (a python with rdflib; default .venv/bin/python of the repository), SCORE (score.py).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
