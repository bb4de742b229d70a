#!/usr/bin/env python3
"""Checks bench/heldout28/gold.json against gold_src.py and the articles.

    python check/check_gold.py      # exit 0 when every check passes
"""
import json
import sys as _s; _s.dont_write_bytecode = True
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent                      # the project root (…/main)
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402  (the scorer's own normalisation)

import gold_src  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != json.loads(gold_src.render()):
    err("gold.json differs from gold_src.py output (run check/gold_src.py)")

docs = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir() if p.is_file()}
if sorted(docs) != sorted(gold["documents"]):
    err(f"documents list {gold['documents']} != articles {sorted(docs)}")

ents = gold["entities"]
names = {e["name"]: [e["name"], *e["aliases"]] for e in ents}
etype = {e["name"]: e["type"] for e in ents}
seen = {}
for e in ents:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"name clash: {n!r} ({e['name']}) vs {seen[k]}")
        seen[k] = e["name"]
    if e["type"] not in {"Person", "Organization", "Country", "Territory", "Place"}:
        err(f"bad type {e['type']} for {e['name']}")

person_names = {norm(n) for e in ents if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person names a gold person: {s}")

# quotes: keys verbatim, speakers are gold persons/orgs/countries
for q in gold["quotes"]:
    if etype.get(q["speaker"]) not in {"Person", "Organization", "Country"}:
        err(f"quote speaker not a gold person/org/country: {q['speaker']}")
    if q["status"] not in {"required", "optional"}:
        err(f"bad status {q}")
    for d in q["docs"]:
        if q["key"] not in docs.get(d, ""):
            err(f"quote key not verbatim in {d}: {q['key']}")
for u in gold["unattributed"]:
    if not any(u in t for t in docs.values()):
        err(f"unattributed string not in any article: {u}")

territories = [e for e in ents if e["type"] == "Territory"]
for s in gold["stances"]:
    if etype.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in {"recognises", "doesNotRecognise"}:
        err(f"bad stance {s}")
    hits = {e["name"] for e in ents
            if any(norm(k) in norm(n) for k in s["territory_any"] for n in [e["name"], *e["aliases"]])}
    if len(hits) != 1 or etype[next(iter(hits))] != "Territory":
        err(f"stance territory {s['territory_any']} resolves to {sorted(hits)}")
    for d in s["docs"]:
        if s["evidence"] not in docs[d]:
            err(f"stance evidence not verbatim in {d}: {s['evidence']}")
        if not any(k in docs[d] for k in s["territory_any"]):
            err(f"stance territory wording not in {d}: {s['territory_any']}")

for p in gold["positions"]:
    if etype.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    for d in p["docs"]:
        if p["evidence"] not in docs[d]:
            err(f"position evidence not verbatim in {d}: {p['evidence']}")

for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in names:
            err(f"relation end not a gold entity: {end}")
    for d in r["docs"]:
        if r["evidence"] not in docs[d]:
            err(f"relation evidence not verbatim in {d}: {r['evidence']}")

# every entity name or alias-or-name is mentioned in some article (by name or alias)
for e in ents:
    if not any(norm(n) in norm(t) for n in [e["name"], *e["aliases"]] for t in docs.values()):
        err(f"entity not mentioned in any article: {e['name']}")

# score.py --docs finds every quote key
empty = HERE / "_empty_check.ttl"
empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
try:
    r = subprocess.run([sys.executable, str(SCORE), str(empty), str(SET / "gold.json"),
                        "--docs", str(SET / "articles"), "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py --docs failed: {r.stdout}{r.stderr}")
finally:
    empty.unlink()

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print(f"check_gold: OK ({len(gold['quotes'])} quotes, {len(gold['stances'])} stances, "
      f"{len(gold['positions'])} positions, {len(gold['relations'])} relations, {len(ents)} entities)")
