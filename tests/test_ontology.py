"""The ontology (ontology/kg.ttl), its SHACL shapes and the named SPARQL queries."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.plugins.sparql import prepareQuery

from graph.namespace import NG, NG_IRI

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
KG_TTL = ONTOLOGY / "kg.ttl"
SHAPES_TTL = ONTOLOGY / "shapes.ttl"
QUERIES = sorted((ONTOLOGY / "queries").glob("*.rq"))

SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = Namespace("https://w3id.org/kg-news/id/")
# a plain Namespace: pytest probes module attributes, and rdflib.XSD warns on unknown names
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

NG_TERMS = sorted(NG.__annotations__)
CLASSES = {"Entity", "Person", "Organization", "MediaOutlet", "Country", "Territory", "Place",
           "Article", "Quotation", "RecognitionStance", "Position", "RelationStatement", "Occurrence"}
EXPECTED_QUERIES = {
    "who-said-what", "quotes-of-person", "who-said-what-about", "disputed-quotes",
    "recognition-stances", "stances-by-country", "territories-and-recognisers", "positions-held",
    "office-holders", "entity-everything", "provenance", "articles",
}
PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s*=\s*(.*?)\s*$")


@pytest.fixture(scope="module")
def kg() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


# --------------------------------------------------------------------------
# A small graph that follows the contract
# --------------------------------------------------------------------------

A1, A2 = ID["article/000-a-txt"], ID["article/001-b-txt"]
TOKAYEV, PUTIN, MEDVEDEV = ID["kassym-jomart-tokayev"], ID["vladimir-putin"], ID["dmitry-medvedev"]
KEOSAYAN, SIMONYAN = ID["tigran-keosayan"], ID["margarita-simonyan"]
KAZAKHSTAN, RUSSIA, UKRAINE = ID["kazakhstan"], ID["russia"], ID["ukraine"]
ANNEXED = ID["territory-in-ukraine-annexed-by-russia"]
CRIMEA, MOSCOW = ID["crimea"], ID["moscow"]
KREMLIN, CSTO, GUARDIAN = ID["kremlin"], ID["csto"], ID["the-guardian"]
QUOTE, STANCE, POSITION, RELATION = ID["quote/1"], ID["stance/1"], ID["position/1"], ID["relation/1"]
OCC_Q1, OCC_Q2, OCC_S, OCC_P, OCC_R = (ID[f"occurrence/{i}"] for i in range(1, 6))


def conforming_graph() -> Graph:
    """One of each kind of node, as the graph builder writes them."""
    g = Graph()
    g.bind("ng", NG_IRI)
    g.bind("skos", SKOS)

    def entity(iri: URIRef, cls: URIRef, name: str, *aliases: str) -> None:
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(name)))
        for alias in aliases:
            g.add((iri, SKOS.altLabel, Literal(alias)))

    entity(TOKAYEV, NG.Person, "Kassym-Jomart Tokayev", "Tokayev")
    entity(PUTIN, NG.Person, "Vladimir Putin", "Putin")
    entity(MEDVEDEV, NG.Person, "Dmitry Medvedev", "Medvedev")
    entity(KEOSAYAN, NG.Person, "Tigran Keosayan", "Keosayan")
    entity(SIMONYAN, NG.Person, "Margarita Simonyan")
    entity(KAZAKHSTAN, NG.Country, "Kazakhstan")
    entity(RUSSIA, NG.Country, "Russia", "Russian Federation")
    entity(UKRAINE, NG.Country, "Ukraine")
    entity(ANNEXED, NG.Territory, "territory in Ukraine annexed by Russia")
    entity(CRIMEA, NG.Territory, "Crimea")
    entity(MOSCOW, NG.Place, "Moscow")
    entity(KREMLIN, NG.Organization, "Kremlin")
    entity(CSTO, NG.Organization, "Collective Security Treaty Organization", "CSTO")
    entity(GUARDIAN, NG.MediaOutlet, "The Guardian")  # typed MediaOutlet only

    for art, name in ((A1, "000_a.txt"), (A2, "001_b.txt")):
        g.add((art, RDF.type, NG.Article))
        g.add((art, NG.fileName, Literal(name)))
        g.add((art, NG.mentions, TOKAYEV))
        g.add((art, NG.mentions, KAZAKHSTAN))
    g.add((A1, NG.title, Literal("Kazakhstan distances itself from Russia")))
    g.add((A1, NG.author, KEOSAYAN))
    g.add((A1, NG.datePublished, Literal("2022-12-01", datatype=XSD.date)))
    g.add((A1, NG.url, Literal("https://example.org/a", datatype=XSD.anyURI)))
    g.add((A1, NG.outlet, GUARDIAN))
    g.add((A1, NG.photoCredit, Literal("Someone / AP")))
    g.add((A1, NG.nearDuplicateOf, A2))
    g.add((A2, NG.nearDuplicateOf, A1))

    evidence = "“There will be no order until the Russians get there,” Medvedev said."
    g.add((MEDVEDEV, NG.said, QUOTE))
    g.add((QUOTE, RDF.type, NG.Quotation))
    g.add((QUOTE, NG.text, Literal("There will be no order until the Russians get there.")))
    g.add((QUOTE, NG.speaker, MEDVEDEV))
    g.add((QUOTE, NG.cue, Literal("say")))
    g.add((QUOTE, NG.attributionStatus, Literal("denied")))
    g.add((QUOTE, NG.evidence, Literal(evidence)))
    g.add((QUOTE, NG.charStart, Literal(101)))
    g.add((QUOTE, NG.charEnd, Literal(153)))
    for occ, art, start in ((OCC_Q1, A1, 101), (OCC_Q2, A2, 99)):
        g.add((QUOTE, NG.source, art))
        g.add((QUOTE, NG.occurrence, occ))
        g.add((occ, RDF.type, NG.Occurrence))
        g.add((occ, NG.source, art))
        g.add((occ, NG.evidence, Literal(evidence)))
        g.add((occ, NG.charStart, Literal(start)))
        g.add((occ, NG.charEnd, Literal(start + 52)))

    stance_ev = "The president, Kassym-Jomart Tokayev, has refused to recognise Russia’s annexation of territory in Ukraine."
    g.add((KAZAKHSTAN, NG.doesNotRecognise, ANNEXED))
    g.add((STANCE, RDF.type, NG.RecognitionStance))
    g.add((STANCE, NG.country, KAZAKHSTAN))
    g.add((STANCE, NG.territory, ANNEXED))
    g.add((STANCE, NG.stance, Literal("doesNotRecognise")))
    g.add((STANCE, NG.holder, TOKAYEV))
    g.add((STANCE, NG.cue, Literal("refused to recognise")))
    g.add((STANCE, NG.source, A1))
    g.add((STANCE, NG.evidence, Literal(stance_ev)))
    g.add((STANCE, NG.datePublished, Literal("2022-12-01", datatype=XSD.date)))
    g.add((STANCE, NG.occurrence, OCC_S))
    g.add((OCC_S, RDF.type, NG.Occurrence))
    g.add((OCC_S, NG.source, A1))
    g.add((OCC_S, NG.evidence, Literal(stance_ev)))
    g.add((OCC_S, NG.charStart, Literal(10)))
    g.add((OCC_S, NG.charEnd, Literal(40)))

    pos_ev = "In August, former Russian president and deputy head of Russian Security Council, Dmitry Medvedev, reportedly posted remarks."
    g.add((MEDVEDEV, NG.holdsPosition, POSITION))
    g.add((POSITION, RDF.type, NG.Position))
    g.add((POSITION, NG.title, Literal("president")))
    g.add((POSITION, NG.positionIn, RUSSIA))
    g.add((POSITION, NG.former, Literal(True)))
    g.add((POSITION, NG.source, A1))
    g.add((POSITION, NG.evidence, Literal(pos_ev)))
    g.add((POSITION, NG.occurrence, OCC_P))
    g.add((OCC_P, RDF.type, NG.Occurrence))
    g.add((OCC_P, NG.source, A1))
    g.add((OCC_P, NG.evidence, Literal(pos_ev)))

    rel_ev = "Keosayan, who is married to the RT editor-in-chief Margarita Simonyan, said on his channel."
    g.add((KEOSAYAN, NG.spouse, SIMONYAN))
    g.add((RELATION, RDF.type, NG.RelationStatement))
    g.add((RELATION, NG.relSubject, KEOSAYAN))
    g.add((RELATION, NG.relation, NG.spouse))
    g.add((RELATION, NG.relObject, SIMONYAN))
    g.add((RELATION, NG.source, A1))
    g.add((RELATION, NG.evidence, Literal(rel_ev)))
    g.add((RELATION, NG.occurrence, OCC_R))
    g.add((OCC_R, RDF.type, NG.Occurrence))
    g.add((OCC_R, NG.source, A1))
    g.add((OCC_R, NG.evidence, Literal(rel_ev)))

    # direct relations without statements are checked by the shapes too
    g.add((KAZAKHSTAN, NG.sharesBorderWith, RUSSIA))
    g.add((RUSSIA, NG.invaded, UKRAINE))
    g.add((RUSSIA, NG.annexed, CRIMEA))
    g.add((UKRAINE, NG.claims, CRIMEA))
    g.add((KAZAKHSTAN, NG.memberOf, CSTO))
    g.add((KREMLIN, NG.locatedIn, MOSCOW))
    g.add((MOSCOW, NG.locatedIn, RUSSIA))
    return g


def _conforms(data: Graph, shapes: Graph, kg: Graph | None) -> tuple[bool, Graph, str]:
    conforms, report, text = validate(data, shacl_graph=shapes, ont_graph=kg, inference="none")
    return bool(conforms), report, text


# --------------------------------------------------------------------------
# kg.ttl
# --------------------------------------------------------------------------

@pytest.mark.parametrize("path", [KG_TTL, SHAPES_TTL], ids=lambda p: p.name)
def test_ontology_files_parse(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 0


def test_ontology_has_header_with_version_and_contract(kg: Graph) -> None:
    ontologies = list(kg.subjects(RDF.type, OWL.Ontology))
    assert len(ontologies) == 1
    header = ontologies[0]
    assert kg.value(header, OWL.versionInfo) is not None
    assert "contract" in str(kg.value(header, RDFS.comment)).lower()


@pytest.mark.parametrize("name", NG_TERMS)
def test_ontology_declares_every_ng_term(kg: Graph, name: str) -> None:
    term = NG[name]
    types = set(kg.objects(term, RDF.type))
    if name in CLASSES:
        assert OWL.Class in types
    else:
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"{name} is not declared as a property"
    label, comment = kg.value(term, RDFS.label), kg.value(term, RDFS.comment)
    assert isinstance(label, Literal) and label.language == "en" and str(label).strip()
    assert isinstance(comment, Literal) and comment.language == "en" and len(str(comment)) > 10


def test_ontology_declares_nothing_outside_ng(kg: Graph) -> None:
    known = {NG[name] for name in NG_TERMS}
    used = {node for triple in kg for node in triple
            if isinstance(node, URIRef) and str(node).startswith(NG_IRI)}
    assert used - known == set()
    assert known - used == set()


def test_ontology_entity_classes_are_subclasses_of_entity(kg: Graph) -> None:
    for name in ("Person", "Organization", "Country", "Territory", "Place"):
        assert (NG[name], RDFS.subClassOf, NG.Entity) in kg
    assert (NG.MediaOutlet, RDFS.subClassOf, NG.Organization) in kg


@pytest.mark.parametrize(
    ("term", "predicate", "external"),
    [
        (NG.Person, RDFS.subClassOf, SCHEMA.Person),
        (NG.Person, RDFS.subClassOf, FOAF.Person),
        (NG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (NG.Organization, RDFS.subClassOf, FOAF.Organization),
        (NG.Country, RDFS.subClassOf, SCHEMA.Country),
        (NG.Place, RDFS.subClassOf, SCHEMA.Place),
        (NG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (NG.Article, RDFS.subClassOf, PROV.Entity),
        (NG.Quotation, RDFS.subClassOf, SCHEMA.Quotation),
        (NG.source, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (NG.author, RDFS.subPropertyOf, SCHEMA.author),
        (NG.datePublished, RDFS.subPropertyOf, SCHEMA.datePublished),
        (NG.url, RDFS.subPropertyOf, SCHEMA.url),
        (NG.mentions, RDFS.subPropertyOf, SCHEMA.mentions),
        (NG.spouse, RDFS.subPropertyOf, SCHEMA.spouse),
        (NG.memberOf, RDFS.subPropertyOf, SCHEMA.memberOf),
        (NG.locatedIn, RDFS.subPropertyOf, SCHEMA.containedInPlace),
        (NG.text, RDFS.subPropertyOf, SCHEMA.text),
    ],
)
def test_ontology_aligns_with_schema_foaf_prov(kg: Graph, term: URIRef, predicate: URIRef, external: URIRef) -> None:
    assert (term, predicate, external) in kg


@pytest.mark.parametrize("name", ["spouse", "sharesBorderWith", "nearDuplicateOf"])
def test_ontology_marks_symmetric_properties(kg: Graph, name: str) -> None:
    assert (NG[name], RDF.type, OWL.SymmetricProperty) in kg


@pytest.mark.parametrize(
    ("name", "datatype"),
    [("charStart", XSD.integer), ("charEnd", XSD.integer), ("datePublished", XSD.date),
     ("url", XSD.anyURI), ("former", XSD.boolean), ("fileName", XSD.string)],
)
def test_ontology_datatype_ranges(kg: Graph, name: str, datatype: URIRef) -> None:
    assert (NG[name], RDF.type, OWL.DatatypeProperty) in kg
    assert (NG[name], RDFS.range, datatype) in kg


# --------------------------------------------------------------------------
# shapes.ttl
# --------------------------------------------------------------------------

def test_ontology_every_shape_is_named(shapes: Graph) -> None:
    property_shapes = set(shapes.subjects(SH.path, None))
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert property_shapes and node_shapes
    for shape in property_shapes | node_shapes:
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.message) is not None, shape


@pytest.mark.parametrize("with_ontology", [True, False], ids=["merged", "alone"])
def test_ontology_conforming_graph_conforms(kg: Graph, shapes: Graph, with_ontology: bool) -> None:
    conforms, _, text = _conforms(conforming_graph(), shapes, kg if with_ontology else None)
    assert conforms, text


def _remove(s: URIRef, p: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, None))


def _set(s: URIRef, p: URIRef, o) -> Callable[[Graph], None]:
    return lambda g: g.set((s, p, o))


def _add(*triples) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        for t in triples:
            g.add(t)
    return mutate


def _stance_by_person(g: Graph) -> None:
    g.remove((KAZAKHSTAN, NG.doesNotRecognise, ANNEXED))
    g.add((TOKAYEV, NG.doesNotRecognise, ANNEXED))
    g.set((STANCE, NG.country, TOKAYEV))


BROKEN = {
    "quotation without text": (_remove(QUOTE, NG.text), NG.text),
    "stance whose subject is a person": (_stance_by_person, NG.country),
    "recognises with a person as subject": (_add((TOKAYEV, NG.recognises, CRIMEA)), None),
    "charStart as a string": (_set(QUOTE, NG.charStart, Literal("101")), NG.charStart),
    "occurrence charStart as a string": (_set(OCC_S, NG.charStart, Literal("10")), NG.charStart),
    "position without title": (_remove(POSITION, NG.title), NG.title),
    "negative charEnd": (_set(QUOTE, NG.charEnd, Literal(-1)), NG.charEnd),
    "charStart after charEnd": (_set(QUOTE, NG.charStart, Literal(999)), NG.charStart),
    "unknown attribution status": (_set(QUOTE, NG.attributionStatus, Literal("maybe")), NG.attributionStatus),
    "quotation without source": (_remove(QUOTE, NG.source), NG.source),
    "quotation with two evidences": (_add((QUOTE, NG.evidence, Literal("another"))), NG.evidence),
    "quotation with two speakers": (_add((QUOTE, NG.speaker, PUTIN), (PUTIN, NG.said, QUOTE)), NG.speaker),
    "said by a quotation-less speaker": (_remove(MEDVEDEV, NG.said), None),
    "said by a non-entity": (_add((ID["nobody"], NG.said, QUOTE)), None),
    "entity with two labels": (_add((PUTIN, RDFS.label, Literal("Putin V."))), RDFS.label),
    "entity label with a language tag": (_set(PUTIN, RDFS.label, Literal("Vladimir Putin", lang="en")), RDFS.label),
    "entity without label": (_remove(CRIMEA, RDFS.label), RDFS.label),
    "article without fileName": (_remove(A2, NG.fileName), NG.fileName),
    "article date as a string": (_set(A1, NG.datePublished, Literal("2022-12-01")), NG.datePublished),
    "article url as a string": (_set(A1, NG.url, Literal("https://example.org/a")), NG.url),
    "author not a person": (_set(A1, NG.author, KAZAKHSTAN), NG.author),
    "unknown stance value": (_set(STANCE, NG.stance, Literal("maybe")), NG.stance),
    "stance without direct triple": (_remove(KAZAKHSTAN, NG.doesNotRecognise), None),
    "stance without evidence": (_remove(STANCE, NG.evidence), NG.evidence),
    "position held by a country": (_add((RUSSIA, NG.holdsPosition, POSITION)), None),
    "position former as a string": (_set(POSITION, NG.former, Literal("true")), NG.former),
    "position in two places": (_add((POSITION, NG.positionIn, KAZAKHSTAN)), NG.positionIn),
    "relation statement without object": (_remove(RELATION, NG.relObject), NG.relObject),
    "relation statement with unknown relation": (_set(RELATION, NG.relation, NG.mentions), NG.relation),
    "relation statement without direct triple": (_remove(KEOSAYAN, NG.spouse), None),
    "spouse of a country": (_add((KEOSAYAN, NG.spouse, RUSSIA)), NG.spouse),
    "invaded by a person": (_add((PUTIN, NG.invaded, UKRAINE)), None),
    "occurrence with two sources": (_add((OCC_R, NG.source, A2)), NG.source),
    "occurrence without evidence": (_remove(OCC_P, NG.evidence), NG.evidence),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_ontology_broken_graph_does_not_conform(kg: Graph, shapes: Graph, case: str) -> None:
    mutate, path = BROKEN[case]
    data = conforming_graph()
    mutate(data)
    conforms, report, text = _conforms(data, shapes, kg)
    assert not conforms, f"{case} conforms"
    if path is not None:
        paths = set(report.objects(None, SH.resultPath))
        assert path in paths, text
    for result in report.subjects(RDF.type, SH.ValidationResult):
        assert report.value(result, SH.resultMessage) is not None


# --------------------------------------------------------------------------
# queries
# --------------------------------------------------------------------------

def _metadata(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    meta: dict[str, str] = {}
    params: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = PARAM_LINE.match(line)
        if match:
            params[match.group(1)] = match.group(2)
        elif ":" in line:
            key, value = line[1:].split(":", 1)
            meta[key.strip()] = value.strip()
    return meta, params


def test_ontology_has_every_named_query() -> None:
    assert {p.stem for p in QUERIES} >= EXPECTED_QUERIES


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_ontology_query_parses_and_runs(path: Path) -> None:
    meta, params = _metadata(path)
    assert meta.get("title"), "missing # title:"
    assert meta.get("description"), "missing # description:"
    query = prepareQuery(path.read_text(encoding="utf-8"))
    for name in params:
        assert f"?{name}" in path.read_text(encoding="utf-8"), f"param {name} is not used"
    bindings = {name: Literal(value) for name, value in params.items()}
    rows = list(conforming_graph().query(query, initBindings=bindings))
    if not params:
        assert rows, f"{path.stem} returned nothing on the sample graph"


def _run(name: str, **params: str) -> list[dict[str, str]]:
    text = (ONTOLOGY / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    result = conforming_graph().query(text, initBindings={k: Literal(v) for k, v in params.items()})
    return [{str(k): str(v) for k, v in row.asdict().items()} for row in result]


def test_ontology_provenance_lists_every_fact_per_article() -> None:
    rows = _run("provenance")
    kinds = {(r["kind"], r["file"]) for r in rows}
    assert kinds == {("quotation", "000_a.txt"), ("quotation", "001_b.txt"), ("stance", "000_a.txt"),
                     ("position", "000_a.txt"), ("relation", "000_a.txt")}
    assert all(r["evidence"] for r in rows)
    summaries = {r["kind"]: r["summary"] for r in rows}
    assert summaries["quotation"].startswith("Dmitry Medvedev: ")
    assert summaries["stance"] == "Kazakhstan doesNotRecognise territory in Ukraine annexed by Russia"
    assert summaries["position"] == "Dmitry Medvedev: president (Russia)"
    assert summaries["relation"] == "Tigran Keosayan spouse Margarita Simonyan"


@pytest.mark.parametrize(
    ("name", "params", "column", "expected"),
    [
        ("quotes-of-person", {"person": "medvedev"}, "speakerLabel", {"Dmitry Medvedev"}),
        ("quotes-of-person", {"person": "Tokayev"}, "speakerLabel", set()),
        ("who-said-what-about", {"entity": "Russia"}, "speakerLabel", {"Dmitry Medvedev"}),
        ("who-said-what-about", {"entity": "Crimea"}, "speakerLabel", set()),
        ("stances-by-country", {"country": "kazakhstan"}, "territoryLabel", {"territory in Ukraine annexed by Russia"}),
        ("stances-by-country", {"country": "Russia"}, "territoryLabel", set()),
        ("office-holders", {"org": "russia"}, "personLabel", {"Dmitry Medvedev"}),
        ("disputed-quotes", {}, "status", {"denied"}),
        ("articles", {}, "file", {"000_a.txt", "001_b.txt"}),
        ("territories-and-recognisers", {}, "territoryLabel", {"Crimea", "territory in Ukraine annexed by Russia"}),
    ],
)
def test_ontology_query_results(name: str, params: dict[str, str], column: str, expected: set[str]) -> None:
    assert {row[column] for row in _run(name, **params) if column in row} == expected


def test_ontology_entity_everything_finds_both_directions() -> None:
    rows = _run("entity-everything", entity="Tokayev")
    assert {r["entityLabel"] for r in rows} == {"Kassym-Jomart Tokayev"}
    assert {("in", NG.mentions.toPython()), ("in", NG.holder.toPython()), ("out", str(RDF.type))} <= {
        (r["direction"], r["property"]) for r in rows}


def test_ontology_territories_lists_recognisers() -> None:
    rows = {r["territoryLabel"]: r for r in _run("territories-and-recognisers")}
    assert rows["territory in Ukraine annexed by Russia"]["notRecognisedBy"] == "Kazakhstan"
    assert "recognisedBy" not in rows["territory in Ukraine annexed by Russia"]
