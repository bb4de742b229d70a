"""Session 26 (ent10): numbered committees and their members, portfolio bodies, bracketed captions' credits,
network taglines and religious sites named after a person.  All names are invented."""
from __future__ import annotations

import pytest
from extract_helpers import entities_of

from graph.article import clean_article


def _types(nlp, text: str) -> dict[str, str]:
    return {e.name: e.cls for e in entities_of(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize("text, name, cls", [
    ("A member of the People's Assembly's Committee III Marek Osten of the Varnek Party backed the bill.",
     "Marek Osten", "Person"),
    ("Deputy chair of the Chamber of Deputies' Commission IV Petar Lind of the Tolsby Party urged calm.",
     "Petar Lind", "Person"),
    ("Deputy chair of the Chamber of Deputies' Commission IV Petar Lind of the Tolsby Party urged calm.",
     "Chamber of Deputies", "Organization"),
])
def test_mentions_numbered_committee_member_split(nlp, text, name, cls):
    assert _types(nlp, text).get(name) == cls


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The grant came from the Colorado Office of Rural Tourism and Foreign Trade. Varnek Hall staff agreed.",
     "Colorado Office of Rural Tourism and Foreign Trade"),
    ("Inspectors of the Ohio Department of Water and Coastal Lands visited on Friday. Tolsby Arena was shut.",
     "Ohio Department of Water and Coastal Lands"),
])
def test_mentions_place_office_keeps_coordinated_portfolio(nlp, text, name):
    assert name in _types(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Nuns of the Ana Varga convent said the roof leaked. Ana Varga lies in a quiet valley.", "Ana Varga"),
    ("Monks at the Marek Osten abbey said the roof leaked. Visitors came to Marek Osten in May.", "Marek Osten"),
])
def test_mentions_holy_site_named_after_person_is_place(nlp, text, name):
    assert _types(nlp, text).get(name) == "Place"


@pytest.mark.parametrize("raw, credit", [
    ("Varnek Herald\n\nCouncil backs hall repairs\n\n[Photo: The old hall at the Tolsby Arts Centre, built in 1981,"
     " holds about 900 seats. (Photo: Petar Lind/The Varnek Herald)]\n\nThe council voted on Monday to repair it.\n",
     "Petar Lind/The Varnek Herald"),
])
def test_article_credit_inside_bracketed_caption(raw, credit):
    art = clean_article(raw, "x.txt")
    assert credit in art.photo_credits
    assert "Petar Lind" not in art.text


@pytest.mark.parametrize("raw, holder", [
    ("Varnek Herald\nPart of the Tolsby Media Network\n\nNews | Sport | Opinion\n\nCouncil backs hall repairs\n\n"
     "The council voted on Monday to repair the old hall, officials said.\n", "Tolsby Media Network"),
])
def test_article_masthead_network_tagline(raw, holder):
    assert holder in clean_article(raw, "x.txt").copyright_holders


@pytest.mark.model
@pytest.mark.parametrize("name", ["Bero", "Sebo"])
def test_entities_bare_island_name_is_no_person(nlp, name):
    text = (f"Eleven fishermen from {name} Island were held last week. In {name}, the arrest has revived an old "
            f"campaign. The people of {name} had fished there for generations.")
    types = _types(nlp, text)
    assert types.get(f"{name} Island") == "Place"
    assert "Person" not in types.values()
