#!/usr/bin/env bash
# Self-checks of bench/heldout26's gold (no extractor is run).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$HERE")"; ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"; SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"; ONT="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
"$PY" "$HERE/check_gold.py"
printf '@prefix ng: <%s> .\n' "$(grep -oP '@prefix\s+ng:\s*<\K[^>]+' "$ONT")" > "$TMP/empty.ttl"
"$PY" "$HERE/make_graph.py" "$SET/gold.json" "$TMP/gold.ttl" "$ONT"
fail=0
for ont in "" "--ontology $ONT"; do
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" $ont --docs "$SET/articles" --json > "$TMP/e.json"
  "$PY" - "$TMP/e.json" <<'PY' || fail=1
import json, sys
m = json.load(open(sys.argv[1]))
keys = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
bad = [k for k in keys if m[k] != 0]
print("empty graph:", "OK" if not bad else f"FAIL {bad}")
sys.exit(1 if bad else 0)
PY
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" $ont --docs "$SET/articles" --json > "$TMP/g.json"
  "$PY" - "$TMP/g.json" <<'PY' || fail=1
import json, sys
m = json.load(open(sys.argv[1]))
ones = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
        "relation_recall", "entity_recall", "person_precision"]
zeros = ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]
bad = [k for k in ones if m[k] != 1] + [k for k in zeros if m[k] != 0]
print("gold graph:", "OK" if not bad else f"FAIL {bad} {json.dumps({k: m[k] for k in bad})}")
sys.exit(1 if bad else 0)
PY
done
[ "$fail" = 0 ] && echo "run_checks: ALL OK" || { echo "run_checks: FAIL"; exit 1; }
