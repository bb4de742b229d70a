"""Recognition stances: a future recognition "only after / once / when" something happens; ties restored with a
state named by its demonym ("the Sahrawi republic"); a passive complement with an agent ("X has yet to be
recognised by A"); a judging verb's object as the doer ("B thanked A for not recognising X"); elided
recognitions ("B did the same", "B is yet to follow", "B held back"); "recognised by A but not by B"; imminent
or reported acts; "considers X a breakaway province"; a state's own claim on a declared state.

Every sentence is invented (the countries and the territories are real).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.quotes import extract_quotes
from graph.relations import extract_stances


def _stances(nlp, text: str) -> set[tuple[str, str, str]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    doc = nlp(text)
    found = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    return {(s.holder.kb_id or s.holder.text, s.stance, s.territory.name) for s in found}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Uruguay will recognise Palestine only after a ceasefire.",
    "Uruguay will recognise Palestine only once the talks have ended.",
    "Uruguay would recognise Palestine only as part of a broader settlement.",
    "Uruguay will recognise Palestine only when the fighting stops.",
])
def test_relations_recognition_only_after_a_condition_is_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Uruguay will not recognise Palestine until the talks have ended.", ("Uruguay", "doesNotRecognise", "Palestine")),
    ("Uruguay recognised Palestine only after a long debate in parliament.", ("Uruguay", "recognises", "Palestine")),
])
def test_relations_past_or_refused_recognition_keeps_its_stance_with_only_after(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Uruguay restored diplomatic relations with the Sahrawi republic last spring.",
     ("Uruguay", "recognises", "Western Sahara")),
    ("Uruguay cut its ties with the Sahrawi republic in 2003.", ("Uruguay", "doesNotRecognise", "Western Sahara")),
])
def test_relations_ties_with_a_demonym_republic_stand_for_its_recognition(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Abkhazia has yet to be recognised by Uruguay.", ("Uruguay", "doesNotRecognise", "Abkhazia")),
    ("The independence of Abkhazia has yet to be recognised by Uruguay or Paraguay.",
     ("Paraguay", "doesNotRecognise", "Abkhazia")),
])
def test_relations_passive_complement_with_an_agent_takes_the_governors_subject(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Abkhazia hopes to be recognised by Uruguay.",
    "Abkhazia refuses to be recognised by Uruguay alone.",
    "Abkhazia is expected to be recognised by Uruguay next year.",
])
def test_relations_wish_or_prospect_to_be_recognised_is_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Georgia thanked Uruguay for not recognising Abkhazia.", ("Uruguay", "doesNotRecognise", "Abkhazia")),
    ("Georgia has thanked Uruguay for its refusal to recognise Abkhazia.",
     ("Uruguay", "doesNotRecognise", "Abkhazia")),
    ("Georgia criticised Uruguay for recognising Abkhazia.", ("Uruguay", "recognises", "Abkhazia")),
])
def test_relations_judged_for_an_act_makes_the_object_the_holder(nlp, text, stance):
    found = _stances(nlp, text)
    assert stance in found
    assert not any(h == "Georgia" for h, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Uruguay recognised Abkhazia in 2011, but Paraguay and Bolivia have both held back.",
     ("Paraguay", "doesNotRecognise", "Abkhazia")),
    ("Uruguay recognised Abkhazia in 2011. Paraguay did the same in 2012.", ("Paraguay", "recognises", "Abkhazia")),
    ("Uruguay recognised Abkhazia in 2011. Paraguay is yet to follow.", ("Paraguay", "doesNotRecognise", "Abkhazia")),
])
def test_relations_elided_recognition_after_a_stance_takes_its_land(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Uruguay recognised Abkhazia in 2011. Paraguay did the same with its tariffs.",
    "Uruguay recognised Abkhazia in 2011. Paraguay's police held back the crowd.",
])
def test_relations_look_alike_ellipsis_gives_no_second_stance(nlp, text):
    assert {h for h, _, _ in _stances(nlp, text)} == {"Uruguay"}


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Abkhazia is recognised by Uruguay but not by Paraguay.", ("Paraguay", "doesNotRecognise", "Abkhazia")),
    ("Abkhazia has been recognised by a handful of states, but not by Paraguay.",
     ("Paraguay", "doesNotRecognise", "Abkhazia")),
])
def test_relations_negated_second_agent_does_not_recognise(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tonga is about to recognise Kosovo.",
    "Tonga is on the verge of recognising Kosovo.",
    "Tonga is close to recognising Kosovo.",
    "Tonga's government denied reports that it was about to cut ties with Taiwan.",
])
def test_relations_imminent_or_reported_act_is_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("China considers Taiwan a renegade province.", ("China", "doesNotRecognise", "Taiwan")),
    ("Georgia considers Abkhazia a breakaway region.", ("Georgia", "doesNotRecognise", "Abkhazia")),
    # a declared state claimed by a state as its own land: the claim denies the statehood
    ("China considers Taiwan part of its territory.", ("China", "doesNotRecognise", "Taiwan")),
    ("Serbia regards Kosovo as part of its own territory.", ("Serbia", "doesNotRecognise", "Kosovo")),
    ("Somalia insists that Somaliland still forms part of Somalia.", ("Somalia", "doesNotRecognise", "Somaliland")),
])
def test_relations_own_province_or_land_frame_denies_a_declared_state(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "China considers Taiwan a major trading partner.",
    "Tonga considers Abkhazia a province.",
])
def test_relations_plain_small_clause_gives_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Taiwan has 12 diplomatic allies, including Tuvalu and Palau.", ("Palau", "recognises", "Taiwan")),
    ("Taiwan now has only 12 formal allies, among them Tuvalu and Palau.", ("Tuvalu", "recognises", "Taiwan")),
    ("Taiwan's 12 remaining allies, including Tuvalu, are mostly small states.", ("Tuvalu", "recognises", "Taiwan")),
])
def test_relations_allies_listed_after_the_noun_recognise_its_owner(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Taiwan has lost two of its last diplomatic allies, including Nauru.",
    "China poached three of Taiwan's remaining allies, including Nauru.",
])
def test_relations_lost_allies_listed_give_no_stance(nlp, text):
    assert ("Nauru", "recognises", "Taiwan") not in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("TBILISI, May 2 (Wire) - Uruguay's president reaffirmed on Thursday his country's recognition of Abkhazia.",
     ("Uruguay", "recognises", "Abkhazia")),
    ("CHISINAU, Oct. 14 - Uruguay's president reaffirmed his country's recognition of Abkhazia.",
     ("Uruguay", "recognises", "Abkhazia")),
])
def test_relations_dated_wire_dateline_is_no_holder(nlp, text, stance):
    found = _stances(nlp, text)
    assert stance in found
    assert not any(h in {"Moldova", "Georgia", "CHISINAU", "TBILISI"} for h, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("The Kelda Strip was awarded to Chad in 1994. Niger and Mali both recognise the strip as Chadian.",
     ("Mali", "recognises", "Kelda Strip")),
    ("Palau has long disputed the status of Kelso Reef. Fiji recognises the reef as a Japanese island.",
     ("Fiji", "recognises", "Kelso Reef")),
    ("Palau has long disputed the status of Kelso Reef. Fiji does not recognise the reef as Japanese territory.",
     ("Fiji", "doesNotRecognise", "Kelso Reef")),
])
def test_relations_described_land_given_a_state_is_the_place_named_before(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Palau has long disputed the status of Kelso Reef. Fiji recognises the reef's importance.",
    "Palau has long disputed the status of Kelso Reef. Fiji recognises the reef as a natural wonder.",
])
def test_relations_described_land_without_a_state_frame_gives_no_stance(nlp, text):
    assert not any(h == "Fiji" for h, _, _ in _stances(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru recognises Greater and Lesser Tunb as Emirati.", ("Peru", "recognises", "Greater Tunb")),
    ("Peru recognises Greater and Lesser Tunb as Emirati.", ("Peru", "recognises", "Lesser Tunb")),
])
def test_relations_lone_modifier_takes_the_shared_head(nlp, text, stance):
    found = _stances(nlp, text)
    assert stance in found
    assert not any(t == "Greater" for _, _, t in found)
