"""Session 49, second part: rules read from a second pair of sets, across the stages.

- graph.article: an outlet's initials closing the story ('... them." XY') are no text.
- graph.nlp: "Minister of A Relations and Cooperation NAME" read by the NER as one body is a titled person.
- graph.mentions: "the Ruritanian Ministry of Foreign Trade" + "and Expatriates" keeps its last portfolio.
- graph.quotes: "Minister for X NAME went further. ..., he said:" takes up the name that ends the title.
- graph.relations: "will not recognise the measure" / "considers the new law illegal" stand for the land in
  focus; a state body named by its demonym gives its spokesman's state; a state's own "part of Y" denies only a
  land that declared itself a state; a land set off for comparison (", like Z") is no object; the Sovereign Base
  Areas are a listed territory.

Every person and would-be state here is invented (Varnia, Ana Pop, Tomas Berend, Leila Tabari) except the listed
lands and states the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker, stances


@pytest.mark.parametrize("raw, last", [
    ('Berg said the plan would fail.\n\n"Nobody here will accept it." XY\n', '"Nobody here will accept it."'),
    # guard: a sentence that ends on initials of its own keeps them
    ("Berg said the plan would fail.\n\nThe deal was signed in the USA.\n", "The deal was signed in the USA."),
])
def test_article_sign_off_initials_are_dropped(raw, last):
    from graph.article import clean_article

    assert clean_article(raw, "a.txt").text.rstrip().endswith(last)


def test_nlp_minister_name_inside_a_portfolio_body():
    from spacy.lang.en import English
    from spacy.tokens import Doc, Span

    from graph.nlp import find_portfolio_holders

    words = "Minister of Rural Relations and Cooperation Ana Berg went further on Monday".split()
    doc = Doc(English().vocab, words=words)
    doc.ents = [Span(doc, 2, 8, label="ORG")]
    assert find_portfolio_holders(doc) == [(2, 6, 8)]


def test_mentions_ministry_keeps_its_last_portfolio():
    from spacy.lang.en import English
    from spacy.tokens import Doc, Span

    from graph.mentions import _extend_org

    words = "The Varnian Ministry of Foreign Trade and Expatriates said so".split()
    doc = Doc(English().vocab, words=words)
    doc.ents = [Span(doc, 0, 6, label="ORG")]
    got = _extend_org(doc, doc.ents[0])
    assert (got.start, got.end) == (1, 8)


@pytest.mark.model
def test_quotes_pronoun_takes_up_the_name_ending_a_portfolio_title(nlp):
    text = ("Ministry spokesperson Ana Pop said so.\n\nMinister for Reintegration Tomas Berend went further on Monday. "
            'Speaking to the paper, he said: "That claim is void."')
    assert speaker(quotes(nlp, text), "That claim is void") == "Tomas Berend"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Parliament in Moscow passed a law annexing Gagauzia. Iran, too, will not recognise the measure.",
     ("Iran", "doesNotRecognise", "Gagauzia")),
    ("Parliament in Moscow passed a law annexing Gagauzia. Egypt considers the new law illegal.",
     ("Egypt", "doesNotRecognise", "Gagauzia")),
    ("Turkey annexed Gagauzia last week. Iranian Foreign Ministry spokeswoman Leila Tabari said her country does "
     "not recognise the annexation.", ("Iran", "doesNotRecognise", "Gagauzia")),
    ("Canada regards the Sovereign Base Areas as British territory.",
     ("Canada", "recognises", "Akrotiri and Dhekelia")),
])
def test_relations_measure_law_demonym_body_and_listed_base_areas(nlp, text, expected):
    assert expected in stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, unwanted", [
    # a state's own "part of Y" where only independence is talked of (no declaration): no refusal
    ("Anguilla's independence is on the agenda. London considers Anguilla part of the United Kingdom.",
     ("United Kingdom", "doesNotRecognise", "Anguilla")),
    ("Barbados recognises Anguilla as a UK Overseas Territory, like Montserrat.",
     ("Barbados", "recognises", "Montserrat")),
])
def test_relations_own_title_talk_and_comparison_give_no_stance(nlp, text, unwanted):
    assert unwanted not in stances(nlp, text)


@pytest.mark.model
def test_relations_regions_named_as_examples_are_objects(nlp):
    """Guard (read before this session too): without a comma, "regions like A and B" names the objects."""
    found = stances(nlp, "Chile does not recognise breakaway regions like Abkhazia and South Ossetia.")
    assert {("Chile", "doesNotRecognise", "Abkhazia"), ("Chile", "doesNotRecognise", "South Ossetia")} <= found
