"""graph.relations stances: names led by a number ("the 22-Mile Strip", "Mile 9"); a holder inside a quote the
parser joined to the speaker outside it; "the islands of A and B-C" (two names, not one shared head); a dated
dateline closed by a colon ("TOWN, June 3: ...") is no holder.

Every person and place name here is invented (22-Mile Strip, Mile 9, Ana Tebano, Umm Al-Jalid...).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ethiopia has never recognised Sudanese administration of the 22-Mile Strip, the ministry said.",
     {("Ethiopia", "doesNotRecognise", "22-Mile Strip")}),
    ("Uganda considers Mile 9 part of South Sudan, the envoy said.", {("Uganda", "recognises", "Mile 9")}),
    ("Ana Tebano, the Solomon Islands' envoy in Taipei, posted on Facebook: “The Solomon Islands backs Taiwan's "
     "sovereignty over Matsu, today and always.”", {("Solomon Islands", "recognises", "Matsu")}),
    ("Qatar reaffirmed Bahrain's jurisdiction over the islands of Hawar and Umm Al-Jalid.",
     {("Qatar", "recognises", "Hawar"), ("Qatar", "recognises", "Umm Al-Jalid")}),
    ("MANAMA, June 3: Qatar on Tuesday reaffirmed Bahrain's sovereignty over Hawar, ending a week of argument.",
     {("Qatar", "recognises", "Hawar")}),
    # (guards: the old code read these right)
    ("Ben Kabua, Tuvalu's envoy to Taiwan, wrote on Facebook: “Tuvalu supports Taiwan's sovereignty over Matsu, "
     "now and always.”", {("Tuvalu", "recognises", "Matsu")}),
    ("Iran does not accept the UAE's claim to Greater and Lesser Tunb.",
     {("Iran", "doesNotRecognise", "Greater Tunb"), ("Iran", "doesNotRecognise", "Lesser Tunb")}),
])
def test_relations_numbered_quoted_and_listed_held_names(nlp, text, expected):
    assert stances(nlp, text) == expected
