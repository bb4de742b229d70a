#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract read by shared/eval/score.py.

    python make_graph.py GOLD.json OUT.ttl
"""
import json
import re
import sys

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout63/")


def slug(text):
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


def main(gold_path, out_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    node = {}
    for e in gold["entities"]:
        n = EX["e/" + slug(e["name"])]
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q/{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        terr = next(e["name"] for e in gold["entities"]
                    if e["type"] in ("Territory", "Country")
                    and {e["name"], *e["aliases"]} & set(s["territory_any"]))
        g.add((node[s["country"]], NG[s["stance"]], node[terr]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p/{i}"]
        g.add((pn, RDF.type, NG.Position))
        title = p["title_any"][0] + (f" of {p['of_any'][0]}" if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
        g.add((node[p["person"]], NG.holdsPosition, pn))
        if p["of_any"] and p["of_any"][0] in node:
            g.add((pn, NG.positionIn, node[p["of_any"][0]]))
        if p["former"]:
            g.add((pn, NG.former, Literal(True)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out_path, format="turtle")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
