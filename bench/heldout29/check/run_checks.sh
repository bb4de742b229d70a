#!/usr/bin/env bash
# Check bench/heldout29/gold.json:  bash bench/heldout29/check/run_checks.sh
# Env: PY (a python with rdflib; default .venv/bin/python of the repository), SCORE (shared/eval/score.py).
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
export SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONTO="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "== static checks"
"$PY" "$CHECK/check_gold.py"

echo "== graphs"
"$PY" "$CHECK/make_graph.py" empty "$TMP/empty.ttl"
"$PY" "$CHECK/make_graph.py" gold "$TMP/gold.ttl"

run() {  # graph, label, extra args
  local graph="$1" label="$2"; shift 2
  "$PY" "$SCORE" "$graph" "$SET/gold.json" --docs "$SET/articles" --json "$@" > "$TMP/$label.json"
}
run "$TMP/empty.ttl" empty
run "$TMP/empty.ttl" empty-onto --ontology "$ONTO"
run "$TMP/gold.ttl" gold
run "$TMP/gold.ttl" gold-onto --ontology "$ONTO"

echo "== scores"
"$PY" - "$TMP" <<'PYEOF'
import json, sys
from pathlib import Path
tmp = Path(sys.argv[1])
recalls = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
bad = []
for label in ("empty", "empty-onto"):
    m = json.loads((tmp / f"{label}.json").read_text())
    for k in recalls + ["attribution_precision", "stance_precision"]:
        if m[k] != 0:
            bad.append(f"{label}: {k} = {m[k]} (want 0)")
    print(f"{label}: " + " ".join(f"{k}={m[k]:.2f}" for k in recalls))
for label in ("gold", "gold-onto"):
    m = json.loads((tmp / f"{label}.json").read_text())
    for k in recalls + ["attribution_precision", "stance_precision", "person_precision"]:
        if m[k] != 1.0:
            bad.append(f"{label}: {k} = {m[k]} (want 1.00)")
    for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"):
        if m[k] != 0:
            bad.append(f"{label}: {k} = {m[k]} (want 0)")
    for k in ("entities_missing", "duplicated", "mistyped", "non_persons_as_person", "quotes_missed",
              "wrong_attributions", "stances_missed", "wrong_stances", "positions_missed", "relations_missed"):
        if m[k]:
            bad.append(f"{label}: {k} = {m[k]}")
    print(f"{label}: " + " ".join(f"{k}={m[k]:.2f}" for k in recalls + ["attribution_precision",
          "stance_precision", "person_precision"]) + f" dup={m['entity_duplicates']} "
          f"typeErr={m['entity_type_errors']} forbidden={m['forbidden_person_nodes']}")
if bad:
    print("run_checks: FAILED", *bad, sep="\n  ")
    sys.exit(1)
print("run_checks: all checks pass")
PYEOF
