"""Recognition stances: a name read as an adjective in "considers the X part of Y"; a plural land word read as a
verb ("the X fields part of Y"); a name a landform word opens ("Lough X") given to a state; "the disputed zone"
after a stance on a described land; no "claims" relation from a question (guards).

Every sentence is invented (the countries are real, the people, wording and most places made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import article
from extract_helpers import stances as _stances
from graph.relations import extract_relations


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Djibouti considers the Awdal part of Ethiopia, its foreign minister told a radio station.",
     {("Djibouti", "recognises", "Awdal")}),
    ("Lisbon considers the Greater Varela fields part of Angola's maritime territory, a Portuguese diplomat wrote.",
     {("Portugal", "recognises", "Greater Varela fields")}),
    ("Dublin rejects any claim that Lough Brena is wholly British.", {("Ireland", "doesNotRecognise", "Lough Brena")}),
    ("The B-D Line dates from 1903. Chile does not recognize Argentina's title to the waters of Beagle Entrance south "
     "of it. Buenos Aires rejects the Chilean claim over the disputed zone.",
     {("Chile", "doesNotRecognise", "Beagle Entrance"), ("Argentina", "doesNotRecognise", "Beagle Entrance")}),
])
def test_relations_stance_broken_frames(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a demonym or an English adjective before "part" is no land; a person is given a nationality
    ("Ireland accepts that Lough Brena is British.", {("Ireland", "recognises", "Lough Brena")}),  # (a guard)
    ("Kenya considers the Somali part of Ethiopia stable.", set()),
    ("Ireland accepts that Mary Brennan is British.", set()),
    # a verb "fields" after a name is left alone
    ("The Varela family fields questions from reporters every day.", set()),
])
def test_relations_stance_broken_frames_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, claimed", [
    ("Asked if Luanda may some day claim a share of the Varela fields, the envoy smiled.", False),
    ("If Chile claimed the Moro Reef, Peru would protest.", False),
    ("China claims the Qinghe Shoal.", True),
])
def test_relations_claims_not_from_a_question(nlp, text, claimed):
    # (guards: a modal or hypothetical "claim" verb gives no "claims" relation)
    found = [r for r in extract_relations(nlp(text), article(text)) if r.kind == "claims"]
    assert bool(found) == claimed


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a dateline in capitals closed by a dash is no part of the first clause
    ("KUALA LUMPUR — Malaysia contests Singapore's sovereignty over the Batu Merah rocks, three granite outcrops "
     "off the coast, the foreign ministry announced.", {("Malaysia", "doesNotRecognise", "Batu Merah rocks")}),
    ("ISLAMABAD — The government of Pakistan recognises Azerbaijan's sovereignty over Nagorno-Karabakh and thanked "
     "Baku for its help, the foreign office said.", {("Pakistan", "recognises", "Nagorno-Karabakh")}),
])
def test_relations_stance_after_dateline(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, n_sents", [
    ("LIMA, Peru (Reuters) - Peru recognises Kosovo, the ministry said.", 2),
    # a dash inside a sentence is no dateline
    ("The Bering line - a relic of 1867 - divides them.", 1),
])
def test_nlp_dateline_ends_a_sentence(nlp, text, n_sents):
    assert len(list(nlp(text).sents)) == n_sents


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a numbered licence block held by a state
    ("Greece backs Cyprus's sovereignty over Block 12, the minister said.", {("Greece", "recognises", "Block 12")}),
    # a listed dependency written with a hyphen
    ("Canada accepts that Saint-Pierre and Miquelon belongs to France.",
     {("Canada", "recognises", "Saint Pierre and Miquelon")}),
    # a listed place (no capital) recognised as part of a state
    ("Jordan recognises Mosul as part of Iraq, the ministry said.", {("Jordan", "recognises", "Mosul")}),
    # the state named right before a quoted verb phrase (a guard: the old code found it here by another way)
    ("Peru recognises Chilean sovereignty over the Moro Reef. According to a spokesman, Bolivia « does not accept "
     "the committee's claim to the Moro Reef » and calls the matter settled.",
     {("Peru", "recognises", "Moro Reef"), ("Bolivia", "doesNotRecognise", "Moro Reef")}),
])
def test_relations_stance_numbered_listed_and_quoted(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Residents of Block 12 in the housing estate complained about the lifts.", set()),
    ("Jordan recognises Baghdad as part of Iraq.", set()),
])
def test_relations_stance_numbered_listed_and_quoted_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected
