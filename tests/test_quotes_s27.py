"""Session 27 quote rules: lower-case ministries taken up, "it read" after an issued text, firms read as people."""
from __future__ import annotations

import pytest
from extract_helpers import quotes, speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, expected", [
    ('"Quotas will fall by a third next year," the Norwegian fisheries ministry said on Monday.',
     "Quotas will fall", "Norwegian fisheries ministry"),
    ('The Norwegian fisheries ministry cut the cod quota on Monday. "The stock needs time to recover," '
     'the ministry said.', "The stock needs", "Norwegian fisheries ministry"),
    ('The Peruvian mining ministry suspended two licences this week. "Both sites broke the water rules," '
     'the ministry said.', "Both sites broke", "Peruvian mining ministry"),
])
def test_quotes_lowercase_ministry_of_any_portfolio(nlp, text, words, expected):
    """A lower-case ministry named by its state's adjective and any portfolio speaks, directly or as "the ministry"."""
    assert speaker(quotes(nlp, text), words) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, words, expected", [
    ('The Harven Dockers Union issued a statement on Friday. "The walkout goes on," it read.',
     "The walkout goes on", "Harven Dockers Union"),
    ('The Harven Dockers Union said in a statement that talks had failed. "No deal is better than this '
     'offer," it read.', "No deal is better", "Harven Dockers Union"),
])
def test_quotes_it_read_takes_up_the_issuer(nlp, text, words, expected):
    """'"...," it read' gives the words to whoever put out the text the sentence before names."""
    assert speaker(quotes(nlp, text), words) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ('The storm tore the roof off the school on Friday. "Closed until further notice," it read.',
     "Closed until"),
])
def test_quotes_it_read_without_issued_text_has_no_speaker(nlp, text, words):
    """With no issued text in the sentence before, "it read" names nobody."""
    assert all(q.speaker is None for q in quotes(nlp, text) if words in q.text)


@pytest.mark.model
@pytest.mark.parametrize("text, words, expected", [
    ('Tolsby Mining cut 300 jobs in Canada this year. "The decision was painful but necessary," the company said.',
     "The decision was", "Tolsby Mining"),
])
def test_quotes_company_takes_up_firm_read_as_person(nlp, text, words, expected):
    """"the company said" takes up a firm's name the tagger read as a person's when it ends in a business word."""
    assert speaker(quotes(nlp, text), words) == expected
