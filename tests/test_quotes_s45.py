"""graph.quotes: a title glossed in brackets before the name ("the premier (lantråd) NAME") sets the name off as a
comma does, and a place after "In" opening the sentence is nobody's name; "According to NAME, <a long role>, "...""
keeps NAME as the speaker; "Deputy Secretary for X Relations NAME" is the name alone; an untagged name joined to
"her husband" is a person, so "Mrs Y" is hers.

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


@pytest.mark.model
def test_quotes_name_joined_to_its_kin_is_a_person(nlp):
    # "X Y and her husband, Z Y," with the first name untagged: "Mrs Y" is X Y, not her husband
    text = ("\"The children noticed the murals first.\"\n\nTess Alder and her husband, Troy Alder, flew to Perth eight "
            "times last year while their son was in treatment.\n\n\"We saw more of hospital corridors than of our "
            "house,\" Mrs Alder said. \"Our other two kids barely knew us.\"\n\nTroy Alder put it simply: \"This ward "
            "would have given us our year back.\"")
    found = quotes(nlp, text)
    assert speaker(found, "We saw more of hospital corridors") == "Tess Alder"
    assert speaker(found, "Our other two kids barely knew us") == "Tess Alder"
