"""Checks for bench/heldout71 gold.json (run through run_checks.sh)."""
import json, re, subprocess, sys, tempfile, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
PY = sys.executable
SCORE = SET.parent.parent.parent / "shared" / "eval" / "score.py"
ONTO = SET.parent.parent / "ontology" / "kg.ttl"
sys.path.insert(0, str(SCORE.parent))
from score import norm  # noqa: E402

fails = []
def fail(msg): fails.append(msg)

gold_text = (SET / "gold.json").read_text(encoding="utf-8")
# (1) gold.json is exactly the output of gold_src.py
with tempfile.TemporaryDirectory() as td:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    tmp = Path(td) / "check"; tmp.mkdir()
    (tmp / "gold_src.py").write_text(src, encoding="utf-8")
    subprocess.run([PY, str(tmp / "gold_src.py")], check=True, capture_output=True)
    if (Path(td) / "gold.json").read_text(encoding="utf-8") != gold_text:
        fail("gold.json is not the output of gold_src.py")
gold = json.loads(gold_text)
texts = {p.name: p.read_text(encoding="utf-8") for p in ART.iterdir()}
if sorted(texts) != sorted(gold["documents"]):
    fail("documents list differs from articles/")
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900:
        fail(f"{n}: {w} words")
ntexts = {n: norm(t) for n, t in texts.items()}

# (2) verbatim occurrence
def verbatim(s, doc):
    return s in texts[doc]
for q in gold["quotes"]:
    for d in q["docs"]:
        if not verbatim(q["key"], d): fail(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if not verbatim(x["evidence"], d): fail(f"{kind} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()): fail(f"unattributed not found: {u}")

# (3) speakers, holders, territories, ends
by_name = {e["name"]: e for e in gold["entities"]}
types = {n: e["type"] for n, e in by_name.items()}
for q in gold["quotes"]:
    if types.get(q["speaker"]) not in ("Person", "Organization", "Country"): fail(f"bad speaker {q['speaker']}")
for s in gold["stances"]:
    if types.get(s["country"]) != "Country": fail(f"stance holder not a country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and norm(w) in {norm(x) for x in [e["name"], *e["aliases"]]}]
        terr = [e for e in hits if e["type"] == "Territory"]
        if len(terr) != 1: fail(f"territory wording {w} resolves to {len(terr)} territories")
for p in gold["positions"]:
    if types.get(p["person"]) != "Person": fail(f"position holder not a person: {p['person']}")
    if not isinstance(p.get("former"), bool): fail(f"position without former flag: {p['person']}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in types: fail(f"relation end not an entity: {end}")

# (4) names
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]: fail(f"name clash: {n} ({seen[k]} / {e['name']})")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names: fail(f"not_person names a person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(n) in ntexts[d] for n in [e["name"], *e["aliases"]]):
            fail(f"entity not mentioned in {d}: {e['name']}")

# quotation-mark spans: every span must hold a gold key or unattributed string
keys = [norm(q["key"]) for q in gold["quotes"]]
unatt = [norm(u) for u in gold["unattributed"]]
SINGLE_QUOTE_DOCS = {"05_dispatchlive_mdantsane_pool.txt"}
for n, t in texts.items():
    spans = re.findall(r'"([^"\n]+)"', t) + re.findall(r"“([^”]+?)(?:”|\n)", t)
    spans += re.findall(r"(?<![\w])‘(.+?)’(?![\w])", t)
    if n in SINGLE_QUOTE_DOCS:
        spans += re.findall(r"(?<![\w])'(.+?)'(?![\w])", t)
    for sp in spans:
        ns = norm(sp)
        if ns and not any(k in ns or ns in k for k in keys) and not any(
                u == ns or (u in ns and len(ns) < len(u) + 12) for u in unatt):
            fail(f"{n}: quoted span without gold entry: {sp[:70]}")

# (2b) score.py --docs, (5) empty graph, (6) gold graph
with tempfile.TemporaryDirectory() as td:
    empty = Path(td) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
    full = Path(td) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in ([], ["--ontology", str(ONTO)]):
        r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--docs", str(ART), "--json", *onto],
                           capture_output=True, text=True)
        if r.returncode: fail(f"empty graph: score.py failed {r.stdout}{r.stderr}"); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
            if m[k] != 0: fail(f"empty graph {onto}: {k}={m[k]}")
        r = subprocess.run([PY, str(SCORE), str(full), str(SET / "gold.json"), "--docs", str(ART), "--json", *onto],
                           capture_output=True, text=True)
        if r.returncode: fail(f"gold graph: score.py failed {r.stdout}{r.stderr}"); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                  "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1: fail(f"gold graph {onto}: {k}={m[k]}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k] != 0: fail(f"gold graph {onto}: {k}={m[k]}")
        for k in ("wrong_attributions", "wrong_stances"):
            if m[k]: fail(f"gold graph {onto}: {k}={m[k]}")

for f in fails: print("FAIL", f)
c = lambda xs, st: sum(x["status"] == st for x in xs)
print(f"quotes {c(gold['quotes'],'required')}/{c(gold['quotes'],'optional')} unattributed {len(gold['unattributed'])} "
      f"stances {c(gold['stances'],'required')}/{c(gold['stances'],'optional')}/neg "
      f"{sum(s['stance']=='doesNotRecognise' for s in gold['stances'])} positions {c(gold['positions'],'required')}/"
      f"{c(gold['positions'],'optional')}/former {sum(p['former'] for p in gold['positions'])} "
      f"relations {len(gold['relations'])} entities {len(gold['entities'])}")
print("OK" if not fails else f"{len(fails)} failures")
sys.exit(1 if fails else 0)
