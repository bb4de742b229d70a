#!/usr/bin/env bash
# Checks the gold file of bench/heldout35 (no project code is run):  bash bench/heldout35/check/run_checks.sh
set -euo pipefail
CHECK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$CHECK")"
PY="${PY:-/work/main/.venv/bin/python}"
SCORE="${SCORE:-/work/shared/eval/score.py}"
ONT="${ONT:-/work/main/ontology/kg.ttl}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/heldout35-check.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

echo "1. gold.json = gold_src.py output; keys, evidence, names and entities against the articles"
"$PY" "$CHECK/check_gold.py"

"$PY" "$CHECK/make_graph.py" empty > "$TMP/empty.ttl"
"$PY" "$CHECK/make_graph.py" gold > "$TMP/gold.ttl"
for ont in none ontology; do
  args=(); [ "$ont" = ontology ] && args=(--ontology "$ONT")
  echo "2. empty graph scores 0 without error ($ont)"
  "$PY" "$SCORE" "$TMP/empty.ttl" "$SET/gold.json" "${args[@]}" --docs "$SET/articles" --json > "$TMP/empty.json"
  "$PY" "$CHECK/check_gold.py" --empty "$TMP/empty.json"
  echo "3. gold graph scores 1.00 everywhere, score.py --docs finds every key ($ont)"
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" "${args[@]}" --docs "$SET/articles" --json > "$TMP/gold.json"
  "$PY" "$CHECK/check_gold.py" --full "$TMP/gold.json"
  "$PY" "$SCORE" "$TMP/gold.ttl" "$SET/gold.json" "${args[@]}" --docs "$SET/articles" | grep '^SUMMARY'
done
echo "all checks passed"
