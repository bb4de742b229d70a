"""graph.nlp entity repairs, session 46 (hand-built Docs that copy the small model's misreadings): a titled name set
off by commas of which NER tagged only the first word as a place is a person; a surname NER tagged apart as a place
belongs to the person's name before it; a name before "(adjective) title NAME" is the place the title holds; an
unknown nationality in "a X correspondent" is an outlet; a university named after a person is a body; a surname in
capitals after a given name or an honorific is a person's.

Every name here is invented (Ortan Haberlin, Tomba Leikhan Singh, Kirom Veng, Tavuni...).
"""
from __future__ import annotations

import pytest


def _doc(words: str, pos: str, ents: list[tuple[int, int, str]]):
    import spacy
    from spacy.tokens import Doc, Span

    toks = words.split()
    doc = Doc(spacy.blank("en").vocab, words=toks, pos=pos.split(), sent_starts=[True] + [False] * (len(toks) - 1))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@pytest.mark.model
@pytest.mark.parametrize("words, pos, ents, repair", [
    ("The economy minister of Upper Varnia , Ortan Haberlin , struck a softer tone .",
     "DET NOUN NOUN ADP PROPN PROPN PUNCT PROPN PROPN PUNCT VERB DET ADJ NOUN PUNCT",
     [(4, 6, "GPE"), (7, 8, "GPE")], (7, 9, "PERSON")),
    ("Chief Minister Tomba Leikhan Singh said the state would hold .",
     "PROPN PROPN PROPN PROPN PROPN VERB DET NOUN AUX VERB PUNCT", [(2, 4, "PERSON"), (4, 5, "GPE")],
     (2, 5, "PERSON")),
    ("Former Kirom Veng provincial governor Sok Dara wrote on Facebook .",
     "ADJ PROPN PROPN ADJ NOUN PROPN PROPN VERB ADP PROPN PUNCT", [(1, 3, "PERSON"), (5, 7, "PERSON")],
     (1, 3, "GPE")),
    ("She is a Tavuni correspondent based in Mtwara .", "PRON AUX DET PROPN NOUN VERB ADP PROPN PUNCT",
     [(3, 4, "NORP")], (3, 4, "ORG")),
    # a university named after a person, of which NER tagged only the person
    ("a geographer at Joseph Kivu University in Tolsby", "DET NOUN ADP PROPN PROPN PROPN ADP PROPN",
     [(3, 5, "PERSON"), (7, 8, "GPE")], (3, 6, "ORG")),
    # a surname in capitals after a given name, and after an honorific
    ("Foreign Minister Rasmané TIENDRÉ met him", "PROPN PROPN PROPN PROPN VERB PRON", [(2, 4, "ORG")],
     (2, 4, "PERSON")),
    ("said Mrs AGOSSOU today", "VERB PROPN PROPN NOUN", [(2, 3, "ORG")], (2, 3, "PERSON")),
])
def test_nlp_entity_repairs_titled_names_split_surnames_places_and_outlets(words, pos, ents, repair):
    from graph.nlp import find_entity_repairs

    assert repair in find_entity_repairs(_doc(words, pos, ents))


@pytest.mark.model
@pytest.mark.parametrize("words, pos, ents", [
    # (guards, also right on the old code: a listed place after the title is no name; two people in a row; a known
    # nationality before "correspondent")
    ("The mayor of Leeds , Boston Smith , said no .", "DET NOUN ADP PROPN PUNCT PROPN PROPN PUNCT VERB INTJ PUNCT",
     [(3, 4, "GPE"), (5, 6, "GPE")]),
    ("Ana Berg spoke to Lena Holm .", "PROPN PROPN VERB ADP PROPN PROPN PUNCT", [(0, 2, "PERSON"), (4, 6, "PERSON")]),
    ("She is a Kenyan correspondent .", "PRON AUX DET ADJ NOUN PUNCT", [(3, 4, "NORP")]),
])
def test_nlp_entity_repairs_leave_listed_places_people_and_nationalities(words, pos, ents):
    from graph.nlp import find_entity_repairs

    assert find_entity_repairs(_doc(words, pos, ents)) == []
