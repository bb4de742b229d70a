"""graph.nlp, session 51: "regarded the whole of X as Y-ian territory" names X as an unlisted territory; "MP for X Mr
NAME" read as one place holds a person after the honorific; "the X breakaway council" names X as a territory.

The names are invented; the NER reads "the X Boreal" as an organisation.
"""
from __future__ import annotations

import pytest

from graph.nlp import find_titled_persons, find_unlisted_territories


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Colombia views the whole of the Varn Boreal as Paraguayan territory.",
     [("Varn Boreal", "Varn Boreal")]),
    ("Peru regards the rest of the Tolsk Bajo as Chilean territory.", [("Tolsk Bajo", "Tolsk Bajo")]),
])
def test_nlp_whole_of_a_land_regarded_as_owned(nlp, text, expected):
    with nlp.select_pipes(disable=["unlisted_territories"]):
        bare = nlp(text)
    assert [(bare[s:e].text, canonical) for s, e, canonical in find_unlisted_territories(bare)] == expected


@pytest.mark.parametrize("words, ent, expected", [
    (["Member", "of", "Parliament", "for", "Varnhill", "Mr", "Desmond", "Forde", "urged", "action", "."],
     (4, 8, "GPE"), (6, 8)),
    (["MP", "for", "East", "Varn", "Dr", "Ana", "Berg", "spoke", "."], (2, 7, "ORG"), (5, 7)),
])
def test_nlp_honorific_inside_a_place_entity_starts_a_person(words, ent, expected):
    """"MP for X Mr NAME" read by NER as one place: the words after the honorific are a person's name."""
    import spacy
    from spacy.tokens import Doc, Span

    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, ent[0], ent[1], label=ent[2])]
    assert expected in find_titled_persons(doc)


@pytest.mark.model
def test_nlp_name_before_breakaway_council_is_a_territory(nlp):
    """"the X breakaway council": the land whose self-rule the body claims."""
    with nlp.select_pipes(disable=["unlisted_territories"]):
        bare = nlp("Chile will not recognise the Varnak breakaway council, its foreign minister said.")
    assert [(bare[s:e].text, canonical) for s, e, canonical in find_unlisted_territories(bare)] == [
        ("Varnak", "Varnak")]
