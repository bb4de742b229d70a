#!/usr/bin/env python3
"""Build a Turtle graph from bench/heldout25/gold.json (a perfect answer, used to check the gold).

    python check/make_graph.py OUT.ttl [--empty] [--ontology ontology/kg.ttl]

`ng:` is bound to the namespace of the `@prefix ng:` line of the ontology (only that line is read).
With --empty the graph only binds `ng:` and holds no triples.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

HERE = Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parents[1]
EX = Namespace("https://example.org/heldout25/")


def ng_namespace(ontology: Path) -> str:
    for line in ontology.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*@prefix\s+ng:\s*<([^>]+)>", line)
        if m:
            return m.group(1)
    sys.exit(f"make_graph: no '@prefix ng:' line in {ontology}")


def load_norm(score_path: Path):
    spec = importlib.util.spec_from_file_location("score", score_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.norm


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--empty", action="store_true")
    ap.add_argument("--ontology", type=Path, default=ROOT / "ontology" / "kg.ttl")
    ap.add_argument("--score", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--gold", type=Path, default=SET / "gold.json")
    args = ap.parse_args()
    NG = Namespace(ng_namespace(args.ontology))
    g = Graph()
    g.bind("ng", NG)
    g.bind("skos", SKOS)
    g.bind("ex", EX)
    if args.empty:
        args.out.write_text(f"@prefix ng: <{NG}> .\n", encoding="utf-8")
        return 0
    norm = load_norm(args.score)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))

    node: dict[str, URIRef] = {}
    by_label: dict[str, URIRef] = {}
    for i, e in enumerate(gold["entities"]):
        n = EX[f"entity/{i}"]
        node[e["name"]] = n
        g.add((n, RDF.type, NG[e["type"]]))
        g.add((n, RDFS.label, Literal(e["name"])))
        for a in e["aliases"]:
            g.add((n, SKOS.altLabel, Literal(a)))
        for lab in [e["name"], *e["aliases"]]:
            by_label[norm(lab)] = n

    for i, q in enumerate(gold["quotes"]):
        qn = EX[f"quote/{i}"]
        g.add((qn, RDF.type, NG.Quotation))
        g.add((qn, NG.text, Literal(q["key"])))
        g.add((node[q["speaker"]], NG.said, qn))

    territories = [e for e in gold["entities"] if e["type"] == "Territory"]
    for s in gold["stances"]:
        hits = [t["name"] for t in territories
                if any(norm(k) in norm(n) for k in s["territory_any"] for n in [t["name"], *t["aliases"]])]
        assert len(hits) == 1, s
        g.add((node[s["country"]], NG[s["stance"]], node[hits[0]]))

    for i, p in enumerate(gold["positions"]):
        pn = EX[f"position/{i}"]
        g.add((node[p["person"]], NG.holdsPosition, pn))
        g.add((pn, RDF.type, NG.Position))
        g.add((pn, NG.title, Literal(p["title_any"][0])))
        if p["of_any"]:
            org = by_label.get(norm(p["of_any"][0]))
            if org is None:  # a name that is no gold entity: an untyped node carrying the label
                org = EX[f"position/{i}/org"]
                g.add((org, RDFS.label, Literal(p["of_any"][0])))
            g.add((pn, NG.positionIn, org))

    for r in gold["relations"]:
        g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))

    g.serialize(destination=str(args.out), format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
