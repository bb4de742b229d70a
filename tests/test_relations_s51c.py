"""graph.relations and graph.nlp, session 51 (third round).

Stances: "a self-declared council which claimed control of the X region" (X an unlisted region); a self-declared
administration in a listed city is no stance on the city.

Every place and body here is invented (Varnak) except the listed lands, cities and states the rules
look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile does not recognise a self-declared council which claimed control of the Varnak region at the weekend.",
     ("Chile", "doesNotRecognise", "Varnak")),
])
def test_relations_council_region_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert expected in {(h, s, t) for h, s, t in found}, found


@pytest.mark.model
def test_relations_self_declared_body_in_a_listed_city_is_no_stance_on_it(nlp):
    """"rejecting a self-declared administration in <city>" with "in" hung on the verb: the city is its seat."""
    found = stances(nlp, "Pretoria joined Lusaka in rejecting a self-declared administration in Mombasa, as troops "
                         "moved in on Tuesday.")
    assert not {t for h, s, t in found if t == "Mombasa"}, found
