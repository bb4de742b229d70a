"""Recognition stances: a drawn boundary line as the thing recognised or rejected ("the X Line (XL)", "the line");
a place a non-restrictive relative clause names beside the land; a hyphenated land name; a listed breakaway
polity's claim; a minister who reports her government's position says "we" for its state; a trailing titled
speaker that took the object; a name with an inner apostrophe; "X's annexation" of a place; a reporting aside
between the subject and its verb; "nor has B" before a reporting aside; "X's incorporation into Y"; a recognition
noun whose clause verb the parser took for its object; "considers the plateau occupied"; "though not (that of) Y".

Every sentence is invented (the countries are real, the lands and people made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the parser makes the bracketed short form the object; the short form stands for the line later on
    ("Chile has never recognised the Northern Patrol Line (NPL), the sea border drawn in 1961. Peru, by "
     "contrast, refuses to recognise the NPL, its embassy said.",
     {("Chile", "doesNotRecognise", "Northern Patrol Line"), ("Peru", "doesNotRecognise", "Northern Patrol Line")}),
    # a named line accepted or rejected as a land is
    ("Argentina does not accept the Varnek Demarcation Line.",
     {("Argentina", "doesNotRecognise", "Varnek Demarcation Line")}),
    ("Washington backs the Tolsa Line as the effective sea border.", {("United States", "recognises", "Tolsa Line")}),
    # "the line" after a named one
    ("Peru rejects the Tolsa Line. Japan acknowledges the line too.",
     {("Peru", "doesNotRecognise", "Tolsa Line"), ("Japan", "recognises", "Tolsa Line")}),
])
def test_relations_stance_boundary_lines(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # no line named: a plan is no land
    ("Seoul does not accept the plan, a spokesperson said.", set()),
    # no land described before: "the line" stays no stance
    ("Japan acknowledges the line, a spokesperson said.", set()),
])
def test_relations_stance_boundary_lines_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a place named inside a non-restrictive relative clause on the land is no object of the stance
    ("Kenya does not recognise Transnistria, which borders Gagauzia.", {("Kenya", "doesNotRecognise", "Transnistria")}),
    # the claimant is never the land at stake, even when the land is only described
    ("Kenya will never accept Somaliland's claim to the eastern hills.", set()),
])
def test_relations_stance_places_beside_the_land(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a hyphen joins two words of one name
    ("Qatar supports Somalia's sovereignty over VTK-Dhalo, its envoy said.",
     {("Qatar", "recognises", "VTK-Dhalo")}),
    # a listed breakaway polity claims land as a state does
    ("Kenya will never accept Somaliland's claim to VTK-Dhalo.", {("Kenya", "doesNotRecognise", "VTK-Dhalo")}),
])
def test_relations_stance_hyphenated_lands_and_polity_claims(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
def test_relations_stance_minister_voicing_her_government(nlp):
    # "The Government of X wants ..., the Minister of State for Y, NAME, said": "we" in her quote is X
    text = ("The Government of Chile wants the joint commission with Peru to meet again, the Minister of State for "
            "Border Affairs, Clara Muñoz, said on Monday.\n\n"
            '"We do not accept Bolivia\'s claim to the Varnek strip, and we will repeat that," Muñoz said.')
    assert _stances(nlp, text) == {("Chile", "doesNotRecognise", "Varnek")}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a trailing "..., <demonym> Deputy Minister for X NAME said" took the object as its subject
    ("Chile accepts Peru's title to the Varnek Islands, Chilean Deputy Minister for Border Affairs Ana Rojas said "
     "in Lima.", {("Chile", "recognises", "Varnek Islands")}),
    # a name with an inner apostrophe before a bare nationality
    ("Chile considers the Ra'sek Islands Peruvian.", {("Chile", "recognises", "Ra'sek Islands")}),
    # a reporting aside between the subject and its (joined) verbs
    ("Peru, Foreign Minister Luis Alberto Quispe said on Tuesday, does not and would not recognise Abkhazia.",
     {("Peru", "doesNotRecognise", "Abkhazia")}),
    # "nor has B" before a reporting aside the parser made the clause's verb
    ("Italy has not recognised Kosovo, nor has Slovakia, diplomats in Brussels noted on Tuesday.",
     {("Italy", "doesNotRecognise", "Kosovo"), ("Slovakia", "doesNotRecognise", "Kosovo")}),
    # the clause's verb read as the object of "recognition of"
    ("Estonia's recognition of Kosovo stands, Foreign Minister Kaja Tamm said in Tallinn on Monday.",
     {("Estonia", "recognises", "Kosovo")}),
])
def test_relations_stance_broken_parses(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a place as the owner of an annexation noun (not a state: "Russia's annexation" names the annexer)
    ("Serbia does not recognise Donbas's annexation.", {("Serbia", "doesNotRecognise", "Donbas")}),
    ("Serbia does not recognise the Donbas annexation.", {("Serbia", "doesNotRecognise", "Donbas")}),
    ("Russian-backed officials in Donbas held a vote on Sunday. Belgrade does not recognise the region's "
     "annexation.", {("Serbia", "doesNotRecognise", "Donbas")}),
    # an incorporation "into" a state is an annexation
    ("Crimea's incorporation into Russia has been accepted by Nicaragua.", {("Nicaragua", "recognises", "Crimea")}),
    # "the plateau" after a named height
    ("Israel expanded settlements on the Golan Heights on Sunday. Ireland considers the plateau occupied.",
     {("Ireland", "doesNotRecognise", "Golan Heights")}),
])
def test_relations_stance_annexed_and_occupied_places(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the annexer's own name is no land; a company's incorporation is no annexation
    ("Serbia does not recognise Russia's annexation.", set()),
    ("Nicaragua accepts the incorporation of the company.", set()),
])
def test_relations_stance_annexed_and_occupied_places_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "though not Y" sets Y apart, as "but not Y" does (the parser joins Y to the first land)
    ("Chile recognises Kosovo, though not Abkhazia.",
     {("Chile", "recognises", "Kosovo"), ("Chile", "doesNotRecognise", "Abkhazia")}),
    # "but not that of Y": the same status of another land
    ("Chile accepts Kosovo's independence, but not that of Abkhazia.",
     {("Chile", "recognises", "Kosovo"), ("Chile", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_stance_contrasted_lands(nlp, text, expected):
    assert _stances(nlp, text) == expected
