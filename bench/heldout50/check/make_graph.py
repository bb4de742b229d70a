#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract that score.py reads.

    python make_graph.py GOLD.json OUT.ttl          (writes a graph that should score 1.00)
    python make_graph.py --empty OUT.ttl            (writes a graph that only binds ng:)
"""
import json
import re
import sys
import unicodedata

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout50/")
QM = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text):  # same normalisation as score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QM).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(s):
    return re.sub(r"\W+", "_", norm(s)) or "x"


def main(argv):
    g = Graph()
    g.bind("ng", NG)
    if argv[0] == "--empty":  # rdflib drops unused prefixes, so write it by hand
        open(argv[1], "w", encoding="utf-8").write(f"@prefix ng: <{NG}> .\n")
        return 0
    gold = json.load(open(argv[0], encoding="utf-8"))
    node, names = {}, {}
    for e in gold["entities"]:
        n = EX["e/" + slug(e["name"])]
        node[e["name"]] = n
        names[e["name"]] = {norm(x) for x in [e["name"], *e["aliases"]]}
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
    types = {e["name"]: e["type"] for e in gold["entities"]}

    def resolve(wordings, allowed):
        for w in wordings:
            exact = [k for k, ns in names.items() if types[k] in allowed and norm(w) in ns]
            if exact:
                return node[exact[0]]
        for w in wordings:
            part = [k for k, ns in names.items() if types[k] in allowed and any(norm(w) in x for x in ns)]
            if part:
                return node[part[0]]
        return None

    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q/{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        t = resolve(s["territory_any"], {"Territory", "Country"})
        g.add((node[s["country"]], NG[s["stance"]], t))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p/{i}"]
        g.add((pn, RDF.type, NG.Position))
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, NG.title, Literal(" ".join([p["title_any"][0], *p["of_any"]]))))
        org = resolve(p["of_any"], {"Organization", "Country", "Place", "Territory"}) if p["of_any"] else None
        if org is not None:
            g.add((pn, NG.positionIn, org))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(argv[1], format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
