"""graph.mentions and graph.article (session 25b): a member's seat before the title, bodies in photo credits, the
town of a byline, and towns the model reads as bodies in place slots."""
from __future__ import annotations

import pytest

from graph.article import clean_article
from graph.mentions import _credit_names
from graph.models import Article

from extract_helpers import entities_of




def cls_of(entities: list, name: str) -> str | None:
    """The class of the one entity named ``name`` (None when none or several bear the name)."""
    hits = [e for e in entities if e.name == name or name in e.aliases]
    return hits[0].cls if len(hits) == 1 else None


@pytest.mark.model
@pytest.mark.parametrize("text, seat, member", [
    ("Tolsby TD Petar Lind said the plan for the harbour was late.", "Tolsby", "Petar Lind"),
    ("Kolvik MLA Marek Osten said the ferry plan had been left in a drawer for years.", "Kolvik", "Marek Osten"),
])
def test_mentions_seat_before_member_title_is_split(nlp, text: str, seat: str, member: str) -> None:
    found = entities_of(nlp, text)
    assert cls_of(found, member) == "Person"
    assert cls_of(found, seat) == "Place"
    assert not [e for e in found if e.cls == "Person" and e.name != member]


@pytest.mark.model
@pytest.mark.parametrize("text, member", [
    ("Labour MP Ana Varga said the plan for the harbour was late.", "Ana Varga"),
])
def test_mentions_party_before_member_title_is_no_seat(nlp, text: str, member: str) -> None:
    found = entities_of(nlp, text)
    assert cls_of(found, member) == "Person"
    assert cls_of(found, "Labour") != "Place"


@pytest.mark.parametrize("credit, name", [
    ("Armada Nacional de Ruritania", "Armada Nacional de Ruritania"),
    ("Gendarmerie Varnek", "Gendarmerie Varnek"),
    ("Tolsby Images", "Tolsby Images"),
    ("Friends of Kolvik Park", "Friends of Kolvik Park"),
])
def test_mentions_credit_of_a_body_is_an_organisation(credit: str, name: str) -> None:
    art = Article(id="t.txt", path="", raw="x", text="x", photo_credits=(credit,))
    assert [(nm.mention.text, nm.mention.label) for nm in _credit_names(art)] == [(name, "ORG")]


@pytest.mark.parametrize("credit", ["Ana Varga", "Marina Lind"])
def test_mentions_credit_of_a_photographer_stays_a_person(credit: str) -> None:
    art = Article(id="t.txt", path="", raw="x", text="x", photo_credits=(credit,))
    assert [(nm.mention.text, nm.mention.label) for nm in _credit_names(art)] == [(credit, "PERSON")]


MASTHEAD = "THE VARNEK COURIER\nHome | News | Sport | Opinion\n\nHarbour fees to rise\n\n"
BODY = "\n\nThe harbour board voted on Monday to raise its fees for the first time in ten years, members said.\n"


@pytest.mark.parametrize("byline, outlet, place", [
    ("By Ana Varga, Kolvik Bay", "The Varnek Courier", "Kolvik Bay"),
    ("By Petar Lind, Tolsby", "The Varnek Courier", "Tolsby"),
])
def test_article_byline_town_under_a_masthead_is_the_filing_place(byline: str, outlet: str, place: str) -> None:
    art = clean_article(MASTHEAD + byline + BODY, "t.txt")
    assert (art.outlet, art.filed_from) == (outlet, place)
    assert any(nm.mention.text == place and nm.place_cue for nm in _credit_names(art))


@pytest.mark.parametrize("raw, outlet", [
    ("Harbour fees to rise\n\nBy Ana Varga, Tolsby Courier" + BODY, "Tolsby Courier"),
    (MASTHEAD + "By Ana Varga, Reuters" + BODY, "The Varnek Courier"),
])
def test_article_byline_outlet_is_no_filing_place(raw: str, outlet: str) -> None:
    art = clean_article(raw, "t.txt")
    assert (art.outlet, art.filed_from) == (outlet, None)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The club will move about 900 pots into the council nurseries in Kolvik Flat.", "Kolvik Flat"),
    ("The council fixed streets in Varnhill and Kolvik Flat last year.", "Kolvik Flat"),
    ("Parents in Marsk say roads in Tolvane and Kolvik Flat need work first.", "Kolvik Flat"),
    ("Marsk Vale was one of the busiest towns in the province until the mine closed.", "Marsk Vale"),
    ("Dunvarra was one of the busiest towns in the province until the mine closed.", "Dunvarra"),
    ("Fishers from the Tolvane villages of Marsk and Kolby share the grounds, the board said.", "Tolvane"),
])
def test_mentions_town_in_a_place_slot_is_a_place(nlp, text: str, name: str) -> None:
    assert cls_of(entities_of(nlp, text), name) == "Place"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tolsby Bridge: two years on, the ferry men of Kolb count their losses",
    "Locals call it the “King Marek Bridge”, Ana Varga said.",
])
def test_entities_structure_name_is_no_person(nlp, text: str) -> None:
    assert not [e.name for e in entities_of(nlp, text) if e.cls == "Person" and e.name.endswith("Bridge")]
