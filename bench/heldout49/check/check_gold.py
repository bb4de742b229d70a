#!/usr/bin/env python3
"""Checks for bench/heldout49/gold.json (run through run_checks.sh). Exit 1 on any failure."""
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
ART = SET / "articles"
GOLD = SET / "gold.json"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable

spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm

errors = []
def fail(msg):
    errors.append(msg)

# (1) gold.json is exactly the output of gold_src.py; article lengths
spec2 = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
src = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(src)
if GOLD.read_text(encoding="utf-8") != src.render():
    fail("gold.json differs from the output of gold_src.py")
gold = json.loads(GOLD.read_text(encoding="utf-8"))
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    fail(f"documents differ: {sorted(texts)} vs {gold['documents']}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")
ntexts = {k: " " + norm(v) + " " for k, v in texts.items()}

# (2) verbatim occurrence
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            fail(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]:
                fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        fail(f"unattributed not in any article: {u}")
missing = score.check_keys(gold, ART)
if missing:
    fail(f"score.check_keys misses: {missing}")
# partial keys must not match inside a quote of another speaker
for a in gold["quotes"]:
    for b in gold["quotes"]:
        if a is not b and a["speaker"] != b["speaker"] and norm(a["key"]) in norm(b["key"]):
            fail(f"key {a['key']!r} occurs inside a key of another speaker")

# (3) ends are gold entities
by_name = {e["name"]: e for e in gold["entities"]}
types = {e["name"]: e["type"] for e in gold["entities"]}
for q in gold["quotes"]:
    if types.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {q['speaker']}")
for s in gold["stances"]:
    if types.get(s["country"]) != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    hits = set()
    for w in s["territory_any"]:
        for e in gold["entities"]:
            if e["type"] in ("Territory", "Country") and any(norm(w) in norm(n) for n in [e["name"], *e["aliases"]]):
                hits.add(e["name"])
    if len(hits) != 1:
        fail(f"stance territory {s['territory_any']} resolves to {sorted(hits)}")
    if s["stance"] not in ("recognises", "doesNotRecognise") or s["status"] not in ("required", "optional"):
        fail(f"bad stance entry {s}")
for p in gold["positions"]:
    if types.get(p["person"]) != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        fail(f"position without former flag: {p['person']}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in types:
            fail(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]:
            fail(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for np_ in gold["not_person"]:
    if norm(np_) in person_names:
        fail(f"not_person names a gold person: {np_}")
for e in gold["entities"]:
    for d in e.get("docs", gold["documents"]):
        if not any(" " + norm(n) + " " in ntexts[d] for n in [e["name"], *e["aliases"]]):
            fail(f"entity not mentioned in {d}: {e['name']}")


def run_score(ttl, onto):
    cmd = [PY, str(SCORE), ttl, str(GOLD), "--docs", str(ART), "--json"]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        fail(f"score.py failed ({res.returncode}): {res.stdout[-500:]} {res.stderr[-500:]}")
        return None
    return json.loads(res.stdout)


METRICS = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
           "relation_recall", "entity_recall", "person_precision"]
with tempfile.TemporaryDirectory() as tmp:
    empty, full = f"{tmp}/empty.ttl", f"{tmp}/full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(GOLD), empty, "--empty"], check=True)
    subprocess.run([PY, str(HERE / "make_graph.py"), str(GOLD), full], check=True)
    for onto in (False, True):
        # (5) empty graph scores 0
        m = run_score(empty, onto)
        if m is not None:
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0:
                    fail(f"empty graph (ontology={onto}): {k}={m[k]}")
        # (6) the gold graph scores 1.00
        m = run_score(full, onto)
        if m is not None:
            for k in METRICS:
                if abs(m[k] - 1.0) > 1e-9:
                    fail(f"gold graph (ontology={onto}): {k}={m[k]}")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]:
                    fail(f"gold graph (ontology={onto}): {k}={m[k]}")
            for k in ("wrong_attributions", "wrong_stances", "quotes_missed", "stances_missed",
                      "positions_missed", "relations_missed", "entities_missing", "non_persons_as_person"):
                if m[k]:
                    fail(f"gold graph (ontology={onto}): {k}: {m[k][:5]}")

req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"quotes {req(gold['quotes'])}/{len(gold['quotes']) - req(gold['quotes'])}, unattributed {len(gold['unattributed'])}, "
      f"stances {req(gold['stances'])}/{len(gold['stances']) - req(gold['stances'])} "
      f"(required negative {sum(s['stance'] == 'doesNotRecognise' and s['status'] == 'required' for s in gold['stances'])}), "
      f"positions {req(gold['positions'])}/{len(gold['positions']) - req(gold['positions'])} "
      f"(former {sum(p['former'] for p in gold['positions'])}), relations {len(gold['relations'])}, "
      f"entities {len(gold['entities'])}")
if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print("OK: all checks pass")
