"""Relation frames an unseen outlet may use (graph/relations.py, ``_surface_relation_frames``).

Every sentence here is invented; the people and towns are made up, the countries and blocs are real.
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_relations


def _rels(nlp, text: str) -> set[tuple[str, str, str]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    out = set()
    for r in extract_relations(nlp(text), art):
        # the canonical id and the surface text both count ("EU" / "European Union")
        for subj in {r.subject.kb_id or r.subject.text, r.subject.text}:
            for obj in ({r.object.kb_id or r.object.text, r.object.text} if r.object is not None
                        else {r.object_name}):
                out.add((subj, r.kind, obj))
    return out


FRAME_CASES = [
    ("border crossing between", "Trucks queued at the border crossing between Poland and Belarus for days.",
     ("Poland", "sharesBorderWith", "Belarus")),
    ("frontier posts between", "Varnek inspected the frontier posts between Chile and Argentina.",
     ("Chile", "sharesBorderWith", "Argentina")),
    ("frontier separating A from B", "Smugglers crossed the porous frontier separating Niger from Chad.",
     ("Niger", "sharesBorderWith", "Chad")),
    ("A's border with B before a verb", "Guyana's border with Suriname remains disputed.",
     ("Guyana", "sharesBorderWith", "Suriname")),
    ("A's troops invaded B", "The town was shelled when Ethiopia's troops invaded Eritrea.",
     ("Ethiopia", "invaded", "Eritrea")),
    ("invasion of B by A", "Historians still debate the invasion of Grenada by the United States.",
     ("United States", "invaded", "Grenada")),
    ("A's membership of X", "Sweden's membership of NATO was ratified last year.",
     ("Sweden", "memberOf", "NATO")),
    ("A's accession to X", "Tolsby praised Croatia's accession to the EU in his speech.",
     ("Croatia", "memberOf", "EU")),
    ("X member states such as A and B", "EU member states such as Latvia and Estonia backed the plan.",
     ("Estonia", "memberOf", "EU")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_relations_surface_frames(nlp, name, text, expected):
    got = _rels(nlp, text)
    s, kind, o = expected
    assert expected in got or (kind == "sharesBorderWith" and (o, kind, s) in got), got


NO_FACT_CASES = [
    ("figurative frontier", "The frontier between science and art is blurring, Varnek said."),
    ("neighbours without a name", "Poland's neighbours are watching the vote closely."),
    ("modal invasion", "Analysts said Iraq could never invade Kuwait again."),
    ("negated membership", "Norway is not a member of the EU."),
    ("wife's lawyer", "Petar Lind and his wife's lawyer Ana Brel met on Monday."),
    ("denied sending troops", "Germany denied it planned to send troops into Poland."),
    ("country named beside a town hall", "Tolsby spoke about Canada in a town hall meeting."),
    ("two delegations", "Delegates from Kenya met firms from Chile on Monday."),
    ("no crossing open", "There is no border crossing between Poland and Belarus open tonight."),
    ("membership of a club", "Sweden's membership of the chess club lapsed."),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text", NO_FACT_CASES, ids=[c[0] for c in NO_FACT_CASES])
def test_relations_surface_frames_no_fact(nlp, name, text):
    got = {r for r in _rels(nlp, text) if r[1] in {"sharesBorderWith", "invaded", "memberOf", "spouse"}}
    assert not got, got
