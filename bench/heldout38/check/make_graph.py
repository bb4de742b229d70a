#!/usr/bin/env python3
"""Build a Turtle graph from bench/heldout38/gold.json through the output contract that
shared/eval/score.py reads, so that the scorer can be checked against the gold itself.

    .venv/bin/python bench/heldout38/check/make_graph.py OUT.ttl

Contract (from score.py):
    entity   a ng:Person|ng:Organization|ng:Country|ng:Territory|ng:Place, rdfs:label, skos:altLabel
    quote    ?speaker ng:said ?q . ?q a ng:Quotation ; ng:text ?text
    stance   ?country ng:recognises|ng:doesNotRecognise ?territory
    position ?person ng:holdsPosition ?p . ?p ng:title ?title ; ng:positionIn ?org
    relation ?subject ng:<predicate> ?object
Every gold entry (required and optional) is written once, so the graph should score 1.00 everywhere.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "gold.json"
NG = Namespace("https://w3id.org/kg-news/ontology#")
ID = Namespace("https://example.org/heldout38/id/")
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:
    """Same normalisation as score.py."""
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")


def build(gold: dict) -> Graph:
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    node = {}
    labels = {}
    for e in gold["entities"]:
        n = ID[f"{e['type'].lower()}/{slug(e['name'])}"]
        assert n not in labels, f"slug clash: {e['name']}"
        node[e["name"]] = n
        labels[n] = {norm(x) for x in [e["name"], *e["aliases"]]}
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))

    for i, q in enumerate(gold["quotes"]):
        qn = ID[f"quote/{i}"]
        g.add((node[q["speaker"]], NG.said, qn))
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))

    def find(needles, types=None):
        for k in needles:
            k = norm(k)
            for e in gold["entities"]:
                if types and e["type"] not in types:
                    continue
                if any(k in lab for lab in labels[node[e["name"]]]):
                    return node[e["name"]]
        return None

    for s in gold["stances"]:
        t = find(s["territory_any"], {"Territory", "Country"})
        assert t is not None, s
        g.add((node[s["country"]], NG[s["stance"]], t))

    for i, p in enumerate(gold["positions"]):
        pn = ID[f"position/{i}"]
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        org = find(p["of_any"]) if p["of_any"] else None
        title = p["title_any"][0]
        if p["of_any"] and org is None:
            title = f"{title} {p['of_any'][0]}"
        g.add((pn, NG.title, Literal(title)))
        if org is not None:
            g.add((pn, NG.positionIn, org))
        if p.get("former"):
            g.add((pn, NG.former, Literal(True)))

    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    g = build(gold)
    g.serialize(destination=sys.argv[1], format="turtle")
    print(f"make_graph: {len(g)} triples -> {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
