"""Positions in title shapes the older rules missed (graph/relations.py).

Every sentence is invented; the people, firms, papers and towns are made up (the countries are real).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.relations import extract_positions


def _positions(nlp, text: str) -> list[tuple[str, str, str | None, bool]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    out = []
    for p in extract_positions(nlp(text), art):
        org = p.org.text if p.org is not None else p.org_name
        out.append((p.person.text, p.title, org, p.former))
    return out


FOUND_CASES = [
    ("listed_state_before_title", "New Zealand High Commissioner Petar Lind hosted the reception. Lind spoke.",
     "Lind", "high commissioner", "New Zealand", False),
    ("styles_between_title_and_name",
     "Malaysian Prime Minister Datuk Seri Amran Lisko flew to Tokyo on Friday.",
     "Lisko", "prime minister", "Malaysian", False),
    ("its_after_object_body",
     "The hall belongs to the Varnek Library System, which serves four counties. Its director, Ana Varga, "
     "said the work was done.", "Ana Varga", "director", "Varnek Library System", False),
    ("its_subject_owner_state", "Ghana's refusal to recognise Kosovo is firm, its ambassador in Lima, Ana Varga, said.",
     "Ana Varga", "ambassador", "Ghana", False),
    ("university_faculty",
     "Dr Ana Varga, a lecturer in tax law at the University of Tolsby's Faculty of Economics, disagrees.",
     "Ana Varga", "lecturer", "University of Tolsby", False),
    ("university_of_premodifier",
     "University of Tolsby political science lecturer Dr Ana Varga said the appeal was weak.",
     "Ana Varga", "political science lecturer", "University of Tolsby", False),
    ("as_possessed_title_relative", "Elena Kostrova, who spent a decade as Peru's consul in Arequipa, now teaches.",
     "Elena Kostrova", "consul", "Peru", True),
    ("named_as_its_new", "Varnek Foods Ltd named Daniel Vesk as its new chief financial officer.",
     "Daniel Vesk", "chief financial officer", "Varnek Foods Ltd", False),
    ("pronoun_serves_as_its",
     "The Tolsby Institute hired Daniel Vesk last year. He serves as its research director.",
     "Daniel Vesk", "research director", "Tolsby Institute", False),
    ("based_owner_possessive", "The Varnek-based Tolsby Bank's chief economist Petar Lind expects a slowdown.",
     "Petar Lind", "chief economist", "Tolsby Bank", False),
    ("reporter_on_desk", "Elena Kostrova is a reporter on the Varnek Gazette business desk.",
     "Elena Kostrova", "reporter", "Varnek Gazette", False),
    ("town_read_as_adjective", "Tolsby mayor Elena Kostrova said the bridge would reopen.",
     "Elena Kostrova", "mayor", "Tolsby", False),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org,former", FOUND_CASES, ids=[c[0] for c in FOUND_CASES])
def test_relations_positions3_title_shapes_found(nlp, name, text, person, title, org, former):
    """Listed states, styles of address, "its" owners, university units, "as" phrases, desks and towns."""
    got = _positions(nlp, text)
    assert any(person in p and t == title and o == org and f == former for p, t, o, f in got), got


NOT_CASES = [
    ("local_is_no_town", "Local mayor Elena Kostrova said the bridge would reopen.", "mayor"),
    ("named_unit_keeps_name", "Petar Lind, a professor at Varnek University's Holmqvist School, spoke.", "professor"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,title", NOT_CASES, ids=[c[0] for c in NOT_CASES])
def test_relations_positions3_no_invented_employer(nlp, name, text, title):
    """A common adjective is no town, and a unit with its own name stays the employer."""
    got = _positions(nlp, text)
    orgs = {o for _, t, o, _ in got if t == title}
    assert "Local" not in orgs and "Varnek University" not in orgs, got


@pytest.mark.model
def test_relations_positions3_its_prefers_apposed_subject(nlp):
    """"X's neighbour, Y, ..., its ambassador": the apposed state is the subject, not the possessor."""
    text = "Peru's northern neighbour, Ecuador, regards the islets as Peruvian, its ambassador in Lima, Ana Varga, " \
           "told reporters."
    got = _positions(nlp, text)
    assert ("Ana Varga", "ambassador", "Ecuador", False) in got, got
