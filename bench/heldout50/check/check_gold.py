#!/usr/bin/env python3
"""Checks bench/heldout50/gold.json against its articles and score.py (see README: How the gold was checked)."""
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
ART = SET / "articles"
GOLD = SET / "gold.json"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
QM = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
errors = []


def norm(text):
    text = unicodedata.normalize("NFKC", str(text)).translate(QM).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def err(msg):
    errors.append(msg)


def contains_words(hay, needle):
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay) is not None


# (1) gold.json is exactly the output of gold_src.py; word counts
with tempfile.TemporaryDirectory() as tmp:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    fake = Path(tmp) / "check"
    fake.mkdir()
    (fake / "gold_src.py").write_text(src, encoding="utf-8")
    subprocess.run([PY, str(fake / "gold_src.py")], check=True, capture_output=True)
    if (Path(tmp) / "gold.json").read_bytes() != GOLD.read_bytes():
        err("gold.json is not the output of gold_src.py")
gold = json.loads(GOLD.read_text(encoding="utf-8"))
raw = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir() if p.is_file()}
texts = {k: norm(v) for k, v in raw.items()}
if sorted(raw) != sorted(gold["documents"]):
    err(f"documents {gold['documents']} differ from articles {sorted(raw)}")
for name, t in raw.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim occurrence
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
for s in gold.get("no_stance", []):
    if not any(s in t for t in raw.values()):
        err(f"no_stance string not in any article: {s}")
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), "--empty", str(empty)], check=True)
    res = subprocess.run([PY, str(SCORE), str(empty), str(GOLD), "--docs", str(ART)], capture_output=True, text=True)
    if res.returncode != 0:
        err("score.py --docs failed: " + res.stdout + res.stderr)

# (3) ends are gold entities
ents = {e["name"]: e for e in gold["entities"]}
types = {k: e["type"] for k, e in ents.items()}
for q in gold["quotes"]:
    if types.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker is not a gold person/organisation/country: {q['speaker']}")
    if q["status"] not in ("required", "optional"):
        err(f"bad status {q}")
territories = {k: {norm(x) for x in [k, *e["aliases"]]} for k, e in ents.items() if e["type"] == "Territory"}
countries = {k: {norm(x) for x in [k, *e["aliases"]]} for k, e in ents.items() if e["type"] == "Country"}
for s in gold["stances"]:
    if types.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = {k for k, ns in territories.items() if any(norm(w) in n for n in ns)}
        chits = {k for k, ns in countries.items() if norm(w) in ns}
        if len(hits) + (0 if hits else len(chits)) != 1:
            err(f"territory wording {w!r} resolves to {hits or chits}")
for p in gold["positions"]:
    if types.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in types:
            err(f"relation end not a gold entity: {end}")

# (4) names unique; not_person; mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            err(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person names a gold person: {s}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(contains_words(texts[d], norm(x)) for x in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")


# (5) and (6) score.py on an empty graph and on the gold graph
def score(graph, onto):
    cmd = [PY, str(SCORE), str(graph), str(GOLD), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        err(f"score.py failed on {graph.name} (ontology={onto}): {res.stderr}")
        return None
    return json.loads(res.stdout)


RATES = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
         "relation_recall", "entity_recall", "person_precision"]
with tempfile.TemporaryDirectory() as tmp:
    empty, full = Path(tmp) / "empty.ttl", Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), "--empty", str(empty)], check=True)
    subprocess.run([PY, str(HERE / "make_graph.py"), str(GOLD), str(full)], check=True)
    for onto in (False, True):
        m = score(empty, onto)
        if m:
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0:
                    err(f"empty graph scores {k}={m[k]} (ontology={onto})")
        m = score(full, onto)
        if m:
            for k in RATES:
                if abs(m[k] - 1.0) > 1e-9:
                    err(f"gold graph scores {k}={m[k]} (ontology={onto})")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]:
                    err(f"gold graph has {k}={m[k]} (ontology={onto})")
            for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person"):
                if m[k]:
                    err(f"gold graph has {k}: {m[k]} (ontology={onto})")

req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"quotes {req(gold['quotes'])} required / {len(gold['quotes']) - req(gold['quotes'])} optional, "
      f"unattributed {len(gold['unattributed'])}, stances {req(gold['stances'])} required / "
      f"{len(gold['stances']) - req(gold['stances'])} optional / {len(gold.get('no_stance', []))} no-stance, "
      f"positions {req(gold['positions'])} required / {len(gold['positions']) - req(gold['positions'])} optional / "
      f"{sum(p['former'] for p in gold['positions'])} former, relations {len(gold['relations'])}, "
      f"entities {len(gold['entities'])}")
if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print("OK: all checks pass")
