"""graph.quotes speakers: a definite title that takes up a person introduced with the abbreviated title ("Sen. X"
... "the senator said", "Insp. X" ... "the inspector said").

Every sentence here is invented (Rodrigo Albisu, Nadia Kerr, Marta Quiroga…).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ('Insp. Nadia Kerr led the inquiry. Kerr spoke on Friday. "The file is closed," the inspector said.',
     "The file is closed", "Nadia Kerr"),
    # (guards: most names were taken up before, through the words the tagger put in the name)
    ('Sen. Rodrigo Albisu wants Uruguay to raise the matter of the island again. Albisu tabled a motion on Tuesday. '
     '"Everyone sees it from the shore. It is ours," the senator said.', "It is ours", "Rodrigo Albisu"),
    ('Sen. Marta Quiroga tabled a motion on Friday. Quiroga spoke to reporters. "The river is ours," the senator said.',
     "The river is ours", "Marta Quiroga"),
    ('Cllr Fergal Dunne backed the motion. Dunne spoke at the meeting. "The pitch is needed," the councillor said.',
     "The pitch is needed", "Fergal Dunne"),
])
def test_quotes_abbreviated_title_taken_up(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
