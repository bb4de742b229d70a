#!/usr/bin/env python3
"""Build a Turtle graph from bench/heldout23/gold.json, following the output contract that
shared/eval/score.py reads (entities, ng:said / ng:Quotation / ng:text, ng:recognises /
ng:doesNotRecognise, ng:holdsPosition / ng:title / ng:positionIn, relation predicates).

    python check/make_graph.py OUT.ttl [--empty] [--ontology ontology/kg.ttl]

`ng:` is bound to the namespace of the ontology's `@prefix ng:` line (only that line is read, with grep);
without --ontology a built-in default is used. --empty writes a graph that only binds `ng:`.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import unicodedata
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

HERE = Path(__file__).resolve().parent
DEFAULT_NG = "https://w3id.org/kg-news/ontology#"
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def norm(text: str) -> str:  # identical to shared/eval/score.py
    text = unicodedata.normalize("NFKC", str(text)).translate(QUOTE_MARKS).casefold()
    text = text.replace("'s ", " ").replace("'", "")
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def ng_namespace(ontology: str | None) -> str:
    if not ontology:
        return DEFAULT_NG
    out = subprocess.run(["grep", "-m1", "^@prefix ng:", ontology], capture_output=True, text=True).stdout
    m = re.search(r"<([^>]+)>", out)
    return m.group(1) if m else DEFAULT_NG


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--empty", action="store_true")
    ap.add_argument("--ontology")
    args = ap.parse_args()
    NG = Namespace(ng_namespace(args.ontology))
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    if not args.empty:
        gold = json.loads((HERE.parent / "gold.json").read_text(encoding="utf-8"))
        base = "urn:heldout23:"
        node = {}
        for i, e in enumerate(gold["entities"]):
            n = URIRef(f"{base}entity/{i}")
            node[e["name"]] = n
            g.add((n, RDF.type, NG[e["type"]]))
            g.add((n, RDFS.label, Literal(e["name"])))
            for a in e["aliases"]:
                g.add((n, SKOS.altLabel, Literal(a)))
        for i, q in enumerate(gold["quotes"]):
            qn = URIRef(f"{base}quote/{i}")
            g.add((qn, RDF.type, NG.Quotation))
            g.add((qn, NG.text, Literal(q["key"])))
            g.add((node[q["speaker"]], NG.said, qn))
            g.add((qn, NG.speaker, node[q["speaker"]]))
        territories = [e for e in gold["entities"] if e["type"] == "Territory"]
        for s in gold["stances"]:
            wanted = [norm(t) for t in s["territory_any"]]
            (terr,) = [e for e in territories
                       if any(w in norm(x) for w in wanted for x in [e["name"], *e["aliases"]])]
            g.add((node[s["country"]], NG[s["stance"]], node[terr["name"]]))
        for i, p in enumerate(gold["positions"]):
            pn = URIRef(f"{base}position/{i}")
            g.add((pn, RDF.type, NG.Position))
            title = p["title_any"][0]
            org = None
            for o in p["of_any"]:
                cands = [e for e in gold["entities"] if e["type"] in ("Organization", "Country", "Place")
                         and any(norm(o) in norm(x) for x in [e["name"], *e["aliases"]])]
                if len(cands) == 1:
                    org = node[cands[0]["name"]]
                    break
            if org is not None:
                g.add((pn, NG.positionIn, org))
            elif p["of_any"]:
                title = f"{title} of {p['of_any'][0]}"
            g.add((pn, NG.title, Literal(title)))
            g.add((node[p["person"]], NG.holdsPosition, pn))
        for r in gold["relations"]:
            g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
    if args.empty:  # rdflib drops unused prefixes, so write the binding by hand
        Path(args.out).write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
    else:
        g.serialize(destination=args.out, format="turtle")
    print(f"wrote {args.out} ({len(g)} triples, ng: <{NG}>)")


if __name__ == "__main__":
    main()
