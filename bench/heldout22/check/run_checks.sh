#!/usr/bin/env bash
# Re-run checks 1 and 2 on this set:  bash bench/heldout22/check/run_checks.sh
# (Reads the articles and the gold: do not run it while working on the extractors.)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$HERE")"
ROOT="${ROOT_DIR:-$(cd "$SET/../.." && pwd)}"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export SCORE
echo "== check 1: gold against the articles"
"$PY" "$HERE/check_gold.py" "$SET"
printf '@prefix ng: <https://w3id.org/kg-news/ontology#> .\n' > "$TMP/empty.ttl"
"$PY" "$HERE/make_graph.py" "$SET/gold.json" "$TMP/gold.ttl"
for ONT in "" "--ontology $ROOT/ontology/kg.ttl"; do
  echo "== empty graph ${ONT:+(with ontology)}"
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" $ONT --docs "$SET/articles" | tail -1
  echo "== check 2: graph built from the gold ${ONT:+(with ontology)}"
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" $ONT --docs "$SET/articles" | grep -E "^(entity_duplicates|entity_type_errors|forbidden_person_nodes|SUMMARY)"
done
