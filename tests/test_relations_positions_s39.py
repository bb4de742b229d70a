"""graph.relations positions: an office verb after an appositive noun or after a first verb of a relative clause,
and a remit after "Superintendent for".

Every sentence here is invented (Greta Holmqvist, Tomasz Wierzba…).
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, post_held


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # the relative clause hangs on the appositive noun ("a ... senator who chairs"), not on the name
    ("Greta Holmqvist, a Centre Party senator who chairs the Riksdag's defence committee, spoke on Monday.",
     "Greta Holmqvist", "chair", "Riksdag"),
    ("Pedro Alvarenga, a veteran economist who heads the Lisbon Trade Institute, disagreed with the plan.",
     "Pedro Alvarenga", "head", "Lisbon Trade Institute"),
])
def test_relations_office_verb_after_appositive_noun(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # the second verb of "who X and Y" shares the relative pronoun as its subject
    ("On Friday, Tomasz Wierzba, who lives near Gdansk and chairs the Baltic Amber Council, signed the letter.",
     "Tomasz Wierzba", "chair", "Baltic Amber Council"),
])
def test_relations_office_verb_in_coordinated_relative_clause(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title", [
    ("Assistant Superintendent for Operations Dana Kowalczyk told parents the buses would run on time.",
     "Dana Kowalczyk", "assistant superintendent for operations"),
])
def test_relations_superintendent_with_remit(nlp, text, person, title):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, None), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no office verb: a relative clause on an appositive noun that holds no post gives no chair
    "Greta Holmqvist, a Centre Party senator who attended the Riksdag's defence committee, spoke on Monday.",
])
def test_relations_appositive_relative_without_office_verb(nlp, text):
    found = lowered_positions(nlp, text)
    assert not any(t in {"chair", "head"} for _, t, _, _ in found), found
