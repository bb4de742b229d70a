"""Positions whose state comes from the outlet, and titles opening a sentence (graph/relations.py).

Every sentence is invented; the people, papers and towns are made up (the countries are real).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_positions


def _positions(nlp, raw: str, body: str, outlet: str | None = None) -> list[tuple[str, str, str | None]]:
    art = Article(id="t.txt", path="t.txt", raw=raw + "\n\n" + body, text=body, outlet=outlet)
    out = []
    for p in extract_positions(nlp(body), art):
        org = p.org.text if p.org is not None else p.org_name
        out.append((p.person.text, p.title, org))
    return out


HOME_CASES = [
    ("outlet_opens_with_demonym", "CHILEAN DAILY WORLD", "Chilean Daily World",
     "Foreign Minister Petar Lindqvist told the chamber the talks would go on.",
     "Petar Lindqvist", "foreign minister", "Chile"),
    ("tagline_opens_with_demonym", "Varnek Times\nChilean news in English", "Varnek Times",
     "Foreign Minister Petar Lindqvist told the chamber the talks would go on.",
     "Petar Lindqvist", "foreign minister", "Chile"),
    ("minister_of_portfolio", "CHILEAN DAILY WORLD", "Chilean Daily World",
     "The talks will go on, Minister of Foreign Affairs Petar Lindqvist wrote to the chamber on Friday.",
     "Petar Lindqvist", "minister of foreign affairs", "Chile"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,raw,outlet,body,person,title,org", HOME_CASES, ids=[c[0] for c in HOME_CASES])
def test_relations_positions4_outlet_home_state(nlp, name, raw, outlet, body, person, title, org):
    """A state office with no state named belongs to the state the outlet's name or tagline names."""
    got = _positions(nlp, raw, body, outlet)
    assert any(person in p and t == title and o == org for p, t, o in got), got


SENTENCE_START_CASES = [
    ("district_chief", "He left early. District chief Petar Lind told us the road was shut.",
     "Petar Lind", "district chief"),
    ("village_head", "Village head Ana Varga said the well had run dry.", "Ana Varga", "village head"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title", SENTENCE_START_CASES, ids=[c[0] for c in SENTENCE_START_CASES])
def test_relations_positions4_sentence_initial_common_noun(nlp, name, text, person, title):
    """A common noun capitalised only because it opens the sentence stays in the title."""
    got = _positions(nlp, "", text)
    assert any(person in p and t == title for p, t, _ in got), got


def test_relations_positions4_headline_demonym_no_home(nlp):
    """A long first line that opens with a demonym is a headline, not an outlet's tagline."""
    got = _positions(nlp, "Chilean news of the week leaves the ministers of every party in despair over the budget",
                     "Foreign Minister Petar Lindqvist told the chamber the talks would go on.")
    assert all(o != "Chile" for p, t, o in got if "Lindqvist" in p), got
