#!/usr/bin/env python3
"""Check bench/heldout32/gold.json against gold_src.py and the articles (no extractor is run).

    python check_gold.py

Exits 1 and lists the problems if any check fails.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys

sys.dont_write_bytecode = True
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ARTICLES = SET / "articles"
sys.path.insert(0, "/work/shared/eval")
from score import norm  # noqa: E402  (the scorer's own normalisation)

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
src = importlib.util.module_from_spec(spec)
spec.loader.exec_module(src)
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))

# 1. gold.json is exactly what gold_src.py writes
if gold != json.loads(json.dumps(src.build(), ensure_ascii=False)):
    bad("gold.json differs from gold_src.py's output (run gold_src.py)")

raw = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir()) if p.is_file()}
if sorted(raw) != sorted(gold["documents"]):
    bad(f"documents {gold['documents']} != articles {sorted(raw)}")
for name, text in raw.items():
    words = len(text.split())
    if not 500 <= words <= 900:
        bad(f"{name}: {words} words (want 500-900)")
alltext = "\n".join(raw.values())

by_name = {e["name"]: e for e in gold["entities"]}
types = {e["name"]: e["type"] for e in gold["entities"]}
if len(by_name) != len(gold["entities"]):
    bad("two entities share a name")

# 2. no two entities share a normalised name or alias
owner = defaultdict(set)
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        owner[norm(n)].add(e["name"])
for n, es in owner.items():
    if len(es) > 1:
        bad(f"normalised name {n!r} is shared by {sorted(es)}")
    if not n:
        bad(f"empty normalised name in {sorted(es)}")

# 3. every entity is mentioned in some article (name or alias, as a whole word run)
normall = " " + norm(alltext) + " "
for e in gold["entities"]:
    if not any(f" {norm(n)} " in normall for n in [e["name"], *e["aliases"]]):
        bad(f"entity not mentioned in any article: {e['name']}")
    if e["type"] not in {"Person", "Organization", "Country", "Territory", "Place"}:
        bad(f"bad type {e['type']} for {e['name']}")

# 4. not_person strings never name a gold person
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        bad(f"not_person names a gold person: {s}")

# 5. quotes: verbatim key in its article, speaker is a gold person/organisation/country
for q in gold["quotes"]:
    if q["status"] not in {"required", "optional"}:
        bad(f"bad status {q}")
    for doc in q["docs"]:
        if q["key"] not in raw.get(doc, ""):
            bad(f"{doc}: quote key not verbatim: {q['key']}")
    if types.get(q["speaker"]) not in {"Person", "Organization", "Country"}:
        bad(f"speaker is not a gold person/organisation/country: {q['speaker']}")
seen = set()
for q in gold["quotes"]:
    k = (q["speaker"], q["key"])
    if k in seen:
        bad(f"duplicate quote entry {k}")
    seen.add(k)

# 6. unattributed strings occur verbatim
for u in gold["unattributed"]:
    if u not in alltext:
        bad(f"unattributed string not in the articles: {u}")

# 7. stances
territory_names = defaultdict(set)
for e in gold["entities"]:
    if e["type"] == "Territory":
        for n in [e["name"], *e["aliases"]]:
            territory_names[norm(n)].add(e["name"])
for s in gold["stances"]:
    if types.get(s["country"]) != "Country":
        bad(f"stance holder is not a gold country: {s['country']}")
    if s["stance"] not in {"recognises", "doesNotRecognise"}:
        bad(f"bad stance {s}")
    resolved = set()
    for w in s["territory_any"]:
        hits = territory_names.get(norm(w), set())
        if len(hits) != 1:
            bad(f"territory wording {w!r} resolves to {sorted(hits)}")
        resolved |= hits
    if len(resolved) != 1:
        bad(f"stance territories resolve to {sorted(resolved)}: {s}")
    for doc in s["docs"]:
        if s["evidence"] not in raw.get(doc, ""):
            bad(f"{doc}: stance evidence not verbatim: {s['evidence']}")
    if not any(norm(w) in norm(s["evidence"]) for w in s["territory_any"]):
        bad(f"stance evidence names none of its territory wordings: {s['evidence']}")
    if norm(s["country"]) not in norm(s["evidence"]) and not any(
            norm(a) in norm(s["evidence"]) for a in by_name[s["country"]]["aliases"]):
        # the holder may be given by a pronoun or a ministry; report it for the hand check only
        print(f"note: stance holder {s['country']} not named in its evidence: {s['evidence'][:70]}")

# 8. positions
for p in gold["positions"]:
    if types.get(p["person"]) != "Person":
        bad(f"position holder is not a gold person: {p['person']}")
    if p["evidence"] not in raw.get(p["doc"], ""):
        bad(f"{p['doc']}: position evidence not verbatim: {p['evidence']}")
    if not p["title_any"]:
        bad(f"position without title: {p}")

# 9. relations
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in types:
            bad(f"relation end is not a gold entity: {end}")
    if r["evidence"] not in raw.get(r["doc"], ""):
        bad(f"{r['doc']}: relation evidence not verbatim: {r['evidence']}")
    if r["predicate"] not in {"spouse", "sharesBorderWith", "invaded", "annexed", "claims", "memberOf",
                              "locatedIn"}:
        bad(f"unexpected predicate {r['predicate']}")
    if r["symmetric"] != (r["predicate"] in {"spouse", "sharesBorderWith"}):
        bad(f"symmetric flag wrong: {r}")
    if r["predicate"] == "sharesBorderWith" and not {types[r["subject"]], types[r["object"]]} <= {"Country",
                                                                                               "Territory"}:
        bad(f"sharesBorderWith needs countries/territories: {r}")
    if r["predicate"] == "spouse" and {types[r["subject"]], types[r["object"]]} != {"Person"}:
        bad(f"spouse needs persons: {r}")

if problems:
    print("check_gold: FAIL", *problems, sep="\n  ")
    sys.exit(1)
print(f"check_gold: OK ({len(gold['quotes'])} quotes, {len(gold['stances'])} stances, "
      f"{len(gold['positions'])} positions, {len(gold['relations'])} relations, {len(gold['entities'])} entities)")
