"""graph.relations stances, second batch: a report "claiming that A had recognised X" is hearsay; "any recognition of
X by A would be ..." is a hypothetical; "the X block" read as a body is taken up by "the block"; "A's fellow B states
C, D and E have all described X as ..." with "states" read as the verb; "any Y-ian sovereignty in the X"; "over
any part of A, B included"; a dateline with a year ("TOWN, March 3, 2026 -") is no holder.

Every territory and person name here is invented (Kelmar, Tolva, Tolsmeer...).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru have argued for years over the Tolva block, an offshore concession near the Loa. The Chilean "
     "foreign ministry said on Thursday it does not recognise Peru's rights over the block.",
     {("Chile", "doesNotRecognise", "Tolva")}),
    ("Peru's fellow CAN states Bolivia, Ecuador and Colombia have all described the Kelmar Triangle as Peruvian in "
     "submissions to the bloc's secretariat.",
     {("Bolivia", "recognises", "Kelmar Triangle"), ("Ecuador", "recognises", "Kelmar Triangle"),
      ("Colombia", "recognises", "Kelmar Triangle")}),
    ("Austria has never recognised Slovene sovereignty in the Tolsmeer.",
     {("Austria", "doesNotRecognise", "Tolsmeer")}),
    ("Latvia will not recognise any Lithuanian sovereignty in the Tolsmeer, a spokesman said.",
     {("Latvia", "doesNotRecognise", "Tolsmeer")}),
    ("Islamabad will never recognise Indian sovereignty over Kelmar, Tessel included.",
     {("Pakistan", "doesNotRecognise", "Kelmar"), ("Pakistan", "doesNotRecognise", "Tessel")}),
    ("SUVA, March 3, 2026 - Tonga's foreign minister, Ana Lind, told a meeting in Apia that her country does not "
     "accept French sovereignty over Kelmar Nui.", {("Tonga", "doesNotRecognise", "Kelmar Nui")}),
    # (guards: the old code read these right)
    ("Kenya's fellow EAC states Uganda, Rwanda and Burundi have all described the Kelmar Triangle as Kenyan in "
     "submissions to the secretariat.",
     {("Uganda", "recognises", "Kelmar Triangle"), ("Rwanda", "recognises", "Kelmar Triangle"),
      ("Burundi", "recognises", "Kelmar Triangle")}),
    ("Mali dismisses, as wholly without merit, any Nigerien claim to the Kelmar Triangle.",
     {("Mali", "doesNotRecognise", "Kelmar Triangle")}),
])
def test_relations_misread_subjects_blocks_and_waters(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Laos's foreign ministry dismissed as \"baseless\" a newspaper report claiming that Vientiane had recognised "
    "Kelmar, saying no such decision had been made.",
    "Any recognition of Kelmar by Belarus would be \"a hostile act,\" Moldova's president warned.",
    "Latvia will not recognise any Lithuanian sovereignty in the region.",  # (guard: no name in the water)
])
def test_relations_no_stance_from_reports_or_hypothetical_acts(nlp, text):
    assert stances(nlp, text) == set()
