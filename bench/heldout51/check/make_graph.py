#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract that score.py reads.

    python check/make_graph.py GOLD.json OUT.ttl

Entities become typed nodes with rdfs:label / skos:altLabel; every gold quote (required and optional)
becomes `speaker ng:said [a ng:Quotation; ng:text key]`; every stance a direct
`country ng:recognises|ng:doesNotRecognise territory` triple; every position
`person ng:holdsPosition [ng:title "title org"; ng:positionIn org]`; every relation a direct triple.
"""
import json
import re
import sys
import unicodedata

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout51/")
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text):  # same as score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def main(gold_path, out_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    node = {}
    by_norm = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"e{i}"]
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
        for name in [e["name"], *e["aliases"]]:
            by_norm[norm(name)] = n
    for i, qt in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((node[qt["speaker"]], NG.said, qn))
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(qt["key"])))
    for s in gold["stances"]:
        terr = next(by_norm[norm(t)] for t in s["territory_any"] if norm(t) in by_norm)
        g.add((node[s["country"]], NG[s["stance"]], terr))
    for p in gold["positions"]:
        pn = BNode()
        g.add((node[p["person"]], NG.holdsPosition, pn))
        title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, NG.title, Literal(title)))
        for o in p["of_any"]:
            if norm(o) in by_norm:
                g.add((pn, NG.positionIn, by_norm[norm(o)]))
                break
        if p.get("former"):
            g.add((pn, NG.former, Literal(True)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out_path, format="turtle")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
