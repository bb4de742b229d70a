"""Recognition stances: a stretch of ground placed by the site it lies next to ("the area next to the town"); a
bare place noun glued to a "part of Y" frame ("considers the plateau part of Y", the noun tagged as an adjective
too); the land an article is about, for such a noun far from any name; a listed body of states whose stance a
state copies ("The EU has never recognised X, and neither has B"); states glued on the object's conjunct chain
("..., and B and C do too"); "..., and B and C do not either", with the adverb parsed as the clause's head; "B did
so"; "B rejects A's claim in turn" (and no land for "A's claim that ..."); "as territory occupied by Z" and an
unlisted "X Heights" regarded as occupied; a named site the NER read as a person; "the promontory" after "Cape X";
"with X as its capital" is no land of its own; a self-styled "Kingdom of X" and "the so-called kingdom"; a bare
"withdrew its recognition" of a would-be state; "never shy about recognition" (no stance); "X, an island east of Y".

Every sentence is invented (the countries and the lands are real, the wording made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the claim is to the ground by the site: the site's land
    ("Sudan and South Sudan both claim Abyei. Kenya does not accept Sudan's claim to the 2-square-kilometre area "
     "next to the town.", {("Kenya", "doesNotRecognise", "Abyei")}),
    ("Sudan and South Sudan both claim Abyei. Uganda rejects Sudan's claim to the land around the market town.",
     {("Uganda", "doesNotRecognise", "Abyei")}),
    # the site's name the NER read as a person's
    ("Laos says the Wat Lanh Temple lies on its side of the border. Thailand rejects Laos's claim to the area around "
     "the shrine.", {("Thailand", "doesNotRecognise", "Wat Lanh Temple")}),
])
def test_relations_stance_ground_by_a_site(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the [plateau part]": the article on the frame, the place noun a compound or an adjective
    ("Sudan and South Sudan both claim Abyei. Kenya considers the plateau part of Sudan.",
     {("Kenya", "recognises", "Abyei")}),
    ("Sudan and South Sudan both claim Abyei. Kenya considers the headland part of South Sudan, an official said.",
     {("Kenya", "recognises", "Abyei")}),
    # a different place noun from the name's: the salient place just named
    ("A radar mast stands on Cape Vardo. Serbia does not accept Croatia's sovereignty over the promontory.",
     {("Serbia", "doesNotRecognise", "Cape Vardo")}),
    # far from any name: the land the article is about
    ("Sudan and South Sudan both claim Abyei. Rains closed the roads in May. Aid convoys were stuck for weeks. "
     "Prices doubled at the market. Kenya considers the plateau part of Sudan, an official said.",
     {("Kenya", "recognises", "Abyei")}),
])
def test_relations_stance_place_noun_on_a_part_of_frame(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The European Union has not recognised Abkhazia, and neither has Norway.",
     {("Norway", "doesNotRecognise", "Abkhazia")}),
    ("The African Union does not recognise Somaliland, as does Egypt.", {("Egypt", "doesNotRecognise", "Somaliland")}),
    ("The European Union has never recognised Transnistria. Neither has Iceland.",
     {("Iceland", "doesNotRecognise", "Transnistria")}),
    # the body's own stance is no state's
    ("The European Union has not recognised Abkhazia.", set()),
])
def test_relations_stance_copied_from_a_body_of_states(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Uganda recognizes the Republic of Kosovo, and South Africa and Kenya do too.",
     {("Uganda", "recognises", "Kosovo"), ("South Africa", "recognises", "Kosovo"), ("Kenya", "recognises", "Kosovo")}),
    ("Spain does not recognise Kosovo, and Greece and Slovakia do not either.",
     {("Spain", "doesNotRecognise", "Kosovo"), ("Greece", "doesNotRecognise", "Kosovo"),
      ("Slovakia", "doesNotRecognise", "Kosovo")}),
])
def test_relations_stance_elided_verb_after_a_list(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile recognised Palestine in 2011, and Peru did so a week later.",
     {("Chile", "recognises", "Palestine"), ("Peru", "recognises", "Palestine")}),
    # a claim with no land named is to the land just named
    ("Khartoum does not accept Juba's claim to Abyei, and Juba rejects Khartoum's claim in turn.",
     {("Sudan", "doesNotRecognise", "Abyei"), ("South Sudan", "doesNotRecognise", "Abyei")}),
])
def test_relations_stance_elided_land(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Athens regards Northern Cyprus as territory occupied by Turkey since 1974.",
     {("Greece", "doesNotRecognise", "Northern Cyprus")}),
    ("Egypt regards the Tel'amar Heights as occupied, and Iraq takes the same view.",
     {("Egypt", "doesNotRecognise", "Tel'amar Heights"), ("Iraq", "doesNotRecognise", "Tel'amar Heights")}),
    ("The European Union considers East Jerusalem occupied territory, and so does Belgium.",
     {("Belgium", "doesNotRecognise", "East Jerusalem")}),
])
def test_relations_stance_occupied_lands(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a claim about something else is no claim to the land in focus
    ("Abyei was in the news. Kenya rejects Sudan's claim that the vote was rigged.", set()),
    # the holder's own land called occupied
    ("Egypt regards the Tel'amar Heights as occupied Egyptian land.", set()),
    # the capital is part of the state's description
    ("Chile recognises Palestine with East Jerusalem as its capital.", {("Chile", "recognises", "Palestine")}),
])
def test_relations_stance_no_land_of_its_own_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a self-styled polity, named once with "so-called", then a bare "the kingdom"
    ("Backers of a so-called Kingdom of Sandmoor raised a flag near Bir Tawil. Egypt will not recognise the "
     "so-called kingdom, a spokesman said.", {("Egypt", "doesNotRecognise", "Sandmoor")}),
    # named plainly, framed as "self-declared" in lower case elsewhere
    ('A group of adventurers proclaimed a self-declared "kingdom" near Bir Tawil last week. Its founders named it the '
     "Kingdom of the Blue Dunes. Sudan declines to recognise this make-believe kingdom.",
     {("Sudan", "doesNotRecognise", "Blue Dunes")}),
    # a bare "withdrew its recognition": the would-be state's, not the disputed land named since
    ("Backers of a so-called Kingdom of Sandmoor raised a flag near Bir Tawil. Egypt and Sudan both claim the "
     "Halaib Triangle, a far larger and richer area on the coast, and each accuses the other of stalling talks. "
     "Officials in Cairo say only judges in The Hague can settle the matter. On Monday a "
     "Fijian consul sent a note that praised the new state. Fiji then withdrew its recognition, blaming the consul.",
     {("Fiji", "doesNotRecognise", "Sandmoor")}),
])
def test_relations_stance_self_styled_polity(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a habit is no stance, and does not undo the stance before it
    ("He said Latvia accepts Kosovo's independence and was never shy about recognition.",
     {("Latvia", "recognises", "Kosovo")}),
    # the place an apposition locates the land by is not the land
    ("Niger has never recognised Benin's claim to Lete, a tiny islet north of Bakassi.",
     {("Niger", "doesNotRecognise", "Lete")}),
    # "the kingdom" of a story on a listed state is no self-styled one
    ("Saudi Arabia opened talks with Iran on Monday. Canada does not recognise the kingdom, an analyst claimed.",
     set()),
])
def test_relations_stance_located_and_habitual_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected
