"""graph.relations and graph.nlp, session 50 (second round).

Stances: "will not recognise alterations to the status of X" and "the assembly's plan to annex X" (X a region the
NER tags as a place); a state word in another language ("the 'X Republik' that rebels declared"); "has rejected
the declaration"; "respects the sovereignty of B" after a stance on another land the gazetteer does not list;
"the declaration" and "Y's claim" standing for the land of the stance just stated; "the annexation of any parts
of X".

Positions: a spokesperson after "The X Department was unmoved." (a participle read as a passive); "In X, the
External Relations Minister, NAME" (a self-governing territory); "the Y-ian minister for Europe, NAME" (the
remit's area, the demonym's state); "A, through foreign minister NAME, said" and "A, through foreign ministry
spokesman NAME, said"; "the senator ..., NAME of the X Party,"; "The Controller of the X Service, Mr. NAME,".

Every person and would-be state here is invented (Varnia, Ana Sousa, ...) except the listed lands and states the
rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The assembly voted to incorporate Western Darfur into the Kordofan region. Kenya will not recognise unilateral "
     "alterations of the status of Western Darfur.", ("Kenya", "doesNotRecognise", "Western Darfur")),
    ("The assembly voted to incorporate Western Darfur into the Kordofan region. Uganda will not recognise the "
     "assembly's plan to annex Western Darfur.", ("Uganda", "doesNotRecognise", "Western Darfur")),
    ("Sudan has claimed Abyei since 2011. Chad will never recognise a modification of the status of Abyei made by "
     "force.", ("Chad", "doesNotRecognise", "Abyei")),
    ("Rwanda will not recognise the \"Varn Republik\" that rebels declared in the hills last week.",
     ("Rwanda", "doesNotRecognise", "Varn Republik")),
    ("Gagauzia declared independence on Friday. Oman, too, has rejected the declaration, a spokesman added.",
     ("Oman", "doesNotRecognise", "Gagauzia")),
    ("Rabat declined on Monday to recognise what exiles call a State of Galicia, set up by exiles in Oslo, and regards "
     "Galicia as a lasting part of Spain. Chile and Peru then told Madrid they also did not recognise the "
     "declaration.",
     ("Peru", "doesNotRecognise", "Galicia")),
    ("Israel passed a bill on the settlement. Qatar \"will never accept the annexation of any parts of the West "
     "Bank\", its ministry said.", ("Qatar", "doesNotRecognise", "West Bank")),
    ("Tallinn calls the Rada's claim to Transnistria void. Oman and Peru also will not recognise the Rada's claim.",
     ("Peru", "doesNotRecognise", "Transnistria")),
])
def test_relations_status_change_annexing_act_and_focus_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert any(h == expected[0] and s == expected[1] and expected[2] in t for h, s, t in found), found


@pytest.mark.model
def test_relations_upheld_sovereignty_after_a_stance_on_an_unlisted_land(nlp):
    """"respects the sovereignty of B" after a stance on a land the gazetteer does not list: no stance on B."""
    found = stances(nlp, "Rabat declined on Monday to recognise what exiles call a State of Galicia, set up by "
                         "exiles in Oslo, and regards Galicia as a lasting part of Spain. \"Morocco respects the "
                         "sovereignty of Spain,\" he told reporters.")
    assert {t for h, s, t in found if h == "Morocco" and t == "Galicia"}, found
    assert not {t for h, s, t in found if h == "Morocco" and t == "Spain"}, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Interior Department was unmoved. Spokesperson Lena Mills told reporters the reef stays American.",
     ("Lena Mills", "spokesperson", "Interior Department", False)),
    ("Boats crossed the line at dawn. In Guernsey, the External Relations Minister, Anne Le Sueur, said the "
     "permits were lawful.", ("Anne Le Sueur", "external relations minister", "Guernsey", False)),
    ("Madrid backs London on this, the Spanish minister for Europe, Clara Ruiz, told the Senate.",
     ("Clara Ruiz", "minister for europe", "Spanish", False)),
    ("Uruguay backs the award. Lisbon, through foreign minister Ana Sousa, said Portugal considers the matter "
     "settled.", ("Ana Sousa", "foreign minister", "Lisbon", False)),
    ("Hanoi, through foreign ministry spokesman Le Van Minh, said Vietnam regarded Gagauzia as part of Moldova.",
     ("Le Van Minh", "foreign ministry spokesman", "Hanoi", False)),
    ("The motion failed. The senator behind the bill, Pedro Ruiz of the Republican Party, did not give up.",
     ("Pedro Ruiz", "senator", "Republican Party", False)),
    ("The Controller of the Kano State Fire Service, Mr. Musa Bello, said the blaze spread fast.",
     ("Musa Bello", "controller", "Kano State Fire Service", False)),
])
def test_relations_spokesperson_territory_remit_through_and_of_body_positions(nlp, text, expected):
    found = lowered_positions(nlp, text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Britain holds Pitcairn. Chile accepts the British title to the Pacific island. Peru said it regarded "
     "the island as British.", ("Peru", "recognises", "Pitcairn")),
    ("Kenya refuses to recognise the \"Territorio Autónomo del Sur\" that rebels declared last week.",
     ("Kenya", "doesNotRecognise", "Territorio Autónomo del Sur")),
    ("Rebels declared the independent State of Kawthu on Monday and formed an interim government. Laos refuses to "
     "recognise Kawthu. Vietnam and Cambodia told reporters they will never recognise the interim government.",
     ("Cambodia", "doesNotRecognise", "Kawthu")),
])
def test_relations_sea_described_land_foreign_territory_word_and_interim_government(nlp, text, expected):
    found = stances(nlp, text)
    assert any(h == expected[0] and s == expected[1] and expected[2] in t for h, s, t in found), found
