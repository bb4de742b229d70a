#!/usr/bin/env python3
"""Checks bench/heldout61/gold.json against the articles, gold_src.py and score.py."""
import json, subprocess, sys, tempfile, importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
SCORE = SET.parents[2] / "shared/eval/score.py"
ONT = SET.parents[1] / "ontology/kg.ttl"
PY = sys.executable
spec = importlib.util.spec_from_file_location("score", SCORE); sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc); norm = sc.norm
errs = []
def err(m): errs.append(m)

# (1) gold.json is exactly gen output; word counts
with tempfile.TemporaryDirectory() as td:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    ns = {"__name__": "gold_src_check", "__file__": str(HERE / "gold_src.py")}
    exec(compile(src, "gold_src.py", "exec"), ns)
    fresh = json.dumps(ns["gold"], indent=1, ensure_ascii=False) + "\n"
if fresh != (SET / "gold.json").read_text(encoding="utf-8"):
    err("gold.json differs from gold_src.py output")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
texts = {d: (ART / d).read_text(encoding="utf-8") for d in gold["documents"]}
if sorted(texts) != sorted(p.name for p in ART.iterdir()): err("documents list != articles/")
for d, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900: err(f"{d}: {n} words")
# (2) verbatim
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]: err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]: err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
alltext = "\n".join(texts.values())
for u in gold["unattributed"]:
    if u not in alltext: err(f"unattributed not in articles: {u}")
missing = sc.check_keys(gold, ART)
if missing: err(f"score.py --docs misses keys: {missing}")
# (3) ends
ent = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if q["speaker"] not in ent or ent[q["speaker"]]["type"] not in ("Person", "Organization", "Country"):
        err(f"bad speaker {q['speaker']}")
terr_names = {}
for e in gold["entities"]:
    if e["type"] == "Territory":
        for n in [e["name"], *e["aliases"]]: terr_names.setdefault(norm(n), set()).add(e["name"])
for s in gold["stances"]:
    if s["country"] not in ent or ent[s["country"]]["type"] != "Country": err(f"stance holder {s['country']}")
    for t in s["territory_any"]:
        if len(terr_names.get(norm(t), ())) != 1: err(f"territory wording {t} does not resolve to one territory")
    if s["stance"] not in ("recognises", "doesNotRecognise"): err(f"stance {s}")
for p in gold["positions"]:
    if p["person"] not in ent or ent[p["person"]]["type"] != "Person": err(f"position holder {p['person']}")
    if "former" not in p: err(f"no former flag {p}")
for r in gold["relations"]:
    for k in ("subject", "object"):
        if r[k] not in ent: err(f"relation end {r[k]}")
# (4) names
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen: err(f"name {n} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
    for d in e["docs"]:
        if not any(norm(x) in norm(texts[d]) for x in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")
    if not e["docs"]: err(f"entity {e['name']} has no docs")
pnames = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in pnames: err(f"not_person names a person: {s}")
# (5)(6) scorer runs
def run(graph, ont):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json"] + (["--ontology", str(ONT)] if ont else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode: err(f"score.py failed: {r.stderr}"); return None
    return json.loads(r.stdout)
with tempfile.TemporaryDirectory() as td:
    empty = Path(td) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(td) / "full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for ont in (False, True):
        m = run(str(empty), ont)
        if m:
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0: err(f"empty graph {k}={m[k]}")
        m = run(str(full), ont)
        if m:
            for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                      "position_recall", "relation_recall", "entity_recall", "person_precision"):
                if m[k] != 1: err(f"gold graph (ontology={ont}) {k}={m[k]}")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]: err(f"gold graph (ontology={ont}) {k}={m[k]}: {m.get('duplicated')} {m.get('mistyped')}")
            if m["wrong_attributions"] or m["wrong_stances"]: err(f"gold graph wrong: {m['wrong_attributions']} {m['wrong_stances']}")
print("\n".join(errs) if errs else "all checks passed")
sys.exit(1 if errs else 0)
