"""Positions (graph/relations.py), credit lines (graph/article.py) and capital-held posts (graph/rdf.py), session 26.

Every sentence is invented; the people, outlets and bodies are made up.
"""
from __future__ import annotations

import pytest
from rdflib import RDF

from extract_helpers import positions as _positions
from graph.article import clean_article
from graph.models import Article, ArticleFacts, Evidence, Position
from graph.namespace import NG, mint_entity


PREMOD_CASES = [
    ("secretary_of_state", "Ana Varga said she would take the matter up with Secretary of State Marek Osten soon.",
     ("Marek Osten", "secretary of state", None, False)),
    ("minister_of_state", "Minister of State Marek Osten told the chamber the bill was ready.",
     ("Marek Osten", "minister of state", None, False)),
    ("former_envoy_to_capital", "Former French ambassador to Berlin Jean Moreau was far harsher in his view.",
     ("Jean Moreau", "ambassador", "French", True)),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,fact", PREMOD_CASES, ids=[c[0] for c in PREMOD_CASES])
def test_relations_positions_s26_premodifier_title(nlp, name, text, fact):
    """"Secretary of State Name" is one rank; "ambassador to <capital> Name" names the host by its capital."""
    assert fact in _positions(nlp, text)


OWNER_CASES = [
    ("abbot_of_monastery", "The path was closed, according to Father Marek Osten, the abbot of the Tolsby Monastery.",
     "abbot", "Tolsby Monastery"),
    ("abbess_apposed", "Mother Ana Varga, the abbess of the Varnek Convent, said the sisters had left.",
     "abbess", "Varnek Convent"),
    ("abbot_of_abbey", "Petar Lind, the abbot of Tolsby Abbey, said the monks had gone.", "abbot", "Tolsby Abbey"),
    ("media_possessive_beat", "Ana Varga is Kesh Media's Paris correspondent.", "correspondent", "Kesh Media"),
    ("initials_media_beat", "Petar Lind is ZT Media's Lima correspondent.", "correspondent", "ZT Media"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,title,org", OWNER_CASES, ids=[c[0] for c in OWNER_CASES])
def test_relations_positions_s26_office_of_named_body(nlp, name, text, title, org):
    """An abbot holds a post in the monastery; "X Media's" is an outlet, not a person, before a beat."""
    got = _positions(nlp, text)
    assert any(t == title and o == org for _, t, o, _ in got), got


@pytest.mark.model
def test_relations_positions_s26_plain_secretary_of_a_body_unchanged(nlp):
    """The "of State" rank leaves a secretary of a named body alone."""
    got = _positions(nlp, "Petar Lind, the secretary of the Tolsby Rowing Club, said the boats were gone.")
    assert not any(t == "secretary of state" for _, t, _, _ in got), got


def _credits(*lines: str) -> Article:
    body = "Ana Varga met officials in Tolsby on Monday. The two sides discussed the new ferry timetable.\n\n" \
           "The harbour office expects the revised plan to start in spring, but nothing is fixed yet."
    return clean_article("Ferry Talks Resume in Tolsby\n\n" + body + "\n\n" + "\n".join(lines) + "\n", "t.txt")


@pytest.mark.parametrize("lines,author,title,staff", [
    (("Reporter: Petar Lind", "Editor: Marek Osten"), "Petar Lind", "Reporter", (("Marek Osten", "Editor"),)),
    (("Editor: Marek Osten",), "Marek Osten", "Editor", ()),
    (("Writer: Petar Lind",), "Petar Lind", None, ()),
])
def test_article_closing_credit_lines_give_posts(lines, author, title, staff):
    """"Reporter: Name" / "Editor: Name" credit lines (news agencies' footer) name each person's post."""
    art = _credits(*lines)
    assert (art.author, art.author_title, art.staff_credits) == (author, title, staff)
    assert "Editor:" not in art.text and "Reporter:" not in art.text


def test_rdf_staff_credit_line_gets_a_position():
    """A second staff member named by a credit line becomes a person holding that post."""
    from graph.entities import resolve_entities
    from graph.rdf import build_graph

    art = _credits("Reporter: Petar Lind", "Editor: Marek Osten")
    g, _ = build_graph([ArticleFacts(article=art)], resolve_entities([]))
    osten = mint_entity("marek-osten")
    assert (osten, RDF.type, NG.Person) in g
    titles = {str(g.value(p, NG.title)) for p in g.objects(osten, NG.holdsPosition)}
    assert titles == {"editor"}


def test_rdf_post_held_by_a_capital_goes_to_its_state():
    """A post the text ties to a capital ("In Lima, the government ... its spokesperson") is the state's."""
    from graph.entities import resolve_entities
    from graph.mentions import NameMention
    from graph.models import Mention
    from graph.rdf import build_graph

    text = "In Lima, the interim cabinet said it would wait. Its spokesperson, Petar Lind, agreed."
    art = Article(id="a.txt", path="a.txt", raw=text, text=text)
    lima_place = Mention(art.id, 3, 7, "Lima", "GPE", kb_id="Lima")
    lima_state = Mention(art.id, 3, 7, "Lima", "COUNTRY", kb_id="Peru")
    lind = Mention(art.id, 67, 77, "Petar Lind", "PERSON")
    pos = Position(person=lind, title="spokesperson", org=lima_state, evidence=Evidence(art.id, 49, 84, text[49:]))
    mentions = (NameMention(lima_place), NameMention(lind))
    res = resolve_entities(list(mentions))
    g, _ = build_graph([ArticleFacts(article=art, mentions=mentions, positions=(pos,))], res)
    node = next(g.objects(mint_entity("petar-lind"), NG.holdsPosition))
    assert g.value(node, NG.positionIn) == mint_entity("peru")
