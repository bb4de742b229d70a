"""graph.quotes speakers: the "by" agent of a passive sentence as a later pronoun's antecedent; a numbered
seat before a councillor's title ("Ward 3 Coun. NAME"); "chipped in:" and a name followed by a relative
clause before a cue with no subject.

Every sentence here is invented (Ruairi Lennon, Agnieszka Wrona, Lucia Moreno...).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("The blockade was led by Ruairi Lennon, who heads the dairy cooperative of Munster, the Comhar Déiríochta "
     "de Mumhan.\n\n\"This is no blockade of anyone. We came because milk prices have halved,\" he told "
     "reporters at the gate.", "This is no blockade", "Ruairi Lennon"),
    # (a guard: the old code found the agent here)
    ("The petition was drawn up by Agnieszka Wrona, a teacher in Gdańsk, with help from Marta Zielińska de "
     "Sopot.\n\n\"Nobody answered our letters for a year,\" she said.", "Nobody answered our letters",
     "Agnieszka Wrona"),
])
def test_quotes_passive_agent_is_antecedent(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Ward 3 Coun. Dmitri Kowalchuk objected. He said the library had waited long enough.\n\n"
     "\"If we defer it again, the roof fails before the next budget,\" he said.", "If we defer it again",
     "Dmitri Kowalchuk"),
    ("Ward 8 Coun. Pierre Gauthier dissented. He said the pool had waited long enough.\n\n"
     "\"We cannot keep closing it every spring,\" he said.", "We cannot keep closing", "Pierre Gauthier"),
    # (a guard: the old code found the name here)
    ("Ward 5 Coun. Marek Duda disagreed. He said the pool had waited long enough.\n\n"
     "\"We cannot keep closing it every spring,\" he said.", "We cannot keep closing", "Marek Duda"),
])
def test_quotes_numbered_seat_before_title(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ('His wife, Lucia Moreno, who runs the family shop, chipped in: "All we ask is to open on time. The '
     'politicians argue."', "All we ask is", "Lucia Moreno"),
    ('His brother, Tomasz Brzeski, who keeps bees near the river, chipped in: "The water came up a metre in one '
     'night."', "The water came up", "Tomasz Brzeski"),
    ('Her neighbour, Ilse Brandt, chipped in: "Nobody told us the road would close."', "Nobody told us",
     "Ilse Brandt"),
])
def test_quotes_chipped_in_is_a_cue(nlp, text, words, who):
    found = [q for q in quotes(nlp, text) if words in q.text]
    assert [(q.speaker.text if q.speaker else None, q.cue) for q in found] == [(who, "chip in")]
