"""Recognition stances: a wire-copy attribution after a list of lands; accepting a court's ruling that a land
belongs to a state; "hopes A will recognise X" is a wish; "not even A"; "A, the last state to recognise X, ...";
"neither claim to that area"; "an A-ian share of X".

Every sentence is invented (the countries and the territories are real or made up; the people are made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Santiago rejects any Peruvian right to Varnek Reef, Chile's foreign ministry spokesman, Petar Lind, said on "
     "Friday.", {("Chile", "doesNotRecognise", "Varnek Reef")}),
])
def test_relations_stance_before_a_trailing_attribution_with_an_apposition(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Gabon accepted the court's ruling that Varnek Island belongs to Chile.",
     {("Gabon", "recognises", "Varnek Island")}),
    ("Gabon has accepted the 2004 finding that Varnek Island and Tolsby Island belong to Chile.",
     {("Gabon", "recognises", "Varnek Island"), ("Gabon", "recognises", "Tolsby Island")}),
    ("Gabon rejected the commission's finding that Varnek Island belongs to Chile.",
     {("Gabon", "doesNotRecognise", "Varnek Island")}),
])
def test_relations_accepting_a_ruling_that_a_land_belongs_to_a_state(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Pristina hopes Athens will recognise Kosovo before the end of the year.",
    "The envoy said she hoped Spain would recognise Kosovo within a decade.",
    "Ana Varga was hoping Spain would recognise Kosovo.",
])
def test_relations_a_hope_that_a_state_recognise_is_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Not even Russia recognises Transnistria as an independent state.",
     {("Russia", "doesNotRecognise", "Transnistria")}),
    ("Not even Russia has recognised Transnistria.", {("Russia", "doesNotRecognise", "Transnistria")}),
    ("No state, not even Armenia, has ever recognised Transnistria.",
     {("Armenia", "doesNotRecognise", "Transnistria")}),
])
def test_relations_not_even_a_state_recognises(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Eswatini, the last African state to recognise Taiwan, sent a delegation to Taipei.",
     {("Eswatini", "recognises", "Taiwan")}),
    ("Belize, the only Central American country to recognise Somaliland, opened a mission there.",
     {("Belize", "recognises", "Somaliland")}),
])
def test_relations_state_described_as_the_last_to_recognise(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru both claim Varnek Island. Uruguay recognises neither claim to that area.",
     {("Uruguay", "doesNotRecognise", "Varnek Island")}),
    ("Chile and Peru both claim Varnek Island. Argentina, which claims the Falkland Islands, does not accept either "
     "claim over the territory.", {("Argentina", "doesNotRecognise", "Varnek Island")}),
])
def test_relations_claim_to_the_area_is_the_land_in_focus(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Hungary has never recognised an Austrian share of Lake Neusiedl.",
     {("Hungary", "doesNotRecognise", "Lake Neusiedl")}),
])
def test_relations_a_state_s_sector_of_a_land(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Austria recognises a large part of the problem.",
    "Germany has never treated the northern sector of the front as a priority.",
])
def test_relations_a_part_of_no_land_is_no_stance(nlp, text):
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile has never recognised the Varnek Line.", {("Chile", "doesNotRecognise", "Varnek Line")}),
    ("Peru and Bolivia recognise the Tolsby Line as their common border.",
     {("Peru", "recognises", "Tolsby Line"), ("Bolivia", "recognises", "Tolsby Line")}),
])
def test_relations_named_boundary_line_is_what_a_state_recognises(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('"We have never recognised Kosovo and we never will," Ana Varga, a spokesman for the Serbian foreign ministry, '
     'said.', {("Serbia", "doesNotRecognise", "Kosovo")}),
    ('"We recognise Somaliland," Petar Lind, a spokeswoman for the Ethiopian government, told reporters.',
     {("Ethiopia", "recognises", "Somaliland")}),
])
def test_relations_we_of_a_spokesman_for_a_state_body_named_by_its_demonym(nlp, text, expected):
    assert _stances(nlp, text) == expected
