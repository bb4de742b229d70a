"""graph.quotes: a body's word given through its spokesperson or taken up by a business noun.

Every quote here is invented; people and bodies are invented, the countries real ones from the gazetteer.
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes as _quotes, speaker as _speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Zaltek Motors shut its assembly line in June.\n\n"
     "\"Nobody wanted to see the line close,\" a Zaltek Motors spokesman said.\n",
     "Nobody wanted to see", "Zaltek Motors"),
    ("\"Every flight leaves on time again this week,\" a spokeswoman for Varnek Airlines said on Tuesday.\n",
     "Every flight leaves", "Varnek Airlines"),
])
def test_quotes_spokesperson_of_business_name_gives_the_business(nlp, text, words, speaker):
    """"a Zaltek Motors spokesman": a name holding a business word is the body, though it has no body noun."""
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("\"We will not comment on that rumour,\" a spokeswoman for Ana Power said.\n", "comment on that rumour", None),
])
def test_quotes_spokesperson_of_a_person_gives_no_body(nlp, text, words, speaker):
    """A person's name ending in a word that also names firms ("Power") is no business."""
    assert _speaker(_quotes(nlp, text), words) == speaker


_TAKEN_UP = [
    ("The Tolsby Rail Company cancelled forty trains on Sunday. \"Our crews could not reach the depots in time,\" "
     "a company spokesman said.\n", "crews could not reach", "Tolsby Rail Company"),
    ("The Tolsby Rail Company cancelled forty trains on Sunday. \"Our crews could not reach the depots in time,\" "
     "a spokeswoman for the company said.\n", "crews could not reach", "Tolsby Rail Company"),
    ("The Tolsby Rail Company cancelled forty trains on Sunday. \"Our crews could not reach the depots in time,\" "
     "the company's spokesman said.\n", "crews could not reach", "Tolsby Rail Company"),
    ("The Ministry of Roads shut the old bridge on Friday. \"Its cables have rusted through,\" "
     "a ministry spokeswoman said.\n", "cables have rusted", "Ministry of Roads"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", _TAKEN_UP)
def test_quotes_spokesperson_of_described_body_takes_up_the_body(nlp, text, words, speaker):
    """'The X Company did ... "...," a company spokesman said': the body that led the sentence before speaks."""
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Ana Varga cancelled her trip on Sunday. \"The weather was far too rough for a crossing,\" "
     "a company spokesman said.\n", "far too rough", None),
    ("The Tolsby Rail Company cancelled forty trains on Sunday. \"The weather was far too rough for a crossing,\" "
     "a spokesman said.\n", "far too rough", None),
])
def test_quotes_spokesperson_without_a_body_before_gives_nobody(nlp, text, words, speaker):
    """No body led the sentence before, or the spokesperson names no body: nobody is guessed."""
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The Varnek Group said on Monday it would close two plants. \"Orders have fallen for a year,\" "
     "the company said.\n", "Orders have fallen", "Varnek Group"),
    ("The Tolsby Corporation cut 300 jobs on Monday. \"Orders have fallen for a year,\" the firm said.\n",
     "Orders have fallen", "Tolsby Corporation"),
])
def test_quotes_company_noun_takes_up_a_group_or_corporation(nlp, text, words, speaker):
    """"X Group ... the company said": a business named by "Group" or "Corporation" is "the company"."""
    assert _speaker(_quotes(nlp, text), words) == speaker
