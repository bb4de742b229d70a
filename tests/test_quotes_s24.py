"""graph.quotes: session 24 speaker rules (unnamed state ministries, ...).

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
    ("Talks on the fishing zone stalled on Monday.\n\n"
     "The Norwegian foreign ministry said: \"We will not accept new quotas in our waters.\"\n",
     "We will not accept", "Norwegian foreign ministry"),
    ("Talks on the fishing zone stalled on Monday.\n\n"
     "\"The patrols will go on,\" the Chilean defence ministry said.\n", "The patrols will go on",
     "Chilean defence ministry"),
    ("Grain barges waited at the river mouth for a third day.\n\n"
     "In a statement, the Peruvian agriculture ministry said: \"The barges must be inspected first.\"\n",
     "The barges must be inspected", "Peruvian agriculture ministry"),
])
def test_quotes_unnamed_state_ministry_speaks_itself(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("Grain barges waited at the river mouth for a third day.\n\n"
     "\"The barges must be inspected first,\" the Peruvian government said.\n", "The barges must be inspected"),
])
def test_quotes_unnamed_state_government_is_not_taken_as_a_body(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) != "Peruvian government"


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("Talks on the fishing zone stalled on Monday.\n\n"
     "\"The patrols will go on,\" the Chilean foreign ministry said.\n\n"
     "Later, Chile's Ministry of Fisheries summoned the envoy.\n", "The patrols will go on"),
    ("Talks on the fishing zone stalled on Monday.\n\n"
     "\"The patrols will go on,\" Norway's foreign ministry told reporters.\n", "The patrols will go on"),
])
def test_quotes_state_ministry_named_elsewhere_or_possessive_is_not_guessed(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The mayor of Tolsby visited the camp on Sunday.\n\n"
     "Ana Varga shook her head. \"We will not leave this place until the water comes back.\"\n",
     "We will not leave", "Ana Varga"),
    ("The mayor of Tolsby visited the camp on Sunday.\n\n"
     "Petar Lind folded his arms. \"I have heard these promises since my youth.\"\n", "I have heard", "Petar Lind"),
    ("The mayor of Tolsby visited the camp on Sunday.\n\n"
     "Marek Osten pointed to the dry well behind the school. \"We used to draw water here every morning.\"\n",
     "We used to draw water", "Marek Osten"),
    ("The mayor of Tolsby visited the camp on Sunday.\n\n"
     "Ana Varga sat outside her tent.\n\n\"We will not leave this place until the water comes back.\"\n",
     "We will not leave", "Ana Varga"),
])
def test_quotes_action_sentence_introduces_cueless_quote(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("The mayor of Tolsby visited the camp on Sunday.\n\n"
     "Petar Lind met Ana Varga in the square. \"We have heard these promises for ten years.\"\n", "We have heard"),
    ("The mayor of Tolsby visited the camp on Sunday.\n\n"
     "Marek Osten was arrested in May. \"We had no warning at all.\"\n", "We had no warning"),
    ("The mayor of Tolsby visited the camp on Sunday.\n\n"
     "Mr Marek Osten shook her hand. \"We had no warning at all.\"\n", "We had no warning"),
])
def test_quotes_action_sentence_with_other_people_gives_no_speaker(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "In Lind's words, \"the harvest fund is empty and nobody will say why.\"\n", "the harvest fund", "Petar Lind"),
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "\"The harvest fund is empty,\" in the words of Petar Lind.\n", "The harvest fund", "Petar Lind"),
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "Those were Lind's words: \"The harvest fund is empty and nobody will say why.\"\n", "The harvest fund",
     "Petar Lind"),
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "This was Lind's answer: \"The harvest fund is empty and nobody will say why.\"\n", "The harvest fund",
     "Petar Lind"),
])
def test_quotes_owner_of_words_speaks(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "In other words, \"the harvest fund\" was a name for nothing.\n", "the harvest fund"),
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "In other words, \"the harvest fund is empty and nobody will say why.\"\n", "the harvest fund is empty"),
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "The fund, in the words of Lind, is \"empty and nobody will say why.\"\n", "empty and nobody"),
])
def test_quotes_words_phrase_not_next_to_quote_gives_no_speaker(nlp, text, words):
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if words in q.text and q.speaker is not None]


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "Lind was asked whether the party would sign. \"We will never sign this deal.\"\n", "We will never sign",
     "Petar Lind"),
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "Mr Lind was asked about the grain levy on Tuesday. \"We will never sign it.\"\n", "We will never sign",
     "Petar Lind"),
])
def test_quotes_person_asked_answers_cueless_quote(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "Lind was asked by Ana Varga whether the party would sign. \"We will never sign this deal.\"\n",
     "We will never sign"),
    ("Petar Lind, the party leader, spoke in Tolsby on Monday.\n\n"
     "Lind was asked to leave the hall. \"We will never sign this deal.\"\n", "We will never sign"),
])
def test_quotes_asked_with_other_person_or_request_gives_no_speaker(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None
