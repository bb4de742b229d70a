"""Positions with a local-tier title, a joint portfolio, a state set by the sentence before (graph/relations.py).

Every sentence is invented; the people and places are made up.
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_positions


def _positions(nlp, text: str) -> list[tuple[str, str, str | None]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text, outlet=None)
    out = []
    for p in extract_positions(nlp(text), art):
        org = p.org.text if p.org is not None else p.org_name
        out.append((p.person.text, p.title, org))
    return out


CASES = [
    ("provincial_apposed", "Marek Osten, the provincial governor, toured the flooded valley.",
     "Marek Osten", "provincial governor", None),
    ("district_opening", "District chief Petar Lind told us the ferry was late again.",
     "Petar Lind", "district chief", None),
    ("lower_joint_portfolio", "Petar Lind, the country's minister of health and social affairs, opened a clinic.",
     "Petar Lind", "minister of health and social affairs", None),
    ("lower_joint_portfolio_bare", "Marek Osten, minister of labour and social affairs, met the unions on Monday.",
     "Marek Osten", "minister of labour and social affairs", None),
    ("title_case_joint_portfolio", "Minister of Rural Development and Sanitation Petar Lind said the wells "
     "would be dug.", "Petar Lind", "minister of rural development and sanitation", None),
    ("local_tier_setting", "In Tolsby, the news caused worry. Provincial executive Petar Lind, who holds the "
     "transport brief, said ships would leave.", "Petar Lind", "provincial executive", "Tolsby"),
    ("capital_set_sentence_before", "In Nairobi, the mood was tense. Minister of Rural Development and Sanitation "
     "Petar Lind said the wells would be dug.", "Petar Lind", "minister of rural development and sanitation",
     "Nairobi"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", CASES, ids=[c[0] for c in CASES])
def test_relations_positions6_title_and_body(nlp, name, text, person, title, org):
    """The title is read whole and its body found (org None: any body, or none)."""
    got = _positions(nlp, text)
    assert any(p == person and t == title and (org is None or o == org) for p, t, o in got), got


NEGATIVE = [
    ("other_state_named", "In Nairobi, the mood was tense. Minister of Rural Development and Sanitation "
     "Petar Lind said Uganda would help.", "Petar Lind"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_relations_positions6_no_setting_state(nlp, name, text, person):
    """A sentence naming another state takes no state from the setting before it."""
    got = _positions(nlp, text)
    assert any(p == person for p, _, _ in got), got
    assert all(o is None for p, _, o in got if p == person), got
