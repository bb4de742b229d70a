#!/usr/bin/env python3
"""Check bench/heldout51/gold.json against the articles, an empty graph and a graph built from the gold.

    .venv/bin/python bench/heldout51/check/check_gold.py
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
ARTS = SET / "articles"
sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402
from make_graph import main as make_graph, norm  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


gold_text = (SET / "gold.json").read_text(encoding="utf-8")
gold = json.loads(gold_text)
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTS.iterdir())}
ntexts = {k: " " + norm(v) + " " for k, v in texts.items()}

# (1) gold.json is the output of gold_src.py; article lengths
if gold_text != gold_src.dump(gold_src.build()):
    err("gold.json differs from the output of gold_src.py")
if sorted(texts) != sorted(gold["documents"]):
    err(f"documents {gold['documents']} != articles {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim keys, evidence, unattributed
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]:
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        err(f"unattributed string not in any article: {u}")

# (3) speakers, holders, territories, ends
etype = {e["name"]: e["type"] for e in gold["entities"]}
for q in gold["quotes"]:
    if etype.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/organisation/country: {q['speaker']}")
for s in gold["stances"]:
    if etype.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and any(norm(w) in norm(n) for n in [e["name"], *e["aliases"]])]
        if len(hits) != 1:
            err(f"territory wording {w!r} resolves to {hits}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
for p in gold["positions"]:
    if etype.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if "former" not in p:
        err(f"position without former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in etype:
            err(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            err(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person string names a gold person: {s}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(" " + norm(n) + " " in ntexts[d] for n in [e["name"], *e["aliases"]]):
            err(f"entity not mentioned in {d}: {e['name']}")

# (5) and (6) score.py on an empty graph and on the gold graph
def score(graph, onto, docs=False):
    cmd = [sys.executable, str(SCORE), graph, str(SET / "gold.json"), "--json"]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    if docs:
        cmd += ["--docs", str(ARTS)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py failed ({' '.join(cmd[2:])}): {r.stdout} {r.stderr}")
        return None
    return json.loads(r.stdout)


RATES = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "gold.ttl"
    make_graph(str(SET / "gold.json"), str(full))
    for onto in (False, True):
        m = score(str(empty), onto)
        if m is not None:
            for k in RATES + ["attributions", "stance_triples", "position_facts", "person_nodes"]:
                if m[k] != 0:
                    err(f"empty graph (ontology={onto}): {k} = {m[k]}")
        m = score(str(full), onto, docs=True)
        if m is not None:
            for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]:
                if m[k] != 1:
                    err(f"gold graph (ontology={onto}): {k} = {m[k]}")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                      "quotes_found_wrong_speaker"]:
                if m[k] != 0:
                    err(f"gold graph (ontology={onto}): {k} = {m[k]}")
            for k in ["wrong_attributions", "wrong_stances", "non_persons_as_person", "duplicated",
                      "mistyped", "quotes_missed", "stances_missed", "positions_missed", "relations_missed",
                      "entities_missing"]:
                if m[k]:
                    err(f"gold graph (ontology={onto}): {k} = {m[k]}")

# summary
def count(kind, **kw):
    return sum(all(x.get(k) == v for k, v in kw.items()) for x in gold[kind])


print(f"quotes required {count('quotes', status='required')} optional {count('quotes', status='optional')}; "
      f"unattributed {len(gold['unattributed'])}; "
      f"stances required {count('stances', status='required')} optional {count('stances', status='optional')} "
      f"negative {count('stances', stance='doesNotRecognise')}; "
      f"positions required {count('positions', status='required')} optional {count('positions', status='optional')} "
      f"former {count('positions', former=True)}; relations {len(gold['relations'])}; "
      f"entities {len(gold['entities'])}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)", *errors, sep="\n  ")
    sys.exit(1)
print("OK: all checks pass")
