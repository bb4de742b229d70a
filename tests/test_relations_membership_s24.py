"""Relations: a country "has been an EU member" / "has been a NATO member" (the body as the member noun's
compound) is a member of that body; a negated copula is not.

Every sentence is invented (the countries and the bodies are real).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_relations


def _members(nlp, text: str) -> set[tuple[str, str]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    return {(r.subject.kb_id or r.subject.text, r.object.kb_id or r.object.text)
            for r in extract_relations(nlp(text), art) if r.kind == "memberOf"}


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Slovenia has been an EU member for two decades, the envoy said.", ("Slovenia", "European Union")),
    ("Estonia has been a NATO member since 2004.", ("Estonia", "NATO")),
])
def test_relations_country_as_a_body_member_noun_is_a_member(nlp, text, pair):
    assert pair in _members(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Serbia is not an EU member.",
    "The minister is a party member.",
])
def test_relations_negated_or_bodyless_member_noun_gives_no_membership(nlp, text):
    assert not _members(nlp, text)
