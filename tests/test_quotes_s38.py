"""graph.quotes speakers: honorifics of other house styles open a name and are no part of it: French "M." and
"Mme", Sesotho "Ntate", Burmese "U" and "Daw".

Every sentence here is invented (Ahmed Saïd Mroivili, Thabo Lerotholi, Kyaw Min Htet…).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("M. Ahmed Saïd Mroivili, the island's governor, spoke at the harbour. \u00ab The ferry will sail again on "
     "Monday, and the fishermen will be paid, \u00bb he said.", "ferry will sail again", "Ahmed Saïd Mroivili"),
    ("Ntate Thabo Lerotholi, a farmer near the river, was blunt. \"The fence cuts our fields in two and nobody "
     "asked us,\" he said.", "fence cuts our fields", "Thabo Lerotholi"),
    ("U Kyaw Min Htet, a township elder, stood by the gate. \"The bridge has been closed since the rains and the "
     "market is empty,\" he said.", "bridge has been closed", "Kyaw Min Htet"),
    ("Daw Khin Sandar Win, a teacher at the school, spoke first. \"Half of my pupils walk two hours each way to "
     "class,\" she said.", "Half of my pupils", "Khin Sandar Win"),
])
def test_quotes_house_style_honorifics(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
