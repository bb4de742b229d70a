"""Build a Turtle graph from gold.json through score.py's output contract:  make_graph.py GOLD OUT.ttl"""
import json, sys
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
gold = json.load(open(sys.argv[1], encoding="utf-8"))
g = Graph(); g.bind("ng", NG)
node = {}
for i, e in enumerate(gold["entities"]):
    n = URIRef(f"urn:heldout55:e{i}"); node[e["name"]] = n
    g.add((n, RDF.type, NG[e["type"]])); g.add((n, RDFS.label, Literal(e["name"])))
    for a in e["aliases"]:
        g.add((n, SKOS.altLabel, Literal(a)))
for q in gold["quotes"]:
    b = BNode(); g.add((node[q["speaker"]], NG.said, b)); g.add((b, RDF.type, NG.Quotation)); g.add((b, NG.text, Literal(q["key"])))
for s in gold["stances"]:
    terr = next(e["name"] for e in gold["entities"] if e["type"] in ("Territory", "Country")
                and any(t.casefold() in x.casefold() for t in s["territory_any"] for x in [e["name"], *e["aliases"]]))
    g.add((node[s["country"]], NG[s["stance"]], node[terr]))
for p in gold["positions"]:
    b = BNode(); g.add((node[p["person"]], NG.holdsPosition, b))
    title = p["title_any"][0] + (f" of {p['of_any'][0]}" if p["of_any"] else "")
    g.add((b, NG.title, Literal(title)))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
g.serialize(sys.argv[2], format="turtle")
