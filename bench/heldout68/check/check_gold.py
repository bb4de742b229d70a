#!/usr/bin/env python3
"""Check bench/heldout68/gold.json against the articles and the scorer. Exit 1 on any failure."""
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ARTS = SET / "articles"
SCORE = Path("/work/shared/eval/score.py")
ONTO = Path("/work/main/ontology/kg.ttl")
PY = sys.executable
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []


def fail(msg):
    errors.append(msg)


spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
# (1) gold.json is exactly the output of gold_src.py; word counts
if json.dumps(mod.gold, indent=1, ensure_ascii=False) + "\n" != (SET / "gold.json").read_text(encoding="utf-8"):
    fail("gold.json is not the output of gold_src.py")
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTS.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    fail(f"documents differ: {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")

# (2) verbatim occurrence
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            fail(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]:
                fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()):
        fail(f"unattributed string not verbatim: {u}")

# (3) roles
etype = {e["name"]: e["type"] for e in gold["entities"]}
for q in gold["quotes"]:
    if etype.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        fail(f"speaker not a gold person/org/country: {q['speaker']}")
territories = [e for e in gold["entities"] if e["type"] == "Territory"]
for s in gold["stances"]:
    if etype.get(s["country"]) != "Country":
        fail(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [t["name"] for t in territories
                if any(norm(w) in norm(n) for n in [t["name"], *t["aliases"]])]
        if len(hits) != 1:
            fail(f"territory wording {w!r} resolves to {hits}")
for p in gold["positions"]:
    if etype.get(p["person"]) != "Person":
        fail(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        fail(f"position without former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in etype:
            fail(f"relation end not a gold entity: {end}")

# (4) names
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]:
            fail(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        fail(f"not_person names a gold person: {s}")
ntexts = {k: " " + norm(v) + " " for k, v in texts.items()}
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(f" {norm(n)} " in ntexts[d] for n in [e["name"], *e["aliases"]]):
            fail(f"entity {e['name']} not mentioned in {d}")

# quotation-mark spans
SINGLE_STRAIGHT = re.compile(r"(?:^|(?<=[\s(]))'(.+?)'(?=[\s,.;:!?)]|$)", re.M)
keys = [norm(q["key"]) for q in gold["quotes"]] + [norm(u) for u in gold["unattributed"]]
for name, t in texts.items():
    spans = re.findall(r"“([^”]+)”", t) + re.findall(r'"([^"\n]+)"', t)
    spans += re.findall(r"‘([^’]+?)’(?!\w)", t) + SINGLE_STRAIGHT.findall(t)
    if t.count('"') % 2 or t.count("“") != t.count("”"):
        fail(f"{name}: unbalanced double quotes")
    for sp in spans:
        if not any(k in norm(sp) for k in keys):
            fail(f"{name}: quoted span not in gold: {sp[:70]}")


def score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--docs", str(ARTS), "--json"]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"score.py failed ({r.returncode}): {r.stdout[-500:]} {r.stderr[-500:]}")
        return None
    return json.loads(r.stdout)


RECALLS = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty, full = f"{tmp}/empty.ttl", f"{tmp}/gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), empty, "--empty"], check=True)
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), full], check=True)
    for onto in (False, True):
        # (5) empty graph scores 0
        m = score(empty, onto)
        if m is not None:
            bad = {k: m[k] for k in RECALLS + ["attributions", "stance_triples", "person_nodes"] if m[k]}
            if bad:
                fail(f"empty graph (ontology={onto}) not 0: {bad}")
        # (6) gold graph scores 1.00
        m = score(full, onto)
        if m is not None:
            bad = {k: m[k] for k in RECALLS + ["attribution_precision", "stance_precision", "person_precision"]
                   if m[k] != 1.0}
            bad.update({k: m[k] for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                                          "quotes_found_wrong_speaker") if m[k]})
            bad.update({k: m[k] for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person") if m[k]})
            if bad:
                fail(f"gold graph (ontology={onto}) not perfect: {bad}")

req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"quotes {req(gold['quotes'])} required / {len(gold['quotes']) - req(gold['quotes'])} optional; "
      f"unattributed {len(gold['unattributed'])}; stances {req(gold['stances'])} req / "
      f"{len(gold['stances']) - req(gold['stances'])} opt / "
      f"{sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])} negative; positions "
      f"{req(gold['positions'])} req / {len(gold['positions']) - req(gold['positions'])} opt / "
      f"{sum(p['former'] for p in gold['positions'])} former; relations {len(gold['relations'])}; "
      f"entities {len(gold['entities'])}")
if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print("OK: all checks passed")
