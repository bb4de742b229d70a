"""graph.relations positions: seat titles, a local unit after its place, "TITLE NAME of X", dates and standings.

Every sentence here is invented (Daulet Seitkali, Tamar Ben-David…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions, post_held


def _has(found, person, title, org, former=False):
    return post_held(found, person, title, org, former, exact_org=True)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a Kazakh akim, a Knesset member and an Irish Teachta Dála hold seats named before the name
    ("Karaganda akim Daulet Seitkali reopened the repaired bridge last Friday.",
     "Daulet Seitkali", "akim", "Karaganda"),
    ("Israeli MK Tamar Ben-David told reporters the reform had no majority.", "Tamar Ben-David", "mk", None),
    ("Fianna Fáil TD Pádraig Ó Sé argued that the rent cap had come far too late.", "Pádraig Ó Sé", "td",
     "Fianna Fáil"),
])
def test_relations_positions_seat_titles(nlp, text, person, title, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a lower-case authority word closes the local authority's name after its place
    ("Zhao Lei, head of the Wuhan city government, visited the levees.",
     "Zhao Lei", "head", "Wuhan city government"),
    ("M.S. Radhakrishnan, president of Vaikom panchayat, promised the ferry men a refund.",
     "M.S. Radhakrishnan", "president", "Vaikom panchayat"),
    ("Igor Samsonov, head of the Derbent district administration, denied that any family was left out.",
     "Igor Samsonov", "head", "Derbent district administration"),
])
def test_relations_positions_local_unit_tail(nlp, text, person, title, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "TITLE NAME of X": the place or body after "of" is neither part of the name nor a second person
    ("Mayor Beatriz Gómez de la Torre of Antofagasta closed the beaches after the oil spill.",
     "Beatriz Gómez de la Torre", "mayor", "Antofagasta"),
    ("Imam Omar bin Khalid al-Shehri of Masjid al-Noor in Bradford offered the hall to families without homes.",
     "Omar bin Khalid al-Shehri", "imam", "Masjid al-Noor"),
])
def test_relations_positions_titled_name_of_place(nlp, text, person, title, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # a weekday after "on" dates the appointment; it is no part of the club's name
    ("Tomás Herrera-Lugo was appointed caretaker coach of Real Betis on Sunday after a run of losses.",
     "Tomás Herrera-Lugo", "caretaker coach", "Real Betis", False),
    # "Retired" opening the sentence is the holder's standing, not the court's name
    ("Retired Constitutional Court Judge Okello Wafula warned that the appeal might take years.",
     "Okello Wafula", "judge", "Constitutional Court", True),
])
def test_relations_positions_org_without_date_or_standing(nlp, text, person, title, org, former):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    assert _has(found, person, title, org, former), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, org", [
    # a place with no unit word after it stays the place alone
    ("Li Mingde, governor of Hunan, toured the reservoir on Friday.", "Li Mingde", "Hunan"),
    # a unit word that names no authority, or is followed by more words, closes nothing
    ("Igor Samsonov, head of Derbent district hospital, said the wards were full.", "Igor Samsonov", None),
])
def test_relations_positions_local_unit_tail_not_taken(nlp, text, person, org):
    found = [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]
    orgs = {o for p, t, o, f in found if p == person}
    assert not any(o and o.endswith(("province", "district")) for o in orgs), found
    if org is not None:
        assert org in orgs, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an art collector is no office, and the place after "of" gives no post
    "The art collector Beatriz Gómez of Antofagasta lent three paintings to the museum.",
])
def test_relations_positions_titled_name_of_no_office(nlp, text):
    assert positions(nlp, text) == []
