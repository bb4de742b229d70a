"""Checks bench/heldout55/gold.json against its articles and score.py (see README)."""
import importlib.util, json, re, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
PY = sys.executable; SCORE = "/work/shared/eval/score.py"; ONTO = "/work/main/ontology/kg.ttl"
spec = importlib.util.spec_from_file_location("score", SCORE); score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm = score.norm
errors = []
def err(m): errors.append(m)

gold_text = (SET / "gold.json").read_text(encoding="utf-8")
spec2 = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py"); gs = importlib.util.module_from_spec(spec2); spec2.loader.exec_module(gs)
if json.dumps(gs.gold, indent=1, ensure_ascii=False) + "\n" != gold_text:
    err("(1) gold.json is not the output of gold_src.py")
gold = json.loads(gold_text)
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
if sorted(texts) != sorted(gold["documents"]): err("(1) documents list differs from articles/")
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900: err(f"(1) {n}: {w} words")
def verbatim(s, docs, what):
    for d in docs:
        if s not in texts[d]: err(f"(2) {what} not verbatim in {d}: {s}")
for q in gold["quotes"]: verbatim(q["key"], q["docs"], "quote key")
for x in gold["stances"] + gold["positions"] + gold["relations"]: verbatim(x["evidence"], x["docs"], "evidence")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()): err(f"(2) unattributed not found: {u}")
r = subprocess.run([PY, "-c", "import sys; sys.path.insert(0, '/work/shared/eval'); import score, json; from pathlib import Path; "
                    f"print(json.dumps(score.check_keys(json.load(open('{SET}/gold.json')), Path('{ART}'))))"], capture_output=True, text=True)
if r.returncode or json.loads(r.stdout): err(f"(2) score.check_keys: {r.stdout} {r.stderr}")
ents = {e["name"]: e for e in gold["entities"]}
typ = lambda n: ents[n]["type"] if n in ents else None
for q in gold["quotes"]:
    if typ(q["speaker"]) not in ("Person", "Organization", "Country"): err(f"(3) speaker not a gold entity: {q['speaker']}")
for s in gold["stances"]:
    if typ(s["country"]) != "Country": err(f"(3) holder not a country: {s['country']}")
    for t in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and any(norm(t) in norm(x) for x in [e["name"], *e["aliases"]])]
        if len(hits) != 1: err(f"(3) territory wording {t!r} resolves to {hits}")
for p in gold["positions"]:
    if typ(p["person"]) != "Person": err(f"(3) position holder not a person: {p['person']}")
for rl in gold["relations"]:
    for end in (rl["subject"], rl["object"]):
        if end not in ents: err(f"(3) relation end not a gold entity: {end}")
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen: err(f"(4) name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
    if not any(norm(x) in norm(texts[d]) for d in e["docs"] for x in [e["name"], *e["aliases"]]):
        err(f"(4) entity not mentioned in its article: {e['name']}")
persons = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in persons: err(f"(4) not_person names a gold person: {n}")
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"; empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in ([], ["--ontology", ONTO]):
        r = subprocess.run([PY, SCORE, str(empty), str(SET / "gold.json"), "--json", *onto], capture_output=True, text=True)
        if r.returncode: err(f"(5) empty graph: {r.stderr}"); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
            if m[k] != 0: err(f"(5) empty graph {k}={m[k]} {onto}")
        r = subprocess.run([PY, SCORE, str(full), str(SET / "gold.json"), "--json", "--docs", str(ART), *onto], capture_output=True, text=True)
        if r.returncode: err(f"(6) gold graph: {r.stdout} {r.stderr}"); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                  "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1.0: err(f"(6) gold graph {k}={m[k]} {onto}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"):
            if m[k]: err(f"(6) gold graph {k}={m[k]} {onto}")
        for k in ("wrong_attributions", "wrong_stances", "mistyped", "duplicated"):
            if m[k]: err(f"(6) gold graph {k}: {m[k]} {onto}")
if errors:
    print(*errors, sep="\n"); sys.exit(1)
print("heldout55 gold: all checks pass")
