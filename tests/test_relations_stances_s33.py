"""Recognition stances: a drawn boundary line as the thing recognised or rejected ("the X Line (XL)", "the line");
a place a non-restrictive relative clause names beside the land; a hyphenated land name; a listed breakaway
polity's claim; a minister who reports her government's position says "we" for its state; a trailing titled
speaker that took the object; a name with an inner apostrophe; "X's annexation" of a place; a reporting aside
between the subject and its verb; "nor has B" before a reporting aside; "X's incorporation into Y"; a recognition
noun whose clause verb the parser took for its object; "considers the plateau occupied"; "though not (that of) Y";
a bare "it" after a status verb; hearsay, forecasts and deliberations (no stance); holders tagged on ("neither do
A, B or C", "; B, too.", ", along with B.", "backed the A-ian position"); "the Line of X" and "the line"; a
"CITY (AGENCY) -" dateline.

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
    # the aside read as the clause's parataxis, before a subjectless "continues to recognise"
    ("Belize, the foreign office said on Friday, continues to recognise Taiwan.",
     {("Belize", "recognises", "Taiwan")}),
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


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a bare "it" after a status verb takes up the land of the stance just stated
    ("Uzbekistan and Kazakhstan accept Turkmenistan's sovereignty over the Dorvak Triangle. Afghanistan, however, "
     "disputes it.", {("Uzbekistan", "recognises", "Dorvak Triangle"), ("Kazakhstan", "recognises", "Dorvak Triangle"),
                      ("Afghanistan", "doesNotRecognise", "Dorvak Triangle")}),
    # "it" after a land and the state that claims it: the land
    ("Australia recognises the Tarrow Exclusive Economic Zone claimed by Fiji, but Vanuatu does not recognise it.",
     {("Australia", "recognises", "Tarrow Exclusive Economic Zone"),
      ("Vanuatu", "doesNotRecognise", "Tarrow Exclusive Economic Zone")}),
])
def test_relations_stance_pronoun_objects(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "it" after a plan, with no stance before it, is no land
    ("Fiji proposed a fishing pact for the Tarrow Zone. Vanuatu supports it.", set()),
    # what the press reports, what reports say, forecasts and deliberations are no stance
    ("Local media reported that Togo had revoked its recognition of Kosovo.", set()),
    ("Reports that Kenya had withdrawn its recognition of Kosovo were denied on Tuesday.", set()),
    ("Officials in the capital claimed that Ethiopia would soon recognise Somaliland.", set()),
    ("Egypt is said to be considering recognition of the Dorvak Enclave as Syrian.", set()),
])
def test_relations_stance_hearsay_and_plans_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a list after "neither do"
    ("Spain does not recognise Kosovo, and neither do Slovakia, Romania or Cyprus.",
     {("Spain", "doesNotRecognise", "Kosovo"), ("Slovakia", "doesNotRecognise", "Kosovo"),
      ("Romania", "doesNotRecognise", "Kosovo"), ("Cyprus", "doesNotRecognise", "Kosovo")}),
    # "; B, too." and ", along with B."
    ("South Africa has recognised Kosovo; Namibia, too.",
     {("South Africa", "recognises", "Kosovo"), ("Namibia", "recognises", "Kosovo")}),
    ("Nicaragua and Syria recognise Abkhazia, along with Venezuela.",
     {("Nicaragua", "recognises", "Abkhazia"), ("Syria", "recognises", "Abkhazia"),
      ("Venezuela", "recognises", "Abkhazia")}),
    # backing another state's position just stated
    ("Saudi Arabia rejects Yemen's claim to the Dorvak Islands, and Kuwait has backed the Saudi position.",
     {("Saudi Arabia", "doesNotRecognise", "Dorvak Islands"), ("Kuwait", "doesNotRecognise", "Dorvak Islands")}),
])
def test_relations_stance_tagged_on_holders(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a held name the tagger read as a common noun
    ("The Netherlands does not accept Germany's claim to the Dollard.",
     {("Netherlands", "doesNotRecognise", "Dollard")}),
    # a hyphenated first word the tagger read as a conjunction
    ("Armenia has never accepted Azerbaijan's claim to Nor-Vardan.", {("Armenia", "doesNotRecognise", "Nor-Vardan")}),
    # "the Line of X", a parallel, and "the line" after a named one with a status verb
    ("Pakistan and India both respect the Line of Control, the de facto boundary.",
     {("Pakistan", "recognises", "Line of Control"), ("India", "recognises", "Line of Control")}),
    ("Thailand recognises the Orvel Line as its border, and Laos respects the line too.",
     {("Thailand", "recognises", "Orvel Line"), ("Laos", "recognises", "Orvel Line")}),
    # the object joined by "and" to the subject of the clause after it
    ("The Netherlands acknowledges Belgium's sovereignty over the Kesterloo Enclave, and the enclave's residents "
     "vote in Belgian elections.", {("Netherlands", "recognises", "Kesterloo Enclave")}),
    # a "CITY (AGENCY) -" dateline is no subject
    ("NAIROBI (AFP) - Kenya and Tanzania do not recognise Abkhazia.",
     {("Kenya", "doesNotRecognise", "Abkhazia"), ("Tanzania", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_stance_names_lines_and_subjects(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the claim of Y" with Y a state or its capital: the claimant, never the land
    ("Peru rejects the claim of Santiago outright.", set()),
    ("Peru rejects the claim of Santiago to the Varnek field.", {("Peru", "doesNotRecognise", "Varnek field")}),
])
def test_relations_stance_claim_of_a_state(nlp, text, expected):
    assert _stances(nlp, text) == expected
