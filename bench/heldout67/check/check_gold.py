#!/usr/bin/env python3
"""Checks bench/heldout67/gold.json against the articles and score.py (see README)."""
import json, subprocess, sys, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
SCORE = Path("/work/shared/eval/score.py"); ONTO = Path("/work/main/ontology/kg.ttl"); PY = sys.executable
sys.path.insert(0, str(SCORE.parent)); from score import norm
sys.path.insert(0, str(HERE)); import gold_src
errs = []
def err(m): errs.append(m)
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
# 1
if gold != json.loads(json.dumps(gold_src.gold, ensure_ascii=False)): err("gold.json is not the output of gold_src.py")
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
if sorted(texts) != sorted(gold["documents"]): err("documents list differs from articles/")
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900: err(f"{n}: {w} words")
# 2
def has(doc, s): return s in texts[doc]
for q in gold["quotes"]:
    for d in q["docs"]:
        if not has(d, q["key"]): err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if not has(d, x["evidence"]): err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()): err(f"unattributed not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)], capture_output=True, text=True)
if "gold keys not found" in r.stdout: err("score.py --docs: " + r.stdout)
# 3
ents = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if q["speaker"] not in ents or ents[q["speaker"]]["type"] not in ("Person", "Organization", "Country"):
        err(f"bad speaker {q['speaker']}")
terrs = [e for e in gold["entities"] if e["type"] == "Territory"]
for s in gold["stances"]:
    if ents.get(s["country"], {}).get("type") != "Country": err(f"stance holder not a country: {s['country']}")
    for w in s["territory_any"]:
        hits = [t["name"] for t in terrs if any(norm(w) in norm(n) for n in [t["name"], *t["aliases"]])]
        if len(hits) != 1: err(f"territory wording {w} resolves to {hits}")
for p in gold["positions"]:
    if ents.get(p["person"], {}).get("type") != "Person": err(f"position holder not a person: {p['person']}")
for rel in gold["relations"]:
    for k in ("subject", "object"):
        if rel[k] not in ents: err(f"relation end not an entity: {rel[k]}")
# 4
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen: err(f"name {n} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
pnames = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in pnames: err(f"not_person names a person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(n) in norm(texts[d]) for n in [e["name"], *e["aliases"]]): err(f"entity {e['name']} not in {d}")
# 5, 6
def score(ttl, onto):
    cmd = [PY, str(SCORE), ttl, str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode: err(f"score.py failed: {r.stderr[-500:]}"); return None
    return json.loads(r.stdout)
with tempfile.TemporaryDirectory() as td:
    empty = Path(td) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(td) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = score(str(empty), onto)
        if m:
            for k in ("quote_recall", "stance_recall", "entity_recall"):
                if m[k] != 0: err(f"empty graph {k}={m[k]}")
            if m["position_recall"] != 0 or m["relation_recall"] != 0: err("empty graph positions/relations not 0")
        m = score(str(full), onto)
        if m:
            for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                      "relation_recall", "entity_recall", "person_precision"):
                if m[k] != 1.0: err(f"gold graph (onto={onto}) {k}={m[k]}: {m}")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]: err(f"gold graph (onto={onto}) {k}={m[k]}")
            if m["wrong_attributions"] or m["wrong_stances"]: err(f"gold graph wrong: {m['wrong_attributions']} {m['wrong_stances']}")
if errs:
    print("FAIL", *errs, sep="\n  "); sys.exit(1)
print("all checks pass")
