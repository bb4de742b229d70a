#!/usr/bin/env bash
# Build the graph of the third held-out development set and score it against gold.json.
#
#   bash bench/heldout3/run.sh [OUT_DIR]       (default OUT_DIR: /tmp/heldout3-out)
#
# Env: KG (the kg command), PY (a python with rdflib), SCORE (score.py),
#      KG_MODEL etc. are passed through to `kg build`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${1:-/tmp/heldout3-out}"
KG="${KG:-$ROOT/.venv/bin/kg}"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
[ -f "$SCORE" ] || SCORE=/work/shared/eval/score.py
if [ ! -f "$SCORE" ]; then
  echo "run.sh: score.py not found (set SCORE=path/to/shared/eval/score.py)" >&2
  exit 2
fi

cd "$ROOT"
"$KG" build "$HERE/articles" --out "$OUT" --no-view
# --docs first checks that every gold quote key occurs in the articles (exit 2 if not)
"$PY" "$SCORE" "$OUT/graph.ttl" "$HERE/gold.json" --ontology "$ROOT/ontology/kg.ttl" --docs "$HERE/articles"
