#!/usr/bin/env python3
"""Build a Turtle graph from gold.json itself (for checking the gold), or an empty graph.

    python check/make_graph.py OUT.ttl            graph built from the gold
    python check/make_graph.py OUT.ttl --empty    a graph that only binds ng:

The graph follows the output contract read by shared/eval/score.py. Every gold entity becomes one node
(rdfs:label = name, skos:altLabel = aliases), every gold quote a ng:Quotation said by its speaker, every stance
a ng:recognises / ng:doesNotRecognise triple to the one territory its wording names, every position a
ng:holdsPosition, every relation its ng: predicate.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/heldout37/")
SET = Path(__file__).resolve().parent.parent
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:  # same as score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def build(gold: dict) -> Graph:
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
    labels = {e["name"]: {norm(x) for x in [e["name"], *e["aliases"]]} for e in gold["entities"]}
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    territories = [e["name"] for e in gold["entities"] if e["type"] == "Territory"]
    for s in gold["stances"]:
        hits = {t for t in territories for k in s["territory_any"] if any(norm(k) in lab for lab in labels[t])}
        assert len(hits) == 1, (s, hits)
        g.add((node[s["country"]], NG[s["stance"]], node[hits.pop()]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((pn, RDF.type, NG.Position))
        title = p["title_any"][0]
        org = None
        for k in p["of_any"]:
            cands = [n for n, labs in labels.items() if any(norm(k) in lab for lab in labs)]
            if cands:
                org = node[cands[0]]
                break
        if p["of_any"] and org is None:
            title = f"{title} {p['of_any'][0]}"
        g.add((pn, NG.title, Literal(title)))
        if org is not None:
            g.add((pn, NG.positionIn, org))
        g.add((node[p["person"]], NG.holdsPosition, pn))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    return g


def main() -> None:
    out = Path(sys.argv[1])
    if "--empty" in sys.argv:
        out.write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
        return
    gold = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    build(gold).serialize(out, format="turtle")


if __name__ == "__main__":
    main()
