"""Shared fixtures: the spaCy pipeline, a tiny invented corpus, its built graph,
and a hand-made pair of near-duplicate articles with one quotation (no model).

Every person, outlet and place here is invented (Ruritania, Strelsau, Daily Planet…).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

MODEL_FIXTURES = {"nlp", "built_graph"}

# --------------------------------------------------------------------------- the tiny corpus

#: British spelling; the American copy below differs only in spelling.
PLANET_UK = """\
Ruritania and Freedonia Agree on a Border

By Anna Berg for Daily Planet
March 3, 2023

The Ruritanian foreign ministry said on Monday that it would recognise the [new border](https://planet.example/border) with Freedonia. Tomas Lind, the foreign minister, welcomed the *agreement* in Strelsau.

Related article: [Ruritania opens a new embassy](#)

Advertisement

Crowds gathered outside the ministry in Strelsau on Monday morning - Karl Weber

“We have waited a long time for this day and we will honour it,” Lind told reporters.

Crowds gathered outside the ministry in Strelsau on Monday morning - Karl Weber

The Freedonian Institute for Peace Studies called the pact a favourable sign for the whole region.

3 thoughts on “Ruritania and Freedonia Agree on a Border”

Jon Doe says: Great news for everyone in Strelsau.

Leave a Reply
"""

UK_TO_US = {"recognise": "recognize", "honour": "honor", "favourable": "favorable"}


def americanise(text: str) -> str:
    """The American-spelling copy of a British text (the near-duplicate)."""
    for uk, us in UK_TO_US.items():
        text = text.replace(uk, us)
    return text


PLANET_US = americanise(PLANET_UK)

HARBOUR = """\
Harbour Town Elects a New Mayor

Published: 12 May 2022

Voters in Port Elena chose Petra Sand as mayor on Sunday. She thanked the volunteers of her campaign.

“The town deserves a council that listens,” Sand said after the count.

Elena Varga, a rival candidate, congratulated her on the result.

Original url:
<https://harbour-gazette.example/2022/05/mayor>

This article is republished from the Harbour Gazette under a Creative Commons license.
"""

#: relative path -> text; the American copy sits in a sub-folder (recursive discovery).
TINY_FILES = {
    "planet_uk.txt": PLANET_UK,
    "world/planet_us.md": PLANET_US,
    "harbour.txt": HARBOUR,
}


def write_corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (relative path -> text or bytes) under ``root``."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def pytest_collection_modifyitems(config, items):
    """A test that asks for the model (directly or through the built graph) is a model test."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def nlp():
    """The configured spaCy pipeline with the gazetteer ruler (loaded once)."""
    from graph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> Path:
    """Three short invented articles; treat the folder as read-only."""
    return write_corpus(tmp_path_factory.mktemp("tiny_corpus"), TINY_FILES)


@pytest.fixture(scope="session")
def built_graph(nlp, tiny_corpus, tmp_path_factory):
    """``build_to(tiny_corpus, out)`` run once: returns (out_dir, report)."""
    from graph.pipeline import build_to

    out = tmp_path_factory.mktemp("tiny_out")
    report = build_to(tiny_corpus, out)
    return out, report


# --------------------------------------------------------------------------- hand-made facts (no model)

HAND_TITLE = "Treaty Talks in Strelsau"
HAND_HEAD = f"{HAND_TITLE}\n\nBy Karl Weber for Daily Planet\nMarch 3, 2023\n\n"
HAND_BODY_UK = "Anna Berg visited Strelsau on Monday.\n\n“We will honour the treaty,” Anna Berg said after the talks."
HAND_QUOTE_UK = "We will honour the treaty"
HAND_QUOTE_US = "We will honor the treaty"


@dataclass
class HandFacts:
    """Two near-duplicate articles, each with the same quotation, and their resolution."""

    facts: list
    res: object
    duplicates: dict[str, list[str]]
    articles: dict


def _hand_article(aid: str, body: str, quote: str):
    from graph.article import clean_article
    from graph.mentions import NameMention
    from graph.models import ArticleFacts, Evidence, Mention, Quote

    art = clean_article(HAND_HEAD + body, aid, aid)
    text = art.text
    q_start = text.index(quote)
    sent_start = text.index("“")
    evidence = Evidence(aid, sent_start, len(text), text[sent_start:])
    said = text.index("Anna Berg said")
    speaker = Mention(aid, said, said + len("Anna Berg"), "Anna Berg", "PERSON")
    first = Mention(aid, 0, len("Anna Berg"), "Anna Berg", "PERSON")
    place = Mention(aid, text.index("Strelsau"), text.index("Strelsau") + 8, "Strelsau", "GPE")
    quote_obj = Quote(text=quote, start=q_start, end=q_start + len(quote), speaker=speaker, cue="say",
                      evidence=evidence)
    mentions = (NameMention(first), NameMention(place), NameMention(speaker, speaks=True))
    return art, ArticleFacts(article=art, mentions=mentions, quotes=(quote_obj,))


@pytest.fixture
def hand_facts() -> HandFacts:
    """Facts of two near-duplicate articles (British and American spelling), built without spaCy."""
    from graph.entities import resolve_entities

    a1, f1 = _hand_article("uk.txt", HAND_BODY_UK, HAND_QUOTE_UK)
    a2, f2 = _hand_article("us.txt", americanise(HAND_BODY_UK), HAND_QUOTE_US)
    facts = [f1, f2]
    res = resolve_entities([nm for f in facts for nm in f.mentions],
                           {a.id: a.author for a in (a1, a2) if a.author})
    return HandFacts(facts=facts, res=res, duplicates={"uk.txt": ["us.txt"], "us.txt": ["uk.txt"]},
                     articles={a1.id: a1, a2.id: a2})


@pytest.fixture
def quote_graph(hand_facts):
    """The graph of :func:`hand_facts` (one quotation read from two articles)."""
    from graph.rdf import build_graph

    g, _stats = build_graph(hand_facts.facts, hand_facts.res, hand_facts.duplicates)
    return g
