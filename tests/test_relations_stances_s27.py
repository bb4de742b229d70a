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


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Somaliland is recognised by Peru and a few others but not by Chile, Bolivia or Fiji.",
     {("Peru", "recognises", "Somaliland"), ("Chile", "doesNotRecognise", "Somaliland"),
      ("Bolivia", "doesNotRecognise", "Somaliland"), ("Fiji", "doesNotRecognise", "Somaliland")}),
    ("Tonga recognises Abkhazia but not South Ossetia or Transnistria.",
     {("Tonga", "recognises", "Abkhazia"), ("Tonga", "doesNotRecognise", "South Ossetia"),
      ("Tonga", "doesNotRecognise", "Transnistria")}),
])
def test_relations_every_conjunct_after_but_not_is_negated(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Taiwan keeps formal diplomatic relations with only a dozen states, including Belize and Tuvalu.",
     {("Belize", "recognises", "Taiwan"), ("Tuvalu", "recognises", "Taiwan")}),
    ("Kosovo established diplomatic relations with Fiji last spring.", {("Fiji", "recognises", "Kosovo")}),
    ("Fiji has strong trade ties with Taiwan.", set()),
    ("Fiji and Taiwan keep close economic relations.", set()),
    ("Fiji maintains unofficial relations with Taiwan.", set()),
    ("Gagauzia cut ties with Chisinau last year.", set()),
    ("Transnistria cut ties with Chisinau.", set()),
])
def test_relations_diplomatic_ties_of_a_disputed_land_with_named_states(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Moldova regards Transnistria as Russian-occupied territory.", {("Moldova", "doesNotRecognise", "Transnistria")}),
    ("Moldova considers Transnistria Russian-occupied land.", {("Moldova", "doesNotRecognise", "Transnistria")}),
])
def test_relations_occupier_adjective_is_no_owner(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ottawa has not recognised the breakaway region's statehood.",
    "Canberra refuses to recognise the self-declared republic.",
])
def test_relations_unresolved_description_is_no_territory(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru has never recognised the transfer of Crimea to Russia.", {("Peru", "doesNotRecognise", "Crimea")}),
    ("Chile recognises the 1960 cession of Crimea to Ukraine.", {("Chile", "recognises", "Crimea")}),
    ("Peru recognises the transfer of funds to Chile.", set()),
])
def test_relations_transfer_of_land_to_a_state_is_a_hold(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lusaka, for its part, still rejects the idea that Varnek Island belongs to Angola.",
     {("Zambia", "doesNotRecognise", "Varnek Island")}),
])
def test_relations_capital_misread_as_adverb_is_the_subject(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru recognises Tolsby Reef as Chilean territory and Chile recognises the reef as Peruvian.",
     {("Peru", "recognises", "Tolsby Reef"), ("Chile", "recognises", "Tolsby Reef")}),
])
def test_relations_country_before_a_subjectless_second_verb_holds_it(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru would recognise Kosovo once Serbia does.", set()),
    ("Peru would recognise Kosovo if Serbia agreed.", set()),
    ('Fiji would recognise Somaliland "the day Mogadishu accepts it".', set()),
    ("Peru said it would recognise Kosovo.", {("Peru", "recognises", "Kosovo")}),
])
def test_relations_would_recognise_on_a_condition_is_no_stance(nlp, text, expected):
    assert _stances(nlp, text) == expected
