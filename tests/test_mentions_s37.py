"""graph.mentions: a post holder's name that the NER split into parts gets one mention for the whole name
(:func:`with_titled_persons`).

Every name here is invented (Ama Kofi Mensah, Wanjiru Kamau Njoroge, Tesfaye Alemu Haile…).
"""
from __future__ import annotations

import pytest

from graph.mentions import NameMention, with_titled_persons
from graph.models import Evidence, Mention, Position


def _m(start: int, end: int, text: str, label: str = "PERSON", kb_id: str = "") -> Mention:
    return Mention("t.txt", start, end, text, label, kb_id)


def _post(person: Mention) -> Position:
    return Position(person=person, title="minister", org=None, evidence=Evidence("t.txt", 0, 60, "..."))


WHOLE = _m(0, 14, "Ama Kofi Mensah")


@pytest.mark.parametrize("mentions, posts, expected", [
    # two parts, a person and a person ("A B" + "C"): one mention for the whole name
    ((NameMention(_m(0, 8, "Ama Kofi")), NameMention(_m(9, 14, "Mensah"))), (_post(WHOLE),),
     [("Ama Kofi Mensah", "PERSON")]),
    # two parts the NER read as organisations: the post makes the whole a person
    ((NameMention(_m(0, 8, "Ama Kofi", "ORG")), NameMention(_m(9, 14, "Mensah", "ORG"))), (_post(WHOLE),),
     [("Ama Kofi Mensah", "PERSON")]),
    # one part that leaves out the last word; an honorific in the part's span ("Ato A B" of "A B C")
    ((NameMention(_m(0, 8, "Ama Kofi")),), (_post(WHOLE),), [("Ama Kofi Mensah", "PERSON")]),
    ((NameMention(_m(0, 17, "Tesfaye Alemu")),), (_post(_m(4, 23, "Tesfaye Alemu Haile")),),
     [("Tesfaye Alemu Haile", "PERSON")]),
    # mentions elsewhere in the text are kept, in their place
    ((NameMention(_m(20, 25, "Ghana", "COUNTRY", "Ghana")), NameMention(_m(0, 8, "Ama Kofi"))), (_post(WHOLE),),
     [("Ghana", "COUNTRY"), ("Ama Kofi Mensah", "PERSON")]),
])
def test_mentions_split_holder_name_joined(mentions, posts, expected):
    found = with_titled_persons(mentions, posts)
    assert [(nm.mention.text, nm.mention.label) for nm in found] == expected
    assert all(nm.appositive_title for nm in found if nm.mention.text == "Ama Kofi Mensah")


@pytest.mark.parametrize("mentions, posts", [
    # (guards) the holder's name is already one mention; a name of two words; a part that is a known state
    ((NameMention(WHOLE),), (_post(WHOLE),)),
    ((NameMention(_m(0, 3, "Ama")), NameMention(_m(4, 8, "Kofi"))), (_post(_m(0, 8, "Ama Kofi")),)),
    ((NameMention(_m(0, 5, "Ghana", "COUNTRY", "Ghana")),), (_post(_m(0, 14, "Ghana Kofi Mensah")),)),
    # a part that leaves out the holder's first word, which may be a title the holder kept ("Alhaji A B")
    ((NameMention(_m(7, 15, "Kofi Mensah")),), (_post(_m(0, 15, "Alhaji Kofi Mensah")),)),
    # (guards) a mention that reaches past the holder's name; a holder that is no person; a lower-case word
    ((NameMention(_m(0, 20, "Ama Kofi Mensah Group", "ORG")),), (_post(WHOLE),)),
    ((NameMention(_m(0, 8, "Ama Kofi")),), (_post(_m(0, 14, "Ama Kofi Mensah", "ORG")),)),
    ((NameMention(_m(0, 8, "Ama Kofi")),), (_post(_m(0, 14, "Ama Kofi mensah")),)),
])
def test_mentions_split_holder_name_left_alone(mentions, posts):
    assert with_titled_persons(mentions, posts) == mentions
