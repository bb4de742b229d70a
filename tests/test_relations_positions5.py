"""Positions with a comma-listed portfolio, an outlet named after a region, an unlisted body (graph/relations.py).

Every sentence is invented; the people, outlets and bodies are made up.
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


CASES = [
    ("lower_portfolio_list", "The Varnek Union met on Monday. Its commissioner for trade, water and housing, "
     "Petar Lind, said the work would start soon.", "Petar Lind", "commissioner for trade", "Varnek Union"),
    ("lower_portfolio_list_honorific", "Its commissioner for roads, water and housing, Dr Petar Lind, "
     "promised new pumps.", "Petar Lind", "commissioner for roads", None),
    ("region_word_outlet", "Ana Varga is The Asia Review's correspondent in Tolsby.",
     "Ana Varga", "correspondent", "Asia Review"),
    ("region_word_outlet_opening", "The Pacific Review's correspondent Ana Varga reported from the capital.",
     "Ana Varga", "correspondent", "Pacific Review"),
    ("unlisted_body_as_adjective", "Tolsbycrest general manager Ana Varga said the lift would open in May.",
     "Ana Varga", "general manager", "Tolsbycrest"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", CASES, ids=[c[0] for c in CASES])
def test_relations_positions5_title_and_body(nlp, name, text, person, title, org):
    """The title and its body are read whole (org None: any body, or none)."""
    got = _positions(nlp, text)
    assert any(person in p and t == title and (org is None or o == org) for p, t, o in got), got


NEGATIVE = [
    ("plain_list_no_office", "He met farmers, traders and herders, Petar Lind said."),
    ("english_adjective_before_title", "Senior general manager Ana Varga said the lift would open in May."),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_relations_positions5_no_false_body(nlp, name, text):
    """A list of common nouns is no portfolio; an English adjective before a title names no body."""
    got = _positions(nlp, text)
    assert not any(o for _, _, o in got) and not any(t.startswith("commissioner") for _, t, _ in got), got
