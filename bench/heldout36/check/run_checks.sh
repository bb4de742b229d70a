#!/usr/bin/env bash
# Check bench/heldout36/gold.json: static checks, then score.py on an empty graph and on a graph
# built from the gold itself, with and without the ontology. Never runs kg or any extractor.
#   bash bench/heldout36/check/run_checks.sh
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
[ -f "$SCORE" ] || SCORE=/work/shared/eval/score.py
ONT="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$PY" "$CHECK/check_gold.py"
"$PY" "$CHECK/make_graph.py" empty "$TMP/empty.ttl"
"$PY" "$CHECK/make_graph.py" gold "$TMP/gold.ttl"
# --docs: every gold quote key occurs in the articles (exit 2 otherwise)
"$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" --docs "$SET/articles" > /dev/null
for g in empty gold; do
  "$PY" "$SCORE" "$TMP/$g.ttl" "$SET/gold.json" --docs "$SET/articles" --json > "$TMP/$g.json"
  "$PY" "$CHECK/check_gold.py" --scores "$TMP/$g.json" "$g"
  "$PY" "$SCORE" "$TMP/$g.ttl" "$SET/gold.json" --docs "$SET/articles" --ontology "$ONT" --json > "$TMP/$g-ont.json"
  "$PY" "$CHECK/check_gold.py" --scores "$TMP/$g-ont.json" "$g"
done
"$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" --ontology "$ONT" --docs "$SET/articles" | tail -n 1
echo "run_checks: all checks passed"
