"""graph.relations positions: owners named with "of", hyphenated ranks, a ministry or school named before.

Every sentence here is invented (Ilse Vandermeer, Otto Brankovic…).
"""
from __future__ import annotations

import pytest

from extract_helpers import article, positions, post_held


def _has(found, person, title, org, former=False):
    return post_held(found, person, title, org, former, exact_org=True)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a body named with "of" owns the title after its possessive (an author footer)
    ("Ilse Vandermeer is The Times of India's education correspondent.",
     "Ilse Vandermeer", "education correspondent", "Times of India"),
    # a hyphenated rank before the name is no part of the name
    ("Vice-Minister Otto Brankovic said on Friday that Serbia would not change its visa rules.",
     "Otto Brankovic", "vice-minister", None),
    # a ministry's officer opening the sentence after the ministry was its subject
    ("The Ministry of Health in Chile stayed silent. Vice-Minister Rocio Albarran would not discuss the "
     "shortage of vaccines.", "Rocio Albarran", "vice-minister", "Ministry of Health"),
    # "of the school": the one school the article named before
    ("Parents at Greyfield Academy in Wales met on Tuesday. Their spokesman, Owain Pryce, is also a governor of "
     "the academy and wants more teachers.", "Owain Pryce", "governor", "Greyfield Academy"),
    # a parish named after a saint is no person's name
    ("The Constable of St Brelade, Margot Le Brun, opened the new library on Monday. \"St Brelade has waited "
     "a long time,\" she said.", "Margot Le Brun", "constable", "St Brelade"),
    ("The Constable of St Clement, Margot Le Brun, said the road would close. St Clement is a small parish.",
     "Margot Le Brun", "constable", "St Clement"),
])
def test_relations_positions_named_owner(nlp, text, person, title, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, former", [
    # "the late Senator Name": a post held until death
    ("A bridge in Cebu will carry the name of the late Senator Rodolfo Mangubat, who built the first school there.",
     "Rodolfo Mangubat", "senator", True),
    # a living senator stays a current one
    ("A bridge in Cebu will carry the name of Senator Rodolfo Mangubat, who opened it on Monday.",
     "Rodolfo Mangubat", "senator", False),
])
def test_relations_positions_late_holder_former(nlp, text, person, title, former):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, None, former), found


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # no "of the NOUN" reading when two different schools were named before
    ("Parents at Greyfield Academy and Ashcombe Academy met on Tuesday. Owain Pryce is also a governor of the academy.",
     "Owain Pryce"),
])
def test_relations_positions_definite_body_ambiguous(nlp, text, person):
    found = positions(nlp, text)
    assert not any(p == person and o in {"Greyfield Academy", "Ashcombe Academy"} for p, _, o, _ in found), found


@pytest.mark.parametrize("asked, expected", [
    # the employer named in full is the body of that name, not the shorter one the text also names
    ("Morning Star Ghana", "Morning Star Ghana"),
    # the shorter name itself stays the shorter body
    ("Morning Star", "Morning Star"),
])
def test_relations_positions_full_outlet_name_resolved(asked, expected):
    from graph.entities import resolve_entities
    from graph.mentions import NameMention
    from graph.models import Mention

    res = resolve_entities([NameMention(Mention("t.txt", 0, 18, "Morning Star Ghana", "ORG")),
                            NameMention(Mention("t.txt", 100, 112, "Morning Star", "ORG"))])
    key = res.resolve(Mention("t.txt", 100, 100 + len(asked), asked, "ORG"))
    assert key is not None and res.entities[key].name == expected
