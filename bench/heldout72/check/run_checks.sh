#!/usr/bin/env bash
# Regenerate and check the gold of bench/heldout72:  bash bench/heldout72/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY="${PY:-$HERE/../../../.venv/bin/python}"
"$PY" "$HERE/check_gold.py"
