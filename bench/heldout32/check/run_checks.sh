#!/usr/bin/env bash
# Check the gold of bench/heldout32 (no extractor is run):  bash bench/heldout32/check/run_checks.sh
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONT="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$PY" "$CHECK/gold_src.py" >/dev/null
"$PY" "$CHECK/check_gold.py"

"$PY" "$CHECK/make_graph.py" --empty "$TMP/empty.ttl"
"$PY" "$CHECK/make_graph.py" "$SET/gold.json" "$TMP/gold.ttl"

fail=0
for ont in "" "--ontology $ONT"; do
  # an empty graph scores 0 without error; --docs checks that every quote key occurs in the articles
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" $ont --docs "$SET/articles" --json > "$TMP/e.json"
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" $ont --docs "$SET/articles" --json > "$TMP/g.json"
  "$PY" - "$TMP/e.json" "$TMP/g.json" "${ont:-(no ontology)}" <<'PYEOF' || fail=1
import json, sys
e = json.load(open(sys.argv[1])); g = json.load(open(sys.argv[2])); label = sys.argv[3]
rates = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
errs = []
for k in rates:
    if e[k] != 0:
        errs.append(f"empty graph: {k}={e[k]}")
for k in rates + ["attribution_precision", "stance_precision", "person_precision"]:
    if g[k] != 1.0:
        errs.append(f"gold graph: {k}={g[k]}")
for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"]:
    if g[k] != 0:
        errs.append(f"gold graph: {k}={g[k]}")
for k in ["entities_missing", "duplicated", "mistyped", "non_persons_as_person", "quotes_missed",
          "wrong_attributions", "stances_missed", "wrong_stances", "positions_missed", "relations_missed"]:
    if g[k]:
        errs.append(f"gold graph: {k}={g[k][:5]}")
if errs:
    print(f"score checks {label}: FAIL", *errs, sep="\n  ")
    sys.exit(1)
print(f"score checks {label}: OK (empty graph 0, gold graph 1.00; {g['attributions']} attributions, "
      f"{g['stance_triples']} stance triples, {g['position_facts']} positions)")
PYEOF
done
[ "$fail" = 0 ] && echo "run_checks: ALL OK" || { echo "run_checks: FAILED"; exit 1; }
