"""Party tags after a council level or a chamber side, bracketed party acronyms, "as has C" memberships,
"in canton Y" containers, long datelines and a Tok Pisin party word (session 29, helper rel29).

Every sentence is invented (the countries, blocs and parties are real or generic; the people and towns are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import members as _members, relations as _relations


def _located(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, kind, o in _relations(nlp, text) if kind == "locatedIn"}


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Labour county councillor Marek Osten said the parking charges would be dropped.", ("Marek Osten", "Labour")),
    ("Green district councillor Ana Varga voted against the new depot.", ("Ana Varga", "Green")),
    ("Opposition Social Democratic Party parliamentarian Ana Varga asked the court to act.",
     ("Ana Varga", "Social Democratic Party")),
])
def test_relations_party_before_council_level_or_side(nlp, text, pair):
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, bad", [
    ("Opposition Green Party parliamentarian Ana Varga asked the court to act.",
     ("Ana Varga", "Opposition Green Party")),
    ("The Tolsby county councillor Petar Lind voted against.", ("Petar Lind", "Tolsby")),
])
def test_relations_party_side_word_not_in_name(nlp, text, bad):
    assert bad not in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The Member of Parliament for Varnek North, Mr Petar Lind (NDC), said the toll was unfair.",
     ("Petar Lind", "NDC")),
    ("The MP for Tolsby, Dr Ana Varga (NPP), called the levy a mistake.", ("Ana Varga", "NPP")),
])
def test_relations_legislator_bracket_acronym_party(nlp, text, pair):
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The reporter for Tolsby, Mr Petar Lind (AFP), said the toll was unfair.",
])
def test_relations_bracket_acronym_needs_legislator(nlp, text):
    assert not _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Chile has been a member of APEC since 1994, as has Peru.", ("Peru", "APEC")),
    ("Poland joined NATO in 1999, as did Hungary.", ("Hungary", "NATO")),
])
def test_relations_as_has_member(nlp, text, pair):
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The fair opens in Tolsby in canton Bern next week.", ("Tolsby", "Bern")),
    ("The talks were held in Varnek in county Clare last year.", ("Varnek", "Clare")),
    ("She was born in Varnek in province Limburg.", ("Varnek", "Limburg")),
])
def test_relations_in_division_word_name(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("TOLSBY, Ghana, March 3, GNA – Ghana has protested to its neighbour.", ("TOLSBY", "Ghana")),
    ("VARNEK, Chile, June 12 – Chile said on Monday it would act.", ("VARNEK", "Chile")),
])
def test_relations_dateline_with_date_and_agency(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Mr Osten, of the Varnek Pati, tabled a motion on fishing rights.", ("Osten", "Varnek Pati")),
])
def test_relations_tok_pisin_party_word(nlp, text, pair):
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The old organ went to Varnek & Co in Tolsby, Kent, for repair.", ("Varnek & Co", "Tolsby")),
    ("The parts were made by Osten & Sons in Tolsby.", ("Osten & Sons", "Tolsby")),
    ("The clock was shipped to Petar Lind & Co in Tolsby, Kent, last spring.", ("Petar Lind & Co", "Tolsby")),
])
def test_relations_firm_suffix_in_town(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The member for Varnek, Marek Osten of the Labour Party, said he would back the bridge.",
     ("Marek Osten", "Labour Party")),
    ("The federal member for Tolsby, Ana Varga of the Green Party, promised a new clinic.",
     ("Ana Varga", "Green Party")),
])
def test_relations_seat_member_then_party(nlp, text, pair):
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, bad", [
    ("The member for Varnek, Marek Osten of the Labour Party, said he would back the bridge.",
     ("Marek Osten", "Varnek")),
])
def test_relations_seat_is_no_membership(nlp, text, bad):
    assert bad not in _members(nlp, text)
