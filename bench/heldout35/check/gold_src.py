#!/usr/bin/env python3
"""Writes bench/heldout35/gold.json: the hand-made gold standard for bench/heldout35/articles.

    python check/gold_src.py            # writes ../gold.json
    python check/gold_src.py --stdout   # prints it instead

Every fact below was read off the five articles by hand. The format is the one read by
shared/eval/score.py (see shared/eval/seeds-gold.json). Extra fields (`evidence`, `docs`, `former`)
are ignored by score.py and used by check/check_gold.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

A1 = "01_graphiconline_western_togoland.txt"
A2 = "02_cmc_marouini.txt"
A3 = "03_swissinfo_lake_constance.txt"
A4 = "04_sbsnitv_torres_strait.txt"
A5 = "05_hexhamcourant_abbey_bells.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = (
    "Hand-made gold standard for bench/heldout35 (five invented articles; fictional people, real places "
    "and organisations). Conventions: `required` quotes are full statements with an explicit speaker (a "
    "name, surname, pronoun or role that resolves to a named person or organisation, including cue-less "
    "continuation paragraphs and each paragraph of a multi-paragraph quote); `optional` quotes are partial "
    "quotes, single words, headline or subhead echoes and statements also credited to a second holder; "
    "`unattributed` strings are scare quotes, coined terms and quoted headlines that are nobody's quote. "
    "Stances: polarity follows the wording; required = explicit stances of a country (including a "
    "minister speaking for the country or a ministry statement); a claimant's own claim is optional; "
    "questions, hypotheticals, 'has never taken a formal position' and non-country holders give no stance. "
    "Positions: `of_any` is empty when the text names no organisation or country with the title; former "
    "titles and author footers are required; occupations, parliament/council seats, a title given only by "
    "a verb and byline titles are optional. Relations: only spouse, sharesBorderWith, invaded, memberOf, "
    "locatedIn, and only when the text states them. Entities: every person, organisation, country, "
    "territory and place named in the text (including bylines, photo credits, footers and related-link "
    "lines); seas, lakes, rivers, roads, streets, buildings, markets, treaties and operations are not "
    "entities, except the two parts of a lake that are the stance objects of one article."
)

entities: list[dict] = []
quotes: list[dict] = []
unattributed: list[str] = []
stances: list[dict] = []
positions: list[dict] = []
relations: list[dict] = []
not_person: list[str] = []


def E(type_, name, *aliases):
    for e in entities:
        if e["name"] == name:
            assert e["type"] == type_, name
            for a in aliases:
                if a not in e["aliases"]:
                    e["aliases"].append(a)
            return
    entities.append({"type": type_, "name": name, "aliases": list(aliases)})


def Q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def S(doc, country, stance, territory_any, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": territory_any,
                    "docs": [doc], "status": status, "evidence": evidence})


def P(doc, person, title_any, of_any, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc],
                      "status": status, "former": former, "evidence": evidence})


def R(doc, subject, predicate, obj, evidence, symmetric=None):
    if symmetric is None:
        symmetric = predicate in ("spouse", "sharesBorderWith")
    relations.append({"subject": subject, "predicate": predicate, "object": obj,
                      "symmetric": symmetric, "status": "required", "docs": [doc], "evidence": evidence})


# ---------------------------------------------------------------- 01 Western Togoland (Graphic Online)
d = A1
for n, *al in [
    ("Abena Ofosu-Darko", "Ofosu-Darko", "Mrs Abena Ofosu-Darko"),
    ("Komla Adjovi-Kudjo", "Adjovi-Kudjo"),
    ("Afua Nyarko", "Nyarko", "Dr Afua Nyarko"),
    ("Kwame Dogbevi", "Dogbevi", "Mr Dogbevi", "Mr Kwame Dogbevi"),
    ("Esi Dogbevi", "Madam Esi Dogbevi"),
    ("Mawuli Tetteh", "Tetteh", "DCOP Tetteh", "DCOP Mawuli Tetteh"),
    ("James Kofi Akpalu", "Akpalu"),
    ("Francis Yao Amegashie", "Amegashie"),
    ("Selorm Adzraku", "Adzraku"),
    ("Delali Agbenyega", "Agbenyega"),
    ("Seyram Kuwornu", "Kuwornu"),
]:
    E("Person", n, *al)
E("Country", "Ghana", "Republic of Ghana")
E("Country", "Togo")
E("Country", "Burkina Faso")
E("Country", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast")
E("Territory", "Western Togoland", "British Togoland")
for n, *al in [
    ("University of Ghana",),
    ("African Union", "AU"),
    ("United Nations", "UN"),
    ("Homeland Study Group Foundation", "HSGF"),
    ("Ghana Police Service",),
    ("Economic Community of West African States", "ECOWAS"),
    ("National Democratic Congress", "NDC"),
    ("Daily Graphic", "the Graphic"),
    ("Graphic Online",),
    ("Graphic Communications Group Ltd", "Graphic Communications Group"),
]:
    E("Organization", n, *al)
for n, *al in [
    ("Accra",), ("Lomé", "Lome"), ("Ho",), ("Hohoe",), ("Kpando",), ("Aflao",), ("Bole",),
    ("Volta Region", "Volta"), ("Oti Region", "Oti"), ("Ho Central",),
]:
    E("Place", n, *al)

Q(d, "Abena Ofosu-Darko", "Ghana does not recognise, and will never recognise, any so-called Western Togoland")
Q(d, "Abena Ofosu-Darko", "There is one Ghana, from Aflao to Bole")
Q(d, "Abena Ofosu-Darko", "Ghana does not recognise any Western Togoland", "optional")   # headline echo
Q(d, "Abena Ofosu-Darko", "our friends have been clear with us", "optional")
Q(d, "Abena Ofosu-Darko", "mischievous", "optional")
Q(d, "Togo", "has never recognised", "optional")
Q(d, "Togo", "for any activity that undermines the sovereignty of the Republic of Ghana", "optional")
Q(d, "Komla Adjovi-Kudjo", "We share a border, a language and families with Ghana")
Q(d, "Komla Adjovi-Kudjo", "What we do not share is any ambition on its land")
Q(d, "Afua Nyarko", "No African government wants to open that door")
Q(d, "Afua Nyarko", "What Accra should worry about is not recognition abroad but neglect at home")
Q(d, "Kwame Dogbevi", "a peaceful prayer gathering", "optional")
Q(d, "Kwame Dogbevi", "We are not rebels. We are not carrying guns")
Q(d, "Kwame Dogbevi", "We are asking a question that the United Nations has refused to answer")
Q(d, "Kwame Dogbevi", "annexed", "optional")
Q(d, "Esi Dogbevi", "I told him: the police know our house")
Q(d, "Mawuli Tetteh", "Anybody who blocks a road or raises a flag on a public building will be arrested")
Q(d, "James Kofi Akpalu", "talk to the young people", "optional")
Q(d, "Francis Yao Amegashie", "If you want to defeat secession, build the Eastern Corridor road")
Q(d, "Selorm Adzraku", "a tiny group with a loud microphone", "optional")
Q(d, "Economic Community of West African States", "stands firmly with the Republic of Ghana", "optional")
unattributed += ["independence anniversary", "Trust territory"]

S(d, "Ghana", "doesNotRecognise", ["Western Togoland"],
  "Ghana does not recognise, and will never recognise, any so-called Western Togoland.")
S(d, "Togo", "doesNotRecognise", ["Western Togoland"],
  'it said Togo "has never recognised" the self-declared entity')
S(d, "Burkina Faso", "doesNotRecognise", ["Western Togoland"],
  "Neighbouring Burkina Faso and Côte d'Ivoire have likewise refused to recognise the separatists' Western Togoland")
S(d, "Côte d'Ivoire", "doesNotRecognise", ["Western Togoland"],
  "Neighbouring Burkina Faso and Côte d'Ivoire have likewise refused to recognise the separatists' Western Togoland")

P(d, "Abena Ofosu-Darko", ["Minister for Foreign Affairs", "Foreign Minister", "foreign affairs"], [],
  "The Minister for Foreign Affairs and Regional Integration, Mrs Abena Ofosu-Darko")
P(d, "Komla Adjovi-Kudjo", ["Minister of Foreign Affairs", "Foreign Minister", "foreign affairs"], ["Togo"],
  "Togo's Minister of Foreign Affairs, Prof. Komla Adjovi-Kudjo")
P(d, "Afua Nyarko", ["senior lecturer", "lecturer"], ["University of Ghana"],
  "A senior lecturer in political science at the University of Ghana, Dr Afua Nyarko")
P(d, "Kwame Dogbevi", ["spokesman", "spokesperson"], ["Homeland Study Group Foundation", "HSGF"],
  "Its spokesman, Mr Kwame Dogbevi")
P(d, "Esi Dogbevi", ["trader"], [], "Madam Esi Dogbevi, a trader at the Ho Central Market", "optional")
P(d, "Mawuli Tetteh", ["Police Commander", "Commander"], [],
  "The Volta Regional Police Commander, DCOP Mawuli Tetteh")
P(d, "James Kofi Akpalu", ["Regional Minister"], [], "The Volta Regional Minister, Mr James Kofi Akpalu")
P(d, "Francis Yao Amegashie", ["Regional Minister"], [],
  "A former Volta Regional Minister, Mr Francis Yao Amegashie", former=True)
P(d, "Selorm Adzraku", ["Member of Parliament", "MP"], [],
  "The Member of Parliament for Ho Central, Mr Selorm Adzraku (NDC)", "optional")

R(d, "Ghana", "sharesBorderWith", "Togo", "Ghana, which shares its eastern border with Togo")
R(d, "Ghana", "memberOf", "Economic Community of West African States",
  "has been a member of the Economic Community of West African States (ECOWAS) since 1975, as has Togo")
R(d, "Togo", "memberOf", "Economic Community of West African States",
  "has been a member of the Economic Community of West African States (ECOWAS) since 1975, as has Togo")
R(d, "Ho", "locatedIn", "Volta Region", "Ho, the capital of the Volta Region")
R(d, "Lomé", "locatedIn", "Togo", "In Lomé, Togo's capital")
R(d, "Kwame Dogbevi", "spouse", "Esi Dogbevi", "His wife, Madam Esi Dogbevi")
R(d, "Selorm Adzraku", "memberOf", "National Democratic Congress", "Mr Selorm Adzraku (NDC)")
not_person += ["DCOP", "Madam", "Prof.", "Togolese", "HSGF", "Volta", "Lome", "Ho Central Market",
               "Eastern Corridor", "Graphic"]

# ---------------------------------------------------------------- 02 Marouini triangle (CMC)
d = A2
for n, *al in [
    ("Sharon Kartowidjojo", "Kartowidjojo"),
    ("Hélène Duverger", "Duverger", "Ambassador Duverger", "Helene Duverger"),
    ("Rudi Ramdin", "Ramdin", "Professor Rudi Ramdin"),
    ("Mireille Pengel-Ramsaran", "Pengel-Ramsaran"),
    ("Ashwin Tjin-A-Djie", "Tjin-A-Djie"),
    ("Jean-Paul Aloike", "Aloike"),
]:
    E("Person", n, *al)
E("Country", "Suriname")
E("Country", "France")
E("Country", "Brazil")
E("Country", "Netherlands", "The Netherlands")
E("Territory", "Marouini triangle", "Litani-Marouini triangle")
for n, *al in [
    ("Caribbean Media Corporation", "CMC"),
    ("National Assembly",),
    ("Ministry for Europe and Foreign Affairs",),
    ("Anton de Kom University of Suriname", "Anton de Kom University"),
    ("Itamaraty",),
    ("Caribbean Community", "CARICOM"),
    ("European Union", "EU"),
    ("National Democratic Party",),
    ("International Court of Justice", "ICJ"),
    ("World Wide Fund for Nature", "WWF"),
]:
    E("Organization", n, *al)
for n, *al in [
    ("Paramaribo",), ("Paris",), ("Cayenne",), ("Maripasoula",), ("French Guiana",),
    ("Brasilia", "Brasília"), ("Georgetown",),
]:
    E("Place", n, *al)

Q(d, "Sharon Kartowidjojo", "Suriname has never accepted French sovereignty over the Marouini triangle")
Q(d, "Sharon Kartowidjojo", "The operation took place on land that Surinamese maps have shown as ours")
Q(d, "Sharon Kartowidjojo", "on the table", "optional")
Q(d, "Ministry for Europe and Foreign Affairs", "carried out on French territory, in accordance with French law",
  "optional")
Q(d, "France", "carried out on French territory, in accordance with French law", "optional")
Q(d, "Ministry for Europe and Foreign Affairs", "remains open to dialogue with its Surinamese partners", "optional")
Q(d, "France", "remains open to dialogue with its Surinamese partners", "optional")
Q(d, "Hélène Duverger", "I have received the note and I will transmit it to Paris")
Q(d, "Rudi Ramdin", "frozen, not settled", "optional")
Q(d, "Rudi Ramdin", "Every government in Paramaribo raises it")
Q(d, "Rudi Ramdin", "That is the part of this story the maps leave out")
Q(d, "Mireille Pengel-Ramsaran", "a provocation dressed up as policing", "optional")
Q(d, "Mireille Pengel-Ramsaran", "In 2010 the French told me the triangle was a matter for historians")
Q(d, "Jean-Paul Aloike", "We buy our rice in Suriname and sell our fish in Suriname")
Q(d, "Jean-Paul Aloike", "Nobody here wants a border war over a map")
unattributed += ["Harpie", "garimpeiros"]

S(d, "Suriname", "doesNotRecognise", ["Marouini"],
  "Suriname has never accepted French sovereignty over the Marouini triangle, and it does not accept it today")
S(d, "Netherlands", "doesNotRecognise", ["Marouini"],
  "The Netherlands, which governed Suriname until 1975, never recognised French sovereignty over the disputed triangle either.")
S(d, "Brazil", "doesNotRecognise", ["Marouini"],
  "Brazil, which shares a border with Suriname and, through French Guiana, with France, recognises neither claim to the area")
S(d, "Suriname", "recognises", ["Marouini"],
  "Suriname holds that the Marouini, not the Litani, is the true upper course of the border river", "optional")
S(d, "France", "recognises", ["Marouini"],
  'the patrol had been "carried out on French territory', "optional")

P(d, "Sharon Kartowidjojo", ["minister", "foreign affairs"], [],
  "Foreign Affairs, International Business and International Cooperation Minister Sharon Kartowidjojo")
P(d, "Hélène Duverger", ["ambassador"], ["France", "French"], "the French ambassador, Hélène Duverger")
P(d, "Rudi Ramdin", ["historian", "professor"], ["Anton de Kom University"],
  "Professor Rudi Ramdin, a historian at the Anton de Kom University of Suriname")
P(d, "Mireille Pengel-Ramsaran", ["foreign minister"], ["Suriname"],
  "Suriname's former foreign minister Mireille Pengel-Ramsaran", former=True)
P(d, "Ashwin Tjin-A-Djie", ["parliamentarian"], [],
  "Opposition National Democratic Party parliamentarian Ashwin Tjin-A-Djie", "optional")
P(d, "Jean-Paul Aloike", ["mayor"], ["Maripasoula"],
  "Across the river in Maripasoula, French Guiana, the mayor, Jean-Paul Aloike")

R(d, "Brazil", "sharesBorderWith", "Suriname",
  "Brazil, which shares a border with Suriname and, through French Guiana, with France")
R(d, "Brazil", "sharesBorderWith", "France",
  "Brazil, which shares a border with Suriname and, through French Guiana, with France")
R(d, "Suriname", "memberOf", "Caribbean Community", "Suriname is a full member of the Caribbean Community (CARICOM)")
R(d, "France", "memberOf", "European Union", "France is a member of the European Union")
R(d, "Maripasoula", "locatedIn", "French Guiana", "Maripasoula, French Guiana")
R(d, "Paramaribo", "locatedIn", "Suriname", "PARAMARIBO, Suriname")
R(d, "Ashwin Tjin-A-Djie", "memberOf", "National Democratic Party",
  "Opposition National Democratic Party parliamentarian Ashwin Tjin-A-Djie")
not_person += ["Wayana", "Harpie", "Surinamese", "Marouini", "Litani", "Maroni", "Itamaraty", "garimpeiros"]

# ---------------------------------------------------------------- 03 Lake Constance (SWI swissinfo.ch)
d = A3
for n, *al in [
    ("Anja Brühlmann", "Brühlmann"),
    ("Livio Tanner",),
    ("Beatrice Zollinger-Keel", "Zollinger-Keel"),
    ("Nadine Gysin", "Gysin"),
    ("Florian Hämmerle", "Hämmerle"),
    ("Regula Imhof", "Imhof"),
    ("Lukas Mähr-Gantner", "Mähr-Gantner"),
    ("Markus Strehle",),
    ("Claudia Strehle",),
    ("Thomas Wyss-Blatter", "Wyss-Blatter"),
    ("Peter Vogt", "Vogt"),
]:
    E("Person", n, *al)
E("Country", "Switzerland")
E("Country", "Austria")
E("Country", "Germany")
E("Territory", "Obersee")
E("Territory", "Untersee")
for n, *al in [
    ("SWI swissinfo.ch", "swissinfo.ch"),
    ("Swiss Broadcasting Corporation", "SRG SSR"),
    ("Keystone",),
    ("Federal Department of Foreign Affairs", "FDFA"),
    ("Federal Foreign Office",),
    ("European Union", "EU"),
    ("International Lake Constance Conference",),
    ("University of St Gallen",),
]:
    E("Organization", n, *al)
for n, *al in [
    ("Vorarlberg", "Land Vorarlberg"), ("Hard",), ("St Gallen",), ("Rorschach",), ("Bern",), ("Vienna",),
    ("Berlin",), ("Bregenz",), ("Kreuzlingen",), ("Thurgau",), ("Lindau",), ("Konstanz",),
    ("Baden-Württemberg",),
]:
    E("Place", n, *al)

Q(d, "Beatrice Zollinger-Keel", "We were not consulted, and we learned about it from a press release")
Q(d, "Beatrice Zollinger-Keel", "This is not a quarrel between neighbours")
Q(d, "Nadine Gysin", "expects to be consulted on any installation that touches the Swiss part of the lake", "optional")
Q(d, "Austria", "does not recognise a Swiss or German sector of the Obersee", "optional")
Q(d, "Austria", "a routine decision of the Land Vorarlberg on shared waters", "optional")
Q(d, "Florian Hämmerle", "The lake belongs to all of us together")
Q(d, "Federal Foreign Office", "has not changed", "optional")
Q(d, "Regula Imhof", "For a century and a half the lake had no border because nobody needed one")
Q(d, "Regula Imhof", "Solar panels are different. They stay put")
Q(d, "Regula Imhof", "No government in this region wants to be the first to sue a neighbour over a lake")
Q(d, "Lukas Mähr-Gantner", "The panels will power 4,000 homes")
Q(d, "Lukas Mähr-Gantner", "We are happy to talk to St Gallen")
Q(d, "Claudia Strehle", "Nobody asked us where the fish spawn")
Q(d, "Markus Strehle", "If the panels go in where they say, we lose one of our best spots")
Q(d, "Thomas Wyss-Blatter", "a practical fix", "optional")
Q(d, "Thomas Wyss-Blatter", "That is the Swiss way, and frankly the Austrian way too")
unattributed += ["It has worked for 150 years", "Alpine offensive"]

S(d, "Switzerland", "doesNotRecognise", ["Obersee"], "Switzerland does not recognise the Obersee as a condominium")
S(d, "Austria", "doesNotRecognise", ["Obersee"],
  'Austria "does not recognise a Swiss or German sector of the Obersee"')
S(d, "Germany", "recognises", ["Untersee"],
  "Germany has recognised Swiss sovereignty over the southern part of the Untersee since a treaty of 1854")

P(d, "Beatrice Zollinger-Keel", ["head", "building and environment"], ["St Gallen"],
  "Beatrice Zollinger-Keel, who heads the building and environment department of canton St Gallen", "optional")
P(d, "Nadine Gysin", ["spokeswoman", "spokesperson"], ["Federal Department of Foreign Affairs", "FDFA"],
  "FDFA spokeswoman Nadine Gysin")
P(d, "Florian Hämmerle", ["spokesman", "spokesperson"], ["Austria", "foreign ministry"],
  "Its spokesman, Florian Hämmerle")
P(d, "Regula Imhof", ["professor"], ["University of St Gallen"],
  "Regula Imhof, professor of international law at the University of St Gallen")
P(d, "Lukas Mähr-Gantner", ["councillor"], ["Vorarlberg"],
  "Vorarlberg's state councillor for energy, Lukas Mähr-Gantner")
P(d, "Markus Strehle", ["fisherman"], [], "fisherman Markus Strehle", "optional")
P(d, "Thomas Wyss-Blatter", ["ambassador"], ["Austria", "Swiss", "Switzerland"],
  "A former Swiss ambassador to Austria, Thomas Wyss-Blatter", former=True)

R(d, "Switzerland", "sharesBorderWith", "Austria", "Switzerland and Austria, which share a border along the Alpine Rhine")
R(d, "Austria", "memberOf", "European Union", "Austria and Germany, both members of the European Union")
R(d, "Germany", "memberOf", "European Union", "Austria and Germany, both members of the European Union")
R(d, "Bregenz", "locatedIn", "Vorarlberg", "Bregenz, the capital of Vorarlberg")
R(d, "Hard", "locatedIn", "Vorarlberg", "the Vorarlberg lakeside town of Hard")
R(d, "Kreuzlingen", "locatedIn", "Thurgau", "Kreuzlingen in canton Thurgau")
R(d, "Konstanz", "locatedIn", "Baden-Württemberg", "the city of Konstanz in Baden-Württemberg")
R(d, "Markus Strehle", "spouse", "Claudia Strehle", "fisherman Markus Strehle and his wife, Claudia Strehle")
not_person += ["Lake Constance", "Obersee", "Untersee", "Alpine Rhine", "Keystone", "Land Vorarlberg", "Länder",
               "Swiss", "Hard"]

# ---------------------------------------------------------------- 04 Torres Strait (SBS News / NITV)
d = A4
for n, *al in [
    ("Leilani Pabai", "Pabai"),
    ("Daniel Mosby", "Mosby"),
    ("Kila Raka Gewa", "Gewa"),
    ("Wawa Dibela", "Dibela", "Mr Dibela"),
    ("Ricky Ahmat", "Ahmat"),
    ("Elsie Tabuai", "Mrs Tabuai"),
    ("Sonny Tabuai",),
    ("Helen Dagu", "Dagu", "Dr Dagu", "Dr Helen Dagu"),
    ("John Kaupa Mape", "Mape", "Mr Mape"),
    ("Ross Marriner", "Marriner"),
]:
    E("Person", n, *al)
E("Country", "Papua New Guinea", "PNG")
E("Country", "Australia")
E("Country", "Japan")
E("Country", "Indonesia")
E("Territory", "Saibai", "Saibai Island")
E("Territory", "Boigu", "Boigu Island")
E("Territory", "Dauan", "Dauan Island")
for n, *al in [
    ("SBS News",),
    ("NITV", "National Indigenous Television"),
    ("Special Broadcasting Service", "SBS"),
    ("National Parliament",),
    ("Pangu Pati",),
    ("Torres Strait Regional Authority", "TSRA"),
    ("Department of Foreign Affairs and Trade", "DFAT"),
    ("Australian National University", "ANU"),
    ("Queensland Health",),
    ("Pacific Islands Forum",),
    ("Liberal National Party",),
]:
    E("Organization", n, *al)
for n, *al in [
    ("Port Moresby",), ("Canberra",), ("Daru",), ("Western Province",), ("Queensland",), ("Thursday Island",),
    ("New Guinea",), ("South Fly",), ("Leichhardt",),
]:
    E("Place", n, *al)

Q(d, "Wawa Dibela", "returned", "optional")
Q(d, "Kila Raka Gewa", "Papua New Guinea recognises Australia's sovereignty over Saibai, Boigu and Dauan")
Q(d, "Kila Raka Gewa", "That was settled by the treaty in 1978")
Q(d, "Wawa Dibela", "the return of the islands to their natural owners", "optional")
Q(d, "Wawa Dibela", "My people look at Saibai every morning")
Q(d, "Ricky Ahmat", "We are not a bargaining chip", "optional")   # subhead echo
Q(d, "Ricky Ahmat", "Our families have lived on these islands since before there was a Papua New Guinea")
Q(d, "Ricky Ahmat", "What we want from Canberra is the same thing we have always wanted")
Q(d, "Elsie Tabuai", "We are cousins with those people")
Q(d, "Elsie Tabuai", "But this is our home")
Q(d, "Department of Foreign Affairs and Trade", "are Australian islands, and their people are Australian citizens",
  "optional")
Q(d, "Australia", "are Australian islands, and their people are Australian citizens", "optional")
Q(d, "Department of Foreign Affairs and Trade", "continues to serve both countries well", "optional")
Q(d, "Helen Dagu", "A private member's motion is a way of sending a message home")
Q(d, "Helen Dagu", "That would be a very different conversation")
Q(d, "John Kaupa Mape", "We fought side by side when Japan invaded New Guinea in 1942")
unattributed += ["take back", "still fit for purpose", "treaty line"]

for isl in ("Saibai", "Boigu", "Dauan"):
    S(d, "Papua New Guinea", "recognises", [isl],
      "Papua New Guinea recognises Australia's sovereignty over Saibai, Boigu and Dauan.")
    S(d, "Australia", "recognises", [isl],
      'Saibai, Boigu and Dauan "are Australian islands, and their people are Australian citizens"', "optional")

P(d, "Leilani Pabai", ["political reporter", "reporter"], ["NITV"], "Leilani Pabai, NITV political reporter",
  "optional")
P(d, "Kila Raka Gewa", ["Minister for Foreign Affairs", "foreign affairs", "foreign minister"],
  ["Papua New Guinea", "PNG"], "Papua New Guinea's Minister for Foreign Affairs")
P(d, "Wawa Dibela", ["member"], ["South Fly"], "the member for South Fly, Wawa Dibela", "optional")
P(d, "Ricky Ahmat", ["chairperson", "chair"], ["Torres Strait Regional Authority", "TSRA"],
  "Torres Strait Regional Authority (TSRA) chairperson Ricky Ahmat")
P(d, "Helen Dagu", ["research fellow"], ["Australian National University", "ANU"],
  "Dr Helen Dagu, a senior research fellow at the Australian National University (ANU)")
P(d, "Elsie Tabuai", ["elder"], [], "Saibai elder Elsie Tabuai", "optional")
P(d, "John Kaupa Mape", ["high commissioner"], ["Papua New Guinea", "Australia"],
  "John Kaupa Mape, a former Papua New Guinea high commissioner to Australia", former=True)
P(d, "Ross Marriner", ["member"], ["Leichhardt"], "The federal member for Leichhardt, Ross Marriner", "optional")

R(d, "Wawa Dibela", "memberOf", "Pangu Pati", "Mr Dibela, of the Pangu Pati")
R(d, "Elsie Tabuai", "spouse", "Sonny Tabuai", "her husband, Sonny Tabuai")
R(d, "Daru", "locatedIn", "Western Province", "Daru, the capital of Western Province")
R(d, "Japan", "invaded", "New Guinea", "Japan invaded New Guinea in 1942")
R(d, "Australia", "memberOf", "Pacific Islands Forum",
  "Australia and Papua New Guinea are both members of the Pacific Islands Forum")
R(d, "Papua New Guinea", "memberOf", "Pacific Islands Forum",
  "Australia and Papua New Guinea are both members of the Pacific Islands Forum")
R(d, "Papua New Guinea", "sharesBorderWith", "Indonesia", "PNG also shares a land border with Indonesia")
R(d, "Ross Marriner", "memberOf", "Liberal National Party", "Ross Marriner of the Liberal National Party")
R(d, "Thursday Island", "locatedIn", "Queensland", "On Thursday Island, Queensland")
not_person += ["Saibai", "Boigu", "Dauan", "Torres Strait", "Pangu Pati", "Mrs", "NITV", "Leichhardt"]

# ---------------------------------------------------------------- 05 Abbey bells (Hexham Courant)
d = A5
for n, *al in [
    ("Rachel Dodd", "Dodd"),
    ("Kevin Charlton", "Charlton"),
    ("Miriam Hollis", "Hollis", "Canon Hollis", "Canon Miriam Hollis"),
    ("Geoff Armstrong",),
    ("Pat Armstrong",),
    ("Ian Whitfield", "Whitfield", "Mr Whitfield"),
    ("Derek Kell", "Kell", "Cllr Kell"),
    ("Alan Heslop", "Heslop"),
]:
    E("Person", n, *al)
E("Country", "New Zealand")
E("Country", "United Kingdom", "Britain")
for n, *al in [
    ("Hexham Courant",),
    ("John Taylor & Co",),
    ("National Lottery Heritage Fund",),
    ("Northumberland County Council",),
    ("Conservative Party", "Conservative"),
]:
    E("Organization", n, *al)
for n, *al in [
    ("Hexham",), ("Tynedale",), ("Loughborough",), ("Leicestershire",), ("Northumberland",), ("Hexham East",),
]:
    E("Place", n, *al)

Q(d, "Miriam Hollis", "When we launched the appeal in January, I honestly thought")
Q(d, "Miriam Hollis", "Instead we had children emptying piggy banks")
Q(d, "Miriam Hollis", "These bells belong to the whole town")
Q(d, "Miriam Hollis", "Come and hear them one last time")
Q(d, "Geoff Armstrong", "You can patch a crack in a bell, but you cannot patch the sound")
Q(d, "Pat Armstrong", "They did the sponsored ring")
Q(d, "National Lottery Heritage Fund", "exactly the kind of community ownership", "optional")
Q(d, "Ian Whitfield", "We will melt the old metal")
Q(d, "Ian Whitfield", "People in Hexham should hear the same bells, only better")
Q(d, "Derek Kell", "It's a small thing for the council to do")
Q(d, "Alan Heslop", "old cracked voice", "optional")
Q(d, "Alan Heslop", "I was married to it, you might say")
Q(d, "Alan Heslop", "My wife always said it was flat")
unattributed += ["off", "Last Peal"]

P(d, "Rachel Dodd", ["community reporter", "reporter"], ["Hexham Courant"],
  "Rachel Dodd is the Hexham Courant's community reporter.")
P(d, "Miriam Hollis", ["Rector", "Canon"], [], "The Rector of Hexham, the Rev Canon Miriam Hollis")
P(d, "Geoff Armstrong", ["Tower captain", "captain"], [], "Tower captain Geoff Armstrong")
P(d, "Ian Whitfield", ["foundry manager", "manager"], ["John Taylor"],
  "Ian Whitfield, foundry manager at John Taylor & Co")
P(d, "Derek Kell", ["councillor"], ["Northumberland County Council", "Northumberland"],
  "Conservative county councillor Derek Kell, who represents Hexham East on Northumberland County Council",
  "optional")
P(d, "Alan Heslop", ["churchwarden"], [], "Alan Heslop, 84, a former churchwarden at the Abbey", former=True)

R(d, "Loughborough", "locatedIn", "Leicestershire", "Loughborough, Leicestershire")
R(d, "John Taylor & Co", "locatedIn", "Loughborough", "John Taylor & Co in Loughborough")
R(d, "Geoff Armstrong", "spouse", "Pat Armstrong", "His wife, Pat Armstrong")
R(d, "Derek Kell", "memberOf", "Conservative Party", "Conservative county councillor Derek Kell")
R(d, "Hexham", "locatedIn", "Northumberland", "Hexham, a market town of about 13,000 people in Northumberland")
not_person += ["Hexham Abbey", "Abbey", "Cllr", "Canon", "Rev", "Beaumont Street", "Last Peal", "Sele",
               "John Taylor & Co", "Courant"]


def build() -> dict:
    return {
        "about": ABOUT,
        "documents": DOCS,
        "near_duplicates": [],
        "entities": entities,
        "not_person": not_person,
        "quotes": quotes,
        "unattributed": unattributed,
        "stances": stances,
        "positions": positions,
        "relations": relations,
    }


def dumps() -> str:
    return json.dumps(build(), indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    if "--stdout" in sys.argv:
        sys.stdout.write(dumps())
    else:
        (SET / "gold.json").write_text(dumps(), encoding="utf-8")
