"""graph.nlp: an entity is cut at a colon ("Water Office: dam deal ..." in a headline); a place entity short of a
glued, capitalised hyphen part is joined to it ("Tolvar-Abad"); an untagged name an apposition calls a bay or a reef
is a place ("Tessel Cove, a sheltered bay on ...").

Every name here is invented (Tolvar-Abad, Tessel Cove, Mera Karang...).
"""
from __future__ import annotations

import pytest


def _doc(words: str, spaces: list[bool] | None, ents: list[tuple[int, int, str]]):
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words.split(), spaces=spaces)  # (English word shapes, no model)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@pytest.mark.parametrize("words, spaces, ents, repaired", [
    # "Water Office: dam deal will stand": the headline's words are no part of the body's name
    ("Water Office : dam deal will stand", [True, False, True, True, True, True, False], [(0, 4, "ORG")],
     [(0, 2, "ORG")]),
    # "farms near the Tolvar-Abad dam" with NER's place on "Tolvar" alone
    ("farms near the Tolvar - Abad dam", [True, True, True, False, False, True, False], [(3, 4, "GPE")],
     [(3, 6, "GPE")]),
    # (guards: a spaced dash is no glued part; a lower-case part is no name; a person is left alone)
    ("farms near Tolvar - Abad", None, [(2, 3, "GPE")], []),
    ("farms near the Tolvar - based dam", [True, True, True, False, False, True, False], [(3, 4, "GPE")], []),
    ("Ana Berg - Lind spoke", [True, False, False, True, False], [(0, 2, "PERSON")], []),
])
def test_nlp_entity_repairs(words, spaces, ents, repaired):
    from graph.nlp import find_entity_repairs

    assert find_entity_repairs(_doc(words, spaces, ents)) == repaired


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Talks covered Varno Cove, a shallow bay by the shore.", "Varno Cove"),
])
def test_nlp_apposed_bay_is_a_place(nlp, text, name):
    doc = nlp(text)
    assert any(e.text == name and e.label_ in {"GPE", "LOC", "FAC"} for e in doc.ents)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Talks covered Anna Berg, a sheltered bay worker from the coast.", "Anna Berg"),  # (a noun after the bay word)
])
def test_nlp_apposed_bay_word_before_another_noun_is_no_place(nlp, text, name):
    doc = nlp(text)
    assert not any(e.text == name and e.label_ in {"GPE", "LOC", "FAC"} for e in doc.ents)
