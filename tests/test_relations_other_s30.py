"""Regions named with a click letter, "In X, in the Y region", bracketed party acronyms before a title, claims
named by an agent or a nationality, and couples a plural noun introduces (session 30, helper rel30).

Every sentence is invented (the countries, regions, parties and territories are real; the people are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import members as _members, relations as _relations


def _kind(nlp, text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for s, k, o in _relations(nlp, text) if k == kind}


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Fishers in Keetmanshoop, in the //Karas region, sold their catch at a loss.", ("Keetmanshoop", "//Karas")),
    ("Fishers in Keetmanshoop, in the ǁKaras region, sold their catch at a loss.", ("Keetmanshoop", "ǁKaras")),
])
def test_relations_region_name_with_click_letter(nlp, text, pair):
    """A Khoekhoe region name opening with a click letter ("//Karas") is a capitalised name."""
    assert pair in _kind(nlp, text, "locatedIn")


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("In Opuwo, in the Kunene region, herders waited for rain.", ("Opuwo", "Kunene")),
])
def test_relations_town_after_locative_in_before_region_gloss(nlp, text, pair):
    """"In X, in the Y region,": the town a locative "in" opens is placed even when read as a person."""
    assert pair in _kind(nlp, text, "locatedIn")


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Rally for Democracy and Progress (RDP) lawmaker Jonas Haimbodi asked whether the budget was final.",
     ("Jonas Haimbodi", "Rally for Democracy and Progress")),
    ("Independent Patriots for Change (IPC) lawmaker Tomas Kavari asked the minister to resign.",
     ("Tomas Kavari", "Independent Patriots for Change")),
])
def test_relations_party_acronym_in_brackets_before_title(nlp, text, pair):
    """"Party Name (ACR) lawmaker X": the bracketed acronym between the party and the title is skipped."""
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Guyana said it rejected any claim by Venezuela to Essequibo on Monday.",
     ("Venezuela", "Essequibo")),
    ("The minister said London could not accept any Mauritian claim to the Chagos Islands.",
     ("Mauritius", "Chagos Islands")),
])
def test_relations_claim_by_agent_or_nationality(nlp, text, pair):
    """"a claim by X to Y" and "the Xian claim to Y" name X's claim to Y."""
    assert pair in _kind(nlp, text, "claims")


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Mauritius abandoned its claim to the Chagos Islands in the talks.", ("Mauritius", "Chagos Islands")),
    ("Venezuela renounced any claim by Venezuela to Essequibo long ago.", ("Venezuela", "Essequibo")),
])
def test_relations_dropped_claim_is_no_claim(nlp, text, pair):
    assert pair not in _kind(nlp, text, "claims")


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Volunteers Tomas and Ilse Varga have mended the nets for years. \"We met on this quay,\" said Ilse Varga. "
     "Her husband smiled.", ("Tomas Varga", "Ilse Varga")),
])
def test_relations_couple_after_plural_noun_opening_sentence(nlp, text, pair):
    """"Volunteers Tomas and Ilse Varga … Her husband": the plural noun is no part of the first given name."""
    found = _kind(nlp, text, "spouse")
    assert pair in found or pair[::-1] in found
