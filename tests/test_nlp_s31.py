"""The pipeline's parse repairs: a plural verb the tagger read as an adverb after a list of states ("A and B back
X's claim") is parsed as the verb; the word elsewhere keeps its reading.

Every sentence is invented.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru, Bolivia and Ecuador back Argentina's sovereignty over the Falkland Islands.",
    "Peru and Chile back Guyana's claim to Essequibo, the two governments said on Wednesday.",
])
def test_nlp_plural_back_after_states_is_a_verb(nlp, text):
    doc = nlp(text)
    back = next(t for t in doc if t.text == "back")
    assert back.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in back.children)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Visitors to Chile back then saw the islands.",
    "Troops from Peru back home said nothing.",
])
def test_nlp_back_elsewhere_keeps_its_reading(nlp, text):
    doc = nlp(text)
    assert next(t for t in doc if t.text == "back").pos_ != "VERB"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru, Bolivia and Ecuador back Argentina's sovereignty over the Falkland Islands.",
     {("Peru", "recognises", "Falkland Islands"), ("Bolivia", "recognises", "Falkland Islands"),
      ("Ecuador", "recognises", "Falkland Islands")}),
])
def test_nlp_plural_back_gives_the_stances(nlp, text, expected):
    assert stances(nlp, text) == expected
