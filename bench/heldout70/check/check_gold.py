#!/usr/bin/env python3
"""Checks for bench/heldout70/gold.json (see README, 'How the gold was checked')."""
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
ART = SET / "articles"
sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402

sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


# (1) gold.json is exactly gold_src's output; word counts
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != json.loads(json.dumps(gold_src.gold, ensure_ascii=False)):
    err("gold.json differs from gold_src.py output (run gold_src.py)")
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    err(f"documents mismatch: {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim occurrences
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
        err(f"unattributed not found: {u}")
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--docs", str(ART)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py --docs failed: {r.stdout}{r.stderr}")

# (3) speakers, holders, territories, positions, relations
by_name = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    e = by_name.get(q["speaker"])
    if not e or e["type"] not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/org/country: {q['speaker']}")
terr_names = {}
for e in gold["entities"]:
    if e["type"] == "Territory":
        for n in [e["name"], *e["aliases"]]:
            terr_names.setdefault(norm(n), set()).add(e["name"])
for s in gold["stances"]:
    if by_name.get(s["country"], {}).get("type") != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
    for t in s["territory_any"]:
        if len(terr_names.get(norm(t), ())) != 1:
            err(f"territory wording does not resolve to exactly one territory: {t}")
for p in gold["positions"]:
    if by_name.get(p["person"], {}).get("type") != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p["former"], bool):
        err(f"former flag missing: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in by_name:
            err(f"relation end not a gold entity: {end}")

# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen:
            err(f"name shared by two entities: {n} ({seen[n]} / {e['name']})")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        err(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        nt = " " + norm(texts[d]) + " "
        if not any(" " + norm(n) + " " in nt for n in [e["name"], *e["aliases"]]):
            err(f"entity not mentioned in {d}: {e['name']}")

# quoted spans must contain a key, partial key or unattributed string
SINGLE = {"05_dutchnews_deventer_pool.txt"}
keys_by_doc = {d: [norm(q["key"]) for q in gold["quotes"] if d in q["docs"]] + [norm(u) for u in gold["unattributed"]]
               for d in texts}
PATTERNS = [r'"([^"]+)"', r"“([^”]+)”"]
for d, t in texts.items():
    pats = PATTERNS + ([r"(?<!\w)'((?:[^']|(?<=\w)'(?=\w))+?)'(?!\w)"] if d in SINGLE else [])
    for pat in pats:
        for m in re.finditer(pat, t):
            span = norm(m.group(1))
            if not any(k and (k in span or span in k) for k in keys_by_doc[d]):
                err(f"{d}: quoted span has no gold key: {m.group(1)[:70]}")
    # single curly quotes used as quotation marks anywhere
    for m in re.finditer(r"(?<!\w)‘([^’]+)’", t):
        if not any(k in norm(m.group(1)) or norm(m.group(1)) in k for k in keys_by_doc[d]):
            err(f"{d}: curly single-quoted span has no gold key: {m.group(1)[:70]}")
# headline single quotes in straight-quote outlets (01, 04)
for d in ("01_omanobserver_kuria_muria.txt", "04_jpost_jordan_valley.txt"):
    for m in re.finditer(r"(?<!\w)'([^'\n]+?)'(?!\w)", texts[d]):
        if not any(k in norm(m.group(1)) or norm(m.group(1)) in k for k in keys_by_doc[d]):
            err(f"{d}: single-quoted span has no gold key: {m.group(1)[:70]}")


# (5) empty graph scores 0; (6) gold graph scores 1.00
def run_score(graph, onto):
    cmd = [PY, str(SCORE), str(graph), str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err(f"score.py failed: {r.stderr}")
        return None
    return json.loads(r.stdout)


RECALLS = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = run_score(empty, onto)
        if m and any(m[k] != 0 for k in RECALLS):
            err(f"empty graph does not score 0 (onto={onto})")
        m = run_score(full, onto)
        if m:
            for k in RECALLS + ["attribution_precision", "stance_precision", "person_precision"]:
                if abs(m[k] - 1.0) > 1e-9:
                    err(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k]:
                    err(f"gold graph {k}={m[k]} (onto={onto})")
            if m["wrong_attributions"] or m["wrong_stances"]:
                err(f"gold graph wrong: {m['wrong_attributions']} {m['wrong_stances']}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"OK: {len(gold['entities'])} entities, quotes {req(gold['quotes'])}/{len(gold['quotes']) - req(gold['quotes'])}, "
      f"stances {req(gold['stances'])}/{len(gold['stances']) - req(gold['stances'])}, "
      f"positions {req(gold['positions'])}/{len(gold['positions']) - req(gold['positions'])}, relations {len(gold['relations'])}")
