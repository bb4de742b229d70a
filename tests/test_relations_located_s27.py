"""Towns placed by an apposition: a rank within a land, an area "of" a name, an Irish county (session 27, rel11).

Every sentence is invented (the countries are real; the towns, areas and people are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import article
from graph.relations import extract_relations


def _located(nlp, text: str) -> set[tuple[str, str]]:
    return {(r.subject.kb_id or r.subject.text, r.object.kb_id or r.object.text)
            for r in extract_relations(nlp(text), article(text)) if r.object is not None and r.kind == "locatedIn"}


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Tolsby, Ruritania's biggest port, handles most of the grain trade.", ("Tolsby", "Ruritania")),
    ("Tolsby, Varnekshire's second-largest city, cheered the decision.", ("Tolsby", "Varnekshire")),
    ("The barge sank off Tolsby, Ostrava Vale's main town, last winter.", ("Tolsby", "Ostrava Vale")),
])
def test_relations_ranked_town_apposition(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The ferry runs between Varnek, in the state of Kelmar, and Tolsby.", ("Varnek", "Kelmar")),
    ("Tolsby, in the Kelmark region, has about 4,000 residents.", ("Tolsby", "Kelmark")),
    ("Fog grounded flights near Tolsby, Co Kelvagh, on Sunday.", ("Tolsby", "Co Kelvagh")),
    ("The farm near Kelbo, County Varrow, was sold in June.", ("Kelbo", "County Varrow")),
    ("Supplies come from Tolsby, Co Ardmore, by boat.", ("Tolsby", "Co Ardmore")),
])
def test_relations_area_apposition(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ana Varga, Ruritania's richest woman, bought the mill.",
    "Petar Lind, Varnek's city manager, resigned on Friday.",
    "Ana Varga, in the Varnek region, said the road was closed.",
    "He met Ana Varga, in the state of shock, at noon.",
])
def test_relations_apposition_not_located(nlp, text):
    assert not any(s in {"Ana Varga", "Varga", "Petar Lind", "Lind"} for s, _ in _located(nlp, text))
