"""Check 2: build a Turtle graph from the gold itself, following score.py's output contract.

    python make_graph.py GOLD.json OUT.ttl
"""
import json, re, sys
from pathlib import Path
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

NG = Namespace("https://w3id.org/kg-news/ontology#")   # the namespace bound in ontology/kg.ttl
EX = Namespace("https://example.org/heldout22/")
gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
g = Graph(); g.bind("ng", NG); g.bind("skos", SKOS)

def slug(s): return re.sub(r"\W+", "_", s).strip("_")
node = {}
for e in gold["entities"]:
    n = EX["e/" + slug(e["name"])]
    assert n not in node.values(), e["name"]
    node[e["name"]] = n
    g.add((n, RDF.type, NG[e["type"]]))
    g.add((n, RDFS.label, Literal(e["name"])))
    for a in e["aliases"]:
        g.add((n, SKOS.altLabel, Literal(a)))
names = {e["name"]: [e["name"], *e["aliases"]] for e in gold["entities"]}
for i, q in enumerate(gold["quotes"]):
    qn = EX[f"q/{i}"]
    g.add((node[q["speaker"]], NG.said, qn))
    g.add((qn, RDF.type, NG.Quotation))
    g.add((qn, NG.text, Literal(q["key"])))
terr = [e for e in gold["entities"] if e["type"] == "Territory"]
for s in gold["stances"]:
    t = [e["name"] for e in terr if any(x.casefold() in l.casefold() for x in s["territory_any"] for l in names[e["name"]])]
    assert len(t) == 1, s
    g.add((node[s["country"]], NG[s["stance"]], node[t[0]]))
for i, p in enumerate(gold["positions"]):
    pn = EX[f"p/{i}"]
    g.add((node[p["person"]], NG.holdsPosition, pn))
    g.add((pn, RDF.type, NG.Position))
    title = p["title_any"][0] + (" " + p["of_any"][0] if p["of_any"] else "")
    g.add((pn, NG.title, Literal(title)))
    for o in p["of_any"][:1]:
        ent = [n for n, al in names.items() if o in al]
        if ent:
            g.add((pn, NG.positionIn, node[ent[0]]))
for r in gold["relations"]:
    g.add((node[r["subject"]], NG[r["predicate"]], node[r["object"]]))
g.serialize(sys.argv[2], format="turtle")
print("triples", len(g))
