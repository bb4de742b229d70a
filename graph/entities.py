"""Entities: merge name mentions across all articles and decide each one's class.

Rules (general, no article's cast):

* Gazetteer names resolve to their canonical entry (countries, territories,
  places, bodies, outlets).
* Other names are keyed by their folded form ("Anna-Maria Berg" and
  "Anna Maria Berg" share a key).  A one-word name joins the full name
  ending with it seen in the same article (the nearest before it, else any);
  failing that, the only full name ending with it in the whole corpus
  (the "surname" rule of Stanford's deterministic coreference sieves,
  Lee et al. 2013).
* The class is voted over every mention in every article: NER labels
  (multi-word mentions count double), person titles ("President X", "Mr X"),
  appositives (", a baker"), the shape of the name (org head words such as
  "Institute", "University"; acronyms) and bylines.
* One-word names need evidence to stand alone as a person (a title, an
  appositive, a speech verb); capitalised common words ("Republic") and
  adjectives make no entity.
* An acronym defined in brackets after an organisation's name ("Inuit
  Circumpolar Council (ICC)") is that organisation throughout its article,
  whatever the gazetteer lists under the acronym.
* A shorter form joins the longer name its article used: an inner double
  surname ("Ruiz de Azúa" in "Begoña Ruiz de Azúa Otamendi"), a body's short
  name or lone head word ("Foreign Ministry", "the Commission", "the Navy"),
  the words before "of <place>" of a body's full name ("the Regional Council"
  after "the Regional Council of North Varnay", which stays the name), a
  place's short name ("North-West" for "North-West Region").
* The forms of one disputed island in an article ("X Island", "Isla X", "X")
  are one territory.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Iterable

from .gazetteer import Gazetteer, fold, load_gazetteer
from .mentions import OFFICE_TITLE_HEADS, STOP_NAMES, NameMention, clean_surface
from .models import Entity, Mention
from .names import NAME_PARTICLES
from .names import INITIAL_GLUED_NAME, abbreviates, uncapitalise_name
from .namespace import slugify
from .nlp import ROMANCE_BODY_OPENERS, is_self_rule_name

LABEL_CLASS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
               "COUNTRY": "Country", "TERRITORY": "Territory", "PLACE": "Place"}
RULER_LABEL = {"Country": "COUNTRY", "Territory": "TERRITORY", "Place": "PLACE", "Organization": "ORG"}
LABEL_WEIGHT = {"PERSON": 1.0, "ORG": 1.0, "GPE": 1.0, "LOC": 0.8, "FAC": 0.4}
TIE_ORDER = ["Person", "Place", "Organization", "Country", "Territory"]  # on equal votes
ORG_WORDS = {"institute", "university", "college", "center", "centre", "council", "party", "ministry", "agency",
             "service", "bank", "group", "committee", "commission", "foundation", "fund", "association", "union",
             "organisation", "organization", "corporation", "company", "corp", "inc", "ltd", "times", "news", "post",
             "journal", "tv", "radio", "channel", "forum", "court", "office", "department", "parliament", "assembly",
             "army", "forces", "guard", "police", "school", "academy", "society", "network", "press", "media",
             "studies", "administration", "government", "alliance", "federation", "league", "movement", "front",
             "bureau", "authority", "board", "club", "team", "church", "gazette", "herald", "tribune", "daily",
             "review", "magazine", "airlines", "bloc", "coalition", "council", "senate", "congress", "duma",
             "cabinet", "directorate", "section", "program", "programme", "project", "initiative", "watch",
             "mission", "corps", "division", "brigade", "regiment", "battalion", "fleet", "command", "force",
             "tribunal", "navy", "chamber"}
#: first words of public bodies named "<remit> <place>" ("Historic Scotland", "Visit Scotland", "Invest NI":
#: British heritage, tourism and investment agencies; "Heritage New Zealand", "Heritage Malta": the heritage agencies of
#: New Zealand, Malta and the Australian states); none is a given name
AGENCY_OPENERS = {"historic", "visit", "invest", "heritage"}
ORG_START = {"ministry", "university", "institute", "department", "office", "bank", "council", "centre", "center",
             "committee", "commission", "court", "federation", "union", "league", "party", "ambulance", "police",
             "fire", "rescue", "coastguard", "customs", "health", "transport", "embassy", "consulate", "chamber",
             "trust"} | ROMANCE_BODY_OPENERS | AGENCY_OPENERS
# ("trust": the regional community trusts of New Zealand and Britain are named "Trust <region>")
ORG_WORDS |= {"advertiser", "chronicle", "courier", "mirror", "express", "bulletin", "sentinel", "inquirer",
              "examiner", "dispatch", "telegraph", "ministry", "embassy", "consulate", "community", "cooperation",
              "co-operation", "affairs", "defence", "defense", "security", "intelligence", "unions", "workers",
              "capital", "partners", "holdings", "ventures", "investments", "technologies", "industries", "airways",
              "motors", "systems", "labs", "cycles", "pharmaceuticals", "logistics", "trust", "nations",
              "representatives", "commons", "deputies", "delegates", "railroad", "railway", "railways", "railroads",
              "legislature", "ferries"}
#: sports clubs ("Varnby United", "Tolsby FC", "Kelby Rovers", "Varn Athletic") and trade tails of firms
#: ("X Petroleum", "X Energy", "X Yards")
CLUB_AND_TRADE_WORDS = {"united", "fc", "afc", "petroleum", "energy", "shipping", "mining", "yards", "shipyard",
                        "shipyards", "telecom", "insurance", "rovers", "athletic", "wanderers", "albion", "hotspur"}
ORG_WORDS |= CLUB_AND_TRADE_WORDS
#: the sub-districts of Bangladesh, Pakistan and India ("X Upazila", "X Tehsil"): place words, and units of local
#: government for the locatedIn readers
SOUTH_ASIAN_SUB_DISTRICTS = frozenset({"upazila", "tehsil", "taluka", "taluk"})
#: (a named railroad or railway is the company that built and ran the line: "the Boston and Maine Railroad"; so are
#: named ferries: "Varnay Ferries")
PLACE_WORDS = {"city", "province", "region", "oblast", "district", "county", "street", "square", "river", "sea",
               "ocean", "island", "islands", "mountains", "valley", "lake", "bay", "peninsula", "krai", "state",
               "township", "ward", "borough", "prefecture", "atoll", "islets", "archipelago", "heights",
               "palace", "castle", "cathedral", "camp", "barracks", "harbour", "harbor", "falls", "cayes", "cays",
               "reef", "creek", "pref", "point", "cove", "isles", "fiord", "fjord", "chiefdom", "road", "avenue",
               "boulevard", "lough", "loch", "haven", "sector", *SOUTH_ASIAN_SUB_DISTRICTS}
# ("lough" and "loch": the Irish and Scottish words for a lake or a sea inlet, "X Lough", "Loch X")
# ("haven": an old English word for a harbour that ends many port towns' names, "X Haven")
# ("sector": the third tier of local government in Rwanda and Burundi, "Tolsa Sector")
# ("chiefdom": a local government area under a chief in parts of Africa, e.g. "Tolsa Chiefdom")
#: first words of place names that are no given names: the Spanish plural articles ("Los Llanos", "Las Tablas")
#: and the Somali "Las" (a well: "Las Qoray")
PLACE_OPENERS = frozenset({"Las", "Los"})
#: first words of the names of storms ("Cyclone Chido", "Hurricane Maria"): events, no entities
STORM_WORDS = {"cyclone", "hurricane", "typhoon", "storm"}
#: head words of the names of historical states ("Korean Empire", "Sokoto Caliphate"): countries, not bodies
STATE_WORDS = {"empire", "sultanate", "caliphate", "khanate", "shogunate", "tsardom"}
#: closing words of the names of local government areas (Nigeria, Australia): places, though "Government" is an
#: organisation word ("Ikeja Local Government Area")
LGA_TAILS = (("local", "government", "area"), ("local", "government", "district"))
#: one-word names of legislatures: capitalised, they name a body although they are English words
LEGISLATURES = {"senate", "congress", "parliament"}
#: area words that also end the names of a body's units ("the Corps' Pacific District", "the Police's North
#: Region"): with an organisation cue they make no place
UNIT_AREA_WORDS = {"district", "region"}
#: last words of the names of hills and the districts named after them ("Notting Hill"); a surname too
#: ("Anna Hill"), so they count only for a name the NER never reads as a person
HILL_WORDS = {"hill", "hills"}
# first words of landform names ("Mount Hermon", "Lake Chad", "Cape Verde") and of the Irish and British style of
# county names ("County Kerry", "County Durham")
PLACE_START = {"mount", "mt", "lake", "cape", "isle", "gulf", "strait", "ilha", "isola", "île", "mont", "monte", "piz",
               "vila", "palais", "lough", "loch", "county"}  # ("Palais": French for palace, as in the names of many
# seats of bodies)
#: head words that end no personal name: a body's seat or area ("X Campus", "X Municipality") or a facility ("X Pool",
#: "X Stadium", "X Airport", "X Bridge", "X Tunnel"; "Park" is a common surname, so not it; "Bridge" is a rarer one,
#: and a named crossing read as a person ("the King X Bridge", a headline's "X Bridge:") is the commoner error)
NON_PERSON_HEADS = {"campus", "municipality", "governorate", "prefecture", "pool", "stadium", "arena", "airport",
                    "museum", "library", "bridge", "tunnel", "causeway", "viaduct", "motorway", "expressway"}
#: capitalised last words that make a name a body though ORG_WORDS lacks them: an indigenous people's or a
#: nation's own organisation ("the Varnek People", "Tolsa First Nation"), a museum (a body even when its name opens
#: on a landform word, "Cape X Museum"), a heritage agency ("English Heritage", "<Demonym> Heritage")
BODY_TAILS = {"people", "peoples", "nation", "museum", "heritage"}
NON_PERSON_HEADS |= BODY_TAILS
#: last words that make a name a church building or its parish, never a person ("Tolsby Abbey", "Varn Minster",
#: "St Ana's Priory"); only as the last word, since "Abbey" is also a given name
RELIGIOUS_HOUSE_TAILS = frozenset({"abbey", "priory", "minster", "chapel", "basilica", "friary"})
#: a regnal number after a monarch's name ("Elizabeth II", "Harald V"); "I" alone is the pronoun more often
REGNAL_NUMBER = re.compile(r"(?=[IVX]{2,})X{0,2}(?:IX|IV|V?I{0,3})|V|X")
#: lower-case head words after a name that make it an administrative area ("X district", "X department"):
#: capitalised, the same words name a body ("Survey Department")
AREA_HEADS = {"district", "department", "province", "region", "county", "municipality", "prefecture", "state"}
EVENT_WORDS = {"parade", "war", "forum", "summit", "games", "olympics", "cup", "festival", "day", "revolution",
               "crisis", "conference", "election", "elections", "protests", "uprising", "agreement", "treaty",
               "accords", "deal", "act", "law", "plan", "doctrine", "january", "february", "march", "april", "may",
               "june", "july", "august", "september", "october", "november", "december"}

MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}


def name_token(token: str) -> bool:
    """Tell whether one word has the shape of a name word, in any script.

    "Anna", "Berg-Holt", "O'Neill", "D’Souza", "Achieng'", "Łukasz", "Šimić", "McDonald",
    initials ("J.") and abbreviated given names ("Ma." for Maria) pass, and so does a given name with a
    patronymic initial glued on ("Ts.Gantulga");
    "petrov", "RT", "2022" do not.

    Args:
        token: one word.

    Returns:
        True for a capitalised word of letters, hyphens and apostrophes.
    """
    if re.fullmatch(r"[^\W\d_]\.?|[^\W\d_][^\W\d_A-Z]\.", token):
        return token[0].isupper()
    if INITIAL_GLUED_NAME.match(token):
        return True  # "Ts.Gantulga": a patronymic initial glued to the given name
    if len(token) > 2 and token[-1] in "'’" and not token[-2] in "sSxXzZ":
        token = token[:-1]  # "Achieng'": a final apostrophe that is part of the name (see mentions._name_apostrophe)
    parts = [p for p in re.split(r"['’\-]", token)]
    if not parts or not all(p.isalpha() for p in parts) or \
            not (parts[0][:1].isupper() or (len(parts) > 1 and parts[0].casefold() in NAME_PARTICLES)):
        return False
    if token.isupper():
        return False
    return all(p[0].isupper() or len(parts) > 1 for p in parts)



def name_key(surface: str) -> str:
    """Fold a name for merging: case, hyphens, dots and apostrophes.

    Args:
        surface: a cleaned name.

    Returns:
        A key shared by spelling variants ("Anna-Maria Berg" ==
        "Anna Maria Berg").
    """
    k = fold(surface).replace("-", " ").replace(".", " ").replace("'", "")
    return re.sub(r"\s+", " ", k).strip()


def plain_key(key: str) -> str:
    """Strip the diacritics off a name key, as copy without accents spells a name ("Ibañez" -> "Ibanez").

    Args:
        key: a key from :func:`name_key`.

    Returns:
        The key with combining marks removed ("jose ibanez" for "josé ibáñez"); other letters ("ø", "ł") stay.
    """
    return "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))


#: the Arabic article glued to a surname ("al-Khatib", "el-Sayed"): the press often drops it when it repeats the
#: surname ("Khatib said")
ARTICLE_PREFIX = re.compile(r"(?:al|el)[-‐‑]([A-ZÀ-Þ][^\s]+)")


def surname_keys(last: str) -> list[str]:
    """The keys a surname is found under: itself and, after an Arabic article, the bare name.

    Args:
        last: the last word of a full name ("al-Khatib", "Berg").

    Returns:
        ["al khatib", "khatib"] for "al-Khatib"; ["berg"] for "Berg".
    """
    keys = [name_key(last)]
    m = ARTICLE_PREFIX.fullmatch(last)
    if m:
        keys.append(name_key(m.group(1)))
    return keys


#: a surname written in capitals, hyphenated parts included: "TIENDRÉBÉOGO", "AGOSSOU-DOSSA"
CAPS_SURNAME = re.compile(r"[^\W\d_a-z]{3,}(?:-[^\W\d_a-z]{2,})*")


def person_shaped(name: str) -> bool:
    """Tell whether a name has the shape of a person's name.

    Args:
        name: e.g. "Anna-Maria Berg", "Li Wei", "Berg Center".

    Returns:
        True for 1-4 title-case tokens (particles such as "de la" or "i"
        come on top: "Begoña Ruiz de Azúa Otamendi") with no org or place
        head word and no digits.
    """
    tokens = name.split()
    if len(tokens) >= 2 and REGNAL_NUMBER.fullmatch(tokens[-1]):
        tokens = tokens[:-1]  # "Anna Berg II": a monarch's regnal number is no name word
    core = [t for t in tokens if t.casefold() not in NAME_PARTICLES]
    if not 1 <= len(core) <= 4 or len(tokens) > 7 or any(ch.isdigit() for ch in name):
        return False
    words = {t.casefold().strip(".") for t in tokens}
    if len(tokens) >= 2 and tokens[0].casefold() in MONTH_NAMES:
        words.discard(tokens[0].casefold())  # "June Berg", "April Lind": months are given names too
    if words & (ORG_WORDS | PLACE_WORDS | EVENT_WORDS | NON_PERSON_HEADS):
        return False
    if len(tokens) >= 2 and tokens[-1].casefold() in RELIGIOUS_HOUSE_TAILS:
        return False  # "Tolsby Abbey", "Varn Minster": a church, not a person
    if len(tokens) >= 2 and tokens[0].casefold() in AGENCY_OPENERS:
        return False  # "Historic Varnland", "Visit Tolsby": a public body named by its remit and its place
    if len(tokens) >= 2 and tokens[0] in PLACE_OPENERS:
        return False  # "Las Tablas", "Los Llanos": a plural article or a "well" word opens a place, no given name
    if len(tokens) == 1 and re.fullmatch(r"[A-Z][a-z]{2,}(?:ians|eans)", tokens[0]):
        return False  # "Varnekians", "Tolsbians": a plural demonym names a people, not a person
    # "Rasmané TIENDRÉBÉOGO": a surname in capitals (the francophone press style) after a given name in title case
    caps_surname = len(tokens) >= 2 and not tokens[0].isupper() and name_token(tokens[0])
    return all(t.casefold() in NAME_PARTICLES or name_token(t) or caps_surname and CAPS_SURNAME.fullmatch(t)
               for t in tokens)


def _titled_person_shaped(name: str, vouched: bool) -> bool:
    """Tell whether a name is a person's, allowing a titled given name that is also a body word.

    "President Duma Varnek": a given name can be a word that heads bodies ("Duma", "Party"); as the
    first of a name that a personal title or byline vouches for, it is no body head (a heuristic from
    news usage, where bodies put such words last: "State Duma", "Labour Party").

    Args:
        name: the name.
        vouched: whether a title, a title appositive or a byline vouches for the name as a person.

    Returns:
        True when :func:`person_shaped` accepts the name, or it is vouched for and only its first
        word is a body word.
    """
    if person_shaped(name):
        return True
    tokens = name.split()
    return vouched and 2 <= len(tokens) <= 3 and tokens[0].casefold() in ORG_WORDS and \
        tokens[0].casefold() not in ORG_START and name_token(tokens[0]) and person_shaped(" ".join(tokens[1:]))


def _cluster_vouched(cl) -> bool:
    """Tell whether a cluster has explicit person evidence: a byline, a title before or a title appositive.

    Args:
        cl: the :class:`_Cluster`.

    Returns:
        True when a byline, a title or a title appositive vouches for the cluster as a person.
    """
    return bool(cl.author_of) or any(nm.title_before or nm.appositive_title for nm in cl.mentions)


@dataclass
class _Cluster:
    key: str
    mentions: list[NameMention] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    author_of: set[str] = field(default_factory=set)
    canonical: str = ""  # the name a merge chose (a body's full name over its more frequent short form)

    def full_surfaces(self) -> list[str]:
        return [nm.mention.text for nm in self.mentions if len(nm.mention.text.split()) >= 2]


@dataclass
class Resolution:
    """The entities of a build and the way back from mentions to them.

    Attributes:
        entities: key -> :class:`Entity`.
        by_span: (article, start, end) -> entity key, for every name mention.
        by_article: article -> list of (start, end, key), sorted.
        by_name: folded name or alias -> key (only unambiguous names).
        surnames: folded last name -> set of person keys.
    """

    entities: dict[str, Entity]
    by_span: dict[tuple[str, int, int], str]
    by_article: dict[str, list[tuple[int, int, str]]]
    by_name: dict[str, str]
    surnames: dict[str, set[str]]
    gaz: Gazetteer

    def resolve(self, m: Mention | None) -> str | None:
        """Find the entity a mention refers to.

        Looks up, in order: the exact span, an overlapping name mention in the
        same article, the gazetteer id, the name or alias, the one place whose
        long form it shortens ("Sulu" for "Sulu province") or whose name it lengthens
        with a lower-case area word ("Varn department" for "Varn"), and the surname
        within the article, then across the corpus when unambiguous.

        Args:
            m: a mention produced by any extractor, or None.

        Returns:
            The entity key, or None.
        """
        if m is None:
            return None
        if m.start < m.end:
            hit = self.by_span.get((m.article, m.start, m.end))
            if hit:
                return hit
        best, best_len = None, 0
        for s, e, key in self.by_article.get(m.article, ()) if m.start < m.end else ():
            if s >= m.end:
                break
            ov = min(e, m.end) - max(s, m.start)
            if ov <= best_len:
                continue
            if 2 * ov >= (m.end - m.start):  # most of the mention is that name
                best, best_len = key, ov
            elif s == m.start and m.label == "ORG" and self.entities[key].cls == "Organization":
                # the fact names the organisation in full: "Davis Center for X and Y Studies"
                best, best_len = key, ov
                self._lengthen(key, clean_surface(m.text))
        if best and m.label == "ORG" and best_len < m.end - m.start:
            # "at Daily News Egypt" partly over the shorter "Daily News": a body of the article named in full wins
            whole = self.by_name.get(name_key(" ".join(m.text.split())))
            if whole and whole != best and self.entities[whole].cls == "Organization" and \
                    m.article in self.entities[whole].articles:
                return whole
        if best:
            return best
        if m.kb_id:
            key = self.by_name.get(name_key(m.kb_id))
            if key:
                return key
        key = self.by_name.get(name_key(" ".join(m.text.split())))
        if key:
            return key  # "The National": an outlet whose name opens with "The"
        surface = clean_surface(m.text, person=m.label == "PERSON")
        key = self.by_name.get(name_key(surface))
        if key:
            return key
        if m.label != "PERSON":
            # "Sulu" for the "Sulu province" its article names: a place's short name (see _place_tail)
            longer = [k for w in sorted(PLACE_TAIL_WORDS) if (k := self.by_name.get(f"{name_key(surface)} {w}"))
                      and self.entities[k].cls in {"Place", "Territory"}]
            if len(set(longer)) == 1:
                return longer[0]
            head = surface.split()[-1] if len(surface.split()) >= 2 else ""
            bare = self.by_name.get(name_key(surface[:-len(head)].strip())) if head.islower() and \
                head in PLACE_TAIL_WORDS else None
            if bare and self.entities[bare].cls in {"Place", "Territory"} and m.article in self.entities[bare].articles:
                return bare  # "Varn department" for the place "Varn" its article names (the area word in lower case)
            words = name_key(surface).split()
            if len(words) >= 2 and words[-1] in REGION_TAILS:
                # "Okinawa Prefecture" for the region "Okinawa" (see _merge_region_long_forms)
                region = self.gaz.lookup(" ".join(words[:-1]))
                key = self.by_name.get(name_key(region.name)) if region is not None and region.cls == "Place" \
                    and not region.country else None
                if key and self.entities[key].cls == "Place":
                    return key
        entry = self.gaz.lookup(surface)
        if entry is not None:
            return self.by_name.get(name_key(entry.name))
        if m.label != "PERSON" and len(surface.split()) == 1 and surface[:1].isupper():
            # "the Courier" in an article of "The Valley Courier": an outlet's or a body's last word as its short name
            tail = " " + name_key(surface)
            orgs = {k for k, e in self.entities.items() if e.cls == "Organization" and m.article in e.articles
                    and len(e.name.split()) >= 2 and name_key(e.name).endswith(tail)
                    and name_key(surface) in ORG_WORDS}
            if len(orgs) == 1:
                return next(iter(orgs))
        last = name_key(surface.split()[-1]) if surface.split() else ""
        in_article = {k for _, _, k in self.by_article.get(m.article, ()) if k in self.surnames.get(last, ())}
        if len(in_article) == 1:
            return next(iter(in_article))
        if len(in_article) > 1 and m.start < m.end:
            # "Okafor said" when the article names two Okafors: the one named last before it
            before = [(s, k) for s, _, k in self.by_article.get(m.article, ()) if k in in_article and s < m.start]
            if before:
                return max(before)[1]
        cands = self.surnames.get(last, set())
        if len(cands) == 1 and len(surface.split()) == 1:
            return next(iter(cands))
        return None

    def _lengthen(self, key: str, longer: str) -> None:
        """Make a longer full name the canonical name; the old one becomes an alias."""
        e = self.entities[key]
        if longer and len(longer) > len(e.name) and longer.startswith(e.name):
            self.entities[key] = Entity(key=e.key, name=longer, cls=e.cls, aliases=e.aliases | {e.name},
                                        articles=e.articles)
            self.by_name.setdefault(name_key(longer), key)

    def ensure(self, m: Mention, cls: str) -> str | None:
        """Resolve a mention, or create an entity for a name no NER found.

        Used for organisations named only inside a fact ("chairman of the
        European Georgia party").  A self-governing body that a fact asks for
        as a territory (the target of a recognition stance: "recognises the
        Self-Governing Authority of X") becomes one: such a body names the de
        facto polity it governs (see :func:`graph.nlp.is_self_rule_name`).

        Args:
            m: the mention.
            cls: the class to give a new entity.

        Returns:
            The entity key, or None when the text is not name-like.
        """
        key = self.resolve(m)
        if key:
            e = self.entities[key]
            if cls == "Territory" and e.cls == "Organization" and is_self_rule_name(e.name):
                self.entities[key] = replace(e, cls="Territory")
            return key
        if m.kb_id:
            entry = self.gaz.lookup(m.kb_id)
            name, cls = (entry.name, entry.cls) if entry else (m.kb_id, cls)
        else:
            name = clean_surface(m.text) if m.start >= 0 or cls != "Territory" else " ".join(m.text.split())
            surface = " ".join(m.text.split())
            outlet_form = cls == "Organization" and self.gaz.is_demonym(name) and \
                re.fullmatch(r"The\s+[A-Z]\w+", surface) is not None
            if outlet_form:
                name = surface  # "The Hindu", "The Australian": an outlet named by "The" and a demonym
            descriptive = cls == "Territory" and m.start < 0  # "territory in X annexed by Y"
            # "Al Jazeera English": an outlet's language edition, not a people ("Ordinary Kazakhs")
            edition = cls == "Organization" and not self.gaz.is_demonym(surface.split()[0]) and \
                re.fullmatch(r"(?:[A-Z][\w-]*\s+)+(?:English|French|Arabic|Spanish)", surface) is not None
            if not name or (self.gaz.is_demonym(name) and not (outlet_form or edition)) or \
                    not (descriptive or name[0].isupper()):
                return None
            if edition:  # the edition is the outlet the article already names ("Al Jazeera")
                base = self.resolve(replace(m, start=m.start, end=m.start, text=surface.rsplit(" ", 1)[0]))
                if base:
                    return base
            if cls == "Organization" and _no_body_name(name):
                return None
        key = _unique_key(name, cls, self.entities)
        in_text = 0 <= m.start < m.end
        self.entities[key] = Entity(key=key, name=name, cls=cls, aliases=frozenset(),
                                    articles=frozenset({m.article}) if in_text else frozenset())
        self.by_name.setdefault(name_key(name), key)
        return key

    def add_article(self, key: str, article: str) -> None:
        """Record that an article mentions an entity (e.g. through a fact)."""
        e = self.entities[key]
        if article not in e.articles:
            self.entities[key] = Entity(key=e.key, name=e.name, cls=e.cls, aliases=e.aliases,
                                        articles=e.articles | {article})


#: words that never name a body on their own: a title's qualifier ("Shadow home secretary", "Acting chair")
LONE_NON_BODY_WORDS = frozenset({"shadow", "acting", "interim", "deputy", "former", "opposition", "junior",
                                 "senior"})


def _no_body_name(name: str) -> bool:
    """Tell whether a name that only a fact gives ("X leader Anna Berg") names no body.

    A lone word that qualifies a title ("Shadow", "Acting") names no body; nor does a
    state's title phrase ("Ruritania's Minister of Trade": the possessor's office, not a body).

    Args:
        name: the cleaned name.

    Returns:
        True when no organisation should be made of it.
    """
    if name.casefold() in LONE_NON_BODY_WORDS:
        return True
    m = re.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}['’]s ([A-Z][\w-]*)(?: of [A-Z][\w -]*)?", name)
    return m is not None and m.group(1).casefold() in OFFICE_TITLE_HEADS


def _unique_key(name: str, cls: str, taken: dict) -> str:
    key = slugify(name)
    if key in taken:
        key = slugify(f"{name} {cls}")
    n = 2
    base = key
    while key in taken:
        key = f"{base}-{n}"
        n += 1
    return key


#: the title words that close newspapers' names in German, Dutch and the Nordic languages, as a name's last word or
#: its last hyphenated part ("Tolsby-Zeitung", "Varnek Dagblad")
FOREIGN_PRESS_WORDS = frozenset({"zeitung", "blatt", "kurier", "anzeiger", "nachrichten", "rundschau", "tagblatt",
                                 "dagblad", "krant", "courant", "dagbladet", "tidende", "avisen", "posten",
                                 "tidning"})


def _vote(cl: _Cluster) -> str | None:
    """Vote a cluster's class over its mentions (see the module docstring).

    The small English model often labels unfamiliar foreign personal names as
    organisations or places; when a person-shaped name has explicit person
    evidence (a title, a person appositive, a byline), its other NER labels
    count half.  A place whose sovereignty the text puts at stake
    ("sovereignty over X", "title to X") is a territory.

    Args:
        cl: the cluster.

    Returns:
        The class, or None when nothing votes.
    """
    votes: Counter = Counter()
    names = cl.full_surfaces() or [nm.mention.text for nm in cl.mentions]
    name = Counter(names).most_common(1)[0][0] if names else cl.key
    vouched = _cluster_vouched(cl)
    discount = vouched and len(name.split()) >= 2 and _titled_person_shaped(name, vouched)
    for nm in cl.mentions:
        m = nm.mention
        cls = LABEL_CLASS.get(m.label)
        if cls is None or nm.adjective:
            continue
        w = LABEL_WEIGHT.get(m.label, 1.0) * (2 if len(m.text.split()) >= 2 else 1)
        if nm.in_quote:
            w *= 0.5
        if discount and cls != "Person":
            w *= 0.5
        votes[cls] += w
        if nm.title_before:
            votes["Person"] += 3
        if nm.appositive_noun and m.label == "PERSON":
            votes["Person"] += 1
        elif nm.appositive_noun and nm.speaks and not nm.in_quote and len(m.text.split()) >= 2 and \
                person_shaped(m.text):
            votes["Person"] += 3  # "says Anna Berg, a bus driver": a speaker in apposition with a common noun
        if nm.appositive_title:
            votes["Person"] += 3
        if nm.place_cue:
            votes["Place"] += 3
        if nm.org_cue or nm.outlet:
            votes["Organization"] += 3  # (the article's own outlet, from its masthead or footer, is a body)
        if nm.locative:
            votes["Place"] += 1.5
    if cl.author_of:
        votes["Person"] += 3
    tokens = [t.casefold().strip(".,") for t in name.split()]
    if tokens and (tokens[-1] in ORG_WORDS or tokens[0] in ORG_START or (len(tokens) > 2 and set(tokens) & ORG_WORDS)):
        votes["Organization"] += 10
    if tokens and re.split(r"[-‐]", tokens[-1])[-1] in FOREIGN_PRESS_WORDS:
        votes["Organization"] += 10  # "Neue Tolsby Zeitung", "Varnek-Kurier": a paper named in its own language
    unit = tokens and tokens[-1] in UNIT_AREA_WORDS and any(nm.org_cue for nm in cl.mentions)
    if len(tokens) > 2 and tokens[1] == "of" and tokens[0] in {"city", "shire", "town", "municipality", "borough"} and \
            any(nm.org_cue for nm in cl.mentions):
        unit = True  # "the City of X council voted": the council's formal name, read as a body by the mention step
    # the head of "<Head> of <Complement>" is the word before "of": "Bishops Conference of Varnay and the Tolsa
    # Islands" is a conference, "Bay of Islands" a bay
    head = tokens[tokens.index("of", 1) - 1] if "of" in tokens[1:] else tokens[-1] if tokens else ""
    if tokens and (head in PLACE_WORDS or (len(tokens) >= 2 and tokens[0] in PLACE_START)) and not unit:
        votes["Place"] += 5  # (not "the Corps' Pacific District", named as a body's unit: see UNIT_AREA_WORDS)
    if len(tokens) >= 2 and tokens[-1] in HILL_WORDS and not any(nm.mention.label == "PERSON" for nm in cl.mentions):
        votes["Place"] += 5  # "Notting Hill", "Capitol Hill" read as a body: a place ("Hill" is also a surname)
    if len(tokens) >= 2 and tokens[-1] in AREA_HEADS and name.split()[-1].islower() and name[:1].isupper():
        votes["Place"] += 20  # "Loreto department", "Gorkha district": an area, not its administration
    if re.fullmatch(r"[A-Z]{2,6}", name) or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", name):
        votes["Organization"] += 2
    if len(tokens) >= 2 and tokens[-1] in BODY_TAILS and name.split()[-1][:1].isupper():
        votes["Organization"] += 20  # "the Varnek People", "Cape Tolsa Museum": a body (see BODY_TAILS)
    if len(tokens) >= 2 and tokens[-1] in STATE_WORDS and not any(nm.outlet for nm in cl.mentions):
        votes["Country"] += 20  # "the Korean Empire": a historical state (not a masthead's "X Empire", a paper)
    if tuple(tokens[-3:]) in LGA_TAILS:
        votes["Place"] += 20
    if any(nm.holy_site for nm in cl.mentions):
        votes["Place"] += 20  # "the X monastery" once: the name is the site's wherever else the NER reads a person
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], TIE_ORDER.index(kv[0]) if kv[0] in TIE_ORDER else 9))
    settled = any(nm.settlement for nm in cl.mentions) and not any(nm.territory_cue for nm in cl.mentions)
    for cls, _ in ranked:
        if cls == "Person" and not _titled_person_shaped(name, vouched):
            continue
        if cls in {"Place", "Territory"} and settled:
            return "Place"  # ", a beachside suburb of …" with no sovereignty at stake: a place
        if cls == "Place" and any(nm.territory_cue or nm.mention.label == "TERRITORY" for nm in cl.mentions):
            return "Territory"  # "sovereignty over X", or a short form the text holds as a territory ("the Xs")
        return cls
    return None


def _merge_short_org_names(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]]) -> None:
    """Merge an organisation's short name into the one longer name ending with it.

    "Security Council" joins "UN Security Council" when that is the only
    organisation-like name in the corpus (found by the NER or the gazetteer)
    ending with those words.  When several end with it, or the short name is
    a lone head word ("the Commission"), each mention joins the longer name
    its own article used last before it, if any.
    """
    orgish = {k for k, cl in clusters.items() if len(k.split()) >= 2 and k.split()[-1] in ORG_WORDS}
    # a lone head word ("the Commission") only joins a body its own article names
    heads = {k for k in clusters if " " not in k and k in ORG_WORDS}
    gaz_names = {name_key(kb): kb for kb in gaz_hits}
    for short in sorted(orgish | heads, key=len):
        if short not in clusters:
            continue
        longer = [("c", k) for k in orgish if k != short and k in clusters and k.endswith(" " + short)]
        longer += [("g", kb) for k, kb in gaz_names.items() if k.endswith(" " + short)]
        if len(longer) == 1 and short not in heads:
            kind, target = longer[0]
            moved = clusters.pop(short).mentions
            (clusters[target].mentions if kind == "c" else gaz_hits[target]).extend(moved)
            continue
        # several bodies end with it ("Syrian Foreign Ministry", "Russian Foreign Ministry"):
        # a mention joins the one its own article names before it
        if not longer:
            continue
        kept = []
        for nm in clusters[short].mentions:
            art, pos = nm.mention.article, nm.mention.start
            near = [(max((x.mention.start for x in (clusters[t].mentions if kind == "c" else gaz_hits[t])
                          if x.mention.article == art and x.mention.start < pos), default=-1), kind, t)
                    for kind, t in longer]
            near = [x for x in near if x[0] >= 0]
            if near:
                _, kind, target = max(near)
                (clusters[target].mentions if kind == "c" else gaz_hits[target]).append(nm)
            else:
                kept.append(nm)
        clusters[short].mentions = kept
        if not kept:
            del clusters[short]


#: head words after a region's name that only spell out its kind: "Okinawa Prefecture", "Kerry County"
REGION_TAILS = {"prefecture", "pref", "province", "county", "region"}


def _articles(nms) -> set[str]:
    """The ids of the articles a list of name mentions comes from."""
    return {nm.mention.article for nm in nms}


def _merge_region_long_forms(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                             gaz: Gazetteer) -> None:
    """Join a gazetteer region's long form to the region: "Okinawa Prefecture", "OKINAWA PREF." -> "Okinawa".

    Only regions (gazetteer places that belong to no listed country, not
    cities) take a long form this way: "Kyiv Oblast" is not the city of Kyiv.
    The long form must be voted a place and share an article with the region.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer name -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    for k in list(clusters):
        words = k.split()
        if len(words) < 2 or words[-1] not in REGION_TAILS or not clusters[k].mentions:
            continue
        entry = gaz.lookup(" ".join(words[:-1]))
        if entry is None or entry.cls != "Place" or entry.country or entry.name not in gaz_hits:
            continue
        arts = _articles(clusters[k].mentions)
        if arts & _articles(gaz_hits[entry.name]) and _vote(clusters[k]) == "Place":
            gaz_hits[entry.name].extend(clusters.pop(k).mentions)


#: the last words of state and province names that the text may leave out ("Himachal" for "Himachal Pradesh")
STATE_TAILS = {"pradesh", "province", "oblast", "krai", "prefecture", "region", "state"}


def _merge_region_short_forms(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                              gaz: Gazetteer) -> None:
    """Join a one-word short form to the gazetteer region or territory its article names in full.

    "Himachal" for "Himachal Pradesh", "Kherson" for "Kherson Oblast": the full name must be a listed place or
    territory named in the same article, ending with a state word, and the short form no listed name.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer name -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    longs: dict[str, str] = {}
    for kb in gaz_hits:
        words = name_key(kb).split()
        entry = gaz.lookup(kb)
        if len(words) == 2 and words[-1] in STATE_TAILS and entry is not None and entry.cls in {"Place", "Territory"}:
            longs.setdefault(words[0], kb)
    for k in list(clusters):
        kb = longs.get(k)
        cl = clusters[k]
        if kb is None or not cl.mentions or gaz.lookup(k) is not None or \
                any(nm.mention.label == "PERSON" or nm.title_before or nm.appositive_title for nm in cl.mentions):
            continue
        if _articles(cl.mentions) & _articles(gaz_hits[kb]):
            gaz_hits[kb].extend(clusters.pop(k).mentions)


#: the legal forms that close a company's name ("X Nickel Corp." is "X Nickel")
COMPANY_FORMS = {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "co", "pcl", "gmbh",
                 "ag", "sa", "nv", "bv", "pty"}
#: lower-case words after a place's name that only say what kind of area it is ("X district", "X Local Government Area")
AREA_FORMS = (("district",), ("province",), ("county",), ("region",), ("prefecture",), ("department",),
              ("municipality",), ("local", "government", "area"))


def _merge_long_forms(clusters: dict[str, _Cluster]) -> None:
    """Join a name and its long form named in the same article, when both are the same kind of thing.

    A company with and without its legal form ("X Nickel" and "X Nickel Corp."), and a place with and without
    its area word ("X" and "X district", "X Local Government Area"): the short cluster joins the long one.

    Args:
        clusters: the name clusters (changed in place).
    """
    for k in list(clusters):
        cl = clusters.get(k)
        if cl is None or not cl.mentions:
            continue
        words = k.split()
        for n in (1, 3):
            if len(words) <= n:
                continue
            tail, rest = tuple(words[-n:]), " ".join(words[:-n])
            short = clusters.get(rest)
            if short is None or not short.mentions or short is cl or not (_articles(short.mentions) & _articles(cl.mentions)):
                continue
            kind = _vote(cl)
            if (n == 1 and tail[0] in COMPANY_FORMS and kind == "Organization" and _vote(short) == "Organization") or \
                    (tail in AREA_FORMS and kind == "Place" and _vote(short) == "Place" and
                     any(nm.mention.text.split()[-1].islower() or n == 3 for nm in cl.mentions)):
                cl.mentions.extend(clusters.pop(rest).mentions)
                break
            if n == 1 and tail[0] in {"island", "isle"} and len(words) == 2 and kind == "Place" and \
                    not any(o.split()[:1] == [rest] and tuple(o.split()[1:]) in AREA_FORMS + (("city",), ("town",))
                            for o in clusters) and \
                    _vote(short) == "Person" and not any(nm.title_before or nm.appositive_title or nm.speaks or
                                                         nm.relative for nm in short.mentions):
                # "fishermen from Varna Island" and "the people of Varna": a one-word name the NER reads as a person
                # is the island the article names in full, when nothing says a person and no other long form
                # ("X County") could own it
                cl.mentions.extend(clusters.pop(rest).mentions)
                break


#: landform words after a territory's name that only say what it is: "X Pass", "X Island"
TERRITORY_LANDFORMS = {"pass", "island", "islands", "islet", "islets", "atoll", "atolls", "reef", "reefs", "shoal",
                       "shoals", "peninsula"}
#: landform words that name a group ("the X Reefs", "the X Islands"): the bare name is the group's short form, not
#: a town the group is named after (a town lends its name to one island off it, rarely to a whole group)
GROUP_TERRITORY_LANDFORMS = {"islands", "islets", "atolls", "reefs", "shoals"}


def _merge_territory_landforms(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                               gaz: Gazetteer) -> None:
    """Join a territory's landform name to the territory: "Kelso Pass" -> "Kelso".

    A disputed pass, island or reef is the territory its article names with
    the bare name; the landform word only says what it is.  The territory must
    be a gazetteer territory, or a name voted a territory, named in the same article;
    a landform name at stake whose bare name the article gave as another name of a
    place ("the W Islands, called the X in Ruritanian") joins that place.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer name -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    for k in list(clusters):
        words = k.split()
        if len(words) < 2 or words[-1] not in TERRITORY_LANDFORMS or not clusters[k].mentions:
            continue
        rest = " ".join(words[:-1])
        arts = _articles(clusters[k].mentions)
        entry = gaz.lookup(rest)
        if entry is not None and entry.cls == "Territory" and entry.name in gaz_hits:
            if arts & _articles(gaz_hits[entry.name]):
                gaz_hits[entry.name].extend(clusters.pop(k).mentions)
        elif entry is None and (kb := next((kb for kb, nms in gaz_hits.items() if name_key(kb) == rest and any(
                nm.mention.label == "TERRITORY" for nm in nms)), None)) is not None:
            if arts & _articles(gaz_hits[kb]):
                gaz_hits[kb].extend(clusters.pop(k).mentions)  # a territory the ruler knows ("Migingo")
        elif entry is None and rest in clusters and clusters[rest].mentions and _vote(clusters[rest]) == "Territory" \
                and arts & _articles(clusters[rest].mentions):
            clusters[rest].mentions.extend(clusters.pop(k).mentions)  # a territory the text puts at stake
        elif entry is None and rest not in clusters and _vote(clusters[k]) == "Territory":
            # "the W Islands, called the X in Ruritanian" … "a claim to the X Islands": the bare name joined the
            # place it gives another name to (see _merge_other_names); the territory at stake is that place
            holder = next((c for c, cl in clusters.items() if c != k and cl.mentions and any(
                nm.same_as and name_key(nm.mention.text) == rest for nm in cl.mentions)), None)
            if holder is not None and arts & _articles(clusters[holder].mentions) and \
                    _vote(clusters[holder]) in {"Place", "Territory"}:
                clusters[holder].mentions.extend(clusters.pop(k).mentions)


#: first words of island names in other languages ("Isla X", "Ilha X", "Pulau X"): "Isla X" is "X Island"
LANDFORM_HEADS = {"isla", "islas", "islote", "ilha", "ilhas", "ilhéu", "isola", "isole", "île", "ile", "îles", "iles",
                  "pulau", "cayo"}


def _landform_core(name: str) -> str:
    """The name of a territory without its landform word: "X Island", "Isla X" and "X" give "x".

    Args:
        name: a name.

    Returns:
        The folded name without a closing landform word or an opening foreign island word.
    """
    words = name_key(name).split()
    if len(words) >= 2 and words[-1] in TERRITORY_LANDFORMS:
        return " ".join(words[:-1])
    if len(words) >= 2 and words[0] in LANDFORM_HEADS:
        return " ".join(words[1:])
    return " ".join(words)


def _merge_territory_variants(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                              gaz: Gazetteer) -> None:
    """Join the forms of one disputed island or reef named in the same article: "X Island", "Isla X", "X".

    The ruler marks each wording of an unlisted territory as a territory of its own ("talks on X",
    "sovereignty over Isla X", "claim to X Island"); they share their name without the landform word.  Each
    set of such forms sharing an article becomes one territory, named by its English landform form ("X
    Island") when there is one, and a listed gazetteer territory when one of them is.  A name no entity
    found as a territory joins it too ("a patrol boat off X" read as a person's name) when nothing vouches for a
    person (a title, a person appositive, a speech verb) or for a town ("the town of X", "X, a city on …", with
    no sovereignty at stake): an island is often named after the town on the bank ("X Island" off "X").  When the
    bare name is another name the article gave a place ("the W Islands, called the X in Ruritanian"), that place
    joins the territory.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer or ruler name -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    def listed(kb: str) -> bool:
        entry = gaz.lookup(kb)
        return entry is not None and entry.cls == "Territory"

    groups: dict[str, list[str]] = defaultdict(list)
    for kb, nms in gaz_hits.items():
        entry = gaz.lookup(kb)
        if nms and (entry is None or entry.cls == "Territory") and any(nm.mention.label == "TERRITORY" for nm in nms):
            groups[_landform_core(kb)].append(kb)
    for core, kbs in groups.items():
        if sum(listed(kb) for kb in kbs) > 1 or not core:
            continue
        target = max(kbs, key=lambda kb: (listed(kb), name_key(kb).split()[-1] in TERRITORY_LANDFORMS, len(kb), kb))
        for kb in kbs:
            if kb != target and _articles(gaz_hits[kb]) & _articles(gaz_hits[target]):
                gaz_hits[target].extend(gaz_hits.pop(kb))
        # "the islet of Y" for the listed territory "X Island" known also as "Y Island": the core of each of its
        # other names is a short form too, unless the gazetteer lists that core as a name of its own
        entry = gaz.lookup(target) if listed(target) else None
        cores = [core] + ([c for c in dict.fromkeys(_landform_core(a) for a in entry.aliases)
                           if c != core and gaz.lookup(c) is None] if entry is not None else [])
        for short_key in cores:
            short = clusters.get(short_key)
            # "in X, where the island …": the town the island is named after, no sovereignty at stake; a name with
            # no landform word ("X" for the territory "X") or the short form of a group ("X" for "the X Reefs") is
            # the territory itself, whatever place cue its mentions carry ("at the tip of X")
            tail = name_key(target).split()[-1]
            named_after = short_key != name_key(target) and tail not in GROUP_TERRITORY_LANDFORMS
            # the core of another listed name ("the islet of Y" for "Y Island"): the gazetteer vouches that the
            # island bears it, so only an appositive calling it a town ("Y, a fishing town") keeps it apart
            town = named_after and short is not None and \
                any(nm.settlement or (nm.place_cue and short_key == core) for nm in short.mentions) and \
                not any(nm.territory_cue for nm in short.mentions)
            if short is not None and short.mentions and _articles(short.mentions) & _articles(gaz_hits[target]) and \
                    not town and not any(nm.title_before or nm.appositive_title or nm.speaks for nm in short.mentions):
                gaz_hits[target].extend(clusters.pop(short_key).mentions)
            elif short is None and short_key == core:
                # "the W Islands, called the X in Ruritanian" … "sovereignty over the X Islands": the bare name
                # joined the place it gives another name to (see _merge_other_names); that place is the territory
                holder = next((c for c, cl in clusters.items() if cl.mentions and any(
                    nm.same_as and name_key(nm.mention.text) == core for nm in cl.mentions)), None)
                if holder is not None and _articles(clusters[holder].mentions) & _articles(gaz_hits[target]) and \
                        _vote(clusters[holder]) in {"Place", "Territory"}:
                    gaz_hits[target].extend(clusters.pop(holder).mentions)
        for key in [k for k in clusters if k != core and _foreign_spelling(k, core)]:
            other = clusters[key]
            # "Ilha X" in a Portuguese quote for the territory "Isla X": one island in the other language's spelling
            if other.mentions and _articles(other.mentions) & _articles(gaz_hits[target]) and \
                    not any(nm.title_before or nm.appositive_title or nm.speaks for nm in other.mentions):
                gaz_hits[target].extend(clusters.pop(key).mentions)


def _foreign_spelling(key: str, core: str) -> bool:
    """Tell whether a name is the territory core's name in a sister language's spelling.

    Spanish and Portuguese (or Italian and French) forms of one island differ by a letter or two once the landform
    word is set aside ("Isla Tolsera", "Ilha Tolseira"); a one-word name must carry a foreign island word, so
    that a town named like the territory stays apart. A name of several words may differ in one word only.

    Args:
        key: a cluster's folded name.
        core: a territory's name without its landform word (see :func:`_landform_core`).

    Returns:
        True for a name opening with a foreign island word whose rest is one or two edits from ``core``
        (a similarity ratio of at least 0.85, same first letter, five letters or more), or for a name of
        several words that differs from ``core`` in one word of five letters or more with the same first three
        letters ("Rincão X" for "Rincón X"; the Spanish -ón and the Portuguese -ão endings), the other words being
        the same (one of four letters or more) and the whole a similarity ratio of at least 0.85 from ``core``.
    """
    words = key.split()
    if len(words) < 2 or len(core) < 5:
        return False
    if words[0] not in LANDFORM_HEADS:
        # "Rincão X" in a Portuguese quote for the territory "Rincón X": one word of a name of several differs
        # by the sister languages' spelling, the others are the same
        core_words = core.split()
        diff = [(a, b) for a, b in zip(words, core_words) if a != b]
        return len(words) == len(core_words) and len(diff) == 1 and diff[0][0][:3] == diff[0][1][:3] and \
            min(len(diff[0][0]), len(diff[0][1])) >= 5 and any(len(a) >= 4 for a, b in zip(words, core_words)
                                                              if a == b) and \
            SequenceMatcher(None, key, core).ratio() >= 0.85
    rest = " ".join(words[1:])
    return rest != core and rest[:1] == core[:1] and SequenceMatcher(None, rest, core).ratio() >= 0.85


#: first words of temple and landform names that the text may leave out: "Prasat X" is also "X"
SITE_START = {"prasat", "wat", "candi", "mount", "mt", "cape", "pulau", "jebel", "djebel", "jabal"}


def _merge_site_short_names(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                            gaz: Gazetteer) -> None:
    """Join a temple's or landform's name without its head word to the full name: "Ta Prohm" -> "Prasat Ta Prohm".

    The full name must be a territory or a place (a gazetteer hit or a voted cluster) named in the same article,
    and the short name no gazetteer name.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer name -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    full: dict[str, list[NameMention]] = {}
    for kb, nms in gaz_hits.items():
        entry = gaz.lookup(kb)
        words = name_key(kb).split()
        if len(words) >= 3 and words[0] in SITE_START and (entry is None or entry.cls in {"Territory", "Place"}) \
                and any(nm.mention.label in {"TERRITORY", "PLACE", "GPE", "LOC"} for nm in nms):
            full[" ".join(words[1:])] = nms
    for k, cl in clusters.items():
        words = k.split()
        if len(words) >= 3 and words[0] in SITE_START and cl.mentions and _vote(cl) in {"Territory", "Place"}:
            full.setdefault(" ".join(words[1:]), cl.mentions)
    for short, target in full.items():
        cl = clusters.get(short)
        if cl is None or not cl.mentions or target is cl.mentions or gaz.lookup(short) is not None:
            continue
        if _articles(cl.mentions) & _articles(target):
            target.extend(clusters.pop(short).mentions)


#: an organisation named with its country's possessive: "Ruritania's Ministry of Trade and Industry"
COUNTRY_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<body>[A-Z].+)$")


def _possessive_body_aliases(entities: dict[str, Entity], by_name: dict[str, str], gaz: Gazetteer) -> None:
    """Give a body named with its country's possessive its own name as an alias.

    "Ruritania's Ministry of Trade and Industry" is also written "the Ministry
    of Trade and Industry"; the bare name becomes an alias unless another
    entity already goes by it.

    Args:
        entities: key -> entity (changed in place).
        by_name: folded name -> key (changed in place).
        gaz: the gazetteer.
    """
    for key, ent in list(entities.items()):
        m = COUNTRY_POSSESSIVE.match(ent.name) if ent.cls == "Organization" else None
        if m is None:
            continue
        owner = gaz.lookup(m.group("owner"))
        body = m.group("body")
        if owner is None or owner.cls not in {"Country", "Territory"} or len(body.split()) < 2 or \
                body.split()[0].casefold() not in ORG_START or name_key(body) in by_name:
            continue
        entities[key] = Entity(key=ent.key, name=ent.name, cls=ent.cls, aliases=ent.aliases | {body},
                               articles=ent.articles)
        by_name[name_key(body)] = key


#: the styles of one country's ministry: "Ruritanian Foreign Ministry", "Ruritania's Foreign Ministry",
#: "Ruritania's Ministry of Foreign Affairs", "Ruritanian Ministry for Foreign Affairs",
#: "Ministry of Foreign Affairs of Ruritania"
MINISTRY_PORTFOLIO_FIRST = re.compile(r"^(?P<owner>.+?)(?:['’]s)?\s+(?P<portfolio>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
                                      r"\s+Ministry$")
MINISTRY_OF = re.compile(r"^(?:(?P<owner>.+?)(?:['’]s)?\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?"
                         r"(?P<portfolio>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:\s+Affairs)?"
                         r"(?:\s+of\s+(?:the\s+)?(?P<country>[A-Z].+))?$")
#: portfolio words of one meaning in the two styles ("Defence Ministry", "Ministry of Defense")
PORTFOLIO_SPELLINGS = {"defense": "defence"}


def _ministry_signature(name: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """Read a country's ministry name as (country, portfolio), whatever its style.

    "Ruritania's Foreign Ministry", "Ruritanian Foreign Ministry", "Ruritania's
    Ministry of Foreign Affairs" and "Ministry for Foreign Affairs of Ruritania"
    all give ("Ruritania", "foreign"): the AP Stylebook's "Foreign Ministry"
    and a ministry's formal "Ministry of/for Foreign Affairs" are one body.

    Args:
        name: an organisation's name.
        gaz: the gazetteer.

    Returns:
        (the country's gazetteer name, the folded portfolio), or None when the
        name is no ministry of a country the gazetteer knows.
    """
    m = MINISTRY_PORTFOLIO_FIRST.match(name) or MINISTRY_OF.match(name)
    if m is None:
        return None
    owner = m.groupdict().get("owner") or m.groupdict().get("country")
    if not owner or (m.groupdict().get("owner") and m.groupdict().get("country")):
        return None
    country = gaz.country_of_demonym(owner)
    if not country:
        entry = gaz.lookup(owner)
        country = entry.name if entry is not None and entry.cls == "Country" else None
    if not country:
        return None
    words = [PORTFOLIO_SPELLINGS.get(w, w) for w in fold(m.group("portfolio")).split()]
    if len(words) > 1 and words[-1] == "affairs":
        words.pop()  # "Ministry of Foreign Affairs" is the "Foreign Ministry"
    return country, " ".join(words)


def _merge_ministry_styles(clusters: dict[str, _Cluster], gaz: Gazetteer) -> None:
    """Join the names of one country's ministry written in different styles.

    A paper may write "Ruritania's Foreign Ministry" in its deck and
    "Ruritania's Ministry of Foreign Affairs" in its body (see
    :func:`_ministry_signature`); both name one body.  The group with more
    mentions takes the others in.

    Args:
        clusters: the name clusters (changed in place).
        gaz: the gazetteer.
    """
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, cl in clusters.items():
        names = cl.full_surfaces()
        if not names or _vote(cl) != "Organization":
            continue
        sig = _ministry_signature(Counter(names).most_common(1)[0][0], gaz)
        if sig is not None:
            groups[sig].append(k)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: -len(clusters[k].mentions))
        target = clusters[keys[0]]
        for k in keys[1:]:
            target.mentions.extend(clusters.pop(k).mentions)


#: a diplomatic mission named with its host: "the Ruritanian Embassy in Varnay City" (see mentions._mission_host)
MISSION_IN_HOST = re.compile(r"(?P<body>.+\b(?:Embassy|Consulate(?:[- ]General)?|High Commission|Legation|Mission))"
                             r" in (?P<host>[A-Z].*)")


def _merge_mission_hosts(clusters: dict[str, _Cluster]) -> None:
    """Join a mission's bare name to its name with the host city, in the same article.

    "the Ruritanian Embassy in Varnay City" and, later, "the Ruritanian Embassy" are one body.

    Args:
        clusters: the name clusters (changed in place).
    """
    for k in list(clusters):
        cl = clusters.get(k)
        m = MISSION_IN_HOST.fullmatch(cl.mentions[0].mention.text) if cl is not None and cl.mentions else None
        if m is None:
            continue
        short = clusters.get(name_key(m.group("body")))
        if short is None or short is cl or not short.mentions or \
                not (_articles(short.mentions) & _articles(cl.mentions)):
            continue
        cl.mentions.extend(clusters.pop(name_key(m.group("body"))).mentions)


def _mission_aliases(entities: dict[str, Entity], by_name: dict[str, str]) -> None:
    """Give a mission named with its host city its bare name as an alias: "the Ruritanian Embassy".

    Args:
        entities: key -> entity (changed in place).
        by_name: folded name -> key (changed in place).
    """
    for key, ent in list(entities.items()):
        m = MISSION_IN_HOST.fullmatch(ent.name) if ent.cls == "Organization" else None
        if m is None or name_key(m.group("body")) in by_name or len(m.group("body").split()) < 2:
            continue
        entities[key] = Entity(key=ent.key, name=ent.name, cls=ent.cls, aliases=ent.aliases | {m.group("body")},
                               articles=ent.articles)
        by_name[name_key(m.group("body"))] = key


# a romanised Korean given name ("Jae-won", "Ha-eun"): the name before it is the family name
FAMILY_FIRST_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")


def _merge_accent_variants(clusters: dict[str, _Cluster]) -> None:
    """Join names of several words that differ only by their diacritics ("Zoë Brandt" and "Zoe Brandt").

    Copy that drops accents (wire copy, headlines, a paper's own style) spells the same name without them; two
    names equal but for combining marks and voted the same class are one entity.  The name with more mentions
    keeps the cluster, the accented one on a tie.

    Args:
        clusters: the clusters by key (changed in place).
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for k, cl in clusters.items():
        if " " in k and cl.mentions:
            groups[plain_key(k)].append(k)
    for keys in groups.values():
        if len(keys) < 2 or len({_vote(clusters[k]) for k in keys}) != 1:
            continue
        keys.sort(key=lambda k: (-len(clusters[k].mentions), k == plain_key(k), k))
        for k in keys[1:]:
            clusters[keys[0]].mentions.extend(clusters.pop(k).mentions)


#: compass points that wire copy abbreviates in the names of provinces and regions ("E Tolsa", "NW Varnek")
COMPASS_ABBREVIATIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast",
                         "nw": "northwest", "se": "southeast", "sw": "southwest"}


def _merge_compass_abbreviations(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                                  gaz: Gazetteer) -> None:
    """Join a region's name with an abbreviated compass point to its full form: "W Tolsa" and "West Tolsa".

    Wire datelines and headlines shorten the compass word of a province's name (ANTARA and Reuters style:
    "E Java", "N Sumatra"); when the text also spells the full form, both are one region.  One of the two must
    be voted a place, and no person's name ("E Tolsa" may be an initial and a surname) is merged.  A full form the
    gazetteer lists as a place or territory takes the short form's mentions among its own hits.

    Args:
        clusters: the clusters by key (changed in place).
        gaz_hits: gazetteer name -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    listed = {name_key(kb): kb for kb in gaz_hits}
    for k in list(clusters):
        words = k.split()
        if k not in clusters or len(words) < 2 or words[0] not in COMPASS_ABBREVIATIONS:
            continue
        rest = " ".join(words[1:])
        forms = (f"{COMPASS_ABBREVIATIONS[words[0]]} {rest}",
                 f"{COMPASS_ABBREVIATIONS[words[0]].replace('th', 'th ', 1)} {rest}")
        kb = next((listed[f] for f in forms if f in listed), None)
        entry = gaz.lookup(kb) if kb is not None else None
        if entry is not None and entry.cls in {"Place", "Territory"} and clusters[k].mentions and \
                _vote(clusters[k]) != "Person":
            gaz_hits[kb].extend(clusters.pop(k).mentions)  # "E Tolsa" for the listed "East Tolsa"
            continue
        full = next((f for f in forms if f in clusters and f != k), None)
        votes = {_vote(clusters[full]), _vote(clusters[k])} if full is not None and clusters[k].mentions and \
            clusters[full].mentions else set()
        if not votes & {"Place", "Territory"} or "Person" in votes:
            continue
        clusters[full].mentions.extend(clusters.pop(k).mentions)


def _merge_multiword_surnames(clusters: dict[str, _Cluster]) -> None:
    """Join a two- or three-word surname ("Te Rangi", "Ní Bhriain") to the one
    longer person name in the same article that ends with it ("Ngaire Te Rangi"),
    or that holds it after the given name: Spanish and Portuguese names carry
    two surnames and the press often drops the second ("Ruiz de Azúa" for
    "Begoña Ruiz de Azúa Otamendi").  The short name need not have been voted
    a person (the NER often reads such names as organisations) but must have
    a person's shape.  When several people of the article share the surname
    ("Omar Al Harbi" and his wife "Mona Al Harbi"), each mention joins the
    one named last before it, as the one-word surnames do."""
    people = {k: cl for k, cl in clusters.items() if cl.full_surfaces() and _vote(cl) == "Person"}
    shorts = {k for k, cl in clusters.items() if cl.full_surfaces() and (
        k in people or person_shaped(cl.full_surfaces()[0]))}
    for short in sorted(shorts, key=len):
        if short not in clusters:
            continue
        arts = _articles(clusters[short].mentions)
        longer = [k for k in people if k != short and k in clusters
                  and (k.endswith(" " + short) or f" {short} " in f" {k.split(' ', 1)[-1]} " and k.find(" ") > 0)
                  and arts & _articles(clusters[k].mentions)]
        if len(longer) == 1:
            clusters[longer[0]].mentions.extend(clusters.pop(short).mentions)
        elif len(longer) > 1 and all(k.endswith(" " + short) for k in longer):
            kept = []
            for nm in clusters[short].mentions:
                target = _nearest_before(nm.mention, {k: clusters[k].mentions for k in longer})
                (clusters[target].mentions if target else kept).append(nm)
            clusters[short].mentions = kept
            if not kept:
                del clusters[short]


#: words between an area's name and "Council" in the names of local councils ("Hobart City Council", "Brindle
#: Parish Council")
COUNCIL_KINDS = ("", "city ", "shire ", "county ", "district ", "regional ", "municipal ", "borough ", "town ",
                 "parish ", "community ")


def _names_local_council(key: str, cl: _Cluster, clusters: dict[str, _Cluster]) -> bool:
    """Tell whether a name is the area of a local council its article names ("Waverley Council").

    Local councils of Australia, New Zealand, Britain and Ireland are named
    after their area ("X Council", "X City Council", "X Shire Council", "X
    Parish Council"), so the bare name in the same article is that area, a
    place.

    Args:
        key: the name's key.
        cl: its cluster.
        clusters: every cluster.

    Returns:
        True when a council of that name stands in one of its articles.
    """
    arts = _articles(cl.mentions)
    for kind in COUNCIL_KINDS:
        other = clusters.get(f"{key} {kind}council")
        if other is not None and arts & _articles(other.mentions):
            return True
    return False


def _merge_other_names(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                       gaz: Gazetteer) -> None:
    """Join a place's other name to the place: "X, which Ruritania calls Y", "X, known locally as Y".

    Each mention whose article gives it as another name of a place (see
    :func:`graph.mentions._other_name_anchor`) brings its whole group (all
    mentions of that name) to the place's group.  A gazetteer entry keeps its
    id: the other group joins it, whichever name came first; two different
    gazetteer entries are never joined.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer id -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    moved: dict[tuple[str, str], tuple[str, str]] = {}  # a group already joined to another: where it went

    def group_of(name: str) -> tuple[str, str] | None:
        group = ("g", name) if name in gaz_hits and gaz_hits[name] else ("c", name_key(name))
        while group in moved:
            group = moved[group]  # "which Ruritania calls X or Y": X's group may have joined the place already
        if group[0] == "g":
            return group if gaz_hits.get(group[1]) else None
        return group if group[1] in clusters and clusters[group[1]].mentions else None

    def listed(group: tuple[str, str]) -> bool:
        return group[0] == "g" and gaz.lookup(group[1]) is not None

    def mentions_of(group: tuple[str, str]) -> list[NameMention] | None:
        return gaz_hits.get(group[1]) if group[0] == "g" else (
            clusters[group[1]].mentions if group[1] in clusters else None)

    pairs = [(("g", kb), nm.same_as) for kb, nms in gaz_hits.items() for nm in nms if nm.same_as]
    pairs += [(("c", k), nm.same_as) for k, cl in clusters.items() for nm in cl.mentions if nm.same_as]
    for source, other in pairs:
        while source in moved:
            source = moved[source]
        target = group_of(other)
        if target is None or target == source or not mentions_of(source) or (listed(source) and listed(target)):
            continue
        if listed(source):
            source, target = target, source  # the gazetteer's entry keeps its id
        joined = gaz_hits.pop(source[1]) if source[0] == "g" else clusters.pop(source[1]).mentions
        mentions_of(target).extend(joined)
        moved[source] = target


def _merge_outlet_short_names(clusters: dict[str, _Cluster]) -> None:
    """Join an outlet's last word to the outlet of its article: "the Courier's reporter" in "The Valley Courier".

    Newspapers call themselves by the last word of their name (AP Stylebook:
    "the Post", "the Herald"), or by its last words ("the Varnay Observer" in
    "The Independent Varnay Observer"); the outlet is known from its masthead or footer
    (a mention with no text span).  Only a name that no mention reads
    as a person's joins, and only when one such outlet of its articles ends with it.

    Args:
        clusters: the name clusters (changed in place).
    """
    outlets = {k: cl for k, cl in clusters.items() if len(k.split()) >= 2 and
               any(nm.mention.start == nm.mention.end and nm.mention.label == "ORG" for nm in cl.mentions)}
    for k, cl in list(clusters.items()):
        if k in outlets or not cl.mentions or \
                any(nm.mention.label == "PERSON" or nm.title_before for nm in cl.mentions):
            continue
        arts = _articles(cl.mentions)
        cands = [ok for ok, ocl in outlets.items() if ok.endswith(" " + k) and arts <= _articles(
            nm for nm in ocl.mentions if nm.mention.start == nm.mention.end)]
        if len(cands) == 1:
            # ("the Herald's northern suburbs reporter" is no place cue once the name is the outlet's)
            target = outlets[cands[0]]
            if " " in k and not target.canonical:
                # the masthead's full name stays the name, though the short form is more frequent
                target.canonical = next(nm.mention.text for nm in target.mentions
                                        if nm.mention.start == nm.mention.end and nm.mention.label == "ORG")
            target.mentions.extend(replace(nm, place_cue=False, locative=False) for nm in cl.mentions)
            cl.mentions.clear()


#: plural head words of groups of islands or hills that a short plural form drops ("the Varnays" for "Varnay Islands")
GROUP_LANDFORMS = ("islands", "isles", "islets", "cayes", "cays", "keys", "rocks", "reefs", "shoals", "mountains",
                   "hills")


def _merge_plural_short_forms(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                              gaz: Gazetteer) -> None:
    """Join the plural short form of a group of islands or hills to its full name: "the Varnays" -> "Varnay Islands".

    English names a group by the plural of its first word ("the Spratlys",
    "the Rockies" for the Rocky Mountains); both name one group when their
    articles share one.  A gazetteer entry keeps its id.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer id -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    groups: dict[str, tuple[str, str]] = {k: ("c", k) for k, cl in clusters.items() if cl.mentions}
    for kb, nms in gaz_hits.items():
        if nms:
            groups.setdefault(name_key(kb), ("g", kb))

    def mentions_of(g: tuple[str, str]) -> list[NameMention] | None:
        return gaz_hits.get(g[1]) if g[0] == "g" else (clusters[g[1]].mentions if g[1] in clusters else None)

    for short, group in list(groups.items()):
        if " " in short or len(short) < 4 or not short.endswith("s"):
            continue
        stems = {short[:-1]} | ({short[:-3] + "y"} if short.endswith("ies") else set())
        longs = [groups[f"{stem} {tail}"] for stem in stems for tail in GROUP_LANDFORMS if f"{stem} {tail}" in groups]
        if len(longs) != 1:
            continue
        target, source = longs[0], group
        if not mentions_of(source) or not mentions_of(target) or \
                not _articles(mentions_of(source)) & _articles(mentions_of(target)):
            continue
        listed = [g for g in (source, target) if g[0] == "g" and gaz.lookup(g[1]) is not None]
        if len(listed) == 2:
            continue
        if listed == [source]:
            source, target = target, source  # the gazetteer's entry keeps its id
        moved = gaz_hits.pop(source[1]) if source[0] == "g" else clusters.pop(source[1]).mentions
        mentions_of(target).extend(moved)


def _merge_of_place_short_forms(clusters: dict[str, _Cluster], gaz: Gazetteer) -> None:
    """Join a body's short name to its full name "<short> of <place>" named before it in the same article.

    "The Regional Council of North Varnay (RCNV) … the Regional Council said":
    a body named for its place is called by the words before "of" once its
    full name is given (the anaphoric short form, the "closest antecedent" of
    the coreference sieves, Lee et al. 2013).  The place after "of" must end
    on a gazetteer country, territory or place ("… of Ruritania", "… of North
    and East Ruritania"), so "Supreme Court" never joins "Supreme Court of
    Appeal".  A mention joins the one full name its article gave last before
    it; the full name stays the entity's name although the short form is
    more frequent.

    Args:
        clusters: the name clusters (changed in place).
        gaz: the gazetteer.
    """
    def surface(k: str) -> str:
        names = clusters[k].full_surfaces()
        return max(names, key=len) if names else k

    longs: dict[str, list[str]] = defaultdict(list)  # short key -> full keys
    for k, cl in clusters.items():
        if " of " not in k or not cl.mentions:
            continue
        place = gaz.lookup(surface(k).split()[-1])
        if place is None or place.cls not in {"Country", "Territory", "Place"} or _vote(cl) != "Organization":
            continue
        for m in re.finditer(" of ", k):
            head = k[:m.start()]  # "ministry of foreign affairs" in "ministry of foreign affairs of ruritania"
            if " " in head and head in clusters and clusters[head].mentions and \
                    _vote(clusters[head]) == "Organization":
                longs[head].append(k)
    for short, fulls in longs.items():
        kept = []
        for nm in clusters[short].mentions:
            target = _nearest_before(nm.mention, {k: clusters[k].mentions for k in fulls})
            if target is None:
                kept.append(nm)
                continue
            clusters[target].mentions.append(nm)
            clusters[target].canonical = surface(target)
        clusters[short].mentions = kept


#: the state-form words a formal name's short form ends on: "the Eastern Republic", "the Hashemite Kingdom"
STATE_FORM_WORDS = {"republic", "kingdom", "federation", "emirate", "sultanate", "principality", "commonwealth",
                    "confederation", "union", "state", "grand duchy", "duchy"}


def _merge_formal_short_forms(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]],
                              gaz: Gazetteer) -> None:
    """Join the short form of a state's formal name to the state: "the Federal Republic" for "Federal Republic of X".

    News that gives a state's formal name ("the Federative Republic of
    Ruritania") then calls it by the words before "of" ("the Federative
    Republic said …"): the same anaphoric short form as a body's (see
    :func:`_merge_of_place_short_forms`).  The short form must end on a
    state-form word ("Republic", "Kingdom") and have two words or more, the
    formal name must be one the gazetteer lists for a country or territory
    named in the same article, and no other such state may share the short form.

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: gazetteer id -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    heads: dict[str, set[str]] = defaultdict(set)  # short key -> gazetteer ids
    for kb, nms in gaz_hits.items():
        entry = gaz.lookup(kb) if nms else None
        if entry is None or entry.cls not in {"Country", "Territory"}:
            continue
        for alias in (entry.name, *entry.aliases, *(nm.mention.text for nm in nms)):
            key = name_key(alias)
            if " of " not in key:
                continue
            head = key.split(" of ")[0]
            head = head[4:] if head.startswith("the ") else head
            if " " in head and any(head.endswith(" " + w) for w in STATE_FORM_WORDS):
                heads[head].add(kb)
    for head, kbs in heads.items():
        if len(kbs) != 1:
            continue
        kb = next(iter(kbs))
        for k in (head, "the " + head):
            cl = clusters.get(k)
            if cl is None or not cl.mentions or not _articles(cl.mentions) & _articles(gaz_hits[kb]):
                continue
            gaz_hits[kb].extend(clusters.pop(k).mentions)


#: a state's forces and services under their Spanish, Portuguese or French name -> the English head word
#: ("Armada de X" is X's navy, "Força Aérea de X" its air force)
ROMANCE_FORCE_HEADS = {"fuerza naval": "navy", "armada": "navy", "marina": "navy", "marinha": "navy",
                       "marine nationale": "navy", "ejército": "army", "ejercito": "army", "exército": "army",
                       "exercito": "army", "armée de terre": "army", "fuerza aérea": "air force",
                       "fuerza aerea": "air force", "força aérea": "air force", "forca aerea": "air force",
                       "armée de l'air": "air force", "guardia costera": "coast guard", "policía nacional": "police",
                       "policia nacional": "police", "polícia nacional": "police"}
ROMANCE_FORCE = re.compile(r"^(?:la |el |a |o |the )?(" + "|".join(sorted(ROMANCE_FORCE_HEADS, key=len, reverse=True))
                           + r")(?: [\w-]+)? (?:de|del|da|do|de la) (.+)$")


def _merge_translated_forces(clusters: dict[str, _Cluster], gaz: Gazetteer) -> None:
    """Join a state's forces named in their own language to the English name: "Armada de X" -> "Xian Navy".

    Photo credits and quotes give a navy, an army or a police force its own
    name ("Armada de X", "Força Aérea de X") where the story says "the
    Xian Navy"; both name one body when an article uses both.  The place after
    "de" must be a gazetteer country whose demonym opens the English name; a
    bare force name ("Marine nationale") joins the article's only force of its kind.

    Args:
        clusters: the name clusters (changed in place).
        gaz: the gazetteer.
    """
    for k in list(clusters):
        cl = clusters.get(k)
        m = ROMANCE_FORCE.match(k) if cl is not None and cl.mentions else None
        entry = (gaz.lookup(m.group(2)) or gaz.lookup(unicodedata.normalize("NFKD", m.group(2)).encode(
            "ascii", "ignore").decode())) if m else None  # ("Perú" for Peru)
        bare = cl is not None and cl.mentions and m is None and k.removeprefix("la ") in ROMANCE_FORCE_HEADS
        if (entry is None or entry.cls != "Country") and not bare:
            continue
        head = ROMANCE_FORCE_HEADS[m.group(1) if m else k.removeprefix("la ")]
        # "Marine nationale" with no state after it (a credit's style): the one state's force of its kind
        # that the article names in English
        targets = [t for t, tc in clusters.items() if t != k and tc.mentions and t.endswith(" " + head) and
                   (owner := gaz.country_of_demonym(t[:-len(head) - 1].removeprefix("the "))) is not None and
                   (bare or owner == entry.name) and _articles(tc.mentions) & _articles(cl.mentions)]
        if len(targets) == 1:
            clusters[targets[0]].mentions.extend(clusters.pop(k).mentions)


def _merge_text_ids(clusters: dict[str, _Cluster], gaz_hits: dict[str, list[NameMention]], gaz: Gazetteer) -> None:
    """Join a name to the id its own article gave the same name elsewhere: "X" to the territory "X".

    The text, not the gazetteer, gives a land its id ("recognise X", "sovereignty over X": see
    :func:`graph.nlp.find_unlisted_territories`); a piece of the article parsed apart (its photo captions)
    names it without that context. The same name in the same article is the same land (one sense per
    discourse, Gale, Church & Yarowsky 1992).

    Args:
        clusters: the name clusters (changed in place).
        gaz_hits: id -> its mentions (changed in place).
        gaz: the gazetteer.
    """
    ids = {name_key(kb): kb for kb in gaz_hits if gaz.lookup(kb) is None}
    for k in [k for k in clusters if k in ids]:
        cl, hits = clusters[k], gaz_hits[ids[k]]
        if cl.mentions and _articles(cl.mentions) <= _articles(hits) and _vote(cl) != "Person":
            hits.extend(clusters.pop(k).mentions)


def _merge_article_forms(clusters: dict[str, _Cluster]) -> None:
    """Join a name written without its leading "The" to the form with it: "the Mercury" -> "The Mercury".

    Outlets and bodies whose name opens with "The" ("The Mercury", "The
    National") lose it in running text ("a reporter at the Mercury"); the
    cleaner strips it, so both forms name one body when they share an article.

    Args:
        clusters: the name clusters (changed in place).
    """
    for k in [k for k in clusters if k.startswith("the ") and k[4:] in clusters]:
        short = clusters[k[4:]]
        if not short.mentions or _vote(short) == "Person" or \
                not _articles(short.mentions) & _articles(clusters[k].mentions):
            continue
        clusters[k].mentions.extend(clusters.pop(k[4:]).mentions)


def _nearest_before(m: Mention, candidates: dict[str, list[NameMention]]) -> str | None:
    """Pick the candidate whose article names it last before a mention (the surname sieve's "closest antecedent").

    Args:
        m: the mention.
        candidates: key -> its mentions.

    Returns:
        The key, or None when no candidate stands before the mention in its article.
    """
    best, where = None, -1
    for key, nms in candidates.items():
        for nm in nms:
            x = nm.mention
            if x.article == m.article and x.start < x.end and x.start < m.start and x.start > where:
                best, where = key, x.start
    return best


ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,7}")
CORPORATE_SUFFIXES = {"corp", "corporation", "inc", "ltd", "llc", "plc", "co", "group", "holdings", "ag", "sa",
                      "gmbh", "nv", "bv", "limited", "company"}


#: head words of institutions that go by their first word alone ("Kestrel" for "Kestrel Hospital")
INSTITUTION_HEADS = {"hospital", "university", "college", "academy", "clinic", "infirmary", "school", "seminary"}
#: last words of an outlet's or a body's full name that its short name drops ("X Online", "X International")
EDITION_TAILS = {"online", "international", "digital"}


#: the patronymic links of Malay, Arabic and Iban names: "Amran bin Lisko", "Sari binti Osman", "Joven anak Menggi"
PATRONYMIC_LINKS = ("bin", "binti", "bte", "bint", "ibn", "anak")


def _merge_patronymic_short_forms(clusters: dict[str, _Cluster]) -> None:
    """Join a person's name without the patronymic to the full name of the same article.

    Malay, Arabic and Iban usage gives the full name once ("Petar Lindo bin
    Kassam") and later drops the father's name ("Petar Lindo"); the short form
    joins the one person of its article whose name is the short form + a
    patronymic link ("bin", "binti", "anak") + more words.
    """
    votes = {k: _vote(cl) for k, cl in clusters.items() if cl.mentions}
    persons = [k for k, v in votes.items() if v == "Person" and " " in k]
    for short in sorted(votes, key=len):
        if short not in clusters or votes[short] != "Person":
            continue
        where = _articles(clusters[short].mentions)
        cands = [k for k in persons if k != short and k in clusters and
                 any(k.startswith(f"{short} {w} ") for w in PATRONYMIC_LINKS) and
                 where & _articles(clusters[k].mentions)]
        if len(cands) == 1:
            clusters[cands[0]].mentions.extend(clusters.pop(short).mentions)


def _gender_clash(nm: NameMention, cl: _Cluster) -> bool:
    """Tell whether a surname's honorific tells a gender that another honorific gave the full name's person.

    "Mrs Berg" is not "Mr Berg": in English news an honorific before a surname tells the bearer's gender, so a
    surname after a woman's honorific is someone else than a person its article calls "Mr" (and the other way).

    Args:
        nm: a one-word name mention.
        cl: a person's cluster it could join.

    Returns:
        True when the mention and a mention of the cluster in the same article carry opposite genders.
    """
    return bool(nm.honorific_gender) and any(
        o.honorific_gender and o.honorific_gender != nm.honorific_gender and o.mention.article == nm.mention.article
        for o in cl.mentions)


def _merge_leading_name_forms(clusters: dict[str, _Cluster]) -> None:
    """Join a name of two words or more to the one longer person name of its article that it opens.

    Fijian, Malay and Chinese-Malaysian usage repeats a person by a title or
    honorific and the given name, or by the given names alone, and drops the rest
    ("Ratu Varek Tolsaloa" -> "Ratu Varek", "Abang Marek Osmanto" -> "Abang
    Marek", "Petar Lind Kah Wei" -> "Petar Lind"); the NER may read the short
    form as a place or a body, so any short form of a person's shape joins.  A
    short form that opens two people's names stays apart.
    """
    votes = {k: _vote(cl) for k, cl in clusters.items() if cl.mentions}
    persons = [k for k, v in votes.items() if v == "Person" and len(k.split()) >= 3]
    for short in sorted(votes, key=len):
        if short not in clusters or " " not in short or votes[short] in {"Country", "Territory"}:
            continue
        names = clusters[short].full_surfaces() or [nm.mention.text for nm in clusters[short].mentions]
        if not names or not person_shaped(names[0]):
            continue
        where = _articles(clusters[short].mentions)
        cands = [k for k in persons if k != short and k in clusters and k.startswith(short + " ")
                 and where & _articles(clusters[k].mentions)]
        if len(cands) == 1:
            clusters[cands[0]].mentions.extend(clusters.pop(short).mentions)


def _merge_short_forms(clusters: dict[str, _Cluster]) -> None:
    """Join short forms to the longer name their own article uses.

    * an acronym to the one organisation name of its article it abbreviates
      ("MEA" -> "Ministry of External Affairs"), also with a shared tail
      ("USW Local 6500" -> "United Steelworkers Local 6500");
    * a company's, an institution's or an outlet's first word to its full name in the same article
      ("Northshield" -> "Northshield Nickel Corp.", "Kestrel" -> "Kestrel Hospital", "Tolsa" -> "Tolsa Online");
    * a place to its "Greater" form in the same article ("Sudbury" -> "Greater Sudbury");
    * a county to its "Co"/"County" form in the same article ("Kerry" -> "Co Kerry");
    * a name to the one place of its article that it opens, when the rest is a
      place head word or starts with a name particle ("North-West" -> "North-West
      Region", "Waitaki" -> "Waitaki District", "La Línea" -> "La Línea de la Concepción").
    """
    def arts(k: str) -> set[str]:
        return _articles(clusters[k].mentions)

    def surface(k: str) -> str:
        names = clusters[k].full_surfaces() or [nm.mention.text for nm in clusters[k].mentions]
        return Counter(names).most_common(1)[0][0] if names else k

    votes = {k: _vote(cl) for k, cl in clusters.items() if cl.mentions}
    orgs = {k for k, v in votes.items() if v == "Organization" and " " in k}
    for short in sorted(votes, key=len):
        if short not in clusters or not clusters[short].mentions:
            continue
        name = surface(short)
        head, _, tail = name.partition(" ")
        where = arts(short)
        target = None
        if ACRONYM.fullmatch(head) and sum(c.isupper() for c in head) >= 2 and votes[short] != "Person":
            cands = []
            for k in orgs:
                if k == short or k not in clusters or not where & arts(k):
                    continue
                long = surface(k)
                if tail:
                    if not long.endswith(" " + tail):
                        continue
                    long = long[:-len(tail) - 1]
                if abbreviates(head, long):
                    cands.append(k)
            target = cands[0] if len(cands) == 1 else None
        elif " " not in short and votes[short] not in {"Person", "Place", "Country", "Territory"}:
            cands = [k for k in orgs if k in clusters and k.startswith(short + " ") and where & arts(k)
                     and k.split()[-1] in CORPORATE_SUFFIXES | INSTITUTION_HEADS | EDITION_TAILS | CLUB_AND_TRADE_WORDS]
            target = cands[0] if len(cands) == 1 else None
            if len(cands) > 1 and all(len(where & arts(k)) == 1 for k in cands) and \
                    len({a for k in cands for a in where & arts(k)}) == len(cands):
                # "Varnek" in two articles, each with its own "Varnek Yards" / "Varnek Group": each joins its own
                for k in cands:
                    art = next(iter(where & arts(k)))
                    moved = [nm for nm in clusters[short].mentions if nm.mention.article == art]
                    clusters[short].mentions[:] = [nm for nm in clusters[short].mentions
                                                   if nm.mention.article != art]
                    clusters[k].mentions.extend(moved)
                if not clusters[short].mentions:
                    clusters.pop(short)
                    continue
        if target is None and votes[short] == "Place" and f"greater {short}" in clusters and \
                votes.get(f"greater {short}") == "Place" and where & arts(f"greater {short}"):
            target = f"greater {short}"
        if target is None and votes[short] == "Place":
            # "Kerry" -> "Co Kerry" / "County Kerry": Irish and British style names a county with its prefix
            cands = [f"{w} {short}" for w in ("county", "co") if votes.get(f"{w} {short}") == "Place"
                     and where & arts(f"{w} {short}")]
            target = cands[0] if len(cands) == 1 else None
        if target is None and votes[short] != "Person":
            # "La Línea" -> "La Línea de la Concepción", "North-West" -> "North-West Region"
            cands = [k for k in clusters if k.startswith(short + " ") and votes.get(k) == "Place"
                     and _place_tail(k[len(short) + 1:]) and where & arts(k)]
            target = cands[0] if len(cands) == 1 else None
        if target is not None and target != short:
            clusters[target].mentions.extend(clusters.pop(short).mentions)


#: head words after a place's short name in its long form: "X Region", "X State", "X Local Government Area"
PLACE_TAIL_WORDS = PLACE_WORDS | {"area", "municipality", "governorate", "territory", "department", "canton"}


def _place_tail(rest: str) -> bool:
    """Tell whether the words after a place's short name make its long form.

    Args:
        rest: the folded words after the short name ("region", "de la concepción").

    Returns:
        True when the first word is a place head word, or a name particle followed by more words.
    """
    words = rest.split()
    if not words:
        return False
    if words[0] in PLACE_TAIL_WORDS and len(words) == 1:
        return True
    return words[0] in NAME_PARTICLES and len(words) >= 2


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Papua New Guinea" -> "PNG", "Republic of the Congo" -> "RC").

    Args:
        name: a name of words.

    Returns:
        The upper-case initials; "" when the name has fewer than two capitalised words.
    """
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _country_acronyms(mentions: list[NameMention], gaz: Gazetteer) -> list[NameMention]:
    """Resolve a country's initials to the country its own article names in full.

    "PNG" after "Papua New Guinea", "DRC" after "Democratic Republic of the
    Congo": an all-capitals word the gazetteer does not know, made of the
    initials of the capitalised words of exactly one country or territory that
    the same article names, is that country (the acronym-definition pairing of
    Schwartz & Hearst 2003, with the article's gazetteer names as the long
    forms).

    Args:
        mentions: every name mention of the build.
        gaz: the gazetteer.

    Returns:
        The mentions, the resolved acronyms given the country's id and label.
    """
    states: dict[str, set[str]] = defaultdict(set)
    for nm in mentions:
        m = nm.mention
        if m.kb_id and m.label in {"COUNTRY", "TERRITORY"}:
            entry = gaz.lookup(m.kb_id)
            if entry is not None and entry.cls in {"Country", "Territory"}:
                states[m.article].add(entry.name)
    out = []
    for nm in mentions:
        m = nm.mention
        if not m.kb_id and m.label != "PERSON" and re.fullmatch(r"[A-Z]{2,5}", m.text) and m.article in states:
            hits = {name for name in states[m.article]
                    if any(_initials(n) == m.text for n in (name, *gaz.lookup(name).aliases))}
            if len(hits) == 1:
                name = next(iter(hits))
                label = RULER_LABEL[gaz.lookup(name).cls]
                nm = replace(nm, mention=replace(m, kb_id=name, label=label))
        out.append(nm)
    return out


def _outlet_acronyms(mentions: list[NameMention]) -> list[NameMention]:
    """Resolve an outlet's initials to the outlet of their own article: "told VDN" in a Varnay Daily News story.

    Outlets refer to themselves by their initials in captions and text
    ("a spokesperson told VDN", "(VDN/Anna Berg)"); an all-capitals word the
    gazetteer does not know, made of the initials of the article's own outlet
    (its masthead, byline or footer mention, see ``NameMention.outlet``), is that
    outlet (the acronym-definition pairing of Schwartz & Hearst 2003, with the
    outlet as the long form).

    Args:
        mentions: every name mention of the build.

    Returns:
        The mentions, the resolved initials given the outlet's id (or name) and the label ORG.
    """
    outlets: dict[str, dict[str, NameMention]] = defaultdict(dict)
    for nm in mentions:
        if nm.outlet and _initials(nm.mention.text):
            outlets[nm.mention.article].setdefault(_initials(nm.mention.text), nm)
    out = []
    for nm in mentions:
        m = nm.mention
        own = outlets.get(m.article, {}).get(m.text) if not m.kb_id and not nm.outlet else None
        if own is not None and re.fullmatch(r"[A-Z]{2,5}", m.text):
            o = own.mention
            nm = replace(nm, mention=replace(m, label="ORG", kb_id=o.kb_id, text=m.text if o.kb_id else o.text),
                         title_before=False, appositive_title=False)
        out.append(nm)
    return out


def resolve_entities(mentions: Iterable[NameMention], authors: dict[str, str] | None = None,
                     english: frozenset[str] = frozenset(), gaz: Gazetteer | None = None) -> Resolution:
    """Merge name mentions across articles into entities.

    Args:
        mentions: every name mention of the build, in article and text order.
        authors: article id -> author name from the byline or footer.
        english: lower-case English words (capitalised common words are no names).
        gaz: the gazetteer (default: the project's).

    Returns:
        The :class:`Resolution`.
    """
    gaz = gaz or load_gazetteer()
    authors = authors or {}
    gaz_hits: dict[str, list[NameMention]] = defaultdict(list)
    clusters: dict[str, _Cluster] = {}
    singles: list[NameMention] = []
    order: list[NameMention] = []
    mentions = _outlet_acronyms(_country_acronyms(list(mentions), gaz))
    defined = {(nm.mention.article, nm.mention.text): nm.acronym_of for nm in mentions if nm.acronym_of}
    for nm in mentions:
        order.append(nm)
        m = nm.mention
        long = defined.get((m.article, m.text)) if m.label != "PERSON" else None
        if long:
            # "Inuit Circumpolar Council (ICC)": the article's own definition beats the gazetteer's "ICC"
            entry = gaz.lookup(long)
            if entry is not None:
                if entry.name != m.kb_id:
                    nm = replace(nm, mention=replace(m, kb_id=entry.name, label=RULER_LABEL.get(entry.cls, "ORG")))
                gaz_hits[entry.name].append(nm)
            else:
                if m.kb_id:
                    nm = replace(nm, mention=replace(m, kb_id="", label="ORG"))
                clusters.setdefault(name_key(long), _Cluster(name_key(long))).mentions.append(nm)
            continue
        if m.kb_id:
            gaz_hits[m.kb_id].append(nm)
            continue
        k = name_key(m.text)
        if not k:
            continue
        if len(m.text.split()) >= 2:
            clusters.setdefault(k, _Cluster(k)).mentions.append(nm)
        else:
            singles.append(nm)
    for art, byline in authors.items():
        for author in re.split(r"\s+(?:and|AND|&)\s+", byline):
            surface = uncapitalise_name(clean_surface(author, person=True))
            k = name_key(surface)
            if len(surface.split()) >= 2:
                cl = clusters.setdefault(k, _Cluster(k))
                cl.author_of.add(art)
                cl.mentions.append(NameMention(Mention(art, 0, 0, surface, "PERSON")))

    # surname index over multi-word clusters that can be people: voted persons, and
    # person-shaped names whose surname alone has person evidence in one of their
    # articles ("Ms Lind" after "Anna-Maj Lind", which the NER read as an organisation)
    vouched = {(nm.mention.article, name_key(nm.mention.text)) for nm in singles
               if nm.title_before or nm.appositive_title}
    by_last: dict[str, set[str]] = defaultdict(set)
    for k, cl in clusters.items():
        full = cl.full_surfaces()
        if not full:
            continue
        lasts = surname_keys(full[0].split()[-1])
        if lasts[0] not in ORG_WORDS and _titled_person_shaped(full[0], _cluster_vouched(cl)) and (
                _vote(cl) == "Person" or any(
                (nm.mention.article, last) in vouched for nm in cl.mentions for last in lasts)):
            for last in lasts:
                by_last[last].add(k)
                by_last[plain_key(last)].add(k)  # "Ibanez" in copy that drops the accents of "Ibáñez"
    article_clusters: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for k, cl in clusters.items():
        for nm in cl.mentions:
            article_clusters[nm.mention.article].append((nm.mention.start, k))
    person_keys = set().union(*by_last.values())
    relatives = {(nm.mention.article, k) for k, cl in clusters.items() for nm in cl.mentions if nm.relative}
    # a one-word name its article sets as a place ("X News' Buchan correspondent") is no person's surname there
    placed = {(nm.mention.article, name_key(nm.mention.text)) for nm in singles
              if nm.place_cue and nm.mention.label in {"GPE", "LOC", "FAC"}}
    # the relatives each article introduces by a kin noun ("her husband, X"), one-word names too
    kin: dict[str, set[str]] = defaultdict(set)
    for art, rk in relatives:
        kin[art].add(rk)
    for nm in singles:
        if nm.relative and name_key(nm.mention.text):
            kin[nm.mention.article].add(name_key(nm.mention.text))
    for nm in singles:
        m = nm.mention
        k = name_key(m.text)
        target = None
        own_place = (m.article, k) in placed and m.label != "PERSON" and not nm.title_before
        last = k if k in by_last else plain_key(k)  # (the surname's key, with or without its accents)
        if not own_place and not re.fullmatch(r"[A-Z]{2,}", m.text):
            local = [(s, ck) for s, ck in article_clusters.get(m.article, ()) if ck in by_last.get(last, ())]
            inner = {ck for _, ck in article_clusters.get(m.article, ()) if ck in person_keys
                     and k in ck.split()[1:-1]}
            kept = [x for x in local if not _gender_clash(nm, clusters[x[1]])]
            clash, local = bool(local) and not kept, kept  # "Mrs Berg" after "Mr Berg": she is someone else
            if clash and len(kin[m.article]) == 1:
                # "Anna Berg ... with her husband, Tom. ... Ms Berg said ... Mr Berg said": the one relative
                target = next(iter(kin[m.article]))
                clusters.setdefault(target, _Cluster(target))
            elif clash:
                pass
            elif local:
                # a surname two relatives share names the one the article is about, not the one it introduces as
                # that person's relative ("X Berg ... his wife, Y Berg ... Berg said": X Berg)
                own = [x for x in local if (m.article, x[1]) not in relatives]
                if own and len(own) < len(local):
                    local = own
                before = [x for x in local if x[0] <= m.start]
                target = max(before)[1] if before else min(local)[1]
                if not own and len(inner) == 1 and (m.article, next(iter(inner))) not in relatives:
                    # "X Berg Lind ... Berg said ... his wife, Y Berg": the man the article is about, whose inner
                    # surname it is, not the relative it introduces (Spanish names carry the father's surname first)
                    target = next(iter(inner))
            elif len(inner) == 1:
                # an inner surname: "Hurtado" for "Daniela Hurtado Peña" (Spanish names carry two)
                target = next(iter(inner))
            elif len(by_last.get(last, ())) == 1:
                target = next(iter(by_last[last]))
            else:
                firsts = {ck for _, ck in article_clusters.get(m.article, ()) if ck.startswith(k + " ")
                          and ck in person_keys}  # ("Rose-Ann" for "Rose-Ann Berg": a given name of two words)
                if len(firsts) == 1:
                    target = next(iter(firsts))
        if target is None:
            target = k
            clusters.setdefault(k, _Cluster(k))
        clusters[target].mentions.append(nm)

    _merge_accent_variants(clusters)
    _merge_text_ids(clusters, gaz_hits, gaz)
    _merge_compass_abbreviations(clusters, gaz_hits, gaz)
    _merge_other_names(clusters, gaz_hits, gaz)
    _merge_outlet_short_names(clusters)
    _merge_plural_short_forms(clusters, gaz_hits, gaz)
    _merge_formal_short_forms(clusters, gaz_hits, gaz)
    _merge_translated_forces(clusters, gaz)
    _merge_article_forms(clusters)
    _merge_of_place_short_forms(clusters, gaz)
    _merge_short_org_names(clusters, gaz_hits)
    _merge_multiword_surnames(clusters)
    _merge_patronymic_short_forms(clusters)
    _merge_leading_name_forms(clusters)
    _merge_short_forms(clusters)
    _merge_region_long_forms(clusters, gaz_hits, gaz)
    _merge_territory_landforms(clusters, gaz_hits, gaz)
    _merge_territory_variants(clusters, gaz_hits, gaz)
    _merge_site_short_names(clusters, gaz_hits, gaz)
    _merge_long_forms(clusters)
    _merge_mission_hosts(clusters)
    _merge_ministry_styles(clusters, gaz)
    _merge_region_short_forms(clusters, gaz_hits, gaz)
    entities: dict[str, Entity] = {}
    by_span: dict[tuple[str, int, int], str] = {}
    by_name: dict[str, str] = {}

    def add(name: str, cls: str, nms: list[NameMention], extra_aliases: Iterable[str] = ()) -> None:
        key = _unique_key(name, cls, entities)
        aliases = {nm.mention.text for nm in nms if nm.mention.text != name and (
            nm.mention.start != nm.mention.end or fold(nm.mention.text).startswith(fold(name) + " ") or
            nm.outlet)}
        # (a credit or footer names no alias, but a company's longer form of the name: "Premium Times Services Limited"
        # and the names of its masthead and footer: "TOLPRESS" and "Agence Tolsa Presse")
        aliases |= set(extra_aliases)
        aliases = {a for a in aliases if a != name and not gaz.is_demonym(a)}
        words = name.split()
        # "Loreto department" is also called "Loreto": the lower-case head is no part of the name (a label only: the
        # bare word resolves no other mention, which may name the area's town or a person)
        bare = {" ".join(words[:-1])} if cls == "Place" and len(words) >= 2 and words[-1] in AREA_HEADS and \
            name[:1].isupper() else set()
        arts = _articles(nms)
        entities[key] = Entity(key=key, name=name, cls=cls, aliases=frozenset(aliases | bare),
                               articles=frozenset(arts))
        for nm in nms:
            if nm.mention.start < nm.mention.end:
                by_span[(nm.mention.article, nm.mention.start, nm.mention.end)] = key
        for n in (name, *aliases):
            by_name.setdefault(name_key(n), key)

    for kb, nms in gaz_hits.items():
        entry = gaz.lookup(kb)
        cls = entry.cls if entry else LABEL_CLASS.get(nms[0].mention.label, "Organization")
        if entry is not None and entry.dependency and not any(nm.territory_cue for nm in nms):
            cls = "Place"  # an overseas department or dependency named as a location, its status not at stake
        elif entry is None and cls == "Territory" and any(nm.settlement for nm in nms) and \
                not any(nm.territory_cue for nm in nms):
            cls = "Place"  # the NLP step's territory that the text calls a town or suburb, no sovereignty at stake
        good = [nm for nm in nms if (e := gaz.lookup(nm.mention.text)) is not None and e.name == kb]
        add(kb, cls, nms, extra_aliases=[nm.mention.text for nm in good])
        # an alias can be dropped above only when it is a demonym; names stay

    for k, cl in clusters.items():
        if not cl.mentions:
            continue
        cls = _vote(cl)
        if cls is None:
            continue
        names = cl.full_surfaces()
        single = not names
        head = (names[0] if names else cl.mentions[0].mention.text).split()[-1].casefold()
        if head in EVENT_WORDS and cls != "Person":
            continue
        name = cl.canonical or (Counter(names).most_common(1)[0][0] if names else cl.mentions[0].mention.text)
        if len(name.split()) >= 2 and name.split()[0].casefold() in STORM_WORDS:
            continue  # "Cyclone Chido": a storm is an event, whatever the NER read its given name as
        council = (name.casefold() not in english if single else cls == "Person") and \
            _names_local_council(k, cl, clusters)
        if council and not any(nm.title_before or nm.appositive_title for nm in cl.mentions):
            cls = "Place"  # "Waverley" beside "Waverley Council", "Brindle Magna" beside its parish council: the area
        if single:
            # (a kinship apposition vouches for a one-word name too: "his wife, Ana," names a person)
            evidence = council or any((nm.title_before or nm.appositive_noun or nm.speaks or nm.appositive_title or
                                       nm.relative and nm.mention.label == "PERSON")
                                      and not nm.in_quote for nm in cl.mentions)
            if cls != "Person":  # "in X and Y" names a place also inside a quotation
                evidence = evidence or any(nm.place_cue or nm.locative or nm.org_cue for nm in cl.mentions)
            word = name.casefold() in english
            adjective = all(nm.adjective for nm in cl.mentions)
            quoted = all(nm.in_quote for nm in cl.mentions)
            if adjective or (quoted and not evidence) or fold(name) in STOP_NAMES:
                continue
            if cls == "Person" and not evidence:
                continue
            if cls == "Place" and word and any(nm.place_cue or nm.locative for nm in cl.mentions):
                word = False
            # a capitalised common word ("Community") is no organisation, unless it is the article's own outlet
            # ("Dawn"); WordNet also lists many place names in lower case, so places are not filtered this way
            if cls == "Organization" and word and not re.fullmatch(r"[A-Z]{2,6}", name) and \
                    not any(nm.party or nm.outlet for nm in cl.mentions) and \
                    not (fold(name) in LEGISLATURES and any(nm.mention.label == "ORG" for nm in cl.mentions)):
                continue  # ("the Senate", capitalised mid-sentence and read as a body by the NER, is one)
            if cls == "Place" and word and not any(nm.mention.label == "GPE" for nm in cl.mentions):
                continue  # a facility or location that is a common word ("Harvest")
        elif cls == "Person" and not _titled_person_shaped(name, _cluster_vouched(cl)):
            continue
        add(name, cls, cl.mentions)

    _possessive_body_aliases(entities, by_name, gaz)
    _mission_aliases(entities, by_name)
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for (art, s, e), key in by_span.items():
        if s != e:
            by_article[art].append((s, e, key))
    for lst in by_article.values():
        lst.sort()
    surnames: dict[str, set[str]] = defaultdict(set)
    for key, ent in entities.items():
        if ent.cls == "Person":
            for n in (ent.name, *ent.aliases):
                words = n.split()
                for last in surname_keys(words[-1]) if words else ():
                    surnames[last].add(key)
                if len(words) == 2 and FAMILY_FIRST_GIVEN.fullmatch(words[1]):
                    surnames[name_key(words[0])].add(key)  # "Oh Jae-won" is Mr Oh: the family name first
    return Resolution(entities=entities, by_span=by_span, by_article=dict(by_article), by_name=by_name,
                      surnames=dict(surnames), gaz=gaz)
