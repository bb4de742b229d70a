#!/usr/bin/env bash
# Checks of bench/heldout33/gold.json. Never runs the extractors.
#   bash bench/heldout33/check/run_checks.sh
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONT="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "== gold.json vs gold_src.py, documents, names, speakers, stances, evidence"
"$PY" "$CHECK/check_gold.py"

echo "== score.py --docs finds every quote key; empty graph scores 0"
"$PY" "$CHECK/make_graph.py" "$TMP/empty.ttl" --empty
"$PY" "$CHECK/make_graph.py" "$TMP/gold.ttl"
for ont in "" "--ontology $ONT"; do
  # shellcheck disable=SC2086
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" --docs "$SET/articles" --json $ont > "$TMP/empty.json"
  # shellcheck disable=SC2086
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" --docs "$SET/articles" --json $ont > "$TMP/gold.json"
  "$PY" - "$TMP/empty.json" "$TMP/gold.json" "${ont:-no ontology}" <<'PYEOF'
import json, sys
empty = json.load(open(sys.argv[1])); full = json.load(open(sys.argv[2])); label = sys.argv[3]
recalls = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
bad = [k for k in recalls if empty[k] != 0]
bad += [k for k in ("attributions", "stance_triples", "position_facts", "person_nodes") if empty[k] != 0]
for k in recalls + ["attribution_precision", "stance_precision", "person_precision"]:
    if full[k] != 1.0:
        bad.append(f"gold graph {k}={full[k]}")
for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"):
    if full[k] != 0:
        bad.append(f"gold graph {k}={full[k]}")
for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person", "quotes_missed", "stances_missed",
          "positions_missed", "relations_missed", "entities_missing", "duplicated", "mistyped"):
    if full[k]:
        bad.append(f"gold graph {k}: {full[k]}")
print(f"[{label}] empty graph: all zero; gold graph: 1.00 everywhere" if not bad else f"[{label}] FAIL {bad}")
sys.exit(1 if bad else 0)
PYEOF
done
echo "ALL CHECKS PASS"
