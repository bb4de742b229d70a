"""Recognition stances: an office named without its state ("Foreign Minister X said his country ...") in a wire
report datelined in a capital is that capital's state's; "recognises" read as a compound; "the transfer of X"; a
sentential "which" that takes up an annexation; the "of" of a joined status noun; a listed place's name glued
after an unknown word ("Fatu Sinai") is a longer name, but a place inside a person's name stays the person's.

Every sentence is invented (the countries are real, the people, wording and most places made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("LIMA — Foreign Minister Rosa Quispe Mamani said her country backs Chile's sovereignty over the Morro islets "
     "and would send a survey ship in May.", {("Peru", "recognises", "Morro")}),
    ("ACCRA — President Kwame Boadu-Mensah said his government has never recognised Somaliland.",
     {("Ghana", "doesNotRecognise", "Somaliland")}),
    # an office with its state named keeps it (a guard)
    ("LIMA — Chile's foreign minister, Ana Rojas, said her country does not recognise Somaliland.",
     {("Chile", "doesNotRecognise", "Somaliland")}),
    # no dateline: no state for the office, the stance stays the minister's own (a guard)
    ("Foreign Minister Rosa Quispe Mamani said her country does not recognise Somaliland.",
     {("Rosa Quispe Mamani", "doesNotRecognise", "Somaliland")}),
])
def test_relations_stance_office_of_dateline_capital(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "recognises" hung on the next state's name as a compound: the sentence parsed again with another verb
    ("STOCKHOLM — Sweden recognises Finland's sovereignty over the Hvalskär islets, the Swedish foreign ministry "
     "said.", {("Sweden", "recognises", "Hvalskär islets")}),
    ("Norway recognises Denmark's sovereignty over the Hvalskær islets.",
     {("Norway", "recognises", "Hvalskær islets")}),  # (a guard)
])
def test_relations_stance_verb_read_as_compound(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the transfer of X": only land changes hands between states
    ("She said Tokyo has never recognised the 1875 transfer of Urupto, and asked the cabinet to say so.",
     {("Japan", "doesNotRecognise", "Urupto")}),
    # a sentential "which" takes up the annexation the clause before states
    ("Russia, a member of the BRICS group, annexed Crimea in 2014, which Canberra has not "
     "recognised.", {("Australia", "doesNotRecognise", "Crimea")}),
    ("Russia visited Crimea in 2014, which Canberra has not recognised.", set()),  # (a guard)
    # the "of" of a status noun joined to the object: "the sovereignty and the integrity of X" (a guard:
    # the parse of this wording hangs "of X" on the first noun already)
    ('Its spokesman told reporters that Kenya "recognises the sovereignty and full territorial integrity of Somalia" '
     "and wants calm.", {("Kenya", "recognises", "Somalia")}),
    # a listed place's name glued after an unknown capitalised word is part of a longer name
    ("Spain considers Fatu Sinai part of Timor-Leste, its embassy said.", {("Spain", "recognises", "Fatu Sinai")}),
    ("Chad does not recognise Egypt's sovereignty over Sinai.", {("Chad", "doesNotRecognise", "Sinai Peninsula")}),
    # (the last: a guard)
])
def test_relations_stance_objects_read_late(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    # a listed place inside a person's name stays a person's word (guards)
    ("Mohamed Cali Warsame, a trader, said the road was closed.", "Mohamed Cali Warsame"),
    ("Bashir Aden Farah, an elder, spoke first.", "Bashir Aden Farah"),
])
def test_nlp_listed_place_inside_a_name(nlp, text, name):
    assert name in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
