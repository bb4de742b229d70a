"""graph.relations positions: "Ward 4 Coun. NAME" (the abbreviated title and the numbered seat); "NAME, who heads
the interior ministry of X" (a ministry of a state or territory is that state's post).

Every person here is invented (Priya Lamontagne, Ana Berg...).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ward 4 Coun. Priya Lamontagne, who tabled the zoning bylaw last spring, said residents had waited long enough.",
     ("Priya Lamontagne", "councillor", "Ward 4", False)),
    ("Ana Berg, who heads the interior ministry of Moldova, described the vote as a mistake.",
     ("Ana Berg", "head of interior ministry", "Moldova", False)),
    ("Ana Berg, who heads the interior ministry of Abkhazia, described the vote as a mistake.",
     ("Ana Berg", "head of interior ministry", "Abkhazia", False)),
    # (guard: the old code read this right)
    ("Ana Berg, who heads the interior ministry of Ruritania, described the vote as a mistake.",
     ("Ana Berg", "head of interior ministry", "Ruritania", False)),
])
def test_relations_council_seat_and_state_ministry_heads(nlp, text, expected):
    assert expected in positions(nlp, text)
