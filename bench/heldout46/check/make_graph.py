#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract read by score.py.
    python make_graph.py GOLD.json OUT.ttl [--empty]"""
import json
import re
import sys
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout46/")


def slug(text):
    return re.sub(r"\W+", "_", text).strip("_") or "x"


def main():
    gold_path, out = sys.argv[1], sys.argv[2]
    g = Graph()
    g.bind("ng", NG)
    if "--empty" in sys.argv:
        # an empty graph that only binds ng: (rdflib drops unused prefixes, so write it by hand)
        open(out, "w", encoding="utf-8").write(f"@prefix ng: <{NG}> .\n")
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
                    if e["type"] in ("Territory", "Country") and
                    any(t.casefold() in n.casefold() for t in s["territory_any"] for n in [e["name"], *e["aliases"]]))
        g.add((node[s["country"]], NG[s["stance"]], node[terr]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((node[p["person"]], NG.holdsPosition, pn))
        title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out, format="turtle")


if __name__ == "__main__":
    main()
