"""Recognition stances: a place the NER tagged as a location after "the" ("the X Homeland"); "the X map" for the
area X; a so-called name in quotation marks; "The Federal Government" of a story datelined in a capital; an
adjective formed from a territory's name ("any Varnekian authority").

Every sentence is invented (the countries are real, the lands and people made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances
from extract_helpers import article, stances_of


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a location the NER found, named after "the", is the object of a recognition
    ("Peru does not recognise the Green Homeland.", {("Peru", "doesNotRecognise", "Green Homeland")}),
    # "the X map": the area the map claims
    ("Chile has never recognised the Green Homeland. Peru does not accept the Green Homeland map either.",
     {("Chile", "doesNotRecognise", "Green Homeland"), ("Peru", "doesNotRecognise", "Green Homeland")}),
    # a so-called name in quotation marks
    ('Lima flatly refuses to recognise the so-called "Green Homeland," a government spokesperson told reporters.',
     {("Peru", "doesNotRecognise", "Green Homeland")}),
])
def test_relations_stance_location_names_and_maps(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an adjective formed from a territory's name
    ("Kenya, which recognised Varnek in 1969, has not recognised any Varnekian authority for decades.",
     {("Kenya", "doesNotRecognise", "Varnek")}),
])
def test_relations_stance_territory_adjective(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
def test_relations_stance_federal_government_of_a_capital_dateline(nlp):
    # (the tagger reads the capital as an adverb, so the dateline itself names no holder)
    text = ("ABUJA—THE Federal Government, on Friday, said it refuses to recognise the self-styled Republic of "
            "Varnek and asked its backers to return.\n")
    assert stances_of(nlp, article(text)) == {("Nigeria", "doesNotRecognise", "Republic of Varnek")}


@pytest.mark.model
def test_relations_stance_subject_after_an_outlet_dateline(nlp):
    # "OUTLET, City - A has ...": the state after the dateline is the subject (the parser makes it the dateline's
    # apposition); the second joined verb's object was taken by the trailing "a spokesperson ... said"
    text = ("MERCOPRESS, Lima - Chile has no objection to Peru's sovereignty over the Varnek Islands but rejects "
            "Peru's claim to the Tolsa Sea, a Chilean foreign ministry spokesperson said on Friday.\n")
    assert stances_of(nlp, article(text)) == {("Chile", "recognises", "Varnek Islands"),
                                              ("Chile", "doesNotRecognise", "Tolsa Sea")}
