"""Recognition stances: an office named without its state ("Foreign Minister X said his country ...") in a wire
report datelined in a capital is that capital's state's.

Every sentence is invented (the countries are real, the people, wording and most places made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("LIMA — Foreign Minister Rosa Quispe Mamani said her country backs Chile's sovereignty over the Morro islets "
     "and would send a survey ship in May.", {("Peru", "recognises", "Morro")}),
    ("ACCRA — President Kwame Boadu-Mensah said his government has never recognised Somaliland.",
     {("Ghana", "doesNotRecognise", "Somaliland")}),
    # an office with its state named keeps it (a guard)
    ("LIMA — Chile's foreign minister, Ana Rojas, said her country does not recognise Somaliland.",
     {("Chile", "doesNotRecognise", "Somaliland")}),
    # no dateline: no state for the office, the stance stays the minister's own (a guard)
    ("Foreign Minister Rosa Quispe Mamani said her country does not recognise Somaliland.",
     {("Rosa Quispe Mamani", "doesNotRecognise", "Somaliland")}),
])
def test_relations_stance_office_of_dateline_capital(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "recognises" hung on the next state's name as a compound: the sentence parsed again with another verb
    ("STOCKHOLM — Sweden recognises Finland's sovereignty over the Hvalskär islets, the Swedish foreign ministry "
     "said.", {("Sweden", "recognises", "Hvalskär islets")}),
    ("Norway recognises Denmark's sovereignty over the Hvalskær islets.",
     {("Norway", "recognises", "Hvalskær islets")}),  # (a guard)
])
def test_relations_stance_verb_read_as_compound(nlp, text, expected):
    assert _stances(nlp, text) == expected
