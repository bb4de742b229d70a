#!/usr/bin/env bash
# Check bench/heldout24 without any extractor:  bash bench/heldout24/check/run_checks.sh
#   1. document checks (check_gold.py)
#   2. an empty graph (binds ng: only) scores 0 without error, with and without --ontology
#   3. a graph built from the gold scores 1.00 everywhere, with no duplicates, type errors
#      or forbidden person nodes, with and without --ontology
# Env: PY (a python with rdflib), SCORE (shared/eval/score.py).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONT="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "== 1. document checks"
"$PY" "$CHECK/check_gold.py" --score "$SCORE"

"$PY" "$CHECK/make_graph.py" empty "$TMP/empty.ttl"
"$PY" "$CHECK/make_graph.py" gold "$TMP/gold.ttl"

expect() {  # expect NAME JSONFILE MODE   (MODE: zero | perfect)
  "$PY" - "$1" "$2" "$3" <<'EOF'
import json, sys
name, path, mode = sys.argv[1:]
m = json.load(open(path))
rates = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
         "relation_recall", "entity_recall", "person_precision"]
bad = []
if mode == "zero":
    for k in ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
    for k in ["attributions", "stance_triples", "position_facts", "person_nodes",
              "entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
else:
    for k in rates:
        if m[k] != 1.0:
            bad.append(f"{k}={m[k]}")
    for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
    for k in ["entities_missing", "duplicated", "mistyped", "non_persons_as_person", "quotes_missed",
              "wrong_attributions", "stances_missed", "wrong_stances", "positions_missed", "relations_missed"]:
        if m[k]:
            bad.append(f"{k}={m[k]}")
print(f"{name}: " + ("OK" if not bad else "FAIL " + "; ".join(bad)))
sys.exit(1 if bad else 0)
EOF
}

echo "== 2. empty graph"
"$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" --docs "$SET/articles" --json > "$TMP/e1.json"
expect "empty, no ontology" "$TMP/e1.json" zero
"$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" --ontology "$ONT" --docs "$SET/articles" --json > "$TMP/e2.json"
expect "empty, --ontology" "$TMP/e2.json" zero

echo "== 3. gold graph"
"$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" --docs "$SET/articles" --json > "$TMP/g1.json"
expect "gold, no ontology" "$TMP/g1.json" perfect
"$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" --ontology "$ONT" --docs "$SET/articles" --json > "$TMP/g2.json"
expect "gold, --ontology" "$TMP/g2.json" perfect
"$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" --ontology "$ONT" --docs "$SET/articles" | grep '^SUMMARY'

echo "run_checks: ALL OK"
