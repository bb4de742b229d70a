"""Membership and location frames read off appositives and anaphors (graph/relations.py).

Every sentence here is invented; the people and towns are made up, the countries, regions and blocs are real.
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
    ("both countries after a clause's subject and object",
     "Iraq invaded Kuwait in 1990, yet both countries remained members of OPEC.",
     [("Iraq", "memberOf", "OPEC"), ("Kuwait", "memberOf", "OPEC")]),
    ("both belong to after a clause's subject and object",
     "Varnek recalled that Russia attacked Georgia in 2008; both belong to the OSCE.",
     [("Russia", "memberOf", "OSCE"), ("Georgia", "memberOf", "OSCE")]),
    ("members of what is now X",
     "Ana Varga noted that Kenya and Uganda were among the founding members of what is now the African Union.",
     [("Kenya", "memberOf", "African Union")]),
    ("like the rest of X",
     "Latvia and Estonia, like the rest of NATO, condemned the drone strike near Tolsby.",
     [("Latvia", "memberOf", "NATO"), ("Estonia", "memberOf", "NATO")]),
    ("C's allies in X apposed to a list",
     "Estonia and Latvia, Lithuania's allies in NATO, sent engineers to Varnek.",
     [("Lithuania", "memberOf", "NATO"), ("Estonia", "memberOf", "NATO"), ("Latvia", "memberOf", "NATO")]),
    ("the multi-word region port of X",
     "Ferries dock at the New South Wales port of Tolsby twice a week.",
     [("Tolsby", "locatedIn", "New South Wales")]),
    ("X, the district that includes A and B",
     "Residents of Tolsby, the district that includes Varnek and Osterby, voted against the plan.",
     [("Varnek", "locatedIn", "Tolsby")]),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_relations_membership_location_frames(nlp, name, text, expected):
    got = _rels(nlp, text)
    for fact in expected:
        assert fact in got, (fact, got)


NO_FACT_CASES = [
    ("unlike the rest of X", "Norway, unlike the rest of the EU, kept its tariff on Varnek salmon.",
     ("Norway", "memberOf", "EU")),
    ("partners in talks, not a body", "Germany's partners in the talks with Tolsby were wary.",
     ("Germany", "memberOf", "Tolsby")),
    ("a person before the district", "Mayor Ana Varga of Tolsby, the district that includes Varnek, was calm.",
     ("Varnek", "locatedIn", "Varga of Tolsby")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,absent", NO_FACT_CASES, ids=[c[0] for c in NO_FACT_CASES])
def test_relations_membership_location_frames_absent(nlp, name, text, absent):
    assert absent not in _rels(nlp, text)
