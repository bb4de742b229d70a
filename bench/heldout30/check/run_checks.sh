#!/usr/bin/env bash
# Check bench/heldout30/gold.json:  bash bench/heldout30/check/run_checks.sh
# Runs no extractor: only check_gold.py and score.py on graphs built from the gold itself.
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
ROOT="$(cd "$SET/../.." && pwd)"
PY="${PY:-$ROOT/.venv/bin/python}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
ONTO="$ROOT/ontology/kg.ttl"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$PY" "$CHECK/check_gold.py"

"$PY" "$CHECK/make_graph.py" "$TMP/empty.ttl" --empty
"$PY" "$CHECK/make_graph.py" "$TMP/gold.ttl"

"$PY" - "$PY" "$SCORE" "$SET" "$ONTO" "$TMP" <<'PYEOF'
import json, subprocess, sys
py, score, set_dir, onto, tmp = sys.argv[1:]
fail = []

def run(graph, *extra):
    cmd = [py, score, f"{tmp}/{graph}", f"{set_dir}/gold.json", "--docs", f"{set_dir}/articles", "--json", *extra]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        fail.append(f"{graph} {extra}: score.py exit {p.returncode}: {p.stdout}{p.stderr}")
        return None
    return json.loads(p.stdout)

RECALLS = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
for extra in ([], ["--ontology", onto]):
    m = run("empty.ttl", *extra)
    if m is not None:
        bad = {k: m[k] for k in RECALLS + ["attributions", "stance_triples", "position_facts", "person_nodes"] if m[k]}
        if bad:
            fail.append(f"empty graph {extra}: nonzero {bad}")
        else:
            print(f"empty graph {extra or ''}: all 0")
    m = run("gold.ttl", *extra)
    if m is not None:
        want_one = RECALLS + ["attribution_precision", "stance_precision", "person_precision"]
        bad = {k: m[k] for k in want_one if m[k] != 1.0}
        bad.update({k: m[k] for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"] if m[k]})
        bad.update({k: m[k] for k in ["wrong_attributions", "wrong_stances", "non_persons_as_person",
                                       "quotes_missed", "stances_missed", "positions_missed",
                                       "relations_missed", "entities_missing"] if m[k]})
        if bad:
            fail.append(f"gold graph {extra}: {bad}")
        else:
            print(f"gold graph {extra or ''}: 1.00 everywhere, no duplicates, type errors, wrong items or forbidden person nodes")
if fail:
    print("run_checks: FAILED", *fail, sep="\n  ")
    sys.exit(1)
PYEOF
echo "run_checks: all checks passed"
