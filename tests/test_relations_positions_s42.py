"""graph.relations positions: a Portuguese or Spanish honorific between a title and a name, a party before a seat
title whose "for" / "from" names the constituency, a site's town after "Name, of X University", an adviser to an
office, "who was once" a consul in a city, a spokesperson opening the sentence after a lower-case ministry, a paper
before a correspondent posted in a town, and "heads the <field> department at X".

Every sentence here is invented (Marta Quintela Rocha, Helena Vaz, Ines Moreau…).
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, post_held


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # (a guard) "Sra." is a word of address, not part of the name: the title before it still reaches the name
    ("Speaking in Lisbon, Podemos lawmaker Sra. Marta Quintela Rocha urged the cabinet to act.",
     "Marta Quintela Rocha", "lawmaker", "Podemos"),
])
def test_relations_romance_honorific_after_title(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # the party before a seat title employs; the area after "for" / "from" is the constituency
    ("The amendment came from Helena Vaz, a Socialist Party deputy for Porto district, who spoke first.",
     "Helena Vaz", "deputy", "Socialist Party"),
    ("Joaquim Tembe, an ANC deputy for Limpopo province, voted against the budget.",
     "Joaquim Tembe", "deputy", "ANC"),
    # (a guard) "from" an area after an MP
    ("Joaquim Tembe, an ANC MP from the Limpopo province, voted against the budget.",
     "Joaquim Tembe", "mp", "ANC"),
])
def test_relations_party_before_seat_for_area(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "Name, of X University in Town,": the town is the site's, the university employs
    ("Marine biologist Ana Kovac, of Charles University in Prague, said the reef was dying.",
     "Ana Kovac", "biologist", "Charles University"),
])
def test_relations_employer_after_name_with_town(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title", [
    # an adviser to an office named by its holder: the office stays in the title
    ("Jonas Petrauskas, a senior adviser to the prime minister, defended the reform in Vilnius.",
     "Jonas Petrauskas", "senior adviser to the prime minister"),
])
def test_relations_adviser_to_office_in_title(nlp, text, person, title):
    found = lowered_positions(nlp, text)
    assert any(p == person and t == title for p, t, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # the university of a "who teaches" clause is not the employer of an adviser's post to an office
    ("Pedro Lumbo, who lectures on law at Makerere University and was long an adviser to the president's "
     "office, criticised the plan.", "Pedro Lumbo", "adviser to the president's office", "Makerere University"),
])
def test_relations_adviser_to_office_not_lecture_employer(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert any(p == person and t == title for p, t, _, _ in found), found
    assert not any(p == person and t == title and o and org in o for p, t, o, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title", [
    # "who was once" a consul: the earlier post, with its city in the title
    ("Marek Dvorak, a retired envoy who was once the consul general in Lyon, wrote the open letter.",
     "Marek Dvorak", "consul general in lyon"),
])
def test_relations_who_was_once_consul_in_city(nlp, text, person, title):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, None, True), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a spokesperson opening the sentence speaks for the lower-case ministry the sentence before had as subject
    ("The interior ministry was more cautious. Spokesperson Lina Sorensen told reporters the review continued.",
     "Lina Sorensen", "spokesperson of the interior ministry", None),
])
def test_relations_spokesperson_after_lower_ministry_subject(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a paper before a press title employs; "in Town" is the posting
    ("Tomas Lind is the Riviera Gazette correspondent in Menton.", "Tomas Lind", "correspondent", "Riviera Gazette"),
    # (a guard) a paper with a listed place in its name
    ("Tomas Lind is the Baltic Times correspondent in Vilnius.", "Tomas Lind", "correspondent", "Baltic Times"),
])
def test_relations_paper_correspondent_in_town(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "heads the <capitalised field> department at X": the field is no body, X employs
    ("Dr Ines Moreau, who heads the Slavic studies department at Laval University, praised the book.",
     "Ines Moreau", "head of slavic studies department", "Laval University"),
    # (a guard) a lower-case unit at a body
    ("Dr Ines Moreau, who heads the surgery faculty at Laval University, praised the book.",
     "Ines Moreau", "head of surgery faculty", "Laval University"),
])
def test_relations_heads_field_department_at_body(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # (a guard) an adviser to a state's leader: the state employs
    ("Rui Costa, an adviser to the Peruvian president, met the delegation in Lima.", "Rui Costa", "adviser", "Peru"),
])
def test_relations_adviser_to_state_leader(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found
