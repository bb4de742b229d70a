"""Party memberships, borders, invasions and places in provinces (session 26, helper rel9).

Every sentence is invented (the parties, countries and provinces are real; the people and towns are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import relations as _relations


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Sweden Democrats MP Petar Lind, who sits on the defence committee, shrugged off the row.",
     ("Petar Lind", "memberOf", "Sweden Democrats")),
    ("Ana Varga said the sides were 'old friends'. Petar Lind of the opposition Civic Platform accused the "
     "cabinet of 'trading forests for roads'.", ("Petar Lind", "memberOf", "Civic Platform")),
    ("Liberal health critic Ana Varga told reporters the plan would fail.", ("Ana Varga", "memberOf", "Liberal")),
])
def test_relations_listed_party_membership(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ('"We fished here before Britain invaded Varnek," said Ana Varga.', ("United Kingdom", "invaded", "Varnek")),
])
def test_relations_invaded_unlisted_place(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Smugglers favour a quiet stretch of the 900 km of border Peru shares with Bolivia.",
     ("Peru", "sharesBorderWith", "Bolivia")),
])
def test_relations_border_contact_clause(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Harbour traffic resumed on Sunday at Varnek pier, Tolsby District, West Java, after the storm.",
     ("Tolsby District", "locatedIn", "West Java")),
    ("Varnby, N Tolsland (VNA) - The provincial fisheries office said on Monday that nine boats were missing.",
     ("Varnby", "locatedIn", "N Tolsland")),
    ("In Ontario, where the highway links villages such as Kelvo, Marren and Upper Dask, fuel prices rose.",
     ("Upper Dask", "locatedIn", "Ontario")),
])
def test_relations_address_and_dateline_places(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
def test_relations_film_critic_is_no_party_member(nlp):
    found = _relations(nlp, "The film critic Ana Varga said it was dull.")
    assert not any(kind == "memberOf" and subj == "Ana Varga" for subj, kind, _ in found)
