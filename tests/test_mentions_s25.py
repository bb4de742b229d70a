"""graph.mentions and graph.entities (session 25): relatives named by the given name, lake and county names, and
the formal names of councils and heritage agencies."""
from __future__ import annotations

import pytest

from graph.entities import resolve_entities
from graph.mentions import extract_mentions
from graph.models import Article

from extract_helpers import entities_of




def holder(nlp, text: str, name: str, raw: str = ""):
    """The one entity whose name or alias is ``name`` (None when no single entity bears it); ``raw`` is the
    article as published when the cleaner took a line out of it."""
    art = Article(id="t.txt", path="", raw=raw or text, text=text)
    hits = [e for e in resolve_entities(list(extract_mentions(nlp(text), art))).entities.values()
            if name == e.name or name in e.aliases]
    return hits[0] if len(hits) == 1 else None


BAKERY = "Ana Varga has run the bakery in Tolsby for thirty years, mostly together with her husband, Tomas."
BEES = "Petar Lind has kept bees near Varnek since 1998, helped by his wife, Mirela."


@pytest.mark.model
@pytest.mark.parametrize("text, raw, name", [
    (BAKERY, "Bakers Ana and Tomas Varga at their ovens. Photo: Karl Weber\n\n" + BAKERY, "Tomas Varga"),
    (BEES, "Mirela Lind with a hive. Picture by Anna Berg\n\n" + BEES, "Mirela Lind"),
])
def test_mentions_relative_given_name_takes_the_owner_surname(nlp, text: str, raw: str, name: str) -> None:
    one = holder(nlp, text, name, raw)
    assert one is not None and one.cls == "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, raw, name", [
    ("Ana Varga has run the bakery in Tolsby with her daughter, Mira.", "", "Mira Varga"),
    (BAKERY, "", "Tomas Varga"),  # (the article never gives him a surname)
])
def test_mentions_relative_keeps_no_surname_without_its_full_name(nlp, text: str, raw: str, name: str) -> None:
    assert holder(nlp, text, name, raw) is None


@pytest.mark.model
@pytest.mark.parametrize("text, name, cls", [
    ("Fishing boats crowd Varnek Lough each spring, the harbour master said.", "Varnek Lough", "Place"),
    ("The rows over Tolsby Lough, between County Varnek and the coast, go back a century.", "County Varnek",
     "Place"),
    ("The rows over Tolsby Lough, between County Varnek and the coast, go back a century.", "Tolsby Lough", "Place"),
    ("Heritage Tolsby has approved the works on the old mill, Ana Varga said.", "Heritage Tolsby", "Organization"),
    ("Last week the City of Tolsby council approved the new library.", "City of Tolsby", "Organization"),
    ("Ana Varga said the City of Greater Tolsby would pay for the roof.", "City of Greater Tolsby", "Organization"),
])
def test_entities_landform_county_and_council_names_are_typed(nlp, text: str, name: str, cls: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == cls


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Colonel Petar Lind, who speaks for the Supreme Council for the Salvation of Tolsby (SCST), told reporters the "
     "road was shut.", "Supreme Council for the Salvation of Tolsby"),
])
def test_mentions_council_named_by_its_remit_stays_one_body(nlp, text: str, name: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == "Organization"


@pytest.mark.model
@pytest.mark.parametrize("text, short, name", [
    ("Tomás Lindqvist Pérez, skipper of a tuna boat, spoke by phone from Kesmar. \"We were held for hours,\" "
     "Lindqvist said. His wife, Marta Lindqvist, who runs the office, said the fish had been taken.", "Lindqvist",
     "Tomás Lindqvist Pérez"),
])
def test_entities_inner_surname_before_the_relative_names_the_man(nlp, text: str, short: str, name: str) -> None:
    one = holder(nlp, text, short)
    assert one is not None and one.name == name


@pytest.mark.model
@pytest.mark.parametrize("text, short, name", [
    ("On Monday the National Chamber of the Salt Industry (Canapesvar) asked the government to negotiate a new deal "
     "with Ruritania.", "Canapesvar", "National Chamber of the Salt Industry"),
])
def test_mentions_long_syllabic_acronym_names_the_body(nlp, text: str, short: str, name: str) -> None:
    one = holder(nlp, text, short)
    assert one is not None and one.name == name
