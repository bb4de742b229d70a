"""Shapes of personal names shared by every stage: particles and capitalised bylines.

Nothing here depends on spaCy, so the article cleaner can use it as well as the
extractors.
"""
from __future__ import annotations

import re

#: Lower-case particles inside personal names ("Ana de la Torre", "Pau i Soler", "Pieter van der Berg",
#: "Nizar al-Khatib", "Ali bin Said", "Sari binti Osman", "Jógvan á Lakjuni"): the nobiliary, conjunctive and
#: patronymic particles of Romance, Germanic, Arabic and Malay naming customs (the Malay "binti"/"bte" and the
#: Iban "anak", "child of"), and the Faroese place particles of farm names. Callers decide where a particle
#: may stand (never first).
NAME_PARTICLES = frozenset({
    "de", "del", "della", "dello", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der",
    "den", "ter", "ten", "zu", "af", "i", "y", "e", "bin", "bint", "binti", "bte", "ibn", "ben", "abu", "al",
    "el", "á", "í", "anak",
})


#: words of a reporter's beat or rank before a staff title ("Political correspondent", "Local Democracy Reporter",
#: "Senior Health Editor"): subjects, places of coverage and grades, never a place's or a person's own name
BEAT_WORDS = frozenset({
    "political", "diplomatic", "chief", "senior", "economics", "economic", "business", "security", "defence",
    "defense", "health", "education", "environment", "science", "sports", "sport", "foreign", "home", "legal",
    "crime", "arts", "technology", "royal", "religious", "special", "international", "national", "regional", "local",
    "staff", "city", "court", "news", "energy", "climate", "parliamentary", "social", "transport", "consumer",
    "data", "investigations", "investigative", "culture", "music", "film", "media", "motoring", "property",
    "finance", "financial", "industry", "labour", "rural", "agriculture", "farming", "fashion", "food", "travel",
    "war", "world", "europe", "africa", "asia", "middle", "east", "west", "north", "south", "democracy", "affairs",
    "community", "general", "assignment", "digital", "junior", "deputy", "assistant", "associate", "contributing",
    "managing", "executive", "weekend", "night", "breaking", "multimedia", "video", "courts", "politics",
    "elections", "public", "trainee", "features", "opinion", "lead", "principal",
})


#: Lower-case particles glued between hyphens inside one name word ("Mehraj-ud-Din", "Nasir-ul-Mulk",
#: "Abd-al-Karim", "Hassan-e-Sabbah"): Arabic, Persian and Urdu linking particles.
HYPHEN_PARTICLES = frozenset({"ud", "ul", "ur", "us", "un", "ad", "al", "el", "ed", "ar", "as", "e", "bin", "ibn", "abu"})
HYPHENS = frozenset({"-", "‐", "‑"})
#: endings of nationality and group words ("Bhutanese", "Tongan", "Scottish", "Nepali"): no surnames, so a
#: word the NER labels a group (NORP) with one of them stays a group
GROUP_WORD_ENDINGS = ("ese", "ian", "an", "ans", "ish", "i", "ic", "ch")


#: the marks Tongan, Samoan and Hawaiian spelling writes for the glottal stop (okina, fakauʻa) at a name's start
OKINA_MARKS = frozenset({"'", "‘", "ʻ", "`"})


def okina_before(doc, k: int) -> bool:
    """Tell whether token k-1 is an okina glued to the front of the capitalised name word k ("'Ana", "ʻEua").

    Polynesian orthographies write the glottal stop as a letter, often typed as an apostrophe, so a name may
    open with one ("'Ana", "'Ofa"); the tokenizer splits it off and tags it a possessive or a quote mark (see
    the Tonga Language Committee's orthography, and the Unicode note on U+02BB).  The mark stands after a
    space or a line start, with no space between it and the word; a single quotation mark opening a quoted
    phrase looks the same, so callers skip quoted tokens.

    Args:
        doc: the Doc.
        k: the first token of the name chunk.

    Returns:
        True when token k-1 is such a mark.
    """
    if k < 1 or doc[k - 1].text not in OKINA_MARKS or doc[k - 1].whitespace_ or not doc[k].is_title:
        return False
    return k < 2 or bool(doc[k - 2].whitespace_) and doc[k - 2].is_alpha


def hyphen_link_at(doc, h: int) -> bool:
    """Tell whether tokens h..h+3 are "-xx-Name": a lower-case link glued between hyphens in a name.

    Arabic, Persian, Urdu and French compound names join their parts with a
    short particle between hyphens ("Mehraj-ud-Din", "Nasir-ul-Mulk",
    "Jean-de-Dieu"): a listed particle or any lower-case word of up to three
    letters, glued to the word before it and to a capitalised word after it.

    Args:
        doc: a spaCy Doc.
        h: the index of the first hyphen.

    Returns:
        True for such a link between doc[h - 1] and doc[h + 3].
    """
    if h <= 0 or h + 3 >= len(doc) or doc[h].text not in HYPHENS or doc[h + 2].text not in HYPHENS:
        return False
    link = doc[h + 1]
    glued = not (doc[h - 1].whitespace_ or doc[h].whitespace_ or link.whitespace_ or doc[h + 2].whitespace_)
    return glued and link.is_alpha and link.text.islower() and (
        link.lower_ in HYPHEN_PARTICLES or len(link.text) <= 3) and doc[h + 3].text[:1].isupper()


def uncapitalise_name(name: str) -> str:
    """Write a name set in capitals (a byline: "By ANA DE LA TORRE") in title case.

    Particles inside the name go lower case ("de la"), each part of a
    hyphenated or apostrophed word is capitalised ("Ben-Artzi", "O'Neill"),
    initials ("R.") stay as they are.

    A Gaelic prefix keeps its own case: "PETER McKINNON" (a credit set in
    capitals by a sub-editor who kept the "Mc") gives "Peter McKinnon".

    Args:
        name: a name; names with any other lower-case letter are returned unchanged.

    Returns:
        "Ana de la Torre" for "ANA DE LA TORRE".
    """
    if not MC_PREFIX.sub("", name).isupper():
        return name
    words = []
    for i, word in enumerate(name.split()):
        mc = MC_PREFIX.match(word)
        if i and word.casefold() in NAME_PARTICLES:
            words.append(word.lower())
        elif len(word) <= 2 and word.endswith("."):
            words.append(word)  # an initial: "R."
        elif mc:
            words.append(mc.group(0) + word[mc.end():].capitalize())  # "McKINNON" -> "McKinnon"
        else:
            words.append("".join(p.capitalize() for p in re.split(r"([-'’])", word)))
    return " ".join(words)


#: a wire dateline with a date: "TOWN, May 2 (Agency) -", "TOWN, Region, May 2 -" (Reuters style), "TOWN, May 2:"
DATED_DATELINE = re.compile(r"(?m)^[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}(?:, [A-Z][\w.'’-]*){0,2}, "
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
                            r"(?: \([^()\n]{2,40}\))?(?: ?[—–-]|:) ")  # (or a colon: "TOWN, May 22: ..."; a year)


#: "Mc"/"Mac" before a capitalised rest of a surname ("McKINNON", "MacDONALD").
MC_PREFIX = re.compile(r"\b(?:Mc|Mac)(?=[A-Z]{2})")


#: Words that make a DATE/TIME entity a real date rather than a name the tagger misread
#: ("Pieter-Jan Van der Elst" tagged DATE has none of them).
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
    "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tonight", "yesterday", "tomorrow", "day", "week", "weekend", "month", "year", "spring", "summer", "autumn",
    "fall", "winter", "christmas", "easter", "ramadan", "eid", "noon", "midnight", "morning", "afternoon",
    "evening", "night",
})


def is_calendar_word(word: str) -> bool:
    """Tell whether a word marks a real date or time: a digit or a calendar word ("March", "today").

    Args:
        word: one token's text.

    Returns:
        True for "2022", "March", "Monday", "tonight"; False for "Jan" alone or "Elst".
    """
    return any(ch.isdigit() for ch in word) or word.casefold() in CALENDAR_WORDS


#: Small words an acronym may skip or take the initial of ("Ministry of External Affairs" -> MEA,
#: "Bank of America" -> BofA).
ACRONYM_SKIPPABLE = frozenset({"of", "for", "and", "the", "in", "on", "at", "to", "de", "du", "des", "la", "le", "&"})


def abbreviates(short: str, name: str) -> bool:
    """Tell whether an acronym abbreviates a name.

    Every capitalised word of the name gives its initial, possibly followed by
    more of its letters in order ("United Steelworkers" -> USW); small words
    ("of", "and", "the") give their initial or nothing (Schwartz & Hearst 2003,
    made stricter: no content word may be skipped).

    Args:
        short: the acronym, e.g. "MEA" (2-8 letters, upper case or mixed case).
        name: the full name, e.g. "Ministry of External Affairs".

    Returns:
        True for ("MEA", "Ministry of External Affairs"), ("APNU", "A Partnership for National Unity"),
        ("USW", "United Steelworkers"); False for ("MEA", "Ministry of Energy").
    """
    letters = [c.casefold() for c in short if c.isalnum()]
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if not 2 <= len(letters) <= 8 or not words or len(words) > 12:
        return False

    def match(i: int, j: int) -> bool:  # letters from i, words from j
        if j == len(words):
            return i == len(letters)
        word = words[j]
        small = word.casefold() in ACRONYM_SKIPPABLE
        if small and match(i, j + 1):
            return True
        if i >= len(letters) or word[:1].casefold() != letters[i]:
            return False
        rest = word[1:].casefold()
        # the initial, then any further letters of the same word in order
        k, pos = i + 1, 0
        if match(k, j + 1):
            return True
        while k < len(letters):
            found = rest.find(letters[k], pos)
            if found < 0:
                return False
            pos, k = found + 1, k + 1
            if match(k, j + 1):
                return True
        return False

    return match(0, 0)


def is_inner_name_word(word: str, name: str) -> bool:
    """Tell whether ``word`` is an inner word of a personal name of three or more words.

    Spanish and Portuguese names carry two surnames, and news copy takes the person up by the
    first (paternal) one: "Efren Tolsa Varga ... Tolsa said".  That word is neither the name's
    first (given name) nor its last (the maternal surname, by which nobody is called).

    Args:
        word: a one-word mention ("Tolsa").
        name: a full name ("Efren Tolsa Varga").

    Returns:
        True when the name has three or more words and ``word`` (case-insensitive, not a name
        particle such as "de") is one of its inner words.
    """
    words = [w.casefold() for w in name.split()]
    key = word.casefold()
    return len(words) >= 3 and key not in NAME_PARTICLES and key in words[1:-1]


# abbreviated titles written out: "Prof. X" holds the title "professor"
# ("Vice Adm. X": never a "vice" on its own; "Cllr X": a councillor, the UK local-news prefix)
TITLE_ABBREVIATIONS = {"prof": "professor", "prof.": "professor", "CS": "cabinet secretary",
                       "adm.": "admiral", "cllr": "councillor", "cllr.": "councillor",
                       # the US press (AP style) shortens the state and federal offices before a name:
                       # "Gov. X", "Sen. X", "Rep. X", "Supt. X"
                       "gov.": "governor", "sen.": "senator", "rep.": "representative",
                       "supt.": "superintendent", "insp.": "inspector",
                       "coun.": "councillor",  # (the Canadian council style: "Ward 4 Coun. X")
                       # the Australian and New Zealand prefix "Cr X", the Zimbabwean "Clr X"
                       "cr": "councillor", "cr.": "councillor", "clr": "councillor", "clr.": "councillor"}
#: military ranks as abbreviated before a name, with or without a stop ("Lt Col X", "Brig. Gen. X", "Cdre X"),
#: by their full words
RANK_ABBREVIATIONS = {"col": "colonel", "lt": "lieutenant", "gen": "general", "maj": "major", "capt": "captain",
                      "brig": "brigadier", "cdr": "commander", "cmdr": "commander", "sgt": "sergeant", "cpl": "corporal",
                      "adm": "admiral", "cdre": "commodore"}


#: a patronymic initial glued to the given name by a full stop, the Mongolian press style ("Ts.Gantulga",
#: "O.Sarantuya", "Kh.Naranbaatar"): the tokenizer keeps it one token, so the full stop ends no sentence, and it
#: is a name word; the initials are one capital letter or the two-letter digraphs of Mongolian Cyrillic in Latin
INITIAL_GLUED_NAME = re.compile(r"^(?:[A-Z]|Ts|Kh|Ch|Sh|Zh|Ya|Ye|Yo|Yu)\.[A-Z][a-z]{2,}$")
