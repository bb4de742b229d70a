#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through score.py's output contract:  make_graph.py GOLD OUT.ttl"""
import json, sys
from rdflib import Graph, Literal, Namespace, RDF, RDFS, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("urn:heldout59:")

def main(gold_path, out):
    gold = json.load(open(gold_path, encoding="utf-8"))
    g = Graph(); g.bind("ng", NG); g.bind("skos", SKOS)
    node = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]; node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]])); g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation)); g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    tnames = {}
    for e in gold["entities"]:
        for nm in [e["name"], *e["aliases"]]:
            tnames.setdefault(nm.casefold().replace("\u2019", "'"), e["name"])
    for s in gold["stances"]:
        t = tnames[s["territory_any"][0].casefold().replace("\u2019", "'")]
        g.add((node[s["country"]], NG[s["stance"]], node[t]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, RDF.type, NG.Position)); g.add((pn, NG.title, Literal(title)))
        if p["of_any"] and p["of_any"][0] in node:
            g.add((pn, NG.positionIn, node[p["of_any"][0]]))
        g.add((node[p["person"]], NG.holdsPosition, pn))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out, format="turtle")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
