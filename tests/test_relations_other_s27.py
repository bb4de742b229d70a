"""Spouses, party memberships and places in a part of "the country" (session 27, helper rel10).

Every sentence is invented (the countries and parties are real; the people and towns are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import relations as _relations


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Ana Varga, whose husband Petar Lind died in May, told reporters the port was dying.",
     ("Ana Varga", "spouse", "Petar Lind")),
    ("Residents said Ana Varga, whose husband Petar Lind drowned in 2019, had campaigned for the wall.",
     ("Ana Varga", "spouse", "Petar Lind")),
    ("Ana Varga, whose late husband Petar Lind founded the firm, sold it.", ("Ana Varga", "spouse", "Petar Lind")),
])
def test_relations_whose_spouse(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ana Varga, whose brother Petar Lind died in May, told reporters the port was dying.",
])
def test_relations_whose_kin_not_spouse(nlp, text):
    assert not any(kind == "spouse" for _, kind, _ in _relations(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Councillor Petar Lind, of the Welsh Liberal Democrats, who represents Kelvo North, voted against.",
     ("Petar Lind", "memberOf", "Welsh Liberal Democrats")),
    ("Petar Lind, of the Liberal Democrats, voted against.", ("Petar Lind", "memberOf", "Liberal Democrats")),
    ("Labour's Ana Varga said islanders were tired.", ("Ana Varga", "memberOf", "Labour")),
    ("In Kelvo, the Greens' Petar Lind said islanders were tired.", ("Petar Lind", "memberOf", "Greens")),
])
def test_relations_party_plural_and_short_names(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ana Varga, of the Young Republicans club, spoke.",
    "Ana Green's Petar Lind said so.",
])
def test_relations_party_plural_not_member(nlp, text):
    assert not any(kind == "memberOf" for _, kind, _ in _relations(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Ghana said the clinic near Kelvo, in the far north of the country, had shut.",
     ("Kelvo", "locatedIn", "Ghana")),
    ("Ghana's officials said Kelvo, a port in the west of the country, was flooded.",
     ("Kelvo", "locatedIn", "Ghana")),
])
def test_relations_place_in_part_of_the_country(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana's officials said Ana Varga, a doctor in the west of the country, was hurt.",
    "Ghana and Togo said Kelvo, in the east of the country, was flooded.",
])
def test_relations_part_of_the_country_no_place(nlp, text):
    assert not any(kind == "locatedIn" for _, kind, _ in _relations(nlp, text))
