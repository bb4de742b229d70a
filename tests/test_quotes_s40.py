"""graph.quotes speakers: a quotation split by its cue with an apposition after the name; a surname label
opening a later sentence of a paragraph ('Lind: "..."'); "Those were the words of X" after a quotation.

Every sentence here is invented (Tarek Mansour, Ingrid Solheim, Oskar Lindqvist...).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ('"The road," said Omar Khalil, a surveyor in Damascus, "was paved for lighter lorries than those it now '
     'sees." He urged repairs.', "was paved for lighter", "Omar Khalil"),
    ('"The road," said Omar Khalil, a surveyor in Damascus, "was paved for lighter lorries than those it now '
     'sees." He urged repairs.', "The road", "Omar Khalil"),
    ('"The dam," said Leila Saade, a hydrologist in Tripoli, "was designed for far less rain than it now gets."',
     "was designed for far", "Leila Saade"),
    # (a guard: with no apposition the old code found the name)
    ('"The school," said Ingrid Solheim, "needs a new roof before the snow comes to Tromsø."',
     "needs a new roof", "Ingrid Solheim"),
])
def test_quotes_split_by_cue_with_apposition(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ('Fishermen in Bergen waited at the quay all morning. Harbour master Oskar Lindqvist met them at noon. '
     'Lindqvist: "No boat leaves until the wind drops below gale force."', "No boat leaves", "Oskar Lindqvist"),
    ('Mayor Kofi Asante-Boateng toured the flooded market in Kumasi. Asante-Boateng: "The drains were blocked '
     'long before the rain came."', "The drains were blocked", "Kofi Asante-Boateng"),
])
def test_quotes_surname_label_inside_paragraph(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # (guards: a label that names nobody met before is no speaker)
    'The council of Porto met on Monday to discuss the budget. Critics: "The plan wastes money on roads."',
    'Ana Reis chaired the meeting in Porto. Budget: "Spending on roads will rise by a third next year."',
])
def test_quotes_label_inside_paragraph_needs_named_person(nlp, text):
    assert all(q.speaker is None for q in quotes(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ('"Nobody came to help us when the river rose." Those were the words of Lucia Ferrante, a shopkeeper in '
     "Faenza.", "Nobody came to help", "Lucia Ferrante"),
    ('"The fields will recover in a year or two." These were the words of Pedro Alcaraz, a farmer near Murcia.',
     "The fields will recover", "Pedro Alcaraz"),
    # (a guard: the singular demonstrative already worked)
    ('"The fields will recover in a year or two." That was the verdict of Pedro Alcaraz, a farmer near Murcia.',
     "The fields will recover", "Pedro Alcaraz"),
])
def test_quotes_plural_demonstrative_names_speaker_after(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
