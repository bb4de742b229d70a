"""graph.quotes: a title glossed in brackets before the name ("the premier (lantråd) NAME") sets the name off as a
comma does, and a place after "In" opening the sentence is nobody's name; "According to NAME, <a long role>, "...""
keeps NAME as the speaker; "Deputy Secretary for X Relations NAME" is the name alone.

Every person and place here is invented (Anna Berg-Lind, Tolsby, Jan van Velsen...).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("In Tolsby, the premier (lantråd) Anna Berg-Lind called for calm.\n\n\"Our families have farmed here for "
     "ages,\" she said.", "Our families have farmed", "Anna Berg-Lind"),
    ("Deputy Secretary for Island Relations Jan van Velsen told the paper by phone: \"Nothing in our stance has "
     "moved.\"", "Nothing in our stance", "Jan van Velsen"),
    # (guards: the old code read these right)
    ("According to Marek Tolvanen, spokesman for the Interior Ministry of Tajikistan, \"the canal dispute was "
     "settled by two sovereign states\".", "the canal dispute was settled", "Marek Tolvanen"),
    ("In Tolsby, the premier, Anna Berg-Lind, called for calm.\n\n\"Our families have farmed here for ages,\" she "
     "said.", "Our families have farmed", "Anna Berg-Lind"),
])
def test_quotes_glossed_title_long_role_and_portfolio_speakers(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
