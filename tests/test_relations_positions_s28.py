"""Positions (graph/relations.py), session 28: bodies named before a title, long portfolio lists, inverted copulas.

Every sentence is invented; the people, towns and bodies are made up.
"""
from __future__ import annotations

import pytest

from extract_helpers import positions as _positions


BODY_CASES = [
    ("premod_association_of", "Tolsby belongs to the Association of Varnek Towns, which wants a road fund. \"Our "
     "bridges are crumbling,\" association president Ana Varga told reporters.", "Ana Varga", "president",
     "Association of Varnek Towns"),
    ("premod_named_association", "Tolsby joined the Varnek Growers Association last year. \"Prices are low,\" "
     "association president Ana Varga said.", "Ana Varga", "president", "Varnek Growers Association"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", BODY_CASES, ids=[c[0] for c in BODY_CASES])
def test_relations_positions_s28_body_named_before_title(nlp, name, text, person, title, org):
    """"association president Name": the body named earlier with that noun employs."""
    got = _positions(nlp, text)
    assert (person, title, org, False) in got, got


SPOKES_CASES = [
    ("deputy_after_subject", "Spain's Foreign Ministry replied quickly. Deputy spokesman Marek Osten told reporters "
     "the claim was void.", "Marek Osten", "deputy spokesman", "Foreign Ministry"),
    ("deputy_same_sentence", "At a briefing of the Varnek Ministry of Trade, deputy spokesman Marek Osten said "
     "tariffs would rise.", "Marek Osten", "deputy spokesman", "Varnek Ministry of Trade"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", SPOKES_CASES, ids=[c[0] for c in SPOKES_CASES])
def test_relations_positions_s28_ranked_spokesman_body(nlp, name, text, person, title, org):
    """A ranked spokesman speaks for the ministry named before, in the sentence or as the last one's subject."""
    got = _positions(nlp, text)
    assert any(p == person and t == title and o == org for p, t, o, _ in got), got


TITLE_CASES = [
    ("portfolio_list", "Finland's Minister of Trade, Mines, Water and Energy, Petar Lind, confirmed the grant.",
     "Petar Lind", "minister of trade", "Finland"),
    ("communities_portfolio", "Ana Varga, Finland's Minister of Communities, opened the new hall on Friday.",
     "Ana Varga", "minister of communities", "Finland"),
    ("commanding_officer", "Petar Lind, the commanding officer of the Varnek Rifles, said the border was calm.",
     "Petar Lind", "commanding officer", "Varnek Rifles"),
    ("style_amar", "Varnek Chief Minister Datuk Amar Dr Ana Varga, who visited Tolsby for the fair, said the "
     "roads were ready.", "Ana Varga", "chief minister", "Varnek"),
    ("adviser_to_demonym_leader", "Ana Varga, an adviser to the Peruvian president, said talks would resume.",
     "Ana Varga", "adviser", "Peruvian"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_relations_positions_s28_title_and_employer(nlp, name, text, person, title, org):
    """Long portfolio lists, duty-named posts, Malaysian styles and advisers to a state's leader."""
    got = _positions(nlp, text)
    assert any(p == person and t == title and o == org for p, t, o, _ in got), got


COPULA_CASES = [
    ("agent_at_tribunal", "In 2001, Ruritania's agent at the tribunal was Marek Osten, then a law professor.",
     "Marek Osten", "agent", "Ruritania", True),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org,former", COPULA_CASES, ids=[c[0] for c in COPULA_CASES])
def test_relations_positions_s28_title_subject_of_be(nlp, name, text, person, title, org, former):
    """"X's agent was Name": the post is the subject of "be", its holder the attribute."""
    got = _positions(nlp, text)
    assert (person, title, org, former) in got, got


NEGATIVE_CASES = [
    ("no_body_named", "\"Prices are low,\" association president Ana Varga said.", "Ana Varga"),
    ("winner_is_no_post", "The winner of the race was Ana Varga.", "Ana Varga"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person", NEGATIVE_CASES, ids=[c[0] for c in NEGATIVE_CASES])
def test_relations_positions_s28_no_invented_employer(nlp, name, text, person):
    """No body named earlier, no title subject: no employer is made up."""
    got = _positions(nlp, text)
    assert not any(p == person and o is not None for p, _, o, _ in got), got
