"""Entity rules of session 28 (second round): dateline abbreviations, other names of lands, seats, ceded lands."""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name as _by_name


@pytest.mark.model
@pytest.mark.parametrize("text, full, short", [
    ("KELDBY, N.S. — Ana Varga, who runs the ferry office, said sailings would resume. Nova Scotia has many ports.",
     "Nova Scotia", "N.S."),
    ("MARLOW, Ont. — Petar Lind said the mill would reopen in spring. Ontario officials gave no date.",
     "Ontario", "Ont."),
    ("FERNDALE, B.C. — Marek Osten said the road was closed by snow. British Columbia crews were on site.",
     "British Columbia", "B.C."),
])
def test_entities_dateline_region_abbreviation(nlp, text, full, short):
    """A wire dateline's state or province abbreviation is the province the gazetteer knows, not a second node."""
    found = _by_name(nlp, text)
    assert found.get(short, (None,))[0] == full
    assert not any(n.rstrip(".") == short.rstrip(".") and v[0] != full for n, v in found.items())


@pytest.mark.model
@pytest.mark.parametrize("text, old, name", [
    ("Colonial officers ran Fernando Póo from a small port. Bioko is now home to the capital of Equatorial Guinea.",
     "Fernando Póo", "Bioko"),
    ("Activists in Kanaky marched on Saturday. New Caledonia has held three votes on the question.",
     "Kanaky", "New Caledonia"),
    ("Tea planters left Ceylon in the 1950s. Sri Lanka still exports tea to Britain.", "Ceylon", "Sri Lanka"),
])
def test_entities_other_land_name(nlp, text, old, name):
    """An old or other name of a well-known island or territory joins the land's one node."""
    found = _by_name(nlp, text)
    assert found.get(old, (None,))[0] == name
    assert found[name][1] != "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, modifier, person", [
    ("His wife, Ainu singer Ana Varga, leads a village choir that toured until 2014. She said they would return.",
     "Ainu", "Ana Varga"),
    ("Her brother, Sami herder Petar Lind, keeps reindeer near the border. He said the fence hurt the herd.",
     "Sami", "Petar Lind"),
])
def test_entities_kin_appositive_occupation_modifier(nlp, text, modifier, person):
    """A name before an occupation noun after "his wife," qualifies the person named next; it is no person."""
    found = _by_name(nlp, text)
    assert found[person][1] == "Person"
    assert found.get(modifier, (None, None))[1] != "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, seat, person", [
    ("Kola Varnek assemblyman Petar Lind of the ruling party was less patient. He said the plan was careless.",
     "Kola Varnek", "Petar Lind"),
])
def test_entities_seat_before_assembly_title(nlp, text, seat, person):
    """A two-word name before "assemblyman" and a full name is the member's seat, a place."""
    found = _by_name(nlp, text)
    assert found[seat][1] == "Place"
    assert found[person][1] == "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, lands", [
    ("The minister said Ruritania does not accept the 1950 transfer of Varnekmaa and Tolsalinn to Russia as lawful.",
     ["Varnekmaa", "Tolsalinn"]),
    ("Finland never accepted the 1944 handover of Kolvamaa and Tolsalinn to the Soviet Union.",
     ["Kolvamaa", "Tolsalinn"]),
])
def test_entities_ceded_land_territory(nlp, text, lands):
    """Lands named as objects of a transfer to a state are territories."""
    found = _by_name(nlp, text)
    assert [found[n][1] for n in lands] == ["Territory"] * len(lands)


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("The club confirmed the transfer of Petar Lind to Spain after a medical on Friday.", "Petar Lind"),
])
def test_entities_transferred_person_not_territory(nlp, text, person):
    """A name the NER reads as a person's, transferred to a country (a player, a prisoner), is no territory."""
    assert _by_name(nlp, text)[person][1] != "Territory"
