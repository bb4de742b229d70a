#!/usr/bin/env python3
"""Check bench/heldout37/gold.json against the articles, an empty graph and a graph built from the gold.

    python check/check_gold.py [--score PATH/TO/score.py] [--ontology PATH/TO/kg.ttl]

Exits 1 and lists the problems if any check fails.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
sys.path.insert(0, str(HERE))
from make_graph import norm  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--score", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
ap.add_argument("--ontology", default=str(ROOT / "ontology" / "kg.ttl"))
args = ap.parse_args()

gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
arts = SET / "articles"
raw = {p.name: p.read_text(encoding="utf-8") for p in arts.iterdir() if p.is_file()}
normed = {k: norm(v) for k, v in raw.items()}
problems: list[str] = []
ok = []


def fail(msg: str) -> None:
    problems.append(msg)


# 0. the documents
if sorted(gold["documents"]) != sorted(raw):
    fail(f"documents {gold['documents']} != articles {sorted(raw)}")
for name, text in raw.items():
    n = len(text.split())
    if not 500 <= n <= 900:
        fail(f"{name}: {n} words (want 500-900)")
ok.append("the five articles are listed and have 500-900 words")

ents = {e["name"]: e for e in gold["entities"]}
if len(ents) != len(gold["entities"]):
    fail("two entities with the same name")
labels = {e["name"]: {norm(x) for x in [e["name"], *e["aliases"]]} for e in gold["entities"]}
of_type = lambda *ts: {n for n, e in ents.items() if e["type"] in ts}  # noqa: E731

# 1. verbatim occurrences
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in raw.get(d, ""):
            fail(f"quote key not verbatim in {d}: {q['key']}")
for part in ("stances", "positions", "relations"):
    for x in gold[part]:
        if not x.get("evidence"):
            fail(f"{part}: no evidence: {x}")
        for d in x["docs"]:
            if x["evidence"] not in raw.get(d, ""):
                fail(f"{part} evidence not verbatim in {d}: {x['evidence']}")
for u in gold["unattributed"]:
    if not any(u in t for t in raw.values()):
        fail(f"unattributed string not verbatim in any article: {u}")
ok.append("every quote key, evidence string and unattributed string occurs verbatim in its article")

# 2. speakers, holders, ends
for q in gold["quotes"]:
    if q["speaker"] not in of_type("Person", "Organization", "Country"):
        fail(f"speaker is not a gold person/organisation/country: {q['speaker']}")
    if q["status"] not in ("required", "optional"):
        fail(f"bad status {q}")
territories = of_type("Territory")
for s in gold["stances"]:
    if s["country"] not in of_type("Country"):
        fail(f"stance holder is not a gold country: {s['country']}")
    if s["stance"] not in ("recognises", "doesNotRecognise"):
        fail(f"bad stance {s}")
    hits = set()
    for k in s["territory_any"]:
        h = {t for t in territories if any(norm(k) in lab for lab in labels[t])}
        if len(h) != 1:
            fail(f"territory wording {k!r} resolves to {sorted(h)}")
        hits |= h
    if len(hits) != 1:
        fail(f"stance territory wordings resolve to {sorted(hits)}: {s}")
    if not any(norm(k) in normed[d] for k in s["territory_any"] for d in s["docs"]):
        fail(f"no territory wording of the stance occurs in its article: {s}")
for p in gold["positions"]:
    if p["person"] not in of_type("Person"):
        fail(f"position holder is not a gold person: {p['person']}")
for r in gold["relations"]:
    for end in (r["subject"], r["object"]):
        if end not in ents:
            fail(f"relation end is not a gold entity: {end}")
    if r["symmetric"] != (r["predicate"] in ("spouse", "sharesBorderWith")):
        fail(f"symmetric flag: {r}")
ok.append("every speaker, stance holder, territory wording, position holder and relation end resolves")

# 3. names
seen: dict[str, str] = {}
for e in gold["entities"]:
    for lab in labels[e["name"]]:
        if lab in seen and seen[lab] != e["name"]:
            fail(f"normalised name {lab!r} shared by {seen[lab]} and {e['name']}")
        seen[lab] = e["name"]
person_labels = {lab for n in of_type("Person") for lab in labels[n]}
for s in gold["not_person"]:
    if norm(s) in person_labels:
        fail(f"not_person string names a gold person: {s}")
for e in gold["entities"]:
    docs = e.get("docs") or list(raw)
    if not any(re.search(rf"(?<!\w){re.escape(lab)}(?!\w)", normed[d]) for lab in labels[e["name"]] for d in docs):
        fail(f"entity not mentioned in its article(s): {e['name']}")
ok.append("no shared normalised names, no not_person string names a gold person, every entity is mentioned")

# 4. score.py on an empty graph and on the gold graph
py = sys.executable
with tempfile.TemporaryDirectory() as tmp:
    empty, full = Path(tmp) / "empty.ttl", Path(tmp) / "gold.ttl"
    subprocess.run([py, str(HERE / "make_graph.py"), str(empty), "--empty"], check=True)
    subprocess.run([py, str(HERE / "make_graph.py"), str(full)], check=True)
    for onto in ([], ["--ontology", args.ontology]):
        tag = "with --ontology" if onto else "without --ontology"
        r = subprocess.run([py, args.score, str(empty), str(SET / "gold.json"), "--json", *onto],
                           capture_output=True, text=True)
        if r.returncode:
            fail(f"empty graph {tag}: score.py failed: {r.stderr.strip()}")
        else:
            m = json.loads(r.stdout)
            for k in ("entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall",
                      "attributions", "stance_triples", "person_nodes"):
                if m[k] != 0:
                    fail(f"empty graph {tag}: {k} = {m[k]}")
        r = subprocess.run([py, args.score, str(full), str(SET / "gold.json"), "--json", "--docs", str(arts),
                            *onto], capture_output=True, text=True)
        if r.returncode:
            fail(f"gold graph {tag}: score.py failed ({r.returncode}): {r.stdout.strip()} {r.stderr.strip()}")
            continue
        m = json.loads(r.stdout)
        for k in ("entity_recall", "quote_recall", "attribution_precision", "stance_recall", "stance_precision",
                  "position_recall", "relation_recall", "person_precision"):
            if m[k] != 1:
                fail(f"gold graph {tag}: {k} = {m[k]}")
        for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                  "quotes_found_wrong_speaker"):
            if m[k] != 0:
                fail(f"gold graph {tag}: {k} = {m[k]}")
        for k in ("entities_missing", "duplicated", "mistyped", "non_persons_as_person", "quotes_missed",
                  "wrong_attributions", "stances_missed", "wrong_stances", "positions_missed",
                  "relations_missed"):
            if m[k]:
                fail(f"gold graph {tag}: {k}: {m[k][:5]}")
ok.append("score.py --docs finds every quote key; an empty graph scores 0 and the gold graph 1.00 with no "
          "duplicates, type errors, wrong items or forbidden person nodes, with and without --ontology")

if problems:
    print("FAILED:", *problems, sep="\n  ")
    sys.exit(1)
for line in ok:
    print("ok:", line)
q, s, p = gold["quotes"], gold["stances"], gold["positions"]
req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
print(f"counts: quotes {req(q)} required / {len(q) - req(q)} optional, unattributed {len(gold['unattributed'])}; "
      f"stances {req(s)} required / {len(s) - req(s)} optional, negative {sum(x['stance'] == 'doesNotRecognise' for x in s)}; "
      f"positions {req(p)} required / {len(p) - req(p)} optional, former {sum(x['former'] for x in p)}; "
      f"relations {len(gold['relations'])}; entities {len(gold['entities'])}")
