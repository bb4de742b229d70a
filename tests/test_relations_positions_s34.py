"""graph.relations positions: two posts before one name, ranked portfolios, numbered army units, mission names.

Every sentence here is invented (Tomas Okafor, Lerato Dlamini, Ramon Dizon…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions, post_held


def _has(found, person, title, org, former=False):
    return post_held(found, person, title, org, former, exact_org=True)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # two posts joined by "and" before the name: the first is read too, not only the "of"-portfolio
    ("Vice President and Minister of Defence Rosa Ibarra inspected the barracks at dawn.",
     "Rosa Ibarra", "vice president", None, False),
    ("Attorney General and Minister for Justice Kwame Boateng tabled the amended bill.",
     "Kwame Boateng", "attorney general", None, False),
    # "Minister of State for X" before the name: the rank, then its portfolio
    ("Minister of State for Home Affairs Lerato Dlamini opened the new border post.",
     "Lerato Dlamini", "minister of state for home affairs", None, False),
    ("Minister of State for Energy Tomas Okafor met the visiting delegation.",
     "Tomas Okafor", "minister of state for energy", None, False),
    # a Commonwealth command post and an army formation named by a bare number
    ("Arvind Kale, General Officer Commanding of 3 Infantry Division, backed the plan.",
     "Arvind Kale", "general officer commanding", "3 Infantry Division", False),
    ("Priya Rawat, commander of the 2 Armoured Brigade, denied any shelling took place.",
     "Priya Rawat", "commander", "2 Armoured Brigade", False),
    # an embassy takes the adjective of its sending state
    ("Chinese Consulate spokesperson Li Wenhao would not discuss the visas.",
     "Li Wenhao", "spokesperson", "Chinese Consulate", False),
    # a naval rank before the name is no part of it
    ("Commodore Ramon Dizon, the spokesman of the Philippine Coast Guard, said two ships were sighted.",
     "Ramon Dizon", "spokesman", "Philippine Coast Guard", False),
    # "the group's treasurer": the one body named shortly before, whatever its name ends in
    ("Ingrid Solheim, who chairs the Friends of Varnby Heath, said 400 trees were planted.\n"
     "Her son, Erik Solheim, is the group's treasurer.",
     "Erik Solheim", "treasurer", "Friends of Varnby Heath", False),
    # a party's spokesperson with a brief written after the title
    ("Mark Doyle, Labour's spokesman on health, said waiting lists had grown again.",
     "Mark Doyle", "spokesman on health", "Labour", False),
])
def test_relations_positions_s34_patterns(nlp, text, person, title, org, former):
    assert _has(positions(nlp, text), person, title, org, former)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title", [
    # two bodies in reach: "the group" stays unresolved
    ("Ingrid Solheim chairs the Friends of Varnby Heath and Olav Berg runs the Varnby Walkers Club.\n"
     "Erik Solheim is the group's treasurer.", "Erik Solheim", "treasurer"),
])
def test_relations_positions_s34_generic_group_needs_one_body(nlp, text, person, title):
    assert any(p == person and t == title and o is None for p, t, o, _ in positions(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # a date after "spokesman on" is no brief
    ("Mark Doyle, a spokesman on Monday, said the count was over.", "Mark Doyle"),
])
def test_relations_positions_s34_spokesman_on_date(nlp, text, person):
    assert all(t == "spokesman" for p, t, _, _ in positions(nlp, text) if p == person)
