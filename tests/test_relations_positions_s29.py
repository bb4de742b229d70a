"""graph.relations positions: a parish's posts, a short lead-in before the setting place, and a post whose
holder the next sentence names.

Every sentence here is invented (Ruritania, Varnek, Tolsby, Ana Varga, Petar Lind, Marek Osten…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Petar Lind, 79, a former churchwarden of the parish, told us the draughty nave was no loss.",
     ("Petar Lind", "churchwarden", None, True)),
    ("Ana Varga, the curate, said the roof fund was nearly full.", ("Ana Varga", "curate", None, False)),
])
def test_relations_parish_post_in_apposition(nlp, text, expected):
    assert expected in positions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Further north in Tolsby, the mayor, Ana Varga, said shops had stayed shut all week.",
     ("Ana Varga", "mayor", "Tolsby")),
    ("Across the bay in Varnby, Portugal, the mayor, Jean-Marc Oleva, said the ferries were full.",
     ("Jean-Marc Oleva", "mayor", "Varnby")),
])
def test_relations_local_office_of_setting_after_lead_in(nlp, text, expected):
    assert expected in [p[:3] for p in positions(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile's Minister of Foreign Affairs sought on Friday to reassure fishermen after a senator demanded "
     "two islands back.\n\nTomas Oleva Rinn told a news briefing in Santiago that the demand was not "
     "policy.\n", ("Tomas Oleva Rinn", "minister of foreign affairs", "Chile")),
])
def test_relations_post_named_in_next_sentence(nlp, text, expected):
    assert expected in [p[:3] for p in positions(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # the next sentence's name has an apposition of its own: someone else
    ("Chile's Minister of Foreign Affairs sought on Friday to reassure fishermen.\n\n"
     "Tomas Oleva Rinn, a trawler owner, said the demand was reckless.\n", "Tomas Oleva Rinn"),
    # the holder named before: the next sentence's name is not the post's
    ("Ana Varga met the fishermen on Monday. Chile's Minister of Foreign Affairs sought to reassure them.\n\n"
     "Ana Varga said the talks had gone well.\n", "Ana Varga"),
])
def test_relations_post_named_in_next_sentence_not_someone_else(nlp, text, person):
    assert not [p for p in positions(nlp, text) if p[0] == person and "foreign" in p[1]]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marek Osten, 71, a retired petty officer, keeps a bar in Tolsby.", ("Marek Osten", "petty officer", None, True)),
    ("Ana Varga, a maritime lawyer, said the treaty was clear.", ("Ana Varga", "maritime lawyer", None, False)),
    ("Dr Petar Lind, a constitutional lawyer, thinks the case is weak.",
     ("Petar Lind", "constitutional lawyer", None, False)),
])
def test_relations_rank_or_field_word_kept_in_the_title(nlp, text, expected):
    assert expected in positions(nlp, text)
