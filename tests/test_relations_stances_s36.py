"""Recognition stances: a question that closed before the stance ("Asked whether A took sides, B said ..."); a
speaker and title the parser joined to the land ("over X, NAME, Minister of State for Y, told"); a state's
(sovereign) rights over a named block; a stretch of a named sea ("the X Sea wedge") and its bare head noun; a
claim given by a clause ("does not accept that Y has a claim remaining to X"); an attribution adjunct
("according to the X Institute in Y") that names no land of the stance; a held list the parser split
into an apposition and its conjuncts, and a listed place held with a territory ("over Papua and West Papua").

Every sentence is invented (the countries are real, the people, wording and most places made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import entities_of
from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Asked whether Oman took sides, Dr Salim Harthy said Muscat acknowledges Yemeni sovereignty over the "
     "Kharrah Islets under the old treaty.", {("Oman", "recognises", "Kharrah Islets")}),
    ("Asked whether Peru would comment, the envoy said Lima recognises Chilean sovereignty over Isla Morada.",
     {("Peru", "recognises", "Isla Morada")}),
])
def test_relations_stance_after_closed_question(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the question holds the stance: no stance
    ("Asked whether Oman would recognise the Kharrah Islets as Yemeni, the minister smiled.", set()),
    ("Whether Peru recognises Isla Morada, the envoy would not say.", set()),
])
def test_relations_stance_after_closed_question_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Oman does not accept Yemeni sovereignty over the Kharrah Islets, Salim Nabhani Harthy, Minister of State "
     "for Foreign Affairs, told state television.", {("Oman", "doesNotRecognise", "Kharrah Islets")}),
    ("Peru does not accept Chilean sovereignty over Isla Morada, Rosa Quispe Mamani, Minister of State for "
     "Borders, told reporters.", {("Peru", "doesNotRecognise", "Isla Morada")}),
])
def test_relations_stance_speaker_joined_to_land(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The government of Benin said it recognises Nigeria's sovereign rights over the Ekpoma Deep block.",
     {("Benin", "recognises", "Ekpoma Deep")}),
    ("Niger, which borders Nigeria, backs Nigeria's rights over the Ekpoma Deep block, its ambassador said.",
     {("Niger", "recognises", "Ekpoma Deep")}),
])
def test_relations_stance_rights_over_block(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a people's rights, not a hold on a land
    ("Benin backs Nigeria's rights over its own budget.", set()),
])
def test_relations_stance_rights_over_block_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Denmark does not accept the Canadian claim to the Labrador Sea wedge.",
     {("Denmark", "doesNotRecognise", "Labrador Sea wedge")}),
    ("Denmark and Canada are at odds over the Labrador Sea wedge, a patch of open water.\n\n"
     "Canada does not recognise the Danish claim to the wedge.",
     {("Canada", "doesNotRecognise", "Labrador Sea wedge")}),
])
def test_relations_stance_sea_wedge(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Nepal disputes the Indian claim to Kalipani Char. Delhi does not accept that Nepal has any claim "
     "left to the area, a spokeswoman added.",
     {("Nepal", "doesNotRecognise", "Kalipani Char"), ("India", "doesNotRecognise", "Kalipani Char")}),
    ("Peru accepts that Chile has a claim to the Morada Reef.", {("Peru", "recognises", "Morada Reef")}),
])
def test_relations_stance_claim_in_clause(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # its own claim, and a claim to no land
    ("Peru does not accept that it has any claim to the Morada Reef.", set()),
    ("Delhi does not accept that Nepal has any claim to compensation.", set()),
])
def test_relations_stance_claim_in_clause_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # (a guard: the land of the attribution adjunct is no land of the stance)
    ("China claims the Qinghe Shoal. Washington has never recognized China's claim to the Qinghe Shoal, according to "
     "officials in Taiwan.", {("United States", "doesNotRecognise", "Qinghe Shoal")}),
])
def test_relations_stance_according_to_adjunct(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a list the parser split into an apposition and its conjuncts
    ("Guatemala accepts Belizean sovereignty over Cayo Lirio, Cayo Moreno, Cayo Punta Fina and Cayo Verde.",
     {("Guatemala", "recognises", n) for n in ("Cayo Lirio", "Cayo Moreno", "Cayo Punta Fina", "Cayo Verde")}),
    # a listed place held together with a territory
    ("Turkey recognises Azerbaijani sovereignty over Shusha and Nagorno-Karabakh, the ministry said.",
     {("Turkey", "recognises", "Shusha"), ("Turkey", "recognises", "Nagorno-Karabakh")}),
])
def test_relations_stance_held_list(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a speaker after the land is no second land
    ("Guatemala accepts Belizean sovereignty over Cayo Lirio, the Belize Defence Force said.",
     {("Guatemala", "recognises", "Cayo Lirio")}),
])
def test_relations_stance_held_list_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the government of X" whose "of" lost X in the parse
    ("The government of Pakistan recognises Azerbaijan's sovereignty over Nagorno-Karabakh.",
     {("Pakistan", "recognises", "Nagorno-Karabakh")}),
    # rejecting a would-be state the text styles as such
    ("Chile rejects the self-proclaimed Republic of Valdoria, the ministry said.",
     {("Chile", "doesNotRecognise", "Republic of Valdoria")}),
    # a held name the tagger read as an adjective before a land word
    ("Belgium accepts Dutch sovereignty over the Vennhoek enclave.", {("Belgium", "recognises", "Vennhoek")}),
    ("Slovakia declined to recognise Hungary's claim to the Kisgát sandbar, a gravel island in the river.",
     {("Slovakia", "doesNotRecognise", "Kisgát")}),
])
def test_relations_stance_parse_and_styling_repairs(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a plain land, a claim or a plan rejected: no stance
    ("Serbia rejects the Kosovo government's plan for the bridge.", set()),
    ("Greece rejects Kosovo's claim.", set()),
    # an English adjective before the land word is no name
    ("Belgium accepts Dutch sovereignty over the northern enclave.", set()),
])
def test_relations_stance_parse_and_styling_repairs_negative(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, name, alias", [
    # the land word after an unlisted land's name is kept as the name's other form
    ("Croatia accepts Slovenian sovereignty over the Dravica strip. Farmers in Dravica were relieved.",
     "Dravica", "Dravica strip"),
])
def test_relations_stance_land_word_kept_as_alias(nlp, text, name, alias):
    found = {e.name: e for e in entities_of(nlp, text)}
    assert found[name].cls == "Territory" and alias in found[name].aliases
