#!/usr/bin/env python3
"""Checks bench/heldout72/gold.json against its articles, an empty graph and a graph built from the gold."""
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
sys.path.insert(0, str(SCORE.parent))
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm

errors = []
def fail(msg):
    errors.append(msg)

gold_text = (SET / "gold.json").read_text(encoding="utf-8")
gold = json.loads(gold_text)
# (1) gold.json is exactly the output of gold_src.py; word counts
spec2 = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
gs = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(gs)
if json.dumps(gs.gold, indent=1, ensure_ascii=False) + "\n" != gold_text:
    fail("gold.json is not the output of gold_src.py")
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}
if sorted(arts) != sorted(gold["documents"]):
    fail(f"documents differ: {sorted(arts)}")
for name, text in arts.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

# (2) verbatim occurrence
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
        fail(f"unattributed not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(SET / "articles")],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    fail("score.py --docs: " + r.stdout)

# (3) roles
names = {}
for e in gold["entities"]:
    names[e["name"]] = e
by_type = lambda t: {n for n, e in names.items() if e["type"] == t}
for q in gold["quotes"]:
    if q["speaker"] not in by_type("Person") | by_type("Organization") | by_type("Country"):
        fail(f"speaker not a gold person/org/country: {q['speaker']}")
alias_to_terr = {}
for e in gold["entities"]:
    if e["type"] == "Territory":
        for n in [e["name"], *e["aliases"]]:
            alias_to_terr.setdefault(norm(n), set()).add(e["name"])
for s in gold["stances"]:
    if s["country"] not in by_type("Country"):
        fail(f"stance holder not a country: {s['country']}")
    for w in s["territory_any"]:
        hits = {t for k, ts in alias_to_terr.items() if norm(w) in k for t in ts}
        if len(hits) != 1:
            fail(f"territory wording {w!r} resolves to {hits}")
for p in gold["positions"]:
    if p["person"] not in by_type("Person"):
        fail(f"position holder not a person: {p['person']}")
for rel in gold["relations"]:
    for end in (rel["subject"], rel["object"]):
        if end not in names:
            fail(f"relation end not an entity: {end}")

# (4) names
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            fail(f"shared name {n!r}: {seen[n]} / {e['name']}")
        seen[n] = e["name"]
person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        fail(f"not_person names a person: {n}")
for e in gold["entities"]:
    if not any(x.casefold() in arts[d].casefold() for d in e["docs"] for x in [e["name"], *e["aliases"]]):
        fail(f"entity not mentioned in its article: {e['name']}")

# (7) every quoted span contains a key, partial key or unattributed string
SINGLE_STRAIGHT = {"02_timescolonist_juan_de_fuca_wedge.txt"}
def spans(text, name):
    out = []
    for para in re.split(r"\n", text):
        pos = [m.start() for m in re.finditer('"', para)]
        for i in range(0, len(pos), 2):
            end = pos[i + 1] if i + 1 < len(pos) else len(para)
            out.append(para[pos[i] + 1:end])
        out += [m.group(1) for m in re.finditer(r"“([^”]*)(?:”|$)", para)]
        out += [m.group(1) for m in re.finditer(r"‘([^’]*)’", para)]
        if name in SINGLE_STRAIGHT:
            out += [m.group(1) for m in re.finditer(r"(?:^|(?<=\s))'([^'\n]+?)'(?=[\s.,;:!?]|$)", para)]
    return out
for name, text in arts.items():
    keys = [norm(q["key"]) for q in gold["quotes"] if name in q["docs"]] + [norm(u) for u in gold["unattributed"]]
    for sp in spans(text, name):
        if not any(k in norm(sp) for k in keys):
            fail(f"{name}: quoted span without gold entry: {sp[:70]!r}")

# (5)/(6) scoring
def run_score(graph, onto):
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
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    built = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(built)], check=True)
    for onto in (False, True):
        m = run_score(str(empty), onto)
        if m and any(m[k] != 0 for k in RATES):
            fail(f"empty graph not 0 (onto={onto})")
        m = run_score(str(built), onto)
        if m:
            for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]:
                if m[k] != 1.0:
                    fail(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
                if m[k] != 0:
                    fail(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ["wrong_attributions", "wrong_stances", "non_persons_as_person"]:
                if m[k]:
                    fail(f"gold graph {k}: {m[k]}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print(f"OK: {len(gold['quotes'])} quotes, {len(gold['stances'])} stances, {len(gold['positions'])} positions, "
      f"{len(gold['relations'])} relations, {len(gold['entities'])} entities")
