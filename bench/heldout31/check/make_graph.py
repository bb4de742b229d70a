#!/usr/bin/env python3
"""Build a Turtle graph from bench/heldout31/gold.json (or an empty one) to test the gold with score.py.

    python make_graph.py OUT.ttl            # every gold fact, as the scorer expects it
    python make_graph.py --empty OUT.ttl    # a graph that only binds ng:
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout31/")
SET = Path(__file__).resolve().parent.parent


def slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in text)


def build(gold: dict) -> Graph:
    g = Graph()
    g.bind("ng", NG)
    node = {}
    for e in gold["entities"]:
        n = EX["e_" + slug(e["name"])]
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
        terr = [e["name"] for e in gold["entities"] if e["type"] == "Territory"
                and any(t.casefold() in x.casefold() for x in [e["name"], *e["aliases"]] for t in s["territory_any"])]
        g.add((node[s["country"]], NG[s["stance"]], node[terr[0]]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else "")
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, NG.title, Literal(title)))
        if p["of_any"] and p["of_any"][0] in node:
            g.add((pn, NG.positionIn, node[p["of_any"][0]]))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--empty", action="store_true")
    args = ap.parse_args()
    if args.empty:
        Path(args.out).write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
        return
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    build(gold).serialize(args.out, format="turtle")


if __name__ == "__main__":
    main()
