"""graph.relations stances, fourth batch: "rejected the claim that X had become an independent state" (and a
country's "military council" or "junta" as its holder); "Rapa Nui" is the listed Easter Island; a description the
text uses as the area's name keeps all its modifiers ("the outer polar shelf"), and a body's name ending in the same
noun (a UN commission "on the ... Continental Shelf") is no proper name of the area; a minister's title and name set
after the land are no land.

Territory names are invented (Tolvang, Kelmar) except the listed ones the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Laos's military council rejected the claim that Tolvang had become an independent state.",
     {("Laos", "doesNotRecognise", "Tolvang")}),
    ("Fiji does not accept that Rapa Nui belongs to Chile.", {("Fiji", "doesNotRecognise", "Easter Island")}),
    ("Fiji's premier said that his government rejects the idea that Rapa Nui is Chilean.",
     {("Fiji", "doesNotRecognise", "Easter Island")}),
    ("Chile's navy charted the outer polar shelf last week. Argentina does not accept Chile's claim to the outer polar "
     "shelf. Chile dismisses the claim that the outer polar shelf belongs to Argentina. Peru backs Chile's sovereignty "
     "over the outer polar shelf. A UN Commission for the Outer Edges of the Continental Shelf has not ruled.",
     {("Argentina", "doesNotRecognise", "outer polar shelf"), ("Chile", "doesNotRecognise", "outer polar shelf"),
      ("Peru", "recognises", "outer polar shelf")}),
    # (guard: the old code read this right)
    ("Ghana backs Togo's sovereignty over Kelmar, the Minister of Regional Integration, Hon. Ama Owusu-Berg, has said, "
     "after exiles proclaimed a kingdom.", {("Ghana", "recognises", "Kelmar")}),
])
def test_relations_statehood_claims_listed_aliases_and_named_descriptions(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [  # (guards: the old code gave none either)
    "The city council rejected the claim that Tolvang had become an independent state.",
    "Serbia rejects the claim that Ana Lind has become an independent state.",
])
def test_relations_statehood_claim_needs_a_state_and_a_land(nlp, text):
    assert stances(nlp, text) == set()
