"""graph.relations and graph.nlp, session 52.

Stances: the land of a declaration of independence or self-rule ("separatists in X declared independence",
"declared X an autonomous region", "declared autonomy for X") is a territory; "the breakaway authority" after
such a declaration is that land; "recognises only the Y-ian state" is no stance on the land in focus.

Every place and body here is invented (Varnak, Osterlund, Kessmark, the Dorun Valley) except the listed states
the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Separatist fighters in Varnak declared independence at dawn. Chad has not recognised the new republic.",
     ("Chad", "doesNotRecognise", "Varnak")),
    ("Rebel commanders in the Osterlund region proclaimed independence last week. Peru has said it cannot "
     "recognise the new state.", ("Peru", "doesNotRecognise", "Osterlund")),
    ("The assembly declared the northern region of Kessmark an autonomous federal region. Ghana has not "
     "recognised the autonomous region.", ("Ghana", "doesNotRecognise", "Kessmark")),
    ("The council declared autonomy for Varnak on Monday. Chile announced that it will not recognise it.",
     ("Chile", "doesNotRecognise", "Varnak")),
    ("Militia leaders proclaimed the Dorun Valley an autonomous republic. Kenya has not recognised the "
     "self-declared republic.", ("Kenya", "doesNotRecognise", "Dorun Valley")),
])
def test_relations_declared_land_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert expected in {(h, s, t) for h, s, t in found}, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Separatists in Varnak declared independence on Sunday. Chad has never recognised the breakaway authority.",
     ("Chad", "doesNotRecognise", "Varnak")),
    ("Armed groups in Osterlund declared independence in May. Peru has not recognised the new self-declared "
     "government.", ("Peru", "doesNotRecognise", "Osterlund")),
])
def test_relations_rival_body_after_declaration_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert expected in {(h, s, t) for h, s, t in found}, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # guards: no declaration, so no land
    "Kessmark has not declared independence. Chad has never recognised the breakaway authority.",
    "Ana Berg declared independence from her party. Chad has never recognised the breakaway authority.",
])
def test_relations_no_declared_land_no_stance(nlp, text):
    assert not stances(nlp, text)


@pytest.mark.model
def test_relations_own_state_upheld_is_no_stance_on_the_land(nlp):
    """"recognises only the Y-ian state" upholds Y whole: no recognition of the land that declared self-rule."""
    found = stances(nlp, 'Separatists in Varnak declared independence on Sunday. Chad has never recognised the '
                         'breakaway authority. "Benin recognises only the Malian state and its institutions," '
                         'Ali Musa said.')
    assert ("Chad", "doesNotRecognise", "Varnak") in set(found), found
    assert not {(h, s, t) for h, s, t in found if h == "Benin" and s == "recognises"}, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a zone a state declares over a land: a claim to it
    ("Greece will not recognise any Tunisian zone over the Kessel Bank, the minister said.",
     ("Greece", "doesNotRecognise", "Kessel Bank")),
    ("Tunisia declared a zone over the Kessel Bank last week. Greece will not recognise any Tunisian zone over "
     "the Kessel Bank. Ankara recognises the new Tunisian zone.", ("Turkey", "recognises", "Kessel Bank")),
    # "also rejected the move" after a declaration: the land that declared
    ("Separatists in Varnak declared independence on Sunday. Poland swiftly rejected the move.",
     ("Poland", "doesNotRecognise", "Varnak")),
    # a court's finding on the land in dispute
    ("Oman regards the Kessel Shoal as part of Qatar. Kuwait respects the court's decision, its minister told "
     "reporters.", ("Kuwait", "recognises", "Kessel Shoal")),
    # a zone a law creates in a water named after a state: the water (one name, not the state)
    ("Congress passed a bill creating a maritime zone covering half of the Gulf of Chile. Peru recognizes the "
     "Argentine zone.", ("Peru", "recognises", "Gulf of Chile")),
    # a second object the parser hung on the year of the first
    ("Oman regards the Kessel Atoll as part of Yemen. Its foreign ministry said Kuwait recognised the settlement "
     "of 2001 and Yemen's sovereignty over the atoll.", ("Kuwait", "recognises", "Kessel Atoll")),
    # "a claim to the feature": the maritime feature named before
    ("China has built a runway on the Kessel Reef, which Vietnam claims. Korea also rejects Beijing's claim to "
     "the feature, its envoy said.", ("South Korea", "doesNotRecognise", "Kessel Reef")),
])
def test_relations_zone_move_and_ruling_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert expected in {(h, s, t) for h, s, t in found}, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # guards: a zone with no land named before, a move with a purpose of its own
    "Troops left the buffer zone on Monday. Chad recognises the zone.",
    "Varnak is a disputed land. Spain rejected the move to close the border.",
    # "rejected the move" takes up a declaration of self-rule only, not a rival's map
    "Nepal published a new map that shows the Kessel Valley as its own. India rejected the move.",
])
def test_relations_zone_and_move_without_land_no_stance(nlp, text):
    assert not stances(nlp, text)


@pytest.mark.model
def test_relations_state_before_verb_read_as_noun_holds_the_stance(nlp):
    """"the Kingdom of Y abides by A and recognises ...": "abides" read as a plural noun, the state its modifier."""
    found = stances(nlp, "In a statement, officials said the Kingdom of Denmark abides by the 2001 judgment and "
                         "recognises Norway's sovereignty over the Kessel Shoal and the Varn Reef, just as Norway "
                         "recognises Danish sovereignty over the Dorun Islands.")
    assert ("Denmark", "recognises", "Kessel Shoal") in set(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Fishing boats crossed the Gulf of Thailand on Monday.", "Gulf of Thailand"),
    ("Two trawlers sank in the Gulf of Chile last week.", "Gulf of Chile"),
])
def test_nlp_water_named_after_a_state_is_one_place(nlp, text, name):
    doc = nlp(text)
    found = [(e.text, e.label_) for e in doc.ents]
    assert any(text == name and label in {"LOC", "PLACE"} for text, label in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "declared self-rule" (three tokens) is a declaration; "the declared administration" its rival body
    ("Clan elders in Varnak declared self-rule on Sunday. Jordan has not recognised the declared administration.",
     ("Jordan", "doesNotRecognise", "Varnak")),
    # "the self-administration" deemed unlawful after it
    ("Clan elders in Varnak declared self-rule on Sunday. Qatar considers the self-administration unlawful, its "
     "envoy said.", ("Qatar", "doesNotRecognise", "Varnak")),
    # guard: "the X-i authority" (the people's word of the land, no listed state's) was read before too
    ("Clan elders in Varnak declared autonomy on Sunday. Jordan has not recognised the Varnaki authority either.",
     ("Jordan", "doesNotRecognise", "Varnak")),
])
def test_relations_self_rule_body_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert expected in {(h, s, t) for h, s, t in found}, found


@pytest.mark.model
def test_relations_state_adjective_body_after_declaration_is_no_stance_on_the_land(nlp):
    """Guard: "the Syrian government" after a declaration is the state's own body, no would-be polity."""
    found = stances(nlp, "Clan elders in Varnak declared autonomy on Sunday. Jordan recognises the Syrian "
                         "government.")
    assert ("Jordan", "recognises", "Varnak") not in set(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an act named with what it declares, the declaring verb hung on the act's participle
    ("Fiji does not recognise a motion adopted by the Varn Assembly on Friday declaring Varnak a self-governing "
     "island state.", ("Fiji", "doesNotRecognise", "Varnak")),
    # "recognise only the sovereignty of Y" after a land declared self-rule: the land refused
    ("Clan elders in Varnak declared self-rule on Sunday. Chile and Peru said in a joint note that they recognise "
     "only the sovereignty of Bolivia.", ("Peru", "doesNotRecognise", "Varnak")),
    # "regards X as part of Y" after X declared independence, another land named in between
    ("Separatists in Varnak declared independence on Sunday. In 2019 Peru recognised Kosovo as a state. Chile "
     "regards Varnak as part of Bolivia.", ("Chile", "doesNotRecognise", "Varnak")),
    # "..., its minister said in A's capital, and so does B, whose ...": B hung on the reporting verb
    ("Separatists in Varnak declared independence on Sunday. Argentina will not recognise the declaration, its "
     "minister told reporters on Monday, and so does Paraguay, whose envoy spoke on Tuesday.",
     ("Paraguay", "doesNotRecognise", "Varnak")),
    # 'the "Republic of X" declared on Sunday' with the participle tagged as a past tense
    ("Oman does not recognise the \"Republic of Varnak\" declared on Monday in the harbour town of Kessel and "
     "considers the move a violation of Yemen's unity, the ministry said on Tuesday.",
     ("Oman", "doesNotRecognise", "Republic of Varnak")),
])
def test_relations_declared_land_stances_second_round(nlp, text, expected):
    found = stances(nlp, text)
    assert expected in {(h, s, t) for h, s, t in found}, found


@pytest.mark.model
@pytest.mark.parametrize("text, person, state", [
    # guard: "in CAPITAL" with the disputed land named in the official's quote (read before in this short text too;
    # heldout106 holds the case the new rule reads)
    ("Bolivia's cabinet on Tuesday condemned a charter adopted by lawmakers in Santa Cruz proclaiming a "
     "self-governing Varn Nation. \"The national government rejects the so-called Varn Nation outright,\" "
     "Foreign Minister Ana Quispe told journalists in La Paz.", "Ana Quispe", "Bolivia"),
    # "Minister Hon. NAME" opening the sentence after one led by a state
    ("Kenya was more cautious. Foreign Minister Hon. Ana Wekesa said the talks would continue.", "Ana Wekesa",
     "Kenya"),
])
def test_relations_minister_state_from_context(nlp, text, person, state):
    found = lowered_positions(nlp, text)
    # (the state's node, named by the capital where the sentence names it: "La Paz" stands for Bolivia)
    assert any(p == person and t == "foreign minister" and o in {state, "La Paz"} for p, t, o, f in found), found
