"""graph.quotes and graph.article: "according to" a source whose role stands between it and the quote, an envoy's
title with its posting written before the name ("the ambassador said" later), a paragraph of speech in single
quotes that the cleaner must keep, a body's words given to the spokesperson credited with the same words, and
"the academic" or "the scholar" taking up a professor or a lecturer.

Every sentence here is invented (Lucia Marcos Ibarra, Joseph Okello Mugisha, Amie Touray, Oksana Hrytsenko…).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker

from graph.article import clean_article
from graph.quotes import extract_quotes


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Egypt considers the river part of Sudan's water share. According to Lucia Marcos Ibarra, Cairo's ambassador "
     "in Khartoum, \"Egypt supports Sudan on every part of the river question.\"\n",
     "Egypt supports Sudan", "Lucia Marcos Ibarra"),
])
def test_quotes_according_to_source_with_apposed_role(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Chile backs the plan, Spanish Ambassador to Chile Lucia Marcos Ibarra told reporters. \"Spain's view is "
     "clear: the treaty stands,\" the ambassador said.\n", "Spain's view", "Lucia Marcos Ibarra"),
    ("Kenya has signed the accord, Ugandan Envoy to Kenya Joseph Okello Mugisha told the Daily Nation. "
     "\"Uganda's position is firm and will stay so,\" the envoy said.\n", "Uganda's position",
     "Joseph Okello Mugisha"),
])
def test_quotes_envoy_title_with_posting_before_name(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


def _cleaned_quotes(nlp, raw: str) -> list:
    """The quotes of a raw article after the cleaner has run."""
    art = clean_article(raw, "t.txt", "t.txt")
    return list(extract_quotes(nlp(art.text), art))


_SINGLE_QUOTED = """The Banjul Times
Politics

Minister rules out talks

By Fatou Jallow

The minister spoke in the chamber on Monday.

'Our view has not changed,' Hon. Amie Touray said. 'Senegal is our closest friend. No rebel group will ever use our \
soil.

'We share a long border, and we mean to keep it open.'

'Nothing will change'

The debate went on until late.
"""


@pytest.mark.model
@pytest.mark.parametrize("words, who", [
    ("Senegal is our closest friend", "Amie Touray"),
    ("We share a long border", "Amie Touray"),
])
def test_quotes_single_quoted_speech_paragraph_kept(nlp, words, who):
    assert speaker(_cleaned_quotes(nlp, _SINGLE_QUOTED), words) == who


@pytest.mark.model
def test_quotes_single_quoted_crosshead_still_dropped(nlp):
    art = clean_article(_SINGLE_QUOTED, "t.txt", "t.txt")
    assert "Nothing will change" not in art.text


@pytest.mark.model
@pytest.mark.parametrize("raw, who", [
    ("Interior Ministry says new checkpoints \"will stay until the spring\"\n\n"
     "KYIV - Ukraine will keep its new border checkpoints open, officials said on Monday.\n\n"
     "The checkpoints \"will stay until the spring\", Interior Ministry spokeswoman Oksana Hrytsenko told "
     "reporters in Kyiv. \"Nobody should expect a change before then,\" she said.\n", "Oksana Hrytsenko"),
    ("Foreign Ministry says the border deal \"cannot be reopened\"\n\n"
     "VILNIUS - Lithuania rejected calls to revisit the treaty on Tuesday.\n\n"
     "The deal \"cannot be reopened\", Foreign Ministry spokesman Darius Kaunas said at a briefing. "
     "\"It was signed and ratified,\" he added.\n", "Darius Kaunas"),
])
def test_quotes_body_words_given_to_its_spokesperson(nlp, raw, who):
    found = _cleaned_quotes(nlp, raw)
    assert {q.speaker.text if q.speaker else None for q in found} == {who}


@pytest.mark.model
def test_quotes_body_words_kept_when_person_speaks_for_another_body(nlp):
    raw = ("Foreign Ministry says the border deal \"cannot be reopened\"\n\n"
           "VILNIUS - Lithuania rejected calls to revisit the treaty on Tuesday.\n\n"
           "The deal \"cannot be reopened\", Defence Ministry spokesman Darius Kaunas said at a briefing.\n")
    found = _cleaned_quotes(nlp, raw)
    assert [q.speaker.text if q.speaker else None for q in found] == ["Foreign Ministry", "Darius Kaunas"]


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Would the deal survive a new government? Dr Kofi Mensah Darko, an assistant professor of law at "
     "Kumasi University, doubts it.\n\n\"Not under this parliament,\" the academic said.\n",
     "Not under this parliament", "Kofi Mensah Darko"),
    ("Dr Lena Fischer Roth, a senior lecturer who teaches geography at Basel University, has studied the treaty for "
     "years. \"The map was drawn in a hurry,\" the scholar said.\n", "The map was drawn", "Lena Fischer Roth"),
    # two academics named before: no guess
    ("Dr Kofi Mensah Darko, a professor of law at Kumasi University, disagrees with Dr Lena Fischer Roth, "
     "a lecturer at Basel University.\n\n\"Not under this parliament,\" the academic said.\n",
     "Not under this parliament", None),
])
def test_quotes_academic_noun_takes_up_academic_post(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
