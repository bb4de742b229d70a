"""graph.quotes speakers: a double portfolio before the name ("Minister for A and B Ambassador NAME"); a portfolio word
is no given name ("Minister for Trade NAME"); "Ambassador to the Philippines NAME" (the state with its article); a
prefect's name apposed inside an "of" phrase; "the lawmaker" for a person "who represents X in the Majlis"; guards
for "Hon." hung on the cue, a full name read as a place whose surname is a person's, and "According to NAME" with the
surname read as a common noun (see below).

Every person here is invented (Rehema Mwakyusa, Mwanajuma Ali Mohamed, Ana Vosa, Tevita Tokalau...).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Officials met on Monday.\n\nMinister for Foreign Affairs and West African Integration Ambassador Rehema "
     "Mwakyusa told reporters in Mwanza on Friday that the request would be ignored.\n\n“The treaty is closed "
     "to debate by email,” she said.", "treaty is closed", "Rehema Mwakyusa"),
    ("The prefect of the Haute-Savoie department, Hélène Ravanel, told reporters the closure was technical. "
     "\"Nobody plans to cut the valley off. Ambulances will still get through at night,\" she said.",
     "Nobody plans to cut", "Hélène Ravanel"),
    ("In parliament, Alireza Kalantari, who represents Rasht in the Majlis, argued that the ministry had moved "
     "too late. \"For ten years we wrote letters while others laid cables,\" the lawmaker said.",
     "ten years we wrote letters", "Alireza Kalantari"),
    ("Deputy Premier and Minister for Trade Ana Vosa says the ballot carries no legal weight.\n\n"
     "“The atoll stays ours for good. Its people are citizens,” Vosa says.", "atoll stays ours", "Ana Vosa"),
    ("Norwegian Ambassador to the Philippines Ingrid Solheim Aas wrote on X:\n\n\"Oslo regards the shoal as Philippine "
     "ground under the 2016 ruling. Norway stands with its partners.\"", "Oslo regards the shoal",
     "Ingrid Solheim Aas"),
    # (guards: the old code read these right; "Hon." was parsed as part of the name here, and the tagger errors
    # the place-read-name and noun-tagged-surname rules mend did not occur in these invented sentences)
    ("In the old town, the island's Minister of State, Hon. Mwanajuma Ali Mohamed, said the council had not been "
     "asked.\n\n“Those families moved away decades back. They never stand in line for water here,” Hon. "
     "Mwanajuma said.", "Those families moved away", "Mwanajuma Ali Mohamed"),
    ("The head of the Tavua Island Council, Tevita Tokalau, told reporters the plan did not speak for the "
     "island.\n\n“Every village elder I met is against it,” Tokalau says.\n\nTokalau and his wife, Losana "
     "Tokalau, a teacher, moved to the island in 1990.", "Every village elder", "Tevita Tokalau"),
    ("The head of the Tavua Island Council, Tevita Tokalau, told reporters the plan did not speak for the "
     "island.\n\n“Every village elder I met is against it,” Tokalau says.\n\nAccording to Tokalau, “what hurts "
     "is the ferry that calls twice a year, not any flag.”", "what hurts is the ferry", "Tevita Tokalau"),
    ("Foreign Minister Rehema Wangari spoke to reporters in Mwanza on Friday.\n\n“The treaty is closed to debate "
     "by email,” she said.", "treaty is closed", "Rehema Wangari"),
    ("“Those families moved away decades back,” Hon. Mwanajuma Said told reporters.", "Those families moved away",
     "Mwanajuma Said"),
])
def test_quotes_titled_and_misread_speakers(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
