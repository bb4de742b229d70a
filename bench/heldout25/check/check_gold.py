#!/usr/bin/env python3
"""Check bench/heldout25/gold.json against its source and its articles.

    python check/check_gold.py [--score PATH/TO/score.py]

Exits 1 and lists the problems if any check fails.
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
ARTICLES = SET / "articles"
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import gold_src  # noqa: E402

ALLOWED = {
    "spouse": ({"Person"}, {"Person"}),
    "sharesBorderWith": ({"Country", "Territory"}, {"Country", "Territory"}),
    "invaded": ({"Country", "Organization"}, {"Country", "Territory", "Place"}),
    "memberOf": ({"Person", "Country", "Territory", "Organization"}, {"Organization"}),
    "locatedIn": ({"Place", "Territory", "Organization"}, {"Country", "Territory", "Place"}),
}
SYMMETRIC = {"spouse", "sharesBorderWith"}


def load_score(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", type=Path, default=SET.parents[2] / "shared" / "eval" / "score.py")
    args = ap.parse_args()
    score = load_score(args.score)
    norm = score.norm
    problems: list[str] = []

    def fail(msg):
        problems.append(msg)

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir()) if p.is_file()}
    ntexts = {k: " " + norm(v) + " " for k, v in texts.items()}

    # 1. gold.json is exactly what gold_src.py generates
    gold_path = SET / "gold.json"
    built = gold_src.build()
    on_disk = gold_path.read_text(encoding="utf-8")
    if on_disk != gold_src.dump(built):
        fail("gold.json differs from gold_src.py output (run check/gold_src.py)")
    gold = json.loads(on_disk)
    if sorted(texts) != sorted(gold["documents"]):
        fail(f"documents {gold['documents']} != articles {sorted(texts)}")
    for key in ("about", "documents", "near_duplicates", "entities", "not_person", "quotes", "unattributed",
                "stances", "positions", "relations"):
        if key not in gold:
            fail(f"gold.json lacks {key}")

    def in_doc(s: str, doc: str) -> bool:
        return s in texts.get(doc, "")

    # 2. evidence strings verbatim
    for kind, entries in (("stance", gold_src.STANCES), ("position", gold_src.POSITIONS),
                          ("relation", gold_src.RELATIONS)):
        for e in entries:
            if not e.get("evidence"):
                fail(f"{kind} without evidence: {e}")
            for doc in e["docs"]:
                if not in_doc(e["evidence"], doc):
                    fail(f"{kind} evidence not verbatim in {doc}: {e['evidence']!r}")
            if e["status"] not in ("required", "optional"):
                fail(f"{kind} bad status: {e}")
    for doc, s in gold_src.NO_STANCE + gold_src.ANONYMOUS:
        if not in_doc(s, doc):
            fail(f"no-stance/anonymous string not verbatim in {doc}: {s!r}")

    # 3. quote keys verbatim, statuses, no duplicate entries
    seen = set()
    for q in gold["quotes"]:
        if q["status"] not in ("required", "optional"):
            fail(f"quote bad status: {q}")
        if (q["speaker"], q["key"]) in seen:
            fail(f"duplicate quote entry: {q}")
        seen.add((q["speaker"], q["key"]))
        for doc in q["docs"]:
            if not in_doc(q["key"], doc):
                fail(f"quote key not verbatim in {doc}: {q['key']!r}")
    # 4. score.py --docs check finds every key
    missing = score.check_keys(gold, ARTICLES)
    if missing:
        fail(f"score.py check_keys misses: {missing}")

    # 5. unattributed strings occur and are not quote keys
    keys = [norm(q["key"]) for q in gold["quotes"]]
    for doc, u in gold_src.UNATTRIBUTED:
        if not in_doc(u, doc):
            fail(f"unattributed string not verbatim in {doc}: {u!r}")
        nu = norm(u)
        if any(nu == k or nu in k or k in nu for k in keys):
            fail(f"unattributed string overlaps a quote key: {u!r}")
    for doc, a in gold_src.ANONYMOUS:
        if any(norm(a) in k or k in norm(a) for k in keys):
            fail(f"anonymous quote listed as a quote key: {a!r}")

    # 6. entities: named in each listed doc; unique normalised names
    ents = {e["name"]: e for e in gold["entities"]}
    if len(ents) != len(gold["entities"]):
        fail("two entities share a name")
    owner: dict[str, str] = {}
    for e in gold["entities"]:
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            fail(f"bad entity type: {e}")
        for n in [e["name"], *e["aliases"]]:
            k = norm(n)
            if not k:
                fail(f"empty normalised name in {e['name']}")
            if k in owner and owner[k] != e["name"]:
                fail(f"normalised name {k!r} shared by {owner[k]} and {e['name']}")
            owner[k] = e["name"]
        if not e.get("docs"):
            fail(f"entity without docs: {e['name']}")
        for doc in e.get("docs", []):
            if not any(f" {norm(n)} " in ntexts.get(doc, "") for n in [e["name"], *e["aliases"]]):
                fail(f"entity {e['name']} not named in {doc}")

    def typ(name):
        return ents[name]["type"] if name in ents else None

    def named_in(name, doc):
        e = ents.get(name)
        return e is not None and doc in e["docs"]

    # 7. type consistency
    for q in gold["quotes"]:
        if typ(q["speaker"]) not in ("Person", "Organization", "Country"):
            fail(f"quote speaker is not a gold person/org/country: {q['speaker']}")
        for doc in q["docs"]:
            if not named_in(q["speaker"], doc):
                fail(f"quote speaker {q['speaker']} not listed as named in {doc}")
    territories = [e for e in gold["entities"] if e["type"] == "Territory"]
    objects = set()
    for s in gold["stances"]:
        if typ(s["country"]) != "Country":
            fail(f"stance holder is not a gold country: {s['country']}")
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            fail(f"bad stance: {s}")
        hits = [t["name"] for t in territories
                if any(norm(k) in norm(n) for k in s["territory_any"] for n in [t["name"], *t["aliases"]])]
        if len(hits) != 1:
            fail(f"stance territory_any {s['territory_any']} resolves to {hits}")
        objects.update(hits)
        for doc in s["docs"]:
            if not named_in(s["country"], doc):
                fail(f"stance holder {s['country']} not listed as named in {doc}")
            if hits and not named_in(hits[0], doc):
                fail(f"stance territory {hits[0]} not listed as named in {doc}")
    for t in territories:
        if t["name"] not in objects:
            fail(f"territory {t['name']} is no stance object")
    for p in gold["positions"]:
        if typ(p["person"]) != "Person":
            fail(f"position holder is not a gold person: {p['person']}")
        if not p["title_any"]:
            fail(f"position without title_any: {p}")
        for doc in p["docs"]:
            if not named_in(p["person"], doc):
                fail(f"position holder {p['person']} not listed as named in {doc}")
    for r in gold["relations"]:
        if r["predicate"] not in ALLOWED:
            fail(f"relation predicate not allowed: {r}")
            continue
        subj_ok, obj_ok = ALLOWED[r["predicate"]]
        if typ(r["subject"]) not in subj_ok:
            fail(f"relation subject type {typ(r['subject'])} not allowed: {r}")
        if typ(r["object"]) not in obj_ok:
            fail(f"relation object type {typ(r['object'])} not allowed: {r}")
        if r["symmetric"] != (r["predicate"] in SYMMETRIC):
            fail(f"wrong symmetric flag: {r}")
        if r["status"] != "required":
            fail(f"relation not required (score.py scores every relation): {r}")
        for doc in r["docs"]:
            for end in (r["subject"], r["object"]):
                if not named_in(end, doc):
                    fail(f"relation end {end} not listed as named in {doc}")
    rel_keys = [(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]]
    if len(set(rel_keys)) != len(rel_keys):
        fail("duplicate relation entries")

    # 8. not_person never names a gold person; each occurs in some article
    person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
    for s in gold["not_person"]:
        if norm(s) in person_names:
            fail(f"not_person string names a gold person: {s}")
        if not any(f" {norm(s)} " in t for t in ntexts.values()):
            fail(f"not_person string occurs in no article: {s}")

    # summary
    def count(entries, status):
        return sum(1 for e in entries if e["status"] == status)

    print(f"articles: {len(texts)}")
    for kind in ("quotes", "stances", "positions"):
        print(f"{kind}: {count(gold[kind], 'required')} required / {count(gold[kind], 'optional')} optional")
    print(f"relations: {len(gold['relations'])}")
    print(f"entities: {len(gold['entities'])}")
    print(f"unattributed: {len(gold['unattributed'])}  not_person: {len(gold['not_person'])}")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  - ")
        return 1
    print("check_gold: all checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
