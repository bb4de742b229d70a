"""graph.relations positions: village heads, academic ranks, a council's provost, people-named parties, a state's
voices and a second title before an honorific.

Every sentence here is invented (Andreas Kyprianides, Helmi Rautavaara…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions, post_held


def _has(found, person, title, org, former=False):
    return post_held(found, person, title, org, former, exact_org=True)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a mukhtar heads the village the sentence opens with, even when the NER reads the village as a body
    ("In Pyla, a village near the buffer zone, mukhtar Andreas Kyprianides told visitors the road would reopen.",
     "Andreas Kyprianides", "mukhtar", "Pyla"),
    # a docent is an academic rank
    ("Helmi Rautavaara, a docent at the University of Turku, spoke to first-year students.",
     "Helmi Rautavaara", "docent", "University of Turku"),
])
def test_relations_positions_village_and_academic_titles(nlp, text, person, title, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "by X Council's provost, Name": the owner's possessive after a preposition opens the title phrase
    ("The new library was opened by Fife Council's provost, Agnes Munro, on Friday.",
     "Agnes Munro", "provost", "Fife Council"),
    # a party named after a people: the people's name and "Party" are one body
    ("Finns Party MP Tapio Rinnekoski, who tabled the motion, defended it on Tuesday.",
     "Tapio Rinnekoski", "mp", "Finns Party"),
])
def test_relations_positions_owner_before_title(nlp, text, person, title, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a bare envoy or spokesperson speaks for the state their reported clause opens with
    ("Norway supports the ceasefire, ambassador Lars Eikeland told journalists in Vienna.",
     "Lars Eikeland", "ambassador", "Norway"),
    ('"Chile wants calm on the border," spokeswoman Carla Oyarzun told reporters on Monday.',
     "Carla Oyarzun", "spokeswoman", "Chile"),
    ("Ottawa has never accepted that reading of the treaty, ambassador Mireille Tremblay said on Friday.",
     "Mireille Tremblay", "ambassador", "Ottawa"),
])
def test_relations_positions_voiced_state(nlp, text, person, title, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title", [
    # a demand made of another state names no employer; a clause without a state names none either
    ("Russia must withdraw its troops at once, ambassador Oksana Hrytsenko said on Monday.",
     "Oksana Hrytsenko", "ambassador"),
    ("The talks will resume next week, spokesperson Petra Lindholm said.", "Petra Lindholm", "spokesperson"),
])
def test_relations_positions_voiced_state_none(nlp, text, person, title):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, None), found
    assert not any(p == person and t == title and o for p, t, o, f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # "Its convener, retired engineer Dr Name": the apposed title before the honorific is a post too
    ("The Lerwick Harbour Trust backed the bid. Its convener, retired engineer Dr Magnus Halcrow, said the vote "
     "was close.", "Magnus Halcrow", "convener", "Lerwick Harbour Trust", False),
])
def test_relations_positions_title_before_honorific_title(nlp, text, person, title, org, former):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org, former), found
