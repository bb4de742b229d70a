"""graph.quotes and entities, session 46, second batch: a surname written in capitals (the francophone press style:
"Hortense AGOSSOU-DOSSA", "Mrs AGOSSOU-DOSSA") is a person's name, not an acronym; "The Municipal Chief Executive
of X, Mr NAME, said" has NAME as its speaker (capitalised words of the title before it); "Hon." before a name
ends no sentence ('"...," Foreign Affairs Minister Hon. NAME said').

Every person and place here is invented (Hortense Agossou-Dossa, Rasmané Tiendré, Samuel Oppong-Tetteh, Tolsby).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name, quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Benin's foreign minister, Hortense AGOSSOU-DOSSA, spoke first.\n\n\"The pillars are a survey matter,\" "
     "Mrs AGOSSOU-DOSSA said.", "The pillars are a survey", "Hortense AGOSSOU-DOSSA"),
    ("The Municipal Chief Executive of Tolsby, Mr Samuel Oppong-Tetteh, said the assembly would run a shuttle "
     "bus.\n\n\"Patients should not pay for a taxi,\" he said.", "Patients should not pay", "Samuel Oppong-Tetteh"),
    ("\"The rock is ours,\" Home Affairs Minister Hon. Desmond Tolby said on Thursday.", "The rock is ours",
     "Desmond Tolby"),
])
def test_quotes_capitalised_surnames_and_titled_office_holders(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Rasmané TIENDRÉ met his counterpart on Monday.", "Rasmané TIENDRÉ"),
    ("Benin's foreign minister, Hortense AGOSSOU-DOSSA, spoke first.", "Hortense AGOSSOU-DOSSA"),
])
def test_quotes_capitalised_surname_names_a_person(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (name, None))[1] == "Person"
