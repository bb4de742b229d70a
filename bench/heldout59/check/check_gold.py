#!/usr/bin/env python3
"""Checks bench/heldout59/gold.json against its articles and score.py (see README)."""
import json, re, subprocess, sys, tempfile, importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
errors = []
def err(m): errors.append(m)

spec = importlib.util.spec_from_file_location("score", SCORE); score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score); norm = score.norm

# (1) gold.json is the output of gold_src.py; word counts
spec2 = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
gs = importlib.util.module_from_spec(spec2); spec2.loader.exec_module(gs)
if (SET / "gold.json").read_text(encoding="utf-8") != gs.render():
    err("gold.json differs from gold_src.py output")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}
if sorted(arts) != sorted(gold["documents"]):
    err(f"documents mismatch {sorted(arts)}")
for n, t in arts.items():
    w = len(t.split())
    if not 500 <= w <= 900: err(f"{n}: {w} words")
# (2) verbatim
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in arts[d]: err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for s in gold[kind]:
        for d in s["docs"]:
            if s["evidence"] not in arts[d]: err(f"{kind} evidence not verbatim in {d}: {s['evidence']}")
alltext = "\n".join(arts.values())
for u in gold["unattributed"]:
    if u not in alltext: err(f"unattributed not verbatim: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout: err("score.py --docs: " + r.stdout)
# (3) references
ent = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    e = ent.get(q["speaker"])
    if not e or e["type"] not in ("Person", "Organization", "Country"): err(f"bad speaker {q['speaker']}")
terr_labels = [(e["name"], {norm(n) for n in [e["name"], *e["aliases"]]}) for e in gold["entities"]
               if e["type"] in ("Territory", "Country")]
for s in gold["stances"]:
    if ent.get(s["country"], {}).get("type") != "Country": err(f"stance holder not a country: {s['country']}")
    for w in s["territory_any"]:
        exact = [n for n, labs in terr_labels if norm(w) in labs]
        hits = exact or [n for n, labs in terr_labels if any(norm(w) in l for l in labs)]
        if len(hits) != 1: err(f"territory wording {w} resolves to {hits}")
    if s["stance"] not in ("recognises", "doesNotRecognise"): err(f"bad stance {s}")
for p in gold["positions"]:
    if ent.get(p["person"], {}).get("type") != "Person": err(f"position holder not a person: {p['person']}")
    if "former" not in p: err(f"no former flag: {p}")
for r_ in gold["relations"]:
    for k in ("subject", "object"):
        if r_[k] not in ent: err(f"relation end not an entity: {r_[k]}")
# (4) entity names
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]: err(f"name clash {n}: {seen[k]} / {e['name']}")
        seen[k] = e["name"]
    if not any(norm(n) in norm(arts[d]) for d in e["docs"] for n in [e["name"], *e["aliases"]]):
        err(f"entity not mentioned: {e['name']}")
    for d in e["docs"]:
        if not any(norm(n) in norm(arts[d]) for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not in {d}")
pnames = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in pnames: err(f"not_person names a person: {n}")
# (5) empty graph, (6) gold graph
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for extra in ([], ["--ontology", str(ONTO)]):
        r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--json", *extra],
                           capture_output=True, text=True)
        if r.returncode: err(f"empty graph: score.py failed {r.stderr}")
        else:
            m = json.loads(r.stdout)
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0: err(f"empty graph {extra}: {k}={m[k]}")
        r = subprocess.run([PY, str(SCORE), str(full), str(SET / "gold.json"), "--json", *extra],
                           capture_output=True, text=True)
        if r.returncode: err(f"gold graph: score.py failed {r.stderr}"); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                  "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1.0: err(f"gold graph {extra}: {k}={m[k]}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k]: err(f"gold graph {extra}: {k}={m[k]}")
        for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person", "quotes_missed",
                  "stances_missed", "positions_missed", "relations_missed", "entities_missing"):
            if m[k]: err(f"gold graph {extra}: {k}: {m[k]}")
for e_ in errors: print("FAIL", e_)
q = gold["quotes"]; s = gold["stances"]; p = gold["positions"]
print(f"quotes {sum(x['status']=='required' for x in q)}/{sum(x['status']=='optional' for x in q)} "
      f"unattributed {len(gold['unattributed'])} stances {sum(x['status']=='required' for x in s)}/"
      f"{sum(x['status']=='optional' for x in s)}/neg {sum(x['stance']=='doesNotRecognise' for x in s)} "
      f"positions {sum(x['status']=='required' for x in p)}/{sum(x['status']=='optional' for x in p)}/former "
      f"{sum(x['former'] for x in p)} relations {len(gold['relations'])} entities {len(gold['entities'])}")
print("ALL CHECKS PASS" if not errors else f"{len(errors)} FAILURES")
sys.exit(1 if errors else 0)
