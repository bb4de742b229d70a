"""graph.relations, session 48.

Stances: "does not recognise the referendum" (a bare, definite act of self-determination) is about the land in
focus; "the territory's declaration of independence" is the territory's; "A and B back Y-ian sovereignty over X"
with "back" read as a particle; "recognised by A, which ..., and by B" (a second agent); "X, which A regards as
Y-ian" (a relative pronoun as the object of a verb of regarding), but not when the regarding person's own state
is Y (a claim). Entities: a person-tagged name closing with a land's word ("the X Enclave") is a place.

Every territory and person here is invented (Korvath Enclave, Tolsey Peninsula, Tomas Berend) except the listed
lands and states the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Voters in Somaliland backed a new charter in a referendum on Sunday. Ethiopia says it cannot recognise the "
     "referendum.", {("Ethiopia", "doesNotRecognise", "Somaliland")}),
    ("Serbia has blocked Kosovo's bid to join Interpol. Japan has never recognised the territory's declaration of "
     "independence, officials said.", {("Japan", "doesNotRecognise", "Kosovo")}),
    ("Mexico and Peru back Argentine sovereignty over the Falkland Islands.",
     {("Mexico", "recognises", "Falkland Islands"), ("Peru", "recognises", "Falkland Islands")}),
    ("Abkhazia is recognised by Nicaragua, which opened an embassy in 2010, and by Syria.",
     {("Nicaragua", "recognises", "Abkhazia"), ("Syria", "recognises", "Abkhazia")}),
    ("The Tolsey Peninsula, which Ireland and Iceland both regard as Norwegian, was discussed on Monday.",
     {("Ireland", "recognises", "Tolsey Peninsula"), ("Iceland", "recognises", "Tolsey Peninsula")}),
    ("Mongolia and Vietnam both recognise the Korvath Enclave.",
     {("Mongolia", "recognises", "Korvath Enclave"), ("Vietnam", "recognises", "Korvath Enclave")}),
])
def test_relations_act_agent_relative_and_landform_stances(nlp, text, expected):
    assert expected <= stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the act is named with what it was about: read there, not as the land in focus
    "Voters in Somaliland went to the polls on Sunday. Ethiopia will not recognise the referendum on the new flag.",
    # a vote of an assembly is no act of self-determination
    "Somaliland held talks on Sunday. Ethiopia will not recognise the decision of the committee.",
])
def test_relations_act_with_its_own_object_is_no_focus_stance(nlp, text):
    assert not {s for s in stances(nlp, text) if s[0] == "Ethiopia"}


@pytest.mark.model
def test_relations_negated_second_agent(nlp):
    """"recognised by A but not by B" (the parser makes both "by" phrases agents) sets B apart."""
    found = stances(nlp, "Abkhazia is recognised by Nicaragua but not by Syria.")
    assert {("Nicaragua", "recognises", "Abkhazia"), ("Syria", "doesNotRecognise", "Abkhazia")} <= found


@pytest.mark.model
def test_relations_own_land_in_a_speakers_relative_clause_is_no_stance(nlp):
    """Guard (no stance before this session either, which read no such relative clause): a land a state's
    official regards as his own state's ("X, which NAME regards as part of Y") is a claim, not a stance."""
    text = ("India's foreign secretary, Tomas Berend, objected to new roads in Pakistan-occupied Kashmir, which "
            "Berend regards as part of India.")
    assert not {s for s in stances(nlp, text) if s[0] in {"India", "Tomas Berend"}}
