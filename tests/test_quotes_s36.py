"""graph.quotes speakers: a full name the tagger read as a body, whose first word named a person before ("his
wife, Ana" ... "Ana Berg was sharper. '...,' she said").

Every sentence here is invented (Andreas Kallis, Kyproulla Georgiou…).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker

_HARBOUR = ("At the harbour café, fishing skipper Andreas Kallis waited with his wife, Kyproulla, beside the old "
            "crane.\n\n\u201cThree generations of my family have worked these boats,\u201d Kallis said.\n\n"
            "Kyproulla Georgiou was sharper. \u201cNo minister ever came to explain the new fence to any of us,"
            "\u201d {pronoun} said.")


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    (_HARBOUR.format(pronoun="she"), "No minister ever came", "Kyproulla Georgiou"),
    (_HARBOUR.format(pronoun="she"), "Three generations", "Andreas Kallis"),
])
def test_quotes_given_name_before_full_name_read_as_body(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # the kin noun made the given name a woman's: "he" cannot take the full name up
    (_HARBOUR.format(pronoun="he"), "No minister ever came"),
])
def test_quotes_given_name_before_full_name_read_as_body_negative(nlp, text, words):
    assert speaker(quotes(nlp, text), words) != "Kyproulla Georgiou"
