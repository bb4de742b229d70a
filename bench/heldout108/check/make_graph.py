"""Build a Turtle graph from gold.json through the output contract score.py reads."""
import json, sys
from pathlib import Path
from rdflib import Graph, Namespace, Literal, RDF, RDFS, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")
EX = Namespace("https://example.org/" + Path(sys.argv[1]).resolve().parent.name + "/")
gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
g = Graph(); g.bind("ng", NG); g.bind("skos", SKOS)
node = {}
for i, e in enumerate(gold["entities"]):
    n = EX[f"e{i}"]; node[e["name"]] = n
    g.add((n, RDF.type, NG[e["type"]])); g.add((n, RDFS.label, Literal(e["name"])))
    for a in e["aliases"]:
        g.add((n, SKOS.altLabel, Literal(a)))
for i, q in enumerate(gold["quotes"]):
    if q["status"] != "required":
        continue
    qn = EX[f"q{i}"]
    g.add((qn, RDF.type, NG.Quotation)); g.add((qn, NG.text, Literal(q["key"])))
    g.add((node[q["speaker"]], NG.said, qn))
for s in gold["stances"]:
    terr = next(e["name"] for e in gold["entities"] if e["name"] in s["territory_any"] or set(e["aliases"]) & set(s["territory_any"]))
    g.add((node[s["country"]], NG[s["stance"]], node[terr]))
for i, p in enumerate(gold["positions"]):
    pn = EX[f"p{i}"]
    g.add((node[p["person"]], NG.holdsPosition, pn)); g.add((pn, RDF.type, NG.Position))
    g.add((pn, NG.title, Literal(p["title_any"][0] + (" of " + p["of_any"][0] if p["of_any"] else ""))))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
sys.stdout.write(g.serialize(format="turtle"))
