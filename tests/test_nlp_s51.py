"""graph.nlp, session 51: "regarded the whole of X as Y-ian territory" names X as an unlisted territory.

The names are invented; the NER reads "the X Boreal" as an organisation.
"""
from __future__ import annotations

import pytest

from graph.nlp import find_unlisted_territories


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Colombia views the whole of the Varn Boreal as Paraguayan territory.",
     [("Varn Boreal", "Varn Boreal")]),
    ("Peru regards the rest of the Tolsk Bajo as Chilean territory.", [("Tolsk Bajo", "Tolsk Bajo")]),
])
def test_nlp_whole_of_a_land_regarded_as_owned(nlp, text, expected):
    with nlp.select_pipes(disable=["unlisted_territories"]):
        bare = nlp(text)
    assert [(bare[s:e].text, canonical) for s, e, canonical in find_unlisted_territories(bare)] == expected
