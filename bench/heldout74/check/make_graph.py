#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through score.py's output contract:  make_graph.py GOLD OUT.ttl"""
import hashlib
import json
import sys

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout74/")


def node(name):
    return EX["e_" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]]


def main(gold_path, out_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    g = Graph()
    g.bind("ng", NG)
    for e in gold["entities"]:
        n = node(e["name"])
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node(q["speaker"]), NG.said, qn))
    for s in gold["stances"]:
        g.add((node(s["country"]), NG[s["stance"]], node(next(
            e["name"] for e in gold["entities"] if s["territory_any"][0] in [e["name"], *e["aliases"]]))))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((node(p["person"]), NG.holdsPosition, pn))
        title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node(r["subject"]), NG[r["predicate"]], node(r["object"])))
    g.serialize(out_path, format="turtle")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
