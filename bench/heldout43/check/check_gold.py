#!/usr/bin/env python3
"""Self-checks of bench/heldout43/gold.json (run through check/run_checks.sh)."""
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
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable

spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm

errors = []


def err(msg):
    errors.append(msg)


# (1) gold.json is exactly the output of gold_src.py; word counts
spec2 = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
gs = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(gs)
gold_text = (SET / "gold.json").read_text(encoding="utf-8")
if gs.render() != gold_text:
    err("gold.json differs from the output of gold_src.py")
gold = json.loads(gold_text)
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}
if sorted(arts) != sorted(gold["documents"]):
    err(f"documents {gold['documents']} != articles {sorted(arts)}")
for name, text in arts.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")
normtext = {k: norm(v) for k, v in arts.items()}

# (2) verbatim occurrence
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in arts[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in arts[d]:
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in arts.values()):
        err(f"unattributed string not found: {u}")
with tempfile.TemporaryDirectory() as tmp0:
    e0 = Path(tmp0) / "empty.ttl"
    e0.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    r = subprocess.run([PY, str(SCORE), str(e0), str(SET / "gold.json"), "--docs", str(SET / "articles")],
                       capture_output=True, text=True)
    if r.returncode != 0 or "gold keys not found" in r.stdout:
        err("score.py --docs: " + r.stdout + r.stderr)

# (3) ends are gold entities
ents = {e["name"]: e for e in gold["entities"]}
typ = {n: e["type"] for n, e in ents.items()}
for q in gold["quotes"]:
    if typ.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/org/country: {q['speaker']}")
    if q["status"] not in ("required", "optional"):
        err(f"bad status {q}")
names_of = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        names_of.setdefault(norm(n), []).append(e)
for s in gold["stances"]:
    if typ.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
    targets = set()
    for w in s["territory_any"]:
        hits = [e for e in names_of.get(norm(w), []) if e["type"] in ("Territory", "Country")]
        if len(hits) != 1:
            err(f"territory wording {w!r} resolves to {len(hits)} gold territories")
        targets.update(e["name"] for e in hits)
    if len(targets) != 1:
        err(f"stance territory_any names {targets}")
for p in gold["positions"]:
    if typ.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p}")
for x in gold["relations"]:
    for end in (x["subject"], x["object"]):
        if end not in typ:
            err(f"relation end not a gold entity: {end}")
    if x["predicate"] not in ("spouse", "sharesBorderWith", "invaded", "annexed", "claims", "memberOf", "locatedIn"):
        err(f"bad predicate {x}")

# (4) unique names, not_person, mentions
for n, es in names_of.items():
    if len(es) > 1:
        err(f"name {n!r} shared by {[e['name'] for e in es]}")
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        err(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    if not e.get("docs"):
        err(f"entity without docs: {e['name']}")
    for d in e.get("docs", []):
        t = " " + normtext[d] + " "
        if not any(" " + norm(n) + " " in t for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")


def run_score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json"]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        err(f"score.py failed on {graph} (onto={onto}): {res.stderr[-500:]}")
        return None
    return json.loads(res.stdout)


with tempfile.TemporaryDirectory() as tmp:
    # (5) empty graph
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    for onto in (False, True):
        m = run_score(str(empty), onto)
        if m is None:
            continue
        for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
            if m[k] != 0:
                err(f"empty graph {k}={m[k]} (onto={onto})")
    # (6) graph from the gold
    full = Path(tmp) / "gold.ttl"
    res = subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)],
                         capture_output=True, text=True)
    if res.returncode != 0:
        err("make_graph.py failed: " + res.stderr[-500:])
    else:
        for onto in (False, True):
            m = run_score(str(full), onto)
            if m is None:
                continue
            for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                      "position_recall", "relation_recall", "entity_recall", "person_precision"):
                if m[k] != 1:
                    err(f"gold graph {k}={m[k]} (onto={onto}) " + json.dumps(
                        {x: m[x] for x in m if isinstance(m[x], list) and m[x]}, ensure_ascii=False)[:1500])
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k] != 0:
                    err(f"gold graph {k}={m[k]} (onto={onto}) {m.get('duplicated')} {m.get('mistyped')}")
            for k in ("wrong_attributions", "wrong_stances"):
                if m[k]:
                    err(f"gold graph {k}: {m[k]}")

req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"quotes {req(gold['quotes'])}/{len(gold['quotes']) - req(gold['quotes'])} "
      f"unattributed {len(gold['unattributed'])} "
      f"stances {req(gold['stances'])}/{len(gold['stances']) - req(gold['stances'])}/"
      f"neg {sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])} "
      f"positions {req(gold['positions'])}/{len(gold['positions']) - req(gold['positions'])}/"
      f"former {sum(p['former'] for p in gold['positions'])} "
      f"relations {len(gold['relations'])} entities {len(gold['entities'])}")
if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print("OK: all checks pass")
