#!/usr/bin/env python3
"""Consistency checks for bench/heldout26/gold.json against its articles (see README)."""
import importlib.util, json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
SCORE = SET.parent.parent.parent / "shared" / "eval" / "score.py"
PY = sys.executable
spec = importlib.util.spec_from_file_location("score", SCORE); score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score); norm = score.norm
spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py"); src = importlib.util.module_from_spec(spec)
spec.loader.exec_module(src)

errors = []
def err(m): errors.append(m)

gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != src.build():
    err("gold.json differs from gold_src.py output")
raw = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").glob("*.txt")}
texts = {k: norm(v) for k, v in raw.items()}
if sorted(raw) != sorted(gold["documents"]):
    err(f"documents {gold['documents']} != articles {sorted(raw)}")
ents = {e["name"]: e for e in gold["entities"]}
types = {n: e["type"] for n, e in ents.items()}
# names unique
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"name clash: {n!r} ({e['name']} / {seen[k]})")
        seen[k] = e["name"]
    for d in e["docs"]:
        if not any(norm(n) and f" {norm(n)} " in f" {texts[d]} " for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not named in {d}")
persons = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in persons:
        err(f"not_person names a gold person: {s}")
keys = set()
for q in gold["quotes"]:
    keys.add(norm(q["key"]))
    if q["speaker"] not in types or types[q["speaker"]] not in ("Person", "Organization", "Country"):
        err(f"bad speaker {q['speaker']}")
    for d in q["docs"]:
        if q["key"] not in raw[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for u in gold["unattributed"]:
    if not any(u in t for t in raw.values()):
        err(f"unattributed not found: {u}")
    if norm(u) in keys:
        err(f"unattributed is a quote key: {u}")
terr = [e for e in gold["entities"] if e["type"] == "Territory"]
objects = set()
for s in gold["stances"]:
    if types.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for d in s["docs"]:
        if s["evidence"] not in raw[d]:
            err(f"stance evidence not in {d}: {s['evidence']}")
    hit = {t["name"] for t in terr for k in s["territory_any"]
           if any(norm(k) in norm(n) for n in [t["name"], *t["aliases"]])}
    if len(hit) != 1:
        err(f"stance territory_any {s['territory_any']} resolves to {hit}")
    objects |= hit
for t in terr:
    if t["name"] not in objects:
        err(f"territory {t['name']} is no stance object")
for p in gold["positions"]:
    if types.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    for d in p["docs"]:
        if p["evidence"] not in raw[d]:
            err(f"position evidence not in {d}: {p['evidence']}")
ALLOWED = {"spouse": ({"Person"}, {"Person"}, True),
           "sharesBorderWith": ({"Country", "Territory"}, {"Country", "Territory"}, True),
           "invaded": ({"Country", "Organization"}, {"Country", "Territory", "Place"}, False),
           "memberOf": ({"Person", "Country", "Organization"}, {"Organization"}, False),
           "locatedIn": ({"Place", "Organization", "Territory"}, {"Country", "Territory", "Place"}, False)}
for r in gold["relations"]:
    dom, rng, sym = ALLOWED[r["predicate"]]
    if types.get(r["subject"]) not in dom or types.get(r["object"]) not in rng:
        err(f"relation ends of wrong type: {r}")
    if r["symmetric"] != sym:
        err(f"symmetric flag wrong: {r}")
    for d in r["docs"]:
        if r["evidence"] not in raw[d]:
            err(f"relation evidence not in {d}: {r['evidence']}")
# score.py --docs finds all keys (empty graph)
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    res = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--docs", str(SET / "articles")],
                         capture_output=True, text=True)
if res.returncode != 0:
    err("score.py --docs failed:\n" + res.stdout + res.stderr)
for e in errors:
    print("ERROR", e)
print("check_gold:", "FAIL" if errors else "OK", f"({len(errors)} errors)")
sys.exit(1 if errors else 0)
