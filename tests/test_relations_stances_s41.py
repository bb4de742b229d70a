"""graph.relations stances on sites named after a person ("the X Tomb", "the X Lighthouse"): the name is a
place, never a person; "the tomb" and "the tomb enclave" take it up later.

Every site name here is invented (Osman Pasha Tomb, Ertugrul Bey Mausoleum, Dona Maria Lighthouse...).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Greece recognises the Osman Pasha Tomb as Turkish soil.", ("Greece", "recognises", "Osman Pasha Tomb")),
    ("Portugal recognises the Dona Maria Lighthouse as Spanish territory.",
     ("Portugal", "recognises", "Dona Maria Lighthouse")),
    ("Turkish soldiers guard the Ertugrul Bey Mausoleum inside Syria. Damascus has never recognised the "
     "mausoleum enclave as Turkish territory.", ("Syria", "doesNotRecognise", "Ertugrul Bey Mausoleum")),
    ("Turkish soldiers guard the Ertugrul Bey Tomb inside Syria. Iran rejects the idea that the tomb is "
     "Turkish territory.", ("Iran", "doesNotRecognise", "Ertugrul Bey Tomb")),
])
def test_relations_site_named_after_person_is_held(nlp, text, expected):
    found = stances(nlp, text)
    assert expected in found
    assert not any(t.endswith("territory") or t.endswith("soil") for _h, _s, t in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # (guards) a surname that is also a site word is no site; a tomb described, not named, is no land
    "Estonia said it recognises Tarmo Castle as a Latvian national hero.",
    "Archaeologists in Egypt found a tomb near Luxor last week.",
])
def test_relations_site_word_without_site_gives_no_stance(nlp, text):
    assert stances(nlp, text) == set()
