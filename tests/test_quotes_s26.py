"""graph.quotes and graph.mentions: a minister's full style with two coordinated portfolios set right before the
name, which the NER reads as one body with the name.

Every quote here is invented; people and bodies are invented, the countries real ones from the gazetteer.
"""
from __future__ import annotations

import pytest

from spacy.tokens import Span

from extract_helpers import article, quotes as _quotes, speaker as _speaker
from graph.mentions import extract_mentions
from graph.quotes import extract_quotes

_STYLED = [
    ("Ruritania will sign no treaty with the rebels, Minister of External Affairs and the Citizens Living Abroad "
     "Marek Osten said Tuesday in the capital.\n\n"
     "\"Our borders are not for sale to anybody,\" Osten told journalists outside the ministry.\n",
     "borders are not for sale", "Marek Osten"),
    ("The ferry will run again in May, Minister of Transport and the Island Communities Ana Varga said on Friday.\n\n"
     "\"Every island deserves its boat twice a day,\" Varga said.\n",
     "Every island deserves", "Ana Varga"),
    ("No deal was signed, Minister of Trade and the National Economy Petar Lind said on Monday.\n\n"
     "\"The talks will go on next week,\" Lind added.\n",
     "talks will go on", "Petar Lind"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", _STYLED)
def test_quotes_name_after_coordinated_portfolio_is_the_speaker(nlp, text, words, speaker):
    """"Minister of X and the Y Z Ana Pop said": the speaker is the name, not the portfolio's tail with it."""
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", _STYLED)
def test_mentions_name_after_coordinated_portfolio_is_a_person(nlp, text, words, speaker):
    """The mention step gives the name alone as a person, and no mention holds the portfolio's tail with it."""
    found = [m.mention for m in extract_mentions(nlp(text), article(text, path=""))]
    assert any(m.text == speaker and m.label == "PERSON" for m in found)
    assert not any(m.text.endswith(speaker) and m.text != speaker for m in found)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("\"The fleet is ready,\" said the Minister of Fisheries and Coastal Policy on Monday.\n", "fleet is ready", None),
])
def test_quotes_coordinated_portfolio_without_name_gives_no_person(nlp, text, words, speaker):
    """A portfolio with no name after it is cut into no person."""
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("name, later", [
    ("Petar Ag Dorvalek", "Ag Dorvalek"),
    ("Ana Ould Versani", "Ould Versani"),
])
def test_quotes_surname_read_as_nationality_after_a_cut_name_is_the_person(nlp, name, later):
    """'"...," Ag X said' after "[Petar Ag] X, the spokesman": the tagger cut the full name before its surname and
    read the later surname as a nationality; the surname still names the person."""
    text = (f"{name}, the group's spokesman, said in a video that the rebels had \"held the valley for a year\".\n\n"
            f"\"We want only what is ours,\" {later} said.\n")
    doc = nlp(text)
    first = [t.i for t in doc if t.text == name.split()[0]][0]
    surname = [t.i for t in doc if t.text == name.split()[-1]][-1]
    doc.ents = [Span(doc, first, first + 2, label="PERSON"), Span(doc, surname, surname + 1, label="NORP")]
    found = list(extract_quotes(doc, article(text)))
    assert _speaker(found, "what is ours") in (later, name)
