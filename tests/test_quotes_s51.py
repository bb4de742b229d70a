"""graph.quotes and graph.mentions, session 51: '"...," the statement said' after "NAME explained the step in a
signed statement" (the parser hangs "in" on the verb's object); a person whose surname is also a faith or
nationality adjective ("Raymond Christian") is a person, and speaks.

Every person and place here is invented (Greta Vell, Varnland, Tomas Christian, Ana English).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name, lowered_positions, quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Varnland's Minister of Trade, Greta Vell, explained the step in a signed statement.\n\n"
     "\"We have waited for an answer for years,\" the statement said.", "We have waited for an answer",
     "Greta Vell"),
    # guards (the quote step read these speakers before too; the entity step did not, see below)
    ("Gov. Tomas Christian told reporters the bill would be signed. \"I respect the Senate,\" he said.",
     "I respect the Senate", "Tomas Christian"),
    ("Ana English runs the ferry office. \"We lose a day each week,\" Ana English said.", "We lose a day",
     "Ana English"),
])
def test_quotes_statement_in_verb_object_and_demonym_surname_speakers(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
def test_quotes_demonym_surname_holds_a_title(nlp):
    """"Gov. NAME Christian": the governor's title is held by a person whose surname is a faith's adjective."""
    found = lowered_positions(nlp, "Gov. Tomas Christian told reporters the bill would be signed.")
    assert ("Tomas Christian", "governor", None, False) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Gov. Tomas Christian told reporters the bill would be signed.", "Tomas Christian"),
    ("Anna French said the port would reopen on Monday.", "Anna French"),
])
def test_quotes_demonym_surname_is_a_person_entity(nlp, text, name):
    """A name whose last word is also a demonym is a person in the graph, not a people."""
    assert entities_by_name(nlp, text).get(name) == (name, "Person")
