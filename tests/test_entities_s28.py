"""Entity typing and merging rules of session 28: given-name short forms, body tails, sub-district heads."""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name as _by_name


@pytest.mark.model
@pytest.mark.parametrize("text, full, short", [
    ("Its trade minister, Ratu Varek Tolsaloa, said talks would resume in March. \"We are patient,\" Ratu Varek "
     "said.", "Ratu Varek Tolsaloa", "Ratu Varek"),
    ("The district officer, Abang Marek Osmanto, said the road was open. \"Nobody is worried,\" Abang Marek said.",
     "Abang Marek Osmanto", "Abang Marek"),
    ("Ratu Petar Lindavu, the chief of the island, met the envoy on Friday. Ratu Petar later toured the harbour.",
     "Ratu Petar Lindavu", "Ratu Petar"),
])
def test_entities_leading_name_form_joins_full_name(nlp, text, full, short):
    """A title and given name that open one person's longer name of the article are that person."""
    found = _by_name(nlp, text)
    assert found.get(short) == (full, "Person"), found


@pytest.mark.model
@pytest.mark.parametrize("text, short", [
    ("Judge Ana Varga Lind and lawyer Ana Varga Osten spoke on Monday. Later Ana Varga said the case was closed.",
     "Ana Varga"),
])
def test_entities_leading_name_form_needs_one_person(nlp, text, short):
    """A short form that opens two people's names joins neither."""
    found = _by_name(nlp, text)
    assert found.get(short, (short,))[0] == short, found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The Tolsa Arutam People said the mine threatened their rivers.", "Tolsa Arutam People"),
    ("The Varga Nation, whose lands cross the border, also issued a statement.", "Varga Nation"),
    ("Visitors crowded the Cape Varnek Maritime Museum on Saturday.", "Cape Varnek Maritime Museum"),
])
def test_entities_body_tail_names_organisation(nlp, text, name):
    """A name closed by a capitalised "People", "Nation", "Museum" or "Heritage" is an organisation."""
    found = _by_name(nlp, text)
    assert found.get(name) == (name, "Organization"), found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Farmers in Tolsby Upazila said the floods had ruined the rice crop.", "Tolsby Upazila"),
    ("The clinic serves villages across Varnek Tehsil and the hills beyond.", "Varnek Tehsil"),
])
def test_entities_subdistrict_head_names_place(nlp, text, name):
    """A name closed by a South Asian sub-district word ("Upazila", "Tehsil") is a place."""
    found = _by_name(nlp, text)
    assert found.get(name) == (name, "Place"), found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The state secretary, Datuk Amar Petar Lindong, opened the bridge on Monday.", "Petar Lindong"),
])
def test_entities_sarawak_award_title_left_out_of_name(nlp, text, name):
    """Sarawak's "Datuk Amar" award title opens a name and is no part of it."""
    found = _by_name(nlp, text)
    assert found.get(name) == (name, "Person"), found
