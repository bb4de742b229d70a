"""Recognition stances: a plural "recognise" the tagger reads as a noun; a country set beside another in a list;
the modality and negation of "the first state to recognise X" frames; a gerund read as a modifier of its object
under a refusal; "Among those that recognise X are A and B"; "A, along with B, does not recognise X".

Every sentence is invented (the countries and the territories are real).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tonga and Peru recognise Abkhazia.",
     {("Tonga", "recognises", "Abkhazia"), ("Peru", "recognises", "Abkhazia")}),
    ("Tonga, Bolivia and Peru recognise Abkhazia.",
     {("Tonga", "recognises", "Abkhazia"), ("Bolivia", "recognises", "Abkhazia"), ("Peru", "recognises", "Abkhazia")}),
    ("By now only Fiji, Tonga, Bolivia and Peru recognise Abkhazia as independent.",
     {("Fiji", "recognises", "Abkhazia"), ("Tonga", "recognises", "Abkhazia"),
      ("Bolivia", "recognises", "Abkhazia"), ("Peru", "recognises", "Abkhazia")}),
])
def test_relations_plural_recognise_read_as_a_noun_still_gives_every_listed_state(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Kenya could become the first country to recognise Somaliland.", set()),
    ("Kenya would be the first state to recognise Somaliland.", set()),
    ("Peru was not the first country to recognise Somaliland.", {("Peru", "recognises", "Somaliland")}),
    ("Peru is not a country that recognises Somaliland.", {("Peru", "doesNotRecognise", "Somaliland")}),
    ("Peru is no longer a country that recognises Somaliland.", {("Peru", "doesNotRecognise", "Somaliland")}),
])
def test_relations_first_state_frame_takes_the_copulas_modality_and_negation(nlp, text, expected):
    found = {s for s in _stances(nlp, text) if s[2] == "Somaliland"}
    assert found == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Cyprus has always opposed recognising Kosovo.", {("Cyprus", "doesNotRecognise", "Kosovo")}),
    ("Cyprus has long backed recognizing Kosovo.", set()),
])
def test_relations_gerund_read_as_a_modifier_is_refused_under_a_negating_verb(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Among those that recognise Palestine are Peru and Chile.",
     {("Peru", "recognises", "Palestine"), ("Chile", "recognises", "Palestine")}),
    ("Among those that do not recognise Kosovo are Peru and Chile.",
     {("Peru", "doesNotRecognise", "Kosovo"), ("Chile", "doesNotRecognise", "Kosovo")}),
])
def test_relations_among_those_that_recognise_names_the_holders_after_the_copula(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru, along with Chile, Bolivia and Fiji, does not recognise Kosovo.",
     {(c, "doesNotRecognise", "Kosovo") for c in ("Peru", "Chile", "Bolivia", "Fiji")}),
    ("Peru, alongside Chile, does not recognise Kosovo.",
     {("Peru", "doesNotRecognise", "Kosovo"), ("Chile", "doesNotRecognise", "Kosovo")}),
])
def test_relations_along_with_shares_the_stance(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru followed Chile in recognising Palestine.",
     {("Peru", "recognises", "Palestine"), ("Chile", "recognises", "Palestine")}),
    ("Peru followed Chile and Bolivia in refusing to recognise Kosovo.",
     {(c, "doesNotRecognise", "Kosovo") for c in ("Peru", "Chile", "Bolivia")}),
    ("Peru has refused to follow Chile in recognising Abkhazia.", {("Peru", "doesNotRecognise", "Abkhazia")}),
    ("Peru did not join Chile in recognising Abkhazia.", {("Peru", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_the_state_followed_in_a_recognition_shares_it(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile's view of Kosovo is unchanged: it does not recognise Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("Chile's stance on Abkhazia is unchanged, and it will not recognise the region.",
     {("Chile", "doesNotRecognise", "Abkhazia")}),
    ("Peru's northern neighbour, Ecuador, has said that it does not recognise Kosovo.",
     {("Ecuador", "doesNotRecognise", "Kosovo")}),  # the name set beside the subject comes first
])
def test_relations_it_after_a_states_position_is_the_state(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru and Taiwan have had diplomatic relations since 1957.", {("Peru", "recognises", "Taiwan")}),
    ("Taiwan and Peru have maintained formal ties for decades.", {("Peru", "recognises", "Taiwan")}),
    ("Peru and Taipei cut diplomatic ties in 2019.", {("Peru", "doesNotRecognise", "Taiwan")}),
    ("Peru and Chile established diplomatic ties in 1957.", set()),
])
def test_relations_ties_between_a_state_and_a_disputed_land_named_together(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru switched allegiance to Beijing in 2019.", ("Peru", "doesNotRecognise", "Taiwan")),
    ("Peru switched its ties to China in 2019.", ("Peru", "doesNotRecognise", "Taiwan")),
    ("Peru dropped Taipei in favour of Beijing in 2019.", ("Peru", "doesNotRecognise", "Taiwan")),
    ("Peru ditched Taiwan for China in 2019.", ("Peru", "doesNotRecognise", "Taiwan")),
])
def test_relations_switch_to_beijing_leaves_taipei(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru switched its support to China in 2019.",
    "Peru dropped its plan for Taiwan.",
    "The United States will never abandon Taiwan.",
])
def test_relations_switch_words_without_a_switch_of_recognition_give_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru said it will not recognise the vote in Abkhazia.", {("Peru", "doesNotRecognise", "Abkhazia")}),
    ("Peru said it would not recognise the plebiscite in Crimea.", {("Peru", "doesNotRecognise", "Crimea")}),
    ("Peru said it will not recognise the result of the vote in Venezuela.", set()),
])
def test_relations_a_vote_in_a_disputed_land_stands_for_its_status(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru, the minister said on Tuesday, will never recognise Kosovo.", {("Peru", "doesNotRecognise", "Kosovo")}),
    ("Peru and Chile, the ministers said on Tuesday, will never recognise Kosovo.",
     {("Peru", "doesNotRecognise", "Kosovo"), ("Chile", "doesNotRecognise", "Kosovo")}),
    ("Troops from Peru, the minister said on Tuesday, recognise Kosovo.", set()),
])
def test_relations_a_reporting_parenthesis_between_the_states_and_the_verb(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru does not recognise the breakaway Abkhaz region.", {("Peru", "doesNotRecognise", "Abkhazia")}),
    ("Peru does not recognise the Transnistrian authorities.", {("Peru", "doesNotRecognise", "Transnistria")}),
])
def test_relations_a_described_land_led_by_its_demonym_is_the_land(nlp, text, expected):
    assert _stances(nlp, text) == expected
