#!/usr/bin/env python3
"""Builds a Turtle graph from gold.json through the output contract that score.py reads.

    python make_graph.py GOLD.json OUT.ttl [--empty]

ng: is bound to a placeholder namespace (the ontology is passed to score.py only as a path).
"""
import json
import re
import sys

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("http://example.org/ng#")
EX = Namespace("http://example.org/heldout69/")


def slug(s):
    return re.sub(r"\W+", "_", s).strip("_") or "x"


def main():
    gold_path, out = sys.argv[1], sys.argv[2]
    g = Graph()
    g.bind("ng", NG)
    if "--empty" in sys.argv:
        open(out, "w", encoding="utf-8").write(f"@prefix ng: <{NG}> .\n")
        return
    gold = json.load(open(gold_path, encoding="utf-8"))
    node = {}
    for e in gold["entities"]:
        n = EX[e["type"] + "_" + slug(e["name"])]
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"quote_{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        terr = next(e["name"] for e in gold["entities"]
                    if e["name"] in s["territory_any"] or set(e["aliases"]) & set(s["territory_any"]))
        g.add((node[s["country"]], NG[s["stance"]], node[terr]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"position_{i}"]
        g.add((node[p["person"]], NG.holdsPosition, pn))
        title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out, format="turtle")


if __name__ == "__main__":
    main()
