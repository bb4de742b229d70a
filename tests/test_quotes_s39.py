"""graph.quotes speakers: a definite title that takes up a person introduced with the abbreviated title ("Sen. X"
... "the senator said", "Insp. X" ... "the inspector said").

Every sentence here is invented (Rodrigo Albisu, Nadia Kerr, Marta Quiroga…).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ('Insp. Nadia Kerr led the inquiry. Kerr spoke on Friday. "The file is closed," the inspector said.',
     "The file is closed", "Nadia Kerr"),
    # (guards: most names were taken up before, through the words the tagger put in the name)
    ('Sen. Rodrigo Albisu wants Uruguay to raise the matter of the island again. Albisu tabled a motion on Tuesday. '
     '"Everyone sees it from the shore. It is ours," the senator said.', "It is ours", "Rodrigo Albisu"),
    ('Sen. Marta Quiroga tabled a motion on Friday. Quiroga spoke to reporters. "The river is ours," the senator said.',
     "The river is ours", "Marta Quiroga"),
    ('Cllr Fergal Dunne backed the motion. Dunne spoke at the meeting. "The pitch is needed," the councillor said.',
     "The pitch is needed", "Fergal Dunne"),
])
def test_quotes_abbreviated_title_taken_up(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ('Herr Jonas Weidenfeller, a baker in Freiburg, spoke outside his shop. "Flour costs twice what it did," he '
     "said.", "Flour costs twice", "Jonas Weidenfeller"),
    ('Señor Tomás Arribas, a fisherman from Vigo, was angry. "The quotas ruin us every spring," he said.',
     "The quotas ruin us", "Tomás Arribas"),
    ('Ato Dawit Mengesha, a coffee trader in Jimma, shook his head. "The rains came late again this year," he '
     "said.", "The rains came late", "Dawit Mengesha"),
    ('Mzee Salim Omari, an elder in Lamu, sat under a tree. "The sea has given us less every year," he said.',
     "The sea has given us", "Salim Omari"),
    ('Mallam Idris Garba, a trader in Kano, counted his stock. "Nobody buys grain at this price," he said.',
     "Nobody buys grain", "Idris Garba"),
    ('Woizero Almaz Bekele, a teacher in Gondar, stood at the gate. "Half the pupils walk two hours to class," she '
     "said.", "Half the pupils walk", "Almaz Bekele"),
    ('Khun Somchai Rattana, a rice farmer in Surin, looked at the field. "The water never reached us this year," he '
     "said.", "The water never reached", "Somchai Rattana"),
    ('Bhante Sumedha, a monk in Kandy, spoke softly. "The temple will feed anyone who comes," he said.',
     "The temple will feed", "Sumedha"),
    ('Legislator Chen Wei-ting told the chamber that the budget was late. "We cannot vote on a blank page," she '
     "said.", "We cannot vote on", "Chen Wei-ting"),
    # (guards: a title the old code already took off)
    ('Chief Obinna Eze, a community leader in Enugu, addressed the crowd. "We will rebuild the market," he said.',
     "We will rebuild the market", "Obinna Eze"),
    ('Engr. Ramon Villaflor, the city engineer of Iloilo, inspected the road. "The asphalt failed after one '
     'typhoon," he said.', "The asphalt failed", "Ramon Villaflor"),
])
def test_quotes_more_house_style_honorifics(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
