#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract read by shared/eval/score.py.

    python make_graph.py GOLD.json OUT.ttl [--empty]

--empty writes a graph that only binds the ng: prefix.
"""
import json
import re
import sys

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout65/")


def slug(text):
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_") or "x"


def main():
    gold_path, out = sys.argv[1], sys.argv[2]
    g = Graph()
    g.bind("ng", NG)
    if "--empty" in sys.argv:
        with open(out, "w", encoding="utf-8") as f:
            f.write(f"@prefix ng: <{NG}> .\n")
        return
    gold = json.load(open(gold_path, encoding="utf-8"))
    node = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}_{slug(e['name'])}"]
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
        terr = next(e["name"] for e in gold["entities"]
                    if e["type"] in ("Territory", "Country") and s["territory_any"][0] in [e["name"], *e["aliases"]])
        g.add((node[s["country"]], NG[s["stance"]], node[terr]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out, format="turtle")


if __name__ == "__main__":
    main()
