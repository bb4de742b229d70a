"""graph.quotes and nlp, session 47: a speaking "he" or "she" gives a name of unknown gender its gender, so a later
pronoun of the other gender skips it ("Lind said ... He added: ... Lind is married to Ana Roe. '...,' she said": Ana
Roe); the name after "married to" or "his wife," is a person's whatever label NER gave it; "The Member of
Parliament for X, Hon. NAME, ..." and "MEC for A, B and C NAME announced" are taken up by a later pronoun.

Every person and place here is invented (Tomas Berend, Ilse Kovac, Ilse Berend, Dara Pell, Oren Lusk,
Kwabena Osei Mensah, Lindiwe Mabuza, Lusk).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_by_name, quotes, speaker

_MARRIED = ("Tomas Berend, the Green Party MP for Lusk, has visited the valley twice.\n\n"
            "\"The posts stand on our land,\" Berend said.\n\n"
            "He added: \"Unless the ministry acts, the valley will lose its grass.\"\n\n"
            "Berend is married to {wife}, who runs the only inn in the valley.\n\n"
            "\"Tourists come for the lakes, but the farmers keep the valley alive,\" {pronoun} said.")


@pytest.mark.model
@pytest.mark.parametrize("wife, pronoun, who", [
    ("Ilse Kovac", "she", "Ilse Kovac"),
    ("Ilse Berend", "she", "Ilse Berend"),
    ("Ilse Marta Kovac", "she", "Ilse Marta Kovac"),
])
def test_quotes_speaking_pronoun_genders_its_name(nlp, wife, pronoun, who):
    text = _MARRIED.format(wife=wife, pronoun=pronoun)
    assert speaker(quotes(nlp, text), "Tourists come for the lakes") == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    ("Dara Pell runs the ferry office in Lusk.\n\n\"We lose a day each week,\" Pell said.\n\n"
     "She added: \"Nobody in the capital listens.\"\n\nPell is married to Oren Lusk, a fisherman.\n\n"
     "\"The catch is half what it was,\" he said.", "The catch is half", "Oren Lusk"),
])
def test_quotes_speaking_pronoun_gives_gender_to_a_woman(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
def test_quotes_same_pronoun_still_takes_up_the_subject(nlp):
    """Guard (passes before and after): the pronoun of the subject's own gender still takes the subject up."""
    text = _MARRIED.format(wife="Ilse Kovac", pronoun="he")
    assert speaker(quotes(nlp, text), "Tourists come for the lakes") == "Tomas Berend"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Berend is married to Ilse Kovac, who runs the only inn in the valley.", "Ilse Kovac"),
    ("He lives in Lusk with his wife, Ilse Kovac, who runs the only inn in the valley.", "Ilse Kovac"),
])
def test_nlp_spouse_name_is_a_person(nlp, text, name):
    """Guard (passes before and after: the spouse relation already made these persons at the entity step)."""
    assert entities_by_name(nlp, text).get(name, (name, None))[1] == "Person"


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    # a name the parser hung on the title as a conjunct, with an apposition after it
    ("Lusk South's Member of Parliament, Hon. Kwabena Osei Mensah, a member of the Convention People's Party, "
     "promised to raise it in the House.\n\n\"Dialysis should not depend on where you live,\" he posted on "
     "Facebook.", "Dialysis should not depend", "Kwabena Osei Mensah"),
    # a provincial MEC (South African usage) with a coordinated portfolio before the name
    ("Free State MEC for Sport, Arts, Culture and Recreation Lindiwe Mabuza announced new funding for lessons at "
     "the pool.\n\n'Every child here should learn to swim,' she said on Friday.", "Every child here should",
     "Lindiwe Mabuza"),
    ("Free State MEC for Health Lindiwe Mabuza announced new money for the clinic.\n\n'Nobody should travel two "
     "hours for dialysis,' she said.", "Nobody should travel two", "Lindiwe Mabuza"),
])
def test_quotes_titled_member_and_mec_take_up_pronouns(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Free State MEC for Sport, Arts, Culture and Recreation Lindiwe Mabuza announced new funding for the pool.",
     "Lindiwe Mabuza"),
])
def test_mentions_name_after_a_listed_portfolio_is_a_person(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (name, None))[1] == "Person"


@pytest.mark.model
def test_mentions_portfolio_in_a_list_is_no_apposed_person(nlp):
    """Guard for the MEC title of this session: a portfolio between commas after a title is no apposed name."""
    text = "Free State MEC for Sport, Recreation, Arts and Culture Lindiwe Mabuza announced new funding for the pool."
    assert entities_by_name(nlp, text).get("Recreation", ("Recreation", None))[1] != "Person"
