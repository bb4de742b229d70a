"""graph.relations positions: a title before "Amb." and a name (a dotted honorific that ends no sentence).

Every sentence here is invented (Claudine Mukamana, Otieno Wafula…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


def _has(found, person, title, org):
    return any(p == person and t == title and (org is None or o == org) for p, t, o, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "Amb." (ambassador) before the apposed name keeps the sentence whole
    ("The talks were opened on Monday by a Minister of State, Amb. Claudine Mukamana, in Huye.",
     "Claudine Mukamana", "minister of state", None),
    ("Kenya's envoy to Uganda, Amb. Otieno Wafula, said the border post at Busia would open.",
     "Otieno Wafula", "envoy to Uganda", "Kenya"),
])
def test_relations_positions_dotted_ambassador(nlp, text, person, title, org):
    assert _has(positions(nlp, text), person, title, org)


@pytest.mark.parametrize("name, made", [
    # an outlet's language edition named as the employer of a post ("a reporter for Gulf Post English")
    ("Gulf Post English", True),
    ("Daily Nation French", True),
    # a people stays no body
    ("Ordinary Kazakhs", False),
    ("British English", False),
])
def test_relations_positions_edition_outlet_org(name, made):
    from graph.entities import resolve_entities
    from graph.models import Mention

    res = resolve_entities([])
    assert (res.ensure(Mention("t.txt", 0, len(name), name, "ORG"), "Organization") is not None) == made
