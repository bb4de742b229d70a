#!/usr/bin/env python3
"""Build Turtle graphs from bench/heldout24/gold.json, following the output contract score.py reads.

    python check/make_graph.py gold  OUT.ttl    # every gold fact: should score 1.00 everywhere
    python check/make_graph.py empty OUT.ttl    # binds ng: only: should score 0 without error

`ng:` is bound to the namespace of the `@prefix ng:` line of ontology/kg.ttl (only that line is read).
Contract: entity a ng:Person|Organization|Country|Territory|Place with rdfs:label / skos:altLabel;
?speaker ng:said ?q . ?q a ng:Quotation ; ng:text ?t ; country ng:recognises|ng:doesNotRecognise territory;
?person ng:holdsPosition ?p . ?p ng:title ?t ; ng:positionIn ?org ; ng:spouse|sharesBorderWith|invaded|memberOf|locatedIn.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

CHECK = Path(__file__).resolve().parent
SET = CHECK.parent
ONTOLOGY = SET.parent.parent / "ontology" / "kg.ttl"
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def ng_namespace() -> str:
    for line in ONTOLOGY.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*@prefix\s+ng:\s*<([^>]+)>", line)
        if m:
            return m.group(1)
    sys.exit("make_graph: no @prefix ng: line in the ontology")


def norm(text: str) -> str:  # as in score.py
    import unicodedata
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("gold", "empty"):
        sys.exit(__doc__)
    mode, out = sys.argv[1], Path(sys.argv[2])
    ns = ng_namespace()
    if mode == "empty":
        out.write_text(f"@prefix ng: <{ns}> .\n", encoding="utf-8")
        return 0
    NG = Namespace(ns)
    EX = Namespace("urn:heldout24:")
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
    territory_of = {norm(k): e["name"] for e in gold["entities"] if e["type"] == "Territory"
                    for k in [e["name"], *e["aliases"]]}
    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"q{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))
    for s in gold["stances"]:
        t = next(territory_of[norm(k)] for k in s["territory_any"] if norm(k) in territory_of)
        g.add((node[s["country"]], NG[s["stance"]], node[t]))
    for i, p in enumerate(gold["positions"]):
        pn = EX[f"p{i}"]
        g.add((node[p["person"]], NG.holdsPosition, pn))
        cands = [e for e in gold["entities"] if e["type"] != "Person"]
        names = lambda e: [norm(n) for n in [e["name"], *e["aliases"]]]  # noqa: E731
        wanted = [norm(k) for k in p["of_any"]]
        org = next((e["name"] for k in wanted for e in cands if k in names(e)), None) or \
            next((e["name"] for k in wanted for e in cands if any(k in n for n in names(e))), None)
        title = p["title_any"][0]
        if org:
            g.add((pn, NG.positionIn, node[org]))
        elif p["of_any"]:
            title = f"{title} {p['of_any'][0]}"
        g.add((pn, NG.title, Literal(title)))
    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    g.serialize(destination=str(out), format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
