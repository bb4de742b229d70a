"""graph.relations positions: "According to <title> NAME, the ward was full" (a clause after the comma is no place
apposition); a wali (a Maghreb or Omani governor) and a sarpanch (an Indian village head) are offices; doctors by
their speciality; "a reporter covering X for Y" works for Y; "Minister of State for Europe NAME".

Every person here is invented (Ana Lind, Karim Tolbari, Ewan McKinnon-Berg...).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("According to hospital director Ana Lind, the ward was full.", "Ana Lind", "hospital director", None),
    ("According to chief superintendent Dr. Ana Lind, the ward saw 900 patients in the winter.",
     "Ana Lind", "chief superintendent", None),
    ("Karim Tolbari, a onetime wali of Oran, spoke first.", "Karim Tolbari", "wali", "Oran"),
])
def test_relations_positions_after_according_to_and_wali(nlp, text, person, title, org):
    found = positions(nlp, text)
    assert any(p == person and t == title and o == org for p, t, o, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    ("Tashi Dorje, the sarpanch of Kelmar, told reporters by phone that herders were anxious.", "Tashi Dorje",
     "sarpanch", "Kelmar"),
    ("Dr Ana Lind, a paediatric oncologist who moved from Perth to lead the unit, said the ward would train nurses.",
     "Ana Lind", "oncologist", None),
    ("Ana Lind is a staff reporter covering northern Laos for the Tolsby Herald.", "Ana Lind", "staff reporter",
     "Tolsby Herald"),
    ("Ana Lind, a reporter covering the courts for the Tolsby Herald, said it.", "Ana Lind", "reporter",
     "Tolsby Herald"),
    ("German Minister of State for Europe Jan Vollrath told the press the talks would go on.", "Jan Vollrath",
     "minister of state for europe", "German"),
    ("Minister for Africa Ana Berg said the talks would go on.", "Ana Berg", "minister for africa", None),
])
def test_relations_positions_village_heads_doctors_beats_and_regional_remits(nlp, text, person, title, org):
    found = positions(nlp, text)
    assert any(p == person and t.lower() == title and o == org for p, t, o, _ in found), found
