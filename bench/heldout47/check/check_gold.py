#!/usr/bin/env python3
"""Checks gold.json of heldout47 against its articles (see README, 'How the gold was checked')."""
import json, re, subprocess, sys, tempfile, importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
PY = sys.executable
SCORE = Path("/work/shared/eval/score.py")
ONTO = "/work/main/ontology/kg.ttl"
spec = importlib.util.spec_from_file_location("score", SCORE); score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm = score.norm
errors = []
def err(m): errors.append(m)

# (1) gold.json is exactly gold_src.py's output; word counts
cur = (SET / "gold.json").read_text(encoding="utf-8")
with tempfile.TemporaryDirectory() as td:
    import shutil
    (Path(td) / "check").mkdir(); shutil.copy(HERE / "gold_src.py", Path(td) / "check" / "gold_src.py")
    subprocess.run([PY, str(Path(td) / "check" / "gold_src.py")], check=True)
    if (Path(td) / "gold.json").read_text(encoding="utf-8") != cur:
        err("gold.json differs from the output of gold_src.py")
gold = json.loads(cur)
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
if sorted(texts) != sorted(gold["documents"]):
    err("documents list differs from articles/")
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900:
        err(f"{n}: {w} words")
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
alltext = "\n".join(texts.values())
for u in gold["unattributed"]:
    if u not in alltext:
        err(f"unattributed not in articles: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)], capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    err("score.py --docs: " + r.stdout)
# (3) ends are gold entities
by = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if q["speaker"] not in by or by[q["speaker"]]["type"] not in ("Person", "Organization", "Country"):
        err(f"bad speaker {q['speaker']}")
for s in gold["stances"]:
    if by.get(s["country"], {}).get("type") != "Country":
        err(f"stance holder not a gold country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and norm(w) in {norm(n) for n in [e["name"], *e["aliases"]]}]
        if len(hits) != 1:
            err(f"territory wording {w} resolves to {hits}")
    if s["country"] in [h for w in s["territory_any"] for h in [w]]:
        err(f"stance on itself: {s}")
for p in gold["positions"]:
    if by.get(p["person"], {}).get("type") != "Person":
        err(f"position holder not a gold person: {p['person']}")
    if "former" not in p:
        err(f"position without former flag: {p}")
for r_ in gold["relations"]:
    for end in (r_["subject"], r_["object"]):
        if end not in by:
            err(f"relation end not a gold entity: {end}")
# (4) unique names, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"name clash: {n} ({seen[k]} / {e['name']})")
        seen[k] = e["name"]
pnames = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in pnames:
        err(f"not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(n in texts[d] for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")
# (5) empty graph, (6) gold graph
with tempfile.TemporaryDirectory() as td:
    empty = Path(td) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(td) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in ([], ["--ontology", ONTO]):
        r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--json", *onto], capture_output=True, text=True)
        if r.returncode:
            err(f"empty graph {onto}: {r.stderr}")
        else:
            m = json.loads(r.stdout)
            for k in ("entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall", "attributions", "stance_triples", "person_nodes"):
                if m[k] != 0:
                    err(f"empty graph {onto}: {k}={m[k]}")
        r = subprocess.run([PY, str(SCORE), str(full), str(SET / "gold.json"), "--json", "--docs", str(ART), *onto], capture_output=True, text=True)
        if r.returncode:
            err(f"gold graph {onto}: {r.stdout} {r.stderr}"); continue
        m = json.loads(r.stdout)
        for k in ("entity_recall", "quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                  "position_recall", "relation_recall", "person_precision"):
            if abs(m[k] - 1) > 1e-9:
                err(f"gold graph {onto}: {k}={m[k]}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"):
            if m[k]:
                err(f"gold graph {onto}: {k}={m[k]}")
        for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person", "mistyped", "duplicated"):
            if m[k]:
                err(f"gold graph {onto}: {k}={m[k]}")
if errors:
    print("FAIL", *errors, sep="\n  "); sys.exit(1)
req = lambda xs: sum(x["status"] == "required" for x in xs)
print(f"OK: quotes {req(gold['quotes'])}/{len(gold['quotes'])-req(gold['quotes'])}, stances {req(gold['stances'])}/{len(gold['stances'])-req(gold['stances'])}"
      f" (negative {sum(s['stance']=='doesNotRecognise' for s in gold['stances'])}), positions {req(gold['positions'])}/{len(gold['positions'])-req(gold['positions'])}"
      f" (former {sum(p['former'] for p in gold['positions'])}), relations {len(gold['relations'])}, entities {len(gold['entities'])}, unattributed {len(gold['unattributed'])}")
