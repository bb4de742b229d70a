"""Party membership: well-known parties whose names carry no party word ("Sinn Féin", "Likud") are parties.

Every sentence is invented (the parties are real, the people are not).
"""
from __future__ import annotations

import pytest

from graph.gazetteer import fold, load_gazetteer
from graph.models import Article
from graph.relations import extract_relations


def _relations(nlp, text: str) -> set[tuple[str, str, str]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    return {(r.subject.kb_id or r.subject.text, r.kind, r.object.kb_id or r.object.text)
            for r in extract_relations(nlp(text), art)}


@pytest.mark.parametrize("name", ["Sinn Féin", "Likud", "Fidesz", "Kuomintang"])
def test_gazetteer_lists_parties_without_a_party_word(name):
    assert fold(name) in load_gazetteer().parties


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Niamh Varga, Sinn Féin's deputy leader, said no.", ("Niamh Varga", "memberOf", "Sinn Féin")),
    ("Fine Gael's Ana Lind said no.", ("Ana Lind", "memberOf", "Fine Gael")),
    ("Ana Lind, who sits for Plaid Cymru, said no.", ("Ana Lind", "memberOf", "Plaid Cymru")),
])
def test_relations_listed_party_without_a_party_word_gives_membership(nlp, text, relation):
    assert relation in _relations(nlp, text)


@pytest.mark.model
def test_relations_bloc_lawmaker_is_no_party_member(nlp):
    found = _relations(nlp, "Tomas Brel, a European Union lawmaker, said no.")
    assert not any(kind == "memberOf" and subj == "Tomas Brel" for subj, kind, _ in found)
