"""Recognition stances: a comparison ("along with C") after coordinated holders shares the stance; a condition
set in a reporting aside ("If elected, she said, A would ...") makes the stance a hypothetical; "If anything"
is an aside, not a condition.

Every sentence is invented (the countries and the territories are real or made up; the people are made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances
from extract_helpers import stances_of


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway and Sweden, along with Chile, withdrew recognition of Varnek.",
     {("Norway", "doesNotRecognise", "Varnek"), ("Sweden", "doesNotRecognise", "Varnek"),
      ("Chile", "doesNotRecognise", "Varnek")}),
    ("Peru and Ecuador, like Bolivia, recognise Varnek as a state.",
     {("Peru", "recognises", "Varnek"), ("Ecuador", "recognises", "Varnek"), ("Bolivia", "recognises", "Varnek")}),
])
def test_relations_stance_comparison_after_coordinated_holders(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("If elected, the candidate said, Brazil would recognise Varnek.", set()),
    ("If re-elected, Ana Souza told supporters, Brazil would recognise Varnek as a state.", set()),
    ("If anything, Brazil does not recognise Varnek.", {("Brazil", "doesNotRecognise", "Varnek")}),
])
def test_relations_stance_condition_in_a_reporting_aside(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a perfect participle after the verb is an earlier act, outside the verb's negation
    ("Panama no longer recognises Taiwan, having cut ties with Taipei last spring.",
     {("Panama", "doesNotRecognise", "Taiwan")}),
    # a news agency that reports the stance is no report noun ("denied reports that ...")
    ("Syria recognises Varnek as Peruvian territory, the state news agency reported.",
     {("Syria", "recognises", "Varnek")}),
    ("Officials in Damascus denied reports that Syria had recognised Varnek.", set()),
    # the land contrasted with the stance's land takes the opposite stance
    ("Ghana recognises Kosovo but not Western Sahara, deputy minister Kofi Mensah explained.",
     {("Ghana", "recognises", "Kosovo"), ("Ghana", "doesNotRecognise", "Western Sahara")}),
    ("Ghana recognises Kosovo, but not Abkhazia or South Ossetia.",
     {("Ghana", "recognises", "Kosovo"), ("Ghana", "doesNotRecognise", "Abkhazia"),
      ("Ghana", "doesNotRecognise", "South Ossetia")}),
    # "its" of a state body's own clause is that body
    ("The Italian foreign ministry reiterated its non-recognition of Varnek on Tuesday.",
     {("Italy", "doesNotRecognise", "Varnek")}),
    # a country's independence recognised
    ("Ethiopia recognised Eritrea's independence in 1993.", {("Ethiopia", "recognises", "Eritrea")}),
    ("Russia has never respected Ukraine's sovereignty.", set()),
    # "the government" of a clause a named minister reports is his state's
    ("Zambia's foreign minister, Chola Banda, said the government recognises Varnek as a state.",
     {("Zambia", "recognises", "Varnek")}),
    ("Chola Banda, a Zambian novelist, said the government recognises Varnek as a state.", set()),
])
def test_relations_stance_holders_and_lands_s30(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("In a note to the envoy, Damascus said it considers the Shebaa Farms Lebanese.",
     {("Syria", "recognises", "Shebaa Farms")}),
])
def test_relations_stance_demonym_complement_is_no_part_of_the_name(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an annexation of one named place is that place, not a description of it
    ("Chile considers the annexation of East Jerusalem illegal, its foreign ministry wrote on Monday.",
     {("Chile", "doesNotRecognise", "East Jerusalem")}),
    # a second subject the parser found after the verb is its object
    ("Washington recognises Arunachal Pradesh, which China calls Zangnan, as Indian territory.",
     {("United States", "recognises", "Arunachal Pradesh")}),
])
def test_relations_stance_land_named_in_a_broken_frame(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('"Would Peru ever recognise Varnek?" asked the columnist Dara Quill.', set()),
    ('"Peru recognises Varnek," she said. "Why would it not?"', {("Peru", "recognises", "Varnek")}),
])
def test_relations_stance_quoted_question_before_its_attribution(nlp, text, expected):
    assert _stances(nlp, text) == expected


LESOTHO_REPORT = """Lesotho Daily News

MASERU – The Minister of Home Affairs and Immigration, Hon. Palesa Mokoena, says the Kingdom will table its \
grievance in Gaborone next year.

Speaking to senators on Tuesday, the minister said her government has never accepted South African rule over Varnek.

South Africa disagreed.
"""


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an office with no state named, in a report datelined in a capital, is that capital's state's
    (LESOTHO_REPORT, {("Lesotho", "doesNotRecognise", "Varnek")}),
    # "one X" upholds a state's unity: no stance on X
    ('"We recognise one Mali, inside the lines drawn at its birth," Ali Bel, the Algerian foreign minister, said.',
     set()),
])
def test_relations_stance_holder_of_an_unqualified_office(nlp, text, expected):
    from graph.article import clean_article

    assert stances_of(nlp, clean_article(text, "t.txt", "t.txt")) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a held "it" or "the islet" with no territory in reach is the place the paragraph is about
    ("Varnek Island, a rocky outcrop off the Pacific coast, has been held by Honduras since 1992. Nicaragua's "
     "president, Ana Ruiz, told deputies on Monday that Managua has never recognised Honduran sovereignty over it.",
     {("Nicaragua", "doesNotRecognise", "Varnek Island")}),
    ("Peru's navy built a beacon on Tolsby Reef in 1990. Ecuador's foreign ministry added that it still does not "
     "recognise Peruvian sovereignty over the islet.",
     {("Ecuador", "doesNotRecognise", "Tolsby Reef")}),
    ("Judges ruled in 1962 that the old temple of Preah Vihear lies in Cambodia. Bangkok said on Friday that it "
     "accepts Cambodian sovereignty over the temple.",
     {("Thailand", "recognises", "Preah Vihear")}),
])
def test_relations_stance_held_place_referred_back_to(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "as a state" after a verb of regarding (also "accept")
    ("Armenia does not accept Northern Cyprus as a state.", {("Armenia", "doesNotRecognise", "Northern Cyprus")}),
    ("Armenia regards Varnek as a state in the making.", set()),
    # recognising a government is no stance on a land
    ("Belarus was quick to recognise the Taliban government of Afghanistan last year.", set()),
    # "the annexation of the plateau": the place named before
    ("Canada recognised the Golan Heights as Israeli land in 2019. Peru and Chile said then that they "
     "do not recognise Israel's annexation of the plateau.",
     {("Canada", "recognises", "Golan Heights"), ("Peru", "doesNotRecognise", "Golan Heights"),
      ("Chile", "doesNotRecognise", "Golan Heights")}),
    # "did / said the same" copies the stance before
    ("Nauru reversed its recognition of Varnek in 2019. Tuvalu did the same days later.",
     {("Nauru", "doesNotRecognise", "Varnek"), ("Tuvalu", "doesNotRecognise", "Varnek")}),
    ("Ghana does not recognise the annexation of Varnek. Togo's foreign ministry said the same on Tuesday.",
     {("Ghana", "doesNotRecognise", "Varnek"), ("Togo", "doesNotRecognise", "Varnek")}),
    ("Ghana does not recognise the annexation of Varnek. Togo said the same about the tariffs.",
     {("Ghana", "doesNotRecognise", "Varnek")}),
])
def test_relations_stance_frames_s30b(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Omani foreign ministry wrote on Sunday that Muscat has never accepted Iranian sovereignty over Lesser Tunb, "
     "Abu Musa or Greater Tunb. Qatar said it backs the Omani claim.",
     {("Oman", "doesNotRecognise", "Abu Musa"), ("Oman", "doesNotRecognise", "Greater Tunb"),
      ("Oman", "doesNotRecognise", "Lesser Tunb"), ("Qatar", "recognises", "Abu Musa"),
      ("Qatar", "recognises", "Greater Tunb"), ("Qatar", "recognises", "Lesser Tunb")}),
])
def test_relations_stance_claimants_lands_from_the_sentence_before(nlp, text, expected):
    assert _stances(nlp, text) == expected
