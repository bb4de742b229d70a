#!/usr/bin/env python3
"""Static checks of bench/heldout36/gold.json against the articles (see ../README.md).

    python check_gold.py                      # checks on gold.json and the articles
    python check_gold.py --scores JSON empty  # checks score.py --json output of the empty graph
    python check_gold.py --scores JSON gold   # checks score.py --json output of the gold graph
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ARTICLES = SET / "articles"
SCORE = Path("/work/shared/eval/score.py")
for cand in (SET.parent.parent.parent / "shared/eval/score.py", SCORE):
    if cand.exists():
        SCORE = cand
        break
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm

errors = []


def err(msg):
    errors.append(msg)


def static():
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    spec2 = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
    src = importlib.util.module_from_spec(spec2)
    spec2.loader.exec_module(src)
    if json.loads(json.dumps(src.gold, ensure_ascii=False)) != gold:
        err("gold.json differs from gold_src.py output (re-run gold_src.py)")
    texts = {p.name: p.read_text(encoding="utf-8") for p in ARTICLES.iterdir() if p.is_file()}
    if sorted(texts) != sorted(gold["documents"]):
        err(f"documents {gold['documents']} != articles {sorted(texts)}")
    for name, t in texts.items():
        words = len(t.split())
        if not 500 <= words <= 900:
            err(f"{name}: {words} words (want 500-900)")
    ents = {e["name"]: e for e in gold["entities"]}
    types = {e["name"]: e["type"] for e in gold["entities"]}
    # names and aliases unique after normalisation
    seen = {}
    for e in gold["entities"]:
        for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
            if n in seen:
                err(f"entity name clash: {n!r} in {seen[n]} and {e['name']}")
            seen[n] = e["name"]
    # every entity mentioned in one of its articles
    for e in gold["entities"]:
        if not e["docs"]:
            err(f"entity without docs: {e['name']}")
        for d in e["docs"]:
            nt = " " + norm(texts[d]) + " "
            if not any(" " + norm(x) + " " in nt for x in [e["name"], *e["aliases"]]):
                err(f"{d}: entity not mentioned: {e['name']}")
    # quotes
    for q in gold["quotes"]:
        if q["status"] not in ("required", "optional"):
            err(f"bad status {q}")
        if types.get(q["speaker"]) not in ("Person", "Organization", "Country"):
            err(f"speaker not a gold person/organisation/country: {q['speaker']}")
        for d in q["docs"]:
            if q["key"] not in texts[d]:
                err(f"{d}: quote key not verbatim: {q['key']!r}")
    for u, d in gold["unattributed_docs"].items():
        if u not in texts[d]:
            err(f"{d}: unattributed string not verbatim: {u!r}")
    if sorted(gold["unattributed"]) != sorted(gold["unattributed_docs"]):
        err("unattributed and unattributed_docs differ")
    terr = {e["name"]: [norm(x) for x in [e["name"], *e["aliases"]]] for e in gold["entities"]
            if e["type"] == "Territory"}
    for s in gold["stances"]:
        if types.get(s["country"]) != "Country":
            err(f"stance holder not a gold country: {s['country']}")
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            err(f"bad stance {s}")
        hits = set()
        for w in s["territory_any"]:
            found = {t for t, names in terr.items() if any(norm(w) in n for n in names)}
            if len(found) != 1:
                err(f"stance territory wording {w!r} resolves to {sorted(found)}")
            hits |= found
        if len(hits) != 1:
            err(f"stance territory wordings resolve to {sorted(hits)}")
        for d in s["docs"]:
            if s["evidence"] not in texts[d]:
                err(f"{d}: stance evidence not verbatim: {s['evidence']!r}")
    for p in gold["positions"]:
        if types.get(p["person"]) != "Person":
            err(f"position holder not a gold person: {p['person']}")
        if p["evidence"] not in texts[p["doc"]]:
            err(f"{p['doc']}: position evidence not verbatim: {p['evidence']!r}")
        nt = norm(texts[p["doc"]])
        for field in ("title_any", "of_any"):
            if p[field] and not any(norm(w) in nt for w in p[field]):
                err(f"{p['doc']}: no {field} wording in article: {p[field]!r}")
    for r in gold["relations"]:
        for end in (r["subject"], r["object"]):
            if end not in ents:
                err(f"relation end not a gold entity: {end}")
        if r["predicate"] not in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn"):
            err(f"bad predicate {r}")
        if r["evidence"] not in texts[r["doc"]]:
            err(f"{r['doc']}: relation evidence not verbatim: {r['evidence']!r}")
    person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
    for n in gold["not_person"]:
        if norm(n) in person_names:
            err(f"not_person names a gold person: {n}")
    print(f"static checks: {len(gold['entities'])} entities, {len(gold['quotes'])} quotes, "
          f"{len(gold['unattributed'])} unattributed, {len(gold['stances'])} stances, "
          f"{len(gold['positions'])} positions, {len(gold['relations'])} relations")


def scores(path, kind):
    m = json.loads(Path(path).read_text(encoding="utf-8"))
    rates = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
    if kind == "empty":
        for k in rates + ["attribution_precision", "stance_precision"]:
            if m[k] != 0:
                err(f"empty graph: {k} = {m[k]}")
    else:
        for k in rates + ["attribution_precision", "stance_precision", "person_precision"]:
            if m[k] != 1:
                err(f"gold graph: {k} = {m[k]}")
        for k in ["entity_duplicates", "entity_type_errors", "forbidden_person_nodes"]:
            if m[k] != 0:
                err(f"gold graph: {k} = {m[k]}")
        for k in ["wrong_attributions", "wrong_stances", "non_persons_as_person", "quotes_missed",
                  "stances_missed", "positions_missed", "relations_missed", "entities_missing"]:
            if m[k]:
                err(f"gold graph: {k} = {m[k]}")
    print(f"{kind} graph scores checked ({path})")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--scores":
        scores(sys.argv[2], sys.argv[3])
    else:
        static()
    if errors:
        print("FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    print("OK")
