#!/usr/bin/env python3
"""Checks gold.json of bench/heldout41 against its articles and score.py."""
import json, re, subprocess, sys, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
SCORE = Path("/work/shared/eval/score.py"); ONT = Path("/work/main/ontology/kg.ttl")
sys.path.insert(0, str(SCORE.parent)); from score import norm  # noqa
sys.path.insert(0, str(HERE)); import gold_src  # noqa
errs = []
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
# (1)
if gold != json.loads(json.dumps(gold_src.gold, ensure_ascii=False)):
    errs.append("gold.json differs from gold_src.py output")
raw = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
nt = {k: norm(v) for k, v in raw.items()}
if sorted(raw) != sorted(gold["documents"]): errs.append("documents list != articles/")
for k, v in raw.items():
    w = len(v.split())
    if not 500 <= w <= 900: errs.append(f"{k}: {w} words")
# (2)
def verb(s, docs, what):
    for d in docs:
        if s not in raw[d]: errs.append(f"{what} not verbatim in {d}: {s}")
for q in gold["quotes"]: verb(q["key"], q["docs"], "quote key")
for sec in ("stances", "positions", "relations"):
    for x in gold[sec]: verb(x["evidence"], x["docs"], sec + " evidence")
for u in gold["unattributed"]:
    if not any(u in t for t in raw.values()): errs.append(f"unattributed not found: {u}")
# (3)
ents = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if ents.get(q["speaker"], {}).get("type") not in ("Person", "Organization", "Country"):
        errs.append(f"bad speaker {q['speaker']}")
for s in gold["stances"]:
    if ents.get(s["country"], {}).get("type") != "Country": errs.append(f"stance holder {s['country']}")
    for w in s["territory_any"]:
        hits = {e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and norm(w) in {norm(n) for n in [e["name"], *e["aliases"]]}}
        if len(hits) != 1: errs.append(f"territory wording {w} -> {hits}")
for p in gold["positions"]:
    if ents.get(p["person"], {}).get("type") != "Person": errs.append(f"position holder {p['person']}")
    if not isinstance(p.get("former"), bool): errs.append(f"no former flag {p['person']}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in ents: errs.append(f"relation end {end}")
# (4)
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]: errs.append(f"name clash {n}: {seen[n]} / {e['name']}")
        seen[n] = e["name"]
    for d in e["docs"]:
        if not any(re.search(r"\b" + re.escape(norm(x)) + r"\b", nt[d]) for x in [e["name"], *e["aliases"]]):
            errs.append(f"entity {e['name']} not mentioned in {d}")
pnames = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in pnames: errs.append(f"not_person names a person: {n}")
# (5) (6)
def score(ttl, ont):
    cmd = [sys.executable, str(SCORE), ttl, str(SET / "gold.json"), "--json", "--docs", str(ART)]
    if ont: cmd += ["--ontology", str(ONT)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode: errs.append(f"score.py failed: {r.stdout}{r.stderr}"); return None
    return json.loads(r.stdout)
KEYS = ["quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
        "relation_recall", "entity_recall", "person_precision"]
with tempfile.TemporaryDirectory() as td:
    empty = Path(td) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(td) / "full.ttl"
    subprocess.run([sys.executable, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for ont in (False, True):
        m = score(str(empty), ont)
        if m and any(m[k] for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall")):
            errs.append(f"empty graph scores non-zero (ontology={ont})")
        m = score(str(full), ont)
        if m:
            for k in KEYS:
                if m[k] != 1.0: errs.append(f"gold graph {k}={m[k]} (ontology={ont})")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]: errs.append(f"gold graph {k}={m[k]} (ontology={ont})")
            for k in ("wrong_attributions", "wrong_stances", "entities_missing", "quotes_missed", "stances_missed",
                      "positions_missed", "relations_missed", "non_persons_as_person"):
                if m[k]: errs.append(f"gold graph {k}: {m[k][:5]}")
print(*errs, sep="\n") if errs else print("all checks passed")
sys.exit(1 if errs else 0)
