#!/usr/bin/env python3
"""Writes bench/heldout30/gold.json: the hand-made gold standard for bench/heldout30/articles.

Run from anywhere:  python bench/heldout30/check/gold_src.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

A1 = "01_dailytrust_lete_island.txt"
A2 = "02_derryjournal_lough_foyle.txt"
A3 = "03_prensalatina_guantanamo.txt"
A4 = "04_mexiconewsdaily_clipperton.txt"
A5 = "05_bendigoadvertiser_conservatory.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = """Writes bench/heldout30/gold.json: the hand-made gold standard for bench/heldout30/articles.

Every fact below was read off the five invented articles by hand. Same format as
shared/eval/seeds-gold.json; stances, positions and relations also carry the article
(`docs`) and an `evidence` string copied verbatim from it (score.py ignores these fields).

quotes: `required` = a full statement with an explicit speaker (name, surname, title +
surname, pronoun, or a role such as `the 63-year-old`, `the ministry`, `the senator`,
`her husband`, `the former chairman` that resolves to a named person or organisation),
including sentences after the cue, both halves of a quote split by the cue, colon quotes,
cue-less continuation paragraphs and each paragraph of a multi-paragraph quote.
`optional` = partial quotes, nested quotes, headline/subhead echoes of a speaker's words,
and a statement also credited to a second holder (a ministry's words for its country).
`unattributed` = scare quotes, coined terms and quoted headlines that are nobody's quote.
Anonymous speakers (an unnamed Nigerian official, an unnamed Crown Estate spokesperson) are
not listed, so any attribution of their words counts as wrong.

stances: polarity follows the wording (positive verbs -> recognises; negated, rejecting or
`neither ... nor` -> doesNotRecognise), whichever claimant the sentence names. Required:
explicit present stances of a country (also through a ministry, an ambassador's `his
country`, a communique of two governments, a list of holders, `has never disputed`).
Optional: a claimant's own claim. No stance: questions, hypotheticals, `stopped short`,
recognition of things that are not territories (a judgment, an award, a lease), holders
that are not countries (parties, MPs, senators, a chamber of commerce).

positions: required = title with its organisation or country, former titles, author
footers; `of_any` is empty when no organisation is named next to the title. Optional =
occupations (grower, fisherman, captain, volunteer), seats in parliaments and councils
(TD, MLA, senator, deputy, councillor, MP) and titles given only by a verb.

relations: spouse, sharesBorderWith, invaded (also nominal `the French invasion of
Mexico`), memberOf (alliances, unions, organisations, parties), locatedIn, annexed, claims;
only what the text states.

entities: every person, organisation, country, territory and place named in the article
text, including bylines, photo credits, copyright lines, author footers and related-story
lines. Rivers, seas, roads, bridges, buildings, vessels, programmes, treaties and unnamed
bodies are not entities; a named park is a place. Capitals standing for governments are places, not aliases
of the country. Territories (the stance objects): Lete Island, Lough Foyle, Carlingford
Lough, Guantanamo Bay, Clipperton Island.
"""

entities: list[dict] = []


def E(type_: str, name: str, *aliases: str) -> None:
    entities.append({"type": type_, "name": name, "aliases": list(aliases)})


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# ---- shared countries
E(C, "United States", "US", "United States of America")
E(C, "Mexico")

# ---- 01 Daily Trust, Lete Island
E(O, "Daily Trust")
E(P, "Aminu Garba Dandume")
E(L, "Birnin Kebbi")
E(C, "Benin")
E(C, "Niger", "Republic of Niger")
E(T, "Lete Island", "Lete", "Lété Island", "Lété")
E(L, "Malanville")
E(L, "Karimama")
E(P, "Boubacar Sanni Gado", "Alhaji Boubacar Sanni Gado")
E(P, "Aissatou Gado")
E(O, "Ministry of Foreign Affairs", "Benin's Ministry of Foreign Affairs", "Benin Ministry of Foreign Affairs")
E(O, "International Court of Justice", "ICJ")
E(P, "Rosine Agbodjan-Hounkpe", "Agbodjan-Hounkpe", "Mrs Agbodjan-Hounkpe")
E(L, "Cotonou")
E(L, "Niamey")
E(O, "Tele Sahel", "Télé Sahel")
E(O, "National Council for the Safeguard of the Homeland", "CNSP")
E(P, "Issoufou Mahamane Dillé", "Dillé", "Col. Dillé", "Colonel Issoufou Mahamane Dillé", "Issoufou Mahamane Dille")
E(O, "Alliance of Sahel States", "AES")
E(C, "Burkina Faso")
E(C, "Mali")
E(C, "Nigeria")
E(L, "Abuja")
E(L, "Kamba")
E(L, "Kebbi State", "Kebbi")
E(P, "Musa Bello Kamba", "Alhaji Musa Bello Kamba")
E(P, "Halima Usman Jega", "Dr Halima Usman Jega")
E(O, "Economic Community of West African States", "ECOWAS")
E(P, "Theophile Akplogan", "Akplogan", "Mr Theophile Akplogan")
E(C, "Netherlands", "the Netherlands")
E(L, "The Hague", "Hague")
E(P, "Ibrahim Sani Zuru", "Dr Ibrahim Sani Zuru")
E(O, "Usmanu Danfodiyo University")
E(L, "Sokoto")
E(L, "Gaya")
E(O, "Media Trust Limited", "Media Trust")

# ---- 02 Derry Journal, Lough Foyle
E(O, "Derry Journal")
E(P, "Ciarán Mac Giolla Bhríde", "Ciaran Mac Giolla Bhride")
E(P, "Enda Ó Gallchóir", "Enda O Gallchoir")
E(T, "Lough Foyle")
E(O, "Crown Estate", "The Crown Estate")
E(L, "Inishowen")
E(L, "Greencastle")
E(L, "County Donegal", "Co Donegal", "Donegal")
E(P, "Donal McColgan")
E(P, "Bríd McColgan", "Brid McColgan")
E(C, "United Kingdom", "UK", "Britain", "Great Britain")
E(C, "Ireland", "Republic of Ireland")
E(L, "Dublin")
E(L, "London")
E(O, "Department of Foreign Affairs")
E(P, "Niamh Ní Bhraonáin", "Niamh Ni Bhraonain")
E(O, "Sinn Féin", "Sinn Fein")
E(O, "Northern Ireland Office", "NIO")
E(T, "Carlingford Lough")
E(L, "County Louth", "Louth")
E(L, "County Down")
E(L, "Foyle")
E(P, "Martin Devine", "Devine", "Mr Devine")
E(O, "SDLP", "Social Democratic and Labour Party")
E(P, "Orla Cassidy", "Dr Orla Cassidy", "Cassidy")
E(O, "Queen's University Belfast", "Queen’s University Belfast")
E(O, "EU", "European Union")
E(O, "Loughs Agency")
E(P, "Seán Gillespie", "Sean Gillespie")
E(P, "Eamon Harkin")
E(O, "Foyle Fisheries Commission")
E(L, "Derry")
E(L, "County Londonderry")
E(L, "Moville")
E(O, "Derry City and Strabane District Council")
E(O, "National World Publishing Ltd", "National World Publishing", "National World")

# ---- 03 Prensa Latina, Guantanamo Bay
E(O, "Prensa Latina", "PL")
E(P, "Yordanis Rizo")
E(T, "Guantanamo Bay", "Guantánamo Bay", "US Naval Station at Guantanamo Bay", "Naval Station Guantanamo Bay")
E(L, "Guantanamo", "Guantanamo province", "Guantánamo")
E(C, "Cuba")
E(L, "Havana")
E(O, "Cuban Foreign Ministry", "MINREX")
E(O, "US Navy", "United States Navy")
E(P, "Marlen Cardenas Villalon", "Cardenas", "Marlen Cardenas")
E(O, "State Department", "US State Department", "Department of State")
E(L, "Washington")
E(P, "Thomas Whitcombe", "Whitcombe")
E(P, "Olga Lidia Batista", "Batista", "Professor Olga Lidia Batista")
E(O, "University of Havana")
E(C, "Grenada")
E(C, "Panama")
E(C, "Venezuela")
E(P, "Alexander Yanez Prieto", "Yanez")
E(C, "Nicaragua")
E(C, "Bolivia")
E(O, "ALBA-TCP", "ALBA",
  "Bolivarian Alliance for the Peoples of Our America-Peoples' Trade Treaty",
  "Bolivarian Alliance for the Peoples of Our America")
E(L, "Caracas")
E(P, "Ramiro Quintana Ferrer", "Quintana")
E(O, "Communist Party of Cuba")
E(L, "Caimanera")
E(P, "Rigoberto Fonseca")
E(P, "Mirta Fonseca")

# ---- 04 Mexico News Daily, Clipperton
E(O, "Mexico News Daily")
E(P, "Peter Linscott")
E(T, "Clipperton Island", "Clipperton", "Isla de la Pasión", "Isla de la Pasion", "Clipperton Atoll")
E(C, "France")
E(O, "Foreign Affairs Ministry", "SRE", "Secretariat of Foreign Affairs")
E(L, "Acapulco")
E(O, "Marine Nationale", "French Navy")
E(L, "Mazatlán", "Mazatlan")
E(L, "Sinaloa")
E(L, "Tahiti")
E(L, "Paris")
E(C, "Italy")
E(P, "Efraín Osuna Lizárraga", "Osuna", "Efrain Osuna Lizarraga", "Efraín Osuna")
E(P, "Rosario Osuna")
E(O, "National Chamber of the Fishing Industry", "Canainpesca")
E(O, "Senate")
E(O, "Morena")
E(P, "Jacinto Ruelas Navarro", "Ruelas")
E(P, "Fernanda Lugo Arce", "Lugo")
E(O, "National Action Party", "PAN")
E(P, "Adriana Bermúdez Tello", "Bermúdez", "Adriana Bermudez Tello", "Bermudez")
E(P, "Hélène Marchetti-Roux", "Marchetti-Roux", "Helene Marchetti-Roux")
E(O, "El Universal")
E(O, "Organisation for Economic Co-operation and Development", "OECD",
  "Organization for Economic Cooperation and Development")
E(P, "Ximena Orozco Landa", "Orozco Landa", "Orozco")
E(O, "National Autonomous University of Mexico", "UNAM")
E(P, "Rodolfo Anaya Cervera", "Anaya")
E(O, "Milenio")
E(L, "Mexico City")

# ---- 05 Bendigo Advertiser, Rosalind Park conservatory
E(O, "Bendigo Advertiser")
E(P, "Tahlia Brereton")
E(L, "Rosalind Park")
E(P, "Lorraine Pascoe")
E(P, "Graham Pascoe")
E(P, "Noel Sutcliffe")
E(L, "Bendigo")
E(O, "City of Greater Bendigo")
E(P, "Daniel Kerrigan", "Kerrigan", "Cr Daniel Kerrigan", "Cr Kerrigan")
E(L, "Melbourne")
E(P, "Suzanne Okoye")
E(P, "Priscilla Nankervis", "Nankervis", "Cr Priscilla Nankervis")
E(P, "Harold Tan", "Cr Harold Tan", "Cr Tan")
E(L, "Eaglehawk")
E(L, "Kangaroo Flat")
E(L, "Greater Bendigo")
E(O, "Heritage Victoria")
E(O, "Victorian Government", "Victorian government")
E(P, "Rhiannon Carew", "Ms Carew", "Carew")
E(O, "Labor", "Australian Labor Party", "ALP")
E(L, "Bendigo West")
E(L, "Victoria")
E(O, "Friends of Rosalind Park")
E(P, "Margaret Liu", "Associate Professor Margaret Liu")
E(O, "La Trobe University")
E(L, "Castlemaine")
E(P, "Kevin Treloar", "Treloar")
E(L, "Strathdale")
E(O, "Bendigo Spirit")
E(O, "Australian Community Media", "ACM")

NOT_PERSON = [
    # demonyms, honorifics, titles
    "Nigerien", "Beninese", "Fulani", "Alhaji", "Sarkin Kasuwa", "Col.", "Colonel", "Mrs",
    "Irish", "TD", "MLA", "Cuban", "Cubans", "Mexicans", "Senator", "Undersecretary", "Cr",
    "Associate Professor",
    # places, bodies, vessels and structures that could pass for names
    "Kamba", "Gaya", "Malanville", "Karimama", "Tele Sahel", "Mekrou", "Usmanu Danfodiyo",
    "Greencastle", "Moville", "Inishowen", "Loughs Agency", "Crown Estate", "Lough Foyle",
    "Peace Bridge", "Caimanera", "MINREX", "Prensa Latina", "Guantanamo",
    "Teriieroo a Teriierooiterai", "Marine Nationale", "Canainpesca", "Morena", "Milenio",
    "Isla de la Pasión", "Plan México",
    "Rosalind Park", "Kangaroo Flat", "Eaglehawk", "Bendigo Spirit", "La Trobe", "Strathdale",
]

quotes: list[dict] = []


def Q(speaker: str, key: str, doc: str, status: str = "required") -> None:
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


# 01
Q("Boubacar Sanni Gado", "We came the way our fathers came", A1)
Q("Boubacar Sanni Gado", "Where do they want four thousand cows to drink?", A1)
Q("Ministry of Foreign Affairs", "fully accepts", A1, "optional")
Q("Ministry of Foreign Affairs", "Benin recognises Lete Island as Nigerien territory", A1)
Q("Benin", "Benin recognises Lete Island as Nigerien territory", A1, "optional")
Q("Rosine Agbodjan-Hounkpe", "I have asked for a meeting of the joint boundary commission", A1)
Q("Rosine Agbodjan-Hounkpe", "That page is turned", A1)
Q("Issoufou Mahamane Dillé", "Lete is Nigerien land and Nigerien law applies there", A1)
Q("Issoufou Mahamane Dillé", "Whoever wants to graze on it will ask permission", A1)
Q("Burkina Faso", "recognise the full sovereignty of the Republic of Niger over Lete Island", A1, "optional")
Q("Mali", "recognise the full sovereignty of the Republic of Niger over Lete Island", A1, "optional")
Q("Musa Bello Kamba", "Our farmers are complaining", A1)
Q("Theophile Akplogan", "sadly predictable", A1, "optional")
Q("Theophile Akplogan", "In 2005 we lost the island, and we accepted it", A1)
Q("Theophile Akplogan", "But we always warned that a judgment on a map", A1)
Q("Ibrahim Sani Zuru", "a seasonal pass for registered herders", A1)

# 02
Q("Donal McColgan", "My father put the first trestles down there", A2)
Q("Donal McColgan", "Now they want rent?", A2)
Q("Bríd McColgan", "The water doesn’t know whose it is", A2)
Q("Bríd McColgan", "The oysters certainly don’t", A2)
Q("Department of Foreign Affairs", "has never accepted British sovereignty over the whole of Lough Foyle", A2, "optional")
Q("Department of Foreign Affairs", "one for the two governments, not for the Crown Estate", A2, "optional")
Q("Department of Foreign Affairs", "The Government’s position on Lough Foyle has not changed", A2)
Q("Ireland", "has never accepted British sovereignty over the whole of Lough Foyle", A2, "optional")
Q("Department of Foreign Affairs", "has never accepted", A2, "optional")  # subhead echo
Q("Ireland", "has never accepted", A2, "optional")  # subhead echo
Q("Niamh Ní Bhraonáin", "Ireland does not recognise, and never will recognise", A2)
Q("Northern Ireland Office", "long-standing and well understood", A2, "optional")
Q("Martin Devine", "Every few years somebody in an office sends a letter", A2)
Q("Martin Devine", "It is 2025. Ireland and Britain share a land border", A2)
Q("Martin Devine", "back in the drawer", A2, "optional")  # subhead echo
Q("Orla Cassidy", "A median line would be the obvious answer", A2)
Q("Orla Cassidy", "But neither government wants to be the one", A2)
Q("Seán Gillespie", "We have licensed these growers for years", A2)
Q("Eamon Harkin", "We had a phrase for it", A2)
Q("Eamon Harkin", "the lough question", A2, "optional")

# 03
Q("Cuban Foreign Ministry", "a new provocation against the sovereignty of our people", A3, "optional")
Q("Cuban Foreign Ministry", "the territory usurped for more than 120 years", A3, "optional")
Q("Cuban Foreign Ministry", "Cuba has never accepted, and will never accept, the presence", A3)
Q("Cuba", "Cuba has never accepted, and will never accept, the presence", A3, "optional")
Q("Marlen Cardenas Villalon", "We have not received an answer", A3)
Q("Marlen Cardenas Villalon", "the most eloquent answer a people can give", A3, "optional")
Q("United States", "ultimate sovereignty", A3, "optional")
Q("Thomas Whitcombe", "remains in force and can only be modified by mutual agreement", A3, "optional")
Q("Olga Lidia Batista", "The base no longer has much military value", A3)
Q("Olga Lidia Batista", "In Washington nobody wants to be the president", A3)
Q("Olga Lidia Batista", "and in both cases it stayed longer than it promised", A3, "optional")
Q("Alexander Yanez Prieto", "has always recognized Guantanamo Bay as an inseparable part of Cuba", A3, "optional")
Q("ALBA-TCP", "unacceptable", A3, "optional")
Q("Ramiro Quintana Ferrer", "They speak of a lease", A3)
Q("Rigoberto Fonseca", "My father used to say that the fence moves", A3)
Q("Mirta Fonseca", "The children here draw the map of Cuba", A3)
Q("Mexico", "following the matter closely", A3, "optional")

# 04
Q("Foreign Affairs Ministry", "Mexico recognizes French sovereignty over Clipperton Island", A4)
Q("Mexico", "Mexico recognizes French sovereignty over Clipperton Island", A4, "optional")
Q("Foreign Affairs Ministry", "in permanent contact", A4, "optional")
Q("Efraín Osuna Lizárraga", "They came on board with rifles", A4)
Q("Efraín Osuna Lizárraga", "We have fished those waters since my grandfather", A4)
Q("Efraín Osuna Lizárraga", "They treated us like pirates", A4, "optional")
Q("National Chamber of the Fishing Industry", "a permanent access agreement for the Mexican fleet", A4, "optional")
Q("Jacinto Ruelas Navarro", "Clipperton was Mexican before it was anybody's", A4)
Q("Jacinto Ruelas Navarro", "If Mexico stopped recognizing that award tomorrow", A4)
Q("Jacinto Ruelas Navarro", "Mexican before it was anybody's", A4, "optional")
Q("Fernanda Lugo Arce", "never have accepted", A4, "optional")
Q("Adriana Bermúdez Tello", "Our priority is the crews and their boats", A4)
Q("Adriana Bermúdez Tello", "International law is not a menu", A4)
Q("Hélène Marchetti-Roux", "France and Mexico are friends, and neighbors at sea", A4)
Q("Hélène Marchetti-Roux", "We are ready to talk about fishing", A4)
Q("Hélène Marchetti-Roux", "Friends, and neighbors at sea", A4, "optional")
Q("Ximena Orozco Landa", "People forget that Mexico went to arbitration voluntarily", A4)
Q("Ximena Orozco Landa", "What Mexico can do is negotiate fishing access", A4)
Q("Rodolfo Anaya Cervera", "Clipperton is a rock with a very expensive sea around it", A4)
Q("Rodolfo Anaya Cervera", "Whoever owns the rock owns the tuna", A4)

# 05
Q("Daniel Kerrigan", "the easiest two-and-a-half million dollars", A5, "optional")
Q("Daniel Kerrigan", "People come from Melbourne for the begonias", A5)
Q("Daniel Kerrigan", "Every year we wait, the bill goes up", A5)
Q("Priscilla Nankervis", "I am not against the conservatory", A5)
Q("Priscilla Nankervis", "But we have roads in Eaglehawk and Kangaroo Flat", A5)
Q("Priscilla Nankervis", "Not against the conservatory", A5, "optional")
Q("Harold Tan", "a little more detail and a little less poetry", A5, "optional")
Q("Rhiannon Carew", "This is one of the finest glasshouses in regional Victoria", A5)
Q("Lorraine Pascoe", "We have moved them before", A5)
Q("Lorraine Pascoe", "This time we'll label every single one", A5)
Q("Graham Pascoe", "She says that every time", A5)
Q("Friends of Rosalind Park", "welcomes the decision wholeheartedly", A5, "optional")
Q("Margaret Liu", "Bendigo was one of the richest towns in the world", A5)
Q("Kevin Treloar", "We patched it in 2009", A5)
Q("Kevin Treloar", "It lasted 16", A5)

UNATTRIBUTED = [
    "must be let in", "We respect the judgment", "temporary",
    "will run in summer 2026",
    "borrowed", "hybrid war",
    "Plan México",
    "the jungle", "mega",
]

stances: list[dict] = []


def S(country, stance, territory_any, doc, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": territory_any,
                    "docs": [doc], "status": status, "evidence": evidence})


LETE = ["Lete Island", "Lete", "Lété"]
FOYLE = ["Lough Foyle"]
CARL = ["Carlingford Lough", "Carlingford"]
GTMO = ["Guantanamo Bay", "Guantánamo Bay", "Naval Station"]
CLIP = ["Clipperton", "Isla de la Pasión", "Isla de la Pasion"]

S("Benin", "recognises", LETE, A1, "Benin recognises Lete Island as Nigerien territory and does not dispute it.")
S("Burkina Faso", "recognises", LETE, A1,
  "The two governments \"recognise the full sovereignty of the Republic of Niger over Lete Island")
S("Mali", "recognises", LETE, A1,
  "The two governments \"recognise the full sovereignty of the Republic of Niger over Lete Island")
S("Nigeria", "recognises", LETE, A1, "said Nigeria recognises Lete as part of Niger")
S("Niger", "recognises", LETE, A1, "Lete is Nigerien land and Nigerien law applies there", "optional")

S("Ireland", "doesNotRecognise", FOYLE, A2,
  "Ireland “has never accepted British sovereignty over the whole of Lough Foyle”")
S("Ireland", "doesNotRecognise", CARL, A2,
  "Carlingford Lough, between County Louth and County Down, where neither Dublin nor London accepts the other’s claim to the bed of the lough")
S("United Kingdom", "doesNotRecognise", CARL, A2,
  "Carlingford Lough, between County Louth and County Down, where neither Dublin nor London accepts the other’s claim to the bed of the lough")
S("United Kingdom", "recognises", FOYLE, A2, "The United Kingdom claims the whole of Lough Foyle", "optional")

S("Cuba", "doesNotRecognise", GTMO, A3,
  "reaffirmed that Cuba does not recognize any US jurisdiction over Guantanamo Bay")
S("United States", "recognises", GTMO, A3,
  "Washington itself has acknowledged Cuba's \"ultimate sovereignty\" over Guantanamo Bay")
S("Venezuela", "recognises", GTMO, A3,
  "said his country \"has always recognized Guantanamo Bay as an inseparable part of Cuba.\"")
S("Nicaragua", "recognises", GTMO, A3,
  "Nicaragua and Bolivia, in separate communiques, also reaffirmed that they recognize Cuban sovereignty over Guantanamo Bay.")
S("Bolivia", "recognises", GTMO, A3,
  "Nicaragua and Bolivia, in separate communiques, also reaffirmed that they recognize Cuban sovereignty over Guantanamo Bay.")
S("Cuba", "recognises", GTMO, A3,
  "demanded the return of \"the territory usurped for more than 120 years.\"", "optional")

S("Mexico", "recognises", CLIP, A4, "Mexico recognizes French sovereignty over Clipperton Island")
S("United States", "recognises", CLIP, A4, "has never disputed French sovereignty over Clipperton")
S("France", "recognises", CLIP, A4, "France, which had annexed Clipperton in 1858", "optional")

positions: list[dict] = []


def Pos(person, title_any, of_any, doc, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc],
                      "status": status, "former": former, "evidence": evidence})


# 01
Pos("Rosine Agbodjan-Hounkpe", ["Foreign Affairs Minister", "Minister of Foreign Affairs", "foreign minister"], [],
    A1, "Foreign Affairs Minister Rosine Agbodjan-Hounkpe")
Pos("Issoufou Mahamane Dillé", ["spokesman", "spokesperson"],
    ["National Council for the Safeguard of the Homeland", "CNSP"], A1,
    "the spokesman of the National Council for the Safeguard of the Homeland (CNSP), Colonel Issoufou Mahamane Dillé")
Pos("Halima Usman Jega", ["Commissioner for Agriculture", "Commissioner"], ["Kebbi"], A1,
    "Kebbi State Commissioner for Agriculture, Dr Halima Usman Jega")
Pos("Theophile Akplogan", ["ambassador"], ["Netherlands", "Benin"], A1,
    "Mr Theophile Akplogan, a former Beninese ambassador to the Netherlands", former=True)
Pos("Ibrahim Sani Zuru", ["senior lecturer", "lecturer"], ["Usmanu Danfodiyo University"], A1,
    "Dr Ibrahim Sani Zuru, a senior lecturer in history at Usmanu Danfodiyo University")
Pos("Musa Bello Kamba", ["Sarkin Kasuwa", "market head"], ["Kamba"], A1,
    "Alhaji Musa Bello Kamba, the Sarkin Kasuwa (market head) of the town", "optional")
Pos("Boubacar Sanni Gado", ["lead", "head", "chair"], [], A1,
    "who leads the herders' association in Karimama", "optional")
# 02
Pos("Ciarán Mac Giolla Bhríde", ["reporter"], ["Derry Journal"], A2,
    "Ciarán Mac Giolla Bhríde is a reporter with the Derry Journal.")
Pos("Orla Cassidy", ["senior lecturer", "lecturer"], ["Queen's University Belfast", "Queen’s University Belfast"], A2,
    "Dr Orla Cassidy, a senior lecturer in international law at Queen’s University Belfast")
Pos("Seán Gillespie", ["chief executive"], ["Loughs Agency"], A2,
    "Its chief executive, Seán Gillespie")
Pos("Eamon Harkin", ["chair"], ["Foyle Fisheries Commission"], A2,
    "Eamon Harkin, who chaired the old Foyle Fisheries Commission until it was wound up in 1999", former=True)
Pos("Niamh Ní Bhraonáin", ["TD", "deputy"], [], A2, "Donegal TD Niamh Ní Bhraonáin, a Sinn Féin deputy", "optional")
Pos("Martin Devine", ["MLA"], [], A2, "Foyle MLA Martin Devine (SDLP)", "optional")
Pos("Donal McColgan", ["grower"], [], A2, "Greencastle grower Donal McColgan", "optional")
# 03
Pos("Marlen Cardenas Villalon", ["Director General"], ["MINREX", "Cuban Foreign Ministry"], A3,
    "Director General for the United States at MINREX, Marlen Cardenas Villalon")
Pos("Thomas Whitcombe", ["spokesperson", "spokesman"], ["State Department"], A3,
    "a State Department spokesperson, Thomas Whitcombe")
Pos("Olga Lidia Batista", ["professor"], ["University of Havana"], A3,
    "Professor Olga Lidia Batista, who teaches the history of US-Cuba relations at the University of Havana")
Pos("Alexander Yanez Prieto", ["ambassador"], ["Venezuela"], A3,
    "Venezuela's ambassador in Havana, Alexander Yanez Prieto")
Pos("Ramiro Quintana Ferrer", ["ambassador"], ["Mexico", "Cuba"], A3,
    "Ramiro Quintana Ferrer, a former Cuban ambassador to Mexico", former=True)
Pos("Ramiro Quintana Ferrer", ["Central Committee"], ["Communist Party of Cuba"], A3,
    "a member of the Central Committee of the Communist Party of Cuba", "optional")
Pos("Rigoberto Fonseca", ["fisherman"], [], A3, "Rigoberto Fonseca, a 58-year-old fisherman", "optional")
Pos("Mirta Fonseca", ["teacher"], [], A3, "His wife, Mirta Fonseca, a teacher at a local primary school", "optional")
# 04
Pos("Peter Linscott", ["reporter"], ["Mexico News Daily"], A4,
    "Peter Linscott is a Mexico City-based reporter for Mexico News Daily.")
Pos("Adriana Bermúdez Tello", ["Undersecretary"], [], A4,
    "Undersecretary of Foreign Affairs Adriana Bermúdez Tello")
Pos("Hélène Marchetti-Roux", ["ambassador"], ["France", "French"], A4,
    "French Ambassador to Mexico Hélène Marchetti-Roux")
Pos("Ximena Orozco Landa", ["historian"], ["National Autonomous University of Mexico", "UNAM"], A4,
    "Historian Ximena Orozco Landa, of the National Autonomous University of Mexico (UNAM)")
Pos("Rodolfo Anaya Cervera", ["ambassador"], ["France", "Mexico"], A4,
    "Rodolfo Anaya Cervera, a former Mexican ambassador to France", former=True)
Pos("Rodolfo Anaya Cervera", ["columnist", "column"], ["Milenio"], A4,
    "who now writes a weekly column for Milenio", "optional")
Pos("Efraín Osuna Lizárraga", ["captain"], [], A4,
    "Efraín Osuna Lizárraga, captain of one of the two boats", "optional")
Pos("Jacinto Ruelas Navarro", ["senator"], [], A4, "Morena Senator Jacinto Ruelas Navarro", "optional")
Pos("Fernanda Lugo Arce", ["deputy"], [], A4, "Deputy Fernanda Lugo Arce of the National Action Party (PAN)", "optional")
# 05
Pos("Tahlia Brereton", ["journalist"], [], A5, "Tahlia Brereton\nJournalist")
Pos("Daniel Kerrigan", ["mayor"], [], A5, "Mayor Cr Daniel Kerrigan")
Pos("Suzanne Okoye", ["director of assets", "director"], ["City of Greater Bendigo", "Greater Bendigo"], A5,
    "The City's director of assets, Suzanne Okoye")
Pos("Margaret Liu", ["historian", "associate professor"], ["La Trobe University"], A5,
    "Associate Professor Margaret Liu, a historian at La Trobe University")
Pos("Kevin Treloar", ["mayor"], [], A5, "Former mayor Kevin Treloar", former=True)
Pos("Priscilla Nankervis", ["councillor", "Cr"], [], A5, "Cr Priscilla Nankervis", "optional")
Pos("Harold Tan", ["councillor", "Cr"], [], A5, "Cr Harold Tan", "optional")
Pos("Rhiannon Carew", ["MP"], [], A5, "Bendigo West MP Rhiannon Carew (Labor)", "optional")
Pos("Lorraine Pascoe", ["volunteer"], [], A5, "Volunteer gardeners Lorraine and Graham Pascoe", "optional")
Pos("Graham Pascoe", ["volunteer"], [], A5, "Volunteer gardeners Lorraine and Graham Pascoe", "optional")

relations: list[dict] = []
SYMMETRIC = {"spouse", "sharesBorderWith"}


def R(subject, predicate, obj, doc, evidence):
    relations.append({"subject": subject, "predicate": predicate, "object": obj,
                      "symmetric": predicate in SYMMETRIC, "status": "required",
                      "docs": [doc], "evidence": evidence})


# 01
R("Boubacar Sanni Gado", "spouse", "Aissatou Gado", A1, "His wife, Aissatou Gado")
R("Karimama", "locatedIn", "Benin", A1, "Karimama and Malanville in northern Benin")
R("Malanville", "locatedIn", "Benin", A1, "Karimama and Malanville in northern Benin")
R("Burkina Faso", "memberOf", "Alliance of Sahel States", A1,
  "Niger's partners in the Alliance of Sahel States, Burkina Faso and Mali")
R("Mali", "memberOf", "Alliance of Sahel States", A1,
  "Niger's partners in the Alliance of Sahel States, Burkina Faso and Mali")
R("Niger", "memberOf", "Alliance of Sahel States", A1,
  "Niger's partners in the Alliance of Sahel States, Burkina Faso and Mali")
R("Benin", "sharesBorderWith", "Niger", A1, "Benin and Niger share a border of about 270 kilometres")
R("Nigeria", "sharesBorderWith", "Benin", A1, "Nigeria, which shares a border with both countries")
R("Nigeria", "sharesBorderWith", "Niger", A1, "Nigeria, which shares a border with both countries")
R("Kamba", "locatedIn", "Kebbi State", A1, "In Kamba, a border town in Kebbi State")
R("Benin", "memberOf", "Economic Community of West African States", A1,
  "Economic Community of West African States (ECOWAS), of which Benin and Nigeria are both members")
R("Nigeria", "memberOf", "Economic Community of West African States", A1,
  "Economic Community of West African States (ECOWAS), of which Benin and Nigeria are both members")
R("Gaya", "locatedIn", "Niger", A1, "Gaya, the Nigerien town facing Malanville")
# 02
R("Donal McColgan", "spouse", "Bríd McColgan", A2, "His wife, Bríd McColgan")
R("United Kingdom", "claims", "Lough Foyle", A2, "The United Kingdom claims the whole of Lough Foyle")
R("Greencastle", "locatedIn", "County Donegal", A2, "near Greencastle, Co Donegal")
R("Niamh Ní Bhraonáin", "memberOf", "Sinn Féin", A2, "Niamh Ní Bhraonáin, a Sinn Féin deputy")
R("Martin Devine", "memberOf", "SDLP", A2, "Foyle MLA Martin Devine (SDLP)")
R("Ireland", "sharesBorderWith", "United Kingdom", A2, "Ireland and Britain share a land border of 499 kilometres")
R("Ireland", "memberOf", "EU", A2, "Ireland, an EU member state")
R("Derry", "locatedIn", "County Londonderry", A2, "Derry, on the County Londonderry side")
R("Moville", "locatedIn", "Inishowen", A2, "the Inishowen villages of Moville and Greencastle")
R("Greencastle", "locatedIn", "Inishowen", A2, "the Inishowen villages of Moville and Greencastle")
# 03
R("United States", "invaded", "Grenada", A3, "the United States invaded Grenada in 1983 and Panama in 1989")
R("United States", "invaded", "Panama", A3, "the United States invaded Grenada in 1983 and Panama in 1989")
for c in ("Cuba", "Venezuela", "Nicaragua", "Bolivia"):
    R(c, "memberOf", "ALBA-TCP", A3,
      "Cuba, Venezuela, Nicaragua and Bolivia are all members of the Bolivarian Alliance for the Peoples of Our America-Peoples' Trade Treaty (ALBA-TCP)")
R("Ramiro Quintana Ferrer", "memberOf", "Communist Party of Cuba", A3,
  "a member of the Central Committee of the Communist Party of Cuba")
R("Guantanamo Bay", "locatedIn", "Guantanamo", A3,
  "The US Naval Station at Guantanamo Bay covers some 117 square kilometers on both sides of the bay, in the eastern province of Guantanamo")
R("Caimanera", "locatedIn", "Guantanamo", A3, "In Caimanera, a town of some 10,000 inhabitants in Guantanamo province")
R("Rigoberto Fonseca", "spouse", "Mirta Fonseca", A3, "His wife, Mirta Fonseca")
# 04
R("France", "annexed", "Clipperton Island", A4, "France, which had annexed Clipperton in 1858")
R("Mazatlán", "locatedIn", "Sinaloa", A4, "two tuna boats from Mazatlán, Sinaloa")
R("Efraín Osuna Lizárraga", "spouse", "Rosario Osuna", A4, "His wife, Rosario Osuna")
R("Jacinto Ruelas Navarro", "memberOf", "Morena", A4, "Morena Senator Jacinto Ruelas Navarro")
R("France", "invaded", "Mexico", A4, "the French invasion of Mexico in 1862")
R("Fernanda Lugo Arce", "memberOf", "National Action Party", A4,
  "Deputy Fernanda Lugo Arce of the National Action Party (PAN)")
R("United States", "sharesBorderWith", "Mexico", A4,
  "The United States, which shares a border of more than 3,000 kilometers with Mexico")
R("Mexico", "memberOf", "Organisation for Economic Co-operation and Development", A4,
  "Mexico and France are both members of the Organisation for Economic Co-operation and Development (OECD)")
R("France", "memberOf", "Organisation for Economic Co-operation and Development", A4,
  "Mexico and France are both members of the Organisation for Economic Co-operation and Development (OECD)")
# 05
R("Lorraine Pascoe", "spouse", "Graham Pascoe", A5, "most of them alongside her husband, Graham")
R("Rhiannon Carew", "memberOf", "Labor", A5, "Bendigo West MP Rhiannon Carew (Labor)")
R("Bendigo", "locatedIn", "Victoria", A5, "Bendigo, in central Victoria")

gold = {
    "about": ABOUT,
    "documents": DOCS,
    "near_duplicates": [],
    "entities": entities,
    "not_person": NOT_PERSON,
    "quotes": quotes,
    "unattributed": UNATTRIBUTED,
    "stances": stances,
    "positions": positions,
    "relations": relations,
}


def build() -> str:
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    (SET / "gold.json").write_text(build(), encoding="utf-8")
    print(f"wrote {SET / 'gold.json'}: {len(entities)} entities, {len(quotes)} quotes, "
          f"{len(stances)} stances, {len(positions)} positions, {len(relations)} relations")
