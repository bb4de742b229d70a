"""Places set on an island, in a chain of local units, by "part of", and a site's place aside (session 28, loc12).

Every sentence is invented (the countries are real; the towns, islands, provinces and people are not).
"""
from __future__ import annotations

import pytest

from extract_helpers import article
from graph.relations import extract_relations


def _located(nlp, text: str) -> set[tuple[str, str]]:
    return {(r.subject.kb_id or r.subject.text, r.object.kb_id or r.object.text)
            for r in extract_relations(nlp(text), article(text)) if r.object is not None and r.kind == "locatedIn"}


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The ferry sank near Varnek on the island of Tolsby.", ("Varnek", "Tolsby")),
    ("The capital, Varnek, on Tolsby island, was quiet.", ("Varnek", "Tolsby")),
    ("Varnek, on Tolsby Island, is cold in winter.", ("Varnek", "Tolsby Island")),
    ("Varnek lies on the island of Tolsby, off the coast.", ("Varnek", "Tolsby")),
])
def test_relations_island_places(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Talks in Varnek on Tolsby ended without a deal.",
    "Petar Lind, on Tolsby island, said no.",
    "He flew from Varnek on Tuesday to Tolsby.",
    "Varnek, Tolsby's rival, won the cup.",
    "Ana Varga spoke on the island of Tolsby about Varnek.",
])
def test_relations_island_look_alikes_not_located(nlp, text):
    assert not _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    ("Varnek, part of Tolsby Upazila in Kelmar district, has a new bridge.",
     {("Varnek", "Tolsby Upazila"), ("Tolsby Upazila", "Kelmar")}),
    ("The clinic in Varnek, in Tolsby Upazila of Kelmar district, reopened.",
     {("Varnek", "Tolsby Upazila"), ("Tolsby Upazila", "Kelmar")}),
    ("Varnek, part of Kelmar County, has a new bridge.", {("Varnek", "Kelmar County")}),
])
def test_relations_part_of_unit_chain(nlp, text, pairs):
    assert pairs <= _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Petar Lind, in Tolsby Upazila of Kelmar district, said no.",
    "Ana Varga, part of Kelmar County's team, left early.",
    "The levy, part of Kelmar County rules, ended.",
])
def test_relations_part_of_unit_not_located(nlp, text):
    assert not any(s in {"Petar Lind", "Lind", "Ana Varga", "Varga", "levy"} for s, _ in _located(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Varnek is part of Kelmar County.", ("Varnek", "Kelmar County")),
    ("Varnek was part of the Kelmar region for decades.", ("Varnek", "Kelmar")),
    ("Varnek is now part of the Indian state of Kelmar.", ("Varnek", "Kelmar")),
])
def test_relations_part_of_copula(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Varnek is not part of Kelmar County.",
    "Ana Varga is part of the Kelmar County team.",
    "Varnek is part of a plan for Kelmar County.",
])
def test_relations_part_of_copula_not_located(nlp, text):
    assert not _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The Varnek Maritime Museum, in Tolsby, opened in 1990.", ("Varnek Maritime Museum", "Tolsby")),
])
def test_relations_site_with_place_aside(nlp, text, pair):
    assert pair in _located(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Varnek Museum, in Tolsby's view, is a failure.",
    "The Kelmar University, in Tolsby and Varnek, has campuses.",
])
def test_relations_site_aside_not_located(nlp, text):
    assert not any(s.endswith(("Museum", "University")) for s, _ in _located(nlp, text))
