#!/usr/bin/env python3
"""Check bench/heldout38/gold.json against its articles, an empty graph and a graph built from the gold.

    .venv/bin/python bench/heldout38/check/check_gold.py

Exits 1 if any check fails. Env: SCORE (path to shared/eval/score.py), ONTOLOGY (path to ontology/kg.ttl).
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parent.parent
ARTICLES = SET / "articles"
GOLD = SET / "gold.json"
SCORE = Path(os.environ.get("SCORE", ROOT.parent / "shared" / "eval" / "score.py"))
ONTOLOGY = Path(os.environ.get("ONTOLOGY", ROOT / "ontology" / "kg.ttl"))
PY = sys.executable

sys.path.insert(0, str(HERE))
from make_graph import build, norm  # noqa: E402

failures: list[str] = []
notes: list[str] = []


def fail(msg: str) -> None:
    failures.append(msg)


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location("gold_src", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def contains_words(haystack_norm: str, needle: str) -> bool:
    n = norm(needle)
    return bool(n) and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", haystack_norm) is not None


def run_score(graph: Path, ontology: bool, docs: bool = False) -> dict:
    cmd = [PY, str(SCORE), str(graph), str(GOLD), "--json"]
    if ontology:
        cmd += ["--ontology", str(ONTOLOGY)]
    if docs:
        cmd += ["--docs", str(ARTICLES)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        fail(f"score.py {'with' if ontology else 'without'} ontology exited {p.returncode}: "
             f"{p.stdout.strip()} {p.stderr.strip()}")
        return {}
    return json.loads(p.stdout)


def main() -> int:
    # ------------------------------------------------------------------ (1) gold and word counts
    src = load_module(HERE / "gold_src.py")
    if GOLD.read_text(encoding="utf-8") != src.render():
        fail("(1) gold.json is not exactly the output of check/gold_src.py (run gold_src.py)")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    raw = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir()) if p.is_file()}
    normed = {k: norm(v) for k, v in raw.items()}
    if sorted(raw) != sorted(gold["documents"]):
        fail(f"(1) documents {gold['documents']} != articles {sorted(raw)}")
    for name, text in raw.items():
        words = len(text.split())
        notes.append(f"{name}: {words} words")
        if not 500 <= words <= 900:
            fail(f"(1) {name} has {words} words (want 500-900)")

    # ------------------------------------------------------------------ (2) verbatim strings
    for q in gold["quotes"]:
        for d in q["docs"]:
            if q["key"] not in raw.get(d, ""):
                fail(f"(2) quote key not verbatim in {d}: {q['key']!r}")
    for kind in ("stances", "positions", "relations"):
        for x in gold[kind]:
            for d in x["docs"]:
                if x["evidence"] not in raw.get(d, ""):
                    fail(f"(2) {kind} evidence not verbatim in {d}: {x['evidence']!r}")
    for u in gold["unattributed"]:
        if not any(u in t for t in raw.values()):
            fail(f"(2) unattributed string not verbatim in any article: {u!r}")
    # keys must not occur inside another speaker's key (so partial keys do not match unrelated quotes)
    for q in gold["quotes"]:
        for o in gold["quotes"]:
            if o is q or o["speaker"] == q["speaker"]:
                continue
            if norm(q["key"]) in norm(o["key"]) and norm(q["key"]) != norm(o["key"]):
                fail(f"(2) key {q['key']!r} ({q['speaker']}) occurs inside {o['key']!r} ({o['speaker']})")
    for q in gold["quotes"]:
        for d in q["docs"]:
            n = normed[d].count(norm(q["key"]))
            if n > 1:
                notes.append(f"key occurs {n}x in {d} (echo): {q['key']!r} [{q['speaker']}]")

    # ------------------------------------------------------------------ (3) ends are gold entities
    ents = {e["name"]: e for e in gold["entities"]}
    for q in gold["quotes"]:
        e = ents.get(q["speaker"])
        if e is None or e["type"] not in ("Person", "Organization", "Country"):
            fail(f"(3) speaker is not a gold person, organisation or country: {q['speaker']}")
        elif not set(q["docs"]) <= set(e["docs"]):
            fail(f"(3) speaker {q['speaker']} not listed for the quote's document(s) {q['docs']}")
    for s in gold["stances"]:
        e = ents.get(s["country"])
        if e is None or e["type"] != "Country":
            fail(f"(3) stance holder is not a gold country: {s['country']}")
        if s["stance"] not in ("recognises", "doesNotRecognise"):
            fail(f"(3) bad stance {s['stance']}")
        for w in s["territory_any"]:
            hits = {x["name"] for x in gold["entities"] if x["type"] in ("Territory", "Country")
                    and any(norm(w) in norm(n) for n in [x["name"], *x["aliases"]])}
            if len(hits) != 1:
                fail(f"(3) territory wording {w!r} resolves to {sorted(hits)} (want exactly one)")
    for p in gold["positions"]:
        e = ents.get(p["person"])
        if e is None or e["type"] != "Person":
            fail(f"(3) position holder is not a gold person: {p['person']}")
        if not any(norm(t) in norm(p["evidence"]) for t in p["title_any"]):
            notes.append(f"position title not in its evidence: {p['person']}: {p['title_any']} / {p['evidence']!r}")
        if not isinstance(p.get("former"), bool):
            fail(f"(3) position without a boolean former flag: {p['person']}")
    preds = {"spouse", "sharesBorderWith", "invaded", "annexed", "claims", "memberOf", "locatedIn"}
    for r in gold["relations"]:
        for end in (r["subject"], r["object"]):
            if end not in ents:
                fail(f"(3) relation end is not a gold entity: {end}")
        if r["predicate"] not in preds:
            fail(f"(3) unexpected predicate {r['predicate']}")
        if r["symmetric"] != (r["predicate"] in ("spouse", "sharesBorderWith")):
            fail(f"(3) wrong symmetric flag: {r}")

    # ------------------------------------------------------------------ (4) names
    seen: dict[str, str] = {}
    for e in gold["entities"]:
        for n in {norm(x) for x in [e["name"], *e["aliases"]]}:
            if n in seen and seen[n] != e["name"]:
                fail(f"(4) normalised name {n!r} shared by {seen[n]} and {e['name']}")
            seen[n] = e["name"]
        if e["type"] not in ("Person", "Organization", "Country", "Territory", "Place"):
            fail(f"(4) bad type {e['type']} for {e['name']}")
        for d in e["docs"]:
            if not any(contains_words(normed[d], x) for x in [e["name"], *e["aliases"]]):
                fail(f"(4) entity {e['name']} is not mentioned in {d}")
    person_names = {norm(x) for e in gold["entities"] if e["type"] == "Person" for x in [e["name"], *e["aliases"]]}
    for s in gold["not_person"]:
        if norm(s) in person_names:
            fail(f"(4) not_person string names a gold person: {s}")
        if not any(contains_words(t, s) for t in normed.values()):
            notes.append(f"not_person string not found in any article: {s!r}")

    # ------------------------------------------------------------------ (5) empty graph
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.ttl"
        empty.write_text("@prefix ng: <https://w3id.org/kg-news/ontology#> .\n", encoding="utf-8")
        for onto in (False, True):
            m = run_score(empty, onto)
            if not m:
                continue
            for k in ("entity_recall", "quote_recall", "stance_recall", "position_recall", "relation_recall"):
                if m[k] != 0:
                    fail(f"(5) empty graph scores {k}={m[k]} (ontology={onto})")
            notes.append(f"empty graph (ontology={onto}): all recalls 0")

        # -------------------------------------------------------------- (6) graph from the gold
        full = Path(tmp) / "gold.ttl"
        build(gold).serialize(destination=str(full), format="turtle")
        subprocess.run([PY, str(HERE / "make_graph.py"), str(Path(tmp) / "gold2.ttl")], check=True,
                       capture_output=True)
        if (Path(tmp) / "gold2.ttl").read_text() != full.read_text():
            notes.append("make_graph.py output differs in serialisation order (harmless)")
        for onto in (False, True):
            m = run_score(full, onto, docs=True)
            if not m:
                continue
            for k in ("entity_recall", "quote_recall", "attribution_precision", "stance_recall",
                      "stance_precision", "position_recall", "relation_recall", "person_precision"):
                if abs(m[k] - 1.0) > 1e-9:
                    fail(f"(6) gold graph scores {k}={m[k]} (ontology={onto})")
            for k in ("entity_duplicates", "entity_type_errors", "forbidden_person_nodes",
                      "quotes_found_wrong_speaker"):
                if m[k] != 0:
                    fail(f"(6) gold graph has {k}={m[k]} (ontology={onto})")
            for k in ("wrong_attributions", "wrong_stances", "non_persons_as_person", "quotes_missed",
                      "stances_missed", "positions_missed", "relations_missed", "entities_missing",
                      "duplicated", "mistyped"):
                if m[k]:
                    fail(f"(6) gold graph has {k}: {m[k][:5]} (ontology={onto})")
            notes.append(f"gold graph (ontology={onto}): {m['triples']} triples, all figures 1.00")

    # ------------------------------------------------------------------ report
    for n in notes:
        print("note:", n)
    req = lambda xs: sum(x["status"] == "required" for x in xs)  # noqa: E731
    print(f"counts: quotes {req(gold['quotes'])} required / {len(gold['quotes']) - req(gold['quotes'])} optional, "
          f"unattributed {len(gold['unattributed'])}, "
          f"stances {req(gold['stances'])} / {len(gold['stances']) - req(gold['stances'])} "
          f"(negative required {sum(s['status'] == 'required' and s['stance'] == 'doesNotRecognise' for s in gold['stances'])}), "
          f"positions {req(gold['positions'])} / {len(gold['positions']) - req(gold['positions'])} "
          f"(former {sum(p['former'] for p in gold['positions'])}), "
          f"relations {len(gold['relations'])}, entities {len(gold['entities'])}")
    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"check_gold: {len(failures)} failure(s)")
        return 1
    print("check_gold: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
