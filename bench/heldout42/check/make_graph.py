#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through score.py's output contract:  make_graph.py GOLD OUT.ttl"""
import json, sys
from rdflib import Graph, Literal, Namespace, RDF, RDFS, URIRef
from rdflib.namespace import SKOS
NG = Namespace("https://w3id.org/kg-news/ontology#")
X = Namespace("urn:heldout42:")
gold = json.load(open(sys.argv[1], encoding="utf-8"))
g = Graph(); g.bind("ng", NG)
node = {}
for i, e in enumerate(gold["entities"]):
    n = X[f"e{i}"]; node[e["name"]] = n
    g.add((n, RDF.type, NG[e["type"]])); g.add((n, RDFS.label, Literal(e["name"])))
    for a in e["aliases"]:
        g.add((n, SKOS.altLabel, Literal(a)))
for i, q in enumerate(gold["quotes"]):
    qn = X[f"q{i}"]
    g.add((qn, RDF.type, NG.Quotation)); g.add((qn, NG.text, Literal(q["key"])))
    g.add((node[q["speaker"]], NG.said, qn))
for s in gold["stances"]:
    terr = next(n for e, n in node.items() if e in s["territory_any"] or any(
        a in s["territory_any"] for a in next(x for x in gold["entities"] if x["name"] == e)["aliases"]))
    g.add((node[s["country"]], NG[s["stance"]], terr))
for i, p in enumerate(gold["positions"]):
    pn = X[f"p{i}"]
    g.add((node[p["person"]], NG.holdsPosition, pn)); g.add((pn, NG.title, Literal(p["title_any"][0] + " " + (p["of_any"][0] if p["of_any"] else ""))))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
g.serialize(sys.argv[2], format="turtle")
