#!/usr/bin/env python3
"""Build check graphs for bench/heldout29 from gold.json.

    python check/make_graph.py empty OUT.ttl   # a graph that only binds ng:
    python check/make_graph.py gold  OUT.ttl   # every gold fact, as the scorer reads the output contract

The gold graph must score 1.00 everywhere with score.py; it is a check of the gold file, not of any code.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

SET = Path(__file__).resolve().parent.parent
NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout29/")


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_") or "x"


def build(kind: str) -> Graph:
    g = Graph()
    g.bind("ng", NG)
    if kind == "empty":
        return g
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    node = {}
    for e in gold["entities"]:
        n = EX["e/" + slug(e["name"])]
        assert n not in node.values(), e["name"]
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
    for s in gold["stances"]:
        terr = [e["name"] for e in gold["entities"] if e["type"] == "Territory"
                and any(t.casefold() in n.casefold() for t in s["territory_any"] for n in [e["name"], *e["aliases"]])]
        g.add((node[s["country"]], NG[s["stance"]], node[terr[0]]))
    labels = {n: {str(o).casefold() for o in g.objects(n, RDFS.label)} |
              {str(o).casefold() for o in g.objects(n, SKOS.altLabel)} for n in node.values()}
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p/{i}"]
        g.add((pn, RDF.type, NG.Position))
        title = p["title_any"][0] + (f" of {p['of_any'][0]}" if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
        g.add((node[p["person"]], NG.holdsPosition, pn))
        orgs = [n for n, labs in labels.items() if any(k.casefold() in lab for k in p["of_any"] for lab in labs)]
        if orgs:
            g.add((pn, NG.positionIn, sorted(orgs)[0]))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("empty", "gold"):
        sys.exit(__doc__)
    g = build(sys.argv[1])
    text = g.serialize(format="turtle")
    if "@prefix ng:" not in text:  # rdflib writes only the prefixes it uses
        text = f"@prefix ng: <{NG}> .\n" + text
    Path(sys.argv[2]).write_text(text, encoding="utf-8")
    print(f"make_graph: wrote {sys.argv[2]} ({len(g)} triples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
