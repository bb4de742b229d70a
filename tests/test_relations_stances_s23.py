"""Recognition stances: placing a land "as part of" a state other than its annexer; a state's own claim; an
existential "there are no plans in A to recognise X"; a list whose first name the parser read as an adverb.

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
@pytest.mark.parametrize("text, stance", [
    ("In 1981 the Golan Heights were annexed by Israel. Chile considers the Golan Heights part of Syria.",
     ("Chile", "doesNotRecognise", "Golan Heights")),
    ("Israel's annexation of the Golan Heights drew protests. Peru recognises the Golan Heights as part of Syria.",
     ("Peru", "doesNotRecognise", "Golan Heights")),
])
def test_relations_part_of_another_than_the_annexer_denies_the_annexation(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    # the annexer's part: the annexation recognised; no statehood in question: Y's sovereignty recognised
    ("In 1981 the Golan Heights were annexed by Israel. Peru recognises the Golan Heights as part of Israel.",
     ("Peru", "recognises", "Golan Heights")),
    ("Morocco took over Western Sahara in 1975. Ghana regards Western Sahara as part of Morocco.",
     ("Ghana", "recognises", "Western Sahara")),
    ("The separatists of Transnistria want independence. Peru regards Transnistria as part of Moldova.",
     ("Peru", "recognises", "Transnistria")),
])
def test_relations_part_of_the_annexer_or_a_claimant_stays_positive(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Somaliland declared independence in 1991. Mogadishu insists Somaliland is an integral part of the country.",
     ("Somalia", "doesNotRecognise", "Somaliland")),
    ("The breakaway region of Somaliland held a vote. The Somali government says Somaliland is part of Somalia.",
     ("Somalia", "doesNotRecognise", "Somaliland")),
])
def test_relations_own_claim_on_a_seceding_land_denies_it(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mogadishu insists Somaliland is an integral part of the country.",
])
def test_relations_own_claim_is_no_recognition(nlp, text):
    assert not any(s[1] == "recognises" for s in _stances(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("There are no plans in Santiago to recognise Abkhazia.", ("Chile", "doesNotRecognise", "Abkhazia")),
    ("In Santiago, there are no plans to recognise Abkhazia.", ("Chile", "doesNotRecognise", "Abkhazia")),
    ("There is no appetite in Madrid for recognising Transnistria.", ("Spain", "doesNotRecognise", "Transnistria")),
])
def test_relations_existential_denial_in_a_capital_is_its_states(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "There is talk in Santiago of recognising Abkhazia.",
    "There are plans in Santiago to recognise Abkhazia.",
])
def test_relations_existential_without_denial_gives_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Tonga, Fiji and Samoa do not recognise Abkhazia.", ("Tonga", "doesNotRecognise", "Abkhazia")),
    ("Nauru, Syria and Nicaragua have recognised Abkhazia.", ("Nauru", "recognises", "Abkhazia")),
    ("Nauru, Syria and Nicaragua are the only UN members besides Russia to recognise Abkhazia.",
     ("Nauru", "recognises", "Abkhazia")),
])
def test_relations_list_opening_name_read_as_adverb_is_a_holder(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Belize remains a diplomatic ally of Taiwan.", ("Belize", "recognises", "Taiwan")),
    ("Palau is among Taiwan's remaining diplomatic allies.", ("Palau", "recognises", "Taiwan")),
])
def test_relations_diplomatic_ally_of_a_territory_recognises_it(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Belize remains a close ally of Taiwan.",
    "Palau is among Japan's remaining diplomatic allies.",
])
def test_relations_plain_ally_gives_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Japan has held off on recognising a Palestinian state.", ("Japan", "doesNotRecognise", "Palestine")),
    ("Japan has held back from recognising Palestine.", ("Japan", "doesNotRecognise", "Palestine")),
    ("Italy said recognition of Palestine would be premature.", ("Italy", "doesNotRecognise", "Palestine")),
    ("Italy opposes recognition of a Palestinian state.", ("Italy", "doesNotRecognise", "Palestine")),
])
def test_relations_holding_off_or_a_premature_recognition_is_a_refusal(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan held a meeting on recognising Palestine.",
    "Japan hosted talks on recognising Palestine.",
])
def test_relations_meeting_on_recognition_gives_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Japan protested against China's claim to the Senkaku Islands.", ("Japan", "doesNotRecognise", "Senkaku Islands")),
])
def test_relations_protest_against_a_claim_rejects_it(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan protested against the arrest of its fishermen near the Senkaku Islands.",
    "Mauritius insists the Chagos Islands belong to it.",
])
def test_relations_protest_without_claim_or_own_claim_gives_no_stance(nlp, text):
    assert not _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Chile said recognising Abkhazia was \"out of the question\".", ("Chile", "doesNotRecognise", "Abkhazia")),
    ("Ana Varga, Chile's foreign minister, said recognising Abkhazia was out of the question.",
     ("Ana Varga", "doesNotRecognise", "Abkhazia")),
])
def test_relations_gerund_ruled_out_after_said_is_a_refusal(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru remains unconvinced about recognising Kosovo.", ("Peru", "doesNotRecognise", "Kosovo")),
    ("Peru has been hesitant to recognise Kosovo.", ("Peru", "doesNotRecognise", "Kosovo")),
    ("Peru froze its recognition of the Sahrawi republic.", ("Peru", "doesNotRecognise", "Western Sahara")),
])
def test_relations_wary_or_frozen_recognition_is_a_refusal(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Peru was not hesitant to recognise Kosovo.", ("Peru", "recognises", "Kosovo")),
    ("Peru, wary of its own separatists, recognised Kosovo in 2010.", ("Peru", "recognises", "Kosovo")),
])
def test_relations_denied_or_aside_wariness_keeps_a_recognition(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, stance", [
    ("Chile regards Abkhazia as occupied Georgian territory.", ("Chile", "doesNotRecognise", "Abkhazia")),
    ("Chile considers the Golan Heights occupied Syrian territory.",
     ("Chile", "doesNotRecognise", "Golan Heights")),
])
def test_relations_occupied_land_of_a_third_state_is_a_denial(nlp, text, stance):
    assert stance in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile considers Western Sahara a non-self-governing territory.",
    "Chile regards Western Sahara as disputed territory.",
])
def test_relations_ownerless_land_frame_gives_no_stance(nlp, text):
    assert not _stances(nlp, text)
