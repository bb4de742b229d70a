"""graph.validate: SHACL validation of built graphs, with readable violations."""
from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal

from graph.namespace import NG, mint_entity
from graph.query import load_graph
from graph.validate import Violation, validate_graph


def test_validate_hand_graph_conforms(quote_graph: Graph) -> None:
    conforms, violations = validate_graph(quote_graph)
    assert conforms, violations
    assert violations == []


@pytest.mark.model
def test_validate_built_graph_of_tiny_corpus_conforms(built_graph) -> None:
    out, _report = built_graph
    conforms, violations = validate_graph(load_graph(out / "graph.ttl"))
    assert conforms, "\n".join(f"{v.focus} {v.path}: {v.message}" for v in violations)


def _quote(g: Graph):
    return next(g.subjects(RDF.type, NG.Quotation))


def _drop_text(g: Graph) -> tuple[object, str]:
    q = _quote(g)
    g.remove((q, NG.text, None))
    return q, str(NG.text)


def _bad_status(g: Graph) -> tuple[object, str]:
    q = _quote(g)
    g.set((q, NG.attributionStatus, Literal("probably")))
    return q, str(NG.attributionStatus)


def _second_speaker(g: Graph) -> tuple[object, str]:
    q = _quote(g)
    g.add((q, NG.speaker, mint_entity("karl-weber")))
    return q, str(NG.speaker)


def _author_is_a_place(g: Graph) -> tuple[object, str]:
    article = next(g.subjects(NG.author, None))
    g.set((article, NG.author, mint_entity("strelsau")))
    return article, str(NG.author)


def _label_with_language(g: Graph) -> tuple[object, str]:
    from rdflib import RDFS

    berg = mint_entity("anna-berg")
    g.set((berg, RDFS.label, Literal("Anna Berg", lang="en")))
    return berg, str(RDFS.label)


@pytest.mark.parametrize("breakage", [_drop_text, _bad_status, _second_speaker, _author_is_a_place,
                                      _label_with_language],
                         ids=["quotation-without-text", "unknown-status", "two-speakers", "author-is-a-place",
                              "label-with-language"])
def test_validate_broken_graph_does_not_conform(quote_graph: Graph, breakage) -> None:
    focus, path = breakage(quote_graph)
    conforms, violations = validate_graph(quote_graph)
    assert not conforms
    assert all(isinstance(v, Violation) for v in violations)
    hits = [v for v in violations if v.focus == str(focus) and v.path == path]
    assert hits, violations
    v = hits[0]
    assert v.severity == "Violation"
    assert v.message and v.message != "does not conform"


def test_validate_quotation_without_text_message_is_readable(quote_graph: Graph) -> None:
    focus, _path = _drop_text(quote_graph)
    _conforms, violations = validate_graph(quote_graph)
    assert [v.message for v in violations if v.focus == str(focus)] == [
        "A quotation has exactly one ng:text string."]
    assert violations == sorted(violations, key=lambda v: (v.focus, v.path, v.message))


@pytest.mark.parametrize("target, ok", [("strelsau", True), ("anna-berg", False)],
                         ids=["a-place-is-invaded", "a-person-is-not"])
def test_validate_invaded_object_may_be_a_place(quote_graph: Graph, target: str, ok: bool) -> None:
    """ng:invaded reaches countries, territories and places (a peninsula, a region), never a person."""
    from rdflib import RDFS

    invader = mint_entity("ruritania")
    quote_graph.add((invader, RDF.type, NG.Country))
    quote_graph.add((invader, RDFS.label, Literal("Ruritania")))
    quote_graph.add((invader, NG.invaded, mint_entity(target)))
    conforms, violations = validate_graph(quote_graph)
    assert conforms == ok, violations
    assert ok or any(v.focus == str(invader) and v.path == str(NG.invaded) for v in violations), violations
