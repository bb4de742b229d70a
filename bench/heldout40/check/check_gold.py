#!/usr/bin/env python3
"""Checks bench/heldout40/gold.json against the articles and the scorer (see README)."""
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
PY = sys.executable
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
ERR = []


def err(msg):
    ERR.append(msg)


spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm

# (1) gold.json is exactly the output of gold_src.py; word counts
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    ns = {"__name__": "gold_src_check", "__file__": str(HERE / "gold_src.py")}
    exec(compile(src, "gold_src.py", "exec"), ns)
    expected = json.dumps(ns["gold"], indent=1, ensure_ascii=False) + "\n"
if (SET / "gold.json").read_text(encoding="utf-8") != expected:
    err("gold.json is not the output of gold_src.py")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
arts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir())}
if sorted(arts) != sorted(gold["documents"]):
    err(f"documents {gold['documents']} != articles {sorted(arts)}")
for name, text in arts.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim occurrence
def verbatim(s, docs, what):
    for d in docs:
        if s not in arts.get(d, ""):
            err(f"{what} not verbatim in {d}: {s!r}")

for q in gold["quotes"]:
    verbatim(q["key"], q["docs"], "quote key")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        verbatim(x["evidence"], x["docs"], f"{kind} evidence")
for u in gold["unattributed"]:
    if not any(u in t for t in arts.values()):
        err(f"unattributed not found: {u!r}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    err("score.py --docs: " + r.stdout)

# (3) roles of names
ents = {e["name"]: e for e in gold["entities"]}
def typ(n):
    return ents[n]["type"] if n in ents else None

for q in gold["quotes"]:
    if typ(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/organisation/country: {q['speaker']}")
    if q["status"] not in ("required", "optional"):
        err(f"bad status {q}")
terr_names = {e["name"]: [norm(n) for n in [e["name"], *e["aliases"]]]
              for e in gold["entities"] if e["type"] == "Territory"}
for s in gold["stances"]:
    if typ(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
    hits = set()
    for w in s["territory_any"]:
        m = {t for t, ns_ in terr_names.items() if any(norm(w) in n for n in ns_)}
        if len(m) != 1:
            err(f"territory wording {w!r} resolves to {m}")
        hits |= m
    if len(hits) != 1:
        err(f"stance territories {s['territory_any']} resolve to {hits}")
for p in gold["positions"]:
    if typ(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p}")
for r_ in gold["relations"]:
    for end in (r_["subject"], r_["object"]):
        if end not in ents:
            err(f"relation end not a gold entity: {end}")

# (4) names
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            err(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
    if not any(norm(x) in norm(arts[d]) for d in e["docs"] for x in [e["name"], *e["aliases"]]):
        err(f"entity not mentioned in its article: {e['name']}")
    if not e["docs"]:
        err(f"entity without docs: {e['name']}")
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        err(f"not_person names a gold person: {n}")


# (5) and (6) scorer runs
def run_score(ttl, onto):
    cmd = [PY, str(SCORE), ttl, str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        err(f"score.py failed ({'with' if onto else 'without'} ontology): {res.stderr or res.stdout}")
        return None
    return json.loads(res.stdout)


RATES = ["entity_recall", "quote_recall", "attribution_precision", "stance_recall", "stance_precision",
         "position_recall", "relation_recall", "person_precision"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = run_score(str(empty), onto)
        if m:
            for k in ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]:
                if m[k] != 0:
                    err(f"empty graph scores {k}={m[k]} (ontology={onto})")
        m = run_score(str(full), onto)
        if m:
            for k in RATES:
                if abs(m[k] - 1.0) > 1e-9:
                    err(f"gold graph scores {k}={m[k]} (ontology={onto})")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
                if m[k]:
                    err(f"gold graph has {k}={m[k]} (ontology={onto})")
            for k in ["wrong_attributions", "wrong_stances", "non_persons_as_person"]:
                if m[k]:
                    err(f"gold graph has {k}: {m[k][:5]} (ontology={onto})")

if ERR:
    print("FAIL", *ERR, sep="\n  ")
    sys.exit(1)
print(f"OK: {len(gold['entities'])} entities, {len(gold['quotes'])} quotes, {len(gold['stances'])} stances, "
      f"{len(gold['positions'])} positions, {len(gold['relations'])} relations")
