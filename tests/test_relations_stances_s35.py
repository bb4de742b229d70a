"""Recognition stances: a finding a state accepts or rejects that hands a named place over ("accepted the ruling
that awarded X to Y"); a site's name the NER missed, taken up by a description of the same kind ("the X Y Temple
... . the area around the shrine").

Every sentence is invented (the countries are real, the wording and the places made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Eritrea accepted the 2003 verdict that awarded Tessenei Hill to Sudan.",
     {("Eritrea", "recognises", "Tessenei Hill")}),
    ("Djibouti accepted the commission's ruling that placed Ras Doumeira inside Eritrea.",
     {("Djibouti", "recognises", "Ras Doumeira")}),
    ("Eritrea rejects the verdict that awarded Tessenei Hill to Sudan.", {("Eritrea", "doesNotRecognise", "Tessenei Hill")}),
    ("Eritrea refused to accept the award that gave Tessenei Hill to Sudan.",
     {("Eritrea", "doesNotRecognise", "Tessenei Hill")}),
])
def test_relations_stance_accepted_award(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a finding about a person or a contract is no stance
    ("Kenya accepted the decision that placed Amina Odhiambo in charge of the inquiry.", set()),
    ("Eritrea accepted the ruling that gave the contract to a Chinese firm.", set()),
])
def test_relations_stance_accepted_award_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Laos says the Prasat Ta Sen Temple lies on its side of the border. Thailand rejects Vientiane's claim to the "
     "land around the shrine, a Thai general said.", {("Thailand", "doesNotRecognise", "Prasat Ta Sen Temple")}),
])
def test_relations_stance_site_name_missed_by_ner(nlp, text, expected):
    assert _stances(nlp, text) == expected
