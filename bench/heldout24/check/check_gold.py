#!/usr/bin/env python3
"""Document checks for bench/heldout24/gold.json.

    python check/check_gold.py [--score path/to/score.py]

- gold.json equals what check/gold_src.py generates
- every quote key occurs verbatim in each of its articles, and score.py --docs finds them all
- every evidence string (stances, positions, relations) occurs verbatim in its article
- every unattributed string occurs in some article, every entity is named (name or alias) in each of its docs
- types are consistent (speakers, stance holders, position holders, relation ends; relation domains and ranges)
- each stance's territory_any resolves (exact normalised name or alias) to exactly one gold Territory, and each
  gold Territory is the object of some stance
- no two entities share a normalised name or alias; no not_person string names a gold person
Exit status 0 when everything passes.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True  # keep check/ free of __pycache__

CHECK = Path(__file__).resolve().parent
SET = CHECK.parent
ARTICLES = SET / "articles"
DEFAULT_SCORE = SET.parent.parent.parent / "shared" / "eval" / "score.py"
PY = SET.parent.parent / ".venv" / "bin" / "python"

QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:  # same normalisation as score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def load_src():
    spec = importlib.util.spec_from_file_location("gold_src", CHECK / "gold_src.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--score", default=str(DEFAULT_SCORE))
    args = ap.parse_args()
    errors: list[str] = []
    err = errors.append

    src = load_src()
    gold_text = (SET / "gold.json").read_text(encoding="utf-8")
    if gold_text != src.dump():
        err("gold.json differs from what check/gold_src.py generates (run: python check/gold_src.py)")
    gold = json.loads(gold_text)

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))}
    ntexts = {k: norm(v) for k, v in texts.items()}
    if sorted(texts) != sorted(gold["documents"]):
        err(f"documents list {gold['documents']} != articles {sorted(texts)}")

    # --- entities: unique names, named in their docs
    by_norm: dict[str, str] = {}
    etype: dict[str, str] = {}
    for e in gold["entities"]:
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            err(f"bad entity type {e}")
        if e["name"] in etype:
            err(f"entity listed twice: {e['name']}")
        etype[e["name"]] = e["type"]
        for n in [e["name"], *e["aliases"]]:
            k = norm(n)
            if k in by_norm and by_norm[k] != e["name"]:
                err(f"normalised name {k!r} shared by {by_norm[k]!r} and {e['name']!r}")
            by_norm[k] = e["name"]
        if not e["docs"]:
            err(f"entity without docs: {e['name']}")
        for d in e["docs"]:
            if d not in texts:
                err(f"entity {e['name']}: unknown doc {d}")
            elif not any(re.search(r"(?<!\w)" + re.escape(norm(n)) + r"(?!\w)", ntexts[d])
                         for n in [e["name"], *e["aliases"]]):
                err(f"entity {e['name']} not named in {d}")
    person_names = {norm(n) for e in gold["entities"] if e["type"] == "Person" for n in [e["name"], *e["aliases"]]}
    for n in gold["not_person"]:
        if norm(n) in person_names:
            err(f"not_person names a gold person: {n}")

    def has_doc(name, doc, what):
        ent = next((e for e in gold["entities"] if e["name"] == name), None)
        if ent is None:
            err(f"{what}: {name!r} is not a gold entity")
            return
        if doc not in ent["docs"]:
            err(f"{what}: entity {name!r} does not list doc {doc}")

    # --- quotes
    for q in gold["quotes"]:
        if q["status"] not in ("required", "optional"):
            err(f"bad status {q}")
        if etype.get(q["speaker"]) not in ("Person", "Organization", "Country"):
            err(f"quote speaker {q['speaker']!r} is not a gold Person/Organization/Country")
        for d in q["docs"]:
            has_doc(q["speaker"], d, "quote")
            if q["key"] not in texts.get(d, ""):
                err(f"quote key not verbatim in {d}: {q['key']!r}")
    for u in gold["unattributed"]:
        if not any(u in t for t in texts.values()):
            err(f"unattributed string not in any article: {u!r}")
        for q in gold["quotes"]:
            if norm(u) == norm(q["key"]):
                err(f"unattributed string is also a quote key: {u!r}")

    # --- evidence strings (from the source, gold.json does not keep them)
    for kind in ("stances", "positions", "relations"):
        for item in getattr(src, kind):
            for d in item["docs"]:
                if item["evidence"] not in texts.get(d, ""):
                    err(f"{kind} evidence not verbatim in {d}: {item['evidence']!r}")

    # --- stances
    territories = {e["name"]: {norm(n) for n in [e["name"], *e["aliases"]]}
                   for e in gold["entities"] if e["type"] == "Territory"}
    used_territories = set()
    seen = set()
    for s in gold["stances"]:
        if s["stance"] not in ("recognises", "doesNotRecognise") or s["status"] not in ("required", "optional"):
            err(f"bad stance {s}")
        if etype.get(s["country"]) != "Country":
            err(f"stance holder {s['country']!r} is not a gold Country")
        hits = {t for t, names in territories.items() for k in s["territory_any"] if norm(k) in names}
        if len(hits) != 1:
            err(f"stance territory {s['territory_any']} resolves to {sorted(hits) or 'no'} gold Territory")
        unresolved = [k for k in s["territory_any"] if not any(norm(k) in names for names in territories.values())]
        if unresolved:
            err(f"stance territory words that name no gold Territory: {unresolved}")
        used_territories |= hits
        key = (s["country"], s["stance"], tuple(sorted(hits)))
        if key in seen:
            err(f"stance listed twice: {key}")
        seen.add(key)
        for d in s["docs"]:
            has_doc(s["country"], d, "stance")
            for t in hits:
                has_doc(t, d, "stance territory")
    for t in territories:
        if t not in used_territories:
            err(f"gold Territory {t!r} is the object of no stance")

    # --- positions
    for p in gold["positions"]:
        if etype.get(p["person"]) != "Person":
            err(f"position holder {p['person']!r} is not a gold Person")
        if not p["title_any"] or p["status"] not in ("required", "optional"):
            err(f"bad position {p}")
        for d in p["docs"]:
            has_doc(p["person"], d, "position")
            for words in (p["title_any"], p["of_any"]):
                if words and not any(norm(k) in ntexts[d] for k in words):
                    err(f"position words not in {d}: {words!r}")

    # --- relations
    dom = {"spouse": ({"Person"}, {"Person"}),
           "sharesBorderWith": ({"Country", "Territory"}, {"Country", "Territory"}),
           "invaded": ({"Country", "Organization"}, {"Country", "Territory", "Place"}),
           "memberOf": ({"Person", "Country", "Organization"}, {"Organization"}),
           "locatedIn": ({"Place", "Territory", "Organization"}, {"Country", "Territory", "Place"})}
    sym = {"spouse": True, "sharesBorderWith": True, "invaded": False, "memberOf": False, "locatedIn": False}
    seen = set()
    for r in gold["relations"]:
        if r["predicate"] not in dom:
            err(f"relation predicate not allowed: {r}")
            continue
        if r["symmetric"] != sym[r["predicate"]]:
            err(f"relation symmetric flag wrong: {r}")
        ds, rs = dom[r["predicate"]]
        if etype.get(r["subject"]) not in ds or etype.get(r["object"]) not in rs:
            err(f"relation ends of the wrong type: {r['subject']} ({etype.get(r['subject'])}) {r['predicate']} "
                f"{r['object']} ({etype.get(r['object'])})")
        key = (r["subject"], r["predicate"], r["object"])
        if key in seen or (r["symmetric"] and (r["object"], r["predicate"], r["subject"]) in seen):
            err(f"relation listed twice: {key}")
        seen.add(key)
        for d in r["docs"]:
            has_doc(r["subject"], d, "relation")
            has_doc(r["object"], d, "relation")

    # --- score.py --docs finds every key (exit 2 otherwise)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.ttl"
        ns = re.search(r"@prefix\s+ng:\s*<([^>]+)>", (SET.parent.parent / "ontology" / "kg.ttl").read_text(encoding="utf-8"))
        empty.write_text(f"@prefix ng: <{ns.group(1)}> .\n", encoding="utf-8")
        py = str(PY) if PY.exists() else sys.executable
        res = subprocess.run([py, args.score, str(empty), str(SET / "gold.json"), "--docs", str(ARTICLES), "--json"],
                             capture_output=True, text=True)
        if res.returncode != 0:
            err(f"score.py --docs failed ({res.returncode}): {res.stdout.strip()} {res.stderr.strip()}")

    g = gold
    req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
    print(f"articles {len(texts)}; entities {len(g['entities'])}; quotes {req(g['quotes'])} required / "
          f"{len(g['quotes']) - req(g['quotes'])} optional; stances {req(g['stances'])} / "
          f"{len(g['stances']) - req(g['stances'])}; positions {req(g['positions'])} / "
          f"{len(g['positions']) - req(g['positions'])}; relations {len(g['relations'])}; "
          f"unattributed {len(g['unattributed'])}; not_person {len(g['not_person'])}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)", *errors, sep="\n  ")
        return 1
    print("check_gold: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
