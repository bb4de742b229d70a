#!/usr/bin/env python3
"""Build a Turtle graph from gold.json:  make_graph.py GOLD.json OUT.ttl [ONTOLOGY.ttl]"""
import json, re, sys
from rdflib import Graph, Literal, Namespace, RDF, RDFS
from rdflib.namespace import SKOS

gold = json.load(open(sys.argv[1], encoding="utf-8"))
ns = "https://w3id.org/kg-news/ontology#"
if len(sys.argv) > 3:
    m = re.search(r"@prefix\s+ng:\s*<([^>]+)>", open(sys.argv[3], encoding="utf-8").read())
    ns = m.group(1)
NG = Namespace(ns); EX = Namespace("http://example.org/h26/")
g = Graph(); g.bind("ng", NG); g.bind("skos", SKOS)
node = {}
for i, e in enumerate(gold["entities"]):
    n = EX[f"e{i}"]; node[e["name"]] = n
    g.add((n, RDF.type, NG[e["type"]])); g.add((n, RDFS.label, Literal(e["name"])))
    for a in e["aliases"]:
        g.add((n, SKOS.altLabel, Literal(a)))
for i, q in enumerate(gold["quotes"]):
    if q["status"] != "required":
        continue
    qn = EX[f"q{i}"]
    g.add((qn, RDF.type, NG.Quotation)); g.add((qn, NG.text, Literal(q["key"])))
    g.add((node[q["speaker"]], NG.said, qn))
for s in gold["stances"]:
    terr = [e for e in gold["entities"] if e["type"] == "Territory"
            and any(k.casefold() in n.casefold() for k in s["territory_any"] for n in [e["name"], *e["aliases"]])][0]
    g.add((node[s["country"]], NG[s["stance"]], node[terr["name"]]))
for i, p in enumerate(gold["positions"]):
    pn = EX[f"p{i}"]
    g.add((node[p["person"]], NG.holdsPosition, pn)); g.add((pn, RDF.type, NG.Position))
    title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
    g.add((pn, NG.title, Literal(title)))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
g.serialize(sys.argv[2], format="turtle")
