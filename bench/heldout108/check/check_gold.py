"""Checks this set's gold.json (the folder above check/) against its articles and score.py."""
import json, re, subprocess, sys, tempfile, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
PY = sys.executable; SCORE = "/work/shared/eval/score.py"; ONTO = "/work/main/ontology/kg.ttl"
sys.path.insert(0, str(Path(SCORE).parent)); from score import norm
errors = []
def err(m): errors.append(m)

# (1) gold.json is exactly the output of gold_src.py; word counts
before = (SET / "gold.json").read_text(encoding="utf-8")
subprocess.run([PY, str(HERE / "gold_src.py")], check=True)
if (SET / "gold.json").read_text(encoding="utf-8") != before: err("gold.json differs from gold_src.py output")
gold = json.loads(before)
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
if sorted(texts) != sorted(gold["documents"]): err("documents list differs from articles/")
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900: err(f"{n}: {w} words")
def verb(s, docs, what):
    for d in docs:
        if s not in texts[d] and norm(s) not in norm(texts[d]): err(f"{what} not verbatim in {d}: {s}")
# (2) verbatim
for q in gold["quotes"]: verb(q["key"], q["docs"], "quote key")
for kind in ("stances", "positions", "relations", "negative_stances"):
    for x in gold[kind]: verb(x["evidence"], x["docs"], kind + " evidence")
for u in gold["unattributed"]:
    if not any(norm(u) in norm(t) for t in texts.values()): err(f"unattributed not found: {u}")
r = subprocess.run([PY, SCORE, "/dev/null", str(SET / "gold.json"), "--docs", str(ART)], capture_output=True, text=True)
if "gold keys not found" in r.stdout: err("score.py --docs: " + r.stdout)
# (3) types
ents = {e["name"]: e for e in gold["entities"]}
types = lambda n: ents[n]["type"] if n in ents else None
for q in gold["quotes"]:
    if types(q["speaker"]) not in ("Person", "Organization", "Country"): err(f"bad speaker {q['speaker']}")
terrs = [e for e in gold["entities"] if e["type"] in ("Territory", "Country")]
for s in gold["stances"]:
    if types(s["country"]) != "Country": err(f"stance holder not a country: {s['country']}")
    hits = {e["name"] for e in terrs for w in s["territory_any"] if norm(w) in {norm(x) for x in [e["name"], *e["aliases"]]}}
    if len(hits) != 1: err(f"territory wording resolves to {hits}: {s['territory_any']}")
for p in gold["positions"]:
    if types(p["person"]) != "Person": err(f"position holder not a person: {p['person']}")
for x in gold["relations"]:
    for n in (x["subject"], x["object"]):
        if n not in ents: err(f"relation end not an entity: {n}")
# (4) names
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen and seen[n] != e["name"]: err(f"shared name {n}: {seen[n]} / {e['name']}")
        seen[n] = e["name"]
pnames = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in pnames: err(f"not_person names a person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(x) in norm(texts[d]) for x in [e["name"], *e["aliases"]]): err(f"entity not in {d}: {e['name']}")
# quotation spans
keys = [norm(q["key"]) for q in gold["quotes"]] + [norm(u) for u in gold["unattributed"]]
for n, t in texts.items():
    spans = []
    for line in t.splitlines():
        for o, c in (('"', '"'), ("“", "”")):
            if o == c:
                parts = line.split(o); spans += parts[1::2]
            else:
                spans += re.findall(o + "([^" + c + "]+)(?:" + c + "|$)", line)
    spans += re.findall(r"(?:^|[\s(])'([^'\n]{3,}?)'(?=[\s.,;:!?)]|$)", t, re.M) + re.findall(r"‘([^’\n]+)’(?=[\s.,;:!?]|$)", t)
    for s in spans:
        ns = norm(s)
        if not any(k and (k in ns or ns in k) for k in keys): err(f"{n}: quoted span not in gold: {s[:70]}")
# (5)/(6) scoring
def score(ttl, onto):
    cmd = [PY, SCORE, ttl, str(SET / "gold.json"), "--json"] + (["--ontology", ONTO] if onto else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode: err(f"score.py failed: {r.stderr}"); return {}
    return json.loads(r.stdout)
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "full.ttl"
    full.write_text(subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json")], capture_output=True, text=True, check=True).stdout)
    for onto in (False, True):
        m = score(str(empty), onto)
        for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
            if m.get(k) != 0: err(f"empty graph {k}={m.get(k)} onto={onto}")
        m = score(str(full), onto)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                  "relation_recall", "entity_recall", "person_precision"):
            if m.get(k) != 1.0: err(f"gold graph {k}={m.get(k)} onto={onto}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m.get(k): err(f"gold graph {k}={m.get(k)} onto={onto}")
        for k in ("wrong_attributions", "wrong_stances"):
            if m.get(k): err(f"gold graph {k}={m.get(k)}")
if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problems"); sys.exit(1)
print("all checks passed")
