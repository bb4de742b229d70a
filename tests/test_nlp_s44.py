"""graph.nlp: a name with a patronymic initial glued on by a full stop ("Ts.Bold", the Mongolian press style) is
one token and a person, also where NER read it as the end of a body's name; a second "over" joined to the first
names a held land too ("sovereignty over A, and over all of B").

Every person here is invented (Ts.Oyunbold, Kh.Enkhtuya, O.Saranchimeg...).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Governor of Songinokhairkhan District Ts.Oyunbold opened the clinic on Monday. \"The queue ends today for "
     "three hundred families,\" Ts.Oyunbold said.", "queue ends today", "Ts.Oyunbold"),
    ("Mayor of Darkhan Kh.Enkhtuya, who also came, said the city would pay the nurses.\n\n\"A town that cannot "
     "treat its own children is no town at all,\" the mayor said.", "A town that cannot treat", "Kh.Enkhtuya"),
    # (guard: the old code read this right)
    ("The head nurse, O.Saranchimeg, has worked there for twenty years. \"We start with clean hands,\" "
     "O.Saranchimeg said.", "We start with clean hands", "O.Saranchimeg"),
])
def test_nlp_glued_initial_names_speak(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, tokens", [
    ("Ts.Oyunbold said.", ["Ts.Oyunbold", "said", "."]),
    ("Kh.Enkhtuya, who came", ["Kh.Enkhtuya", ",", "who", "came"]),
    ("in Darkhan.The next day", ["in", "Darkhan", ".", "The", "next", "day"]),  # (a missing space still splits)
])
def test_nlp_glued_initial_names_are_one_token(nlp, text, tokens):
    assert [t.text for t in nlp.tokenizer(text)] == tokens


#: "A recognises B's sovereignty over X, and over all of Y" as the small model parses such a phrase: the second
#: "over" a conjunct of the first, Y (an unlisted name) tagged as a person
_SECOND_OVER = [
    ("Jordan", 1, "nsubj", "NNP", "PROPN", "Jordan", "COUNTRY"),
    ("recognises", 16, "ccomp", "VBZ", "VERB", "recognise", ""),
    ("Iraq", 4, "poss", "NNP", "PROPN", "Iraq", "COUNTRY"), ("’s", 2, "case", "POS", "PART", "’s", ""),
    ("sovereignty", 1, "dobj", "NN", "NOUN", "sovereignty", ""), ("over", 4, "prep", "IN", "ADP", "over", ""),
    ("Basra", 5, "pobj", "NNP", "PROPN", "Basra", "PLACE"), ("and", 5, "cc", "CC", "CCONJ", "and", ""),
    ("over", 5, "conj", "IN", "ADP", "over", ""), ("the", 10, "det", "DT", "DET", "the", ""),
    ("whole", 8, "pobj", "NN", "NOUN", "whole", ""), ("of", 10, "prep", "IN", "ADP", "of", ""),
    ("Tolvara", 11, "pobj", "NNP", "PROPN", "Tolvara", "PERSON"), (",", 16, "punct", ",", "PUNCT", ",", ""),
    ("the", 15, "det", "DT", "DET", "the", ""), ("minister", 16, "nsubj", "NN", "NOUN", "minister", ""),
    ("said", 16, "ROOT", "VBD", "VERB", "say", ""), (".", 16, "punct", ".", "PUNCT", ".", ""),
]


@pytest.mark.model
def test_nlp_second_over_names_a_held_land(nlp):
    from extract_helpers import parsed_doc
    from graph.nlp import find_unlisted_territories

    doc = parsed_doc(nlp, _SECOND_OVER, [(i, i + 1, t[6]) for i, t in enumerate(_SECOND_OVER) if t[6]])
    assert (12, 13, "Tolvara") in find_unlisted_territories(doc)


@pytest.mark.parametrize("spans, kept", [
    ([(1, 5), (3, 7)], [(1, 5)]),  # (two finders read one name two ways: the longer first, the earlier on a tie)
    ([(3, 7), (1, 4)], [(3, 7)]),
    ([(1, 3), (4, 6)], [(1, 3), (4, 6)]),  # (guard: spans apart both stay)
])
def test_nlp_overlapping_new_entities_keep_one(spans, kept):
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from graph.nlp import _replace_ents

    doc = Doc(Vocab(), words="The envoy Datuk Seri Wan Ana Wan Lind spoke on Monday".split())
    _replace_ents(doc, [Span(doc, s, e, label="PERSON") for s, e in spans])
    assert [(e.start, e.end) for e in doc.ents] == kept
