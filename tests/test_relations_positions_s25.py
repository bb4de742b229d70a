"""Positions read from a place or body name written before the title (graph/relations.py).

Every sentence is invented; the people, towns and bodies are made up.
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


LINKED_NAME_CASES = [
    ("hyphen_town_mayor", "Pará-Marin Mayor Ana Varga said the town wanted it.",
     "Ana Varga", "mayor", "Pará-Marin"),
    ("particle_region_commissioner", "Bahri el Tolsk Commissioner Marek Osten said his staff would count the families.",
     "Marek Osten", "commissioner", "Bahri el Tolsk"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", LINKED_NAME_CASES, ids=[c[0] for c in LINKED_NAME_CASES])
def test_relations_positions_s25_linked_place_before_title(nlp, name, text, person, title, org):
    """A hyphen or a name particle inside a place name before the title keeps the whole name."""
    got = _positions(nlp, text)
    assert (person, title, org) in got, got


MASTER_CASES = [
    ("possessive_former_harbour", "Marek Osten, Tolsby's former harbour master, remembered the bay.",
     "Marek Osten", "harbour master", "Tolsby"),
    ("station_at_town", "Petar Lind, the station master at Dolsk, said trains were late.",
     "Petar Lind", "station master", "Dolsk"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", MASTER_CASES, ids=[c[0] for c in MASTER_CASES])
def test_relations_positions_s25_port_master_office(nlp, name, text, person, title, org):
    """"Harbour master" and "station master", written as two words, are offices of the place."""
    got = _positions(nlp, text)
    assert (person, title, org) in got, got


@pytest.mark.model
def test_relations_positions_s25_bare_master_no_title(nlp):
    """"a master of the craft" names a skill, not an office."""
    got = _positions(nlp, "Ana Varga, a master of the craft, said the loom was old.")
    assert not any("master" in t for _, t, _ in got), got
