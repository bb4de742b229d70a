"""Direct quotations and who said them.

Two stages, after the quote pipeline of Stanford CoreNLP (``QuoteAnnotator``
and ``QuoteAttributionAnnotator``; Muzny, Fang, Chang and Jurafsky, "A
Two-stage Sieve Approach for Quote Attribution", EACL 2017):

1. :func:`scan_quotes` finds the quotation spans with a character scanner
   (CoreNLP ``QuoteAnnotator``): straight, typographic and single marks,
   nesting, apostrophes, multi-paragraph quotes and unbalanced marks.
2. :func:`extract_quotes` attributes each top-level span with ordered sieves
   (CoreNLP ``QuoteAttributionAnnotator``): (1) trailing cue, the trigram
   patterns '"...," X said' / '"...," said X'; (2) leading cue and colon,
   'X said: "..."', 'X said that "..."'; (3) dependency cue, a partial quote
   inside a cue verb's clause, 'X called it "..."'; (4) "according to X"
   (also "according to a statement from X"); (4b) colon introduction with
   no cue verb, 'He was blunt about it: "..."' (a person subject only);
   (4c) a bare trigram with any verb, '"...," Berg thundered.', 'she
   laughs, "..."', '"...," the 57-year-old sighed' (a person subject, a
   pronoun or a definite role or age nominal, and the verb alone);
   (5) continuation of the previous quote of the paragraph; (6) a quote-only
   paragraph continuing the previous paragraph's speaker; (7) a quote-only
   sentence after indirect speech, 'X said the plan failed. "..."'; (8) a
   first-person quote-only paragraph after a paragraph whose every sentence
   is about one person ('Among those there was X, 80. She came ...'), or
   (8b) a first-person quote ending the paragraph after one sentence that
   sizes up a person ('X, a baker, was angrier. "I ..."').
   Speakers named by a pronoun, a surname, "Mr X" or a role are resolved to
   a name mention (CoreNLP's mention-to-speaker stage); anything unsure gets
   no speaker.  A cue's subject that the tagger read as a place but the
   gazetteer does not know ('"...," Medina said') counts as a name; the
   entity resolver decides its type.

Short quoted terms without a speaker (scare quotes, coinages, "so-called",
a term completing "NOUN of", 'a doctrine of "managed retreat"'), titles and
headlines, nicknames inside a name ('Ana "Bo" Lind') and glosses in
parentheses are never attributed.  "According to X," opening a clause that
ends in a colon gives X the quote after the colon; a body noun ("the
charity") that names no body of the article takes up the body that spoke the
previous quote of the paragraph.  "His wife"
resolves to the person the possessor is said to be "married to"; a relative
named by given name only ("her husband, Tom") takes the surname; a partial
quote under a body's cue inside the reported speech of that body's own
officer ('X, chair of the union, said the union wanted "..."') is the
officer's.
A text noun speaks for its author ('"...," the statement read' after "In a
statement, X said" or "In a statement, it said" with X the body just named);
"X quoted Y as saying" gives Y; "the 64-year-old" takes up the person named
with that age or the closest person; "her husband" may resolve through an
apposition ("Bo Roe, a baker, and his wife, Ana Lind,"); and a one-word
speaker that is the first word of one full name of the article ("Ana" after
"Ana Lind Roe", "Wei" after "Wei Lin") is given that full name, also after
a title the full name bore too ("Governor Wei" after "Governor Wei Lin"), and
so is an inner word of one full name ("Ruiz" after "Ana Ruiz Lind", the first
of two surnames).  A dateline opening a paragraph ("STRELSAU – The ministry
said") is never the speaker; "The Warden of X, NAME," gives NAME; a
capitalised role noun the tagger took into a name ("Parent Ana Lind") is
cut off; and a quoted noun modifying the noun after it ('"safe-zone" plan')
is a term, not a speaker's words.  A name the parser folded into the role
noun after it ("Ana Lind, associate professor of law, said") is the
subject; a quote right after a possessive ("the villages' "...") is a noun
phrase that no leading cue introduces; and a body whose name the tagger cut
before "of PLACE" speaks by the acronym that defines its whole name ("the
Rights Council of X (RCX)" gives "RCX").
An unnamed spokesperson of a named body ("a Tamsk Ferry Company
spokesperson said", "a spokesman for the X Authority said") gives the body;
"the statement" after "X responded with a statement" is X's; "the lawmaker"
takes up a person introduced as a member of a legislature; a capitalised
title with a portfolio before a name ("Junior Minister for Rivers NAME",
"envoy to Chile NAME") is that name's title, and a state or junior
minister is not "the minister"; and a one-word speaker read as a body that
is a person's given name is that person for a pronoun in the next
paragraph.
A family name that opens a full name named before is that full name also
when the tagger read it as a people's name ('"...," Hui said' after "Hui
Min-jun"), and a colon clause's one-word subject read as a place is the
full name it is a word of; "a statement issued by X" is X's; an
organisation-tagged name taken up by "who" is a person's; and a title that
the parser hung on a place before a name in a chain of commas is the
name's.
Precision comes first: a quote attributed to the wrong speaker is worse than
an unattributed one, so every sieve gives up rather than guess.

The spaCy parse may run across paragraph breaks; every step here keeps to
the quote's paragraph (see ``_Ctx.segs``).  The same holds when the pipeline
starts a sentence after every blank line (``paragraph_breaks`` in
:mod:`graph.nlp`).  Walks up the parse never cross a ";" or a sentence end
outside quotes.

Known gaps:

* Gender comes only from honorifics and title words (Mr, Mrs, spokeswoman,
  ...); there is no list of given names, so "she" may resolve to a man named
  just before.  The nearest subject is preferred.
* The colon sieve trusts any person subject: 'Berg pointed at the crowd:
  "..."' gives Berg, unless the clause is about a written label (sign,
  headline, motto, ...) or relays or receives words (quote, cite, read,
  find, receive, ...).
* A place-tagged cue subject unknown to the gazetteer ("Medina said") is
  read as a name even when it is a small town speaking for its council; the
  graph builder keeps speakers only when they resolve to a person,
  organisation or country.
* Role nouns for bodies ("the group", "the union") resolve only to a name
  introduced with that noun as its appositive head or in its own name, and
  only when one body fits; the labour bodies (union, federation,
  association, ...) stand in for one another only for a body named in the
  same or the previous paragraph.  The one exception is a state's agency
  named by portfolio and state ("Transport Borduria said ..."), read as one
  body speaker: a body noun subject of the next cue ("the agency said")
  takes it up, and another body of unknown kind that spoke in between
  leaves the body noun unresolved.  A noun that "whose" owns ("X, whose
  husband, Y,") says nothing about X.  When no name fits, a definite body
  description that is a cue's subject ("the society", "the 15-member
  bloc", "the NGO") takes up the body that is the subject of the nearest
  earlier sentence outside quotes, and only that one, when the noun fits it
  (bloc, group or NGO fit any member or civil-society body, not a
  ministry, a company or a court).  "Its foreign ministry" after a sentence
  led by a country asks for that country's ministry.
* A bare surname speaker is returned as the full name introduced in the
  article, also when the tagger read the surname as an organisation or a
  common noun ('"…," Ostrova said', 'Desjardins, seated nearby, said');
  people sharing a surname are told apart by honorifics, titles and
  pronouns, then the one not introduced as someone's relative ("with his
  wife Ana Roe": Roe is the other Roe, unless the honorific fits the kin
  noun), and otherwise the nearest full name before the quote is taken.
  "The paper" takes up the one newspaper (a name ending in a masthead
  word) named in its paragraph or the one before.
  A full name's gender comes from its titles, the pronouns of the sentences
  that write it, or the honorifics that take it up before another full name
  with that surname is introduced ("Ana Roe ... Mrs Roe ... Tom Roe").  A
  lone given name coordinated before a full name ("Bo and Ana Roe") is read
  as "Bo Roe".  With no list of given names, a surname written with both
  "Mr" and "Mrs" whose full names have no known gender ("Bo and Alex Lind")
  gives no speaker.
* "according to" a media outlet (gazetteer outlet or "the news agency X")
  names a source, not a speaker: the speaker is the author of the governing
  clause when it is a name, else none.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from .gazetteer import fold
from .models import Article, Evidence, Mention, Quote
from .names import (DATED_DATELINE, GROUP_WORD_ENDINGS, NAME_PARTICLES, TITLE_ABBREVIATIONS, hyphen_link_at,
                    is_calendar_word, is_inner_name_word, okina_before)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------- lexicons

#: Cue verbs (lemmas) that introduce a quotation.
CUE_VERBS = frozenset("""
    say tell add warn claim threaten ask write post state insist argue explain note declare announce
    reply respond answer comment remark suggest recall describe call accuse admit acknowledge concede
    complain urge promise vow predict conclude emphasise emphasize stress tweet joke quip lament contend
    assert allege proclaim exclaim shout scream yell whisper mutter boast confirm repeat reiterate assure
    caution demand wonder counter retort pledge dub label brand term testify recount plead maintain
    continue report observe remind reason muse shrug charge
""".split())
#: Phrasal cue verbs: a verb lemma that is a cue only with one of its particles ("pointed out that ...",
#: not "pointed at the map"; '"...," she chimed in', '"...," he went on', '"...," she cut in').
PHRASAL_CUES = {"point": frozenset({"out"}), "go": frozenset({"on"}), "chime": frozenset({"in"}),
                "chip": frozenset({"in"}), "cut": frozenset({"in"}), "break": frozenset({"in"}),
                "pipe": frozenset({"up"}), "shoot": frozenset({"back"}), "fire": frozenset({"back"}),
                "hit": frozenset({"back"})}
#: Retort phrasals ("shot back", "fired back", "hit back"), synonyms of the cue "retort" (a speech verb of
#: CoreNLP's quote-attribution verb list); the parser often reads "back" as an adverb, not a particle.
BACK_PHRASAL = frozenset("shoot fire hit".split())
#: Phrasal cues that are only trusted next to the quote, like WEAK_CUES ("the talks went on 'for ages'").
WEAK_PHRASAL = frozenset("go cut break pipe shoot fire hit".split())
#: Cues that are only trusted next to the quote, never when the quote is just their object
#: ("maintain a 'smokescreen'", "answer the 'question'").
WEAK_CUES = frozenset("""maintain continue report observe counter answer respond reply state note remind reason muse
    shrug charge""".split())
#: Verbs that are cues only when their subject is a text with an author ('"...," the statement read').
TEXT_CUES = frozenset({"read"})
#: Naming verbs: a short quote as their object is a coinage unless a person says it.
NAMING_CUES = frozenset("call dub label brand term describe".split())
#: Nouns that make "offered this opinion:", "addressed these words:" a cue before a colon.
SPEECH_NOUNS = frozenset("""
    statement word opinion remark comment message post tweet view response reply answer letter speech
    address note question warning quip verdict explanation assessment prediction thought appeal
""".split())
#: Nouns for a text that has an author: "a statement from X", "a report by X" give X.
SOURCE_NOUNS = SPEECH_NOUNS | frozenset("""
    report release communique communiqué memo email e-mail interview briefing editorial column article
    video study survey document submission notice
""".split())
#: Nouns that name a text without saying what kind it is, and the written texts they take up.
_GENERIC_TEXT_NOUNS = frozenset("text document wording".split())
_WRITTEN_TEXT_NOUNS = frozenset("""statement communique communiqué declaration release letter note memo document
    report resolution text""".split())
#: Written labels whose words are nobody's utterance ("He held up a sign: ...", "The headline read: ...").
LABEL_NOUNS = frozenset("""
    headline title sign banner placard poster slogan caption inscription motto label sticker graffiti chyron
    subtitle
""".split())
#: Verbs whose subject passes on somebody else's words ("She quoted the poet: ...").
RELAY_VERBS = frozenset("quote cite recite read translate paraphrase sing play show".split())
#: Verbs whose speech-noun object is somebody else's ("She found a note: ...", "He got a message: ...").
RECEIVING_VERBS = RELAY_VERBS | frozenset("find see receive get hear spot notice discover overhear".split())
#: Cues whose object is the utterance itself: with a noun object of their own ("proclaimed a
#: republic") they do not govern a quote elsewhere in the sentence.
CONTENT_CUES = frozenset("proclaim announce declare confirm reiterate repeat post tweet write".split())
#: How a quote may hang under a content cue that has a noun object: as that object's complement.
_COMPLEMENT_DEPS = ("oprd", "xcomp", "acomp", "attr", "dative")
PERSON_PRONOUNS = frozenset({"he", "she"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
MALE_WORDS = frozenset("""mr mr. sir lord king prince emperor sheikh emir spokesman chairman congressman
    businessman husband father son brother grandfather fisherman""".split())
FEMALE_WORDS = frozenset("""mrs mrs. ms ms. miss dame lady queen princess spokeswoman chairwoman congresswoman
    businesswoman wife mother daughter sister actress grandmother fisherwoman""".split())
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG"})
#: spaCy labels that the small model often gives to people's names: read such a name as untagged.
MISTAGGED_NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
#: spaCy place labels that the small model also gives to surnames ("Medina said"); such a span is
#: a name when it speaks and the gazetteer does not know it as a place (see :func:`_misread_place`).
PLACE_LIKE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Common nouns that denote a person (an unnamed subject a pronoun may refer to).
PERSON_NOUNS = frozenset("""
    wife husband son daughter mother father brother sister widow widower friend neighbour neighbor resident
    man woman boy girl child parent relative colleague spokesman spokeswoman spokesperson aide official
    officer analyst expert witness victim survivor lawyer doctor worker soldier farmer teacher student
    source diplomat lawmaker activist protester economist professor researcher scholar historian journalist
    reporter correspondent columnist commentator writer author academic lecturer scientist engineer nurse
    consultant adviser advisor strategist pollster entrepreneur fellow coordinator manager pensioner retiree
""".split())
#: Honorifics put before a given name, not a surname (Afrikaans "Oom" and "Tannie", for an older man or woman).
GIVEN_NAME_HONORIFICS = frozenset("oom tannie".split())
#: Customary honorifics before a full name (West African "Chief" and "Alhaji", Fijian "Ratu"); no part of it.
CUSTOMARY_HONORIFICS = frozenset("chief alhaji alhaja ratu".split())
#: head words of styles of address ("Her Royal Highness", "His Excellency", "His Holiness"): no names
STYLES_OF_ADDRESS = frozenset("highness majesty excellency holiness eminence lordship ladyship".split())
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. reverend".split()) \
    | GIVEN_NAME_HONORIFICS
ORG_NOUNS = frozenset("""
    channel ministry agency company newspaper paper party group outlet organisation organization office
    service council committee government department bank firm network website broadcaster station union
    association institute foundation movement bloc alliance embassy administration parliament court
    publication blog federation confederation coalition league chamber commission authority board
    corporation consortium cooperative co-operative syndicate lobby watchdog regulator tribunal assembly
    secretariat mission delegation university society club fund charity army militia front
    airline operator manufacturer producer exporter carrier presidency nonprofit non-profit
""".split())
#: Body nouns that news copy uses for one another: "the union" after "the Nurses' Federation".
#: Only used when no body was introduced with the role noun itself, and only for a body named in
#: the same or the previous paragraph.
_LABOUR_BODIES = frozenset("union federation confederation association guild syndicate".split())
BODY_KIN = {w: _LABOUR_BODIES - {w} for w in _LABOUR_BODIES}
#: Head nouns of political parties' own names ("the X Alliance", "the Y Front"): news copy takes such a
#: party up as "the party" (the names' kind word is seldom "party" itself).
BODY_KIN["party"] = frozenset("alliance coalition front movement league union bloc".split())
#: A body that runs a town's schools ("X Public Schools") is its school district: "the district said".
BODY_KIN["district"] = frozenset({"schools"})
#: A business named "X Group" or "X Corporation" is taken up as "the company" or "the firm" as often as by its
#: own kind word ("X Group said ... '...,' the company said").
BODY_KIN["company"] = BODY_KIN["firm"] = frozenset({"group", "corporation"})
#: Role nouns that news copy uses for one another when taking a person up ("X, the ambassador to Y,
#: ... the envoy said"); a role noun also matches a title it names here (one way: a diplomat may be
#: the ambassador, an ambassador need not be called "the diplomat" before).
ROLE_SYNONYMS = {
    "envoy": frozenset({"ambassador"}),
    "ambassador": frozenset({"envoy"}),
    "diplomat": frozenset({"ambassador", "envoy"}),
}
#: Titles of whoever heads a body, which "the leader" of later copy takes up ("X, the union's general
#: secretary, ... the union leader said"); a generic head noun, as in the news-style synonym use above.
HEAD_TITLES = frozenset("president chairman chairwoman chairperson chair head chief convener convenor".split())
#: Two-word head titles, read from a name's title words in any order ("general secretary", "secretary-general").
HEAD_TITLE_PAIRS = (frozenset({"general", "secretary"}),)
ROLE_SYNONYMS["leader"] = HEAD_TITLES
#: Nouns news copy uses for any member of a legislature ("the lawmaker" for an MP or a senator).
LEGISLATOR_NOUNS = frozenset("lawmaker legislator parliamentarian".split())
#: Titles of members of a legislature, which a legislator noun takes up.
LEGISLATOR_TITLES = LEGISLATOR_NOUNS | frozenset("""mp mep mla msp mna mpp senator sen. congressman congresswoman
    assemblyman assemblywoman""".split())
ROLE_SYNONYMS.update({w: LEGISLATOR_TITLES - {w} for w in LEGISLATOR_NOUNS})
#: Academic posts, which news copy takes up as "the academic" or "the scholar" ("X, an assistant professor of
#: law at Y, ... the academic said"): the general noun for any holder of one (a compatible head by meaning).
ACADEMIC_POSTS = frozenset("professor lecturer dean researcher scholar fellow academic".split())
ACADEMIC_NOUNS = frozenset({"academic", "scholar"})
ROLE_SYNONYMS.update({w: ACADEMIC_POSTS - {w} for w in ACADEMIC_NOUNS})
#: Names of legislatures: "a member" in a sentence set in one is a legislator ("At the Diet, member X ...").
LEGISLATURE_WORDS = frozenset("""parliament congress senate legislature assembly house duma knesset riksdag storting
    bundestag sejm majlis""".split())
#: Role modifiers that news copy uses for "former" when taking a person up ("X, a former ambassador, ...
#: the retired diplomat said").
RETIRED_WORDS = {"retired": "former", "ex": "former", "onetime": "former", "one-time": "former"}
#: Role modifiers that do not narrow down who holds a title.
GENERIC_MODIFIERS = frozenset("new then current own top same other longtime long-time veteran seasoned".split())
REPORTED_WORDS = frozenset({"reportedly", "allegedly", "purportedly", "ascribe", "attribute"})
DISPUTED_WORDS = frozenset({"hack", "hacked", "fake", "forge", "forged", "forgery", "fabricate", "fabricated",
                            "spoof", "impersonate", "counterfeit", "doctored"})
DENIED_OBJECTS = frozenset({"write", "say", "post", "author", "make", "publish", "send", "tweet", "utter"})

# ---------------------------------------------------------------- scanner

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_MARKS = "“”„«»‘’\"'"
_OPEN_BEFORE = "([{<—–-/…"
_CLOSE_AFTER = ".,;:!?)]}>—–-…/"
_WORD_RE = re.compile(r"\S+")
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from – — -".split())


@dataclass(frozen=True)
class QuoteSpan:
    """A stretch of text between quotation marks.

    Attributes:
        open: offset of the opening mark.
        stop: offset just after the closing mark; for a paragraph of a
            multi-paragraph quote that the next paragraph reopens, the end of
            the paragraph.
        start, end: offsets of the quoted words (marks and outer blanks and a
            trailing comma excluded).
        kind: "double" or "single".
        group: segments of one multi-paragraph quote share a group number.
        closed: False for a segment continued in the next paragraph.
    """

    open: int
    stop: int
    start: int
    end: int
    kind: str
    group: int
    closed: bool = True


@dataclass(frozen=True)
class ScanResult:
    """What :func:`scan_quotes` found.

    Attributes:
        spans: top-level spans (not nested in another), in text order.
        nested: spans inside another span (part of the outer quote).
        unbalanced: offsets of marks that have no partner, in text order.
    """

    spans: tuple[QuoteSpan, ...]
    nested: tuple[QuoteSpan, ...]
    unbalanced: tuple[int, ...]


@dataclass
class _Open:
    """An opening mark waiting for its partner (offset, kind, character, multi-paragraph group)."""

    pos: int
    kind: str
    char: str
    group: int = -1


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Split a text into paragraphs at newlines.

    Args:
        text: the cleaned article text.

    Returns:
        (start, end) of every non-blank paragraph, outer blanks excluded.
    """
    out = []
    for m in re.finditer(r"[^\n]+", text):
        seg = m.group()
        if not seg.strip():
            continue
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        out.append((m.start() + lead, m.end() - trail))
    return out


def _context(text: str, i: int, lo: int, hi: int) -> tuple[str, str, bool, bool]:
    """Return the neighbours of a mark and whether they look like an opening/closing place."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    open_ctx = prev.isspace() or prev in _OPEN_BEFORE or prev in _MARKS
    close_ctx = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER or nxt in _MARKS)
    return prev, nxt, open_ctx, close_ctx


def _is_single_opener(text: str, j: int, lo: int, hi: int) -> bool:
    """Tell whether the single mark at j would open a quote (for the possessive look-ahead)."""
    if text[j] not in "‘'":
        return False
    _, nxt, open_ctx, _ = _context(text, j, lo, hi)
    return open_ctx and (nxt.isalpha() or nxt in "[“\"")


def _weak_single_close(text: str, i: int, lo: int, hi: int) -> bool:
    """Tell whether a ’ after -s is rather a plural possessive ("the Kazakhs’ land").

    It is when a word follows it and a later closing mark comes before any new
    opening mark in the paragraph.
    """
    if text[i - 1] not in "sSzZ" or i + 2 >= hi or text[i + 1] != " " or not text[i + 2].isalnum():
        return False
    for j in range(i + 1, hi):
        if _is_single_opener(text, j, lo, hi):
            return False
        if text[j] in "’'":
            _, nxt, _, close_ctx = _context(text, j, lo, hi)
            if close_ctx and not nxt.isalnum():
                return True
    return False


def _mark_role(text: str, i: int, lo: int, hi: int, stack: list[_Open]) -> tuple[str, str] | None:
    """Decide what the character at i does (CoreNLP QuoteAnnotator's mark pairing).

    Args:
        text: the text.
        i: offset of the character.
        lo, hi: bounds of its paragraph.
        stack: the marks opened so far in the paragraph.

    Returns:
        ("open"|"close", "double"|"single"), or None for an apostrophe or any
        other character.
    """
    c = text[i]
    if c not in _MARKS:
        return None
    _, nxt, open_ctx, close_ctx = _context(text, i, lo, hi)
    kinds = {o.kind for o in stack}
    if c in _DOUBLE_OPEN:
        if c == "“" and stack and stack[-1].char == "„":
            return "close", "double"
        if "double" in kinds and close_ctx and not open_ctx:
            return "close", "double"
        return "open", "double"
    if c in _DOUBLE_CLOSE:
        if "double" not in kinds and open_ctx and not close_ctx:
            return "open", "double"
        return "close", "double"
    if c == '"':
        if any(o.char == '"' for o in stack) or close_ctx and not open_ctx:
            return "close", "double"
        return "open", "double"  # also a straight pair nested in typographic marks
    # single marks: ‘ ’ '
    if "single" in kinds and close_ctx and not nxt.isalnum() and not (c == "‘" and open_ctx):
        if not _weak_single_close(text, i, lo, hi):
            return "close", "single"
    if c in "‘'" and _is_single_opener(text, i, lo, hi):
        return "open", "single"
    return None


def _partner(stack: list[_Open], char: str, kind: str) -> int:
    """Index in the stack of the opening mark a closing mark pairs with, or -1.

    A straight mark pairs with the innermost straight opener if there is one,
    a typographic mark with the innermost typographic one; else the innermost
    opener of the same kind.
    """
    straight = char in "\"'"
    same = [k for k, o in enumerate(stack) if o.kind == kind]
    alike = [k for k in same if (stack[k].char in "\"'") == straight]
    return (alike or same or [-1])[-1]


def _warn_worthy(o: _Open) -> bool:
    """Straight single marks left open are most likely apostrophes ('90s, rock 'n' roll)."""
    return o.char != "'"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim blanks and one trailing comma from the quoted words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in ",;":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _reopens(text: str, para: tuple[int, int] | None, kind: str) -> bool:
    """Tell whether a paragraph starts with an opening mark of the given kind."""
    if para is None:
        return False
    c = text[para[0]]
    if kind == "double":
        return c in '“„«"'
    return c in "‘'"


def scan_quotes(text: str) -> ScanResult:
    """Find the quotation spans of a text with a character scanner.

    After CoreNLP's ``QuoteAnnotator``: “ pairs with ”, " with " (opening or
    closing is decided by the neighbouring characters), ‘ with ’ only when ‘
    opens at a word boundary and ’ is followed by a non-letter, so that it’s,
    Russia’s and (in most cases) Kazakhs’ stay apostrophes.  Quotes nest
    (‘…’ inside “…”).  A paragraph that opens a quote without closing it,
    followed by a paragraph that reopens it, is one multi-paragraph quote.

    Args:
        text: the cleaned article text.

    Returns:
        The spans and the offsets of unbalanced marks; never raises on odd
        input.
    """
    paras = paragraph_bounds(text)
    done: list[QuoteSpan] = []
    unbalanced: list[int] = []
    carry: list[QuoteSpan] = []
    carried: _Open | None = None
    next_group = 0
    for pi, (lo, hi) in enumerate(paras):
        stack: list[_Open] = []
        first = lo
        if carried is not None:
            stack.append(_Open(lo, carried.kind, text[lo], carried.group))
            first = lo + 1
            carried = None
        for i in range(first, hi):
            role = _mark_role(text, i, lo, hi, stack)
            if role is None:
                continue
            action, kind = role
            if action == "open":
                stack.append(_Open(i, kind, text[i]))
                continue
            at = _partner(stack, text[i], kind)
            if at < 0:
                unbalanced.append(i)
                continue
            for inner in stack[at + 1:]:
                if _warn_worthy(inner):
                    unbalanced.append(inner.pos)
            op = stack[at]
            del stack[at:]
            group = op.group
            if group < 0:
                group, next_group = next_group, next_group + 1
            s, e = _trimmed(text, op.pos + 1, i)
            done.append(QuoteSpan(op.pos, i + 1, s, e, kind, group))
            if op.group >= 0:
                done.extend(carry)
                carry = []
        if not stack:
            continue
        bottom = stack[0]
        unbalanced.extend(o.pos for o in stack[1:] if _warn_worthy(o))
        nxt = paras[pi + 1] if pi + 1 < len(paras) else None
        if _reopens(text, nxt, bottom.kind):
            group = bottom.group
            if group < 0:
                group, next_group = next_group, next_group + 1
            s, e = _trimmed(text, bottom.pos + 1, hi)
            carry.append(QuoteSpan(bottom.pos, hi, s, e, bottom.kind, group, closed=False))
            carried = _Open(bottom.pos, bottom.kind, bottom.char, group)
        else:
            if _warn_worthy(bottom):
                unbalanced.append(bottom.pos)
            carry = []
    return _split_nested(done, unbalanced)


def _split_nested(spans: list[QuoteSpan], unbalanced: list[int]) -> ScanResult:
    """Separate top-level spans from spans nested in another one."""
    spans = sorted(spans, key=lambda s: (s.open, -s.stop))
    top: list[QuoteSpan] = []
    nested: list[QuoteSpan] = []
    for s in spans:
        if top and top[-1].open < s.open and s.stop <= top[-1].stop:
            nested.append(s)
        else:
            top.append(s)
    return ScanResult(tuple(top), tuple(nested), tuple(sorted(set(unbalanced))))


# ---------------------------------------------------------------- document context

@dataclass(frozen=True)
class _Name:
    """A name mention usable as a speaker or an antecedent."""

    mention: Mention
    head: int
    first: int
    person: bool
    context: frozenset[str]
    gender: str = ""
    kinds: frozenset[str] = frozenset()
    """Head nouns that say what the name is: "group" for "X, the umbrella group for farm unions"."""

    @property
    def key(self) -> str:
        """The surname-like key of the name."""
        return _key(self.mention)


def _key(m: Mention) -> str:
    """The surname-like key of a mention (its last word, case-folded)."""
    words = m.text.split()
    return words[-1].casefold() if words else ""


@dataclass(frozen=True)
class _Attr:
    """The outcome of a sieve: a cue (token index or -1) and a speaker, if any."""

    speaker: Mention | None
    cue: str | None
    sieve: str
    cue_tok: int = -1


def _portfolio_holders(doc: "Doc", gaz: "Gazetteer | None") -> list["Span"]:
    """The NER's entities, with a minister's name cut off the portfolio the NER glued to it.

    "Minister of Trade and the Varnish Guilds Ana Pop said": English news writing sets the full style of an
    office before the name without a comma, and the NER reads the portfolio's last words and the name as one
    body. The mention step's split (:func:`graph.mentions.office_body_before_name`) is used where the words
    before the name are a portfolio, not a body or place: the name alone becomes a PERSON entity.

    Args:
        doc: the parsed article.
        gaz: the gazetteer, or None.

    Returns:
        The entities in text order.
    """
    from spacy.tokens import Span

    from .mentions import office_body_before_name

    ents = list(doc.ents)
    if gaz is None:
        return ents
    out = []
    for ent in ents:
        split = office_body_before_name(doc, ent, gaz)
        out.append(Span(doc, split[0], ent.end, label="PERSON") if split is not None and not split[1] else ent)
    return out


class _Ctx:
    """Everything the sieves need about one document (built once per article)."""

    def __init__(self, doc: "Doc", article: Article, scan: ScanResult, gaz: "Gazetteer | None"):
        """Index the document.

        Args:
            doc: the parsed article.
            article: the article (for its id).
            scan: the quotation spans of ``doc.text``.
            gaz: the gazetteer, or None.
        """
        self.doc = doc
        self.article = article
        self.text = doc.text
        self.gaz = gaz
        self.spans = list(scan.spans)
        self.paras = paragraph_bounds(self.text)
        self.para_starts = [p[0] for p in self.paras]
        self.idx = [t.idx for t in doc]
        self.tok_span = self._token_spans()
        self.ents: list["Span"] = _portfolio_holders(doc, gaz)
        self.ent_of: dict[int, "Span"] = {t.i: e for e in self.ents for t in e}
        self.titles = _with_dotless_ranks(frozenset(t.casefold() for t in gaz.person_titles) if gaz else frozenset())
        self.names = _collect_names(self)
        self.name_heads = [n.first for n in self.names]
        self.gender_of = {n.mention: n.gender for n in self.names if n.gender}
        self.person_names = {n.mention for n in self.names if n.person}
        self.person_keys = {n.key for n in self.names if n.mention.label == "PERSON"}
        self.segs = self._segments()
        self.seg_starts = [g.start for g in self.segs]

    def _segments(self) -> list["Span"]:
        """spaCy sentences cut at paragraph breaks (the parser sometimes runs across them)."""
        out = []
        for sent in self.doc.sents:
            lo = sent.start
            para = self.para_of(self.doc[lo].idx)
            for i in range(sent.start + 1, sent.end):
                t = self.doc[i]
                if not t.is_space and self.para_of(t.idx) != para:
                    out.append(self.doc[lo:i])
                    lo, para = i, self.para_of(t.idx)
            out.append(self.doc[lo:sent.end])
        return out

    def seg_of(self, i: int) -> "Span":
        """The sentence segment (see :meth:`_segments`) holding token i."""
        return self.segs[max(bisect_right(self.seg_starts, i) - 1, 0)]

    def _token_spans(self) -> list[int]:
        """Map each token to the index of the top-level span holding it, or -1."""
        out = [-1] * len(self.doc)
        opens = [s.open for s in self.spans]
        for t in self.doc:
            k = bisect_right(opens, t.idx) - 1
            if k >= 0 and t.idx < self.spans[k].stop:
                out[t.i] = k
        return out

    def para_of(self, offset: int) -> int:
        """Index of the paragraph holding a character offset (the previous one in a gap)."""
        return max(bisect_right(self.para_starts, offset) - 1, 0)

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after a character offset."""
        return bisect_left(self.idx, offset)

    def quoted(self, i: int) -> bool:
        """Tell whether token i stands inside any quotation."""
        return self.tok_span[i] >= 0


# ---------------------------------------------------------------- names and mentions

def _with_dotless_ranks(titles: frozenset[str]) -> frozenset[str]:
    """Add the dotless spelling of titles made only of abbreviations ("lt gen" for "lt. gen.").

    News copy writes military ranks both ways ("Lt. Gen." and "Lt Gen").  Only
    titles of two or more abbreviated words are added: a single dotless
    abbreviation may be a surname ("Sen" for "Sen.").

    Args:
        titles: the case-folded person titles of the gazetteer.

    Returns:
        The titles with the dotless multi-word abbreviations added.
    """
    extra = set()
    for t in titles:
        words = t.split()
        if len(words) > 1 and all(w.endswith(".") for w in words):
            extra.add(" ".join(w.rstrip(".") for w in words))
    return titles | extra


def _country_words(gaz: "Gazetteer | None", word: str) -> set[str]:
    """Normalise a modifier word: the word, and the country a demonym, capital or name points to."""
    w = word.casefold().strip(".’'")
    out = {w} if w else set()
    if gaz is None or not w:
        return out
    c = gaz.country_of_demonym(word)
    if c:
        out.add(c.casefold())
    cap = gaz.capitals.get(w)
    if cap:
        out.add(cap.casefold())
    entry = gaz.lookup(word)
    if entry is not None:
        out.add(entry.name.casefold())
        if entry.country:
            out.add(entry.country.casefold())
    return out


def _words(ctx: _Ctx, toks) -> set[str]:
    """Normalised content words of some tokens (lemmas, demonyms mapped to countries)."""
    out: set[str] = set()
    for t in toks:
        if t.is_punct or t.is_space or t.pos_ in ("DET", "PART", "ADP", "CCONJ", "PRON"):
            continue
        out |= _country_words(ctx.gaz, t.text)
        out.add(t.lemma_.casefold())
        full = TITLE_ABBREVIATIONS.get(t.text) or TITLE_ABBREVIATIONS.get(t.lower_)
        if full:
            out.update(full.split())  # "Sen. X" ... "the senator said": the title written out
        if t.i in ctx.ent_of and ctx.ent_of[t.i].ent_id_:
            out.add(ctx.ent_of[t.i].ent_id_.casefold())
    return out


_TITLE_TOKEN = re.compile(r"^(Mr|Mrs|Ms|Dr|Prof)\.?([A-Z][\w’'-]+)$")


def _title_width(ctx: _Ctx, lo: int, hi: int) -> int:
    """Number of tokens of a capitalised title ("Foreign Minister") opening [lo, hi) before a name, or 0."""
    doc = ctx.doc
    for width in (3, 2, 1):
        if lo + width >= hi or not doc[lo].text[:1].isupper() or doc[lo + width].text in ("'s", "’s"):
            continue  # "Queen's College", "President's Office": a possessor, not a title before a name
        if " ".join(t.text for t in doc[lo:lo + width]).casefold() in ctx.titles:
            return width
    return 0


def _trim_name(ctx: _Ctx, lo: int, hi: int) -> tuple[int, int] | None:
    """Trim determiners, titles, possessives and punctuation off a token range [lo, hi)."""
    doc = ctx.doc
    while lo < hi:
        if doc[lo].is_punct or doc[lo].lower_ in ("the", "a", "an") or doc[lo].lower_ in HONORIFICS:
            lo += 1
            continue
        width = _title_width(ctx, lo, hi)
        if not width:
            break
        lo += width
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].text in ("'s", "’s", "'", "’")):
        hi -= 1
    return (lo, hi) if hi > lo else None


def _mention(ctx: _Ctx, lo: int, hi: int, label: str, kb_id: str = "") -> Mention | None:
    """Build the Mention for the name part of tokens [lo, hi)."""
    doc = ctx.doc
    if hi - lo == 1:
        m = _TITLE_TOKEN.match(doc[lo].text)
        if m:  # "Mr.Lind" tokenised as one word
            start = doc[lo].idx + m.start(2)
            end = doc[lo].idx + len(doc[lo].text)
            return Mention(ctx.article.id, start, end, ctx.text[start:end], label, kb_id)
    r = _trim_name(ctx, lo, hi)
    if r is None:
        return None
    lo, hi = r
    if hi - lo == 1 and doc[lo].text.casefold() in ctx.titles or _is_bare_title(ctx, doc[lo:hi]):
        return None  # a bare title ("President", "Lt Gen") is no name
    if _title_remnant(doc[lo]):
        return None  # "[the Minister] of Finance": the rest of a title phrase, no name
    start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    return Mention(ctx.article.id, start, end, ctx.text[start:end], label, kb_id)


def _title_remnant(first: "Token") -> bool:
    """Tell whether a trimmed name starts with a lower-case function word ("of Finance").

    The tagger labels a whole title phrase as an organisation ("the Minister
    of Finance"); with the title trimmed off, what is left ("of Finance")
    starts with a preposition or conjunction, which no name does (name
    particles such as "de" or "van" excepted).

    Args:
        first: the first token of the trimmed name.

    Returns:
        True when the range is the remnant of a title phrase.
    """
    return first.text[:1].islower() and first.pos_ in ("ADP", "CCONJ", "SCONJ") \
        and first.lower_ not in NAME_PARTICLES


def _is_bare_title(ctx: _Ctx, toks) -> bool:
    """Tell whether some tokens are nothing but a title ("Lt Gen", "Foreign Minister"), not a name.

    The small model tags a rank before a name as a PERSON of its own ("[Lt Gen]
    (retd) NAME, ... said"); such a span names nobody.
    """
    words = [t.text for t in toks if not t.is_space]
    return bool(words) and " ".join(words).casefold() in ctx.titles


def _is_demonym(ctx: _Ctx, text: str) -> bool:
    """Tell whether a word is a demonym or nationality ("Kazakh", "Russians")."""
    return bool(ctx.gaz and ctx.gaz.country_of_demonym(text) is not None)


def _is_place(ctx: _Ctx, text: str) -> bool:
    """Tell whether a name is a country, territory or place in the gazetteer."""
    if ctx.gaz is None:
        return False
    e = ctx.gaz.lookup(text)
    return e is not None and e.cls in ("Country", "Territory", "Place")


def _misread_place(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a place-labelled span may be a misread name: capitalised, no known place.

    The small model tags surnames as GPE/LOC ("…," Medina said); a span the
    gazetteer knows as a country, territory, place or capital, or a demonym,
    stays a place.  The entity resolver decides the final type.
    """
    if ent.label_ not in PLACE_LIKE_LABELS:
        return False
    words = [t for t in ent if not (t.is_punct or t.is_space)]
    if not words or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
        return False
    text = ent.text
    capital = ctx.gaz is not None and fold(text) in ctx.gaz.capitals
    return not (capital or _is_place(ctx, text) or _is_demonym(ctx, text))


def _mistagged_name(ent: "Span") -> bool:
    """Tell whether an entity span with a non-name label may be a person's name the tagger misread.

    The small model gives names WORK_OF_ART, PRODUCT, ... labels, and even
    DATE or TIME to unusual ones ("Pieter-Jan Van der Elst" style compounds);
    a DATE/TIME span of capitalised proper nouns with no digit, month,
    weekday or time word is such a name.

    Args:
        ent: the entity span.

    Returns:
        True when the span may be read as a name.
    """
    if ent.label_ in MISTAGGED_NAME_LABELS:
        return True
    if ent.label_ not in ("DATE", "TIME"):
        return False
    words = [t for t in ent if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.pos_ == "PROPN" and (t.text[:1].isupper() or t.lower_ in NAME_PARTICLES)
                               and t.is_alpha and not is_calendar_word(t.text) for t in words)




def _misread_demonym(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a NORP span is a surname the tagger read as a nationality ("Mr Okpa" read as NORP).

    The small model tags short surnames that look like demonyms or language
    names as NORP; the span is a name when it is capitalised proper nouns
    the gazetteer knows as no demonym or place, and either an honorific
    stands right before it or its last word is the surname of a PERSON span
    of the article (also the surname the tagger left out of one, see
    :func:`_surname_left_out`), or of a body-tagged name in apposition to a person noun
    (see :func:`_person_appositive`) (CoreNLP's mention-to-speaker step matches a bare
    surname against the names of the document in the same way).

    Args:
        ctx: the document context.
        ent: the entity span.

    Returns:
        True when the span may be read as a person's name.
    """
    if ent.label_ != "NORP":
        return False
    words = [t for t in ent if not (t.is_punct or t.is_space)]
    if not words or not all(t.text[:1].isupper() and t.pos_ == "PROPN" and t.is_alpha for t in words):
        return False
    if _is_place(ctx, ent.text) or _is_demonym(ctx, ent.text):
        return False
    before = ctx.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    last = words[-1].lower_
    return before in HONORIFICS or any(len(e) > 1 and e[-1].lower_ == last and (
        e.label_ == "PERSON" or e.label_ == "ORG" and _person_appositive(ctx, e.root)) for e in ctx.ents) \
        or any(e.label_ == "PERSON" and len(e) > 1 and e.end < len(ctx.doc) and ctx.doc[e.end].lower_ == last
               and _surname_left_out(ctx, e.end) for e in ctx.ents) \
        or _closes_compound_name(ctx, ent)  # "[Ana Ag] Lind": the tagger left it out


def _closes_compound_name(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a one-word NORP span is the last word of a name whose given names the parser hangs on it.

    An unfamiliar surname closing a name of three words or more ("Tashi Dorji Norbu, the minister, ...") is
    tagged NORP while the given names before it get no entity at all; the parser still makes them compounds
    of the surname, the head of the name (Collins's 1999 noun-phrase head rules, as in
    :func:`_surname_left_out`).  A word with a nationality ending (``GROUP_WORD_ENDINGS``) stays a group.

    Args:
        ctx: the document context.
        ent: the NORP span (no demonym or place, see :func:`_misread_demonym`).

    Returns:
        True when two capitalised proper nouns outside any entity, on the same line, are its compounds.
    """
    tok = ent[0]
    if len(ent) != 1 or ent.ent_id_ or tok.lower_.endswith(GROUP_WORD_ENDINGS) or tok.tag_ != "NNP":
        return False
    given = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.is_alpha
             and c.i not in ctx.ent_of and c.whitespace_ == " " and c.text.casefold() not in ctx.titles]
    return len(given) >= 2 and given[-1].i == tok.i - 1


def _family_name_read_as_demonym(ctx: _Ctx, tok: "Token", ent: "Span") -> Mention | None:
    """The speaker a cue's one-word NORP subject stands for when it opens a full name named before.

    Family names that are also names of peoples or languages ('"...," Han
    said' after "Han Seo-yeon, a lawyer, said") are tagged NORP.  Where the
    family name comes first, the later one-word reference is the first word
    of the full name (see :func:`_given_name_full`, after CoreNLP's
    mention-to-speaker step); a word the gazetteer knows as a demonym or
    place stays one.

    Args:
        ctx: the document context.
        tok: the subject of a cue verb.
        ent: its entity span.

    Returns:
        The one-word PERSON mention (its full name is filled in later), or None.
    """
    if ent.label_ != "NORP" or len(ent) != 1 or tok.pos_ != "PROPN" or not tok.is_alpha \
            or not tok.text[:1].isupper() or tok.text.isupper() or ctx.quoted(tok.i) \
            or _is_place(ctx, tok.text) or _is_demonym(ctx, tok.text):
        return None
    m = _mention(ctx, tok.i, tok.i + 1, "PERSON")
    return m if m is not None and _given_name_full(ctx, m) is not None else None


def _name_read_as_particle(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether the subject of a cue verb is a name word the tagger read as an interjection.

    Short surnames that are also English interjections or particles ("...,"
    Oh said") are tagged INTJ, X or ADJ; as the subject of a cue verb,
    capitalised and outside quotes, the word is the name the article writes
    elsewhere as a proper noun inside a name (the subject of a reporting
    verb is the speaker: CoreNLP's trigram sieve).

    Args:
        ctx: the document context.
        tok: the subject of a cue verb.

    Returns:
        True when tok is capitalised, not a noun, proper noun or pronoun,
        and the same word stands elsewhere outside quotes as a proper noun
        joined to another capitalised proper noun.
    """
    if tok.pos_ not in ("INTJ", "X", "ADJ") or tok.dep_ not in ("nsubj", "nsubjpass") \
            or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() or ctx.quoted(tok.i):
        return False
    doc = ctx.doc
    for t in doc:
        if t.i == tok.i or t.text != tok.text or t.pos_ != "PROPN" or ctx.quoted(t.i):
            continue
        near = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc)]
        if any(n.pos_ == "PROPN" and n.text[:1].isupper() and n.is_alpha
               and n.text.casefold() not in ctx.titles for n in near):
            return True
    return False


#: Labels a given name may wrongly carry when it is also a place ("Florence", "Georgia").
_GIVEN_NAME_PLACE_LABELS = PLACE_LIKE_LABELS | {"COUNTRY", "TERRITORY", "PLACE"}


def _person_bounds(ctx: _Ctx, lo: int, hi: int) -> tuple[int, int]:
    """Widen a PERSON span over the parts of the name the tagger left out.

    Both ways: hyphen-glued parts, also with a lower-case link ("[Din
    Lodhi]" in "Karim-ud-Din Lodhi", "[Karim]-ud-Din Lodhi"; see
    :func:`_hyphen_infix`), and then the surname the last part is a compound
    of.  Rightwards: surname particles and the capitalised word after them
    ("Joan Serra i Puig", "Ana Ruiz de la Vega", "Pieter van der Berg") on the
    same line, and the surname the parser made the head of the span's words
    (see :func:`_surname_left_out`).  Leftwards: one capitalised proper noun that the parser
    attached to the name as a compound, also when the tagger read it as a
    place (a given name like "Florence"), but never a title ("MEP Ana ..."),
    customary honorific ("Chief Ana ...", ``CUSTOMARY_HONORIFICS``) or
    demonym, nor a known place closing a title phrase ("ambassador to
    [Chile] Ana Lind", see :func:`_title_place`), nor a word of the NER's
    own span that :func:`_portfolio_holders` cut off, nor a capitalised plural noun
    opening the sentence ("Farmers Bo and Ana Lind", see ``plural_noun_opening``).  A capitalised role noun
    opening the span ("[Parent Ana Lind]" at a sentence start) is no part of
    the name and is cut off, as titles are.

    Args:
        ctx: the document context.
        lo, hi: the PERSON span's token range.

    Returns:
        The widened token range.
    """
    from .nlp import plural_noun_opening  # (at call time, as the imports from .mentions above)
    doc = ctx.doc
    lo = _hyphen_left(doc, lo)
    joined = _hyphen_right(doc, hi)
    if joined > hi:  # "[Karim]-ud-Din Lodhi": the tagger stopped at the hyphen
        hi = joined
        if hi < len(doc) and doc[hi - 1].whitespace_ == " " and doc[hi - 1].head.i == hi \
                and doc[hi - 1].dep_ == "compound" and _name_word(ctx, doc[hi]):
            hi += 1
    k = hi
    while k < len(doc) and k - hi < 3 and doc[k].lower_ in NAME_PARTICLES and doc[k - 1].whitespace_ == " " \
            and not ctx.quoted(k):
        k += 1
    if k > hi and k < len(doc) and doc[k - 1].whitespace_ == " " and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and not ctx.quoted(k) and doc[k].text.casefold() not in ctx.titles and doc[k].lower_ not in NAME_PARTICLES:
        hi = k + 1
        while hi < len(doc) and doc[hi].ent_iob_ == "I" and doc[hi - 1].ent_type_ == doc[hi].ent_type_ and \
                doc[hi].pos_ == "PROPN" and doc[hi].is_title and doc[hi - 1].whitespace_ == " " and \
                not ctx.quoted(hi) and doc[hi].text.casefold() not in ctx.titles:
            hi += 1  # "Ana dos" + the NER's body "Reis Tolsa": every surname after the particle
        while _glued_hyphen(doc, hi):
            hi += 2
    if _surname_left_out(ctx, hi):
        hi += 1
    lo = _particles_left(ctx, lo)
    if lo > 0:
        t = doc[lo - 1]
        if t.pos_ == "PROPN" and t.dep_ == "compound" and lo <= t.head.i < hi and t.is_alpha \
                and t.text[:1].isupper() and t.whitespace_ == " " and not ctx.quoted(t.i) \
                and t.text.casefold() not in ctx.titles and t.lower_ not in CUSTOMARY_HONORIFICS \
                and not _is_demonym(ctx, t.text) \
                and (t.i not in ctx.ent_of or ctx.ent_of[t.i].label_ in _GIVEN_NAME_PLACE_LABELS) \
                and not _title_place(ctx, t.i) and doc[lo].ent_iob_ != "I" \
                and not plural_noun_opening(doc, t.i) and not _ends_portfolio(ctx, t.i):
            lo -= 1  # ("I": cut off a portfolio; "Farmers Bo": no given name; "Minister for X Affairs NAME")
    if hi - lo >= 3 and doc[lo].lower_ in PERSON_NOUNS and doc[lo].text[:1].isupper() \
            and not doc[lo].text.isupper() and all(t.text[:1].isupper() for t in doc[lo + 1:hi]):
        lo += 1  # "[Parent Ana Lind] said": a capitalised role noun the tagger took into the name
    while hi - lo >= 2 and doc[lo].lower_ in {"royal", *STYLES_OF_ADDRESS} and doc[lo].text[:1].isupper():
        lo += 1  # "[Excellency Ana Lind]": a style of address the tagger took into the name
    return _after_honorific_chain(ctx, _after_inner_title(ctx, lo, hi), hi), hi


def _ends_portfolio(ctx: _Ctx, k: int) -> bool:
    """Tell whether token k is the last word of a portfolio after a title: "Minister for Foreign [Affairs] NAME".

    The word must be a portfolio's (a ministry's field: "Health", "Affairs", "Development"), and end a
    capitalised title with a portfolio (see :func:`_portfolio_title_before`): the words are the
    portfolio, not a given name.

    Args:
        ctx: the document context.
        k: a token index.

    Returns:
        True for a portfolio's last word.
    """
    from .mentions import MINISTRY_PORTFOLIOS, PORTFOLIO_ENDINGS, PORTFOLIO_WORDS  # (at call time, as above)
    word = ctx.doc[k].lower_
    if not (word in MINISTRY_PORTFOLIOS or word in PORTFOLIO_WORDS or PORTFOLIO_ENDINGS.search(word)):
        return False  # ("Secretary of State [John] Kerry": a given name after the portfolio)
    return bool(_portfolio_title_before(ctx, k + 1))


def _after_honorific_chain(ctx: _Ctx, lo: int, hi: int) -> int:
    """Cut a chain of Malay or Bruneian honorifics off a PERSON span: "[Seri Ana Varga]" after "Tan Sri Dato'".

    Malaysian and Bruneian news writes a chain of honorifics before a name ("Tan Sri Dato' Seri",
    "Datuk Haji", "Pehin Orang Kaya"); the chain is no part of the name.  The tagger often cuts the
    chain in two, so the honorific words right before the span (with the apostrophe of "Dato'") are
    read together with the span's own words.  The chain opens with one of the gazetteer's
    ``honorific_openers`` and goes on with openers and ``honorific_chain_words``; at least one
    capitalised word must remain.

    Args:
        ctx: the document context.
        lo, hi: the PERSON span's token range.

    Returns:
        The index where the name starts (``lo`` when no chain is at stake).
    """
    gaz, doc = ctx.gaz, ctx.doc
    if gaz is None or not gaz.honorific_openers or hi - lo < 2:
        return lo
    words = {w.rstrip(".") for t in gaz.honorific_openers for w in t.split()} | {
        t.rstrip(".") for t in gaz.honorific_chain_words}

    def honorific(k: int) -> bool:
        if doc[k].text in {"'", "’"}:
            return k > 0 and not doc[k - 1].whitespace_ and doc[k - 1].lower_ in {"dato", "datuk"}
        return doc[k].text[:1].isupper() and fold(doc[k].text).rstrip(".") in words and not ctx.quoted(k)

    k = lo
    while k > 0 and lo - k < 7 and "\n" not in doc[k - 1].whitespace_ and honorific(k - 1):
        k -= 1
    from .mentions import honorific_chain_length  # (at call time, like office_body_before_name above)
    i = honorific_chain_length(doc[k:hi].text.split())
    if i == 0:
        return lo
    end_char = doc[k].idx + len(" ".join(doc[k:hi].text.split()[:i]))
    j = next((t.i for t in doc[lo:hi] if t.idx >= end_char), hi)
    if j <= lo or j >= hi or not all(t.text[:1].isupper() for t in doc[j:hi] if t.is_alpha):
        return lo
    return j


def _after_inner_title(ctx: _Ctx, lo: int, hi: int) -> int:
    """Cut a constituency or ward and its role word off a PERSON span: "[Tolsby North MLA Ana Varga] said".

    Local news puts the seat before the title and the name ("Riverside
    councillor", "Tolsby North MLA"); the tagger often takes all of it
    for the name.  The role word must be an acronym title ("MLA", "MP") or
    a lower-case title inside the span, followed by at least two capitalised
    words that are no titles; a capitalised word such as "King" may be a
    surname and is left alone.

    Args:
        ctx: the document context.
        lo, hi: the PERSON span's token range.

    Returns:
        The index where the name starts.
    """
    doc = ctx.doc
    for j in range(hi - 3, lo, -1):
        t = doc[j]
        if t.text.casefold() not in ctx.titles or not (t.text.isupper() and len(t.text) > 1 or t.text.islower()):
            continue
        rest = doc[j + 1:hi]
        if all(w.is_alpha and w.text[:1].isupper() and w.text.casefold() not in ctx.titles for w in rest):
            return j + 1
        return lo
    return lo


def _title_place(ctx: _Ctx, i: int) -> bool:
    """Tell whether token i is a place closing a title phrase: "ambassador to [Chile] Ana Lind".

    A place the gazetteer knows right after "TITLE to/of/for/in" belongs to
    the title, not to the name after it, whatever the parser made of it.
    """
    doc = ctx.doc
    return i >= 2 and doc[i - 1].pos_ == "ADP" and doc[i - 1].lower_ in ("to", "of", "for", "in") \
        and (doc[i - 2].lower_ in ctx.titles or doc[i - 2].lemma_.casefold() in ctx.titles) \
        and (_is_place(ctx, doc[i].text) or ctx.gaz is not None and fold(doc[i].text) in ctx.gaz.capitals)


def _surname_left_out(ctx: _Ctx, hi: int) -> bool:
    """Tell whether the word after a PERSON span is the surname the tagger left out.

    The small model often tags only the first two words of a three-word name
    ("[Tashi Wangdi] Norbu said") while the parser makes them compounds of
    the last word, the head of the name (the last proper noun heads a name,
    as in Collins's 1999 noun-phrase head rules).  As in the entity layer's
    widening of a name over a capitalised surname no entity holds, that
    word on the same line belongs to the name when it is a capitalised
    proper noun that no other entity holds and that is no title, body noun,
    place or demonym.

    Args:
        ctx: the document context.
        hi: the end of the PERSON span.

    Returns:
        True when the token at hi completes the name.
    """
    doc = ctx.doc
    if hi >= len(doc) or hi == 0:
        return False
    last, t = doc[hi - 1], doc[hi]
    return last.dep_ == "compound" and last.head.i == t.i and last.whitespace_ == " " and t.pos_ == "PROPN" \
        and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and (t.i not in ctx.ent_of or (
            len(ctx.ent_of[t.i]) == 1 and ctx.ent_of[t.i].label_ == "NORP" and not ctx.ent_of[t.i].ent_id_
            and not t.lower_.endswith(GROUP_WORD_ENDINGS))) \
        and not ctx.quoted(t.i) and t.text.casefold() not in ctx.titles and t.lemma_.casefold() not in ORG_NOUNS \
        and not _is_place(ctx, t.text) and not _is_demonym(ctx, t.text)


def _particles_left(ctx: _Ctx, lo: int) -> int:
    """Move the start of a surname left over its lower-case particles and the given name before them.

    The tagger often tags only the last word of "Dirk van der Hoeven" as a
    PERSON (and the given name as something else).  Following the name
    patterns of the CoreNLP quote-attribution mention sieves (Muzny et al.
    2017), one to three lower-case surname particles ("van der", "de la",
    "bin") written between a capitalised given name and the surname on the
    same line belong to the name, and so does that given name, unless it is
    a title, place or demonym, or quoted.

    Args:
        ctx: the document context.
        lo: the first token of the PERSON span.

    Returns:
        The new first token (lo when no particle precedes the name).
    """
    doc = ctx.doc
    k = lo
    while k > 0 and lo - k < 3 and doc[k - 1].text in NAME_PARTICLES and doc[k - 1].whitespace_ == " " \
            and not ctx.quoted(k - 1):
        k -= 1
    if k == lo or k == 0:
        return lo
    t = doc[k - 1]
    if not (t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and t.whitespace_ == " ") or ctx.quoted(t.i) \
            or t.text.casefold() in ctx.titles or _is_place(ctx, t.text) or _is_demonym(ctx, t.text) \
            or t.i in ctx.ent_of and ctx.ent_of[t.i].end > t.i + 1:
        return lo
    return t.i


def _entity_mention(ctx: _Ctx, ent: "Span") -> Mention | None:
    """Mention for an entity span usable as a speaker (PERSON or ORG, no demonym), else None.

    An organisation's name runs over "and"/"of"/"for"/"in" joining title-case words
    (see :func:`_org_run`).
    """
    if ent.label_ not in SPEAKER_LABELS:
        return None
    if ent.label_ == "ORG" and (_is_demonym(ctx, ent.text) or _is_place(ctx, ent.text) and not ent.ent_id_):
        return None
    if ent.label_ == "ORG" and not ent.ent_id_:
        lo, hi = _org_bounds(ctx, ent)
        if (lo, hi) == (ent.start, ent.end) and hi - lo == 1 and _given_name_left_out(ctx, lo):
            lo -= 1  # "Ana [Varga]": the tagger read a surname alone as a body and left the given name out
        return _mention(ctx, lo, hi, ent.label_, ent.ent_id_)
    if ent.label_ == "PERSON":
        return _mention(ctx, *_person_bounds(ctx, ent.start, ent.end), ent.label_, ent.ent_id_)
    return _mention(ctx, ent.start, ent.end, ent.label_, ent.ent_id_)


def _given_name_left_out(ctx: _Ctx, i: int) -> bool:
    """Tell whether the word before a one-word span is an untagged given name glued to it: "Ana [Varga]".

    The small model often tags an unfamiliar surname alone (as a body) and leaves the given name
    before it out; the parser still makes that word a compound of the surname.  The word must be a
    capitalised proper noun of no entity, on the same line, no title, honorific, place or demonym.

    Args:
        ctx: the document context.
        i: the span's one token.

    Returns:
        True when the word before belongs to the name.
    """
    if i == 0:
        return False
    t = ctx.doc[i - 1]
    return t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == i and t.is_alpha and t.text.istitle() \
        and t.whitespace_ == " " and t.i not in ctx.ent_of and not ctx.quoted(t.i) and t.tag_ == "NNP" \
        and t.text.casefold() not in ctx.titles and t.lower_ not in HONORIFICS | CUSTOMARY_HONORIFICS \
        and t.lower_ not in STYLES_OF_ADDRESS and not _is_place(ctx, t.text) and not _is_demonym(ctx, t.text)


def _org_bounds(ctx: _Ctx, ent: "Span") -> tuple[int, int]:
    """The widest organisation name (see :func:`_org_run`) that holds an ORG span: its own run or
    the run of an ORG span shortly before it ("International Cooperation" in "Ministry of Foreign
    Affairs and International Cooperation")."""
    best = _org_run(ctx, ent.start, ent.end)
    for other in ctx.ents:
        if other.label_ != "ORG" or other.ent_id_ or other.start >= ent.start or other.end < ent.start - 8:
            continue
        lo, hi = _org_run(ctx, other.start, other.end)
        if lo <= ent.start and ent.end <= hi and hi - lo > best[1] - best[0]:
            best = (lo, hi)
    return best


#: Small words that may join the title-case parts of one organisation's name.
_ORG_JOINERS = frozenset({"and", "of", "for", "in", "&"})


def _org_run(ctx: _Ctx, lo: int, hi: int) -> tuple[int, int]:
    """Extend an organisation's token range [lo, hi) over joiners and title-case words.

    The tagger splits "Ministry of Foreign Affairs and International
    Cooperation" or "Nursing and Midwifery Federation" at the small words.
    Rightwards, "of"/"for"/"in" + capitalised words continue the name, and
    so does "and" + capitalised words inside an "of"/"for" complement when
    they hold no body noun of their own ("... of Foreign Affairs and Trade").
    Leftwards, "X and" joins when the parser attaches X as a modifier inside
    the name ("Nursing and Midwifery Federation").  Two bodies ("Siemens and
    Deutsche Bank"), places, countries and people are never joined; the run
    stays on one line and outside quotes.  A span the tagger cut right after
    "of"/"for" goes on over the capitalised words after it, places included
    ("Council of Baltic Sea Ports").
    """
    doc = ctx.doc
    if hi - lo >= 3 and doc[hi - 1].lower_ in ("and", "&"):
        hi -= 1  # "[Board of Health and] Social Care": the tagger kept the joiner
    if hi - lo >= 2 and doc[hi - 1].lower_ in ("of", "for") and not ctx.quoted(hi - 1):
        k = hi  # "[The Council of] Baltic Sea Ports": a span cut after its joiner goes on over the name
        while k < len(doc) and k - hi < 5 and doc[k].is_alpha and doc[k].text[:1].isupper() and not ctx.quoted(k) \
                and "\n" not in doc[k - 1].whitespace_ and (k not in ctx.ent_of or ctx.ent_of[k].label_ != "PERSON"):
            k += 1
        if k >= len(doc) or doc[k].text != "(":  # an acronym after it defines the name: see _with_defined_acronym
            hi = k
    for _ in range(3):
        if hi + 1 >= len(doc) or ctx.quoted(hi) or "\n" in doc[hi - 1].whitespace_ + doc[hi].whitespace_:
            break
        j = doc[hi].lower_
        if j not in _ORG_JOINERS:
            break
        k = hi + 1
        while k < len(doc) and k - hi <= 4 and _org_word(ctx, doc[k]) and "\n" not in doc[k - 1].whitespace_:
            k += 1
        run = doc[hi + 1:k]
        if not len(run) or _is_place(ctx, run.text) or _is_demonym(ctx, run.text) \
                or k < len(doc) and doc[k].text in ("'s", "’s"):
            break
        if j in ("and", "&"):
            inside = any(t.lower_ in ("of", "for") for t in doc[lo:hi])
            if not inside or any(t.lemma_.casefold() in ORG_NOUNS for t in run):
                break
        hi = k
    if lo >= 2 and doc[lo - 1].lower_ in ("and", "&") and not ctx.quoted(lo - 1) \
            and doc[hi - 1].lemma_.casefold() in ORG_NOUNS:
        k = lo - 1
        while k - 1 >= 0 and lo - k <= 4 and _org_word(ctx, doc[k - 1]) and "\n" not in doc[k - 1].whitespace_:
            k -= 1
        run = doc[k:lo - 1]
        last = doc[lo - 2]
        if len(run) and lo <= last.head.i < hi and last.dep_ not in ("conj", "appos") \
                and not any(t.lemma_.casefold() in ORG_NOUNS for t in run) and not _is_place(ctx, run.text):
            lo = k
    return lo, hi


def _org_word(ctx: _Ctx, t: "Token") -> bool:
    """A capitalised word that may belong to an organisation's name (no place, person or date)."""
    if not (t.text[:1].isupper() and t.is_alpha) or ctx.quoted(t.i) or t.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    ent = ctx.ent_of.get(t.i)
    return ent is None or ent.label_ == "ORG" or ent.label_ == "NORP" and t.pos_ == "ADJ"


_HYPHENS = ("-", "‐", "‑")
#: Entity labels that never belong to a name ("Berg Tuesday said" keeps "Berg").
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _glued_hyphen(doc: "Doc", h: int) -> bool:
    """Tell whether token h is a hyphen written inside a capitalised word pair ("Lind-Varga")."""
    if h <= 0 or h + 1 >= len(doc) or doc[h].text not in _HYPHENS:
        return False
    left, right = doc[h - 1], doc[h + 1]
    return not left.whitespace_ and not doc[h].whitespace_ and left.text[:1].isupper() \
        and right.text[:1].isupper() and left.is_alpha and right.is_alpha


def _hyphen_infix(doc: "Doc", h: int) -> bool:
    """A "-xx-" link (:func:`graph.names.hyphen_link_at`) between two capitalised words ("Karim-ud-Din")."""
    return hyphen_link_at(doc, h) and doc[h - 1].is_alpha and doc[h - 1].text[:1].isupper() and doc[h + 3].is_alpha


#: Prefixes glued to a name that are no part of it ("Anti-Lind protesters", "Ex-Berg aide").
_HYPHEN_PREFIXES = frozenset("anti pro ex post pre neo non".split())


def _lower_hyphen_tail(doc: "Doc", h: int) -> bool:
    """Tell whether token h glues a lower-case proper noun to a capitalised one ("Min-jun", "Seo-yeon").

    Korean given names are commonly romanised with a hyphen between their
    syllables and the second in lower case (allowed by the Revised
    Romanization of Korean, South Korea's Ministry of Culture and Tourism,
    2000); the tokenizer splits them at the hyphen and :func:`_glued_hyphen`
    wants two capitals.  Both parts must be tagged proper nouns with no blank
    around the hyphen.
    """
    if h <= 0 or h + 1 >= len(doc) or doc[h].text not in _HYPHENS:
        return False
    left, right = doc[h - 1], doc[h + 1]
    return not left.whitespace_ and not doc[h].whitespace_ and left.pos_ == right.pos_ == "PROPN" \
        and left.is_alpha and right.is_alpha and left.text[:1].isupper() and right.text.islower()


def _hyphen_left(doc: "Doc", lo: int) -> int:
    """Move the start of a name left over hyphen-glued parts ("Lind-", "Karim-ud-")."""
    while True:
        if _glued_hyphen(doc, lo - 1) and doc[lo - 2].lower_ not in _HYPHEN_PREFIXES:
            lo -= 2
        elif lo >= 4 and _hyphen_infix(doc, lo - 3):
            lo -= 4
        else:
            return lo


def _hyphen_right(doc: "Doc", hi: int) -> int:
    """Move the end of a name right over hyphen-glued parts ("-Varga", "-ud-Din")."""
    while True:
        if _glued_hyphen(doc, hi):
            hi += 2
        elif _hyphen_infix(doc, hi):
            hi += 4
        else:
            return hi


def _name_word(ctx: _Ctx, t: "Token") -> bool:
    """A capitalised proper noun that may continue a name to the right (not a date, place or title)."""
    if t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.is_alpha or ctx.quoted(t.i):
        return False
    if t.i in ctx.ent_of and ctx.ent_of[t.i].label_ in _NOT_NAME_LABELS:
        return False
    return not (t.text.casefold() in ctx.titles or _is_place(ctx, t.text) or _is_demonym(ctx, t.text))


def _propn_chunk(ctx: _Ctx, tok: "Token") -> tuple[int, int]:
    """The proper-noun name around tok ("Nur Sultan", "Mr Lind", "Ana Lind-Varga").

    Leftwards: the compound proper nouns that depend on the chunk.  Hyphens
    written without blanks join two capitalised words in both directions, or
    a capitalised and a lower-case syllable of a proper noun ("Seo-yeon",
    see :func:`_lower_hyphen_tail`); rightwards, adjacent capitalised proper
    nouns on the same line continue the name when the parser split it ("Ana
    Lucía Medina" with "Ana" and "Medina" both read as subjects).
    """
    doc = ctx.doc
    lo, hi = tok.i, tok.i + 1
    if lo >= 2 and _lower_hyphen_tail(doc, lo - 1):
        lo -= 2  # "Seo-[yeon]": the parser made the lower-case syllable the head
    elif _lower_hyphen_tail(doc, hi):
        hi += 2
    while lo > 0:
        if _hyphen_left(doc, lo) < lo:
            lo = _hyphen_left(doc, lo)
        elif okina_before(doc, lo):
            lo -= 1  # "'Ana Vea": the okina opening a Polynesian name is its first letter
        elif lo >= 2 and doc[lo - 1].text in NAME_PARTICLES and doc[lo - 2].pos_ == "PROPN" and doc[lo - 2].is_alpha \
                and doc[lo - 2].text[:1].isupper() and doc[lo - 2].text.casefold() not in ctx.titles:
            lo -= 2  # "Puigvert i Casals", "Herranz de Vega": a surname particle the parser hung elsewhere
        elif doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo, hi) \
                and doc[lo - 1].text.casefold() not in ctx.titles \
                and not (lo >= 2 and _is_bare_title(ctx, doc[lo - 2:lo])):  # "MEP Ana Lind": the title ends the name
            lo -= 1
        else:
            break
    while hi < len(doc):
        if _hyphen_right(doc, hi) > hi:
            hi = _hyphen_right(doc, hi)
        elif doc[hi - 1].whitespace_ == " " and _name_word(ctx, doc[hi]) and doc[hi - 1].pos_ == "PROPN":
            hi += 1
        else:
            break
    return lo, hi


def _mistagged_body(ctx: _Ctx, tok: "Token") -> tuple[int, int] | None:
    """The tokens of a body's "X of Y" name the tagger read as a title: "the Friends of Lakeside Park".

    The small model labels some bodies' names WORK_OF_ART or PRODUCT (see
    :func:`_mistagged_name`) or leaves them untagged, and the head word then
    reads as a person's name.  An "X of Y" name of capitalised words is a
    body's when its last word is a body noun, or a "which" relative clause
    describes it (relative pronoun agreement: "which" is not said of people,
    as in the animacy constraint of Lee et al. 2013), or, for a span tagged
    as a title, when its head is plural ("Friends", "Sisters").

    Args:
        ctx: the document context.
        tok: the head of the name (the word before "of").

    Returns:
        The token range [lo, hi) of the name without "the", or None.
    """
    doc = ctx.doc
    if (campaign := _campaign_body(ctx, tok)) is not None:
        return campaign
    if tok.pos_ != "PROPN" or ctx.quoted(tok.i) or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of" \
            or tok.text.casefold() in ctx.titles or tok.lemma_.casefold() in PERSON_NOUNS | ORG_NOUNS:
        return None  # "the President of the Council", "the Bank of X": a title, or a body tagged as one
    ent = ctx.ent_of.get(tok.i)
    if ent is not None:
        if ent.label_ not in MISTAGGED_NAME_LABELS or ent.root.i != tok.i:
            return None
        lo, hi = ent.start, ent.end
    else:  # untagged: the name runs to the end of the object of "of"
        objs = [o for c in tok.children if c.i == tok.i + 1 for o in c.children if o.dep_ == "pobj"]
        if not objs or any(t.i in ctx.ent_of for t in doc[tok.i:objs[0].i + 1]):
            return None
        lo, hi = tok.i, objs[0].i + 1
        lo = lo - 1 if lo > 0 and doc[lo - 1].lower_ == "the" and doc[lo - 1].head.i == tok.i else lo
    lo = lo + 1 if doc[lo].lower_ == "the" else lo
    if tok.i + 2 >= hi or any(not (t.text[:1].isupper() and t.is_alpha) and t.lower_ not in _ORG_JOINERS | {"the"}
                              or ctx.quoted(t.i) for t in doc[lo:hi]):
        return None
    if _is_place(ctx, doc[lo:hi].text) or _is_place(ctx, doc[lo:tok.i + 1].text):
        return None
    which = any(c.dep_ == "relcl" and c.i >= hi and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "which"
                                                        for g in c.children)
                for t in doc[tok.i:hi] for c in t.children)  # ", which ...": hung on the head or the last word
    if which or doc[hi - 1].lemma_.casefold() in ORG_NOUNS | _MEMBER_BODY_NOUNS \
            or ent is not None and tok.tag_ == "NNPS":
        return lo, hi
    return None


def _campaign_body(ctx: _Ctx, tok: "Token") -> tuple[int, int] | None:
    """The tokens of a campaign body's "X for Y" name that an appositive calls a body: "Parents for Oakvale, a charity".

    Campaign and advocacy groups are named "<Capitalised noun> for <Name>";
    the small model reads the head as a common noun (a plural like
    "Parents") and the words after "for" as a person or a place.  The name
    is a body's when an appositive right after it is headed by a singular
    body noun ("a nonprofit", "the campaign group"), as in CoreNLP's
    appositive rule for a mention's type (Lee et al. 2013).

    Args:
        ctx: the document context.
        tok: the head of the name (the word before "for").

    Returns:
        The token range [lo, hi) of the name, or None.
    """
    doc = ctx.doc
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.is_alpha or not tok.text[:1].isupper() or ctx.quoted(tok.i) \
            or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "for" or tok.i in ctx.ent_of:
        return None
    lo = tok.i
    while lo > 0 and doc[lo - 1].head.i == tok.i and doc[lo - 1].dep_ in ("compound", "amod") \
            and doc[lo - 1].is_alpha and doc[lo - 1].text[:1].isupper():
        lo -= 1
    hi = tok.i + 2
    while hi < len(doc) and hi - tok.i <= 6 and doc[hi].is_alpha and doc[hi].text[:1].isupper() \
            and not ctx.quoted(hi) and "\n" not in doc[hi - 1].whitespace_:
        hi += 1
    if hi == tok.i + 2 or _is_place(ctx, doc[lo:hi].text):
        return None
    heads = [c for t in doc[lo:hi] for c in t.children if c.dep_ == "appos" and c.i >= hi and not ctx.quoted(c.i)]
    surface = _surface_appositive(ctx, hi)
    if surface is not None:
        heads.append(surface)
    if not any(h.pos_ == "NOUN" and h.tag_ == "NN" and h.lemma_.casefold() in ORG_NOUNS | _MEMBER_BODY_NOUNS
               for h in heads):
        return None
    return lo, hi


def _body_of_place(ctx: _Ctx, tok: "Token") -> tuple[int, int] | None:
    """The tokens of an untagged "<Body noun> of <Place>" name: "the Embassy of Portugal".

    The small model leaves such names untagged or tags only the place, and
    the capitalised body noun alone then reads as a person's name.  A
    capitalised body noun (``ORG_NOUNS``) followed by "of" and a
    capitalised place or name (and "in" with a one-word host place) is one body's name (the head noun gives the
    mention's type, as in CoreNLP's NER-less mention typing, Lee et al. 2013).

    Args:
        ctx: the document context.
        tok: a proper noun without an entity tag of its own.

    Returns:
        The token range [lo, hi) of the name without "the", or None.
    """
    doc = ctx.doc
    if tok.pos_ != "PROPN" or tok.i in ctx.ent_of or ctx.quoted(tok.i) or not tok.text.istitle() \
            or tok.lower_ not in ORG_NOUNS or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    objs = [o for o in doc[tok.i + 1].children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    if not objs or doc[tok.i + 1].head.i != tok.i:
        return None
    hi = objs[0].i + 1
    host = [o for p in objs[0].children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    host += [o for p in doc[tok.i].children if p.dep_ == "prep" and p.lower_ == "in" and p.i == hi for o in p.children]
    if host and host[0].dep_ == "pobj" and host[0].pos_ == "PROPN" and host[0].i == hi + 1 \
            and (host[0].i not in ctx.ent_of or ctx.ent_of[host[0].i].end == hi + 2):
        hi += 2  # "the Embassy of Chile in Austria": the host state belongs to the name
    if any(not t.text[:1].isupper() and t.lower_ not in _ORG_JOINERS | {"the"} or ctx.quoted(t.i)
           or ctx.ent_of.get(t.i) is not None and ctx.ent_of[t.i].label_ in ("PERSON", *_NOT_NAME_LABELS)
           for t in doc[tok.i + 2:hi]):
        return None
    lo = tok.i
    while lo > 0 and doc[lo - 1].head.i == tok.i and doc[lo - 1].dep_ in ("compound", "amod") \
            and doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha:
        lo -= 1
    return lo, hi


def _propn_mention(ctx: _Ctx, tok: "Token") -> Mention | None:
    """Mention for a proper noun that spaCy did not tag (a single name like "Tomas").

    A body's name the tagger read as a title or left untagged gives the whole
    name, as an organisation (see :func:`_mistagged_body`).
    """
    body = _mistagged_body(ctx, tok) or _body_of_place(ctx, tok)
    if body is not None:
        return _mention(ctx, *body, "ORG")
    lo, hi = _propn_chunk(ctx, tok)
    surface = ctx.doc[lo:hi].text
    capital = tok.text[:1].isupper() or tok.i >= 2 and lo <= tok.i - 2 and _lower_hyphen_tail(ctx.doc, tok.i - 1)
    if _is_place(ctx, surface) or _is_demonym(ctx, surface) or not capital:
        return None
    appos = [c for c in tok.children if c.dep_ == "appos"]
    label = "ORG" if any(a.lemma_.casefold() in ORG_NOUNS for a in appos) else "PERSON"
    if hi - lo >= 2 and tok.i == hi - 1 and tok.tag_ == "NNP" and tok.lower_ in ORG_NOUNS:
        label = "ORG"  # "the Harbour Region Presidency": a name headed by a body noun is a body's
    owner = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < lo
             and c.text.casefold() in ctx.titles and not ctx.quoted(c.i)]
    if tok.lemma_.casefold() in ORG_NOUNS and owner:  # "the Prime Minister's Office": a body named by a title
        lo, label = min(t.i for t in owner[0].subtree), "ORG"
    return _mention(ctx, lo, hi, label)


#: Dependents that embed another clause or phrase in an appositive: the nouns under them describe
#: somebody or something else ("a nurse who lives with her husband", "the daughter of a king").
_EMBEDDING_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "prep", "appos"})


def _embedded(t: "Token", top: "Token") -> bool:
    """Tell whether a token of an appositive's subtree sits under an embedded clause or phrase.

    A conjunct with a possessive of its own ("X, a teacher, and his wife,
    Y") names somebody else too.
    """
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in _EMBEDDING_DEPS or t.dep_ == "conj" and any(c.dep_ == "poss" for c in t.children):
            return True
        t = t.head
    return False


def _relative_possessive(noun: "Token") -> bool:
    """Tell whether a noun the parser hung as an appositive is owned by a relative "whose".

    "Tova Rennik, whose brother, Ilan Rennik, runs the boat, said ...": the
    small model often reads "whose brother" as an apposition to the name, but
    a relative possessive makes the noun somebody else's (the brother is Ilan
    Rennik, and says nothing of Tova Rennik's gender).  An appositive describes its anchor
    only when the two corefer (the appositive constraint of Lee et al. 2013's
    deterministic coreference sieves); a possessive relative breaks that, so
    the noun gives the name no title, gender or kind.

    Args:
        noun: the appositive's head noun.

    Returns:
        True when "whose" determines the noun.
    """
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children)


def _title_context(ctx: _Ctx, head: "Token", lo: int, hi: int, own: bool, core: bool = False) -> frozenset[str]:
    """Collect the words that describe a name: titles, appositives and (for bodies) its own words.

    After CoreNLP's mention-to-speaker step, which links "the Kremlin
    spokesman" to the person last introduced with that title.

    Args:
        ctx: the document context.
        head: the name's head token.
        lo, hi: the name's token range.
        own: include the name's own words (for organisations: "the ministry").
        core: leave out the words of clauses and phrases embedded in an
            appositive ("with her husband" in "X, a nurse who lives with her
            husband"): they describe somebody else, which matters for gender.

    Returns:
        Normalised words (lemmas; demonyms and capitals also as countries).
    """
    toks = []
    for c in head.children:
        if c.i < lo and c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
            toks.extend(c.subtree)
        elif c.dep_ == "appos" and not (lo <= c.i < hi) and not _relative_possessive(c):
            toks.extend(t for t in c.subtree if not ctx.quoted(t.i) and not (core and _embedded(t, c)))
    if head.dep_ == "appos" and head.head.i < lo:
        noun = head.head
        toks.append(noun)
        toks.extend(t for c in noun.children if c.i < noun.i for t in c.subtree)
    if own:
        toks.extend(ctx.doc[lo:hi])
    return frozenset(_words(ctx, toks))


#: Words news copy puts before a newspaper's name ("the daily X", "the Slovak newspaper X") and uses to take
#: it up later ("the paper said"): a role premodifier that names the kind of body (the NP-internal
#: descriptor of Haghighi & Klein 2009, matched as a head noun by Lee et al. 2013's head-match sieves).
PRESS_DESCRIPTORS = frozenset("daily newspaper paper".split())


def _kinds(ctx: _Ctx, head: "Token", lo: int, hi: int) -> frozenset[str]:
    """Head nouns that say what a name is: its appositive's head, the noun it stands in apposition
    to and its own words (whatever label the tagger gave it).

    "Agri-Nord, the lobby group for dairy farmers" gives {"group"}, not "farmer";
    "the Ruritanian Foreign Ministry" gives its own words ("ministry").
    """
    out = {c.lemma_.casefold() for c in head.children
           if c.dep_ == "appos" and not (lo <= c.i < hi) and c.pos_ in ("NOUN", "PROPN") and not ctx.quoted(c.i)
           and not _relative_possessive(c)}
    if head.dep_ == "appos" and head.head.i < lo and head.head.pos_ == "NOUN":
        out.add(head.head.lemma_.casefold())
    out |= {t.lemma_.casefold() for t in ctx.doc[lo:hi] if t.pos_ in ("NOUN", "PROPN")}
    if any(c.i < lo and c.dep_ in ("amod", "compound") and c.lower_ in PRESS_DESCRIPTORS for c in head.children):
        out |= PRESS_DESCRIPTORS  # "the daily X" ... "the paper said": a descriptor before the name
    surface = _surface_appositive(ctx, hi)
    if surface is not None:
        out.add(surface.lemma_.casefold())
    return frozenset(out)


def _surface_appositive(ctx: _Ctx, hi: int) -> "Token | None":
    """The head noun of ", the/a ... NOUN ," right after a name, when the parser missed the apposition.

    "Nordvik, the shipping company, lost ..." is often parsed with "company"
    as the subject; the phrase between the commas still says what Nordvik is.
    """
    doc = ctx.doc
    if hi + 2 >= len(doc) or doc[hi].text != "," or doc[hi + 1].lower_ not in ("the", "a", "an"):
        return None
    k = hi + 2
    while k < len(doc) and k - hi < 12 and doc[k].text not in (",", ".", ";", ":") and not ctx.quoted(k):
        k += 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    roots = [t for t in doc[hi + 1:k] if not hi + 1 <= t.head.i < k]
    return roots[0] if len(roots) == 1 and roots[0].pos_ == "NOUN" else None


def _gender(ctx: _Ctx, first: int, context: frozenset[str]) -> str:
    """"m", "f" or "" from a name's honorific and title words ("Mrs", "spokeswoman").

    Words that stand inside another name of the sentence ("a lecturer at
    Queen's College", "a nurse at Prince Albert Hospital") are no title of the
    person's (see :func:`_names_words`).
    """
    words = set(context) - _names_words(ctx, first)
    if first > 0:
        words.add(ctx.doc[first - 1].lower_)
    words.add(ctx.doc[first].lower_)
    male, female = bool(words & MALE_WORDS), bool(words & FEMALE_WORDS)
    return "m" if male and not female else "f" if female and not male else ""


def _coordinated_owner_gender(ctx: _Ctx, head: "Token") -> str:
    """"m" or "f" when a conjunct after a name is owned by "his"/"her": "Ana Lind and her deputy".

    In a coordination "NAME and his/her NOUN" the possessive takes up the
    name it is coordinated with (the closest antecedent in the same phrase,
    as in the pronoun sieves of Lee et al. 2013), so the name is of the
    possessive's gender.

    Args:
        ctx: the document context.
        head: the head token of a name.

    Returns:
        "m", "f", or "" when no such conjunct follows.
    """
    owners = {g.lower_ for c in head.children if c.dep_ == "conj" and c.i > head.i and not ctx.quoted(c.i)
              for g in c.children if g.dep_ == "poss" and g.lower_ in ("his", "her")}
    return _pronoun_gender(owners.pop()) if len(owners) == 1 else ""


def _names_words(ctx: _Ctx, first: int) -> set[str]:
    """Lower-cased words of the non-person entities in the sentence of token ``first``."""
    out: set[str] = set()
    for t in ctx.doc[first].sent:
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label_ != "PERSON" and t.i != first:
            out |= {t.lower_, t.lemma_.casefold()}
    return out


def _named_after_person(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Tell whether a body-tagged name closes on a body's head word ("[Queen Salote] College", "King X Hospital").

    Bodies and buildings named after a titled person keep the title ("Prince X Hospital", "Queen Y School");
    the title then says nothing of a person, for the head word (the last word of an English noun phrase,
    Collins's 1999 head rules) is a body's (``graph.nlp.BODY_WORDS``, ``ORG_NOUNS``).

    Args:
        ctx: the document context.
        lo, hi: the name's token range.

    Returns:
        True when the name's last word is a body's head word written in capitals.
    """
    from .nlp import BODY_WORDS
    last = ctx.doc[hi - 1] if hi > lo else None
    return last is not None and last.is_title and last.lower_ in BODY_WORDS | ORG_NOUNS | INSTITUTION_PLURALS


def _place_conjunct(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a one-word PERSON span is a conjunct of a place name ("Tolsa and [Varn]"), so a place.

    Coordinated noun phrases share their semantic class (the conjunct agreement that Lee et al. 2013's
    coreference sieves and NER post-correction rely on); a lone capitalised word the tagger read as a person,
    with no title or honorific, that is joined by "and" / "or" to a place the tagger or the gazetteer knows is
    one more place ("islands such as X and Y").

    Args:
        ctx: the document context.
        ent: the PERSON span.

    Returns:
        True when the span is one word with a place as its conjunct.
    """
    if len(ent) != 1:
        return False
    tok = ent[0]
    if tok.i and ctx.doc[tok.i - 1].lower_.rstrip(".") in HONORIFICS:
        return False
    conjuncts = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    k = tok.i - 1 if okina_before(ctx.doc, tok.i) else tok.i  # the parser may miss the coordination
    if k >= 2 and ctx.doc[k - 1].lower_ in ("and", "or"):
        conjuncts.append(ctx.doc[k - 2])
    for c in conjuncts:
        other = ctx.ent_of.get(c.i)
        if other is not None and len(other) == 1 and (other.label_ in ("GPE", "LOC", "PLACE") or
                                                      _is_place(ctx, other.text)):
            return True
    return False


#: prepositions that set a place-tagged name as a site: "In X, the premier said"
SITE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})


def _collect_names(ctx: _Ctx) -> list[_Name]:
    """Collect the name mentions outside quotations (antecedents for pronouns and roles).

    Entity spans labelled PERSON or ORG, plus proper nouns the tagger missed or
    mislabelled when a title, an honorific or a cue verb shows they are names.

    Args:
        ctx: the document context (names not yet set).

    Returns:
        The names in text order.
    """
    doc = ctx.doc
    out: dict[int, _Name] = {}
    titles = ctx.titles
    runs = {ent.start: _org_run(ctx, ent.start, ent.end) for ent in ctx.ents
            if ent.label_ == "ORG" and not ent.ent_id_}
    for ent in ctx.ents:
        if ctx.quoted(ent.start):
            continue
        lo, hi = runs.get(ent.start, (ent.start, ent.end))
        if any(s != ent.start and r[0] <= ent.start and ent.end <= r[1] for s, r in runs.items()):
            continue  # part of a longer organisation name ("Nursing" in "Nursing and Midwifery Federation")
        if ent.label_ == "PERSON" and _is_bare_title(ctx, ent):
            continue  # "[Grand Duke] Ana Lind": a title tagged on its own names nobody
        if ent.label_ == "PERSON" and _place_conjunct(ctx, ent):
            continue  # "islands such as Tolsa and [Varn]": a one-word name joined to a place is a place
        m = _entity_mention(ctx, ent)
        if m is None:
            continue
        head = ent.root
        if ent.label_ == "PERSON" and _surname_left_out(ctx, ent.end):
            hi = ent.end + 1  # "[Tashi Wangdi] Norbu": the name's head is the surname the tagger left out
        if (lo, hi) != (ent.start, ent.end):  # the root of the whole run
            head = max((t for t in doc[lo:hi] if not lo <= t.head.i < hi or t.head.i == t.i),
                       key=lambda t: t.i, default=ent.root)
        surface = _surface_titles(ctx, lo, hi)
        if ent.label_ == "PERSON":
            surface |= _predicate_roles(ctx, head)
        context = _title_context(ctx, head, lo, hi, own=ent.label_ == "ORG") | \
            _trimmed_titles(ctx, lo, m) | surface
        if head.i != ent.root.i and ent.label_ == "PERSON":  # "Chief [Ana Lind] Obi": the title on the tagged part
            context |= _title_context(ctx, ent.root, lo, hi, own=False)
        person = ent.label_ == "PERSON" or bool(context & titles) or doc[lo].lower_ in HONORIFICS \
            or head.dep_ == "appos" and _person_noun(ctx, head.head) or bool(surface & PERSON_NOUNS) \
            or _person_appositive(ctx, head)
        if person and ent.label_ != "PERSON" and _named_after_person(ctx, lo, hi):
            person = False  # "[Prince Tolsa Hospital]": a body named after a titled person is no person
        if not person and ent.label_ == "ORG" and _maybe_person(m) and _who_clause(head):
            # "Ana Lind, who lives nearby," read as a body: "who" is said of people (animacy, Lee et al. 2013)
            person = True
            m = _mention(ctx, *_person_bounds(ctx, lo, hi), "PERSON") or m
        core = _title_context(ctx, head, lo, hi, own=ent.label_ == "ORG", core=True)
        if head.i != ent.root.i and ent.label_ == "PERSON":
            core |= _title_context(ctx, ent.root, lo, hi, own=False, core=True)
        gender = _gender(ctx, lo, core | _trimmed_titles(ctx, lo, m) | surface) or _coordinated_owner_gender(ctx, head)
        out[lo] = _Name(m, head.i, lo, person, context, gender, _kinds(ctx, head, lo, hi))
    person_surnames = {e[-1].text.casefold() for e in ctx.ents if e.label_ == "PERSON" and not ctx.quoted(e.start)}
    for tok in doc:
        if tok.pos_ != "PROPN" or ctx.quoted(tok.i) or tok.head.pos_ == "PROPN" and tok.dep_ == "compound":
            continue
        ent = ctx.ent_of.get(tok.i)
        if ent is not None and not _mistagged_name(ent) and not _misread_place(ctx, ent) \
                and not _misread_demonym(ctx, ent):
            continue
        if ent is not None and ent.label_ in PLACE_LIKE_LABELS and tok.dep_ == "pobj" and \
                tok.head.lower_ in SITE_PREPOSITIONS and tok.head.i == ent.start - 1:
            continue  # "In X, the premier ...": an unlisted place where something happens is no one's name
        m = _propn_mention(ctx, tok)
        if m is None or tok.lower_ in STYLES_OF_ADDRESS:
            continue  # "Her Royal Highness [Princess NAME]": a style of address names nobody
        lo, hi = _propn_chunk(ctx, tok)
        context = _title_context(ctx, tok, lo, hi, own=False) | _trimmed_titles(ctx, lo, m) | \
            _surface_titles(ctx, lo, hi)
        if lo > 0 and (first := _title_start(ctx, lo, ctx.para_starts[ctx.para_of(doc[lo].idx)])) < lo:
            context |= frozenset(_words(ctx, doc[first:lo]))  # "Lyonpo [Tashi Norbu]": the title before the chunk
        honorific = any(c.lower_ in HONORIFICS or _TITLE_TOKEN.match(c.text) for c in tok.children) or \
            _TITLE_TOKEN.match(tok.text) or doc[lo].lower_ in HONORIFICS
        speaks = tok.dep_ == "nsubj" and _is_cue(tok.head)
        own = context
        if ent is not None and ent.label_ in PLACE_LIKE_LABELS:  # a place's appositive may embed others' titles
            own = _title_context(ctx, tok, lo, hi, own=False, core=True) | _trimmed_titles(ctx, lo, m) | \
                _surface_titles(ctx, lo, hi)
        titled = bool(own & (titles | PERSON_NOUNS)) and not _title_of_apposed_name(ctx, tok) or any(
            lo - w >= 0 and _title_width(ctx, lo - w, lo + 1) == w for w in (2, 3))  # "Grand Duke NAME"
        # "the chair of X, [Ana Lind]," read as a place, with "Lind" tagged as a person elsewhere: a full name
        surnamed = ent is not None and ent.label_ in PLACE_LIKE_LABELS and hi - lo >= 2 and \
            doc[hi - 1].text.casefold() in person_surnames
        # "X Y and her husband, Z Y, flew ...": a name joined to its own kin ("her husband") is a person's
        kin = ent is None and hi - lo >= 2 and any(
            c.dep_ == "conj" and c.lower_ in KIN_NOUNS and any(
                p.dep_ == "poss" and p.lower_ in {"her", "his"} for p in c.children) for c in tok.children)
        if honorific or speaks or titled or surnamed or kin:
            gender = _gender(ctx, lo, _title_context(ctx, tok, lo, hi, own=False, core=True)
                             | _trimmed_titles(ctx, lo, m) | _surface_titles(ctx, lo, hi))
            out.setdefault(lo, _Name(m, tok.i, lo, m.label == "PERSON" or surnamed or kin, context, gender,
                                     _kinds(ctx, tok, lo, hi)))
    return [out[k] for k in sorted(out)]


def _title_of_apposed_name(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a title hung on a word belongs to a person's name apposed after it.

    In a chain of commas ("from Varnek, a port on the Tolsby fjord, the
    country's consul, Ana Lind, said") the parser often hangs both the title
    and the name after it on an earlier noun.  A title written right before
    a name in apposition introduces that name (the appositive rule of Lee et
    al. 2013 pairs a role with the mention next to it), so it says nothing
    of the earlier word, which must not become a person for it.

    Args:
        ctx: the document context.
        tok: the head of an untagged or misread proper noun.

    Returns:
        True when a noun appositive of tok is followed by a PERSON-tagged appositive of tok.
    """
    apps = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and not ctx.quoted(c.i)]
    return any(a.pos_ == "NOUN" and b.i > a.i and b.i in ctx.ent_of and ctx.ent_of[b.i].label_ == "PERSON"
               for a in apps for b in apps)


def _person_appositive(ctx: _Ctx, head: "Token") -> bool:
    """Tell whether a name has a person noun in apposition: "X, lifeboat operations manager at Y,".

    The small model tags some people's names as bodies or places; an
    appositive whose head is a person noun ("manager", "historian",
    "spokeswoman", "chief of staff") says the name is a person's, as in CoreNLP's
    mention-to-speaker step, which reads "NAME, the spokesman," as a person.
    A name that is itself a country, a place or a gazetteer body is left alone.

    Args:
        ctx: the document context.
        head: the head token of the name.

    Returns:
        True when an appositive child of the head is a singular person noun
        (or a singular noun taken up by "who", see :func:`_who_clause`).
    """
    ent = ctx.ent_of.get(head.i)
    if ent is not None and (ent.ent_id_ or _is_place(ctx, ent.text) or _is_demonym(ctx, ent.text)):
        return False
    return any(c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN" and c.tag_ == "NN" and not ctx.quoted(c.i)
               and (c.lemma_.casefold() in PERSON_NOUNS | {"chief"} or _who_clause(c) or _chamber_member(c))
               for c in head.children)


#: bodies whose members are people: "X, a member of the Assembly of Y," is a person (a state is a member of a bloc)
MEMBER_CHAMBERS = frozenset({"assembly", "parliament", "senate", "congress", "council", "legislature", "party",
                             "house", "chamber", "board", "committee", "commission"})


def _chamber_member(noun: "Token") -> bool:
    """Tell whether a noun is "member of / for" a chamber or a party ("a member of the Assembly of X").

    Args:
        noun: an appositive noun.

    Returns:
        True for "member" with an "of" or "for" phrase whose head names a chamber or a party.
    """
    return noun.lemma_.casefold() == "member" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(
            p.dep_ == "pobj" and p.lemma_.casefold() in MEMBER_CHAMBERS for p in c.children)
        for c in noun.children)


def _who_clause(noun: "Token") -> bool:
    """Tell whether a noun heads a relative clause opened by "who" ("a bus driver who ...").

    "Who" refers to people only: the animacy cue of Lee et al. 2013's
    coreference sieves (and of CoreNLP's mention animacy), so the noun it
    takes up denotes a person even when it is no listed person noun.

    Args:
        noun: the noun.

    Returns:
        True when a relative clause of the noun has "who" or "whom" as its subject or object.
    """
    return any(c.dep_ == "relcl" and c.i > noun.i and any(
        g.lower_ in ("who", "whom") and g.i < c.i and g.dep_ in ("nsubj", "nsubjpass", "dobj")
        for g in c.children) for c in noun.children)


#: Verbs whose predicate noun gives the role of their subject or object ("X became mayor",
#: "the firm named X as its spokeswoman", "X, who serves as envoy").
_ROLE_VERBS = frozenset("be become serve remain appoint name elect promote hire nominate install act work".split())


#: Verbs of holding an office and the titles of its holder ("X, who chaired the board" is its chairman).
OFFICE_VERBS = {
    "chair": frozenset("chairman chairwoman chairperson chair".split()),
    "lead": frozenset({"leader"}), "head": frozenset({"head"}), "direct": frozenset({"director"}),
    "govern": frozenset({"governor"}), "edit": frozenset({"editor"}), "manage": frozenset({"manager"}),
    "coach": frozenset({"coach"}), "captain": frozenset({"captain"}), "found": frozenset({"founder"}),
}


def _predicate_roles(ctx: _Ctx, head: "Token") -> frozenset[str]:
    """Role words given to a person in a predicate ("X is the spokeswoman", "named X as its mayor").

    CoreNLP's mention-to-speaker step (Muzny et al. 2017) links "the
    spokeswoman said" to the person introduced with that role; news copy
    often introduces the role in a predicate instead of an appositive: a
    copula or "become/remain" with an attribute, "appoint/name/elect" with an
    object predicate, or "serve/act/work as" (also in a relative clause
    "X, who serves as mayor").  Only the role noun and its own modifiers
    count ("the brother of the minister" gives "brother"), and never under a
    negation.  A term closed by "until <date>" adds "former" (see :func:`_term_ended`).
    A relative clause whose verb is the verb of an office ("X, who chaired
    the board", "who led the party": ``OFFICE_VERBS``) gives the office's
    title, and in the simple past "former" too: news copy writes "who
    chairs" of a sitting holder.

    Args:
        ctx: the document context.
        head: the head token of a PERSON name.

    Returns:
        The normalised role words (empty when no predicate names a role).
    """
    verbs, past = [], False
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd") and head.head.i != head.i:
        verbs.append(head.head)
    verbs += [c for c in head.children if c.dep_ == "relcl"
              and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that") for s in c.children)]
    toks, office = [], set()
    for v in verbs:
        if v.head.i == head.i and v.lemma_.casefold() in OFFICE_VERBS and not ctx.quoted(v.i) \
                and not any(c.dep_ == "neg" for c in v.children) \
                and any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN") for c in v.children):
            office |= OFFICE_VERBS[v.lemma_.casefold()]  # "X, who chaired the board": the board's chairman
            past = past or v.tag_ == "VBD"
            continue
        if v.lemma_.casefold() not in _ROLE_VERBS or any(c.dep_ == "neg" for c in v.children) or ctx.quoted(v.i):
            continue
        if v.lemma_ in ("be", "become", "remain") and head.dep_ != "nsubj" and v.head.i != head.i:
            continue
        nouns = [c for c in v.children if c.dep_ in ("attr", "oprd") and c.i != head.i]
        nouns += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                  if p.dep_ == "pobj"]
        for n in nouns:
            if n.pos_ == "NOUN" and not ctx.quoted(n.i):
                toks.extend(t for t in n.subtree if not _embedded(t, n) and not _owner_noun(t, n)
                            and not ctx.quoted(t.i))
        if nouns and _term_ended(v):
            past = True
    return frozenset(_words(ctx, toks)) | office | ({"former"} if past else set())


def _term_ended(v: "Token") -> bool:
    """Tell whether a past-tense role verb says the term is over: "X, who served as mayor until 2019".

    A past tense with an "until"/"till" adjunct that holds a date places the
    end of the office before the time of writing (a tenure modifier read by
    meaning, see :func:`_meets`).

    Args:
        v: the role verb.

    Returns:
        True for a closed term.
    """
    return v.tag_ == "VBD" and any(
        p.dep_ == "prep" and p.lower_ in ("until", "till")
        and any(o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.like_num) for o in p.children) for p in v.children)


def _owner_noun(t: "Token", top: "Token") -> bool:
    """Tell whether a token sits under a common-noun possessive of top ("the mayor's" in "the mayor's aide").

    The owner is somebody else: "the mayor's spokesman" is no mayor.  Proper
    noun owners ("Vessby's mayor") stay, as they name the role's place or body.

    Args:
        t: a token of top's subtree.
        top: the role noun.

    Returns:
        True when a common-noun possessive between t and top owns t.
    """
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "poss" and t.pos_ == "NOUN":
            return True
        t = t.head
    return False


#: Words that end a role phrase read off the surface ("X, a spokesman for the ministry, said").
_ROLE_PHRASE_STOPS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "who", "which", "that"})


def _surface_titles(ctx: _Ctx, lo: int, hi: int) -> frozenset[str]:
    """Role words written next to a name, read off the surface when the parse misses them.

    Before the name: the run of lower-case nouns and adjectives (and
    demonyms) ending in a person noun or title right before it ("Ethiopian
    government spokesman NAME", "ministry spokesman NAME").  After it: an
    appositive ", a/an/the ... ROLE (for|of|at|to ...) ...," when it holds a
    person noun or title ("NAME, a spokesman for the ministry,").

    Args:
        ctx: the document context.
        lo, hi: the name's token range.

    Returns:
        Normalised words (as :func:`_title_context`), or an empty set.
    """
    doc = ctx.doc
    out: set[str] = set()
    k = lo - 1
    while k >= 0 and doc[k].lower_ in HONORIFICS:
        k -= 1
    if k >= 0 and not ctx.quoted(k) and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].text[:1].islower() \
            and _role_word(ctx, doc[k]):
        first = k
        while first - 1 >= 0 and not ctx.quoted(first - 1) and "\n" not in doc[first - 1].whitespace_ and (
                doc[first - 1].pos_ in ("NOUN", "ADJ") and doc[first - 1].text[:1].islower()
                or _is_demonym(ctx, doc[first - 1].text)) and k - first < 4:
            first -= 1
        out |= _words(ctx, doc[first:k + 1])
    if hi + 2 < len(doc) and doc[hi].text == "," and doc[hi + 1].lower_ in ("a", "an", "the") \
            and not ctx.quoted(hi + 1):
        end = hi + 2
        while end < len(doc) and end - hi <= 12 and doc[end].lower_ not in _ROLE_PHRASE_STOPS \
                and not ctx.quoted(end) and "\n" not in doc[end - 1].whitespace_:
            end += 1
        phrase = doc[hi + 2:end]
        if any(_role_word(ctx, t) for t in phrase):
            out |= _words(ctx, phrase)
    out |= _preceding_role_phrase(ctx, lo, hi)
    out |= _portfolio_title_before(ctx, lo)
    return frozenset(out)


#: Small words inside a capitalised title with a portfolio ("Minister for Fisheries and Forests").
_PORTFOLIO_JOINERS = frozenset({"of", "for", "and", "&"})


def _portfolio_title_before(ctx: _Ctx, lo: int) -> set[str]:
    """The words of a capitalised title with a portfolio written right before a name.

    Government copy puts the full title before the name with no comma
    ("Junior Minister for Fisheries and Forests NAME said"); the parser
    then hangs the name on the title as a conjunct or a compound of the
    portfolio, and no appositive or compound ties the title to the name.
    The run of capitalised words and joiners (of, for, and; "to" after an
    envoy's title: "Ambassador to Chile NAME") ending right before the name
    is its title when a title word stands before the first "of"/"for"/"to"
    (the head of the title phrase, as in CoreNLP's
    mention-to-speaker step, which links "the junior minister" to the
    person last introduced with that title).

    Args:
        ctx: the document context.
        lo: the name's first token.

    Returns:
        Normalised words of the title (as :func:`_title_context`), or an
        empty set.
    """
    doc = ctx.doc
    k = lo - 1
    if k < 1 or ctx.quoted(k) or not doc[k].text[:1].isupper() or doc[k].pos_ not in ("PROPN", "NOUN"):
        return set()
    first = k
    while first - 1 >= 0 and lo - first < 10 and not ctx.quoted(first - 1) \
            and "\n" not in doc[first - 1].whitespace_ and (
            doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[first - 1].text[:1].isupper()
            or doc[first - 1].lower_ in _PORTFOLIO_JOINERS and doc[first - 1].text[:1].islower()
            or _envoy_to(doc, first - 1)):
        first -= 1
    while first < k and (doc[first].lower_ in _PORTFOLIO_JOINERS or doc[first].lower_ == "to"):
        first += 1
    run = doc[first:lo]
    joins = [t.i for t in run if t.lower_ in ("of", "for") or _envoy_to(doc, t.i)]
    if not joins or first > 0 and doc[first - 1].pos_ == "PROPN" and "\n" not in doc[first - 1].whitespace_:
        return set()  # no "of"/"for", or a run too long to be one title
    if not any(_role_word(ctx, t) and t.text[:1].isupper() for t in doc[first:joins[0]]):
        return set()
    return _words(ctx, run)


def _envoy_to(doc: "Doc", i: int) -> bool:
    """Tell whether token i is the "to" of a capitalised envoy's title: "Ambassador to Chile" (its posting)."""
    return doc[i].lower_ == "to" and i > 0 and doc[i - 1].text[:1].isupper() \
        and doc[i - 1].lemma_.casefold() in _ENVOY_TITLES


def _preceding_role_phrase(ctx: _Ctx, lo: int, hi: int) -> set[str]:
    """The words of a role phrase set off by commas right before a name: "the Minister of X, NAME,".

    News copy puts the title first ("The Governor of the state, NAME, said";
    "Speaking in A, the Minister of B, NAME, said") and the parser often
    attaches the two to other words.  The phrase runs back from the comma
    before the name to the previous comma or the start of the sentence; it
    must open with an article or a possessive, hold a title or person noun
    before any preposition (its head, as in CoreNLP's appositive
    mention-to-speaker step), and the name must be closed by a comma in
    turn.  Role nouns after the preposition are somebody else's ("a friend
    of the minister") and are left out.

    Args:
        ctx: the document context.
        lo, hi: the name's token range.

    Returns:
        Normalised words (as :func:`_title_context`), or an empty set.
    """
    doc = ctx.doc
    if lo < 3 or hi >= len(doc) or doc[lo - 1].text != "," or doc[hi].text != "," or ctx.quoted(lo - 1):
        return set()
    para = ctx.para_of(doc[lo].idx)
    start = lo - 2
    while start > 0 and lo - start < 10 and not doc[start].is_sent_start and not ctx.quoted(start - 1) \
            and doc[start - 1].text not in _ROLE_PHRASE_STOPS and not doc[start - 1].is_space \
            and ctx.para_of(doc[start - 1].idx) == para:
        start -= 1
    before = doc[start - 1] if start > 0 else None
    opens = doc[start].is_sent_start or before is None or before.is_space or before.text == ","
    if not opens or ctx.quoted(start) or doc[start].text in _ROLE_PHRASE_STOPS:
        return set()
    phrase = doc[start:lo - 1]
    opener = phrase[0]
    if opener.lower_ not in ("the", "a", "an") and opener.dep_ != "poss" \
            and not (len(phrase) > 1 and phrase[1].text in ("'s", "’s")):
        return set()
    head_part = []
    for t in phrase:
        if t.pos_ == "ADP" and t.text not in ("'s", "’s"):
            break
        head_part.append(t)
    if not any(_role_word(ctx, t) for t in head_part):
        return set()
    rest = [t for t in phrase[len(head_part):] if not _role_word(ctx, t)]  # "a friend of the minister"
    return _words(ctx, head_part + rest)


def _role_word(ctx: _Ctx, t: "Token") -> bool:
    """A person noun or a title word ("spokesman", "minister", "lecturer" when a title)."""
    return t.pos_ in ("NOUN", "PROPN") and (t.lemma_.casefold() in PERSON_NOUNS or t.lower_ in PERSON_NOUNS
                                            or t.lower_ in ctx.titles or t.lemma_.casefold() in ctx.titles)


def _trimmed_titles(ctx: _Ctx, lo: int, m: Mention) -> frozenset[str]:
    """Words of the titles trimmed off the front of a name ("Mayor" in "Mayor Elena Voss")."""
    toks = [t for t in ctx.doc[lo:ctx.token_at(m.start)]]
    return frozenset(_words(ctx, toks))


# ---------------------------------------------------------------- cues and subjects

def _is_cue(tok: "Token", strong_only: bool = False) -> bool:
    """Tell whether a token is a cue verb ("said", "told", "warned", ...).

    Args:
        tok: the token.
        strong_only: leave out cues that are unreliable when the quote is only
            their object (WEAK_CUES).

    Returns:
        True for a cue verb used as a speech verb.
    """
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.casefold()
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and lemma in BACK_PHRASAL
            or lemma in PHRASAL_CUES and _bare_preposition(c)}
    if lemma in PHRASAL_CUES:
        return bool(PHRASAL_CUES[lemma] & prts) and not (strong_only and lemma in WEAK_PHRASAL)
    if lemma in TEXT_CUES:
        return not strong_only and any(c.dep_ == "nsubj" and (c.lemma_.casefold() in SOURCE_NOUNS - LABEL_NOUNS
                                       | _GENERIC_TEXT_NOUNS or c.lower_ == "it") for c in tok.children)  # "it read"
    if lemma not in CUE_VERBS or strong_only and lemma in WEAK_CUES:
        return False
    if prts & {"off", "in", "up", "down", "on", "back"}:
        return False
    if lemma == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False
    return True


def _speech_verb(tok: "Token") -> bool:
    """A verb whose object is a speech noun: "offered this opinion", "addressed these words".

    Not a verb of finding or receiving ("found a note", "got a message"): the words are somebody else's.
    """
    return tok.pos_ == "VERB" and tok.lemma_.casefold() not in RECEIVING_VERBS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.casefold() in SPEECH_NOUNS for c in tok.children)


def _bare_preposition(c: "Token") -> bool:
    """Whether a child is a preposition with no object: a phrasal cue's particle the parser misread ("chipped in:")."""
    return c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)


def _cue_name(tok: "Token") -> str:
    """The cue as reported in Quote.cue: the verb lemma (with its particle for a phrasal cue)."""
    lemma = tok.lemma_.casefold()
    if lemma not in PHRASAL_CUES:
        return lemma
    prt = next((c.lower_ for c in tok.children if (c.dep_ in ("prt", "advmod") or _bare_preposition(c))
                and c.lower_ in PHRASAL_CUES[lemma]), "")
    return f"{lemma} {prt}".rstrip()


_VERBAL = ("VERB", "AUX")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def _control_head(ctx: _Ctx, tok: "Token") -> "Token":
    """Follow control and coordination up to the verb that carries the subject.

    "X raised the issue, saying ..." and "X completed Y by saying ..." lead
    from the cue to "raised" / "completed".
    """
    for _ in range(3):
        if any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
            return tok
        head = tok.head
        if tok.dep_ in ("advcl", "xcomp", "pcomp") and head.dep_ == "prep":
            head = head.head
        if tok.dep_ not in ("conj", "advcl", "xcomp", "pcomp") or head.pos_ not in _VERBAL \
                or head.i == tok.i or ctx.quoted(head.i):
            return tok
        if tok.dep_ == "conj" and _nearer_conjunct(ctx, head, tok):
            return tok
        tok = head
    return tok


def _nearer_conjunct(ctx: _Ctx, head: "Token", conj: "Token") -> bool:
    """Tell whether "and VERB" may rather coordinate with a relative clause that ends right before it.

    "X signed a text in which Y recognises Z and pledged ...": the parser
    joins "pledged" to "signed", but it may as well continue the relative
    clause, whose subject is Y.  When a relative clause with a subject of its
    own (not the relative pronoun) ends just before the conjunction, the
    attachment is ambiguous (coordination scope; late closure, Frazier
    1978, even prefers the nearer clause) and the subject is not inherited.

    Args:
        ctx: the document context.
        head: the first conjunct (the parser's choice).
        conj: the later conjunct without a subject.

    Returns:
        True when such a relative clause stands between the two conjuncts.
    """
    doc = ctx.doc
    for r in doc[head.i + 1:conj.i]:
        if r.dep_ != "relcl" or r.right_edge.i >= conj.i:
            continue
        if not all(t.dep_ == "cc" or t.is_punct or t.is_space for t in doc[r.right_edge.i + 1:conj.i]):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in r.children):
            return True
    return False


def _surface_subject(ctx: _Ctx, verb: "Token") -> "Token | None":
    """Read the subject off the surface when the parse has none: "NAME[, appositive,] VERB".

    After CoreNLP's trigram patterns; the name must open its sentence or
    paragraph, or follow an introductory phrase ("In a post on X, NAME, ...").

    Args:
        ctx: the document context.
        verb: the verb without a subject.

    Returns:
        The last token of the name, or None.
    """
    doc = ctx.doc
    lo = ctx.paras[ctx.para_of(verb.idx)][0]
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].dep_ in ("aux", "neg") and doc[k].head.i == verb.i):
        k -= 1  # "NAME, asked about it, would only say:": the modal and the adverb are not the subject
    if k >= 0 and doc[k].text == ",":
        k -= 1
        while k >= 0 and doc[k].text != "," and doc[k].idx >= lo and not ctx.quoted(k) \
                and doc[k].text not in (".", "!", "?", ";", ":"):
            k -= 1
        if k < 0 or doc[k].text != ",":
            return None
        named = _apposed_name_before(ctx, k, verb)
        if named is not None:
            return named
        if (named := _name_before_relative(ctx, k, lo)) is not None:
            return named
        k -= 1
    if k < 0 or doc[k].idx < lo or ctx.quoted(k):
        return None
    end = doc[k]
    if end.i in ctx.ent_of and ctx.ent_of[end.i].end - 1 == end.i:
        ent = ctx.ent_of[end.i]
        first = _org_bounds(ctx, ent)[0] if ent.label_ == "ORG" and not ent.ent_id_ else ent.start
        if first >= 2 and doc[first - 1].text in ("'s", "’s") and (doc[first - 2].pos_ == "PROPN"
                                                                 or doc[first - 2].i in ctx.ent_of):
            pos = doc[first - 2]  # "Somalia's Ministry of ... warned"
            first = ctx.ent_of[pos.i].start if pos.i in ctx.ent_of else _propn_chunk(ctx, pos)[0]
    elif end.pos_ == "PROPN":
        first = _propn_chunk(ctx, end)[0]
    elif end.pos_ == "NOUN":  # "Doran's spokesman, Leo Vance, told ..."
        first = min([t.i for c in end.lefts for t in c.subtree] + [end.i])
    else:
        return None
    first = _title_start(ctx, first, lo)
    b = first - 1
    while b >= 0 and doc[b].is_space:
        b -= 1
    if b < 0 or doc[b].idx < lo or doc[b].text in (".", "!", "?", ";") or _after_intro(ctx, b, lo):
        return end
    return None


def _name_before_relative(ctx: _Ctx, comma: int, lo: int) -> "Token | None":
    """The person's name that a non-restrictive relative clause follows, before a verb with no subject.

    "His wife, NAME, who runs the shop, chipped in:": the parser hangs the verb on the role noun and leaves
    it with no subject; on the surface the relative clause set off by commas ("who ...", "whose ...") only
    describes the name before it, so that name is the subject (the Mention-Verb trigram of CoreNLP's quote
    attribution, read past the clause).  The name must be a person entity that opens its paragraph or stands
    in apposition to a noun before it.

    Args:
        ctx: the document context.
        comma: the comma that opens the relative clause.
        lo: where the paragraph starts (a character offset).

    Returns:
        The name's last token, or None.
    """
    doc = ctx.doc
    if comma < 1 or comma + 1 >= len(doc) or doc[comma + 1].lower_ not in ("who", "whose"):
        return None
    ent = ctx.ent_of.get(comma - 1)
    if ent is None or ent.label_ != "PERSON" or ent.end != comma or ctx.quoted(ent.start):
        return None
    first = _title_start(ctx, ent.start, lo)
    b = first - 1
    while b >= 0 and doc[b].is_space:
        b -= 1
    if b < 0 or doc[b].idx < lo or doc[b].text in (".", "!", "?"):
        return doc[comma - 1]
    if doc[b].text == "," and ent.root.dep_ == "appos":
        return doc[comma - 1]
    return None


def _title_start(ctx: _Ctx, first: int, lo: int) -> int:
    """Where the capitalised titles right before a name begin ("Foreign Minister NAME"), or ``first`` itself.

    Args:
        ctx: the document context.
        first: index of the name's first token.
        lo: index (character offset) where the paragraph starts; titles do not reach back past it.

    Returns:
        The index of the first title token, or ``first`` when no title comes before the name.
    """
    doc = ctx.doc
    while first > 0:
        width = next((w for w in (3, 2, 1) if first - w >= 0 and doc[first - w].idx >= lo
                      and _title_width(ctx, first - w, first + 1) == w), 0)
        if not width:
            return first
        first -= width
    return first


def _apposed_name_before(ctx: _Ctx, comma: int, verb: "Token") -> "Token | None":
    """The person's name set off by commas right before a verb the parse left without subject.

    "..., the head of the office, Ana Lind, offered ...": the name in
    apposition to a role phrase is the subject (the Mention-Verb trigram of
    CoreNLP's quote attribution, read through the appositive).  Only a
    PERSON entity that fills the whole stretch between the two commas,
    parsed as an appositive and following a noun phrase, counts.

    Args:
        ctx: the document context.
        comma: the comma before the name.
        verb: the finite verb after the closing comma.

    Returns:
        The name's last token, or None.
    """
    doc = ctx.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or comma + 1 >= len(doc):
        return None
    ent = ctx.ent_of.get(comma + 1)
    end = verb.i - 1
    while end > comma and doc[end].pos_ == "ADV":
        end -= 1
    if ent is None or ent.label_ != "PERSON" or ent.start != comma + 1 or ent.end != end or doc[end].text != ",":
        return None
    if doc[comma - 1].pos_ not in ("NOUN", "PROPN") or ctx.quoted(comma - 1):
        return None
    if ent.root.dep_ != "appos" and not _role_phrase_after_quote(ctx, comma):
        return None
    return doc[ent.end - 1]


def _role_phrase_after_quote(ctx: _Ctx, comma: int) -> bool:
    """Tell whether a comma closes a role phrase that directly follows a quote: '"...," X's vice-minister of Y,'.

    The small parser breaks a hyphenated title ("vice-minister") and then
    hangs the name after it anywhere but as an appositive; on the surface the
    stretch between the quote's closing comma and this comma is still a
    title phrase (it holds a person noun or title word), so the name set off
    after it is the cue's subject (CoreNLP's Quote-Mention-Verb trigram read
    through the appositive).

    Args:
        ctx: the document context.
        comma: the comma before the name.

    Returns:
        True when the stretch back to the previous comma is outside quotes,
        holds a role word and no verb, and that comma ends a quote.
    """
    doc = ctx.doc
    k = comma - 1
    while k >= 0 and (doc[k].text == "-" or doc[k].text != "," and not ctx.quoted(k) and not doc[k].is_punct):
        k -= 1
    if k < 1 or k == comma - 1 or not (ctx.quoted(k) or doc[k].text == "," and ctx.quoted(k - 1)
                                       or doc[k].text == "," and doc[k + 1].is_quote):
        return False
    stretch = doc[k + 1:comma]
    if stretch[0].is_quote:
        stretch = stretch[1:]
    return any(_role_word(ctx, t) for t in stretch) and not any(t.pos_ in ("VERB", "AUX") for t in stretch)


def _after_intro(ctx: _Ctx, comma: int, lo: int) -> bool:
    """Tell whether a comma closes an introductory phrase ("In a post on X, ...", "Speaking to Y, ...")."""
    doc = ctx.doc
    if doc[comma].text != ",":
        return False
    k = comma - 1
    while k >= 0 and doc[k].idx >= lo and doc[k].text not in (".", "!", "?", ";", ",", ":") and not ctx.quoted(k):
        k -= 1
    if k >= 0 and doc[k].idx >= lo and doc[k].text not in (".", "!", "?", ";"):
        return False
    opener = doc[k + 1]
    return opener.pos_ in ("ADP", "ADV", "SCONJ") or opener.tag_ in ("VBG", "VBN") \
        or opener.tag_ == "VBD" and opener.dep_ == "advcl"  # "Asked whether ..., X laughed": a participle tagged VBD


def _subject(ctx: _Ctx, tok: "Token") -> "Token | None":
    """The subject of a cue verb, inherited through control and coordination.

    A passive cue ("was told") gives None, since its subject is the listener;
    "X was quoted as saying" gives X.  A cue the parser read as a reduced
    relative of the name before it, in a sentence whose only verb outside
    the quotes it is ('"...," X, an envoy, posted, "..."'), has that name as
    subject (the Quote-Mention-Verb pattern of CoreNLP's trigram sieve).

    Args:
        ctx: the document context.
        tok: the cue verb.

    Returns:
        The subject head token, or None.
    """
    head = _control_head(ctx, tok)
    if head.i != tok.i and head.lemma_.casefold() in ("quote", "cite"):
        objs = [c for c in head.children if c.dep_ in ("dobj", "obj") and not ctx.quoted(c.i)]
        if objs:
            return objs[0]  # "the paper quoted X as saying"
    para = ctx.para_of(head.idx)
    subjects = [c for c in head.children if c.dep_ == "nsubj" and not ctx.quoted(c.i)]
    for c in head.children:
        if ctx.quoted(c.i) or ctx.para_of(c.idx) != para:
            continue  # a misparse across a quote or a paragraph break: read the surface instead
        if c.dep_ == "nsubj" and len(subjects) > 1 and _run_in_heading(c):
            continue  # "Budget talks: Asked about it, X said ...": the heading is no subject
        if c.dep_ == "nsubj" and len(subjects) > 1 and (name := _name_split_from_role(ctx, c, subjects)) is not None:
            return name  # "his ally NAME wrote": the role noun and the name read as two subjects
        if c.dep_ == "nsubj" and (real := _titled_name_after_body(ctx, c)) is not None:
            return real  # "Varn Party (VP) lawmaker NAME urged": the parser made the party the head
        if c.dep_ == "nsubj" and (real := _opening_participle_subject(ctx, c)) is not None:
            return real  # "Reacting, a ministry spokeswoman, NAME, said": the name, not the participle
        if c.dep_ == "nsubj":
            return c
        if c.dep_ in _SUBJECT_DEPS:
            return c if c.dep_ == "nsubjpass" and head.i != tok.i else None
    if head.dep_ == "acl" and head.head.i < head.i and head.head.pos_ in ("PROPN", "NOUN") \
            and not ctx.quoted(head.head.i) and ctx.quoted(head.head.head.i) and head.tag_ in ("VBD", "VBN"):
        return head.head  # '"...," X, an envoy, posted, "..."': the cue read as a reduced relative of X
    return _surface_subject(ctx, head)


def _titled_name_after_body(ctx: _Ctx, c: "Token") -> "Token | None":
    """The titled person the parser hung on a body's name as an apposition, or None.

    "Varn Party (VP) lawmaker NAME, who ..., urged": news style sets the body, its acronym and the title
    before the name (an ACE Employment premodifier); the parser may make the body the subject and the name
    its apposition. A person-tagged apposition right after the body with a lower-case title word among its
    modifiers is the subject.

    Args:
        ctx: the document context.
        c: the subject token the parser gave the cue.

    Returns:
        The person's head token, or None.
    """
    if c.ent_type_ != "ORG" and not (c.pos_ == "PROPN" and c.ent_type_ in ("", "NORP", "GPE")):
        return None  # (the tagger may leave the body's name untagged)
    for g in c.children:
        if g.dep_ == "appos" and g.i > c.i and g.ent_type_ == "PERSON" and not ctx.quoted(g.i) and any(
                m.dep_ == "compound" and m.is_lower and _role_word(ctx, m) for m in g.lefts):
            return g
    return None


def _opening_participle_subject(ctx: _Ctx, c: "Token") -> "Token | None":
    """The real subject when the parser took a sentence-opening participle for it, or None.

    "Reacting, a ministry spokeswoman, NAME, said": news style opens with a bare participle and a
    comma ("Responding,", "Reacting,", "Speaking,"), and the parser may hang the noun phrases after it on the
    participle as appositions; the last of them before the verb is the speaker.

    Args:
        ctx: the document context.
        c: the subject token the parser gave the cue.

    Returns:
        The head of the last noun phrase hung on the participle, or None when ``c`` is no such participle.
    """
    if not c.lower_.endswith("ing") or not c.is_sent_start or c.i + 1 >= len(c.doc) or c.doc[c.i + 1].text != ",":
        return None
    nps = [g for g in c.children if g.dep_ in ("appos", "npadvmod", "nsubj") and g.i > c.i + 1
           and g.pos_ in ("PROPN", "NOUN") and not ctx.quoted(g.i)]
    # (a participle the tagger read as a name, "Responding" as NNP, needs the role and the name both: a person
    # called "Browning, the envoy," has one apposition)
    if not nps or c.tag_ != "VBG" and (len(nps) < 2 or nps[-1].pos_ != "PROPN"):
        return None
    return nps[-1]


def _name_split_from_role(ctx: _Ctx, c: "Token", subjects: list["Token"]) -> "Token | None":
    """The name right after a role noun when the parser made both subjects of one verb.

    "His ally Ana Lind wrote": the small model often hangs the role noun and
    the name after it as two subjects instead of a noun with its name
    (CoreNLP reads "role NAME" as one mention with the name as its head).
    The role noun is a common noun and the other subject is a person's name
    starting right after it.

    Args:
        ctx: the document context.
        c: the first subject.
        subjects: all subjects of the verb.

    Returns:
        The name's head token, or None.
    A capitalised title with its own complement ("French Ambassador to
    Spain Ana Lind struck a tone") counts too: the name starts right after
    the title's phrase; so does a numbered seat before the title ("Ward 2
    Coun. Ana Lind disagreed", the council house style of North American
    local papers).
    """
    doc = ctx.doc
    titled = c.pos_ == "PROPN" and c.lower_ in ctx.titles
    if c.pos_ == "PROPN" and c.i not in ctx.ent_of and c.i + 2 < len(doc) and doc[c.i + 1].like_num:
        # "Ward 2 Coun. NAME said", "District 4 Supervisor NAME said": the numbered seat, its title, the name
        after = next((k for k in range(c.i + 2, min(c.i + 5, len(doc))) if k in ctx.ent_of), None)
        if after is None or any(not doc[k].text[:1].isupper() for k in range(c.i + 2, after)):
            return None
        titled = True
    elif not (c.pos_ == "NOUN" and c.tag_ == "NN" or titled) or c.i + 1 >= len(doc):
        return None
    else:
        after = c.right_edge.i + 1 if titled else c.i + 1
    ent = ctx.ent_of.get(after)
    if ent is None or ent.label_ != "PERSON" or ent.start != after:
        return None
    return next((s for s in subjects if s.i != c.i and ent.start <= s.i < ent.end), None)


def _run_in_heading(c: "Token") -> bool:
    """Tell whether a subject is a run-in heading: a short phrase that opens its sentence and ends in a colon.

    Newsletters open paragraphs with a bold label ("Budget talks: Asked
    about it, X said ..."); the parser may take the label for a second
    subject of the verb (the run-in head of typography, not a clause part).

    Args:
        c: a subject of the verb.

    Returns:
        True when c's phrase opens the sentence, has at most four words and the colon after it hangs on c.
    """
    words = [t for t in c.subtree if not t.is_punct]
    end = words[-1].i + 1
    return words[0].i == c.sent.start and len(words) <= 4 and end < len(c.doc) and c.doc[end].text == ":" \
        and c.doc[end].head.i == c.i


def _inverted_subject(tok: "Token") -> "Token | None":
    """The speaker after the cue: '"...," said Anna Berg'."""
    for c in tok.children:
        if c.i > tok.i and c.i - tok.i <= 4 and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos", "oprd") \
                and c.pos_ in ("PROPN", "PRON", "NOUN"):
            return c
    return None


# ---------------------------------------------------------------- speakers

def _speaker(ctx: _Ctx, tok: "Token | None", depth: int = 0, via_cue: bool = False) -> Mention | None:
    """Resolve the head of a subject phrase to a name mention.

    Names give their own mention; "Mr X" gives X; a pronoun gives its
    antecedent; a role noun gives the person last named with that title (a
    title phrase tagged as a body, "the Minister of X, NAME,", gives the name
    in apposition to it); a
    country, a place or a plural subject gives None.  The subject of a cue
    verb that the tagger read as a place but the gazetteer does not know
    ("…," Medina said) is a name, and so is such a span that a title or
    appositive showed to be a person ("the representative, NAME,").  A
    surname read as a nationality ("Mr X" tagged NORP, see
    :func:`_misread_demonym`) is a name, and so is the subject of a cue the
    tagger read as an interjection (see :func:`_name_read_as_particle`).
    The subject "it" of a cue is the body named before (see
    :func:`_body_antecedent`).  "The 64-year-old" is resolved by :func:`_resolve_age_nominal`, "the
    statement" to its author (see :func:`_earlier_source`), and "the X" to
    the body named before whose name opens with X (see
    :func:`_short_body_name`).

    Args:
        ctx: the document context.
        tok: the subject head.
        depth: recursion guard.
        via_cue: tok is the subject of a cue verb (or stands for it).

    Returns:
        The speaker mention or None.
    """
    if tok is None or depth > 4 or ctx.quoted(tok.i):
        return None
    if via_cue and depth == 0:
        body = _portfolio_body(ctx, tok)
        if body is not None:
            return body  # "Transport Borduria said": a state's agency, not the place
    if via_cue and (state_body := _state_body_speaker(ctx, tok)) is not None:
        return state_body  # "Norway's foreign ministry said": the ministry the article names
    dateline = _dateline_subject(ctx, tok)
    if dateline is not None:
        return _speaker(ctx, dateline, depth + 1, via_cue) if dateline.i != tok.i else None
    if any(c.dep_ == "conj" and not ctx.quoted(c.i) and not _in_org_name(ctx, tok, c) and
           not _portfolio_conjunct(ctx, tok, c) for c in tok.children) and not _roles_of_one_person(ctx, tok):
        return None  # "Anna and Boris said": no single speaker
    if tok.pos_ == "PROPN":
        holder = _office_of_place_holder(ctx, tok)
        if holder is not None:
            return holder  # "The Warden of X, Ana Lind, said": the office's holder, not the office
        opens, short = _short_body_name(ctx, tok)
        if opens:
            return short  # "the Lakeside said" for "the Lakeside Anglers Society" named before
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return _speaker(ctx, tok.head.head, depth + 1, via_cue)
    bare_title = tok.pos_ == "PROPN" and (tok.i not in ctx.ent_of and tok.text.casefold() in ctx.titles
                                          or tok.i in ctx.ent_of and _is_bare_title(ctx, ctx.ent_of[tok.i])
                                          or _determined_role(ctx, tok) or _definite_title_phrase(ctx, tok)
                                          or _definite_role_taken_up(ctx, tok)
                                          or tok.lower_ in STYLES_OF_ADDRESS and tok.i not in ctx.ent_of
                                          or _member_title_with_name(ctx, tok))
    if tok.pos_ == "NOUN" and (campaign := _campaign_body(ctx, tok)) is not None:
        return _mention(ctx, *campaign, "ORG")  # "Parents for Oakvale, a charity, said": a body's name
    if via_cue and tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.text[:1].isupper() and tok.text[1:].islower() \
            and not tok.is_sent_start and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        # '"...," Rajesh said' after "Rajesh Kumar Pillai": a given name the tagger read as a common noun
        m = _mention(ctx, tok.i, tok.i + 1, "PERSON")
        full = (_given_name_full(ctx, m) or _inner_name_full(ctx, m)) if m is not None else None
        if full is not None:
            return _as_person(full.mention)
    if tok.pos_ in ("NOUN", "NUM") or bare_title or tok.lower_ == "one":  # "One of them, Ovidiu Marsh, ..."
        named = _appositive_name(ctx, tok, depth, via_cue)
        if named is not None:
            return named
    if tok.pos_ in ("ADJ", "NOUN") and _age_of(tok):  # "the 64-year-old" (tagged a date)
        return _resolve_age_nominal(ctx, tok, depth)
    if via_cue and tok.pos_ == "PROPN" and _definite_body_noun(ctx, tok):
        body = _body_subject_taken_up(ctx, tok)  # "the NGO said", "the Society said": no name of its own
        if body is not None or tok.lower_ in GENERIC_BODY_NOUNS and not tok.text.istitle():
            return body  # "the NGO", "the bloc" name nobody themselves
    if via_cue and (national := _national_taken_up(ctx, tok)) is not None:
        return national  # "the Swede said" for the one person introduced as Swedish
    if tok.i in ctx.ent_of and not bare_title:
        ent = ctx.ent_of[tok.i]
        if ent.label_ in SPEAKER_LABELS:
            m = _entity_mention(ctx, ent)
            if m is None and tok.text.casefold() in ctx.titles:  # "the Minister of X, NAME, said"
                return _appositive_name(ctx, tok, depth, via_cue)
            if m is not None and m.label == "ORG":  # a body-tagged name read as a person's (see _collect_names)
                m = next((n.mention for n in getattr(ctx, "names", ()) if n.head == tok.i and n.person
                          and n.mention.label == "PERSON" and m.start <= n.mention.start < n.mention.end <= m.end), m)
            return m
        if tok.pos_ == "PROPN" and _misread_place(ctx, ent) and (via_cue or _titled_person_head(ctx, tok)):
            return _propn_mention(ctx, tok)
        if via_cue and tok.pos_ == "NOUN" and len(ent) == 1 and ent.label_ in PLACE_LIKE_LABELS and \
                tok.text[:1].isupper() and not tok.is_sent_start and tok.lower_ in getattr(ctx, "person_keys", ()) \
                and not _is_place(ctx, tok.text):
            # "According to NAME," with a person's surname tagged as a common noun and a place
            return _mention(ctx, tok.i, tok.i + 1, "PERSON")
        if tok.pos_ == "PROPN" and _misread_demonym(ctx, ent):
            return _propn_mention(ctx, tok)
        if via_cue and (family := _family_name_read_as_demonym(ctx, tok, ent)) is not None:
            return family
        if not _mistagged_name(ent) or tok.pos_ != "PROPN":
            return None
    if tok.pos_ == "PROPN" and not bare_title:
        return _propn_mention(ctx, tok)
    if _surname_read_as_noun(ctx, tok) or via_cue and _name_read_as_particle(ctx, tok):
        return _mention(ctx, tok.i, tok.i + 1, "PERSON")
    if tok.pos_ == "PRON":
        if via_cue and depth == 0 and tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ in TEXT_CUES:
            return _text_issuer(ctx, tok)  # 'X issued a statement. "...," it read': X's words
        if via_cue and depth == 0 and tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass"):
            return _body_antecedent(ctx, tok)  # '"...," it said': the body that led the sentence before
        ok = PERSON_PRONOUNS | OBJECT_PRONOUNS if depth else PERSON_PRONOUNS
        return _resolve_pronoun(ctx, tok) if tok.lower_ in ok else None
    if tok.pos_ == "NOUN" or bare_title:
        author = _ascribed_to(tok) or _source_of(tok) or (_earlier_source(ctx, tok) if via_cue else None)
        if author is not None and author.lower_ == "it" and author.pos_ == "PRON":
            return _body_antecedent(ctx, author)  # "In a statement, it said ...": the body named before
        if author is not None:
            named = _body_read_as_place(ctx, author) or _facility_body(ctx, author) \
                or _speaker(ctx, author, depth + 1)
            if named is None and via_cue and author.pos_ == "NOUN":
                # 'X said ... The agency said in a statement ... "...," the statement said'
                return _body_subject_taken_up(ctx, author)
            return named
        if via_cue and (issuer := _statement_of_speaking_body(ctx, tok)) is not None:
            return issuer  # 'The X Commission said ... "...," the statement read'
        if via_cue:
            voiced = _spokesperson_body(ctx, tok)
            if voiced is not None:
                return voiced  # "A Tamsk Ferry Company spokesperson said": the body speaks through them
            named = _portfolio_name(ctx, tok)
            if named is not None:
                return named
        spouse = _named_spouse(ctx, tok, depth)
        if spouse is not None:
            return spouse
        role = _resolve_role(ctx, tok)
        if role is None and via_cue and _born_epithet(ctx, tok):
            return _resolve_age_nominal(ctx, tok, depth)  # "the Kenyan-born engineer said": as "the 64-year-old"
        if role is None and via_cue and (person := _delayed_identification(ctx, tok)) is not None:
            return person  # 'the X Minister insisted ... Deputy NAME said ... "...," the Minister said'
        if role is None and via_cue and (person := _person_subject_taken_up(ctx, tok)) is not None:
            return person  # 'Lind was blunter. "...," the deputy chair said': the person just before
        if role is None and via_cue:
            # "the bloc said": the body just before; "a company spokesman said": the same body
            return _body_subject_taken_up(ctx, tok) or _spokesperson_body_taken_up(ctx, tok)
        return role
    return None


#: Lower-case heads of a state's own bodies that news copy names by the state alone: "the French presidency".
STATE_BODY_NOUNS = frozenset("ministry presidency government".split())


def _state_modified(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a state modifies a lower-case body noun: "Chile's" or "Chilean" in "Chile's defence ministry".

    The state is a left modifier of the body noun: a possessive country
    name, or a demonym the gazetteer maps to a country.  A demonym of a
    country the gazetteer does not know counts when it shares its stem with
    a one-word place name the article gives (as in :func:`_meets`).

    Args:
        ctx: the document context.
        tok: the body noun.

    Returns:
        True when such a modifier stands before the noun.
    """
    for c in [*tok.children, *_portfolio_modifiers(tok)]:
        if c.i >= tok.i or c.dep_ not in ("poss", "amod", "compound", "nmod") or ctx.quoted(c.i):
            continue
        if c.dep_ == "poss":
            ent = ctx.ent_of.get(c.i)
            e = ctx.gaz.lookup(ent.text) if ent is not None and ctx.gaz is not None else None
            if e is not None and e.cls in ("Country", "Territory"):
                return True
            continue
        if ctx.gaz is not None and ctx.gaz.country_of_demonym(c.text):
            return True
        stem = _stem(c.text.casefold())
        if len(stem) >= 5 and c.text[:1].isupper() and any(
                e2.label_ in ("GPE", "COUNTRY") and len(e2) == 1 and not ctx.quoted(e2.start)
                and e2.text.casefold().startswith(stem) for e2 in ctx.doc.ents):
            return True
    return False


def _state_body_speaker(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The named body "the Ruritanian foreign ministry" or "Norway's foreign ministry" takes up.

    News copy names a state's ministry, presidency or government in lower
    case by its state and portfolio alone, after (or before) giving its full
    name.  The speaker is that named body (see :func:`_resolve_role`: the
    name's words meet the state and the portfolio), so the two merge.  With
    no named body, no speaker is given here: the bench golds credit such
    words to the ministry, not to its state.

    Args:
        ctx: the document context.
        tok: the subject head of a cue.

    Returns:
        The named body, or None when tok is no lower-case state body with a state modifier or none is named.
    """
    if tok.lower_ not in STATE_BODY_NOUNS or tok.text != tok.lower_ or tok.tag_ in ("NNS", "NNPS") \
            or tok.i in ctx.ent_of and ctx.ent_of[tok.i].label_ == "ORG" and ctx.ent_of[tok.i].end > tok.i + 1:
        return None
    if not _state_modified(ctx, tok):
        return None
    named = _resolve_role(ctx, tok)
    return named if named is not None or tok.lower_ != "ministry" else _unnamed_state_body(ctx, tok)


def _portfolio_modifiers(tok: "Token") -> list["Token"]:
    """The left modifiers of a body noun's lower-case portfolio word: "Chilean" in "the Chilean fisheries ministry".

    The parser often hangs the state's adjective on the portfolio word
    rather than on the body noun; it modifies the whole phrase all the same.
    """
    return [g for c in tok.children if c.i < tok.i and c.dep_ == "compound" and c.text.islower()
            for g in c.children if g.i < c.i and g.dep_ in ("amod", "compound", "nmod")]


def _unnamed_state_body(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The lower-case state ministry itself, "the Chilean defence ministry", when the article names no ministry.

    News copy often never gives a ministry's full name; the words are then
    the ministry's, named by its state's adjective and its portfolio (the
    bench golds list such a body as "<Demonym> Foreign Ministry", the style
    guides' name, which the entity step gives this mention too).  Only the
    adjective style is taken: the golds spell a possessive one ("Chile's
    foreign ministry") as written, or credit it to the state, and the entity
    step renames it to the adjective style.  A ministry named anywhere in
    the article (its formal name may come after the lower-case one) leaves
    the speaker unresolved.

    Args:
        ctx: the document context.
        tok: the body noun (see :func:`_state_body_speaker`).

    Returns:
        The ORG mention of the phrase, or None.
    """
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod")]
    if not mods or any(c.dep_ == "poss" for c in tok.children) or ctx.gaz is None \
            or not any(ctx.gaz.country_of_demonym(c.text) for c in mods + _portfolio_modifiers(tok)):
        return None
    if any(tok.lower_ in n.mention.text.casefold() for n in ctx.names):
        return None  # "Chile's Ministry of Defence" named somewhere: perhaps the same body, perhaps not
    lo = min(c.left_edge.i for c in mods)
    span = ctx.doc[lo:tok.i + 1]
    if any(ctx.quoted(t.i) or t.is_space or t.is_punct and t.text != "-" for t in span):
        return None
    start, end = span.start_char, span.end_char
    return Mention(ctx.article.id, start, end, ctx.text[start:end], "ORG")


#: Person nouns that take up the subject of the sentence before as an elaborating description ("X has farmed
#: near Y for forty years. '...,' the grandmother said"): occupations, ages of life and kin terms (the
#: kin term without a possessor, "the grandmother", not "her grandmother"), and the generic nouns for a ruler.
TAKE_UP_PERSON_NOUNS = (PERSON_NOUNS - {"source", "official", "officer", "witness", "victim", "friend",
                                        "neighbour", "neighbor", "relative", "colleague", "spokesman",
                                        "spokeswoman", "spokesperson", "aide", "child", "boy", "girl"}) | frozenset("""
    grandmother grandfather grandparent monarch ruler sovereign maker grower trader vendor
    breeder fisherman fisherwoman herder shepherd miner mechanic driver""".split())


def _delayed_identification(ctx: _Ctx, tok: "Token") -> Mention | None:
    """'The X Minister insisted that ... Deputy NAME said ... "...," the Minister said': the person named late.

    The delayed-identification lede of British and Commonwealth news copy
    names a holder in its first sentence by office alone ("the External
    Affairs Minister insisted ...") and gives the name in the next sentence,
    whose subject speaks ("Deputy NAME said she ..."); later copy takes the
    holder up by the office ("the Minister said").  As in the deterministic
    coreference sieves that CoreNLP's quote attribution builds on (Lee et al.
    2013: an exact head match with compatible modifiers, then the closest
    antecedent with subject preference), the office noun of the cue takes up
    the one earlier definite office phrase with that head that is the subject
    of a cue, when that phrase's sentence names no person and the sentence
    right after it is led by a person, the subject of a speech verb.  A name given the office anywhere before, a
    second such office phrase or a modifier of the cue's noun missing from the
    lede's phrase gives None.

    Args:
        ctx: the document context.
        tok: the office noun, the subject of a cue (unresolved by :func:`_resolve_role`).

    Returns:
        The person's mention, or None.
    """
    role = tok.lemma_.casefold()
    if role not in ctx.titles or role in ORG_NOUNS or tok.tag_ not in ("NN", "NNP") or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(role in n.context for n in ctx.names if n.first < tok.i):
        return None  # a holder named with the office: not this rule's business
    mods = {c.lower_ for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")}
    ledes = [t for t in ctx.doc[:tok.i] if t.lemma_.casefold() == role and not ctx.quoted(t.i)
             and t.dep_ == "nsubj" and _is_cue(t.head) and any(c.dep_ == "det" and c.lower_ == "the"
                                                                 for c in t.children)]
    if len(ledes) != 1:
        return None
    lede = ledes[0]
    if not mods <= {c.lower_ for c in lede.children if c.i < lede.i}:
        return None
    seg = ctx.seg_of(lede.i)
    if any(n.person and seg.start <= n.first < seg.end and not n.mention.start <= lede.idx < n.mention.end
           for n in ctx.names):
        return None  # the lede names a person besides the office phrase itself
    k = seg.end
    while k < len(ctx.doc) and ctx.doc[k].is_space:
        k += 1
    if k >= tok.i:
        return None
    nxt = ctx.seg_of(k)
    if tok.i < nxt.end or _all_quoted(ctx, nxt):
        return None
    subj = _main_subject(ctx, nxt, nxt.end)
    if subj is None or subj.pos_ != "PROPN" or not _is_cue(subj.head):
        return None
    m = _speaker(ctx, subj, depth=1)
    return m if m is not None and _is_person_mention(ctx, m) else None


def _person_subject_taken_up(ctx: _Ctx, tok: "Token") -> Mention | None:
    """'Lind was blunter. "...," the committee's deputy chair said': the person who led the sentence before.

    News copy takes up the subject of one sentence in the next with a
    definite description of a role never used before in the article, giving
    the reader the person's office as it goes (an elaborating definite
    description).  As in the deterministic coreference sieves that CoreNLP's
    quote attribution builds on (Lee et al. 2013: closest antecedent,
    subject preference), the description takes up the subject of the nearest
    earlier sentence outside quotes, in its own paragraph, when that subject
    is the only person the sentence names and the cue's own sentence names
    no person before the description.  Besides titles, a plain person noun
    after "the" takes the subject up (``TAKE_UP_PERSON_NOUNS``: "X, a retired
    nurse, said ... '...,' the retiree said"; "Mrs X has sold fish for years.
    '...,' the grandmother said").  A role noun written earlier outside
    quotes (it may be somebody else's, see :func:`_resolve_role`; a title
    before a name met by no requirement of the description is fine), an
    indefinite or plural noun, or a gendered title that does not fit gives None.

    Args:
        ctx: the document context.
        tok: the head of the description, the subject of a cue.

    Returns:
        The person's mention, or None.
    """
    role = tok.lemma_.casefold()
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    plain = the and role in TAKE_UP_PERSON_NOUNS  # "the retiree", "the grandmother": no possessor (see above)
    if tok.tag_ != "NN" or role not in ctx.titles | HEAD_TITLES | LEGISLATOR_NOUNS and not plain \
            or role in ORG_NOUNS or not (the or any(c.dep_ == "poss" for c in tok.children)):
        return None
    if any(t.lemma_.casefold() == role and t.pos_ == "NOUN" and not ctx.quoted(t.i) for t in ctx.doc[:tok.i]):
        return None  # the role was described before: perhaps somebody else's
    own = ctx.seg_of(tok.i)
    if any(n.person and own.start <= n.first < tok.i and not ctx.quoted(n.first) for n in ctx.names):
        return None
    para = ctx.para_of(tok.idx)
    k = own.start - 1
    while k >= 0:
        seg = ctx.seg_of(k)
        k = seg.start - 1
        if _all_quoted(ctx, seg):
            continue
        words = [t for t in seg if not t.is_space]
        if not words or ctx.para_of(words[0].idx) != para:
            return None
        subj = _main_subject(ctx, seg, seg.end)
        if subj is None or subj.pos_ != "PROPN":
            return None
        m = _speaker(ctx, subj, depth=1)
        if m is None or not _is_person_mention(ctx, m):
            return None
        if any(n.person and seg.start <= n.first < seg.end and n.key != _key(m) for n in ctx.names):
            return None  # two people in the sentence: no guess
        gender = "m" if role in MALE_WORDS else "f" if role in FEMALE_WORDS else ""
        if gender and ctx.gender_of.get(m, gender) != gender:
            return None
        return m
    return None


def _body_read_as_place(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The body that wrote a text when the tagger read its article-led name as a place: "a letter from An Post".

    Some body names open with a capitalised article ("An Post", "La Poste",
    "The Body Shop"); the tagger then drops the article and reads the rest as
    a body, leaves it untagged or even reads it as a place.  Mid-sentence, a
    capitalised article is part of a name (English style guides write
    "the"/"an" in lower case there unless it belongs to the name, as in
    "The Hague"), and the author of a submission or statement that the
    gazetteer knows as no place is a name, as the subject of a cue read as
    an unknown place is (see :func:`_misread_place`); with its article it
    names a body.

    Args:
        ctx: the document context.
        tok: the author's head token (the object of "from"/"by" of a text noun).

    Returns:
        The body's mention (article included, labelled ORG), or None when
        no capitalised article opens the name.
    """
    ent = ctx.ent_of.get(tok.i)
    if ent is not None and not (ent.label_ == "ORG" and not ent.ent_id_ or _misread_place(ctx, ent)):
        return None
    if ent is None and (tok.pos_ != "PROPN" or not tok.text[:1].isupper()):
        return None
    lo, hi = (ent.start, ent.end) if ent is not None else _propn_chunk(ctx, tok)
    if lo == 0:
        return None
    art = ctx.doc[lo - 1]
    if art.pos_ != "DET" or not art.text[:1].isupper() or art.is_sent_start or ctx.quoted(art.i) \
            or art.whitespace_ != " " or _is_place(ctx, ctx.doc[art.i:hi].text):
        return None
    start, end = art.idx, ctx.doc[hi - 1].idx + len(ctx.doc[hi - 1].text)
    return Mention(ctx.article.id, start, end, ctx.text[start:end], "ORG")  # not trimmed: the article is a word of it


_AGE_WORD = re.compile(r"(\d{1,3})-years?-old$", re.IGNORECASE)


def _short_body_name(ctx: _Ctx, tok: "Token") -> tuple[bool, Mention | None]:
    """'The Tamsk Anglers Society said ... "...," the Tamsk stated': a body taken up by its first words.

    News copy shortens a body's long name to its leading word(s) and keeps
    the article ("the Tamsk" for "the Tamsk Anglers Society"); the tagger
    then reads the short form as a place or a person.  As in the string-match
    sieves of Lee et al. 2013 (a mention whose words begin a longer proper
    name already given), "the" + a run of capitalised proper nouns that is
    not itself a longer name and that opens the name of exactly one
    organisation named before it stands for that organisation; when it opens
    the names of two, it stands for one of them, and no guess is made.
    Places the gazetteer knows and demonyms are left alone.

    Args:
        ctx: the document context.
        tok: a proper noun heading a subject.

    Returns:
        (opens, mention): opens is True when the words open the name of an
        earlier organisation; mention is that organisation's, or None when
        they open two.
    """
    if ctx.quoted(tok.i):
        return False, None
    lo, hi = _propn_chunk(ctx, tok)
    doc = ctx.doc
    if lo == 0 or doc[lo - 1].lower_ != "the" or doc[lo - 1].head.i != tok.i or hi != tok.i + 1:
        return False, None
    ent = ctx.ent_of.get(tok.i)
    if ent is not None and (ent.start < lo - 1 or ent.end > hi or ent.ent_id_):
        return False, None  # a word of a longer name, or a body the gazetteer knows
    surface = doc[lo:hi].text
    if _is_place(ctx, surface) or _is_demonym(ctx, surface) or surface.casefold() in ctx.titles:
        return False, None
    words = [t.text for t in doc[lo:hi]]
    cands = [n for n in ctx.names[:bisect_left(ctx.name_heads, lo)]
             if not n.person and n.mention.label == "ORG" and n.first < lo
             and n.mention.text.split()[:len(words)] == words and len(n.mention.text.split()) > len(words)
             and not _person_title_read_as_body(ctx, n)]
    if not cands:
        return False, None
    return True, cands[-1].mention if len({n.mention.text.casefold() for n in cands}) == 1 else None


def _person_title_read_as_body(ctx: _Ctx, n: _Name) -> bool:
    """Tell whether a body's name is a person's title in apposition: "Ana Lind, the Alcalde of X,".

    The tagger reads a title it does not know, with its "of" phrase, as an
    organisation; in apposition to a person's name it says what the person
    is (an appositive describes its head, as CoreNLP's mention-to-speaker
    step reads it), so its first word taken up later ("the Alcalde said")
    is that person's title, not a short name of a body.  A name holding an
    organisation noun ("Ana Lind, the Tenants Union of X,") stays a body.

    Args:
        ctx: the document context.
        n: an organisation's name.

    Returns:
        True for such a title.
    """
    head = ctx.doc[n.head]
    if head.dep_ != "appos" or any(t.lemma_.casefold() in ORG_NOUNS for t in ctx.doc[n.first:n.head + 1]):
        return False
    return any(p.person and p.head == head.head.i for p in ctx.names)


def _age_of(tok: "Token") -> str:
    """The age of a definite age nominal: "64" for "the 64-year-old" (one token or "64 - year - old").

    Args:
        tok: the head of a subject phrase.

    Returns:
        The age as written, or "" when the token is no such nominal.
    """
    doc = tok.doc
    if tok.lower_ == "old" and tok.i >= 5 and doc[tok.i - 5].lower_ == "the" and doc[tok.i - 4].like_num \
            and doc[tok.i - 2].lemma_.casefold() == "year" and doc[tok.i - 3].text == doc[tok.i - 1].text == "-":
        return doc[tok.i - 4].text  # "the 57-year-old" however the parser hangs its pieces
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return ""
    m = _AGE_WORD.match(tok.text)
    if m:
        return m.group(1)
    if tok.lower_ != "old":
        return ""
    for year in tok.children:
        if year.lemma_.casefold() == "year" and year.i < tok.i:
            for n in year.children:
                if n.like_num and n.i < year.i:
                    return n.text
    return ""


def _resolve_age_nominal(ctx: _Ctx, tok: "Token", depth: int) -> Mention | None:
    """Resolve "the 64-year-old" to the person it takes up.

    News copy refers back to a person by age ('"...," said the 64-year-old').
    A person introduced with that age ("Ana Roe, 64,") is the antecedent
    (the nearest such before); otherwise the anaphor is read as a pronoun of
    either gender (CoreNLP's closest-mention step, as in
    :func:`_resolve_pronoun`): both readings must give the same person, and
    a person introduced with another age is ruled out.

    Args:
        ctx: the document context.
        tok: the head of the age nominal.
        depth: recursion guard.

    Returns:
        The antecedent name mention, or None.
    """
    age = _age_of(tok)
    before = [n for n in ctx.names[:bisect_left(ctx.name_heads, tok.i)] if n.person and n.first < tok.i]
    same = [n for n in before if age in n.context]
    if same:
        return same[-1].mention
    found = {_closest_person(ctx, tok, depth + 1, p) for p in ("he", "she")}
    found.discard(None)
    if len(found) != 1:
        return None
    m = found.pop()
    if any(n.mention == m and any(w.isdigit() and w != age for w in n.context) for n in before):
        return None  # introduced with another age
    return m


def _born_epithet(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a subject is a birthplace epithet for someone named before ("the Kenyan-born engineer").

    News copy takes a person up by a new description (Vieira and Poesio
    2000 on definite descriptions that add information, "the 64-year-old"
    being the commonest): a definite noun with a "-born" modifier (which only
    a person takes, so any noun counts: "architect", "engineer") whose noun
    the text has not used before, so that no earlier holder of that role
    (named or not) can be meant, with only one person named in its
    paragraph and the one before (precision first: with two people the new
    description could be either's).  It is then resolved as the age nominal
    is (see :func:`_resolve_age_nominal`).

    Args:
        ctx: the document context.
        tok: the head of the subject phrase.

    Returns:
        True for such an epithet.
    """
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if not any(c.i < tok.i and c.dep_ == "amod" and (c.lower_ == "born" or c.lower_.endswith("-born"))
               for c in tok.children):
        return False
    if any(t.lemma_.casefold() == tok.lemma_.casefold() for t in ctx.doc[:tok.i]):
        return False
    para = ctx.para_of(tok.idx)
    people = {n.key for n in ctx.names[:bisect_left(ctx.name_heads, tok.i)]
              if n.person and n.first < tok.i and ctx.para_of(n.mention.start) >= para - 1}
    return len(people) == 1  # one person in sight: the description can only be theirs


#: Spouse nouns: "his wife" stands for the person the article says he is married to.
SPOUSE_NOUNS = frozenset({"wife", "husband"})


def _named_spouse(ctx: _Ctx, tok: "Token", depth: int) -> Mention | None:
    """Resolve "his wife" / "Lind's husband" to the spouse the article named earlier.

    "X ... is married to Y, a nurse. ... His wife laughed.": the possessor
    is resolved first (a pronoun to its antecedent, a name to itself); the
    spouse is the one earlier name said to be married to that person
    (a definite description resolved through a stated relation, as in the
    entity-centric sieves of Lee et al., "Deterministic coreference
    resolution based on entity-centric, precision-ranked rules", 2013).  A
    "wife" must not be a man, nor a "husband" a woman, by the name's titles.

    Args:
        ctx: the document context.
        tok: the spouse noun.
        depth: recursion guard.

    Returns:
        The spouse's name mention, or None when the possessor or the spouse
        is unknown or there are several.
    """
    if tok.lemma_.casefold() not in SPOUSE_NOUNS or tok.tag_ != "NN" or depth > 3:
        return None
    poss = [c for c in tok.children if c.dep_ == "poss" and not ctx.quoted(c.i)]
    if len(poss) != 1:
        return None
    p = poss[0]
    if p.lower_ in ("his", "her"):
        owner = _resolve_pronoun(ctx, p, depth + 1)
    elif p.pos_ == "PROPN":
        owner = _speaker(ctx, p, depth + 1)
    else:
        return None
    if owner is None:
        return None
    want = "f" if tok.lemma_.casefold() == "wife" else "m"
    found = {}
    for n in ctx.names[:bisect_left(ctx.name_heads, tok.i)]:
        if not n.person or n.gender and n.gender != want or n.key == _key(owner):
            continue
        partner = _married_to(ctx, n)
        if partner is None:
            continue
        pm = _speaker(ctx, partner, depth + 1)
        if pm is not None and _key(pm) == _key(owner):
            found.setdefault(n.key, n.mention)
    noun = tok.lemma_.casefold()
    for a, rel, b in _apposed_spouses(ctx, tok.i):
        if rel == noun and _same_person(ctx, owner, a) and b.gender in ("", want):
            found.setdefault(b.key, b.mention)  # "Bo Lind and his wife, Ana": Bo's wife
        elif rel != noun and _same_person(ctx, owner, b) and a.gender in ("", want):
            found.setdefault(a.key, a.mention)  # "Bo Lind and his wife, Ana": Ana's husband
    for a, b in _surname_couples(ctx, tok.i):
        for own, other in ((a, b), (b, a)):
            if owner.text.casefold() == own.mention.text.casefold() and other.gender in ("", want):
                found.setdefault(other.mention.text.casefold(), other.mention)  # "Bo and Ana Roe": Ana's husband
    return next(iter(found.values())) if len(found) == 1 else None


#: Nouns that make a pair introduced with one surname relatives other than a couple ("brothers Bo and Al Roe").
_NOT_COUPLE_NOUNS = frozenset("""brother sister sibling twin cousin son daughter child parent father
    mother""".split())


def _surname_couples(ctx: _Ctx, before: int) -> list[tuple[_Name, _Name]]:
    """Couples introduced with one shared surname before a token: ("Bo Roe", "Ana Roe") from "Bo and Ana Roe".

    News copy introduces a married couple by both given names and one
    surname; a later "her husband" or "his wife" whose possessor is one of
    the two is the other (a definite description resolved through a stated
    pairing, as in the entity-centric sieves of Lee et al., "Deterministic
    coreference resolution based on entity-centric, precision-ranked
    rules", 2013).  A pair whose sentence calls them siblings, children or
    parents ("twins", "brothers", "their son") is left out: they need not
    be a couple.

    Args:
        ctx: the document context.
        before: only pairs introduced before this token count.

    Returns:
        (given name read with the surname, full name) pairs, in text order.
    """
    out = []
    for n in ctx.names:
        if n.head >= before:
            break
        partner = _couple_partner(ctx, n)
        if partner is None:
            continue
        seg = ctx.seg_of(n.first)
        if any(t.lemma_.casefold() in _NOT_COUPLE_NOUNS and t.pos_ == "NOUN" and not ctx.quoted(t.i) for t in seg):
            continue
        out.append((partner, n))
    return out


def _apposed_spouses(ctx: _Ctx, before: int) -> list[tuple[_Name, str, _Name]]:
    """Couples introduced by apposition: "Bo Lind, a teacher, and his wife, Ana Roe," or "Lind's wife, Ana Roe".

    The spouse noun's possessor is the person the phrase is coordinated with
    or in apposition to (or the name in the possessive, or the person a
    coordinated "He" stands for: "He and his wife, Ana Roe,"); the name in
    apposition to the spouse noun (by the parse, or set off by commas right
    after the spouse phrase when the parser hung it elsewhere) is the spouse (a stated relation used to
    resolve a later "her husband", as in the entity-centric sieves of Lee et
    al. 2013).

    Args:
        ctx: the document context.
        before: only names before this token count.

    Returns:
        (possessor, spouse noun lemma, spouse) triples, in text order.
    """
    heads = {n.head: n for n in ctx.names if n.person and n.first < before}
    out = []
    for n in heads.values():
        t = ctx.doc[n.head]
        noun = t.head
        if t.dep_ != "appos" or noun.lemma_.casefold() not in SPOUSE_NOUNS:
            noun = _surface_spouse_noun(ctx, n)  # the parser hung the name elsewhere: read the commas
        if noun is None or noun.i >= t.i or noun.lemma_.casefold() not in SPOUSE_NOUNS or ctx.quoted(noun.i):
            continue
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if len(poss) != 1:
            continue
        owner = heads.get(poss[0].i) if poss[0].pos_ == "PROPN" else None
        if poss[0].lower_ in ("his", "her"):
            up = noun
            for _ in range(4):
                if up.dep_ not in ("conj", "appos") or up.head.i >= up.i:
                    break
                up = up.head
                if up.i in heads:
                    owner = heads[up.i]
                    break
                if up.lower_ in PERSON_PRONOUNS and up.lower_ == ("he" if poss[0].lower_ == "his" else "she"):
                    owner = _pronoun_name(ctx, up)  # "He and his wife, Ana Roe,": he is named before
                    break
            if owner is None:
                owner = _coordinated_spouse_owner(ctx, poss[0], heads)
            if owner is None:
                owner = _clause_owner(ctx, noun, heads)
            if owner is not None and owner.gender and owner.gender != _pronoun_gender(poss[0].lower_):
                owner = None
        if owner is not None and owner.head != n.head:
            out.append((owner, noun.lemma_.casefold(), n))
    return out


def _clause_owner(ctx: _Ctx, noun: "Token", heads: dict[int, _Name]) -> "_Name | None":
    """The person whose relative clause holds a spouse phrase: "NAME, a miller who left with his wife, NAME2,".

    "his"/"her" in a prepositional object of a relative clause stands for
    the clause's antecedent (binding within the clause); the walk goes up
    through the preposition, the clause and the appositive noun it hangs on
    to the name, and gives up at any other noun or clause.

    Args:
        ctx: the document context.
        noun: the spouse noun.
        heads: the person names before it, by head token.

    Returns:
        The name, or None.
    """
    up = noun
    if up.dep_ != "pobj":
        return None
    up = up.head
    if up.dep_ != "prep" or up.head.pos_ != "VERB" or up.head.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in up.head.children):
        return None
    ante = up.head.head
    if ante.i in heads:
        return heads[ante.i]
    if ante.dep_ == "appos" and ante.head.i in heads and ante.pos_ == "NOUN" and not ctx.quoted(ante.i):
        return heads[ante.head.i]
    return None


def _coordinated_spouse_owner(ctx: _Ctx, poss: "Token", heads: dict[int, _Name]) -> "_Name | None":
    """The person a spouse phrase is coordinated with on the surface: "NAME, 52, and his wife, NAME2,".

    The small parser often hangs the first name elsewhere (as an apposition
    of a place before it) and makes "his wife" the subject; the surface
    "NAME and his wife" still pairs them.  An age set off by commas after
    the name (", 52,") is skipped.  The possessor of "his"/"her" is the
    person just before "and" (a stated pairing read off the surface, as in
    the entity-centric sieves of Lee et al. 2013).

    Args:
        ctx: the document context.
        poss: the possessive "his"/"her" of the spouse noun.
        heads: the person names before, by head token.

    Returns:
        The possessor's name, or None.
    """
    doc = ctx.doc
    k = poss.i - 1
    if k < 1 or doc[k].lower_ != "and" or ctx.quoted(k):
        return None
    k -= 1
    if doc[k].text == "," and k >= 3 and doc[k - 1].like_num and doc[k - 2].text == ",":
        k -= 3  # "NAME, 52, and his wife"
    elif doc[k].text == ",":
        k -= 1
    n = heads.get(k)
    return n if n is not None and not ctx.quoted(k) and ctx.seg_of(k).start == ctx.seg_of(poss.i).start else None


def _surface_spouse_noun(ctx: _Ctx, n: _Name) -> "Token | None":
    """The spouse noun a name is set off after on the surface: "his wife of 50 years, Ana Roe,".

    The small parser often reads the name after such a phrase as the
    clause's subject; the commas still mark it as an apposition.  The
    phrase must end right before the comma and the name must be followed
    by a comma or a full stop.

    Args:
        ctx: the document context.
        n: a person name.

    Returns:
        The spouse noun (with a possessive "his"/"her"), or None.
    """
    doc = ctx.doc
    k = n.first - 1
    if k < 2 or doc[k].text != "," or ctx.quoted(k):
        return None
    end = doc[n.head]
    nxt = end.i + 1
    if nxt >= len(doc) or doc[nxt].text not in (",", "."):
        return None
    prev = doc[k - 1]
    for noun in [prev] + list(prev.ancestors)[:3]:
        if noun.lemma_.casefold() in SPOUSE_NOUNS and noun.tag_ == "NN" and noun.i < k \
                and max(t.i for t in noun.subtree) == k - 1 \
                and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children):
            return noun
    return None


def _pronoun_name(ctx: _Ctx, tok: "Token") -> "_Name | None":
    """The article name a subject pronoun resolves to (the nearest such name before it), or None."""
    m = _resolve_pronoun(ctx, tok, 1)
    if m is None:
        return None
    found = [n for n in ctx.names[:bisect_left(ctx.name_heads, tok.i)] if n.person and n.mention == m]
    return found[-1] if found else None


def _same_person(ctx: _Ctx, m: Mention, n: _Name) -> bool:
    """Tell whether a speaker mention and a name are one person: the same surname or the same full name.

    Args:
        ctx: the document context.
        m: a resolved mention (a full name, a surname or a given name).
        n: a name of the article.

    Returns:
        True when the mention's surname, or the full name its given name
        stands for (see :func:`_given_name_full`), is the name's.
    """
    if _key(m) == n.key:
        return True
    full = _given_name_full(ctx, m)
    return full is not None and full.mention.text.casefold() == n.mention.text.casefold()


def _married_to(ctx: _Ctx, n: _Name) -> "Token | None":
    """The subject of "married to NAME": Lind in "Lind, who is married to Ana Roe, ...".

    Args:
        ctx: the document context.
        n: the name after "married to".

    Returns:
        The token of the person said to be married to the name (through a
        relative pronoun and an appositive to the name it describes), or None.
    """
    t = ctx.doc[n.head]
    to = t.head
    if t.dep_ != "pobj" or to.lower_ != "to" or to.head.lower_ != "married":
        return None
    v = to.head if to.head.pos_ in _VERBAL else to.head.head
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or v.dep_ not in ("conj", "xcomp") or v.head.i == v.i:
            break
        v = v.head
    else:
        return None
    if subj is None:
        return None
    if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        subj = subj.head.head
    while subj.dep_ == "appos" and subj.head.i != subj.i:
        subj = subj.head
    return None if ctx.quoted(subj.i) else subj


def _determined_role(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a one-word "person" with an article and an appositive name is a title, not a name.

    The small model tags an unknown title abbreviation as a PERSON or an
    organisation ("The local MHA, Tom Reid, wrote ...", "The CAO, Tom Reid,
    told ..."); a personal name takes no article, so a one-word PERSON span
    with "the"/"a" before it and a name in apposition, or such an ORG span
    with a full personal name in apposition, is a role noun whose holder is
    the appositive (CoreNLP's mention-to-speaker step reads "the X, NAME,"
    as NAME).

    Args:
        ctx: the document context.
        tok: the subject head (a proper noun).

    Returns:
        True for such a title.
    """
    ent = ctx.ent_of.get(tok.i)
    if ent is None or len(ent) != 1 or ent.label_ not in ("PERSON", "ORG") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ != "appos":
            continue
        other = ctx.ent_of.get(c.i)
        if other is not None and other.label_ == "PERSON" and len(other) > 1 or \
                ent.label_ == "PERSON" and (c.pos_ == "PROPN" or other is not None):
            return True
    return False


def _definite_role_taken_up(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a one-word "person" after "the" is a capitalised title used before: "the Provost".

    British and Commonwealth copy capitalises a civic title and takes up its
    holder with it ("Ana Lind, Provost of X, ... the Provost declared"); the
    small model tags the word as a PERSON, but a personal name takes no
    article (the model also leaves it untagged, or tags a title it does not
    know as an organisation: then the word must have been the person's own
    title, see :func:`_apposed_title`).  When the word is the title
    of a person named earlier (it is in that name's title context) and
    nobody's name, it is a role noun, resolved
    like "the minister" (CoreNLP's mention-to-speaker step).

    Args:
        ctx: the document context.
        tok: the subject head (a proper noun).

    Returns:
        True for such a title.
    """
    ent = ctx.ent_of.get(tok.i)
    if ent is not None and (len(ent) != 1 or ent.label_ not in ("PERSON", "ORG")) or tok.tag_ != "NNP" \
            or any(c.dep_ in ("compound", "flat", "appos") for c in tok.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    word = tok.text.casefold()
    body = ent is not None and ent.label_ == "ORG"
    if body and (ent.ent_id_ or tok.lemma_.casefold() in ORG_NOUNS):
        return False  # "the Council", a body the gazetteer knows: bodies, not titles
    names = [n for n in getattr(ctx, "names", ()) if n.first < tok.i and n.person]
    return any(word in n.context and n.head != tok.i and (not body or _apposed_title(ctx, n, word)) for n in names) \
        and not any(n.key == word for n in getattr(ctx, "names", ()) if len(n.mention.text.split()) > 1)


def _apposed_title(ctx: _Ctx, n: _Name, word: str) -> bool:
    """Tell whether a word stood as a person's title itself: the head of their appositive or a title before the name.

    A word the tagger read as a body ("the Alcalde said") is a title only
    when it was the person's title itself ("Ana Lind, the Alcalde of X,",
    "Alcalde Ana Lind"), not a word of the body they serve ("Ana Lind,
    head of the Tenants Union,"), as in CoreNLP's mention-to-speaker step
    that reads an appositive's head as the name's role.

    Args:
        ctx: the document context.
        n: an earlier person's name.
        word: the casefolded title word.

    Returns:
        True when the word heads the name's appositive or is a compound before it.
    """
    head = ctx.doc[n.head]
    return any(c.text.casefold() == word and (c.dep_ == "appos" or c.dep_ == "compound" and c.i < n.first)
               for c in head.children)


#: Capitalised nouns for a seat-holder's post ("Member of Parliament for X", "Member for Y"):
#: the post, not a name, when a name is set in apposition to it
MEMBER_TITLE_NOUNS = frozenset({"member"})


def _member_title_with_name(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a capitalised "Member" subject is a legislator's post that an apposed name fills.

    "Member of Parliament for X, Hon. NAME, of the Y Party, said ...": the tagger reads the post as a
    proper noun; with a PERSON name as its appositive it is a title, so the name speaks (the appositive
    step of CoreNLP's mention-to-speaker sieve).

    Args:
        ctx: the document context.
        tok: the subject head (a proper noun).

    Returns:
        True when tok is such a post with a PERSON appositive.
    """
    if tok.lower_ not in MEMBER_TITLE_NOUNS or not tok.is_title or tok.i in ctx.ent_of:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children):
        return False
    return any(c.dep_ == "appos" and c.i in ctx.ent_of and ctx.ent_of[c.i].label_ == "PERSON" for c in tok.children)


def _definite_title_phrase(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a proper noun ends a definite multi-word title: "the Grand Duke" (a title, not a name).

    A title of several words whose last word is no title by itself is read
    by the tagger as a proper noun; with "the" before it and nothing else in
    the phrase it is a role, resolved like "the minister".

    Args:
        ctx: the document context.
        tok: the subject head (a proper noun).

    Returns:
        True when "the" + the proper-noun compounds + the token spell a
        gazetteer title.
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    words = [c for c in tok.children if c.i < tok.i and c.dep_ == "compound"]
    if not words or any(c.pos_ != "PROPN" or any(True for _ in c.children) for c in words):
        return False
    if [c.i for c in words] != list(range(tok.i - len(words), tok.i)):
        return False
    return " ".join(t.text for t in ctx.doc[tok.i - len(words):tok.i + 1]).casefold() in ctx.titles


def _titled_person_head(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a token heads a name that a title or appositive showed to be a person's.

    The tagger reads some names as places ("The UNHCR representative,
    [Aminata Diallo-Sow], said"); :func:`_collect_names` keeps such a name as
    a person when a title or role noun stands next to it, and it then names
    the role's holder as well as a cue's subject would.

    Args:
        ctx: the document context.
        tok: the head token of the name.

    Returns:
        True when a collected person name has that head.
    """
    return any(n.head == tok.i and n.person for n in getattr(ctx, "names", ()))


def _surname_read_as_noun(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a capitalised common noun is the surname of a person named earlier.

    The small model tags surnames that look like plural nouns as NOUN
    ("Desjardins, seated by the door, said ..."); a capitalised noun,
    outside any entity, that is the last word of a PERSON name introduced
    before it in the article is that surname.  So is the first of two
    surnames, an inner word of a full name introduced before it (see
    :func:`_inner_name_full`).  Surnames that look like verb forms are
    tagged VBG/VBN ("..., Tessing told reporters"): a capitalised subject
    read as a verb that repeats an earlier person's surname is that surname
    too (exact string match, as CoreNLP's coreference sieves).

    Args:
        ctx: the document context.
        tok: the subject head.

    Returns:
        True when tok stands for an earlier person's surname.
    """
    verb_form = tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("nsubj", "nsubjpass") and not tok.text.isupper()
    if tok.pos_ != "NOUN" and not verb_form or not tok.text[:1].isupper() or not tok.is_alpha or tok.i in ctx.ent_of \
            or tok.lower_ in PERSON_NOUNS or tok.lower_ in ORG_NOUNS or tok.text.casefold() in ctx.titles:
        return False
    if any((n.mention.label == "PERSON" or n.person) and n.key == tok.lower_ and n.first < tok.i
           and len(n.mention.text.split()) > 1 for n in ctx.names):
        return True  # (also a full name NER read as a body that the mention step made a person)
    here = _mention(ctx, tok.i, tok.i + 1, "PERSON")
    return here is not None and _inner_name_full(ctx, here) is not None


#: Nouns for a body's unnamed mouthpiece: what they say is the body's word.
SPOKESPERSON_NOUNS = frozenset("spokesperson spokesman spokeswoman".split())


def _facility_body(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The body behind a facility's name that issues words: "a statement from Varnby Airport".

    The small model tags airports, ports, hospitals and museums as
    facilities (FAC); when such a name is a text's author or has a
    spokesperson, it stands for the body that runs it (the organisation
    sense of the name, as OntoNotes tags "Heathrow said" ORG).  A name the
    gazetteer knows as a place stays a place (see :func:`_misread_place`).

    Args:
        ctx: the document context.
        tok: the head of the author or of the spokesperson's modifier.

    Returns:
        The facility's name (labelled ORG), or None.
    """
    ent = ctx.ent_of.get(tok.i)
    if ent is None or ent.label_ != "FAC" or ctx.quoted(tok.i) or not _misread_place(ctx, ent) \
            or ent.root.i != tok.i and tok.dep_ != "compound":
        return None
    return _mention(ctx, ent.start, ent.end, "ORG")


def _spokesperson_body(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The body an unnamed spokesperson speaks for: "a Tamsk Ferry Company spokesperson", "a spokesman for X".

    News copy gives a body's official word through a spokesperson it does
    not name; the words are the body's (the organisation is the source, as
    in the body speakers of CoreNLP's mention-to-speaker step, which
    otherwise would leave an unnamed person).  Only an indefinite
    spokesperson ("a", "an") counts: "the spokesperson" takes up a person
    named before (see :func:`_resolve_role`).  The body must be an
    organisation's proper name, written as the noun's modifier or as the
    object of its "for"/"of"; a person's spokesman ("a spokesman for Ana
    Lind", "a Lind spokesman": a bare name with no body noun may be a
    person's, see :func:`_maybe_person`) and a body of common nouns ("a
    spokesman for the ministry") give None.

    Args:
        ctx: the document context.
        tok: the noun heading a cue's subject.

    Returns:
        The body's name mention, or None.
    """
    if tok.lemma_.casefold() not in SPOKESPERSON_NOUNS and tok.lower_ not in SPOKESPERSON_NOUNS \
            or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    heads = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "nmod")]
    heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i > tok.i
              for o in p.children if o.dep_ == "pobj"]
    found = []
    for h in heads:
        if (facility := _facility_body(ctx, h)) is not None:
            found.append(facility)  # "a spokesman for Varnby Airport": the facility's operator speaks
            continue
        ent = ctx.ent_of.get(h.i)
        if ent is None or ent.label_ != "ORG" or ctx.quoted(h.i) or ent.root.i != h.i and h.dep_ != "compound" \
                or ent.root.pos_ != "PROPN":
            continue  # "a spokesman for the Ruritanian ministry": a body of common nouns has no name
        m = _entity_mention(ctx, ent)
        if m is not None and m.label == "ORG" and m not in ctx.person_names \
                and (not _maybe_person(m) or _business_name(m)) and not _surname_read_as_body(ctx, m):
            found.append(m)
    return found[0] if len({m.text for m in found}) == 1 else None


def _business_name(m: Mention) -> bool:
    """Tell whether a name holds a word of a business's name that no person's name holds ("Zorvak Motors").

    "a Zorvak Motors spokesman": the tagger's ORG reading of such a name is
    kept, though it has no body noun (see :func:`_maybe_person`).  Words
    that end people's names too ("Power", "Capital", "Media") are left out.
    """
    return bool({w.casefold().strip(".,") for w in m.text.split()} & _FIRM_ONLY_WORDS)


def _spokesperson_body_taken_up(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The body a spokesperson of a described body speaks for: 'a company spokesman', 'a spokesman for the agency'.

    News copy names a body as a sentence's subject, then gives its word
    through a spokesperson of "the company" or "the ministry" without the
    name again; the words are the body's (the body speakers of CoreNLP's
    mention-to-speaker step), and the description takes up the body as
    "the company said" would (see :func:`_body_subject_taken_up`).  The body
    noun is the spokesperson noun's modifier ("a company spokesman"), its
    definite owner ("the agency's spokeswoman") or the definite object of
    its "for"/"of" ("a spokesman for the firm").

    Args:
        ctx: the document context.
        tok: the noun heading a cue's subject.

    Returns:
        The body's mention, or None.
    """
    if tok.lemma_.casefold() not in SPOKESPERSON_NOUNS and tok.lower_ not in SPOKESPERSON_NOUNS \
            or tok.tag_ != "NN":
        return None
    found = []
    for c in tok.children:
        if c.pos_ != "NOUN" or c.text != c.lower_ or ctx.quoted(c.i):
            continue
        if c.i < tok.i and c.dep_ == "compound" and c.lemma_.casefold() in _BODY_TAKE_UP_NOUNS \
                and next(c.children, None) is None \
                and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in tok.children):
            found.append(_body_subject_taken_up(ctx, c, c.lemma_.casefold()))  # "a company spokesman"
        elif c.i < tok.i and c.dep_ == "poss":
            found.append(_body_subject_taken_up(ctx, c))  # "the company's spokesman"
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i > tok.i:
            found += [_body_subject_taken_up(ctx, o) for o in p.children
                      if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.text == o.lower_]  # "a spokesman for the firm"
    # a lone capitalised word ("Varga") may be a person's name the tagger read as a body
    found = [m for m in found if m is not None and (len(m.text.split()) > 1 or m.text.isupper())
             and (not _maybe_person(m) or _business_name(m))]
    return found[0] if len({m.text for m in found}) == 1 else None


#: Titles of envoys, named with the state they are sent "to" ("ambassador to Chile").
_ENVOY_TITLES = frozenset("ambassador envoy emissary consul attaché attache representative".split())


def _portfolio_name(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The name ending a title with a portfolio: "Minister for Reintegration Ana Pop told ...".

    The parser reads the name as the object of "for"/"of" ("Minister for [Reintegration
    Ana Pop]"). The name is the PERSON entity inside that object, or else its last two
    words (a hyphenated pair counts as one); a lone portfolio word gives None.  After an
    envoy's title the object of "to" opens with the state the envoy is sent to
    ("ambassador to [Chile Ana Pop]"): the name is the rest, when the gazetteer knows
    that state and two words or more are left.

    Args:
        ctx: the document context.
        tok: the title word heading the subject of a cue.

    Returns:
        The name mention, or None.
    """
    if tok.text.casefold() not in ctx.titles and tok.lemma_.casefold() not in ctx.titles:
        return None
    doc = ctx.doc
    preps = ("for", "of", "to") if tok.lemma_.casefold() in _ENVOY_TITLES else ("for", "of")
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i != tok.i + 1:
            continue
        objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if not objs:
            continue
        lo, hi = _propn_chunk(ctx, objs[0])
        if any(doc[k].is_space or ctx.quoted(k) for k in range(lo, hi)):
            return None
        if prep.lower_ == "to":
            state = ctx.ent_of.get(lo)
            # (the state's entity may open with its article: "ambassador to [the Philippines] NAME")
            if state is None or state.start not in (lo, lo - 1) or state.end > hi - 2 or not (
                    _is_place(ctx, state.text) or ctx.gaz is not None and fold(state.text) in ctx.gaz.capitals):
                return None
            return _mention(ctx, state.end, hi, "PERSON")
        persons = [ctx.ent_of[k] for k in range(lo, hi) if k in ctx.ent_of and ctx.ent_of[k].label_ == "PERSON"]
        if persons and (persons[0].start > lo or prep.i + 1 < persons[0].start < lo):
            # (the name may open before the object's chunk when the parser hung its first word on the
            # portfolio's coordination: "MEC for Sport, Arts and Culture [Ana] Pop")
            return _mention(ctx, persons[0].start, min(persons[0].end, hi), "PERSON")
        for conj in (c for c in objs[0].conjuncts if c.i > objs[0].i and c.pos_ == "PROPN"):
            # "Minister for A and B Ambassador NAME": a double portfolio, the name ending its second part
            c_lo, c_hi = _propn_chunk(ctx, conj)
            ent = ctx.ent_of.get(c_hi - 1)
            if ent is not None and ent.label_ == "PERSON" and ent.end == c_hi and ent.start > objs[0].i + 1 and \
                    not any(doc[k].is_space or ctx.quoted(k) for k in range(lo, c_hi)):
                return _mention(ctx, ent.start, ent.end, "PERSON")
        tail = max(c.i for c in (objs[0], *objs[0].conjuncts)) + 1
        ent = ctx.ent_of.get(tail)
        if ent is not None and ent.label_ == "PERSON" and ent.start == tail and tail > objs[0].i and \
                not any(doc[k].is_space or ctx.quoted(k) for k in range(lo, ent.end)):
            # "MEC for A, B and C NAME": the parser made the name a second subject right after the portfolio
            return _mention(ctx, ent.start, ent.end, "PERSON")
        words: list[tuple[int, int]] = []  # (first, last) token of each word, hyphen pairs joined
        k = lo
        while k < hi:
            if k + 2 < hi and _glued_hyphen(doc, k + 1):
                words.append((k, k + 2))
                k += 3
            else:
                words.append((k, k))
                k += 1
        if len(words) < 3:
            return None  # "Minister for Europe Rahul" or a bare portfolio: no safe split
        first = words[-2][0]
        surface = doc[first:hi].text
        if _is_place(ctx, surface) or _is_demonym(ctx, doc[first].text):
            return None
        return _mention(ctx, first, hi, "PERSON")
    return None


def _roles_of_one_person(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether coordinated role nouns with one apposed name describe one person: "His wife and partner, NAME,".

    Two singular role nouns under one determiner or possessive ("his wife
    and business partner", "the founder and chief executive"), with a
    person's name in apposition after the last, name one person holding both
    roles, not two speakers: the second noun has no determiner of its own
    ("the minister and the envoy" are two people).

    Args:
        ctx: the document context.
        tok: the first role noun (the head of the coordination).

    Returns:
        True when every conjunct is a bare singular common noun and a person's name stands in apposition.
    """
    conjs = [c for c in tok.children if c.dep_ == "conj"]
    if tok.tag_ != "NN" or not conjs or any(
            c.tag_ != "NN" or ctx.quoted(c.i) or any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
            or any(d.dep_ == "cc" and d.lower_ != "and" for d in c.children) for c in conjs):
        return False
    apposed = [c for h in [tok, *conjs] for c in h.children if c.dep_ == "appos" and c.i > conjs[-1].i]
    return len(apposed) == 1 and ctx.ent_of.get(apposed[0].i) is not None \
        and ctx.ent_of[apposed[0].i].label_ == "PERSON"


def _portfolio_conjunct(ctx: _Ctx, tok: "Token", other: "Token") -> bool:
    """Tell whether ``other`` is the second field of a title's portfolio the parser joined to the title.

    "The Minister for Trade and Regional Integration, NAME, said": "Cooperation" is no second
    speaker but the end of one office's name (capitalised words after "for" / "of").

    Args:
        ctx: the document context.
        tok: the title word heading the subject.
        other: its conjunct.

    Returns:
        True for such a portfolio word.
    """
    doc = ctx.doc
    return tok.text.casefold() in ctx.titles and other.i > tok.i + 2 and doc[tok.i + 1].lower_ in {"for", "of"} and \
        all(t.text[:1].isupper() or t.lower_ in {"for", "of", "and", "the", "&"} for t in doc[tok.i + 1:other.i + 1])


def _in_org_name(ctx: _Ctx, tok: "Token", other: "Token") -> bool:
    """Tell whether two tokens belong to one organisation name (see :func:`_org_run`).

    Both inside one ORG span count, even a gazetteer-linked one: the parser
    reads "and" inside a long name as coordination ("Organization for
    Security and Co-operation in Europe"), which is no pair of speakers.
    Otherwise the tagger's split run of an unlinked name (:func:`_org_bounds`)
    must hold both.
    """
    for t in (tok, other):
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label_ == "ORG" and ent.start <= min(tok.i, other.i) \
                and max(tok.i, other.i) < ent.end:
            return True  # both inside one tagged name ("Organization for Security and Co-operation ...")
        if ent is not None and ent.label_ == "ORG" and not ent.ent_id_:
            lo, hi = _org_bounds(ctx, ent)
            if lo <= tok.i < hi and lo <= other.i < hi:
                return True
    return False


def _source_of(tok: "Token") -> "Token | None":
    """The author of "a statement from X", "a report by X" (a text noun with from/by).

    Also through a participle of an issuing verb: "a statement issued by X",
    "a report released by X" (the agent of the passive issues the text, as
    the subject of "X issued a statement" does in :func:`_earlier_source`).
    """
    if tok.lemma_.casefold() not in SOURCE_NOUNS:
        return None
    heads = [tok] + [v for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN"
                     and v.lemma_.casefold() in ISSUING_VERBS]
    for h in heads:
        for p in h.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in (("from", "by") if h.i == tok.i else ("by",)):
                for o in p.children:
                    if o.dep_ == "pobj":
                        return o
    return None


#: Verbs whose subject issues the text named by their object: "X issued a statement", "X read a statement".
ISSUING_VERBS = frozenset("issue release publish send post put make give deliver circulate read".split())
#: Verbs of reaction whose subject answers "with" a text of its own: "X responded with a statement".
RESPONSE_VERBS = frozenset("respond react reply answer retort counter".split())


def _earlier_source(ctx: _Ctx, tok: "Token") -> "Token | None":
    """The author of "the statement" when an earlier sentence said who made it.

    After CoreNLP's mention-to-speaker step, for a text noun instead of a
    person: '"...," the statement said' refers back to the last "statement"
    of this or the previous paragraph, and its author is the subject of the
    clause it sat in ("In a statement, X thanked ...", "X issued a
    statement", "X responded with a statement"; the parser may hang "In"
    on a participle of the noun, "In a statement issued later, X said",
    whose clause is then the verb above it) or the object of its
    "from"/"by" ("a statement from X").  "With" gives the author only under
    an active verb of reaction (``RESPONSE_VERBS``): "X was confronted with
    a statement" or "X agreed with the statement" says nothing of who wrote
    it.  Only a definite, unowned text noun is followed back.  A noun that
    names no kind of text ("the text", "the document") takes up the last
    written text of any kind ("In a statement, X said ... '...,' the text
    reads"), as a general noun takes up a more specific antecedent
    (hypernym anaphora).

    Args:
        ctx: the document context.
        tok: the text noun that is a cue's subject.

    Returns:
        The author's head token, or None.
    """
    lemma = tok.lemma_.casefold()
    generic = lemma in _GENERIC_TEXT_NOUNS
    if lemma not in SOURCE_NOUNS and not generic or tok.tag_ in ("NNS", "NNPS") \
            or any(c.dep_ == "poss" for c in tok.children) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return None
    kinds = _WRITTEN_TEXT_NOUNS if generic else {lemma}
    para = ctx.para_of(tok.idx)
    lo = ctx.token_at(ctx.paras[max(para - 1, 0)][0])
    for i in range(tok.i - 1, lo - 1, -1):
        t = ctx.doc[i]
        if ctx.quoted(i) or t.pos_ != "NOUN" or t.lemma_.casefold() not in kinds:
            continue
        author = _source_of(t)
        if author is not None:
            return author
        h = t.head
        v = h.head
        if t.dep_ == "pobj" and v.tag_ == "VBN" and v.i > t.i and v.head.pos_ == "VERB" and v.head.i > v.i and \
                not any(c.dep_.startswith("nsubj") for c in v.children):
            v = v.head  # "In a statement read out to reporters, X said": "In" hung on the participle
        if t.dep_ == "pobj" and h.lower_ in ("in", "through", "via") and v.pos_ == "NOUN" and \
                v.dep_ in ("dobj", "obj") and v.head.pos_ == "VERB" and v.head.i < v.i < h.i:
            v = v.head  # "X explained the step in a signed statement": "in" hung on the verb's object
        if t.dep_ == "pobj" and h.lower_ in ("in", "through", "via") and v.pos_ == "VERB":
            return _subject(ctx, v)
        if t.dep_ == "pobj" and h.lower_ == "with" and h.head.pos_ == "VERB" \
                and h.head.lemma_.casefold() in RESPONSE_VERBS \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in h.head.children):
            return _subject(ctx, h.head)  # "X responded with a statement": X wrote it
        if t.dep_ in ("dobj", "obj") and h.pos_ == "VERB" and h.lemma_.casefold() in ISSUING_VERBS:
            return _subject(ctx, h)
        return None  # the nearest earlier statement has no author we can read
    return None


#: Texts a meeting issues at its end, and the verbs that say a body met: "The X Council met ...
#: '...,' the communiqué said".
COMMUNIQUE_NOUNS = frozenset({"communiqué", "communique"})
MEETING_VERBS = frozenset("meet convene gather confer".split())


def _statement_of_speaking_body(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The body whose words "the statement" gives, when no statement was mentioned before.

    'The X Commission said it was "..." / "...," the statement read': a
    definite text noun with no earlier statement in its own or the previous
    paragraph takes up the body that spoke (the subject of a speech cue) in
    the nearest earlier sentence outside quotes (closest antecedent and
    subject preference, Lee et al. 2013; CoreNLP's mention-to-speaker step).
    A nearest sentence led by anything but a named body, or whose verb is no
    cue, gives None; "the communiqué" also takes up a body that met
    (``MEETING_VERBS``), since a communiqué is the text a meeting issues.
    The same text noun as the subject of an earlier cue ('"...," the
    statement said') is followed back to the body that one gave.

    Args:
        ctx: the document context.
        tok: the text noun that is a cue's subject.

    Returns:
        The body's mention, or None.
    """
    lemma = tok.lemma_.casefold()
    if lemma not in READ_OUT_NOUNS or tok.tag_ != "NN" or any(c.dep_ in ("poss", "prep") for c in tok.children) \
            or [c.lower_ for c in tok.children if c.i < tok.i and not c.is_punct] != ["the"]:
        return None
    para = ctx.para_of(tok.idx)
    lo = ctx.token_at(ctx.paras[max(para - 1, 0)][0])
    named = [i for i in range(lo, tok.i) if not ctx.quoted(i) and ctx.doc[i].lemma_.casefold() in READ_OUT_NOUNS]
    if named:
        prev = ctx.doc[named[-1]]
        if prev.lemma_.casefold() == lemma and prev.dep_ == "nsubj" and _is_cue(prev.head):
            return _statement_of_speaking_body(ctx, prev)  # '"...," the statement said. "...," the statement added'
        return None  # a statement named before: :func:`_earlier_source` reads its author or none
    for seg in _earlier_unquoted_segments(ctx, tok, lo):
        subj = _main_subject(ctx, seg, seg.end)
        if subj is not None and not _is_cue(subj.head):
            subj = _coordinated_cue_subject(ctx, seg) or subj  # "X did A, and its ministry said ..."
        if subj is None or subj.pos_ == "PRON" or not _is_cue(subj.head) and not (
                lemma in COMMUNIQUE_NOUNS and subj.head.lemma_.casefold() in MEETING_VERBS):
            return None
        m = _speaker(ctx, subj, depth=1, via_cue=True)
        if m is None or m.label != "ORG" or _is_person_mention(ctx, m) or _maybe_person(m):
            return None
        return m
    return None


def _coordinated_cue_subject(ctx: _Ctx, seg: "Span") -> "Token | None":
    """The subject of the last speech cue coordinated with a sentence's root verb.

    "Borduria rejects the plan, and its ministry said so on Friday": the
    second clause is the one that speaks, so a following '"...," the
    statement read' takes up its subject (subject preference within the
    nearest clause, Lee et al. 2013; CoreNLP's mention-to-speaker step).
    Only a conjunct verb that is a cue with its own nominal subject, outside
    quotes and inside the sentence, counts.

    Args:
        ctx: the document context.
        seg: the sentence segment.

    Returns:
        The subject token of the last such conjunct, or None.
    """
    found = None
    for verb in seg.root.conjuncts:
        if not seg.start <= verb.i < seg.end or ctx.quoted(verb.i) or not _is_cue(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not ctx.quoted(subj.i) \
                and (found is None or verb.i > found.head.i):
            found = subj
    return found


#: Written texts a person or body puts out, which "it read" takes up ("She posted a message. "...," it read").
_ISSUED_TEXT_NOUNS = _WRITTEN_TEXT_NOUNS | frozenset("message post tweet notice announcement".split())


def _text_issuer(ctx: _Ctx, tok: "Token") -> Mention | None:
    """Resolve '"...," it read' to whoever put out the text the sentence before names.

    "It" with "read" stands for a text, not for a speaker: by subject and
    recency preference (Lee et al. 2013), the nearest earlier sentence
    outside quotes, in this or the previous paragraph, must name a written
    text (``_ISSUED_TEXT_NOUNS``) as the object of its root verb, or in a
    phrase on it ("said in a statement"); the words are then the root
    verb's subject's, a named person or body.  Anything else gives None.

    Args:
        ctx: the document context.
        tok: the pronoun "it", subject of "read".

    Returns:
        The issuer's mention, or None.
    """
    para = ctx.para_of(tok.idx)
    for seg in _earlier_unquoted_segments(ctx, tok):
        words = [t for t in seg if not t.is_space]
        if not words or ctx.para_of(words[0].idx) < para - 1:
            return None
        root = seg.root
        texts = [t for t in seg if not ctx.quoted(t.i) and t.lemma_.casefold() in _ISSUED_TEXT_NOUNS
                 and t.pos_ == "NOUN" and t.tag_ == "NN" and (t.head.i == root.i and t.dep_ == "dobj"
                 or t.dep_ == "pobj" and t.head.head.i == root.i and t.head.lower_ in ("in", "on"))]
        subj = _main_subject(ctx, seg, seg.end)
        if not texts or subj is None or subj.pos_ not in ("PROPN", "NOUN"):
            return None
        return _speaker(ctx, subj, depth=1, via_cue=True)
    return None


def _earlier_unquoted_segments(ctx: _Ctx, tok: "Token", lo: int = 0) -> Iterator["Span"]:
    """The sentence segments before ``tok``'s own, nearest first, skipping those that are all quotation.

    Args:
        ctx: the document context.
        tok: the token whose segment the walk starts before.
        lo: the first token index the walk may reach.

    Yields:
        The segments, from the nearest back to the one holding ``lo``.
    """
    k = ctx.seg_of(tok.i).start - 1
    while k >= lo:
        seg = ctx.seg_of(k)
        k = seg.start - 1
        if not _all_quoted(ctx, seg):
            yield seg


def _body_antecedent(ctx: _Ctx, tok: "Token") -> Mention | None:
    """Resolve "it" to the body that is the nearest earlier subject ("The ministry acted. It said ...").

    A centering-style rule for the impersonal pronoun, after the subject
    preference of the pronoun sieve in Lee et al., "Deterministic
    coreference resolution based on entity-centric, precision-ranked rules"
    (Computational Linguistics 2013): the antecedent is the closest subject
    outside quotes in this or the previous paragraph ("it" subjects in
    between continue the chain).  Only an organisation name is returned; a
    nearest subject that is anything else (a person, a country, a thing)
    gives None.

    Args:
        ctx: the document context.
        tok: the pronoun "it".

    Returns:
        The organisation's name mention, or None.
    """
    para = ctx.para_of(tok.idx)
    lo = ctx.token_at(ctx.paras[max(para - 1, 0)][0])
    for i in range(tok.i - 1, lo - 1, -1):
        t = ctx.doc[i]
        if ctx.quoted(i) or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.lower_ == "it" or _in_reported_clause(t):
            continue
        if t.pos_ == "PRON" and t.lower_ not in RELATIVE_PRONOUNS:
            return None
        m = _speaker(ctx, t, depth=1)
        if m is None or m.label != "ORG" or _is_person_mention(ctx, m) or _maybe_person(m):
            return None
        return m
    return None


def _in_reported_clause(t: "Token") -> bool:
    """Tell whether a subject belongs to the clause a cue reports: "the ministry said [the matter was closed]".

    Centering ranks the main clause's subject above one in an embedded
    clause (Grosz et al. 1995), so "it" in the next sentence skips the
    subjects of the report and reaches its speaker.

    Args:
        t: a subject token.

    Returns:
        True when a clausal complement ("ccomp") of a cue verb holds it, or a clause opened by the
        complementiser "that" that the parser hung on a noun after the cue ("said in a release [that
        supplies were safe]": a relative "that" would be the clause's subject or object, not its marker).
    """
    v = t.head
    while v.head.i != v.i:
        if v.dep_ == "ccomp" and _is_cue(v.head):
            return True
        if v.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) and \
                v.head.dep_ == "pobj" and v.head.head.dep_ == "prep" and _is_cue(v.head.head.head):
            return True
        v = v.head
    return False


def _appositive_name(ctx: _Ctx, tok: "Token", depth: int, via_cue: bool = False) -> Mention | None:
    """The name in apposition to a role noun: "the local MP, Kari Holm," gives Kari Holm."""
    for c in tok.children:
        if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.i in ctx.ent_of):
            if _person_noun(ctx, tok) and c.pos_ == "PROPN" and c.i in ctx.ent_of \
                    and ctx.ent_of[c.i].label_ == "GPE" and not _is_place(ctx, ctx.ent_of[c.i].text):
                return _propn_mention(ctx, c)  # "his wife, Daria," read as a place by the tagger
            return _speaker(ctx, c, depth + 1, via_cue)
    if (tok.dep_ in ("nsubj", "nsubjpass") or via_cue) and _person_noun(ctx, tok):
        return _apposed_subject_name(ctx, tok) or _name_folded_into_role(ctx, tok, depth, via_cue)
    return None


def _name_folded_into_role(ctx: _Ctx, tok: "Token", depth: int, via_cue: bool) -> Mention | None:
    """The name opening a subject phrase that the parser folded into the role noun after it.

    "Ana Lind, associate professor of law at X, said ...": with no article
    before the role noun the parser often makes the role noun the subject
    and hangs the name on it as a modifier; on the surface the name is the
    subject and the role its apposition ("NAME, appositive, VERB", the
    trigram pattern of CoreNLP's quote attribution).  The role noun must be
    singular and the name a person-tagged entity that opens the role noun's
    phrase, closed by the comma, with no other name or "and" between the
    comma and the role noun (a list of people is no apposition).

    Args:
        ctx: the document context.
        tok: the role noun heading the subject.
        depth: recursion guard.
        via_cue: tok is the subject of a cue verb.

    Returns:
        The name's mention, or None.
    """
    doc = ctx.doc
    if tok.tag_ != "NN":
        return None
    first = tok.left_edge
    ent = ctx.ent_of.get(first.i)
    if ent is None or ent.label_ != "PERSON" or ent.start != first.i or ent.end + 1 >= tok.i \
            or doc[ent.end].text != "," or ctx.quoted(first.i):
        return None
    if any(t.i in ctx.ent_of or t.lower_ in ("and", "or", "&") or t.text in (";", ":") or ctx.quoted(t.i)
           for t in doc[ent.end + 1:tok.i]):
        return None
    return _speaker(ctx, doc[ent.end - 1], depth + 1, via_cue)


_DATELINE_DASHES = frozenset({"–", "—", "-", "--"})


def _dateline_subject(ctx: _Ctx, tok: "Token") -> "Token | None":
    """The real subject behind a dateline the parser made the subject: "STRELSAU – The ministry said ...".

    News copy opens a story with the place it was filed from and a dash;
    the parser often makes that place the sentence's subject and hangs the
    true subject on it as an appositive.  A name that opens its paragraph
    and is followed at once by a dash, with no second dash closing an
    inserted phrase before the verb ("Ana Lind – a nurse – said" is an
    aside), is a dateline, never a speaker (as wire-copy preprocessing in
    CoreNLP-based news pipelines strips datelines before attribution).

    Args:
        ctx: the document context.
        tok: the subject head.

    Returns:
        The appositive after the dash, the token itself when the dateline
        has no appositive (no speaker), or None when tok is no dateline.
    """
    doc = ctx.doc
    line = doc.text.rfind("\n", 0, tok.idx) + 1
    dated = DATED_DATELINE.match(doc.text, line)
    if dated is not None and tok.idx < dated.end():
        # "TOWN, May 2: Chief Minister NAME said ...": the name after the dated dateline, hung on the town
        appos = [c for c in tok.children if c.dep_ == "appos" and c.idx >= dated.end()]
        return appos[0] if appos else tok
    if tok.pos_ != "PROPN" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in _DATELINE_DASHES \
            or not tok.whitespace_ or not doc[tok.i + 1].whitespace_:
        return None  # a spaced dash, not the hyphen of "Lind-Roe"
    lo = min((t.i for t in tok.subtree if t.i <= tok.i), default=tok.i)
    if any(t.pos_ != "PROPN" for t in doc[lo:tok.i]) or ctx.quoted(lo):
        return None
    k = lo - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and ctx.para_of(doc[k].idx) == ctx.para_of(doc[lo].idx):
        return None  # not the paragraph's first words
    verb = tok.head
    if verb.i <= tok.i or any(t.text in _DATELINE_DASHES for t in doc[tok.i + 2:verb.i]) \
            or not doc[tok.i + 2].text[:1].isupper():
        return None
    appos = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i + 1]
    return appos[0] if appos else tok


def _office_of_place_holder(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The person named between commas after a definite office phrase: "The Warden of X, Ana Lind, said".

    A personal name takes no article, so a capitalised subject written "the
    WORD of PLACE" (or "the PLACE WORD", with a name the tagger read as a
    person after it) is an office (mayor, bishop, or a local title the
    gazetteer does not know) even when the tagger reads it as a name or a
    work of art; the personal name set off by commas right after it, and
    followed by the verb, is its holder (CoreNLP's mention-to-speaker step
    reads "the X, NAME," as NAME; see :func:`_apposed_subject_name`).  The
    name must hold a token the tagger read as a person, or be two or more
    proper nouns the tagger left untagged.

    Args:
        ctx: the document context.
        tok: the subject head (a proper noun).

    Returns:
        The holder's name, or None.
    """
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.text[:1].isupper() \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    # (capitalised words of the title itself may stand before it: "The Municipal Chief Executive of X")
    of_place = any(c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 for c in tok.children) \
        and not any(c.dep_ in ("compound", "amod", "poss") and not (
            c.dep_ != "poss" and c.text[:1].isupper() and c.i not in ctx.ent_of) for c in tok.children)
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ != "det"]
    place_first = bool(mods) and all(c.dep_ == "compound" and c.pos_ == "PROPN" for c in mods) \
        and not any(c.dep_ == "prep" for c in tok.children)  # "The Tolsby Resident, NAME,": the place before
    if not of_place and not place_first:
        return None
    m = _apposed_subject_name(ctx, tok)
    if m is None:
        return None
    lo, hi = ctx.token_at(m.start), ctx.token_at(m.end - 1) + 1
    tagged = any(t.i in ctx.ent_of and ctx.ent_of[t.i].label_ == "PERSON" for t in ctx.doc[lo:hi])
    untagged = of_place and hi - lo > 1 and not any(t.i in ctx.ent_of for t in ctx.doc[lo:hi])
    return m if tagged or untagged else None  # (after "the PLACE WORD" only a name tagged as a person)


def _apposed_subject_name(ctx: _Ctx, tok: "Token") -> Mention | None:
    """The name between commas after a subject role noun, when the parser hung it elsewhere.

    "The UN envoy on Cyprus, Ana Lind, has spoken ...": the parser often makes the
    name an apposition of "Cyprus"; on the surface it is the subject's name. The
    name must be followed by a comma and the verb (or its auxiliary).  A role
    noun the parser did not make the subject at all ("In X, Y's top diplomat,
    NAME, said", with the noun hung on X) counts when it is the verb's
    surface subject (see :func:`_surface_subject`).  A non-restrictive
    relative clause on the name ("The MP for X, Ana Lind, who sat in the
    gallery, said") is skipped: it describes the name and leaves the subject
    and its verb as they were (see :func:`_relative_clause_end`).
    """
    doc = ctx.doc
    k = tok.i + 1
    while k < len(doc) and k - tok.i < 8 and doc[k].text not in (",", ".", ";", ":") and not ctx.quoted(k) \
            and doc[k].head.i != tok.head.i:
        k += 1
    lo = k + 1
    if lo < len(doc) and doc[k].text == "," and doc[lo].lower_ == "the":
        # "The Rector of X, the Rev Canon Ana Lind, said": a clergy style (titles only) before the name
        styled = lo + 1
        while styled < len(doc) and doc[styled].text.casefold() in ctx.titles:
            styled += 1
        lo = styled if styled > lo + 1 else lo
    if lo >= len(doc) or doc[k].text != "," or doc[lo].pos_ != "PROPN":
        return None
    while lo + 1 < len(doc) and doc[lo].text.casefold() in ctx.titles and doc[lo + 1].pos_ == "PROPN":
        lo += 1  # "The Minister for X, Hon. Dr Ana Lind, said": the honorifics before the name
    j = lo
    while j < len(doc) and (doc[j].pos_ == "PROPN" or _glued_hyphen(doc, j)):
        j += 1
    if _closes_inverted_subject(ctx, tok, lo, j):
        return _mention(ctx, lo, j, "PERSON")
    after = j + 1
    if j < len(doc) and doc[j].text == ",":
        after = _relative_clause_end(ctx, after, lo, j, tok.i)
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if j >= len(doc) or doc[j].text != "," or after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
        return None
    if tok.dep_ in ("nsubj", "nsubjpass"):
        if doc[after].i != tok.head.i and doc[after].head.i != tok.head.i:
            return None
    elif any(c.dep_ in _SUBJECT_DEPS for c in doc[after].children) or _surface_subject(ctx, doc[after]) != tok:
        return None  # the role noun is only the verb's subject on the surface (the parse gave it none)
    surface = doc[lo:j].text
    if _is_place(ctx, surface) or _is_demonym(ctx, surface) or any(
            t.i in ctx.ent_of and ctx.ent_of[t.i].label_ not in ("PERSON", "ORG", "GPE", "NORP")
            for t in doc[lo:j]):
        return None
    return _mention(ctx, lo, j, "PERSON")


def _closes_inverted_subject(ctx: _Ctx, tok: "Token", lo: int, hi: int) -> bool:
    """Tell whether a name set off by a comma ends the inverted subject of a cue: '"...," said the mayor of X, NAME.'

    After an inverted cue the subject phrase ends the clause, so the name in
    apposition to the role noun (which the parser often hangs on the place
    before it) is followed by the end of the sentence or by a participle
    clause (", holding up a tray") instead of the verb; it is the speaker
    (the Quote-Verb-Mention trigram of CoreNLP's quote attribution, Muzny et
    al. 2017, with the appositive read as in :func:`_apposed_subject_name`).
    The name must hold a person-tagged token, or be two or more proper nouns
    the tagger left untagged, and be no place or nationality.

    Args:
        ctx: the document context.
        tok: the role noun heading the subject.
        lo: the name's first token.
        hi: the token after the name.

    Returns:
        True when the name closes the inverted subject phrase of a cue.
    """
    doc = ctx.doc
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i > tok.i or not _is_cue(tok.head) or hi <= lo:
        return False
    if any(ctx.quoted(t) for t in range(tok.head.i, hi)) or ctx.seg_of(tok.i).start > tok.head.i:
        return False
    if hi < len(doc) and not doc[hi].is_space and doc[hi].text not in (".", "!", "?") and not (
            doc[hi].text == "," and hi + 1 < len(doc) and doc[hi + 1].tag_ == "VBG"):
        return False
    names = doc[lo:hi]
    if _is_place(ctx, names.text) or _is_demonym(ctx, names.text):
        return False
    tagged = [t for t in names if t.i in ctx.ent_of]
    return any(ctx.ent_of[t.i].label_ == "PERSON" for t in tagged) or not tagged and hi - lo > 1


def _relative_clause_end(ctx: _Ctx, k: int, lo: int, hi: int, role: int) -> int:
    """Skip a non-restrictive relative clause on a name: ", who sat in the gallery," before the verb.

    The clause opens with "who" (or "whose") right after the comma that
    closes the name and is a relative clause of a word of the name or of the
    role noun the name is in apposition to (both are the same person); it
    ends at the comma after its last word.

    Args:
        ctx: the document context.
        k: the token after the comma that closes the name.
        lo: the name's first token.
        hi: the end of the name (its closing comma).
        role: the role noun before the name.

    Returns:
        The token after the clause's closing comma, or k when no such clause
        stands there.
    """
    doc = ctx.doc
    if k >= len(doc) or doc[k].lower_ not in ("who", "whose") or ctx.quoted(k):
        return k
    clause = doc[k].head if doc[k].lower_ == "who" else doc[k].head.head
    if clause.dep_ != "relcl" or not (lo <= clause.head.i < hi or clause.head.i == role):
        return k
    end = max(t.i for t in clause.subtree) + 1
    if end - k > 25 or end >= len(doc) or doc[end].text != "," or any(ctx.quoted(t) for t in range(k, end)):
        return k
    return end + 1


def _ascribed_to(tok: "Token") -> "Token | None":
    """The author of "a post ascribed/attributed to X" (the status becomes "reported")."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.casefold() in ("ascribe", "attribute"):
            for p in c.children:
                if p.dep_ in ("prep", "agent") and p.lower_ == "to":
                    for o in p.children:
                        if o.dep_ == "pobj":
                            return o
    return None


def _role_requirements(ctx: _Ctx, tok: "Token") -> list[set[str]]:
    """What a role phrase says about its holder: one word set per modifier.

    A possessive "its"/"their" that takes up a country ("Its foreign
    ministry said") asks for that country (see :func:`_possessive_state`).
    """
    reqs = []
    for c in tok.children:
        if c.dep_ == "poss" and c.i < tok.i and c.lower_ in ("its", "their"):
            state = _possessive_state(ctx, c)
            if state:
                reqs.append(state)
            continue
        left = c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod")
        right = c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "to")
        if left and _age_modifier(c):
            continue  # "the 61-year-old lawmaker": an age, no title (checked by _resolve_role)
        if left or right:
            words = {RETIRED_WORDS.get(w, w) for w in _words(ctx, c.subtree)} - GENERIC_MODIFIERS
            if words:
                reqs.append(words)
    return reqs


def _age_modifier(mod: "Token") -> str:
    """The age a modifier of a role noun gives: "61" for the "61-year-old" of "the 61-year-old lawmaker".

    Args:
        mod: a left modifier of a role noun.

    Returns:
        The age as written, or "" when the modifier is no age.
    """
    m = _AGE_WORD.match(mod.text)
    if m:
        return m.group(1)
    words = [t for t in mod.subtree if t.text not in _HYPHENS]
    if len(words) == 3 and words[0].like_num and words[1].lemma_.casefold() == "year" and words[2].lower_ == "old":
        return words[0].text
    return ""


def _leading_subject(ctx: _Ctx, tok: "Token") -> "Token | None":
    """The main subject before a token: of its own sentence when one comes first, else of the
    nearest earlier sentence outside quotes in the same or the previous paragraph.

    Subject preference and closest antecedent, as in the pronoun sieve of Lee et al. 2013.

    Args:
        ctx: the document context.
        tok: the pronoun or role noun to resolve.

    Returns:
        The subject token, or None when that sentence has none or lies further back.
    """
    para = ctx.para_of(tok.idx)
    seg = ctx.seg_of(tok.i)
    subj = _main_subject(ctx, seg, tok.i)
    k = seg.start - 1
    while subj is None and k >= 0:
        seg = ctx.seg_of(k)
        k = seg.start - 1
        if _all_quoted(ctx, seg):
            continue
        if ctx.para_of(seg[-1].idx) < para - 1:
            return None
        return _main_subject(ctx, seg, seg.end)
    return subj


def _possessive_state(ctx: _Ctx, pron: "Token") -> set[str]:
    """The country a possessive "its"/"their" takes up: 'X, a member of Y, disagreed. Its ministry said'.

    The antecedent is the subject of the pronoun's own sentence when it comes
    first, else the subject of the nearest earlier sentence outside quotes
    in the same or the previous paragraph (subject preference and closest
    antecedent, as in the pronoun sieve of Lee et al. 2013).  Only a
    country or territory counts: the role phrase then belongs to that state,
    not to a body of another state named earlier in the article.

    Args:
        ctx: the document context.
        pron: the possessive pronoun.

    Returns:
        The state's normalised words, or an empty set when the antecedent is
        no country or territory (or not found).
    """
    subj = _leading_subject(ctx, pron)
    if subj is None or subj.i == pron.head.i or subj.pos_ != "PROPN":
        return set()
    ent = ctx.ent_of.get(subj.i)
    if ent is None or ctx.gaz is None or (e := ctx.gaz.lookup(ent.text)) is None \
            or e.cls not in ("Country", "Territory"):
        return set()
    return _country_words(ctx.gaz, ent.text)


_DEMONYM_SUFFIX = re.compile(r"(ian|ean|an|ese|ish|i|'s|’s)$")


def _stem(word: str) -> str:
    """Strip a demonym suffix: "bordurian" -> "bordur", "kazakh" stays."""
    stem = _DEMONYM_SUFFIX.sub("", word)
    return stem if len(stem) >= 4 else word


#: Modifiers that say an office is over ("the former envoy"): no word of the office itself.
TENURE_MODIFIERS = frozenset("former ex erstwhile onetime one-time".split())
#: Words in a name's title that say the office is over ("a one-time ambassador", "ex-minister").
_PAST_TITLE_WORDS = TENURE_MODIFIERS | {"retired", "then", "late", "previous"}
_YEAR = re.compile(r"(1[89]|20)\d\d$")


def _past_office(context: frozenset[str]) -> bool:
    """Tell whether a name's title words say the office is past.

    A tenure word ("former", "one-time", "retired") or a closed term, two
    different years ("ambassador from 2009 to 2014"), in the name's title or
    appositive.

    Args:
        context: the name's normalised title words.

    Returns:
        True when the title places the office in the past.
    """
    if context & _PAST_TITLE_WORDS or {"one", "time"} <= context:
        return True
    return len({w for w in context if _YEAR.match(w)}) >= 2


def _meets(requirement: set[str], context: frozenset[str]) -> bool:
    """Tell whether a name's context satisfies one role modifier.

    Exact words, or a demonym and a place name that share a stem
    ("Bordurian" / "Borduria"), for places the gazetteer does not know.  A
    tenure modifier ("the former envoy") is met by a title that places the
    office in the past (see :func:`_past_office`): the modifier-agreement
    constraint of Lee et al. 2013's string-match sieves, read by meaning.
    """
    if requirement & context:
        return True
    if requirement and (requirement <= TENURE_MODIFIERS or requirement == {"one", "time"}):
        return _past_office(context)
    stems = {_stem(w) for w in requirement if len(w) >= 5}
    return any(c.startswith(st) or _stem(c) == st for st in stems for c in context if len(c) >= 4)


def _resolve_role(ctx: _Ctx, tok: "Token") -> Mention | None:
    """Resolve "the Kazakh president" or "the ministry" to the name last given that title.

    After CoreNLP's mention-to-speaker sieves: the antecedent is the most
    recent earlier name whose title or appositive holds the role noun and all
    its modifiers.  A body noun ("the group", "the union", "the ministry")
    must be the head of the name's appositive or one of its own words
    ("X, the umbrella group for farm unions" is a group, not a union).  Two
    different names with the role give None.  A person's role noun also
    matches the titles it stands for in news copy (``ROLE_SYNONYMS``: "the
    envoy" for an ambassador), "former" is met by a title placed in the past
    (see :func:`_meets`), and an unnamed holder of the role mentioned since
    ("an envoy of X said ...") leaves it unresolved (see
    :func:`_unnamed_holder_since`).

    Args:
        ctx: the document context.
        tok: the role noun.

    Returns:
        The antecedent name mention, or None.
    """
    if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                                          for c in tok.children):
        return None  # "officials", "a spokesman": somebody not named before
    role = tok.lemma_.casefold()
    reqs = _role_requirements(ctx, tok)
    body = role in ORG_NOUNS  # "the group": a body introduced as a group, not the head of one
    if body:
        agency = _portfolio_body_taken_up(ctx, tok)
        if agency is not None:
            return agency
    before = [n for n in ctx.names[:bisect_left(ctx.name_heads, tok.i)]
              if n.first < tok.i and all(_meets(r, n.context) for r in reqs)
              and (n.person or not _person_title_read_as_body(ctx, n))]  # a title, not its holder
    roles = {role} | ROLE_SYNONYMS.get(role, frozenset())
    cands = [n for n in before if (role in n.kinds if body else (roles & n.context or _heads_body(role, reqs, n))
                                   and not _other_rank(n, reqs, role))]
    if not cands and role in LEGISLATOR_NOUNS:
        cands = [n for n in before if _member_of_legislature(ctx, n)]
    if not cands and not body and role in SCHOLAR_FIELDS:
        cands = [n for n in before if n.person and _teaches_field(n.context, role)]
    if not cands and not body:
        cands = _nationality_from_sentence(ctx, tok, role, reqs)
    if not cands and body and role in BODY_KIN:  # "the union" for "the ... Federation" named just before
        para = ctx.para_of(tok.idx)
        cands = [n for n in before if n.kinds & BODY_KIN[role] and not n.person
                 and ctx.para_of(n.mention.start) >= para - 1]
        if len({n.mention.text.casefold() for n in cands}) > 1:
            return None  # two bodies of that kind: no guess
    if not cands and role in NEWSPAPER_NOUNS:  # "the paper said" after "The Varnek Herald said ..."
        papers = _newspapers_named_before(ctx, before, tok)
        if len({n.mention.text.casefold() for n in papers}) != 1 or _unnamed_body_spoke_since(ctx, papers[-1], tok):
            return None
        return dataclasses.replace(papers[-1].mention, label="ORG")  # the tagger may read it as a person
    if cands and len({n.key for n in cands}) > 1 and not body and _led_previous_sentence(ctx, cands[-1], tok):
        cands = [cands[-1]]
    if cands and len({n.key for n in cands}) > 1 and not body:
        # "X dismissed the request. '...,' the minister said": the holder the sentence before led with by surname
        # (the same subject preference, a surname taking up its full name as Lee et al. 2013's string match)
        subj = _leading_subject(ctx, tok)
        bare = subj is not None and subj.i != tok.i and subj.pos_ == "PROPN" and not (
            subj.i > 0 and ctx.doc[subj.i - 1].pos_ == "PROPN")  # (a bare surname, not the full name)
        led = [n for n in cands if bare and n.person and subj.i != n.head and subj.text.casefold() == n.key]
        if len({n.key for n in led}) == 1:
            cands = led
    ages = {a for c in tok.children if c.i < tok.i and (a := _age_modifier(c))}
    if ages and not body:  # "the 61-year-old lawmaker": not someone introduced with another age
        cands = [n for n in cands if not any(w.isdigit() and len(w) <= 3 and w not in ages for w in n.context)]
    if not cands or len({n.key for n in cands}) > 1:
        return None
    if body:
        aliases = _aliases(ctx, cands[-1])
        named = [n for n in before if n.first > cands[-1].first and n.mention.text.casefold() in aliases]
        if named:
            cands = named  # "X Ministry, known as the Y, ... the Y said ... the ministry said": the nearest is Y
    if body and _unnamed_body_spoke_since(ctx, cands[-1], tok):
        return None
    if not body and _unnamed_holder_since(ctx, cands[-1], tok, roles):
        return None
    return cands[-1].mention


#: Nouns that take up a newspaper named before: "the paper said".
NEWSPAPER_NOUNS = frozenset({"paper", "newspaper"})


def _newspapers_named_before(ctx: _Ctx, before: list[_Name], tok: "Token") -> list[_Name]:
    """Newspapers named in a role noun's paragraph or the one before: "The Tolsby Courier" for "the paper".

    A newspaper's own name ends in a masthead word (Herald, Gazette,
    Courier, Times ..., ``graph.nlp.PAPER_WORDS``, the naming style of
    English-language newspapers), which the tagger may read as a person's
    name; "the paper" or "the newspaper" takes such a name up (a head-word
    match in the sense of Lee et al. 2013's string-match sieves).

    Args:
        ctx: the document context.
        before: the names before the role noun.
        tok: the role noun.

    Returns:
        The names of two capitalised words or more whose last word is a masthead word, with no honorific,
        in the role noun's paragraph or the one before, in text order.
    """
    from .nlp import PAPER_WORDS

    para = ctx.para_of(tok.idx)
    out = []
    for n in before:
        words = n.mention.text.split()
        if len(words) >= 2 and words[-1] in PAPER_WORDS and all(w[:1].isupper() for w in words) \
                and not any(w.casefold().rstrip(".") in HONORIFICS for w in words) \
                and para - 1 <= ctx.para_of(n.mention.start) <= para:
            out.append(n)
    return out


def _heads_body(role: str, reqs: list[set[str]], n: _Name) -> bool:
    """Tell whether "the union leader" takes up a name titled with a two-word head title ("general secretary").

    Only a "leader" phrase with a modifier of its own ("the union leader"),
    met by the name's title (checked by the caller), counts: a bare "the
    leader" is too loose for a title that is not a head noun by itself.

    Args:
        role: the role noun's lemma.
        reqs: the role phrase's modifiers (see :func:`_role_requirements`).
        n: the candidate name.

    Returns:
        True when the name's title words hold a two-word head title.
    """
    return role == "leader" and bool(reqs) and any(pair <= n.context for pair in HEAD_TITLE_PAIRS)


def _led_previous_sentence(ctx: _Ctx, n: _Name, tok: "Token") -> bool:
    """Tell whether a name led the sentence just before a role noun ("X, the minister, left. '...,' the minister said").

    Of several names that hold a role, the one that is the subject (or the
    subject's appositive) of the nearest earlier sentence outside quotes, in
    the role noun's paragraph or the one before, is the one taken up: the
    closest-antecedent and subject-preference rules of the pronoun sieve in
    Lee et al. 2013, which CoreNLP's quote attribution applies to
    mention-to-speaker links.

    Args:
        ctx: the document context.
        n: the most recent name holding the role.
        tok: the role noun.

    Returns:
        True when n is that sentence's main subject or stands in apposition to it.
    """
    subj = _leading_subject(ctx, tok)
    if subj is None or subj.i == tok.i:
        return False
    head = ctx.doc[n.head]
    return n.head == subj.i or head.dep_ == "appos" and head.head.i == subj.i \
        or subj.dep_ == "appos" and subj.head.i == n.head


def _member_of_legislature(ctx: _Ctx, n: _Name) -> bool:
    """Tell whether a person is introduced as a member of a legislature: "At the Diet, member NAME said".

    News copy takes up a member of a parliament, congress or assembly as
    "the lawmaker" or "the legislator" (a compatible head in the sense of
    Lee et al. 2013's string-match sieves, read by meaning).  A who-clause
    that has the person represent a seat or sit in a legislature ("NAME, who
    represents X in the Majlis,") says so outright.  Otherwise the person's
    title must hold "member", and the sentence that introduces the person
    must name a legislature outside quotes ("House" only as a capitalised
    name, "the House of Representatives"; not "a house").

    Args:
        ctx: the document context.
        n: a candidate name.

    Returns:
        True for a person so introduced.
    """
    if not n.person or _past_office(n.context):
        return False
    head = ctx.doc[n.head]
    if any(c.dep_ == "relcl" and c.lemma_.casefold() in {"represent", "sit"} and
           any(d.lemma_.casefold() in LEGISLATURE_WORDS and not ctx.quoted(d.i) for d in c.subtree)
           for c in head.children):
        return True  # "NAME, who represents X in the Majlis,": a member by what the clause says
    if "member" not in n.context:
        return False
    for t in ctx.seg_of(n.first):
        if ctx.quoted(t.i) or t.lemma_.casefold() not in LEGISLATURE_WORDS:
            continue
        if t.lower_ != "house" or t.text == "House" and t.i in ctx.ent_of:
            return True
    return False


#: Participles that give a body's other name: "X, known as Y", "X, also called Y", "X, dubbed Y".
_ALIAS_VERBS = frozenset("know call name dub nickname".split())


def _aliases(ctx: _Ctx, n: _Name) -> set[str]:
    """The other names a name is given where it is introduced: "the Foreign Ministry, known as the Greyhouse".

    A reduced relative ("known as Y", "also called Y", "dubbed Y") on the
    name's head says that Y names the same referent, so a later "Y" and the
    name are one antecedent (a predicate-nominative link, as in the
    deterministic coreference sieves of Lee et al. 2013).

    Args:
        ctx: the document context.
        n: the name.

    Returns:
        The aliases, case-folded and without a leading "the".
    """
    out: set[str] = set()
    for v in ctx.doc[n.head].children:
        if v.dep_ != "acl" or v.tag_ != "VBN" or v.lemma_.casefold() not in _ALIAS_VERBS or ctx.quoted(v.i):
            continue
        objs = [o for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
        objs += [c for c in v.children if c.dep_ in ("oprd", "attr", "dobj")]
        for o in objs:
            words = [t for t in o.subtree if not t.is_punct and not ctx.quoted(t.i)]
            if words and words[0].lower_ == "the":
                words = words[1:]
            if words and all(t.text[:1].isupper() for t in words):
                out.add(ctx.doc[words[0].i:words[-1].i + 1].text.casefold())
    return out


#: Scholars' nouns and the disciplines they practise: "the historian" takes up a professor of history.
SCHOLAR_FIELDS = {
    "historian": frozenset({"history"}),
    "economist": frozenset({"economics"}),
    "linguist": frozenset({"linguistics"}),
    "sociologist": frozenset({"sociology"}),
    "anthropologist": frozenset({"anthropology"}),
    "archaeologist": frozenset({"archaeology", "archeology"}),
    "geographer": frozenset({"geography"}),
    "geologist": frozenset({"geology"}),
    "physicist": frozenset({"physics"}),
    "chemist": frozenset({"chemistry"}),
    "biologist": frozenset({"biology"}),
    "ecologist": frozenset({"ecology"}),
    "philosopher": frozenset({"philosophy"}),
    "psychologist": frozenset({"psychology"}),
    "mathematician": frozenset({"mathematics", "maths"}),
    "demographer": frozenset({"demography"}),
    "criminologist": frozenset({"criminology"}),
    "epidemiologist": frozenset({"epidemiology"}),
    "theologian": frozenset({"theology"}),
}
#: Title words that make a discipline named next to a name an academic post ("dean of history").
ACADEMIC_WORDS = frozenset("""
    professor prof dean lecturer reader chair head department faculty school university college institute
    academy fellow researcher scholar
""".split())


def _teaches_field(context: frozenset[str], role: str) -> bool:
    """Tell whether a name's title words make it a scholar of the discipline a noun names.

    News copy takes up "NAME, professor of history at X" or "NAME, dean of
    history" with "the historian" (a role noun derived from the discipline,
    not a word of the title): the name's title words hold the discipline
    (``SCHOLAR_FIELDS``) and an academic word (``ACADEMIC_WORDS``).  This
    widens the role match of CoreNLP's mention-to-speaker step (compatible
    head, Lee et al. 2013) by meaning.

    Args:
        context: the name's normalised title words.
        role: the scholar's noun ("historian").

    Returns:
        True when the name holds an academic post in that discipline.
    """
    return bool(context & SCHOLAR_FIELDS.get(role, frozenset()) and context & ACADEMIC_WORDS)


def _unnamed_holder_since(ctx: _Ctx, cand: _Name, tok: "Token", roles: set[str]) -> bool:
    """Tell whether an unnamed holder of the role came up between a name and a role noun taking it up.

    "Ambassador X ... An envoy of Y told reporters ... '...,' the envoy
    said": the definite noun takes up the nearer, indefinite mention, a
    person the article never names (closest antecedent first, Lee et al.
    2013), not the name introduced before it.

    Args:
        ctx: the document context.
        cand: the candidate name.
        tok: the role noun.
        roles: the role noun's lemma and its synonyms (see ``ROLE_SYNONYMS``).

    Returns:
        True when a singular role noun with "a", "an" or "another" stands,
        outside quotes, between the name and tok, past the name's own
        sentence (where it describes the name: "X, a diplomat, said").
    """
    own = ctx.seg_of(cand.first).end
    for t in ctx.doc[min(max(cand.first + 1, own), tok.i):tok.i]:
        if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.casefold() in roles and not ctx.quoted(t.i) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children):
            return True
    return False


def _bare_body_noun(tok: "Token", role: str) -> bool:
    """Tell whether a token is "the" + a given singular body noun with no modifier ("the department")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.casefold() == role \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in tok.children)


def _portfolio_body_taken_up(ctx: _Ctx, tok: "Token") -> Mention | None:
    """"Transport Borduria said ... '...,' the agency said": a body noun taking up the agency that spoke last.

    A body named by its portfolio and its state (see :func:`_portfolio_body`)
    holds no body noun, so news copy takes it up with a generic one ("the
    department", "the agency") that may also fit a body named earlier.  As in
    CoreNLP's mention-to-speaker step (closest speaker first) and Lee et al.
    2013 (closest antecedent, subject preference), the body noun, subject of a
    cue, takes up that agency when every sentence between them is led by the
    same body noun (earlier links of the chain: "In a statement, the
    department said ...") and the agency, subject of a cue, leads its own
    sentence in the same paragraph or the one before the chain's first link.
    A sentence led by anything else, or by no subject, stops the search.

    Args:
        ctx: the document context.
        tok: the body noun.

    Returns:
        The agency's mention, or None.
    """
    role = tok.lemma_.casefold()
    if tok.dep_ != "nsubj" or not _is_cue(tok.head) or not _bare_body_noun(tok, role) or ctx.quoted(tok.i):
        return None
    para = ctx.para_of(tok.idx)
    for seg in _earlier_unquoted_segments(ctx, tok):
        p = ctx.para_of(seg[0].idx)
        if p < para - 1 or any(not _only_quotes(ctx, q) for q in range(p + 1, para)):
            return None
        subj = _main_subject(ctx, seg, seg.end)
        if subj is None or not _is_cue(subj.head):
            return None
        if _bare_body_noun(subj, role):
            para = p  # an earlier link of the chain
            continue
        return _portfolio_body(ctx, subj)
    return None


def _unnamed_body_spoke_since(ctx: _Ctx, cand: _Name, tok: "Token") -> bool:
    """Tell whether another body of unknown kind spoke between a body noun and its candidate antecedent.

    "The Varnish Ferry Board ... Harbours and Coasts Ruritania said on Monday
    it would ... '...,' the board said": with antecedents searched closest
    first and ruled out only by a clash (Lee et al. 2013, the deterministic
    coreference sieves that CoreNLP's quote attribution builds on), the body
    noun may stand for the nearer speaker.  A body is of unknown kind when its
    name holds no body noun at all: a name made of a portfolio and a place
    ("Fisheries Ruritania", "Transport Borduria") is no "board", "union" or
    "group" by its words, yet it may well be the department, agency or board
    meant.  Such a speaker between the candidate and the body noun leaves the
    body noun unresolved (precision first), even when the tagger did not read
    it as a name.  A person, a country or place, a body whose name holds a
    body noun (its kind is known: "the Harbour Police" is no ministry) and
    the candidate itself do not count.

    Args:
        ctx: the document context.
        cand: the candidate antecedent.
        tok: the body noun.

    Returns:
        True when such a speaker stands between them.
    """
    doc = ctx.doc
    lo = min(ctx.token_at(cand.mention.end), tok.i)
    for v in doc[lo:tok.i]:
        if ctx.quoted(v.i) or not _is_cue(v):
            continue
        for subj in v.children:
            if subj.dep_ == "nsubj" and not ctx.quoted(subj.i) and lo <= subj.i and _unknown_kind_body(ctx, subj, cand):
                return True
    return False


#: Body nouns that say nothing of a body's kind ("the bloc", "the group", "the NGO"): with no body
#: introduced by the noun itself, they take up any body of a fitting kind that led the sentence before.
GENERIC_BODY_NOUNS = frozenset("group bloc organisation organization body ngo".split())
#: Kinds of body a generic body noun may stand for: member, civil-society and campaign bodies.  A body
#: whose words or appositive hold another body noun (a ministry, a company, a court) is not "the group".
_MEMBER_BODY_NOUNS = GENERIC_BODY_NOUNS | frozenset("""
    alliance coalition union association federation confederation league movement network society
    foundation charity institute fund front lobby watchdog club community consortium cooperative
    co-operative syndicate campaign trust nonprofit non-profit
""".split())
#: Nouns that may take up a body named just before ("the society", "the community", "the NGO").
#: Nouns for the units of a larger body (a state's or a company's): "the Division of X" is taken up as
#: "the division", a head noun of its own name (strict head match, Lee et al. 2013).
SUBUNIT_NOUNS = frozenset("division directorate bureau inspectorate unit branch section".split())
_BODY_TAKE_UP_NOUNS = ORG_NOUNS | GENERIC_BODY_NOUNS | SUBUNIT_NOUNS | {"community", "district"}


def _counts_members(mod: "Token") -> bool:
    """Tell whether a modifier counts a body's members ("15-member", "27-nation"): it says no kind."""
    return mod.dep_ in ("compound", "amod", "nummod", "npadvmod") and any(t.like_num for t in mod.subtree)


#: Words for the level of government a body serves ("the federal agency", "the provincial ministry",
#: "the regional authority"): news copy adds them to a body noun taking up a public body, and they
#: name no other kind of body.
LEVEL_WORDS = frozenset("federal provincial state national regional local municipal county city".split())


def _names_level(mod: "Token") -> bool:
    """Tell whether a modifier of a body noun only says the level of government it serves (``LEVEL_WORDS``)."""
    return mod.dep_ in ("amod", "compound") and mod.lower_ in LEVEL_WORDS and not any(mod.children)


def _definite_body_noun(ctx: _Ctx, tok: "Token") -> str:
    """The body noun of a definite description with no name: "the society", "the 15-member bloc", "the NGO".

    The noun is singular, outside quotes, determined by "the" and modified
    at most by a count of members.  The tagger may read it as a proper noun
    ("the Society", "the NGO", even "the bloc"), and as a name of its own.

    Args:
        ctx: the document context.
        tok: the head of a subject.

    Returns:
        The normalised body noun, or "" when tok is no such description.
    """
    if ctx.quoted(tok.i) or tok.tag_ not in ("NN", "NNP") or tok.pos_ not in ("NOUN", "PROPN"):
        return ""
    word = tok.lemma_.casefold() if tok.pos_ == "NOUN" else tok.lower_
    if word not in _BODY_TAKE_UP_NOUNS:
        return ""
    ent = ctx.ent_of.get(tok.i)
    if tok.pos_ == "PROPN" and ent is not None and len(ent) > 1:
        return ""  # a word of a longer name ("the Society of Friends")
    kids = [c for c in tok.children if not c.is_punct]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ != "det" and not _counts_members(c) and not _names_level(c) for c in kids if c.i < tok.i) or any(
            c.dep_ in ("prep", "appos", "acl", "relcl", "nmod") for c in kids if c.i > tok.i):
        return ""
    return word


#: Nouns for a business: news copy takes up a company named by its brand alone ("Norlink said ...
#: '...,' the company said"), a name that holds no body noun to match them.
COMPANY_NOUNS = frozenset("company firm corporation operator airline carrier manufacturer producer".split())
#: Nouns for a public body: a state's agency is often named by its remit and its country alone
#: ("Roads and Rivers Ruritania ... the department said"), a name that holds no body noun to match them.
PUBLIC_BODY_NOUNS = frozenset("department agency".split())


def _body_fits(role: str, kinds: frozenset[str]) -> bool:
    """Tell whether a body noun may describe a body with given head nouns (see :func:`_kinds`).

    The noun itself, a labour-body kin ("the union" for a federation, see
    ``BODY_KIN``), a generic noun ("the bloc", "the NGO") for a body whose
    words name no kind outside the member and civil-society bodies, or a
    business noun ("the company", "the firm", ``COMPANY_NOUNS``) for a body
    whose words name no kind at all (a brand name: compatible head, Lee et
    al. 2013, where nothing clashes).
    """
    if role in kinds or kinds & BODY_KIN.get(role, frozenset()):
        return True
    if role in COMPANY_NOUNS | PUBLIC_BODY_NOUNS:
        return not kinds & (ORG_NOUNS | _MEMBER_BODY_NOUNS)
    return role in GENERIC_BODY_NOUNS and not (kinds & ORG_NOUNS) - _MEMBER_BODY_NOUNS


def _called_it(ctx: _Ctx, subj: "Token") -> bool:
    """Tell whether a subject's own sentence takes it up with "it": "Varnek Steel said (that) it would close".

    The subject of a clause that the subject's verb governs ("said it
    would", "announced that it had") is, by subject preference and number
    agreement (CoreNLP's coreference sieves, Lee et al. 2013), the subject
    named just before; "it" never stands for a person, so the name is a body's.

    Args:
        ctx: the document context.
        subj: the head of a sentence's subject.

    Returns:
        True when such an "it" follows the subject.
    """
    verb = subj.head
    return any(t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") and t.i > subj.i and not ctx.quoted(t.i)
               and t.head.dep_ in ("ccomp", "xcomp") and t.head.head.i == verb.i for t in verb.subtree)


def _subject_body(ctx: _Ctx, subj: "Token", company: bool = False) -> tuple[Mention, frozenset[str]] | None:
    """The body a sentence's subject names, with its head nouns: an organisation, not a person or state.

    An ORG entity (no country, place or person's name), or a name the
    tagger read as a person's or left untagged that an appositive headed by
    a body noun describes ("Oakleaf, a green group, said"; as in
    :func:`_propn_mention`), or a run of untagged proper nouns whose head is
    a body noun ("the Lakeside Anglers Society", two words at least).

    Args:
        ctx: the document context.
        subj: the subject's head token.
        company: a business noun takes the subject up ("the company said"): a
            bare body-tagged name its sentence calls "it" (see
            :func:`_called_it`) is then a company's, not a misread person's.

    Returns:
        (mention, kinds), or None.
    """
    if (agency := _agency_named_by_country(ctx, subj)) is not None:
        return agency
    if subj.lower_ == "ministry" and subj.i not in ctx.ent_of and (state := _state_body_speaker(ctx, subj)):
        return state, frozenset({"ministry"})  # "The Chilean fisheries ministry cut ...": a lower-case ministry
    ent = ctx.ent_of.get(subj.i)
    if ent is not None and ent.label_ == "PERSON" and (_body_appositive(ctx, ent) or company and len(ent) > 1
                                                       and ent[-1].lower_ in _FIRM_ONLY_WORDS):
        m = _mention(ctx, ent.start, ent.end, "ORG")  # "Tolsa Mining cut jobs ... the company said": a firm's name
        return (m, _kinds(ctx, ent.root, ent.start, ent.end)) if m is not None else None
    if (body := _mistagged_body(ctx, subj)) is not None:  # "the Friends of X Park, which ...," said
        m = _mention(ctx, *body, "ORG")
        return (m, _kinds(ctx, subj, *body)) if m is not None else None
    if ent is not None and _body_read_as_region(ctx, ent):
        m = _mention(ctx, ent.start, ent.end, "ORG")
        return (m, _kinds(ctx, ent.root, ent.start, ent.end)) if m is not None else None
    if ent is not None:
        if ent.label_ != "ORG":
            return None
        m = _entity_mention(ctx, ent)
        if m is None or _is_person_mention(ctx, m) or _maybe_person(m) and not _acronym_after(ctx, ent) \
                and not (company and _called_it(ctx, subj)) \
                and not {w.casefold() for w in m.text.split()} & _MEMBER_BODY_NOUNS:
            return None
        if ctx.gaz is not None and (e := ctx.gaz.lookup(m.text)) is not None \
                and e.cls in ("Country", "Territory", "Place"):
            return None
        named = [n for n in ctx.names if n.mention == m]
        kinds = frozenset().union(*(n.kinds for n in named)) if named else _kinds(ctx, ent.root, ent.start, ent.end)
        return m, kinds
    if subj.pos_ != "PROPN" or not subj.text[:1].isupper():
        return None
    lo, hi = _propn_chunk(ctx, subj)
    m = _propn_mention(ctx, subj)  # labelled ORG when an appositive is headed by a body noun
    if m is not None and m.label != "ORG":
        named = subj.lemma_.casefold() in _BODY_TAKE_UP_NOUNS and hi - lo >= 2
        m = _mention(ctx, lo, hi, "ORG") if named else None
    if m is None or _is_place(ctx, m.text):
        return None
    return m, _kinds(ctx, subj, lo, hi)


def _agency_named_by_country(ctx: _Ctx, subj: "Token") -> tuple[Mention, frozenset[str]] | None:
    """A subject that names a state's agency by its remit and its country: "Roads and Rivers Chile said".

    Some states name their agencies "<remit> <country>" ("Health X",
    "Transport X", "Fisheries and Oceans X"); the tagger reads the words
    as a plain noun, a country or a short ORG.  A subject phrase made only
    of title-case words (with "and", "&" or "of" between them), whose last
    word is a country the gazetteer knows and which holds at least one word
    that is no country, place or compass word, is such a body's name.

    Args:
        ctx: the document context.
        subj: a subject's head token.

    Returns:
        (mention, kinds) for the body, or None.
    """
    if ctx.gaz is None or ctx.quoted(subj.i):
        return None
    toks = [t for t in subj.subtree if not t.is_space]
    lo, hi = toks[0].i, toks[-1].i + 1
    if len(toks) < 2 or hi - lo != len(toks) or toks[0].text[:1].islower() and toks[0].lower_ != "the":
        return None
    words = [t for t in toks if not (t.i == lo and t.lower_ == "the")]
    if not words or any(not (t.is_alpha and t.text[:1].isupper() or t.lower_ in ("and", "&", "of")) for t in words) \
            or any(ctx.ent_of.get(t.i) is not None and ctx.ent_of[t.i].label_ == "PERSON" for t in words):
        return None
    last = ctx.gaz.lookup(words[-1].text)
    if last is None or last.cls != "Country" or words[-1].i in ctx.ent_of \
            and ctx.ent_of[words[-1].i].end > words[-1].i + 1 and ctx.ent_of[words[-1].i].label_ != "ORG":
        return None
    remit = [t for t in words[:-1] if t.lower_ not in ("and", "&", "of")]
    if not remit or any((e := ctx.gaz.lookup(t.text)) is not None and e.cls in ("Country", "Territory", "Place")
                        or t.lower_ in _PLACE_PART_WORDS or t.lower_ in HONORIFICS for t in remit) \
            or _is_demonym(ctx, remit[0].text):
        return None
    m = _mention(ctx, words[0].i, hi, "ORG")
    return (m, frozenset(t.lower_ for t in remit)) if m is not None else None


def _body_read_as_region(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a place-labelled name is a body's: "the Varnek County Historical Society" read as GPE.

    The small model often tags a body named after its county or town as a
    place; a name of two title-case words or more whose last word is a body
    noun ("Society", "Association", ``ORG_NOUNS``) and that the gazetteer
    knows as no place names an organisation (the head noun decides the type).

    Args:
        ctx: the document context.
        ent: an entity span.

    Returns:
        True for such a name.
    """
    if ent.label_ not in PLACE_LIKE_LABELS:
        return False
    words = [t for t in ent if not (t.is_punct or t.is_space) and not (t.i == ent.start and t.pos_ == "DET")]
    if len(words) < 2 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
        return False
    if words[-1].lower_ not in ORG_NOUNS or words[-1].lower_ in ("court", "office", "station", "mission"):
        return False
    name = " ".join(t.text for t in words)
    return not (_is_place(ctx, name) or ctx.gaz is not None and fold(name) in ctx.gaz.capitals)


def _acronym_after(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a name is followed by an acronym in parentheses ("the Tamsk Rivers Compact (TRC)").

    Bodies, not people, are given such acronyms; the organisation-labelled
    name is then no misread person's name (see :func:`_maybe_person`).
    """
    doc = ctx.doc
    k = ent.end
    if k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")" or ctx.quoted(k + 1):
        return False
    word = doc[k + 1].text
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def _body_appositive(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a person-tagged name is described as a body: "Oakleaf, a green group, said".

    The appositive (parsed, or read off the surface, see
    :func:`_surface_appositive`) is headed by a singular body noun, and no
    title or person noun describes the name.

    Args:
        ctx: the document context.
        ent: a PERSON entity span.

    Returns:
        True when the name is a body's.
    """
    heads = [c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end and not ctx.quoted(c.i)]
    surface = _surface_appositive(ctx, ent.end)
    if surface is not None:
        heads.append(surface)
    if not any(h.pos_ == "NOUN" and h.tag_ == "NN" and h.lemma_.casefold() in ORG_NOUNS for h in heads):
        return False
    return not any(n.context & (ctx.titles | PERSON_NOUNS) for n in ctx.names if n.first == ent.start)


def _body_subject_taken_up(ctx: _Ctx, tok: "Token", role: str = "") -> Mention | None:
    """'The X Society condemned the plan.  "...," the society said': the body that led the sentence before.

    News copy introduces a body as the subject of a sentence and takes it up
    in the next one with a definite description ("the society", "the
    15-member bloc", "the NGO"), often a generic noun that is none of the
    body's own words.  As in the deterministic coreference sieves that
    CoreNLP's quote attribution builds on (Lee et al. 2013: closest
    antecedent, subject preference, compatible head), the description takes
    up the subject of the nearest earlier sentence outside quotes (in its
    own paragraph, or an earlier one with only quotation paragraphs
    between), when that subject is a body the noun fits (see
    :func:`_body_fits`).  A nearest
    sentence led by anything else (a person, a country, a body of another
    kind, no subject), or naming a second body the noun fits outside the
    subject's own phrase, gives None.

    Args:
        ctx: the document context.
        tok: the head of the description (see :func:`_definite_body_noun`).
        role: the body noun, when tok is one with no "the" of its own ("a company spokesman").

    Returns:
        The body's mention, or None.
    """
    role = role or _definite_body_noun(ctx, tok)
    if not role:
        return None
    para = ctx.para_of(tok.idx)
    for seg in _earlier_unquoted_segments(ctx, tok):
        words = [t for t in seg if not t.is_space]
        p = ctx.para_of(words[0].idx)
        if p < para - 1 and any(not _only_quotes(ctx, q) for q in range(p + 1, para)):
            return None
        subj = _main_subject(ctx, seg, seg.end)
        found = _subject_body(ctx, subj, role in COMPANY_NOUNS) if subj is not None else None
        if found is None or not _body_fits(role, found[1]):
            return None
        if role in PUBLIC_BODY_NOUNS and not found[1] & ORG_NOUNS and len(found[0].text.split()) < 2 \
                and not found[0].text.isupper():
            return None  # a lone capitalised word ("Varga") may be a person's name the tagger read as a body
        own = {t.i for t in subj.subtree}
        if any(not n.person and seg.start <= n.first < seg.end and n.head not in own and n.first not in own
               and n.mention.text.casefold() != found[0].text.casefold() and _body_fits(role, n.kinds)
               and not _names_a_thing(ctx, n) for n in ctx.names):
            return None  # "The X Federation met the Y Federation": two bodies of that kind, no guess
        return found[0]
    return None


def _names_a_thing(ctx: _Ctx, n: _Name) -> bool:
    """Tell whether a name only modifies a common noun ("its Varn Rivers programme", "the Tolsby report").

    Such a name is a compound modifier of a lower-case noun outside it: it
    names the thing (a programme, a report), not a second body that may be
    meant (a modifier is no mention of its own, as in CoreNLP's mention
    detection, Lee et al. 2013).
    """
    head = ctx.doc[n.head]
    return head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.text[:1].islower() \
        and head.head.i > head.i


#: Dependents that belong to a name's own words ("Fisheries and Oceans" before a place name).
_NAME_PART_DEPS = frozenset({"compound", "nmod", "flat", "cc", "conj", "det", "amod"})
#: Words that narrow a place down to a part of it ("Northern Borduria", "Greater Tamsk"): no portfolio.
_PLACE_PART_WORDS = frozenset("""north south east west northern southern eastern western central greater upper
    lower inner outer new old rural coastal metropolitan""".split())
#: Entity labels of the places a state's agency may be named after.
_STATE_LABELS = frozenset({"COUNTRY", "TERRITORY", "PLACE", "GPE", "LOC"})


def _name_phrase(tok: "Token") -> list["Token"]:
    """The words of the name a subject head stands for: the head, its modifiers and coordinated parts
    (no clause or phrase hung on it), in text order."""
    phrase, todo = [], [tok]
    while todo:
        t = todo.pop()
        phrase.append(t)
        todo.extend(c for c in t.children if c.dep_ in _NAME_PART_DEPS)
    return sorted(phrase, key=lambda t: t.i)


def _portfolio_body(ctx: _Ctx, tok: "Token") -> Mention | None:
    """A cue subject that names a state's agency by its portfolio and the state: "Transport Borduria".

    Many governments name departments and agencies with a portfolio before
    the state's name (the "applied titles" of Canada's Federal Identity
    Program, "Health Canada", "Fisheries and Oceans Canada"; Scotland's and
    England's executive agencies, "Transport Scotland", "Sport England").
    The gazetteer ruler claims the state's name and the parser reads the
    portfolio words as its modifiers, or coordinates them with it, so the
    subject looks like a place, or like two speakers.  Capitalised common or
    proper nouns (no place, demonym, title or compass word, joined only by
    "and", "&" or commas; untagged, or tagged as a body or with one of the
    labels the small model gives names by mistake) right before a gazetteer
    place that ends the subject phrase, all on one line, make one
    organisation name; the entity resolver decides whether the article names
    such a body.

    Args:
        ctx: the document context.
        tok: the subject head of a cue verb.

    Returns:
        The organisation mention, or None.
    """
    doc = ctx.doc
    phrase = [t for t in _name_phrase(tok) if not (t.dep_ == "det" and t.lower_ == "the")]
    if len(phrase) < 2 or phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return None
    ent = ctx.ent_of.get(phrase[-1].i)
    if ent is None or ent.end != phrase[-1].i + 1 or ent.label_ not in _STATE_LABELS or not ent.ent_id_ \
            or not _is_place(ctx, ent.text) or ent.start <= phrase[0].i:
        return None
    lead = doc[phrase[0].i:ent.start]
    if lead[0].lower_ in ("and", "&", ",") or lead[-1].lower_ in ("and", "&", ","):
        return None
    if any("\n" in t.whitespace_ or ctx.quoted(t.i) for t in doc[phrase[0].i:ent.end]):
        return None
    for t in lead:
        if t.lower_ in ("and", "&", ","):
            continue
        other = ctx.ent_of.get(t.i)
        if not (t.is_alpha and t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN")) \
                or other is not None and (other.label_ not in MISTAGGED_NAME_LABELS | {"ORG"} or other.ent_id_
                                          or other.start < phrase[0].i or other.end > ent.start) \
                or t.lower_ in _PLACE_PART_WORDS \
                or t.text.casefold() in ctx.titles or _is_place(ctx, t.text) or _is_demonym(ctx, t.text):
            return None
    return _mention(ctx, phrase[0].i, ent.end, "ORG")


def _unknown_kind_body(ctx: _Ctx, subj: "Token", cand: _Name) -> bool:
    """Tell whether a subject phrase is a capitalised name of two or more words with no body noun,
    no person and no known place in it, other than a candidate (see :func:`_unnamed_body_spoke_since`)."""
    doc = ctx.doc
    phrase = _name_phrase(subj)
    if not phrase or phrase[-1].i - phrase[0].i + 1 != len(phrase):
        return False  # not one run of words
    words = [t for t in phrase if t.is_alpha and t.lower_ not in _ORG_JOINERS and t.lower_ != "the"]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words) or not any(t.pos_ == "PROPN" for t in words):
        return False
    if any(t.lemma_.casefold() in ORG_NOUNS or t.lower_ in ORG_NOUNS or ctx.quoted(t.i) for t in words):
        return False
    if any(t.ent_type_ == "PERSON" for t in words):
        return False
    first, last = phrase[0].i, phrase[-1].i + 1
    names = ctx.names[bisect_left(ctx.name_heads, first):bisect_left(ctx.name_heads, last)]
    if any(n.person or n.key == cand.key for n in names):
        return False
    text = doc[words[0].i:words[-1].i + 1].text
    return not (_is_place(ctx, text) or _is_demonym(ctx, text))


#: Modifiers that make a title another office: a "prime minister" or a "deputy mayor" is not "the
#: minister" or "the mayor" of later copy.
RANK_MODIFIERS = frozenset("prime vice deputy assistant".split())
#: Rank modifiers of one role noun only: a "state minister" or "minister of state" (a junior minister
#: in many cabinets) is not "the minister" of later copy, while "the state governor" is the governor.
ROLE_RANK_MODIFIERS = {"minister": frozenset({"state", "junior"})}


def _other_rank(n: _Name, reqs: list[set[str]], role: str = "") -> bool:
    """Tell whether a name's title is another office than the bare role noun asks for.

    "Prime Minister X" and later "the minister stressed": the prime minister
    is not the minister meant, nor is "Deputy Mayor Y" "the mayor", nor
    "State Minister Z" "the minister" (``ROLE_RANK_MODIFIERS``).  A rank
    modifier in the name's title that the role phrase does not repeat rules
    the name out (the modifier-agreement constraint of CoreNLP's
    mention-to-speaker sieve, after Muzny et al. 2017, and of Lee et al.
    2013's "compatible modifiers only" string-match rule).

    Args:
        n: the candidate name.
        reqs: the role phrase's modifiers (see :func:`_role_requirements`).
        role: the role noun's lemma.

    Returns:
        True when the name's title holds a rank modifier the role lacks (never for "the academic", a noun for
        any academic post, whatever its rank).
    """
    if role in ACADEMIC_NOUNS:
        return False  # "the academic": any rank of professor or lecturer is one
    asked = set().union(*reqs) if reqs else set()
    ranks = RANK_MODIFIERS | ROLE_RANK_MODIFIERS.get(role, frozenset())
    return bool((ranks & n.context) - asked)


def _countries(ctx: _Ctx, words) -> set[str]:
    """The words that name a country in the gazetteer (demonyms are already mapped by :func:`_words`).

    Args:
        ctx: the document context.
        words: normalised words.

    Returns:
        The canonical country names, case-folded (empty without a gazetteer).
    """
    if ctx.gaz is None:
        return set()
    out = set()
    for w in words:
        e = ctx.gaz.lookup(w)
        if e is not None and e.cls == "Country":
            out.add(e.name.casefold())
    return out


def _national_country(ctx: _Ctx, tok: "Token") -> str:
    """The country of a nationality noun heading a definite description ("the Swede", "the Kenyan").

    Args:
        ctx: the document context.
        tok: a subject head.

    Returns:
        The country's name, or "" when tok is no singular nationality noun
        determined by "the" alone (a listed singular demonym, or the
        singular of a listed plural one: "Swede" for "Swedes").
    """
    if ctx.gaz is None or tok.tag_ not in ("NN", "NNP") or not tok.text[:1].isupper() or ctx.quoted(tok.i):
        return ""
    kids = [c for c in tok.children if c.i < tok.i and not c.is_punct]
    if [c.lower_ for c in kids if c.dep_ == "det"] != ["the"] or any(c.dep_ not in ("det", "amod") for c in kids):
        return ""
    return ctx.gaz.country_of_demonym(tok.text) or ctx.gaz.country_of_demonym(tok.text + "s") or ""


def _national_taken_up(ctx: _Ctx, tok: "Token") -> Mention | None:
    """Resolve "the Swede said" to the one person introduced with that nationality.

    News copy takes a person up by nationality ("X, a Swedish engineer,
    ... '...,' the Swede said"): after CoreNLP's mention-to-speaker
    step and the attribute-agreement (nationality) constraint of Lee et al.
    2013's coreference sieves, the antecedent is the only earlier person
    whose title or appositive holds a demonym of that country.  A mere place
    name in the title ("ambassador to Sweden") does not count, and two such
    people give None.

    Args:
        ctx: the document context.
        tok: the subject head of a cue.

    Returns:
        The person's name mention, or None.
    """
    country = _national_country(ctx, tok)
    if not country:
        return None
    cands = [n for n in ctx.names[:bisect_left(ctx.name_heads, tok.i)] if n.person and n.first < tok.i
             and any(w != country.casefold() and ctx.gaz.is_demonym(w) and
                     (ctx.gaz.country_of_demonym(w) or "").casefold() == country.casefold() for w in n.context)]
    if not cands or len({n.key for n in cands}) > 1:
        return None
    return cands[-1].mention


def _nationality_from_sentence(ctx: _Ctx, tok: "Token", role: str, reqs: list[set[str]]) -> list[_Name]:
    """Names for "the Japanese foreign minister" introduced with a title but no country.

    News copy names a title holder once without a nationality ("Foreign
    Minister X restated Japan's claim") and later calls them "the Japanese
    foreign minister".  A nationality modifier is then met by a country named
    (outside quotes) in the sentence that introduced the name, when the name
    carries no country of its own; every other modifier must be met by its
    title as usual (CoreNLP's mention-to-speaker step, with the country
    taken from the introducing sentence).

    Args:
        ctx: the document context.
        tok: the role noun.
        role: its lemma.
        reqs: its modifiers (see :func:`_role_requirements`).

    Returns:
        The candidate names (the caller wants exactly one person).
    """
    nations = [r for r in reqs if _countries(ctx, r)]
    if not nations:
        return []
    rest = [r for r in reqs if r not in nations]
    out = []
    for n in ctx.names[:bisect_left(ctx.name_heads, tok.i)]:
        if n.first >= tok.i or not n.person or role not in n.context or _countries(ctx, n.context) \
                or not all(_meets(r, n.context) for r in rest):
            continue
        said = _countries(ctx, _words(ctx, [t for t in ctx.seg_of(n.first) if not ctx.quoted(t.i)]))
        if all(_countries(ctx, r) & said for r in nations):
            out.append(n)
    return out


def _person_noun(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a common noun denotes a person ("his wife", "the spokesman", "Koval's aide").

    Any noun a name or "his"/"her" owns counts, but not one a state or place
    the gazetteer knows owns ("Chile's delegation", "Norway's team" are groups).
    """
    if tok.pos_ not in ("NOUN", "PROPN") or tok.pos_ == "PROPN" and tok.text.casefold() not in ctx.titles \
            and tok.lower_ != "member":
        return False
    lemma = tok.lemma_.casefold()
    if lemma == "member" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "Member of Parliament for SEAT, Hon. NAME, ..." (a "member state" has no "of")
    return lemma in PERSON_NOUNS or lemma in ctx.titles or any(
        c.dep_ == "poss" and (c.pos_ == "PROPN" and not _is_place(ctx, ctx.ent_of[c.i].text if c.i in ctx.ent_of
                                                                  else c.text) or c.lower_ in ("his", "her"))
        for c in tok.children)


def _other_gender_noun(tok: "Token", pronoun: str) -> bool:
    """Tell whether a gendered person noun cannot be the antecedent of a pronoun.

    "Her husband, she said, has lost two boats": "husband" is the subject,
    but "she" cannot refer to it, so the unnamed husband does not block the
    search for the woman the pronoun means (the gender-agreement filter of
    the pronoun sieve in Lee et al., "Deterministic coreference resolution
    based on entity-centric, precision-ranked rules", Computational
    Linguistics 2013, used by CoreNLP's quote attribution).

    Args:
        tok: the subject noun.
        pronoun: the later pronoun.

    Returns:
        True when the noun's lemma is a male or female word of the other
        gender than the pronoun.
    """
    lemma = tok.lemma_.casefold()
    gender = "m" if lemma in MALE_WORDS else "f" if lemma in FEMALE_WORDS else ""
    return bool(gender) and tok.pos_ == "NOUN" and gender != _pronoun_gender(pronoun)


def _main_subject(ctx: _Ctx, sent: "Span", before: int) -> "Token | None":
    """The subject of a sentence's root verb, when it comes before a token and outside quotes.

    The subject of a passive root counts too ("Tessing was asked whether
    ..."): :func:`_subject` leaves it out because a passive cue's subject is
    the listener, but as an antecedent it is the sentence's centre, the
    grammatical-role ranking of centering theory (Grosz et al. 1995).
    """
    root = sent.root
    subj = _subject(ctx, root) if root.pos_ in _VERBAL else None
    if subj is None and root.pos_ in _VERBAL:
        subj = next((c for c in root.children if c.dep_ == "nsubjpass" and not ctx.quoted(c.i)), None)
    if subj is None or subj.i >= before or ctx.quoted(subj.i) or not sent.start <= subj.i < sent.end:
        return None
    return subj


def _chain_gender(ctx: _Ctx, m: Mention, sent: "Span", depth: int) -> str:
    """The gender a speaking "he" or "she" gave a name of unknown gender in the sentences just before.

    "Lind said ... He added: ... Lind is married to Ana Roe. '...,' she
    said": the "he" that took up Lind makes Lind a man, so the later "she" is
    Ana Roe.  As in CoreNLP's coreference, a pronoun's gender passes to the
    chain it joins (Lee et al. 2013, the pronoun sieve's agreement check).
    Only the subject pronouns of speech cues in the three segments before
    ``sent`` count, and only when the name has no gender of its own.

    Args:
        ctx: the document context.
        m: a person mention.
        sent: the segment of the pronoun being resolved.
        depth: recursion guard for pronoun chains.

    Returns:
        "m" or "f", or "" when no such pronoun took the name up.
    """
    if ctx.gender_of.get(m) or depth > 1 or sent.start == 0:
        return ctx.gender_of.get(m, "")
    k, looked = sent.start - 1, 0
    while k >= 0 and looked < 3:
        prev = ctx.seg_of(k)
        k, looked = prev.start - 1, looked + 1
        for t in prev:
            if t.lower_ in ("he", "she") and t.dep_ == "nsubj" and not ctx.quoted(t.i) and _is_cue(t.head):
                r = _resolve_pronoun(ctx, t, depth + 1)
                if r is not None and _key(r) == _key(m) and (
                        r.text.casefold() == m.text.casefold() or min(len(r.text.split()), len(m.text.split())) == 1):
                    return _pronoun_gender(t.lower_)  # (two full names sharing a surname are two people)
    return ""


def _chain_agrees(ctx: _Ctx, m: Mention, sent: "Span", depth: int, pronoun: str) -> bool:
    """Whether no speaking pronoun before gave a name the other gender than ``pronoun`` (see :func:`_chain_gender`)."""
    return _chain_gender(ctx, m, sent, depth) in ("", _pronoun_gender(pronoun))


def _pronoun_gender(word: str) -> str:
    """"m" for he/him/his, else "f"."""
    return "m" if word in ("he", "him", "his") else "f"


def _gender_ok(ctx: _Ctx, m: Mention, pronoun: str) -> bool:
    """Tell whether a name may be the antecedent of a pronoun, judging by its titles only."""
    gender = ctx.gender_of.get(m, "")
    return not gender or gender == _pronoun_gender(pronoun)


def _name_set_off_after(ctx: _Ctx, subj: "Token") -> "_Name | None":
    """The person's name set off by a comma right after a role-noun subject ("The head nurse, Sister NAME, ...").

    The parser may read the appositive name as a second subject rather than an appositive; on the surface it
    still follows the subject phrase after a comma, behind nothing but titles and an okina, and a comma or the
    verb follows it (the appositive pattern of Hearst 1992 and CoreNLP's mention-to-speaker step).

    Args:
        ctx: the document context.
        subj: the role-noun subject of the sentence.

    Returns:
        The person name, or None.
    """
    doc = ctx.doc
    # the subject phrase ends before a name the parser hung on it as a conjunct ("The Member of X, Hon. NAME, ...")
    comma = max([t.i for c in subj.rights if c.dep_ not in ("conj", "cc", "punct", "appos") for t in c.subtree],
                default=subj.i) + 1
    if comma < len(doc) and doc[comma].text == "(":
        # "the premier (lantråd) NAME": a bracketed gloss of the title sets the name off as a comma does
        close = next((k for k in range(comma + 1, min(comma + 5, len(doc))) if doc[k].text == ")"), None)
        comma = close if close is not None else comma
    if comma >= len(doc) or doc[comma].text not in {",", ")"}:
        return None
    for n in ctx.names[bisect_left(ctx.name_heads, comma):]:
        first = ctx.token_at(n.mention.start)
        if first <= comma or n.head > comma + 8:
            break
        lo = first - 1 if okina_before(doc, first) else first
        lo = _title_start(ctx, lo, ctx.para_starts[ctx.para_of(doc[comma].idx)])
        end = ctx.token_at(n.mention.end)
        if n.person and lo == comma + 1 and end < len(doc) and (doc[end].text == "," or
                                                                doc[end].pos_ in ("VERB", "AUX")):
            return n
        break
    return None


def _cue_subject_after_quote(ctx: _Ctx, sent: "Span", before: int) -> "Token | None":
    """The subject of the cue closing a sentence the parser split inside a quote: '... for good," the Minister said'.

    The parser may split a quotation of several sentences and leave its last
    sentence with the quote's own verb as root and the cue hung on a quoted word or left as a second root.
    CoreNLP's pronoun sieve follows the previous speaker, so the subject of
    that cue counts as the sentence's main subject.

    Args:
        ctx: the document context.
        sent: the sentence segment.
        before: only subjects before this token count.

    Returns:
        The cue's subject, or None (no such cue, or more than one).
    """
    cues = [t for t in sent if (t.head.i == t.i or ctx.quoted(t.head.i)) and t.i != sent.root.i
            and t.pos_ in _VERBAL and not ctx.quoted(t.i) and _is_cue(t)]
    subjs = [c for v in cues for c in v.children if c.dep_ == "nsubj" and c.i < before and not ctx.quoted(c.i)]
    return subjs[0] if len(subjs) == 1 and ctx.quoted(sent.root.i) else None


def _sentence_antecedent(ctx: _Ctx, sent: "Span", before: int, pronoun: str,
                         depth: int = 0) -> tuple[bool, Mention | None]:
    """Find the person a later pronoun refers to in one sentence.

    Centering-style preference: the sentence's main subject if it is a
    person (a pronoun subject of the same gender is followed back to its own
    antecedent; an unnamed person such as "Koval's wife" blocks the search),
    else the single person it names, else the single person that is a subject.
    A plural subject ("the survivors") cannot be "he" or "she" (number
    agreement, as in CoreNLP's coreference sieves) and does not stop the search.
    Names inside the subject phrase (possessors) are no candidates.  A main
    subject whose verb is a cue is read as a speaker is ("MP for X Ana Lind
    said ... In a post she wrote": the name ending the title phrase, see
    :func:`_portfolio_name`), as CoreNLP's pronoun sieve follows the
    previous speaker.

    Args:
        ctx: the document context.
        sent: the sentence segment.
        before: only names before this token count.
        pronoun: the pronoun (for gender).
        depth: recursion guard for pronoun chains.

    Returns:
        (decided, mention): decided is False when the sentence names no person.
    """
    subj = _main_subject(ctx, sent, before)
    if subj is None:
        subj = _cue_subject_after_quote(ctx, sent, before)
    if subj is not None and subj.lower_ in PERSON_PRONOUNS:
        if _pronoun_gender(subj.lower_) == _pronoun_gender(pronoun) and depth < 3:
            return True, _resolve_pronoun(ctx, subj, depth + 1)
    elif subj is not None:
        m = _speaker(ctx, subj, depth=1, via_cue=_is_cue(subj.head) or _is_cue(sent.root))
        m = _person_by_one_word(ctx, m)
        if m is not None and _is_person_mention(ctx, m) and _gender_ok(ctx, m, pronoun) \
                and _chain_agrees(ctx, m, sent, depth, pronoun):
            return True, m
        named = _name_read_as_noun(ctx, subj) if m is None else None
        if named is not None and _gender_ok(ctx, named.mention, pronoun):
            return True, named.mention  # "Remedios kept counting. "...," she said" after "his wife, Remedios"
        if m is not None and _lone_name_read_as_body(ctx, m, subj, sent, pronoun):
            return True, m
        if m is None and _person_noun(ctx, subj) and (apposed := _name_set_off_after(ctx, subj)) is not None:
            return True, apposed.mention if _gender_ok(ctx, apposed.mention, pronoun) else None
        if m is None and (titled := _portfolio_name(ctx, subj)) is not None and _gender_ok(ctx, titled, pronoun):
            return True, titled  # "Minister for X Ana Pop went further. ... she said": the name ending the title
        if (m is None and _person_noun(ctx, subj) and subj.tag_ not in ("NNS", "NNPS")
                or m is not None and _maybe_person(m) and (
                subj.pos_ != "NOUN" or _person_noun(ctx, subj))) \
                and not _other_gender_noun(subj, pronoun):  # "the forum" stood for a body, not a person
            return True, None
        if m is None and subj.i in ctx.ent_of and _misread_place(ctx, ctx.ent_of[subj.i]):
            # a name read as a place: it is the antecedent if a cue or title showed it is a name, and
            # otherwise the search must not look past it
            named = [n.mention for n in ctx.names if n.head == subj.i and n.person] or _surname_of_one_person(ctx, subj)
            return True, named[0] if named and _gender_ok(ctx, named[0], pronoun) else None
    inner = {t.i for c in subj.children if c.dep_ in ("poss", "prep", "compound", "amod") for t in c.subtree} \
        if subj is not None else set()
    window = ctx.names[bisect_left(ctx.name_heads, sent.start):bisect_left(ctx.name_heads, min(before, sent.end))]
    names = [n for n in window if (n.person or _surname_that_spoke(ctx, n)) and n.head < before
             and n.head < sent.end and n.head not in inner and _gender_ok(ctx, n.mention, pronoun)]
    if len({n.key for n in names}) > 1:
        names = [n for n in names if _chain_agrees(ctx, n.mention, sent, depth, pronoun)]
    earlier = _subject_pronoun_before(ctx, sent, before, pronoun, names)
    if earlier is not None and depth < 3:
        return True, _resolve_pronoun(ctx, earlier, depth + 1)
    if not names:
        return False, None
    keys = {n.key for n in names}
    if len(keys) == 1:
        return True, names[-1].mention
    subjects = [n for n in names if _in_subject(ctx.doc[n.head])]
    if len({n.key for n in subjects}) == 1:
        return True, subjects[-1].mention
    agents = [n for n in names if _root_agent(ctx.doc[n.head], sent)]
    if not subjects and len({n.key for n in agents}) == 1:
        return True, agents[-1].mention  # "The march was led by NAME, ... of X." -> "..., he said"
    return True, None


def _surname_of_one_person(ctx: _Ctx, subj: "Token") -> list[Mention]:
    """The full name of the one person named before whose last word a place-tagged subject repeats.

    "Teodor Halvik ... Halvik sat silently": the tagger read the lone surname
    as a place the gazetteer does not know; letter for letter it is the
    surname of one person named before, the string-match sieve of Lee et al.
    2013 that CoreNLP's mention-to-speaker step applies to a surname.

    Args:
        ctx: the document context.
        subj: a one-word proper-noun subject.

    Returns:
        A one-item list with the full name's mention, or an empty list when
        no person or several people end in that word.
    """
    if subj.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") for c in subj.children):
        return []
    full = {n.mention.text: n.mention for n in ctx.names if n.person and n.head < subj.i
            and len(n.mention.text.split()) > 1 and n.mention.text.split()[-1] == subj.text}
    return list(full.values()) if len(full) == 1 else []


def _surname_that_spoke(ctx: _Ctx, n: _Name) -> bool:
    """Tell whether a one-word name read as a body is a person's surname that spoke earlier in the article.

    "Anselm Varga ... '...,' Varga says ... Varga shrugs when asked. He
    points": the small tagger reads both the full name and the surname as a
    body, so the surname is no person and a later "he" skips it for somebody
    named before.  A quote's speaker is animate (the subject of a
    communication verb is a person, the animacy cue of CoreNLP's quote
    attribution, which attributes quotes to characters only, Muzny et al.
    2017), so a one-word name is a person for pronoun resolution when, before
    it, the same word was the subject of a cue verb outside quotes and ended a
    full name that may be a person's (no body noun or business word in it).

    Args:
        ctx: the document context.
        n: a name of the sentence searched for an antecedent.

    Returns:
        True when the name counts as a person.
    """
    m = n.mention
    word = m.text
    if m.label != "ORG" or m.kb_id or len(word.split()) != 1 or not word[:1].isupper() or word.isupper() \
            or word.casefold() in ORG_NOUNS | _BUSINESS_NAME_WORDS:
        return False
    if not any(o.first < n.first and len(o.mention.text.split()) > 1 and o.mention.text.split()[-1] == word
               and (o.person or _maybe_person(o.mention))
               and not {w.casefold() for w in o.mention.text.split()} & _BUSINESS_NAME_WORDS for o in ctx.names):
        return False
    return any(t.text == word and t.dep_ == "nsubj" and not ctx.quoted(t.i) and _is_cue(t.head)
               for t in ctx.doc[:n.first])


def _in_subject(tok: "Token") -> bool:
    """Tell whether a name's head is a subject, or a conjunct or appositive of one.

    "Ana Lind and her deputy, Vesna Tolsa, arrived": both people are the
    subject, so neither is preferred as a later pronoun's antecedent (the
    subject preference of Lee et al. 2013 holds for the whole coordination).

    Args:
        tok: the head token of a name.

    Returns:
        True when the name is (part of) a subject.
    """
    return _coordination_head(tok).dep_ in ("nsubj", "nsubjpass")


def _coordination_head(tok: "Token") -> "Token":
    """The first conjunct or the noun an apposition hangs on, climbed from a name's head ("A and B": A)."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _root_agent(tok: "Token", sent: "Span") -> bool:
    """Tell whether a name's head is the agent of its sentence's passive root ("The march was led by NAME").

    The by-phrase of a passive names the doer, the logical subject, so it ranks with the subject in the
    grammatical-role ranking of centering theory (Grosz et al. 1995) when the sentence names other people
    in lesser roles.

    Args:
        tok: the head token of a name.
        sent: the sentence segment.

    Returns:
        True when the name is (a conjunct or appositive of) the root's "by" agent.
    """
    tok = _coordination_head(tok)
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i == sent.root.i


#: Words of a business's name that no person's name holds ("Varnek Steel", "Tolsa Motors").
_BUSINESS_NAME_WORDS = frozenset("""
    steel motors energy airways airlines holdings industries systems technologies group bank capital partners
    ventures foods foundry mills mining oil gas power telecom media pharma pharmaceuticals logistics shipping
    ltd limited plc inc corp co llc gmbh ag sa
""".split())
#: business-name words that end no person's name ("Motors", "Airlines"; not "Power", "Capital" or "Media")
_FIRM_ONLY_WORDS = _BUSINESS_NAME_WORDS - {"power", "capital", "bank", "group", "media"}


def _name_read_as_noun(ctx: _Ctx, subj: "Token") -> "_Name | None":
    """The person an earlier name gave, when a sentence's subject repeats it but was read as a common noun.

    "... with his wife, Remedios. Remedios kept counting": the small
    tagger reads a given name that is also a word as a noun when it opens a
    sentence, so the subject names nobody and a later "she" would skip it for
    an older person.  A bare capitalised subject word that is, letter for
    letter, the one-word name or the first word of the full name of exactly
    one person named before is that person (the exact-string-match sieve of
    Lee et al. 2013, as in CoreNLP's mention-to-speaker step).  News copy
    repeats surnames more than given names, so the last word of a full name
    counts too ("10:15 - Tessing was asked ...", a surname tagged as a noun
    or a verb form).

    Args:
        ctx: the document context.
        subj: a sentence's main subject that resolved to no name.

    Returns:
        The earlier person's name, or None.
    """
    if subj.pos_ not in ("NOUN", "ADJ", "X", "VERB") or not subj.is_alpha or not subj.text[:1].isupper() \
            or subj.text.isupper() or ctx.quoted(subj.i) or any(c.dep_ in ("det", "poss", "compound", "amod")
                                                               for c in subj.children):
        return None
    found = [n for n in ctx.names if n.person and n.head < subj.i and (n.mention.text.split()[:1] == [subj.text]
             or len(n.mention.text.split()) > 1 and n.mention.text.split()[-1] == subj.text)]
    full = [n for n in found if len(n.mention.text.split()) > 1]
    if not found or len({n.mention.text for n in full}) > 1:
        return None  # two people share the word
    return full[-1] if full else found[-1]


def _lone_name_read_as_body(ctx: _Ctx, m: Mention, subj: "Token", sent: "Span", pronoun: str) -> bool:
    """Tell whether a body-tagged bare name leading a sentence is the only person "he"/"she" can take up.

    The small model tags many people's names as bodies ("Nadia Ferro
    insisted ...": see :func:`_maybe_person`), and such a subject stops the
    pronoun search.  When the article names no person before it, the
    gendered pronoun can only stand for the subject itself (subject
    preference and closest antecedent, Lee et al. 2013; gender agreement
    rules out a body), unless a business word is part of the name or the
    sentence takes the name up with "it" (see :func:`_called_it`).  So it
    can when the name's first word is the whole of a person's name given
    before ("his wife, Ana" ... "Ana Berg").

    Args:
        ctx: the document context.
        m: the subject's mention.
        subj: the subject's head token.
        sent: the subject's sentence.
        pronoun: the later pronoun.

    Returns:
        True when the pronoun takes the name up.
    """
    words = m.text.split()
    if not _maybe_person(m) or not 2 <= len(words) <= 3 or {w.casefold().strip(".") for w in words} \
            & _BUSINESS_NAME_WORDS or not _gender_ok(ctx, m, pronoun) or _called_it(ctx, subj):
        return False
    if any(t.lower_ in ("it", "its") and not ctx.quoted(t.i) for t in sent):
        return False
    first = ctx.token_at(m.start)
    earlier = [n for n in ctx.names if n.person and n.first < first]
    # ("his wife, Ana, ... . Ana Berg was blunter. '...,' she said": the given name a person was named by before,
    # of the pronoun's gender when its title or kin noun tells it)
    return not earlier or any(n.mention.text == words[0] and (n.gender or _kin_gender(ctx, n)) in
                              ("", _pronoun_gender(pronoun)) for n in earlier)


def _kin_gender(ctx: _Ctx, n: _Name) -> str:
    """The gender a kin noun right before a name gives it: "f" for "his wife, Ana", "m" for "her husband Ivo".

    Args:
        ctx: the document context.
        n: the name.

    Returns:
        "f", "m", or "" when no gendered word stands right before the name (over one comma).
    """
    k = n.first - 1
    if k >= 1 and ctx.doc[k].text == ",":
        k -= 1
    word = ctx.doc[k].lower_ if k >= 0 else ""
    return "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else ""


def _person_by_one_word(ctx: _Ctx, m: Mention | None) -> Mention | None:
    """The full name of a person taken up by a one-word mention the tagger read as a body.

    A speaker named by the first or an inner word of a full name
    ('"...," Wira said' after "Wira Santosa") is a person whatever the
    tagger made of the word; as in CoreNLP's mention-to-speaker step, the
    word is read as that full name (see :func:`_given_name_full` and
    :func:`_inner_name_full`), so a pronoun in the next paragraph can take
    the speaker up.

    Args:
        ctx: the document context.
        m: a subject's mention, or None.

    Returns:
        The full name's mention (labelled PERSON), or m unchanged.
    """
    if m is None or len(m.text.split()) != 1 or _is_person_mention(ctx, m) or not _given_name_read_as_body(m):
        return m
    full = _given_name_full(ctx, m) or _inner_name_full(ctx, m)
    return m if full is None else _as_person(full.mention)


def _subject_pronoun_before(ctx: _Ctx, sent: "Span", before: int, pronoun: str,
                            names: list[_Name]) -> "Token | None":
    """An earlier subject pronoun of the same gender in the sentence, when no named person is a subject.

    'She is married to NAME, and the couple met, she said, "..."': the second
    "she" continues the first, the subject, not the name in object position
    (centering's subject preference, as in CoreNLP's pronoun sieves).  Only
    when no candidate name is itself a subject before the pronoun.

    Args:
        ctx: the document context.
        sent: the sentence segment.
        before: the later pronoun's index.
        pronoun: the later pronoun (for gender).
        names: the candidate names of the sentence before it.

    Returns:
        The earliest such subject pronoun, or None.
    """
    if any(ctx.doc[n.head].dep_ in ("nsubj", "nsubjpass") for n in names):
        return None
    for t in ctx.doc[sent.start:min(before, sent.end)]:
        if t.lower_ in PERSON_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass") and not ctx.quoted(t.i) \
                and _pronoun_gender(t.lower_) == _pronoun_gender(pronoun):
            return t
    return None


#: Plural nouns for the institutions a body runs ("Varnek Public Schools", "Tolsby Hospitals"): a name
#: ending in one is a body's (a school district, a hospital trust), never a person's.
INSTITUTION_PLURALS = frozenset("schools hospitals libraries museums colleges clinics".split())


def _maybe_person(m: Mention) -> bool:
    """An organisation-labelled bare name with no body noun ("Lidia Marchetti-Soto" read as ORG).

    The tagger gives ORG to many people's names; a pronoun search must not
    look past such a subject to an older person.
    """
    words = {w.casefold() for w in re.split(r"[\s-]+", m.text)}
    return m.label == "ORG" and not m.kb_id and len(words) > 1 and not words & (ORG_NOUNS | INSTITUTION_PLURALS) \
        and all(w[:1].isupper() for w in m.text.split())


def _is_person_mention(ctx: _Ctx, m: Mention) -> bool:
    """Tell whether a mention names a person: its label, its titles, or a person with that surname.

    A lone surname is a person's when an earlier full name ending in it was
    shown to be a person's (by a title or a person noun such as "his wife,
    NAME"), even if the tagger read both as a body: CoreNLP's
    mention-to-speaker step matches a surname to the full name introduced
    before (Muzny et al. 2017).

    Args:
        ctx: the document context.
        m: a mention.

    Returns:
        True for a person's name.
    """
    if m.label == "PERSON":
        return True
    if m in ctx.person_names or _key(m) in ctx.person_keys:
        return True
    return len(m.text.split()) == 1 and any(
        n.person and n.mention.start < m.start and len(n.mention.text.split()) > 1
        and n.mention.text.split()[-1] == m.text for n in ctx.names)


def _all_quoted(ctx: _Ctx, sent: "Span") -> bool:
    """Tell whether a sentence is nothing but quotation (it names no antecedent)."""
    return all(ctx.quoted(t.i) or t.is_punct or t.is_space for t in sent)


def _resolve_pronoun(ctx: _Ctx, tok: "Token", depth: int = 0) -> Mention | None:
    """Resolve "he"/"she" to the most recent person (CoreNLP: closest-mention baseline).

    The pronoun's own sentence is searched first (its main subject, else the
    single person named before it), then up to three earlier sentences that
    are not pure quotation, no further back than the previous paragraph of
    running text; a sentence naming several people with no clear subject
    gives None.  Titles (Mr, Mrs, spokeswoman, ...) rule out a gender.

    With no gender known for the antecedent, a sentence that also holds a
    pronoun of the other gender ("Lind met Anna Berg. She had a question for
    him") is left unresolved when another person named since may be meant.

    Args:
        ctx: the document context.
        tok: the pronoun.

    Returns:
        The antecedent mention or None.
    """
    m = _closest_person(ctx, tok, depth)
    if m is not None and not ctx.gender_of.get(m) and _two_genders_two_people(ctx, tok, m):
        return None
    return m


def _two_genders_two_people(ctx: _Ctx, tok: "Token", m: Mention) -> bool:
    """Tell whether the antecedent of an ungendered name is in doubt.

    It is when a pronoun of the other gender stands in the pronoun's sentence
    (outside quotes) and another person of unknown gender is named from the
    antecedent's sentence on: either of the two may be meant.
    """
    gender = _pronoun_gender(tok.lower_)
    other = ("she", "her", "hers", "herself") if gender == "m" else ("he", "him", "his", "himself")
    if not any(t.lower_ in other and not ctx.quoted(t.i) for t in ctx.seg_of(tok.i)):
        return False
    lo = ctx.seg_of(min(ctx.token_at(m.start), len(ctx.doc) - 1)).start
    names = ctx.names[bisect_left(ctx.name_heads, lo):bisect_left(ctx.name_heads, tok.i)]
    return any(n.person and n.key != _key(m) and not n.gender for n in names)


def _closest_person(ctx: _Ctx, tok: "Token", depth: int, pronoun: str = "") -> Mention | None:
    """The closest person a pronoun may refer to (see :func:`_resolve_pronoun`).

    Args:
        ctx: the document context.
        tok: the pronoun, or another anaphor standing for a person.
        depth: recursion guard for pronoun chains.
        pronoun: the pronoun whose gender the antecedent must agree with
            (default: the token itself).

    Returns:
        The antecedent mention, or None.
    """
    pronoun = pronoun or tok.lower_
    sent = ctx.seg_of(tok.i)
    decided, m = _sentence_antecedent(ctx, sent, tok.i, pronoun, depth)
    if decided:
        return m
    para = ctx.para_of(tok.idx)
    k, looked = sent.start - 1, 0
    while k >= 0 and looked < 3:
        prev = ctx.seg_of(k)
        k = prev.start - 1
        if _all_quoted(ctx, prev):
            continue
        p = ctx.para_of(prev[-1].idx)
        if any(not _only_quotes(ctx, q) for q in range(p + 1, para)):
            return None
        looked += 1
        decided, m = _sentence_antecedent(ctx, prev, prev.end, pronoun, depth)
        if decided:
            return m
    return None


# ---------------------------------------------------------------- sieves

def _span_tokens(ctx: _Ctx, qi: int) -> list[int]:
    """Token indices of a top-level span (marks included)."""
    s = ctx.spans[qi]
    lo = ctx.token_at(s.open)
    hi = ctx.token_at(s.stop)
    return list(range(lo, hi))


def _attr_from_cue(ctx: _Ctx, v: "Token", sieve: str, inverted: bool = False) -> _Attr:
    """The attribution for a cue verb: its subject resolved to a name (same paragraph only)."""
    subj = _subject(ctx, v)
    if subj is None and inverted:
        subj = _inverted_subject(v)
    if subj is None:
        subj = _name_hung_elsewhere_after_cue(ctx, v)
    if subj is not None and ctx.para_of(subj.idx) != ctx.para_of(v.idx):
        subj = None  # the parse ran across a paragraph break
    a = _Attr(_speaker(ctx, subj, via_cue=True), _cue_name(v), sieve, v.i)
    return _representative(ctx, v, a) or a


def _name_hung_elsewhere_after_cue(ctx: _Ctx, v: "Token") -> "Token | None":
    """The name right after an inverted cue that the parser hung on another verb: '"...," said NAME, a ..., "..."'.

    In the Quote-Verb-Mention trigram of CoreNLP's quote-attribution sieves
    (Muzny et al. 2017) the name that follows the cue is its speaker.  When a
    quotation is split by its cue and an apposition follows the name, the
    small parser often makes the name the subject of the verb of the second
    part and leaves the cue with no subject.  Only a past-tense cue with no
    subject or auxiliary of its own, right after a comma or a closing mark,
    counts; the name must be a person entity that opens right after the cue.

    Args:
        ctx: the document context.
        v: the cue verb.

    Returns:
        The last token of the name, or None.
    """
    doc = ctx.doc
    if v.tag_ != "VBD" or v.i == 0 or v.i + 1 >= len(doc) or doc[v.i - 1].text not in (",", *_MARKS) \
            or any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in v.children):
        return None
    ent = ctx.ent_of.get(v.i + 1)
    if ent is None or ent.label_ != "PERSON" or ent.start != v.i + 1 or ctx.quoted(ent.end - 1):
        return None
    last = doc[ent.end - 1]
    if last.head.i == v.i or ent.end < len(doc) and doc[ent.end].text not in (",", "."):
        return None
    return last


def _trailing_cue(ctx: _Ctx, qi: int) -> _Attr | None:
    """Sieve 1 (CoreNLP trigram sieve): '"...," Anna Berg said' / '"...," said Berg, a ...'.

    The cue must follow the closing mark with nothing in between but
    punctuation and the cue's own subject phrase, and must not govern a
    clause of its own ('"..." He said the plan failed' is no attribution).
    A clause the parser hangs on the cue after a participle set off by a
    comma ('X said, referring to the match the towns will host') belongs
    to the participle and does not count.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.

    Returns:
        The attribution (its speaker may be None when the cue's subject
        resolves to no name), or None when the sieve finds no cue.
    """
    doc, span = ctx.doc, ctx.spans[qi]
    j = ctx.token_at(span.stop)
    para_end = ctx.paras[ctx.para_of(span.open)][1]
    if ctx.text[span.start:span.end].rstrip().endswith(".") and j < len(doc) and doc[j].text[:1].isupper():
        return None  # '..."end." Next sentence': a quote closed by a full stop has no trailing cue
    k = j
    title_dots: set[int] = set()
    while k < len(doc) and k < j + 40:
        t = doc[k]
        if t.idx >= para_end or ctx.quoted(k):
            return None
        if (_is_cue(t) or _speech_verb(t)) and not _name_read_as_verb(ctx, t):
            break
        if t.text == "." and _split_title_dot(ctx, k):
            title_dots |= {k - 1, k}
            k += 1
            continue
        if t.text in (".", "!", "?", ";", ":", "…"):
            return None
        k += 1
    else:
        return None
    v = doc[k]
    subj = _subject(ctx, v)
    named = _name_before_cue(ctx, j, v) if subj is None else None
    relative = None
    if subj is None and named is None:
        named = relative = _name_with_relative_before_cue(ctx, j, v)
    before_cue = named is not None
    whose = _whose_clause_after_cue(ctx, v)
    if subj is None and named is None and whose is not None:
        named = whose[0]  # '"...," said X, whose wife, Y, runs ...': X read as the subject of "runs"
    subj = subj or named or _inverted_subject(v) or _name_hung_elsewhere_after_cue(ctx, v)
    allowed = ({t.i for t in subj.subtree} if subj is not None else set()) | title_dots
    if before_cue:
        allowed |= set(range(j, k))  # _name_before_cue read all the words in between as the name
    if subj is not None and subj.left_edge.i > j and doc[subj.left_edge.i - 1].text.casefold() in ctx.titles:
        allowed.add(subj.left_edge.i - 1)  # '"...," Hon. NAME said' with the title hung on the verb
    head = _control_head(ctx, v)
    if head.i != v.i and head.lemma_.casefold() in ("quote", "cite") and head.i < v.i:
        allowed |= {t.i for t in head.subtree if not ctx.quoted(t.i)}  # '"...," the paper quoted X as saying'
    for m in range(j, k):
        t = doc[m]
        if not (t.is_punct or t.is_space or m in allowed or t.pos_ in ("ADV", "INTJ")):
            return None
    adjunct = min((c.i for c in v.children if c.i > v.i and not ctx.quoted(c.i) and c.dep_ in ("advcl", "xcomp")
                   and c.tag_ in ("VBG", "VBN") and _detached_adjunct(ctx, v, c)), default=len(doc))
    for c in v.children:
        if c.i > v.i and not ctx.quoted(c.i) and c.dep_ in ("ccomp", "xcomp") and not _misparsed_object(ctx, c) \
                and not _detached_adjunct(ctx, v, c) and not c.i > adjunct \
                and not (whose is not None and c.i == whose[1].i):
            return None  # (a clause after a participle set off by a comma is the participle's, misattached)
    if _introduces_next(ctx, v):
        return None
    if named is not None:
        who = _speaker(ctx, named, via_cue=True)
        if who is None and relative is not None:  # a surname the NER gave another label: the person's name
            who = _mention(ctx, relative.i, relative.i + 1, "PERSON")
        return _Attr(who, _cue_name(v), "trailing", v.i)
    return _attr_from_cue(ctx, v, "trailing", inverted=True)


def _whose_clause_after_cue(ctx: _Ctx, v: "Token") -> "tuple[Token, Token] | None":
    """The name after a trailing cue and the verb of the "whose" relative clause that follows it.

    '"...," said Dr X, whose husband, the composer Y, wrote a symphony':
    the small parser often hangs "showed" on the cue as a clause of its own,
    or makes the name its subject, though the verb is the predicate of the
    relative clause that "whose" opens (a relative clause runs from its
    relative word to its own finite verb; Huddleston & Pullum, "The
    Cambridge Grammar of the English Language", 2002, ch. 12).  Read off the
    surface as in CoreNLP's trigram sieve: the cue, a name of proper nouns
    (an honorific included), a comma, "whose", and the first verb after it.

    Args:
        ctx: the document context.
        v: a trailing cue verb.

    Returns:
        (the name's last token, the relative clause's verb), or None.
    """
    doc, end = ctx.doc, ctx.seg_of(v.i).end
    w = next((t for t in doc[v.i + 1:min(v.i + 8, end)] if t.lower_ == "whose"), None)
    if w is None or w.i - v.i < 3 or doc[w.i - 1].text != "," or any(ctx.quoted(i) for i in range(v.i, w.i + 1)):
        return None
    name = doc[v.i + 1:w.i - 1]
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in name):
        return None
    pred = next((t for t in doc[w.i + 1:end] if t.pos_ in _VERBAL), None)
    if pred is None or ctx.quoted(pred.i):
        return None
    return name[-1], pred


def _name_before_cue(ctx: _Ctx, j: int, v: "Token") -> "Token | None":
    """The speaker's name between a quote and its cue when the parser gave the cue no subject.

    '"...," Best told reporters': the small parser reads some surnames that
    are also English words as an adverb of the cue ("Best", "Long").  In the
    trigram pattern Quote-Mention-Verb of CoreNLP's quote-attribution sieves
    (Muzny et al. 2017) the words between the closing mark and the cue are
    the speaker's name, whatever their dependency label: a run of
    capitalised proper nouns that hangs on the cue is taken as its subject,
    and so is an age nominal the parser split into modifiers of the cue
    ("the 58-year-old asked").

    Args:
        ctx: the document context.
        j: the first token after the closing mark.
        v: the cue verb.

    Returns:
        The last token of the name, or None when the words in between are
        not such a run.
    """
    words = [t for t in ctx.doc[j:v.i] if not (t.is_punct or t.is_space)]
    if not words or len(words) > 4 or words[-1].i != v.i - 1:
        return None
    if words[-1].pos_ == "ADJ" and words[0].lower_ == "the" and _age_of(words[-1]) and (
            words[-1].head.i == v.i or v.tag_ == "VBD" and v.dep_ == "amod" and words[-1].head.i == v.head.i):
        # '"...?" the 58-year-old asked': the age nominal read as modifiers of the cue; '"...," the
        # 63-year-old told reporters': the cue read as one more modifier of its object
        return words[-1]
    if words[-1].head.i != v.i:
        return None
    if words[-1].dep_ in _SUBJECT_DEPS or words[-1].dep_ in ("dobj", "obj", "ccomp", "xcomp"):
        return None
    if any(t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper() or ctx.quoted(t.i) for t in words):
        return None
    if any(t.i - 1 >= j and ctx.doc[t.i - 1] not in words for t in words[1:]):
        return None  # not one run of words
    return words[-1]


def _name_read_as_verb(ctx: _Ctx, t: "Token") -> bool:
    """Tell whether a seeming speech verb is a capitalised word of a person's name (a surname read as "said").

    English capitalises no verb mid-sentence, so a capitalised word inside a
    PERSON entity there is a name, whatever its tag (the Quote-Mention-Verb
    trigram of Muzny et al. 2017 wants the mention before the cue, not as it).

    Args:
        ctx: the document context.
        t: a token the cue test accepted.

    Returns:
        True when the token is capitalised, inside a PERSON entity and not at the start of its sentence.
    """
    ent = ctx.ent_of.get(t.i)
    if ent is None or not t.text[:1].isupper() or t.i == ctx.seg_of(t.i).start:
        return False
    return not t.is_sent_start and (ent.label_ == "PERSON" or _surname_named_before(ctx, ent))


def _surname_named_before(ctx: _Ctx, ent: "Span") -> bool:
    """Tell whether a one-word entity repeats the surname of a person named earlier, whatever its label now.

    News copy takes a person up by the surname alone (Reuters and AP style);
    the NER may then label the lone surname a place.

    Args:
        ctx: the document context.
        ent: an entity span.

    Returns:
        True when the span is one word equal to the last word of an earlier PERSON entity of two words or more.
    """
    return len(ent) == 1 and any(e.label_ == "PERSON" and len(e) >= 2 and e.end <= ent.start
                                 and e[-1].text == ent.text for e in ctx.ents)


def _name_with_relative_before_cue(ctx: _Ctx, j: int, v: "Token") -> "Token | None":
    """The person's name before a trailing cue when a "who" clause set off by commas parts them.

    '"...," NAME, who now runs a clinic in X, told reporters': when the
    tagger misreads the name (a surname that looks like a past participle)
    the cue is left without a subject.  The Quote-Mention-Verb trigram of
    CoreNLP's quote-attribution sieves (Muzny et al. 2017) read through a
    non-restrictive relative clause (Huddleston & Pullum 2002, ch. 12: it
    runs from "who" to the comma that closes it): a PERSON entity right
    after the closing mark, a comma, "who" and a clause with no quote mark
    or sentence stop, and a comma right before the cue.

    Args:
        ctx: the document context.
        j: the first token after the closing mark.
        v: the cue verb.

    Returns:
        The name's last token, or None.
    """
    doc = ctx.doc
    a = j
    while a < v.i and (doc[a].is_punct or doc[a].is_space):
        a += 1
    ent = ctx.ent_of.get(a)
    if ent is None or ent.label_ != "PERSON" and not _surname_named_before(ctx, ent) or ent.start != a \
            or ent.end + 2 >= v.i:
        return None
    if doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "who" or doc[v.i - 1].text != ",":
        return None
    if any(ctx.quoted(t.i) or t.text in (".", "!", "?", ";", ":") or t.text in "\"\u201c\u201d"
           for t in doc[ent.end + 1:v.i - 1]):
        return None
    return doc[ent.end - 1]


def _split_title_dot(ctx: _Ctx, k: int) -> bool:
    """Tell whether the full stop at token k only ends an abbreviated title ("Sgt." in "Sgt. Ana Lind").

    The tokenizer splits some rank abbreviations ("Sgt", "Cpl", "Lt") from
    their full stop, and the sentence splitter then ends a sentence there, so
    a trailing cue ('"...," Sgt. Ana Lind said.') seems cut off from its
    quote.  Like the CoreNLP trigram sieve (Muzny et al. 2017), which reads
    the quote-cue-name pattern on tokens and not on sentences, the stop is
    skipped when it is glued to a capitalised person title and a capitalised
    word follows on the same line.

    Args:
        ctx: the document context.
        k: index of a "." token.

    Returns:
        True when the stop belongs to a title abbreviation.
    """
    doc = ctx.doc
    if k < 1 or k + 1 >= len(doc):
        return False
    title, nxt = doc[k - 1], doc[k + 1]
    return not title.whitespace_ and title.is_alpha and title.text[:1].isupper() and len(title.text) <= 5 \
        and (title.text + ".").casefold() in ctx.titles and "\n" not in doc[k].whitespace_ \
        and nxt.is_alpha and nxt.text[:1].isupper() and not ctx.quoted(k + 1)


def _detached_adjunct(ctx: _Ctx, v: "Token", c: "Token") -> bool:
    """Tell whether a cue's clausal "complement" is a non-finite phrase set off by a comma.

    '"...," X said, his hand raised' (an absolute phrase) and '"...," X said,
    to applause' (misread as an infinitive) are manner adjuncts of the cue,
    not reported speech of its own: their verb is a participle or an
    infinitive with no finite auxiliary, and a comma right after the cue's
    own phrase opens them.  Reported speech after a trailing cue is finite
    ('"...," X said the plan failed'); after the trigram patterns of
    CoreNLP's quote-attribution sieves.

    Args:
        ctx: the document context.
        v: the cue verb.
        c: its ccomp/xcomp child after it.

    Returns:
        True when the child is such an adjunct.
    """
    if c.tag_ not in ("VBN", "VBG", "VB"):
        return False
    to = [a for a in c.children if a.dep_ == "aux" and a.text.casefold() == "to"]
    if any(a.dep_ in ("aux", "auxpass") and a not in to or a.dep_ == "mark" for a in c.children):
        return False  # a finite clause ("the plan had failed", "that ...")
    if c.tag_ == "VB" and not to:
        return False
    first = min(t.i for t in c.subtree)
    return first - 1 > v.i and ctx.doc[first - 1].text == "," and not ctx.quoted(first - 1)


def _misparsed_object(ctx: _Ctx, c: "Token") -> bool:
    """Tell whether a cue's clausal complement is really a named listener ("told the agency SANA").

    The small parser reads an unknown capitalised name after "told the news
    agency" as a verb heading a clause; a "clause" whose head is a named
    entity is the cue's object, not reported speech of its own.

    Args:
        ctx: the document context.
        c: the cue's ccomp/xcomp child.

    Returns:
        True when the child is a named entity, not a clause.
    """
    return c.i in ctx.ent_of and ctx.ent_of[c.i].label_ not in _NOT_NAME_LABELS and c.text[:1].isupper()


def _introduces_next(ctx: _Ctx, v: "Token") -> bool:
    """Tell whether a cue ends in a colon, i.e. introduces what follows ('He said: "..."')."""
    para_end = ctx.paras[ctx.para_of(v.idx)][1]
    for t in ctx.doc[v.i + 1:min(v.i + 30, len(ctx.doc))]:
        if ctx.quoted(t.i) or t.idx >= para_end or t.text in (".", "!", "?", ";"):
            return False
        if t.text == ":":
            return True
    return False


def _token_before(ctx: _Ctx, qi: int) -> tuple["Token | None", bool, bool]:
    """The last real token before a quote, skipping , : — and 'that'.

    Args:
        ctx: the document context.
        qi: the span index.

    Returns:
        (token or None, a colon was skipped, anything was skipped).
    """
    doc, span = ctx.doc, ctx.spans[qi]
    k = ctx.token_at(span.open) - 1
    colon = skipped = False
    para = ctx.para_of(span.open)
    while k >= 0:
        t = doc[k]
        if t.is_space:
            k -= 1
            continue
        if t.text == ":":
            colon = True
        elif not (t.text in (",", "—", "–", "-") or t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "dobj")):
            break
        skipped = True
        k -= 1
    if k < 0 or ctx.quoted(k) or doc[k].text in (".", "!", "?", ";", "…"):
        return None, colon, skipped
    if ctx.para_of(doc[k].idx) != para and not colon:
        return None, colon, skipped
    return doc[k], colon, skipped


def _walk_to_cue(ctx: _Ctx, tok: "Token", qi: int, speech_nouns: bool, strong_only: bool) -> "Token | None":
    """Walk up the dependency heads from a token to the nearest cue verb.

    The walk stays in the token's sentence and the quote's paragraph, passes
    through other quotations (never counting a cue inside one) and stops when
    it enters the quote itself, when an arc crosses a ";" or a sentence end,
    when it leaves a relative clause with a subject of its own ("X said the
    plan, which critics call a "gift", ...") or when it reaches the cue from
    a coordinated clause ("X left, and the crowd chanted "..."" is not X's).

    Args:
        ctx: the document context.
        tok: where to start.
        qi: the quote's span index.
        speech_nouns: also accept a verb with a speech-noun object (colon rule).
        strong_only: leave out WEAK_CUES, unless the walk reaches them
            through their that-clause ("X noted that ...").

    Returns:
        The cue verb, or None.
    """
    sent_start = tok.sent.start
    para = ctx.para_of(ctx.spans[qi].open)
    if ctx.para_of(tok.idx) != para and not speech_nouns:
        return None
    if speech_nouns:  # a colon may end the previous paragraph: stay in the cue's paragraph
        para = ctx.para_of(tok.idx)
    seen, via, via_pos = 0, "", ""
    while seen < 10:
        where = ctx.tok_span[tok.i]
        if where == qi:
            return None
        if where < 0 and (_is_cue(tok, strong_only and via != "ccomp") or speech_nouns and _speech_verb(tok)):
            return None if via == "conj" and via_pos in _VERBAL else tok  # "X left, and Y chanted "..."": not X's
        if tok.head.i == tok.i or tok.head.i < sent_start or ctx.para_of(tok.head.idx) != para \
                or _clause_break_between(ctx, tok.i, tok.head.i) or _own_relative_clause(ctx, tok):
            return None
        via, via_pos = tok.dep_, tok.pos_
        tok = tok.head
        seen += 1
    return None


def _own_relative_clause(ctx: _Ctx, tok: "Token") -> bool:
    """A relative clause with a noun subject of its own ("the plan, which critics see as a "gift"").

    A pronoun subject may be the cue's speaker again ("X said Y was an ally
    with whom he had a "very nice meeting"") and does not stop the walk.
    """
    return tok.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and not ctx.quoted(c.i)
        for c in tok.children)


def _clause_break_between(ctx: _Ctx, a: int, b: int) -> bool:
    """Tell whether a ";" or a sentence end stands between tokens a and b outside any quotation.

    A dependency arc across it is a misparse ("…its “provinces”; the Front proclaimed …").
    """
    for t in ctx.doc[min(a, b) + 1:max(a, b)]:
        if t.text in (";", ".", "!", "?") and not ctx.quoted(t.i):
            return True
    return False


def _leading_cue(ctx: _Ctx, qi: int) -> _Attr | None:
    """Sieve 2: 'Anna Berg said: "..."', 'Berg said that "..."', 'Berg told reporters "..."'.

    Walks up from the word before the opening mark to the nearest cue verb
    (or a verb with a speech noun before a colon, CoreNLP-style colon rule);
    the cue's subject is the speaker.  A weak cue ("noted", "replied") counts
    only right before a colon, a comma or "that".

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.

    Returns:
        The attribution (its speaker may be None when the cue's subject
        resolves to no name), or None when the sieve finds no cue.
    """
    tok, colon, skipped = _token_before(ctx, qi)
    if tok is None or not skipped and _possessive_mark(ctx, tok):
        return None  # "the villages' "old title"": a possessed noun phrase, no clause after a cue
    v = _walk_to_cue(ctx, tok, qi, speech_nouns=colon, strong_only=not (colon or skipped and _is_cue(tok)))
    if v is None:
        return None
    return _attr_from_cue(ctx, v, "leading")


def _possessive_mark(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether a token is a possessive ending: "'s", or a bare apostrophe glued to a plural ("villages'").

    A quote right after a possessive is the possessed noun phrase ("the
    villages' "old title""), not a clause introduced by a cue; the tagger often
    reads the bare apostrophe as a punctuation mark and hangs it on the
    sentence's verb, far from the quote.

    Args:
        ctx: the document context.
        tok: the token before a quote's opening mark.

    Returns:
        True for a possessive ending outside quotes.
    """
    if ctx.quoted(tok.i):
        return False
    if tok.tag_ == "POS":
        return True
    if tok.text not in ("'", "’") or tok.i == 0:
        return False
    prev = ctx.doc[tok.i - 1]
    return not prev.whitespace_ and prev.is_alpha and prev.text[-1:] in ("s", "S")


def _governing_cue(ctx: _Ctx, qi: int) -> _Attr | None:
    """Sieve 3 (CoreNLP dependency-parse sieve): a quote inside a cue verb's clause.

    Handles partial quotes in reported speech: "Berg called the plan "a
    farce"", "Berg said the remarks "do not reflect ..."".  The nearest cue
    verb above the quote decides; weak cues ("maintain") do not count, nor
    does a content cue with a noun object of its own when the quote is not
    that object or its complement ("proclaimed the republic").

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.

    Returns:
        The attribution (its speaker may be None when the cue's subject
        resolves to no name), or None when the sieve finds no cue.
    """
    inside = set(_span_tokens(ctx, qi))
    if not inside:
        return None
    outward = [i for i in inside if ctx.doc[i].head.i not in inside]
    words = [i for i in outward if not ctx.doc[i].is_punct]  # the marks attach anywhere: trust the words
    heads = sorted({ctx.doc[i].head.i for i in (words or outward)})
    best: "Token | None" = None
    for h in heads:
        v = _walk_to_cue(ctx, ctx.doc[h], qi, speech_nouns=False, strong_only=True)
        if v is None or v.i > max(inside) and not _reports_backwards(ctx, qi, v):
            continue
        if _object_elsewhere(ctx, v, inside):
            continue
        if best is None or abs(v.i - min(inside)) < abs(best.i - min(inside)):
            best = v
    if best is None:
        return None
    return _attr_from_cue(ctx, best, "dependency")


def _representative(ctx: _Ctx, v: "Token", a: _Attr) -> _Attr | None:
    """The person reporting for their own body: Berg in 'Berg, head of the X Union, said the union had
    called for "..."'.

    When the cue nearest to a partial quote has a body as subject and sits
    in the reported speech of an outer cue (or in a relative clause on the
    position noun the outer verb presents, see :func:`_restating_verb`)
    whose subject is a person
    introduced, in the same subject phrase, as holding an office in that very
    body, the quoted words come from that person, speaking for the body (the
    nested source of PARC, Pareti 2016, "PARC 3.0: A corpus of attribution
    relations"; the reporter quotes the one who spoke to them).  Another
    person as the inner subject keeps the nearest cue ('X said Y had called
    it "..."').

    Args:
        ctx: the document context.
        v: the nearest cue verb above the quote.
        a: its attribution.

    Returns:
        The outer cue's attribution, or None when the pattern does not hold.
    """
    if a.speaker is None or _is_person_mention(ctx, a.speaker):
        return None
    if v.dep_ == "ccomp":
        outer = v.head
        if not _is_cue(outer, strong_only=True):
            return None
    elif v.dep_ == "relcl":
        outer = _restating_verb(v)
        if outer is None:
            return None
    else:
        return None
    if ctx.seg_of(outer.i).start != ctx.seg_of(v.i).start:
        return None
    subj = _subject(ctx, outer)
    if subj is None or subj.i > outer.i:
        return None
    phrase = {t.i for t in subj.subtree}
    body = a.speaker.text.casefold()
    named = [n for n in ctx.names if n.first in phrase and not n.person and n.mention.text.casefold() == body]
    if not any(_holds_office_in(ctx, subj, ctx.doc[n.head]) for n in named):
        return None
    outer_a = _attr_from_cue(ctx, outer, a.sieve)
    if outer_a.speaker is None or not _is_person_mention(ctx, outer_a.speaker):
        return None
    return outer_a


#: Nouns for a body's standing wording, which its officers restate ("the position the board took").
POSITION_NOUNS = SPEECH_NOUNS | frozenset("line position formula mantra refrain stance".split())


def _restating_verb(v: "Token") -> "Token | None":
    """The verb that presents a body's wording: "referred them to the position the board took in May".

    A cue in a relative clause on a position noun ("line", "statement",
    "position") says whose wording it is; the clause's noun is the object
    (direct, or of a preposition) of an outer verb whose subject now voices
    it (PARC, Pareti 2016: the source of the attribution is the one who
    speaks to the reporter).

    Args:
        v: the cue verb, a relative clause.

    Returns:
        The outer verb, or None when the pattern does not hold or the verb is negated.
    """
    noun = v.head
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.casefold() not in POSITION_NOUNS:
        return None
    outer = noun.head
    if noun.dep_ == "pobj" and outer.dep_ == "prep":
        outer = outer.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if outer.pos_ != "VERB" or outer.lemma_.casefold() in RECEIVING_VERBS or _negated(outer):
        return None
    return outer


def _object_elsewhere(ctx: _Ctx, v: "Token", inside: set[int]) -> bool:
    """Tell whether a content cue has a noun object of its own and the quote is not its complement.

    "proclaimed the republic" says what was proclaimed: a quote elsewhere in
    the sentence ("treats it as its “provinces”; the Front proclaimed the
    republic") is not the proclamation.  "declared the vote “a sham”" (an
    object complement) and "announced a “special operation”" still count.
    """
    if v.lemma_.casefold() not in CONTENT_CUES:
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")
            and not ctx.quoted(c.i)]
    if not objs:
        return False
    first = min(inside)
    via = next((c for c in v.children if first in {t.i for t in c.subtree}), None)
    if via is None:
        return False
    return via not in objs and via.dep_ not in _COMPLEMENT_DEPS


def _reports_backwards(ctx: _Ctx, qi: int, v: "Token") -> bool:
    """Tell whether a cue after a quote reports the clause holding it ('... a "gap" ..., Berg told AFP').

    The cue must be in the quote's sentence, take no clause after itself, and
    the quote must not end a sentence of its own.
    """
    span = ctx.spans[qi]
    first = ctx.token_at(span.open)
    if ctx.seg_of(first).start != ctx.seg_of(v.i).start or _ends_sentence(ctx, span):
        return False
    return not any(c.i > v.i and c.dep_ in ("ccomp", "xcomp") and not ctx.quoted(c.i) for c in v.children)


def _according_to(ctx: _Ctx, qi: int) -> _Attr | None:
    """Sieve 4: "according to Anna Berg, ..." next to the quote in the same sentence.

    "according to a statement from the group" follows the text noun to its
    author (see :func:`_source_of`) and the role noun to its body; "according
    to her" resolves the object pronoun like a subject one.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.

    Returns:
        The attribution (its speaker may be None when the cue's subject
        resolves to no name), or None when the sieve finds no cue.
    """
    doc, span = ctx.doc, ctx.spans[qi]
    first = ctx.token_at(span.open)
    last = ctx.token_at(span.stop) - 1
    if first >= len(doc):
        return None
    lo = min(doc[first].sent.start, doc[max(last, first)].sent.start)
    hi = max(doc[first].sent.end, doc[max(last, first)].sent.end)
    for t in doc[lo:hi]:
        if t.lower_ != "according" or ctx.quoted(t.i):
            continue
        to = [c for c in t.children if c.lower_ == "to"]
        pobj = [c for c in to[0].children if c.dep_ == "pobj"] if to else []
        if not pobj:
            continue
        phrase = [x.i for x in t.subtree]
        p_lo, p_hi = min(phrase), max(phrase)
        between = range(p_hi + 1, first) if p_hi < first else range(last + 1, p_lo)
        if all(doc[i].is_punct or doc[i].is_space for i in between) or _according_frames_colon(ctx, t, p_hi, first) \
                or p_hi < first and _apposed_role_between(ctx, between):
            if _is_outlet(ctx, pobj[0]):
                return _Attr(_outlet_author(ctx, qi, t), "according to", "according", t.i)
            obj = pobj[0]
            if obj.lower_ in OBJECT_PRONOUNS:  # "According to her, ...": an object pronoun
                return _Attr(_resolve_pronoun(ctx, obj), "according to", "according", t.i)
            return _Attr(_speaker(ctx, obj, via_cue=True), "according to", "according", t.i)
    return _in_words_of(ctx, lo, hi, first, last)


def _apposed_role_between(ctx: _Ctx, between: range) -> bool:
    """Tell whether the tokens between "According to X" and its quote are X's role set off by commas.

    'According to Ana Roe, Peru's envoy in Quito, "..."': the parser often
    makes the role phrase the subject of the quoted clause, yet on the
    surface it is an appositive of the source (the Quote-Mention trigram
    of CoreNLP's quote attribution, read through the appositive, as in
    :func:`_role_phrase_after_quote`).

    Args:
        ctx: the document context.
        between: the token range from after the "according to" phrase to the quote's opening mark.

    Returns:
        True when the range is ", <phrase> ," whose phrase is outside quotes, holds a role word and no verb
        or further punctuation.
    """
    toks = [ctx.doc[i] for i in between if not ctx.doc[i].is_space]
    if len(toks) < 3 or toks[0].text != "," or toks[-1].text != ",":
        return False
    phrase = toks[1:-1]
    return len(phrase) <= 12 and any(_role_word(ctx, t) for t in phrase) and not any(  # ("spokesman for the X of Y")
        ctx.quoted(t.i) or t.pos_ in _VERBAL or t.is_punct and t.text not in ("-", "'s", "’s") for t in phrase)


def _in_words_of(ctx: _Ctx, lo: int, hi: int, first: int, last: int) -> _Attr | None:
    """'In Lind's words, "..."' or '"...," in the words of Lind': the owner of the words speaks.

    A stock attribution of English news writing, read like "according to"
    (sieve 4): the phrase "in X's words" / "in the words of X" must stand
    right before or after the quote, with only punctuation between.

    Args:
        ctx: the document context.
        lo, hi: the token range of the quote's sentence(s).
        first, last: the first and last token of the quote.

    Returns:
        The attribution (its speaker may be None), or None when no such phrase is there.
    """
    doc = ctx.doc
    for t in doc[lo:hi]:
        if t.lower_ != "words" or ctx.quoted(t.i) or t.head.lower_ != "in" or t.dep_ != "pobj":
            continue
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in t.children if c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if owner is None or owner.pos_ == "PRON" and owner.lower_ not in ("his", "her"):
            continue
        phrase = [x.i for x in t.head.subtree]
        p_lo, p_hi = min(phrase), max(phrase)
        between = range(p_hi + 1, first) if p_hi < first else range(last + 1, p_lo)
        if not all(doc[i].is_punct or doc[i].is_space for i in between):
            continue
        if owner.lower_ in ("his", "her"):
            return _Attr(_resolve_pronoun(ctx, owner), "in the words of", "according", t.i)
        return _Attr(_speaker(ctx, owner, via_cue=True), "in the words of", "according", t.i)
    return None


def _according_frames_colon(ctx: _Ctx, according: "Token", p_hi: int, first: int) -> bool:
    """Tell whether "According to X," opens a clause that ends in a colon before the quote.

    'According to Prof. Lind, the plan has one flaw: "..."': the source
    phrase scopes over its whole sentence, and the colon hands the sentence
    on to the quote, so the quoted words are X's as much as the paraphrase
    (the "according to" sieve of CoreNLP's quote attribution, with the colon
    sieve's reading of "clause: quote").  The phrase must open its sentence,
    the clause must hang on the same verb, hold no cue verb of its own, no
    person subject ('According to police, the man shouted: "..."' is the
    man's) and no written label, and end in the colon right before the quote.

    Args:
        ctx: the document context.
        according: the "according" token.
        p_hi: the last token of the "according to" phrase.
        first: the quote's first token (its opening mark).

    Returns:
        True when the quote completes such a sentence.
    """
    doc = ctx.doc
    if p_hi >= first:
        return False
    k = first - 1
    while k > p_hi and doc[k].is_space:
        k -= 1
    if doc[k].text != ":" or ctx.quoted(k):
        return False
    b = according.i - 1
    while b >= 0 and doc[b].is_space:
        b -= 1
    if b >= 0 and not (doc[b].text in (".", "!", "?") or ctx.para_of(doc[b].idx) != ctx.para_of(according.idx)):
        return False  # the phrase must open its sentence
    clause = doc[p_hi + 1:k]
    if not len(clause) or any(ctx.quoted(x.i) or x.text in (".", "!", "?", ";") or _is_cue(x)
                              or x.lemma_.casefold() in LABEL_NOUNS | RECEIVING_VERBS for x in clause):
        return False
    verb = according.head
    if verb.pos_ not in _VERBAL or not p_hi < verb.i < k:
        return False
    subj = _subject(ctx, verb)
    if subj is None or not p_hi < subj.i < k:
        return False
    m = _speaker(ctx, subj)
    return subj.lower_ not in PERSON_PRONOUNS and not _person_noun(ctx, subj) \
        and (m is None or not _is_person_mention(ctx, m))


#: Nouns that make "according to the state news agency X" name a medium, not a speaker.
MEDIA_NOUNS = frozenset("""agency newspaper paper broadcaster television tv radio channel outlet daily
    website wire media press magazine tabloid""".split())


def _is_outlet(ctx: _Ctx, tok: "Token") -> bool:
    """Tell whether "according to" names a media outlet: a gazetteer outlet or "the (state) news agency X"."""
    phrase = [t for t in tok.subtree if not ctx.quoted(t.i)]
    if any(t.lemma_.casefold() in MEDIA_NOUNS and t.pos_ == "NOUN" for t in phrase):
        return True
    if ctx.gaz is None:
        return False
    names = {ctx.ent_of[t.i].text for t in phrase if t.i in ctx.ent_of} | {tok.text}
    return any((e := ctx.gaz.lookup(n)) is not None and e.outlet for n in names)


def _outlet_author(ctx: _Ctx, qi: int, according: "Token") -> Mention | None:
    """The author of a statement that an outlet reports: '"...", according to the news agency X'.

    The outlet is the source, not the speaker.  The author is the subject of
    the verb that governs the quote in its sentence ("the ministry praised
    the annexations as "..."", "the ministry said"), else the subject of a
    cue verb at the root of the previous sentence in the paragraph; it must
    resolve to a name (no outlet again), else there is no speaker.
    """
    doc = ctx.doc
    inside = set(_span_tokens(ctx, qi))
    verb = None
    for i in sorted(inside):
        h = doc[i].head
        for _ in range(8):
            if h.i not in inside and h.pos_ in _VERBAL and not ctx.quoted(h.i) and h.i != according.i:
                verb = h
                break
            if h.head.i == h.i:
                break
            h = h.head
        if verb is not None:
            break
    subj = _subject(ctx, verb) if verb is not None else None
    if subj is None:
        seg = ctx.seg_of(min(inside))
        if seg.start > 0 and ctx.para_of(doc[seg.start - 1].idx) == ctx.para_of(doc[seg.start].idx):
            prev = ctx.seg_of(seg.start - 1)
            if _is_cue(prev.root) and not ctx.quoted(prev.root.i):
                subj = _subject(ctx, prev.root)
    m = _speaker(ctx, subj) if subj is not None else None
    if m is None or ctx.gaz is not None and (e := ctx.gaz.lookup(m.text)) is not None and e.outlet:
        return None
    return m


def _colon_intro(ctx: _Ctx, qi: int) -> _Attr | None:
    """Sieve 4b (CoreNLP colon sieve): 'He was blunt about it: "..."', whatever the verb.

    A clause that ends in a colon right before a quote introduces its
    subject's words when that subject is a person (a name, a pronoun, a role
    resolved to a person, "One of them, X,", or "her answer", "Berg's
    verdict", also verbless: "His verdict: ...").  A one-word subject the
    tagger read as a body counts when it is the given name of a person
    named before (see :func:`_given_name_full`).  Any other subject ("The
    headline read: ..."), clauses about a written label ("He held up a sign:
    ...") and relayed or received words ("She quoted the poet: ...", "He
    found a note: ...") give nothing.  The quote must end like a sentence.
    When a relative clause with its own subject ends at the colon ("..., a
    point the minister made on Friday:"), its subject speaks if it is a
    person (see :func:`_colon_ends_relative_clause`); else the main clause's.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.

    Returns:
        The attribution with a person speaker, or None.
    """
    doc, span = ctx.doc, ctx.spans[qi]
    k = ctx.token_at(span.open) - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text != ":" or ctx.quoted(k) or ctx.quoted(k - 1) or not _ends_sentence(ctx, span):
        return None
    seg = ctx.seg_of(k)
    t = doc[k - 1]
    verb = t if t.pos_ in _VERBAL else None
    rel = None  # "..., a point the minister made on Friday:": the relative clause ending at the colon
    who = None  # "X, who read a statement to the crews:": a speaking relative clause on the speaker
    for _ in range(12):
        if rel is None and _colon_ends_relative_clause(ctx, t, k):
            rel = t
        if who is None and rel is None and _speaking_relative_at_colon(ctx, t, k):
            who = t
        h = t.head
        if h.i == t.i or ctx.quoted(h.i) or not seg.start <= h.i < k or _clause_break_between(ctx, t.i, h.i):
            break
        t = h
        if t.pos_ in _VERBAL:
            verb = t
    if verb is None:  # a verbless heading: "His verdict: "...""
        if t.pos_ == "NOUN" and t.lemma_.casefold() in SPEECH_NOUNS and (t.head.i == t.i or ctx.quoted(t.head.i)):
            verb = t
        elif (name := _name_heading(ctx, seg, k)) is not None:
            m = _colon_person(ctx, name, seg, k)  # "11:05 - Lind again, on the phone:": the name leads a fragment
            return None if m is None else _Attr(m, None, "colon", name.i)
        else:
            return None
    clause = doc[seg.start:k]
    if who is not None and not any(ctx.quoted(x.i) or x.lemma_.casefold() in LABEL_NOUNS for x in clause):
        m = _colon_person(ctx, who.head, seg, k)
        if m is not None:
            return _Attr(m, None, "colon", who.i)
    if any(ctx.quoted(x.i) or x.lemma_.casefold() in LABEL_NOUNS or x.pos_ == "VERB" and x.lemma_.casefold()
           in RECEIVING_VERBS and not (x.i == verb.i and _reads_out_statement(ctx, x)) for x in clause):
        return None
    if rel is not None:  # its own subject speaks when it is a person; else the main clause's
        m = _colon_person(ctx, _subject(ctx, rel), seg, k)
        if m is not None:
            return _Attr(m, None, "colon", rel.i)
    said = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.casefold() in SPEECH_NOUNS
                 and any(o.dep_ == "poss" for o in c.children)), None) if verb.lemma_ == "be" else None
    pointer = _subject(ctx, verb) if said is not None else None
    if said is not None and (pointer is None or pointer.lower_ in ("this", "that", "these", "those")):
        verb = said  # "Those were Lind's words:": the words' owner speaks, as in "Lind's words:"
    m = _colon_person(ctx, verb if verb.pos_ == "NOUN" else _subject(ctx, verb), seg, k, bodies=True)
    if m is None and verb.tag_ in ("VBG", "VBN") and (name := _name_heading(ctx, seg, k)) is not None:
        m = _colon_person(ctx, name, seg, k)  # "Lind again, speaking after the call:": no finite verb
        return None if m is None else _Attr(m, None, "colon", name.i)
    return None if m is None else _Attr(m, None, "colon", verb.i)


def _name_heading(ctx: _Ctx, seg: "Span", colon: int) -> "Token | None":
    """The name that opens a verbless clause before a colon, followed only by its circumstances.

    Live blogs and briefs introduce a quote with a fragment that opens with
    the speaker's name and has no verb ("11:05 - Lind again, on the phone a
    moment ago:", "Ana Lind on the budget:"); CoreNLP's colon sieve gives
    such a quote to the mention before the colon (Muzny et al. 2017).  Only
    a run of proper nouns opening the fragment counts, with nothing before it
    but a time stamp, numbers and punctuation, and no verb, quote or other
    proper noun after it; a participle is fine ("Lind again, speaking after
    the call:").  The caller checks the name is a person's.

    Args:
        ctx: the document context.
        seg: the clause's sentence segment.
        colon: index of the colon.

    Returns:
        The last word of the name, or None.
    """
    doc = ctx.doc
    lo = seg.start
    while lo < colon and (doc[lo].is_punct or doc[lo].is_space or doc[lo].like_num or doc[lo].pos_ == "NUM"):
        lo += 1
    hi = lo
    while hi < colon and doc[hi].pos_ == "PROPN" and not ctx.quoted(hi):
        hi += 1
    if hi == lo or hi - lo > 3 or hi >= colon:
        return None
    if any(x.pos_ in _VERBAL and x.tag_ not in ("VBG", "VBN") or ctx.quoted(x.i) or x.pos_ == "PROPN"
           for x in doc[hi:colon]):
        return None  # a finite verb: a clause, not a heading ("Lind, speaking later:" has none)
    return doc[hi - 1]


def _colon_person(ctx: _Ctx, subj: "Token | None", seg: "Span", colon: int, bodies: bool = False) -> Mention | None:
    """The person a colon clause's subject names (see :func:`_colon_intro`).

    Args:
        ctx: the document context.
        subj: the clause's subject head (or a speech noun), or None.
        seg: the clause's sentence segment.
        colon: index of the colon.
        bodies: also accept a body's full name headed by a body noun (see :func:`_body_named_by_noun`).

    Returns:
        The person's mention, or None.
    """
    if subj is None or not seg.start <= subj.i < colon or ctx.quoted(subj.i):
        return None
    m = _introducer(ctx, subj)
    if m is not None and not _is_person_mention(ctx, m) and _given_name_read_as_body(m) \
            and _given_name_full(ctx, m) is not None:
        m = dataclasses.replace(m, label="PERSON")  # "Ana was blunt:" after "Ana Lind", read as a body
    if m is None:
        m = _name_word_read_as_place(ctx, subj)  # "Ruiz was blunt:" after "Ana Ruiz Lind", read as a place
    if bodies and m is not None and m.label == "ORG" and _body_named_by_noun(ctx, m):
        return m  # "The Embassy of X in Y went further:": a body named by its body noun speaks
    if m is None or not _is_person_mention(ctx, m):
        return None
    return m


def _body_named_by_noun(ctx: _Ctx, m: Mention) -> bool:
    """Tell whether an organisation's name holds a body noun ("Embassy of X", "Tolsby Dockers' Union").

    Such a name cannot be a misread person's name (the head-noun typing of
    Lee et al. 2013), so a colon clause it leads introduces the body's words.

    Args:
        ctx: the document context.
        m: an ORG mention.

    Returns:
        True when the name has two capitalised words or more, one of them a body noun, and no honorific.
    """
    words = [w.strip("’'.,") for w in m.text.split()]
    if sum(w[:1].isupper() for w in words) < 2:
        return False  # "the Board took:": a bare body noun names no body of its own
    return not m.kb_id and not _is_person_mention(ctx, m) and not _maybe_person(m) and any(
        w[:1].isupper() and w.casefold() in ORG_NOUNS for w in words) and not any(
        w.casefold() in HONORIFICS for w in words)


def _colon_ends_relative_clause(ctx: _Ctx, t: "Token", colon: int) -> bool:
    """Tell whether a verb heads a relative clause with a named subject that a colon ends.

    "Borduria offered to share the tolls, an idea the minister welcomed on Friday:
    "..."": the clause the colon closes is the relative clause, so its own
    subject ("the minister"), not the subject of the main clause it hangs on
    ("Both sides"), introduces the quote.  The colon sieve of CoreNLP's quote
    attribution (Muzny et al. 2017) takes the speaker from the clause right
    before the colon; a relative clause with its own nominal subject is such
    a clause (the small parser labels some such contact clauses "acl"; with a
    subject of their own they are relative clauses).  A clause whose subject
    is a relative pronoun ("..., which was read out:") is left to the main
    clause.

    Args:
        ctx: the document context.
        t: a token on the climb from the colon to the sentence root.
        colon: index of the colon.

    Returns:
        True when t is such a relative-clause verb ending at the colon.
    """
    if t.dep_ not in ("relcl", "acl") or t.pos_ not in _VERBAL or ctx.quoted(t.i):
        return False
    if max(x.i for x in t.subtree) != colon - 1:
        return False
    subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and not ctx.quoted(c.i)]
    return len(subjects) == 1 and subjects[0].pos_ in ("NOUN", "PROPN", "PRON") \
        and subjects[0].lower_ not in RELATIVE_PRONOUNS


def _speaking_relative_at_colon(ctx: _Ctx, t: "Token", colon: int) -> bool:
    """Tell whether a "who" clause that speaks ends at the colon: "..., X, who read a statement to the crews:".

    The colon sieve of CoreNLP's quote attribution (Muzny et al. 2017) takes
    the speaker from the clause right before the colon; when that clause is
    a relative clause on a person with "who" as subject and a speech verb
    ("who told reporters:", "who read a statement:"), the person it hangs on
    speaks, whatever the main clause says ("... leaving X, who
    ...:").  Reading a text with another author stays relayed words (see
    :func:`_reads_out_statement`).

    Args:
        ctx: the document context.
        t: a token on the climb from the colon to the sentence root.
        colon: index of the colon.

    Returns:
        True when t is such a relative-clause verb ending at the colon.
    """
    if t.dep_ != "relcl" or t.pos_ != "VERB" or ctx.quoted(t.i) or max(x.i for x in t.subtree) != colon - 1:
        return False
    subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
    if len(subjects) != 1 or subjects[0].lower_ != "who" or t.head.pos_ != "PROPN":
        return False
    return _reads_out_statement(ctx, t) or _is_cue(t, strong_only=True) or _speech_verb(t)


#: Nouns for a text its reader issues on their own or their body's behalf ("read a statement:").
READ_OUT_NOUNS = frozenset("statement declaration communique communiqué".split())
#: Prepositions that give a read-out text another author ("a statement from the minister", "by", "of").
_AUTHOR_PREPS = frozenset("from by of".split())


def _name_word_read_as_place(ctx: _Ctx, subj: "Token") -> Mention | None:
    """A one-word subject tagged as a place that takes up a person's full name named before.

    The small model tags unusual surnames as places; with no cue verb to
    show it is a name (see :func:`_misread_place`), the word is still a
    person's when it is the first or an inner word of exactly one full
    person name of the article introduced before it ("Ana Ruiz Lind ...
    Ruiz was blunt:"), as in CoreNLP's mention-to-speaker step (see
    :func:`_given_name_full` and :func:`_inner_name_full`), or the last word
    of exactly one such name ("Ana Lind ... Lind was just as blunt:", see
    :func:`_surname_of_one_person`).

    Args:
        ctx: the document context.
        subj: the subject of a colon clause.

    Returns:
        A one-word PERSON mention (its full name is filled in later), or None.
    """
    ent = ctx.ent_of.get(subj.i)
    if subj.pos_ != "PROPN" or ent is None or len(ent) != 1 or not _misread_place(ctx, ent):
        return None
    m = _mention(ctx, subj.i, subj.i + 1, "PERSON")
    if m is None or (_given_name_full(ctx, m) or _inner_name_full(ctx, m)) is None and \
            not _surname_of_one_person(ctx, subj):
        return None
    return m


def _reads_out_statement(ctx: _Ctx, v: "Token") -> bool:
    """Tell whether "read" reads out the subject's own statement: "X, the spokesman, read a statement:".

    A spokesperson reading a statement before a colon voices it, the way a
    speech-noun object makes a cue of "offered this opinion:" (CoreNLP's
    colon sieve with a verb-object cue); a poem, a letter or any text with
    another author ("a statement from the minister", "the court's
    statement") stays relayed words.  The statement is the verb's object or
    the object of "read from"; it may have a possessive pronoun ("his
    statement") but no named possessor and no "from"/"by"/"of" phrase on
    it or on the verb.

    Args:
        ctx: the document context.
        v: a verb whose lemma is "read".

    Returns:
        True when the verb reads out an authorless statement.
    """
    if v.lemma_.casefold() != "read" or v.pos_ != "VERB":
        return False
    nouns = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    nouns += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
              for g in c.children if g.dep_ == "pobj"]
    if len(nouns) != 1 or nouns[0].lemma_.casefold() not in READ_OUT_NOUNS or ctx.quoted(nouns[0].i):
        return False
    noun = nouns[0]
    after = [c for c in v.children if c.i > noun.i]  # not the "from" of "read from a statement"
    if any(c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS for c in (*noun.children, *after)):
        return False
    return all(c.pos_ == "PRON" for c in noun.children if c.dep_ == "poss")


def _definite_person_nominal(ctx: _Ctx, k: int, forward: bool) -> tuple[int, int] | None:
    """A definite role or age nominal next to a frame verb: "the headman", "the 57-year-old".

    News copy takes a person up by role or age in the speech frame
    ('"...," the 57-year-old sighed', '"...," the headman mused'); the
    trigram patterns of CoreNLP's quote-attribution sieves (Muzny et al.
    2017) read such a nominal mention like a name.  The phrase is "the",
    optional modifiers and a singular head that is a person noun, a title or
    an age ("the 57-year-old"); its last word is the phrase's head, which
    :func:`_speaker` resolves to the person it takes up.

    Args:
        ctx: the document context.
        k: the token next to the verb (the phrase's first token when
            ``forward``, else its last).
        forward: read the phrase from k rightwards or leftwards.

    Returns:
        The phrase's first and last token indices, or None.
    """
    doc = ctx.doc
    if forward:
        lo, hi = k, k
        while hi + 1 < len(doc) and hi - lo < 6 and doc[hi + 1].pos_ != "VERB" and not ctx.quoted(hi + 1):
            hi += 1
        if hi + 1 >= len(doc) or doc[hi + 1].pos_ != "VERB":
            return None
    else:
        lo, hi = k, k
        while lo > 0 and hi - lo < 6 and doc[lo].lower_ != "the" and not ctx.quoted(lo - 1):
            lo -= 1
    if doc[lo].lower_ != "the" or lo == hi or any(
            ctx.quoted(t.i) or t.is_space or t.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PUNCT")
            or t.is_punct and t.text != "-" or t.i > lo and t.pos_ == "DET" for t in doc[lo:hi + 1]):
        return None
    head = doc[hi]
    if _age_of(head):
        return lo, hi
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not _person_noun(ctx, head) \
            and head.lemma_.casefold() not in {w for n in getattr(ctx, "names", ()) if n.person for w in n.context}:
        return None
    return lo, hi


def _bare_subject(ctx: _Ctx, k: int, forward: bool) -> tuple[int, int] | None:
    """The subject phrase of a bare trigram: "she", a short run of capitalised names and titles (an
    honorific with its period included: "Dr. Berg"), or a definite role or age nominal (see
    :func:`_definite_person_nominal`).

    Args:
        ctx: the document context.
        k: the token next to the verb (before it when ``forward`` is False).
        forward: read the phrase from k rightwards (trailing trigram) or leftwards (leading one).

    Returns:
        The phrase's first and last token indices, or None.
    """
    doc = ctx.doc
    if not 0 <= k < len(doc) or ctx.quoted(k):
        return None
    if doc[k].lower_ in PERSON_PRONOUNS:
        return k, k
    definite = _definite_person_nominal(ctx, k, forward)
    if definite is not None:
        return definite
    step = 1 if forward else -1
    run: list[int] = []
    while 0 <= k < len(doc) and len(run) < 5 and not ctx.quoted(k) \
            and (doc[k].is_alpha or doc[k].lower_ in HONORIFICS) \
            and doc[k].text[:1].isupper() and (doc[k].pos_ == "PROPN" or doc[k].lower_.rstrip(".") in HONORIFICS
                                               or doc[k].lower_ in ctx.titles):
        run.append(k)
        k += step
    if not run or not any(doc[i].pos_ == "PROPN" for i in run):
        return None
    return min(run), max(run)


def _manner_cue(ctx: _Ctx, qi: int) -> _Attr | None:
    """Sieve 4c: a bare trigram with any verb, '"...," Berg thundered.' or 'she laughs, "..."'.

    The trigram patterns Quote-Mention-Verb and Mention-Verb-Quote of
    CoreNLP's quote-attribution sieves (Muzny et al. 2017) read the verb
    next to the quote as its frame, whatever the verb.  Here a verb that is
    not a listed cue counts only in the barest frame: a person subject (a
    pronoun or a name) and the verb, nothing else; the quote runs on into
    that frame (it ends in a comma, "?" or "!" before a trailing frame, a
    comma stands between a leading frame and the quote); the verb takes no
    object or complement of its own; and the parser hangs the quote's words
    on it (or hangs the verb on the quote's words, the frame read upside
    down).  Verbs that relay or receive words ("read", "heard") never count.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.

    Returns:
        The attribution with a person speaker, or None.
    """
    doc, span = ctx.doc, ctx.spans[qi]
    inside = set(_span_tokens(ctx, qi))
    if not inside:
        return None
    para_end = ctx.paras[ctx.para_of(span.open)][1]

    def frame_verb(v: "Token") -> bool:
        return (v.pos_ == "VERB" and v.tag_ in ("VBD", "VBZ", "VBP") and not ctx.quoted(v.i)
                and v.lemma_.casefold() not in RECEIVING_VERBS and v.idx < para_end
                and (any(doc[i].head.i == v.i and not doc[i].is_punct for i in inside) or v.head.i in inside))

    subj = v = None
    content = ctx.text[span.start:span.stop].rstrip(_MARKS + " \n")
    j = ctx.token_at(span.stop)
    if j < len(doc) and doc[j].text == "," and not ctx.quoted(j):
        content, j = content + ",", j + 1  # '"...", Berg thundered': the comma after the mark
    if content[-1:] in (",", "?", "!") and j < len(doc):
        phrase = _bare_subject(ctx, j, forward=True)
        if phrase is not None and phrase[1] + 1 < len(doc):
            v = doc[phrase[1] + 1]
            k = v.i + 1
            while k < len(doc) and doc[k].pos_ == "ADV" and not ctx.quoted(k):
                k += 1
            ends = k >= len(doc) or doc[k].idx >= para_end or ctx.quoted(k) or doc[k].text in (".", "!", ",")
            if frame_verb(v) and ends and (v.head.i == v.i or v.head.i in inside) and doc[phrase[1]].head.i == v.i \
                    and not _introduces_next(ctx, v):
                subj = doc[phrase[1]]
    if subj is None:
        k = ctx.token_at(span.open) - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 2 or doc[k].text != "," or ctx.quoted(k - 1):
            return None
        v = doc[k - 1]
        phrase = _bare_subject(ctx, k - 2, forward=False)
        if phrase is None or not frame_verb(v) or doc[phrase[1]].head.i != v.i:
            return None
        b = phrase[0] - 1
        while b >= 0 and doc[b].is_space:
            b -= 1
        if not (b < 0 or doc[b].text in (",", ".", "!", "?") or ctx.quoted(b)
                or ctx.para_of(doc[b].idx) != ctx.para_of(span.open)):
            return None
        subj = doc[phrase[1]]
    if ctx.para_of(subj.idx) != ctx.para_of(span.open):
        return None
    m = _introducer(ctx, subj) if subj.lower_ in PERSON_PRONOUNS else _speaker(ctx, subj, via_cue=True)
    if m is None or not _is_person_mention(ctx, m):
        return None
    return _Attr(m, v.lemma_.casefold(), "manner", v.i)


def _introducer(ctx: _Ctx, subj: "Token") -> Mention | None:
    """The person a colon clause's subject stands for: "she", "Berg", "the minister", "his answer".

    A title with a portfolio whose name the parser folded into the object of
    "of"/"for" ("Mayor of X Ana Lind welcomed it: ...") gives that name, as
    it does for a cue's subject (see :func:`_portfolio_name`): CoreNLP's
    colon sieve treats the colon as the cue.
    """
    if subj.lower_ in PERSON_PRONOUNS:
        return _resolve_pronoun(ctx, subj)
    if subj.pos_ == "NOUN" and subj.lemma_.casefold() in SPEECH_NOUNS:
        poss = [c for c in subj.children if c.dep_ == "poss"]
        if len(poss) != 1:
            return None
        if poss[0].lower_ in ("his", "her"):
            return _resolve_pronoun(ctx, poss[0])
        return _speaker(ctx, poss[0], depth=1)
    m = _speaker(ctx, subj)
    if m is None and subj.dep_ == "nsubj":
        m = _portfolio_name(ctx, subj)
    return m


def _gap_is_cue_clause(ctx: _Ctx, prev: _Attr, lo: int, hi: int) -> bool:
    """Tell whether tokens [lo, hi) are only punctuation, 'and', or the previous quote's cue clause."""
    clause: set[int] = set()
    if prev.cue_tok >= 0:
        v = ctx.doc[prev.cue_tok]
        clause = {t.i for t in v.subtree}
        clause.add(v.i)
        if v.dep_ in ("advcl", "xcomp", "conj") or v.dep_ == "amod" and v.tag_ == "VBD":
            # (a cue read as a modifier of its object: "the 63-year-old told reporters at the pier")
            clause |= {t.i for t in v.head.subtree if not ctx.quoted(t.i)}
        seg = ctx.seg_of(v.i)
        clause = {i for i in clause if seg.start <= i < seg.end}  # the parse may run into the next sentence
        clause |= _manner_participle(ctx, v, lo, hi)
    for i in range(lo, hi):
        t = ctx.doc[i]
        if t.is_punct or t.is_space or t.pos_ == "CCONJ" or ctx.quoted(i) or i in clause:
            continue
        return False
    return True


def _manner_participle(ctx: _Ctx, v: "Token", lo: int, hi: int) -> set[int]:
    """The participle phrase closing a cue's sentence: "shaking her head" in '"...," X said, shaking her head.'

    The parser often hangs such a phrase on a word inside the quote, outside
    the cue's subtree; on the surface it follows the cue after a comma and
    describes the speaker's manner, so it belongs to the cue clause.  The
    phrase names nobody (no proper noun) and holds no finite verb.

    Args:
        ctx: the document context.
        v: the previous quote's cue verb.
        lo, hi: the gap between the two quotes.

    Returns:
        The phrase's token indices, or an empty set.
    """
    seg = ctx.seg_of(v.i)
    own = {t.i for t in v.subtree}
    k = max(lo, v.i + 1)
    while k < hi and k < seg.end and k in own and ctx.doc[k].text != ",":
        k += 1
    if k + 1 >= hi or ctx.doc[k].text != "," or ctx.doc[k + 1].tag_ not in ("VBG", "VBN"):
        return set()
    end = k + 1
    while end < min(hi, seg.end) and not ctx.quoted(end) and ctx.doc[end].text not in (".", "!", "?", ";"):
        end += 1
    words = ctx.doc[k + 1:end]
    if any(t.pos_ == "PROPN" or t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words):
        return set()
    return set(range(k, end))


def _continues_paragraph(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Sieve 5: a quote right after an attributed quote of the same paragraph.

    '"...," he said. "..."' and '"..." and "..."': only the previous quote's cue
    clause, punctuation or a conjunction may stand between them.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.
        attrs: the attributions of the spans before it.

    Returns:
        The attribution (its speaker may be None when the cue's subject
        resolves to no name), or None when the sieve finds no cue.
    """
    if qi == 0:
        return None
    prev = attrs[qi - 1]
    span, pspan = ctx.spans[qi], ctx.spans[qi - 1]
    if prev is None or prev.speaker is None or ctx.para_of(pspan.open) != ctx.para_of(span.open):
        return None
    if not _gap_is_cue_clause(ctx, prev, ctx.token_at(pspan.stop), ctx.token_at(span.open)):
        return None
    return _Attr(prev.speaker, prev.cue, "continuation", prev.cue_tok)


def _only_quotes(ctx: _Ctx, para: int) -> bool:
    """Tell whether a paragraph holds nothing but quotations and punctuation."""
    lo, hi = ctx.paras[para]
    i = ctx.token_at(lo)
    while i < len(ctx.doc) and ctx.doc[i].idx < hi:
        t = ctx.doc[i]
        if not (ctx.quoted(i) or t.is_punct or t.is_space):
            return False
        i += 1
    return True


def _ends_sentence(ctx: _Ctx, span: QuoteSpan) -> bool:
    """Tell whether a quote ends with sentence punctuation (headings do not)."""
    tail = ctx.text[span.start:min(span.stop + 1, len(ctx.text))].rstrip()
    return bool(re.search(r"[.!?…]\W*$", tail))


def _continues_previous_paragraph(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Sieve 6 (CoreNLP paragraph/conversation sieves): a quote-only paragraph with no cue.

    It continues the speaker of the previous paragraph's last quote when that
    quote was attributed, uses the same kind of marks (a heading in single
    marks after a quote in double marks is no continuation), ends the previous
    paragraph (only its cue clause may follow it), and this quote ends like a
    sentence.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.
        attrs: the attributions of the spans before it.

    Returns:
        The attribution (its speaker may be None when the cue's subject
        resolves to no name), or None when the sieve finds no cue.
    """
    if qi == 0:
        return None
    span, pspan = ctx.spans[qi], ctx.spans[qi - 1]
    para = ctx.para_of(span.open)
    if ctx.para_of(pspan.open) != para - 1 or not _only_quotes(ctx, para):
        return None
    prev = attrs[qi - 1]
    if prev is None or prev.speaker is None or pspan.kind != span.kind or not _ends_sentence(ctx, span):
        return None
    if pspan.group == span.group:
        return None
    if not _gap_is_cue_clause(ctx, prev, ctx.token_at(pspan.stop), ctx.token_at(ctx.paras[para - 1][1])):
        return None
    return _Attr(prev.speaker, prev.cue, "paragraph", prev.cue_tok)


def _reported_speech_before(ctx: _Ctx, k: int) -> "Token | None":
    """The cue of a sentence of indirect speech ending at token k ("Berg said the plan failed.")."""
    doc = ctx.doc
    v = doc[k].head
    para = ctx.para_of(doc[k].idx)
    for _ in range(6):
        if v.head.i == v.i or ctx.para_of(v.head.idx) != para or ctx.quoted(v.head.i):
            break
        v = v.head
    if ctx.quoted(v.i) or not _is_cue(v, strong_only=True):
        return None
    if not any(c.dep_ == "ccomp" and not ctx.quoted(c.i) for c in v.children):
        return None
    if any(ctx.quoted(t.i) for t in v.subtree):
        return None
    return v


def _whole_sentence(ctx: _Ctx, span: QuoteSpan) -> bool:
    """Tell whether a quote makes up its whole sentence (only punctuation outside it)."""
    doc = ctx.doc
    para_end = ctx.paras[ctx.para_of(span.open)][1]
    i = ctx.token_at(span.stop)
    while i < len(doc) and doc[i].idx < para_end:
        t = doc[i]
        if t.text in (".", "!", "?"):
            return True
        if not (t.is_punct or t.is_space or ctx.quoted(i)):
            return False
        i += 1
    return True


def _after_reported_speech(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Sieve 7: a quote-only sentence right after indirect speech by a named speaker.

    'Anna Berg said the plan had failed. "We warned them for years."'  The
    previous sentence (in the same paragraph, or ending the previous
    paragraph for a quote-only paragraph) must be indirect speech: a cue verb
    at its root with a that-clause and no quotation of its own.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.
        attrs: the attributions of the spans before it.

    Returns:
        The attribution (its speaker may be None when the cue's subject
        resolves to no name), or None when the sieve finds no cue.
    """
    doc, span = ctx.doc, ctx.spans[qi]
    k = ctx.token_at(span.open) - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0 or ctx.quoted(k) or doc[k].text not in (".", "!", "?") or not _whole_sentence(ctx, span):
        return None
    para, prev_para = ctx.para_of(span.open), ctx.para_of(doc[k].idx)
    if prev_para != para and not (prev_para == para - 1 and _only_quotes(ctx, para) and span.kind == "double"
                                  and _word_count(ctx, span) > 3 and _ends_sentence(ctx, span)):
        return None
    v = _reported_speech_before(ctx, k)
    if v is None:
        return None
    a = _attr_from_cue(ctx, v, "reported-speech")
    return a if a.speaker is not None else None


# ---------------------------------------------------------------- filters

_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs)\b")


def _introduced_speaker(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Sieve 8 (CoreNLP's closest-mention sieve, narrowed): a cue-less quote paragraph after a profile.

    'Among those at the meeting was Ida Holm, 80, who ... She came with her
    son.' followed by a paragraph that is only a quotation in the first
    person: the paragraph before, which holds no quotation, introduces the
    speaker.  Every sentence of that paragraph must have a person as its
    main subject, all the same person (pronouns resolved), and the quote
    must open its paragraph, end like a sentence and speak as "I"/"we".

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.
        attrs: the attributions of the spans before it.

    Returns:
        The attribution without a cue, or None.
    """
    span = ctx.spans[qi]
    para = ctx.para_of(span.open)
    if span.kind == "double" and _word_count(ctx, span) > 3 and not _only_quotes(ctx, para):
        return _characterised_speaker(ctx, qi)
    if para == 0 or qi > 0 and ctx.spans[qi - 1].group == span.group or not _only_quotes(ctx, para) \
            or span.kind != "double" or _word_count(ctx, span) <= 3:
        return None
    if ctx.text[ctx.paras[para][0]:span.open].strip() or not _FIRST_PERSON.search(ctx.text[span.start:span.end]):
        return None
    lo, hi = ctx.paras[para - 1]
    first, last = ctx.token_at(lo), ctx.token_at(hi)
    if first >= last or any(ctx.quoted(i) for i in range(first, last)):
        return None
    speaker, key, k = None, None, first
    while k < last:
        seg = ctx.seg_of(k)
        k = max(seg.end, k + 1)
        if all(t.is_space or t.is_punct for t in seg):
            continue
        subj = _main_subject(ctx, seg, seg.end)
        m = _speaker(ctx, subj, depth=1) if subj is not None else None
        if m is not None and any(t.lower_ in _OWN_PRONOUNS and t.dep_ == "poss" and subj.head in t.ancestors
                                 for t in seg):
            m = _person_by_own_pronoun(ctx, subj, m)  # "Ana Varga sat outside her tent."
        if m is None or not _is_person_mention(ctx, m):
            return None
        m = (_with_full_name(ctx, _Attr(m, None, "introduced")) or _Attr(m, None, "introduced")).speaker
        if key is not None and _key(m) != key:
            return None
        key = _key(m)
        speaker = speaker or m
    return _Attr(speaker, None, "introduced") if speaker is not None else None


#: Demonstratives that take up a quotation just given ("That was the verdict of X").
_DEMONSTRATIVES = frozenset("that this such those these".split())


def _verdict_after(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Sieve 8c: a quote paragraph whose speaker the next paragraph names ('"...." / That was the verdict of X').

    Feature copy opens with a bare quotation and names its speaker in the
    first sentence of the next paragraph: a copula whose subject is a
    demonstrative ("That", "This", "Such", plural "Those", "These") and whose predicate is a speech
    noun ("verdict", "view", "warning", ``SPEECH_NOUNS``) owned by a name
    ("the verdict of X", "the warning from X", "X's verdict", "Those were the words of X").  The quote
    must be alone in its paragraph and end like a sentence, and the owner
    must resolve to a person or body (an unnamed "one resident" gives none),
    like CoreNLP's closest-mention sieve looking forward.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.
        attrs: the attributions of the spans before it (unused; sieve signature).

    Returns:
        The attribution without a cue, or None.
    """
    span = ctx.spans[qi]
    para = ctx.para_of(span.open)
    alone = _only_quotes(ctx, para)
    opens = not alone and not ctx.text[ctx.paras[para][0]:span.open].strip()  # '"...." That was the verdict of X.'
    if para + 1 >= len(ctx.paras) and not opens or not (alone or opens) or not _ends_sentence(ctx, span) \
            or any(s.group == span.group and s.open > span.open for s in ctx.spans) or _word_count(ctx, span) <= 3:
        return None
    lo, hi = (span.stop, ctx.paras[para][1]) if opens else ctx.paras[para + 1]
    first = ctx.token_at(lo)
    while opens and first < len(ctx.doc) and (ctx.doc[first].is_space or ctx.doc[first].idx < lo):
        first += 1
    if opens and (first >= len(ctx.doc) or ctx.seg_of(first).start != first
                  or any(s.open >= lo and s.open < hi for s in ctx.spans)):
        return None  # the sentence after the quote must stand alone, with no quotation of its own
    if first >= len(ctx.doc) or ctx.quoted(first):
        return None
    seg = ctx.seg_of(first)
    root = seg.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_.casefold() != "be" or subj is None or subj.lower_ not in _DEMONSTRATIVES or subj.i != first:
        return None
    noun = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.casefold() in SPEECH_NOUNS), None)
    if noun is None:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
               for g in c.children if g.dep_ == "pobj"]
    if len(owners) != 1 or ctx.quoted(owners[0].i):
        return None
    m = _speaker(ctx, owners[0], depth=1)
    return _Attr(m, None, "introduced") if m is not None else None


#: Copulas of a sentence that sizes up a person's mood before their words ("X was angrier.").
_MOOD_COPULAS = frozenset("be seem sound look appear remain grow".split())


def _characterised_speaker(ctx: _Ctx, qi: int) -> _Attr | None:
    """Sieve 8b: a first-person quote that ends the paragraph after one sentence sizing up its speaker.

    'Berg, a baker from Tamsk, was angrier. "I want my money back."'
    The quote follows, in the same paragraph, a single sentence with no
    quotation whose root is a copula with an adjective ("was blunt",
    "seemed unconvinced") and whose subject is a person named there; no
    other person or body is named in that sentence.  The quote must end the
    paragraph, end like a sentence and speak as "I"/"we" (CoreNLP's
    closest-mention sieve, narrowed like sieve 8).

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.

    Returns:
        The attribution without a cue, or None.
    """
    doc, span = ctx.doc, ctx.spans[qi]
    para = ctx.para_of(span.open)
    lo, hi = ctx.paras[para]
    first_person = bool(_FIRST_PERSON.search(ctx.text[span.start:span.end]))
    if not _ends_sentence(ctx, span) or ctx.text[span.stop:hi].strip(" .\n" + _MARKS) \
            or not _sentence_start(ctx, span):
        return None
    first, last = ctx.token_at(lo), ctx.token_at(span.open)
    if first >= last or any(ctx.quoted(i) for i in range(first, last)):
        return None
    asked = _asked_speaker(ctx, ctx.seg_of(last - 1), last) if first_person else None
    if asked is not None:
        return _Attr(asked, None, "introduced")
    seg = ctx.seg_of(first)
    if ctx.seg_of(last - 1).start != seg.start:
        seg = _after_posed_question(ctx, first, last)
        if seg is None:
            return None  # more than one sentence before the quote
        first = seg.start
    root = seg.root
    stance = _stance_root(root)
    if not first_person and not stance:
        return None
    action = _action_root(root)
    if not action and not stance and (root.lemma_.casefold() not in _MOOD_COPULAS or not any(
            c.dep_ == "acomp" for c in root.children)) and not _mood_predicate(root):
        return None
    subj = _main_subject(ctx, seg, last)
    if subj is None or subj.pos_ != "PROPN" or action and subj.head.i != root.i:
        return None
    own = {t.i for t in subj.subtree}
    own_pronouns = []
    for t in doc[first:last]:
        if t.i in own:
            continue
        if action and t.pos_ == "PRON" and t.lower_ in _OWN_PRONOUNS and (t.dep_ == "poss" or t.head.i == root.i):
            own_pronouns.append(t.lower_)  # "shook her head", "braced himself"
            continue
        if t.i in ctx.ent_of and ctx.ent_of[t.i].label_ in ("PERSON", "ORG", "NORP") \
                or t.pos_ == "PRON" and t.lower_ not in ("it", "its") or t.lemma_.casefold() in PERSON_NOUNS \
                or action and t.lemma_.casefold() in _GROUP_NOUNS:
            return None  # "walked past the crowd": the words may be the crowd's
    m = _speaker(ctx, subj, depth=1)
    if m is not None and (own_pronouns or action and root.lemma_.casefold() in _GESTURE_VERBS
                          or root.lower_ in _MOOD_PARTICIPLES):
        m = _person_by_own_pronoun(ctx, subj, m)  # "her head", "X nodded": a person, though tagged as a body
    if m is None or not _is_person_mention(ctx, m) or not all(_gender_ok(ctx, m, p) for p in own_pronouns):
        return None
    return _Attr(m, None, "introduced")


#: Verbs of a stance taken on a question just put ("X doubts it.", "X disagrees."): the quote after gives its grounds
_STANCE_VERBS = frozenset("doubt disagree agree concur demur".split())
#: the only objects such a verb takes when it sums up a view: the question or claim just put
_STANCE_OBJECTS = frozenset("it that this so".split())


def _stance_root(root: "Token") -> bool:
    """Tell whether a short sentence root takes a stance on what was just put: 'X doubts it.', 'Y disagrees.'.

    Feature copy asks a question or states a claim, gives a named person's
    short verdict on it, and follows with a cue-less quote giving the reasons
    (CoreNLP's closest-mention sieve, narrowed like sieve 8b).  The root must
    be such a verb with a subject and, at most, a pronoun object ("it",
    "that") or "so"; no clause of its own.

    Args:
        root: the root of the sentence before the quote.

    Returns:
        True for such a stance verb.
    """
    if root.pos_ != "VERB" or root.lemma_.casefold() not in _STANCE_VERBS:
        return False
    deps = {c.dep_ for c in root.children}
    if "nsubj" not in deps or deps & {"nsubjpass", "ccomp", "xcomp", "conj", "advcl", "prep"}:
        return False
    return all(c.lower_ in _STANCE_OBJECTS for c in root.children if c.dep_ in ("dobj", "advmod", "attr"))


def _after_posed_question(ctx: _Ctx, first: int, last: int) -> "Span | None":
    """The last sentence before a quote, when every sentence before it in the paragraph is a question naming no one.

    'Will the row reach a court? Varga doubts it. "..."': feature copy poses
    a question and gives a named person's answer, then the quote.

    Args:
        ctx: the document context.
        first: the paragraph's first token.
        last: the quote's opening token.

    Returns:
        The sentence right before the quote, or None.
    """
    seg = ctx.seg_of(last - 1)
    k = first
    while k < seg.start:
        q = ctx.seg_of(k)
        if q.end <= k:
            return None
        words = [t for t in q if not (t.is_space or t.is_punct)]
        if not words or q[-1].text != "?" and not (q.end < len(ctx.doc) and ctx.doc[q.end - 1].text == "?") \
                or any(t.i in ctx.ent_of and ctx.ent_of[t.i].label_ == "PERSON" for t in q):
            return None
        k = q.end
    return seg if k == seg.start else None


#: Gestures only a person makes ("X nodded.", "X sighed."): a bare name as their subject is a person's.
_GESTURE_VERBS = frozenset("""nod sigh shrug grin smile laugh chuckle frown wink scoff smirk grimace wince
    giggle gasp blush sneer""".split())
#: Participles that size up a person's mood after "was" ("X was unmoved."), tagged as a passive by the parser.
_MOOD_PARTICIPLES = frozenset("""unmoved unconvinced unimpressed undeterred unfazed unbowed unrepentant
    pleased delighted relieved disappointed frustrated worried concerned surprised puzzled annoyed
    irritated incensed angered exasperated""".split())


def _mood_predicate(root: "Token") -> bool:
    """Tell whether a sentence root sizes up its subject's mood or manner without a copula and adjective.

    News copy sets up a quote with 'X was unmoved.' (a participle the parser reads as a passive, see
    :data:`_MOOD_PARTICIPLES`) or the idiom 'X did not mince words.'; like 'X was blunt.' (sieve 8b,
    :func:`_characterised_speaker`) the sentence introduces the next words.  The participle must stand
    alone: no agent, object, prepositional phrase or clause.

    Args:
        root: the root of the sentence before the quote.

    Returns:
        True for such a predicate.
    """
    deps = {c.dep_ for c in root.children}
    if root.lower_ in _MOOD_PARTICIPLES and "nsubjpass" in deps and "auxpass" in deps:
        return not deps - {"nsubjpass", "auxpass", "punct", "advmod"}
    if root.lemma_.casefold() == "mince" and "neg" in deps and "nsubj" in deps:
        return any(c.dep_ == "dobj" and c.lower_ == "words" for c in root.children)  # "did not mince words"
    return False


#: Nouns for a group of people that may own a first-person quote after an action sentence ("passed the crowd").
_GROUP_NOUNS = frozenset("crowd group audience mob throng gathering people family community team queue".split())
#: Pronouns by which an action sentence's subject refers to itself ("shook her head", "steadied himself").
_OWN_PRONOUNS = frozenset("his her himself herself".split())


def _person_by_own_pronoun(ctx: _Ctx, subj: "Token", m: Mention) -> Mention:
    """The full name of a subject the tagger read as a body's, when its sentence calls it "his" or "her".

    'Ana Varga shook her head.': a body does not have a head; the bare
    name (two or three capitalised words, no body noun) is a person's.  The
    caller checks that such a pronoun refers back to the subject.

    Args:
        ctx: the document context.
        subj: the subject head.
        m: the subject's mention as :func:`_speaker` gave it.

    Returns:
        The name as a PERSON mention, or m unchanged.
    """
    name = [t for t in subj.subtree if t.i <= subj.i]
    if m.label != "ORG" or m.kb_id or not 1 < len(name) <= 3 or name[0].i != subj.left_edge.i \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ORG_NOUNS for t in name):
        return m
    return _mention(ctx, name[0].i, subj.i + 1, "PERSON") or m


def _action_root(root: "Token") -> bool:
    """Tell whether a sentence root is an action of its subject: 'Varga shook her head.' before a quote.

    After the closest-mention sieve of CoreNLP's quote attribution (Muzny
    et al. 2017): a sentence that shows a person doing something, just
    before a cue-less quote in the same paragraph, introduces its speaker.
    The root must be an active verb in the past tense with a subject and
    no clause of its own (a clause may report someone else's words), and
    no cue (those are read by the cue sieves).

    Args:
        root: the root of the sentence before the quote.

    Returns:
        True for such an action verb.
    """
    if root.pos_ != "VERB" or root.tag_ != "VBD" or root.lemma_.casefold() in _MOOD_COPULAS:
        return False
    deps = {c.dep_ for c in root.children}
    if _is_cue(root) and deps & {"dobj", "dative", "prep", "xcomp", "ccomp"}:
        return False  # "Lind shrugged." or "Lind replied." alone hands over the floor; "told the board" does not
    return "nsubj" in deps and not deps & {"nsubjpass", "auxpass", "ccomp", "xcomp", "neg", "conj", "advcl"}


def _asked_speaker(ctx: _Ctx, seg: "Span", last: int) -> Mention | None:
    """The person a sentence opening with "Asked ..." is about, when that person's answer follows.

    'Asked whether he would resign, Lind shook his head. "I ..."': news copy
    puts the question in a participle clause and the answer in the quote
    right after it (question-and-answer adjacency, read with CoreNLP's
    closest-mention sieve narrowed like sieve 8b); so does 'Lind was asked
    whether he would resign. "I ..."'.  The sentence must open with
    "Asked" or have a passive "ask" (no request: "was asked to leave") for
    its root, hold no quotation, and have a person (a name or a resolved
    pronoun) as its main subject; no other person or body may be named in it.

    Args:
        ctx: the document context.
        seg: the sentence right before the quote.
        last: index of the quote's opening token.

    Returns:
        The person's mention, or None.
    """
    words = [t for t in ctx.doc[seg.start:min(seg.end, last)] if not t.is_space]
    root = seg.root
    passive = root.lemma_.casefold() == "ask" and root.tag_ == "VBN" and words and words[-1].text in ".?" \
        and any(c.dep_ == "nsubjpass" for c in root.children) and any(c.dep_ == "auxpass" for c in root.children) \
        and not any(c.dep_ == "xcomp" for c in root.children)  # "was asked to leave": a request, no question
    if not words or not passive and (words[0].lower_ != "asked" or words[0].lemma_.casefold() != "ask"
                                     or words[0].head.i != root.i or words[0].dep_ != "advcl"):
        return None
    subj = _main_subject(ctx, seg, last)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") or subj.pos_ == "PRON" and subj.lower_ not in PERSON_PRONOUNS:
        return None
    own = {t.i for t in subj.subtree}
    for t in words:
        if t.i not in own and (t.i in ctx.ent_of and ctx.ent_of[t.i].label_ in ("PERSON", "ORG", "NORP")
                               or subj.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS | OBJECT_PRONOUNS
                               and _pronoun_gender(t.lower_) != _pronoun_gender(subj.lower_)):
            return None
    m = _speaker(ctx, subj, depth=1)
    if m is not None and subj.head.i == root.i and (root.lemma_.casefold() in _GESTURE_VERBS or _mood_predicate(root)
                                                    or root.lemma_.casefold() == "be" and
                                                    any(c.dep_ == "acomp" for c in root.children)):
        m = _person_by_own_pronoun(ctx, subj, m)  # "Asked ..., X grinned.": a person, though tagged as a body
    if m is None or not _is_person_mention(ctx, m):
        return None
    return m


#: Verbs of a short sentence that hands the floor to a person just before their words, with no object:
#: "X spoke next.", "X disagreed.", "X thinks not." (an opinion verb with "not"/"so" for its clause).
_TURN_VERBS = frozenset("speak disagree agree object demur reply respond answer interject".split())
_OPINION_VERBS = frozenset("think believe doubt hope suspect".split())


def _speaker_label(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Sieve 8e: an interview transcript's speaker label, 'Lind: "We never asked for that."'.

    Q&A copy opens each answer paragraph with the speaker's name and a
    colon, then the quotation, with no cue verb (the script layout of
    interview transcripts; CoreNLP's quote attribution reads such a name
    right before a quote as its speaker by the closest-mention sieve).  The
    paragraph must hold nothing before the opening mark but one to three
    capitalised words and the colon; a one-letter label ("Q:", "A:") or an
    all-capital heading ("INTERVIEW:") is no name, and the words must
    resolve to a person or a body (see :func:`_speaker`), not a place; a
    word the tagger did not read as a name must be the surname of a person
    named earlier in the article.  A label may also open a later sentence of
    the paragraph ('Lind met the press. Lind: "..."'), but then it must be
    the surname of a person named before it.

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.
        attrs: the attributions of the spans before it (unused).

    Returns:
        The attribution without a cue, or None.
    """
    span = ctx.spans[qi]
    lo, _hi = ctx.paras[ctx.para_of(span.open)]
    label = ctx.text[lo:span.open].strip()
    inner = re.search(r"[.!?]\s+(?=[^.!?]*$)", label)
    if inner is not None and not any(ctx.quoted(t.i) for t in ctx.doc[ctx.token_at(lo):ctx.token_at(span.open)]):
        # 'Lind visited the site. Lind: "..."': a label opening a later sentence of the paragraph
        lo += ctx.text[lo:span.open].index(label) + inner.end()
        label = label[inner.end():]
    if not label.endswith(":") or "\n" in label:
        return None
    words = label[:-1].split()
    if not 1 <= len(words) <= 3 or any(not w[:1].isupper() or len(w) < 2 or w.isupper() for w in words):
        return None
    first, colon = ctx.token_at(lo + ctx.text[lo:span.open].index(words[0])), ctx.token_at(span.open) - 1
    while colon > first and ctx.doc[colon].text != ":":
        colon -= 1
    if colon <= first or ctx.doc[first:colon].text.split() != words and colon - first != len(words):
        return None  # (a hyphenated name is one word of the label and three tokens)
    who = _speaker(ctx, ctx.doc[colon - 1], via_cue=True) if ctx.doc[colon - 1].pos_ == "PROPN" else None
    if who is None and any(n.person and n.mention.start < lo and n.mention.text.split()[-1] == words[-1]
                           for n in ctx.names):  # a surname the tagger read as a noun, named before
        who = _mention(ctx, first, colon, "PERSON")
    if who is None or who.label not in ("PERSON", "ORG") or _is_place(ctx, who.text):
        return None
    if inner is not None and not any(n.person and n.mention.start < lo and n.mention.text.split()[-1] == words[-1]
                                     for n in ctx.names):
        return None  # inside a paragraph only the surname of a person named before is a speaker's label
    return _Attr(who, None, "label")


def _turn_speaker(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Sieve 8d: a quote that ends its paragraph after a short sentence handing the floor to a person.

    '"...," Lind said. / Her husband spoke next. "We sold the van."' and 'Will
    the board back down? Osten thinks not. "Nobody there admits a mistake."': the sentence
    just before the quote, in the same paragraph and with no quotation, has
    an intransitive verb of taking a turn ("spoke", "disagreed", ``_TURN_VERBS``)
    or an opinion verb whose clause is elided ("thinks not", "believes so"),
    and its subject resolves to a person (pronouns, roles and kin nouns
    resolved).  The quote must open a sentence, end like one and end its
    paragraph, and either speak as "I"/"we" or come from the speaker of the
    quote before it (CoreNLP's closest-mention sieve, narrowed like sieve 8b).

    Args:
        ctx: the document context.
        qi: index of the span in ``ctx.spans``.
        attrs: the attributions of the spans before it.

    Returns:
        The attribution without a cue, or None.
    """
    span = ctx.spans[qi]
    para = ctx.para_of(span.open)
    lo, hi = ctx.paras[para]
    if span.kind != "double" or not _ends_sentence(ctx, span) or not _sentence_start(ctx, span) \
            or ctx.text[span.stop:hi].strip(" .\n" + _MARKS) or _word_count(ctx, span) <= 3:
        return None
    first, last = ctx.token_at(lo), ctx.token_at(span.open)
    if first >= last or any(ctx.quoted(i) for i in range(first, last)):
        return None
    seg = ctx.seg_of(last - 1)
    if seg.start < first or len(seg) > 8:
        return None
    root = seg.root
    lemma = root.lemma_.casefold()
    kids = [c for c in root.children if not c.is_punct]
    if root.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "attr", "prep", "dative") for c in kids):
        return None
    if lemma in _OPINION_VERBS:
        if not any(c.lower_ in ("not", "so") for c in kids):
            return None
    elif lemma not in _TURN_VERBS:
        return None
    subj = _main_subject(ctx, seg, last)
    if subj is None or subj.head.i != root.i:
        return None
    m = _speaker(ctx, subj, depth=1, via_cue=True)  # the verb hands the floor as a cue does
    if m is None or not _is_person_mention(ctx, m):
        return None
    a = _with_full_name(ctx, _Attr(m, None, "introduced")) or _Attr(m, None, "introduced")
    if not _FIRST_PERSON.search(ctx.text[span.start:span.end]):
        prev = next((attrs[j] for j in range(qi - 1, -1, -1) if attrs[j] is not None), None) if qi else None
        if prev is None or prev.speaker is None or _key(prev.speaker) != _key(a.speaker):
            return None
    return a


def _word_count(ctx: _Ctx, span: QuoteSpan) -> int:
    """Number of words in a quote."""
    return len(_WORD_RE.findall(ctx.text[span.start:span.end]))


def _in_parentheses(ctx: _Ctx, span: QuoteSpan) -> bool:
    """A quote in an open parenthesis is a gloss or translation by the writer."""
    lo = ctx.paras[ctx.para_of(span.open)][0]
    before = ctx.text[lo:span.open]
    return before.rfind("(") > before.rfind(")")


def _so_called(ctx: _Ctx, span: QuoteSpan) -> bool:
    """'the so-called "reset"': the writer's distancing, never a speaker's words."""
    before = ctx.text[max(0, span.open - 12):span.open].casefold()
    return bool(re.search(r"so[- ]called\s*$", before))


def _titled(ctx: _Ctx, span: QuoteSpan) -> bool:
    """'a video titled "..."', 'a book called "..."': the quote is a name, not an utterance."""
    k = ctx.token_at(span.open) - 1
    while k >= 0 and (ctx.doc[k].is_space or ctx.doc[k].text in (",", ":")):
        k -= 1
    if k < 0:
        return False
    t = ctx.doc[k]
    if t.lower_ in ("word", "words", "term", "phrase", "expression", "slogan", "hashtag") and k > 0 and \
            ctx.doc[k - 1].lower_ in ("the", "a", "this", "that"):
        return True  # 'whether the word "federation" appeared': a word mentioned, not said
    if t.lower_ == "as" and _word_count(ctx, span) <= 4 and _known_as(ctx, t):
        return True  # 'the garden, known to locals as "the maze",': a name it goes by, not words said
    return t.lower_ in ("titled", "entitled", "headlined", "named", "dubbed", "captioned", "nicknamed") or \
        t.lower_ == "called" and t.tag_ == "VBN" and t.dep_ in ("acl", "amod")


def _known_as(ctx: _Ctx, as_tok: "Token") -> bool:
    """Tell whether "as" ends a participle phrase of naming: "known (to many) as", "referred to as".

    A name something goes by (PARC, Pareti 2016, leaves such quoted names
    unannotated): the participle "known"/"referred" (a reduced relative the
    tagger may read as a past tense) comes at most six words before "as",
    with no comma or other clause break in between.

    Args:
        ctx: the document context.
        as_tok: the "as" right before the opening mark.

    Returns:
        True for a naming participle phrase.
    """
    for k in range(as_tok.i - 1, max(as_tok.i - 7, -1), -1):
        t = ctx.doc[k]
        if t.is_punct or ctx.quoted(k):
            return False
        if t.lower_ in ("known", "referred") and (t.tag_ == "VBN" or t.dep_ in ("acl", "amod")):
            return True
    return False


def _nickname(ctx: _Ctx, span: QuoteSpan) -> bool:
    """'Ana "Bo" Lind': a quoted nickname between a given name and a surname is part of the name.

    News style (AP Stylebook, "nicknames") puts a nickname in quotation marks
    between the given name and the surname; the marks set off a name, nobody's
    words (PARC, Pareti 2016, does not annotate such quoted names).  The quote is one
    to three capitalised words, with a capitalised word right before the
    opening mark and right after the closing one, on the same line.
    """
    words = _WORD_RE.findall(ctx.text[span.start:span.end])
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.strip(".").isalpha() for w in words):
        return False
    before = re.search(r"([^\W\d_][\w.'’-]*) $", ctx.text[max(0, span.open - 40):span.open])
    after = re.match(r" ([^\W\d_][\w'’-]*)", ctx.text[span.stop:span.stop + 40])
    if not (before and after and before.group(1)[:1].isupper() and after.group(1)[:1].isupper()):
        return False
    lo, hi = ctx.token_at(span.open) - 1, ctx.token_at(span.stop)
    return lo >= 0 and hi < len(ctx.doc) and ctx.doc[hi].pos_ == "PROPN" \
        and ctx.doc[lo].pos_ in ("PROPN", "NOUN", "ADJ", "X")  # an unknown given name may be read as a noun


def _is_title(ctx: _Ctx, span: QuoteSpan) -> bool:
    """A quoted title or headline: two or more words, mostly capitalised, no sentence end."""
    words = _WORD_RE.findall(ctx.text[span.start:span.end])
    if len(words) < 2 or _ends_sentence(ctx, span):
        return False
    content = [w for w in words if w.casefold() not in _TITLE_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


# ---------------------------------------------------------------- status and evidence

def _status_word(t: "Token") -> str | None:
    """The attribution status a word signals, if any."""
    lemma, low = t.lemma_.casefold(), t.lower_
    if lemma == "deny" and any(x.lemma_.casefold() in DENIED_OBJECTS for x in t.subtree if x.i != t.i):
        return "denied"
    if lemma in DISPUTED_WORDS or low in DISPUTED_WORDS:
        return "disputed"
    if lemma in REPORTED_WORDS or low in REPORTED_WORDS:
        return "reported"
    return None


def _clause_of(t: "Token") -> "Token":
    """The verb whose clause holds a word (the word itself for a verb)."""
    for _ in range(5):
        if t.pos_ in _VERBAL or t.head.i == t.i:
            return t
        t = t.head
    return t


def _refers_to(ctx: _Ctx, toks, speaker: Mention, cue_tok: int) -> bool:
    """Tell whether some tokens name the speaker, refer to them by a pronoun, or hold the cue."""
    key = _key(speaker)
    person = _is_person_mention(ctx, speaker)
    for t in toks:
        if ctx.quoted(t.i):
            continue
        if t.i == cue_tok or t.lower_ == key or person and t.lower_ in ("he", "she", "his", "her", "him"):
            return True
    return False


def _status_concerns(ctx: _Ctx, word: "Token", attr: _Attr) -> bool:
    """Tell whether a status word is about the speaker.

    Its clause must name the speaker, refer to them by a pronoun or hold the
    cue; a clause naming nobody defers to the clause that governs it ("Berg
    said the post was a fake").
    """
    clause = _clause_of(word)
    for _ in range(2):
        toks = list(clause.subtree)
        if _refers_to(ctx, toks, attr.speaker, attr.cue_tok):
            return True
        if any(t.i in ctx.ent_of and ctx.ent_of[t.i].label_ in SPEAKER_LABELS for t in toks if not ctx.quoted(t.i)):
            return False  # about somebody else
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "relcl") or clause.head.i == clause.i:
            return False
        head = clause.head
        clause = head
        toks = [t for c in head.children if c.dep_ in _SUBJECT_DEPS for t in c.subtree]
        if _refers_to(ctx, toks, attr.speaker, attr.cue_tok):
            return True
    return False


def _status(ctx: _Ctx, qi: int, attr: _Attr) -> str:
    """Tell whether the text disputes who wrote or said a quote.

    A status word counts when its clause names the speaker, refers to them
    by a pronoun, or holds the cue; it is looked for in the quote's (and its
    cue's) sentence and the next two sentences of the paragraph.

    Args:
        ctx: the document context.
        qi: the span index.
        attr: the attribution (with a speaker).

    Returns:
        "denied" (the speaker or an aide denied writing or saying it),
        "disputed" (hacked account, fake), "reported" (reportedly,
        ascribed/attributed to) or "direct".
    """
    doc, span = ctx.doc, ctx.spans[qi]
    para = ctx.para_of(span.open)
    first = ctx.token_at(span.open)
    if first >= len(doc) or attr.speaker is None:
        return "direct"
    start = doc[min(first, attr.cue_tok) if attr.cue_tok >= 0 else first].sent.start
    end = doc[min(ctx.token_at(span.stop), len(doc) - 1)].sent.end
    for _ in range(2):
        if end < len(doc) and ctx.para_of(doc[end].idx) == para:
            end = doc[end].sent.end
    found = set()
    for t in doc[start:end]:
        if ctx.quoted(t.i) or ctx.para_of(t.idx) != para:
            continue
        kind = _status_word(t)
        if kind and _status_concerns(ctx, t, attr):
            found.add(kind)
    if attr.cue_tok >= 0 and attr.cue is not None and _negated(doc[attr.cue_tok]):
        found.add("denied")
    for kind in ("denied", "disputed", "reported"):
        if kind in found:
            return kind
    return "direct"


def _negated(cue: "Token") -> bool:
    """'X did not say "..."', 'X never called Y "..."': the text says the words were not said."""
    return any(c.dep_ == "neg" for c in cue.children)


def _evidence(ctx: _Ctx, span: QuoteSpan) -> Evidence:
    """Build the evidence of a quote: the sentence(s) holding it, clipped to its paragraph.

    Args:
        ctx: the document context.
        span: the quote span.

    Returns:
        The Evidence (offsets into the cleaned text).
    """
    doc = ctx.doc
    plo, phi = ctx.paras[ctx.para_of(span.open)]
    first = min(ctx.token_at(span.open), len(doc) - 1)
    last = min(max(ctx.token_at(span.stop) - 1, first), len(doc) - 1)
    start = max(doc[first].sent.start_char, plo)
    end = min(doc[last].sent.end_char, phi)
    start = min(start, span.open)
    end = max(end, min(span.stop, phi))
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    return Evidence(ctx.article.id, start, end, ctx.text[start:end])


# ---------------------------------------------------------------- driver

def _attribute(ctx: _Ctx, qi: int, attrs: list[_Attr | None]) -> _Attr | None:
    """Run the sieves in order on one span; the first that finds a cue decides.

    A quote that opens its sentence tries the trailing cue first ('"...," X
    said'); a quote inside a clause tries the cue that governs it first
    ('X did not say "...", her aide insisted').  The continuation sieves only
    run when no cue was found.

    Args:
        ctx: the document context.
        qi: the span index.
        attrs: the attributions of the spans before it.

    Returns:
        The attribution, or None.
    """
    order = (_trailing_cue, _leading_cue, _governing_cue, _according_to, _colon_intro, _manner_cue)
    if not _opens_clause(ctx, ctx.spans[qi]):
        order = (_leading_cue, _governing_cue, _according_to, _trailing_cue)
    for sieve in order:
        a = sieve(ctx, qi)
        if a is not None:
            return a if a.speaker is not None else _body_taken_up(ctx, qi, a, attrs) or a
    for sieve in (_speaker_label, _continues_paragraph, _continues_previous_paragraph, _after_reported_speech,
                  _introduced_speaker, _verdict_after, _turn_speaker):
        a = sieve(ctx, qi, attrs)
        if a is not None:
            return a
    return None


def _body_taken_up(ctx: _Ctx, qi: int, a: _Attr, attrs: list[_Attr | None]) -> _Attr | None:
    """'The X Institution said ... "...," the charity said': a body noun taking up the body just quoted.

    News copy avoids repeating a body's name and takes it up with a generic
    noun for what it is ("the charity", "the ministry", "the company") even
    when the name holds no such word (elegant variation).  When a cue's
    subject is "the" + a singular body noun that names no body of the
    article (so :func:`_resolve_role` found nobody), the antecedent is the
    body that was the speaker of the previous quote of the same paragraph
    (CoreNLP's mention-to-speaker step, closest speaker; Lee et al. 2013,
    subject preference).  That body must be an organisation, not a person
    or a country, whose own words and appositives name no other kind of body
    ("the union" cannot take up "the Farmers' Federation"), and no other body
    may be named between it and the noun.

    Args:
        ctx: the document context.
        qi: the span index.
        a: the attribution the cue sieves found, with no speaker.
        attrs: the attributions of the spans before it.

    Returns:
        The attribution with the body as speaker, or None.
    """
    if a.cue_tok < 0 or qi == 0:
        return None
    doc = ctx.doc
    subj = _subject(ctx, doc[a.cue_tok])
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or ctx.quoted(subj.i) \
            or subj.lemma_.casefold() not in ORG_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in subj.children):
        return None
    role = subj.lemma_.casefold()
    para = ctx.para_of(ctx.spans[qi].open)
    prev = attrs[qi - 1]
    if prev is None or prev.speaker is None or ctx.para_of(ctx.spans[qi - 1].open) != para:
        return None
    body = prev.speaker
    if body.label != "ORG" or _is_person_mention(ctx, body) or body.start >= subj.idx:
        return None
    if ctx.gaz is not None and (e := ctx.gaz.lookup(body.text)) is not None and e.cls == "Country":
        return None
    named = [n for n in ctx.names if n.mention == body]
    kin = BODY_KIN.get(role, frozenset())
    if not named or any(k in ORG_NOUNS and k != role and k not in kin for n in named for k in n.kinds):
        return None
    lo = ctx.token_at(body.end)
    if any(not n.person and n.mention.text.casefold() != body.text.casefold() and lo <= n.first < subj.i
           for n in ctx.names):
        return None  # another body named in between
    return _Attr(body, a.cue, a.sieve, a.cue_tok)


def _group_attributions(ctx: _Ctx, attrs: list[_Attr | None]) -> list[_Attr | None]:
    """Give every segment of a multi-paragraph quote the attribution found for any segment."""
    by_group: dict[int, _Attr] = {}
    for span, a in zip(ctx.spans, attrs):
        if a is not None and a.speaker is not None and span.group not in by_group:
            by_group[span.group] = a
    return [by_group.get(s.group, a) if (a is None or a.speaker is None) else a for s, a in zip(ctx.spans, attrs)]


def _opens_clause(ctx: _Ctx, span: QuoteSpan) -> bool:
    """Tell whether a quote opens its sentence, or follows only a colon, a comma or "that"."""
    k = ctx.token_at(span.open) - 1
    while k >= 0 and ctx.doc[k].is_space:
        k -= 1
    if k < 0 or ctx.quoted(k) or ctx.para_of(ctx.doc[k].idx) != ctx.para_of(span.open):
        return True
    return ctx.doc[k].text in (".", "!", "?", "…", ":", ",", ";", "—", "–", "(") or ctx.doc[k].lower_ == "that"


def _sentence_start(ctx: _Ctx, span: QuoteSpan) -> bool:
    """Tell whether a quote opens its sentence (only a sentence end or a paragraph start before it)."""
    k = ctx.token_at(span.open) - 1
    while k >= 0 and ctx.doc[k].is_space:
        k -= 1
    return k < 0 or ctx.doc[k].text in (".", "!", "?", "…") or ctx.quoted(k) \
        or ctx.para_of(ctx.doc[k].idx) != ctx.para_of(span.open)


def _is_scare(ctx: _Ctx, span: QuoteSpan, a: _Attr | None) -> bool:
    """Short quoted terms with no speaker are the writer's scare quotes or coinages."""
    if _so_called(ctx, span):
        return True
    return _word_count(ctx, span) <= 3 and (a is None or a.speaker is None)


def _call_on(cue: "Token") -> bool:
    """Tell whether "call" is a demand, not a naming: "called on the board to 'act now'".

    Args:
        cue: the cue verb.

    Returns:
        True when "call" has "on" or "upon" as a preposition of its own and no direct object
        (a naming has one: "called the plan 'a farce' on Monday").
    """
    return cue.lemma_.casefold() == "call" and not any(c.dep_ in ("dobj", "obj") for c in cue.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in cue.children)


def _vet(ctx: _Ctx, qi: int, a: _Attr | None) -> _Attr | None:
    """Drop attributions that the span's shape forbids.

    Glosses in parentheses, "so-called" terms, titles, "titled ..." names and
    nicknames inside a name ('Ana "Bo" Lind') lose their speaker; a short fragment is never continued from another
    quote unless it is a whole sentence; a short coinage after a naming verb
    ("Moscow calls them ...") needs a person as speaker (or a bare two-word name
    the tagger may have misread as a body, see :func:`_maybe_person`), and a short title a
    subject gives itself ("calls himself the 'president'") has no speaker
    (CoreNLP-style precision filter).

    Args:
        ctx: the document context.
        qi: the span index.
        a: the attribution from the sieves.

    Returns:
        The attribution kept, with its speaker removed, or None.
    """
    span = ctx.spans[qi]
    if a is None:
        return None
    if _in_parentheses(ctx, span) or _so_called(ctx, span) or _is_title(ctx, span) or _titled(ctx, span) \
            or _nickname(ctx, span):
        return _Attr(None, a.cue, a.sieve, a.cue_tok)
    short = _word_count(ctx, span) <= 3
    if short and a.speaker is not None and (_term_of_noun(ctx, qi) or _quoted_classifier(ctx, qi)):
        return _Attr(None, a.cue, a.sieve, a.cue_tok)
    if short and a.sieve in ("continuation", "paragraph", "reported-speech") and not (
            _whole_sentence(ctx, span) and _ends_sentence(ctx, span) and _sentence_start(ctx, span)):
        return None
    if short and a.cue in NAMING_CUES and a.speaker is not None and not _is_person_mention(ctx, a.speaker) \
            and not _maybe_person(a.speaker) and not (a.cue_tok >= 0 and _call_on(ctx.doc[a.cue_tok])):
        return _Attr(None, a.cue, a.sieve, a.cue_tok)
    if short and a.cue in NAMING_CUES and a.cue_tok >= 0 and _reflexive_object(ctx.doc[a.cue_tok]):
        return _Attr(None, a.cue, a.sieve, a.cue_tok)  # "calls himself the 'president'": a self-styled title
    return a


#: Head nouns of an appositive that make a person an officer of the body it names ("chair of the X").
OFFICE_NOUNS = frozenset("""
    head chair chairperson chief leader officer executive member founder manager secretary treasurer
    convener convenor organiser organizer coordinator
""".split())


def _holds_office_in(ctx: _Ctx, subj: "Token", body: "Token") -> bool:
    """Tell whether a subject's own phrase makes it an officer of a body ("Lind, chair of the X Union").

    Args:
        ctx: the document context.
        subj: the person subject.
        body: the head token of the body's name, inside the subject's phrase.

    Returns:
        True when a title or office noun stands between the two on the
        dependency path ("a critic of the X Union" does not count).
    """
    if body.head.i == subj.i and body.i < subj.i and any(  # "Union chair Ana Lind": a title between the two
            t.head.i == subj.i and t.pos_ in ("NOUN", "PROPN") and (
                t.lemma_.casefold() in OFFICE_NOUNS or t.lower_ in ctx.titles) for t in ctx.doc[body.i + 1:subj.i]):
        return True
    t = body
    for _ in range(8):
        if t.i == subj.i or t.head.i == t.i:
            return False
        t = t.head
        if t.i != subj.i and t.pos_ in ("NOUN", "PROPN") and (
                t.lemma_.casefold() in OFFICE_NOUNS or t.lower_ in ctx.titles):
            return True
    return False


def _term_of_noun(ctx: _Ctx, qi: int) -> bool:
    """Tell whether a short quote is a term named by a noun: 'a doctrine of "managed retreat"'.

    A quoted phrase that completes "NOUN of" names a concept, a policy or a
    legal notion ("a record of", "a policy of", "a doctrine of"); the writer
    marks the term (use versus mention), and nobody is quoted: PARC
    (Pareti 2016) does not annotate such quoted terms as attributions.  A
    speech noun ("a warning of", "accusations of") and a verb ("spoke of",
    "accused them of") do report words and are left alone.

    Args:
        ctx: the document context.
        qi: the span index.

    Returns:
        True when the quote's words hang, as a whole, on "of" after a
        common noun that is not a speech noun.
    """
    inside = set(_span_tokens(ctx, qi))
    words = [i for i in inside if not ctx.doc[i].is_punct and ctx.doc[i].head.i not in inside]
    if len(words) != 1:
        return False
    top = ctx.doc[words[0]]
    of = top.head
    if top.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.i in inside:
        return False
    noun = of.head
    return noun.pos_ == "NOUN" and noun.i < of.i and not ctx.quoted(noun.i) \
        and noun.lemma_.casefold() not in SOURCE_NOUNS | SPEECH_NOUNS | {"accusation", "charge", "claim", "call"}


def _quoted_classifier(ctx: _Ctx, qi: int) -> bool:
    """Tell whether a short quote is a noun modifying the noun right after it: 'a "safe-zone" plan'.

    A quoted noun (or noun compound) set before the noun it classifies is
    the writer's marked term for a kind of thing, as in the use-versus-
    mention quotes that PARC (Pareti 2016) leaves unattributed; nobody's
    utterance ends in the middle of a noun phrase before its head.  Quoted
    adjectives ('a "reckless" plan') are evaluations a speaker may have
    voiced and are left alone.

    Args:
        ctx: the document context.
        qi: the span index.

    Returns:
        True when the quote's words hang, as a whole, on the noun that
        follows the closing mark, through a noun of their own.
    """
    inside = set(_span_tokens(ctx, qi))
    words = [i for i in inside if not ctx.doc[i].is_punct and ctx.doc[i].head.i not in inside]
    if len(words) != 1:
        return False
    top = ctx.doc[words[0]]
    k = max(inside) + 1  # the token after the closing mark
    return top.pos_ in ("NOUN", "PROPN") and top.dep_ in ("compound", "nmod") and top.head.i == k \
        and k < len(ctx.doc) and ctx.doc[k].pos_ == "NOUN" and not ctx.quoted(k)


def _reflexive_object(cue: "Token") -> bool:
    """Tell whether a naming verb's object is a reflexive pronoun ("X calls himself the 'leader'").

    The writer quotes a self-given title to keep a distance from it (a scare
    quote); the quoted word is nobody's utterance.

    Args:
        cue: the naming verb.

    Returns:
        True when its direct object is himself, herself, itself or themselves.
    """
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in ("himself", "herself", "itself", "themselves")
               for c in cue.children)


def _quotes(ctx: _Ctx) -> Iterator[Quote]:
    """Attribute every top-level span and build the quotes (see :func:`extract_quotes`)."""
    attrs: list[_Attr | None] = []
    for qi in range(len(ctx.spans)):
        try:
            attrs.append(_vet(ctx, qi, _attribute(ctx, qi, attrs)))
        except Exception:  # noqa: BLE001 - one odd span must not stop the article
            logger.exception("%s: quote attribution failed at offset %d", ctx.article.id, ctx.spans[qi].open)
            attrs.append(None)
    attrs = _group_attributions(ctx, attrs)
    attrs = [_with_full_name(ctx, a) for a in attrs]
    attrs = [_with_defined_acronym(ctx, a) for a in attrs]
    attrs = _body_words_given_to_voice(ctx, attrs)
    for qi, (span, a) in enumerate(zip(ctx.spans, attrs)):
        if span.end <= span.start or _is_scare(ctx, span, a):
            continue
        try:
            status = _status(ctx, qi, a) if a and a.speaker else "direct"
            yield Quote(text=ctx.text[span.start:span.end], start=span.start, end=span.end,
                        speaker=a.speaker if a else None, cue=a.cue if a else None,
                        evidence=_evidence(ctx, span), status=status)
        except Exception:  # noqa: BLE001
            logger.exception("%s: quote building failed at offset %d", ctx.article.id, span.open)


def _body_words_given_to_voice(ctx: _Ctx, attrs: list[_Attr | None]) -> list[_Attr | None]:
    """Give a body's quote to the named person who voices the body and is credited with the same words.

    A standfirst or lead often credits words to a body ("The ministry says
    the deal 'will not stand'") that the story then puts in the mouth of the
    body's spokesperson ("..., ministry spokesman Ana Roe said"); the two
    quotes are one utterance, and its speaker is the person, the more
    specific mention (the mention-to-speaker preference for named people of
    CoreNLP's quote attribution).  The same words (case and punctuation
    aside) must be credited to a person whose title words hold every
    content word of the body's name ("foreign ministry spokesman" for
    "Foreign Ministry").

    Args:
        ctx: the document context.
        attrs: the attribution of each span, in text order.

    Returns:
        The attributions, with such body speakers replaced by the person.
    """
    def words(qi: int) -> str:
        span = ctx.spans[qi]
        return " ".join(re.findall(r"\w+", ctx.text[span.start:span.end].casefold()))

    voiced: dict[str, list[_Attr]] = {}
    for qi, a in enumerate(attrs):
        if a is not None and a.speaker is not None and a.speaker.label == "PERSON":
            voiced.setdefault(words(qi), []).append(a)
    if not voiced:
        return attrs
    out = list(attrs)
    for qi, a in enumerate(attrs):
        if a is None or a.speaker is None or a.speaker.label != "ORG":
            continue
        body = {w for w in _words(ctx, ctx.doc[ctx.token_at(a.speaker.start):ctx.token_at(a.speaker.end)])
                if w not in _TITLE_SMALL_WORDS}
        people = [b.speaker for b in voiced.get(words(qi), []) if body and body <= _title_words_of(ctx, b.speaker)]
        if len({p.text for p in people}) == 1:
            out[qi] = _Attr(people[0], a.cue, a.sieve, a.cue_tok)  # (the first, in text order)
    return out


def _title_words_of(ctx: _Ctx, m: Mention) -> set[str]:
    """The title words of every person name written like the mention (a full name given more than once)."""
    return {w for n in ctx.names if n.person and n.mention.text == m.text for w in n.context}


def _honorific_gender(ctx: _Ctx, m: Mention) -> str:
    """"m"/"f" from an honorific or gendered title right before a mention ("Mrs Avagyan"), else ""."""
    k = ctx.token_at(m.start) - 1
    if k < 0:
        return ""
    w = ctx.doc[k].lower_
    return "m" if w in MALE_WORDS else "f" if w in FEMALE_WORDS else ""


def _pronoun_evidence(ctx: _Ctx, n: _Name) -> str:
    """"m"/"f" from the pronouns after a full name in its own sentence, when that sentence names
    nobody else and uses pronouns of one gender only ("X keeps the key to her flat")."""
    seg = ctx.seg_of(n.first)
    others = [o for o in ctx.names if seg.start <= o.first < seg.end and o.person and o.key != n.key]
    if others:
        return ""
    found = {_pronoun_gender(t.lower_) for t in ctx.doc[n.first:seg.end]
             if not ctx.quoted(t.i) and t.lower_ in ("he", "she", "his", "her", "him", "himself", "herself")}
    return found.pop() if len(found) == 1 else ""


def _with_full_name(ctx: _Ctx, a: _Attr | None) -> _Attr | None:
    """Replace a bare-surname speaker by the full name it stands for in the article.

    A surname ("Avagyan", from "Mr Avagyan" or a pronoun resolved to "Mrs
    Avagyan") becomes the mention of the full name introduced in the
    article.  The gender of the speaker (the honorific before the surname,
    the pronoun of the quote's own cue) is matched against each full name's
    gender (its titles, honorific or the pronouns of its own sentence); if
    that leaves several, the nearest full name before the speaker wins.  A
    full name of the other gender is somebody else, and so, possibly, is one
    of unknown gender when the article writes the surname with both a male
    and a female honorific ("Mr Lind", "Mrs Lind"): the quote then gets no
    speaker (CoreNLP's mention-to-speaker step gives up rather than guess).
    The speaker is never a bare surname that the resolver would have to
    guess.

    Args:
        ctx: the document context.
        a: the attribution, or None.

    Returns:
        The attribution with the full name as speaker, unchanged, or with
        no speaker when the surname's owner is in doubt.
    """
    if a is None or a.speaker is None or len(a.speaker.text.split()) != 1:
        return a
    if a.speaker.label != "PERSON" and a.speaker not in ctx.person_names \
            and not _surname_read_as_body(ctx, a.speaker):
        given = _given_name_full(ctx, a.speaker) if _given_name_read_as_body(a.speaker) else None
        if given is None and _given_name_read_as_body(a.speaker):
            inner = _inner_name_full(ctx, a.speaker)
            return a if inner is None else _Attr(_as_person(inner.mention), a.cue, a.sieve, a.cue_tok)
        return a if given is None else _Attr(given.mention, a.cue, a.sieve, a.cue_tok)
    m = a.speaker
    key = _key(m)
    full: dict[str, _Name] = {}
    for n in ctx.names:
        if (n.person or _maybe_person(n.mention)) and n.key == key and len(n.mention.text.split()) > 1:
            full.setdefault(n.mention.text.casefold(), n)  # a full name the tagger read as a body counts
    for n in _couple_partners(ctx, key):
        full.setdefault(n.mention.text.casefold(), n)
    if not full:
        given = _given_name_full(ctx, m)
        if given is None:
            inner = _inner_name_full(ctx, m)
            return a if inner is None else _Attr(_as_person(inner.mention), a.cue, a.sieve, a.cue_tok)
        return _Attr(given.mention, a.cue, a.sieve, a.cue_tok)
    genders = {g for g in (ctx.gender_of.get(m, ""), _honorific_gender(ctx, m)) if g}
    if a.cue_tok >= 0:
        subj = _subject(ctx, ctx.doc[a.cue_tok])
        if subj is not None and subj.lower_ in PERSON_PRONOUNS:
            genders.add(_pronoun_gender(subj.lower_))
    if len(genders) > 1 and len(full) > 1:
        return a
    if len(genders) == 1:
        want = next(iter(genders))
        kept = {}
        for t, n in full.items():
            g = _full_name_gender(ctx, n)
            if g == want:
                kept[t] = n
            elif not g:
                kept.setdefault(t, n)
        sure = {t: n for t, n in kept.items() if _full_name_gender(ctx, n) == want}
        if not kept:
            return a  # the full name is somebody else's: no full name known for the speaker
        if not sure and _surname_of_two_genders(ctx, key, want):
            return _Attr(None, a.cue, a.sieve, a.cue_tok)  # the full name may be the other one's
        if not sure and _introduced_together(ctx, list(kept.values())):
            return _Attr(None, a.cue, a.sieve, a.cue_tok)  # "Bo and Ana Roe ... Mr Roe": either may be meant
        full = sure or kept
    want = next(iter(genders)) if len(genders) == 1 else ""
    own = {t: n for t, n in full.items() if not _introduced_as_relative(ctx, n, want)}
    if own and len(own) < len(full):
        full = own  # "X Berg ... with his wife Y Berg ... Berg said": X Berg, as the entity resolver reads it
    before = [n for n in full.values() if n.mention.start < m.start]
    if all(len(n.mention.text.split()) >= 3 for n in before) and (double := _double_surname_before(ctx, m)):
        return _Attr(_as_person(double.mention), a.cue, a.sieve, a.cue_tok)  # "Efren Tolsa Varga ... Tolsa said"
    pick = max(before, key=lambda n: n.mention.start) if before else min(full.values(), key=lambda n: n.first)
    full_m = pick.mention
    if full_m.label != m.label and m.label == "PERSON":  # the tagger read the full name as a body
        full_m = dataclasses.replace(full_m, label="PERSON")
    return _Attr(full_m, a.cue, a.sieve, a.cue_tok)


def _double_surname_before(ctx: _Ctx, m: Mention) -> "_Name | None":
    """The one person named before a bare surname whose name holds it as the first of two surnames.

    Spanish naming gives two surnames, and news copy takes the person up
    by the first (paternal) one: "Efren Tolsa Varga ... Tolsa
    said".  Only a name of three or more words that comes before the
    surname counts, with the surname neither its first nor its last word.  It
    is preferred to a full name ending in the surname that is written only
    later in the article (somebody else introduced afterwards: closest
    antecedent before the mention, CoreNLP's mention-to-speaker step) or
    that has three words too (there the surname is the second, maternal one,
    by which nobody is called: "Efren Tolsa Varga and his wife, Lucia Brel
    Tolsa ... Tolsa said" is Efren).

    Args:
        ctx: the document context.
        m: the bare-surname speaker.

    Returns:
        The full name, or None when no single person fits.
    """
    found = {}
    for n in ctx.names:
        if (n.person or _maybe_person(n.mention)) and n.mention.start < m.start and \
                is_inner_name_word(m.text, n.mention.text):
            found.setdefault(n.mention.text.casefold(), n)  # a full name the tagger read as a body counts
    return next(iter(found.values())) if len(found) == 1 else None


#: Kin nouns that, after a possessive, introduce somebody as a relative of the person the text is about, with the
#: gender each gives ("" for either).
RELATIVE_NOUNS = {**dict.fromkeys("husband son brother father fiancé widower grandson nephew".split(), "m"),
                  **dict.fromkeys("wife daughter sister mother fiancée widow granddaughter niece".split(), "f"),
                  **dict.fromkeys("partner fiance fiancee".split(), "")}


def _introduced_as_relative(ctx: _Ctx, n: _Name, want: str = "") -> bool:
    """Tell whether the article introduces a full name as someone's relative ("his wife, Ana Berg").

    A possessive kin noun before the name, with or without a comma ("with
    her husband Tom Berg", "His son, Bo Berg,"), introduces the relative of
    the person the passage is about.  When two people share a surname, the
    bare surname names that person, not the relative (the reading of
    ``graph.mentions`` and the entity resolver; news copy calls the relative
    by full name or honorific to tell the two apart).

    Args:
        ctx: the document context.
        n: a full name of the article.
        want: the speaker's gender ("m", "f" or ""); a kin noun of that
            gender ("Mrs Berg said" after "his wife, Ana Berg") does not
            count, as it may name the speaker.

    Returns:
        True when a mention of that full name follows a possessive kin noun
        of no gender wanted.
    """
    doc, text = ctx.doc, n.mention.text.casefold()
    for o in [n] + [o for o in ctx.names if o.mention.text.casefold() == text]:
        i = o.first
        if 0 < i < len(doc) and doc[i - 1].text == ",":
            i -= 1
        if i >= 2 and doc[i - 1].lower_ in RELATIVE_NOUNS and (
                doc[i - 2].tag_ in {"PRP$", "POS"} or doc[i - 2].lower_ in {"his", "her", "their"}) and not (
                want and RELATIVE_NOUNS[doc[i - 1].lower_] == want):
            return True
    return False


#: Small words after a body's name that may continue it up to its acronym ("Commission of X (CX)").
_NAME_TAIL_JOINERS = frozenset({"of", "for", "in", "on"})


def _with_defined_acronym(ctx: _Ctx, a: _Attr | None) -> _Attr | None:
    """Replace a body speaker whose name the tagger cut short by the acronym that defines the whole name.

    "The Coastal Rights Council of Varn (CRCV)": the tagger often ends the
    name before "of" and a place, and the cut name ("Coastal Rights Council")
    could name another body.  An acronym in parentheses right after the
    longer name whose letters are the initials of its capitalised words
    (the short-form/long-form pattern of Schwartz and Hearst, "A simple
    algorithm for identifying abbreviation definitions in biomedical text",
    PSB 2003) shows where the name ends; the acronym, which the tagger reads
    as a name of its own, is then the body's name for the speaker.  The cut
    name's own initials must not spell the acronym.

    Args:
        ctx: the document context.
        a: the attribution, or None.

    Returns:
        The attribution with the acronym as speaker, or unchanged.
    """
    if a is None or a.speaker is None or a.speaker.label != "ORG" or a.speaker.kb_id:
        return a
    doc, m = ctx.doc, a.speaker
    lo, hi = ctx.token_at(m.start), ctx.token_at(m.end)
    if hi - 1 > lo and doc[hi - 1].lower_ in _NAME_TAIL_JOINERS:
        hi -= 1  # the tagger's name ended on the joiner: "the Fishers Council of | Chile"
    if hi >= len(doc) or doc[hi].lower_ not in _NAME_TAIL_JOINERS or ctx.quoted(hi):
        return a
    j = hi + 1
    while j < len(doc) and j - hi <= 4 and doc[j].is_alpha and doc[j].text[:1].isupper() \
            and not ctx.quoted(j) and not doc[j - 1].whitespace_.count("\n"):
        j += 1
    if j == hi + 1 or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
        return a
    acr = doc[j + 1]
    if not (2 <= len(acr.text) <= 8 and acr.is_alpha and acr.text.isupper()) or ctx.quoted(acr.i) \
            or acr.i not in ctx.ent_of or ctx.ent_of[acr.i].label_ != "ORG" or len(ctx.ent_of[acr.i]) != 1:
        return a

    def initials(lo_: int, hi_: int) -> str:
        return "".join(t.text[0] for t in doc[lo_:hi_] if t.is_alpha and t.text[:1].isupper())

    if initials(lo, j) != acr.text or initials(lo, hi) == acr.text:
        return a
    short = _mention(ctx, acr.i, acr.i + 1, "ORG")
    return a if short is None else _Attr(short, a.cue, a.sieve, a.cue_tok)


def _as_person(m: Mention) -> Mention:
    """A full name taken up by one of its words, labelled PERSON (the tagger may have read it as a body)."""
    return m if m.label == "PERSON" else dataclasses.replace(m, label="PERSON")


def _given_name_read_as_body(m: Mention) -> bool:
    """Tell whether a one-word ORG speaker may be a given name the tagger misread ('"...," Amira told').

    Args:
        m: the speaker mention.

    Returns:
        True for a capitalised, not all-capital ORG word with no gazetteer id
        and no body noun.
    """
    return m.label == "ORG" and not m.kb_id and len(m.text.split()) == 1 and m.text[:1].isupper() \
        and not m.text.isupper() and m.text.casefold() not in ORG_NOUNS


def _given_name_full(ctx: _Ctx, m: Mention) -> _Name | None:
    """The full name a one-word speaker stands for when the word is that name's given name.

    Some naming traditions (and much feature copy) refer to a person by the
    first word of the full name on later reference ('Ana Lind Roe ... "...,"
    Ana said'); the one-word speaker is the full name introduced before it
    whose first word it is (titles left aside), as in CoreNLP's
    mention-to-speaker step.  The word must not be anybody's surname in the
    article, nor follow an honorific or title ("Mr Ana" is a surname use;
    honorifics of given names such as "Oom" are fine), and only one full name
    may start with it.  A title is fine when the full name was written with
    that same title ("Governor Bo Tan Lee ... Governor Bo said"): names whose
    first word is the family name or a chiefly title, as in East Asian and
    Polynesian usage, are taken up that way, and the shared title ties the
    two mentions (CoreNLP's mention-to-speaker step matches a speaker's
    title and name against the article's full names).

    Args:
        ctx: the document context.
        m: a one-word person mention.

    Returns:
        The full name, or None.
    """
    word = m.text.casefold()
    if len(m.text.split()) != 1 or any(n.key == word and len(n.mention.text.split()) > 1 for n in ctx.names):
        return None
    i = ctx.token_at(m.start)
    title = ""
    if 0 < i < len(ctx.doc) and (ctx.doc[i - 1].lower_ in HONORIFICS - GIVEN_NAME_HONORIFICS
                                 or ctx.doc[i - 1].lower_ in ctx.titles):
        title = ctx.doc[i - 1].lower_
    found: dict[str, _Name] = {}
    for n in ctx.names:
        if not n.person or n.mention.start >= m.start or ctx.text[n.mention.end:n.mention.end + 1] in ("-", "‐"):
            continue  # a name cut at a hyphen ("Oh Min" of "Oh Min-su") is no full name
        words = [w.casefold() for w in n.mention.text.split()]
        own_title = words[0] if len(words) > 2 and (words[0] in ctx.titles or words[0] in HONORIFICS) else ""
        while len(words) > 2 and (words[0] in ctx.titles or words[0] in HONORIFICS):
            words = words[1:]  # "Chief Ana Lind": the given name comes after the title
        if title and title not in (own_title, _title_before(ctx, n)):
            continue  # "Mr Ana" is a surname use, unless the full name bore that title too
        if len(words) > 1 and words[0] == word:
            found.setdefault(n.mention.text.casefold(), n)
    return next(iter(found.values())) if len(found) == 1 else None


def _title_before(ctx: _Ctx, n: _Name) -> str:
    """The title or honorific written right before a name mention ("Governor" of "Governor Bo Tan"), or ""."""
    i = ctx.token_at(n.mention.start)
    if 0 < i < len(ctx.doc):
        word = ctx.doc[i - 1].lower_
        if word in ctx.titles or word in HONORIFICS:
            return word
    return ""


def _inner_name_full(ctx: _Ctx, m: Mention) -> _Name | None:
    """The full name a one-word speaker stands for when the word is an inner word of that name.

    Spanish and Portuguese names carry two surnames, and the first of them
    alone takes the person up later ("Ana Ruiz Lind ... Ruiz said"); the
    one-word speaker is then the full name of three or more words introduced
    before it whose inner word (neither the first nor the last) it is, as
    in CoreNLP's mention-to-speaker step.  Only one full name of the article
    may hold the word, no name may end or start with it, and name particles
    ("de", "da", "van") never count.  A full name the tagger read as a body
    counts when it is a bare name (see :func:`_maybe_person`).

    Args:
        ctx: the document context.
        m: a one-word mention.

    Returns:
        The full name, or None.
    """
    word = m.text.casefold()
    if len(m.text.split()) != 1 or word in NAME_PARTICLES or not m.text[:1].isupper():
        return None
    found: dict[str, _Name] = {}
    for n in ctx.names:
        words = [w.casefold() for w in n.mention.text.split()]
        if len(words) > 1 and word in (words[0], words[-1]):
            return None  # somebody's given name or surname: not an inner word
        if not (n.person or _maybe_person(n.mention)) or n.mention.start >= m.start:
            continue
        if is_inner_name_word(word, n.mention.text):
            found.setdefault(n.mention.text.casefold(), n)
    return next(iter(found.values())) if len(found) == 1 else None


def _full_name_gender(ctx: _Ctx, n: _Name) -> str:
    """The gender of a full name: its titles, the pronouns of its sentences, or the honorifics that follow it.

    Every sentence that writes the full name counts ("Ana Roe said her
    son ..." after an introduction with no pronoun); sentences that
    disagree give no gender.

    Args:
        ctx: the document context.
        n: a full-name mention.

    Returns:
        "m", "f" or "" (see :func:`_pronoun_evidence` and :func:`_gender_by_order`).
    """
    if n.gender:
        return n.gender
    text = n.mention.text.casefold()
    found = {_pronoun_evidence(ctx, o) for o in ctx.names if o.mention.text.casefold() == text} | \
        {_pronoun_evidence(ctx, n)}
    found.discard("")
    if len(found) == 1:
        return found.pop()
    return "" if found else _gender_by_order(ctx, n)


def _gender_by_order(ctx: _Ctx, n: _Name) -> str:
    """The gender of the honorifics that take up a full name before another full name with its surname.

    News copy introduces a person by full name and then writes "Mr X" or
    "Mrs X" (AP and Reuters style: full name on first reference, honorific
    or surname after).  "Ana Roe ... Mrs Roe said ... Mrs Roe added ... Her
    son, Tom Roe, ...": every "Mrs Roe" between Ana Roe's introduction and
    Tom Roe's can only be Ana Roe, so she is a woman; the reader resolves
    the surname to the most recent full name, as CoreNLP's closest-mention
    rule does.  A full name that shares its introduction with a given name
    ("Bo and Ana Roe") gets no gender this way: either may be meant.

    Args:
        ctx: the document context.
        n: a full-name mention (two words or more).

    Returns:
        "m" or "f" when the honorific mentions of its surname in that
        stretch all have one gender, else "".
    """
    words = n.mention.text.split()
    if len(words) < 2 or n.first >= len(ctx.doc) or _coordinated_given_name(ctx, n.first) is not None:
        return ""
    text = n.mention.text.casefold()
    same = [o for o in ctx.names if o.key == n.key]
    first = min((o.first for o in same if o.mention.text.casefold() == text), default=n.first)
    later = [o.first for o in same if o.first > first and len(o.mention.text.split()) > 1
             and o.mention.text.casefold() != text]
    later += [p.first for p in _couple_partners(ctx, n.key) if p.first > first]
    end = min(later, default=len(ctx.doc))
    found = {_honorific_gender(ctx, o.mention) for o in same
             if first < o.first < end and len(o.mention.text.split()) == 1}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _introduced_together(ctx: _Ctx, names: list[_Name]) -> bool:
    """Tell whether two candidate full names come from one shared introduction ("Bo and Ana Roe").

    A couple or siblings introduced with one surname are equally near to a
    later "Mr Roe"; without a known gender for either given name the
    closest-mention rule (CoreNLP's mention-to-speaker step) has nothing to
    go on, so it must not pick the one written second.

    Args:
        ctx: the document context.
        names: the candidate full names of the speaker's surname.

    Returns:
        True when one candidate is a full name with a coordinated given name
        before it and that given name's own full name is a candidate too.
    """
    firsts = {n.first for n in names}
    for n in names:
        given = _coordinated_given_name(ctx, n.first) if len(n.mention.text.split()) > 1 else None
        if given is not None and given.i in firsts and given.i != n.first:
            return True
    return False


def _coordinated_given_name(ctx: _Ctx, first: int) -> "Token | None":
    """The lone given name coordinated before a full name: "Gary" in "Gary and Ana Roe".

    Args:
        ctx: the document context.
        first: the full name's first token.

    Returns:
        The given-name token, or None when the name is not preceded by
        "<Capitalised word> and" (or "&") with no other name word before it.
    """
    if first < 2 or ctx.doc[first - 1].lower_ not in ("and", "&"):
        return None
    given = ctx.doc[first - 2]
    if given.pos_ != "PROPN" or not given.text[:1].isupper() or ctx.quoted(given.i):
        return None
    from .nlp import plural_noun_opening  # (at call time, see _person_bounds)
    if given.i > 0 and ctx.doc[given.i - 1].pos_ == "PROPN" and ctx.doc[given.i - 1].text[:1].isupper() \
            and not plural_noun_opening(ctx.doc, given.i - 1):
        return None  # "Ana Lind and Bo Roe": two full names ("Farmers Bo and Ana Roe" is one couple)
    return given


def _couple_partners(ctx: _Ctx, key: str) -> list[_Name]:
    """The full names of people introduced with a shared surname: "Gary" in "Gary and Ana Roe" is Gary Roe.

    News copy introduces a couple or siblings with one surname ("farmers Bo
    and Ana Roe"); the given name standing alone before "and" takes the
    surname of the full name after it (the same reading as
    ``graph.mentions``), so "Mr Roe" can be told from "Ana Roe".  A given
    name that is also somebody's surname in the article is left alone.

    Args:
        ctx: the document context.
        key: the case-folded surname.

    Returns:
        Synthetic names whose mention spans the given name and reads
        "<given> <Surname>", in text order.
    """
    out = [c for n in ctx.names if n.key == key for c in [_couple_partner(ctx, n)] if c is not None]
    out += _kin_given_names(ctx, key)
    return sorted(out, key=lambda n: n.first)


def _couple_partner(ctx: _Ctx, n: _Name) -> "_Name | None":
    """The partner introduced with a full name's surname: "Gary Roe" for "Ana Roe" in "Gary and Ana Roe".

    Args:
        ctx: the document context.
        n: a name of the article.

    Returns:
        A synthetic name whose mention spans the lone given name and reads
        "<given> <Surname>", or None when the name is no person's full name
        with a coordinated given name before it (see
        :func:`_coordinated_given_name`) or that word is somebody's surname.
    """
    if len(n.mention.text.split()) < 2 or not n.person:
        return None
    given = _coordinated_given_name(ctx, n.first)
    if given is None or given.lower_ == n.key or any(
            o.key == given.lower_ and len(o.mention.text.split()) > 1 for o in ctx.names):
        return None  # "Lind and Ana Roe": Lind is Bo Lind's surname, not a given name
    surname = n.mention.text.split()[-1]
    m = Mention(article=n.mention.article, start=given.idx, end=given.idx + len(given.text),
                text=f"{given.text} {surname}", label="PERSON")
    return _Name(m, given.i, given.i, True, frozenset(), "")


#: Kin nouns after which news copy gives a relative by given name alone ("her husband, Tom").
KIN_NOUNS = frozenset("husband wife son daughter brother sister father mother".split())


def _kin_given_names(ctx: _Ctx, key: str) -> list[_Name]:
    """Relatives named by given name only: "Tom" in "Ana Roe lives with her husband, Tom" is Tom Roe.

    News copy names a relative of a person just introduced by the given name
    alone, in apposition to a kin noun ("her husband, Tom", "his daughter,
    Mia"); the surname is the introduced person's (AP style: the family name
    is not repeated for family members).  The possessive pronoun must point
    to the full name: that name is the subject of the sentence, no other
    person is named between them, and the pronoun agrees with its gender
    when known.  The kin noun gives the relative's gender, so "Mr Roe" and
    "Ms Roe" can be told apart later.  A relative of the person's own gender
    ("her daughter, Mia") is left out: the honorific cannot tell the two
    apart, and house style gives the relative the given name on later
    references, so "Ms Roe" stays the person introduced in full.

    Args:
        ctx: the document context.
        key: the case-folded surname.

    Returns:
        Synthetic names whose mention spans the given name and reads
        "<given> <Surname>", with the kin noun's gender.
    """
    out = []
    for n in ctx.names:
        if n.key != key or len(n.mention.text.split()) < 2 or not n.person \
                or ctx.doc[n.head].dep_ not in ("nsubj", "nsubjpass"):
            continue
        seg = ctx.seg_of(n.first)
        for t in ctx.doc[n.head + 1:seg.end]:
            if t.lemma_.casefold() not in KIN_NOUNS or t.pos_ != "NOUN" or ctx.quoted(t.i):
                continue
            poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")]
            given = [c for c in t.children if c.dep_ == "appos" and c.i > t.i]
            if not poss or not given or n.gender and n.gender != _pronoun_gender(poss[0].lower_):
                continue
            g = given[0]
            if g.pos_ != "PROPN" or not g.is_alpha or not g.text[:1].isupper() or g.lower_ == key \
                    or any(c.dep_ in ("compound", "flat") for c in g.children) \
                    or g.i + 1 < len(ctx.doc) and ctx.doc[g.i + 1].pos_ == "PROPN" or _is_place(ctx, g.text):
                continue  # a full name, or a place
            if any(o.person and n.head < o.first < t.i and o.key != key for o in ctx.names):
                continue  # somebody else named in between may own the relative
            if any(o.key == g.lower_ and len(o.mention.text.split()) > 1 for o in ctx.names):
                continue  # the word is somebody's surname, not a given name
            gender = "m" if t.lemma_.casefold() in MALE_WORDS else "f"
            if gender == _pronoun_gender(poss[0].lower_):
                continue  # "her daughter, Mia": "Ms Roe" stays the mother's (AP: the relative goes by given name)
            surname = n.mention.text.split()[-1]
            m = Mention(article=n.mention.article, start=g.idx, end=g.idx + len(g.text),
                        text=f"{g.text} {surname}", label="PERSON")
            out.append(_Name(m, g.i, g.i, True, frozenset({t.lemma_.casefold()}), gender))
    return out


def _surname_of_two_genders(ctx: _Ctx, key: str, want: str) -> bool:
    """Tell whether a surname stands for a man and a woman and only one of them has a known full name.

    "Mr Lind ... Mrs Lind" with one full name of unknown gender ("Alex
    Lind"): the full name may belong to either, so a speaker of gender
    ``want`` cannot be given it.  When a full name of the other gender is
    known ("Mrs Lind" and "her husband, Olaf Lind"), the other full name is
    the speaker's by elimination and there is no doubt.

    Args:
        ctx: the document context.
        key: the case-folded surname.
        want: the speaker's gender, "m" or "f".

    Returns:
        True when names with that surname carry both genders and no full
        name of the other gender accounts for the other one.
    """
    if {n.gender for n in ctx.names if n.key == key and n.gender} != {"m", "f"}:
        return False
    return not any(len(n.mention.text.split()) > 1 and n.key == key
                   and _full_name_gender(ctx, n) not in ("", want)
                   for n in [*ctx.names, *_couple_partners(ctx, key)])


def _surname_read_as_body(ctx: _Ctx, m: Mention) -> bool:
    """Tell whether a one-word ORG speaker is the surname of a person named in the article.

    The small model tags a lone surname as ORG ('"…," Ostrova said') after
    tagging the full name as PERSON; a one-word ORG mention with no gazetteer
    id and no body noun whose word is the surname of a PERSON name of the
    article is that person (CoreNLP's mention-to-speaker step).
    """
    return m.label == "ORG" and not m.kb_id and len(m.text.split()) == 1 and m.text[:1].isupper() \
        and m.text.casefold() not in ORG_NOUNS and not m.text.isupper() and _key(m) in ctx.person_keys


def _gazetteer() -> "Gazetteer | None":
    """Load the gazetteer, or None (with a warning) when it cannot be read."""
    try:
        from .gazetteer import load_gazetteer

        return load_gazetteer()
    except Exception:  # noqa: BLE001 - the sieves work without it, with less resolution
        logger.warning("gazetteer unavailable; quote roles resolve without demonyms")
        return None


def extract_quotes(doc: "Doc", article: Article) -> Iterator[Quote]:
    """Extract the direct quotations of an article and attribute them to speakers.

    Quote spans come from :func:`scan_quotes`; each top-level span is
    attributed by sieves after CoreNLP's ``QuoteAttributionAnnotator``
    (trailing cue, leading cue or colon, governing cue, "according to",
    continuation in the paragraph, continuation of the previous paragraph).
    Pronoun and role speakers are resolved to the antecedent name mention.
    Short quoted terms without a speaker (scare quotes, coinages) are
    skipped; longer quotes without a sure speaker get ``speaker=None``.
    Nested quotes are part of the outer quote.  A multi-paragraph quote gives
    one Quote per paragraph, all with the same speaker.

    Args:
        doc: ``load_nlp()(article.text)``.
        article: the article; all offsets are offsets into ``article.text``.

    Returns:
        An iterator of :class:`Quote`, in text order.

    Raises:
        Nothing: unbalanced marks are logged as warnings and skipped, and any
        other failure is logged and ends the article's quotes early.
    """
    try:
        if doc is None or not len(doc) or not doc.text.strip():
            return
        scan = scan_quotes(doc.text)
        for offset in scan.unbalanced:
            logger.warning("%s: unbalanced quotation mark at offset %d; span skipped", article.id,
                           article.to_raw(offset))
        if not scan.spans:
            return
        ctx = _Ctx(doc, article, scan, _gazetteer())
        yield from _quotes(ctx)
    except Exception:  # noqa: BLE001 - never raise on odd input
        logger.exception("%s: quote extraction failed", getattr(article, "id", "?"))
