#!/usr/bin/env bash
# Regenerate nothing; check gold.json against gold_src.py, the articles and score.py.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
exec "$PY" "$HERE/check_gold.py"
