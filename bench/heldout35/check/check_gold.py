#!/usr/bin/env python3
"""Checks bench/heldout35/gold.json against the articles, and score.py's output on check graphs.

    python check/check_gold.py                      # static checks of the gold file
    python check/check_gold.py --empty SCORES.json  # score.py --json output on the empty graph: all zero
    python check/check_gold.py --full SCORES.json   # score.py --json output on the gold graph: all perfect
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/eval")
from score import norm  # noqa: E402  (the scorer's own normalisation)

import gold_src  # noqa: E402

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def static() -> None:
    gold_path = SET / "gold.json"
    if gold_path.read_text(encoding="utf-8") != gold_src.dumps():
        err("gold.json differs from check/gold_src.py output (run python check/gold_src.py)")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir() if p.is_file()}
    if sorted(arts) != sorted(gold["documents"]):
        err(f"documents {gold['documents']} != articles {sorted(arts)}")
    for name, text in arts.items():
        n = len(text.split())
        if not 500 <= n <= 900:
            err(f"{name}: {n} words (want 500-900)")
    types = {e["name"]: e["type"] for e in gold["entities"]}
    names = {e["name"]: [e["name"], *e["aliases"]] for e in gold["entities"]}

    def doc_of(item):
        for d in item["docs"]:
            if d not in arts:
                err(f"unknown doc {d}")
        return item["docs"]

    # quotes: verbatim keys, gold speakers
    seen = set()
    for q in gold["quotes"]:
        for d in doc_of(q):
            if q["key"] not in arts.get(d, ""):
                err(f"quote key not verbatim in {d}: {q['key']!r}")
        if types.get(q["speaker"]) not in ("Person", "Organization", "Country"):
            err(f"speaker is not a gold person/organisation/country: {q['speaker']!r}")
        if q["status"] not in ("required", "optional"):
            err(f"bad quote status {q}")
        k = (q["speaker"], q["key"])
        if k in seen:
            err(f"duplicate quote {k}")
        seen.add(k)
    for u in gold["unattributed"]:
        if not any(u in t for t in arts.values()):
            err(f"unattributed string not verbatim in any article: {u!r}")
        if any(norm(u) == norm(q["key"]) for q in gold["quotes"]):
            err(f"unattributed string is also a quote key: {u!r}")
    # stances
    territories = [e for e in gold["entities"] if e["type"] == "Territory"]
    for s in gold["stances"]:
        if types.get(s["country"]) != "Country":
            err(f"stance holder is not a gold country: {s['country']!r}")
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            err(f"bad stance {s}")
        for w in s["territory_any"]:
            hits = [t["name"] for t in territories
                    if any(norm(w) in norm(n) for n in [t["name"], *t["aliases"]])]
            if len(hits) != 1:
                err(f"stance territory wording {w!r} resolves to {hits}")
        for d in doc_of(s):
            if s["evidence"] not in arts.get(d, ""):
                err(f"stance evidence not verbatim in {d}: {s['evidence']!r}")
    # positions
    for p in gold["positions"]:
        if types.get(p["person"]) != "Person":
            err(f"position holder is not a gold person: {p['person']!r}")
        for d in doc_of(p):
            if p["evidence"] not in arts.get(d, ""):
                err(f"position evidence not verbatim in {d}: {p['evidence']!r}")
        if not p["title_any"]:
            err(f"position without title {p}")
    # relations
    for r in gold["relations"]:
        for end in (r["subject"], r["object"]):
            if end not in types:
                err(f"relation end is not a gold entity: {end!r}")
        if r["predicate"] not in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn"):
            err(f"unexpected predicate {r['predicate']}")
        for d in doc_of(r):
            if r["evidence"] not in arts.get(d, ""):
                err(f"relation evidence not verbatim in {d}: {r['evidence']!r}")
    # entities: unique normalised names, mentioned somewhere
    owner: dict[str, str] = {}
    for e in gold["entities"]:
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            err(f"bad entity type {e}")
        for n in [e["name"], *e["aliases"]]:
            k = norm(n)
            if k in owner and owner[k] != e["name"]:
                err(f"normalised name {k!r} shared by {owner[k]!r} and {e['name']!r}")
            owner[k] = e["name"]
    normed = [" " + norm(t) + " " for t in arts.values()]
    for e in gold["entities"]:
        if not any(" " + norm(n) + " " in t for n in names[e["name"]] for t in normed):
            err(f"entity not mentioned in any article: {e['name']!r}")
    person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in names[e["name"]]}
    for s in gold["not_person"]:
        if norm(s) in person_names:
            err(f"not_person string names a gold person: {s!r}")


def empty(path: str) -> None:
    m = json.loads(Path(path).read_text(encoding="utf-8"))
    for k in ("entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall",
              "attributions", "stance_triples", "position_facts", "person_nodes", "entity_duplicates",
              "entity_type_errors", "forbidden_person_nodes"):
        if m[k] != 0:
            err(f"empty graph: {k} = {m[k]} (want 0)")


def full(path: str) -> None:
    m = json.loads(Path(path).read_text(encoding="utf-8"))
    for k in ("entity_recall", "quote_recall", "attribution_precision", "stance_recall", "stance_precision",
              "position_recall", "relation_recall", "person_precision"):
        if m[k] != 1:
            err(f"gold graph: {k} = {m[k]} (want 1.00)")
    for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes", "quotes_found_wrong_speaker"):
        if m[k] != 0:
            err(f"gold graph: {k} = {m[k]} (want 0)")
    for k in ("entities_missing", "duplicated", "mistyped", "non_persons_as_person", "quotes_missed",
              "wrong_attributions", "stances_missed", "wrong_stances", "positions_missed", "relations_missed"):
        if m[k]:
            err(f"gold graph: {k} = {m[k]}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--empty":
        empty(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "--full":
        full(sys.argv[2])
    else:
        static()
    for e in errors:
        print("FAIL:", e)
    if errors:
        sys.exit(1)
    print("ok" if len(sys.argv) == 1 else f"ok ({sys.argv[1]})")
