#!/usr/bin/env python3
"""Consistency checks of bench/heldout66/gold.json (see README). Exit 1 on any failure."""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
ROOT = SET.parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

fails = []


def fail(msg):
    fails.append(msg)


# (1) gold.json is exactly the output of gold_src.py; article lengths
sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402
expected = json.dumps(gold_src.gold, indent=1, ensure_ascii=False) + "\n"
actual = (SET / "gold.json").read_text(encoding="utf-8")
if expected != actual:
    fail("gold.json differs from the output of gold_src.py")
gold = json.loads(actual)
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    fail(f"documents mismatch: {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

# (2) verbatim strings
for qq in gold["quotes"]:
    for d in qq["docs"]:
        if qq["key"] not in texts[d]:
            fail(f"quote key not verbatim in {d}: {qq['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]:
                fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        fail(f"unattributed string not in any article: {u}")
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--docs", str(ART)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"score.py --docs failed: {r.stdout} {r.stderr}")

# (3) references resolve
by_name = {e["name"]: e for e in gold["entities"]}
for qq in gold["quotes"]:
    e = by_name.get(qq["speaker"])
    if not e or e["type"] not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {qq['speaker']}")
names_norm = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        lst = names_norm.setdefault(norm(n), [])
        if e not in lst:
            lst.append(e)
for s in gold["stances"]:
    e = by_name.get(s["country"])
    if not e or e["type"] != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = {x["name"] for x in names_norm.get(norm(w), []) if x["type"] in ("Territory", "Country")}
        if len(hits) != 1:
            fail(f"territory wording {w!r} resolves to {hits}")
for p in gold["positions"]:
    e = by_name.get(p["person"])
    if not e or e["type"] != "Person":
        fail(f"position holder not a gold person: {p['person']}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in by_name:
            fail(f"relation end not a gold entity: {end}")

# (4) names unique; not_person; mentions
for n, es in names_norm.items():
    if len(es) > 1:
        fail(f"normalised name shared by several entities: {n}")
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        fail(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        t = " " + norm(texts[d]) + " "
        if not any(" " + norm(n) + " " in t for n in [e["name"], *e["aliases"]]):
            fail(f"entity not mentioned in {d}: {e['name']}")

# (5) empty graph scores 0; (6) gold graph scores 1.00
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in ([], ["--ontology", str(ONTO)]):
        r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--json", *onto],
                           capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"empty graph: score.py failed {r.stderr}")
        else:
            m = json.loads(r.stdout)
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall",
                      "attributions", "person_nodes"):
                if m[k] != 0:
                    fail(f"empty graph {onto}: {k}={m[k]}")
        r = subprocess.run([PY, str(SCORE), str(full), str(SET / "gold.json"), "--json", *onto],
                           capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"gold graph: score.py failed {r.stderr}")
            continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                  "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1.0:
                fail(f"gold graph {onto}: {k}={m[k]}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k] != 0:
                fail(f"gold graph {onto}: {k}={m[k]}")
        for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person", "quotes_missed",
                  "stances_missed", "positions_missed", "relations_missed", "entities_missing"):
            if m[k]:
                fail(f"gold graph {onto}: {k}={m[k]}")

# counts
req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"quotes required {req(gold['quotes'])} optional {len(gold['quotes']) - req(gold['quotes'])}; "
      f"unattributed {len(gold['unattributed'])}; stances required {req(gold['stances'])} optional "
      f"{len(gold['stances']) - req(gold['stances'])} negative "
      f"{sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])}; positions required "
      f"{req(gold['positions'])} optional {len(gold['positions']) - req(gold['positions'])} former "
      f"{sum(p['former'] for p in gold['positions'])}; relations {len(gold['relations'])}; "
      f"entities {len(gold['entities'])}")
if fails:
    print("FAIL", *fails, sep="\n  ")
    sys.exit(1)
print("all checks passed")
