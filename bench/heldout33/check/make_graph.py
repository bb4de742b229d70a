#!/usr/bin/env python3
"""Build a Turtle graph from bench/heldout33/gold.json (to check that the gold scores 1.00 against itself).

    python check/make_graph.py OUT.ttl            graph built from the gold
    python check/make_graph.py OUT.ttl --empty    a graph that only binds ng:
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

SET = Path(__file__).resolve().parent.parent
NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout33/")


def norm_plain(s: str) -> str:
    return " ".join(s.casefold().split())


def main() -> int:
    out = Path(sys.argv[1])
    g = Graph()
    g.bind("ng", NG)
    g.bind("ex", EX)
    if "--empty" in sys.argv:  # rdflib drops unused prefixes, so write it by hand
        out.write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
        return 0
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    node = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    territories = [e for e in gold["entities"] if e["type"] == "Territory"]

    def territory(words):
        for w in words:
            for e in territories:
                if any(norm_plain(w) in norm_plain(x) for x in [e["name"], *e["aliases"]]):
                    return node[e["name"]]
        raise SystemExit(f"no territory for {words}")

    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        g.add((node[s["country"]], NG[s["stance"]], territory(s["territory_any"])))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    out.write_text(g.serialize(format="turtle"), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
