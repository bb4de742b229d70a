#!/usr/bin/env bash
# Check the gold of bench/heldout23 against its articles, an empty graph and a graph built from the gold.
#   bash bench/heldout23/check/run_checks.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$HERE")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONTO="${ONTO:-$ROOT/ontology/kg.ttl}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "== check_gold.py"
"$PY" "$HERE/check_gold.py"

echo "== score.py --docs (gold keys in the articles)"
"$PY" "$HERE/make_graph.py" "$TMP/empty.ttl" --empty --ontology "$ONTO" >/dev/null
"$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" --docs "$SET/articles" --json >/dev/null
echo "ok"

for ONT in "" "--ontology $ONTO"; do
  echo "== empty graph ${ONT:+(with $ONT)}"
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" $ONT --json >"$TMP/empty.json"
  "$PY" - "$TMP/empty.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
keys = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision",
        "position_recall", "relation_recall", "entity_recall"]
bad = {k: m[k] for k in keys if m[k] != 0}
bad.update({k: m[k] for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "person_nodes") if m[k]})
print("  " + " ".join(f"{k}={m[k]}" for k in keys), f"(person_precision={m['person_precision']} is vacuous: no person nodes)")
sys.exit(f"  FAIL {bad}" if bad else 0)
EOF
  echo "== gold graph ${ONT:+(with $ONT)}"
  "$PY" "$HERE/make_graph.py" "$TMP/gold.ttl" --ontology "$ONTO" >/dev/null
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" $ONT
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" $ONT --json >"$TMP/gold.json"
  "$PY" - "$TMP/gold.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
ones = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
        "relation_recall", "entity_recall", "person_precision"]
zeros = ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]
bad = {k: m[k] for k in ones if m[k] != 1} | {k: m[k] for k in zeros if m[k] != 0}
bad |= {k: m[k] for k in ("quotes_missed", "wrong_attributions", "stances_missed", "wrong_stances",
                          "positions_missed", "relations_missed", "entities_missing",
                          "non_persons_as_person") if m[k]}
sys.exit(f"  FAIL {bad}" if bad else 0)
EOF
  echo "  ok: 1.00 everywhere, no duplicates, no type errors, no forbidden person nodes"
done
echo "== all checks passed"
