#!/usr/bin/env python3
"""Checks bench/heldout73/gold.json against the articles and score.py. Exit 1 on any failure."""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
SCORE = Path("/work/shared/eval/score.py")
ONTO = Path("/work/main/ontology/kg.ttl")
PY = sys.executable
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []
def fail(msg):
    errors.append(msg)

# (1) gold.json is exactly the output of gold_src.py; article lengths
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    ns = {"__name__": "gold_src_check", "__file__": str(HERE / "gold_src.py")}
    exec(compile(src, "gold_src.py", "exec"), ns)
    expected = json.dumps(ns["gold"], indent=1, ensure_ascii=False) + "\n"
if (SET / "gold.json").read_text(encoding="utf-8") != expected:
    fail("gold.json is not the output of gold_src.py")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    fail(f"documents mismatch: {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")
ntexts = {k: norm(v) for k, v in texts.items()}

# (2) verbatim occurrence
def occurs(s, doc):
    return s in texts[doc]
for q in gold["quotes"]:
    for d in q["docs"]:
        if not occurs(q["key"], d):
            fail(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if not occurs(x["evidence"], d):
                fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        fail(f"unattributed not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    fail("score.py --docs: " + r.stdout)

# (3) speakers, holders, territories, position holders, relation ends
etype = {e["name"]: e["type"] for e in gold["entities"]}
for q in gold["quotes"]:
    if etype.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {q['speaker']}")
for s in gold["stances"]:
    if etype.get(s["country"]) != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and any(norm(w) in norm(n) for n in [e["name"], *e["aliases"]])]
        if len(hits) != 1:
            fail(f"territory wording {w!r} resolves to {hits}")
for p in gold["positions"]:
    if etype.get(p["person"]) != "Person":
        fail(f"position holder not a gold person: {p['person']}")
for rel in gold["relations"]:
    for end in (rel["subject"], rel["object"]):
        if end not in etype:
            fail(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            fail(f"name {n!r} shared by {seen[k]} and {e['name']}")
        seen[k] = e["name"]
persons = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in persons:
        fail(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(n) and re.search(r"\b" + re.escape(norm(n)) + r"\b", ntexts[d]) for n in [e["name"], *e["aliases"]]):
            fail(f"entity {e['name']} not mentioned in {d}")

# quoted spans: every span between quotation marks must contain a key, partial key or unattributed string
keys = [norm(q["key"]) for q in gold["quotes"]] + [norm(u) for u in gold["unattributed"]]
SINGLE_QUOTE_DOCS = {"02_imphalfreepress_kwatha.txt", "03_tuoitrenews_pac_ngam.txt"}
for name, t in texts.items():
    spans = re.findall(r'"([^"]+)"', t) + re.findall(r"“([^”]+)”", t)
    if name in SINGLE_QUOTE_DOCS:
        spans += re.findall(r"(?<!\w)'([^']+?)'(?!\w)", t) + re.findall(r"‘(.+?)’(?!\w)", t)
    for sp in spans:
        if not any(k in norm(sp) for k in keys):
            fail(f"{name}: quoted span with no gold entry: {sp[:70]!r}")
    if t.count('"') % 2:
        fail(f"{name}: odd number of straight double quotes")

# (5) empty graph scores 0; (6) gold graph scores 1
def run_score(ttl, onto):
    cmd = [PY, str(SCORE), ttl, str(SET / "gold.json"), "--json", "--docs", str(ART)]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"score.py failed on {ttl}: {r.stdout} {r.stderr}")
        return None
    return json.loads(r.stdout)

RECALLS = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = run_score(str(empty), onto)
        if m and any(m[k] != 0 for k in RECALLS):
            fail(f"empty graph does not score 0 (ontology={onto})")
        m = run_score(str(full), onto)
        if m:
            for k in RECALLS + ["attribution_precision", "stance_precision", "person_precision"]:
                if m[k] != 1.0:
                    fail(f"gold graph {k}={m[k]} (ontology={onto}): "
                         f"{m.get('quotes_missed') or m.get('wrong_attributions') or m.get('wrong_stances') or m.get('positions_missed') or m.get('relations_missed') or m.get('entities_missing') or m.get('non_persons_as_person')}")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
                if m[k] != 0:
                    fail(f"gold graph {k}={m[k]} (ontology={onto}) {m.get('duplicated')} {m.get('mistyped')}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
c = {k: len(gold[k]) for k in ("quotes", "stances", "positions", "relations", "entities")}
print("OK", c)
