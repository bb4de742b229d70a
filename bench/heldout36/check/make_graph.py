#!/usr/bin/env python3
"""Build check graphs for bench/heldout36 from gold.json (never from extractor output).

    python make_graph.py gold  OUT.ttl   # a graph that states exactly the gold facts
    python make_graph.py empty OUT.ttl   # a graph that only binds ng:

Uses only rdflib; ng: is the namespace bound in ontology/kg.ttl.
"""
import json
import re
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout36/")
GOLD = Path(__file__).resolve().parent.parent / "gold.json"


def slug(text):
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_")


def build(gold):
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
    for i, u in enumerate(gold["unattributed"]):
        qn = EX[f"u/{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(u)))
    territories = {e["name"]: [e["name"], *e["aliases"]] for e in gold["entities"] if e["type"] == "Territory"}
    for s in gold["stances"]:
        needle = s["territory_any"][0].casefold()
        terr = [t for t, names in territories.items() if any(needle in n.casefold() for n in names)]
        g.add((node[s["country"]], NG[s["stance"]], node[terr[0]]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p/{i}"]
        title = p["title_any"][0] + (f" of {p['of_any'][0]}" if p["of_any"] else "")
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
        g.add((node[p["person"]], NG.holdsPosition, pn))
        for o in p["of_any"]:
            if o in node:
                g.add((pn, NG.positionIn, node[o]))
                break
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main():
    kind, out = sys.argv[1], sys.argv[2]
    if kind == "empty":
        Path(out).write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
    elif kind == "gold":
        build(json.loads(GOLD.read_text(encoding="utf-8"))).serialize(out, format="turtle")
    else:
        sys.exit("usage: make_graph.py gold|empty OUT.ttl")


if __name__ == "__main__":
    main()
