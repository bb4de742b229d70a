"""Recognition stances, positions and binary relations read off a parsed article.

Three pure extractors share one per-document index (names, gazetteer look-ups,
pronoun antecedents):

* :func:`extract_stances` - "X (does not) recognise(s) Y" (Issue 4).  A cue
  (recognise/recognize/acknowledge, "recognition of", "support the
  independence of", "quasi-state" framing) is climbed up its dependency chain
  to the holder, collecting negation (not, never, refuse, decline, rule out,
  refusal, non-recognition, no longer) and blocking modality (expected to,
  likely to, urged to, could, ready/willing/moved to, a question, an
  if-clause).  This is the usual cue + scope treatment of negation (NegEx,
  Chapman et al. 2001, applied to dependency scope as in Councill et al.
  2010).  Quantifier subjects ("five of the members - A, B and C -", "both of
  which") stand for the countries listed with them; an elided recognition
  verb ("..., but B has not", "as did C") copies the territory of the stance
  before it; "switched recognition from A to B" gives both sides.
* :func:`extract_positions` - who holds which title where: appositives
  ("Name, the ORG TITLE"), pre-nominal titles ("Russia's chief prosecutor
  Name"), reverse appositives ("the president of X, Name"), copular footers
  ("Name is a fellow at Y"), seats ("Name, a member of the X parliament");
  a state office written without its state ("Foreign Minister Name told ...")
  takes it from an earlier unnamed mention of the same office, or from "in
  CAPITAL" of the article's own state.  These are the Hearst (1992) / ACE-style
  appositive and premodifier patterns for the Employment/Membership relation
  (Doddington et al. 2004).
* :func:`extract_relations` - spouse, sharesBorderWith, invaded, memberOf,
  locatedIn, annexed and claims, from the same appositive machinery plus a few
  verb/nominal frames (ACE 2005 relation patterns: PER-SOC family,
  PART-WHOLE geographical, ORG-AFF membership).

Nothing happens at import time; the gazetteer is loaded on first use.  Every
public function is total: odd input (an empty doc, stray characters, a parse
that does not fit a pattern) yields fewer facts, never an exception.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace as _replace
from typing import TYPE_CHECKING, Iterator, Sequence

from .entities import ARTICLE_PREFIX, SOUTH_ASIAN_SUB_DISTRICTS
from .mentions import (COUNCILLOR_PARTIES, DATELINE_TOWN, SETTLEMENT_COMPOUNDS, SPEECH_VERBS, TRANSFER_NOUNS,
                       councillor_wards, office_body_before_name, saint_place)
from .gazetteer import fold, load_gazetteer
from .models import Article, Evidence, Mention, Position, Quote, Relation, Stance, TerritoryRef
from .names import NAME_PARTICLES, is_calendar_word
from .nlp import (ALIAS_VERBS, BARE_FRAME_VERBS, BELONG_CUE_VERBS, BODY_WORDS, BOUNDARY_NAME_WORDS, COMPASS_ADJECTIVES,
                  COMPASS_NAME_WORDS, COMPASS_PARTS, EDGE_NOUNS, HONORIFICS, KNOWN_AS_VERBS, OFFICE_HEAD_WORDS,
                  PLACE_OFFICE_TITLES, PLACE_PART_HEADS, POLITY_NAME_WORDS, REGARD_CUE_VERBS, REPORT_CUE_VERBS,
                  ROMANCE_BODY_OPENERS, SEAT_ABBREVIATIONS, SELF_RULE_BODIES, SETTING_PREPS, SETTLEMENT_KINDS,
                  SHIP_PREFIXES, STATEHOOD_NOUNS, STATION_MODIFIERS, VALID_WORDS, VOID_WORDS, belong_complements,
                  english_words, has_own_name, included_names, is_setting_phrase, lost_object, misparsed_small_clause,
                  plural_noun_opening, s_form_lemmas, stolen_object)

if TYPE_CHECKING:
    from spacy.tokens import Span

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- lexicons
# Generic English cue words only: no article's cast or wording.

RECOGNISE_LEMMAS = frozenset({"recognise", "recognize", "acknowledge"})
DERECOGNISE_LEMMAS = frozenset({"derecognise", "derecognize", "unrecognise", "unrecognize"})
RECOGNITION_NOUNS = frozenset({"recognition", "acknowledgement", "acknowledgment"})
STATUS_NOUNS = frozenset({"independence", "sovereignty", "statehood", "secession"})
STATUS_POSITIVE_VERBS = frozenset({"support", "back", "accept", "endorse", "recognise", "recognize",
                                   "acknowledge", "respect", "uphold", "concede", "reaffirm", "affirm"})
STATUS_NEGATIVE_VERBS = frozenset({"oppose", "reject", "deny", "condemn", "dispute", "contest", "challenge",
                                   "question", "protest"})
# a state's hold over a land, as the object of a status verb: "accepts Japan's administration of X"
STATUS_HOLD_NOUNS = frozenset({"administration", "control", "rule", "jurisdiction", "title", "suzerainty",
                               "claim", "award", "ownership", "possession", "occupation"})
# ("upholds X's claim to Y", "respects the award of Y to X", "condemned Y's occupation of X")
# diplomatic ties with a territory: "cut ties with Taipei", "established diplomatic relations with Kosovo"
TIE_NOUNS = frozenset({"tie", "ties", "relation", "relations"})
TIE_POSITIVE_VERBS = frozenset({"establish", "maintain", "restore", "resume", "forge", "open", "keep", "retain",
                                "have", "reaffirm"})
TIE_NEGATIVE_VERBS = frozenset({"cut", "sever", "break", "end", "downgrade"})
# ties of another kind are no recognition: "has strong trade ties with Taiwan", "unofficial relations"
NON_DIPLOMATIC_TIES = frozenset({"trade", "economic", "commercial", "cultural", "business", "military", "security",
                                 "defence", "defense", "unofficial", "informal", "energy", "investment", "academic",
                                 "sporting", "sports", "personal", "family", "tourism", "people-to-people", "trading"})
# "rejects the claim that X belongs to Y", "disputes Y's claim to X"
CLAIM_REJECT_VERBS = frozenset({"reject", "deny", "dispute", "contest", "oppose", "dismiss", "rebuff",
                                "repudiate", "protest", "object"})  # ("protested against / objected to Y's claim")
CLAIM_NOUNS = frozenset({"claim", "pretension", "pretention", "title"})
# "does not entertain any claim to X", "has never accepted Y's claim to X": a claim accepted
# (or, negated, refused) is the land's owner recognised (or not)
CLAIM_ACCEPT_VERBS = frozenset({"entertain", "accept", "countenance", "concede", "admit", "honour", "honor"})
# verbs of regarding: "considers X (an integral) part of Y", "accepts X as part of Y",
# "deems the declaration of independence null and void", "established relations with X as a
# sovereign state"
REGARD_LEMMAS = frozenset({"consider", "regard", "view", "see", "treat", "accept", "deem", "count",
                           "declare", "call", "brand", "establish", "open", "describe"})
PART_OF_LEMMAS = REGARD_CUE_VERBS  # the same verbs mark the land for the unlisted-territory component
VOID_LEMMAS = frozenset({"consider", "regard", "view", "see", "treat", "deem", "declare", "call", "brand",
                         "describe"})
SOVEREIGN_FRAME_LEMMAS = PART_OF_LEMMAS | frozenset({"establish", "open"})
# "as having no legal value / force / basis": a void phrase without a void word
NULL_HEADS = frozenset({"value", "force", "effect", "validity", "standing", "basis", "foundation", "merit"})
VOIDABLE_NOUNS = frozenset({"declaration", "proclamation", "annexation", "independence", "secession",
                            "incorporation", "referendum", "statehood", "sovereignty", "accession", "claim",
                            "occupation", "pretension", "rule", "control", "jurisdiction", "administration",
                            "authority", "dominion", "vote", "plebiscite"})
SOVEREIGN_WORDS = frozenset({"sovereign", "independent"})
STATE_WORDS = frozenset({"state", "country", "nation"})
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
OWNED_LAND_WORDS = frozenset({"territory", "soil", "land", "possession"})
PROVINCE_WORDS = frozenset({"province", "region", "provinces", "regions"})
GRANT_VERBS = frozenset({"extend", "grant", "give", "accord", "lend"})
SECESSION_WORDS = frozenset({"independence", "secession", "breakaway", "self-declared", "self-proclaimed",
                             "separatist", "secessionist", "statehood", "independent"})
NEGATING_GOVERNORS = frozenset({
    "refuse", "decline", "reject", "oppose", "resist", "withdraw", "revoke", "rescind", "retract",
    "refusal", "rejection", "opposition", "reluctance", "unwillingness", "withdrawal", "fail",
    "failure", "avoid", "stop", "cease", "end", "suspend", "sever", "drop", "abandon", "terminate", "freeze",
    "renounce", "reverse", "unwilling", "reluctant", "halt", "discontinue", "withhold", "deny",
    "refrain", "opposed", "against",  # "has refrained from", "remains opposed to", "voted against"
    "waver", "hesitate", "falter",  # "never wavered in its recognition": two negatives
    "unconvinced", "sceptical", "skeptical", "hesitant", "wary",  # "remains wary of recognising X"
})
# "broke off recognition", "cut off ties": a verb that negates only with its particle
NEGATING_PARTICLE_VERBS = frozenset({"break", "cut", "call"})
BLOCKING_GOVERNORS = frozenset({
    "expect", "likely", "unlikely", "consider", "mull", "weigh", "ponder", "urge", "ask", "call",
    "press", "pressure", "push", "demand", "want", "wish", "hope", "seek", "threaten", "plan",
    "set", "poised", "prepare", "intend", "propose", "suggest", "debate", "discuss", "whether",
    "possibility", "prospect", "chance", "request", "appeal", "lobby", "encourage", "force",
    "persuade", "convince", "invite", "could", "might", "may", "should", "must",
    # intent and readiness are no stance yet: "ready to recognise", "aims to recognise"
    "ready", "willing", "prepared", "aim", "eager", "keen", "inclined", "contemplate", "envisage",
    "intention", "readiness", "willingness",
    "slow",  # "has been slow to recognise X": late or not yet, no stance
    # a meeting about a course takes none: "held talks / a meeting on recognising X"
    "meeting", "talks", "discussion", "discussions", "hearing", "consultations", "conference", "seminar",
})
# nouns of what is said about a state, not by it: "denied reports that it had recognised X"
REPORT_NOUNS = frozenset({"report", "claim", "rumour", "rumor", "suggestion", "allegation", "speculation"})
# ... of which these, as the subject of a reporting verb, are hearsay ("reports suggested that ..."; not "claim",
# which the parser also makes the subject of a trailing "said": "rejects Y's claim to X, a spokesman said")
HEARSAY_NOUNS = REPORT_NOUNS - {"claim"}
#: unnamed press as the subject of a reporting verb: "local media reported that A had recognised X" (hearsay)
PRESS_NOUNS = frozenset({"media", "press", "tabloid", "tabloids"})
#: adverbs that make a "will / would recognise" a forecast, not a stated stance ("would soon recognise X")
FORECAST_ADVERBS = frozenset({"soon", "shortly", "eventually", "someday"})
#: what the press does when it only reports: "media reported / said / claimed that ..."
PRESS_REPORT_VERBS = frozenset({"report", "say", "claim", "suggest", "allege", "speculate"})
# nouns of a decision taken "by" a state: "the decision by A to recognise X"
DECISION_NOUNS = frozenset({"decision", "move", "vote", "refusal", "choice", "determination"})
# predicates that leave a recognition open: "X's recognition of Y is unlikely / possible"
DOUBT_WORDS = frozenset({"possible", "improbable", "doubtful", "uncertain", "imminent", "expected"})
# Nouns of intent that "no" turns into a refusal: "has no intention of recognising X"
INTENT_NOUNS = frozenset({"intention", "plan", "desire", "wish", "willingness", "appetite", "inclination"})
# ... of which these are no plan of one's own: "has shown willingness to recognise X" is no stance yet
READINESS_NOUNS = frozenset({"willingness", "appetite", "inclination"})
# ... and nouns whose "no" denies a ground for it: "sees no reason to recognise X"
REASON_NOUNS = INTENT_NOUNS | frozenset({"reason", "need", "basis", "grounds"})
# intent and readiness whose negation is a refusal: "does not intend to recognise X", "is not prepared to"
INTENT_GOVERNORS = frozenset({"intend", "plan", "want", "wish", "seek", "aim", "propose", "contemplate", "envisage",
                              "consider", "mean", "ready", "willing", "prepared", "inclined", "keen", "eager"})


def _negated_intent(tok) -> bool:
    """Whether an intent verb or readiness adjective is negated, on itself or on its copula.

    Args:
        tok: the governing verb or adjective.

    Returns:
        True for "does not intend", "has never planned", "is not ready / prepared".
    """
    heads = [tok] + ([tok.head] if tok.dep_ == "acomp" and tok.head.lemma_ == "be" else [])
    return any(c.dep_ == "neg" or c.lower_ == "never" and c.dep_ == "advmod" for h in heads for c in h.children)


# Motion verbs that state intent only with a to-infinitive: "moved to recognise", "is looking to".
INTENT_XCOMP_GOVERNORS = frozenset({"move", "look", "set"})
# Quantifier heads of a subject that stand for the countries listed beside them:
# "five of the EU's members - A, B and C -", "both of which", "several, including A and B".
QUANTIFIER_HEADS = frozenset({
    "both", "all", "each", "several", "many", "most", "some", "few", "none", "neither", "either",
    "majority", "minority", "half", "handful", "dozen", "number", "rest", "remainder", "others",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
})
# Plural subject nouns that a following list spells out: "five countries - A, B and C -".
GROUP_NOUNS = frozenset({"country", "state", "nation", "government", "member", "holdout", "ally",
                         "neighbour", "neighbor", "partner", "capital"})
UNIVERSAL_RELATIVE_QUANTIFIERS = frozenset({"both", "all", "each", "neither", "none"})
NEGATIVE_QUANTIFIERS = frozenset({"neither", "none"})
LIST_OPENERS = frozenset({"(", "-", "–", "—", "including", "like", "namely", "among", "notably", "such"})
LIST_CLOSERS = frozenset({")", "-", "–", "—"})
# "switched recognition from A to B"
SWITCH_LEMMAS = frozenset({"switch", "shift", "transfer", "move", "change", "swap"})
SWITCH_NOUNS = RECOGNITION_NOUNS | frozenset({"allegiance", "ties", "tie", "relations"})
# "dropped / ditched Taipei in favour of Beijing": leaving one side for the other (a switch without its noun)
DROP_LEMMAS = frozenset({"drop", "abandon", "ditch", "dump", "desert"})
NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "non"})
BLOCKING_MODALS = frozenset({"could", "might", "may", "should", "must", "ought"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether", "lest", "suppose", "supposing"})
REL_PRONOUNS = frozenset({"which", "that", "who", "whom"})
TIME_PREPS = frozenset({"since", "until", "till", "after", "before", "during"})

# Object heads that make a recognition cue a statehood recognition.
STATUS_OBJECT_HEADS = frozenset({
    "independence", "sovereignty", "statehood", "secession", "annexation", "annex", "incorporation",
    "accession", "referendum", "territory", "territories", "region", "republic", "entity", "state",
    "quasi", "province", "enclave", "statelet", "area", "oblast", "land", "district", "breakaway",
    "separatist", "country", "nation", "government", "administration", "authorities", "regime",
    "declaration", "proclamation", "vote", "plebiscite",
    # "recognise X's control of Y", "recognise British rule over Y": a hold over the territory
    "control", "rule", "jurisdiction", "claim", "title", "suzerainty", "dominion", "occupation", "possession", "ownership",
    "island", "islands", "archipelago",
})
DESCRIPTIVE_HEADS = frozenset({
    "territory", "region", "republic", "entity", "state", "province", "enclave", "statelet", "area",
    "oblast", "land", "district", "regime", "quasi", "annexation", "administration", "authorities",
    "government", "people's",
})
FRAMING_WORDS = frozenset({"quasi", "breakaway", "separatist", "self-proclaimed", "self-declared",
                           "puppet", "occupied", "so-called", "pro-russia", "pro-russian", "rebel",
                           "unrecognised", "unrecognized", "annexed", "pro"})
ANNEX_LEMMAS = frozenset({"annexation", "annex", "incorporation"})
# "X's declaration of independence": a status noun behind one of these heads
DECLARATION_NOUNS = frozenset({"declaration", "proclamation", "declare", "claim", "assertion"})

# Nouns that can stand for a country when they head a stance holder.
# "the Kingdom affirms ...": a state named only by its form, in its own officials' statement
BARE_STATE_NOUNS = frozenset({"kingdom", "republic", "emirate", "sultanate", "principality"})
HOLDER_NOUNS = frozenset({
    "government", "ministry", "president", "leader", "authorities", "authority", "parliament", "congress",
    "legislature", "senate", "country", "state", "nation", "administration", "cabinet", "officials", "official",
    "spokesman", "spokeswoman", "spokesperson", "minister", "premier", "chancellor", "king", "queen", "emir",
    "leadership", "regime", "foreign", "diplomat", "diplomats", "envoy", "ambassador", "side",
    "republic", "kingdom", "presidency", "office", "department", "capital",
})

# Titles whose national modifier names the state served ("Russian president").
OFFICE_TITLES = frozenset({
    "d'affaires", "d’affaires",  # "chargé d'affaires"
    "president", "vice-president", "president-elect", "premier", "minister", "chancellor", "king",
    "queen", "emir", "sultan", "monarch", "prince", "princess", "emperor", "leader", "head", "chief",
    "secretary", "undersecretary", "under-secretary", "spokesman", "spokeswoman", "spokesperson", "prosecutor",
    "ambassador", "envoy", "diplomat", "governor", "mayor", "senator", "deputy", "mp", "lawmaker", "legislator",
    "parliamentarian", "congressman", "congresswoman", "representative", "chairman", "chairwoman",
    "chairperson", "chair", "speaker", "commander", "general", "admiral", "marshal", "officer",
    "official", "adviser", "advisor", "aide", "director", "commissioner", "judge", "negotiator",
    "delegate", "ombudsman", "consul", "ruler", "dictator", "strongman", "attorney", "counterpart",
    "viceroy", "vice", "premier", "mufti", "patriarch", "taoiseach", "tanaiste", "tánaiste", "secretary-general",
    "spokesperson", "minister-president", "president-elect", "mep", "msp", "mla", "mpp", "councillor",
    "councilor", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman",
    "prefect", "sub-prefect", "subprefect", "administrator", "justice", "cs",
    "besar",  # Malay "Menteri Besar", the chief minister of a Malaysian state
    "provost",  # the civic head of a Scottish council
    "backbencher", "frontbencher",  # a member of parliament without / with a front-bench post
    "commandant",  # the head of a coast guard, academy or camp
    "headteacher", "headmaster", "headmistress", "principal",
    "colonel", "major", "lieutenant", "sergeant", "brigadier", "corporal",  # military ranks
    "whip",  # a party's floor manager in a legislature ("chief whip", "opposition whip")
    "headman", "chieftain",  # the head of a village or clan
    "mukhtar",  # the elected head of a village or quarter in the Levant, Cyprus and Turkey
    "convener", "convenor",  # the chair of a forum, committee or group (British usage)
    "td", "mk",  # a member of the Irish Dáil (Teachta Dála) or of the Israeli Knesset
    "akim",  # the appointed head of a Kazakh region, city or district
}) | OFFICE_HEAD_WORDS  # local offices: "town clerk", "harbour constable"
# titles that "High" belongs to: "High Commissioner", "High Representative"
HIGH_TITLE_HEADS = frozenset({"commissioner", "representative"})
# Occupations: a national modifier gives the nationality, not an employer.
OCCUPATION_TITLES = frozenset({
    "editor", "editor-in-chief", "presenter", "anchor", "host", "correspondent", "reporter",
    "journalist", "columnist", "commentator", "analyst", "expert", "fellow", "researcher",
    "scholar", "professor", "prof", "prof.", "lecturer", "academic", "economist", "historian", "scientist",
    "founder", "co-founder", "ceo", "executive", "manager", "activist", "blogger", "lawyer",
    "writer", "author", "singer", "actor", "actress", "artist", "baker", "businessman",
    "businesswoman", "oligarch", "candidate", "strategist", "propagandist", "dissident",
    "producer", "photographer", "filmmaker", "teacher", "doctor", "student", "economist",
    "observer", "pundit", "specialist", "consultant", "coordinator", "partner", "associate",
    "researcher", "investigator", "chef", "engineer", "entrepreneur", "banker", "broadcaster",
    "politician", "officer", "soldier", "pilot", "priest", "cleric", "rabbi", "imam", "bishop",
    "archbishop", "cardinal", "pope", "abbot", "abbess", "lecturer", "dean", "rector", "principal", "employee",
    "staffer", "worker", "veteran", "campaigner", "organiser", "organizer", "spokesperson",
    "monitor", "inspector", "geologist", "geographer", "physicist", "chemist", "biologist", "architect",
    "surgeon", "nurse", "accountant", "auditor", "planner", "curator", "librarian", "archivist",
    "designer", "mediator", "ecologist", "epidemiologist", "demographer", "sociologist", "anthropologist",
    "chaplain", "vicar",  # clergy posts ("pastor" and "deacon" are surnames too)
    "curate", "churchwarden", "verger", "sexton", "organist",  # a parish's other posts (Anglican usage)
    "captain", "skipper", "curator", "coxswain", "helmsman", "lightkeeper", "coach", "agent",
    "miner", "fisherman", "fisherwoman", "farmer", "shopkeeper", "trader", "rancher", "herder",
    # the sciences' practitioners
    "glaciologist", "volcanologist", "seismologist", "hydrologist", "climatologist", "meteorologist",
    "oceanographer", "cartographer", "criminologist", "archaeologist", "archeologist", "psychologist",
    "zoologist", "botanist", "ornithologist", "virologist", "immunologist", "toxicologist", "pathologist",
    "ethnographer", "linguist", "political scientist", "mathematician", "statistician", "astronomer",
    "geophysicist", "hydrographer", "surveyor", "agronomist", "entomologist", "marine biologist",
    "horticulturalist", "horticulturist", "arborist",
    "docent",  # a Nordic and central European academic rank below professor
    "gp",  # a general practitioner (British usage)
    "supervisor",  # the head of a section of a public or private workforce ("the city's supervisor of parks")
})
# Seats whose holders belong to a party ("Conservative MP X": the party, not a politics word).
LEGISLATOR_TITLES = frozenset({"mp", "mep", "msp", "mla", "mpp", "lawmaker", "legislator", "senator", "congressman",
                               "congresswoman", "councillor", "councilor", "deputy", "candidate", "leader",
                               "td", "mk", "backbencher", "frontbencher"})  # Irish Teachta Dála, Knesset member
# the edge of a place: "on the Red Sea coast of X" is in X, not in the Red Sea
LEGISLATURE_WORDS = frozenset({"congress", "parliament", "senate", "assembly", "house", "council", "duma", "knesset",
                               "majlis", "diet", "bundestag", "legislature", "chamber", "senedd", "dáil", "dail"})
SPOUSE_NOUNS = frozenset({"husband", "wife", "spouse", "widow", "widower"})
# "cabinet member", "board member": a seat on a body's inner organ is a post
SEAT_MEMBER_WORDS = frozenset({"cabinet", "board", "executive"})
MEMBER_NOUNS = frozenset({"member", "members", "member-state", "member-states"})
PLACE_NOUNS = frozenset({"city", "capital", "town", "village", "port", "region", "province", "state",
                         "district", "oblast", "municipality", "suburb", "hub", "stronghold",
                         "settlement", "outpost", "enclave", "exclave", "island", "republic",
                         "community", "neighbourhood", "neighborhood", "hamlet", "borough", "county",
                         "commune", "township", "resort", "prefecture", "governorate", "canton", "islet",
                         "islets", "islands", "archipelago", "atoll", "centre", "center", "regency", "parish",
                         "department", "emirate", "subdistrict", "ward"})
TITLE_MODIFIERS = frozenset({
    "chief", "deputy", "lord", "senior", "junior", "vice", "foreign", "prime", "first", "acting", "interim",
    "executive", "general", "political", "military", "economic", "research", "visiting",
    "associate", "assistant", "principal", "managing", "special", "permanent", "national",
    "security", "defence", "defense", "finance", "interior", "justice", "presidential", "press",
    "public", "state", "opposition", "supreme", "honorary", "founding", "lead", "regional",
    "non-resident", "nonresident", "adjunct", "distinguished", "emeritus", "head", "co", "media",
    "foreign-policy", "policy", "news", "television", "tv", "radio", "show", "career", "program",
    "programme", "project", "party", "parliamentary", "communications", "legal", "financial",
    "digital", "investigative", "staff", "field", "diplomatic", "intelligence", "federal",
    "parliament", "cabinet", "ministry", "government", "administration", "trade", "energy",
    "health", "education", "culture", "labour", "labor", "transport", "agriculture", "budget",
    "treasury", "environment", "commerce", "army", "naval", "air", "civil", "elected", "appointed",
    "newly", "vice-", "former", "medical", "clinical", "technical", "scientific", "editorial", "creative",
    "operations", "nursing", "chargé", "charge", "rear", "paramount", "brigadier", "lieutenant", "major",
    # portfolios before "minister": "Overseas Minister", "Tourism Minister"
    "overseas", "home", "information", "communication", "tourism", "housing", "immigration", "fisheries",
    "mines", "sport", "sports", "youth", "water", "planning", "infrastructure", "development", "industry",
    "economy", "welfare", "employment", "veterans", "heritage", "science", "technology", "aviation",
    "petroleum", "mining", "communications",
    # the level of government: "City Manager", "Town Clerk"; Malay "Menteri (Besar)"
    "city", "town", "menteri",
    # a local tier: "the provincial governor", "District chief Name", "a municipal councillor"
    "provincial", "district", "municipal",
    # a post named by its duty: "commanding officer", "presiding judge", "returning officer"
    "commanding", "presiding", "returning",
    # naval ranks and a lawyer's field: "a retired petty officer", "a constitutional lawyer"
    "petty", "constitutional", "criminal", "maritime",
})
NON_TITLE_MODIFIERS = frozenset({
    "former", "ex", "then", "prominent", "popular", "famous", "well", "known", "well-known", "key",
    "leading", "top", "influential", "outspoken", "veteran", "longtime", "long", "time",
    "long-time", "independent", "controversial", "powerful", "new", "current", "now", "today", "nowadays", "late",
    "ethnic", "yet", "another", "other", "fellow", "erstwhile", "onetime", "one-time", "young",
    "old", "retired", "renowned", "respected", "notorious", "infamous", "staunch", "loyal",
    "hardline", "hard-line", "liberal", "conservative", "pro", "anti", "wealthy", "rich",
})
FORMER_WORDS = frozenset({"former", "ex", "erstwhile", "onetime", "one-time", "ex-", "retired"})
ORG_WORDS = frozenset({
    "center", "centre", "institute", "university", "college", "council", "ministry", "party",
    "union", "forum", "service", "group", "agency", "committee", "studies", "news", "academy",
    "foundation", "organization", "organisation", "association", "school", "bank", "company",
    "corporation", "department", "office", "commission", "court", "assembly", "parliament",
    "federation", "republic", "kingdom", "times", "post", "journal", "tv", "radio", "channel",
    "press", "network", "fund", "club", "section", "programme", "program", "initiative",
    "society", "movement", "front", "bloc", "alliance", "league", "treaty", "conference",
    "summit", "desk", "unit", "division", "bureau", "directorate", "faculty", "laboratory", "lab",
})
# the last word of a body's or an outlet's name before "'s" ("Varnek Media's correspondent"), never a person's
BODY_TAIL_WORDS = ORG_WORDS | frozenset({"media", "daily", "gazette", "herald", "tribune", "chronicle"})
# Capitalised words that never end a person's name (headlines, events, places).
NOT_NAME_WORDS = ORG_WORDS | frozenset({"war", "parade", "day", "street", "square", "avenue", "road", "analysis",
                                        "ward", "district", "county", "province", "prefecture", "borough", "oblast",
                                        "article", "report", "truth", "politics", "relations", "era", "media",
                                        # portfolio words that close a ministry's name
                                        "affairs", "cooperation", "development", "security", "defence",
                                        "defense", "finance", "justice", "trade", "commerce", "welfare"})
ORG_PREPS = frozenset({"of", "at", "with", "for", "in", "from", "within"})
COPULA_LEMMAS = frozenset({"be", "become", "serve", "remain"})
# verbs that place a place: "X lies in Y", "X sits in Y", "X, which belongs to Y County,"
PLACE_VERBS = frozenset({"lie", "sit", "belong"})
STOP_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", "–", "—", "\"", "“", "”", "«", "»",
                        ".", "!", "?", "…", "|", "•", "*"})
QUOTE_CHARS = "\"“”‘’'«»`"
PERSON_VERBS = frozenset({"say", "tell", "add", "marry", "wed", "explain", "argue", "write", "insist",
                          "recall", "remember", "believe", "think", "complain", "warn", "smile", "laugh"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})

_WS = re.compile(r"\s+")


# --------------------------------------------------------------------------- small helpers

# month names that are also given names ("June Lind", "April Lee")
GIVEN_NAME_MONTHS = frozenset({"april", "may", "june", "august"})


def _is_cap(tok) -> bool:
    text = tok.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and tok.pos_ == "PROPN"))


def _is_space(tok) -> bool:
    return tok.is_space or not tok.text.strip()


# the click letters of Khoekhoe and San place names ("ǁKaras", "ǃNamiǂNûs"), often typed with ASCII
# strokes ("//Karas", "!Nami#Nus"): a name may open with them before its capital
CLICK_MARKS = "/|!ǀǁǂǃ≠#"


def _name_cap(tok) -> bool:
    """A capitalised word, also one that opens with a click letter ("//Karas", "ǃKung").

    Args:
        tok: a spaCy token.

    Returns:
        True when the word's first letter (after at most two click marks) is upper case.
    """
    text = tok.text
    rest = text.lstrip(CLICK_MARKS)
    return bool(rest) and len(text) - len(rest) <= 2 and rest[0].isupper()


def _clean_text(text: str) -> str:
    text = text.strip().strip(QUOTE_CHARS + " ,;:").strip()
    text = text.replace("“", "").replace("”", "").replace("\"", "")
    text = _WS.sub(" ", text)
    text = re.sub(r"\s+-\s*|\s*-\s+", "-", text) if re.search(r"\w\s-\s\w", text) else text
    return text.strip()


def _tokens_text(tokens) -> str:
    """Text of (possibly non-contiguous) tokens, keeping the document's spacing."""
    out = []
    prev = None
    for t in tokens:
        if prev is not None and t.i != prev.i + 1 and out and not out[-1].endswith(" "):
            out.append(" ")
        out.append(t.text_with_ws)
        prev = t
    return _WS.sub(" ", "".join(out)).strip()


def _strip_det(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)


def _sents(doc):
    try:
        return list(doc.sents)
    except ValueError:  # no sentence boundaries: treat the doc as one sentence
        return [doc[:]] if len(doc) else []


# --------------------------------------------------------------------------- the index

@dataclass
class _TitleInfo:
    """One reading of a title phrase."""

    kind: str  # "title", "spouse", "member", "place", "counterpart"
    head: object
    title: str = ""
    org: Mention | None = None
    org_name: str | None = None
    former: bool = False
    possessor: object = None  # token of a possessor (name or pronoun)
    possessor_text: str | None = None
    possessor_span: tuple[int, int] | None = None  # token span of a possessor name
    orgs: list = field(default_factory=list)  # every org met in the phrase (for memberOf)
    country: Mention | None = None  # for place phrases
    outer: list = field(default_factory=list)  # places further out: "on the South Shore of Nova Scotia"
    side: list = field(default_factory=list)  # (kind, subject Mention, object Mention) side facts


def _surname(name: str) -> str:
    """The last word of a name without the Arabic article glued to it ("al-Rashid" -> "Rashid"), read with
    the entity layer's pattern (:data:`graph.entities.ARTICLE_PREFIX`)."""
    last = name.split()[-1]
    m = ARTICLE_PREFIX.fullmatch(last)
    return m.group(1) if m else last


class _Index:
    """Per-document look-ups shared by the extractors."""

    def __init__(self, doc, article: Article):
        self.doc = doc
        self.article = article
        self.gaz = load_gazetteer()
        self.text = doc.text
        self.ents = list(doc.ents)  # Doc.ents rebuilds its spans on every access
        self.ent_starts = [e.start for e in self.ents]
        self.ent_at: list = [None] * len(doc)
        for e in self.ents:
            for i in range(e.start, e.end):
                self.ent_at[i] = e
        self.sents = _sents(doc)
        self.sent_index = {s.start: k for k, s in enumerate(self.sents)}
        self.sent_at: list = [None] * len(doc)
        for s in self.sents:
            for i in range(s.start, s.end):
                self.sent_at[i] = s
        self.phrase_facts: list | None = None
        # title words that may stand inside or before a name run ("Mayor", "MEP", "Dr")
        self.title_words = OFFICE_TITLES | OCCUPATION_TITLES | {t.casefold() for t in self.gaz.person_titles}
        self.lead_words = self.title_words | HONORIFICS  # words trimmed off the front of a name run
        self.person_at: dict[int, tuple[int, int]] = {}
        self.persons: list[tuple[int, int]] = []
        self._find_persons()
        self._person_states: dict[str, Mention] | None = None
        self.positions: list[Position] | None = None  # extract_positions' result, once read
        # (start_char, end_char, speaker) of the article's attributed quotes, when given
        self.quote_speakers: list[tuple[int, int, Mention]] = []
        self.unnamed_quotes: list[tuple[int, int]] = []

    def in_headline(self, name: str) -> bool:
        """Whether the article's headline (its title) names ``name``."""
        title = self.article.title or ""
        return bool(name) and re.search(rf"\b{re.escape(name)}\b", title) is not None

    def sent_no(self, i: int) -> int:
        """The number of the sentence holding token ``i`` (0 when it is in none)."""
        sent = self.sent_at[i]
        return self.sent_index.get(sent.start, 0) if sent is not None else 0

    def ents_in(self, start: int, end: int) -> list:
        """Entities inside tokens [start, end), from the cached list."""
        i = bisect_left(self.ent_starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            if self.ents[i].end <= end:
                out.append(self.ents[i])
            i += 1
        return out

    # ---- mentions
    def mention(self, start: int, end: int, label: str, kb_id: str = "") -> Mention | None:
        """Mention over doc tokens [start, end) with leading articles and possessives trimmed."""
        doc = self.doc
        while start < end and (doc[start].pos_ == "DET" or doc[start].text in QUOTE_CHARS
                               or _is_space(doc[start])):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                               or _is_space(doc[end - 1]) or doc[end - 1].text in {"'s", "’s"}):
            end -= 1
        if start >= end:
            return None
        span = doc[start:end]
        return Mention(self.article.id, span.start_char, span.end_char, span.text, label, kb_id)

    def char_mention(self, start_char: int, end_char: int, label: str, kb_id: str) -> Mention:
        text = self.text[start_char:end_char]
        return Mention(self.article.id, start_char, end_char, text, label, kb_id)

    def evidence(self, tok_or_span) -> Evidence:
        """The sentence holding a token, without surrounding white space."""
        i = tok_or_span.i if hasattr(tok_or_span, "i") else tok_or_span.start
        s = self.sent_at[i] if 0 <= i < len(self.sent_at) and self.sent_at[i] is not None else self.doc[:]
        text = s.text
        start = s.start_char + (len(text) - len(text.lstrip()))
        end = s.end_char - (len(text) - len(text.rstrip()))
        if end < start:
            start = end = s.start_char
        return Evidence(self.article.id, start, end, self.text[start:end])

    def _label_for(self, canonical: str) -> str:
        entry = self.gaz.lookup(canonical) if canonical else None
        if entry is None:
            return "COUNTRY"
        return {"Country": "COUNTRY", "Territory": "TERRITORY", "Place": "PLACE"}.get(entry.cls, "ORG")

    def ent_mention(self, ent) -> Mention | None:
        label = ent.label_
        kb = ent.ent_id_ or ""
        if not kb:
            entry = self.gaz.lookup(ent.text)
            if entry is not None:
                kb = entry.name
                if label in {"GPE", "LOC", "NORP", "FAC"}:
                    label = self._label_for(kb)
        return self.mention(ent.start, ent.end, label, kb)

    # ---- countries
    def demonym_country(self, tok) -> str | None:
        """Canonical country/territory of a demonym token ("Kazakh" -> "Kazakhstan")."""
        text = tok.text
        if not text or not text[0].isupper():
            return None
        if tok.i > 0:  # two-word demonyms first: "South Korean", "South Sudanese" (not "Sudanese" alone)
            two = self.gaz.country_of_demonym(f"{tok.doc[tok.i - 1].text} {text}")
            if two is not None:
                return two or None  # ("" for a region's adjective: "South American", "Latin American")
        country = self.gaz.country_of_demonym(text)
        if country:
            return country
        if country == "" or tok.ent_type_ not in {"NORP", ""} or tok.pos_ not in {"ADJ", "PROPN"}:
            return None
        return _derived_demonym(self.gaz, text)

    def country_mention(self, tok, allow_demonym: bool = True, allow_capital: bool = True) -> Mention | None:
        """A Mention naming a country (or territory) at ``tok``.

        Country and territory names come from the gazetteer ruler; capitals and
        seats of power ("Moscow", "the Kremlin") and demonyms ("Kazakh") are
        mapped to their country through the gazetteer, with label COUNTRY.
        """
        ent = self.ent_at[tok.i]
        if ent is not None:
            if ent.label_ in {"COUNTRY", "TERRITORY"}:
                return self.ent_mention(ent)
            text = ent.text
            key = re.sub(r"^the\s+", "", fold(text))
            key = re.sub(r"('s|')$", "", key)
            if allow_capital and key in self.gaz.capitals:
                country = self.gaz.capitals[key]
                return self.mention(ent.start, ent.end, self._label_for(country), country)
            if ent.label_ in {"GPE", "LOC"}:
                entry = self.gaz.lookup(text)
                if entry is not None and entry.cls in {"Country", "Territory"}:
                    return self.mention(ent.start, ent.end, self._label_for(entry.name), entry.name)
        if allow_capital and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper()):
            key = fold(tok.text)  # ("Whitehall has never ...": a seat of power the tagger read as a noun)
            if key in self.gaz.capitals:
                country = self.gaz.capitals[key]
                return self.mention(tok.i, tok.i + 1, self._label_for(country), country)
        if allow_demonym:
            country = self.demonym_country(tok)
            if country:
                start = tok.i
                if tok.i > 0 and self.gaz.country_of_demonym(f"{tok.doc[tok.i - 1].text} {tok.text}"):
                    start = tok.i - 1
                return self.mention(start, tok.i + 1, self._label_for(country), country)
        return None

    # ---- persons
    def _name_runs(self) -> list[tuple[int, int]]:
        doc = self.doc
        runs = []
        i, n = 0, len(doc)

        def namey(t) -> bool:
            if _is_space(t) or t.is_punct or t.like_num:
                return False
            if t.pos_ == "PROPN" and _is_cap(t):
                return True
            return t.ent_type_ == "PERSON" and _is_cap(t) and t.tag_ != "POS"

        while i < n:
            if not namey(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = doc[j]
                if namey(t):
                    j += 1
                elif t.is_alpha and t.text[:1].isupper() and j + 2 < n and doc[j + 1].text in {"-", "‐"} and \
                        not t.whitespace_ and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha and \
                        doc[j + 2].is_lower and len(doc[j + 2]) <= 4:
                    j += 3  # a hyphenated given name the tagger misread ("Kim Ha-rin": "Ha" as an interjection)
                elif t.text in {"-", "‐"} and j + 1 < n and not doc[j - 1].whitespace_ and not t.whitespace_ \
                        and (namey(doc[j + 1]) or doc[j + 1].is_alpha and doc[j + 1].is_lower
                             and len(doc[j + 1]) <= 6):
                    j += 2
                elif t.text in {'"', "“", "‘", "'"} and j + 3 < n and namey(doc[j + 1]) and \
                        doc[j + 2].text in {'"', "”", "’", "'"} and namey(doc[j + 3]) and not doc[j + 1].whitespace_ \
                        and t.whitespace_ == "" and doc[j - 1].whitespace_ and doc[j + 2].whitespace_:
                    j += 3  # a nickname: Konstantin "Kostya" Ivanov
                elif t.lower_ in NAME_PARTICLES and t.text[:1].islower() and j + 1 < n and namey(doc[j + 1]) \
                        and not doc[j - 1].is_punct:
                    j += 1  # "Ana de la Torre", "Nizar al Khatib", "Pau i Soler"
                elif t.lower_ in NAME_PARTICLES and t.text[:1].islower() and j + 2 < n and \
                        doc[j + 1].text in {"-", "‐"} and not t.whitespace_ and not doc[j + 1].whitespace_ \
                        and namey(doc[j + 2]):
                    j += 3  # "Nizar al-Khatib"
                elif t.lower_ in NAME_PARTICLES and j + 2 < n and doc[j + 1].lower_ in NAME_PARTICLES \
                        and namey(doc[j + 2]) and t.text[:1].islower():
                    j += 2  # "Thijs van der Meulen"
                else:
                    break
            runs.append((i, j))
            i = j
        return runs

    def _trim_run(self, start: int, end: int) -> tuple[int, int]:
        doc = self.doc
        titles = self.lead_words
        if self._name_before_seat(start, end):
            end -= 1  # "Ana Berg MP", "Ana Berg TD": the seat letters after the name are no part of it
        while start < end:
            t = doc[start]
            low = t.lower_
            ent = self.ent_at[start]
            if start + 3 < end and doc[start + 1].text in {"-", "‐"} and not t.whitespace_ and \
                    low in TITLE_MODIFIERS and doc[start + 2].lower_ in titles:
                start += 3  # "Vice-Minister Name": a hyphenated rank and title before the name
                continue
            if start + 1 < end and doc[start + 1].text in {"-", "‐"} and not t.whitespace_:
                break  # "Expert-Grup": a hyphenated name keeps its first part
            if start + 2 < end and f"{low} {doc[start + 1].lower_}" in titles:
                start += 2  # a title of two words: "Datuk Seri", "Tan Sri"
                continue
            if low in titles or low.rstrip(".") in HONORIFICS or low in TITLE_MODIFIERS:
                start += 1
            elif start + 1 < end and _ordinal_rank_end(doc, start):
                start += 1  # "Captain 2nd Rank Name": the rank's last word is no part of the name
            elif start > 0 and low in STYLE_WORDS and end - start >= 3 and doc[start - 1].text[:1].isupper() and \
                    doc[start - 1].lower_.rstrip(".") in STYLE_WORDS | HONORIFICS:
                start += 1  # "Datuk Seri Name", "Datuk Amar Name": a second Malay style after the first
            elif ent is not None and ent.ent_id_ and ent.label_ != "PERSON":
                start = max(start + 1, min(ent.end, end))
            elif self.gaz.country_of_demonym(t.text) is not None and not self._faith_given_name(t):
                start += 1
            elif is_calendar_word(t.text) and start + 1 < end and not (
                    t.lower_ in GIVEN_NAME_MONTHS and t.ent_type_ == "PERSON" and t.ent_iob_ == "B"):
                start += 1  # "Last Tuesday Ana Berg told ...": a date before the name (not "June Lind")
            elif start + 1 < end and t.ent_type_ != "PERSON" and plural_noun_opening(doc, start):
                start += 1  # "Farmers Bill and Ann Reid": a plural noun opening the sentence is no name
            else:
                break
        return start, end

    def _name_before_seat(self, start: int, end: int) -> bool:
        """Whether a name run ends in a legislator's seat letters after a person's name ("Ana Berg MP").

        British, Irish and Welsh usage writes the seat after the member's name; the same letters after a
        seat's place, with an owner or article before it, are the title of the name that follows ("Labour's
        Upton MP, Ana Berg,").

        Args:
            start: the run's first token.
            end: the token after the run.

        Returns:
            True when the last token is seat letters that close a person's name.
        """
        doc = self.doc
        if end - start < 3 or doc[end - 1].text not in SEAT_ABBREVIATIONS:
            return False
        if start > 0 and (doc[start - 1].tag_ in {"POS", "DT", "PRP$"} or doc[start - 1].lower_ in {"'s", "’s"}):
            return False
        return not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON")

    def _faith_given_name(self, t) -> bool:
        """Whether a group adjective with no country ("Christian") is a given name here: "Christian Moreau".

        The gazetteer lists faiths and peoples as demonyms with no state; some of them are given names too.
        The recogniser's reading decides: inside a PERSON entity that goes on past it, the word names a person.
        """
        ent = self.ent_at[t.i]
        return self.gaz.country_of_demonym(t.text) == "" and ent is not None and ent.label_ == "PERSON" and \
            ent.end > t.i + 1

    def _plausible_name(self, start: int, end: int) -> bool:
        doc = self.doc
        skip = {"-", "‐", '"', "“", "”", "‘", "’", "'"}
        core = [k for k in range(start, end) if doc[k].text not in skip and doc[k].lower_ not in NAME_PARTICLES]
        if end - start < 1 or not core or len(core) > 5 or end - start > 8:
            return False
        toks = [doc[k] for k in range(start, end) if doc[k].text not in skip]
        if not toks or doc[start].text in {"-", "‐"}:
            return False  # "-based Vela Capital": the tail of "São Paulo-based"
        for t in toks:
            low = t.lower_
            if low in NOT_NAME_WORDS or low in OFFICE_TITLES or low in OCCUPATION_TITLES:
                return False
            if self.gaz.country_of_demonym(t.text) is not None and not self._faith_given_name(t):
                return False
            ent = self.ent_at[t.i]
            if ent is not None and ent.ent_id_ and ent.label_ != "PERSON":
                return False
            if ent is not None and ent.label_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                                                  "ORDINAL", "LANGUAGE", "EVENT", "LAW"}:
                return False
            if ent is not None and ent.label_ == "PRODUCT" and ent[0].text in SHIP_PREFIXES:
                return False  # a ship's name: "KRI Sultan X"
            if ent is not None and ent.label_ in {"DATE", "TIME"} and (
                    is_calendar_word(t.text) or ent.end - ent.start < 3):
                return False  # a real date; "Pieter-Jan Van der Elst" read as a DATE is a name
            if "\n" in t.text:
                return False
        if all(t.text.isupper() and len(t.text) <= 5 for t in toks):
            return False
        if len(toks) == 1 and toks[0].is_sent_start and toks[0].lower_.endswith("ing") and end < len(doc) and \
                doc[end].text == "," and toks[0].ent_type_ != "PERSON":
            return False  # "Responding, the ministry's spokesman, NAME,": an opening participle, no name
        last = toks[-1].text
        if len(toks) >= 2 and len(last) >= 2 and last.isupper() and last.isalpha() and \
                not set(last) <= set("IVXLC") and not all(t.text.isupper() for t in toks):
            return False  # "Wick RNLI": a body's acronym ends no person's name (roman numerals do)
        if any(not t.text[0].isupper() for k, t in enumerate(toks)
               if not (t.i > start and doc[t.i - 1].text in {"-", "‐"} and not doc[t.i - 1].whitespace_)
               and not (t.lower_ in NAME_PARTICLES and start < t.i < end - 1)):
            return False
        return True

    def _coordinated_remit_holder(self, s: int, e: int) -> int:
        """The first token of the name closing "Minister of A and the B Name" (``doc[s:e]`` is "B Name").

        English news writing gives a minister's full two-part style before the name without a comma, the
        second remit with an article ("Minister of Trade and the Diaspora Abroad Ana Berg"). The mention
        step's split (:func:`graph.mentions.office_body_before_name`) finds the holder's two-word name
        inside the NER's entity over "the B Name".

        Args:
            s: the run's first token (after "the").
            e: the token after the run.

        Returns:
            The name's first token, or ``s`` (the run unchanged) when it does not end in a person-shaped name.
        """
        ent = self.ent_at[s]
        if ent is None or ent.end != e or ent.start not in {s, s - 1}:
            return s
        split = office_body_before_name(self.doc, ent, self.gaz)
        return split[0] if split is not None and not split[1] and s < split[0] < e else s

    def _cap_start(self, k: int) -> int:
        """The first of the capitalised words that end at ``k`` (at most four)."""
        j = k
        while j > 0 and k - j < 3 and _is_cap(self.doc[j - 1]):
            j -= 1
        return j

    def _state_rank_end(self, k: int) -> bool:
        """Whether ``doc[k]`` is the "State" closing the rank "Minister of State" / "Secretary of State".

        Args:
            k: a token index.

        Returns:
            True when the three words before and at ``k`` read rank head, "of", "State".
        """
        doc = self.doc
        return k >= 2 and doc[k].text == "State" and doc[k - 1].lower_ == "of" and \
            doc[k - 2].lower_ in STATE_RANK_HEADS and _is_cap(doc[k - 2])

    def _portfolio_after_of(self, s: int, e: int) -> bool:
        """Whether ``doc[s:e]`` is a Title-Case remit after "Minister of" that "and" continues.

        "Minister of Land Administration and Mobility Name": the words after the
        preposition name the ministry, not a person (a news convention for a
        ministry with two remits).
        """
        doc = self.doc
        return 1 <= e - s <= 3 and s >= 2 and e < len(doc) and doc[e].lower_ in {"and", "&"} and \
            doc[s - 1].lower_ in {"of", "for"} and doc[s - 2].lower_ in PORTFOLIO_HEADS and \
            _is_cap(doc[s - 2]) and _portfolio_run(self, list(doc[s:e]))

    def _find_persons(self) -> None:
        doc = self.doc
        cands = []
        titles = self.title_words
        remit_holders: set[tuple[int, int]] = set()  # names closing a two-part minister's style
        for s, e in self._name_runs():
            # "Nemuro Mayor Ken Sato", "Junts MEP Pau i Soler": the name starts after the title
            inner = [k for k in range(s + 1, e - 1) if (doc[k].lower_ in titles and doc[k].text[:1].isupper() or
                                                        doc[k].lower_ in LEGISLATOR_TITLES and doc[k].text.isupper())
                     and doc[k + 1].text not in {"-", "‐"} and (doc[k - 1].text not in {"-", "‐"} or (
                         k >= 2 and f"{doc[k - 2].lower_}-{doc[k].lower_}" in titles))]  # "Secretary-General"
            if inner:
                s = inner[-1] + 1
            if e - s >= 3 and s >= 2 and doc[s - 1].lower_ == "for" and doc[s - 2].lower_ in LEGISLATOR_TITLES:
                s += 1  # "MP for Leeds Anna Berg": the seat, then the name
            elif e - s >= 3 and s >= 2 and doc[s - 1].lower_ in {"for", "of"} and (
                    doc[s - 2].lower_ in PORTFOLIO_HEADS and doc[s - 2].text[:1].isupper() or
                    doc[s - 1].lower_ == "for" and self._state_rank_end(s - 2)):
                # "Deputy Minister for Reintegration Ana Berg", "Minister of Trade Ana Berg",
                # "Minister of State for Mines Ana Berg": the portfolio, then the name
                s += 1
                while e - s >= 3 and (doc[s].lower_ in PORTFOLIO_WORDS or doc[s].lower_ in {"and", "&"}):
                    s += 1
            elif self._portfolio_after_of(s, e):
                continue  # "Minister of Land Administration and Mobility Name": the first remit is no name
            elif e - s >= 3 and s >= 2 and doc[s - 1].lower_ in {"and", "&"} and \
                    self._portfolio_after_of(self._cap_start(s - 2), s - 1):
                # "... and Mobility Ana Berg": the second remit, then the name
                while e - s >= 3 and (doc[s].lower_ in PORTFOLIO_WORDS or doc[s].lower_.endswith(PORTFOLIO_SUFFIXES)):
                    s += 1
            elif e - s >= 3 and s >= 3 and doc[s - 1].lower_ == "the" and doc[s - 2].lower_ in {"and", "&"} and \
                    self._portfolio_after_of(self._cap_start(s - 3), s - 2):
                k, s = s, self._coordinated_remit_holder(s, e)  # "... and the Nationals Abroad Ana Berg"
                if s > k:
                    remit_holders.add((s, e))
            seat = self._name_before_seat(s, e)
            s, e = self._trim_run(s, e)
            if s < e and self._plausible_name(s, e):
                cands.append((s, e))
                if seat and e - s >= 2:
                    remit_holders.add((s, e))  # "Ana Berg TD": seat letters follow only a legislator's name
        ends = {e for s, e in cands}
        cands = [(s, e) for s, e in cands if not (s >= 2 and doc[s - 1].text == "(" and s - 1 in ends
                                                  and e < len(doc) and doc[e].text == ")")]
        # (a ward of a councillor's bracket, "Cllr Ana Berg (Lab, Upton and Low Fell)", is a place too)
        wards = councillor_wards(self.text)
        places = {doc[s:e].text for s, e in cands if self._place_apposed(s, e) or any(
            a <= doc[s].idx and doc[e - 1].idx + len(doc[e - 1]) <= b for a, b in wards)}
        cands = [(s, e) for s, e in cands if doc[s:e].text not in places and not saint_place(doc[s:e])]
        # "told the Herald": a lone capitalised word after "the" is a paper's or a body's name, no person's (read
        # after the places, which such a word may still show: "in the X region")
        cands = [(s, e) for s, e in cands if not (e - s == 1 and s > 0 and doc[s - 1].lower_ == "the" and
                                                  doc[s - 1].tag_ == "DT")]
        chosen: set[tuple[int, int]] = set()
        for s, e in cands:
            n_person = sum(1 for k in range(s, e) if doc[k].ent_type_ == "PERSON")
            n_words = sum(1 for k in range(s, e) if doc[k].is_alpha and not (
                k > s and doc[k - 1].text in {'"', "“", "‘", "'"} and not doc[k - 1].whitespace_))  # nicknames
            if n_person * 2 >= n_words:
                chosen.add((s, e))
        surnames = {doc[e - 1].text for s, e in chosen}
        for s, e in cands:
            if (s, e) not in chosen and doc[e - 1].text in surnames:
                chosen.add((s, e))
        # title adjacency: "Ruritania's chief prosecutor Anna Berg", "X, the Kazakh president";
        # a two-word name speaking or marrying ("Ana Lind said", "married Petr Holm")
        for s, e in cands:
            if (s, e) in chosen:
                continue
            if (s, e) in remit_holders or self._title_adjacent(s, e) or (
                    e - s >= 2 and self._person_role(doc[e - 1], chosen)) or \
                    (e - s >= 2 and (self._aged(e) or self._copula_title(s, e) or self._who_follows(e))):
                chosen.add((s, e))
        surnames = {doc[e - 1].text for s, e in chosen}
        for s, e in cands:
            if (s, e) not in chosen and doc[e - 1].text in surnames:
                chosen.add((s, e))
        # a known surname the tagger read as a common noun: "Castañares is married to ..."
        inside = {k for s, e in chosen for k in range(s, e)} | {k for s, e in cands for k in range(s, e)}
        multi = {doc[e - 1].text for s, e in chosen if e - s >= 2}
        for t in doc:
            if t.i not in inside and t.text in multi and t.pos_ == "NOUN" and t.text[:1].isupper() and \
                    t.ent_type_ in {"", "PERSON", "ORG"} and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}:
                chosen.add((t.i, t.i + 1))
        chosen -= self._place_words(chosen)
        for s, e in sorted(chosen):
            self.persons.append((s, e))
            for k in range(s, e):
                self.person_at[k] = (s, e)

    def _place_words(self, chosen: set) -> set:
        """One-word "names" that the recogniser mostly reads as places.

        A word tagged as a place at most of its mentions, and no full name's surname, is no person
        where the tagger once slips ("in X and Malvay" read as a person): one-sense-per-discourse
        (Gale, Church & Yarowsky 1992).

        Args:
            chosen: the (start, end) spans taken for persons so far.

        Returns:
            The one-word spans to drop.
        """
        doc = self.doc
        singles = {doc[s].text for s, e in chosen if e - s == 1}
        surnames = {doc[e - 1].text for s, e in chosen if e - s >= 2}  # the surname of a full name stays
        place: Counter[str] = Counter()
        person: Counter[str] = Counter()
        for t in doc:  # one pass over the article counts every word's place and person tags
            if t.text in singles:
                place[t.text] += t.ent_type_ in {"GPE", "PLACE", "LOC"}
                person[t.text] += t.ent_type_ == "PERSON"
        return {(s, e) for s, e in chosen if e - s == 1 and doc[s].text not in surnames
                and place[doc[s].text] > person[doc[s].text]}

    def _copula_title(self, s: int, e: int) -> bool:
        """The name opens its sentence and "is" a title: "Ana Berg is the Herald's
        correspondent in Lima" (an author footer)."""
        doc = self.doc
        if not doc[s].is_sent_start or e >= len(doc) or doc[e].lemma_ != "be":
            return False
        for k in range(e + 1, min(len(doc), e + 8)):
            t = doc[k]
            if t.is_punct and t.text not in {"'", "’"}:
                return False
            if t.pos_ == "NOUN" and t.is_lower and t.lower_ in self.title_words:
                return True
        return False

    def _who_follows(self, e: int) -> bool:
        """A relative "who" follows the name: "Ana Berg, who chairs ..." (bodies and places take "which")."""
        doc = self.doc
        return e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "who" and doc[e + 1].dep_ in {
            "nsubj", "nsubjpass"}

    def _aged(self, e: int) -> bool:
        """An age follows the name: "Ana Berg, 61, said" (news style gives people's ages)."""
        doc = self.doc
        return e + 2 < len(doc) and doc[e].text == "," and doc[e + 2].text == "," and \
            doc[e + 1].text.isdigit() and 1 <= int(doc[e + 1].text) <= 120

    def _place_apposed(self, s: int, e: int) -> bool:
        """The name is described as a place: "Goris, a town in southern Armenia", "in Goris, the ...",
        "the Adok settlement" (a name between "the" and a place noun)."""
        doc = self.doc
        if s > 0 and doc[s - 1].lower_ == "the" and e < len(doc) and doc[e].is_lower and \
                (doc[e].lower_ in PLACE_NOUNS or doc[e].lemma_.lower() in PLACE_NOUNS | {"camp", "site"}):
            return True
        if e - s == 1 and e < len(doc) and doc[e].is_lower and doc[e].lower_ in {
                "province", "region", "island", "islands", "district", "county", "prefecture", "governorate"}:
            return True  # "Sulu province"
        if _area_apposed(doc, e):
            return True
        if e - s == 1 and s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in {
                "sultanate", "province", "kingdom", "emirate", "state", "island", "county", "region", "city"}:
            return True  # "the Sultanate of Sulu"
        if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].tag_ != "WP$":  # "X, whose county ..." owns it
            k = e + 1
            while k < len(doc) and k < e + 5 and (doc[k].pos_ in {"DET", "ADJ", "ADV"} or doc[k].tag_ == "POS"
                                                   or doc[k].text == "-" or doc[k].text.islower() and doc[k].dep_
                                                   in {"compound", "amod"} and (doc[k].lower_ not in PLACE_NOUNS or
                                                                               doc[k].head.i > k)):
                k += 1
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if k < len(doc) and k > e + 1 and doc[k].pos_ == "NOUN" and (
                    doc[k].lower_ in PLACE_NOUNS or doc[k].lemma_.lower() in PLACE_NOUNS) and (
                    nxt is None or nxt.tag_ != "POS" and nxt.pos_ not in {"NOUN", "PROPN", "ADJ"}
                    and nxt.text not in {"-", "‐"}):
                return True  # the place noun heads the appositive ("the region's leader" does not)
        if s > 0 and doc[s - 1].lower_ == "in" and e + 1 < len(doc) and doc[e].text == ",":
            nxt = self.ent_at[e + 1]
            if nxt is not None and nxt.start == e + 1 and (nxt.label_ in {"COUNTRY", "PLACE", "GPE"} or (
                    doc[nxt.end - 1].lower_ in SUBDIVISION_WORDS and doc[nxt.end - 1].text[:1].isupper())):
                return True  # "In Tarvo, Varn District, ...": a place and the place it lies in
        return False

    def _person_role(self, head, chosen: set) -> bool:
        """The name's head is the subject of a speech or marriage verb, the object of
        "marry", or coordinated with a known person."""
        verb = head.head
        bracketed = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ")"
        if head.dep_ in {"nsubj"} and verb.lemma_.lower() in PERSON_VERBS and not bracketed:
            return True  # (not "Cllr X (Labour, Upton and Low Fell) said": the ward closes the bracket)
        if head.dep_ in {"dobj"} and verb.lemma_.lower() in {"marry", "wed"}:
            return True
        for c in [*head.conjuncts]:
            if self.person_at.get(c.i) is not None or any(c.i in range(a, b) for a, b in chosen):
                return True
        return False

    def _spouse_adjacent(self, s: int, e: int) -> bool:
        """The name stands next to a spouse noun that only people fill: "Name's widow", "the wife of
        Name", "Name, the wife of ...", "Name, X's widow", or "the couple, Name and Name".

        A kinship noun selects a human argument on both sides (the ACE 2005 PER-SOC family
        relation), so a two-word name in these slots is a person's even when the tagger read
        it as a body or missed it.

        Args:
            s: the first token of the name.
            e: the token after the name.

        Returns:
            True when a spouse noun or "couple" frames the name.
        """
        doc = self.doc
        n = len(doc)
        if e + 1 < n and doc[e].tag_ == "POS" and doc[e + 1].lower_ in SPOUSE_NOUNS:
            return True  # "Name's widow"
        k = s - 1
        while k > 0 and doc[k].lower_ in {"the", "late"}:
            k -= 1
        if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in SPOUSE_NOUNS:
            return True  # "the wife of (the late) Name"
        k = s - 1 - (s >= 1 and doc[s - 1].text == ",")
        if k >= 1 and doc[k].lower_ in SPOUSE_NOUNS and doc[k].is_lower and "whose" in {
                doc[j].lower_ for j in range(max(0, k - 2), k)}:
            return True  # "X, whose (late) husband Name"
        if e + 3 < n and doc[e].text == "," and doc[e + 1].lower_ == "whose" and any(
                doc[j].lower_ in SPOUSE_NOUNS and doc[j].is_lower for j in (e + 2, e + 3)):
            return True  # "Name, whose (late) wife ..."
        if e + 2 < n and doc[e].text == ",":
            k = e + 1
            while k < n and k < e + 6 and (doc[k].lower_ in {"the", "late", "his", "her"} or doc[k].pos_ == "PROPN"
                                           or doc[k].tag_ == "POS"):
                k += 1  # "Name, the wife of", "Name, X's widow"
            if k < n and doc[k].lower_ in SPOUSE_NOUNS and doc[k].dep_ == "appos" and (
                    doc[k - 1].tag_ == "POS" or k + 1 < n and doc[k + 1].lower_ == "of"):
                return True
        k = s - 1
        if k >= 0 and doc[k].lower_ == "and":
            k -= 1
            while k > 0 and doc[k].pos_ == "PROPN":
                k -= 1  # the second of "the couple, A and B"
        if k >= 1 and doc[k].text == "," and doc[k - 1].lower_ == "couple":
            return True
        return False

    def _title_adjacent(self, s: int, e: int) -> bool:
        doc = self.doc
        if s > 1 and e - s == 1 and doc[s - 2].lower_ == "the" and e < len(doc) and doc[e].lower_ == "of" and \
                doc[s - 1].text[:1].isupper():
            return False  # "the General Fono of X": a body's name after a title-like word, not a person
        if s > 0 and _title_head_ok(doc[s - 1]):  # "chief prosecutor Anna Berg"
            return True
        k = s - 1
        while k > 0 and s - k <= 4 and doc[k].text[:1].isupper() and doc[k].lower_.rstrip(".") in STYLE_WORDS:
            k -= 1  # "Chief Minister Datuk Seri Name": Malay styles of address between the title and the name
        if k < s - 1 and _title_head_ok(doc[k]) and doc[k].text[:1].isupper():
            return True
        k = s - 1
        while k > 0 and _is_cap(doc[k]) and s - k <= 4:
            k -= 1
        if k < s - 1 and k > 0 and doc[k].lower_ == "for" and (doc[k - 1].lower_ in PORTFOLIO_HEADS or
                                                             self._state_rank_end(k - 1)):
            return True  # "Minister for Reintegration Anna Berg", "Minister of State for Mines Anna Berg"
        if k < s - 1 and k > 1 and doc[k].lower_ in {"and", "&"} and \
                self._portfolio_after_of(self._cap_start(k - 1), k) and \
                _portfolio_run(self, list(doc[self._cap_start(k - 1):s])):
            return True  # "Minister of Rural Development and Sanitation Anna Berg": a joint portfolio
        if s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFICS:
            return True
        host = self.ent_at[s - 1] if s > 0 else None
        if host is not None and host.label_ in {"COUNTRY", "GPE"} and host.start >= 2:
            k = host.start - 1
            if doc[k].lower_ == "the" and k > 0:
                k -= 1
            if doc[k].lower_ == "to" and k > 0 and doc[k - 1].lower_ in POSTING_TITLES:
                return True  # "Ambassador to Chile Anna Berg", "ex-envoy to the Netherlands Name"
        kin = s - 2 if s > 1 and doc[s - 1].text == "," else s - 1
        if e - s >= 2 and kin >= 1 and doc[kin].lower_ in SPOUSE_NOUNS and doc[kin - 1].tag_ == "PRP$":
            return True  # "Her husband, Name,": a full name after a spouse noun is a person's
        if e - s >= 2 and self._spouse_adjacent(s, e):
            return True
        if e - s >= 2 and s > 4 and doc[s - 1].text == ",":
            # "the federal member for Tolsby, Ana Varga,": a seat's member (the Australian and Pacific style)
            k = s - 2
            while k > s - 6 and _is_cap(doc[k]):
                k -= 1
            if k < s - 2 and doc[k].lower_ == "for" and doc[k - 1].lower_ == "member" and doc[k - 1].is_lower:
                return True
        if s > 1 and doc[s - 1].text == ",":
            # "the ex-president of Georgia, Name,"
            phrase = _before_phrase(self, s - 2, max(0, s - 25))
            pre, _ = _split_preps(phrase)
            body = [t for t in pre if not t.is_punct]
            if body and _title_head_ok(body[-1]) and body[-1].pos_ in {"NOUN", "PROPN"}:
                return True
        if e < len(doc) and doc[e].lemma_ == "be" and doc[e].pos_ == "AUX":
            # author footers: "Name is a political analyst from X"
            k = e + 1
            while k < len(doc) and k < e + 6 and (doc[k].pos_ in {"DET", "ADJ", "ADV"} or doc[k].text[:1].isupper()
                                                   or doc[k].pos_ == "NOUN") and not _title_head_ok(doc[k]):
                k += 1
            if k < len(doc) and _title_head_ok(doc[k]) and doc[k].pos_ in {"NOUN", "PROPN"}:
                return True
        if e + 3 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "who" and (
                doc[e + 2].lemma_ in {"be", "serve"}):
            # "Name, who served as Y's ambassador to Z,": a post held is a person's
            k = e + 3
            while k < len(doc) and k < e + 9 and (doc[k].pos_ in {"DET", "ADJ", "ADV", "ADP", "PART"} or
                                                   doc[k].tag_ == "POS" or self.ent_at[k] is not None) and \
                    not _title_head_ok(doc[k]):
                k += 1
            if k < len(doc) and _title_head_ok(doc[k]) and doc[k].pos_ in {"NOUN", "PROPN"}:
                return True
        if e + 2 < len(doc) and doc[e].text == ",":
            k = e + 1
            while k < len(doc) and k < e + 7 and (doc[k].pos_ in {"DET", "ADJ", "ADV"} or doc[k].tag_ == "POS"
                                                   or self.ent_at[k] is not None or (
                                                       # "Name, the party's spokesperson": an owner noun
                                                       doc[k].is_lower and doc[k].pos_ == "NOUN" and k + 1 < len(doc)
                                                       and doc[k + 1].tag_ == "POS") or (
                                                       doc[k].tag_ == "VBN" and doc[k].dep_ == "amod"
                                                       and doc[k].is_lower) or (  # "the newly elected mayor"
                                                       doc[k].dep_ == "compound" and doc[k].is_lower
                                                       and doc[k].lower_ not in OFFICE_TITLES | OCCUPATION_TITLES)):
                k += 1  # "Name, a research fellow at ...": over a lower-case compound too
            if k < len(doc) and doc[k].lower_ in OFFICE_TITLES | OCCUPATION_TITLES and not (
                    doc[k].dep_ == "nsubj" and doc[k].head.i > k and doc[k].head.pos_ == "VERB") and not (
                    doc[k].text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON"):
                # (not "of X, the minister reminded ...": the title opens a new clause; nor "The Mayor of X,
                # Councillor Name,": the title is the next name's)
                return True
            # "Aisling Byrne, an Irish member of the European Parliament": a seat in a body
            if e - s >= 2 and k + 2 < len(doc) and doc[k].lower_ == "member" and doc[k + 1].lower_ == "of":
                j = k + 2
                if doc[j].pos_ == "DET":
                    j += 1
                # "a member of Guatemala's Congress": over a possessive country
                ent = self.ent_at[j] if j < len(doc) else None
                if ent is not None and ent.label_ in {"COUNTRY", "GPE"} and ent.end < len(doc) and \
                        doc[ent.end].tag_ == "POS":
                    j = ent.end + 1
                nxt = doc[j] if j < len(doc) else None
                ent = self.ent_at[nxt.i] if nxt is not None else None
                if (ent is not None and ent.label_ == "ORG") or (
                        nxt is not None and nxt.text[:1].isupper() and nxt.lower_ in LEGISLATURE_WORDS):
                    return True
        return False

    def person_mention(self, i: int) -> Mention | None:
        span = self.person_at.get(i)
        if span is None:
            return None
        return self.mention(span[0], span[1], "PERSON", "")

    # ---- antecedents
    def antecedent(self, pron, exclude: tuple[int, int] | None = None) -> Mention | None:
        """Resolve a pronoun to the most salient earlier name in the article.

        A simplified Hobbs (1978) walk: first a name that governs the pronoun
        (an ancestor or the subject of an ancestor), then the first-mentioned
        name earlier in the same sentence, then the subject (else the first
        name) of the nearest earlier sentence that has one.

        Args:
            pron: the pronoun token.
            exclude: a name span that may not be chosen (the anchor itself).

        Returns:
            A Mention of a person (he/his/she/her) or a country (it/its), or None.
        """
        low = pron.lower_
        if low in PERSON_PRONOUNS:
            return self._person_antecedent(pron, exclude)
        if low in THING_PRONOUNS:
            return self._country_antecedent(pron)
        return None

    def _person_antecedent(self, pron, exclude) -> Mention | None:
        doc = self.doc
        sent = self.sent_at[pron.i]

        # 1. names governing the pronoun
        anc = pron.head
        seen = 0
        while seen < 12:
            span = self.person_at.get(anc.i)
            if span is not None and span != exclude and span[0] < pron.i:
                return self.mention(span[0], span[1], "PERSON")
            for c in anc.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pron.i:
                    span = self.person_at.get(c.i)
                    if span is not None and span != exclude:
                        return self.mention(span[0], span[1], "PERSON")
            if anc.head.i == anc.i:
                break
            anc = anc.head
            seen += 1
        # 2. the first name earlier in the sentence (subjects first)
        if sent is not None:
            spans = [p for p in self.persons if p[0] >= sent.start and p[1] <= pron.i and p != exclude]
            subj = [p for p in spans if any(doc[k].dep_ in {"nsubj", "nsubjpass"} for k in range(*p))]
            if subj:
                return self.mention(subj[0][0], subj[0][1], "PERSON")
            if spans:
                return self.mention(spans[0][0], spans[0][1], "PERSON")
        # 3. the nearest earlier sentence with a name
        start = sent.start if sent is not None else pron.i
        earlier = [p for p in self.persons if p[1] <= start and p != exclude]
        if not earlier:
            return None
        last_sent = self.sent_at[earlier[-1][0]]
        in_sent = [p for p in earlier if last_sent is not None and p[0] >= last_sent.start]
        subj = [p for p in in_sent if any(doc[k].dep_ in {"nsubj", "nsubjpass"} for k in range(*p))]
        pick = (subj or in_sent or earlier[-1:])[0]
        return self.mention(pick[0], pick[1], "PERSON")

    def _country_antecedent(self, pron) -> Mention | None:
        """Salience-ranked country antecedent (after Lappin & Leass 1994): in the
        pronoun's sentence a subject, else the nearest name; in earlier sentences
        (nearest first) a subject, else the first name."""
        sent = self.sent_at[pron.i]
        if sent is None:
            return None
        idx = self.sent_index.get(sent.start, 0)
        for back in range(0, 6):
            if idx - back < 0:
                break
            s = self.sents[idx - back]
            found = []
            for ent in self.ents_in(s.start, s.end):
                if back == 0 and ent.end > pron.i:
                    continue
                m = self.country_mention(ent.root, allow_demonym=False)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                    found.append((ent, m))
            if not found:
                continue
            subj = [m for ent, m in found if ent.root.dep_ in {"nsubj", "nsubjpass"} or
                    ent.root.dep_ in {"conj", "appos"} and ent.root.head.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return subj[0]  # (or the name set beside the subject: "A's neighbour, B, says ... its")
            # the possessor of the subject next ("A's position on X has not changed: it does not ...")
            owner = [m for ent, m in found if ent.root.dep_ == "poss" and ent.root.head.dep_ in {"nsubj", "nsubjpass"}]
            if owner:
                return owner[0]
            return found[-1][1] if back == 0 else found[0][1]
        return None

    def holder_mentions(self, h, cue=None) -> list[Mention]:
        """Every holder a subject phrase names: coordinated countries ("Spain, Slovakia and
        Greece have not recognised ..."), "they"/"their" for coordinated subjects, and
        "N countries ..., including A, B and C".

        Args:
            h: head token of the subject / possessor phrase.
            cue: the stance cue (to find an "including" list hanging off the verb).

        Returns:
            A list of Mentions, possibly empty.
        """
        if h.lower_ in {"they", "their", "them", "theirs"}:
            return self._plural_antecedents(h)
        if h.lower_ in {"states", "countries", "nations", "members"} and h.i + 1 < len(self.doc):
            # "fellow bloc states A, B and C have described ...": the names after the group noun
            # (the tagger may read "states" as a verb)
            sent = self.sent_at[h.i]
            run = _country_run(self, h.i + 1, sent.end if sent is not None else len(self.doc))
            if run and run[0].start == self.doc[h.i + 1].idx:
                return run
        copula = h.head if h.dep_ == "attr" else (
            h.head.head if h.dep_ == "pobj" and h.head.lower_ == "among" and h.head.dep_ == "prep" else None)
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ == "one" and \
                h.head.head.dep_ == "attr":
            copula = h.head.head.head  # "A is one of the few states that ..."
        q = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" else None
        if q is not None and q.lemma_.lower() in QUANTITY_NOUNS and q.dep_ == "pobj" and q.head.lower_ == "of" and \
                q.head.head.lower_ == "one" and q.head.head.dep_ == "attr":
            copula = q.head.head.head  # "A is one of a handful of states that ..."
        elif q is not None and q.lemma_.lower() in QUANTITY_NOUNS and q.dep_ == "pobj" and \
                q.head.lower_ == "among" and q.head.dep_ == "prep":
            copula = q.head.head  # "A is among the handful of states that ..."
        among = h.head if h.dep_ == "pobj" and h.head.lower_ == "among" else (
            q.head if q is not None and q.dep_ == "pobj" and q.head.lower_ == "among" else None)
        inverted = among is not None and cue.i > among.i and (
            h.lemma_.lower() in GROUP_NOUNS | QUANTITY_NOUNS or h.lower_ == "those") and (
            among.dep_ == "ROOT" or among.dep_ == "prep" and among.head.lemma_ == "be" and among.head.i > cue.i)
        if inverted:
            # "Among the states that do not recognise X are A, B and C": the names after the inverted copula
            sent = self.sent_at[h.i]
            end = sent.end if sent is not None else len(self.doc)
            cop = among.head if among.dep_ == "prep" else next(
                (t for t in self.doc[cue.i:end] if t.lemma_ == "be" and t.pos_ == "AUX"), None)
            run = _country_run(self, cop.i + 1, end) if cop is not None else []
            if run:
                return run
        grouped = h.lemma_.lower() in QUANTITY_NOUNS and any(
            p.lemma_.lower() in GROUP_NOUNS for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj")  # "one of a handful of countries that ..."
        if copula is not None and copula.lemma_ in {"be", "remain"} and h.pos_ in {"NOUN", "PROPN"} and \
                (h.lemma_.lower() in GROUP_NOUNS | {"member", "one"} or grouped):
            # "A, B and C are the five members that do not recognise X", "A is (remains) among the
            # countries that ...": the copula's subject
            subj = [c for c in copula.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < h.i]
            if not subj:
                # a subject the tagger read as an adverb: "Nauru (ADV) is one of the few states that ..."
                subj = [c for c in copula.children if c.dep_ in {"advmod", "npadvmod", "dep"} and c.i < copula.i
                        and self.country_mention(c, allow_demonym=False) is not None]
            if subj and subj[0].tag_ not in {"PRP", "WDT"}:
                return self.holder_mentions(subj[0], cue)
        one = h.head.head if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ == "one" else None
        if one is not None and h.lemma_.lower() in GROUP_NOUNS and one.i >= 2 and self.doc[one.i - 1].text == ",":
            # "A, one of the few states that recognise X, ...": the name the phrase is set beside
            m = self.country_mention(self.doc[one.i - 2], allow_demonym=False)
            if m is not None and m.label == "COUNTRY":
                return [m]
        if _is_quantifier(h) or (h.tag_ in {"NNS", "NNPS"} and h.lemma_.lower() in GROUP_NOUNS):
            listed = self._quantified_holders(h, cue)
            if listed:
                return listed
        first = self.holder_mention(h)
        out = [first] if first is not None else []
        items = [*h.conjuncts]
        if first is not None and first.label == "COUNTRY":
            # "A, B, C and D recognise X" with C read as an apposition of A: one country set beside another is
            # the next item of the list, and its conjuncts follow it
            items += [t for a in (h, *h.conjuncts) for c in a.children if c.dep_ == "appos" and c.i > h.i and
                      self.doc[c.i - 1].text == "," and c.ent_type_ == "COUNTRY" for t in (c, *c.conjuncts)]
        for c in sorted(items, key=lambda t: t.i):
            if c.i <= h.i:
                continue
            m = self.holder_mention(c)
            if m is not None and all(m.start != o.start for o in out):
                out.append(m)
        if out and h.dep_ in {"nsubj", "nsubjpass"}:
            out = self._adverb_read_leads(h) + out  # "Tonga (ADV), Fiji and Samoa do not recognise X"
        if len(out) == 1 and out[0].label in {"COUNTRY", "TERRITORY"} and h.dep_ in {"nsubj", "nsubjpass"}:
            # a coordination the parser broke: two subjects of one verb ("Egypt and, later,
            # Jordan recognised ..."), or a written list around the subject
            for sib in h.head.children:
                if sib.i != h.i and sib.dep_ == h.dep_ and sib.i < h.head.i and not _dateline(sib):
                    for t in (sib, *sib.conjuncts):
                        m = self.country_mention(t, allow_demonym=False)
                        if m is not None and m.label in {"COUNTRY", "TERRITORY"} and \
                                all(m.start != o.start for o in out):
                            out.append(m)
            for m in self._surface_subject_list(h):
                if all(m.start != o.start for o in out):
                    out.append(m)
        if out and all(m.label in {"COUNTRY", "TERRITORY"} for m in out) and h.dep_ in {"nsubj", "nsubjpass"}:
            # "Australia, like (along with) Japan, does not recognise X", "A and B, along with C,
            # withdrew recognition": the comparison shares the stance
            for prep in (*h.children, *h.head.children):
                if prep.dep_ == "prep" and prep.lower_ in {"like", "along", "alongside"} and \
                        h.i < prep.i < h.head.i and \
                        self.doc[prep.i - 1].text == ",":
                    for t in prep.subtree:
                        if t.i == prep.i:
                            continue
                        m = self.country_mention(t, allow_demonym=False, allow_capital=False)
                        if m is not None and m.label in {"COUNTRY", "TERRITORY"} and \
                                all(m.start != o.start for o in out):
                            out.append(m)
            out.sort(key=lambda m: m.start)
        if not out and h.lemma_.lower() in {"country", "state", "nation", "government", "member"} and \
                h.tag_ in {"NNS", "NNPS"}:
            sent = self.sent_at[h.i]
            cands = list(sent) if sent is not None else list(h.children)
            for c in cands:
                if c.lower_ == "among" and c.i + 1 < len(self.doc) and self.doc[c.i + 1].lower_ in {
                        "them", "these", "those", "which"} and sent is not None:
                    # "... by only 12 countries, among them A and B"; "N countries, among them A, recognise X":
                    # the list ends at the aside's closing comma
                    stop = next((t.i for t in self.doc[c.i + 3:sent.end] if t.text in {",", ";", ")", "—", "–"}
                                 and (t.i + 1 >= sent.end or self.country_mention(
                                     self.doc[t.i + 1], allow_demonym=False) is None
                                     and self.doc[t.i + 1].lower_ not in {"and", "or"})), sent.end)
                    out += [m for m in _countries_in(self, self.doc[c.i + 2:stop])
                            if all(m.start != o.start for o in out)]
                    continue
                if c.lower_ in {"including", "like"} or (c.lower_ == "as" and c.i > 0 and
                                                        self.doc[c.i - 1].lower_ == "such"):
                    for t in c.subtree:
                        m = self.country_mention(t, allow_demonym=False, allow_capital=False)
                        if m is not None and all(m.start != o.start for o in out):
                            out.append(m)
        return out

    def _adverb_read_leads(self, h) -> list[Mention]:
        """Countries opening a subject list that the parser hung on the verb as adverbs.

        "Tonga, Fiji and Samoa do not recognise X": the small model reads a
        short proper name at the start of a sentence as an adverb of the verb
        and begins the subject at the next name; each such name, followed by a
        comma that runs on to the subject, belongs to the list.

        Args:
            h: the subject's head token.

        Returns:
            The mentions, in text order (empty when none).
        """
        out: list[Mention] = []
        k = h.i
        while k >= 2 and self.doc[k - 1].text == ",":
            t = self.doc[k - 2]
            if t.head.i != h.head.i or t.dep_ not in {"advmod", "npadvmod", "dep", "nmod"} or t.pos_ != "PROPN":
                break
            m = self.country_mention(t, allow_demonym=False, allow_capital=False)
            if m is None or m.label not in {"COUNTRY", "TERRITORY"}:
                break
            out.insert(0, m)
            k = t.i
        return out

    def _surface_subject_list(self, h) -> list[Mention]:
        """Countries written in one list with the subject country ``h`` before its verb:
        "A, B and C", "A and, later, B" read off the surface when the parse splits them.

        The list must end in "and" before its last member, lie wholly before the verb,
        and start the clause (no preposition before it: "Between A and B, C ..." is no list).
        """
        doc = self.doc
        verb = h.head
        sent = self.sent_at[h.i]
        if sent is None or verb.i <= h.i:
            return []
        ent = self.ent_at[h.i]
        s, e = (ent.start, ent.end) if ent is not None else (h.i, h.i + 1)
        fillers = {",", "and", "later", "then", "also", "subsequently", "eventually", "too"}

        def member(k):
            m = self.country_mention(doc[k], allow_demonym=False, allow_capital=False)
            return m if m is not None and m.label in {"COUNTRY", "TERRITORY"} else None

        # to the right, up to the verb (or its auxiliaries)
        right: list[Mention] = []
        saw_and = False
        k = e
        while k < verb.i:
            t = doc[k]
            if t.lower_ in fillers or t.pos_ == "DET" or _is_space(t):
                saw_and = saw_and or t.lower_ == "and"
                k += 1
                continue
            if t.dep_ in {"aux", "auxpass", "neg"} or t.pos_ == "ADV":
                break
            m = member(k)
            if m is None:
                right = []
                break
            right.append(m)
            ent_k = self.ent_at[k]
            k = ent_k.end if ent_k is not None else k + 1
        if not saw_and:
            right = []
        # to the left: only when "and" joins the subject to what precedes it
        left: list[Mention] = []
        k = s - 1
        while k >= sent.start and (doc[k].text == "," or doc[k].lower_ in fillers - {"and"}):
            k -= 1
        if k >= sent.start and doc[k].lower_ == "and":
            k -= 1
            while k >= sent.start:
                t = doc[k]
                if t.lower_ in fillers or t.pos_ == "DET" or _is_space(t):
                    k -= 1
                    continue
                m = member(k)
                if m is None:
                    break
                left.insert(0, m)
                ent_k = self.ent_at[k]
                k = (ent_k.start - 1) if ent_k is not None else k - 1
            if k >= sent.start and (doc[k].pos_ in {"ADP", "SCONJ", "VERB", "NOUN", "PROPN"} or
                                    doc[k].tag_ == "POS"):
                left = []  # "Between A and B, C ...", "talks with A and B ..."
        return left + right

    def _quantified_holders(self, h, cue=None) -> list[Mention]:
        """The countries a quantifier subject stands for.

        "five of the EU's members - A, B and C - do not ...", "three (A, B and C) ...",
        "several, including A and B, ...", "both of Spain and Greece", and the relative
        "A and B, both of which / neither of which ..." (its coordinated antecedents).
        """
        doc = self.doc
        sent = self.sent_at[h.i]
        if sent is None:
            return []
        out: list[Mention] = []

        def add(m):
            if m is not None and m.label in {"COUNTRY", "TERRITORY"} and all(m.start != o.start for o in out):
                out.append(m)

        of_objs = [p for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        # "both of which", "neither of whom": the coordinated antecedent before the comma
        if any(p.lower_ in {"which", "whom"} for p in of_objs):
            if h.lower_ not in UNIVERSAL_RELATIVE_QUANTIFIERS:
                return []  # "some of which": not every antecedent
            k = h.i - 1
            while k >= sent.start and (_is_space(doc[k]) or doc[k].text in {",", "(", "–", "—", "-"}):
                k -= 1
            for m in _country_list_before(self, k + 1, sent.start):
                add(m)
            return out
        if any(p.lower_ in {"them", "these", "those"} for p in of_objs):
            return []
        # "both of Spain and Greece"
        for p in of_objs:
            for t in [p, *p.conjuncts]:
                add(self.country_mention(t, allow_demonym=False, allow_capital=False))
        if out:
            return out
        # a list set off by dashes or brackets, or introduced by "including"/"such as",
        # between the quantifier and its verb
        limit = cue.i if cue is not None and cue.i > h.i else sent.end
        verb = h.head if h.head.i > h.i else None
        if verb is not None and verb.pos_ in {"VERB", "AUX"}:
            limit = min(limit, verb.i)
        for a in (x for x in h.subtree if x.dep_ in {"aux", "auxpass"} and x.i > h.i):
            limit = min(limit, a.i)
        k = h.i + 1
        opened = False
        while k < limit:
            t = doc[k]
            low = t.lower_
            if not opened:
                if low in LIST_OPENERS and (low != "such" or (k + 1 < limit and doc[k + 1].lower_ == "as")):
                    opened = True
                    k += 2 if low == "such" else 1
                    continue
                if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}:
                    break
                k += 1
                continue
            if low in {",", "and", "or", "as well as"} or t.pos_ == "DET" or _is_space(t):
                k += 1
                continue
            if t.text in LIST_CLOSERS and out:
                break
            m = self.country_mention(t, allow_demonym=False, allow_capital=False)
            if m is None:
                if out:
                    break
                opened = False  # not a list of countries: look for another opener
                k += 1
                continue
            add(m)
            ent = self.ent_at[k]
            k = ent.end if ent is not None else k + 1
        if not out and h.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "both" for c in h.children):
            # "A and B said that both governments support ...": the pair named as the subject above
            out = [m for m in self._plural_antecedents(h) if m.label == "COUNTRY"]
        if not out and cue is not None and cue.i > h.i:
            # "Several states have withdrawn their recognition of X, among them A and B": the list after the clause
            for k in range(cue.i + 1, sent.end - 1):
                if doc[k - 1].text == "," and (doc[k].lower_ == "among" and doc[k + 1].lower_ in {"them", "which"}
                                               or doc[k].lower_ in {"including", "notably"}):
                    for m in _country_run(self, k + 2 if doc[k].lower_ == "among" else k + 1, sent.end):
                        add(m)
                    break
        return out

    def _plural_antecedents(self, pron) -> list[Mention]:
        """"they said they would recognise": the coordinated subject of a governing verb,
        else the nearest coordinated countries earlier in the sentence."""
        anc = pron.head
        for _ in range(10):
            for c in anc.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pron.i and c.i != pron.i:
                    if c.tag_ == "NN" and not c.conjuncts:
                        return []  # "a U.S. envoy said ... they": one person is no "they"
                    out = []
                    for t in [c, *c.conjuncts]:
                        m = self.holder_mention(t) if t.tag_ not in {"PRP", "PRP$"} else None
                        if m is not None and m.label in {"COUNTRY", "TERRITORY"} and all(
                                m.start != o.start for o in out):
                            out.append(m)
                    if not out and c.tag_ == "NNS" and c.lemma_.lower() in GROUP_NOUNS:
                        # "Several states have withdrawn their recognition of X, among them A and B"
                        out = self._quantified_holders(c, pron)
                    if not out and c.tag_ == "NNS" and self.sent_at[c.i] is not None:
                        out = _counted_pair_before(self, c, self.sent_at[c.i])  # "The two governments said they"
                    if out:
                        return out
            if anc.pos_ in {"NOUN", "PROPN"} and anc.i < pron.i:
                # "letters from two allies that they would not recognise X": the source of
                # the statements, not the subject of the main clause
                src = [p for c in anc.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
                       for p in c.children if p.dep_ == "pobj"]
                if src:
                    out = []
                    for t in [src[0], *src[0].conjuncts]:
                        m = self.holder_mention(t) if t.tag_ not in {"PRP", "PRP$"} else None
                        if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                            out.append(m)
                    return out
            if anc.head.i == anc.i:
                break
            anc = anc.head
        # a broken parse: the countries listed last before the pronoun ("A, B and C all said they")
        sent = self.sent_at[pron.i]
        if sent is None:
            return []
        for j in range(pron.i - 1, sent.start - 1, -1):
            m = self.country_mention(self.doc[j], allow_demonym=False, allow_capital=False)
            if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                ent = self.ent_at[j]
                listed = _country_list_before(self, ent.end if ent is not None else j + 1, sent.start)
                return listed if len(listed) >= 2 else []
        return []

    def person_state(self, person: Mention) -> Mention | None:
        """The country a person holds a current position of in this article, or None.

        Read from the article's own titles (:func:`extract_positions`): "Jordan's
        ambassador to X, Y", "Y, Kuwait's foreign minister".  Computed once per
        document.

        Args:
            person: a PERSON mention.

        Returns:
            The country mention, or None when the person holds no country post here.
        """
        if self._person_states is None:
            states: dict[str, Mention] = {}
            self._person_states = states  # a guard while the positions are read
            home: list[tuple[str, int]] = []
            for p in extract_positions(self.doc, self.article):
                seat = self.gaz.capitals.get(fold(p.org.text)) if p.org is not None and p.org.label == "ORG" else None
                if p.org is not None and p.org.label == "COUNTRY" and p.org.kb_id and not p.former:
                    states.setdefault(p.person.text, p.org)
                elif seat and not p.former:
                    # "External Affairs Ministry spokesperson X": a body the gazetteer ties to its state
                    states.setdefault(p.person.text, Mention(self.article.id, -1, -1, seat, "COUNTRY", seat))
                elif p.org is not None and p.org.label == "ORG" and not p.former and \
                        self._possessor_state(p.org) is not None:
                    # "the ministry's deputy spokeswoman" after "Ruritania's Ministry of X"
                    states.setdefault(p.person.text, self._possessor_state(p.org))
                elif p.org is None and p.org_name and not p.former and (kb := self._demonym_body_state(p.org_name)):
                    # "a spokeswoman for the Peruvian interior ministry": a state's body named by its demonym
                    states.setdefault(p.person.text, Mention(self.article.id, -1, -1, kb, "COUNTRY", kb))
                elif not p.former and (voiced := self._voiced_state(p)) is not None:
                    states.setdefault(p.person.text, voiced)
                elif not p.former and _home_department_post(self, p):
                    home.append((p.person.text, p.person.start))
            main = _main_states(self)
            own = _home_state(self)
            if own:
                for p in extract_positions(self.doc, self.article):
                    words = p.title.split()
                    if p.org is None and not p.org_name and not p.former and words and \
                            words[-1] in STATE_OFFICE_HEADS and len(words) <= 3:
                        # "Foreign Minister X told Parliament" in a paper whose masthead names its
                        # country: a newspaper writes its own government's offices unqualified
                        states.setdefault(p.person.text, Mention(self.article.id, -1, -1, own, "COUNTRY", own))
            for name, at in home:
                # "the Ministry of External Affairs spokesperson", "Interior CS X": a
                # department named without its state is the home state's, the one the article
                # is about (news style writes the own government's bodies unqualified); when
                # two states are named as often, the one named last before the post
                # the outlet's own state first, when the article names it: papers write their own
                # government's bodies unqualified and a foreign one's with its state
                dated = _dateline_state(self)
                kb = own if own and own in _named_states(self) else dated or (
                    next(iter(main)) if len(main) == 1 else self._last_state_before(at, main))
                if kb:
                    states.setdefault(name, Mention(self.article.id, -1, -1, kb, "COUNTRY", kb))
            self._person_states = states
        states = self._person_states
        if person.text in states:
            return states[person.text]
        last = person.text.split()[-1]
        hits = {m.kb_id: m for name, m in states.items() if _surname(name) == last or name.split()[-1] == last}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _voiced_state(self, p) -> Mention | None:
        """The state whose position a minister reports: "The Government of X wants ..., the Minister of State
        for Y, NAME, said" (a cabinet member of no named state speaks for the state that is the subject of
        the clause she reports).

        Args:
            p: a position.

        Returns:
            The COUNTRY mention, or None (no minister's title, no reported clause, or no single state as
            its subject).
        """
        if not any(w.lower() in STATE_OFFICE_HEADS for w in p.title.split()) or \
                p.org is not None and p.org.label == "COUNTRY":
            return None
        span = self.doc.char_span(p.person.start, p.person.end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        for _ in range(6):  # "the Minister (in charge of X), NAME, said": the title is the subject
            if tok.dep_ not in {"appos", "pobj", "prep"} or tok.head.i == tok.i or tok.dep_ != "appos" and \
                    tok.lower_ in STATE_OFFICE_HEADS:
                break
            tok = tok.head
        if tok.dep_ != "nsubj" or tok.lower_ not in STATE_OFFICE_HEADS or \
                tok.head.lemma_.lower() not in REPORT_CUE_VERBS | {"tell", "add", "insist"}:
            return None
        subjects = [s for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i
                    for s in c.children if s.dep_ == "nsubj"]
        found = {m.kb_id: m for s in subjects for t in s.subtree
                 for m in [self.country_mention(t, allow_demonym=True, allow_capital=False)]
                 if m is not None and m.label == "COUNTRY" and m.kb_id}
        return next(iter(found.values())) if len(found) == 1 else None

    def holder_mention(self, h, depth: int = 0) -> Mention | None:
        """Map the head of a holder noun phrase to a country, leader or pronoun antecedent.

        Args:
            h: head token of the subject / possessor phrase.
            depth: recursion guard.

        Returns:
            A Mention (COUNTRY/TERRITORY with kb_id, or PERSON), or None.
        """
        if depth > 3:
            return None
        if h.lower_ in FIRST_PLURAL and h.tag_ in {"PRP", "PRP$"}:
            return self.quote_voice(h)
        if h.pos_ == "PRON" or h.tag_ in {"PRP", "PRP$"}:
            clause = h.head if h.dep_ in {"nsubj", "nsubjpass"} else (
                h.head.head if h.dep_ == "poss" and h.head.dep_ in {"nsubj", "dobj"} else None)
            own = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None and \
                h.dep_ == "poss" and h.lower_ in {"its", "their"} else None
            if own is not None and own.i < h.i and own.lemma_.lower() in HOLDER_NOUNS:
                # "The Ruritanian foreign ministry reiterated its non-recognition of X": the body itself, and its state
                m = self.holder_mention(own, depth + 1)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                    return m
            if h.lower_ in {"it", "its"} and clause is not None and clause.dep_ in {"ccomp", "xcomp"}:
                # "The Ruritanian government said that it would not ...": the body that says so, and its state
                teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                if teller is not None and teller.lemma_.lower() in HOLDER_NOUNS:
                    m = self.holder_mention(teller, depth + 1)
                    if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                        return m
            if h.lower_ in {"it", "they"} and h.dep_ == "nsubj" and h.head.dep_ in {"advcl", "conj"}:
                # "X has never accepted A, just as it does not accept B": the subject of a
                # parallel clause is the main clause's subject (Centering: the Cb continues)
                main = [c for c in h.head.head.children if c.dep_ == "nsubj" and c.i < h.i]
                if main and main[0].lower_ not in {"it", "they"}:
                    m = self.holder_mention(main[0], depth + 1)
                    if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                        return m
            return self.antecedent(h)
        if h.dep_ == "attr" and h.head.lemma_ in COPULA_LEMMAS and h.lemma_.lower() in {"country", "state", "nation",
                                                                                 "government", "one"}:
            subj = [c for c in h.head.children if c.dep_ == "nsubj"] or [
                c for c in h.head.children if c.dep_ in {"npadvmod", "advmod", "dep"} and c.i < h.head.i
                and c.pos_ == "PROPN"]  # "Nauru became the first state to ..." misparsed
            if subj:
                return self.holder_mention(subj[0], depth + 1)
        span = self.person_at.get(h.i)
        if span is not None:
            return self.mention(span[0], span[1], "PERSON")
        m = self.country_mention(h)
        if m is not None:
            return m
        if (h.lower_ in HOLDER_NOUNS or h.lemma_.lower() in HOLDER_NOUNS) and \
                h.lemma_.lower() not in POSTING_TITLES | {"diplomat"}:
            # "officials in Lima", "the government in Lima": the state whose capital (or name) follows "in";
            # an envoy "in Lima" is posted there and serves another state
            for p in (p for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                      if p.dep_ == "pobj"):
                m = self.country_mention(p, allow_demonym=False, allow_capital=True)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                    return m
        if h.lemma_.lower() in {"government", "country", "nation"} and any(
                c.dep_ == "det" and c.lower_ == "this" or c.dep_ == "poss" and c.lower_ in {"my", "our"}
                for c in h.children):
            v = self.quote_voice(h)
            if v is not None:
                return v  # '"This Government / My country does not accept ...," the minister said': the speaker's state
        if h.pos_ == "NOUN":
            for c in h.children:
                if c.dep_ == "appos" and c.i > h.i:
                    m = self.country_mention(c, allow_demonym=False)
                    if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                        return m  # "A's northern neighbour, B, regards X as ...": the apposed state
        low = h.lemma_.lower()
        if low in HOLDER_NOUNS or h.lower_ in HOLDER_NOUNS or low in OFFICE_TITLES:
            kids = sorted(h.children, key=lambda c: {"appos": 0, "poss": 1}.get(c.dep_, 2))
            for c in kids:
                if c.dep_ == "appos":
                    span = self.person_at.get(c.i)
                    if span is not None:
                        return self.mention(span[0], span[1], "PERSON")
                elif c.dep_ == "poss":
                    if c.lower_ in {"his", "her"} and low in {"country", "nation", "homeland", "government"}:
                        # "Japan's prime minister said his government ...": an unnamed office-holder
                        # reporting the clause is "his" (Hobbs: the subject of the clause above first)
                        rep = self._reporting_state(h, depth)
                        if rep is not None:
                            return rep
                    m = self.holder_mention(c, depth + 1)
                    if m is not None and m.label == "PERSON" and c.tag_ == "PRP$" and \
                            low in {"country", "nation", "homeland", "government"}:
                        # "his country": the state the person serves, an envoy's too ("Jordan's
                        # ambassador to X, Y, said his country ...")
                        return self.person_state(m) or m
                    if m is not None:
                        return m
                elif c.dep_ in {"compound", "amod", "nmod"}:
                    m = self.country_mention(c)
                    if m is not None:
                        return m
                elif c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            m = self.country_mention(p) or self.holder_mention(p, depth + 1)
                            if m is not None:
                                return m
            # surface fallback: "Kazakhstan's foreign ministry" with a broken parse
            k = h.i - 1
            while k >= 0 and k >= h.i - 4:
                t = self.doc[k]
                if t.is_punct and t.tag_ != "HYPH" or t.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ"}:
                    break
                if t.tag_ != "POS":
                    m = self.country_mention(t)
                    if m is not None:
                        return m
                    if t.tag_ == "PRP$":
                        m = self.antecedent(t)
                        if m is not None:
                            return m
                        break
                k -= 1
            kids = [c for c in h.children if c.dep_ not in {"punct"}]
            if low in {"government", "country", "state", "nation"} | BARE_STATE_NOUNS and h.dep_ == "nsubj" and (
                    [c.lower_ for c in kids] == ["the"] or
                    (len(kids) == 1 and kids[0].tag_ == "PRP$" and self.antecedent(kids[0]) is None)):
                # 'Guyana's ministry said the government "will never recognise" ...': the bare
                # government of a reported clause is the reporting state body's own; so is
                # "her country" when no person is named ("Chile's foreign minister said her
                # country ...")
                return self._reporting_state(h, depth)
            if low == "government" and h.dep_ == "nsubj" and sorted(c.lower_ for c in kids) in (
                    ["federal", "the"], ["central", "the"], ["national", "the"]):
                # "CAPITAL - The Federal Government said ...": the dateline capital's state (wire style: a
                # domestic report names its own government unqualified)
                rep = self._reporting_state(h, depth)
                kb = _dateline_state(self) if rep is None else None
                return rep or (Mention(self.article.id, -1, -1, kb, "COUNTRY", kb) if kb else None)
        return None

    def _demonym_body_state(self, name: str) -> str | None:
        """The state of a body named by a demonym and a state-body word ("Peruvian foreign ministry"), or None."""
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or words[-1].lower() not in STATE_BODY_WORDS:
            return None
        return self.gaz.country_of_demonym(" ".join(words[:2])) or self.gaz.country_of_demonym(words[0]) or None

    def _possessor_state(self, org: Mention) -> Mention | None:
        """The country written as the possessor of an organisation mention ("Ruritania's
        Ministry of Foreign Affairs"), or None.

        Args:
            org: an ORG mention with character offsets into this document.

        Returns:
            The COUNTRY mention, or None.
        """
        if org.start < 0:
            return None
        span = self.doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None or span.start < 2 or self.doc[span.start - 1].tag_ != "POS":
            return None
        m = self.country_mention(self.doc[span.start - 2], allow_demonym=False)
        return m if m is not None and m.label == "COUNTRY" else None

    def _last_state_before(self, at: int, among: set[str]) -> str | None:
        """The state of ``among`` named (by name, capital or demonym) last before char ``at``;
        first a listed city of one of them in the same sentence ("In Mombasa on Monday, X")."""
        tok = self.doc.char_span(at, at + 1, alignment_mode="expand")
        sent = self.sent_at[tok.start] if tok is not None and len(tok) else None
        if sent is not None:
            for ent in self.ents_in(sent.start, sent.end):
                entry = self.gaz.lookup(ent.text) if ent.start_char < at and ent.label_ in {"PLACE", "GPE"} else None
                if entry is not None and entry.cls == "Place" and entry.country in among:
                    return entry.country
        for ent in reversed(self.ents):
            if ent.start_char >= at:
                continue
            m = self.country_mention(ent.root, allow_demonym=True, allow_capital=True)
            if m is not None and m.kb_id in among:
                return m.kb_id
        return None

    def quote_voice(self, pron) -> Mention | None:
        """The state (or speaker) a "we" / "our" inside a quotation stands for.

        "'We respect X's sovereignty over Y,' Name told radio": the speaker of the quote
        (from :func:`graph.quotes.extract_quotes`), then the state the speaker serves
        (:meth:`person_state`) or the state named in an organisation speaker's name
        ("Ruritania's Ministry of Foreign Affairs").  A first-person plural outside a
        quotation is the writer's and has no holder.

        Args:
            pron: the "we" / "our" / "us" token.

        Returns:
            A COUNTRY mention, the PERSON or ORG speaker when no state is known, or None.
        """
        at = pron.idx
        spk = next((m for s, e, m in self.quote_speakers if s <= at < e), None)
        if spk is None:
            span = next(((s, e) for s, e in self.unnamed_quotes if s <= at < e), None)
            return self._office_voice(*span) if span is not None else None
        if spk.label in {"COUNTRY", "TERRITORY"}:
            return spk
        if spk.label == "PERSON":
            return self.person_state(spk) or spk
        if spk.label == "ORG":
            # a name NER took for a body: "..., Haddad stressed", "spokesperson Ana Ruiz said"
            m = self.person_state(spk)
            if m is not None:
                return m
        span = self.doc.char_span(spk.start, spk.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                m = self.country_mention(t, allow_capital=False)
                if m is not None and m.label == "COUNTRY":
                    return m
        return spk

    def _office_voice(self, start: int, end: int) -> Mention | None:
        """The state of an unnamed office that speaks a quotation: '"...," the Chilean foreign
        minister said' / 'said Chile's president' / 'Chile's foreign ministry said: "..."'.

        The cue clause right after the closing mark (or right before the opening one) must
        hold a state (name, possessive or demonym) directly before a state office or a
        ministry word.

        Args:
            start, end: character offsets of the quoted words.

        Returns:
            The COUNTRY mention, or None.
        """
        doc = self.doc
        after = doc.char_span(end, min(len(self.text), end + 80), alignment_mode="contract")
        before = doc.char_span(max(0, start - 80), start, alignment_mode="contract")
        windows = []
        if after is not None:
            toks = [t for t in after if not t.is_punct or t.text in {",", "'s", "’s"}]
            windows.append(toks[:8])
        if before is not None:
            windows.append([t for t in before][-8:])
        offices = STATE_OFFICE_HEADS | SPOKES_WORDS | {"ministry", "government"}
        for toks in windows:
            for k, t in enumerate(toks):
                m = self.country_mention(t, allow_demonym=True, allow_capital=False)
                if m is None or m.label != "COUNTRY":
                    continue
                rest = toks[k + 1:k + 5]
                if any(u.lower_ in offices for u in rest) and any(
                        u.lemma_.lower() in {"say", "tell", "add", "state", "insist", "declare", "write"}
                        for u in toks):
                    return m
        return None

    def _reporting_state(self, h, depth: int) -> Mention | None:
        """The state of the body or office whose report holds the clause of ``h``.

        With ``h`` a possessor ("reaffirmed her country's recognition of X"), the
        subject of its own clause comes first (Hobbs 1978: the nearest clause up).
        """
        gov = h.head
        if h.dep_ == "poss":
            clause = gov
            while clause.pos_ not in {"VERB", "AUX"} and clause.dep_ in {"dobj", "pobj", "prep"} and \
                    clause.head.i != clause.i:
                clause = clause.head
            subj = [c for c in clause.children if c.dep_ == "nsubj" and c.i < h.i and c.tag_ != "PRP"
                    and c.lower_ not in REL_PRONOUNS and not _dateline(c)] if clause.pos_ in {"VERB", "AUX"} else []
            m = self.holder_mention(subj[0], depth + 1) if subj else None
            if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                return m
        # "His country, he said, recognises X": the speaker of an aside on the clause's verb
        aside = [g for c in gov.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS
                 for g in c.children if g.dep_ == "nsubj" and g.lower_ in PERSON_PRONOUNS]
        if aside:
            m = self._unnamed_office_state(aside[0], depth)
            if m is not None:
                return m
        # "..., officials in Z say, the country has ...": the state of the aside's reporters
        for g in (g for c in gov.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH_VERBS
                  for g in c.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}):
            m = self.holder_mention(g, depth + 1)
            if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                return m
        for _ in range(3):
            motion = gov.dep_ == "ccomp" and gov.head.dep_ == "acl" and \
                gov.head.lemma_.lower() in SPEECH_VERBS and gov.head.head.dep_ in {"dobj", "obj"}
            if motion:
                gov = gov.head.head  # "A's parliament passed a motion stating that the country ...": the motion's
                # maker is the reporter (the noun's verb's subject, read below)
            if (gov.dep_ == "ccomp" or motion) and gov.head.i != gov.i:
                subj = [c for c in gov.head.children if c.dep_ == "nsubj"]
                if subj and subj[0].lower_ not in REL_PRONOUNS:
                    m = self.holder_mention(subj[0], depth + 1)
                    if m is not None and m.label == "PERSON":
                        m = self.person_state(m)  # "A's foreign minister, NAME, said the government ...": his state
                    if m is None and subj[0].lower_ in PERSON_PRONOUNS:
                        m = self._unnamed_office_state(subj[0], depth)
                    if m is None:
                        # "Guyana's Ministry of Foreign Affairs and International Cooperation"
                        m = next((x for t in subj[0].subtree if t.dep_ == "poss"
                                  for x in [self.country_mention(t)] if x is not None), None)
                    if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                        return m
                break
            gov = gov.head
        return None


    def _unnamed_office_state(self, pron, depth: int) -> Mention | None:
        """The state of an unnamed office-holder a person pronoun refers back to.

        "Tuvalu's prime minister met ... . He said his country ...": "he" has no named antecedent,
        but the subject of the sentence before (Hobbs 1978: the nearest earlier subject) is an
        office ("prime minister", "foreign minister", "envoy") whose state is written with it.

        Args:
            pron: a "he" / "she" token.
            depth: the holder-lookup depth so far.

        Returns:
            The COUNTRY (or TERRITORY) mention of that office, or None.
        """
        if self.antecedent(pron) is not None:
            return None  # a named person: the ordinary holder lookup reads his or her state
        sent = self.sent_at[pron.i]
        if sent is None or sent.start == 0:
            return None
        prev = self.sent_at[sent.start - 1]
        subjects = [t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"] if prev is not None else []
        for t in subjects:
            if t.lemma_.lower() in OFFICE_TITLES | HOLDER_NOUNS or t.lower_ in OFFICE_TITLES:
                m = self.holder_mention(t, depth + 1)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                    return m
        return None


_DEMONYM_SUFFIXES = ("n", "i", "an", "ese", "ian")
_DERIVED: dict[str, str | None] = {}


def _is_quantifier(tok) -> bool:
    """A subject head that only counts or quantifies ("five", "several", "both", "most")."""
    low = tok.lower_
    if low in QUANTIFIER_HEADS:
        return True
    return tok.like_num or (tok.pos_ == "NUM" and tok.ent_type_ in {"", "CARDINAL"})


def _derived_demonym(gaz, word: str) -> str | None:
    """A demonym the gazetteer does not list, derived from a country name by its
    suffix ("Paraguayan" -> "Paraguay", "Bolivian" -> "Bolivia", "Nepalese" -> "Nepal").

    Only a stem of five letters or more that begins exactly one country name counts.
    """
    key = fold(word)
    if key in _DERIVED:
        return _DERIVED[key]
    if "countries" not in _DERIVED_NAMES:
        _DERIVED_NAMES["countries"] = sorted({fold(e.name) for e in gaz.entries if e.cls == "Country"})
    names = _DERIVED_NAMES["countries"]
    found = None
    if key.isalpha():
        for suffix in _DEMONYM_SUFFIXES:
            if not key.endswith(suffix):
                continue
            stem = key[: -len(suffix)]
            if len(stem) < 5:
                continue
            hits = {n for n in names if n == stem or (n.startswith(stem) and len(n) - len(stem) <= 1)}
            if len(hits) == 1:
                found = next(e.name for e in gaz.entries if e.cls == "Country" and fold(e.name) in hits)
                break
    _DERIVED[key] = found
    return found


_DERIVED_NAMES: dict[str, list[str]] = {}


# The three extractors run on the same Doc one after the other: the index is built
# once per (Doc, article).  One slot only, so at most the last Doc is kept alive, and
# nothing is written into Doc.user_data (which spaCy serialises).
_LAST_INDEX: list = [None]


def _index(doc, article: Article) -> _Index:
    cached = _LAST_INDEX[0]
    if cached is not None and cached.doc is doc and cached.article is article:
        return cached
    ix = _Index(doc, article)
    _LAST_INDEX[0] = ix
    return ix


# --------------------------------------------------------------------------- title phrases

# the words before "master" that make a port or station office of it ("harbour master", "station master")
MASTER_OFFICE_WORDS = frozenset({"harbour", "harbor", "port", "dock", "station"})
# the words before "agent" that make a substance of it ("nerve agent", "chemical agent")
SUBSTANCE_AGENT_WORDS = frozenset({"nerve", "chemical", "biological", "toxic", "blister", "blistering", "choking",
                                   "cleaning", "bleaching", "oxidising", "oxidizing", "riot", "warfare"})


def _title_head_ok(tok) -> bool:
    low = TITLE_ABBREVIATIONS.get(tok.lower_, tok.lower_)  # "Adm." is "admiral"
    lem = tok.lemma_.lower()
    if low == "master" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in MASTER_OFFICE_WORDS:
        return True  # "the port's former harbour master": written as two words, an office all the same
    if low == "commanding" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "officer":
        return True  # "General Officer Commanding", "Flag Officer Commanding": the Commonwealth forces' command post
    if low == "agent" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in SUBSTANCE_AGENT_WORDS:
        return False  # "the nerve agent X": a substance, not a post
    return (low in OFFICE_TITLES or low in OCCUPATION_TITLES or lem in OFFICE_TITLES
            or lem in OCCUPATION_TITLES)


def _chamber_of_seat(ix: _Index, org: Mention) -> Mention:
    """The chamber of a "Parliament for Varn District" run (a member's seat, a place): "Parliament".

    Args:
        ix: the document index.
        org: an organisation mention read after "member of".

    Returns:
        The mention cut before "for" when it starts with a chamber word, else ``org``.
    """
    words = org.text.split()
    if len(words) < 3 or "for" not in words[1:] or words[0].lower() not in LEGISLATURE_WORDS | {"national"}:
        return org
    cut = words.index("for")
    if not all(w.lower() in LEGISLATURE_WORDS | {"national"} for w in words[:cut]):
        return org
    text = " ".join(words[:cut])
    seat = ix.doc.char_span(org.start + len(text) + len(" for "), org.end, alignment_mode="expand")
    if seat is None or not any(t.ent_type_ in {"GPE", "PLACE", "LOC", "COUNTRY"} for t in seat):
        return org  # "the Council for Trade and Development": "for" inside the body's own name
    return Mention(org.article, org.start, org.start + len(text), text, org.label, "")


def _head_kind(tok) -> str | None:
    low, lem = tok.lower_, tok.lemma_.lower()
    if low in SPOUSE_NOUNS or lem in SPOUSE_NOUNS:
        return "spouse"
    if (low in MEMBER_NOUNS or lem in MEMBER_NOUNS) and tok.i > 0 and tok.doc[tok.i - 1].lower_ in SEAT_MEMBER_WORDS:
        return "title"  # "the council's cabinet member for transport": a post, not a membership
    if low in MEMBER_NOUNS or lem in MEMBER_NOUNS:
        return "member"
    if low == "counterpart" or lem == "counterpart":
        return "counterpart"
    if low in PLACE_NOUNS or lem in PLACE_NOUNS:
        return "place"
    if _title_head_ok(tok):
        return "title"
    return None


# abbreviated titles written out: "Prof. X" holds the title "professor"
# ("Vice Adm. X": never a "vice" on its own; "Cllr X": a councillor, the UK local-news prefix)
TITLE_ABBREVIATIONS = {"prof": "professor", "prof.": "professor", "CS": "cabinet secretary",
                       "adm.": "admiral", "cllr": "councillor", "cllr.": "councillor"}


def _title_string(tokens) -> str:
    tokens = list(tokens)
    while len(tokens) > 2 and tokens[0].text in {"-", "‐"} and not tokens[0].whitespace_:
        tokens = tokens[2:]  # "small-scale miner" cut after "small": no half compound in the title
    parts = []
    for n, t in enumerate(tokens):
        text = t.text
        if not (text.isupper() and len(text) > 1):
            text = text.lower()
        text = TITLE_ABBREVIATIONS.get(text, text)
        gap = n + 1 < len(tokens) and tokens[n + 1].i != t.i + 1  # ("MHP) lawmaker" without the bracket)
        parts.append(text + (" " if t.whitespace_ or gap else ""))
    return _WS.sub(" ", "".join(parts)).strip()


COMMON_BODY_NOUNS = frozenset({"commission", "committee", "council", "board", "panel", "tribunal", "delegation",
                               "taskforce", "subcommittee", "secretariat", "caucus"})


def _common_body_name(run: list) -> str | None:
    """The name of a body a reporter writes in lower case: "the river basin commission", "the ethics panel".

    News often names a committee or commission by its remit alone, uncapitalised; a seat in it is still a post.
    Only a run of "the" plus one to four lower-case modifiers before a committee-like noun is read (a bare "the
    committee" stands for a body named elsewhere).

    Args:
        run: the tokens after "of".

    Returns:
        The body's words without the article, or None.
    """
    toks = [t for t in run if not _is_space(t)]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks or toks[0].lower_ != "the":
        return None
    words = toks[1:]
    if not 2 <= len(words) <= 5 or words[-1].lower_ not in COMMON_BODY_NOUNS:
        return None
    if any(not t.is_lower or t.pos_ not in {"ADJ", "NOUN", "PROPN"} for t in words):
        return None  # (an entity the tagger guessed over lower-case words still counts: all are common words)
    return " ".join(t.text for t in words)


def _then_title(mods: list) -> bool:
    """Whether a title's modifiers date it to the story's past: "then-governor", "the then foreign minister".

    A reporter's "then" before a title says the post was held at the time told, not now (the same sense as
    "former"); a bare adverb "then" elsewhere in the run is not read, only one joined by a hyphen or after "the".

    Args:
        mods: the tokens before the title words in one title phrase, and its first title word.

    Returns:
        True when "then" is hyphened to the title or follows "the".
    """
    first = mods[0] if mods else None
    if first is not None and first.text in {"-", "‐"} and first.i >= 1 and first.nbor(-1).lower_ == "then":
        return not first.nbor(-1).whitespace_  # the phrase began at the hyphen of "then-"
    if first is not None and first.i >= 2 and first.nbor(-1).text in {"-", "‐"} and first.nbor(-2).lower_ == "then":
        return not first.nbor(-2).whitespace_  # the phrase began after "then-"
    for t in mods:
        if t.lower_ != "then":
            continue
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.text in {"-", "‐"} and not t.whitespace_:
            return True
        if t.i > 0 and t.nbor(-1).lower_ == "the":
            return True
    return False


def _in_ent(ix: _Index, tok) -> bool:
    ent = ix.ent_at[tok.i]
    return ent is not None and ent.start < tok.i < ent.end - 1


def _split_conjuncts(ix: _Index, tokens: list) -> list[list]:
    """Split a title phrase at top-level "and"/"," when the rest starts a new title."""
    out, cur = [], []
    for k, t in enumerate(tokens):
        if (t.lower_ in {"and", "&"} or t.text == ",") and cur and not _in_ent(ix, t):
            rest = []
            for u in tokens[k + 1:]:
                if u.pos_ == "ADP" and not _hyphen_neighbour(u):
                    break
                rest.append(u)
            heads = [u for u in rest if _head_kind(u)]
            prev_cap = cur[-1].text[:1].isupper() if cur else False
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            inside_name = prev_cap and nxt is not None and nxt.text[:1].isupper() and not heads
            if heads and heads[0].lower_ in PORTFOLIO_HEADS and prev_cap:
                lead = rest[:rest.index(heads[0])]
                if lead and _portfolio_run(ix, [cur[-1], t, *lead]):
                    inside_name = True  # "Lands and Natural Resources Minister": one portfolio
            if heads and heads[0].lower_ in PORTFOLIO_HEADS and t.lower_ in {"and", "&"} and \
                    rest[0] is not heads[0] and not any(_head_kind(u) for u in cur) and \
                    all(u.pos_ in {"NOUN", "ADJ", "PROPN"} and ix.ent_at[u.i] is None for u in cur):
                inside_name = True  # "finance and planning minister": two portfolios of one head
            if heads and not inside_name:
                out.append(cur)
                cur = []
                continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


def _hyphen_neighbour(tok) -> bool:
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_)


def _split_preps(tokens: list) -> tuple[list, list[tuple[object, list]]]:
    """Split tokens into a pre-part and (preposition, run) pairs.

    A preposition between two capitalised words ("Center for Army") or inside a
    hyphenated word ("editor-in-chief") stays inside its run.
    """
    pre: list = []
    runs: list[tuple[object, list]] = []
    cur = pre
    for k, t in enumerate(tokens):
        if (t.pos_ in {"ADP", "SCONJ"} or t.tag_ == "IN") and not _hyphen_neighbour(t):
            prev = tokens[k - 1] if k > 0 else None
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and nxt.lower_ == "the" and k + 2 < len(tokens):
                nxt = tokens[k + 2]  # "University of the South Pacific"
            internal = (prev is not None and nxt is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN"
                        and nxt.text[:1].isupper() and cur is not pre and t.lower_ in {"for", "of", "on"}) or (
                prev is not None and prev.lower_ in BRANCH_NOUNS and t.lower_ == "of" and cur is not pre)
            # ("the Leeds chapter of the X Society": one run, read by _org_from_run as the society)
            if not internal:
                runs.append((t, []))
                cur = runs[-1][1]
                continue
        cur.append(t)
    return pre, runs


# the part of a newsroom or staff a person works "on": "a reporter on the X Gazette city desk"
DESK_WORDS = frozenset({"desk", "newsdesk", "staff", "team"})
# a local part of a body: "the Leeds chapter of the X Society" holds office in the X Society
BRANCH_NOUNS = frozenset({"branch", "chapter", "wing", "affiliate", "arm", "offshoot"})



# sub-units of a body named only by their field: "Faculty of Law", "School of Medicine" (the wider
# :data:`UNIT_NOUNS` further down serves the owner-of-unit patterns)
FIELD_UNIT_NOUNS = frozenset({"faculty", "school", "department", "college", "division", "institute"})


def _field_unit_run(run: list) -> bool:
    """Tell whether a run is a unit named only by its field: "the Department of History", "Faculty of Law".

    Args:
        run: the tokens after a preposition.

    Returns:
        True for an optional "the", a capitalised unit noun, "of" and one to three capitalised or
        lower-case field words with no entity id.
    """
    toks = [t for t in run if not t.is_punct]
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    return 3 <= len(toks) <= 5 and toks[0].lower_ in FIELD_UNIT_NOUNS and _is_cap(toks[0]) and \
        toks[1].lower_ == "of" and all(t.is_alpha and not t.ent_id_ for t in toks[2:])


#: an ordinal in figures that opens a military unit's name ("the 4th Infantry Brigade", "the 12th Division")
ORDINAL_UNIT = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# formations an army names by a bare number: "14 Corps", "3 Infantry Division" (Indian and British usage)
NUMBERED_FORMATIONS = frozenset({"corps", "division", "brigade", "regiment", "battalion", "fleet", "command",
                                 "squadron", "wing", "army"})


# lower-case links inside Romance-language body names: "Banco Central do Brasil", "Banca d'Italia"
ROMANCE_NAME_LINKS = frozenset({"de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "d'", "d’"})


def _plural_owner_in_name(ix: _Index, tok, rest: list) -> bool:
    """Whether "'s" after ``tok`` lies inside a body's name: "Fishermen's Union", "Women's Institute".

    An irregular plural of people before "'s", followed by capitalised words (a hyphen may join them)
    that end in an organisation word, names one body, not an owner and its unit.

    Args:
        ix: the document index.
        tok: the word before the "'s".
        rest: the tokens after the "'s".

    Returns:
        True when the shape holds.
    """
    if not (_is_cap(tok) and tok.lower_.endswith(("men", "women", "people", "children"))) or \
            ix.person_at.get(tok.i) is not None or not rest:
        return False
    words = []
    for k, t in enumerate(rest):
        if t.text in {"-", "‐"} and not t.whitespace_ and k > 0:
            continue
        if not (_is_cap(t) or k > 0 and rest[k - 1].text in {"-", "‐"} and t.is_alpha):
            break
        words.append(t)
    return bool(words) and words[-1].lower_ in ORG_WORDS


def _org_from_run(ix: _Index, run: list) -> tuple[Mention | None, str | None, list]:
    """Read an organisation name from a run of tokens after a preposition.

    Returns:
        (mention of the most specific organisation, full written name when it
        differs, side facts [("locatedIn", org Mention, place Mention)]).
    """
    doc = ix.doc
    side: list = []
    toks = [t for t in run if not _is_space(t)]
    while toks and toks[-1].is_punct:
        toks.pop()
    branch = next((k for k, t in enumerate(toks[:5]) if t.lower_ in BRANCH_NOUNS and t.is_lower and
                   k + 2 < len(toks) and toks[k + 1].lower_ == "of"), None)
    if branch is not None:
        toks = toks[branch + 2:]  # "the Danish branch of the X Council": the body the branch belongs to
    # leading determiners, lower-case modifiers and "X-based"
    based_place = None
    while toks:
        t = toks[0]
        if t.pos_ == "DET" or t.text in QUOTE_CHARS or t.lower_ in {"both", "either"}:
            toks.pop(0)  # "a member of both the EU and NATO"
        elif t.lower_.endswith("-based") and len(t.text) > 6:
            place = _based_place(ix, t)
            based_place = place or based_place
            toks.pop(0)
        elif len(toks) >= 3 and toks[1].text == "-" and toks[2].lower_ == "based":
            place = ix.country_mention(t, allow_demonym=False, allow_capital=False) or _place_mention(ix, t)
            based_place = place or based_place
            del toks[:3]
        elif len(toks) >= 4 and toks[1].text in {"-", "‐"} and toks[2].lower_ in {
                "led", "backed", "owned", "run", "funded", "sponsored", "dominated", "controlled", "allied"} \
                and toks[3].text[:1].isupper():
            del toks[:3]  # "the Russian-led Collective Security Treaty Organization"
        elif not t.text[:1].isupper() and t.pos_ in {"ADJ", "VERB", "ADV", "NUM", "NOUN"} and any(
                u.text[:1].isupper() for u in toks[1:]) and not (
                ORDINAL_UNIT.fullmatch(t.text) and len(toks) > 1 and toks[1].text[:1].isupper() or
                t.text.isdigit() and len(t.text) <= 3 and toks[-1].lower_ in NUMBERED_FORMATIONS and
                all(_is_cap(u) for u in toks[1:])):
            toks.pop(0)  # (a unit's ordinal or number stays: "the 4th Infantry Brigade", "the 14 Corps")
        else:
            break
    while toks and (toks[0].tag_ == "POS" or toks[0].lower_ in {"'s", "’s"}):
        toks.pop(0)  # "the council's Harbour Committee": a generic owner, then the body's name
    if not toks or not any(t.text[:1].isupper() for t in toks):
        return None, None, side
    full_text = _tokens_text(toks)
    # possessive: "Harvard University's Davis Center ..." -> the part after 's
    owner_cut = None
    for k, t in enumerate(toks):
        if t.tag_ == "POS" or t.lower_ in {"'s", "’s"}:
            owner_cut = k
    if owner_cut is not None and owner_cut + 1 < len(toks):
        owner = toks[:owner_cut]
        owner_ent = ix.ent_at[owner[-1].i] if owner else None
        rest = toks[owner_cut + 1:]
        unit_rest = rest[-1].lower_ in UNIT_WORDS and owner_ent is not None and owner_ent.label_ == "ORG"
        if any(t.lower_ in ORG_WORDS for t in owner) or (owner_ent is not None and owner_ent.ent_id_) or unit_rest:
            if owner and not any(t.text[:1].isupper() for t in rest) and \
                    any(t.lower_ in ORG_WORDS | HOLDER_NOUNS for t in rest):
                # "Israel's foreign ministry": a body with no name of its own stands for its owner
                cm = ix.country_mention(owner[-1], allow_demonym=False, allow_capital=True)
                if cm is not None and cm.label in {"COUNTRY", "TERRITORY"}:
                    return cm, _strip_det(full_text), side
            if owner and owner_ent is not None and owner_ent.label_ in {"ORG", "COUNTRY", "TERRITORY"} and \
                    not any(t.text[:1].isupper() for t in rest) and owner_ent.end - 1 <= owner[-1].i:
                # "a spokesperson for the European Union's foreign policy chief": the owner is the body
                om = ix.ent_mention(owner_ent)
                if om is not None:
                    return om, _strip_det(full_text), side
            if owner and len(rest) > 2 and rest[0].lower_ in UNIT_NOUNS and rest[1].lower_ == "of" and \
                    _is_cap(owner[0]) and _is_cap(rest[0]) and (
                        any(t.lower_ in ORG_WORDS for t in owner) or
                        owner_ent is not None and owner_ent.label_ == "ORG"):
                # "the University of X's Faculty of Law": a unit named only by its field belongs to its owner
                whole = owner_ent is not None and owner_ent.label_ == "ORG" and owner_ent.start == owner[0].i and \
                    owner_ent.end - 1 <= owner[-1].i
                entry = None if whole else ix.gaz.lookup(_tokens_text(owner))
                om = ix.ent_mention(owner_ent) if whole else ix.mention(
                    owner[0].i, owner[-1].i + 1, "ORG", entry.name if entry is not None and entry.cls not in {
                        "Country", "Territory", "Place"} else "")
                if om is not None:
                    return om, _strip_det(full_text), side
            if owner and owner_ent is not None and owner_ent.label_ == "ORG" and rest and \
                    rest[-1].lower_ in {"campus", "campuses"} | UNIT_WORDS and owner_ent.end - 1 <= toks[owner_cut].i:
                # "X University's Hill Campus": a campus is a site of its university; "the X Institute's
                # Africa Programme": a programme or section is a unit of its owner, which employs
                om = ix.ent_mention(owner_ent)
                if om is not None:
                    return om, _strip_det(full_text), side
            toks = rest
    # the proper-name run
    name: list = []
    for k, t in enumerate(toks):
        if t.text[:1].isupper() or (ix.ent_at[t.i] is not None and ix.ent_at[t.i].label_ not in {"DATE", "CARDINAL"}
                                    and name):
            name.append(t)
        elif k == 0 and (ORDINAL_UNIT.fullmatch(t.text) or t.text.isdigit() and len(t.text) <= 3 and
                         toks[-1].lower_ in NUMBERED_FORMATIONS) and k + 1 < len(toks) and \
                toks[k + 1].text[:1].isupper():
            name.append(t)  # "the 4th Infantry Brigade", "the 14 Corps": a unit's ordinal or number opens its name
        elif t.lower_ in {"for", "of", "and", "&", ",", "-", "on", "the"} | ROMANCE_NAME_LINKS and name and \
                k + 1 < len(toks) and (
                toks[k + 1].text[:1].isupper() or toks[k + 1].lower_ in {"and", "the"}) and \
                not (t.lower_ in {"on", "for"} and toks[k + 1].ent_type_ in {"DATE", "TIME"}):
            # (a date after "on" is when, not a name: "coach of X on Monday")
            name.append(t)
        elif t.text in {"-", "‐"} and name and not t.whitespace_:
            name.append(t)
        elif t.text in {"'", "’"} and name and name[-1].lower_.endswith("s") and k + 1 < len(toks) and \
                toks[k + 1].text[:1].isupper():
            name.append(t)  # a plural possessive inside the name: "the Nurses' Union"
        elif t.tag_ == "POS" and name and _plural_owner_in_name(ix, name[-1], toks[k + 1:]):
            name.append(t)  # an irregular plural's possessive inside the name: "the Varn Fishermen's Union"
        elif t.is_alpha and t.is_lower and len(name) >= 2 and name[-1].text in {"-", "‐"} and \
                not name[-1].whitespace_ and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
            name.append(t)  # a hyphenated word with a lower-case second part: "the Varn Co-operative Society"
        else:
            break
    while name and (name[-1].is_punct or name[-1].lower_ in {"for", "of", "and", "&", "the", "on", "de"}):
        name.pop()
    if not name:
        return None, None, side
    unit_tail = _local_unit_tail(toks, len(name))
    if all(ix.demonym_country(t) is not None or t.text in {"-"} for t in name):
        # "the Turkish Cypriot foreign ministry": no name, only nationality words
        tail = toks[len(name):]
        if tail and tail[0].lemma_.lower() in MISSION_NOUNS | STATE_SERVICE_NOUNS:
            # "the Chinese embassy in X", "the Colombian navy": a state's mission or service stands for the state
            cm = ix.country_mention(name[0])
            if cm is not None and cm.label == "COUNTRY":
                return cm, _strip_det(_tokens_text(toks)), side
        if tail and any(t.lower_ in ORG_WORDS | HOLDER_NOUNS for t in tail):
            return None, _strip_det(_tokens_text(toks)), side
        return None, None, side
    start, end = name[0].i, name[-1].i + 1
    # an exact entity gives its label and id; a gazetteer organisation inside a
    # longer generic name ("ruling United Russia party") is preferred
    ent = ix.ent_at[start]
    if unit_tail and ent is not None and ent.start >= start and ent.end == end:
        # "of X panchayat", "of the X district administration": the authority keeps the place's id
        return ix.mention(start, unit_tail[-1].i + 1, "ORG", ent.ent_id_), None, side
    if ent is not None and ent.start >= start and ent.end == end:
        m = ix.ent_mention(ent)
        if m is not None and m.label in {"GPE", "LOC", "NORP", "FAC", "PERSON", "PRODUCT", "WORK_OF_ART"}:
            m = Mention(m.article, m.start, m.end, m.text, "ORG", m.kb_id)
    else:
        text = doc[start:end].text
        entry = ix.gaz.lookup(text)
        label = "ORG"
        kb = ""
        if entry is not None:
            kb = entry.name
            label = {"Country": "COUNTRY", "Territory": "TERRITORY", "Place": "PLACE"}.get(entry.cls, "ORG")
        m = ix.mention(start, end, label, kb)
    if based_place is not None and m is not None:
        side.append(("locatedIn", m, based_place))
    written = _strip_det(full_text)
    org_name = written if m is not None and written != m.text else None
    return m, org_name, side


# lower-case words that close a local authority's name after its place: "Kumarakom panchayat", "the X district
# administration" (the styles of Indian and Russian local government)
LOCAL_UNIT_TAIL_WORDS = frozenset({"province", "prefecture", "county", "district", "municipality", "panchayat",
                                   "administration", "council", "oblast", "governorate", "regency", "municipal",
                                   "city", "town", "village", "rayon", "raion", "borough", "tehsil", "taluk",
                                   "government"})
# the tail must name the authority itself: "X province" alone is the place X ("governor of X province")
LOCAL_UNIT_HEADS = frozenset({"panchayat", "administration", "council", "government"})


def _local_unit_tail(toks: list, k: int) -> list:
    """The lower-case authority words that close a run after its proper name ("Kumarakom" + "panchayat").

    The words must name an authority and run to the end of the run or up to a comma or a
    preposition, so "of X district council in the north" keeps "district council" and "of X
    district hospital" keeps nothing.

    Args:
        toks: the run's tokens, determiners dropped.
        k: the index in ``toks`` where the proper name ends.

    Returns:
        The unit words (empty when the run does not close with them).
    """
    tail = []
    for t in toks[k:k + 3]:
        if not (t.is_lower and t.lower_ in LOCAL_UNIT_TAIL_WORDS):
            break
        tail.append(t)
    rest = toks[k + len(tail):]
    if not any(t.lower_ in LOCAL_UNIT_HEADS for t in tail) or \
            rest and not (rest[0].is_punct or rest[0].lower_ in ORG_PREPS):
        return []
    return tail


def _place_mention(ix: _Index, tok) -> Mention | None:
    """The place entity at ``tok``, with a subdivision word NER left out ("Okinawa" + "Prefecture")."""
    ent = ix.ent_at[tok.i]
    if ent is not None and ent.label_ in {"PLACE", "GPE", "LOC", "COUNTRY", "TERRITORY"}:
        doc = ix.doc
        if ent.label_ != "COUNTRY" and ent.end < len(doc) and doc[ent.end].lower_ in SUBDIVISION_WORDS and \
                doc[ent.end].text[:1].isupper() and ix.ent_at[ent.end] is None:
            return ix.mention(ent.start, ent.end + 1, "PLACE", "")
        return ix.ent_mention(ent)
    return None


def _based_place(ix: _Index, tok) -> Mention | None:
    """The place in a one-token "U.S.-based" / "London-based"."""
    name = tok.text[: -len("-based")]
    entry = ix.gaz.lookup(name)
    if entry is None:
        return None
    if entry.cls == "Country":
        label = "COUNTRY"
    elif entry.cls == "Territory":
        label = "TERRITORY"
    elif entry.cls == "Place":
        label = "PLACE"
    else:
        return None
    return ix.char_mention(tok.idx, tok.idx + len(name), label, entry.name)


# generic nouns that stand for a named body: "a member of the bloc"
BLOC_NOUNS = frozenset({"bloc", "alliance", "union", "grouping", "organisation", "organization", "community",
                        "club", "coalition", "association", "federation", "commonwealth"})


def _sentences_back(ix: _Index, i: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before token ``i``'s (a recency window)."""
    return ix.sents[max(ix.sent_no(i) - n, 0)].start if ix.sents else 0


def _bloc_antecedent(ix: _Index, run: list) -> Mention | None:
    """The body a definite generic noun ("the bloc", "the alliance") stands for.

    The last organisation with a gazetteer id named in this or the three
    sentences before (a salience-by-recency rule, as in Hobbs-style
    coreference for definite descriptions).

    Args:
        ix: the document index.
        run: the tokens after "of".

    Returns:
        The organisation's mention, or None.
    """
    toks = [t for t in run if not t.is_punct]
    if len(toks) < 2 or toks[0].lower_ not in {"the", "this", "that"} or toks[-1].lemma_.lower() not in BLOC_NOUNS:
        return None
    if any(t.text[:1].isupper() for t in toks[1:]):
        return None  # a name of its own ("the African Union")
    floor = _sentences_back(ix, toks[0].i, 3)
    for ent in reversed(ix.ents_in(floor, toks[0].i)):
        if ent.label_ == "ORG" and ent.ent_id_:
            entry = ix.gaz.lookup(ent.ent_id_)
            if entry is not None and entry.cls == "Organization":
                return ix.ent_mention(ent)
    return None


# generic heads of a body's name a definite description takes up: "the company", "the trust"
BODY_ANAPHOR_NOUNS = frozenset({"company", "firm", "trust", "charity", "society", "agency", "authority",
                                "association", "foundation", "corporation"})


def _body_antecedent(ix: _Index, run: list) -> Mention | None:
    """The body "the company" stands for: the last one named with that head word.

    The nearest organisation in this or the five sentences before whose name
    ends in the same noun ("The Varnby Ferry Company ... the company"), the
    head-matching rule of definite-description coreference (Vieira and
    Poesio 2000).

    Args:
        ix: the document index.
        run: the tokens after "of".

    Returns:
        The organisation's mention, or None.
    """
    toks = [t for t in run if not t.is_punct]
    if len(toks) != 2 or toks[0].lower_ != "the" or toks[1].lower_ not in BODY_ANAPHOR_NOUNS:
        return None
    floor = _sentences_back(ix, toks[0].i, 5)
    doc = ix.doc
    for k in range(toks[0].i - 1, floor - 1, -1):
        if doc[k].lower_ != toks[1].lower_ or not doc[k].text[:1].isupper():
            continue
        ent = ix.ent_at[k]
        if ent is not None and ent.label_ == "ORG" and ent.end == k + 1:
            return ix.ent_mention(ent)
        start = k  # a name NER left untagged: "The Varnby Ferry Company"
        while start > floor and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and \
                ix.person_at.get(start - 1) is None:
            start -= 1
        if start < k:
            return ix.mention(start, k + 1, "ORG", "")
    return None


def _partitive_place(ix: _Index, phrase: list) -> Mention | None:
    """The group a place is one of: "the largest of the X Islands", "one of the X".

    Args:
        ix: the document index.
        phrase: the appositive's tokens.

    Returns:
        The group's place mention, or None.
    """
    toks = [t for t in phrase if not _is_space(t)]
    k = 0
    if k < len(toks) and toks[k].lower_ == "the":
        k += 1
    if k >= len(toks) or not (toks[k].tag_ == "JJS" or toks[k].lower_ in {"one", "main", "biggest", "largest"}):
        return None
    k += 1
    if k >= len(toks) or toks[k].lower_ != "of":
        return None
    k += 1
    while k < len(toks) and toks[k].pos_ == "DET":
        k += 1
    if k >= len(toks) or not toks[k].text[:1].isupper():
        return None
    m = ix.country_mention(toks[k], allow_demonym=False, allow_capital=False)
    if m is not None and m.label == "COUNTRY":
        return None  # "the largest of the Baltic states" is no place in a country list
    return m or _place_mention(ix, toks[k])


def _field_after(ix: _Index, m: Mention) -> bool:
    """The mention only modifies a lower-case field noun right after it ("Andean history",
    "Baltic studies"), so it is no employer."""
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand") if m.start >= 0 else None
    if span is None or span.end + 1 >= len(ix.doc):
        return False
    nxt = ix.doc[span.end]
    return nxt.is_lower and nxt.pos_ == "NOUN" and ix.doc[span.end + 1].lower_ in {"at", "with"}


def _university_field_title(pre: list, run: list) -> bool:
    """ "University of Varn political science lecturer": the university's "of"-name, then a lower-case field
    and the title, all before a name (a common news premodifier for academics)."""
    if not pre or not run or pre[-1].lower_ != "university" or not _is_cap(pre[-1]) or not _is_cap(run[0]):
        return False
    k = 0
    while k < len(run) - 1 and _is_cap(run[k]):
        k += 1
    return 0 < k and all(t.is_lower and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in run[k:-1])


#: words naming a tier of government that open a local title ("Regional Governor", "District Officer")
TIER_TITLE_WORDS = frozenset({"regional", "provincial", "district", "municipal", "county", "metropolitan"})


def _tier_word_in_place(ix: _Index, tok) -> bool:
    """Whether ``tok`` is a tier word that the NER took as the last word of the place before a title.

    "Varn Regional Governor Name": the tagger reads "Varn Regional" as one place, but news writing puts
    the tier word in the title ("Regional Governor" of Varn).

    Args:
        ix: the document index.
        tok: a token before a title's head.

    Returns:
        True when ``tok`` ends a place entity of two or more words and a title head follows it.
    """
    ent = ix.ent_at[tok.i]
    doc = ix.doc
    return ent is not None and tok.lower_ in TIER_TITLE_WORDS and tok.text[:1].isupper() and \
        ent.end - 1 == tok.i and ent.start < tok.i and ent.label_ in {"GPE", "ORG", "LOC"} and not ent.ent_id_ \
        and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and _title_head_ok(doc[tok.i + 1])


def _owned_of_body(ix: _Index, pre: list, run: list) -> bool:
    """Whether an "of" splits a body's name that owns the title after it: "the Bank of Korea's chief economist".

    Heuristic (English possessive NPs, as in ACE Employment premodifiers): one ORG entity covers the words
    before "of" and the name after it up to a "'s", and only lower-case modifiers and a title head follow.

    Args:
        ix: the document index.
        pre: the phrase tokens before the "of".
        run: the tokens after the "of".

    Returns:
        True when the "of" is inside the owner's name.
    """
    pos = next((n for n, t in enumerate(run) if t.tag_ == "POS"), None)
    if pos is None or pos == 0 or pos + 1 >= len(run):
        return False
    ent = ix.ent_at[run[pos - 1].i]
    first = next((t for t in pre if t.lower_ != "the"), None)
    if ent is None or ent.label_ != "ORG" or first is None or ent.start > first.i or ent.end != run[pos - 1].i + 1:
        return False
    rest = run[pos + 1:]
    return all(t.is_lower for t in rest) and _head_kind(rest[-1]) == "title"


def _analyse_phrase(ix: _Index, tokens: list, anchor_kind: str) -> list[_TitleInfo]:
    """Read a title / relation phrase ("former Russian president and deputy head of X").

    Args:
        ix: the document index.
        tokens: the phrase tokens (appositive, premodifier or predicate).
        anchor_kind: "person", "country" or "place": what the phrase describes.

    Returns:
        One :class:`_TitleInfo` per conjunct whose head is a known title,
        spouse, member or place noun.
    """
    out: list[_TitleInfo] = []
    tokens = [t for t in tokens if not _is_space(t)]
    if not tokens:
        return out
    for conj in _split_conjuncts(ix, tokens):
        pre, runs = _split_preps(conj)
        if pre and runs and runs[0][0].lower_ == "of" and runs[0][1] and _head_kind(pre[-1]) is None and \
                (runs[0][1][-1].text[:1].isupper() or pre[-1].lower_ in OF_BODY_HEADS) and \
                _head_kind(runs[0][1][-1]) == "title" and \
                (all(t.text[:1].isupper() or t.tag_ == "POS" or (t.i == pre[0].i and t.lower_ == "the" and len(pre) > 1)
                     for t in pre + list(runs[0][1][:-1])) or  # ("the X Chamber of Commerce president" too)
                 _university_field_title(pre, runs[0][1])):
            # "West of Ireland Correspondent": a beat named with "of" before the title word;
            # "(Chile's) Council of Ministers spokesman": a body named with "of" before it
            pre = [*pre, runs[0][0], *runs[0][1]]
            runs = runs[1:]
        elif pre and runs and runs[0][0].lower_ == "of" and _owned_of_body(ix, pre, runs[0][1]):
            # "the Bank of Korea's chief economist": a body named with "of" owns the title after it
            pre = [*pre, runs[0][0], *runs[0][1]]
            runs = runs[1:]
        # lower-case "of"-complements belong to the title: "chief of staff", "head of state"
        title_tail: list = []
        while runs and (runs[0][0].lower_ in {"of", "for"} or runs[0][0].lower_ == "on" and pre and
                        pre[-1].lower_ in SPOKES_WORDS and runs[0][1] and
                        ix.person_at.get(runs[0][1][-1].i + 1) is None) and runs[0][1] and all(
                not t.text[:1].isupper() and t.pos_ in {"NOUN", "ADJ", "CCONJ", "PROPN"} and ix.ent_at[t.i] is None
                for t in runs[0][1]) and (len(runs[0][1]) <= 3 or (
                    len(runs[0][1]) <= 5 and runs[0][1][-1].lower_ in PORTFOLIO_WORDS and
                    any(t.lower_ in {"and", "&"} for t in runs[0][1]))):
            # (a joint portfolio runs longer: "minister of labour and social affairs"; a party's
            # "spokesperson on housing" after the name keeps its shadow brief; a title before the
            # name leaves it out, as _premod_phrase reads it)
            title_tail = [runs[0][0], *runs[0][1]]
            runs = runs[1:]
            if title_tail[-1].lower_ == "state" and runs and runs[0][0].lower_ == "for" and runs[0][1] and all(
                    not t.text[:1].isupper() and ix.ent_at[t.i] is None for t in runs[0][1]) and len(runs[0][1]) <= 4:
                title_tail += [runs[0][0], *runs[0][1]]  # "minister of state for regional cooperation"
                runs = runs[1:]
            break
        if not title_tail and runs and runs[0][0].lower_ == "of" and \
                [t.lower_ for t in runs[0][1]] in (["the", "opposition"], ["opposition"]):
            title_tail = [runs[0][0], *runs[0][1]]  # "Leader of the Opposition" is one title
            runs = runs[1:]
        state_run = [t for t in runs[0][1] if not _is_space(t)] if runs and runs[0][0].lower_ == "of" else []
        if not title_tail and pre and pre[-1].lower_ in PORTFOLIO_HEADS and state_run and \
                state_run[0].lower_ == "state" and (len(state_run) == 1 or (
                    state_run[1].lower_ == "for" and _portfolio_run(ix, state_run[2:]))):
            # "Minister of State (for Foreign Affairs)": a rank, then the portfolio
            title_tail = [runs[0][0], *runs[0][1]]
            runs = runs[1:]
            if runs and runs[0][0].lower_ == "for" and _portfolio_run(ix, runs[0][1]):
                title_tail += [runs[0][0], *runs[0][1]]
                runs = runs[1:]
        if not title_tail and runs and runs[0][0].lower_ in {"of", "for"} and _portfolio_run(ix, runs[0][1]) and \
                any(t.lower_ in PORTFOLIO_HEADS for t in pre[-2:]):
            # "the Minister of Foreign Affairs", "Minister for Communication": the portfolio is the title's
            title_tail = [runs[0][0], *runs[0][1]]
            runs = runs[1:]
        if not title_tail and len(runs) >= 2 and runs[0][0].lower_ == "of" and _field_unit_run(runs[0][1]) and \
                runs[1][0].lower_ in {"at", "of", "in"} and any(t.lower_ in SCHOOL_WORDS for t in runs[1][1]):
            # "chair of the Department of Physics at X University": the unit named only by its field
            # is part of the post, and the school holding it the employer (as for "the University of X's
            # Faculty of Law" in _org_from_run)
            title_tail = [runs[0][0], *runs[0][1]]
            runs = runs[1:]
        body = [t for t in pre if not t.is_punct or t.text in {"-", "‐"}]
        # the head: the last word of the pre-part, skipping "-in-chief"
        k = len(body) - 1
        while k >= 0 and body[k].is_punct:
            k -= 1
        if k < 0:
            continue
        if k >= 1 and body[k].lower_ in {"responsible", "charged", "tasked", "designate", "elect"} and \
                body[k - 1].pos_ in {"NOUN", "PROPN"}:
            k -= 1  # "the minister responsible for the overseas territories"
            runs = []  # its prepositional phrase is the portfolio, not the employer
        elif k >= 1 and body[k].lower_ in {"emeritus", "emerita", "emeriti"} and body[k - 1].pos_ in {"NOUN", "PROPN"}:
            k -= 1  # "Name, professor emeritus at X": the title before the postposed rank; "at" names the employer
        head_end = k
        if k >= 2 and body[k].lower_ == "chief" and body[k - 1].text == "-" and body[k - 2].lower_ == "in":
            k -= 4  # editor - in - chief
            if k < 0:
                continue
        if k >= 1 and body[k].lower_ in {"state", "states", "country", "countries", "nation", "nations"} and \
                body[k - 1].lower_ in MEMBER_NOUNS:
            k -= 1  # "an EU member state": a member
        head = body[k]
        kind = _head_kind(head)
        if kind is None:
            continue
        if kind == "title" and anchor_kind != "person":
            continue
        if kind in {"spouse", "counterpart"} and anchor_kind != "person":
            continue
        if kind == "place" and anchor_kind != "place":
            continue
        glued = k >= 2 and body[k - 1].text in {"-", "‐"} and not body[k - 1].whitespace_ and \
            not body[k - 2].whitespace_ and f"{body[k - 2].lower_}-{head.lower_}" in OFFICE_TITLES
        owned_chief = head.lower_ == "chief" and k >= 1 and body[k - 1].tag_ == "POS" and k == len(body) - 1
        if head.pos_ not in {"NOUN", "PROPN"} and not head.text.isupper() and not glued and not owned_chief:
            continue  # ("a NATO deputy secretary-general": the tagger reads "general" as an adjective)
        # ("the Institute's chief Name": the tagger reads a possessed "chief" as an adjective; it is the head)
        # title words: contiguous modifiers left of the head
        m = k - 1
        if head.lower_ in PORTFOLIO_HEADS and k >= 1:
            q = k - 1
            while q >= 0 and body[q].pos_ != "DET" and (_is_cap(body[q]) or body[q].lower_ in {"and", "&"}):
                q -= 1
            while q + 1 < k and not _portfolio_run(ix, body[q + 1:k]):
                q += 1
            if q + 1 < k:
                m = q  # "Foreign Affairs Minister", "Lands and Natural Resources CS": the portfolio
        while m >= 0:
            t = body[m]
            low = t.lower_
            if t.text in {"-", "‐"} and m > 0 and not body[m - 1].whitespace_:
                if body[m - 1].lower_ in FORMER_WORDS:
                    break
                m -= 1
                continue
            if low in NON_TITLE_MODIFIERS or low in FORMER_WORDS:
                break
            if low in PARTY_NICKNAMES and t.text[:1].isupper() and head.lower_ in LEGISLATOR_TITLES | MEMBER_NOUNS:
                break  # "Labour councillor", "Conservative group leader", "a Labour member": the party, not a portfolio
            if m == k - 1 and head.lower_ in PORTFOLIO_HEADS and m > 0 and body[m - 1].tag_ == "POS" and \
                    ix.ent_at[t.i] is not None and ix.ent_at[t.i].label_ in {"LOC", "PLACE"} and \
                    ix.country_mention(t, allow_demonym=False, allow_capital=False) is None and \
                    ix.country_mention(body[m - 2] if m >= 2 else t, allow_demonym=False) is not None:
                m -= 1  # "Britain's Europe minister": a region as the portfolio
                continue
            if low == "high" and body[m + 1].lower_ in HIGH_TITLE_HEADS:
                m -= 1  # "High Commissioner", "High Representative": one title
                continue
            if low in {"and", "&"} and head.lower_ in PORTFOLIO_HEADS and m > 0 and m + 1 < k and \
                    all(x.is_lower and x.pos_ in {"NOUN", "ADJ"} for x in body[m + 1:k]) and \
                    body[m - 1].pos_ in {"NOUN", "ADJ"} and ix.ent_at[body[m - 1].i] is None:
                m -= 1  # "finance and planning minister": the first of two portfolios of one minister
                continue
            if t.is_sent_start and t.pos_ in {"NOUN", "ADJ"} and ix.ent_at[t.i] is None and m + 1 < k and \
                    any(x.lower_ in {"and", "&"} for x in body[m + 1:k]):
                m -= 1  # "Mining and energy minister Name": capitalised only as the first word
                continue
            if _tier_word_in_place(ix, t):
                m -= 1  # "Varn Regional Governor Name": the tier word the NER took into the place is the title's
                continue
            glued_title = low in OFFICE_TITLES and m + 2 <= head_end and body[m + 1].text in {"-", "‐"} and \
                not t.whitespace_ and not body[m + 1].whitespace_  # "Consul-General": one hyphened title
            if ix.ent_at[t.i] is not None and ix.ent_at[t.i].label_ not in {"DATE", "CARDINAL", "ORDINAL"} and not (
                    (low in TITLE_MODIFIERS or glued_title) and ix.ent_at[t.i].label_ in {"ORG", "PERSON", "GPE"}
                    and not ix.ent_at[t.i].ent_id_
                    and all(x.lower_ in TITLE_MODIFIERS | OFFICE_TITLES for x in ix.ent_at[t.i]
                            if x.pos_ != "DET" and x.i < head.i and not (glued_title and x.text in {"-", "‐"}))):
                break  # (a title word NER took for a name, "Defence Minister", "Consul"-General, goes on; a body stops)
            if ix.demonym_country(t):
                break
            if t.tag_ in {"POS", "PRP$", "DT", "CD"} or t.pos_ in {"DET", "NUM", "PRON"}:
                break
            if t.i + 1 < len(ix.doc) and ix.doc[t.i + 1].dep_ == "case" and ix.doc[t.i + 1].i < head.i:
                break  # "the islands' administrator": a plural possessor, its apostrophe dropped from the body
            if low in TITLE_MODIFIERS or (t.pos_ == "NOUN" and not t.text[:1].isupper()) or \
                    (t.pos_ == "NOUN" and t.tag_ in {"NN", "NNS"} and t.is_sent_start and m == k - 1) or \
                    (t.text.isupper() and 1 < len(t.text) <= 4) or (t.text[:1].isupper() and (
                        low in TITLE_MODIFIERS or low in OFFICE_TITLES | OCCUPATION_TITLES)):
                m -= 1  # (a common noun capitalised only as the sentence's first word, "District chief Name", too)
                continue
            break
        title_toks = body[m + 1:head_end + 1]
        mods = body[: m + 1]
        info = _TitleInfo(kind=kind, head=head)
        info.title = _title_string(title_toks + title_tail)
        info.former = any(t.lower_ in FORMER_WORDS or t.lower_.startswith("ex-") for t in mods) or any(
            f"{a.lower_}-{c.lower_}" in FORMER_WORDS for a, b, c in zip(mods, mods[1:], mods[2:])
            if b.text in {"-", "‐"}) or _then_title(mods + title_toks[:1])  # "one-time" split by the tokenizer
        if kind == "title" and len(mods) >= 2 and mods[-1].lower_ == "late" and mods[-2].lower_ == "the":
            info.former = True  # "the late Senator Name": a post its holder held until death
        # organisation or country in the modifiers
        pre_org = None
        pre_country = None
        demonym = None
        q = 0
        while q < len(mods):
            t = mods[q]
            ent = ix.ent_at[t.i]
            if t.tag_ in {"PRP$", "WP$"} and info.possessor is None:
                info.possessor = t
            based = next((x for x in range(q + 1, min(q + 5, len(mods))) if mods[x].lower_ in {"based", "-based"}
                          and mods[x - 1].text in {"-", "‐"} | {mods[q].text}), None)
            if based is not None and all(_is_cap(x) or x.text in {"-", "‐"} for x in mods[q:based]):
                q = based + 1  # "the Varn-based X Bank's chief economist": the seat is no employer
                continue
            if pre_org is None and 0 < q < len(mods) - 1 and mods[q - 1].lower_ == "the" and \
                    mods[q + 1].tag_ == "POS" and ix.demonym_country(t) and head.lemma_.lower() in PRESS_TITLES:
                # "X is The Namibian's reporter": a demonym with "the" and a possessive is a paper's name
                # (a nationality takes no possessive); a press title shows the employer is an outlet
                pre_org = ix.char_mention(mods[q - 1].idx, t.idx + len(t.text), "ORG", "")  # "The" kept: an outlet
                q += 1
                continue
            listed = _listed_country_run(ix, mods, q) if pre_country is None else None
            if listed is not None:
                pre_country, width = listed  # "New Zealand High Commissioner Name": the NER missed the state
                q += width
                continue
            if ix.demonym_country(t) and (ent is None or ent.end - ent.start <= 2 and not ent.ent_id_):
                if demonym is None:
                    demonym = ix.country_mention(t)
                q += 1
                continue
            if ent is not None and ent.label_ == "NORP" and len(ent) == 1 and t.lower_ in PARTY_NICKNAMES and \
                    t.text[:1].isupper() and pre_org is None and head.lower_ in LEGISLATOR_TITLES | MEMBER_NOUNS \
                    and q == len(mods) - 1:
                pre_org = ix.mention(t.i, t.i + 1, "ORG", "")  # "a Conservative member for X": the party
                q += 1
                continue
            if ent is not None and ent.label_ not in {"DATE", "CARDINAL", "ORDINAL", "TIME", "PERCENT",
                                                       "MONEY", "QUANTITY"}:
                span = ix.person_at.get(t.i)
                if span is not None:
                    nxt = ix.doc[span[1]] if span[1] < len(ix.doc) else None
                    if nxt is not None and nxt.tag_ == "POS":
                        info.possessor = t
                        info.possessor_text = ix.doc[span[0]:span[1]].text
                    q = max(q + 1, q + (span[1] - t.i))
                    continue
                ent_end = ent.end - 1 if ix.doc[ent.end - 1].tag_ == "POS" else ent.end
                after = ix.doc[ent_end] if ent_end < len(ix.doc) else None
                longer = _name_run_to_possessive(ix, mods, q, ent_end) if pre_org is None else None
                if longer is not None:
                    pre_org = ix.mention(t.i, longer, "ORG", "")  # "The Asia Review's correspondent": the outlet
                    q += longer - t.i
                    continue
                # "Washington's special envoy": a capital as possessor speaks for its state
                cm = ix.country_mention(t, allow_demonym=False,
                                        allow_capital=after is not None and after.tag_ == "POS")
                if cm is None and not ent.ent_id_ and kind in {"spouse", "counterpart"} and after is not None \
                        and after.tag_ == "POS" and ix._plausible_name(ent.start, ent_end):
                    # "Pavlovic's husband": a name the NER took for something else
                    info.possessor = t
                    info.possessor_text = ix.doc[ent.start:ent_end].text
                    info.possessor_span = (ent.start, ent_end)
                elif cm is not None and pre_country is None:
                    pre_country = cm
                elif (ent.label_ in {"ORG", "PLACE", "GPE", "FAC", "LOC", "PRODUCT"} or _the_name(ix, ent)) and \
                        pre_org is None:  # ("the Chronicle's reporter": a paper the tagger read as a person)
                    if ix.demonym_country(t) and ent.end - ent.start == 1:
                        demonym = demonym or ix.country_mention(t)
                    else:
                        om = ix.ent_mention(ent)
                        if _tier_word_in_place(ix, ix.doc[ent.end - 1]):
                            om = ix.mention(ent.start, ent.end - 1, "PLACE", "")  # "Varn Regional" is Varn
                        tail_ent = ix.ent_at[ent.end] if ent.end < len(ix.doc) and \
                            ix.doc[ent.end - 1].lower_ == "of" else None
                        if tail_ent is None and ent.label_ == "ORG" and ent.end + 1 <= mods[-1].i and \
                                ix.doc[ent.end - 1].lower_ in OF_BODY_HEADS and ix.doc[ent.end].lower_ == "of":
                            tail_ent = ix.ent_at[ent.end + 1]  # "Central Bank" + "of" + "Kenya": the "of" left out
                            if tail_ent is not None and tail_ent.start == ent.end + 1 and \
                                    tail_ent.end - 1 <= mods[-1].i:
                                om = ix.mention(ent.start, tail_ent.end, "ORG", "")
                                q += tail_ent.end - ent.end
                            tail_ent = None
                        if tail_ent is not None and tail_ent.start == ent.end and ent.label_ == "ORG":
                            # "the University of" + "Ghana": the NER cut the body's name at its "of"
                            om = ix.mention(ent.start, tail_ent.end, "ORG", "")
                        if om is not None:
                            if om.label not in {"ORG", "PLACE", "COUNTRY", "TERRITORY"}:
                                om = Mention(om.article, om.start, om.end, om.text, "ORG", om.kb_id)
                            pre_org = om
                q += max(1, ent.end - t.i)
                continue
            span = ix.person_at.get(t.i)
            if span is not None:
                nxt = ix.doc[span[1]] if span[1] < len(ix.doc) else None
                if nxt is not None and nxt.tag_ == "POS":
                    info.possessor = t
                    info.possessor_text = ix.doc[span[0]:span[1]].text
                q += max(1, span[1] - t.i)
                continue
            nxt_tok = ix.doc[t.i + 1] if t.i + 1 < len(ix.doc) else None
            if t.pos_ == "NOUN" and t.is_lower and pre_org is None and nxt_tok is not None and \
                    nxt_tok.tag_ == "POS" and q > 0 and (mods[q - 1].lower_ == "the" or (
                        mods[q - 1].is_lower and mods[q - 1].pos_ == "ADJ" and q > 1 and mods[q - 2].lower_ == "the")):
                # "the ministry's spokesperson": the organisation of that kind named last; "the
                # city's president": the place named last; "the central government's delegate"
                pre_org = _named_kind_before(ix, t)
                if pre_org is None and t.lemma_.lower() in PLACE_NOUNS:
                    near = _recent_places(ix, t.i, 1)  # "In Zaragoza, the city's president"
                    pre_org = near[0].mention if near else None
                if pre_org is None and t.lemma_.lower() in {"government", "administration", "authority"}:
                    # "the central government's delegate": an unnamed body, part of the title
                    body = _tokens_text(mods[q - 1:q + 1] if mods[q - 1].pos_ == "ADJ" else [t]).lower()
                    info.title = f"{body} {info.title}" if not info.title.startswith(body) else info.title
                q += 1
                continue
            if demonym is None and ix.demonym_country(t):
                demonym = ix.country_mention(t)
            elif t.lower_ in PARTY_NICKNAMES and t.text[:1].isupper() and pre_org is None and \
                    head.lower_ in LEGISLATOR_TITLES | MEMBER_NOUNS and q == len(mods) - 1:
                pre_org = ix.mention(t.i, t.i + 1, "ORG", "")  # "Conservative group leader X": the party
            elif t.pos_ == "ADJ" and t.text[:1].isupper() and pre_org is None and q == len(mods) - 1 and \
                    head.lower_ in PLACE_OFFICE_TITLES and t.is_alpha and t.lower_ not in english_words() and \
                    t.lower_ not in TITLE_MODIFIERS | NON_TITLE_MODIFIERS:
                pre_org = ix.mention(t.i, t.i + 1, "PLACE", "")  # "Varn mayor X": a town the tagger read as adjective
            elif t.pos_ == "ADJ" and _is_cap(t) and pre_org is None and q == 0 and t.is_alpha and \
                    t.lower_ not in english_words() and t.lower_ not in TITLE_MODIFIERS | NON_TITLE_MODIFIERS and \
                    not ix.demonym_country(t) and head.lower_ not in PLACE_OFFICE_TITLES and \
                    len(mods) == 1 and head.is_lower:
                # "Varnhill general manager X": an unlisted body's name the tagger read as an adjective
                pre_org = ix.mention(t.i, t.i + 1, "ORG", "")
            elif t.pos_ == "PROPN" and t.text[:1].isupper() and pre_org is None and not ix.demonym_country(t) \
                    and t.lower_ not in TITLE_MODIFIERS and (t.lower_ not in NON_TITLE_MODIFIERS or (
                        t.lower_ in {"conservative", "liberal"} and head.lower_ in LEGISLATOR_TITLES)):
                # an unlisted outlet or body written before the title ("WSJ reporter"), or a
                # possessor name ("Pavlovic's husband")
                if head.lower_ in OFFICE_HEAD_WORDS - {"commissioner"} and all(
                        x.ent_type_ == "" and x.text[:1].isupper() and x.lower_ in english_words()
                        and ix.gaz.lookup(x.text) is None for x in mods[q:]):
                    # "Harbour Constable X", "Town Clerk Y": common words naming a local office, no body
                    body = _tokens_text(mods[q:]).lower()
                    info.title = f"{body} {info.title}" if not info.title.startswith(body) else info.title
                    break
                r = q
                while r + 1 < len(mods) and (mods[r + 1].pos_ == "PROPN" and mods[r + 1].text[:1].isupper() or (
                        mods[r + 1].lower_ == "of" and mods[r].lower_ in OF_BODY_HEADS and r + 2 < len(mods)
                        and _is_cap(mods[r + 2])) or _name_link(mods, r + 1)):
                    r += 1  # (through the "of" of "Council of Ministers")
                nxt = ix.doc[mods[r].i + 1] if mods[r].i + 1 < len(ix.doc) else None
                caps = all(x.text.isupper() for x in ix.doc[t.i:mods[r].i + 1])  # "PREMIUM TIMES'": a masthead
                if nxt is not None and nxt.tag_ == "POS" and ix._plausible_name(t.i, mods[r].i + 1) and \
                        info.possessor is None and not caps and mods[r].lower_ not in BODY_TAIL_WORDS:
                    info.possessor = t
                    info.possessor_text = ix.doc[t.i:mods[r].i + 1].text
                    info.possessor_span = (t.i, mods[r].i + 1)
                else:
                    pre_org = ix.mention(t.i, mods[r].i + 1, "ORG", "")
                q = r + 1
                continue
            q += 1
        # organisations after the head
        post_orgs: list = []
        place_country = None
        for r_idx, (prep, run) in enumerate(runs):
            if not run:
                continue
            prev_run = runs[r_idx - 1][1] if r_idx > 0 and runs[r_idx - 1][1] else None
            low = prep.lower_
            if kind == "place" and low in {"in", "of", "on"}:
                nxt_run = runs[r_idx + 1] if r_idx + 1 < len(runs) else None
                if nxt_run is not None and nxt_run[0].lower_ == "of" and nxt_run[1] and \
                        run[-1].lower_ in EDGE_NOUNS:
                    continue  # "on the Red Sea coast of X": the coast's modifier is no container
                found: list[Mention] = []
                after_of = low in {"of", "in"}
                k = 0
                while k < len(run):
                    t = run[k]
                    if t.lower_ in EDGE_NOUNS and k + 1 < len(run) and run[k + 1].lower_ == "of":
                        found = []  # "on the Red Sea coast of X": the coast's modifier is no container
                    if t.lower_ in {"of", "in"}:
                        after_of = True
                    cm = ix.country_mention(t, allow_demonym=False, allow_capital=False)
                    if cm is None and t.text[:1].isupper() and (ix.ent_at[t.i] is None or
                                                                ix.ent_at[t.i].label_ != "NORP"):
                        cm = _place_mention(ix, t)  # "a town in West Sussex": a region
                    tent = ix.ent_at[t.i]
                    if cm is None and low == "of" and k == 0 and tent is not None and len(tent) == 1 and \
                            tent.label_ in {"PERSON", "ORG"} and not tent.ent_id_ and t.text[:1].isupper():
                        cm = ix.mention(tent.start, tent.end, "PLACE", "")  # "a suburb of Duncan": a town
                    if cm is not None and cm.label == "COUNTRY":
                        sub, _ = _owned_subdivision(ix, t.i)
                        if sub is not None:
                            # "a town in Ruritania's Varn province": in the province, which is in the state
                            info.side.append(("locatedIn", sub, cm))
                            cm = sub
                    if cm is not None:
                        if not found or after_of:
                            found.append(cm)
                        span = ix.doc.char_span(cm.start, cm.end, alignment_mode="expand")
                        k = max(k + 1, span.end - run[0].i) if span is not None else k + 1
                        after_of = False
                        continue
                    k += 1
                nxt = run[-1].i + 1
                if nxt + 1 < len(ix.doc) and ix.doc[nxt].lemma_.lower() in ALIAS_VERBS and \
                        ix.doc[nxt].pos_ == "VERB" and (named := ix.ent_at[nxt + 1]) is not None and \
                        named.start == nxt + 1 and named.label_ in {"TERRITORY", "GPE", "LOC", "PLACE", "ORG"} and \
                        run[-1].pos_ == "PROPN":
                    # "the main village in the area Y calls Z": the place is the name given, not its caller
                    nm = ix.ent_mention(named)
                    found = [nm if named.label_ != "ORG" else ix.mention(named.start, named.end, "PLACE", "")] \
                        if nm is not None else []
                if low == "of" and prev_run is not None and prev_run[-1].lower_ in EDGE_NOUNS:
                    # "a village on the shores of Lake X": a settlement by the water is not in it
                    found = [cm for cm in found if not {cm.text.lower().split()[0], cm.text.lower().split()[-1]}
                             & WATER_HEADS]
                for cm in found:
                    if place_country is None:
                        place_country = cm
                    elif cm.text != place_country.text and all(cm.text != o.text for o in info.outer):
                        info.outer.append(cm)  # "on the South Shore of Nova Scotia"
                continue
            if kind == "spouse" and low == "of":
                for t in run:
                    if t.i in ix.person_at:
                        info.possessor = t
                        s, e = ix.person_at[t.i]
                        info.possessor_text = ix.doc[s:e].text
                        break
                continue
            if low == "to" and head.lower_ in POSTING_TITLES and not post_orgs and not info.title.endswith(" to"):
                host = next((m for m in (ix.country_mention(t, allow_demonym=False, allow_capital=False)
                                         for t in run) if m is not None), None)
                if host is not None and host.label in {"COUNTRY", "TERRITORY"}:
                    # "Czech ambassador to Jordan": the host country stays in the title, the
                    # sending state employs
                    info.title = f"{info.title} to {host.kb_id or host.text}"
                    continue
            if low == "to" and head.lower_ in ADVISER_TITLES and not post_orgs:
                om, oname, side = _org_from_run(ix, run)
                if om is not None and om.label in {"ORG", "COUNTRY"}:
                    post_orgs.append((prep, om, oname))  # "a legal adviser to the X Commission"
                    continue
                words = [t for t in run if not t.is_punct and t.lower_ != "the"]
                if 2 <= len(words) <= 3 and words[-1].lower_ in OFFICE_TITLES | {"government"} and \
                        words[0].text[:1].isupper():
                    cm = ix.country_mention(words[0], allow_capital=False)
                    if cm is not None and cm.label == "COUNTRY":
                        post_orgs.append((prep, cm, None))  # "an adviser to the Peruvian president": the state
                        continue
            if low not in ORG_PREPS and not (low == "on" and run and run[-1].lower_ in DESK_WORDS):
                # ("a reporter on the X Gazette city desk": the paper whose desk it is employs)
                if post_orgs:
                    break
                continue
            if low == "in" and _field_run(ix, run):
                continue  # "a lecturer in Pacific politics at ...": a field of study, not a body
            om, oname, side = _org_from_run(ix, run)
            if om is not None and om.label in {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"}:
                om, oname, side = None, None, []  # "head of the X bank in March": a time, no employer
            info.side.extend(side)
            if om is None:
                if oname and not post_orgs and low in ORG_PREPS | {"to"} and info.org_name is None:
                    info.org_name = oname  # "a spokeswoman for the Turkish Cypriot foreign ministry"
                if post_orgs:
                    break
                continue
            if low == "in" and om.label == "COUNTRY" and any(t.tag_ == "POS" for t in run) and any(
                    t.lower_ in {"ministry", "department", "government", "office", "embassy", "cabinet"}
                    for t in run) and not post_orgs:
                post_orgs.append((prep, om, oname))  # "a state secretary in Croatia's foreign ministry"
                continue
            if low in {"from", "in"} and om.label in {"COUNTRY", "PLACE", "TERRITORY", "GPE"}:
                if low == "in" and post_orgs and post_orgs[-1][1].label == "ORG" and prev_run is not None and \
                        (prev_run[-1].i + 1 == prep.i or ix.doc[prev_run[-1].i + 1].text == "(" and
                         ix.doc[prep.i - 1].text == ")" and prep.i - prev_run[-1].i == 4) and (prev_run[-1].lower_ in SITE_WORDS or any(
                            w.lower() in SITE_WORDS for w in post_orgs[-1][1].text.split())):
                    # "an economist at the Expert-Grup think tank in Chisinau"
                    info.side.append(("locatedIn", post_orgs[-1][1], om))
                elif low == "in" and om.label == "COUNTRY" and head.lower_ in STATE_OFFICE_HEADS and \
                        not post_orgs and pre_country is None and pre_org is None and r_idx == len(runs) - 1:
                    post_orgs.append((prep, om, oname))  # "minister of state for trade in Ruritania"
                continue  # "an analyst from Kazakhstan", "a professor in Moscow": a location
            if _head_kind_text(om.text) == "title":
                info.org_name = info.org_name or om.text
                continue
            post_orgs.append((prep, om, oname))
        if len(post_orgs) > 1 and post_orgs[0][0].lower_ == "of" and not post_orgs[0][1].kb_id and \
                post_orgs[1][0].lower_ in {"at", "with", "in"} and \
                post_orgs[0][1].text.split()[-1].lower() not in ORG_WORDS and \
                ix.ent_at[ix.doc.char_span(post_orgs[0][1].start, post_orgs[0][1].end,
                                           alignment_mode="expand").start] is None:
            # "Associate Professor of Politics at Charles University": a field, not a body
            info.title = f"{info.title} of {post_orgs[0][1].text.lower()}"
            post_orgs = post_orgs[1:]
        elif len(post_orgs) > 1 and post_orgs[0][0].lower_ == "of" and post_orgs[1][0].lower_ in {"at", "with"} and \
                _field_after(ix, post_orgs[0][1]):
            # "a professor of Andean history at X": a place names the field, the body after "at" employs
            post_orgs = post_orgs[1:]
        elif len(post_orgs) > 1 and post_orgs[0][0].lower_ in {"of", "in"} and post_orgs[1][1].label == "ORG" and (
                post_orgs[1][0].lower_ == "at" and
                (post_orgs[0][2] or post_orgs[0][1].text).split()[-1].lower() in UNIT_WORDS or
                post_orgs[1][0].lower_ == "of" and
                (post_orgs[0][2] or post_orgs[0][1].text).split()[-1] in LOCAL_UNIT_WORDS):
            # "head of the Asia Section at the X Center", "head of the Berlin office of X": the unit
            # is part of the title, the institution employs
            unit = _strip_det(post_orgs[0][2] or post_orgs[0][1].text)
            if " at " in unit:
                unit = unit.split(" at ")[0]
            info.title = f"{info.title} {post_orgs[0][0].lower_} {unit}"
            post_orgs = post_orgs[1:]
        elif len(post_orgs) > 1 and post_orgs[0][0].lower_ == "for" and post_orgs[1][0].lower_ == "at" and \
                post_orgs[1][1].label == "ORG" and post_orgs[0][1].label != "ORG":
            # "Director General for Africa at the X Ministry": "for" names the brief, "at" the employer
            info.title = f"{info.title} for {_strip_det(post_orgs[0][2] or post_orgs[0][1].text)}"
            post_orgs = post_orgs[1:]
        info.orgs = [o for _, o, _ in post_orgs]
        if kind == "place":
            info.country = pre_country or place_country or (demonym if demonym and demonym.label == "COUNTRY" else None)
            if info.country is None and pre_org is not None and pre_org.label in {"PLACE", "TERRITORY"} and \
                    any(t.tag_ == "POS" for t in mods):
                info.country = pre_org  # "X, Varnland's administrative centre": the possessive place
            if info.country is not None:
                out.append(info)
            continue
        if kind == "member":
            # "Member of Parliament for Varn": the chamber, not the chamber and the seat
            info.orgs = [_chamber_of_seat(ix, o) for o in info.orgs]
            if pre_org is not None:
                info.orgs = [pre_org, *info.orgs]
                if pre_org.text.split()[-1].casefold() in LEGISLATURE_WORDS and head.text[:1].isupper():
                    # "the National Assembly Member for X": a capitalised title that holds its chamber
                    info.title = f"{_strip_det(pre_org.text)} {head.text}".lower()
            if not info.orgs:
                # "Kenya, also a member of the bloc": the body named just before
                bloc = next((_bloc_antecedent(ix, run) for prep, run in runs if prep.lower_ == "of"), None)
                info.orgs = [bloc] if bloc is not None else []
            if not info.orgs and runs and runs[0][0].lower_ == "of":
                info.org_name = _common_body_name(runs[0][1])  # "a member of the river basin commission"
            if info.orgs or info.org_name:
                out.append(info)
            continue
        if kind == "spouse":
            if info.possessor is not None:
                out.append(info)
            continue
        employer = pre_country or pre_org
        if post_orgs and employer is not None and len(post_orgs) == 1 and post_orgs[0][0].lower_ == "for" and \
                any(t.tag_ == "POS" or t.lower_ in {"'s", "’s"} for t in mods):
            # "Spain's secretary of state for the EU": the possessor employs, "for X" is the portfolio
            info.org = employer
            info.title = f"{info.title} for {_strip_det(post_orgs[0][1].text)}"
        elif post_orgs and employer is not None and post_orgs[0][0].lower_ == "with" and \
                any(t.tag_ == "POS" or t.lower_ in {"'s", "’s"} for t in mods):
            # "Chile's chief negotiator with the EU": the possessor employs, "with X" is the other side
            info.org = employer
        elif post_orgs and employer is not None and all(p.lower_ == "in" for p, _, _ in post_orgs) and mods and \
                any(t.tag_ == "POS" or t.text in {"'", "’", "'s", "’s"} for t in ix.doc[mods[0].i:head.i]):
            # "the Herald's senior correspondent in Calabar": the possessor employs, "in X" is a post
            info.org = employer
        elif post_orgs:
            info.org = post_orgs[0][1]
            first_prep, _, oname = post_orgs[0]
            if len(post_orgs) > 1:
                last = post_orgs[-1][1]
                info.org_name = _clean_text(ix.text[info.org.start:last.end])
            elif oname:
                info.org_name = oname
            if _embeds_other_name(ix, info.org):
                # "European Georgia", "Asia-Pacific Section": a built name that contains a
                # gazetteer place goes by name, or it would be merged with the place
                info.org_name = info.org.text
                info.org = None
        elif pre_org is not None:
            info.org = _with_sending_state(ix, pre_org)
            if _embeds_other_name(ix, pre_org):  # "Renew Europe's negotiator": not Europe
                info.org_name = pre_org.text
                info.org = None
        elif pre_country is not None:
            info.org = pre_country
        elif demonym is not None and (head.lower_ in OFFICE_TITLES or head.lemma_.lower() in OFFICE_TITLES
                                      or kind == "counterpart"):
            info.org = demonym
        if info.possessor is not None and info.org is None and info.possessor_text and kind == "title":
            info.org_name = info.possessor_text
        if info.org is not None and info.possessor is not None and info.possessor.lower_ == "its" and \
                kind == "title" and _names_place(ix, info.org):
            # "Its partnership manager for the North, X": the place is the post's area, "its" the employer
            body = ix.antecedent(ix.doc[info.possessor.i]) or _subject_body_before(ix, info.possessor)
            if body is not None and body.label == "ORG":
                info.org = body
        if info.org is None and info.possessor is not None and info.possessor.lower_ in {"its", "their"} \
                and kind == "title":
            if info.possessor.lower_ == "its":
                # "(In X,) the Commission was more cautious. Its spokesperson, Y, ...": a body in subject
                # position is the preferred antecedent (the centering rule: the subject is the likeliest
                # centre to be continued; Grosz, Joshi & Weinstein 1995), before any other name
                info.org = _subject_body_before(ix, info.possessor) or _subject_owner_state(ix, info.possessor) \
                    or ix.antecedent(ix.doc[info.possessor.i]) or _sole_body_before(ix, info.possessor)
        if info.org is None and info.possessor is not None and info.possessor.lower_ == "whose" and \
                kind == "title" and info.possessor.i >= 2 and ix.doc[info.possessor.i - 1].text == ",":
            # "the Ruritanian Union, whose trade spokesperson, Name,": the body "whose" follows employs the holder
            owner = ix.ent_at[info.possessor.i - 2]
            if owner is not None and owner.label_ in {"ORG", "COUNTRY"} and owner.end == info.possessor.i - 1:
                info.org = ix.country_mention(ix.doc[owner.start], allow_demonym=False) \
                    if owner.label_ == "COUNTRY" else ix.ent_mention(owner)
        if kind == "title" and info.org is None and info.org_name is None and info.possessor is None:
            # "managing director of the company": the company the text named last
            info.org = next((b for prep, run in runs if prep.lower_ == "of"
                             for b in [_body_antecedent(ix, run)] if b is not None), None)
        if not info.title:
            continue
        if kind == "title" and info.org is None and info.org_name is None and info.possessor is None and out and \
                out[-1].kind == "title" and out[-1].org is not None and not mods:
            info.org = out[-1].org  # "Chile's Vice-President and Minister for Defence": one possessor
        out.append(info)
    return out


# a state's missions abroad, named by the sending state's adjective: "the Ruritanian Embassy"
MISSION_WORDS = frozenset({"embassy", "consulate", "consulate-general", "legation"})


def _with_sending_state(ix: _Index, org: Mention) -> Mention:
    """The whole name of "DEMONYM Embassy" when the body before a title was read as the bare noun.

    "Ruritanian Embassy spokesperson Name": the tagger keeps the adjective apart as a nationality,
    which leaves "Embassy" alone; a mission is the sending state's (Vienna Convention on Diplomatic
    Relations, 1961, art. 1) and is named by it, so the adjective is part of the body's name.

    Args:
        ix: the document index.
        org: the body mention read before the title.

    Returns:
        The mention with the adjective, or ``org`` as it was.
    """
    span = ix.doc.char_span(org.start, org.end, alignment_mode="expand") if org.start >= 0 else None
    if span is None or len(span) != 1 or span[0].lower_ not in MISSION_WORDS or span.start < 1:
        return org
    adj = ix.doc[span.start - 1]
    if not adj.text[:1].isupper() or not ix.demonym_country(adj):
        return org
    return ix.mention(adj.i, span.end, "ORG", "") or org


# titles of a posting abroad: "ambassador to X" names the host, not the employer
# advisers serve the body they advise: "an adviser to the X Commission"
ADVISER_TITLES = frozenset({"adviser", "advisor", "consultant", "counsel", "counsellor", "counselor"})
POSTING_TITLES = frozenset({"ambassador", "envoy", "consul", "consul-general", "representative", "delegate",
                            "commissioner", "attaché", "attache", "d'affaires", "d’affaires"})
# sub-units of an institution: "the Asia Section at the X Center"
UNIT_WORDS = frozenset({"section", "programme", "program", "unit", "desk", "division", "project", "initiative",
                        "team", "lab", "laboratory"})
# lower-case local units of a body: "head of the Berlin office of X" (the body after the second "of" employs)
LOCAL_UNIT_WORDS = frozenset({"office", "bureau", "branch", "chapter", "section", "desk", "unit", "division"})
# bodies named "X of Y": "Council of Ministers", "Office of the President"
OF_BODY_HEADS = frozenset({"council", "ministry", "office", "department", "chamber", "bureau", "board", "court",
                           "house", "cabinet", "college", "congress", "university", "bank"})  # "Bank of X Governor"
PORTFOLIO_HEADS = frozenset({"minister", "ministers", "secretary", "undersecretary", "commissioner", "ministry",
                             "envoy", "cs"})
PORTFOLIO_WORDS = frozenset({
    "affairs", "communication", "communications", "defence", "defense", "finance", "health", "justice",
    "interior", "trade", "information", "education", "agriculture", "energy", "environment", "transport",
    "labour", "labor", "culture", "tourism", "economy", "industry", "mines", "petroleum", "works", "housing",
    "security", "development", "planning", "youth", "sports", "sport", "women", "fisheries", "lands",
    "water", "resources", "commerce", "employment", "welfare", "immigration", "integration", "cooperation",
    "technology", "science", "innovation", "aviation", "infrastructure", "investment", "budget", "mining",
    "power", "telecommunications", "heritage", "arts", "veterans", "solidarity", "territories", "relations",
    "communities"})


PORTFOLIO_SUFFIXES = ("tion", "ment", "ity", "ance", "ence", "sion")
# titles that "of State" completes as a fixed rank ("Secretary of State", "Minister of State")
STATE_RANK_HEADS = frozenset({"secretary", "minister", "undersecretary", "under-secretary"})


def _name_link(mods: list, k: int) -> bool:
    """Whether ``mods[k]`` joins two capitalised parts of one proper name.

    Heuristic from place and body names written before a title: a glued hyphen ("Novo-Varn Mayor")
    or a lower-case name particle ("Wadi el Varn Governor") sits inside the name, not between names.

    Args:
        mods: the tokens before the title head.
        k: index of the token to test.

    Returns:
        True when the token has a capitalised proper-noun part on each side.
    """
    if k < 1 or k + 1 >= len(mods):
        return False
    t, before, after = mods[k], mods[k - 1], mods[k + 1]
    if not (_is_cap(before) and _is_cap(after) and after.pos_ == "PROPN"):
        return False
    if t.text in {"-", "‐"}:
        return not before.whitespace_ and not t.whitespace_
    return t.is_lower and t.lower_ in NAME_PARTICLES and t.lower_ not in {"i", "y", "e", "á", "í"}


def _name_run_to_possessive(ix: _Index, mods: list, q: int, ent_end: int) -> int | None:
    """The end of a longer name that opens with a place entity and closes with a possessive.

    "The Asia Review's correspondent", "the Baltic Shipping Line's chief executive": the place the
    NER marked is only the first word of an outlet's or company's name; the capitalised words that
    follow it up to the "'s" belong to that name.

    Args:
        ix: the document index.
        mods: the title phrase's modifiers.
        q: the position in ``mods`` of the entity's first token.
        ent_end: the token after the entity.

    Returns:
        The token index after the name (at the "'s"), or None when the entity stands alone.
    """
    doc = ix.doc
    inside = {x.i for x in mods}
    k = ent_end
    while k < len(doc) and k in inside and doc[k].pos_ == "PROPN" and _is_cap(doc[k]) and \
            ix.ent_at[k] is None and doc[k].tag_ != "POS" and ix.demonym_country(doc[k]) is None and \
            doc[k].lower_ not in OFFICE_TITLES | OCCUPATION_TITLES | TITLE_MODIFIERS:
        k += 1
    if k == ent_end or k >= len(doc) or not (doc[k].tag_ == "POS" or doc[k].lower_ in {"'s", "’s", "'", "’"}):
        return None
    return k


def _portfolio_run(ix: _Index, run: list) -> bool:
    """A Title-Case portfolio after "Minister of": "Foreign Affairs", "Communication", "Mines and Energy".

    Args:
        ix: the document index.
        run: the tokens after the preposition.

    Returns:
        True when every word is capitalised (or "and"/"&"), no word is a listed
        name, person or place, and the last word is a portfolio word.
    """
    words = [t for t in run if not _is_space(t)]
    while words and words[-1].is_punct:
        words.pop()
    if not words or len(words) > 6 or not (words[-1].lower_ in PORTFOLIO_WORDS or (
            _is_cap(words[-1]) and words[-1].lower_.endswith(PORTFOLIO_SUFFIXES))):
        return False  # "Affairs", "Mines"; an abstract noun: "Reintegration", "Equality"
    for t in words:
        ent = ix.ent_at[t.i]
        if ent is not None and (ent.label_ in {"COUNTRY", "TERRITORY", "GPE"} or
                                ent.label_ == "PERSON" and ix.person_at.get(t.i) is not None or
                                ent.label_ == "ORG" and ent.ent_id_):
            return False  # a region may name a portfolio ("Arctic affairs"), a state or listed body may not
        if t.lower_ not in {"and", "&", ","} | PORTFOLIO_WORDS and not _is_cap(t):
            return False
        if ix.demonym_country(t) or ent is not None and ent.label_ == "NORP":
            return False  # "Chilean Defense Secretary": the state, not the portfolio
    return True


# a common noun and the head words of the names it takes up: "the army" -> "the X Armed Forces"
KIND_SYNONYMS = {"army": frozenset({"forces", "military"}), "military": frozenset({"forces", "army"})}


def _listed_country_run(ix: _Index, mods: list, q: int) -> tuple[Mention, int] | None:
    """A listed state of two or three capitalised words at ``mods[q]`` that the NER left out.

    "New Zealand High Commissioner Name": the tagger read "New Zealand" into the name, and "New"
    alone reads as a title modifier ("new director"); the gazetteer knows the state.

    Args:
        ix: the document index.
        mods: the modifier tokens before a title head.
        q: the index of the first candidate word.

    Returns:
        (the state's mention, the number of words) or None.
    """
    for width in (3, 2):
        run = mods[q:q + width]
        if len(run) < width or not all(t.text[:1].isupper() and t.is_alpha for t in run) or \
                any(run[x + 1].i != run[x].i + 1 for x in range(width - 1)):
            continue
        ent = ix.ent_at[run[0].i]
        if ent is not None and ent.label_ in {"COUNTRY", "TERRITORY"}:
            return None
        entry = ix.gaz.lookup(_tokens_text(run))
        m = ix.mention(run[0].i, run[-1].i + 1, "COUNTRY", entry.name) if entry is not None and \
            entry.cls == "Country" else None
        if m is not None:
            return m, width
    return None


def _named_kind_before(ix: _Index, noun) -> Mention | None:
    """The organisation a definite common noun refers back to: "the ministry" -> the last
    named "Ministry of ...", "the agency" -> "NZ Transport Agency" (a name holding the noun).

    Args:
        ix: the document index.
        noun: the common noun token ("ministry", "council", "agency").

    Returns:
        A mention of the last such organisation before the noun, or None.
    """
    word = noun.lemma_.lower()
    words = {word} | KIND_SYNONYMS.get(word, frozenset())
    for ent in reversed(ix.ents_in(0, noun.i)):
        if ent.label_ != "ORG":
            continue
        if words & {w.lower().strip("(),") for w in ent.text.split()}:
            return ix.ent_mention(ent)
    doc = ix.doc
    for k in range(noun.i - 1, -1, -1):
        t = doc[k]
        if t.lower_ == word and t.text[:1].isupper() and t.pos_ == "PROPN" and k > 0 and \
                ix.ent_at[k] is None and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ == "PROPN":
            # "The Ruritania Fisheries Society" the NER left untagged (a state's name inside it)
            a = k
            while a > 0 and doc[a - 1].text[:1].isupper() and doc[a - 1].pos_ == "PROPN" and \
                    "\n" not in doc[a - 1].whitespace_:
                a -= 1
            if k - a >= 1:
                return ix.mention(a, k + 1, "ORG", "")
    if word in GENERIC_BODY_NOUNS:
        return _last_body_before(ix, noun.i)
    return None


# nouns that stand for any organisation, whatever its name ends in: "the group's treasurer"
GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization"})


def _last_body_before(ix: _Index, i: int) -> Mention | None:
    """The organisation a generic "the group" refers back to: the last one named shortly before.

    A name such as "Friends of the Varn Baths" holds no noun "the group" could match, so the
    nearest organisation named in this or the six sentences before stands for it (the
    salience-by-recency rule of Hobbs-style coreference for definite descriptions), but only when
    it is the one body in reach: two candidates give nothing.

    Args:
        ix: the document index.
        i: the index of the generic noun.

    Returns:
        The organisation's mention, or None.
    """
    floor = _sentences_back(ix, i, 6)
    found = []
    for ent in ix.ents_in(floor, i):
        if ent.label_ != "ORG" or ix.person_at.get(ent.start) is not None or \
                _embeds_other_name(ix, ix.ent_mention(ent)):
            continue
        if ent.text.lower() not in {e.text.lower() for e in found}:
            found.append(ent)
    return ix.ent_mention(found[0]) if len(found) == 1 else None


def _names_place(ix: _Index, m: Mention) -> bool:
    """Whether a mention's text is a place the tagger named (GPE / LOC / PLACE), whatever label it was given.

    Args:
        ix: the document index.
        m: the mention.

    Returns:
        True for a place that is not a country.
    """
    if m.label in {"PLACE", "GPE"}:
        return True
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand") if m.start >= 0 else None
    ent = ix.ent_at[span.root.i] if span is not None and len(span) else None
    return ent is not None and ent.label_ in {"GPE", "LOC", "PLACE"} and \
        ix.country_mention(ent.root, allow_demonym=False, allow_capital=False) is None


def _subject_body_before(ix: _Index, its) -> Mention | None:
    """The organisation "its" refers back to: the subject of the sentence before ("The European
    Commission was more cautious. Its spokesperson, X, ...")."""
    no = ix.sent_no(its.i)
    for k in (no, no - 1):
        if k < 0 or k >= len(ix.sents):
            continue
        sent = ix.sents[k]
        for t in sent:
            if t.i >= its.i:
                break
            if t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "ROOT" and t.pos_ == "PROPN":
                # (a proper noun at the root: the parser lost the verb after a long aside, "The X Council, of
                # which ..., called for ...")
                ent = ix.ent_at[t.i]
                if ent is not None and ent.label_ == "ORG":
                    return ix.ent_mention(ent)
                if ent is None and (gov := _place_government(ix, t)) is not None:
                    return gov
    return None


#: nouns of a place's own government that news copy writes after the place's name: "the Varn Regional Government"
GOVERNMENT_NOUNS = frozenset({"government", "administration", "executive", "cabinet"})
#: tiers written between a place and its government: "the Varn regional government"
GOVERNMENT_TIERS = frozenset({"regional", "provincial", "state", "territorial", "autonomous", "municipal", "city",
                              "county", "island", "federal", "local", "devolved"})


def _the_name(ix: _Index, ent) -> bool:
    """Tell whether a one-word PERSON span after "the" is no person's name: "told the Herald", "the Chronicle's".

    Names of people take no article; the index leaves such a word out of its persons (see ``_find_persons``).

    Args:
        ix: the document index.
        ent: an entity span.

    Returns:
        True for a one-word PERSON span right after a lower-case "the" that the index holds no person.
    """
    doc = ix.doc
    end = ent.end - 1 if len(ent) == 2 and doc[ent.end - 1].tag_ == "POS" else ent.end
    return ent.label_ == "PERSON" and end - ent.start == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
        and doc[ent.start - 1].tag_ == "DT" and ix.person_at.get(ent.start) is None


def _place_government(ix: _Index, t) -> Mention | None:
    """The government a subject names after a place the NER tagged alone: "the Canary Islands Government".

    The tagger often labels the place and leaves the government noun outside the entity; the
    subject is still a body (the employer a following "Its councillor for X, Name," works for).
    A capitalised noun gives the whole name ("X Government"); a lower-case one, with or without
    a tier word ("the X regional government"), stands for the place, as "Chile's government" does.

    Args:
        ix: the document index.
        t: a subject token outside any entity.

    Returns:
        The body's (or the place's) mention, or None.
    """
    if t.lemma_.lower() not in GOVERNMENT_NOUNS or t.i == 0:
        return None
    k = t.i - 1
    while k > 0 and t.is_lower and ix.doc[k].lower_ in GOVERNMENT_TIERS and ix.ent_at[k] is None:
        k -= 1
    ent = ix.ent_at[k]
    if ent is None or ent.end != k + 1 or ent.label_ not in {"PLACE", "GPE", "LOC", "TERRITORY"} or \
            ix.doc[k].head.i != t.i and ent.root.head.i != t.i:
        return None  # (the place must modify the noun: "the Varn Government", not "in Varn, the government")
    if t.is_lower:
        return _place_mention(ix, ix.doc[ent.start])
    return ix.mention(ent.start, t.i + 1, "ORG", "")


def _subject_owner_state(ix: _Index, its) -> Mention | None:
    """The state owning the subject of the pronoun's own sentence: "X's refusal of Y is firm, its envoy said".

    The possessor of the subject outranks a state named later in the subject's complement (a
    salience order after Lappin & Leass 1994, where the subject's head is the most salient phrase).

    Args:
        ix: the document index.
        its: the possessive pronoun token.

    Returns:
        The state's mention, or None.
    """
    sent = ix.sent_at[its.i]
    if sent is None:
        return None
    for ent in ix.ents_in(sent.start, its.i):
        root = ent.root
        if root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"} and root.head.i < its.i and \
                not any(c.dep_ == "appos" for c in root.head.children):  # ("X's neighbour, Y, ...": Y is meant)
            m = ix.country_mention(root, allow_demonym=False)
            if m is not None and m.label == "COUNTRY":
                return m
    return None


def _sole_body_before(ix: _Index, its) -> Mention | None:
    """The one organisation named in the sentence before "its" when nothing else there could own a post.

    "The hall belongs to the X Library System, which serves three counties. Its director, Y, ...": the
    body is no subject, but it is the only organisation (and no state or person) in reach.

    Args:
        ix: the document index.
        its: the possessive pronoun token.

    Returns:
        The organisation's mention, or None when the previous sentence names none or several candidates.
    """
    no = ix.sent_no(its.i)
    if no <= 0 or no > len(ix.sents):
        return None
    sent = ix.sents[no - 1]
    here = [e for e in ix.ents if ix.sents[no].start <= e.start < its.i] if no < len(ix.sents) else []
    if any(e.label_ in {"ORG", "COUNTRY", "GPE", "PERSON", "TERRITORY"} for e in here):
        return None
    ents = [e for e in ix.ents if sent.start <= e.start < sent.end and e.label_ not in {
        "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}]
    orgs = [e for e in ents if e.label_ == "ORG"]
    if len(orgs) != 1 or any(e.label_ in {"COUNTRY", "TERRITORY", "PERSON", "NORP"} for e in ents) or \
            any(s < sent.end and e > sent.start for s, e in ix.persons):
        return None
    return ix.ent_mention(orgs[0])


def _field_run(ix: _Index, run: list) -> bool:
    """A subject field after "in": proper modifiers then a lower-case noun ("Pacific politics",
    "Balkan history", "Middle East studies"), with no organisation word."""
    toks = [t for t in run if not _is_space(t) and t.pos_ != "DET" and not t.is_punct]
    if len(toks) < 2 or any(t.lower_ in ORG_WORDS for t in toks):
        return False
    last = toks[-1]
    if last.text[:1].isupper() or last.pos_ != "NOUN":
        return False
    caps = [t for t in toks[:-1] if t.text[:1].isupper()]
    return bool(caps) and all(t.text[:1].isupper() or t.pos_ in {"ADJ", "NOUN", "CCONJ"} for t in toks[:-1])


def _embeds_other_name(ix: _Index, m: Mention | None) -> bool:
    """True when a built organisation span is mostly a gazetteer name of another kind.

    The entity resolver matches an overlapping mention to a name that covers at least
    half of it, so "Free Georgia" (a party) would be merged with Georgia: such an
    organisation goes by name only.  "University of Tartu" is mostly its own words and
    stays a real mention.
    """
    if m is None or m.kb_id:
        return False
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    for ent in ix.ents_in(span.start, span.end):
        if ent.ent_id_ and (ent.start_char, ent.end_char) != (m.start, m.end) and ent.label_ != "ORG":
            overlap = min(ent.end_char, m.end) - max(ent.start_char, m.start)
            if 2 * overlap >= m.end - m.start:
                return True
    return False


def _head_kind_text(text: str) -> str | None:
    words = text.lower().split()
    if words and (words[-1] in OFFICE_TITLES or words[-1] in OCCUPATION_TITLES):
        return "title"
    return None


# --------------------------------------------------------------------------- phrase scanners

def _after_phrase(ix: _Index, i: int, limit: int) -> list:
    """Tokens of an appositive / predicate phrase starting at token ``i``.

    Stops at a clause boundary (comma, dash, bracket, a finite verb, a relative
    pronoun) but lets a comma through inside a coordinated name
    ("Center for Army, Conversion, and Disarmament Studies").
    """
    doc = ix.doc
    out: list = []
    k = i
    while k < limit and len(out) < 30:
        t = doc[k]
        if "\n\n" in t.text_with_ws and out:
            out.append(t)
            break
        if t.text == "(" and out and k + 2 < limit and doc[k + 2].text == ")" and doc[k + 1].text.isupper() \
                and len(doc[k + 1].text) <= 8 and out[-1].text[:1].isupper():
            k += 3  # "the Institute of International Affairs (FIIA) in Helsinki": an acronym aside
            continue
        if t.text in STOP_PUNCT:
            inner = ix.ent_at[k - 1] if k > 0 else None
            if t.text == "," and out and k + 1 < limit and inner is not None and inner.start <= k < inner.end - 1:
                out.append(t)  # a comma inside one name: "the Institute of A, B and C"
                k += 1
                continue
            if t.text == "," and out and k + 1 < limit:
                nxt = doc[k + 1]
                nxt2 = doc[k + 2] if k + 2 < limit else None
                cand = nxt2 if nxt.lower_ in {"and", "&"} and nxt2 is not None else nxt
                prev = doc[k - 1]
                run_end = cand.i
                while run_end + 1 < limit and doc[run_end + 1].text[:1].isupper():
                    run_end += 1
                # "A, governor of X, and B, the city's police chief": a second name with its own appositive
                own_appositive = nxt.lower_ in {"and", "&"} and run_end + 2 < limit and \
                    doc[run_end + 1].text == "," and doc[run_end + 2].lower_ in {"the", "a", "an"}
                if prev.text[:1].isupper() and cand.text[:1].isupper() and cand.pos_ == "PROPN" and \
                        cand.i not in ix.person_at and not own_appositive and \
                        any(u.lower_ in {"for", "of"} and u.i > i for u in out) and cand.dep_ in {"conj", "pobj",
                                                                                              "compound", "appos"}:
                    out.append(t)
                    k += 1
                    continue
            break
        if _is_space(t):
            if "\n" in t.text and out:
                break
            k += 1
            continue
        if t.lower_ in REL_PRONOUNS and t.tag_ in {"WDT", "WP", "WP$"}:
            break
        date = ix.ent_at[k]
        if out and date is not None and date.label_ in {"DATE", "TIME"} and date.start == k and \
                out[-1].pos_ in {"NOUN", "PROPN"} and t.pos_ in {"ADJ", "DET", "NOUN"}:
            break  # "named foreign minister last year": a time adverbial ends the phrase
        if t.pos_ in {"VERB", "AUX"}:
            hyphen_based = k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_
            # "the Banco Central do Brasil": a lower-case link between capitalised name words is no verb
            name_link = t.lower_ in ROMANCE_NAME_LINKS and out and out[-1].text[:1].isupper() and k + 1 < limit and \
                doc[k + 1].text[:1].isupper()
            if not (hyphen_based or name_link or t.dep_ in {"amod", "compound"} or (
                    t.tag_ in {"VBG", "VBN"} and k + 1 < limit and doc[k + 1].text[:1].isupper()
                    and t.dep_ not in {"ROOT", "relcl", "acl", "advcl", "ccomp", "conj"})):
                break
        out.append(t)
        k += 1
    return out


def _portfolio_list_before(ix: _Index, phrase: list, floor: int) -> list:
    """A reverse appositive's phrase taken back over a comma-listed portfolio.

    "The Minister of Foreign Affairs, Trade and External Cooperation, Name,":
    the phrase before the name's comma is only the tail of the list
    ("Trade and External Cooperation"); when it is all capitalised words
    and "and", and the phrase before its comma is a minister "of" a
    capitalised portfolio, that phrase ("The Minister of Foreign Affairs")
    holds the title.

    Args:
        ix: the document index.
        phrase: the tokens before the name's comma.
        floor: the sentence start.

    Returns:
        The phrase that holds the title, or ``phrase`` unchanged.
    """
    doc = ix.doc
    if phrase and any(t.lower_ in {"and", "&"} for t in phrase) and all(
            t.lower_ in {"and", "&"} or t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in phrase):
        return _lower_portfolio_list_before(ix, phrase, floor)
    if not phrase or not all(_is_cap(t) or t.lower_ in {"and", "&"} for t in phrase):
        return phrase
    lo = phrase[0].i
    for _ in range(6):  # "Minister of Energy, Mines, Water and Transport": back over each listed portfolio
        if lo - 2 < floor or doc[lo - 1].text != ",":
            return phrase
        head = _before_phrase(ix, lo - 2, floor)
        if not head:
            return phrase
        of = next((t for t in head if t.lower_ == "of"), None)
        if of is not None and of.i > 0 and doc[of.i - 1].lower_ in PORTFOLIO_HEADS and _is_cap(head[-1]):
            return head
        if of is not None or len(head) > 3 or not all(_is_cap(t) for t in head) or \
                any(ix.person_at.get(t.i) is not None or ix.ent_at[t.i] is not None and
                    ix.ent_at[t.i].label_ in {"GPE", "COUNTRY", "PLACE", "PERSON"} for t in head):
            return phrase  # (a list of places or people is no portfolio list)
        lo = head[0].i
    return phrase


#: heads of an office a list of lower-case portfolios follows: a minister's, and a regional or city
#: government's "councillor for roads, water and housing" (English for the Spanish "consejero", the
#: Italian "assessore")
LIST_PORTFOLIO_HEADS = PORTFOLIO_HEADS | frozenset({"councillor", "councilor"})


def _lower_portfolio_list_before(ix: _Index, phrase: list, floor: int) -> list:
    """The phrase of an office whose lower-case portfolios are listed with commas before the name.

    "Its commissioner for roads, water and housing, Name,": the phrase before the name's comma is
    only the list's tail ("water and housing"); the list is walked back over its one- or two-word
    items to "commissioner for roads", which holds the title when a portfolio head stands before
    "for"/"of". (A common way of naming a multi-portfolio office in news writing.)

    Args:
        ix: the document index.
        phrase: the lower-case tail of the list with its "and".
        floor: the sentence start.

    Returns:
        The phrase that holds the title, or ``phrase`` unchanged.
    """
    doc = ix.doc
    lo = phrase[0].i
    for _ in range(6):
        if lo - 2 < floor or doc[lo - 1].text != ",":
            return phrase
        k = lo - 2
        while k >= floor and k > lo - 4 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}:
            k -= 1
        if k == lo - 2:
            return phrase
        if k >= floor + 1 and doc[k].lower_ in {"for", "of"} and doc[k - 1].lower_ in LIST_PORTFOLIO_HEADS:
            return _before_phrase(ix, lo - 2, floor)
        if k < floor or doc[k].text != ",":
            return phrase
        lo = k + 1
    return phrase


def _before_phrase(ix: _Index, j: int, floor: int) -> list:
    """Tokens of a noun phrase ending at token ``j`` (inclusive), scanning left."""
    doc = ix.doc
    out: list = []
    k = j
    while k >= floor and len(out) < 25:
        t = doc[k]
        if _acronym_aside_ending(doc, k, floor):
            k -= 3  # "the secretary-general of the Organisation of Islamic Cooperation (OIC), Name"
            continue
        if t.text in STOP_PUNCT or _is_space(t):
            break
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} and not (
                k > 0 and doc[k - 1].text == "-"):
            break
        if t.pos_ in {"SCONJ"} or (t.pos_ == "PRON" and t.tag_ not in {"PRP$", "WP$"}):
            break
        if t.tag_ == "WP$":
            out.append(t)  # "X, whose wife, Y,": the phrase starts at "whose"
            break
        if t.pos_ == "CCONJ" and out and (out[-1].pos_ == "DET" or out[-1].tag_ == "PRP$"):
            break  # "X and her husband, Y": the phrase starts after the conjunction
        out.append(t)
        k -= 1
    out.reverse()
    while out and (out[0].pos_ in {"CCONJ", "ADV"} or out[0].lower_ in {"and", "but", "so", "then"}):
        out.pop(0)
    cut = max((x for x, t in enumerate(out) if t.lower_ in {"with", "by", "between", "among", "like", "including"}
               and t.pos_ == "ADP" and any(_title_head_ok(u) or u.lower_ in SPOUSE_NOUNS for u in out[x + 1:])),
              default=None)  # ("Chile's chief negotiator with the EU, Name": no title after "with")
    post = next((x for x in range(len(out) - 2, 0, -1) if out[x].lower_ in {"in", "on", "at"}
                 and _title_head_ok(out[x - 1]) and all(t.is_lower and t.pos_ in {"DET", "ADJ", "NOUN", "PROPN"}
                                                        for t in out[x + 1:])), None)
    if post is not None and ix.person_at.get(j + 2) is not None:
        out = out[:post]  # "Ruritania's consul on the island, Name": the post's setting is no part of the title
    elif cut is None and out and (out[-1].lower_ in PLACE_NOUNS or out[-1].lemma_.lower() in PLACE_NOUNS):
        # "Members of the Assembly in the Mauritian capital, Port Louis": the place phrase only
        cut = max((x for x, t in enumerate(out[:-1]) if t.pos_ == "ADP" and t.lower_ != "of"
                   and x + 1 < len(out) and (out[x + 1].pos_ == "DET" or out[x + 1].tag_ == "PRP$")), default=None)
    if cut is not None:
        out = out[cut:]  # "a call with the Turkish president, Name": the last noun phrase
    fresh = max((x for x, t in enumerate(out) if x > 0 and t.lower_ in {"the", "a", "an"}
                 and out[x - 1].pos_ in {"NOUN", "PROPN", "NUM"}), default=None)
    if fresh is not None:
        out = out[fresh:]  # "On Monday the foreign minister, Name": an article opens a new noun phrase
    if out and out[0].pos_ == "ADP":
        # "in the Croatian capital, Zagreb": the noun phrase is the object of the preposition
        # "by Varnby Council's provost, Name": an owner's possessive opens the object too
        if len(out) < 2 or out[1].pos_ not in {"DET"} and out[1].tag_ != "PRP$" and not (
                out[1].pos_ == "PROPN" and any(t.tag_ == "POS" for t in out[2:])):
            return []
        out.pop(0)
    return out


def _acronym_aside_ending(doc, k: int, floor: int) -> bool:
    """Token ``k`` closes a bracketed acronym after a name: "... Cooperation (OIC)".

    A short form pronounced as a word and written in title case ("Bakamla", "Basarnas": the Indonesian and Malay
    habit) counts after a body's name.

    Args:
        doc: the Doc.
        k: the index of the closing bracket.
        floor: the first index the scan may read.

    Returns:
        True when ``doc[k - 2:k + 1]`` is such an aside.
    """
    if not (k - 2 > floor and doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 3].text[:1].isupper()):
        return False
    short = doc[k - 1].text
    return len(short) <= 8 and short.isupper() or (
        len(short) <= 10 and short.isalpha() and short.istitle() and doc[k - 3].ent_type_ == "ORG")


# styles of address written between a title and a name in Malaysia and Brunei ("Prime Minister Datuk Seri
# Name", "Minister Dato Paduka Awang Haji Name"); general knowledge of those honorific systems
STYLE_WORDS = frozenset({"tun", "tan", "sri", "datuk", "dato", "datin", "seri", "setia", "paduka", "awang",
                         "dayang", "haji", "hajah", "pengiran", "tengku", "tunku", "amar", "patinggi", "wira"})
#: a seat in an upper house used as a style after an office title ("Health Minister Senator Dr Name"); the
#: office, not the seat, is the title phrase
STYLE_SEATS = frozenset({"senator", "sen"})


def _honorific_run_start(ix: _Index, k: int, floor: int) -> int:
    """Skip a run of capitalised styles of address ending at token ``k`` when a title stands before it.

    "Deputy Prime Minister Datuk Seri Name", "Minister of Health Dato Paduka Name",
    "Foreign Minister Dr Sir Name": the styles are no part of the title phrase.

    Args:
        ix: the document index.
        k: the last token before the name.
        floor: the first token of the sentence.

    Returns:
        The index of the title's last word, or ``k`` unchanged when no styled title is there.
    """
    doc = ix.doc
    j = k
    while j > floor and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".'’") in STYLE_WORDS | HONORIFICS | \
            STYLE_SEATS:
        j -= 1
    if j == k or j < floor or not doc[j].text[:1].isupper():
        return k
    low = doc[j].lower_
    if low in OFFICE_TITLES | OCCUPATION_TITLES or low in PORTFOLIO_WORDS or (
            low.endswith(PORTFOLIO_SUFFIXES) and
            any(doc[x].lower_ in PORTFOLIO_HEADS for x in range(max(floor, j - 6), j))):
        return j
    return k


def _of_portfolio_and(ix: _Index, k: int, floor: int, out: list) -> bool:
    """Whether the "and" at ``k`` joins a Title-Case portfolio after "Minister of" / "Secretary for".

    A ministry with two remits is written "Minister of A and B" before the name
    ("Minister of Rural Roads and Mobility Name"); the words between the
    preposition and the name must read as one portfolio (:func:`_portfolio_run`).

    Args:
        ix: the document index.
        k: the index of the "and".
        floor: the first token the phrase may reach.
        out: the words already read right of ``k`` (nearest the name first).

    Returns:
        True when capitalised words left of ``k`` reach "of"/"for" after a portfolio head.
    """
    doc = ix.doc
    if not all(_is_cap(x) for x in out) or len(out) > 3:
        return False
    j = k - 1
    while j > floor and k - j <= 4 and _is_cap(doc[j]) and doc[j].lower_ not in PORTFOLIO_HEADS:
        j -= 1
    if j == k - 1 or j <= floor or doc[j].lower_ not in {"of", "for"} or doc[j - 1].lower_ not in PORTFOLIO_HEADS:
        return False
    return _portfolio_run(ix, list(doc[j + 1:max(x.i for x in out) + 1]))


def _of_portfolio_and_the(ix: _Index, k: int, floor: int, out: list) -> bool:
    """Whether "and the" at ``k`` joins a second remit to a Title-Case portfolio after "Minister of".

    English news writing gives a minister's full style before the name, the second remit with an article:
    "Minister of Trade and the Diaspora Abroad Name". The words after "the" are at most four
    capitalised words naming no state, place or person; the words between the preposition and "and" read
    as one portfolio (:func:`_portfolio_run`).

    Args:
        ix: the document index.
        k: the index of the "and" (the "the" follows it).
        floor: the first token the phrase may reach.
        out: the words already read right of the "the" (nearest the name first).

    Returns:
        True when the shape holds.
    """
    doc = ix.doc
    if not out or len(out) > 4 or not all(_is_cap(x) and x.is_alpha for x in out):
        return False
    for x in out:
        ent = ix.ent_at[x.i]
        if ix.person_at.get(x.i) is not None or ent is not None and ent.label_ in {"COUNTRY", "TERRITORY", "GPE"}:
            return False
    j = k - 1
    while j > floor and k - j <= 4 and _is_cap(doc[j]) and doc[j].lower_ not in PORTFOLIO_HEADS:
        j -= 1
    if j == k - 1 or j <= floor or doc[j].lower_ not in {"of", "for"} or doc[j - 1].lower_ not in PORTFOLIO_HEADS \
            or not _is_cap(doc[j - 1]):
        return False
    return _portfolio_run(ix, list(doc[j + 1:k]))


def _capital_host(ix: _Index, tok) -> bool:
    """Whether ``tok`` is a one-name capital that stands for its state ("ambassador to Paris").

    Heuristic from diplomatic news style, which names a posting by the host's capital.

    Args:
        ix: the document index.
        tok: the last token after "to".

    Returns:
        True when the entity at ``tok`` is a gazetteer capital (or seat of power) as a whole.
    """
    ent = ix.ent_at[tok.i]
    return ent is not None and ent.end == tok.i + 1 and fold(ent.text) in ix.gaz.capitals


#: heads of a post named by a bare "of"-noun before the name: "head of school Name", "chief of staff Name"
BARE_OF_TITLE_HEADS = frozenset({"head", "chief", "director"})


def _ordinal_rank_end(doc, k: int) -> bool:
    """Whether token ``k`` ends a naval rank written with an ordinal ("Captain 2nd Rank", "Captain First Rank").

    Navies of the former Soviet states grade captains by rank number; the three words stand between a
    title and the name and are no part of either.

    Args:
        doc: the Doc.
        k: the index of the word "Rank".

    Returns:
        True when ``doc[k - 2:k + 1]`` reads capitalised rank word, ordinal, "Rank".
    """
    return k >= 2 and doc[k].text == "Rank" and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha and \
        re.fullmatch(r"\d+(st|nd|rd|th)|first|second|third", doc[k - 1].lower_) is not None


def _premod_phrase(ix: _Index, start: int, floor: int) -> list:
    """Tokens directly before a name that modify it ("Russia's chief prosecutor")."""
    doc = ix.doc
    out: list = []
    second = 0  # the length of ``out`` once a second remit "and the B" is read ("Minister of A and the B Name")
    k = start - 1
    while k > floor and doc[k].text.endswith(".") and len(doc[k]) > 2 and doc[k].lower_ in ix.lead_words and \
            not _title_head_ok(doc[k]):
        k -= 1  # "Army spokesman Brig. Gen. Name": ranks between the title and the name
    if k - 2 > floor and _ordinal_rank_end(doc, k):
        k -= 3  # "Navy spokesman Captain 2nd Rank Name": a naval rank between the title and the name
    styled = _honorific_run_start(ix, k, floor)
    if styled == k and k > floor and doc[k].lower_ in HONORIFICS and \
            doc[k - 1].lower_ in OFFICE_TITLES | OCCUPATION_TITLES:
        k -= 1  # "Foreign Minister Dr Name", "Health Secretary Sir Name": an honorific before the name
    else:
        k = styled
    while k >= floor and len(out) < 12:
        t = doc[k]
        if _is_space(t):
            break
        if _acronym_aside_ending(doc, k, floor) and out:
            out.append(doc[k - 1])  # "Ministry of External Affairs (MEA) spokesperson Name": the acronym
            break
        if t.is_punct and t.text not in {"-", "‐"} and not (
                t.text in {"'", "’"} and t.tag_ == "POS" and out and k > floor and
                doc[k - 1].lower_.endswith("s") and not doc[k - 1].whitespace_):
            break  # (a bare apostrophe after "-s" is a plural owner's: "Varnek Holdings' chairman Name")
        if t.pos_ in {"VERB", "AUX"} and not (t.dep_ in {"amod", "compound"} or (
                k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_)):
            break
        if t.lower_ in {"for", "of"} and out and k > floor and doc[k - 1].lower_ in PORTFOLIO_HEADS and (
                _portfolio_run(ix, list(reversed(out))) or 0 < second < len(out) and
                _portfolio_run(ix, list(reversed(out[second:])))):
            # "Deputy Prime Minister for Reintegration Name", "Minister of Foreign Affairs Name": the portfolio
            out.append(t)
            k -= 1
            continue
        if t.lower_ == "for" and out and k - 2 > floor and doc[k - 1].text == "State" and \
                doc[k - 2].lower_ == "of" and doc[k - 3].lower_ in STATE_RANK_HEADS and _is_cap(doc[k - 3]) and \
                _portfolio_run(ix, list(reversed(out))):
            # "Minister of State for Mines Name": the rank, then its portfolio (as after the name)
            out.extend([t, doc[k - 1], doc[k - 2]])
            k -= 3
            continue
        if t.lower_ == "of" and len(out) == 1 and out[0].text == "State" and k > floor and \
                doc[k - 1].lower_ in STATE_RANK_HEADS and _is_cap(doc[k - 1]):
            out.append(t)  # "Secretary of State Name", "Minister of State Name": a rank, not a portfolio
            k -= 1
            continue
        if t.lower_ == "of" and out and k > floor and doc[k - 1].lower_ in OF_BODY_HEADS and _is_cap(doc[k - 1]) and \
                all(_is_cap(x) for x in out[1:]) and len(out) >= 2:
            out.append(t)  # "Council of Ministers spokesman Name": a body's "of"-name left untagged
            k -= 1
            continue
        place = ix.ent_at[out[-1].i] if t.lower_ == "of" and out and k > floor else None
        if place is not None and place.label_ in {"PLACE", "GPE", "COUNTRY", "TERRITORY", "LOC"} and \
                place.start == out[-1].i and place.end - 1 == out[0].i and \
                doc[k - 1].lower_ in OFFICE_TITLES | LOCAL_OFFICE_HEADS and _head_kind(doc[k - 1]) == "title":
            out.append(t)  # "(then-)Governor of X Name", "Regent of X Name": a post named by its place
            k -= 1
            continue
        if t.lower_ == "of" and len(out) == 1 and k > floor and doc[k - 1].lower_ in BARE_OF_TITLE_HEADS and \
                out[0].pos_ == "NOUN" and ix.ent_at[out[0].i] is None:
            out.append(t)  # "head of school Name", "chief of staff Name": a post named by a bare "of"-noun
            k -= 1
            continue
        if t.lower_ == "of" and out and k > floor and doc[k - 1].lower_ == "university" and _is_cap(doc[k - 1]) and \
                _is_cap(out[-1]) and len(out) >= 2:
            out.append(t)  # "University of Varn history lecturer Name": the university's "of"-name
            k -= 1
            continue
        if t.lower_ in {"and", "&"} and out and out[0].lower_ in PORTFOLIO_HEADS and k > floor and \
                _is_cap(doc[k - 1]) and all(_is_cap(x) for x in out[1:]) and len(out) >= 2:
            out.append(t)  # "Lands and Natural Resources CS Name": a portfolio with "and"
            k -= 1
            continue
        if t.lower_ == "the" and out and k - 1 > floor and doc[k - 1].lower_ in {"and", "&"} and \
                _of_portfolio_and_the(ix, k - 1, floor, out):
            out.extend([t, doc[k - 1]])  # "Minister of Trade and the Diaspora Abroad Name": a second remit
            second = len(out)
            k -= 2
            continue
        if t.lower_ == "and" and len(out) >= 3 and k > floor and out[-1].lower_ in PORTFOLIO_HEADS and \
                _is_cap(out[-1]) and out[-2].lower_ in {"of", "for"} and doc[k - 1].lower_ in OFFICE_TITLES and \
                _is_cap(doc[k - 1]):
            out.append(t)  # "Vice-President and Minister of Trade Name": two posts, one holder
            k -= 1
            continue
        if t.lower_ in {"and", "&"} and out and k > floor and _of_portfolio_and(ix, k, floor, out):
            out.append(t)  # "Minister of Land Administration and Mobility Name": an "of"-portfolio with "and"
            k -= 1
            continue
        if t.lower_ in {"and", "&"} and out and out[0].lower_ in PORTFOLIO_HEADS and k > floor and \
                1 < len(out) <= 3 and all(x.is_lower and x.pos_ in {"NOUN", "ADJ"} for x in out[1:]) and \
                doc[k - 1].pos_ in {"NOUN", "ADJ", "PROPN"} and ix.ent_at[k - 1] is None and \
                ix.person_at.get(k - 1) is None:
            out.append(t)  # "finance and planning minister Name": two lower-case portfolios of one minister
            k -= 1
            continue
        if t.lower_ == "on" and out and k > floor and doc[k - 1].lower_ in SPOKES_WORDS and len(out) <= 3 and \
                out[-1].is_lower and out[0].pos_ == "NOUN" and \
                all(x.is_alpha and x.is_lower and x.pos_ in {"NOUN", "ADJ"} and ix.ent_at[x.i] is None for x in out):
            out.append(t)  # "Opposition spokesman on defence Name": a shadow portfolio in lower case
            k -= 1
            continue
        if t.lower_ == "to" and out and k > floor and doc[k - 1].lower_ in POSTING_TITLES and \
                ix.ent_at[out[-1].i] is not None and (ix.ent_at[out[-1].i].label_ in {"COUNTRY", "GPE"} or
                                                      _capital_host(ix, out[-1])):
            out.append(t)  # "Ambassador to Chile Name", "ex-envoy to the Netherlands Name", "envoy to Paris Name"
            k -= 1
            continue
        if t.pos_ in {"ADP", "CCONJ", "SCONJ", "ADV", "PART"} and t.tag_ != "POS":
            if not _hyphen_neighbour(t):
                break
        if t.pos_ == "PRON" and t.tag_ != "PRP$":
            break
        if t.lower_ == "the" and k - 2 >= floor and doc[k - 1].lower_ == "to" and \
                doc[k - 2].lower_ in POSTING_TITLES and ix.ent_at[k + 1] is not None:
            out.append(t)  # "... to the Netherlands Name": the article inside the host's name
            k -= 1
            continue
        if ix.person_at.get(k) is not None and doc[k + 1].tag_ != "POS" and k + 1 != start:
            break
        if t.ent_type_ in {"DATE", "TIME"}:
            break  # "On Thursday evening Kalymnos Mayor X": the time is no part of the title
        out.append(t)
        if t.pos_ == "DET" or t.tag_ == "PRP$":
            break
        k -= 1
    out.reverse()
    return out


@dataclass
class _Fact:
    kind: str
    anchor: Mention
    info: _TitleInfo
    tok: object  # a token of the sentence


def _anchors(ix: _Index) -> list[tuple[int, int, str]]:
    """Name spans that appositive phrases may describe: persons, countries, places."""
    out = [(s, e, "place" if _area_apposed(ix.doc, e) else "person") for s, e in ix.persons]
    for s, e in ix._name_runs():
        if s not in ix.person_at and ix._place_apposed(s, e) and not any(
                ix.ent_at[k] is not None and ix.ent_at[k].label_ in {"COUNTRY", "TERRITORY", "PLACE", "GPE"}
                for k in range(s, e)):
            out.append((s, e, "place"))  # "Nemuro, a fishing city on ...", whatever the tagger said
            continue
        if s in ix.person_at or any(ix.ent_at[k] is not None and ix.ent_at[k].label_ not in {"GPE", "LOC", "FAC"}
                                    for k in range(s, e)):
            continue
        if e < len(ix.doc) and ix.doc[e].text == "," and ix.ent_at[s] is None:
            out.append((s, e, "place"))
    for ent in ix.ents:
        if ent.start in ix.person_at:
            continue
        if ent.label_ in {"COUNTRY"}:
            out.append((ent.start, ent.end, "country"))
        elif ent.label_ == "TERRITORY":
            out.append((ent.start, ent.end, "place"))  # "Bougainville, an autonomous region of X"
        elif ent.label_ in {"PLACE", "GPE"}:
            entry = ix.gaz.lookup(ent.text)
            if entry is not None and entry.cls == "Country":
                out.append((ent.start, ent.end, "country"))
            elif entry is None or entry.cls == "Place":
                end = ent.end
                if end < len(ix.doc) and ix.doc[end].lower_ in SUBDIVISION_WORDS and ix.doc[end].text[:1].isupper() \
                        and ix.ent_at[end] is None:
                    end += 1  # "Okinawa" + "Prefecture"
                out.append((ent.start, end, "place"))
        elif ent.label_ == "LOC" and ent[-1].lower_ in SUBDIVISION_WORDS | {"islet", "islets", "atoll"}:
            out.append((ent.start, ent.end, "place"))  # "X Island, the largest of the Y Islands"
        elif ent.label_ == "LOC" and ent.end + 1 < len(ix.doc) and ix.doc[ent.end].text == "," and \
                ix.doc[ent.end + 1].lower_ == "in":
            out.append((ent.start, ent.end, "place"))  # "In X, in the heart of Y City,": a district
    return sorted(out)


def _title_of_next_person(ix: _Index, phrase: list, sent) -> bool:
    """Whether an appositive phrase is the title of the name after it, not of the name before it.

    "X, Ruritania's consul on the island, Vesna Lind, said": a phrase after a
    name that a comma and a second name close, which a comma or the verb then
    closes, introduces the second name (its "Title, Name," apposition), as in
    CoreNLP's appositive annotator, which pairs an appositive with one head only.

    Args:
        ix: the document index.
        phrase: the phrase's tokens.
        sent: the sentence span.

    Returns:
        True when a possessive or title-headed phrase is followed by ", Name,".
    """
    doc = ix.doc
    j = phrase[-1].i + 1
    if j + 2 >= sent.end or doc[j].text != ",":
        return False
    span = ix.person_at.get(j + 1)
    if span is None or span[0] != j + 1 or span[1] >= sent.end or doc[span[1]].text not in {",", ".", ";"}:
        return False
    return any(t.tag_ == "POS" for t in phrase)


def _phrase_facts(ix: _Index) -> list[_Fact]:
    """Every title / spouse / member / place reading around every name (cached)."""
    if ix.phrase_facts is not None:
        return ix.phrase_facts
    facts: list[_Fact] = []
    doc = ix.doc
    for s, e, kind in _anchors(ix):
        try:
            facts.extend(_facts_for_anchor(ix, s, e, kind))
        except Exception as exc:  # keep the extractor total on odd parses
            log.debug("phrase facts failed at %s: %s", doc[s:e].text, exc)
    ix.phrase_facts = facts
    return facts


def _unlabelled_body_at(ix: _Index, k: int, end: int) -> Mention | None:
    """A Title-Case body name that the NER missed, starting at token ``k``: "the Varn High Court".

    Heuristic (news apposition "Title Name of the X Court"): the capitalised run must end in a body
    word (court, university, council, institute ...), so a run of given names or places is no body.

    Args:
        ix: the document index.
        k: the run's first token (after "of" and its article).
        end: the end of the sentence.

    Returns:
        The body's mention, or None when no such run starts at ``k``.
    """
    doc = ix.doc
    j = k
    while j < end and j - k < 6 and ix.ent_at[j] is None and (_is_cap(doc[j]) or doc[j].lower_ in {"of", "and"} and (
            j > k and j + 1 < end and _is_cap(doc[j + 1]))):
        j += 1
    if j - k < 2 or doc[j - 1].lower_ not in ORG_WORDS or not _is_cap(doc[j - 1]) or \
            (j < end and (doc[j].tag_ == "POS" or _is_cap(doc[j]))):
        return None
    return _org_from_run(ix, list(doc[k:j]))[0]


def _facts_for_anchor(ix: _Index, s: int, e: int, kind: str) -> list[_Fact]:
    doc = ix.doc
    sent = ix.sent_at[s]
    if sent is None:
        return []
    if kind == "person":
        anchor = ix.mention(s, e, "PERSON")
    else:
        ent = ix.ent_at[s]
        anchor = ix.ent_mention(ent) if ent is not None else ix.mention(s, e, "GPE", "")
        if ent is not None and e > ent.end:
            anchor = _place_mention(ix, doc[s])  # the name with its subdivision word
        if anchor is not None and kind == "country" and anchor.label not in {"COUNTRY", "TERRITORY"}:
            anchor = Mention(anchor.article, anchor.start, anchor.end, anchor.text, "COUNTRY", anchor.kb_id)
    if anchor is None:
        return []
    out: list[_Fact] = []

    def add(tokens, where):
        for info in _analyse_phrase(ix, tokens, kind):
            if info.possessor is not None and info.possessor.i in range(s, e):
                continue
            out.append(_Fact(info.kind, anchor, info, doc[s]))

    # 1. premodifier: "Ruritania's chief prosecutor Anna Berg", "NATO member Turkey"
    pre = _premod_phrase(ix, s, sent.start)
    if pre:
        n_before = len(out)
        add(pre, "pre")
        # "President Elena Varga of Slovakia": the organisation follows the name
        if e + 1 < sent.end and doc[e].lower_ == "of":
            k = e + 1
            while k < sent.end and doc[k].pos_ == "DET":
                k += 1
            if k < sent.end:
                ent = ix.ent_at[k]
                om = ix.country_mention(doc[k], allow_demonym=False, allow_capital=False)
                if om is None and ent is not None and ent.label_ == "ORG":
                    om = ix.ent_mention(ent)
                if om is None and ent is not None and ent.label_ in {"GPE", "PLACE", "LOC"}:
                    om = _place_mention(ix, doc[k])  # "Mayor Name of Varn", "Chief Name of Tolsa Chiefdom"
                if om is None and ent is None:
                    om = _unlabelled_body_at(ix, k, sent.end)  # "Judge Name of the Varn High Court"
                if om is not None:
                    for f in out[n_before:]:
                        if f.kind == "title" and f.info.org is None:
                            f.info.org = om
    # 2. appositive after the name: "Name, the Kremlin spokesman"
    after_start = e
    if after_start + 2 < sent.end and doc[after_start].text == "," and doc[after_start + 1].like_num and \
            doc[after_start + 2].text == ",":
        after_start += 2  # "Name, 61, a former banker"
    if kind == "person" and after_start + 2 < sent.end and doc[after_start].text in SEAT_ABBREVIATIONS and \
            doc[after_start + 1].text == ",":
        after_start += 1  # "Name MP, the shadow health secretary": the seat letters, then the appositive
    close = next((x for x in range(after_start + 1, min(sent.end, after_start + 7)) if doc[x].text == ")"), None) \
        if kind == "person" and after_start < sent.end and doc[after_start].text == "(" else None
    if close is not None and close + 2 < sent.end and doc[close + 1].text == ",":
        # "Name (Labour), the MP for Y": the bracket read on its own, then the appositive after it
        add(_after_phrase(ix, after_start + 1, close), "after")
        after_start = close + 1
    likes: list[Mention] = []
    if after_start < sent.end and doc[after_start].text in {",", "(", "–", "—"}:
        phrase = _after_phrase(ix, after_start + 1, sent.end)
        if phrase and kind == "country" and phrase[0].lower_ == "like":
            # "Uruguay, like Argentina a member of Mercosur,": both are members
            q = 1
            while q < len(phrase):
                m = ix.country_mention(phrase[q], allow_demonym=False, allow_capital=False)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                    likes.append(m)
                    ent = ix.ent_at[phrase[q].i]
                    q += max(1, ent.end - phrase[q].i) if ent is not None else 1
                elif phrase[q].lower_ in {"and", ","}:
                    q += 1
                else:
                    break
            phrase = phrase[q:] if likes else phrase
            if likes and s > sent.start and doc[s - 1].lower_ == "and":
                likes += _country_list_before(ix, s, sent.start)  # "A and B, like C members of Y,"
        part_of = _partitive_place(ix, phrase) if phrase and kind == "place" else None
        if part_of is None and kind == "place" and len(phrase) > 3 and phrase[0].lower_ == "one" and \
                phrase[1].lower_ == "of":
            phrase = phrase[2:]  # "X, one of the fastest-growing cities in Y,": a city in Y
        if part_of is not None:
            # "Uotsuri Island, the largest of the Senkaku Islands,": one of a group of places
            out.append(_Fact("place", anchor, _TitleInfo(kind="place", head=phrase[0], country=part_of), doc[s]))
        elif phrase and kind == "place" and (phrase[0].lower_ == "in" or (
                len(phrase) > 1 and phrase[0].lower_ in {"also", "too", "likewise"} and phrase[1].lower_ == "in")):
            phrase = phrase[1:] if phrase[0].lower_ != "in" else phrase  # "Y, also in Z County,"
            for t in phrase[1:]:
                cm = ix.country_mention(t, allow_demonym=False, allow_capital=False)
                if cm is None and _area_words_only(phrase[1:], t):
                    cm = _place_container(ix, t)  # "X, in the heart of Y City", "in the northwest corner of Y"
                if cm is not None:
                    info = _TitleInfo(kind="place", head=t, country=cm)
                    out.append(_Fact("place", anchor, info, doc[s]))
                    break
        elif phrase and kind == "person" and _title_of_next_person(ix, phrase, sent):
            pass  # "X, Ruritania's consul on the island, Name,": the title is the next name's
        elif phrase and (phrase[0].pos_ not in {"ADP", "VERB", "AUX", "SCONJ", "PRON", "CCONJ"} or
                         phrase[0].tag_ == "PRP$" or phrase[0].pos_ == "VERB" and phrase[0].dep_ in {"amod", "compound"}
                         and phrase[0].head.i > phrase[0].i):  # ("managing director" with a verb-tagged modifier)
            # (", 58, and his wife, Y,": a coordinated person, not an appositive)
            n_before = len(out)
            add(phrase, "after")
            j = phrase[-1].i + 1
            body = ix.ent_at[j + 1] if doc[after_start].text == "(" and kind == "person" and j + 1 < sent.end and \
                doc[j].text == "," else None
            if body is not None and body.label_ == "ORG" and body.start == j + 1 and body.end < sent.end and \
                    doc[body.end].text == ")":
                om = ix.ent_mention(body)  # "Name (Director, X Institute)": a bracketed title, then its body
                for f in out[n_before:]:
                    if f.kind == "title" and f.info.org is None and not f.info.orgs and om is not None:
                        f.info.org = om
            if kind == "person" and any(a.lower_ == "the" and b.lower_ == "party" and c.tag_ == "POS"
                                        for a, b, c in zip(phrase, phrase[1:], phrase[2:])):
                # "A, ANC secretary-general, and B, the party's spokesperson": the last party the sentence named
                party = next((m for m in (ix.ent_mention(x) for x in reversed(ix.ents_in(sent.start, s)))
                              if _is_party(ix, m)), None)
                for f in out[n_before:]:
                    if f.kind == "title" and f.info.org is None and not f.info.orgs and party is not None:
                        f.info.org = party
            if kind == "person" and len(out) == n_before and j < sent.end and doc[j].text in {",", ".", ";"}:
                info = _unlisted_office_of_place(ix, phrase, j, opening=False)  # "Name, the Reeve of X,"
                if info is not None:
                    out.append(_Fact("title", anchor, info, doc[s]))
            second = None
            if kind == "person" and j + 3 < sent.end and doc[j].lower_ == "who" and \
                    doc[j + 1].lemma_ in {"serve", "work"} and doc[j + 2].lower_ == "as":
                second = j + 3  # "Name, a navy captain who served as a liaison officer with X,": the second post too
            elif kind == "person" and j + 2 < sent.end and doc[j].lower_ == "who" and doc[j + 1].lemma_ == "be" and \
                    doc[j + 1].tag_ in {"VBD", "VBZ"} and doc[j + 2].pos_ in {"PROPN", "DET", "PRON"}:
                second = j + 2  # "Name, a retired diplomat who was Ruritania's envoy to X,": the post named
            if second is not None:
                n_served = len(out)
                add(_after_phrase(ix, second, sent.end), "after")
                for f in out[n_served:]:
                    if f.kind == "title" and doc[j + 1].tag_ == "VBD":
                        f.info.former = True
            if kind == "country" and phrase[0].lower_ in {"both", "all"}:
                # "Greece and Turkey, both NATO members": every coordinated country
                likes = likes + _country_list_before(ix, s, sent.start)
            for other in likes:
                for f in out[n_before:]:
                    if f.kind == "member":
                        out.append(_Fact("member", other, f.info, f.tok))
    # 3. copula: "Name is a senior fellow at Y", "Name serves as ...", also after an
    #    appositive or relative clause: "Ramallah, the seat of ..., is in the West Bank"
    k = e
    past = served = left = False
    until = _until_before_verb(doc, k + 2, sent.end) if k + 2 < sent.end and doc[k].text == "," and \
        doc[k + 1].lower_ == "who" and kind == "person" else None
    if until is not None:
        k, past = until, True  # "Name, who until March was Y's foreign minister,": a post since left
    elif k + 2 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in {"which", "who"} and (
            doc[k + 2].lemma_ == "be" or (kind == "place" and doc[k + 2].lemma_ in PLACE_VERBS)):
        k += 2  # "Armenia, which is still a member of Y,", "X, which lies in Y,"
    elif kind == "person" and k + 3 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "who" and \
            _left_office_as(doc, k + 2, sent.end) is not None:
        k = _left_office_as(doc, k + 2, sent.end) - 1  # "Name, who stepped down as governor of Y in 2020,"
        past = served = left = True
    elif k + 3 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "who" and \
            doc[k + 2].lemma_ == "serve" and doc[k + 3].lower_ == "as" and kind == "person":
        k += 2  # "Name, who served as Y's ambassador to Z between 2012 and 2017,"
        past, served = doc[k].tag_ == "VBD", True
    elif k + 3 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "who" and \
            doc[k + 2].lemma_ == "become" and kind == "person":
        k += 2  # "Name, who became prime minister in 2018,": an office taken (and still held)
        served = True
    elif k + 3 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in {"which", "who"} and \
            doc[k + 2].lemma_ == "have" and doc[k + 3].lower_ == "been":
        k += 3  # "Name, who has been Ruritania's foreign minister since 2021,"
    elif k + 1 < sent.end and doc[k].text == "," and s > sent.start and doc[s - 1].text == "," and \
            doc[k + 1].lemma_ in COPULA_LEMMAS and doc[k + 1].pos_ in {"AUX", "VERB"}:
        k += 1  # "Her husband, Name, is station officer at Y": the name is the appositive
    elif k < sent.end and doc[k].text == ",":
        close = next((x for x in range(k + 1, min(sent.end, k + 25)) if doc[x].text == ","), None)
        if close is not None and close + 1 < sent.end and (doc[close + 1].lemma_ in COPULA_LEMMAS or (
                kind == "place" and doc[close + 1].lemma_ in PLACE_VERBS)):
            k = close + 1
    elif kind == "person" and k + 2 < sent.end and doc[k].lower_ in PAST_POST_ADVERBS and \
            doc[k + 1].lemma_ in {"be", "serve"} and doc[k + 1].tag_ == "VBD":
        k += 1  # "Name previously served as Y's ambassador": a post held before
        past, served = True, doc[k].lemma_ == "serve"
    lies = kind == "place" and k < sent.end and doc[k].lemma_ in PLACE_VERBS and doc[k].pos_ == "VERB"
    if k < sent.end and (doc[k].lemma_ in COPULA_LEMMAS or lies or left) and (doc[k].pos_ in {"AUX", "VERB"} or left):
        j = k + 1
        while j < sent.end and (doc[j].lemma_ in {"be", "also", "now", "currently", "still", "as", "been", "both",
                                                  "all", "located", "situated"}
                                or doc[j].lower_ in {"appointed", "named", "elected"}
                                or doc[j].pos_ == "ADV" and doc[j].lower_ not in {"not", "never", "n't"}):
            j += 1
        if kind == "person" and doc[k].tag_ == "VBD" and any(doc[x].lower_ in PAST_POST_ADVERBS
                                                             for x in range(k + 1, j)):
            past = True  # "Name, who was once a spokeswoman for Y,": a post held before
        negated = any(doc[x].lower_ in NEG_WORDS for x in range(k, min(j + 1, sent.end)))
        if not negated and kind == "place" and j < sent.end and (doc[j].lower_ in {"in", "inside", "within"} or (
                doc[k].lemma_ == "belong" and doc[j].lower_ == "to")):
            # "Ramallah ... is in the West Bank", "X lies in Y Prefecture"
            for t in doc[j + 1:min(sent.end, j + 6)]:
                ent = ix.ent_at[t.i]
                if ent is not None and ent.label_ == "COUNTRY" and ent.end < sent.end and \
                        doc[ent.end].lower_ in ISLAND_WORDS:
                    # "lies in the Comoros archipelago": the island group, not the state
                    cm = ix.mention(ent.start, ent.end + 1, "PLACE", "")
                    out.append(_Fact("place", anchor, _TitleInfo(kind="place", head=t, country=cm), doc[s]))
                    break
                cm = ix.country_mention(t, allow_demonym=False, allow_capital=False)
                if cm is None and t.text[:1].isupper() and ix.ent_at[t.i] is not None and \
                        ix.ent_at[t.i].label_ in {"PLACE", "GPE", "LOC"}:
                    cm = _place_mention(ix, t)
                tent = ix.ent_at[t.i]
                if cm is None and tent is not None and tent.label_ in {"FAC", "ORG"} and \
                        doc[tent.end - 1].lower_ in SUBDIVISION_WORDS and doc[tent.end - 1].text[:1].isupper():
                    cm = ix.mention(tent.start, tent.end, "PLACE", "")  # "in the Garden District" read as a site
                if cm is not None:
                    out.append(_Fact("place", anchor, _TitleInfo(kind="place", head=t, country=cm), doc[s]))
                    nxt = ix.ent_at[tent.end + 1] if tent is not None and tent.end + 1 < sent.end and \
                        doc[tent.end].lower_ == "in" else None
                    unit = nxt is not None and nxt.label_ in {"FAC", "ORG"} and len(nxt) == 2 and \
                        {nxt[0].lower_, nxt[-1].lower_} & SUBDIVISION_WORDS  # "County X" read as a site
                    if nxt is not None and nxt.start == tent.end + 1 and (nxt.label_ in {"PLACE", "GPE", "COUNTRY"}
                                                                         or unit):
                        # "lies within the borough of X in Y": X lies in Y too
                        big = ix.country_mention(doc[nxt.start], allow_demonym=False, allow_capital=False) \
                            if nxt.label_ == "COUNTRY" else ix.mention(nxt.start, nxt.end, "PLACE", "") if unit \
                            else _place_mention(ix, doc[nxt.start])
                        if big is not None and cm.label != "COUNTRY":
                            out.append(_Fact("place", cm, _TitleInfo(kind="place", head=doc[nxt.start], country=big),
                                             doc[s]))
                    if t.i > 0 and doc[t.i - 1].lower_ == "same" and tent is not None and tent.end + 1 < sent.end \
                            and doc[tent.end].lower_ == "as":
                        oth = ix.ent_at[tent.end + 1]
                        if oth is not None and oth.start == tent.end + 1 and len(oth) <= 3 and \
                                oth.label_ in {"PLACE", "GPE", "LOC", "PERSON", "ORG"} and not oth.ent_id_ or \
                                oth is not None and oth.label_ in {"PLACE", "GPE"}:
                            # "X lies in the same District as Y": Y lies there too
                            om = ix.mention(oth.start, oth.end, "PLACE", oth.ent_id_ if oth.label_ in {"PLACE", "GPE"}
                                            else "")
                            out.append(_Fact("place", om, _TitleInfo(kind="place", head=t, country=cm), doc[s]))
                    break
        elif not negated and j < sent.end:
            phrase = _after_phrase(ix, j, sent.end)
            if phrase and phrase[0].pos_ not in {"ADP", "VERB", "AUX", "SCONJ", "PRON"} or (
                    phrase and phrase[0].tag_ == "PRP$"):
                n_before = len(out)
                add(phrase, "copula")
                if served:
                    # "who served as ambassador": an office; "who served as a soldier" is no post
                    out[n_before:] = [f for f in out[n_before:] if f.kind != "title" or
                                      f.info.head.lower_ in OFFICE_TITLES or f.info.head.lemma_.lower() in OFFICE_TITLES]
                if not past and kind == "person" and _time_bounded(ix, doc[k], phrase, sent.end):
                    past = True  # "who was Y's ambassador to Z until 2019": a post since left
                for f in out[n_before:]:
                    if past and f.kind == "title":
                        f.info.former = True  # "who served as ...": a post held before
                others = list(likes)  # "Kenya, like Uganda and Ethiopia, is a member of Y"
                if kind == "country" and s > sent.start and doc[s - 1].lower_ == "and":
                    # "Fiji and Samoa are (both) members of Y": every coordinated country
                    others += _country_list_before(ix, s, sent.start)
                for other in others:
                    for f in out[n_before:]:
                        if f.kind == "member":
                            out.append(_Fact("member", other, f.info, f.tok))
    # 4. reverse appositive: "the second president of Ukraine, Name,"
    # (the premodifier's own first token: an honorific may stand between it and the name, "its chair, retired
    # judge Dr Name")
    start = min(s - len(pre), min(t.i for t in pre)) if pre else s
    while start - 1 > sent.start and (doc[start - 1].lower_ in HONORIFICS or (
            doc[start - 1].text.endswith(".") and len(doc[start - 1]) > 2 and doc[start - 1].lower_ in ix.lead_words
            and not _title_head_ok(doc[start - 1]))):
        start -= 1  # "the Minister of Foreign Affairs, Hon. Name,", "the region's governor, Lt. Gen. Name,"
    listed = _title_list_span(ix, start, e, sent) if kind == "person" else None
    for plural in (False, True) if listed is not None else (False,):
        if plural:
            start, e = listed  # "the co-leaders, A and B,": each name of the list holds the title
        _reverse_appositive(ix, anchor, kind, s, start, e, sent, plural, add, out)
    return out


# adverbs that put a post in the past: "who was once a spokeswoman", "previously served as"
PAST_POST_ADVERBS = frozenset({"once", "formerly", "previously", "earlier", "briefly"})
LEAVE_OFFICE_LEMMAS = frozenset({"resign", "retire", "quit"})
# "until 2019", "till March", "between 2012 and 2017", "when the court ruled": a span that closed
BOUND_WORDS = frozenset({"until", "till", "between", "when"})


def _left_office_as(doc, i: int, end: int) -> int | None:
    """The "as" after a verb of leaving an office at ``i``: "resigned as", "stepped down as".

    Heuristic (own stress round on invented text): these verbs hand the phrase after "as"
    a post held before, like "who served as".

    Args:
        doc: the spaCy Doc.
        i: the token after "who".
        end: the sentence end.

    Returns:
        The index of "as", or None when the words there are not such a verb.
    """
    if i + 1 < end and doc[i].lemma_.lower() in LEAVE_OFFICE_LEMMAS and doc[i].tag_ == "VBD" and \
            doc[i + 1].lower_ == "as":
        return i + 1
    if i + 2 < end and doc[i].lemma_.lower() == "step" and doc[i].tag_ == "VBD" and \
            doc[i + 1].lower_ in {"down", "aside"} and doc[i + 2].lower_ == "as":
        return i + 2
    return None


def _until_before_verb(doc, i: int, end: int) -> int | None:
    """A past "be" after a time bound opening a relative clause: "who until March was".

    Args:
        doc: the spaCy Doc.
        i: the token after "who".
        end: the sentence end.

    Returns:
        The index of the verb, or None.
    """
    if i >= end or doc[i].lower_ not in {"until", "till"}:
        return None
    for j in range(i + 1, min(end, i + 6)):
        if doc[j].text in {",", ";"}:
            return None
        if doc[j].lemma_ == "be" and doc[j].tag_ == "VBD":
            return j
    return None


def _time_bounded(ix: _Index, verb, phrase: list, end: int) -> bool:
    """Whether a past copula's title is closed by a time bound after it: "was Y's envoy until 2019".

    Heuristic (own stress round on invented text): "until", "till", "between" and "when" right
    after a past "was"/"had been" title, or "from" with a date, mean the post is no longer held.

    Args:
        ix: the document index.
        verb: the copula token.
        phrase: the title phrase after it.
        end: the sentence end.

    Returns:
        True for a bounded past post.
    """
    doc = ix.doc
    if not phrase or verb.lemma_ != "be" or not (
            verb.tag_ == "VBD" or verb.lower_ == "been" and verb.i > 0 and doc[verb.i - 1].lower_ == "had"):
        return False
    for j in range(verb.i + 1, min(end, phrase[-1].i + 3)):
        if doc[j].text in {";", ":"} or doc[j].text == "," and j > phrase[-1].i and (
                j + 1 >= end or doc[j + 1].lower_ not in BOUND_WORDS):
            return False
        if doc[j].lower_ in BOUND_WORDS:
            return True
        nxt = ix.ent_at[j + 1] if j + 1 < end else None
        if doc[j].lower_ == "from" and nxt is not None and nxt.label_ == "DATE":
            return True
    return False


def _reverse_appositive(ix: _Index, anchor: Mention, kind: str, s: int, start: int, e: int, sent, plural: bool,
                        add, out: list) -> None:
    """Facts of a phrase before a name and a comma: "the second president of Ukraine, Name,".

    Args:
        ix: the document index.
        anchor: the name's mention.
        kind: "person", "country" or "place".
        s: the first token of the name.
        start: the first token of the name with its honorifics (of the list, when ``plural``).
        e: the end of the name (of the list, when ``plural``).
        sent: the sentence.
        plural: the name stands in a list after a plural title ("the co-leaders, A and B,").
        add: the caller's function that analyses a phrase into facts.
        out: the facts found so far, extended in place.
    """
    doc = ix.doc
    if start - 1 > sent.start and doc[start - 1].text == ",":
        follow = doc[e] if e < len(doc) else None
        if follow is not None and follow.text == "(" and kind == "person":
            # "the cabinet member for housing, Cllr Name (Labour, Ward), said": past the party bracket
            shut = next((k for k in range(e + 1, min(e + 10, len(doc))) if doc[k].text == ")"), None)
            follow = doc[shut + 1] if shut is not None and shut + 1 < len(doc) else follow
        closes = follow is None or follow.text in {",", ".", ";", "–", "—", ")"} or follow.pos_ in {"VERB", "AUX"} \
            or follow.is_space or (follow.lower_ == "of" and kind == "person")  # "..., Name of the X Party,"
        if closes:
            phrase = _before_phrase(ix, start - 2, sent.start)
            phrase = _portfolio_list_before(ix, phrase, sent.start)
            if plural and (not phrase or phrase[-1].tag_ not in {"NNS", "NNPS"}):
                phrase = []  # a list of names after a singular noun is no list of office holders
            lo = phrase[0].i if phrase else 0
            if phrase and not any(ix.person_at.get(t.i) is not None and ix.doc[ix.person_at[t.i][1]].tag_ != "POS"
                                  for t in phrase) and not (kind == "place" and any(
                    t.dep_ == "appos" and t.head.i < lo or t.dep_ == "attr" and t.head.lemma_ == "be"
                    for t in phrase)):
                # (not "of A, a town in B, C ...", nor "A is a city in B, C": that phrase describes A)
                n_before = len(out)
                add(phrase, "before")
                for f in out[n_before:] if plural else []:
                    head = f.info.head
                    if f.kind == "title" and f.info.title and head.tag_ in {"NNS", "NNPS"} and \
                            f.info.title.endswith(head.lower_):
                        # "co-leaders" names each one's post: "co-leader"
                        f.info.title = f.info.title[:-len(head.lower_)] + head.lemma_.lower()
                if len(out) == n_before and kind == "person":
                    info = _unlisted_office_of_place(ix, phrase, start - 1)
                    if info is not None:
                        out.append(_Fact("title", anchor, info, doc[s]))


# the words that name a part of a place before "of": "in the heart of Y", "in the northwest corner of Y"
AREA_NOUNS = frozenset({"heart", "corner", "part", "middle", "centre", "center", "end", "edge", "outskirts",
                        "suburbs", "region", "area", "reaches", "tip"})


def _area_apposed(doc, e: int) -> bool:
    """Whether the name ending before token ``e`` is set off by "X, in the west / heart of Y":
    only a place is put "in the west of" another, whatever NER made of the name."""
    return e + 4 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "in" and doc[e + 2].lower_ == "the" \
        and (doc[e + 3].lower_ in AREA_NOUNS or doc[e + 3].lower_ in COMPASS_WORDS) and doc[e + 4].lower_ == "of"


def _area_words_only(phrase: list, t) -> bool:
    """Whether the words of ``phrase`` before token ``t`` only name a part of a place ("the far
    northwest corner of"), or are none."""
    before = [x for x in phrase if x.i < t.i]
    return all(x.pos_ == "DET" or x.lower_ == "of" or x.lower_ in AREA_NOUNS or x.lower_ in COMPASS_WORDS
               or x.lower_ in COMPASS_PARTS or x.lower_ in {"far", "very"} for x in before) and (
        not before or before[-1].lower_ == "of" or before[-1].pos_ == "DET"
        or before[-1].lower_ in COMPASS_WORDS)


def _place_container(ix: _Index, t) -> Mention | None:
    """The place named at token ``t`` when it can hold another: a place entity, or a body-read
    name ending in a subdivision word ("Varn County")."""
    if not t.text[:1].isupper() or ix.person_at.get(t.i) is not None:
        return None
    ent = ix.ent_at[t.i]
    if ent is None or ent.start != t.i:
        return None
    if ent.label_ in {"PLACE", "GPE", "LOC"}:
        return _place_mention(ix, t)
    if ent.label_ in {"FAC", "ORG"} and ent[-1].lower_ in SUBDIVISION_WORDS and ent[-1].text[:1].isupper() or \
            ent.label_ in {"FAC", "ORG", "PERSON"} and ent[0].lower_ in SUBDIVISION_WORDS and ent[0].text[:1].isupper() \
            and len(ent) == 2:
        return ix.mention(ent.start, ent.end, "PLACE", "")  # "Varn County", "County Varn"
    return None


def _title_list_span(ix: _Index, s: int, e: int, sent) -> tuple[int, int] | None:
    """The list of person names a name at ``s:e`` stands in, after a plural title: "the
    co-leaders, A and B,", "the ministers, A, B and C,", "the co-leaders, A and his
    wife, B,".

    Args:
        ix: the document index.
        s: the start of the name.
        e: the end of the name.
        sent: its sentence.

    Returns:
        (start, end) of the whole list when it holds two or more names and a comma opens it,
        or None.
    """
    doc = ix.doc

    def name_before(k: int) -> int | None:
        """The start of a person name ending at token ``k``."""
        span = ix.person_at.get(k)
        return span[0] if span is not None and span[1] == k + 1 else None

    def skip_spouse(k: int) -> int:
        """Left of "and his wife," before a name: the token before the conjunction."""
        if k - 3 >= sent.start and doc[k].text == "," and doc[k - 1].lower_ in SPOUSE_NOUNS and \
                doc[k - 2].tag_ == "PRP$" and doc[k - 3].lower_ == "and":
            return k - 4
        return k

    def name_after(k: int) -> int | None:
        """The end of a person name starting at token ``k``."""
        span = ix.person_at.get(k)
        return span[1] if span is not None and span[0] == k else None

    first, count = s, 1
    k = skip_spouse(s - 1)
    if k != s - 1 and (b := name_before(k)) is not None:
        first, count = b, count + 1
        k = first - 1
    while k > sent.start and doc[k].lower_ in {"and", ","}:
        b = name_before(k - 1)
        if b is None:
            break
        first, count = b, count + 1
        k = first - 1
    last = e
    k = e
    while k + 1 < sent.end:
        if doc[k].lower_ == "and" or doc[k].text == ",":
            j = k + 1
        else:
            break
        if k + 4 < sent.end and doc[k].lower_ == "and" and doc[k + 1].tag_ == "PRP$" and \
                doc[k + 2].lower_ in SPOUSE_NOUNS and doc[k + 3].text == ",":
            j = k + 4  # "A and his wife, B"
        end = name_after(j)
        if end is None:
            break
        last, count = end, count + 1
        k = end
    if count < 2 or first - 1 <= sent.start or doc[first - 1].text != ",":
        return None
    return first, last


def _unlisted_office_of_place(ix: _Index, phrase: list, comma: int, opening: bool = True) -> _TitleInfo | None:
    """An office the title lists lack, read off "The <Office> of <Place>, Name," or "Name, the <Office> of <Place>,".

    A sentence that opens with "The", one capitalised word that names no entry of the
    gazetteer, "of" and a place, then the apposed name, gives the office of that place
    ("The Reeve of X, Name, said"): the same frame that carries listed offices ("The Mayor
    of X, Name,"), which only an office fills.  Set off by commas after a person's name
    ("Name, the Reeve of X,") the frame is the same appositive.

    Args:
        ix: the document index.
        phrase: the tokens before the name's comma (or of the appositive after the name).
        comma: the index of the comma that closes the phrase.
        opening: the phrase must open its sentence (the title before the name).

    Returns:
        The title (the capitalised word) with the place as its organisation, or None.
    """
    toks = [t for t in phrase if not _is_space(t)]
    if len(toks) < 4 or toks[0].lower_ != "the" or toks[-1].i != comma - 1 or toks[2].lower_ != "of":
        return None
    sent = ix.sent_at[toks[0].i]
    if sent is None or (opening and toks[0].i != next((t.i for t in sent if not _is_space(t)), -1)):
        return None
    word = toks[1]
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper) or ix.gaz.lookup(word.text) is not None \
            or word.lower_ in ORG_WORDS | BODY_WORDS | NOT_NAME_WORDS:
        return None
    place_toks = toks[3:]
    ents = {id(e): e for t in place_toks for e in [ix.ent_at[t.i]] if e is not None}
    place = None
    if len(ents) == 1:
        ent = next(iter(ents.values()))
        if ent.label_ in {"GPE", "LOC", "PLACE", "TERRITORY", "COUNTRY"} and ent.end == comma:
            place = ix.ent_mention(ent)
    if place is None and all(t.text[:1].isupper() and t.is_alpha for t in place_toks) and len(place_toks) <= 3:
        place = ix.mention(place_toks[0].i, comma, "PLACE", "")  # a name NER read as part of a title
    if place is None:
        return None
    info = _TitleInfo(kind="title", head=word)
    info.title = word.text
    info.org = place
    return info


# --------------------------------------------------------------------------- positions

def extract_positions(doc, article: Article) -> Iterator[Position]:
    """Yield the positions people hold, as the article states them.

    Patterns (Hearst-style appositives and ACE Employment premodifiers):
    "Name, the ORG TITLE", "Name, COUNTRY's TITLE", "COUNTRY's TITLE Name",
    "ORG TITLE Name", "DEMONYM TITLE Name", "the TITLE of ORG, Name",
    "Name, head of the A at the B", "Name is TITLE at ORG" (author footers),
    "X's aide, Name" (org_name X) and "his DEMONYM counterpart Name" (the title
    of the possessor's own position); "Name, a member of ORG" (title "member");
    "a spokesman for COUNTRY's foreign ministry" (org COUNTRY, org_name the
    ministry); a field of study is no employer ("a lecturer in Balkan history at
    ORG").  A minister or president with no state written gets it from context
    (see :func:`_context_state`).

    Args:
        doc: the spaCy Doc of ``article.text`` (from ``load_nlp()``).
        article: the article the doc was made from.

    Returns:
        An iterator of :class:`Position`; nothing for an empty or unparsable doc.

    Raises:
        Nothing: odd input yields fewer facts.
    """
    try:
        ix = _index(doc, article)
        if ix.positions is not None:  # read once per document (the stance index asks first)
            yield from ix.positions
            return
        facts = _phrase_facts(ix)
    except Exception as exc:  # totality: a broken doc gives no facts
        log.debug("positions: %s", exc)
        return
    ix.positions = list(_positions_from(ix, facts))
    yield from ix.positions


def _positions_from(ix: _Index, facts: list[_Fact]) -> Iterator[Position]:
    """The positions of :func:`extract_positions`, from the phrase facts and the verb patterns."""
    seen: set = set()
    found: list[Position] = []
    pending: list[_Fact] = []
    for f in facts:
        if f.kind == "counterpart":
            pending.append(f)
        elif f.kind == "title" and f.info.title:
            info = f.info
            org = info.org
            org_name = info.org_name
            if org is None and info.org_name is None and f.anchor.label == "PERSON":
                try:
                    org = _employer_after_name(ix, f.anchor)
                except Exception as exc:  # keep the extractor total on odd parses
                    log.debug("employer after name: %s", exc)
            if org is None and info.org_name is None and f.anchor.label == "PERSON":
                try:
                    org = _definite_of_body(ix, info)
                except Exception as exc:  # keep the extractor total on odd parses
                    log.debug("definite body: %s", exc)
            if org is None and info.org_name is None:
                try:
                    org = _context_state(ix, f, info)
                    if org is None:
                        org, org_name = _context_body(ix, f, info)
                    if org is None and org_name is None:
                        org = _voiced_state(ix, f, info)  # (a body the context names goes first: "MEA spokesperson")
                    if org is None and org_name is None:
                        org, body_title = _premod_body(ix, f, info)
                        if org is not None:
                            info.title = body_title
                    if org is None and org_name is None:
                        org = _outlet_served(ix, f, info)
                    if org is None and org_name is None:
                        org = _setting_place(ix, f, info)
                except Exception as exc:  # keep the extractor total on odd parses
                    log.debug("context state: %s", exc)
            found.append(Position(person=f.anchor, title=info.title, org=org, evidence=ix.evidence(f.tok),
                                  org_name=org_name, former=info.former))
        elif f.kind == "member" and f.anchor.label == "PERSON" and not f.info.orgs and f.info.org_name:
            # "Name, a member of the river basin commission": a seat in a body named in lower case
            found.append(Position(person=f.anchor, title=_title_string([f.info.head]) or "member", org=None,
                                  evidence=ix.evidence(f.tok), org_name=f.info.org_name, former=f.info.former))
        elif f.kind == "member" and f.anchor.label == "PERSON" and f.info.orgs:
            # "X, an Irish member of the European Parliament": a seat is a position too
            info = f.info
            org = next((o for o in info.orgs if o is not None and o.label not in {"PERSON"}), None)
            if org is not None:
                title = _title_string([info.head]) or "member"
                if info.title and info.title.split()[-1].lower() in LEGISLATURE_WORDS and \
                        info.title.lower().startswith(title.lower() + " of "):
                    title = info.title  # "the member of parliament for X": the seat's own name, not "member"
                elif info.title and len(info.title.split()) > 1 and info.title.split()[-2] in LEGISLATURE_WORDS and \
                        info.title.endswith(" " + title.lower()):
                    title = info.title  # "the National Assembly Member for X": the chamber is in the title
                found.append(Position(person=f.anchor, title=title, org=org,
                                      evidence=ix.evidence(f.tok), org_name=None, former=info.former))
    # "his Russian counterpart Name": the counterpart holds the possessor's title
    for f in pending:
        try:
            pos = _counterpart_position(ix, f, found)
        except Exception as exc:  # keep the extractor total on odd parses
            log.debug("counterpart: %s", exc)
            pos = None
        if pos is not None:
            found.append(pos)
    # posts stated by other frames, each added unless the person already has that title:
    # "X becomes Treasurer", "X was appointed Minister for Y", "X ... as Minister for Y" (verb titles);
    # "X, who represented Ruritania as co-agent before the court" (represent as);
    # "In 2001, Ruritania's envoy to the talks was X" (title subjects);
    # wire footers: "Associated Press writers A in X and B in Y contributed to this report." (contributors);
    # "X, who spent years as Ruritania's consul", "Y named X as its new chief economist" (as phrases);
    # "X, who chairs the Y Forum", "X heads the Z Institute" (office verbs)
    for producer in (_verb_title_positions, _represent_as_positions, _title_subject_positions,
                     _contributor_positions, _as_phrase_positions, _office_verb_positions, _named_next_positions):
        try:
            have = {(p.person.start, p.title) for p in found}
            found.extend(p for p in producer(ix) if (p.person.start, p.title) not in have)
        except Exception as exc:  # keep the extractor total on odd parses
            log.debug("%s: %s", producer.__name__, exc)
    # "X teaches law at Y University", "X writes about energy for the Z Times"
    try:
        held = {(p.person.start, (p.org.text if p.org is not None else p.org_name) or "") for p in found}
        found.extend(p for p in _work_verb_positions(ix) if (p.person.start, p.org.text) not in held)
    except Exception as exc:  # keep the extractor total on odd parses
        log.debug("work verbs: %s", exc)
    for pos in found:
        k = (pos.person.start, pos.title, pos.org.start if pos.org else None, pos.org_name)
        if k not in seen:
            seen.add(k)
            yield pos


# "Name, who teaches / lectures / works at X": verbs of a post at an institution
WORK_AT_VERBS = frozenset({"teach", "lecture", "work", "research"})


def _definite_of_body(ix: _Index, info: _TitleInfo) -> Mention | None:
    """The institution a title's "of the NOUN" names again: "trustee of the museum" after "X Museum".

    Heuristic (definite-NP anaphora matched on the head noun, Vieira & Poesio 2000): the title head is
    followed by "of the" and one lower-case institution noun closing the phrase, and every organisation
    named before it in the article whose last word is that noun has one and the same name.

    Args:
        ix: the document index.
        info: the title reading.

    Returns:
        The organisation's mention (its nearest earlier naming), or None.
    """
    doc = ix.doc
    head = info.head
    if head is None or head.i + 3 >= len(doc):
        return None
    of, the, noun = doc[head.i + 1], doc[head.i + 2], doc[head.i + 3]
    if of.lower_ != "of" or the.lower_ != "the" or not noun.is_lower or noun.lower_ not in SITE_WORDS:
        return None
    if head.i + 4 < len(doc) and (doc[head.i + 4].tag_ == "POS" or doc[head.i + 4].lower_ in {"of", "for"}):
        return None
    named = [e for e in ix.ents_in(0, head.i) if e.label_ == "ORG" and e[-1].lower_ == noun.lower_
             and e[-1].text[:1].isupper()]
    if not named or len({" ".join(t.text for t in e if t.lower_ != "the") for e in named}) != 1:
        return None
    return ix.ent_mention(named[-1])


def _employer_after_name(ix: _Index, anchor: Mention) -> Mention | None:
    """The institution named right after a titled person: "Historian Name, of the X Institute, said".

    Heuristic (news apposition): a comma after the name, then "of"/"at" and an institution
    (a body whose name has a site word: university, institute, museum ...) closed by a comma,
    bracket or full stop; or a relative clause "who teaches (...) at X" in the same stretch.

    Args:
        ix: the document index.
        anchor: the person's mention.

    Returns:
        The institution's mention, or None.
    """
    doc = ix.doc
    span = doc.char_span(anchor.start, anchor.end, alignment_mode="expand")
    if span is None:
        return None
    sent = ix.sent_at[span.start]
    end = sent.end if sent is not None else len(doc)
    k = span.end
    if k + 2 >= end or doc[k].text != ",":
        return None

    def body_at(j: int) -> tuple[Mention | None, int]:
        j += doc[j].lower_ == "the" and ix.ent_at[j] is None
        ent = ix.ent_at[j] if j < end else None
        if ent is None or ent.label_ != "ORG" or ent.start < j - 1 or not any(
                w.lower_ in SITE_WORDS for w in ent) or any(w.lower_ == "party" for w in ent):
            return None, j
        return ix.ent_mention(ent), ent.end

    if doc[k + 1].lower_ in {"of", "at"}:
        m, after = body_at(k + 2)
        if m is not None and after < end and doc[after].text in {",", "(", ".", ";"}:
            return m
        return None
    if doc[k + 1].lower_ == "who" and doc[k + 2].lemma_.lower() in WORK_AT_VERBS:
        for j in range(k + 3, min(end, k + 16)):
            if doc[j].text in {",", ";", ":"}:
                break
            if doc[j].lower_ == "at" and j + 1 < end:
                m, _ = body_at(j + 1)
                return m
    return None


# Verbs that give their subject (or passive subject) the title after them:
# "X becomes Treasurer", "X will remain Minister for Y", "X was appointed Attorney-General".
TITLE_VERBS = frozenset({"become", "becomes", "became", "remain", "remains", "remained", "appointed", "named",
                         "made", "sworn", "elected", "installed"})
# Capitalised office words that head a title after such a verb or after "as".
VERB_TITLE_HEADS = OFFICE_TITLES | frozenset({"treasurer", "attorney-general", "solicitor-general",
                                              "whip", "cabinet", "undersecretary", "under-secretary"})


def _title_run_at(ix: _Index, k: int, end: int) -> tuple[str, int] | None:
    """A Title-Case office starting at token ``k``: "Treasurer", "Deputy Premier",
    "Minister for Ports and Freight".  Returns (title, index after it)."""
    doc = ix.doc
    words: list[str] = []
    j = k
    head_seen = False
    while j < end:
        tok = doc[j]
        low = tok.lower_
        if not _is_cap(tok):
            break
        if low not in VERB_TITLE_HEADS and low not in TITLE_MODIFIERS and (
                j in ix.person_at or (ix.ent_at[j] is not None and ix.ent_at[j].label_ == "PERSON")):
            break
        if j + 2 < end and doc[j + 1].text == "-" and not tok.whitespace_ and not doc[j + 1].whitespace_ and \
                _is_cap(doc[j + 2]):
            # "Attorney-General": one word over three tokens
            low = f"{low}-{doc[j + 2].lower_}"
            if low in VERB_TITLE_HEADS or tok.lower_ in VERB_TITLE_HEADS:
                words.append(f"{tok.text}-{doc[j + 2].text}")
                head_seen = True
                j += 3
                continue
        if low in VERB_TITLE_HEADS:
            head_seen = True
        elif low not in TITLE_MODIFIERS and not head_seen:
            return None
        elif head_seen and low not in TITLE_MODIFIERS:
            break
        words.append(tok.text)
        j += 1
    if not head_seen:
        return None
    # "Minister for Ports and Freight", "Minister of Education": a Title-Case portfolio
    if j + 1 < end and doc[j].lower_ in {"for", "of"} and _is_cap(doc[j + 1]) and \
            (ix.ent_at[j + 1] is None or ix.ent_at[j + 1].label_ not in {"COUNTRY", "PERSON", "GPE", "TERRITORY"}):
        words.append(doc[j].lower_)
        j += 1
        while j < end:
            tok = doc[j]
            if _is_cap(tok) and j not in ix.person_at:
                words.append(tok.text)
                j += 1
            elif tok.lower_ in {"and", "&"} and j + 1 < end and _is_cap(doc[j + 1]):
                words.append(tok.text)
                j += 1
            else:
                break
    title = " ".join(words)
    return (title.lower(), j) if title else None


def _verb_title_positions(ix: _Index) -> Iterator[Position]:
    """Titles a verb or "as" hands to a named person: "X becomes Treasurer", "X, who ...,
    will remain Minister for Y", "promoted X to cabinet as Minister for Y".  The title
    must be Title Case and start with an office word; its state is the one written as
    "COUNTRY's" before it, else none."""
    doc = ix.doc
    for sent in ix.sents:
        persons = sorted({ix.person_at[i] for i in range(sent.start, sent.end) if i in ix.person_at})
        if not persons:
            continue
        for t in sent:
            if t.lower_ == "as":
                trigger_end = t.i + 1
            elif t.lower_ in TITLE_VERBS:
                trigger_end = t.i + 1
                if trigger_end < sent.end and doc[trigger_end].lower_ == "as":
                    trigger_end += 1
            else:
                continue
            k = trigger_end
            while k < sent.end and doc[k].lower_ in {"the", "its", "their", "new", "her", "his"}:
                k += 1
            run = _title_run_at(ix, k, sent.end)
            if run is None:
                continue
            title, _ = run
            # the person: the nearest name before the trigger, no other name or clause break between
            before = [p for p in persons if p[1] <= t.i]
            if not before:
                continue
            ps, pe = before[-1]
            gap = [doc[x] for x in range(pe, t.i)]
            if len(gap) > 14 or any(g.text in {";", ":", "\"", "“", "”"} for g in gap):
                continue
            if t.lower_ != "as" and any(g.lower_ in {"said", "says", "told"} for g in gap):
                continue
            m = ix.person_mention(ps)
            if m is None:
                continue
            yield Position(person=m, title=title, org=None, evidence=ix.evidence(t), org_name=None, former=False)


AS_STOP_WORDS = frozenset({"who", "which", "that", "as", "when", "while", "until", "before", "after", "since",
                           "and", "but", "because", "where"})


def _as_holder(ix: _Index, verb) -> Mention | None:
    """The person an "as" phrase describes: the verb's named object ("named X as its new Y"), else its subject,
    through a relative pronoun to the noun it modifies and through an appositive to the name ("X, a diplomat
    who spent years as ..."), or a personal pronoun's antecedent ("He serves as ...")."""
    doc = ix.doc
    for c in verb.children:
        if c.dep_ in {"dobj", "oprd", "nsubjpass"} and ix.person_at.get(c.i) is not None:
            return ix.person_mention(c.i)
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and verb.dep_ in {"conj", "xcomp"}:
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    if subj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        subj = verb.head
        for _ in range(2):
            if ix.person_at.get(subj.i) is None and subj.dep_ == "appos":
                subj = subj.head
    if ix.person_at.get(subj.i) is not None:
        return ix.person_mention(subj.i)
    if subj.lower_ in {"he", "she"}:
        m = ix.antecedent(doc[subj.i])
        return m if m is not None and m.label == "PERSON" else None
    return None


def _as_phrase_positions(ix: _Index) -> Iterator[Position]:
    """A lower-case post with its owner after "as": "X, an envoy who served four years as Ruritania's consul in
    Y", "She serves as minister of health in Peru", "Z named X as its new chief financial officer".

    The phrase after "as" is read like an appositive (:func:`_analyse_phrase`); only a title that names
    its organisation or state is kept, and "spent ... as" marks a past post.
    """
    doc = ix.doc
    for sent in ix.sents:
        for t in sent:
            if t.lower_ != "as" or t.dep_ != "prep" or t.head.pos_ not in {"VERB", "AUX"}:
                continue
            verb = t.head
            phrase: list = []
            k = t.i + 1
            while k < sent.end and len(phrase) < 14:
                u = doc[k]
                if u.text in {",", ";", ":", ".", "(", ")", "\"", "“", "”", "—", "–"} or \
                        u.lower_ in AS_STOP_WORDS or \
                        (u.pos_ in {"VERB", "AUX"} and u.dep_ not in {"amod", "compound"}):
                    break
                phrase.append(u)
                k += 1
            if not phrase or phrase[0].pos_ == "NUM":
                continue
            holder = _as_holder(ix, verb)
            if holder is None:
                continue
            for info in _analyse_phrase(ix, phrase, "person"):
                if info.kind != "title" or not info.title or info.head is None or \
                        info.head.lower_ not in OFFICE_TITLES | OCCUPATION_TITLES:
                    continue
                org = info.org
                if org is None and info.possessor is not None and info.possessor.lower_ == "its":
                    org = _subject_body_before(ix, info.possessor)
                if org is None and info.org_name is None:
                    continue
                if org is not None and org.label not in {"ORG", "COUNTRY", "TERRITORY"} or \
                        info.head.lower_ in LEGISLATOR_TITLES:
                    continue  # ("as a councillor for Varn and District": a ward or town is no employer here)
                yield Position(person=holder, title=info.title, org=org, evidence=ix.evidence(t),
                               org_name=info.org_name, former=info.former or verb.lemma_ == "spend" or
                               _left_post_verb(verb))


# verbs whose "as" phrase names a post just left: "resigned as", "was sacked as", "stepped down as"
LEFT_POST_LEMMAS = LEAVE_OFFICE_LEMMAS | frozenset({"sack", "fire", "dismiss", "oust", "depose", "step"})


def _left_post_verb(verb) -> bool:
    """Whether a verb before "as" says its holder has left the post: "resigned as", "was ousted as".

    Heuristic (own stress round on invented text): a past or passive verb of leaving or removal;
    "will step down as" or "to resign as" still holds the post. "step" needs "down" or "aside".

    Args:
        verb: the spaCy token the "as" phrase hangs on.

    Returns:
        True for a post left; False otherwise.
    """
    lemma = verb.lemma_.lower()
    if lemma not in LEFT_POST_LEMMAS or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "to", "may", "might", "could", "should", "shall"}
           for c in verb.children):
        return False
    return lemma != "step" or any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"down", "aside"}
                                  for c in verb.children)


def _represent_as_positions(ix: _Index) -> Iterator[Position]:
    """A post a state gives by "represent": "X, who represented Ruritania as co-agent at the court".

    The verb's object is a state and its "as" phrase a title noun; the holder
    is the name the relative clause hangs on, or the verb's subject.  A past
    tense makes the post a former one.

    Args:
        ix: the document index.

    Yields:
        Positions of the state.
    """
    doc = ix.doc
    for t in doc:
        if t.lemma_.lower() != "represent" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        states = [m for c in t.children if c.dep_ in {"dobj", "obj"}
                  for m in [ix.country_mention(c, allow_demonym=False)] if m is not None and m.label == "COUNTRY"]
        titles = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.is_alpha and p.is_lower]
        if len(states) != 1 or not titles:
            continue
        holder = t.head if t.dep_ == "relcl" else next((c for c in t.children if c.dep_ == "nsubj"), None)
        span = ix.person_at.get(holder.i) if holder is not None else None
        person = ix.person_mention(span[0]) if span is not None else None
        if person is None:
            continue
        head = titles[-1]
        start = head.i
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
            start -= 2  # "co-agent": the parser splits the hyphenated word
        if start == head.i:
            start = head.left_edge.i
        title = " ".join(x.lower_ for x in doc[start:head.i + 1] if x.pos_ != "DET" and x.tag_ != "PRP$").replace(
            " - ", "-")
        yield Position(person=person, title=title, org=states[0], evidence=ix.evidence(t), org_name=None,
                       former=t.tag_ == "VBD")


def _title_subject_positions(ix: _Index) -> Iterator[Position]:
    """A post named as the subject of "be" and its holder after it: "In 2001, Ruritania's envoy to the talks was Name".

    The inverted copula (a specificational sentence: the title describes, the name fills it) is the mirror of
    "Name was Ruritania's envoy".  Only a subject whose head is a known title and a person that is the verb's
    attribute right after it count; a past tense makes the post a former one.

    Args:
        ix: the document index.

    Yields:
        Positions read from the subject's phrase.
    """
    doc = ix.doc
    for s, e in ix.persons:
        if s < 2 or doc[s - 1].lemma_ != "be" or doc[s - 1].pos_ not in {"AUX", "VERB"}:
            continue
        cop = doc[s - 1]
        if e < len(doc) and doc[e].tag_ == "POS" or any(c.dep_ == "neg" for c in cop.children):
            continue
        subj = next((c for c in cop.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.pos_ != "NOUN" or _head_kind(subj) != "title" or \
                not any(c.dep_ == "poss" for c in subj.children):
            continue  # (a possessor names the post's state or body: "Ruritania's agent")
        person = ix.person_mention(s)
        if person is None:
            continue
        tokens = list(doc[subj.left_edge.i:subj.right_edge.i + 1])
        for info in _analyse_phrase(ix, tokens, "person"):
            if info.kind == "title" and info.title and info.head is not None and info.head.i == subj.i:
                yield Position(person=person, title=info.title, org=info.org, evidence=ix.evidence(cop),
                               org_name=info.org_name, former=info.former or cop.tag_ == "VBD")


def _named_next_positions(ix: _Index) -> Iterator[Position]:
    """A post that leads a sentence without a name, whose holder opens the next one: "Ruritania's
    finance minister sought to reassure investors ... Ana Varga said ...".

    News ledes often name an official by post alone and give the name at the start of the next
    sentence or paragraph (delayed identification).  The post must be the active subject of the
    sentence's main verb, owned by a possessor ("Ruritania's"), with no name in it; the next sentence
    must open with a full name (two words or more) that is its subject and that the article has not
    named before.

    Args:
        ix: the document index.

    Yields:
        Positions read from the post's phrase.
    """
    doc = ix.doc
    for no, sent in enumerate(ix.sents[:-1]):
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or sent.root.lemma_ == "be" or \
                _head_kind(subj) != "title" or not any(c.dep_ == "poss" for c in subj.children):
            continue
        lo, hi = subj.left_edge.i, subj.right_edge.i + 1
        if any(i in ix.person_at for i in range(lo, hi)):
            continue
        nxt = ix.sents[no + 1]
        k = nxt.start
        while k < nxt.end and _is_space(doc[k]):
            k += 1
        span = ix.person_at.get(k)
        if span is None or span[0] != k or span[1] - k < 2 or doc[span[1] - 1].dep_ != "nsubj" or \
                span[1] < len(doc) and doc[span[1]].text in {",", "("}:
            continue  # ("Ana Varga, a farmer, said": a name with its own apposition is someone else)
        surname = doc[span[1] - 1].text
        if any(doc[e - 1].text == surname for s, e in ix.persons if s < k):
            continue  # named before: the post may be someone else's
        person = ix.person_mention(k)
        if person is None:
            continue
        for info in _analyse_phrase(ix, list(doc[lo:hi]), "person"):
            if info.kind == "title" and info.title and info.head is not None and info.head.i == subj.i:
                yield Position(person=person, title=info.title, org=info.org, evidence=ix.evidence(subj),
                               org_name=info.org_name, former=info.former)


_CONTRIBUTOR_TITLES = {"writer": "writer", "writers": "writer", "reporter": "reporter", "reporters": "reporter",
                       "correspondent": "correspondent", "correspondents": "correspondent",
                       "journalist": "journalist", "journalists": "journalist", "photographer": "photographer",
                       "photographers": "photographer", "researcher": "researcher", "researchers": "researcher"}


def _contributor_positions(ix: _Index) -> Iterator[Position]:
    """Wire-copy footers: "Associated Press writers A in X and B in Y contributed to this report".

    The sentence opens with an optional outlet name and a plural or singular staff
    title, lists the people, and ends with "contributed"; every listed person holds
    the (singular) title at the outlet.
    """
    doc = ix.doc
    for sent in ix.sents:
        toks = [t for t in sent if not _is_space(t)]
        if len(toks) < 4 or not any(t.lemma_.lower() == "contribute" or t.lower_ == "contributed" for t in toks):
            continue
        k = 0
        while k < len(toks) and k < 6 and toks[k].lower_ not in _CONTRIBUTOR_TITLES:
            if not (toks[k].text[:1].isupper() or toks[k].lower_ in {"the", "&", "and"}):
                break
            k += 1
        if k >= len(toks) or toks[k].lower_ not in _CONTRIBUTOR_TITLES:
            continue
        title = _CONTRIBUTOR_TITLES[toks[k].lower_]
        org = None
        if k > 0:
            lo = toks[0].i if toks[0].lower_ != "the" else toks[1].i
            entry = ix.gaz.lookup(doc[lo:toks[k].i].text)
            org = ix.mention(lo, toks[k].i, "ORG", entry.name if entry is not None else "")
        end = next((t.i for t in toks if t.lower_ == "contributed"), sent.end)
        seen: set = set()
        for i in range(toks[k].i + 1, end):
            span = ix.person_at.get(i)
            if span is None or span in seen:
                continue
            seen.add(span)
            person = ix.mention(span[0], span[1], "PERSON")
            if person is not None:
                yield Position(person=person, title=title, org=org, evidence=ix.evidence(doc[i]), org_name=None,
                               former=False)


# Verbs that say which office their subject holds in the body that is their object
# ("X, who chairs the Y Forum"): verb lemma -> title.
OFFICE_VERBS = {"chair": "chair", "head": "head", "lead": "leader", "direct": "director", "found": "founder",
                "co-found": "co-founder", "cofound": "co-founder", "preside": "president", "edit": "editor",
                "manage": "manager",
                # "X, who runs the Y Trust": running a named body is heading it (own stress round, invented text)
                "run": "head",
                # "X, who commanded the Navy's Eastern Fleet": commanding a named force (ACE Employment, by verb)
                "command": "commander"}


#: the last word of a state's own body named with its demonym ("the Chilean foreign ministry", "the Peruvian embassy")
STATE_BODY_WORDS = frozenset({"ministry", "government", "embassy", "consulate", "presidency", "cabinet"})
MISSION_NOUNS = frozenset({"mission", "embassy", "consulate", "delegation", "legation"})
# a state's armed or police services: "a spokeswoman for the Colombian navy"
STATE_SERVICE_NOUNS = frozenset({"navy", "army", "military", "coastguard", "gendarmerie"})


def _verb_subject_person(ix: _Index, verb):
    """The person named as a verb's subject ("Name chairs X", "Name, who teaches at X"), or None.

    Args:
        ix: the document index.
        verb: the verb token.

    Returns:
        The person's span from the index, or None when the subject is no person.
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subj = verb.head  # the relative clause's antecedent
    return ix.person_at.get(subj.i)


def _office_verb_positions(ix: _Index) -> Iterator[Position]:
    """Positions stated by a verb: "X, who chairs the Y Forum", "X heads the Z Institute", "X runs the Y Trust".

    ACE Employment relations expressed by a verb: the subject (a named person, or
    "who" after one) holds the office the verb names in the organisation that is its
    object. Negated verbs and objects without a proper name give nothing; "run" needs a named organisation
    (own stress round on invented text: "ran the London Marathon" heads nothing).
    """
    doc = ix.doc
    for t in doc:
        title = OFFICE_VERBS.get(t.lemma_.lower())
        if title is None or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        if title == "founder" and t.lower_ not in {"founded", "co-founded", "cofounded"}:
            continue
        span = _verb_subject_person(ix, t)
        if span is None:
            continue
        objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
        if t.lemma_.lower() == "preside":
            objs = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "over"
                    for p in c.children if p.dep_ == "pobj"]
        if not objs:
            continue
        o = objs[0]
        person = ix.mention(span[0], span[1], "PERSON")
        if person is None:
            continue
        if title in {"head", "leader"} and o.lemma_.lower() in MISSION_NOUNS and o.is_lower:
            # "who heads Ruritania's mission in X": the state the mission represents ("the X's mission": the
            # parser hangs a possessor after "the" as nmod with its "'s")
            owner = next((c for c in o.children if c.dep_ == "poss" or c.dep_ == "nmod" and
                          any(g.tag_ == "POS" for g in c.children)), None)
            if owner is None:
                owner = next((p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj"), None)
            cm = ix.country_mention(owner, allow_demonym=False) if owner is not None else None
            if cm is None:
                cm = next((ix.country_mention(c) for c in o.children if c.dep_ == "amod"
                           and ix.demonym_country(c)), None)  # "the Ruritanian embassy"
            if cm is not None and cm.label == "COUNTRY":
                yield Position(person=person, title=f"head of {o.lemma_.lower()}", org=cm,
                               evidence=ix.evidence(t), org_name=None, former=False)
            continue
        run = [x for x in doc[min(y.i for y in o.subtree):max(y.i for y in o.subtree) + 1]]
        owner = next((c for c in o.children if c.dep_ == "poss"), None)
        if o.is_lower and owner is not None and ix.ent_at[owner.i] is not None and \
                ix.ent_at[owner.i].label_ == "ORG":
            # "who chairs the X Council's tourism committee": a body's unnamed committee; the body
            ent = ix.ent_at[owner.i]
            run = [x for x in doc[ent.start:ent.end] if x.tag_ != "POS"]
        om, oname, _ = _org_from_run(ix, run)
        if om is None and title in {"chair", "head", "leader"} and o.is_lower:
            unit_org, unit_name = _unit_owner(ix, t, o)
            if unit_org is not None:  # "who heads the surgery faculty at X University": the unit's post at X
                unit = [x for x in doc[o.left_edge.i:o.i + 1] if not x.is_punct]
                yield Position(person=person, title=f"{title} of {_strip_det(_tokens_text(unit))}", org=unit_org,
                               evidence=ix.evidence(t), org_name=unit_name, former=_term_ended(t))
                continue
        if om is None and title in {"chair", "head", "leader"} and o.is_lower and \
                o.lemma_.lower() in ORG_WORDS | {"board", "panel"} and not any(x.text[:1].isupper() for x in run):
            # "who chairs the senate finance committee": an unnamed body still makes the post (in its title)
            yield Position(person=person, title=f"{title} of {_strip_det(_tokens_text(run))}", org=None,
                           evidence=ix.evidence(t), org_name=None, former=_term_ended(t))
            continue
        if om is None or om.label == "PERSON" or t.lemma_.lower() == "run" and om.label != "ORG":
            continue  # ("runs the Varnek Marathon", "ran for Ruritania": no body run)
        yield Position(person=person, title=title, org=om, evidence=ix.evidence(t), org_name=oname,
                       former=_term_ended(t))


#: lower-case sub-units a named body holds: "the surgery faculty at X University", "the finance committee of X"
UNIT_NOUNS = ORG_WORDS | frozenset({"faculty", "board", "panel", "unit", "desk", "laboratory", "lab", "ward", "clinic",
                                    "programme", "program"})


def _unit_owner(ix: _Index, verb, unit) -> tuple[Mention | None, str | None]:
    """The named body whose lower-case unit an office verb's subject heads: "who chairs the music faculty at X".

    A person who heads a faculty, a department or a committee of a named body works for that body, as
    "Name, head of the surgery faculty at X" does (the appositive reading of :func:`_analyse_phrase`, which keeps
    the body after the unit as the employer). The body is the object of "at" or "of" after the unit noun, or of
    "at" after the verb ("heads the surgery faculty at X", where the parser hangs "at" on the verb).

    Args:
        ix: the document index.
        verb: the office verb.
        unit: the verb's lower-case object.

    Returns:
        (the body's mention, its full written name when it differs), or (None, None).
    """
    if unit.lemma_.lower() not in UNIT_NOUNS or any(c.dep_ == "poss" for c in unit.children):
        return None, None
    preps = [c for c in unit.children if c.dep_ == "prep" and c.lower_ in {"at", "of"} and c.i > unit.i] + \
        [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > unit.i]
    for prep in preps:
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if pobj is None or not pobj.text[:1].isupper():
            continue
        om, oname, _ = _org_from_run(ix, list(ix.doc[pobj.left_edge.i:pobj.right_edge.i + 1]))
        if om is not None and om.label == "ORG":
            return om, oname
    return None, None


SCHOOL_WORDS = frozenset({"university", "college", "academy", "institute", "polytechnic", "conservatoire"})
# what a writer for an outlet writes: "writes a regular column for X"
WRITING_NOUNS = frozenset({"column", "blog", "newsletter", "piece", "article", "op-ed", "feature", "review"})


def _work_verb_positions(ix: _Index) -> Iterator[Position]:
    """Posts told by a verb of work and a preposition: "X teaches law at Y University", "X writes for the Z Times".

    A reporter often gives an expert's or a writer's post by what they do where rather than by a title:
    "teach"/"lecture" + "at" ORG makes a lecturer (a teacher outside a university or college), "write"
    + "for" ORG (with no object, or only a column or blog as one) a writer (a columnist for a column).
    The subject is a named person or "who" after one; negated verbs give nothing; a simple past ends the post.

    Args:
        ix: the document index.

    Yields:
        One position per verb.
    """
    doc = ix.doc
    for t in doc:
        lem = t.lemma_.lower()
        if lem not in {"teach", "lecture", "write"} or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        span = _verb_subject_person(ix, t)
        if span is None:
            continue
        objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
        if lem == "write" and any(o.lemma_.lower() not in WRITING_NOUNS for o in objs):
            continue  # "wrote a letter for the X Fund": a single piece, no post
        want = "for" if lem == "write" else "at"
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ == want]
        inner = objs + [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"about", "on", "in"}
                        for p in c.children if p.dep_ == "pobj"]  # "writes about energy for X"
        preps += [c for o in inner for c in o.children if c.dep_ == "prep" and c.lower_ == want]
        pobj = next((p for c in preps for p in c.children if p.dep_ == "pobj"), None)
        if pobj is None:
            continue
        run = list(doc[min(y.i for y in pobj.subtree):max(y.i for y in pobj.subtree) + 1])
        om, oname, _ = _org_from_run(ix, run)
        if om is None or om.label != "ORG":
            continue
        person = ix.mention(span[0], span[1], "PERSON")
        if person is None:
            continue
        if lem == "write":
            title = "columnist" if any(o.lemma_.lower() == "column" for o in objs) else "writer"
        else:
            title = "lecturer" if any(w.lower() in SCHOOL_WORDS for w in om.text.split()) else "teacher"
        yield Position(person=person, title=title, org=om, evidence=ix.evidence(t), org_name=oname,
                       former=t.tag_ == "VBD")


def _term_ended(verb) -> bool:
    """Whether a past office verb is closed by a time bound: "who chaired X until 1999".

    Heuristic (news usage, as for :func:`_time_bounded`): a simple past "chaired", "headed", "ran"
    with an "until"/"till" phrase or clause under it ("until 2015", "until it closed") tells of
    a post that has ended.

    Args:
        verb: the office verb token.

    Returns:
        True for an ended post.
    """
    if verb.tag_ != "VBD":
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"until", "till"} and any(p.dep_ == "pobj" for p in c.children):
            return True  # "until 2015"
        if c.dep_ == "advcl" and c.tag_ in {"VBD", "VBN"} and any(
                m.dep_ == "mark" and m.lower_ in {"until", "till"} for m in c.children):
            return True  # "until it closed", "until she retired"
    return False


# Offices of a state: with no organisation written, the state can be read from context.
STATE_OFFICE_HEADS = frozenset({"minister", "president", "premier", "chancellor", "taoiseach",
                                "vice-president", "president-elect"})


def _context_state(ix: _Index, f: _Fact, info: _TitleInfo) -> Mention | None:
    """The state a titled official serves when the phrase names none ("Foreign Minister X told ...").

    1. An earlier unnamed mention of the same title tied to a state: "Serbia has ..., its foreign
       minister said" / "Serbia's foreign minister said" / "the Serbian foreign minister said".
    2. Else "in CAPITAL" in the same sentence ("told reporters in Belgrade"), when the sentence
       names no other state.
    Before both: "A's delegation was led by Minister X" (the state whose team the official leads).
    Only for offices of a state (minister, president, premier, chancellor); never for envoys,
    ambassadors or spokesmen, whose posting city is no employer.
    """
    words = info.title.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    if head not in STATE_OFFICE_HEADS:  # "foreign minister", "minister of foreign affairs"
        return None
    doc = ix.doc
    sent = ix.sent_at[f.tok.i]
    if sent is None:
        return None
    span = ix.person_at.get(f.tok.i, (f.tok.i, f.tok.i + 1))
    # 0a. "Chile's top diplomat, Foreign Minister Name": the state of the title apposed before
    t0 = span[0] - len(words)
    if t0 >= 3 and doc[t0 - 1].text == "," and \
            [t.lower_ for t in doc[t0:span[0]]] == [w.lower() for w in words] and _title_head_ok(doc[t0 - 2]):
        for k in range(t0 - 3, max(sent.start, t0 - 8) - 1, -1):
            if doc[k].is_punct:
                break
            if doc[k].tag_ == "POS" and k > sent.start:
                m = ix.country_mention(doc[k - 1], allow_demonym=False)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                    return m
                break
    # 0. "Name, who heads Chilean diplomacy,": the state the relative clause names
    k = span[1]
    if k + 3 < sent.end and doc[k].text == "," and doc[k + 1].lower_ == "who" and \
            doc[k + 2].lemma_.lower() in {"lead", "head", "run", "direct"}:
        for t in doc[k + 3:min(sent.end, k + 7)]:
            if t.is_punct:
                break
            m = ix.country_mention(t) if ix.demonym_country(t) or t.tag_ == "POS" or \
                (ix.ent_at[t.i] is not None and ix.ent_at[t.i].label_ == "COUNTRY") else None
            if m is not None and m.label == "COUNTRY":
                return m
    # 0b. "A's delegation was led by Deputy Foreign Minister Name": the state whose team the official heads
    root = doc[span[1] - 1]
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in LEAD_VERBS:
        for subj in (c for c in root.head.head.children if c.dep_ == "nsubjpass"):
            for c in subj.children:
                m = ix.country_mention(c, allow_demonym=True) if c.dep_ in {"poss", "amod", "compound"} else None
                if m is not None and m.label == "COUNTRY":
                    return m
    # 1. an unnamed, state-bound mention of the same title earlier in the article
    k = span[0] - 1
    n = len(words)
    while k >= n - 1:
        t = doc[k]
        if t.lower_ == words[-1] and all(doc[k - n + 1 + j].lower_ == words[j] for j in range(n - 1)):
            m = _title_state(ix, k - n + 1, k)  # None for the official's own title (a name follows)
            if m is not None:
                return m
        k -= 1
    # 2. "in CAPITAL" in the same sentence
    states = []
    cap = None
    for ent in ix.ents_in(sent.start, sent.end):
        m = ix.country_mention(ent.root, allow_demonym=False, allow_capital=True)
        if m is None or m.label not in {"COUNTRY", "TERRITORY"}:
            continue
        states.append(m.kb_id or m.text)
        if ent.label_ not in {"COUNTRY", "TERRITORY"} and ent.start > 0 and doc[ent.start - 1].lower_ == "in" \
                and ent.start > span[1]:
            cap = cap or m
    if cap is not None and len(set(states)) == 1 and cap.kb_id in _main_states(ix):
        return cap  # a visiting leader speaks in a foreign capital: only the article's own state
    # 2b. "In CAPITAL, Deputy Foreign Minister Name said ...": the setting that opens the sentence, or
    # the sentence before it in the same paragraph ("In CAPITAL, the tone differed. Minister Name said")
    settings = [sent]
    prev = ix.sent_at[sent.start - 1] if sent.start > 0 else None
    if prev is not None and not states and "\n" not in doc[prev.start:sent.start].text_with_ws:
        settings.append(prev)
    for sn in settings:
        first = ix.ent_at[sn.start + 1] if sn.start + 1 < sn.end else None
        if doc[sn.start].lower_ == "in" and first is not None and first.start == sn.start + 1 and \
                first.end < len(doc) and doc[first.end].text == "," and first.end <= span[0]:
            m = ix.country_mention(first.root, allow_demonym=False, allow_capital=True)
            if m is not None and m.label == "COUNTRY":
                return m
    # 3. the outlet's own state: a domestic paper writes its government's offices unqualified
    core = [w for w in words if w not in RANK_PREFIXES | {"of", "for", "and", "the"}]
    # "First Vice Foreign Minister": a foreign minister; "Minister of Foreign Affairs": three words of office
    own = _home_state(ix) if len(core) <= 3 and head not in {"president", "vice-president",
                                                              "president-elect"} else None
    # (not a bare "President X": papers name foreign presidents unqualified as often as their own)
    if own:
        return Mention(ix.article.id, -1, -1, own, "COUNTRY", own)
    return None


# a state's voices abroad and at home: the officials who speak for the state the words they report name
VOICE_TITLES = frozenset({"ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman"})
# speech verbs whose reported clause a state's voice speaks for it
VOICE_VERBS = frozenset({"say", "tell", "add", "state", "stress", "insist", "declare", "reiterate"})


def _voiced_state(ix: _Index, f: _Fact, info: _TitleInfo) -> Mention | None:
    """The state a bare envoy or spokesperson speaks for: the subject of the clause they report.

    "Ruritania backs the plan, ambassador Name said", '"Tolsa hopes for calm," spokesperson Name told
    reporters': an official named by a bare voice title who reports a clause whose subject is a state
    (or its capital, "Varnby has never accepted ...") speaks for that state (the reporting convention of
    wire copy, where an official's words are given as the state's own: "Ruritania says ..., its envoy said").  A clause
    with a modal of obligation ("X must withdraw") is a demand made of another state and gives nothing.

    Args:
        ix: the document index.
        f: the title fact.
        info: its title.

    Returns:
        The state's mention, or None.
    """
    words = info.title.split()
    if not words or words[-1] not in VOICE_TITLES or len(words) > 2:
        return None
    span = ix.person_at.get(f.tok.i, (f.tok.i, f.tok.i + 1))
    root = ix.doc[span[1] - 1]
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in VOICE_VERBS:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ in {"ccomp", "parataxis"} and verb.head.i < verb.i:
        clauses.append(verb.head)  # "Ruritania backs the plan, ambassador Name said": the clause comes first
    for clause in clauses:
        if any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"} for c in clause.children):
            continue
        for subj in (c for c in clause.children if c.dep_ == "nsubj"):
            m = ix.country_mention(subj, allow_demonym=False, allow_capital=True)
            if m is not None and m.label == "COUNTRY":
                return m
    return None


# words that rank an office without changing whose it is: "First Vice Foreign Minister"
RANK_PREFIXES = frozenset({"first", "second", "third", "vice", "deputy", "acting", "senior", "junior"})


# "A's delegation was headed by X": the verbs of leading a team
LEAD_VERBS = frozenset({"lead", "head", "chair", "front"})


# local offices whose seat is the place a report is set in: "In X, the mayor, Name, said"
LOCAL_OFFICE_HEADS = frozenset(t.split()[-1] for t in PLACE_OFFICE_TITLES) | frozenset({
    "administrator", "prefect", "sub-prefect", "sheriff", "alcalde", "burgomaster", "intendant", "reeve",
    "mukhtar", "headman"})  # a village's head: "In <village>, mukhtar Name said"


# the tiers of local government an office may be styled by: "the provincial executive", "a district chief"
LOCAL_TIER_WORDS = frozenset({"provincial", "district", "municipal"})


def _place_apposed(doc, e: int, end: int) -> bool:
    """Tell whether a place noun is set beside the name ending at e: "In X, a village in Y, ...".

    The appositive says what the name is, whatever label the NER gave it (a small village's name is
    often read as an organisation's).

    Args:
        doc: the parsed document.
        e: the token index after the name.
        end: the end of the sentence.

    Returns:
        True when ", a / an / the <place noun>" follows the name.
    """
    if e + 2 >= end or doc[e].text != "," or doc[e + 1].lower_ not in {"a", "an", "the"}:
        return False
    k = e + 2
    while k < min(end, e + 5) and doc[k].pos_ == "ADJ":
        k += 1  # "a small fishing village"
    while k + 1 < end and doc[k].pos_ == "NOUN" and doc[k + 1].pos_ == "NOUN":
        k += 1
    return k < end and doc[k].lower_ in PLACE_NOUNS


def _setting_place(ix: _Index, f: _Fact, info: _TitleInfo) -> Mention | None:
    """The place a bare local office belongs to: the setting the sentence (or the one before it,
    in the same paragraph) opens with.

    "In X itself, the motion was met with shrugs. The mayor, Name, said ...": the mayor is
    X's.  "In X, Y, Governor Name ...": a governor governs the larger unit Y written after the
    comma.  News reports name a local official by office alone once the dateline or the
    sentence has set the scene (the "In <place>," scene-setting opener).

    Args:
        ix: the document index.
        f: the title fact.
        info: its title.

    Returns:
        The place mention, or None.
    """
    words = info.title.split()
    if not words or (words[-1] not in LOCAL_OFFICE_HEADS and words[0] not in LOCAL_TIER_WORDS) or len(words) > 3:
        return None  # ("Provincial executive Name": an office of the local tier is the setting's too)
    doc = ix.doc
    sent = ix.sent_at[f.tok.i]
    if sent is None:
        return None
    cands = [sent]
    if sent.start > 0:
        prev = ix.sent_at[sent.start - 1]
        if prev is not None and "\n" not in doc[prev.start:sent.start].text_with_ws:
            cands.append(prev)
    for sn in cands:
        k = sn.start
        while k < sn.end and _is_space(doc[k]):
            k += 1
        lead = k  # "Across the river in X,", "Further north in X,": a short lead-in of place words before "in"
        while k < min(sn.end, lead + 4) and doc[k].lower_ != "in" and ix.ent_at[k] is None and \
                doc[k].pos_ in {"ADV", "ADP", "DET", "NOUN", "ADJ"}:
            k += 1
        if k + 1 >= sn.end or doc[k].lower_ != "in":
            continue
        ent = ix.ent_at[k + 1] if doc[k + 1].pos_ != "DET" else None
        if ent is None or ent.start != k + 1 or ent.label_ not in {"GPE", "LOC", "PLACE", "TERRITORY"} and \
                not _place_apposed(doc, ent.end, sn.end):
            continue
        place = ix.ent_mention(ent)
        nxt = ix.ent_at[ent.end + 1] if ent.end + 1 < sn.end and doc[ent.end].text == "," else None
        if words[-1] == "governor" and nxt is not None and nxt.start == ent.end + 1 and \
                nxt.label_ in {"GPE", "LOC", "PLACE", "TERRITORY"}:
            place = ix.ent_mention(nxt)  # "In Pago Pago, American Samoa, Governor Name"
        if place is not None and place.start < f.anchor.start:
            return place
    return None


def _context_body(ix: _Index, f: _Fact, info: _TitleInfo) -> tuple[Mention | None, str | None]:
    """The body a bare spokesperson speaks for when a phrase before the title names it: "At the
    briefing of Ruritania's Ministry of Trade (MOT), spokesperson Name said ...".

    Only a spokes-title with nothing else written, and only when the sentence names exactly one
    organisation before it (an acronym in brackets after a name is the same body).

    Args:
        ix: the document index.
        f: the title fact.
        info: its title.

    Returns:
        (organisation mention, written name) or (None, None).
    """
    words = info.title.lower().split()
    # a ministry's own officer ("Vice-Minister Name" after "The Ministry of X was ...") takes the body the same way
    officer = bool(words) and words[-1] in MINISTRY_OFFICERS and all(w in SPOKES_RANKS | {"vice"} for w in words[:-1])
    if not words or not officer and (words[-1] not in SPOKES_WORDS or any(w not in SPOKES_RANKS for w in words[:-1])):
        return None, None
    doc = ix.doc
    sent = ix.sent_at[f.tok.i]
    span = ix.person_at.get(f.tok.i, (f.tok.i, f.tok.i + 1))
    if sent is None:
        return None, None
    if info.head is not None and info.head.i - sent.start < len(words) + 2 * officer and ix.sent_no(sent.start) > 0:
        # "The Ruritanian Foreign Ministry replied. Deputy spokesman Name said ...": a title that opens the
        # sentence speaks for the body the sentence before had as its subject (the centering rule: the
        # subject is the likeliest centre to be continued; Grosz, Joshi & Weinstein 1995)
        prev = ix.sents[ix.sent_no(sent.start) - 1]
        subj = [e for e in ix.ents_in(prev.start, prev.end) if e.label_ == "ORG" and e.root.dep_ == "nsubj"
                and e.root.head.i == prev.root.i and (e[-1].lower_ in MINISTRY_WORDS | {"embassy", "government"}
                                                     or officer and any(t.lower_ == "ministry" for t in e[:2]))]
        if officer:
            subj = [e for e in subj if e[-1].lower_ == "ministry" or any(t.lower_ == "ministry" for t in e[:2])]
        if len(subj) == 1:
            org, org_name, _ = _org_from_run(ix, list(doc[subj[0].start:subj[0].end]))
            if org is not None and org.label != "PERSON":
                return org, org_name
    if officer:
        return None, None
    taken = _unnamed_spokes_body(ix, sent, span[0])
    if taken is not None:
        return taken
    bodies = []
    for ent in ix.ents_in(sent.start, span[0]):
        if ent.label_ != "ORG" or ent.end > span[0] - 1:
            continue
        if ent.start > 0 and doc[ent.start - 1].text == "(" and bodies and bodies[-1].end == ent.start - 1:
            continue  # "Ministry of Trade (MOT)": the acronym of the body just named
        bodies.append(ent)
    if not bodies:
        # "Speaking at the ministry's briefing, spokesperson Name": the body "the ministry" names again
        ent = _definite_body_before(ix, sent.start, span[0])
        if ent is None:
            return None, None
        org, org_name, _ = _org_from_run(ix, list(doc[ent.start:ent.end]))
        return (org, org_name) if org is not None and org.label != "PERSON" else (None, None)
    if len(bodies) != 1 or bodies[0].root.dep_ != "pobj":
        return None, None  # "At the briefing of ORG, ...": the body a phrase before the title names
    org, org_name, _ = _org_from_run(ix, list(doc[bodies[0].start:bodies[0].end]))
    if org is None or org.label == "PERSON":
        return None, None
    return org, org_name


def _unnamed_spokes_body(ix: _Index, sent, end: int) -> tuple[Mention, str | None] | None:
    """The body of an unnamed spokesperson of the sentence before, whom a bare "spokesperson Name" names.

    "A spokeswoman for Ruritania's Ministry of Trade said on Monday ... . "...," spokeswoman Name told
    reporters": the lead gives the role and the body, the next sentence the name (a definite description taken
    up by a name, as in the centering account of Grosz, Joshi & Weinstein 1995). Only one such unnamed
    spokes-title with a "for"/"of" body in the two sentences before (or earlier in the same one) counts.

    Args:
        ix: the document index.
        sent: the sentence of the bare title.
        end: the index where the named person starts.

    Returns:
        (organisation mention, written name), or None.
    """
    doc = ix.doc
    no = ix.sent_no(sent.start)
    lo = ix.sents[max(0, no - 2)].start
    found = []
    for t in doc[lo:end]:
        if t.lower_ not in SPOKES_WORDS or t.i >= end - 1 and t.i >= sent.start:
            continue
        if any(ix.person_at.get(k) is not None for k in range(t.i + 1, min(t.i + 4, len(doc)))):
            continue  # "a spokesman for X, Name,": the spokesman is named there
        bodies = [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}
                  for p in c.children if p.dep_ == "pobj" and ix.ent_at[p.i] is not None
                  and ix.ent_at[p.i].label_ == "ORG"]
        if bodies:
            ent = ix.ent_at[bodies[0].i]
            found.append(ent)
    if len({e.start for e in found}) != 1:
        return None
    org, org_name, _ = _org_from_run(ix, [x for x in doc[found[0].start:found[0].end] if x.tag_ != "POS"])
    return (org, org_name) if org is not None and org.label != "PERSON" else None


# lower-case body nouns a reporter puts before a title for a body named earlier: "association president Name"
PREMOD_BODY_NOUNS = frozenset({"association", "society", "federation", "union", "foundation", "trust", "charity",
                               "chamber", "guild", "league", "club", "council", "board", "committee", "commission"})


def _premod_body(ix: _Index, f: _Fact, info: _TitleInfo) -> tuple[Mention | None, str]:
    """The body of "association president Name": the last one named earlier with that noun in its name.

    A reporter who has named "the Tolsby Growers' Association" (or "the Association of Varnek Towns") writes its
    officer as "association president Name"; the lower-case noun before the title is a definite description
    of that body, resolved to the nearest earlier name holding the same noun (the head-matching rule of
    definite-description coreference, Vieira and Poesio 2000), at most five sentences back.

    Args:
        ix: the document index.
        f: the title fact.
        info: its title.

    Returns:
        (organisation mention, title without the body noun), or (None, the title).
    """
    head = info.head
    doc = ix.doc
    if head is None or head.i < 1 or _head_kind(head) != "title":
        return None, info.title
    noun = doc[head.i - 1]
    if not noun.is_lower or noun.lower_ not in PREMOD_BODY_NOUNS:
        return None, info.title
    if noun.i > 0 and (doc[noun.i - 1].text[:1].isupper() or doc[noun.i - 1].tag_ == "POS") and \
            doc[noun.i - 1].lower_ not in {"the", "a", "an"} and not doc[noun.i - 1].is_punct:
        return None, info.title  # "Tolsby council chairman": the place names the body
    floor = _sentences_back(ix, noun.i, 5)
    for k in range(noun.i - 1, floor - 1, -1):
        ent = ix.ent_at[k]
        if ent is None or ent.label_ != "ORG" or ent.start != k:
            continue
        words = [t.lower_ for t in doc[ent.start:ent.end] if t.text[:1].isupper()]
        if noun.lower_ not in words or ix.person_at.get(ent.start) is not None:
            continue
        title = info.title
        if title.lower().startswith(noun.lower_ + " "):
            title = title[len(noun.text) + 1:]
        end = ent.end  # "Association of" + "Varnek Towns" the tagger split: the name runs on over "of"
        while end < noun.i and (doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" or
                                doc[end].lower_ in {"of", "for"} and doc[end + 1].text[:1].isupper()):
            end += 1
        if doc[end - 1].lower_ in {"of", "for"}:
            return None, info.title
        return (ix.ent_mention(ent) if end == ent.end else ix.mention(ent.start, end, "ORG", "")), title
    return None, info.title


# titles of people who write or film for an outlet, and the verbs that name it: "a journalist who covers X for Y"
PRESS_TITLES = frozenset({"journalist", "reporter", "correspondent", "writer", "columnist", "photographer",
                          "editor", "photojournalist", "contributor", "freelancer", "commentator", "videographer"})
PRESS_VERBS = frozenset({"cover", "write", "report", "work", "file", "contribute", "shoot", "photograph"})


def _outlet_served(ix: _Index, f: _Fact, info: _TitleInfo) -> Mention | None:
    """The outlet of "a journalist (based in X) who covers Y for Z": Z, where the press title left it unnamed.

    Author footers name the outlet in a relative clause after the title rather than in
    the title ("X is a reporter who writes about energy for the Varn Post").  Only a
    press title, a "who" clause with a verb of reporting, and an organisation right after
    the clause's first "for" count.

    Args:
        ix: the document index.
        f: the title fact.
        info: its title.

    Returns:
        The outlet's mention, or None.
    """
    head = info.head
    if head is None or head.lemma_.lower() not in PRESS_TITLES:
        return None
    doc = ix.doc
    sent = ix.sent_at[head.i]
    if sent is None:
        return None
    k = head.i + 1
    while k < sent.end - 1 and k - head.i <= 8 and doc[k].lower_ != "who":
        if doc[k].text in {";", ":", "–", "—"} or ix.person_at.get(k) is not None:
            return None
        k += 1
    if k >= sent.end - 1 or doc[k].lower_ != "who" or doc[k + 1].lemma_.lower() not in PRESS_VERBS:
        return None
    for j in range(k + 2, sent.end - 1):
        if doc[j].pos_ in {"VERB", "AUX"} and doc[j].dep_ not in {"amod", "compound"} or doc[j].text == ";":
            return None
        if doc[j].lower_ == "for":
            ent = ix.ent_at[j + 1]
            if ent is None and doc[j + 1].lower_ == "the" and j + 2 < sent.end:
                ent = ix.ent_at[j + 2]  # "for the X Post" with the article outside the name
                if ent is not None and ent.start != j + 2:
                    ent = None
            if ent is None or ent.start not in {j + 1, j + 2} or ent.label_ != "ORG":
                return None
            return ix.ent_mention(ent)
    return None


def _definite_body_before(ix: _Index, start: int, end: int) -> Span | None:
    """The body a possessive definite description ("the ministry's") in tokens [start, end) names again.

    The description's noun must be the last word of an organisation named in
    this or the two sentences before ("The Foreign Ministry ... the ministry's
    briefing"); of several, the nearest.  A definite-NP anaphor matched on its
    head noun, as in Vieira & Poesio (2000).

    Args:
        ix: the document index.
        start: first token to look at.
        end: token to stop before.

    Returns:
        The organisation entity span, or None.
    """
    doc = ix.doc
    for k in range(start + 1, end - 1):
        t = doc[k]
        if not (t.pos_ == "NOUN" and t.is_lower and doc[k - 1].lower_ == "the" and doc[k + 1].tag_ == "POS"):
            continue
        floor = ix.sents[max(ix.sent_no(k) - 2, 0)].start if ix.sents else 0
        for ent in reversed(ix.ents_in(floor, k - 1)):
            if ent.label_ == "ORG" and ent[-1].lower_ == t.lower_:
                return ent
    return None


MINISTRY_WORDS = frozenset({"ministry", "department", "office", "secretariat"})
SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
SPOKES_RANKS = frozenset({"deputy", "chief", "senior", "acting", "assistant", "official", "principal"})
#: a ministry's own officers, whose ministry a sentence before may name ("Vice-Minister Name", "Deputy Minister Name")
MINISTRY_OFFICERS = frozenset({"minister", "vice-minister", "undersecretary", "under-secretary"})


def _home_department_post(ix: _Index, p: Position) -> bool:
    """A cabinet post or a department's spokesperson with no state named.

    "Lands and Natural Resources cabinet secretary", "spokesperson" of "Ministry of
    External Affairs (MEA)": the post belongs to a national government, but the text does
    not say whose.

    Args:
        ix: the document index.
        p: a position read from the article.

    Returns:
        True for such a post.
    """
    words = p.title.casefold().replace("-", " ").split()
    if not words:
        return False
    org = (p.org.text if p.org is not None else p.org_name) or ""
    if p.org is not None and p.org.label != "ORG":
        return False
    if org.isupper() and 2 <= len(org) <= 6:
        # an acronym: read its expansion, "Ministry of External Affairs (MEA)"
        m = re.search(r"((?:[^\s()]+[ \t]+){1,7})\(" + re.escape(org) + r"\)", ix.text)
        if m:
            org = m.group(1)
    org_words = org.casefold().split()
    if words[-1] in PORTFOLIO_HEADS | {"secretary"} and any(w in PORTFOLIO_WORDS for w in words[:-1]) and not org:
        return True
    if words[0] in {"minister", "secretary"} and len(words) > 2 and words[1] in {"of", "for"} and \
            any(w in PORTFOLIO_WORDS for w in words[2:]) and not org:
        return True  # "the Minister of Health and Social Welfare": the head first
    if words[-1] in SPOKES_WORDS | PORTFOLIO_HEADS and any(w in MINISTRY_WORDS for w in org_words) and \
            any(w in PORTFOLIO_WORDS | {"foreign", "home"} for w in org_words):  # "the Foreign Ministry"
        return True
    return False


# a masthead tagline naming the outlet's country: "Ruritania's Leading Newspaper", "Name -
# Ruritania's leading English-language news site", "Latest news and analysis from Ruritania"
TAGLINE_OWNER = re.compile(r"(?:^|[-–—|:]\s)\s*(?P<c>[A-Z][\w.' -]{1,40}?)['’]s\s+(?:\S+\s+){0,4}?"
                           r"(?:newspaper|news\s?paper|daily|paper|weekly|news\s(?:site|website|source|outlet)|broadcaster)\b",
                           re.IGNORECASE)
TAGLINE_FROM = re.compile(r"\b(?:news|analysis|journalism)\b[^.]{0,60}?\bfrom\s+(?P<c>[A-Z][\w.' -]{1,40}?)\s*$")
# a tagline opening with the outlet's nationality: "Ruritanian news in English", "Ruritanian news and views"
TAGLINE_DEMONYM = re.compile(r"^(?P<c>[A-Z][\w'-]+)\s+(?:news|journalism)\b[\w ,&'-]{0,40}$")
MASTHEAD_SEPARATORS = (" - ", " – ", " — ", " | ", ": ")


def _home_state(ix: _Index) -> str | None:
    """The country an outlet names as its home, or None.

    Read from the outlet's name ("The Ruritania Herald", "The Vadstena Post" with a
    capital), from a site-title masthead, "Name - Ruritania Latest News" (the country
    must follow the separator with a short outlet name before it that names no state),
    or from a tagline in the first or last three lines ("Ruritania's Leading Newspaper",
    "Latest news and analysis from Ruritania", "Ruritanian news in English"); a short outlet
    name may open with its nationality instead ("The Ruritanian Times").
    Domestic papers write their own government's offices unqualified ("Foreign Minister
    X"), so this is the state such an office belongs to.

    Args:
        ix: the document index.

    Returns:
        The canonical country name, or None.
    """
    if hasattr(ix, "_home_state_cache"):
        return ix._home_state_cache
    gaz = ix.gaz

    def state_in(words: list[str]) -> str | None:
        for n in (3, 2, 1):
            for k in range(len(words) - n + 1):
                key = " ".join(words[k:k + n])
                entry = gaz.lookup(key)
                if entry is not None and entry.cls == "Country":
                    return entry.name
                if fold(key) in gaz.capitals and key[:1].isupper():
                    return gaz.capitals[fold(key)]
        return None

    def demonym_state(word: str) -> str | None:
        name = gaz.country_of_demonym(word)
        entry = gaz.lookup(name) if name else None
        return entry.name if entry is not None and entry.cls == "Country" else None

    found = None
    if ix.article.outlet:
        words = re.findall(r"[\w'.]+", ix.article.outlet)
        found = state_in(words)
        if found is None and words and words[0].casefold() == "the":
            words = words[1:]
        if found is None and 2 <= len(words) <= 4:
            found = demonym_state(words[0])  # "The Ruritanian Times", "Ruritanian Broadcasting World"
    first = next((line.strip() for line in ix.article.raw.splitlines() if line.strip()), "")
    if found is None and len(first) <= 120:
        for sep in MASTHEAD_SEPARATORS:
            if sep in first:
                name, _, rest = first.partition(sep)
                name_words = re.findall(r"[\w'.]+", name)
                if 1 <= len(name_words) <= 4 and state_in(name_words) is None:
                    found = state_in(re.findall(r"[\w'.]+", rest)[:3])
                break
    if found is None:
        lines = [line.strip() for line in ix.article.raw.splitlines() if line.strip()]
        for line in lines[:3] + lines[-3:]:
            if len(line) > 120:
                continue
            m = TAGLINE_OWNER.search(line) or TAGLINE_FROM.search(line)
            if m is not None:
                found = state_in(re.findall(r"[\w'.]+", m.group("c")))
                if found is not None:
                    break
            m = TAGLINE_DEMONYM.match(line)
            if m is not None and demonym_state(m.group("c")):
                found = demonym_state(m.group("c"))
                break
    ix._home_state_cache = found
    return found


#: the dashes that close a dateline ("VARNBY – ...", "VARNBY, May 3 — ...")
DATELINE_DASHES = frozenset({"–", "—", "-", "--"})


def _dateline_state(ix: _Index) -> str | None:
    """The state whose capital the article's dateline names ("MBABANE – The Minister of X ..."), or None.

    A domestic report datelined in its own capital writes its government's offices unqualified, so an
    office with no state named is that capital's state's (AP and Reuters style: the dateline is the first
    word or words of the story's first paragraph, in capitals, before a dash or a comma).

    Args:
        ix: the document index.

    Returns:
        The canonical country name, or None.
    """
    if hasattr(ix, "_dateline_state_cache"):
        return ix._dateline_state_cache
    found = None
    doc = ix.doc
    for sent in ix.sents[:12]:
        run = _capitals_opening(ix, sent)
        if run is None:
            continue
        k, j = run
        if j == k or j - k > 3 or j >= sent.end or doc[j].text not in DATELINE_DASHES | {","}:
            continue
        found = ix.gaz.capitals.get(fold(doc[k:j].text))
        break
    ix._dateline_state_cache = found
    return found


def _capitals_opening(ix: _Index, sent) -> tuple[int, int] | None:
    """Where a sentence that opens a paragraph starts, and where its run of upper-case words ends (a dateline's
    town: "VARNBY, ...", "VARNBY – ...").

    Args:
        ix: the document index.
        sent: the sentence.

    Returns:
        (first word, end of the upper-case run) token indices (equal when the first word is not upper case), or
        None when the sentence does not open a paragraph.
    """
    doc = ix.doc
    k = sent.start
    while k < sent.end and _is_space(doc[k]):
        k += 1
    if k > 0 and "\n" not in doc[k - 1].text_with_ws:
        return None
    j = k
    while j < sent.end and doc[j].is_alpha and doc[j].text.isupper() and len(doc[j].text) >= 2:
        j += 1
    return k, j


def _named_states(ix: _Index) -> dict[str, int]:
    """How often the article names each state (names, capitals and demonyms together)."""
    cached = getattr(ix, "_named_states_cache", None)
    if cached is not None:
        return cached
    counts: dict[str, int] = {}
    for ent in ix.ents:
        m = ix.country_mention(ent.root, allow_demonym=True, allow_capital=True)
        if m is not None and m.kb_id and m.label in {"COUNTRY", "TERRITORY"}:
            counts[m.kb_id] = counts.get(m.kb_id, 0) + 1
    ix._named_states_cache = counts
    return counts


def _main_states(ix: _Index) -> set[str]:
    """The state(s) an article names most often (names, capitals and demonyms together)."""
    cached = getattr(ix, "_main_states_cache", None)
    if cached is not None:
        return cached
    counts = _named_states(ix)
    top = max(counts.values(), default=0)
    out = {k for k, v in counts.items() if v == top and top > 0}
    ix._main_states_cache = out
    return out


def _title_state(ix: _Index, start: int, end: int) -> Mention | None:
    """The state an unnamed title mention doc[start..end] is tied to, or None if a name
    goes with it (then it is someone's own position, not an anaphor)."""
    doc = ix.doc
    after = end + 1
    if after < len(doc) and (ix.person_at.get(after) is not None or (
            doc[after].text == "," and after + 1 < len(doc) and ix.person_at.get(after + 1) is not None)):
        return None
    if start > 0 and ix.person_at.get(start - 1) is not None and doc[start - 1].tag_ != "POS":
        return None
    k = start - 1
    while k >= 0 and doc[k].lower_ in NON_TITLE_MODIFIERS - FORMER_WORDS - {"former", "then", "late"}:
        k -= 1  # "its new foreign minister"
    if k < 0:
        return None
    p = doc[k]
    if p.tag_ == "POS" and k > 0:
        p = doc[k - 1]
    m = None
    if p.lower_ == "its":
        m = ix.antecedent(p)
    elif p.pos_ in {"PROPN", "ADJ", "NOUN"}:
        m = ix.country_mention(p)
    if m is None and after + 1 < len(doc) and doc[after].lower_ == "of":
        m = ix.country_mention(doc[after + 1], allow_demonym=False)
    if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
        return m
    return None


def _counterpart_position(ix: _Index, f: _Fact, found: list[Position]) -> Position | None:
    info = f.info
    owner: Mention | None = None
    if info.possessor is not None:
        if info.possessor.tag_ == "PRP$":
            span = ix.person_at.get(f.tok.i)
            owner = ix.antecedent(info.possessor, exclude=span)
        else:
            owner = ix.person_mention(info.possessor.i)
    else:
        # "Berg ... with her Ruritanian counterpart Lind": the sentence's other titled person
        sent = ix.sent_at[f.tok.i]
        for p in found:
            if sent is not None and sent.start_char <= p.person.start < sent.end_char and p.person != f.anchor:
                owner = p.person
                break
    if owner is None:
        return None
    last = owner.text.split()[-1] if owner.text.split() else owner.text
    for p in found:
        words = p.person.text.split()
        if p.person.text == owner.text or (words and words[-1] == last):
            head = p.title.split()[-1] if p.title else ""
            if head in OFFICE_TITLES:
                return Position(person=f.anchor, title=p.title, org=info.org, evidence=ix.evidence(f.tok),
                                org_name=info.org_name, former=False)
    return None


# --------------------------------------------------------------------------- stances

@dataclass
class _Polarity:
    negations: int = 0
    blocked: bool = False
    cue_words: list = field(default_factory=list)


def _surface_subject_before(ix: _Index, verb):
    """A country name right before a subjectless verb, after a coordinator: the verb's subject on the surface.

    "A recognises X as B-ian territory and B recognises Y as A-ian": the parser
    joined "B" to the first clause's object and hung the second verb on the first
    without a subject, so the climb would give it A.

    Args:
        ix: the document index.
        verb: the recognition verb.

    Returns:
        The last token of the country's name, or None.
    """
    doc = ix.doc
    ent = ix.ent_at[verb.i - 1] if verb.i > 0 else None
    if ent is None or ent.label_ != "COUNTRY" or ent.end != verb.i or ent.start < 1:
        return None
    if doc[ent.start - 1].lower_ not in {"and", "but", "while", "whereas", ";"}:
        return None
    return doc[verb.i - 1]


def _fronted_subject(ix: _Index, verb):
    """The subject before a reporting aside that the parser made the main clause: "A, NAME said on Monday,
    does not recognise X" (the verb hangs on "said" as its clause, with no subject of its own).

    Args:
        ix: the document index.
        verb: a subjectless clause verb.

    Returns:
        The head token of the name before the first comma of the sentence, or None.
    """
    doc = ix.doc
    # (or the aside read as the clause's parataxis: "A, the ministry said on Friday, continues to recognise X")
    gov = verb.head if verb.dep_ == "ccomp" else next((c for c in verb.children if c.dep_ == "parataxis"), verb)
    if gov.i >= verb.i or gov.lemma_.lower() not in REPORT_CUE_VERBS | {"tell", "add", "insist", "note"}:
        return None
    sent = verb.sent
    first = next((t.i for t in sent if t.text == ","), None)
    if verb.dep_ == "ccomp":
        closed = verb.left_edge.i > gov.i and doc[verb.left_edge.i - 1].text == ","
    else:  # (the aside's own subtree holds the comma that closes it)
        end = gov.right_edge.i
        closed = end < verb.i and (doc[end].text == "," or doc[end + 1].text == ",")
    if first is None or first <= sent.start or not first < gov.i or not closed:
        return None
    root = doc[sent.start:first].root
    if root.pos_ != "PROPN" or ix.holder_mention(root) is None:
        return None
    return root


def _hearsay_clause(cue) -> bool:
    """Whether the cue sits in a clause others report: "reports that A had ...", "reports in the press suggested
    that A ...", "local media reported that A ...", or a forecast ("claimed that A would soon recognise X").

    Args:
        cue: the stance cue.

    Returns:
        True when an ancestor clause is the "that" clause of a report noun, the clause of a reporting verb
        whose subject is hearsay or the unnamed press, or a positive "will / would soon" forecast.
    """
    for a in (cue, *cue.ancestors):
        if a.pos_ not in {"VERB", "AUX"}:
            continue
        if a.dep_ == "acl" and a.head.lemma_.lower() in HEARSAY_NOUNS and a.head.pos_ == "NOUN" and \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in a.children):
            return True
        if a.dep_ == "ccomp" and any(c.dep_ == "nsubj" and (c.lemma_.lower() in HEARSAY_NOUNS or c.lower_ in PRESS_NOUNS
                                                           and a.head.lemma_.lower() in PRESS_REPORT_VERBS)
                                     and (c.tag_ == "NNS" or c.lower_ not in {"report"}) for c in a.head.children):
            return True  # (not "state media quoted an official as saying": the official's words)
        if any(r.dep_ in {"parataxis", "ccomp", "advcl"} and r.i > a.i and r.lemma_.lower() in {"report", "say"} and
               any(c.dep_ == "nsubj" and c.lower_ in PRESS_NOUNS for c in r.children) for r in a.children):
            return True  # "A has revoked its recognition of X, local media reported"
        if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in a.children) and \
                any(c.dep_ == "advmod" and c.lower_ in FORECAST_ADVERBS for c in a.children) and \
                not any(c.dep_ == "neg" for c in a.children):
            return True
        if a.dep_ not in {"xcomp", "ccomp", "acl", "relcl", "conj", "advcl"}:
            break
    return False


def _climb(ix: _Index, cue) -> tuple[object | None, _Polarity, list]:
    """Walk from a cue up to its holder, collecting negation and modality.

    Returns:
        (holder head token or None, polarity, visited chain tokens).
    """
    pol = _Polarity()
    if _hearsay_clause(cue):
        pol.blocked = True  # "Reports that A had withdrawn its recognition of X were denied"
        return None, pol, [cue]
    opposed = _recognition_opponent(ix, cue) if cue.pos_ == "NOUN" else None
    if opposed is not None:
        return opposed[1], pol, [cue]  # "A condemned B's recognition of X": B's own act, positive
    chain = []
    cur = cue
    holder = None
    # passive: "Kosovo was recognised by Japan", "Kosovo, recognised by Japan in 2008,"
    raised = _raised_passive(cue)
    if cue.lower_ != "opposed" and any(c.dep_ == "nsubjpass" for c in cue.children) or _unrecognised_by(cue) \
            or raised is not None or (
            cue.dep_ == "acl" and cue.tag_ == "VBN" and any(c.dep_ == "agent" for c in cue.children)):
        _polarity_at(ix, cue, pol, is_cue=True)
        if raised is not None:
            _polarity_at(ix, raised, pol, is_cue=False)  # "has yet to be", "has never been"
        for c in cue.children:
            # (or "by" parsed as a plain preposition: "is recognised only by Ankara")
            if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" and c.i > cue.i:
                pob = [p for p in c.children if p.dep_ == "pobj"]
                if pob:
                    return pob[0], pol, [cue]
        return None, pol, [cue]
    via_conj = False
    adjunct = False
    for _ in range(8):
        chain.append(cur)
        if adjunct:
            # "withdrew its envoy after recognising X": a time adjunct is outside the governor's negation;
            # only its modality still counts ("plans to open an embassy after recognising X")
            scratch = _Polarity()
            _polarity_at(ix, cur, scratch, is_cue=False)
            pol.blocked = pol.blocked or scratch.blocked
        elif not via_conj:
            # a coordinated verb has its own polarity: "has long sought X and does not recognise Y"
            _polarity_at(ix, cur, pol, is_cue=cur.i == cue.i)
        if pol.blocked:
            return None, pol, chain
        # (a subjectless "no chance of recognising X" climbs on, and the prospect noun counts there)
        prospect = _prospect_of(cur) if cur.i == cue.i and (
            cur.dep_ == "acl" or any(c.dep_ == "nsubj" for c in cur.children)) else None
        if prospect is not None:
            # "there is no question / chance of A recognising X" rules it out; "the prospect of A
            # recognising X" is only a prospect
            no = [c for c in prospect.children if c.dep_ == "det" and c.lower_ == "no"]
            if not no:
                pol.blocked = True
                return None, pol, chain
            pol.negations += 1
            pol.cue_words.extend([*no, prospect])
            if cur.dep_ == "acl":
                return cur.head, pol, chain  # (A parsed as the object of "of", the verb hung on it)
        subj = None
        for c in cur.children:
            if (c.dep_ in {"nsubj", "csubj"} or (c.dep_ == "nsubjpass" and cur.i != cue.i)) and not _dateline(c):
                subj = c
                break
            if c.dep_ == "nsubj" and _dateline(c):
                # "OUTLET, City - A has ...": the subject after the dateline, parsed as its apposition
                subj = next((a for a in c.children if a.dep_ == "appos" and not _dateline(a)), None)
                if subj is not None:
                    break
        if subj is None and cur.i == cue.i and cur.pos_ == "VERB" and cur.dep_ in {"advcl", "conj", "ccomp"}:
            subj = _surface_subject_before(ix, cur)  # "A recognises X as B-ian and B recognises Y as A-ian"
        if subj is None and cur.dep_ in {"ccomp", "ROOT"} and cur.pos_ in {"VERB", "AUX"}:
            subj = _fronted_subject(ix, cur)  # "A, NAME said on Monday, does not recognise X"
        if subj is None and cur.pos_ in {"VERB", "AUX"}:
            # a broken parse: "Vanuatu withdrew recognition" with the country as npadvmod/dep
            for c in cur.children:
                if c.dep_ in {"npadvmod", "dep", "nmod", "advmod"} and c.i < cur.i and (
                        c.pos_ == "PROPN" or c.pos_ == "ADV" and ix.ent_at[c.i] is not None) and \
                        ix.country_mention(c, allow_demonym=False) is not None:  # (a capital tagged ADV)
                    subj = c
                    break
        if subj is None and cur.pos_ in {"VERB", "AUX"}:
            # 'the government "does not and will never recognise"': the subject hung on an auxiliary
            subj = next((g for a in cur.children if a.dep_ in {"aux", "auxpass"} and a.i < cur.i
                         for g in a.children if g.dep_ == "nsubj"), None)
        if subj is None and cur.i == cue.i and cur.pos_ == "VERB" and cur.dep_ == "ROOT":
            subj = _surface_owner_before(ix, cur)  # "In a statement, X's Ministry of A and B endorsed"
        if subj is None and cur.pos_ in {"VERB", "AUX"} and any(c.dep_ == "expl" for c in cur.children):
            subj = _existential_seat(ix, cur)  # "there are no plans in CAPITAL to recognise X"
        if subj is not None:
            if cur.i == cue.i and _mandative(cur, subj):
                pol.blocked = True  # "They demanded that A recognise X", "Their demand: that A recognise X"
                return None, pol, chain
            if (cur.dep_ in {"acl", "ccomp"} or cur.dep_ == "relcl" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)) and \
                    cur.head.lemma_.lower() in REPORT_NOUNS and \
                    cur.head.pos_ in {"NOUN", "PROPN"}:  # (not the verb: "A recognises X, the agency reported")
                pol.blocked = True  # "denied reports that it had recognised X": a report, not a stance
                return None, pol, chain
            if cur.i == cue.i and cur.dep_ in {"ccomp", "xcomp"} and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) and \
                    cur.head.lemma_.lower() in BLOCKING_GOVERNORS:
                pol.blocked = True  # "analysts expect X to recognise Y": another's expectation, no stance
                return None, pol, chain
            denial = _denying_copula(cur) if cur.i == cue.i else None
            if denial is not None:
                pol.negations += 1  # "It is not true that A does not recognise X": a double negative
                pol.cue_words.append(denial)
            if subj.lower_ in REL_PRONOUNS and cur.dep_ == "relcl" and denial is None:
                holder = _plural_antecedent_head(cur)
                _copula_frame_polarity(ix, cur.head, pol)
            elif subj.lower_ in {"both", "all"} and cur.dep_ == "relcl" and denial is None and any(
                    c.lower_ in REL_PRONOUNS for c in cur.children):
                holder = _plural_antecedent_head(cur)  # "A and B, which both recognise X"
            else:
                holder = subj
            break
        if cur.i == cue.i and cur.pos_ == "NOUN" and _misread_verb(cur) is not None:
            holder = _misread_verb(cur)
            break
        if cur.i == cue.i and cur.pos_ in {"NOUN", "PROPN"} and _misread_regard(cur) is not None:
            holder = _misread_regard(cur)  # "A and B regard X as Y-ian territory"
            break
        if cur.i == cue.i and s_form_lemmas(cur) & (BELONG_CUE_LEMMAS | CLAIM_REJECT_VERBS) and \
                _fused_country(cur) is not None:
            holder = _fused_country(cur)  # "Ruritania rejects, in the firmest possible way, any suggestion that ..."
            break
        unwanted = _unwanted_course(cur) if cur.i == cue.i else None
        if unwanted is not None:
            pol.negations += 1  # "Recognising X is not something A is considering / will entertain"
            pol.cue_words.append(unwanted[1])
            holder = unwanted[0]
            break
        aside = _speech_aside(cur) if cur.i == cue.i else None
        if aside is not None:
            # "Recognition of X, A's minister said, is not on the table" parsed with "Recognition" hung on the
            # aside "said": when the clause the aside interrupts rules it out, the speaker holds; "Recognition
            # of X, A said, is possible" is a prospect, no stance yet
            speaker = _aside_subject(aside[0], cur) if _ruled_out(aside[1]) else None
            if speaker is None:
                pol.blocked = True
                return None, pol, chain
            pol.negations += 1
            pol.cue_words.append(aside[1])
            holder = speaker
            break
        if cur.i == cue.i and (cur.dep_ == "nsubj" and cur.pos_ in {"NOUN", "PROPN"} or cur.dep_ == "csubj") and \
                _ruled_out(cur.head):
            # "Recognition of X is off the table (for A)", "Recognising X is out of the question, A said"
            pol.negations += 1
            pol.cue_words.append(cur.head)
            holder = _ruled_out_holder(cur)
            break
        ruled = next((c for c in cur.children if c.dep_ == "ccomp" and _ruled_out(c) and any(
            k.dep_ == "nsubj" and k.i > cur.i for k in c.children)), None) \
            if cur.i == cue.i and cur.dep_ == "xcomp" and cur.head.pos_ == "VERB" else None
        if ruled is not None:
            # "A said recognising X was out of the question" parsed as "said recognising" + "X was out of ...":
            # the gerund's object became the subject of the ruling-out clause
            pol.negations += 1
            pol.cue_words.append(ruled)
            holder = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
            break
        if cur.pos_ in {"NOUN", "PROPN"} and cur.i == cue.i and cur.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in BLOCKING_GOVERNORS | DOUBT_WORDS for c in cur.head.children):
            pol.blocked = True  # "X's recognition of Y is unlikely": no stance yet
            return None, pol, chain
        if cur.pos_ in {"NOUN", "PROPN"}:
            poss = [c for c in cur.children if c.dep_ == "poss"]
            if poss and cur.i != cue.i and _refused_request(cur):
                poss = []  # "A turned down B's request for recognition of X": B asked, A refused
            if not poss and cur.i == cue.i and cue.i >= 2 and cue.doc[cue.i - 2].lower_ == "non":
                # "Greece's non-recognition" parsed as "non" + "-" + "recognition"
                poss = [c for t in (cue.doc[cue.i - 2], cue.doc[cue.i - 1]) for c in t.children if c.dep_ == "poss"]
            if poss and cur.i == cue.i and cur.lemma_.lower() in VIEW_NOUNS and cur.dep_ in {"dobj", "obj"} and \
                    cur.head.lemma_.lower() in VIEW_TAKING_VERBS:
                cur = cur.head  # "A backs B's position that X is B's": A takes the view; its subject holds it
                continue
            if poss and poss[0].tag_ == "PRP$" and (judged_by := _judged_for(cur)) is not None:
                poss = [judged_by]  # "B thanked A for its refusal to recognise X": "its" is A
            if poss:
                holder = poss[0]
                # "Honduras withdrew its recognition of Taiwan": the governing verb counts, and so do the words
                # above it ("has no intention of withdrawing its recognition", "refused to end its recognition")
                # - unless another state governs it: "A condemned B's recognition of X" (B still recognises X)
                if cur.dep_ in {"dobj", "pobj"} and cur.head.i != cur.i and _recognition_opponent(ix, cur) is None:
                    gov = cur.head if cur.dep_ == "dobj" else cur.head.head
                    _polarity_at(ix, gov, pol, is_cue=False)
                    for _ in range(4):
                        if pol.blocked or gov.dep_ not in {"pcomp", "pobj", "prep", "xcomp"} or gov.head.i == gov.i:
                            break
                        gov = gov.head
                        _polarity_at(ix, gov, pol, is_cue=False)
                break
            if cur.lemma_.lower() in RECOGNITION_NOUNS or (cur.i != cue.i and cur.lemma_.lower() in DECISION_NOUNS):
                # ("the decision by A to recognise X": the one who decides)
                for c in cur.children:
                    if c.dep_ == "prep" and c.lower_ == "by":
                        pob = [p for p in c.children if p.dep_ == "pobj"]
                        if pob:
                            holder = pob[0]
                            break
                if holder is not None:
                    break
            if cur.dep_ == "appos":
                holder = cur.head
                break
        judged = _judged_for(cur) if cur.i == cue.i else None
        if judged is not None:
            holder = judged  # "B thanked A for not recognising X": A's act, not B's
            break
        if cur.lower_ in {"back", "off"} and cur.dep_ in {"advmod", "prt"} and cur.head.lemma_.lower() == "hold":
            cur = cur.head  # "held back from recognising X": the verb negates (see _polarity_at)
            continue
        if cur.lower_ == "short" and cur.dep_ == "advmod" and cur.head.i != cur.i:
            if cur.head.lemma_.lower() not in NEGATING_GOVERNORS:
                pol.negations += 1  # "fell short of recognising" ("stopped" negates by itself)
                pol.cue_words.append(cur)
            cur = cur.head
            continue
        if cur.dep_ in {"xcomp", "advcl", "acl", "conj", "pcomp", "prep", "pobj", "dobj", "relcl", "attr",
                        "oprd", "ccomp", "amod", "compound", "nmod", "acomp"} and cur.head.i != cur.i:
            if cur.dep_ == "ccomp" and cur.pos_ in {"VERB", "AUX"} and not any(c.dep_ == "expl" for c in cur.children):
                break  # "X said that Y recognised": the speaker is no holder (but "there are no plans to
                # recognise X, A said" has no subject of its own: the speaker's)
            if cur.dep_ == "relcl" and cur.head.pos_ in {"NOUN", "PROPN"} and not (
                    cur.head.lemma_.lower() in REASON_NOUNS and any(
                        c.dep_ == "det" and c.lower_ == "no" for c in cur.head.children)):
                holder = cur.head  # (but "sees no reason to recognise X" is the subject's refusal)
                _copula_frame_polarity(ix, holder, pol)
                break
            via_conj = cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"} and cur.head.pos_ in {"VERB", "AUX"}
            adjunct = adjunct or _time_adjunct(cur)
            cur = cur.head
            continue
        break
    return holder, pol, chain


#: verbs whose "that" clause states a wish, not a fact: "demanded that A recognise X"
MANDATIVE_VERBS = frozenset({"demand", "urge", "request", "propose", "recommend", "want", "wish", "hope",
                             "press", "push", "lobby", "appeal", "call", "petition", "plead", "beg"})


def _mandative(verb, subj) -> bool:
    """Whether a recognition verb is a wish for its subject to act, not the subject's act.

    The mandative subjunctive ("They demanded that Spain recognise X", "Their demand: that Italy
    recognise X") shows in the bare verb form after a singular subject; a "that" clause under a
    verb or noun of demanding or hoping is a wish however it is written ("urged that A recognises
    X"), and so is "for A to recognise X".

    Args:
        verb: the recognition verb.
        subj: its subject token.

    Returns:
        True for a clause that asks for the recognition (a plural-looking name such as "the Marshall
        Islands" takes the bare form by agreement, not as a wish).
    """
    if verb.dep_ in {"ccomp", "acl"} and verb.head.lemma_.lower() in MANDATIVE_VERBS:
        return True  # ("Their demand: that A recognise X": the clause on the noun)
    kids = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return True  # "calls for A to recognise X", "it is time for A to recognise X"
    return verb.tag_ in {"VB", "VBP"} and subj.tag_ in {"NNP", "NN"} and not subj.lower_.endswith("s") and \
        not any(c.dep_ in {"aux", "auxpass", "neg"} for c in kids) and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                          for c in kids) and \
        not any(c.dep_ == "conj" for c in subj.children)


def _copula_frame_polarity(ix: _Index, noun, pol: _Polarity) -> None:
    """Carry the modality and negation of a copula frame into a relative clause's stance.

    "A could become / would be the first state to recognise X" is only imagined, and "A is not a
    state that recognises X" denies it; but "A was not the first state to recognise X" presupposes
    that A did (an ordinal or "only" makes the negation about the rank, not the act).

    Args:
        ix: the document index.
        noun: the noun the relative clause hangs on.
        pol: the polarity collected so far (updated in place).
    """
    cop = noun.head
    if noun.dep_ != "attr" or cop.i == noun.i or cop.lemma_.lower() not in COPULA_LEMMAS:
        return
    cop_pol = _Polarity()
    _polarity_at(ix, cop, cop_pol, is_cue=False)
    if cop_pol.negations == 0 and (cop_pol.blocked or any(c.dep_ == "aux" and c.lower_ in {"would", "'d"}
                                                          for c in cop.children)):
        pol.blocked = True
    elif cop_pol.negations % 2 == 1 and not any(
            c.lower_ in {"first", "only", "sole", "last", "second", "third", "latest", "next"}
            for c in noun.children if c.dep_ in {"amod", "advmod"}):
        pol.negations += 1
        pol.cue_words.extend(cop_pol.cue_words)


def _plural_antecedent_head(relcl):
    """The antecedent of a relative clause: the whole coordination when the clause's verb is plural.

    "A and B, which recognise X": the parser hangs the clause on B, the last conjunct, but the
    plural verb agrees with "A and B" (number agreement; "A and B, which recognises X" is B's alone).

    Args:
        relcl: the verb of the relative clause.

    Returns:
        The first conjunct when the verb (or its auxiliary) is plural or its subject is "both" / "all",
        else the word the clause hangs on.
    """
    head = relcl.head
    plural = relcl.tag_ == "VBP" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBP" for c in relcl.children) \
        or any(c.dep_ == "nsubj" and c.lower_ in {"both", "all"} for c in relcl.children)
    while plural and head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head


#: prepositions and subordinators of a time adjunct: "after recognising X", "since it recognised X"
TIME_ADJUNCT_WORDS = frozenset({"after", "before", "since", "following", "upon", "once"})


def _time_adjunct(tok) -> bool:
    """Tell whether ``tok`` heads a time adjunct of the word above it ("after recognising X", "since it recognised X").

    Args:
        tok: a token on the climb from a cue to its holder.

    Returns:
        True for a gerund after a time preposition, an adverbial clause led by a time subordinator, or a
        perfect participle after its verb ("..., having cut ties").
    """
    if tok.dep_ == "pcomp" and tok.head.lower_ in TIME_ADJUNCT_WORDS:
        return True
    if tok.dep_ == "advcl" and tok.i > tok.head.i and any(
            c.dep_ == "aux" and c.lower_ == "having" for c in tok.children):
        return True  # "A no longer recognises X, having cut ties with it": a perfect participle, an earlier act
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_ADJUNCT_WORDS for c in tok.children)


# verbs that judge someone "for" an act: the act is the object's, not the subject's
JUDGING_VERBS = frozenset({"thank", "praise", "commend", "criticise", "criticize", "condemn", "blame", "fault",
                           "applaud", "congratulate", "punish", "sanction", "rebuke", "reward", "salute", "hail",
                           "slam", "attack", "chide", "scold", "censure", "lambast", "fine", "honour", "honor"})


def _judged_for(cue):
    """The object of a judging verb whose "for" phrase holds the cue: "B thanked A for (not) recognising X",
    "for its refusal to recognise X".

    The gerund after "for" has no subject of its own; its doer is the one
    thanked or blamed (object control), not the subject of the judging verb.

    Args:
        cue: the recognition verb (a gerund) or noun.

    Returns:
        The judged object token, or None.
    """
    prep = cue.head
    if cue.dep_ not in {"pcomp", "pobj"} or prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.i == prep.i:
        return None
    verb = prep.head
    if verb.lemma_.lower() not in JUDGING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)


def _existential_seat(ix: _Index, verb):
    """The state of "in A" in an existential clause: "there are no plans in A to recognise X".

    An existential clause has no subject of its own; news copy places the
    plans or the mood it reports in a capital or a state instead (the
    capital standing for its government, as in "Beijing says").

    Args:
        ix: the document index.
        verb: the existential verb (with an ``expl`` child).

    Returns:
        The token naming the state or its capital, or None (also when the clause denies nothing).
    """
    heads = [verb, *(c for c in verb.children if c.dep_ == "attr")]
    if not any(c.dep_ == "neg" for c in verb.children) and not any(
            d.dep_ == "det" and d.lower_ == "no" for h in heads[1:] for d in h.children):
        return None  # only a denial: "there is talk in A of recognising X" is no one's stance
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    if p.dep_ == "pobj" and ix.country_mention(p, allow_demonym=False) is not None:
                        return p
    return None


#: a wire dateline with a date: "TOWN, May 2 (Agency) -", "TOWN, Region, May 2 -" (Reuters style)
DATED_DATELINE = re.compile(r"(?m)^[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}(?:, [A-Z][\w.'’-]*){0,2}, "
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
                            r"(?: \([^()\n]{2,40}\))? ?[—–-] ")


#: a line-opening dateline of a town in capitals with an optional agency and a dash: "SUVA (Wire) - ", "SUVA - "
AGENCY_DATELINE = re.compile(r"(?m)^[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}"
                             r"(?: \([^()\n]{2,40}\))? ?[—–-] ")


def _dateline(tok) -> bool:
    """Whether ``tok`` lies in a wire dateline the parser made a subject: "SUVA, Fiji — The state of X ...",
    "SUVA, May 2 (Wire) - ...", "SUVA (Wire) - ..." (the line-opening dateline of
    :data:`graph.mentions.DATELINE_TOWN`, or one with a date or an agency)."""
    m = DATELINE_TOWN.match(tok.doc.text, tok.sent.start_char) or \
        DATED_DATELINE.match(tok.doc.text, tok.sent.start_char) or \
        AGENCY_DATELINE.match(tok.doc.text, tok.sent.start_char)
    return m is not None and tok.idx < m.end()


#: nouns of an open prospect: "the chance / prospect of A recognising X"
PROSPECT_NOUNS = frozenset({"question", "chance", "prospect", "possibility", "likelihood", "danger", "risk"})

def _prospect_of(verb):
    """The prospect noun of "(no) question / chance of A recognising X" above the cue ``verb``, or None.

    Two parses: the verb as the complement of "of" (``pcomp``), or A as the object of
    "of" with the verb hung on it (``acl``).
    """
    of = verb.head if verb.dep_ == "pcomp" else (
        verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "pobj" else None)
    if of is None or of.lower_ != "of" or of.head.lemma_.lower() not in PROSPECT_NOUNS:
        return None
    return of.head


#: predicates that rule a course out: "is unthinkable", "remains out of the question", "is off the table", "would
#: be premature" (not now)
RULED_OUT_WORDS = frozenset({"unthinkable", "impossible", "inconceivable", "excluded", "premature"})


def _ruled_out(cop) -> bool:
    """Whether a copula says its subject is ruled out: "is off the table", "is out of the question",
    "is unthinkable", "is not an option", "is not on the agenda"."""
    if cop.lemma_ not in {"be", "remain", "stay"}:
        return False
    kids = list(cop.children)
    negated = any(c.dep_ == "neg" for c in kids)
    for c in kids:
        pobjs = [p.lower_ for p in c.children if p.dep_ == "pobj"] + [
            p.lower_ for g in c.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj"]
        if c.dep_ in {"prep", "advmod"} and c.lower_ == "off" and "table" in pobjs:
            return not negated
        if c.dep_ in {"prep", "advmod", "acomp"} and c.lower_ == "out" and "question" in pobjs:
            return not negated
        if c.dep_ in {"acomp", "attr"} and c.lower_ in RULED_OUT_WORDS:
            return not negated
        if negated and (c.dep_ == "attr" and c.lower_ == "option" or c.dep_ == "prep" and c.lower_ == "on" and (
                {"table", "agenda", "cards"} & set(pobjs))):
            return True
    return False


def _ruled_out_holder(cue):
    """Who rules out a course named by the subject ``cue`` of a ruling-out copula: its possessor, the
    copula's "for A", or the subject of the verb reporting the clause ("A said recognition of X is off
    the table", "Recognition of X, A said, is off the table"); None when the text names nobody."""
    cop = cue.head
    poss = [c for c in cue.children if c.dep_ == "poss"]
    if poss:
        return poss[0]
    inside = {t.i for t in cue.subtree}
    fors = [p for c in cop.subtree if c.dep_ == "prep" and c.lower_ == "for" and c.i not in inside
            for p in c.children if p.dep_ == "pobj"]  # ("is out of the question for A": "for" on "question")
    if fors:
        return fors[0]
    if cop.dep_ in {"ccomp", "parataxis"} and cop.head.pos_ == "VERB":
        return next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
    for rep in (c for c in cop.children if c.dep_ == "parataxis" and c.pos_ == "VERB"):
        return _aside_subject(rep, cue)  # "Recognition of X, A said, is ..."
    return None


def _speech_aside(cue):
    """The speech verb of an aside that the parser hung a recognition noun on, and the interrupted clause.

    "Recognition of X, A's minister said, is off the table": the small model often makes "Recognition"
    the subject or an adverbial of "said", with "said" as parataxis of "is" or "is" as the subjectless
    complement of "said"; on the surface the cue opens the clause the aside interrupts.  (The right
    parse, with the cue the subject of "is", is read by ``_ruled_out_holder``.)

    Args:
        cue: a recognition noun.

    Returns:
        (speech verb, interrupted clause verb), or None.
    """
    verb = cue.head
    if cue.pos_ not in {"NOUN", "PROPN"} or cue.dep_ not in {"nsubj", "advcl", "npadvmod", "dep"} or \
            verb.i < cue.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS or \
            not any(cue.doc[k].text == "," for k in range(cue.i + 1, verb.i)):
        return None
    clauses = [verb.head] if verb.dep_ == "parataxis" else []
    clauses += [c for c in verb.children if c.dep_ == "ccomp" and not any(
        k.dep_ in {"nsubj", "nsubjpass", "expl"} for k in c.children)]
    clause = next((c for c in clauses if c.i > verb.i), None)
    return None if clause is None else (verb, clause)


def _aside_subject(verb, cue):
    """The speaker of a speech aside after ``cue``: the verb's subject, or the noun the parser hung as an
    apposition right before it ("X, Spain's deputy premier said,").

    Args:
        verb: the aside's speech verb.
        cue: the recognition noun before the aside.

    Returns:
        The speaker token, or None.
    """
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > cue.i), None)
    before = cue.doc[verb.i - 1]
    if speaker is None and before.dep_ == "appos" and before.pos_ in {"NOUN", "PROPN"} and before.i > cue.i:
        speaker = before
    return speaker


def _unwanted_course(cue):
    """The state that will not consider a course named by the subject ``cue`` of a negated copula.

    "Recognising X is not something A is considering", "Recognition of X is not a step A will
    contemplate": the copula denies that the course is one A intends (the verbs of
    ``INTENT_GOVERNORS`` and ``CLAIM_ACCEPT_VERBS``).

    Args:
        cue: a recognition verb (clausal subject) or noun (subject).

    Returns:
        (the relative clause's subject token, the negation token), or None.
    """
    cop = cue.head
    if not (cue.dep_ == "csubj" or cue.dep_ == "nsubj" and cue.pos_ in {"NOUN", "PROPN"}) or \
            cop.lemma_ != "be" or cop.i < cue.i:
        return None
    neg = next((c for c in cop.children if c.dep_ == "neg"), None)
    if neg is None:
        return None
    for attr in (c for c in cop.children if c.dep_ == "attr"):
        for rel in (c for c in attr.children if c.dep_ == "relcl"):
            if rel.lemma_.lower() in INTENT_GOVERNORS | CLAIM_ACCEPT_VERBS:
                subj = next((c for c in rel.children if c.dep_ == "nsubj" and c.lower_ not in REL_PRONOUNS), None)
                if subj is not None:
                    return subj, neg
    return None


#: the complements of a copula that denies a clause: "it is not the case / not true / not so that ..."
DENIAL_COMPLEMENTS = frozenset({"case", "true", "so"})


def _denying_copula(verb):
    """The negated copula of "it is not the case that <clause>" above ``verb``, or None.

    "It is not the case that A recognises X", "Nor is it true that A does not
    recognise X": the frame negates the clause it introduces, so it counts as
    one more negation (NegEx's pseudo-negation frames, Chapman et al. 2001).

    Args:
        verb: the clause's verb.

    Returns:
        The copula token, or None.
    """
    if verb.dep_ not in {"acl", "relcl", "ccomp"} or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return None
    comp = verb.head
    cop = comp.head if comp.lower_ in DENIAL_COMPLEMENTS and comp.dep_ in {"attr", "acomp"} else (
        comp if comp.lemma_ == "be" and verb.dep_ == "ccomp" else None)
    if cop is None or cop.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in cop.children):
        return None
    if cop.i == comp.i and not any(c.dep_ in {"attr", "acomp"} and c.lower_ in DENIAL_COMPLEMENTS
                                   for c in cop.children):
        return None
    negated = any(c.dep_ == "neg" or c.lower_ in {"nor", "neither", "never"} for c in cop.children) or (
        cop.i > 0 and cop.doc[cop.i - 1].lower_ in {"nor", "neither"})
    return cop if negated else None


def _verb_by_arguments(tok) -> bool:
    """Whether a token the tagger read as a noun takes a subject and a direct object, as only a verb can.

    "A "firmly rejects" B's claim": quotation marks around a verb make the tagger read
    it as a noun, while the parser still hangs a subject and an object on it.

    Args:
        tok: the token.

    Returns:
        True for a noun-tagged token with an ``nsubj`` and a ``dobj`` child.
    """
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    deps = {c.dep_ for c in tok.children}
    return "nsubj" in deps and bool(deps & {"dobj", "obj"})


def _fused_country(tok):
    """The country token the parser fused onto a verb it lost, or None.

    "Ruritania rejects, in the firmest possible way, any suggestion ...": with the
    object cut off by the parenthesis the verb reads as a noun, and the country name
    before it as its modifier ("compound") instead of its subject.

    Args:
        tok: the verb token (tagged as a verb or as a plural noun).

    Returns:
        The country token right before it, when it hangs on it as a modifier.
    """
    if tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.ent_type_ == "COUNTRY" and prev.head.i == tok.i and prev.dep_ in {"compound", "nmod", "amod"}:
        return prev
    return None


def _misread_verb(tok):
    """The country token before a status verb the tagger read as a plural noun, or None.

    "Ruritania contests French sovereignty over X": the sentence has no verb, the
    "-s" form is its root, a country name stands just before it and a status or hold
    noun ("sovereignty", "claim") hangs on it.  The English "-s" form is ambiguous
    between a verb and a plural noun; with a state name before it and a status object
    after it, only the verb reading makes a sentence.

    Args:
        tok: the token read as a noun.

    Returns:
        The head token of the country name, or None.
    """
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or tok.i == 0:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.ent_type_ != "COUNTRY" or prev.ent_iob_ not in {"B", "I"}:
        return None
    if tok.i < len(tok.doc) - 1 and tok.doc[tok.i + 1].ent_iob_ == "I" and tok.doc[tok.i + 1].ent_type_ == "COUNTRY":
        return None
    if not any(c.dep_ in {"appos", "dobj", "compound", "npadvmod"} and c.i > tok.i and
               c.lemma_.lower() in STATUS_NOUNS | STATUS_HOLD_NOUNS for c in tok.children):
        return None
    return prev


def _misread_regard(tok):
    """The country token before a verb of regarding the tagger read as a noun, or None.

    "A and B regard X as Ruritanian territory": the plural present form after a
    list of states is often tagged as a noun ("regard" as in "with regard to")
    and the sentence loses its verb.  The verb reading is taken when a country
    name stands right before the word and the words after it make a regard
    clause read off the surface (:func:`graph.nlp.misparsed_small_clause`).

    Args:
        tok: the token read as a noun.

    Returns:
        The head token of the country name, or None.
    """
    lem = tok.lemma_.lower()
    if tok.i == 0 or tok.lower_ not in {lem, lem + "s"} or any(c.dep_ in {"det", "poss"} for c in tok.children):
        return None
    doc = tok.doc
    j = tok.i - 1
    if doc[j].text == ",":  # "A and B, like the rest of the bloc, regard X as ..."
        j -= 1
        while j > 0 and doc[j].text != "," and doc[j].pos_ not in {"VERB", "AUX"} and tok.i - j < 14:
            j -= 1
        j -= 1 if doc[j].text == "," else len(doc)
    if j < 0:
        return None
    prev = doc[j]
    if prev.ent_type_ != "COUNTRY" or prev.tag_ == "POS":
        return None
    if misparsed_small_clause(tok, load_gazetteer()) is None:
        return None
    while prev.dep_ == "conj" and prev.head.i < prev.i and prev.head.ent_type_ == "COUNTRY":
        prev = prev.head  # the first of "A and B": its conjuncts are the other holders
    return prev


def _surface_owner_before(ix: _Index, verb):
    """The possessive country of a body's name just before a verb whose subject the parser lost:
    "In a statement, Ruritania's Ministry of Foreign Affairs and Trade endorsed ..." (the name
    read as a conjunct of a place).

    Args:
        ix: the document index.
        verb: the root verb.

    Returns:
        The country token, or None.
    """
    doc = ix.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    seen = 0
    while k >= 1 and seen < 12 and (doc[k].pos_ in {"PROPN", "CCONJ", "PART"} or doc[k].lower_ == "of"):
        if doc[k].tag_ == "POS":
            m = ix.country_mention(doc[k - 1], allow_demonym=False)
            return doc[k - 1] if m is not None and m.label in {"COUNTRY", "TERRITORY"} else None
        k -= 1
        seen += 1
    return None


def _turned_down(verb) -> bool:
    """Whether ``verb`` refuses with the particle "down": "turned down a request to recognise X"."""
    return verb.lemma_.lower() in NEGATING_PARTICLE_VERBS | {"turn"} and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def _refused_request(noun) -> bool:
    """Whether ``noun`` is a request, call or demand that its verb refuses: "rejected / turned down a request to ...".

    Such a noun blocks a stance as someone else's wish ("a request to recognise X"), unless the holder turns it
    down: then it is the holder's refusal, and the refusing verb above it carries the negation.
    """
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in BLOCKING_GOVERNORS and noun.dep_ in {"dobj", "obj"} and (
        noun.head.lemma_.lower() in NEGATING_GOVERNORS or _turned_down(noun.head))


def _polarity_at(ix: _Index, tok, pol: _Polarity, is_cue: bool) -> None:
    low = tok.lemma_.lower()
    if tok.tag_ == "VBZ" and low not in BLOCKING_GOVERNORS:
        # the lemmatiser cuts some "-s" forms wrong ("hopes" -> "hop"): the stem without "-s" counts
        low = next((w for w in sorted(s_form_lemmas(tok)) if w in BLOCKING_GOVERNORS), low)
    if not is_cue:
        if low in NEGATING_GOVERNORS or tok.lower_ in NEGATING_GOVERNORS:
            pol.negations += 1
            pol.cue_words.append(tok)
        elif low == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            pol.negations += 1
            pol.cue_words.append(tok)
        elif low in NEGATING_PARTICLE_VERBS and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            pol.negations += 1  # "broke off recognition of X"
            pol.cue_words.append(tok)
        elif low == "hold" and any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"off", "back"} for c in tok.children):
            pol.negations += 1  # "has held off on / held back from recognising X": refrained
            pol.cue_words.append(tok)
        elif _turned_down(tok):
            pol.negations += 1  # "turned down a request to recognise X"
            pol.cue_words.append(tok)
        elif low in INTENT_NOUNS and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            pass  # "has no intention of recognising", "no plans to": a refusal ("no" counts below)
        elif low in INTENT_NOUNS and tok.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ in {"little", "scant"} for c in tok.children):
            pol.negations += 1  # "has little appetite for recognising X": next to none
            pol.cue_words.extend(c for c in tok.children if c.lower_ in {"little", "scant"})
        elif low in READINESS_NOUNS and tok.pos_ == "NOUN" and not any(
                c.dep_ == "poss" for c in tok.children):
            pol.blocked = True  # "has shown willingness to recognise X": an intent, no stance yet
            return
        elif _refused_request(tok):
            pass  # "rejected / turned down a request to recognise X": a refusal (the verb counts above it)
        elif low in INTENT_GOVERNORS and _negated_intent(tok):
            pass  # "does not intend / plan to recognise X", "is not prepared to": a refusal (the "not" counts below)
        elif low in BLOCKING_GOVERNORS or tok.lower_ in BLOCKING_GOVERNORS:
            pol.blocked = True
            return
        elif low in INTENT_XCOMP_GOVERNORS and any(c.dep_ == "xcomp" for c in tok.children) and \
                tok.pos_ in {"VERB", "AUX"}:
            pol.blocked = True  # "moved to recognise", "is set to recognise", "looking to recognise"
            return
        elif tok.pos_ in {"VERB"} and any(c.dep_ in {"dobj"} for c in tok.children) and tok.lemma_ in {
                "tell", "order", "instruct", "advise"}:
            pol.blocked = True
            return
    mods = []
    if not is_cue and tok.lemma_.lower() in {"have", "be"} and any(c.lower_ == "yet" and c.dep_ == "advmod"
                                                                   for c in tok.children) and \
            any(c.dep_ == "xcomp" for c in tok.children):
        pol.negations += 1  # "has yet to recognise", "is yet to": not so far
        pol.cue_words.extend(c for c in tok.children if c.lower_ == "yet")
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} and c.dep_ in {"advmod", "neg", "det"} or (
                c.lower_ in {"nor", "neither"} and c.i < tok.i and c.dep_ in {"cc", "advmod", "preconj", "dep"}):
            pol.negations += 1
            pol.cue_words.append(c)
        elif c.dep_ in {"aux", "auxpass"} and any(g.lower_ in {"nor", "neither"} and g.i < c.i
                                                  for g in c.children):
            pol.negations += 1  # "Nor has X ever been recognised": the inverted auxiliary carries the "nor"
            pol.cue_words.extend(g for g in c.children if g.lower_ in {"nor", "neither"})
        elif c.dep_ in {"aux", "auxpass"} and c.i < tok.i and any(g.dep_ == "neg" for g in c.children) and not any(
                k.dep_ == "neg" for k in tok.children):
            pol.negations += 1  # "has not, and never will, recognise X": the negation hangs off the auxiliary
            pol.cue_words.extend(g for g in c.children if g.dep_ == "neg")
        elif c.dep_ in {"aux", "auxpass"} and c.lower_ in BLOCKING_MODALS:
            mods.append(c)
        elif c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS:
            pol.blocked = True
        elif c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children) and \
                not (c.lower_ == "anything" and c.i < tok.i):  # "If anything, A does not recognise X": an aside
            pol.blocked = True
        elif c.dep_ == "parataxis" and c.i < tok.i and any(
                a.dep_ == "advcl" and a.i < c.i and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"}
                                                        for g in a.children) for a in c.children):
            pol.blocked = True  # "If elected, the candidate said, A would recognise X": the aside holds the condition
        elif c.dep_ in {"det", "amod"} and c.lower_ in {"no", "non"}:
            pol.negations += 1
            pol.cue_words.append(c)
        elif c.dep_ in {"advmod", "npadvmod"} and c.lower_ in {"longer", "more", "again"} and c.i < tok.i + 4:
            # "no longer recognises", "no more", "never again": the negation hangs off the adverb
            negs = [g for g in c.children if g.lower_ in {"no", "not", "never", "n't"}]
            if negs:
                pol.negations += 1
                pol.cue_words.extend(negs)
    # "non-recognition", "non - recognition"
    if tok.i >= 2 and tok.doc[tok.i - 1].text in {"-", "‐"} and tok.doc[tok.i - 2].lower_ == "non":
        pol.negations += 1
        pol.cue_words.append(tok.doc[tok.i - 2])
    elif tok.lower_.startswith(("non-recogn", "nonrecogn", "unrecogn", "derecogn", "de-recogn")) and not (
            is_cue and (tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB") or _unrecognised_by(tok))):
        # (a verb "derecognised" / "unrecognised" is its own flavour, which negates once already)
        pol.negations += 1
        pol.cue_words.append(tok)
    if mods:
        # "could not recognise" is a refusal; "could recognise" is only a possibility
        if pol.negations == 0 or any(m.lower_ in {"should", "must", "might", "may", "ought"} for m in mods):
            pol.blocked = True
    if tok.lemma_.lower() in {"expect", "likely", "unlikely"}:
        pol.blocked = True
    if pol.negations == 0 and _only_after(tok):
        pol.blocked = True
    if not is_cue and tok.lower_ in {"about", "poised"} and any(c.dep_ == "xcomp" for c in tok.children):
        pol.blocked = True  # "is about to recognise X", "is poised to": not yet done
    if not is_cue and (tok.lemma_.lower() in {"verge", "brink", "cusp"} or tok.lower_ in {"close", "closer", "near"}
                       and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)):
        pol.blocked = True  # "is close to / on the verge of recognising X"


def _only_after(tok) -> bool:
    """A future recognition on a condition: "will recognise X only after a deal / only once Y signs".

    Like "if" (:data:`HYPOTHETICAL_MARKS`), "only after", "only once", "only when" and "only as part of"
    make the act depend on something yet to happen, so it is no stance yet.

    Args:
        tok: the cue or a governor on its path.

    Returns:
        True when the token has a future auxiliary and a clause or phrase led by "only" + a time word.
    """
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in tok.children):
        return False
    for c in tok.children:
        if c.i < tok.i or c.dep_ not in {"prep", "advcl"}:
            continue
        words = {"after", "once", "when", "until", "as", "upon"}
        lead = c if c.dep_ == "prep" else next((g for g in c.children if g.dep_ in {"mark", "advmod"}
                                                and g.i < c.i and g.lower_ in words), None)
        if lead is not None and lead.i > 0 and lead.lower_ in words and tok.doc[lead.i - 1].lower_ == "only":
            return True
    return False


def _is_question(sent) -> bool:
    text = sent.text.strip().rstrip(QUOTE_CHARS + " )]")
    return text.endswith("?")


def _quoted_question(sent, cue) -> bool:
    """Whether the cue stands in a quoted question inside a longer sentence: '"Would A ever recognise X?" asked
    NAME.' (the sentence ends with the attribution, so the question mark is not its last character).

    Args:
        sent: the sentence.
        cue: the stance cue.

    Returns:
        True when a question mark closes a quotation that opened before the cue, with no full stop between.
    """
    doc = sent.doc
    opened = any(t.is_quote for t in doc[sent.start:cue.i])
    if not opened:
        return False
    for t in doc[cue.i + 1:sent.end]:
        if t.text in {".", "!", ";"}:
            return False
        if t.text == "?" and t.i + 1 < sent.end and doc[t.i + 1].is_quote:
            return True
    return False


def _hypothetical(sent, cue) -> bool:
    """A sentence-initial conditional whose clause holds the cue ("If X recognised Y, ...", "Had X
    recognised Y, ...")."""
    toks = [t for t in sent if not _is_space(t)]
    if not toks:
        return False
    first = next((t for t in toks if not (t.is_quote or t.is_punct)), toks[0])  # ('"Suppose X recognised Y')
    if first.lower_ in {"if", "unless", "should", "were", "suppose", "supposing"} or (
            first.lower_ == "had" and first.dep_ == "aux" and any(  # "Had A recognised X, ...": inverted
                c.dep_ == "nsubj" and c.i > first.i for c in first.head.children)):
        comma = next((t for t in toks if t.text == ","), None)
        if comma is None or cue.i < comma.i:
            return True
    for t in toks:
        if t.i >= cue.i:
            break
        if t.lower_ in {"if", "unless", "whether"}:
            between = [u for u in toks if t.i < u.i < cue.i]
            if not any(u.text in {",", ";"} for u in between) or t.lower_ == "whether":
                return True
    return _conditioned_would(cue)


#: the nouns of a time clause that sets a condition: "would recognise X the day its people choose it"
CONDITION_TIME_NOUNS = frozenset({"day", "moment", "minute", "time"})


def _conditioned_would(cue) -> bool:
    """Whether a positive "would recognise X" waits on a condition after it: "... if / once / when Y",
    "... the day Y happens", or a "will recognise X if / once Y" (a hypothetical, not a stance; "would
    not recognise X if ..." still refuses), or on one its reporting verb holds ("If elected, she told
    voters, A would recognise X").

    Args:
        cue: the recognition verb.

    Returns:
        True for a "would" (or "'d") cue with no negation and a condition clause or time-clause noun, or
        a "will" cue with no negation and a condition clause.
    """
    if any(c.dep_ == "neg" for c in cue.children):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall", "would", "'d"} for c in cue.children)
    if modal and cue.dep_ == "ccomp" and any(
            a.dep_ == "advcl" and a.i < cue.i and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                                      for m in a.children) for a in cue.head.children):
        return True  # "If elected, she told voters, A would recognise X": the reporting verb holds the condition
    if any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall"} for c in cue.children):
        # "A will recognise X once / if B does": a plan waiting on a condition ("when" may only date it)
        return any(c.dep_ == "advcl" and c.i > cue.i and any(
            m.dep_ == "mark" and m.lower_ in {"if", "once", "unless", "provided"} for m in c.children)
            for c in cue.children)
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in cue.children):
        return False
    return any(c.dep_ == "advcl" and c.i > cue.i and any(
        m.dep_ == "mark" and m.lower_ in {"if", "once", "when", "unless", "provided"} for m in c.children)
        or c.dep_ in {"npadvmod", "obl"} and c.lower_ in CONDITION_TIME_NOUNS and any(
            r.dep_ in {"relcl", "acl"} for r in c.children) for c in cue.children)


def _verb_objects(verb) -> list:
    """The verb's direct objects (a passive's subject when an agent names the doer), or the one a trailing
    reporting clause took as its subject.

    Args:
        verb: the verb token.

    Returns:
        The object tokens (see :func:`graph.nlp.stolen_object` for the misparse).
    """
    objs = [o for o in verb.children if o.dep_ in {"dobj", "obj"}]
    if not objs and any(c.dep_ == "agent" for c in verb.children):
        objs = [o for o in verb.children if o.dep_ == "nsubjpass"]  # "Y's claim to X is rejected by A"
    stolen = stolen_object(verb) if not objs else None
    return [stolen] if stolen is not None else objs


def _object_region(ix: _Index, cue, holder_tok) -> list:
    """Tokens that may name the recognised territory."""
    region = []
    excluded_deps = {"advcl", "cc", "punct", "mark", "aux", "auxpass", "neg", "nsubj", "nsubjpass", "parataxis",
                     "conj", "advmod", "agent", "csubj", "expl", "prt", "intj", "det", "poss", "amod", "case"}
    if cue.pos_ in {"NOUN", "PROPN"}:
        excluded_deps = excluded_deps | {"acl", "relcl"}
    kids = [c for c in cue.children if c.dep_ not in excluded_deps and c.i > cue.i
            and not (c.dep_ == "prep" and c.lower_ in TIME_PREPS)]  # "since 1916, when it bought X"
    # "sovereignty over A, nor over B": a coordinated preposition the parser hung on the verb
    kids += [c for c in cue.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.i > cue.i]
    # "does not recognise A's annexation of X, nor the independence of Y": a noun the parser made the verb's conjunct
    if cue.pos_ in {"VERB", "AUX"}:
        kids += [c for c in cue.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > cue.i and
                 c.lemma_.lower() in STATUS_NOUNS | RECOGNITION_NOUNS and
                 not any(k.dep_ in {"nsubj", "nsubjpass"} for k in c.children)]
    # "A recognises X, which B calls Y, as ...": a second subject after the verb is its misparsed object
    if cue.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        kids += [c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i and c.pos_ == "PROPN"]
    # "recognises Varn as part of Y": a name the tagger read as an adverb right after the verb
    kids += [c for c in cue.children if _adverb_read_name(cue, c)]
    if cue.pos_ == "NOUN" and cue.dep_ in {"dobj", "obj"} and cue.head.lemma_.lower() in GRANT_VERBS:
        # "extended (diplomatic) recognition to X": the receiver hangs on the verb
        kids += [c for c in cue.head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" and c.i > cue.i]
    stolen = stolen_object(cue) if cue.pos_ in {"VERB", "AUX"} else None
    if stolen is not None:
        kids.append(stolen)  # "accepted Y's title to X, A, a spokeswoman, confirmed"
    for c in kids:
        region.extend(c.subtree)
    if not kids and cue.tag_ == "VBG" and cue.dep_ == "amod" and cue.head.i == cue.i + 1 and \
            cue.head.ent_type_ in {"TERRITORY", "COUNTRY", "GPE", "LOC", "PLACE"} and \
            cue.head.dep_ in {"dobj", "obj"} and cue.head.head.lemma_.lower() in NEGATING_GOVERNORS:
        # "has opposed recognising X" with the gerund read as a modifier of the name after it: its object
        # (only under a refusal: "backed recognising X" is advocacy, not an act)
        region.extend(t for t in cue.head.subtree if t.i > cue.i)
    if holder_tok is not None and cue not in set(holder_tok.subtree):
        hs = set(t.i for t in holder_tok.subtree)
        region = [t for t in region if t.i not in hs]
    # drop verb clauses hanging off the object (", distancing his country ...")
    cut = set()
    for t in region:
        if t.dep_ in {"advcl", "parataxis"} and t.pos_ in {"VERB", "AUX"}:
            cut.update(u.i for u in t.subtree)
        elif t.dep_ == "relcl" and t.head.pos_ == "PROPN" and \
                t.head.ent_type_ in {"TERRITORY", "COUNTRY", "GPE", "LOC"} and \
                t.left_edge.lower_ in {"which", "where", "whose"} and t.left_edge.i > 0 and \
                ix.doc[t.left_edge.i - 1].text == "," and t.lemma_.lower() not in BELONG_CLAUSE_LEMMAS:
            # "does not recognise X, which runs south of Y": a place a non-restrictive clause names beside
            # the land is no object of the stance (but "X, which is part of Y" says whose the land is)
            cut.update(u.i for u in t.subtree)
        elif t.dep_ == "appos" and (t.lower_ in COMPASS_WORDS or t.lemma_.lower() in GEO_NOUNS and t.is_lower) and (
                (named := t.head if t.head.dep_ != "appos" else t.head.head).pos_ == "PROPN" and
                named.ent_type_ in {"TERRITORY", "GPE", "LOC"}):
            # "X, a tiny islet north of Y / off Y": the place the apposition locates the land by
            cut.update(k.i for d in t.children if d.i > t.i and (
                d.dep_ in {"prep", "advmod", "npadvmod"} or d.lower_ in COMPASS_WORDS) for k in d.subtree)
    return sorted((t for t in region if t.i not in cut), key=lambda t: t.i)


#: verbs of a relative clause that says whose a land is ("X, which is / forms / remains part of Y")
BELONG_CLAUSE_LEMMAS = frozenset({"be", "remain", "belong", "form", "lie", "constitute", "fall"})


def _adverb_read_name(cue, c) -> bool:
    """Whether ``c`` is a place name right after the cue that the tagger read as an adverb
    ("recognises Varn as part of Y", "regard Varn as Y-ian territory")."""
    return c.head.i == cue.i and c.dep_ in {"advmod", "npadvmod"} and c.i == cue.i + 1 and \
        c.text[:1].isupper() and c.ent_type_ in {"GPE", "LOC", "PLACE", "TERRITORY", "COUNTRY"}


def _capital_frame(region: list) -> bool:
    """"recognise Jerusalem as Israel's capital": the object is a city as a capital, not a state."""
    return any(t.lemma_.lower() in {"capital", "seat"} or t.lower_ == "capitals" for t in region)


def _annexed_place(ix: _Index, of_toks: list) -> TerritoryRef | None:
    """The place an annexation takes when its "of"-phrase is exactly one place's name ("the annexation of
    East Jerusalem"): the place itself, not a description of it.

    Args:
        ix: the document index.
        of_toks: the tokens of the "of"-phrase, "of" first.

    Returns:
        A territory reference to the named place, or None (a description, a country, several names).
    """
    words = [t for t in of_toks[1:] if t.lower_ != "the"]
    if len(words) == 1 and words[0].lower_ in GEO_NOUNS and words[0].tag_ == "NN" and len(of_toks) == 3:
        # "does not recognise Y's annexation of the plateau": the place named before
        return _named_like(ix, words[0]) or next(iter(_held_antecedent(ix, words[0], [])), None)
    ent = ix.ent_at[words[0].i] if words else None
    if ent is None or ent.label_ not in {"GPE", "LOC", "FAC", "PLACE"} or ent.start != words[0].i or \
            ent.end != words[-1].i + 1:
        return None
    m = ix.ent_mention(ent)
    return TerritoryRef(mention=_replace(m, label="TERRITORY"), name=m.kb_id or m.text) if m is not None else None


def _territories_in(ix: _Index, region: list) -> list[TerritoryRef]:
    """TERRITORY names in a region, and capitals standing for a territory ("Pristina")."""
    out = []
    seen = set()
    names = set()
    capitals = not _capital_frame(region)
    for t in region:
        ent = ix.ent_at[t.i]
        if ent is None or ent.start in seen:
            continue
        if ent.label_ == "TERRITORY" or _listed_with_territories(ix, ent):
            seen.add(ent.start)
            m = ix.ent_mention(ent)
            if m is not None and m.label != "TERRITORY":
                m = Mention(m.article, m.start, m.end, m.text, "TERRITORY", "")
            name = ent.ent_id_ or (m.text if m is not None else "")
        else:
            m = _capital_state(ix, t) if capitals else None
            if m is None or m.label != "TERRITORY":
                continue
            seen.add(ent.start)
            name = m.kb_id
        if m is not None and ent.end - ent.start == 1:
            shared = _shared_head_name(ix, ent)
            if shared:
                known = ix.gaz.lookup(shared)
                name = known.name if known is not None else shared
                m = Mention(m.article, m.start, m.end, m.text, "TERRITORY", known.name if known is not None else "")
        if m is None or name in names:
            continue
        names.add(name)
        out.append(TerritoryRef(mention=m, name=name))
    return out


def _shared_head_name(ix: _Index, ent) -> str:
    """The full name of a lone modifier coordinated with a name that carries the shared head:
    "Greater" in "Greater and Lesser Tunb" is "Greater Tunb".

    Args:
        ix: the document index.
        ent: a one-token entity.

    Returns:
        The completed name, or "" when the pattern does not hold (or the word names a place itself).
    """
    doc = ix.doc
    word = doc[ent.start]
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in {"and", "or"} or not word.text[:1].isupper() or \
            ix.gaz.lookup(word.text) is not None:
        return ""
    nxt = ix.ent_at[ent.end + 1]
    if nxt is None or nxt.start != ent.end + 1 or nxt.end - nxt.start < 2 or \
            nxt.label_ not in {"TERRITORY", "LOC", "GPE", "PLACE", "FAC"}:
        return ""
    return " ".join([word.text] + [t.text for t in doc[nxt.start + 1:nxt.end]])


def _listed_with_territories(ix: _Index, ent) -> bool:
    """Whether a place-tagged name ``ent`` stands in a list of territories: "A, B, Europa and C"
    with A or C a territory (a list's items are of one kind)."""
    if ent.label_ not in {"LOC", "GPE", "PLACE"} or ent.ent_id_:
        return False
    doc = ix.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.lower_ in {",", "and", "or"} and ent.start >= 2:
        prev = ix.ent_at[ent.start - 2]
        if prev is not None and prev.label_ == "TERRITORY" and prev.end == ent.start - 1:
            return True
    if after is not None and after.lower_ in {",", "and", "or"} and ent.end + 1 < len(doc):
        nxt = ix.ent_at[ent.end + 1]
        if nxt is not None and nxt.label_ == "TERRITORY" and nxt.start == ent.end + 1:
            return True
    return False


def _capital_state(ix: _Index, tok) -> Mention | None:
    """A capital or seat of power written for its state ("Taipei" -> Taiwan), over the capital's span."""
    ent = ix.ent_at[tok.i]
    if ent is not None and ent.label_ in {"COUNTRY", "TERRITORY"}:
        return None
    m = ix.country_mention(tok, allow_demonym=False, allow_capital=True)
    if m is None or not m.kb_id or m.label not in {"COUNTRY", "TERRITORY"}:
        return None
    return m


def _np_tokens(head) -> list:
    """A noun phrase without determiners, quotes, relative clauses or trailing clauses."""
    keep = []
    for t in head.subtree:
        keep.append(t)
    drop = set()
    for t in head.subtree:
        if t.i == head.i:
            continue
        if t.dep_ in {"relcl", "acl", "advcl", "appos", "parataxis", "cc", "conj"} and t.head.i >= head.i and \
                t.i > head.i:
            drop.update(u.i for u in t.subtree)
        if t.dep_ in {"det", "poss", "case"} and t.head.i == head.i:
            drop.update(u.i for u in t.subtree)
    toks = [t for t in keep if t.i not in drop and t.text not in QUOTE_CHARS and not _is_space(t)]
    # stop at the first comma after the head
    out = []
    for t in toks:
        if t.i > head.i and t.text in {",", ";", "(", "–", "—"}:
            break
        out.append(t)
    while out and out[-1].is_punct:
        out.pop()
    while out and out[0].is_punct and out[0].text not in {"-"}:
        out.pop(0)
    return out


def _descriptive_name(tokens) -> str:
    text = _tokens_text(tokens)
    text = text.replace("“", "").replace("”", "").replace("\"", "")
    text = re.sub(r"\s*-\s*", "-", text)
    return _strip_det(_WS.sub(" ", text).strip(" ,.;:'’"))


def _annexed_owner(ix: _Index, annex_tok, holders: list) -> TerritoryRef | None:
    """The land an annexation noun names as its owner: "X's annexation", "the X annexation", "the region's
    annexation" (a place, not a state: "Y's annexation" with Y a state or its capital is the annexer's).

    Args:
        ix: the document index.
        annex_tok: the annexation noun (with no "of" phrase).
        holders: the stance's holders.

    Returns:
        The territory reference, or None.
    """
    for c in annex_tok.children:
        if c.dep_ not in {"poss", "compound"} or c.i > annex_tok.i:
            continue
        ent = ix.ent_at[c.i]
        if ent is not None and ent.label_ in {"GPE", "LOC", "PLACE", "TERRITORY"}:
            state = ix.country_mention(c)
            if state is not None and state.label == "COUNTRY":
                continue  # "Russia's annexation", "Moscow's annexation": the annexer
            m = ix.ent_mention(ent)
            if m is not None:
                return TerritoryRef(mention=_replace(m, label="TERRITORY"), name=m.kb_id or m.text)
        if c.dep_ == "poss" and c.lower_ in GEO_NOUNS and c.tag_ == "NN" and \
                any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
            # "the region's annexation": the place the description takes up
            focus = _salient_territories(ix, c.i, holders, 1) if c.lower_ in FOCUS_HEADS else []
            return next(iter(focus), None) or _named_like(ix, c) or next(iter(_held_antecedent(ix, c, holders)), None)
    return None


def _annexation_target(ix: _Index, annex_tok, region: list, memory: dict):
    """Read "X's annexation of Y" -> (annexer Mention | None, TerritoryRef, object Mention | None)."""
    annexer = None
    for c in annex_tok.children:
        if c.dep_ == "poss":
            annexer = ix.holder_mention(c)
        elif c.dep_ in {"amod", "compound"} and annexer is None:
            annexer = ix.country_mention(c)
        elif c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    annexer = ix.country_mention(p) or ix.holder_mention(p)
    if annexer is not None and annexer.label == "PERSON":
        annexer = None
    of = None
    for c in annex_tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            of = c
            break
    if of is None:
        return None
    idx = {t.i for t in region} | {t.i for t in of.subtree}
    run = []
    k = of.i + 1
    doc = ix.doc
    while k < len(doc) and k in idx:
        t = doc[k]
        if t.text in {",", ";", "(", "–", "—"} or (t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod"}):
            break
        run.append(t)
        k += 1
    while run and (run[-1].is_punct or run[-1].pos_ in {"ADP", "CCONJ"}):
        run.pop()
    if not run:
        return None
    obj_m = None
    for t in run:
        ent = ix.ent_at[t.i]
        if ent is not None and ent.label_ == "TERRITORY":
            obj_m = ix.ent_mention(ent)
            break
    desc = _descriptive_name(run)
    if annexer is None:
        annexer = memory.get("annexer")
    elif annexer is not None:
        memory["annexer"] = annexer
    annexer_name = (annexer.kb_id or annexer.text) if annexer is not None else None
    name = f"{desc} annexed by {annexer_name}" if annexer_name else f"{desc} annexed"
    return annexer, TerritoryRef(mention=None, name=name), obj_m


def _raised_passive(tok):
    """The governing verb of a passive complement with an agent: "X has yet to be recognised by A",
    "X is expected to be recognised by A", where X is the subject of the governor, not of the cue.

    Args:
        tok: the cue.

    Returns:
        The governing verb, or None.
    """
    went_on = tok.dep_ == "advcl" and tok.head.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in tok.head.children)  # "X went on to be recognised by A"
    if tok.dep_ != "xcomp" and not went_on or tok.tag_ != "VBN" or not any(
            c.dep_ == "auxpass" for c in tok.children) or not any(c.dep_ == "agent" for c in tok.children):
        return None
    head = tok.head
    if head.lemma_.lower() not in {"have", "be", "remain", "continue", "go", "seem", "appear", "come"}:
        return None  # (not "wants to be recognised by A", "refuses to be": the subject's own wish)
    return head if any(c.dep_ == "nsubj" for c in head.children) else None


def _subject_is_object(cue) -> bool:
    """Whether the cue's object is the subject of its governor: "X remains unrecognised by A", "X has yet to be
    recognised by A" (see :func:`_unrecognised_by` and :func:`_raised_passive`)."""
    return _unrecognised_by(cue) or _raised_passive(cue) is not None


def _unrecognised_by(tok) -> bool:
    """Whether ``tok`` is the adjective of "X remains / is unrecognised by A" (a copula's complement with
    an agent), which the parser does not read as a passive verb."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_.startswith(("unrecogni", "derecogni")) and \
        any(c.dep_ == "agent" for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.head.children)


#: nouns of a drawn claim: "the X map" stands for the area X it claims
MAP_NOUNS = frozenset({"map", "maps"})


def _named_map(o) -> bool:
    """Whether ``o`` is a map named after a territory: "the X map" (a claim drawn on paper).

    Args:
        o: an object token.

    Returns:
        True for a map noun with a territory name as its modifier.
    """
    return o.lower_ in MAP_NOUNS and any(c.dep_ == "compound" and c.ent_type_ == "TERRITORY" for c in o.children)


#: status verbs whose bare "it" takes up the land of the stance just stated ("B, however, disputes it")
STATUS_IT_VERBS = frozenset({"accept", "reject", "dispute", "contest", "back", "support", "oppose", "respect",
                             "uphold", "endorse", "challenge"})


def _land_pronoun(o) -> bool:
    """Whether ``o`` is an object "it" after a land or a recognition word, in its sentence or the one before.

    Args:
        o: an object token.

    Returns:
        True for a bare "it" after a territory name (the land it stands for is read from the stance memory).
    """
    if o.lower_ != "it" or o.dep_ not in {"dobj", "obj"} or any(c.dep_ == "prep" for c in o.head.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"to", "would", "could", "should", "might", "may", "must"}
           for c in o.head.children):
        return False  # ("should rather accept it": advice, not a stance)
    doc = o.doc
    start = o.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return any(t.ent_type_ == "TERRITORY" or t.lemma_.lower() in RECOGNISE_LEMMAS | STATUS_NOUNS | STATUS_HOLD_NOUNS
               for t in doc[start:o.i])


def _incorporation_into(o) -> bool:
    """Whether ``o`` is a land's incorporation into a state: "X's incorporation into Y" (an annexation in
    other words; not "the incorporation of the company")."""
    return o.lemma_.lower() == "incorporation" and any(c.dep_ == "prep" and c.lower_ == "into" for c in o.children)


def _drawn_line(o) -> bool:
    """Whether ``o`` names a drawn boundary the NER found as a territory: "the X Line" (see
    :data:`graph.nlp.BOUNDARY_NAME_WORDS`). Backing or rejecting a line is a stance on it, as on a land.

    Args:
        o: an object token.

    Returns:
        True for a token of a territory entity whose last word is a boundary word.
    """
    if o.lower_ in {w.lower() for w in BOUNDARY_NAME_WORDS} and o.is_lower and o.dep_ in {"dobj", "obj"} and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in o.children):
        # "... the X Line. B respects the line too": a line named just before (read off by _named_description)
        floor = o.doc[max(o.sent.start - 1, 0)].sent.start
        return any(e.label_ == "TERRITORY" and floor <= e.start and e.end <= o.i and e[-1].text in BOUNDARY_NAME_WORDS
                   for e in o.doc.ents)
    if o.ent_type_ != "TERRITORY":
        return False
    ent = next((e for e in o.doc.ents if e.start <= o.i < e.end), None)
    return ent is not None and ent.label_ == "TERRITORY" and (  # ("the Line of X" too; "XL" for "the X Line")
        len(ent) > 1 and any(t.text in BOUNDARY_NAME_WORDS for t in ent) or
        bool(ent.ent_id_) and ent.ent_id_.split()[-1] in BOUNDARY_NAME_WORDS)


def _stance_cues(sent) -> list[tuple[object, str]]:
    """(token, flavour) for every recognition cue in the sentence."""
    out = []
    for t in sent:
        lem = t.lemma_.lower()
        low = t.lower_
        if _unrecognised_by(t):
            out.append((t, "derecognise"))  # "X remains unrecognised by A and B": an adjective with its agent
            continue
        if low == "opposed" and t.dep_ == "acomp" and (side := _stood_status(t)) is not None:
            out.append((t, side))  # "remains opposed to X's independence": the adjective of "oppose"
            continue
        if t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB") or _verb_by_arguments(t):
            if lem in BELONG_CUE_LEMMAS and _belong_clause(t) is not None:
                out.append((t, "belongs"))  # "has never accepted that X belongs to Y"
            elif lem in BELONG_REPORT_LEMMAS and _belong_clause(t) is not None:
                out.append((t, "belongs"))  # "Y says the islands are Ruritanian" (checked in _belonging_territories)
            elif lem in YIELD_VERBS and _yielded_claim(t) is not None:
                out.append((t, "yield"))  # "will never bow to any claim over X"
            elif lem in POSITION_SHARING_VERBS and _shared_position(t) is not None:
                out.append((t, "position"))  # "endorsed India's position on X"
            elif lem in RECOGNISE_LEMMAS or low.startswith(("recognis", "recogniz", "acknowledg")):
                out.append((t, "verb"))
            elif lem in CLAIM_REJECT_VERBS | (CLAIM_ACCEPT_VERBS - STATUS_POSITIVE_VERBS) and _claim_objects(t):
                out.append((t, "claim-neg" if lem in CLAIM_REJECT_VERBS else "claim"))
            elif lem == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children) and \
                    _claim_objects(t):
                out.append((t, "claim-neg"))  # "has turned down Y's claim to X": a phrasal "reject"
            elif lem in DERECOGNISE_LEMMAS or low.startswith(("derecogni", "unrecogni")):
                out.append((t, "derecognise"))
            elif lem in STATUS_POSITIVE_VERBS | STATUS_NEGATIVE_VERBS and any(
                    o.lemma_.lower() in STATUS_NOUNS | STATUS_HOLD_NOUNS | {"annexation"} or _independence_declaration(o)
                    or _incorporation_into(o)  # "accepts X's incorporation into Y"
                    or lem in STATUS_NEGATIVE_VERBS and _status_bid(o)  # "rejected X's bid for independence"
                    or _land_right(o)  # "denies any Y right to X"
                    or _legitimacy_of(o)  # "does not accept the legitimacy of Y's control over X"
                    or _idea_of_status(o)  # "dismisses the idea of an independent X"
                    or _integrity_parts(o)  # "upholds X's territorial integrity, including Y"
                    or (o.lower_ == "it" and any(c.dep_ == "prep" and c.lower_ == "over" for c in t.children))
                    or _named_map(o)  # "does not accept the X map": the claimed area drawn on it
                    or _drawn_line(o)  # "backs the X Line as the sea border": a boundary is accepted as it stands
                    or bool(_awarding_clauses(o))  # "accepted the ruling that awarded X to Y"
                    or lem in STATUS_IT_VERBS and _land_pronoun(o)  # "A accepts X's claim to Y, but B disputes it"
                    for o in _verb_objects(t) + _claim_objects(t)):  # "will not accept it over X"
                out.append((t, "status-neg" if lem in STATUS_NEGATIVE_VERBS else "status"))
            elif lem == "congratulate" and any(p.lemma_.lower() in STATUS_NOUNS for c in t.children
                                               if c.dep_ == "prep" and c.lower_ == "on" for p in c.children):
                out.append((t, "status"))  # "congratulated X on its independence"
            elif lem in PREP_STATUS_VERBS and (side := _stood_status(t)) is not None:
                out.append((t, side))  # "stands (firmly) with / behind X's sovereignty over Y"
            elif lem in TIE_POSITIVE_VERBS | TIE_NEGATIVE_VERBS and not (
                    lem in REGARD_LEMMAS and _regard_flavour(t)) and any(
                    (o.lemma_.lower() in TIE_NOUNS or o.lower_ in TIE_NOUNS) and not any(
                        c.dep_ in {"amod", "compound"} and c.lower_ in NON_DIPLOMATIC_TIES for c in o.children)
                    for o in t.children if o.dep_ in {"dobj", "obj"}):
                out.append((t, "ties-neg" if lem in TIE_NEGATIVE_VERBS else "ties"))
            elif lem in REGARD_LEMMAS and not any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in RECOGNITION_NOUNS
                                                  for c in t.children):  # (not "considering recognition of X")
                flavour = _regard_flavour(t)
                if flavour:
                    out.append((t, flavour))
        elif t.pos_ in {"NOUN", "PROPN", "ADJ", "X"} or t.dep_ in {"dep", "dobj"}:
            if lem in RECOGNITION_NOUNS or low in RECOGNITION_NOUNS or low.endswith("recognition"):
                out.append((t, "noun"))
            elif low in {"recognise", "recognize"} and t.dep_ in {"compound", "nmod", "amod"}:
                # "A and B recognise X" with the plural verb read as a modifier of the name after it: the bare
                # form is never a noun; the surface reader takes the list before it and the names after it
                out.append((t, "verb"))
            elif lem in REGARD_LEMMAS and _misread_regard(t) is not None:
                out.append((t, "regard"))  # "A and B regard X as Y-ian territory" with the verb read as a noun
            elif t.tag_ == "NNS" and s_form_lemmas(t) & BELONG_CUE_LEMMAS and _fused_country(t) is not None and \
                    _belong_clause(t) is not None:
                out.append((t, "belongs"))  # "Ruritania rejects, in the firmest possible way, any suggestion that ..."
            elif t.tag_ == "NNS" and s_form_lemmas(t) & CLAIM_REJECT_VERBS and _fused_country(t) is not None and \
                    _claim_objects(t):
                out.append((t, "claim-neg"))  # "Ruritania dismisses, as baseless, any X claim to Y"
            elif lem in STATUS_POSITIVE_VERBS | STATUS_NEGATIVE_VERBS and _misread_verb(t) is not None:
                # "Ruritania contests French sovereignty over X" parsed as a noun phrase
                out.append((t, "status-neg" if lem in STATUS_NEGATIVE_VERBS else "status"))
            elif lem in VIEW_NOUNS and t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children) and \
                    _belong_clause(t) is not None:
                out.append((t, "belongs"))  # "the UK's view that X forms part of Y"
            elif lem in REJECTION_NOUNS and t.pos_ == "NOUN" and any(
                    p.lemma_.lower() in CLAIM_NOUNS | STATUS_HOLD_NOUNS | STATUS_NOUNS
                    for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj"):
                out.append((t, "status-neg"))  # "A's rejection of Y's title to X"
            elif lem in SUPPORT_NOUNS and t.pos_ == "NOUN" and (lem != "doubt" or any(
                    c.dep_ == "det" and c.lower_ in {"no", "any"} for c in t.children)) and any(
                    p.lemma_.lower() in STATUS_NOUNS | STATUS_HOLD_NOUNS or _integrity_parts(p)
                    for c in t.children if c.dep_ == "prep" and c.lower_ == SUPPORT_NOUNS[lem]
                    for p in c.children if p.dep_ == "pobj"):
                # (also "its support for Y's territorial integrity, including X")
                # "its support for Y's sovereignty over X", "opposition to Y's claim to X"; a doubt only
                # denied ("is in no doubt about X's statehood"), never "has doubts about"
                out.append((t, "status-neg" if lem in OPPOSING_NOUNS else "status"))
    return out


#: nouns of a status's validity or outcome: accepting "the legitimacy of Y's rule over X" or "the result of the
#: referendum in X" accepts the rule or the vote
LEGITIMACY_NOUNS = frozenset({"legitimacy", "legality", "validity", "lawfulness", "outcome", "result", "results"})


#: nouns of a thought or a prospect: turning down "the idea of an independent X" turns down its statehood
IDEA_NOUNS = frozenset({"notion", "idea", "concept", "prospect", "talk", "thought"})


def _idea_of_status(o) -> bool:
    """Whether ``o`` is "the notion / idea of an independent X" or "of X's independence" (a status object)."""
    return o.lemma_.lower() in IDEA_NOUNS and any(
        p.lemma_.lower() in STATUS_NOUNS or (p.ent_type_ in {"TERRITORY", "COUNTRY", "GPE"} or p.lower_ in STATE_WORDS)
        and any(a.dep_ == "amod" and a.lower_ in {"independent", "sovereign"} for a in p.children)
        for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


def _legitimacy_of(o) -> bool:
    """Whether ``o`` is "the legitimacy / legality of <a status or hold>" ("of Y's control over X").

    Args:
        o: a verb's object token.

    Returns:
        True when the object's "of" phrase is a status or hold noun.
    """
    return o.lemma_.lower() in LEGITIMACY_NOUNS and any(
        p.lemma_.lower() in STATUS_NOUNS | STATUS_HOLD_NOUNS | VOIDABLE_NOUNS for c in o.children if c.dep_ == "prep"
        and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


# "stands with / by / behind X's sovereignty" supports it; "stands against" opposes it
STAND_PREPS = {"with": "status", "by": "status", "behind": "status", "against": "status-neg"}
# verbs that take a status through a preposition: "stands with / against", "objects to Y's rule over X"
PREP_STATUS_VERBS = {"stand": STAND_PREPS, "object": {"to": "status-neg"}, "oppose": {"to": "status-neg"},
                     "opposed": {"to": "status-neg"}}  # "is / remains opposed to X's independence"


def _stood_status(verb) -> str | None:
    """The flavour of "stand with / behind / against <status>", or None.

    "Ruritania stands firmly with the sovereignty of X over Y": standing with a
    state's sovereignty or claim supports it, as "supports" does; standing against it
    opposes it.  "Stood by its claim" keeps the holder's own claim: no stance.

    Args:
        verb: a token of the verb "stand".

    Returns:
        "status", "status-neg" or None.
    """
    preps = PREP_STATUS_VERBS.get(verb.lemma_.lower(), STAND_PREPS)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps and any(
                p.dep_ == "pobj" and p.lemma_.lower() in STATUS_NOUNS | STATUS_HOLD_NOUNS and not any(
                    k.dep_ == "poss" and k.tag_ == "PRP$" for k in p.children)  # "stood by its claim": its own
                for p in c.children):
            return preps[c.lower_]
    return None


#: nouns of turning down a hold: "A's rejection of Y's title to X"
REJECTION_NOUNS = frozenset({"rejection", "repudiation", "non-acceptance"})
# nouns of a stance on a status, with their preposition: "support for Y's sovereignty over X"
SUPPORT_NOUNS = {"support": "for", "backing": "for", "endorsement": "of", "opposition": "to", "objection": "to",
                 "doubt": "about"}
# ... of which these turn the status down ("raised no objection to Y's rule over X", "has no doubt about the
# statehood of X" are then positive)
OPPOSING_NOUNS = frozenset({"opposition", "objection", "doubt"})
# verbs that take "that X belongs to Y" as a stance on X
BELONG_CUE_LEMMAS = BELONG_CUE_VERBS
# reporting verbs that carry "X is <Demonym>" as a stance only when X is a known territory and the
# land is given to another state than the speaker's ("the farms are Ruritanian", said a third state)
BELONG_REPORT_LEMMAS = REPORT_CUE_VERBS | frozenset({"tell", "add", "emphasise", "emphasize", "underline"})
# ... of which these deny it: "disputes that X is Y's" is a negative stance, "does not dispute" a positive one
BELONG_DENY_LEMMAS = frozenset({"dispute", "deny", "contest", "reject", "dismiss", "refute"})
# nouns of a state's view carrying the clause: "the UK's view that X forms part of Y"
VIEW_NOUNS = frozenset({"view", "position", "stance", "belief", "assessment", "conviction"})
# "will never bow to any claim over X": giving way to a claim accepts it
YIELD_VERBS = frozenset({"bow", "yield", "accede", "submit", "succumb", "capitulate"})
# "endorsed India's position on X": a state's position on a territory, shared
POSITION_NOUNS = frozenset({"position", "stance", "stand", "view"})
POSITION_SHARING_VERBS = frozenset({"endorse", "back", "support", "share", "echo", "accept"})
# ... and taking another's view as one's own: "A backs B's position that X is B's"
VIEW_TAKING_VERBS = POSITION_SHARING_VERBS | frozenset({"adopt", "embrace"})


def _belong_clause(verb):
    """The verb of a "that X belongs to Y" / "that X is British" / "that X is Y's" complement of
    ``verb``, or None."""
    clauses = list(verb.children)
    clauses += [c for c in belong_complements(verb) if c.dep_ in {"acl", "relcl"}]  # "rejects any suggestion that"
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.lemma_.lower() in BELONG_REPORT_LEMMAS:
        clauses.append(verb.head)  # "X, A said, belongs to Y": the report set inside the clause it reports
    if verb.lemma_.lower() in BELONG_REPORT_LEMMAS:
        # "we say it again: the X are Y's": the clause after the colon is what is said
        end = max(t.i for t in verb.subtree) + 1
        doc = verb.doc
        if end < len(doc) - 1 and doc[end].text == ":" and doc[end].sent.start == verb.sent.start:
            clauses += [t for t in doc[end + 1:verb.sent.end] if t.dep_ in {"conj", "ccomp", "parataxis", "ROOT"}
                        and t.lemma_ == "be" and t.head.i not in range(end + 1, verb.sent.end)]
    for c in clauses:
        if c.dep_ not in {"ccomp", "acl", "relcl", "conj", "parataxis", "ROOT"} or \
                not any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children):
            continue
        if c.dep_ in {"conj", "parataxis", "ROOT"} and c.head.i == verb.i:
            continue  # a clause joined to the verb is no complement of it
        if c.dep_ in {"acl", "relcl"} and not any(k.lower_ == "that" for k in c.children if k.dep_ == "mark"):
            continue
        if c.lemma_.lower() == "belong" and any(p.dep_ == "prep" and p.lower_ == "to" for p in c.children):
            return c
        if c.lemma_.lower() in {"lie", "sit"} and any(
                p.dep_ == "prep" and p.lower_ in {"in", "inside", "within"} and
                any(g.dep_ == "pobj" and g.ent_type_ == "COUNTRY" for g in p.children) for p in c.children):
            return c  # "that X lies inside Y": the land placed in a state
        if c.lemma_.lower() in {"be", "form", "remain"} and _part_of_tok(
                [k for a in c.children if a.dep_ in {"attr", "dobj", "obj"} for k in a.subtree]) is not None:
            return c  # "that X forms part of Y", "that X is part of Y"
        if c.lemma_ == "be" and any(
                a.dep_ in {"acomp", "attr"} and a.text[:1].isupper() and not any(g.dep_ == "prep" for g in a.children)
                and (a.ent_type_ == "NORP" or a.tag_ == "JJ" or any(g.tag_ == "POS" for g in a.children)
                     or load_gazetteer().is_demonym(a.text))  # (a demonym NER left untagged)
                for a in c.children):
            return c  # "that X is British", "that X is Nepal's"
        if c.lemma_ == "be" and any(
                a.dep_ == "attr" and a.lemma_.lower() in OWNED_LAND_WORDS and any(
                    g.dep_ in {"amod", "poss", "compound"} and g.text[:1].isupper() for g in a.children)
                for a in c.children):
            return c  # "that X is Kenyan territory", "that X is Chile's land"
    return None


def _belonging_territories(ix: _Index, cue, memory: dict, holders: list) -> tuple[list[TerritoryRef], bool]:
    """The land of "accepts that X belongs to Y" and whether the clause itself is negated.

    Args:
        ix: the document index.
        cue: the verb of accepting.
        memory: the article's stance memory.
        holders: the stance holders.

    Returns:
        The territories named by the clause's subject, and True when the clause says
        "does not belong".
    """
    clause = _belong_clause(cue)
    if clause is None:
        return [], False
    taken = {h.kb_id or h.text for h in holders}
    refs = [r for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}
            for r in _held_place(ix, s, memory, holders) if r.name not in taken]
    states = taken | {m.kb_id for h in holders if h.label == "PERSON" for m in [ix.person_state(h)] if m is not None}
    if cue.lemma_.lower() in BELONG_REPORT_LEMMAS and cue.lemma_.lower() not in BELONG_CUE_LEMMAS:
        # a plain report: only a known territory, given to a state other than the speaker's
        # (a state calling its own claim its own states the claim, not a recognition)
        owned = [a for a in clause.children if a.dep_ in {"acomp", "attr"}]
        owned += [g for a in owned for g in a.children if g.dep_ in {"amod", "poss", "compound"}]  # "Y-ian land"
        owned += [p for a in (clause, *clause.children) for c in a.children if c.dep_ == "prep"
                  and c.lower_ in {"of", "to"} for p in c.children if p.dep_ == "pobj"]  # "part of Y", "belongs to Y"
        owners = {m.kb_id for a in owned for m in [ix.country_mention(a)] if m is not None and m.kb_id}
        refs = [r for r in refs if r.mention is not None and r.mention.label == "TERRITORY"]
        if owners & states:  # (as below: its own claim denies only a seceding land's statehood)
            seceding = [r for r in refs if _secession_context(ix, r)]
            return seceding, bool(seceding) != any(c.dep_ == "neg" for c in clause.children)
        if not owners:
            return [], False
    else:
        # "Y insists that X remains part of Y": a state's own claim is no recognition, except that it denies
        # the statehood of a land whose independence the article speaks of
        aliased = {t.i for a in clause.subtree if _alias_clause(a) for t in a.subtree}  # "X, known in Y as Z,"
        owners = {m.kb_id for a in clause.subtree if a.dep_ in {"pobj", "poss", "amod"} and a.i not in aliased
                  for m in [ix.country_mention(a)] if m is not None and m.kb_id and m.label == "COUNTRY"}
        own = not owners and any(a.dep_ == "pobj" and (a.lemma_.lower() in {"country", "nation"} and any(
            d.lower_ == "the" for d in a.children) or a.lower_ in {"it", "us"} and a.tag_ == "PRP")
            for a in clause.subtree)  # "part of the country", "belong to it": the holder's
        if owners & states or own:
            seceding = [r for r in refs if _secession_context(ix, r)]
            return seceding, bool(seceding) != any(c.dep_ == "neg" for c in clause.children)
    return refs, any(c.dep_ == "neg" for c in clause.children)


def _alias_clause(tok) -> bool:
    """Whether ``tok`` heads a clause giving a place another name: "(X,) known in Y as Z", "called Z in Y".

    Args:
        tok: any token.

    Returns:
        True for an ``acl`` / ``relcl`` of a naming verb, or of "know" with an "as" phrase.
    """
    if tok.dep_ not in {"acl", "relcl"}:
        return False
    lem = tok.lemma_.lower()
    return lem in ALIAS_VERBS or lem in KNOWN_AS_VERBS and any(c.lower_ == "as" for c in tok.children)


def _yielded_claim(verb):
    """The claim of "bow / yield / accede to (any) claim over X", or None."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in {"claim", "claims", "sovereignty"}:
                    return p
    return None


def _shared_position(verb):
    """The "position" of "endorsed / backed A's position on X", or None.

    The position must be a state's (a possessor) and bear on a name (an "on" phrase).
    """
    for o in verb.children:
        if o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in POSITION_NOUNS and \
                any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in o.children) and \
                any(c.dep_ == "prep" and c.lower_ in {"on", "over"} for c in o.children):
            return o
    return None


def _claim_owners(ix: _Index, noun) -> set[str] | None:
    """The states a claim or position noun belongs to ("Y's claim", "any Danish claim"); None for
    "its / their / our claim", the holder's own."""
    owners = set()
    for c in noun.children:
        if c.dep_ in {"poss", "amod", "compound"}:
            if c.lower_ in {"its", "their", "our", "my"}:
                return None
            m = ix.country_mention(c)
            if m is not None:
                owners.add(m.kb_id or m.text)
    return owners


def _claimed_lands(ix: _Index, cue, noun, memory: dict, holders: list) -> list[TerritoryRef]:
    """The gazetteer or text territories held by ``noun`` (a claim or a position), never the
    holder's own or its possessor's name.

    Args:
        ix: the document index.
        cue: the stance verb.
        noun: the claim / position noun (or None).
        memory: the article's stance memory.
        holders: the stance holders.

    Returns:
        The territories, or an empty list.
    """
    if noun is None:
        return []
    taken = {h.kb_id or h.text for h in holders}
    owners = _claim_owners(ix, noun)
    if owners is None or owners & taken:
        return []  # its own claim
    if noun.lemma_.lower() in POSITION_NOUNS:
        objs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"on", "over"}
                for p in c.children if p.dep_ == "pobj"]
        refs = [r for o in objs for r in _territories_in(ix, list(o.subtree))]
    else:
        refs = _hold_territories(ix, cue, list(noun.subtree), memory, holders)
    return [r for r in refs if r.name not in taken | owners]


def _independence_declaration(tok) -> bool:
    """"X's declaration / proclamation of independence": a status object for support or rejection."""
    return tok.lemma_.lower() in {"declaration", "proclamation"} and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in STATUS_NOUNS for p in c.children)
        for c in tok.children)


def _status_bid(tok) -> bool:
    """Tell whether ``tok`` is a land's bid for its status: "X's bid / claim / push for independence".

    Args:
        tok: the object of a verb of rejecting.

    Returns:
        True for a bid noun with a possessor and a "for" / "to" phrase naming statehood or recognition.
    """
    return tok.lemma_.lower() in BID_NOUNS | {"claim", "application", "demand"} and \
        any(c.dep_ == "poss" for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in {"for", "to"} and any(
                p.lemma_.lower() in STATUS_NOUNS | RECOGNITION_NOUNS for p in c.children) for c in tok.children)


def _land_right(tok) -> bool:
    """Tell whether ``tok`` is a right to a land: "any Y right to X", "Y's rights over the X Strip".

    A right to self-determination, to a state or to independence is a people's, not a hold on a land:
    the "to" / "over" phrase must name a place (a capitalised name or a place noun).

    Args:
        tok: the object of a verb of accepting or rejecting.

    Returns:
        True for "right(s)" with a "to" / "over" phrase whose object is a proper name or a place noun.
    """
    if tok.lemma_.lower() not in {"right", "rights"}:
        return False
    objs = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"to", "over"} for p in c.children
            if p.dep_ == "pobj"]
    return any(p.pos_ == "PROPN" or p.lower_ in GEO_NOUNS | PARTITIVE_NOUNS for p in objs)


def _regard_scope(verb) -> list:
    """The object side of a verb of regarding: its object, a small clause, an "as" phrase.

    "considers X an integral part of Y" (a verbless small clause the parser
    hangs on the verb as a ccomp), "accepts X as part of Y", "deems the
    declaration null and void".  A full clause ("said that ...", "sees that
    ...") is no small clause and is left out.

    Args:
        verb: the verb token.

    Returns:
        The tokens in text order.
    """
    out = []
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in {"dobj", "obj", "oprd", "acomp", "attr"} or \
                (c.dep_ == "prep" and c.lower_ in {"as", "with"}) or \
                (c.dep_ == "advcl" and c.pos_ == "ADJ" and any(  # "described X as illegitimate" parsed as a clause
                    k.lower_ == "as" and k.i == c.i - 1 for k in c.children)) or \
                (c.dep_ in {"ccomp", "xcomp"} and (c.pos_ not in {"VERB", "AUX"} or c.lemma_ == "be")
                 and not any(k.dep_ == "mark" for k in c.children)):
            out.extend(c.subtree)  # also "considers X to be part of Y"
        elif c.dep_ == "ccomp" and c.lemma_.lower() in SPEECH_VERBS and not any(k.dep_ == "mark" for k in c.children):
            out.extend(_swallowed_small_clause(c))
        elif _adverb_read_name(verb, c):
            out.append(c)  # "regard X as Y-ian" with the name X tagged as an adverb
    doc = verb.doc
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i > verb.i]
    if objs:
        e = max(t.i for t in objs[-1].subtree) + 1
        if e + 1 < len(doc) and doc[e].lower_ == "as" and doc[e + 1].ent_type_ == "NORP" and \
                all(t.i not in {e, e + 1} for t in out):
            out.extend([doc[e], doc[e + 1]])  # "treated X as Chilean, its embassy said": "as" misparsed
    return sorted(out, key=lambda t: t.i)


def _swallowed_small_clause(speech) -> list:
    """The small clause a trailing reporting verb swallowed as its subject.

    "A considers X part of Y, the embassy in Z said": the parser hangs "said" on
    the verb of regarding as a clause and makes "X part of Y, the embassy ..."
    its subject.  The words of that subject before the first comma are the
    small clause.

    Args:
        speech: a speech verb hung on a verb of regarding as a ccomp.

    Returns:
        The small clause's tokens in text order (empty when the subject does not
        open with it).
    """
    subj = next((c for c in speech.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < speech.i), None)
    if subj is None:
        return []
    toks = sorted(subj.subtree, key=lambda t: t.i)
    cut = next((t.i for t in toks if t.text == ","), None)
    if cut is None:
        return []
    return [t for t in toks if t.i < cut]


def _part_of_tok(toks: list):
    """The "part" of "(an integral) part of Y" among ``toks``, or None."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.lemma_.lower() == "part" and t.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "of" and c.i in ids for c in t.children):
            if t.dep_ in {"dobj", "obj"} and any(u.lower_ == "as" and u.i > t.i for u in toks):
                continue  # "accepts the eastern part of X as Y's territory": a partitive object
            return t
    return None


def _belonging_frame(toks: list):
    """The "belonging" of "as belonging to Y" among ``toks``, or None."""
    for t in toks:
        if t.lower_ == "belonging" and t.head.lower_ == "as" and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" for p in c.children)
                for c in t.children):
            return t
    return None


#: modifiers of a land word that give it no owner: "considers X an occupied / a disputed territory"
UNOWNED_LAND_MODIFIERS = frozenset({"occupied", "disputed", "contested", "unclaimed", "foreign"})


def _owned_land(toks: list):
    """The "territory" of "as Malaysian territory" / "as Morocco's soil" / "X Moroccan territory"
    (a small clause) or the "province" of "as a (breakaway) province (of Y)" among ``toks``, or None."""
    for t in toks:
        if t.lower_ in OWNED_LAND_WORDS and (t.head.lower_ == "as" or t.dep_ in {"dobj", "oprd", "ccomp", "xcomp"}
                                             or (t.dep_ == "attr" and t.head.lemma_ == "be")) \
                and any(c.dep_ in {"amod", "poss"} and c.lower_ not in UNOWNED_LAND_MODIFIERS or (
                    c.dep_ == "compound" and c.i == t.i - 1 and (c.pos_ == "PROPN" or c.ent_type_ == "NORP"))
                    for c in t.children):
            return t  # "as Malaysian territory", "as Emirati territory" (a PROPN compound), "to be X's territory"
        if t.lower_ in OWNED_LAND_WORDS and t.dep_ == "appos" and t.head.dep_ in {"dobj", "obj"} and any(
                c.dep_ in {"amod", "poss"} or (c.dep_ == "compound" and c.i == t.i - 1 and c.pos_ == "PROPN")
                for c in t.children):
            return t  # "considers the islands 'Emirati land'": the small clause parsed as an apposition
        if t.lower_ in PROVINCE_WORDS and t.head.lower_ == "as":
            return t
        if t.lower_ in PROVINCE_WORDS and t.dep_ in {"oprd", "ccomp", "xcomp"} and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in SECESSION_WORDS | {"renegade", "rebel"}
                for c in t.children):
            return t  # "considers X a breakaway province" (a small clause)
    return None


def _demonym_frame(toks: list):
    """The nationality adjective of "as British" / "as Peruvian" / "to be Peruvian" among ``toks``, or None."""
    for t in toks:
        if t.head.lower_ == "as" and t.dep_ in {"pobj", "amod", "acomp"} and t.pos_ in {"ADJ", "PROPN"} and \
                t.text[:1].isupper() and (t.ent_type_ == "NORP" or t.tag_ == "JJ" or (
                    t.ent_type_ == "GPE" and load_gazetteer().is_demonym(t.text))) and \
                not any(c.dep_ == "det" or (c.dep_ == "prep" and c.lower_ == "of") for c in t.children):
            return t  # (the NER reads some demonyms as places: "as Kuwaiti")
        if t.lower_ == "as" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "NORP" and (
                t.i + 2 >= len(t.doc) or t.doc[t.i + 2].is_punct):
            return t.doc[t.i + 1]  # "treated X as Chilean, ..." with the adjective misparsed
        if t.dep_ == "acomp" and t.head.lemma_ == "be" and t.head.dep_ in {"ccomp", "xcomp"} and \
                t.pos_ in {"ADJ", "PROPN"} and t.text[:1].isupper() and t.ent_type_ == "NORP" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children):
            return t  # "considers X to be Peruvian"
    return None


def _bare_possessive(t) -> bool:
    """Whether ``t`` is a possessor whose noun is left out: "regards X as Y's", "considers X to be Y's"."""
    doc = t.doc
    if not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in {"'s", "’s", "'", "’"}):
        return False
    after = doc[t.i + 2] if t.i + 2 < len(doc) else None
    return (after is None or after.is_punct or after.lower_ == "own"
            or after.pos_ in {"CCONJ", "ADP", "ADV", "SCONJ"}) and (
        t.head.lower_ == "as" or (t.dep_ in {"attr", "pobj"} and t.head.lemma_ == "be"))


def _possessive_frame(toks: list):
    """The owner of "as Y's" / "to be Y's" (a possessive with no noun) among ``toks``, or None."""
    for t in toks:
        if t.pos_ == "PROPN" and t.text[:1].isupper() and _bare_possessive(t):
            return t
    return None


def _land_frame(toks: list):
    """The word that gives a land to a state in a regarding frame ("part of Y", "as Y's territory",
    "as Chilean", "as belonging to Y", "as Y's"), or None."""
    return _part_of_tok(toks) or _owned_land(toks) or _demonym_frame(toks) or _belonging_frame(toks) \
        or _possessive_frame(toks)


def _sovereign_frame(toks: list):
    """The "state" of "as a sovereign / an independent state" among ``toks``, or None."""
    for t in toks:
        if t.lower_ in STATE_WORDS and t.head.lower_ == "as" and any(
                c.dep_ == "amod" and c.lower_ in SOVEREIGN_WORDS for c in t.children):
            return t
        if t.lower_ in STATE_WORDS and (t.dep_ in {"oprd", "xcomp", "ccomp", "attr"} or
                                        t.dep_ == "pobj" and t.head.lower_ == "as") and \
                any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children) and \
                not any(c.dep_ in {"prep", "compound", "relcl", "acl"} or
                        c.dep_ == "amod" and c.lower_ not in SOVEREIGN_WORDS for c in t.children):
            return t  # "(does not) consider X a state", "considers X an independent state", "accept X as a state"
    return None


def _regard_flavour(verb) -> str | None:
    """Whether a verb of regarding states a recognition stance, and which.

    * "void": the holder deems a declaration, annexation or referendum null and
      void, illegal or invalid: a negative stance;
    * "regard": the holder considers or accepts a territory as part of a state,
      as a state's territory, or deals with it as a sovereign state.

    Args:
        verb: a verb whose lemma is in REGARD_LEMMAS.

    Returns:
        "void", "regard" or None.
    """
    lem = verb.lemma_.lower()
    toks = _regard_scope(verb)
    if not toks:
        if _surface_frame(verb) is not None or _described_frame(verb) is not None:
            return "regard"
        return "occupied" if lem in PART_OF_LEMMAS and _occupied_frame(verb) is not None else None
    lows = {t.lower_ for t in toks}
    nulled = any(t.lemma_.lower() in NULL_HEADS and any(c.lower_ == "no" and c.dep_ == "det" for c in t.children)
                 for t in toks)
    if lem in VOID_LEMMAS and (lows & VOID_WORDS or nulled) and any(
            t.lemma_.lower() in VOIDABLE_NOUNS and t.pos_ in {"NOUN", "PROPN"} and (
                lem != "describe" or t.dep_ in {"dobj", "obj"} and t.head.i == verb.i) for t in toks):
        return "void"  # ("described Y's rule over X as unlawful"; not "described X as Z land under Y's occupation")
    voidable = [t for t in toks if t.lemma_.lower() in VOIDABLE_NOUNS and t.pos_ in {"NOUN", "PROPN"}]
    if lem in VOID_LEMMAS and voidable and any(
            t.lower_ in VALID_WORDS and t.i > voidable[0].i and not (t.dep_ == "amod" and t.head in voidable)
            for t in toks):
        return "valid"  # "has never considered Y's occupation of X lawful"
    if lem in PART_OF_LEMMAS and "occupied" in lows and _occupied_frame(verb) is not None:
        return "occupied"  # "regards X as Y-ian-occupied territory": the occupier's adjective is no owner
    if lem in PART_OF_LEMMAS and _land_frame(toks) is not None:
        return "regard"  # "considers X part of Y", "as Y's territory", "treats X as Chilean", "as belonging to Y"
    if lem in SOVEREIGN_FRAME_LEMMAS and _sovereign_frame(toks) is not None:
        return "regard"
    if _surface_frame(verb) is not None or _described_frame(verb) is not None:
        return "regard"  # "views X as Osterlich, a diplomat said": the clause the parser broke
    if lem in PART_OF_LEMMAS and _occupied_frame(verb) is not None:
        return "occupied"  # "considers X occupied (by Y)", "regards X as occupied territory"
    return None


def _occupied_frame(verb):
    """The land of "considers X (as) (an illegally) occupied (region / by Y)", read off the surface.

    Args:
        verb: a verb of regarding.

    Returns:
        The last token of the (last) territory's name, or None (see :func:`_occupied_lands`).
    """
    lands = _occupied_lands(verb)
    return lands[-1] if lands else None


def _occupied_lands(verb) -> list:
    """The lands of "considers X (and Y) (to be / as) (an illegally) occupied (region / by Z)", off the surface.

    A territory name right after the verb (after "the"; or "the region" for the land
    in focus), or a list of them joined by commas, "and" or "or", then within four words
    "occupied", with only "as", "to be", an article or adverbs between: the holder does
    not accept the occupier's hold on X.  A state's own claim ("occupied Ruritanian
    land") has its own frame and never reaches here.

    Args:
        verb: a verb of regarding.

    Returns:
        The last token of each territory's name, in text order (empty when the frame is absent).
    """
    doc = verb.doc
    sent = verb.sent
    k = verb.i + 1
    if k < sent.end and doc[k].lower_ == "the":
        k += 1
    if k < sent.end and k == verb.i + 2 and doc[k].lower_ in GEO_NOUNS and doc[k].is_lower:
        pass  # "considers the region / the plateau occupied territory": the land in focus (see the caller)
    elif k < sent.end and (run_end := _unlisted_land_run(doc, k, sent.end)) is not None:
        # "regards the X Heights as occupied": a proper name closed by a place noun, whatever the NER made of it
        return [doc[run_end - 1]] if _occupied_after(doc, run_end - 1, sent) else []
    elif k >= sent.end or doc[k].ent_type_ != "TERRITORY" or doc[k].ent_iob_ != "B":
        return []
    ends = []
    while True:
        while k + 1 < sent.end and doc[k + 1].ent_iob_ == "I":
            k += 1
        ends.append(doc[k])
        j = k + 1
        while j < sent.end and doc[j].lower_ in {",", "and", "or"} or (
                j + 2 < sent.end and [doc[j].lower_, doc[j + 1].lower_, doc[j + 2].lower_] == ["as", "well", "as"]):
            j += 3 if doc[j].lower_ == "as" else 1  # "X, Y and Z", "X as well as Y": the next name of a list
        if j == k + 1 or j >= sent.end or doc[j].ent_type_ != "TERRITORY" or doc[j].ent_iob_ != "B":
            break
        k = j
    return ends if _occupied_after(doc, ends[-1].i, sent, verb) else []


def _occupied_after(doc, k: int, sent, verb=None) -> bool:
    """Whether "occupied" follows the land ending at ``k`` within five words ("as", "to be", adverbs between).

    Args:
        doc: the Doc.
        k: the last token of the land's name.
        sent: its sentence.
        verb: the verb of regarding (to tell a third state's land in "occupied Y-ian land").

    Returns:
        True when the frame holds and the land is not the holder's own.
    """
    for j in range(k + 1, min(sent.end, k + 6)):
        t = doc[j]
        if t.lemma_.lower() == "occupy" or t.lower_ == "occupied":
            nxt = doc[j + 1] if j + 1 < sent.end else None
            if nxt is not None and (nxt.ent_type_ in {"NORP", "COUNTRY"} or nxt.tag_ == "PRP$") and \
                    (verb is None or not _third_state_land(verb, nxt)):
                return False  # "occupied Ruritanian land": whose land it is, is said (the holder's own)
            return True
        occupier = j + 2 < sent.end and doc[j + 1].text in {"-", "–"} and doc[j + 2].lower_ == "occupied" or (
            t.text in {"-", "–"} and j + 1 < sent.end and doc[j + 1].lower_ == "occupied")
        to_be = t.lower_ == "to" and j + 1 < sent.end and doc[j + 1].lower_ == "be" or (
            t.lower_ == "be" and doc[j - 1].lower_ == "to")
        land = t.lower_ in {"territory", "land", "area"} and j + 1 < sent.end and doc[j + 1].lower_ == "occupied" \
            and doc[j - 1].lower_ == "as"  # "as territory occupied by Z"
        if not (t.lower_ in {"as", "an", "a"} or t.pos_ == "ADV" or occupier or to_be or land):
            return False  # (but "as Y-ian-occupied territory": the occupier named in a hyphenated word)
    return False


def _unlisted_land_run(doc, k: int, end: int) -> int | None:
    """The end of a proper name at ``k`` closed by a capitalised place noun that no listed name covers.

    "the Mar'iv Heights", "the Tessaly Strip": title-case words, the last a place noun; the NER may have
    left it out, split it or called it a person.  Countries and territories the NER found are read elsewhere.

    Args:
        doc: the Doc.
        k: the first word.
        end: the sentence end.

    Returns:
        The index after the name, or None.
    """
    def named(t) -> bool:  # ("Mar'iv": a capital first letter, whatever follows the apostrophe)
        return t.text[:1].isupper() and t.text[1:2].islower() and t.pos_ == "PROPN"

    if doc[k].ent_type_ in {"TERRITORY", "COUNTRY", "NORP"} or not named(doc[k]):
        return None
    j = k
    while j < end and j - k < 4 and named(doc[j]) and doc[j].ent_type_ not in {"TERRITORY", "COUNTRY"}:
        j += 1
    return j if j - k >= 2 and doc[j - 1].lower_ in GEO_NOUNS else None


def _third_state_land(verb, owner_tok) -> bool:
    """Tell whether "occupied <Y-ian> territory" gives the land to a state other than the verb's subject.

    Args:
        verb: the verb of regarding.
        owner_tok: the demonym or country name after "occupied".

    Returns:
        True when both the owner and the subject are countries the gazetteer knows, and differ.
    """
    gaz = load_gazetteer()
    owner = gaz.country_of_demonym(owner_tok.text) if owner_tok.ent_type_ == "NORP" else (
        e.name if (e := gaz.lookup(owner_tok.text)) is not None else None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ent = next((e for e in verb.doc.ents if subj is not None and e.start <= subj.i < e.end), None)
    found = gaz.lookup(ent.text) if ent is not None else None
    holder = found.name if found is not None else gaz.capitals.get(fold(ent.text)) if ent is not None else None
    return bool(owner and holder and owner != holder)


def _surface_frame(verb) -> tuple[int, int, int] | None:
    """The misparsed "regards X as <Demonym>" clause at a regard verb (see
    :func:`graph.nlp.misparsed_small_clause`), or None."""
    if verb.lemma_.lower() not in PART_OF_LEMMAS:
        return None
    return misparsed_small_clause(verb, load_gazetteer())


def _described_frame(verb) -> tuple[int, int] | None:
    """A definite place description and a bare nationality after a regard verb, read off the surface.

    "considers the area Sudanese", "regards the islands as Ruritanian": the
    parser reads the adjective as a clause of its own.  The words right after
    the verb are "the", at most one modifier and a place noun, an optional
    "as", then a demonym that ends the clause.

    Args:
        verb: a verb of regarding.

    Returns:
        ``(place noun index, demonym index)``, or None.
    """
    if verb.lemma_.lower() not in PART_OF_LEMMAS:
        return None
    doc = verb.doc
    end = verb.sent.end
    k = verb.i + 1
    if k >= end or doc[k].lower_ != "the":
        return None
    k += 1
    if k + 1 < end and doc[k].is_lower and doc[k + 1].lower_ in GEO_NOUNS:
        k += 1  # "the whole area", "the disputed islands"
    if k >= end or doc[k].lower_ not in GEO_NOUNS or not doc[k].is_lower:
        return None
    noun = k
    k += 1
    if k < end and doc[k].lower_ == "as":
        k += 1
    elif verb.lemma_.lower() not in BARE_FRAME_VERBS:
        return None
    if k >= end or not doc[k].text[:1].isupper() or not load_gazetteer().is_demonym(doc[k].text):
        return None
    if k + 1 < end and not (doc[k + 1].is_punct or doc[k + 1].pos_ in {"CCONJ", "SCONJ"}):
        return None  # "as Sudanese citizens": a noun after the adjective is no land frame
    return noun, k


def _owner_of(ix: _Index, frame) -> tuple[Mention | None, bool]:
    """The state a "part of Y" / "as Y's territory" / "as belonging to Y" frame gives the land to.

    Args:
        ix: the document index.
        frame: the "part" or "territory" token.

    Returns:
        (the owner's country mention or None, whether the owner is "its/their own").
    """
    heads = [frame] + [p for c in frame.children if c.dep_ == "prep" and (
        c.lower_ == "of" or c.lower_ == "to" and frame.lower_ == "belonging") for p in c.children if p.dep_ == "pobj"]
    for h in heads[1:] + heads[:1]:
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ in {"its", "their", "our"}:
                return None, True
        if h.i != frame.i:
            m = ix.country_mention(h, allow_demonym=False)
            if m is not None and m.kb_id:
                return m, False
        for c in h.children:
            if c.dep_ in {"amod", "poss"} or (c.dep_ == "compound" and (
                    h.i != frame.i or (frame.lower_ in OWNED_LAND_WORDS and c.i == frame.i - 1))):
                m = ix.country_mention(c)
                if m is not None and m.kb_id:
                    return m, False
    return None, False


#: a land's own campaign: "X's bid / push / quest for recognition"
BID_NOUNS = frozenset({"bid", "push", "quest", "campaign", "drive", "search", "struggle", "fight"})


def _secession_context(ix: _Index, ref: TerritoryRef) -> bool:
    """Whether the article speaks of the territory's own independence.

    "Independence of X", "X's declaration of independence", "the breakaway
    X", "X declared independence": where a territory's statehood is the
    question, regarding it as part of another state denies it.

    Args:
        ix: the document index.
        ref: the territory.

    Returns:
        True for a declared state of the gazetteer (Taiwan, Kosovo, ...), or when a secession
        word stands within four tokens before a mention, or a mention is followed by
        "'s independence" or "declared independence".
    """
    if ref.name in ix.gaz.declared_states:
        return True  # a declared state with limited recognition: its statehood is always the question
    if ref.mention is None:
        return False
    key = ref.mention.kb_id or ref.mention.text
    doc = ix.doc
    for ent in doc.ents:
        if (ent.ent_id_ or ent.text) != key and ent.text != ref.mention.text:
            continue
        lo, hi = max(ent.start - 4, ent.sent.start), min(ent.end + 3, ent.sent.end)
        if any(doc[k].lower_ in SECESSION_WORDS for k in range(lo, ent.start)):
            return True
        after = [t for t in doc[ent.end:hi]]
        if len(after) >= 2 and (
                (after[0].tag_ == "POS" and after[1].lower_ in SECESSION_WORDS | {"declaration"}) or
                (after[0].lemma_.lower() in {"declare", "proclaim", "seek", "want"}
                 and after[1].lower_ in SECESSION_WORDS and not _denied_clause(after[0]))):
            # "X's independence", "X's declaration of independence", "X declared independence";
            # not "recognise X as an independent state" (a hypothetical recognition, not X's own bid)
            return True
        bid = [t for t in doc[ent.end:min(ent.end + 6, ent.sent.end)]]
        if bid and bid[0].tag_ == "POS" and any(t.lower_ in BID_NOUNS for t in bid[1:4]) and any(
                t.lower_ == "recognition" for t in bid[2:6]):
            return True  # "X's push / bid for (international) recognition": its own statehood is the question
    return False


def _denied_clause(verb) -> bool:
    """Whether a verb stands in a negated or conditional clause.

    "The danger is not that X declares independence", "if X declared
    independence", "whether X will declare independence": the verb itself or
    a verb above it carries a negation, or the clause is led by "if",
    "whether" or "unless".

    Args:
        verb: the verb token.

    Returns:
        True when the event is denied or only supposed.
    """
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "neg" for c in cur.children) or any(
                c.dep_ == "mark" and c.lower_ in {"if", "whether", "unless"} for c in cur.children):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _regard_territories(ix: _Index, cue, flavour: str, memory: dict, holders: list
                        ) -> tuple[list[TerritoryRef], set[str]]:
    """The territories of a verb of regarding (see :func:`_regard_flavour`).

    "void": the territory of the voided declaration or annexation, or the one
    in focus.  "regard": the object named before the frame.  A state that
    regards a land as its own ("considers X part of its territory") states a
    claim, not a recognition: no stance.  Regarding a country, or a land the
    article says a third state annexed, as part of another state is a
    negative stance on it (flipped: the annexation is rejected); a disputed
    land placed under a third state is a positive one, as is "recognise Y's
    sovereignty over X".  Its own claim on a land whose independence the
    article speaks of denies that independence.

    Args:
        ix: the document index.
        cue: the verb.
        flavour: "void" or "regard".
        memory: the article's stance memory.
        holders: the stance holders.

    Returns:
        (territories, names of the territories whose stance is flipped).
    """
    scope = _regard_scope(cue)
    taken = {h.kb_id or h.text for h in holders}
    if flavour in {"void", "valid"}:
        for n in scope:
            if n.lemma_.lower() not in VOIDABLE_NOUNS or n.pos_ not in {"NOUN", "PROPN"}:
                continue
            sub = list(n.subtree)
            if n.lemma_.lower() == "claim":
                # "calls Y's claims (to X) untenable": the land claimed, never the claimant
                owners = {m.kb_id for c in n.children if c.dep_ == "poss"
                          for m in [ix.country_mention(c)] if m is not None}
                refs = [r for r in _hold_territories(ix, cue, sub, memory, holders) if r.name not in taken | owners]
                if not refs:
                    refs = [r for r in _salient_territories(ix, n.i, holders, 1) if r.name not in owners]
                return refs, set()
            refs = [r for r in _territories_in(ix, sub) if r.name not in taken]
            if not refs and n.lemma_.lower() in ANNEX_LEMMAS:
                res = _annexation_target(ix, n, sub, memory)
                place = _annexed_place(ix, [u for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                            for u in c.subtree]) if res is not None else None
                refs = [place or res[1]] if res is not None else []
            if not refs:
                for t in sub:
                    m = ix.country_mention(t, allow_demonym=False)
                    if m is not None and m.kb_id and m.kb_id not in taken and m.label in {"COUNTRY", "TERRITORY"}:
                        refs = [TerritoryRef(mention=m, name=m.kb_id)]
                        break
            if not refs:
                refs = _salient_territories(ix, n.i, holders, 1)
            return refs, set()
        return [], set()
    frame = _land_frame(scope)
    land = frame is not None
    if frame is None:
        frame = _sovereign_frame(scope)
    surface = None
    described = None
    if frame is None and flavour == "regard":
        surface = _surface_frame(cue)
        if surface is not None:
            frame, land = ix.doc[surface[2]], True
        else:
            described = _described_frame(cue)
            if described is not None:
                frame, land = ix.doc[described[1]], True
    if frame is None:
        return [], set()
    own = False
    owner = None
    if land:
        owner, own = _owner_of(ix, frame)
        if owner is None and frame.i > 0 and ix.doc[frame.i - 1].lower_ in {"as", "be"} and (
                ix.demonym_country(frame) or _bare_possessive(frame)):
            owner = ix.country_mention(frame)  # "as Chilean", "as Chile's": the demonym's / possessor's state
        own = own or (owner is not None and owner.kb_id in taken)
    cands = [t for t in scope if t.i < frame.i and (t.dep_ in {"dobj", "obj", "nsubj", "pobj"} or (
        t.lower_ in {"both", "all"} and t.i == cue.i + 1)) and t.pos_ in {"NOUN", "PROPN", "PRON"}]
    cands += [t for t in scope if t.i < frame.i and _adverb_read_name(cue, t)]
    if surface is not None:
        cands = [ix.doc[surface[1] - 1]]  # the last word of the name run
    if described is not None:
        cands = [ix.doc[described[0]]]  # "the area": the land in focus
    # "considers X Moroccan territory" parsed as one noun phrase: X is a compound of the frame
    # "considers X part of Y" parsed as one noun phrase: X is a compound of the frame
    cands += [t for t in frame.children if t.dep_ in {"compound", "nmod"} and t.i < frame.i and (
        t.pos_ == "PROPN" or (ix.ent_at[t.i] is not None and ix.ent_at[t.i].label_ in {"COUNTRY", "TERRITORY"}))
        and not (owner is not None and frame.lower_ in OWNED_LAND_WORDS and t.i == frame.i - 1)]
    if land and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in frame.children):
        # "considers the entire lake part of Y": a bare place noun glued to the frame
        # (or read as an adjective: "the promontory part of Y")
        cands += [t for t in frame.children if t.i == frame.i - 1 and t.lower_ in GEO_NOUNS and (
            t.dep_ in {"compound", "amod"} and t.tag_ in {"NN", "JJ"})]
    cands += [c for t in cands for c in t.conjuncts if c.i < frame.i and c not in cands]  # "regards A and B as"
    gathered: list[TerritoryRef] = []
    for t in cands:
        ent = ix.ent_at[t.i]
        refs: list[TerritoryRef] = []
        if ent is not None and ent.label_ in {"COUNTRY", "TERRITORY"}:
            m = ix.ent_mention(ent)
            if m is not None and (m.kb_id or m.text) not in taken and \
                    (owner is None or (m.kb_id or m.text) != owner.kb_id):
                refs = [TerritoryRef(mention=m, name=m.kb_id or m.text)]
        elif t.lower_ in {"it", "them"} and t.tag_ == "PRP":
            refs = _pronoun_territories(ix, t, holders, memory)
        elif t.lower_ in {"both", "all"} and t.pos_ == "PRON":
            refs = _pair_territories(ix, t, holders, memory)
        elif land:
            refs = [r for r in _held_place(ix, t, memory, holders) if r.name not in taken]
            if not refs and t.dep_ == "compound":
                refs = _compound_land(ix, t, taken)
        gathered += [r for r in refs if r.name not in {g.name for g in gathered}]
    refs = gathered
    if not refs:
        return [], set()
    if not land:
        return refs, set()
    framed = any(c.dep_ in {"amod", "compound"} and c.lower_ in SECESSION_WORDS | {"renegade", "rebel"}
                 for c in frame.children)  # "as a breakaway province"
    annexed = memory.get("annexed") or {}
    seceding = {r.name for r in refs if r.mention is not None and
                (framed or r.mention.label == "COUNTRY" or own and _secession_context(ix, r) or owner is not None
                 and annexed.get(r.name) not in {None, owner.kb_id})}  # (not the annexer's: "part of Y" rejects it)
    if own or (owner is None and frame.lower_ in PROVINCE_WORDS | OWNED_LAND_WORDS):
        # a state's own claim, or "a province" of nobody named, is a stance only on
        # a land whose own statehood is in question: it denies it
        return [r for r in refs if r.name in seceding], seceding
    return refs, seceding


def _compound_land(ix: _Index, t, taken: set) -> list[TerritoryRef]:
    """The land a proper name hung as a compound on a "part of Y" frame names.

    "considers Jubaland part of Somalia" is parsed as one noun phrase
    ("Jubaland part"); the name is land whatever NER made of it, unless it
    is a person or an organisation.

    Args:
        ix: the document index.
        t: the compound token.
        taken: the holders' names.

    Returns:
        The land as a territory reference, or an empty list.
    """
    ent = ix.ent_at[t.i]
    if ent is not None and ent.label_ not in {"GPE", "LOC", "PLACE"}:
        return []
    toks = [c for c in t.subtree if c.pos_ == "PROPN"]
    if not toks or any(c.is_lower for c in toks):
        return []
    if ent is not None:
        m = ix.ent_mention(ent)
        if m is not None and (m.kb_id or m.text) not in taken:
            return [TerritoryRef(mention=m, name=m.kb_id or m.text)]
        return []
    name = " ".join(c.text for c in toks)
    return [] if name in taken else [TerritoryRef(mention=None, name=name)]


def _antecedent_territory(ix: _Index, cue, holders: list) -> list[TerritoryRef]:
    """The noun a recognising clause modifies, when it is the one recognised.

    "Somaliland, which Ethiopia recognised last year," (the relative pronoun
    is the object, also of a verb under the relative one: "which A refuses to
    recognise"; or the passive subject: "X, which is recognised by A,") and
    "Kosovo, recognised by Japan in 2008," (a passive participle with its agent).

    Args:
        ix: the document index.
        cue: a recognition verb.
        holders: the stance holders.

    Returns:
        The antecedent as a territory (a territory or country name), or an empty list.
    """
    head = cue.head
    rel = cue
    if cue.dep_ == "xcomp" and cue.head.dep_ == "relcl":
        rel, head = cue.head, cue.head.head  # "X, which A refuses to recognise,": the pronoun is the verb's object
    if rel.dep_ == "relcl":
        # (the relative pronoun as object, or as passive subject: "X, which is recognised by A,")
        if not any(c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lower_ in {"which", "that", "whom"}
                   for c in cue.children):
            return []
    elif not (cue.dep_ == "acl" and cue.tag_ == "VBN" and any(c.dep_ == "agent" for c in cue.children)):
        return []
    if head.lemma_.lower() in STATUS_NOUNS:
        # "X's independence, which A refuses to recognise": the land whose status it is
        head = next((c for c in head.children if c.dep_ == "poss"), None) or next(
            (p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj"), head)
    m = ix.country_mention(head, allow_demonym=False)
    if m is None or not (m.kb_id or m.text) or m.label not in {"COUNTRY", "TERRITORY"}:
        return []
    taken = {h.kb_id or h.text for h in holders}
    name = m.kb_id or m.text
    return [] if name in taken else [TerritoryRef(mention=m, name=name)]


# verbs that take recognition away "from" a land: "withdrew recognition from X"
WITHDRAW_VERBS = frozenset({"withhold", "withdraw", "revoke", "rescind"})


def _granted_to(ix: _Index, cue) -> list[TerritoryRef]:
    """"extended / granted / gave recognition to X": X, hung on the verb.

    Args:
        ix: the document index.
        cue: a recognition noun.

    Returns:
        The territories or countries after "to", or an empty list.
    """
    verb = cue.head
    lem = verb.lemma_.lower()
    if cue.dep_ not in {"dobj", "obj"} or lem not in GRANT_VERBS | WITHDRAW_VERBS | {"deny"}:
        return []
    # "withheld / withdrew recognition from X" (negated by the verb)
    prep = "from" if lem in WITHDRAW_VERBS else "to"
    to = [t for c in (*verb.children, *cue.children) if c.dep_ in {"prep", "dative"} and c.lower_ == prep
          for t in c.subtree]
    if not to and prep == "to":
        # "granted Kosovo recognition": the receiver as a second object (or read as a compound)
        to = [t for c in (*verb.children, *cue.children) if c.dep_ in {"dative", "compound", "nmod"} and c.i < cue.i
              and c.pos_ in {"PROPN", "NOUN"} for t in c.subtree]  # ("granted X diplomatic recognition": a modifier)
    refs = _territories_in(ix, to)
    if refs:
        return refs
    for t in to:
        m = ix.country_mention(t, allow_demonym=False)
        if m is not None and m.kb_id and m.label in {"COUNTRY", "TERRITORY"}:
            return [TerritoryRef(mention=m, name=m.kb_id)]
    return []


def _tie_territories(ix: _Index, cue, holders: list) -> list[TerritoryRef]:
    """The territory of "cut / established (diplomatic) ties with X".

    Ties with a state whose statehood is disputed stand for its recognition
    ("cut ties with Taipei", "established diplomatic relations with Kosovo");
    ties with a recognised country do not, so only gazetteer territories (or
    their capitals) count.

    Args:
        ix: the document index.
        cue: the verb.
        holders: the stance holders.

    Returns:
        The territories, or an empty list.
    """
    taken = {h.kb_id or h.text for h in holders}
    withs = _tie_partner_tokens(cue)
    refs = [r for r in _territories_in(ix, withs) if r.mention is not None and r.mention.label == "TERRITORY"
            and r.name not in taken]
    if not refs:  # "restored relations with the Sahrawi republic"
        refs = [r for r in _demonym_lands(ix, [p for p in withs if p.dep_ == "pobj" and p.head.lower_ == "with"])
                if r.name not in taken]
    # a capital stands for its state by name: "Taipei" is Taiwan, not the city's node
    return [r if r.mention.text == r.name else TerritoryRef(mention=None, name=r.name) for r in refs]


def _tie_partner_tokens(cue) -> list:
    """The tokens of the "with" phrase of "cut / has (diplomatic) ties with X" (on the tie noun or the verb).

    Args:
        cue: the verb.

    Returns:
        The tokens of the phrase, or an empty list.
    """
    return [p for o in cue.children if o.dep_ in {"dobj", "obj"} and (o.lemma_.lower() in TIE_NOUNS or
                                                                     o.lower_ in TIE_NOUNS)
            for c in (*o.children, *cue.children) if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.subtree]


def _claim_objects(verb) -> list:
    """The claim nouns a verb of rejecting or accepting takes as its object.

    "rejects Y's claim to X" (a ``dobj``); "rejects, in the firmest possible way, Y's claim
    to X", where the parenthesis costs the verb its object in the parse: the first
    claim noun after the verb, with only the parenthesis, determiners, adjectives and
    possessors between, stands in.

    Args:
        verb: the verb (or a noun-tagged verb).

    Returns:
        The claim tokens.
    """
    objs = _verb_objects(verb)
    if not objs and verb.lemma_.lower() in {"protest", "object"}:
        objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"against", "to"}
                for p in c.children if p.dep_ == "pobj"]  # "protested against Y's claim to X"
    # "rejected both A's and B's claims to X": the first possessor parsed as the object, the claim its conjunct
    # "backed the A-ian and B-ian claim to X": the first demonym parsed as the object, the claim its conjunct
    objs += [c for o in objs if any(k.dep_ == "case" for k in o.children) or (
             o.text[:1].isupper() and load_gazetteer().is_demonym(o.text))
             for c in o.conjuncts if c.i > o.i and c.lemma_.lower() in CLAIM_NOUNS]
    if objs:
        # ("title" only as a title to land: "repudiates any Y title to X", not "the title of the report")
        return [o for o in objs if o.lemma_.lower() in CLAIM_NOUNS and (o.lemma_.lower() != "title" or any(
            c.dep_ == "prep" and c.lower_ == "to" and c.i > o.i for c in (*o.children, *verb.children)))]
    if not (verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","):
        return []
    lost = lost_object(verb, CLAIM_NOUNS)
    return [lost] if lost is not None else []


def _rejected_claim_territories(ix: _Index, cue, memory: dict, holders: list) -> list[TerritoryRef]:
    """The land of a rejected claim: "rejects the claim that X belongs to Y", "disputes Y's claim to X".

    A claim the holder itself makes ("its claim") is no stance.

    Args:
        ix: the document index.
        cue: the verb.
        memory: the article's stance memory.
        holders: the stance holders.

    Returns:
        The territories, or an empty list.
    """
    taken = {h.kb_id or h.text for h in holders}
    claims = _claim_objects(cue)
    for claim in claims:
        owners = _claim_owners(ix, claim)
        if owners is None or owners & taken:
            return []  # its own claim
        # "rejects the claim of Y" with Y a state or its capital: the claimant, never the land
        of_owner = [c for c in claim.children if c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and getattr(ix.country_mention(p), "label", "") == "COUNTRY" for p in c.children)]
        skip = {k.i for c in of_owner for k in c.subtree}
        owners = owners | {n for c in of_owner for p in c.children if p.dep_ == "pobj"
                           for m in [ix.country_mention(p)] if m is not None for n in (m.kb_id, m.text, p.text)}
        if owners & taken:
            return []
        refs = _hold_territories(ix, cue, [t for t in claim.subtree if t.i not in skip], memory, holders)
        if not refs:
            # "rejects Y's claim to X" with "to X" hung on the verb
            refs = [r for c in cue.children if c.dep_ == "prep" and c.lower_ in {"to", "over"} and c.i > claim.i
                    for p in c.children if p.dep_ == "pobj" for r in _held_place(ix, p, memory, holders)]
        refs = [r for r in refs if r.name not in owners]  # ("rejects China's claim to it": China is no land)
        if refs:
            return [r for r in refs if r.name not in taken]
        for b in (t for t in cue.subtree if t.lemma_.lower() == "belong" and t.head in (cue, claim)):
            owners = [ix.country_mention(p) for c in b.children if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
            if any(m is not None and m.kb_id in taken for m in owners):
                return []
            for subj in (c for c in b.children if c.dep_ in {"nsubj", "nsubjpass"}):
                refs = [r for r in _held_place(ix, subj, memory, holders) if r.name not in taken]
                if refs:
                    return refs
        if owners and not any(c.dep_ == "prep" and c.lower_ in {"to", "over", "on"} or
                              c.dep_ == "prep" and c.lower_ == "of" and c not in of_owner or
                              c.dep_ in {"acl", "ccomp", "relcl", "appos", "xcomp", "advcl"}
                              for c in (*claim.children, *cue.children)) and \
                not any(t.lemma_.lower() == "belong" for t in cue.subtree):
            # "B rejects A's claim in turn": a claim with no land named is to the land just named
            last = _last_territory(ix, cue.i)
            if last is not None and last.mention is not None and last.name not in owners | taken and \
                    cue.idx - last.mention.start < BARE_REFUSAL_REACH:
                return [last]
    return []


FIRST_PLURAL = frozenset({"we", "our", "us", "ours"})


def extract_stances(doc, article: Article, quotes: Sequence[Quote] = ()) -> Iterator[Stance]:
    """Yield recognition stances: a country (or its voice) on a territory.

    Cues: recognise/recognize/acknowledge (verb), recognition/non-recognition
    (noun), "support/accept/oppose the independence of X", "de-recognise".
    The holder is found by climbing the cue's dependency chain to a subject or
    possessor and mapping it to a country (its name, capital, seat of power or
    demonym; its government/ministry/president) or a person (a leader; his
    country is resolved later through his position); pronouns are resolved
    to their antecedent.  Negation (not, never, refuse, decline, rule out,
    refusal, non-, no longer, broke off, neither/none of) flips the stance;
    expectation, persuasion, intent (ready, willing, moved to), modal
    possibility, a question or an if-clause yield no stance (NegEx-style cue
    and scope rules, Chapman et al. 2001).  A quantifier subject expands to the
    countries listed beside it (dashes, brackets, "including", "both of which");
    a capital object stands for its state ("recognise Taipei" -> Taiwan);
    "switched recognition from A to B" gives doesNotRecognise A and recognises
    B; an elided verb ("B has not", "C declined", "as did D", "nor does E")
    copies the territories of the stance just before it.  Territories are the gazetteer's
    TERRITORY names in the object (one stance per name, lists and
    coordination included, plus a following "the same applies to ..."), or a
    description: "territory in Ukraine annexed by Russia",
    "quasi-state entities in eastern Ukraine".  The object of a hold noun
    ("sovereignty / control / rule over X") is a territory whatever names it
    (see :func:`_hold_territories`); names the gazetteer lacks but the text
    treats as territories are labelled by the ``unlisted_territories``
    pipeline component (:func:`graph.nlp.find_unlisted_territories`).

    A "we" / "our" holder inside a quotation is the quote's speaker, or the state the
    speaker serves (:meth:`_Index.quote_voice`).

    Args:
        doc: the spaCy Doc of ``article.text`` (from ``load_nlp()``).
        article: the article the doc was made from.
        quotes: the article's quotations (from :func:`graph.quotes.extract_quotes`);
            without them a first-person holder is not resolved.

    Returns:
        An iterator of :class:`Stance`.

    Raises:
        Nothing: odd input yields fewer facts.
    """
    try:
        ix = _index(doc, article)
    except Exception as exc:
        log.debug("stances: %s", exc)
        return
    ix.quote_speakers = [(q.start, q.end, q.speaker) for q in quotes if q.speaker is not None]
    ix.unnamed_quotes = [(q.start, q.end) for q in quotes if q.speaker is None]
    memory: dict = {}
    seen: set = set()
    for sent in ix.sents:
        try:
            found = list(_stances_in_sentence(ix, sent, memory))
            have = {(st.holder.start, st.territory.name) for st in found}
            found += [st for st in _statehood_assertions(ix, sent) if (st.holder.start, st.territory.name) not in have]
            have = {(st.holder.start, st.territory.name) for st in found}
            found += [st for st in _equated_lands(ix, sent) if (st.holder.start, st.territory.name) not in have]
        except Exception as exc:  # keep the extractor total on odd parses
            log.debug("stances in %r: %s", sent.text[:60], exc)
            continue
        try:
            found += _but_not_lands(ix, found)
        except Exception as exc:  # keep the extractor total on odd parses
            log.debug("contrasted lands in %r: %s", sent.text[:60], exc)
        found = _latest_polarity(found)
        for st in found:
            if _bare_description(st.territory) or _government_description(st.territory):
                continue  # "the breakaway region" with no land named before it; "the X government of Y"
            if st.holder.label == "ORG":
                continue  # a body's stance, kept only for the states that copy it ("and neither does B")
            k = (st.holder.start, st.holder.end, st.territory.name, st.stance)
            if k in seen:
                continue
            seen.add(k)
            yield st


def _international_body(ix: _Index, m: Mention) -> bool:
    """Whether a mention is a listed body of states (the EU, the AU, the UN), not a state's own or an outlet.

    Args:
        ix: the document index.
        m: the mention.

    Returns:
        True for an organisation the gazetteer lists with no country and no outlet flag.
    """
    if m.label != "ORG" or not m.kb_id:
        return False
    entry = ix.gaz.lookup(m.kb_id)
    return entry is not None and entry.cls == "Organization" and not entry.country and not entry.outlet


#: conjunctions of a contrasted object: "recognises A but not B", "A, and not B", "A yet not B"
CONTRAST_CONJUNCTIONS = frozenset({"but", "and", "yet", "though", "although"})


def _but_not_lands(ix: _Index, found: list[Stance]) -> list[Stance]:
    """The opposite stances of lands contrasted with a stance's land: "A recognises X but not Y" (and "Y or Z").

    The parser often hangs the negated land off the clause after it, so the surface order decides: right after
    the stance's own land, an optional comma, a contrasting conjunction, "not", then one or more land names.

    Args:
        ix: the document index.
        found: the sentence's stances so far.

    Returns:
        The new stances, with the holder of the stance they contrast with and the opposite polarity.
    """
    doc = ix.doc
    out: list[Stance] = []
    names = {st.territory.name for st in found}
    for st in found:
        m = st.territory.mention
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m is not None else None
        if span is None:
            continue
        k = span.end
        if k + 1 < len(doc) and doc[k].tag_ == "POS" and doc[k + 1].lemma_.lower() in STATUS_NOUNS:
            k += 2  # "accepts X's independence, but not that of Y"
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k + 2 >= len(doc) or doc[k].lower_ not in CONTRAST_CONJUNCTIONS or doc[k + 1].lower_ != "not":
            continue
        k += 2
        if k + 1 < len(doc) and doc[k].lower_ in {"that", "those"} and doc[k + 1].lower_ == "of":
            k += 2  # "... but not that of Y": the same status of another land
        who = st.holder.kb_id or st.holder.text
        contrasted = {x.territory.name for x in found if x.territory.name != st.territory.name and
                      (x.holder.kb_id or x.holder.text) == who and x.stance == st.stance}
        while k < len(doc):
            if doc[k].lower_ == "the":
                k += 1
            ent = ix.ent_at[k]
            if ent is None or ent.start != k:
                break
            refs = _territories_in(ix, [doc[k]])
            for ref in refs:
                # (a land the parser joined to the first with its polarity: "recognises X, though not Y")
                if ref.name not in names or ref.name in contrasted:
                    names.add(ref.name)
                    contrasted.discard(ref.name)
                    out.append(_replace(
                        st, territory=ref, cue=f"{st.cue} but not",
                        stance="recognises" if st.stance == "doesNotRecognise" else "doesNotRecognise"))
            if not refs:
                break
            k = ent.end
            if k + 1 < len(doc) and doc[k].lower_ in {"or", "nor", ","} and doc[k + 1].text[:1].isupper():
                k += 1
            else:
                break
    return out


#: words of a description that names no land by itself ("the breakaway region", "the disputed territory"),
#: with the place heads of :data:`FOCUS_HEADS`
DESCRIPTION_ONLY_WORDS = SECESSION_WORDS | frozenset({
    "rebel", "renegade", "disputed", "occupied", "so-called", "separatist-held", "rebel-held", "contested"})


#: lower-case heads of a description that names a government, not a land: "the Taliban government of X"
GOVERNMENT_WORDS = frozenset({"government", "regime", "authorities", "junta", "leadership", "cabinet"})


def _government_description(ref: TerritoryRef) -> bool:
    """Whether an unnamed territory reference describes a government ("recognise the X government of Y"):
    recognising a government is no stance on a land.

    Args:
        ref: the territory reference.

    Returns:
        True when no mention backs it and a lower-case word of its name is a government word.
    """
    return ref.mention is None and any(w in GOVERNMENT_WORDS for w in ref.name.split())


def _bare_description(ref: TerritoryRef) -> bool:
    """Whether a territory reference is only a description left unresolved ("breakaway region").

    Args:
        ref: the territory reference.

    Returns:
        True when no mention backs it and every word of its name is a generic word of description.
    """
    words = ref.name.lower().split()
    return ref.mention is None and ref.name.islower() and bool(words) and all(
        w in DESCRIPTION_ONLY_WORDS or w in FOCUS_HEADS for w in words)


def _copula_negated(h) -> bool:
    """Whether a group noun holder sits under a negated copula: "A is not among / not one of the states that ...".

    Args:
        h: the holder's head token (the relative clause's antecedent).

    Returns:
        True when the copula that makes its subject one of the group is negated.
    """
    if h.dep_ != "pobj":
        return False
    gov = h.head.head if h.head.lower_ == "among" else (
        h.head.head.head if h.head.lower_ == "of" and h.head.head.lower_ == "one" else None)
    return gov is not None and gov.lemma_ == "be" and any(c.dep_ == "neg" for c in gov.children)


def _negated_agents(ix: _Index, cue) -> list[Mention]:
    """The states of a negated second agent of a passive: "X is recognised by A but not by B".

    The parser hangs "not by B" on the verb as a plain preposition, not as an
    agent; :func:`_negated_conjunct` then sets B's stance apart from A's.

    Args:
        ix: the document index.
        cue: the recognition verb.

    Returns:
        The country mentions of the negated "by" phrases.
    """
    agents = [c for c in cue.children if c.dep_ == "agent"]
    if not agents:
        return []
    negated = [c for c in cue.children if c.dep_ == "prep"] + [c for a in agents for c in a.conjuncts]
    return [m for c in negated if c.lower_ == "by" and any(g.dep_ == "neg" for g in c.children)
            for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
            for m in [ix.country_mention(t, allow_demonym=False)] if m is not None and m.label == "COUNTRY"]


def _negated_conjunct(ix: _Index, m: Mention | None) -> bool:
    """Whether "but not" / "not" sets a mention apart in a coordination: "recognises A but not B",
    "A, but not B, recognises X".

    Args:
        ix: the document index.
        m: a territory's or a holder's mention.

    Returns:
        True when the mention's head is a conjunct negated before it.
    """
    if m is None or m.start < 0:
        return False
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else None
    while root is not None and root.dep_ == "conj" and root.head.i < root.i and root.pos_ in {"PROPN", "NOUN"}:
        if any(c.dep_ == "neg" and c.i < root.i for c in root.children):
            return True
        root = root.head  # "but not A, B or C": a later conjunct shares the negation of an earlier one
    if root is not None and root.dep_ == "pobj" and root.head.pos_ == "ADP" and any(
            c.dep_ == "neg" and c.i < root.head.i for c in root.head.children) and root.head.i >= 2 and \
            root.head.doc[root.head.i - 2].lower_ == "but":
        return True  # "recognised Y's title to A but not to B" with the second preposition hung on the verb
    if root is not None and root.dep_ == "pobj" and root.head.dep_ == "conj" and root.head.pos_ == "ADP":
        root = root.head  # "sovereignty over A but not over B": the negated preposition
    return root is not None and root.dep_ in {"conj", "appos"} and any(
        c.dep_ == "neg" and c.i < root.i and not _not_even(c) for c in root.children)  # (not "no state, not even A")


def _not_even(tok) -> bool:
    """Whether ``tok`` is the "not" of "not even": an emphatic negation of the name after it, not a contrast."""
    return tok.lower_ == "not" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "even"


# verbs by which a state asserts a proposition of its own: "Ruritania says / insists that X is (not) a state"
ASSERT_VERBS = BELONG_REPORT_LEMMAS | frozenset({"insist", "maintain", "argue", "hold", "assert"})


def _asserting_voice(ix: _Index, cop, quote_fallback: bool = True) -> Mention | None:
    """Who asserts the clause of ``cop``: the subject of an assertion verb it is the complement of
    ("A says X is ..."), else the speaker of the quotation it stands in.

    Args:
        ix: the document index.
        cop: the clause's verb.
        quote_fallback: whether a quotation's speaker stands in when an assertion verb's subject
            names nobody (otherwise only a clause with no assertion verb asks the quotation).

    Returns:
        The holder mention, or None.
    """
    asserted = cop.dep_ == "ccomp" and cop.head.lemma_.lower() in ASSERT_VERBS
    if asserted:
        teller = next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
        holder = ix.holder_mention(teller) if teller is not None else None
        if holder is not None or not quote_fallback:
            return holder
    viewer = _viewpoint_holder(ix, cop)
    if viewer is not None:
        return viewer
    return ix.quote_voice(cop) if cop.dep_ in {"ROOT", "ccomp"} else None


def _viewpoint_holder(ix: _Index, cop) -> Mention | None:
    """The state whose view a fronted adjunct says the clause gives: "For A, X is ...", "In A's view,
    X is ...", "According to A, X is ...".

    Args:
        ix: the document index.
        cop: the clause's verb.

    Returns:
        The holder mention (a state or a person speaking for one), or None.
    """
    for c in cop.children:
        if c.dep_ != "prep" or c.i > cop.i:
            continue
        if c.lower_ == "according":
            pobjs = [p for k in c.children if k.dep_ == "prep" and k.lower_ == "to" for p in k.children
                     if p.dep_ == "pobj"]
        elif c.lower_ == "for" and c.i == cop.sent.start:
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
        elif c.lower_ == "in":
            pobjs = [g for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in {"view", "eyes", "opinion"}
                     for g in p.children if g.dep_ == "poss"]
        else:
            continue
        for p in pobjs:
            m = ix.holder_mention(p)
            if m is not None and m.label in {"COUNTRY", "PERSON"}:
                return m
    return None


def _statehood_assertions(ix: _Index, sent) -> Iterator[Stance]:
    """A state's assertion that a territory is, or is not, a state: "A says X is not a country".

    The copula's subject is a territory, its complement a statehood noun
    ("state", "country", "nation", "republic"; "quasi-state" and "part of"
    excluded), and the clause is either the "that"-complement of an assertion
    verb whose subject is a state (or speaks for one) or a quotation whose
    speaker does.  Negation of the copula flips the stance (the "quasi-state
    framing" of the issue: denying statehood is non-recognition).

    Args:
        ix: the document index.
        sent: the sentence span.

    Yields:
        Stances.
    """
    for cop in sent:
        if cop.lemma_ != "be":
            continue
        attrs = [a for a in cop.children if a.dep_ == "attr" and a.lemma_.lower() in STATEHOOD_NOUNS
                 and not any(c.dep_ == "prep" for c in a.children)]
        subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
        verdict = [a for a in cop.children if a.dep_ == "acomp" and a.lower_ in VOID_WORDS | VALID_WORDS]
        if verdict and subj is not None and subj.lemma_.lower() in VOIDABLE_NOUNS and cop.dep_ == "ccomp" and \
                cop.head.lemma_.lower() in ASSERT_VERBS:
            # "A said X's declaration of independence was illegal": a verdict on X's status, as with "called"
            attrs = verdict
        if not attrs or subj is None or any(t.lower_.startswith("quasi") for a in attrs for t in a.subtree):
            continue
        refs = _territories_in(ix, list(subj.subtree))
        if not refs:
            continue
        holder = _asserting_voice(ix, cop, quote_fallback=False)
        if holder is None or holder.label not in {"COUNTRY", "TERRITORY", "PERSON"}:
            continue
        negative = any(c.dep_ == "neg" for c in cop.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for a in attrs for c in a.children)
        if attrs[0].lower_ in VOID_WORDS:
            negative = not negative  # (a void verdict denies the status)
        for ref in refs:
            if (holder.kb_id or holder.text) == ref.name:
                continue
            yield Stance(holder=holder, territory=ref, stance="doesNotRecognise" if negative else "recognises",
                         cue=_cue_text(ix, [cop, *attrs]), evidence=ix.evidence(cop))


def _equated_lands(ix: _Index, sent) -> Iterator[Stance]:
    """A state's word that a land simply is a country: '"X is Y," the Y-ian president said'.

    The copula's subject is a gazetteer territory and its complement nothing but a
    country's name; the clause is a quotation or the "that"-complement of an assertion
    verb, and the speaker speaks for a state.  Y's own voice denies a seceding X (the
    claimant's "part of us", as in :func:`_regard_territories`); a third state's voice
    gives X to Y, which recognises Y's hold.  A negated copula is left alone.

    Args:
        ix: the document index.
        sent: the sentence span.

    Yields:
        Stances.
    """
    for cop in sent:
        if cop.lemma_ != "be" or any(c.dep_ == "neg" for c in cop.children):
            continue
        subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in cop.children if c.dep_ == "attr"), None)
        if subj is None or attr is None or any(c.dep_ not in {"compound", "punct"} and not (
                c.dep_ == "appos" and c.i > attr.i + 1) for c in attr.children):
            continue  # (an apposition past the closing mark is the speaker the parser hung there)
        s_ent, a_ent = ix.ent_at[subj.i], ix.ent_at[attr.i]
        if s_ent is None or a_ent is None or s_ent.label_ != "TERRITORY" or a_ent.label_ != "COUNTRY" or \
                a_ent.end != attr.i + 1:
            continue
        land, owner = ix.ent_mention(s_ent), ix.ent_mention(a_ent)
        if land is None or owner is None:
            continue
        holder = _asserting_voice(ix, cop)
        if holder is None or holder.label not in {"COUNTRY", "PERSON"}:
            continue
        state = ix.person_state(holder) if holder.label == "PERSON" else holder
        if state is None:
            continue
        ref = TerritoryRef(mention=land, name=land.kb_id or land.text)
        if (state.kb_id or state.text) == ref.name:
            continue
        if (state.kb_id or state.text) == (owner.kb_id or owner.text):
            if not _secession_context(ix, ref):
                continue  # the claimant's own claim on a land in dispute: no stance
            stance = "doesNotRecognise"
        else:
            stance = "recognises"
        yield Stance(holder=holder, territory=ref, stance=stance, cue=_cue_text(ix, [cop, attr]),
                     evidence=ix.evidence(cop))


def _like_holders(ix: _Index, cue, holders: list) -> list[Mention]:
    """The states of a "like B" beside a state's stance: "A, like B, does not recognise X", "Like B, A
    recognises X" (the comparison shares the stance; "unlike B" is another word and is left out), and
    those joined or followed in it: "A joined B in refusing to recognise X", "A followed B in recognising X".

    Args:
        ix: the document index.
        cue: the stance cue.
        holders: the holders found so far.

    Returns:
        The further holders, possibly none.
    """
    if not holders or any(h.label != "COUNTRY" for h in holders):
        return []
    verb = cue if cue.pos_ in {"VERB", "AUX"} else cue.head
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "npadvmod"}]
    out: list[Mention] = []
    # "A joined B and C in refusing to recognise X": the states joined share the stance
    top = verb
    while top.dep_ == "xcomp" and top.head.i != top.i:
        top = top.head  # ("in refusing to recognise")
    up = top.head.head if top.dep_ == "pcomp" and top.head.dep_ == "prep" and top.head.lower_ == "in" else None
    refused = up is not None and (any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in up.children) or (
        up.dep_ == "xcomp" and up.head.lemma_.lower() in NEGATING_GOVERNORS))
    if up is not None and up.lemma_.lower() in {"join", "follow"} and up.pos_ == "VERB" and not refused:
        # ("A followed B in recognising X": B went first, so B recognises X too; "A refused to follow B in
        # recognising X" leaves B out, since the refusal is A's alone)
        for o in (o for o in up.children if o.dep_ in {"dobj", "obj"}):
            for t in (o, *o.conjuncts):
                m = ix.country_mention(t, allow_demonym=False)
                if m is not None and m.label == "COUNTRY" and all(m.start != x.start for x in holders + out):
                    out.append(m)
    # ("Like B, A refuses to recognise X": the comparison hangs on the governing verb)
    governors = [top] if top.i != verb.i else []
    for c in (*verb.children, *(k for g in governors for k in g.children), *(k for s in subj for k in s.children)):
        if c.dep_ != "prep" or c.lower_ != "like":
            continue
        for p in (p for p in c.children if p.dep_ == "pobj"):
            for t in (p, *p.conjuncts):
                m = ix.country_mention(t, allow_demonym=False)
                if m is not None and m.label == "COUNTRY" and all(m.start != o.start for o in holders + out):
                    out.append(m)
    return out


def _latest_polarity(found: list[Stance]) -> list[Stance]:
    """Within one sentence, the last stated stance of a holder on a territory wins.

    "A recognised X in 2011 but withdrew its recognition in 2014" states a
    recognition and its end; only the end is the holder's stance.

    Args:
        found: the sentence's stances in text order.

    Returns:
        The stances without those a later opposite stance of the same holder overrides.
    """
    last: dict[tuple, str] = {}
    for st in found:
        last[(st.holder.kb_id or st.holder.text, st.territory.name)] = st.stance
    return [st for st in found if last[(st.holder.kb_id or st.holder.text, st.territory.name)] == st.stance]


def _stances_in_sentence(ix: _Index, sent, memory: dict) -> Iterator[Stance]:
    # remember annexers for later definite mentions ("the annexation of ...")
    for t in sent:
        if t.lemma_.lower() in {"annexation"}:
            for c in t.children:
                if c.dep_ == "poss":
                    m = ix.country_mention(c)
                    if m is not None:
                        memory.setdefault("annexer_next", m)
    _remember_annexations(ix, sent, memory)
    cues = _stance_cues(sent)
    quasi = [t for t in sent if t.lower_ in {"quasi", "quasi-state", "quasi-states"}]
    question = _is_question(sent)
    emitted: list[Stance] = []
    switched: set = set()
    if not question:
        for st, cue_tok in _switch_stances(ix, sent):
            switched.add(cue_tok.i)
            emitted.append(st)
            yield st
        for st in _ally_stances(ix, sent):
            emitted.append(st)
            yield st
        for st in _opposed_recognitions(ix, sent):
            emitted.append(st)
            yield st
    for cue, flavour in cues:
        if question or _hypothetical(sent, cue) or cue.i in switched or _quoted_question(sent, cue):
            continue
        holder_tok, pol, chain = _climb(ix, cue)
        if (holder_tok is None or cue.dep_ in {"amod", "compound"}) and not pol.blocked and \
                flavour in {"verb", "derecognise"}:
            # "Neither A nor B recognises X" parsed without a clause: read the surface
            surface = list(_surface_verb_stances(ix, cue, sent, flavour == "derecognise"))
            emitted.extend(surface)
            yield from surface
            if surface or holder_tok is None:
                continue
        if pol.blocked or holder_tok is None:
            continue
        negative = pol.negations % 2 == 1
        neg_q = [t for t in (holder_tok, *holder_tok.children)
                 if t.lower_ in NEGATIVE_QUANTIFIERS and (t.i == holder_tok.i or t.dep_ in {"preconj", "det"})]
        if neg_q:
            # "neither of which recognises", "none of them", "Neither A nor B recognises"
            negative = not negative
            pol.cue_words.extend(neg_q)
        even = [c for c in holder_tok.subtree if c.i < holder_tok.i and _not_even(c)]
        if even and holder_tok.dep_ in {"nsubj", "nsubjpass"}:
            negative = not negative  # "Not even A recognises X": A does not
            pol.cue_words.extend(even)
        neg_obj = [d for o in cue.children if o.dep_ in {"dobj", "obj"}
                   for d in (*o.children, *(g for c in o.children if c.dep_ == "poss" for g in c.children))
                   if d.dep_ in {"det", "preconj"} and d.lower_ in {"no", "neither"}]
        if neg_obj and cue.pos_ in {"VERB", "AUX"}:
            # "recognises no claim to X", "recognises neither A's claim nor B's claim to X"
            negative = not negative
            pol.cue_words.extend(neg_obj)
        if flavour in {"derecognise", "status-neg"}:
            negative = not negative
        holders = [h for h in ix.holder_mentions(holder_tok, cue)
                   if h is not None and h.label in {"COUNTRY", "TERRITORY", "PERSON"}]
        body = ix.ent_mention(ix.ent_at[holder_tok.i]) if ix.ent_at[holder_tok.i] is not None else None
        if not holders and body is not None and _international_body(ix, body):
            # a listed body of states, so that "..., and neither does B" can copy its stance (its own stance
            # is dropped in extract_stances)
            holders = [body]
        holders = holders + _negated_agents(ix, cue)  # "X is recognised by A but not by B"
        if not holders:
            # "the list of states that recognise X is short: A, B and C"
            holders = _colon_list_holders(ix, holder_tok, cue, sent)
        if not holders:
            holders = _surface_conj_holders(ix, cue, sent)
        if not holders and holder_tok.lemma_.lower() in GROUP_NOUNS:
            # "the vote made A the first EU member to recognise X": the small clause's subject
            holders = [m for c in holder_tok.children if c.dep_ == "nsubj" and c.i < holder_tok.i
                       for m in [ix.country_mention(c, allow_demonym=False)] if m is not None and m.label == "COUNTRY"]
            if not holders and holder_tok.dep_ == "appos" and holder_tok.head.i < holder_tok.i:
                # "A, the last African state to recognise X, ...": the name the description stands beside
                m = ix.country_mention(holder_tok.head, allow_demonym=False)
                holders = [m] if m is not None and m.label == "COUNTRY" else []
        if all(h.label == "PERSON" for h in holders) and holder_tok.lower_ in FIRST_PLURAL and cue.dep_ == "conj":
            # "A has never recognised X, and we reject Y": "we" is the state of the clause joined before (over
            # a quoted speaker whose state is unknown)
            holders = [m for c in cue.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                       for m in [ix.country_mention(c, allow_demonym=False)] if m is not None and
                       m.label == "COUNTRY"] or holders
        if not holders and holder_tok.lower_ in {"each", "both", "all"} and holder_tok.i > sent.start:
            holders = _country_list_before(ix, holder_tok.i, sent.start)  # "A and B each backed X"
            if not holders:
                holders = _country_list_before_aside(ix, holder_tok.i, sent.start)  # "A and B, C's allies, both"
        if not holders and holder_tok.lower_ in {"both", "all"} and holder_tok.dep_ in {"nsubj", "nsubjpass"} \
                and not any(c.dep_ == "prep" for c in holder_tok.children):
            holders = _previous_subjects(ix, sent)  # "A and B ... . Both endorsed X"
        if not holders:
            holders = _counted_pair_before(ix, holder_tok, sent)  # "A and B ... . The two governments recognise X"
        if not holders and holder_tok.lower_ in {"neither", "both", "each"} and holder_tok.pos_ == "PRON" and \
                holder_tok.dep_ in {"nsubj", "nsubjpass"}:
            holders = ix._plural_antecedents(holder_tok)  # "A and B said that neither would recognise X"
            holders = holders if len(holders) >= 2 else []
        none_of = [m for c in holder_tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                   for m in [ix.country_mention(t, allow_demonym=False, allow_capital=False)]
                   if m is not None and m.label in {"COUNTRY", "TERRITORY"}] \
            if holder_tok.lower_ in NEGATIVE_QUANTIFIERS else []
        if none_of:
            holders = none_of  # "None of A, B or C accepts X": each of them does not
        elif _no_subject(holder_tok):
            # "no state, not even A, has recognised X": only A is named, and A does not;
            # "no state other than A recognises X": A does
            even = _not_even_holders(ix, holder_tok)
            besides = _exception_holders(ix, holder_tok) or _fronted_addition(ix, sent)[1]  # ("Apart from A, no")
            own = [h for h in holders if h.label == "COUNTRY"] if holder_tok.lower_ not in {
                "none", "nobody", "no-one", "noone"} and ix.country_mention(holder_tok, allow_demonym=False) is None \
                else []
            if negative or not (even or besides or own):
                continue
            if own and not (even or besides):
                # "No Ruritanian government has recognised X": every voice of one state, so the state does not
                holders, negative = own, True
                pol.cue_words.extend(c for c in holder_tok.children if c.lower_ == "no")
            else:
                holders = even or besides
                negative = bool(even)
                if even:
                    pol.cue_words.extend(c for c in holder_tok.children if c.lower_ in {"no", "none"})
        if not holders:
            continue
        if not _no_subject(holder_tok) and not none_of:
            keys = {h.kb_id or h.text for h in holders}
            holders = holders + [m for m in _fronted_addition(ix, sent)[1] if m.kb_id not in keys]  # "Besides A, B"
        holders = holders + _like_holders(ix, cue, holders)
        holder = holders[0]
        region = _object_region(ix, cue, holder_tok)
        passive = [c for c in cue.children if c.dep_ == "nsubjpass"]
        if _subject_is_object(cue):
            passive = [c for c in cue.head.children if c.dep_ == "nsubj"]  # "X remains unrecognised by A"
        if passive:
            region = sorted((t for c in passive for t in c.subtree), key=lambda t: t.i)
        if flavour == "noun":
            region = [t for t in region if t.i > cue.i]
        flips: set[str] = set()
        granted = _granted_to(ix, cue) if flavour == "noun" else []
        antecedent = _antecedent_territory(ix, cue, holders) if flavour == "verb" else []
        if granted:
            terrs = granted
        elif antecedent:
            terrs = antecedent
        elif flavour in {"regard", "void", "valid"}:
            terrs, flips = _regard_territories(ix, cue, flavour, memory, holders)
            if flavour == "void":
                negative = not negative
        elif flavour == "occupied":
            terrs = []
            for last in _occupied_lands(cue) if not negative else []:  # (not "does not consider")
                ent = ix.ent_at[last.i]
                m = ix.ent_mention(ent) if ent is not None else None
                if m is None and last.lower_ in FOCUS_HEADS:
                    focus = _salient_territories(ix, last.i, holders, 1)  # "the region"
                    m = focus[0].mention if focus else None
                elif m is None and last.lower_ in GEO_NOUNS and last.is_title:
                    # "the X Heights" the NER missed: the name as written
                    run = [t for t in last.subtree if t.i <= last.i and t.text[:1].isupper() and t.pos_ == "PROPN"]
                    terrs.append(TerritoryRef(mention=None, name=_tokens_text(run)))
                    continue
                elif m is None and last.lower_ in GEO_NOUNS:
                    # "the plateau": the place named with that noun, else the salient place before
                    near = _named_like(ix, last) or next(iter(_held_antecedent(ix, last, holders)), None)
                    m = near.mention if near is not None else None
                if m is not None and all((h.kb_id or h.text) != (m.kb_id or m.text) for h in holders):
                    terrs.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
            negative = not negative
        elif flavour in {"claim-neg", "claim"}:
            terrs = _rejected_claim_territories(ix, cue, memory, holders)
            negative = negative != (flavour == "claim-neg")
        elif flavour == "belongs":
            terrs, flip = _belonging_territories(ix, cue, memory, holders)
            negative = negative != flip
            if s_form_lemmas(cue) & BELONG_DENY_LEMMAS:
                negative = not negative
        elif flavour == "yield":
            terrs = _claimed_lands(ix, cue, _yielded_claim(cue), memory, holders)
        elif flavour == "position":
            terrs = _claimed_lands(ix, cue, _shared_position(cue), memory, holders)
        elif flavour in {"ties", "ties-neg"}:
            terrs = _tie_territories(ix, cue, holders)
            lands = [h for h in holders if h.label == "TERRITORY" and h.kb_id]
            if not terrs and lands and len(lands) < len(holders):
                # "A and Taiwan have had diplomatic relations since 1957", "A and Kosovo cut ties": the
                # disputed land is the other party of the ties, the states named with it hold the stance
                terrs = [TerritoryRef(mention=h if h.text == h.kb_id else None, name=h.kb_id) for h in lands]
                holders = [h for h in holders if h.label == "COUNTRY"]
            elif flavour == "ties" and not terrs and lands and len(lands) == len(holders) and all(
                    h.kb_id in ix.gaz.declared_states for h in lands):
                # "Taiwan has diplomatic ties with only 12 states, including A and B", "Kosovo established
                # relations with A": the states a land of disputed statehood has ties with hold the stance
                # (not a region's ties with its own capital: "the region cut ties with the capital", so only
                # ties kept or made)
                partners = [m for m in _countries_in(ix, _tie_partner_tokens(cue)) if m.label == "COUNTRY"
                            and m.kb_id not in {h.kb_id for h in lands}]
                if partners:
                    terrs = [TerritoryRef(mention=h if h.text == h.kb_id else None, name=h.kb_id) for h in lands]
                    holders = partners
            if flavour == "ties-neg":
                negative = not negative
        else:
            terrs = _territory_refs(ix, cue, region, memory, holders)
            flips = _denied_by_part_of(ix, region, memory, terrs)
        # "never shy about recognition", "was never shy about recognition": a habit, no stance
        attitude = cue.dep_ == "pobj" and cue.head.lower_ in {"about", "with"} and (cue.head.head.pos_ == "ADJ" or any(
            c.dep_ == "acomp" and c.pos_ == "ADJ" for c in cue.head.head.children))  # (not "stopped short of")
        if not terrs and flavour == "noun" and not attitude and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in cue.children):
            # "recognised A and B in 2011 but withdrew its recognition in 2014": a bare
            # recognition noun continues the same holder's stance earlier in the sentence
            keys = {h.kb_id or h.text for h in holders}
            terrs = []
            for st in emitted:
                if (st.holder.kb_id or st.holder.text) in keys and st.territory not in terrs:
                    terrs.append(st.territory)
        if not terrs and flavour == "noun" and negative and cue.lemma_.lower() in RECOGNITION_NOUNS and not any(
                c.dep_ == "prep" or c.dep_ == "poss" and c.tag_ != "PRP$" for c in cue.children) and not attitude:
            # "has stopped short of formal recognition", "withdrew its recognition later": a bare refusal is
            # about the land just named
            last = _last_territory(ix, cue.i, statehood=True)
            keys = {h.kb_id or h.text for h in holders}
            if last is not None and last.name not in keys and last.mention is not None and \
                    cue.idx - last.mention.start < BARE_REFUSAL_REACH * (3 if _statehood_land(ix, last.mention) else 1):
                terrs = [last]
        if not terrs:
            continue
        terrs = [_demonym_named(ix, sent, tr) for tr in terrs]  # "a Palestinian state": the territory
        terrs = terrs + _same_applies(ix, sent, cue, {t.name for t in terrs})
        flips = flips | {tr.name for tr in terrs if _negated_conjunct(ix, tr.mention)}  # "recognises A but not B"
        cue_toks = sorted({*pol.cue_words, cue}, key=lambda t: t.i)
        cue_text = _cue_text(ix, cue_toks)
        ev = ix.evidence(cue)
        for holder in holders:
            for tr in terrs:
                if tr.mention is not None and (tr.mention.kb_id or tr.mention.text) == (holder.kb_id or holder.text):
                    continue
                if holder.label == "TERRITORY" and tr.mention is not None and tr.mention.label == "COUNTRY":
                    continue  # ("it does not recognise it" resolved the wrong way round: a land on a state)
                neg = (negative != (tr.name in flips)) != _negated_conjunct(ix, holder)  # ("A, but not B, ...")
                neg = neg != _copula_negated(holder_tok)  # "A is not among the states that recognise X"
                st = Stance(holder=holder, territory=tr, stance="doesNotRecognise" if neg else "recognises",
                            cue=cue_text, evidence=ev)
                emitted.append(st)
                yield st
        named = [t for t in terrs if t.mention is not None]
        if named:
            memory["last_territories"] = named
    # "quasi-state" framing without a recognition cue: "X calls Y quasi-states"
    if quasi and not emitted and not question:
        yield from _quasi_framing(ix, sent, quasi, memory)
    # "..., but B and C have so far declined": an elided recognition verb
    if not question:
        for st in _elliptic_stances(ix, sent, emitted, memory.get("prev_stances") or []):
            emitted.append(st)
            yield st
        recent, age = memory.get("recent_stances") or ([], 0)
        used = {(s.holder.kb_id or s.holder.text) for s in emitted}
        for st in _proxy_stances(ix, sent, emitted, recent if age <= 2 else [], used):
            emitted.append(st)
            yield st
    if memory.get("annexer_next") is not None:
        memory["annexer"] = memory.pop("annexer_next")
    # a following sentence "The same applies to ..." continues the last stance
    if emitted:
        memory["last_stance"] = emitted[-1]
    else:
        memory.pop("last_stance", None)
    memory["prev_stances"] = list(emitted)
    # the stances of the last two sentences that had any ("A recognises X. '...,' she said. B withholds recognition.")
    recent, age = memory.get("recent_stances") or ([], 0)
    memory["recent_stances"] = (list(emitted), 1) if emitted else (recent, age + 1)


# verbs by which a state opposes another's act: "A condemned B's recognition of X"
OPPOSING_VERBS = frozenset({"condemn", "reject", "denounce", "protest", "oppose", "deplore", "criticise",
                            "criticize", "decry", "slam", "object"})


def _recognition_opponent(ix: _Index, noun):
    """The state that opposes another state's recognition, or None.

    "Georgia condemned Russia's recognition of X", "A protested against the
    recognition of X by B", "A objected to B's recognition of X": the subject of
    an opposing verb whose object (or "against" / "to" object) is a recognition
    owned by a different state.

    Args:
        ix: the document index.
        noun: a recognition noun.

    Returns:
        (the opposing state's mention, the owner's token), or None.
    """
    if noun.lemma_.lower() not in RECOGNITION_NOUNS:
        return None
    if noun.dep_ in {"dobj", "obj"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in {"against", "to"}:
        verb = noun.head.head
    else:
        return None
    if verb.lemma_.lower() not in OPPOSING_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:  # "the recognition of X by B", with "by B" on the noun or on the verb
        owner = next((p for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
                      for p in c.children if p.dep_ == "pobj"), None)
    if owner is None or owner.pos_ == "PRON":
        return None  # ("condemned its own recognition" is no other state's)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    opp = ix.country_mention(subj, allow_demonym=False)
    own = ix.country_mention(owner, allow_demonym=False)
    if opp is None or own is None or opp.label != "COUNTRY" or (opp.kb_id or opp.text) == (own.kb_id or own.text):
        return None
    return opp, owner


def _opposed_recognitions(ix: _Index, sent) -> Iterator[Stance]:
    """"A condemned B's recognition of X": A does not recognise X (see :func:`_recognition_opponent`).

    Args:
        ix: the document index.
        sent: the sentence.

    Yields:
        Negative stances of the opposing state on each territory the recognition names.
    """
    for t in sent:
        found = _recognition_opponent(ix, t) if t.pos_ == "NOUN" else None
        if found is None:
            continue
        opp = found[0]
        region = [u for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for u in c.subtree]
        for tr in _territories_in(ix, region):
            if tr.name != (opp.kb_id or opp.text):
                verb = t.head if t.dep_ in {"dobj", "obj"} else t.head.head
                yield Stance(holder=opp, territory=tr, stance="doesNotRecognise", cue=_cue_text(ix, [verb, t]),
                             evidence=ix.evidence(t))


# what makes "Y's allies" the states that recognise Y: "Y's (remaining) diplomatic allies"
ALLY_MARKERS = frozenset({"diplomatic", "remaining", "last", "formal"})


def _ally_stances(ix: _Index, sent) -> Iterator[Stance]:
    """"A is one of Y's last diplomatic allies": A recognises Y, a state of limited recognition.

    The term of art for the states that keep formal relations with a partly
    recognised state (Taiwan's "diplomatic allies").  Only an ally noun marked
    "diplomatic", "remaining" or "last", owned by a territory (or its capital),
    counts ("Y's" or "of Y"); the allies are the copula's subject ("A is (one
    of / among) Y's ...", "A remains a diplomatic ally of Y"), the
    name it is apposed to ("A, one of Y's ...,"), the name after it ("Y's
    diplomatic ally A") or the object of "include".

    Args:
        ix: the document index.
        sent: the sentence.

    Yields:
        Positive stances.
    """
    for t in sent:
        yield from _lost_ally_stances(ix, t)
        if t.lemma_.lower() != "ally" or t.pos_ != "NOUN" or \
                not any(c.dep_ == "amod" and c.lower_ in ALLY_MARKERS for c in t.children):
            continue
        owner = next((ix.country_mention(c, allow_demonym=False, allow_capital=True)
                      for c in t.children if c.dep_ == "poss"), None) or next((
            ix.country_mention(p, allow_demonym=False, allow_capital=True) for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)  # "an ally of Y"
        held_by = _ally_owner(ix, t)  # "Y has 12 diplomatic allies", "Y is left with 12 allies"
        owner = owner or held_by
        if owner is None or owner.label != "TERRITORY":
            continue
        top = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one" else t
        names = []
        if top.dep_ == "attr" and top.head.lemma_ in {"be", "remain", "stay"}:
            names = [c for c in top.head.children if c.dep_ == "nsubj"]
        elif top.dep_ == "pobj" and top.head.lower_ == "among" and top.head.head.lemma_ in {"be", "remain"}:
            names = [c for c in top.head.head.children if c.dep_ == "nsubj"]  # "A is among Y's diplomatic allies"
        elif top.dep_ == "appos":
            names = [top.head]
        elif t.dep_ == "nsubj" and t.head.lemma_.lower() == "include":
            names = [c for c in t.head.children if c.dep_ in {"dobj", "obj"}]
        elif t.i + 1 < sent.end and ix.ent_at[t.i + 1] is not None and ix.ent_at[t.i + 1].start == t.i + 1:
            names = [ix.ent_at[t.i + 1].root]  # "Y's diplomatic ally A"
        # "..., including A and B", "..., among them A and B": the allies listed after the noun
        # (only where Y has them now: not "Y lost two of its last allies, including A")
        if t.dep_ in {"nsubj", "nsubjpass"} or held_by is not None:
            names += [p for c in t.children if c.dep_ == "prep" and c.lower_ in {"including", "among"}
                      for p in c.children if p.dep_ == "pobj" and p.lower_ not in {"them", "those", "these"}]
        holders = []
        for n in names:
            for x in (n, *n.conjuncts):
                m = ix.country_mention(x, allow_demonym=False, allow_capital=False)
                if m is not None and m.label == "COUNTRY" and (m.kb_id or m.text) != owner.kb_id and \
                        all((h.kb_id or h.text) != (m.kb_id or m.text) for h in holders):
                    holders.append(m)
        ref = TerritoryRef(mention=owner, name=owner.kb_id or owner.text)
        for h in holders:
            yield Stance(holder=h, territory=ref, stance="recognises", cue=_cue_text(ix, [t]),
                         evidence=ix.evidence(t))


def _lost_ally_stances(ix: _Index, ally) -> Iterator[Stance]:
    """"Y lost A as an ally", "Y lost another diplomatic ally, A": A no longer recognises Y.

    The mirror of :func:`_ally_stances`: a partly recognised state (or its
    capital) that loses an ally loses its recognition by that state.

    Args:
        ix: the document index.
        ally: a token of the sentence (only the noun "ally" is read).

    Yields:
        Negative stances.
    """
    if ally.lemma_.lower() != "ally" or ally.pos_ != "NOUN":
        return
    verb = ally.head.head if ally.dep_ == "pobj" and ally.head.lower_ == "as" else ally.head
    if verb.lemma_.lower() != "lose" or verb.pos_ != "VERB" or _denied_clause(verb) or \
            verb.dep_ in {"xcomp", "pcomp", "csubj"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return  # (not "could lose A as an ally", "fears losing A")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    owner = ix.country_mention(subj, allow_demonym=False, allow_capital=True) if subj is not None else None
    if owner is None or owner.label != "TERRITORY":
        return
    if ally.dep_ == "pobj":
        names = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]  # "lost A as an ally"
    elif ally.dep_ in {"dobj", "obj"}:
        names = [c for c in ally.children if c.dep_ == "appos"]  # "lost another ally, A"
    else:
        return
    ref = TerritoryRef(mention=owner, name=owner.kb_id or owner.text)
    for n in names:
        for x in (n, *n.conjuncts):
            m = ix.country_mention(x, allow_demonym=False, allow_capital=False)
            if m is not None and m.label == "COUNTRY" and (m.kb_id or m.text) != ref.name:
                yield Stance(holder=m, territory=ref, stance="doesNotRecognise", cue=_cue_text(ix, [verb, ally]),
                             evidence=ix.evidence(verb))


def _ally_owner(ix: _Index, ally):
    """The state whose allies an ally noun counts when it is the object of "have" or "left with".

    Args:
        ix: the document index.
        ally: the ally noun.

    Returns:
        The owner's mention, or None.
    """
    head = ally.head
    subj = None
    if ally.dep_ in {"dobj", "obj"} and head.lemma_.lower() in {"have", "keep", "retain", "count"}:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif ally.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() == "leave":
        subj = next((c for c in head.head.children if c.dep_ in {"nsubjpass", "dobj", "obj"}), None)
    return ix.country_mention(subj, allow_demonym=False, allow_capital=True) if subj is not None else None


# nouns of a quantity of states: "a handful of countries", "a small number of states"
QUANTITY_NOUNS = frozenset({"handful", "number", "minority", "majority", "dozen", "group", "list", "club"})
# words that may stand between a stance's holder list and its verb: "A and B do not / still / never recognise X"
SURFACE_VERB_GAP = frozenset({"do", "does", "did", "has", "have", "had", "will", "would", "not", "n't", "never",
                              "still", "also", "now", "formally", "already", "officially"})


def _surface_verb_stances(ix: _Index, cue, sent, flip: bool) -> Iterator[Stance]:
    """Stances of a recognition verb the parser left without a clause, read off the surface.

    "Neither A nor B recognises X" / "A derecognised X, the ministry said" with the verb
    parsed as a modifier of the territory's name: a list of countries right before the verb
    (over auxiliaries, "not", "never", "still") holds the stance on the territory names
    right after it.  "Neither" before the list and "not"/"never" make it negative.

    Args:
        ix: the document index.
        cue: the recognition verb.
        sent: its sentence.
        flip: a verb of withdrawing recognition ("derecognise").

    Yields:
        The stances, or nothing when either side is not a plain list of names.
    """
    doc = ix.doc
    k = cue.i - 1
    negations = 0
    cue_words = [cue]
    while k >= sent.start and doc[k].lower_ in SURFACE_VERB_GAP:
        if doc[k].lower_ in {"not", "n't", "never"}:
            negations += 1
            cue_words.append(doc[k])
        k -= 1
    if k > sent.start and doc[k].text == ",":
        # "A and B, like most other states, recognise X": step over a parenthesis that opens with a preposition
        # and has no verb of its own
        j = k - 1
        while j > sent.start and doc[j].text != "," and k - j <= 10 and doc[j].pos_ not in {"VERB", "AUX"}:
            j -= 1
        if j > sent.start and doc[j].text == "," and doc[j + 1].pos_ == "ADP":
            k = j - 1
        else:
            # "A, the minister said on Tuesday, will never recognise X": a reporting parenthesis
            j = next((i for i in range(k - 1, max(sent.start, k - 12), -1) if doc[i].text == ","), sent.start)
            if j > sent.start and any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in doc[j + 1:k]):
                k = j - 1
    holders: list[Mention] = []
    while k >= sent.start:
        ent = ix.ent_at[k]
        if ent is not None and ent.label_ == "COUNTRY" and ent.end == k + 1:
            m = ix.ent_mention(ent)
            if m is None:
                return
            holders.insert(0, m)
            k = ent.start - 1
        elif holders and doc[k].lower_ in {",", "and", "or", "nor"}:
            k -= 1
        else:
            break
    if not holders:
        return
    if k >= sent.start and doc[k].lower_ == "the":
        k -= 1  # "The United States and ..."
    if k >= sent.start and doc[k].lower_ == "neither":
        negations += 1
        cue_words.append(doc[k])
    elif k >= sent.start and doc[k].is_alpha and doc[k].lower_ not in {"only", "and", "but", "while"} and \
            k != _fronted_addition(ix, sent)[0]:
        return  # a list inside a longer phrase ("troops from A and B recognise ..."; not "Besides A, B and C")
    terrs: list[TerritoryRef] = []
    j = cue.i + 1
    while j < sent.end:
        ent = ix.ent_at[j]
        if ent is not None and ent.start == j and ent.label_ in {"TERRITORY", "COUNTRY"}:
            m = ix.ent_mention(ent)
            if m is not None:
                terrs.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
            j = ent.end
        elif terrs and doc[j].lower_ in {",", "and", "or", "nor"}:
            j += 1
        else:
            break
    if not terrs and cue.i + 1 < sent.end and doc[cue.i + 1].lower_ in {"it", "them"} and doc[cue.i + 1].tag_ == "PRP":
        # "A, the minister said, does not recognise it": the land the pronoun stands for
        terrs = [r for r in _pronoun_territories(ix, doc[cue.i + 1], holders, {})
                 if r.mention is not None and r.mention.label == "TERRITORY"]
    negative = (negations % 2 == 1) != flip
    cue_text = _cue_text(ix, sorted(cue_words, key=lambda t: t.i))
    keys = {h.kb_id or h.text for h in holders}
    for h in holders:
        for tr in terrs:
            if tr.name not in keys:
                yield Stance(holder=h, territory=tr, stance="doesNotRecognise" if negative else "recognises",
                             cue=cue_text, evidence=ix.evidence(cue))


def _surface_conj_holders(ix: _Index, cue, sent) -> list[Mention]:
    """The subject of the verb a cue is coordinated with on the surface.

    "..., when Russia invaded Georgia and, two weeks later, recognised X":
    the parser hung "recognised" on the main clause, but the nearest
    coordinator before it joins it to "invaded", whose subject holds the stance.

    Args:
        ix: the document index.
        cue: the recognition verb (a ``conj``).
        sent: its sentence.

    Returns:
        The countries that verb's subject names, or an empty list.
    """
    if cue.dep_ != "conj" or cue.pos_ not in {"VERB", "AUX"}:
        return []
    doc = ix.doc
    for k in range(cue.i - 1, sent.start - 1, -1):
        t = doc[k]
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}:
            return []
        if t.lower_ in {"and", "but"} and t.dep_ == "cc" and t.head.pos_ == "VERB" and t.head.i < k and \
                t.head.i != cue.head.i:
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]
            if not subj:
                return []
            return [h for h in ix.holder_mentions(subj[0], cue) if h is not None and h.label in {"COUNTRY", "TERRITORY"}]
    return []


def _no_subject(tok) -> bool:
    """A subject that names nobody: "no country", "none", "nobody"."""
    if tok is None:
        return False
    if tok.lower_ in {"none", "nobody", "no-one", "noone"}:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _not_even_holders(ix: _Index, head) -> list[Mention]:
    """Countries singled out by "not even" beside a "no X" subject: "no country, not even A,"."""
    doc = ix.doc
    sent = ix.sent_at[head.i]
    if sent is None:
        return []
    out: list[Mention] = []
    k = head.i + 1
    limit = min(sent.end, head.i + 16)
    seen_verb = False
    while k < limit - 2:
        if seen_verb and doc[k].text in {";", ":"} or doc[k].lower_ == "but":
            break
        if doc[k].lower_ == "not" and doc[k + 1].lower_ == "even":
            j = k + 2
            while j < limit:
                tok = doc[j]
                if tok.lower_ in {"and", "or", ","} or tok.pos_ == "DET":
                    j += 1
                    continue
                m = ix.country_mention(tok, allow_demonym=False)
                if m is None or m.label not in {"COUNTRY", "TERRITORY"}:
                    break
                if all(o.start != m.start for o in out):
                    out.append(m)
                ent = ix.ent_at[j]
                j = ent.end if ent is not None else j + 1
            break
        if doc[k].pos_ in {"VERB", "AUX"}:
            # "no country recognises it, not even Russia": the aside may follow the clause
            seen_verb = True
        k += 1
    return out


def _exception_holders(ix: _Index, head) -> list[Mention]:
    """Countries excepted from a "no X" subject: "no UN member other than A", "no state except A and B".

    Args:
        ix: the document index.
        head: the head of the negative subject.

    Returns:
        The excepted countries, or an empty list.
    """
    doc = ix.doc
    for t in head.subtree:
        opener = (t.lower_ == "than" and t.i > 0 and doc[t.i - 1].lower_ == "other") or \
            t.lower_ in {"except", "besides", "save"} or (t.lower_ == "from" and t.i > 0 and doc[t.i - 1].lower_ == "apart")
        if not opener:
            continue
        end = next((u.i for u in doc[t.i + 1:min(t.i + 12, len(doc))]
                    if u.pos_ in {"VERB", "AUX"} or u.text in {";", ":"}), min(t.i + 12, len(doc)))
        return _countries_in(ix, doc[t.i + 1:end])
    return []


#: the openers of a fronted "in addition to" phrase: "Besides A, ...", "Apart from A, ...", "Other than A, ..."
FRONTED_ADDITION_OPENERS = (("besides",), ("apart", "from"), ("aside", "from"), ("other", "than"),
                            ("in", "addition", "to"), ("beyond",))


def _fronted_addition(ix: _Index, sent) -> tuple[int, list[Mention]]:
    """The states of a fronted "in addition to" phrase that opens a sentence.

    "Besides A, B and C recognise X", "Apart from A, no state recognises X": the
    states named between the opener and the first comma share the main clause's
    stance, or (after a "no X" subject) are its exception, as in
    :func:`_exception_holders`.

    Args:
        ix: the document index.
        sent: the sentence.

    Returns:
        (the index of the opener's last word, the states named), or (-1, []) when the sentence
        does not open so or names anything but states there.
    """
    doc = ix.doc
    words = [t.lower_ for t in doc[sent.start:min(sent.start + 3, sent.end)]]
    opener = next((o for o in FRONTED_ADDITION_OPENERS if tuple(words[:len(o)]) == o), None)
    if opener is None:
        return -1, []
    last = sent.start + len(opener) - 1
    comma = next((t.i for t in doc[last + 1:min(last + 12, sent.end)] if t.text == ","), None)
    if comma is None:
        return -1, []
    span = doc[last + 1:comma]
    states = _countries_in(ix, span)
    names = [t for t in span if t.lower_ not in {"and", ",", "the"}]
    if not states or any(ix.ent_at[t.i] is None or ix.ent_at[t.i].label_ != "COUNTRY" for t in names):
        return -1, []
    return last, [m for m in states if m.label == "COUNTRY"]


def _colon_list_holders(ix: _Index, head, cue, sent) -> list[Mention]:
    """Countries listed after a colon that a group noun with the cue in its relative clause
    announces: "the countries that recognise X are few: A, B and C"."""
    if head is None or cue.dep_ != "relcl" or cue.head.i != head.i:
        return []
    if head.lemma_.lower() not in GROUP_NOUNS or head.tag_ not in {"NNS", "NNPS"}:
        return []
    doc = ix.doc
    colon = next((t for t in sent if t.i > cue.i and t.text == ":"), None)
    if colon is None:
        return []
    out: list[Mention] = []
    k = colon.i + 1
    while k < sent.end:
        tok = doc[k]
        if tok.lower_ in {"and", ","} or tok.pos_ == "DET" or _is_space(tok):
            k += 1
            continue
        if tok.text == "(" and out:
            # "A (August 2008), B (2009)": a bracketed date after a listed country
            close = next((x for x in range(k + 1, sent.end) if doc[x].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        m = ix.country_mention(tok, allow_demonym=False, allow_capital=False)
        if m is None or m.label != "COUNTRY":
            break
        out.append(m)
        ent = ix.ent_at[k]
        k = ent.end if ent is not None else k + 1
    # the list must close the sentence: "...: A and B." not "...: A and B have ..."
    if k < sent.end and not all(doc[x].is_punct or _is_space(doc[x]) for x in range(k, sent.end)):
        return []
    return out


def _polity_refs(ix: _Index, tokens) -> list[TerritoryRef]:
    """States named by tokens: territory and country names, and capitals for their state."""
    out: list[TerritoryRef] = []
    for t in tokens:
        ent = ix.ent_at[t.i]
        m = None
        if ent is not None and ent.label_ in {"TERRITORY", "COUNTRY"}:
            m = ix.ent_mention(ent)
        if m is None:
            m = _capital_state(ix, t)
        if m is None:
            continue
        name = m.kb_id or m.text
        if all(r.name != name for r in out):
            out.append(TerritoryRef(mention=m, name=name))
    return out


def _switch_stances(ix: _Index, sent) -> Iterator[tuple[Stance, object]]:
    """"X switched (its) recognition from A to B": X no longer recognises A and recognises B.

    Also "switched diplomatic ties/allegiance from A to B" when one side is a territory
    (a switch between a territory and a state is a switch of recognition).

    Yields:
        (stance, the recognition noun or object token it consumed).
    """
    for verb in sent:
        dropped = verb.lemma_.lower() in DROP_LEMMAS and verb.pos_ == "VERB"
        if verb.lemma_.lower() not in SWITCH_LEMMAS and not dropped or verb.pos_ != "VERB":
            continue
        objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
        obj = next((o for o in objs if o.lemma_.lower() in SWITCH_NOUNS or o.lower_ in SWITCH_NOUNS or dropped), None)
        if obj is None:
            continue
        preps = [c for c in (*verb.children, *obj.children) if c.dep_ == "prep"]
        src = [p for c in preps if c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        dst = [p for c in preps if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        if dropped:
            # "dropped Taipei in favour of Beijing", "ditched Taiwan for China": the object left, the one chosen
            src = [obj]
            dst = [p for c in preps if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"] + [
                p for c in preps if c.lower_ == "in" for f in c.children if f.lower_ in {"favour", "favor"}
                for o in f.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
        src = _polity_refs(ix, [t for p in src for t in (p, *p.conjuncts)])
        dst = _polity_refs(ix, [t for p in dst for t in (p, *p.conjuncts)])
        one_china = not src and any(r.name == "China" for r in dst)
        if one_china:
            # "switched allegiance to Beijing": under the one-China rule a switch to the People's Republic
            # is one away from Taipei (no state recognises both)
            src = [TerritoryRef(mention=None, name="Taiwan")]
        if not src or not dst:
            continue
        is_recognition = obj.lemma_.lower() in RECOGNITION_NOUNS or obj.lower_ in RECOGNITION_NOUNS
        if not is_recognition and not one_china and not any(r.mention is not None and r.mention.label == "TERRITORY"
                                          for r in (*src, *dst)):
            continue
        if _hypothetical(sent, verb):
            continue
        holder_tok, pol, _ = _climb(ix, verb)
        if holder_tok is None or pol.blocked or pol.negations % 2 == 1:
            continue
        holders = [h for h in ix.holder_mentions(holder_tok, verb) if h.label in {"COUNTRY", "TERRITORY", "PERSON"}]
        if not holders:
            continue
        cue_text = _cue_text(ix, [verb, obj])
        ev = ix.evidence(verb)
        for holder in holders:
            key = holder.kb_id or holder.text
            for refs, stance in ((src, "doesNotRecognise"), (dst, "recognises")):
                for tr in refs:
                    if tr.name != key:
                        yield Stance(holder=holder, territory=tr, stance=stance, cue=cue_text, evidence=ev), obj


# Verbs that stand for an elided "recognise": "B has not", "C declined", "D followed suit".
_ELLIPSIS_REFUSALS = frozenset({"decline", "refuse", "balk", "hesitate"})
_ELLIPSIS_PROXIES = frozenset({"do", "have", "follow"})
_PROXY_OBJECTS = frozenset({"so", "suit", "same", "likewise", "it", "this", "that"})


def _antecedent_lands(antecedents: list[Stance]) -> list[TerritoryRef]:
    """The territories of the stances an elided or proxy stance copies, each once, in order.

    Args:
        antecedents: the stances before.

    Returns:
        Their territories without repeats.
    """
    lands: list[TerritoryRef] = []
    for s in antecedents:
        if all(s.territory.name != x.name for x in lands):
            lands.append(s.territory)
    return lands


#: first words of a cue that ends a recognition ("withdrew its recognition", "severed ties", "switched")
WITHDRAWAL_CUE_STEMS = ("withdr", "sever", "cut", "suspend", "revok", "switch", "derecogn", "broke", "break",
                        "rescind", "froze", "freez")


def _withdrawal_cue(cue: str) -> bool:
    """Whether a stance's cue text is an act that ends a recognition, not a standing refusal.

    Args:
        cue: the stance's cue words ("withdrew its recognition").

    Returns:
        True when its first word begins with a stem of WITHDRAWAL_CUE_STEMS.
    """
    return cue.lower().startswith(WITHDRAWAL_CUE_STEMS)


def _elliptic_stances(ix: _Index, sent, emitted: list, previous: list) -> list[Stance]:
    """Stances whose recognition verb is elided (VP ellipsis after a recognition clause).

    "A recognised X in 2008, but B and C have so far declined." (B, C: doesNotRecognise X),
    "... but B did not", "B has yet to do so", "as did D", "D followed suit",
    "nor did E", "F did the same", "G is yet to follow", "H held back".  The antecedent is an
    explicit stance earlier in the same sentence,
    else in the sentence just before; its territories are copied.
    """
    out: list[Stance] = []
    used = {(s.holder.kb_id or s.holder.text) for s in emitted}
    for verb in sent:
        lem = verb.lemma_.lower()
        kids = list(verb.children)
        # "B and C have both held back / held off": a refusal with no object
        held = lem == "hold" and any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"back", "off"} for c in kids) \
            and not any(c.dep_ in {"dobj", "obj", "prep"} for c in kids)
        # "B is yet to follow (suit) / do so": the copula carries the "yet"
        yet_be = lem == "be" and any(c.lower_ == "yet" for c in kids) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in {"follow", "do"} for c in kids)
        # "B did the same", "C's ministry said the same on Tuesday" (also with "the same" misparsed after the verb)
        same_after = verb.i + 2 < sent.end and ix.doc[verb.i + 1].lower_ == "the" and \
            ix.doc[verb.i + 2].lower_ == "same" and lem in {"do", "say", "state"}
        if verb.pos_ not in {"VERB", "AUX"} or (lem not in _ELLIPSIS_REFUSALS | _ELLIPSIS_PROXIES and not held
                                                and not yet_be and not same_after):
            continue
        adverb_head = verb.dep_ == "aux" and lem in {"do", "have"} and verb.head.pos_ == "ADV" and \
            verb.head.lower_ in {"either", "too"} and verb.head.i > verb.i
        if adverb_head:
            # "..., and B and C do not either": the parser made the adverb the clause's head
            kids = [c for c in verb.head.children if c.i != verb.i] + [verb.head]
        elif verb.dep_ in {"aux", "auxpass"}:
            continue
        # "A recognised X; B did not": the clause before a semicolon, parsed as the verb's complement
        deps = {c.dep_ for c in kids if not (c.dep_ == "ccomp" and c.i < verb.i and any(
            p.text == ";" and c.i < p.i < verb.i for p in kids))}
        if deps & {"ccomp", "attr", "acomp", "oprd", "dative", "prt", "csubj", "nsubjpass"} and not held:
            continue
        xcomps = [c for c in kids if c.dep_ == "xcomp"]
        dobjs = [c for c in kids if c.dep_ in {"dobj", "obj"}]
        negated = any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in kids)
        # only a proxy may follow: "has yet to do so", "refused to follow", "declined to do the same"
        if any(x.lemma_.lower() not in {"do", "follow"} or any(
                c.dep_ in {"dobj", "obj"} and c.lower_ not in _PROXY_OBJECTS for c in x.children)
               for x in xcomps):
            continue
        inverted = None
        if len(dobjs) == 1 and dobjs[0].i > verb.i and verb.i > 0 and lem in {"do", "have"} and \
                ix.doc[verb.i - 1].lower_ in {"neither", "nor", "so"} and \
                ix.country_mention(dobjs[0], allow_demonym=False) is not None:
            inverted = dobjs[0]  # "..., and neither has B": the subject after the verb, read as its object
            dobjs = []
        if any(o.lower_ not in _PROXY_OBJECTS for o in dobjs):
            continue
        yet = any(c.lower_ == "yet" for c in kids)
        if lem in _ELLIPSIS_REFUSALS or held or yet_be:
            polarity = "neg"
        elif lem == "follow":
            if not any(o.lower_ == "suit" for o in dobjs) and not any(
                    c.dep_ == "dobj" and c.lower_ == "suit" for x in kids for c in x.children):
                continue
            polarity = "unfollowed" if negated else "same"
        elif negated or (lem == "have" and yet):
            polarity = "neg"
        elif any(c.lower_ in {"as", "so"} and c.i < verb.i for c in kids) or \
                (verb.i > 0 and ix.doc[verb.i - 1].lower_ in {"as", "so"}) or \
                any(c.lower_ in {"too", "also", "likewise"} and c.dep_ == "advmod" for c in kids) or \
                lem == "do" and verb.i + 1 < sent.end and ix.doc[verb.i + 1].lower_ in {"so", "likewise"}:
            polarity = "same"  # "as did B", "so has C", "B does too", "B did so (a week later)", "B did likewise"
        elif (lem == "do" and any(o.lower_ in {"same", "likewise"} for o in dobjs) or same_after) and not any(
                c.dep_ == "prep" and c.lower_ not in TIME_PREPS and not any(
                    p.ent_type_ in {"DATE", "TIME"} or p.like_num for p in c.children if p.dep_ == "pobj")
                for c in kids + [g for o in dobjs for g in o.children] + (
                    list(ix.doc[verb.i + 2].children) if same_after else [])):
            # "B did the same in 2010", "C said the same on Tuesday" (not "did the same with its trade rules")
            polarity = "same"
        elif any(c.lower_ in {"nor", "neither"} and c.i < verb.i for c in kids) or \
                (verb.i > 0 and ix.doc[verb.i - 1].lower_ in {"nor", "neither"}):
            polarity = "nor"  # "nor did B"
        elif lem in {"do", "have"} and (any(c.lower_ == "but" and c.dep_ == "cc" for c in kids) or (
                verb.dep_ == "conj" and any(c.lower_ == "but" and c.dep_ == "cc" for c in verb.head.children)) or
                any(c.text == ";" and c.dep_ == "punct" and c.i < verb.i for c in kids)):
            polarity = "opposite"  # "A does not recognise X, but B does", "...; B does"
        elif lem in {"do", "have"} and verb.tag_ == "VBD" and verb.dep_ == "advcl" and not dobjs and any(
                c.dep_ == "mark" and c.lower_ in {"after", "before", "once", "when"} for c in kids):
            polarity = "after"  # "A recognised X a day after B and C did", "... before B had"
        else:
            continue
        antecedents = [s for s in emitted if _holder_index(ix, s) < verb.i] or (previous if not emitted else [])
        if polarity == "after":
            if not antecedents or antecedents[-1].stance != "recognises":
                continue  # ("A refused to recognise X after B did": did B refuse, or recognise?)
            polarity = "same"
        if not antecedents:
            continue
        ante_neg = antecedents[-1].stance == "doesNotRecognise"
        if polarity == "neg":
            stance = "doesNotRecognise"
        elif polarity == "unfollowed":
            # "A withdrew its recognition of X; B has not followed suit": B keeps the recognition it had
            stance = "recognises" if ante_neg and _withdrawal_cue(antecedents[-1].cue) else "doesNotRecognise"
        elif polarity == "nor":
            if not ante_neg:
                continue
            stance = "doesNotRecognise"
        elif polarity == "opposite":
            if not ante_neg:
                continue  # "A recognises X, but B does" says nothing new about B
            stance = "recognises"
        else:
            stance = antecedents[-1].stance
        subj = inverted or next((c for c in kids if c.dep_ == "nsubj" and c.lower_ not in {"neither", "nor", "so"}),
                                None)
        glued: list = []
        if subj is None and verb.i > sent.start:
            prev = ix.doc[verb.i - 1]  # "A recognises X and B does not" with B parsed as X's conjunct
            if prev.pos_ == "PROPN" and ix.country_mention(prev, allow_demonym=False) is not None:
                subj = prev
                up = prev
                while up.dep_ == "conj" and getattr(ix.country_mention(up.head, allow_demonym=False), "label",
                                                    "") == "COUNTRY":
                    up = up.head  # "A recognises X, and B and C do too": the states glued on X's conjunct chain
                    glued.insert(0, up)
        if subj is None:
            continue
        holders = [h for h in ix.holder_mentions(subj, verb) if h.label in {"COUNTRY", "TERRITORY", "PERSON"}]
        if subj.dep_ not in {"nsubj", "nsubjpass"}:
            # ("and neither do B, C or D": the list read as the verb's object)
            holders = [m for k in (*glued, subj, *(subj.conjuncts if subj is inverted else ()))
                       for m in (ix.country_mention(k, allow_demonym=False),) if m is not None]
        terrs = _antecedent_lands(antecedents)
        lead = [ix.doc[verb.i - 1]] if verb.i > 0 and ix.doc[verb.i - 1].lower_ in {"nor", "neither", "as", "so"} else []
        cue_toks = [*lead, verb, *(c for c in kids if c.dep_ == "neg" or c.lower_ == "yet"),
                    *(t for x in [*xcomps, *dobjs] for t in x.subtree)]
        cue_text = _cue_text(ix, sorted(cue_toks, key=lambda t: t.i))
        ev = ix.evidence(verb)
        for h in holders:
            key = h.kb_id or h.text
            if key in used:
                continue
            for tr in terrs:
                if tr.name == key:
                    continue
                out.append(Stance(holder=h, territory=tr, stance=stance, cue=cue_text, evidence=ev))
    out += _mistagged_as_do(ix, sent, emitted, used | {(s.holder.kb_id or s.holder.text) for s in out})
    out += _inverted_ellipsis(ix, sent, emitted or previous, used | {(s.holder.kb_id or s.holder.text) for s in out})
    out += _tagged_on_stances(ix, sent, emitted or previous, used | {(s.holder.kb_id or s.holder.text) for s in out})
    return out


#: views a state can share: "takes the same view", "shares that position"
VIEW_PROXY_NOUNS = POSITION_NOUNS - {"stand"} | {"line"}
#: verbs that carry a bare recognition noun: "withholds recognition" (negative), "extends recognition" (positive)
BARE_RECOGNITION_VERBS = {"withhold": "doesNotRecognise", "deny": "doesNotRecognise", "refuse": "doesNotRecognise",
                          "extend": "recognises", "grant": "recognises", "accord": "recognises"}


def _proxy_stances(ix: _Index, sent, emitted: list, previous: list, used: set) -> list[Stance]:
    """Stances whose land is only implied: "B takes the same view", "B, by contrast, withholds recognition".

    A state that takes "the same view / position" as the stance just read
    shares it; a bare "recognition" with no "of" or "to" phrase, carried by a
    verb of withholding or granting, is about the land of that stance too
    (VP and NP ellipsis resolved to the closest antecedent, as in
    :func:`_elliptic_stances`).

    Args:
        ix: the document index.
        sent: the sentence.
        emitted: the stances already read in the sentence.
        previous: the stances of the last sentence (of the two before) that had any.
        used: the holders that already have a stance in the sentence.

    Returns:
        The copied stances.
    """
    out: list[Stance] = []
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        objs = [o for o in verb.children if o.dep_ in {"dobj", "obj"}]
        stance = None
        for o in objs:
            if o.lemma_.lower() in VIEW_PROXY_NOUNS and any(c.lower_ in {"same", "that", "this", "similar"}
                                                            for c in o.children) and verb.lemma_ in {
                    "take", "share", "hold", "adopt", "have"}:
                stance = "same"  # "takes the same view"
            elif o.lemma_.lower() in VIEW_PROXY_NOUNS and any(c.lower_ in {"that", "this"} for c in o.children) and \
                    verb.lemma_.lower() in CLAIM_REJECT_VERBS:
                stance = "opposite"  # "B and C reject that position"
            elif o.lemma_.lower() == "recognition" and verb.lemma_.lower() in BARE_RECOGNITION_VERBS and not any(
                    c.dep_ in {"prep", "poss"} or c.dep_ == "compound" for c in o.children) and not any(
                    c.dep_ in {"prep", "dative"} for c in verb.children if c.i > o.i):
                stance = BARE_RECOGNITION_VERBS[verb.lemma_.lower()]  # "withholds recognition"
        if stance is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        antecedents = [s for s in emitted if _holder_index(ix, s) < verb.i] or (previous if not emitted else [])
        if not antecedents:
            continue
        terrs = _antecedent_lands(antecedents)
        polarity = antecedents[-1].stance if stance == "same" else (
            ("doesNotRecognise" if antecedents[-1].stance == "recognises" else "recognises") if stance == "opposite"
            else stance)
        for h in ix.holder_mentions(subj, verb):
            key = h.kb_id or h.text
            if h.label not in {"COUNTRY", "PERSON"} or key in used:
                continue
            used.add(key)
            out += [Stance(holder=h, territory=tr, stance=polarity, cue=_cue_text(ix, [verb, *objs]),
                           evidence=ix.evidence(verb)) for tr in terrs if tr.name != key]
    return out


#: auxiliaries that end a comparative ellipsis: "A recognises X, as do B and C"
ELLIPSIS_AUXILIARIES = frozenset({"do", "does", "did", "has", "have", "had"})


def _mistagged_as_do(ix: _Index, sent, emitted: list, used: set) -> list[Stance]:
    """", as do B, C and D" after a stance, with the auxiliary mistagged as a name (read off the surface).

    The small model often reads "do" after "as" as a proper noun and hangs the
    states after it on "as", so :func:`_elliptic_stances` finds no verb.  The
    states listed right after "as do" (commas and "and" between them) take the
    stance of the clause before (VP ellipsis, as above).

    Args:
        ix: the document index.
        sent: the sentence.
        emitted: the stances already read in the sentence.
        used: the holders that already have a stance there.

    Returns:
        The copied stances.
    """
    out: list[Stance] = []
    for t in sent:
        if t.lower_ not in ELLIPSIS_AUXILIARIES or t.pos_ in {"VERB", "AUX"} or t.i < sent.start + 2 or \
                ix.doc[t.i - 1].lower_ != "as" or ix.doc[t.i - 2].text != ",":
            continue
        antecedents = [s for s in emitted if _holder_index(ix, s) < t.i]
        if not antecedents:
            continue
        holders = [m for m in _country_run(ix, t.i + 1, sent.end) if m.label == "COUNTRY"]
        terrs = _antecedent_lands(antecedents)
        ev = ix.evidence(t)
        for h in holders:
            key = h.kb_id or h.text
            if key in used:
                continue
            used.add(key)
            out += [Stance(holder=h, territory=tr, stance=antecedents[-1].stance, cue=_cue_text(ix, [t]), evidence=ev)
                    for tr in terrs if tr.name != key]
    return out


def _country_list_end(ix: _Index, k: int, end: int, labels: frozenset = frozenset({"COUNTRY"}),
                      fillers: frozenset = frozenset({"and", ","})) -> tuple[list[Mention], int]:
    """The countries listed from token ``k`` on ("A, B and C") and the index after the last one.

    Args:
        ix: the document index.
        k: the first token of the list.
        end: the token index to stop at.
        labels: the mention labels a listed name may have.
        fillers: the words skipped between names (determiners are skipped too).

    Returns:
        (the country mentions, the index after the last name).
    """
    doc = ix.doc
    out: list[Mention] = []
    last = k
    while k < end:
        tok = doc[k]
        if tok.lower_ in fillers or tok.pos_ == "DET":
            k += 1
            continue
        m = ix.country_mention(tok, allow_demonym=False, allow_capital=False)
        if m is None or m.label not in labels:
            break
        out.append(m)
        ent = ix.ent_at[k]
        k = last = ent.end if ent is not None else k + 1
    return out, last


def _first_word(sent) -> int:
    """The index of the sentence's first token that is neither space nor punctuation (``sent.end`` if none)."""
    return next((t.i for t in sent if not (t.is_space or t.is_punct)), sent.end)


def _tagged_on_stances(ix: _Index, sent, antecedents: list, used: set) -> list[Stance]:
    """Holders a clause tags onto the stance just stated: "...; B, too.", "..., along with B.", "C has backed
    the A-ian position" (VP ellipsis by an additive, as :func:`_elliptic_stances` reads "as did B").

    Args:
        ix: the document index.
        sent: the sentence.
        antecedents: the stances of this sentence, else of the sentence before.
        used: the holders that already have a stance.

    Returns:
        The copied stances.
    """
    if not antecedents:
        return []
    doc = ix.doc
    out: list[Stance] = []
    first = _first_word(sent)
    for k in range(first, sent.end):
        copied, cue, ante = [], None, antecedents
        if k == first or doc[k - 1].text == ";":
            holders, e = _country_list_end(ix, k, sent.end)
            if holders and e + 2 <= sent.end and doc[e].text == "," and doc[e + 1].lower_ in {"too", "also"} and (
                    e + 2 == sent.end or doc[e + 2].is_punct):
                copied, cue = holders, doc[e + 1]  # "...; B, too."
        if not copied and k >= sent.start + 3 and doc[k - 3].text == "," and doc[k - 2].lower_ == "along" and \
                doc[k - 1].lower_ == "with":
            holders, e = _country_list_end(ix, k, sent.end)
            if holders and (e == sent.end or doc[e].is_punct):
                copied, cue = holders, doc[k - 2]  # "A and B recognise X, along with C."
        t = doc[k]
        if not copied and t.lemma_.lower() in POSITION_SHARING_VERBS and t.pos_ == "VERB" and \
                not any(c.dep_ == "neg" for c in t.children):
            for o in t.children:
                if o.dep_ not in {"dobj", "obj"} or o.lemma_.lower() not in POSITION_NOUNS or \
                        any(c.dep_ == "prep" for c in o.children):
                    continue
                owners = _claim_owners(ix, o)
                if not owners:
                    continue
                # "C has backed the A-ian position": A's stance just stated, taken over by C
                ante = [a for a in antecedents if (a.holder.kb_id or a.holder.text) in owners]
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if ante and subj is not None:
                    copied = [h for h in ix.holder_mentions(subj, t) if h.label == "COUNTRY"]
                    cue = t
        if not copied or cue is None:
            continue
        stance = ante[-1].stance
        for h in copied:
            key = h.kb_id or h.text
            if key in used:
                continue
            used = used | {key}
            out += [Stance(holder=h, territory=tr, stance=stance, cue=_cue_text(ix, [cue]), evidence=ix.evidence(cue))
                    for tr in _antecedent_lands(ante) if tr.name != key]
    return out


def _inverted_ellipsis(ix: _Index, sent, antecedents: list, used: set) -> list[Stance]:
    """"Nor has B." / "So did B." opening a sentence after a stance, read off the surface.

    The small model reads the state after the inverted auxiliary as the root and the auxiliary
    as its helper, so :func:`_elliptic_stances` finds no verb.  "Nor" / "neither" continue a
    refusal, "so" repeats the stance (VP ellipsis, as above).

    Args:
        ix: the document index.
        sent: the sentence.
        antecedents: the stances of this sentence, else of the sentence before.
        used: the holders that already have a stance.

    Returns:
        The copied stances.
    """
    doc = ix.doc
    k = _first_word(sent)
    # (also after a comma inside the sentence: "A has not recognised X, nor has B, diplomats noted", where
    # the parser makes the auxiliary a helper of the reporting verb)
    starts = [k] + [j for j in range(k + 1, sent.end - 2) if doc[j - 1].text == "," and doc[j].lower_ == "nor"]
    out = []
    for k in starts:
        if k + 2 >= sent.end or doc[k].lower_ not in {"nor", "neither", "so"} or \
                doc[k + 1].lower_ not in ELLIPSIS_AUXILIARIES | {"is", "was", "are", "were"} or not antecedents:
            continue
        holders = [m for m in _country_run(ix, k + 2, sent.end) if m.label == "COUNTRY"]
        ent = ix.ent_at[k + 2]
        end = ent.end if ent is not None else k + 3
        while end < sent.end and (doc[end].text == "," or doc[end].lower_ == "and" or ix.ent_at[end] is not None):
            end += 1
        if k > sent.start and end < sent.end and doc[end - 1].text == ",":
            end -= 1  # ("..., nor has B, diplomats noted": the aside after the comma)
        if not holders or end < sent.end and not doc[end].is_punct and doc[end].ent_type_ != "DATE":
            continue  # "Nor has B said when ...": a verb of its own follows
        ante = antecedents[-1]
        if doc[k].lower_ != "so" and ante.stance != "doesNotRecognise":
            continue
        ev = ix.evidence(doc[k + 1])
        out += [Stance(holder=h, territory=tr, stance=ante.stance, cue=_cue_text(ix, [doc[k], doc[k + 1]]),
                       evidence=ev)
                for h in holders if (h.kb_id or h.text) not in used for tr in _antecedent_lands(antecedents)
                if tr.name != (h.kb_id or h.text)]
    return out


def _elided_hold(ix: _Index, cue, memory: dict, holders: list) -> list[TerritoryRef]:
    """The territory of "does not accept it over X", where "it" is a hold noun said before.

    "never accepted French sovereignty over A, just as it does not accept it
    over B": the pronoun object stands for the hold noun ("sovereignty",
    "control") of the same or the previous sentence, and the "over" phrase
    names the land.

    Args:
        ix: the document index.
        cue: the recognition cue verb.
        memory: the article's stance memory.
        holders: the stance holders.

    Returns:
        The territories, or an empty list.
    """
    if not any(o.dep_ in {"dobj", "obj"} and o.lower_ == "it" for o in cue.children):
        return []
    overs = [p for c in cue.children if c.dep_ == "prep" and c.lower_ == "over"
             for p in c.children if p.dep_ == "pobj"]
    if not overs:
        return []
    lo = ix.sents[max(ix.sent_no(cue.i) - 1, 0)].start
    if not any(t.lemma_.lower() in HOLD_NOUNS and t.pos_ == "NOUN" for t in ix.doc[lo:cue.i]):
        return []
    taken = {h.kb_id or h.text for h in holders}
    return [r for p in overs for r in _held_place(ix, p, memory, holders) if r.name not in taken]


def _holder_index(ix: _Index, st: Stance) -> int:
    """Token index of a stance's holder (for ordering within a sentence)."""
    span = ix.doc.char_span(st.holder.start, st.holder.end, alignment_mode="expand")
    return span.start if span is not None else len(ix.doc)


def _cue_text(ix: _Index, toks: list) -> str:
    if not toks:
        return ""
    start, end = toks[0].i, toks[-1].i + 1
    if end - start <= 8:
        return ix.doc[start:end].text
    return " ".join(t.text for t in toks)


def _framed_description(ix: _Index, cue, region: list) -> TerritoryRef | None:
    """The named place a bare description stands for in "recognise the strip as Chadian / as part of Y".

    A definite place noun ("the strip", "the reef") as the object of a verb that
    gives it to a state (a land frame: a demonym, "Y's territory", "a Japanese island")
    is the last place named with that noun (see :func:`_named_like`).

    Args:
        ix: the document index.
        cue: the recognition verb.
        region: the cue's object tokens.

    Returns:
        The place, or None.
    """
    island_frame = any(t.lower_ in GEO_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "as" and any(
        c.dep_ == "amod" and c.ent_type_ == "NORP" for c in t.children) for t in region)  # "as a Japanese island"
    if cue.pos_ not in {"VERB", "AUX"} or (_land_frame(region) is None and not island_frame):
        return None
    for o in cue.children:
        if o.dep_ in {"dobj", "obj"} and o.tag_ in {"NN", "NNS"} and o.lower_ in GEO_NOUNS and \
                any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in o.children) and \
                not any(c.dep_ in {"compound", "amod", "poss"} for c in o.children):
            return _named_like(ix, o)
    return None


def _named_description(ix: _Index, cue) -> TerritoryRef | None:
    """The disputed land a bare "the reef" / "the line" object of a recognition verb takes up.

    "A does not recognise the X Line. B acknowledges the line": the description's head noun is the last
    word of a territory named just before (see :func:`_named_like`); only a name already read as a
    territory counts, so "recognises the island's beauty" or "the party line" stays no stance.

    Args:
        ix: the document index.
        cue: the recognition verb.

    Returns:
        The territory's reference, or None.
    """
    for o in cue.children:
        if o.dep_ not in {"dobj", "obj"} or o.tag_ != "NN" or not o.is_lower or \
                (o.lower_ not in GEO_NOUNS and o.text.title() not in BOUNDARY_NAME_WORDS) or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in o.children) or \
                any(c.dep_ in {"compound", "amod", "poss", "prep", "relcl", "acl"} for c in o.children):
            continue
        named = _named_like(ix, o)
        if named is not None and named.mention is not None and named.mention.label == "TERRITORY" and \
                named.name.split()[-1].lower() == o.lower_:
            return named
    return None


#: a court's or commission's finding on a border: "accepted the ruling that awarded X to Y"
RULING_NOUNS = frozenset({"ruling", "verdict", "award", "decision", "judgment", "judgement", "finding", "arbitration"})
#: what such a finding does with the land: "awarded / gave / placed / assigned X (to / in Y)"
AWARDING_VERBS = frozenset({"award", "give", "place", "assign", "hand", "grant", "transfer", "allocate", "put"})


def _awarding_clauses(o) -> list:
    """The clauses of a finding that hand a named place over: "the ruling that awarded X to Y" -> [awarded]."""
    if o.lemma_.lower() not in RULING_NOUNS:
        return []
    return [v for v in o.children if v.dep_ in {"relcl", "acl"} and v.lemma_.lower() in AWARDING_VERBS and any(
        p.dep_ in {"dobj", "obj"} and p.pos_ == "PROPN" for p in v.children)]


def _ruled_lands(ix: _Index, cue, holders: list) -> list[TerritoryRef]:
    """The land a finding a state accepts or rejects gives to a state: "accepted the ruling that placed X in Y".

    A border award names the land it hands over (the ICJ's and boundary commissions' wording); taking the award
    as binding is a stance on that land, rejecting it the opposite (the caller reads the polarity).

    Args:
        ix: the document index.
        cue: the verb.
        holders: the stance holders.

    Returns:
        The lands, or an empty list.
    """
    if cue.pos_ not in {"VERB", "AUX"}:
        return []
    taken = {h.kb_id or h.text for h in holders}
    out: list[TerritoryRef] = []
    for o in cue.children:
        if o.dep_ not in {"dobj", "obj"}:
            continue
        for v in _awarding_clauses(o):
            for p in (p for p in v.children if p.dep_ in {"dobj", "obj"}):
                ent = ix.ent_at[p.i]
                m = ix.ent_mention(ent) if ent is not None else None
                to_state = any(c.dep_ == "prep" and c.lower_ in {"to", "in", "inside", "within", "under"} and any(
                    getattr(ix.country_mention(q), "label", "") == "COUNTRY" for q in c.children if q.dep_ == "pobj")
                    for c in v.children)  # "awarded X to Y", "placed X inside Y": ground handed to a state
                if m is None or m.label == "COUNTRY" or (m.kb_id or m.text) in taken or \
                        m.label == "PERSON" and len(m.text.split()) > 1 and not to_state and \
                        m.text.split()[-1].lower() not in GEO_NOUNS | HELD_SITE_NOUNS:
                    continue  # ("the ruling that placed Ana X in charge": a person)
                if m.label != "TERRITORY":
                    m = _replace(m, label="TERRITORY", kb_id="")
                out.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
    return out


def _polity_description(ix: _Index, cue) -> TerritoryRef | None:
    """The self-styled state a bare "the so-called kingdom" / "this fantasy kingdom" object stands for.

    The description's polity word is a word of a name already read as a territory ("the so-called Kingdom
    of X"; see :func:`_named_like`); a listed state is never such a name, so "the kingdom" of a story on a
    real kingdom gives no stance.

    Args:
        ix: the document index.
        cue: the recognition verb.

    Returns:
        The territory's reference, or None.
    """
    for o in cue.children:
        if o.dep_ in {"dobj", "obj"} and o.lower_ in POLITY_NOUNS and o.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in o.children):
            named = _named_like(ix, o)
            if named is not None and named.mention is not None and named.mention.label == "TERRITORY":
                return named
    return None


def _territory_refs(ix: _Index, cue, region: list, memory: dict, holders: list) -> list[TerritoryRef]:
    """Territories named or described in a cue's object region."""
    # "recognises A as a state with X as its capital": the capital is part of the description, no land of its own
    def capital_as(tok) -> bool:  # "as its capital"
        return tok.dep_ == "prep" and tok.lower_ == "as" and any(p.lemma_.lower() == "capital" for p in tok.children)

    # (the parser hangs "as its capital" on the name or on the head "with" hangs on)
    seat = {k.i for w in region if w.dep_ == "prep" and w.lower_ == "with" and (
        any(capital_as(c) for p in w.children for c in p.children) or
        any(capital_as(c) and c.i == w.right_edge.i + 1 for c in w.head.children))
        for k in (*w.subtree, *(c for c in w.head.children if capital_as(c) for c in c.subtree))}
    region = [t for t in region if t.i not in seat]
    if not region:
        return []
    # "jurisdiction over any part of X" is a partitive of the held land, not "X as part of Y"
    held_parts = {t.i for t in region if t.lower_ in {"part", "parts"} and t.head.dep_ == "prep"
                  and t.head.lower_ in {"over", "to"} and t.head.head.lemma_.lower() in HOLD_NOUNS | {cue.lemma_.lower()}}
    # "recognised the northern part of X as Y's territory": a partitive object before "as"
    held_parts |= {t.i for t in region if t.lower_ in {"part", "parts"} and t.dep_ in {"dobj", "obj"}
                   and t.head.i == cue.i and any(u.lower_ == "as" and u.i > t.i for u in region)}
    text = " ".join("_" if t.i in held_parts else t.lower_ for t in region)
    part_obj = [t for t in region if t.i in held_parts and t.dep_ in {"dobj", "obj"} and t.head.i == cue.i]
    if part_obj and (_owned_land(region) is not None or _demonym_frame(region) is not None):
        return _held_place(ix, part_obj[0], memory, holders)  # "... the northern part of X as Y's territory"
    if re.search(r"\b(part|parts) of\b|\bbelonging to\b|\bintegral\b", text):
        # "recognise X as part of Y" is about Y's sovereignty, not X's statehood - unless the
        # article has said that Y annexed X: then it is a recognition of the annexation.  A
        # disputed territory X ("does not recognise Arunachal Pradesh as part of India") is a
        # stance on X itself: whose part it is, is what the dispute is about.
        return _annexed_part_of(ix, region, memory, holders) or _disputed_part_of(ix, region, holders) or \
            _described_part_of(ix, cue, region, memory, holders)
    described = _framed_description(ix, cue, region) or _named_description(ix, cue) or _polity_description(ix, cue)
    if described is not None:
        return [described]
    ruled = _ruled_lands(ix, cue, holders)
    if ruled:
        return ruled
    if cue.lemma_.lower() in STATUS_IT_VERBS and cue.pos_ in {"VERB", "AUX"} and \
            any(_land_pronoun(o) for o in cue.children):
        # "A accepts X's title to Y. B, however, disputes it": the land of the stance just stated, if any
        return [t for t in memory.get("last_territories") or [] if all((h.kb_id or h.text) != t.name for h in holders)]
    if not _status_object(ix, cue):
        return []
    if any(t.lemma_.lower() in CLAIM_NOUNS and t.tag_ == "NNS" and t.head.i == cue.i and t.dep_ in {"dobj", "obj"}
           and any(c.dep_ == "det" and c.lower_ in {"any", "all", "no"} for c in t.children)
           and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children) for t in region):
        return []  # "does not recognise any claims in X": claims to parts of a region, no land named
    elided = _elided_hold(ix, cue, memory, holders)
    if elided:
        return elided
    region_ids = {t.i for t in region}
    # the annexation frame comes first: "recognise Russia's annexation of X"
    heads = [t for t in region if t.head.i not in region_ids or t.head.i == cue.i or t.dep_ in {"pobj", "dobj", "oprd"}]
    for t in heads:
        if t.lemma_.lower() in ANNEX_LEMMAS and t.pos_ in {"NOUN", "PROPN"}:
            res = _annexation_target(ix, t, region, memory)
            if res is not None:
                # named territories stand for themselves: one stance per name, no
                # "X annexed" duplicate of the territory X
                of_toks = [u for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for u in c.subtree]
                named = [r for r in _territories_in(ix, of_toks)
                         if r.mention is not None and r.mention.label == "TERRITORY"]
                # "..., nor the independence of Y and Z": the status noun the parser made the verb's conjunct
                named += [r for u in region if u.dep_ == "conj" and u.head.i == cue.i and
                          u.lemma_.lower() in STATUS_NOUNS | RECOGNITION_NOUNS
                          for r in _territories_in(ix, list(u.subtree))
                          if r.mention is not None and r.mention.label == "TERRITORY" and
                          all(r.name != x.name for x in named)]
                if named:
                    return named
                place = _annexed_place(ix, of_toks)
                return [place or res[1]]
            if not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                owned = _annexed_owner(ix, t, holders)
                if owned is not None:
                    return [owned]
                # "has never recognised the 1981 annexation": the territory the article is about
                last = _last_territory(ix, t.i)
                if last is not None:
                    return [last]
    terrs = _hold_territories(ix, cue, region, memory, holders)
    held = {t.name for t in terrs}
    # "backed A's claim to B": with B held, the possessor A is the claimant, not a land at stake
    claimants = {k.i for t in region if terrs and t.lemma_.lower() in HOLD_NOUNS
                 for c in t.children if c.dep_ == "poss" for k in c.subtree}
    # "rejects A's claim to the hills": the claimant is never the land at stake, even when the land is unnamed
    # (but "A's claim to statehood" is a stance on A)
    bare_claimants = {k.i for t in region if t.lemma_.lower() in CLAIM_NOUNS and any(
        p.lemma_.lower() not in STATUS_NOUNS for c in t.children if c.dep_ == "prep" and c.lower_ in {"to", "over"}
        for p in c.children if p.dep_ == "pobj") for c in t.children if c.dep_ == "poss" for k in c.subtree}
    # "rejects the claim of Y" with Y a state or its capital: Y is the claimant
    bare_claimants |= {k.i for t in region if t.lemma_.lower() in CLAIM_NOUNS for c in t.children
                       if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and
                       getattr(ix.country_mention(p), "label", "") == "COUNTRY" for k in c.subtree}
    claimants |= bare_claimants
    # "the sovereignty of A over B": with B held, A (the "of" before an "over") is the holder too
    claimants |= {k.i for t in region if terrs and t.lemma_.lower() in HOLD_NOUNS
                  and any(c.dep_ == "prep" and c.lower_ == "over" for c in t.children)
                  for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for k in c.subtree}
    # "X's territorial integrity, including Y": X is the holder, Y the land
    claimants |= {k.i for t in region if terrs and _integrity_parts(t) for c in t.children
                  if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for k in c.subtree}
    # "accepts Y's control of the negotiations on X", "the rule of law in X": a hold on a thing, not on land
    things = [t for t in region if t.lemma_.lower() in HOLD_NOUNS and _held_things(ix, t)]
    claimants |= {k.i for t in things for k in t.subtree}
    terrs += [t for t in _territories_in(ix, [u for u in region if u.i not in claimants]) if t.name not in held]
    # drop a territory that is the holder itself, or the claimant the description was taken back to
    starts = {h.start for h in holders}
    claimant_names = {m.kb_id or m.text for k in bare_claimants if ix.ent_at[k] is not None and ix.ent_at[k].start == k
                      for m in [ix.ent_mention(ix.ent_at[k])] if m is not None}
    terrs = [t for t in terrs if (t.mention is None or t.mention.start not in starts) and t.name not in claimant_names]
    if terrs:
        return terrs
    terrs = _demonym_status(ix, cue)
    if terrs:
        return terrs
    # a country or unlisted place as the direct object: "recognise Palestine", "the independence of X",
    # or the passive subject: "Armenia is not recognised by Pakistan"
    objs = [c for c in cue.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    direct = []
    status_owners: set[int] = set()
    for o in objs:
        if o.lemma_.lower() in STATUS_NOUNS or _is_status(o):
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    direct.extend(p for p in c.children if p.dep_ == "pobj")
                elif c.dep_ == "poss" and c.pos_ == "NOUN" and c.is_lower and \
                        (c.lower_ in GEO_NOUNS or c.lemma_.lower() in GEO_NOUNS) and \
                        o.lemma_.lower() in {"independence", "statehood", "secession"}:
                    refs = _held_place(ix, c, memory, holders)  # "the enclave's independence": the enclave named
                    if refs:
                        return refs
                elif c.dep_ == "poss" and c.pos_ != "PRON":
                    direct.append(c)  # "recognise the region's constitutional status"
                    if o.lemma_.lower() in {"independence", "statehood"}:
                        status_owners.add(c.i)  # "recognised Ruritania's independence in 1993"
                elif c.dep_ == "poss" and c.lower_ == "its" and o.lemma_.lower() in {"independence", "statehood"}:
                    # "X thanked A for recognising its independence": the disputed land "its" stands for (not a
                    # state's own sovereignty: "B asks A to respect its sovereignty")
                    refs = [r for r in _pronoun_territories(ix, c, holders, memory)
                            if r.mention is not None and r.mention.label == "TERRITORY"]
                    if refs:
                        return refs[:1]
        else:
            direct.append(o)
    if cue.pos_ in {"NOUN", "PROPN"}:
        for c in cue.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                direct.extend(p for p in c.children if p.dep_ == "pobj")
        if cue.dep_ in {"dobj", "obj"} and cue.head.lemma_.lower() in GRANT_VERBS:
            direct.extend(p for c in cue.head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                          for p in c.children if p.dep_ == "pobj")  # "extended recognition to X"
    for o in direct:
        if any(c.tag_ == "POS" for c in o.children) and o.i not in status_owners:
            continue  # "recognised Canada's over the western half": Canada holds, it is not held
        if any(c.lower_ in {"one", "a", "single"} and c.i < o.i for c in o.children):
            continue  # "we recognise one Mali": a state's unity upheld, not a stance on a land
        ent = ix.ent_at[o.i]
        if ent is not None and ent.label_ in {"COUNTRY", "GPE"} and has_own_name(ent.text):
            # (not "recognises the People's Republic": a state named by no name of its own)
            m = ix.ent_mention(ent)
            if m is not None and all(h.kb_id != m.kb_id or not m.kb_id for h in holders):
                return [TerritoryRef(mention=m, name=m.kb_id or m.text)]
        # a capital for its state: "recognise Beijing", "recognised Belgrade"
        m = _capital_state(ix, o) if not _capital_frame(region) else None
        if m is not None and all(h.kb_id != m.kb_id for h in holders):
            return [TerritoryRef(mention=m, name=m.kb_id)]
    # a pronoun object: "have recognised it", "to recognise them"
    for o in direct:
        if o.lower_ in {"it", "them"} and o.tag_ == "PRP":
            refs = _pronoun_territories(ix, o, holders, memory)
            if refs:
                return refs
        if o.lower_ == "both" and o.pos_ == "PRON" and len(memory.get("last_territories") or []) == 2:
            return list(memory["last_territories"])  # "which had recognised both": the two lands just named
    # a definite description of the territory the article is about: "the new state", "the islands"
    for o in direct:
        # "does not recognise the administration": a self-ruling polity named for its governing body
        if o.lower_ in SELF_RULE_BODIES and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children) and \
                not any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children):
            named = _named_like(ix, o)
            if named is not None and named.mention is not None and named.mention.label == "TERRITORY":
                return [named]
    for o in direct + [p for o in direct for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]:
        # ... or its "of" phrase: "the UK's de facto administration of the islands"
        refs = _focus_territories(ix, o, holders, memory)
        if refs:
            return refs
    # a description: "what he called quasi-state entities in eastern Ukraine"
    for o in _descriptive_heads(ix, region, direct):
        if o.lemma_.lower() in HOLD_NOUNS and _held_things(ix, o):
            continue  # "the administration of the fund by X": no land described
        toks = _np_tokens(o)
        if not toks:
            continue
        words = {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}
        has_place = any(ix.ent_at[t.i] is not None and ix.ent_at[t.i].label_ in {
            "COUNTRY", "TERRITORY", "PLACE", "GPE", "LOC", "NORP"} for t in toks)
        if not (words & FRAMING_WORDS or has_place):
            continue
        if not words & FRAMING_WORDS and _described_by_region(ix, o, [t for t in toks
                                                                       if t.i != o.i and t.pos_ == "PROPN"]):
            named = _named_like(ix, o)  # "the remote Pacific atoll": described by its sea, not named
            if named is not None:
                return [named]
            continue
        name = _descriptive_name(toks)
        if name and len(name) > 3 and has_own_name(name):
            return [TerritoryRef(mention=None, name=name)]
    # a definite plural description without names: "the two regions", "both territories"
    for o in _descriptive_heads(ix, region, direct):
        if o.tag_ in {"NNS", "NNPS"} and any(c.lower_ in {"the", "both", "these", "those", "two", "three", "all"}
                                             for c in o.children):
            last = memory.get("last_territories")
            if last:
                return list(last)
    return []


FOCUS_HEADS = frozenset({"state", "territory", "territories", "region", "republic", "island", "islands",
                         "archipelago", "enclave", "statelet", "entity", "province", "land"})
#: words of a name that claims statehood: "the Republic of X", "the Kingdom of Y" (one list with the nlp rule that
#: reads such names as territories; a union of states is no claim to be one)
STATEHOOD_NAME_WORDS = POLITY_NAME_WORDS - {"federation", "confederation"} | {"state"}
#: a polity's word a bare description of a self-styled state is headed by: "the so-called kingdom" ("the republic"
#: is read as a focus head, see FOCUS_HEADS)
POLITY_NOUNS = STATEHOOD_NAME_WORDS - {"republic", "state"}
FOCUS_DETERMINERS = {"the": None, "this": 1, "that": 1, "these": None, "those": None, "both": 2, "two": 2,
                     "three": 3, "four": 4, "either": 2, "neither": 2}
# a hold over a territory: "sovereignty over X", "control of X", "Britain's claim to X"
HOLD_NOUNS = frozenset({"sovereignty", "control", "rule", "jurisdiction", "suzerainty", "ownership",
                        "possession", "administration", "authority", "claim", "title", "dominion", "award",
                        "pretension", "right", "rights"})
HOLD_PREPS = frozenset({"over", "of", "on", "to", "in"})
# "Y's rules in the waters", "the authorities in X": plurals of hold nouns that mean something else
REGULATION_PLURALS = frozenset({"rules", "authorities", "administrations", "controls"})
# "the eastern half of X": a part that stands for the whole
#: a state's share of a land: "a Y-ian sector of X", "any Y-ian part of X"
STATE_PART_NOUNS = frozenset({"sector", "part", "portion", "section", "half", "share", "zone"})
PARTITIVE_NOUNS = frozenset({"half", "part", "portion", "rest", "remainder", "whole", "bulk", "section", "sector",
                             "share", "third", "quarter", "north", "south", "east", "west", "most", "all",
                             "bed", "seabed", "riverbed", "lakebed", "floor", "shores",
                             "inch", "metre", "meter", "acre"})  # "not an inch of X", "a single metre of X"
# place nouns a description of a territory is headed by
GEO_NOUNS = FOCUS_HEADS | frozenset({
    "islet", "islets", "isthmus", "peninsula", "waters", "water", "strip", "bay", "coast", "coastline",
    "shelf", "reef", "reefs", "atoll", "sea", "valley", "plateau", "enclaves", "exclave", "city", "cities",
    "town", "towns", "regions", "provinces", "lands", "area", "areas", "zone", "corridor", "triangle",
    "rock", "rocks", "district", "districts", "cay", "cays", "shoal", "shoals", "outpost", "colony",
    "estuary", "delta", "lake", "river", "basin", "gulf", "channel", "strait", "glacier", "mountains", "hills",
    "heights", "desert", "oasis", "panhandle", "salient", "pocket", "cayes", "isle", "isles", "atolls",
    "banks", "skerries", "creek", "inlet", "lagoon", "fjord", "marshes", "wetlands", "farms", "lakes", "lough", "loch",
    "loughs", "passage", "waterway", "sound", "complex", "field", "fields",
    "promontory", "headland", "cape", "ridge", "hill", "hilltop", "spit", "sandbank", "escarpment", "massif",
    "outcrop"})
# lower-case heads of a named site that are no part of its name: "the X complex"
SITE_NOUNS = frozenset({"complex"})
# nouns of a settlement or unit named by "of": "the municipality of X", "the town of Y"
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "municipality", "commune", "parish", "district",
                              "county", "province", "region", "island", "settlement", "borough"})
# framing that makes "the X's claims" the claims of a breakaway territory
CLAIMANT_WORDS = frozenset({"separatist", "separatists", "secessionist", "secessionists", "rebel", "rebels",
                            "breakaway", "insurgent", "insurgents", "independence"})


def _focus_territories(ix: _Index, o, holders: list, memory: dict, heads: frozenset = FOCUS_HEADS
                       ) -> list[TerritoryRef]:
    """The territories a definite description without a name stands for.

    "Brasilia did not recognise the new state", "recognised the islands as
    Argentine territory", "recognised both territories": the description
    refers to the territory the article is about, i.e. the most salient
    gazetteer territory named before it (see :func:`_salient_territories`).  "both"/"the two" take
    the last stance's territories when they are that many, else the top
    two.  A description with its own name or place ("the Republic of X",
    "territory in eastern Ukraine") is not a focus reference.

    Args:
        ix: the document index.
        o: head token of the object phrase.
        holders: the stance holders (never their own territory).
        memory: the article's stance memory (``last_territories``).
        heads: the head nouns that may refer this way.

    Returns:
        The territories, or an empty list.
    """
    if o.lemma_.lower() not in heads and o.lower_ not in heads:
        return []
    kids = list(o.children)
    dets = [c.lower_ for c in kids if c.dep_ in {"det", "predet", "nummod", "preconj"}]
    if not any(d in FOCUS_DETERMINERS for d in dets):
        return []
    if any(c.dep_ in {"compound", "poss"} and (c.pos_ == "PROPN" or ix.ent_at[c.i] is not None) for c in kids):
        return []
    # "the area, which Y calls Z": a naming clause does not make the description a new place
    if any(c.dep_ in {"prep", "acl", "relcl"} and c.lower_ != "as" and
           not (c.dep_ == "relcl" and c.lemma_.lower() in ALIAS_VERBS) for c in kids):
        return []
    counts = [FOCUS_DETERMINERS[d] for d in dets if FOCUS_DETERMINERS.get(d)]
    plural = o.tag_ in {"NNS", "NNPS"}
    want = counts[0] if counts else (None if plural else 1)
    island = o.lemma_.lower() in {"island", "archipelago"} or o.lower_ == "islands"
    last = memory.get("last_territories")
    if plural and not island and last and (want is None or len(last) == want):
        return list(last)
    found = _salient_territories(ix, o.i, holders, want or 1, "island" if island else "")
    if not found and island:  # "the three islands" named without the word: "A, B and C"
        found = _salient_territories(ix, o.i, holders, want or 1)
    return found


def _salient_territories(ix: _Index, before: int, holders: list, k: int, must_contain: str = ""
                         ) -> list[TerritoryRef]:
    """The ``k`` most salient gazetteer territories named before token ``before``.

    Salience after Lappin & Leass (1994): every earlier mention counts, and
    its weight halves with each sentence between it and the reference, so a
    territory named in the same sentence outranks one named often long before.

    Args:
        ix: the document index.
        before: the referring token's index.
        holders: the stance holders (never their own territory).
        k: how many territories the description stands for.
        must_contain: a word the name must contain ("island" for "the island").

    Returns:
        The territories, most salient first, or an empty list when fewer than ``k``.
    """
    taken = {h.kb_id or h.text for h in holders}
    here = ix.sent_no(before)
    holder_toks = {t.i for h in holders if h.start >= 0
                   for span in [ix.doc.char_span(h.start, h.end, alignment_mode="expand")] if span is not None
                   for t in span}
    score: dict[str, list] = {}
    for ent in ix.ents_in(0, before):
        if ent.label_ != "TERRITORY":
            continue
        m = ix.ent_mention(ent)
        if m is None or (m.kb_id or m.text) in taken:
            continue
        if holder_toks and any(a.dep_ in {"relcl", "appos", "acl"} and a.head.i in holder_toks
                               for a in (ent.root, *ent.root.ancestors)):
            continue  # "A, which borders X, backs neither claim to that land": X only describes A
        name = m.kb_id or m.text
        if must_contain and must_contain not in name.lower():
            continue
        dist = here - ix.sent_no(ent.start)
        # a territory the headline names is the article's topic: for a singular description ("the
        # area") it starts with the weight of a mention in the same sentence (van Dijk 1988: the
        # headline sums up the news story); a counted one ("either city") goes by recency alone
        if name not in score:
            topic = k == 1 and (ix.in_headline(m.text) or ix.in_headline(name))
            score[name] = [1.0 if topic else 0.0, 0, m]
        rec = score[name]
        rec[0] += 0.5 ** max(dist, 0)
        rec[1] = ent.start
    ranked = sorted(score.items(), key=lambda kv: (-kv[1][0], -kv[1][1]))
    if len(ranked) < k:
        return []
    return [TerritoryRef(mention=rec[2], name=name) for name, rec in ranked[:k]]



def _transfer_to_state(ix: _Index, noun) -> bool:
    """Whether ``noun`` is a transfer of land "of X to Y" with Y a state: like a hold noun, it puts X in Y.

    Args:
        ix: the document index.
        noun: a noun of the cue's object.

    Returns:
        True for "the transfer / cession / handover of X to Y" with Y a country.
    """
    if noun.lemma_.lower() not in TRANSFER_NOUNS or not any(c.dep_ == "prep" and c.lower_ == "of"
                                                           for c in noun.children):
        return False
    tos = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"]
    if noun.dep_ in {"dobj", "obj"}:
        tos += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i]  # (misparse)
    return any(p.dep_ == "pobj" and (m := ix.country_mention(p, allow_demonym=False)) is not None
               and m.label == "COUNTRY" for c in tos for p in c.children)


def _hold_territories(ix: _Index, cue, region: list, memory: dict, holders: list) -> list[TerritoryRef]:
    """The territory held in "recognise A's sovereignty / control / rule over B".

    The object of a hold noun is the territory whatever words name it: a
    name the gazetteer lacks ("the Bakassi peninsula", "the islet of X",
    "the waters around X") becomes a descriptive territory; a bare definite
    description ("either city", "the isthmus", "the island") stands for the
    territory in focus (:func:`_salient_territories`), or for the last place
    whose name holds the head noun ("X Island"); a partitive ("the eastern
    half of the island") for its whole, and a bare one ("A recognised B's
    sovereignty over X, and B recognised A's over the western half") for
    the territory of the stance before it.  "The separatists' claims" are
    the claims of the breakaway territory in focus.

    Args:
        ix: the document index.
        cue: the recognition cue.
        region: the cue's object tokens.
        memory: the article's stance memory.
        holders: the stance holders.

    Returns:
        The territories, or an empty list.
    """
    objs = []
    claims = []
    holds = False
    for t in region:
        parts = _integrity_parts(t)
        if parts:
            holds = True
            objs += [p for p in parts if p.dep_ == "pobj"]  # (their conjuncts are added below)
            continue
        if t.dep_ in {"dobj", "obj"} and _state_share(ix, t):
            # "has never recognised a Y-ian share of X": a state's share of the land is a hold over it
            holds = True
            objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
            continue
        if not _noun_like(t) or (t.lemma_.lower() not in HOLD_NOUNS and not _transfer_to_state(ix, t)) \
                or t.lower_ in REGULATION_PLURALS or _held_things(ix, t):
            continue
        holds = True
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in HOLD_PREPS]
        preps += [c for p in preps for c in p.conjuncts if c.dep_ == "conj" and c.lower_ in HOLD_PREPS]
        if not preps and cue.pos_ == "VERB":
            # "backed the A and B claim to X": the parser hangs "to X" on the verb, right after the noun
            preps = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in HOLD_PREPS and c.i == t.i + 1]
        if t.lemma_.lower() == "award" or t.lemma_.lower() in TRANSFER_NOUNS:
            preps = [c for c in preps if c.lower_ == "of"]  # "the award of X to Y": X is the land
        nested = [k for c in preps if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                  for k in p.children if k.dep_ == "prep" and k.lower_ == "over"]
        if nested and not any(c.lower_ == "over" for c in preps):
            preps += nested  # "the sovereignty of the Kingdom of A over B": "over B" hung on the holder
        if any(c.lower_ == "over" for c in preps) or cue.pos_ == "VERB" and any(
                c.dep_ == "prep" and c.lower_ == "over" and c.i > t.i for c in cue.children):
            # "the sovereignty of A over B": "of" names the holder, "over" the land (also with "over B" hung on
            # the verb)
            preps = [c for c in preps if c.lower_ != "of"]
        objs += [p for c in preps for p in c.children if p.dep_ == "pobj"]
        if t.lemma_.lower() == "claim" and not preps:
            # "Y's claim that X is Y's alone": the land is the subject of the claimed clause
            objs += [s for c in t.children if c.dep_ in {"acl", "ccomp"} and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        if t.lemma_.lower() == "claim" and any(
                u.lower_ in CLAIMANT_WORDS for c in t.children if c.dep_ in {"poss", "amod", "compound"}
                for u in c.subtree):
            claims.append(t)
        elif not preps and any(c.dep_ == "advmod" and c.lower_ == "there" for c in (*t.children, *cue.children)):
            claims.append(t)  # "rejected Y's rule there": the land just named
        elif t.lemma_.lower() == "claim" and not preps and t.dep_ in {"dobj", "obj"} and t.head.i == cue.i and any(
                c.dep_ in {"poss", "amod", "compound"} and ix.country_mention(c) is not None for c in t.children) \
                and not any(c.dep_ in {"acl", "ccomp", "relcl"} for c in t.children):
            claims.append(t)  # "recognises the Peruvian claim": a state's claim to the land in focus (not "A's
            # claim that the vote was rigged")
    if holds and cue.pos_ == "VERB":
        # "sovereignty over A, nor over B": an "over" the parser hung on the verb; "any claim to
        # A" with "to A" hung on the verb
        claim_at = min((t.i for t in region if t.lemma_.lower() in {"claim", "title"}), default=None)
        objs += [p for c in cue.children if c.dep_ == "prep" and (
                     c.lower_ == "over" or c.lower_ == "to" and claim_at is not None and c.i > claim_at)
                 for p in c.children if p.dep_ == "pobj"]
    if not objs and cue.pos_ == "VERB" and any(
            c.dep_ in {"dobj", "obj"} and any(k.tag_ == "POS" for k in c.children) for c in cue.children):
        # "recognised Canada's over the western half": the hold noun is elided
        objs = [p for c in cue.children if c.dep_ == "prep" and c.lower_ == "over"
                for p in c.children if p.dep_ == "pobj"]
    out: list[TerritoryRef] = []
    for o in objs + [c for o in objs for c in o.conjuncts]:
        for ref in _held_place(ix, o, memory, holders):
            if ref.name not in {r.name for r in out}:
                out.append(ref)
    if not out and claims:
        out = _claimant_lands(ix, claims[0], memory) or _salient_territories(ix, claims[0].i, holders, 1)
    return out


def _claimant_lands(ix: _Index, claim, memory: dict) -> list[TerritoryRef]:
    """The lands of a claim whose claimant held a stance in the sentence before: "A has never accepted B's
    sovereignty over X, Y and Z. C said it backs A's claim." (all three, not only the last named).

    Args:
        ix: the document index.
        claim: the claim noun.
        memory: the stance memory (``prev_stances``: the stances of the sentence before).

    Returns:
        The territories of the claimant's stances there, or an empty list.
    """
    owners = {m.kb_id for c in claim.children if c.dep_ in {"poss", "amod", "compound"}
              for m in [ix.country_mention(c)] if m is not None and m.kb_id}
    out: list[TerritoryRef] = []
    for st in memory.get("prev_stances") or []:
        if st.holder.kb_id in owners and all(r.name != st.territory.name for r in out):
            out.append(st.territory)
    return out


#: nouns of a people, which hold land rather than being held: "the sovereignty of the X people"
PEOPLE_NOUNS = frozenset({"people", "nation", "population", "inhabitant", "islander", "citizen", "state"})


def _held_things(ix: _Index, noun) -> list:
    """The "of" objects of a hold noun that are things, not land: "control of the negotiations", "the rule
    of law", "administration of the fund".

    Args:
        ix: the document index.
        noun: a hold noun ("control", "rule", ...).

    Returns:
        The lower-case common nouns after "of" that name no place, no part and no entity.
    """
    if any(c.dep_ == "prep" and c.lower_ == "over" for c in noun.children):
        return []  # "the sovereignty of the people over X": "of" names the holder
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.is_lower and p.lower_ not in GEO_NOUNS | PARTITIVE_NOUNS
            and p.lemma_.lower() not in GEO_NOUNS | PEOPLE_NOUNS and ix.ent_at[p.i] is None and
            not any(c.dep_ == "prep" and c.lower_ == "over" for c in p.children)]


def _state_share(ix: _Index, t) -> bool:
    """Whether ``t`` is a state's share of a land: "a Y-ian sector of X", "Y's part of X"."""
    return _noun_like(t) and t.lemma_.lower() in STATE_PART_NOUNS and any(
        c.dep_ in {"amod", "poss", "compound"} and ix.country_mention(c) is not None for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in t.children)


def _noun_like(t) -> bool:
    """Whether ``t`` is a noun, or an object the tagger took for a verb ("recognises neither claim to X")."""
    return t.pos_ in {"NOUN", "PROPN"} or t.pos_ == "VERB" and t.dep_ in {"dobj", "obj", "pobj"} and any(
        c.dep_ == "det" for c in t.children)


def _held_place(ix: _Index, o, memory: dict, holders: list) -> list[TerritoryRef]:
    """The territories the object ``o`` of a hold noun names or describes (see :func:`_hold_territories`)."""
    if o.lower_ in {"it", "them"} and o.tag_ == "PRP":
        # "disputes A's sovereignty over them"; "X, a rock off Y, ... . A has never recognised B's sovereignty
        # over it": the place the paragraph is about
        return _pronoun_territories(ix, o, holders, memory) or (_held_antecedent(ix, o, holders)
                                                                if o.lower_ == "it" else [])
    of_name = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj" and p.pos_ == "PROPN"] if o.lower_ == "waters" else []
    if of_name:
        o = of_name[0]  # "the waters of the X Passage": the named water itself
    while o.lemma_.lower() in PARTITIVE_NOUNS or o.lower_ in PARTITIVE_NOUNS:
        of = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not of:
            return list(memory.get("last_territories") or [])
        o = of[0]
    site = _vicinity_site(o)
    if site is not None:  # (a town a capital stands beside is no disputed land: "the area around <capital>")
        return [r for r in _held_place(ix, site, memory, holders) if fold(r.name) not in ix.gaz.capitals and (
            r.mention is None or r.mention.label != "COUNTRY")]
    included = included_names(o)  # "over all of its territory, including X"
    if not included and (o.lemma_.lower() in GEO_NOUNS or o.lower_ in OWNED_LAND_WORDS | {"territories", "lands"}):
        included = _included_after(ix, o)
    if included and o.lower_ in OWNED_LAND_WORDS | {"territories", "lands"} | GEO_NOUNS:
        # "over all its territory, including A and B": the parts named are the ones at stake
        refs = []
        for p in included + [k for p in included for k in p.conjuncts]:
            ent = ix.ent_at[p.i]
            if ent is not None and ent.label_ in {"TERRITORY", "GPE", "LOC", "PLACE"}:
                m = ix.ent_mention(ent)
                if m is not None:
                    refs.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
            elif p.lemma_.lower() in GEO_NOUNS and p.is_lower and any(
                    c.dep_ in {"compound", "amod"} and c.i == p.i - 1 and c.is_title and (
                        c.pos_ == "PROPN" or ix.demonym_country(c) is None) for c in p.children):
                # "including the X archipelago": a named land with a lower-case geographic head, whatever the
                # tagger called it (but not "the Greek islands")
                words = [t for t in p.subtree if t.i <= p.i and t.dep_ != "det"]
                refs.append(TerritoryRef(mention=None, name=_tokens_text(words)))
        if refs:
            return refs
    if o.lower_ in OWNED_LAND_WORDS | {"territories", "lands"} and any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in o.children):
        # "Belize's sovereignty over all of its territory": the holder of the hold noun
        owner = _hold_possessor(ix, o)
        if owner is not None:
            return [owner] if all((h.kb_id or h.text) != owner.name for h in holders) else []
    appos = {k.i for c in o.children if c.dep_ == "appos" and c.lower_ in OWNED_LAND_WORDS
             for k in c.subtree}  # "the islands 'Emirati land'": the owner, not the land
    # "X, a tiny islet north of Y / off Y": the place the apposition locates the land by is not the land
    appos |= {k.i for c in o.children if c.dep_ == "appos" and (c.lemma_.lower() in GEO_NOUNS and c.is_lower or
                                                                 c.lower_ in COMPASS_WORDS)
              for d in c.children if (d.dep_ in {"prep", "advmod", "npadvmod"} or d.lower_ in COMPASS_WORDS) and
              d.i > c.i for k in d.subtree}
    named = _territories_in(ix, [t for t in o.subtree if t.i not in appos])
    if named:
        return named
    ent = ix.ent_at[o.i]
    if ent is not None and ent.label_ in {"GPE", "LOC", "FAC", "PLACE"}:
        m = ix.ent_mention(ent)
        return [TerritoryRef(mention=m, name=m.kb_id or m.text)] if m is not None else []
    if ent is not None and ent.label_ == "ORG" and ent.root.i == o.i and (
            _placelike_org(ent) or _coordinated_with_place(ix, o)):
        # "sovereignty over the X Ice Field", "the transfer of A and B to Y" with B a place: a land name NER
        # took for a body
        return [TerritoryRef(mention=None, name=_strip_det(ent.text))]
    if o.lemma_.lower() in SETTLEMENT_NOUNS:
        # "over the neighbouring municipality of X": the named place, not a description
        for p in (p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"):
            ent = ix.ent_at[p.i]
            m = ix.ent_mention(ent) if ent is not None and ent.label_ in {"GPE", "LOC", "PLACE"} else None
            if m is not None:
                return [TerritoryRef(mention=m, name=m.kb_id or m.text)]
    if o.lemma_.lower() not in GEO_NOUNS and o.lower_ not in GEO_NOUNS:
        if o.lower_ in HELD_SITE_NOUNS and o.tag_ == "NN" and not any(c.dep_ == "prep" for c in o.children) and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in o.children):
            named = _named_like(ix, o)  # "the temple of X ... . sovereignty over the temple"
            return [named] if named is not None else _held_antecedent(ix, o, holders)
        return []
    # "the area, which Y calls Z": the names a naming clause gives are no part of the description
    appos |= {k.i for c in o.children if c.dep_ == "relcl" and c.lemma_.lower() in ALIAS_VERBS for k in c.subtree}
    # "regards the islands as Y's": the frame the parser hung on the object is no part of it either
    framed = {k.i for c in o.children if c.dep_ == "prep" and c.lower_ == "as" for k in c.subtree}
    appos |= framed
    proper = [t for t in o.subtree if t.i != o.i and t.i not in appos and (t.pos_ == "PROPN" or (
        ix.ent_at[t.i] is not None and t.pos_ not in {"ADJ", "NUM"}))]
    if not proper and o.tag_ in {"NN", "NNS"} and any(c.dep_ == "det" and c.lower_ in {"the", "that", "this", "those"}
                                                      for c in o.children):
        named = _named_like(ix, o)  # "any part of the creek east of the line": the named creek
        if named is not None:
            return [named]
    if not proper and not any(c.dep_ == "prep" and c.i not in framed for c in o.children):
        counted = [FOCUS_DETERMINERS[c.lower_] for c in o.children
                   if c.dep_ in {"det", "nummod", "preconj"} and FOCUS_DETERMINERS.get(c.lower_)]
        grouped = _apposed_group(ix, o, counted[0]) if counted else []
        if grouped:
            return grouped  # "A and B, two islands ...", then "both islands": those two
        named = _named_like(ix, o)
        if named is not None:
            return [named]
        refs = _focus_territories(ix, o, holders, memory, heads=GEO_NOUNS)
        if refs:
            return refs
        if counted:
            # "either city", "both towns": the places just named
            return _recent_places(ix, o.i, counted[0])
        # "considers the plateau part of Y" parsed as "the [plateau part]": the article on the frame's head
        glued = o.dep_ in {"compound", "amod"} and o.i == o.head.i - 1
        det_of = o.head if glued else o
        if o.tag_ in {"NN", "NNS", "JJ"} and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in det_of.children):
            # "X, a reef off Y ... . sovereignty over the islet"; further back, the land the article is about
            return _held_antecedent(ix, o, holders) or _topic_territory(ix, o, holders)
        return []
    if _described_by_region(ix, o, proper):
        # "the remote Pacific atoll", "a Caribbean island": one place described by the sea or region it
        # lies in, not a name; the place named with that noun, or none
        named = _named_like(ix, o)
        return [named] if named is not None else []
    if o.lower_ in SITE_NOUNS:
        # "the X monastery complex": the site is its name's ("X"), the way the name stands elsewhere
        run = [t for t in proper if t.i < o.i and t.text[:1].isupper()]
        if run and run[-1].i - run[0].i == len(run) - 1:
            return [TerritoryRef(mention=None, name=" ".join(t.text for t in run))]
    toks = [t for t in _np_tokens(o) if not (t.dep_ == "amod" and t.head.i == o.i and t.i < o.i and t.is_lower)
            and t.i not in framed]
    name = _descriptive_name(toks)
    # "each reef the Tribunal gave it": a name in the clause is no name of the land
    return [TerritoryRef(mention=None, name=name)] if len(name) > 3 and any(w[:1].isupper() for w in name.split()) \
        else []


#: bare stretches of ground described by the site they lie by: "the zone adjacent to the mosque"
VICINITY_HEADS = frozenset({"area", "areas", "land", "lands", "ground", "strip", "zone", "belt", "stretch"})
#: words that place such a stretch by a site: "around X", "next to X", "adjacent to X"
VICINITY_WORDS = frozenset({"around", "near", "surrounding", "beside", "adjoining", "next", "adjacent", "close"})


def _vicinity_site(o):
    """The site a bare stretch of ground is placed by: "the land around the mosque" -> "mosque".

    A claim to "the 4-square-kilometre area around X" is a claim to the land at X, the way news
    names the disputed ground by its landmark.  The parser often hangs "next to X" on the verb, so the
    word right after the description counts too.

    Args:
        o: the head of the held description.

    Returns:
        The site's head token, or None.
    """
    if o.lemma_.lower() not in VICINITY_HEADS or not o.is_lower or \
            any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in o.children):
        return None
    after = o.right_edge.i + 1
    words = [c for c in o.children if c.lower_ in VICINITY_WORDS and c.i > o.i]
    if after < len(o.doc) and o.doc[after].lower_ in VICINITY_WORDS:
        words.append(o.doc[after])
    for w in words:
        via = [w] if w.lower_ not in {"next", "adjacent", "close"} else [
            c for c in w.children if c.dep_ == "prep" and c.lower_ == "to"]
        for p in (p for v in via for p in v.children if p.dep_ == "pobj"):
            return p
    return None


def _topic_territory(ix: _Index, o, holders: list) -> list[TerritoryRef]:
    """The disputed land an article is about, for a bare "the promontory" with no place in reach.

    Far from any name, a definite place noun under a hold noun or a land frame ("considers the promontory
    part of Y") takes up the territory the article has named most often so far (the discourse topic;
    Grosz, Joshi & Weinstein 1995), the later one on a tie. Only names read as territories count, never
    a holder.

    Args:
        ix: the document index.
        o: the description's head noun.
        holders: the stance's holders.

    Returns:
        One territory reference, or an empty list.
    """
    taken = {h.kb_id or h.text for h in holders}
    score: dict[str, list] = {}
    for ent in ix.ents_in(0, o.i):
        m = ix.ent_mention(ent)
        if m is None or m.label != "TERRITORY" or (m.kb_id or m.text) in taken:
            continue
        rec = score.setdefault(m.kb_id or m.text, [0, 0, m])
        rec[0] += 1
        rec[1] = ent.start
    if not score:
        return []
    name, rec = max(score.items(), key=lambda kv: (kv[1][0], kv[1][1]))
    return [TerritoryRef(mention=rec[2], name=name)]


#: directions a place is located by: "east of X", "north-west of Y"
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})


#: sites whose ground can be held, besides the geographic nouns: "sovereignty over the temple"
HELD_SITE_NOUNS = frozenset({"temple", "monastery", "shrine", "fort", "fortress", "lighthouse", "enclave", "mosque",
                             "pagoda", "monument"})


def _held_antecedent(ix: _Index, o, holders: list) -> list[TerritoryRef]:
    """The place a held "it" or "the islet" refers back to when no territory or like-named place is in reach.

    Under a hold noun ("sovereignty over it", "claim to the islet") the referent is a piece of land, so the
    salient place of this and the two sentences before is taken (after Lappin & Leass 1994: mentions counted,
    halved for each sentence back): a place the gazetteer does not list before a listed one (an obscure rock
    is the story's subject, a known region only its setting), never a country, a capital (it stands for its
    state) or a holder.

    Args:
        ix: the document index.
        o: the pronoun or the description's head noun.
        holders: the stance's holders.

    Returns:
        One territory reference, or an empty list.
    """
    if not ix.sents:
        return []
    here = ix.sent_no(o.i)
    floor = ix.sents[max(here - 2, 0)].start
    taken = {h.kb_id or h.text for h in holders}
    score: dict[str, list] = {}
    for ent in ix.ents_in(floor, min(t.i for t in o.subtree)):  # (not "Caribbean" of "the Caribbean island")
        place_closed = ent.label_ in {"PERSON", "ORG"} and len(ent) > 1 and ent[-1].text[:1].isupper() and \
            ent[-1].lower_ in GEO_NOUNS | HELD_SITE_NOUNS  # ("the X Temple" misread as a person)
        if ent.label_ not in {"GPE", "LOC", "FAC", "PLACE", "TERRITORY"} and not place_closed and \
                not _seized_name(ix, ent):
            continue
        if ent.root.dep_ == "appos" and ent.root.head.lower_ in OFFICE_TITLES or \
                ent.root.dep_ == "compound" and ent.root.head.i == ent.end and ent.root.head.dep_ == "appos" and \
                ent.root.head.head.lower_ in OFFICE_TITLES:
            continue  # "A's foreign minister, X (Y), said ...": a person whatever the NER read
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ != "of" and \
                ent.root.head.head.lemma_.lower() == o.lemma_.lower():
            continue  # "a reef off X", then "the reef": X is where the reef lies, not the reef ("the temple of X" is X)
        m = ix.ent_mention(ent)
        if m is not None and m.label in {"PERSON", "ORG"}:
            m = _replace(m, label="TERRITORY", kb_id="")
        if m is None or m.label == "COUNTRY" or (m.kb_id or m.text) in taken or \
                fold(m.kb_id or m.text) in ix.gaz.capitals or \
                getattr(ix.country_mention(ent.root), "label", "") == "COUNTRY":
            continue
        rec = score.setdefault(m.kb_id or m.text, [0.0, -ent.start, m])
        rec[0] += 0.5 ** max(here - ix.sent_no(ent.start), 0)
    if not score:
        # "the X Ta Y Temple ... . a claim to the area around the shrine": a site's name the NER missed, closed by
        # a capitalised noun of the same kind as the description's
        kind = HELD_SITE_NOUNS if o.lower_ in HELD_SITE_NOUNS else GEO_NOUNS
        k = min(t.i for t in o.subtree) - 1
        while k >= floor:
            if ix.doc[k].text[:1].isupper() and ix.doc[k].lower_ in kind and ix.ent_at[k] is None:
                a = k
                while a - 1 >= floor and ix.doc[a - 1].pos_ == "PROPN" and ix.doc[a - 1].text[:1].isupper() and \
                        ix.ent_at[a - 1] is None:
                    a -= 1
                if a < k:  # (two words at least: a name, not a capitalised noun opening a sentence)
                    return [TerritoryRef(mention=None, name=ix.doc[a:k + 1].text)]
            k -= 1
        return []
    name, rec = max(score.items(), key=lambda kv: (not kv[1][2].kb_id or kv[1][2].label == "TERRITORY",
                                                    kv[1][0], kv[1][1]))
    return [TerritoryRef(mention=_replace(rec[2], label="TERRITORY"), name=name)]


#: verbs whose object is ground: "seized X", "placed X in Y" (a name there is a place, whatever the NER read)
GROUND_TAKING_VERBS = frozenset({"seize", "occupy", "capture", "annex", "administer", "place", "cede", "invade",
                                 "retake", "recapture", "patrol", "fortify", "garrison"})


def _seized_name(ix: _Index, ent) -> bool:
    """Whether a short name the NER read as a person or body is the object of a verb that takes ground.

    Args:
        ix: the document index.
        ent: the entity span.

    Returns:
        True for a one-word PERSON name or an ORG name of at most two words, the direct object of a
        verb of GROUND_TAKING_VERBS.
    """
    if ent.label_ not in {"PERSON", "ORG"} or len(ent) > (1 if ent.label_ == "PERSON" else 2) or \
            ent.root.dep_ not in {"dobj", "obj"}:
        return False  # (a two-word person name is a person: "seized Tom X" is a kidnapping)
    return ent.root.head.lemma_.lower() in GROUND_TAKING_VERBS


def _described_by_region(ix: _Index, o, proper: list) -> bool:
    """Tell whether a singular place noun is only described by the sea or region it lies in ("the Pacific atoll").

    Args:
        ix: the document index.
        o: the place noun.
        proper: the proper words of its phrase.

    Returns:
        True when there are some and all are gazetteer places that are neither countries nor territories
        ("Pacific", "Sahel").
    """
    return o.tag_ == "NN" and bool(proper) and all(
        (entry := ix.gaz.lookup(t.text)) is not None and entry.cls == "Place" and not entry.country for t in proper)


def _placelike_org(ent) -> bool:
    """Whether an ORG-labelled name could as well name a place: two or more capitalised words, none of
    them a body word ("Council", "Party", "Institute") and no acronym.

    Only called on the object of a hold noun ("sovereignty over ..."), where the name is the land.

    Args:
        ent: the entity span.

    Returns:
        True when nothing in the name marks a body.
    """
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or not words[0].is_title:
        return False
    return not any(t.lower_ in ORG_WORDS | BODY_WORDS or (t.is_upper and len(t) > 1) for t in words)


def _coordinated_with_place(ix: _Index, o) -> bool:
    """Whether an ORG-tagged one-word name is coordinated with a place name: "A and B" with B a place.

    The items of a list are of one kind, so a title-case single word with no body word in a list of
    places is a place too (used on the objects of hold and transfer nouns only).

    Args:
        ix: the document index.
        o: the head token of the ORG-tagged name.

    Returns:
        True when a conjunct of ``o`` is tagged as a place, country or territory.
    """
    if not o.is_title or o.lower_ in ORG_WORDS | BODY_WORDS:
        return False
    for c in o.conjuncts:
        ent = ix.ent_at[c.i]
        if ent is not None and ent.label_ in {"GPE", "LOC", "PLACE", "TERRITORY", "COUNTRY"}:
            return True
    return False


def _included_after(ix: _Index, o) -> list:
    """The names an absolute "X included" phrase adds to a land noun: "sovereignty over all
    its islands, A and B included" (the parser makes the names the subject of "included").

    Args:
        ix: the document index.
        o: the land noun ("islands", "territory").

    Returns:
        The head tokens of the names listed, or an empty list.
    """
    doc = ix.doc
    k = o.right_edge.i + 1
    sent = ix.sent_at[o.i]
    if sent is None or k >= sent.end or doc[k].text != ",":
        return []
    heads = []
    k += 1
    while k < sent.end:
        ent = ix.ent_at[k]
        if ent is not None and ent.label_ in {"TERRITORY", "GPE", "LOC", "PLACE"}:
            heads.append(ent.root)
            k = ent.end
        elif doc[k].lower_ in {"and", ","} and heads:
            k += 1
        else:
            break
    return heads if heads and k < sent.end and doc[k].lower_ == "included" else []


def _hold_possessor(ix: _Index, o) -> TerritoryRef | None:
    """The possessor of the hold noun above ``o``: "Belize's" in "Belize's sovereignty over its territory"."""
    cur = o
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in HOLD_NOUNS and cur.pos_ in {"NOUN", "PROPN"}:
            # "A's sovereignty", "Greek sovereignty", "the sovereignty of A"
            owners = [c for c in cur.children if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.i < cur.i)]
            owners += [p for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            for c in owners:
                m = ix.country_mention(c)
                if m is not None and m.kb_id:
                    return TerritoryRef(mention=m, name=m.kb_id)
            return None
    return None


def _named_like(ix: _Index, o) -> TerritoryRef | None:
    """"the island" after "the tiny X Island": the last place named with the same head noun.

    A place an apposition describes with the noun counts too ("X, the remote
    atoll ..." for "the atoll").  Looks back over this and the two sentences before; the word must match
    exactly ("island" is not "Islands").  Of several such places the more
    salient one wins: each mention counts, halved for every sentence back.

    Args:
        ix: the document index.
        o: the head of a bare definite description.

    Returns:
        The place as a territory reference, or None.
    """
    floor = ix.sents[max(ix.sent_no(o.i) - 2, 0)].start if ix.sents else 0
    word = o.lower_
    here = ix.sent_no(o.i)
    score: dict[str, list] = {}
    for ent in ix.ents_in(0, o.i):
        # "X Island, the remote atoll ...,": the noun in apposition to the name (on any of its words)
        apposed = any(c.dep_ == "appos" and c.i < o.i and (c.lower_ == word or any(  # ("a cluster of shoals")
            p.lower_ == word for k in c.children if k.dep_ == "prep" and k.lower_ == "of" for p in k.children
            if p.dep_ == "pobj")) for t in ent for c in t.children)
        if ent.label_ in {"GPE", "LOC", "FAC", "PLACE", "TERRITORY"} and (
                word in {w.lower() for w in ent.text.split()} or apposed or
                (_noun_after_name(ix.doc, ent.end, word) and ent.start < o.left_edge.i)) or \
                ent.label_ in {"PERSON", "ORG"} and word in GEO_NOUNS and (
                    len(ent) > 1 and ent[-1].lower_ == word or apposed):
            # ("X Lough" misread as a person: its own place noun closes the name; "X, a reef ...": a place)
            m = ix.ent_mention(ent)
            if m is not None and m.label in {"PERSON", "ORG"}:
                m = Mention(m.article, m.start, m.end, m.text, "TERRITORY", "")
            if m is not None:
                rec = score.setdefault(m.kb_id or m.text, [0.0, 0, m, False])
                rec[0] += 0.5 ** max(here - ix.sent_no(ent.start), 0)
                rec[1] = ent.start
                rec[3] = rec[3] or ent.label_ in {"LOC", "TERRITORY"} or ent[-1].lower_ == word  # ("X Passage")
    # several "X Island"s in reach: the more salient one (repeated, recent; Lappin & Leass 1994);
    # further back only a land or water feature the article is about: "Lake X" ... "the lake"
    here_start = ix.sents[here].start if ix.sents else 0
    near = [(name, rec) for name, rec in score.items() if rec[1] >= here_start] or \
        [(name, rec) for name, rec in score.items() if rec[1] >= floor] or \
        [(name, rec) for name, rec in score.items() if rec[3]]  # (the sentence's own place first: recency)
    if not near:
        return None
    name, rec = max(near, key=lambda kv: (kv[1][0], kv[1][1]))
    return TerritoryRef(mention=rec[2], name=name)


def _noun_after_name(doc, end: int, word: str) -> bool:
    """Whether a name ending at ``end`` is followed by the place noun ``word``, at most one
    lower-case word between: "the X gas field", "the X zone" (the NER leaves the noun out).

    Args:
        doc: the Doc.
        end: the end index of the name.
        word: the lower-case place noun.

    Returns:
        True when ``doc[end]`` or ``doc[end + 1]`` (after a lower-case noun or adjective) is ``word``.
    """
    for k in (end, end + 1):
        if k >= len(doc) or (k > end and not (doc[end].is_lower and doc[end].pos_ in {"NOUN", "ADJ"})):
            return False
        if doc[k].lower_ == word:
            return True
    return False


def _apposed_group(ix: _Index, o, k: int | None) -> list[TerritoryRef]:
    """The names a plural place noun was set in apposition to: "A and B, two islands at ...", then "both islands".

    The apposition says what the names are, whatever the NER made of them (a rare island name read as a
    person); looks back over this and the sentence before.

    Args:
        ix: the document index.
        o: the counted description's head ("islands" of "both islands").
        k: how many places the determiner counts (None: any number).

    Returns:
        The named places as territory references (never a country), or an empty list.
    """
    k0 = ix.sent_no(o.i)
    floor = ix.sents[k0 - 1].start if k0 > 0 else 0
    doc = ix.doc
    for a in reversed(doc[floor:o.i]):
        if a.lemma_.lower() != o.lemma_.lower() or a.i == o.i:
            continue
        firsts = [a.head] if a.dep_ == "appos" else []
        if a.i >= 3 and doc[a.i - 2].text == "," and any(c.dep_ == "nummod" and c.i == a.i - 1 for c in a.children):
            last = doc[a.i - 3]  # "A and B, two islands at ...": the names right before the comma, however parsed
            while last.dep_ == "conj" and last.head.i < last.i:
                last = last.head
            firsts.append(last)
        groups = [[f] + [c for c in f.conjuncts if c.pos_ == "PROPN"] for f in firsts if f.pos_ == "PROPN"]
        names = next((g for g in groups if len(g) >= 2 and (k is None or len(g) == k)), None)
        if names is None:
            continue
        out: list[TerritoryRef] = []
        for n in sorted(names, key=lambda t: t.i):
            ent = ix.ent_at[n.i]
            m = ix.ent_mention(ent) if ent is not None else None
            if m is None or m.label == "COUNTRY":
                return []
            if m.label != "TERRITORY":
                m = _replace(m, label="TERRITORY", kb_id=m.kb_id if m.label in {"GPE", "PLACE", "LOC"} else "")
            out.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
        return out
    return []


def _recent_places(ix: _Index, before: int, k: int) -> list[TerritoryRef]:
    """The last ``k`` places (not countries) named in this or the previous sentence before ``before``."""
    k0 = ix.sent_no(before)
    floor = ix.sents[k0 - 1].start if k0 > 0 else 0
    out: list[TerritoryRef] = []
    for ent in reversed(ix.ents_in(floor, before)):
        if ent.label_ not in {"GPE", "LOC", "PLACE", "TERRITORY"}:
            continue
        m = ix.ent_mention(ent)
        if m is None or m.label == "COUNTRY" or any((r.mention.kb_id or r.mention.text) == (m.kb_id or m.text)
                                                    for r in out if r.mention is not None):
            continue
        out.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
        if len(out) == k:
            return out[::-1]
    return []


#: how far back (in characters) a bare refusal of recognition looks for the land it is about
BARE_REFUSAL_REACH = 600


def _last_territory(ix: _Index, before: int, statehood: bool = False) -> TerritoryRef | None:
    """The territory named last before token ``before`` (gazetteer territories only).

    Args:
        ix: the document index.
        before: the referring token's index.
        statehood: for a bare "withdrew recognition": recognition is of a state, so a land in reach whose
            statehood is at stake (a declared state, a "Republic / Kingdom of X") goes before a later one that
            is only disputed.

    Returns:
        The territory, or None.
    """
    if statehood and before < len(ix.doc):
        floor = ix.doc[before].idx - 3 * BARE_REFUSAL_REACH  # (the story's would-be state, named a while back)
        for ent in reversed(ix.ents_in(0, before)):
            if ent.label_ != "TERRITORY" or ent.start_char < floor:
                continue
            m = ix.ent_mention(ent)
            if m is not None and _statehood_land(ix, m):
                return TerritoryRef(mention=m, name=m.kb_id or m.text)
    for ent in reversed(ix.ents_in(0, before)):
        if ent.label_ == "TERRITORY":
            m = ix.ent_mention(ent)
            if m is not None:
                return TerritoryRef(mention=m, name=m.kb_id or m.text)
    return None


def _statehood_land(ix: _Index, m: Mention) -> bool:
    """Whether a territory's statehood is at stake: a declared state, or a name such as "the Republic of X"."""
    return (m.kb_id or m.text) in ix.gaz.declared_states or bool(
        {w.lower() for w in m.text.split()} & STATEHOOD_NAME_WORDS)


def _annexed_part_of(ix: _Index, region: list, memory: dict, holders: list) -> list[TerritoryRef]:
    """"recognise X as part of Y" where the article has already said Y annexed X."""
    annexed = memory.get("annexed") or {}
    if not annexed:
        return []
    part = _part_of_tok(region)
    owner = _owner_of(ix, part)[0] if part is not None else None
    if owner is None or not owner.kb_id or any(h.kb_id == owner.kb_id for h in holders):
        return []
    named = [r for r in _territories_in(ix, region) if r.mention is not None and r.mention.start < owner.start]
    named = [r for r in named if annexed.get(r.name) == owner.kb_id]
    return named


def _denied_by_part_of(ix: _Index, region: list, memory: dict, terrs: list[TerritoryRef]) -> set[str]:
    """The lands "recognise X as part of Y" denies: another state's annexation of X.

    As for the verbs of regarding (:func:`_regard_territories`): where the
    article says a state other than Y annexed X, placing X in Y rejects that
    annexation.  (Placing a seceding land in its parent state accepts the
    parent's sovereignty: a positive stance, as the bench golds read it.)

    Args:
        ix: the document index.
        region: the cue's object tokens.
        memory: the article's stance memory.
        terrs: the territories found in the region.

    Returns:
        The names of the territories whose stance is flipped.
    """
    part = _part_of_tok(region)
    owner = _owner_of(ix, part)[0] if part is not None else None
    if owner is None or not owner.kb_id:
        return set()
    annexed = memory.get("annexed") or {}
    return {r.name for r in terrs if r.mention is not None and r.mention.start < owner.start and r.name != owner.kb_id
            and annexed.get(r.name) not in {None, owner.kb_id}}


def _disputed_part_of(ix: _Index, region: list, holders: list) -> list[TerritoryRef]:
    """"recognise X as (an integral) part of Y" for a gazetteer territory X named before "part" (or an
    object pronoun standing for one: "recognise it as part of Y").

    Args:
        ix: the document index.
        region: the cue's object tokens.
        holders: the stance holders.

    Returns:
        The territories named before "part"/"integral"/"belonging", not the holders.
    """
    cut = next((t.i for t in region if t.lower_ in {"part", "parts", "integral", "belonging"}), None)
    if cut is None:
        return []
    taken = {h.kb_id or h.text for h in holders}
    before = [t for t in region if t.i < cut]
    refs = _territories_in(ix, before)
    if not refs:
        # "recognise it as part of Y": the territory the pronoun stands for
        refs = [r for t in before if t.lower_ in {"it", "them"} and t.tag_ == "PRP" and t.dep_ in {"dobj", "obj"}
                for r in _pronoun_territories(ix, t, holders, {})]
    return [r for r in refs if r.mention is not None and r.mention.label == "TERRITORY" and r.name not in taken]


def _described_part_of(ix: _Index, cue, region: list, memory: dict, holders: list) -> list[TerritoryRef]:
    """"does not recognise the isthmus as part of Y": a described place whose status is disputed.

    The object before "as part of" is read like the object of a hold noun
    (:func:`_held_place`): a bare definite place noun stands for the
    territory in focus, a described one ("the X peninsula") for itself.

    Args:
        ix: the document index.
        cue: the recognition cue.
        region: the cue's object tokens.
        memory: the article's stance memory.
        holders: the stance holders.

    Returns:
        The territories, or an empty list.
    """
    cut = next((t.i for t in region if t.lower_ in {"part", "parts", "integral", "belonging"}), None)
    if cut is None:
        return []
    objs = [c for c in cue.children if c.dep_ in {"dobj", "obj"} and c.i < cut]
    out: list[TerritoryRef] = []
    for o in objs:
        if o.lemma_.lower() not in GEO_NOUNS and o.lower_ not in GEO_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in FOCUS_DETERMINERS for c in o.children):
            continue
        proper = [t for t in o.subtree if t.i != o.i and t.i < cut and (t.pos_ == "PROPN" or ix.ent_at[t.i] is not None)]
        if proper:
            toks = [t for t in _np_tokens(o) if t.i < cut]
            name = _descriptive_name(toks)
            if len(name) > 3:
                out.append(TerritoryRef(mention=None, name=name))
            continue
        out += _salient_territories(ix, o.i, holders, 1)
    return out


def _remember_annexations(ix: _Index, sent, memory: dict) -> None:
    """"Y annexed X", "X was annexed by Y", "Y's annexation of X": X's annexer, for a later "X as part of Y"."""
    annexed = memory.setdefault("annexed", {})
    for t in sent:
        lem = t.lemma_.lower()
        annexer = None
        objs: list = []
        if (lem == "annex" or t.lower_ in {"annexed", "annexes"}) and \
                any(c.dep_ in {"dobj", "obj"} for c in t.children) and not any(c.dep_ == "neg" for c in t.children):
            subs = [c for c in t.children if c.dep_ == "nsubj"]
            annexer = (ix.country_mention(subs[0]) or ix.holder_mention(subs[0])) if subs else None
            objs = [u for c in t.children if c.dep_ in {"dobj", "obj"} for u in c.subtree]
        elif lem == "annex" and t.tag_ == "VBN" and not any(c.dep_ == "neg" for c in t.children):
            # the passive "X was annexed by Y"
            agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            annexer = ix.country_mention(agents[0]) if agents else None
            objs = [u for c in t.children if c.dep_ in {"nsubjpass", "nsubj:pass"} for u in c.subtree]
        elif lem == "annexation" and t.pos_ in {"NOUN", "PROPN"}:
            poss = [c for c in t.children if c.dep_ == "poss"]
            annexer = ix.country_mention(poss[0]) if poss else None
            objs = [u for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for u in c.subtree]
        elif t.lower_ in {"annexed", "annexes"} and 0 < t.i < len(ix.doc) - 1:
            # a broken parse ("Russia annexed Crimea" read as a noun phrase): the surface order
            annexer = ix.country_mention(ix.doc[t.i - 1], allow_demonym=False)
            objs = [ix.doc[t.i + 1]]
        if annexer is None or annexer.label != "COUNTRY" or not annexer.kb_id:
            continue
        for r in _territories_in(ix, objs):
            annexed[r.name] = annexer.kb_id


def _pair_territories(ix: _Index, pron, holders: list, memory: dict) -> list[TerritoryRef]:
    """The lands a bare "both" / "all" stands for: "Asked about A and B, she said Y considers both to be
    Z's": the last coordinated territory names earlier in the sentence or in the one before, else the
    previous stance's lands.

    Args:
        ix: the document index.
        pron: the "both" / "all" token.
        holders: the stance holders (never among the lands).
        memory: the article's stance memory.

    Returns:
        Two or more territory references, or an empty list.
    """
    taken = {h.kb_id or h.text for h in holders}
    sent = ix.sent_at[pron.i]
    if sent is not None:
        prev = ix.sent_at[sent.start - 1] if sent.start > 0 else None
        for k in range(pron.i - 1, (prev or sent).start - 1, -1):
            ent = ix.ent_at[k]
            if ent is None or ent.label_ != "TERRITORY" or ent.end - 1 != k:
                continue
            group = [ent.root, *ent.root.conjuncts]
            refs = [TerritoryRef(mention=m, name=m.kb_id or m.text) for g in sorted(group, key=lambda g: g.i)
                    for e in [ix.ent_at[g.i]] if e is not None and e.label_ in {"COUNTRY", "TERRITORY"}
                    for m in [ix.ent_mention(e)] if m is not None and (m.kb_id or m.text) not in taken]
            if len(refs) >= 2:
                return refs
            break
    last = list(memory.get("last_territories") or ())
    return last if len(last) >= 2 else []


def _pronoun_territories(ix: _Index, pron, holders: list, memory: dict) -> list[TerritoryRef]:
    """Territories an object pronoun stands for: a polity named earlier in the sentence
    (not a holder), else the previous stance's or sentence's territories."""
    sent = ix.sent_at[pron.i]
    taken = {h.kb_id or h.text for h in holders}
    if sent is not None:
        # a land before a state ("A recognises the X Zone claimed by Y, but B does not recognise it": the zone)
        for labels in ({"TERRITORY"}, {"COUNTRY"}):
            for k in range(pron.i - 1, sent.start - 1, -1):
                ent = ix.ent_at[k]
                if ent is None or ent.label_ not in labels:
                    continue
                m = ix.ent_mention(ent)
                if m is not None and (m.kb_id or m.text) not in taken:
                    return [TerritoryRef(mention=m, name=m.kb_id or m.text)]
    if pron.lower_ == "them" and sent is not None:
        for k in range(pron.i - 1, sent.start - 1, -1):
            t = ix.doc[k]
            if t.lower_ in GEO_NOUNS and t.lower_.endswith("s") and t.pos_ == "NOUN" and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                # "which claims the islands ..., disputes A's sovereignty over them"
                named = _named_like(ix, t)
                if named is not None and named.name not in taken:
                    return [named]
                break
    if pron.lower_ == "them" and memory.get("last_territories"):
        return list(memory["last_territories"])
    # the previous sentence's territory names
    if sent is not None and sent.start > 0:
        prev = ix.sent_at[sent.start - 1]
        if prev is not None:
            out = []
            for ent in ix.ents_in(prev.start, prev.end):
                if ent.label_ == "TERRITORY":
                    m = ix.ent_mention(ent)
                    if m is not None and (m.kb_id or m.text) not in taken:
                        out.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
            if out:
                return out[:1] if pron.lower_ == "it" else out
    return []


def _integrity_parts(o) -> list:
    """The lands named in "X's territorial integrity, including A and B": [A, B].

    Upholding a state's territorial integrity "including" a land upholds the state's hold
    on that land; without "including" it names no land but the state itself.

    Args:
        o: a token, the head of the object.

    Returns:
        The head tokens of the included names (empty for any other object).
    """
    if o.lemma_.lower() != "integrity" or not any(c.lower_ == "territorial" for c in o.children):
        return []
    parts = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "including"
             for p in c.children if p.dep_ == "pobj"]
    return parts + [k for p in parts for k in p.conjuncts]


def _is_status(o) -> bool:
    """"status" as a land's standing ("the region's constitutional status"), not "the status quo"."""
    return o.lemma_.lower() == "status" and not any(c.lower_ == "quo" for c in o.children) and \
        not (o.i + 1 < len(o.doc) and o.doc[o.i + 1].lower_ == "quo")


def _status_object(ix: _Index, cue) -> bool:
    """The cue's object is a polity, a status or a territory description.

    "acknowledged the problems facing Abkhazia" has an object ("problems")
    that is none of these, so the territory named inside it is no stance.
    """
    objs = [c for c in cue.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if _subject_is_object(cue):
        objs = [c for c in cue.head.children if c.dep_ == "nsubj"]
    if cue.lemma_.lower() in PREP_STATUS_VERBS:  # "stands with X's sovereignty over Y", "objects to ..."
        objs = [p for c in cue.children if c.dep_ == "prep" and c.lower_ in PREP_STATUS_VERBS[cue.lemma_.lower()]
                for p in c.children if p.dep_ == "pobj"] or objs  # ("opposes X's independence": the object)
    if cue.pos_ in {"NOUN", "PROPN"}:
        objs = [p for c in cue.children if c.dep_ == "prep" and c.lower_ in {"of", SUPPORT_NOUNS.get(cue.lemma_.lower())}
                for p in c.children if p.dep_ == "pobj"]
        # "A's recognition of X stands, ...": the clause's verb read as the object, the name as its modifier
        objs += [c for p in objs if p.pos_ == "VERB" for c in p.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if _misread_verb(cue) is not None:  # "Ruritania contests French sovereignty over X"
            objs = [c for c in cue.children if c.i > cue.i and c.lemma_.lower() in STATUS_NOUNS | STATUS_HOLD_NOUNS]
        if not objs and cue.dep_ in {"dobj", "obj"} and cue.head.lemma_.lower() in GRANT_VERBS:
            objs = [p for c in cue.head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj"]  # "extended recognition to X"
    if not objs and cue.pos_ in {"VERB", "AUX"} and (stolen := stolen_object(cue)) is not None:
        objs = [stolen]  # "has never accepted, nor will it, Y's rule over X, A, a minister, said"
    if not objs:
        # no nominal object: a clause ("acknowledged that Kosovo had ...") is no stance; a
        # misparse still counts when a polity name follows the cue directly
        clauses = [c for c in cue.children if c.dep_ in {"ccomp", "csubj"}]
        if clauses:
            # only a free relative ("recognise what he called quasi-states") names an object; so does a
            # polity the parser made the subject of an inverted copula ("Among the states that do not
            # recognise X are A and B": "X are A" read as a clause)
            if any(_ruled_out(c) and any(g.dep_ == "nsubj" and g.i == cue.i + 1 and ix.ent_at[g.i] is not None
                                         and ix.ent_at[g.i].label_ == "TERRITORY" for g in c.children)
                   for c in clauses):
                return True  # "said recognising X was out of the question": X read as the clause's subject
            return any(g.lower_ in {"what", "whatever"} for c in clauses for g in c.children) or any(
                c.lemma_ == "be" and not any(g.dep_ == "mark" for g in c.children) and any(
                    g.dep_ == "nsubj" and g.i == cue.i + 1 and ix.ent_at[g.i] is not None and
                    ix.ent_at[g.i].label_ == "TERRITORY" for g in c.children) and any(
                    g.dep_ == "attr" and ix.ent_at[g.i] is not None and ix.ent_at[g.i].label_ == "COUNTRY"
                    for g in c.children) for c in clauses)
        doc = ix.doc
        k = cue.i + 1
        while k < len(doc) and (doc[k].pos_ in {"ADV", "DET", "PART"} or doc[k].is_punct):
            k += 1
        ent = ix.ent_at[k] if k < len(doc) else None
        return ent is not None and ent.label_ in {"TERRITORY", "COUNTRY", "GPE"}
    for o in objs:
        ent = ix.ent_at[o.i]
        if ent is not None and ent.label_ in {"TERRITORY", "COUNTRY", "GPE"}:
            return True
        if _capital_state(ix, o) is not None and not _capital_frame(list(cue.subtree)):
            return True
        lem = o.lemma_.lower()
        if lem in STATUS_OBJECT_HEADS or o.lower_ in STATUS_OBJECT_HEADS or lem in DESCRIPTIVE_HEADS or _is_status(o) \
                or _named_map(o) \
                or _integrity_parts(o) or _legitimacy_of(o) or _idea_of_status(o) or _status_bid(o) or _land_right(o) \
                or (lem in HOLD_NOUNS and (lem != "title" or any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in o.children))) \
                or o.lower_ in {"what", "them", "it", "these", "those", "both", "all"} or lem in ANNEX_LEMMAS \
                or _state_share(ix, o):
            return True
        if any(t.lower_ in {"quasi", "quasi-state", "quasi-states"} for t in o.subtree):
            return True
        if lem == "award" and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children) or \
                _transfer_to_state(ix, o):
            return True  # "respects the court's award of X to Y" (not "the arbitral award"), "the transfer of X to Y"
        # "X's declaration of independence", "the proclamation of its statehood"
        if lem in DECLARATION_NOUNS and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in STATUS_NOUNS for p in c.children)
                for c in o.children):
            return True
    return False


def _demonym_named(ix: _Index, sent, tr: TerritoryRef) -> TerritoryRef:
    """The territory a described "<demonym> state" stands for: "recognition of a Palestinian state".

    As :func:`_demonym_status` does for a verb's object: a state or status
    noun led by the demonym of a gazetteer territory names that territory.

    Args:
        ix: the document index.
        sent: the sentence.
        tr: a territory reference.

    Returns:
        The territory's reference, or ``tr`` unchanged.
    """
    words = tr.name.split()
    heads = STATUS_NOUNS | {"state", "republic", "region", "authorities", "enclave", "entity"}
    if tr.mention is not None or not 2 <= len(words) <= 3 or words[-1].lower() not in heads or \
            any(w[:1].isupper() for w in words[:-2]):
        return tr  # ("the breakaway Abkhaz region": lower-case descriptions before the demonym)
    for t in sent:
        if t.text == words[-2] and t.i + 1 < sent.end and t.nbor().lower_ == words[-1].lower():
            country = ix.demonym_country(t)
            if country and ix._label_for(country) == "TERRITORY":
                m = ix.country_mention(t)
                if m is not None:
                    return TerritoryRef(mention=m, name=country)
    return tr


def _demonym_status(ix: _Index, cue) -> list[TerritoryRef]:
    """"recognised Palestinian statehood", "its recognition of the Sahrawi republic": a status noun led by a
    territory's demonym (the object of a verb, or of "of" after a recognition noun)."""
    out = []
    objs = [o for o in cue.children if o.dep_ in {"dobj", "obj"}]
    if cue.pos_ in {"NOUN", "PROPN"}:
        objs += [p for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
    return _demonym_lands(ix, objs)


def _demonym_lands(ix: _Index, nouns: list) -> list[TerritoryRef]:
    """The gazetteer territories whose demonym leads a status noun among ``nouns`` ("the Sahrawi republic").

    Args:
        ix: the document index.
        nouns: candidate head nouns.

    Returns:
        The territories, in order.
    """
    out = []
    for o in nouns:
        if o.lemma_.lower() not in STATUS_NOUNS | {
                "state", "republic", "declaration", "proclamation", "government", "authorities", "authority"}:
            continue
        for c in o.children:
            if c.dep_ in {"amod", "compound", "nmod"}:
                country = ix.demonym_country(c)
                if country and ix._label_for(country) == "TERRITORY":
                    m = ix.country_mention(c)
                    if m is not None:
                        out.append(TerritoryRef(mention=m, name=country))
                elif not country and c.dep_ in {"amod", "compound"}:
                    m = _territory_adjective(ix, c)  # "any X-ian authority": an adjective the gazetteer lacks
                    if m is not None:
                        out.append(TerritoryRef(mention=m, name=m.kb_id or m.text))
    return out


#: endings that make an adjective of a place name ("X-n", "X-an", "X-ian", "X-i", "X-ese")
PLACE_ADJECTIVE_ENDINGS = ("ian", "an", "n", "i", "ese")


def _territory_adjective(ix: _Index, adj) -> Mention | None:
    """The territory of the article an adjective is formed from: "Varnekian" from "Varnek".

    Args:
        ix: the document index.
        adj: a capitalised adjective token.

    Returns:
        The first TERRITORY mention whose name, with one of PLACE_ADJECTIVE_ENDINGS, spells the adjective.
    """
    if not adj.text[:1].isupper() or not adj.is_alpha:
        return None
    for ent in ix.doc.ents:
        if ent.label_ == "TERRITORY" and " " not in ent.text and any(
                adj.text == ent.text + e or adj.text == ent.text[:-1] + e for e in PLACE_ADJECTIVE_ENDINGS
                if len(ent.text) > 3):
            return ix.ent_mention(ent)
    return None


def _descriptive_heads(ix: _Index, region: list, direct: list) -> list:
    out = []
    for t in list(direct) + list(region):
        if t.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            continue
        lem = t.lemma_.lower()
        if lem in DESCRIPTIVE_HEADS or t.lower_ in DESCRIPTIVE_HEADS or lem.rstrip("s") in DESCRIPTIVE_HEADS or \
                t.lower_.rstrip("s") in {"entitie", "territorie"}:
            if t.dep_ in {"amod", "compound"} and t.head in region:
                continue
            if t not in out:
                out.append(t)
    return out


def _same_applies(ix: _Index, sent, cue, have: set) -> list[TerritoryRef]:
    out = []
    toks = [t for t in sent if t.i > cue.i]
    for k, t in enumerate(toks):
        if t.lower_ != "same":
            continue
        window = toks[k + 1:k + 5]
        if any(u.lemma_ in {"apply", "go", "hold", "be", "true"} for u in window) and \
                any(u.lower_ in {"to", "for"} for u in window):
            for u in toks[k + 1:]:
                ent = ix.ent_at[u.i]
                if ent is not None and ent.label_ == "TERRITORY" and (ent.ent_id_ or ent.text) not in have:
                    m = ix.ent_mention(ent)
                    if m is not None:
                        have.add(ent.ent_id_ or ent.text)
                        out.append(TerritoryRef(mention=m, name=ent.ent_id_ or m.text))
            break
    return out


def _quasi_framing(ix: _Index, sent, quasi: list, memory: dict) -> Iterator[Stance]:
    """"X dismissed Abkhazia as a quasi-state": the speaker does not recognise it."""
    for q in quasi:
        head = q
        while head.dep_ in {"amod", "compound", "punct"} and head.head.i != head.i:
            head = head.head
        verb = head
        steps = 0
        while verb.pos_ not in {"VERB"} and verb.head.i != verb.i and steps < 5:
            verb = verb.head
            steps += 1
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"call", "describe", "dismiss", "label", "brand",
                                                              "term", "deem", "consider", "regard", "view",
                                                              "treat", "denounce", "refer"}:
            continue
        holder_tok, pol, _ = _climb(ix, verb)
        if holder_tok is None or pol.blocked:
            continue
        holder = ix.holder_mention(holder_tok)
        if holder is None or holder.label not in {"COUNTRY", "TERRITORY", "PERSON"}:
            continue
        region = [t for t in verb.subtree if t.i > verb.i]
        terrs = _territories_in(ix, region)
        if not terrs:
            toks = _np_tokens(head)
            name = _descriptive_name(toks)
            if name:
                terrs = [TerritoryRef(mention=None, name=name)]
        doc = ix.doc
        q_end = q.i + 2 if q.i + 2 < len(doc) and doc[q.i + 1].text in {"-", "‐"} else q.i
        cue = f"{verb.text} … {doc[q.i:q_end + 1].text}" if q.i > verb.i + 1 else doc[verb.i:q_end + 1].text
        for tr in terrs:
            yield Stance(holder=holder, territory=tr, stance="doesNotRecognise", cue=cue, evidence=ix.evidence(q))


# --------------------------------------------------------------------------- relations

def extract_relations(doc, article: Article) -> Iterator[Relation]:
    """Yield binary relations between named things in the article.

    Kinds and patterns (ACE 2005-style relation frames):

    * spouse - "X, who is married to Y", "X married Y", "X's wife/husband, Y",
      "Y is the wife of X";
    * sharesBorderWith - "X shares a border with Y", "X and Y share a border",
      "X borders Y", "X's border with Y", "X, whose only land border is with Y";
    * invaded - "X's invasion of Y", "the DEMONYM invasion of Y", "X invaded Y";
      without "of Y" the object of an earlier invasion by the same country;
    * memberOf - "Turkey, a NATO member", "NATO member Turkey", "X is a member of
      Y" (also coordinated: "X is A and has been a member of Y", or in a relative
      clause), "X joined Y", "a member of the council of the Y party", "Name, of
      the Y Party,", "Name, who leads the Y party";
    * locatedIn - "Almaty, Kazakhstan's largest city", "Uralsk, in northern
      Kazakhstan", "the Kazakh capital Nur-Sultan", "the Kyiv-based Center",
      "the Indian state of X",
      and a gazetteer city with its country named in the same sentence;
    * annexed / claims - "X's annexation of Y", "X annexed Y", "X claims Y",
      "X's claim to Y" (descriptive objects go to ``object_name``).

    Args:
        doc: the spaCy Doc of ``article.text`` (from ``load_nlp()``).
        article: the article the doc was made from.

    Returns:
        An iterator of :class:`Relation`.

    Raises:
        Nothing: odd input yields fewer facts.
    """
    try:
        ix = _index(doc, article)
    except Exception as exc:
        log.debug("relations: %s", exc)
        return
    seen: set = set()

    def key(r: Relation):
        o = (r.object.start, r.object.kb_id or r.object.text) if r.object else None
        return (r.kind, r.subject.kb_id or r.subject.text, o[1] if o else r.object_name, r.evidence.start)

    producers = (_appositive_relations, _spouse_relations, _couple_relations, _role_spouse_relations,
                 _pronoun_spouse_apposed, _whose_spouse,
                 _border_relations, _surface_borders, _whose_borders, _invasion_relations,
                 _member_relations, _members_are, _clause_members, _fronted_members, _copula_members,
                 _bloc_ties, _party_ties, _kind_of_places, _party_affiliations,
                 _appositive_parties, _premod_parties, _border_is_with, _border_contacts, _neighbour_borders,
                 _located_relations, _state_of_places, _group_places, _dateline_places, _of_party_acronym,
                 _annex_relations, _party_post_members, _comprised_places, _sits_with_members, _states_sit_in,
                 _seat_members,
                 _seat_from_party,
                 _banner_parties, _belong_to_which, _like_rest_members, _partners_in_members,
                 _situated_places, _named_sites, _pair_borders, _member_lists, _where_such_as_places,
                 _couple_apposed, _their_border_pairs, _party_home_tags, _surface_relation_frames,
                 _grouping_members, _possessive_party_seats)
    members: list[Relation] = []
    for prod in (*producers, lambda ix: _so_is_members(ix, members), lambda ix: _bare_members(ix, members)):
        try:
            found = list(prod(ix))
        except Exception as exc:  # keep the extractor total on odd parses
            log.debug("relations %s: %s", getattr(prod, "__name__", "so-is"), exc)
            continue
        members.extend(r for r in found if r.kind == "memberOf")
        for r in found:
            if r.subject is None:
                continue
            if r.kind == "spouse" and r.object is not None:
                r = _spouse_full_names(ix, r)
            if r.object is not None and r.kind != "spouse" and (
                    r.object.kb_id and r.object.kb_id == r.subject.kb_id or
                    r.object.start == r.subject.start):
                continue
            k = key(r)
            if k in seen:
                continue
            seen.add(k)
            yield r


def _spouse_full_names(ix: _Index, r: Relation) -> Relation:
    """A spouse read as a bare surname given the full name it stands for: "Osten" -> "Marek Osten Lind".

    Heuristic (news style): after the first full mention a person is called by one surname; with
    two surnames (Spanish and Portuguese usage) the one kept is the first, so the short name
    need not be the last word.  The short name is widened to the only earlier person whose name
    has it after the first word, other than the partner.

    Args:
        ix: the document index.
        r: a spouse relation.

    Returns:
        The relation, with a widened party when one is found.
    """
    def widen(m: Mention, other: Mention) -> Mention:
        if " " in m.text.strip() or m.label != "PERSON":
            return m
        found = {}
        for s, e in ix.persons:
            span = ix.doc[s:e]
            if span.start_char >= m.start or span.text == other.text or len(span) < 2:
                continue
            if m.text in [w.text for w in span[1:]]:
                found[span.text] = (s, e)
        if not found and " " in other.text.strip():
            # "Petar Varga ... with his wife, Ana," and "Ana Varga" later: a given name with the partner's
            # surname names the same person (the wife or husband named by first name only)
            last = other.text.split()[-1]
            for s, e in ix.persons:
                span = ix.doc[s:e]
                if len(span) >= 2 and span[0].text == m.text and span[-1].text == last and span.text != other.text:
                    found[span.text] = (s, e)
        if len(found) != 1:
            return m
        s, e = next(iter(found.values()))
        return ix.mention(s, e, "PERSON") or m

    subj, obj = widen(r.subject, r.object), widen(r.object, r.subject)
    if subj is r.subject and obj is r.object:
        return r
    return Relation(subject=subj, object=obj, kind=r.kind, evidence=r.evidence, object_name=r.object_name)


def _party_post_members(ix: _Index) -> Iterator[Relation]:
    """A current post in a political party makes its holder a member: "the Liberal
    Democrats' group leader", "the National Party (NP) area representative".

    Args:
        ix: the document index.

    Yields:
        memberOf relations from the person to the party.
    """
    for p in extract_positions(ix.doc, ix.article):
        # "the leader of the Conservative group on X Council": a party's short name before "group"
        nick = p.org is not None and p.org.text.lower() in PARTY_NICKNAMES and p.org.text[:1].isupper() and \
            (p.org_name or "").lower() in {f"{p.org.text.lower()} {w}" for w in ("group", "caucus")}
        if not p.former and p.org is not None and (nick or _is_party(ix, p.org)) and " for " not in p.org.text and \
                p.title.split()[-1:] != ["member"]:  # (memberships have their own readers)
            org = p.org
            words = org.text.lower().split() if org.start >= 0 else []
            side = words[0] if words else ""
            if side in PARTY_SIDE_WORDS and len(words) >= 3 and words[-1] in PARTY_WORDS:
                # "Opposition Green Party parliamentarian X": the party's side in the chamber opens the run
                org = Mention(org.article, org.start + len(side) + 1, org.end, org.text[len(side) + 1:], "ORG",
                              "" if org.kb_id.lower().startswith(side) else org.kb_id)
            if org.text.endswith(" party") and org.start >= 0:
                # "the Liberty and Renewal party": the name without the common noun
                org = Mention(org.article, org.start, org.end - len(" party"), org.text[:-len(" party")], "ORG",
                              org.kb_id)
            yield Relation(subject=p.person, object=org, kind="memberOf", evidence=p.evidence)


# the chambers a group "sits" in: "sits with the X Party in the National Assembly"
CHAMBER_WORDS = frozenset({"parliament", "assembly", "council", "house", "chamber", "senate", "congress",
                           "legislature", "representatives", "commons", "lords", "majlis", "duma"})


def _sits_with_members(ix: _Index) -> Iterator[Relation]:
    """"Name, who sits with the X Society in the Council of Representatives": a lawmaker
    belongs to the group he sits with in a chamber.

    Args:
        ix: the document index.

    Yields:
        memberOf relations from the person to the group.
    """
    for t in ix.doc:
        if t.lemma_.lower() != "sit" or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        preps = {c.lower_: c for c in t.children if c.dep_ == "prep"}
        if "with" not in preps:
            continue
        # "in the Council" hangs on the verb or on the group
        ins = [preps["in"]] if "in" in preps else [c for p in preps["with"].children if p.dep_ == "pobj"
                                                    for c in p.children if c.dep_ == "prep" and c.lower_ == "in"]
        if not ins:
            continue
        chamber = [p for p in ins[0].children if p.dep_ == "pobj"]
        if not chamber or not any(w.lower_ in CHAMBER_WORDS for w in chamber[0].subtree):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if (not subj or subj[0].lower_ in REL_PRONOUNS) and t.dep_ == "relcl":
            subj = [t.head]
        span = ix.person_at.get(subj[0].i) if subj else None
        group = next((ix.ent_at[p.i] for p in preps["with"].children if p.dep_ == "pobj"), None)
        if span is None or group is None or group.label_ != "ORG":
            continue
        org = ix.ent_mention(group)
        if org is not None:
            yield Relation(subject=ix.mention(span[0], span[1], "PERSON"), object=org, kind="memberOf",
                           evidence=ix.evidence(t))


def _states_sit_in(ix: _Index) -> Iterator[Relation]:
    """"A and B sit (together) with C and D in / on the X Commission": every state named as
    sitting in a body, and those it sits with, are its members (ACE 2005 membership frames).

    Args:
        ix: the document index.

    Yields:
        memberOf relations from each country to the organisation.
    """
    for t in ix.doc:
        if t.lemma_.lower() != "sit" or t.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ == "neg" or c.lower_ in NEG_WORDS for c in t.children):
            continue
        preps = [c for c in t.children if c.dep_ == "prep"]
        withs = [p for c in preps if c.lower_ == "with" for q in c.children if q.dep_ == "pobj"
                 for p in q.subtree if _list_path(p, q)]  # ("with A, the B and C": B apposed to A)
        # "in the Commission" hangs on the verb or on the last state "with" names
        ins = [c for c in preps if c.lower_ in {"in", "on"}] + [
            c for w in withs for c in w.children if c.dep_ == "prep" and c.lower_ in {"in", "on"}]
        bodies = [q for c in ins for q in c.children if q.dep_ == "pobj"]
        ent = ix.ent_at[bodies[0].i] if bodies else None
        if ent is None or ent.label_ != "ORG" or ix.country_mention(bodies[0], allow_demonym=False) is not None:
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        states = _countries_in(ix, [x for c in subj for x in (c, *c.conjuncts)])
        if not states:
            continue
        states += _countries_in(ix, withs)
        org = ix.ent_mention(ent)
        if org is None:
            continue
        for m in states:
            yield Relation(subject=m, object=org, kind="memberOf", evidence=ix.evidence(t))


def _seat_members(ix: _Index) -> Iterator[Relation]:
    """A lawmaker's chamber and party from the verb of the seat.

    - "X, who sits in the National Assembly (for Y)", "X serves in the Senate": the chamber
      (a name with a chamber word, or any body when a constituency follows with "for");
    - "X has represented Y in the Z": a body one represents a constituency in is a
      legislature, whatever its name;
    - "... as a member of the P": the party too.

    Args:
        ix: the document index.

    Yields:
        memberOf relations from the person to the chamber and the party.
    """
    for t in ix.doc:
        lem = t.lemma_.lower()
        if lem not in {"sit", "serve", "represent"} or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if (not subj or subj[0].lower_ in REL_PRONOUNS) and t.dep_ == "relcl":
            subj = [t.head]
        span = ix.person_at.get(subj[0].i) if subj else None
        if span is None:
            continue
        preps = [c for c in t.children if c.dep_ == "prep"]
        seat = any(c.lower_ == "for" and any(p.dep_ == "pobj" and p.text[:1].isupper() for p in c.children)
                   for c in preps) or (
            lem == "represent" and any(c.dep_ in {"dobj", "obj"} for c in t.children))
        bodies = []
        for c in preps:
            if c.lower_ == "in":
                for p in c.children:
                    ent = ix.ent_at[p.i] if p.dep_ == "pobj" else None
                    if ent is not None and ent.label_ == "ORG" and (
                            seat or any(w.lower_ in CHAMBER_WORDS for w in ent)):
                        bodies.append(ent)
            elif c.lower_ == "as" and bodies:
                bodies += [ent for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "member"
                           for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                           for o in q.children if o.dep_ == "pobj"
                           for ent in [ix.ent_at[o.i]] if ent is not None and ent.label_ == "ORG"]
        person = ix.mention(span[0], span[1], "PERSON")
        for ent in bodies:
            om = ix.ent_mention(ent)
            if om is not None:
                yield Relation(subject=person, object=om, kind="memberOf", evidence=ix.evidence(t))


# a place that "takes in" or "includes" others contains them
COMPRISE_VERBS = frozenset({"include", "comprise", "encompass", "cover", "span"})


def _comprised_places(ix: _Index) -> Iterator[Relation]:
    """"The borough also takes in A, B and C", "X includes the towns of A and B": places a
    named place contains are located in it.

    The subject must be a place or region (not a country: a country "includes" members
    and provinces alike), and only places, never countries, count as its parts.

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from each part to the containing place.
    """
    for t in ix.doc:
        lem = t.lemma_.lower()
        taken_in = lem == "take" and any(c.dep_ in {"prt", "prep"} and c.lower_ == "in" and c.i == t.i + 1
                                         for c in t.children)
        if t.pos_ != "VERB" or not (taken_in or lem in COMPRISE_VERBS) or any(c.dep_ == "neg" for c in t.children):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if not subj:
            continue
        objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
        named = _named_unit_antecedent(ix, t, subj[0])
        if named is not None:
            yield from _unit_parts(ix, t, named, objs)
            continue
        if taken_in and not objs:
            objs = [p for c in t.children if c.dep_ in {"prep", "prt"} and c.lower_ == "in" for p in c.children
                    if p.dep_ == "pobj"]
        objs = [x for o in objs for x in (o, *o.conjuncts)]
        objs += [p for o in list(objs) if o.lemma_.lower() in GROUP_PLACE_NOUNS | PLACE_NOUNS
                 for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for q in c.children if q.dep_ == "pobj" for p in (q, *q.conjuncts)]  # "the towns of A and B"
        placed = sum(1 for o in objs if ix.ent_at[o.i] is not None and ix.ent_at[o.i].label_ in {"GPE", "PLACE", "LOC"})
        ent = ix.ent_at[subj[0].i]
        if ent is None and placed >= 2 and subj[0].pos_ == "PROPN" and subj[0].text[:1].isupper() and \
                subj[0].i not in ix.person_at:
            whole = ix.mention(subj[0].i, subj[0].i + 1, "PLACE", "")  # an untagged name that takes in places
        elif ent is None or ent.label_ not in {"GPE", "PLACE", "LOC"}:
            continue
        else:
            whole = _place_mention(ix, subj[0])
        if whole is None or whole.label in {"COUNTRY", "TERRITORY"}:
            continue
        for o in objs:
            oent = ix.ent_at[o.i]
            if oent is not None and oent.label_ in {"PERSON", "ORG"} and len(oent) == 1 and placed >= 2 and \
                    not oent.ent_id_:
                # "takes in A, B and C" with one name of the list misread as a person
                part = ix.mention(oent.start, oent.end, "PLACE", "")
                if part is not None:
                    yield Relation(subject=part, object=whole, kind="locatedIn", evidence=ix.evidence(t))
                continue
            if oent is None or oent.label_ not in {"GPE", "PLACE", "LOC"}:
                continue
            part = _place_mention(ix, o)
            if part is not None and part.label not in {"COUNTRY", "TERRITORY"}:
                yield Relation(subject=part, object=whole, kind="locatedIn", evidence=ix.evidence(t))


UNIT_PLACE_NOUNS = frozenset({"municipality", "district", "province", "county", "region", "borough", "commune",
                              "department", "prefecture", "canton", "parish", "township"})


def _named_unit_antecedent(ix: _Index, verb, subj) -> Mention | None:
    """The named unit a relative clause "that/which includes ..." describes: "X, the municipality that".

    The appositive noun (a kind of administrative unit) types the name before it as a place,
    whatever label the recogniser gave it (read off the surface, since the parser often hangs
    the appositive on an earlier noun).

    Args:
        ix: the document index.
        verb: the relative clause's verb.
        subj: its subject token ("that", "which").

    Returns:
        A PLACE mention for the name, or None.
    """
    doc = ix.doc
    noun = verb.head
    if verb.dep_ != "relcl" or subj.lower_ not in {"that", "which"} or noun.lower_ not in UNIT_PLACE_NOUNS or \
            noun.i < 3 or doc[noun.i - 1].lower_ != "the" or doc[noun.i - 2].text != ",":
        return None
    k = noun.i - 3
    ent = ix.ent_at[k]
    if ent is not None and ent.end == k + 1 and all(x.text[:1].isupper() for x in ent if x.pos_ != "DET") and \
            ent.label_ not in {"PERSON", "COUNTRY", "TERRITORY", "DATE", "CARDINAL", "NORP"}:
        return ix.mention(ent.start, ent.end, "PLACE", "")
    if ent is None and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and k not in ix.person_at and \
            (k == 0 or not doc[k - 1].text[:1].isupper()):
        return ix.mention(k, k + 1, "PLACE", "")
    return None


def _unit_parts(ix: _Index, verb, whole: Mention, objs: list) -> Iterator[Relation]:
    """The named places a unit's "includes A and B" lists, each located in the unit.

    Args:
        ix: the document index.
        verb: the "include" verb.
        whole: the unit.
        objs: the verb's direct objects.

    Yields:
        locatedIn relations.
    """
    for o in (x for o in objs for x in (o, *o.conjuncts)):
        if o.pos_ != "PROPN" or not o.text[:1].isupper() or o.i in ix.person_at:
            continue
        ent = ix.ent_at[o.i]
        if ent is not None and (ent.label_ in {"PERSON", "COUNTRY", "TERRITORY", "DATE", "NORP", "CARDINAL"}
                                or o.i != ent.end - 1):
            continue
        start = ent.start if ent is not None else min([o.i] + [c.i for c in o.children if c.dep_ == "compound"])
        part = ix.mention(start, o.i + 1, "PLACE", "")
        if part is not None and part.text != whole.text:
            yield Relation(subject=part, object=whole, kind="locatedIn", evidence=ix.evidence(verb))


def _so_is_members(ix: _Index, members: list[Relation]) -> Iterator[Relation]:
    """"A and B are members of X, and so is C" / ", as is C" / ", as has C": C joins the sentence's memberships.

    Args:
        ix: the document index.
        members: the memberOf relations the other producers found.

    Yields:
        memberOf relations for the countries after "so is" / "as is".
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in {"so", "as"} or t.i + 2 >= len(doc) or doc[t.i + 1].lemma_ not in {"be", "have", "do"}:
            continue  # ", as is C", ", as has C" (after "has been a member"), ", as did C" (after "joined")
        if not (t.lower_ == "as" and doc[t.i - 1].text == "," or t.lower_ == "so" and doc[t.i - 1].lower_ == "and"):
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        joined = _country_run(ix, t.i + 2, sent.end)
        if not joined:
            continue
        for r in members:
            if sent.start_char <= r.evidence.start < sent.end_char and r.subject.label in {"COUNTRY", "TERRITORY"}:
                for m in joined:
                    yield Relation(subject=m, object=r.object, kind="memberOf", evidence=r.evidence,
                                   object_name=r.object_name)


def _bare_members(ix: _Index, members: list[Relation]) -> Iterator[Relation]:
    """"X's members are A and B. C became an associate member in 2011": a member noun with no
    body of its own continues the single body whose members the sentence before (or the same
    one) listed (discourse continuation, as in ACE 2005 coreference of bare relational nouns).

    Args:
        ix: the document index.
        members: the memberOf relations the other producers found.

    Yields:
        memberOf relations from the subject country to that body.
    """
    doc = ix.doc
    for t in doc:
        if t.lemma_.lower() != "member" or t.pos_ != "NOUN" or t.dep_ != "attr" or \
                t.head.lemma_ not in {"be", "become", "remain"}:
            continue
        if any(c.dep_ in {"prep", "poss", "compound", "nmod", "relcl", "acl"} or c.lower_ in NEG_WORDS
               for c in t.children) or any(c.dep_ == "neg" or c.lower_ in NEG_WORDS for c in t.head.children):
            continue  # "a member of X", "an EU member", "is no longer a member"
        if any(c.dep_ == "prep" and c.lower_ in {"of", "in", "on"} and any(
                ix.ent_at[q.i] is not None and ix.ent_at[q.i].label_ == "ORG" for q in c.children)
               for c in t.head.children):
            continue  # "is a member in the X Council": a body of its own
        sent = ix.sent_at[t.i]
        k = ix.sent_index.get(sent.start) if sent is not None else None
        if k is None:
            continue
        lo = ix.sents[k - 1].start_char if k > 0 else sent.start_char
        near = [r for r in members if lo <= r.evidence.start < sent.end_char and r.object is not None]
        bodies = {r.object.kb_id or r.object.text for r in near}
        if len(bodies) != 1:
            continue
        subj = [c for c in t.head.children if c.dep_ == "nsubj"]
        for m in _countries_in(ix, [x for c in subj for x in (c, *c.conjuncts)]):
            if all((r.subject.kb_id or r.subject.text) != (m.kb_id or m.text) for r in near):
                yield Relation(subject=m, object=near[0].object, kind="memberOf", evidence=ix.evidence(t))


def _appositive_relations(ix: _Index) -> Iterator[Relation]:
    for f in _phrase_facts(ix):
        info = f.info
        ev = ix.evidence(f.tok)
        for kind, subj, obj in info.side:
            yield Relation(subject=subj, object=obj, kind=kind, evidence=ev)
        if f.kind == "spouse":
            if info.former:
                continue  # "his ex-wife, Y", "Y, the former wife of X": no longer married
            other = None
            if info.possessor is not None:
                if info.possessor.tag_ == "WP$":
                    # "X, whose wife, Y,": the name before ", whose"
                    k = info.possessor.i - 1
                    if k > 2 and ix.doc[k].text == "," and ix.doc[k - 1].like_num and ix.doc[k - 2].text == ",":
                        k -= 2  # "X, 70, whose wife, Y,": the age between the name and "whose"
                    if k > 0 and ix.doc[k].text == ",":
                        other = ix.person_mention(k - 1)
                elif info.possessor.tag_ == "PRP$":
                    if _ambiguous_and_possessor(ix, info.possessor):
                        continue
                    other = ix.antecedent(info.possessor, exclude=ix.person_at.get(f.tok.i))
                else:
                    other = ix.person_mention(info.possessor.i)
                    if other is None and info.possessor_span is not None:
                        other = ix.mention(info.possessor_span[0], info.possessor_span[1], "PERSON")
            if other is not None:
                other = _other_bearer(ix, other, f.anchor)
            if other is not None and other.text != f.anchor.text:
                yield Relation(subject=f.anchor, object=other, kind="spouse", evidence=ev)
        elif f.kind == "member":
            for org in info.orgs:
                span = ix.doc.char_span(org.start, org.end, alignment_mode="expand") if org is not None else None
                k = span.start - 2 if span is not None and span.start >= 2 and \
                    ix.doc[span.start - 1].lower_ == "for" else -1
                if k >= 3 and ix.doc[k].text == ")" and ix.doc[k - 2].text == "(":
                    k -= 3  # "the Assembly Member (AM) for Tolsby": the title's initials come between
                if k >= 0 and ix.doc[k].lower_ == "member":
                    continue  # "the member for Tolsby, Name": a seat, not a body the member belongs to
                for part in _split_org_list(ix, _before_for(ix, org)):
                    if part.label not in {"PERSON"}:
                        for anchor in (*_listed_before(ix, f.anchor, info.head), f.anchor):
                            yield Relation(subject=anchor, object=part, kind="memberOf", evidence=ev)
        elif f.kind == "place" and info.country is not None and not info.former:
            yield Relation(subject=f.anchor, object=info.country, kind="locatedIn", evidence=ev)
            inner = info.country
            for outer in info.outer:
                yield Relation(subject=f.anchor, object=outer, kind="locatedIn", evidence=ev)
                if inner.label not in {"COUNTRY"}:
                    yield Relation(subject=inner, object=outer, kind="locatedIn", evidence=ev)
                inner = outer


def _ambiguous_and_possessor(ix: _Index, pron) -> bool:
    """Whether "his / her" in "Z greeted X and his wife Y" may stand for either of two people.

    The pronoun after "X and" names X's spouse when X is the clause's subject ("X and her husband Y
    arrived"); when X is the object of a verb whose subject is another person, binding allows
    either and names carry no gender here, so the spouse is left unread (Hobbs 1978 gives the
    nearest, not the right, one).

    Args:
        ix: the document index.
        pron: the possessive pronoun before the spouse noun.

    Returns:
        True when the pronoun follows "Name and" and that name is a verb's object with a person subject.
    """
    doc = ix.doc
    k = pron.i - 1
    if k < 1 or doc[k].lower_ != "and" or ix.person_at.get(k - 1) is None:
        return False
    x = doc[k - 1]
    while x.dep_ in {"compound", "flat"} and x.head.i != x.i:
        x = x.head
    if x.dep_ not in {"dobj", "obj", "pobj", "iobj"}:
        return False
    verb = x.head.head if x.dep_ == "pobj" else x.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < x.i and (
        ix.person_at.get(c.i) is not None or c.lower_ in PERSON_PRONOUNS or
        c.pos_ == "PROPN" and (ix.ent_at[c.i] is None or ix.ent_at[c.i].label_ == "PERSON")) for c in verb.children)


def _listed_before(ix: _Index, anchor: Mention, head) -> list[Mention]:
    """The countries listed with ``anchor`` before a plural appositive: "A and B, fellow members of X,"
    (the parser hangs the appositive on the last conjunct; the plural noun describes them all).

    Args:
        ix: the document index.
        anchor: the country the appositive was read for.
        head: the appositive's head noun.

    Returns:
        The earlier countries of an "and" list ending in ``anchor``, or [] when the noun is
        singular or the anchor is not the last of such a list.
    """
    if anchor.label not in {"COUNTRY", "TERRITORY"} or head is None or getattr(head, "tag_", "") != "NNS":
        return []
    span = ix.doc.char_span(anchor.start, anchor.end, alignment_mode="expand") if anchor.start >= 0 else None
    if span is None or span.start < 2 or ix.doc[span.start - 1].lower_ != "and" or \
            span.end >= len(ix.doc) or ix.doc[span.end].text != "," or head.i < span.end:
        return []
    sent = ix.sent_at[span.start]
    floor = sent.start if sent is not None else 0
    listed = _country_list_before(ix, span.start, floor)
    if not listed:
        return []
    first = ix.doc.char_span(listed[0].start, listed[0].end, alignment_mode="expand")
    if first is None or any(t.lower_ in {"or", "nor", "neither", "either"} for t in ix.doc[first.start:span.start]):
        return []
    return listed


def _other_bearer(ix: _Index, other: Mention, anchor: Mention) -> Mention:
    """The full name a bare surname stands for when the spouse shares it: "Mr Horvat said, beside his
    wife, Ana Horvat": "Horvat" is the one other person of that surname the article names in full,
    not Ana Horvat herself.

    Args:
        ix: the document index.
        other: the spouse read so far (perhaps a bare surname or "Mr X").
        anchor: the person the spouse noun describes.

    Returns:
        The other bearer's full mention when there is exactly one, else ``other``.
    """
    words = [w for w in other.text.split() if w.lower() not in HONORIFICS]
    if len(words) != 1 or anchor.text.split()[-1] != words[0]:
        return other
    fulls = {ix.doc[s:e].text: (s, e) for s, e in ix.persons
             if e - s >= 2 and ix.doc[e - 1].text == words[0] and ix.doc[s:e].text != anchor.text}
    if len(fulls) != 1:
        return other
    s, e = next(iter(fulls.values()))
    return ix.mention(s, e, "PERSON") or other


def _before_for(ix: _Index, m: Mention | None) -> Mention | None:
    """Cut a body's name before "for" when a party noun follows it: "Congress for the Vamos
    party" is Congress (the party is read by :func:`_appositive_parties`)."""
    if m is None:
        return None
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return m
    doc = ix.doc
    cut = next((t.i for t in span if t.lower_ == "for" and t.i > span.start), None)
    party = [doc[k] for k in (span.end - 1, span.end) if k < len(doc)]
    if cut is None or not any(t.is_lower and t.lower_ in PARTY_WORDS for t in party):
        return m  # "the Council for Trade and Development" is one name
    return ix.mention(span.start, cut, m.label, "")


def _split_org_list(ix: _Index, m: Mention | None) -> list[Mention]:
    """Split a coordinated name ("NATO and the European Union") into its named parts.

    Args:
        ix: the document index.
        m: a mention read as one organisation name, or None.

    Returns:
        The mentions of the entities inside ``m`` when it is nothing but two or more
        entities joined by "and", "&", commas and articles; else ``[m]`` (``[]`` for None).
    """
    if m is None:
        return []
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return [m]
    # an entity may begin with an article the mention left out ("the European Union")
    ents = [e for e in ix.ents if e.end > span.start and e.start < span.end]
    if len(ents) < 2:
        return [m]
    covered = {i for e in ents for i in range(e.start, e.end)}
    glue = [t for t in span if t.i not in covered]
    if not glue or any(t.lower_ not in {"and", "&", ",", "the"} for t in glue) or \
            not any(t.lower_ in {"and", "&"} for t in glue):
        return [m]
    parts = [ix.ent_mention(e) for e in ents]
    return [p for p in parts if p is not None] or [m]


def _person_in(ix: _Index, tokens) -> Mention | None:
    for t in tokens:
        span = ix.person_at.get(t.i)
        if span is not None:
            return ix.mention(span[0], span[1], "PERSON")
    return None


def _spouse_relations(ix: _Index) -> Iterator[Relation]:
    """"X, who is married to Y", "X married Y", "X and Y are married"."""
    doc = ix.doc
    skip = {",", "who", "is", "was", "has", "have", "been", "had", "also", "now", "later", "reportedly", "'s",
            "got", "are", "were", "long", "since", "once", "happily"}
    for t in doc:
        if t.lower_ not in {"married", "marry", "marries", "wed", "weds", "wedded"}:
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        if any(doc[k].lower_ in NEG_WORDS for k in range(max(sent.start, t.i - 3), t.i)):
            continue
        # the other spouse: the noun phrase after "married (to)", titles allowed ("the actress Y")
        other = None
        k = t.i + 1
        if k < sent.end and doc[k].lower_ == "to":
            k += 1
        while k < sent.end and k < t.i + 12:
            tok = doc[k]
            span = ix.person_at.get(k)
            if span is not None:
                other = ix.mention(span[0], span[1], "PERSON")
                break
            if k == t.i + 2 and doc[k - 1].lower_ == "to" and tok.lower_ in {"him", "her"}:
                near = next((ix.person_at[x] for x in range(t.i - 1, sent.start - 1, -1) if x in ix.person_at), None)
                other = ix.antecedent(tok, exclude=near)  # "X, who has been married to him for 41 years"
                break
            if tok.pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} and tok.tag_ != "POS" and tok.text not in {"-"} and \
                    not (tok.tag_ == "VBN" and doc[k - 1].text == "-") and \
                    not (tok.is_lower and doc[k - 1].lower_ == "to" and k + 1 in ix.person_at):
                break  # ("the Danish-born economist Y"; "married to fisherman Y": an occupation read as a verb)
            k += 1
        if other is None and k > t.i + 1 and doc[k - 1].pos_ == "NOUN" and doc[t.i + 1].lower_ in {"the", "to"}:
            other = _title_holder(ix, doc[k - 1], t.i)  # "who married the coxswain in 2012"
        # the first spouse: the nearest name to the left, over "who is", "was", ","
        left: list[Mention] = []
        k = t.i - 1
        while k >= sent.start:
            tok = doc[k]
            span = ix.person_at.get(k)
            if span is not None:
                left.append(ix.mention(span[0], span[1], "PERSON"))
                k = span[0] - 1
                if other is None and k >= sent.start and doc[k].lower_ == "and":
                    k -= 1  # "X and Y are married"
                    continue
                break
            if tok.tag_ == "PRP" and tok.lower_ in PERSON_PRONOUNS:
                m = ix.antecedent(tok)
                if m is not None:
                    left.append(m)
                break
            if tok.lower_ not in skip:
                break
            k -= 1
        left = [m for m in left if m is not None]
        if other is None and len(left) == 1:
            # "Tom and April Hale have been married for 40 years": a couple sharing one surname
            left += [a for a, b, g in _couples(ix) if b.start == left[0].start and sent.start <= g]
        if not left and other is not None:
            m = _clause_person(ix, t)
            left = [m] if m is not None else []
        ev = ix.evidence(t)
        if other is not None and left and left[0].text != other.text:
            yield Relation(subject=left[0], object=other, kind="spouse", evidence=ev)
        elif other is None and len(left) == 2 and left[0].text != left[1].text:
            yield Relation(subject=_full_name(ix, left[1], left[0]), object=left[0], kind="spouse", evidence=ev)


# a couple's own event: "since their wedding in 2004"
COUPLE_NOUNS = frozenset({"wedding", "marriage", "honeymoon", "anniversary"})


def _couples(ix: _Index) -> list[tuple[Mention, Mention, int]]:
    """Couples named with one surname: "Tom and April Hale".

    Args:
        ix: the document index.

    Returns:
        (first, second, token) triples: the given name with the shared surname, the full
        name, and the first token of the pair.
    """
    doc = ix.doc
    out = []
    for s, e in ix.persons:
        if e - s < 2 or s < 2 or doc[s - 1].lower_ != "and":
            continue
        g = s - 2
        span = ix.person_at.get(g)
        if span is not None and span != (g, g + 1):
            continue
        if span is None and not (doc[g].pos_ == "PROPN" and doc[g].is_alpha and doc[g].text[:1].isupper()
                                 and doc[g].ent_type_ == ""):
            continue
        partner = ix.mention(s, e, "PERSON")
        given = ix.mention(g, g + 1, "PERSON")
        if partner is None or given is None:
            continue
        full = _full_name(ix, given, partner)
        if full.text == given.text:  # no full mention of it: the given name with the surname
            full = Mention(given.article, given.start, given.end, f"{given.text} {partner.text.split()[-1]}",
                           "PERSON")
        out.append((full, partner, g))
    return out


def _couple_relations(ix: _Index) -> Iterator[Relation]:
    """Couples named with one surname whom the text shows married: "Tom and April Hale, who have
    run the shop since their wedding", or "April Hale said. Her husband nodded."

    Two given names joined before one surname may name siblings too, so the couple needs a
    sign of marriage: "their wedding / marriage" in the couple's sentence, or a bare "her
    husband" / "his wife" whose possessor (Hobbs-resolved) is one of the two: the unnamed
    spouse is then the other.

    Args:
        ix: the document index.

    Returns:
        spouse relations.
    """
    doc = ix.doc
    couples = _couples(ix)
    if not couples:
        return
    for first, second, g in couples:
        sent = ix.sent_at[g]
        if sent is None:
            continue
        wed = next((t for t in doc[g:sent.end] if t.lower_ in COUPLE_NOUNS and any(
            c.dep_ == "poss" and c.lower_ == "their" for c in t.children)), None)
        if wed is not None:
            yield Relation(subject=first, object=second, kind="spouse", evidence=ix.evidence(wed))
    for t in doc:
        if t.lower_ not in {"husband", "wife"}:
            continue
        pron = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in {"her", "his"}), None)
        if pron is None or (t.i + 2 < len(doc) and doc[t.i + 1].text == "," and
                            ix.person_at.get(t.i + 2) is not None):
            continue  # "her husband, Name,": the appositive names him
        owner = ix.antecedent(pron)
        if owner is None:
            continue
        for first, second, g in couples:
            if g > t.i:
                continue
            if owner.text in {first.text, second.text}:
                yield Relation(subject=first, object=second, kind="spouse", evidence=ix.evidence(t))
                break


def _role_spouse_relations(ix: _Index) -> Iterator[Relation]:
    """"Y, the miner's wife": the spouse of the one person the article gave that role before.

    Args:
        ix: the document index.

    Returns:
        spouse relations.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in SPOUSE_NOUNS or t.dep_ != "appos":
            continue
        owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "NOUN" and any(
            g.dep_ == "det" and g.lower_ == "the" for g in c.children)), None)
        span = ix.person_at.get(t.head.i)
        if owner is None or span is None:
            continue
        other = _title_holder(ix, owner, span[0])
        anchor = ix.mention(span[0], span[1], "PERSON")
        if other is not None and anchor is not None and other.text != anchor.text:
            yield Relation(subject=anchor, object=other, kind="spouse", evidence=ix.evidence(t))


def _pronoun_spouse_apposed(ix: _Index) -> Iterator[Relation]:
    """"..., mending a net beside his wife, Ana.": "his / her" + a spouse noun + ", Name" closed by
    punctuation, wherever the noun phrase stands (a participle clause or a prepositional phrase
    the title reader does not take as a phrase); the pronoun's antecedent is the other spouse
    (ACE 2005 PER-SOC family relations, Hobbs 1978 pronoun resolution).

    Args:
        ix: the document index.

    Yields:
        spouse relations.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in SPOUSE_NOUNS or not t.is_lower or t.i < 1 or doc[t.i - 1].tag_ != "PRP$" or \
                doc[t.i - 1].lower_ not in PERSON_PRONOUNS or t.i + 2 >= len(doc):
            continue
        # "his wife, Ana," or, with no comma, "with her husband Marek." (a bare given name closing the clause)
        p = t.i + 2 if doc[t.i + 1].text == "," else t.i + 1
        if p == t.i + 1 and (not (doc[p].pos_ == "PROPN" and doc[p].text[:1].isupper()) or p in ix.person_at):
            continue  # (a tagged name right after the noun is the compound readers' case, with their guards)
        span = ix.person_at.get(p)
        if span is None:
            # a given name the tagger left untagged ("his wife, Ana."): capitalised proper nouns only
            e = p
            # (or a given name the tagger took for an unknown body: "his wife, Ana," read as an ORG)
            misread = ix.ent_at[e] is not None and ix.ent_at[e].start == e and ix.ent_at[e].label_ == "ORG" and \
                not ix.ent_at[e].ent_id_ and len(ix.ent_at[e]) <= 2
            while e < len(doc) and e < t.i + 5 and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and \
                    doc[e].is_alpha and (ix.ent_at[e] is None or misread and ix.ent_at[e] is ix.ent_at[p]) and \
                    doc[e].lower_ not in ix.lead_words:
                e += 1
            span = (p, e) if e > p else None
        if span is None or span[0] != p:
            continue
        if span[1] < len(doc) and not (doc[span[1]].is_punct or _is_space(doc[span[1]])):
            continue  # "his wife, Ana said": no appositive
        anchor = ix.mention(span[0], span[1], "PERSON")
        other = ix.antecedent(doc[t.i - 1], exclude=span)
        if anchor is None or other is None:
            continue
        other = _other_bearer(ix, other, anchor)
        if other.text != anchor.text:
            yield Relation(subject=anchor, object=other, kind="spouse", evidence=ix.evidence(t))


def _whose_spouse(ix: _Index) -> Iterator[Relation]:
    """"X, whose husband Y died last year, ...": a possessive relative clause right after a name whose
    head is a spouse noun with a name in apposition or as its compound (ACE 2005 PER-SOC family
    relations; "whose" takes the name it follows as antecedent).

    Args:
        ix: the document index.

    Yields:
        spouse relations.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ != "whose" or t.i < 2 or doc[t.i - 1].text != ",":
            continue
        left = next((ix.person_at[k] for k in (t.i - 2,) if k in ix.person_at), None)
        if left is None or left[1] != t.i - 1:
            continue
        k = t.i + 1
        while k < len(doc) and k < t.i + 3 and doc[k].lower_ in {"late", "former", "ex", "estranged", "second",
                                                                   "first", "new"}:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in SPOUSE_NOUNS:
            continue
        k += 1 if k + 1 < len(doc) and doc[k + 1].text == "," else 0
        span = ix.person_at.get(k + 1)
        if span is None or span[0] != k + 1:
            continue
        anchor = ix.mention(left[0], left[1], "PERSON")
        other = ix.mention(span[0], span[1], "PERSON")
        if anchor is not None and other is not None and anchor.text != other.text:
            yield Relation(subject=anchor, object=other, kind="spouse", evidence=ix.evidence(t))


def _title_holder(ix: _Index, noun, before: int) -> Mention | None:
    """The one person the article gave the title ``noun`` before token ``before``: "married the
    coxswain" after "X, the station's coxswain" (a definite description resolved to the only
    earlier holder of that role, as in Hobbs-style role coreference).

    Args:
        ix: the document index.
        noun: the head noun of the description ("coxswain").
        before: only titles read before this token count.

    Returns:
        The person's mention when exactly one person holds such a title, else None.
    """
    if not (_title_head_ok(noun) or noun.lower_ in OCCUPATION_TITLES):
        return None
    holders = {}
    for p in extract_positions(ix.doc, ix.article):  # read once per document (cached on the index)
        words = p.title.lower().split()
        if words and words[-1] == noun.lower_ and p.person.start < ix.doc[before].idx:
            holders.setdefault(p.person.text, p.person)
    return next(iter(holders.values())) if len(holders) == 1 else None


def _full_name(ix: _Index, given: Mention, partner: Mention) -> Mention:
    """"Tom and April Hale": the given name alone shares the partner's surname; the article's
    own full mention of it ("Tom Hale said") stands for it when there is one."""
    words = partner.text.split()
    if len(given.text.split()) != 1 or len(words) < 2:
        return given
    full = f"{given.text} {words[-1]}"
    for s, e in ix.persons:
        if ix.doc[s:e].text == full:
            return ix.mention(s, e, "PERSON") or given
    return given


def _clause_person(ix: _Index, verb) -> Mention | None:
    """The person a verb's clause is about, read from the parse.

    The subject of the verb or of the verb it is coordinated with; a
    relative pronoun stands for the noun the clause modifies, and a noun in
    apposition to a name for that name ("X, an engineer who has lived there
    and is married to Y").

    Args:
        ix: the document index.
        verb: the verb (or participle) token.

    Returns:
        The person's mention, or None.
    """
    v = verb
    subj = None
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None or v.dep_ not in {"conj", "acomp", "xcomp"} or v.head.i == v.i:
            break
        v = v.head
    if subj is None:
        return None
    if subj.lower_ in REL_PRONOUNS and v.dep_ == "relcl":
        subj = v.head
        if ix.person_at.get(subj.i) is None and subj.dep_ == "appos":
            subj = subj.head
    elif subj.tag_ == "PRP" and subj.lower_ in PERSON_PRONOUNS:
        return ix.antecedent(subj)
    span = ix.person_at.get(subj.i)
    return ix.mention(span[0], span[1], "PERSON") if span is not None else None


def _countries_in(ix: _Index, tokens) -> list[Mention]:
    out = []
    seen = set()
    for t in tokens:
        ent = ix.ent_at[t.i]
        if ent is not None and ent.start in seen:
            continue
        m = None
        if ent is not None and ent.label_ in {"COUNTRY", "GPE", "TERRITORY", "PLACE", "ORG"}:
            m = ix.country_mention(t, allow_demonym=False)
            seen.add(ent.start)
        elif t.tag_ in {"PRP", "PRP$"} and t.lower_ in THING_PRONOUNS:
            m = ix.antecedent(t)
        elif t.lower_ in REL_PRONOUNS and t.dep_ in {"nsubj", "nsubjpass", "dobj"} and t.head.dep_ == "relcl":
            m = ix.country_mention(t.head.head, allow_demonym=False)
        if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
            out.append(m)
    return out


def _border_relations(ix: _Index) -> Iterator[Relation]:
    doc = ix.doc
    for t in doc:
        lem = t.lemma_.lower()
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        if lem in {"share", "have"} and t.pos_ == "VERB":
            objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
            objs += [x for o in objs for x in o.conjuncts]  # "has troops there and a border with Y"
            along = lem == "share" and any(
                c.dep_ == "prep" and c.lower_ in {"along", "across"} and any(
                    p.lemma_.lower() in BORDER_NOUNS for p in c.children if p.dep_ == "pobj")
                for c in t.children)  # "shares the island of X with Y along a long frontier"
            if not along and not any(o.lemma_.lower() in BORDER_NOUNS for o in objs):
                continue
            if any(c.dep_ == "neg" for c in t.children) or any(
                    c.dep_ == "det" and c.lower_ == "no" for o in objs for c in o.children):
                continue  # "A does not share a border with B", "A has no border with B"
            subj_toks = []
            for c in t.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    subj_toks.append(c)
                    subj_toks.extend(x for x in c.conjuncts)
            if not subj_toks and t.dep_ == "conj":
                for c in t.head.children:
                    if c.dep_ in {"nsubj", "nsubjpass"}:
                        subj_toks.append(c)
                        subj_toks.extend(x for x in c.conjuncts)
            if not subj_toks:
                # "Denmark, whose border is with X, has also shared ...": the parser hung the
                # subject on a clause under the verb
                subj_toks = [g for c in t.children if c.dep_ == "ccomp" and c.i < t.i
                             for g in c.children if g.dep_ == "nsubj" and g.i < c.i
                             and ix.country_mention(g, allow_demonym=False) is not None][:1]
            if t.dep_ == "relcl" and (not subj_toks or all(x.lower_ in REL_PRONOUNS for x in subj_toks)):
                subj_toks = [t.head, *(x for x in t.head.conjuncts if x.i < t.i)]  # "A and B, which have ..."
                if t.head.dep_ == "appos":  # "France and Spain — neighbours that share a border —"
                    subj_toks = [t.head.head, *t.head.head.conjuncts]
                elif lem == "share" and t.head.dep_ == "conj":
                    # "A, an EU member, and B, which share a border": the pair shares it
                    first = t.head
                    while first.dep_ in {"conj", "appos"} and first.head.i != first.i:
                        first = first.head  # the parser may hang B on A's appositive
                    subj_toks = [first] + [x for x in first.subtree if x.dep_ == "conj" and x.i < t.i]
            subjects = _countries_in(ix, subj_toks)
            if not subjects and len(subj_toks) == 1 and subj_toks[0].lemma_.lower() in COUNTRY_NOUNS and \
                    any(c.lower_ in {"both", "two"} for c in subj_toks[0].children):
                subjects = _recent_pair(ix, subj_toks[0].i)  # "The two countries, which share a border"
            with_toks = []
            for o in objs:
                for tok in o.subtree:
                    if tok.lower_ == "with" and tok.dep_ == "prep":
                        with_toks.extend(tok.subtree)
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    with_toks.extend(c.subtree)
            others = _countries_in(ix, [x for x in with_toks if x.lower_ != "with"])
            bnouns = [o for o in objs if o.lemma_.lower() in BORDER_NOUNS]
            if not others and lem == "share":
                # "A, which shares B's only land border": the possessor is the neighbour
                others = _countries_in(ix, [c for o in bnouns for c in o.children if c.dep_ == "poss"])
            if not others and subjects:
                # "C, which has a common border with the two states": the pair just named, as for "borders both"
                pair_nouns = [x for x in with_toks if x.lemma_.lower() in COUNTRY_NOUNS and x.tag_ == "NNS" and
                              any(c.lower_ in {"both", "two"} for c in x.children)]
                if pair_nouns:
                    own = {m.kb_id or m.text for m in subjects}
                    pair = _recent_pair(ix, pair_nouns[0].i)
                    if not own & {m.kb_id or m.text for m in pair}:
                        others = pair
            ev = ix.evidence(t)
            common = any(c.dep_ == "amod" and c.lower_ in {"common", "shared", "joint", "mutual"}
                         for o in bnouns for c in o.children)
            one = any(o.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "a" for c in o.children) for o in bnouns)
            if lem == "have" and not others and not common and not (one and len(subjects) == 2):
                # "A and B have a border dispute" / "have borders": only "a border with Y", "a common
                # border" or a pair having "a (1,000-km land) border" counts
                continue
            if len(subjects) >= 2 and not others:
                a, b = subjects[0], subjects[1]
                yield Relation(subject=a, object=b, kind="sharesBorderWith", evidence=ev)
            for a in subjects:
                for b in others:
                    yield Relation(subject=a, object=b, kind="sharesBorderWith", evidence=ev)
        elif lem == "border" and (t.pos_ == "VERB" or t.dep_ == "relcl" and any(
                c.dep_ in {"dobj", "obj"} for c in t.children)):  # ("whose country borders X" read as a noun)
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = [c for c in t.children if c.dep_ in {"nsubj"}]
            agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agents:
                subj = [c for c in t.children if c.dep_ == "nsubjpass"]  # "A is bordered by B and C"
                if subj and subj[0].lower_ in REL_PRONOUNS and t.dep_ == "relcl":
                    subj = [t.head]  # "A, which is bordered by B"
                elif not subj and t.dep_ == "acl" and t.head.i < t.i:
                    subj = [t.head]  # "A, bordered by B to the north,"
            if not subj and t.dep_ == "relcl":
                subj = [t.head]
            if not subj and not agents and t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i < t.i and \
                    ix.doc[t.i - 1].text == ",":
                subj = [t.head]  # "A, bordering B, raised its alert": the participle describes A
            if t.dep_ == "relcl" and (not subj or subj[0].lower_ in REL_PRONOUNS) and \
                    not _countries_in(ix, [t.head]):
                # "South Ossetia, a sliver of land on the slopes of X that borders Russia"
                owner = _appositive_owner(ix, t.head)
                subj = [owner] if owner is not None else subj
            objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}] + agents
            if not objs:  # "which borders Mali": the parser may hang a bare name on the verb as npadvmod
                objs = [c for c in t.children if c.dep_ == "npadvmod" and c.i > t.i and c.pos_ == "PROPN"]
            objs = objs + [x for o in objs for x in o.conjuncts]
            if objs:  # "borders A to the west and B to the east": the parser joins B to the compass word
                objs += [x for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for q in c.children
                         if q.dep_ == "pobj" and q.lower_ in COMPASS_PARTS for x in q.conjuncts
                         if _compass_after(ix.doc, x.i + 1)]
            others = _countries_in(ix, objs)
            if subj and not _countries_in(ix, subj):
                own = _whose_country(ix, subj[0])  # "Minister X, whose country borders Y"
                subj = [own] if own is not None else subj
            if not others:
                # "China, which borders both countries": the pair just named
                for o in objs:
                    if o.lemma_.lower() in COUNTRY_NOUNS and any(
                            c.lower_ in {"both", "two"} for c in o.children):
                        others = _recent_pair(ix, o.i)
            for a in (subj if subj and isinstance(subj[0], Mention) else _countries_in(ix, subj)):
                for b in others:
                    yield Relation(subject=a, object=b, kind="sharesBorderWith", evidence=ix.evidence(t))
        elif lem in BORDER_NOUNS and t.pos_ == "NOUN":
            poss = [c for c in t.children if c.dep_ == "poss"]
            if poss and poss[0].lower_ == "whose":
                # "A, whose border with B has never been agreed": the relative clause's head
                v = t.head
                while v.dep_ not in {"relcl", "ROOT"} and v.head.i != v.i:
                    v = v.head
                poss = [v.head] if v.dep_ == "relcl" else []
            withs = [c for c in t.children if c.dep_ == "prep" and c.lower_ in {"with", "between"}]
            if not poss or not withs:
                if withs and withs[0].lower_ == "between":
                    objs = [x for w in withs for x in w.subtree if x.i != w.i]
                    cs = _countries_in(ix, objs)
                    if len(cs) >= 2:
                        yield Relation(subject=cs[0], object=cs[1], kind="sharesBorderWith",
                                       evidence=ix.evidence(t))
                continue
            subs = _countries_in(ix, poss)
            objs = _countries_in(ix, [x for w in withs for x in w.subtree if x.i != w.i])
            for a in subs:
                for b in objs:
                    yield Relation(subject=a, object=b, kind="sharesBorderWith", evidence=ix.evidence(t))


# "whose border touches Y", "its frontier meets those of A and B"
CONTACT_VERBS = frozenset({"touch", "meet", "adjoin", "abut", "join"})
# "X, wedged between A and B": a country between two others borders both
BETWEEN_PARTICIPLES = frozenset({"wedged", "sandwiched", "squeezed", "nestled", "tucked", "landlocked",
                                 "caught", "located", "situated", "lying"})


# first or last words of a body of water's name ("Lake X", "X River"): a shore, not a container
WATER_HEADS = frozenset({"lake", "river", "sea", "ocean", "gulf", "bay", "strait", "lagoon", "loch"})


# an enclave's only neighbour: "A is entirely surrounded by B"
ENCLOSE_VERBS = frozenset({"surround", "encircle", "enclose"})
PRESS_UP_VERBS = frozenset({"run", "butt", "push", "press", "bump"})
SPATIAL_WORDS = frozenset({"degree", "degrees", "meridian", "longitude", "latitude", "parallel", "line", "coast",
                           "border", "frontier", "boundary", "edge", "wedge", "sector"})


def _spatial_sentence(ix: _Index, t) -> bool:
    """Whether the sentence of token ``t`` speaks of geography: a compass word, a degree, a line.

    Args:
        ix: the document index.
        t: a token.

    Returns:
        True when such a word stands in the sentence.
    """
    sent = ix.sent_at[t.i]
    return sent is not None and any(w.lower_ in SPATIAL_WORDS | COMPASS_WORDS for w in sent)


def _border_contacts(ix: _Index) -> Iterator[Relation]:
    """Borders stated as a contact or a position between neighbours.

    "Brazil, whose northern frontier touches both A and B", "X's border meets
    those of A and B" (the border noun's owner, through "whose" to the
    relative clause's head), and "X, wedged between A and B" (a participle
    apposed to the country).

    Args:
        ix: the document index.

    Returns:
        An iterator of sharesBorderWith relations.
    """
    for t in ix.doc:
        if t.lemma_.lower() in CONTACT_VERBS and t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children):
            subj = [c for c in t.children if c.dep_ == "nsubj" and c.lemma_.lower() in BORDER_NOUNS | {"territory"}]
            if not subj:
                continue  # "whose territory touches both A and B": land against land is a border too
            owners = []
            for c in subj[0].children:
                if c.dep_ == "poss":
                    if c.lower_ == "whose" and t.dep_ == "relcl":
                        owners = _countries_in(ix, [t.head])
                    else:
                        owners = _countries_in(ix, [c])
            objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
            objs += [x for o in objs for x in o.conjuncts]
            # "those of A and B"
            objs += [p for o in objs if o.lower_ in {"those", "that"} for c in o.children
                     if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"
                     for p in (q, *q.conjuncts)]
            others = _countries_in(ix, objs)
        elif t.lemma_.lower() in PRESS_UP_VERBS and t.tag_ in {"VBZ", "VBP"} and \
                any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children) and \
                not any(c.dep_ == "neg" for c in t.children) and _spatial_sentence(ix, t):
            # "A runs up against B": land meeting land (present tense and a compass, degree or line
            # word in the sentence, so that a team or a minister meeting resistance is no border)
            owners = _countries_in(ix, [x for c in t.children if c.dep_ == "nsubj" for x in (c, *c.conjuncts)])
            others = _countries_in(ix, [x for c in t.children if c.dep_ == "prep" and c.lower_ == "against"
                                        for q in c.children if q.dep_ == "pobj" for x in (q, *q.conjuncts)])
        elif t.lower_ in BETWEEN_PARTICIPLES and t.dep_ in {"acl", "amod", "appos", "advcl"} and \
                t.head.i < t.i:
            between = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                       for q in c.children if q.dep_ == "pobj" for p in (q, *q.conjuncts)]
            owners = _countries_in(ix, [t.head])
            others = _countries_in(ix, between)
            if len(others) < 2:
                continue
        elif t.lower_ in WEDGE_WORDS and t.dep_ in {"ROOT", "relcl", "conj", "ccomp"} and \
                not any(c.dep_ == "neg" for c in t.children):
            # "A is sandwiched between B and C", "A, which sits wedged between B and C": the predicate form
            subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}] or [
                g for c in t.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]  # "sits wedged"
            if t.dep_ == "relcl" and (not subj or subj[0].lower_ in REL_PRONOUNS):
                subj = [t.head]
            between = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "between"
                       for q in c.children if q.dep_ == "pobj" for p in (q, *q.conjuncts)]
            owners = _countries_in(ix, subj[:1])
            others = _countries_in(ix, between)
            if len(others) < 2:
                continue
        elif t.lemma_.lower() in ENCLOSE_VERBS and t.tag_ == "VBN" and not any(c.dep_ == "neg" for c in t.children):
            # an enclave: "A is entirely surrounded by B", "A, which is encircled by B", "A, surrounded by B,"
            subj = [c for c in t.children if c.dep_ == "nsubjpass"]
            if t.dep_ in {"relcl", "acl"} and t.head.i < t.i and (not subj or subj[0].lower_ in REL_PRONOUNS):
                subj = [t.head]
            if not subj and t.dep_ == "conj" and t.head.pos_ in {"VERB", "AUX"}:
                # "A shares a border with B and is almost surrounded by C": the first verb's subject
                subj = [c for c in t.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            owners = _countries_in(ix, subj[:1])
            others = _countries_in(ix, [p for c in t.children if c.dep_ == "agent"
                                        for q in c.children if q.dep_ == "pobj" for p in (q, *q.conjuncts)])
        else:
            continue
        for a in owners:
            for b in others:
                if (a.kb_id or a.text) != (b.kb_id or b.text):
                    yield Relation(subject=a, object=b, kind="sharesBorderWith", evidence=ix.evidence(t))


def _appositive_owner(ix: _Index, tok):
    """The country or territory an appositive description hangs from.

    "South Ossetia, a sliver of land on the slopes of the Caucasus": from
    "land" or "Caucasus" up through of/on-phrases to the appositive's owner.

    Args:
        ix: the document index.
        tok: a token inside the description.

    Returns:
        The owner's head token, or None.
    """
    cur = tok
    for _ in range(8):
        if cur.dep_ == "appos" and cur.head.i != cur.i:
            owner = cur.head
            return owner if _countries_in(ix, [owner]) else None
        if cur.dep_ not in {"pobj", "prep", "compound", "amod", "nmod"} or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _whose_country(ix: _Index, noun) -> Mention | None:
    """The state "whose country" means in a relative clause on an official: "Foreign Minister X,
    whose country borders Y": the state the person serves (:meth:`_Index.person_state`).

    Args:
        ix: the document index.
        noun: the subject noun of the relative clause.

    Returns:
        A COUNTRY mention, or None.
    """
    if noun.lemma_.lower() not in COUNTRY_NOUNS or not any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return None
    clause = noun.head
    if clause.dep_ != "relcl":
        return None
    person = ix.person_mention(clause.head.i)
    state = ix.person_state(person) if person is not None else None
    return state if state is not None and state.label == "COUNTRY" else None


# nouns a counted phrase refers back to states with: "the two countries", "both neighbours"
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor"})


def _recent_pair(ix: _Index, k: int) -> list[Mention]:
    """The two countries coordinated last before token ``k`` ("India and Pakistan, ... Both are"), or
    a subject and the partner its verb takes "with" in the same sentence ("A shares a border with B,
    and both are ..."), or a subject and its verb's object there ("A invaded B; both countries ...").

    Args:
        ix: the document index.
        k: the token that refers back ("both", "both countries").

    Returns:
        Two country Mentions, or an empty list.
    """
    sent = ix.sent_at[k]
    if sent is None:
        return []
    floor = sent.start
    for _ in range(2):  # this sentence and the two before it
        prev = ix.sent_at[floor - 1] if floor > 0 else None
        floor = prev.start if prev is not None else floor
    doc = ix.doc
    for j in range(k - 1, floor - 1, -1):
        t = doc[j]
        if t.dep_ == "conj" and t.head.i < j:
            pair = _countries_in(ix, [t.head, t])
            if len(pair) == 2 and pair[0].kb_id != pair[1].kb_id:
                return pair
        if t.dep_ == "pobj" and t.head.lower_ == "with" and j >= sent.start:
            # "A shares a border with B, and both are ...": the subject and its partner
            verb = t.head.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "compound"} and c.i < verb.i]
            pair = _countries_in(ix, [*subj, t])  # (a subject misread as the verb's compound: "The X shares")
            if len(pair) == 2 and pair[0].kb_id != pair[1].kb_id:
                return pair
        if t.dep_ == "dobj" and j >= sent.start and t.head.pos_ == "VERB":
            # "A invaded B in 1940; both countries ...": the subject and object of one clause
            subj = [c for c in t.head.children if c.dep_ == "nsubj"]
            pair = _countries_in(ix, [*subj, t])
            if len(pair) == 2 and pair[0].kb_id != pair[1].kb_id:
                return pair
    return _salient_countries(ix, k, 2)


def _salient_countries(ix: _Index, k: int, n: int) -> list[Mention]:
    """The ``n`` states an article is about at token ``k``: "the two countries" with no pair just named.

    Salience after Lappin & Leass (1994), with a slow decay since the phrase refers to the
    article's topic rather than to the last name: each mention of a state (its name, capital or
    demonym) in the sentences before ``k``'s counts 0.9 for every sentence back; a state the
    headline names starts with a full point.  Only a clear choice is
    returned: the ``n``-th state must score at least twice the next one.

    Args:
        ix: the document index.
        k: the referring token.
        n: how many states the phrase counts.

    Returns:
        ``n`` country mentions (the latest mention of each), or an empty list.
    """
    here = ix.sent_no(k)
    sent = ix.sent_at[k]
    score: dict[str, list] = {}
    # the sentences before: "Sudan, which borders both countries" does not count Sudan
    for ent in ix.ents_in(0, sent.start if sent is not None else k):
        m = ix.country_mention(ent.root, allow_demonym=True, allow_capital=True)
        if m is None or m.label != "COUNTRY" or not m.kb_id:
            continue
        if m.kb_id not in score:
            score[m.kb_id] = [1.0 if ix.in_headline(m.kb_id) else 0.0, None]
        rec = score[m.kb_id]
        rec[0] += 0.9 ** max(here - ix.sent_no(ent.start), 0)
        if ent.label_ == "COUNTRY":
            rec[1] = m  # the state's own name, not its capital or demonym
    ranked = sorted(score.values(), key=lambda r: -r[0])
    if len(ranked) < n or (len(ranked) > n and ranked[n - 1][0] < 2 * ranked[n][0]) or \
            any(r[1] is None for r in ranked[:n]):
        return []
    return [r[1] for r in ranked[:n]]


def _previous_subjects(ix: _Index, sent) -> list[Mention]:
    """The coordinated countries that are the subject of the sentence before ``sent``.

    "A and B have lined up behind C. Both endorsed ...": a bare "both" / "all" subject
    (a pronoun, after the salience-based pronoun resolution of Lappin & Leass 1994)
    stands for the plural subject just before it.

    Args:
        ix: the document index.
        sent: the sentence whose subject is "both" / "all".

    Returns:
        Two or more country mentions, or an empty list.
    """
    k = ix.sent_index.get(sent.start, 0)
    if k == 0:
        return []
    prev = ix.sents[k - 1]
    for t in prev:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" and t.conjuncts:
            out = []
            for c in (t, *t.conjuncts):
                m = ix.country_mention(c, allow_demonym=False, allow_capital=False)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"} and all(m.start != o.start for o in out):
                    out.append(m)
            return out if len(out) >= 2 else []
    return []


COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# plural heads a counted definite anaphor for states has: "the two governments", "both capitals"
COUNTED_STATE_NOUNS = frozenset({"government", "country", "state", "nation", "capital", "ally", "neighbour",
                                 "neighbor", "partner", "side", "administration", "leader"})


def _counted_pair_before(ix: _Index, head, sent) -> list[Mention]:
    """The coordinated countries a counted plural holder stands for: "A and B issued a joint
    communique. The two governments recognise X".

    A definite plural with a count ("the two governments", "both capitals", "the three states")
    is resolved by number agreement (Lappin & Leass 1994) to the last run of coordinated countries
    with that many members in this sentence before it or in the sentence before.

    Args:
        ix: the document index.
        head: the holder's head noun.
        sent: its sentence.

    Returns:
        The country mentions, or an empty list when no run has the count.
    """
    if head.tag_ != "NNS" or head.lemma_.lower() not in COUNTED_STATE_NOUNS:
        return []
    counts = [COUNT_WORDS[c.lower_] for c in head.children
              if c.dep_ in {"det", "nummod", "predet"} and c.lower_ in COUNT_WORDS]
    if len(counts) != 1:
        return []
    k = ix.sent_index.get(sent.start, 0)
    floor = ix.sents[k - 1].start if k > 0 else sent.start
    j = head.i - 1
    while j >= floor:
        m = ix.country_mention(ix.doc[j], allow_demonym=False, allow_capital=False)
        if m is None or m.label != "COUNTRY":
            j -= 1
            continue
        ent = ix.ent_at[j]
        start = ent.start if ent is not None else j
        run = _country_list_before(ix, ent.end if ent is not None else j + 1, max(floor, start - 12))
        names = {r.kb_id or r.text for r in run}
        if len(run) >= 2 or len(names) == counts[0]:
            return run if len(names) == counts[0] and len(run) == counts[0] else []
        j = start - 1
    return []


def _counted_previous(ix: _Index, verb) -> list[Mention]:
    """The countries a counted subject stands for: "A, which borders B and C, ... All three
    are members of X" (the countries the sentence before names, when there are exactly as
    many as the count says; a definite anaphor resolved by number agreement).

    Args:
        ix: the document index.
        verb: the verb whose subject is "all three", "the two", "both".

    Returns:
        The country mentions, or an empty list.
    """
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return []
    words = [t.lower_ for t in subj.subtree]
    counts = [COUNT_WORDS[w] for w in words if w in COUNT_WORDS]
    if len(counts) != 1 or not set(words) <= set(COUNT_WORDS) | {"all", "the", "of", "them", "these", "countries",
                                                                 "states", "nations", "neighbours", "neighbors"}:
        return []  # ("both countries", "the two states": the count with its head noun)
    sent = ix.sent_at[verb.i]
    k = ix.sent_index.get(sent.start, 0) if sent is not None else 0
    if k == 0:
        return []
    out: list[Mention] = []
    for m in _countries_in(ix, list(ix.sents[k - 1])):
        if m.label == "COUNTRY" and all((m.kb_id or m.text) != (o.kb_id or o.text) for o in out):
            out.append(m)
    return out if len(out) == counts[0] else []


def _country_list_before(ix: _Index, k: int, floor: int) -> list[Mention]:
    """Countries written just before token ``k``: "Egypt and Jordan", "Spain, Italy and Greece",
    "Neither Chad nor Niger"."""
    doc = ix.doc
    out: list[Mention] = []
    j = k - 1
    while j >= floor:
        tok = doc[j]
        if tok.lower_ in {"and", ",", "nor", "or", "neither", "either"} or tok.pos_ == "DET" or tok.tag_ == "POS":
            j -= 1
            continue
        m = ix.country_mention(tok, allow_demonym=False, allow_capital=False)
        if m is None or m.label not in {"COUNTRY", "TERRITORY"}:
            break
        out.insert(0, m)
        ent = ix.ent_at[j]
        j = (ent.start - 1) if ent is not None else j - 1
    return out


def _country_list_before_aside(ix: _Index, k: int, floor: int) -> list[Mention]:
    """Two or more countries written before a comma-enclosed aside that ends just before token ``k``.

    "A and B, C's partners in the D bloc, both recognise X": the aside is an
    apposition of the list (no verb in it), so "both" stands for the list.

    Args:
        ix: the document index.
        k: the quantifier token ("both", "all", "each").
        floor: the first token index to look at (the sentence start).

    Returns:
        The listed countries, or an empty list.
    """
    doc = ix.doc
    if k - 1 <= floor or doc[k - 1].text != ",":
        return []
    j = k - 2
    while j > floor and doc[j].text != ",":
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].text in {";", ":"} or k - j > 16:
            return []
        j -= 1
    if j <= floor or j == k - 2:
        return []
    out = _country_list_before(ix, j, floor)
    return out if len(out) >= 2 else []


def _relative_antecedent(ix: _Index, k: int, floor: int) -> list[Mention]:
    """Countries a relative clause holding token ``k`` is about: "A, which hosts ... and
    shares ...": the countries written just before ", which"/", that"."""
    doc = ix.doc
    j = k - 1
    while j > floor:
        tok = doc[j]
        if tok.text in {";", ":", "(", ")", "“", "”", "\""}:
            break
        if tok.lower_ in {"which", "that"} and tok.tag_ in {"WDT", "IN", "DT"} and doc[j - 1].text in {",", "–", "—"}:
            return _country_list_before(ix, j - 1, floor)
        if ix.country_mention(tok, allow_demonym=False, allow_capital=False) is not None:
            break  # a nearer country: the clause is not about the antecedent
        j -= 1
    return []


def _country_run(ix: _Index, k: int, end: int) -> list[Mention]:
    """The countries listed from token ``k`` on ("A, B and C", "both A and B"), up to the first
    other word or ``end``.

    Args:
        ix: the document index.
        k: the first token of the list.
        end: the token index to stop at (the sentence end).

    Returns:
        The country and territory mentions, in text order.
    """
    return _country_list_end(ix, k, end, frozenset({"COUNTRY", "TERRITORY"}), frozenset({"and", ",", "both"}))[0]


NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
# "B is / remains A's neighbour": a present copula names the neighbour as its subject
COPULA_NEIGHBOUR_VERBS = frozenset({"be", "remain"})


def _neighbour_borders(ix: _Index) -> Iterator[Relation]:
    """A state named as another's neighbour borders it: "A's northern neighbour, B,",
    "B, A's southern neighbour," and the copula "B is A's only land neighbour".

    Args:
        ix: the document index.

    Yields:
        sharesBorderWith relations.
    """
    for t in ix.doc:
        if t.lower_ in {"neighbouring", "neighboring"} and t.dep_ in {"amod", "compound"}:
            yield from _neighbouring_pair(ix, t)
            continue
        if t.lemma_.lower() not in NEIGHBOUR_NOUNS or t.pos_ != "NOUN":
            continue
        # "A, whose sole neighbour on land is B": the relative clause's antecedent owns the neighbour
        whose = [t.head.head for c in t.children if c.dep_ == "poss" and c.lower_ == "whose"
                 and t.dep_ == "nsubj" and t.head.dep_ == "relcl"]
        owners = _countries_in(ix, [c for c in t.children if c.dep_ == "poss"] + whose)
        if len(owners) != 1:
            continue
        apposed = [c for c in t.children if c.dep_ == "appos"]
        if t.dep_ == "appos":
            apposed.append(t.head)
        elif t.dep_ == "attr" and t.head.lemma_ in COPULA_NEIGHBOUR_VERBS and not any(
                c.dep_ == "neg" for c in t.head.children):
            apposed.extend(c for c in t.head.children if c.dep_ == "nsubj")
        elif t.dep_ == "nsubj" and t.head.lemma_ in COPULA_NEIGHBOUR_VERBS and not any(
                c.dep_ == "neg" for c in t.head.children):
            apposed.extend(c for c in t.head.children if c.dep_ in {"attr", "acomp"})  # "A's neighbour is B"
        others = _countries_in(ix, [x for a in apposed for x in (a, *a.conjuncts)])
        for o in others:
            if (o.kb_id or o.text) != (owners[0].kb_id or owners[0].text):
                yield Relation(subject=owners[0], object=o, kind="sharesBorderWith", evidence=ix.evidence(t))


def _neighbouring_pair(ix: _Index, adj) -> Iterator[Relation]:
    """Two coordinated states called neighbouring border each other: "neighbouring A and B",
    "A and neighbouring B", "the neighbouring states of A and B".

    Args:
        ix: the document index.
        adj: the adjective "neighbouring".

    Yields:
        One sharesBorderWith relation when exactly two countries are coordinated.
    """
    head = adj.head
    if head.lemma_.lower() in COUNTRY_NOUNS and head.tag_ == "NNS":
        head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"), head)  # "the neighbouring states of A and B"
    if head.dep_ == "conj" and head.i > adj.i and head.head.i < adj.i:
        head = head.head  # "A and neighbouring B"
    pair = _countries_in(ix, [head, *head.conjuncts])
    if len(pair) == 2 and len({m.kb_id or m.text for m in pair}) == 2 and all(m.label == "COUNTRY" for m in pair):
        yield Relation(subject=pair[0], object=pair[1], kind="sharesBorderWith", evidence=ix.evidence(adj))


# "A and B, neighbours along a long frontier": a place word after "neighbours"
ALONG_PREPS = frozenset({"along", "across", "on"})


def _whose_borders(ix: _Index) -> Iterator[Relation]:
    """Borders stated in a "whose" clause or an appositive "neighbours along", read off the surface.

    * "A and B, whose 900-km land frontier runs along the X": the pair before "whose";
    * "A, whose border with B follows the river": A and B;
    * "A, whose western frontier is shared with both B and C": A with each;
    * "A and B, neighbours along a 900-km land boundary,": the pair.

    The small model often reads the border noun of such clauses as a compound
    or hangs the clause on the wrong word, so the words are read in order
    (the surface patterns of the Snowball relation extractor, Agichtein and
    Gravano 2000).

    Args:
        ix: the document index.

    Yields:
        sharesBorderWith relations.
    """
    doc = ix.doc
    for t in doc:
        whose = t.lower_ == "whose"
        along = t.lemma_.lower() in NEIGHBOUR_NOUNS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ALONG_PREPS
        if not (whose or along) or t.i < 2 or doc[t.i - 1].text != ",":
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        end = next((k for k in range(t.i + 1, sent.end) if doc[k].text in {",", ";", "(", "—", "–"}), sent.end)
        b = next((k for k in range(t.i + 1, min(end, t.i + 8)) if doc[k].lemma_.lower() in BORDER_NOUNS), None)
        if b is None or any(doc[k].lower_ in NEG_WORDS for k in range(t.i, end)):
            continue
        subjects = _country_list_before(ix, t.i - 1, sent.start)
        w = next((k for k in range(b + 1, end) if doc[k].lower_ == "with"), None)
        others = _country_run(ix, w + 1, end) if w is not None else []
        ev = ix.evidence(t)
        if others:
            for a in subjects:
                for o in others:
                    if (o.kb_id or o.text) != (a.kb_id or a.text):
                        yield Relation(subject=a, object=o, kind="sharesBorderWith", evidence=ev)
        elif w is None and len(subjects) == 2:
            yield Relation(subject=subjects[0], object=subjects[1], kind="sharesBorderWith", evidence=ev)


def _their_border_pairs(ix: _Index) -> Iterator[Relation]:
    """A border two countries own together: "A and B reopened their border", "... settled their common border".

    The subject of the clause is a pair of countries and the object is "their" border: one border
    between them ("their borders" of two countries may be each one's own, so the plural counts only
    with "with each other"/"with one another" or "common"/"shared").

    Args:
        ix: the document index.

    Yields:
        sharesBorderWith relations.
    """
    for t in ix.doc:
        if t.lemma_.lower() not in BORDER_NOUNS or t.dep_ not in {"dobj", "obj", "pobj"} or not any(
                c.dep_ == "poss" and c.lower_ == "their" for c in t.children):
            continue
        verb = t.head if t.dep_ != "pobj" else t.head.head
        if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children):
            continue
        mutual = any(c.lower_ in {"common", "shared", "mutual"} for c in t.children) or any(
            w.lower_ in {"other", "another"} and w.i > 0 and ix.doc[w.i - 1].lower_ in {"each", "one"}
            for w in ix.doc[t.i + 1:min(len(ix.doc), t.i + 6)])
        if t.tag_ != "NN" and not mutual:
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj and verb.dep_ == "conj":
            subj = _shared_clause_subject(verb)
        pair = _countries_in(ix, [x for c in subj[:1] for x in (c, *c.conjuncts)])
        if len({m.kb_id or m.text for m in pair}) != 2:
            continue
        yield Relation(subject=pair[0], object=pair[1], kind="sharesBorderWith", evidence=ix.evidence(t))


def _surface_borders(ix: _Index) -> Iterator[Relation]:
    """"Armenia borders Georgia and Iran" when the tagger reads "borders" as a noun,
    and "Egypt and Jordan share borders with Israel" when the parse is broken."""
    doc = ix.doc
    for t in doc:
        if t.lemma_.lower() == "share" or t.lower_ in {"share", "shares", "shared", "sharing"}:
            sent = ix.sent_at[t.i]
            if sent is None or any(doc[x].lower_ in NEG_WORDS for x in range(max(sent.start, t.i - 3), t.i)):
                continue
            window = [doc[x] for x in range(t.i + 1, min(sent.end, t.i + 9))]
            b = next((w for w in window if w.lemma_.lower() in BORDER_NOUNS), None)
            if b is not None and any(doc[x].lower_ in NEG_WORDS for x in range(t.i + 1, b.i)):
                continue  # "A shares no border with B"
            if b is None:
                # "the 800km border that X shares with Y": the border is the relative's antecedent
                rel = next((x for x in range(t.i - 1, max(sent.start, t.i - 5) - 1, -1)
                            if doc[x].lower_ in {"that", "which"}), None)
                bord = rel - 1 if rel is not None and rel > sent.start else None
                first = rel + 1 if rel is not None else None
                if rel is None and ix.country_mention(doc[t.i - 1], allow_demonym=False) is not None:
                    # "the 300 km of border X shares with Y": a contact clause, with no "that"
                    bord = next((x for x in range(t.i - 2, max(sent.start, t.i - 5), -1)
                                 if doc[x].lemma_.lower() in BORDER_NOUNS), None)
                    first = bord + 1 if bord is not None else None
                    if first is not None and not all(doc[x].pos_ == "PROPN" for x in range(first, t.i)):
                        bord = None
                if bord is None or doc[bord].lemma_.lower() not in {"border", "frontier", "boundary"} or \
                        t.i + 1 >= sent.end or doc[t.i + 1].lower_ != "with":
                    continue
                subj = [m for m in (ix.country_mention(doc[x], allow_demonym=False, allow_capital=False)
                                    for x in range(first, t.i)) if m is not None and m.label in {"COUNTRY",
                                                                                                  "TERRITORY"}]
                for a in subj[:1]:
                    for o in _country_run(ix, t.i + 2, sent.end):
                        yield Relation(subject=a, object=o, kind="sharesBorderWith", evidence=ix.evidence(t))
                continue
            subjects = _country_list_before(ix, t.i, sent.start)
            if not subjects:
                subjects = _relative_antecedent(ix, t.i, sent.start)
            objs = _country_run(ix, b.i + 2, sent.end) if b.i + 1 < sent.end and doc[b.i + 1].lower_ == "with" \
                else []
            ev = ix.evidence(t)
            if objs:
                for a in subjects:
                    for o in objs:
                        yield Relation(subject=a, object=o, kind="sharesBorderWith", evidence=ev)
            elif len(subjects) == 2:
                yield Relation(subject=subjects[0], object=subjects[1], kind="sharesBorderWith", evidence=ev)
    for t in doc:
        # "X, a nation of one million people wedged between A, B and C": X borders each
        if t.lower_ not in WEDGE_WORDS or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "between":
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        comma = next((k for k in range(t.i - 1, sent.start, -1) if doc[k].text == ","), None)
        subj = ix.country_mention(doc[comma - 1], allow_demonym=False, allow_capital=False) \
            if comma is not None else None
        if subj is None or subj.label not in {"COUNTRY", "TERRITORY"}:
            continue
        for o in _country_run(ix, t.i + 2, sent.end):
            if (o.kb_id or o.text) != (subj.kb_id or subj.text):
                yield Relation(subject=subj, object=o, kind="sharesBorderWith", evidence=ix.evidence(t))
    for t in doc:
        # "A and B, both of which border C": the tagger often reads "border" as a noun here
        if t.lower_ in {"border", "borders"} and t.i >= 4 and doc[t.i - 1].lower_ == "which" and \
                doc[t.i - 2].lower_ == "of" and doc[t.i - 3].lower_ in {"both", "all", "each"} and \
                doc[t.i - 4].text == ",":
            sent = ix.sent_at[t.i]
            if sent is not None:
                for a in _country_list_before(ix, t.i - 4, sent.start):
                    for o in _country_run(ix, t.i + 1, sent.end):
                        yield Relation(subject=a, object=o, kind="sharesBorderWith", evidence=ix.evidence(t))
            continue
    for t in doc:
        if t.lower_ not in {"borders", "bordered", "bordering"} or t.i == 0 or t.pos_ == "VERB" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            continue  # (a verb without a subject: the parser hung the country on it as a compound)
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        prev = doc[t.i - 1]
        if prev.lower_ in REL_PRONOUNS and t.i >= 3 and doc[t.i - 2].text == ",":
            prev = doc[t.i - 3]
        subj = ix.country_mention(prev, allow_demonym=False, allow_capital=False)
        if subj is None or subj.label not in {"COUNTRY", "TERRITORY"}:
            continue
        objs = _country_run(ix, t.i + 1, sent.end)
        while objs:
            # "borders A to the west and B to the east": each country keeps its own compass phrase
            k = _end_token(ix, objs[-1])
            if k is None or not _compass_after(doc, k) or doc[k + 3].lower_ not in {"and", ","}:
                break
            more = _country_run(ix, k + 3, sent.end)
            j = _end_token(ix, more[-1]) if more else None
            if j is None or not _compass_after(doc, j):
                break
            objs += more
        for o in objs:
            yield Relation(subject=subj, object=o, kind="sharesBorderWith", evidence=ix.evidence(t))


def _end_token(ix: _Index, m: Mention) -> int | None:
    """The index of the token just after mention ``m``.

    Args:
        ix: the document index.
        m: a mention of the document.

    Returns:
        The token index, or None when the mention's offsets fall outside the doc's tokens.
    """
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand") if m.start >= 0 else None
    return span.end if span is not None else None


def _compass_after(doc, k: int) -> bool:
    """Whether a compass phrase starts at token ``k``: "to the west", "to its north".

    Args:
        doc: the spaCy Doc.
        k: a token index.

    Returns:
        True when tokens k..k+2 read "to the/its COMPASS" and a token follows them.
    """
    return k + 3 < len(doc) and doc[k].lower_ == "to" and doc[k + 1].lower_ in {"the", "its"} and \
        doc[k + 2].lower_ in COMPASS_PARTS


# the words of an armed body's name: "the People's Army", "the Liberation Front"
ARMED_GROUP_WORDS = frozenset({"army", "forces", "militia", "front", "movement", "guard", "brigade", "brigades",
                               "legion", "corps", "battalion"})
# "X, a small state wedged between A and B": X borders both
WEDGE_WORDS = frozenset({"wedged", "sandwiched", "squeezed", "nestled"})
ARMED_NOUNS = frozenset({"troops", "forces", "army", "soldiers", "units"})


def _invasion_relations(ix: _Index) -> Iterator[Relation]:
    doc = ix.doc
    last_object: dict[str, Mention] = {}
    for t in doc:
        lem = t.lemma_.lower()
        if lem == "invasion" and t.pos_ in {"NOUN", "PROPN"}:
            subj = None
            obj = None
            for c in t.children:
                if c.dep_ == "poss":
                    if c.tag_ == "PRP$" and t.dep_ == "conj" and t.head.lemma_.lower() == "invasion" and \
                            c.lower_ in THING_PRONOUNS:
                        # "X's invasion of A and its invasion of B": the pronoun of a coordinated
                        # invasion takes up the first one's invader (parallelism, Kehler 2002)
                        m = next((ix.country_mention(g) for g in t.head.children if g.dep_ == "poss"
                                  and g.tag_ != "PRP$"), None) or ix.antecedent(c)
                    elif c.tag_ == "PRP$":
                        m = ix.antecedent(c) if c.lower_ in THING_PRONOUNS else None
                    else:
                        m = ix.country_mention(c)
                    if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                        subj = m
                elif c.dep_ in {"amod", "compound", "nmod"} and subj is None:
                    m = ix.country_mention(c)
                    if m is not None and m.label == "COUNTRY":
                        subj = m
                elif c.dep_ == "prep" and c.lower_ == "by" and subj is None:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            m = ix.country_mention(p)
                            if m is not None:
                                subj = m
                elif c.dep_ == "prep" and c.lower_ in {"of", "into"}:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            m = ix.country_mention(p, allow_demonym=False)
                            if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                                obj = m
                            elif any(g.dep_ == "poss" and g.lower_ == "its" for g in p.children):
                                its = next(g for g in p.children if g.dep_ == "poss" and g.lower_ == "its")
                                obj = _invaded_owner(ix, t, its)  # "the invasion of its oil fields"
            if subj is None:
                # surface fallback: "Russia's invasion" with a broken parse
                k = t.i - 1
                while k >= 0 and k >= t.i - 3 and doc[k].tag_ in {"POS", "JJ", "NNP", "NNPS"}:
                    if doc[k].tag_ != "POS":
                        m = ix.country_mention(doc[k])
                        if m is not None and m.label == "COUNTRY":
                            subj = m
                            break
                    k -= 1
            if obj is None and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in {"of", "into"}:
                m = ix.country_mention(doc[t.i + 2], allow_demonym=False)
                if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
                    obj = m
            if subj is None:
                continue
            key = subj.kb_id or subj.text
            if obj is not None and (obj.kb_id or obj.text) == key:
                continue  # "its" read back to the invader itself
            if obj is None:
                obj = last_object.get(key)
                if obj is None:
                    continue
            else:
                last_object[key] = obj
            yield Relation(subject=subj, object=obj, kind="invaded", evidence=ix.evidence(t))
        elif lem == "invade" and t.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in t.children):
                continue
            if any(c.dep_ == "aux" and c.lower_ in BLOCKING_MODALS | {"will", "'ll"} for c in t.children):
                continue  # "Russia might / will invade X": a prospect, not an invasion
            subj_toks = [c for c in t.children if c.dep_ == "nsubj"]
            if not subj_toks and t.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in t.children):
                subj_toks = _shared_clause_subject(t)  # "X seized the port and invaded Y": X invaded Y
            if not subj_toks and t.dep_ == "relcl":
                subj_toks = [t.head]
            if t.dep_ == "advcl" and subj_toks and subj_toks[0].lower_ in THING_PRONOUNS:
                # "the plateau China seized when it invaded India": a subject pronoun of an
                # adverbial clause is the main clause's subject (Hobbs 1978, same-sentence search)
                main = [c for c in t.head.children if c.dep_ == "nsubj" and _countries_in(ix, [c])]
                if not main and t.head.dep_ == "relcl" and any(
                        c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in t.head.children):
                    # "X, which seized Y after it invaded Z": the relative clause's antecedent
                    main = [t.head.head] if _countries_in(ix, [t.head.head]) else []
                subj_toks = main or subj_toks
            objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
            agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agents:
                # the passive: "Norway was invaded by Germany", "Ethiopia, invaded by Italy in 1935"
                subj_toks = agents
                objs = [c for c in t.children if c.dep_ == "nsubjpass"]
                if t.dep_ in {"acl", "relcl"} and all(o.lower_ in {"which", "that"} for o in objs):
                    objs = [t.head]  # "Kuwait, which was invaded by Iraq"
            if t.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in t.children) and (
                    not objs or all(o.lower_ in {"which", "that", "whom"} for o in objs)):
                objs = [t.head]  # "Kuwait, which Iraq invaded in 1990": the object comes first
            elif t.dep_ == "conj" and objs and all(o.lower_ in {"which", "whom"} for o in objs):
                first = t
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                # "X, which borders A and which Y invaded": the second relative clause's antecedent
                objs = [first.head] if first.dep_ == "relcl" else []
            objs += [k for o in objs for k in o.conjuncts if k.i > o.i]  # "invaded A and B"
            if objs and t.dep_ != "relcl":
                # "invaded A in 1983 and B in 1989": the parser hangs the gapped second object on the
                # verb as a conjunct; a bare country name there (no verb of its own) is a second object
                objs += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c not in objs and
                         (g := ix.ent_at[c.i]) is not None and g.label_ in {"COUNTRY", "TERRITORY"} and
                         not any(k.dep_ in {"nsubj", "dobj", "aux"} for k in c.children)]
            subs = [m for m in _countries_in(ix, subj_toks)]
            if not subs and t.dep_ == "relcl" and subj_toks and (
                    subj_toks[0].i == t.head.i or subj_toks[0].lower_ in {"that", "which", "who"}) and \
                    t.head.dep_ == "appos" and (group := ix.ent_at[t.head.head.i]) is not None and \
                    group.label_ == "ORG" and t.head.pos_ == "NOUN":
                # "the X Front (XF), the rebel movement that invaded Y": the body the noun stands for
                subs = [m for m in [ix.ent_mention(group)] if m is not None]
            if not subs and subj_toks and (group := ix.ent_at[subj_toks[0].i]) is not None and \
                    group.label_ == "ORG" and any(w.lower_ in ARMED_GROUP_WORDS for w in group):
                # "the Yugoslav People's Army invaded X": an armed body invades (ng:invaded allows it)
                subs = [m for m in [ix.ent_mention(group)] if m is not None]
            if not subs and subj_toks and (group := ix.ent_at[subj_toks[0].i]) is not None and \
                    group.label_ == "ORG" and subj_toks[0].pos_ == "PROPN" and group.text.isupper() and \
                    len(group) == 1 and any(ix.ent_at[o.i] is not None and ix.ent_at[o.i].label_ in
                                            {"COUNTRY", "TERRITORY", "GPE", "LOC"} for o in objs):
                # "the XLF invaded Y" with Y a land: a body known by its initials that invades a
                # country or territory is an armed one (a firm "invades a market", not a land)
                subs = [m for m in [ix.ent_mention(group)] if m is not None]
            if not subs and subj_toks and subj_toks[0].lower_ in ARMED_NOUNS:
                # "Chilean troops invaded ...": the demonym's state
                subs = [m for c in subj_toks[0].children if c.dep_ in {"amod", "compound"} and ix.demonym_country(c)
                        for m in [ix.country_mention(c)] if m is not None]
                if not subs:  # "troops from X invaded Y": the state the force comes from
                    subs = _countries_in(ix, [p for c in subj_toks[0].children if c.dep_ == "prep" and
                                              c.lower_ == "from" for p in c.children if p.dep_ == "pobj"])
            obs = [ix.country_mention(o, allow_demonym=False) or next(
                (ix.country_mention(c, allow_demonym=False) for c in o.children if c.dep_ == "poss"), None)
                for o in objs]  # "invaded Peru's Tacna province": the possessor
            for q, o in enumerate(objs):
                its = next((c for c in o.children if c.dep_ == "poss" and c.lower_ == "its"), None)
                if obs[q] is None and its is not None and t.dep_ in {"ccomp", "relcl", "advcl", "conj"}:
                    obs[q] = _invaded_owner(ix, t.head, its)  # "X says Y invaded its territory": X's
            for q, o in enumerate(objs):
                if obs[q] is None:
                    # "Argentina, which invaded the islands in 1982": the territory in focus
                    refs = _focus_territories(ix, o, subs, {})
                    obs[q] = refs[0].mention if len(refs) == 1 else None
                if obs[q] is None and (ent := ix.ent_at[o.i]) is not None and ent.label_ in {"PLACE", "LOC", "GPE"}:
                    # "invaded the X Peninsula", "invaded Varnek" (an island or region the gazetteer lacks):
                    # a region (ng:invaded allows places)
                    obs[q] = _place_mention(ix, o)
                if obs[q] is None and o.lemma_.lower() in COUNTRY_NOUNS and o.tag_ == "NN" and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in o.children):
                    obs[q] = _last_country_before(ix, o.i, {m.kb_id or m.text for m in subs})  # "invaded the country"
            for a in subs:
                for b in obs:
                    if b is not None and b.label in {"COUNTRY", "TERRITORY", "PLACE", "LOC", "GPE"} and (
                            b.kb_id or b.text) != (a.kb_id or a.text):
                        last_object[a.kb_id or a.text] = b
                        yield Relation(subject=a, object=b, kind="invaded", evidence=ix.evidence(t))


def _shared_clause_subject(verb) -> list:
    """The subject a coordinated verb shares with the verb it is joined to.

    "X seized the port and invaded Y", "X, which held the valley and invaded Y": the second verb
    has no subject of its own; it takes the first verb's subject, or, when the first verb is a
    relative clause with a relative-pronoun subject, the noun the clause hangs on (the usual
    reading of verb-phrase coordination).

    Args:
        verb: a token whose dependency is ``conj``.

    Returns:
        The subject tokens (possibly empty).
    """
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    subj = [c for c in first.children if c.dep_ == "nsubj"]
    if first.dep_ == "relcl" and (not subj or all(c.lower_ in {"which", "that", "who"} for c in subj)):
        return [first.head]
    return subj


def _last_country_before(ix: _Index, i: int, exclude: set[str]) -> Mention | None:
    """The country a definite "the country" at token ``i`` refers back to: the last one named
    before it in this or the previous sentence, other than ``exclude`` (a recency search, after
    Lappin & Leass 1994).

    Args:
        ix: the document index.
        i: the token of the definite noun.
        exclude: names (ids or texts) that may not be chosen, such as the clause's subject.

    Returns:
        A COUNTRY mention, or None.
    """
    k = ix.sent_no(i)
    floor = ix.sents[k - 1].start if k > 0 else 0
    for ent in reversed(ix.ents_in(floor, i)):
        if ent.label_ != "COUNTRY":
            continue
        m = ix.ent_mention(ent)
        if m is not None and (m.kb_id or m.text) not in exclude:
            return m
    return None


def _invaded_owner(ix: _Index, invasion, its) -> Mention | None:
    """The country "its" stands for in "X's invasion of its provinces": the country the clause
    around the invasion is about ("Kuwait, which still remembers Iraq's invasion of its ...")
    rather than the invader, else the pronoun's antecedent.

    Args:
        ix: the document index.
        invasion: the "invasion" token.
        its: the possessive pronoun of the invaded land.

    Returns:
        A COUNTRY mention, or None.
    """
    v = invasion
    for _ in range(6):
        if v.dep_ == "relcl":
            m = ix.country_mention(v.head, allow_demonym=False)
            if m is not None and m.label == "COUNTRY":
                return m
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < invasion.i]
        if v.pos_ in {"VERB", "AUX"} and subj:
            m = ix.country_mention(subj[0], allow_demonym=False)
            if m is not None and m.label == "COUNTRY":
                return m
        if v.head.i == v.i:
            break
        v = v.head
    m = ix.antecedent(its)
    return m if m is not None and m.label == "COUNTRY" else None


def _member_relations(ix: _Index) -> Iterator[Relation]:
    """"X joined NATO", "X belongs to ECOWAS" and "the six members of the GCC are A, B and C".

    Args:
        ix: the document index.

    Returns:
        memberOf relations between a country and a named organisation.
    """
    doc = ix.doc
    for t in doc:
        lem = t.lemma_.lower()
        if lem in {"join", "belong"} and t.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in t.children) or any(
                    w.lower_ in {"not", "n't", "never"} for w in doc[max(t.i - 3, 0):t.i]):
                continue
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if not subj and t.dep_ == "relcl":
                subj = [t.head]
            if lem == "join":
                objs = [c for c in t.children if c.dep_ in {"dobj", "obj"}]
                if t.dep_ == "relcl" and subj and objs and all(o.lower_ in {"which", "that"} for o in objs):
                    objs = [t.head]  # "X, which Y joined in 2023": the body named before
            else:  # "belongs to the Economic Community of West African States"
                tos = [c for c in t.children if c.dep_ in {"prep", "conj"} and c.lower_ == "to"]
                # "to the X Council and to the Y Council": a second "to" coordinated with the first
                tos += [x for c in tos for x in c.conjuncts if x.lower_ == "to" and x.i not in {y.i for y in tos}]
                objs = [q for c in tos for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
            who = [t.head if c.lower_ in REL_PRONOUNS and t.dep_ == "relcl" else c for c in subj]
            # "Both A and B joined", "A and B, which both joined X": every coordinated state
            subs = _countries_in(ix, [x for c in who for x in (c, *c.conjuncts)]) or _both_subject(ix, t)
            main = _main_subject_for(ix, t, subj)
            if main is not None:
                subs = main  # "The Kingdom split from X in 1960, a year after it joined Y": not X
            if subs:
                # "A, like B and C, belongs to X": the states it is likened to belong too
                likes = [p for h in (*who, t) for c in h.children if c.dep_ == "prep" and c.lower_ == "like"
                         and c.i < t.i for p in c.children if p.dep_ == "pobj"]
                subs += _countries_in(ix, [x for p in likes for x in (p, *p.conjuncts)])
            people = [m for c in who for x in (c, *c.conjuncts) for m in [ix.person_mention(x.i)] if m is not None]
            bodies = [] if subs or people or len(who) != 1 else _named_body_before(ix, who[0])
            for o in objs:
                ent = ix.ent_at[o.i]
                if ent is None and o.lower_ in BLOC_NOUNS:
                    om = _bloc_antecedent(ix, list(o.subtree))  # "since Austria joined the bloc"
                elif ent is None or ent.label_ != "ORG":
                    continue
                else:
                    om = ix.ent_mention(ent)
                if om is None:
                    continue
                for a in subs:
                    yield Relation(subject=a, object=om, kind="memberOf", evidence=ix.evidence(t))
                for b in bodies:
                    if om.label == "ORG" and (b.kb_id or b.text) != (om.kb_id or om.text):
                        yield Relation(subject=b, object=om, kind="memberOf", evidence=ix.evidence(t))
                if lem == "belong" or any(w.lower() in PARTY_WORDS for w in om.text.split()):
                    # "X, who belongs to the Y", "X joined the Z Party": a person's membership
                    for p in people:
                        yield Relation(subject=p, object=om, kind="memberOf", evidence=ix.evidence(t))


def _both_subject(ix: _Index, verb) -> list[Mention]:
    """The two states a subject "both" / "both countries" stands for: the pair named last before it.

    Args:
        ix: the document index.
        verb: the verb whose subject may be "both".

    Returns:
        Two country mentions (:func:`_recent_pair`), or an empty list.
    """
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return []
    if subj.lower_ == "both" or subj.lemma_.lower() in COUNTRY_NOUNS and subj.tag_ == "NNS" and any(
            c.dep_ in {"det", "predet"} and c.lower_ == "both" for c in subj.children):
        return _recent_pair(ix, subj.i)
    return []


def _named_body_before(ix: _Index, noun) -> list[Mention]:
    """The organisation a definite common noun refers back to: "the library" after "the Varnek Public Library".

    The last organisation named earlier in the article whose name ends in the same noun (a
    definite description resolved by its head noun, after Vieira and Poesio 2000).

    Args:
        ix: the document index.
        noun: the subject token ("library" with "the").

    Returns:
        A one-element list with the organisation's mention, or an empty list.
    """
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or \
            any(c.dep_ in {"amod", "compound", "poss", "prep"} for c in noun.children):
        return []
    for ent in reversed(ix.ents_in(0, noun.i)):
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ == noun.lower_:
            m = ix.ent_mention(ent)
            return [m] if m is not None else []
    return []


def _main_subject_for(ix: _Index, verb, subj) -> list[Mention] | None:
    """The state a subject "it" of a subordinate clause stands for: the main clause's subject.

    "The Kingdom split from X in 1960, a year after it joined Y": the pronoun of a
    clause hung inside the sentence refers to the main clause's subject, not to a country named
    in a prepositional phrase (the subject preference of Hobbs 1978 and Lappin and Leass 1994).
    A subject named only by its form ("the Kingdom", "the country") is the last country named
    before it.

    Args:
        ix: the document index.
        verb: the subordinate clause's verb.
        subj: its subject tokens.

    Returns:
        The country mentions (possibly empty, which blocks a wrong antecedent), or None when the
        rule does not apply (no noun subject before the pronoun, or one that names no state).
    """
    if len(subj) != 1 or subj[0].lower_ != "it" or verb.dep_ not in {"relcl", "advcl", "acl"}:
        return None
    root = verb
    while root.dep_ != "ROOT" and root.head is not root:
        root = root.head
    heads = [c for c in root.children if c.dep_ == "nsubj" and c.i < subj[0].i and c.pos_ in {"NOUN", "PROPN"}]
    if not heads:
        return None
    head = heads[0]
    m = ix.country_mention(head, allow_demonym=False)
    if m is not None and m.label in {"COUNTRY", "TERRITORY"}:
        return [m]
    if head.lemma_.lower() in BARE_STATE_NOUNS | {"country", "nation"} and any(
            c.lower_ == "the" for c in head.children):
        last = _last_country_before(ix, head.i, set())
        return [last] if last is not None else []
    return None  # "The decision came a year after it joined X": the pronoun looks further back


def _country_run_after(ix: _Index, k: int, end: int) -> list[Mention]:
    """The countries listed from token ``k`` on: "A, B and C" (stops at anything else)."""
    doc = ix.doc
    out: list[Mention] = []
    while k < end:
        t = doc[k]
        if t.text == "," or t.lower_ in {"and", "the"}:
            k += 1
            continue
        m = ix.country_mention(t, allow_demonym=False, allow_capital=False)
        ent = ix.ent_at[k]
        if m is None or m.label != "COUNTRY" or ent is None:
            break
        out.append(m)
        k = ent.end
    return out


def _org_at(ix: _Index, k: int) -> tuple[Mention | None, int]:
    """The organisation named at token ``k`` (an ORG entity or a listed body) and the index after it."""
    doc = ix.doc
    ent = ix.ent_at[k] if k < len(doc) else None
    if ent is None:
        return None, k
    if ent.label_ == "ORG":
        return ix.ent_mention(ent), ent.end
    entry = ix.gaz.lookup(ent.text)
    if entry is not None and entry.cls == "Organization":  # "Asean" read as a place
        return ix.mention(ent.start, ent.end, "ORG", entry.name), ent.end
    return None, k


def _fronted_members(ix: _Index) -> Iterator[Relation]:
    """Membership before the clause: "As (fellow) members of X, A, B and C have ..." (a fronted
    "as"-phrase names the body of the subjects that follow).

    Args:
        ix: the document index.

    Returns:
        memberOf relations from each country to the body.
    """
    doc = ix.doc
    for sent in ix.sents:
        k = sent.start
        while k < sent.end and doc[k].is_space:
            k += 1
        if k + 3 < sent.end and doc[k].lower_ == "as":
            j = k + 1
            while j < sent.end and doc[j].pos_ in {"ADJ", "DET"}:
                j += 1
            if j + 2 < sent.end and doc[j].lower_ in MEMBER_NOUNS and doc[j + 1].lower_ == "of":
                q = j + 2
                if doc[q].lower_ == "the":
                    q += 1
                om, after = _org_at(ix, q)
                if om is not None and after < sent.end and doc[after].text == ",":
                    for m in _country_run_after(ix, after + 1, sent.end):
                        yield Relation(subject=m, object=om, kind="memberOf", evidence=ix.evidence(doc[j]))


PARTY_TIES = frozenset({"veteran", "member", "stalwart", "loyalist", "activist", "politician", "councillor",
                        "councilor", "lawmaker", "legislator", "senator", "deputy", "mp"})
# verbs of belonging to a body and where the body stands: "make up X", "returned to X", "sit in X"
MEMBERSHIP_VERBS = {"make": ("prt", {"up"}), "return": ("prep", {"to"}), "sit": ("prep", {"in", "on"})}


def _is_party(ix: _Index, m: Mention | None) -> bool:
    """A political party: a name with a party word, or a listed body whose other names have one."""
    if m is None or m.label != "ORG":
        return False
    entry = ix.gaz.lookup(m.kb_id or m.text)
    if fold(entry.name if entry is not None else m.text) in ix.gaz.parties:
        return True  # a well-known party with no party word in its name ("Sinn Féin")
    if entry is not None:
        # a listed body: only one whose names say "party" or "(National) Congress" ("ANC"), so
        # that blocs ("African Union", "Arab League") never count
        return entry.cls == "Organization" and (any(
            w.lower() in {"party", "congress"} for n in (entry.name, *entry.aliases) for w in n.split()) or (
            len(entry.name.split()) >= 2 and entry.name.split()[-1].lower() in PARTY_PLURALS)) and \
            fold(entry.name) not in {"congress", "united states congress", "us congress"}  # "Liberal Democrats"
    words = m.text.split()
    if any(w.lower() in PARTY_NAME_WORDS for w in words) or (len(words) >= 2 and words[0].lower() in
                                                               ROMANCE_BODY_OPENERS):
        return True  # ("Frente Unido", "Movimento X": a Romance party word opens the name)
    if len(words) >= 2 and words[-1].lower() in PARTY_PLURALS:
        return True  # "the Scottish Conservatives", "the Social Democrats"
    if m.text.isupper() and 2 <= len(m.text) <= 6:
        # an acronym the article spells out: "the National Democratic Party (NDP)"
        spelled = re.search(r"([A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*)\s+\(" + re.escape(m.text) + r"\)",
                            ix.text)
        return spelled is not None and any(w.lower() in PARTY_NAME_WORDS for w in spelled.group(1).split())
    return False


# the titles of those elected on a party ticket
POLITICAL_TITLES = LEGISLATOR_TITLES - {"candidate", "leader", "deputy"} | {"minister", "deputy"}


def _of_party_acronym(ix: _Index) -> Iterator[Relation]:
    """A politician's party named with its acronym: "Fisheries Minister Name, of the Kessel
    Renewal Front (KRF)," / "MP Name of the Varnay People's League (VPL)".

    The person must hold a minister's or a legislator's title in the article, or the name must
    say "Party"; the name in front of the bracketed acronym must hold no word of a public body
    (ministry, council, university ...), so that a post's own body is never read as a party.

    Args:
        ix: the document index.

    Returns:
        memberOf relations from the person to the party.
    """
    doc = ix.doc
    political = {p.person.text for p in extract_positions(doc, ix.article)
                 if p.title.split() and p.title.split()[-1].lower() in POLITICAL_TITLES}
    for s, e in ix.persons:
        person = ix.person_mention(s)
        if person is None:
            continue
        k = e + 1 if e < len(doc) and doc[e].text == "," else e
        if k + 3 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ != "the":
            continue
        run = _cap_run(doc, k + 2, len(doc), 1)
        if run is None:
            continue
        a, b = run
        while b + 1 < len(doc) and doc[b].lower_ in {"and", "of", "&"} and doc[b + 1].text[:1].isupper():
            nxt = _cap_run(doc, b + 1, len(doc), 1)
            if nxt is None:
                break
            b = nxt[1]
        if not (b + 2 < len(doc) and doc[b].text == "(" and doc[b + 1].text.isupper() and doc[b + 2].text == ")"):
            continue
        if any(t.lower_ in ORG_WORDS - {"party", "front", "alliance", "movement", "league", "congress", "bloc",
                                        "union", "federation"} for t in doc[a:b]):
            continue  # "of the Ministry of Fisheries (MOF)": the post's own body
        if person.text not in political and not any(t.lower_ == "party" for t in doc[a:b]):
            continue  # a name that says "Party" needs no political title: "Hon. Name of the X Party (XP)"
        om = ix.mention(a, b, "ORG", "")
        if om is not None:
            yield Relation(subject=person, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))


# the words that make a name a party's: "X Party", "Y Alliance", "Z Front", "National Congress"
PARTY_NAME_WORDS = frozenset({"party", "alliance", "front", "congress"})


# a party named by its members: "the Scottish Conservatives", "the Social Democrats"
PARTY_PLURALS = frozenset({"conservatives", "democrats", "republicans", "liberals", "socialists", "greens",
                           "nationalists", "unionists", "tories", "communists", "progressives"})
# "who represents X for the P", "who sits for the P", "an assemblywoman from the P"
PARTY_SEAT_VERBS = frozenset({"represent", "sit", "stand", "run", "elect", "serve"})


def _bloc_ties(ix: _Index) -> Iterator[Relation]:
    """Membership and borders stated by compact news wordings around a verb.

    - "A, B and C, which together with D make up X", "A and B, which sit with C and D in X",
      "X, which counts A and B among its members", "A, which returned to X", "A has been in
      X since 1973";
    - "the frontier where A, B and C meet": each pair shares a border.

    Args:
        ix: the document index.

    Returns:
        An iterator of relations.
    """
    doc = ix.doc
    n = len(doc)
    for t in doc:
        lem = t.lemma_.lower()
        if not (t.pos_ in {"VERB", "AUX"} or t.lower_ == "meet" and t.dep_ == "relcl") or \
                any(c.dep_ == "neg" for c in t.children):
            continue  # ("meet" of "where A and B meet" may be tagged a noun)
        ev = ix.evidence(t)
        subj = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
        heads = [x for c in subj for x in (c, *c.conjuncts)]
        if subj and subj[0].lower_ in REL_PRONOUNS and t.dep_ == "relcl":
            heads = [t.head, *t.head.conjuncts]
            heads += [x for a in t.head.children if a.dep_ == "appos" for x in (a, *a.conjuncts)]  # "A, B and C,"
        with_subj = [x for c in subj for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                     for o in p.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)]  # "which together with D"
        # "make up X", "returned to X", "sit with C in X"
        if lem in MEMBERSHIP_VERBS:
            dep, words = MEMBERSHIP_VERBS[lem]
            if dep == "prt":
                bodies = [p for p in t.children if p.dep_ in {"dobj", "obj"}] if any(
                    c.dep_ == "prt" and c.lower_ in words for c in t.children) else []
            else:
                bodies = [p for c in t.children if c.dep_ == "prep" and c.lower_ in words
                          for p in c.children if p.dep_ == "pobj"]
            extra = [x for c in t.children if c.dep_ in {"advmod", "prep"} and c.lower_ in {"together", "with",
                                                                                         "alongside"}
                     for g in (c, *c.children) for p in g.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)]
            for b in bodies:
                ent = ix.ent_at[b.i]
                om, _ = _org_at(ix, ent.start) if ent is not None else (None, 0)
                if om is None or (lem == "return" and om.kb_id == ""):
                    continue  # "returned to Rabat": only a listed body is a membership
                pair = [m for h in heads if h.lemma_.lower() in COUNTRY_NOUNS and any(
                    c.lower_ in {"both", "two"} for c in h.children) for m in _recent_pair(ix, h.i)]
                for m in _countries_in(ix, heads + extra + with_subj) + pair:  # ("the two countries, which")
                    yield Relation(subject=m, object=om, kind="memberOf", evidence=ev)
        # "X, which counts A and B among its (founding) members"
        if lem == "count":
            among = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "among"
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MEMBER_NOUNS]
            objs = [x for c in t.children if c.dep_ in {"dobj", "obj"} for x in (c, *c.conjuncts)]
            body = heads[0] if heads else None
            ent = ix.ent_at[body.i] if body is not None else None
            om, _ = _org_at(ix, ent.start) if ent is not None else (None, 0)
            if among and om is not None:
                for m in _countries_in(ix, objs):
                    yield Relation(subject=m, object=om, kind="memberOf", evidence=ev)
        # "A has been in X since 1973", "since A joined the bloc"
        if lem == "be" and t.dep_ in {"ROOT", "conj", "ccomp"}:
            ins = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                   for p in c.children if p.dep_ == "pobj"]
            for p in ins:
                ent = ix.ent_at[p.i]
                om, _ = _org_at(ix, ent.start) if ent is not None else (None, 0)
                if om is not None and om.kb_id and ix.gaz.lookup(om.kb_id) is not None:
                    for m in _countries_in(ix, heads):
                        yield Relation(subject=m, object=om, kind="memberOf", evidence=ev)
            # "A has been a NATO member for years", "A is a full EU member": the body as the noun's compound
            for a in t.children:
                if a.dep_ != "attr" or a.lemma_.lower() not in MEMBER_NOUNS:
                    continue
                for c in a.children:
                    ent = ix.ent_at[c.i] if c.dep_ == "compound" else None
                    om, _ = _org_at(ix, ent.start) if ent is not None else (None, 0)
                    if om is not None and om.kb_id and ix.gaz.lookup(om.kb_id) is not None:
                        for m in _countries_in(ix, heads):
                            yield Relation(subject=m, object=om, kind="memberOf", evidence=ev)
        # "the frontier where A, B and C meet"
        if lem == "meet" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in t.children) and \
                t.head.lemma_.lower() in {"frontier", "border", "borders", "junction", "tri-junction", "point"}:
            heads = heads or [x for c in t.children if c.dep_ in {"nmod", "npadvmod", "dep"} and c.i < t.i
                              for x in (c, *c.conjuncts)]  # "where Chile, Peru and Bolivia meet" misparsed
            cs = _countries_in(ix, heads)
            for a in range(len(cs)):
                for b in range(a + 1, len(cs)):
                    yield Relation(subject=cs[a], object=cs[b], kind="sharesBorderWith", evidence=ev)


def _party_ties(ix: _Index) -> Iterator[Relation]:
    """A person's party: "the P's Name", "elected on a P ticket", "a P (ACR) veteran".

    Args:
        ix: the document index.

    Returns:
        memberOf relations from the person to the party.
    """
    doc = ix.doc
    n = len(doc)
    for s, e in ix.persons:
        person = ix.person_mention(s)
        if person is None:
            continue
        # "the P's Name" / "P's Name"
        if s >= 2 and doc[s - 1].tag_ == "POS":
            ent = ix.ent_at[s - 2]
            om = ix.ent_mention(ent) if ent is not None else None
            short = not _is_party(ix, om) and doc[s - 2].text[:1].isupper() and \
                doc[s - 2].lower_ in PARTY_PLURALS | {"labour", "labor"} and \
                (s < 3 or not doc[s - 3].text[:1].isupper() or doc[s - 3].lower_ == "the")
            if short:
                om = ix.mention(s - 2, s - 1, "ORG")  # "Labour's Name", "the Greens' Name": a party's short name
            if om is not None and (short or _is_party(ix, om)):
                yield Relation(subject=person, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))
        sent = ix.sent_at[s]
        if sent is None:
            continue
        # "X, a P (ACR) veteran," / "X, who was elected on a P ticket"
        k = e
        lim = min(sent.end, e + 16)
        while k < lim:
            t = doc[k]
            if t.lower_ in {"a", "an"} and k + 1 < lim:
                ent = ix.ent_at[k + 1]
                om = ix.ent_mention(ent) if ent is not None and ent.start in {k, k + 1} else None
                if om is not None and ent.start == k:  # NER took the article in: "a Liberal Party"
                    om = ix.mention(k + 1, ent.end, "ORG", ent.ent_id_)
                q = k + 1
                while q < lim and doc[q].text[:1].isupper() and (doc[q].pos_ == "PROPN" or doc[q].text.isupper()):
                    q += 1
                if q > k + 1 and q < n and doc[q].lower_ == "ticket" and (om is None or not _is_party(ix, om)):
                    # "elected on a Y ticket": the capitalised words before "ticket" name the party
                    om = ix.mention(k + 1, q, "ORG", "")
                    if om is not None and not _names_no_party(ix, [doc[x] for x in range(k + 1, q)]):
                        yield Relation(subject=person, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))
                        break
                if om is not None and _is_party(ix, om):
                    j = ent.end
                    if j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")":
                        j += 3
                    if j < n and (doc[j].lower_ in PARTY_TIES or doc[j].lower_ == "ticket"):
                        yield Relation(subject=person, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))
                        break
            if t.lower_ in {"for", "from"} and k + 1 < lim and k > e and (
                    any(doc[x].lemma_.lower() in PARTY_SEAT_VERBS and doc[x].pos_ == "VERB" for x in range(e, k))
                    or doc[k - 1].lower_ in LEGISLATOR_TITLES | {"assemblywoman", "assemblyman", "councillor",
                                                                  "councilor", "candidate"}):
                # "who represents X in the Lok Sabha for the P", "an assemblywoman from the P"
                q = k + 1 if doc[k + 1].lower_ != "the" else k + 2
                ent = ix.ent_at[q] if q < n else None
                om = None
                if ent is not None and ent.start in {q, q - 1} and (
                        ent.label_ in {"ORG", "NORP"} or ent.text.isupper()):
                    # NER may read "the X Democrats" as a nationality and an acronym as a person
                    end = ent.end - 1 if ent.end - 1 > q and doc[ent.end - 1].lower_ in {"party"} and \
                        doc[ent.end - 1].is_lower else ent.end  # "the X and Y party": a common noun after the name
                    om = ix.mention(q, end, "ORG", ent.ent_id_ if ent.label_ == "ORG" else "")
                if om is not None and _is_party(ix, om):
                    yield Relation(subject=person, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))
                    break
            if t.text in {";", "."} or (ix.person_at.get(k) is not None and k >= e):
                break
            k += 1


def _kind_of_places(ix: _Index) -> Iterator[Relation]:
    """"The Peruvian (coastal) town of X", "the Kerry port of X", "the Upper Varnek port of X": X lies
    in that state or place (a place name of up to three words as the modifier).

    Args:
        ix: the document index.

    Returns:
        locatedIn relations.
    """
    doc = ix.doc
    n = len(doc)
    kinds = PLACE_NOUNS - {"region", "republic", "community", "islands", "capital", "hub", "stronghold"}
    for t in doc:
        if t.lower_ != "the" or t.i + 4 >= n:
            continue
        mod = doc[t.i + 1]
        # "the Upper Varnek port of X": a place name of several words as the modifier
        ment = ix.ent_at[mod.i]
        wide = ment is not None and ment.start == mod.i and 1 < len(ment) <= 3 and \
            ment.label_ in {"PLACE", "GPE", "LOC"} and ment.end + 2 < n
        # "the Chilean (coastal / port) town of X": up to two lower-case words before the kind noun
        j = ment.end if wide else t.i + 2
        lim = j + 2
        while j < min(lim, n - 2) and doc[j].lower_ not in kinds and doc[j].is_lower and \
                doc[j].pos_ in {"ADJ", "NOUN"}:
            j += 1
        if doc[j + 1].lower_ in kinds and j + 2 < n:
            j += 1  # "the Peruvian port city of X"
        noun, of = doc[j], doc[j + 1]
        if of.lower_ != "of" or noun.lower_ not in kinds or j + 2 >= n:
            continue
        if ix.demonym_country(mod):
            big = ix.country_mention(mod)
        else:
            ent = ix.ent_at[mod.i]
            big = _place_mention(ix, mod) if ent is not None and (ent.start == ent.end - 1 == mod.i or wide) else None
        ent = ix.ent_at[j + 2]
        if big is None or ent is None or ent.start != j + 2 or ent.label_ in {"DATE", "CARDINAL", "PERSON"} and \
                not ix._plausible_name(ent.start, ent.end):
            continue
        small = ix.mention(ent.start, ent.end, "PLACE", ent.ent_id_ if ent.label_ in {"PLACE", "GPE"} else "")
        if small is not None and (small.kb_id or small.text) != (big.kb_id or big.text):
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))


def _of_named(prep) -> list:
    """The tokens an "of" phrase names: its object, or the complement of a free relative
    ("a member of what is now the X": the body under its later name).

    Args:
        prep: the "of" token.

    Returns:
        The object tokens (possibly empty).
    """
    out = [p for p in prep.children if p.dep_ == "pobj"]
    for v in prep.children:
        if v.dep_ == "pcomp" and v.lemma_.lower() in {"become", "be"} and \
                any(c.dep_ == "nsubj" and c.lower_ == "what" for c in v.children) and \
                not any(c.dep_ == "neg" for c in v.children):
            out += [c for c in v.children if c.dep_ == "attr"]
    return out


def _of_orgs(ix: _Index, noun) -> list[Mention]:
    """The named organisations in the "of" phrases of ``noun`` ("members of the GCC"), with a second
    "of" phrase the parser hung on a dated "since" phrase: "a member of X since 2004 and of Y since 2007"."""
    out = []
    ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    if ofs:
        for since in (*noun.children, *noun.head.children):
            if since.dep_ == "prep" and since.lower_ in {"since", "from"} and since.i > noun.i:
                ofs += [x for x in since.children if x.dep_ == "conj" and x.lower_ == "of" and
                        ix.doc[x.i - 1].lower_ == "and"]
    for c in ofs:
        for p in _of_named(c):
            ent = ix.ent_at[p.i]
            if ent is not None and ent.label_ == "ORG":
                om = ix.ent_mention(ent)
                if om is not None:
                    out.append(om)
    return out


def _members_are(ix: _Index) -> Iterator[Relation]:
    """"The six members of the GCC are A, B, C and D": a copula listing an organisation's members.

    Args:
        ix: the document index.

    Returns:
        memberOf relations from each listed country to the organisation.
    """
    for t in ix.doc:
        if not _member_noun(t):
            continue
        verb = t.head
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if t.dep_ == "nsubj" and verb.lemma_ in {"be", "include"}:
            # "the members of X are A and B", "X, whose 16 member states include A, B and C"
            orgs = _member_orgs(ix, t)
            attrs = [c for c in verb.children if c.dep_ in {"attr", "dobj", "obj"}]
            members = _countries_in(ix, [x for a in attrs for x in (a, *a.conjuncts)])
            listed = [x for a in attrs for x in (a, *a.conjuncts)]
            if members:
                # a long list the parser broke ("A, B, C and D's front X" with C hung on X): every
                # state in the listed phrase that is no possessor (nor a bracketed acronym)
                listed = [x for a in attrs for x in a.subtree if x.dep_ != "poss" and _list_path(x, a)
                          and not (x.i > 0 and ix.doc[x.i - 1].text == "(")]
                ends = [ix.ent_at[x.i].end if ix.ent_at[x.i] is not None else x.i + 1 for x in listed]
                listed = [x for x, e in zip(listed, ends) if not (e < len(ix.doc) and ix.doc[e].tag_ == "POS")]
                have = {m.start for m in members}
                members += [m for m in _countries_in(ix, listed) if m.start not in have]
            if t.lemma_.lower() == "member" and members:
                # "whose members are A, B and C's pro-independence front X": a listed body too
                have = {m.start for m in members}
                members += [m for m in _bodies_in(ix, listed) if m.start not in have]
            # (C in "C's front X" owns a member and is none itself)
            members = [m for m in members if not _possessor_mention(ix, m)]
        elif t.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_ == "be":
            # "A and B are among X's 15 member states"
            if any(c.dep_ == "neg" for c in verb.head.children):
                continue
            orgs = _member_orgs(ix, t)
            subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
            members = _countries_in(ix, [x for c in subj for x in (c, *c.conjuncts)])
        else:
            continue
        for a in members:
            for om in orgs:
                yield Relation(subject=a, object=om, kind="memberOf", evidence=ix.evidence(t))


def _possessor_mention(ix: _Index, m: Mention) -> bool:
    """Whether a mention stands before a possessive "'s" ("C" in "C's front X").

    Args:
        ix: the document index.
        m: the mention.

    Returns:
        True when the token after the mention is a possessive ending.
    """
    span = ix.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.end < len(ix.doc) and ix.doc[span.end].tag_ == "POS"


def _list_path(x, top) -> bool:
    """Whether token ``x`` hangs from ``top`` through list links only (conjuncts, compounds,
    nominal modifiers), not through a clause or a prepositional phrase.

    Args:
        x: a token in the subtree of ``top``.
        top: the head of the listed phrase.

    Returns:
        True when no clause or prepositional link lies between them.
    """
    while x.i != top.i:
        if x.dep_ in {"relcl", "acl", "advcl", "prep", "pobj", "ccomp", "xcomp"} or x.head.i == x.i:
            return False
        x = x.head
    return True


def _bodies_in(ix: _Index, toks: list) -> list[Mention]:
    """The organisations (ORG entities or untagged acronyms, no country) the tokens head, in order."""
    out: list[Mention] = []
    for t in toks:
        ent = ix.ent_at[t.i]
        if ent is None and t.is_alpha and t.text.isupper() and len(t.text) >= 3:
            m = ix.mention(t.i, t.i + 1, "ORG", "")  # an acronym NER left untagged
        elif ent is None or ent.label_ != "ORG" or ent.root.i != t.i:
            continue
        else:
            m = ix.ent_mention(ent)
        if m is not None and ix.country_mention(t, allow_demonym=False) is None and \
                all(m.start != o.start for o in out):
            out.append(m)
    return out


def _member_noun(t) -> bool:
    """"members", or "states" / "countries" with "member" before them ("member states")."""
    if t.pos_ != "NOUN":
        return False
    return t.lemma_.lower() == "member" or (t.lemma_.lower() in {"state", "country", "nation"} and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() == "member" for c in t.children))


def _member_orgs(ix: _Index, noun) -> list[Mention]:
    """The organisation whose members ``noun`` names: "members of X", "X's member states",
    "X, whose member states ..." (the relative clause's antecedent)."""
    out = _of_orgs(ix, noun)
    for c in noun.children:
        if c.dep_ != "poss":
            continue
        tok = c
        if c.lower_ == "whose":
            v = noun.head
            while v.dep_ not in {"relcl", "ROOT"} and v.head.i != v.i:
                v = v.head
            if v.dep_ != "relcl":
                continue
            tok = v.head
        ent = ix.ent_at[tok.i]
        if ent is not None and ent.label_ == "ORG":
            om = ix.ent_mention(ent)
            if om is not None:
                out.append(om)
    return out


def _clause_members(ix: _Index) -> Iterator[Relation]:
    """Membership stated in a clause rather than an appositive.

    - "CARICOM, of which Guyana is a founding member,": the relative's antecedent;
    - "Both are members of the SCO": the two countries coordinated just before;
    - "Pakistan, which began a term as a non-permanent member of the UN Security Council".
    Negated clauses ("is not a member") give nothing.

    Args:
        ix: the document index.

    Returns:
        An iterator of memberOf relations.
    """
    doc = ix.doc
    for t in doc:
        if t.lemma_.lower() != "member" or t.pos_ != "NOUN":
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        verb = t.head if t.dep_ in {"attr", "pobj"} else None
        if verb is not None and verb.dep_ == "prep" and verb.lower_ == "as":
            verb = verb.head  # "a term as a member of": the clause verb above "as"
            if verb.dep_ in {"dobj", "pobj"}:
                verb = verb.head
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "neg" for c in (*verb.children, *t.children)) or any(
                w.lower_ in {"not", "n't", "never", "no"} for w in ix.doc[min(verb.i, t.i):t.i]):
            continue  # "is not / no longer a member" (but a "non-permanent member" is one)
        orgs = _of_orgs(ix, t)
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        members: list[Mention] = []
        # ", of which X is a member": the organisation before ", of which"
        of_which = next((c for c in (*verb.children, *(g for h in subj for g in h.children))
                         if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i
                         and any(g.lower_ == "which" for g in c.children)), None)  # (or hung on the subject)
        if of_which is not None and not orgs:
            k = of_which.i - 2 if of_which.i >= 2 and doc[of_which.i - 1].text == "," else -1
            if k >= 0 and doc[k].text == ")":
                k = next((x for x in range(k - 1, max(-1, k - 8), -1) if doc[x].text == "("), 0) - 1
            ent = ix.ent_at[k] if k >= 0 else None
            if ent is not None and ent.label_ == "ORG":
                om = ix.ent_mention(ent)
                if om is not None:
                    orgs.append(om)
        if not orgs or not subj:
            continue
        head = subj[0]
        if head.lower_ in {"both", "all", "they"}:
            members = _recent_pair(ix, head.i) if head.lower_ == "both" else []
        elif head.lemma_.lower() in COUNTRY_NOUNS and any(c.dep_ in {"det", "predet"} and c.lower_ == "both"
                                                for c in head.children):
            members = _recent_pair(ix, head.i)  # "Both countries are members of X": the last two named
        elif head.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            members = _countries_in(ix, [verb.head, *verb.head.conjuncts])
        else:
            members = _countries_in(ix, [head, *head.conjuncts])
        for a in members:
            for om in orgs:
                yield Relation(subject=a, object=om, kind="memberOf", evidence=ix.evidence(t))


PARTY_WORDS = frozenset({"party", "congress", "front", "movement", "alliance", "league", "union", "coalition",
                         "bloc", "caucus",
                         # the word in other languages: Partido Popular, Parti socialiste, Partito Democratico
                         "partido", "parti", "partei", "partij", "partito", "partidul", "partia", "stranka",
                         "pati"})  # (Tok Pisin)


def _subject_of(ix: _Index, verb) -> Mention | None:
    """The country or person a verb is about: its own subject, a coordinated verb's
    subject ("X is A and has been B") or a relative clause's antecedent ("X, who ...")."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head
        if subj is not None:
            break
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
            head_ent = ix.ent_at[verb.head.i]
            if head_ent is not None and head_ent.label_ in {"COUNTRY", "TERRITORY"} and verb.head.i == head_ent.start:
                subj = verb.head  # a name the tagger read as the main verb: "Belize shares ... and is ..."
                break
            verb = verb.head
            continue
        if verb.dep_ == "relcl":
            subj = verb.head
        break
    if subj is None:
        return None
    if subj.i in ix.person_at:
        return ix.person_mention(ix.person_at[subj.i][0])
    return ix.country_mention(subj, allow_demonym=False)


def _copula_members(ix: _Index) -> Iterator[Relation]:
    """"X is a member of Y" in any clause: coordinated ("X is a founding member of A and
    has been a member of B since 1973") or relative ("who represents Z and is a member
    of Y").  The subject is found through coordination and relative clauses.

    Args:
        ix: the document index.

    Returns:
        memberOf relations between a country or person and a named organisation.
    """
    for t in ix.doc:
        part = t.lower_ == "part" and t.pos_ == "NOUN"  # "A, B and C are all part of X": states in a body
        if t.lower_ not in MEMBER_NOUNS and not part:
            continue
        verb = t.head
        # "A and B are founding members of X" read as a progressive verb with "members" its object
        misread = t.dep_ == "dobj" and verb.lower_ in {"founding", "leading"} and verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        if not misread and t.dep_ not in {"attr", "oprd"}:
            continue
        if (verb.lemma_.lower() not in COPULA_LEMMAS and not misread) or any(c.dep_ == "neg" for c in verb.children) or \
                any(ix.doc[x].lower_ in NEG_WORDS for x in range(min(verb.i, t.i), max(verb.i, t.i))):
            continue  # "is no longer a member of Y"
        subjects = _subjects_of(ix, verb) or _counted_previous(ix, verb) or _both_subject(ix, verb)
        if part:
            subjects = [m for m in subjects if m.label == "COUNTRY"]  # "X is part of the EU", not of a plan
        if not subjects:
            continue
        subjects += _as_is_members(ix, t)
        objs = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in _of_named(c)]
        # "a member of A (X) and the B": the parser may hang B on "member"
        objs += [c for c in t.conjuncts if c.pos_ == "PROPN" and objs]
        for o in objs + [c for o in objs for c in o.conjuncts]:
            ent = ix.ent_at[o.i]
            if ent is None and o.lemma_.lower() in BLOC_NOUNS:
                om = _bloc_antecedent(ix, list(o.subtree))  # "A, B and C are members of the bloc"
                for subj in subjects if om is not None else ():
                    yield Relation(subject=subj, object=om, kind="memberOf", evidence=ix.evidence(t))
                continue
            if ent is None or ent.label_ != "ORG":
                continue
            om = ix.ent_mention(ent)
            left = min([o.i] + [c.i for c in o.children if c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN"])
            if left < ent.start and all(ix.doc[x].pos_ == "PROPN" for x in range(left, ent.start)):
                om = ix.mention(left, o.i + 1, "ORG")  # "All Progressives Congress" the NER split
            if om is not None:
                for subj in subjects:
                    yield Relation(subject=subj, object=om, kind="memberOf", evidence=ix.evidence(t))


def _subjects_of(ix: _Index, verb) -> list[Mention]:
    """:func:`_subject_of` with its coordinated subjects: "Egypt and Sudan, which ... are both members"."""
    first = _subject_of(ix, verb)
    if first is None:
        return []
    span = ix.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or first.label == "PERSON":
        return [first]
    out = [first]
    for c in span.root.conjuncts:
        m = ix.country_mention(c, allow_demonym=False)
        if m is not None and all(m.kb_id != o.kb_id for o in out):
            out.append(m)
    return out


def _as_is_members(ix: _Index, member) -> list[Mention]:
    """", as is Belize" / ", as are A and B" after a membership: the same membership for them."""
    doc = ix.doc
    sent = ix.sent_at[member.i]
    if sent is None:
        return []
    for k in range(member.i + 1, sent.end - 2):
        if doc[k].lower_ == "as" and doc[k - 1].text == "," and doc[k + 1].lower_ in {"is", "are", "was", "were"}:
            return _countries_in(ix, [doc[x] for x in range(k + 2, sent.end)])
    return []


def _party_affiliations(ix: _Index) -> Iterator[Relation]:
    """A person's party: "Name, of the X Party," and "Name, who leads the X party".

    Args:
        ix: the document index.

    Returns:
        memberOf relations between a person and a party-like organisation
        (its name or head noun is a party word).
    """
    doc = ix.doc
    for s, e in ix.persons:
        m = ix.person_mention(s)
        if m is None:
            continue
        k = e
        if k + 1 < len(doc) and doc[k].lower_ == "of":
            # "Rep. Name of the ruling X Party", "the regional leader, Name of the X Party,": a party
            # right after the name (the object must be a party, see _party_np)
            k -= 1
        # ("Name, from the ruling X Movement,": "from" after a comma reads the same way)
        if k + 2 < len(doc) and ((doc[k].text in {",", "("} or k < e) and doc[k + 1].lower_ == "of" or
                                 doc[k].text == "," and doc[k + 1].lower_ == "from"):
            heads = [p for p in doc[k + 1].children if p.dep_ == "pobj"]
            om = _party_np(ix, heads[0]) if heads else None
            if om is None and heads and heads[0].lower_ == "opposition" and heads[0].i + 1 < len(doc):
                # "Name of the opposition X Party": the parser heads the phrase with "opposition"
                ent = ix.ent_at[heads[0].i + 1]
                cand = ix.mention(ent.start, ent.end, "ORG") if ent is not None and ent.start == heads[0].i + 1 \
                    and ent.label_ in {"ORG", "PERSON"} else None  # (NER may read a listed party as a person)
                om = cand if _is_party(ix, cand) else None
            if om is not None:
                yield Relation(subject=m, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))
            continue
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "whose":
            # "Name, whose X party returned to power": the person's own party
            head = doc[k + 1].head
            om = _party_np(ix, head) if head.i > k + 1 and head.lower_ in PARTY_WORDS else None
            if om is not None:
                yield Relation(subject=m, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))
            continue
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "who":
            verb = doc[k + 2]
            while verb.pos_ == "AUX" and verb.i + 1 < len(doc):
                verb = doc[verb.i + 1]
            if verb.lemma_.lower() not in {"lead", "head", "chair", "found", "co-found"}:
                continue
            for o in verb.children:
                if o.dep_ in {"dobj", "obj"}:
                    om = _party_np(ix, o)
                    if om is not None:
                        yield Relation(subject=m, object=om, kind="memberOf", evidence=ix.evidence(verb))


# a party member named by the party's adjective: "a Progressive Conservative", "a Social Democrat"
PARTY_MEMBER_WORDS = frozenset({"conservative", "conservatives", "democrat", "democrats", "republican",
                                "republicans", "liberal", "liberals", "socialist", "socialists", "communist",
                                "communists", "unionist", "unionists", "nationalist", "nationalists", "green",
                                "greens", "progressive", "progressives", "labourite", "tory", "whig"})


def _appositive_parties(ix: _Index) -> Iterator[Relation]:
    """A person's party in the appositive after the name.

    * "X, an MP for the Y Party who ...", "X, a member of Z's Congress for the Y party":
      a party noun phrase after "for"/"of"/"from" in the appositive;
    * "X, a Y MP for the Z electorate": a name run before a legislator title (not a
      place, a country or a nationality);
    * "X, a Progressive Conservative,": the appositive is the party's member noun.

    Args:
        ix: the document index.

    Returns:
        memberOf relations from the person to the party.
    """
    doc = ix.doc
    for s, e in ix.persons:
        if e + 2 < len(doc) and doc[e].text == "(":
            party = _bracket_party(ix, s, e)
            if party is not None:
                yield Relation(subject=ix.person_mention(s), object=party, kind="memberOf",
                               evidence=ix.evidence(doc[s]))
            continue
        if e + 2 >= len(doc) or doc[e].text != ",":
            continue
        m = ix.person_mention(s)
        sent = ix.sent_at[s]
        if m is None or sent is None:
            continue
        k = e + 1
        if doc[k].lower_ not in {"a", "an", "the"}:
            continue
        end = k + 1
        while end < sent.end and end < k + 20 and doc[end].text not in {",", ";", "(", ")", "–", "—", "."}:
            end += 1
            if end + 3 < sent.end and doc[end].text == "(" and doc[end + 2].text == ")" and \
                    doc[end + 1].text.isupper() and doc[end + 1].is_alpha and doc[end + 3].lower_ in LEGISLATOR_TITLES:
                end += 3  # "a Y Movement (YM) MP": the party's acronym between its name and the title
        phrase = [doc[x] for x in range(k, end)]
        ev = ix.evidence(doc[s])
        seat_party = _seat_bracket_party(ix, end)
        if seat_party is not None and any(t.lower_ in LEGISLATOR_TITLES | {"member"} for t in phrase):
            yield Relation(subject=m, object=seat_party, kind="memberOf", evidence=ev)
            continue
        # "a Progressive Conservative" (the whole appositive, or before "who": "a Y Democrat who represents Z")
        words = phrase[1:]
        rel = next((x for x, t in enumerate(words) if t.lower_ in {"who", "whose"}), None)
        closes = end < len(doc) and doc[end].text in {",", ".", ";", "–", "—"}
        if rel is not None:
            words, closes = words[:rel], rel > 0
        if words and all(t.text[:1].isupper() for t in words) and words[-1].lower_ in PARTY_MEMBER_WORDS and \
                closes and not any(ix.country_mention(t) is not None for t in words):
            yield Relation(subject=m, object=ix.mention(words[0].i, words[-1].i + 1, "ORG"), kind="memberOf",
                           evidence=ev)
            continue
        # "an MP for the Y Party", "a member of Z's Congress for the Y party"
        found = False
        for t in phrase:
            if t.dep_ == "pobj" and t.head.lower_ in {"for", "of", "from"} and t.lower_ in PARTY_WORDS - {"congress"}:
                om = _party_np(ix, t)
                if om is not None:
                    found = True
                    yield Relation(subject=m, object=om, kind="memberOf", evidence=ev)
        if found:
            continue
        # "a Y MP for ...": a name before a legislator title; "the Y Democrats' MSP for ..."
        for j, t in enumerate(phrase):
            if t.lower_ in LEGISLATOR_TITLES and t.lower_ not in {"candidate", "leader", "deputy"} and j > 1:
                run = []
                x = j - 1
                owner = phrase[x].tag_ == "POS" or phrase[x].text in {"'", "’"}
                if owner:
                    x -= 1
                acronym = x >= 3 and phrase[x].text == ")" and phrase[x - 2].text == "("
                if acronym:
                    x -= 3  # "a Y Movement (YM) MP"
                while x >= 1 and phrase[x].pos_ in {"PROPN", "ADJ"} and phrase[x].text[:1].isupper():
                    run.insert(0, phrase[x])
                    x -= 1
                if acronym and run and run[-1].lower_ not in PARTY_WORDS:
                    break  # ("a Y Valley (YV) MP": a seat may carry an acronym too; a party word must end the name)
                plural_party = owner and len(run) >= 2 and run[-1].lower_ in PARTY_PLURALS
                if run and x == 0 and (plural_party or not owner and not _names_no_party(ix, run)):
                    yield Relation(subject=m, object=ix.mention(run[0].i, run[-1].i + 1, "ORG"), kind="memberOf",
                                   evidence=ev)
                break


BRACKET_PARTY_TITLES = LEGISLATOR_TITLES | frozenset({"cllr", "cr", "td", "sen", "sen.", "rep", "rep.", "mk"})


def _names_no_party(ix: _Index, run: list) -> bool:
    """Whether a name run before a member title is a place, state, nationality, person or date
    ("Bellarine MP", "Chilean MP") rather than a party."""
    return any(ix.country_mention(u) is not None or (ix.ent_at[u.i] is not None and ix.ent_at[u.i].label_ in {
        "GPE", "NORP", "PLACE", "COUNTRY", "TERRITORY", "PERSON", "DATE"}) for u in run)


# a party's short name before a member title: "Labour MP", "Green councillor", "Tory MP"
PARTY_NICKNAMES = PARTY_MEMBER_WORDS | frozenset({"labour", "labor", "tories", "lib", "dem", "dems"})


# posts within a party: "Labour caucus leader X", "party secretary X"
PARTY_POSTS = frozenset({"leader", "deputy", "secretary", "chairman", "chairwoman", "chair", "whip",
                         "spokesman", "spokeswoman", "spokesperson", "treasurer", "president"})


def _seat_from_party(ix: _Index) -> Iterator[Relation]:
    """A legislator's party after the seat: "Name, a deputy for <seat> from <Party>".

    Legislatures elected on party lists report a member by seat and list ("a national deputy for X
    from Y"); after "for <seat>", "from" names the party whatever the NER made of the name.

    Args:
        ix: the document index.

    Returns:
        memberOf relations from the person to the party.
    """
    doc = ix.doc
    for f in _phrase_facts(ix):
        if f.kind != "title" or f.anchor.label != "PERSON" or f.info.head is None:
            continue
        head = f.info.head
        if head.lower_ not in LEGISLATOR_TITLES or head.lower_ in {"candidate", "leader"}:
            continue
        sent = ix.sent_at[head.i]
        k = head.i + 1
        if sent is None or k >= sent.end or doc[k].lower_ != "for":
            continue
        k += 1
        while k < sent.end and (_is_cap(doc[k]) or doc[k].lower_ in {"the", "de", "del", "of"}) and \
                doc[k].lower_ != "from":
            k += 1
        if k + 1 >= sent.end or doc[k].lower_ != "from":
            continue
        a = k + 1
        b = a
        while b < sent.end and (_is_cap(doc[b]) or (b > a and doc[b].lower_ in {"de", "del", "la", "of", "and"})):
            b += 1
        while b > a and not _is_cap(doc[b - 1]):
            b -= 1
        if b - a < 1 or b - a > 6 or any(ix.country_mention(doc[x], allow_demonym=False) is not None
                                         for x in range(a, b)):
            continue
        start = a + 1 if doc[a].lower_ == "the" else a
        if start < b:
            yield Relation(subject=f.anchor, object=ix.mention(start, b, "ORG"), kind="memberOf",
                           evidence=ix.evidence(head))


def _premod_parties(ix: _Index) -> Iterator[Relation]:
    """A party named before a legislator's title in front of the name.

    "Labour MP Anna Berg", "Green councillor X", "Labour MP for Leeds X":
    a run of capitalised words before the title (not a country, nationality,
    place or person) is the party; an "X for <seat>" part after the title is
    skipped.

    Args:
        ix: the document index.

    Returns:
        memberOf relations from the person to the party.
    """
    doc = ix.doc
    for s, e in ix.persons:
        sent = ix.sent_at[s]
        if sent is None or s - 2 < sent.start:
            continue
        j = s - 1
        while j - 1 > sent.start and doc[j].lower_ in HONORIFICS:
            j -= 1  # "Labour group leader Cllr Name"
        if doc[j].lower_ in COUNCIL_LEVEL_WORDS and doc[j].is_lower and doc[j + 1].lower_ in LEGISLATOR_TITLES:
            j += 1  # "Labour county councillor Name": the title, not its level
        if doc[j].lower_ == "for":
            continue  # "a TD for Kerry": the name is the seat
        # "MP for Leeds": skip the seat
        k = j
        while k > sent.start and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" and k > s - 5:
            k -= 1
        if doc[k].lower_ == "for" and k - 1 >= sent.start:
            j = k - 1
        # "In the Assembly, X deputy Name": a deputy in a chamber the sentence names sits for a party
        deputy = doc[j].lower_ == "deputy" and doc[j].is_lower and any(
            w.lower_ in LEGISLATURE_WORDS and w.text[:1].isupper() for w in sent)
        if doc[j].lower_ == "critic" and doc[j].is_lower and j - 1 > sent.start:
            # "Liberal health critic X": an opposition party's critic for a portfolio
            # (Canadian parliamentary usage), the party's short name before the portfolio words
            q = j - 1
            while q > sent.start and q > j - 5 and doc[q].is_lower and doc[q].pos_ in {"NOUN", "ADJ", "CCONJ"}:
                q -= 1
            m = ix.person_mention(s)
            if q < j - 1 and m is not None and doc[q].lower_ in PARTY_NICKNAMES and doc[q].text[:1].isupper() and (
                    q == sent.start or not doc[q - 1].text[:1].isupper()):
                yield Relation(subject=m, object=ix.mention(q, q + 1, "ORG"), kind="memberOf",
                               evidence=ix.evidence(doc[s]))
            continue
        if doc[j].lower_ in PARTY_POSTS and j - 1 > sent.start:
            # "Labour caucus leader X", "Green Party secretary X": a post in a known party
            q = j - 1 if doc[j - 1].lower_ not in {"caucus", "party", "parliamentary", "group"} or doc[j - 1].ent_type_ \
                else j - 2
            ent = ix.ent_at[q]
            om = ix.ent_mention(ent) if ent is not None and ent.end == q + 1 else None
            nick = doc[q].lower_ in PARTY_NICKNAMES and doc[q].text[:1].isupper() and (
                ent is None or len(ent) == 1)
            if nick:
                om = ix.mention(q, q + 1, "ORG")  # "Conservative group leader X": a party's short name
            m = ix.person_mention(s)
            if m is not None and (nick or _is_party(ix, om)):
                yield Relation(subject=m, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))
                continue
            if not deputy:
                continue
        if (doc[j].lower_ not in LEGISLATOR_TITLES or doc[j].lower_ in {"candidate", "leader", "deputy"}) and \
                not deputy:
            continue
        run = []
        x = j - 1
        if x - 3 >= sent.start and doc[x].text == ")" and doc[x - 2].text == "(" and \
                re.fullmatch(r"[A-Z][A-Za-z&-]{1,7}", doc[x - 1].text):
            x -= 3  # "Popular Unity Front (PUF) lawmaker X": the party's acronym in brackets after its name
        while x - 1 >= sent.start and x > j - 3 and doc[x].is_lower and doc[x].lower_ in COUNCIL_LEVEL_WORDS and \
                doc[x - 1].text[:1].isupper():
            x -= 1  # "Labour county councillor X": the council's level between the party and the title
        while x >= sent.start and doc[x].text[:1].isupper() and (doc[x].pos_ in {"PROPN", "ADJ", "NOUN"} or (
                doc[x].is_upper and doc[x].is_alpha and 2 <= len(doc[x]) <= 6)) and \
                doc[x].tag_ != "POS" and len(run) < 4 and (doc[x].lower_ not in NON_TITLE_MODIFIERS or (
                    not run and doc[x].lower_ in PARTY_NICKNAMES)):  # "Conservative MP X"
            run.insert(0, doc[x])
            x -= 1
        named = ix.ent_at[run[0].i] if run else None
        while named is not None and named.label_ == "ORG" and x >= sent.start and ix.ent_at[x] is named and \
                (doc[x].text[:1].isupper() or doc[x].lower_ in {"for", "and", "of", "&"}) and len(run) < 8:
            # "Popular Unity Front lawmaker X", "Rally for Unity and Progress (RUP) lawmaker X": the rest of the
            # named party, a modifier word or a function word inside it
            run.insert(0, doc[x])
            x -= 1
        if len(run) >= 3 and run[0].lower_ in PARTY_SIDE_WORDS and run[-1].lower_ in PARTY_WORDS:
            run = run[1:]  # "Opposition Green Party MP X": the party's side in the chamber is no part of its name
        if not run:
            continue
        if x >= sent.start and doc[x].text[:1].isupper() and \
                ix.gaz.lookup(" ".join(t.text for t in [doc[x], *run])) is not None:
            run.insert(0, doc[x])  # "Liberal Democrat councillor X": a listed party the modifier list cut
            x -= 1
        ent = ix.ent_at[run[-1].i]
        read_as_person = (doc[j].lower_ in PARTY_PREMOD_TITLES or deputy) and len(run) >= 2 and ent is not None and \
            ent.label_ == "PERSON" and ent.start == run[0].i and not ent.ent_id_  # "New Ways lawmaker X"
        listed = fold(" ".join(t.text for t in run)) in ix.gaz.parties  # "Sweden Democrats MP X": a state name opens it
        if _names_no_party(ix, run) and not (read_as_person or listed):
            continue
        if ent is not None and ent.label_ == "ORG" and ent.end > j and doc[j].text.isupper() and \
                ix.gaz.lookup(" ".join(t.text for t in run)) is None and \
                not (len(run) == 1 and run[0].lower_ in PARTY_NICKNAMES):
            continue  # "Kerry TD X" read as one body: a constituency before the seat, not a party
        if x >= sent.start and doc[x].tag_ == "POS":
            continue  # "Britain's Labour MP": keep to the simple form
        if not ((ent is not None and ent.label_ == "ORG") or run[-1].lower_ in PARTY_WORDS | PARTY_NICKNAMES or (
                read_as_person or listed)):
            continue  # "Bellarine MP X": a seat, not a party (but "New Ways lawmaker X" NER took for a person)
        m = ix.person_mention(s)
        org = ix.mention(run[0].i, run[-1].i + 1, "ORG")
        if deputy and not (read_as_person or run[-1].lower_ in PARTY_WORDS or _is_party(ix, org)):
            continue  # "ministry deputy X": a deputy of a body, not a party's member of the chamber
        entry = ix.gaz.lookup(org.text) if org is not None else None
        if entry is not None and entry.cls == "Organization" and {w.lower() for w in entry.name.split()} & BODY_WORDS \
                and not _is_party(ix, Mention(org.article, org.start, org.end, org.text, "ORG", entry.name)):
            continue  # "EU lawmaker X": a listed union or body that is no party
        if m is not None:
            yield Relation(subject=m, object=org, kind="memberOf", evidence=ix.evidence(doc[s]))


def _possessive_party_seats(ix: _Index) -> Iterator[Relation]:
    """A party's possessive before a member's seat and title: "Labour's Varn North MP, Ana Berg,".

    The Westminster-system style names the party, the electorate and the title before the member (see
    :func:`graph.nlp.find_party_seat_titles`); the possessive's owner is the member's party when it is a
    body, not a state ("Ruritania's ambassador" is no party post).

    Args:
        ix: the document index.

    Yields:
        memberOf relations from the person to the party.
    """
    doc = ix.doc
    for s, e in ix.persons:
        sent = ix.sent_at[s]
        j = s - 1 - (s >= 1 and doc[s - 1].text == ",")
        if sent is None or j - 3 < sent.start or doc[j].lower_ not in LEGISLATOR_TITLES | {"td"} or \
                doc[j].lower_ in {"candidate", "leader", "deputy"}:
            continue
        seat = ix.ent_at[j - 1]
        if seat is None or seat.label_ not in {"GPE", "LOC", "PLACE"} or seat.end != j:
            continue
        k = seat.start - 1
        owner = ix.ent_at[k - 1] if k - 1 >= sent.start and doc[k].tag_ == "POS" else None
        m = ix.person_mention(s)
        if owner is not None and owner.label_ == "ORG" and owner.end == k and m is not None:
            om = ix.ent_mention(owner)
            if om is not None:
                yield Relation(subject=m, object=om, kind="memberOf", evidence=ix.evidence(doc[s]))


# the level of a council between a party and the title: "Labour county councillor X"
COUNCIL_LEVEL_WORDS = frozenset({"county", "district", "borough", "city", "town", "parish", "regional", "municipal",
                                 "provincial", "local"})
# a party's side in the chamber before its name: "Opposition Green Party MP X"
PARTY_SIDE_WORDS = frozenset({"opposition", "ruling", "governing"})

# titles that a premodifier qualifies by party, never by seat: "Likud lawmaker X"
PARTY_PREMOD_TITLES = frozenset({"lawmaker", "legislator", "congressman", "congresswoman"})


# "Rep. X, D-Ohio,", "Sen. Y, DFL-Tolsby,": a party letter or acronym, a hyphen and the home town
PARTY_HOME_TAG = re.compile(r"\s*,\s*([A-Z]{1,4})\s?-\s?[A-Z][A-Za-z.'’]+(?:\s[A-Z][A-Za-z.'’]+){0,2}\s*[,)]")
PARTY_LETTERS = {"D": "Democratic Party", "R": "Republican Party"}


def _party_home_tags(ix: _Index) -> Iterator[Relation]:
    """A US legislator's party tag after the name: "Rep. X, D-Ohio,", "State Sen. Y, DFL-Tolsby,".

    The party letter or acronym, a hyphen and the state or home town, between commas (the
    Associated Press style for legislators).  "I" (independent) names no party.

    Args:
        ix: the document index.

    Yields:
        memberOf relations from the person to the party.
    """
    doc = ix.doc
    for s, e in ix.persons:
        if e >= len(doc) or doc[e].text != ",":
            continue
        hit = PARTY_HOME_TAG.match(ix.text, doc[e].idx)
        m = ix.person_mention(s)
        if hit is None or m is None or hit.group(1) == "I":
            continue
        name = PARTY_LETTERS.get(hit.group(1), "") if len(hit.group(1)) == 1 else hit.group(1)
        if len(hit.group(1)) == 1 and not name:
            continue
        party = ix.char_mention(hit.start(1), hit.end(1), "ORG", name)
        yield Relation(subject=m, object=party, kind="memberOf", evidence=ix.evidence(doc[s]))


# one-word party names that stand alone in brackets after a legislator's name: "X (Reform),"
BRACKET_PARTY_SHORT = frozenset({"reform", "labour", "conservative", "liberal", "socialist", "communist",
                                 "republican", "democrat", "nationalist", "unionist", "green", "progressive"})


def _seat_bracket_party(ix: _Index, k: int) -> Mention | None:
    """"X, the Assembly Member for Tolsby (PDP),": a party's initials in brackets right after a legislator's seat.

    The West African and South Asian parliamentary-report style tags the seat, not the name, with the member's
    party. The title's own initials may stand in brackets before "for" ("the Assembly Member (AM) for Tolsby").

    Args:
        ix: the document index.
        k: the token that ends the appositive phrase ("for" or the bracket before it).

    Returns:
        An ORG mention over the bracketed initials, or None.
    """
    doc = ix.doc

    def initials(j: int) -> bool:
        return j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].is_upper and \
            doc[j + 1].is_alpha and 2 <= len(doc[j + 1]) <= 6

    if initials(k):
        k += 3
    seat = ix.ent_at[k + 1] if k + 1 < len(doc) and doc[k].lower_ == "for" else None
    if seat is None or seat.label_ not in {"GPE", "PLACE", "LOC"} or seat.start != k + 1 or not initials(seat.end):
        return None
    return ix.mention(seat.end + 1, seat.end + 2, "ORG")


def _bracket_party(ix: _Index, s: int, e: int) -> Mention | None:
    """"Councillor Mary Walsh (Fianna Fáil)", "Sen. Tom Reed (Labour)": a party in brackets
    after a legislator's name (the Irish and British council-report style).

    Args:
        ix: the document index.
        s: start of the person's name.
        e: end of the name; ``doc[e]`` is "(".

    Returns:
        An ORG mention over the bracketed name, or None.
    """
    doc = ix.doc
    close = next((k for k in range(e + 1, min(e + 7, len(doc))) if doc[k].text in {")", ","}), None)
    if close is None or close == e + 1:
        return None
    titled = s > 0 and doc[s - 1].lower_.rstrip(".") in {w.rstrip(".") for w in BRACKET_PARTY_TITLES}
    sent = ix.sent_at[s]
    if not titled and close == e + 2 and doc[close].text == ")" and doc[e + 1].is_upper and doc[e + 1].is_alpha and \
            2 <= len(doc[e + 1]) <= 5 and sent is not None and any(
                doc[q].lower_ in LEGISLATOR_TITLES or doc[q].text in {"Member", "Members"}
                for q in range(max(sent.start, s - 10), s)):
        # "The Member of Parliament for Tolsby, Mr X (NDC), said": a legislator's party acronym in brackets
        # (the West African and South Asian parliamentary-report style)
        return ix.mention(e + 1, close, "ORG")
    if doc[close].text == ",":
        # "Councillor X (Labour, Westgate)": the party, then the ward
        if not titled or not any(doc[k].text == ")" for k in range(close + 1, min(close + 9, len(doc)))):
            return None
    inner = doc[e + 1:close]
    if not all(t.text[:1].isupper() and t.is_alpha for t in inner):
        return None
    if not titled and len(inner) == 1 and doc[close].text == ")" and inner[0].lower_ in BRACKET_PARTY_SHORT and \
            close + 1 < len(doc) and (doc[close + 1].text == "," or doc[close + 1].pos_ in {"VERB", "AUX"}):
        # "X (Reform), who chairs ...", "X (Labour), the committee's chair,", "Minister X (Reform) told ...":
        # a one-word party name in brackets between a name and its appositive or its verb (the
        # parliamentary-report style, no title needed)
        return ix.mention(e + 1, close, "ORG", f"{inner.text} Party")
    if not (titled or inner[-1].lower_ in PARTY_WORDS):
        return None
    if inner.text in COUNCILLOR_PARTIES:  # "(Labour)", "(Con)": the party's short name; "(Ind)" has none
        party = COUNCILLOR_PARTIES[inner.text]
        return ix.mention(e + 1, close, "ORG", party) if party else None
    if inner[-1].lower_ not in PARTY_WORDS:
        # "(Peru)", "(Lima)": a place or a country in brackets is a constituency, not a party
        first = ix.country_mention(inner[0]) or _place_mention(ix, inner[0])
        if first is not None or any(t.ent_type_ in {"GPE", "PLACE", "NORP", "COUNTRY"} for t in inner):
            return None
    return ix.mention(e + 1, close, "ORG")


# "elected under the X banner", "ran on the X ticket": the party a candidate stood for
BANNER_NOUNS = frozenset({"banner", "ticket", "colours", "colors", "label"})
STAND_VERBS = frozenset({"elect", "re-elect", "reelect", "run", "stand", "win", "campaign", "contest"})


def _belong_to_which(ix: _Index) -> Iterator[Relation]:
    """"The X Forum, to which both A and B belong,": each listed country is a member (read off the
    surface: the tagger often takes "belong" for a noun here). The organisation may carry its
    acronym in brackets ("The X Forum (XF), to which"), and a floating quantifier or adverb may
    stand before the verb ("to which A, B and C all belong"; ACE 2005 membership frames).

    Args:
        ix: the document index.

    Returns:
        memberOf relations.
    """
    doc = ix.doc
    for ent in ix.ents:
        k = ent.end
        if ent.label_ == "ORG" and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and \
                doc[k + 1].is_upper:
            k += 3  # "the X Forum (XF), to which"
        if ent.label_ != "ORG" or k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "to" or \
                doc[k + 2].lower_ != "which":
            continue
        sent = ix.sent_at[ent.start]
        if sent is None:
            continue
        members = _country_run(ix, k + 3, sent.end)
        if not members:
            continue
        last = doc.char_span(members[-1].start, members[-1].end, alignment_mode="expand")
        if last is not None and last.end + 1 < len(doc) and doc[last.end].lower_ in {"all", "both", "each", "now",
                                                                                    "also", "still"}:
            last = doc[last.start:last.end + 1]  # "A, B and C all belong"
        if last is None or last.end >= len(doc) or doc[last.end].lemma_.lower() != "belong" and \
                doc[last.end].lower_ not in {"belong", "belongs", "belonged"}:
            continue
        if any(c.dep_ == "neg" for c in doc[last.end].children) or (
                last.end + 1 < len(doc) and doc[last.end + 1].lower_ in {"not", "n't"}):
            continue
        org = ix.ent_mention(ent)
        for m in members:
            if org is not None:
                yield Relation(subject=m, object=org, kind="memberOf", evidence=ix.evidence(doc[last.end]))


def _like_rest_members(ix: _Index) -> Iterator[Relation]:
    """"A and B, like the rest of the X, ...": the states likened to the rest of a body belong to it.

    Read off the surface (the parser often hangs the "like" phrase on a name it takes for the
    root): the countries written just before ", like the rest of" are members of the named
    organisation (a comparison with the remainder of a group presupposes membership; ACE 2005
    membership frames).

    Args:
        ix: the document index.

    Returns:
        memberOf relations.
    """
    doc = ix.doc
    for t in doc:
        k = t.i
        if t.lower_ != "rest" or k < 3 or k + 2 >= len(doc) or doc[k - 1].lower_ != "the" or \
                doc[k - 2].lower_ != "like" or doc[k - 3].text != "," or doc[k + 1].lower_ != "of":
            continue
        j = k + 2
        if doc[j].lower_ == "the" and j + 1 < len(doc) and ix.ent_at[j] is None:
            j += 1
        ent = ix.ent_at[j]
        if ent is None or ent.label_ != "ORG" or ent.start not in {k + 2, j}:
            continue
        sent = ix.sent_at[k]
        members = _country_list_before(ix, k - 3, sent.start if sent is not None else 0)
        org = ix.ent_mention(ent)
        if org is None:
            continue
        for m in members:
            if m.label == "COUNTRY":
                yield Relation(subject=m, object=org, kind="memberOf", evidence=ix.evidence(t))


PARTNER_NOUNS = frozenset({"partner", "partners", "ally", "allies"})


def _partners_in_members(ix: _Index) -> Iterator[Relation]:
    """"A and B, C's partners in the X (XA), ...": C and the states apposed to its partners belong to X.

    Read off the surface: a country's "partners" / "allies" "in" a named organisation share
    its membership with it, and a country list just before ", C's partners" names them (an
    appositive, ACE 2005 membership frames).  When the recogniser cut the organisation's name
    short ("the Alliance of"), its bracketed acronym stands for it.

    Args:
        ix: the document index.

    Returns:
        memberOf relations.
    """
    doc = ix.doc
    for t in doc:
        k = t.i
        if t.lower_ not in PARTNER_NOUNS or k < 2 or k + 2 >= len(doc) or doc[k - 1].tag_ != "POS" or \
                doc[k + 1].lower_ != "in":
            continue
        owner = ix.country_mention(doc[k - 2], allow_demonym=False, allow_capital=False)
        if owner is None or owner.label != "COUNTRY":
            continue
        j = k + 2 + (doc[k + 2].lower_ == "the" and ix.ent_at[k + 2] is None)
        ent = ix.ent_at[j] if j < len(doc) else None
        if ent is None or ent.label_ != "ORG" or ent.start < k + 2:
            continue
        if ent[-1].lower_ in {"of", "for", "and", "on"}:  # a name cut short: its bracketed acronym
            x = ent.end
            while x < min(len(doc) - 2, ent.end + 6) and doc[x].text not in {"(", ",", ";"}:
                x += 1
            acr = ix.ent_at[x + 1] if doc[x].text == "(" else None
            if acr is None or acr.label_ != "ORG" or not acr.text.isupper():
                continue
            ent = acr
        org = ix.ent_mention(ent)
        if org is None:
            continue
        sent = ix.sent_at[k]
        floor = sent.start if sent is not None else 0
        s0 = ix.ent_at[k - 2].start if ix.ent_at[k - 2] is not None else k - 2
        listed = _country_list_before(ix, s0 - 1, floor) if s0 - 1 > floor and doc[s0 - 1].text == "," else []
        if not listed:
            listed = _partners_after(ix, ent, sent.end if sent is not None else len(doc))
        for m in [owner, *listed]:
            if m.label == "COUNTRY":
                yield Relation(subject=m, object=org, kind="memberOf", evidence=ix.evidence(t))


def _partners_after(ix: _Index, ent, end: int) -> list[Mention]:
    """The countries apposed after "C's partners in the X": "C's allies in X, A and B, said ...".

    Heuristic (appositive lists, as in :func:`_partners_in_members`): a list of two or more
    countries between commas right after the organisation's name (and its bracketed acronym)
    names the partners.

    Args:
        ix: the document index.
        ent: the organisation's entity span.
        end: the sentence end.

    Returns:
        The listed country mentions, or an empty list.
    """
    doc = ix.doc
    x = ent.end
    if x < end and doc[x].text == "(":  # "the X Alliance (XA), A and B,"
        while x < end and doc[x].text != ")":
            x += 1
        x += 1
    elif x < end and doc[x].text == ")":
        x += 1  # the acronym itself stood for a name cut short: "the Alliance of (XA), A and B,"
    if x + 1 >= end or doc[x].text != ",":
        return []
    listed = _country_run(ix, x + 1, end)
    if len(listed) < 2:
        return []
    span = doc.char_span(listed[-1].start, listed[-1].end, alignment_mode="expand")
    k = span.end if span is not None else end
    return listed if k < end and doc[k].text in {",", ";", "—", "–", ")"} else []  # the apposition closes


def _banner_parties(ix: _Index) -> Iterator[Relation]:
    """"Name, elected under the X banner", "Name ran on the X ticket": the candidate belongs to X.

    The party is a body entity right before the banner noun; the verb is one of standing for
    office, and the person its subject (or the name a participle clause hangs on).

    Args:
        ix: the document index.

    Returns:
        memberOf relations.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in BANNER_NOUNS or t.dep_ != "pobj" or t.head.lower_ not in {"under", "on"} or t.i == 0:
            continue
        verb = t.head.head
        if verb.lemma_.lower() not in STAND_VERBS or verb.pos_ != "VERB" or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        party = ix.ent_at[t.i - 1]
        if party is None or party.label_ != "ORG" or party.end != t.i:
            continue
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        who = subj[0] if subj else verb.head if verb.dep_ in {"acl", "relcl", "advcl"} else None
        if who is not None and who.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            who = verb.head
        span = ix.person_at.get(who.i) if who is not None else None
        org = ix.ent_mention(party)
        if span is not None and org is not None:
            yield Relation(subject=ix.mention(span[0], span[1], "PERSON"), object=org, kind="memberOf",
                           evidence=ix.evidence(t))


def _party_np(ix: _Index, head) -> Mention | None:
    """The party a noun phrase names: "the X Socialist Party" (a party word in the name),
    or "the left-wing X (IA) party" (a common noun "party" after the name).

    Args:
        ix: the document index.
        head: the head token of the noun phrase.

    Returns:
        An ORG mention over the name, or None when the phrase names no party.
    """
    names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    if head.pos_ == "PROPN":
        if head.lower_ not in PARTY_WORDS and not any(c.lower_ in PARTY_WORDS for c in names) and not (
                head.lower_ in PARTY_PLURALS and names and head.text[:1].isupper()):
            return None  # (the party word may open the name: "Partido Popular", "Parti Québécois";
            # a party named by its members: "the Welsh Liberal Democrats")
        start = min([head.i] + [c.i for c in names])
        end = head.i + 1
        doc = ix.doc
        nxt = ix.ent_at[end + 1] if end + 1 < len(doc) and doc[end].lower_ == "of" else None
        own = ix.ent_at[head.i]
        if nxt is not None and nxt.start == end + 1 and nxt.label_ in {"COUNTRY", "GPE"}:
            end = nxt.end  # "the Democratic Party of Korea"
        elif own is not None and own.label_ == "ORG" and own.end > end and doc[end].lower_ == "of":
            end = own.end  # the same, NER reading it as one name
        # "the Nation's Future Party": a possessive word inside the name
        poss = [c for c in ix.doc[start].children if c.dep_ == "poss" and c.text[:1].isupper()] if start < head.i else []
        poss += [c for c in head.children if c.dep_ == "poss" and c.text[:1].isupper() and c.i < start]
        if poss:
            start = min(start, *(c.i for c in poss))
        sub = {t.i for t in head.subtree}
        doc = ix.doc
        while start - 1 in sub and (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in {"PROPN", "ADJ"} or
                                    doc[start - 1].lower_ in {"and", "&"} and start - 2 in sub and
                                    doc[start - 2].text[:1].isupper() and doc[start - 2].pos_ == "PROPN"):
            start -= 1  # "the Free Egyptians Party", "the Liberty and Renewal Party"
        if head.is_lower and end == head.i + 1 and start < head.i:
            end = head.i  # "the Liberty and Renewal party": a common noun after the name
        return ix.mention(start, end, "ORG")
    if head.lower_ not in PARTY_WORDS:
        return None
    doc = ix.doc
    names = [c for c in head.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and c.i < head.i
             and not (c.i > 0 and doc[c.i - 1].text == "(")]  # not the "(IA)" aside
    if not names:
        return None
    name = names[0]
    start = min(t.i for t in name.subtree)
    end = name.i + 1
    sub = {t.i for t in head.subtree}
    while start - 2 in sub and doc[start - 1].lower_ in {"and", "&"} and doc[start - 2].pos_ == "PROPN" and \
            doc[start - 2].text[:1].isupper():
        start -= 2  # "the Liberty and Renewal party": a coordination inside the name
    if any(not (doc[x].pos_ == "PROPN" or doc[x].text == "-" or doc[x].lower_ in {"and", "&"} and start < x)
           for x in range(start, end)):
        return None
    return ix.mention(start, end, "ORG")


def _border_is_with(ix: _Index) -> Iterator[Relation]:
    """"X, whose only land border is with Y" and "X's border is with Y".

    Args:
        ix: the document index.

    Returns:
        sharesBorderWith relations.
    """
    for t in ix.doc:
        if t.lemma_.lower() != "border" or t.pos_ != "NOUN" or t.dep_ != "nsubj":
            continue
        verb = t.head
        if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
            continue
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        if poss.lower_ == "whose":
            rel = verb if verb.dep_ == "relcl" else None
            owner = ix.country_mention(rel.head, allow_demonym=False) if rel is not None else None
            if owner is None and poss.i >= 2 and ix.doc[poss.i - 1].text == ",":
                owner = ix.country_mention(ix.doc[poss.i - 2], allow_demonym=False)  # "X, whose border ..."
        else:
            owner = ix.country_mention(poss, allow_demonym=False)
        if owner is None:
            continue
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    for o in [p, *p.conjuncts]:
                        om = ix.country_mention(o, allow_demonym=False)
                        if om is not None and om.kb_id != owner.kb_id:
                            yield Relation(subject=owner, object=om, kind="sharesBorderWith",
                                           evidence=ix.evidence(t))


def _state_of_places(ix: _Index) -> Iterator[Relation]:
    """"the Indian state of X", "Nigeria's province of Y": X is located in the country.

    Args:
        ix: the document index.

    Returns:
        locatedIn relations from the named subdivision to the country.
    """
    doc = ix.doc
    for t in doc:
        if t.lemma_.lower() not in SUBDIVISION_WORDS | {"state", "territory"} or t.pos_ != "NOUN":
            continue
        country = None
        for c in t.children:
            if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < t.i:
                country = ix.country_mention(c, allow_capital=False)
                if country is not None:
                    break
        if country is None or country.label != "COUNTRY":
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ != "pobj" or p.pos_ != "PROPN":
                        continue
                    ent = ix.ent_at[p.i]
                    if ent is not None:
                        pm = ix.ent_mention(ent)
                    else:
                        s0 = min([p.i] + [x.i for x in p.children if x.dep_ == "compound"])
                        pm = ix.mention(s0, p.i + 1, "PLACE")
                    if pm is not None and pm.label not in {"COUNTRY", "PERSON"} and pm.kb_id != country.kb_id:
                        yield Relation(subject=pm, object=country, kind="locatedIn", evidence=ix.evidence(t))


# the head word of an island name: "a village on Maria Island" is on the island
ISLAND_WORDS = frozenset({"island", "islands", "isle", "isles", "peninsula", "atoll", "archipelago"})
COMMA_PLACE_LABELS = frozenset({"PLACE", "GPE", "LOC", "FAC"})


def _comma_places(ix: _Index) -> Iterator[Relation]:
    """A place set in a larger one by punctuation or "on": the dateline and address forms.

    * "Uyo, Akwa Ibom State," / "Sudbury, England,": a place, a comma,
      then a country or a name headed by a subdivision word ("State",
      "Province", "County"), closed by punctuation;
    * "Uiseong County, in North Gyeongsang Province,", "Darlington, on
      Maria Island,": an appositive "in" / "on" phrase that is only a place;
    * "at Lunawanna on Maria Island": "on" an island or peninsula;
    * "Bridport, on the south coast of Dorset,": a setting phrase before a place.

    A list ("Calabar, Lagos and Abuja", "A, B, C") is not read this way: the
    first place may not follow a comma and the second may not lead on to
    "and" / "or".

    Args:
        ix: the document index.

    Returns:
        locatedIn relations from the smaller place to the larger one.
    """
    doc = ix.doc
    n = len(doc)
    for ent in ix.ents:
        sent = ix.sent_at[ent.start]
        if sent is None:
            continue
        if ent.label_ not in COMMA_PLACE_LABELS and not (
                ent.label_ in {"ORG", "PERSON"} and not ent.ent_id_ and ent.end + 1 < sent.end
                and doc[ent.end].text == "," and (_region_abbreviation(ix, ent.end + 1, sent.end) is not None or (
                    len(ent) == 1 and ent.label_ == "ORG" and doc[ent.end + 1].lower_ == "on" and
                    _island_name_at(ix, ent.end + 2)) or (
                    len(ent) <= 3 and ent.end + 2 < sent.end and doc[ent.end + 1].lower_ == "in"
                    and (((len(ent) == 1 or ent.label_ == "ORG" and not any(
                        w.lower_ in NOT_NAME_WORDS | BODY_WORDS or w.is_upper for w in ent))
                          and _subdivision_at(ix, ent.end + 2))  # "Tolsby Bay, in Varnshire," misread
                         or _owned_subdivision(ix, ent.end + 2)[0] is not None
                         or (len(ent) == 1 and ent.end + 3 < sent.end and doc[ent.end + 2].lower_ in NEARBY_WORDS
                             and ix.ent_at[ent.end + 3] is not None
                             and ix.ent_at[ent.end + 3].label_ in {"GPE", "LOC", "PLACE"}))))):
            # "Burlington, Vt.,", "Jumla, in Karnali Province,", "X, in neighbouring Y,": a place the tagger misread
            continue
        small = _place_mention(ix, doc[ent.start]) or ix.mention(ent.start, ent.end, "PLACE", "")
        if small is None:
            continue
        span = doc.char_span(small.start, small.end, alignment_mode="expand")
        k = span.end if span is not None else ent.end
        # "at X harbour, Y District, Z,": a named unit in an address chain may follow a comma (a list
        # "A District, B District and C" still fails the closing test below)
        unit = k - ent.start >= 2 and doc[k - 1].lower_ in SUBDIVISION_WORDS and doc[k - 1].text[:1].isupper()
        # "The capital, X, on Y island,": the name apposed to a settlement noun after a comma
        named_kind = ent.start >= sent.start + 2 and doc[ent.start - 2].lemma_.lower() in SETTLEMENT_KINDS | {
            "capital"} and doc[ent.start - 2].is_lower and (
                ent.start - 3 < sent.start or doc[ent.start - 3].lower_ == "the")
        # "in Tolsby, Vermont, United States": the middle of an address chain, a listed region after a town (its
        # own link is closed by the country after it; a list "A, B and C" still fails the closing test below)
        prev_ent = ix.ent_at[ent.start - 2] if ent.start >= sent.start + 2 else None
        chain = prev_ent is not None and prev_ent.end == ent.start - 1 and prev_ent.label_ in {"GPE", "PLACE", "LOC"} \
            and (prev_ent.start == sent.start or doc[prev_ent.start - 1].text != ",") and _is_region(ix, small)
        if k >= sent.end or (ent.start > sent.start and doc[ent.start - 1].text == "," and not unit and not named_kind
                             and not chain):
            continue
        if k + 1 < sent.end and doc[k].is_lower and doc[k].lower_ in SUBDIVISION_WORDS and doc[k + 1].text == ",":
            k += 1  # "X district, western Y": the kind of unit in lower case after the name
        comma = doc[k].text == ","
        j = k + 1 if comma else k
        prep = None
        compass = False
        setting = False
        isle_of = False
        if comma and j < sent.end and doc[j].lower_ in SETTING_PREPS:
            m = j + 1
            while m < sent.end and m < j + 4 and doc[m].lower_ != "of":
                m += 1
            if m + 1 < sent.end and is_setting_phrase(doc[j:m + 1]):
                prep, j, setting = "on", m + 1, True  # "X, on the north coast of Y"
        if not setting and j < sent.end and doc[j].lower_ in {"in", "on"}:
            prep = doc[j].lower_
            j += 1
            while j < sent.end and (doc[j].pos_ == "DET" or doc[j].is_lower and doc[j].lower_ in COMPASS_WORDS | NEARBY_WORDS):
                compass = compass or doc[j].lower_ in COMPASS_WORDS
                j += 1  # "Grafton County, in northwestern New Hampshire,", "X, in neighbouring Y,"
            if j + 3 < sent.end and doc[j].ent_type_ == "NORP" and doc[j + 1].is_lower and \
                    doc[j + 1].lower_ in SUBDIVISION_WORDS and doc[j + 2].lower_ == "of":
                j += 1  # "X, in the French department of Y,": the demonym before the unit
            isle_of = prep == "on" and j + 2 < sent.end and doc[j].is_lower and doc[j].lower_ in ISLAND_WORDS and \
                doc[j + 1].lower_ == "of"  # "X on the island of Y": the island word before the name
            if j + 2 < sent.end and doc[j].is_lower and doc[j].lower_ in SUBDIVISION_WORDS and doc[j + 1].lower_ == "of":
                j += 2  # "Amapala, in the department of Valle,"
        elif comma and j + 1 < sent.end and doc[j].is_lower and doc[j].lower_ in COMPASS_WORDS:
            j += 1  # "Kendal, south Cumbria,": a compass word before a region
            compass = True
        # "Varnby in northern Ruritania recorded ...": a named place, then "in" and a state, with no comma
        bare_in = not comma and prep == "in" and ent.label_ in {"GPE", "LOC", "PLACE", "FAC"} and \
            ix.person_at.get(ent.start) is None and ix.country_mention(doc[ent.start], allow_demonym=False) is None
        # (not a capital standing for its state: "disputes with Beijing in the X Islands")
        if j >= sent.end or (not comma and prep != "on" and not bare_in):
            continue
        if prep == "in" and comma:
            sub, owner = _owned_subdivision(ix, j)
            if sub is not None:
                # "Kapoeta, in Ruritania's Eastern Province,": the town in the province, the province in the state
                yield Relation(subject=small, object=sub, kind="locatedIn", evidence=ix.evidence(doc[ent.start]))
                yield Relation(subject=sub, object=owner, kind="locatedIn", evidence=ix.evidence(doc[ent.start]))
                continue
        abbr = _region_abbreviation(ix, j, sent.end) if comma and prep is None else None
        if abbr is not None:
            # "Burlington, Vt.,": a news-style abbreviation of a state or province
            yield Relation(subject=small, object=abbr, kind="locatedIn", evidence=ix.evidence(doc[ent.start]))
            continue
        big_ent = ix.ent_at[j]
        if big_ent is not None and big_ent.start == j - 1 and doc[j - 1].lower_ == "the":
            big_ent = None if j + 1 > big_ent.end else big_ent  # "the Isle of Skye" with the article inside
        if big_ent is None or big_ent.start not in {j, j - 1} or \
                big_ent.label_ not in COMMA_PLACE_LABELS | {"COUNTRY", "TERRITORY"} and not (
                    big_ent.label_ == "NORP" and prep == "on" and big_ent.end < sent.end and
                    doc[big_ent.end].lower_ in ISLAND_WORDS):  # "on Y island", the name read as a people
            continue
        big = _place_mention(ix, doc[j]) or ix.mention(big_ent.start, big_ent.end, "PLACE", "")
        if big is None or (big.kb_id or big.text) == (small.kb_id or small.text) or chain and not unit and \
                not named_kind and doc[ent.start - 1].text == "," and big.label != "COUNTRY":
            continue
        big_span = doc.char_span(big.start, big.end, alignment_mode="expand")
        after = big_span.end if big_span is not None else big_ent.end
        if prep in {"in", None} and comma and after + 1 < sent.end and doc[after].is_lower and \
                doc[after].lower_ in SUBDIVISION_WORDS and big.label != "COUNTRY":
            after += 1  # "X, in Y province,", "X, Y province,": the kind of unit in lower case after the name
        words = big.text.split()
        last = words[-1].lower() if words else ""
        edge = after + 1 < sent.end and doc[after].tag_ == "POS" and any(
            x.lower_ in EDGE_NOUNS for x in doc[after + 1:min(sent.end, after + 4)])  # "on Y's northern tip"
        isle_land = comma and big_ent.label_ == "TERRITORY" and ix.gaz.lookup(small.text) is None and \
            ix.country_mention(doc[ent.start], allow_demonym=False) is None  # "X, on <a disputed island>,"
        if prep == "on" and after < sent.end and doc[after].is_lower and doc[after].lower_ in ISLAND_WORDS:
            isle_of = True  # "on Y island": the island word in lower case after the name
            after += 1
        if prep == "on" and last not in ISLAND_WORDS and not (words and words[0].lower() in ISLAND_WORDS) and not edge \
                and not setting and not isle_land and not isle_of:
            continue  # "on Maria Island", "on the Isle of Skye"
        named_division = len(words) >= 2 and words[0] in COMPASS_NAME_WORDS  # "Tebet, South Jakarta,"
        if bare_in and (not (big.label == "COUNTRY" or compass and big.label != "TERRITORY") or after < sent.end and (
                doc[after].tag_ == "POS" or doc[after].text in {"-", "‐"})):
            continue  # a state, or a region with a compass word, and not "in Y's north" nor "in Y-based"
        if prep is None and not (big.label in {"COUNTRY", "TERRITORY"} or last in SUBDIVISION_WORDS
                                 or _is_region(ix, big) or compass or named_division):
            continue
        if comma and not edge:
            # closed by punctuation (or the sentence end), and not a list "A, B and C"
            if after < sent.end and not (doc[after].is_punct and doc[after].text not in {"-", "'", "’"}) and not (
                    prep == "in" and doc[after].lower_ in {"at", "near", "along", "off", "beside"}):
                continue  # (a setting after the place still closes it: "X, in the Y Valley at the foot of Z")
            if after + 1 < sent.end and doc[after].text == "," and doc[after + 1].lower_ in {"and", "or"} and \
                    prep is None and not (after + 2 < sent.end and doc[after + 2].pos_ in {"VERB", "AUX", "PRON"}):
                continue  # (an "in" phrase is no list item: "A, in Y, and B are linked"; nor a clause: ", and hope")
        yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(doc[ent.start]))


def _island_name_at(ix: _Index, j: int) -> bool:
    """A place name headed by a capitalised island word ("Varn Island", "the Kelmar Islands") starts at token ``j``."""
    ent = ix.ent_at[j] if j < len(ix.doc) else None
    if ent is None or ent.start not in {j, j - 1} or ent.label_ not in {"GPE", "LOC", "PLACE", "FAC", "ORG"}:
        return False
    last = ix.doc[ent.end - 1]
    return last.lower_ in ISLAND_WORDS and last.text[:1].isupper() and len(ent) >= 2


def _subdivision_at(ix: _Index, j: int) -> bool:
    """A named subdivision ("Karnali Province", "Kent County") or a listed region starts at token ``j``."""
    ent = ix.ent_at[j]
    if ent is None or ent.start != j or ent.label_ not in {"GPE", "LOC", "PLACE", "ORG", "FAC"}:
        return False
    last = ix.doc[ent.end - 1]
    return (last.lower_ in SUBDIVISION_WORDS and last.text[:1].isupper()) or _is_region(ix, ix.ent_mention(ent))


def _owned_subdivision(ix: _Index, j: int) -> tuple[Mention | None, Mention | None]:
    """"Ruritania's Eastern Province" at token ``j``: (the subdivision, its country), or (None, None).

    The subdivision must be a name ending in a subdivision word ("Province", "State", "County")
    or followed by one in lower case ("Ruritania's Varn province": the name alone).
    """
    doc = ix.doc
    m = ix.country_mention(doc[j], allow_demonym=False, allow_capital=False)
    if m is None or m.label != "COUNTRY":
        return None, None
    ent = ix.ent_at[j]
    k = ent.end if ent is not None else j + 1
    if k + 1 >= len(doc) or (doc[k].tag_ != "POS" and doc[k].text not in {"'s", "’s"}):
        return None, None
    sub_ent = ix.ent_at[k + 1]
    q = k + 1
    while sub_ent is None and q < len(doc) and q - k <= 4 and ix.ent_at[q] is None and \
            doc[q].pos_ == "PROPN" and doc[q].text[:1].isupper():
        q += 1
    if sub_ent is None and q > k + 1 and q < len(doc) and doc[q].is_lower and doc[q].lower_ in SUBDIVISION_WORDS:
        # "Ruritania's Sud department" with the name left untagged: the name and its word
        sub = ix.mention(k + 1, q + 1, "PLACE", "")
        return (sub, m) if sub is not None else (None, None)
    if sub_ent is None and q > k + 2 and doc[q - 1].lower_ in SUBDIVISION_WORDS:
        sub = ix.mention(k + 1, q, "PLACE", "")  # "Ruritania's Northern Governorate", untagged
        return (sub, m) if sub is not None else (None, None)
    if sub_ent is not None and sub_ent.label_ == "PERSON" and sub_ent.start == k + 1 and sub_ent.end < len(doc) and \
            doc[sub_ent.end].is_lower and doc[sub_ent.end].lower_ in SUBDIVISION_WORDS:
        sub = ix.mention(sub_ent.start, sub_ent.end + 1, "PLACE", "")  # "Ruritania's Varn region", Varn read as a name
        return (sub, m) if sub is not None else (None, None)
    if sub_ent is None or sub_ent.start != k + 1 or sub_ent.label_ not in {"GPE", "LOC", "PLACE", "ORG", "FAC"}:
        return None, None
    q = sub_ent.end
    while q < len(doc) and q - k <= 4 and doc[q].pos_ == "PROPN" and doc[q].text[:1].isupper() and \
            (ix.ent_at[q] is None or ix.ent_at[q].label_ in {"GPE", "LOC", "PLACE"}):
        q += 1  # "Ruritania's Varn Alta province" with the name split in two entities
    if q < len(doc) and doc[q].is_lower and doc[q].lower_ in SUBDIVISION_WORDS and q > sub_ent.end:
        sub = ix.mention(k + 1, q, "PLACE", "")
        return (sub, m) if sub is not None else (None, None)
    last = doc[sub_ent.end - 1]
    after = doc[sub_ent.end] if sub_ent.end < len(doc) else None
    if not (last.lower_ in SUBDIVISION_WORDS and (last.text[:1].isupper() or len(sub_ent) > 1)) and not (
            after is not None and after.is_lower and after.lower_ in SUBDIVISION_WORDS):
        return None, None  # "Ruritania's Eastern Province", "Ruritania's Varn province"
    sub = ix.mention(sub_ent.start, sub_ent.end, "PLACE", sub_ent.ent_id_ or "")
    return (sub, m) if sub is not None else (None, None)


def _region_abbreviation(ix: _Index, j: int, end: int) -> Mention | None:
    """The state or province an abbreviation at token ``j`` stands for ("Vt.", "N.H."), when
    punctuation or the sentence end closes it.

    Args:
        ix: the document index.
        j: the token after "Place,".
        end: the sentence end.

    Returns:
        A PLACE mention of the abbreviation with the region's name as id, or None.
    """
    doc = ix.doc
    abbrs = ix.gaz.region_abbreviations
    for k in (j + 1, j + 2):  # "Vt." may be one token or "Vt" + "."
        if k > end:
            break
        text = doc[j:k].text
        name = abbrs.get(text)
        if name is None and k < len(doc) and doc[k].text == "." and not doc[k - 1].whitespace_:
            name = abbrs.get(text + ".")
            k += 1 if name is not None else 0
        if name is None:
            continue
        if k < end and not (doc[k].is_punct and doc[k].text not in {"-", "'", "’"}):
            return None
        span = doc[j:k]
        return ix.char_mention(span.start_char, span.end_char, "PLACE", name)
    return None


def _is_region(ix: _Index, m: Mention) -> bool:
    """A gazetteer region or state within a country ("Vermont", "Johor"), not a city or a continent."""
    entry = ix.gaz.lookup(m.kb_id or m.text)
    return entry is not None and entry.cls == "Place" and not entry.country and \
        fold(entry.name) not in CONTINENTS


CONTINENTS = frozenset({"africa", "asia", "europe", "oceania", "antarctica", "america", "north america",
                        "south america", "latin america", "central america", "the americas", "americas",
                        "middle east", "the middle east"})


def _nested_places(ix: _Index) -> Iterator[Relation]:
    """A place set in a larger one by a bare "in": "in Port Victoria in Busia County", "to X in Y".

    Also "A and B, both in Y": every coordinated place.  The larger place is a place,
    region or country entity directly after "in" (a date or an organisation is not);
    the smaller is a place that is not a country.

    Args:
        ix: the document index.

    Returns:
        locatedIn relations from the smaller place to the larger one.
    """
    doc = ix.doc
    n = len(doc)

    def as_place(e) -> Mention | None:
        # a place, or a name NER took for a person or body ("Warren and Orford, both in ...")
        if e.label_ in {"PLACE", "GPE", "LOC"}:
            m = _place_mention(ix, doc[e.start])
            return m if m is not None and m.label not in {"COUNTRY", "TERRITORY"} else None
        if e.label_ == "TERRITORY" and ix.gaz.lookup(e.text) is None:
            return ix.ent_mention(e)  # a disputed area the gazetteer lacks ("the X Sanctuary in Y") lies in Y
        if e.label_ == "FAC" and e[-1].lower_ in ISLAND_WORDS and e[-1].text[:1].isupper():
            return ix.mention(e.start, e.end, "PLACE", "")  # "Varnay Island" read as a building
        if e.label_ in {"PERSON", "ORG", "EVENT", "WORK_OF_ART"} and not e.ent_id_ and (
                e.label_ != "PERSON" or len(e) == 1) and not any(
                t.lower_ in ORG_WORDS | NOT_NAME_WORDS or t.lower_ in ix.lead_words for t in e):
            return ix.mention(e.start, e.end, "PLACE", "")
        return None

    for ent in ix.ents:
        if ent.label_ not in {"PLACE", "GPE", "LOC", "PERSON", "ORG", "EVENT", "WORK_OF_ART", "FAC", "TERRITORY"}:
            continue
        small = as_place(ent)
        if small is None:
            continue
        before = ix.ent_at[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.label_ == "ORG" and doc[ent.start - 1].lower_ in {"of", "the"}:
            continue  # "the University of the" + "South Pacific": the end of a body's name, not a place
        span = doc.char_span(small.start, small.end, alignment_mode="expand")
        k = span.end if span is not None else ent.end
        smalls = [small]
        named_place = ent.label_ in {"PLACE", "GPE", "LOC", "TERRITORY"} and ix.person_at.get(ent.start) is None or \
            _place_noun_of(doc, ent.start) or ent.label_ == "FAC"  # "the port of X": the noun says it is a place
        if k + 2 < n and (doc[k].lower_, doc[k + 1].lower_) in SETTLEMENT_COMPOUNDS and doc[k + 2].lower_ == "in" \
                and ent.label_ != "PERSON":
            k += 2  # "the X landing site in Y": the kind of settlement after the name says it is a place
            named_place = True
        elif k + 1 < n and named_place and doc[k].is_lower and doc[k].lower_ in SITE_FEATURE_NOUNS | RANKED_TOWN_NOUNS \
                and doc[k + 1].lower_ == "in":
            k += 1  # "at X beach in Y", "near X village in Y": a feature or settlement word after a place's name
        elif k + 1 < n and named_place and doc[k].is_lower and doc[k].lower_ in {
                "province", "county", "district", "region", "prefecture", "department"} and doc[k + 1].lower_ == "in":
            k += 1  # "in X province in Y": a lower-case division word after a place's name
        counted = k + 3 < n and doc[k].text == "," and doc[k + 1].lower_ in {"two", "three", "four"} and \
            doc[k + 2].lemma_.lower() in SETTLEMENT_KINDS and doc[k + 3].lower_ == "in"
        if counted or k + 2 < n and doc[k].text == "," and doc[k + 1].lower_ in {"both", "all"} and \
                doc[k + 2].lower_ == "in":
            # "Warren and Orford, both in Grafton County,", "A and B, two towns in Y": the places coordinated before
            q = ent.start - 1
            while q > 0 and doc[q].lower_ in {"and", ","}:
                prev = ix.ent_at[q - 1]
                pm = as_place(prev) if prev is not None else None
                if pm is None:
                    break
                smalls.append(pm)
                q = prev.start - 1
            if len(smalls) < 2 or (q >= 0 and doc[q].lower_ in {"between", "with", "and"}):
                continue
            k += 3 if counted else 2
        elif not named_place and not (ent.label_ != "PERSON" and ent.start > 0 and (
                doc[ent.start - 1].lower_ in {"in", "to", "from"} or _place_noun_of(doc, ent.start))):
            continue  # a person stays a person; an organisation only as a destination ("in X in Y")
        elif ent.start > 1 and doc[ent.start - 1].lower_ in {"of"} and not _place_noun_of(doc, ent.start) and \
                ix.person_at.get(ent.start - 2) is None:
            continue  # "the state of X in Y": X's own phrase ("the port of X in Y", "Chief Name of X in Y" are X's)
        if k >= n or doc[k].lower_ != "in":
            continue
        j = k + 1
        while j < n and (doc[j].pos_ == "DET" or doc[j].lower_ in COMPASS_WORDS and doc[j].is_lower or
                         doc[j].text == "-" and doc[j - 1].lower_ in COMPASS_WORDS):  # ("south-east Y")
            j += 1
        big_ent = ix.ent_at[j] if j < n else None
        unit = j + 1 < n and doc[j].is_lower and doc[j].lower_ in UNIT_BEFORE_NAME and doc[j + 1].pos_ == "PROPN" \
            and doc[j + 1].text[:1].isupper() and doc[j + 1].ent_type_ not in {"DATE", "TIME", "CARDINAL"}
        if unit:
            # "in X in canton Y", "in X in county Y": a division word before the name says the name is a place
            q = j + 1
            while q < n and q < j + 4 and doc[q].pos_ == "PROPN" and doc[q].text[:1].isupper():
                q += 1
            ent_q = ix.ent_at[j + 1]
            big = _place_mention(ix, doc[j + 1]) if ent_q is not None and ent_q.label_ in {"PLACE", "GPE", "LOC"} \
                else None
            big = big or ix.mention(j + 1, q, "PLACE", "")
            j += 1
        elif big_ent is None or big_ent.start not in {j, j - 1} or \
                big_ent.label_ not in {"PLACE", "GPE", "LOC", "COUNTRY"}:
            continue  # "in the Varnay District": NER may keep the article in the name
        else:
            big = _place_mention(ix, doc[j])
        if big is None or ix.person_at.get(j) is not None and not unit:
            continue
        if not named_place and not (_is_region(ix, big) or big.text.split()[-1].lower() in SUBDIVISION_WORDS):
            continue  # "in Kota Bharu in Kelantan": an unlabelled town needs a region around it
        big_span = doc.char_span(big.start, big.end, alignment_mode="expand")
        after = big_span.end if big_span is not None else big_ent.end
        if after < n and (doc[after].tag_ == "POS" or doc[after].lower_ in {"and", "or"}):
            continue  # "in Y's north", "in Y and Z": not a plain container
        if len(smalls) == 1 and ent.start > 2 and doc[ent.start - 1].lower_ == "and" and \
                (prev := ix.ent_at[ent.start - 2]) is not None and prev.start > 0 and \
                doc[prev.start - 1].lower_ in {"from", "in", "at", "near", "around"} and \
                (pm := as_place(prev)) is not None and (
                    (entry := ix.gaz.lookup(pm.text)) is None or not entry.country or
                    entry.country == (big.kb_id or big.text)):
            smalls.append(pm)  # "from A and B in northern Y": the container closes the pair of places
        for sm in smalls:
            if (big.kb_id or big.text) != (sm.kb_id or sm.text):
                yield Relation(subject=sm, object=big, kind="locatedIn", evidence=ix.evidence(doc[ent.start]))


# a lower-case division word before a region's name: "in canton Y", "in county Y"
UNIT_BEFORE_NAME = frozenset({"canton", "county", "province", "department", "prefecture", "governorate", "oblast",
                              "voivodeship"})

DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline_places(ix: _Index) -> Iterator[Relation]:
    """A dateline's town in its region or country: "VARNAY, Maine — ..." at a paragraph start.

    News style (AP) opens a report with the town in capitals, a comma, its state or country
    and a dash; the town need not be known to NER or the gazetteer.

    Args:
        ix: the document index.

    Returns:
        locatedIn relations from the town to the region or country.
    """
    doc = ix.doc
    for sent in ix.sents:
        run = _capitals_opening(ix, sent)
        if run is None:
            continue  # a dateline opens a paragraph
        k, j = run
        titled = False
        if j == k:
            # "Varnby, Ruritania (AP) -": the town in title case (Reuters and AFP style), a proper name
            # that is no person's
            while j < sent.end and j < k + 3 and doc[j].is_alpha and doc[j].text[:1].isupper() and \
                    doc[j].pos_ == "PROPN" and ix.person_at.get(j) is None:
                j += 1
            titled = j > k
        if j == k or j + 2 >= sent.end or doc[j].text != ",":
            continue
        big_ent = ix.ent_at[j + 1]
        big = _region_abbreviation(ix, j + 1, sent.end)  # "VARNAY, Vt. —"
        if big is not None:
            span = doc.char_span(big.start, big.end, alignment_mode="expand")
            after = span.end if span is not None else j + 2
            while after < sent.end and doc[after].text == ".":
                after += 1
        elif big_ent is not None and big_ent.start == j + 1 and big_ent.label_ in {"PLACE", "GPE", "LOC", "COUNTRY"}:
            big = _place_mention(ix, doc[j + 1])
            after = big_ent.end
        else:
            # "Varnby, W Tolsland (AGENCY) -": a region NER left untagged (often with a compass
            # initial), a run of proper names closed by the agency's bracket
            after = j + 1
            while after < sent.end and after < j + 5 and doc[after].pos_ == "PROPN" and doc[after].is_alpha and \
                    doc[after].text[:1].isupper() and ix.ent_at[after] is None and ix.person_at.get(after) is None:
                after += 1
            if after == j + 1 or after + 3 >= sent.end or doc[after].text != "(" or doc[after + 2].text != ")" or \
                    doc[after + 3].text not in DATELINE_DASHES:
                continue
            big = ix.mention(j + 1, after, "PLACE", "")
        if after + 2 < sent.end and doc[after].text == "(" and doc[after + 2].text == ")" and \
                doc[after + 1].text[:1].isupper():
            after += 3  # "(AP)", "(Reuters)": the agency between the place and the dash
        elif titled:
            continue  # a title-case town needs the agency too
        else:
            # "VARNAY, Ruritania, May 3, AGENCY –": a date and the agency in commas before the dash
            for _ in range(2):
                if after + 2 >= sent.end or doc[after].text != ",":
                    break
                q = after + 1
                if doc[q].ent_type_ == "DATE":
                    while q < sent.end and doc[q].ent_type_ == "DATE":
                        q += 1
                elif doc[q].is_upper and doc[q].is_alpha and 2 <= len(doc[q]) <= 6:
                    q += 1
                if q == after + 1 or q >= sent.end or doc[q].text not in DATELINE_DASHES | {","}:
                    break
                after = q
        if big is None or after >= sent.end or doc[after].text not in DATELINE_DASHES:
            continue
        small = ix.mention(k, j, "PLACE", "")
        if small is not None and fold(small.text) != fold(big.kb_id or big.text):
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(doc[k]))


# plural nouns of a group of places: "the Varnay isles of A, B and C", "A and other Kent villages"
GROUP_PLACE_NOUNS = frozenset({"isles", "islands", "towns", "villages", "cities", "communities", "counties",
                               "districts", "provinces", "municipalities", "ports", "parishes", "islets"})


def _cap_run(doc, k: int, end: int, step: int) -> tuple[int, int] | None:
    """The capitalised word run starting at ``k`` (going right for step 1, left for -1)."""
    j = k
    while 0 <= j < end and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        j += step
    if j == k:
        return None
    return (k, j) if step == 1 else (j + 1, k + 1)


def _group_places(ix: _Index) -> Iterator[Relation]:
    """Places listed as members of a group of places in a larger one.

    * "Orkney's inner north isles of A, B and C": each listed place in the possessor;
    * "A and several other Kent villages": the place before "and other" in the place that
      qualifies the group noun.

    Names are read off the capitalised words, as NER often splits or mislabels a list of small
    places.

    Args:
        ix: the document index.

    Returns:
        locatedIn relations.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in GROUP_PLACE_NOUNS or t.pos_ != "NOUN":
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        # 1. "P's (modifiers) isles of A, B and C"
        k = t.i - 1
        while k > sent.start and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN", "ADV"}:
            k -= 1
        if k > sent.start and doc[k].tag_ == "POS" and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "of":
            ent = ix.ent_at[k - 1]
            big = _place_mention(ix, doc[k - 1]) if ent is not None else None
            if big is not None:
                j = t.i + 2
                parts = []
                while j < sent.end:
                    run = _cap_run(doc, j, sent.end, 1)
                    if run is None:
                        break
                    parts.append(run)
                    j = run[1]
                    if j < sent.end and doc[j].text == "," and j + 1 < sent.end and doc[j + 1].lower_ in {"and", "or"}:
                        j += 2
                    elif j < sent.end and (doc[j].text == "," or doc[j].lower_ in {"and", "or"}):
                        j += 1
                    else:
                        break
                if len(parts) >= 2:
                    for a, b in parts:
                        small = ix.mention(a, b, "PLACE", "")
                        if small is not None:
                            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))
        # 2. "A and (several) other P towns"
        k = t.i - 1
        run = _cap_run(doc, k, len(doc), -1)
        if run is None or run[0] - 1 <= sent.start:
            continue
        q = run[0] - 1
        if doc[q].lower_ != "other":
            continue
        q -= 1
        while q > sent.start and (doc[q].pos_ in {"ADJ", "DET", "NUM"} and doc[q].is_lower):
            q -= 1  # "several", "many", "two"
        if q <= sent.start or doc[q].lower_ != "and":
            continue
        small_run = _cap_run(doc, q - 1, len(doc), -1)
        if small_run is None or any(ix.demonym_country(x) is not None for x in doc[run[0]:run[1]]):
            continue  # "A and other French cities": a nationality, not a place
        big = ix.mention(run[0], run[1], "PLACE", "")
        ent = ix.ent_at[run[0]]
        if ent is not None and ent.start == run[0] and ent.end == run[1] and ent.ent_id_:
            big = ix.ent_mention(ent) or big
        small = ix.mention(small_run[0], small_run[1], "PLACE", "")
        if big is not None and small is not None:
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))


def _where_such_as_places(ix: _Index) -> Iterator[Relation]:
    """Places listed in a "where" clause on a fronted setting: "In P, where the road passes towns such
    as A and B, ...": each listed place lies in P.

    The scene-setting "In <place>," opener with a non-restrictive "where" relative describes the
    place; a plural place noun followed by "such as" and a list of proper names names places in it.
    Names are read off the capitalised words, as NER often splits or mislabels small places.

    Args:
        ix: the document index.

    Returns:
        locatedIn relations from each listed place to the setting.
    """
    doc = ix.doc
    for sent in ix.sents:
        k = sent.start
        while k < sent.end and _is_space(doc[k]):
            k += 1
        if k + 4 >= sent.end or doc[k].lower_ != "in":
            continue
        ent = ix.ent_at[k + 1]
        if ent is None or ent.start != k + 1 or ent.label_ not in {"GPE", "LOC", "PLACE", "TERRITORY", "COUNTRY"} or \
                ent.end + 1 >= sent.end or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "where":
            continue
        big = _place_mention(ix, doc[k + 1])
        j = ent.end + 2
        while j + 2 < sent.end and doc[j].text not in {",", ";", "(", "—", "–"} and not (
                doc[j].lower_ in GROUP_PLACE_NOUNS and doc[j + 1].lower_ == "such" and doc[j + 2].lower_ == "as"):
            j += 1
        if big is None or j + 3 >= sent.end or doc[j].lower_ not in GROUP_PLACE_NOUNS:
            continue
        q = j + 3
        parts = []
        while q < sent.end:
            run = _cap_run(doc, q, sent.end, 1)
            if run is None:
                break
            parts.append(run)
            q = run[1]
            if q + 1 < sent.end and doc[q].text == "," and doc[q + 1].lower_ in {"and", "or"}:
                q += 2
            elif q + 1 < sent.end and (doc[q].text == "," and doc[q + 1].text[:1].isupper() or
                                       doc[q].lower_ in {"and", "or"}):
                q += 1
            else:
                break
        if not parts or q >= sent.end or doc[q].text != ",":
            continue  # the list must close the clause
        for a, b in parts:
            small = ix.mention(a, b, "PLACE", "")
            if small is not None and (small.kb_id or small.text) != (big.kb_id or big.text):
                yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(doc[j]))


# nouns of a settlement whose name follows "of": "the port of X", "the town of X"
SETTLEMENT_OF_NOUNS = frozenset({"port", "town", "city", "village", "island", "harbour", "harbor"})


def _place_noun_of(doc, k: int) -> bool:
    """Token ``k`` follows "the port / town / village of"."""
    return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in SETTLEMENT_OF_NOUNS


def _org_name_tail(ix: _Index, ent) -> bool:
    """Whether a country entity is the tail of an organisation's name: "the Green Union of Ruritania".

    Args:
        ix: the document index.
        ent: a COUNTRY entity span.

    Returns:
        True when "of" and an organisation entity stand right before it.
    """
    k = ent.start
    if k < 2 or ix.doc[k - 1].lower_ != "of":
        return False
    org = ix.ent_at[k - 2]
    return org is not None and org.label_ == "ORG" and org.end == k - 1


def _located_relations(ix: _Index) -> Iterator[Relation]:
    """Cities placed in a country named in the same sentence (gazetteer city -> country)."""
    doc = ix.doc
    said: set = set()
    for ent in ix.ents:
        if ent.label_ != "PLACE":
            continue
        entry = ix.gaz.lookup(ent.text)
        if entry is None or not entry.country or entry.cls != "Place" or entry.name in said:
            continue
        sent = ix.sent_at[ent.start]
        if sent is None:
            continue
        for other in ix.ents_in(sent.start, sent.end):
            if other.label_ != "COUNTRY" or _org_name_tail(ix, other):
                continue
            cm = ix.ent_mention(other)
            if cm is not None and cm.kb_id == entry.country:
                pm = ix.ent_mention(ent)
                if pm is not None:
                    said.add(entry.name)  # once per article: it is world knowledge, not news
                    yield Relation(subject=pm, object=cm, kind="locatedIn", evidence=ix.evidence(ent))
                break
    yield from _institution_places(ix)
    yield from _copula_places(ix)
    yield from _comma_places(ix)
    yield from _nested_places(ix)
    yield from _possessive_subdivisions(ix)
    yield from _its_places(ix)
    yield from _capital_clauses(ix)
    yield from _country_part_places(ix)
    yield from _apposed_town_places(ix)
    yield from _unit_capital_places(ix)
    yield from _part_of_places(ix)
    yield from _part_copula_places(ix)
    # "X-based Y" anywhere (not only in appositives)
    for t in doc:
        if t.lower_.endswith("-based") and len(t.text) > 6:
            place = _based_place(ix, t)
            if place is None:
                continue
            run = []
            k = t.i + 1
            while k < len(doc) and len(run) < 10 and not doc[k].is_space:
                run.append(doc[k])
                if doc[k].is_punct and doc[k].text not in {"-", "&"}:
                    break
                k += 1
            om, _, _ = _org_from_run(ix, run)
            if om is not None and om.label not in {"COUNTRY", "PERSON"}:
                yield Relation(subject=om, object=place, kind="locatedIn", evidence=ix.evidence(t))
        elif t.lower_ == "based" and t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
            place = ix.country_mention(doc[t.i - 2], allow_demonym=False, allow_capital=False) or \
                _place_mention(ix, doc[t.i - 2])
            if place is None and doc[t.i - 2].pos_ == "PROPN" and doc[t.i - 2].text[:1].isupper():
                # "Lancaster-based X" with the place read as an organisation: "-based" names a place
                ent = ix.ent_at[t.i - 2]
                lo = ent.start if ent is not None and ent.end == t.i - 1 else t.i - 2
                place = ix.mention(lo, t.i - 1, "PLACE", "")
            if place is None:
                continue
            run = []
            k = t.i + 1
            while k < len(doc) and len(run) < 12 and not doc[k].is_space:
                if doc[k].text in {";", ".", "(", ")"}:
                    break
                run.append(doc[k])
                k += 1
            om, _, _ = _org_from_run(ix, run)
            if om is not None and om.label not in {"COUNTRY", "PERSON"}:
                yield Relation(subject=om, object=place, kind="locatedIn", evidence=ix.evidence(t))
    # "Kazakhstan's largest city Almaty", "the Kazakh capital Nur-Sultan" are premodifier
    # phrases handled by the appositive machinery (kind "place").


def _country_part_places(ix: _Index) -> Iterator[Relation]:
    """"Kelvo, in the far north of the country," / "Kelvo, a port in the west of the country,":
    a place set in a compass part of "the country", read as the one country named before it in the
    sentence (a definite description resolved to the only country in focus, as in Hobbs-style
    coreference).

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the place to the country.
    """
    doc = ix.doc
    n = len(doc)
    for t in doc:
        if t.lower_ != "country" or t.i < 6 or t.i + 1 >= n or doc[t.i - 1].lower_ != "the" or \
                doc[t.i - 2].lower_ != "of" or not (doc[t.i + 1].is_punct or doc[t.i + 1].lower_ in {"and", "near"}):
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        k = t.i - 3
        while k > sent.start and (doc[k].lower_ in COMPASS_WORDS or doc[k].text == "-"):
            k -= 1  # "the south-east", "the far north"
        if k == t.i - 3 or doc[k].lower_ != "the" or doc[k - 1].lower_ != "in":
            continue
        k -= 2
        noun = k > sent.start + 1 and doc[k].is_lower and doc[k].lower_ in PLACE_NOUNS and doc[k - 1].lower_ in {
            "a", "an"}
        if noun:
            k -= 2  # "Kelvo, a port in the north of the country"
        if k <= sent.start or doc[k].text != ",":
            continue
        ent = ix.ent_at[k - 1]
        if ent is None or ent.end != k or (ent.start > sent.start + 1 and doc[ent.start - 1].text == "," and
                                           doc[ent.start - 2].pos_ == "PROPN"):
            continue  # (not the last of a list "A, B, in the north of the country")
        if ent.label_ not in {"PLACE", "GPE", "LOC"} and not (
                noun and ent.label_ in {"PERSON", "ORG"} and not ent.ent_id_ and len(ent) <= 2):
            continue  # "Kelvo, a town in ...": the place noun makes a misread name a place
        countries = {}
        for other in ix.ents_in(sent.start, ent.start):
            cm = ix.ent_mention(other) if other.label_ == "COUNTRY" and not _org_name_tail(ix, other) else None
            if cm is not None:
                countries.setdefault(cm.kb_id or cm.text, cm)
        place = _place_mention(ix, doc[ent.start]) or (ix.mention(ent.start, ent.end, "PLACE") if noun else None)
        if len(countries) == 1 and place is not None and place.label != "COUNTRY":
            yield Relation(subject=place, object=next(iter(countries.values())), kind="locatedIn",
                           evidence=ix.evidence(t))


# settlement nouns an apposition ranks within its land: "X, Y's second-largest city"
RANKED_TOWN_NOUNS = frozenset({"city", "town", "port", "village", "seaport", "resort"})
# the county word opening an Irish county's name: "Co Y", "County Y"
COUNTY_SHORT = frozenset({"co", "co.", "county"})
# area nouns of "X, in the state of Y" / "X, in the Y region"
AREA_OF_NOUNS = frozenset({"state", "province", "region", "county", "department", "district", "municipality",
                           "prefecture", "governorate", "oblast", "canton", "regency", "commune", "parish"})


def _name_before_comma(ix: _Index, comma: int, sent) -> tuple[int, int] | None:
    """The place name that ends right before the comma at ``comma``, as (start, end) tokens.

    A recognised name of a kind a place may be misread as, or a bare run of capitalised proper nouns
    opening the sentence or following a preposition (NER often leaves a small town's name unlabelled).

    Args:
        ix: the document index.
        comma: the comma's token index (a token follows it in the sentence).
        sent: the sentence span holding the comma.

    Returns:
        (start, end) token offsets of the name, or None when no place name (or a person's) ends there.
    """
    doc = ix.doc
    ent = ix.ent_at[comma - 1] if comma > sent.start else None
    if ent is not None and ent.start < comma < ent.end and ix.doc[comma + 1].lower_ in COUNTY_SHORT and \
            ent.label_ in {"ORG", "GPE", "LOC"}:
        return ent.start, comma  # "X, Co Y" read as one company-like name
    if ent is not None and ent.end == comma:
        prev = doc[ent.start - 1] if ent.start > sent.start else None
        # "In Varnby, in the X region,": a short name that a locative "in" opens is the town the gloss places,
        # even when the tagger read it as a person (nobody is "in" a person)
        town_in = prev is not None and prev.lower_ == "in" and len(ent) <= 2 and not ent.ent_id_ and \
            ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "PLACE", "FAC"}
        if (any(ix.person_mention(j) is not None for j in range(ent.start, ent.end)) and not town_in) or (
                prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper()):
            return None  # a person's name ("Ana Varga, in the X region"), whole or in part
        if ent.label_ in {"PLACE", "GPE", "LOC", "FAC"} or (
                ent.label_ in {"PERSON", "ORG"} and not ent.ent_id_ and len(ent) <= 2):
            return ent.start, ent.end
        return None
    k = comma
    while k > sent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and comma - k < 4:
        k -= 1
    if k == comma or any(ix.ent_at[j] is not None for j in range(k, comma)):
        return None
    if k == sent.start or doc[k - 1].pos_ == "ADP":
        return k, comma
    return None


def _apposed_town_places(ix: _Index) -> Iterator[Relation]:
    """"X, Y's second-largest city," / "X, in the state of Y," / "X, in the Y region," / "X, Co Y" / "X, the Y
    town closest to Z": a town placed by an apposition that ranks it within a land or sets it in a named area
    (English news style: a small place is glossed at first mention with the larger one it lies in).

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the town to the land or area.
    """
    doc = ix.doc
    n = len(doc)
    for c in doc:
        if c.text != "," or c.i + 3 >= n:
            continue
        sent = ix.sent_at[c.i]
        if sent is None or c.i + 3 >= sent.end:
            continue
        span = None
        j = c.i + 1
        if doc[j].lower_ == "in" and doc[j + 1].lower_ == "the":
            k = j + 2
            while k < sent.end and (doc[k].lower_ in COMPASS_WORDS or doc[k].text == "-"):
                k += 1
            if k + 2 < sent.end and doc[k].lower_ in AREA_OF_NOUNS and doc[k + 1].lower_ == "of" and \
                    doc[k + 2].text[:1].isupper():
                ent = ix.ent_at[k + 2]  # "in the state of Y"
                end = ent.end if ent is not None and ent.start == k + 2 else k + 3
                span = (k + 2, end) if end == sent.end or doc[end].is_punct else None
            else:
                e = k
                while e < sent.end and doc[e].pos_ == "PROPN" and _name_cap(doc[e]) and e - k < 4:
                    e += 1  # "in the Y region" (also a name with a click letter: "in the //Karas region")
                if k < e < sent.end - 1 and doc[e].lower_ in AREA_OF_NOUNS and doc[e + 1].is_punct and \
                        doc[e + 1].text not in {"-", "'", "’"}:
                    span = (k, e)
        elif doc[j].lower_ in COUNTY_SHORT and doc[j + 1].text[:1].isupper():
            e = j + 1  # "X, Co Y": an Irish county in its abbreviated style
            while e < sent.end and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and e - j < 3:
                e += 1
            if e > j + 1 and (e == sent.end or doc[e].is_punct and doc[e].text not in {"-", "'", "’"}):
                span = (j, e)
        elif doc[j].lower_ == "the" and doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ == "PROPN" and \
                not ix.gaz.is_demonym(doc[j + 1].text):
            # "X, the Y town closest to Z", "X, the Y border village,": a town glossed by the area whose name
            # modifies its kind
            e = j + 1
            ent = ix.ent_at[e]
            if ent is not None and ent.start == e and ent.label_ in {"GPE", "LOC", "PLACE", "TERRITORY", "COUNTRY"}:
                e = ent.end
            elif ent is None or ent.start == e and ent.label_ in {"PERSON", "ORG"} and len(ent) == 1 and \
                    not ent.ent_id_:
                while e < sent.end and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and e - j <= 3:
                    e += 1
            k = e
            while k < sent.end and k - e < 2 and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"} and \
                    doc[k].lower_ not in RANKED_TOWN_NOUNS:
                k += 1  # "the Y border town"
            if j + 1 < e and k + 1 < sent.end and doc[k].lower_ in RANKED_TOWN_NOUNS and \
                    doc[k + 1].lower_ not in {"of", "and", "'s", "’s"} and doc[k + 1].pos_ != "PROPN":
                span = (j + 1, e)
        elif doc[j].text[:1].isupper():
            e = j
            ent = ix.ent_at[j]
            if ent is not None and ent.start == j:
                e = ent.end if ent.label_ not in {"PERSON", "DATE", "NORP"} or (
                    ent.label_ == "PERSON" and len(ent) <= 3 and not ent.ent_id_) else j
                if e > j + 1 and doc[e - 1].tag_ == "POS":
                    e -= 1  # the NER took in the possessive: "Y's" as one name
            else:
                while e < sent.end and doc[e].pos_ == "PROPN" and doc[e].text[:1].isupper() and e - j < 4:
                    e += 1
            k = e + 1
            if j < e and e < sent.end and doc[e].tag_ == "POS":
                mods = 0  # "Y's second-largest city", "Y's main town"
                while k < sent.end and (doc[k].tag_ in {"JJ", "JJS", "JJR"} or doc[k].text == "-" or
                                        doc[k].like_num or doc[k].lower_ in {"county", "main", "second", "third"}):
                    k += 1
                    mods += 1
                if mods and k + 1 < sent.end and doc[k].lower_ in RANKED_TOWN_NOUNS and \
                        (doc[k + 1].is_punct and doc[k + 1].text not in {"-", "'", "’"} or
                         doc[k + 1].lower_ in {"by", "after"}):
                    span = (j, e)
        if span is None:
            continue
        small_at = _name_before_comma(ix, c.i, sent)
        if small_at is None:
            continue
        s0, s1 = small_at
        ent = ix.ent_at[s0]
        small = (_place_mention(ix, doc[s0]) if ent is not None and ent.label_ in {"PLACE", "GPE", "LOC"} else None) \
            or ix.mention(s0, s1, "PLACE", "")
        big_ent = ix.ent_at[span[0]]
        big = ix.ent_mention(big_ent) if big_ent is not None and big_ent.start == span[0] and \
            big_ent.end == span[1] and big_ent.label_ in {"COUNTRY", "TERRITORY", "PLACE"} else None
        big = big or ix.mention(span[0], span[1], "PLACE", "")
        if small is None or big is None or small.label in {"COUNTRY"} or \
                (small.kb_id or small.text) == (big.kb_id or big.text):
            continue
        yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(c))


# the adjective a gloss uses for a unit's seat: "the provincial capital" is the province's
UNIT_ADJECTIVES = {"provincial": "province", "regional": "region", "departmental": "department",
                   "municipal": "municipality", "prefectural": "prefecture"}


def _unit_capital_places(ix: _Index) -> Iterator[Relation]:
    """"X, the regency capital," / "X, the provincial capital,": a town glossed as the seat of a unit the
    article has named before ("Varn Regency", "Tolsa province").

    Heuristic (news style): a gloss names the unit by its kind alone when the article has already named
    it; the unit is taken only when exactly one name of that kind comes earlier in the article.

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the town to the unit.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ != "capital" or t.i < 4 or doc[t.i - 2].lower_ != "the" or doc[t.i - 3].text != ",":
            continue
        kind = UNIT_ADJECTIVES.get(doc[t.i - 1].lower_, doc[t.i - 1].lower_)
        sent = ix.sent_at[t.i]
        if kind not in SUBDIVISION_WORDS - ISLAND_WORDS or sent is None or t.i + 1 >= sent.end or \
                not doc[t.i + 1].is_punct:
            continue
        small_at = _name_before_comma(ix, t.i - 3, sent)
        if small_at is None:
            continue
        units = {}
        for ent in ix.ents:
            if ent.end > t.i - 3:
                break
            if ent.label_ in COMMA_PLACE_LABELS | {"ORG"} and len(ent) >= 2 and ent[-1].lower_ == kind and \
                    ent[-1].text[:1].isupper():
                units.setdefault(ent.text, ent)
        if len(units) != 1:
            continue
        ent = next(iter(units.values()))
        big = ix.mention(ent.start, ent.end, "PLACE", ent.ent_id_ or "")
        small = _place_mention(ix, doc[small_at[0]]) or ix.mention(small_at[0], small_at[1], "PLACE", "")
        if small is not None and big is not None and small.label != "COUNTRY" and small.text != big.text:
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))


# the units of local government a gloss names: the subdivision words and the sub-districts of South Asia
SUB_DISTRICT_WORDS = SOUTH_ASIAN_SUB_DISTRICTS | frozenset({"commune", "parish"})


def _unit_name(ix: _Index, j: int, end: int) -> tuple[int, int, int] | None:
    """A named unit of local government at token ``j``: "Varn Upazila", "the Kelmar district".

    Args:
        ix: the document index.
        j: the first token (an article is skipped).
        end: the sentence end.

    Returns:
        (name start, name end, next token) - the name keeps a capitalised unit word ("Varn Upazila") and
        drops a lower-case one ("Kelmar district": "Kelmar") - or None when no such name stands there.
    """
    doc = ix.doc
    unit_words = SUBDIVISION_WORDS | SUB_DISTRICT_WORDS
    if j < end and doc[j].lower_ == "the":
        j += 1
    e = j
    while e < end and e - j < 4 and doc[e].text[:1].isupper() and doc[e].pos_ in {"PROPN", "NOUN"}:
        ent = ix.ent_at[e]
        if ent is not None and doc[ent.end - 1].lower_ in unit_words and doc[ent.end - 1].text[:1].isupper():
            e += 1  # "Varn Upazila" read as a person's name: the unit word says it is a place
            continue
        if ix.person_mention(e) is not None or ent is not None and ent.label_ in {"COUNTRY", "NORP", "DATE", "ORG"}:
            break
        e += 1
    if e == j:
        return None
    if e - j >= 2 and doc[e - 1].lower_ in unit_words:
        return j, e, e
    if e < end and doc[e].is_lower and doc[e].lower_ in unit_words:
        return j, e, e + 1
    return None


def _part_of_places(ix: _Index) -> Iterator[Relation]:
    """"X, part of Varn Upazila in Kelmar district," / "X, in Varn Upazila of Kelmar district,": a town
    glossed with the chain of local units it lies in (English news style, as in _apposed_town_places).

    The gloss must name a unit ("Upazila", "district", "County") and be closed by punctuation.

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the town to the first unit, and from that unit to the next.
    """
    doc = ix.doc
    for c in doc:
        if c.text != "," or c.i + 3 >= len(doc):
            continue
        sent = ix.sent_at[c.i]
        if sent is None or c.i + 3 >= sent.end:
            continue
        j = c.i + 1
        part = doc[j].lower_ == "part" and doc[j + 1].lower_ == "of"
        if not part and doc[j].lower_ != "in":
            continue
        first = _unit_name(ix, j + (2 if part else 1), sent.end)
        if first is None:
            continue
        units = [first]
        k = first[2]
        if k + 1 < sent.end and doc[k].lower_ in {"in", "of"}:
            second = _unit_name(ix, k + 1, sent.end)
            if second is not None:
                units.append(second)
                k = second[2]
        if len(units) == 1 and not part:
            continue  # "X, in Y County,": the comma readers take it
        if k < sent.end and not (doc[k].is_punct and doc[k].text not in {"-", "'", "’"}):
            continue  # "X, part of Y County's plan": not a closed gloss
        small_at = _name_before_comma(ix, c.i, sent)
        if small_at is None:
            continue
        ent = ix.ent_at[small_at[0]]
        small = (_place_mention(ix, doc[small_at[0]]) if ent is not None and ent.label_ in {"PLACE", "GPE", "LOC"}
                 else None) or ix.mention(small_at[0], small_at[1], "PLACE", "")
        found = [ix.mention(a, b, "PLACE", "") for a, b, _ in units]
        if small is None or small.label == "COUNTRY" or any(m is None for m in found):
            continue
        chain = [small, *found]
        for inner, outer in zip(chain, chain[1:]):
            if (inner.kb_id or inner.text) != (outer.kb_id or outer.text):
                yield Relation(subject=inner, object=outer, kind="locatedIn", evidence=ix.evidence(c))


def _part_copula_places(ix: _Index) -> Iterator[Relation]:
    """"X is part of Y County", "X is now part of the Ruritanian state of Y": a town
    in a named unit by the copula and "part of" (the part-whole pattern of Girju et al. 2006).

    The whole must be a unit below a state (a name with a unit word, a gazetteer region, or "the
    <people> state of Y"): "X is part of <country>" is a claim, read by the stance readers.

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the town to the unit.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ != "part" or t.dep_ != "attr" or t.head.lemma_ != "be" or \
                any(c.dep_ == "neg" for c in t.head.children):
            continue
        subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.i), None)
        whole = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        sent = ix.sent_at[t.i]
        if subj is None or whole is None or sent is None or not subj.text[:1].isupper() or subj.pos_ != "PROPN" or \
                ix.person_at.get(subj.i) is not None:
            continue
        sent_ent = ix.ent_at[subj.i]
        if sent_ent is not None and (sent_ent.label_ in {"COUNTRY", "TERRITORY", "PERSON", "NORP"} or
                                     sent_ent.ent_id_ and sent_ent.label_ == "ORG"):
            continue
        big = None
        if whole.is_lower and whole.lemma_.lower() in SUBDIVISION_WORDS:
            named = next((p for c in whole.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), None)
            ent = ix.ent_at[named.i] if named is not None else None
            if ent is not None and ent.label_ in {"GPE", "LOC", "PLACE"}:
                big = _place_mention(ix, doc[ent.start]) or ix.ent_mention(ent)  # "the Ruritanian state of Y"
        if big is None:
            start = min(x.i for x in whole.subtree)
            unit = _unit_name(ix, start, sent.end)
            if unit is not None and unit[1] > unit[0] and unit[2] > whole.i:  # (not "part of the Y County team")
                big = ix.mention(unit[0], unit[1], "PLACE", "")  # "part of Y County", "part of the Y region"
        if big is None or big.label in {"COUNTRY", "TERRITORY"}:
            continue
        lo, hi = (sent_ent.start, sent_ent.end) if sent_ent is not None and sent_ent.root.i == subj.i else (
            min(c.i for c in subj.subtree if c.dep_ == "compound" or c.i == subj.i), subj.i + 1)
        small = ix.mention(lo, hi, "PLACE", sent_ent.ent_id_ if sent_ent is not None and
                           sent_ent.label_ in {"PLACE", "GPE"} else "")
        if small is not None and (small.kb_id or small.text) != (big.kb_id or big.text):
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))


# Head words of bodies and buildings that sit in one place ("the Lowy Institute in Sydney").
SITE_WORDS = frozenset({
    "institute", "institution", "university", "college", "centre", "center", "foundation", "academy",
    "school", "museum", "hospital", "clinic", "library", "embassy", "consulate", "palace", "palais",
    "hotel", "stadium", "arena", "theatre", "theater", "cathedral", "church", "mosque", "port", "airport",
    "headquarters", "laboratory", "observatory", "zoo", "park", "hall", "tank", "think-tank", "campus",
    "plant", "factory", "mine", "refinery", "station", "house", "building", "assembly", "parliament",
    "senate", "congress", "court", "council", "ministry", "base", "tribunal", "secretariat", "commission",
})


# words of nearness before a place: "in neighbouring Y", "in nearby Z"
NEARBY_WORDS = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "adjoining", "rural", "coastal",
                          "upland", "inland"})
# compass words before a place ("in northwestern X", "X, south Y"): nlp's compass parts and adjectives
# (not "centre") and the height and distance words of place names
COMPASS_WORDS = (COMPASS_PARTS - {"centre", "center"}) | COMPASS_ADJECTIVES | frozenset({"far", "lower", "upper"})


def _site_place(ix: _Index, k: int, end: int) -> Mention | None:
    """The place named after "in" at token ``k`` ("in Sydney", "in the Swiss city of Geneva")."""
    doc = ix.doc
    if k >= end or doc[k].lower_ != "in":
        return None
    k += 1
    while k < end and (doc[k].pos_ == "DET" or doc[k].lower_ in COMPASS_WORDS or
                       doc[k].text == "-" and doc[k - 1].lower_ in COMPASS_WORDS):
        k += 1  # "in northwest Greenland", "in south-east Y": the part of the place is still the place
    if k >= end:
        return None
    if _place_mention(ix, doc[k]) is None or doc[k].pos_ == "ADJ":
        # "in the Mauritian capital, Port Louis": the name after the place noun
        j = k
        while j < end and j < k + 4 and doc[j].pos_ in {"ADJ", "PROPN", "NOUN"} and \
                doc[j].lower_ not in PLACE_NOUNS:
            j += 1
        if j + 2 < end and doc[j].lower_ in PLACE_NOUNS and doc[j + 1].text == ",":
            k = j + 2
    place = _place_mention(ix, doc[k])
    if place is None or ix.ent_at[k].start != k:
        return None
    nxt = ix.ent_at[k].end
    if nxt < len(doc) and doc[nxt].tag_ == "POS":
        return None  # "in Sydney's west": a part of the place
    return place


# Head words of named parts of a place ("Tokyo's Chiyoda Ward", "Russia's Sakhalin region").
SUBDIVISION_WORDS = frozenset({"ward", "district", "province", "county", "prefecture", "region", "oblast", "regency",
                               "borough", "quarter", "governorate", "municipality", "state", "canton",
                               "department", "krai", "republic", "island", "islands", "peninsula",
                               # named landforms of a state: "Chile's Atacama Desert", "X's Y Valley"
                               "valley", "desert", "highlands", "lowlands", "delta", "plateau", "basin",
                               "archipelago"})


def _its_places(ix: _Index) -> Iterator[Relation]:
    """"its capital, Erbil": a place the text gives to "its" land, read as the subject in focus.

    The antecedent of "its" is the subject of the pronoun's sentence when
    that is a country, territory or place, else the subject of the nearest of
    the two sentences before (the backward-looking centre of Centering
    theory, Grosz, Joshi & Weinstein 1995); a non-subject name is never
    taken.

    Args:
        ix: the document index.

    Returns:
        locatedIn relations from the named place to the land.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in PLACE_NOUNS or not any(c.dep_ == "poss" and c.lower_ == "its" for c in t.children):
            continue
        names = [c for c in t.children if c.dep_ == "appos"]
        if t.dep_ == "appos":
            names.append(t.head)
        place = None
        for n in names:
            ent = ix.ent_at[n.i]
            if ent is not None and ent.label_ in {"PLACE", "GPE", "LOC"}:
                place = _place_mention(ix, n)
                break
        if place is None:
            continue
        no = ix.sent_no(t.i)
        land = None
        for back in range(0, 3):
            if no - back < 0:
                break
            sent = ix.sents[no - back]
            for ent in ix.ents_in(sent.start, sent.end):
                if back == 0 and ent.start > t.i:
                    break
                if ent.label_ in {"COUNTRY", "TERRITORY", "PLACE", "GPE"} and ent.root.dep_ in {"nsubj", "nsubjpass"}:
                    land = ix.ent_mention(ent)
                    break
            if land is not None:
                break
        if land is not None and land.text != place.text:
            yield Relation(subject=place, object=land, kind="locatedIn", evidence=ix.evidence(t))


# the kind of unit before "seat" that makes it a town holding an administration ("the county seat of Y")
SEAT_KINDS = frozenset({"county", "district", "regional", "provincial", "departmental", "administrative", "parish"})


def _capital_clauses(ix: _Index) -> Iterator[Relation]:
    """"X serves as the Y capital", "X, the port that is the capital of Y": a capital in its land.

    Also an apposed administrative seat, "X, the county seat of Y," (a US county's seat is a
    town in that county; a "county seat" in news style, AP Stylebook).

    Args:
        ix: the document index.

    Returns:
        locatedIn relations from the capital to the land.
    """
    for t in ix.doc:
        seat = t.lower_ == "seat" and t.dep_ == "appos" and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in SEAT_KINDS for c in t.children)
        if (t.lower_ != "capital" and not seat) or t.pos_ != "NOUN":
            continue
        owners = [c for c in t.children if c.dep_ in {"compound", "poss", "nmod"}]
        owners += [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"]
        land = None
        for o in owners:
            ent = ix.ent_at[o.i]
            if ent is not None and ent.label_ in {"COUNTRY", "TERRITORY", "PLACE", "GPE"}:
                land = ix.ent_mention(ent)
                break
        if land is None:
            continue
        if t.dep_ == "appos" and t.head.pos_ == "PROPN" and (seat or any(c.dep_ == "poss" for c in t.children)) and \
                (ent := ix.ent_at[t.head.i]) is not None and ent.label_ in {"PLACE", "GPE", "LOC", "ORG", "PERSON"} \
                and len(ent) <= 2 and ent.end <= t.i:
            # "in X, Y's provincial capital": only a place is a land's capital, whatever NER made of X
            place = _place_mention(ix, t.head) if ent.label_ in {"PLACE", "GPE", "LOC"} else \
                ix.mention(ent.start, ent.end, "PLACE", "")
            if place is not None and place.text != land.text:
                yield Relation(subject=place, object=land, kind="locatedIn", evidence=ix.evidence(t))
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head if t.dep_ == "attr" else None
        if verb is None or verb.lemma_ not in {"serve", "act", "be"} or any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head
            if ix.ent_at[subj.i] is None and subj.dep_ == "appos":
                subj = subj.head  # "X, the port city that serves as ..."
        ent = ix.ent_at[subj.i]
        if ent is None or ent.label_ not in {"PLACE", "GPE", "LOC"}:
            continue
        place = _place_mention(ix, subj)
        if place is not None and place.text != land.text:
            yield Relation(subject=place, object=land, kind="locatedIn", evidence=ix.evidence(t))


# lower-case feature words after a place's name: "X beach", "Y harbour"
SITE_FEATURE_NOUNS = frozenset({"beach", "bay", "cove", "harbour", "harbor", "port", "waterfront", "pier", "wharf"})


def _longer_place(ix: _Index, ent) -> Mention | None:
    """The one longer place name a short one opens with a subdivision word: "Varn" for "Varn Province"."""
    if ent.label_ not in {"PLACE", "GPE"} or ent.ent_id_:
        return None
    longer = {e.text: e for e in ix.ents if e.label_ in {"PLACE", "GPE", "LOC"} and len(e) == len(ent) + 1
              and e.text.startswith(ent.text + " ") and e[-1].lower_ in SUBDIVISION_WORDS}
    return ix.ent_mention(next(iter(longer.values()))) if len(longer) == 1 else None


def _possessive_subdivisions(ix: _Index) -> Iterator[Relation]:
    """"Tokyo's Chiyoda Ward", "Russia's Sakhalin region": a named part of the possessor place."""
    doc = ix.doc
    for ent in ix.ents:
        if ent.label_ not in {"COUNTRY", "TERRITORY", "PLACE", "GPE"}:
            continue
        k = ent.end
        if k + 2 >= len(doc) or doc[k].tag_ != "POS" and doc[k].lower_ not in {"'s", "’s"}:
            continue
        j = k + 1
        while j < len(doc) and j < k + 5 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
            j += 1
        if j == k + 1:
            continue
        named = ix.ent_at[k + 1] is not None and ix.ent_at[k + 1].start == k + 1 and \
            ix.ent_at[k + 1].end == j and ix.ent_at[k + 1].label_ in {"PLACE", "GPE", "LOC"}
        extra = []
        if doc[j - 1].lower_ in SUBDIVISION_WORDS:
            end = j
        elif j < len(doc) and doc[j].lower_ in SUBDIVISION_WORDS and doc[j].pos_ == "NOUN":
            end = j + 1
        elif named and (doc[j - 1].lower_ in PLACE_PART_HEADS or j < len(doc) and doc[j].is_lower and
                        doc[j].lower_ in SETTLEMENT_KINDS):
            end = j  # "Tolsby's Old Town", "Varn's Tolsa port": a named part or a settlement of the place
            if j + 1 < len(doc) and doc[j].lower_ == "and":  # "Tolsby's Old Town and New Town"
                q = j + 1
                while q < len(doc) and q < j + 4 and doc[q].text[:1].isupper() and doc[q].pos_ == "PROPN" and \
                        ix.person_at.get(q) is None:
                    q += 1
                if q > j + 2 and doc[q - 1].lower_ in PLACE_PART_HEADS:
                    extra.append(ix.mention(j + 1, q, "PLACE", ""))
        else:
            continue
        if any(ix.person_at.get(x) is not None for x in range(k + 1, end)):
            continue
        outer = _longer_place(ix, ent) or ix.ent_mention(ent)
        inner = ix.mention(k + 1, end, "PLACE", "")
        if outer is None or inner is None:
            continue
        for m in extra:
            if m is not None:
                yield Relation(subject=m, object=outer, kind="locatedIn", evidence=ix.evidence(doc[k]))
        inner_ent = ix.ent_at[k + 1]
        if inner_ent is not None and inner_ent.start == k + 1 and inner_ent.end == end and inner_ent.ent_id_:
            inner = ix.ent_mention(inner_ent)
        elif inner_ent is not None and inner_ent.start == k + 1 and inner_ent.end == j and end == j + 1 and \
                inner_ent.label_ in {"PLACE", "GPE", "LOC", "ORG"}:
            # "Ecuador's Manabi province": the place is "Manabi" (whatever the tagger called it)
            inner = ix.mention(k + 1, j, "PLACE", inner_ent.ent_id_ if inner_ent.label_ != "ORG" else "")
        elif end == j + 1 and doc[j].is_lower and inner_ent is not None and inner_ent.start == k + 1 and \
                inner_ent.end < j and (bare := ix.mention(k + 1, j, "PLACE", "")) is not None:
            inner = bare  # "Chile's Alta Lima province", the name split in two entities: the name alone
        if inner is None:
            continue
        yield Relation(subject=inner, object=outer, kind="locatedIn", evidence=ix.evidence(doc[k]))
        town = ix.ent_at[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].lower_ == "in" else None
        if town is not None and town.end == ent.start - 1 and town.label_ in {"GPE", "PLACE"} and \
                doc[end - 1].lower_ in SUBDIVISION_WORDS and (m := ix.ent_mention(town)) is not None:
            # "Tolsby in Ruritania's X province": the town lies in the named subdivision
            yield Relation(subject=m, object=inner, kind="locatedIn", evidence=ix.evidence(doc[ent.start - 1]))


def _copula_places(ix: _Index) -> Iterator[Relation]:
    """"X is a (small fishing) town in Y": the subject of a settlement noun placed in a place.

    The subject is taken as written, whatever the tagger called it (small towns
    are often read as persons or bodies), as long as it is a capitalised name
    that holds no person the article titles.

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the settlement to the place.
    """
    doc = ix.doc
    for t in doc:
        if t.lemma_.lower() not in SETTLEMENT_KINDS or t.dep_ != "attr" or t.head.lemma_ != "be" or \
                any(c.dep_ == "neg" for c in t.head.children):
            continue
        subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.i), None)
        place = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"), None)
        if subj is None or place is None or not subj.text[:1].isupper() or subj.pos_ not in {"PROPN", "NOUN"} or (
                subj.pos_ == "NOUN" and subj.lower_ in english_words()):
            continue  # (a name the tagger took for a common noun: "Rhayader is a town in ...")
        if ix.ent_at[place.i] is None and place.is_lower and place.lemma_.lower() in PLACE_NOUNS | SUBDIVISION_WORDS:
            # "a village in the Ruritanian province of Varn": the named unit after "of"
            place = next((p for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), place)
        ent = ix.ent_at[place.i]
        big = ix.ent_mention(ent) if ent is not None and ent.label_ in {
            "GPE", "LOC", "PLACE", "COUNTRY", "TERRITORY", "FAC"} else None
        if big is None:
            continue
        if big.label == "FAC":
            big = ix.mention(ent.start, ent.end, "PLACE", "")
        sent_ent = ix.ent_at[subj.i]
        if sent_ent is not None and sent_ent.root.i == subj.i:
            lo, hi = sent_ent.start, sent_ent.end
        else:
            lo = min(c.i for c in subj.subtree if c.dep_ == "compound" or c.i == subj.i)
            hi = subj.i + 1
        if ix.person_at.get(subj.i) is not None and ix._plausible_name(lo, hi) and sent_ent is not None and \
                sent_ent.label_ == "PERSON" and len(sent_ent) > 1:
            continue  # a person after all
        small = ix.mention(lo, hi, "PLACE", sent_ent.ent_id_ if sent_ent is not None and
                           sent_ent.label_ in {"PLACE", "GPE"} else "")
        if small is not None and (small.kb_id or small.text) != (big.kb_id or big.text):
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))


# the legal or family suffix of a firm's name: "X & Co", "X & Sons", "X Ltd"
FIRM_SUFFIXES = frozenset({"co", "sons", "brothers", "ltd", "plc", "llc", "gmbh", "inc"})


def _institution_places(ix: _Index) -> Iterator[Relation]:
    """"the Lowy Institute in Sydney", "Demos, a think tank in Lisbon": a body or site in a place.

    Only organisations or facilities whose name or appositive head is a site word
    (institute, university, embassy, palace, ...) are placed: "the BBC in London" is
    where something happened, not where the BBC is.
    """
    doc = ix.doc
    for ent in ix.ents:
        # "Varnek & Co in Tolsby", "Tolsby Castings Ltd in Y": a firm named with its suffix (even after a
        # founder's name the person finder took)
        firm = len(ent) >= 2 and ent[-1].lower_.rstrip(".") in FIRM_SUFFIXES and (
            ent[-2].text in {"&", "and"} or ent[-1].lower_.rstrip(".") not in {"co", "sons", "brothers"})
        if ent.label_ not in {"ORG", "FAC", "PERSON"} or ent.start in ix.person_at and not firm:
            continue
        sent = ix.sent_at[ent.start]
        if sent is None:
            continue
        words = {t.lower_ for t in ent}
        j = ent.end
        site = ent.label_ != "PERSON" and (bool(words & SITE_WORDS) or ent.label_ == "FAC") or firm
        if j + 2 < sent.end and doc[j].text == "," and doc[j + 1].pos_ == "DET":
            # appositive "X, a think tank in Lisbon,"
            k = j + 2
            nouns = []
            while k < sent.end and len(nouns) < 5 and doc[k].pos_ in {"NOUN", "ADJ", "PROPN", "PUNCT"} \
                    and doc[k].text not in {",", ";", "(", ")"} and doc[k].lower_ != "in":
                nouns.append(doc[k])
                k += 1
            if nouns and nouns[-1].lower_ in SITE_WORDS and not any(t.text[:1].isupper() for t in nouns):
                site, j = True, k
        else:
            # "the Expert-Grup think tank in Chisinau": lower-case head words after the name
            k = j
            while k < sent.end and k < j + 3 and doc[k].pos_ == "NOUN" and doc[k].text.islower():
                k += 1
            if k > j and doc[k - 1].lower_ in SITE_WORDS:
                site, j = True, k
        if not site:
            continue
        aside = j + 3 < sent.end and doc[j].text == "," and doc[j + 1].lower_ == "in"
        place = _site_place(ix, j + 1 if aside else j, sent.end)  # "the X Museum, in Y, opened in 1990"
        if place is None:
            continue
        if aside:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None or span.end < sent.end and not (doc[span.end].is_punct and doc[span.end].text in {",", ";",
                                                                                                           ".", ")"}):
                continue  # the aside must be only the place
        om = ix.ent_mention(ent)
        if om is not None and om.label == "PERSON":
            om = Mention(om.article, om.start, om.end, om.text, "ORG", om.kb_id)  # "X, a think tank"
        if om is None or om.label in {"COUNTRY", "TERRITORY"} or (om.kb_id and om.kb_id == place.kb_id):
            continue
        if om.label not in {"ORG", "PLACE"}:
            om = Mention(om.article, om.start, om.end, om.text, "ORG", om.kb_id)
        yield Relation(subject=om, object=place, kind="locatedIn", evidence=ix.evidence(ent))


def _annex_relations(ix: _Index) -> Iterator[Relation]:
    doc = ix.doc
    memory: dict = {}
    for t in doc:
        lem = t.lemma_.lower()
        if lem in {"annexation"} and t.pos_ in {"NOUN", "PROPN"}:
            region = [x for x in t.subtree if x.i > t.i]
            # "X refused to recognise Russia's annexation of territory in Ukraine": the
            # object may hang off the governing verb
            if t.dep_ in {"dobj", "pobj"}:
                gov = t.head
                for c in gov.children:
                    if c.dep_ == "prep" and c.i > t.i:
                        region.extend(c.subtree)
            res = _annexation_target(ix, t, region, memory)
            if res is None:
                continue
            annexer, tref, obj_m = res
            if annexer is None:
                continue
            yield Relation(subject=annexer, object=obj_m, kind="annexed", evidence=ix.evidence(t),
                           object_name=None if obj_m is not None else tref.name)
        elif lem == "annex" and t.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            subs = _countries_in(ix, subj) or [m for m in (ix.holder_mention(s) for s in subj)
                                               if m is not None and m.label == "COUNTRY"]
            for o in [c for c in t.children if c.dep_ in {"dobj", "obj"}] + _annexed_with(ix, t):
                ent = ix.ent_at[o.i]
                for a in subs:
                    if ent is not None and ent.label_ in {"NORP", "ORG", "PERSON"} and not ent.ent_id_ and \
                            o.i not in {c.i for c in t.children}:
                        yield Relation(subject=a, object=ix.mention(ent.start, ent.end, "TERRITORY", ""),
                                       kind="annexed", evidence=ix.evidence(t))  # "along with all the other Xs"
                    elif ent is not None and ent.label_ in {"TERRITORY", "COUNTRY", "GPE", "PLACE"}:
                        om = ix.ent_mention(ent)
                        yield Relation(subject=a, object=om, kind="annexed", evidence=ix.evidence(t))
                    else:
                        desc = _descriptive_name(_np_tokens(o))
                        if desc:
                            yield Relation(subject=a, object=None, kind="annexed", evidence=ix.evidence(t),
                                           object_name=f"{desc} annexed by {a.kb_id or a.text}")
        elif lem == "claim" and t.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in t.children):
                continue
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            subs = _countries_in(ix, [x for c in subj for x in (c, *c.conjuncts)])  # "Both A and B claim X"
            if subj and subj[0].lower_ in REL_PRONOUNS and t.dep_ == "relcl":
                subs = _countries_in(ix, [t.head, *t.head.conjuncts]) or subs  # "A and B, which claim X"
            near = _name_before_relative(ix, subj[0]) if subj and subj[0].lower_ in REL_PRONOUNS else None
            if near is not None and near.label_ not in {"COUNTRY", "TERRITORY", "GPE", "PLACE"}:
                subs = []  # "talks between X and the Y Movement (YM), which claims Z": the movement's claim
            glossed = _glossed_claimed_land(ix, subj[0]) if subj and len(subs) == 1 and not any(
                c.dep_ in {"dobj", "obj"} for c in t.children) else None
            if glossed is not None:
                yield Relation(subject=subs[0], object=glossed, kind="claims", evidence=ix.evidence(t))
            for o in [c for c in t.children if c.dep_ in {"dobj", "obj"}]:
                if o.lower_ in REL_PRONOUNS and t.dep_ == "relcl":
                    o = t.head  # "Kosovo, which Belgrade still claims"
                ent = ix.ent_at[o.i]
                if ent is None and subs and (taken_up := _described_land(ix, o)) is not None:
                    for a in subs:  # "X claims a part of the reef", "A and B, which both claim it all"
                        yield Relation(subject=a, object=taken_up, kind="claims", evidence=ix.evidence(t))
                    continue
                if ent is None or ent.label_ not in {"TERRITORY"}:
                    # "claims the half of the lake nearest its shore", "claims the whole creek":
                    # a part or a bare description of a named land (see _held_place)
                    if ent is not None or not subs:
                        continue
                    for ref in _held_place(ix, o, {}, subs):
                        if ref.mention is not None and ref.mention.label in {"TERRITORY", "LOC"}:
                            for a in subs:
                                yield Relation(subject=a, object=ref.mention, kind="claims", evidence=ix.evidence(t))
                    continue
                om = ix.ent_mention(ent)
                for a in subs:
                    yield Relation(subject=a, object=om, kind="claims", evidence=ix.evidence(t))
        elif lem == "claim" and t.pos_ == "NOUN":
            if t.dep_ in {"dobj", "obj"} and t.head.lemma_.lower() in CLAIM_DROP_LEMMAS:
                continue  # "X dropped its claim to Y": no claim any more
            poss = [c for c in t.children if c.dep_ == "poss"]
            subs = _countries_in(ix, poss)
            if not subs:
                subs = _claimants_of(ix, t)
            preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in {"to", "on", "over"}]
            after = t.right_edge.i + 1
            if not preps and subs and after < len(doc) and doc[after].lower_ in {"to", "over"} and \
                    doc[after].dep_ == "prep":
                preps = [doc[after]]  # "any claim by X to Y" with "to Y" hung on the verb by the parser
            for c in preps:
                for p in c.subtree:
                    ent = ix.ent_at[p.i]
                    if ent is not None and ent.label_ == "TERRITORY":
                        om = ix.ent_mention(ent)
                        for a in subs:
                            yield Relation(subject=a, object=om, kind="claims", evidence=ix.evidence(t))
                        break



def _annexed_with(ix: _Index, verb) -> list:
    """The lands an "annex" verb takes "along with" its object: "annexed X along with Y", "... with most of Y".

    Args:
        ix: the document index.
        verb: the "annex" verb token.

    Returns:
        The head tokens of the further lands (a share word such as "the rest of" skipped), each a named entity.
    """
    out = []
    heads = [verb, *(o for o in verb.children if o.dep_ in {"dobj", "obj"})]  # (the parser may hang it on either)
    for c in (x for h in heads for x in h.children):
        if c.dep_ not in {"prep", "advmod"} or c.lower_ not in {"along", "together"}:
            continue
        for w in c.children:
            if w.dep_ != "prep" or w.lower_ != "with":
                continue
            for p in w.children:
                if p.dep_ != "pobj":
                    continue
                if p.lower_ in CLAIMED_SHARE_WORDS | {"remainder"}:
                    p = next((q for x in p.children if x.dep_ == "prep" and x.lower_ == "of" for q in x.children
                              if q.dep_ == "pobj"), p)
                if ix.ent_at[p.i] is not None and p.text[:1].isupper():
                    out.extend([p, *(q for q in p.conjuncts if ix.ent_at[q.i] is not None)])
    return out


def _glossed_claimed_land(ix: _Index, subj) -> Mention | None:
    """The named land a gloss says a state claims: "the Green Shelf (Yesil Raf), the maritime zone Ruritania claims".

    A contact relative clause ("the zone X claims", with no "that") leaves the claim verb without an
    object; the land is the name the gloss's noun phrase is apposed to.

    Args:
        ix: the document index.
        subj: the claim verb's subject token.

    Returns:
        A TERRITORY mention of the name, or None.
    """
    from .nlp import LAND_HEAD_NOUNS

    doc = ix.doc
    ent = ix.ent_at[subj.i]
    k = (ent.start if ent is not None else subj.i) - 1
    if k < 4 or not doc[k].is_lower or doc[k].lower_ not in LAND_HEAD_NOUNS | ISLAND_WORDS | OWNED_LAND_WORDS | {
            "region", "sea", "shelf"}:
        return None
    while k > 2 and doc[k - 1].is_lower and doc[k - 1].pos_ in {"ADJ", "NOUN"} and doc[k - 1].lower_ != "the":
        k -= 1  # "the maritime zone", "the gas field"
    if doc[k - 1].lower_ != "the" or doc[k - 2].text != ",":
        return None
    j = k - 3
    if doc[j].text == ")":
        j = next((q for q in range(j - 1, max(j - 6, 0), -1) if doc[q].text == "("), 0) - 1  # "(Yesil Raf)"
    land = ix.ent_at[j] if j >= 0 else None
    if land is None and j > 0:
        q = j
        while q > 0 and j - q < 4 and doc[q].pos_ == "PROPN" and doc[q].is_title and ix.ent_at[q] is None:
            q -= 1
        if q < j - 1 and doc[q].lower_ == "the":  # "the Green Shelf" left untagged (two words or more)
            return ix.mention(q + 1, j + 1, "TERRITORY", "")
    if land is None or land.end != j + 1 or land.label_ not in {"TERRITORY", "LOC", "GPE", "PLACE", "ORG", "FAC"}:
        return None
    if land.label_ == "TERRITORY":
        return ix.ent_mention(land)
    return ix.mention(land.start + (doc[land.start].lower_ == "the"), land.end, "TERRITORY", "")


#: quantities of a land a claim may take: "claims part (all, most, half) of X"
CLAIMED_SHARE_WORDS = frozenset({"part", "parts", "all", "most", "half", "much", "some", "portion", "rest", "whole",
                                 "bulk", "share"})


def _described_land(ix: _Index, o) -> Mention | None:
    """The territory a claim's object takes up without its name: "part of the field", "all of it".

    A share word's "of" object stands for the land (see :data:`CLAIMED_SHARE_WORDS`); a definite noun takes
    up the last territory named with the same head noun in this or the two sentences before ("the X gas
    field ... part of the field": same-head anaphora, Vieira & Poesio 2000); "it" takes up the last land so
    taken up or named in the sentence before.

    Args:
        ix: the document index.
        o: the claim verb's object token.

    Returns:
        The territory's mention, or None.
    """
    doc = ix.doc
    if o.lower_ in CLAIMED_SHARE_WORDS:
        o = next((p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"), o)
    floor = _sentences_back(ix, o.i, 2 if o.pos_ == "NOUN" else 1)
    if o.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in o.children):
        for ent in reversed(ix.ents_in(floor, o.i)):
            head = ent.root
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if ent.label_ == "TERRITORY" and head.i >= ent.end and head.lemma_.lower() == o.lemma_.lower():
                return ix.ent_mention(ent)
        return None
    if o.lower_ == "it" and o.dep_ == "pobj":
        for k in range(o.i - 1, floor - 1, -1):
            t = doc[k]
            if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" and \
                    t.head.head.lower_ in CLAIMED_SHARE_WORDS:
                return _described_land(ix, t)  # "part of the field. ... all of it": the same land
            ent = ix.ent_at[k]
            if ent is not None and ent.label_ == "TERRITORY":
                return ix.ent_mention(ent)
    return None


def _name_before_relative(ix: _Index, pron):
    """The entity that ends right before ", which" (a bracketed acronym after it skipped), else None.

    A non-restrictive relative clause after a coordination ("A and the B (BM), which ...") is about the
    nearest noun phrase; the parser often hangs it on the first conjunct instead.

    Args:
        ix: the document index.
        pron: the relative pronoun.

    Returns:
        The entity span, or None when no entity ends there.
    """
    doc = ix.doc
    k = pron.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 3  # "the B Movement (BM), which"
    ent = ix.ent_at[k] if k >= 0 else None
    return ent if ent is not None and ent.end == k + 1 else None


#: verbs that give a claim up: "X dropped (renounced) its claim to Y"
CLAIM_DROP_LEMMAS = DROP_LEMMAS | frozenset({"renounce", "relinquish", "waive", "withdraw", "surrender", "forgo",
                                             "forego"})


def _claimants_of(ix: _Index, noun) -> list[Mention]:
    """The state whose claim a "claim" noun names without a possessive: "a claim by X to Y", "the Xian claim to Y".

    Args:
        ix: the document index.
        noun: the "claim" token.

    Returns:
        The claimant country mentions: the object of an agentive "by" after the noun, else a demonym (or a country
        name) modifying it.
    """
    out: list[Mention] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i:
            out = _countries_in(ix, [p for p in c.children if p.dep_ == "pobj"])
    if out:
        return out
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i and c.text[:1].isupper():
            ent = ix.ent_at[c.i]
            if ent is not None and ent.label_ == "TERRITORY":
                continue  # "the X claim": the land claimed, not the claimant
            m = ix.country_mention(c, allow_demonym=True, allow_capital=False)
            if m is not None and m.label == "COUNTRY":
                out.append(m)
    return out


# verbs that set a named place in a larger one: "X lies in northern Y", "X is located on the coast of Y"
SITE_HEADS = frozenset({"station", "base", "outpost"})
SITE_MODIFIERS = STATION_MODIFIERS | frozenset({"naval", "military", "air", "marine", "coastguard", "monitoring"})


def _named_sites(ix: _Index) -> Iterator[Relation]:
    """"the X research station in Y", "X base on Z": a named site in a land
    (the station names of the national Antarctic programmes, e.g. the COMNAP catalogue, are a
    capitalised name before a lower-case "station" / "base").

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the site (its name) to the land.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in SITE_HEADS or not t.is_lower or t.i + 2 >= len(doc) or \
                doc[t.i + 1].lower_ not in {"in", "on"}:
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        k = t.i - 1
        while k >= sent.start and doc[k].is_lower and doc[k].lower_ in SITE_MODIFIERS:
            k -= 1
        end_name = k + 1
        while k >= sent.start and doc[k].text[:1].isupper() and doc[k].is_alpha and (
                doc[k].pos_ == "PROPN" or ix.ent_at[k] is not None) and end_name - k <= 3:
            k -= 1
        start = k + 1
        if start == end_name or any(doc[x].ent_type_ in {"NORP", "COUNTRY", "TERRITORY", "DATE"} or
                                    ix.country_mention(doc[x], allow_demonym=True) is not None
                                    for x in range(start, end_name)):
            continue  # "the Australian research station": a nationality, no name
        j = t.i + 2
        while j < sent.end and doc[j].pos_ == "DET":
            j += 1
        big_ent = ix.ent_at[j] if j < sent.end else None
        if big_ent is None or big_ent.start not in {j, t.i + 2} or big_ent.label_ not in {
                "TERRITORY", "COUNTRY", "PLACE", "GPE", "LOC"}:
            continue
        big = _place_mention(ix, doc[j]) or ix.mention(big_ent.start, big_ent.end, big_ent.label_, "")
        small = ix.mention(start, end_name, "PLACE", "")  # (the name alone: it falls inside any longer mention)
        if big is not None and small is not None:
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))


SITUATE_LEMMAS = frozenset({"lie", "sit", "locate", "situate", "nestle"})


def _situated_places(ix: _Index) -> Iterator[Relation]:
    """A place set in a state by a locative verb: "Varnby lies in northern Y", "Lake X is located
    in central Y", "X is in western Y", "X sits on the coast of Y".

    A locative predicate ("lie", "be located", "be situated"; the copula with "in") and a
    state or region as its "in" object (or the object of a setting phrase "on the coast of")
    gives a located-in pair, the lexico-syntactic pattern of Hearst (1992) applied to the
    part-whole relation (Girju et al. 2006). With the copula the subject must be a place
    entity; with a locative verb any capitalised name that is not a person will do (small
    places are often mislabelled).

    Args:
        ix: the document index.

    Yields:
        locatedIn relations from the place to the larger place.
    """
    doc = ix.doc
    for t in doc:
        lem = t.lemma_.lower()
        if lem not in SITUATE_LEMMAS | {"be"} or any(c.dep_ == "neg" for c in t.children):
            continue
        if lem == "be" and any(c.dep_ in {"attr", "acomp"} for c in t.children):
            continue  # "X is a town in Y" has its own reader
        subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < t.i), None)
        if subj is None or not subj.text[:1].isupper() or subj.pos_ != "PROPN" or ix.person_at.get(subj.i):
            continue
        ent = ix.ent_at[subj.i]
        if lem == "be" and (ent is None or ent.label_ not in {"GPE", "LOC", "PLACE", "FAC"}):
            continue
        if ent is not None and (ent.label_ in {"COUNTRY", "TERRITORY", "PERSON", "NORP"} or ent.root.i != subj.i):
            continue
        if ent is not None and ent.label_ == "ORG" and ent.ent_id_:
            continue  # a known body is no place
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        k = t.i + 1
        while k < sent.end and doc[k].pos_ in {"ADV"}:
            k += 1  # "lies just in ..."
        if k >= sent.end:
            continue
        m = k + 1
        while m < sent.end and m < k + 5 and doc[m].lower_ != "of":
            m += 1
        if doc[k].lower_ in SETTING_PREPS and m + 1 < sent.end and is_setting_phrase(doc[k:m + 1]) and \
                doc[k].lower_ != "near":
            j = m + 1  # "on the coast of Y"
        elif doc[k].lower_ == "in":
            j = k + 1
        elif doc[k].lower_ == "on" and lem != "be":
            j = k + 1  # "X lies on the island of Y", "X sits on Y Island": an island holds the place
            while j < sent.end and doc[j].pos_ == "DET":
                j += 1
            if j + 2 < sent.end and doc[j].is_lower and doc[j].lower_ in ISLAND_WORDS and doc[j + 1].lower_ == "of":
                j += 2
            elif not _island_name_at(ix, j) and not (
                    (e := ix.ent_at[j]) is not None and e.end < sent.end and doc[e.end].lower_ in ISLAND_WORDS):
                continue
        else:
            continue
        while j < sent.end and (doc[j].pos_ == "DET" or doc[j].is_lower and doc[j].lower_ in COMPASS_WORDS):
            j += 1
        big_ent = ix.ent_at[j] if j < sent.end else None
        # "X lies in Y" with Y read as a person: nobody lies "in" a person, so a short unlisted name is a place
        misread = big_ent is not None and big_ent.start == j and big_ent.label_ == "PERSON" and lem != "be" and \
            not big_ent.ent_id_ and len(big_ent) <= 2 and not any(
                e - s > len(big_ent) and doc[e - 1].text == big_ent[-1].text for s, e in ix.persons)
        if big_ent is None or big_ent.start != j or big_ent.label_ not in {"COUNTRY", "TERRITORY", "GPE", "LOC",
                                                                           "PLACE"} and not misread:
            continue
        if big_ent.end + 1 < sent.end and doc[big_ent.end].tag_ == "POS" and \
                (unit := ix.ent_at[big_ent.end + 1]) is not None and unit.start == big_ent.end + 1 and \
                unit.label_ in {"GPE", "LOC", "PLACE"}:
            # "X lies in Y's Southern Province": the possessed unit, a part of Y, holds X
            big_ent, j = unit, unit.start
        if big_ent.end < len(doc) and doc[big_ent.end].tag_ == "POS":
            continue  # "in Y's north": read by the possessive readers
        big = _place_mention(ix, doc[j]) or ix.mention(big_ent.start, big_ent.end, "PLACE", "")
        lo = ent.start if ent is not None else min(c.i for c in subj.subtree if c.dep_ == "compound" or c.i == subj.i)
        hi = ent.end if ent is not None else subj.i + 1
        small = _place_mention(ix, doc[lo]) if ent is not None else None
        small = small or ix.mention(lo, hi, "PLACE", "")
        if small is not None and big is not None and (small.kb_id or small.text) != (big.kb_id or big.text):
            yield Relation(subject=small, object=big, kind="locatedIn", evidence=ix.evidence(t))


def _pair_borders(ix: _Index) -> Iterator[Relation]:
    """Borders in compact news wordings.

    * "the A-B border", "the A–B frontier": two states joined by a dash before a border noun;
    * "A, on B's northern border,": a state set on another's border;
    * "A and B are neighbours", "A and B are neighbouring countries".

    Adjacency is symmetric, so each pair is read once (Girju et al. 2006 treat such
    compound and copular wordings as part of the same lexico-syntactic family).

    Args:
        ix: the document index.

    Yields:
        sharesBorderWith relations.
    """
    doc = ix.doc
    states = {"COUNTRY", "TERRITORY"}

    def state(k: int) -> Mention | None:
        m = ix.country_mention(doc[k], allow_demonym=False, allow_capital=False) if 0 <= k < len(doc) else None
        return m if m is not None and m.label in states else None

    for t in doc:
        if t.lemma_.lower() in BORDER_NOUNS and t.pos_ in {"NOUN", "PROPN"}:
            sent = ix.sent_at[t.i]
            if sent is None:
                continue
            # "the A-B border": the second state ends just before the noun
            ent_b = ix.ent_at[t.i - 1] if t.i > 0 and t.is_lower else None
            if ent_b is not None and ent_b.end == t.i and ent_b.start >= 2 and \
                    doc[ent_b.start - 1].text in {"-", "–", "—", "/"}:
                a, b = state(ent_b.start - 2), state(ent_b.start)
                if a is not None and b is not None and (a.kb_id or a.text) != (b.kb_id or b.text):
                    yield Relation(subject=a, object=b, kind="sharesBorderWith", evidence=ix.evidence(t))
                    continue
            # "A, on B's northern border,"
            k = t.i - 1
            while k > sent.start and doc[k].is_lower and doc[k].lower_ in COMPASS_WORDS | {"land", "long"}:
                k -= 1
            if k < 1 or doc[k].tag_ != "POS":
                continue
            owner_ent = ix.ent_at[k - 1]
            if owner_ent is None:
                continue
            p = owner_ent.start - 1
            if p >= sent.start and doc[p].lower_ == "the":
                p -= 1
            if p < sent.start + 2 or doc[p].lower_ not in {"on", "along"} or doc[p - 1].text != ",":
                continue
            a, b = state(p - 2), state(owner_ent.start)
            if a is not None and b is not None and (a.kb_id or a.text) != (b.kb_id or b.text) and \
                    ix.ent_at[p - 2] is not None and not (ix.ent_at[p - 2].start > sent.start and
                                                          doc[ix.ent_at[p - 2].start - 1].text == ","):
                yield Relation(subject=a, object=b, kind="sharesBorderWith", evidence=ix.evidence(t))
        elif t.lemma_ == "be" and not any(c.dep_ == "neg" for c in t.children):
            attr = next((c for c in t.children if c.dep_ in {"attr", "acomp"}), None)
            if attr is None:
                continue
            neighbour = attr.lemma_.lower() in NEIGHBOUR_NOUNS and not any(
                c.dep_ == "poss" or c.dep_ == "prep" for c in attr.children)  # not "neighbours of Y", "Y's"
            neighbouring = attr.lemma_.lower() in COUNTRY_NOUNS and any(
                c.lower_ in {"neighbouring", "neighboring", "adjacent"} for c in attr.children)
            if not (neighbour or neighbouring):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            subjects = _countries_in(ix, [subj, *subj.conjuncts])
            if len(subjects) == 2 and (subjects[0].kb_id or subjects[0].text) != (subjects[1].kb_id or
                                                                                 subjects[1].text):
                yield Relation(subject=subjects[0], object=subjects[1], kind="sharesBorderWith",
                               evidence=ix.evidence(t))


# "X brings together / groups / unites A, B and C": a body's present-tense verb listing its member states
GROUPING_VERBS = frozenset({"bring", "group", "unite", "comprise", "gather"})


def _grouping_members(ix: _Index) -> Iterator[Relation]:
    """States a named body "brings together", "groups" or "comprises": "The X Group brings together A, B and C".

    A present-tense verb of grouping with an organisation as its subject lists that body's members (the
    "bring together" frame of bloc descriptions in news copy); a past tense ("the talks brought together A
    and B") describes one meeting and is skipped, as is a negated verb.

    Args:
        ix: the document index.

    Yields:
        memberOf relations from each listed state to the body.
    """
    doc = ix.doc
    for t in doc:
        sent = ix.sent_at[t.i]
        if sent is None or t.i == sent.start:
            continue
        # the parser can read "groups" after a name as a plural noun: "The X Council groups A, B and C"
        surface = t.lower_ in {"groups", "unites", "comprises"} and t.tag_ == "NNS" and \
            ix.ent_at[t.i - 1] is not None and ix.ent_at[t.i - 1].end == t.i
        if not surface and (t.lemma_.lower() not in GROUPING_VERBS or t.tag_ not in {"VBZ", "VBP"} or
                            any(c.dep_ == "neg" for c in t.children)):
            continue
        k = t.i + 1
        if t.lemma_.lower() in {"bring", "gather"}:
            if k >= sent.end or doc[k].lower_ != "together":
                continue
            k += 1
        subj = doc[t.i - 1] if surface else next((c for c in t.children if c.dep_ == "nsubj"), None)
        ent = ix.ent_at[subj.i] if subj is not None else None
        if ent is None or ent.root.i != subj.i and not surface:
            continue
        body, _ = _org_at(ix, ent.start)
        if body is None or ix.country_mention(subj, allow_demonym=False) is not None:
            continue
        for m in _country_run(ix, k, sent.end):
            yield Relation(subject=m, object=body, kind="memberOf", evidence=ix.evidence(t))


def _member_lists(ix: _Index) -> Iterator[Relation]:
    """Countries listed as a body's members.

    * "fellow EU members A and B", "NATO members including A and B", "EU members such as A":
      every state of the list after "BODY members";
    * "A is one of the founding members of X", "A and B are among the members of X",
      "A is among the bloc's 27 members": the subject of "one of" / "among" a body's members.

    Hearst (1992) patterns ("NP such as NP, NP and NP", "NP including NP") applied to
    membership, as in the Snowball relation extractor's surface patterns (Agichtein and
    Gravano 2000).

    Args:
        ix: the document index.

    Yields:
        memberOf relations from each country to the body.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ not in {"members", "member-states", "member"} or t.i == 0:
            continue
        sent = ix.sent_at[t.i]
        if sent is None:
            continue
        # "BODY members A and B", "BODY members including A"
        om, after = _org_at(ix, t.i - 1) if ix.ent_at[t.i - 1] is not None else (None, t.i)
        # "BODY member states A and B", "BODY member countries A and B"
        states = t.lower_ == "member" and t.i + 1 < sent.end and \
            doc[t.i + 1].lower_ in {"states", "countries", "nations"}
        if om is not None and after == t.i and (t.lower_ != "member" or states):
            ent = ix.ent_at[t.i - 1]
            if any(doc[x].lower_ in NEG_WORDS | {"non", "former", "ex", "candidate", "prospective", "aspiring"}
                   for x in range(max(sent.start, ent.start - 3), ent.start)):
                continue
            k = t.i + 2 if states else t.i + 1
            if k + 1 < sent.end and doc[k].text == "," and doc[k + 1].lower_ in {"including", "such"}:
                k += 1  # "eight NATO members, including A and B"
            if k < sent.end and doc[k].lower_ in {"including", "like"}:
                k += 1
            elif k + 1 < sent.end and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
                k += 2
            if k >= sent.end or doc[k].is_punct:
                continue  # "A and B, both NATO members, and C's minister": the list is over
            for m in _country_run(ix, k, sent.end):
                yield Relation(subject=m, object=om, kind="memberOf", evidence=ix.evidence(t))
            continue
        if t.lower_ == "member":
            continue
        # "one of the (founding) members of X", "among the (27) members of X", "among the bloc's members"
        k = t.i - 1
        while k > sent.start and (doc[k].pos_ in {"ADJ", "NUM", "VERB"} and doc[k].is_lower or doc[k].like_num):
            k -= 1
        body = None
        if doc[k].tag_ == "POS" and k >= 2:
            owner = ix.ent_at[k - 1]
            if owner is not None:
                body, _ = _org_at(ix, owner.start)
                k = owner.start - 1
            elif doc[k - 1].lemma_.lower() in BLOC_NOUNS and doc[k - 2].lower_ == "the":
                body = _bloc_antecedent(ix, [doc[k - 2], doc[k - 1]])
                k -= 2
        elif t.i + 2 < sent.end and doc[t.i + 1].lower_ == "of":
            q = t.i + 2
            if doc[q].lower_ == "the":
                q += 1
            body, _ = _org_at(ix, q)
            if body is None and doc[q].lemma_.lower() in BLOC_NOUNS and doc[q - 1].lower_ == "the":
                body = _bloc_antecedent(ix, [doc[q - 1], doc[q]])
        if body is None or k < sent.start or doc[k].lower_ not in {"the", "its"}:
            continue
        if doc[k].lower_ == "the":
            k -= 1
        if k <= sent.start:
            continue
        frame = doc[k]
        if frame.lower_ == "of" and k >= 1 and doc[k - 1].lower_ == "one":
            frame = doc[k - 1]
        elif frame.lower_ != "among":
            continue
        verb = frame.head
        while verb.dep_ in {"prep", "pobj", "attr"} and verb.head.i != verb.i and verb.lemma_ != "be":
            verb = verb.head
        if verb.lemma_.lower() not in {"be", "remain", "become", "count"} or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        who = [verb.head] if subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl" else [subj]
        for m in _countries_in(ix, [x for w in who for x in (w, *w.conjuncts)]):
            yield Relation(subject=m, object=body, kind="memberOf", evidence=ix.evidence(t))


def _couple_apposed(ix: _Index) -> Iterator[Relation]:
    """"The couple, A and B," and "A and B, a married couple,": the two people named are spouses.

    Args:
        ix: the document index.

    Yields:
        spouse relations.
    """
    doc = ix.doc
    for t in doc:
        if t.lower_ != "couple" or t.pos_ != "NOUN":
            continue
        pair: list[Mention] = []
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "," and t.i >= 1 and doc[t.i - 1].lower_ in {"the", "a"}:
            first = ix.person_at.get(t.i + 2)
            if first is not None and first[1] + 1 < len(doc) and doc[first[1]].lower_ == "and":
                second = ix.person_at.get(first[1] + 1)
                if second is not None:
                    pair = [ix.mention(*first, "PERSON"), ix.mention(*second, "PERSON")]
        elif t.dep_ == "appos" and any(c.lower_ in {"married", "wedded"} for c in t.children):
            head = ix.person_at.get(t.head.i)
            conj = [ix.person_at.get(c.i) for c in t.head.conjuncts]
            if head is not None and len(conj) == 1 and conj[0] is not None:
                pair = [ix.mention(*head, "PERSON"), ix.mention(*conj[0], "PERSON")]
        if len(pair) == 2 and all(pair) and pair[0].text != pair[1].text:
            yield Relation(subject=pair[0], object=pair[1], kind="spouse", evidence=ix.evidence(t))
    for t in doc:
        # "A and B, husband and wife, ..." / "A and B are husband and wife"
        if t.lower_ not in {"husband", "wife"} or t.i < 4 or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "and" \
                or doc[t.i + 2].lower_ != ({"husband", "wife"} - {t.lower_}).pop():
            continue
        if doc[t.i - 1].text != "," and doc[t.i - 1].lemma_ != "be":
            continue
        end = t.i - 1
        second = next((sp for sp in ix.persons if sp[1] == end), None)
        first = next((sp for sp in ix.persons if second is not None and sp[1] == second[0] - 1), None) \
            if second is not None and doc[second[0] - 1].lower_ == "and" else None
        if first is not None:
            pair = [ix.mention(*first, "PERSON"), ix.mention(*second, "PERSON")]
        else:  # "Tom and April Hale, husband and wife,"
            partner = ix.mention(*second, "PERSON") if second is not None else None
            pair = next(([a, b] for a, b, _ in _couples(ix) if partner is not None and b.start == partner.start), [])
        if len(pair) == 2 and all(pair) and pair[0].text != pair[1].text:
            yield Relation(subject=pair[0], object=pair[1], kind="spouse", evidence=ix.evidence(t))


# "the border crossing between A and B": nouns that may follow a border noun before "between"
BORDER_SITE_NOUNS = frozenset({"crossing", "crossings", "post", "posts", "checkpoint", "checkpoints", "line",
                               "region", "area", "zone", "town", "towns"})
# "A's membership of NATO", "A's accession to the EU"
MEMBERSHIP_NOUNS = frozenset({"membership", "accession"})
# "EU member states such as A and B"
MEMBER_STATE_NOUNS = frozenset({"states", "countries", "nations", "governments"})


def _neg_before(doc, i: int, floor: int, span: int = 4) -> bool:
    """Whether a negation word stands within ``span`` tokens before token ``i`` (not before ``floor``)."""
    return any(doc[x].lower_ in NEG_WORDS for x in range(max(floor, i - span), i))


def _possessor_country(ix: _Index, i: int, floor: int) -> Mention | None:
    """The country named just before the possessive marker at token ``i`` ("Sweden 's"), if any."""
    doc = ix.doc
    if i <= floor or doc[i].lower_ not in {"'s", "’s", "'"}:
        return None
    m = ix.country_mention(doc[i - 1], allow_demonym=False, allow_capital=False)
    return m if m is not None and m.label in {"COUNTRY", "TERRITORY"} else None


def _surface_relation_frames(ix: _Index) -> Iterator[Relation]:
    """Relation frames read off the token sequence when the parse of the phrase is unreliable.

    Heuristic (common English news phrasings, checked on invented sentences):

    * "the border (crossing) between A and B", "the frontier separating A from B" - sharesBorderWith;
    * "A's border with B" - sharesBorderWith (the parser often hangs B on a following verb);
    * "the invasion of B by A", "A's troops invaded B" - invaded;
    * "A's membership of X", "A's accession to X", "X member states such as A and B" - memberOf
      (X a named organisation).

    Args:
        ix: the document index.

    Returns:
        An iterator of :class:`Relation`.
    """
    doc = ix.doc
    n = len(doc)
    for t in doc:
        sent = ix.sent_at[t.i]
        if sent is None or _neg_before(doc, t.i, sent.start):
            continue
        low, lem = t.lower_, t.lemma_.lower()
        if lem in BORDER_NOUNS:
            k = t.i + 1
            if k < sent.end and doc[k].lower_ in BORDER_SITE_NOUNS:
                k += 1
            if k < sent.end and doc[k].lower_ == "between" and k > t.i + 1:
                pair = _country_run(ix, k + 1, sent.end)
                if len(pair) == 2:
                    yield Relation(subject=pair[0], object=pair[1], kind="sharesBorderWith", evidence=ix.evidence(t))
            if k < sent.end and doc[k].lower_ in {"separating", "dividing"}:
                a = _country_run(ix, k + 1, sent.end)
                j = _end_token(ix, a[0]) if len(a) == 1 else None
                if j is not None and j < sent.end and doc[j].lower_ == "from":
                    for o in _country_run(ix, j + 1, sent.end)[:1]:
                        yield Relation(subject=a[0], object=o, kind="sharesBorderWith", evidence=ix.evidence(t))
            if t.i + 1 < sent.end and doc[t.i + 1].lower_ == "with":
                subj = _possessor_country(ix, t.i - 1, sent.start)
                if subj is not None:
                    for o in _country_run(ix, t.i + 2, sent.end):
                        yield Relation(subject=subj, object=o, kind="sharesBorderWith", evidence=ix.evidence(t))
        elif low in {"invasion", "invasions"} and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "of":
            objs = _country_run(ix, t.i + 2, sent.end)
            j = _end_token(ix, objs[-1]) if len(objs) == 1 else None
            if j is not None and j < sent.end and doc[j].lower_ == "by":
                for a in _country_run(ix, j + 1, sent.end)[:1]:
                    yield Relation(subject=a, object=objs[0], kind="invaded", evidence=ix.evidence(t))
        elif low == "invaded" and t.i >= 3 and doc[t.i - 1].lower_ in ARMED_NOUNS:
            subj = _possessor_country(ix, t.i - 2, sent.start)
            if subj is not None:
                for o in _country_run(ix, t.i + 1, sent.end):
                    yield Relation(subject=subj, object=o, kind="invaded", evidence=ix.evidence(t))
        elif low == "member" and t.i >= 1 and t.i + 3 < sent.end and doc[t.i + 1].lower_ in MEMBER_STATE_NOUNS:
            # "EU member states such as A and B", "NATO member countries including A"
            ent = ix.ent_at[t.i - 1]
            k = t.i + 2
            if doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
                k += 2
            elif doc[k].lower_ == "including":
                k += 1
            else:
                continue
            if ent is None or ent.label_ != "ORG" or ent.end != t.i:
                continue
            om = ix.ent_mention(ent)
            for a in (_country_run(ix, k, sent.end) if om is not None else []):
                yield Relation(subject=a, object=om, kind="memberOf", evidence=ix.evidence(t))
        elif low in MEMBERSHIP_NOUNS and t.i + 2 < n and doc[t.i + 1].lower_ in {"of", "in", "to"}:
            subj = _possessor_country(ix, t.i - 1, sent.start)
            k = t.i + 2
            if k < sent.end and doc[k].lower_ == "the":
                k += 1
            ent = ix.ent_at[k] if k < sent.end else None
            if subj is None or ent is None or ent.label_ != "ORG" or ent.start != k:
                continue
            om = ix.ent_mention(ent)
            if om is not None:
                yield Relation(subject=subj, object=om, kind="memberOf", evidence=ix.evidence(t))
