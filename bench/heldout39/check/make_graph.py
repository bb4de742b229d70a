#!/usr/bin/env python3
"""Build a Turtle graph from gold.json through the output contract that score.py reads.

    python check/make_graph.py GOLD.json OUT.ttl

Used only to check the gold file: score.py must give this graph 1.00 everywhere. The graph binds
`ng:` to the project's ontology namespace (as declared by the @prefix line of ontology/kg.ttl) and
uses only the terms score.py reads:

    entity    a ng:Person|ng:Organization|ng:Country|ng:Territory|ng:Place ; rdfs:label ; skos:altLabel
    quote     ?speaker ng:said ?q . ?q a ng:Quotation ; ng:text ?key
    stance    ?country ng:recognises|ng:doesNotRecognise ?territory
    position  ?person ng:holdsPosition ?p . ?p a ng:Position ; ng:title ?t ; ng:positionIn ?org
    relation  ?s ng:<predicate> ?o
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS, XSD

NG = Namespace("https://w3id.org/kg-news/ontology#")
BASE = "https://example.org/bench/heldout39/"
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:
    """The same normalisation as score.py."""
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(kind: str, text: str) -> URIRef:
    h = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{BASE}{kind}/{h}")


def labels_of(e: dict) -> set[str]:
    return {norm(n) for n in [e["name"], *e["aliases"]]}


def build(gold: dict) -> Graph:
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    node = {}
    for e in gold["entities"]:
        n = slug("entity", e["name"])
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))

    def territory_node(needles):
        hits = {e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                for k in needles if any(norm(k) in lab for lab in labels_of(e))}
        if len(hits) != 1:
            sys.exit(f"make_graph: territory wording {needles} resolves to {sorted(hits)}")
        return node[hits.pop()]

    for i, q in enumerate(gold["quotes"]):
        qn = slug("quote", f"{i}|{q['speaker']}|{q['key']}")
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))

    for s in gold["stances"]:
        g.add((node[s["country"]], NG[s["stance"]], territory_node(s["territory_any"])))

    for i, p in enumerate(gold["positions"]):
        pn = slug("position", f"{i}|{p['person']}|{p['title_any'][0]}")
        title = p["title_any"][0] + (f" ({p['of_any'][0]})" if p["of_any"] else "")
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(title)))
        g.add((pn, NG.former, Literal(bool(p.get("former")), datatype=XSD.boolean)))
        g.add((node[p["person"]], NG.holdsPosition, pn))
        for k in p["of_any"]:
            orgs = [e["name"] for e in gold["entities"] if e["type"] != "Person"
                    and any(norm(k) in lab for lab in labels_of(e))]
            if len(orgs) == 1:
                g.add((pn, NG.positionIn, node[orgs[0]]))
                break

    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main() -> int:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    g = build(gold)
    Path(sys.argv[2]).write_text(g.serialize(format="turtle"), encoding="utf-8")
    print(f"make_graph: {len(g)} triples -> {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
