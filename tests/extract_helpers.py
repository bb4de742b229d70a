"""Small helpers the rule tests share: run one extractor on an invented text and read its output.

Pytest puts this folder on ``sys.path`` (its default "prepend" import mode), so a test module imports
these with ``from extract_helpers import ...``.  The name has no ``test_`` prefix, so it is never collected.
"""
from __future__ import annotations

from graph.entities import resolve_entities
from graph.mentions import extract_mentions
from graph.models import Article, Quote
from graph.quotes import extract_quotes
from graph.relations import extract_positions, extract_relations, extract_stances


def article(text: str, **meta) -> Article:
    """An article whose raw and cleaned text are ``text`` (``meta``: other Article fields, or a raw text)."""
    return Article(**{"id": "t.txt", "path": "t.txt", "raw": text, "text": text, **meta})


def quotes(nlp, text: str) -> list[Quote]:
    """The quotes of one invented text."""
    return list(extract_quotes(nlp(text), article(text)))


def speaker(found: list[Quote], words: str) -> str | None:
    """The speaker's surface text of the one quote holding ``words`` (None when it has no speaker)."""
    hits = [q for q in found if words in q.text]
    assert len(hits) == 1, f"{words!r} in {[q.text for q in found]}"
    return hits[0].speaker.text if hits[0].speaker else None


def stances(nlp, text: str) -> set[tuple[str, str, str]]:
    """(holder, stance, territory) of every stance in one invented text, quotes read first."""
    return stances_of(nlp, article(text))


def stances_of(nlp, art: Article) -> set[tuple[str, str, str]]:
    """(holder, stance, territory) of every stance in one article (a cleaned one too), quotes read first."""
    return doc_stances(nlp(art.text), art)


def doc_stances(doc, art: Article | None = None) -> set[tuple[str, str, str]]:
    """(holder, stance, territory) of every stance in a Doc already built (a hand-built one too), quotes read first."""
    art = art if art is not None else article(doc.text)
    found = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    return {(s.holder.kb_id or s.holder.text, s.stance, s.territory.name) for s in found}


def entities_of(nlp, text: str, **meta) -> list:
    """The resolved entities of one invented text (``meta``: the cleaner's metadata, e.g. photo credits)."""
    art = article(text, **{"path": "", **meta})
    return list(resolve_entities(list(extract_mentions(nlp(text), art))).entities.values())


def entities_by_name(nlp, text: str) -> dict:
    """Map each name and alias of the resolved entities of one invented text to its (name, class)."""
    found = {}
    for e in entities_of(nlp, text):
        for n in (e.name, *e.aliases):
            found[n] = (e.name, e.cls)
    return found


def positions(nlp, text: str) -> list[tuple[str, str, str | None, bool]]:
    """The positions of one invented text as (person, title, organisation or its name, former)."""
    out = []
    for p in extract_positions(nlp(text), article(text, outlet=None)):
        org = p.org.text if p.org is not None else p.org_name
        out.append((p.person.text, p.title, org, p.former))
    return out


def lowered_positions(nlp, text: str) -> list[tuple[str, str, str | None, bool]]:
    """The positions of one invented text, with each title in lower case."""
    return [(p, t.lower(), o, f) for p, t, o, f in positions(nlp, text)]


def post_held(found: list, person: str, title: str, org: str | None, former: bool = False,
              exact_org: bool = False) -> bool:
    """Whether ``found`` (from :func:`positions`) holds the post: the person, the title, the former flag, and
    the organisation (equal to ``org`` with ``exact_org``, else holding it; None: any)."""
    return any(p == person and t == title and f == former and
               (org is None or (o == org if exact_org else bool(o) and org in o)) for p, t, o, f in found)


def relations(nlp, text: str) -> set[tuple[str, str, str]]:
    """(subject, kind, object) of every relation with an object node in one invented text (ids over surface text)."""
    return {(r.subject.kb_id or r.subject.text, r.kind, r.object.kb_id or r.object.text)
            for r in extract_relations(nlp(text), article(text)) if r.object is not None}


def members(nlp, text: str) -> set[tuple[str, str]]:
    """(member, body) of every memberOf relation in one invented text."""
    return {(s, o) for s, kind, o in relations(nlp, text) if kind == "memberOf"}


#: words a hand-built Doc writes with no space before them
GLUED_WORDS = frozenset({",", ".", ":", "'s", "’s"})


def parsed_doc(nlp, rows: list[tuple], ents: list[tuple] = (), glued: frozenset[str] = GLUED_WORDS,
               spaces: list[bool] | None = None):
    """A Doc built by hand from a parse table, to pin a misparse of the small model with invented names.

    Args:
        nlp: the pipeline (for its vocabulary).
        rows: one ``(word, head, dep, tag, pos, lemma, ...)`` tuple per token; extra fields are ignored.
        ents: ``(start, end, label)`` or ``(start, end, label, id)`` entity spans.
        glued: words written with no space before them.
        spaces: the space after each word, when ``glued`` is not enough (quotation marks).

    Returns:
        The Doc, with its entities set.
    """
    from spacy.tokens import Doc, Span

    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in glued for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces,
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], tags=[r[3] for r in rows],
              pos=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    doc.ents = [Span(doc, e[0], e[1], e[2], span_id=e[3] if len(e) > 3 else 0) for e in ents]
    return doc
