"""The pipeline's repairs: a trailing attribution the parser hung on the clause before it; lemmas the English
lemmatizer gets wrong.

Every sentence is invented.
"""
from __future__ import annotations

import pytest


def _root(sent):
    return next(t for t in sent if t.head.i == t.i)


@pytest.mark.model
@pytest.mark.parametrize("text, verb, subject", [
    ("Chile does not recognise Peru's claim to Varnek Reef, Tolsby Cay or Marrow Bank, Chile's deputy foreign "
     "minister, Ana Varga, told senators.", "told", "minister"),
    ("Santiago rejects any Peruvian right to Varnek Reef, Chile's foreign ministry spokesman, Petar Lind, said on "
     "Friday.", "said", "spokesman"),
])
def test_nlp_trailing_attribution_becomes_the_root(nlp, text, verb, subject):
    doc = nlp(text)
    sents = list(doc.sents)
    assert len(sents) == 1
    root = _root(sents[0])
    assert root.text == verb
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == [subject]
    assert any(c.dep_ == "ccomp" and c.i < root.i for c in root.children)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile does not recognise the claim, Ana Varga said.",
    "Chile rejects the claim to Varnek Reef, Tolsby Cay or Marrow Bank, officials in Santiago said on Friday.",
])
def test_nlp_trailing_attribution_parsed_well_is_left_alone(nlp, text):
    from graph.nlp import misparsed_attributions

    doc = nlp(text)
    assert misparsed_attributions(doc) == []
    assert _root(list(doc.sents)[0]).lemma_ == "say"


@pytest.mark.model
@pytest.mark.parametrize("text, word, lemma", [
    ("She hoped Spain would agree.", "hoped", "hope"),
    ("He hopes Spain will agree.", "hopes", "hope"),
    ("They were hoping for a deal.", "hoping", "hope"),
    ("Tolsby coped with the flood.", "coped", "cope"),
])
def test_nlp_lemma_fixes(nlp, text, word, lemma):
    doc = nlp(text)
    assert next(t.lemma_ for t in doc if t.text == word) == lemma


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Japan recognises Philippine sovereignty over Pag-ita Island, the envoy said.", "Pag-ita Island"),
    ("Fishermen from Tolsby sail past Pag-asi Island every morning.", "Pag-asi Island"),
])
def test_nlp_island_name_split_into_two_entities_is_one_place(nlp, text, name):
    doc = nlp(text)
    assert name in [e.text for e in doc.ents]
