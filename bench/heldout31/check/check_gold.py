#!/usr/bin/env python3
"""Static checks of bench/heldout31/gold.json against its articles (no extractor involved).

    python bench/heldout31/check/check_gold.py [--score PATH/TO/score.py]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))
import gold_src  # noqa: E402

PREDICATES = {"spouse": True, "sharesBorderWith": True, "invaded": False, "memberOf": False,
              "locatedIn": False}


def load_norm(score_path: Path):
    spec = importlib.util.spec_from_file_location("score", score_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default=str(SET.parents[2] / "shared" / "eval" / "score.py"))
    args = ap.parse_args()
    norm = load_norm(Path(args.score))
    errors: list[str] = []

    raw = (SET / "gold.json").read_text(encoding="utf-8")
    if raw != gold_src.render():
        errors.append("gold.json differs from the output of check/gold_src.py")
    gold = json.loads(raw)

    arts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir()) if p.is_file()}
    if sorted(arts) != sorted(gold["documents"]):
        errors.append(f"documents {gold['documents']} != articles {sorted(arts)}")
    for name, text in arts.items():
        n = len(text.split())
        if not 500 <= n <= 900:
            errors.append(f"{name}: {n} words (want 500-900)")
    normtext = {k: " " + norm(v) + " " for k, v in arts.items()}
    alltext = " ".join(normtext.values())

    ents = gold["entities"]
    by_name = {e["name"]: e for e in ents}
    if len(by_name) != len(ents):
        errors.append("two entities have the same name")
    seen: dict[str, str] = {}
    for e in ents:
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            errors.append(f"bad type {e['type']} for {e['name']}")
        for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
            if not n:
                errors.append(f"empty normalised name for {e['name']}")
            if n in seen and seen[n] != e["name"]:
                errors.append(f"normalised name '{n}' shared by {seen[n]} and {e['name']}")
            seen[n] = e["name"]
        if not any(f" {norm(x)} " in alltext for x in [e["name"], *e["aliases"]]):
            errors.append(f"entity not mentioned in any article: {e['name']}")

    def names(ename):
        e = by_name[ename]
        return [e["name"], *e["aliases"]]

    def is_type(ename, *types):
        return ename in by_name and by_name[ename]["type"] in types

    person_names = {norm(x) for e in ents if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
    for np in gold["not_person"]:
        if norm(np) in person_names:
            errors.append(f"not_person string names a gold person: {np}")
        if f" {norm(np)} " not in alltext:
            errors.append(f"not_person string not in any article: {np}")

    def in_docs(s, docs, what):
        for d in docs:
            if d not in arts:
                errors.append(f"{what}: unknown doc {d}")
            elif s not in arts[d]:
                errors.append(f"{what} not verbatim in {d}: {s!r}")

    for q in gold["quotes"]:
        in_docs(q["key"], q["docs"], "quote key")
        if q["status"] not in ("required", "optional"):
            errors.append(f"bad status {q}")
        if not is_type(q["speaker"], "Person", "Organization", "Country"):
            errors.append(f"speaker is not a gold person/organisation/country: {q['speaker']}")
    for u in gold["unattributed"]:
        if not any(u in t for t in arts.values()):
            errors.append(f"unattributed string not verbatim in any article: {u!r}")
        for q in gold["quotes"]:
            if norm(u) == norm(q["key"]):
                errors.append(f"unattributed string is also a quote key: {u!r}")

    territories = [e for e in ents if e["type"] == "Territory"]
    for st in gold["stances"]:
        what = f"stance {st['country']} {st['stance']} {st['territory_any'][0]}"
        in_docs(st["evidence"], st["docs"], f"{what} evidence")
        if not is_type(st["country"], "Country"):
            errors.append(f"{what}: holder is not a gold country")
        if st["stance"] not in ("recognises", "doesNotRecognise"):
            errors.append(f"{what}: bad stance")
        hits = set()
        for needle in st["territory_any"]:
            m = {t["name"] for t in territories
                 if any(norm(needle) in norm(x) for x in [t["name"], *t["aliases"]])}
            if len(m) != 1:
                errors.append(f"{what}: wording {needle!r} resolves to {sorted(m)}")
            hits |= m
        if len(hits) != 1:
            errors.append(f"{what}: wordings resolve to {sorted(hits)}")
        if not any(norm(n) in norm(st["evidence"]) for n in st["territory_any"]):
            errors.append(f"{what}: no territory wording in the evidence")
    for p in gold["positions"]:
        what = f"position {p['person']} {p['title_any'][0]}"
        in_docs(p["evidence"], p["docs"], f"{what} evidence")
        if not is_type(p["person"], "Person"):
            errors.append(f"{what}: holder is not a gold person")
        if not any(norm(t) in norm(p["evidence"]) for t in p["title_any"]):
            errors.append(f"{what}: no title wording in the evidence")
        if not any(norm(n) in norm(p["evidence"]) for n in names(p["person"])):
            errors.append(f"{what}: holder not named in the evidence")
    for r in gold["relations"]:
        what = f"relation {r['subject']} {r['predicate']} {r['object']}"
        in_docs(r["evidence"], r["docs"], f"{what} evidence")
        for end in (r["subject"], r["object"]):
            if end not in by_name:
                errors.append(f"{what}: {end} is not a gold entity")
        if r["predicate"] not in PREDICATES:
            errors.append(f"{what}: unknown predicate")
        elif PREDICATES[r["predicate"]] != r["symmetric"]:
            errors.append(f"{what}: wrong symmetric flag")
    for key in ("quotes", "stances", "positions", "relations", "unattributed", "entities"):
        if not gold[key]:
            errors.append(f"{key} is empty")

    if errors:
        print("check_gold: FAIL", *errors, sep="\n  ")
        return 1
    req = [q for q in gold["quotes"] if q["status"] == "required"]
    print(f"check_gold: OK ({len(gold['quotes'])} quotes, {len(req)} required; {len(gold['stances'])} stances; "
          f"{len(gold['positions'])} positions; {len(gold['relations'])} relations; {len(ents)} entities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
