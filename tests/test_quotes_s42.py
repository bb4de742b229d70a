"""graph.quotes speakers: a plain person noun ("the retiree", "the grandmother", "the monarch") that takes up
the one person who led the sentence before; customary and courtesy titles before a name (Yoruba "Oba", Ewe
"Togbe", Polish "Pani") that are no part of it; the office of a delayed-identification lede
taken up by the person named right after it; a pronoun after a quote whose cue the parser hung on a quoted word.

Every sentence here is invented (Ewa Lindqvist, Tendai Moyo, Kwame Dzokoto...).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Ewa Lindqvist, a retired nurse in Uppsala, said the village clinic had shut in March. \"Nobody asked "
     "us before they locked the door,\" the retiree said.", "Nobody asked us", "Ewa Lindqvist"),
    ("Mrs Tendai Moyo has sold tomatoes at the main market in Bulawayo since 1985. \"The stall rent doubled "
     "this winter,\" the grandmother said.", "The stall rent doubled", "Tendai Moyo"),
    # (a guard: a body led the sentence before, no person to take up)
    ("Police in Kisumu arrested two men on Sunday. \"They ran when they saw the lorry,\" the farmer said.",
     "They ran when", None),
    # (a guard: two people in the sentence before, no guess)
    ("Ewa Lindqvist met Jan Borg at the station in Malmö. \"The train was late again,\" the teacher said.",
     "The train was late", None),
])
def test_quotes_person_noun_takes_up_subject(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Togbe Kwame Dzokoto, a paramount chief near Ho, said the durbar would go ahead. \"We will dance whether "
     "it rains or not,\" Togbe Dzokoto said.", "We will dance", "Kwame Dzokoto"),
    ("Oba Babatunde Akinwale-Oyelaran, a traditional ruler near Oyo, urged calm after a land dispute. \"The "
     "farms can feed all of us,\" the monarch said.", "The farms can feed", "Babatunde Akinwale-Oyelaran"),
    ("Pani Zofia Malinowska, who runs a bakery in Poznań, said flour prices had fallen. 'We can sell bread "
     "cheaper again,' she said.", "We can sell bread", "Zofia Malinowska"),
])
def test_quotes_customary_title_outside_name(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("About forty French trawlers blocked the harbour at St Peter Port on Monday, but the Home Affairs Minister "
     "declared that the new quotas would stand.\n\nDeputy Rosalind Ogier said she had phoned the prefect in "
     "Rennes before noon.\n\n\"Our harbour stays open to everyone who follows the rules,\" the Minister said.",
     "Our harbour stays open", "Rosalind Ogier"),
    # (a guard: the minister is named with the office, the old rule takes the holder)
    ("Trawlers blocked the harbour at St Peter Port on Monday. The Home Affairs Minister, Rosalind Ogier, said "
     "the quotas would stand.\n\n\"Our harbour stays open,\" the Minister said.", "Our harbour stays open",
     "Rosalind Ogier"),
    # (a guard: the sentence after the office phrase is led by no named person)
    ("About forty French trawlers blocked the harbour at St Peter Port on Monday, but the Home Affairs Minister "
     "declared that the new quotas would stand.\n\nFishermen said they had phoned the prefect in Rennes.\n\n"
     "\"Our harbour stays open to everyone who follows the rules,\" the Minister said.",
     "Our harbour stays open", None),
])
def test_quotes_office_lede_named_next(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("About forty French trawlers blocked the harbour at St Peter Port on Monday, but the Home Affairs Minister "
     "declared that the new quotas would stand.\n\nDeputy Rosalind Ogier said she had phoned the prefect in "
     "Rennes before noon.\n\n\"I want to be clear with every skipper. The harbour belongs to Guernsey, it has "
     "done since the charter was sealed in 1394, and nothing said on the quay this week changes that,\" the "
     "Minister said.\n\nShe went on: \"The quotas were agreed with Paris in writing last spring.\"",
     "The quotas were agreed", "Rosalind Ogier"),
    # (a guard: the parser keeps the cue as the sentence's root here)
    ("Senator Ines Carvalho spoke in Porto on Friday.\n\n\"We owe the valley a railway. The line was promised "
     "in 1998, and nothing since has changed that,\" the senator said.\n\nShe went on: \"Trains, not "
     "speeches, will bring the young people back.\"", "Trains, not speeches", "Ines Carvalho"),
])
def test_quotes_pronoun_after_split_quote(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who
