#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract read by score.py.
    python make_graph.py GOLD.json OUT.ttl"""
import json
import sys
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("urn:heldout57:")


def main(gold_path, out):
    gold = json.load(open(gold_path, encoding="utf-8"))
    g = Graph()
    g.bind("ng", NG)
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
        terr = [e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and e["name"] in s["territory_any"] or e["type"] in ("Territory", "Country")
                and set(e["aliases"]) & set(s["territory_any"])]
        g.add((node[s["country"]], NG[s["stance"]], node[terr[0]]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(p["title_any"][0])))
        if p["of_any"]:
            org = node.get(p["of_any"][0])
            if org is None:
                org = EX[f"org{i}"]
                g.add((org, RDFS.label, Literal(p["of_any"][0])))
            g.add((pn, NG.positionIn, org))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out, format="turtle")


if __name__ == "__main__":
    main(*sys.argv[1:3])
