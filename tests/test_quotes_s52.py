"""graph.quotes and graph.relations (positions), session 52: "the minister said" after several ministers takes
up the one the sentence before led with by surname; "Consul General NAME" (the NER read "Consul" as a place).

Every person and place here is invented (Marta Kovel, Ivo Renn, Lia Dorsch, Kenta Ishida).
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, quotes, speaker


@pytest.mark.model
def test_quotes_role_noun_takes_up_the_surname_that_led_the_sentence_before(nlp):
    text = ("Foreign minister Marta Kovel said the border was settled long ago.\n\n"
            "Interior minister Ivo Renn said the organisers would be questioned.\n\n"
            "In the capital, opposition MP Lia Dorsch urged the cabinet to call in the envoy. "
            "Kovel brushed the idea aside.\n\n"
            "\"We have nothing to talk over with our neighbours,\" the minister said.")
    assert speaker(quotes(nlp, text), "We have nothing to talk over") == "Marta Kovel"


@pytest.mark.model
def test_quotes_role_noun_with_two_holders_and_no_lead_stays_open(nlp):
    """Guard: two ministers and no surname leading the sentence before: no guess."""
    text = ("Foreign minister Marta Kovel said the border was settled long ago.\n\n"
            "Interior minister Ivo Renn said the organisers would be questioned.\n\n"
            "The opposition urged the cabinet to call in the envoy.\n\n"
            "\"We have nothing to talk over with our neighbours,\" the minister said.")
    assert speaker(quotes(nlp, text), "We have nothing to talk over") is None


@pytest.mark.model
def test_positions_consul_general_title(nlp):
    """Guard: "Consul General NAME" is one title (now a listed one)."""
    found = lowered_positions(nlp, "Japan's consulate general in Honolulu declined to comment. "
                                   "Consul General Kenta Ishida said: \"Nothing has changed.\"")
    assert ("Kenta Ishida", "consul general", None, False) in found, found


@pytest.mark.parametrize("label, expected", [("GPE", True), ("ORG", True), ("PERSON", False)])
def test_nlp_title_word_read_as_a_place_is_no_entity(label, expected):
    """"Consul" tagged as a place before "General NAME": the first word of a listed title, not an entity."""
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from graph.nlp import title_word_entity

    doc = Doc(Vocab(), words=["Consul", "General", "Kenta", "Ishida", "said", "."])
    doc.ents = [Span(doc, 0, 1, label=label), Span(doc, 2, 4, label="PERSON")]
    assert title_word_entity(doc, doc.ents[0]) is expected
