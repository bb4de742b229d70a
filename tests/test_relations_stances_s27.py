"""Recognition stances: a fronted "besides / apart from / other than A" phrase; "made A the first state to
recognise X"; "has been slow to recognise X" is no stance; a partly recognised state that loses an ally.

Every sentence is invented (the countries and the territories are real).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Besides Peru, Tonga and Fiji recognise Abkhazia.",
     {("Peru", "recognises", "Abkhazia"), ("Tonga", "recognises", "Abkhazia"), ("Fiji", "recognises", "Abkhazia")}),
    ("Besides Peru, Tonga and Fiji have recognised Abkhazia.",
     {("Peru", "recognises", "Abkhazia"), ("Tonga", "recognises", "Abkhazia"), ("Fiji", "recognises", "Abkhazia")}),
    ("Other than Peru, only Tonga recognises Abkhazia.",
     {("Peru", "recognises", "Abkhazia"), ("Tonga", "recognises", "Abkhazia")}),
    ("Apart from Turkey, no state has recognised Northern Cyprus.", {("Turkey", "recognises", "Northern Cyprus")}),
    ("Aside from Peru, no country recognises Somaliland.", {("Peru", "recognises", "Somaliland")}),
])
def test_relations_fronted_addition_phrase_shares_the_stance(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Besides tourism, Tonga and Fiji recognise Abkhazia.",
    "Besides Kosovo, Tonga recognises Abkhazia.",
])
def test_relations_fronted_addition_phrase_needs_a_plain_list_of_states(nlp, text):
    assert {s[0] for s in _stances(nlp, text)} <= {"Tonga", "Fiji"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The ballot made Peru the first South American country to recognise Somaliland.",
     {("Peru", "recognises", "Somaliland")}),
    ("Last week's decree made Tonga the second member of the bloc to recognise Abkhazia.",
     {("Tonga", "recognises", "Abkhazia")}),
])
def test_relations_made_a_the_first_state_to_recognise(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru has been slow to recognise Somaliland.",
    "Fiji was slow to recognise Abkhazia.",
])
def test_relations_slow_to_recognise_is_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Taipei lost Belize as an ally in March.", {("Belize", "doesNotRecognise", "Taiwan")}),
    ("Taiwan lost another diplomatic ally, Tuvalu, on Friday.", {("Tuvalu", "doesNotRecognise", "Taiwan")}),
    ("Taiwan could lose Belize as an ally.", set()),
    ("Taiwan fears losing Belize as an ally.", set()),
    ("Taiwan has not lost Belize as an ally.", set()),
])
def test_relations_lost_ally_no_longer_recognises(nlp, text, expected):
    assert _stances(nlp, text) == expected
