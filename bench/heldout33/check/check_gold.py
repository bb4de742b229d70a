#!/usr/bin/env python3
"""Consistency checks of bench/heldout33/gold.json against the articles (exit 1 on any failure)."""
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


def norm(text: str) -> str:  # same normalisation as shared/eval/score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    errors: list[str] = []
    spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    raw = (SET / "gold.json").read_text(encoding="utf-8")
    if raw != src.render():
        errors.append("gold.json differs from the output of check/gold_src.py")
    gold = json.loads(raw)
    arts = {p.name: p.read_text(encoding="utf-8") for p in (SET / "articles").iterdir() if p.is_file()}
    if sorted(arts) != sorted(gold["documents"]):
        errors.append(f"documents {gold['documents']} != articles {sorted(arts)}")
    for name, text in arts.items():
        n = len(text.split())
        if not 500 <= n <= 900:
            errors.append(f"{name}: {n} words (want 500-900)")
    ntext = {k: " " + norm(v) + " " for k, v in arts.items()}
    ents = {e["name"]: e for e in gold["entities"]}
    if len(ents) != len(gold["entities"]):
        errors.append("duplicate entity names")
    by_type = lambda *ts: {e["name"] for e in gold["entities"] if e["type"] in ts}

    # names and aliases: unique, mentioned
    seen: dict[str, str] = {}
    for e in gold["entities"]:
        for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
            if n in seen and seen[n] != e["name"]:
                errors.append(f"entities {seen[n]!r} and {e['name']!r} share the name {n!r}")
            seen[n] = e["name"]
        if not any(f" {norm(x)} " in t for x in [e["name"], *e["aliases"]] for t in ntext.values()):
            errors.append(f"entity not mentioned in any article: {e['name']}")
    person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
    for s in gold["not_person"]:
        if norm(s) in person_names:
            errors.append(f"not_person names a gold person: {s}")

    # quotes
    speakers = by_type("Person", "Organization", "Country")
    for q in gold["quotes"]:
        if q["speaker"] not in speakers:
            errors.append(f"speaker not a gold person/organisation/country: {q['speaker']}")
        if q["status"] not in ("required", "optional"):
            errors.append(f"bad status {q}")
        for d in q["docs"]:
            if q["key"] not in arts.get(d, ""):
                errors.append(f"{d}: quote key not verbatim: {q['key']}")
    for u in gold["unattributed"]:
        if not any(u in t for t in arts.values()):
            errors.append(f"unattributed string not verbatim in any article: {u}")

    # evidence
    for part in ("stances", "positions", "relations"):
        for x in gold[part]:
            if not x.get("evidence") or not all(x["evidence"] in arts.get(d, "") for d in x["docs"]):
                errors.append(f"{part}: evidence not verbatim: {x.get('evidence')}")

    # stances
    territories = [e for e in gold["entities"] if e["type"] == "Territory"]
    for s in gold["stances"]:
        if s["country"] not in by_type("Country"):
            errors.append(f"stance holder not a gold country: {s['country']}")
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            errors.append(f"bad stance {s}")
        for w in s["territory_any"]:
            hits = [e["name"] for e in territories
                    if any(norm(w) in norm(x) for x in [e["name"], *e["aliases"]])]
            if len(hits) != 1:
                errors.append(f"territory wording {w!r} resolves to {hits}")
    # positions
    for p in gold["positions"]:
        if p["person"] not in by_type("Person"):
            errors.append(f"position holder not a gold person: {p['person']}")
        if not p["title_any"]:
            errors.append(f"empty title_any: {p}")
    # relations
    allowed = {"spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn"}
    for r in gold["relations"]:
        for end in (r["subject"], r["object"]):
            if end not in ents:
                errors.append(f"relation end not a gold entity: {end}")
        if r["predicate"] not in allowed:
            errors.append(f"bad predicate {r['predicate']}")
    for e in errors:
        print("FAIL", e)
    print(f"check_gold: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
