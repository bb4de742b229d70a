#!/usr/bin/env python3
"""Checks for bench/heldout52/gold.json (see README.md). Exit 1 on any failure."""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
sys.dont_write_bytecode = True
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []
def fail(msg):
    errors.append(msg)

gold_text = (SET / "gold.json").read_text(encoding="utf-8")
gold = json.loads(gold_text)
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}

# (1) gold.json is exactly the output of gold_src.py; article lengths
with tempfile.TemporaryDirectory() as tmp:
    import importlib.util
    spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fresh = json.dumps(mod.gold, ensure_ascii=False, indent=1) + "\n"
    if fresh != gold_text:
        fail("gold.json is not the output of gold_src.py")
if sorted(arts) != sorted(gold["documents"]):
    fail("documents list differs from articles/")
for name, text in arts.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

# (2) verbatim occurrences
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in arts[d]:
            fail(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in arts[d]:
                fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in arts.values()):
        fail(f"unattributed string not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    fail("score.py --docs: " + r.stdout)

# (3) references
ent = {e["name"]: e for e in gold["entities"]}
def typ(n):
    return ent[n]["type"] if n in ent else None
for q in gold["quotes"]:
    if typ(q["speaker"]) not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {q['speaker']}")
for s in gold["stances"]:
    if typ(s["country"]) != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and norm(w) in {norm(x) for x in [e["name"], *e["aliases"]]}]
        if len(hits) != 1:
            fail(f"territory wording {w!r} resolves to {hits}")
    for d in s["docs"]:
        if not any(w in arts[d] for w in s["territory_any"]):
            fail(f"no territory wording of stance in {d}: {s['territory_any']}")
for p in gold["positions"]:
    if typ(p["person"]) != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        fail(f"position without former flag: {p['person']}")
for rel in gold["relations"]:
    for end in (rel["subject"], rel["object"]):
        if end not in ent:
            fail(f"relation end not a gold entity: {end}")

# (4) names
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]:
            fail(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        fail(f"not_person names a gold person: {s}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(x) in norm(arts[d]) for x in [e["name"], *e["aliases"]]):
            fail(f"entity {e['name']} not mentioned in {d}")

# (5) and (6) score.py on an empty graph and on the gold graph
def score(ttl, onto):
    cmd = [PY, str(SCORE), ttl, str(SET / "gold.json"), "--json", "--docs", str(SET / "articles")]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"score.py failed ({ttl}, onto={onto}): {r.stdout} {r.stderr}")
        return None
    return json.loads(r.stdout)

RATES = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty, full = f"{tmp}/empty.ttl", f"{tmp}/gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), empty, "--empty"], check=True)
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), full], check=True)
    for onto in (False, True):
        m = score(empty, onto)
        if m is not None:
            for k in RATES:
                if m[k] != 0:
                    fail(f"empty graph {k}={m[k]} (onto={onto})")
        m = score(full, onto)
        if m is not None:
            for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]:
                if abs(m[k] - 1.0) > 1e-9:
                    fail(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]:
                    fail(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person"):
                if m[k]:
                    fail(f"gold graph {k}: {m[k]} (onto={onto})")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print(f"OK: {len(gold['quotes'])} quotes, {len(gold['stances'])} stances, {len(gold['positions'])} positions, "
      f"{len(gold['relations'])} relations, {len(gold['entities'])} entities; all checks pass")
