#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract that score.py reads."""
import json, sys
from pathlib import Path
from rdflib import Graph, Namespace, Literal, RDF, RDFS, URIRef
from rdflib.namespace import SKOS
NG = Namespace("https://w3id.org/kg-news/ontology#"); EX = Namespace("urn:h60:")
gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
g = Graph(); g.bind("ng", NG)
node = {}
for i, e in enumerate(gold["entities"]):
    n = EX[f"e{i}"]; node[e["name"]] = n
    g.add((n, RDF.type, NG[e["type"]])); g.add((n, RDFS.label, Literal(e["name"])))
    for a in e["aliases"]: g.add((n, SKOS.altLabel, Literal(a)))
for i, q in enumerate(gold["quotes"]):
    x = EX[f"q{i}"]; g.add((node[q["speaker"]], NG.said, x)); g.add((x, RDF.type, NG.Quotation)); g.add((x, NG.text, Literal(q["key"])))
for s in gold["stances"]:
    t = next(e["name"] for e in gold["entities"] if e["type"] == "Territory" and s["territory_any"][0] in [e["name"], *e["aliases"]])
    g.add((node[s["country"]], NG[s["stance"]], node[t]))
for i, p in enumerate(gold["positions"]):
    x = EX[f"p{i}"]; g.add((node[p["person"]], NG.holdsPosition, x))
    g.add((x, NG.title, Literal(p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else ""))))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
sys.stdout.write(g.serialize(format="turtle"))
