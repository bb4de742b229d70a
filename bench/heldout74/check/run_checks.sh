#!/usr/bin/env bash
# Check bench/heldout74/gold.json against its articles and score.py.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
