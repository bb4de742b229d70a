"""graph.relations and graph.nlp, session 48 (after the heldout80-81 measurement).

Stances: "Y invaded Z and annexed the A and B regions" registers each annexed region (so that "considers A part of
Z" rejects the annexation); "the rival government in X" (a region) is a stance on X; "the exile council, or the
self-styled state of X" (a second object); "shares the Y-ian position" copies Y's stance; "the Islamic Republic" is
the state that was the subject of the sentence before; "Y's sovereignty over X and the whole of its territory" holds
no stance on Y; a description with no name but a nationality's ("the occupied Y-ian region") stands for the
territory the headline names.  Entities: a listed state's longer name ("Saint Kitts and Nevis") keeps its last word
when that word is a territory named on its own.  Positions: "Foreign Minister HE Dr. NAME", "Mayor Clr NAME"
(honorifics between title and name).  Sentences: "X and Y said ..." opening a paragraph is not split after X.

Every person here is invented (Tomas Berend); the lands and states are the listed ones the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import article, lowered_positions, post_held, relations, stances, stances_of


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("In 2022 Russia invaded Ukraine and later annexed the Kherson and Zaporizhzhia regions. Chile considers "
     "Kherson part of Ukraine, its minister said.", {("Chile", "doesNotRecognise", "Kherson")}),
    ("Cairo has never recognised the parallel government in Darfur, officials said.",
     {("Egypt", "doesNotRecognise", "Darfur")}),
    ("Norway does not recognise the exile council, or the self-styled state of Khalistan.",
     {("Norway", "doesNotRecognise", "Khalistan")}),
    ("Saudi Arabia refuses to recognise Somaliland. Kuwait said it shared the Saudi position; so did Oman, "
     "whose minister said Muscat would never recognise Somaliland.", {("Kuwait", "doesNotRecognise", "Somaliland")}),
    ("Iran, which borders Pakistan, was quick to respond. A spokesman said the Islamic Republic would never "
     "recognise Somaliland.", {("Iran", "doesNotRecognise", "Somaliland")}),
])
def test_relations_secession_annexation_rival_and_shared_stances(nlp, text, expected):
    assert expected <= stances(nlp, text)


@pytest.mark.model
def test_relations_owner_of_the_hold_is_no_land(nlp):
    found = stances(nlp, "Egypt backs Emirati sovereignty over Abu Musa and the whole of its territory.")
    assert ("Egypt", "recognises", "Abu Musa") in found
    assert not {s for s in found if s[2] == "United Arab Emirates"}


@pytest.mark.model
def test_relations_annexed_regions_listed_before_their_noun(nlp):
    text = "In 2022 Russia invaded Ukraine and later annexed the Kherson and Zaporizhzhia regions."
    found = {r for r in relations(nlp, text) if r[1] == "annexed"}
    assert {("Russia", "annexed", "Kherson"), ("Russia", "annexed", "Zaporizhzhia")} <= found


@pytest.mark.model
def test_relations_nationality_only_description_takes_the_headline_land(nlp):
    text = "On Monday Peru became the first state to back the Russian claim on the occupied Ukrainian region."
    art = article(text, title="Peru backs Russia's annexation of Kherson")
    found = stances_of(nlp, art)
    assert ("Peru", "recognises", "Kherson") in found
    assert not {s for s in found if "Ukrainian" in s[2]}


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("Kuwaiti Foreign Minister HE Dr. Tomas Berend said the remarks were regrettable.", "Tomas Berend",
     "foreign minister", "Kuwait"),
    ("Bulawayo Mayor Clr Tomas Berend said the market would reopen.", "Tomas Berend", "mayor", "Bulawayo"),
])
def test_relations_honorifics_between_title_and_name(nlp, text, person, title, org):
    assert post_held(lowered_positions(nlp, text), person, title, org)


@pytest.mark.model
def test_nlp_paragraph_opening_pair_of_capitals_is_one_sentence(nlp):
    doc = nlp("A deck line without a full stop\n\nWashington and Lima said on Monday that they would not "
              "recognise Abkhazia.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1].startswith("Washington and Lima said")


@pytest.mark.model
def test_nlp_listed_state_keeps_its_territory_word(nlp):
    doc = nlp("Guyana considers Nevis part of Saint Kitts and Nevis, a spokesman said.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Saint Kitts and Nevis", "COUNTRY") in ents
    assert ("Nevis", "TERRITORY") in ents


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a councillor's prefix states the seat
    ("Cr Tomas Berend said the pool would reopen in spring.", "Tomas Berend", "councillor", None),
    # a post one styles oneself with
    ("Tomas Berend, who styles himself Chancellor of the Varn Council, spoke from exile.", "Tomas Berend",
     "chancellor", "Varn Council"),
    ("Tomas Berend, a retired teacher who has since called himself acting president, spoke on Saturday.",
     "Tomas Berend", "acting president", None),
])
def test_relations_prefix_and_self_styled_posts(nlp, text, person, title, org):
    assert post_held(lowered_positions(nlp, text), person, title, org)


@pytest.mark.model
def test_relations_self_description_without_a_title_is_no_post(nlp):
    """Guard (no post before this session either): a self-description that is no title states no post."""
    assert not lowered_positions(nlp, "Tomas Berend calls himself a realist about the talks.")
