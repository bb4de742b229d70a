#!/usr/bin/env python3
"""Checks bench/heldout76/gold.json against its articles and score.py."""
import json, re, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent; SET = HERE.parent; ART = SET / "articles"
ROOT = SET.parent.parent; SCORE = ROOT.parent / "shared/eval/score.py"; ONTO = ROOT / "ontology/kg.ttl"
PY = sys.executable
sys.path.insert(0, str(SCORE.parent)); from score import norm  # noqa: E402
errors = []
def err(m): errors.append(m)

# (1) gold.json is exactly gold_src.py's output; word counts
with tempfile.TemporaryDirectory() as td:
    src = (HERE / "gold_src.py").read_text(encoding="utf-8")
    ns = {"__name__": "gold_src", "__file__": str(HERE / "gold_src.py")}
    exec(compile(src, "gold_src.py", "exec"), ns)
    expect = json.dumps(ns["gold"], ensure_ascii=False, indent=1) + "\n"
    if (SET / "gold.json").read_text(encoding="utf-8") != expect:
        err("gold.json is not the output of gold_src.py")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ART.iterdir())}
if sorted(texts) != sorted(gold["documents"]): err("documents list differs from articles/")
for n, t in texts.items():
    w = len(t.split())
    if not 500 <= w <= 900: err(f"{n}: {w} words")

# (2) verbatim occurrence
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]: err(f"quote key not verbatim in {d}: {q['key']}")
for kind in ("stances", "positions", "relations"):
    for x in gold[kind]:
        for d in x["docs"]:
            if x["evidence"] not in texts[d]: err(f"{kind} evidence not in {d}: {x['evidence']}")
alltext = "\n".join(texts.values())
for u in gold["unattributed"]:
    if u not in alltext: err(f"unattributed not found: {u}")
r = subprocess.run([PY, str(SCORE), "/dev/null", str(SET / "gold.json"), "--docs", str(ART)], capture_output=True, text=True)
if "gold keys not found" in r.stdout: err("score.py --docs: " + r.stdout)

# (3) speakers, holders, ends
ents = {e["name"]: e for e in gold["entities"]}
types = {n: e["type"] for n, e in ents.items()}
for q in gold["quotes"]:
    if types.get(q["speaker"]) not in ("Person", "Organization", "Country"): err(f"bad speaker {q['speaker']}")
for s in gold["stances"]:
    if types.get(s["country"]) != "Country": err(f"stance holder not a Country: {s['country']}")
    for w in s["territory_any"]:
        hits = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and norm(w) in {norm(x) for x in [e["name"], *e["aliases"]]}]
        if len(hits) != 1: err(f"territory wording {w} resolves to {hits}")
for p in gold["positions"]:
    if types.get(p["person"]) != "Person": err(f"position holder not a Person: {p['person']}")
    if not isinstance(p.get("former"), bool): err(f"position without former flag: {p['person']}")
for x in gold["relations"]:
    for end in (x["subject"], x["object"]):
        if end not in types: err(f"relation end not an entity: {end}")

# (4) unique names; not_person; mentions
seen = {}
for e in gold["entities"]:
    for n in [e["name"], *e["aliases"]]:
        k = norm(n)
        if k in seen and seen[k] != e["name"]: err(f"name {n} shared by {seen[k]} and {e['name']}")
        seen[k] = e["name"]
person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
for n in gold["not_person"]:
    if norm(n) in person_names: err(f"not_person names a person: {n}")
for e in gold["entities"]:
    for d in e["docs"]:
        if not any(norm(n) in norm(texts[d]) for n in [e["name"], *e["aliases"]]):
            err(f"entity {e['name']} not mentioned in {d}")

# quotation spans: every span must contain a key, partial or unattributed string
keys = [norm(q["key"]) for q in gold["quotes"]] + [norm(u) for u in gold["unattributed"]]
SINGLE = {"03_antiguaobserver_redonda.txt", "04_memo_mosul.txt", "05_royalgazette_somerset_pavilion.txt"}
for n, t in texts.items():
    spans = re.findall(r'"([^"]+)"', t) + re.findall(r"“([^”]+)”", t)
    # multi-paragraph quotes: an opening curly mark with no close before the next opening one
    spans += [m for m in re.findall(r"“([^“”]+)(?=“)", t)]
    if n in SINGLE:
        spans += re.findall(r"(?<![\w’])‘(.+?)’(?![\w])", t)
        spans += re.findall(r"(?<![\w'])'([^'\n]+?)'(?![\w])", t)
    for s in spans:
        ns_ = norm(s)
        if not any(k and k in ns_ for k in keys):
            err(f"{n}: quoted span without gold entry: {s[:70]}")

# (5) empty graph; (6) gold graph
with tempfile.TemporaryDirectory() as td:
    empty = Path(td) / "empty.ttl"
    empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n")
    full = Path(td) / "gold.ttl"
    subprocess.run([PY, str(HERE / "make_graph.py"), str(SET / "gold.json"), str(full)], check=True)
    for onto in ([], ["--ontology", str(ONTO)]):
        r = subprocess.run([PY, str(SCORE), str(empty), str(SET / "gold.json"), "--json", *onto], capture_output=True, text=True)
        if r.returncode: err(f"empty graph: score.py failed {r.stderr}")
        else:
            m = json.loads(r.stdout)
            for k in ("quote_recall", "stance_recall", "position_recall", "relation_recall", "entity_recall"):
                if m[k] != 0: err(f"empty graph {k}={m[k]}")
        r = subprocess.run([PY, str(SCORE), str(full), str(SET / "gold.json"), "--json", "--docs", str(ART), *onto], capture_output=True, text=True)
        if r.returncode: err(f"gold graph: score.py failed {r.stdout} {r.stderr}"); continue
        m = json.loads(r.stdout)
        for k in ("quote_recall", "attribution_precision", "stance_recall", "stance_precision", "position_recall",
                  "relation_recall", "entity_recall", "person_precision"):
            if m[k] != 1: err(f"gold graph {onto} {k}={m[k]} {m}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes"):
            if m[k] != 0: err(f"gold graph {onto} {k}={m[k]}")
        for k in ("wrong_attributions", "wrong_stances"):
            if m[k]: err(f"gold graph {onto} {k}: {m[k]}")

if errors:
    print("\n".join(errors)); print(f"FAIL ({len(errors)} problems)"); sys.exit(1)
print("check_gold: all checks pass")
