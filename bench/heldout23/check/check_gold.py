#!/usr/bin/env python3
"""Check bench/heldout23/gold.json against its articles and against check/gold_src.py.

    python check/check_gold.py            # exit 1 if any check fails

Checks: gold.json is what gold_src.py generates; every quote key occurs verbatim in its article;
every unattributed / not_person string and every stance territory wording occurs in its article; every
stance, position and relation has an evidence string that occurs verbatim in its article; speakers are gold
Persons / Organizations / Countries; stance holders are gold Countries; position holders gold Persons;
relation ends are gold entities of the types the predicate allows; each stance's territory wordings resolve
to exactly one gold Territory; every entity is named in each of its articles; no two entities share a name
or alias after score.py's normalisation; no not_person string names a gold person.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ARTICLES = SET / "articles"

QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:  # identical to shared/eval/score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def contains_words(haystack_norm: str, needle: str) -> bool:
    n = norm(needle)
    return bool(n) and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", haystack_norm) is not None


spec = importlib.util.spec_from_file_location("gold_src", HERE / "gold_src.py")
src = importlib.util.module_from_spec(spec)
spec.loader.exec_module(src)

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
if gold != src.build():
    err("gold.json differs from what check/gold_src.py generates (run gold_src.py)")

raw = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))}
normed = {k: norm(v) for k, v in raw.items()}
if sorted(raw) != sorted(gold["documents"]):
    err(f"articles/ {sorted(raw)} != gold documents {gold['documents']}")

ents = {e["name"]: e for e in gold["entities"]}
if len(ents) != len(gold["entities"]):
    err("duplicate entity names")
typ = {n: e["type"] for n, e in ents.items()}


def names_of(n: str) -> list[str]:
    return [n, *ents[n]["aliases"]]


# 1. quote keys verbatim
for q in gold["quotes"]:
    for d in q["docs"]:
        if q["key"] not in raw.get(d, ""):
            err(f"quote key not verbatim in {d}: {q['key']!r}")
        if norm(q["key"]) not in normed.get(d, ""):
            err(f"quote key not found by score.py's check in {d}: {q['key']!r}")
    if typ.get(q["speaker"]) not in ("Person", "Organization", "Country"):
        err(f"speaker not a gold Person/Organization/Country: {q['speaker']}")
    elif not set(q["docs"]) <= set(ents[q["speaker"]]["docs"]):
        err(f"speaker {q['speaker']} not listed for the quote's article")
    if q["status"] not in ("required", "optional"):
        err(f"bad status {q}")

# 2. unattributed and not_person strings occur
for d, u in src.UNATTRIBUTED:
    if u not in raw[d]:
        err(f"unattributed string not verbatim in {d}: {u!r}")
    if any(norm(u) == norm(q["key"]) for q in gold["quotes"]):
        err(f"unattributed string is also a quote key: {u!r}")
for d, s in src.NOT_PERSON:
    if s not in raw[d] and not contains_words(normed[d], s):
        err(f"not_person string not in {d}: {s!r}")
person_names = {norm(n) for n, e in ents.items() if e["type"] == "Person" for n in names_of(n)}
for s in gold["not_person"]:
    if norm(s) in person_names:
        err(f"not_person string names a gold person: {s!r}")

# 3. stances
territories = {n: {norm(x) for x in names_of(n)} for n, t in typ.items() if t == "Territory"}
for (d, c, st, tany, status, ev) in src.STANCES:
    if typ.get(c) != "Country":
        err(f"stance holder not a gold Country: {c}")
    elif d not in ents[c]["docs"]:
        err(f"stance holder {c} not listed for {d}")
    if st not in ("recognises", "doesNotRecognise"):
        err(f"bad stance {st}")
    for t in tany:
        if not contains_words(normed[d], t):
            err(f"territory wording not in {d}: {t!r}")
    hits = {n for n, labels in territories.items() if any(norm(t) in lab for t in tany for lab in labels)}
    full = {n for n, labels in territories.items() if all(any(norm(t) in lab for lab in labels) for t in tany)}
    if len(hits) != 1 or hits != full:
        err(f"stance territory {tany} resolves to {sorted(hits)} (all wordings in {sorted(full)})")
    if ev not in raw[d]:
        err(f"stance evidence not verbatim in {d}: {ev!r}")
    if status == "required" and not any(contains_words(norm(ev), t) for t in tany):
        err(f"required stance evidence names no territory wording: {ev!r}")

# 4. positions
for (d, p, tany, oany, status, ev) in src.POSITIONS:
    if typ.get(p) != "Person":
        err(f"position holder not a gold Person: {p}")
    elif d not in ents[p]["docs"]:
        err(f"position holder {p} not listed for {d}")
    if ev not in raw[d]:
        err(f"position evidence not verbatim in {d}: {ev!r}")
    if not any(norm(x) in norm(ev) for x in names_of(p)):
        err(f"position evidence does not name {p}: {ev!r}")
    if not any(norm(t) in norm(ev) for t in tany):
        err(f"position evidence has no title of {tany}: {ev!r}")
    if oany and not any(norm(o) in normed[d] for o in oany):
        err(f"no of_any wording of {oany} in {d}")

# 5. relations
ALLOWED = {
    "spouse": ({"Person"}, {"Person"}),
    "sharesBorderWith": ({"Country", "Territory"}, {"Country", "Territory"}),
    "invaded": ({"Country", "Organization"}, {"Country", "Territory", "Place"}),
    "memberOf": ({"Person", "Organization", "Country"}, {"Organization"}),
    "locatedIn": ({"Place", "Organization", "Territory"}, {"Country", "Territory", "Place"}),
}
for (d, s, pred, o, ev) in src.RELATIONS:
    if pred not in ALLOWED:
        err(f"bad predicate {pred}")
        continue
    okS, okO = ALLOWED[pred]
    if typ.get(s) not in okS:
        err(f"relation subject {s} ({typ.get(s)}) not allowed for {pred}")
    if typ.get(o) not in okO:
        err(f"relation object {o} ({typ.get(o)}) not allowed for {pred}")
    for x in (s, o):
        if x in ents and d not in ents[x]["docs"]:
            err(f"relation end {x} not listed for {d}")
    if ev not in raw[d]:
        err(f"relation evidence not verbatim in {d}: {ev!r}")

# 6. entities named in their articles
for n, e in ents.items():
    if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
        err(f"bad type {e}")
    for d in e["docs"]:
        if d not in raw:
            err(f"entity {n}: unknown doc {d}")
        elif not any(contains_words(normed[d], x) for x in names_of(n)):
            err(f"entity {n} not named in {d}")

# 7. no shared names / aliases
owner = defaultdict(set)
for n in ents:
    for x in names_of(n):
        owner[norm(x)].add(n)
for k, v in owner.items():
    if len(v) > 1:
        err(f"name/alias {k!r} shared by {sorted(v)}")

# counts
c = defaultdict(int)
for q in gold["quotes"]:
    c[f"quotes_{q['status']}"] += 1
for s in gold["stances"]:
    c[f"stances_{s['status']}"] += 1
for p in gold["positions"]:
    c[f"positions_{p['status']}"] += 1
print(f"articles={len(raw)} quotes={c['quotes_required']}/{c['quotes_optional']} "
      f"stances={c['stances_required']}/{c['stances_optional']} "
      f"positions={c['positions_required']}/{c['positions_optional']} relations={len(gold['relations'])} "
      f"entities={len(gold['entities'])} unattributed={len(gold['unattributed'])} "
      f"not_person={len(gold['not_person'])}")
if errors:
    print("FAIL:", *errors, sep="\n  ")
    sys.exit(1)
print("check_gold: all checks passed")
