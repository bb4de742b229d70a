#!/usr/bin/env python3
"""Build a Turtle graph from bench/heldout27/gold.json:  python make_graph.py OUT.ttl"""
import json
import re
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

SET = Path(__file__).resolve().parent.parent
ONTO = SET.parents[1] / "ontology" / "kg.ttl"
m = next(re.finditer(r"@prefix\s+ng:\s*<([^>]+)>", ONTO.read_text(encoding="utf-8")))
NG = Namespace(m.group(1))
EX = Namespace("urn:heldout27:")
gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
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
    if q["status"] != "required":
        continue
    qn = EX[f"q{i}"]
    g.add((qn, RDF.type, NG.Quotation))
    g.add((qn, NG.text, Literal(q["key"])))
    g.add((node[q["speaker"]], NG.said, qn))
for s in gold["stances"]:
    if s["status"] != "required":
        continue
    t = next(e["name"] for e in gold["entities"] if e["type"] == "Territory" and
             s["territory_any"][0] in [e["name"], *e["aliases"]])
    g.add((node[s["country"]], NG[s["stance"]], node[t]))
for i, p in enumerate(gold["positions"]):
    pn = EX[f"p{i}"]
    g.add((pn, RDF.type, NG.Position))
    g.add((node[p["person"]], NG.holdsPosition, pn))
    g.add((pn, NG.title, Literal(p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else ""))))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
g.serialize(sys.argv[1], format="turtle")
