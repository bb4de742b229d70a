#!/usr/bin/env python3
"""Check bench/heldout63/gold.json against the articles and shared/eval/score.py. Exit 1 on any failure."""
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
PY = sys.executable
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


# (1) gold.json is exactly the output of gold_src.py; article lengths
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    tmpcheck = Path(tmp) / "check"
    tmpcheck.mkdir()
    (tmpcheck / "gold_src.py").write_text(src, encoding="utf-8")
    subprocess.run([PY, str(tmpcheck / "gold_src.py")], check=True)
    if (Path(tmp) / "gold.json").read_bytes() != (SET / "gold.json").read_bytes():
        err("gold.json differs from the output of gold_src.py")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
arts = SET / "articles"
files = sorted(p.name for p in arts.iterdir())
if files != sorted(gold["documents"]):
    err(f"documents {gold['documents']} != files {files}")
raw = {f: (arts / f).read_text(encoding="utf-8") for f in files}
normed = {f: norm(t) for f, t in raw.items()}
for f, t in raw.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{f}: {n} words")

# (2) verbatim keys and evidence
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in raw[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in raw[d]:
                err(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in raw.values()):
        err(f"unattributed string not in any article: {u}")
r = subprocess.run([PY, str(SCORE), str(SET / "gold.json"), str(SET / "gold.json"), "--docs", str(arts)],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    err("score.py --docs: " + r.stdout)

# (3) speakers, holders, territories, persons, relation ends
by_name = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    e = by_name.get(q["speaker"])
    if not e or e["type"] not in ("Person", "Organization", "Country"):
        err(f"speaker is not a gold person/organisation/country: {q['speaker']}")
for s in gold["stances"]:
    e = by_name.get(s["country"])
    if not e or e["type"] != "Country":
        err(f"stance holder is not a gold country: {s['country']}")
    targets = set()
    for w in s["territory_any"]:
        hits = [x["name"] for x in gold["entities"] if x["type"] in ("Territory", "Country")
                and norm(w) in {norm(n) for n in [x["name"], *x["aliases"]]}]
        if len(hits) != 1:
            err(f"territory wording {w!r} resolves to {hits}")
        targets.update(hits)
    if len(targets) != 1:
        err(f"stance {s['country']} {s['territory_any']} names {targets}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s['stance']}")
for p in gold["positions"]:
    e = by_name.get(p["person"])
    if not e or e["type"] != "Person":
        err(f"position holder is not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p['person']}")
for r_ in gold["relations"]:
    for end in (r_["subject"], r_["object"]):
        if end not in by_name:
            err(f"relation end is not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]:
            err(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person names a gold person: {s}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(n) in normed[d] for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")
for s in gold["not_person"]:
    if not any(norm(s) in t for t in normed.values()):
        err(f"not_person string not in any article: {s}")


# (5) empty graph scores 0; (6) graph from gold scores 1.00
def score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json", "--docs", str(arts)]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py failed on {graph} (ontology={onto}): {r.stdout} {r.stderr}")
        return None
    return json.loads(r.stdout)


RATES = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = score(str(empty), onto)
        if m is not None:
            for k in RATES:
                if m[k] != 0:
                    err(f"empty graph {k}={m[k]} (ontology={onto})")
        m = score(str(full), onto)
        if m is not None:
            for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]:
                if abs(m[k] - 1.0) > 1e-9:
                    err(f"gold graph {k}={m[k]} (ontology={onto}): "
                        f"{m['quotes_missed']} {m['stances_missed']} {m['positions_missed']} "
                        f"{m['relations_missed']} {m['entities_missing']} {m['wrong_attributions']} {m['wrong_stances']}")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k] != 0:
                    err(f"gold graph {k}={m[k]} (ontology={onto}) {m['duplicated']} {m['mistyped']}")
            if m["wrong_attributions"] or m["wrong_stances"]:
                err(f"gold graph wrong: {m['wrong_attributions']} {m['wrong_stances']}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"OK: {len(gold['quotes'])} quotes ({req(gold['quotes'])} required), {len(gold['stances'])} stances "
      f"({req(gold['stances'])} required), {len(gold['positions'])} positions ({req(gold['positions'])} required), "
      f"{len(gold['relations'])} relations, {len(gold['entities'])} entities")
