"""graph.relations and graph.nlp positions: a person who heads a named body's unit ("who heads the surgery faculty
at X University"), a capitalised "National Assembly Member" title that holds its chamber, workforce titles
("supervisor", "horticulturalist") and a faith's adjective that is a given name ("Christian").

Every sentence here is invented (Amina Yusuf Ali, Petra Lindqvist, Musa Ceesay, Fatou Sonko…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions

from graph.nlp import find_party_seats


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Dr Amina Yusuf Ali, who heads the surgery faculty at Nairobi University, called the verdict final.",
     ("Amina Yusuf Ali", "head of surgery faculty", "Nairobi University", False)),
    ("Petra Lindqvist, who chairs the finance committee of the Uppsala Regional Council, said the budget was late.",
     ("Petra Lindqvist", "chair of finance committee", "Uppsala Regional Council", False)),
])
def test_relations_office_verb_unit_of_named_body(nlp, text, expected):
    assert expected in positions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # an unnamed body's unit keeps its old reading: the post alone, no employer
    ("Petra Lindqvist, who chairs the senate finance committee, said the budget was late.",
     ("Petra Lindqvist", "chair of senate finance committee", None, False)),
])
def test_relations_office_verb_unit_without_named_body(nlp, text, expected):
    assert expected in positions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The minister replied to Hon. Musa Ceesay, the National Assembly Member for Banjul South, after the debate.",
     ("Musa Ceesay", "national assembly member", "National Assembly", False)),
    ("Hon. Fatou Sonko, the National Assembly Member representing Kombo North, asked the question on Friday.",
     ("Fatou Sonko", "national assembly member", "National Assembly", False)),
])
def test_relations_positions_chamber_member_title(nlp, text, expected):
    assert expected in positions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, name, chamber", [
    ("Hon. Fatou Sonko, the National Assembly Member for Kombo North, asked the question.",
     "National Assembly Member", "National Assembly"),
    ("Ana Roe, the Legislative Assembly Member for Tolsby, asked the question.",
     "Legislative Assembly Member", "Legislative Assembly"),
])
def test_nlp_chamber_cut_from_member_title(nlp, text, name, chamber):
    """The recogniser may glue the title "Member" to the chamber's name: the chamber alone is the body."""
    doc = nlp(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name), label="ORG")
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    assert [doc[s:e].text for s, e in find_party_seats(doc)] == [chamber]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marta Nowicka, the city's supervisor of parks, said the trees had been moved.",
     ("Marta Nowicka", "supervisor of parks", None, False)),
    ("Tomas Varga, who was the town's head horticulturalist until she retired in 2015, said the roof was old.",
     ("Tomas Varga", "head horticulturalist", None, True)),
])
def test_relations_positions_workforce_titles(nlp, text, expected):
    assert expected in positions(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("German Finance Minister Christian Lindqvist said the budget was late.",
     ("Christian Lindqvist", "finance minister", "German", False)),
    ("Christian Moreau, the mayor of Lyon, said the budget was late.", ("Christian Moreau", "mayor", "Lyon", False)),
    ("Former Legislative Assembly member Kieran Christian-Hollis disagrees with the plan.",
     ("Kieran Christian-Hollis", "member", "Legislative Assembly", True)),
])
def test_relations_positions_faith_word_as_given_name(nlp, text, expected):
    assert expected in positions(nlp, text)
