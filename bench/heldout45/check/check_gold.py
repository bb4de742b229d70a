#!/usr/bin/env python3
"""Check bench/heldout45/gold.json against the articles and the scorer.  Exit 1 on any failure."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
PY = sys.executable
SCORE = "/work/shared/eval/score.py"
ONT = str(ROOT / "ontology" / "kg.ttl")
sys.path.insert(0, "/work/shared/eval")
from score import norm  # noqa: E402

errors = []
def fail(msg):
    errors.append(msg)

gold_text = (SET / "gold.json").read_text(encoding="utf-8")
gold = json.loads(gold_text)
arts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir())}

# (1) gold.json is exactly the output of gold_src.py; word counts
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    (Path(tmp) / "check").mkdir()
    (Path(tmp) / "check" / "gold_src.py").write_text(src, encoding="utf-8")
    subprocess.run([PY, str(Path(tmp) / "check" / "gold_src.py")], check=True, capture_output=True)
    if (Path(tmp) / "gold.json").read_text(encoding="utf-8") != gold_text:
        fail("gold.json differs from the output of gold_src.py")
if sorted(gold["documents"]) != sorted(arts):
    fail(f"documents {gold['documents']} != articles {sorted(arts)}")
for name, text in arts.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

# (2) verbatim strings
for qt in gold["quotes"]:
    for d in qt["docs"]:
        if qt["key"] not in arts[d]:
            fail(f"quote key not verbatim in {d}: {qt['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in arts[d]:
                fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for x in gold.get("no_stance", []):
    if x["evidence"] not in arts[x["doc"]]:
        fail(f"no_stance evidence not in {x['doc']}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in arts.values()):
        fail(f"unattributed string not in any article: {u}")

# (3) ends are gold entities
ents = {e["name"]: e for e in gold["entities"]}
def typ(n):
    return ents[n]["type"] if n in ents else None
for qt in gold["quotes"]:
    if typ(qt["speaker"]) not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {qt['speaker']}")
terrs = [e for e in gold["entities"] if e["type"] == "Territory"]
for s in gold["stances"]:
    if typ(s["country"]) != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        fail(f"bad stance {s['stance']}")
    for k in s["territory_any"]:
        hits = [e["name"] for e in terrs if any(norm(k) in norm(n) for n in [e["name"], *e["aliases"]])]
        if len(hits) != 1:
            fail(f"territory wording {k!r} resolves to {hits}")
    if s["status"] not in ("required", "optional"):
        fail(f"bad status {s}")
for p in gold["positions"]:
    if typ(p["person"]) != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        fail(f"position without former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in ents:
            fail(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            fail(f"name {n!r} shared by {seen[k]} and {e['name']}")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        fail(f"not_person names a gold person: {s}")
for e in gold["entities"]:
    for d in e["docs"]:
        t = " " + norm(arts[d]) + " "
        if not any(" " + norm(n) + " " in t for n in [e["name"], *e["aliases"]]):
            fail(f"entity {e['name']} not mentioned in {d}")

# (5) empty graph, (6) gold graph
def score(graph, ont):
    cmd = [PY, SCORE, graph, str(SET / "gold.json"), "--docs", str(SET / "articles"), "--json"]
    if ont:
        cmd += ["--ontology", ONT]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"score.py failed ({out.returncode}): {out.stdout} {out.stderr}")
        return None
    return json.loads(out.stdout)

METRICS = ["entity_recall", "quote_recall", "attribution_precision", "stance_recall", "stance_precision",
           "position_recall", "relation_recall", "person_precision"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for ont in (False, True):
        m = score(str(empty), ont)
        if m is not None:
            for k in ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]:
                if m[k] != 0:
                    fail(f"empty graph (ontology={ont}): {k}={m[k]}")
        m = score(str(full), ont)
        if m is not None:
            for k in METRICS:
                if abs(m[k] - 1.0) > 1e-9:
                    fail(f"gold graph (ontology={ont}): {k}={m[k]}")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
                if m[k]:
                    fail(f"gold graph (ontology={ont}): {k}={m[k]} {m.get('duplicated')} {m.get('mistyped')}")
            for k in ["wrong_attributions", "wrong_stances", "quotes_missed", "stances_missed",
                      "positions_missed", "relations_missed", "entities_missing", "non_persons_as_person"]:
                if m[k]:
                    fail(f"gold graph (ontology={ont}): {k}: {m[k]}")

req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"quotes {req(gold['quotes'])} required / {len(gold['quotes']) - req(gold['quotes'])} optional; "
      f"unattributed {len(gold['unattributed'])}; stances {req(gold['stances'])} req / "
      f"{len(gold['stances']) - req(gold['stances'])} opt / "
      f"{sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])} doesNotRecognise; "
      f"positions {req(gold['positions'])} req / {len(gold['positions']) - req(gold['positions'])} opt / "
      f"{sum(p['former'] for p in gold['positions'])} former; relations {len(gold['relations'])}; "
      f"entities {len(gold['entities'])}")
if errors:
    print("FAILED:", *errors, sep="\n  ")
    sys.exit(1)
print("all checks passed")
