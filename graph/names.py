"""Shapes of personal names shared by every stage: particles and capitalised bylines.

Nothing here depends on spaCy, so the article cleaner can use it as well as the
extractors.
"""
from __future__ import annotations

import re

#: Lower-case particles inside personal names ("Ana de la Torre", "Pau i Soler", "Pieter van der Berg",
#: "Nizar al-Khatib", "Ali bin Said"): the nobiliary, conjunctive and patronymic particles of Romance,
#: Germanic and Arabic naming customs. Callers decide where a particle may stand (never first).
NAME_PARTICLES = frozenset({
    "de", "del", "della", "dello", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der",
    "den", "ter", "ten", "zu", "af", "i", "y", "e", "bin", "bint", "ibn", "ben", "abu", "al", "el",
})


def uncapitalise_name(name: str) -> str:
    """Write a name set in capitals (a byline: "By ANA DE LA TORRE") in title case.

    Particles inside the name go lower case ("de la"), each part of a
    hyphenated or apostrophed word is capitalised ("Ben-Artzi", "O'Neill"),
    initials ("R.") stay as they are.

    Args:
        name: a name; names with any lower-case letter are returned unchanged.

    Returns:
        "Ana de la Torre" for "ANA DE LA TORRE".
    """
    if not name.isupper():
        return name
    words = []
    for i, word in enumerate(name.split()):
        if i and word.casefold() in NAME_PARTICLES:
            words.append(word.lower())
        elif len(word) <= 2 and word.endswith("."):
            words.append(word)  # an initial: "R."
        else:
            words.append("".join(p.capitalize() for p in re.split(r"([-'’])", word)))
    return " ".join(words)


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
