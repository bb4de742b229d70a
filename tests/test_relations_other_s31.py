"""Other relations of session 31 (helper rel31): members of "the bloc" listed together, a second relative
clause's object, a coordinated "its invasion", "whose sole neighbour on land is", a party's initials after a
member's seat, claims on a land taken up by "it" or by a description the text uses as its name, a town glossed
as "the Y town", a party's possessive before a member's seat, and a town a copula calls the main town of an area.

Every sentence is invented (the countries, regions, parties and bodies are real; the people are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import relations as _relations


def _kind(nlp, text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for s, k, o in _relations(nlp, text) if k == kind}


@pytest.mark.model
@pytest.mark.parametrize("text, body, states", [
    ("The Arab League backs Egyptian and Sudanese rights over the river, its spokesman said in Cairo. Egypt, "
     "Jordan, Tunisia and the Comoros are members of the bloc.", "Arab League",
     {"Egypt", "Jordan", "Tunisia", "Comoros"}),
    ("The African Union backs Somali and Kenyan talks, its commission said. Somalia, Kenya, Ethiopia and the "
     "Sudan are members of the bloc.", "African Union", {"Somalia", "Kenya", "Ethiopia", "Sudan"}),
])
def test_relations_listed_states_members_of_the_bloc(nlp, text, body, states):
    """"A, B, C and D are members of the bloc": every listed state belongs to the body "the bloc" takes up."""
    found = _kind(nlp, text, "memberOf")
    assert {(s, body) for s in states} <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text, pair, wrong", [
    ("Chad, which borders both Niger and Libya and which Libya invaded in 1980, has stayed silent.",
     ("Libya", "Chad"), ("Libya", "Niger")),
])
def test_relations_second_relative_clause_object_is_antecedent(nlp, text, pair, wrong):
    """"X, which borders A and which Y invaded": the second clause's "which" is X, not the first clause's object."""
    found = _kind(nlp, text, "invaded")
    assert pair in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, pair, wrong", [
    ("The war began with Germany's invasion of Poland and its invasion of Norway a year later.",
     ("Germany", "Norway"), ("Poland", "Norway")),
])
def test_relations_coordinated_its_invasion_keeps_invader(nlp, text, pair, wrong):
    """"X's invasion of A and its invasion of B": "its" takes up the first invader, not the land it invaded."""
    found = _kind(nlp, text, "invaded")
    assert pair in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Portugal, whose sole land neighbour is Spain, voted first.", ("Portugal", "Spain")),
])
def test_relations_whose_neighbour_is(nlp, text, pair):
    """"A, whose sole neighbour on land is B": A borders B."""
    found = _kind(nlp, text, "sharesBorderWith")
    assert pair in found or pair[::-1] in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, party, seat", [
    ("Hon. Lamin Ceesay, the Regional Assembly Member (RAM) for Jarra West (GDC), asked the question.",
     ("Lamin Ceesay", "GDC"), ("Lamin Ceesay", "Jarra West")),
    ("Sana Qureshi, the Provincial Assembly Member (PAM) for Lahore Cantt (PTI), asked the question.",
     ("Sana Qureshi", "PTI"), ("Sana Qureshi", "Lahore Cantt")),
])
def test_relations_party_initials_after_members_seat(nlp, text, party, seat):
    """"Name, the Assembly Member (AM) for Seat (PARTY)": the party the seat is tagged with; the seat is no body."""
    found = _kind(nlp, text, "memberOf")
    assert party in found and seat not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    ("Oil was found in the Abyei area last year. South Sudan and Sudan, which both claim all of it, sent troops.",
     {("Sudan", "Abyei"), ("South Sudan", "Abyei")}),
])
def test_relations_claim_on_land_taken_up_by_it(nlp, text, pairs):
    """"A and B, which both claim all of it": the relative clause's states claim the land "it" takes up."""
    found = _kind(nlp, text, "claims")
    assert pairs <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    ("A survey ship entered the offshore wedge on Monday, officials in Asmara said.\n\nBoth Eritrea and Djibouti "
     "claim the wedge, which is believed to hold gas.\n\nDjibouti insists the wedge belongs to it.",
     {("Eritrea", "offshore wedge"), ("Djibouti", "offshore wedge")}),
])
def test_relations_claim_on_description_used_as_name(nlp, text, pairs):
    """A lower-case description the text keeps using for a claimed area with no name is that area's name."""
    found = _kind(nlp, text, "claims")
    assert pairs <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hikers crossed the Golan Heights in May. Israel claims the plateau, Syria claims the plateau too, and "
    "the plateau stays tense.",
    "The region has seen talks between Madrid and the Catalan Republican Front (CRF), which claims Catalonia as "
    "an independent state.",
])
def test_relations_no_claim_on_anaphoric_description_or_by_movement(nlp, text):
    """A description taking up a named land names no area of its own; a movement's claim is no state's."""
    found = _kind(nlp, text, "claims")
    assert not {o for _, o in found} & {"plateau"} and ("Spain", "Catalonia") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("In Kapan, the Syunik town closest to Iran, shops stayed shut.", ("Kapan", "Syunik")),
])
def test_relations_town_glossed_by_area_name(nlp, text, pair):
    """"X, the Y town closest to Z": the area whose name modifies the town's kind holds the town."""
    assert pair in _kind(nlp, text, "locatedIn")


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Labour's West Coast MP, Aroha Tane, said the plan was late.", ("Aroha Tane", "Labour")),
])
def test_relations_party_possessive_before_seat_and_title(nlp, text, pair):
    """"Party's Seat MP, Name,": the member belongs to the party in the possessive."""
    assert pair in _kind(nlp, text, "memberOf")


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Kaikohe is the main town of the Far North district.", ("Kaikohe", "Far North")),
    ("Opotiki is the main town of the Eastern Bay region.", ("Opotiki", "Eastern Bay")),
])
def test_relations_untagged_main_town_of_area(nlp, text, pair):
    """"X is the main town of the Y district": a town NER left untagged, named so by the copula."""
    assert pair in _kind(nlp, text, "locatedIn")


CAPTIONED = """Trawler Fleet Returns

By Ana Kirova

[PHOTO: A trawler leaves the harbour at Puerto Madryn, a port town in Chubut Province. Photo: Laila Ortiz / The Beacon]

The trawler fleet sailed again on Monday after a two-week strike, the port authority said.

"We are back at sea and the catch is good," said Tomas Ferreyra, who owns three boats.
"""


@pytest.mark.model
def test_relations_caption_parsed_apart_from_story(nlp, tmp_path):
    """A photo caption the cleaner keeps apart gives its relations (offsets in the raw caption); the story's
    quote keeps its speaker."""
    from rdflib import RDF, RDFS

    from graph.namespace import NG
    from graph.pipeline import build

    (tmp_path / "a.txt").write_text(CAPTIONED, encoding="utf-8")
    g, _report = build(tmp_path)
    names = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    located = {(names.get(s), names.get(o)) for s, o in g.subject_objects(NG.locatedIn)}
    assert ("Puerto Madryn", "Chubut Province") in located, located
    spans = [(g.value(occ, NG.charStart).toPython(), g.value(occ, NG.charEnd).toPython())
             for rel in g.subjects(RDF.type, NG.RelationStatement)
             if names.get(g.value(rel, NG.relSubject)) == "Puerto Madryn" for occ in g.objects(rel, NG.occurrence)]
    assert spans and all("Chubut Province" in CAPTIONED[a:b] for a, b in spans), spans
    speakers = {names.get(s) for s in g.subjects(NG.said, None)}
    assert "Tomas Ferreyra" in speakers, speakers
