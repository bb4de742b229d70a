"""Entity finding and merging rules of session 27: renaming clauses with a common-noun namer, wire datelines."""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name as _by_name


@pytest.mark.model
@pytest.mark.parametrize("text, main, other", [
    ("Boats from Varnek were held near Tolsby Shoal, which coastal villagers call Karang Merak, on Sunday.",
     "Tolsby Shoal", "Karang Merak"),
    ("Tolsby Shoal, which local fishermen call Merak Rock, lies far off the coast of Indonesia.",
     "Tolsby Shoal", "Merak Rock"),
    ("Herders graze goats on Osten Ridge, which many older villagers still call Varga Hill, every summer.",
     "Osten Ridge", "Varga Hill"),
])
def test_mentions_common_noun_namer_renames_place(nlp, text, main, other):
    """A renaming clause whose namer is a plain noun phrase makes the second name an alias of the first."""
    found = _by_name(nlp, text)
    assert found.get(other, (None,))[0] == main, found


@pytest.mark.model
@pytest.mark.parametrize("text, main, other", [
    ("Tolsby Shoal, which Ana Varga visited last year, is near Merak Rock.", "Tolsby Shoal", "Merak Rock"),
])
def test_mentions_common_noun_namer_needs_naming_verb(nlp, text, main, other):
    """Without a naming verb a later name stays an entity of its own."""
    found = _by_name(nlp, text)
    assert found.get(other, (None,))[0] == other, found


@pytest.mark.model
@pytest.mark.parametrize("text, region, cls", [
    ("Varnay, W Tolsa Selatan (ANTARA) - The provincial office said on Monday the boats had returned.",
     "W Tolsa Selatan", "Place"),
    ("Kelmar, N Varnek Utara (ANTARA) - Rescue teams found the missing crew late on Tuesday, officials said.",
     "N Varnek Utara", "Place"),
])
def test_mentions_agency_dateline_region_is_place(nlp, text, region, cls):
    """The part of a title-case wire dateline between the town and the agency's bracket is a place."""
    found = _by_name(nlp, text)
    assert found.get(region, (None, None))[1] == cls, found


@pytest.mark.model
@pytest.mark.parametrize("text, name, cls", [
    ("Varnay, Kenya (Reuters) - The provincial office said on Monday the boats had returned.", "Kenya", "Country"),
])
def test_mentions_agency_dateline_keeps_known_country(nlp, text, name, cls):
    """A country in a wire dateline keeps its gazetteer class."""
    found = _by_name(nlp, text)
    assert found.get(name, (None, None))[1] == cls, found


@pytest.mark.model
@pytest.mark.parametrize("text, name, cls", [
    ("Ruritania has never accepted Freedonian jurisdiction over the Varsk Tolen complex, an envoy said.",
     "Varsk Tolen", "Territory"),
    ("Ruritania does not accept Freedonia's claim to the Ivo Berant complex, a spokesman said.", "Ivo Berant",
     "Territory"),
])
def test_mentions_named_complex_is_site(nlp, text, name, cls):
    """A name before a lower-case "complex" is a site's (a territory when its sovereignty is at stake)."""
    found = _by_name(nlp, text)
    assert found.get(name, (None, None))[1] == cls, found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Officials toured the Tolsa Mining Company complex on Sunday.", "Tolsa Mining Company"),
])
def test_mentions_named_complex_keeps_body(nlp, text, name):
    """A body's name with its own head word before "complex" stays a body."""
    found = _by_name(nlp, text)
    assert found.get(name, (None, None))[1] == "Organization", found


@pytest.mark.model
@pytest.mark.parametrize("text, full, short", [
    ("Kelmar, W Varnek Utara (ANTARA) - Rescue teams found the missing crew on Monday. Boats from West Varnek "
     "Utara joined the search, officials said.", "West Varnek Utara", "W Varnek Utara"),
    ("Kelmar, N Maluku (ANTARA) - Fishing boats stayed in port on Tuesday after storms across North Maluku, "
     "officials said.", "North Maluku", "N Maluku"),
])
def test_entities_compass_abbreviation_joins_full_form(nlp, text, full, short):
    """A region's name with an abbreviated compass point is the full form's alias."""
    found = _by_name(nlp, text)
    assert found.get(short, (None,))[0] == full, found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Heavy rain flooded villages in Kelmar Raya on Monday, and E Lind, a farmer, said two people had died.",
     "E Lind"),
])
def test_entities_compass_abbreviation_spares_initials(nlp, text, name):
    """A person's initial that looks like a compass letter joins no place."""
    found = _by_name(nlp, text)
    assert found.get(name, (None, None)) == (name, "Person"), found
