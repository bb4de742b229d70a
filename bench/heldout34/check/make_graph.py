#!/usr/bin/env python3
"""Build check graphs from gold.json (no extractor involved).

    python check/make_graph.py gold.json GOLD_GRAPH.ttl EMPTY_GRAPH.ttl

GOLD_GRAPH holds exactly the gold facts (one node per entity, every quote, stance, position and relation);
EMPTY_GRAPH only binds the ng: prefix.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout34/")
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:  # same normalisation as score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    gold_path, gold_out, empty_out = sys.argv[1:4]
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))

    # rdflib leaves unused prefixes out of its Turtle, so the empty graph is written by hand
    Path(empty_out).write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")

    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    node_of, by_name = {}, {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]
        node_of[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
        for name in [e["name"], *e["aliases"]]:
            by_name[norm(name)] = n
    territories = [e for e in gold["entities"] if e["type"] == "Territory"]

    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node_of[q["speaker"]], NG.said, qn))

    for s in gold["stances"]:
        terms = [norm(t) for t in s["territory_any"]]
        hits = [t for t in territories
                if any(term in norm(lab) for lab in [t["name"], *t["aliases"]] for term in terms)]
        assert len(hits) == 1, (s, hits)
        g.add((node_of[s["country"]], NG[s["stance"]], node_of[hits[0]["name"]]))

    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (f" of {p['of_any'][0]}" if p["of_any"] else "")
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
        if p["of_any"] and norm(p["of_any"][0]) in by_name:
            g.add((pn, NG.positionIn, by_name[norm(p["of_any"][0])]))
        if p.get("former"):
            g.add((pn, NG.former, Literal(True)))
        g.add((node_of[p["person"]], NG.holdsPosition, pn))

    for r in gold["relations"]:
        g.add((node_of[r["subject"]], NG[r["predicate"]], node_of[r["object"]]))

    g.serialize(gold_out, format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
