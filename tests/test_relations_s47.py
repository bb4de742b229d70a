"""graph.relations, session 47.

Stances: "And so does <capital>, <source> said" copies the stance before it; "does not recognise A's sovereignty
over X and regards it as B's" keeps both stances; "the mountain" takes up "Mount X". Positions: an
abbreviated rank alone before a name is a title ("Lt Col Name", "Brig Gen Name", "Cdre Name"); "Commodore Name";
"ministry spokesperson Name" takes the ministry named last; a Kenyan county "MCA".

Every person and territory here is invented (Tomas Berend, Ahmad Berend, Dennis Berend, Tarfaya Strip, Tolsey Reef,
Mount Tolsey, Ruritania, Lusk Ward) except the listed states the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, post_held, stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("In Paris, France recognises Moroccan sovereignty over the Tarfaya Strip, a spokesperson told reporters. "
     "And so does Madrid, the Spanish foreign ministry told reporters.",
     {("France", "recognises", "Tarfaya Strip"), ("Spain", "recognises", "Tarfaya Strip")}),
    ("Britain does not recognise Venezuelan sovereignty over Tolsey Reef and regards it as a part of the Cayman "
     "Islands, officials said.",
     {("United Kingdom", "doesNotRecognise", "Tolsey Reef"), ("United Kingdom", "recognises", "Tolsey Reef")}),
    ("Israel passed a law annexing Mount Tolsey last week. Turkey will never accept Israel's sovereignty over "
     "the mountain, the ministry said.", {("Turkey", "doesNotRecognise", "Mount Tolsey")}),
])
def test_relations_copied_kept_and_described_stances(nlp, text, expected):
    assert expected <= stances(nlp, text)


@pytest.mark.model
def test_relations_copied_stance_guard(nlp):
    """Guard (passes before and after): "So does <capital>, the <demonym> ministry said" copies the stance."""
    text = ("In Paris, France recognises Moroccan sovereignty over the Tarfaya Strip, a spokesperson told reporters. "
            "So does Madrid, the Spanish foreign ministry said.")
    assert ("Spain", "recognises", "Tarfaya Strip") in stances(nlp, text)


@pytest.mark.model
def test_relations_withdrawn_recognition_still_overrides(nlp):
    """Guard (passes before and after): a later withdrawal still replaces the earlier recognition."""
    found = stances(nlp, "Vanuatu recognised the Tolsey Republic in 2009 and withdrew that recognition in 2015.")
    assert ("Vanuatu", "doesNotRecognise", "Tolsey Republic") in found
    assert ("Vanuatu", "recognises", "Tolsey Republic") not in found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("Brig Gen Tomas Berend, a spokesman for the army, said the border was calm.", "Tomas Berend",
     "brigadier general", None),
    ("Lt Col Tomas Berend told reporters the border was calm.", "Tomas Berend", "lieutenant colonel", None),
    ("Cdre Tomas Berend told reporters the border was calm.", "Tomas Berend", "commodore", None),
    ("Commodore Tomas Berend told reporters the border was calm.", "Tomas Berend", "commodore", None),
    ("The Ruritanian Foreign Ministry put out a note on Friday. Ministry spokesperson Ahmad Berend said the bill "
     "changed nothing.", "Ahmad Berend", "spokesperson", "Foreign Ministry"),
    ("Lusk Ward MCA Dennis Berend said the market would reopen.", "Dennis Berend", "mca", "Lusk"),
])
def test_relations_rank_and_body_titles(nlp, text, person, title, org):
    assert post_held(lowered_positions(nlp, text), person, title, org)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("Ruritania's military governor, Lt. Gen. Tomas Berend, struck a firmer tone on Friday.", "Tomas Berend",
     "military governor", "Ruritania"),
    ("Air Force spokesman Vice Adm. Hadi Berend said the jets had been on patrol.", "Hadi Berend",
     "spokesman vice admiral", "Air Force"),
])
def test_relations_ranks_after_a_title_stay_as_before(nlp, text, person, title, org):
    """Guard for the rank titles (passes before and after): a rank inside an apposition or after a title."""
    assert post_held(lowered_positions(nlp, text), person, title, org)


@pytest.mark.model
def test_relations_rank_word_read_as_a_name_holds_no_post(nlp):
    """Guard for the rank titles (passes before and after): "Lt Gen (retd) NAME" gives "Gen" no post."""
    found = lowered_positions(nlp, "Lt Gen (retd) Tomas Berend, once head of the corps, said the road had a "
                                    "military use.")
    assert not any(p == "Gen" for p, _, _, _ in found)


@pytest.mark.model
def test_relations_speaker_name_is_no_held_place(nlp):
    """A speaker's surname the NER read as a place is no antecedent of "the area"."""
    text = ("Chile's top diplomat, Alejandro Costa Ruiz, told a radio station that Santiago sees the area as "
            "Peruvian land. \"The file is shut,\" Costa Ruiz said. Bolivia does not recognize the Ecuadorian "
            "congress's claim to the area, officials in La Paz said.")
    assert not any(t == "Costa Ruiz" for _, _, t in stances(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia regards Jabal Tolsey as occupied Syrian land, the ministry said on Monday.",
     {("Saudi Arabia", "doesNotRecognise", "Jabal Tolsey")}),
    ("Oman regards Jabal al-Tolsi as occupied Syrian territory, officials in Muscat said.",
     {("Oman", "doesNotRecognise", "Jabal al-Tolsi")}),
])
def test_relations_landform_name_regarded_as_occupied(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
def test_relations_so_called_zone_around_a_place_is_no_territory(nlp):
    """"The so-called park around it" is a zone the place locates: no territory named "park"."""
    text = ("\"Canada does not recognize Beijing's claim to Tolsey Reef or the so-called park around it,\" a "
            "spokesman told reporters.")
    assert not any(t == "park" for _, _, t in stances(nlp, text))


@pytest.mark.model
def test_relations_inverted_ellipsis_reaches_over_one_sentence(nlp):
    """"Nor does B" takes up the stance of the sentence before the last when the last has none."""
    text = ("Belize does not recognise Guatemala's claim to Tolsey Reef. In a note, officials in Belmopan "
            "called the claim a relic of the past. Nor does Honduras, diplomats said.")
    assert ("Honduras", "doesNotRecognise", "Tolsey Reef") in stances(nlp, text)


@pytest.mark.model
def test_relations_micronation_description_takes_up_its_name(nlp):
    """"The micronation" takes up the name an apposition introduced ("X, a self-proclaimed micronation")."""
    text = ("Police detained two men in Tolsland, a self-proclaimed micronation on the Danube, on Friday. Poland has "
            "never recognised the micronation, officials said.")
    assert ("Poland", "doesNotRecognise", "Tolsland") in stances(nlp, text)
