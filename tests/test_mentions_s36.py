"""graph.mentions: the holder of a post the NER missed gets a mention (:func:`titled_person_mentions`); the
byline's author named again in capitals ("NAME SURNAME is a reporter with X") is the author.

Every name here is invented (Togbe Kofi Dzakpasu II, Tevita Moala, Ana Varga…).
"""
from __future__ import annotations

import pytest

from extract_helpers import article
from graph.mentions import NameMention, extract_mentions, titled_person_mentions
from graph.models import Evidence, Mention, Position
from graph.pipeline import extract_article


def _m(start: int, end: int, text: str, label: str = "PERSON") -> Mention:
    return Mention("t.txt", start, end, text, label)


def _post(person: Mention) -> Position:
    return Position(person=person, title="chief", org=None, evidence=Evidence("t.txt", 0, 40, "..."))


@pytest.mark.parametrize("mentions, posts, expected", [
    # no mention covers the holder: one is made, vouched for by the post
    ((), (_post(_m(0, 9, "Ana Varga")),), [("Ana Varga", True)]),
    # the same holder twice: one mention
    ((), (_post(_m(0, 9, "Ana Varga")), _post(_m(0, 9, "Ana Varga"))), [("Ana Varga", True)]),
    # a mention covers the holder already, or part of it: none
    ((NameMention(_m(0, 9, "Ana Varga")),), (_post(_m(0, 9, "Ana Varga")),), []),
    ((NameMention(_m(4, 9, "Varga", "ORG")),), (_post(_m(0, 9, "Ana Varga")),), []),
    # a holder that is no name (lower case) or not a person: none
    ((), (_post(_m(0, 9, "the mayor")),), []),
    ((), (_post(_m(0, 9, "Varga Ltd", "ORG")),), []),
])
def test_mentions_titled_person_mentions(mentions, posts, expected):
    found = titled_person_mentions(mentions, posts)
    assert [(nm.mention.text, nm.appositive_title) for nm in found] == expected


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Voices from Keta\n\nIn Keta, a lagoon town in the Volta Region near the Togolese border, the news was "
     "welcomed.\n\nTogbe Kofi Dzakpasu II, chief fisherman of Keta, said the canoes had stayed ashore for a week.",
     "Kofi Dzakpasu II"),  # ("Togbe", an Ewe chief's title, is no part of the name)
])
def test_mentions_post_holder_missed_by_ner_is_a_mention(nlp, text, name):
    facts = extract_article(nlp(text), article(text))
    assert name in [nm.mention.text for nm in facts.mentions if nm.mention.label == "PERSON"]


@pytest.mark.model
@pytest.mark.parametrize("text, author, expected", [
    ("By TEVITA MOALA\n\nThe new wharf opened on Monday after two years of work.\n\n"
     "TEVITA MOALA is a staff reporter for the Pacific Times.", "Tevita Moala", "Tevita Moala"),
])
def test_mentions_author_named_in_capitals(nlp, text, author, expected):
    found = [(nm.mention.text, nm.mention.label) for nm in extract_mentions(nlp(text), article(text, author=author))]
    assert (expected, "PERSON") in found
    assert not any(label != "PERSON" and "MOALA" in name for name, label in found)


@pytest.mark.model
@pytest.mark.parametrize("text, author", [
    # another person in capitals is not the author
    ("The new wharf opened on Monday.\n\nSIONE LATU is a staff reporter for the Pacific Times.", "Tevita Moala"),
])
def test_mentions_author_named_in_capitals_negative(nlp, text, author):
    found = [nm.mention.text for nm in extract_mentions(nlp(text), article(text, author=author))]
    assert author not in found
