#!/usr/bin/env bash
# Check the gold of bench/heldout25 without running any extractor:
#   bash bench/heldout25/check/run_checks.sh
# 1. check_gold.py (gold.json = gold_src.py output, evidence and keys verbatim, types, names, ...)
# 2. an empty graph scores 0 without error, with and without --ontology
# 3. a graph built from the gold scores 1.00 everywhere, with and without --ontology,
#    with no duplicates, type errors or forbidden person nodes
# Env: PY (a python with rdflib), SCORE (score.py). Temporary files go under $TMPDIR (default /tmp).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONTO="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/heldout25-check.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

echo "== check_gold"
"$PY" "$CHECK/check_gold.py" --score "$SCORE"

"$PY" "$CHECK/make_graph.py" "$TMP/empty.ttl" --empty --ontology "$ONTO" --score "$SCORE"
"$PY" "$CHECK/make_graph.py" "$TMP/gold.ttl" --ontology "$ONTO" --score "$SCORE"

assert() {  # assert MODE JSONFILE LABEL
  "$PY" - "$1" "$2" "$3" <<'EOF'
import json, sys
mode, path, label = sys.argv[1:]
m = json.load(open(path))
rates = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
         "relation_recall", "entity_recall", "person_precision"]
bad = []
if mode == "empty":
    for k in ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
    for k in ["attributions", "stance_triples", "position_facts", "person_nodes", "entity_duplicates",
              "entity_type_errors", "forbidden_person_nodes"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
else:
    for k in rates:
        if abs(m[k] - 1.0) > 1e-9:
            bad.append(f"{k}={m[k]}")
    for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"]:
        if m[k] != 0:
            bad.append(f"{k}={m[k]}")
    for k in ["quotes_missed", "wrong_attributions", "stances_missed", "wrong_stances", "positions_missed",
              "relations_missed", "entities_missing", "duplicated", "mistyped", "non_persons_as_person"]:
        if m[k]:
            bad.append(f"{k}={m[k]}")
print(f"{label}: {'OK' if not bad else 'FAIL ' + '; '.join(bad)}")
sys.exit(1 if bad else 0)
EOF
}

status=0
for kind in empty gold; do
  for onto in no yes; do
    args=()
    [ "$onto" = yes ] && args=(--ontology "$ONTO")
    out="$TMP/$kind-$onto.json"
    "$PY" "$SCORE" "$TMP/$kind.ttl" "$SET/gold.json" "${args[@]}" --docs "$SET/articles" --json > "$out"
    assert "$kind" "$out" "== $kind graph, ontology=$onto" || status=1
  done
done
"$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" --ontology "$ONTO" --docs "$SET/articles" | tail -n 1
if [ "$status" -ne 0 ]; then
  echo "run_checks: FAILED"
  exit 1
fi
echo "run_checks: all checks pass"
