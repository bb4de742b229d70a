"""graph.mentions and graph.entities: portfolio titles, multi-portfolio ministries, opinion outlets, relatives
sharing a surname, outlet and foreign-press names, water appositives and the "sovereignty in" cue."""
from __future__ import annotations

import pytest

from graph.entities import resolve_entities
from graph.mentions import NameMention, extract_mentions
from graph.models import Article, Mention


def mentions_of(nlp, text: str) -> list[NameMention]:
    art = Article(id="t.txt", path="", raw=text, text=text)
    return list(extract_mentions(nlp(text), art))


def named(nms: list[NameMention], text: str) -> list[NameMention]:
    return [nm for nm in nms if nm.mention.text == text]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The treaty still stands, Minister of Foreign Affairs Petar Lindqvar wrote to the parliament on Monday.",
     "Petar Lindqvar"),
])
def test_mentions_title_modifier_opens_the_portfolio(nlp, text: str, name: str) -> None:
    found = [nm.mention.text for nm in mentions_of(nlp, text)]
    assert name in found
    assert not any(t.endswith(name) and t != name for t in found)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Tolsby – The Ministry of Foreign Affairs, Regional Cooperation and Ruritanian Expatriates summoned the envoy "
     "on Tuesday.", "Ministry of Foreign Affairs, Regional Cooperation and Ruritanian Expatriates"),
])
def test_mentions_ministry_of_several_portfolios_is_one_name(nlp, text: str, name: str) -> None:
    assert named(mentions_of(nlp, text), name)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ministry of Defence, the Tax Office and the police met on Monday.",
])
def test_mentions_list_of_bodies_stays_apart(nlp, text: str) -> None:
    assert named(mentions_of(nlp, text), "Ministry of Defence")


@pytest.mark.model
@pytest.mark.parametrize("text, outlet", [
    ("Writing a guest column for Varnek24 last week, Ana Varga argued that the deal was a poor one.", "Varnek24"),
])
def test_mentions_opinion_piece_names_its_outlet(nlp, text: str, outlet: str) -> None:
    hits = named(mentions_of(nlp, text), outlet)
    assert hits and hits[0].mention.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ana Tolsbek said the ports were worried. According to Tolsbek, the province had never been asked.",
     "Tolsbek"),
])
def test_mentions_according_to_phrase_has_no_appositive(nlp, text: str, name: str) -> None:
    hits = named(mentions_of(nlp, text), name)
    assert hits and not any(nm.place_cue for nm in hits)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("One of the divers, Ana Varga, told the paper by phone from Varnekstad that they had rowed out before dawn.",
     "Varnekstad"),
])
def test_mentions_speaking_by_phone_from_a_place(nlp, text: str, name: str) -> None:
    hits = named(mentions_of(nlp, text), name)
    assert hits and hits[0].place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("A dredger deepened a channel through the Varnemeer, the shallow bay where the river meets the sea, last week.",
     "Varnemeer"),
])
def test_mentions_water_appositive_makes_a_place(nlp, text: str, name: str) -> None:
    hits = named(mentions_of(nlp, text), name)
    assert hits and hits[0].mention.label == "GPE" and hits[0].place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ruritania does not recognise any Freedonian sovereignty in the Varnemeer, and it never has.", "Varnemeer"),
])
def test_mentions_sovereignty_in_a_place_is_at_stake(nlp, text: str, name: str) -> None:
    hits = named(mentions_of(nlp, text), name)
    assert hits and hits[0].territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, surname, principal", [
    ("Abdel Varnekou, a fisherman for forty years, said the coastguard boats came by often. His wife, Fatima Zahra "
     "Varnekou, runs a stall on the beach.\n\n\"They all go home in the end,\" Varnekou said.",
     "Varnekou", "Abdel Varnekou"),
    ("Ismo Tolsbarre, who grows maize near the border, lives with his wife Alima Tolsbarre in the village. "
     "\"I was born here,\" Tolsbarre said.", "Tolsbarre", "Ismo Tolsbarre"),
])
def test_entities_bare_surname_is_not_the_relative(nlp, text: str, surname: str, principal: str) -> None:
    nms = mentions_of(nlp, text)
    res = resolve_entities(nms)
    bare = [nm for nm in nms if nm.mention.text == surname]
    assert bare
    key = res.by_span[(bare[-1].mention.article, bare[-1].mention.start, bare[-1].mention.end)]
    assert res.entities[key].name == principal


@pytest.mark.parametrize("name, label", [
    ("Tolsby Empire", "ORG"),
])
def test_entities_outlet_named_empire_is_an_organisation(name: str, label: str) -> None:
    nm = NameMention(Mention("a.txt", 0, 0, name, label), outlet=True)
    res = resolve_entities([nm])
    assert [e.cls for e in res.entities.values() if e.name == name] == ["Organization"]


@pytest.mark.parametrize("name, label", [
    ("Varnek-Zeitung", "FAC"),
    ("Tolsby Dagblad", "GPE"),
])
def test_entities_foreign_press_word_makes_an_organisation(name: str, label: str) -> None:
    nm = NameMention(Mention("a.txt", 10, 10 + len(name), name, label))
    res = resolve_entities([nm, NameMention(Mention("a.txt", 50, 50 + len(name), name, label))])
    assert [e.cls for e in res.entities.values() if e.name == name] == ["Organization"]
