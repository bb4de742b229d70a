"""graph.relations stances, session 46: an invented "X People's Republic" (also "so-called", also after "the
legitimacy of") is a would-be state; "a rightful part of the Kingdom" is the holder's own land when the holder is
that kingdom; "Y's claim to Roadstead No. 4" names a numbered place; a bare "the strip" or "the banks" takes up the
name the text gave it ("the X Pang strip", "the X Banks"), not a measure ("the 12-kilometre strip"); "the tract"
takes up "the X Tract"; "belongs to Y, the Z-ian embassy in W said" keeps Z's stance; a name NER read as a person's
that an apposition calls an islet is a place.

Territory names are invented (Kurvan, Dravin, Tafrat, Tavi Pang, Haro Tract, Char Tolpur, Cayo Verdín, Kavu Banks)
except the listed states the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile will not recognize a so-called Kurvan People's Republic, the ministry said.",
     {("Chile", "doesNotRecognise", "Kurvan People's Republic")}),
    ("Peru does not recognise the legitimacy of the so-called Dravin People's Republic.",
     {("Peru", "doesNotRecognise", "Dravin People's Republic")}),
    ("Poland does not accept Germany's claim to Roadstead No. 4, the ministry said.",
     {("Poland", "doesNotRecognise", "Roadstead No. 4")}),
    ("The 12-kilometre strip beside the Dorn, known in Cambodia as the Tavi Pang strip, has been disputed since "
     "2019. Laos claims the strip for its province. Laos says the strip is Lao. Thailand recognises Cambodian "
     "sovereignty over the strip.", {("Thailand", "recognises", "Tavi Pang")}),
    ("Myanmar's maps show the land as the Haro Tract and count it in its region. Naypyitaw has never accepted "
     "India's sovereignty over the tract.", {("Myanmar", "doesNotRecognise", "Haro Tract")}),
    ("India has accepted that Char Tolpur belongs to Bangladesh, the Indian embassy in Dhaka said.",
     {("India", "recognises", "Char Tolpur")}),
    ("Guatemala's congress reasserted the country's claim to Cayo Verdín, a mangrove islet in the Gulf of Honduras. "
     "Mexico disputes the claim, the foreign ministry said.", {("Mexico", "doesNotRecognise", "Cayo Verdín")}),
    ("Tanzania claims the Kavu Banks for its waters. Mozambique has never recognised the Tanzanian claim to the "
     "banks. Zambia supports Tanzanian sovereignty over the banks. Malawi says the banks are Tanzanian.",
     {("Mozambique", "doesNotRecognise", "Kavu Banks"), ("Zambia", "recognises", "Kavu Banks"),
      ("Malawi", "recognises", "Kavu Banks")}),
    # (guards: the old code read these right)
    ("Bolivia recognises Palestine; so does Ecuador, which opened an embassy in Ramallah this year, the ministry "
     "noted.", {("Bolivia", "recognises", "Palestine"), ("Ecuador", "recognises", "Palestine")}),
    ("Germany has completed the handover of Varo Island to Austria. The Federal Republic accepts the ruling of the "
     "court that gave the island to Austria, the minister said.", {("Germany", "recognises", "Varo Island")}),
])
def test_relations_people_republics_numbered_places_and_named_descriptions(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Morocco considers the Tafrat oasis a rightful part of the Kingdom; new talks are ruled out, the ministry "
    "said.",
])
def test_relations_part_of_the_kingdom_is_the_holders_own_land(nlp, text):
    assert stances(nlp, text) == set()
