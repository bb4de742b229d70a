#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through score.py's output contract: make_graph.py GOLD OUT.ttl"""
import json, sys
from rdflib import Graph, Literal, Namespace, RDF, RDFS, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout76/")
gold = json.load(open(sys.argv[1], encoding="utf-8"))
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
for s in gold["stances"]:
    terr = next(e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and any(t.casefold() in [e["name"].casefold(), *[a.casefold() for a in e["aliases"]]] for t in s["territory_any"]))
    g.add((node[s["country"]], NG[s["stance"]], node[terr]))
for i, p in enumerate(gold["positions"]):
    pn = EX[f"p{i}"]
    g.add((node[p["person"]], NG.holdsPosition, pn)); g.add((pn, RDF.type, NG.Position))
    title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
    g.add((pn, NG.title, Literal(title)))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
g.serialize(sys.argv[2], format="turtle")
