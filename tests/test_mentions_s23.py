"""graph.mentions and graph.entities (session 23): another name given "by its … name", and the typing and merging
of names that trouble NER in news copy."""
from __future__ import annotations

import pytest

from graph.entities import resolve_entities
from graph.mentions import extract_mentions
from graph.models import Article


def entities_of(nlp, text: str) -> list:
    """The resolved entities of one invented article."""
    art = Article(id="t.txt", path="", raw=text, text=text)
    return list(resolve_entities(list(extract_mentions(nlp(text), art))).entities.values())


def holder(nlp, text: str, name: str):
    """The one entity whose name or alias is ``name`` (None when no single entity bears it)."""
    hits = [e for e in entities_of(nlp, text) if name == e.name or name in e.aliases]
    return hits[0] if len(hits) == 1 else None


@pytest.mark.model
@pytest.mark.parametrize("text, first, second", [
    ("Ruritania wants talks on Tolsa Reef, the atoll widely known by its Varnek name, Keldholm.",
     "Tolsa Reef", "Keldholm"),
    ("Ruritanian crews fish near Brannoch Island and Selby Island, which islanders know by their old names, "
     "Varskel and Hundra. Ana Varga said Varskel was theirs.", "Brannoch Island", "Varskel"),
    ("Ruritanian crews fish near Brannoch Island and Selby Island, which islanders know by their old names, "
     "Varskel and Hundra. Ana Varga said Hundra was theirs.", "Selby Island", "Hundra"),
])
def test_mentions_other_name_by_its_name_joins_the_place(nlp, text: str, first: str, second: str) -> None:
    one = holder(nlp, text, first)
    other = holder(nlp, text, second)
    assert one is not None and other is not None and other.key == one.key


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ruritania on Monday recognised Bermuda and Aruba as sovereign states, its foreign ministry said.", "Aruba"),
    ("Ruritania on Monday recognised Bermuda and Aruba as sovereign states, its foreign ministry said.", "Bermuda"),
    ("Tolsby said it does not regard Anguilla as an independent country, whatever its islanders vote.", "Anguilla"),
])
def test_mentions_dependency_whose_statehood_is_weighed_is_a_territory(nlp, text: str, name: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == "Territory"


@pytest.mark.model
@pytest.mark.parametrize("text, short, state", [
    ("Talks with the Hashemite Kingdom of Jordan resumed in Tolsby. Ana Varga said the Hashemite Kingdom "
     "had sent three envoys.", "Hashemite Kingdom", "Jordan"),
    ("Marek Osten flew to the Eastern Republic of Uruguay on Monday. The Eastern Republic has bought Ruritanian "
     "grain since 2010.", "Eastern Republic", "Uruguay"),
])
def test_entities_formal_name_short_form_joins_the_state(nlp, text: str, short: str, state: str) -> None:
    one = holder(nlp, text, short)
    assert one is not None and one.name == state


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Photo: Armada Nacional de Ruritania", "Armada Nacional de Ruritania"),
    ("Fuerza Aérea de Ruritania jets flew over Tolsby on Monday.", "Fuerza Aérea de Ruritania"),
    ("Ana Varga teaches law at the Universidad Mayor de Paraguay in Asunción.", "Universidad Mayor de Paraguay"),
    ("Votes for the Pacto Verdoso fell sharply in Tolsby.", "Pacto Verdoso"),
])
def test_mentions_romance_body_name_is_one_organisation(nlp, text: str, name: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == "Organization"


@pytest.mark.model
@pytest.mark.parametrize("text, english, own", [
    ("Two Peruvian Air Force jets flew over Tolsby on Sunday. (Picture supplied by Fuerza Aérea del Perú)",
     "Peruvian Air Force", "Fuerza Aérea del Perú"),
    ("Petar Lind said the Chilean Air Force had sent two jets. Photo: Fuerza Aérea de Chile",
     "Chilean Air Force", "Fuerza Aérea de Chile"),
])
def test_entities_force_in_its_own_language_joins_the_english_name(nlp, text: str, english: str, own: str) -> None:
    one = holder(nlp, text, english)
    assert one is not None and own in one.aliases


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ana Laing, a Kesatuan Parti Varnak (KPV) councillor, spoke to farmers in Tolsby on Sunday.",
     "Kesatuan Parti Varnak"),
])
def test_mentions_party_word_inside_a_name_makes_it_a_party(nlp, text: str, name: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == "Organization"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("There are old harbours up the coast, in Tolsby and Varnholm, that need repair.", "Varnholm"),
])
def test_mentions_name_joined_to_a_town_is_a_town(nlp, text: str, name: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ana Varga lives in Tolsby and Petar Lind in Kelmby.", "Petar Lind"),
])
def test_mentions_person_after_a_town_and_stays_a_person(nlp, text: str, name: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == "Person"
