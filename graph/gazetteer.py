"""General world knowledge: countries, territories, places, bodies, outlets, titles.

The data lives in ``ontology/gazetteer.json``; countries come from pycountry.  It
holds no article's cast: only names any newsroom style guide would know.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
DEFAULT_GAZETTEER = ONTOLOGY_DIR / "gazetteer.json"


@dataclass(frozen=True)
class GazEntry:
    """One gazetteer name.

    Attributes:
        name: canonical name.
        cls: entity class (Country, Territory, Place, Organization).
        aliases: other names.
        country: canonical name of the country it belongs to ("" if none).
        outlet: True for media outlets and platforms.
        dependency: True for a dependent territory of pycountry's list (an overseas
            department, a crown dependency, an overseas territory): a Territory
            when its status is at stake, otherwise a place like any region.
    """

    name: str
    cls: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    outlet: bool = False
    dependency: bool = False


def fold(text: str) -> str:
    """Fold a name for lookups: NFKC, typographic apostrophes, case, spacing.

    Args:
        text: a surface form.

    Returns:
        The folded key ("Donetsk People’s Republic" -> "donetsk people's republic"; Romanian s and t
        with a cedilla as with a comma below).
    """
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").translate(COMMA_BELOW_FORMS)
    return re.sub(r"\s+", " ", text).strip().casefold()


#: Romanian s and t with the cedilla older fonts use, folded to the comma below ("Chişinău" is "Chișinău")
COMMA_BELOW_FORMS = str.maketrans("şţŞŢ", "șțȘȚ")
#: the other way round, for the spelling variants the entity ruler matches
CEDILLA_FORMS = str.maketrans("șțȘȚ", "şţŞŢ")


#: formal styles of a state before "of" + its short name ("Federation of Malaysia", "Kingdom of
#: Norway", "Independent State of Samoa"), after the UN Terminology Database's formal country names
STATE_LONG_FORM = re.compile(
    r"(?:the )?(?:(?:federal|democratic|islamic|united|socialist|arab|people's|hashemite|plurinational|"
    r"bolivarian|co-operative|cooperative|independent|grand) )*(?:republic|federation|kingdom|commonwealth|"
    r"sultanate|principality|state|duchy|emirate|union|confederation) of (?:the )?(.+)")


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables built from the gazetteer file and pycountry.

    Attributes:
        entries: every entry.
        by_name: folded name or alias -> entry.
        demonyms: folded demonym -> canonical country/territory name ("" for
            groups with no country, e.g. "Muslims").
        capitals: folded capital or seat of power -> canonical country name.
        person_titles: titles that precede a person's name.
        head_titles: titles whose holder speaks for a country.
        honorific_openers: folded honorifics that open a chain of honorifics before a name
            (the Malay "Dato", "Tan Sri", "Haji").
        honorific_chain_words: folded words that go on such a chain ("Seri", "Setia", "Paduka").
        outlet_domains: web domain -> outlet name.
        region_abbreviations: news-style abbreviation of a state or province ("Vt.")
            -> its listed name ("Vermont").
        declared_states: territories that declared statehood and hold limited or no recognition
            (Taiwan, Kosovo, Abkhazia, ...).
        parties: folded names of well-known political parties whose names carry no party word
            ("Sinn Féin", "Likud").
    """

    entries: tuple[GazEntry, ...]
    by_name: dict[str, GazEntry] = field(hash=False, compare=False)
    demonyms: dict[str, str] = field(hash=False, compare=False)
    capitals: dict[str, str] = field(hash=False, compare=False)
    person_titles: frozenset[str] = frozenset()
    head_titles: frozenset[str] = frozenset()
    honorific_openers: frozenset[str] = frozenset()
    honorific_chain_words: frozenset[str] = frozenset()
    outlet_domains: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    adjectives: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    region_abbreviations: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    declared_states: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()

    def lookup(self, surface: str) -> GazEntry | None:
        """Find the entry for a surface form.

        Args:
            surface: a name as written; a leading "the" and a possessive are ignored.

        Returns:
            The entry, or None.
        """
        key = fold(surface)
        key = re.sub(r"('s|')$", "", key)
        if key in self.by_name:
            return self.by_name[key]
        if key.startswith("the ") and key[4:] in self.by_name:
            return self.by_name[key[4:]]
        if key in self.outlet_domains:  # "Rappler.com": an outlet's web address names the outlet
            return self.by_name.get(fold(self.outlet_domains[key]))
        m = STATE_LONG_FORM.fullmatch(key)
        if m:  # "the Federation of Malaysia", "Kingdom of Norway": a country's formal style
            entry = self.lookup(m.group(1))
            if entry is not None and entry.cls == "Country":
                return entry
        m = re.fullmatch(r"(?:the )?(\S+) republic", key)
        country = self.demonyms.get(m.group(1)) if m else None
        if country and fold(self.adjectives.get(country, "")) == m.group(1):
            # "the Somali Republic", "the French Republic": a state styled by its own nationality adjective
            entry = self.by_name.get(fold(country))
            if entry is not None and entry.cls == "Country":
                return entry
        return None

    def adjective_of(self, country: str) -> str | None:
        """Return the nationality adjective of a country ("Syria" -> "Syrian").

        Args:
            country: a country or territory name or alias.

        Returns:
            The adjective as written in the gazetteer, or None.
        """
        entry = self.lookup(country)
        return self.adjectives.get(entry.name) if entry is not None else None

    def country_of_demonym(self, word: str) -> str | None:
        """Return the country a demonym or nationality adjective belongs to.

        Args:
            word: e.g. "Kazakh", "Russians".

        Returns:
            The canonical country name, "" for a group with no country, or
            None when the word is no demonym.
        """
        return self.demonyms.get(fold(word))

    def states_styled(self, style: str) -> frozenset[str]:
        """The countries whose formal name opens with a style: "Islamic Republic" -> Iran, Pakistan, ...

        News calls a state by its style alone once it is clear which one is meant ("the Islamic
        Republic", "the Kingdom", "the Hashemite Kingdom"); the caller picks among these the one the
        text names.

        Args:
            style: the style as written, without "the" ("Islamic Republic", "Kingdom").

        Returns:
            The canonical names of the countries with a formal name "<style> of ...".
        """
        key = fold(style).removeprefix("the ") + " of "
        return frozenset(e.name for e in self.entries if e.cls == "Country" and
                         any(fold(a).removeprefix("the ").startswith(key) for a in e.aliases))

    def is_demonym(self, word: str) -> bool:
        """Tell whether a word is a nationality, demonym or group adjective.

        Args:
            word: e.g. "Kazakh", "Ordinary Kazakhs".

        Returns:
            True when its last word (or the whole phrase) is a demonym.
        """
        key = fold(word)
        if key in self.demonyms:
            return True
        last = key.split(" ")[-1] if key else ""
        return last in self.demonyms


def _country_names(path: str | None = None) -> list[GazEntry]:
    import pycountry

    data = _raw(path)
    extra = data["country_names"]
    skip = set(data["skip_country_codes"])
    dependent = set(data.get("dependent_territory_codes", ()))
    out = []
    for c in pycountry.countries:
        if c.alpha_2 in skip:
            continue
        names = list(extra.get(c.alpha_2, []))
        common = getattr(c, "common_name", None)
        for n in (common, c.name, getattr(c, "official_name", None)):
            if n and n not in names:
                names.append(n)
        cls = "Territory" if c.alpha_2 in dependent else "Country"
        out.append(GazEntry(name=names[0], cls=cls, aliases=tuple(names[1:]), dependency=c.alpha_2 in dependent))
    for name, aliases in data["historic_countries"].items():
        out.append(GazEntry(name=name, cls="Country", aliases=tuple(aliases)))
    return out


def _adjectives(demonyms: dict[str, str]) -> dict[str, str]:
    """Pick each country's nationality adjective among its demonyms.

    The adjective is a demonym with an adjective ending ("Japanese",
    "Spanish", "Swiss", "Syrian"), preferring one whose plural is also listed
    ("Syrian" / "Syrians"), else the shortest.

    Args:
        demonyms: demonym -> canonical country name.

    Returns:
        Canonical country name -> adjective.
    """
    by_country: dict[str, list[str]] = {}
    for word, country in demonyms.items():
        if word[:1].isupper() and " " not in word:
            by_country.setdefault(country, []).append(word)
    out = {}
    for country, words in by_country.items():
        listed = set(words)
        ranked = sorted(words, key=lambda w: (not w.endswith(("ese", "ish", "ss", "ch", "i", "an", "ic")),
                                              w + "s" not in listed, len(w), w))
        out[country] = ranked[0]
    return out


@lru_cache(maxsize=4)
def _raw(path: str | None = None) -> dict:
    return json.loads(Path(path or DEFAULT_GAZETTEER).read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load and index the gazetteer (cached).

    Args:
        path: a gazetteer JSON file; defaults to ``ontology/gazetteer.json``.

    Returns:
        The indexed :class:`Gazetteer`.

    Raises:
        FileNotFoundError: when the file is missing.
        json.JSONDecodeError: when it is not JSON.
    """
    import pycountry

    data = _raw(path)
    countries = _country_names(path)
    code_to_name: dict[str, str] = {}

    for c in pycountry.countries:
        for e in countries:
            if c.name == e.name or c.name in e.aliases:
                code_to_name[c.alpha_2] = e.name
                break
    code_to_name["XK"] = "Kosovo"
    code_to_name["TW"] = "Taiwan"
    code_to_name["PS"] = "Palestine"

    def country(code_or_name: str) -> str:
        return code_to_name.get(code_or_name, code_or_name)

    entries: list[GazEntry] = list(countries)
    for name, aliases in data["territories"].items():
        entries.append(GazEntry(name=name, cls="Territory", aliases=tuple(aliases)))
    for name, aliases in data["regions"].items():
        entries.append(GazEntry(name=name, cls="Place", aliases=tuple(aliases)))
    city_groups: dict[str, list[str]] = {}
    canonical_city = {"Saint Petersburg": "St. Petersburg", "St Petersburg": "St. Petersburg", "Kiev": "Kyiv",
                      "Astana": "Nur-Sultan", "Nur Sultan": "Nur-Sultan", "Odessa": "Odesa", "Oral": "Uralsk",
                      "Washington, D.C.": "Washington", "Delhi": "New Delhi", "Bombay": "Mumbai",
                      "Calcutta": "Kolkata", "Madras": "Chennai", "Peking": "Beijing", "Rangoon": "Yangon",
                      "Saigon": "Ho Chi Minh City", "Tetuán": "Tetouan", "Cadiz": "Cádiz",
                      "Port Elizabeth": "Gqeberha", "Addis Abeba": "Addis Ababa", "Addis": "Addis Ababa"}
    city_country = {}
    for name, code in data["cities"].items():
        canon = canonical_city.get(name, name)
        city_groups.setdefault(canon, [])
        if name != canon:
            city_groups[canon].append(name)
        city_country[canon] = country(code)
    for canon, aliases in city_groups.items():
        entries.append(GazEntry(name=canon, cls="Place", aliases=tuple(aliases), country=city_country[canon]))
    for name, aliases in data["organizations"].items():
        entries.append(GazEntry(name=name, cls="Organization", aliases=tuple(aliases)))
    for name, aliases in data["outlets"].items():
        entries.append(GazEntry(name=name, cls="Organization", aliases=tuple(aliases), outlet=True))

    by_name: dict[str, GazEntry] = {}
    for e in entries:  # first entry wins: countries, then territories, places, bodies
        for n in (e.name, *e.aliases):
            by_name.setdefault(fold(n), e)
    demonyms = {fold(k): country(v) for k, v in data["demonyms"].items()}
    capitals = {fold(k): country(v) for k, v in {**data["capitals"], **data["seats_of_power"]}.items()}
    for canon, aliases in city_groups.items():
        if fold(canon) in capitals:
            for a in aliases:
                capitals.setdefault(fold(a), capitals[fold(canon)])
    return Gazetteer(
        adjectives=_adjectives({k: country(v) for k, v in data["demonyms"].items() if v}),
        entries=tuple(entries),
        by_name=by_name,
        demonyms=demonyms,
        capitals=capitals,
        person_titles=frozenset(data["person_titles"]),
        head_titles=frozenset(t.casefold() for t in data["head_titles"]),
        honorific_openers=frozenset(fold(t) for t in data.get("honorific_openers", [])),
        honorific_chain_words=frozenset(fold(t) for t in data.get("honorific_chain_words", [])),
        outlet_domains=dict(data["outlet_domains"]),
        region_abbreviations=dict(data.get("region_abbreviations", {})),
        declared_states=frozenset(data.get("declared_states", [])),
        parties=frozenset(fold(p) for p in data.get("parties", [])),
    )
