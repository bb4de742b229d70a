#!/usr/bin/env python3
"""Consistency checks of gold.json against the articles (no extractor involved).

    python check/check_gold.py            (from bench/heldout34 or anywhere)

Exit 0 if every check passes, 1 otherwise (each failure is printed).
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

SET = Path(__file__).resolve().parent.parent
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:  # same normalisation as score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    arts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir()) if p.is_file()}
    normed = {k: norm(v) for k, v in arts.items()}
    all_norm = " \n ".join(normed.values())
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    # documents
    if sorted(gold["documents"]) != sorted(arts):
        err(f"documents {gold['documents']} != articles {sorted(arts)}")
    for name, text in arts.items():
        n = len(text.split())
        if not 500 <= n <= 900:
            err(f"{name}: {n} words (want 500-900)")

    ents = gold["entities"]
    by_name = {e["name"]: e for e in ents}
    if len(by_name) != len(ents):
        err("two entities share a name")
    names_of = {e["name"]: [e["name"], *e["aliases"]] for e in ents}
    seen: dict[str, str] = {}
    for e in ents:
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            err(f"bad entity type {e}")
        for n in names_of[e["name"]]:
            k = norm(n)
            if k in seen and seen[k] != e["name"]:
                err(f"normalised name {n!r} shared by {seen[k]} and {e['name']}")
            seen[k] = e["name"]
        if not any(re.search(r"(?<!\w)" + re.escape(norm(n)) + r"(?!\w)", all_norm) for n in names_of[e["name"]]):
            err(f"entity not mentioned in any article: {e['name']}")
    persons = {norm(n) for e in ents if e["type"] == "Person" for n in names_of[e["name"]]}
    for s in gold["not_person"]:
        if norm(s) in persons:
            err(f"not_person names a gold person: {s}")
        if norm(s) not in all_norm:
            err(f"not_person string not in any article: {s}")

    def typed(name: str, *types: str) -> bool:
        return name in by_name and by_name[name]["type"] in types

    # quotes
    keys = set()
    for q in gold["quotes"]:
        if q["status"] not in ("required", "optional"):
            err(f"bad quote status {q}")
        if not typed(q["speaker"], "Person", "Organization", "Country"):
            err(f"speaker is not a gold person/organisation/country: {q['speaker']}")
        for d in q["docs"]:
            if d not in arts:
                err(f"quote doc missing: {d}")
            elif q["key"] not in arts[d]:
                err(f"quote key not verbatim in {d}: {q['key']!r}")
        keys.add((q["speaker"], q["key"]))
    if len(keys) != len(gold["quotes"]):
        err("duplicate quote entries")
    for u in gold["unattributed"]:
        if not any(u in t for t in arts.values()):
            err(f"unattributed string not verbatim in any article: {u!r}")

    # stances
    territories = [e for e in ents if e["type"] == "Territory"]
    for s in gold["stances"]:
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            err(f"bad stance {s}")
        if not typed(s["country"], "Country"):
            err(f"stance holder is not a gold country: {s['country']}")
        for term in s["territory_any"]:
            hits = [t["name"] for t in territories if any(norm(term) in norm(n) for n in names_of[t["name"]])]
            if len(hits) != 1:
                err(f"stance territory wording {term!r} resolves to {hits}")
        for d in s["docs"]:
            if s["evidence"] not in arts.get(d, ""):
                err(f"stance evidence not verbatim in {d}: {s['evidence']!r}")
            if not any(norm(t) in normed.get(d, "") for t in s["territory_any"]):
                err(f"no territory wording of {s} in {d}")

    # positions
    for p in gold["positions"]:
        if not typed(p["person"], "Person"):
            err(f"position holder is not a gold person: {p['person']}")
        if not p["title_any"]:
            err(f"position without title: {p}")
        for d in p["docs"]:
            if p["evidence"] not in arts.get(d, ""):
                err(f"position evidence not verbatim in {d}: {p['evidence']!r}")
            if not any(norm(t) in norm(p["evidence"]) for t in p["title_any"]):
                err(f"no title wording in the evidence of {p['person']}: {p['evidence']!r}")

    # relations
    preds = {"spouse": True, "sharesBorderWith": True, "invaded": False, "memberOf": False, "locatedIn": False}
    for r in gold["relations"]:
        if r["predicate"] not in preds or preds[r["predicate"]] != r["symmetric"]:
            err(f"bad relation predicate/symmetry {r}")
        for end in (r["subject"], r["object"]):
            if end not in by_name:
                err(f"relation end is not a gold entity: {end}")
        for d in r["docs"]:
            if r["evidence"] not in arts.get(d, ""):
                err(f"relation evidence not verbatim in {d}: {r['evidence']!r}")
    rk = [(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]]
    if len(set(rk)) != len(rk):
        err("duplicate relations")

    for e in errors:
        print("FAIL:", e)
    print(f"check_gold: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
