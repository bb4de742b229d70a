#!/usr/bin/env python3
"""Checks bench/heldout75/gold.json against the articles and score.py. Exit 1 on any failure."""
import json, re, subprocess, sys, tempfile, importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ART = SET / "articles"
ROOT = SET.parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
ONTO = ROOT / "ontology" / "kg.ttl"
PY = sys.executable
errors = []
def fail(msg): errors.append(msg)

spec = importlib.util.spec_from_file_location("score", SCORE); score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score); norm = score.norm

# (1) gold.json is exactly gold_src.py's output; word counts
spec2 = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py"); gs = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(gs)
expected = json.dumps(gs.gold, ensure_ascii=False, indent=1) + "\n"
if (SET / "gold.json").read_text(encoding="utf-8") != expected:
    fail("gold.json differs from the output of gold_src.py")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]):
    fail(f"documents mismatch: {sorted(texts)}")
for name, t in texts.items():
    n = len(t.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words")
ntexts = {k: norm(v) for k, v in texts.items()}

# (2) verbatim occurrence
def verbatim(s, doc):
    return s in texts[doc]
for q in gold["quotes"]:
    for d in q["docs"]:
        if not verbatim(q["key"], d): fail(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        if not any(verbatim(x["evidence"], d) for d in x["docs"]):
            fail(f"{kind} evidence not verbatim: {x['evidence']}")
        for d in x["docs"]:
            if d not in texts: fail(f"{kind}: unknown doc {d}")
for u in gold["unattributed"]:
    if not any(u in t for t in texts.values()): fail(f"unattributed not verbatim: {u}")
missing = score.check_keys(gold, ART)
if missing: fail(f"score.check_keys misses: {missing}")
res = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)], capture_output=True, text=True)
if "gold keys not found" in res.stdout: fail("score.py --docs: " + res.stdout)

# (3) references
ents = {e["name"]: e for e in gold["entities"]}
def etype(n): return ents[n]["type"] if n in ents else None
for q in gold["quotes"]:
    if etype(q["speaker"]) not in ("Person", "Organization", "Country"): fail(f"bad speaker {q['speaker']}")
    if q["status"] not in ("required", "optional"): fail(f"bad status {q}")
terr_names = {e["name"]: {norm(n) for n in [e["name"], *e["aliases"]]} for e in gold["entities"] if e["type"] == "Territory"}
for s in gold["stances"]:
    if etype(s["country"]) != "Country": fail(f"stance holder not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"): fail(f"bad stance {s}")
    for w in s["territory_any"]:
        hits = [t for t, names in terr_names.items() if norm(w) in names]
        if len(hits) != 1: fail(f"territory wording {w!r} resolves to {hits}")
for p in gold["positions"]:
    if etype(p["person"]) != "Person": fail(f"position holder not a person: {p['person']}")
    if not isinstance(p.get("former"), bool): fail(f"position without former flag: {p}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in ents: fail(f"relation end not a gold entity: {end}")
    if r["predicate"] not in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn", "annexed", "claims"):
        fail(f"bad predicate {r}")

# (4) names unique, not_person, mentions
seen = {}
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        if n in seen: fail(f"name {n!r} shared by {seen[n]} and {e['name']}")
        seen[n] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names: fail(f"not_person names a gold person: {n}")
    if not any(n in t for t in texts.values()): fail(f"not_person string not in any article: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", texts[d]) for x in [e["name"], *e["aliases"]]):
            fail(f"entity {e['name']} not mentioned in {d}")

# quotation spans: every span between quotation marks holds a key or an unattributed string
keys = [norm(q["key"]) for q in gold["quotes"]] + [norm(u) for u in gold["unattributed"]]
SINGLE_QUOTES = {"01_tuoitrenews_vanguard_bank.txt", "03_depechesbrazzaville_conkouati_triangle.txt",
                 "04_newindianexpress_galwan_valley.txt"}
for name, t in texts.items():
    spans = re.findall(r'"([^"\n]*)"', t) + re.findall(r"“([^”]*)”", t) + re.findall(r"‘([^’\n]*)’", t)
    # multi-paragraph quotes: an opening curly mark with no close before the next opening mark
    spans += re.findall(r"“([^”“]*)(?=\n\n“)", t)
    if name in SINGLE_QUOTES:
        spans += re.findall(r"(?<![\w'])'([^'\n]+?)'(?!\w)", t)
    for line in t.splitlines():  # an open straight quote closed only in a later paragraph
        if line.count('"') % 2:
            if not line.startswith('"'): fail(f"{name}: unbalanced straight quote: {line[:60]!r}")
            spans.append(line[1:].split('"')[0] if line.count('"') > 1 else line[1:])
    for sp in spans:
        ns = norm(sp)
        if not ns: continue
        if not any(k and k in ns for k in keys):
            fail(f"{name}: quoted span with no gold key: {sp[:70]!r}")

# (5)/(6) score an empty graph and the gold graph
def run_score(graph, onto):
    cmd = [PY, str(SCORE), graph, str(SET / "gold.json"), "--json"] + (["--ontology", str(ONTO)] if onto else [])
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        fail(f"score.py failed ({graph}, onto={onto}): {res.stderr[-500:]}"); return None
    return json.loads(res.stdout)
with tempfile.TemporaryDirectory() as tmp:
    empty = Path(tmp) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(tmp) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in (False, True):
        m = run_score(str(empty), onto)
        if m:
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0: fail(f"empty graph {k}={m[k]} (onto={onto})")
        m = run_score(str(full), onto)
        if m:
            for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                      "position_recall", "relation_recall", "entity_recall", "person_precision"):
                if m[k] != 1.0: fail(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
                if m[k] != 0: fail(f"gold graph {k}={m[k]} (onto={onto})")
            for k in ("wrong_attributions", "wrong_stances", "quotes_missed", "positions_missed", "relations_missed",
                      "entities_missing", "non_persons_as_person"):
                if m[k]: fail(f"gold graph {k}: {m[k][:5]} (onto={onto})")

if errors:
    print("FAIL", *errors, sep="\n  "); sys.exit(1)
print("all checks passed")
