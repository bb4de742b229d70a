#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract that score.py reads.

    python make_graph.py GOLD.json OUT.ttl [--empty]

--empty writes a graph that only binds ng:. The ontology file is not read: ng: is bound to the
namespace that score.py looks up by prefix.
"""
import hashlib
import json
import sys

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout68/")


def node(kind, *parts):
    return EX[kind + "_" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]]


def main():
    gold_path, out = sys.argv[1], sys.argv[2]
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    if "--empty" in sys.argv:
        with open(out, "w", encoding="utf-8") as f:
            f.write(f"@prefix ng: <{NG}> .\n")
        return
    gold = json.load(open(gold_path, encoding="utf-8"))
    ent = {}
    for e in gold["entities"]:
        n = node("e", e["name"])
        ent[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    for i, q in enumerate(gold["quotes"]):
        qn = node("q", str(i), q["key"])
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((ent[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        terr = [e for e in gold["entities"] if e["type"] == "Territory" and any(
            w.casefold() in n.casefold() for w in s["territory_any"] for n in [e["name"], *e["aliases"]])]
        g.add((ent[s["country"]], NG[s["stance"]], ent[terr[0]["name"]]))
    for i, p in enumerate(gold["positions"]):
        pn = node("p", str(i), p["person"])
        title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
        g.add((ent[p["person"]], NG.holdsPosition, pn))
        if p.get("former"):
            g.add((pn, NG.former, Literal(True)))
    for r in gold["relations"]:
        g.add((ent[r["subject"]], NG[r["predicate"]], ent[r["object"]]))
    g.serialize(out, format="turtle")


if __name__ == "__main__":
    main()
