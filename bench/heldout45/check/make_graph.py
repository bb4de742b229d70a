#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract read by score.py.

    python make_graph.py GOLD.json OUT.ttl

Every gold entity becomes one node (rdfs:label + skos:altLabel), every quote (required and optional)
a ng:said / ng:Quotation pair, every stance a ng:recognises / ng:doesNotRecognise triple, every
position a ng:holdsPosition node, every relation a direct triple. `ng:` is bound to the ontology's
namespace; the ontology itself is not needed.
"""
import json
import re
import sys
import unicodedata

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout45/")


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")


def norm(text):
    sys.path.insert(0, "/work/shared/eval")
    from score import norm as n
    return n(text)


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
    territories = [e for e in gold["entities"] if e["type"] in ("Territory", "Country")]

    def territory_node(needles):
        for e in territories:
            names = [norm(x) for x in [e["name"], *e["aliases"]]]
            if any(norm(k) in nm for k in needles for nm in names):
                return node[e["name"]]
        raise SystemExit(f"no territory for {needles}")

    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q/{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        g.add((node[s["country"]], NG[s["stance"]], territory_node(s["territory_any"])))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p/{i}"]
        title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
        if p["of_any"] and p["of_any"][0] in node:
            g.add((pn, NG.positionIn, node[p["of_any"][0]]))
        g.add((node[p["person"]], NG.holdsPosition, pn))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out_path, format="turtle")


if __name__ == "__main__":
    main(*sys.argv[1:3])
