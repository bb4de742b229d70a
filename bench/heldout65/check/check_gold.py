#!/usr/bin/env python3
"""Checks bench/heldout65/gold.json against its articles and score.py (see README, 'How the gold was checked')."""
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
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


# (1) gold.json is exactly the output of gold_src.py; article lengths
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    tdir = Path(tmp) / "check"
    tdir.mkdir()
    (tdir / "gold_src.py").write_text(src, encoding="utf-8")
    subprocess.run([PY, str(tdir / "gold_src.py")], check=True, capture_output=True)
    if (Path(tmp) / "gold.json").read_bytes() != (SET / "gold.json").read_bytes():
        err("gold.json differs from the output of gold_src.py")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
texts = {}
for doc in gold["documents"]:
    p = SET / "articles" / doc
    if not p.exists():
        err(f"missing article {doc}")
        continue
    texts[doc] = p.read_text(encoding="utf-8")
    n = len(texts[doc].split())
    if not 500 <= n <= 900:
        err(f"{doc}: {n} words")
if sorted(p.name for p in (SET / "articles").iterdir()) != sorted(gold["documents"]):
    err("articles/ and documents differ")

# (2) verbatim keys and evidence
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations", "no_stance"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]:
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        err(f"unattributed string not in any article: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    err("score.py --docs: " + r.stdout)

# (3) speakers, holders, territories, position holders, relation ends
ents = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if ents.get(q["speaker"], {}).get("type") not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/org/country: {q['speaker']}")
for s in gold["stances"]:
    if ents.get(s["country"], {}).get("type") != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    hits = set()
    for w in s["territory_any"]:
        m = {e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
             and any(norm(w) in norm(n) for n in [e["name"], *e["aliases"]])}
        if len(m) != 1:
            err(f"territory wording {w!r} resolves to {sorted(m)}")
        hits |= m
    if len(hits) != 1:
        err(f"stance territories resolve to {sorted(hits)}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
for p in gold["positions"]:
    if ents.get(p["person"], {}).get("type") != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if "former" not in p:
        err(f"position without former flag: {p}")
for rl in gold["relations"]:
    for end in (rl["subject"], rl["object"]):
        if end not in ents:
            err(f"relation end not a gold entity: {end}")

# (4) names unique; not_person; mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            err(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        err(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        t = " " + norm(texts[d]) + " "
        if not any(" " + norm(x) + " " in t for x in [e["name"], *e["aliases"]]):
            err(f"entity not mentioned in {d}: {e['name']}")


# (5) and (6): score an empty graph and the gold graph
def score(ttl, onto):
    cmd = [PY, str(SCORE), ttl, str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py failed ({ttl}, onto={onto}): {r.stderr[-500:]}")
        return None
    return json.loads(r.stdout)


RATES = ["entity_recall", "quote_recall", "attribution_precision", "stance_recall", "stance_precision",
         "position_recall", "relation_recall", "person_precision"]
with tempfile.TemporaryDirectory() as tmp:
    empty, full = f"{tmp}/empty.ttl", f"{tmp}/gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), empty, "--empty"], check=True)
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), full], check=True)
    for onto in (False, True):
        m = score(empty, onto)
        if m:
            for k in ("entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"):
                if m[k] != 0:
                    err(f"empty graph scores {k}={m[k]} (onto={onto})")
        m = score(full, onto)
        if m:
            for k in RATES:
                if m[k] != 1:
                    err(f"gold graph scores {k}={m[k]} (onto={onto}): "
                        f"{[v for kk, v in m.items() if isinstance(v, list) and v]}")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]:
                    err(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person"):
                if m[k]:
                    err(f"gold graph {k}: {m[k]} (onto={onto})")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"OK: {len(gold['quotes'])} quotes ({req(gold['quotes'])} required), {len(gold['stances'])} stances "
      f"({req(gold['stances'])} required), {len(gold['positions'])} positions ({req(gold['positions'])} required), "
      f"{len(gold['relations'])} relations, {len(gold['entities'])} entities")
