"""graph.quotes: a surname two relatives share names the person the article is about, not the relative.

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
    ("Petar Lind, 64, grows plums near Tolsby with his wife Ana Lind.\n\n"
     "\"The frost came early and took half the crop,\" Lind said.\n", "The frost came early", "Petar Lind"),
    ("Marek Osten has fished off Varnek for thirty years. His wife, Ana Osten, sells the catch at the quay.\n\n"
     "\"Nobody asks us what we think of the border,\" Osten said.\n", "Nobody asks us", "Marek Osten"),
    ("Tomas Vrba, who keeps goats above the valley together with his daughter Lena Vrba, met the inspectors.\n\n"
     "\"They counted every animal twice,\" Vrba said.\n", "They counted every animal", "Tomas Vrba"),
])
def test_quotes_shared_surname_names_the_one_not_a_relative(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Petar Lind, 64, grows plums near Tolsby with his wife, Ana Lind.\n\n"
     "\"We sold the tractor last spring,\" Mrs Lind said.\n", "We sold the tractor", "Ana Lind"),
])
def test_quotes_shared_surname_honorific_keeps_the_relative(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The Varnek Herald said on Sunday that the council had misled voters, in an editorial on the ferry deal.\n\n"
     "\"The council owes the town an apology,\" the paper said.\n", "owes the town", "Varnek Herald"),
    ("The Tolsby Gazette criticised the plan in an editorial on Friday.\n\n"
     "\"This is a harbour built for nobody,\" the newspaper said.\n", "harbour built for nobody", "Tolsby Gazette"),
])
def test_quotes_the_paper_takes_up_a_masthead_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("The Varnek Herald backed the plan on Friday. The Tolsby Courier, its rival, attacked it.\n\n"
     "\"This is a harbour built for nobody,\" the paper said.\n", "harbour built for nobody"),
])
def test_quotes_the_paper_needs_one_masthead_name(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None
