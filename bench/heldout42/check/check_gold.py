#!/usr/bin/env python3
"""Checks bench/heldout42/gold.json against the articles (see README, 'How the gold was checked')."""
import json, subprocess, sys, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
SCORE = "/work/shared/eval/score.py"; ONT = "/work/main/ontology/kg.ttl"; PY = sys.executable
sys.path.insert(0, str(Path(SCORE).parent)); from score import norm
errs = []
def err(m): errs.append(m)
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
# 1
with tempfile.TemporaryDirectory() as t:
    subprocess.run([PY, str(HERE / "gold_src.py")], check=True)
gold2 = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold2 != gold: err("gold.json differs from gold_src.py output")
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
if sorted(texts) != sorted(gold["documents"]): err("document list mismatch")
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900: err(f"{n}: {w} words")
# 2
def verb(s, docs, what):
    for d in docs:
        if s not in texts[d]: err(f"{what} not verbatim in {d}: {s}")
for q in gold["quotes"]: verb(q["key"], q["docs"], "quote key")
for k in ("stances", "positions", "relations"):
    for x in gold[k]: verb(x["evidence"], x["docs"], k + " evidence")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()): err(f"unattributed not found: {u}")
r = subprocess.run([PY, SCORE, "/dev/null", str(SET / "gold.json"), "--docs", str(ART)], capture_output=True, text=True)
if "gold keys not found" in r.stdout: err("score.py --docs: " + r.stdout)
# 3
ents = {e["name"]: e for e in gold["entities"]}
typ = lambda n: ents[n]["type"] if n in ents else None
for q in gold["quotes"]:
    if typ(q["speaker"]) not in ("Person", "Organization", "Country"): err(f"bad speaker {q['speaker']}")
terrs = [e for e in gold["entities"] if e["type"] == "Territory"]
for s in gold["stances"]:
    if typ(s["country"]) != "Country": err(f"bad holder {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in terrs if norm(w) in {norm(x) for x in [e["name"], *e["aliases"]]}]
        if len(hits) != 1: err(f"territory wording {w} -> {hits}")
for p in gold["positions"]:
    if typ(p["person"]) != "Person": err(f"bad position holder {p['person']}")
    if not isinstance(p["former"], bool): err("former flag")
for x in gold["relations"]:
    if x["subject"] not in ents or x["object"] not in ents: err(f"bad relation {x}")
# 4
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]: err(f"shared name {n}: {seen[n]} / {e['name']}")
        seen[n] = e["name"]
pn = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in pn: err(f"not_person names a person: {s}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(x) in norm(texts[d]) for x in [e["name"], *e["aliases"]]): err(f"{e['name']} not in {d}")
# 5, 6
with tempfile.TemporaryDirectory() as t:
    empty = Path(t) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(t) / "full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for ont in ([], ["--ontology", ONT]):
        r = subprocess.run([PY, SCORE, str(empty), str(SET / "gold.json"), "--json", *ont], capture_output=True, text=True)
        if r.returncode: err("empty graph: " + r.stderr); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
            if m[k] != 0: err(f"empty graph {k}={m[k]}")
        r = subprocess.run([PY, SCORE, str(full), str(SET / "gold.json"), "--json", "--docs", str(ART), *ont], capture_output=True, text=True)
        if r.returncode: err("full graph: " + r.stdout + r.stderr); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                  "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1: err(f"gold graph {ont} {k}={m[k]} {m}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k]: err(f"gold graph {ont} {k}={m[k]} {m.get('duplicated')} {m.get('mistyped')}")
        if m["wrong_attributions"] or m["wrong_stances"]: err(f"wrong: {m['wrong_attributions']} {m['wrong_stances']}")
print(*errs, sep="\n")
print("FAIL" if errs else "OK: all checks pass")
sys.exit(1 if errs else 0)
