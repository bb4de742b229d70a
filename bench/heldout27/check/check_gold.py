#!/usr/bin/env python3
"""Consistency checks for bench/heldout27/gold.json (see README). Exit 1 on any failure."""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
SCORE = SET.parents[1].parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402

sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != json.loads(gold_src.render()):
    errors.append("gold.json differs from gold_src.py output")
texts = {d: (SET / "articles" / d).read_text(encoding="utf-8") for d in gold["documents"]}
if sorted(texts) != sorted(p.name for p in (SET / "articles").iterdir()):
    errors.append("documents list does not match articles/")

ents = {e["name"]: e for e in gold["entities"]}
types = {n: e["type"] for n, e in ents.items()}

# evidence strings verbatim
for kind, rows in (("stance", gold_src.STANCES), ("position", gold_src.POSITIONS)):
    for r in rows:
        for d in r[4]:
            if r[5] not in texts[d]:
                errors.append(f"{kind} evidence not in {d}: {r[5]!r}")
for r in gold_src.RELATIONS:
    for d in r[3]:
        if r[4] not in texts[d]:
            errors.append(f"relation evidence not in {d}: {r[4]!r}")

# quote keys verbatim
keys = {norm(q["key"]) for q in gold["quotes"]}
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            errors.append(f"quote key not verbatim in {d}: {q['key']!r}")
    if types.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        errors.append(f"bad speaker {q['speaker']}")
alltext = "\n".join(texts.values())
for u in gold["unattributed"]:
    if u not in alltext:
        errors.append(f"unattributed string not in articles: {u!r}")
    if norm(u) in keys:
        errors.append(f"unattributed string is a quote key: {u!r}")

# score.py --docs finds all keys
empty = Path("/tmp/h27/_empty_check.ttl")
empty.parent.mkdir(parents=True, exist_ok=True)
empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
res = subprocess.run([sys.executable, str(SCORE), str(empty), str(SET / "gold.json"), "--docs",
                      str(SET / "articles")], capture_output=True, text=True)
if res.returncode != 0:
    errors.append("score.py --docs failed:\n" + res.stdout + res.stderr)
empty.unlink()

# entities named in each listed doc
for e in gold["entities"]:
    for d in e["docs"]:
        t = norm(texts[d])
        if not any(f" {norm(n)} " in f" {t} " for n in [e["name"], *e["aliases"]]):
            errors.append(f"entity {e['name']} not named in {d}")

# type consistency
for s in gold["stances"]:
    if types.get(s["country"]) != "Country":
        errors.append(f"stance holder not a country: {s['country']}")
for p in gold["positions"]:
    if types.get(p["person"]) != "Person":
        errors.append(f"position holder not a person: {p['person']}")
ALLOWED = {
    "spouse": ({"Person"}, {"Person"}),
    "sharesBorderWith": ({"Country", "Territory"}, {"Country", "Territory"}),
    "invaded": ({"Country", "Organization"}, {"Country", "Territory", "Place"}),
    "memberOf": ({"Person", "Country", "Organization"}, {"Organization"}),
    "locatedIn": ({"Place", "Organization", "Territory"}, {"Country", "Territory", "Place"}),
}
for r in gold["relations"]:
    dom, rng = ALLOWED[r["predicate"]]
    if types.get(r["subject"]) not in dom or types.get(r["object"]) not in rng:
        errors.append(f"relation ends of wrong type: {r}")
    if r["symmetric"] != (r["predicate"] in ("spouse", "sharesBorderWith")):
        errors.append(f"symmetric flag wrong: {r}")

# territories
terr = {n: {norm(x) for x in [n, *e["aliases"]]} for n, e in ents.items() if e["type"] == "Territory"}
objects = set()
for s in gold["stances"]:
    hit = {n for n, labels in terr.items() for k in s["territory_any"] if any(norm(k) in lab for lab in labels)}
    if len(hit) != 1:
        errors.append(f"stance territory_any resolves to {sorted(hit)}: {s}")
    objects |= hit
    for k in s["territory_any"]:
        if not any(norm(k) in norm(texts[d]) for d in s["docs"]):
            errors.append(f"territory wording {k!r} not in {s['docs']}")
for n in terr:
    if n not in objects:
        errors.append(f"territory {n} is no stance object")

# unique names
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]:
            errors.append(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]

# not_person
person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        errors.append(f"not_person names a gold person: {s}")

for e in errors:
    print("FAIL", e)
print(f"check_gold: {len(errors)} problem(s)")
sys.exit(1 if errors else 0)
