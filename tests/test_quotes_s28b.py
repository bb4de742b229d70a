"""Quote attribution, session 28 (round 2): honorific chains and styles, mood sentences, gestures, "it added"."""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker

pytestmark = pytest.mark.model

_LEAD = "The talks ran late into the night on Tuesday.\n\n"


@pytest.mark.parametrize("text, words, want", [
    (_LEAD + "Deputy Minister Tan Sri Dato' Seri Ana Varga told the press: \"The file is closed for now.\"",
     "file is closed", "Ana Varga"),
    (_LEAD + "Senator Datuk Haji Petar Lind said: \"We are willing to meet them halfway.\"",
     "willing to meet", "Petar Lind"),
])
def test_quotes_honorific_chain_left_off_speaker(nlp, text, words, want):
    """A Malay chain of honorifics ("Tan Sri Dato' Seri", "Datuk Haji") is no part of the speaker's name."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    (_LEAD + "Her Royal Highness Princess Ana Varga told the guests: \"Thank you for your kindness tonight.\"",
     "your kindness", "Ana Varga"),
    (_LEAD + "His Excellency Petar Lind said: \"Thank you for your kindness tonight.\"", "your kindness",
     "Petar Lind"),
])
def test_quotes_style_of_address_names_nobody(nlp, text, words, want):
    """"Her Royal Highness" / "His Excellency" before a name is a style, not the speaker's name."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    (_LEAD + "Petar Lind did not mince words. \"I call this a failure of nerve.\"", "failure of nerve", "Petar Lind"),
    (_LEAD + "Ana Varga was unmoved. \"We will keep the plan as it stands.\"", "keep the plan", "Ana Varga"),
    (_LEAD + "Ana Varga nodded. \"Yes, we will sign it next week.\"", "sign it next", "Ana Varga"),
    (_LEAD + "Asked if he would stand again, Petar Lind grinned. \"Ask me again next spring.\"", "next spring",
     "Petar Lind"),
    (_LEAD + "Petar Lind was arrested. \"I saw it all from my window.\"", "from my window", None),
])
def test_quotes_mood_or_gesture_sentence_before_quote(nlp, text, words, want):
    """'NAME was unmoved.' / 'did not mince words.' / 'NAME nodded.' introduce the first-person quote after it."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    (_LEAD + "The Tolsby Drainage Board said in a notice that the canals were safe. \"There is no danger to "
     "boats,\" it added.", "no danger to", "Tolsby Drainage Board"),
])
def test_quotes_it_added_skips_that_clause_hung_on_noun(nlp, text, words, want):
    """'X said in a release that ...' misparsed as a relative clause: '"...," it added' still reaches X."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    (_LEAD + "\"This is a dark hour for the valley,\" Ana Varga posted on Facebook.", "dark hour", "Ana Varga"),
])
def test_quotes_given_name_left_out_of_body_tag(nlp, text, words, want):
    """"Ana [Varga]" with the surname alone tagged as a body: the speaker keeps the given name."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    (_LEAD + "\"Nobody saw a crowd like this coming, not even us.\" That was the verdict of Marek Osten, the "
     "club's secretary.", "crowd like this", "Marek Osten"),
    (_LEAD + "\"Nobody saw a crowd like this coming, not even us.\" That was the verdict of the night, and it "
     "stuck.", "crowd like this", None),
])
def test_quotes_verdict_sentence_after_opening_quote(nlp, text, words, want):
    """'"...." That was the verdict of NAME.' in the quote's own paragraph names the speaker."""
    assert speaker(quotes(nlp, text), words) == want
