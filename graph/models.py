"""Frozen dataclasses passed between the pipeline stages.

The data flow is::

    text -> Article (cleaned, with an offset map) -> spaCy Doc -> Mention
         -> Entity -> facts (Quote, Stance, Position, Relation) -> RDF

Every offset stored in a :class:`Mention` or a fact is an offset into the
*cleaned* text of its article (``Article.text``).  The RDF stage converts them to
offsets into the original file with :meth:`Article.to_raw`.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

EntityClass = Literal["Person", "Organization", "Country", "Territory", "Place"]
ENTITY_CLASSES: tuple[str, ...] = ("Person", "Organization", "Country", "Territory", "Place")

AttributionStatus = Literal["direct", "reported", "disputed", "denied"]
StanceKind = Literal["recognises", "doesNotRecognise"]
RelationKind = Literal["spouse", "sharesBorderWith", "invaded", "memberOf", "locatedIn", "annexed", "claims"]


@dataclass(frozen=True)
class Segment:
    """A run of cleaned text copied verbatim from the raw text.

    Attributes:
        clean_start: offset of the run in the cleaned text.
        raw_start: offset of the same run in the raw text.
        length: number of characters in the run.
    """

    clean_start: int
    raw_start: int
    length: int


@dataclass(frozen=True)
class Article:
    """One news article, cleaned for NLP, with a map back to the raw text.

    Attributes:
        id: the file name, unique within a build (e.g. ``000_x.txt``).
        path: where the file was read from.
        raw: the decoded file text, untouched.
        text: the cleaned article text that goes through spaCy.
        segments: offset map from ``text`` to ``raw`` (sorted by clean_start).
        title, author, date, url, outlet: metadata found in the text, or None.
        photo_credits: credits removed from captions ("Name / Agency").
        author_title: the author's title from the byline ("Asia correspondent").
        copyright_holders: publishers named by a copyright line or a footer bar
            ("© 2025 Name. All rights reserved.").
        filed_from: the town a byline says the story was filed from ("By Anna Berg, Tolsby"), or None.
        staff_credits: (name, post) of each closing credit line naming staff besides the author
            ("Editor: Karl Weber").
        captions: the descriptions of the photo captions the cleaner takes out of the story, one paragraph
            each ("" when there are none); they are no part of ``text``, but their offsets go on after it
            (from ``len(text) + 2``, as after a paragraph break) and ``segments`` maps them to the raw text
            too, so that the build parses them on their own (see :attr:`full_text`).
    """

    id: str
    path: str
    raw: str
    text: str
    segments: tuple[Segment, ...] = ()
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    photo_credits: tuple[str, ...] = ()
    author_title: str | None = None
    copyright_holders: tuple[str, ...] = ()
    filed_from: str | None = None
    staff_credits: tuple[tuple[str, str], ...] = ()
    captions: str = ""

    @property
    def full_text(self) -> str:
        """The text with the caption paragraphs after it, in the offsets the segments give them."""
        return f"{self.text}\n\n{self.captions}" if self.captions else self.text

    @cached_property
    def _starts(self) -> list[int]:
        """Segment starts, computed once (not a field: never compared or cached)."""
        return [s.clean_start for s in self.segments]

    def to_raw(self, offset: int) -> int:
        """Map an offset in the cleaned text to the raw text.

        Args:
            offset: character offset into ``self.text`` (0..len(text)).

        Returns:
            The matching offset into ``self.raw``.  Characters inserted by the
            cleaner (paragraph breaks) map to the end of the previous run.
        """
        if not self.segments:
            return min(max(offset, 0), len(self.raw))
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.segments[0].raw_start
        seg = self.segments[i]
        return seg.raw_start + min(offset - seg.clean_start, seg.length)


@dataclass(frozen=True)
class Mention:
    """A stretch of an article's cleaned text that names (or refers to) something.

    Attributes:
        article: ``Article.id``.
        start, end: character offsets into the cleaned text.
        text: the surface form, exactly as in the text.
        label: spaCy NER label (PERSON, ORG, GPE, LOC, NORP, FAC, ...) or a
            gazetteer label (COUNTRY, TERRITORY, ORG, PLACE), or ROLE/PRON for
            speaker mentions that are not names.
        kb_id: canonical name from the gazetteer, "" when unknown.
    """

    article: str
    start: int
    end: int
    text: str
    label: str
    kb_id: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: its article and sentence.

    Attributes:
        article: ``Article.id``.
        start, end: offsets of the sentence in the cleaned text.
        sentence: the sentence text.
    """

    article: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it.

    Attributes:
        text: the quoted words without the quotation marks.
        start, end: offsets of the quoted words in the cleaned text.
        speaker: the mention the quote is attributed to (for pronouns and roles,
            the antecedent name mention), or None when no speaker was found.
        cue: the cue verb lemma ("say", "tell", "according to", ...), or None.
        evidence: the sentence(s) that hold the quote.
        status: "direct", or "reported"/"disputed"/"denied" when the text
            disputes who wrote or said it.
    """

    text: str
    start: int
    end: int
    speaker: Mention | None
    cue: str | None
    evidence: Evidence
    status: AttributionStatus = "direct"


@dataclass(frozen=True)
class TerritoryRef:
    """A territory as the text names it.

    Attributes:
        mention: a name mention (e.g. "Donetsk People's Republic"), or None
            when the territory is a description.
        name: the canonical or descriptive name ("territory in Ukraine annexed
            by Russia", "quasi-state entities in eastern Ukraine").
    """

    mention: Mention | None
    name: str


@dataclass(frozen=True)
class Stance:
    """A recognition stance: a country (or someone speaking for it) on a territory.

    Attributes:
        holder: the mention of the country, or of its government, ministry or
            leader; the RDF stage maps a leader to his country through his
            position.
        territory: the territory.
        stance: "recognises" or "doesNotRecognise".
        cue: the words that carry the stance ("refused to recognise").
        evidence: the sentence.
    """

    holder: Mention
    territory: TerritoryRef
    stance: StanceKind
    cue: str
    evidence: Evidence


@dataclass(frozen=True)
class Position:
    """A position a person holds.

    Attributes:
        person: the person mention.
        title: the title words ("chief prosecutor", "deputy head").
        org: the mention of the organisation or country, or None.
        org_name: the organisation or country as written when there is no
            mention for it ("Chechen" -> "Chechnya" may be resolved later).
        former: True for "former"/"ex-".
        evidence: the sentence.
    """

    person: Mention
    title: str
    org: Mention | None
    evidence: Evidence
    org_name: str | None = None
    former: bool = False


@dataclass(frozen=True)
class Relation:
    """A binary relation between two entities.

    Attributes:
        subject, object: the mentions.
        kind: spouse, sharesBorderWith, invaded, memberOf, locatedIn, annexed
            or claims.
        evidence: the sentence.
        object_name: descriptive object for annexed/claims without a mention.
    """

    subject: Mention
    object: Mention | None
    kind: RelationKind
    evidence: Evidence
    object_name: str | None = None


@dataclass(frozen=True)
class Entity:
    """One real-world entity, merged across all articles.

    Attributes:
        key: stable identifier (slug of the canonical name).
        name: canonical name (rdfs:label).
        cls: one of ENTITY_CLASSES.
        aliases: every other surface form seen (skos:altLabel).
        articles: ids of the articles that mention it.
    """

    key: str
    name: str
    cls: str
    aliases: frozenset[str] = field(default_factory=frozenset)
    articles: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article; the Doc itself is not kept.

    Attributes:
        article: the article.
        mentions: entity mentions (names only).
        quotes, stances, positions, relations: the facts.
        sentences: (start, end) of every sentence in the cleaned text.
        warnings: problems met while reading this article.
    """

    article: Article
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stances: tuple[Stance, ...] = ()
    positions: tuple[Position, ...] = ()
    relations: tuple[Relation, ...] = ()
    sentences: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()
