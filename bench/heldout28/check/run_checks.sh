#!/usr/bin/env bash
# Checks bench/heldout28's gold: source, documents, an empty graph and a graph built from the gold.
# Run from anywhere:  bash bench/heldout28/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$HERE")"
ROOT="$(dirname "$(dirname "$SET")")"
SCORE="$(dirname "$ROOT")/shared/eval/score.py"
ONT="$ROOT/ontology/kg.ttl"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY=python3
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "== gold_src.py output equals gold.json"
"$PY" "$HERE/gold_src.py" --stdout | diff -q - "$SET/gold.json"

echo "== check_gold.py"
"$PY" "$HERE/check_gold.py"

printf '@prefix ng: <https://w3id.org/kg-news/ontology#> .\n' > "$TMP/empty.ttl"
"$PY" "$HERE/make_graph.py" "$TMP/gold.ttl"

verify() {  # verify NAME JSONFILE EXPECT(zero|one)
  "$PY" - "$1" "$2" "$3" <<'PYEOF'
import json, sys
name, path, want = sys.argv[1:]
m = json.load(open(path))
rates = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision",
         "position_recall", "relation_recall", "entity_recall"]
bad = []
if want == "zero":
    bad = [k for k in rates if k not in ("attribution_precision", "stance_precision") and m[k] != 0]
    bad += [k for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                        "attributions", "stance_triples", "position_facts") if m[k] != 0]
else:
    bad = [k for k in rates + ["person_precision"] if m[k] != 1.0]
    bad += [k for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes") if m[k] != 0]
    bad += [k for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person",
                        "quotes_missed", "stances_missed", "positions_missed", "relations_missed",
                        "entities_missing") if m[k]]
if bad:
    print(f"FAIL {name}: {bad}")
    print(json.dumps(m, indent=1, ensure_ascii=False))
    sys.exit(1)
print(f"ok   {name}")
PYEOF
}

for ont in "" "--ontology $ONT"; do
  label="${ont:+ with ontology}"
  echo "== score.py on an empty graph${label}"
  # shellcheck disable=SC2086
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" --docs "$SET/articles" $ont --json > "$TMP/empty.json"
  verify "empty graph${label}" "$TMP/empty.json" zero
  echo "== score.py on the gold graph${label}"
  # shellcheck disable=SC2086
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" --docs "$SET/articles" $ont --json > "$TMP/gold.json"
  verify "gold graph${label}" "$TMP/gold.json" one
  # shellcheck disable=SC2086
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" $ont | grep SUMMARY
done
echo "ALL CHECKS PASSED"
