"""Tests for graph.nlp: the pipeline and its unlisted-territory component."""
from __future__ import annotations

import pytest

from graph.nlp import find_unlisted_territories

UNLISTED_CASES = [
    ("object of recognise", "Chad refused to recognise Novaria.", [("Novaria", "Novaria")]),
    ("every later mention too", "Peru recognised Novaria. Novaria thanked Lima.",
     [("Novaria", "Novaria"), ("Novaria", "Novaria")]),
    ("object of the independence of", "Fiji backed the independence of Westmark.", [("Westmark", "Westmark")]),
    ("framed long form joins the short name",
     'Novaria broke away. Chad ignored the self-declared "Free Republic of Novaria".',
     [("Novaria", "Novaria"), ("Free Republic of Novaria", "Novaria")]),
    ("a group with an organisation word", "Chad does not recognise the Novaria Liberation Front.", []),
    ("a group with the article", "Pakistan refused to recognise the Taliban.", []),
    ("a listed country", "Chad recognised Peru.", []),
    ("a person", "Chad refused to recognise Juan Guaido as president.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", UNLISTED_CASES, ids=[c[0] for c in UNLISTED_CASES])
def test_nlp_unlisted_territories(nlp, name, text, expected):
    with nlp.select_pipes(disable=["unlisted_territories"]):
        bare = nlp(text)
    spans = find_unlisted_territories(bare)
    assert [(bare[s:e].text, canonical) for s, e, canonical in spans] == expected
    doc = nlp(text)  # the component labels the same spans
    labelled = [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "TERRITORY"]
    assert labelled == expected


@pytest.mark.model
@pytest.mark.parametrize("text,starts", [
    ("The bridge will cost $4.2m. The council voted for it.", ["The bridge", "The council"]),
    ("The road is 12km. Drivers were warned.", ["The road", "Drivers were"]),
    ("Mr. Smith arrived at 5 p.m. on Monday.", ["Mr. Smith"]),
])
def test_nlp_sentence_ends_after_a_unit_abbreviation(nlp, text, starts):
    doc = nlp(text)
    got = [" ".join(t.text for t in s[:2]) for s in doc.sents]
    assert got == starts
