"""graph.relations positions: a verb of command, a bare "head of school" before the name, an Indonesian regent,
a mission headed by "the X's embassy", a body's word-like acronym in brackets, a town the tagger read as a person
before "mayor", a spokesperson named after an unnamed one, "whose" after a body, and a department at a school.

Every sentence here is invented (Tomas Rinaldi, Maria Borg, Adi Santoso, Paul Mbeki Tshala, Aiko Tanaka…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


def _has(found, person, title, org):
    return any(p == person and t == title and (org is None or o == org) for p, t, o, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # commanding a named force is a post held in it
    ("According to Admiral Tomas Rinaldi, who commanded the Navy's Eastern Fleet until 2015, the guard is probing.",
     "Tomas Rinaldi", "commander", "Navy"),
    # "head of school", "chief of staff": a post named by a bare "of"-noun before the name
    ("\"We fixed the roof at last,\" head of school Maria Borg said on Friday.", "Maria Borg", "head of school", None),
    ("The plan was ready, chief of staff Maria Borg told the board.", "Maria Borg", "chief of staff", None),
    # the head of an Indonesian regency before the name
    ("Bintan Regent Adi Santoso, who met fishermen in Tanjung on Tuesday, said the town wanted a port.",
     "Adi Santoso", "regent", "Bintan"),
    # "the X's mission": the possessor after "the" is the state the mission serves
    ("But Paul Mbeki Tshala, who now heads the DRC’s mission in Windhoek, told reporters that Kinshasa disagrees.",
     "Paul Mbeki Tshala", "head of mission", "DRC"),
    # a body's acronym written as a word in brackets between the title phrase and the name
    ("The head of the Coastal Security Agency (Coastsec), Vice Admiral Tomas Rinaldi, said the ship came close.",
     "Tomas Rinaldi", "head", "Coastal Security Agency"),
    # a bare spokesperson named after the unnamed one of the sentence before
    ("China rejects the claim, a spokeswoman for the Japanese Foreign Ministry said late on Monday.\n\n"
     "\"We have no objection,\" spokeswoman Aiko Tanaka told a briefing in Beijing.",
     "Aiko Tanaka", "spokeswoman", "Japanese Foreign Ministry"),
    # "whose" after a body: the body employs the holder
    ("Spain belongs to the European Union, whose trade spokesperson, Marta Lindqvist, said it was calm.",
     "Marta Lindqvist", "trade spokesperson", "European Union"),
    # a department named by its field is part of the post; the university is the employer
    ("The pact ended in 1990, according to Elena Varga, chair of the Department of Physics in the University of Lima.",
     "Elena Varga", "chair of the department of physics", "University of Lima"),
])
def test_relations_positions_new_patterns(nlp, text, person, title, org):
    found = positions(nlp, text)
    assert _has(found, person, title, org), found


@pytest.mark.model
def test_relations_positions_town_before_lower_mayor(nlp):
    # the town's later mention, read as a person, no longer hides it
    found = positions(nlp, "The premier met Żejtun mayor Anna Borg on Monday. Borg was born in Żejtun.")
    assert _has(found, "Anna Borg", "mayor", "Żejtun"), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title", [
    # an acronym glued to the title keeps its space
    ("Republican Unity Party (RUP) lawmaker Sena Kaya, who sits for Izmir, urged the cabinet to act.", "Sena Kaya",
     "RUP lawmaker"),
])
def test_relations_positions_title_text_spacing(nlp, text, person, title):
    found = positions(nlp, text)
    assert _has(found, person, title, None), found


@pytest.mark.model
@pytest.mark.parametrize("text, not_person", [
    # an opening participle is no name
    ("Reacting, the spokeswoman for the Trade Ministry, Ambassador Tomas Okoro, said the talks went well.",
     "Reacting"),
])
def test_relations_positions_no_participle_holder(nlp, text, not_person):
    assert all(p != not_person for p, _, _, _ in positions(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # a department not at a school stays the employer
    ("Elena Varga, chair of the Department of Transport, said so.", "Elena Varga"),
])
def test_relations_positions_department_without_school(nlp, text, person):
    found = positions(nlp, text)
    assert _has(found, person, "chair", "Department of Transport"), found
