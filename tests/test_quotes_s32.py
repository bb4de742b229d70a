"""graph.quotes: a sentence opened by a bare participle ("Reacting, the spokeswoman ..., NAME, said:"), a body
whose name the tagger cut at its "and".

Every sentence here is invented (Tomas Okoro, Browning…).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    # the participle the parser made the subject; the apposed name speaks
    ("Reacting, the spokeswoman for the Trade Ministry, Ambassador Tomas Okoro, said: \"Kenya is one country. "
     "We do not recognise the group.\"", "Kenya is one country", "Tomas Okoro"),
    # a ministry whose name NER cut after "and"
    ("In Lima, Peru's Ministry of Economic Affairs and Regional Trade said in a statement: \"Peru refuses to "
     "accept the new map. Our view is unchanged.\"", "Peru refuses", "Ministry of Economic Affairs and Regional Trade"),
])
def test_quotes_misparsed_subject_speaker(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    # a person's name that ends in "-ing", with one apposition, stays the speaker
    ("Browning, the envoy, said: \"We will talk again next week.\"", "We will talk", "Browning"),
])
def test_quotes_ing_name_still_speaks(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
