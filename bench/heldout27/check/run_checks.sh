#!/usr/bin/env bash
# Check bench/heldout27/gold.json: consistency, empty graph -> 0, gold graph -> 1.00.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$HERE")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="$ROOT/../shared/eval/score.py"
ONTO="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d /tmp/h27/checks.XXXX)"
trap 'rm -rf "$TMP"' EXIT
"$PY" "$HERE/check_gold.py"
NS="$(grep -E '^@prefix ng:' "$ONTO" | sed -E 's/.*<([^>]+)>.*/\1/')"
printf '@prefix ng: <%s> .\n' "$NS" > "$TMP/empty.ttl"
"$PY" "$HERE/make_graph.py" "$TMP/gold.ttl"
for ont in "" "--ontology $ONTO"; do
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" $ont --docs "$SET/articles" --json > "$TMP/e.json"
  "$PY" - "$TMP/e.json" <<'PYEOF'
import json, sys
m = json.load(open(sys.argv[1]))
for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
    assert m[k] == 0, (k, m[k])
print("empty graph scores 0: ok")
PYEOF
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" $ont --docs "$SET/articles" --json > "$TMP/g.json"
  "$PY" - "$TMP/g.json" <<'PYEOF'
import json, sys
m = json.load(open(sys.argv[1]))
for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
          "relation_recall", "entity_recall", "person_precision"):
    assert m[k] == 1.0, (k, m[k], m)
for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
    assert m[k] == 0, (k, m[k])
print("gold graph scores 1.00: ok")
PYEOF
done
echo "run_checks: all checks passed"
