"""Bloc members listed by a grouping verb or a dated second "of" phrase, party tags, and spouses named by
their first name (session 28, helper rel12).

Every sentence is invented (the countries, blocs and parties are real or generic; the people and towns are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import members as _members, relations as _relations


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    ("The Gulf Cooperation Council groups Bahrain, Kuwait and Oman.",
     {("Bahrain", "Gulf Cooperation Council"), ("Oman", "Gulf Cooperation Council")}),
    ("The Andean Community (CAN) was set up in 1969. Today the CAN brings together Bolivia, Colombia, Ecuador "
     "and Peru.", {("Bolivia", "CAN"), ("Peru", "CAN")}),
    ("The Nordic Council unites Denmark, Finland and Sweden in a loose forum.",
     {("Denmark", "Nordic Council"), ("Sweden", "Nordic Council")}),
])
def test_relations_grouping_verb_members(nlp, text, pairs):
    assert pairs <= _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The talks in Varnek brought together Poland and Hungary for the first time.",
    "The Gulf Cooperation Council does not bring together Iran and Iraq.",
    "A new rail line brings together Poland and Lithuania.",
])
def test_relations_grouping_verb_no_members(nlp, text):
    assert not _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    ("Chile has been a member of the OECD since 2010 and of APEC since 1994.", {("Chile", "APEC")}),
    ("In its budget report, Ghana said it had been a member of the African Union since 2002 and of ECOWAS "
     "since 1975.", {("Ghana", "ECOWAS"), ("Ghana", "African Union")}),
])
def test_relations_member_dated_second_body(nlp, text, pairs):
    assert pairs <= _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    ("EU member states Austria and Ireland abstained in the vote.",
     {("Austria", "European Union"), ("Ireland", "European Union")}),
    ("On Friday NATO member countries Spain and Italy objected.", {("Spain", "NATO"), ("Italy", "NATO")}),
])
def test_relations_body_member_states_list(nlp, text, pairs):
    assert pairs <= _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Trade Minister Ana Varga (Reform) told parliament on Monday that talks would go on.",
     ("Ana Varga", "Reform Party")),
    ("Petar Lind, a Popular Unity Movement (PUM) MP who chairs the budget committee, said no.",
     ("Petar Lind", "Popular Unity Movement")),
    ("Marek Osten, from the ruling Unity Movement, said he would vote no.", ("Marek Osten", "Unity Movement")),
    ("Marek Osten, from the opposition Civic Platform party, said he would vote no.",
     ("Marek Osten", "Civic Platform")),
])
def test_relations_party_bracket_tags(nlp, text, pair):
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Petar Lind, a Tolsby Valley (TV) MP, said no.",
    "Marek Osten, from the village of Tolsby, said he would vote no.",
    "Ana Varga met members of the Nordic Council in Oslo.",
    "Observers at the Visegrad Group said Poland and Hungary disagreed.",
])
def test_relations_party_or_bloc_look_alikes(nlp, text):
    assert not _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Marek Osten said on Monday that he sold the boat to pay for his wife, Dora. Dora Osten is ill.",
     {"Marek Osten", "Dora Osten"}),
])
def test_relations_spouse_given_name_widened(nlp, text, pair):
    assert any({s, o} == pair for s, kind, o in _relations(nlp, text) if kind == "spouse")


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Dora Osten lives there with her husband Marek.", {"Dora Osten", "Marek"}),
])
def test_relations_spouse_given_name_no_comma(nlp, text, pair):
    assert any({s, o} == pair for s, kind, o in _relations(nlp, text) if kind == "spouse")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Petar Varga came to the harbour with his daughter, Ana. Ana Varga, who keeps bees, agreed.",
])
def test_relations_spouse_given_name_kin_not_spouse(nlp, text):
    assert not any(kind == "spouse" for _, kind, _ in _relations(nlp, text))
