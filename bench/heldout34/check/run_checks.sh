#!/usr/bin/env bash
# Check bench/heldout34/gold.json against the articles and the scorer (no extractor involved).
#
#   bash bench/heldout34/check/run_checks.sh
#
# Env: PY (a python with rdflib), SCORE (shared/eval/score.py), ONTOLOGY (ontology/kg.ttl).
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONTOLOGY="${ONTOLOGY:-$ROOT/ontology/kg.ttl}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "1. gold.json equals the output of check/gold_src.py"
"$PY" "$CHECK/gold_src.py" "$TMP/gold.json"
cmp "$TMP/gold.json" "$SET/gold.json"

echo "2. gold.json against the articles"
"$PY" "$CHECK/check_gold.py"

echo "3. check graphs built from the gold"
"$PY" "$CHECK/make_graph.py" "$SET/gold.json" "$TMP/gold.ttl" "$TMP/empty.ttl"

echo "4. score.py on the empty graph and on the gold graph, with and without --ontology"
for graph in empty gold; do
  for ont in no yes; do
    args=("$TMP/$graph.ttl" "$SET/gold.json" --docs "$SET/articles" --json)
    [ "$ont" = yes ] && args+=(--ontology "$ONTOLOGY")
    "$PY" "$SCORE" "${args[@]}" > "$TMP/$graph-$ont.json"
    "$PY" - "$TMP/$graph-$ont.json" "$graph" "$ont" <<'PYEOF'
import json, sys
m = json.load(open(sys.argv[1])); graph, ont = sys.argv[2], sys.argv[3]
recalls = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
bad = []
if graph == "empty":
    bad += [k for k in recalls if m[k] != 0]
    bad += [k for k in ("attributions", "stance_triples", "position_facts", "person_nodes") if m[k] != 0]
else:
    bad += [k for k in recalls + ["attribution_precision", "stance_precision", "person_precision"] if m[k] != 1]
    bad += [k for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                        "quotes_found_wrong_speaker") if m[k] != 0]
    bad += [k for k in ("entities_missing", "duplicated", "mistyped", "non_persons_as_person", "quotes_missed",
                        "wrong_attributions", "stances_missed", "wrong_stances", "positions_missed",
                        "relations_missed") if m[k]]
print(f"   {graph} graph, ontology={ont}: " + ("OK" if not bad else f"FAIL {bad}"))
sys.exit(1 if bad else 0)
PYEOF
  done
done
echo "all checks passed"
