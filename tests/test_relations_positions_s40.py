"""graph.relations positions: a post stated after a sentence-initial "He"/"She", "Their leader" after a plural
party, a coordinated "and was" in a relative clause, a lower-case body before a remit, a title with an area
before the name, "her country's" title and the Gagauz "Bashkan".

Every sentence here is invented (Tomas Berzins, Kaspars Liepa, Ivana Horvat…).
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, positions, post_held


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # a footer's second sentence: the pronoun subject stands for the person just described
    ("Tomas Berzins writes on defence for Delfi. He was formerly a producer with the BBC.",
     "Tomas Berzins", "producer", "BBC", True),
    ("Tomas Berzins writes on defence for Delfi. He is also a columnist for The Guardian.",
     "Tomas Berzins", "columnist", "Guardian", False),
])
def test_relations_pronoun_copula_post(nlp, text, person, title, org, former):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, former), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # (a guard) a pronoun copula with no title gives no post
    "Hanna Lindqvist met the editor in Oslo. She was tired after the flight.",
])
def test_relations_pronoun_copula_without_title(nlp, text):
    assert positions(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, person, org", [
    ("The Social Democrats were divided on the budget. Their leader, Kaspars Liepa, said the vote was a mistake.",
     "Kaspars Liepa", "Social Democrats"),
    ("The Conservatives lost two seats. Their leader, Alan Pryce, conceded on Sunday night.",
     "Alan Pryce", "Conservatives"),
])
def test_relations_their_leader_plural_party(nlp, text, person, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, "leader", org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # (a guard) a plural of people is no body: the leader keeps no organisation
    ("The villagers were angry about the road. Their leader, Alan Pryce, wrote to the minister.", "Alan Pryce"),
])
def test_relations_their_leader_people_no_body(nlp, text, person):
    found = lowered_positions(nlp, text)
    assert any(p == person and t == "leader" and o is None for p, t, o, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    ("Dr Ivana Horvat, who lectures in economics at the University of Split and was previously Croatia's "
     "ambassador to Chile, said the deal was sound.", "Ivana Horvat", "ambassador to chile", "Croatia", True),
    ("Mirela Sava, who lives in Iasi and is a Social Democratic Party member, backed the plan.",
     "Mirela Sava", "member", "Social Democratic Party", False),
])
def test_relations_coordinated_relative_copula(nlp, text, person, title, org, former):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, former), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # the lower-case body employs; the state after its remit does not
    ("Niko Rantanen was once head of the joint commission for water rights with Sweden.",
     "Niko Rantanen", "head of the joint commission", "joint commission", True),
    ("Aino Virtanen, chair of the regional planning board, opposed the scheme.",
     "Aino Virtanen", "chair of the regional planning board", "regional planning board", False),
    # (a guard) a named body after the lower-case one still employs
    ("Aino Virtanen, head of the ethics committee of the Finnish Parliament, opposed the scheme.",
     "Aino Virtanen", "head", "Finnish Parliament", False),
])
def test_relations_lower_case_body_before_remit(nlp, text, person, title, org, former):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, former), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("Galway County Council granted permission. The council's chief planner for the region, Ronan Keogh, "
     "said the design was acceptable.", "Ronan Keogh", "chief planner", "Galway County Council"),
])
def test_relations_title_with_area_before_person(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("Ewa Nowak, a senator from Poland who was her country's envoy to Chile until 2019, said the talks had "
     "stalled.", "Ewa Nowak", "envoy to chile", "Poland"),
])
def test_relations_her_country_title(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, True), found


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # (a guard) no state in the description: "her country" stays unresolved
    ("Ewa Nowak, who was her country's envoy to Chile until 2019, said the talks had stalled.", "Ewa Nowak"),
])
def test_relations_her_country_without_state(nlp, text, person):
    found = lowered_positions(nlp, text)
    assert any(p == person and t == "envoy to chile" and o is None for p, t, o, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, org", [
    ("The decree came from the Bashkan of Gagauzia, Petru Vulpe, on Tuesday.", "Petru Vulpe", "Gagauzia"),
])
def test_relations_bashkan_office(nlp, text, person, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, "bashkan", org), found
