"""graph.mentions and graph.entities (session 24): the typing and merging of names that the NER misreads in
news copy."""
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
@pytest.mark.parametrize("text, name, cls", [
    ("Marek Osten said he would stand again.", "Marek Osten", "Person"),
    ("Ana Varga said on Monday that her office would stay shut.", "Ana Varga", "Person"),
    ("Petar Lind said the council would meet again soon. She did not say when.", "Petar Lind", "Person"),
    ("Tolsby Holdings said it would cut jobs. He left.", "Tolsby Holdings", "Organization"),
])
def test_mentions_speaker_referred_to_as_he_or_she_is_a_person(nlp, text: str, name: str, cls: str) -> None:
    one = holder(nlp, text, name)
    assert one is not None and one.cls == cls


@pytest.mark.model
@pytest.mark.parametrize("text, variant, name", [
    ("Ana Varga met Tomás Lindqvist Pérez in Kesmar. Perez said the talks went well.", "Perez",
     "Tomás Lindqvist Pérez"),
    ("Ana Varga and Jiří Novák visited Kesmar on Monday. Novak said the roads were closed.", "Novak", "Jiří Novák"),
    ("Moldova named Zoë Brandt as its envoy on Monday. Zoe Brandt said she would travel to Kesmar.", "Zoe Brandt",
     "Zoë Brandt"),
    ("Moldova named José Ibáñez as its envoy on Monday. On Tuesday Jose Ibanez flew to Kesmar.", "Jose Ibanez",
     "José Ibáñez"),
])
def test_entities_name_without_its_accents_joins_the_person(nlp, text: str, variant: str, name: str) -> None:
    one = holder(nlp, text, variant)
    assert one is not None and one.name == name


@pytest.mark.model
@pytest.mark.parametrize("text, other, name", [
    ("Ruritania and Moldova both claim Varskel Island. The island, known in Moldova as Hundra, has a lighthouse. "
     "Petar Lind said Hundra was theirs.", "Hundra", "Varskel Island"),
    ("Ruritania and Moldova both claim Varskel Island and the Tolsa Strip. Tolsa Strip talks failed. The island, "
     "known in Moldova as Hundra, has a lighthouse.", "Hundra", "Varskel Island"),
    ("Ruritania and Moldova both claim Lake Orvel. The lake, which Moldova calls Hundra, is shallow.", "Hundra",
     "Lake Orvel"),
])
def test_mentions_other_name_of_the_island_joins_the_named_island(nlp, text: str, other: str, name: str) -> None:
    one = holder(nlp, text, other)
    assert one is not None and one.name == name


@pytest.mark.model
def test_mentions_other_name_of_an_unnamed_island_stays_apart(nlp) -> None:
    text = "Ruritania and Moldova both claim Tolsby. The island, known in Moldova as Hundra, has a lighthouse."
    one = holder(nlp, text, "Hundra")
    assert one is not None and one.name == "Hundra"


FOOTER_ARTICLE = """{short}
Varnek, Ruritania

Ruritania sends envoy to Moldova

Ruritania sent an envoy to Moldova on Monday, a ministry spokeswoman told {short}. The envoy will meet farmers.

© 2025 {short} – {full}. All rights reserved.
"""


@pytest.mark.model
@pytest.mark.parametrize("short, full, joined", [
    ("TOLPRESS", "Agence Tolsa Presse", True),
    ("VARNOP", "Agencia Varnek Noticias Press", True),
    ("KELD", "Tolsby Media Group", False),
])
def test_mentions_footer_short_name_joins_the_full_name(nlp, short: str, full: str, joined: bool) -> None:
    from graph.article import clean_article

    art = clean_article(FOOTER_ARTICLE.format(short=short, full=full), "t.txt")
    ents = resolve_entities(list(extract_mentions(nlp(art.text), art))).entities.values()
    one = [e for e in ents if full == e.name or full in e.aliases]
    assert len(one) == 1 and (short == one[0].name or short in one[0].aliases) == joined
