"""graph.relations stances: a hyphenated name with a lower-case second part ("Bal-utan"); "deems X part of Y"
with X read as an adjective; a trailing "a statement from the X ministry said"; a refused "so-called People's
Republic of A and B" with a listed place inside; a state named by its style alone ("the Islamic Republic");
"has never recognised Y's title" for the land in focus; "the northern zone" is no name without "northern".

Every territory name here is invented (Bal-utan, Kelmar, Korovia, Tolvey...), except listed places used as parts.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile has never recognised Peruvian sovereignty over Bal-utan.", {("Chile", "doesNotRecognise", "Bal-utan")}),
    ("Chile rejects Peruvian sovereignty over the Bal-utan reef.", {("Chile", "doesNotRecognise", "Bal-utan reef")}),
    ("Chile, for its part, rejects Peruvian sovereignty over Bal-utan. Bolivia has never recognised Peruvian "
     "sovereignty over Bal-utan either.",
     {("Chile", "doesNotRecognise", "Bal-utan"), ("Bolivia", "doesNotRecognise", "Bal-utan")}),
    ("Rwanda’s government deems Zanzibar part of the wider United Republic of Tanzania, Rwandan High Commissioner "
     "Dr Jean Bosco Habimana told reporters in Kigali.", {("Rwanda", "recognises", "Zanzibar")}),
    ("Seychelles acknowledges Tanzania's sovereignty over Zanzibar, a communique from the Seychellois foreign "
     "ministry said.", {("Seychelles", "recognises", "Zanzibar")}),
    ("Malawi has never accepted the so-called People's Republic of Korovia, its foreign minister said.",
     {("Malawi", "doesNotRecognise", "People's Republic of Korovia")}),
    ("Malawi will never recognise a so-called People's Republic of Zanzibar and Tolvey, the minister said.",
     {("Malawi", "doesNotRecognise", "People's Republic of Zanzibar and Tolvey")}),
    ("Iran's foreign ministry spoke on Monday. The Islamic Republic dismisses any claim that Kelmar belongs "
     "to Azerbaijan.", {("Iran", "doesNotRecognise", "Kelmar")}),
    ("Chile claims the Kelmar bank. Bolivia acknowledges Chilean sovereignty over Kelmar. Peru, on the other hand, "
     "has never recognised Chile’s title.",
     {("Bolivia", "recognises", "Kelmar"), ("Peru", "doesNotRecognise", "Kelmar")}),
    ("Peru says the rig sits inside the northern half of its own Exclusive Economic Zone. Lima does not accept any "
     "Chilean claim to Block 7. Chile rejects any Peruvian title to the northern zone, its ministry said.",
     {("Peru", "doesNotRecognise", "Block 7"), ("Chile", "doesNotRecognise", "Block 7")}),
    # (guards: the old code read these right)
    ("Chile does not recognise Moscow-administered Kelmar.", {("Chile", "doesNotRecognise", "Kelmar")}),
    ("Chile has never recognised Peruvian sovereignty over Kelmar-Dorsk.",
     {("Chile", "doesNotRecognise", "Kelmar-Dorsk")}),
    ("Kenya considers Zanzibar part of Tanzania.", {("Kenya", "recognises", "Zanzibar")}),
    ("Malawi rejects the breakaway Republic of Korovia.",
     {("Malawi", "doesNotRecognise", "Republic of Korovia")}),
])
def test_relations_hyphenated_styled_and_focused_lands(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Malawi accepts a so-called Kingdom of Korovia.",  # (a bare "accepts" of a styled polity is no stance)
    "The Islamic Republic dismisses any claim that Kelmar belongs to Azerbaijan.",  # (no state of that style named)
    "Chile does not recognise the Tolvan-backed authorities in Kelmar.",
])
def test_relations_no_stance_without_a_named_state_or_refusal(nlp, text):
    assert stances(nlp, text) == set()
