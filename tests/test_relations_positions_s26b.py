"""Positions (graph/relations.py), session 26 round 2: a two-part minister's style, a possessed "chief", coaches.

Every sentence is invented; the people and bodies are made up.
"""
from __future__ import annotations

import pytest

from extract_helpers import positions as _positions


STYLE_CASES = [
    ("second_remit_community",
     "Minister of Foreign Affairs and the Overseas Community Petar Lind told reporters the border was shut.",
     "Petar Lind"),
    ("second_remit_diaspora",
     "Tolsby will not yield, Minister of Foreign Affairs and the Diaspora Overseas Marek Osten told reporters.",
     "Marek Osten"),
    ("second_remit_heritage", "Minister of Culture and the National Heritage Ana Varga opened the museum.",
     "Ana Varga"),
    ("second_remit_arts", "Minister of Education and the Arts Petar Lind visited the school.", "Petar Lind"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person", STYLE_CASES, ids=[c[0] for c in STYLE_CASES])
def test_relations_positions_s26b_two_part_style_before_name(nlp, name, text, person):
    """"Minister of A and the B Name": the holder is the name after the second remit, a minister."""
    got = _positions(nlp, text)
    assert any(p == person and t.startswith("minister") for p, t, _, _ in got), got


@pytest.mark.model
def test_relations_positions_s26b_two_part_style_title(nlp):
    """The first remit names the post when the tagger glues the second remit to the name."""
    got = _positions(nlp, "Minister of Foreign Affairs and the Overseas Community Petar Lind told reporters the "
                          "border was shut.")
    assert ("Petar Lind", "minister of foreign affairs", None, False) in got, got


@pytest.mark.model
def test_relations_positions_s26b_second_remit_is_no_person(nlp):
    """The words of the second remit are no holder."""
    got = _positions(nlp, "Minister of Culture and the National Heritage Ana Varga opened the museum.")
    assert got and not any("Heritage" in p for p, _, _, _ in got), got


OWNED_CASES = [
    ("institute_chief", "The Varnek Institute's chief Ana Varga said the survey was finished.",
     "Ana Varga", "chief", "Varnek Institute"),
    ("group_chief", "Tolsby Group's chief Petar Lind said sales had dropped.", "Petar Lind", "chief", "Tolsby Group"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", OWNED_CASES, ids=[c[0] for c in OWNED_CASES])
def test_relations_positions_s26b_possessed_chief(nlp, name, text, person, title, org):
    """"X's chief Name": the tagger's adjective "chief" heads the title; X is the employer."""
    assert (person, title, org, False) in _positions(nlp, text)


COACH_CASES = [
    ("premodifier", "Head coach Petar Lind praised his players after the match.", "Petar Lind"),
    ("appositive", "Marek Osten, the national side's head coach, named a new captain.", "Marek Osten"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person", COACH_CASES, ids=[c[0] for c in COACH_CASES])
def test_relations_positions_s26b_coach(nlp, name, text, person):
    """A (head) coach is a post, like a captain or a manager."""
    got = _positions(nlp, text)
    assert any(p == person and "coach" in t for p, t, _, _ in got), got


AGENT_CASES = [
    ("state_agent", "Petar Lind, who was Estonia's agent before the tribunal, said the ruling was fair.",
     ("Petar Lind", "agent", "Estonia", False)),
    ("patrol_agent", "Border Patrol agent Ana Varga said the fence had been cut.",
     ("Ana Varga", "agent", "Border Patrol", False)),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,fact", AGENT_CASES, ids=[c[0] for c in AGENT_CASES])
def test_relations_positions_s26b_agent(nlp, name, text, fact):
    """A state's agent before a court, or a service's agent, holds a post."""
    assert fact in _positions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Investigators said the nerve agent Varnitol was used in the attack.",
    "Police said a chemical agent Tolsene had been found in the flat.",
])
def test_relations_positions_s26b_substance_agent_is_no_post(nlp, text):
    """A "nerve agent" or "chemical agent" before a name is a substance, not a post held."""
    assert not [p for p in _positions(nlp, text) if p[1].endswith("agent")]
