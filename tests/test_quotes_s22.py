"""graph.quotes: interview speaker labels and "the party" taking up a party's name.

Every sentence here is invented (Ruritania, Varnek, Tolsby, Ana Varga, Petar Lind, Marek Osten…).
"""
from __future__ import annotations

import pytest

from graph.models import Article, Quote
from graph.quotes import extract_quotes


def _quotes(nlp, text: str) -> list[Quote]:
    return list(extract_quotes(nlp(text), Article(id="t.txt", path="t.txt", raw=text, text=text)))


def _speaker(quotes: list[Quote], words: str) -> str | None:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, f"{words!r} in {[q.text for q in quotes]}"
    return found[0].speaker.text if found[0].speaker else None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("We talked to Petar Lind, who runs the Varnek ferry line.\n\nQ: Are fares going up?\n"
     "Lind: \"Not this winter. We froze them until spring at least.\"\n", "Not this winter", "Petar Lind"),
])
def test_quotes_speaker_label_of_transcript(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("Petar Lind spoke at length.\n\nQ: \"Will you stand again next year for the council?\"\n", "Will you stand"),
    ("Norway: \"A country that never sleeps and never forgets its friends.\"\n",
     "never sleeps"),
])
def test_quotes_speaker_label_needs_a_name(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) not in ("Q", "Norway")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The Varnek Liberty Front called the budget \"a gift to landlords\". In a press release, the party said: "
     "\"Rents will rise and tenants will pay for it.\"", "Rents will rise", "Varnek Liberty Front"),
    ("The Tolsby Reform Movement dismissed the plan as \"theatre\". Later the party said: "
     "\"We will vote against it in every committee.\"", "We will vote", "Tolsby Reform Movement"),
])
def test_quotes_party_takes_up_party_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker
