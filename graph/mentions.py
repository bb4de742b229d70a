"""Name mentions: spaCy and gazetteer entities, cleaned, with typing evidence.

A mention keeps its span in the cleaned text; its ``text`` is the cleaned
surface form (possessive, brackets, titles and a leading "the" removed).  The
evidence flags feed the corpus-wide type vote in :mod:`graph.entities`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer, fold, load_gazetteer
from .models import Article, Mention
from .names import (BEAT_WORDS, GROUP_WORD_ENDINGS, HYPHENS, NAME_PARTICLES, abbreviates, hyphen_link_at,
                    is_calendar_word, okina_before, uncapitalise_name)
from .nlp import (ADMIN_AREA_NOUNS, COMPASS_ADJECTIVES, NAMING_CLAUSE_WORDS, OFFICE_HEAD_WORDS, PAPER_WORDS,
                  PLACE_OFFICE_TITLES, PLACE_PARTICLES, PORTFOLIO_ENDINGS, ROMANCE_BODY_OPENERS, SETTLEMENT_KINDS,
                  SITE_NAME_TAILS,
                  STATION_MODIFIERS, definite_title_before,
                  plural_noun_opening)

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "COUNTRY", "TERRITORY", "PLACE"}
SPEECH_VERBS = {"say", "tell", "speak", "add", "warn", "claim", "threaten", "ask", "write", "post", "state", "insist",
                "argue", "note", "explain", "declare", "announce", "accuse", "deny", "reply", "respond", "complete"}
# words that never make a name on their own (directions, generic nouns often capitalised)
STOP_NAMES = {"west", "east", "north", "south", "the west", "the east", "western", "eastern", "northern", "southern",
              "government", "ministry", "state", "republic", "president", "administration", "community"}
# ("Parliament" alone names a body when capitalised mid-sentence: see _lone_legislatures)
# nouns that name a person's occupation or role: an appositive with one of them
# (", a lecturer at …") marks the name before it as a person's
PERSON_NOUNS = frozenset("""
lecturer researcher scholar academic teacher student pupil professor dean rector lawyer attorney barrister judge
doctor physician surgeon nurse farmer fisherman worker engineer architect artist painter musician singer
songwriter composer poet novelist filmmaker director producer actor actress comedian athlete runner boxer
cyclist swimmer footballer striker goalkeeper captain manager coach trainer referee pilot soldier officer
sergeant commander general colonel major lieutenant admiral veteran activist campaigner organiser organizer
protester dissident opposition blogger vlogger influencer journalist reporter correspondent columnist editor
photographer presenter broadcaster anchor host commentator analyst economist strategist consultant adviser
advisor aide assistant secretary spokesman spokeswoman spokesperson diplomat ambassador envoy consul negotiator
mediator minister deputy senator congressman congresswoman lawmaker legislator politician candidate mayor
governor councillor councilor chairman chairwoman chair president vice-president premier chancellor monarch
king queen prince princess emperor sultan emir sheikh cleric imam priest bishop archbishop rabbi pastor monk
nun businessman businesswoman entrepreneur executive founder co-founder owner investor banker trader
shopkeeper baker butcher driver mechanic miner labourer laborer resident villager refugee migrant pensioner
retiree mother father son daughter wife husband widow brother sister grandmother grandfather
fellow staff historian scientist physicist chemist biologist researcher expert specialist observer watcher
official administrator bureaucrat prosecutor investigator detective inspector officer police policeman
policewoman guard warden chief head leader lead member delegate representative commissioner ombudsman
""".split())
LEADING = re.compile(r"^(the|a|an)\s+", re.I)
POSSESSIVE = re.compile(r"(['’]s|['’])$")
TITLE_MODIFIERS = {"deputy", "former", "acting", "foreign", "defence", "defense", "prime", "vice", "chief", "senior",
                   "interior", "finance", "first", "general", "attorney", "state", "lieutenant", "ex", "late",
                   "then", "opposition", "supreme", "grand", "crown", "economy", "health", "justice", "trade", "rear",
                   "coordinating"}
#: head words of a state's offices held by a person ("Ruritania's Minister of Trade")
OFFICE_TITLE_HEADS = frozenset({"minister", "secretary", "ambassador", "envoy", "president", "chancellor",
                                "commissioner", "spokesman", "spokeswoman", "spokesperson", "governor", "premier",
                                "mayor", "consul"})
BRACKETS = re.compile(r"[\[\]{}()<>\"“”«»]")
TRAILING_JUNK = re.compile(r"[\s/\\|,;:.\-–—]+$|\s+(of|for|and|in|at|on|the|to)$", re.I)


@dataclass(frozen=True)
class NameMention:
    """A name mention plus the evidence it gives about its entity's type.

    Attributes:
        mention: the mention (label = NER or gazetteer label).
        title_before: a person title ("President", "Mr", "spokesman") precedes it.
        appositive_noun: followed by ", a/the <common noun>" (e.g. ", a baker").
        speaks: subject of a speech verb.
        adjective: the tagger reads it as an adjective.
        in_quote: it stands inside quotation marks.
        appositive_title: followed by an appositive holding a person title
            (", a lecturer at …", ", the Front's representative").
        place_cue: named as a place (", a town in …", "the city of X").
        org_cue: named as an organisation (", a fund", "the X party").
        locative: it stands where places stand, after "in" ("talks in X",
            "in X and Y"): weak place evidence.
        territory_cue: its sovereignty is at stake ("sovereignty over X",
            "title to X", "claim to X"): a place so named is a territory.
        party: it stands before a member title as the member's party
            ("Labor MP for X"): an organisation even when it is an English word.
        settlement: an appositive calls it a town, village, suburb or city (", a
            beachside suburb of …"): a place, unless its sovereignty is at stake.
        same_as: the gazetteer id or name of the place its article gives this
            other name ("X, which Ruritania calls Y", "X, known locally as
            Y"), "" otherwise.
        acronym_of: the organisation name this acronym was defined for in its
            article ("Inuit Circumpolar Council (ICC)" gives "ICC" the long
            name), "" otherwise.
        outlet: the article's own outlet or publisher (masthead, byline,
            copyright line, print credit, or "told X" in X's own article): an
            organisation even when its name is an English word ("Lantern").
        relative: a possessive kin noun introduces the person ("his wife, X",
            "with her husband X"): a relative of someone the article is about.
        holy_site: a religious site's noun follows the name ("the X monastery"): the site's name, not a saint's.
        honorific_gender: "f" after a woman's honorific ("Mrs X", "Ms X"), "m" after a man's ("Mr X"), else "".
    """

    mention: Mention
    title_before: bool = False
    appositive_noun: bool = False
    speaks: bool = False
    adjective: bool = False
    in_quote: bool = False
    appositive_title: bool = False
    place_cue: bool = False
    org_cue: bool = False
    acronym_of: str = ""
    locative: bool = False
    territory_cue: bool = False
    party: bool = False
    same_as: str = ""
    settlement: bool = False
    outlet: bool = False
    relative: bool = False
    holy_site: bool = False
    honorific_gender: str = ""


@lru_cache(maxsize=1)
def titled_person_mentions(mentions: tuple[NameMention, ...], positions: tuple) -> tuple[NameMention, ...]:
    """Name mentions for the holders of posts that no mention covers.

    The position extractor reads names off the tagger's proper-noun runs, so it finds a titled person the
    NER missed ("X Y Z III, chief fisherman of W, said"); without a mention the person, the post and the
    person's quotes would have no node.  The post vouches for the name as a person's (as a title does for
    a mention, see :class:`NameMention`).

    Args:
        mentions: the article's name mentions.
        positions: the article's :class:`graph.models.Position` facts.

    Returns:
        One mention per uncovered position holder, with ``appositive_title`` set, in text order.
    """
    spans = [(nm.mention.start, nm.mention.end) for nm in mentions]
    out: dict[tuple[int, int], NameMention] = {}
    for p in positions:
        m = p.person
        if m.label != "PERSON" or m.start >= m.end or (m.start, m.end) in out or \
                any(s < m.end and m.start < e for s, e in spans) or not any(ch.isupper() for ch in m.text):
            continue
        out[(m.start, m.end)] = NameMention(mention=m, appositive_title=True)
    return tuple(out[k] for k in sorted(out))


def _split_name_parts(mentions: tuple[NameMention, ...], m) -> list[int] | None:
    """The indexes of the mentions that split a post holder's name into parts, or None.

    The holder's name must be wholly made of two or more of them (or of one that leaves out its last words), with
    only spaces between; the first must open the name, and no mention may reach past the name's ends.

    Args:
        mentions: the article's name mentions.
        m: the holder's person mention, read by the position extractor.

    Returns:
        The indexes into ``mentions`` of the parts, or None when the holder's name is not split that way.
    """
    def start(nm: NameMention) -> int:  # a mention's span may take in an honorific its text leaves out
        return max(nm.mention.start, nm.mention.end - len(nm.mention.text))

    inside = [i for i, nm in enumerate(mentions) if nm.mention.start < m.end and m.start < nm.mention.end]
    if not inside or any(start(mentions[i]) < m.start or mentions[i].mention.end > m.end for i in inside):
        return None
    parts = sorted((start(mentions[i]), mentions[i].mention.end) for i in inside)
    if parts[0][0] != m.start or (parts[-1][1] == m.end and len(parts) == 1):
        return None  # (a word before the parts may be a title the holder's name kept: "DCOP A B", "Alhaji A B")
    if any(mentions[i].mention.label in {"COUNTRY", "TERRITORY"} or mentions[i].mention.kb_id for i in inside):
        return None
    return inside


def with_titled_persons(mentions: tuple[NameMention, ...], positions: tuple) -> tuple[NameMention, ...]:
    """The article's name mentions, with one for each post holder whose name the tagger missed or split.

    A name of three words is often split by the NER into two names, or into a name and an organisation
    ("Foreign Minister A B C": "A B" PERSON + "C" PERSON; ", A B C, was": "A B" ORG + "C" ORG). The post
    reads the whole run of proper nouns as one person's name, so the parts give way to it (the same evidence
    :func:`titled_person_mentions` takes for a holder no mention covers).

    Args:
        mentions: the article's name mentions.
        positions: the article's :class:`graph.models.Position` facts.

    Returns:
        The mentions, the split parts replaced by the holder's whole name, plus the uncovered holders.
    """
    drop: set[int] = set()
    whole: dict[tuple[int, int], NameMention] = {}
    for p in positions:
        m = p.person
        if m.label != "PERSON" or (m.start, m.end) in whole or len(m.text.split()) < 3 or \
                not all(w[:1].isupper() for w in m.text.split()):
            continue
        parts = _split_name_parts(mentions, m)
        if parts is None:
            continue
        drop.update(parts)
        whole[(m.start, m.end)] = NameMention(mention=m, appositive_title=True)
    kept = tuple(nm for i, nm in enumerate(mentions) if i not in drop) + tuple(whole[k] for k in sorted(whole))
    return kept + titled_person_mentions(kept, positions)


def _title_words() -> frozenset[str]:
    gaz = load_gazetteer()
    words = {t.casefold().rstrip(".") for t in gaz.person_titles}
    words |= PERSON_NOUNS
    words |= {"spokesman", "spokeswoman", "presenter", "singer", "actor", "actress", "journalist", "reporter", "writer",
              "author", "expert", "analyst", "economist", "scientist", "historian", "politician", "lawmaker", "official",
              "commentator", "blogger", "businessman", "businesswoman", "oligarch", "footballer", "player", "coach",
              "counterpart", "colleague", "aide", "adviser", "advisor", "premier", "dictator", "strongman", "deputy",
              "chief", "head", "leader", "founder", "owner", "editor", "editor-in-chief", "fellow", "professor",
              "diplomat", "envoy", "minister", "prosecutor", "presenter", "host", "anchor", "personality", "candidate",
              # "Superintendent for Operations Name": a school district's or police force's officer (US usage)
              "superintendent"}
    return frozenset(words)


@lru_cache(maxsize=1)
def _title_and_modifier_words() -> frozenset[str]:
    return _title_words() | TITLE_MODIFIERS


@lru_cache(maxsize=1)
def _multiword_titles() -> tuple[str, ...]:
    """The gazetteer's person titles of several words, folded, longest first.

    Malay honorifics and state titles ("Tan Sri", "Datuk Seri", "Menteri Besar") are made of
    words that are no titles on their own ("Tan" is also a surname), so they are stripped whole.
    """
    gaz = load_gazetteer()
    return tuple(sorted({fold(t).rstrip(".") for t in gaz.person_titles if " " in t.strip()}, key=len, reverse=True))


def honorific_chain_length(words: list[str]) -> int:
    """Count the leading words of a name that form a chain of honorifics.

    Malay and Bruneian usage puts a chain of honorifics before a name ("Dato
    Seri Laila Jasa Awang Haji" + "Varnek bin Osman", "Tan Sri" + "Amir Hamzah",
    "Dayang" + "Anika"); the chain is no part of the name.  A chain opens with a
    listed opener (the gazetteer's ``honorific_openers``) and goes on with openers
    and chain words; when the NER cut the opener off, a run of two chain words or
    more still counts ("Seri Laila Jasa Awang Haji").

    Args:
        words: the name's words, as written.

    Returns:
        The number of honorific words at the front (0 when the name opens with none).
    """
    gaz = load_gazetteer()
    folded = [fold(w).rstrip(".") for w in words]

    def opener_at(i: int) -> int:
        for n in (3, 2, 1):
            if i + n <= len(folded) and " ".join(folded[i:i + n]) in gaz.honorific_openers:
                return n
        return 0

    i = opener_at(0)
    opened = i > 0
    while i < len(folded):
        n = opener_at(i) or (1 if folded[i] in gaz.honorific_chain_words else 0)
        if not n:
            break
        i += n
    return i if opened or i >= 2 else 0


#: "His (Her) Excellency" abbreviated before a name (Gulf and African official style); only in capitals, so the
#: Chinese surname "He" is never taken for it
EXCELLENCY_MARKS = frozenset({"HE", "H.E.", "H.E", "HE."})


def strip_honorific_chain(s: str) -> str:
    """Strip a leading chain of honorifics that comes before a capitalised name word.

    Args:
        s: a name surface ("Dato Seri Varnek bin Osman").

    Returns:
        The name without the chain ("Varnek bin Osman"); ``s`` when it opens with none.
    """
    words = s.split()
    n = honorific_chain_length(words)
    if n and n < len(words) and words[n][:1].isupper():
        return " ".join(words[n:])
    if len(words) >= 3 and words[0] in EXCELLENCY_MARKS and words[1][:1].isupper():
        return strip_honorific_chain(" ".join(words[1:]))  # "HE Dr. Ana Berg": "His/Her Excellency", in capitals
    return s


def _strip_multiword_title(s: str) -> str:
    """Strip one leading multi-word person title that comes before a capitalised name word.

    Args:
        s: a name surface ("Tan Sri Amir Hamzah").

    Returns:
        The name without the title ("Amir Hamzah"); ``s`` when it opens with none.
    """
    shorter = strip_honorific_chain(s)
    if shorter != s:
        return shorter
    low = fold(s)
    for t in _multiword_titles():
        if low.startswith(t + " ") and s[len(t) + 1:len(t) + 2].isupper():
            return s[len(t) + 1:].lstrip()
    return s


def clean_surface(text: str, gaz: Gazetteer | None = None, person: bool = False) -> str:
    """Clean a name's surface form: brackets, possessive, leading article, titles.

    Args:
        text: the span text, e.g. "Anna Berg’s", "[Tomas] Lind", "Mr.Lind".
        gaz: the gazetteer (for title words).
        person: the name is a person's: strip leading titles of several words
            ("Deputy Prime Minister", "Foreign Minister"); otherwise only
            honorifics (Mr, Mrs, Ms, Dr) go, so "General Motors" stays whole.

    Returns:
        The bare name ("Anna Berg", "Tomas Lind", "Lind"), or "".
    """
    s = BRACKETS.sub(" ", text)
    s = re.sub(r"\s+", " ", s).strip()
    s = POSSESSIVE.sub("", s).strip()
    s = TRAILING_JUNK.sub("", s).strip()
    s = LEADING.sub("", s)
    titles = _title_and_modifier_words() if person else {"mr", "mrs", "ms", "dr", "mx"}
    while True:
        if person:
            shorter = _strip_multiword_title(s)
            if shorter != s:
                s = shorter
                continue
        # (a title ends at a space or a dot: "Mr.Lind", never inside a word: "MSG" is no "Ms G")
        m = re.match(r"^([^\W\d_][\w-]*(?:\.\s*|\s+))(?=[^\W\d_])", s)
        if not m or not s[m.end():m.end() + 1].isupper():
            break
        word = m.group(1).strip().casefold().rstrip(".")
        if word in titles and len(s) > m.end():
            s = s[m.end():].lstrip()
        else:
            break
    return TRAILING_JUNK.sub("", s).strip()


HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof"}
#: honorifics that tell a person's gender (English usage): a woman's and a man's
GENDERED_HONORIFICS = {"mrs": "f", "ms": "f", "miss": "f", "dame": "f", "madam": "f", "mr": "m", "sir": "m"}


def _honorific_gender(span: Span) -> str:
    """The gender an honorific right before a name (or kept as its first word) tells: "Mrs X" -> "f".

    Args:
        span: the name's span.

    Returns:
        "f", "m", or "" when no gendered honorific comes before the name.
    """
    doc = span.doc
    tok = span[0] if len(span) > 1 and span[0].lower_.rstrip(".") in GENDERED_HONORIFICS else \
        doc[span.start - 1] if span.start >= 1 else None
    if tok is None or not tok.text[:1].isupper():
        return ""  # (a capitalised honorific only: "they miss X" has a verb)
    return GENDERED_HONORIFICS.get(tok.lower_.rstrip("."), "")


def _in_quote(doc: Doc, start: int, text: str | None = None) -> bool:
    text = doc.text if text is None else text
    para_start = text.rfind("\n", 0, start) + 1
    before = text[para_start:start]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


#: nouns before "by" in a staff credit: "Reporting by X", "Editing by Y", "Photos by Z" (a participle,
#: "a report written by X", is no credit: X may be a body)
CREDIT_VERBS = {"reporting", "editing", "writing", "photos", "photographs", "photography", "illustration",
                "illustrations", "graphics", "translation", "fact-checking"}


def _title_before(span: Span) -> bool:
    """A person title right before the name ("President X", "Mr X"), or
    before a comma that opens the name as an appositive ("its foreign
    minister, X, said"; not a portfolio in a list: "MEC for Sport, Arts, ...")."""
    titles = _title_words()
    doc = span.doc
    if span.start >= 1 and doc[span.start - 1].lower_.rstrip(".") in titles:
        return True
    if len(span) > 1 and span[0].lower_.rstrip(".") in HONORIFICS:  # the NER kept the honorific: "Ms X"
        return True
    if len(span) > 2 and _strip_multiword_title(span.text) != span.text:
        return True  # the NER kept a title of several words: "Tan Sri X"
    if span.start >= 2 and doc[span.start - 1].text == "," and span.end < len(doc) and \
            span.text.casefold() not in PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS | PORTFOLIO_TAILS and \
            (doc[span.end].text in {",", "said", "says", "told", "("} or
             (doc[span.end].text == "of" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "the")):
        # "the envoy on Ruritania, X,"; "its secretary of state for the EU, X,"; "the mayor of Y, X of the Z Party"
        for k in range(span.start - 2, max(-1, span.start - 9), -1):
            t = doc[k]
            if t.lower_ in titles:
                return True
            if t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text not in {"-", "'s", "’s"}):
                break
    if span.start >= 2 and doc[span.start - 1].lower_ == "by" and doc[span.start - 2].lower_ in CREDIT_VERBS:
        return True  # "(Additional reporting by X; Editing by Y)": the wire services' staff credits
    first = span[0].text
    return bool(re.match(r"^(Mr|Mrs|Ms|Dr)\.?[A-Z]", first))


def _body_of_apposed_holder(doc: Doc, span: Span) -> bool:
    """The name follows "<title> of" and the holder's name is apposed after it: "the Chairman of X Y, Chief Z,".

    A person holds a title of a body, not of another person; when a titled name or a person follows the
    comma, that is the holder, so the name after "of" is the body's (a name the NER may read as a person's).

    Args:
        doc: the Doc.
        span: the name.

    Returns:
        True when "<title> of" comes right before the name and ", <title>" or a person's name right after it.
    """
    titles = _title_words() | TITLE_MODIFIERS
    k, e = span.start, span.end
    if k < 2 or doc[k - 1].lower_ != "of" or doc[k - 2].lower_.rstrip(".") not in titles or not doc[k - 2].is_title:
        return False
    return e + 1 < len(doc) and doc[e].text == "," and (
        doc[e + 1].lower_.rstrip(".") in titles and doc[e + 1].is_title or
        doc[e + 1].ent_type_ == "PERSON" and doc[e + 1].ent_iob_ == "B")


def _appositive_noun(span: Span) -> bool:
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) and doc[i].text == ",":
        det = doc[i + 1]
        if det.lower_ in {"a", "an", "the"}:
            for tok in doc[i + 2:min(i + 6, len(doc))]:
                if tok.tag_ in {"NN"} and tok.is_lower:
                    return tok.lower_ in _title_words() or tok.head.i < i + 8
                if tok.is_punct:
                    break
    return False


ORG_NOUNS = {"fund", "company", "firm", "group", "bank", "agency", "organisation", "organization", "charity",
             "party", "newspaper", "broadcaster", "channel", "union", "ministry", "department", "council",
             "manufacturer", "maker", "producer", "retailer", "startup", "start-up", "insurer", "lender", "airline",
             "operator", "club", "team", "society", "association", "federation", "foundation", "institute",
             "university", "school", "college", "hospital", "network", "platform", "outlet", "website", "app",
             "coalition", "alliance", "movement", "militia", "consortium", "conglomerate", "subsidiary",
             "regulator", "watchdog", "court", "committee", "commission", "body", "authority", "brand", "chain"}


def _appositive_kind(doc: Doc, j: int) -> str | None:
    """Classify the appositive after a name ending at token j by its first telling word.

    ", a lecturer at …" / ", the Front's representative" -> "person";
    ", a fund" / ", the state broadcaster" -> "org"; ", a town in …" /
    ", X's second-largest city" / ", a busy trading centre" -> "place".  A title directly followed by a
    name (", President Anna Berg,") belongs to that name: None.  A copula and
    an article open the appositive too ("X is a seaside settlement in …"),
    and a noun before a possessive only modifies the head ("the ministry's
    spokeswoman" is a person).

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        "person", "org", "place" or None.
    """
    if j + 2 >= len(doc):
        return None
    first = j + 1
    if doc[j].text != ",":
        # "X is a seaside settlement in …", "X was the party's …": a copula and an article work like a comma
        if not (doc[j].lemma_ == "be" and doc[j].pos_ == "AUX" and doc[j + 1].lower_ in {"a", "an", "the"}):
            return None
        first = j + 2
    titles = _title_words()
    for tok in doc[first:min(j + 9, len(doc))]:
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text in {"'s", "’s"}:
            continue  # "the ministry's spokeswoman": the possessive only modifies the head noun
        if tok.is_punct and tok.text not in {"'s", "’s", "-"}:
            return None
        if tok.lower_ in titles:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            named = nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in titles
            return None if named or _title_names_next(doc, tok.i) else "person"
        if tok.pos_ in {"VERB", "AUX"} and tok.tag_ not in {"VBG", "VBN"}:
            return None  # ", said the city …": the clause goes on, no appositive
        if tok.lower_ in COLLECTIVE_NOUNS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # ", a chain of small islands": the noun after "of" tells the kind
        if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.i + 1 < len(doc) and tok.head.i == tok.i + 1 and \
                doc[tok.i + 1].pos_ == "NOUN":
            continue  # ", a state secretary", ", a port official": the head noun after the modifier tells the kind
        if tok.pos_ == "NOUN" and (tok.lower_ in ORG_NOUNS or tok.lower_ in PLACE_NOUNS or
                                   tok.lemma_ in PLACE_NOUNS or _settlement_centre(doc, tok.i)):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ == "AUX" or nxt.tag_ in {"VBD", "VBZ", "VBP"}) and \
                    doc[first].lower_ in {"a", "an", "the"}:
                return None  # "According to X, the province had …": the noun is the next clause's subject
            return "org" if tok.lower_ in ORG_NOUNS else "place"
    return None


def _title_names_next(doc: Doc, k: int) -> bool:
    """Tell whether the title phrase at token k is set before the name after it: ", X's consul on the isle, Anna Berg,".

    A title phrase between two commas, with a person's name right after the
    second, is that person's appositive, not the first name's (the name before
    it may be a place: "the port on X, Ruritania's consul there, Anna Berg, said").

    Args:
        doc: the Doc.
        k: the title word.

    Returns:
        True when the phrase ends within eight tokens on a comma followed by a name the NER reads as a person's.
    """
    for p in range(k + 1, min(k + 9, len(doc) - 1)):
        if doc[p].is_punct and doc[p].text not in {"-", "'s", "’s"}:
            return doc[p].text == "," and doc[p + 1].ent_type_ == "PERSON" and doc[p + 1].ent_iob_ == "B"
    return False


#: person nouns that also open bodies' or places' names ("Police Scotland", "Opposition Alliance", "Guard Hill")
AMBIGUOUS_PERSON_NOUNS = {"opposition", "staff", "police", "guard", "observer", "host", "member", "head", "lead",
                          "chief", "fellow", "general", "major", "anchor", "chair", "leader", "trader", "pilot"}


def _described_person(doc: Doc, ent: Span) -> Span | None:
    """Cut a capitalised person noun off the name it describes: "Pensioner Anna Berg", "Shopkeeper Tomas Lind".

    News style sets a common noun before a name as a false title (AP
    Stylebook, "titles": "pensioner Anna Berg", capitalised at a sentence's
    start); the NER keeps the noun and often reads the whole as a body.  A
    person noun (:data:`PERSON_NOUNS`), then two or three capitalised words
    that make a person's name, are a person.

    Args:
        doc: the Doc.
        ent: an entity span.

    Returns:
        The name's span labelled PERSON, or None.
    """
    from .entities import person_shaped

    if ent.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"} or not 3 <= len(ent) <= 4 or \
            not ent[0].is_title or ent[0].lower_ not in PERSON_NOUNS or ent[0].lower_ in AMBIGUOUS_PERSON_NOUNS or \
            ent[0].lower_ in {fold(t) for t in load_gazetteer().person_titles}:
        return None  # (a real title, "President Anna Berg", stays: the cleaner strips it, the span keeps it)
    name = ent[1:]
    if not all(t.is_title and t.is_alpha for t in name) or not person_shaped(name.text):
        return None
    return Span(doc, ent.start + 1, ent.end, label="PERSON")


#: nouns of quantity that only count what follows "of" (", a chain of islands", ", a group of villages")
COLLECTIVE_NOUNS = {"chain", "group", "string", "cluster", "series", "handful", "pair", "ring", "collection"}


def _hyphen_next(doc: Doc, k: int) -> bool:
    """Token k is a hyphen glued between two capitalised words ("Haddad-Qasem")."""
    return (k + 1 < len(doc) and doc[k].text in {"-", "‐"} and not doc[k - 1].whitespace_
            and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper())


#: one romanised East Asian syllable in lower case, the second half of a hyphenated given name
#: ("Jae-won", "Ji-hoon", "Seo-yeon", "Ying-jeou"): Revised Romanization of Korean and Wade-Giles
ROMANISED_SYLLABLE = re.compile(r"(?:[bcdfghjklmnprstwyz]{0,3})(?:[aeiou][aeiouy]{0,2})(?:ng|n|m|l|k|p|t|r|h)?")


def _romanised_given_name_at(doc: Doc, k: int) -> bool:
    """Tell whether tokens k, k + 1 are "-won" closing a hyphenated given name: "Jae" + "-" + "won".

    Korean (and Wade-Giles Chinese) given names join two syllables with a
    hyphen and write the second in lower case ("Yoon Jae-won", "Ma Ying-jeou");
    the small model often stops the name at the hyphen.  The part before must
    be one capitalised syllable word glued to the hyphen, the part after one
    lower-case syllable glued to it (so "Berg-led" or "Seoul-based" never pass).

    Args:
        doc: a spaCy Doc.
        k: the index of the hyphen.

    Returns:
        True for such a second syllable.
    """
    if k < 1 or k + 1 >= len(doc) or doc[k].text not in {"-", "‐"} or doc[k - 1].whitespace_ or doc[k].whitespace_:
        return False
    first, second = doc[k - 1].text, doc[k + 1].text
    return first.isalpha() and first.istitle() and len(first) <= 5 and second.isalpha() and second.islower() and \
        len(second) <= 5 and bool(ROMANISED_SYLLABLE.fullmatch(second)) and \
        (k + 2 >= len(doc) or bool(doc[k + 1].whitespace_) or not doc[k + 2].is_alpha)


def _romanised_given_name_after(doc: Doc, ent: Span) -> int | None:
    """Find a hyphenated romanised given name right after a one-word name: "Han" + "Da-eun".

    Korean names put the family name first; the small model reads a family
    name that is also a people's or a place's name ("Han", "Ma") as that, and
    leaves the given name out.  One short capitalised word, then a given name of
    two syllables joined by a hyphen (see :func:`_romanised_given_name_at`), is a person's name.

    Args:
        doc: a spaCy Doc.
        ent: an entity span.

    Returns:
        The end token of the full name, or None.
    """
    k = ent.end
    if len(ent) != 1 or ent.label_ not in {"NORP", "GPE", "ORG", "LOC", "FAC"} or not ent[0].is_alpha or \
            not ent[0].is_title or len(ent[0]) > 5 or k + 2 >= len(doc) or doc[k].ent_type_ not in {"", "PERSON"} or \
            not doc[ent.end - 1].whitespace_ or not doc[k].is_title or not doc[k].is_alpha:
        return None
    if doc[k].ent_type_ == "PERSON" and (doc[k].ent_iob_ != "B" or (k + 3 < len(doc) and doc[k + 3].ent_iob_ == "I")):
        return None  # the NER's own person name after it must be the given name alone ("Han" + "Ye-jin")
    return k + 3 if _romanised_given_name_at(doc, k + 1) else None


def _hyphen_extent(doc: Doc, end: int, person: bool = False) -> int:
    """Extend a name ending before token ``end`` over glued hyphenated parts
    ("-Nielsen", "-ud-Din"); a part that opens another entity takes that
    whole entity ("Mehraj" + "-ud-" + the NER's "Din Bhat").  A person's name
    also takes a lower-case romanised syllable ("Oh Jae" + "-won")."""
    if person and end < len(doc) and _romanised_given_name_at(doc, end):
        return end + 2
    grown = end
    if 0 < end < len(doc) and doc[end - 1].text in {"-", "‐"} and not doc[end - 1].whitespace_ and \
            doc[end].text[:1].isupper():
        grown = end + 1  # the NER stopped on the hyphen: "Rafiq-ud-" + "Din"
    while grown < len(doc):
        if _hyphen_next(doc, grown):
            grown += 2
        elif hyphen_link_at(doc, grown):
            grown += 4
        else:
            break
    if grown > end:
        while grown < len(doc) and doc[grown].ent_iob_ == "I" and doc[grown - 1].ent_type_ == doc[grown].ent_type_:
            grown += 1
    return grown


def _particle_run(doc: Doc, k: int, gazetteer_free: bool = True) -> int:
    """Length of a run of name particles from token k that a capitalised name word follows.

    "de la" + "Torre", "i" + "Soler", "Van der" + "Elst" (a capitalised first
    particle is allowed when a lower-case one follows).

    Args:
        doc: the Doc.
        k: the token to start at.
        gazetteer_free: the word after the particles must hold no gazetteer name.

    Returns:
        The number of particle tokens, or 0 when no name word follows them.
    """
    j = k
    while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and (
            doc[j].is_lower or (j + 1 < len(doc) and doc[j + 1].lower_ in NAME_PARTICLES and doc[j + 1].is_lower)):
        j += 1
    if j == k or j >= len(doc) or j - k > 3:
        return 0
    nxt = doc[j]
    if not nxt.is_title or not nxt.is_alpha or (gazetteer_free and nxt.ent_id_) or doc[j - 1].whitespace_ == "":
        return 0
    return j - k


def _nickname_at(doc: Doc, k: int) -> bool:
    """Tokens from k are a quoted nickname and a surname: '"Kostya" Orlov'."""
    return k + 3 < len(doc) and doc[k].text in {'"', "“"} and doc[k + 1].is_title and doc[k + 1].is_alpha and \
        doc[k + 2].text in {'"', "”"} and doc[k + 3].is_title and doc[k + 3].pos_ == "PROPN"


#: capitalised abbreviations that are no given name ("St. Kitts", "Mt. Apo", "Co. Cork", "No. 10")
NON_NAME_ABBREVIATIONS = {"st", "mt", "co", "no", "ft", "pt", "jr", "sr", "vs", "op", "ch", "vol", "p", "pp"}


def _abbreviated_given_name(doc: Doc, start: int) -> int:
    """Find an abbreviated given name right before a name: "Ma." in "spokesperson Ma. Ana Cruz".

    Filipino and Spanish usage abbreviates "Maria" to "Ma." and many styles
    keep a first initial ("J. Anna Berg"); the tagger often splits "Ma" from its
    full stop and the NER then drops it.  The abbreviation (one capital and at
    most one lower-case letter, with its full stop) counts only after a
    lower-case word or a title ("spokesperson Ma."), so a sentence's last word
    is not taken.

    Args:
        doc: the Doc.
        start: the first token of the name.

    Returns:
        The index of the abbreviation's first token, or ``start`` when there is none.
    """
    if start >= 1 and re.fullmatch(r"[A-Z][a-z]?\.", doc[start - 1].text) and doc[start - 1].whitespace_:
        k = start - 1
    elif start >= 2 and doc[start - 1].text == "." and doc[start - 1].whitespace_ and \
            re.fullmatch(r"[A-Z][a-z]?", doc[start - 2].text) and not doc[start - 2].whitespace_:
        k = start - 2
    else:
        return start
    word = doc[k].text.rstrip(".").casefold()
    titles = _title_and_modifier_words()
    if word in titles or word in NON_NAME_ABBREVIATIONS or word in HONORIFICS or k < 1:
        return start
    before = doc[k - 1]
    if "\n" in before.whitespace_ or not (before.is_lower and before.is_alpha or before.lower_.rstrip(".") in titles):
        return start
    return k


#: the patronymic particles of Irish and Scottish Gaelic surnames, written as words of their own ("Síle Ní
#: Bhriain", "Seán Ó Néill", "Nóra Nic Giolla", "Máire Bean Uí"): "daughter of", "descendant of", "son of", "wife of"
GAELIC_PARTICLES = {"Ní", "Nic", "Ó", "Ua", "Uí", "Mac", "Mhic"}


def _state_in_body(doc: Doc, ent: Span, nxt: Span | None) -> Span | None:
    """Rejoin a body's name that holds a country's name: "the Royal" + "Varnay" + "Army".

    The gazetteer labels the country inside a state body's name ("Royal Varnay
    Army", "National Varnay Police"), and the NER then keeps only the words
    before it; the capitalised words after the country that end on a state
    body's head word (:data:`ORG_BODY`) close the name.

    Args:
        doc: the Doc.
        ent: the name before the country.
        nxt: the next name (the country).

    Returns:
        The whole body's span, or None.
    """
    if ent.label_ != "ORG" or nxt is None or nxt.start != ent.end or nxt.label_ != "COUNTRY" or \
            not ent[-1].is_title or not _glued(doc, ent.end - 1) or not _glued(doc, nxt.end - 1):
        return None
    k = nxt.end
    while k < len(doc) and k - nxt.end < 2 and doc[k].is_title and doc[k].is_alpha and (
            k == nxt.end or _glued(doc, k - 1)):
        k += 1
    return Span(doc, ent.start, k, label="ORG") if k > nxt.end and doc[k - 1].lower_ in ORG_BODY else None


def _irish_article(doc: Doc, ent: Span) -> int | None:
    """Find the Irish article "An" that opens a name: "An Coiste", "An Fóram".

    Irish-language names of bodies and places keep their article ("An Post",
    "An Bord Pleanála", "An Spidéal"; the Irish definite article, see any Irish
    grammar); in running English text a capitalised "An" inside a sentence can
    only be that article, while the NER leaves it out and the surface cleaner
    drops it as the English one.

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        The index of "An" (the name's first token or the one before it), or None.
    """
    k = ent.start if ent[0].text == "An" else ent.start - 1
    if k < 1 or doc[k].text != "An" or (k == ent.start and len(ent) < 2) or not doc[k + 1].is_title or \
            not doc[k].whitespace_ or doc[k].is_sent_start:
        return None
    before = doc[k - 1]
    if "\n" in before.whitespace_ or not (before.is_alpha or before.text in {",", "("}) or \
            before.text in {"“", "‘", '"', ":"}:
        return None
    return k


def _gaelic_name(doc: Doc, ent: Span, nxt: Span | None) -> tuple[Span, bool] | None:
    """Read a name with a Gaelic patronymic particle as a person: "Síle Ní Bhriain".

    Irish surnames are written with a separate particle ("Ní", "Ó", "Mac", "Nic",
    "Uí"; see the Irish-language naming conventions of the Ordnance Survey
    place-names branch and any Irish style guide) that the NER often reads as
    the name of a body, or splits off with the surname ("Cllr Síle" + "Ní
    Bhriain").  A capitalised given name, the particle and a capitalised word
    after it name a person.

    Args:
        doc: the Doc.
        ent: the name.
        nxt: the next name the NER found, if any.

    Returns:
        (the person's span, whether it takes in ``nxt``), or None when the name is no such name.
    """
    def particle_at(k: int) -> bool:
        return 0 < k < len(doc) - 1 and doc[k].text in GAELIC_PARTICLES and doc[k - 1].is_title and \
            doc[k - 1].is_alpha and doc[k + 1].is_title and doc[k + 1].is_alpha and bool(doc[k].whitespace_)

    if ent.label_ in {"ORG", "GPE", "LOC", "FAC", "NORP"} and len(ent) <= 5 and \
            any(particle_at(k) for k in range(ent.start + 1, ent.end - 1)):
        return Span(doc, ent.start, ent.end, label="PERSON"), False
    if nxt is not None and nxt.start == ent.end and nxt.label_ in {"PERSON", "ORG"} and len(nxt) <= 3 and \
            particle_at(nxt.start) and ent[-1].is_title and len(ent) <= 3 and \
            not ({t.lower_ for t in ent} & ORG_BODY):
        return Span(doc, ent.start, nxt.end, label="PERSON"), True  # "Cllr Síle" + "Ní Bhriain"
    if ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"} and len(ent) <= 3 and particle_at(ent.end) and \
            not doc[ent.end].ent_type_ and not doc[ent.end + 1].ent_type_ and _glued(doc, ent.end - 1) and \
            not ({t.lower_ for t in ent} & ORG_BODY):
        return Span(doc, ent.start, ent.end + 2, label="PERSON"), False  # "Cllr Síle" + "Ní Bhriain" (no name)
    return None


def _place_link_at(doc: Doc, k: int, covered: set[int]) -> bool:
    """Tell whether a place's name goes on at token k with a Romance particle: "Campo Alto" + "do Norte".

    The particle must be lower case and glued to the name before it, and a capitalised word that the gazetteer
    does not list must follow it ("Rio Tolsa do Norte", not "Santiago de Chile"), held by no entity or by a
    one-word entity of its own (the NER reads "Norte" or "Sul" alone as a person or a body).

    Args:
        doc: the Doc.
        k: the token after the place's name.
        covered: token indices held by an entity.

    Returns:
        True when the two tokens from k continue the place's name.
    """
    lone = k + 1 not in covered or (doc[k + 1].ent_iob_ == "B" and doc[k + 1].ent_type_ in {"PERSON", "ORG", "GPE"} and
                                    (k + 2 >= len(doc) or doc[k + 2].ent_iob_ != "I"))
    return k + 1 < len(doc) and k not in covered and lone and doc[k].lower_ in PLACE_PARTICLES and \
        doc[k].is_lower and _glued(doc, k - 1) and _glued(doc, k) and doc[k + 1].is_title and \
        doc[k + 1].is_alpha and not doc[k + 1].ent_id_


def _campus_end(doc: Doc, ent: Span, k: int, after: Span | None) -> int:
    """End of a campus town that closes a state university's name: "the University of" + "Varnay" + "Tolsby".

    US state systems name each campus "University of <State> <Town>".  The town is one
    capitalised word (two if the NER read them as a place), glued to the state, with no
    capitalised word after it and no title among its words.

    Args:
        doc: the Doc.
        ent: the body's entity, ending in "of".
        k: the token after the state's name.
        after: the entity after the state's, if any.

    Returns:
        The end token of the town, or 0 when there is none.
    """
    if ent[-1].lower_ != "of" or not any(t.lower_ == "university" for t in ent) or k >= len(doc) or \
            not _glued(doc, k - 1):
        return 0
    if after is not None and after.start == k:
        if after.label_ not in {"PLACE", "GPE", "LOC", "PERSON"} or len(after) > (1 if after.label_ == "PERSON" else 2):
            return 0
        end = after.end
    elif doc[k].ent_type_:
        return 0
    else:
        end = k + 1
    words = doc[k:end]
    if not all(t.is_title and t.is_alpha for t in words) or any(t.lower_ in _title_and_modifier_words() for t in words):
        return 0
    if end < len(doc) and doc[end].text[:1].isupper():
        return 0
    return end


def _party_home_tag_at(doc: Doc, ent: Span) -> bool:
    """Tell whether an acronym is a legislator's party tag glued to a home town: ", DFL-Tolsby,".

    The Associated Press style for legislators ("Rep. X, D-Ohio,"): after a comma, a party's
    letters, a glued hyphen and a capitalised place; the place is no part of the party's name.

    Args:
        doc: the Doc.
        ent: a one-word entity.

    Returns:
        True for an acronym in that position.
    """
    return (len(ent) == 1 and ent.label_ == "ORG" and 1 <= len(ent.text) <= 4 and ent.text.isupper()
            and ent.text.isalpha() and ent.start > 0 and doc[ent.start - 1].text == ","
            and ent.end + 1 < len(doc) and doc[ent.end].text in {"-", "‐"} and not ent[0].whitespace_
            and not doc[ent.end].whitespace_ and doc[ent.end + 1].text[:1].isupper())


#: the party letters of US legislators in AP style: Democrat, Republican, independent, Minnesota's Democratic-Farmer-
#: Labor ("DFL"); not any capital letter glued by a hyphen (", T-Mobile," names no town)
PARTY_TAGS = frozenset({"D", "R", "I", "DFL"})


def _party_home_place_end(doc: Doc, i: int, covered: set[int]) -> int:
    """The end of a legislator's home town after a party tag the NER left untagged: ", D-Tolsby Springs,".

    The Associated Press style for legislators ("Rep. X, D-Ohio,"): after a comma, a party's letters (see
    PARTY_TAGS), a glued hyphen, then the place in up to three capitalised words closed by punctuation.

    Args:
        doc: the Doc.
        i: the token of the party's letters.
        covered: tokens the NER's entities hold.

    Returns:
        The token end of the place, or ``i`` when the pattern does not hold.
    """
    if not (doc[i].text in PARTY_TAGS and i > 0 and doc[i - 1].text == ","
            and _hyphen_next(doc, i + 1) and not doc[i].whitespace_) or i + 2 in covered:
        return i
    k = i + 2
    while k < len(doc) and k - i < 5 and k not in covered and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k == i + 2 or k >= len(doc) or doc[k].text not in {",", ".", ";", ")"}:
        return i
    return k


#: entity labels the small NER model gives to a surname it does not know after particles ("dos" + "Reis Tolsa")
SURNAME_MISREAD_LABELS = {"ORG", "GPE", "LOC", "NORP", "FAC"}


def _surname_read_as_group(doc: Doc, k: int, covered: set[int]) -> bool:
    """Tell whether token k is a person's last surname that the NER read as a nationality or group (NORP).

    The small English model labels an unfamiliar surname right after a given name as NORP when it closes the
    name before an appositive comma ("Tashi Norbu Wangchuk, the minister"); a one-word NORP span that is no
    demonym the gazetteer lists and has no nationality ending, glued to the name, capitalised and tagged a
    proper noun, is the name's last word (the name-extension step of rule-based NER post-processing, as in
    CoreNLP's RegexNER overwrite of a model label).

    Args:
        doc: the Doc.
        k: the token right after the person's name.
        covered: the tokens inside other entity spans.

    Returns:
        True when the token is such a surname.
    """
    if k >= len(doc) or k not in covered or doc[k].ent_type_ != "NORP" or doc[k].ent_iob_ != "B" or \
            doc[k].ent_id_ or (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I"):
        return False
    tok = doc[k]
    if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN" and tok.tag_ == "NNP") or \
            tok.lower_.endswith(GROUP_WORD_ENDINGS) or load_gazetteer().country_of_demonym(tok.text) is not None:
        return False
    return _glued(doc, k - 1) and (k + 1 >= len(doc) or not doc[k + 1].is_title)


def _qualified_title_at(doc: Doc, k: int) -> bool:
    """Tell whether tokens k, k+1 are a qualifier and a member's title opening a name ("Tolsa MP Ana Berg").

    News copy puts a member's party or a place before the title ("Labour MP X", "Fretilin deputy X"); the NER
    may take both into the person's span, where the cleaner, which strips only leading titles, cannot reach
    the title.  A capitalised word that is no title or title modifier, then an upper-case gazetteer title
    ("MP", "MLA", "TD"), then a capitalised word, open such a span (the title-then-name pattern of rule-based person
    recognisers such as GATE ANNIE's).

    Args:
        doc: the Doc.
        k: the span's first token.

    Returns:
        True when the two tokens are such a qualifier and title.
    """
    if k + 2 >= len(doc) or not doc[k].is_title or not doc[k + 2].is_title or not doc[k].is_alpha:
        return False
    words = _title_and_modifier_words()
    if doc[k].lower_ in words or doc[k].lower_ in HONORIFICS:
        return False
    return doc[k + 1].text in load_gazetteer().person_titles and doc[k + 1].text.isupper() and \
        _glued(doc, k) and _glued(doc, k + 1)


def _adjust(doc: Doc, ent: Span, covered: set[int]) -> Span:
    """Widen a name the NER cut short: a glued hyphenated part on the right
    ("Bergqvist" + "-Nielsen"), for a place the rest of an area's name ("Varn" +
    "Tolsa Province"), a capitalised given name on the left
    ("Anders" + "Bergqvist-Nielsen") that no other entity holds, and for a
    person a surname after particles ("Vilaró" + "i Soler"), after a quoted
    nickname ('"Kostya" Orlov') or a capitalised surname no entity holds
    ("Hannes" + "Lind"); never over an organisation word ("Highways Agency"
    + "Ara Tika" stays apart) nor over a title's portfolio ("Minister of
    Information" + "Anna Berg").  A sentence-initial role noun glued before a
    person's name ("Parent Anna Berg") is no part of it.
    """
    titles = _title_and_modifier_words()
    start, end = ent.start, ent.end
    label = ent.label_
    if label in {"ORG", "GPE"} and len(ent) <= 2 and all(t.is_title for t in ent) and _nickname_at(doc, end):
        label = "PERSON"  # 'Konstantin "Kostya" Orlov': the NER read the given name alone as an org or place
    if not _party_home_tag_at(doc, ent):
        end = _hyphen_extent(doc, end, person=label == "PERSON")
    if label in {"GPE", "LOC"}:
        k = end
        while k < len(doc) and k - end < 2 and k not in covered and doc[k].is_title and doc[k].is_alpha and \
                _glued(doc, k - 1):
            k += 1
        if k > end and doc[k - 1].lower_ in AREA_WORDS:
            end = k  # "Varn" + "Tolsa Province": the NER stopped before the rest of an area's name
        elif _place_link_at(doc, end, covered):
            end += 2  # "Campo Alto" + "do Norte": a Portuguese, Spanish or Italian place name linked by a particle
            while end < len(doc) and end - ent.end < 4 and end not in covered and doc[end].is_title and \
                    doc[end].is_alpha and _glued(doc, end - 1) and not doc[end].ent_id_:
                end += 1
    if label in {"PERSON", "ORG", "GPE"} and all(t.is_title for t in ent) and len(ent) <= 3:
        k = _abbreviated_given_name(doc, start)
        if k < start:
            start, label = k, "PERSON"
    if label == "PERSON":
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and \
                (doc[end - 1].text not in {"'s", "’s", "'", "’"} or _name_apostrophe(doc, end - 1)):
            # "Anna Berg's" + "Office" is no name
            n = _particle_run(doc, end)
            if n:
                end += n + 1
                while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].is_title and _glued(doc, end - 1) \
                        and (doc[end].ent_type_ == "PERSON" or doc[end].ent_type_ in SURNAME_MISREAD_LABELS and
                             not doc[end].ent_id_ and doc[end - 1].ent_type_ == doc[end].ent_type_ and
                             doc[end].pos_ == "PROPN"):
                    end += 1  # "… Varnek" + the NER's "bin Haji Tolsam": the patronymic the NER read apart
                    # ("Ana dos" + the NER's body "Reis Tolsa": the surnames after a particle, one name)
            elif _nickname_at(doc, end):
                end += 4
            elif end in covered and end + 1 < len(doc) and doc[end].ent_id_ and \
                    (end + 1 not in covered or doc[end + 1].ent_type_ == "PERSON") and \
                    doc[end].ent_type_ == "PLACE" and doc[end].ent_iob_ == "B" and \
                    (doc[end + 1].ent_iob_ != "I" or doc[end + 1].ent_type_ == "PERSON") and \
                    doc[end].is_title and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" and \
                    _glued(doc, end - 1) and _glued(doc, end) and doc[end + 1].lower_ not in titles:
                end += 2  # "Ali" + "Aden" + "Warsame": a one-word gazetteer place inside a person's name
            elif end in covered and end - ent.start >= 2 and doc[end].ent_id_ and doc[end].ent_type_ == "PLACE" and \
                    doc[end].ent_iob_ == "B" and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I") and \
                    doc[end].is_title and _glued(doc, end - 1) and end + 2 < len(doc) and \
                    doc[end + 1].text == "," and _appositive_kind(doc, end + 1) == "person":
                end += 1  # "Ana Mve" + "Ondo" + ", a lecturer": a one-word gazetteer place closing a person's name
            elif end not in covered and doc[end].is_title and doc[end].pos_ == "PROPN" and \
                    doc[end - 1].whitespace_ and doc[end].lower_ not in titles and not doc[end].is_sent_start:
                end += 1
            elif _surname_read_as_group(doc, end, covered):
                end += 1  # "Tashi Norbu" + the NER's group "Wangchuk": a surname the NER read as a nationality
            elif _name_apostrophe(doc, end - 1) and doc[end].is_title and doc[end].pos_ == "PROPN" and \
                    not doc[end].ent_id_ and doc[end].lower_ not in titles and \
                    (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I"):
                end += 1  # "Achieng'" + "Otieno": the surname the NER cut off after the apostrophe
            else:
                break
            end = _hyphen_extent(doc, end)
    from .entities import ORG_WORDS

    while start > 0:
        prev = doc[start - 1]
        if prev.i in covered or not prev.is_title or (prev.pos_ != "PROPN" and not _capitalised_mid_sentence(
                doc, prev.i, label)) or prev.lower_ in titles \
                or prev.text.endswith((".", "’s", "'s")) or (label == "PERSON" and prev.lower_ in ORG_WORDS):
            break  # "Highways Agency" + "Ara Tika": an organisation word opens no person's name
        if label == "PERSON" and prev.lower_ in OFFICE_HEAD_WORDS:
            break  # "Harbour Constable" + "Ana Berg": an unlisted local office before the name is the post
        if label == "PERSON" and start >= 2 and doc[start - 2].lower_ in {"and", "&"} and (
                prev.lower_ in PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS | PORTFOLIO_TAILS or
                prev.lower_.endswith(("tion", "tions", "ment", "ments", "affairs"))):
            break  # "... Culture and Recreation" + "Ana Berg": the portfolio's last remit is no part of the name
        if label == "PERSON" and plural_noun_opening(doc, prev.i):
            break  # "Farmers" + "Bill and Ann Reid": a plural noun opening the sentence is no given name
        start -= 1
    b = start
    while b > 0 and doc[b - 1].lower_ in TITLE_MODIFIERS and doc[b - 1].is_title:
        b -= 1  # "Minister of Foreign Affairs" + "Anna Berg": a title modifier ("Foreign") opens the portfolio
    if label in {"PERSON", "ORG"} and start < ent.start and b >= 2 and doc[b - 1].lower_ in {"of", "for"} and \
            doc[b - 2].lower_ in titles:
        start = ent.start  # "Minister of Information" + "Anna Berg": the capitalised words are the portfolio
    if label == "PERSON" and end - start >= 3 and (doc[start].lower_ in ROLE_NOUNS or
                                                   doc[start].lower_.endswith(ROLE_NOUN_SUFFIXES)) and \
            doc[start].is_title and \
            (start == 0 or doc[start].is_sent_start or "\n" in doc[start - 1].whitespace_) and \
            all(t.is_title for t in doc[start + 1:end]):
        start += 1  # "Parent Anna Berg, whose …": a sentence-initial role noun glued before the name
    if label == "PERSON" and end - start >= 3 and _qualified_title_at(doc, start):
        start += 2  # "Tolsa MP" + "Ana Berg": the party and the member's title before the name are no part of it
    if label in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}:
        start, end, label = _honorific_extent(doc, start, end, label, covered)
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    return Span(doc, start, end, label=label, kb_id=ent.kb_id)




#: determiners that may open a listed name's span ("the Kremlin"): the span is still that name
_DETERMINERS = frozenset({"the", "a", "an"})


def _honorific_word(word: str) -> bool:
    """Tell whether a word may stand in a chain of honorifics ("Dato", "Seri", "Haji"; see the gazetteer)."""
    gaz = load_gazetteer()
    return fold(word).rstrip(".") in gaz.honorific_chain_words or \
        any(fold(word).rstrip(".") in t.split() for t in gaz.honorific_openers)


def _honorific_extent(doc: Doc, start: int, end: int, label: str, covered: set[int]) -> tuple[int, int, str]:
    """Widen a name over the chain of honorifics the NER split from it: "Dato" + "Seri Laila Jasa Awang Haji Varnek".

    Malay and Bruneian names open with a chain of honorifics (see
    :func:`honorific_chain_length`); the NER often cuts the chain in two or
    stops at its end.  Capitalised chain words right before the name join it,
    and a span of chain words alone takes the capitalised name words after it
    ("Seri Laila Jasa Awang Haji" + "Varnek").  A name so opened is a person's.

    Args:
        doc: the Doc.
        start: the span's first token.
        end: the span's end (exclusive).
        label: the span's label.
        covered: tokens other entities hold.

    Returns:
        The new (start, end, label); unchanged when no chain is at stake.
    """
    gaz = load_gazetteer()
    words = {w for t in gaz.honorific_openers for w in t.split()} | gaz.honorific_chain_words

    def honorific(k: int) -> bool:
        if doc[k].text in {"'", "’"} and k > 0 and not doc[k - 1].whitespace_ and fold(doc[k - 1].text) == "dato":
            return "\n" not in doc[k].whitespace_  # "Dato'": the tokenizer splits the apostrophe off
        return doc[k].is_title and fold(doc[k].text).rstrip(".") in words and "\n" not in doc[k].whitespace_

    def chain(a: int, b: int) -> int:  # honorific words at doc[a:], counted in tokens ("Dato" + "'" is one word)
        words_ = doc[a:b].text.split()
        n = honorific_chain_length(words_)
        return len(doc[a:b].char_span(0, len(" ".join(words_[:n])), alignment_mode="expand") or ()) if n else 0

    k = start
    while k > 0 and start - k < 7 and honorific(k - 1) and \
            ((k - 1) not in covered or doc[k - 1].ent_type_ == "PERSON"):
        k -= 1
    if k < start and chain(k, end) >= start - k:
        start = k
    n = chain(start, end)
    if not n:
        return start, end, label
    titles = _title_and_modifier_words()
    if n >= end - start:
        j = end
        while j < len(doc) and j - end < 3 and doc[j].is_title and doc[j].is_alpha and \
                doc[j].lower_ not in titles and doc[j - 1].whitespace_ and "\n" not in doc[j - 1].whitespace_ and \
                not doc[j].ent_id_:
            j += 1
        if j == end:
            return start, end, label
        end = j
    return start, end, "PERSON"


def _office_led_name(doc: Doc, start: int, end: int) -> int | None:
    """Find where a person's name starts after an unlisted office that leads it: "Harbour Constable" + "Ana Berg".

    Local posts ("Oyster Warden", "Town Clerk", "County Coroner") are no listed titles, so a capitalised run
    may hold the post and the name together. The post is one or two capitalised words closed by an office head
    word (:data:`OFFICE_HEAD_WORDS`); a name of two or three capitalised words, none of them a body's or a
    place's word, must follow inside the run.

    Args:
        doc: the Doc.
        start: the run's first token.
        end: the run's end (exclusive).

    Returns:
        The index of the name's first token, or None when the run opens with no such office.
    """
    from .entities import ORG_WORDS

    head = next((k for k in range(start, min(start + 3, end)) if doc[k].lower_ in OFFICE_HEAD_WORDS), None)
    if head is None or not all(t.is_title for t in doc[start:head + 1]):
        return None
    name = doc[head + 1:end]
    if 2 <= len(name) <= 3 and all(t.is_alpha and t.is_title and t.lower_ not in OFFICE_HEAD_WORDS and
                                   t.lower_ not in ORG_WORDS and t.lower_ not in PLACE_HEAD_WORDS for t in name):
        return head + 1
    return None

#: role nouns that a paper sets before a name without a comma ("Parent Anna Berg said"); none is a given name
ROLE_NOUNS = frozenset({"parent", "parents", "resident", "villager", "neighbour", "neighbor", "pensioner", "shopper",
                        "commuter", "pupil", "student", "volunteer", "customer", "passenger", "tourist", "visitor",
                        "homeowner", "tenant", "landlord", "grandparent", "grandmother", "grandfather", "mum", "dad",
                        "carer", "caregiver", "supporter", "spectator", "motorist", "cyclist", "runner",
                        "swimmer", "shopkeeper", "retiree", "local", "voter", "patient", "worker", "farmer"})
#: the endings of occupation nouns set before a name ("Meteorologist Anna Berg", "Economist Karl Lind"): the
#: suffixes "-ologist" and "-onomist" make nouns, never given names (English derivational morphology)
ROLE_NOUN_SUFFIXES = ("ologist", "onomist")


def _capitalised_mid_sentence(doc: Doc, k: int, label: str) -> bool:
    """Tell whether token k, capitalised inside a sentence, can only be a family name before a person's name.

    Vietnamese and other family names are also English words the tagger reads
    as verbs or particles ("Do", "Le", "Ha"); right after a lower-case word
    of the same sentence ("argued Do Quang Vinh"), a capital can only mark a
    name.  One word is taken, and only before a person's name.

    Args:
        doc: the Doc.
        k: the token before the name.
        label: the name's label.

    Returns:
        True for such a word.
    """
    if label != "PERSON" or k < 1 or doc[k].is_sent_start or not doc[k].is_alpha or doc[k].is_upper:
        return False
    before = doc[k - 1]
    return before.is_lower and before.is_alpha and _glued(doc, k - 1) and _glued(doc, k) and \
        (k + 1 >= len(doc) or doc[k + 1].ent_iob_ == "B")


TOPIC_WORDS = {"affairs", "security", "defence", "defense", "intelligence", "cooperation", "co-operation", "studies",
               "development", "trade", "industry", "commerce", "justice", "health", "education", "finance", "economy",
               "energy", "environment", "culture", "transport", "communications", "planning", "research",
               "technology", "science", "disarmament", "conversion", "welfare", "labour", "labor", "agriculture"}
ORG_BODY = {"ministry", "embassy", "consulate", "government", "army", "navy", "police", "parliament", "forces",
            "force", "guard", "council", "community", "association", "federation", "union", "congress", "party",
            "authority"}


def _adjectival_body(surface: str, gaz: Gazetteer) -> str:
    """Name a country's state body with the nationality adjective.

    "Syria's Foreign Ministry" and "Syrian Foreign Ministry" are one body;
    the adjectival form is the usual style-guide name, so both merge under it.

    Args:
        surface: the cleaned organisation name.
        gaz: the gazetteer.

    Returns:
        "Syrian Foreign Ministry" for "Syria's Foreign Ministry"; other names unchanged ("Syria's Ministry of
        Foreign Affairs", "Syria's Ministry for Foreign Affairs": a formal name joined by "of" or "for" keeps the
        possessive, as no style guide writes "Syrian Ministry for Foreign Affairs").
    """
    m = re.match(r"^(.+?)['’]s\s+(.+)$", surface)
    if not m or not {w.casefold() for w in m.group(2).split()} & ORG_BODY or re.search(r" (?:of|for) ", m.group(2)):
        return surface
    entry = gaz.lookup(m.group(1))
    adjective = gaz.adjective_of(m.group(1)) if entry is not None and entry.cls == "Country" else None
    return f"{adjective} {m.group(2)}" if adjective else surface


def _title_run(doc: Doc, i: int, step: int) -> int:
    """Walk over capitalised words (and inner "of"/"for"/"the") from token i; return the stop index."""
    j = i
    while 0 <= j < len(doc):
        t = doc[j]
        if t.is_title or t.is_upper and len(t) > 1:
            j += step
        elif t.lower_ in {"of", "for", "the"} and 0 <= j + step < len(doc) and doc[j + step].is_title:
            j += step
        else:
            break
    return j


#: lower-case particles that link the words of a body's name in other languages: Māori "o",
#: Romance "de", "del", "da", "do", "dos", "das", "di", "du", "des" ("Te Rūnanga o Moeraki", "Banco de Portugal",
#: "Ordem dos Advogados")
ORG_LINKS = {"o", "de", "del", "da", "do", "dos", "das", "di", "du", "des"}


def _possessive_head_end(doc: Doc, end: int) -> int | None:
    """Find the body's head word after a possessive that ends a name: "the Varnay Coroner's" + "Court".

    Courts and other bodies are often named by an office in the possessive ("Coroner's Court",
    "Magistrates' Court"); the NER stops at the possessive.

    Args:
        doc: the Doc.
        end: the token after the name.

    Returns:
        The token after the head word, or None when no possessive and body head word follow (or end) the name.
    """
    def named_unit(k: int) -> bool:
        # "the University of Varnay's Institute for Coastal Research": the head word opens a unit's own name, so the
        # possessive is its owner's, a body of its own (see _owned_unit)
        return k + 2 < len(doc) and doc[k + 1].lower_ in {"for", "of"} and doc[k + 1].is_lower and \
            doc[k + 2].is_title or \
            numbered(k)

    def numbered(k: int) -> bool:
        # "the Chamber of Deputies'" + "Commission II": a numbered committee is the chamber's unit, named apart
        return k + 1 < len(doc) and doc[k].lower_ in NUMBERED_BODY_HEADS and doc[k + 1].is_upper and \
            bool(ROMAN_NUMERAL.fullmatch(doc[k + 1].text))

    if 0 < end < len(doc) and doc[end - 1].text in {"'s", "’s"} and doc[end].text in BODY_HEADS and \
            _glued(doc, end - 1) and not named_unit(end):
        return end + 1
    if end + 1 < len(doc) and doc[end].text in {"'s", "’s"} and doc[end + 1].text in BODY_HEADS and _glued(doc, end) \
            and not named_unit(end + 1):
        return end + 2
    if end + 1 < len(doc) and doc[end].text in {"'", "’"} and doc[end - 1].lower_.endswith("s") and \
            doc[end + 1].text in BODY_HEADS + PLURAL_OWNER_HEADS and not doc[end - 1].whitespace_ and _glued(doc, end) \
            and not named_unit(end + 1):
        return end + 2  # "the Transport and General Workers" + "' Union": a plural possessive
    return None


#: head words of bodies named for their members in the plural possessive: "Workers' Union", "Farmers' Party"
PLURAL_OWNER_HEADS = ("Union", "Party", "Federation", "Association", "Alliance", "League", "Guild", "Front",
                      "Congress")


#: a Roman numeral that numbers a body: "Commission II", "Chamber IV"
ROMAN_NUMERAL = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _possessor_country(doc: Doc, k: int) -> int | None:
    """Find the start of the country's name whose possessive "'s" is token k: "El Salvador" + "'s".

    Args:
        doc: the Doc.
        k: the index of the possessive token.

    Returns:
        The first token of the COUNTRY entity right before k when the gazetteer lists that name as a country,
        else None.
    """
    if k < 1 or doc[k - 1].ent_type_ != "COUNTRY":
        return None
    first = k - 1
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == "COUNTRY":
        first -= 1
    entry = load_gazetteer().lookup(doc[first:k].text)
    return first if entry is not None and entry.cls == "Country" else None


#: head words of a state body named by its portfolios ("Ministry of Trade, Industry and Energy")
PORTFOLIO_BODIES = frozenset({"ministry", "department", "secretariat"})
#: head words of bodies that end a list of bodies, not of portfolios ("the Ministry of Defence, the Tax Office and …")
LIST_BODY_HEADS = frozenset({"office", "agency", "commission", "committee", "bureau", "directorate", "service",
                             "services", "ministries", "departments", "minister", "ministers", "secretary"})


def _extend_org(doc: Doc, ent: Span) -> Span:
    """Rejoin an organisation name the NER split at "and", "in" or a demonym, or before its number.

    "Ministry of Foreign Affairs" + "and International Cooperation",
    "Australian Nursing and" + "Midwifery Federation", "Greek" + "Foreign
    Ministry", "Vietnamese Community" + "in Australia", "Te Rūnanga" + "o Moeraki",
    "Commission" + "III", "Friends of the" + "Earth".
    """
    from .entities import ORG_START, ORG_WORDS

    gaz = load_gazetteer()
    start, end = ent.start, ent.end
    while start < end - 1 and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    if end - start > 2 and doc[start].tag_ in {"VBG", "VBN"} and doc[start + 1].pos_ == "ADP" and \
            doc[start + 2].is_title:
        start += 2  # "Replying to" + "Workers' Party": a sentence-initial participle and its preposition
    if end - 1 > start and doc[end - 1].lower_ in {"and", "&"}:
        end -= 1  # the NER kept the conjunction: "Ministry of X and" + "Y"
    first, last = doc[start].lower_, doc[end - 1].lower_
    # right: "… and Title Words" closing on an org word, or after an org-start name
    if end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].is_title:
        stop = _title_run(doc, end + 1, 1)
        tail = doc[stop - 1].lower_
        complete = last in ORG_WORDS and last not in TOPIC_WORDS  # "Harvard University" + "and Yale University"
        if stop > end + 1 and not complete and (tail in ORG_WORDS or first in ORG_START):
            end = stop
    # right: "Ruritanian Ministry of Foreign Trade" + "and Expatriates": a ministry's last portfolio after "and"
    # (one to three capitalised words that name no body and open no entity of their own)
    ministry = any(doc[i].lower_ in PORTFOLIO_BODIES and doc[i + 1].lower_ in {"of", "for"}
                   for i in range(start, end - 1))
    if ministry and end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].is_title:
        stop = _title_run(doc, end + 1, 1)
        items = doc[end + 1:stop]
        if 1 <= len(items) <= 3 and not any(t.lower_ in ORG_BODY | PORTFOLIO_BODIES | LIST_BODY_HEADS or
                                            t.ent_iob_ == "B" or t.ent_type_ in {"PERSON", "COUNTRY", "GPE", "DATE"}
                                            for t in items):
            end = stop
    # right: "Ministry of Foreign Affairs" + ", Regional Cooperation and Expatriates": a ministry of several portfolios
    # lists them with commas and a last "and"; each item is a run of capitalised words that names no body itself
    if first in PORTFOLIO_BODIES and end - start >= 3 and doc[start + 1].lower_ in {"of", "for"} and \
            end + 1 < len(doc) and doc[end].text == ",":
        k = end
        while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title:
            k = _title_run(doc, k + 1, 1)
        if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].is_title and k > end + 1:
            stop = _title_run(doc, k + 1, 1)
            items = doc[end:stop]
            if not any(t.lower_ in ORG_BODY | PORTFOLIO_BODIES | LIST_BODY_HEADS or
                       t.ent_type_ in {"PERSON", "COUNTRY", "DATE"} for t in items) and \
                    not (stop < len(doc) and doc[stop].text == "," and stop + 1 < len(doc) and doc[stop + 1].is_title):
                end = stop
    # left: "Title Words and" + name ending on an org word
    if start >= 2 and doc[start - 1].lower_ in {"and", "&"} and doc[start - 2].is_title and last in ORG_WORDS \
            and not (doc[start - 2].lower_ in ORG_WORDS and doc[start - 2].lower_ not in TOPIC_WORDS):
        stop = _title_run(doc, start - 2, -1)
        if stop < start - 2 and not doc[stop + 1].is_sent_start or stop + 1 < start - 1:
            start = stop + 1
    # a demonym before a state body: "Greek" + "Foreign Ministry"
    if start >= 1 and doc[start - 1].ent_type_ in {"NORP", ""} and gaz.is_demonym(doc[start - 1].text) and \
            {t.lower_ for t in doc[start:end]} & ORG_BODY:
        start -= 1
    # a country's possessive before a state body: "Syria's" + "Foreign Ministry"
    elif start >= 2 and doc[start - 1].text in {"'s", "’s"} and doc[start - 2].ent_type_ == "COUNTRY" and \
            _possessor_country(doc, start - 1) is not None and {t.lower_ for t in doc[start:end]} & ORG_BODY:
        start = _possessor_country(doc, start - 1)  # a country of several words too: "El Salvador's" + "Ministry"
        # ("Syria's Ministry of X" keeps the possessive: it tells one country's ministry from another's)
    end = _possessive_head_end(doc, end) or end  # "the Varnay Coroner's" + "Court"
    # "Te Rūnanga" + "o Moeraki", "Banco" + "de Portugal": a lower-case linking particle inside the name
    if end + 1 < len(doc) and doc[end].text in ORG_LINKS and doc[end].is_lower and doc[end + 1].is_title and \
            _glued(doc, end - 1) and _glued(doc, end):
        end = _title_run(doc, end + 1, 1)
        while end + 1 < len(doc) and doc[end].text in ORG_LINKS and doc[end].is_lower and doc[end + 1].is_title and \
                _glued(doc, end - 1) and _glued(doc, end):
            end = _title_run(doc, end + 1, 1)  # "Liga" + "dos Amigos de Varnay": a second particle goes on
    # "Vietnamese Community" + "in Australia"
    if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].ent_type_ == "COUNTRY" and \
            gaz.is_demonym(doc[start].text) and last in ORG_BODY:
        end += 2
    # "Commission" + "II": a numbered body (a parliament's numbered commissions, a court's chambers); "I" only
    # when it is no subject ("the committee I chair")
    if end < len(doc) and doc[end - 1].lower_ in ORG_WORDS and ROMAN_NUMERAL.fullmatch(doc[end].text) and \
            _glued(doc, end - 1) and (doc[end].text != "I" or doc[end].dep_ not in {"nsubj", "nsubjpass"}):
        end += 1
    # "Friends of the" + "Varn": a society named for what it supports
    k = start - 1 if start >= 1 and doc[start - 1].lower_ == "the" else start
    if k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].text in SUPPORTER_WORDS and \
            (end >= len(doc) or doc[end].text not in {"'s", "’s", "'", "’"}):
        start = k - 2
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label)


#: capitalised plural nouns that open the names of supporters' societies: "Friends of the Earth", "Sons of
#: Norway", "Daughters of the American Revolution"
SUPPORTER_WORDS = {"Friends", "Sons", "Daughters", "Mothers"}


#: titles of elected members that "for <seat> from <party>" follows ("a national deputy for X from Y")
SEAT_MEMBER_WORDS = {"deputy", "deputies", "member", "members", "representative", "congressman", "congresswoman",
                     "legislator", "lawmaker", "senator", "mp", "mla", "councillor", "councilor"}


def _party_after_seat(doc: Doc, ent: Span) -> bool:
    """Tell whether a name is an elected member's party after the seat: "a deputy for Varnay from the X Front".

    Once the seat is named after "for", a "from" that follows it names where the member comes from
    politically: the party.

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when "<member title> for <title-case seat> from" precedes the name in the same clause.
    """
    k = ent.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 3 or doc[k].lower_ != "from" or not all(t.is_title or t.text in {"-", "'", "’"} for t in ent):
        return False
    j = k - 1
    while j > 0 and k - j <= 4 and doc[j].is_title:
        j -= 1
    return j < k - 1 and doc[j].lower_ == "for" and j > 0 and doc[j - 1].lower_ in SEAT_MEMBER_WORDS


#: party abbreviations of British councillors' brackets ("Cllr Anna Berg (Con, Varnay North)"), and the party
#: words some papers write in full there ("(Conservative, Varnay North)"); an independent ("Ind") has none
COUNCILLOR_PARTIES = {"Con": "Conservative Party", "Lab": "Labour Party", "LD": "Liberal Democrats",
                      "Lib Dem": "Liberal Democrats", "Green": "Green Party of England and Wales", "SNP": "Scottish National Party",
                      "PC": "Plaid Cymru", "Plaid": "Plaid Cymru", "Reform": "Reform UK", "Ind": "",
                      "Conservative": "Conservative Party", "Labour": "Labour Party",
                      "Liberal Democrat": "Liberal Democrats", "Independent": ""}
COUNCILLOR_BRACKET = re.compile(
    r"(?<=[\w’'.])\s*\((" + "|".join(sorted(COUNCILLOR_PARTIES, key=len, reverse=True)) + r")"
    r"(?:(?:,|\s+[-–])\s*"
    r"([A-Z][\w'’.-]*(?:[ -](?:(?:and|upon|on|in|under|le|by|the|&) )?[A-Z][\w'’.-]*){0,4}))?\)")


def _councillor_bracket(doc: Doc, ent: Span) -> bool:
    """Tell whether a name is the ward of a councillor's bracket: "Cllr Anna Berg (Lab, Varnay North)".

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when a party abbreviation and a comma open the bracket that the name closes.
    """
    if ent.end >= len(doc) or doc[ent.end].text != ")" or ent.start < 3 or doc[ent.start - 1].text != ",":
        return False
    for n in (1, 2):  # "Con", "Lib Dem"
        k = ent.start - 1 - n
        if k >= 1 and doc[k - 1].text == "(" and doc[k:ent.start - 1].text in COUNCILLOR_PARTIES:
            return True
    return False


def _councillor_bracket_matches(text: str) -> Iterator[re.Match]:
    """The councillors' brackets of a text (:data:`COUNCILLOR_BRACKET` after a capitalised word, the name)."""
    for m in COUNCILLOR_BRACKET.finditer(text):
        if re.search(r"([A-Z][\w'’-]*)\W*$", text[max(0, m.start() - 30):m.start() + 1]) is not None:
            yield m


def councillor_wards(text: str) -> list[tuple[int, int]]:
    """The character spans of the wards in a text's councillors' brackets: "(Lab, Upton and Low Fell)".

    Args:
        text: the article text.

    Returns:
        (start, end) character offsets of each ward name.
    """
    return [m.span(2) for m in _councillor_bracket_matches(text) if m.group(2)]


def _councillor_party_ids(text: str, gaz: Gazetteer) -> dict[tuple[int, int], str]:
    """The parties of the councillors' brackets of a text, by character span: "(Lab, X)" -> Labour Party.

    Args:
        text: the article text.
        gaz: the gazetteer.

    Returns:
        (start, end) of each party word or abbreviation -> the gazetteer name of its party.
    """
    out = {}
    for m in _councillor_bracket_matches(text):
        entry = gaz.lookup(COUNCILLOR_PARTIES[m.group(1)]) if COUNCILLOR_PARTIES[m.group(1)] else None
        if entry is not None:
            out[(m.start(1), m.end(1))] = entry.name
    return out


def _councillor_brackets(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """The party and the ward in the bracket after a councillor's name: "Cllr Anna Berg (Con, Varnay North)".

    British papers give a councillor's party as an abbreviation (Con, Lab, LD, Green, SNP, PC, Ind) and the
    ward after a comma.  The abbreviation names the party when the gazetteer knows its full name (it is
    linked to it); the ward is a place.  The bracket must follow a capitalised word (the name).

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).

    Yields:
        ORG mentions of the party (linked), GPE mentions of the ward.
    """
    gaz = load_gazetteer()
    text = doc.text
    for m in _councillor_bracket_matches(text):
        entry = gaz.lookup(COUNCILLOR_PARTIES[m.group(1)]) if COUNCILLOR_PARTIES[m.group(1)] else None
        key = (m.start(1), m.end(1))
        if entry is not None and not _overlaps(key, seen):
            seen.add(key)
            yield NameMention(Mention(article.id, key[0], key[1], m.group(1), "ORG", kb_id=entry.name),
                              org_cue=True, party=True, in_quote=_in_quote(doc, key[0], text))
        bracket = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        for t in (bracket.sent if entry is not None and bracket is not None else ()):
            # "Labour group leader Cllr Anna Berg (Lab, …)": the party's adjective in the sentence is the party too
            if t.i >= bracket.start:
                break
            word = (t.idx, t.idx + len(t))
            if t.is_title and not t.ent_type_ and not _overlaps(word, seen) and \
                    entry in (gaz.lookup(t.text), gaz.lookup(f"{t.text} Party")):
                seen.add(word)
                yield NameMention(Mention(article.id, word[0], word[1], t.text, "ORG", kb_id=entry.name),
                                  org_cue=True, party=True, in_quote=_in_quote(doc, word[0], text))
        key = (m.start(2), m.end(2))
        if m.group(2) and not _overlaps(key, seen) and gaz.lookup(m.group(2)) is None:
            seen.add(key)
            yield NameMention(Mention(article.id, key[0], key[1], m.group(2), "GPE"), place_cue=True,
                              in_quote=_in_quote(doc, key[0], text))


#: lower-case nouns of a body's line of business set before its name ("leisure operator X", "housing charity X")
ORG_ROLE_NOUNS = {"operator", "developer", "contractor", "producer", "supplier", "provider", "distributor", "broker",
                  "group", "charity", "retailer", "supermarket", "firm", "company", "insurer", "lender", "bank",
                  "airline", "carrier", "manufacturer", "housebuilder", "consultancy", "conglomerate", "utility",
                  "watchdog", "regulator", "startup", "start-up", "chain", "union"}
#: those that never name a person's occupation: a title-case name after them is a body too ("the retailer Varno")
BODY_ROLE_NOUNS = {"charity", "retailer", "supermarket", "firm", "company", "insurer", "lender", "bank", "airline",
                   "manufacturer", "housebuilder", "consultancy", "conglomerate", "utility", "watchdog", "regulator",
                   "startup", "start-up", "chain"}


def _acronym_at(doc: Doc, k: int) -> bool:
    """Token k is an acronym in capitals ("GLL", "VTK"): two to eight letters."""
    t = doc[k]
    return t.is_upper and t.is_alpha and 2 <= len(t) <= 8


def _role_noun_bodies(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """Bodies the NER missed that a noun of their kind introduces: "leisure operator VTK", "the VTK party".

    A lower-case noun of a line of business (ORG_ROLE_NOUNS) right before an acronym makes the acronym a
    body; before one to three title-case proper nouns only a noun that names no person's occupation does
    (BODY_ROLE_NOUNS: "the retailer Varno", but "developer Anna Berg" may be a person).  An acronym right
    before a lower-case party noun ("whose VTK party") is a party.  The names must be held by no entity.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).

    Yields:
        ORG mentions.
    """
    gaz = load_gazetteer()
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    titles = _title_and_modifier_words()
    for t in doc:
        span = None
        k = t.i + 1
        if t.is_lower and t.lower_ in ORG_ROLE_NOUNS and k < len(doc) and k not in covered and _glued(doc, t.i):
            if _acronym_at(doc, k) and not (k + 1 < len(doc) and doc[k + 1].is_title):
                span = doc[k:k + 1]
            elif t.lower_ in BODY_ROLE_NOUNS and doc[k].is_title and doc[k].pos_ == "PROPN":
                j = k
                while j < len(doc) and j - k < 3 and j not in covered and doc[j].is_title and doc[j].pos_ == "PROPN" \
                        and doc[j].lower_ not in titles and (j == k or _glued(doc, j - 1)):
                    j += 1
                if j > k and not (j < len(doc) and (doc[j].is_title or j in covered)):
                    span = doc[k:j]
        elif _acronym_at(doc, t.i) and t.i not in covered and k < len(doc) and doc[k].is_lower and \
                doc[k].lower_ in PARTY_NOUNS and _glued(doc, t.i) and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN"):
            span = doc[t.i:k]  # "whose VTK party": the acronym names the party
        if span is None or gaz.is_demonym(span.text):
            continue
        entry = gaz.lookup(span.text)
        if entry is not None and entry.cls != "Organization":
            continue
        key = (span.start_char, span.end_char)
        if _overlaps(key, seen):
            continue
        seen.add(key)
        yield NameMention(Mention(article.id, key[0], key[1], span.text, "ORG", kb_id=entry.name if entry else ""),
                          org_cue=True, in_quote=_in_quote(doc, key[0]))


#: closing words of a diplomatic mission's name ("the Ruritanian Embassy" + "in Varnay City")
MISSION_HEADS = {"embassy", "consulate", "consulate-general", "commission", "mission", "legation"}
#: places a mission can be named with
MISSION_HOSTS = {"GPE", "PLACE", "COUNTRY", "LOC"}


def _mission_host(doc: Doc, ent: Span, nxt: Span | None) -> Span | None:
    """Find the host city or country that closes a diplomatic mission's name: "the Ruritanian Embassy in Varnay".

    A mission is known by its host ("the British Embassy in Lisbon", "the US Consulate in Varnay City"): an
    organisation closed by a mission word and followed by "in" and a place is named with that place.

    Args:
        doc: the Doc.
        ent: the organisation's span.
        nxt: the entity after it, or None.

    Returns:
        The place's span, or None.
    """
    if nxt is None or nxt.label_ not in MISSION_HOSTS or ent[-1].lower_ not in MISSION_HEADS or \
            not ent[-1].is_title or (ent[-1].lower_ == "commission" and (len(ent) < 2 or ent[-2].lower_ != "high")):
        return None
    if ent.end + 1 == nxt.start and doc[ent.end].lower_ == "in" and _glued(doc, ent.end - 1) and \
            _glued(doc, ent.end) and all(t.is_title for t in nxt):
        return nxt
    return None


#: closing words of a council formed by two areas ("X and Y Council")
JOINT_COUNCIL_HEADS = {"Council", "Councils", "Authority"}


def _joint_council(doc: Doc, ent: Span, covered: set[int]) -> Span | None:
    """Join a name to the council of two areas it opens: "Varnay" + "and Lakeside Council".

    A local council formed by merging two areas is named after both ("X and Y Council"); the NER may keep only
    the first area, under any label.  A title-case name followed by "and", one to three capitalised words that
    no entity but a body holds and a council's head word is that council.

    Args:
        doc: the Doc.
        ent: the name the NER found.
        covered: token indexes inside the NER's entities.

    Returns:
        The council's span (ORG), or None.
    """
    if ent.label_ not in {"PERSON", "GPE", "LOC", "ORG", "PLACE", "FAC"} or len(ent) > 3 or \
            not all(t.is_title for t in ent) or ent.end + 2 >= len(doc) or doc[ent.end].lower_ not in {"and", "&"} or \
            (ent.label_ == "PERSON" and len(ent) > 1) or (ent.start > 0 and doc[ent.start - 1].lower_ == "between"):
        return None  # ("talks between Varnay and Lakeside Council" pairs two sides)
    k = ent.end + 1
    while k < len(doc) and k - ent.end <= 4 and (k not in covered or doc[k].ent_type_ == "ORG") and \
            doc[k].is_title and doc[k].is_alpha and _glued(doc, k - 1):
        if doc[k].text in JOINT_COUNCIL_HEADS:
            return Span(doc, ent.start, k + 1, label="ORG") if k > ent.end + 1 else None
        k += 1
    return None


#: organs of an international body named after its acronym: "the OECS Commission", "the XYZ Secretariat"
ORGAN_WORDS = {"Commission", "Secretariat", "Court", "Council", "Parliament", "Assembly", "Authority"}
#: closing words of the schools a listed body runs under its own name: "the NATO School", "the OSCE Academy"
SCHOOL_WORDS = {"Academy", "College", "Institute"}


PLACE_NOUNS = {"city", "town", "village", "capital", "port", "region", "province", "district", "suburb", "county",
               "municipality", "settlement", "enclave", "island", "hamlet", "oblast", "state", "territory", "atoll",
               "archipelago", "islet", "township", "borough", "neighbourhood", "neighborhood", "peninsula", "isle",
               "isles"}


#: plural settlement nouns a name modifies as the area they lie in: "the Tolsby villages of Varn and Kolb"
SETTLEMENT_PLURALS = {"villages", "towns", "townlands", "hamlets", "suburbs", "parishes", "townships"}


#: modifiers that make a "centre" a settlement ("a busy trading centre", "the district's administrative centre"),
#: not a building or a body ("a research centre", "a shopping centre"); "trading centre" is the East and Southern
#: African name of a small market town
CENTRE_SETTLEMENT_WORDS = {"trading", "market", "administrative", "commercial", "urban", "provincial", "district",
                           "regional", "rural"}


def _settlement_centre(doc: Doc, i: int) -> bool:
    """Tell whether token i is a "centre" that names a settlement: "a trading centre", "an administrative centre".

    Args:
        doc: the Doc.
        i: the token.

    Returns:
        True for "centre"/"center" right after one of CENTRE_SETTLEMENT_WORDS.
    """
    return doc[i].lower_ in {"centre", "center"} and i >= 1 and doc[i - 1].lower_ in CENTRE_SETTLEMENT_WORDS


PLACE_OF = PLACE_NOUNS | {"residents", "outskirts", "streets", "suburbs", "mayor", "people", "centre", "center",
                         "east", "west", "north", "south", "hills", "foothills", "highlands", "mountains", "plains",
                         "countryside"}


def _place_cue(doc: Doc, span: Span) -> bool:
    """The text calls the name a place: ", a town in …", ", X's second-largest
    city", "the city of X", "residents of X", "the towns of W and X", "20 km
    from X", "X is the nearest city", or coordinates it with a known city or country ("Port Moresby and X")."""
    i = span.start
    if i >= 2 and doc[i - 1].lower_ == "of" and (doc[i - 2].lower_ in PLACE_OF or doc[i - 2].lemma_ in PLACE_NOUNS):
        return True
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text in ADMIN_AREA_NOUNS:
        return True  # "the French department of X": an administrative area (in lower case: not "Department of X")
    if i >= 1 and (doc[i - 1].lower_ in {"in", "at", "from", "near"} or (
            doc[i - 1].lower_ == "to" and (span.label_ != "PERSON" or span.end + 1 < len(doc)
                                           and doc[span.end + 1].lower_ == "on"))) and _in_place_after(doc, span.end):
        return True  # "in X, in the Y Valley …", "escorted to X, in northern Y": only a place lies in a place
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "the towns of X and Y": Y shares X's slot
    if head.i != span.root.i and head.dep_ == "pobj" and head.head.lower_ == "of" and \
            (head.head.head.lower_ in PLACE_OF or head.head.head.lemma_ in PLACE_NOUNS):
        return True
    if _distance_before(doc, i):
        return True
    if i >= 2 and doc[i - 1].lower_ == "from" and doc[i - 2].lower_ in {"phone", "telephone", "video", "videolink",
                                                                        "line"}:
        return True  # "told the paper by phone from X", "speaking on a video link from X": where the speaker is
    if (len(span) == 1 or span.label_ != "PERSON") and any(
            c.ent_type_ in {"PLACE", "COUNTRY"} and c.ent_id_ and not c.i in range(span.start, span.end)
            for c in span.root.conjuncts):
        return True  # "Port Moresby and X": a name coordinated with a known place is a place
    if _placed_in_known_place(doc, span) or _listed_with_other_places(doc, span):
        return True
    if _possessed_place_office(doc, span.end):
        return True
    if _copula_settlement(span):
        return True
    return _appositive_kind(doc, span.end) == "place"


def _in_place_after(doc: Doc, j: int) -> bool:
    """Tell whether ", in <place>" or ", on <place>" follows the name that ends before token j: "in X, in the Y
    Valley at …", "sails to X, on Y Island".

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True when a comma, "in" or "on", maybe a compass adjective ("northern", "south-western"), and a name the
        NER or the ruler reads as a place follow.
    """
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in {"in", "on"}:
        return False  # (", on <island>": "the ferry to X, on Y Island")
    k = j + 2
    if doc[k].lower_ in COMPASS_ADJECTIVES and k + 1 < len(doc):
        k += 1
    return doc[k].ent_type_ in PLACE_LABELS and doc[k].ent_iob_ == "B"




def _copula_settlement(span: Span) -> bool:
    """Tell whether the name is the subject of "is a/the … city" (a settlement noun, see nlp.SETTLEMENT_KINDS).

    "X, on the coast, is the closest city to the islands": no person or body is a
    city.  A possessive on the noun ("X is Anna's home town") leaves it out.

    Args:
        span: the name.

    Returns:
        True when the name's head is the subject of "be" whose attribute is a settlement noun.
    """
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
        c.dep_ == "attr" and (c.lemma_.lower() in SETTLEMENT_KINDS or _one_of_settlements(c)) and
        not any(g.dep_ == "poss" for g in c.children) for c in root.head.children)


def _one_of_settlements(attr) -> bool:
    """Tell whether a copula's attribute is "one of the … towns" ("X is one of the oldest ports on the coast").

    Args:
        attr: the attribute token.

    Returns:
        True for "one of" and a plural settlement noun.
    """
    return attr.lower_ == "one" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in SETTLEMENT_KINDS
                                                      for o in p.children) for p in attr.children)


#: what a town has and a person does not: "X's executive mayor", "X's ratepayers"
PLACE_POSSESSIONS = {"mayor", "mayors", "council", "councillors", "councilors", "ratepayers", "residents",
                     "townspeople", "municipality", "suburbs", "outskirts", "townships"}


def _possessed_place_office(doc: Doc, j: int) -> bool:
    """The name owns a town's office or people: "X's executive mayor", "X's residents".

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True when a possessive follows, then (maybe after one or two modifiers) a town's office or people.
    """
    if j >= len(doc) or doc[j].text not in {"'s", "’s"}:
        return False
    for k in range(j + 1, min(j + 4, len(doc))):
        if doc[k].lower_ in PLACE_POSSESSIONS:
            return True
        if doc[k].pos_ not in {"ADJ", "NOUN"} or not doc[k].is_lower:
            return False
    return False


#: capitalised head words of administrative areas: "in X, Y District" sets X inside an area
AREA_WORDS = {"district", "province", "county", "region", "department", "prefecture", "state", "parish",
              "municipality", "governorate", "oblast", "chiefdom"}


#: heads of a body of water's appositive (", a tidal estuary between …"): a place, for the appositive test
WATER_NOUNS = frozenset({"bay", "estuary", "lagoon", "inlet", "strait", "gulf", "fjord", "firth"})
#: landforms at sea or on a shore that an apposition makes a name a place by: "X, a coral outcrop off Y"
LANDFORM_NOUNS = frozenset({"reef", "shoal", "cay", "outcrop", "sandbank", "sandbar", "rock", "skerry", "spit",
                            "headland", "promontory", "islets", "atolls", "reefs", "shoals"})


def _place_appositive(doc: Doc, j: int) -> bool:
    """Tell whether an appositive headed by a place noun follows the name: ", an island district of …".

    Stricter than :func:`_appositive_kind`: a place noun that only modifies
    the noun after it (", a city councillor") or owns it (", the village's
    headman") is no head, and a title or an occupation before the head makes
    the appositive a person's.

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True for ", a/an/the [modifiers] <place noun>" not followed by another noun.
    """
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in {"a", "an", "the"}:
        return False
    titles = _title_words()
    for tok in doc[j + 2:min(j + 7, len(doc))]:
        if tok.lower_ in titles or tok.lower_ in PERSON_NOUNS:
            return False
        if tok.pos_ == "NOUN" and (tok.lower_ in PLACE_NOUNS | WATER_NOUNS | LANDFORM_NOUNS or
                                   tok.lemma_ in PLACE_NOUNS) or tok.pos_ == "ADJ" and tok.lower_ in LANDFORM_NOUNS:
            # (a landform noun the tagger read as an adjective: "X, a coral outcrop 40 km off Y")
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and ((nxt.pos_ == "NOUN" and nxt.is_lower) or nxt.text in {"'s", "’s"}):
                continue  # "an island district", "a city councillor", "the village's headman": another head
            if nxt is not None and (nxt.pos_ == "AUX" or nxt.tag_ in {"VBD", "VBZ", "VBP"}):
                return False  # "According to X, the province had …": the noun opens a clause, no appositive
            return True
        if (tok.pos_ not in {"ADJ", "NOUN", "ADV", "NUM"} and tok.tag_ not in {"VBG", "VBN"}) or not tok.is_lower:
            return False  # (a participle may modify the head: "a drying sandbank", "a disputed reef")
    return False


#: common nouns after a name that make it a tract of land or seabed: "the X block" (an oil or gas concession)
TRACT_NOUNS = {"block", "blocks", "concession", "tract"}
#: verbs of a relative clause that sets its antecedent somewhere: "X, which lies within …", "X, which sits on …"
SITUATION_VERBS = {"lie", "sit", "nestle", "straddle", "border", "overlook"}
#: participles of the same after "which is": "X, which is located in …"
SITUATION_PARTICIPLES = {"located", "situated", "nestled", "perched", "tucked"}


def _place_relative(doc: Doc, j: int) -> bool:
    """Tell whether a relative clause that sets a place follows the name: ", which lies within the borough of …".

    English uses "which", not "who", for places, and a clause of situation
    ("lies in", "sits on", "is located in", "borders") says where its
    antecedent is: a name the NER read as a person's is a place's.

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True for ", which" and a situation verb (or "is located", "is situated") whose next word is a preposition
        or, for "borders" and "overlooks", a name or an article.
    """
    if j + 3 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ != "which":
        return False
    k = j + 2
    if doc[k].lemma_ == "be" and doc[k + 1].lower_ in SITUATION_PARTICIPLES:
        k += 1
    elif doc[k].pos_ != "VERB" or doc[k].lemma_ not in SITUATION_VERBS:
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and (nxt.pos_ == "ADP" or (doc[k].lemma_ in {"border", "overlook"} and (
        nxt.lower_ == "the" or nxt.pos_ == "PROPN")))


#: labels of names a person's name is never listed with: "links X with Y, Z and W"
PLACE_LABELS = {"GPE", "LOC", "PLACE", "COUNTRY", "TERRITORY"}


def _listed_with_places(doc: Doc, span: Span) -> bool:
    """Tell whether the name is coordinated with two or more places: "between X, Y and Z", "in Y, X and Z".

    A list holds things of one kind; with two places beside it, a name the
    NER read as a person is a place too, unless the name is itself placed
    ("B in Z": a list of people and where they are).

    Args:
        doc: the Doc.
        span: the name.

    Returns:
        True when at least two of its conjuncts outside it are place names.
    """
    if span.end < len(doc) and doc[span.end].lower_ in {"in", "at", "from", "of"}:
        return False  # "A in X, Y, and B in Z": people placed in a list of places
    inside = range(span.start, span.end)
    places = {c.i for c in span.root.conjuncts if c.i not in inside and c.ent_type_ in PLACE_LABELS}
    return len(places) >= 2


def _among_places(doc: Doc, j: int) -> bool:
    """Tell whether "among the <places>" follows the name: "lists X among the islands of …".

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True for "among" and, after an article and up to two modifiers, a plural place noun.
    """
    if j + 2 >= len(doc) or doc[j].lower_ != "among":
        return False
    for tok in doc[j + 1:min(j + 5, len(doc))]:
        if tok.tag_ == "NNS" and tok.lemma_ in PLACE_NOUNS:
            return True
        if tok.lower_ not in {"the", "other"} and tok.pos_ != "ADJ":
            return False
    return False


#: prepositions that set a town in a list of places: "in X and Y", "between X and Y", "from X or Y"
PLACE_LIST_PREPS = {"in", "at", "from", "near", "between", "around", "outside", "via"}


def _coordinated_with_town(doc: Doc, ent: Span) -> bool:
    """Tell whether the name is joined to a town after a locative preposition: "harbours in Tolsby and Varnholm".

    Names joined by "and"/"or" are of one kind (conjuncts share their
    category, the constraint the coreference sieves of Lee et al. 2013 use):
    after "in X and", with X read as a town, a name of one or two words the
    NER read as a person or a body is a town too when the list closes after
    it (a comma, a full stop, "that", "where"), so "in Tolsby and Varga said"
    and "in Tolsby and Petar Lind in Kelmby" keep their persons.

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True for "<in|at|from|near|between …> <town> and|or <name>" closed by punctuation, "that" or "where".
    """
    if ent.start < 3 or len(ent) > 2 or doc[ent.start - 1].lower_ not in {"and", "or"} or \
            not all(t.is_title and t.is_alpha for t in ent):
        return False
    prev = doc[ent.start - 2]
    if prev.ent_type_ not in {"GPE", "PLACE"} or prev.ent_iob_ not in {"B", "I"}:
        return False
    first = ent.start - 2
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if first < 1 or doc[first - 1].lower_ not in PLACE_LIST_PREPS:
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is None or (nxt.is_punct and nxt.text not in {"'s", "’s"}) or nxt.lower_ in {"that", "which", "where"}


def _inside_known_place(doc: Doc, span: Span) -> bool:
    """The name stands "in X in Y", "in X, Y" or "from X, in Y" with Y a gazetteer place or country
    ("talks in X in Kelantan", "reached at home in X, in Ruritania's north"), or an area named with its
    head word ("in X, Varnay District")."""
    i, j = span.start, span.end
    if i < 1 or doc[i - 1].lower_ not in {"in", "at", "near", "from"} or j + 1 >= len(doc) or \
            doc[j].text not in {"in", ","}:
        return False
    k = j + 2 if doc[j].text == "," and doc[j + 1].lower_ == "in" and j + 2 < len(doc) else j + 1
    if doc[k].ent_type_ in {"GPE", "LOC"} and doc[k].ent_iob_ == "B":
        end = k + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end - k == 1 and doc[k].is_title and len(doc[k]) > 6 and doc[k].lower_.endswith("shire"):
            return True  # "from X in Varnshire": a British county, named by its "-shire" ending
        return end - k >= 2 and doc[end - 1].is_title and doc[end - 1].lower_ in AREA_WORDS  # "in X, Y District"
    return doc[k].ent_type_ in {"PLACE", "COUNTRY"} and bool(doc[k].ent_id_)


def _listed_with_other_places(doc: Doc, span: Span) -> bool:
    """The name opens a list closed by other places: "X and other fishing villages", "X, Y and two other
    towns on the coast".

    Args:
        doc: the Doc.
        span: the name.

    Returns:
        True when "and"/"or", then "other" and (within four words) a plural place noun follow the name.
    """
    linked = False
    for k in range(span.end, min(span.end + 10, len(doc))):
        tok = doc[k]
        if tok.lower_ in {"and", "or"}:
            linked = True
        elif tok.lower_ == "other" and linked:
            return any(t.tag_ == "NNS" and t.lemma_ in PLACE_NOUNS for t in doc[k + 1:min(k + 5, len(doc))])
        elif not (tok.text == "," or tok.is_title or tok.lower_ in {"several", "many", "some", "two", "three",
                                                                    "four", "five", "the", "a", "few"}):
            return False
    return False


#: words of an appositive that sets a list of names in a place: "X and Y, both in Z"
SHARED_PLACE_WORDS = {"both", "all", "each"}


def _placed_in_known_place(doc: Doc, span: Span) -> bool:
    """The text places the name inside a known place: "in X in Y" / "in X, Y" with Y a gazetteer place or
    country, or a list closed by "both/all in Y" ("X and Y, both in Z").

    Only places stand inside places (the containment cue of the GeoNames-style locative patterns).

    Args:
        doc: the Doc.
        span: the name.

    Returns:
        True when a place cue of this kind holds.
    """
    if _inside_known_place(doc, span):
        return True
    j = span.end
    k = j
    while k < len(doc) and k - j < 8 and (doc[k].lower_ in {"and", "or", ","} or doc[k].is_title) and \
            not (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in SHARED_PLACE_WORDS):
        k += 1
    return k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in SHARED_PLACE_WORDS and \
        doc[k + 2].lower_ == "in" and doc[k + 3].is_title and (k == j or any(t.lower_ in {"and", "or"}
                                                                          for t in doc[j:k]))


#: units of distance: "20 kilometres from X", "10 miles north of X" set X as a place
DISTANCE_UNITS = {"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
                  "meters", "nautical"}


def _distance_before(doc: Doc, i: int) -> bool:
    """A distance stands before token i: "500 kilometers from X", "10 km north of X".

    Only places lie at a distance from something (a gazetteer-free cue, as in
    the spatial-relation patterns of the TimeML/ISO-Space annotation guidelines).

    Args:
        doc: the Doc.
        i: the first token of the name.

    Returns:
        True when "from"/"of" before the name follows a distance unit, directly
        or through a compass word ("north of").
    """
    if i < 2 or doc[i - 1].lower_ not in {"from", "of", "off"}:
        return False
    k = i - 2
    if doc[k].lower_ in COMPASS_WORDS | {"northeast", "northwest", "southeast", "southwest", "north-east",
                                         "north-west", "south-east", "south-west"}:
        k -= 1
    return k >= 0 and doc[k].lower_ in DISTANCE_UNITS


#: nouns a place's name modifies when its sovereignty is at stake: "the X sovereignty dispute" (headline compounds)
COMPOUND_SOVEREIGNTY_NOUNS = {"sovereignty"}
#: nouns whose object after "over"/"to" is a place whose sovereignty is at stake ("sovereignty over X")
SOVEREIGNTY_NOUNS = {"sovereignty", "title", "claim", "claims", "jurisdiction"}
#: the cues that no personal name can follow: "sovereignty over X", "a claim over X", "Ruritanian ownership of X"
#: ("title to X" and "claim to X" can end with a person: "handed the title to Anna Berg")
STRONG_SOVEREIGNTY = {("sovereignty", "over"), ("sovereignty", "to"), ("claim", "over"), ("claims", "over"),
                      ("ownership", "of")}
#: "sovereignty over the whole of X": words naming all or part of the place the cue governs
WHOLE_WORDS = {"whole", "all", "part", "parts", "most", "rest", "half", "halves", "summit", "summits", "top", "peak"}
#: ("sovereignty over the summit of X": a mountain's summit is the part of it in dispute)
#: the area nouns that may name the place a sovereignty cue governs: "over the border municipality of X"
AREA_OF_NOUNS = {"municipality", "town", "village", "city", "district", "province", "region", "island", "islands",
                 "enclave", "exclave", "territory", "territories", "county", "commune", "archipelago", "atoll"}
#: appositive heads that give a dependency's status: "X, a British overseas territory"
STATUS_HEADS = {"territory", "colony", "dependency", "protectorate", "possession"}
#: the words that may stand between names in a list after a sovereignty cue ("over X, Y and Z")
LIST_LINKS = {",", "and", "or", "the", "de", "da", "du", "del", "des", "di", "do", "la", "le", "van", "von"}


def _sovereignty_cue_at(doc: Doc, k: int, person: bool = False) -> bool:
    """Tell whether a sovereignty cue governs the object that starts at token k: "sovereignty over [the] X".

    Args:
        doc: the Doc.
        k: the first token of the object (a name, or "the" before a noun).
        person: the object was read as a person's name (only cues no personal name can follow count).

    Returns:
        True after "sovereignty over", "title to", "a claim to", "jurisdiction over" (also through "the whole
        of", "the northern half of", "the municipality of", and with the claimant state between: "a claim by
        Ruritania to").
    """
    while k > 0 and doc[k - 1].lower_ in {"the", "a"}:
        k -= 1
    if k >= 4 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in WHOLE_WORDS:
        # "sovereignty over the whole of X", "over all of X", "jurisdiction over any part of the X",
        # "sovereignty over the northern half of X"
        k -= 2
        while k > 1 and doc[k - 1].pos_ == "ADJ" and doc[k - 1].is_lower and doc[k - 1].lower_ not in WHOLE_WORDS:
            k -= 1
        k -= 1 if doc[k - 1].lower_ in {"the", "any", "every", "each"} else 0
    elif k >= 4 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in AREA_OF_NOUNS:
        # "sovereignty over the neighbouring municipality of X": the area the cue governs, named after "of"
        j = k - 2
        while j > 0 and k - 2 - j < 2 and doc[j - 1].is_lower and doc[j - 1].pos_ in {"ADJ", "VERB", "NOUN"}:
            j -= 1
        while j > 0 and doc[j - 1].lower_ in {"the", "a", "an"}:
            j -= 1
        k = j
    if k < 2:
        return False
    prep, noun = doc[k - 1].lower_, doc[k - 2].lower_
    j = k - 2
    while j > 0 and doc[j].ent_type_ == "COUNTRY" and doc[j].ent_iob_ == "I":
        j -= 1
    if j >= 2 and doc[j].ent_type_ == "COUNTRY" and doc[j - 1].lower_ == "by" and \
            doc[j - 2].lower_ in SOVEREIGNTY_NOUNS and prep in {"over", "to"}:
        return True  # "any claim by Ruritania to X": a state's claim, whose object no person is
    if prep == "over" and noun in {"nor", "or", "and"}:
        # "sovereignty over X, nor over Y": the elided noun is the sentence's earlier cue
        sent = doc[k - 1].sent
        return any(t.lower_ == "over" and t.i >= 1 and doc[t.i - 1].lower_ in SOVEREIGNTY_NOUNS
                   for t in doc[sent.start:k - 2])
    if (noun, prep) in STRONG_SOVEREIGNTY and (noun != "ownership" or (
            k >= 3 and doc[k - 3].text[:1].isupper() and doc[k - 3].pos_ in {"ADJ", "PROPN"})):
        return True  # ("Ruritanian ownership of X": a state's ownership, not a firm's)
    if not person and (noun, prep) == ("sovereignty", "in"):
        return True  # "any Ruritanian sovereignty in the X": a state's rule over a named place
    return not person and prep in {"over", "to"} and noun in SOVEREIGNTY_NOUNS


def _territory_cue(doc: Doc, span: Span, person: bool = False) -> bool:
    """The text puts the name's sovereignty at stake: "sovereignty over X", "title to the X", "claim to X".

    The objects of these nouns are territories in the dispute vocabularies of
    international law (the ICJ's "sovereignty over Pulau Ligitan"); coordinated
    names ("sovereignty over X and Y") share the cue.

    When the parse misses the coordination, a list of capitalised names back to
    the cue counts too ("sovereignty over the X, Y, Z and W").  A name the NER
    read as a person takes only a cue no personal name can follow ("sovereignty
    over X", "a claim over X", "Ruritanian ownership of X").

    Args:
        doc: the Doc.
        span: the name.
        person: the NER read the name as a person's.

    Returns:
        True for a name governed by "over"/"to" after a sovereignty noun.
    """
    def cue_at(k: int) -> bool:
        return _sovereignty_cue_at(doc, k, person)

    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if cue_at(span.start if head.i == span.root.i else head.left_edge.i):
        return True
    k, names = span.start, 0
    while k > 0 and span.start - k < 24:
        tok = doc[k - 1]
        if tok.lower_ in LIST_LINKS or (tok.text[:1].isupper() and tok.is_alpha):
            k -= 1
            names += tok.text[:1].isupper()
            continue
        break
    if k < span.start and names > 0 and doc[k].lower_ not in {"and", "or", ","} and cue_at(k):
        return True
    if not person and span.end < len(doc) and doc[span.end].lower_ in COMPOUND_SOVEREIGNTY_NOUNS:
        return True  # "the X sovereignty dispute", "renews X sovereignty claim": the name modifies the noun
    return not person and (_ceded_to_state(doc, span) or _claimed_gloss(doc, span))


def _claimed_gloss(doc: Doc, span: Span) -> bool:
    """The name is glossed as land a state claims: "the X (Y), the maritime zone Ruritania claims".

    A contact relative clause after a land noun in apposition (the claim verb's object left out) puts the
    named land's sovereignty at stake, as "a claim to X" does.

    Args:
        doc: the Doc.
        span: the name.

    Returns:
        True when ", the <land noun> <state> claims" follows the name (an other name in brackets may come first).
    """
    from .nlp import LAND_HEAD_NOUNS

    k = span.end
    if k < len(doc) and doc[k].text == "(":
        k = next((q + 1 for q in range(k + 1, min(k + 6, len(doc))) if doc[q].text == ")"), len(doc))
    if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "the":
        return False
    j = k + 2
    while j < len(doc) and j - k < 5 and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"}:
        j += 1
    if j == k + 2 or doc[j - 1].lower_ not in LAND_HEAD_NOUNS | {"territory", "land", "region", "sea", "shelf"}:
        return False
    while j < len(doc) and doc[j].ent_type_ == "COUNTRY":
        j += 1
    return j < len(doc) and doc[j - 1].ent_type_ == "COUNTRY" and doc[j].lemma_.lower() == "claim" and \
        doc[j].pos_ == "VERB"


#: nouns of a handing over of land from one state to another: "the 1950 transfer of X to Ruritania" (the entity
#: readers type the land; the stance readers read the transfer as a hold on it)
TRANSFER_NOUNS = frozenset({"transfer", "handover", "hand-over", "cession", "surrender"})


def _ceded_to_state(doc: Doc, span: Span) -> bool:
    """The name is land a state handed to another: "the transfer of X and Y to Russia", "the cession of X to Spain".

    Treaty and border-history writing names the lands a state ceded as objects of a transfer noun with the
    receiving state after "to"; the names a list joins ("X and Y") share the cue.

    Args:
        doc: the Doc.
        span: the name (not one the NER read as a person's: prisoners and players are transferred too).

    Returns:
        True when "transfer/handover/cession of" opens the name's list and "to" and a country close it.
    """
    def listed(tok) -> bool:
        return tok.lower_ in {"and", ","} or (tok.text[:1].isupper() and tok.is_alpha)

    k = span.start
    while k > 0 and span.start - k < 12 and listed(doc[k - 1]):
        k -= 1
    while k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    if k < 2 or doc[k - 1].lower_ != "of" or doc[k - 2].lower_ not in TRANSFER_NOUNS:
        return False
    j = span.end
    while j < len(doc) and j - span.end < 12 and listed(doc[j]):
        j += 1
    j += 1 if j + 1 < len(doc) and doc[j].lower_ == "to" and doc[j + 1].lower_ == "the" else 0
    return j + 1 < len(doc) and doc[j].lower_ in {"to", "the"} and doc[j + 1].ent_type_ == "COUNTRY"


#: head words of landforms that a definite description names by their kind ("the lake", "the island"):
#: the first word of "Lake X", the last word of "X Island", "X Creek", "X Farms"
LANDFORM_HEADS = {"lake", "island", "islands", "isles", "creek", "farms", "hills", "heights", "peninsula", "atoll",
                  "reef", "bay", "strip", "plateau", "glacier", "cayes", "cays", "estuary", "lough", "loch"}
#: landform words that open a name rather than close it ("Lake X"); "lough" and "loch", the Irish and Scottish words
#: for a lake or sea inlet, do both ("Loch X", "X Lough")
OPENING_LANDFORMS = {"lake", "lough", "loch"}


def _landform_head(words: list[str]) -> str | None:
    """The kind of landform a name names by its shape: "lake" for "Lake X", "island" for "X Island".

    Args:
        words: the name's words (a leading "the" is skipped).

    Returns:
        The lower-case head word, or None.
    """
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if words[0].casefold() in OPENING_LANDFORMS:
        return words[0].casefold()
    return words[-1].casefold() if words[-1].casefold() in LANDFORM_HEADS else None


def _definite_landform_territories(doc: Doc, ents: list[Span]) -> set[int]:
    """The names that a sovereignty cue governs through a definite description: "sovereignty over the lake".

    "Ruritania does not accept Freedonian sovereignty over any part of the
    lake" puts at stake the one lake the article names ("Lake Varnay", or its
    other name "Lake Tamsk" given by "X, which Freedonia calls Y"): a definite
    noun phrase refers to the antecedent whose head it repeats, when there is
    only one (the strict head match of Stanford's deterministic coreference
    sieves, Lee et al. 2013).  With two lakes named, "the lake" names neither;
    a lake named only once, in passing, is no salient antecedent either.

    Args:
        doc: the Doc.
        ents: the names of the Doc.

    Returns:
        The first token of every name (and other name) of such a landform.
    """
    cued = set()
    for tok in doc:
        if tok.lower_ in LANDFORM_HEADS and tok.is_lower and tok.i >= 1 and doc[tok.i - 1].lower_ == "the" and \
                not tok.ent_type_ and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in {"NOUN", "PROPN"}) and \
                _sovereignty_cue_at(doc, tok.i - 1):
            cued.add(tok.lower_)
    if not cued:
        return set()
    ending = {e.end: e for e in ents}
    referents: dict[str, set[str]] = {}
    starts: dict[str, list[int]] = {}
    for e in ents:
        head = _landform_head(e.text.split())
        if head not in cued:
            continue
        anchor = _other_name_anchor(doc, e.start)
        named = ending.get(anchor) if anchor is not None else None
        referent = named.text if named is not None else e.text
        referents.setdefault(head, set()).add(LEADING.sub("", referent))
        starts.setdefault(head, []).append(e.start)
    return {i for head, names in referents.items() if len(names) == 1 and len(starts[head]) >= 2
            for i in starts[head]}


def _status_appositive(doc: Doc, j: int) -> bool:
    """Tell whether an appositive after the name gives it a territory's status: ", a British overseas territory".

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True for ", a/an/the <modifiers> territory|colony|dependency|protectorate|possession".
    """
    if j + 2 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in {"a", "an", "the"}:
        return False
    for tok in doc[j + 2:min(j + 12, len(doc))]:
        if tok.lower_ in STATUS_HEADS:
            return True
        if (tok.is_punct and tok.text != "-") or tok.pos_ in {"VERB", "AUX", "ADP", "PRON", "DET"}:
            return False
    return False


#: verbs that weigh a place's statehood with "as": "recognised X as a sovereign state", "does not regard X as a state"
STATEHOOD_VERBS = {"recognise", "recognize", "regard", "consider", "treat", "acknowledge", "accept", "view", "see"}
#: what "as" then makes the place: "as an independent state", "as a country in its own right"
STATEHOOD_NOUNS = {"state", "states", "country", "countries", "nation", "nations", "republic", "republics"}


def _statehood_weighed(doc: Doc, span: Span) -> bool:
    """Tell whether the text weighs the name's statehood: "Ruritania recognised X and Y as sovereign states".

    A dependency whose statehood a state recognises or denies ("does not
    regard X as an independent state") is at stake as a territory, not a
    mere location; coordinated names ("X and Y as states") share the verb.

    Args:
        doc: the Doc.
        span: the name.

    Returns:
        True for "<recognise|regard|consider …> [the] X [and Y] as <modifiers> state|country|nation".
    """
    k = span.start
    while k > 0 and span.start - k < 12 and (doc[k - 1].lower_ in {",", "and", "the"} or (
            doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 1].pos_ == "PROPN")):
        k -= 1
    if k < 1 or doc[k - 1].lemma_.lower() not in STATEHOOD_VERBS:
        return False
    j = span.end
    while j < len(doc) and j - span.end < 12 and (doc[j].lower_ in {",", "and", "the"} or (
            doc[j].text[:1].isupper() and doc[j].is_alpha)):
        j += 1
    if j >= len(doc) or doc[j].lower_ != "as":
        return False
    for tok in doc[j + 1:min(j + 7, len(doc))]:
        if tok.lower_ in STATEHOOD_NOUNS:
            return True
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "ADP", "PRON"}:
            return False
    return False


#: what a settlement is called in an appositive: ", a beachside suburb of …", ", the ruined town on …"
SETTLEMENT_NOUNS = {"suburb", "town", "village", "city", "hamlet", "township", "neighbourhood", "neighborhood"}


def _settlement_appositive(doc: Doc, j: int) -> bool:
    """Tell whether an appositive after the name calls it a settlement: ", a beachside suburb in …".

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True for ", a/an/the <modifiers> suburb|town|village|city|…" (or a settlement's "centre": "a
        trading centre") with the noun as the head.
    """
    if j + 2 >= len(doc) or doc[j].text != ",":
        return False
    heads = SETTLEMENT_NOUNS
    first = j + 2
    if doc[j + 1].lower_ not in {"a", "an", "the"}:
        # ", Ruritania's eastern district,": a country's possessive opens the appositive of one of its areas
        k = j + 1
        while k < len(doc) and k - j <= 3 and doc[k].ent_type_ in {"COUNTRY", "GPE"} and doc[k].ent_iob_ != "O":
            k += 1
        if k == j + 1 or k >= len(doc) or doc[k].text not in {"'s", "’s"}:
            return False
        heads, first = SETTLEMENT_NOUNS | {"district", "province", "region", "county", "municipality"}, k + 1
    for tok in doc[first:min(first + 6, len(doc))]:
        if tok.lower_ in heads or _settlement_centre(doc, tok.i):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return nxt is None or not (nxt.pos_ == "NOUN" or nxt.text in {"'s", "’s"})  # not "a town councillor"
        if tok.is_punct or (tok.pos_ not in {"ADJ", "NOUN", "NUM", "PROPN", "ADV"} and tok.tag_ not in {"VBN", "VBG"}):
            return False  # (a participle modifies the head too: "the ruined town")
    return False


def _renamed_territory(doc: Doc, i: int) -> bool:
    """Tell whether the name is the present name of a territory just named: "the Danish West Indies, now the X".

    Args:
        doc: the Doc.
        i: the first token of the name.

    Returns:
        True when ", now (the)" follows a territory the entity ruler found.
    """
    k = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
    return k >= 3 and doc[k - 1].lower_ == "now" and doc[k - 2].text == "," and doc[k - 3].ent_type_ == "TERRITORY"


def _speaks(span: Span) -> bool:
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in SPEECH_VERBS


def _extend_bracketed(doc: Doc, span: Span, text: str | None = None) -> tuple[int, int]:
    """Include a bracketed editor's insertion before a name: "[Tomas] Lind"."""
    text = doc.text if text is None else text
    before = text[max(0, span.start_char - 40):span.start_char]
    m = re.search(r"\[([A-Z][\w'’-]+)\]\s*$", before)
    if m:
        return span.start_char - (len(before) - m.start()), span.end_char
    return span.start_char, span.end_char


PLACE_PREPOSITIONS = {"in", "from", "to", "at", "of", "near", "across", "into", "toward", "towards", "outside",
                      "inside", "around", "throughout", "via", "over", "between", "and", "or"}


def _place_as_given_name(doc: Doc, ent: Span, nxt: Span | None, covered: set[int]) -> Span | None:
    """Read a one-word place that opens a person's name as a given name.

    Many places are also given names ("Sydney", "Montserrat", "Chelsea"); the
    ruler claims them first.  The small model also reads the first of three
    unfamiliar name words as a place or body of its own and the other two as
    a person ("Akech" + "Majok Thon"): such a guess, directly followed by
    the NER's PERSON span, is a given name on the same evidence.  The word is a given name when a surname follows
    it directly, on the same line and not after a preposition of place (the
    NER's PERSON span or capitalised proper nouns), and the whole name has
    person evidence: a title before it ("MEP Sydney Brown"), a person
    appositive ("Sydney Brown, a nurse,") or a speech verb.

    Args:
        doc: the Doc.
        ent: the entity (only one-token gazetteer places and countries qualify).
        nxt: the next entity in the Doc, or None.
        covered: token indices held by an entity.

    Returns:
        The widened PERSON span, or None.
    """
    if len(ent) != 1:
        return None
    guessed = not ent.ent_id_ and ent.label_ in {"GPE", "LOC", "ORG"} and ent[0].is_title and not ent[0].is_upper
    if not guessed and (not ent.ent_id_ or ent.label_ not in {"PLACE", "COUNTRY", "TERRITORY"}):
        return None
    if guessed and not (nxt is not None and nxt.start == ent.end and nxt.label_ == "PERSON" and not nxt.ent_id_):
        return None  # the NER's own guess: only a person's name right after it makes it a given name
    i = ent.end
    if i >= len(doc) or not ent[-1].whitespace_ or "\n" in ent[-1].whitespace_ or not doc[i].is_title \
            or doc[i].lower_ in _title_and_modifier_words():
        return None
    if ent.start > 0 and doc[ent.start - 1].lower_ in PLACE_PREPOSITIONS:
        return None
    if ent.start >= 2 and doc[ent.start - 1].lower_ in {"for", "of"} and doc[ent.start - 2].is_title:
        return None  # "Minister of State for Europe Ana Berg": the office's remit, then the holder's name
    if ent.label_ == "COUNTRY" and doc[i].lower_ in ORG_BODY | MISSION_HEADS:
        return None  # "the Ruritanian Embassy", "the U.S. Embassy said": a country and a body's word make a body
    if nxt is not None and nxt.start == i and nxt.label_ == "PERSON" and not nxt.ent_id_:
        j = nxt.end
    elif i in covered or doc[i].pos_ != "PROPN":
        return None
    else:
        j = i + 1
        while j < len(doc) and j not in covered and doc[j].is_title and doc[j].pos_ == "PROPN" and j - i < 3:
            j += 1
    span = _adjust(doc, Span(doc, ent.start, j, label="PERSON"), covered - set(range(ent.start, j)))
    if _speaks(span) or _appositive_kind(doc, span.end) == "person" or _title_before(span):
        return span
    return None


def _name_apostrophe(doc: Doc, k: int) -> bool:
    """Token k is an apostrophe that closes a name word, not a possessive.

    Luo and other East African names end in an apostrophe ("Achieng'",
    "Odhiambo'" for a final glottal sound); an English possessive apostrophe
    alone follows only a word ending in "s", "x" or "z" ("the Bergs' house").

    Args:
        doc: the Doc.
        k: the token index.

    Returns:
        True when the apostrophe is glued to a capitalised word that does not end in s/x/z and a name
        word follows it on the same line.
    """
    if not (0 < k < len(doc) - 1) or doc[k].text not in {"'", "’"} or doc[k - 1].whitespace_:
        return False
    word = doc[k - 1]
    return word.is_title and word.is_alpha and not word.lower_.endswith(("s", "x", "z")) and _glued(doc, k) \
        and doc[k + 1].is_title


def _glued(doc: Doc, i: int) -> bool:
    """Token i is followed by a space on the same line (no punctuation, no line break)."""
    return bool(doc[i].whitespace_) and "\n" not in doc[i].whitespace_


def _plural_possessive(doc: Doc, k: int, i: int) -> bool:
    """Token k is the apostrophe of a plural possessive inside a name: "Nurses' Union", "Workers' Party"."""
    return k > i and doc[k].text in {"'", "’"} and doc[k - 1].lower_.endswith("s") and not doc[k - 1].whitespace_ \
        and k + 1 < len(doc) and doc[k + 1].is_title and _glued(doc, k)


def _run_end(doc: Doc, i: int, covered: set[int]) -> int:
    """End of the capitalised run from token i (inner "of"/"for"/"the" allowed) on one line, before any entity."""
    end = i
    while end < len(doc) and end not in covered and (doc[end].is_title or doc[end].lower_ in {"of", "for", "the"} or
                                                     _plural_possessive(doc, end, i)) \
            and (end == i or "\n" not in doc[end - 1].whitespace_):
        end += 1
    while end > i and doc[end - 1].lower_ in {"of", "for", "the"}:
        end -= 1
    return end


def _place_named_body(doc: Doc, ent: Span, nxt: Span | None, covered: set[int]) -> Span | None:
    """Join a gazetteer place to the organisation name it is part of.

    The ruler claims the place inside a body's name: "SEIU Healthcare" +
    "Pennsylvania", "Pennsylvania" + "Association of Staff Nurses and Allied
    Professionals", "Ontario" + "Medical Association", "Gibraltar" + "Socialist"
    + "Labour Party" (a listed body after capitalised words).  A place followed on
    the same line by an organisation the NER found, or by capitalised words
    opening with an organisation word ("Association", "University",
    "Department"), is part of that name; so is a place that directly ends an
    organisation the NER found before it.

    Args:
        doc: the Doc.
        ent: the current entity.
        nxt: the next entity, or None.
        covered: token indices held by an entity.

    Returns:
        The organisation span, or None.
    """
    from .entities import ORG_START, ORG_WORDS

    if ent.label_ == "ORG" and not ent.ent_id_ and nxt is not None and nxt.start == ent.end and \
            nxt.ent_id_ and nxt.label_ in {"PLACE", "TERRITORY"} and _glued(doc, ent.end - 1):
        if nxt.end >= len(doc) or not doc[nxt.end].is_title or doc[nxt.end].is_sent_start:
            return Span(doc, ent.start, nxt.end, label="ORG")  # "SEIU Healthcare" + "Pennsylvania"
        end = _run_end(doc, nxt.end, covered)
        if _glued(doc, nxt.end - 1) and doc[end - 1].lower_ in ORG_WORDS:
            return Span(doc, ent.start, end, label="ORG")  # "Autonomous" + "Ruritania" + "Government"
    if ent.ent_id_ and ent.label_ == "ORG" and ent.end < len(doc) and _glued(doc, ent.end - 1) and \
            ent.end not in covered and doc[ent.end].is_title and not doc[ent.end].is_sent_start:
        end = _run_end(doc, ent.end, covered)
        if end > ent.end + 1 and doc[end - 1].lower_ in ORG_WORDS and doc[ent.end].lower_ not in ORG_WORDS:
            return Span(doc, ent.start, end, label="ORG")  # "EU" + "Monitoring Mission", "UN" + "Refugee Agency"
        return None
    if not ent.ent_id_ or ent.label_ not in {"PLACE", "TERRITORY", "COUNTRY"} or ent.end >= len(doc) or \
            not _glued(doc, ent.end - 1) or (ent.start > 0 and doc[ent.start - 1].text in {"'s", "’s"}):
        return None
    i = ent.end
    if nxt is not None and nxt.start == i and nxt.label_ == "ORG" and not nxt.ent_id_:
        end = nxt.end
    elif i not in covered and doc[i].is_title and nxt is not None and nxt.start == _run_end(doc, i, covered) and \
            nxt.label_ == "ORG" and nxt.ent_id_ and nxt[-1].lower_ in ORG_WORDS and _glued(doc, nxt.start - 1):
        end = nxt.end  # "Gibraltar" + "Socialist" + "Labour Party": a listed party name inside a longer one
    elif i not in covered and doc[i].is_title and (
            doc[i].lower_ in ORG_WORDS | ORG_START or doc[_run_end(doc, i, covered) - 1].lower_ in ORG_WORDS):
        end = _run_end(doc, i, covered)
        if end < len(doc) - 1 and doc[end].lower_ in {"and", "&"} and nxt is not None:
            follow = next((e for e in doc.ents if e.start == end + 1), None)
            if follow is not None and follow.label_ == "ORG" and not follow.ent_id_:
                end = follow.end  # "… Staff Nurses" + "and" + "Allied Professionals"
        if end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].is_title and \
                doc[i].lower_ in PORTFOLIO_BODIES | {"office"} and doc[i + 1].lower_ in {"of", "for"}:
            # "Varnay" + "Office of Tourism and Foreign Trade": a state body named by its portfolios keeps the last
            # one, when it names no body, place or person of its own and no further capitalised name follows
            stop = _run_end(doc, end + 1, covered)
            tail = doc[end + 1:stop]
            if stop > end + 1 and (stop >= len(doc) or not doc[stop].is_title) and \
                    not (stop + 1 < len(doc) and doc[stop].text == "," and doc[stop + 1].is_title) and \
                    not any(t.lower_ in ORG_BODY | PORTFOLIO_BODIES | LIST_BODY_HEADS or t.ent_type_ for t in tail):
                end = stop
    else:
        return None
    return Span(doc, ent.start, end, label="ORG")


def _owner_body(text: str, start: int, end: int) -> int | None:
    """Find where an owning body ends in a body's name: "X University's Department of Y".

    A possessive between two organisation names, the first ending on an
    organisation word and the second opening with one ("University's
    Department", "Council's Committee"), joins two bodies, not one.

    Args:
        text: the article text.
        start: the name's start.
        end: the name's end.

    Returns:
        The end offset of the owner's name, or None.
    """
    from .entities import ORG_START, ORG_WORDS

    m = re.match(r"^(.+?)['’]s\s+(\S+)\s", text[start:end])
    if not m or " " not in m.group(1).strip():
        return None
    owner = m.group(1).split()
    last, first = owner[-1].casefold(), owner[0].casefold()
    named = last in ORG_WORDS or (first in ORG_START and len(owner) >= 3 and owner[1] == "of")  # "University of X"
    if named and m.group(2).casefold() in ORG_START | UNIT_WORDS and m.group(2)[:1].isupper():
        return start + m.end(1)
    return None


#: last words of the units of a body named after the area they serve: "the Corps' North Atlantic Division"
UNIT_TAILS = {"district", "division", "region", "command", "directorate", "bureau", "branch", "office", "unit",
              "brigade", "battalion", "regiment", "department", "sector", "zone"}


def _possessive_unit(doc: Doc, ent: Span) -> tuple[Span, Span] | None:
    """Split a body's possessive and the unit named after it: "the Army Corps' New England District".

    The NER often stops inside the unit's name, at a place word in it ("the Army Corps' New" + "England"); a
    body's name (ending on an organisation word) in the possessive, then capitalised words closed by a unit word
    ("District", "Division", "Command"), make two bodies: the owner and its unit.  A unit so named is a body, not
    the area it serves.

    Args:
        doc: the Doc.
        ent: an ORG entity.

    Returns:
        (the owner's span, the unit's span), both labelled ORG, or None.
    """
    from .entities import ORG_WORDS

    for p in range(ent.start + 1, ent.end):
        if doc[p].text not in {"'", "’", "'s", "’s"} or doc[p - 1].lower_ not in ORG_WORDS or \
                not doc[p - 1].is_title:
            continue
        k = p + 1
        while k < len(doc) and k - p <= 5 and doc[k].is_title and doc[k].pos_ == "PROPN":
            k += 1
        if k <= ent.end or k - p < 3 or doc[k - 1].lower_ not in UNIT_TAILS:
            return None
        first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if first >= p:
            return None
        return Span(doc, first, p, label="ORG"), Span(doc, p + 1, k, label="ORG")
    return None


def _owned_unit(doc: Doc, ent: Span) -> Span:
    """Cut a one-word owner's possessive off a unit named in full: "Varnay's Center for Coastal Studies".

    A university's or a ministry's centre, institute or school has its own name ("Center for X Studies",
    "School of Y"); the owner's possessive before it is no part of that name (the owner is named on its own,
    often split by the NER).

    Args:
        doc: the Doc.
        ent: an ORG span.

    Returns:
        The unit's span when a one-word owner's possessive is followed by a unit head word (:data:`UNIT_HEADS`)
        and "for" or "of" inside the span, else ``ent``.
    """
    first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    for p in range(first + 1, min(first + 2, ent.end - 3)):  # a longer owner is a body of its own (_owner_body)
        if doc[p].text in {"'s", "’s"} and doc[p + 1].text in UNIT_HEADS and doc[p + 2].lower_ in {"for", "of"} and \
                doc[p + 3].is_title:
            return Span(doc, p + 1, ent.end, label="ORG")
    return ent


#: first words of the units inside a body ("Faculty of Law", "School of Medicine")
UNIT_WORDS = {"faculty", "school", "college", "division", "unit", "laboratory", "library", "clinic", "hospital"}


def _comma_list_parts(ent: Span) -> list[tuple[int, int]]:
    """The names of a list the NER read as one name: "Varnay, Tolsey" or "Varnay, Tolsey and Brekka".

    A name holds no comma between short capitalised names unless it is a
    body's whose head word closes the list ("Varnay, Tolsey and Brekka
    Ferry Board"), or a title or a suffix follows the comma ("Berg, Jr.").

    Args:
        ent: the entity span (no gazetteer id).

    Returns:
        (start, end) token ranges of the listed names, or [] when the span is no such list.
    """
    from .entities import ORG_WORDS

    commas = [t.i for t in ent if t.text == ","]
    if not commas or ent.ent_id_ or ent.label_ not in {"ORG", "GPE", "LOC", "FAC"} or \
            ent[-1].lower_ in ORG_WORDS or not ent.start < commas[0] or commas[-1] >= ent.end - 1:
        return []
    cuts = commas + [t.i for t in ent if t.lower_ in {"and", "or"} and t.i > commas[-1]]
    parts, start = [], ent.start
    for cut in sorted(cuts) + [ent.end]:
        part = ent.doc[start:cut]
        if not 1 <= len(part) <= 3 or not all(t.is_title and t.is_alpha for t in part) or \
                part[-1].text.rstrip(".") in {"Jr", "Sr"}:
            return []
        parts.append((start, cut))
        start = cut + 1
    return parts


def _body_and_unit_parts(ent: Span) -> list[tuple[int, int]]:
    """The two bodies of a span the NER ran over a comma: "the National Assembly, Committee III".

    A unit is often named after its parent body and a comma ("at the
    Senate, Finance Committee member X"), as parliaments with numbered
    commissions and courts with numbered chambers are written in news
    English; a body's own name holds no comma after its head word.  The part before the comma must end on an
    organisation word ("Assembly", "Representatives") and the part after
    it must open on one ("Committee", "Commission").

    Args:
        ent: the entity span (no gazetteer id).

    Returns:
        (start, end) token ranges of the two bodies, or [] when the span is no such pair.
    """
    from .entities import ORG_START, ORG_WORDS

    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1 or ent.ent_id_ or ent.label_ != "ORG":
        return []
    k = commas[0]
    doc = ent.doc
    if k - ent.start < 1 or ent.end - k < 2 or doc[k - 1].lower_ not in ORG_WORDS or \
            doc[k + 1].lower_ not in ORG_START | {"subcommittee", "board", "division", "chamber"} or \
            not all(t.is_title or t.lower_ in {"the", "of", "and", "for"} for t in doc[ent.start:k]) or \
            not all(t.is_title for t in doc[k + 1:ent.end]):
        return []
    return [(ent.start, k), (k + 1, ent.end)]


#: the words of a compass region coordinated inside a body's name: "of North and East Varnay"
COMPASS_REGION_WORDS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                        "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
                        "southwest"}


def _compass_pair_bodies(doc: Doc) -> list[tuple[int, int, str]]:
    """The bodies named for two coordinated parts of a place: "the Regional Council of North and East Varnay".

    The NER ends such a name at the first compass word ("… of North") and reads
    the rest as a place ("East Varnay"); the body's name runs from its
    capitalised words, ending on an organisation word, over "of <compass> and
    <compass> <name>".  A span the gazetteer ruler already labelled (an id) is
    left to it.  A bracketed acronym that spells the name ("(RCNEV)") is its
    short name (Schwartz & Hearst 2003, see :func:`graph.names.abbreviates`).

    Args:
        doc: the Doc.

    Returns:
        (start, end, acronym) of each body's name: its token range and its bracketed acronym, or "".
    """
    from .entities import ACRONYM, ORG_WORDS

    out = []
    for tok in doc:
        i = tok.i
        if tok.lower_ != "of" or i < 1 or i + 4 >= len(doc) or doc[i - 1].lower_ not in ORG_WORDS or \
                not doc[i - 1].is_title:
            continue
        if not (doc[i + 1].is_title and doc[i + 1].lower_ in COMPASS_REGION_WORDS and doc[i + 2].lower_ == "and" and
                doc[i + 3].is_title and doc[i + 3].lower_ in COMPASS_REGION_WORDS):
            continue
        end = i + 4
        while end < len(doc) and end - i <= 6 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        start = i - 1
        while start > 0 and i - start < 5 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if end == i + 4 or any(t.ent_id_ and t.ent_type_ in {"TERRITORY", "COUNTRY", "PLACE"} and
                               t.ent_iob_ == "B" and t.i < i for t in doc[start:end]):
            continue
        acronym = doc[end + 1].text if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            else ""
        if acronym and not (ACRONYM.fullmatch(acronym) and abbreviates(acronym, doc[start:end].text)):
            acronym = ""
        out.append((start, end, acronym))
    return out


#: last words of the bodies a legislature names after a list of portfolios ("X, Y and Z Committee")
PANEL_WORDS = {"committee", "subcommittee", "sub-committee", "commission", "panel", "board", "caucus"}


#: the Spanish, Portuguese, French and Italian head words that open a body's name ("Universidad Nacional de X",
#: "Armada de X", "Agência X", "Pacto X"); none is an English word or a given name (besides the party words
#: of :data:`graph.nlp.ROMANCE_BODY_OPENERS`)
ROMANCE_ORG_OPENERS = ROMANCE_BODY_OPENERS | {
    "universidad", "universidade", "université", "università", "ministerio", "ministério", "ministère", "ministero",
    "agencia", "agência", "agence", "agenzia", "rádio", "radiotelevisión", "instituto", "banco", "banque",
    "armada", "ejército", "exército", "fuerza", "fuerzas", "força", "forças", "policía", "polícia", "gendarmería",
    "guardia", "consejo", "conselho", "conseil", "consiglio", "asamblea", "assembleia", "assemblée", "congreso",
    "senado", "fundación", "fundação", "fondation", "fondazione", "sindicato", "compañía", "companhia", "compagnie",
    "sociedad", "sociedade", "société", "società", "asociación", "associação", "comisión", "comissão", "commissione",
    "comité", "secretaría", "procuraduría", "fiscalía", "defensoría", "contraloría", "registraduría", "cámara",
    "câmara", "chambre", "pacto", "acuerdo", "convergencia", "coalición", "unidad", "diario", "diário",
    "periódico", "jornal", "corte", "servicio", "serviço", "empresa", "comando", "marinha"}
#: the Romance words that link a body's name to its remit or place: "Universidad Nacional de X", "Fuerza y Y"
ROMANCE_NAME_LINKS = {"de", "del", "da", "do", "dos", "das", "di", "della", "des", "du", "la", "las", "los", "el",
                      "le", "les", "y", "e", "et", "para", "por", "pour", "per"}


def _join_romance_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """Join a Spanish, Portuguese, French or Italian body's name that the NER cut or read as a person or a place.

    The small English model reads "Armada Nacional de X" as a place, a person and a country, and stops
    "Universidad Mayor de" before the country that closes it.  A run of title-case words opening on a
    Romance body head (:data:`ROMANCE_ORG_OPENERS`) and linked by Romance particles ("de", "del", "y") is one
    organisation's name, as the head-word rule of named-entity grammars has it (the Romance counterpart of
    "University of X").

    Args:
        doc: the Doc.
        ents: the entity spans.

    Returns:
        The spans, each such run made one ORG span (the spans inside it dropped).
    """
    titles = {t.casefold() for t in load_gazetteer().person_titles}
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not (tok.is_title and tok.lower_ in ROMANCE_ORG_OPENERS) or tok.ent_id_ or \
                (i >= 1 and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and not tok.is_sent_start):
            i += 1  # (the head word inside a longer name: "<word> Parti X", a Malay party)
            continue
        end, k = i + 1, i + 1
        while k < len(doc) and k - i < 10 and "\n" not in doc[k - 1].whitespace_ and not doc[k].is_sent_start:
            if doc[k].lower_ in ROMANCE_NAME_LINKS and doc[k].is_lower:
                k += 1
                continue
            if (doc[k].is_title or (doc[k].is_upper and doc[k].is_alpha)) and not (
                    doc[k].lower_ in titles and k + 1 < len(doc) and doc[k + 1].is_title):
                k += 1  # (a title before a name opens the next name: "the Partido X Senator Ana Varga")
                end = k
                continue
            break
        if end - i >= 2 and any(t.lower_ not in ROMANCE_NAME_LINKS for t in doc[i + 1:end]):
            runs.append((i, end))
        i = max(end, i + 1)
    # a party word inside a name the NER read as a place or a person makes it a party's: "Kesatuan Parti X"
    relabel = {e.start for e in ents if e.label_ in {"FAC", "GPE", "LOC", "PERSON"} and not e.ent_id_ and
               any(t.lower_ in ROMANCE_BODY_OPENERS and t.is_title for t in e[1:])}
    if relabel:
        ents = [Span(doc, e.start, e.end, label="ORG") if e.start in relabel else e for e in ents]
    if not runs:
        return ents
    inside = {k for s, e in runs for k in range(s, e)}
    kept = [e for e in ents if not any(k in inside for k in range(e.start, e.end))]
    # a span reaching out of the run (a "the" before it, a word after it) keeps the run's own bounds
    kept += [Span(doc, s, e, label="ORG") for s, e in runs]
    return sorted(kept, key=lambda e: e.start)


def _join_portfolio_lists(doc: Doc, ents: list[Span]) -> list[Span]:
    """Rejoin a committee named after a list of portfolios that the NER cut at its comma.

    Parliamentary committees are named after the portfolios they scrutinise, listed with commas and "and"
    (the UK's "Environment, Food and Rural Affairs Committee", "the Senate Fisheries, Ports and Trade
    Committee"); the NER reads "the Senate Fisheries" + "Ports and Trade … Committee".
    An ORG name closing on a portfolio word (:data:`TOPIC_WORDS`), with no "of" and no other head word in it,
    a comma, then one or two title-case words, "and", and title-case words closing on a panel word
    (:data:`PANEL_WORDS`), none of them a listed name, make one name; so does a panel's remit ("Committee on
    Justice") and ", W and V" closing on a portfolio word ("Joint Committee on Justice, Equality and Defence").

    Args:
        doc: the Doc.
        ents: the entity spans.

    Returns:
        The spans, such runs joined into one ORG span (the spans inside the run dropped).
    """
    from .entities import ORG_WORDS

    def free(k: int) -> bool:
        return doc[k].is_title and doc[k].ent_type_ in {"", "ORG"} and not doc[k].ent_id_

    joined: list[Span] = []
    for ent in ents:
        comma = ent.end - 1 if ent[-1].text == "," else ent.end
        if ent.label_ != "ORG" or ent.ent_id_ or comma >= len(doc) or doc[comma].text != "," or \
                comma - ent.start < 2 or doc[comma - 1].lower_ not in TOPIC_WORDS or not doc[comma - 1].is_title:
            continue
        words = doc[ent.start + (ent[0].lower_ == "the"):comma]
        # "the Joint Committee on Justice" + ", Equality and Defence": the list closes the name
        remit = any(t.lower_ in PANEL_WORDS and t.i + 1 < comma and doc[t.i + 1].lower_ in {"on", "for"}
                    for t in words)
        if not remit and any(t.lower_ == "of" or (t.lower_ in ORG_WORDS - TOPIC_WORDS and t.i > words.start)
                             for t in words):
            continue
        k = comma + 1
        while k < len(doc) and k - comma <= 2 and free(k):
            k += 1
        if k == comma + 1 or k >= len(doc) or doc[k].lower_ != "and":
            continue
        k += 1
        while k < len(doc) and k - comma <= 9 and free(k) and doc[k - 1].lower_ not in PANEL_WORDS:
            k += 1
        if remit and k >= comma + 4 and doc[k - 1].lower_ in TOPIC_WORDS and doc[k - 1].is_title and \
                (k >= len(doc) or not doc[k].is_title):
            joined.append(Span(doc, ent.start, k, label="ORG"))
        elif not remit and doc[k - 1].lower_ in PANEL_WORDS and doc[k - 1].is_title:
            joined.append(Span(doc, ent.start, k, label="ORG"))
    if not joined:
        return ents
    out = [e for e in ents if not any(j.start <= e.start and e.end <= j.end for j in joined)]
    return sorted(out + joined, key=lambda e: e.start)


#: plural or collective last words of a legislature's name that owns numbered committees ("the Chamber of
#: Deputies' Commission IV")
LEGISLATURE_OWNER_WORDS = frozenset({"representatives", "assembly", "parliament", "senate", "congress", "house",
                                     "council", "deputies", "lords", "commons", "chamber", "diet", "majlis"})
#: head words of a numbered body of a legislature
NUMBERED_BODY_HEADS = frozenset({"commission", "committee", "subcommittee", "chamber", "panel"})


def _split_numbered_committee(doc: Doc, ents: list[Span]) -> list[Span]:
    """Split a legislature's numbered committee from its owner and from the member named right after it.

    Indonesian and other parliaments number their committees ("Commission I", "Committee III"), and news
    titles a member by the committee right before the name, with no comma: "Member of the House of
    Representatives' Commission II Ana Varga".  The NER reads the owner, the committee and the member's name
    as one body, or drops the name.  After "<Committee> <Roman numeral>", a run of two or three title-case
    words that name no body is a person; a legislature's possessive before the committee names the house.

    Args:
        doc: the Doc.
        ents: the entity spans.

    Returns:
        The spans, each such body split into the house, the numbered committee and the member (PERSON).
    """
    from .entities import ORG_WORDS

    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        heads = [t.i for t in ent if t.lower_ in NUMBERED_BODY_HEADS and t.is_title] if ent.label_ == "ORG" else []
        num = heads[-1] + 1 if heads else -1
        if num < 0 or num >= len(doc) or not ROMAN_NUMERAL.fullmatch(doc[num].text) or not doc[num].text \
                or not doc[num].is_upper or num > ent.end:
            out.append(ent)
            continue
        k = num + 1
        while k < len(doc) and k - num <= 4 and doc[k].is_title and doc[k].is_alpha and \
                doc[k].lower_ not in ORG_WORDS and doc[k].ent_type_ not in {"COUNTRY", "PLACE", "TERRITORY"} and \
                (k < ent.end or k not in taken):
            k += 1
        named = 2 <= k - num - 1 <= 3 and (k >= len(doc) or not doc[k].is_title)
        if not named:
            out.append(ent)  # no member's name after the numeral: "the committee I chair" keeps its reading
            continue
        head = heads[-1]
        start = ent.start
        owner = head - 1
        if owner - 1 > start and doc[owner].text in {"'", "’", "'s", "’s"} and \
                doc[owner - 1].lower_ in LEGISLATURE_OWNER_WORDS:
            first = start + 1 if doc[start].lower_ == "the" else start
            if owner > first:
                out.append(Span(doc, first, owner, label="ORG"))  # the house that owns the committee
                start = head
        out.append(Span(doc, start, num + 1, label="ORG"))
        out.append(Span(doc, num + 1, k, label="PERSON"))
    return out


def _split_coordinated(doc: Doc, ents: list[Span]) -> list[Span]:
    """Split a span that coordinates names: "between Alderton and Brackwell", "the villages of Varnay, Tolsey".

    No personal name holds the word "and"; the NER sometimes reads two
    coordinated one-word names as one person.  Nor does a place or a body hold
    a comma between short names (see :func:`_comma_list_parts`), or between a
    body and its unit (see :func:`_body_and_unit_parts`).  Each side becomes a
    name of its own, with the same label.

    Args:
        doc: the Doc.
        ents: the entity spans.

    Returns:
        The spans, coordinated spans split into their names.
    """
    out = []
    for ent in ents:
        ands = [t.i for t in ent if t.text == "and"] if ent.label_ == "PERSON" else []
        listed = _comma_list_parts(ent) or _body_and_unit_parts(ent)
        if len(ands) == 1 and ent.start < ands[0] < ent.end - 1:
            out.append(Span(doc, ent.start, ands[0], label=ent.label_))
            out.append(Span(doc, ands[0] + 1, ent.end, label=ent.label_))
        elif listed:
            out.extend(Span(doc, a, b, label=ent.label_) for a, b in listed)
        else:
            out.append(ent)
    return out


def _office_place_head(doc: Doc, ent: Span, gaz: Gazetteer) -> bool:
    """Whether a PERSON entity after "<title> of" (or "for" a listed region) opens with the office's place.

    "Regent of Tolsby Darko Venhaus", "Mayor of Varn Ana Berg": English writes the holder's name right after
    the place of a local office, and the NER reads the place into the name. A person's name never stands after
    "<title> of", so a first word that is neither an English word nor a demonym, followed by a name of two or
    three words, is the place.

    Args:
        doc: the parsed article.
        ent: an NER entity.
        gaz: the gazetteer.

    Returns:
        True when the entity's first word is the office's place.
    """
    from .entities import person_shaped
    from .nlp import english_words

    if ent.label_ not in {"PERSON", "ORG", "GPE"} or not 3 <= len(ent) <= 4 or ent.start < 2 or \
            doc[ent.start - 1].lower_ not in {"of", "for"}:
        return False
    if doc[ent.start - 1].lower_ == "for":
        # "Minister of State for Europe Ana Berg": after "for" only a listed region or place is the office's remit
        entry = gaz.lookup(ent[0].text)
        rest = ent[1:]
        return ent.label_ == "PERSON" and entry is not None and entry.cls == "Place" and \
            all(t.is_title for t in rest) and person_shaped(rest.text)
    if ent.label_ != "PERSON" and not (ent.end < len(doc) and doc[ent.end].text == ","):
        return False  # (read as a body or a place: only a name closed by a comma, "…, who visited", is taken)
    office = doc[ent.start - 2]
    if not ent[0].is_title or office.lower_ not in _title_words() and not (
            office.is_title and office.pos_ in {"NOUN", "PROPN"} and office.lower_ in english_words()):
        return False  # (the office: a listed title, or a capitalised English noun such as "Regent" or "Reeve")
    first = ent[0].lower_
    if first in english_words() or first in PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS or gaz.is_demonym(ent[0].text):
        return False
    rest = ent[1:]
    return all(t.is_title for t in rest) and person_shaped(rest.text)


#: head words of bodies that run a venue ("the Varnek Museum"); with :data:`ORG_WORDS` they close a body's name
BODY_HEAD_WORDS = frozenset({"museum", "gallery", "library", "hospital", "observatory", "archives", "zoo"})


def _after_office_of(doc: Doc, start: int, preps: frozenset[str] = frozenset({"of"})) -> bool:
    """Whether a name starting at token ``start`` stands after "<title> of" or "<title> of the" ("director of the"),
    or after another of ``preps`` ("Secretary for").

    Args:
        doc: the parsed article.
        start: the name's first token (it may be "the").

    Returns:
        True when a listed title and "of" come right before the name.
    """
    k = start
    if doc[k].lower_ != "the" and k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    return k >= 2 and doc[k - 1].lower_ in preps and doc[k - 2].lower_ in _title_words()


def _after_coordinated_portfolio(doc: Doc, start: int) -> bool:
    """Whether a name starting at ``start`` is the second half of "<title> of/for <portfolio> and (the)".

    English news writing gives a minister's full style before the name without a comma: "Minister of Trade and
    the Varnish Guilds Ana Pop said". The NER reads the words after "and" and the name as one body. The
    portfolio before "and" is a run of capitalised words (a list joined by commas counts) right after a listed
    title and "of" or "for".

    Args:
        doc: the parsed article.
        start: the name's first token (it may be "the").

    Returns:
        True when "<title> of|for <Capitalised words> and" (then maybe "the") comes right before the name.
    """
    k = start
    if doc[k].lower_ != "the" and k > 0 and doc[k - 1].lower_ == "the":
        k -= 1
    if k < 4 or doc[k - 1].lower_ != "and":
        return False
    j = k - 2
    # (a list of portfolios before "and" is joined by commas: "MEC for Sport, Arts and Culture Ana Pop")
    while j >= 0 and (doc[j].is_title and doc[j].is_alpha or doc[j].text == "," and doc[j + 1].is_title) and \
            doc[j].lower_ not in ("of", "for"):
        j -= 1
    return k - 2 > j >= 1 and doc[j].lower_ in ("of", "for") and doc[j - 1].lower_ in _title_words() and \
        doc[j + 1].text != ","


#: last words of a portfolio named after "Minister / Secretary for": "Kingdom Relations", "Veterans' Affairs"
PORTFOLIO_TAILS = frozenset({"relations", "affairs", "recreation", "arts", "sports", "youth", "women", "planning",
                             "development", "works", "lands", "security", "trade", "industry"})


def office_body_before_name(doc: Doc, ent: Span, gaz: Gazetteer) -> tuple[int, str] | None:
    """Split an entity after "<title> of" into the office's body or place and the holder's two-word name.

    "Acting director of the Varnek Institute Marek Osten", "Mayor of Tolsby Daniel Kerr": English news writing
    sets the holder's name right after the office's body, place or portfolio, and the NER reads both as one
    body. The last two words are a name when they are capitalised, person-shaped and no body, place, office or
    portfolio word, and the words before them close as a body (an organisation or area head word), a portfolio
    ("State for Health") or one capitalised word that is no English word (a place).

    Args:
        doc: the parsed article.
        ent: an NER entity.
        gaz: the gazetteer.

    Returns:
        (the name's first token, the label of the words before it: "ORG", "GPE" or "" for a portfolio), or
        None when the entity is not so shaped.
    """
    from .entities import ORG_WORDS, person_shaped
    from .nlp import OFFICE_HEAD_WORDS, english_words

    coordinated = ent.label_ in {"ORG", "GPE", "FAC"} and _after_coordinated_portfolio(doc, ent.start)
    # "Secretary for X Relations NAME": after "for" only a portfolio may come before the name ("MP for X NAME": a seat)
    after_for = not _after_office_of(doc, ent.start) and _after_office_of(doc, ent.start, frozenset({"for"}))
    if ent.label_ not in {"ORG", "GPE", "FAC"} or len(ent) < 3 or not (
            coordinated or after_for or _after_office_of(doc, ent.start)):
        return None
    if ent[0].lower_ == "the":
        ent = ent[1:]
        if len(ent) < 3:
            return None
    if ent.end < len(doc) and (doc[ent.end].text in {"'s", "’s", "'", "’"} or
                               doc[ent.end].is_title and doc[ent.end].pos_ == "PROPN"):
        return None  # "… Marek Osten's" or a longer name: no clean two-word holder
    titles = _title_words()
    # "... Pieter van Doorninck": a lower-case particle inside the name makes it three words
    n = 3 if len(ent) >= 4 and ent[-2].lower_ in NAME_PARTICLES and ent[-2].is_lower else 2
    name, body = ent[-n:], ent[:-n]
    blocked = ORG_WORDS | PLACE_HEAD_WORDS | OFFICE_HEAD_WORDS | PORTFOLIO_WORDS | AREA_WORDS | titles
    words = [t for t in name if n == 2 or t.i != ent.end - 2]  # (the particle aside)
    if not all(t.is_alpha and t.is_title and t.lower_ not in blocked and not t.ent_id_ for t in words) or \
            not person_shaped(name.text) or gaz.lookup(name.text) is not None:
        return None
    words = english_words()
    plural = name[-1].lower_
    if name[0].lower_ in words and plural not in words and plural.endswith("s") and (
            plural[:-1] in words or plural.endswith("ies") and plural[:-3] + "y" in words):
        return None  # "a member of the Union of Ruritanian Language Countries": an English noun and a plural
    last = body[-1].lower_
    if not body[-1].is_title:
        return None
    if coordinated:
        return name.start, ""  # "Minister of Trade and the Varnish Guilds Ana Pop": the portfolio's second half
    if after_for:
        return (name.start, "") if last in PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS | PORTFOLIO_TAILS else None
    if len(body) >= 2 and (last in BODY_HEAD_WORDS or any(t.lower_ in ORG_WORDS for t in body)):
        return name.start, "ORG"
    if len(body) >= 2 and (last in PLACE_HEAD_WORDS or last in AREA_WORDS):
        return name.start, "GPE"
    if last in PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS | PORTFOLIO_TAILS:
        return name.start, ""
    if len(body) == 1 and last not in english_words() and not gaz.is_demonym(body.text):
        return name.start, "GPE"
    return None


#: verbs that give a post to their passive subject ("X was named the bank's chief executive")
_APPOINT_VERBS = frozenset({"named", "appointed", "elected", "installed"})

#: pronouns that refer to a person only: a body is "it" or "they"
_GENDERED_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _speaker_with_pronoun(doc: Doc, name: Span) -> bool:
    """Tell whether a name is the subject of a speech verb whose report then uses "he" or "she".

    A pattern of English news writing: "Marek Osten said he would stand again", "Ana Varga told reporters her
    office was closed"; a body that speaks is "it" or "they", so a gendered pronoun after the speech verb in the
    same sentence, or opening the next one, marks the speaker as a person.

    Args:
        doc: the parsed article.
        name: the name's span.

    Returns:
        True when the name's head is the subject of a speech verb and a gendered pronoun follows that verb.
    """
    head = name.root
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ not in SPEECH_VERBS or verb.i < name.end or verb.i - name.end > 2:
        return False
    sent = verb.sent
    if any(t.lower_ in _GENDERED_PRONOUNS for t in doc[verb.i + 1:sent.end]):
        return True
    return sent.end < len(doc) and doc[sent.end].lower_ in {"he", "she"}



def apposed_to_title(doc: Doc, name: Span) -> bool:
    """Whether a name stands in apposition to a possessed person title: "its foreign minister, NAME,".

    Args:
        doc: the parsed article.
        name: the name's tokens.

    Returns:
        True when "its" / "his" / "her" / "their" and a title word (see :func:`_title_words`) stand right
        before the comma before the name, and a comma or the sentence's end follows it.
    """
    k = name.start - 1
    if k < 2 or doc[k].text != "," or doc[k - 1].lower_ not in _title_words():
        return False
    if name.end < len(doc) and doc[name.end].text not in {",", ".", ";"}:
        return False
    for t in reversed(doc[max(k - 5, 0):k - 1]):
        if t.lower_ in {"its", "his", "her", "their"}:
            return True
        if t.is_punct or t.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _person_by_context(doc: Doc, ent: Span) -> Span | None:
    """Whether a two- or three-word name the NER read as a body or place is a person's by its context.

    Four patterns of English news writing: a party in brackets right after the name ("Marek Osten (Liberal
    Party) voted"), as a legislator's party tag; a passive appointment to a title ("Ana Varga was named
    Tolsby Bank's new chief executive"), as only people are named to posts; a speech verb whose report
    refers back with "he" or "she" (see :func:`_speaker_with_pronoun`); and a name apposed to a possessed
    title ("its foreign minister, Ana Varga,", see :func:`apposed_to_title`).

    Args:
        doc: the parsed article.
        ent: an NER entity.

    Returns:
        The name as a PERSON span (without a bracket the NER kept), or None when no pattern holds.
    """
    from .entities import ORG_WORDS, person_shaped

    j = ent.end - 1 if len(ent) > 1 and ent[-1].text == "(" else ent.end
    name = doc[ent.start:j]
    if ent.label_ not in {"ORG", "GPE", "NORP", "FAC"} or not 2 <= len(name) <= 3 or \
            not all(t.is_alpha and t.is_title and not t.ent_id_ and t.lower_ not in ORG_WORDS for t in name) or \
            not person_shaped(name.text):
        return None
    person = Span(doc, name.start, name.end, label="PERSON")
    if _speaker_with_pronoun(doc, name) or apposed_to_title(doc, name):
        return person
    if j + 2 < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == ")"), None)
        party = close is not None and close - j >= 3 and doc[close - 1].lower_ == "party" and \
            all(t.is_title for t in doc[j + 1:close])
        return person if party else None
    if j + 2 < len(doc) and doc[j].lower_ in {"was", "is", "has", "had", "will"}:
        k = j + 1
        if doc[k].lower_ == "been" or doc[k].lower_ == "be":
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ not in _APPOINT_VERBS or \
                doc[k + 1].lower_ in {"after", "for", "by", "in", "on", "among"}:
            return None  # "… was named after its founder": no post
        titles = _title_words()
        for t in doc[k + 1:k + 8]:
            if t.is_punct and t.text not in {"'s", "’s", "'", "’", "-"} or t.is_sent_start:
                return None
            if t.lower_ in titles:
                return person
    return None


#: prepositions of place and motion: "from the X", "near the X" name a place, not a title-holder
MOTION_PREPOSITIONS = {"from", "in", "into", "to", "near", "at", "across", "around", "towards", "toward", "off",
                      "onto", "through", "beyond", "inside", "outside", "along"}


def _definite_title(doc: Doc, ent: Span) -> bool:
    """Whether a one-word PERSON entity is a title used with "the", not a name.

    English puts no article before a person's name, but it does before a ruler's or an office-holder's local
    title ("the Kabaka", "the Asantehene", "the Aga Khan" style titles), which the NER reads as a name. A word
    after it that continues a noun phrase ("the Berg family", "the Berg Institute") leaves the name alone.

    Args:
        doc: the parsed article.
        ent: an NER entity.

    Returns:
        True when ``ent`` is a single word tagged PERSON right after "the" and closing its noun phrase.
    """
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the":
        return False
    if ent.start >= 2 and doc[ent.start - 2].lower_ in MOTION_PREPOSITIONS:
        return False  # "commute from the Varnholm": a place the NER misread
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return nxt is None or nxt.is_punct and nxt.text not in {"-", "'s", "’s"} or \
        nxt.pos_ in {"VERB", "AUX"} or nxt.lower_ in {"himself", "herself"}


def _demonym_surname(ent: Span, label: str, gaz: Gazetteer) -> bool:
    """Tell whether a person's name merely ends in a word that is also a demonym: "Raymond Christian".

    :meth:`Gazetteer.is_demonym` reads a phrase by its last word ("Ordinary Kazakhs"); a PERSON entity of
    proper nouns whose singular last word is a nationality or faith adjective is a surname ("Christian",
    "English", "French"), not a people.

    Args:
        ent: the entity span.
        label: its label.
        gaz: the gazetteer.

    Returns:
        True for a PERSON entity of two or three words, all but the last tagged as proper nouns and none of them
        a demonym, whose last word does not end in "s" and which is no demonym as a whole.
    """
    words = list(ent)
    return label == "PERSON" and 2 <= len(words) <= 3 and not words[-1].text.endswith("s") and \
        fold(ent.text) not in gaz.demonyms and all(t.tag_ == "NNP" and not gaz.is_demonym(t.text) for t in words[:-1])


def extract_mentions(doc: Doc, article: Article) -> Iterator[NameMention]:
    """Find the name mentions of an article.

    Nationalities and demonyms ("Ruritanian", "Ordinary Ruritanians"), pronouns,
    lower-case words and adjectives give no mention.

    Args:
        doc: the spaCy Doc of ``article.text``.
        article: the article.

    Yields:
        :class:`NameMention` objects in text order.
    """
    gaz = load_gazetteer()
    seen: set[tuple[int, int]] = set()
    defined: dict[str, str] = {}  # acronym -> the organisation name it was defined for ("Name (ACR)")
    text = doc.text  # built once: Doc.text joins every token
    ents = _join_romance_bodies(doc, _join_portfolio_lists(doc, _split_coordinated(doc, list(doc.ents))))
    ents = _split_numbered_committee(doc, ents)  # "… Commission II Ana Varga": the house, the committee, the member
    covered = {i for e in ents for i in range(e.start, e.end)}
    held_landforms = _definite_landform_territories(doc, ents)  # "sovereignty over the lake": the article's one lake

    def once(span, label: str, **cues) -> NameMention | None:
        """A mention of ``span`` the first time its characters are named, else None."""
        key = (span.start_char, span.end_char)
        if key in seen:
            return None
        seen.add(key)
        return NameMention(Mention(article.id, span.start_char, span.end_char, span.text, label), **cues)
    consumed: set[int] = set()
    named_at: dict[int, tuple[str, str]] = {}  # token end of a name -> (its id or surface, its label)
    renamed_at: dict[int, str] = {}  # token end of a place's other name -> the place it names
    territories: Counter = Counter()  # id or surface of each territory named so far -> its mentions
    # id or surface of each territory the NLP step labelled in the whole article -> its names
    article_territories: Counter = Counter(e.ent_id_ or e.text for e in ents if e.label_ == "TERRITORY")
    locative_ends: set[int] = set()  # token ends of names that stand in a locative slot ("in X")
    skip_next = False
    seat_parts: set[int] = set()  # tokens of a seat named with a link word: its parts are places too
    yield from _dateline_towns(doc, article, seen, gaz)  # before the NER's names: it may read the town as a body
    for a, b, nm in _author_names_in_capitals(doc, article, seen):
        consumed.update(range(a, b))  # "GLADYS PITAKAKA is a reporter": the NER's "PITAKAKA" (a body) is no name
        yield nm
    for a, b, nm in _media_outlets(doc, article, seen, gaz):
        consumed.update(range(a, b))  # "the public channel Varnay 24": the place inside is no mention of its own
        yield nm
    own = {fold(n) for n in (getattr(article, "outlet", None), *(getattr(article, "copyright_holders", ()) or ()))
           if n}
    bracket_parties = _councillor_party_ids(text, gaz)  # "(Labour, Varnay North)": the NER's "Labour" is the party
    for a, b in _linked_seats(doc, gaz):
        # "MSP for Arran and Bute Coast", "who represents Kerry North in the Dáil": the seat is one place
        seen.add((doc[a].idx, doc[b - 1].idx + len(doc[b - 1])))
        seat_parts.update(range(a, b))
        seat = doc[a:b]
        yield NameMention(Mention(article.id, seat.start_char, seat.end_char, seat.text, "GPE"), place_cue=True,
                          in_quote=_in_quote(doc, seat.start_char, text))
    for a, b, acronym in _compass_pair_bodies(doc):
        # "the Regional Council of North and East Varnay": one body, though the NER stops at "North"
        body = doc[a:b]
        seen.add((body.start_char, body.end_char))
        consumed.update(range(a - 1 if a > 0 and doc[a - 1].lower_ == "the" else a, b))
        yield NameMention(Mention(article.id, body.start_char, body.end_char, body.text, "ORG"), org_cue=True,
                          in_quote=_in_quote(doc, body.start_char, text), speaks=_speaks(body))
        if acronym:
            defined.setdefault(acronym, body.text)  # "… of North and East Varnay (RCNEV)": the NER's "RCNEV" too
            short = once(doc[b + 1:b + 2], "ORG", org_cue=True, acronym_of=body.text,
                         in_quote=_in_quote(doc, doc[b + 1].idx, text)) if not doc[b + 1].ent_type_ else None
            if short is not None:
                yield short
    skip_upto = -1  # entities starting before this token were taken into an earlier name
    for idx, ent in enumerate(ents):
        if skip_next:
            skip_next = False
            continue
        if ent.start < skip_upto:
            continue
        cut = _amount_tail(ent)
        if cut < ent.end:
            ent = Span(doc, ent.start, cut, label=ent.label_, kb_id=ent.kb_id_)
        host = _olympic_host(doc, ent, gaz)
        if host is not None:
            # "the 2018 PyeongChang Winter Olympics": no entity (an event), but its host city is a place
            nm = once(host, "GPE", place_cue=True, in_quote=_in_quote(doc, host.start_char, text))
            if nm is not None:
                yield nm
            continue
        near = ent.start > 0 and doc[ent.start - 1].lower_ in NEAR_WORDS
        if ent.label_ not in NAME_LABELS:
            # "near Goose Green" read as a work of art, "Gilgit, the capital of …" as an event, "X Cove" or
            # "from X in <a known place>" as anything
            party = _party_after_seat(doc, ent)
            if ent.start in consumed or not _misread_name(ent) or not (
                    near or party or _appositive_kind(doc, ent.end) == "place" or _inside_known_place(doc, ent) or
                    (len(ent) >= 2 and ent[-1].lower_ in PLACE_HEAD_WORDS and ent[0].lower_ != "the")):
                continue
            ent = Span(doc, ent.start, ent.end, label="ORG" if party else "GPE")
        if ent.start in consumed or _definite_title(doc, ent):
            continue
        if _office_place_head(doc, ent, gaz):
            # "Regent of Tolsby Darko Venhaus": the office's place is no part of the holder's name
            nm = once(doc[ent.start:ent.start + 1], "GPE", place_cue=True,
                      in_quote=_in_quote(doc, ent.start_char, text))
            if nm is not None:
                yield nm
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
        split = office_body_before_name(doc, ent, gaz)
        if split is not None:
            # "Acting director of the Varnek Institute Marek Osten": the office's body, then its holder
            at, body_label = split
            nm = once(doc[ent.start:at], body_label, place_cue=body_label == "GPE", org_cue=body_label == "ORG",
                      in_quote=_in_quote(doc, ent.start_char, text)) if body_label else None
            if nm is not None:
                yield nm
            ent = Span(doc, at, ent.end, label="PERSON")
        owner = _possessed_office(ent)
        if owner is not None:
            # "Ruritania's Minister of Trade, Anna Berg": a person's office, no body; its owner is a place
            nm = once(owner, "GPE", in_quote=_in_quote(doc, owner.start_char, text))
            if nm is not None:
                yield nm
            continue
        if ent.start in seat_parts and ent.end - 1 not in seat_parts and \
                all(t.is_lower for t in doc[ent.start:ent.end] if t.i not in seat_parts):
            continue  # "Kerry" + "North electoral area": the seat is named already, the common nouns are no name
        seat_part = ent.start in seat_parts and ent.end - 1 in seat_parts
        if seat_part and ent.label_ in {"PERSON", "ORG", "LOC", "FAC"}:
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "MSP for Arran and Bute Coast": Arran is a place
        given = _romanised_given_name_after(doc, ent)
        if given is not None:
            # "Han" + "Ye-jin": a family name, then the given name (which the NER may have read as a name of its own)
            skip_next = idx + 1 < len(ents) and ents[idx + 1].start == ent.end
            ent = Span(doc, ent.start, given, label="PERSON")
        elif _norp_place(doc, ent, gaz):
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "a visit to Rhodes": no people, a place
        county = ent.label_ in {"PERSON", "ORG", "GPE"} and len(ent) >= 2 and \
            ent[0].lower_ in COUNTY_ABBREVIATIONS and ent[1].is_title
        if county:
            ent = Span(doc, ent.start, ent.end, label="GPE")  # "Co Kerry": a county, not a person
        elif ent.label_ in {"PERSON", "ORG", "GPE"} and ent.start >= 1 and doc[ent.start - 1].text in {"Co", "Co."} \
                and ent.start - 1 not in covered and all(t.is_title for t in ent) and _glued(doc, ent.start - 1):
            county = True  # "in Co. Antrim": the NER left the abbreviation out
            ent = Span(doc, ent.start - 1, ent.end, label="GPE")
        elif _number_word_name_start(doc, ent):
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)  # "the town of Two Oaks": the NER read "Two"
        if ent.label_ in {"PERSON", "ORG", "LOC", "GPE", "FAC"} and len(ent) >= 2 and ent[-1].is_upper and \
                (ent[-1].text in MEMBER_TITLES or ent[-1].text in POST_NOMINALS):
            # "a Green TD" read as one name: the title is no part of it; nor is a counsel's rank or an honour
            ent = Span(doc, ent.start, ent.end - 1,
                       label="PERSON" if _titled_member_name(doc, ent) else "ORG" if ent.label_ == "PERSON"
                       else ent.label_)
        if DATELINE_PLACES.fullmatch(ent.text):
            yield from _dateline_places(ent, article, gaz, seen)  # "MADRID/LONDON (Reuters) -"
            continue
        state_body = _state_in_body(doc, ent, ents[idx + 1] if idx + 1 < len(ents) else None)
        if state_body is not None:
            ent, skip_next = state_body, True  # "the Royal" + "Varnay" + "Army": one body
            consumed.update(range(ent.start, ent.end))
        gaelic = _gaelic_name(doc, ent, ents[idx + 1] if idx + 1 < len(ents) else None) \
            if not ent.ent_id_ else None
        if gaelic is not None:
            ent, skip_next = gaelic[0], gaelic[1]  # "Síle Ní Bhriain": a person, whatever the NER read
        own_id = ent.ent_id_  # a new Span's ent_id_ falls back to its root token's: keep the entity's own
        if ent.label_ == "PERSON" or state_body is not None:
            own_id = ""  # the gazetteer lists no person: a person span's id is its root token's ("Ana Mba Ondo")
        elif own_id and ent.label_ == "ORG" and len(ent) >= 3 and ent[0].ent_id_ != own_id and \
                ent[-1].ent_id_ == own_id and gaz.lookup(ent.text) is None and ent[0].lower_ not in _DETERMINERS:
            own_id = ""  # "Universiti" + "Ruritania Varnek": a body whose name ends on a listed name is not that name
        listed = gaz.lookup(ent.text) if own_id and ent.label_ == "ORG" else None
        if own_id and ent.label_ == "ORG" and (ent.text.isupper() or (
                len(ent) >= 2 and listed is not None and listed.cls == "Organization" and not listed.outlet)) and \
                ent.end < len(doc) and doc[ent.end].text in ORGAN_WORDS | SCHOOL_WORDS and \
                _glued(doc, ent.end - 1) and gaz.lookup(doc[ent.start:ent.end + 1].text) is None:
            # "the OECS Commission", "the Ruritanian Union Secretariat": a listed body's name (or acronym) and an
            # organ of it make the organ's own name
            ent, own_id = Span(doc, ent.start, ent.end + 1, label="ORG"), ""
        nxt_ent = ents[idx + 1] if idx + 1 < len(ents) else None
        agency = _portfolio_body(doc, ent, nxt_ent, covered)
        if agency is not None:
            # "Health Ruritania", "Forestry and Parks Ruritania": a state's agency named by its portfolio
            skip_next = agency.end > ent.end
            ent, own_id = agency, ""
            consumed.update(range(ent.start, ent.end))
        unit = _possessive_unit(doc, ent) if not own_id and ent.label_ == "ORG" else None
        if unit is not None:
            # "the Army Corps' New England District": the unit named after the area it serves is a body; the owner's
            # words give no mention (they shorten a name the article gives in full: "the U.S. Army Corps of …")
            ent = unit[1]
            consumed.update(range(ent.start, ent.end))
        rebuilt = _place_as_given_name(doc, ent, nxt_ent, covered) or _place_named_body(doc, ent, nxt_ent, covered) \
            or _compass_place(doc, ent, covered) or _place_compound(doc, ent, covered) \
            or _org_with_second_name(doc, ent, nxt_ent) or _org_with_listed_head(doc, ent, nxt_ent) \
            or _joint_council(doc, ent, covered)
        if rebuilt is not None:
            if rebuilt.label_ == "ORG":
                # "Tourism Industry Council" + "Queensland": the known place that ends a body's name is named too
                for inner in ents[max(0, idx - 1):idx + 2]:
                    if inner.ent_id_ and inner.label_ in {"PLACE", "COUNTRY", "TERRITORY"} and \
                            rebuilt.start < inner.start and inner.end == rebuilt.end and \
                            (inner.start_char, inner.end_char) not in seen:
                        seen.add((inner.start_char, inner.end_char))
                        yield NameMention(Mention(article.id, inner.start_char, inner.end_char, inner.text,
                                                  inner.label_, kb_id=inner.ent_id_))
            ent, own_id = rebuilt, ""
            consumed.update(range(ent.start, ent.end))
        member_title = False
        split = _constituency_split(doc, ent) if not own_id else None
        if split is not None:
            # "MP for Leeds Anna Berg": the constituency, then the member
            seat, ent = split
            member_title = True
            nm = once(seat, "GPE", place_cue=True)
            if nm is not None:
                yield nm
        described = _described_person(doc, ent) if not own_id else None
        if described is not None:
            ent = described  # "Pensioner Anna Berg, who lives …": the common noun is no part of the name
        if not own_id and ent.label_ in {"PERSON", "ORG", "GPE", "FAC", "LOC"}:
            ent = _adjust(doc, ent, covered)
            if ent.label_ == "PERSON" or (ent.label_ in {"GPE", "LOC"} and ent.end > ent.start + 1 and
                                          doc[ent.end - 2].lower_ in PLACE_PARTICLES):
                consumed.update(range(ent.start, ent.end))  # "Campo Alto do" + the NER's "Norte": one place
        person = _person_by_context(doc, ent) if not own_id else None
        if person is not None:
            ent = person  # "Marek Osten (Liberal Party)", "Ana Varga was named the bank's chief executive"
        body_end = _possessive_head_end(doc, ent.end) if not own_id and ent.label_ in {"PERSON", "FAC", "GPE", "LOC"} \
            and (ent[-1].text in {"'s", "’s"} or (ent.label_ == "PERSON" and ent.start > 0 and
                                                 doc[ent.start - 1].lower_ == "the")) else None
        if body_end:
            # "the Kelvar Tolsi Coroner's Court": a possessive the NER kept, or "the" before a person's name, and a
            # body's head word after it make a body
            ent = Span(doc, ent.start, body_end, label="ORG")
        if not own_id and ent.label_ == "ORG":
            ent = _extend_org(doc, ent)
            ent = _owned_unit(doc, ent)
            consumed.update(range(ent.start, ent.end))
            host = _mission_host(doc, ent, nxt_ent)
            if host is not None:
                # "the Ruritanian Embassy in Varnay City": the mission is named with its host city, a place of its own
                nm = once(host, host.label_ if host.ent_id_ else "GPE", place_cue=True,
                          in_quote=_in_quote(doc, host.start_char, text))
                if nm is not None:
                    yield replace(nm, mention=replace(nm.mention, kb_id=host.ent_id_))
                ent, skip_next = Span(doc, ent.start, host.end, label="ORG"), True
        if not own_id and ent.label_ == "ORG":
            house = _legislature_before_for(doc, ent, gaz)
            if house is not None:
                # "a member of the National Assembly for the X Party (XP)": the house, then the member's party
                nm = once(house, "ORG", org_cue=True, in_quote=_in_quote(doc, house.start_char, text))
                if nm is not None:
                    yield nm
                ent = Span(doc, house.end + 1, ent.end, label="ORG")
            elif len(ent) == 3 and ent[0].lower_ == "houses" and ent[1].lower_ == "of" and ent.start > 0 and \
                    doc[ent.start - 1].lower_ in {"both", "two"}:
                ent = Span(doc, ent.start + 2, ent.end, label="ORG")  # "both Houses of Parliament": the legislature
        ent, acronym = _split_acronym(doc, ent)
        if not acronym and not own_id and ent.label_ == "ORG":
            joined = _body_of_place(doc, ent, ents[idx + 1] if idx + 1 < len(ents) else None)
            if joined is not None:
                # "the Press Council" + "of" + "Monaco" + "(PCM)": the acronym spells the name with its place
                ent, acronym, skip_next = joined
        if acronym and ent.label_ == "PERSON" and not own_id and len(ent) >= 2 and ent.start > 0 and \
                doc[ent.start - 1].lower_ == "the" and abbreviates(acronym, ent.text):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "of the Varnay Tolsi Kanam (VTK)": no person's name
        party_noun = not own_id and ent.label_ == "ORG" and len(ent) >= 2 and ent[-1].text == "party" and \
            ent[-2].is_title
        if party_noun:
            ent = Span(doc, ent.start, ent.end - 1, label="ORG")  # "the Renkin party": the common noun is no part
        article_word = ""
        if acronym and ent.label_ == "ORG":
            first = ent[0] if ent[0].text in {"A", "An"} else doc[ent.start - 1] if ent.start > 0 else None
            rest = ent[1:] if first is not None and first.i == ent.start else ent
            if first is not None and first.text in {"A", "An"} and len(rest) and \
                    abbreviates(acronym, f"{first.text} {rest.text}") and not abbreviates(acronym, rest.text):
                article_word = first.text  # "A Partnership for National Unity (APNU)": the article is in the name
                ent = Span(doc, first.i, ent.end, label=ent.label_, kb_id=ent.kb_id)
        irish = _irish_article(doc, ent) if not article_word and not own_id and \
            ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "FAC"} else None
        if irish is not None:
            # "objections from An Coiste": the Irish article opens the name of a body (or, after "in", a place)
            placed = irish > 0 and doc[irish - 1].lower_ in {"in", "at", "near", "outside"}
            ent, article_word = Span(doc, irish, ent.end, label="GPE" if placed else "ORG"), "An"
        site = not own_id and ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "FAC"} and ent.end < len(doc) and \
            doc[ent.end].lower_ in SITE_NOUNS and doc[ent.end].is_lower and _glued(doc, ent.end - 1)
        if site:  # "the Kestrel mine": a named site, whatever the NER read the name as
            ent = Span(doc, ent.start, ent.end + 1, label="FAC")
        holy = not site and not own_id and ent.label_ in {"PERSON", "ORG", "FAC"} and ent.end < len(doc) and \
            doc[ent.end].is_lower and doc[ent.end].lower_ in HOLY_SITE_NOUNS and _glued(doc, ent.end - 1)
        if holy:
            ent = Span(doc, ent.start, ent.end, label="LOC")  # "the Petar Varnek monastery": a site named for a saint
        elif not site and not own_id and _named_complex(doc, ent):
            ent = Span(doc, ent.start, ent.end, label="LOC")  # "the Varsk complex": a site, not a body or a person
        start, end = _extend_bracketed(doc, ent, text)
        nxt = ents[idx + 1] if idx + 1 < len(ents) else None
        glued = nxt is not None and nxt.start == ent.end and nxt.label_ in {"PLACE", "GPE", "COUNTRY", "LOC"}
        if glued and ent.label_ == "ORG" and (
                ent[-1].lower_ in {"college", "university", "school", "institute", "museum", "centre", "center"}
                or ent[-1].lower_ in {"of", "for", "the", "in"}):
            # "King's College London"; "the University of" + "Edinburgh"; "Bank of the" + "South Pacific"
            end = nxt.end_char
            skip_next = True
            k = nxt.end
            while k < len(doc) and doc[k].is_title and doc[k].lower_ in TOPIC_WORDS and _glued(doc, k - 1):
                k += 1  # "Department of" + "Pacific" + "Affairs": the topic word the place cut off
            end = doc[k - 1].idx + len(doc[k - 1]) if k > nxt.end else end
            pair = ents[idx + 2] if idx + 2 < len(ents) else None
            campus = _campus_end(doc, ent, k, ents[idx + 2] if idx + 2 < len(ents) else None)
            if campus:
                # "the University of" + "Varnay" + "Tolsby": a state university's campus town closes its name
                end, skip_upto = doc[campus - 1].idx + len(doc[campus - 1]), campus
                ent = Span(doc, ent.start, campus, label="ORG")
            if k == nxt.end and ent[-1].lower_ == "of" and nxt.label_ in {"COUNTRY", "TERRITORY"} and \
                    pair is not None and pair.start == k + 1 and doc[k].lower_ == "and" and \
                    pair.label_ in {"COUNTRY", "TERRITORY"} and (pair.end >= len(doc) or not doc[pair.end].is_title):
                end = pair.end_char  # "the Bishops' Conference of" + "Ruritania" + "and" + "Freedonia": one body
                ent = Span(doc, ent.start, pair.end, label="ORG")
        if ent.label_ == "ORG" and not own_id:
            part = _owner_body(text, start, end)
            if part is not None and (start, part) not in seen:
                # "the Ruritanian University's Department of Law": the owner is a body of its own
                seen.add((start, part))
                owner = clean_surface(text[start:part], gaz)
                entry = gaz.lookup(owner)
                yield NameMention(Mention(article.id, start, part, owner, "ORG", kb_id=entry.name if entry else ""),
                                  org_cue=True)
                start = part + len(re.match(r"['’]s\s+", text[part:end]).group(0))
        if not own_id and ent.label_ in {"ORG", "GPE", "FAC", "LOC", "NORP"} and len(ent) <= 5 and \
                (HONORIFIC_NAME.match(text[start:end]) or _abbreviated_title_name(text[start:end])):
            # "According to Prof. Berg": an honorific names a person; so does "Lt. Col." or "Rear Adm." before a name
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        if ent.label_ in {"ORG", "GPE", "FAC", "LOC", "NORP"} and _regnal_name(ent, gaz):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "King Anna Berg IV": a monarch, not a body
        if ent.label_ == "PERSON" and "/" in text[start:end] and text[start:end].index("/") > 2:
            end = start + text[start:end].index("/")  # "with reports from Anna Berg/Outlet.com": the outlet is no name
        surface = clean_surface(text[start:end], gaz, person=ent.label_ == "PERSON")
        if ent.label_ == "ORG":
            surface = _adjectival_body(surface, gaz)
        if article_word and ent.label_ in {"ORG", "GPE"} and not surface.startswith(article_word + " "):
            surface = f"{article_word} {surface}"
        numbered = ent.label_ in {"ORG", "FAC"} and re.match(r"\d+(st|nd|rd|th)?\s+[A-Z][a-z]", surface or "")
        if not surface or not (surface[0].isupper() or numbered or gaz.lookup(surface) is not None) or len(surface) < 2 or \
                surface.casefold() in _title_and_modifier_words():
            continue
        kb = own_id if not skip_next else ""
        label = ent.label_
        state = STATE_GOVERNMENT.fullmatch(surface) if label == "ORG" and not kb else None
        state = gaz.lookup(state.group(1)) if state else None
        if state is not None and state.cls == "Country":
            kb, label = state.name, "COUNTRY"  # "the Government of Ruritania": the state itself, under its long style
        org_cue, place_cue, kin, own_outlet = party_noun, False, False, False
        if not kb and (start, end) in bracket_parties:
            kb, label, org_cue = bracket_parties[(start, end)], "ORG", True  # "Cllr Anna Berg (Labour, X)"
        if not kb and fold(surface) in GENERIC_CHAMBERS:
            continue  # "a Lower House committee": the generic name of a chamber, no body of its own
        if not kb and fold(surface) in own and label in {"PERSON", "ORG", "FAC"}:
            label, org_cue, own_outlet = "ORG", True, True  # "told the Courier" in the Courier's own article
        elif not kb and _based_before(doc, ent.start):
            label, org_cue = "ORG", True  # "Toronto-based Canaccord Genuity": a firm, not a person
        elif not kb and label == "PERSON" and _saint_institution(doc, ent):
            continue  # "St Olav's school": a saint's name given to a school or church, no person of the story
        elif not kb and label == "PERSON" and saint_place(ent):
            label, place_cue = "GPE", True  # "the parish of St Ouen": a place named after a saint, no person
        elif not kb and label == "PERSON" and _venue_short_name(doc, ent):
            continue  # "X Y's director" after "the X Y Japanese Garden": the venue's short name, no person
        elif not kb and label in {"PERSON", "GPE"} and _kind_noun_before(doc, ent):
            label, org_cue = "ORG", True  # "the shipping firm Varnek Fisk", "power company Tolsa": the firm's name
        elif not kb and _based_after(doc, ent.end):
            place_cue = True  # "the Leh-based 14 Corps": Leh is a place
        elif not kb and label in {"GPE", "LOC", "FAC", "ORG", "PERSON"} and _styled_council(doc, ent):
            label, org_cue = "ORG", True  # "the City of Tolsby council voted": the council's formal name
        elif not kb and label in {"NORP", "GPE", "PERSON", "ORG"} and ent.end < len(doc) and \
                doc[ent.end].lower_ in MEDIA_NOUNS and doc[ent.end].is_lower and not gaz.is_demonym(surface):
            label, org_cue = "ORG", True  # "the Imedi television channel"
        elif not kb and label != "NORP" and _councillor_bracket(doc, ent):
            label, place_cue = "GPE", True  # "Cllr Anna Berg (Lab, Varnay North)": the councillor's ward
        elif not kb and label != "NORP" and _party_after_seat(doc, ent):
            label, org_cue = "ORG", True  # "a deputy for Varnay from the X": the member's party
        elif not kb and _member_seat(doc, ent) and label != "NORP":
            label, place_cue = "GPE", True  # "Kilifi MP Anna Berg (ODM)": the member's seat
        elif not kb and label in {"PERSON", "GPE", "LOC"} and _resident_home(doc, ent):
            label, place_cue = "GPE", True  # "Anna Berg, 64, of Tolsby,": a resident's home town
        elif not kb and label == "PERSON" and len(ent) == 1 and _repeated_locative(doc, ent.start, every=True):
            label, place_cue = "GPE", True  # "a boat from X … reporters in X": a town, each time after a preposition
        elif not kb and label in {"PERSON", "ORG", "GPE", "LOC"} and _legislator_home(doc, ent):
            label, place_cue = "GPE", True  # "Sen. Anna Berg of Varnay": the lawmaker's seat or home
        elif not kb and _member_party(doc, ent) and label not in {"NORP", "GPE"} and not gaz.is_demonym(surface):
            label, org_cue = "ORG", True  # "a Labour MP", "Green councillor X": the name is the member's party
        elif not kb and _member_of(doc, ent) and label not in {"NORP", "GPE"} and not gaz.is_demonym(surface):
            label, org_cue = "ORG", True  # "a member of the ruling X": one is a member of a body, not of a person
        elif not kb and label != "NORP" and ent.end + 1 < len(doc) and _glued(doc, ent.end - 1) and \
                (doc[ent.end].lower_, doc[ent.end + 1].lower_) in SETTLEMENT_COMPOUNDS:
            label, place_cue = "GPE", True  # "traders at X landing site": a settlement named with its kind
        elif not kb and label in {"PERSON", "ORG", "GPE", "LOC", "FAC"} and _station_name(doc, ent):
            label, place_cue = "GPE", True  # "X research station", "X and Y stations": a site named after a person
        elif not kb and label == "ORG" and _titled_apposition(doc, ent):
            label = "PERSON"  # "The town's head of leisure, Ana Berg-Lind, told the board": the titled one speaks
        elif not kb and label != "PERSON" and _kin_appositive(doc, ent):
            label, kin = "PERSON", True  # "with her husband, Tom": the NER read the given name as a place
        elif not kb and label == "PERSON" and (_place_appositive(doc, ent.end) or _listed_with_places(doc, ent)
                                               or _among_places(doc, ent.end) or _place_relative(doc, ent.end)) or \
                not kb and label == "GPE" and _place_appositive(doc, ent.end):
            label, place_cue = "GPE", True  # "X, an island district of …", "Y, X and Z": a place, not a person
        elif not kb and label == "ORG" and len(ent) <= 2 and _place_appositive(doc, ent.end):
            label, place_cue = "GPE", True  # "the X, a tidal inlet off …": the NER's body is a place
        elif not kb and ent.start >= 2 and doc[ent.start - 1].lower_ in {"at", "with"} and \
                doc[ent.start - 2].lower_ in PERSON_NOUNS and doc[ent.start - 2].is_lower and label != "PERSON":
            org_cue = True  # "a mining analyst at X" (not "the Varnay Police at X": a body's name ends there)
        elif not kb and ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].pos_ == "NOUN" and \
                _glued(doc, ent.end - 1) and not gaz.is_demonym(surface):
            head = doc[ent.end].lower_  # the common noun the name modifies: "the X party", "the X settlement"
            if head in GROUP_NOUNS and (label == "PERSON" or (label == "ORG" and len(ent) == 1 and not kb)):
                continue  # "the Ngati Rua community": a people, not a person nor a body (and no entity)
            if head in PARTY_NOUNS or head in BENCH_NOUNS:
                label, org_cue = "ORG", True  # ("applause from the X benches": a party's seats in the chamber)
            elif head in PLACE_NOUNS or head in SETTLEMENT_PLURALS:
                place_cue = True  # (plural: "the X villages of Y and Z", the villages of the area X)
            elif head in SEAT_AREA_WORDS or head in FRONTIER_WORDS and label in {"PERSON", "ORG", "GPE", "LOC"}:
                label, place_cue = "GPE", True  # "represents X ward", "along the X frontier": an area
            elif head in TRACT_NOUNS and label != "ORG":
                label, place_cue = "GPE", True  # "the X block": a tract of land or seabed, no person
            elif head in RESIDENT_NOUNS and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in {"a", "an"}:
                label, place_cue = ("GPE" if label == "PERSON" else label), True  # "a Kelso farmer": one from Kelso
        if not kb and label in {"PERSON", "ORG", "GPE", "LOC", "FAC"} and _town_of_person(doc, ent):
            label, place_cue = ("GPE" if label in {"PERSON", "ORG"} else label), True  # "a baker from X"
        if not kb and label in {"PERSON", "ORG", "GPE", "LOC", "FAC"} and _beat_place(doc, ent.start, ent.end):
            label, place_cue = "GPE", True  # "the Courier's Tamsk correspondent": a reporter's beat is a place
        if not kb and len(ent) <= 3 and \
                label in {"PERSON", "ORG", "GPE", "LOC", "FAC"} and _paired_place(doc, ent):
            label, place_cue = "GPE", True  # "between Aberdeen and X": the other end is a place too
        if not kb and label in {"PERSON", "ORG", "FAC"} and (
                _site_at_place(doc, ent) or _country_area(doc, ent) or _coordinated_place_kind(doc, ent)):
            label, place_cue = "GPE", True  # "the jetty at X", "Ruritania's X region", "the X and Y ports"
        if not kb and label in {"PERSON", "ORG", "LOC", "FAC"} and ent.start >= 2 and \
                doc[ent.start - 1].lower_ == "for" and (doc[ent.start - 2].lower_ in SEAT_TITLES | {"member"} or (
                    doc[ent.start - 2].lower_ in SEAT_VERBS and (label != "PERSON" or len(ent) == 1))) and \
                all(t.is_title for t in ent):
            # "the federal member for X", "MP for X", "who sits for X": an electorate is a place ("sat for" a
            # painter of two names is left alone)
            label, place_cue = "GPE", True
        if label == "PERSON" and not kb and _body_of_apposed_holder(doc, ent):
            label, org_cue = "ORG", True  # "the President of X Y, Chief Z,": X Y is the body the title is of
        strong, weak = _locative(doc, ent, locative_ends)
        if strong and not kb:
            place_cue = True  # "grew up in X", "based in X"
            if label == "PERSON":
                label = "GPE"  # "her flat in X": nobody lives in a person
        elif not kb and label == "PERSON" and _inside_known_place(doc, ent):
            label = "GPE"  # "in X in Kelantan": only a place lies inside a place
        elif not kb and label in {"PERSON", "ORG"} and _coordinated_with_town(doc, ent):
            label, place_cue = "GPE", True  # "in Tolsby and X": a town beside a town
        if (strong or weak) and label != "PERSON":
            locative_ends.add(ent.end)
        if not kb:
            entry = gaz.lookup(surface)
            if entry is not None:
                kb = entry.name
                label = RULER_CLASS_LABEL.get(entry.cls, "ORG")
        # a dependency's status may be at stake too ("sovereignty over the Falklands"); see GazEntry.dependency
        known = gaz.lookup(kb) if kb else None
        dependency = known is not None and known.dependency
        # the NLP step's own territories (recognition cues) carry an id the gazetteer does not list: check their cue
        unlisted = bool(kb) and known is None and label == "TERRITORY"
        tcue = (not kb or dependency or unlisted) and label not in {"NORP", "COUNTRY"} and \
            (_territory_cue(doc, ent, person=label == "PERSON") or (dependency and (
                _status_appositive(doc, ent.end) or _renamed_territory(doc, ent.start) or
                _statehood_weighed(doc, ent))) or
             (not kb and ent.start in held_landforms))
        if tcue and not kb and label == "ORG" and _claimed_gloss(doc, ent):
            label = "GPE"  # "the X, the maritime zone Ruritania claims": land, whatever the NER read
        if not tcue and not kb and label in {"GPE", "LOC", "FAC", "PERSON", "ORG"} and \
                _compass_part_of_territory(ent, territories):
            tcue = True  # "North X" after "the X Reefs" at stake: a part of a territory is a territory
        if tcue and label == "PERSON":
            label = "GPE"  # "sovereignty over X": nobody's sovereignty is over a person
        if tcue and label == "ORG" and len(ent) == 1 and _ceded_to_state(doc, ent):
            label = "GPE"  # "the transfer of X and Y to Russia": land a state ceded, whatever the NER read
        if not kb and label in {"PERSON", "ORG", "FAC", "LOC"} and _landmark_name(surface):
            label, place_cue = "GPE", True  # "Prasat X", "X Triangle", "X Head": a site or a landform
        if not kb:
            if label == "NORP" or gaz.is_demonym(surface) and not _demonym_surname(ent, label, gaz) or \
                    fold(surface) in STOP_NAMES:
                continue
            if surface == "Parliament" and (len(ent) != 1 or label != "ORG" or not (
                    _lone_legislature_at(doc, ent.start) or doc[ent.start - 1].lower_ == "of")):
                continue  # "Parliament voted …", "a Parliament veto": no evidence of a name
            if re.search(r"\b(1[89]|20)\d\d\b|\w-\d+\b", surface):
                continue
        if (start, end) in seen:
            continue
        seen.add((start, end))
        same_as = ""
        anchor = _other_name_anchor(doc, ent.start)
        named = named_at.get(anchor) if anchor is not None else None
        if named is not None and named[1] != "PERSON" and named[0] != (kb or surface) and len(ent) <= 4:
            # "X, which Ruritania calls Y", "X, known locally as Y": one place under two names
            same_as = named[0]
            if label == "PERSON":
                label = named[1]
        bracketed = named_at.get(ent.start - 1) if not same_as and not kb and ent.start >= 2 and \
            doc[ent.start - 1].text == "(" and ent.end + 1 < len(doc) and doc[ent.end].text == ")" and \
            len(ent) <= 3 and not surface.isupper() and doc[ent.end + 1].text not in {"-", "–", "—"} else None
        if bracketed is not None and bracketed[1] == "TERRITORY" and fold(bracketed[0]) != fold(surface):
            # "X (Y)": a disputed land's other name in brackets (each side's name for it); not a dateline's agency
            same_as = bracketed[0]
            if label in {"PERSON", "ORG"}:
                label = "GPE"
        if not same_as and ent.start >= 2 and doc[ent.start - 1].lower_ == "or" and len(ent) <= 4 and \
                fold(renamed_at.get(ent.start - 1) or kb or surface) != fold(kb or surface):
            # "which Ruritania calls Y or Z": the name after "or" is one more name of the place Y names
            same_as = renamed_at[ent.start - 1]
            if label in {"PERSON", "ORG"}:
                label = "GPE"
        lang_end = _language_pair_end(doc, ent.start) if not same_as and len(ent) <= 4 else None
        if lang_end is not None and fold(renamed_at.get(lang_end) or kb or surface) != fold(kb or surface):
            # "called Y in Ruritanian and Z in Freedonian": the second name is one more name of the place Y names
            same_as = renamed_at[lang_end]
            if label in {"PERSON", "ORG"}:
                label = "GPE"
        gloss = _name_for(doc, ent) if not same_as and label in OTHER_NAME_LABELS else None
        if not same_as and not gloss and not kb and label in {"GPE", "LOC", "FAC", "PERSON", "ORG"} and \
                len(ent) <= 4 and _renamed_area(doc, ent.start):
            # "the ridge, which Ruritania calls Y": the name before it with that head word ("Varskel Island" for
            # "the island"), else the territory the article names most
            headed = _named_with_head(doc, ent.start, named_at)
            ranked = article_territories.most_common(2)
            if headed and headed[1] not in {"PERSON", "ORG"} and fold(headed[0]) != fold(surface):
                same_as = headed[0]
                label = "GPE" if label in {"PERSON", "ORG"} else label
            elif ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] != surface:
                same_as = ranked[0][0]
                label = "GPE" if label in {"PERSON", "ORG"} else label
        if isinstance(gloss, Span):
            # "Y, the Freedonian name for the X": one place under two names
            other = gaz.lookup(gloss.text)
            other = other.name if other is not None else LEADING.sub("", gloss.text)
            same_as = other if fold(other) != fold(kb or surface) else ""
        elif gloss:
            # "Y, the Freedonian name for the area": the territory the article names most, when one leads
            ranked = territories.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] != (kb or surface):
                same_as = ranked[0][0]
        m = Mention(article=article.id, start=start, end=end, text=surface, label=label, kb_id=kb)
        shared = _shared_surname(doc, ent, nxt) if label == "PERSON" and not kb else None
        if label == "PERSON" and not kb and not shared:
            shared = _kin_surname(doc, ent, article.raw or "")  # "Ana Roe ... with her husband, Tom": Tom Roe
        if shared:
            m = Mention(article=article.id, start=start, end=end, text=f"{surface} {shared}", label=label)
        apposition = _appositive_kind(doc, ent.end)
        if apposition == "person" and _fronted_place(doc, ent):
            apposition = None  # "In X, the city's mayor, Anna Berg, …": the appositive is the mayor's name
        adjective = (all(t.tag_ in {"JJ", "JJR", "JJS"} for t in ent) or (len(ent) == 1 and ent[0].pos_ == "ADJ")) and \
            not (org_cue and ent.end < len(doc) and doc[ent.end].lower_ in BENCH_NOUNS)  # ("the X benches")
        if acronym and label == "ORG" and acronym != surface:
            defined.setdefault(acronym, kb or surface)
        yield NameMention(mention=m, title_before=kin or member_title or _title_before(ent),
                          appositive_noun=_appositive_noun(ent) and apposition not in {"place", "org"},
                          speaks=_speaks(ent), adjective=adjective, in_quote=_in_quote(doc, start, text),
                          appositive_title=apposition == "person" or (_who_follows(doc, ent.end)
                                                                       and not _fronted_place(doc, ent)
                                                                       and not _located_place(doc, ent)),
                          place_cue=place_cue or site or county or seat_part
                          or _place_cue(doc, ent)
                          or _place_slot_cue(doc, ent)
                          or (near and label in {"GPE", "LOC", "FAC"}),
                          org_cue=org_cue or apposition == "org" or unit is not None,
                          acronym_of=defined.get(surface, ""),
                          locative=weak and label != "PERSON" and not kb,
                          territory_cue=tcue, same_as=same_as,
                          settlement=label != "PERSON" and _settlement_appositive(doc, ent.end), outlet=own_outlet,
                          relative=label == "PERSON" and _kin_before(doc, ent), holy_site=holy,
                          honorific_gender=_honorific_gender(ent) if label == "PERSON" else "")
        named_at[ent.end] = (kb or surface, label)
        if same_as:
            renamed_at[ent.end] = same_as
        elif label != "PERSON" and _after_naming_verb(doc, ent.start):
            renamed_at[ent.end] = kb or surface
        if (label == "TERRITORY" or tcue) and not same_as:
            territories[kb or surface] += 1
        if acronym and label == "ORG" and acronym != surface and ent.end + 1 < len(doc) and \
                doc[ent.end].text == "(" and doc[ent.end + 1].text == acronym and not doc[ent.end + 1].ent_type_ and \
                (acronym.isupper() or abbreviates(acronym, surface)):
            # "the Institute of Snow Research (IANV)": the bracketed acronym is the body's short name, also when
            # it abbreviates the name in another language
            short = once(doc[ent.end + 1:ent.end + 2], "ORG", org_cue=True, acronym_of=kb or surface,
                         in_quote=_in_quote(doc, doc[ent.end + 1].idx, text))
            if short is not None:
                yield short
    yield from _missed_other_names(doc, article, seen, named_at)
    yield from _unlabelled_names(doc, article, seen)
    yield from _numbered_areas(doc, article, seen)
    yield from _nicknamed_names(doc, article, seen, gaz)
    yield from _beat_places(doc, article, seen, gaz)
    yield from _unit_bodies(doc, article, seen)
    yield from _member_parties(doc, article, seen)
    yield from _lowercase_ministries(doc, article, seen)
    yield from _owned_areas(doc, article, seen, gaz)
    yield from _missions_abroad(doc, article, seen)
    yield from _state_surveys(doc, article, seen, gaz)
    yield from _ticket_parties(doc, article, seen)
    yield from _unlabelled_bodies(doc, article, seen)
    yield from _unlabelled_papers(doc, article, seen)
    yield from _councillor_brackets(doc, article, seen)
    yield from _role_noun_bodies(doc, article, seen)
    yield from _credit_names(article)
    yield from _heading_places(article, gaz)


#: verbs that give a place another name in a relative clause: "X, which Ruritania calls Y"
NAMING_VERBS = NAMING_CLAUSE_WORDS
#: words before "known as" that only say who uses the name: "also", "locally", "internationally", "in Spanish"
KNOWN_AS_WORDS = {"also", "better", "widely", "locally", "internationally", "officially", "commonly", "often",
                  "sometimes", "still", "formerly", "once", "in", "simply", "usually", "popularly", "informally",
                  "colloquially"}


def _after_naming_verb(doc: Doc, i: int) -> bool:
    """Tell whether the name at token ``i`` follows a naming verb or "known as": "which Ruritania calls Y".

    Args:
        doc: the Doc.
        i: the first token of the name.

    Returns:
        True when "call(s)/name(s)/term(s)" or "as" after a form of "know" stands right before the name.
    """
    k = i - 1 if i >= 1 and doc[i - 1].lower_ == "the" else i
    if k < 1:
        return False
    if doc[k - 1].lower_ in NAMING_VERBS:
        return True
    return doc[k - 1].lower_ == "as" and any(t.lower_ in {"known", "know", "knows"} for t in doc[max(0, k - 5):k - 1])


#: verbs whose "by its … name" gives a place another name: "X, widely known by its Varnek name, Y"
BY_NAME_VERBS = {"known", "know", "knows", "knew", "called", "call", "calls"}


def _by_name_clause(doc: Doc, c: int) -> tuple[int, bool] | None:
    """Find the name renamed by a "by its … name," clause that ends at the comma at token ``c``.

    "X, the atoll known locally by its Varnek name, Y" and "X and W,
    which Ruritanians know by their old names, Y and Z" give a place (or two)
    another name after a "by its/their … name(s)" phrase, the way
    "known as" does.

    Args:
        doc: the Doc.
        c: the comma right before the other name.

    Returns:
        (the comma after the renamed name, whether "names" is plural), or None.
    """
    m = c - 1
    if m < 5 or doc[m].lower_ not in {"name", "names"}:
        return None
    plural = doc[m].lower_ == "names"
    m -= 1
    while m > 0 and c - 1 - m < 5 and doc[m].lower_ not in {"its", "their"} and doc[m].is_alpha:
        m -= 1
    if doc[m].lower_ not in {"its", "their"} or m < 3 or doc[m - 1].lower_ != "by":
        return None
    v = m - 2
    while v > 0 and m - 2 - v < 2 and doc[v].is_lower and doc[v].pos_ == "ADV":
        v -= 1  # "known abroad by", "known locally by"
    if doc[v].lower_ not in BY_NAME_VERBS:
        return None
    if doc[v].lower_ in {"known", "called"}:
        j = v - 1
        while j > 0 and doc[j].lower_ in KNOWN_AS_WORDS:
            j -= 1
        if doc[j].text == ",":
            return j, plural
        if j >= 2 and doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j - 1].lower_ in {"the", "a", "an"} and \
                doc[j - 2].text == ",":
            return j - 2, plural  # "X, the island better known by its …"
        return None
    h = v - 1
    while h > 1 and v - h < 5 and doc[h].lower_ not in {"which", "that"} and doc[h].text != ",":
        h -= 1  # "which Ruritanians know by …", "which the locals call by …"
    if doc[h].lower_ in {"which", "that"} and doc[h - 1].text == ",":
        return h - 1, plural
    return None


def _by_name_anchor(doc: Doc, k: int) -> int | None:
    """Find the name that a name at token ``k`` renames after "by its … name,": see :func:`_by_name_clause`.

    With two names renamed by "their … names, Y and Z", each takes its own
    place in order: Y renames the first of "X and W", Z the second.

    Args:
        doc: the Doc.
        k: the first token of the other name (after any "the").

    Returns:
        The token index right after the renamed name, or None.
    """
    if k < 6:
        return None
    if doc[k - 1].lower_ == "and":
        h = k - 2
        while h > 0 and k - 2 - h < 4 and (doc[h].is_title or doc[h].text in HYPHENS):
            h -= 1
        if doc[h].text != "," or h == k - 2:
            return None
        found = _by_name_clause(doc, h)
        return found[0] if found is not None and found[1] else None
    if doc[k - 1].text != ",":
        return None
    found = _by_name_clause(doc, k - 1)
    if found is None:
        return None
    comma, plural = found
    j = k
    while j < len(doc) and j - k < 4 and (doc[j].is_title or doc[j].text in HYPHENS):
        j += 1
    if not plural or j >= len(doc) or doc[j].lower_ != "and":
        return comma
    h = comma - 1
    while h > 0 and comma - 1 - h < 4 and (doc[h].is_title or doc[h].text in HYPHENS):
        h -= 1
    return h if doc[h].lower_ == "and" and h < comma - 1 else None


#: lower-case words of a common-noun namer in a renaming clause: "which local fishing communities (still) call Y"
NAMER_WORD_POS = {"ADJ", "NOUN", "DET", "ADV", "NUM"}


def _common_namer_clause(doc: Doc, e: int) -> int | None:
    """Find the comma of a renaming clause whose namer is a common-noun phrase: "X, which local herders call Y".

    Dispute and travel reporting often says who uses a name with a plain noun
    phrase ("which local communities call", "that many older residents still
    call"), not a proper name or "the locals".  The namer is up to five
    lower-case words ending in a noun (adverbs such as "still" may follow it).

    Args:
        doc: the Doc.
        e: the last token of the namer (the one right before the naming verb).

    Returns:
        The index of the comma before "which"/"that", or None.
    """
    j, noun = e, False
    while j > 0 and e - j < 5 and doc[j].is_lower and doc[j].pos_ in NAMER_WORD_POS and \
            doc[j].lower_ not in {"which", "that"}:
        noun = noun or doc[j].pos_ == "NOUN"
        j -= 1
    if j < e and noun and j >= 1 and doc[j].lower_ in {"which", "that"} and doc[j - 1].text == ",":
        return j - 1
    return None


def _other_name_anchor(doc: Doc, i: int) -> int | None:
    """Find the name that a second name starting at token ``i`` renames: "X, which Ruritania calls Y".

    Dispute reporting gives a place the name each side uses: "X, which
    Ruritania calls Y", "X, the strait Ruritanians call Y", "X, known in
    Spanish as Y", "W, the archipelago known internationally as Y".  The name renamed ends at the comma before the
    relative clause or the appositive.  When that name is itself inside a
    partitive appositive without a head noun ("X, the largest of the W, which
    … calls Y"), the clause renames X, the name before that appositive.

    Args:
        doc: the Doc.
        i: the first token of the second name.

    Returns:
        The token index right after the renamed name (its comma), or None.
    """
    k = i - 1 if i >= 1 and doc[i - 1].lower_ == "the" else i
    if k < 4:
        return None
    by_name = _by_name_anchor(doc, k)
    if by_name is not None:
        return by_name
    comma = None
    if doc[k - 1].lower_ in NAMING_VERBS:
        j = k - 2
        while j > 0 and k - 2 - j < 4 and (doc[j].is_title or doc[j].lower_ in {"it", "they", "the", "locals"}) and \
                doc[j].lower_ not in {"which", "that"}:
            j -= 1
        if j > 0 and j < k - 2 and doc[j].lower_ in {"which", "that"} and doc[j - 1].text == ",":
            comma = j - 1
        elif _common_namer_clause(doc, k - 2) is not None:
            comma = _common_namer_clause(doc, k - 2)  # "X, which local fishermen call Y"
        elif j >= 2 and j < k - 2 and doc[j].is_lower and doc[j].pos_ == "NOUN" and \
                doc[j - 1].lower_ in {"the", "a", "an"} and doc[j - 2].text == ",":
            comma = j - 2  # "X, the strait Ruritanians call Y": a relative clause without its pronoun
        elif j >= 3 and j < k - 2 and doc[j].lower_ in {"which", "that"} and doc[j - 1].is_lower and \
                doc[j - 1].pos_ == "NOUN":
            h = j - 2
            while h > 0 and j - h < 4 and doc[h].is_lower and doc[h].pos_ in {"ADJ", "NOUN"}:
                h -= 1
            if h >= 1 and doc[h].lower_ in {"the", "a", "an"} and doc[h - 1].text == ",":
                comma = h - 1  # "X, the remote atoll that Ruritanians call Y": the relative clause on the appositive
    elif doc[k - 1].lower_ == "as":
        j = k - 2
        while j > 0 and k - 2 - j < 3 and (doc[j].lower_ in KNOWN_AS_WORDS or doc[j].is_title) and \
                doc[j].lower_ != "known":
            j -= 1  # "known in Spanish as", "known locally as"
        if doc[j].lower_ in {"know", "knows", "knew"}:
            # "X, which Ruritanians know as Y", "X, which we know as Y": the relative clause with its subject
            h = j - 1
            while h > 0 and j - h < 3 and (doc[h].is_title or doc[h].lower_ in {"we", "they", "locals", "the"}):
                h -= 1
            if h > 1 and h < j - 1 and doc[h].lower_ in {"which", "that"} and doc[h - 1].text == ",":
                comma = h - 1
            else:
                return None
        elif doc[j].lower_ != "known":
            return None
        else:
            j -= 1
        while j > 0 and doc[j].lower_ in KNOWN_AS_WORDS:
            j -= 1  # "also known as"
        if doc[j].text == ",":
            comma = j
        elif j >= 2 and doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j - 1].lower_ in {"the", "an", "a"} and \
                doc[j - 2].text == ",":
            comma = j - 2  # "W, the archipelago known internationally as Y"
    if comma is None or comma < 1:
        return None
    # "X, the largest of the W, which …": a partitive appositive without a head noun renames nothing itself
    j = comma - 1
    while j > 0 and doc[j].is_title:
        j -= 1
    if doc[j].lower_ == "the":
        j -= 1
    if j >= 3 and doc[j].lower_ == "of" and (doc[j - 1].tag_ == "JJS" or doc[j - 1].lower_ in {"one", "part", "most"}):
        b = j - 2
        while b > 0 and j - b < 3 and doc[b].lower_ in {"the", "by", "far"}:
            b -= 1
        if doc[b].text == ",":
            return b
    return comma


def _missed_other_names(doc: Doc, article: Article, seen: set[tuple[int, int]],
                        named_at: dict[int, tuple[str, str]]) -> Iterator[NameMention]:
    """Other names of a place that the NER missed or read as a people: "X, the atoll Ruritanians call Tolsa-kai".

    A capitalised word (with its hyphened parts, "Tolsa-kai") right after a naming verb or "known as" is the
    other name of the place the clause hangs on (see :func:`_other_name_anchor`), whatever the NER read.

    Args:
        doc: the Doc.
        article: the article.
        seen: the character spans already named (changed in place).
        named_at: token end of each name yielded so far -> (its id or surface, its label).

    Yields:
        A GPE mention whose ``same_as`` is the place renamed.
    """
    named_ents = {i for e in doc.ents if e.label_ != "NORP" for i in range(e.start, e.end)}
    for tok in doc:
        i = tok.i
        if i < 1 or i in named_ents or not (tok.is_title and tok.pos_ in {"PROPN", "NOUN"}) or \
                doc[i - 1].lower_ not in NAMING_VERBS | {"as"}:
            continue
        j = i + 1
        while j < len(doc) and j - i < 4 and j not in named_ents and (
                (doc[j].is_title and doc[j].pos_ in {"PROPN", "NOUN"}) or (
                    doc[j].text in HYPHENS and j + 1 < len(doc) and not doc[j - 1].whitespace_
                    and not doc[j].whitespace_ and doc[j + 1].is_alpha)):
            j += 2 if doc[j].text in HYPHENS else 1
        anchor = _other_name_anchor(doc, i)
        named = named_at.get(anchor) if anchor is not None else None
        if named is None or named[1] not in OTHER_NAME_LABELS | {"COUNTRY"}:
            continue
        span = doc[i:min(j, len(doc))]
        key = (span.start_char, span.end_char)
        if key in seen or any(a < span.end_char and span.start_char < b for a, b in seen) or \
                fold(span.text) == fold(named[0]):
            continue
        seen.add(key)
        yield NameMention(Mention(article.id, span.start_char, span.end_char, span.text, "GPE"), same_as=named[0],
                          in_quote=_in_quote(doc, span.start_char))


#: adverbs and pronouns between a renamed area noun and its naming verb ("the valley Ruritanians also call Y")
RENAMER_WORDS = {"still", "also", "now", "often", "officially", "locally", "long", "have", "has", "it", "they",
                 "locals", "many", "some", "who", "themselves", "once"}
#: area nouns a definite description renames ("the ridge, which Ruritania calls Y"), besides NAMED_AREA_NOUNS
RENAMED_AREA_NOUNS = {"plateau", "province", "peninsula", "archipelago", "reef", "atoll", "ridge", "mountain",
                      "pass", "valley", "bay", "strait", "enclave", "summit", "peak", "rock", "islet", "cay",
                      "shoal", "headland"}


def _language_pair_end(doc: Doc, i: int) -> int | None:
    """Find the end of the first name of a pair of names given by language: "Y in Ruritanian and [the] Z".

    Args:
        doc: the Doc.
        i: the first token of the second name (Z).

    Returns:
        The token index right after the first name (Y), where "in" and the language start, or None.
    """
    k = i - 1 if i >= 1 and doc[i - 1].lower_ == "the" else i
    if k < 4 or doc[k - 1].lower_ not in {"and", "or"} or doc[k - 3].lower_ != "in":
        return None
    lang = doc[k - 2]
    if not lang.is_title or not lang.is_alpha or not (lang.ent_type_ in {"NORP", "LANGUAGE"} or
                                                     load_gazetteer().is_demonym(lang.text)):
        return None
    return k - 3


def _renamed_area(doc: Doc, i: int) -> bool:
    """Tell whether the name at token ``i`` renames a definite area noun: "the ridge, which Ruritania calls Y".

    Dispute reporting often gives the other side's name of the place under
    dispute after a definite description instead of the name itself ("the
    ridge, which Ruritania calls Y", "the valley Ruritanians also call Y");
    the description then stands for the territory the article is about.

    Args:
        doc: the Doc.
        i: the first token of the name (Y).

    Returns:
        True when a naming verb precedes the name and a definite area noun opens its clause.
    """
    k = i - 1 if i >= 1 and doc[i - 1].lower_ == "the" else i
    if k >= 4 and doc[k - 1].lower_ == "as":
        # "the island, known in Ruritania as Y", "the rocky summit, known locally as Y": a side's own name
        j = k - 2
        while j > 0 and k - 2 - j < 3 and (doc[j].lower_ in KNOWN_AS_WORDS or doc[j].is_title) and \
                doc[j].lower_ != "known":
            j -= 1
        if doc[j].lower_ != "known" or doc[j - 1].text != "," or j == k - 2:
            return False  # a bare "known as" may name the whole phrase ("the strip along the river, known as Y")
        return _definite_area_before(doc, j - 1)
    if k < 3 or doc[k - 1].lower_ not in NAMING_VERBS:
        return False
    if k >= 5 and doc[k - 1].tag_ in {"VBN", "VBD"} and doc[k - 2].text == "," and doc[k - 3].is_lower and \
            doc[k - 3].lower_ in NAMED_AREA_NOUNS | RENAMED_AREA_NOUNS and doc[k - 4].lower_ == "the":
        return True  # "The islands, called Y in Ruritanian,": a participle gives the description's other name
    j = k - 2
    while j > 0 and k - 2 - j < 5 and (doc[j].is_title or doc[j].lower_ in RENAMER_WORDS or
                                       doc[j].ent_type_ == "NORP") and doc[j].lower_ not in {"which", "that"}:
        j -= 1
    if j < k - 2 and doc[j].lower_ in {"which", "that"} and j >= 2:
        j -= 2 if doc[j - 1].text == "," else 1  # "the ridge, which Ruritania calls Y", "the valley that … call Y"
    elif j == k - 2 or not doc[j].is_lower:
        return False  # "the valley Ruritanians also call Y": no pronoun
    areas = NAMED_AREA_NOUNS | RENAMED_AREA_NOUNS
    return j >= 1 and doc[j].lower_ in areas and doc[j].is_lower and doc[j - 1].lower_ == "the"


def _named_with_head(doc: Doc, i: int, named_at: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
    """Find the name a definite area noun stands for by its head word: "Varskel Island … the island, known as Y".

    A definite description repeats the head word of the name it stands for ("the island" for "Varskel Island",
    "the lake" for "Lake Tolsa"); the nearest earlier name of the article with that word is the one renamed.

    Args:
        doc: the Doc.
        i: the first token of the other name (Y), after the description and its naming clause.
        named_at: token end of each name yielded so far -> (its id or surface, its label).

    Returns:
        The (name, label) of the nearest earlier name holding the area noun as a word, or None.
    """
    areas = NAMED_AREA_NOUNS | RENAMED_AREA_NOUNS
    start = doc[i].sent.start
    noun = next((t for t in reversed(doc[start:i]) if t.is_lower and t.lower_ in areas and t.i >= 1 and
                 doc[t.i - 1].lower_ == "the"), None)
    if noun is None:
        return None
    for end in sorted((e for e in named_at if e <= noun.i - 1), reverse=True):
        name = named_at[end]
        if noun.lower_ in fold(name[0]).split():
            return name
    return None


def _definite_area_before(doc: Doc, comma: int) -> bool:
    """Tell whether a definite area noun ends right before token ``comma``: "the 900-metre summit,".

    Args:
        doc: the Doc.
        comma: the index of the comma after the description.

    Returns:
        True when the area noun (see NAMED_AREA_NOUNS, RENAMED_AREA_NOUNS) follows "the" and at most four
        lower-case, numeric or hyphen modifiers.
    """
    j = comma - 1
    if j < 1 or not doc[j].is_lower or doc[j].lower_ not in NAMED_AREA_NOUNS | RENAMED_AREA_NOUNS:
        return False
    h = j - 1
    while h > 0 and j - h <= 4 and (doc[h].is_lower or doc[h].like_num or doc[h].text in HYPHENS) and \
            doc[h].lower_ not in {"the", "a", "an"} and doc[h].pos_ in {"ADJ", "NOUN", "NUM", "PUNCT"}:
        h -= 1
    return doc[h].lower_ == "the"


#: nouns that "the <language> name for the <noun>" uses for the place an article is about
NAMED_AREA_NOUNS = {"area", "territory", "region", "enclave", "land", "strip", "place", "farms", "hills", "island",
                    "islands", "lake", "creek", "village", "town", "valley", "district"}
#: labels of the names a place's other name can be
OTHER_NAME_LABELS = {"GPE", "LOC", "FAC", "TERRITORY", "PLACE"}


def _name_for(doc: Doc, ent: Span) -> Span | str | None:
    """Find what a place's name is the other name of: "Y, the Freedonian name for the area".

    Dispute reporting glosses a side's name for a place after it: "Y, the
    Freedonian name for the Kestrel Islands", "… Y …, using the Freedonian
    name for the area".  The gloss ("the/its <words> name for") must follow the name in its
    sentence with no other place named between them.

    Args:
        doc: the Doc.
        ent: the name (Y).

    Returns:
        The span of the place named after "for", the area noun ("area") when a
        definite description follows ("for the area"), or None.
    """
    sent = ent.sent
    for t in doc[ent.end:sent.end]:
        if t.ent_type_ in OTHER_NAME_LABELS | {"COUNTRY", "PERSON", "ORG"}:
            return None  # another name stands nearer to the gloss
        if not (t.lower_ == "name" and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "for"):
            continue
        k = t.i - 1
        while k > ent.end and k >= t.i - 3 and (doc[k].pos_ in {"ADJ", "PROPN"} or doc[k].ent_type_ == "NORP"):
            k -= 1  # "the Freedonian name", "its old colonial name"
        if k == t.i - 1 or doc[k].lower_ not in {"the", "its", "their", "his", "her"}:
            return None
        nxt = doc[t.i + 2]
        if nxt.ent_iob_ == "B" and nxt.ent_type_ in OTHER_NAME_LABELS | {"COUNTRY"}:
            return next((e for e in doc.ents if e.start == nxt.i), None)  # "the Freedonian name for the X"
        if nxt.lower_ == "the" and t.i + 3 < sent.end and doc[t.i + 3].lower_ in NAMED_AREA_NOUNS and \
                doc[t.i + 3].is_lower:
            return doc[t.i + 3].lower_
        return None
    return None


MONARCH_TITLES = {"king", "queen", "sultan", "emir", "emperor", "empress", "tsar", "shah", "pope", "prince",
                  "princess"}
REGNAL_NUMERAL = re.compile(r"(?=[IVX]{2,})X{0,2}(?:IX|IV|V?I{0,3})|V|X")


def _regnal_name(ent: Span, gaz: Gazetteer) -> bool:
    """Tell whether a span is a monarch's name with a regnal number, titled ("King Anna Berg IV").

    The small English model reads such unfamiliar names as organisations or places; the title and the
    number name one person (the press styles monarchs "King X IV", "Sultan Y II").

    Args:
        ent: the span.
        gaz: the gazetteer (a listed name is left alone).

    Returns:
        True when a monarch's title (in the span or just before it), title-case name words and a final
        regnal number make the span.
    """
    doc = ent.doc
    if len(ent) < 2 or not REGNAL_NUMERAL.fullmatch(ent[-1].text) or gaz.lookup(ent.text) is not None:
        return False
    words = list(ent[:-1])
    if words and words[0].lower_ in MONARCH_TITLES:
        words = words[1:]
    elif not (ent.start > 0 and doc[ent.start - 1].lower_ in MONARCH_TITLES):
        return False
    return bool(words) and len(words) <= 4 and all(
        t.text[:1].isupper() and all(ch.isalpha() or ch in "'’-" for ch in t.text) for t in words)


def _abbreviated_title_name(surface: str) -> bool:
    """Tell whether a name opens with an abbreviated rank or office before a person's name ("Rear Adm. Tolva Renkin").

    Military and political ranks abbreviated with a full stop ("Adm.", "Lt. Col.", "Rep.", "Sen.") stand
    before people only; the words after them must have a person's shape (two or three name words).

    Args:
        surface: the name as written.

    Returns:
        True for such a name.
    """
    from .entities import person_shaped

    bare = clean_surface(surface, person=True)
    title = surface[:len(surface) - len(bare)].split() if bare and surface.endswith(bare) else []
    return any(w.endswith(".") and len(w) > 2 for w in title) and 2 <= len(bare.split()) <= 3 and person_shaped(bare)


#: a name that opens with an honorific: a person's, whatever the NER read it as ("Prof. Berg", "Mr Lind")
HONORIFIC_NAME = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof|Mx)\.?\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}$")
#: head words of legislatures ("the National Assembly for X" is a member's house and party when X is no place)
LEGISLATURE_HEADS = {"assembly", "parliament", "senate", "congress", "legislature", "council", "duma", "chamber"}
#: nouns of a house's members, before "the National Assembly for the X Party"
HOUSE_MEMBER_WORDS = {"member", "deputy", "lawmaker", "legislator", "representative", "mp", "senator", "councillor",
                      "councilor", "delegate"}


def _legislature_before_for(doc: Doc, ent: Span, gaz: Gazetteer) -> Span | None:
    """The house in "member of the National Assembly for the X Party", read as one organisation.

    A legislature's head word, then "for" and a name that is no place ("the National Assembly for Wales" is one
    name): the member sits in the house for the party.

    Args:
        doc: the Doc.
        ent: an organisation's span.
        gaz: the gazetteer.

    Returns:
        The house's span (the words before "for"), or None.
    """
    if not any(t.lemma_.casefold() in HOUSE_MEMBER_WORDS for t in doc[max(0, ent.start - 4):ent.start]):
        return None  # "the spokesman of the Council for the Defence of X": a body named by its remit, one name
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].lower_ != "for" or doc[i - 1].lower_ not in LEGISLATURE_HEADS or not doc[i - 1].is_title:
            continue
        j = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < ent.end else i + 1
        entry = gaz.lookup(doc[j:ent.end].text)
        if not doc[j].text[:1].isupper() or (entry is not None and entry.cls != "Organization") or \
                doc[j].ent_type_ in {"GPE", "LOC", "PLACE", "COUNTRY", "TERRITORY"}:
            return None
        return Span(doc, ent.start, i, label="ORG")
    return None


def _fronted_place(doc: Doc, ent: Span) -> bool:
    """The name opens its sentence after a preposition and a comma follows: "In X, …", "From X, …".

    The comma phrase after it then belongs to the sentence's subject, not to the name.
    """
    i = ent.start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text in {"“", "\"", "‘", "'"}:
        i -= 1
    return i >= 0 and doc[i].lower_ in {"in", "at", "from", "across", "near"} and \
        (doc[i].is_sent_start or i == 0) and ent.end < len(doc) and doc[ent.end].text == ","


def _located_place(doc: Doc, ent: Span) -> bool:
    """Tell whether a name the NER reads as a place locates the noun before it: "the Institute in X, who …".

    A relative "who" after such a phrase refers to the person the sentence is about, not to the place
    (English attaches a locative phrase to the noun it follows, and "who" to a person).

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True for a GPE, LOC or FAC name right after "in", "at", "near" or "outside".
    """
    return ent.label_ in {"GPE", "LOC", "FAC"} and ent.start >= 1 and doc[ent.start - 1].lower_ in {
        "in", "at", "near", "outside"}


#: the words of a seat named with a link word ("Arran and Bute Coast", "Kerry North and District")
SEAT_TITLES = {"mp", "mps", "msp", "msps", "mla", "mlas", "mep", "meps", "mpp", "mpps", "mna", "mnas", "td", "tds",
               "mha", "mhas", "councillor", "councillors", "councilor", "councilors", "senator", "assemblyman",
               "assemblywoman", "assemblymember"}
#: titles of lawmakers that the US style of news writing names with their home: "Sen. X of Ohio", "Rep. Y of Varnay"
LEGISLATOR_TITLES = {"sen", "senator", "rep", "representative", "congressman", "congresswoman", "assemblyman",
                     "assemblywoman", "assemblymember", "delegate", "del"}


def _legislator_home(doc: Doc, ent: Span) -> bool:
    """Tell whether the name is the seat or home state of a lawmaker named before it: "Sen. Anna Berg of Varnay".

    American papers name members of Congress and of state and island legislatures with their state, district
    or island after "of" (AP style: "Sen. X of Ohio"); the name after "of" is then a place, not a person.

    Args:
        doc: the Doc.
        ent: the name (one or two capitalised words).

    Returns:
        True when "of" comes right before the name, a person's name of two or three capitalised words before
        "of", and a lawmaker's title before that name.
    """
    from .entities import ORG_WORDS

    if not 1 <= len(ent) <= 2 or not all(t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS for t in ent) or \
            ent.start < 4 or doc[ent.start - 1].lower_ != "of":
        return False
    k = ent.start - 1
    n = 0
    while k - 1 >= 0 and n < 3 and doc[k - 1].ent_type_ == "PERSON" and doc[k - 1].is_title:
        k -= 1
        n += 1
    return n >= 2 and k >= 1 and doc[k - 1].lower_.rstrip(".") in LEGISLATOR_TITLES and doc[k - 1].is_title


def _resident_home(doc: Doc, ent: Span) -> bool:
    """Tell whether the name is the home town of a resident named before it: "Anna Berg, 64, of Tolsby,".

    British and Irish local papers give a resident's home after the name and age, set off by commas
    ("Anna Berg, 64, of Tolsby", Press Association style); the name after ", of" is then a place.

    Args:
        doc: the Doc.
        ent: the name (one or two capitalised words, not read as a body).

    Returns:
        True when ", of" comes right before the name, a person's name (or a person's name and an age; or a
        relative's given name after a kin noun) before the comma, and a comma, a full stop or the end of the
        text after the name.
    """
    from .entities import ORG_WORDS

    if not 1 <= len(ent) <= 2 or not all(t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS for t in ent) or \
            ent.start < 3 or doc[ent.start - 1].lower_ != "of" or doc[ent.start - 2].text != ",":
        return False
    if ent.end < len(doc) and doc[ent.end].text not in {",", ".", ";"}:
        return False
    k = ent.start - 3
    if doc[k].like_num and k >= 2 and doc[k - 1].text == ",":
        k -= 2  # "Anna Berg, 64, of Tolsby": the age between the name and the home
    # (a relative's given name may be read as anything: "her husband, Clive, of Tolsby")
    return doc[k].is_title and (doc[k].ent_type_ == "PERSON" or _kin_appositive(doc, doc[k:k + 1]))


SEAT_LINKS = {"and", "&", "upon", "on"}
#: verbs of a member who holds a seat: "an MP who sits for X"
SEAT_VERBS = {"sits", "sat"}


def _linked_seats(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The seats named by a run of capitalised words after "MSP for" or "represents … in the".

    "MSP for Arran and Bute Coast", "a councillor for Kerry North and District": a seat with a link word is
    one place although the NER splits it.  "who represents Kerry North in the Dáil": the words between
    "represents" and "in" + a capitalised house.  So is a ward with a link word in a councillor's bracket
    ("Cllr Anna Berg (Lab, Brindle and Kerry North)", see :data:`COUNCILLOR_BRACKET`), and so are the
    capitalised words before "electoral area" or "electoral division" (see :data:`ELECTORAL_AREA_NOUNS`),
    whatever the NER read them as.

    Returns:
        Token ranges (start, end) of the seats.
    """
    out = []
    for m in _councillor_bracket_matches(doc.text):
        ward = doc.char_span(m.start(2), m.end(2)) if m.group(2) else None
        if ward is not None and len(ward) >= 3 and any(t.lower_ in SEAT_LINKS for t in ward[1:-1]):
            out.append((ward.start, ward.end))
    for tok in doc:
        i = tok.i
        if tok.lower_ == "electoral" and i + 1 < len(doc) and doc[i + 1].lower_ in ELECTORAL_AREA_NOUNS:
            k = i
            while k > 0 and i - k < 4 and doc[k - 1].is_title and doc[k - 1].is_alpha and _glued(doc, k - 1) and \
                    not doc[k - 1].is_sent_start:
                k -= 1
            if 0 < k < i and doc[k - 1].lower_ in {"the", "of", "for", "in", "'s", "’s"}:
                out.append((k, i))  # "the Kerry North electoral area"
            continue
        if tok.lower_ in SEAT_TITLES and i + 2 < len(doc) and doc[i + 1].lower_ == "for":
            k, linked = i + 2, False
            while k < len(doc) and (doc[k].is_title or (doc[k].lower_ in SEAT_LINKS and k + 1 < len(doc) and
                                                         doc[k + 1].is_title and k > i + 2)):
                linked = linked or doc[k].lower_ in SEAT_LINKS
                k += 1
            if linked and k > i + 3 and (k == len(doc) or doc[k].is_punct or doc[k].lower_ in {"in", "since", "from"}):
                out.append((i + 2, k))
        elif tok.lower_ in {"represents", "represented", "representing"} and i + 3 < len(doc) and doc[i + 1].is_title:
            k = i + 1
            while k < len(doc) and k - i <= 4 and doc[k].is_title and doc[k].pos_ == "PROPN":
                k += 1
            if k + 2 < len(doc) and doc[k].lower_ == "in" and (doc[k + 1].is_title or (
                    doc[k + 1].lower_ == "the" and doc[k + 2].is_title)) and k > i + 1 and \
                    gaz.lookup(doc[i + 1:k].text) is None and \
                    not any(doc[j].ent_type_ == "PERSON" for j in range(i + 1, k)):
                out.append((i + 1, k))
    return out


#: lower-case nouns for people after a one-word name that then says where they are from ("a Kelso farmer")
RESIDENT_NOUNS = {"farmer", "farmers", "couple", "family", "man", "woman", "boy", "girl", "pensioner", "pensioners",
                  "grandmother", "grandfather", "mother", "father", "resident", "residents", "native", "fisherman",
                  "fishermen", "crofter", "villager", "villagers", "schoolboy", "schoolgirl", "teenager", "widow",
                  "shopkeeper", "publican", "landlord", "housewife", "mum", "dad", "councillor"}


def _paired_place(doc: Doc, ent: Span) -> bool:
    """A name at one end of "between X and Y" / "from X to Y" whose other end is a place.

    The other end may also be a stretch of land named by a common noun: "runs from X to the Canadian border"
    (a route or a district described by its ends).
    """
    placed = {"GPE", "PLACE", "LOC", "FAC"}
    a, b = ent.start, ent.end
    if a >= 1 and doc[a - 1].lower_ == "from" and b + 2 < len(doc) and doc[b].lower_ == "to" and \
            doc[b + 1].lower_ == "the":
        k = b + 2
        while k < min(len(doc), b + 5) and (doc[k].pos_ == "ADJ" or doc[k].ent_type_ in {"NORP", "GPE", "LOC"}):
            k += 1
        if k < len(doc) and doc[k].is_lower and doc[k].lower_ in BOUND_NOUNS:
            return True
    if len(ent) > 1 and not (ent.label_ == "PERSON" and a >= 3 and doc[a - 1].lower_ == "to" and
                             doc[a - 3].lower_ == "from"):
        return False  # ("talks between Varnek Energy and Ruritania": a body may face a state; "from X to Y Z": land)
    if a >= 3 and doc[a - 1].lower_ in {"and", "to"} and doc[a - 3].lower_ in {"between", "from"}:
        other = doc[a - 2]
        return other.ent_type_ in placed and (doc[a - 1].lower_ == "and") == (doc[a - 3].lower_ == "between")
    if a >= 1 and b + 1 < len(doc) and doc[a - 1].lower_ in {"between", "from"} and doc[b].lower_ in {"and", "to"}:
        other = doc[b + 1]
        return other.ent_type_ in placed and (doc[b].lower_ == "and") == (doc[a - 1].lower_ == "between")
    return False


#: lower-case trade nouns of people named with their home town: "a bricklayer from X", "a ferry skipper from X"
TRADE_NOUNS = frozenset({"bricklayer", "skipper", "trader", "builder", "baker", "carpenter", "plumber", "labourer",
                         "laborer", "herder", "shepherd", "mechanic", "welder", "fisher", "boatman", "tailor",
                         "butcher", "vendor", "stallholder", "cabbie", "grower"})
#: local offices a town's name comes before: "the X mayor"
TOWN_OFFICES = frozenset({"mayor", "mayoress", "townspeople", "townsfolk"})
#: lawmakers who "represent" a seat: "an MP who represents X"
SEAT_HOLDERS = SEAT_TITLES | {"backbencher", "backbenchers", "legislator", "lawmaker", "deputy", "congressman",
                              "congresswoman", "assemblyman", "assemblywoman"}


def _town_of_person(doc: Doc, ent: Span) -> bool:
    """Tell whether a name is a person's home town or seat by the words around it.

    Three patterns of news writing: a tradesperson or resident "from X" ("a bricklayer from X", "a ferry
    skipper from X"; a firm's staff are named "at X" or with an office word, so only trade and resident nouns
    count), or residents "in X" ("villagers in X", "our people in X"); a town's office holder named after it
    ("X mayor Anna Berg"); and a lawmaker "who represents X" (the seat, when a member title stands in the
    sentence before it).

    Args:
        doc: the Doc.
        ent: the name (up to three words, all capitalised).

    Returns:
        True when one of the patterns holds.
    """
    if not 1 <= len(ent) <= 3 or not all(t.is_title or t.is_upper for t in ent):
        return False
    i = ent.start
    if i >= 2 and doc[i - 1].lower_ == "from" and doc[i - 2].is_lower and \
            (doc[i - 2].lower_ in TRADE_NOUNS or doc[i - 2].lower_ in RESIDENT_NOUNS) and \
            (ent.end >= len(doc) or doc[ent.end].is_punct or doc[ent.end].lower_ in {"who", "and", "in"}):
        return True
    if i >= 2 and doc[i - 1].lower_ == "in" and doc[i - 2].is_lower and \
            doc[i - 2].lower_ in RESIDENT_NOUNS | {"people", "families", "households"} and \
            (ent.end >= len(doc) or doc[ent.end].is_punct and doc[ent.end].text not in {"'s", "’s", "'", "’"} or
             doc[ent.end].lower_ in {"who", "and"} or doc[ent.end].pos_ in {"VERB", "AUX"}):
        return True  # "villagers in X have ...", "my people in X": where they live
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in TOWN_OFFICES and doc[ent.end].is_lower and \
            _glued(doc, ent.end - 1):
        return True
    if i >= 3 and doc[i - 1].lower_ in {"represents", "represented", "representing"}:
        sent_start = doc[i - 1].sent.start
        return any(doc[k].lower_ in SEAT_HOLDERS for k in range(max(sent_start, i - 15), i - 1))
    return False


#: nouns of a land's edge, one end of "from X to the ... border": the other end is a place too
BOUND_NOUNS = frozenset({"border", "frontier", "coast", "coastline", "sea", "ocean", "mountains"})
#: lower-case nouns of built or natural sites that stand "at" a settlement: "the levee at X", "the harbour at X"
SITE_AT_NOUNS = frozenset({"dike", "dyke", "harbour", "harbor", "quay", "quayside", "pier", "jetty", "wharf",
                           "marina", "beach", "waterfront", "seafront", "promenade", "lighthouse", "breakwater",
                           "levee", "embankment", "seawall", "checkpoint", "crossing", "ferry", "terminal", "lock",
                           "locks", "sluice", "sluices"})


def _site_at_place(doc: Doc, ent: Span) -> bool:
    """A one-word name after "the <site noun> at": "the jetty at X", "a border crossing at X".

    A quay, dike or border crossing stands at a settlement, not at a person (a person's place takes "at X's").

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when "at" and a lower-case site noun (see SITE_AT_NOUNS) come right before the name and no
        possessive follows it.
    """
    a = ent.start
    return len(ent) == 1 and a >= 2 and doc[a - 1].lower_ == "at" and doc[a - 2].is_lower and \
        doc[a - 2].lower_ in SITE_AT_NOUNS and not (ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s"})


def _country_area(doc: Doc, ent: Span) -> bool:
    """A name between a country's possessive and a lower-case area noun: "Ruritania's X department".

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when "<country>'s" comes right before the name and an administrative area noun ("department",
        "province", "region", see nlp.ADMIN_AREA_NOUNS) right after it.
    """
    a, b = ent.start, ent.end
    return a >= 2 and b < len(doc) and doc[a - 1].lower_ in {"'s", "’s"} and doc[a - 2].ent_type_ == "COUNTRY" and \
        doc[b].is_lower and doc[b].lower_ in ADMIN_AREA_NOUNS


def _coordinated_place_kind(doc: Doc, ent: Span) -> bool:
    """A name coordinated with others before a plural place noun: "the X and Y ports", "the X, Y and Z islands".

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when capitalised words, commas and one "and" run from the name to a lower-case plural noun whose
        lemma is a place noun (PLACE_NOUNS but "state" and "territory"), the run holding the "and".
    """
    k, linked = ent.end, False
    while k < len(doc) and k - ent.end < 12:
        tok = doc[k]
        if tok.lower_ in {"and", ","}:
            linked = linked or tok.lower_ == "and"
            k += 1
        elif tok.text[:1].isupper() and tok.is_alpha:
            k += 1
        else:
            break
    if not linked and ent.start >= 1 and doc[ent.start - 1].lower_ == "and":
        linked = True  # "the Y and X ports": the name closes the list
    return linked and k < len(doc) and k > ent.end and doc[k].is_lower and doc[k].tag_ == "NNS" and \
        doc[k].lemma_ in PLACE_NOUNS - {"state", "territory"}


NICKNAMED = re.compile(r"\b([A-ZÀ-Þ][a-zß-ÿ'’-]+)\s+[\"“]([A-Z][a-z]+)[\"”]\s+([A-ZÀ-Þ][a-zß-ÿ'’-]+)\b")


def _nicknamed_names(doc: Doc, article: Article, seen: set[tuple[int, int]], gaz: Gazetteer) -> Iterator[NameMention]:
    """A person's name with a nickname in quotation marks that the NER left out: 'Anna "Nan" Berg'.

    Yields:
        PERSON mentions ("Anna Nan Berg").
    """
    for m in NICKNAMED.finditer(doc.text):
        a, b = m.start(), m.end()
        if any(x < b and a < y for x, y in seen) or any(gaz.lookup(w) is not None for w in m.groups()):
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        seen.add((a, b))
        yield NameMention(Mention(article.id, a, b, " ".join(m.groups()), "PERSON"),
                          appositive_title=_appositive_kind(doc, span.end) == "person" or _who_follows(doc, span.end),
                          in_quote=_in_quote(doc, a))


NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
NUMBERED_AREA_HEADS = {"region", "district", "zone", "sector", "ward"}


def _number_word_name_start(doc: Doc, ent: Span) -> bool:
    """Tell whether a capitalised number word before a name is the first word of that name: "Two Oaks".

    English writes number words in lower case inside a sentence, so "the town of Three Pines" or "the Three Pines
    City Council", where the NER read "Three" as a count, names a place that starts with a number word.
    A number word at the start of a sentence, or after another capitalised word (a headline), proves nothing.

    Args:
        doc: the Doc.
        ent: a name entity.

    Returns:
        True when the word before the entity is such a number word.
    """
    i = ent.start - 1
    if ent.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC"} or i < 1 or not ent[0].is_title:
        return False
    tok, prev = doc[i], doc[i - 1]
    if tok.lower_ not in NUMBER_WORDS or not tok.is_title or tok.is_sent_start or not _glued(doc, i) or \
            tok.ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}:
        return False
    return prev.is_alpha and (prev.is_lower or prev.lower_ == "the") and prev.text not in {"I"}


def _numbered_areas(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """Administrative areas named by a number: "Region Six", "Ward 12", "Zone Three".

    Yields:
        GPE mentions the NER left out.
    """
    for i in range(len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if tok.lower_ not in NUMBERED_AREA_HEADS or not tok.is_title or tok.is_sent_start or \
                (tok.i > 0 and doc[tok.i - 1].is_title) or not (
                    (nxt.lower_ in NUMBER_WORDS and nxt.is_title) or (nxt.is_digit and len(nxt.text) <= 2)):
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 2].is_title and doc[tok.i + 2].is_alpha:
            continue  # "Zone Two Command": a longer name
        a, b = tok.idx, nxt.idx + len(nxt)
        if (a, b) in seen or any(x < b and a < y for x, y in seen):
            continue
        seen.add((a, b))
        yield NameMention(Mention(article.id, a, b, doc.text[a:b], "GPE"), place_cue=True,
                          in_quote=_in_quote(doc, a))


#: lower-case words of a reporter's beat after its place ("our Moscow correspondent")
BEAT_NOUNS = {"correspondent", "reporter", "bureau"}
#: capitalised words before a beat noun that name a subject, not a place ("the paper's Political correspondent")
BEAT_SUBJECTS = BEAT_WORDS


def _beat_place(doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b name a reporter's beat after a possessive: "the Courier's Tamsk correspondent".

    Continents and subjects ("Africa correspondent", "Political correspondent") are left to the other rules.
    """
    if b >= len(doc) or a < 1 or b - a > 2 or doc[b].lower_ not in BEAT_NOUNS or not doc[b].is_lower:
        return False
    if not all(t.is_title and t.is_alpha and t.lower_ not in BEAT_SUBJECTS for t in doc[a:b]):
        return False
    return doc[a - 1].text in {"'s", "’s", "'", "’"} or doc[a - 1].lower_ in {"our", "its", "their"}


def _beat_places(doc: Doc, article: Article, seen: set[tuple[int, int]], gaz: Gazetteer) -> Iterator[NameMention]:
    """Places named only as a reporter's beat, which the NER left out ("X News' Tamsk correspondent").

    Yields:
        GPE mentions (or the gazetteer's entry).
    """
    for tok in doc:
        if tok.lower_ not in BEAT_NOUNS or not tok.is_lower:
            continue
        for a in (tok.i - 1, tok.i - 2):
            if a < 1 or not _beat_place(doc, a, tok.i):
                continue
            x, y = doc[a].idx, doc[tok.i - 1].idx + len(doc[tok.i - 1])
            name = doc.text[x:y]
            if (x, y) in seen or any(p < y and x < q for p, q in seen) or gaz.is_demonym(name):
                break
            seen.add((x, y))
            entry = gaz.lookup(name)
            label = RULER_CLASS_LABEL.get(
                entry.cls, "ORG") if entry is not None else "GPE"
            yield NameMention(Mention(article.id, x, y, name, label, kb_id=entry.name if entry else ""),
                              place_cue=entry is None)
            break


#: head words of a body's unit named by what it studies or serves ("Centre for Asian Studies")
UNIT_HEADS = {"Centre", "Center", "Institute", "School", "Faculty", "Department"}
UNIT_BODY = re.compile(r"\b(?:" + "|".join(sorted(UNIT_HEADS)) + r")\s+(?:for|of)\s+"
                       r"(?:[A-Z][\w'’-]*|and|&|of|the|for|on)(?:\s+(?:[A-Z][\w'’-]*|and|&|of|the|for|on))*")


def _unit_bodies(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """A unit of a body named by what it studies that the NER cut up: "X University's Centre for Y and Z Studies".

    The head word ("Centre") must stand outside every mention found so far, after a possessive, a lower-case
    word or a punctuation mark (no capitalised word of the name is left out).

    Yields:
        ORG mentions.
    """
    text = doc.text
    for m in UNIT_BODY.finditer(text):
        name = re.sub(r"(?:\s+(?:and|&|of|the|for|on))+$", "", m.group(0))
        a, b = m.start(), m.start() + len(name)
        if len(name.split()) < 3 or any(x <= a < y for x, y in seen):
            continue
        prev = re.search(r"(\S+)\s+$", text[max(0, a - 40):a])
        if prev and prev.group(1)[:1].isupper() and not re.search(r"['’]s?$|[,;:.]$", prev.group(1)):
            continue  # "the Asia Centre for …": a capitalised word of the name is before the head
        if any((x, y) == (a, b) or (x <= a and b <= y) for x, y in seen):
            continue
        seen.add((a, b))
        yield NameMention(Mention(article.id, a, b, name, "ORG"), org_cue=True, in_quote=_in_quote(doc, a))


#: first words of the names of temples and landforms ("Prasat X", "Wat X", "Mount X", "Cape X")
LANDMARK_START = {"prasat", "wat", "candi", "mount", "mt", "cape", "isla", "ilha", "isola", "île", "ile", "pulau",
                  "punta", "ponta", "cabo",
                  "jebel", "djebel", "jabal", "khor", "wadi", "shatt",
                  "mont", "piz", "vila"}
#: (French "mont" and Romansh "piz" open mountain names: "Mont Ventoux", "Piz Bernina"; Portuguese "vila", a town,
#: opens settlement names: "Vila Real", "Vila Velha")
#: (Arabic "khor" an inlet or creek, "wadi" a dry valley, "shatt" a river's bank or estuary: "Khor Fakkan",
#: "Wadi Rum", "Shatt al-Arab")
#: last words of the names of landforms and named areas ("Kinnaird Head", "the Emerald Triangle", "X Atoll",
#: "X Fjord": a fjord, or the settlement named after it)
LANDMARK_TAILS = {"head", "triangle", "atoll", "peninsula", "headland", "isthmus", "plateau", "glacier", "reef",
                  "caye", "cay", "cayes", "cays", "fiord", "fjord"} | SITE_NAME_TAILS  # ("X Tomb", "the X Mausoleum")


def _landmark_name(surface: str) -> bool:
    """Tell whether a name is a temple's or a landform's by its first or last word ("Prasat X", "X Head").

    Args:
        surface: the cleaned name.

    Returns:
        True for a name of two words or more that opens with a temple or landform word or ends with a
        landform head word, all its words capitalised.
    """
    from .entities import ORG_WORDS

    words = surface.split()
    if len(words) < 2 or not all(w[:1].isupper() or w.casefold() in NAME_LINKS for w in words) or \
            words[-1].casefold() in ORG_WORDS | UNIT_WORDS:
        return False  # ("Mount Sinai Hospital" is a body)
    return words[0].casefold() in LANDMARK_START or words[-1].casefold() in LANDMARK_TAILS


#: lower-case words inside a place's name ("Juan de Nova", "Bassas da India")
NAME_LINKS = {"de", "da", "du", "del", "des", "di", "do", "la", "le", "of", "the", "and"}


#: words before a name that set it in a place ("near Goose Green")
NEAR_WORDS = {"near", "outside"}
#: lower-case nouns after a name that make it a media outlet ("the Imedi television channel")
MEDIA_NOUNS = {"television", "tv", "channel", "broadcaster", "newspaper", "daily", "weekly", "radio", "network",
               "tabloid", "website", "news"}
#: words of a credit that are no name ("Staff Photographer", "File", "Handout")
CREDIT_WORDS = {"photo", "photograph", "photographer", "photos", "staff", "file", "handout", "courtesy", "via",
                "image", "source", "contributor", "pool", "supplied", "illustration", "credit"}


#: a dateline of several cities set in capitals: "MADRID/LONDON", "KYIV/MOSCOW"
DATELINE_PLACES = re.compile(r"[A-Z][A-Z'’. -]+(?:/[A-Z][A-Z'’. -]+)+")


def _dateline_places(ent: Span, article: Article, gaz: Gazetteer,
                     seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """Split a wire dateline the NER read as one name ("MADRID/LONDON") into its places.

    Each part the gazetteer knows becomes a mention of that place; other parts give none.

    Args:
        ent: the entity, all capitals joined by slashes.
        article: the article.
        gaz: the gazetteer.
        seen: spans already yielded (updated).

    Yields:
        One :class:`NameMention` per known place.
    """
    pos = ent.start_char
    for part in ent.text.split("/"):
        entry = gaz.lookup(part.strip())
        start = pos + len(part) - len(part.lstrip())
        end = pos + len(part.rstrip())
        pos += len(part) + 1
        if entry is None or (start, end) in seen:
            continue
        seen.add((start, end))
        label = RULER_CLASS_LABEL.get(entry.cls, "ORG")
        yield NameMention(Mention(article.id, start, end, entry.name, label, kb_id=entry.name))


#: post-nominal letters of a counsel's rank or an honour after a person's name ("Anna Berg KC", "Karl Lind OBE";
#: British and Commonwealth usage); "SC" is left out (also a sports club's suffix)
POST_NOMINALS = frozenset({"KC", "QC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"})
#: titles of elected members that a party name modifies: "a Labour MP", "an SNP MSP"
#: ("MS": a Member of the Senedd, Welsh usage since 2020)
MEMBER_TITLES = {"MP", "MPs", "MLA", "MLAs", "MEP", "MEPs", "MSP", "MSPs", "MPP", "MPPs", "MNA", "MNAs", "MHA", "MHAs",
                 "MS", "MSs",
                 "lawmaker", "lawmakers", "legislator", "legislators", "councillor", "councillors", "councilor",
                 "councilors", "TD", "TDs", "senator", "senators", "assemblyman", "assemblymen", "assemblywoman",
                 "assemblywomen", "assemblymember", "assemblymembers"}
def _titled_member_name(doc: Doc, ent: Span) -> bool:
    """Tell whether a name closed by a member's post-nominal title is a person's: "Graham Vell MP".

    British and Commonwealth papers write a member's post-nominal after the full name ("Anna Berg MP", "Tomas
    Lind MSP"); a party before the title ("a Green TD", "the Labour MPs") is one word or follows an article.

    Args:
        doc: the Doc.
        ent: a span ending in a title of :data:`MEMBER_TITLES`.

    Returns:
        True when two to three person-shaped words, no listed name among them, come before the title and no
        article or "of" comes before the span.
    """
    from .entities import person_shaped

    name = ent[:-1]
    if not 2 <= len(name) <= 3 or any(t.ent_id_ or not t.is_title for t in name) or \
            not person_shaped(name.text) or load_gazetteer().lookup(name.text) is not None:
        return False
    return ent.start == 0 or doc[ent.start - 1].lower_ not in {"a", "an", "the", "of", "two", "three"}


#: lower-case nouns a name modifies that make it an organisation ("the Naleraq party", "the Wagner group")
#: nouns after a name that make it a people or a group of people ("the X community", "the X clan")
GROUP_NOUNS = {"community", "communities", "tribe", "tribes", "clan", "clans", "people", "peoples", "diaspora",
               "minority", "ethnicity", "sub-clan", "subclan"}
PARTY_NOUNS = {"party", "movement", "militia", "agency", "alliance", "coalition", "union", "federation", "group"}
#: a chamber's seats named after the party that holds them (Westminster usage): "cheers from the X benches"
BENCH_NOUNS = {"benches", "backbenches", "frontbench", "backbenchers", "frontbenchers"}
#: words before "in X" that set X as a place where someone lives or something stands
RESIDENCE_WORDS = {"based", "live", "lives", "lived", "living", "born", "up", "raised", "settled", "located", "lies",
                   "situated", "stationed", "base", "headquartered", "resident", "residents", "ratepayer",
                   "ratepayers", "held", "hosted", "signed", "flat", "apartment", "house", "home", "farm",
                   "homes", "houses", "flats", "apartments", "roads", "streets", "nurseries", "depots",
                   "suburbs", "villages", "towns", "neighbourhoods", "neighborhoods", "properties"}
#: words before "in X" that make X a thing one has a share of or a part in, not a place
NON_LOCATIVE_HEADS = {"stake", "stakes", "invest", "invested", "investing", "investment", "investments",
                      "interest", "interests", "shares", "share", "confidence", "trust", "faith", "role", "roles",
                      "involved", "involvement", "participation", "membership", "seat", "seats", "majority",
                      "minority", "belief", "believe", "believes", "believed", "job", "jobs", "career", "work",
                      "works", "worked", "working", "position", "post", "posts", "published", "appeared",
                      "written", "wrote", "argued", "said", "reported", "quoted", "cited", "told"}
#: nouns of things that stand in a town or on a road, so that "the <noun> at X" sets X as a place ("the weekly
#: market at X", "a checkpoint at X"); not a body's rooms or events ("a meeting at X", "the clinic at X")
MARKET_NOUNS = {"market", "markets", "checkpoint", "checkpoints", "roadblock", "roadblocks", "crossing",
                "crossings", "fair", "bazaar", "souk", "marketplace"}
#: compass words that make a part of a known place a place of its own ("East Greenland", "Cross River South")
COMPASS_WORDS = {"north", "south", "east", "west", "central"}


def _locative(doc: Doc, ent: Span, locative_ends: set[int]) -> tuple[bool, bool]:
    """Tell whether a name stands in a place slot.

    Strong: "in X" after a word of residence or location ("grew up in X",
    "based in X", "the naval base in X", "ratepayers in X").  Weak: any other
    "in X" / "near X" / "outside X" (and "at X" when the NER reads X as a place,
    or after a market or a checkpoint: "the market at X") unless the word before names a share or
    a part ("a stake in X", "confidence in X", "wrote in X"), and a name
    coordinated with a name in such a slot ("in X and Y").  A possessive
    after the name ("in X's view") is no place slot.

    Args:
        doc: the Doc.
        ent: the name.
        locative_ends: token ends of the names already found in a place slot.

    Returns:
        (strong, weak).
    """
    i = ent.start
    if i < 1 or (ent.end < len(doc) and doc[ent.end].text in {"'s", "’s", "'", "’"}):
        return False, False
    prev = doc[i - 1].lower_
    if prev in {"and", "or"}:
        k = i - 2
        while k > 0 and i - k <= 5 and doc[k].is_title:
            k -= 1  # "roads in Varn and X": back over the first name to its "in"
        if k >= 1 and k < i - 2 and doc[k].lower_ == "in" and doc[k - 1].lower_ in RESIDENCE_WORDS and \
                ent.label_ != "PERSON":
            return True, False  # the first name's strong slot holds the second too (not "A lives in X and B in Y")
        return False, i - 1 in locative_ends
    if prev == "at" and ent.label_ in {"GPE", "LOC"} and not ent.ent_id_:
        prev = "in"  # "grazing at X": a name the NER already reads as a place, in a place slot
    elif prev == "at" and i >= 2 and doc[i - 1].head.i == i - 2 and doc[i - 2].pos_ == "NOUN" and \
            doc[i - 2].lower_ in MARKET_NOUNS:
        prev = "in"  # "the weekly market at X", "a checkpoint at X": where a market or a post stands is a place
    if prev not in {"in", "near", "outside"}:
        return False, False
    before = doc[i - 2].lower_ if i >= 2 else ""
    if before in RESIDENCE_WORDS:
        return True, False
    return False, before not in NON_LOCATIVE_HEADS


GROUP_LANDFORM_WORDS = {"islands", "isles", "islets", "reefs", "shoals", "atolls", "cays", "cayes"}


def _compass_part_of_territory(ent: Span, territories: Counter) -> bool:
    """Tell whether a name is a compass part of a disputed group its article named before ("North X" after "the X Reefs").

    A disputed group of reefs or islands is often named by its parts ("North X", "South X"); the part is
    at stake with the whole.  A compass part of a land territory ("East X" of the territory "X") is a region
    of it, not a territory of its own, so only groups count.

    Args:
        ent: the name span.
        territories: the ids or names of the territories named so far in the article.

    Returns:
        True when the span is a compass word and the name of such a territory, with or without its
        landform word.
    """
    if len(ent) < 2 or ent[0].lower_ not in COMPASS_WORDS or not ent[0].is_title:
        return False
    rest = fold(ent[1:].text)
    for name in territories:
        words = fold(name).split()
        if len(words) >= 2 and words[-1] in GROUP_LANDFORM_WORDS and rest == " ".join(words[:-1]):
            return True
    return False


def _compass_place(doc: Doc, ent: Span, covered: set[int]) -> Span | None:
    """Join a compass word to the known place it divides: "East" + "Greenland", "Cross River" + "South".

    The ruler claims the place; a capitalised compass word glued before it or
    after it on the same line (and not opening another name) makes a place of
    its own, which the gazetteer does not list.  So does a part word before it
    inside a sentence ("Little" + "Havana", "Upper" + "Egypt").

    Args:
        doc: the Doc.
        ent: the entity (only gazetteer places, territories and countries qualify).
        covered: token indices held by an entity.

    Returns:
        The widened place span (label GPE), or None.
    """
    if not ent.ent_id_ or ent.label_ not in {"PLACE", "TERRITORY", "COUNTRY"}:
        return None
    i, j = ent.start - 1, ent.end
    if i >= 0 and i not in covered and doc[i].is_title and (doc[i].lower_ in COMPASS_WORDS or (
            doc[i].lower_ in PART_WORDS and not doc[i].is_sent_start)) and _glued(doc, i) and \
            (i == 0 or doc[i - 1].text not in {"'s", "’s"}):
        return Span(doc, i, ent.end, label="GPE")
    if j < len(doc) and j not in covered and doc[j].is_title and doc[j].lower_ in COMPASS_WORDS and \
            _glued(doc, j - 1) and (j + 1 >= len(doc) or not doc[j + 1].is_title):
        return Span(doc, ent.start, j + 1, label="GPE")
    return None


#: capitalised words that make a quarter or a part of its own of a known place glued after them ("Little Havana",
#: "Upper Egypt", "Old Delhi"); at a sentence's start they may be plain adjectives
PART_WORDS = {"little", "upper", "lower", "old"}
#: capitalised head words that make a new place of a known name glued before them ("Jordan Falls", "Congo River")
PLACE_HEAD_WORDS = {"falls", "harbour", "harbor", "river", "valley", "creek", "bay", "lake", "springs", "island",
                    "islands", "heights", "landing", "crossing", "delta", "basin", "canal", "cove", "isles", "county"}
#: lower-case head words that make the geographic group named after a state a place of its own ("Comoros archipelago");
#: after a territory's name they only say what it is ("the Kelso archipelago" is the territory Kelso)
LOWER_PLACE_HEADS = {"archipelago"}
#: capitalised words that make a broadcaster of a place name glued before them ("Sudan TV", "Kerala Radio")
OUTLET_HEAD_WORDS = {"tv", "television", "radio"}


def _place_compound(doc: Doc, ent: Span, covered: set[int]) -> Span | None:
    """Join a known place to a head word glued after it that makes another name.

    The ruler claims the known name inside a longer one: "Jordan" + "Falls"
    (a village), "Congo" + "River", "Sudan" + "TV" (a broadcaster).  A
    capitalised place head word ("Falls", "River", "Harbour") makes a place; a
    broadcast word ("TV", "Radio") makes an organisation.  The word must end
    the name (no capitalised word follows on the same line) and the known name
    must carry no possessive before it.

    Args:
        doc: the Doc.
        ent: the entity (only gazetteer places, territories and countries qualify).
        covered: token indices held by an entity.

    Returns:
        The widened span (label GPE or ORG), or None.
    """
    if not ent.ent_id_ or ent.label_ not in {"PLACE", "TERRITORY", "COUNTRY"}:
        return None
    j = ent.end
    if j < len(doc) and j not in covered and doc[j].lower_ in LOWER_PLACE_HEADS and doc[j].is_lower and \
            ent.label_ == "COUNTRY" and _glued(doc, j - 1) and \
            (ent.start == 0 or doc[ent.start - 1].text not in {"'s", "’s"}):
        return Span(doc, ent.start, j + 1, label="GPE")  # "the Comoros archipelago": the islands, not the state
    if j >= len(doc) or j in covered or not doc[j].text[:1].isupper() or not _glued(doc, j - 1):
        return None
    if j + 1 < len(doc) and doc[j + 1].is_title and _glued(doc, j) and not doc[j + 1].is_sent_start:
        return None
    if doc[j].lower_ in PLACE_HEAD_WORDS and doc[j].is_title:
        return Span(doc, ent.start, j + 1, label="GPE")
    if doc[j].lower_ in OUTLET_HEAD_WORDS:
        return Span(doc, ent.start, j + 1, label="ORG")
    return None


#: portfolio nouns that name a state's agency with the state's name after them ("Health Ruritania",
#: "Forestry and Parks Ruritania", "Statistics Ruritania"), the style of Canadian, Scottish, Irish and Nordic
#: government agencies
PORTFOLIO_WORDS = {"transport", "health", "fisheries", "oceans", "statistics", "parks", "environment", "sport",
                   "tourism", "revenue", "justice", "education", "enterprise", "heritage", "skills", "forestry",
                   "immigration", "agriculture", "infrastructure", "housing", "employment", "police", "veterans",
                   "climate", "change", "energy", "innovation", "science", "culture"}


def _portfolio_body(doc: Doc, ent: Span, nxt: Span | None, covered: set[int]) -> Span | None:
    """Join portfolio nouns to the known country or region named after them: "Health" + "Ruritania".

    Many states name agencies by the portfolio and the state ("Health Canada", "Police Scotland",
    "Statistics Norway", "Tourism Ireland"); the ruler claims the state and the NER reads the portfolio as a place or
    nothing.  The portfolio words must be capitalised, linked only by "and" or commas, and stand alone: no
    capitalised word, "of" or "for" before them, no capitalised word glued after the state.

    Args:
        doc: the Doc.
        ent: the current entity: the known state, or portfolio words the NER found right before it.
        nxt: the next entity, or None.
        covered: token indices held by an entity.

    Returns:
        The organisation span, or None.
    """
    def portfolio(i: int) -> bool:
        return doc[i].is_title and doc[i].lower_ in PORTFOLIO_WORDS

    if ent.ent_id_ and ent.label_ in {"PLACE", "COUNTRY"}:
        state, start = ent, ent.start
        while start > 0 and start - 1 not in covered and (portfolio(start - 1) or (
                doc[start - 1].lower_ in {"and", ","} and start >= 2 and portfolio(start - 2) and start < ent.start)):
            start -= 1
    elif not ent.ent_id_ and nxt is not None and nxt.start == ent.end and nxt.ent_id_ and \
            nxt.label_ in {"PLACE", "COUNTRY"} and all(portfolio(t.i) or t.lower_ in {"and", ","} for t in ent) and \
            portfolio(ent.start):
        state, start = nxt, ent.start
    else:
        return None
    if start == state.start or not _glued(doc, state.start - 1):
        return None
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.is_title or before.lower_ in {"of", "for", "'s", "’s"}) and \
            not before.is_sent_start:
        return None
    j = state.end
    if j < len(doc) and doc[j].is_title and _glued(doc, j - 1):
        return None
    return Span(doc, start, state.end, label="ORG")


def _unlisted_org_glued_to(doc: Doc, ent: Span, nxt: Span | None) -> bool:
    """An organisation the gazetteer does not list, with the next entity glued right after it."""
    return ent.label_ == "ORG" and not ent.ent_id_ and nxt is not None and nxt.start == ent.end and \
        _glued(doc, ent.end - 1)


def _org_with_second_name(doc: Doc, ent: Span, nxt: Span | None) -> Span | None:
    """Join an organisation to a second name glued after it that the NER read as a person.

    Bodies with a name in two languages write both in a row ("NZ Transport
    Agency Waka Kotahi"); a person's name glued to an organisation ending in
    an organisation word, with no comma, title or speech verb around it, is
    the rest of the organisation's name.

    Args:
        doc: the Doc.
        ent: the organisation entity.
        nxt: the next entity, or None.

    Returns:
        The joined ORG span, or None.
    """
    from .entities import ORG_WORDS

    if not _unlisted_org_glued_to(doc, ent, nxt) or nxt.label_ != "PERSON" or nxt.ent_id_ or \
            ent[-1].lower_ not in ORG_WORDS:
        return None
    after = doc[nxt.end] if nxt.end < len(doc) else None
    if after is not None and (after.text == "," or after.lemma_ in SPEECH_VERBS) or _speaks(nxt) or \
            nxt[0].lower_ in _title_and_modifier_words() or _after_office_of(doc, ent.start):
        return None  # ("director of the X Board" + "Anna Berg": the office's holder, no second name)
    return Span(doc, ent.start, nxt.end, label="ORG")


def _org_with_listed_head(doc: Doc, ent: Span, nxt: Span | None) -> Span | None:
    """Join an organisation to a one-word body glued after it that the ruler claimed: "All Progressives" + "Congress".

    The gazetteer lists bodies under their short head word ("Congress",
    "Senate"); glued after other capitalised words the NER read as an
    organisation, the head word ends that longer name ("Indian National
    Congress").

    Args:
        doc: the Doc.
        ent: the organisation entity.
        nxt: the next entity, or None.

    Returns:
        The joined ORG span, or None.
    """
    from .entities import ORG_WORDS

    if not _unlisted_org_glued_to(doc, ent, nxt) or nxt.label_ != "ORG" or not nxt.ent_id_ or len(nxt) != 1 or \
            nxt[0].lower_ not in ORG_WORDS or ent[-1].lower_ in ORG_WORDS:
        return None
    return Span(doc, ent.start, nxt.end, label="ORG")


def _constituency_split(doc: Doc, ent: Span) -> tuple[Span, Span] | None:
    """Split "MP for Leeds Anna Berg", read as one person, into the seat and the member.

    British, Irish and Australian style writes the member's constituency
    between the title and the name ("Labour MP for Leeds Central Anna Berg");
    the small model reads the seat and the name as one person.  A person span
    of three or more capitalised words right after "<member title> for" is the
    seat (all but the last two words) and the member (the last two).

    Args:
        doc: the Doc.
        ent: the entity.

    Returns:
        (seat span labelled GPE, member span labelled PERSON), or None.
    """
    from .entities import ORG_WORDS, PLACE_WORDS

    fronted = _seat_title_split(doc, ent)
    if fronted is not None:
        return fronted
    if ent.label_ not in {"PERSON", "ORG", "GPE"} or len(ent) < 3 or ent.start < 2 or \
            doc[ent.start - 1].lower_ != "for" or doc[ent.start - 2].text.rstrip(".") not in MEMBER_TITLES or \
            not all(t.is_title and t.is_alpha for t in ent) or \
            any(t.lower_ in ORG_WORDS | PLACE_WORDS | COMPASS_WORDS for t in ent[-2:]):
        return None
    cut = ent.end - 2
    return Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")


#: member titles written in capitals that a seat's name may come before: "Varnek MLA Ana Varga"
SEAT_MEMBER_TITLES = frozenset(t for t in MEMBER_TITLES if t.isupper())


#: party words that stand where a seat does before a member title ("Labour MP Ana Varga", "a Green TD"); a party
#: the gazetteer lists is recognised by its entry
SEAT_PARTY_WORDS = {"Labour", "Labor", "Green", "Greens", "Alliance", "Conservative", "Tory", "Liberal", "Democrat",
                    "Democrats", "Republican", "Socialist", "Communist", "Unionist", "Nationalist", "Progressive",
                    "Independent", "Reform", "People", "Workers", "Social", "National"}


def _seat_title_split(doc: Doc, ent: Span) -> tuple[Span, Span] | None:
    """Split "Varnek MLA Ana Varga", read as one name, into the seat and the member.

    Irish, British and Australian papers put the member's constituency before
    the title ("Tolsby TD Petar Lind", "Varnek North MP Ana Varga"); the small
    model may read the seat, the title and the name as one person or body.
    The title (in capitals) splits the span: one to three capitalised words
    before it are the seat, two or three person-shaped words after it the
    member.  A party before the title ("Labour MP Ana Varga") is no seat: a
    party name or a listed organisation is left alone.

    Args:
        doc: the Doc.
        ent: the entity.

    Returns:
        (seat span labelled GPE, member span labelled PERSON), or None.
    """
    from .entities import ORG_WORDS, person_shaped

    if ent.label_ not in {"PERSON", "ORG", "GPE"} or len(ent) < 4:
        return None
    k = next((i for i in range(ent.start + 1, ent.end - 2) if doc[i].text in SEAT_MEMBER_TITLES), None)
    if k is None or k - ent.start > 3 or ent.end - k - 1 > 3:
        return None
    seat, member = doc[ent.start:k], doc[k + 1:ent.end]
    if not all(t.is_title and t.is_alpha for t in (*seat, *member)) or \
            any(t.lower_ in ORG_WORDS | MEMBER_NON_PARTIES or t.text in SEAT_PARTY_WORDS for t in seat) or \
            not person_shaped(member.text):
        return None
    entry = load_gazetteer().lookup(seat.text)
    if entry is not None and entry.cls == "Organization" or load_gazetteer().lookup(member.text) is not None:
        return None
    return Span(doc, seat.start, seat.end, label="GPE"), Span(doc, member.start, member.end, label="PERSON")


def _member_of(doc: Doc, ent: Span) -> bool:
    """The name is what someone belongs to: "a member of X", "is a member of the ruling X".

    One is a member of a party, a body or an alliance, never of a person; up
    to two lower-case modifiers ("the ruling", "the opposition") may stand
    between "of" and the name.

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True after "member(s) of".
    """
    k = ent.start - 1
    steps = 0
    while k >= 0 and steps < 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ != "of" and \
            (doc[k].pos_ in {"DET", "ADJ", "VERB"} or doc[k].lower_ == "opposition"):  # not "member of parliament X"
        k -= 1
        steps += 1
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in {"member", "members"}


#: capitalised words before a member title that are no party ("a backbench MP", "an Independent TD")
MEMBER_NON_PARTIES = {"backbench", "frontbench", "senior", "junior", "former", "local", "independent",
                      "veteran", "opposition", "government", "state", "federal", "the", "a", "an", "his", "her"}


def _member_parties(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """Parties the NER missed before a member title: "Labor MP for X", "a New Democracy MP".

    The words before a member title (MEMBER_TITLES) glued to it, capitalised
    and held by no entity, are the member's party when the title is followed
    by "for" (the seat comes after it) or opened by "a"/"an" (see _member_party
    for the parties the NER found).  Without either, the words may be the seat
    itself ("Bellarine MP Anna Berg", Australian style), so they give nothing,
    unless the party follows the member's name in brackets ("Kilifi MP Anna
    Berg (ODM)"): then they are the seat, a place.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (extended).

    Yields:
        ORG mentions marked as parties.
    """
    gaz = load_gazetteer()
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    titles = _title_and_modifier_words()
    for t in doc:
        if t.text.rstrip(".") not in MEMBER_TITLES or t.i < 1 or t.i + 1 >= len(doc) or not _glued(doc, t.i - 1):
            continue
        k = t.i
        while k > 0 and t.i - k < 3 and doc[k - 1].is_title and doc[k - 1].is_alpha and k - 1 not in covered and \
                doc[k - 1].lower_ not in titles | MEMBER_NON_PARTIES and (k == t.i or _glued(doc, k - 1)):
            k -= 1
        if k == t.i or (k > 0 and doc[k - 1].text in {"'s", "’s"}):
            continue
        span = doc[k:t.i]
        seat = _member_seat(doc, span)
        if not seat and doc[t.i + 1].lower_ != "for" and not (k > 0 and doc[k - 1].lower_ in {"a", "an"}):
            continue
        if gaz.is_demonym(span.text) or gaz.lookup(span.text) is not None:
            continue
        key = (span.start_char, span.end_char)
        if _overlaps(key, seen):
            continue
        seen.add(key)
        if seat:  # "Kilifi MP Anna Berg (ODM)": the party is in brackets, the words before the title are the seat
            yield NameMention(Mention(article.id, key[0], key[1], span.text, "GPE"), place_cue=True)
            continue
        yield NameMention(Mention(article.id, key[0], key[1], span.text, "ORG"), org_cue=True, party=True)


#: plural nouns before "A and B Surname" that name a couple or a family ("farmers Bill and Ann Reid")
COUPLE_WORDS = {"couple", "spouses", "parents", "siblings", "brothers", "sisters", "twins", "partners"}


def _shared_surname(doc: Doc, ent: Span, nxt: Span | None) -> str | None:
    """Give a lone given name the surname it shares with the next person: "Bill and Ann Reid".

    A one-word person followed by "and" and a two-word person, after a plural
    common noun ("farmers", "couple"; not a formal title such as "leaders") or
    before an appositive or relative clause that makes them a couple (", married for …", ", a
    couple", ", who have been married …"), is that person's spouse or sibling when the word stands nowhere
    else in the article (it is no one's known surname).

    Args:
        doc: the Doc.
        ent: the one-word person.
        nxt: the next entity, or None.

    Returns:
        The shared surname ("Reid"), or None.
    """
    k = ent.start
    if len(ent) != 1 or nxt is None or nxt.label_ != "PERSON" or len(nxt) != 2 or nxt.start != ent.end + 1 or \
            doc[ent.end].lower_ not in {"and", "&"}:
        return None
    prev = doc[k - 1] if k > 0 else doc[ent.end]  # (at the start, "and" stands in: no plural noun before)
    formal = {t.casefold().rstrip(".") for t in load_gazetteer().person_titles}
    after = [t.lower_ for t in doc[nxt.end:nxt.end + 6]]
    married = after[:1] == [","] and (after[1:2] == ["married"] or after[1:3] in (["a", "couple"], ["husband", "and"],
                                                                                    ["wife", "and"]) or
                                      (after[1:2] == ["who"] and "married" in after[2:]))  # ", who have been married"
    plural_opening = prev.i == k - 1 and plural_noun_opening(doc, prev.i) and prev.lemma_ not in formal
    if not (prev.tag_ == "NNS" and prev.is_lower and prev.lemma_ not in formal or prev.lower_ in COUPLE_WORDS
            or married or plural_opening):  # ("Farmers Bill and Ann Reid" opening a sentence)
        return None  # "leaders Marov and Li Wen" are two office-holders, not a couple
    word, surname = ent[0].text, nxt[-1].text

    def same_pair(i: int) -> bool:  # "Bill and Ann Reid" again: the pair named twice
        return i + 3 < len(doc) and doc[i + 1].lower_ in {"and", "&"} and doc[i + 3].text == surname

    if sum(1 for t in doc if t.text == word and not (t.i + 1 < len(doc) and doc[t.i + 1].text == surname)
           and not same_pair(t.i)) > 1:
        return None  # (the word again, before the same surname: "Ann Reid said", is the same person)
    return surname


def _based_before(doc: Doc, i: int) -> bool:
    """Token i follows "X-based": "Toronto-based" + name."""
    return i >= 3 and doc[i - 1].lower_ == "based" and doc[i - 2].text in {"-", "‐"} and not doc[i - 2].whitespace_


#: words of an amount that the NER may glue to the name before it ("fined the X Group 200 million euros")
AMOUNT_WORDS = {"million", "billion", "trillion", "bn", "mn", "thousand", "hundred"}


def _amount_tail(ent: Span) -> int:
    """Find where a name ends before an amount the NER took into it: "Varnek Group 200 million" -> "Varnek Group".

    Args:
        ent: an entity span.

    Returns:
        The end token index of the name without the amount (``ent.end`` when none is glued on).
    """
    if ent.label_ not in {"ORG", "PERSON", "GPE", "FAC"} or len(ent) < 2 or ent.ent_id_:
        return ent.end
    end = ent.end
    while end - 1 > ent.start and (ent.doc[end - 1].lower_ in AMOUNT_WORDS or ent.doc[end - 1].like_num):
        end -= 1
    if end == ent.end or end == ent.start or not ent.doc[end].like_num or \
            not any(t.lower_ in AMOUNT_WORDS for t in ent.doc[end:ent.end]):
        return ent.end  # ("United Steelworkers Local 6500": a number in the name, no amount)
    return end


#: "St", "Saint", "Ste" open the names of churches, schools, parishes and towns named after saints
SAINT_WORDS = {"st", "st.", "saint", "ste", "sainte"}


#: head words of a venue or institution whose name may open with words of any language ("the X Y Japanese Garden")
VENUE_TAILS = frozenset({"garden", "gardens", "park", "museum", "zoo", "reserve", "sanctuary", "centre", "center",
                         "hall", "stadium", "arena", "library", "gallery", "theatre", "theater", "memorial",
                         "foundation", "institute", "society", "trust", "festival", "temple", "shrine", "pavilion"})


#: posts and people a venue or body has, not a person: "X's executive director", "X's curator", "X's volunteers"
VENUE_POST_NOUNS = frozenset({"director", "curator", "chair", "chairman", "chairwoman", "chairperson", "board",
                              "trustee", "staff", "manager", "founder", "gardener", "administrator", "warden",
                              "keeper", "volunteer", "member", "visitor", "membership"})


def _venue_short_name(doc: Doc, ent: Span) -> bool:
    """Tell whether a PERSON-tagged name is the short name of a venue the article names in full.

    "the X Y Japanese Garden ... X Y's executive director": the tagger reads the bare words as a
    person's name where the possessive follows them, but elsewhere in the article the same words
    open a capitalised name ending in a venue word (one sense per discourse, Gale, Church &
    Yarowsky 1992).  The name is a venue's only when nothing marks a person at any bare use: each
    stands after no title or honorific and owns a post or people a venue has ("X's curator",
    ``VENUE_POST_NOUNS``; "X's daughter" is a person's), and the tagger read no full-name use as a
    person's ("the Ana Lind Foundation" is named after one).

    Args:
        doc: the parsed article.
        ent: the PERSON span.

    Returns:
        True for a name of two or more capitalised words used that way.
    """
    toks = list(ent[:-1] if ent[-1].lower_ in {"'s", "’s"} else ent)  # (the NER may keep the possessive)
    words = [t.text for t in toks]
    n = len(words)
    if n < 2 or not all(t.is_title and t.is_alpha for t in toks):
        return False
    full = bare = 0
    for i in range(len(doc) - n + 1):
        if [t.text for t in doc[i:i + n]] != words:
            continue
        j = i + n
        while j < len(doc) and j - (i + n) < 3 and doc[j].is_title and doc[j].lower_ not in VENUE_TAILS:
            j += 1
        if j < len(doc) and j - (i + n) < 3 and doc[j].lower_ in VENUE_TAILS and doc[j].is_title and \
                doc[i + n].is_title:
            if any(t.ent_type_ == "PERSON" for t in doc[i:i + n]):
                return False  # "the Ana Lind Foundation" with the founder's name tagged: named after a person
            full += 1  # "the X Y (Japanese) Garden": the venue's full name
            continue
        nxt = doc[i + n] if i + n < len(doc) else None
        owned = doc[i + n - 1].head
        if nxt is None or nxt.lower_ not in {"'s", "’s"} or owned.i <= i + n or \
                owned.lemma_.lower() not in VENUE_POST_NOUNS or \
                i > 0 and (_title_before(doc[i:i + n]) or doc[i - 1].lower_.rstrip(".") in HONORIFICS):
            return False  # a bare use that may be a person's ("X's daughter", "X said")
        bare += 1
    return full > 0 and bare > 0


def saint_place(ent: Span) -> bool:
    """Tell whether a name is a place's named after a saint: "St Ouen", "St Helier", "Saint Mary".

    Parishes and towns take a saint's name alone ("St" and one word); a person with that style has a
    first name before it ("Ana St Clair") or a surname after it.  Source: English and French place-naming
    (parish names in Jersey, Guernsey, Cornwall and Quebec).

    Args:
        ent: the name span the tagger read as a person's.

    Returns:
        True for "St/Saint" and one capitalised word, with no possessive after it.
    """
    toks = [t for t in ent if t.lower_ not in {"'s", "’s"}]
    if len(toks) != 2 or toks[0].lower_ not in SAINT_WORDS or len(toks) != len(ent):
        return False
    return toks[1].is_title and toks[1].is_alpha and not (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS")


def _saint_institution(doc: Doc, ent: Span) -> bool:
    """Tell whether a name is a saint's, given to the lower-case noun after it: "St Olav's school".

    Args:
        doc: the parsed article.
        ent: the name span (the possessive may lie inside or right after it).

    Returns:
        True for "St/Saint X's <common noun>" with no first name before "St".
    """
    if len(ent) < 2 or ent[0].lower_ not in SAINT_WORDS:
        return False
    j = ent.end
    if ent[-1].lower_ in {"'s", "’s"}:
        j = ent.end
    elif j < len(doc) and doc[j].lower_ in {"'s", "’s"}:
        j += 1
    else:
        return False
    return j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN"


#: lower-case nouns of a firm or club set right before its name ("the shipping firm X", "power company X")
FIRM_NOUNS = frozenset({"firm", "company", "group", "bank", "insurer", "lender", "airline", "carmaker", "shipbuilder",
                        "shipyard", "manufacturer", "retailer", "supermarket", "startup", "start-up", "club",
                        "charity", "conglomerate", "subsidiary", "utility"})


def _kind_noun_before(doc: Doc, ent: Span) -> bool:
    """Tell whether a firm noun names the kind of the body right before its name: "the Varnby-based firm X".

    The noun must be lower case, the name its apposition or compound (not the subject of a
    relative clause: "the firm Anna Berg founded" names a person), and no possessive may follow
    the noun ("the company's chief Anna Berg").  Source: appositive name patterns of news style
    (AP Stylebook, "company names").

    Args:
        doc: the parsed article.
        ent: the name span.

    Returns:
        True when the name is the name of a firm or club.
    """
    if ent.start < 1:
        return False
    noun = doc[ent.start - 1]
    if noun.lower_ not in FIRM_NOUNS or not noun.is_lower or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    root = ent.root
    if ent.end < len(doc) and doc[ent.end].tag_ in {"VBD", "VBN", "VBZ", "VBP"}:
        main = ent.sent.root
        if main.i > ent.end and main.pos_ in {"VERB", "AUX"}:
            return False  # "the firm Anna Berg founded went bankrupt": her clause, then the main verb
    return root.head.i == noun.i or noun.head.i == root.i or root.dep_ == "appos"


def _based_after(doc: Doc, j: int) -> bool:
    """The name ending before token j opens "X-based"."""
    return j + 1 < len(doc) and doc[j].text in {"-", "‐"} and doc[j + 1].lower_ == "based" and \
        not doc[j - 1].whitespace_


#: NER labels of places (no body's acronym)
PLACE_ENT_TYPES = {"GPE", "LOC", "FAC", "PLACE", "COUNTRY", "TERRITORY", "NORP", "PERSON", "DATE"}


def _split_acronym(doc: Doc, ent: Span) -> tuple[Span, str]:
    """Cut a bracketed acronym the NER took into the name, and find the acronym after it.

    "A Partnership for National Unity (APNU" -> the name and "APNU";
    "Ministry of External Affairs" + " (MEA)" -> the name and "MEA"; a
    party's or a body's initials set off by commas ("the X Party, XP, said"), also after "or" ("the X
    Committee, or XC,");
    an
    acronym with a hyphenated suffix counts whole ("Party of X (PDX-P)", as
    parties that split keep their old initials with a letter of the new name).

    Returns:
        The span (cut before the bracket) and the acronym, or "".
    """
    for k in range(ent.start + 1, ent.end):
        if doc[k].text == "(":
            inner = doc[k + 1].text if k + 1 < len(doc) else ""
            cut = Span(doc, ent.start, k, label=ent.label_, kb_id=ent.kb_id)
            return cut, inner if re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", inner) else ""
    j = ent.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and \
            re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", doc[j + 1].text):
        return ent, doc[j + 1].text
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and ent.label_ == "ORG" and \
            re.fullmatch(r"[A-Z][a-z]{8,11}", doc[j + 1].text) and not is_calendar_word(doc[j + 1].text) and \
            load_gazetteer().lookup(doc[j + 1].text) is None and not doc[j + 1].ent_type_ in PLACE_ENT_TYPES:
        # "the National Chamber of X (Tolcamar)": the syllabic acronyms of Spanish and Portuguese bodies are longer
        return ent, doc[j + 1].text
    if j + 4 < len(doc) and doc[j].text == "(" and doc[j + 4].text == ")" and doc[j + 2].text in HYPHENS and \
            not doc[j + 1].whitespace_ and not doc[j + 2].whitespace_ and \
            re.fullmatch(r"[A-Z]{2,6}", doc[j + 1].text) and re.fullmatch(r"[A-Z]{1,3}", doc[j + 3].text):
        return ent, doc[j + 1:j + 4].text  # "(PDX-P)": three tokens, written without spaces
    if j + 2 < len(doc) and doc[j].text == "," and re.fullmatch(r"[A-Z]{2,6}", doc[j + 1].text) and \
            (doc[j + 2].text in {".", ";", ")"} or (doc[j + 2].text == "," and j + 3 < len(doc) and doc[j + 3].is_lower
                                                    and doc[j + 3].lower_ not in {"and", "or", "nor"})) and \
            (doc[j - 1].lower_ in PARTY_NOUNS or abbreviates(doc[j + 1].text, ent.text)):
        # "a member of the Varnay Progressive Party, VNS, said": the initials in commas, in the party's own language
        # too; a list ("the Labour Party, SNP, Plaid Cymru and …") goes on with another name, not a lower-case word
        return ent, doc[j + 1].text
    if j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "or" and \
            re.fullmatch(r"[A-Z]{2,6}", doc[j + 2].text) and doc[j + 3].text in {",", ".", ";", ")"}:
        # "the State Committee for X, or SCX, said": the initials offered as the other name (the "or" of
        # glossing), also in the body's own language
        return ent, doc[j + 2].text
    return ent, ""


def _body_of_place(doc: Doc, ent: Span, nxt: Span | None) -> tuple[Span, str, bool] | None:
    """Join a body's name to the "of <Country>" the NER cut off, when the bracketed acronym spells the whole.

    "the Press Council" + "of" + "Monaco" + "(PCM)" and "the Press Council of" + "Monaco" + "(PCM)" are
    one body, "Press Council of Monaco", whose acronym is "PCM"; so is "of" + an unlabelled name in
    capitals.  "the Press Council of Monaco (PC)" is left alone (the acronym spells the name without the
    place).

    Args:
        doc: the parsed article.
        ent: the NER's body span.
        nxt: the NER's next span.

    Returns:
        The joined span, the acronym and whether the next span was taken in, or None.
    """
    if len(ent) >= 2 and ent[-1].lower_ == "of":
        head, p = ent[:-1], ent.end
    elif ent.end < len(doc) and doc[ent.end].lower_ == "of":
        head, p = ent, ent.end + 1
    else:
        return None
    taken = nxt is not None and nxt.start == p and nxt.label_ in {"COUNTRY", "GPE", "PLACE", "LOC"}
    j = nxt.end if taken else p
    while not taken and j < len(doc) and j - p < 3 and doc[j].is_title and not doc[j].ent_type_:
        j += 1
    if j == p or not (j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and
                      re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", doc[j + 1].text)):
        return None
    acronym = doc[j + 1].text
    whole = Span(doc, ent.start, j, label="ORG")
    if abbreviates(acronym, whole.text) and (not abbreviates(acronym, head.text) or
                                             acronym[-1].casefold() == doc[p].text[:1].casefold()):
        return whole, acronym, taken  # "HRCM" may also spell "Human Rights CoMmission": the place's initial decides
    return None


def _credit_names(article: Article) -> Iterator[NameMention]:
    """The photographers and agencies of the photo credits the cleaner took out of the text, and the byline's town.

    "Anna Berg/Reuters", "Tomas Lind/AFP/Getty Images", "AP Photo/Anna Berg",
    "REUTERS/Anna Berg/File Photo", "Anna Berg | Staff Photographer", "Anna Berg on
    Unsplash" (the credit form of stock-photo platforms): the
    first person-shaped part is the photographer; every part after it in the
    chain is an agency or a platform (an organisation, also when it is
    written in lower case, "picture alliance", or looks like a name, "Ritzau
    Scanpix"); the gazetteer's agencies resolve.  A part that is the initials
    of the article's own outlet ("DP/Anna Berg" in the Daily Planet, the
    style of Asian English-language dailies) is that outlet, already named.
    A credit set in capitals ("ANNA McBERG") is read in title case.  The
    names stand in no sentence (zero-width mentions), so no quote can be
    given to them.
    """
    from .entities import ORG_WORDS, person_shaped

    gaz = load_gazetteer()
    done: set[str] = set()
    credited = {fold(p) for c in getattr(article, "photo_credits", ()) or () for p in re.split(r"\s*[/|,]\s*", c)}
    outlet = getattr(article, "outlet", None)
    entry = gaz.lookup(outlet) if outlet else None
    own_name = None
    if outlet and outlet[:1].isupper() and (entry is None or entry.cls == "Organization") and \
            not gaz.is_demonym(outlet):
        # the article's own outlet (masthead or byline): a body, though the byline's ", X" form gives no strong cue
        done.add(outlet)
        own = _publisher_mention(article, outlet, gaz)
        own_name = own.mention.kb_id or own.mention.text
        yield replace(own, org_cue=False, outlet=True)
    filed = article.filed_from
    if filed:
        # "By Anna Berg, Tolsby": the town the byline says the story was filed from
        entry = gaz.lookup(filed)
        label = {"Country": "COUNTRY", "Territory": "TERRITORY"}.get(entry.cls, "PLACE") if entry else "GPE"
        done.add(filed)
        yield NameMention(Mention(article.id, 0, 0, filed, label, kb_id=entry.name if entry else ""), place_cue=True)
    holders = getattr(article, "copyright_holders", ()) or ()
    paired = _footer_short_name(holders)
    for name in holders:
        short = COMPANY_SUFFIX.sub("", name.strip())
        if short != name.strip() and fold(short) in credited:
            name = short  # "© Anna Media & Co Ltd" and "Photo: X/Anna Media": one company
        holder = _publisher_mention(article, name.strip(), gaz)
        if holder is not None and holder.mention.text not in done:
            done.add(holder.mention.text)
            if paired and name.strip() != paired and not holder.mention.kb_id:
                holder = replace(holder, same_as=paired)  # "© TOLPRESS – Agence Tolsa Presse": one agency
            elif own_name and not holder.mention.kb_id and _outlet_company(name.strip(), outlet, gaz):
                holder = replace(holder, same_as=own_name)  # "© The Planet Newspaper" under "The Planet"
            yield replace(holder, outlet=True)
    for credit in getattr(article, "photo_credits", ()) or ():
        pair = _native_and_english_name(credit, gaz)
        if pair is not None:
            native, english = pair
            if english not in done:
                done.add(english)
                yield NameMention(Mention(article.id, 0, 0, english, "ORG"), org_cue=True)
            if native not in done:
                done.add(native)
                yield NameMention(Mention(article.id, 0, 0, native, "ORG"), org_cue=True, same_as=english)
            continue
        photographer = False
        # "Anna Berg on Unsplash", "Anna Berg via Flickr": the platform the photographer posted on
        for part in re.split(r"\s*[/|]\s*|\s*,\s*|\s+(?:for|via|on)\s+", credit):
            # "COURTESY OF THE CITY"; "(Supplied: Tolsby Council/X)", the ABC's credit of a handout
            part = re.sub(r"^(?:courtesy\s+of\s+|via\s+|(?:supplied|source|credit)\s*:\s*)", "", part, flags=re.I)
            words = [w for w in part.split() if w.casefold().strip(".") not in CREDIT_WORDS]
            name = " ".join(words).strip(" .;:()[]")
            if len(name) < 2 or name in done:
                continue
            if outlet and re.fullmatch(r"[A-Z]{2,5}", name) and abbreviates(name, outlet):
                continue  # "DP/Anna Berg" in the Daily Planet: the outlet's initials
            entry = gaz.lookup(name)
            if entry is None and len(words) >= 2:
                name = uncapitalise_name(name)  # "PETER McKINNON"
                entry = gaz.lookup(name)
            agency = photographer and not any(ch.isdigit() for ch in name)
            if not (name[0].isupper() or agency):
                continue
            done.add(name)
            if entry is not None:
                label = RULER_CLASS_LABEL.get(entry.cls, "ORG")
                yield NameMention(Mention(article.id, 0, 0, name, label, kb_id=entry.name))
            elif agency or _credited_body(name):
                yield NameMention(Mention(article.id, 0, 0, name, "ORG"), org_cue=True)
            elif 2 <= len(words) <= 4 and person_shaped(name) and not gaz.is_demonym(name):
                photographer = True
                yield NameMention(Mention(article.id, 0, 0, name, "PERSON"), title_before=True)
            elif words and (name.split()[-1].casefold() in ORG_WORDS or re.fullmatch(r"[A-Z][A-Za-z.&-]+", name)
                            or "." in name):
                yield NameMention(Mention(article.id, 0, 0, name, "ORG"), org_cue=True)


#: words that make a photo credit a body's, in English and in the Romance languages of navies, armies, police
#: forces and ministries that hand out pictures ("Photo: National Coast Guard", "(Photo: Armada de Tolsa)")
CREDIT_BODY_WORDS = {"national", "nationale", "nacional", "nazionale", "federal", "royal", "royale", "armada",
                     "marinha", "gendarmerie", "coastguard", "ministère", "ministerio", "ministero", "ministério",
                     "armée", "ejército", "exército", "esercito", "fuerza", "fuerzas", "força", "forças", "policía",
                     "polícia", "polizia", "gobierno", "governo", "gouvernement", "images", "pictures", "photography",
                     "archive", "archives", "library", "museum"}


def _credited_body(name: str) -> bool:
    """Tell whether a photo credit names a body, not a photographer: "Armada Nacional", "Government of Tolsby".

    Navies, armies, police forces, governments and picture agencies hand out
    pictures under their own name (the credit style of official handouts);
    a word of :data:`CREDIT_BODY_WORDS`, a body's head word anywhere in the
    name, or "of" between capitalised words ("Friends of Tolsby Park") makes
    the credit a body's.

    Args:
        name: one part of a photo credit, without its credit words.

    Returns:
        True for a body's name.
    """
    from .entities import ORG_WORDS

    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    folded = {w.casefold().strip(".,") for w in words}
    if folded & (CREDIT_BODY_WORDS | ORG_WORDS):
        return True
    return bool(re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)* of (?:the )?[A-ZÀ-Þ][\w'’ -]+", name))


def _native_and_english_name(credit: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """Read a credit that names one body in its own language and in English: "Kystverket / Norwegian Coastal
    Administration".

    Papers outside the English-speaking world credit a state body by its own
    one-word name, then its English name opened by the country's adjective
    (the style of the Nordic and Baltic English-language sites).  Two agencies
    ("Reuters / AFP") are no such pair: the gazetteer lists them, and neither opens with a nationality.

    Args:
        credit: a photo credit.
        gaz: the gazetteer.

    Returns:
        (the native name, the English name), or None.
    """
    parts = [p.strip(" .") for p in re.split(r"\s*/\s*", credit)]
    if len(parts) != 2:
        return None
    native, english = parts
    words = english.split()
    if not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{3,}", native) or gaz.lookup(native) is not None or \
            gaz.is_demonym(native) or not 2 <= len(words) <= 5 or not gaz.country_of_demonym(words[0]) or \
            not all(w[:1].isupper() or w in {"of", "and", "for"} for w in words) or gaz.lookup(english) is not None:
        return None
    return native, english


#: words of a publishing company's name after its outlet's title ("Premium Times Services Limited", "The Irish
#: Times DAC"): its legal form and its trade
COMPANY_TAIL_WORDS = {"", "limited", "ltd", "plc", "inc", "llc", "dac", "gmbh", "ag", "as", "asa", "ab", "sa", "sas",
                      "srl", "spa", "bv", "nv", "pty", "pvt", "pte", "bhd", "sdn", "co", "company", "corp",
                      "corporation", "group", "holdings", "services", "media", "publications", "publishing",
                      "publishers", "newspapers", "press", "network", "networks", "international", "digital"}
#: the legal form closing a company's name ("& Co Ltd", "Limited", "PLC")
COMPANY_SUFFIX = re.compile(r"\s*(?:&\s*Co\.?(?:\s+(?:Ltd|Limited)\.?)?|,?\s+(?:Ltd|Limited|PLC|plc|Inc|LLC|GmbH|"
                            r"Pvt\.?\s+Ltd))\.?$")


def _footer_short_name(holders: tuple[str, ...] | list[str]) -> str | None:
    """Find the short name of a footer that gives a body's short name and then its full name.

    "© 2025 TOLPRESS – Agence Tolsa Presse": agencies and papers set their short name in capitals before their
    full style; the short name need not be strict initials ("TOLPRESS" takes syllables), so its letters need
    only occur in order in the full name, the first opening its first word or a later one (the letter test of
    Schwartz & Hearst 2003).

    Args:
        holders: the copyright holders of one footer, in order.

    Returns:
        The short name when there are two holders, a word in capitals of 2-10 letters then a name of two or
        more capitalised words whose letters hold it in order; else None.
    """
    if len(holders) != 2:
        return None
    short, full = (h.strip() for h in holders)
    words = full.split()
    if not re.fullmatch(r"[A-Z]{2,10}", short) or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if not any(fold(w).startswith(short[0].casefold()) for w in words):
        return None
    letters = iter(fold(full))
    return short if all(c in letters for c in short.casefold()) else None


#: words after an outlet's title in its footer that describe the title, not another body ("The Planet Newspaper",
#: "TOLPRESS Ruritanian News Agency")
OUTLET_STYLE_WORDS = {"newspaper", "news", "agency", "daily", "weekly", "online"}


def _outlet_company(holder: str, outlet: str, gaz: Gazetteer) -> bool:
    """Tell whether a footer's holder is the article's own outlet under a longer style.

    "© The Planet Newspaper" under the masthead "The Planet", "© TOLPRESS Ruritanian News Agency" under
    "TOLPRESS", "© Planet Co. Ltd." under "The Planet": the outlet's title (with or without "The"), then only
    words of a company's legal form or trade, of the outlet's kind, or a nationality.

    Args:
        holder: the copyright holder's name.
        outlet: the article's outlet.
        gaz: the gazetteer.

    Returns:
        True for the outlet's own longer style.
    """
    def words(name: str) -> list[str]:
        out = [re.sub(r"[.,&]", "", fold(w)) for w in name.split()]
        return out[1:] if out[:1] == ["the"] else out

    own, held = words(outlet), words(holder)
    rest = [w for w in held[len(own):] if w]
    return bool(own) and held[:len(own)] == own and bool(rest) and all(
        w in COMPANY_TAIL_WORDS or w in OUTLET_STYLE_WORDS or gaz.is_demonym(w.capitalize()) for w in rest)


def _publisher_mention(article: Article, holder: str, gaz: Gazetteer) -> NameMention | None:
    """The mention of a site's publisher read off its copyright line or footer bar ("© Name").

    The holder is an organisation.  A holder that opens with a known outlet's
    name or the article's own outlet ("The Irish Times DAC", "Premium Times
    Services Limited") is that outlet's company and joins it.

    Args:
        article: the article.
        holder: the publisher's name.
        gaz: the gazetteer.

    Returns:
        An ORG mention (zero width: the footer is no article text), or None.
    """
    if len(holder) < 2 or not holder[:1].isupper():
        return None
    entry = gaz.lookup(holder)
    if entry is None:
        words = holder.split()
        for n in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:n])
            e = gaz.lookup(prefix)
            if e is not None and e.outlet and \
                    all(re.sub(r"[.,&]", "", fold(w)) in COMPANY_TAIL_WORDS for w in words[n:]):
                entry = e  # "Premium Times Services Limited" (not "The Independent" + "Varnay Observer": another title)
                break
    outlet = getattr(article, "outlet", None)
    own = gaz.lookup(outlet) if outlet else None
    if entry is None and own is not None and own.outlet and len(holder.split()) > len(outlet.split()) and \
            fold(holder).endswith(" " + fold(outlet)):
        entry = own  # "Agencia Ruritana de Noticias Tolsa" in Tolsa's own article: the agency's full style
    if entry is not None and entry.cls == "Organization":
        return NameMention(Mention(article.id, 0, 0, holder, "ORG", kb_id=entry.name))
    return NameMention(Mention(article.id, 0, 0, holder, "ORG"), org_cue=True)


# head words of named districts below the city ("Chiyoda Ward", "Manheim Township")
DISTRICT_WORDS = {"ward", "township", "borough", "district", "prefecture", "county", "parish", "municipality",
                  "chiefdom"}
#: last words of the names of small islands ("Pelican Caye", "Turtle Cay"): places, never people
ISLAND_TAILS = {"caye", "cay", "cayes", "cays", "islet", "atoll"}
# lower-case heads of named sites ("the Bluejay mine", "the Tarbela dam")
#: lower-case kinds of areas after a name the NER missed ("the Pithoragarh district" style)
LOWER_AREA_WORDS = {"district", "department", "province", "prefecture", "county", "municipality", "region"}
#: lower-case kinds of electoral areas after a name ("Varnay Lakeside ward", "the Kolb North constituency")
SEAT_AREA_WORDS = {"ward", "constituency", "electorate"}
#: lower-case nouns of a border zone after the name of the area it runs along ("along the Varnay frontier")
FRONTIER_WORDS = {"frontier", "frontiers", "borderland", "borderlands"}
SITE_NOUNS = {"mine", "mines", "oilfield", "gasfield", "refinery", "smelter", "dam", "reservoir"}
#: lower-case nouns of religious sites after the saint's or founder's name that names them ("the Ana Lind monastery"):
#: the name is the site's, never a person's
HOLY_SITE_NOUNS = {"monastery", "monasteries", "convent", "abbey", "hermitage", "lavra", "shrine", "cathedral",
                   "basilica"}


def _named_complex(doc: Doc, ent: Span) -> bool:
    """Tell whether a name read as a person or a body is the name of a site: "the Varsk Tolen complex".

    A definite "the X complex" names a group of buildings on one site (a monastery, temple or palace
    complex); a body's name keeps its own head word ("the Tolsa Mining Company complex" is left alone).

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when "the" precedes the name and a lower-case "complex" follows it.
    """
    return ent.label_ in {"PERSON", "ORG", "FAC"} and ent.start >= 1 and ent.end < len(doc) and \
        doc[ent.start - 1].lower_ == "the" and doc[ent.end].text == "complex" and _glued(doc, ent.end - 1) and \
        ent[-1].text not in BODY_HEADS and not any(t.lower_ in {"company", "group", "corporation"} for t in ent)


# first words of landform names the NER misses ("Mount Pleasant", "Lake Tana"): places, never people
LANDFORM_START = {"mount", "mt", "lake", "cape", "isle", "gulf", "strait"}


#: words of the name of the Olympic Games after the host city ("PyeongChang Winter Olympics", "Paris 2024 Olympic Games")
OLYMPIC_WORDS = {"olympics", "paralympics", "olympic", "paralympic", "games", "winter", "summer", "youth"}


def _olympic_host(doc: Doc, ent: Span, gaz: Gazetteer) -> Span | None:
    """Find the host city inside the name of an Olympic Games: "PyeongChang" in "PyeongChang Winter Olympics".

    The Olympic Charter names each Games after its host city, so the
    capitalised words before "Olympics" / "Olympic Games" / "Winter Games"
    are a place (a year and "the" before them are no part of it).  Names of
    other games ("Asian Games", "Commonwealth Games") have no host city in them:
    a demonym or a gazetteer body is no host.

    Args:
        doc: the Doc.
        ent: any entity.
        gaz: the gazetteer.

    Returns:
        The host city's span (label GPE), or None.
    """
    words = [t.lower_ for t in ent]
    if len(ent) < 2 or words[-1] not in {"olympics", "paralympics", "games"} or \
            (words[-1] == "games" and words[-2] not in OLYMPIC_WORDS - {"games"}):
        return None
    b = ent.end
    while b > ent.start and doc[b - 1].lower_ in OLYMPIC_WORDS:
        b -= 1
    a = ent.start
    while a < b and (doc[a].lower_ in {"the", "a"} or doc[a].like_num):
        a += 1
    while b > a and doc[b - 1].like_num:
        b -= 1  # "Paris 2024 Olympics"
    if a >= b or b - a > 3 or not all(t.is_alpha and t.text[:1].isupper() for t in doc[a:b]):
        return None
    host = doc[a:b].text
    entry = gaz.lookup(host)
    if gaz.is_demonym(host) or (entry is not None and entry.cls == "Organization"):
        return None
    return Span(doc, a, b, label="GPE")


def _possessed_office(ent: Span) -> Span | None:
    """Find the owner of an office the NER read as a body's name: "Ruritania's Minister of Trade".

    A body's name does not hold a possessive followed by a person's office ("Minister", "Ambassador"); the words
    before the possessive name the state or place whose office it is.

    Args:
        ent: an ORG entity.

    Returns:
        The owner's span, or None.
    """
    if ent.label_ != "ORG" or len(ent) < 3 or not ent[0].is_title:
        return None
    for t in ent[1:-1]:
        if t.text in {"'s", "’s"} and ent.doc[t.i + 1].lower_ in OFFICE_TITLE_HEADS and \
                all(w.is_title for w in ent.doc[ent.start:t.i]):
            return ent.doc[ent.start:t.i]
    return None


def _misread_name(ent: Span) -> bool:
    """Tell whether a non-name entity (DATE, CARDINAL, …) is really a name.

    The small model sometimes reads unfamiliar names as dates ("Pieter-Jan
    Van der Elst" as DATE): a non-name label over title-case words, hyphens
    and particles only, with no digit and no calendar word, is a misreading.
    """
    if ent.label_ in NAME_LABELS or any(ch.isdigit() for ch in ent.text):
        return False
    words = [t for t in ent if t.text not in {"-", "‐"}]
    return bool(words) and words[0].is_title and all(
        (t.is_title or t.lower_ in NAME_PARTICLES) and not is_calendar_word(t.text) for t in words)


OFFICE_NAME = re.compile(r"(?:\b([A-Z][a-z]+)\s+)?\b((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+['’]s\s+Office)\b")


def _office_names(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """An office-holder's office the NER misses: "the Prime Minister's Office",
    "the Israeli Prime Minister's Office", "the Governor's Office".

    The words before "'s Office" must be a person title; a demonym before them
    belongs to the name.
    """
    gaz = load_gazetteer()
    titles = _title_and_modifier_words()
    for m in OFFICE_NAME.finditer(doc.text):
        head = m.group(2).rsplit(" ", 1)[0]
        words = re.sub(r"['’]s$", "", head).split()
        if not all(w.casefold() in titles for w in words):
            continue
        start = m.start(1) if m.group(1) and gaz.is_demonym(m.group(1)) else m.start(2)
        key = (start, m.end())
        if key in seen or any(a < m.end() and start < b for a, b in seen):
            continue
        seen.add(key)
        yield NameMention(mention=Mention(article=article.id, start=start, end=m.end(),
                                          text=doc.text[start:m.end()], label="ORG"), org_cue=True)


def _who_follows(doc: Doc, j: int) -> bool:
    """A relative clause on a person opens at token j: "X, who calls himself …".

    English uses "who" for people and "which" for things and places, so a
    name the NER missed followed by ", who" is a person's.

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True for ", who" / ", whose" right after the name.
    """
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in {"who", "whose", "whom"}:
        return True
    # ", elected for X": a member elected for a seat; ", aged 54" or ", 54,": only people have an age in years
    return j + 2 < len(doc) and doc[j].text == "," and (
        (doc[j + 1].lower_ in {"elected", "re-elected"} and doc[j + 2].lower_ == "for") or
        (doc[j + 1].lower_ == "aged" and doc[j + 2].like_num) or
        (re.fullmatch(r"[1-9]\d?|1[01]\d", doc[j + 1].text) is not None and doc[j + 2].text in {",", ".", ";"}))


def _set_in_place(doc: Doc, j: int) -> bool:
    """Tell whether ", (also) in <place>," follows a name: "X, also in Varnay County, …".

    Only places stand inside places (the containment cue of :func:`_placed_in_known_place`); the place is a
    name the NER or the ruler reads as a place, and the appositive closes (a comma, a full stop or "where").

    Args:
        doc: the Doc.
        j: the token after the name.

    Returns:
        True for the appositive.
    """
    if j + 2 >= len(doc) or doc[j].text != ",":
        return False
    k = j + 1
    if doc[k].lower_ == "also":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "in" or doc[k + 1].ent_type_ not in PLACE_LABELS or \
            doc[k + 1].ent_iob_ != "B":
        return False
    end = k + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end >= len(doc) or doc[end].text in {",", ".", ";"}


def _unseen_mention(article: Article, seen: set[tuple[int, int]], span: Span, label: str,
                    **flags) -> Iterator[NameMention]:
    """A mention for ``span`` unless a mention already holds any of its characters.

    Args:
        article: the article.
        seen: character spans already given a mention (updated).
        span: the name's tokens.
        label: the mention's label.
        **flags: the :class:`NameMention` cues ("place_cue", "in_quote", ...).

    Yields:
        The mention, or nothing.
    """
    key = (span.start_char, span.end_char)
    if key in seen or any(a < span.end_char and span.start_char < b for a, b in seen):
        return
    seen.add(key)
    yield NameMention(mention=Mention(article=article.id, start=span.start_char, end=span.end_char, text=span.text,
                                      label=label), **flags)


def _unlabelled_names(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """Proper-noun runs the NER missed after a title or a country's possessive.

    "China's Xi Jinping", "Kremlin spokesman Ivan Petrov": two or three
    title-case PROPN tokens right after a person title or a possessive
    country name, or before a person appositive or ", who", are a person.  A run ending on a district word ("Chiyoda
    Ward") is a place, and so is one set inside a place (", also in Varnay County,").
    """
    from .nlp import english_words

    words = english_words()
    gaz = load_gazetteer()
    for m in re.finditer(r"\[([A-Z][a-z][\w'’-]*)\]\s+([A-Z][a-z][\w'’-]+)", doc.text):
        key = (m.start(), m.end())
        if m.group(1).casefold() in words or gaz.is_demonym(m.group(2)) or gaz.lookup(m.group(2)):
            continue
        if key not in seen and not any(s <= m.start() < e for s, e in seen):
            seen.add(key)
            name = f"{m.group(1)} {m.group(2)}"
            yield NameMention(mention=Mention(article=article.id, start=m.start(), end=m.end(), text=name,
                                              label="PERSON"), title_before=True)
    yield from _office_names(doc, article, seen)
    yield from _lone_legislatures(doc, article, seen)
    covered = {i for e in doc.ents if not _misread_name(e) and not (  # "X Y" + the NER's group "Z": a surname
        e.start > 0 and doc[e.start - 1].pos_ == "PROPN" and doc[e.start - 1].is_title and
        _surname_read_as_group(doc, e.start, {e.start})) for i in range(e.start, e.end)}
    i = 0
    titles = _title_words()
    skip = titles | TITLE_MODIFIERS
    words_en = words
    while i < len(doc):
        tok = doc[i]
        if i not in covered and (k := _party_home_place_end(doc, i, covered)) > i:
            # "Rep. Anna Berg, D-Tolsby Springs,": the party's letters are no name; the home town is a place
            yield from _unseen_mention(article, seen, doc[i + 2:k], "GPE", place_cue=True,
                                       in_quote=_in_quote(doc, doc[i + 2].idx))
            i = k
            continue
        if tok.pos_ == "PROPN" and tok.is_title and i not in covered and tok.lower_ not in skip:
            j, words, hon = i, 0, 0
            while j < len(doc) and j not in covered and words - hon < 4:
                if doc[j].pos_ == "PROPN" and doc[j].is_title and doc[j].lower_ not in skip:
                    # (a chain of honorifics, "Seri Laila Jasa Awang Haji", does not use up the name's words)
                    hon += words == hon and j - i < 6 and _honorific_word(doc[j].text)
                    j += 1
                    words += 1
                elif j > i and _hyphen_next(doc, j) and j + 1 not in covered:
                    j += 2
                    words += 1
                elif j > i and _romanised_given_name_at(doc, j) and j + 1 not in covered:
                    j += 2  # "Oh Jae" + "-won": the lower-case syllable ends the given name
                    break
                elif j > i and hyphen_link_at(doc, j) and j + 3 not in covered:
                    j += 4
                    words += 1
                elif j > i and (n := _particle_run(doc, j)) and j + n not in covered:
                    j += n  # "Van der" + "Elst": the name word is taken on the next turn
                else:
                    break
            if j < len(doc) and doc[j - 1].lower_ in OFFICE_HEAD_WORDS and j - i <= 3 and \
                    doc[j].ent_type_ == "PERSON":
                i = j  # "Harbour Constable" + the NER's "Ana Berg": the post before a name is no name
                continue
            office = _office_led_name(doc, i, j) if words <= 4 else None
            if office is not None:
                i, words = office, j - office  # "Harbour Constable Ana Berg": the name after the post
            # "Minister for Reintegration Doina X": the portfolio's common words are not the name
            b = i
            while b > 0 and doc[b - 1].lower_ in TITLE_MODIFIERS and doc[b - 1].is_title:
                b -= 1  # "Minister of Foreign Affairs X": a title modifier ("Foreign") opens the portfolio
            portfolio = b >= 2 and doc[b - 1].lower_ in {"for", "of"} and doc[b - 2].lower_ in skip
            if portfolio and b == i and 2 <= words <= 4 and j + 1 < len(doc) and doc[j].text == "," and (
                    doc[j + 1].lower_.rstrip(".") in titles or doc[j + 1].ent_type_ == "PERSON") and \
                    not gaz.lookup(doc[i:j].text) and not any(t.lower_ in words_en for t in doc[i:j]):
                # "the Secretary-General of X Y, Chief Z,": the name apposed after the comma is the holder's, so
                # the run after "<title> of" is the body the title is of (a portfolio is made of English words)
                yield from _unseen_mention(article, seen, doc[i:j], "ORG", org_cue=True,
                                           in_quote=_in_quote(doc, doc[i].idx))
                i = j
                continue
            if portfolio:
                while words > 2 and doc[i + 1].pos_ == "PROPN" and (
                        doc[i].lower_ in words_en or re.search(r"(tion|ment|ance|ence|ity|ism|ure|ing|ry|cy|ics)$",
                                                               doc[i].lower_)):
                    i += 1
                    words -= 1
            if _portfolio_run(doc, i, j, words_en):
                i = j  # "Minister of Maritime Affairs, X,": the portfolio itself is no name
                continue
            site = j < len(doc) and doc[j].lower_ in SITE_NOUNS and doc[j].is_lower and words >= 1 and \
                not doc[i].is_sent_start and not gaz.is_demonym(doc[i:j].text) and doc[i].lower_ not in words_en
            if site:
                # "the Bluejay mine": a named site the NER missed; the common noun is part of its name
                span = doc[i:j + 1]
                yield from _unseen_mention(article, seen, span, "FAC", place_cue=True)
            elif j < len(doc) and doc[j].lower_ in LOWER_AREA_WORDS and doc[j].is_lower and 1 <= words <= 2 and \
                    doc[i].lower_ not in words_en and not gaz.is_demonym(doc[i:j].text) and not gaz.lookup(doc[i:j].text):
                # "Uttarakhand's Pithoragarh district": an area the NER missed, its kind in lower case
                span = doc[i:j + 1]
                yield from _unseen_mention(article, seen, span, "GPE", place_cue=True)
            elif j < len(doc) and doc[j].lower_ in SEAT_AREA_WORDS and doc[j].is_lower and 1 <= words <= 3 and \
                    doc[i].lower_ not in words_en and not gaz.is_demonym(doc[i:j].text) and \
                    not gaz.lookup(doc[i:j].text):
                # "represents Varnay Lakeside ward": an electoral area the NER missed; the kind is no part of its name
                span = doc[i:j]
                yield from _unseen_mention(article, seen, span, "GPE", place_cue=True)
            elif j < len(doc) and doc[j].lower_ in FRONTIER_WORDS and doc[j].is_lower and 1 <= words <= 2 and \
                    i >= 1 and doc[i - 1].lower_ == "the" and doc[i].lower_ not in words_en and \
                    not gaz.is_demonym(doc[i:j].text) and not gaz.lookup(doc[i:j].text):
                # "along the Varnay frontier": the area a border zone runs along, a place the NER missed
                yield from _unseen_mention(article, seen, doc[i:j], "GPE", place_cue=True,
                                           in_quote=_in_quote(doc, doc[i].idx))
            elif words >= 2 and (doc[j - 1].lower_ in DISTRICT_WORDS | ISLAND_TAILS or doc[i].lower_ in LANDFORM_START):
                # "Chiyoda Ward", "Manheim Township", "Pelican Caye": a district or an island the NER missed (an
                # untagged "X Island" is labelled upstream, by nlp.find_island_names)
                span = doc[i:j]
                yield from _unseen_mention(article, seen, span, "GPE", place_cue=True)
            elif 1 <= words <= 3 and _settlement_appositive(doc, j) and not gaz.is_demonym(doc[i:j].text) and \
                    not gaz.lookup(doc[i:j].text) and not (j == i + 1 and doc[i].lower_ in words_en):
                # "X, a town of 3,000 residents": a settlement the NER missed, named so by its appositive
                span = doc[i:j]
                yield from _unseen_mention(article, seen, span, "GPE", place_cue=True, settlement=True,
                                           in_quote=_in_quote(doc, span.start_char))
            elif 1 <= words <= 3 and _set_in_place(doc, j) and not doc[i].is_sent_start and \
                    not gaz.is_demonym(doc[i:j].text) and not gaz.lookup(doc[i:j].text):
                # "shares the river with X, also in Y County": a town the NER missed, set inside a place (the
                # English word list is no test here: WordNet lists many towns)
                span = doc[i:j]
                yield from _unseen_mention(article, seen, span, "GPE", place_cue=True,
                                           in_quote=_in_quote(doc, span.start_char))
            elif 1 <= words <= 3 and _kin_appositive(doc, doc[i:j]) and not gaz.is_demonym(doc[i:j].text) and \
                    not gaz.lookup(doc[i:j].text):
                # "beside her husband, Tomas.": a relative's given name the NER missed (see _kin_appositive)
                span = doc[i:j]
                yield from _unseen_mention(article, seen, span, "PERSON", title_before=True,
                                           in_quote=_in_quote(doc, span.start_char))
            elif words == 1 and _repeated_locative(doc, i) and doc[i].lower_ not in words_en and \
                    not gaz.is_demonym(doc[i].text) and not gaz.lookup(doc[i].text):
                # "a boat from X … told reporters in X": a town the NER missed, twice after a place preposition
                yield from _unseen_mention(article, seen, doc[i:j], "GPE", place_cue=True,
                                           in_quote=_in_quote(doc, doc[i].idx))
            elif words >= 2:
                prev = doc[i - 2 if okina_before(doc, i) else i - 1] if i >= 1 else None  # "Sister 'Ana X"
                after_poss = prev is not None and prev.text in {"'s", "’s"} and i >= 2 and \
                    doc[i - 2].ent_type_ in {"COUNTRY", "GPE"}
                after_title = prev is not None and (prev.lower_.rstrip(".") in skip or office is not None) or \
                    portfolio and words >= 2
                apposition = _appositive_kind(doc, j) == "person" or _who_follows(doc, j)
                after_title = after_title or (prev is not None and prev.text == "," and i >= 2 and any(
                    t.lower_ in skip for t in doc[max(0, i - 5):i - 1]) and not any(
                    t.pos_ in {"VERB", "AUX"} or t.is_punct and t.text not in {"-", "'s", "’s"}
                    for t in doc[max(0, i - 5):i - 1]))  # "its Foreign Minister, X,", "the envoy on Cyprus, X,"
                if after_poss or after_title or apposition or _speaks(doc[i:j]):
                    span = doc[i:j]
                    key = (span.start_char, span.end_char)
                    if key not in seen and not any(a < span.end_char and span.start_char < b for a, b in seen):
                        seen.add(key)
                        full = _body_short_form(doc, span, words_en)
                        if full:
                            yield NameMention(mention=Mention(article=article.id, start=span.start_char,
                                                              end=span.end_char, text=span.text, label="ORG"),
                                              speaks=_speaks(span), in_quote=_in_quote(doc, span.start_char),
                                              acronym_of=full if full != span.text else "")
                            i = max(j, i + 1)
                            continue
                        m = Mention(article=article.id, start=span.start_char, end=span.end_char,
                                    text=clean_surface(span.text, person=True), label="PERSON")
                        yield NameMention(mention=m, title_before=after_title, speaks=_speaks(span),
                                          appositive_title=apposition)
            i = max(j, i + 1)
        else:
            i += 1


#: prepositions of place before a town's name: "in X", "from X", "near X"
LOCATIVE_PREPS = {"in", "from", "near", "outside", "at", "to"}


def _repeated_locative(doc: Doc, i: int, every: bool = False) -> bool:
    """Tell whether the one-word name at token ``i`` follows "in" and, once more, a place preposition.

    One sense per discourse (Gale, Church & Yarowsky 1992) with the locative frame: a word the NER left untagged
    (or read as a one-word person's name) that the text puts after "in" and, elsewhere, after "in", "from",
    "near", "at" or "to" is a town ("a boat from X", "told reporters in X").  A word that is part of a longer
    name, of a person's longer name or a sentence's first word is not taken.

    Args:
        doc: the Doc.
        i: the token (a one-word title-case proper noun).
        every: every occurrence must follow a place preposition (for a word the NER read as a person).

    Returns:
        True when at least two occurrences (untagged or one-word persons) follow a place preposition and one of
        them follows "in".
    """
    word = doc[i].text
    if any(len(e) > 1 and word in {t.text for t in e} for e in doc.ents if e.label_ == "PERSON"):
        return False
    preps = []
    for t in doc:
        if t.text != word:
            continue
        if t.ent_type_ not in {"", "PERSON"} or t.i == 0 or t.is_sent_start:
            return False  # (a sentence's subject may be a person: "X said")
        if t.i + 1 < len(doc) and (doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title or
                                   doc[t.i + 1].text in {"'s", "’s", "'", "’"}):
            return False  # part of a longer name somewhere, or an owner ("in X's view" may be a person's)
        prev = doc[t.i - 1].lower_
        if prev in LOCATIVE_PREPS:
            preps.append(prev)
        elif every:
            return False
    return len(preps) >= 2 and "in" in preps


#: endings of the abstract nouns that name a ministry's field ("Relations", "Development", "Finance")


def _body_short_form(doc: Doc, span: Span, words: frozenset[str] | set[str]) -> str:
    """Whether ``span`` is the short form of an organisation its article names in full.

    "the Varnek Port Trust … the Port Trust said": an article shortens a body's name to its last
    words once it has given it in full. A run of English words only that closes an organisation's full name in
    the same article is that body, not a person, even when it speaks.

    Args:
        doc: the parsed article.
        span: a run of title-case words the NER missed.
        words: the English word list.

    Returns:
        The full name when every word is an English word and an ORG entity of the article ends with (or is) the
        same words, else "".
    """
    if len(span) < 2 or not all(t.lower_ in words for t in span):
        return ""
    tail = [t.lower_ for t in span]
    for e in doc.ents:
        if e.label_ == "ORG" and len(e) >= len(span) and [t.lower_ for t in e[-len(span):]] == tail:
            return clean_surface(e.text)
    return ""


def _portfolio_run(doc: Doc, i: int, j: int, words: frozenset[str] | set[str]) -> bool:
    """Whether ``doc[i:j]`` is a portfolio after "of"/"for", not a name.

    "Minister of Regional Integration", "Secretary for Maritime Affairs": the run after the preposition is
    made of English words only and ends on a field noun (an abstract noun ending as "-tion", "-ment", "-ity",
    or "Affairs", or one of the usual portfolios), so it names the office's field. Person names ending in such
    a noun are rare; a name after the portfolio ("… Affairs Dalia Voss") leaves the run ending on the name.

    Args:
        doc: the parsed article.
        i: the run's first token.
        j: the token after the run.
        words: the English word list.

    Returns:
        True when the run is a portfolio.
    """
    if i < 2 or j <= i or doc[i - 1].lower_ not in {"of", "for"}:
        return False
    run = doc[i:j]
    if not all(t.lower_ in words or t.lower_ in PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS for t in run):
        return False
    last = run[-1].lower_
    return bool(PORTFOLIO_ENDINGS.search(last)) or last in PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS


#: one-word names of legislatures, capitalised mid-sentence when they name the country's own house
LONE_LEGISLATURES = {"Parliament", "Senate", "Congress"}


def _lone_legislature_at(doc: Doc, i: int) -> bool:
    """Token i is a bare capitalised legislature word that names a house ("told Parliament on Monday").

    Not at the start of a sentence, not inside a longer name ("European Parliament", "Parliament House",
    "Parliament of X") and not a common noun ("a Parliament veto", "Scotland's Parliament building").
    """
    tok = doc[i]
    if tok.text not in LONE_LEGISLATURES or tok.is_sent_start or i == 0:
        return False
    prev, nxt = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
    return not (prev.is_title or prev.is_upper or prev.lower_ in {"a", "an"} or prev.text in {"'s", "’s"} or
                prev.is_quote or (nxt is not None and (nxt.is_title or nxt.lower_ == "of" or nxt.pos_ == "NOUN")))


def _overlaps(key: tuple[int, int], seen: set[tuple[int, int]]) -> bool:
    """Whether the character span ``key`` overlaps a span already given a mention."""
    return any(a < key[1] and key[0] < b for a, b in seen)


def _lone_legislatures(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """A legislature named by its bare capitalised head word that the NER left out ("told Parliament on Monday").

    Commonwealth and US house style capitalise "Parliament", "Senate" and "Congress" when they mean the
    country's own house (the Guardian and AP style guides); "a parliament" or a sentence-initial word is no name.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).

    Yields:
        ORG mentions.
    """
    for tok in doc:
        if tok.ent_type_ or not _lone_legislature_at(doc, tok.i):
            continue
        key = (tok.idx, tok.idx + len(tok))
        if _overlaps(key, seen):
            continue
        seen.add(key)
        yield NameMention(Mention(article.id, key[0], key[1], tok.text, "ORG"), org_cue=True,
                          in_quote=_in_quote(doc, key[0]))


#: titles of a town's or a region's head that a place name modifies: "Lakeview Mayor Anna Berg"
#: words between a possessive and a place noun that make the owner someone's home, not a place ("Berg's home town")
HOME_WORDS = {"home", "native", "adopted", "birth"}
#: prepositions of a journey's ends: "flew to X", "the ferry from X", "heading for X"
TRAVEL_PREPOSITIONS = {"to", "for", "towards", "toward", "from"}
#: nouns of scheduled journeys whose "from"/"to" objects are places: "the ferry from X", "flights to X"
TRAVEL_NOUNS = {"flight", "flights", "sailing", "sailings", "ferry", "ferries", "crossing", "crossings", "train",
                "trains", "bus", "buses", "voyage", "voyages", "commute", "departure", "departures"}
#: verbs of travel whose "to"/"for"/"from" object is a journey's end: "hikers heading for X", "flew to X"
TRAVEL_VERBS = {"head", "travel", "fly", "sail", "drive", "walk", "hike", "cycle", "trek", "journey", "flee",
                "march", "relocate", "commute", "emigrate", "climb", "ride", "bus", "row", "go"}
#: adverbs of direction between a travel verb and its preposition: "go back to X", "fly home from X"
TRAVEL_PARTICLES = {"back", "home", "away", "out", "off", "over", "down", "up", "on", "straight", "north", "south",
                    "east", "west", "inland", "abroad", "overseas"}
#: verbs of crossing and arriving whose "at" object is a place: "lorries cross at X", "the ferry docked at X"
ARRIVAL_VERBS = {"cross", "land", "dock", "berth", "moor", "anchor", "arrive", "disembark"}
#: words of the sea whose "off" object is a stretch of coast: "boats seized off X", "a trawler sank off X"
SEA_WORDS = {"boat", "boats", "vessel", "vessels", "ship", "ships", "trawler", "trawlers", "fisherman", "fishermen",
             "fisher", "fishers", "tanker", "tankers", "ferry", "ferries", "yacht", "yachts", "warship", "warships",
             "crew", "crews", "dhow", "dhows", "sink", "capsize", "detain", "seize", "intercept", "anchor", "fish",
             "patrol", "sail", "drown", "tow", "rescue", "aground", "wreck", "coastguard"}
#: kin nouns that, followed by a comma, introduce a relative's name: "with her husband, Tom."
#: the gender of the kin nouns that have one (for the relative's surname, see _kin_surname)
KIN_GENDER = {"husband": "m", "wife": "f", "son": "m", "daughter": "f", "brother": "m", "sister": "f", "mother": "f",
              "father": "m", "fiance": "m", "fiancé": "m", "fiancee": "f", "fiancée": "f", "widow": "f", "widower": "m"}
KIN_NOUNS = {"husband", "wife", "son", "daughter", "brother", "sister", "mother", "father", "partner", "fiance",
             "fiancé", "fiancee", "fiancée", "widow", "widower", "grandson", "granddaughter", "nephew", "niece"}
#: generic names of a legislature's chambers ("a Lower House committee"): no body of their own
#: lower-case heads that make the name before them a station, a staffed site named after a person or a ship ("X
#: station", "X research station", "X and Y stations": the style of the national Antarctic programmes' station
#: names, e.g. the COMNAP station catalogue); "base" is left out ("the Labour base", "his fan base" are voters)
STATION_HEADS = {"station", "stations"}


def _station_name(doc: Doc, ent: Span) -> bool:
    """Tell whether a name stands before a station noun: "X station", "X research station", "X and Y stations".

    Stations are often named after people ("Vostok", "Halley"); the head noun after the name makes it a site
    (the names of the COMNAP station catalogue: "Halley station", "Scott Base").

    Args:
        doc: the Doc.
        ent: the name (every word capitalised).

    Returns:
        True when a station noun follows the name, directly, after a research modifier, or after "and" and a
        second capitalised name with a plural head ("X and Y stations").
    """
    if not all(t.is_title for t in ent):
        return False
    j = ent.end
    if j + 2 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN" and \
            _glued(doc, j) and _glued(doc, j + 1):
        j += 2  # "X and Y stations": the plural head covers both names
        plural = True
    else:
        plural = False
    if not _glued(doc, j - 1):
        return False
    while j < len(doc) and doc[j].lower_ in STATION_MODIFIERS and doc[j].is_lower and _glued(doc, j):
        j += 1
    return j < len(doc) and doc[j].is_lower and doc[j].lower_ in STATION_HEADS and \
        (not plural or doc[j].lower_ == "stations")


#: two-word kinds of settlement written after a name: "X landing site" (the East African term for a fishing village
#: on a lake shore), "X fishing village", "X refugee camp", "X trading centre"
SETTLEMENT_COMPOUNDS = {("landing", "site"), ("landing", "sites"), ("fishing", "village"), ("refugee", "camp"),
                        ("refugee", "settlement"), ("trading", "centre"), ("trading", "center"), ("market", "town")}
#: nouns after "electoral" that name a voting district ("the X electoral area", "the X electoral division"): the
#: local electoral areas and electoral divisions of Irish local government (Local Government Act 2001), the
#: electoral districts and wards of other systems
ELECTORAL_AREA_NOUNS = {"area", "areas", "division", "divisions", "district", "districts", "ward", "wards"}
GENERIC_CHAMBERS = {"lower house", "upper house", "the lower house", "the upper house"}
#: the Irish and British abbreviation of "County" before a county's name: "Co Kerry", "Co. Antrim"
COUNTY_ABBREVIATIONS = {"co", "co."}


#: lower-case titles of members of a chamber of deputies (Latin American, French, Italian and Spanish legislatures,
#: "diputado", "député", "deputato"): "the X deputy Anna Berg" names her party; only the lower-case word counts
#: ("Deputy Minister" is a rank)
PARTY_DEPUTY_TITLES = {"deputy", "deputies"}


def _member_party(doc: Doc, ent: Span) -> bool:
    """The name is the party of an elected member: "Labour councillor Anna Berg", "a Green TD".

    A party name stands before a member title (MEMBER_TITLES) that is glued to
    it and is itself followed by the member's name, or opened by "a"/"an"
    ("a Labour MP").  From British and Irish house style (the Guardian, the
    Irish Times: "Sinn Féin councillor X", "a Fine Gael TD for Y").

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when the title after the name makes the name a party.
    """
    j = ent.end
    if j >= len(doc) or doc[j].text.rstrip(".") not in MEMBER_TITLES | PARTY_DEPUTY_TITLES or not _glued(doc, j - 1):
        return False
    if ent.start >= 1 and doc[ent.start - 1].lower_ in {"a", "an"}:
        return True
    return j + 1 < len(doc) and doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN" and _glued(doc, j) and \
        not _member_seat(doc, ent)


def _member_seat(doc: Doc, ent: Span) -> bool:
    """The name is the seat of an elected member: "Kilifi MP Anna Berg (ODM)", "Varnay North councillor Anna Berg".

    Kenyan, Ugandan and Indian papers write the constituency before the title and the party in brackets
    after the member's name; a name before the title is then no party.  A name with the shape of an area
    (a place head word, "X Isles", "X Ward", a compass word, or read as a place by the NER) before a member
    title and the member's name is the seat too, whatever follows.

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when a member title, a capitalised name and a bracketed party follow the name, or the name
        has an area's shape and a member title and a name follow it.
    """
    from .entities import PLACE_WORDS

    j = ent.end
    if j + 1 >= len(doc) or doc[j].text.rstrip(".") not in MEMBER_TITLES or not _glued(doc, j - 1):
        return False
    k = j + 1
    while k < len(doc) and k - j <= 4 and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1
    area = ent.label_ in {"GPE", "LOC"} or (len(ent) >= 2 and (
        ent[-1].lower_ in PLACE_WORDS | {"ward", "isles"} or ent[0].lower_ in COMPASS_WORDS or
        ent[-1].lower_ in COMPASS_WORDS))
    # "Tolsa Baru assemblyman Anna Berg": a two-word name the NER read as a person's before "assemblyman" and a
    # full name is a seat (Malaysian and US state-assembly style; "X lawmaker Y" may follow a party's name)
    area = area or (ent.label_ == "PERSON" and len(ent) >= 2 and doc[j].lower_.startswith("assembly") and
                    k >= j + 3)
    if k > j + 1 and area and _glued(doc, j):
        return True
    return k > j + 1 and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and \
        doc[k + 1].text[:1].isupper()


def _place_slot_cue(doc: Doc, ent: Span) -> bool:
    """The text uses the name where a town or a region stands, not a person.

    "Lakeview Mayor Anna Berg" (a place name before the title of its head and
    a name), "Lakeview's main town" / "Lakeview's county town" (a possessive
    before a place noun, not "Berg's home town"), "hikers heading for X",
    "flew to X", "commute from X", "the night ferry from X" (an end of a
    journey), "the MP for X" (a constituency), "lorries cross at X" / "the
    ferry docked at X" (a crossing point or a port) and "boats seized off
    X" / "a trawler sank off X" (a stretch of coast, after a word of the
    sea).  Patterns of news style: pre-nominal local titles, destinations of travel verbs and the
    maritime "off", as in the Irish Times, eKathimerini and wire shipping reports.

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when one of these slots holds the name.
    """
    j = ent.end
    if j + 1 < len(doc) and doc[j].is_title and doc[j].lower_ in PLACE_OFFICE_TITLES and _glued(doc, j - 1) and \
            doc[j + 1].is_title and doc[j + 1].pos_ == "PROPN":
        return True
    if j + 1 < len(doc) and doc[j].text in {"'s", "’s"}:
        for tok in doc[j + 1:min(j + 4, len(doc))]:
            if tok.lower_ in HOME_WORDS or tok.is_punct:
                return False
            if tok.pos_ == "NOUN" and tok.lower_ in PLACE_NOUNS - {"state", "territory"}:
                return True
            if tok.pos_ not in {"ADJ", "NOUN", "ADV"}:
                return False
    i = ent.start
    if i >= 3 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in TRAVEL_PREPOSITIONS:
        i -= 1  # "go to the Huon", "flew in from the Gulf Coast": a region named with the article
    if i >= 2 and doc[i - 1].lower_ in TRAVEL_PREPOSITIONS:
        head = doc[i - 1].head
        if head.pos_ == "ADV" and head.lower_ in TRAVEL_PARTICLES and head.dep_ in {"advmod", "prt"} and \
                head.head.i < head.i:
            head = head.head  # "go back to X", "flew home from X": the adverb's verb is the journey
        if doc[i - 1].dep_ == "prep" and head.i < i and (
                (head.pos_ == "VERB" and head.lemma_ in TRAVEL_VERBS) or
                (head.pos_ == "NOUN" and head.lower_ in TRAVEL_NOUNS)):
            return True  # "flew to X", "commute from X", "the night ferry from X", "flights to X"
    if i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].text.rstrip(".") in MEMBER_TITLES:
        return True  # "a Green MP for X": X is the member's constituency
    if ent.end < len(doc) and doc[ent.end].text in {"'s", "’s", "'", "’"}:
        return False  # "docked at Anna Berg's jetty": the owner, not the place
    prep = doc[ent.start - 1] if ent.start >= 1 else None
    if prep is not None and prep.lower_ == "at" and prep.dep_ == "prep" and prep.head.i < prep.i and \
            prep.head.pos_ == "VERB" and prep.head.lemma_ in ARRIVAL_VERBS:
        return True  # "lorries cross at X", "the ferry docked at X": a crossing point or a port
    if prep is not None and prep.lower_ == "off" and prep.dep_ == "prep" and prep.head.i < prep.i:
        # "boats seized off X", "a trawler sank off X": a stretch of coast (maritime news style)
        words = {prep.head.lemma_, prep.head.lower_} | {c.lower_ for c in prep.head.children if c.i < prep.i}
        if words & SEA_WORDS or (ent.start >= 2 and doc[ent.start - 2].lower_ in SEA_WORDS):
            return True
    return False


def _kin_before(doc: Doc, ent: Span) -> bool:
    """The name follows a possessive kin noun, with or without a comma: "his wife, Ana Varga", "her son Petar Lind".

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when the text introduces the person as someone's relative.
    """
    i = ent.start
    if i >= 1 and doc[i - 1].text == ",":
        i -= 1
    if i >= 4 and doc[i - 1].lower_ in {"years", "decades"} and doc[i - 3].lower_ == "of" and \
            (doc[i - 2].like_num or doc[i - 2].lower_ in {"many", "several"}):
        i -= 3  # "his wife of 30 years, X": the length of the marriage between the kin noun and the name
    if i < 2 or doc[i - 1].lower_ not in KIN_NOUNS:
        return False
    owner = doc[i - 2]
    return owner.tag_ in {"PRP$", "POS"} or owner.lower_ in {"his", "her", "their"}


def _titled_apposition(doc: Doc, ent: Span) -> bool:
    """Tell whether a person-shaped body is the name set off after a title phrase and before its verb.

    "The town's head of sport, leisure and arts, Ana Berg-Lind, told the board": the NER may read a
    hyphenated or Gaelic surname as a body; set between commas after a definite title phrase ("the / X's <title>
    ...") and followed by a verb, the name is the titled person (the appositive pattern of Hearst 1992).

    Args:
        doc: the Doc.
        ent: an ORG entity.

    Returns:
        True for such a name.
    """
    from .entities import person_shaped

    if not 2 <= len(ent) <= 4 or ent.start < 3 or ent.end + 1 >= len(doc) or doc[ent.start - 1].text != "," or \
            doc[ent.end].text != "," or doc[ent.end + 1].pos_ not in {"VERB", "AUX"} or \
            not person_shaped(ent.text) or any(t.lower_ in ORG_BODY for t in ent):
        return False
    return definite_title_before(doc, ent.start, _title_words())


def _kin_appositive(doc: Doc, ent: Span) -> bool:
    """The name follows a possessive kin noun and a comma: "with her husband, Tom."

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True when the name is a relative's (a person), whatever the NER read.
    """
    i = ent.start
    if ent.end + 1 < len(doc) and doc[ent.end].is_lower and doc[ent.end].pos_ == "NOUN" and \
            doc[ent.end + 1].is_title and doc[ent.end + 1].pos_ == "PROPN":
        return False  # "his wife, Seto singer Ana Varga": the name before an occupation qualifies it (a people)
    return i >= 3 and doc[i - 1].text == "," and doc[i - 2].lower_ in KIN_NOUNS and \
        doc[i - 3].tag_ in {"PRP$", "POS"} and all(t.is_title for t in ent) and len(ent) <= 3


#: first words of the formal names of local councils in Australia and elsewhere ("City of X", "Shire of X")
COUNCIL_STYLES = {"city", "shire", "town", "municipality", "borough"}


def _styled_council(doc: Doc, ent: Span) -> bool:
    """Tell whether a "City of X" name is a council's: "the City of Tolsby council voted", "the City of Greater X".

    Australian local government areas bear formal names of the form "City of
    X", "Shire of X" (and "City of Greater X" for the merged municipalities
    of Victoria); followed by a lower-case "council", or with "Greater" after
    "of", the name is the council's, a body, not the town.

    Args:
        doc: the Doc.
        ent: the name.

    Returns:
        True for such a council's name.
    """
    if len(ent) >= 4 and ent[0].lower_ == "the":
        ent = ent[1:]
    if len(ent) < 3 or ent[0].lower_ not in COUNCIL_STYLES or not ent[0].is_title or ent[1].lower_ != "of" or \
            not all(t.is_title for t in ent[2:]):
        return False
    return ent[2].lower_ == "greater" or (ent.end < len(doc) and doc[ent.end].lower_ in {"council", "councillors"}) \
        or _municipal_employer(doc, ent)


#: verbs of employment before "for / with the City of X": the municipality employs, the town does not
EMPLOY_VERBS = {"work", "employ", "serve"}


def _municipal_employer(doc: Doc, ent: Span) -> bool:
    """Tell whether a "City of X" name is the employer of a post: "a director of parks for the City of X".

    A municipal corporation is styled "the City of X" (North American and Australian usage); after a person
    noun or an employment verb and "for" / "with" / "at" in the same clause it is the body that employs
    someone, not the town.

    Args:
        doc: the Doc.
        ent: the "City of X" name (without "the").

    Returns:
        True when "for", "with" or "at" (and "the") opens the name and a post or a verb of employment comes
        at most eight words before.
    """
    k = ent.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in {"for", "with", "at"}:
        return False
    sent_start = doc[k].sent.start
    for t in doc[max(sent_start, k - 8):k]:
        if t.is_punct and t.text not in {",", "-"}:
            return False
        if (t.is_lower and t.lower_ in PERSON_NOUNS) or t.lemma_.lower() in EMPLOY_VERBS:
            return True
    return False


def _kin_surname(doc: Doc, ent: Span, raw: str = "") -> str | None:
    """Give a relative named by the given name alone the surname of the person whose kin they are: "Ana Roe has
    lived there with her husband, Tom, since 1990" names Tom Roe, when the article names him so elsewhere.

    News copy introduces a relative of a person just named in full by the
    given name alone, in apposition to a possessive kin noun (AP style: the
    family name is not repeated for family members); the quotation step
    names such a speaker the same way.  The owner is the full name (two
    words or more) that is the subject of the sentence, no other person is
    named between it and the kin noun, and the kin noun is of the other
    gender than the pronoun ("her husband", "his wife"; "her daughter" may
    be a stepchild's or keep another name, and the pronoun may point
    elsewhere).  A word that is some person's surname in the article is no
    given name.  The full name must stand somewhere in the article as
    published (``raw``: a photo caption the cleaner took out, "Ana and Tom
    Roe outside their shop"): a relative may keep another surname, and the
    article that never gives one leaves the given name alone.

    Args:
        doc: the Doc.
        ent: the one-word name.
        raw: the article's raw text.

    Returns:
        The owner's surname, or None.
    """
    from .entities import person_shaped

    i = ent.start
    if len(ent) != 1 or not ent[0].is_title or not _kin_appositive(doc, ent):
        return None
    kin, poss = doc[i - 2].lower_, doc[i - 3].lower_
    if poss not in {"his", "her"} or kin not in KIN_GENDER or (KIN_GENDER[kin] == "m") == (poss == "his"):
        return None
    sent = doc[i].sent
    # (the NER reads some unfamiliar full names as bodies: a person-shaped subject that owns a husband is a person)
    owners = [e for e in doc.ents if e.label_ in {"PERSON", "ORG"} and sent.start <= e.start and e.end <= i - 3]
    if not owners:
        return None
    owner = owners[-1]
    first = owner.start
    while first > sent.start and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN" and \
            doc[first - 1].dep_ == "compound" and not doc[first - 1].ent_type_:
        first -= 1  # "Ana [Varga]": the given name the NER left out
    owner = doc[first:owner.end]
    if len(owner) < 2 or not all(t.is_title or not t.is_alpha for t in owner) or \
            owner.root.dep_ not in {"nsubj", "nsubjpass"} or not person_shaped(owner.text):
        return None
    word = ent[0].text
    if any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == word for e in doc.ents):
        return None  # the word is somebody's surname
    surname = owner[-1].text
    if not re.search(rf"\b{re.escape(word)}\s+{re.escape(surname)}\b", raw):
        return None
    return surname


def _norp_place(doc: Doc, ent: Span, gaz: Gazetteer) -> bool:
    """A NORP name the gazetteer knows as no people is a place when it stands as a place.

    The small model reads island and region names ending like demonyms
    ("Dodecanese", "Cyclades", "Rhodes") as nationalities.  Such a name that
    is no demonym in the gazetteer, is a singular proper noun and stands as
    the object of a place preposition ("a visit to X", "in the eastern X",
    "an MP for X") is a place.

    Args:
        doc: the Doc.
        ent: the NORP span.
        gaz: the gazetteer.

    Returns:
        True for such a place.
    """
    if ent.label_ != "NORP" or gaz.is_demonym(ent.text) or gaz.country_of_demonym(ent.text) is not None:
        return False
    if not all(t.tag_ == "NNP" and t.is_title for t in ent) or ent.root.dep_ != "pobj":
        return False
    prep = ent.root.head
    return prep.lower_ in PLACE_PREPOSITIONS | {"for", "on"} and prep.i < ent.start


#: portfolios of a state's ministries, as they stand in lower case before "ministry"
MINISTRY_PORTFOLIOS = {"foreign", "defence", "defense", "interior", "finance", "justice", "health", "economy",
                       "trade", "energy", "education", "culture", "agriculture", "transport", "information",
                       "fisheries", "environment", "labour", "labor", "tourism", "housing", "mining", "mines",
                       "industry", "commerce", "immigration", "communications"}
KNOWN_AS = re.compile(r",?\s+(?:also\s+|better\s+|widely\s+)?(?:known|called|nicknamed)\s+(?:as\s+)?[A-Z]")
LOWER_MINISTRY = re.compile(r"\b([A-Z][\w-]+)(['’]s)?\s+((?i:" + "|".join(sorted(MINISTRY_PORTFOLIOS)) +
                            r")\s+(?i:ministry))\b")


def _lowercase_ministries(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """A country's ministry the NER missed: "the Ruritanian foreign ministry", "Ruritania's Defence Ministry".

    Many outlets (Reuters, Rudaw, eKathimerini) write a state body in lower
    case; the NER then finds no name.  A nationality adjective or a country's
    possessive before "<portfolio> ministry" names the body; it is named in
    the adjectival style ("Ruritanian Foreign Ministry"), as _adjectival_body
    names the capitalised forms, so both spellings merge.  A capitalised
    "Ruritania's Foreign Ministry" that the NER left unlabelled is read the same way.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (extended).

    Yields:
        ORG mentions.
    """
    gaz = load_gazetteer()
    for m in LOWER_MINISTRY.finditer(doc.text):
        word = m.group(1)
        if m.group(2):
            entry = gaz.lookup(word)
            adjective = gaz.adjective_of(word) if entry is not None and entry.cls == "Country" else None
        else:
            country = gaz.country_of_demonym(word)
            adjective = word if country and (e := gaz.lookup(country)) is not None and e.cls == "Country" else None
        key = (m.start(3), m.end())  # the span leaves the country word to the country (a title's "Iraqi")
        if not adjective or key in seen or KNOWN_AS.match(doc.text, m.end()):
            continue  # "the foreign ministry, known as Wisma Putra": the body has a name of its own
        capitalised = not m.group(3).islower()
        if capitalised and any(t.ent_type_ for t in doc.char_span(*key, alignment_mode="expand") or ()):
            continue  # "Ruritania's Foreign Ministry" the NER found: its own mention names it
        seen.add(key)
        name = f"{adjective} {m.group(3).split()[0].capitalize()} Ministry"
        if capitalised and m.group(2):
            # "Ruritania's Foreign Ministry": named as written, as _extend_org names the NER's ones
            seen.add((m.start(), m.end()))
            yield NameMention(Mention(article.id, m.start(), m.end(), m.group(0), "ORG"), org_cue=True)
            continue
        entry = gaz.lookup(name)
        yield NameMention(Mention(article.id, m.start(3), m.end(), name, "ORG", kb_id=entry.name if entry else ""),
                          org_cue=True)


#: "elected on a Reform ticket", "ran on the Green Party ticket": the party a candidate stood for
TICKET = re.compile(r"\b(?:on|under)\s+(?:a|an|the|its|his|her|their)\s+"
                    r"((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\s+(?:ticket|banner)\b")


def _ticket_parties(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """The party of a candidate's ticket: "elected on a Reform ticket", "on the Green ticket".

    A name before "ticket" or "banner" after "on a" / "under the" is the
    party the candidate stood for, an organisation even when it is an
    acronym or an English word the NER left out.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (extended).

    Yields:
        ORG mentions (party evidence).
    """
    gaz = load_gazetteer()
    for m in TICKET.finditer(doc.text):
        key = (m.start(1), m.end(1))
        name = m.group(1)
        if gaz.is_demonym(name) or _overlaps(key, seen):
            continue
        seen.add(key)
        entry = gaz.lookup(name)
        yield NameMention(Mention(article.id, key[0], key[1], name, "ORG",
                                  kb_id=entry.name if entry is not None and entry.cls == "Organization" else ""),
                          org_cue=True, party=True)


#: "the Embassy of Ruritania in Vienna": a country's mission named by the sending country and the host (the
#: sending country may be named in its long form: "the Embassy of the Republic of Ruritania in Vienna")
MISSION = re.compile(r"\b(?:Embassy|Consulate(?:[- ]General)?|High Commission|Permanent Mission) of (?:the )?"
                     r"[A-Z][\w'’-]*(?: (?:of (?:the )?)?[A-Z][\w'’-]*){0,4} (?:in|to) (?:the )?"
                     r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")


def _missions_abroad(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """Diplomatic missions named in full that the NER splits at their countries.

    "the Embassy of Ruritania in Vienna" is one body (the Vienna Convention's
    "mission of the sending State"); the NER marks only the two countries.
    The sending side must be a gazetteer country and the host a known country or place.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).

    Yields:
        ORG mentions.
    """
    gaz = load_gazetteer()
    for m in MISSION.finditer(doc.text):
        body = m.group(0)
        sender = re.search(r" of (?:the )?(.+?) (?:in|to) ", body).group(1)
        host = re.search(r" (?:in|to) (?:the )?(.+)$", body).group(1)
        s_entry, h_entry = gaz.lookup(sender), gaz.lookup(host)
        if s_entry is None or s_entry.cls != "Country" or h_entry is None or \
                h_entry.cls not in {"Country", "Place", "Territory"}:
            continue
        key = (m.start(), m.end())
        if key in seen:
            continue
        seen.add(key)
        yield NameMention(Mention(article.id, key[0], key[1], body, "ORG"), org_cue=True,
                          in_quote=_in_quote(doc, key[0]))


#: a state's survey named after its country: "the Survey of Ruritania", "the Geological Survey of Ruritania" (the
#: style of national mapping and geological agencies)
STATE_SURVEY = re.compile(r"\b((?:(?!The )[A-Z][a-z]+ ){0,2}Survey of (?:the )?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))(?![\w-])")


def _state_surveys(doc: Doc, article: Article, seen: set[tuple[int, int]], gaz: Gazetteer) -> Iterator[NameMention]:
    """A state's survey agency that the NER leaves out or reads as its country: "the Survey of Ruritania's map".

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).
        gaz: the gazetteer.

    Yields:
        ORG mentions, one per "[Geological] Survey of <listed country>".
    """
    for m in STATE_SURVEY.finditer(doc.text):
        entry = gaz.lookup(m.group(2))
        key = (m.start(1), m.end(1))
        if entry is None or entry.cls != "Country" or key in seen:
            continue
        before = doc.text[max(0, m.start(1) - 30):m.start(1)]
        prev = before.split()[-1] if before.split() and before[-1:].isspace() else ""
        if prev[:1].isupper() and prev.isalpha() and prev not in {"The", "A", "An"}:
            continue  # a longer capitalised name holds it ("the Annual Household Survey of Ruritania")
        seen.add(key)
        yield NameMention(Mention(article.id, key[0], key[1], m.group(1), "ORG"), org_cue=True,
                          in_quote=_in_quote(doc, key[0]))


#: lower-case nouns of a media outlet that a name follows in apposition ("the state broadcaster X", "the daily X")
OUTLET_NOUNS = {"broadcaster", "channel", "newspaper", "daily", "weekly", "tabloid", "network", "website", "magazine",
                "paper", "outlet", "portal", "radio", "television", "newsletter"}
#: outlet nouns that also name a person's occupation ("the veteran broadcaster Anna Berg")
PERSONAL_OUTLET_NOUNS = {"broadcaster"}


def _capitals_name(doc: Doc, j: int) -> bool:
    """Tell whether a title word written in capitals is a name's acronym: "the broadcaster DR." (not "Dr").

    Args:
        doc: the Doc.
        j: the token.

    Returns:
        True for a word of two or more capitals with no capitalised word glued after it.
    """
    tok = doc[j]
    if not (tok.is_upper and tok.is_alpha and len(tok.text) >= 2):
        return False
    return j + 1 >= len(doc) or not (doc[j + 1].text[:1].isupper() and _glued(doc, j))


def _media_outlets(doc: Doc, article: Article, seen: set[tuple[int, int]],
                   gaz: Gazetteer) -> Iterator[tuple[int, int, NameMention]]:
    """Outlets named right after a noun of their kind: "the state broadcaster X", "the daily El Y", "channel Z 24".

    A close apposition of a determiner, modifiers, an outlet noun and a name
    ("the Honduran daily La Prensa") makes the name the outlet's, whatever
    the NER read it as (a person, a country, nothing); a number glued after
    the name is part of it ("France 24").  "Broadcaster" is also an
    occupation, so a person's name of two words or more after it is left to
    the other rules.  An acronym in capitals that spells a title ("the
    broadcaster DR") is the outlet's name, not an honorific.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).
        gaz: the gazetteer.

    Yields:
        (first token, end token, ORG mention) per outlet.
    """
    titles = _title_and_modifier_words()
    for tok in doc:
        if tok.lower_ not in OUTLET_NOUNS or not tok.is_lower or tok.i + 1 >= len(doc) or not _glued(doc, tok.i):
            continue
        k = tok.i - 1
        while k >= 0 and tok.i - k <= 3 and doc[k].pos_ in {"ADJ", "NOUN", "PROPN"} and \
                doc[k].lower_ not in {"the", "a"}:
            k -= 1
        if k < 0 or tok.i - k > 4 or not (doc[k].lower_ in {"the", "a", "an", "its", "their"} or doc[k].tag_ == "POS"):
            continue
        a = j = tok.i + 1
        while j < len(doc) and j - a < 4 and (doc[j].is_title or (doc[j].is_upper and doc[j].is_alpha)) and \
                (doc[j].lower_ not in titles or _capitals_name(doc, j)) and not is_calendar_word(doc[j].text) and \
                doc[j].ent_type_ not in {"DATE", "TIME"} and (j == a or _glued(doc, j - 1)):
            j += 1  # ("told the paper Monday": a day is no outlet's name)
        if j == a:
            continue
        if j < len(doc) and doc[j].like_num and len(doc[j].text) <= 3 and doc[j].text.isdigit() and _glued(doc, j - 1):
            j += 1  # "Varnay 24"
        if j < len(doc) and (doc[j].text in {"'s", "’s"} or (doc[j].is_title and _glued(doc, j - 1))):
            continue  # "the daily Varnay's editor", a longer capitalised run: no plain apposition
        if tok.lower_ in PERSONAL_OUTLET_NOUNS and j - a >= 2 and doc[a].ent_type_ == "PERSON":
            continue
        span = doc[a:j]
        key = (span.start_char, span.end_char)
        if _overlaps(key, seen) or gaz.is_demonym(span.text):
            continue
        seen.add(key)
        entry = gaz.lookup(span.text)
        kb = entry.name if entry is not None and entry.cls == "Organization" else ""
        yield a, j, NameMention(Mention(article.id, key[0], key[1], span.text, "ORG", kb_id=kb), org_cue=True,
                                in_quote=_in_quote(doc, key[0]))


#: a dateline: a town in capitals, its state, province or country, maybe an agency, and a dash opening the
#: first paragraph ("VARNAY, Ruritania —", "TOLSEY, Vt. (AP) -")
DATELINE_TOWN = re.compile(r"(?m)^([A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}), "
                           r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?: \([^()\n]{2,40}\))? ?[—–-] ")


#: a state's government named in the formal style ("the Government of Ruritania"): the country as an actor
STATE_GOVERNMENT = re.compile(r"Government of (?:the )?([A-Z][\w'’ -]+)")
#: a paragraph made only of a place in capitals: the cleaner's remains of a dateline line ("VARNAY CITY, Mon. …")
DATELINE_ALONE = re.compile(r"(?:\A|\n\n)([A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})(?=\n\n|\Z)")


def _author_names_in_capitals(doc: Doc, article: Article, seen: set[tuple[int, int]]
                              ) -> Iterator[tuple[int, int, NameMention]]:
    """The byline's author named again in capitals in the text: "NAME SURNAME is a reporter with X".

    Some house styles set the author's name in capitals in the byline and the author footer; the NER rarely
    reads a name in capitals as a person (it takes "SURNAME" for a body).  A run of words in capitals whose
    words are the byline author's, in order, is the author.

    Args:
        doc: the Doc.
        article: the article (its ``author`` is the byline's name, "A and B" for two).
        seen: character spans already given a mention (updated).

    Yields:
        ``(start, end, mention)``: the token span and a PERSON mention under the byline's spelling (as
        :func:`_dateline_towns` names a town in capitals in title case).
    """
    for name in re.split(r"\s+and\s+", getattr(article, "author", None) or ""):
        words = [w.casefold() for w in name.split()]
        if len(words) < 2:
            continue
        n = len(words)
        for k in range(len(doc) - n + 1):
            span = doc[k:k + n]
            if [t.text.casefold() for t in span] != words or not all(t.is_upper for t in span if t.is_alpha):
                continue
            key = (span.start_char, span.end_char)
            if _overlaps(key, seen):
                continue
            seen.add(key)
            yield k, k + n, NameMention(Mention(article.id, key[0], key[1], name.strip(), "PERSON"),
                                        appositive_title=True)


def _dateline_towns(doc: Doc, article: Article, seen: set[tuple[int, int]], gaz: Gazetteer) -> Iterator[NameMention]:
    """The town of a dateline, set in capitals before its state or country: "VARNAY, Ruritania — …".

    News agencies and papers open a story with the place it was filed from (AP and Reuters style); the NER
    rarely reads a word in capitals.  The part after the comma must be a known country, place or region
    abbreviation, so that the capitals before it are a town.  A dateline on a line of its own leaves the
    place alone in its paragraph (the cleaner drops the date): it is a town too.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).
        gaz: the gazetteer.

    Yields:
        Place mentions: a known town under its gazetteer name, another with its name in title case.
    """
    for m in DATELINE_ALONE.finditer(doc.text):
        # "VARNAY CITY" alone: the cleaner keeps the place of a dateline line as a paragraph of its own
        key = (m.start(1), m.end(1))
        town = uncapitalise_name(m.group(1))
        known = gaz.lookup(town)
        if _overlaps(key, seen) or gaz.is_demonym(town) or (known is not None and known.cls == "Organization"):
            continue
        seen.add(key)
        label = RULER_CLASS_LABEL.get(known.cls, "") if known else ""
        yield NameMention(Mention(article.id, key[0], key[1], known.name if label else town, label or "GPE",
                                  kb_id=known.name if label else ""), place_cue=True)
    yield from _agency_dateline_regions(doc, article, seen, gaz)
    for m in DATELINE_TOWN.finditer(doc.text):
        region = m.group(2)
        entry = gaz.lookup(region)
        if not (region in gaz.region_abbreviations or (entry is not None and entry.cls in {"Country", "Place",
                                                                                          "Territory"})):
            continue
        if re.search(r"\.(?:CO|COM|NET|ORG)(?:\.[A-Z]{2})?$", m.group(1)):
            continue  # "OUTLET.CO, City -": a news site's name opens the dateline (Indonesian style); no town has one
        yield from _dateline_region_abbreviation(m, article, seen, gaz)
        key = (m.start(1), m.end(1))
        town = uncapitalise_name(m.group(1))
        known = gaz.lookup(town)
        label = RULER_CLASS_LABEL.get(known.cls, "") if known else ""
        if _overlaps(key, seen) or (label and any(
                (e.start_char, e.end_char) == key for e in doc.ents)):
            continue  # (a known town the NER found is left to it)
        seen.add(key)
        yield NameMention(Mention(article.id, key[0], key[1], known.name if label else town, label or "GPE",
                                  kb_id=known.name if label else ""), place_cue=True)


def _dateline_region_abbreviation(m: re.Match, article: Article, seen: set[tuple[int, int]],
                                  gaz: Gazetteer) -> Iterator[NameMention]:
    """The news-style state or province abbreviation of a capitals dateline ("VARNAY, N.S. —"), as that region.

    North American wire style abbreviates the state or province after the town (AP and Canadian Press
    stylebooks); the NER reads "N.S." as a place of its own, a second node beside the province the gazetteer
    knows.  The abbreviation is a mention of the full name (its surface kept, so it stays an alias).

    Args:
        m: a DATELINE_TOWN match (group 2: the region).
        article: the article.
        seen: character spans already given a mention (updated).
        gaz: the gazetteer.

    Yields:
        At most one mention, under the gazetteer name of the abbreviated region.
    """
    full = gaz.region_abbreviations.get(m.group(2))
    entry = gaz.lookup(full) if full else None
    key = (m.start(2), m.end(2))
    if entry is None or entry.cls not in RULER_CLASS_LABEL or _overlaps(key, seen):
        return
    seen.add(key)
    yield NameMention(Mention(article.id, key[0], key[1], m.group(2), RULER_CLASS_LABEL[entry.cls],
                              kb_id=entry.name), place_cue=True)


#: the entity-ruler label of a gazetteer class of land
RULER_CLASS_LABEL = {"Country": "COUNTRY", "Territory": "TERRITORY", "Place": "PLACE"}


#: a dateline in title case closed by a wire agency in brackets: "Varnay, West Tolsa (ANTARA) -"
AGENCY_DATELINE = re.compile(r"(?m)^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}, "
                             r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) \([A-Z][A-Za-z]{1,14}\) ?[—–-] ")


def _agency_dateline_regions(doc: Doc, article: Article, seen: set[tuple[int, int]],
                             gaz: Gazetteer) -> Iterator[NameMention]:
    """The region of a title-case wire dateline: "Varnay, W Tolsa Selatan (ANTARA) - …".

    Wire agencies open a story with the town and its province or state before the agency's name in
    brackets and a dash (Reuters and ANTARA style); the NER may read an abbreviated province ("W Tolsa") as a
    body.  The part between the comma and the bracket is a place, or the country or territory the gazetteer
    knows.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).
        gaz: the gazetteer.

    Yields:
        Place (or known country/territory) mentions.
    """
    for m in AGENCY_DATELINE.finditer(doc.text):
        key = (m.start(1), m.end(1))
        region = m.group(1)
        known = gaz.lookup(region)
        if _overlaps(key, seen) or gaz.is_demonym(region) or (known is not None and known.cls == "Organization"):
            continue
        seen.add(key)
        label = RULER_CLASS_LABEL.get(known.cls, "") if known else ""
        yield NameMention(Mention(article.id, key[0], key[1], known.name if label else region, label or "GPE",
                                  kb_id=known.name if label else ""), place_cue=True)


#: head words of bodies the NER may miss when their names hold a possessive or unfamiliar words
#: ("the Varnay Coroner's Court", "the Tolsey Valley Authority")
BODY_HEADS = ("Court", "Tribunal", "Council", "Committee", "Commission", "Association", "Federation", "Institute",
              "Authority", "Board", "Bureau", "Foundation", "Society", "University", "College", "Hospital", "Company")
UNLABELLED_BODY = re.compile(r"(?:\bthe |(?:(?<=\n)|(?<=[.!?] )|^)The (?=(?:[A-Z][\w-]* ){2}))((?:[A-Z][\w-]* ){1,4}"
                             r"(?:[A-Z][\w-]*['’]s? )?(?:" + "|".join(BODY_HEADS) + r"))\b(?![\w'’-])")


def _unlabelled_bodies(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """A body's name after "the" that the NER missed: "an appeal to the Varnay Coroner's Court".

    Capitalised words after a lower-case "the", closed by a body's head word (a court, a council, an authority,
    a company …), name the body when no entity holds any of their characters; so do two or more after a
    sentence's "The" ("The Varnay Valley Railway Company, which owns …").

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).

    Yields:
        ORG mentions.
    """
    yield from _missed_orgs(doc, article, seen, UNLABELLED_BODY)


def _missed_orgs(doc: Doc, article: Article, seen: set[tuple[int, int]], pattern: re.Pattern,
                 no_dates: bool = False) -> Iterator[NameMention]:
    """ORG mentions for the first groups of ``pattern`` in the text where no entity holds any character.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).
        pattern: a regex whose group 1 is the name.
        no_dates: skip a name with a calendar word in it ("the Monday Post" is no paper).

    Yields:
        ORG mentions.
    """
    for m in pattern.finditer(doc.text):
        key = (m.start(1), m.end(1))
        span = doc.char_span(*key, alignment_mode="expand")
        if _overlaps(key, seen) or any(t.ent_type_ for t in span or ()) or \
                (no_dates and (span is None or any(is_calendar_word(t.text) for t in span))):
            continue
        seen.add(key)
        yield NameMention(Mention(article.id, key[0], key[1], m.group(1), "ORG"), org_cue=True,
                          in_quote=_in_quote(doc, key[0]))


#: a newspaper the NER missed after a lower-case "the": "told the Tolsby Courier", "in the Varnek Evening Post"
#: (capitalised words closed by a newspaper's title word, see :data:`graph.nlp.PAPER_WORDS`)
UNLABELLED_PAPER = re.compile(r"\bthe ((?:[A-Z][\w-]* ){1,3}(?:" + "|".join(sorted(PAPER_WORDS)) + r"))\b(?![\w'’-])")


def _unlabelled_papers(doc: Doc, article: Article, seen: set[tuple[int, int]]) -> Iterator[NameMention]:
    """A newspaper named in the text that the NER missed: "she told the Tolsby Courier".

    Capitalised words after a lower-case "the", closed by a newspaper's title word ("Courier", "Herald",
    "Gazette" …; the regional press is named "<town> <title word>"), name an outlet when no entity holds any of
    their characters; so do the capitalised words after an opinion piece's "for"/"in" ("a column for X").

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (updated).

    Yields:
        ORG mentions.
    """
    yield from _missed_orgs(doc, article, seen, UNLABELLED_PAPER, no_dates=True)
    yield from _missed_orgs(doc, article, seen, OPINION_OUTLET)  # (a site name may hold digits: no date test)


#: the outlet an opinion piece was written for: "a weekly column for Varnek24", "an op-ed in Tolsby Today" (one to three
#: capitalised words, digits allowed: news sites are often named so)
OPINION_OUTLET = re.compile(r"\b(?:op-?eds?|columns?|editorials?|opinion (?:piece|article)s?|commentar(?:y|ies)|"
                            r"guest (?:piece|essay)s?) (?:for|in) (?:the )?((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2})\b"
                            r"(?![\w'’-])")


HEADING_RUN = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*)*")
PLACE_LABEL = {"Country": "COUNTRY", "Territory": "TERRITORY", "Place": "PLACE"}


@lru_cache(maxsize=8)
def _short_lines(raw: str) -> tuple[tuple[int, int, str], ...]:
    """The short lines of a raw text that may carry a heading's names: (start, end, stripped text).

    Computed once per raw text (a long article is extracted in pieces that share it); section
    bars ("News | World"), copyright lines and lines of more than 20 words are left out.

    Args:
        raw: the decoded file text.

    Returns:
        The candidate lines with their raw offsets.
    """
    out = []
    pos = 0
    for line in raw.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        plain = line.strip()
        if not plain or "|" in plain or len(plain.split()) > 20 or re.match(r"(?:copyright\s*)?(?:©|ⓒ|\(c\))", plain,
                                                                             re.I):
            continue
        if HEADING_RUN.search(plain):
            out.append((lo, hi, plain))
    return tuple(out)


#: one capitalised word with the closing element of an English town name ("Varnayborough", "Kolbtown"): a place in
#: a headline, where no sentence tells what it is (surnames seldom end so; "-ton", "-field", "-ford" often do)
HEADLINE_TOWN = re.compile(r"[A-Z][a-z]{2,}(?:borough|boro|burgh|town|ville)")
#: a town's people or councillors right after a name in a headline: "Varnay councilors split on …"
HEADLINE_TOWN_PEOPLE = re.compile(r"\s+(?:councilors|councillors|residents|ratepayers|townspeople|selectmen)\b")
#: a town's local works right after a name in a headline: "Varnay bridge to close", "the Tolsa crossing reopens"
HEADLINE_TOWN_SITE = re.compile(r"\s+(?:bridge|crossing|border crossing|bypass|seafront|promenade|beach|pier|harbour|"
                                r"harbor|quay|marina|ring road|level crossing|station|depot)\b")
#: party words that stand where a town does in a headline ("Labour councillors quit"): no town
HEADLINE_PARTY_WORDS = {"Tory", "Democrat", "Republican", "Liberal", "Socialist", "Communist", "Unionist",
                        "Nationalist", "Progressive", "Labor", "Greens"} | set(COUNCILLOR_PARTIES)


def _headline_site_town(plain: str, m: re.Match) -> bool:
    """Tell whether a headline's capitalised name is a town named before its local works: "Tolsby bridge to close".

    Local news headlines name a town's bridge, crossing, beach or station with the town's name before the lower-case
    noun (the EDP and other regional papers' style); a name of no English word (not "New bridge opens") so placed
    is the town.

    Args:
        plain: the headline line.
        m: the match of the capitalised run in it.

    Returns:
        True for such a name.
    """
    from .nlp import english_words

    if not HEADLINE_TOWN_SITE.match(plain, m.end()):
        return False
    english = english_words()
    words = [w for w in m.group(0).split() if w not in {"El", "La", "Le", "Los", "Las", "Les", "Al"}]
    return bool(words) and all(w.casefold() not in english and w.casefold() not in {"the", "a", "an"} for w in words)


def _heading_places(article: Article, gaz: Gazetteer) -> Iterator[NameMention]:
    """The places named in the lines the cleaner took out of the text: headlines, subheads, related stories.

    "Ruritania and Varnay weigh in" over a section, or "Related: Talks resume in
    Varnay City": a listed country, territory or city named there is named by the
    article.  So is an unlisted town the line marks as one: a word with a town
    name's ending ("Kolbtown solar farm heads to vote") or one before its
    councillors or residents ("Varnay councilors split on …", the local-news
    headline style).  Section bars ("News | World") and copyright lines name nothing.
    A listed territory the line sets before "sovereignty" ("X renews Y sovereignty
    claim") is at stake there; a listed international body the line names ("… at
    United Nations") is named by the article too.
    The lines stand in no sentence (zero-width mentions), so no fact uses them.

    Args:
        article: the article (its raw text and the segments kept from it).
        gaz: the gazetteer.

    Yields:
        Zero-width COUNTRY, TERRITORY, PLACE and ORG mentions, one per name.
    """
    raw = getattr(article, "raw", "") or ""
    if not raw or not article.segments:
        return  # no map back to the raw text: nothing tells which lines the text left out
    kept = sorted((seg.raw_start, seg.raw_start + seg.length) for seg in article.segments
                  if seg.clean_start < len(article.text))  # (not the captions kept apart from the text)
    starts = [a for a, _ in kept]
    done: set[str] = set()
    for lo, hi, plain in _short_lines(raw):
        k = bisect_right(starts, hi - 1) - 1  # the last kept segment starting before the line ends
        if k >= 0 and kept[k][1] > lo:
            continue  # a line the text keeps (in part): its names are the NER's
        for m in HEADING_RUN.finditer(plain):
            words = m.group(0).split()
            for name in (m.group(0), " ".join(words[1:])):  # "Why Varnay …": a capitalised first word before it
                entry = gaz.lookup(name) if name else None
                if entry is not None and entry.cls in PLACE_LABEL and not entry.outlet:
                    if entry.name not in done:
                        done.add(entry.name)
                        # "Ruritania renews X sovereignty claim": the line puts the place's sovereignty at stake
                        at_stake = entry.cls == "Territory" and re.match(r"\s+(?:sovereignty)\b", plain[m.end():])
                        yield NameMention(Mention(article.id, 0, 0, name, PLACE_LABEL[entry.cls], kb_id=entry.name),
                                          territory_cue=bool(at_stake))
                    break
                if entry is not None and entry.cls == "Organization" and not entry.outlet and name == m.group(0) \
                        and (len(words) >= 2 or name.isupper()):
                    if entry.name not in done:
                        done.add(entry.name)  # "… claim at United Nations": a listed international body
                        yield NameMention(Mention(article.id, 0, 0, name, "ORG", kb_id=entry.name))
                    break
            else:
                name = m.group(0)
                if len(words) <= 2 and name not in done and gaz.lookup(name) is None and \
                        not gaz.is_demonym(name) and name not in HEADLINE_PARTY_WORDS and (
                            HEADLINE_TOWN.fullmatch(name) or (HEADLINE_TOWN_PEOPLE.match(plain, m.end())
                                                              and len(words) == 1) or _headline_site_town(plain, m)):
                    done.add(name)
                    yield NameMention(Mention(article.id, 0, 0, name, "GPE"), place_cue=True)


OWNED_AREA = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s ((?:[A-ZÀ-Þ][\w'’-]+ ){1,2}"
                        r"(?i:region|province|state|district|governorate|prefecture|oblast|county|department))\b")


def _owned_areas(doc: Doc, article: Article, seen: set[tuple[int, int]], gaz: Gazetteer) -> Iterator[NameMention]:
    """A country's or a city's named area the NER missed: "in Ruritania's Varna region", "Cairo's Tolsa district".

    A listed country's possessive before capitalised words and an area's head
    word names a place (the country's region, province or state), not a body.

    Args:
        doc: the Doc.
        article: the article.
        seen: character spans already given a mention (extended).
        gaz: the gazetteer.

    Yields:
        GPE mentions with a place cue.
    """
    for m in OWNED_AREA.finditer(doc.text):
        entry = gaz.lookup(m.group(1))
        key = (m.start(2), m.end(2))
        city_area = entry is not None and entry.cls == "Place" and m.group(2).split()[-1].islower()
        if entry is None or (entry.cls != "Country" and not city_area) or _overlaps(key, seen):
            continue  # (a listed city's "X district", head word in lower case, is a place too)
        span = doc.char_span(*key, alignment_mode="expand")
        if span is None or any(t.ent_type_ in {"PERSON", "ORG", "COUNTRY", "TERRITORY", "PLACE"} for t in span) or \
                any(gaz.lookup(t.text) is not None or gaz.is_demonym(t.text) for t in span[:-1]):
            continue  # a name of its own ("Ruritania's Central Bank") or a country's adjective
        seen.add(key)
        yield NameMention(Mention(article.id, key[0], key[1], m.group(2), "GPE"), place_cue=True,
                          in_quote=_in_quote(doc, key[0]))
