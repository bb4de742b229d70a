#!/usr/bin/env python3
"""Checks bench/heldout62/gold.json against the articles and score.py."""
import json, re, subprocess, sys, tempfile, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
PY = sys.executable
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONT = ROOT / "ontology" / "kg.ttl"
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []
def err(m): errors.append(m)

# (1) gold.json is the output of gold_src.py; article lengths
import importlib.util
spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != json.loads(json.dumps(mod.gold, ensure_ascii=False)):
    err("gold.json differs from gold_src.py output")
arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir()}
if sorted(arts) != sorted(gold["documents"]):
    err("documents list differs from articles/")
for name, t in arts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim keys and evidence
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in arts[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
for sec in ("stances", "positions", "relations"):
    for x in gold[sec]:
        for d in x["docs"]:
            if x["evidence"] not in arts[d]:
                err(f"{sec} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in arts.values()):
        err(f"unattributed not in any article: {u}")

# (3) speakers, holders, territories, position holders, relation ends
by_name = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if by_name.get(q["speaker"], {}).get("type") not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/org/country: {q['speaker']}")
terr_names = {}
for e in gold["entities"]:
    if e["type"] == "Territory":
        for n in [e["name"], *e["aliases"]]:
            terr_names.setdefault(norm(n), set()).add(e["name"])
for s in gold["stances"]:
    if by_name.get(s["country"], {}).get("type") != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        if len(terr_names.get(norm(w), ())) != 1:
            err(f"territory wording does not resolve to exactly one territory: {w}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
for p in gold["positions"]:
    if by_name.get(p["person"], {}).get("type") != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in by_name:
            err(f"relation end not a gold entity: {end}")

# (4) unique normalised names; not_person; every entity mentioned
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"name clash: {n} ({e['name']} / {seen[k]})")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        err(f"not_person names a gold person: {n}")
alltext = norm("\n".join(arts.values()))
for e in gold["entities"]:
    if not any(re.search(r"(?<!\w)" + re.escape(norm(n)) + r"(?!\w)", alltext) for n in [e["name"], *e["aliases"]]):
        err(f"entity not mentioned: {e['name']}")

def score(graph, ontology):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json", "--docs", str(SET / "articles")]
    if ontology:
        cmd += ["--ontology", str(ONT)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py failed ({'with' if ontology else 'without'} ontology): {r.stdout}{r.stderr}")
        return None
    return json.loads(r.stdout)

RATES = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for ont in (False, True):
        m = score(str(empty), ont)          # (5)
        if m and any(m[k] != 0 for k in RATES):
            err(f"empty graph scores non-zero: {[(k, m[k]) for k in RATES]}")
        m = score(str(full), ont)           # (6)
        if m:
            for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]:
                if abs(m[k] - 1.0) > 1e-9:
                    err(f"gold graph {k}={m[k]} (ontology={ont}): {m}")
            for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
                if m[k] != 0:
                    err(f"gold graph {k}={m[k]} (ontology={ont})")
            if m["wrong_attributions"] or m["wrong_stances"]:
                err(f"gold graph wrong: {m['wrong_attributions']} {m['wrong_stances']}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"OK: {len(arts)} articles, quotes {req(gold['quotes'])}/{len(gold['quotes'])-req(gold['quotes'])}, "
      f"stances {req(gold['stances'])}/{len(gold['stances'])-req(gold['stances'])}, "
      f"positions {req(gold['positions'])}/{len(gold['positions'])-req(gold['positions'])}, "
      f"relations {len(gold['relations'])}, entities {len(gold['entities'])}")
