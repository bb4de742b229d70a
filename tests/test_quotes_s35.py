"""graph.quotes speakers: a surname the tagger reads as "said" before a "who" clause; West African pilgrim titles.

Every sentence here is invented (Karim Sayed, Musa Danjuma, Yves Marett…).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name, quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    # a surname that looks like a past participle, then a relative clause set off by commas, then the cue
    ("Karim Sayed, once the mayor of Luxor, said the farmers were angry. \u201cThe canal has been empty since "
     "April,\u201d Sayed, who today manages a clinic in Luxor, told Reuters. \u201cNo engineer came.\u201d",
     "canal has been empty since April", "Karim Sayed"),
    ("Karim Sayed, once the mayor of Luxor, said the farmers were angry. \u201cThe canal has been empty since "
     "April,\u201d Sayed, who today manages a clinic in Luxor, told Reuters. \u201cNo engineer came.\u201d",
     "No engineer came", "Karim Sayed"),
])
def test_quotes_surname_read_as_cue_before_relative_clause(nlp, text, words, who):
    assert who in (speaker(quotes(nlp, text), words) or "")


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    # the honorific of a pilgrim in Hausa usage opens the name and is no part of it
    ("Alhaji Musa Danjuma, who leads the grain traders in Kano, spoke first. \u201cPrices have doubled since "
     "the rains,\u201d he said.", "Prices have doubled", "Musa Danjuma"),
    ("His sister, Hajiya Zainab Danjuma, runs a stall at the Kano market. \u201cWe sell half of what we "
     "sold,\u201d she said.", "We sell half", "Zainab Danjuma"),
])
def test_quotes_west_african_pilgrim_honorific(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
    assert entities_by_name(nlp, text).get(who) == (who, "Person")


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    # a name after a closing mark with an ordinary cue and a "who" clause still reads as before
    ("\u201cThe bridge must reopen,\u201d said Yves Marett, who chairs the roads committee.",
     "bridge must reopen", "Yves Marett"),
])
def test_quotes_ordinary_cue_before_relative_clause(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
