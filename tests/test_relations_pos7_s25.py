"""Positions and relations of session 25 (graph/relations.py, graph/article.py).

Every sentence is invented; the people, places and bodies are made up (real countries only).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_positions, extract_relations


def _article(text: str) -> Article:
    return Article(id="t.txt", path="t.txt", raw=text, text=text, outlet=None)


def _positions(nlp, text: str) -> list[tuple[str, str, str | None, bool]]:
    out = []
    for p in extract_positions(nlp(text), _article(text)):
        org = p.org.text if p.org is not None else p.org_name
        out.append((p.person.text, p.title, org, p.former))
    return out


def _relations(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject.text, r.kind, r.object.text) for r in extract_relations(nlp(text), _article(text))
            if r.object is not None}


RELATION_CASES = [
    ("invaded_gapped_object", "Lind recalled that Germany invaded Poland in 1939 and Norway in 1940, and kept both.",
     ("Germany", "invaded", "Norway")),
    ("border_with_both_countries",
     "Chad and Cameroon share a long border along the lake. Trade has slowed since the vote. "
     "Sudan, which has a common border with the two states, stayed silent.",
     ("Sudan", "sharesBorderWith", "Chad")),
    ("partners_listed_after_body",
     "Chad's allies in the Varnek Defence Pact, Niger and Cameroon, signed a statement on Friday.",
     ("Cameroon", "memberOf", "Varnek Defence Pact")),
    ("pair_of_places_in_country",
     "The drivers came from Doruma and Agadez in northern Niger, and waited at the gate.",
     ("Doruma", "locatedIn", "Niger")),
    ("spouse_first_of_two_surnames",
     "Marek Tolsby Varga, who owns the mill, spoke from Lisbon. \"We lost the harvest,\" Tolsby said. "
     "His wife, Ana Tolsby, who keeps the books, said the bank had called.",
     ("Ana Tolsby", "spouse", "Marek Tolsby Varga")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,triple", RELATION_CASES, ids=[c[0] for c in RELATION_CASES])
def test_relations_pos7_s25_relations_found(nlp, name, text, triple):
    """Each invented wording gives the relation."""
    got = _relations(nlp, text)
    assert triple in got, got


RELATION_NEGATIVE = [
    ("second_clause_subject", "Iraq invaded Kuwait in 1990 and Iran protested loudly.", ("Iraq", "invaded", "Iran")),
    ("place_elsewhere", "Flights from London and Garoua in northern Cameroon were cancelled.",
     ("London", "locatedIn", "Cameroon")),
    ("constituency_before_seat", "Galway TD Petar Lind said the plan was dead.",
     ("Petar Lind", "memberOf", "Galway")),
    ("subject_in_pair",
     "Chad and Sudan share a long border along the desert. Chad has a common border with the two states "
     "and said nothing.", ("Chad", "sharesBorderWith", "Chad")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,triple", RELATION_NEGATIVE, ids=[c[0] for c in RELATION_NEGATIVE])
def test_relations_pos7_s25_relations_not_found(nlp, name, text, triple):
    """Look-alike wordings do not give the relation."""
    got = _relations(nlp, text)
    assert triple not in got, got


POSITION_CASES = [
    ("chaired_until_clause",
     "Ana Varga, who chaired the Tolsby River Council until it closed in 2004, still visits.",
     ("Ana Varga", "chair", "Tolsby River Council", True)),
    ("headed_until_year", "Petar Lind, who headed the Varnek Trust until 2015, spoke first.",
     ("Petar Lind", "head", "Varnek Trust", True)),
    ("councillor_prefix", "Mayor Cr Petar Lind opened the meeting on Monday.",
     ("Petar Lind", "mayor", None, False)),
    ("brief_then_employer",
     "Director General for Africa at the Varnek Ministry, Petar Lind, said talks had stalled.",
     ("Petar Lind", "director general for Africa", "Varnek Ministry", False)),
    ("undersecretary_portfolio",
     "Undersecretary of Foreign Affairs Lucia Ferrand Osorio said the plan was dead.",
     ("Lucia Ferrand Osorio", "undersecretary of foreign affairs", None, False)),
    ("of_institution_apposed", "Historian Ana Varga, of Tolsby University, said the map was forged.",
     ("Ana Varga", "historian", "Tolsby University", False)),
    ("seat_abbreviation_inside_run", "Galway TD Petar Lind, a Fine Gael deputy, said the plan was dead.",
     ("Petar Lind", "deputy", "Fine Gael", False)),
    ("who_teaches_at",
     "Professor Ana Varga, who lectures on farm economics at the University of Varnek, doubts it.",
     ("Ana Varga", "professor", "University of Varnek", False)),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,fact", POSITION_CASES, ids=[c[0] for c in POSITION_CASES])
def test_relations_pos7_s25_positions_found(nlp, name, text, fact):
    """Each invented wording gives the position (person, title, employer, former)."""
    got = _positions(nlp, text)
    assert fact in got, got


POSITION_NEGATIVE = [
    ("heads_now", "Petar Lind, who heads the Varnek Trust, spoke first.", ("Petar Lind", "head", True)),
    ("party_is_no_employer", "Senator Ana Varga, of the Labour Party, said so.",
     ("Ana Varga", "senator", "Labour Party")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,fact", POSITION_NEGATIVE, ids=[c[0] for c in POSITION_NEGATIVE])
def test_relations_pos7_s25_positions_not_read(nlp, name, text, fact):
    """A present office is not former; a party after the name is no employer."""
    got = _positions(nlp, text)
    if name == "heads_now":
        assert not any((p, t, f) == fact for p, t, _, f in got), got
        assert any(p == "Petar Lind" and t == "head" for p, t, _, _ in got), got
    else:
        assert not any((p, t, o) == fact for p, t, o, _ in got), got


def test_relations_pos7_s25_author_card_title(tmp_path):
    """An author card after the story ("Name" then "Journalist") gives the byline author's title."""
    from graph.article import read_article

    f = tmp_path / "a.txt"
    f.write_text("Roof repairs approved\n\nBy Ana Varga\n\nThe council voted on Tuesday to repair the old roof of "
                 "the hall, which has leaked for years.\n\nWork starts in May.\n\nAna Varga\nJournalist\n\nMost read\n")
    a = read_article(str(f))
    assert a.author == "Ana Varga"
    assert (a.author_title or "").lower() == "journalist"
