"""Positions stated by an office verb or a possessive body before the title (graph/relations.py).

Every sentence is invented; the people and bodies are made up.
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_positions


def _positions(nlp, text: str) -> list[tuple[str, str, str | None]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text, outlet=None)
    out = []
    for p in extract_positions(nlp(text), art):
        org = p.org.text if p.org is not None else p.org_name
        out.append((p.person.text, p.title, org))
    return out


RUN_CASES = [
    ("runs_relative", "Petar Lind, who runs the Varnek Foundation, said donations fell.",
     "Petar Lind", "head", "Varnek Foundation"),
    ("ran_relative", "Petar Lind, who ran the Varnek Foundation for a decade, said donations fell.",
     "Petar Lind", "head", "Varnek Foundation"),
    ("runs_bare_company", "Marek Osten, who runs Varnek Holdings, declined to comment.",
     "Marek Osten", "head", "Varnek Holdings"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", RUN_CASES, ids=[c[0] for c in RUN_CASES])
def test_relations_positions_s24_run_verb_heads(nlp, name, text, person, title, org):
    """"X, who runs the Y Foundation": X heads the named body."""
    got = _positions(nlp, text)
    assert (person, title, org) in got, got


RUN_NEGATIVE = [
    ("race_run", "Petar Lind ran the London Marathon last year.", "Petar Lind"),
    ("ran_for_office", "Petar Lind ran for president of Brazil in 2018.", "Petar Lind"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person", RUN_NEGATIVE, ids=[c[0] for c in RUN_NEGATIVE])
def test_relations_positions_s24_run_no_body(nlp, name, text, person):
    """Running a race or running for an office heads no body."""
    got = _positions(nlp, text)
    assert not any(p == person and t == "head" for p, t, _ in got), got


PLURAL_OWNER_CASES = [
    ("holdings_chairman", "Varnek Holdings' chairman Petar Lind resigned on Friday.",
     "Petar Lind", "chairman", "Varnek Holdings"),
    ("islands_governor", "The Tolsby Islands' governor Marek Osten resigned on Friday.",
     "Marek Osten", "governor", "Tolsby Islands"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", PLURAL_OWNER_CASES, ids=[c[0] for c in PLURAL_OWNER_CASES])
def test_relations_positions_s24_plural_owner_premodifier(nlp, name, text, person, title, org):
    """"Varnek Holdings' chairman Name": a bare apostrophe after "-s" still marks the title's owner."""
    got = _positions(nlp, text)
    assert (person, title, org) in got, got


@pytest.mark.model
def test_relations_positions_s24_quote_mark_no_owner(nlp):
    """A closing quotation mark before a title is no possessive: no owner is read through it."""
    got = _positions(nlp, "'Tolsby' chairman Petar Lind said prices fell.")
    assert not any(o == "Tolsby" for _, _, o in got), got


def _former(nlp, text: str) -> list[tuple[str, str, bool]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text, outlet=None)
    return [(p.person.text, p.title, p.former) for p in extract_positions(nlp(text), art)]


LEFT_CASES = [
    ("sacked_as", "Petar Lind, who was sacked as chief executive of the Varnek Group, kept silent.",
     "Petar Lind", "chief executive", True),
    ("resigned_as", "Petar Lind resigned as chairman of the Varnek Group last week.", "Petar Lind", "chairman", True),
    ("has_stepped_down_as", "Petar Lind has stepped down as chairman of the Varnek Group.",
     "Petar Lind", "chairman", True),
    ("will_step_down_as", "Petar Lind will step down as chairman of the Varnek Group in June.",
     "Petar Lind", "chairman", False),
    ("could_be_fired_as", "Petar Lind, who could be fired as director of the Varnek Museum, kept silent.",
     "Petar Lind", "director", False),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,former", LEFT_CASES, ids=[c[0] for c in LEFT_CASES])
def test_relations_positions_s24_left_post_as_is_former(nlp, name, text, person, title, former):
    """"resigned as / was sacked as TITLE of ORG" is a post left; "will step down as" one still held."""
    got = _former(nlp, text)
    assert (person, title, former) in got, got
