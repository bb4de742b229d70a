#!/usr/bin/env python3
"""Checks bench/heldout53/gold.json against its articles and score.py."""
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
ONT = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []
def err(m):
    errors.append(m)

# (1) gold.json is the output of gold_src.py; word counts
sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != json.loads(json.dumps(gold_src.gold, ensure_ascii=False)):
    err("gold.json differs from gold_src.py output")
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}
if sorted(arts) != sorted(gold["documents"]):
    err("documents list differs from articles/")
for n, t in arts.items():
    w = len(t.split())
    if not 500 <= w <= 900:
        err(f"{n}: {w} words")

# (2) verbatim
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in arts[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in arts[d]:
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
alltext = "\n".join(arts.values())
for u in gold["unattributed"]:
    if u not in alltext:
        err(f"unattributed not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    err("score.py --docs: " + r.stdout)

# (3) referents
ents = gold["entities"]
by = {e["name"]: e for e in ents}
types = lambda n: by[n]["type"] if n in by else None
for q in gold["quotes"]:
    if types(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/org/country: {q['speaker']}")
terr_names = {}
for e in ents:
    if e["type"] == "Territory":
        for n in [e["name"], *e["aliases"]]:
            terr_names.setdefault(norm(n), set()).add(e["name"])
for s in gold["stances"]:
    if types(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
    for t in s["territory_any"]:
        if len(terr_names.get(norm(t), ())) != 1:
            err(f"territory wording does not resolve to one gold territory: {t}")
    if len({next(iter(terr_names.get(norm(t), {'?'}))) for t in s["territory_any"]}) != 1:
        err(f"territory wordings name different territories: {s['territory_any']}")
for p in gold["positions"]:
    if types(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p}")
for x in gold["relations"]:
    for end in (x["subject"], x["object"]):
        if end not in by:
            err(f"relation end not a gold entity: {end}")

# (4) names
seen = {}
for e in ents:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"name clash: {n} ({seen[k]} / {e['name']})")
        if k in seen and seen[k] == e["name"] and n != e["name"]:
            err(f"alias repeats name: {n}")
        seen[k] = e["name"]
pnames = {norm(n) for e in ents if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in pnames:
        err(f"not_person names a gold person: {n}")
normarts = {d: norm(t) for d, t in arts.items()}
for e in ents:
    for d in e["docs"]:
        if not any(re.search(r"\b" + re.escape(norm(n)) + r"\b", normarts[d]) for n in [e["name"], *e["aliases"]]):
            err(f"entity not mentioned in {d}: {e['name']}")

# (5) and (6) score.py on an empty graph and on the gold graph
with tempfile.TemporaryDirectory() as tmp:
    empty, full = Path(tmp) / "empty.ttl", Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(empty), "--empty"], check=True)
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for extra in ([], ["--ontology", str(ONT)]):
        r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--json", *extra],
                           capture_output=True, text=True)
        if r.returncode:
            err(f"empty graph: score.py failed {extra}: {r.stderr}")
        else:
            m = json.loads(r.stdout)
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0:
                    err(f"empty graph {extra}: {k}={m[k]}")
        r = subprocess.run([PY, str(SCORE), str(full), str(SET / "gold.json"), "--json", "--docs",
                            str(SET / "articles"), *extra], capture_output=True, text=True)
        if r.returncode:
            err(f"gold graph: score.py failed {extra}: {r.stdout} {r.stderr}")
            continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                  "position_recall", "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1:
                err(f"gold graph {extra}: {k}={m[k]} {m}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k]:
                err(f"gold graph {extra}: {k}={m[k]} {m}")
        for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person"):
            if m[k]:
                err(f"gold graph {extra}: {k}: {m[k]}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
c = lambda xs, st: sum(x["status"] == st for x in xs)
print(f"OK  quotes {c(gold['quotes'],'required')}/{c(gold['quotes'],'optional')}  unattributed {len(gold['unattributed'])}  "
      f"stances {c(gold['stances'],'required')}/{c(gold['stances'],'optional')} "
      f"(negative {sum(s['stance']=='doesNotRecognise' for s in gold['stances'])})  "
      f"positions {c(gold['positions'],'required')}/{c(gold['positions'],'optional')} "
      f"(former {sum(p['former'] for p in gold['positions'])})  relations {len(gold['relations'])}  entities {len(ents)}")
