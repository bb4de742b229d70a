"""Recognition stances: a held name the NER read as a person, owned by a state of several words ("Saudi Arabia's
rule over X") or by a capital ("Athens' claim to X"); the owned noun of "the Democratic Republic of the Congo's
sovereignty" that the parser put inside the name; "the X islets" read as a verb in a regarding frame; a finding
that gave "the X bank" or "the X meadow" to a state.

Every sentence is invented (the countries are real, the people, wording and most places made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ankara disputes Athens' claim to Nisos Karavos.", {("Turkey", "doesNotRecognise", "Nisos Karavos")}),
    ("Qatar accepts Saudi Arabia's rule over Jazirat Umm Qirfa.",
     {("Qatar", "recognises", "Jazirat Umm Qirfa")}),
    ("Kenya backs the Democratic Republic of the Congo's sovereignty over the Lusaka Ridge, a ministry "
     "official said.", {("Kenya", "recognises", "Lusaka Ridge")}),
    ("Angola rejects the Democratic Republic of the Congo's claim to the Lusaka Ridge.",
     {("Angola", "doesNotRecognise", "Lusaka Ridge")}),
    # a state body the parser joined to the list is no land
    ("Manila rejects Beijing's claims over Dagat Reef, Lunas Cay and the Marikit Bank, the Department of Foreign "
     "Affairs said.", {("Philippines", "doesNotRecognise", "Dagat Reef"),
                       ("Philippines", "doesNotRecognise", "Lunas Cay"),
                       ("Philippines", "doesNotRecognise", "Marikit Bank")}),
    # a company or a person owns no land (guards)
    ("The miner's claim to Nisos Karavos was thrown out.", set()),
    ("Kenya recognises the Democratic Republic of the Congo.",
     {("Kenya", "recognises", "Democratic Republic of the Congo")}),
])
def test_relations_stance_owner_of_several_words(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway does not consider the Halvo islets part of Russia, its envoy told a newspaper.",
     {("Norway", "doesNotRecognise", "Halvo islets")}),
    ("Oman does not consider the Rabi-Saghir islets part of Iran.",
     {("Oman", "doesNotRecognise", "Rabi-Saghir islets")}),
    ("Finland considers the Halvo islets part of Sweden.", {("Finland", "recognises", "Halvo islets")}),
])
def test_relations_stance_plural_land_read_as_verb(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Panama accepts the 2019 ruling that gave the Punta-Sur bank to Colombia, the foreign ministry said.",
     {("Panama", "recognises", "Punta-Sur bank")}),
    ("Vienna accepts the 1991 commission ruling that gave the Ostrava meadow to Czechia, the Austrian foreign "
     "ministry said.", {("Austria", "recognises", "Ostrava meadow")}),
    ("Chile rejects the ruling that gave the Toro family a farm.", set()),  # (a guard)
])
def test_relations_stance_ruling_gave_named_land(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the held phrase the parser made the subject of a trailing "..., the foreign ministry said"
    ("Lima acknowledges Chile's sovereignty over Isla Tortuga, a guano-covered islet off the Gulf of Arica, the "
     "Peruvian foreign ministry said on Friday, citing a note it had sent.", {("Peru", "recognises", "Isla Tortuga")}),
    ("APIA — Samoa recognises Tonga's rule over Motu Fala, the Prime Minister's office said, closing a row "
     "that began when a church group built a hall on the atoll.", {("Samoa", "recognises", "Motu Fala")}),  # (a guard)
    # "the kingdom" of a clause a trailing "..., A's foreign ministry said" reports
    ("MANAMA — The kingdom acknowledges Qatar's sovereignty over Ras Bulay, a sandy headland on the coast, "
     "Bahrain's foreign ministry said on its website on Sunday.",
     {("Bahrain", "recognises", "Ras Bulay")}),
])
def test_relations_stance_trailing_reporter(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # every capitalised word the land noun's compounds hold names the land, not only the last
    ("Paraguay does not accept Bolivia's claim to the Arroyo Seco corridor, a strip of scrubland.",
     {("Paraguay", "doesNotRecognise", "Arroyo Seco")}),
    ("Indonesia rejects Malaysia's claim to the Karang Barat shoal.",
     {("Indonesia", "doesNotRecognise", "Karang Barat")}),
])
def test_relations_stance_land_noun_with_two_name_words(nlp, text, expected):
    assert _stances(nlp, text) == expected
