#!/usr/bin/env python3
"""Checks for bench/heldout57/gold.json (see README). Exit 1 on any failure."""
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
QM = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
errors = []


def norm(t):
    t = unicodedata.normalize("NFKC", str(t)).translate(QM).casefold()
    t = t.replace("'s ", " ").replace("'", "")
    t = re.sub(r"[^\w\s]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def fail(msg):
    errors.append(msg)


# (1) gold.json is exactly the output of gold_src.py; word counts
before = (SET / "gold.json").read_bytes()
with tempfile.TemporaryDirectory() as td:
    tmp = Path(td) / "check"
    tmp.mkdir()
    (tmp / "gold_src.py").write_bytes((HERE / "gold_src.py").read_bytes())
    subprocess.run([PY, str(tmp / "gold_src.py")], check=True)
    if (Path(td) / "gold.json").read_bytes() != before:
        fail("gold.json differs from the output of gold_src.py")
gold = json.loads(before)
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}
if sorted(arts) != sorted(gold["documents"]):
    fail(f"documents {gold['documents']} != articles {sorted(arts)}")
for name, text in arts.items():
    w = len(text.split())
    if not 500 <= w <= 900:
        fail(f"{name}: {w} words")

# (2) verbatim strings
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in arts[d]:
            fail(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in arts[d]:
                fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
alltext = "\n".join(arts.values())
for u in gold["unattributed"]:
    if u not in alltext:
        fail(f"unattributed string not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    fail("score.py --docs: " + r.stdout)

# (3) ends are gold entities of the right type
ent = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if ent.get(q["speaker"], {}).get("type") not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/organisation/country: {q['speaker']}")
for s in gold["stances"]:
    if ent.get(s["country"], {}).get("type") != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    hits = {e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
            for n in [e["name"], *e["aliases"]] for t in s["territory_any"] if norm(t) in norm(n)}
    if len(hits) != 1:
        fail(f"territory wording {s['territory_any']} resolves to {sorted(hits)}")
for p in gold["positions"]:
    if ent.get(p["person"], {}).get("type") != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if "former" not in p:
        fail(f"position without former flag: {p}")
for rel in gold["relations"]:
    for end in (rel["subject"], rel["object"]):
        if end not in ent:
            fail(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            fail(f"name clash: {n} ({e['name']} / {seen[k]})")
        seen[k] = e["name"]
pnames = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in pnames:
        fail(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(re.search(r"(?<!\w)" + re.escape(norm(n)) + r"(?!\w)", norm(arts[d]))
                   for n in [e["name"], *e["aliases"]]):
            fail(f"entity not mentioned in {d}: {e['name']}")


# (5) empty graph, (6) graph from gold
def score(graph, onto):
    cmd = [PY, str(SCORE), str(graph), str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"score.py failed on {graph} (ontology={onto}): {r.stderr or r.stdout}")
        return None
    return json.loads(r.stdout)


with tempfile.TemporaryDirectory() as td:
    empty = Path(td) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(td) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = score(empty, onto)
        if m:
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0:
                    fail(f"empty graph {k}={m[k]} (ontology={onto})")
        m = score(full, onto)
        if m:
            for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                      "position_recall", "relation_recall", "entity_recall", "person_precision"):
                if m[k] != 1:
                    fail(f"gold graph {k}={m[k]} (ontology={onto}) {m}")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k] != 0:
                    fail(f"gold graph {k}={m[k]} (ontology={onto})")
            if m["wrong_attributions"] or m["wrong_stances"]:
                fail(f"gold graph wrong attributions/stances: {m['wrong_attributions']} {m['wrong_stances']}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print(f"OK: {len(gold['entities'])} entities, {len(gold['quotes'])} quotes, {len(gold['stances'])} stances, "
      f"{len(gold['positions'])} positions, {len(gold['relations'])} relations")
