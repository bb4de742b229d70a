#!/usr/bin/env python3
"""Consistency checks of bench/heldout30/gold.json against its articles.

    python check_gold.py      (exit 1 and a list of problems if any check fails)
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:
    """The normalisation of shared/eval/score.py."""
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def names(e: dict) -> list[str]:
    return [e["name"], *e["aliases"]]


def territories_matching(gold: dict, stance: dict) -> set[str]:
    needles = [norm(t) for t in stance["territory_any"]]
    return {e["name"] for e in gold["entities"] if e["type"] == "Territory"
            if any(n in norm(lab) for lab in names(e) for n in needles)}


def territory_of(gold: dict, stance: dict) -> str:
    found = territories_matching(gold, stance)
    if len(found) != 1:
        raise ValueError(f"stance territory {stance['territory_any']} resolves to {sorted(found)}")
    return found.pop()


def main() -> int:
    problems: list[str] = []
    gold_path = SET / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted((SET / "articles").iterdir())}

    # 1. gold.json is exactly what gold_src.py writes
    spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    if src.build() != gold_path.read_text(encoding="utf-8"):
        problems.append("gold.json differs from gold_src.py's output (re-run gold_src.py)")

    if sorted(gold["documents"]) != sorted(texts):
        problems.append(f"documents {gold['documents']} != articles {sorted(texts)}")

    by_name = {e["name"]: e for e in gold["entities"]}
    kinds = {e["name"]: e["type"] for e in gold["entities"]}

    # 2. no two entities share a normalised name or alias; every entity is mentioned
    seen: dict[str, str] = {}
    all_norm = " || ".join(norm(t) for t in texts.values())
    for e in gold["entities"]:
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            problems.append(f"bad entity type: {e}")
        for n in {norm(x) for x in names(e)}:
            if n in seen and seen[n] != e["name"]:
                problems.append(f"name clash: {n!r} of {e['name']} and {seen[n]}")
            seen[n] = e["name"]
        if not any(re.search(rf"(?<!\w){re.escape(norm(x))}(?!\w)", all_norm) for x in names(e)):
            problems.append(f"entity not mentioned in any article: {e['name']}")

    # 3. not_person strings do not name a gold person
    person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in names(e)}
    for s in gold["not_person"]:
        if norm(s) in person_names:
            problems.append(f"not_person names a gold person: {s}")

    # 4. quotes: key verbatim in each doc, speaker is a gold person/organisation/country
    for q in gold["quotes"]:
        for d in q["docs"]:
            if q["key"] not in texts.get(d, ""):
                problems.append(f"quote key not verbatim in {d}: {q['key']}")
        if kinds.get(q["speaker"]) not in ("Person", "Organization", "Country"):
            problems.append(f"quote speaker is not a gold person/organisation/country: {q['speaker']}")
        if q["status"] not in ("required", "optional"):
            problems.append(f"bad quote status: {q}")

    # 5. unattributed strings occur verbatim in some article
    for u in gold["unattributed"]:
        if not any(u in t for t in texts.values()):
            problems.append(f"unattributed string not in any article: {u}")

    # 6. stances
    for s in gold["stances"]:
        if kinds.get(s["country"]) != "Country":
            problems.append(f"stance holder is not a gold country: {s['country']}")
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            problems.append(f"bad stance: {s}")
        found = territories_matching(gold, s)
        if len(found) != 1:
            problems.append(f"stance territory {s['territory_any']} resolves to {sorted(found)}")
        for d in s["docs"]:
            if s["evidence"] not in texts.get(d, ""):
                problems.append(f"stance evidence not verbatim in {d}: {s['evidence']}")

    # 7. positions
    for p in gold["positions"]:
        if kinds.get(p["person"]) != "Person":
            problems.append(f"position holder is not a gold person: {p['person']}")
        if not p["title_any"]:
            problems.append(f"position without title: {p}")
        for d in p["docs"]:
            if p["evidence"] not in texts.get(d, ""):
                problems.append(f"position evidence not verbatim in {d}: {p['evidence']}")

    # 8. relations
    for r in gold["relations"]:
        for end in (r["subject"], r["object"]):
            if end not in by_name:
                problems.append(f"relation end is not a gold entity: {end}")
        if r["predicate"] not in ("spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn",
                                  "annexed", "claims"):
            problems.append(f"bad relation predicate: {r}")
        if r["symmetric"] != (r["predicate"] in ("spouse", "sharesBorderWith")):
            problems.append(f"bad symmetric flag: {r}")
        for d in r["docs"]:
            if r["evidence"] not in texts.get(d, ""):
                problems.append(f"relation evidence not verbatim in {d}: {r['evidence']}")

    if problems:
        print("check_gold: FAILED", *problems, sep="\n  ")
        return 1
    print(f"check_gold: OK ({len(gold['entities'])} entities, {len(gold['quotes'])} quotes, "
          f"{len(gold['unattributed'])} unattributed, {len(gold['stances'])} stances, "
          f"{len(gold['positions'])} positions, {len(gold['relations'])} relations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
