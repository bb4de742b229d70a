"""graph.relations and graph.nlp, session 51.

Stances: a bare "will not recognise the claim" (the claim the article told of); "Y's territories in Z" is no
land; "considers any questioning of Y's sovereignty over X illegal" upholds Y's title; "the sovereignty /
territorial integrity of Y in X"; a boundary line or a stretch of one ("the 2009 line", "a stretch of the
border"); "the survey of X"; a self-administration's name; a land's vote to accede to another state answered by
"regards X as part of Y"; "recognise a 'Republic of X' proclaimed by ..." (the participle read as the object);
"the group's state".

Positions: "Its spokeswoman" and a bare "Spokeswoman NAME" after "Y's foreign ministry said ..."; a minister's
title opening the sentence after "A was equally blunt."; "President Santiago X Y" (a city's name as a given name).

Every person and would-be state here is invented (Varn, Ana Berg, ...) except the listed lands and states the
rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile claims sovereignty over Varn Island. Peru, which holds land nearby, will not recognise the claim, a "
     "ministry note said.", ("Peru", "doesNotRecognise", "Varn Island")),
    ("Chile disputes the status of Varn Island. Egypt calls any questioning of Peruvian sovereignty over Varn Island "
     "illegal.", ("Egypt", "recognises", "Varn Island")),
    ("Bolivia claims sovereignty over the Varn Strip. Ecuador backs the full territorial integrity of Chile in the "
     "Varn Strip.", ("Ecuador", "recognises", "Varn Strip")),
    ("Bolivia claims sovereignty over the Varn Strip. Argentina recognizes the 1998 line as the lawful border.",
     ("Argentina", "recognises", "Varn Strip")),
    ("Bolivia claims sovereignty over the Varn Strip. Bolivia will not recognize a 30-mile section of the frontier "
     "marked by Paraguayan engineers.", ("Bolivia", "doesNotRecognise", "Varn Strip")),
    ("Mexico claims sovereignty over Varn Island. Cuba won't recognise the Mexican demarcation of Varn Island.",
     ("Cuba", "doesNotRecognise", "Varn Island")),
    ("Iran and Russia refuse to recognise the Varn Self-Administration set up by the rebels.",
     ("Russia", "doesNotRecognise", "Varn Self-Administration")),
    ("A council on Varn Island voted on Sunday to \"accede\" to Qatar. Oman regards Varn Island as part of Yemen.",
     ("Oman", "doesNotRecognise", "Varn Island")),
    ("Laos does not recognise the Republic of Varnia. Chile declined to recognise any \"Republic of Varnia\" declared "
     "by exiles.", ("Chile", "doesNotRecognise", "Varnia")),
    ("Laos does not recognise the Republic of Varnia, founded by a rebel group. Cambodia will never recognise "
     "the group's state.", ("Cambodia", "doesNotRecognise", "Varnia")),
])
def test_relations_bare_claim_challenge_line_survey_accession_and_movement_state_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert any(h == expected[0] and s == expected[1] and expected[2] in t for h, s, t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, holder", [
    # a state's own lands in a region are no land of their own (the lines below are guards: no stance before the
    # line rule either)
    ("Morocco claims sovereignty over Varn Island. Portugal recognised Italian sovereignty over Varn Island and over "
     "Italy's territories in the Adriatic Sea.", "Portugal"),
    # a line a state claims, named by its kind, and a line not yet drawn are no line of the land in focus
    ("Vietnam claims sovereignty over the Varn Reefs. Laos does not recognise the Thai line at all.", "Laos"),
    ("Vietnam claims sovereignty over the Varn Reefs. Indonesia does not recognise the nine-dash line, he said.",
     "Indonesia"),
    ("Latvia claims sovereignty over the Varn Sector. Estonia will not recognise any line the two neighbours drew "
     "alone.", "Estonia"),
])
def test_relations_owned_territories_and_claimed_lines_give_no_land(nlp, text, holder):
    found = stances(nlp, text)
    assert not {t for h, s, t in found if h == holder and "Varn" not in t}, found
    assert not {t for h, s, t in found if h == holder and "Varn" in t and holder != "Portugal"}, found


@pytest.mark.model
def test_relations_violation_of_law_is_no_challenged_title(nlp):
    """"calls the ruling void and a gross violation of the law": a void verdict, not an upheld title (a guard for
    the challenge rule: no positive stance before it either)."""
    found = stances(nlp, "Israel claims sovereignty over East Jerusalem. Qatar calls the ruling void and a gross "
                         "violation of international law.")
    assert not {t for h, s, t in found if h == "Qatar" and s == "recognises"}, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Danish foreign ministry reacted at once. Its spokeswoman, Ana Berg, was firm.",
     ("Ana Berg", "spokeswoman", "Danish", False)),
    ("Peru's foreign ministry issued a short note. Spokeswoman Ana Berg told us the vote was void.",
     ("Ana Berg", "spokeswoman", "Peru", False)),
    ("Botswana, which borders Namibia, was just as firm. Foreign affairs minister Kago Ntsebe told MPs his "
     "government would not recognise Varnland.", ("Kago Ntsebe", "foreign affairs minister", "Botswana", False)),
    ("The bridge matters to Paraguayan President Santiago Vera Rolón, who opened the site.",
     ("Santiago Vera Rolón", "president", "Paraguayan", False)),
])
def test_relations_ministry_state_lead_subject_state_and_city_given_name_positions(nlp, text, expected):
    found = lowered_positions(nlp, text)
    assert expected in found, found
