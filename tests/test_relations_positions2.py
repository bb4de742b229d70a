"""Relations and positions in wordings the older rules missed (graph/relations.py).

Every sentence is invented; the people, parties, clubs and towns are made up (the countries are real).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_positions, extract_relations


def _run(nlp, text: str):
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    doc = nlp(text)
    return list(extract_positions(doc, art)), list(extract_relations(doc, art))


def _rels(relations, kind: str) -> set[tuple[str, str]]:
    return {(r.subject.text, r.object.text) for r in relations if r.kind == kind and r.object is not None}


def _pairs(relations, kind: str) -> set[frozenset]:
    return {frozenset(p) for p in _rels(relations, kind)}


FOUND_CASES = [
    ("invaded_second_verb", "Chile seized the port and later invaded Peru.", "invaded", ("Chile", "Peru")),
    ("invaded_relative_second_verb", "Chile, which kept troops in the valley and later invaded Peru, stays silent.",
     "invaded", ("Chile", "Peru")),
    ("invaded_by_initials", "In 1999 the RDLF invaded Kosovo, the report says.", "invaded", ("RDLF", "Kosovo")),
    ("territory_meets", "Kenya, whose territory meets both Uganda and Ethiopia in the north, stayed neutral.",
     "sharesBorderWith", ("Kenya", "Ethiopia")),
    ("their_border_settled", "Peru and Chile quietly settled their border after years of talks.",
     "sharesBorderWith", ("Peru", "Chile")),
    ("their_border", "Peru and Chile reopened their border on Monday.", "sharesBorderWith", ("Peru", "Chile")),
    ("bracket_party_no_title", "Petar Lind (Labour), who chairs the transport panel, voted against.",
     "memberOf", ("Petar Lind", "Labour")),
    ("bracket_party_green", "Anna Berg (Green), who chairs the transport panel, voted against.",
     "memberOf", ("Anna Berg", "Green")),
    ("party_home_tag", "Assemblyman Marek Osten, WFP-Tolsby, voted no.", "memberOf", ("Marek Osten", "WFP")),
    ("party_letter_tag", "Sen. Ana Varga, D-Ohio, said the bill was weak.", "memberOf", ("Ana Varga", "D")),
    ("it_joined_main_subject",
     "Mali was a colony until 1960. The Republic broke with France that year, shortly before it joined the "
     "United Nations.", "memberOf", ("Mali", "United Nations")),
    ("the_club_joined", "The Tolsby Rowing Club won again. The club joined the Northern Rowing League in 1990.",
     "memberOf", ("Tolsby Rowing Club", "Northern Rowing League")),
    ("the_library_belongs",
     "The Tolsby Public Library will close for a year. The library has belonged to the Varnek Regional Library "
     "Network since 1970.", "memberOf", ("Tolsby Public Library", "Varnek Regional Library Network")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,kind,pair", FOUND_CASES, ids=[c[0] for c in FOUND_CASES])
def test_relations_positions2_wordings_found(nlp, name, text, kind, pair):
    """Second verbs, initials, "whose territory", "their border", party tags and definite bodies give relations."""
    _, relations = _run(nlp, text)
    got = _pairs(relations, kind) if kind == "sharesBorderWith" else _rels(relations, kind)
    assert (frozenset(pair) if kind == "sharesBorderWith" else pair) in got, got


def test_relations_positions2_party_letter_is_named(nlp):
    """"D-Ohio" names the Democratic Party."""
    _, relations = _run(nlp, "Sen. Ana Varga, D-Ohio, said the bill was weak.")
    assert any(r.kind == "memberOf" and r.object is not None and r.object.kb_id == "Democratic Party"
               for r in relations)


NOT_FOUND_CASES = [
    ("plural_their_borders", "Peru and Chile closed their borders to travellers from Asia.", "sharesBorderWith"),
    ("negated_their_border", "Peru and Chile did not reopen their border.", "sharesBorderWith"),
    ("firm_invades_market", "The VNF invaded the market with cheap phones.", "invaded"),
    ("news_agency_bracket", "Ana Varga (Reuters), who covers the courts, disagreed.", "memberOf"),
    ("independent_tag", "Ana Varga, I-Maine, said the bill was weak.", "memberOf"),
    ("territory_meets_lake", "Kenya, whose territory touches the lake, stayed silent.", "sharesBorderWith"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,kind", NOT_FOUND_CASES, ids=[c[0] for c in NOT_FOUND_CASES])
def test_relations_positions2_lookalikes_give_nothing(nlp, name, text, kind):
    """Each one's own borders, a market, a news agency, an independent and a lake are no relation."""
    _, relations = _run(nlp, text)
    assert not _rels(relations, kind), _rels(relations, kind)


@pytest.mark.model
def test_relations_positions2_it_joined_not_the_country_left(nlp):
    """"independence from France ..., before it joined X": France is no member."""
    _, relations = _run(nlp, "The Republic broke away from France in 1958, a year after it joined the "
                             "United Nations.")
    assert ("France", "United Nations") not in _rels(relations, "memberOf")


@pytest.mark.model
def test_relations_positions2_party_name_country_is_no_container(nlp):
    """A country at the end of a party's name ("... Party of France") places no city."""
    text = ("A motion from the opposition Radical People's Party of France (RPPF) that would have renamed the "
            "Lyon ring road failed on Tuesday.")
    _, relations = _run(nlp, text)
    assert ("Lyon", "France") not in _rels(relations, "locatedIn")


POSITION_CASES = [
    ("professor_emeritus", "Petar Lind, a professor emeritus at Varnek University, spoke first.",
     "Petar Lind", "professor", "Varnek University"),
    ("two_portfolios", "Energy and mines minister Petar Lind opened the plant.",
     "Petar Lind", "energy and mines minister", None),
    ("two_portfolios_first_word", "Finance and planning minister Ana Varga told reporters that the matter was closed.",
     "Ana Varga", "finance and planning minister", None),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", POSITION_CASES, ids=[c[0] for c in POSITION_CASES])
def test_relations_positions2_titles_found(nlp, name, text, person, title, org):
    """A postposed "emeritus" keeps the employer; two portfolios share one minister."""
    positions, _ = _run(nlp, text)
    got = {(p.title, p.org.text if p.org is not None else None) for p in positions if p.person.text == person}
    assert (title, org) in got, got
