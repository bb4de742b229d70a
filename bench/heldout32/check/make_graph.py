#!/usr/bin/env python3
"""Build a Turtle graph straight from gold.json (for checking the gold, not the code).

    python make_graph.py GOLD.json OUT.ttl          a graph that says exactly what the gold says
    python make_graph.py --empty OUT.ttl            a graph that only binds ng:

Every entity becomes one node typed with its gold class and labelled with its name (rdfs:label) and
aliases (skos:altLabel); every quote (required and optional) is said by its speaker; every stance,
position and relation is written with the ng: terms that score.py reads.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout32-check/")


def node(kind: str, text: str) -> URIRef:
    return EX[f"{kind}/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"]


def build(gold: dict) -> Graph:
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    ents = {}
    for e in gold["entities"]:
        n = node("entity", e["name"])
        ents[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    for i, q in enumerate(gold["quotes"]):
        qn = node("quote", f"{i}:{q['key']}")
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((ents[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        g.add((ents[s["country"]], NG[s["stance"]], ents[territory(gold, s)]))
    for i, p in enumerate(gold["positions"]):
        pn = node("position", f"{i}:{p['person']}")
        g.add((ents[p["person"]], NG.holdsPosition, pn))
        title = p["title_any"][0] + (f" of {p['of_any'][0]}" if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
        if p["of_any"]:
            org = next((ents[n] for n in gold_names_for(gold, p["of_any"])), None)
            if org is not None:
                g.add((pn, NG.positionIn, org))
    for r in gold["relations"]:
        g.add((ents[r["subject"]], NG[r["predicate"]], ents[r["object"]]))
    return g


def territory(gold: dict, s: dict) -> str:
    wanted = {w.casefold() for w in s["territory_any"]}
    for e in gold["entities"]:
        if e["type"] == "Territory" and wanted & {n.casefold() for n in [e["name"], *e["aliases"]]}:
            return e["name"]
    raise SystemExit(f"make_graph: no territory for {s}")


def gold_names_for(gold: dict, wanted: list[str]) -> list[str]:
    out = []
    for w in wanted:
        for e in gold["entities"]:
            if w.casefold() in {n.casefold() for n in [e["name"], *e["aliases"]]}:
                out.append(e["name"])
    return out


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--empty":
        Path(sys.argv[2]).write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
        return 0
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    build(gold).serialize(sys.argv[2], format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
