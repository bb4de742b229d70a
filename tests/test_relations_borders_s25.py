"""Borders: two coordinated states called "neighbouring" border each other.

Every sentence is invented (the countries are real).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_relations


def _borders(nlp, text: str) -> set[frozenset[str]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    return {frozenset({r.subject.kb_id or r.subject.text, r.object.kb_id or r.object.text})
            for r in extract_relations(nlp(text), art) if r.kind == "sharesBorderWith"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Neighbouring Chile and Peru signed a fishing deal on Monday.",
    "Chile and neighbouring Peru signed a deal on river water.",
    "The neighbouring states of Chile and Peru signed a deal.",
])
def test_relations_neighbouring_pair_shares_a_border(nlp, text):
    assert frozenset({"Chile", "Peru"}) in _borders(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile, Peru and neighbouring Bolivia signed a deal.",
    "Troops from Chile moved into neighbouring Peru and Bolivia.",
])
def test_relations_neighbouring_needs_exactly_a_pair(nlp, text):
    assert frozenset({"Chile", "Peru"}) not in _borders(nlp, text)
