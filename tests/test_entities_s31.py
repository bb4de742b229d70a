"""Entity rules of session 31 (helper rel31): names an age follows, towns naming a line of advance, a chamber
run on into a member's title, the far end of "from X to Y", the home of "people in X", community trusts, the
quoted name a group gives itself, towns a copula calls a settlement, members of an island group, an outlet's
longer style in its footer, a navy credited by its own name, names parsed apart from the text that gave them an
id, a chain of other names, an area word after a place's name, and the photo captions the cleaner keeps apart.

Every sentence is invented (the countries, places and bodies are real; the people and outlets are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_of
from graph.article import clean_article
from graph.entities import resolve_entities
from graph.gazetteer import load_gazetteer
from graph.mentions import NameMention, _outlet_company
from graph.models import Mention


def _by_name(nlp, text: str, **meta) -> dict:
    found = {}
    for e in entities_of(nlp, text, **meta):
        for n in (e.name, *e.aliases):
            found[n] = (e.name, e.cls)
    return found


@pytest.mark.model
@pytest.mark.parametrize("text, name, cls", [
    ("Nelly Yerevantsyan, 67, grew up in Goris and moved to Yerevan in 1990.", "Nelly Yerevantsyan", "Person"),
    ("The coast is Senegalese, from Kolda to Pointe Sarene, the envoy said.", "Pointe Sarene", "Place"),
    ("'My people in Mora have sheltered families from across the frontier since the eighties,' he said.", "Mora",
     "Place"),
    ("The grant came from Trust Horowhenua, the council said.", "Trust Horowhenua", "Organization"),
    ("A breakaway group that calls itself the 'Council of the Free Sahel in Exile' wrote to Niamey.",
     "Council of the Free Sahel in Exile", "Organization"),
    ("Kaikohe is the main town of the Far North district, and Kaikohe residents are angry.", "Kaikohe", "Place"),
    ("Ilhéu Chão, the largest of the Desertas Islands, lies south of Madeira.", "Ilhéu Chão", "Place"),
    ("Bugio Grande, the biggest of the Desertas Islands, lies south of Madeira.", "Bugio Grande", "Place"),
])
def test_entities_name_typed_by_its_frame(nlp, text, name, cls):
    """An age after a name, "from X to Y", "people in X", "Trust X", "calls itself 'X'", "X is the main town of",
    "X, the largest of the Y Islands": the frame gives the name its class."""
    found = _by_name(nlp, text)
    assert found.get(name) == (name, cls), found


@pytest.mark.model
@pytest.mark.parametrize("text, names", [
    ("Fighting continued in the Kapan and Goris directions, the ministry said.", {"Kapan", "Goris"}),
])
def test_entities_towns_naming_a_line_of_advance(nlp, text, names):
    """"in the A and B directions": both towns are places."""
    found = _by_name(nlp, text)
    assert all(found.get(n) == (n, "Place") for n in names), found


@pytest.mark.model
@pytest.mark.parametrize("text, chamber, seat, title", [
    ("Hon. Ebrima Touray, the Regional Assembly Member (RAM) for Niamina East (GDC), spoke first.",
     "Regional Assembly", "Niamina East", "Regional Assembly Member"),
])
def test_entities_chamber_cut_off_members_title(nlp, text, chamber, seat, title):
    """"the X Assembly Member (XAM) for Seat": the chamber is the body, the seat a place, the title no body."""
    found = _by_name(nlp, text)
    assert found.get(chamber) == (chamber, "Organization") and found.get(seat) == (seat, "Place") and \
        title not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, meta, outlet, longer", [
    ("The Beacon reported on Monday that the bridge will close.",
     {"outlet": "The Beacon", "copyright_holders": ("The Beacon Newspaper",)}, "The Beacon", "The Beacon Newspaper"),
    ("VARNPRESS reported on Monday that the bridge will close.",
     {"outlet": "VARNPRESS", "copyright_holders": ("VARNPRESS Moldovan News Agency",)}, "VARNPRESS",
     "VARNPRESS Moldovan News Agency"),
])
def test_entities_outlet_longer_style_in_footer_is_outlet(nlp, text, meta, outlet, longer):
    """"© The Planet Newspaper" under the masthead "The Planet": one outlet, not a second body."""
    found = [(e.name, e.aliases) for e in entities_of(nlp, text, **meta) if {e.name, *e.aliases} & {outlet, longer}]
    assert len(found) == 1, found


@pytest.mark.model
@pytest.mark.parametrize("text, credit", [
    ("A French Navy frigate sailed past Mayotte on Monday.", "Marine nationale"),
])
def test_entities_navy_credited_by_own_name(nlp, text, credit):
    """A photo credit naming the article's navy in its own language ("Marine nationale") is that navy."""
    names = {e.name for e in entities_of(nlp, text, photo_credits=(credit,))}
    assert "French Navy" in names and credit not in names, names


def _nm(article: str, start: int, text: str, label: str, kb_id: str = "", **evidence) -> NameMention:
    return NameMention(Mention(article, start, start + len(text), text, label, kb_id), **evidence)


@pytest.mark.parametrize("label, evidence", [
    ("PERSON", {"place_cue": True}),
    ("GPE", {}),
    ("LOC", {"locative": True}),
])
def test_entities_name_joins_id_its_article_gave_it(label, evidence):
    """A name parsed apart from the text (a caption) joins the id the story gave the same name."""
    res = resolve_entities([_nm("a.txt", 0, "Isla Varnera", "TERRITORY", "Isla Varnera"),
                            _nm("a.txt", 200, "Isla Varnera", label, **evidence)])
    named = [e for e in res.entities.values() if e.name == "Isla Varnera"]
    assert len(named) == 1 and named[0].cls == "Territory", [(e.name, e.cls) for e in res.entities.values()]


def test_entities_other_name_chain_joins_through_merged_group():
    """"which A calls X or Y" after "X, known as Z": Y joins the place though X's group joined it first."""
    gaz = load_gazetteer()
    place = next(n for n in ("Perejil Island", "Scarborough Shoal") if gaz.lookup(n) is not None)
    res = resolve_entities([
        _nm("a.txt", 0, place, "TERRITORY", place),
        _nm("a.txt", 50, "Tolvara", "GPE", same_as=place),
        _nm("a.txt", 90, "Kessmor", "GPE", same_as="Tolvara"),
    ])
    names = {e.name: e for e in res.entities.values()}
    assert "Kessmor" not in names and "Kessmor" in names[place].aliases, {n: e.aliases for n, e in names.items()}


def test_entities_area_word_after_place_resolves_to_place():
    """"Varn department" in a fact resolves to the place "Varn" its article names."""
    res = resolve_entities([_nm("a.txt", 0, "Varnholt", "GPE", place_cue=True)])
    key = res.resolve(Mention("a.txt", 100, 120, "Varnholt department", "PLACE"))
    assert key is not None and res.entities[key].name == "Varnholt"


@pytest.mark.parametrize("holder, outlet, same", [
    ("The Beacon Newspaper", "The Beacon", True),
    ("Beacon Co", "The Beacon", True),
    ("VARNPRESS Moldovan News Agency", "VARNPRESS", True),
    ("The Beacon Trust", "The Beacon", False),
    ("Harbour Media", "The Beacon", False),
])
def test_entities_outlet_company_style(holder, outlet, same):
    """A footer's holder is the outlet when only trade, legal-form, kind or nationality words follow its title."""
    assert _outlet_company(holder, outlet, load_gazetteer()) is same


CAPTIONED = """Ferry Service Resumes

By Ana Kirova

[PHOTO: A ferry leaves the harbour at Tolsby, a fishing town in Varn County. Photo: Petra Lund / The Beacon]

The ferry to the islands ran again on Monday, the operator said.

Image: Protesters hold a banner reading "Save our ferry" outside the hall. Photo: Petra Lund

[Photo: Passengers wait on the quay in the rain. (Photo: Beacon)]

Related news:
Island council backs new pier
"""


def test_article_caption_description_kept_apart_from_story():
    """A dropped caption's description, without its label and credit, is kept apart, mapped after the story."""
    art = clean_article(CAPTIONED, "c.txt")
    caption = "A ferry leaves the harbour at Tolsby, a fishing town in Varn County."
    assert art.captions == caption and caption not in art.text and "Petra Lund / The Beacon" in art.photo_credits
    at = len(art.text) + 2
    assert art.full_text[at:] == caption and art.raw[art.to_raw(at):art.to_raw(at + len(caption))] == caption


def test_article_caption_with_quotation_mark_dropped():
    """A caption quoting a banner is no text: its words are nobody's quote."""
    art = clean_article(CAPTIONED, "c.txt")
    assert "Save our ferry" not in art.full_text and "banner" not in art.full_text


def test_article_bracketed_caption_one_word_credit():
    """"[Photo: … (Photo: Agency)]": the one-word credit goes to the credits, the caption stays."""
    art = clean_article(CAPTIONED, "c.txt")
    assert "Beacon" in art.photo_credits and "(Photo: Beacon)" not in art.text and "in the rain." in art.text


def test_article_related_news_label_dropped():
    """"Related news:" labels links, not the story."""
    art = clean_article(CAPTIONED, "c.txt")
    assert "Related news" not in art.text
