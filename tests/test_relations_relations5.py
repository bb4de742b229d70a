"""Border, invasion, spouse and location frames of graph/relations.py: participles, prospects, ambiguity.

Every sentence here is invented; the people and towns are made up, the countries and provinces are real.
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_relations


def _rels(nlp, text: str) -> set[tuple[str, str, str]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    out = set()
    for r in extract_relations(nlp(text), art):
        for subj in {r.subject.kb_id or r.subject.text, r.subject.text}:
            for obj in ({r.object.kb_id or r.object.text, r.object.text} if r.object is not None
                        else {r.object_name}):
                out.add((subj, r.kind, obj))
    return out


FRAME_CASES = [
    ("which borders with a bare name",
     "Aid convoys reached Niger, which borders Mali.",
     ("Niger", "sharesBorderWith", "Mali")),
    ("a participle between commas",
     "Armenia, bordering Azerbaijan, put its army on alert.",
     ("Armenia", "sharesBorderWith", "Azerbaijan")),
    ("troops from a state invaded",
     "Troops from Iraq invaded Kuwait in August 1990.",
     ("Iraq", "invaded", "Kuwait")),
    ("a town in a possessive province",
     "Floods cut off Tolsby in Pakistan's Sindh province.",
     ("Tolsby", "locatedIn", "Sindh")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_relations_border_invasion_location_frames(nlp, name, text, expected):
    assert expected in _rels(nlp, text)


NO_FACT_CASES = [
    ("a modal prospect of invasion", "Critics said Russia might invade Moldova next.",
     ("Russia", "invaded", "Moldova")),
    ("a future invasion", "Tolsby residents fear that Russia will invade Georgia again.",
     ("Russia", "invaded", "Georgia")),
    ("his after an object name and", "Marek Osten greeted Anna Kowalski and his wife Lena Kovac.",
     ("Lena Kovac", "spouse", "Anna Kowalski")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,absent", NO_FACT_CASES, ids=[c[0] for c in NO_FACT_CASES])
def test_relations_border_invasion_spouse_absent(nlp, name, text, absent):
    assert absent not in _rels(nlp, text)

