"""Recognition stances: a comparison ("along with C") after coordinated holders shares the stance; a condition
set in a reporting aside ("If elected, she said, A would ...") makes the stance a hypothetical; "If anything"
is an aside, not a condition.

Every sentence is invented (the countries and the territories are real or made up; the people are made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway and Sweden, along with Chile, withdrew recognition of Varnek.",
     {("Norway", "doesNotRecognise", "Varnek"), ("Sweden", "doesNotRecognise", "Varnek"),
      ("Chile", "doesNotRecognise", "Varnek")}),
    ("Peru and Ecuador, like Bolivia, recognise Varnek as a state.",
     {("Peru", "recognises", "Varnek"), ("Ecuador", "recognises", "Varnek"), ("Bolivia", "recognises", "Varnek")}),
])
def test_relations_stance_comparison_after_coordinated_holders(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("If elected, the candidate said, Brazil would recognise Varnek.", set()),
    ("If re-elected, Ana Souza told supporters, Brazil would recognise Varnek as a state.", set()),
    ("If anything, Brazil does not recognise Varnek.", {("Brazil", "doesNotRecognise", "Varnek")}),
])
def test_relations_stance_condition_in_a_reporting_aside(nlp, text, expected):
    assert _stances(nlp, text) == expected
