"""graph.relations positions: a hyphened title whose first word the tagger took for a name, an outlet the
tagger read as a person after "the", a paper named by "The" and a demonym, and "Its councillor for A, B and
C, Name," after a regional government the tagger split from its place.

Every sentence here is invented (Hiroshi Tanabe, Fiona Walsh, Kylie Dawson, Mara Jelenko, Paolo Greco…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


def _held(found, person):
    """(title, organisation) of each post one person holds."""
    return {(title, org) for who, title, org, _ in found if who == person}


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("Hiroshi Tanabe, the Consul-General of Japan, wrote to the board in March to back the plan.",
     "Hiroshi Tanabe", "consul-general", "Japan"),
    ("Maria Rossi, Consul-General of Italy in Toronto, attended the opening on Friday.",
     "Maria Rossi", "consul-general", "Italy"),
])
def test_relations_positions_hyphened_title_first_word_tagged_name(nlp, text, person, title, org):
    assert (title, org) in _held(positions(nlp, text), person)


@pytest.mark.model
@pytest.mark.parametrize("text, person, org", [
    ("The coach, Tom Baird, told the Herald the team would train twice a week.\n\n"
     "Fiona Walsh is a Herald reporter who covers sport.", "Fiona Walsh", "Herald"),
    ("Ana Varga, the head teacher, told the Herald that the school would reopen.\n\n"
     "Marek Osten, a Herald reporter, covers education.", "Marek Osten", "Herald"),
])
def test_relations_positions_outlet_after_the_is_no_person(nlp, text, person, org):
    assert ("reporter", org) in _held(positions(nlp, text), person)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("The budget passed on Tuesday.\n\nKylie Dawson is The Australian's political correspondent.",
     "Kylie Dawson", "political correspondent", "The Australian"),
])
def test_relations_positions_demonym_paper_possessive(nlp, text, person, title, org):
    assert (title, org) in _held(positions(nlp, text), person)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("The Sardinia Regional Government asked Rome to act on Monday. Its councillor for tourism, transport and "
     "culture, Mara Jelenko, said the plan was bad.", "Mara Jelenko", "councillor for tourism",
     "Sardinia Regional Government"),
    ("In Toronto, the Ontario provincial government asked Ottawa to act. Its minister for transport, "
     "Mara Jelenko, said the plan was bad.", "Mara Jelenko", "minister for transport", "Ontario"),
    ("The city council of Leeds met on Monday. Its councillor for housing, roads and parks, Ana Varga, said "
     "rents were too high.", "Ana Varga", "councillor for housing", None),
])
def test_relations_positions_councillor_list_after_regional_government(nlp, text, person, title, org):
    assert (title, org) in _held(positions(nlp, text), person)


@pytest.mark.model
@pytest.mark.parametrize("text, person, org", [
    # a government the tagger named whole keeps its name (no change from the split-name rule)
    ("In Palermo, the Sicily Regional Government urged Rome to protect the fleet. Its councillor for "
     "fisheries, Paolo Greco, said the boats had been chased away.", "Paolo Greco",
     "Sicily Regional Government"),
])
def test_relations_positions_tagged_regional_government_unchanged(nlp, text, person, org):
    assert ("councillor for fisheries", org) in _held(positions(nlp, text), person)
