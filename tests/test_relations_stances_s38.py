"""Recognition stances: accepting or denying "the existence of" a polity; "the sultanate" / "the emirate" as the
holder in a clause its minister reports; a bare "the ministry" that repeats a body named just before; a land
counted by a bare numeral ("recognised two republics") is no reference to lands already named.

Every sentence is invented (the countries are real, the people, wording and most places made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Moldova denies the existence of Transnistria.", {("Moldova", "doesNotRecognise", "Transnistria")}),
    ("Armenia acknowledges the existence of Nagorno-Karabakh.", {("Armenia", "recognises", "Nagorno-Karabakh")}),
    ("Serbia rejects the existence of Kosovo as a state.", {("Serbia", "doesNotRecognise", "Kosovo")}),
    # the existence of a thing that is no land is no stance on the land it bears on (guards: no stance before either)
    ("Japan denies the existence of any dispute about the Senkaku Islands.", set()),
    ("China recognises the existence of any dispute about the Senkaku Islands.", set()),
    ("Georgia accepts the existence of problems in Abkhazia.", set()),
])
def test_relations_stance_existence_of(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Hamad Al-Zadjali, Oman's foreign minister, told reporters that the sultanate backs Morocco's sovereignty "
     "over Western Sahara.", {("Oman", "recognises", "Western Sahara")}),
    ("Ali Al-Kaabi, Qatar's minister of state, said on Sunday that the emirate does not recognise Somaliland.",
     {("Qatar", "doesNotRecognise", "Somaliland")}),
    ("Teodor Lupu, Spain's foreign minister, told reporters that the kingdom backs Morocco's sovereignty over "
     "Western Sahara.", {("Spain", "recognises", "Western Sahara")}),  # (a guard)
])
def test_relations_stance_bare_state_form_holder(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Carla Ibáñez, Chile's foreign minister, spoke on Monday. Her ministry later put out a note. The government "
     "accepts Argentine sovereignty over the Falkland Islands, the ministry said.",
     {("Chile", "recognises", "Falkland Islands")}),
    ("Pedro Salles is Brazil's foreign minister. His ministry wrote to the press. The government does not "
     "recognise Abkhazia, the ministry added.", {("Brazil", "doesNotRecognise", "Abkhazia")}),
    # no earlier body of that name: no state for the ministry (a guard)
    ("The government does not recognise Abkhazia, the ministry added.", set()),
])
def test_relations_stance_repeated_ministry(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an indefinite count brings in new lands: no stance on the ones named before
    ('Turkey alone recognises Northern Cyprus. In 2022 the Kremlin recognised two "people\'s republics" '
     "in the east.", {("Turkey", "recognises", "Northern Cyprus")}),
    ("Abkhazia and South Ossetia broke away from Georgia. Years later Venezuela recognised three republics.",
     set()),  # (a guard)
    # a definite count refers back (guards)
    ("Abkhazia and South Ossetia broke away from Georgia. Russia recognised the two regions in 2008.",
     {("Russia", "recognises", "Abkhazia"), ("Russia", "recognises", "South Ossetia")}),
    ("Abkhazia and South Ossetia broke away from Georgia. Russia recognised both regions in 2008.",
     {("Russia", "recognises", "Abkhazia"), ("Russia", "recognises", "South Ossetia")}),
])
def test_relations_stance_indefinite_count(nlp, text, expected):
    assert _stances(nlp, text) == expected
