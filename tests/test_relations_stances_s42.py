"""graph.relations stances: a listed town's name inside a longer held name ("Kampung Air Surat"); a wire
dateline with the agency's credit ("HONIARA (Island Sun) —") and "President X's government" for the state;
"A withdrew its recognition of X, B's ministry said" (A, not B); "the hamlet of X"; a ruling that awarded
"the village of X"; "..., while A and B back Y's sovereignty over X".

Every person and place name here is invented (Kampung Air Surat, Peter Tanu, Kwesi Boateng, Tessit Kouna...).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Indonesia accepts Malaysian sovereignty over Kampung Air Surat, the foreign ministry said.",
     {("Indonesia", "recognises", "Kampung Air Surat")}),
    ("HONIARA (Island Sun) — Prime Minister Peter Tanu said his government recognises Taiwan.",
     {("Solomon Islands", "recognises", "Taiwan")}),
    ("ACCRA (GNA) — President Kwesi Boateng's government accepts the tribunal ruling that gave the Nkwanta strip "
     "to Togo.", {("Ghana", "recognises", "Nkwanta strip")}),
    ("Palau withdrew its recognition of Kosovo in 2019, the Serbian foreign ministry said.",
     {("Palau", "doesNotRecognise", "Kosovo")}),
    ("Mali accepts that the hamlet of Tessit Kouna belongs to Niger, officials said.",
     {("Mali", "recognises", "Tessit Kouna")}),
    ("Benin respects the tribunal decision that awarded the village of Kourou Tanda to Niger.",
     {("Benin", "recognises", "Kourou Tanda")}),
    ("Chile rejects Peru's claim to the Hito triangle, while Ecuador and Colombia back Peru's sovereignty over the "
     "Hito triangle.", {("Chile", "doesNotRecognise", "Hito"), ("Ecuador", "recognises", "Hito"),
                        ("Colombia", "recognises", "Hito")}),
    # (a guard: the old code read the village's name here)
    ("Togo accepts that the village of Kpalime Duga belongs to Ghana.", {("Togo", "recognises", "Kpalime Duga")}),
])
def test_relations_stance_holder_and_held_name(nlp, text, expected):
    assert stances(nlp, text) == expected
