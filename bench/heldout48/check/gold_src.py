#!/usr/bin/env python3
"""Writes bench/heldout48/gold.json from the hand-made lists below."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_lsm_abrene.txt"
D2 = "02_jordantimes_baqura.txt"
D3 = "03_thenorthernview_dixon_entrance.txt"
D4 = "04_irishnews_carlingford_lough.txt"
D5 = "05_bozemandailychronicle_gallatin_school.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Gold standard for bench/heldout48 (five invented articles; every person is fictional).

Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue, colon
  quotes, cue-less continuation paragraphs and every paragraph of a multi-paragraph quote. `optional` =
  partial quotes, headline/deck echoes and statements whose speaker is only a government or ministry.
  Anonymous speakers are not listed, so any attribution of their words counts as wrong; their words are in
  `unattributed` together with scare quotes, subheads and quoted drafts.
- stances: the holder is a gold Country (the text may name it by its capital, government, ministry or a
  minister speaking for it). `territory_any` lists names of one gold Territory. "X does not recognise
  Y's claim to T" / "rejects the claim" / "does not accept sovereignty over T" are doesNotRecognise T for X.
  Questions and hypotheticals are not stances. A claimant's assertion of its own sovereignty is optional.
- positions: `of_any` is empty when the text names no organisation or country with the title.
  Parliamentary and council seats (MP, MLA, TD, deputy, state Sen., State Rep., trustee) and occupations
  are optional; former posts, committee chairs given by a verb, and author footers are required.
- relations: only those stated in the text (spouse, sharesBorderWith, invaded, annexed, memberOf,
  locatedIn); all are scored.
- entities: every person, organisation, country, territory and place named in the text, including bylines,
  photo credits, author footers, related links and copyright lines. Seas, rivers, roads, vessels, treaties
  and unnamed bodies are not entities. Schools named after people and other look-alikes are `not_person`.
"""

ENT = []


def E(typ, name, docs, *aliases):
    ENT.append({"type": typ, "name": name, "aliases": list(aliases), "docs": docs})


P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"
# --- article 1
E(P, "Ilze Straume", [D1], "Straume")
E(P, "Juris Kalniņš", [D1], "Kalniņš", "Juris Kalnins", "Kalnins")
E(P, "Valdis Ozoliņš", [D1], "Ozoliņš", "Valdis Ozolins", "Ozolins")
E(P, "Kristaps Bērziņš-Lūse", [D1], "Bērziņš-Lūse", "Kristaps Berzins-Luse", "Berzins-Luse")
E(P, "Rūta Zvaigzne", [D1], "Zvaigzne", "Ruta Zvaigzne")
E(P, "Mārtiņš Ābele", [D1], "Ābele", "Martins Abele", "Abele")
E(P, "Alina Vorontsova", [D1], "Vorontsova")
E(P, "Gintarė Paulauskienė", [D1], "Paulauskienė", "Gintare Paulauskiene", "Paulauskiene")
E(P, "Andris Liepiņš", [D1], "Liepiņš", "Andris Liepins", "Liepins")
E(O, "LSM", [D1], "LSM.lv", "Latvian Public Broadcasting", "LSM+")
E(O, "Latvian Radio", [D1])
E(O, "Saeima", [D1], "the Saeima")
E(O, "National Alliance", [D1])
E(O, "Progressives", [D1], "the Progressives")
E(O, "NATO", [D1, D3])
E(O, "European Parliament", [D1])
E(O, "United Nations", [D1], "UN")
E(O, "University of Latvia", [D1])
E(C, "Latvia", [D1])
E(C, "Russia", [D1], "Russian Federation", "the Russian Federation")
E(C, "Estonia", [D1])
E(C, "Lithuania", [D1])
E(C, "Soviet Union", [D1], "the Soviet Union", "USSR")
E(C, "Belarus", [D1])
E(T, "Abrene", [D1], "Abrene district", "Pytalovo", "Pytalovo district")
E(PL, "Riga", [D1])
E(PL, "Moscow", [D1])
E(PL, "Tallinn", [D1])
E(PL, "Vilnius", [D1])
E(PL, "Pskov region", [D1], "Pskov")
E(PL, "Latgale", [D1])
E(PL, "Brussels", [D1, D4])
E(PL, "Grebņeva", [D1], "Grebneva")
# --- article 2
E(P, "Rania Haddadin", [D2], "Haddadin")
E(P, "Omar Zu’bi", [D2], "Zu’bi", "Omar Zu'bi", "Zu'bi")
E(P, "Lina Abu Rumman", [D2], "Abu Rumman")
E(P, "Yaron Peled", [D2], "Peled")
E(P, "Noa Ben-Ami", [D2], "Ben-Ami")
E(P, "Ahmed Fawzy Selim", [D2], "Selim")
E(P, "Khaled Obeidat", [D2], "Obeidat")
E(P, "Suha Mansour", [D2], "Mansour", "Prof. Suha Mansour")
E(O, "The Jordan Times", [D2], "Jordan Times")
E(O, "Kan", [D2], "Kan radio")
E(O, "Israeli Ministry of Foreign Affairs", [D2], "Israel’s Ministry of Foreign Affairs")
E(O, "Egyptian Foreign Ministry", [D2])
E(O, "MENA", [D2])
E(O, "Arab League", [D2], "the Arab League")
E(O, "Lower House", [D2], "the Lower House")
E(O, "Palestine Committee", [D2], "the Palestine Committee")
E(O, "University of Jordan", [D2], "the University of Jordan")
E(C, "Jordan", [D2], "Hashemite Kingdom of Jordan")
E(C, "Israel", [D2])
E(C, "Egypt", [D2])
E(C, "Syria", [D2])
E(C, "Iraq", [D2])
E(C, "Saudi Arabia", [D2])
E(T, "Baqura", [D2], "Naharayim")
E(T, "Ghumar", [D2], "Tzofar")
E(PL, "Amman", [D2])
E(PL, "Cairo", [D2])
E(PL, "Jordan Valley", [D2], "the Jordan Valley")
E(PL, "Ashdot Ya’akov", [D2], "Kibbutz Ashdot Ya’akov", "Ashdot Ya'akov", "Ashdot Yaakov")
E(PL, "Wadi Araba", [D2])
E(PL, "Irbid Governorate", [D2], "the Irbid Governorate")
E(PL, "Irbid", [D2])
E(PL, "Al Manshiyya", [D2])
# --- article 3
E(P, "Marisol Tran", [D3], "Tran")
E(P, "Eric Lindqvist", [D3], "Lindqvist")
E(P, "Karen Lindqvist", [D3])
E(P, "Grant Whitcomb", [D3], "Whitcomb")
E(P, "Priya Sandhu", [D3], "Sandhu")
E(P, "Thomas Achterberg", [D3], "Achterberg")
E(P, "Dale Hornbeck", [D3], "Hornbeck")
E(P, "Ruth Stanfield", [D3], "Stanfield")
E(P, "Owen MacAulay", [D3], "MacAulay")
E(O, "The Northern View", [D3], "Northern View")
E(O, "Local Journalism Initiative", [D3])
E(O, "Fisheries and Oceans Canada", [D3])
E(O, "State Department", [D3], "U.S. State Department")
E(O, "Global Affairs Canada", [D3])
E(O, "NDP", [D3], "New Democratic Party")
E(O, "Council of the Haida Nation", [D3])
E(O, "University of British Columbia", [D3], "UBC")
E(O, "Black Press Media", [D3])
E(C, "Canada", [D3])
E(C, "United States", [D3], "U.S.", "US", "USA", "United States of America")
E(T, "Dixon Entrance", [D3])
E(T, "Machias Seal Island", [D3])
E(PL, "Ketchikan", [D3])
E(PL, "Alaska", [D3])
E(PL, "Prince Rupert", [D3])
E(PL, "Ottawa", [D3])
E(PL, "Juneau", [D3])
E(PL, "London", [D3, D4])
E(PL, "Haida Gwaii", [D3])
E(PL, "Masset", [D3])
E(PL, "British Columbia", [D3], "B.C.")
E(PL, "Skeena-Bulkley Valley", [D3])
# --- article 4
E(P, "Declan Morrow", [D4], "Morrow")
E(P, "Siobhán Rafferty", [D4], "Rafferty", "Siobhan Rafferty")
E(P, "Fiachra Nolan", [D4], "Nolan", "Mr Nolan")
E(P, "Gavin Armour", [D4], "Armour", "Mr Armour")
E(P, "Hazel McBurney", [D4], "McBurney")
E(P, "Orlaith Ní Bhriain", [D4], "Ní Bhriain", "Ms Ní Bhriain")
E(P, "Ciarán Ó Dálaigh", [D4], "Ó Dálaigh", "Mr Ó Dálaigh")
E(P, "Maeve Kilbride", [D4], "Kilbride", "Dr Maeve Kilbride")
E(P, "Niall Corrigan", [D4], "Corrigan")
E(O, "The Irish News", [D4], "Irish News", "The Irish News Ltd")
E(O, "Crown Estate", [D4], "the Crown Estate")
E(O, "Dáil", [D4], "the Dáil", "Dail")
E(O, "Northern Ireland Office", [D4], "the Northern Ireland Office")
E(O, "Loughs Agency", [D4], "the Loughs Agency")
E(O, "DUP", [D4], "Democratic Unionist Party")
E(O, "Sinn Féin", [D4], "Sinn Fein")
E(O, "Carlingford and Omeath Oyster Growers", [D4])
E(O, "Queen's University Belfast", [D4], "Queen’s University Belfast")
E(O, "European Union", [D4], "EU", "the European Union")
E(O, "European Commission", [D4])
E(C, "Ireland", [D4], "Republic of Ireland")
E(C, "United Kingdom", [D4], "UK", "the United Kingdom")
E(T, "Carlingford Lough", [D4])
E(T, "Lough Foyle", [D4])
E(PL, "Greenore", [D4])
E(PL, "Co Louth", [D4], "Louth", "County Louth")
E(PL, "Co Donegal", [D4], "County Donegal")
E(PL, "Co Derry", [D4], "County Derry")
E(PL, "Co Down", [D4], "County Down")
E(PL, "South Down", [D4])
E(PL, "Warrenpoint", [D4])
E(PL, "Newry", [D4])
E(PL, "Newry, Mourne and Down", [D4])
E(PL, "Carlingford", [D4])
E(PL, "Dublin", [D4])
# --- article 5
E(P, "Caleb Wendt", [D5], "Wendt")
E(P, "Jessa Marquardt", [D5], "Marquardt")
E(P, "Renée Holtz", [D5], "Holtz", "Renee Holtz")
E(P, "Andrew Pacheco", [D5], "Pacheco")
E(P, "Gloria Easton", [D5], "Easton")
E(P, "Mark Ostrowski", [D5], "Ostrowski")
E(P, "Lorna Tate", [D5], "Tate")
E(P, "Jamie Kowalczyk", [D5], "Kowalczyk")
E(P, "Daniel Ruiz", [D5])
E(P, "Teresa Ruiz", [D5])
E(P, "Colleen Mraz", [D5], "Mraz")
E(P, "Evan Thorsby", [D5], "Thorsby")
E(O, "Bozeman Daily Chronicle", [D5], "Chronicle", "the Chronicle")
E(O, "Bozeman School Board", [D5])
E(O, "Montana State University", [D5])
E(O, "Montana Democratic Party", [D5])
E(O, "House Education Committee", [D5])
E(PL, "Bozeman", [D5])
E(PL, "Gallatin County", [D5])
E(PL, "Belgrade", [D5])
E(PL, "Livingston", [D5])
E(PL, "Montana", [D5])

NOT_PERSON = [
    "Kremlin", "Latvian", "Latvians", "Saeima", "National Alliance", "Progressives", "LSM", "Pytalovo",
    "Abrene", "Latgale", "Grebņeva", "Old Believers", "Russian", "Tallinn",
    "Kingdom", "His Majesty", "Baqura", "Naharayim", "Ghumar", "Tzofar", "Kan", "MENA", "Ashdot Ya’akov",
    "Wadi Araba", "Al Manshiyya", "Yarmouk", "Irbid", "Jordan", "Jordan Times", "Prof.",
    "Northern Dawn", "Dixon Entrance", "Ketchikan", "Masset", "Haida", "Haida Gwaii", "Prince Rupert",
    "White House", "Machias Seal Island", "Black Press Media", "A-B Line", "Juneau", "Sen.", "NDP",
    "Carlingford", "Greenore", "Warrenpoint", "Crown Estate", "Tánaiste", "Dáil", "Free State",
    "Loughs Agency", "Omeath", "Sinn Féin", "DUP", "Newry", "Co Louth", "Louth", "Troubles", "Brexit",
    "Emily Dickinson", "Meadowlark", "Baxter Lane", "Cottonwood Road", "Gallatin County", "Bozeman",
    "Belgrade", "Livingston", "Chronicle", "Rep.",
]

Q = []


def q(speaker, key, doc, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


R, OPT = "required", "optional"
# --- article 1
q("Kristaps Bērziņš-Lūse", "The border treaty is not up for discussion", D1, OPT)
q("Kristaps Bērziņš-Lūse", "We ratified it, Russia ratified it, and it is registered with the United Nations", D1)
q("Kristaps Bērziņš-Lūse", "Latvia keeps its word even when its neighbour does not", D1)
q("Valdis Ozoliņš", "Nobody in this hall wants to move a single post", D1)
q("Valdis Ozoliņš", "Our grandparents did not sign anything in 1945", D1)
q("Rūta Zvaigzne", "less than ideal for a country that hosts allied troops", D1, OPT)
q("Mārtiņš Ābele", "We share the grief, but a parliament is not a history seminar", D1)
q("Alina Vorontsova", "is and will remain part of the Pskov region", D1, OPT)
q("Alina Vorontsova", "Riga signed the treaty with open eyes", D1)
q("Alina Vorontsova", "sensible people still have the majority in the Saeima", D1, OPT)
q("Estonia", "considers the Pytalovo district part of the Russian Federation", D1, OPT)
q("Gintarė Paulauskienė", "There is nothing to reopen and nobody to reopen it with", D1)
q("Andris Liepiņš", "The 1920 peace treaty gave Abrene to Latvia", D1)
# --- article 2
q("Lina Abu Rumman", "Baqura is Jordanian, full stop", D2, OPT)
q("Lina Abu Rumman", "The annexes ran for 25 years, notice was given in 2018", D2)
q("Lina Abu Rumman", "Nobody in Amman is negotiating, and nobody will", D2)
q("Yaron Peled", "We are not asking for a flag. We are asking for a gate", D2)
q("Yaron Peled", "My father planted those avocado trees in 1995", D2)
q("Noa Ben-Ami", "acknowledges Jordanian sovereignty over Baqura and Ghumar", D2, OPT)
q("Noa Ben-Ami", "practical, humanitarian arrangements", D2, OPT)
q("Ahmed Fawzy Selim", "Egypt stands with the brotherly Kingdom in defending every inch", D2)
q("Khaled Obeidat", "close the file permanently", D2, OPT)
q("Khaled Obeidat", "testing the water with farmers’ petitions", D2, OPT)
q("Suha Mansour", "The annexes were unusual from the start", D2)
q("Suha Mansour", "Jordan used that right. What is left is a question of compensation", D2)
# --- article 3
q("Eric Lindqvist", "We fished where my dad fished", D3)
q("Eric Lindqvist", "Those are American waters as far as we're concerned", D3)
q("Karen Lindqvist", "They took forty thousand dollars of fish off a two-person boat", D3)
q("Grant Whitcomb", "expects the vessel's catch to be returned without delay", D3, OPT)
q("Grant Whitcomb", "an unhelpful step between close allies", D3, OPT)
q("Priya Sandhu", "has been the boundary for over a century", D3, OPT)
q("Priya Sandhu", "Canadian law applies in these waters", D3)
q("Priya Sandhu", "We remain open to talks with our American partners", D3)
q("Thomas Achterberg", "Prince Rupert crews have been playing cat and mouse", D3)
q("Dale Hornbeck", "Not one more Alaskan boat gets towed into a Canadian port", D3)
q("Ruth Stanfield", "This water was Haida before it was Canadian or American", D3)
q("Ruth Stanfield", "Both governments are arguing over a line drawn in a room in London", D3)
q("Owen MacAulay", "If Washington ever recognized the line, the issue would vanish overnight", D3)
q("Owen MacAulay", "sits right on the salmon's doorstep", D3, OPT)
# --- article 4
q("Fiachra Nolan", "has never accepted", D4, OPT)
q("Fiachra Nolan", "without so much as a phone call", D4, OPT)
q("Fiachra Nolan", "Ireland has never accepted that the entire lough belongs to the United Kingdom", D4)
q("Fiachra Nolan", "We have offered to settle this with a joint arrangement", D4)
q("Northern Ireland Office", "routine", D4, OPT)
q("Gavin Armour", "political theatre", D4, OPT)
q("Gavin Armour", "Carlingford Lough is part of the United Kingdom and has been since", D4)
q("Gavin Armour", "Oyster growers in Warrenpoint want certainty", D4)
q("Hazel McBurney", "has managed the seabed for generations", D4, OPT)
q("Orlaith Ní Bhriain", "My constituents have farmed oysters here since the 1970s", D4)
q("Ciarán Ó Dálaigh", "We are not looking for a flag war", D4)
q("Maeve Kilbride", "It suited both sides to leave it vague", D4)
q("Maeve Kilbride", "Brexit changed that, because the lough is now a frontier", D4)
q("Niall Corrigan", "Nobody in either foreign ministry wants Carlingford to become the next fishing war", D4)
q("Niall Corrigan", "It will be settled over tea", D4)
# --- article 5
q("Renée Holtz", "Our west side schools are bursting", D5)
q("Renée Holtz", "Families out there deserve a school they can walk to", D5)
q("Renée Holtz", "Kids will pick the name", D5)
q("Andrew Pacheco", "We have talked about this building for two years", D5)
q("Gloria Easton", "I'm not against the school", D5)
q("Mark Ostrowski", "Prices have come down a little since last year", D5)
q("Jamie Kowalczyk", "My kids have spent three years in a trailer", D5)
q("Jamie Kowalczyk", "I'll take a crosswalk fight over another year of that", D5)
q("Teresa Ruiz", "We bought here because it was quiet", D5)
q("Teresa Ruiz", "We're not saying no. We're saying plan the roads first", D5)
q("Evan Thorsby", "Growth is not a local problem anymore", D5)

UNATTRIBUTED = [
    "occupied Latvian land", "A debt of memory",
    "Trees and pumps", "The soil does not care who owns it",
    "Not a new line", "Nobody wants to be the next boat on the news",
]

S = []


def s(country, stance, terr, doc, evidence, status=R):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "evidence": evidence, "status": status})


REC, NOT = "recognises", "doesNotRecognise"
ABRENE = ["Abrene", "Pytalovo", "Abrene district", "Pytalovo district"]
s("Latvia", REC, ABRENE, D1, "Riga recognises Pytalovo as Russian territory")
s("Estonia", REC, ABRENE, D1, "Tallinn \"considers the Pytalovo district part of the Russian Federation")
s("Russia", REC, ABRENE, D1, "the Pytalovo district \"is and will remain part of the Pskov region\"", OPT)
s("Israel", REC, ["Baqura", "Naharayim"], D2, "Israel “acknowledges Jordanian sovereignty over Baqura and Ghumar")
s("Israel", REC, ["Ghumar", "Tzofar"], D2, "Israel “acknowledges Jordanian sovereignty over Baqura and Ghumar")
s("Egypt", REC, ["Baqura", "Naharayim"], D2, "backs Jordan’s sovereignty over both areas")
s("Egypt", REC, ["Ghumar", "Tzofar"], D2, "backs Jordan’s sovereignty over both areas")
s("Jordan", REC, ["Baqura", "Naharayim"], D2, "Baqura is Jordanian, full stop", OPT)
s("United States", NOT, ["Dixon Entrance"], D3,
  "does not recognize Canada's claim to the waters of Dixon Entrance south of it")
s("Canada", NOT, ["Dixon Entrance"], D3, "Ottawa rejects the U.S. claim to the disputed zone")
s("Ireland", NOT, ["Carlingford Lough"], D4, "Dublin does not accept British sovereignty over the lough")
s("United Kingdom", NOT, ["Carlingford Lough"], D4,
  "The UK government has never recognised Ireland's claim to any part of Carlingford Lough")
s("Ireland", NOT, ["Lough Foyle"], D4, "Ireland rejects the claim that Lough Foyle is wholly British")

POS = []


def p(person, titles, of, doc, evidence, status=R, former=False):
    POS.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": evidence,
                "status": status, "former": former})


# --- article 1
p("Kristaps Bērziņš-Lūse", ["foreign minister"], [], D1, "Foreign Minister Kristaps Bērziņš-Lūse")
p("Valdis Ozoliņš", ["deputy"], ["National Alliance", "Saeima"], D1, "a deputy of the National Alliance", OPT)
p("Rūta Zvaigzne", ["chair", "chairs"], ["human rights committee", "Saeima"], D1,
  "who chairs the Saeima's human rights committee")
p("Rūta Zvaigzne", ["deputy"], ["National Alliance", "Saeima"], D1, "a National Alliance deputy", OPT)
p("Mārtiņš Ābele", ["leader"], ["Progressives"], D1, "Their leader, Mārtiņš Ābele")
p("Alina Vorontsova", ["spokeswoman", "spokesperson"], ["Russia", "foreign ministry"], D1,
  "Russian foreign ministry spokeswoman Alina Vorontsova")
p("Gintarė Paulauskienė", ["deputy foreign minister"], ["Lithuania"], D1,
  "who was her country's deputy foreign minister until 2024", former=True)
p("Gintarė Paulauskienė", ["member of the European Parliament", "MEP"], ["European Parliament"], D1,
  "a member of the European Parliament from Lithuania", OPT)
p("Andris Liepiņš", ["historian"], ["University of Latvia"], D1, "Historian Andris Liepiņš of the University of Latvia")
p("Ilze Straume", ["political reporter", "reporter"], ["Latvian Radio"], D1,
  "Ilze Straume is a political reporter at Latvian Radio")
p("Ilze Straume", ["correspondent"], ["LSM", "Brussels"], D1, "She was previously LSM's correspondent in Brussels",
  former=True)
# --- article 2
p("Lina Abu Rumman", ["Minister of State for Media Affairs", "minister"], [], D2,
  "Minister of State for Media Affairs Lina Abu Rumman")
p("Yaron Peled", ["organiser"], [], D2, "Its organiser, Yaron Peled", OPT)
p("Noa Ben-Ami", ["spokesperson"], ["Ministry of Foreign Affairs", "Israel"], D2,
  "ministry spokesperson Noa Ben-Ami")
p("Ahmed Fawzy Selim", ["spokesman", "spokesperson"], ["Egyptian Foreign Ministry", "Egypt"], D2,
  "Egyptian Foreign Ministry spokesman Ahmed Fawzy Selim")
p("Khaled Obeidat", ["MP"], ["Lower House"], D2, "MP Khaled Obeidat", OPT)
p("Khaled Obeidat", ["head", "heads", "chair"], ["Palestine Committee"], D2, "heads the Palestine Committee")
p("Suha Mansour", ["professor", "prof", "teaches international law", "international law"], ["University of Jordan"],
  D2, "Prof. Suha Mansour, who teaches international law at the University of Jordan")
# --- article 3
p("Eric Lindqvist", ["skipper"], [], D3, "The skipper, Eric Lindqvist", OPT)
p("Grant Whitcomb", ["spokesperson", "spokesman"], ["State Department"], D3,
  "State Department spokesperson Grant Whitcomb")
p("Priya Sandhu", ["spokesperson"], ["Global Affairs Canada"], D3, "Global Affairs Canada spokesperson Priya Sandhu")
p("Thomas Achterberg", ["MP"], ["Skeena-Bulkley Valley"], D3, "Skeena-Bulkley Valley MP Thomas Achterberg", OPT)
p("Dale Hornbeck", ["state sen", "senator"], ["Alaska"], D3, "Alaska state Sen. Dale Hornbeck", OPT)
p("Ruth Stanfield", ["president"], ["Council of the Haida Nation", "Haida Nation"], D3,
  "Ruth Stanfield, president of the Council of the Haida Nation")
p("Ruth Stanfield", ["mayor"], ["Masset"], D3, "who was mayor of Masset from 2014 to 2022", former=True)
p("Owen MacAulay", ["professor"], ["University of British Columbia"], D3,
  "Owen MacAulay, a professor of ocean law at the University of British Columbia")
p("Marisol Tran", ["reporter"], ["The Northern View", "Northern View", "Local Journalism Initiative"], D3,
  "Marisol Tran is a Local Journalism Initiative reporter with The Northern View")
# --- article 4
p("Declan Morrow", ["political correspondent"], ["Irish News"], D4,
  "Declan Morrow is Political Correspondent of The Irish News")
p("Declan Morrow", ["dublin correspondent", "correspondent"], ["Irish News", "Dublin"], D4,
  "He was formerly the paper's Dublin correspondent", former=True)
p("Fiachra Nolan", ["Tánaiste", "Tanaiste"], [], D4, "Tánaiste and Minister for Foreign Affairs Fiachra Nolan")
p("Fiachra Nolan", ["Minister for Foreign Affairs", "foreign minister"], [], D4,
  "Tánaiste and Minister for Foreign Affairs Fiachra Nolan")
p("Gavin Armour", ["MLA"], ["DUP", "South Down"], D4, "DUP MLA Gavin Armour", OPT)
p("Hazel McBurney", ["mayor"], ["Newry, Mourne and Down", "Newry"], D4,
  "a former mayor of Newry, Mourne and Down", former=True)
p("Orlaith Ní Bhriain", ["TD"], ["Sinn Féin", "Louth"], D4, "Sinn Féin TD Orlaith Ní Bhriain", OPT)
p("Ciarán Ó Dálaigh", ["chair", "chairs", "chairman"], ["Carlingford and Omeath Oyster Growers"], D4,
  "who chairs Carlingford and Omeath Oyster Growers")
p("Maeve Kilbride", ["lecturer"], ["Queen's University Belfast"], D4,
  "Dr Maeve Kilbride, a lecturer in international law at Queen's University Belfast")
p("Niall Corrigan", ["ambassador"], ["Ireland", "Irish", "London"], D4,
  "Former Irish ambassador to London Niall Corrigan", former=True)
# --- article 5
p("Caleb Wendt", ["staff writer"], ["Chronicle"], D5, "By Caleb Wendt Chronicle Staff Writer")
p("Renée Holtz", ["superintendent"], [], D5, "Superintendent Renée Holtz")
p("Renée Holtz", ["superintendent"], ["Livingston"], D5, "who was superintendent in Livingston", former=True)
p("Andrew Pacheco", ["board chair", "chair"], [], D5, "Board chair Andrew Pacheco")
p("Gloria Easton", ["trustee"], [], D5, "trustee Gloria Easton", OPT)
p("Mark Ostrowski", ["Deputy Superintendent for Operations", "deputy superintendent"], [], D5,
  "Deputy Superintendent for Operations Mark Ostrowski")
p("Lorna Tate", ["commissioner", "county commissioner"], ["Gallatin County"], D5,
  "Gallatin County Commissioner Lorna Tate")
p("Lorna Tate", ["school board member", "board member"], ["school board"], D5,
  "who sat on the school board until 2024", OPT, former=True)
p("Colleen Mraz", ["mayor"], ["Bozeman"], D5, "Bozeman Mayor Colleen Mraz")
p("Evan Thorsby", ["state rep", "representative"], [], D5, "State Rep. Evan Thorsby", OPT)

REL = []


def r(subj, pred, obj, doc, evidence, status=R):
    REL.append({"subject": subj, "predicate": pred, "object": obj,
                "symmetric": pred in ("spouse", "sharesBorderWith"), "docs": [doc], "evidence": evidence,
                "status": status})


# --- article 1
r("Soviet Union", "annexed", "Abrene", D1, "the Soviet Union annexed Abrene")
r("Soviet Union", "invaded", "Latvia", D1, "the Soviet Union invaded Latvia")
r("Valdis Ozoliņš", "memberOf", "National Alliance", D1, "a deputy of the National Alliance")
r("Rūta Zvaigzne", "memberOf", "National Alliance", D1, "a National Alliance deputy")
r("Mārtiņš Ābele", "memberOf", "Progressives", D1, "The opposition Progressives were split. Their leader, Mārtiņš Ābele")
r("Latvia", "memberOf", "NATO", D1, "Latvia, a member of NATO since 2004")
r("Latvia", "sharesBorderWith", "Russia", D1, "Latvia's 284-kilometre border with Russia")
r("Latvia", "sharesBorderWith", "Belarus", D1, "Latvia also shares a border with Belarus")
r("Estonia", "sharesBorderWith", "Latvia", D1, "Estonia, which shares a border with both Latvia and Russia")
r("Estonia", "sharesBorderWith", "Russia", D1, "Estonia, which shares a border with both Latvia and Russia")
r("Latgale", "locatedIn", "Latvia", D1, "Latgale, the eastern Latvian region")
r("Abrene", "locatedIn", "Pskov region", D1, "Pytalovo, in Russia's Pskov region")
r("Pskov region", "locatedIn", "Russia", D1, "Russia's Pskov region")
# --- article 2
for c in ("Israel", "Syria", "Iraq", "Saudi Arabia"):
    r("Jordan", "sharesBorderWith", c, D2, "Jordan, which shares borders with Israel, Syria, Iraq and Saudi Arabia")
r("Jordan", "memberOf", "Arab League", D2, "Jordan and Egypt, both members of the Arab League")
r("Egypt", "memberOf", "Arab League", D2, "Jordan and Egypt, both members of the Arab League")
r("Ashdot Ya’akov", "locatedIn", "Israel", D2, "Kibbutz Ashdot Ya’akov in northern Israel")
r("Baqura", "locatedIn", "Irbid Governorate", D2, "Baqura lies in the Irbid Governorate")
r("Baqura", "locatedIn", "Jordan Valley", D2, "Baqura in the northern Jordan Valley")
r("Ghumar", "locatedIn", "Wadi Araba", D2, "lies in Wadi Araba")
# --- article 3
r("Ketchikan", "locatedIn", "Alaska", D3, "A fishing boat from Ketchikan, Alaska")
r("Eric Lindqvist", "spouse", "Karen Lindqvist", D3, "his wife Karen Lindqvist")
r("Canada", "sharesBorderWith", "United States", D3, "The two countries, which share the world's longest land border")
r("Canada", "memberOf", "NATO", D3, "are both members of NATO")
r("United States", "memberOf", "NATO", D3, "are both members of NATO")
r("Thomas Achterberg", "memberOf", "NDP", D3, "MP Thomas Achterberg (NDP)")
r("Masset", "locatedIn", "Haida Gwaii", D3, "Masset, on Haida Gwaii")
r("Prince Rupert", "locatedIn", "British Columbia", D3, "Prince Rupert, in British Columbia")
r("Juneau", "locatedIn", "Alaska", D3, "In Juneau, Alaska")
# --- article 4
r("Orlaith Ní Bhriain", "spouse", "Ciarán Ó Dálaigh", D4, "She is married to Ciarán Ó Dálaigh")
r("Gavin Armour", "memberOf", "DUP", D4, "DUP MLA Gavin Armour")
r("Hazel McBurney", "memberOf", "DUP", D4, "His party colleague Hazel McBurney")
r("Orlaith Ní Bhriain", "memberOf", "Sinn Féin", D4, "Sinn Féin TD Orlaith Ní Bhriain")
r("Ireland", "sharesBorderWith", "United Kingdom", D4,
  "Ireland and the United Kingdom, which share a land border of about 500km")
r("Ireland", "memberOf", "European Union", D4, "Ireland is a member of the European Union")
r("Greenore", "locatedIn", "Co Louth", D4, "Greenore, Co Louth")
r("Carlingford", "locatedIn", "Co Louth", D4, "Carlingford, in Co Louth")
r("Warrenpoint", "locatedIn", "Co Down", D4, "Warrenpoint, in Co Down")
# --- article 5
r("Daniel Ruiz", "spouse", "Teresa Ruiz", D5, "He and his wife, Teresa Ruiz")
r("Evan Thorsby", "memberOf", "Montana Democratic Party", D5, "Thorsby is a member of the Montana Democratic Party")
r("Bozeman", "locatedIn", "Gallatin County", D5, "Bozeman, in Gallatin County")
r("Belgrade", "locatedIn", "Gallatin County", D5, "Belgrade, also in Gallatin County")

GOLD = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": ENT, "not_person": NOT_PERSON,
        "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S, "positions": POS, "relations": REL}


def render() -> str:
    return json.dumps(GOLD, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(render(), encoding="utf-8")
    print("wrote", HERE.parent / "gold.json")
