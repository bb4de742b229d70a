#!/usr/bin/env python3
"""Checks bench/heldout69/gold.json against the articles, the scorer and itself."""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
SCORE = Path("/work/shared/eval/score.py")
ONTO = Path("/work/main/ontology/kg.ttl")
PY = sys.executable
sys.path.insert(0, "/work/shared/eval")
from score import norm  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


gold_text = (SET / "gold.json").read_text(encoding="utf-8")
gold = json.loads(gold_text)
# (1) gold.json is exactly the output of gold_src.py
with tempfile.TemporaryDirectory() as tmp:
    (Path(tmp) / "check").mkdir()
    src = Path(tmp) / "check" / "gold_src.py"
    src.write_text((HERE / "gold_src.py").read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([PY, str(src)], check=True)
    if (Path(tmp) / "gold.json").read_text(encoding="utf-8") != gold_text:
        err("gold.json differs from the output of gold_src.py")
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    err(f"documents mismatch: {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"{name}: {n} words")

# (2) verbatim occurrence
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

# (3) names resolve
ents = {e["name"]: e for e in gold["entities"]}
typ = {n: e["type"] for n, e in ents.items()}
for q in gold["quotes"]:
    if typ.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold person/org/country: {q['speaker']}")
territories = [e for e in gold["entities"] if e["type"] in ("Territory", "Country")]
for s in gold["stances"]:
    if typ.get(s["country"]) != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in territories if norm(w) in {norm(x) for x in [e["name"], *e["aliases"]]}]
        if len(hits) != 1:
            err(f"territory wording {w!r} resolves to {hits}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {s}")
for p in gold["positions"]:
    if typ.get(p["person"]) != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"position without former flag: {p['person']}")
for x in gold["relations"]:
    for end in (x["subject"], x["object"]):
        if end not in typ:
            err(f"relation end not a gold entity: {end}")

# (4) uniqueness, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"name clash: {n!r} ({e['name']} / {seen[k]})")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for npn in gold["not_person"]:
    if norm(npn) in person_names:
        err(f"not_person names a gold person: {npn}")
alltext = norm(" ".join(texts.values()))
for e in gold["entities"]:
    if not any(re.search(r"\b" + re.escape(norm(n)) + r"\b", alltext) for n in [e["name"], *e["aliases"]]):
        err(f"entity not mentioned in any article: {e['name']}")

# quotation-mark spans: each must contain a quote key, partial key or unattributed string
keys = [norm(q["key"]) for q in gold["quotes"]] + [norm(u) for u in gold["unattributed"]]
SPANS = [r'"([^"\n]+)"', r"“([^”\n]+)”", r"(?<!\w)[‘']([^\n]+?)[’'](?!\w)"]
for name, t in texts.items():
    for pat in SPANS:
        for m in re.finditer(pat, t):
            span = norm(m.group(1))
            if not any(k in span or span in k for k in keys):
                err(f"{name}: quoted span not in gold: {m.group(1)[:70]}")
    # a line that opens a double quote and does not close it (multi-paragraph quote)
    for line in t.splitlines():
        if line.count('"') % 2 == 1:
            tail = norm(line[line.rfind('"') + 1:])
            if tail and not any(k in tail or tail in k for k in keys):
                err(f"{name}: open quote paragraph not in gold: {line[:70]}")

# (5) empty graph, (6) graph from gold
with tempfile.TemporaryDirectory() as tmp:
    for empty in (True, False):
        ttl = Path(tmp) / ("empty.ttl" if empty else "gold.ttl")
        subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(ttl)]
                       + (["--empty"] if empty else []), check=True)
        for onto in ([], ["--ontology", str(ONTO)]):
            r = subprocess.run([PY, str(SCORE), str(ttl), str(SET / "gold.json"), "--json"] + onto,
                               capture_output=True, text=True)
            if r.returncode != 0:
                err(f"score.py failed (empty={empty}, onto={bool(onto)}): {r.stderr[-500:]}")
                continue
            m = json.loads(r.stdout)
            rates = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
            if empty:
                if any(m[k] != 0 for k in rates):
                    err(f"empty graph does not score 0: {[(k, m[k]) for k in rates]}")
            else:
                for k in rates + ["attribution_precision", "stance_precision", "person_precision"]:
                    if m[k] != 1.0:
                        err(f"gold graph {k}={m[k]} (onto={bool(onto)})")
                for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                    if m[k]:
                        err(f"gold graph {k}={m[k]} (onto={bool(onto)})")
                for k in ("wrong_attributions", "wrong_stances", "entities_missing", "quotes_missed",
                          "stances_missed", "positions_missed", "relations_missed"):
                    if m[k]:
                        err(f"gold graph {k}: {m[k][:5]}")

if errors:
    print("FAIL", *errors, sep="\n  ")
    sys.exit(1)
print(f"OK: {len(gold['quotes'])} quotes, {len(gold['stances'])} stances, {len(gold['positions'])} positions, "
      f"{len(gold['relations'])} relations, {len(gold['entities'])} entities")
