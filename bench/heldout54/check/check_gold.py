#!/usr/bin/env python3
"""Check bench/heldout54/gold.json against its articles, an empty graph and a graph built from the gold.

    /work/main/.venv/bin/python bench/heldout54/check/check_gold.py
Exit 0 when every check passes.
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
SCORE = Path("/work/shared/eval/score.py")
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(SCORE.parent))
import gold_src  # noqa: E402
from score import norm  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
arts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir())}

# (1) gold.json is the output of gold_src.py; word counts
if json.loads(json.dumps(gold_src.build(), ensure_ascii=False)) != gold:
    err("gold.json differs from the output of gold_src.py")
if sorted(gold["documents"]) != sorted(arts):
    err(f"documents {gold['documents']} != articles {sorted(arts)}")
for name, text in arts.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim keys, evidence and unattributed strings
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in arts.get(d, ""):
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        if not x.get("docs") or "evidence" not in x:
            err(f"{kind} entry without docs/evidence: {x}")
            continue
        for d in x["docs"]:
            if x["evidence"] not in arts.get(d, ""):
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for x in gold["positions"]:
    if "former" not in x:
        err(f"position without former flag: {x}")
for u in gold["unattributed"]:
    if not any(u in t for t in arts.values()):
        err(f"unattributed string not in any article: {u}")

# entity tables
by_name = {e["name"]: e for e in gold["entities"]}
typ = {e["name"]: e["type"] for e in gold["entities"]}
for q in gold["quotes"]:
    if typ.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/organisation/country: {q['speaker']}")
terr_names = {}
for e in gold["entities"]:
    if e["type"] in ("Territory", "Country"):
        for n in [e["name"], *e["aliases"]]:
            terr_names.setdefault(norm(n), set()).add(e["name"])
for s in gold["stances"]:
    if typ.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    targets = set()
    for w in s["territory_any"]:
        hit = terr_names.get(norm(w), set())
        if len(hit) != 1:
            err(f"territory wording {w!r} resolves to {sorted(hit)}")
        targets |= hit
    if len(targets) != 1:
        err(f"stance territory wordings point to {sorted(targets)}")
    elif typ[next(iter(targets))] != "Territory" and s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
    if s["stance"] not in ("recognises", "doesNotRecognise") or s["status"] not in ("required", "optional"):
        err(f"bad stance fields {s}")
for p in gold["positions"]:
    if typ.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in typ:
            err(f"relation end not a gold entity: {end}")
    if r["predicate"] not in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn", "annexed", "claims"):
        err(f"bad predicate {r['predicate']}")

# (4) unique normalised names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            err(f"entities {seen[n]} and {e['name']} share the name {n!r}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person names a gold person: {s}")
normed = {d: " " + norm(t) + " " for d, t in arts.items()}
for e in gold["entities"]:
    if not e.get("docs"):
        err(f"entity without docs: {e['name']}")
    for d in e.get("docs", []):
        if not any(" " + norm(n) + " " in normed.get(d, "") for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")


def score(graph, onto):
    cmd = [PY, str(SCORE), str(graph), str(SET / "gold.json"), "--json", "--docs", str(SET / "articles")]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py failed ({r.returncode}): {r.stdout[-500:]} {r.stderr[-500:]}")
        return None
    return json.loads(r.stdout)


RATES = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "gold.ttl"
    r = subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)],
                       capture_output=True, text=True)
    if r.returncode:
        err(f"make_graph.py failed: {r.stderr}")
    for onto in (False, True):
        m = score(empty, onto)  # (5)
        if m is not None:
            for k in RATES + ["attribution_precision", "stance_precision"]:
                if m[k] != 0:
                    err(f"empty graph (ontology={onto}): {k} = {m[k]}")
        m = score(full, onto)  # (6)
        if m is not None:
            for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]:
                if m[k] != 1:
                    err(f"gold graph (ontology={onto}): {k} = {m[k]}")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"]:
                if m[k] != 0:
                    err(f"gold graph (ontology={onto}): {k} = {m[k]}")
            for k in ["wrong_attributions", "wrong_stances", "quotes_missed", "stances_missed", "positions_missed",
                      "relations_missed", "entities_missing", "non_persons_as_person", "duplicated", "mistyped"]:
                if m[k]:
                    err(f"gold graph (ontology={onto}): {k} = {m[k]}")

# counts
req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"quotes {req(gold['quotes'])} required / {len(gold['quotes']) - req(gold['quotes'])} optional; "
      f"unattributed {len(gold['unattributed'])}")
st = gold["stances"]
print(f"stances {req(st)} required / {len(st) - req(st)} optional / "
      f"{sum(s['stance'] == 'doesNotRecognise' and s['status'] == 'required' for s in st)} negative (required)")
ps = gold["positions"]
print(f"positions {req(ps)} required / {len(ps) - req(ps)} optional / {sum(p['former'] for p in ps)} former "
      f"({sum(p['former'] and p['status'] == 'required' for p in ps)} required)")
print(f"relations {len(gold['relations'])}; entities {len(gold['entities'])}")
for e in errors:
    print("ERROR:", e)
print("FAIL" if errors else "ALL CHECKS PASS")
sys.exit(1 if errors else 0)
