"""graph.quotes and graph.entities: a clergy style before an apposed name, a stance sentence before a quote,
and church names that are no persons.

Every sentence here is invented (Ruritania, Varnek, Tolsby, Ana Varga, Petar Lind, Marek Osten…).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name, quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("The Rector of Tolsby, the Rev Canon Ana Varga, said she was grateful to every donor.\n\n"
     "\"We counted the coins twice to be sure,\" she said.\n", "We counted the coins", "Ana Varga"),
    ("The Vicar of Varnby, the Rev Ana Varga, said she had not expected such a crowd.\n\n"
     "\"Half the valley turned up with cakes,\" she said.\n", "Half the valley", "Ana Varga"),
])
def test_quotes_pronoun_after_clergy_styled_apposition(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Ana Varga and Petar Lind teach law in Tolsby.\n\n"
     "Could the quarrel end before a judge? Dr Varga doubts it. "
     "\"No minister wants to lose a case over a river.\"\n", "No minister wants", "Ana Varga"),
    ("Ana Varga and Petar Lind teach law in Tolsby.\n\n"
     "Is the new levy fair? Prof Lind disagrees. \"The poorest pay the most, as they always have.\"\n",
     "The poorest pay", "Petar Lind"),
])
def test_quotes_speaker_of_stance_sentence_before_quote(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # a claim with its own speaker before the stance sentence: not a posed question, no speaker taken
    ("Ana Varga and Petar Lind teach law in Tolsby.\n\n"
     "Petar Lind says the levy is fair. Dr Varga doubts it. \"Nobody asked the farmers.\"\n", "Nobody asked"),
])
def test_quotes_stance_sentence_needs_posed_question(nlp, text, words):
    assert speaker(quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Bells have rung at Tolsby Abbey since 1650, and the bell ringers of Tolsby Abbey meet on Fridays.",
     "Tolsby Abbey"),
    ("The choir of Tolsby Minster sang, and Tolsby Minster was full.", "Tolsby Minster"),
])
def test_entities_church_building_name_not_person(nlp, text, name):
    found = entities_by_name(nlp, text)
    assert found.get(name, (name, ""))[1] != "Person"
