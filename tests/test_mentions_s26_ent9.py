"""graph.mentions, graph.entities, graph.article and the gazetteer (session 26, ent9): a legislator's party tag
glued to a home town, a masthead's logo mark, a byline over its paper and "Published" line, the article's own outlet
named like a demonym, and a few cities."""
from __future__ import annotations

import pytest

from graph.article import clean_article
from graph.entities import resolve_entities
from graph.gazetteer import load_gazetteer
from graph.mentions import NameMention
from graph.models import Mention

from extract_helpers import entities_of


def cls_of(entities: list, name: str) -> str | None:
    """The class of the one entity named ``name`` (None when none or several bear the name)."""
    hits = [e for e in entities if e.name == name or name in e.aliases]
    return hits[0].cls if len(hits) == 1 else None


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("State Rep. Marek Osten, D-Tolsby Springs, whose district takes in the depot, said he had fought for the money.",
     "Tolsby Springs"),
    ("Sen. Petar Lind, D-Varnek Hollow, whose seat covers the valley, voted against the budget on Monday.",
     "Varnek Hollow"),
])
def test_mentions_party_tag_before_a_home_town_leaves_a_place(nlp, text: str, place: str) -> None:
    """"Rep. X, D-Town Name," (AP style): the town after the party's letters is a place, not a person."""
    found = entities_of(nlp, text)
    assert cls_of(found, place) == "Place"
    assert not any(e.name.startswith("D-") or e.name.startswith("D ") for e in found)


@pytest.mark.parametrize("masthead, outlet", [
    ("KESTREL TIMES*", "Kestrel Times"),
    ("The Varnek Ledger®", "The Varnek Ledger"),
])
def test_article_masthead_logo_mark_is_no_part_of_the_outlet(masthead: str, outlet: str) -> None:
    body = "Anna Berg met the mayor of Strelsau on Monday. The two discussed the new ferry timetable at length."
    lines = [masthead, "Subscribe | Log in", "News | Politics | Sport", "", "Ferry Talks Resume", "", body]
    raw = "\n".join(lines) + "\n"
    assert clean_article(raw, "t.txt").outlet == outlet


@pytest.mark.parametrize("outlet", ["Varnekian", "Tolsbyan"])
def test_entities_own_outlet_outvotes_place_readings_of_its_name(outlet: str) -> None:
    """A paper named like a demonym ("for the X.") is read as a place by the NER; its masthead makes it a body."""
    masthead = NameMention(Mention("a1.txt", 0, 0, outlet, "ORG"), outlet=True)
    texts = [NameMention(Mention("a1.txt", s, s + len(outlet), outlet, "GPE")) for s in (100, 400, 900)]
    res = resolve_entities([*texts, masthead])
    assert [e.cls for e in res.entities.values() if e.name == outlet] == ["Organization"]


@pytest.mark.parametrize("city, country", [("Adelaide", "Australia"), ("Hobart", "Australia")])
def test_gazetteer_australian_state_capitals_are_places(city: str, country: str) -> None:
    entry = load_gazetteer().lookup(city)
    assert entry is not None and (entry.cls, entry.country) == ("Place", country)


@pytest.mark.parametrize("name, paper, published", [
    ("Ana Korvel", "Tolsby Valley Ledger", "Published 7:15 a.m. ET Feb. 3, 2026 | Updated 8:02 a.m. ET Feb. 3, 2026"),
    ("Petar Lind", "Varnek Herald-Star", "Published 11:40 p.m. CT March 9, 2026"),
])
def test_article_byline_over_its_paper_and_published_line_is_the_author(name: str, paper: str, published: str) -> None:
    """"Name" / "Paper" / "Published <time> <date>" under the headline: the name is the article's author."""
    body = "The harbour board met on Monday to discuss the new ferry timetable, which starts in the spring."
    raw = "\n".join(["Ferry Timetable Approved", "", name, paper, "", published, "", body, "", body]) + "\n"
    art = clean_article(raw, "t.txt")
    assert art.author == name


@pytest.mark.parametrize("town", ["Tolsby Haven", "Varnek Haven"])
def test_entities_town_named_haven_is_a_place(town: str) -> None:
    """"X Haven" (an old word for a harbour) names a port town, though the NER may read it as a person."""
    mentions = [NameMention(Mention("a1.txt", 200, 200 + len(town), town, "PERSON")),
                NameMention(Mention("a1.txt", 500, 500 + len(town), town, "GPE"))]
    res = resolve_entities(mentions)
    assert [e.cls for e in res.entities.values() if e.name == town] == ["Place"]


@pytest.mark.model
def test_mentions_capital_letter_glued_to_a_brand_is_no_party_tag(nlp) -> None:
    """", T-Mobile," is a brand, not a party's letters before a home town."""
    found = entities_of(nlp, "Three carriers, T-Mobile, Kestrel Telecom and Varnek Mobile, cut their prices on Monday.")
    assert cls_of(found, "Mobile") != "Place"
