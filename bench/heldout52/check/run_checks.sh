#!/usr/bin/env bash
# Regenerate gold.json from gold_src.py into a temp file, then run all checks.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/check_gold.py"
