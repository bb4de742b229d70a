"""graph.quotes: public bodies taken up by a body noun ("the federal department", "the agency"), a state's
agency named by its remit and country, and a statement whose author is such a body noun.

Every quote here is invented; people and bodies are invented, the countries real ones from the gazetteer.
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes as _quotes, speaker as _speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Forestry and Wildlife Chile approved the money on Monday.\n\n"
     "\"The river rises quickly and it floods without warning,\" the department said.\n",
     "river rises quickly", "Forestry and Wildlife Chile"),
    ("Roads and Bridges Norway signed the contract on Tuesday through its Coastal Ferries programme.\n\n"
     "The federal department said the new quay would be \"strong enough for a century of storms.\"\n",
     "strong enough for a century", "Roads and Bridges Norway"),
    ("The Tolsby Harbour Authority approved the dredging plan on Monday.\n\n"
     "\"The channel silts up every winter and the boats run aground,\" the regional authority said.\n",
     "channel silts up", "Tolsby Harbour Authority"),
])
def test_quotes_public_body_noun_takes_up_the_body_before(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Forestry and Wildlife Chile approved the money on Monday.\n\n"
     "The federal department said in a statement that the work would start in May.\n\n"
     "\"The river rises quickly and it floods without warning,\" the statement said.\n",
     "river rises quickly", "Forestry and Wildlife Chile"),
])
def test_quotes_statement_of_a_body_noun_takes_up_the_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("Ana Varga approved the money on Monday.\n\n"
     "\"The river rises quickly and it floods without warning,\" the agency said.\n",
     "river rises quickly"),
    ("Peru and Chile signed the treaty on Monday.\n\n"
     "\"The river rises quickly and it floods without warning,\" the department said.\n",
     "river rises quickly"),
])
def test_quotes_public_body_noun_takes_up_no_person_or_state(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Marek Osten was not persuaded. \"They promise a bridge every spring,\" the 63-year-old told reporters.\n",
     "promise a bridge", "Marek Osten"),
    ("Marek Osten was not persuaded. \"They promise a bridge every spring,\" the 63-year-old told reporters "
     "at the pier.\n\n\"My grandsons will have to row across.\"\n",
     "My grandsons will have to row", "Marek Osten"),
])
def test_quotes_age_nominal_before_a_cue_read_as_modifier(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Varnek Public Schools said in a statement that its summer classes would move to the new library.\n\n"
     "\"Our pupils love the old hall, and we will return once the roof is fixed,\" the district said.\n",
     "Our pupils love the old hall", "Varnek Public Schools"),
    ("Ana Varga said in a statement that the summer classes would move to the new library.\n\n"
     "\"Our pupils love the old hall, and we will return once the roof is fixed,\" the district said.\n",
     "Our pupils love the old hall", None),
])
def test_quotes_district_takes_up_public_schools(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker
