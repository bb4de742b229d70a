"""graph.quotes and graph.mentions: a surname read as a place before a colon, "the statement went on:" after a
statement read out by a delegation's head, one person holding two coordinated roles, a spouse taken up after a
couple introduced behind a plural noun, and a venue's short name that is no person.

Every sentence here is invented (Ana Varga, Petar Lind, Tomas Lindqvist, Kaze Hana Japanese Garden…).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_of, quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("The minister of mines, Ndahafa Tjipueja, spoke in parliament on Tuesday about the river.\n\n"
     "Tjipueja was equally blunt about the lake: \"The line runs down the centre of the lake. "
     "It does not follow our shore.\"\n", "The line runs", "Ndahafa Tjipueja"),
    ("Petrina Karuaihe, the mayor of Keetmanshoop, opened the meeting on Friday.\n\n"
     "Karuaihe was less patient about the water bills: \"People have paid twice this year. "
     "Nobody in the office will explain why.\"\n", "People have paid", "Petrina Karuaihe"),
])
def test_quotes_colon_clause_surname_read_as_place(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Peru's team was headed by Rodrigo Salas Quispe, who runs the sovereignty office of the Foreign "
     "Ministry in Lima. In a brief statement read out to journalists, he said Peru \"will defend every "
     "metre of its coast\" and would return to the table in May.\n\n"
     "The statement continued: \"Peru prizes its good relations with Chile. We will keep meeting until the "
     "last marker stands.\"\n", "Peru prizes", "Rodrigo Salas Quispe"),
    ("Norway's delegation was led by Ingrid Solheim Bakke, head of the polar department at the foreign "
     "ministry. In a statement issued after the talks, she said Oslo \"sees no reason to change course\".\n\n"
     "The statement went on: \"Norway respects the treaty in full. Our scientists will keep working on the "
     "islands.\"\n", "Norway respects", "Ingrid Solheim Bakke"),
    # the pronoun of the statement's sentence: a delegation a state owns is no person, its leader is
    ("Norway's delegation was led by Ingrid Solheim Bakke, head of the polar department at the foreign "
     "ministry. In a statement issued after the talks, she said Oslo \"sees no reason to change course\".\n",
     "sees no reason", "Ingrid Solheim Bakke"),
])
def test_quotes_statement_read_by_delegation_head(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Ana Costa Neves has fished off Madeira for thirty years.\n\n"
     "Her husband and deckhand, Rui Neves Pinto, who mends the nets, was angrier: \"Every summer they move "
     "the line a little further.\"\n", "Every summer", "Rui Neves Pinto"),
    ("The vineyard near Mendoza lost half its harvest to hail.\n\n"
     "Its founder and chief winemaker, Lucía Ferrer Gil, was philosophical: \"The mountains give, and the "
     "mountains take.\"\n", "The mountains give", "Lucía Ferrer Gil"),
])
def test_quotes_coordinated_roles_of_one_apposed_person(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # two people, each with a determiner of their own: no single speaker
    ("The minister and the envoy, Ana Lind, spoke at noon. Later the mayor and the governor were blunt: "
     "\"This road is ours.\"\n", "This road is ours"),
])
def test_quotes_coordinated_people_no_single_speaker(nlp, text, words):
    assert speaker(quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Beekeepers Tomas and Greta Lindqvist tend forty hives on the hill above Uppsala.\n\n"
     "\"We started with two boxes in 1985,\" said Greta Lindqvist. \"Now the bees run our lives.\"\n\n"
     "Her husband grinned. \"She says that to every visitor,\" he said. \"She is right, mind you.\"\n",
     "She says that", "Tomas Lindqvist"),
    ("Beekeepers Tomas and Greta Lindqvist tend forty hives on the hill above Uppsala.\n\n"
     "\"We started with two boxes in 1985,\" said Greta Lindqvist. \"Now the bees run our lives.\"\n\n"
     "Her husband grinned. \"She says that to every visitor,\" he said. \"She is right, mind you.\"\n",
     "She is right", "Tomas Lindqvist"),
    ("Volunteers Marek and Ilona Kowalczyk have run the soup kitchen in Gdansk since 2004.\n\n"
     "\"Nobody is turned away here,\" said Ilona Kowalczyk.\n\n"
     "Her husband nodded. \"Twenty years, and we never ran out of bread,\" he said.\n", "Twenty years",
     "Marek Kowalczyk"),
])
def test_quotes_spouse_of_couple_after_plural_noun(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The Kaze Hana Japanese Garden in Calgary will close for the winter.\n\n"
     "Kaze Hana's head gardener, Ana Varga, told reporters the ponds would be drained.", "Kaze Hana"),
    ("The Midori Sora Japanese Garden in Calgary will close for the winter.\n\n"
     "Midori Sora's executive director, Ana Varga, told reporters the ponds would be drained.", "Midori Sora"),
])
def test_mentions_venue_short_name_not_person(nlp, text, name):
    persons = {e.name for e in entities_of(nlp, text) if e.cls == "Person"}
    assert name not in persons


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    # a relative owned: a person, even when a venue is named after them
    ("The Tomas Berglund Peace Centre in Malmo reopened on Monday.\n\nTomas Berglund's daughter cut the ribbon.",
     "Tomas Berglund"),
])
def test_mentions_venue_named_after_person_keeps_person(nlp, text, name):
    persons = {e.name for e in entities_of(nlp, text) if e.cls == "Person"}
    assert name in persons
