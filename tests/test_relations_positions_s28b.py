"""Positions (graph/relations.py), session 28 round 2: styles, tier words, unit ordinals, untagged bodies.

Every sentence is invented; the people, towns and bodies are made up.
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
        out.append((p.person.text, p.title.lower(), org))
    return out


def _held(got: list, person: str, title: str, org: str | None) -> bool:
    """Whether ``person`` holds a title containing ``title`` (in ``org`` when given), as the scorer reads it."""
    return any(p == person and title in t and (org is None or o == org) for p, t, o in got)


CASES = [
    ("malay_styles_after_title", "Chief Minister Datuk Seri Petar Lind toured a hill clinic on Monday.",
     "Petar Lind", "chief minister", None),
    ("malay_amar_style", "Deputy Chief Minister Datuk Amar Ana Varga toured the flooded school.",
     "Ana Varga", "deputy chief minister", None),
    ("newly_appointed_appositive", "Ana Varga, the newly appointed governor of Varnek province, thanked the farmers.",
     "Ana Varga", "governor", "Varnek"),
    ("recently_elected_appositive", "Ana Varga, the recently elected mayor of Tolsby, promised cheaper buses.",
     "Ana Varga", "mayor", "Tolsby"),
    ("chief_whip_premod", "Government chief whip Petar Lind predicted that the measure would pass.",
     "Petar Lind", "chief whip", None),
    ("chief_whip_appositive", "Ana Varga, the opposition chief whip, called the measure flawed.",
     "Ana Varga", "chief whip", None),
    ("tier_word_in_place", "Tolsby Regional Governor Petar Lind declared the emergency over.",
     "Petar Lind", "regional governor", "Tolsby"),
    ("undotted_rank_trimmed", "Lt Col Marek Osten, commander of the Northern Brigade, inspected the camp.",
     "Marek Osten", "commander", "Northern Brigade"),
    ("unit_ordinal", "Marek Osten, commander of the 4th Infantry Brigade, inspected the camp.",
     "Marek Osten", "commander", "4th Infantry Brigade"),
    ("unit_ordinal_corps", "Marek Osten, head of the 3rd Army Corps, inspected the camp.",
     "Marek Osten", "head", "3rd Army Corps"),
    ("untagged_court_after_name", "Judge Marek Osten of the Tolsby High Court threw out the claim.",
     "Marek Osten", "judge", "Tolsby High Court"),
    ("chairs_unnamed_committee", "Petar Lind, who chairs the parish planning committee, opposed the tower.",
     "Petar Lind", "chair", None),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", CASES, ids=[c[0] for c in CASES])
def test_relations_positions_s28b_title_found(nlp, name, text, person, title, org):
    """The person holds the title (and the body or place) the sentence gives."""
    got = _positions(nlp, text)
    assert _held(got, person, title, org), got


@pytest.mark.model
@pytest.mark.parametrize("name,text,wrong", [
    ("tier_word_not_in_org", "Tolsby Regional Governor Petar Lind declared the emergency over.", "Tolsby Regional"),
    ("rank_not_in_name", "Lt Col Marek Osten, commander of the Northern Brigade, inspected the camp.",
     "Lt Col Marek Osten"),
], ids=["tier_word_not_in_org", "rank_not_in_name"])
def test_relations_positions_s28b_no_glued_words(nlp, name, text, wrong):
    """A tier word is no part of the place, a rank no part of the person's name."""
    got = _positions(nlp, text)
    assert got and all(wrong not in (p, o) for p, _, o in got), got


@pytest.mark.model
def test_relations_positions_s28b_no_body_from_place_run(nlp):
    """"President Name of Tolsby Ridge": a run without a body word gives no organisation."""
    got = _positions(nlp, "President Ana Varga of Tolsby Ridge opened the fair.")
    assert all(o != "Tolsby Ridge" or p != "Ana Varga" for p, _, o in got), got
