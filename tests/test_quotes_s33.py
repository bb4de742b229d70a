"""graph.quotes speakers: a Welsh member of the Senedd named with the post-nominal "MS" is a person who speaks.

Every sentence here is invented (Eira Lloyd, Gethin Morgan…).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name, quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    # the member's post-nominal after the full name: the name alone is a person
    ("Eira Lloyd MS, who sits for Plaid Cymru in Ceredigion, welcomed the grant. Writing online, she "
     "wrote: \"This is a fine day for the valley.\"", "fine day for the valley", "Eira Lloyd"),
    ("Gethin Morgan MS said the bridge in Llandovery must reopen. \"People here have waited far too long,\" he added.",
     "waited far too long", "Gethin Morgan"),
])
def test_quotes_post_nominal_member_speaker(nlp, text, words, who):
    found = quotes(nlp, text)
    assert who in (speaker(found, words) or "")
    assert entities_by_name(nlp, text).get(who) == (who, "Person")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    # a state's postal code after a city stays no person
    ("Flooding closed roads around Jackson MS on Sunday, the state said.", "Jackson"),
])
def test_quotes_post_nominal_not_person(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (name, ""))[1] != "Person"
