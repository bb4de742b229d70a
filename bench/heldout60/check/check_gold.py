#!/usr/bin/env python3
"""Checks bench/heldout60/gold.json against the articles (see README, 'How the gold was checked')."""
import json, subprocess, sys, tempfile, importlib.util
from pathlib import Path
HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
PY = sys.executable; SCORE = SET.parents[1].parent / "shared/eval/score.py"; ONT = SET.parents[1] / "ontology/kg.ttl"
spec = importlib.util.spec_from_file_location("gs", HERE / "gold_src.py"); gs = importlib.util.module_from_spec(spec); spec.loader.exec_module(gs)
errs = []
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != json.loads(json.dumps(gs.gold, ensure_ascii=False)): errs.append("gold.json is not the output of gold_src.py")
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900: errs.append(f"{n}: {w} words")
ents = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]: errs.append(f"quote key not verbatim: {q['key']}")
    if q["speaker"] not in ents or ents[q["speaker"]]["type"] not in ("Person", "Organization", "Country"): errs.append(f"bad speaker {q['speaker']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]: errs.append(f"{kind} evidence not verbatim: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()): errs.append(f"unattributed not found: {u}")
for s in gold["stances"]:
    if ents.get(s["country"], {}).get("type") != "Country": errs.append(f"stance holder {s['country']}")
    for w in s["territory_any"]:
        hits = [e for e in gold["entities"] if e["type"] == "Territory" and gs.norm(w) in [gs.norm(n) for n in [e["name"], *e["aliases"]]]]
        if len(hits) != 1: errs.append(f"territory wording {w}: {len(hits)} territories")
for p in gold["positions"]:
    if ents.get(p["person"], {}).get("type") != "Person": errs.append(f"position holder {p['person']}")
for r in gold["relations"]:
    for n in (r["subject"], r["object"]):
        if n not in ents: errs.append(f"relation end {n}")
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = gs.norm(n)
        if k in seen and seen[k] != e["name"]: errs.append(f"shared name {n}: {seen[k]} / {e['name']}")
        seen[k] = e["name"]
    if not e["docs"]: errs.append(f"entity not mentioned: {e['name']}")
persons = {gs.norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if gs.norm(n) in persons: errs.append(f"not_person names a person: {n}")
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "full.ttl"
    full.write_text(subprocess.run([PY, HERE / "make_graph.py", SET / "gold.json"], capture_output=True, text=True, check=True).stdout)
    for ont in ([], ["--ontology", str(ONT)]):
        m = json.loads(subprocess.run([PY, SCORE, empty, SET / "gold.json", "--json", "--docs", ART, *ont], capture_output=True, text=True, check=True).stdout)
        if any(m[k] != 0 for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall")): errs.append("empty graph not 0")
        m = json.loads(subprocess.run([PY, SCORE, full, SET / "gold.json", "--json", "--docs", ART, *ont], capture_output=True, text=True, check=True).stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall", "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1: errs.append(f"gold graph {k}={m[k]} {ont}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k]: errs.append(f"gold graph {k}={m[k]} {ont}")
        if m["wrong_attributions"] or m["wrong_stances"]: errs.append(f"gold graph wrong: {m['wrong_attributions']} {m['wrong_stances']}")
print(*errs, sep="\n") if errs else print("all checks passed")
sys.exit(1 if errs else 0)
