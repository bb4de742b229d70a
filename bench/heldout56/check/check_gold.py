#!/usr/bin/env python3
"""Check bench/heldout56/gold.json against its articles and the scorer. Exit 1 on any failure."""
import json
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


def err(msg):
    errors.append(msg)


gold_text = (SET / "gold.json").read_text(encoding="utf-8")
gold = json.loads(gold_text)
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir() if p.is_file()}
ntexts = {k: " " + norm(v) + " " for k, v in texts.items()}

# (1) gold.json is exactly the output of gold_src.py; word counts
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    tset = Path(tmp) / "set"
    (tset / "check").mkdir(parents=True)
    (tset / "check" / "gold_src.py").write_text(src, encoding="utf-8")
    subprocess.run([PY, str(tset / "check" / "gold_src.py")], check=True, capture_output=True)
    if (tset / "gold.json").read_text(encoding="utf-8") != gold_text:
        err("gold.json differs from the output of gold_src.py")
if sorted(texts) != sorted(gold["documents"]):
    err(f"documents mismatch: {sorted(texts)} vs {gold['documents']}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim keys and evidence
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
        err(f"unattributed string not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    err("score.py --docs: " + r.stdout)

# (3) speakers, holders, territories, position holders, relation ends
ents = {e["name"]: e for e in gold["entities"]}
typ = {n: e["type"] for n, e in ents.items()}
for q in gold["quotes"]:
    if typ.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/org/country: {q['speaker']}")
for s in gold["stances"]:
    if typ.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and any(norm(w) in norm(n) for n in [e["name"], *e["aliases"]])]
        if len(hits) != 1:
            err(f"territory wording {w!r} resolves to {hits}")
        elif typ[hits[0]] != "Territory":
            err(f"territory wording {w!r} resolves to a country {hits}")
for p in gold["positions"]:
    if typ.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
for rl in gold["relations"]:
    for end in (rl["subject"], rl["object"]):
        if end not in typ:
            err(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"name {n!r} shared by {seen[k]} and {e['name']}")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person names a gold person: {s}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(" " + norm(n) + " " in ntexts[d] for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")


def score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py failed on {graph}: {r.stderr[-500:]}")
        return None
    return json.loads(r.stdout)


with tempfile.TemporaryDirectory() as tmp:
    # (5) empty graph
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    for onto in (False, True):
        m = score(str(empty), onto)
        if m:
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0:
                    err(f"empty graph (onto={onto}): {k}={m[k]}")
    # (6) graph built from the gold
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = score(str(full), onto)
        if not m:
            continue
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                  "position_recall", "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1.0:
                err(f"gold graph (onto={onto}): {k}={m[k]} "
                    f"{m.get('quotes_missed') or m.get('wrong_attributions') or m.get('stances_missed') or m.get('wrong_stances') or m.get('positions_missed') or m.get('relations_missed') or m.get('entities_missing') or m.get('non_persons_as_person')}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k] != 0:
                err(f"gold graph (onto={onto}): {k}={m[k]} {m.get('duplicated')} {m.get('mistyped')}")
        if m["wrong_attributions"] or m["wrong_stances"]:
            err(f"gold graph (onto={onto}): wrong {m['wrong_attributions']} {m['wrong_stances']}")

g = gold
req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"quotes {req(g['quotes'])} required / {len(g['quotes']) - req(g['quotes'])} optional; "
      f"unattributed {len(g['unattributed'])}; stances {req(g['stances'])} / {len(g['stances']) - req(g['stances'])} "
      f"(negative {sum(s['stance'] == 'doesNotRecognise' for s in g['stances'])}); "
      f"positions {req(g['positions'])} / {len(g['positions']) - req(g['positions'])} "
      f"(former {sum(p['former'] for p in g['positions'])}); relations {len(g['relations'])}; "
      f"entities {len(g['entities'])}")
if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print("OK: all checks pass")
