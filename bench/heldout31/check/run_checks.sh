#!/usr/bin/env bash
# Check bench/heldout31/gold.json without running any extractor:  bash bench/heldout31/check/run_checks.sh
# Env: PY (a python with rdflib), SCORE (score.py), ONTO (the project ontology), TMP (scratch folder).
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONTO="${ONTO:-$ROOT/ontology/kg.ttl}"
export PYTHONDONTWRITEBYTECODE=1
if [ -z "${TMP:-}" ]; then TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT; fi
mkdir -p "$TMP"

echo "== gold.json vs gold_src.py, articles, entities, stances, positions, relations"
"$PY" "$CHECK/check_gold.py" --score "$SCORE"

echo "== graphs"
"$PY" "$CHECK/make_graph.py" --empty "$TMP/empty.ttl"
"$PY" "$CHECK/make_graph.py" "$TMP/gold.ttl"

check() {  # check NAME EXPECT JSONFILE
  "$PY" - "$1" "$2" "$3" <<'PYEOF'
import json, sys
name, expect, path = sys.argv[1:]
m = json.load(open(path))
rates = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
bad = []
if expect == "empty":
    for k in rates + ["stance_precision", "attribution_precision"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
    # with --ontology the ontology's own triples are counted, so `triples` is only 0 without it
    for k in (["triples"] if "ontology=no" in name else []) + ["attributions", "stance_triples", "person_nodes",
                                                                "position_facts"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
else:
    for k in rates + ["stance_precision", "attribution_precision", "person_precision"]:
        if m[k] != 1.0:
            bad.append(f"{k}={m[k]}")
    for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
    for k in ["wrong_attributions", "wrong_stances", "non_persons_as_person", "quotes_missed",
              "stances_missed", "positions_missed", "relations_missed", "entities_missing", "duplicated", "mistyped"]:
        if m[k]:
            bad.append(f"{k}={m[k]}")
if bad:
    print(f"  FAIL {name}: " + "; ".join(map(str, bad)))
    sys.exit(1)
print(f"  ok   {name}")
PYEOF
}

for onto in no yes; do
  opt=(); [ "$onto" = yes ] && opt=(--ontology "$ONTO")
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" "${opt[@]}" --docs "$SET/articles" --json > "$TMP/empty-$onto.json"
  check "empty graph, ontology=$onto" empty "$TMP/empty-$onto.json"
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" "${opt[@]}" --docs "$SET/articles" --json > "$TMP/gold-$onto.json"
  check "gold graph, ontology=$onto" gold "$TMP/gold-$onto.json"
done
echo "run_checks: all checks pass"
