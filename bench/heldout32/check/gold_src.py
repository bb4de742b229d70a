#!/usr/bin/env python3
"""Writes bench/heldout32/gold.json: the hand-made gold standard for bench/heldout32/articles.

Every fact below was read off the articles by hand. Run from anywhere:
    python bench/heldout32/check/gold_src.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

A1 = "01_efe_annobon.txt"
A2 = "02_bdnews24_dahagram.txt"
A3 = "03_romaniainsider_snake_island.txt"
A4 = "04_islandsbusiness_kanaky.txt"
A5 = "05_yukonnews_games_centre_ice.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = """Writes bench/heldout32/gold.json: the hand-made gold standard for bench/heldout32/articles.

Every fact was read off the articles by hand. The format is that of shared/eval/seeds-gold.json.
quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an explicit
speaker (name, surname, honorific + name, pronoun, or a role or body such as `the chief`, `the former agent`,
`the reply`), including sentences after the cue, colon quotes and every paragraph of a multi-paragraph quote.
`optional` = partial quotes, fragments, nested quotes (credited to the outer speaker) and statements that may
also be credited to a second holder (a body's words for its country). Anonymous speakers (a Nigerian diplomat)
are not listed, so any attribution of them counts as wrong. `unattributed` = scare quotes, a headline quote and
a subhead that nobody says, and quoted related-story headlines.
stances: polarity follows the wording. Required: explicit stances of a country (also through a ministry, a
minister speaking for `his government`, or a list of holders). Optional: a claimant's own claim. No stance:
questions, conditionals (`would recognise Kanaky "the day its people choose it"`), holders that are not
countries (a party, the AU, the Forum Secretariat), recognition of agreements or judgments.
positions: `of_any` is empty when the text names no organisation or country next to the title. Former titles
and byline / author-footer titles are required; occupations and parliamentary or council seats are optional.
relations: only what the text states (spouse, sharesBorderWith, invaded, annexed, memberOf, locatedIn).
entities: every person, organisation, country, territory and place named in the article text, including
bylines, photo credits, copyright lines and related-story lines. Not entities: seas, rivers, gulfs, buildings,
corridors' gates, events (games), agreements, brands and unnamed bodies (`the foreign ministry`, `the Yukon
government`). Capitals used for governments are places, not aliases of the country.
Each stance, position and relation carries `doc` and a verbatim `evidence` string."""

ENTITIES: list[dict] = []
NOT_PERSON: list[str] = []
QUOTES: list[dict] = []
UNATTRIBUTED: list[str] = []
STANCES: list[dict] = []
POSITIONS: list[dict] = []
RELATIONS: list[dict] = []


def ent(type_, name, *aliases):
    ENTITIES.append({"type": type_, "name": name, "aliases": list(aliases)})


def P(name, *aliases):
    ent("Person", name, *aliases)


def O(name, *aliases):
    ent("Organization", name, *aliases)


def C(name, *aliases):
    ent("Country", name, *aliases)


def T(name, *aliases):
    ent("Territory", name, *aliases)


def L(name, *aliases):
    ent("Place", name, *aliases)


def q(doc, speaker, key, status="required"):
    QUOTES.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def st(doc, country, stance, territory_any, evidence, status="required"):
    STANCES.append({"country": country, "stance": stance, "territory_any": territory_any, "docs": [doc],
                    "status": status, "evidence": evidence})


def pos(doc, person, title_any, of_any, evidence, status="required", former=False):
    POSITIONS.append({"person": person, "title_any": title_any, "of_any": of_any, "status": status,
                      "former": former, "doc": doc, "evidence": evidence})


SYMMETRIC = {"spouse", "sharesBorderWith"}


def rel(doc, subject, predicate, object_, evidence):
    RELATIONS.append({"subject": subject, "predicate": predicate, "object": object_,
                      "symmetric": predicate in SYMMETRIC, "status": "required", "doc": doc,
                      "evidence": evidence})


# ---------------------------------------------------------------- 01 EFE: Annobón
d = A1
C("Equatorial Guinea")
C("Spain")
C("São Tomé and Príncipe", "Sao Tome and Principe")
C("Gabon")
C("Cameroon")
C("Nigeria")
C("Portugal")
T("Annobón", "Annobon", "Republic of Annobón", "Republic of Annobon")
O("EFE", "Agencia EFE")
O("Ambo Legadu")
O("United Nations", "UN")
O("African Union")
O("African Union Commission")
O("Ministry of Foreign Affairs, European Union and Cooperation")
O("Economic Community of Central African States", "ECCAS")
O("OPEC")
L("Malabo")
L("Madrid")
L("San Antonio de Palé", "San Antonio de Pale")
L("Bioko", "Fernando Póo", "Fernando Poo")
L("São Tomé", "Sao Tome")
L("Abuja")
L("Alcalá de Henares", "Alcala de Henares")
P("Crescencio Mangue Obama")
P("Faustino Veiga Lemos", "Veiga Lemos")
P("Rufino Esono Nguema", "Esono", "Esono Nguema")
P("Ignacio Barreda Solís", "Barreda Solís", "Barreda")
P("Adelina Costa Pinheiro", "Costa Pinheiro")
P("Nicolasa Buaki")
P("Damián Buaki", "Damian Buaki")
NOT_PERSON += ["Annobonese", "Equatorial Guinean", "Annobón", "EFE", "Malabo", "San Antonio de Palé", "Palé",
               "Ambo Legadu", "Bioko", "Fernando Póo", "ECCAS", "OPEC", "EFE Verifica"]

q(d, "Ambo Legadu", "every free nation", "optional")
q(d, "Faustino Veiga Lemos", "We are not asking for charity")
q(d, "Faustino Veiga Lemos", "Our people have lived for decades without electricity")
q(d, "Faustino Veiga Lemos", "The world must choose between Malabo and the truth")
q(d, "Rufino Esono Nguema", "Annobón is Equatorial Guinea and will remain Equatorial Guinea")
q(d, "Rufino Esono Nguema", "Those gentlemen in Madrid represent nobody on the island")
q(d, "Rufino Esono Nguema", "a republic with a website", "optional")
q(d, "Ministry of Foreign Affairs, European Union and Cooperation",
  "recognises Annobón as an integral part of Equatorial Guinea", "optional")
q(d, "Spain", "recognises Annobón as an integral part of Equatorial Guinea", "optional")
q(d, "Ministry of Foreign Affairs, European Union and Cooperation",
  "Spain maintains close and respectful relations with the Government of Equatorial Guinea")
q(d, "Spain", "Spain maintains close and respectful relations with the Government of Equatorial Guinea",
  "optional")
q(d, "Ministry of Foreign Affairs, European Union and Cooperation", "a matter for Spanish law", "optional")
q(d, "Ignacio Barreda Solís", "There is a sense of historical debt to the Annobonese")
q(d, "Adelina Costa Pinheiro", "São Tomé and Príncipe does not recognise, and will not recognise")
q(d, "Adelina Costa Pinheiro", "We have one neighbour in those waters")
q(d, "African Union Commission", "upholds the territorial integrity of its member states", "optional")
q(d, "African Union Commission", "dialogue between the Government and the population of Annobón", "optional")
q(d, "Nicolasa Buaki", "My brothers wait weeks for a boat to Malabo")
q(d, "Nicolasa Buaki", "patience, patience", "optional")
q(d, "Damián Buaki", "Independence is a big word")
q(d, "Rufino Esono Nguema", "This is not a liberation struggle")
q(d, "Rufino Esono Nguema", "It is a Facebook page with a flag")
UNATTRIBUTED += ["fantasy republic", "A FORGOTTEN ISLAND"]

st(d, "Spain", "recognises", ["Annobón"],
   'Spain "recognises Annobón as an integral part of Equatorial Guinea"')
st(d, "São Tomé and Príncipe", "doesNotRecognise", ["Republic of Annobón", "Annobón"],
   '"São Tomé and Príncipe does not recognise, and will not recognise, any so-called Republic of Annobón,"')
for c in ("Gabon", "Cameroon"):
    st(d, c, "recognises", ["Annobón"],
       "Gabon and Cameroon, which share Equatorial Guinea's land borders on the mainland, also said through "
       "their embassies in Malabo that they recognise Annobón as Equatorial Guinean territory.")
st(d, "Equatorial Guinea", "recognises", ["Annobón"],
   '"Annobón is Equatorial Guinea and will remain Equatorial Guinea.', "optional")

pos(d, "Rufino Esono Nguema", ["minister of information", "information minister"], ["Equatorial Guinea"],
    "Equatorial Guinea's minister of information and government spokesman, Rufino Esono Nguema")
pos(d, "Rufino Esono Nguema", ["spokesman"], ["Equatorial Guinea", "government"],
    "Equatorial Guinea's minister of information and government spokesman, Rufino Esono Nguema")
pos(d, "Faustino Veiga Lemos", ["prime minister"], ["Republic of Annobón", "Annobón", "republic"],
    "Faustino Veiga Lemos, who styles himself prime minister of the self-declared republic", "optional")
pos(d, "Ignacio Barreda Solís", ["ambassador"], ["Spain", "Spanish", "Malabo", "Equatorial Guinea"],
    "Ignacio Barreda Solís, a former Spanish ambassador to Malabo", former=True)
pos(d, "Adelina Costa Pinheiro", ["foreign minister"], ["São Tomé and Príncipe"],
    "Its foreign minister, Adelina Costa Pinheiro, was blunt.")
pos(d, "Nicolasa Buaki", ["nurse"], [],
    "Nicolasa Buaki, a 58-year-old nurse from San Antonio de Palé", "optional")
pos(d, "Damián Buaki", ["merchant sailor", "sailor"], [],
    "Her husband, a retired merchant sailor, was more cautious.", "optional", former=True)

rel(d, "Gabon", "sharesBorderWith", "Equatorial Guinea",
    "Gabon and Cameroon, which share Equatorial Guinea's land borders on the mainland")
rel(d, "Cameroon", "sharesBorderWith", "Equatorial Guinea",
    "Gabon and Cameroon, which share Equatorial Guinea's land borders on the mainland")
for c in ("Gabon", "Cameroon", "Equatorial Guinea"):
    rel(d, c, "memberOf", "Economic Community of Central African States",
        "Both countries sit with Equatorial Guinea in the Economic Community of Central African States (ECCAS).")
rel(d, "Equatorial Guinea", "memberOf", "OPEC", "Equatorial Guinea, a member of OPEC since 2017")
rel(d, "Malabo", "locatedIn", "Bioko", "Malabo, the capital, lies on Bioko")
rel(d, "San Antonio de Palé", "locatedIn", "Annobón", "San Antonio de Palé, the only town on Annobón")
rel(d, "Annobón", "locatedIn", "Equatorial Guinea", "Annobón (Equatorial Guinea)")
rel(d, "Nicolasa Buaki", "spouse", "Damián Buaki", "said her husband, Damián Buaki, still sends money home")

# ---------------------------------------------------------------- 02 bdnews24: Dahagram-Angarpota
d = A2
C("Bangladesh")
C("India")
T("Dahagram-Angarpota", "Dahagram", "Angarpota", "Dahagram and Angarpota")
T("Tin Bigha Corridor", "Tin Bigha")
O("bdnews24.com", "bdnews24")
O("Border Security Force", "BSF")
O("North Bengal Frontier")
O("Border Guard Bangladesh", "BGB")
O("Dahagram Union Parishad")
O("Indian High Commission")
O("Ministry of External Affairs")
O("BJP")
O("University of Dhaka")
O("Joint Consultative Commission")
O("South Asian Association for Regional Cooperation", "SAARC")
O("BIMSTEC")
L("West Bengal")
L("Cooch Behar", "Cooch Behar district")
L("Patgram Upazila", "Patgram")
L("Lalmonirhat", "Lalmonirhat district")
L("Dhaka")
L("New Delhi", "Delhi")
L("Siliguri")
L("Mekliganj")
L("Kuchlibari")
P("Md Rafiqul Alam", "Rafiqul Alam")
P("Abdul Momin")
P("Mofizul Islam Pradhan", "Pradhan")
P("Rokeya Begum")
P("Abdul Jalil", "Jalil")
P("Rezaul Karim Chowdhury", "Chowdhury")
P("Dipak Chandra Barman", "Barman")
P("Nasrin Sultana Haque", "Haque")
P("Muhammad Shamsul Karim", "Shamsul Karim")
P("Tanvir Ahmed Siddique", "Siddique")
P("Tahmina Rahman Lopa")
NOT_PERSON += ["Bangladeshi", "Bangladeshis", "BSF", "BGB", "Tin Bigha", "Dahagram", "Angarpota", "Lalmonirhat",
               "MLA", "Lt Col", "phensedyl", "Mekliganj", "Patgram", "Cooch Behar", "Upazila", "Kuchlibari",
               "Union Parishad"]

q(d, "Mofizul Islam Pradhan", "We are Bangladeshis living in a room whose door is locked by somebody else")
q(d, "Mofizul Islam Pradhan", "If a child falls sick at midnight, what do we do?")
q(d, "Abdul Jalil", "They kept saying")
q(d, "Abdul Jalil", "order from above, order from above", "optional")
q(d, "Abdul Jalil", "My wife was screaming in the rickshaw")
q(d, "Rezaul Karim Chowdhury", "The corridor was leased to Bangladesh in perpetuity")
q(d, "Rezaul Karim Chowdhury", "but the right of passage is ours, and it is not a favour", "optional")
q(d, "Rezaul Karim Chowdhury", "Every option is on the table.")
q(d, "Ministry of External Affairs", "fully respects Bangladesh's sovereignty over Dahagram and Angarpota",
  "optional")
q(d, "India", "fully respects Bangladesh's sovereignty over Dahagram and Angarpota", "optional")
q(d, "Ministry of External Affairs", "a temporary measure prompted by specific security inputs", "optional")
q(d, "North Bengal Frontier", "once the situation is normalised", "optional")
q(d, "Border Security Force", "once the situation is normalised", "optional")
q(d, "Dipak Chandra Barman", "a gift we should never have given", "optional")
q(d, "Dipak Chandra Barman", "Why should Indian soil be open all night for a neighbour?")
q(d, "Nasrin Sultana Haque", "Under the 1974 Land Boundary Agreement, India recognises Dahagram-Angarpota")
q(d, "Muhammad Shamsul Karim", "In 2011, we solved this with one meeting and two cups of tea")
q(d, "Muhammad Shamsul Karim", "It can be solved the same way again")
q(d, "Tanvir Ahmed Siddique", "cordial", "optional")
q(d, "Tanvir Ahmed Siddique", "We speak to our counterparts every day")
q(d, "Dipak Chandra Barman", "A gift", "optional")
UNATTRIBUTED += ["Corridor of patience"]

st(d, "India", "recognises", ["Dahagram", "Angarpota", "Dahagram-Angarpota"],
   "India \"fully respects Bangladesh's sovereignty over Dahagram and Angarpota\"")
st(d, "Bangladesh", "recognises", ["Tin Bigha Corridor", "Tin Bigha"],
   "Bangladesh has always recognised the Tin Bigha Corridor as Indian territory, he said")

pos(d, "Md Rafiqul Alam", ["correspondent"], ["bdnews24", "Lalmonirhat"],
    "Md Rafiqul Alam, Lalmonirhat Correspondent")
pos(d, "Mofizul Islam Pradhan", ["chairman"], ["Dahagram Union Parishad"],
    "Mofizul Islam Pradhan, chairman of the Dahagram Union Parishad")
pos(d, "Abdul Jalil", ["auto-rickshaw driver", "driver"], [],
    "Abdul Jalil, an auto-rickshaw driver", "optional")
pos(d, "Rezaul Karim Chowdhury", ["spokesperson"], ["foreign ministry", "Bangladesh", "Dhaka"],
    "In Dhaka, foreign ministry spokesperson Rezaul Karim Chowdhury")
pos(d, "Dipak Chandra Barman", ["MLA"], ["Mekliganj", "BJP"],
    "Dipak Chandra Barman, the BJP MLA for Mekliganj in Cooch Behar", "optional")
pos(d, "Nasrin Sultana Haque", ["professor"], ["University of Dhaka"],
    "Professor Nasrin Sultana Haque, who teaches international law at the University of Dhaka")
pos(d, "Muhammad Shamsul Karim", ["high commissioner"], ["India", "Bangladesh"],
    "The former high commissioner to India, Muhammad Shamsul Karim", former=True)
pos(d, "Tanvir Ahmed Siddique", ["commanding officer"], ["BGB", "Border Guard Bangladesh", "15 Battalion"],
    "Lt Col Tanvir Ahmed Siddique, commanding officer of the BGB's 15 Battalion in Lalmonirhat")

rel(d, "Rokeya Begum", "spouse", "Abdul Jalil", "Her husband, Abdul Jalil, an auto-rickshaw driver")
rel(d, "India", "sharesBorderWith", "Bangladesh",
    "India, which shares a border of more than 4,000 kilometres with Bangladesh")
for c in ("India", "Bangladesh"):
    for org in ("South Asian Association for Regional Cooperation", "BIMSTEC"):
        rel(d, c, "memberOf", org, "Both countries are members of the South Asian Association for Regional "
            "Cooperation (SAARC) and BIMSTEC.")
rel(d, "Dahagram-Angarpota", "locatedIn", "Patgram Upazila",
    "Dahagram-Angarpota, part of Patgram Upazila in Lalmonirhat district")
rel(d, "Patgram Upazila", "locatedIn", "Lalmonirhat", "Patgram Upazila in Lalmonirhat district")
rel(d, "Tin Bigha Corridor", "locatedIn", "Cooch Behar", "a strip of Indian land in Cooch Behar district")
rel(d, "Mekliganj", "locatedIn", "Cooch Behar", "Mekliganj in Cooch Behar")
rel(d, "West Bengal", "locatedIn", "India", "India's West Bengal")
rel(d, "Dipak Chandra Barman", "memberOf", "BJP", "Dipak Chandra Barman, the BJP MLA for Mekliganj")

# ---------------------------------------------------------------- 03 Romania Insider: Snake Island
d = A3
C("Romania")
C("Ukraine")
C("Russia")
C("Moldova")
C("Bulgaria")
C("Soviet Union")
T("Snake Island", "Zmiinyi")
T("Crimea")
O("Romania Insider")
O("Ministry of Foreign Affairs", "MAE")
O("Alliance for the Union of Romanians", "AUR")
O("International Court of Justice")
O("Chamber of Deputies")
O("NATO")
O("European Union", "EU")
O("University of Bucharest")
O("Kremlin")
O("Inquam Photos")
L("Kyiv")
L("Bucharest")
L("Constanța County", "Constanta County")
L("Constanța", "Constanta")
L("Brussels")
L("Sulina")
L("Tulcea County")
L("Isaccea")
P("Irina Moldoveanu")
P("Octav Ganea")
P("Andreea Ghiță", "Ghiță", "Andreea Ghita", "Ghita")
P("Cătălin Vâlcu", "Vâlcu", "Catalin Valcu", "Valcu")
P("Mihaela Dragomir-Vlad", "Dragomir-Vlad")
P("Taras Yaremchuk", "Yaremchuk")
P("Radu Ciobanu", "Ciobanu")
P("Traian Mocanu", "Mocanu")
P("Gheorghe Pârvu", "Gheorghe Parvu")
P("Elena Pârvu", "Elena", "Elena Parvu")
P("Stalin")
NOT_PERSON += ["Romanian", "Romanians", "Ukrainian", "AUR", "MAE", "Zmiinyi", "Snake Island", "Sulina",
               "Kremlin", "Inquam Photos", "Isaccea", "Danube", "Constanța"]

q(d, "Alliance for the Union of Romanians", "Romanian land ceded under Soviet pressure", "optional")
q(d, "Andreea Ghiță", "There is no territorial question between Romania and Ukraine")
q(d, "Andreea Ghiță", "The Court drew the line, both states accepted it")
q(d, "Cătălin Vâlcu", "hiding behind a court", "optional")
q(d, "Cătălin Vâlcu", "Nobody is talking about war")
q(d, "Cătălin Vâlcu", "A protocol imposed by Stalin's men is not a treaty between free nations")
q(d, "Cătălin Vâlcu", "start a conversation", "optional")
q(d, "Mihaela Dragomir-Vlad", "At a moment when Russia is still bombing Ukrainian ports on the Danube")
q(d, "Mihaela Dragomir-Vlad", "do not recognise, and will never recognise", "optional")
q(d, "Mihaela Dragomir-Vlad", "applies to every square metre of Ukraine", "optional")
q(d, "Taras Yaremchuk", "a clear and honest answer", "optional")
q(d, "Taras Yaremchuk", "Ukraine has never doubted Romania's friendship")
q(d, "Radu Ciobanu", "A parliament can say many things about history")
q(d, "Radu Ciobanu", "a piece of nostalgia with a bill number", "optional")
q(d, "Traian Mocanu", "almost 80 percent of the sea area in dispute", "optional")
q(d, "Traian Mocanu", "We won the sea and left them the rock")
q(d, "Gheorghe Pârvu", "Last spring a mine came up in a neighbour's net")
q(d, "Elena Pârvu", "Tourists ask me about the island every summer")
q(d, "Elena Pârvu", "I tell them: it is Ukrainian, and it is closed.")
UNATTRIBUTED += ["recover", "Not the time"]

st(d, "Romania", "recognises", ["Snake Island"],
   "Romania recognises Snake Island as part of Ukraine's territory")
for c in ("Romania", "Moldova", "Bulgaria"):
    st(d, c, "doesNotRecognise", ["Crimea"],
       "Romania, Moldova and Bulgaria \"do not recognise, and will never recognise\" Russia's annexation of Crimea")
st(d, "Ukraine", "recognises", ["Zmiinyi", "Snake Island"], "Zmiinyi is Ukrainian", "optional")

pos(d, "Andreea Ghiță", ["spokesperson"], ["MAE", "Ministry of Foreign Affairs"],
    "MAE spokesperson Andreea Ghiță")
pos(d, "Cătălin Vâlcu", ["deputy"], ["AUR", "Alliance for the Union of Romanians", "Chamber of Deputies"],
    "AUR deputy Cătălin Vâlcu", "optional")
pos(d, "Mihaela Dragomir-Vlad", ["foreign minister"], [], "Foreign minister Mihaela Dragomir-Vlad")
pos(d, "Taras Yaremchuk", ["ambassador"], ["Ukraine", "Bucharest"],
    "Ukraine's ambassador in Bucharest, Taras Yaremchuk")
pos(d, "Radu Ciobanu", ["professor"], ["University of Bucharest"],
    "Radu Ciobanu, a professor of modern history at the University of Bucharest")
pos(d, "Traian Mocanu", ["agent"], ["Romania", "International Court of Justice", "court"],
    "In 2009, Romania's agent before the court was Traian Mocanu", former=True)
pos(d, "Traian Mocanu", ["director"], ["MAE", "legal department"],
    "Traian Mocanu, then director of the MAE's legal department", former=True)

rel(d, "Russia", "invaded", "Ukraine", "Russia invaded Ukraine in February 2022")
rel(d, "Russia", "annexed", "Crimea", "Russia's annexation of Crimea")
rel(d, "Romania", "sharesBorderWith", "Ukraine",
    "Romania, which shares a border of more than 600 kilometres with Ukraine")
rel(d, "Moldova", "sharesBorderWith", "Romania", "Moldova, which borders both Romania and Ukraine")
rel(d, "Moldova", "sharesBorderWith", "Ukraine", "Moldova, which borders both Romania and Ukraine")
rel(d, "Romania", "memberOf", "NATO", "has been a member of NATO since 2004 and of the European Union since 2007")
rel(d, "Romania", "memberOf", "European Union",
    "has been a member of NATO since 2004 and of the European Union since 2007")
rel(d, "Cătălin Vâlcu", "memberOf", "Alliance for the Union of Romanians", "AUR deputy Cătălin Vâlcu")
rel(d, "Sulina", "locatedIn", "Tulcea County", "In Sulina, in Tulcea County")
rel(d, "Gheorghe Pârvu", "spouse", "Elena Pârvu", "with his wife, Elena,")

# ---------------------------------------------------------------- 04 Islands Business: New Caledonia
d = A4
C("France", "French Republic")
C("Vanuatu")
C("Fiji")
C("Papua New Guinea")
C("Solomon Islands")
C("Australia")
C("New Zealand")
T("New Caledonia", "Kanaky", "State of Kanaky")
O("Islands Business", "Islands Business International")
O("FLNKS", "Kanak and Socialist National Liberation Front")
O("Pacific Islands Forum", "Forum")
O("Forum Secretariat")
O("Melanesian Spearhead Group", "MSG")
O("Department of Foreign Affairs and Trade", "DFAT")
O("University of New Caledonia")
L("Suva")
L("Paris")
L("Port Vila")
L("Port Moresby")
L("Nouméa", "Noumea")
L("Canberra")
L("Wellington")
L("Houaïlou", "Houailou")
L("Grande Terre")
L("Lifou")
L("Loyalty Islands")
L("Honiara")
P("Senimili Vakaloloma", "Vakaloloma")
P("Jone Ravuvu")
P("Jean-Baptiste Waheo", "Waheo")
P("Reuben Malas Toara", "Toara")
P("Ratu Semi Kaloumaira", "Semi Kaloumaira", "Ratu Semi", "Kaloumaira")
P("Justin Kaupa Wari", "Kaupa Wari")
P("Laurent Delacroix-Aubert", "Delacroix-Aubert")
P("Alphonse Hnawia")
P("Marie-Claude Hnawia")
P("Caroline Wanabo", "Wanabo")
NOT_PERSON += ["Kanak", "Kanaky", "Ratu", "FLNKS", "Melanesian", "Houaïlou", "Lifou", "Grande Terre", "Forum",
               "High Commissioner", "Republic"]

q(d, "FLNKS", "stand with the Kanak people, not with Paris", "optional")
q(d, "Jean-Baptiste Waheo", "For one hundred and seventy years France has told us who we are")
q(d, "Jean-Baptiste Waheo", "We have voted three times. We have signed accords.")
q(d, "Jean-Baptiste Waheo", "We are not asking anybody to fight France")
q(d, "Forum Secretariat", "remains a valued member of the Pacific family", "optional")
q(d, "Forum Secretariat", "does not take sides in matters before the people of New Caledonia", "optional")
q(d, "Reuben Malas Toara", "stands by the Kanak people as it has since 1980", "optional")
q(d, "Reuben Malas Toara", "the day its people choose it", "optional")
q(d, "Ratu Semi Kaloumaira", "until its people decide otherwise through a free and fair process", "optional")
q(d, "Ratu Semi Kaloumaira", "Fiji respects France as a Pacific partner")
q(d, "Justin Kaupa Wari", "does not recognise any self-proclaimed State of Kanaky", "optional")
q(d, "Department of Foreign Affairs and Trade", "recognises French sovereignty over New Caledonia", "optional")
q(d, "Australia", "recognises French sovereignty over New Caledonia", "optional")
q(d, "Department of Foreign Affairs and Trade", "a peaceful, inclusive and consensual", "optional")
q(d, "New Zealand", "nothing to add", "optional")
q(d, "Laurent Delacroix-Aubert", "New Caledonia is in France, and in the Pacific, and nobody has to choose",
  "optional")
q(d, "Laurent Delacroix-Aubert", "The Republic has offered a path")
q(d, "Alphonse Hnawia", "The young ones want independence tomorrow morning")
q(d, "Marie-Claude Hnawia", "We rebuilt this shop with our own hands")
q(d, "Caroline Wanabo", "There, the question is not if but when")
q(d, "Caroline Wanabo", "France is a donor, a security partner and a neighbour")
UNATTRIBUTED += ["Kanaky is knocking", "No going back"]

st(d, "Fiji", "recognises", ["New Caledonia"], "Fiji recognises New Caledonia as part of the French Republic")
st(d, "Papua New Guinea", "doesNotRecognise", ["State of Kanaky", "Kanaky"],
   'his government "does not recognise any self-proclaimed State of Kanaky"')
st(d, "Australia", "recognises", ["New Caledonia"], 'Australia "recognises French sovereignty over New Caledonia"')
st(d, "France", "recognises", ["New Caledonia"],
   '"New Caledonia is in France, and in the Pacific, and nobody has to choose"', "optional")

pos(d, "Senimili Vakaloloma", ["political reporter", "reporter"], ["Islands Business"],
    "Senimili Vakaloloma is Islands Business' political reporter based in Suva.")
pos(d, "Jean-Baptiste Waheo", ["president"], ["FLNKS"], "FLNKS president Jean-Baptiste Waheo")
pos(d, "Reuben Malas Toara", ["prime minister"], ["Vanuatu"], "Vanuatu Prime Minister Reuben Malas Toara")
pos(d, "Ratu Semi Kaloumaira", ["minister for foreign affairs", "foreign minister", "foreign affairs"], ["Fiji"],
    "Its Minister for Foreign Affairs, Ratu Semi Kaloumaira")
pos(d, "Justin Kaupa Wari", ["foreign minister"], ["Papua New Guinea"],
    "Papua New Guinea's foreign minister, Justin Kaupa Wari")
pos(d, "Laurent Delacroix-Aubert", ["high commissioner"], ["France", "New Caledonia"],
    "France's High Commissioner in New Caledonia, Laurent Delacroix-Aubert")
pos(d, "Alphonse Hnawia", ["customary chief", "chief"], [], "customary chief Alphonse Hnawia", "optional")
pos(d, "Caroline Wanabo", ["researcher"], ["University of New Caledonia"],
    "Caroline Wanabo, a researcher at the University of New Caledonia in Nouméa")

rel(d, "France", "annexed", "New Caledonia", "France annexed Kanaky in 1853")
rel(d, "New Caledonia", "memberOf", "Pacific Islands Forum", "New Caledonia, a full member of the Forum since 2016")
rel(d, "FLNKS", "memberOf", "Melanesian Spearhead Group",
    "the FLNKS as a member of the Melanesian Spearhead Group (MSG)")
for c in ("Papua New Guinea", "Fiji", "Solomon Islands", "Vanuatu"):
    rel(d, c, "memberOf", "Melanesian Spearhead Group",
        "The MSG brings together Papua New Guinea, Fiji, Solomon Islands and Vanuatu")
rel(d, "Alphonse Hnawia", "spouse", "Marie-Claude Hnawia", "Alphonse Hnawia and his wife, Marie-Claude Hnawia")
rel(d, "Houaïlou", "locatedIn", "Grande Terre", "In Houaïlou, on the east coast of Grande Terre")
rel(d, "Lifou", "locatedIn", "Loyalty Islands", "On Lifou, in the Loyalty Islands")

# ---------------------------------------------------------------- 05 Yukon News: ice plant (no dispute)
d = A5
O("Yukon News")
O("Whitehorse Minor Hockey Association")
O("Association of Yukon Communities")
O("Black Press Media")
O("NHL")
L("Whitehorse")
L("Yukon")
L("Haines Junction")
L("Carcross")
L("Atlin")
L("British Columbia", "B.C.")
L("Ottawa")
L("Dawson City")
L("Watson Lake")
L("Mayo")
L("Porter Creek")
P("Dana Hollis-Kerr", "Hollis-Kerr")
P("Luc Pelletier")
P("Colleen Brassard", "Brassard")
P("Karen Ostrowski", "Ostrowski")
P("Ted Laviolette", "Laviolette")
P("Greg Kuzyk", "Kuzyk")
P("Tessa Yurkiw", "Yurkiw")
P("Anita Nakamura")
P("Ross Nakamura")
P("Mike Gagnon", "Gagnon")
P("Pat Ruberg", "Ruberg")
NOT_PERSON += ["Zamboni", "Zambonis", "Canada Games Centre", "Coun.", "Freon", "Yukoners", "Arctic Winter Games",
               "Canada Winter Games", "Whitehorse", "Yukon", "Nakamura", "Mayor"]

q(d, "Colleen Brassard", "We either do this on our schedule")
q(d, "Colleen Brassard", "I know which one I'd rather explain to parents")
q(d, "Karen Ostrowski", "It is not glamorous")
q(d, "Karen Ostrowski", "But it is the most important machine in the building")
q(d, "Ted Laviolette", "Every time this comes back to us, it costs another million")
q(d, "Greg Kuzyk", "Arenas are where Yukoners meet")
q(d, "Tessa Yurkiw", "We will be driving kids to Haines Junction and Carcross")
q(d, "Tessa Yurkiw", "It is doable. It is not fun.")
q(d, "Anita Nakamura", "Honestly, I'm relieved")
q(d, "Anita Nakamura", "Last winter, our youngest's game was cancelled twice")
q(d, "Ross Nakamura", "Why does it have to be all summer?")
q(d, "Ross Nakamura", "The Arctic Winter Games people manage to build a whole village")
q(d, "Colleen Brassard", "or explain why not", "optional")
q(d, "Pat Ruberg", "Half the arenas in the Yukon are older than the people driving the Zambonis")
q(d, "Pat Ruberg", "This is not a Whitehorse problem, it's a northern problem.")
UNATTRIBUTED += ["We'll be on the road", "Like skating on porridge"]

pos(d, "Dana Hollis-Kerr", ["reporter"], ["Yukon News"], "Dana Hollis-Kerr is a reporter with the Yukon News.")
pos(d, "Colleen Brassard", ["mayor"], [], "Mayor Colleen Brassard said after the vote")
pos(d, "Karen Ostrowski", ["director of community services", "director"], ["community services", "city"],
    "Karen Ostrowski, the city's director of community services")
pos(d, "Ted Laviolette", ["coun", "councillor"], [], "Coun. Ted Laviolette cast the only vote against.",
    "optional")
pos(d, "Greg Kuzyk", ["community services minister", "minister"], [],
    "Community Services Minister Greg Kuzyk")
pos(d, "Tessa Yurkiw", ["president"], ["Whitehorse Minor Hockey Association", "association"],
    "association president Tessa Yurkiw")
pos(d, "Mike Gagnon", ["city manager"], [], "City manager Mike Gagnon")
pos(d, "Pat Ruberg", ["president"], ["Association of Yukon Communities", "association"],
    "association president Pat Ruberg")
pos(d, "Luc Pelletier", ["zamboni driver", "driver"], [], "Zamboni driver Luc Pelletier", "optional")

rel(d, "Anita Nakamura", "spouse", "Ross Nakamura", "Her husband was less sure about the dates.")
rel(d, "Whitehorse", "memberOf", "Association of Yukon Communities",
    "Whitehorse is a member of the Association of Yukon Communities")
rel(d, "Atlin", "locatedIn", "British Columbia", "Atlin, B.C.")


def build() -> dict:
    return {
        "about": ABOUT,
        "documents": DOCS,
        "near_duplicates": [],
        "entities": ENTITIES,
        "not_person": NOT_PERSON,
        "quotes": QUOTES,
        "unattributed": UNATTRIBUTED,
        "stances": STANCES,
        "positions": POSITIONS,
        "relations": RELATIONS,
    }


if __name__ == "__main__":
    (SET / "gold.json").write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SET / 'gold.json'}")
