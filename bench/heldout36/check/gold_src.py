#!/usr/bin/env python3
"""Writes bench/heldout36/gold.json: the hand-made gold standard for bench/heldout36/articles.

Run:  python bench/heldout36/check/gold_src.py   (writes ../gold.json next to articles/)

The format is that of shared/eval/seeds-gold.json, read by shared/eval/score.py. Extra keys
(`evidence`, `docs`, `doc`, `former`, `unattributed_docs`) are ignored by score.py and used by
check/check_gold.py.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold.json"

D1 = "01_expresstribune_durand_line.txt"
D2 = "02_timesofeswatini_ingwavuma.txt"
D3 = "03_telesur_litoral.txt"
D4 = "04_smh_norfolk_island.txt"
D5 = "05_thespec_gage_park_greenhouse.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout36/gold.json: the hand-made gold standard for bench/heldout36/articles.

Every fact below was read off the articles by hand; the articles are invented (fictional people,
real places and organisations). Conventions (as in earlier held-out sets):
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, Mr/Dr/Make/Babe X, pronoun, or a role such as `the mayor`, `the
  academic`, `her husband`, that resolves to a named person or organisation), including sentences after
  the cue, cue-less continuation paragraphs, colon quotes and each paragraph of a multi-paragraph quote.
  `optional` = partial quotes and fragments, nested quotes (credited to the outer speaker), headline,
  deck and subhead echoes, and statements also credited to a second holder (a body and its country).
  Anonymous speakers are not listed.
- unattributed: scare quotes, coined terms, subheads nobody said, quoted related headlines.
- stances: polarity follows the wording. Required = an explicit stance of a country on a territory
  (by the country, a minister/spokesperson speaking for `we`/`his country`, a ministry or embassy, or in
  a list of holders or territories). Optional = a claimant's own claim. No stance: questions,
  hypotheticals, `declined to say whether`, recognition of non-territories (treaties, legal changes),
  holders that are not countries (a pressure group).
- positions: `of_any` empty when the text names no organisation or country with the title. Former titles
  and author footers are required; parliamentary/council seats, verb-only roles (`who heads`, `who
  chairs`) are optional.
- relations: spouse, sharesBorderWith, invaded, memberOf, locatedIn; only what the text states.
- entities: every person, organisation, country, territory and place named (bylines, photo credits,
  footers, related lines included). Not entities: seas, lakes, rivers, oceans, roads, buildings,
  ceremonies, treaties, programmes, social platforms, unnamed bodies.
"""

ents = []  # (type, name, aliases, docs)


def E(t, name, aliases=(), docs=()):
    ents.append({"type": t, "name": name, "aliases": list(aliases), "docs": list(docs)})


quotes, unattributed, stances, positions, relations = [], {}, [], [], []


def Q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def U(doc, text):
    unattributed[text] = doc


def S(doc, country, stance, territory_any, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": list(territory_any),
                    "docs": [doc], "status": status, "evidence": evidence})


def P(doc, person, title_any, of_any, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": list(title_any), "of_any": list(of_any),
                      "status": status, "former": former, "doc": doc, "evidence": evidence})


def R(doc, subj, pred, obj, evidence):
    relations.append({"subject": subj, "predicate": pred, "object": obj,
                      "symmetric": pred in ("spouse", "sharesBorderWith"), "status": "required",
                      "doc": doc, "evidence": evidence})


# ---------------------------------------------------------------- 01 Durand Line
d = D1
for n, a in [("Mariam Afridi", ["Afridi"]), ("Zarak Khan", []), ("Zahra Bilal Qureshi", ["Qureshi"]),
             ("Abdul Samad Faizi", ["Faizi"]), ("Rana Tufail Ahmed", []), ("Haji Sher Ali", ["Sher Ali"]),
             ("Mehnaz Bibi", ["Mehnaz"]), ("Gul Rehman Khattak", ["Khattak"]), ("Ayesha Noon", ["Noon"]),
             ("Farhan Yousafzai", ["Yousafzai", "Dr Farhan Yousafzai"])]:
    E("Person", n, a, [d])
for n, a in [("The Express Tribune", ["Express Tribune", "EXPRESS"]), ("Foreign Office", ["FO"]), ("Taliban", []),
             ("Inter-Services Public Relations", ["ISPR"]), ("Awami National Party", ["ANP"]),
             ("Quaid-i-Azam University", []),
             ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"])]:
    E("Organization", n, a, [d])
for n, a in [("Pakistan", []), ("Afghanistan", []),
             ("United States", ["US", "U.S.", "USA", "United States of America"]), ("China", []),
             ("Iran", []), ("Soviet Union", ["USSR"])]:
    E("Country", n, a, [d])
E("Country", "United Kingdom", ["UK", "Britain", "Great Britain"], [D1, D4])
E("Territory", "Durand Line", [], [d])
for n in ["Islamabad", "Kabul", "Torkham", "Chaman", "Balochistan", "Landi Kotal", "Jalalabad", "Karachi",
          "Khyber Pakhtunkhwa", "Tashkent", "Peshawar"]:
    E("Place", n, [], [d])

Q(d, "Zahra Bilal Qureshi", "The Durand Line is a settled international border, recognised by the world and by international law")
Q(d, "Zahra Bilal Qureshi", "There is nothing imaginary about it.")
Q(d, "Zahra Bilal Qureshi", "a settled international border", "optional")
Q(d, "Pakistan", "a settled international border", "optional")
Q(d, "Abdul Samad Faizi", "cannot turn an imaginary line into a border", "optional")
Q(d, "Abdul Samad Faizi", "imaginary line", "optional")
Q(d, "Afghanistan", "imaginary line", "optional")
Q(d, "Abdul Samad Faizi", "We have never recognised the Durand Line and we never will")
Q(d, "Abdul Samad Faizi", "No Afghan government has signed it away, and this one will not be the first.")
Q(d, "Rana Tufail Ahmed", "The era of the so-called soft border is over.")
Q(d, "Inter-Services Public Relations", "over 98 per cent complete", "optional")
Q(d, "Inter-Services Public Relations", "repeated attempts by miscreants", "optional")
Q(d, "Haji Sher Ali", "In my father's time you walked across with a donkey")
Q(d, "Haji Sher Ali", "Now my nephew in Jalalabad waits four days for a paper.")
Q(d, "Mehnaz Bibi", "They build a palace for customs and we cannot get a toilet")
Q(d, "Gul Rehman Khattak", "a wall through the middle of a family", "optional")
Q(d, "Ayesha Noon", "I sat across from three Afghan foreign ministers")
Q(d, "Ayesha Noon", "The Taliban are no different.")
Q(d, "Ayesha Noon", "international border", "optional")
Q(d, "Farhan Yousafzai", "Not in this generation")
Q(d, "Farhan Yousafzai", "Even if Kabul were to recognise the line tomorrow")
Q(d, "China", "both brotherly neighbours", "optional")
Q(d, "Zahra Bilal Qureshi", "not on the agenda", "optional")
U(d, "kacha rasta")
U(d, "Pashtun heartland")

S(d, "Afghanistan", "doesNotRecognise", ["Durand Line"], "We have never recognised the Durand Line and we never will")
ev = "The United States, China and Iran all recognise the Durand Line as the international border, as does the United Kingdom."
for c in ["United States", "China", "Iran", "United Kingdom"]:
    S(d, c, "recognises", ["Durand Line"], ev)
S(d, "Pakistan", "recognises", ["Durand Line"], "The Durand Line is a settled international border", "optional")

P(d, "Zahra Bilal Qureshi", ["spokesperson"], ["Foreign Office"], "Foreign Office spokesperson Zahra Bilal Qureshi")
P(d, "Abdul Samad Faizi", ["spokesman"], ["Afghan", "Afghanistan", "foreign ministry"],
  "Abdul Samad Faizi, a spokesman for the Afghan foreign ministry")
P(d, "Rana Tufail Ahmed", ["Interior Minister"], [], "Interior Minister Rana Tufail Ahmed")
P(d, "Gul Rehman Khattak", ["senator"], ["Awami National Party", "ANP"],
  "Awami National Party (ANP) senator Gul Rehman Khattak", "optional")
P(d, "Ayesha Noon", ["ambassador"], ["Pakistan", "Kabul"],
  "Ayesha Noon, who served as Pakistan's ambassador to Kabul from 2014 to 2017", former=True)
P(d, "Farhan Yousafzai", ["assistant professor", "professor"], ["Quaid-i-Azam University"],
  "Dr Farhan Yousafzai, an assistant professor of international relations at Quaid-i-Azam University")

R(d, "Afghanistan", "sharesBorderWith", "Pakistan", "Afghanistan and Pakistan share a frontier of about 2,600 kilometres")
R(d, "Iran", "sharesBorderWith", "Afghanistan", "Iran, which also borders Afghanistan")
R(d, "Soviet Union", "invaded", "Afghanistan", "the Soviet Union invaded Afghanistan in 1979")
ev = "Pakistan and China are both members of the Shanghai Cooperation Organisation"
R(d, "Pakistan", "memberOf", "Shanghai Cooperation Organisation", ev)
R(d, "China", "memberOf", "Shanghai Cooperation Organisation", ev)
R(d, "Gul Rehman Khattak", "memberOf", "Awami National Party", "Awami National Party (ANP) senator Gul Rehman Khattak")
R(d, "Chaman", "locatedIn", "Balochistan", "Chaman, a border town in Balochistan")
R(d, "Haji Sher Ali", "spouse", "Mehnaz Bibi", "a stall he runs with his wife Mehnaz Bibi")

# ---------------------------------------------------------------- 02 Ingwavuma and KaNgwane
d = D2
for n, a in [("Nomcebo Simelane", []), ("Sifiso Zwane", []), ("Themba Mavuso", ["Mavuso"]),
             ("Lerato Mokoena", ["Mokoena"]), ("Bongani Mthethwa", ["Mthethwa"]),
             ("Mbuso Tsabedze", ["Tsabedze"]), ("Gcina Dube", ["Dube"]),
             ("Thandeka Shabangu", ["Make Thandeka Shabangu", "Make Shabangu"]),
             ("Sandile Shabangu", ["Babe Sandile Shabangu"]), ("Sakhile Hlophe", ["Hlophe", "Dr Sakhile Hlophe"])]:
    E("Person", n, a, [d])
for n, a in [("Times of Eswatini", []), ("Southern African Development Community", ["SADC"]),
             ("SADC Secretariat", []), ("Department of International Relations and Cooperation", ["DIRCO"]),
             ("Inkatha Freedom Party", ["IFP"]), ("Southern African Customs Union", ["SACU"]),
             ("Border Restoration Committee", []), ("University of Eswatini", []),
             ("African Union", ["AU"]), ("Ministry of Foreign Affairs and International Cooperation", []),
             ("House of Assembly", [])]:
    E("Organization", n, a, [d])
for n in ["Eswatini", "South Africa", "Mozambique"]:
    E("Country", n, [], [d])
E("Territory", "Ingwavuma", [], [d])
E("Territory", "KaNgwane", [], [d])
for n, a in [("Lavumisa", []), ("Mbabane", []), ("Lobamba", []), ("KwaZulu-Natal", []), ("Maputo", []),
             ("Gaborone", []), ("Windhoek", []), ("Ludzidzini", []), ("Shiselweni", ["Shiselweni region"]),
             ("Pongola", []), ("Pretoria", [])]:
    E("Place", n, a, [d])

Q(d, "Themba Mavuso", "Ingwavuma has always been ours")
Q(d, "Themba Mavuso", "has never accepted", "optional")
Q(d, "Themba Mavuso", "left on the shelf for far too long", "optional")
Q(d, "Themba Mavuso", "peaceful, negotiated return", "optional")
Q(d, "Lerato Mokoena", "South Africa does not recognise any claim by Eswatini to Ingwavuma or KaNgwane.")
Q(d, "Department of International Relations and Cooperation", "South Africa does not recognise any claim by Eswatini", "optional")
Q(d, "Lerato Mokoena", "nothing to discuss", "optional")
Q(d, "South Africa", "nothing to discuss", "optional")
Q(d, "Lerato Mokoena", "warm and brotherly", "optional")
Q(d, "Bongani Mthethwa", "We are Zulu here.")
Q(d, "Mozambique", "keep the matter in the family", "optional")
Q(d, "SADC Secretariat", "a bilateral matter between two Member States", "optional")
Q(d, "Themba Mavuso", "We will cross that river when we reach it")
Q(d, "Mbuso Tsabedze", "boxes of evidence", "optional")
Q(d, "Mbuso Tsabedze", "People think this is about land.")
Q(d, "Mbuso Tsabedze", "There are families in Ingwavuma who still speak siSwati at home")
Q(d, "Mbuso Tsabedze", "We are not asking for a war.")
Q(d, "Gcina Dube", "Pretoria will never hand over voters.")
Q(d, "Gcina Dube", "If South Africa recognised the claim tomorrow")
Q(d, "Thandeka Shabangu", "My husband crosses every week.")
Q(d, "Sandile Shabangu", "Whether it is Eswatini or South Africa, the pension comes late.")
Q(d, "Sakhile Hlophe", "The African Union principle is clear")
Q(d, "Sakhile Hlophe", "Eswatini signed up to that like everyone else.")
Q(d, "Thandeka Shabangu", "We cross every week", "optional")
U(d, "Land deal")

ev = "the minister said his country “has never accepted” that Ingwavuma and KaNgwane belong to South Africa"
S(d, "Eswatini", "doesNotRecognise", ["Ingwavuma"], ev)
S(d, "Eswatini", "doesNotRecognise", ["KaNgwane"], ev)
ev = "South Africa does not recognise any claim by Eswatini to Ingwavuma or KaNgwane."
S(d, "South Africa", "doesNotRecognise", ["Ingwavuma"], ev)
S(d, "South Africa", "doesNotRecognise", ["KaNgwane"], ev)
ev = "Mozambique recognises Ingwavuma and KaNgwane as South African territory"
S(d, "Mozambique", "recognises", ["Ingwavuma"], ev)
S(d, "Mozambique", "recognises", ["KaNgwane"], ev)

P(d, "Themba Mavuso", ["Minister of Foreign Affairs", "foreign affairs", "foreign minister"], [],
  "The Minister of Foreign Affairs and International Cooperation, Hon. Themba Mavuso")
P(d, "Lerato Mokoena", ["spokesperson"], ["DIRCO", "Department of International Relations and Cooperation"],
  "DIRCO spokesperson Lerato Mokoena")
P(d, "Bongani Mthethwa", ["member of the provincial legislature", "member"], ["provincial legislature", "KwaZulu-Natal"],
  "an Inkatha Freedom Party (IFP) member of the provincial legislature", "optional")
P(d, "Mbuso Tsabedze", ["chair"], ["Border Restoration Committee"], "who chairs the Border Restoration Committee", "optional")
P(d, "Gcina Dube", ["High Commissioner"], ["South Africa", "Eswatini"],
  "Former High Commissioner to South Africa Gcina Dube", former=True)
P(d, "Sakhile Hlophe", ["political scientist"], ["University of Eswatini"],
  "University of Eswatini political scientist Dr Sakhile Hlophe")

ev = "Landlocked Eswatini, which borders only South Africa and Mozambique"
R(d, "Eswatini", "sharesBorderWith", "South Africa", ev)
R(d, "Eswatini", "sharesBorderWith", "Mozambique", ev)
ev = "Both countries belong to SADC and to the Southern African Customs Union"
for c in ["Eswatini", "South Africa"]:
    R(d, c, "memberOf", "Southern African Development Community", ev)
    R(d, c, "memberOf", "Southern African Customs Union", ev)
R(d, "Southern African Customs Union", "locatedIn", "Windhoek",
  "the Southern African Customs Union, which is headquartered in Windhoek")
R(d, "SADC Secretariat", "locatedIn", "Gaborone", "The SADC Secretariat in Gaborone")
R(d, "Bongani Mthethwa", "memberOf", "Inkatha Freedom Party", "Bongani Mthethwa, an Inkatha Freedom Party (IFP) member")
R(d, "Ingwavuma", "locatedIn", "KwaZulu-Natal", "in Ingwavuma, in northern KwaZulu-Natal")
R(d, "Lavumisa", "locatedIn", "Shiselweni", "At Lavumisa, in the Shiselweni region")
R(d, "Thandeka Shabangu", "spouse", "Sandile Shabangu", "her husband, Babe Sandile Shabangu")

# ---------------------------------------------------------------- 03 the Litoral
d = D3
for n, a in [("Mariela Choque Apaza", ["Mariela Choque", "Choque"]),
             ("Andrés Ossandón Reyes", ["Andrés Ossandón", "Ossandón"]), ("Claudia Ferrada", ["Ferrada"]),
             ("Jorge Eduardo Salinas", ["Salinas"]), ("Teodoro Limachi", []), ("Julia Limachi", []),
             ("Rosa Mamani Flores", ["Mamani"])]:
    E("Person", n, a, [d])
for n, a in [("teleSUR", ["teleSUR English"]), ("Community of Latin American and Caribbean States", ["CELAC"]),
             ("International Court of Justice", ["ICJ"]), ("University of Chile", []), ("Mercosur", []),
             ("Bolivarian Alliance for the Peoples of Our America", ["ALBA-TCP", "ALBA"]),
             ("Bolivian Navy", []), ("Movement for Socialism", ["MAS"]),
             ("Plurinational Legislative Assembly", []), ("ABI", []), ("EFE", []), ("Prensa Latina", [])]:
    E("Organization", n, a, [d])
for n in ["Bolivia", "Chile", "Venezuela", "Cuba", "Nicaragua", "Argentina", "Peru"]:
    E("Country", n, [], [d])
E("Territory", "Litoral", ["Litoral department"], [d])
for n in ["La Paz", "Santiago", "Antofagasta", "The Hague", "Lima", "Arica", "San Pedro de Tiquina",
          "La Paz department", "Bogotá"]:
    E("Place", n, [], [d])

Q(d, "Chile", "No Pending Issues", "optional")
Q(d, "Mariela Choque Apaza", "never renounce", "optional")
Q(d, "Chile", "a closed chapter", "optional")
Q(d, "Mariela Choque Apaza", "Our sea was taken by force")
Q(d, "Mariela Choque Apaza", "We do not come with weapons.")
Q(d, "Mariela Choque Apaza", "a legal answer to a political wound.", "optional")
Q(d, "Andrés Ossandón Reyes", "Chile does not recognize any Bolivian claim to the territory of the former Litoral department")
Q(d, "Andrés Ossandón Reyes", "There are no pending territorial issues between our two countries.")
Q(d, "Andrés Ossandón Reyes", "open to an agenda without exclusions", "optional")
Q(d, "Andrés Ossandón Reyes", "not on sovereignty.", "optional")
Q(d, "Claudia Ferrada", "There is no Chilean politician who could sign away Antofagasta")
Q(d, "Bolivarian Alliance for the Peoples of Our America", "full solidarity with the Bolivian people in their just maritime cause.", "optional")
Q(d, "Peru", "study any proposal with an open mind.", "optional")
Q(d, "Jorge Eduardo Salinas", "the right one, and the slow one.", "optional")
Q(d, "Jorge Eduardo Salinas", "Nobody believed in 2013 that we would take Chile to The Hague.")
Q(d, "Jorge Eduardo Salinas", "Would Chile ever recognize a sovereign corridor?")
Q(d, "Teodoro Limachi", "I wore the uniform for thirty years and never saw salt water")
Q(d, "Julia Limachi", "He says that every 23 March")
Q(d, "Rosa Mamani Flores", "This is not a party flag.")
U(d, "Day of the Sea")

S(d, "Chile", "doesNotRecognise", ["Litoral"],
  "Chile does not recognize any Bolivian claim to the territory of the former Litoral department")
ev = "Venezuela and Cuba recognize Bolivia's claim to the Litoral"
S(d, "Venezuela", "recognises", ["Litoral"], ev)
S(d, "Cuba", "recognises", ["Litoral"], ev)
S(d, "Bolivia", "recognises", ["Litoral"], 'her country would "never renounce" its right to the Litoral', "optional")

P(d, "Mariela Choque Apaza", ["Foreign Minister"], ["Bolivia", "Bolivian"], "Bolivian Foreign Minister Mariela Choque")
P(d, "Andrés Ossandón Reyes", ["Foreign Minister"], ["Chile"], "Chile's Foreign Minister Andrés Ossandón Reyes")
P(d, "Claudia Ferrada", ["historian"], ["University of Chile"], "Claudia Ferrada, a historian at the University of Chile")
P(d, "Jorge Eduardo Salinas", ["agent"], ["Bolivia", "ICJ", "International Court of Justice"],
  "Jorge Eduardo Salinas, who was Bolivia's agent before the ICJ during the 2018 case", former=True)
P(d, "Teodoro Limachi", ["petty officer"], [], "Teodoro Limachi, 67, a retired petty officer", former=True)
P(d, "Rosa Mamani Flores", ["deputy"], ["Movement for Socialism", "MAS"],
  "Movement for Socialism (MAS) deputy Rosa Mamani Flores", "optional")

R(d, "Chile", "invaded", "Litoral", "Chile invaded the Litoral in February 1879")
R(d, "Bolivia", "sharesBorderWith", "Chile", "Bolivia and Chile, which share an 860-kilometer border")
R(d, "Bolivia", "memberOf", "Mercosur", "Bolivia, which became a full member of Mercosur in 2024")
ev = "which groups Bolivia, Venezuela, Cuba and Nicaragua among others"
for c in ["Bolivia", "Venezuela", "Cuba", "Nicaragua"]:
    R(d, c, "memberOf", "Bolivarian Alliance for the Peoples of Our America", ev)
R(d, "Rosa Mamani Flores", "memberOf", "Movement for Socialism", "Movement for Socialism (MAS) deputy Rosa Mamani Flores")
R(d, "Teodoro Limachi", "spouse", "Julia Limachi", "Teodoro Limachi, 67, a retired petty officer, and his wife, Julia Limachi")
R(d, "San Pedro de Tiquina", "locatedIn", "La Paz department", "San Pedro de Tiquina, in La Paz department")
R(d, "Arica", "locatedIn", "Chile", "the port of Arica, in northern Chile")
R(d, "La Paz", "locatedIn", "Bolivia", "La Paz, Bolivia")

# ---------------------------------------------------------------- 04 Norfolk Island
d = D4
for n, a in [("Olivia Trang", []), ("Rhys Tamblyn", []), ("Marlene Adams-Quintal", ["Adams-Quintal"]),
             ("Kate Brennan-Lowe", ["Brennan-Lowe"]), ("Hannah Greville", ["Greville", "Professor Hannah Greville"]),
             ("Graeme Tolhurst", ["Tolhurst"]), ("Darren Christian-Bailey", ["Christian-Bailey"]),
             ("Jed Quintal", []), ("Tania Quintal", []), ("Mara Pettigrew", ["Pettigrew"])]:
    E("Person", n, a, [d])
for n, a in [("The Sydney Morning Herald", ["Sydney Morning Herald", "Herald"]), ("United Nations", ["UN"]),
             ("Norfolk Island People for Democracy", []),
             ("UN Special Committee on Decolonization", ["Special Committee on Decolonization"]),
             ("Norfolk Island Legislative Assembly", ["Legislative Assembly"]),
             ("Department of Infrastructure, Transport, Regional Development, Communications and the Arts", []),
             ("Ministry of Foreign Affairs and Trade", []), ("Australian National University", ["ANU"]),
             ("General Assembly", []), ("Pacific Islands Forum", []), ("Greens", []), ("Senate", [])]:
    E("Organization", n, a, [d])
for n, a in [("Australia", ["Commonwealth of Australia"]), ("New Zealand", []), ("Vanuatu", []), ("Fiji", [])]:
    E("Country", n, a, [d])
E("Territory", "Norfolk Island", [], [d])
E("Territory", "New Caledonia", ["Kanaky"], [d])
E("Territory", "West Papua", [], [d])
for n in ["Brisbane", "New York", "Canberra", "Bondi", "Kingston", "Burnt Pine", "Pitcairn", "Wellington"]:
    E("Place", n, [], [d])

Q(d, "Kate Brennan-Lowe", "as Australian as Bondi", "optional")
Q(d, "Australia", "as Australian as Bondi", "optional")
Q(d, "Marlene Adams-Quintal", "We are not asking to leave Australia tomorrow.")
Q(d, "Marlene Adams-Quintal", "For 160 years this island governed itself")
Q(d, "Kate Brennan-Lowe", "Norfolk Island is as Australian as Bondi")
Q(d, "Kate Brennan-Lowe", "Its residents vote in federal elections")
Q(d, "Department of Infrastructure, Transport, Regional Development, Communications and the Arts",
  "an integral part of the Commonwealth of Australia", "optional")
Q(d, "Ministry of Foreign Affairs and Trade", "has not changed and will not change", "optional")
Q(d, "New Zealand", "has not changed and will not change", "optional")
Q(d, "Norfolk Island People for Democracy", "the regime", "optional")
Q(d, "Hannah Greville", "The committee listens to petitions")
Q(d, "Hannah Greville", "Unless a Pacific government takes this up")
Q(d, "Vanuatu", "studying the petition", "optional")
Q(d, "Graeme Tolhurst", "want better roads and a cheaper freight service, not a flag", "optional")
Q(d, "Darren Christian-Bailey", "Every family here can tell you what was lost in 2015")
Q(d, "Darren Christian-Bailey", "My grandfather sat in that chamber.")
Q(d, "Tania Quintal", "We're Norfolk Islanders first")
Q(d, "Jed Quintal", "She's not wrong")
Q(d, "Jed Quintal", "But I'd settle for a ferry that turns up.")
Q(d, "Mara Pettigrew", "Ten years on, nobody in this building")
U(d, "Kitchen table")

ev = "New Zealand and the United Kingdom both recognise Australian sovereignty over Norfolk Island"
S(d, "New Zealand", "recognises", ["Norfolk Island"], ev)
S(d, "United Kingdom", "recognises", ["Norfolk Island"], ev)
S(d, "Australia", "recognises", ["Norfolk Island"],
  'Norfolk Island was "an integral part of the Commonwealth of Australia"', "optional")

P(d, "Marlene Adams-Quintal", ["head"], ["Norfolk Island People for Democracy", "group"],
  "Marlene Adams-Quintal, who heads the group", "optional")
P(d, "Kate Brennan-Lowe", ["Territories Minister", "Minister for Territories"], [],
  "Federal Territories Minister Kate Brennan-Lowe")
P(d, "Hannah Greville", ["constitutional lawyer", "professor"], ["Australian National University", "ANU"],
  "Professor Hannah Greville, a constitutional lawyer at the Australian National University")
P(d, "Graeme Tolhurst", ["Administrator"], [], "Administrator Graeme Tolhurst")
P(d, "Darren Christian-Bailey", ["member"], ["Legislative Assembly"],
  "Former Legislative Assembly member Darren Christian-Bailey", former=True)
P(d, "Mara Pettigrew", ["senator"], ["Greens"], "Greens senator Mara Pettigrew", "optional")
P(d, "Olivia Trang", ["political reporter", "reporter"], [],
  "Olivia Trang is a federal political reporter based in Canberra.")

R(d, "Jed Quintal", "spouse", "Tania Quintal", "Jed and Tania Quintal, who married on the island in 1994")
ev = "Fiji, like Vanuatu a member of the Pacific Islands Forum alongside Australia and New Zealand"
for c in ["Fiji", "Vanuatu", "Australia", "New Zealand"]:
    R(d, c, "memberOf", "Pacific Islands Forum", ev)
R(d, "Mara Pettigrew", "memberOf", "Greens", "Greens senator Mara Pettigrew")
R(d, "Kingston", "locatedIn", "Norfolk Island", "Kingston on Norfolk Island")

# ---------------------------------------------------------------- 05 Gage Park greenhouse (no dispute)
d = D5
for n, a in [("Danielle Okoro", ["Okoro"]), ("Barry Kenward", []), ("Lorraine Vukovich", []),
             ("Ed Vukovich", []), ("Marisol Ortega", []), ("Colleen Marchetti", ["Marchetti"]),
             ("Ravi Dhillon", ["Dhillon"]), ("Bettina Kowalczyk", ["Kowalczyk"]), ("Gord Whelan", ["Whelan"]),
             ("Jonah Abara", [])]:
    E("Person", n, a, [d])
for n, a in [("The Hamilton Spectator", ["Hamilton Spectator", "The Spectator", "TheSpec.com"]),
             ("Hamilton Naturalists' Club", []), ("Prince of Wales Elementary School", []), ("NDP", []),
             ("Toronto Star Newspapers Limited", [])]:
    E("Organization", n, a, [d])
for n, a in [("Hamilton", []), ("Gage Park", []), ("Stoney Creek", []), ("Dundas", []), ("Grimsby", []),
             ("Ontario", ["Ont."]), ("Hamilton Centre", [])]:
    E("Place", n, a, [d])

Q(d, "Marisol Ortega", "It smells like summer again")
Q(d, "Marisol Ortega", "We came every Sunday in the winter before it closed.")
Q(d, "Colleen Marchetti", "This is one of those places every Hamiltonian has a photo of")
Q(d, "Ravi Dhillon", "Fourteen months is a long time")
Q(d, "Ravi Dhillon", "I'm glad it's back.")
Q(d, "Bettina Kowalczyk", "We lost a few orchids")
Q(d, "Lorraine Vukovich", "We had our wedding photos taken outside")
Q(d, "Ed Vukovich", "Don't tell the kids")
Q(d, "Ed Vukovich", "but the bananas aren't really edible.")
Q(d, "Gord Whelan", "I was writing memos about that roof in 2009")
Q(d, "Hamilton Naturalists' Club", "a small but real win for the east end", "optional")
Q(d, "Jonah Abara", "Every kid in this city should get to stand in here in February")
U(d, "ugly but necessary")

P(d, "Colleen Marchetti", ["Mayor"], [], "Mayor Colleen Marchetti")
P(d, "Ravi Dhillon", ["Coun.", "councillor"], [], "Ward 3 Coun. Ravi Dhillon", "optional")
P(d, "Bettina Kowalczyk", ["supervisor of horticulture"], [],
  "Bettina Kowalczyk, the city's supervisor of horticulture")
P(d, "Gord Whelan", ["head horticulturalist", "horticulturalist"], [],
  "Gord Whelan, who was the city's head horticulturalist", former=True)
P(d, "Jonah Abara", ["MPP"], ["NDP", "Hamilton Centre"], "Hamilton Centre MPP Jonah Abara (NDP)", "optional")
P(d, "Danielle Okoro", ["reporter"], ["The Spectator", "Spectator"], "Danielle Okoro is a reporter at The Spectator")

R(d, "Ed Vukovich", "spouse", "Lorraine Vukovich", "Ed and Lorraine Vukovich, who have been married for 51 years")
R(d, "Jonah Abara", "memberOf", "NDP", "Hamilton Centre MPP Jonah Abara (NDP)")
R(d, "Gage Park", "locatedIn", "Hamilton", "Gage Park, in Hamilton's east end")
R(d, "Grimsby", "locatedIn", "Ontario", "Grimsby, Ont.")

NOT_PERSON = [
    "Durand", "Durand Line", "Torkham", "Landi Kotal", "Taliban", "Pashtuns", "Afghan", "Haji",
    "Quaid-i-Azam", "Khyber", "Make", "Babe", "Hon.", "siSwati", "Zulu", "Umhlanga", "Ludzidzini", "Lobamba",
    "KaNgwane", "DIRCO", "Palacio Quemado", "Tiquina", "Titicaca", "Silala", "Bolivian", "Chilean",
    "Norfolk Islanders", "Bondi", "Burnt Pine", "Kanaky", "Medicare", "Pitcairn", "Coun.", "MPP", "Gage Park",
    "Gage Park Tropical Greenhouse", "Hamiltonian", "Grimsby", "Prince of Wales", "Dr",
]

gold = {
    "about": ABOUT,
    "documents": DOCS,
    "near_duplicates": [],
    "entities": ents,
    "not_person": NOT_PERSON,
    "quotes": quotes,
    "unattributed": list(unattributed),
    "unattributed_docs": unattributed,
    "stances": stances,
    "positions": positions,
    "relations": relations,
}

if __name__ == "__main__":
    OUT.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(ents)} entities, {len(quotes)} quotes, {len(stances)} stances, "
          f"{len(positions)} positions, {len(relations)} relations")
