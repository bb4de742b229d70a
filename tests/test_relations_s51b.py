"""graph.relations and graph.nlp, session 51 (second round).

Stances: "will not recognise the 'Autonomous Region of X' declared on Sunday by ..." (the participle read as the
sentence's verb); "the Community Nation of X"; "The Hague" as the Dutch seat of government; "the Y-ian
territories in Z" is no land, nor is Z; "sovereignty over X or any part of Y"; a bare "the annexation" is the
story's most salient land, not the wider one named just before; "So does B, whose foreign minister, NAME, ...".

Positions: "A spokeswoman, NAME," after "The X Commission declined to take sides."; quotes and entities: "MP for
X Mr NAME" (NER glues the seat, the honorific and the name into one place).

Every person and would-be state here is invented (Varn, Ana Berg, ...) except the listed lands and states the
rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name, lowered_positions, stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru will not recognise the \"Autonomous Region of the Varn Valley\" declared on Sunday by councillors from "
     "three towns.", ("Peru", "doesNotRecognise", "Varn Valley")),
    ("Honduras refuses to recognize the Community Nation of Varnia, its minister said.",
     ("Honduras", "doesNotRecognise", "Varnia")),
    ("France recognises British sovereignty over Varn Island. The Hague recognises British sovereignty over Varn "
     "Island too.", ("Netherlands", "recognises", "Varn Island")),
    ("Chad said Egypt will not recognise Israeli sovereignty over Varn Hills or any part of the West Bank.",
     ("Egypt", "doesNotRecognise", "West Bank")),
    ("Varn Hills: bill passes first reading\n\nThe bill would apply Israeli law to Varn Hills, a cluster of hamlets. "
     "Egypt rejects Israeli sovereignty over Varn Hills. Chad rejects Israeli rule in Varn Hills and in any other "
     "part of the West Bank. Turkey will never recognize the annexation.", ("Turkey", "doesNotRecognise",
                                                                          "Varn Hills")),
    ("Sudan recognizes Varn Island as Eritrean. So does Djibouti, whose envoy, Mr. Ali Bouh, was quoted by local "
     "media as saying so.", ("Djibouti", "recognises", "Varn Island")),
])
def test_relations_declared_name_nation_seat_partitive_annexation_and_relative_ellipsis(nlp, text, expected):
    found = stances(nlp, text)
    assert any(h == expected[0] and s == expected[1] and expected[2] in t for h, s, t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, holder", [
    ("Morocco claims sovereignty over Varn Island. \"Italy considers the Spanish territories in North Africa to be "
     "part of Spain, and that is all,\" the envoy said.", "Italy"),
    ("Baku regards Varn Island as part of Azerbaijan. \"Kenya has never recognized Armenian control over Azerbaijani "
     "territory,\" its note said.", "Kenya"),
])
def test_relations_owned_lands_of_a_nationality_give_no_land(nlp, text, holder):
    found = stances(nlp, text)
    assert not {t for h, s, t in found if h == holder and "Varn" not in t}, found


@pytest.mark.model
def test_relations_spokeswoman_with_an_article_after_a_body_subject(nlp):
    """"A spokeswoman, NAME," opening the sentence after "The X Commission declined ..." speaks for it."""
    found = lowered_positions(nlp, "The European Commission declined to take sides. A spokeswoman, Ana Berg, said "
                                   "only that the matter lay with the states.")
    assert ("Ana Berg", "spokeswoman", "European Commission", False) in found, found


@pytest.mark.model
def test_relations_seat_and_honorific_glued_to_a_name(nlp):
    """"Member of Parliament for X Mr NAME": the name after the honorific is a person of its own (a guard: NER reads
    this sentence's name apart already; the rule for the glued entity is tested in test_nlp_s51)."""
    found = entities_by_name(nlp, "Member of Parliament for Varnton Mr Kofi Berg urged the minister to act.")
    assert found.get("Kofi Berg") == ("Kofi Berg", "Person"), found
