#!/usr/bin/env python3
"""Build a Turtle graph from gold.json, for checking the gold with score.py.

    python make_graph.py OUT.ttl            # a graph that states every gold fact
    python make_graph.py OUT.ttl --empty    # a graph that only binds ng:

The graph uses the output contract that score.py reads: entities typed ng:Person etc. with
rdfs:label / skos:altLabel, ng:said + ng:Quotation + ng:text, ng:recognises /
ng:doesNotRecognise, ng:holdsPosition + ng:title, and the relation properties.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_gold import norm, territory_of  # noqa: E402

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout30/")
GOLD = Path(__file__).resolve().parent.parent / "gold.json"


def build(gold: dict) -> Graph:
    g = Graph()
    g.bind("ng", NG)
    g.bind("ex", EX)
    node = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]
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
        t = territory_of(gold, s)
        g.add((node[s["country"]], NG[s["stance"]], node[t]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (f" of {p['of_any'][0]}" if p["of_any"] else "")
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main() -> int:
    out = Path(sys.argv[1])
    if "--empty" in sys.argv[2:]:
        out.write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
        return 0
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    build(gold).serialize(out, format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
