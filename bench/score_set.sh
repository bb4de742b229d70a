#!/usr/bin/env bash
# Build the graph of one evaluation set (a folder with articles/ and gold.json) and score it.
#
#   bash bench/score_set.sh SET_DIR [OUT_DIR]      (default OUT_DIR: /tmp/<set name>-out)
#
# Env: KG (the kg command), PY (a python with rdflib), SCORE (score.py);
#      KG_MODEL etc. are passed through to `kg build`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SET="$(cd "$1" && pwd)"
OUT="${2:-/tmp/$(basename "$SET")-out}"
KG="${KG:-$ROOT/.venv/bin/kg}"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
if [ ! -f "$SCORE" ]; then
  echo "score_set.sh: score.py not found (set SCORE=path/to/shared/eval/score.py)" >&2
  exit 2
fi
cd "$ROOT"
"$KG" build "$SET/articles" --out "$OUT" --no-view
# --docs first checks that every gold quote key occurs in the articles (exit 2 if not)
"$PY" "$SCORE" "$OUT/graph.ttl" "$SET/gold.json" --ontology "$ROOT/ontology/kg.ttl" --docs "$SET/articles"
