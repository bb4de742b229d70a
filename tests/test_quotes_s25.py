"""graph.quotes: an age nominal the parser split up, an office verb in a relative clause, "the text" of a
statement, a capitalised title with a complement before a name, and a name something is known as.

Every quote here is invented; people and bodies are invented, the countries real ones from the gazetteer.
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes as _quotes, speaker as _speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("\"We walked for three days and the guards turned us back at the bridge,\" Musa Tolsby, who heads the "
     "fishermen's union in Varnek, told reporters.\n\n"
     "\"Where are our boats supposed to go? Into the fields?\" the 58-year-old asked.\n",
     "Where are our boats", "Musa Tolsby"),
])
def test_quotes_split_age_nominal_takes_up_the_last_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Petar Lind, who chaired the Tolsby Water Board until it was dissolved in 2004, recalled that the "
     "dispute came up every year.\n\n"
     "\"Nobody wanted to touch it. It was a long night whenever it did,\" the former chairman said.\n",
     "Nobody wanted to touch it", "Petar Lind"),
    ("Petar Lind, who led the Varnek Farmers Party for a decade, said little had changed.\n\n"
     "\"We never got an answer,\" the former leader said.\n", "We never got an answer", "Petar Lind"),
])
def test_quotes_office_verb_in_relative_clause_gives_the_title(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The Ruritanian Foreign Ministry protested on Monday against the new barracks.\n\n"
     "In a statement put out late that evening, the ministry labelled the move \"an insult to our nation\" "
     "and asked for an apology.\n\n"
     "\"Ruritania will never accept a foreign garrison on its land. The treaty was signed under duress,\" "
     "the text reads.\n", "Ruritania will never accept", "Ruritanian Foreign Ministry"),
    ("The Varnek Council met on Tuesday. In a declaration adopted after the meeting, the council rejected "
     "the plan.\n\n\"The council will not accept any ruling that divides the valley,\" the document says.\n",
     "will not accept any ruling", "Varnek Council"),
])
def test_quotes_generic_text_noun_takes_up_the_statement(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("French Ambassador to Brazil Hélène Varga sounded upbeat in a chat with a local paper.\n\n"
     "\"We are old partners,\" she said.\n", "old partners", "Hélène Varga"),
])
def test_quotes_title_with_complement_before_name_is_no_second_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ana Varga said the garden, known to several generations of visitors as \"the maze\", was planted in "
     "the 1930s.\n", "the maze"),
    ("Ana Varga said the old mill, nicknamed \"the giant\", had stood for a century.\n", "the giant"),
    ("Marek Osten said the square, referred to by residents as \"the bowl\", floods every spring.\n", "the bowl"),
])
def test_quotes_name_known_as_is_nobodys_words(nlp, text, name):
    assert not [q for q in _quotes(nlp, text) if name in q.text and q.speaker is not None]


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Marek Osten described the plan as \"a step backwards for everyone\" and left the room.\n",
     "a step backwards", "Marek Osten"),
])
def test_quotes_described_as_is_still_a_quote(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Efren Tolsa Varga, skipper of a small trawler, spoke to reporters by phone on Friday.\n\n"
     "\"They held us at the pier until dawn,\" Tolsa said.\n\n"
     "His sister, Lucia Tolsa, who runs the family shop, said the nets had been cut.\n",
     "They held us at the pier", "Efren Tolsa Varga"),
    ("Julio Tolsa Varga runs a small ferry across the bay together with his wife, Lucia Brel Tolsa.\n\n"
     "\"We lose a day every time the wind turns,\" Tolsa said.\n", "We lose a day", "Julio Tolsa Varga"),
])
def test_quotes_first_of_two_surnames_takes_up_the_earlier_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker
