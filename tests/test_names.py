"""Tests for graph.names: the name vocabulary shared by the cleaner and the extractors."""
from __future__ import annotations

import pytest

from graph.names import NAME_PARTICLES, hyphen_link_at, is_calendar_word, is_inner_name_word, uncapitalise_name


@pytest.mark.parametrize("word, expected", [
    ("2022", True), ("March", True), ("monday", True), ("tonight", True), ("Sept.", True),
    ("Jan", False), ("Elst", False), ("Halliday", False), ("Pieter", False),
])
def test_names_calendar_words(word: str, expected: bool) -> None:
    assert is_calendar_word(word) is expected


@pytest.mark.parametrize("caps, name", [
    ("NOA BEN-ARTZI", "Noa Ben-Artzi"),
    ("ANA DE LA TORRE ESTÉVEZ", "Ana de la Torre Estévez"),
    ("DE LA CRUZ", "De la Cruz"),
    ("Anna Berg", "Anna Berg"),
])
def test_names_uncapitalise_keeps_particles_lower_inside(caps: str, name: str) -> None:
    assert uncapitalise_name(caps) == name


@pytest.mark.parametrize("word", ["de", "van", "der", "al", "bin", "i"])
def test_names_particles_are_lower_case_words(word: str) -> None:
    assert word in NAME_PARTICLES and word == word.lower()


@pytest.mark.parametrize("short, name, expected", [
    ("MCA", "Ministry of Coastal Affairs", True),
    ("AUCR", "A Union for Civic Renewal", True),
    ("USW", "United Shipworkers", True),  # more letters of one word, in order
    ("BofT", "Bank of Tarvonia", True),
    ("MCA", "Ministry of Energy", False),
    ("UCR", "A Union for Civic Renewal", False),  # no content word may be skipped
    ("X", "Xavier Bank", False),  # one letter is no acronym
])
def test_names_abbreviates(short: str, name: str, expected: bool) -> None:
    from graph.names import abbreviates
    assert abbreviates(short, name) is expected


@pytest.mark.parametrize("text, expected", [
    ("Karim-ud-Din spoke", True),
    ("Jean-de-Dieu spoke", True),
    ("Karim - ud - Din spoke", False),  # not glued
    ("Karim-ud-din spoke", False),  # no capitalised word after the link
    ("state-of-the-art work", False),
])
def test_names_hyphen_link_at(text: str, expected: bool) -> None:
    from spacy.lang.en import English

    doc = English()(text)
    assert hyphen_link_at(doc, 1) is expected


@pytest.mark.parametrize("caps, name", [
    ("TOMAS McBRIDE", "Tomas McBride"),
    ("ANNA MacLEOD", "Anna MacLeod"),
    ("Tomas McBride", "Tomas McBride"),
])
def test_names_uncapitalise_keeps_a_gaelic_prefix(caps: str, name: str) -> None:
    assert uncapitalise_name(caps) == name


@pytest.mark.parametrize("particle", ["á", "í"])
def test_names_faroese_place_particles_are_name_particles(particle: str) -> None:
    from graph.entities import person_shaped
    assert person_shaped(f"Jógvan {particle} Lakjuni Hansen")


@pytest.mark.parametrize("word, name, expected", [
    ("Tolsa", "Efren Tolsa Varga", True),
    ("tolsa", "Efren Tolsa Varga", True),
    ("Varga", "Efren Tolsa Varga", False),
    ("Efren", "Efren Tolsa Varga", False),
    ("Tolsa", "Efren Tolsa", False),
    ("de", "Ana de la Torre", False),
    ("Ruiz", "Ana Ruiz de Lind", True),
])
def test_names_inner_name_word(word, name, expected):
    assert is_inner_name_word(word, name) is expected
