#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract that score.py reads.

    make_graph.py GOLD.json OUT.ttl [--empty]

Entities get a type and labels, every gold quote (required and optional) is said by its speaker, every
stance, position and relation is written as score.py expects. With --empty only the ng: prefix is bound.
"""
import json
import re
import sys

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout49/")


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_") or "x"


def main() -> int:
    gold_path, out = sys.argv[1], sys.argv[2]
    g = Graph()
    g.bind("ng", NG)
    if "--empty" in sys.argv:
        # rdflib drops unused prefixes when serialising, so the empty graph is written by hand
        with open(out, "w", encoding="utf-8") as f:
            f.write(f"@prefix ng: <{NG}> .\n")
        return 0
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
        terr = next(e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                    and s["territory_any"][0] in [e["name"], *e["aliases"]])
        g.add((node[s["country"]], NG[s["stance"]], node[terr]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((pn, RDF.type, NG.Position))
        title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
        if p["of_any"] and p["of_any"][0] in node:
            g.add((pn, NG.positionIn, node[p["of_any"][0]]))
        g.add((node[p["person"]], NG.holdsPosition, pn))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out, format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
