"""graph.relations positions: "According to <title> NAME, the ward was full" (a clause after the comma is no place
apposition); a wali (a Maghreb or Omani governor) is an office.

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
