#!/usr/bin/env bash
# Regenerate nothing; check that gold.json matches gold_src.py and passes every check.
#   bash bench/heldout51/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
