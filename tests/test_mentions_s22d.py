"""graph.mentions and graph.entities: a town named by the words around it ("a baker from X", "X mayor Y", "an MP
who represents X", "from X to the border", ", on Y Island") and the street and palace names of places."""
from __future__ import annotations

import pytest

from graph.entities import resolve_entities
from graph.mentions import extract_mentions
from graph.models import Article


def class_of(nlp, text: str, name: str) -> str | None:
    """The class of the entity whose name or alias is ``name`` (None when no single entity bears it)."""
    art = Article(id="t.txt", path="", raw=text, text=text)
    res = resolve_entities(list(extract_mentions(nlp(text), art)))
    hits = [e for e in res.entities.values() if name == e.name or name in e.aliases]
    return hits[0].cls if len(hits) == 1 else None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ana Varga, a herder from Tolsk, lost forty sheep in the storm.", "Tolsk"),
])
def test_mentions_tradesperson_from_a_town_names_a_place(nlp, text: str, name: str) -> None:
    assert class_of(nlp, text, name) == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The works were approved on Monday. According to Tolsbury mayor Ana Varga, the bridge will open in May.",
     "Tolsbury"),
])
def test_mentions_name_before_mayor_is_a_town(nlp, text: str, name: str) -> None:
    assert class_of(nlp, text, name) == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Opposition backbencher Ana Varga, who represents Kelmarsh, said the budget ignored the north.", "Kelmarsh"),
])
def test_mentions_lawmaker_represents_a_seat(nlp, text: str, name: str) -> None:
    assert class_of(nlp, text, name) == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The new cycle trail runs from Twin Ferns to the Canadian border, the county said.", "Twin Ferns"),
])
def test_mentions_from_town_to_the_border_names_a_place(nlp, text: str, name: str) -> None:
    assert class_of(nlp, text, name) == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The old ferry still sails to Varnsby, on Vancouver Island, twice a day.", "Varnsby"),
])
def test_mentions_name_on_an_island_is_a_place(nlp, text: str, name: str) -> None:
    assert class_of(nlp, text, name) == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The march went down Osten Boulevard.", "Osten Boulevard"),
])
def test_entities_street_names_are_places(nlp, text: str, name: str) -> None:
    assert class_of(nlp, text, name) == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ana Varga, an analyst from Varnek Capital, said the deal was fair.", "Varnek Capital"),
    ("Petar Lind, a lawyer who represents Tolsby Holdings, declined to comment.", "Tolsby Holdings"),
])
def test_mentions_staff_and_clients_of_firms_stay_bodies(nlp, text: str, name: str) -> None:
    assert class_of(nlp, text, name) == "Organization"
