"""graph.relations positions: posts put in the past by "the late", "previously" or a main-clause "now", an
"Ex-" prefix before a body, the unit a place or state opens after "Rank Name of", and a board title that shares
the body of the title coordinated after it.

Every sentence here is invented (Tomas Berzins, Ivana Horvat, Kaspars Liepa…).
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, post_held


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "the late" before a nationality adjective and a title: a post held until death
    ("Crowds gathered in Nairobi to remember the late Kenyan president Tomas Berzins on his birthday.",
     "Tomas Berzins", "president", "Kenya"),
])
def test_relations_late_before_demonym_title(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, True), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # an appositive opened by "previously" names a post since left
    ("Ivana Horvat, previously chief economist at the World Bank, now teaches in Zagreb.",
     "Ivana Horvat", "chief economist", "World Bank"),
    ("Ivana Horvat, formerly treasurer of the Red Cross, spoke at the rally in Split.",
     "Ivana Horvat", "treasurer", "Red Cross"),
])
def test_relations_past_adverb_appositive(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, True), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "previously worked as": a past verb with a closing adverb before "as"
    ("Kaspars Liepa lectures on trade in Riga. He previously worked as an economist at the European Central Bank.",
     "Kaspars Liepa", "economist", "European Central Bank"),
])
def test_relations_past_adverb_as_phrase(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, True), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # "who was" with a "now" in the main clause: the relative clause's post is the earlier one
    ("Tomas Berzins, who was Latvia's ambassador to Japan, now runs a consultancy in Riga.",
     "Tomas Berzins", "ambassador to japan", "Latvia", True),
    # (a guard) without "now" the reading is left as it was
    ("Tomas Berzins, who is Latvia's ambassador to Japan, opened the fair in Osaka.",
     "Tomas Berzins", "ambassador to japan", "Latvia", False),
])
def test_relations_who_was_then_now(nlp, text, person, title, org, former):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, former), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # an "Ex-" prefix glued to a company's name is no part of the name
    ("Ex-Nokia finance director Kaspars Liepa was charged with fraud in Helsinki on Monday.",
     "Kaspars Liepa", "finance director", "Nokia"),
])
def test_relations_ex_prefix_body(nlp, text, person, title, org):
    found = [f for f in lowered_positions(nlp, text) if f[3]]
    assert any(p == person and t == title and o == org for p, t, o, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "Rank Name of STATE's UNIT": the unit, not the state, is the post's body
    ("Captain Tomas Berzins of Latvia's Naval Forces said the patrol had tracked two ships near Liepaja.",
     "Tomas Berzins", "captain", "Naval Forces"),
    # "Rank Name of PLACE Police": a force named after its place
    ("Sergeant Ivana Horvat of Greater Manchester Police asked drivers in Salford to avoid the junction.",
     "Ivana Horvat", "sergeant", "Greater Manchester Police"),
])
def test_relations_unit_after_place(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "chairman and managing director of X": the bare first title is X's too
    ("Kaspars Liepa, chairman and managing director of the Latvian Railways Company, denied the claims in Riga.",
     "Kaspars Liepa", "chairman", "Latvian Railways Company"),
    # (a guard) the second title keeps the body as before
    ("Kaspars Liepa, chairman and managing director of the Latvian Railways Company, denied the claims in Riga.",
     "Kaspars Liepa", "managing director", "Latvian Railways Company"),
])
def test_relations_board_title_shares_body(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title", [
    # (a guard) a lawyer and director: an occupation does not take the body of the next title
    ("Ivana Horvat, a lawyer and director of the Zagreb Film Festival, praised the jury.", "Ivana Horvat", "lawyer"),
])
def test_relations_occupation_keeps_no_body(nlp, text, person, title):
    found = lowered_positions(nlp, text)
    assert not any(p == person and t == title and o for p, t, o, _ in found), found
