#!/usr/bin/env python3
"""Check bench/heldout39/gold.json against the articles, an empty graph and a graph built from the gold.

    python check/check_gold.py        (run from anywhere; SCORE=path/to/score.py overrides the scorer)

Checks:
 1. gold.json is exactly the output of check/gold_src.py; every article has 500-900 words.
 2. every quote key, every stance / position / relation / no-stance evidence and every unattributed
    string occurs verbatim in its article(s); `score.py --docs` finds every quote key; every quoted
    span in the articles is covered by a gold key or an unattributed string, or is one of the
    listed anonymous quotes.
 3. every speaker is a gold Person, Organization or Country; every stance holder is a gold Country and
    every territory wording resolves to exactly one gold Territory (or Country); every position holder
    is a gold Person; every relation end is a gold entity; predicates and statuses are valid.
 4. no two entities share a normalised name or alias; no not_person string names a gold person;
    every entity is mentioned in each of its articles.
 5. score.py scores an empty graph (one that only binds ng:) 0 without error, with and without
    --ontology ontology/kg.ttl.
 6. score.py scores the graph built by check/make_graph.py 1.00 everywhere, with no duplicates, type
    errors, wrong attributions, wrong stances or forbidden person nodes, with and without --ontology.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
ARTICLES = SET / "articles"
GOLD = SET / "gold.json"
SCORE = Path(os.environ.get("SCORE", ROOT.parent / "shared" / "eval" / "score.py"))
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
PY = sys.executable

# Quoted words whose speaker is anonymous: not in the gold on purpose (attributing them is wrong).
ANONYMOUS = [
    "a fundraising exercise dressed up as diplomacy",          # a senior official in the Presidency
    "We are here on orders. Go and ask Kinshasa.",             # a Congolese soldier
    "still a disaster at eight in the morning",                # one parent
]

RELATION_PREDICATES = {"spouse", "sharesBorderWith", "invaded", "annexed", "claims", "memberOf", "locatedIn"}
SYMMETRIC = {"spouse", "sharesBorderWith"}

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


src = load_module("gold_src", HERE / "gold_src.py")
make_graph = load_module("make_graph", HERE / "make_graph.py")
norm = make_graph.norm


def mentioned(needle: str, text_norm: str) -> bool:
    n = norm(needle)
    return bool(n) and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text_norm) is not None


def quoted_spans(text: str) -> list[str]:
    """Quoted stretches, paragraph by paragraph (an unclosed opener runs to the end of the paragraph)."""
    spans = []
    for para in text.split("\n"):
        idx = [m.start() for m in re.finditer('"', para)]
        for a, b in zip(idx[0::2], idx[1::2] + [len(para)]):
            spans.append(para[a + 1:b])
        for m in re.finditer(r"“([^”]*)(”|$)", para):
            spans.append(m.group(1))
        for m in re.finditer(r"(?<!\w)'([^'\n]+?)'(?!\w)", para):
            spans.append(m.group(1))
        for m in re.finditer(r"‘(.+?)’(?!\w)", para):
            spans.append(m.group(1))
    return [s for s in spans if s.strip()]


def score(graph: Path, ontology: bool, docs: bool = False) -> tuple[int, dict | None, str]:
    cmd = [PY, str(SCORE), str(graph), str(GOLD), "--json"]
    if ontology:
        cmd += ["--ontology", str(ONTOLOGY)]
    if docs:
        cmd += ["--docs", str(ARTICLES)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    try:
        return p.returncode, json.loads(p.stdout), p.stdout + p.stderr
    except json.JSONDecodeError:
        return p.returncode, None, p.stdout + p.stderr


def main() -> int:
    # ------------------------------------------------------------ 1
    if GOLD.read_text(encoding="utf-8") != src.render():
        fail("1: gold.json is not the output of check/gold_src.py (run it)")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    names = sorted(p.name for p in ARTICLES.iterdir() if p.is_file())
    if names != sorted(gold["documents"]):
        fail(f"1: documents {gold['documents']} != articles {names}")
    text = {n: (ARTICLES / n).read_text(encoding="utf-8") for n in names}
    tnorm = {n: norm(t) for n, t in text.items()}
    for n, t in text.items():
        w = len(t.split())
        if not 500 <= w <= 900:
            fail(f"1: {n} has {w} words")

    # ------------------------------------------------------------ 2
    def verbatim(what: str, s: str, docs: list[str]) -> None:
        for d in docs:
            if d not in text:
                fail(f"2: {what} names unknown document {d}")
            elif s not in text[d]:
                fail(f"2: {what} not verbatim in {d}: {s!r}")

    for q in gold["quotes"]:
        verbatim("quote key", q["key"], q["docs"])
    for s in gold["stances"]:
        verbatim("stance evidence", s["evidence"], s["docs"])
    for p in gold["positions"]:
        verbatim("position evidence", p["evidence"], p["docs"])
    for r in gold["relations"]:
        verbatim("relation evidence", r["evidence"], r["docs"])
    for n_ in gold["no_stance"]:
        verbatim("no-stance evidence", n_["evidence"], n_["docs"])
    for u in gold["unattributed"]:
        if not any(u in t for t in text.values()):
            fail(f"2: unattributed string not in any article: {u!r}")
    for a in ANONYMOUS:
        if not any(a in t for t in text.values()):
            fail(f"2: anonymous quote not in any article: {a!r}")
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.ttl"
        empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
        rc, _, out = score(empty, ontology=False, docs=True)
        if rc != 0 or "not found" in out:
            fail(f"2: score.py --docs failed (exit {rc}):\n{out}")
    keys_by_doc = defaultdict(list)
    for q in gold["quotes"]:
        for d in q["docs"]:
            keys_by_doc[d].append(norm(q["key"]))
    unatt = [norm(u) for u in gold["unattributed"]]
    anon = [norm(a) for a in ANONYMOUS]
    for d, t in text.items():
        for span in quoted_spans(t):
            sn = norm(span)
            if not sn:
                continue
            if any(k in sn for k in keys_by_doc[d]):
                continue
            if any(sn == u or u in sn for u in unatt) or any(a in sn or sn in a for a in anon):
                continue
            fail(f"2: quoted span in {d} covered by no gold key: {span!r}")

    # ------------------------------------------------------------ 3
    ent = {e["name"]: e for e in gold["entities"]}
    if len(ent) != len(gold["entities"]):
        fail("3: two entities have the same name")
    types = {"Person", "Organization", "Country", "Territory", "Place"}
    for e in gold["entities"]:
        if e["type"] not in types:
            fail(f"3: bad entity type {e}")
    for q in gold["quotes"]:
        if ent.get(q["speaker"], {}).get("type") not in ("Person", "Organization", "Country"):
            fail(f"3: speaker is not a gold person/organisation/country: {q['speaker']}")
        if q["status"] not in ("required", "optional"):
            fail(f"3: bad quote status {q}")
    seen = set()
    for q in gold["quotes"]:
        k = (q["speaker"], norm(q["key"]))
        if k in seen:
            fail(f"3: duplicate quote entry {k}")
        seen.add(k)
    for s in gold["stances"]:
        if ent.get(s["country"], {}).get("type") != "Country":
            fail(f"3: stance holder is not a gold country: {s['country']}")
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            fail(f"3: bad stance {s}")
        hits = set()
        for k in s["territory_any"]:
            h = {e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                 and any(norm(k) in lab for lab in make_graph.labels_of(e))}
            if not h:
                fail(f"3: territory wording {k!r} names no gold territory")
            hits |= h
        if len(hits) != 1:
            fail(f"3: territory wording {s['territory_any']} resolves to {sorted(hits)}")
        elif ent[next(iter(hits))]["type"] != "Territory":
            print(f"   note: stance object is a country: {s['country']} -> {hits}")
        names_t = list(s["territory_any"]) + ([n for h in hits for n in [h, *ent[h]["aliases"]]] if hits else [])
        if not any(norm(k) in norm(s["evidence"]) for k in names_t):
            if s["status"] == "required":
                fail(f"3: required stance evidence does not name the territory: {s['evidence']!r}")
            else:
                print(f"   note: optional stance with implicit territory: {s['country']}: {s['evidence']!r}")
    for n_ in gold["no_stance"]:
        if ent.get(n_["holder"], {}).get("type") != "Country":
            fail(f"3: no-stance holder is not a gold country: {n_['holder']}")
    for p in gold["positions"]:
        if ent.get(p["person"], {}).get("type") != "Person":
            fail(f"3: position holder is not a gold person: {p['person']}")
        if p["status"] not in ("required", "optional") or not p["title_any"]:
            fail(f"3: bad position {p}")
    for r in gold["relations"]:
        for end in (r["subject"], r["object"]):
            if end not in ent:
                fail(f"3: relation end is not a gold entity: {end}")
        if r["predicate"] not in RELATION_PREDICATES:
            fail(f"3: bad predicate {r['predicate']}")
        if r["symmetric"] != (r["predicate"] in SYMMETRIC):
            fail(f"3: wrong symmetric flag {r}")
        if r["status"] != "required":
            fail(f"3: relation not required (score.py scores all relations): {r}")

    # ------------------------------------------------------------ 4
    owner = {}
    for e in gold["entities"]:
        for lab in make_graph.labels_of(e):
            if lab in owner and owner[lab] != e["name"]:
                fail(f"4: {owner[lab]!r} and {e['name']!r} share the name {lab!r}")
            owner[lab] = e["name"]
    person_labels = {lab for e in gold["entities"] if e["type"] == "Person" for lab in make_graph.labels_of(e)}
    for s in gold["not_person"]:
        if norm(s) in person_labels:
            fail(f"4: not_person string names a gold person: {s!r}")
    for e in gold["entities"]:
        for d in e["docs"]:
            if d not in tnorm:
                fail(f"4: entity {e['name']} names unknown document {d}")
            elif not any(mentioned(n, tnorm[d]) for n in [e["name"], *e["aliases"]]):
                fail(f"4: entity {e['name']} is not mentioned in {d}")
    used = {q["speaker"] for q in gold["quotes"]} | {s["country"] for s in gold["stances"]} | \
        {p["person"] for p in gold["positions"]} | {r["subject"] for r in gold["relations"]} | \
        {r["object"] for r in gold["relations"]}
    for name in used:
        docs_used = {d for lst in (gold["quotes"], gold["stances"], gold["positions"], gold["relations"])
                     for x in lst if name in (x.get("speaker"), x.get("country"), x.get("person"),
                                              x.get("subject"), x.get("object")) for d in x["docs"]}
        missing = docs_used - set(ent.get(name, {}).get("docs", []))
        if missing:
            fail(f"4: entity {name} is used in {sorted(missing)} but not listed there")

    # ------------------------------------------------------------ 5 and 6
    recall_keys = ["entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"]
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.ttl"
        empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
        built = Path(tmp) / "gold.ttl"
        g = make_graph.build(gold)
        built.write_text(g.serialize(format="turtle"), encoding="utf-8")
        for onto in (False, True):
            tag = "with --ontology" if onto else "without --ontology"
            rc, m, out = score(empty, onto)
            if rc != 0 or m is None:
                fail(f"5: empty graph {tag}: score.py failed (exit {rc}):\n{out}")
            else:
                bad = {k: m[k] for k in recall_keys + ["attribution_precision", "stance_precision"] if m[k] != 0}
                if bad:
                    fail(f"5: empty graph {tag} does not score 0: {bad}")
            rc, m, out = score(built, onto, docs=True)
            if rc != 0 or m is None:
                fail(f"6: gold graph {tag}: score.py failed (exit {rc}):\n{out}")
                continue
            want_one = recall_keys + ["attribution_precision", "stance_precision", "person_precision"]
            bad = {k: m[k] for k in want_one if m[k] != 1}
            bad |= {k: m[k] for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                                      "quotes_found_wrong_speaker") if m[k] != 0}
            bad |= {k: m[k] for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person",
                                      "quotes_missed", "stances_missed", "positions_missed",
                                      "relations_missed", "entities_missing", "duplicated", "mistyped") if m[k]}
            if bad:
                fail(f"6: gold graph {tag} is not perfect: {bad}")
            else:
                print(f"ok 6: gold graph {tag}: all 1.00, {m['attributions']} attributions, "
                      f"{m['stance_triples']} stance triples, {m['position_facts']} positions")

    # ------------------------------------------------------------ summary
    req = lambda lst: sum(x["status"] == "required" for x in lst)
    opt = lambda lst: sum(x["status"] == "optional" for x in lst)
    print(f"quotes {req(gold['quotes'])} required / {opt(gold['quotes'])} optional, "
          f"unattributed {len(gold['unattributed'])}; stances {req(gold['stances'])} / {opt(gold['stances'])} "
          f"({sum(s['stance'] == 'doesNotRecognise' for s in gold['stances'])} doesNotRecognise, "
          f"{len(gold['no_stance'])} no-stance decoys); positions {req(gold['positions'])} / "
          f"{opt(gold['positions'])} ({sum(p['former'] for p in gold['positions'])} former); "
          f"relations {len(gold['relations'])}; entities {len(gold['entities'])}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
