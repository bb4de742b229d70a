"""Check 1: the gold against the articles (keys, strings, evidence, types, uniqueness).

    python check_gold.py [SET_DIR]      (default: the folder above this one)
Env SCORE: path to shared/eval/score.py (its norm() is reused).
"""
import importlib.util, json, os, sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from gold_src import *

HERE = Path(__file__).resolve().parent
SCORE = os.environ.get("SCORE") or str(HERE.parents[3] / "shared/eval/score.py")  # bench/heldout22/check -> ../../../../shared
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
norm = score.norm

ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent
gold = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))
texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "articles").iterdir()}
alltext = "\n".join(texts.values())
errors = []
def err(m): errors.append(m)

assert sorted(texts) == sorted(DOCS), sorted(texts)
ent = {e["name"]: e for e in gold["entities"]}
etype = {e["name"]: e["type"] for e in gold["entities"]}

# quote keys verbatim
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in texts[d]:
            err(f"quote key not verbatim in {d}: {q['key']}")
    if q["speaker"] not in ent:
        err(f"speaker not an entity: {q['speaker']}")
    elif etype[q["speaker"]] not in ("Person", "Organization", "Country"):
        err(f"speaker of wrong type: {q['speaker']}")
# unattributed / not_person strings occur
for u in gold["unattributed"]:
    if u not in alltext: err(f"unattributed not in articles: {u}")
for u in gold["not_person"]:
    if u not in alltext: err(f"not_person not in articles: {u}")
# stances
territories = [e for e in gold["entities"] if e["type"] == "Territory"]
for (c, s, tany, d, st, ev) in STANCES:
    if ev not in texts[d]: err(f"stance evidence not verbatim in {d}: {ev}")
    if etype.get(c) != "Country": err(f"stance holder not a Country: {c}")
    for t in tany:
        if t not in texts[d]: err(f"stance territory wording not in {d}: {t}")
    hits = [e["name"] for e in territories
            if any(norm(t) in norm(l) for t in tany for l in [e["name"], *e["aliases"]])]
    if len(hits) != 1: err(f"stance object resolves to {hits}: {tany}")
    others = [e["name"] for e in gold["entities"] if e["type"] != "Territory"
              and any(norm(t) in norm(l) for t in tany for l in [e["name"], *e["aliases"]])]
    if others: print(f"  note: stance wording {tany} also inside non-territory labels {others}")
# positions
for (p, t, o, d, st, ev) in POSITIONS:
    if ev not in texts[d]: err(f"position evidence not verbatim in {d}: {ev}")
    if etype.get(p) != "Person": err(f"position holder not a Person: {p}")
    if not any(norm(k) in norm(ev) for k in t): err(f"no title word of {t} in evidence {ev}")
    for k in o:
        if k not in texts[d]: err(f"of_any wording not in {d}: {k}")
# relations
DOM = {"spouse": ({"Person"}, {"Person"}),
       "sharesBorderWith": ({"Country", "Territory"}, {"Country", "Territory"}),
       "invaded": ({"Country", "Organization"}, {"Country", "Territory"}),
       "memberOf": ({"Person", "Country", "Organization"}, {"Organization"}),
       "locatedIn": ({"Place", "Territory", "Organization"}, {"Country", "Territory", "Place"})}
for (s, p, o, d, ev) in RELATIONS:
    if ev not in texts[d]: err(f"relation evidence not verbatim in {d}: {ev}")
    dom, rng = DOM[p]
    if etype.get(s) not in dom: err(f"relation subject wrong type: {s} {p}")
    if etype.get(o) not in rng: err(f"relation object wrong type: {o} {p}")
# every entity named in its article
for typ, name, aliases, d in ENTITIES:
    if not any(n in texts[d] for n in [name, *aliases]):
        err(f"entity not named in {d}: {name}")
# unique names/aliases (normalised)
seen = defaultdict(set)
for e in gold["entities"]:
    for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
        seen[n].add(e["name"])
for n, who in seen.items():
    if len(who) > 1: err(f"shared name/alias {n!r}: {sorted(who)}")
# not_person vs gold persons
pnames = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
for u in gold["not_person"]:
    if norm(u) in pnames: err(f"not_person names a gold person: {u}")
# unattributed vs quote keys (an unattributed string should not be a full gold quote)
for u in gold["unattributed"]:
    for q in gold["quotes"]:
        if norm(q["key"]) == norm(u): err(f"unattributed equals a quote key: {u}")
# required quotes: key unique per doc
c = Counter((q["key"], q["speaker"]) for q in gold["quotes"])
for k, n in c.items():
    if n > 1: err(f"duplicate quote entry {k}")

# counts
def cnt(items, doc_of, status_of):
    out = defaultdict(lambda: [0, 0])
    for it in items:
        out[doc_of(it)][0 if status_of(it) == "required" else 1] += 1
    return out
qc = cnt(QUOTES, lambda x: x[2], lambda x: x[3])
sc = cnt(STANCES, lambda x: x[3], lambda x: x[4])
pc = cnt(POSITIONS, lambda x: x[3], lambda x: x[4])
rc = Counter(x[3] for x in RELATIONS)
ec = Counter(x[3] for x in ENTITIES)
print("file | quotes | stances | positions | relations | entities")
for d in DOCS:
    print(d[:2], "|", "%d / %d" % tuple(qc[d]), "|", "%d / %d" % tuple(sc[d]), "|", "%d / %d" % tuple(pc[d]),
          "|", rc[d], "|", ec[d])
print("total |", sum(v[0] for v in qc.values()), "/", sum(v[1] for v in qc.values()), "|",
      sum(v[0] for v in sc.values()), "/", sum(v[1] for v in sc.values()), "|",
      sum(v[0] for v in pc.values()), "/", sum(v[1] for v in pc.values()), "|", len(RELATIONS), "|", len(ENTITIES))
print("not_person", len(gold["not_person"]), "unattributed", len(gold["unattributed"]))
print("ERRORS:", len(errors))
for e in errors: print("  -", e)
sys.exit(1 if errors else 0)
