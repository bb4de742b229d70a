#!/usr/bin/env bash
# Regenerate gold.json from check/gold_src.py and run every check on it:
#   bash bench/heldout38/check/run_checks.sh
# Env: PY (a python with rdflib), SCORE (shared/eval/score.py), ONTOLOGY (ontology/kg.ttl).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
"$PY" "$HERE/gold_src.py"
exec "$PY" "$HERE/check_gold.py"
