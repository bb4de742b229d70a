#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract that score.py reads.

    python make_graph.py GOLD.json OUT.ttl
"""
import json
import re
import sys
import unicodedata

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout44/")
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text):
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
            by_norm[(norm(name), e["type"])] = n
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        t = by_norm[(norm(s["territory_any"][0]), "Territory")]
        g.add((node[s["country"]], NG[s["stance"]], t))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
        g.add((node[p["person"]], NG.holdsPosition, pn))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(out_path, format="turtle")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
