"""Positions (graph/relations.py), session 27: "then-" titles, seats named in lower case, posts told by a verb.

Every sentence is invented; the people, outlets and bodies are made up.
"""
from __future__ import annotations

import pytest

from extract_helpers import positions as _positions


THEN_CASES = [
    ("then_hyphen", "The levy was approved by then-governor Ana Varga in 2009.", "Ana Varga", "governor"),
    ("the_then", "Petar Lind, the then foreign minister, put his name to the pact in 1994.", "Petar Lind",
     "foreign minister"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title", THEN_CASES, ids=[c[0] for c in THEN_CASES])
def test_relations_positions_s27_then_title_is_former(nlp, name, text, person, title):
    """"then-governor Name", "the then foreign minister": a post held at the time told, now past."""
    got = _positions(nlp, text)
    assert any(p == person and t == title and f for p, t, _, f in got), got


SEAT_CASES = [
    ("lower_case_commission", "Marek Osten, a member of the river basin commission, said the survey was late.",
     "Marek Osten", "member", "river basin commission"),
    ("lower_case_committee", "Dr Lena Kovac, a member of the regional ethics committee, voted against it.",
     "Lena Kovac", "member", "regional ethics committee"),
    ("member_of_parliament", "Petar Lind, the member of parliament for Varnek, said the ferry was cancelled.",
     "Petar Lind", "member of parliament", None),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", SEAT_CASES, ids=[c[0] for c in SEAT_CASES])
def test_relations_positions_s27_seat_in_body(nlp, name, text, person, title, org):
    """A seat in a body named in lower case is a post in it; "member of parliament" keeps its chamber."""
    got = _positions(nlp, text)
    assert any(p == person and t == title and (org is None or o == org) for p, t, o, _ in got), got


VERB_CASES = [
    ("teaches_at_university", "Ana Varga, who teaches tax law at Tolsby University, said the ruling was odd.",
     "Ana Varga", "lecturer", "Tolsby University"),
    ("writes_about_for_paper", "Petar Lind, who writes about energy for the Tolsby Times, said prices would rise.",
     "Petar Lind", "writer", "Tolsby Times"),
    ("writes_column_for", "Marek Osten, who writes a regular column for the Varnek Herald, disagreed.",
     "Marek Osten", "columnist", "Varnek Herald"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", VERB_CASES, ids=[c[0] for c in VERB_CASES])
def test_relations_positions_s27_work_verb_post(nlp, name, text, person, title, org):
    """"who teaches law at X University" makes a lecturer there; "writes (a column) for X" a writer there."""
    got = _positions(nlp, text)
    assert any(p == person and t == title and o and org in o for p, t, o, _ in got), got


NEGATIVE_CASES = [
    ("one_letter", "Petar Lind, who wrote a letter for the Varnek Fund, said he was sorry."),
    ("not_teaching", "Ana Varga, who does not teach at Tolsby University, said the course was full."),
    ("bare_committee", "Marek Osten, a member of the committee, said the survey was late."),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text", NEGATIVE_CASES, ids=[c[0] for c in NEGATIVE_CASES])
def test_relations_positions_s27_no_post_without_cue(nlp, name, text):
    """A single piece written, a negated verb or a bare "the committee" names no new post."""
    got = _positions(nlp, text)
    assert not any(t in {"writer", "lecturer", "teacher", "member"} for _, t, _, _ in got), got


OF_BODY_CASES = [
    ("chamber_of_commerce", "Marek Osten, the Tolsby Chamber of Commerce president, said trade was slow.",
     "Marek Osten", "president", "Tolsby Chamber of Commerce"),
    ("council_of_elders", "Petar Lind, the Varnek Council of Elders spokesman, said the well was dry.",
     "Petar Lind", "spokesman", "Varnek Council of Elders"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", OF_BODY_CASES, ids=[c[0] for c in OF_BODY_CASES])
def test_relations_positions_s27_of_body_before_title(nlp, name, text, person, title, org):
    """"the X Chamber of Commerce president": a body named with "of" before a lower-case title, after "the"."""
    got = _positions(nlp, text)
    assert (person, title, org, False) in got, got
