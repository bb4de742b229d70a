#!/usr/bin/env python3
"""Builds a Turtle graph from bench/heldout28/gold.json (for checking the gold only).

    python check/make_graph.py OUT.ttl
"""
import json
import sys as _s; _s.dont_write_bytecode = True
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

SET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SET.parent.parent.parent / "shared" / "eval"))
from score import norm  # noqa: E402

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout28/")


def main(out: str) -> None:
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    node = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    by_norm = {norm(e["name"]): e["name"] for e in gold["entities"]}
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    terr = [e for e in gold["entities"] if e["type"] == "Territory"]
    for s in gold["stances"]:
        t = next(e for e in terr if any(norm(k) in norm(n) for k in s["territory_any"]
                                        for n in [e["name"], *e["aliases"]]))
        g.add((node[s["country"]], NG[s["stance"]], node[t["name"]]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(p["title_any"][0])))
        if p["of_any"]:
            org = by_norm.get(norm(p["of_any"][0]))
            if org is None:
                on = EX[f"org{i}"]
                g.add((on, RDFS.label, Literal(p["of_any"][0])))
            else:
                on = node[org]
            g.add((pn, NG.positionIn, on))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out, format="turtle")


if __name__ == "__main__":
    main(sys.argv[1])
