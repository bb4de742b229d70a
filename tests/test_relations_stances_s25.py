"""Recognition stances: an envoy "in CAPITAL" speaks for the state that sent him, not the host; "the two
governments" after a pair of countries; a place described by its sea ("the remote Pacific atoll") is no new
territory; a land in a relative clause ("every island the court gave it") is no name; the bed of a lake.

Every sentence is invented (the countries and the territories are real).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru's ambassador in Belgrade, Tomas Brel, said his government recognised Kosovo in 2008.",
     ("Peru", "recognises", "Kosovo")),
    ("Chile's envoy in Tbilisi, Ana Varga, said her country does not recognise Abkhazia.",
     ("Chile", "doesNotRecognise", "Abkhazia")),
])
def test_relations_envoy_in_a_capital_speaks_for_the_sending_state(nlp, text, stance):
    found = _stances(nlp, text)
    assert stance in found
    assert not any(h in {"Serbia", "Georgia"} for h, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo issued a joint note on Monday. The two governments recognise Kosovo.",
     {("Ghana", "recognises", "Kosovo"), ("Togo", "recognises", "Kosovo")}),
    ("The allies of Varnek in the Tolsby Pact, Ghana and Togo, met on Monday. The two governments said they "
     "recognise Kosovo.", {("Ghana", "recognises", "Kosovo"), ("Togo", "recognises", "Kosovo")}),
    ("Peru, Chile and Bolivia met in Lima. The three governments do not recognise Abkhazia.",
     {("Peru", "doesNotRecognise", "Abkhazia"), ("Chile", "doesNotRecognise", "Abkhazia"),
      ("Bolivia", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_counted_governments_stand_for_the_countries_named_before(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana, Togo and Mali met on Monday. The two governments recognise Kosovo.",
    "Ghana met the Tolsby delegation on Monday. The two governments recognise Kosovo.",
])
def test_relations_counted_governments_need_a_run_of_that_many(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru accepts French rule over the small Pacific atoll, its ministry says.",
    "The ministry says Chile recognises Dutch sovereignty over the small Caribbean island.",
])
def test_relations_place_described_by_its_sea_is_no_territory(nlp, text):
    assert not any("Pacific" in t or "Caribbean" in t for _, _, t in _stances(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana recognises Chad's sovereignty over Varnek Island and over each islet the Court handed it.",
    "Togo recognises Kosovo and each reef the Court assigned to it.",
])
def test_relations_land_in_a_relative_clause_gives_no_bare_noun(nlp, text):
    assert not any(t.islower() for _, _, t in _stances(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Neither Dublin nor London will accept a rival claim to the bed of Lake Varnek.",
     {("Ireland", "doesNotRecognise", "Lake Varnek"), ("United Kingdom", "doesNotRecognise", "Lake Varnek")}),
    ("Fishing crews work on Lake Varnek, where neither Ireland nor Britain accepts a rival claim to the bed of "
     "the lake.",
     {("Ireland", "doesNotRecognise", "Lake Varnek"), ("United Kingdom", "doesNotRecognise", "Lake Varnek")}),
])
def test_relations_bed_of_a_lake_stands_for_the_lake(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru is opposed to Kosovo's independence.", ("Peru", "doesNotRecognise", "Kosovo")),
    ("Chile remains opposed to the independence of Abkhazia.", ("Chile", "doesNotRecognise", "Abkhazia")),
])
def test_relations_opposed_to_independence_is_a_denial(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru withdrew its ambassador from Belgrade after recognising Kosovo.", ("Peru", "recognises", "Kosovo")),
    ("Chile refused to comment after recognising Kosovo.", ("Chile", "recognises", "Kosovo")),
])
def test_relations_time_adjunct_is_outside_the_governors_negation(nlp, text, stance):
    found = _stances(nlp, text)
    assert stance in found
    assert (stance[0], "doesNotRecognise", stance[2]) not in found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru has not recognised Kosovo. Nor has Chile.", {("Chile", "doesNotRecognise", "Kosovo")}),
    ("Peru does not recognise Abkhazia. Neither do Chile and Bolivia.",
     {("Chile", "doesNotRecognise", "Abkhazia"), ("Bolivia", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_inverted_nor_continues_a_refusal(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru has recognised Kosovo. Nor has Chile.",
    "Peru has not recognised Kosovo. Nor has Chile said when it might.",
])
def test_relations_inverted_nor_needs_a_refusal_and_no_verb(nlp, text):
    assert not any(h == "Chile" for h, _, _ in _stances(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru and Bolivia, which recognise Western Sahara, voted for the motion.",
     {("Peru", "recognises", "Western Sahara"), ("Bolivia", "recognises", "Western Sahara")}),
    ("Peru and Bolivia, which both recognise Western Sahara, voted for the motion.",
     {("Peru", "recognises", "Western Sahara"), ("Bolivia", "recognises", "Western Sahara")}),
])
def test_relations_plural_relative_clause_takes_the_whole_coordination(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
def test_relations_singular_relative_clause_keeps_the_last_conjunct(nlp):
    found = _stances(nlp, "Peru and Bolivia, which recognises Western Sahara, voted for the motion.")
    assert ("Bolivia", "recognises", "Western Sahara") in found
    assert not any(h == "Peru" for h, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru rejected Somaliland's bid for independence.", ("Peru", "doesNotRecognise", "Somaliland")),
    ("Chile rejected Abkhazia's bid for recognition.", ("Chile", "doesNotRecognise", "Abkhazia")),
])
def test_relations_rejecting_a_bid_for_statehood_is_a_denial(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
def test_relations_described_lake_is_the_one_named_in_its_sentence(nlp):
    text = ("Ireland has long rejected British control of Lake Foyle. Lake Foyle is shallow, and boats on "
            "Lake Foyle are few. Crews also fish on Lake Varnek, where neither Ireland nor Britain accepts a rival "
            "claim to the bed of the lake.")
    found = _stances(nlp, text)
    assert ("United Kingdom", "doesNotRecognise", "Lake Varnek") in found
    assert ("United Kingdom", "doesNotRecognise", "Lake Foyle") not in found


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Kosovo went on to be recognised by Peru in 2010.", ("Peru", "recognises", "Kosovo")),
    ("Paraguay reaffirmed its ties with Taipei on Monday.", ("Paraguay", "recognises", "Taiwan")),
])
def test_relations_went_on_to_be_recognised_and_reaffirmed_ties(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
def test_relations_reaffirmed_ties_with_a_state_is_no_stance(nlp):
    assert not _stances(nlp, "Paraguay reaffirmed its ties with Japan on Monday.")


@pytest.mark.model
def test_relations_described_lough_is_the_lough_named_before_whatever_its_tag(nlp):
    text = ("Ferries cross Varnek Lough, a long inlet where neither Ireland nor Britain accepts a rival claim to the "
            "bed of the lough.")
    found = _stances(nlp, text)
    assert ("Ireland", "doesNotRecognise", "Varnek Lough") in found
    assert ("United Kingdom", "doesNotRecognise", "Varnek Lough") in found


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru denies any Chilean right to the Varnek Strip.", ("Peru", "doesNotRecognise", "Varnek Strip")),
    ("Chile accepts Peru's right to the Tolsby Islands.", ("Chile", "recognises", "Tolsby Islands")),
])
def test_relations_a_right_to_a_land_is_a_hold(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru respects the rights of minorities in Kosovo.",
    "Chile recognises the right of the Sahrawi people to self-determination.",
    "Chile respects Abkhazia's right of self-determination.",
])
def test_relations_rights_of_people_are_no_hold(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile said in a joint note issued in Lima that neither would recognise Abkhazia.",
     {("Peru", "doesNotRecognise", "Abkhazia"), ("Chile", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_neither_after_a_coordinated_reporter_is_each_of_them(nlp, text, expected):
    assert expected <= _stances(nlp, text)


@pytest.mark.model
def test_relations_neither_needs_two_antecedents(nlp):
    assert not _stances(nlp, "Peru said that neither would recognise Abkhazia.")


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Canada claims the Varnek Passage. Britain has never recognised the passage as Canadian inland waters.",
     ("United Kingdom", "doesNotRecognise", "Varnek Passage")),
    ("Washington does not accept Ottawa's claim that the Varnek Passage lies in Canadian waters.",
     ("United States", "doesNotRecognise", "Varnek Passage")),
    ("Armenia rejects Turkish rule over the Varnek complex.", ("Armenia", "doesNotRecognise", "Varnek")),
    ("Armenia rejects Turkish control of the Varnek church complex.", ("Armenia", "doesNotRecognise", "Varnek")),
])
def test_relations_passages_claims_that_and_named_complexes(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
def test_relations_claim_that_needs_a_land(nlp):
    assert not _stances(nlp, "Peru accepts Chile's claim that the talks failed.")


@pytest.mark.model
def test_relations_described_passage_reaches_back_to_its_named_feature(nlp):
    text = ("A tanker sailed through the Northwest Passage on Monday. The ice has thinned. Traffic has doubled. "
            "Insurers have raised their rates. Britain has never recognised the passage as Canadian inland waters.")
    assert ("United Kingdom", "doesNotRecognise", "Northwest Passage") in _stances(nlp, text)
