#!/usr/bin/env python3
"""Checks for bench/heldout74/gold.json (see README, 'How the gold was checked')."""
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

errors = []
def fail(msg):
    errors.append(msg)

# (1) gold.json is exactly the output of gold_src.py; word counts
before = (SET / "gold.json").read_text(encoding="utf-8")
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([PY, str(HERE / "gold_src.py")], check=True)
after = (SET / "gold.json").read_text(encoding="utf-8")
if before != after:
    fail("gold.json differs from the output of gold_src.py (it has now been rewritten)")
gold = json.loads(after)
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    fail(f"documents {sorted(gold['documents'])} != articles {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

# (2) verbatim occurrence
def occurs(doc, s, what):
    if s not in texts.get(doc, ""):
        fail(f"{what} not verbatim in {doc}: {s!r}")
for q in gold["quotes"]:
    for d in q["docs"]:
        occurs(d, q["key"], "quote key")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            occurs(d, x["evidence"], f"{kind} evidence")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        fail(f"unattributed string not found: {u!r}")
for a in gold["anonymous"]:
    occurs(a["doc"], a["text"], "anonymous quote")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    fail("score.py --docs: " + r.stdout)

# every quoted span contains a key, partial or unattributed string
allowed = [norm(q["key"]) for q in gold["quotes"]] + [norm(u) for u in gold["unattributed"]] + \
          [norm(a["text"]) for a in gold["anonymous"]]
PATTERNS = [r'"([^"\n]+)"', r"“([^”\n]+)”", r"«([^»\n]+)»", r"‘(.+?)’(?![A-Za-z])"]
nspans = 0
for name, t in texts.items():
    for pat in PATTERNS:
        for m in re.finditer(pat, t):
            nspans += 1
            span = norm(m.group(1))
            if not any(k and k in span for k in allowed):
                fail(f"{name}: quoted span with no gold entry: {m.group(0)[:80]!r}")

# (3) speakers, holders, territories, ends
by_name = {e["name"]: e for e in gold["entities"]}
def names_of(e):
    return [e["name"], *e["aliases"]]
for q in gold["quotes"]:
    e = by_name.get(q["speaker"])
    if not e or e["type"] not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/organisation/country: {q['speaker']}")
for s in gold["stances"]:
    e = by_name.get(s["country"])
    if not e or e["type"] != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [x for x in gold["entities"] if x["type"] in ("Territory", "Country")
                and norm(w) in [norm(n) for n in names_of(x)]]
        if len(hits) != 1:
            fail(f"territory wording {w!r} resolves to {len(hits)} gold territories")
for p in gold["positions"]:
    e = by_name.get(p["person"])
    if not e or e["type"] != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if p["former"] not in (True, False):
        fail(f"position without former flag: {p}")
for rel in gold["relations"]:
    for end in (rel["subject"], rel["object"]):
        if end not in by_name:
            fail(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in names_of(e):
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            fail(f"name {n!r} shared by {seen[k]} and {e['name']}")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in names_of(e)}
for n in gold["not_person"]:
    if norm(n) in person_names:
        fail(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        nt = norm(texts[d])
        if not any(re.search(r"(^| )" + re.escape(norm(n)) + r"($| )", nt) for n in names_of(e)):
            fail(f"entity {e['name']} not mentioned in {d}")

# (5) and (6) score.py on an empty graph and on the gold graph
def score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        fail(f"score.py failed ({graph}, onto={onto}): {res.stderr[-500:]}")
        return None
    return json.loads(res.stdout)
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    RECALLS = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
    for onto in (False, True):
        m = score(str(empty), onto)
        if m and any(m[k] != 0 for k in RECALLS):
            fail(f"empty graph does not score 0 (onto={onto})")
        m = score(str(full), onto)
        if m:
            for k in RECALLS + ["attribution_precision", "stance_precision", "person_precision"]:
                if abs(m[k] - 1.0) > 1e-9:
                    fail(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
                if m[k]:
                    fail(f"gold graph {k}={m[k]} (onto={onto})")
            if m["wrong_attributions"] or m["wrong_stances"]:
                fail(f"gold graph wrong attributions/stances (onto={onto})")

req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"quotes {req(gold['quotes'])}/{len(gold['quotes']) - req(gold['quotes'])}, unattributed "
      f"{len(gold['unattributed'])}, stances {req(gold['stances'])}/{len(gold['stances']) - req(gold['stances'])}, "
      f"positions {req(gold['positions'])}/{len(gold['positions']) - req(gold['positions'])} "
      f"(former {sum(p['former'] for p in gold['positions'])}), relations {len(gold['relations'])}, "
      f"entities {len(gold['entities'])}, quoted spans checked {nspans}")
if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print("OK: all checks pass")
