"""graph.mentions, graph.nlp and graph.entities: sites at a settlement, a country's named area, names before a
plural place noun, a firm's national arm and a territory's other short name."""
from __future__ import annotations

from dataclasses import replace

import pytest

from graph.entities import resolve_entities
from graph.gazetteer import GazEntry, fold, load_gazetteer
from graph.mentions import NameMention, extract_mentions
from graph.models import Article, Mention


def mentions_of(nlp, text: str) -> list[NameMention]:
    art = Article(id="t.txt", path="", raw=text, text=text)
    return list(extract_mentions(nlp(text), art))


def labels_of(nms: list[NameMention], text: str) -> set[str]:
    return {nm.mention.label for nm in nms if nm.mention.text == text}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("On the jetty at Wendelin, fisherman Oskar Tenne, 58, counted the empty boats.", "Wendelin"),
    ("On the breakwater at Ostervik, the pilot Hanna Lund watched the tide come in.", "Ostervik"),
])
def test_mentions_site_at_a_settlement_is_a_place(nlp, text: str, name: str) -> None:
    assert labels_of(mentions_of(nlp, text), name) == {"GPE"}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("A clinic opened near Dakawe, in Togo's Marvelu department, in March.", "Marvelu"),
])
def test_mentions_country_possessive_area_is_a_place(nlp, text: str, name: str) -> None:
    assert labels_of(mentions_of(nlp, text), name) == {"GPE"}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Along the coast, the Varnhaven and Tolsdam ports fight over the same grain ships.", "Varnhaven"),
])
def test_mentions_names_before_plural_place_noun_are_places(nlp, text: str, name: str) -> None:
    assert labels_of(mentions_of(nlp, text), name) == {"GPE"}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Engineers from Kallberg USA, the firm's American branch, will test the turbines next spring.", "Kallberg USA"),
    ("Sales director Ana Varga of Tennholt UK said the orders had doubled.", "Tennholt UK"),
])
def test_nlp_brand_and_country_code_is_one_organisation(nlp, text: str, name: str) -> None:
    assert labels_of(mentions_of(nlp, text), name) == {"ORG"}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Prices rose in Tolsby, USA, last year.", "Tolsby"),
])
def test_nlp_town_and_country_code_stay_apart(nlp, text: str, name: str) -> None:
    assert not labels_of(mentions_of(nlp, text), f"{name} USA")


def _gaz_with(name: str, aliases: tuple[str, ...]):
    gaz = load_gazetteer()
    entry = GazEntry(name=name, cls="Territory", aliases=aliases)
    by_name = dict(gaz.by_name)
    for n in (name, *aliases):
        by_name[fold(n)] = entry
    return replace(gaz, entries=gaz.entries + (entry,), by_name=by_name)


@pytest.mark.parametrize("name, aliases, short, settlement, merged", [
    ("Tolskar Island", ("Varnekka Island",), "Varnekka", False, True),
    ("Tolskar Island", ("Varnekka Island",), "Varnekka", True, False),
])
def test_entities_core_of_a_territory_alias_joins_it(name: str, aliases: tuple[str, ...], short: str,
                                                     settlement: bool, merged: bool) -> None:
    gaz = _gaz_with(name, aliases)
    terr = NameMention(Mention("a.txt", 0, len(name), name, "TERRITORY", kb_id=name), territory_cue=True)
    bare = NameMention(Mention("a.txt", 100, 100 + len(short), short, "PERSON"), place_cue=True,
                       settlement=settlement)
    res = resolve_entities([terr, bare], gaz=gaz)
    key = res.by_span[("a.txt", 100, 100 + len(short))] if ("a.txt", 100, 100 + len(short)) in res.by_span else None
    assert (key is not None and res.entities[key].name == name) == merged
