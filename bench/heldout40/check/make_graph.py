#!/usr/bin/env python3
"""Builds a Turtle graph from gold.json through the output contract read by score.py.

    python make_graph.py GOLD.json OUT.ttl
"""
import json
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout40/")


def build(gold: dict) -> Graph:
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
        terr = next(e["name"] for e in gold["entities"] if e["type"] == "Territory"
                    and any(t in [e["name"], *e["aliases"]] for t in s["territory_any"]))
        g.add((node[s["country"]], NG[s["stance"]], node[terr]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(p["title_any"][0])))
        if p["of_any"]:
            on = EX[f"o{i}"]
            g.add((on, RDFS.label, Literal(p["of_any"][0])))
            g.add((pn, NG.positionIn, on))
        g.add((node[p["person"]], NG.holdsPosition, pn))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


if __name__ == "__main__":
    gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    build(gold).serialize(sys.argv[2], format="turtle")
