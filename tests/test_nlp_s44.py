"""graph.nlp: a name with a patronymic initial glued on by a full stop ("Ts.Bold", the Mongolian press style) is
one token and a person, also where NER read it as the end of a body's name.

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
