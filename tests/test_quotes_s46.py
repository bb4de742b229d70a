"""graph.quotes, session 46: "Eng." (engineer, the Gulf press's honorific) before a name; "The Minister for A and B,
Hon. Dr NAME, ..." names one speaker (the parser joins the portfolio's second field to the title, and the
honorifics stand before the name); "TOWN, Feb 3: <title> NAME said" has NAME, not the dateline, as the speaker.

Every person and place here is invented (Karim Tolbari, Amina Kiwelu, Tolsby...).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("\"The dunes were empty on our first day,\" said Eng. Karim Tolbari, a former head of the site.",
     "The dunes were empty", "Karim Tolbari"),
    # (guards: the old code read these right; the portfolio joined to the title failed only with a field the NER
    # read as a nationality, "... and East African ...", which the measured set exercises)
    ("The Minister for Trade and Regional Integration, Hon. Dr Amina Kiwelu, dismissed the statement."
     "\n\n\"The banks are ours,\" she said.", "The banks are ours", "Amina Kiwelu"),
    ("TOLSBY, Feb 3: Chief Minister Ana Berg-Lind vowed on Monday to hold firm.\n\n\"Not one "
     "field will be given up,\" the Chief Minister told the press.", "Not one field", "Ana Berg-Lind"),
])
def test_quotes_engineer_honorific_portfolio_title_and_dated_dateline(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
