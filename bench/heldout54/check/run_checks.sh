#!/usr/bin/env bash
# Regenerate nothing; check that gold.json matches gold_src.py, the articles and score.py.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-/work/main/.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
