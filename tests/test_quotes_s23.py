"""graph.quotes: a lower-case state body ("Norway's foreign ministry said") takes up the state's named body.

Every quote here is invented; Ruritania is an invented state, Norway a real one from the gazetteer.
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
    ("Norway's Ministry of Foreign Affairs summoned the envoy.\n\n"
     "\"The patrols will go on,\" Norway's foreign ministry said in a statement.\n", "The patrols will go on",
     "Ministry of Foreign Affairs"),
    ("Ruritania's Ministry of Foreign Affairs summoned the envoy on Monday.\n\n"
     "\"The patrols will go on,\" the Ruritanian foreign ministry said in a statement.\n", "The patrols will go on",
     "Ministry of Foreign Affairs"),
])
def test_quotes_lower_case_state_body_takes_up_its_named_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("Talks on the fishing zone stalled on Monday.\n\n"
     "\"We will not accept new quotas,\" the Chilean defence ministry said.\n", "We will not accept"),
    ("Talks on the fishing zone stalled on Monday.\n\n"
     "\"The patrols will go on,\" Norway's foreign ministry said in a statement.\n", "The patrols will go on"),
])
def test_quotes_state_body_without_a_named_body_is_not_its_state(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) not in {"Chile", "Norway", "Chilean"}
