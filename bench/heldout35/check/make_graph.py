#!/usr/bin/env python3
"""Builds a Turtle graph from gold.json (or an empty one), to check that score.py reads the gold.

    python check/make_graph.py gold  > gold.ttl    # every gold entity, quote, stance, position, relation
    python check/make_graph.py empty > empty.ttl   # binds only ng:

The graph follows score.py's output contract; it does not use any project code.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

SET = Path(__file__).resolve().parent.parent
NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("urn:heldout35:")


def gold_graph(gold: dict) -> Graph:
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    node = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        terr = [e["name"] for e in gold["entities"] if e["type"] == "Territory"
                and any(w.casefold() in n.casefold() for n in [e["name"], *e["aliases"]]
                        for w in s["territory_any"])]
        g.add((node[s["country"]], NG[s["stance"]], node[terr[0]]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "gold"
    if mode == "empty":
        sys.stdout.write(f"@prefix ng: <{NG}> .\n")
        return 0
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    sys.stdout.write(gold_graph(gold).serialize(format="turtle"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
