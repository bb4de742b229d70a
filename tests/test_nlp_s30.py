"""The pipeline's place names: a terrain feature named by a number ("Hill 881") is one name, never a person.

Every sentence is invented.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Patrols on Hill 905 were stepped up after the storm.", "Hill 905"),
    ("The troops dug in on Point 4470 for the winter.", "Point 4470"),
    ("Surveyors reached Pillar 62 on the second day.", "Pillar 62"),
])
def test_nlp_numbered_feature_is_one_place(nlp, text, name):
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if "Hill" in e.text or "Point" in e.text or "Pillar" in e.text] == \
        [(name, "LOC")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Senator Maria Hill 2021 campaign ads ran on Tuesday.",
    "The Hill 12 times named her.",
    "Barnes Hill 30 minutes away was quiet.",
])
def test_nlp_numbered_feature_not_read_inside_other_names(nlp, text):
    doc = nlp(text)
    assert not any(e.label_ == "LOC" and e[-1].is_digit for e in doc.ents)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Cambodia, a close partner of the Lao government since the war, recognises Hill 905 as Lao territory, a "
     "Cambodian envoy in Vientiane confirmed.", {("Cambodia", "recognises", "Hill 905")}),
    ("Bangkok cannot accept any Cambodian claim to Point 4470, the envoy Somchai Rattana said.",
     {("Thailand", "doesNotRecognise", "Point 4470")}),
])
def test_nlp_numbered_feature_is_a_stance_object(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("MBABANE – The Minister of Finance, Hon. Bheki Shongwe, says the Kingdom will soon table its claim at the "
     "summit.", "Bheki Shongwe"),
])
def test_nlp_dotted_title_ends_no_sentence(nlp, text, name):
    doc = nlp(text)
    # (the dateline "CITY –" is a sentence of its own; the title's stop ends nothing after it)
    assert [s.text.split()[0] for s in doc.sents] == ["MBABANE", "The"]
    assert any(e.text == name and e.label_ == "PERSON" for e in doc.ents)
