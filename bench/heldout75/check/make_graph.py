#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract read by score.py.
    python make_graph.py GOLD.json OUT.ttl"""
import json, sys
from rdflib import Graph, Namespace, Literal, RDF, RDFS, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout75/")


def main(gold_path, out_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    g = Graph(); g.bind("ng", NG); g.bind("skos", SKOS)
    node = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]; node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]])); g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    def find(name):
        for e in gold["entities"]:
            if name == e["name"] or name in e["aliases"]:
                return node[e["name"]]
        return None
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation)); g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn)); g.add((qn, NG.speaker, node[q["speaker"]]))
    for s in gold["stances"]:
        terr = find(s["territory_any"][0])
        g.add((node[s["country"]], NG[s["stance"]], terr))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((pn, RDF.type, NG.Position))
        title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
        org = find(p["of_any"][0]) if p["of_any"] else None
        if org is not None:
            g.add((pn, NG.positionIn, org))
        if p.get("former"):
            g.add((pn, NG.former, Literal(True)))
        g.add((node[p["person"]], NG.holdsPosition, pn))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out_path, format="turtle")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
