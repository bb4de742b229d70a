#!/usr/bin/env python3
"""Check bench/heldout44/gold.json against the articles, an empty graph and a graph built from the gold.

    /work/main/.venv/bin/python bench/heldout44/check/check_gold.py
"""
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
ARTS = SET / "articles"
PY = sys.executable
errors = []


def err(msg):
    errors.append(msg)


spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
src = importlib.util.module_from_spec(spec)
spec.loader.exec_module(src)
norm = None
sspec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(sspec)
sspec.loader.exec_module(score)
norm = score.norm

# (1) gold.json is the output of gold_src.py; word counts
gold_text = (SET / "gold.json").read_text(encoding="utf-8")
if gold_text != src.render():
    err("gold.json differs from the output of gold_src.py")
gold = json.loads(gold_text)
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTS.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    err(f"documents {gold['documents']} != articles {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim strings
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]:
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        err(f"unattributed string not verbatim: {u}")
# keys of different speakers must not contain each other
for a in gold["quotes"]:
    for b in gold["quotes"]:
        if a is not b and a["speaker"] != b["speaker"] and norm(a["key"]) in norm(b["key"]):
            err(f"key '{a['key']}' ({a['speaker']}) occurs inside '{b['key']}' ({b['speaker']})")
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    res = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--docs", str(ARTS)],
                         capture_output=True, text=True)
    if res.returncode != 0:
        err(f"score.py --docs failed: {res.stdout} {res.stderr}")

    # (5) empty graph scores 0
    for extra in ([], ["--ontology", str(ONTO)]):
        res = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--json", *extra],
                             capture_output=True, text=True)
        if res.returncode != 0:
            err(f"empty graph {extra}: error {res.stderr}")
            continue
        m = json.loads(res.stdout)
        for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
            if m[k] != 0:
                err(f"empty graph {extra}: {k} = {m[k]}")

    # (6) graph built from the gold scores 1.00
    gg = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(gg)], check=True)
    for extra in ([], ["--ontology", str(ONTO)]):
        res = subprocess.run([PY, str(SCORE), str(gg), str(SET / "gold.json"), "--json", "--docs", str(ARTS),
                              *extra], capture_output=True, text=True)
        if res.returncode != 0:
            err(f"gold graph {extra}: error {res.stdout} {res.stderr}")
            continue
        m = json.loads(res.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                  "position_recall", "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1:
                err(f"gold graph {extra}: {k} = {m[k]}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                  "quotes_found_wrong_speaker"):
            if m[k] != 0:
                err(f"gold graph {extra}: {k} = {m[k]}")
        for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person", "quotes_missed",
                  "stances_missed", "positions_missed", "relations_missed", "entities_missing"):
            if m[k]:
                err(f"gold graph {extra}: {k} = {m[k]}")

# (3) ends are gold entities of the right type
etype = {e["name"]: e["type"] for e in gold["entities"]}
for q in gold["quotes"]:
    if etype.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/organisation/country: {q['speaker']}")
territories = [e for e in gold["entities"] if e["type"] == "Territory"]
for s in gold["stances"]:
    if etype.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [t for t in territories if norm(w) in {norm(n) for n in [t["name"], *t["aliases"]]}]
        if len(hits) != 1:
            err(f"territory wording '{w}' resolves to {len(hits)} territories")
for p in gold["positions"]:
    if etype.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in etype:
            err(f"relation end not a gold entity: {end}")

# (4) names unique, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            err(f"name '{n}' shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person names a gold person: {s}")
ntexts = {d: " " + norm(t) + " " for d, t in texts.items()}
for e in gold["entities"]:
    if not e.get("docs"):
        err(f"entity without docs: {e['name']}")
    for d in e.get("docs", []):
        if not any(" " + norm(n) + " " in ntexts[d] for n in [e["name"], *e["aliases"]]):
            err(f"entity not mentioned in {d}: {e['name']}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"OK: {len(texts)} articles, quotes {req(gold['quotes'])}/{len(gold['quotes']) - req(gold['quotes'])}, "
      f"stances {req(gold['stances'])}/{len(gold['stances']) - req(gold['stances'])} "
      f"(negative {sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])}), "
      f"positions {req(gold['positions'])}/{len(gold['positions']) - req(gold['positions'])} "
      f"(former {sum(p['former'] for p in gold['positions'])}), relations {len(gold['relations'])}, "
      f"entities {len(gold['entities'])}, unattributed {len(gold['unattributed'])}")
