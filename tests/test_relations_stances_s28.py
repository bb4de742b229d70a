"""Recognition stances: a speech aside inside a ruling-out clause; "is not something A is considering";
"recognising its independence" with "its" read back to the land.

Every sentence is invented (the countries and the territories are real).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Recognition of Kosovo, Spain's deputy premier said, is not on the table.",
     {("Spain", "doesNotRecognise", "Kosovo")}),
    ("Recognition of Abkhazia, the Brazilian envoy said on Thursday, is out of the question.",
     {("Brazil", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_speech_aside_in_a_ruling_out_clause(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Recognition of Abkhazia, the Brazilian envoy said on Thursday, is possible.",
    "Recognition of Abkhazia, the Brazilian envoy said on Thursday, would come later.",
])
def test_relations_speech_aside_in_an_open_clause_is_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Recognising Abkhazia is not something Brazil is considering.", {("Brazil", "doesNotRecognise", "Abkhazia")}),
    ("Recognising Abkhazia is not something Brazil will consider, the minister said.",
     {("Brazil", "doesNotRecognise", "Abkhazia")}),
    ("Recognition of Kosovo is not a step Spain will contemplate.", {("Spain", "doesNotRecognise", "Kosovo")}),
])
def test_relations_course_a_state_is_not_considering(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Recognising Kosovo is something Spain is considering.",
    "Recognising Kosovo is not something Spain has discussed.",
])
def test_relations_course_considered_or_undiscussed_is_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Kosovo thanked Japan for recognising its independence.", {("Japan", "recognises", "Kosovo")}),
    ("Kosovo declared independence in 2008. Japan recognised its independence a week later.",
     {("Japan", "recognises", "Kosovo")}),
])
def test_relations_its_independence_is_the_land_named_before(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan celebrated its independence on Monday.",
])
def test_relations_its_independence_of_the_holder_is_no_territory(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Laos asked that Thailand honour its sovereignty.",
])
def test_relations_a_states_own_sovereignty_is_no_territory(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Georgia considers Abkhazia and South Ossetia to be Russian-occupied territories.",
     {("Georgia", "doesNotRecognise", "Abkhazia"), ("Georgia", "doesNotRecognise", "South Ossetia")}),
    ("Georgia regards Abkhazia as well as South Ossetia as Russian-occupied lands.",
     {("Georgia", "doesNotRecognise", "Abkhazia"), ("Georgia", "doesNotRecognise", "South Ossetia")}),
    ("Georgia considers Abkhazia to be Russian-occupied territory.", {("Georgia", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_lands_regarded_as_occupied(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Had Greece recognised Kosovo, the quarrel might have ended long ago.",
    "Spain will recognise Palestine once France does.",
])
def test_relations_inverted_or_conditioned_plan_is_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Northern Cyprus, a self-styled state, is recognised only by Ankara.",
     {("Turkey", "recognises", "Northern Cyprus")}),
    ("Transnistria, which is not recognised even by Russia, buys its gas from Moscow.",
     {("Russia", "doesNotRecognise", "Transnistria")}),
    ("Abkhazia, which has been recognised by only five states including Russia and Syria, is small.",
     {("Russia", "recognises", "Abkhazia"), ("Syria", "recognises", "Abkhazia")}),
])
def test_relations_passive_recognition_in_a_relative_clause_or_by_a_capital(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Germany recognised Kosovo one day after Britain and France did.",
     {("Germany", "recognises", "Kosovo"), ("United Kingdom", "recognises", "Kosovo"),
      ("France", "recognises", "Kosovo")}),
    ("Germany recognised Kosovo before France did.",
     {("Germany", "recognises", "Kosovo"), ("France", "recognises", "Kosovo")}),
])
def test_relations_elided_recognition_in_a_time_clause(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Germany refused to recognise Kosovo after France did.", {("Germany", "doesNotRecognise", "Kosovo")}),
])
def test_relations_elided_time_clause_after_a_refusal_is_not_copied(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tuvalu's prime minister met Taiwanese officials in Taipei. He said his country recognises Taiwan.",
     {("Tuvalu", "recognises", "Taiwan")}),
    ("Tuvalu's prime minister met Taiwanese officials in Taipei. His country, he said, recognises Taiwan and will "
     "keep doing so.", {("Tuvalu", "recognises", "Taiwan")}),
])
def test_relations_his_country_of_an_unnamed_office_holder_before(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Protesters filled the square in Madrid. They demanded that Spain recognise Western Sahara.",
    "Students held the campus in Rome for a week. Their main demand: that Italy recognise Palestine.",
    "The party backs Taiwan. It does not, however, call for the United States to recognise Taiwan.",
])
def test_relations_a_wish_that_a_state_recognise_is_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Officials say that the Marshall Islands recognise Taiwan.", {("Marshall Islands", "recognises", "Taiwan")}),
    ("Officials said that Spain recognises Kosovo.", {("Spain", "recognises", "Kosovo")}),
])
def test_relations_plural_name_with_bare_verb_is_no_wish(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Oman respects Peru's sovereignty over its whole coast, including the Varnek archipelago and Tolsby Island.",
     {("Oman", "recognises", "Varnek archipelago"), ("Oman", "recognises", "Tolsby Island")}),
    ("Oman respects Peru's sovereignty over its whole coast, including the Kelish archipelago and Tolsby Island.",
     {("Oman", "recognises", "Kelish archipelago"), ("Oman", "recognises", "Tolsby Island")}),
])
def test_relations_included_land_with_a_lower_case_geographic_head(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Canada has never claimed Varnek Island, and today we fully recognize it as belonging to Norway.",
     {("Canada", "recognises", "Varnek Island")}),
    ("\"Canada has never claimed Varnek Island, and today we fully recognize it as belonging to Norway,\" an aide, "
     "Ana Varga, told reporters.", {("Canada", "recognises", "Varnek Island")}),
])
def test_relations_pronoun_recognised_as_part_of_a_state(nlp, text, expected):
    assert _stances(nlp, text) == expected
