#!/usr/bin/env python3
"""Static checks of bench/heldout29/gold.json against gold_src.py and the articles.

    python check/check_gold.py        (exit 1 and a list of problems if any check fails)

Uses score.py's own `norm` so that name comparisons match the scorer exactly.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
SCORE = Path(__import__("os").environ.get("SCORE", SET.parent.parent.parent / "shared/eval/score.py"))
RELATIONS = {"spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn"}
SYMMETRIC = {"spouse", "sharesBorderWith"}


def load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    norm = load_module("score", SCORE).norm
    src = load_module("gold_src", SET / "check" / "gold_src.py")
    problems: list[str] = []
    raw = (SET / "gold.json").read_text(encoding="utf-8")
    if raw != src.render():
        problems.append("gold.json differs from gold_src.py's output (run check/gold_src.py)")
    gold = json.loads(raw)

    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir()) if p.is_file()}
    ndocs = {k: " " + norm(v) + " " for k, v in docs.items()}
    if sorted(gold["documents"]) != sorted(docs):
        problems.append(f"documents {gold['documents']} != articles {sorted(docs)}")

    ents = gold["entities"]
    by_name = {e["name"]: e for e in ents}
    if len(by_name) != len(ents):
        problems.append("two entities have the same name")
    labels = {e["name"]: {norm(n) for n in [e["name"], *e["aliases"]]} for e in ents}
    seen: dict[str, str] = {}
    for e in ents:
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            problems.append(f"entity {e['name']}: bad type {e['type']}")
        for n in labels[e["name"]]:
            if not n:
                problems.append(f"entity {e['name']}: empty normalised name")
            if n in seen and seen[n] != e["name"]:
                problems.append(f"entities {seen[n]} and {e['name']} share the normalised name '{n}'")
            seen[n] = e["name"]
        if not any(f" {n} " in t for n in labels[e["name"]] for t in ndocs.values()):
            problems.append(f"entity {e['name']} is not mentioned in any article")

    def of_type(name, *types):
        return name in by_name and by_name[name]["type"] in types

    person_names = {n for e in ents if e["type"] == "Person" for n in labels[e["name"]]}
    for s in gold["not_person"]:
        if norm(s) in person_names:
            problems.append(f"not_person '{s}' names a gold person")
        if not any(f" {norm(s)} " in t for t in ndocs.values()):
            problems.append(f"not_person '{s}' does not occur in any article")

    def check_docs(kind, item):
        for d in item["docs"]:
            if d not in docs:
                problems.append(f"{kind}: unknown document {d}")
        return [docs[d] for d in item["docs"] if d in docs]

    for q in gold["quotes"]:
        texts = check_docs("quote", q)
        if q["status"] not in ("required", "optional"):
            problems.append(f"quote {q['key']}: bad status")
        for d, t in zip(q["docs"], texts):
            if q["key"] not in t:
                problems.append(f"quote key not verbatim in {d}: {q['key']}")
        if not of_type(q["speaker"], "Person", "Organization", "Country"):
            problems.append(f"quote {q['key']}: speaker {q['speaker']} is not a gold person/organisation/country")
    for u in gold["unattributed"]:
        if not any(u in t for t in docs.values()):
            problems.append(f"unattributed string not verbatim in any article: {u}")
        if any(norm(q["key"]) == norm(u) for q in gold["quotes"]):
            problems.append(f"unattributed string is also a quote key: {u}")

    territories = [e for e in ents if e["type"] == "Territory"]
    for s in gold["stances"]:
        texts = check_docs("stance", s)
        tag = f"stance {s['country']} {s['stance']} {s['territory_any'][0]}"
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            problems.append(f"{tag}: bad stance")
        if not of_type(s["country"], "Country"):
            problems.append(f"{tag}: holder is not a gold country")
        hits = set()
        for term in s["territory_any"]:
            owners = {t["name"] for t in territories if any(norm(term) in lab for lab in labels[t["name"]])}
            if len(owners) != 1:
                problems.append(f"{tag}: territory wording '{term}' resolves to {sorted(owners) or 'nothing'}")
            hits |= owners
        if len(hits) != 1:
            problems.append(f"{tag}: territory wordings resolve to {sorted(hits)}")
        if not any(f" {norm(term)} " in " " + norm(t) + " " for term in s["territory_any"] for t in texts):
            problems.append(f"{tag}: no territory wording occurs in its article")
        for t in texts:
            if s["evidence"] not in t:
                problems.append(f"{tag}: evidence not verbatim: {s['evidence']}")

    for p in gold["positions"]:
        texts = check_docs("position", p)
        tag = f"position {p['person']} {p['title_any'][0]}"
        if not of_type(p["person"], "Person"):
            problems.append(f"{tag}: holder is not a gold person")
        if not p["title_any"]:
            problems.append(f"{tag}: empty title_any")
        for t in texts:
            if p["evidence"] not in t:
                problems.append(f"{tag}: evidence not verbatim: {p['evidence']}")
            if not any(norm(k) in norm(t) for k in p["title_any"]):
                problems.append(f"{tag}: no title wording occurs in the article")

    for r in gold["relations"]:
        texts = check_docs("relation", r)
        tag = f"relation {r['subject']} {r['predicate']} {r['object']}"
        if r["predicate"] not in RELATIONS:
            problems.append(f"{tag}: unknown predicate")
        if r["symmetric"] != (r["predicate"] in SYMMETRIC):
            problems.append(f"{tag}: wrong symmetric flag")
        for end in (r["subject"], r["object"]):
            if end not in by_name:
                problems.append(f"{tag}: {end} is not a gold entity")
        for t in texts:
            if r["evidence"] not in t:
                problems.append(f"{tag}: evidence not verbatim: {r['evidence']}")
    keys = [(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]]
    if len(set(keys)) != len(keys):
        problems.append("duplicate relation")

    if problems:
        print("check_gold: FAILED", *problems, sep="\n  ")
        return 1
    n_req = sum(q["status"] == "required" for q in gold["quotes"])
    print(f"check_gold: OK ({len(gold['quotes'])} quotes, {n_req} required; {len(gold['stances'])} stances; "
          f"{len(gold['positions'])} positions; {len(gold['relations'])} relations; {len(ents)} entities)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
