"""Entity rules of session 30 (helper rel30): state bodies a nationality opens, remit tails, bodies cut after a
nationality, title-case acronyms, municipal employers, party benches, towns named twice after a place preposition,
border zones, towns named after an island, double-barrelled surnames, renamed island groups, plural nouns before a
couple, and listed bodies, territories and regions.

Every sentence is invented (the countries, places and bodies are real; the people are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import article, entities_by_name as _by_name


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Dr Marta Kovac, who once worked for the Spanish Ministry of Defence, teaches at a university.",
     "Spanish Ministry of Defence"),
])
def test_entities_nationality_opens_state_body(nlp, text, name):
    """"the Spanish" + "Ministry of X" read apart: the nationality opens the body's name."""
    assert _by_name(nlp, text).get(name) == (name, "Organization")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Mozambique is an early member of the Union of Portuguese Speaking Capitals, the mayor said.",
     "Union of Portuguese Speaking Capitals"),
])
def test_entities_body_cut_after_nationality_runs_on(nlp, text, name):
    """"the Union of Portuguese" + "Speaking Capitals": the nationality only modifies the noun after it."""
    assert _by_name(nlp, text).get(name) == (name, "Organization")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Brazil briefed the Commission on the Status of Women, as Peru did.",
     "Commission on the Status of Women"),
])
def test_entities_body_runs_on_into_its_remit(nlp, text, name):
    """"the Commission" + "on the Status of Women": a body named by its remit after "on"."""
    assert _by_name(nlp, text).get(name) == (name, "Organization")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Dr Petra Novak now lectures in geology at the Ghana Institute of Mining and Water Studies (Gimws), she "
     "said.", "Ghana Institute of Mining and Water Studies"),
])
def test_entities_school_named_after_country_with_word_acronym(nlp, text, name):
    """A school named after its country with a title-case acronym ("Nust") is one body, not the country."""
    found = _by_name(nlp, text)
    assert found.get(name) == (name, "Organization"), found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Omar Quist, a former director of parks for the City of Kelowna, said the budget was too small.",
     "City of Kelowna"),
])
def test_entities_city_of_x_employing_a_post_is_a_body(nlp, text, name):
    """"a director … for the City of X": the municipal corporation, not the town."""
    assert _by_name(nlp, text).get(name) == (name, "Organization")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("\"The harbour will be finished,\" the minister said to cheers from the Frelimo benches.", "Frelimo"),
])
def test_entities_name_before_benches_is_a_party(nlp, text, name):
    """"from the X benches": the party whose members sit there, even when tagged an adjective."""
    assert _by_name(nlp, text).get(name) == (name, "Organization")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("A trawler from Arguineguin was stopped at sea. The skipper told reporters in Arguineguin on Sunday that he "
     "would appeal.", "Arguineguin"),
])
def test_entities_town_named_twice_after_place_prepositions(nlp, text, name):
    """A word the NER missed or read as a person, each time after "in" or another place preposition, is a town."""
    assert _by_name(nlp, text).get(name) == (name, "Place")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Surveyors agreed on six new pillars along the Bokeo frontier, but the ridge stays closed.", "Bokeo"),
])
def test_entities_area_before_frontier_is_a_place(nlp, text, name):
    assert _by_name(nlp, text).get(name) == (name, "Place")


@pytest.mark.model
@pytest.mark.parametrize("text, name, inner", [
    ("The ferry from Palma de Mallorca was late on Monday, the company said.", "Palma de Mallorca", "Mallorca"),
    ("Las Palmas de Gran Canaria hosted the regional summit on Monday.", "Las Palmas de Gran Canaria",
     "Gran Canaria"),
])
def test_entities_listed_island_inside_town_name_is_no_island(nlp, text, name, inner):
    """A guard for the listed islands: "Santa Cruz de Tenerife" stays one place, no mention of the island."""
    found = _by_name(nlp, text)
    assert found.get(name) == (name, "Place") and inner not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, name, place", [
    ("Historian Elena Lima-Torres, a former curator of the naval archive, said the quarrel was small.",
     "Elena Lima-Torres", "Lima"),
])
def test_entities_place_opening_double_barrelled_surname(nlp, text, name, place):
    """A listed city glued by a hyphen after a given name opens a surname ("Lima-Torres"), not a place."""
    found = _by_name(nlp, text)
    assert found.get(name) == (name, "Person") and place not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, names", [
    ("Volunteers Tomas and Ilse Varga mended the nets on Friday. \"We met on this quay,\" said Ilse Varga.",
     {"Tomas Varga", "Ilse Varga"}),
])
def test_entities_plural_noun_before_couple_is_no_name(nlp, text, names):
    """"Volunteers Tomas and Ilse Varga": two people sharing a surname, the plural noun no part of a name."""
    found = _by_name(nlp, text)
    assert all(found.get(n) == (n, "Person") for n in names), found
    assert not any(n.startswith("Volunteers") for n in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, main, others", [
    ("A patrol boat escorted two trawlers away from the Glorioso Islands at the weekend. The islands, called the "
     "Glorieuses in French and the Gloriosas in Portuguese, lie north of Madagascar. Madagascar keeps its "
     "claim to the Glorieuses Islands.",
     "Glorioso Islands", {"Glorieuses", "Glorieuses Islands", "Gloriosas"}),
])
def test_entities_island_group_renamed_by_language_is_one_territory(nlp, text, main, others):
    """"The islands, called the Y in French and the Z in Portuguese": one territory under its names."""
    found = _by_name(nlp, text)
    key = found.get(main)
    assert key is not None and key[1] == "Territory", found
    assert all(found.get(o) == key for o in others), found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ministers met in London on Monday to discuss the Gibraltar sovereignty question.", "Gibraltar"),
])
def test_entities_dependency_before_sovereignty_noun_is_a_territory(nlp, text, name):
    """"the X sovereignty question": a dependency whose sovereignty is at stake is a territory."""
    assert _by_name(nlp, text).get(name) == (name, "Territory")


@pytest.mark.model
@pytest.mark.parametrize("text, surface, name, cls", [
    ("An envoy travelled to Vatican City on Monday to meet the cardinals.", "Vatican City", "Vatican", "Country"),
    ("Ana Berg flew from Lisbon to Madeira on Monday to open the new port.", "Madeira", "Madeira", "Place"),
])
def test_entities_listed_states_and_regions(nlp, text, surface, name, cls):
    """World knowledge: Vatican City is the state (not a city in it); Madeira a region."""
    found = _by_name(nlp, text)
    assert found.get(surface) == (name, cls), found


@pytest.mark.parametrize("surface, name, cls, outlet", [
    ("UPI", "United Press International", "Organization", True),
    ("Vatican City", "Vatican", "Country", False),
    ("Azores", "Azores", "Place", False),
])
def test_entities_gazetteer_lists_bodies_states_and_regions(surface, name, cls, outlet):
    from graph.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(surface)
    assert entry is not None and (entry.name, entry.cls, entry.outlet) == (name, cls, outlet)


@pytest.mark.parametrize("raw, kept, names", [
    ("Talks stall\n\nThe talks stalled on Monday.\n\nRelated\nChile renews Antarctic claim at United Nations\n",
     "The talks stalled on Monday.", {"Chile", "United Nations"}),
])
def test_entities_heading_lines_name_listed_bodies(raw, kept, names):
    """A listed international body in a related-story line the cleaner left out is named by the article."""
    from graph.gazetteer import load_gazetteer
    from graph.mentions import _heading_places
    from graph.models import Segment

    at = raw.index(kept)
    art = article(kept, path="", raw=raw, segments=(Segment(0, at, len(kept)),))
    assert {nm.mention.text for nm in _heading_places(art, load_gazetteer())} == names


@pytest.mark.parametrize("raw, kept, name", [
    ("Talks stall\n\nThe talks stalled on Monday.\n\nRelated\nSpain renews Gibraltar sovereignty claim\n",
     "The talks stalled on Monday.", "Gibraltar"),
])
def test_entities_heading_line_puts_dependency_at_stake(raw, kept, name):
    """"X renews Y sovereignty claim" in a related-story line: the dependency's status is at stake."""
    from graph.gazetteer import load_gazetteer
    from graph.mentions import _heading_places
    from graph.models import Segment

    at = raw.index(kept)
    art = article(kept, path="", raw=raw, segments=(Segment(0, at, len(kept)),))
    found = {nm.mention.text: nm.territory_cue for nm in _heading_places(art, load_gazetteer())}
    assert found.get(name) is True, found
