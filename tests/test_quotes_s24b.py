"""graph.quotes: a "retired" / "ex-" role noun takes up a former title holder; the reader of a statement speaks
the words '"...," the statement said' gives.

Every quote here is invented; people and bodies are invented, the countries real ones from the gazetteer.
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
    ("Petar Lind, a former Chilean ambassador to Peru, dismissed the plan.\n\n"
     "\"It would be a mistake,\" said the retired diplomat, who served in Lima for four years.\n",
     "It would be a mistake", "Petar Lind"),
    ("Tomas Brel, a former Peruvian envoy to Chile, was unmoved.\n\n"
     "\"Nothing has changed,\" the retired envoy told reporters.\n", "Nothing has changed", "Tomas Brel"),
])
def test_quotes_retired_role_takes_up_a_former_holder(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The ministry summoned the envoy on Monday. Its spokesman, Marek Osten, then read a statement on "
     "television.\n\n\"We will not revisit the matter,\" the statement said.\n",
     "We will not revisit the matter", "Marek Osten"),
])
def test_quotes_reader_of_a_statement_speaks_it(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tomas Brel, the Peruvian envoy to Chile, was unmoved.\n\n"
    "\"Nothing has changed,\" the retired envoy told reporters.\n",
])
def test_quotes_retired_role_does_not_take_up_a_serving_holder(nlp, text):
    assert all(q.speaker is None or "Brel" not in q.speaker.text for q in _quotes(nlp, text))
