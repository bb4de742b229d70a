#!/usr/bin/env python3
"""Check bench/heldout48/gold.json against its articles and the scorer (see README)."""
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

sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


gold_text = (SET / "gold.json").read_text(encoding="utf-8")
gold = json.loads(gold_text)
# (1)
if gold_text != gold_src.render():
    err("gold.json is not the output of gold_src.py")
docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir())}
if sorted(docs) != sorted(gold["documents"]):
    err(f"documents differ: {sorted(docs)}")
for name, text in docs.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")
# (2)
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in docs[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in docs[d]:
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
alltext = "\n".join(docs.values())
for u in gold["unattributed"]:
    if u not in alltext:
        err(f"unattributed not verbatim: {u}")
# (3)
ents = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if ents.get(q["speaker"], {}).get("type") not in ("Person", "Organization", "Country"):
        err(f"bad speaker {q['speaker']}")
    if q["status"] not in ("required", "optional"):
        err(f"bad status {q}")
terr_names = {}
for e in gold["entities"]:
    if e["type"] in ("Territory", "Country"):
        for nm in [e["name"], *e["aliases"]]:
            terr_names.setdefault(norm(nm), set()).add(e["name"])
for s in gold["stances"]:
    if ents.get(s["country"], {}).get("type") != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    targets = set()
    for w in s["territory_any"]:
        hit = terr_names.get(norm(w), set())
        if len(hit) != 1:
            err(f"territory wording {w!r} resolves to {hit}")
        targets |= hit
    if len(targets) != 1:
        err(f"stance territories resolve to {targets}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
for p in gold["positions"]:
    if ents.get(p["person"], {}).get("type") != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position lacks former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in ents:
            err(f"relation end not a gold entity: {end}")
# (4)
seen = {}
for e in gold["entities"]:
    for nm in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if nm in seen and seen[nm] != e["name"]:
            err(f"name {nm!r} shared by {seen[nm]} and {e['name']}")
        seen[nm] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for npn in gold["not_person"]:
    if norm(npn) in person_names:
        err(f"not_person names a gold person: {npn}")
ndocs = {k: " " + norm(v) + " " for k, v in docs.items()}
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(f" {norm(n)} " in ndocs[d] for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")
# score.py --docs
tmp = Path(tempfile.mkdtemp())


def run(args):
    return subprocess.run([PY, str(SCORE), *args], capture_output=True, text=True)


# (5) empty graph, (6) gold graph
subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(tmp / "empty.ttl"), "--empty"],
               check=True)
subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(tmp / "gold.ttl")], check=True)
for onto in ([], ["--ontology", str(ONTO)]):
    res = run([str(tmp / "empty.ttl"), str(SET / "gold.json"), "--docs", str(SET / "articles"), "--json", *onto])
    if res.returncode != 0:
        err(f"score.py failed on empty graph {onto}: {res.stdout} {res.stderr}")
        continue
    m = json.loads(res.stdout)
    for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
        if m[k] != 0:
            err(f"empty graph {onto}: {k}={m[k]}")
    res = run([str(tmp / "gold.ttl"), str(SET / "gold.json"), "--docs", str(SET / "articles"), "--json", *onto])
    if res.returncode != 0:
        err(f"score.py failed on gold graph {onto}: {res.stdout} {res.stderr}")
        continue
    m = json.loads(res.stdout)
    for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
              "relation_recall", "entity_recall", "person_precision"):
        if m[k] != 1:
            err(f"gold graph {onto}: {k}={m[k]}")
    for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"):
        if m[k] != 0:
            err(f"gold graph {onto}: {k}={m[k]}")
    for k in ("wrong_attributions", "wrong_stances", "entities_missing", "quotes_missed", "stances_missed",
              "positions_missed", "relations_missed", "mistyped", "duplicated", "non_persons_as_person"):
        if m[k]:
            err(f"gold graph {onto}: {k}={m[k]}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"OK: quotes {req(gold['quotes'])}/{len(gold['quotes']) - req(gold['quotes'])} req/opt, "
      f"unattributed {len(gold['unattributed'])}, stances {req(gold['stances'])}/"
      f"{len(gold['stances']) - req(gold['stances'])} "
      f"(negative {sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])}), positions "
      f"{req(gold['positions'])}/{len(gold['positions']) - req(gold['positions'])} "
      f"(former {sum(p['former'] for p in gold['positions'])}), relations {len(gold['relations'])}, "
      f"entities {len(gold['entities'])}")
