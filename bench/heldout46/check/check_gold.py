#!/usr/bin/env python3
"""Checks the gold of bench/heldout46 (see README: How the gold was checked)."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
SCORE = SET.parent.parent.parent / "shared" / "eval" / "score.py"
ONTO = SET.parent.parent / "ontology" / "kg.ttl"
PY = sys.executable
sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402

score_mod = {}
exec(compile(SCORE.read_text(encoding="utf-8"), str(SCORE), "exec"), score_mod)
norm = score_mod["norm"]
errors = []


def err(msg):
    errors.append(msg)


gold_text = (SET / "gold.json").read_text(encoding="utf-8")
if gold_text != gold_src.render():
    err("(1) gold.json is not the output of gold_src.py")
gold = json.loads(gold_text)
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
if sorted(texts) != sorted(gold["documents"]):
    err(f"(1) documents differ: {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        err(f"(1) {name}: {n} words")

# (2) verbatim
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            err(f"(2) quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]:
                err(f"(2) {kind} evidence not verbatim in {d}: {x['evidence']}")
alltext = "\n".join(texts.values())
for u in gold["unattributed"]:
    if u not in alltext:
        err(f"(2) unattributed string not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)],
                   capture_output=True, text=True)
if "gold keys not found" in r.stdout:
    err("(2) score.py --docs: " + r.stdout)

# (3) references
ents = {e["name"]: e for e in gold["entities"]}
for q in gold["quotes"]:
    if q["speaker"] not in ents or ents[q["speaker"]]["type"] not in ("Person", "Organization", "Country"):
        err(f"(3) bad speaker {q['speaker']}")
for s in gold["stances"]:
    if s["country"] not in ents or ents[s["country"]]["type"] != "Country":
        err(f"(3) stance holder not a gold country: {s['country']}")
    hits = {e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
            for n in [e["name"], *e["aliases"]] for t in s["territory_any"] if norm(t) in norm(n)}
    if len(hits) != 1:
        err(f"(3) territory wording {s['territory_any']} resolves to {hits}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        err(f"(3) bad stance {s['stance']}")
for p in gold["positions"]:
    if p["person"] not in ents or ents[p["person"]]["type"] != "Person":
        err(f"(3) position holder not a gold person: {p['person']}")
    if not isinstance(p.get("former"), bool):
        err(f"(3) position without former flag: {p['person']}")
for rl in gold["relations"]:
    for end in (rl["subject"], rl["object"]):
        if end not in ents:
            err(f"(3) relation end not a gold entity: {end}")

# (4) names
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]:
            err(f"(4) {n!r} shared by {seen[k]} and {e['name']}")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names:
        err(f"(4) not_person names a gold person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        nt = " " + norm(texts[d]) + " "
        if not any(" " + norm(n) + " " in nt for n in [e["name"], *e["aliases"]]):
            err(f"(4) entity {e['name']} not mentioned in {d}")


# (5) and (6)
def score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json", "--docs", str(ART)]
    if onto:
        cmd += ["--ontology", str(ONTO)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        err(f"score.py failed: {r.stdout} {r.stderr}")
        return None
    return json.loads(r.stdout)


RATES = ["quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"]
with tempfile.TemporaryDirectory() as tmp:
    empty, full = f"{tmp}/empty.ttl", f"{tmp}/full.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), empty, "--empty"], check=True)
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), full], check=True)
    for onto in (False, True):
        m = score(empty, onto)
        if m and any(m[k] != 0 for k in RATES):
            err(f"(5) empty graph not 0 (ontology={onto}): " + str({k: m[k] for k in RATES}))
        m = score(full, onto)
        if m:
            bad = {k: m[k] for k in RATES + ["attribution_precision", "stance_precision", "person_precision"]
                   if m[k] != 1.0}
            bad.update({k: m[k] for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"] if m[k]})
            for k in ["wrong_attributions", "wrong_stances", "quotes_missed", "stances_missed", "positions_missed",
                      "relations_missed", "entities_missing", "non_persons_as_person"]:
                if m[k]:
                    bad[k] = m[k]
            if bad:
                err(f"(6) gold graph not perfect (ontology={onto}): {bad}")

for e in errors:
    print("FAIL", e)
print("counts:", {k: len(gold[k]) for k in ("entities", "quotes", "unattributed", "stances", "positions", "relations")})
print("OK" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
