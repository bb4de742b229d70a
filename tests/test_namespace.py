"""graph.namespace: the ng: ontology terms and IRI minting from hostile names."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import _is_valid_uri

from graph.namespace import DEFAULT_BASE, NG, NG_IRI, MAX_SLUG, mint_article, mint_entity, mint_fact, slugify
from graph.pipeline import serialize_turtle

HOSTILE = {
    "double-quotes": 'Anna "the Hammer" Berg',
    "single-quotes": "Anna 'Annie' O’Berg",
    "spaces": "  Anna   Berg  ",
    "angle-brackets": "<script>alert(1)</script>",
    "braces": "{Daily} {Planet}",
    "pipe-backslash-caret": "|\\^`",
    "emoji": "😀🎉",
    "emoji-in-name": "Anna 🎉 Berg",
    "control-chars": "\x00\x01\x1f\x7f",
    "newline-tab": "Anna\nBerg\tDaily",
    "empty": "",
    "only-punctuation": "-_-",
    "long": "Ruritanian Institute for " + "Very " * 96 + "Long Names",
    "cyrillic": "Анна Берг",
    "accents": "Zoë Ågren-Núñez",
    "zero-width": "Anna\u200bBerg",
    "hash-slash-query": "Daily Planet #1 / news?x=1&y=2",
}
assert len(HOSTILE["long"]) >= 500


@pytest.mark.parametrize("name", list(HOSTILE.values()), ids=list(HOSTILE))
@pytest.mark.parametrize("mint", [mint_entity, mint_article, lambda n: mint_fact("quote", n, "x")],
                         ids=["entity", "article", "fact"])
def test_namespace_minted_iri_is_valid_and_stable(mint, name: str) -> None:
    iri = mint(name)
    assert isinstance(iri, URIRef)
    assert _is_valid_uri(iri), iri
    assert iri.startswith(DEFAULT_BASE)
    assert not any(c.isspace() or ord(c) < 32 for c in iri)
    assert mint(name) == iri


@pytest.mark.parametrize("name", list(HOSTILE.values()), ids=list(HOSTILE))
def test_namespace_slug_is_short_and_non_empty(name: str) -> None:
    slug = slugify(name)
    assert slug and len(slug) <= MAX_SLUG
    assert not slug.startswith("-") and not slug.endswith("-") and "--" not in slug


def test_namespace_hostile_names_round_trip_through_turtle() -> None:
    g = Graph()
    for name in HOSTILE.values():
        e = mint_entity(name)
        g.add((e, RDF.type, NG.Person))
        g.add((e, RDFS.label, Literal(name)))
        g.add((mint_article(name), NG.mentions, e))
    data = serialize_turtle(g)
    back = Graph().parse(data=data, format="turtle")
    assert isomorphic(g, back)
    assert isomorphic(g, Graph().parse(data=g.serialize(format="nt"), format="nt"))


@pytest.mark.parametrize("a, b", [
    ("x" * 500, "x" * 499 + "y"),
    ("Institute " * 50, "Institute " * 49 + "Institutes"),
    ("A" * 100 + " Berg", "A" * 100 + " Borg"),
])
def test_namespace_distinct_long_names_give_distinct_iris(a: str, b: str) -> None:
    assert mint_entity(a) != mint_entity(b)
    assert len(mint_entity(a)) <= len(DEFAULT_BASE) + MAX_SLUG


@pytest.mark.parametrize("name, slug", [
    ("Anna Berg", "anna-berg"),
    ("Anna-Maria Berg", "anna-maria-berg"),
    ("Anna Berg’s", "anna-berg-s"),
    ("Zoë Ågren", "zoe-agren"),
    ("Daily Planet (UK)", "daily-planet-uk"),
    ("Анна Берг", "анна-берг"),
])
def test_namespace_slugify_examples(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_namespace_mint_entity_uses_the_given_base() -> None:
    assert mint_entity("Anna Berg", base="https://example.org/kg/") == URIRef("https://example.org/kg/anna-berg")
    assert mint_article("planet_uk.txt", base="https://example.org/kg/") == URIRef(
        "https://example.org/kg/article/planet-uk-txt")


def test_namespace_mint_fact_hashes_its_parts() -> None:
    a = mint_fact("quote", "anna-berg", "we will win")
    assert a == mint_fact("quote", "anna-berg", "we will win")
    assert a.startswith(DEFAULT_BASE + "quote/")
    assert a != mint_fact("quote", "anna-berg", "we will lose")
    assert a != mint_fact("stance", "anna-berg", "we will win")
    # the parts are separated, not concatenated
    assert mint_fact("quote", "ab", "c") != mint_fact("quote", "a", "bc")


@pytest.mark.parametrize("term", ["Person", "Quotation", "said", "charStart", "nearDuplicateOf", "relObject"])
def test_namespace_ng_knows_its_terms(term: str) -> None:
    assert getattr(NG, term) == URIRef(NG_IRI + term)


@pytest.mark.parametrize("term", ["Persn", "quotation", "saidBy", "charstart", "Organisation"])
def test_namespace_ng_rejects_unknown_terms(term: str) -> None:
    with pytest.raises(AttributeError):
        getattr(NG, term)
