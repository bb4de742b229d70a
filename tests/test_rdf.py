"""graph.rdf: facts and entities as RDF; merging facts read from near-duplicate articles."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.models import ArticleFacts, Evidence, Mention, Quote, Stance, TerritoryRef
from graph.namespace import NG, mint_article, mint_entity
from graph.pipeline import build, serialize_turtle
from graph.rdf import _speaks_for_state, build_graph, fact_key

XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
ENTITY_CLASSES = {NG.Person, NG.Organization, NG.MediaOutlet, NG.Country, NG.Territory, NG.Place}


def raw_slice(articles: dict, article_iri: URIRef, start: int, end: int) -> str:
    by_iri = {mint_article(aid): art for aid, art in articles.items()}
    return by_iri[article_iri].raw[start:end]


# --------------------------------------------------------------------------- fact_key

@pytest.mark.parametrize("a, b", [
    ("We will recognise it", "We will recognize it"),
    ("a good neighbour", "a good neighbor"),
    ("the colour of it", "the color of it"),
    ("the organisation", "the organization"),
    ("the centre of Strelsau", "the center of Strelsau"),
    ("We will analyse it", "We will analyze it"),
    ("“We will WIN,” she said", "\"we will win\" she said"),
    ("Anna Berg’s plan", "Anna Berg's plan"),
    ("We recognised it", "We recognized it"),
] + [pytest.param(a, b) for a, b in [
    ("our neighbours", "our neighbors"),
    ("we honoured it", "we honored it"),
    ("a favourable sign", "a favorable sign"),
    ("we are recognising it", "we are recognizing it"),
    ("the organisations", "the organizations"),
    ("we analysed it", "we analyzed it"),
]])
def test_rdf_fact_key_folds_spelling_case_and_punctuation(a: str, b: str) -> None:
    assert fact_key(a) == fact_key(b)


@pytest.mark.parametrize("a, b", [("We will win", "We will lose"), ("We will win", "We will not win")])
def test_rdf_fact_key_keeps_different_texts_apart(a: str, b: str) -> None:
    assert fact_key(a) != fact_key(b)


# --------------------------------------------------------------------------- hand-made facts

def test_rdf_quote_in_near_duplicates_is_one_quotation_with_two_sources(quote_graph: Graph) -> None:
    g = quote_graph
    quotes = set(g.subjects(RDF.type, NG.Quotation))
    assert len(quotes) == 1
    q = quotes.pop()
    assert set(g.objects(q, NG.source)) == {mint_article("uk.txt"), mint_article("us.txt")}
    assert len(set(g.objects(q, NG.occurrence))) == 2
    assert list(g.objects(q, NG.text)) == [Literal("We will honour the treaty")]
    assert len(list(g.objects(q, NG.evidence))) == 1
    assert list(g.objects(q, NG.attributionStatus)) == [Literal("direct")]
    assert list(g.objects(q, NG.cue)) == [Literal("say")]
    berg = mint_entity("anna-berg")
    assert list(g.objects(q, NG.speaker)) == [berg]
    assert list(g.subjects(NG.said, q)) == [berg]
    assert (berg, RDF.type, NG.Person) in g


def test_rdf_each_occurrence_points_at_the_quoted_words_in_its_raw_file(quote_graph: Graph, hand_facts) -> None:
    g = quote_graph
    q = next(g.subjects(RDF.type, NG.Quotation))
    seen = {}
    for occ in g.objects(q, NG.occurrence):
        assert (occ, RDF.type, NG.Occurrence) in g
        src = g.value(occ, NG.source)
        start, end = g.value(occ, NG.charStart).toPython(), g.value(occ, NG.charEnd).toPython()
        seen[src] = raw_slice(hand_facts.articles, src, start, end)
        assert "Anna Berg said" in str(g.value(occ, NG.evidence))
    assert seen == {mint_article("uk.txt"): "We will honour the treaty",
                    mint_article("us.txt"): "We will honor the treaty"}
    # the quotation's own offsets are those of its first source
    start, end = g.value(q, NG.charStart).toPython(), g.value(q, NG.charEnd).toPython()
    assert raw_slice(hand_facts.articles, mint_article("uk.txt"), start, end) == "We will honour the treaty"


def test_rdf_article_metadata(quote_graph: Graph) -> None:
    g = quote_graph
    uk, us = mint_article("uk.txt"), mint_article("us.txt")
    assert (uk, RDF.type, NG.Article) in g
    assert g.value(uk, NG.fileName) == Literal("uk.txt")
    assert g.value(uk, NG.title) == Literal("Treaty Talks in Strelsau")
    assert g.value(uk, NG.datePublished) == Literal("2023-03-03", datatype=XSD_DATE)
    author = g.value(uk, NG.author)
    assert (author, RDF.type, NG.Person) in g and g.value(author, RDFS.label) == Literal("Karl Weber")
    outlet = g.value(uk, NG.outlet)
    assert g.value(outlet, RDFS.label) == Literal("Daily Planet")
    assert g.value(outlet, RDF.type) in {NG.Organization, NG.MediaOutlet}
    assert (uk, NG.nearDuplicateOf, us) in g and (us, NG.nearDuplicateOf, uk) in g
    assert (uk, NG.mentions, mint_entity("anna-berg")) in g


def test_rdf_every_entity_has_one_class_and_one_label(quote_graph: Graph) -> None:
    g = quote_graph
    entities = {s for s, o in g.subject_objects(RDF.type) if o in ENTITY_CLASSES}
    assert {str(g.value(e, RDFS.label)) for e in entities} >= {"Anna Berg", "Karl Weber", "Daily Planet", "Strelsau"}
    for e in entities:
        assert len(list(g.objects(e, RDF.type))) == 1
        assert len(list(g.objects(e, RDFS.label))) == 1


def test_rdf_near_duplicates_mention_the_same_entities(quote_graph: Graph) -> None:
    g = quote_graph
    mentioned = {a: set(g.objects(a, NG.mentions)) for a in (mint_article("uk.txt"), mint_article("us.txt"))}
    assert mentioned[mint_article("uk.txt")] == mentioned[mint_article("us.txt")]


def test_rdf_quote_by_a_place_gets_no_speaker(hand_facts) -> None:
    f1 = hand_facts.facts[0]
    place = next(nm.mention for nm in f1.mentions if nm.mention.text == "Strelsau")
    q = f1.quotes[0]
    odd = Quote(text=q.text, start=q.start, end=q.end, speaker=place, cue="say", evidence=q.evidence)
    facts = [ArticleFacts(article=f1.article, mentions=f1.mentions, quotes=(odd,))]
    g, _ = build_graph(facts, hand_facts.res)
    quote = next(g.subjects(RDF.type, NG.Quotation))
    assert g.value(quote, NG.speaker) is None
    assert not list(g.subjects(NG.said, None))


def test_rdf_stance_holder_seat_of_power_maps_to_its_country(hand_facts) -> None:
    from graph.entities import resolve_entities
    from graph.mentions import NameMention

    f1 = hand_facts.facts[0]
    art = f1.article
    kremlin = Mention(art.id, 0, 7, "Kremlin", "ORG", kb_id="Kremlin")
    ev = Evidence(art.id, 0, len(art.text), art.text)
    stance = Stance(holder=kremlin, territory=TerritoryRef(None, "Freedonia"), stance="doesNotRecognise",
                    cue="refused to recognise", evidence=ev)
    facts = [ArticleFacts(article=art, mentions=(NameMention(kremlin),), stances=(stance,))]
    res = resolve_entities([NameMention(kremlin)])
    g, stats = build_graph(facts, res)
    russia, freedonia = mint_entity("russia"), mint_entity("freedonia")
    assert (russia, NG.doesNotRecognise, freedonia) in g
    assert (russia, RDF.type, NG.Country) in g and (freedonia, RDF.type, NG.Territory) in g
    node = next(g.subjects(RDF.type, NG.RecognitionStance))
    assert g.value(node, NG.country) == russia and g.value(node, NG.territory) == freedonia
    assert g.value(node, NG.holder) == mint_entity("kremlin")
    assert stats.facts["recognition stances"] == 1
    from graph.validate import validate_graph

    assert validate_graph(g) == (True, [])


@pytest.mark.parametrize("text, label, spoken", [
    ("Friends of Varn Library", "ORG", True),  # a named body no mention reading produced
    ("group", "ORG", False),  # a bare noun is no name
    ("the group", "ORG", False),
])
def test_rdf_named_body_speaker_without_a_mention_gets_a_node(hand_facts, text, label, spoken) -> None:
    f1 = hand_facts.facts[0]
    q = f1.quotes[0]
    body = Mention(f1.article.id, q.start, q.start + len(text), text, label)
    said = Quote(text=q.text, start=q.start, end=q.end, speaker=body, cue="say", evidence=q.evidence)
    g, _ = build_graph([ArticleFacts(article=f1.article, mentions=f1.mentions, quotes=(said,))], hand_facts.res)
    quote = next(g.subjects(RDF.type, NG.Quotation))
    speaker = g.value(quote, NG.speaker)
    if spoken:
        assert speaker is not None and (speaker, RDF.type, NG.Organization) in g
        assert g.value(speaker, RDFS.label) == Literal(text)
    else:
        assert speaker is None


def test_rdf_stance_demonym_inside_a_body_name_holds_for_the_state() -> None:
    from graph.entities import resolve_entities
    from graph.mentions import NameMention
    from graph.models import Article

    text = "The Jordanian Ministry of Foreign Affairs said the Kingdom backs Chad."
    art = Article(id="a.txt", path="a.txt", raw=text, text=text)
    ministry = Mention(art.id, 4, 41, "Jordanian Ministry of Foreign Affairs", "ORG")
    demonym = Mention(art.id, 4, 13, "Jordanian", "COUNTRY", kb_id="Jordan")  # inside the body's name
    ev = Evidence(art.id, 0, len(text), text)
    stance = Stance(holder=demonym, territory=TerritoryRef(None, "Varn Islands"), stance="recognises",
                    cue="backs", evidence=ev)
    res = resolve_entities([NameMention(ministry)])
    g, _ = build_graph([ArticleFacts(article=art, mentions=(NameMention(ministry),), stances=(stance,))], res)
    assert (mint_entity("jordan"), NG.recognises, mint_entity("varn-islands")) in g


def test_rdf_base_namespace_is_used_for_every_node(hand_facts) -> None:
    base = "https://example.org/kg/"
    g, _ = build_graph(hand_facts.facts, hand_facts.res, hand_facts.duplicates, base=base)
    nodes = {n for t in g for n in (t[0], t[2]) if isinstance(n, URIRef)}
    ours = {n for n in nodes if not str(n).startswith(("https://w3id.org/kg-news/ontology#", "http://www.w3.org/"))}
    assert ours and all(str(n).startswith(base) for n in ours)


def test_rdf_hand_graph_turtle_round_trip(quote_graph: Graph) -> None:
    assert isomorphic(quote_graph, Graph().parse(data=serialize_turtle(quote_graph), format="turtle"))


# --------------------------------------------------------------------------- the built graph (model)

@pytest.mark.model
def test_rdf_built_graph_turtle_round_trip(built_graph) -> None:
    out, _report = built_graph
    data = (out / "graph.ttl").read_bytes()
    g = Graph().parse(data=data, format="turtle")
    assert len(g) > 50
    again = Graph().parse(data=serialize_turtle(g), format="turtle")
    assert isomorphic(g, again)


@pytest.mark.model
def test_rdf_serialize_turtle_is_byte_identical_across_builds(built_graph, tiny_corpus: Path) -> None:
    out, _report = built_graph
    g, _ = build(tiny_corpus)
    assert serialize_turtle(g) == (out / "graph.ttl").read_bytes()


@pytest.mark.model
@pytest.mark.slow
def test_rdf_entity_iris_are_the_same_in_another_process(built_graph, tiny_corpus: Path, tmp_path: Path) -> None:
    """A fresh interpreter with another hash seed writes the same graph (same entity IRIs)."""
    out, _report = built_graph
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    env.pop("KG_BASE", None)
    subprocess.run([sys.executable, "-m", "graph.cli", "build", str(tiny_corpus), "--out", str(tmp_path),
                    "--no-view", "--quiet"], check=True, env=env, capture_output=True, timeout=300)
    mine = Graph().parse(out / "graph.ttl")
    theirs = Graph().parse(tmp_path / "graph.ttl")

    def entities(g: Graph) -> set:
        return {s for s, o in g.subject_objects(RDF.type) if o in ENTITY_CLASSES}

    assert entities(mine) and entities(mine) == entities(theirs)
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


@pytest.mark.parametrize("title,expected", [
    ("president", True),
    ("defense secretary", True),
    ("interior minister", True),
    ("foreign ministry spokesperson", True),
    ("deputy foreign minister", False),
    ("ambassador", False),
    ("senior research fellow", False),
])
def test_rdf_office_holder_speaks_for_the_state(title, expected):
    assert _speaks_for_state(title, frozenset({"president", "prime minister"})) is expected


@pytest.mark.parametrize("credits,holders", [
    (("Ana Berg / Kestrel Photo",), ("Strelsau Media Holdings",)),
    ((), ("Strelsau Media Holdings", "Kestrel Radio")),
])
def test_rdf_copyright_holder_is_no_photo_credit(hand_facts, credits, holders) -> None:
    import dataclasses

    from graph.validate import validate_graph

    f1 = hand_facts.facts[0]
    art = dataclasses.replace(f1.article, photo_credits=credits, copyright_holders=holders)
    g, _ = build_graph([ArticleFacts(article=art, mentions=f1.mentions)], hand_facts.res)
    node = mint_article(art.id)
    assert {str(o) for o in g.objects(node, NG.copyrightHolder)} == set(holders)
    assert {str(o) for o in g.objects(node, NG.photoCredit)} == set(credits)
    assert validate_graph(g) == (True, [])
