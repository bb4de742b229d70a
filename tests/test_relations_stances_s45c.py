"""graph.relations stances, third batch: a capital tagged as an adjective before its verb holds the stance ("CAPITAL
backs B's sovereignty over X"); "accepts the ruling of the Court that gave X (or the peninsula named before) to Y";
"the Greater and Lesser Xs" are the two listed lands.

Territory names are invented (Kelmar) except the listed ones the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Budapest backs Azerbaijan's sovereignty over Karabakh.", {("Hungary", "recognises", "Nagorno-Karabakh")}),
    ("Nigeria has completed the handover of Kelmar to Cameroon. Nigeria accepts the ruling of the World Court that "
     "gave the peninsula to Cameroon.", {("Nigeria", "recognises", "Kelmar")}),
    ("Nigeria accepts the ruling of the World Court that gave Kelmar to Cameroon.",
     {("Nigeria", "recognises", "Kelmar")}),
    ("Iran rejects the UAE's claim to the Greater and Lesser Tunbs.",
     {("Iran", "doesNotRecognise", "Greater Tunb"), ("Iran", "doesNotRecognise", "Lesser Tunb")}),
])
def test_relations_adjective_capitals_court_rulings_and_paired_lands(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [  # (guard: the old code gave no stance either)
    "Nigeria accepts the ruling of the court that gave the chairman a pay rise.",
])
def test_relations_ruling_that_gives_no_land_is_no_stance(nlp, text):
    assert stances(nlp, text) == set()
