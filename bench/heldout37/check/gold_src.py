#!/usr/bin/env python3
"""Writes bench/heldout37/gold.json: the hand-made gold standard for bench/heldout37/articles.

Run:  python check/gold_src.py            (writes ../gold.json)
      python check/gold_src.py --stdout   (prints it)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

A1 = "01_namibian_penguin_islands.txt"
A2 = "02_laotiantimes_hill_1428.txt"
A3 = "03_upi_beagle_channel.txt"
A4 = "04_canarianweekly_selvagens.txt"
A5 = "05_lethbridgeherald_nikka_yuko.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = (
    "Writes bench/heldout37/gold.json: the hand-made gold standard for bench/heldout37/articles "
    "(five invented articles; every person is fictional). Same format as shared/eval/seeds-gold.json. "
    "`key` is a distinctive stretch of the quote's own words; `required` quotes are full statements with an "
    "explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue, "
    "colon quotes, continuation paragraphs and every paragraph of a multi-paragraph quote; `optional` ones are "
    "partial quotes, headline/deck/subhead echoes and second holders of the same words (a ministry's words "
    "for its country). `unattributed` are scare quotes, nicknames, mentioned words and quoted headlines of "
    "related stories that must NOT get a speaker; anonymous speakers are not listed. Stances: polarity follows "
    "the wording; required = explicit stances of a country (also through a minister, ambassador, ministry or "
    "capital speaking for it); optional = a claimant's own claim; no stance for questions, hypotheticals, "
    "recognition of maps or sea zones, and non-country holders. Positions: of_any is empty when the text names "
    "no organisation or country next to the title; former titles and author footers are required; council and "
    "parliamentary seats, occupations and committee chairs given by a verb are optional. Relations: only what "
    "the text states (spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn). Entities: "
    "persons, organisations, countries, territories (stance objects) and places named in the article text, "
    "including bylines, photo credits, footers and related-link lines, but not navigation bars; seas, rivers, "
    "lakes, channels, parks, gardens, buildings, vessels, treaties and events are not entities."
)

E = []  # (type, name, aliases, docs)


def ent(t, name, aliases=(), docs=()):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": list(docs)})


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# ---------------------------------------------------------------- shared entities
ent(C, "United Kingdom", ["Britain", "UK", "U.K."], [A1, A3])
ent(C, "Japan", [], [A5])
ent(C, "Canada", [], [A5])
ent(O, "International Court of Justice", ["ICJ"], [A1])
ent(O, "United Nations", ["UN", "U.N."], [A3])

# ---------------------------------------------------------------- 01 Namibian
for t, n, a in [
    (P, "Ndeshipanda Kaulinge", ["Kaulinge"]),
    (P, "Hilma Nakale", ["Nakale"]),
    (P, "Ndapewa Shikongo", ["Shikongo"]),
    (P, "Lwazi Ngcobo", ["Ngcobo"]),
    (P, "Domingos Tchiyuka", ["Tchiyuka"]),
    (P, "Hendrik Gaeseb", ["Gaeseb"]),
    (P, "Petrus Amukoto", []),
    (P, "Selma Amukoto", []),
    (P, "Elina Haufiku", ["Haufiku", "Dr Elina Haufiku"]),
    (C, "Namibia", ["Republic of Namibia"]),
    (C, "South Africa", ["Republic of South Africa"]),
    (C, "Angola", []),
    (C, "Germany", []),
    (T, "Penguin Islands", []),
    (L, "Lüderitz", ["Luderitz"]),
    (L, "Walvis Bay", []),
    (L, "Windhoek", []),
    (L, "Pretoria", []),
    (L, "Cape Town", []),
    (L, "Luanda", []),
    (L, "Halifax Island", []),
    (L, "Possession Island", []),
    (L, "Ichaboe Island", []),
    (L, "Mercury Island", []),
    (L, "//Kharas", ["//Kharas region", "Kharas", "Karas", "ǁKaras"]),
    (L, "Cape Colony", []),
    (O, "The Namibian", ["Namibian"]),
    (O, "National Assembly", ["National Assembly of Namibia"]),
    (O, "Swapo", ["SWAPO"]),
    (O, "Department of International Relations and Cooperation", ["Dirco", "DIRCO"]),
    (O, "eNCA", []),
    (O, "Popular Democratic Movement", ["PDM"]),
    (O, "African Union", ["AU"]),
    (O, "Southern African Development Community", ["SADC"]),
    (O, "Southern African Customs Union", ["Sacu", "SACU"]),
    (O, "Namibia University of Science and Technology", ["Nust", "NUST"]),
]:
    ent(t, n, a, [A1])

# ---------------------------------------------------------------- 02 Laotian Times
for t, n, a in [
    (P, "Souksavanh Inthavong", ["Inthavong"]),
    (P, "Bounleua Phommachanh", ["Bounleua", "Phommachanh"]),
    (P, "Apichart Srisawat", ["Apichart", "Srisawat"]),
    (P, "Chanida Wongsuwan", ["Chanida", "Wongsuwan"]),
    (P, "Khamsing Vongphachanh", ["Khamsing", "Vongphachanh"]),
    (P, "Noy", []),
    (P, "Vilayvanh Keobounphan", ["Vilayvanh", "Keobounphan"]),
    (C, "Laos", ["Lao PDR", "Lao People's Democratic Republic"]),
    (C, "Thailand", []),
    (C, "Vietnam", ["Viet Nam"]),
    (C, "Cambodia", []),
    (C, "Myanmar", []),
    (T, "Hill 1428", ["Noen 1428"]),
    (L, "Vientiane", ["Vientiane Capital"]),
    (L, "Bangkok", []),
    (L, "Botene District", ["Botene"]),
    (L, "Xaignabouli Province", ["Xaignabouli", "Sainyabuli"]),
    (L, "Chat Trakan District", ["Chat Trakan"]),
    (L, "Phitsanulok Province", ["Phitsanulok"]),
    (L, "Chiang Mai", []),
    (L, "Bueng Kan", []),
    (O, "The Laotian Times", ["Laotian Times"]),
    (O, "Lao-Thai Joint Boundary Commission", ["Joint Boundary Commission"]),
    (O, "Ministry of Foreign Affairs of Lao PDR", ["Lao Ministry of Foreign Affairs"]),
    (O, "Thai Foreign Ministry", ["Ministry of Foreign Affairs of Thailand", "Thai Ministry of Foreign Affairs"]),
    (O, "Department of Treaties and Legal Affairs", []),
    (O, "Association of Southeast Asian Nations", ["ASEAN"]),
    (O, "National University of Laos", []),
    (O, "Lao People's Revolutionary Party", ["LPRP"]),
]:
    ent(t, n, a, [A2])

# ---------------------------------------------------------------- 03 UPI
for t, n, a in [
    (P, "Mariela Fontán", ["Fontán", "Mariela Fontan"]),
    (P, "Joaquín Ribera", ["Joaquin Ribera"]),
    (P, "Ramiro Etchegaray", ["Etchegaray"]),
    (P, "Catalina Irarrázaval", ["Irarrázaval", "Catalina Irarrazaval"]),
    (P, "Verónica Lagos-Pinto", ["Lagos-Pinto", "Veronica Lagos-Pinto"]),
    (P, "Hernán Cárcamo", ["Cárcamo", "Hernan Carcamo"]),
    (P, "Luciana Bertolotti", ["Bertolotti"]),
    (C, "Argentina", ["Argentine Republic"]),
    (C, "Chile", []),
    (C, "Vatican City", ["Vatican", "Holy See"]),
    (T, "Picton Island", ["Picton"]),
    (T, "Lennox Island", ["Lennox"]),
    (T, "Nueva Island", ["Nueva", "Isla Nueva"]),
    (T, "Falkland Islands", ["Falklands", "Malvinas", "Islas Malvinas"]),
    (L, "Buenos Aires", []),
    (L, "Santiago", []),
    (L, "Tierra del Fuego", ["Tierra del Fuego province"]),
    (L, "Puerto Williams", []),
    (L, "Navarino Island", []),
    (L, "Ushuaia", []),
    (L, "New York", []),
    (O, "United Press International", ["UPI"]),
    (O, "Ministry of Foreign Affairs of Argentina", ["Argentina's Ministry of Foreign Affairs",
                                                    "Argentine Ministry of Foreign Affairs"]),
    (O, "Chilean Navy", []),
    (O, "Commission on the Limits of the Continental Shelf", []),
    (O, "Justicialist Party", []),
    (O, "Foreign Relations Committee", ["Senate's Foreign Relations Committee"]),
    (O, "Chilean Foreign Ministry", []),
    (O, "Organization of American States", ["OAS"]),
]:
    ent(t, n, a, [A3])

# ---------------------------------------------------------------- 04 Canarian Weekly
for t, n, a in [
    (P, "Carmen Delgado Suárez", ["Delgado Suárez", "Carmen Delgado Suarez"]),
    (P, "Tomás Hernández Luis", ["Tomas Hernandez Luis"]),
    (P, "Juan Francisco Cabrera", ["Cabrera"]),
    (P, "Nieves Perdomo", ["Perdomo"]),
    (P, "Inés Carbonell", ["Carbonell", "Ines Carbonell"]),
    (P, "Rui Valadares Teixeira", ["Teixeira", "Valadares Teixeira"]),
    (P, "Duarte Gouveia", ["Gouveia"]),
    (P, "Yaiza Rodríguez Betancor", ["Rodríguez Betancor", "Yaiza Rodriguez Betancor"]),
    (P, "Airam Morales", ["Morales"]),
    (P, "Beatriz Quintana", ["Quintana", "Dr Beatriz Quintana"]),
    (C, "Spain", []),
    (C, "Portugal", []),
    (T, "Savage Islands", ["Selvagens", "Selvagens Islands", "Islas Salvajes", "Ilhas Selvagens"]),
    (L, "Selvagem Grande", []),
    (L, "Selvagem Pequena", []),
    (L, "Canary Islands", ["the Canaries"]),
    (L, "Madeira", []),
    (L, "Tenerife", []),
    (L, "Lanzarote", []),
    (L, "Arrecife", []),
    (L, "Madrid", []),
    (L, "Lisbon", []),
    (L, "Santa Cruz de Tenerife", []),
    (L, "Hamburg", []),
    (L, "Brussels", []),
    (O, "Canarian Weekly", []),
    (O, "Portuguese Navy", []),
    (O, "Canary Islands Government", ["Government of the Canary Islands"]),
    (O, "Coalición Canaria", ["Coalicion Canaria", "Canarian Coalition"]),
    (O, "Congress of Deputies", []),
    (O, "International Tribunal for the Law of the Sea", ["ITLOS"]),
    (O, "Spanish Ministry of Foreign Affairs", []),
    (O, "University of La Laguna", []),
    (O, "European Union", ["EU"]),
    (O, "NATO", ["North Atlantic Treaty Organization"]),
    (O, "Community of Portuguese Language Countries", ["CPLP"]),
    (O, "European Commission", []),
]:
    ent(t, n, a, [A4])

# ---------------------------------------------------------------- 05 Lethbridge Herald
for t, n, a in [
    (P, "Dylan Vanderhoek", ["Vanderhoek"]),
    (P, "Priya Sandhu", ["Sandhu"]),
    (P, "Ken Matsuda", ["Ken"]),
    (P, "Aiko Matsuda", []),
    (P, "Colleen Burgess-Adair", ["Burgess-Adair"]),
    (P, "Brent Halvorsen", ["Halvorsen"]),
    (P, "Marianne Okafor", ["Okafor"]),
    (P, "Takeshi Ninomiya", ["Ninomiya"]),
    (P, "Danielle Ferreira", ["Ferreira"]),
    (P, "Raymond Tse", ["Tse"]),
    (L, "Lethbridge", []),
    (L, "Alberta", []),
    (L, "British Columbia", []),
    (L, "Calgary", []),
    (L, "Kyoto", []),
    (O, "Lethbridge Herald", ["The Lethbridge Herald"]),
    (O, "Alta Newspaper Group", []),
    (O, "Lethbridge and District Japanese Garden Society", []),
    (O, "City of Lethbridge", []),
    (O, "Tourism Lethbridge", []),
]:
    ent(t, n, a, [A5])

NOT_PERSON = [
    # demonyms, honorifics, titles
    "Namibian", "Namibians", "South African", "Lao", "Thai", "Chilean", "Argentines", "Peronist", "Canarian",
    "Portuguese", "Spanish", "Japanese Canadian", "Dr", "Ms.", "Sen.", "Mayor", "Coun.", "Minister",
    # places, bodies, structures and things that could pass for names
    "Dirco", "Swapo", "Nust", "Sacu", "PDM", "Lüderitz", "Walvis Bay", "Halifax Island", "Orange",
    "Hill 1428", "Noen 1428", "Don Chan Palace", "Botene", "Chat Trakan", "Mekong", "Picton", "Lennox",
    "Nueva", "Malvinas", "Puerto Williams", "Navarino", "Beagle", "Selvagem Grande", "Selvagem Pequena",
    "Arrecife", "Coalición Canaria", "La Raya", "Madeira Natural Park", "Nikka Yuko", "Henderson Lake",
    "Tourism Lethbridge", "Herald", "Alaska yellow cedar",
]

UNATTRIBUTED = [
    "Walvis Bay, 30 years on: the port that came home",
    "frozen",
    "frozen sector",
    "sovereignty",
    "rock",
    "La Raya",
    "Tuna quotas: Canary fleet fears another lean year",
    "Snow load cracks beam at Japanese garden pavilion",
]

Q = []


def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


# 01
q(A1, "Ndapewa Shikongo", "Those islands are Namibian, full stop", "optional")
q(A1, "Ndapewa Shikongo", "has never recognised, and will never recognise", "optional")
q(A1, "Ndapewa Shikongo", "The islands lie within sight of Lüderitz. Our fishermen pass them every morning")
q(A1, "Ndapewa Shikongo", "When Walvis Bay came home in 1994, the job was left half done")
q(A1, "Ndapewa Shikongo", "The border runs down the middle of the Orange")
q(A1, "Department of International Relations and Cooperation",
  "does not recognise any claim by Namibia to the Penguin Islands", "optional")
q(A1, "South Africa", "does not recognise any claim by Namibia to the Penguin Islands", "optional")
q(A1, "Department of International Relations and Cooperation",
  "The islands have been administered from Cape Town without interruption since 1866")
q(A1, "South Africa", "The islands have been administered from Cape Town without interruption since 1866", "optional")
q(A1, "Department of International Relations and Cooperation", "NOTHING TO NEGOTIATE", "optional")
q(A1, "Lwazi Ngcobo", "excellent, as they have always been", "optional")
q(A1, "Lwazi Ngcobo", "discuss many things, but not this", "optional")
q(A1, "Domingos Tchiyuka", "recognises the Penguin Islands as part of Namibia", "optional")
q(A1, "Angola", "recognises the Penguin Islands as part of Namibia", "optional")
q(A1, "Hendrik Gaeseb", "Would we go to the International Court of Justice?")
q(A1, "Petrus Amukoto", "We have heard this song before")
q(A1, "Petrus Amukoto", "Every few years somebody in Windhoek remembers the islands")
q(A1, "Selma Amukoto", "If the islands become ours, the inspectors who stop our boats will be Namibians")
q(A1, "Elina Haufiku", "On the Orange, we have international practice on our side")
q(A1, "Elina Haufiku", "in the family", "optional")
# 02
q(A2, "Bounleua Phommachanh", "Has Not Changed", "optional")
q(A2, "Laos", "Has Not Changed", "optional")
q(A2, "Bounleua Phommachanh", "has not changed and will not change", "optional")
q(A2, "Bounleua Phommachanh", "Hill 1428 is Lao territory. It was Lao territory before the fighting")
q(A2, "Bounleua Phommachanh", "We do not recognise that map, and we have never recognised it")
q(A2, "Apichart Srisawat", "cannot accept any Lao claim to Hill 1428", "optional")
q(A2, "Thailand", "cannot accept any Lao claim to Hill 1428", "optional")
q(A2, "Apichart Srisawat", "Thailand values its friendship with the Lao PDR above all")
q(A2, "Thailand", "Thailand values its friendship with the Lao PDR above all", "optional")
q(A2, "Chanida Wongsuwan", "warm, even relaxed", "optional")
q(A2, "Chanida Wongsuwan", "That is a question for the next round")
q(A2, "Khamsing Vongphachanh", "We planted rice on that hill before the war")
q(A2, "Khamsing Vongphachanh", "Let the commission decide")
q(A2, "Vilayvanh Keobounphan", "Nobody wants another 1988")
# 03
q(A3, "Ministry of Foreign Affairs of Argentina", "fully recognizes", "optional")
q(A3, "Argentina", "fully recognizes", "optional")
q(A3, "Ramiro Etchegaray", "reopen the file", "optional")
q(A3, "Ministry of Foreign Affairs of Argentina", "The treaty is the law of the nation, and Argentina honors its word")
q(A3, "Argentina", "The treaty is the law of the nation, and Argentina honors its word", "optional")
q(A3, "Ministry of Foreign Affairs of Argentina",
  "Argentina fully recognizes Chilean sovereignty over Picton, Lennox and Nueva")
q(A3, "Argentina", "Argentina fully recognizes Chilean sovereignty over Picton, Lennox and Nueva", "optional")
q(A3, "Ministry of Foreign Affairs of Argentina", "unilateral", "optional")
q(A3, "Catalina Irarrázaval", "acted strictly within international law", "optional")
q(A3, "Catalina Irarrázaval", "Chile has not claimed a single square meter that does not belong to it")
q(A3, "Catalina Irarrázaval", "We have presented our data to the Commission on the Limits of the Continental Shelf")
q(A3, "Ramiro Etchegaray", "I am not asking anyone to go to war")
q(A3, "Ramiro Etchegaray", "I am asking whether a treaty signed under the shadow of a dictatorship")
q(A3, "Ramiro Etchegaray", "lost the islands in 1984, and I accept that", "optional")
q(A3, "Verónica Lagos-Pinto", "a much smaller quarrel than it looks", "optional")
q(A3, "Verónica Lagos-Pinto", "In 1978, we were counting tanks")
q(A3, "Verónica Lagos-Pinto", "That is what progress looks like")
q(A3, "Hernán Cárcamo", "My wife is from Ushuaia")
q(A3, "Hernán Cárcamo", "Nobody here wants to hear the word")
# 04
q(A4, "Juan Francisco Cabrera", "We fish there since my grandfather's time", "optional")
q(A4, "Juan Francisco Cabrera", "They were polite, I will say that")
q(A4, "Juan Francisco Cabrera", "Nobody ever asked us for a permit")
q(A4, "Nieves Perdomo", "For Lisbon, those rocks are worth a whole ocean")
q(A4, "Inés Carbonell", "Spain has always recognised Portugal's sovereignty over the Selvagens Islands")
q(A4, "Spain", "Spain has always recognised Portugal's sovereignty over the Selvagens Islands", "optional")
q(A4, "Inés Carbonell", "Our position has been set out in the notes verbales")
q(A4, "Inés Carbonell", "as friends, as neighbours and as partners in Europe", "optional")
q(A4, "Rui Valadares Teixeira", "a routine inspection, carried out correctly", "optional")
q(A4, "Rui Valadares Teixeira", "Portugal does not negotiate its sovereignty")
q(A4, "Rui Valadares Teixeira", "The Selvagens are Portuguese. Their waters are Portuguese")
q(A4, "Duarte Gouveia", "a convenient fiction", "optional")
q(A4, "Yaiza Rodríguez Betancor",
  "no business chasing Canarian fishermen off Canarian fishing grounds", "optional")
q(A4, "Yaiza Rodríguez Betancor", "We are not asking Spain to claim the islands")
q(A4, "Yaiza Rodríguez Betancor", "It is not the same thing")
q(A4, "Beatriz Quintana", "Everyone agrees on the flag. Nobody agrees on the map")
# 05
q(A5, "Brent Halvorsen", "a lot of money for a roof", "optional")
q(A5, "Colleen Burgess-Adair", "part of who we are", "optional")
q(A5, "Colleen Burgess-Adair", "This pavilion was built by craftsmen from Japan in 1967")
q(A5, "Colleen Burgess-Adair", "We have a duty to look after it")
q(A5, "Brent Halvorsen", "It is a lot of money for a roof. I asked for a cheaper option")
q(A5, "Marianne Okafor", "Nothing like it", "optional")
q(A5, "Marianne Okafor", "There is nothing like it anywhere in Canada")
q(A5, "Marianne Okafor", "We want to keep that feeling for another sixty years")
q(A5, "Takeshi Ninomiya", "one of the finest symbols of friendship between Japan and Canada", "optional")
q(A5, "Aiko Matsuda", "We met here, on the bridge over the pond, in 1979")
q(A5, "Aiko Matsuda", "So for us it is more than a garden")
q(A5, "Ken Matsuda", "She tells everybody that story")
q(A5, "Ken Matsuda", "It is true, though")
q(A5, "Danielle Ferreira", "thin on detail and thinner on options", "optional")
q(A5, "Raymond Tse", "Every council wants a ribbon-cutting and nobody wants to pay for maintenance")

S = []


def st(doc, country, stance, territory_any, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": territory_any, "docs": [doc],
              "status": status, "evidence": evidence})


st(A1, "Namibia", "doesNotRecognise", ["Penguin Islands"],
   'Namibia "has never recognised, and will never recognise" South African sovereignty over the Penguin Islands')
st(A1, "South Africa", "doesNotRecognise", ["Penguin Islands"],
   'the country "does not recognise any claim by Namibia to the Penguin Islands"')
st(A1, "Angola", "recognises", ["Penguin Islands"],
   'Luanda "recognises the Penguin Islands as part of Namibia"')
st(A1, "Namibia", "recognises", ["Penguin Islands"], "'Those islands are Namibian, full stop'", "optional")
st(A2, "Thailand", "doesNotRecognise", ["Hill 1428", "Noen 1428"],
   'he said Thailand "cannot accept any Lao claim to Hill 1428"')
st(A2, "Vietnam", "recognises", ["Hill 1428", "Noen 1428"],
   "Vietnam, which borders Laos to the east and is its closest ally, recognises Hill 1428 as Lao territory")
st(A2, "Laos", "recognises", ["Hill 1428", "Noen 1428"], "Hill 1428 is Lao territory.", "optional")
for isl in ["Picton", "Lennox", "Nueva"]:
    st(A3, "Argentina", "recognises", [isl],
       "Argentina fully recognizes Chilean sovereignty over Picton, Lennox and Nueva.")
st(A4, "Spain", "recognises", ["Selvagens", "Savage Islands", "Islas Salvajes"],
   "Spain has always recognised Portugal's sovereignty over the Selvagens Islands, and that is not in question.")
st(A4, "Portugal", "recognises", ["Selvagens", "Savage Islands", "Islas Salvajes"],
   "The Selvagens are Portuguese.", "optional")

PO = []


def pos(doc, person, title_any, of_any, evidence, status="required", former=False):
    PO.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc],
               "status": status, "former": former, "evidence": evidence})


pos(A1, "Ndapewa Shikongo", ["minister of international relations and trade", "minister"], [],
    "THE minister of international relations and trade, Ndapewa Shikongo")
pos(A1, "Lwazi Ngcobo", ["spokesperson", "spokesman"], ["Dirco", "Department of International Relations"],
    "Dirco spokesperson Lwazi Ngcobo")
pos(A1, "Domingos Tchiyuka", ["ambassador"], ["Angola", "Luanda"],
    "Its ambassador in Windhoek, Domingos Tchiyuka")
pos(A1, "Hendrik Gaeseb", ["lawmaker", "member of parliament", "MP"], [],
    "Popular Democratic Movement (PDM) lawmaker Hendrik Gaeseb", "optional")
pos(A1, "Elina Haufiku", ["surveyor-general", "surveyor general"], ["Namibia"],
    "a former surveyor-general of Namibia", former=True)
pos(A1, "Elina Haufiku", ["lecture"], ["Namibia University of Science and Technology", "Nust"],
    "now lectures in land management at the Namibia University of Science and Technology (Nust)", "optional")
pos(A1, "Ndeshipanda Kaulinge", ["parliamentary reporter", "reporter"], ["Namibian"],
    "Ndeshipanda Kaulinge is The Namibian's parliamentary reporter.")
pos(A2, "Bounleua Phommachanh", ["deputy minister of foreign affairs", "deputy minister"], [],
    "Deputy Minister of Foreign Affairs Bounleua Phommachanh")
pos(A2, "Apichart Srisawat", ["director-general", "director general"], ["Department of Treaties and Legal Affairs"],
    "Apichart Srisawat, director-general of the Department of Treaties and Legal Affairs")
pos(A2, "Chanida Wongsuwan", ["spokesperson", "spokeswoman"], ["Thai Foreign Ministry", "Foreign Ministry", "Thai"],
    "Ms. Chanida Wongsuwan, a spokesperson for the Thai Foreign Ministry")
pos(A2, "Khamsing Vongphachanh", ["village chief", "chief"], [],
    "Village chief Khamsing Vongphachanh", "optional")
pos(A2, "Vilayvanh Keobounphan", ["lecturer"], ["National University of Laos"],
    "a lecturer in international law at the National University of Laos")
pos(A2, "Souksavanh Inthavong", ["senior reporter", "reporter"], ["Laotian Times"],
    "Souksavanh Inthavong is a senior reporter at the Laotian Times")
pos(A3, "Ramiro Etchegaray", ["senator", "sen."], [], "Sen. Ramiro Etchegaray", "optional")
pos(A3, "Ramiro Etchegaray", ["chair"], ["Foreign Relations Committee"],
    "chairs the Senate's Foreign Relations Committee", "optional")
pos(A3, "Catalina Irarrázaval", ["foreign minister", "minister"], ["Chile"],
    "Chile's Foreign Minister, Catalina Irarrázaval")
pos(A3, "Verónica Lagos-Pinto", ["director"], ["Chilean Navy", "historical archive", "Chilean navy"],
    "a former director of the Chilean navy's historical archive", former=True)
pos(A3, "Verónica Lagos-Pinto", ["historian"], [], "Historian Verónica Lagos-Pinto", "optional")
pos(A3, "Hernán Cárcamo", ["mayor"], [], "Mayor Hernán Cárcamo")
pos(A3, "Mariela Fontán", ["correspondent"], ["UPI", "United Press International"],
    "Mariela Fontán is a UPI correspondent based in Buenos Aires.")
pos(A4, "Juan Francisco Cabrera", ["skipper"], [], "The skipper, Juan Francisco Cabrera", "optional")
pos(A4, "Inés Carbonell", ["secretary of state for foreign affairs", "secretary of state"], ["Spain"],
    "Spain's Secretary of State for Foreign Affairs, Inés Carbonell")
pos(A4, "Rui Valadares Teixeira", ["foreign minister", "minister"], ["Portugal"],
    "Portugal's foreign minister, Rui Valadares Teixeira")
pos(A4, "Duarte Gouveia", ["regional secretary for the environment", "regional secretary"], ["Madeira"],
    "Madeira's regional secretary for the environment, Duarte Gouveia")
pos(A4, "Yaiza Rodríguez Betancor", ["councillor for agriculture, livestock and fisheries", "councillor"],
    ["Canary Islands Government", "Canary Islands"],
    "Its councillor for agriculture, livestock and fisheries, Yaiza Rodríguez Betancor")
pos(A4, "Airam Morales", ["deputy"], ["Congress of Deputies", "Coalición Canaria"],
    "Coalición Canaria deputy Airam Morales", "optional")
pos(A4, "Beatriz Quintana", ["legal adviser", "adviser"], ["Spanish Ministry of Foreign Affairs"],
    "a former legal adviser to the Spanish Ministry of Foreign Affairs", former=True)
pos(A4, "Carmen Delgado Suárez", ["reporter"], ["Canarian Weekly"],
    "Carmen Delgado Suárez is a reporter for Canarian Weekly based in Lanzarote.")
pos(A5, "Colleen Burgess-Adair", ["mayor"], [], "Mayor Colleen Burgess-Adair")
pos(A5, "Brent Halvorsen", ["councillor", "coun."], [], "Coun. Brent Halvorsen", "optional")
pos(A5, "Danielle Ferreira", ["councillor", "coun."], [], "Coun. Danielle Ferreira", "optional")
pos(A5, "Marianne Okafor", ["executive director"], ["Nikka Yuko"],
    "Nikka Yuko's executive director, Marianne Okafor")
pos(A5, "Takeshi Ninomiya", ["consul-general", "consul general"], ["Japan"],
    "Takeshi Ninomiya, Consul-General of Japan in Calgary")
pos(A5, "Raymond Tse", ["director of recreation and culture", "director"], ["City of Lethbridge", "Lethbridge"],
    "a former director of recreation and culture for the City of Lethbridge", former=True)
pos(A5, "Dylan Vanderhoek", ["reporter"], ["Herald", "Lethbridge Herald"],
    "Dylan Vanderhoek is a Herald reporter covering city hall.")
pos(A5, "Ken Matsuda", ["volunteer", "gardener"], [], "Volunteers Ken and Aiko Matsuda", "optional")
pos(A5, "Aiko Matsuda", ["volunteer", "gardener"], [], "Volunteers Ken and Aiko Matsuda", "optional")

R = []
SYM = {"spouse", "sharesBorderWith"}


def rel(doc, s, p, o, evidence):
    R.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "docs": [doc],
              "status": "required", "evidence": evidence})


# 01
rel(A1, "Petrus Amukoto", "spouse", "Selma Amukoto", "who runs a rock lobster boat with his wife, Selma Amukoto")
rel(A1, "Angola", "sharesBorderWith", "Namibia", "Angola, which borders Namibia to the north")
rel(A1, "Namibia", "sharesBorderWith", "South Africa",
    "Namibia and South Africa, which share a border of about 1 000 kilometres")
for c in ["Namibia", "South Africa"]:
    for o in ["Southern African Development Community", "Southern African Customs Union"]:
        rel(A1, c, "memberOf", o, "The two countries are both members of the Southern African Development "
            "Community (SADC) and the Southern African Customs Union (Sacu).")
rel(A1, "South Africa", "invaded", "Angola", "South African forces, which occupied Namibia until 1990, also "
    "invaded Angola in 1975.")
rel(A1, "Lüderitz", "locatedIn", "//Kharas", "In Lüderitz, in the //Kharas region,")
rel(A1, "Halifax Island", "locatedIn", "Penguin Islands", "Halifax Island, one of the Penguin Islands")
rel(A1, "Hendrik Gaeseb", "memberOf", "Popular Democratic Movement",
    "Popular Democratic Movement (PDM) lawmaker Hendrik Gaeseb")
rel(A1, "Namibia", "claims", "Penguin Islands", "any claim by Namibia to the Penguin Islands")
# 02
rel(A2, "Laos", "sharesBorderWith", "Thailand",
    "The two countries, which share a border of more than 1,800 kilometres")
rel(A2, "Vietnam", "sharesBorderWith", "Laos", "Vietnam, which borders Laos to the east")
for c in ["Laos", "Thailand"]:
    rel(A2, c, "memberOf", "Association of Southeast Asian Nations",
        "Both Laos and Thailand are members of the Association of Southeast Asian Nations (ASEAN)")
rel(A2, "Khamsing Vongphachanh", "spouse", "Noy", "His wife, Noy, was wounded in January 1988.")
rel(A2, "Vilayvanh Keobounphan", "memberOf", "Lao People's Revolutionary Party",
    "a member of the Lao People's Revolutionary Party")
rel(A2, "Vietnam", "invaded", "Cambodia", "Vietnam invaded Cambodia in 1978")
rel(A2, "Chat Trakan District", "locatedIn", "Phitsanulok Province", "Chat Trakan District in Phitsanulok Province")
rel(A2, "Botene District", "locatedIn", "Xaignabouli Province", "Botene District, Xaignabouli Province")
rel(A2, "Laos", "claims", "Hill 1428", "any Lao claim to Hill 1428")
# 03
rel(A3, "Argentina", "sharesBorderWith", "Chile",
    "Argentina and Chile, which share a land border of more than 3,100 miles")
rel(A3, "Argentina", "invaded", "Falkland Islands", "Argentina invaded the Falkland Islands")
rel(A3, "Ramiro Etchegaray", "memberOf", "Justicialist Party", "Etchegaray, who belongs to the Justicialist Party")
rel(A3, "Puerto Williams", "locatedIn", "Navarino Island", "Puerto Williams, the Chilean town on Navarino Island")
rel(A3, "Hernán Cárcamo", "spouse", "Luciana Bertolotti", "whose wife, Luciana Bertolotti")
for c in ["Argentina", "Chile"]:
    rel(A3, c, "memberOf", "Organization of American States",
        "Both countries are members of the Organization of American States")
rel(A3, "Argentina", "claims", "Falkland Islands", "Argentina renews Falklands sovereignty claim at United Nations")
# 04
rel(A4, "Juan Francisco Cabrera", "spouse", "Nieves Perdomo", "His wife and business partner, Nieves Perdomo")
rel(A4, "Spain", "sharesBorderWith", "Portugal", "Spain and Portugal, which share a land border of around "
    "1,200 kilometres")
for c in ["Spain", "Portugal"]:
    for o in ["European Union", "NATO"]:
        rel(A4, c, "memberOf", o, "are both members of the European Union and NATO")
rel(A4, "Portugal", "memberOf", "Community of Portuguese Language Countries",
    "Portugal is also a member of the Community of Portuguese Language Countries")
rel(A4, "Spain", "annexed", "Portugal", "In 1580, Spain annexed Portugal")
rel(A4, "Airam Morales", "memberOf", "Coalición Canaria", "Coalición Canaria deputy Airam Morales")
rel(A4, "Airam Morales", "memberOf", "Congress of Deputies", "who sits in the Congress of Deputies for Lanzarote")
rel(A4, "Selvagem Grande", "locatedIn", "Savage Islands", "Selvagem Grande, the largest of the Savage Islands")
# 05
rel(A5, "Ken Matsuda", "spouse", "Aiko Matsuda", "Her husband laughed.")
rel(A5, "Lethbridge", "locatedIn", "Alberta", "Lethbridge, in southern Alberta")


def build() -> dict:
    return {
        "about": ABOUT,
        "documents": DOCS,
        "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]}
                     for e in E],
        "not_person": NOT_PERSON,
        "quotes": Q,
        "unattributed": UNATTRIBUTED,
        "stances": S,
        "positions": PO,
        "relations": R,
    }


def main() -> None:
    text = json.dumps(build(), indent=1, ensure_ascii=False) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        (SET / "gold.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
