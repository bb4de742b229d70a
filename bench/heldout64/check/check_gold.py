#!/usr/bin/env python3
"""Checks bench/heldout64/gold.json against its articles and score.py (see README)."""
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
PY = sys.executable
SCORE = Path("/work/shared/eval/score.py")
ONTO = Path("/work/main/ontology/kg.ttl")
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
errors = []


def norm(text):  # same as score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def fail(msg):
    errors.append(msg)


sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402

gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
# (1) gold.json is exactly gold_src's output; article lengths
if gold != json.loads(json.dumps(gold_src.gold, ensure_ascii=False)):
    fail("gold.json differs from gold_src.py output (re-run gold_src.py)")
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    fail(f"documents {gold['documents']} != articles {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

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
        fail(f"unattributed string not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    fail("score.py --docs: " + r.stdout)

# (3) speakers, holders, territories, position holders, relation ends
ents = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if q["speaker"] not in ents or ents[q["speaker"]]["type"] not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {q['speaker']}")
terr_labels = {e["name"]: [norm(n) for n in [e["name"], *e["aliases"]]] for e in gold["entities"]
               if e["type"] in ("Territory", "Country")}
for s in gold["stances"]:
    if s["country"] not in ents or ents[s["country"]]["type"] != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        fail(f"bad stance {s['stance']}")
    for w in s["territory_any"]:
        hits = {n for n, labs in terr_labels.items() if any(norm(w) in lab for lab in labs)}
        exact = {n for n, labs in terr_labels.items() if norm(w) in labs}
        if len(hits) != 1 or len(exact) != 1:
            fail(f"territory wording {w!r} resolves to {sorted(hits)}")
for p in gold["positions"]:
    if p["person"] not in ents or ents[p["person"]]["type"] != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        fail(f"position without former flag: {p['person']}")
for x in gold["relations"]:
    for end in (x["subject"], x["object"]):
        if end not in ents:
            fail(f"relation end not a gold entity: {end}")
    if x["predicate"] not in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn", "annexed", "claims"):
        fail(f"bad predicate {x['predicate']}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            fail(f"name clash {n!r}: {seen[k]} / {e['name']}")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        fail(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(n in texts[d] for n in [e["name"], *e["aliases"]]):
            fail(f"entity {e['name']} not mentioned in {d}")

# (5) empty graph, (6) graph built from the gold
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in ([], ["--ontology", str(ONTO)]):
        r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--json", *onto],
                           capture_output=True, text=True)
        if r.returncode:
            fail(f"empty graph {onto}: {r.stderr}")
        else:
            m = json.loads(r.stdout)
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0:
                    fail(f"empty graph {onto}: {k}={m[k]}")
        r = subprocess.run([PY, str(SCORE), str(full), str(SET / "gold.json"), "--json", "--docs", str(ART), *onto],
                           capture_output=True, text=True)
        if r.returncode:
            fail(f"gold graph {onto}: {r.stdout} {r.stderr}")
            continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                  "position_recall", "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1:
                fail(f"gold graph {onto}: {k}={m[k]}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k] != 0:
                fail(f"gold graph {onto}: {k}={m[k]} {m.get('duplicated')} {m.get('mistyped')}")
        for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person"):
            if m[k]:
                fail(f"gold graph {onto}: {k}={m[k]}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
c = lambda xs, st: sum(x["status"] == st for x in xs)
print(f"OK: {len(texts)} articles; quotes {c(gold['quotes'], 'required')}/{c(gold['quotes'], 'optional')}, "
      f"stances {c(gold['stances'], 'required')}/{c(gold['stances'], 'optional')}, "
      f"positions {c(gold['positions'], 'required')}/{c(gold['positions'], 'optional')}, "
      f"relations {len(gold['relations'])}, entities {len(gold['entities'])}")
