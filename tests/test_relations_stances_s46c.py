"""graph.relations stances, session 46, third batch: a bare "the <noun>" takes up the name that noun heads or the
apposition that introduced the name ("the X salient ... the salient", "the X block, a gas concession ... the
concession", "Block 17 ... the block", "the X sandbar, a spit ... the spit"); "recognise Y's occupation of X";
a listed region recognised (or not) "as a sovereign state"; a cabinet member's "we" after she reported her state's
stance ("Federal Councillor NAME ... said A had recognised X. '... We recognise Y ...'").

Territory names are invented (Tarvo, Kessen, Block 17, Ordo, Tavu Reef, Varnau, Tolvia) except the listed ones.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Troops have faced off in the Tarvo salient, a wedge of land on the river, since March. Lusaka said on "
     "Wednesday it does not accept Kinshasa's claim to the salient.", {("Zambia", "doesNotRecognise", "Tarvo")}),
    ("Drilling in the Kessen block, a gas concession off the coast, resumed this week. Brazil's foreign ministry "
     "said it does not accept Paramaribo's claim to the concession.", {("Brazil", "doesNotRecognise", "Kessen")}),
    ("Block 17, an offshore gas field between the two states, was awarded in March. Beirut said on Monday it "
     "disputes Nicosia's claim to the block.", {("Lebanon", "doesNotRecognise", "Block 17")}),
    ("The Ordo sandbar, a two-kilometre spit in the gulf, shifts with every storm. Gabon said on Monday it accepts "
     "Cameroon's sovereignty over the spit.", {("Gabon", "recognises", "Ordo")}),
    ("Malaysia holds Tavu Reef. China refuses to recognise Malaysia's occupation of the reef.",
     {("China", "doesNotRecognise", "Tavu Reef")}),
    ("France has never recognized Scotland as a sovereign state.", {("France", "doesNotRecognise", "Scotland")}),
    ("Federal Councillor Ana Berg, who heads the foreign department, said Switzerland had recognised Varnau as "
     "German territory since 1967. Asked about the other enclave, she said: \"We recognise Tolvia as Italian "
     "territory.\"", {("Switzerland", "recognises", "Varnau"), ("Switzerland", "recognises", "Tolvia")}),
])
def test_relations_described_names_occupation_statehood_and_cabinet_voice(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "France recognises Scotland as a partner in research.",  # (guard: no statehood)
])
def test_relations_region_recognised_as_a_partner_is_no_stance(nlp, text):
    assert stances(nlp, text) == set()
