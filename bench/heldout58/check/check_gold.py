#!/usr/bin/env python3
"""Check bench/heldout58/gold.json against its articles and score.py.  Exit 1 on any failure."""
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
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

fails = []
def fail(msg):
    fails.append(msg)

# (1) gold.json is the output of gold_src.py; word counts
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    ns = {"__name__": "gold_src_check", "__file__": str(HERE / "gold_src.py")}
    exec(compile(src, "gold_src.py", "exec"), ns)
    expected = json.dumps(ns["gold"], indent=1, ensure_ascii=False) + "\n"
if (SET / "gold.json").read_text(encoding="utf-8") != expected:
    fail("gold.json is not the output of gold_src.py")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}
if sorted(arts) != sorted(gold["documents"]):
    fail("documents list differs from articles/")
for name, text in arts.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

# (2) verbatim keys and evidence
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
        fail(f"unattributed not in articles: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    fail("score.py --docs: " + r.stdout)

# (3) ends are gold entities
types = {e["name"]: e["type"] for e in gold["entities"]}
for q in gold["quotes"]:
    if types.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {q['speaker']}")
for s in gold["stances"]:
    if types.get(s["country"]) != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and norm(w) in {norm(n) for n in [e["name"], *e["aliases"]]}]
        if len(hits) != 1:
            fail(f"territory wording {w!r} resolves to {hits}")
for p in gold["positions"]:
    if types.get(p["person"]) != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        fail(f"position without former flag: {p}")
for rel in gold["relations"]:
    for end in (rel["subject"], rel["object"]):
        if end not in types:
            fail(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]:
            fail(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for np_ in gold["not_person"]:
    if norm(np_) in person_names:
        fail(f"not_person names a gold person: {np_}")
normtexts = [" " + norm(t) + " " for t in arts.values()]
for e in gold["entities"]:
    if not any(" " + norm(n) + " " in t for n in [e["name"], *e["aliases"]] for t in normtexts):
        fail(f"entity not mentioned: {e['name']}")


# (5) and (6) scoring
def score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json", "--docs", str(SET / "articles")]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"score.py failed on {graph}: {r.stdout} {r.stderr}")
        return None
    return json.loads(r.stdout)


RATES = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = score(str(empty), onto)
        if m and any(m[k] != 0 for k in RATES):
            fail(f"empty graph scores non-zero (ontology={onto})")
        m = score(str(full), onto)
        if m:
            for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]:
                if abs(m[k] - 1.0) > 1e-9:
                    fail(f"gold graph {k}={m[k]} (ontology={onto})")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"):
                if m[k]:
                    fail(f"gold graph {k}={m[k]} (ontology={onto})")
            for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person"):
                if m[k]:
                    fail(f"gold graph {k}: {m[k]} (ontology={onto})")

req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"quotes {req(gold['quotes'])} req / {len(gold['quotes']) - req(gold['quotes'])} opt; "
      f"unattributed {len(gold['unattributed'])}; stances {req(gold['stances'])} req / "
      f"{len(gold['stances']) - req(gold['stances'])} opt / "
      f"{sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])} negative; positions "
      f"{req(gold['positions'])} req / {len(gold['positions']) - req(gold['positions'])} opt / "
      f"{sum(p['former'] for p in gold['positions'])} former; relations {len(gold['relations'])}; "
      f"entities {len(gold['entities'])}")
if fails:
    print("FAIL", *fails, sep="\n  ")
    sys.exit(1)
print("all checks passed")
