"""graph.mentions: a name set beside a landform noun the tagger read as an adjective ("X, a coral outcrop 30 km off
Y") is a place, not a person; a person-shaped name the NER read as a body, set off between a title phrase and its
verb, is a person; "Secretary for <portfolio> NAME" with a particle in the name is cut to the name.

Every name here is invented (Mera Karang, Ewan McKinnon-Berg, Jan van Velsen...).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Mera Karang, a coral outcrop 30 km off the coast, is claimed by both.", "Mera Karang"),
    # (guard: the old code read this right)
    ("Diplomats spent a week on Mera Karang, a coral outcrop 30 km off the Samar coast.", "Mera Karang"),
])
def test_mentions_landform_apposition_makes_a_place(nlp, text, name):
    found = entities_by_name(nlp, text)
    assert name in found and found[name][1] != "Person", found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Officials met Ana Rocha, a rock singer from Porto.", "Ana Rocha"),  # (a landform word before another noun)
])
def test_mentions_landform_word_before_a_noun_keeps_the_person(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (name, None))[1] == "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    # a hyphenated Gaelic surname the NER reads as a body, between a title phrase and its verb
    ("The town's head of sport, leisure and arts, Ewan McKinnon-Berg, told the board the pool would open.",
     "Ewan McKinnon-Berg"),
    # "Secretary for <portfolio> NAME": the portfolio cut off a name with a particle
    ("Deputy Secretary for Island Relations Jan van Velsen told the paper by phone: \"Nothing in our stance has "
     "moved.\"", "Jan van Velsen"),
])
def test_mentions_titled_name_read_as_a_body_is_a_person(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (name, None))[1] == "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Labor MP for Kestrelford Anna Marlow said ministers were warned.", "Anna Marlow"),  # (guard)
])
def test_mentions_seat_before_name_keeps_the_person(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (name, None))[1] == "Person"
