"""graph.quotes speakers: a given name the tagger read as a common noun takes up the full name introduced before
it; "The Honourable" is a title, no part of a speaker's name.

Every name here is invented (Anjali Devi Rao, Jean-Paul Ngoy Kasongo...).
"""
from __future__ import annotations

import pytest

from extract_helpers import article
from graph.pipeline import extract_article
from graph.quotes import extract_quotes


@pytest.mark.model
@pytest.mark.parametrize("text, word, who", [
    ('The board met in Kuantan on Monday. Board secretary Anjali Devi Rao said an inspector would come in June.'
     '\n\n"If the court passes, Kuantan can host the junior cup next year," Anjali said.', "Anjali", "Anjali Devi Rao"),
])
def test_quotes_given_name_read_as_noun(nlp, text, word, who):
    doc = nlp(text)
    k = [t.i for t in doc if t.text == word][-1]
    doc[k].tag_, doc[k].pos_ = "NN", "NOUN"  # the tagger's misreading, set by hand
    doc.ents = [e for e in doc.ents if not e.start <= k < e.end]
    found = [q.speaker.text if q.speaker else None for q in extract_quotes(doc, article(text))]
    assert found == [who]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'The Honourable Jean-Paul Ngoy Kasongo, national deputy elected in Matadi, on Tuesday urged the government '
    'to act. The Honourable Ngoy Kasongo told the National Assembly: "Our port has no road."',
    'The Honourable Jean-Marc Kabila Mwamba, national deputy elected in Matadi, on Tuesday urged the government '
    'to act. The Honourable Kabila Mwamba told the National Assembly: "Our port has no road."',
])
def test_quotes_honourable_is_a_title(nlp, text):
    facts = extract_article(nlp(text), article(text))
    names = [nm.mention.text for nm in facts.mentions if nm.mention.label == "PERSON"]
    assert not any(n.startswith("Honou") or n.startswith("Honor") for n in names), names
