"""graph.relations, session 48 (after the heldout82-83 measurement).

Stances: a bare, definite outcome of a vote ("will not recognise this vote", "the results") or a proclaimed autonomy
is about the land in focus; "the autonomy of X" makes X a would-be polity; a rival body seated in a town ("the
self-declared authority based in <town>") stands for the land in focus or the region named before, and for no land
when there is none (the town is no territory).

Every place here is invented (Varn Valley, Tolsby) except the listed lands and states the rules look up; nobody is
named.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Councillors proclaimed the autonomy of the Varn Valley on Sunday. Albania says it cannot recognise the "
     "proclaimed autonomy.", {("Albania", "doesNotRecognise", "Varn Valley")}),
    ("Voters in Transnistria went to the polls on Sunday. Poland has declined to recognise the results.",
     {("Poland", "doesNotRecognise", "Transnistria")}),
    ("Tribal leaders proclaimed the autonomy of Darfur in Nyala on Sunday. Egypt has declined to recognise the "
     "self-declared authority based in Nyala.", {("Egypt", "doesNotRecognise", "Darfur")}),
])
def test_relations_outcomes_autonomy_and_seated_rival_bodies(nlp, text, expected):
    assert expected <= stances(nlp, text)


@pytest.mark.model
def test_relations_rival_body_in_a_town_without_a_land_is_no_stance(nlp):
    """Guard (passes on the code before this change too): a town seating a rival body is no territory."""
    found = stances(nlp, "Chad says it cannot accept or recognise any self-declared authority based in Tolsby.")
    assert not {s for s in found if s[0] == "Chad"}
