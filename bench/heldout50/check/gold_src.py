#!/usr/bin/env python3
"""Writes bench/heldout50/gold.json, the hand-made gold for the five heldout50 articles."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = {1: "01_naharnet_karish_line.txt", 2: "02_saltwire_miquelon_shelf.txt", 3: "03_ina_kirkuk.txt",
     4: "04_eadt_sealand.txt", 5: "05_theday_mystic_library.txt"}

ABOUT = """Hand-made gold for bench/heldout50 (five invented articles; every person is fictional).

Conventions. `key` is a distinctive stretch of a quote's own words, long enough not to match inside
another quote. `required` quotes are full statements with an explicit speaker (name, surname, pronoun,
role or organisation), including sentences after the cue, colon quotes and every paragraph of a
multi-paragraph quote; partial quotes, headline and deck echoes are `optional`. Anonymous speakers are
not listed, so giving their words a speaker counts as a wrong attribution. `unattributed` lists quoted
strings with no speaker (titles, scare quotes, related headlines). Stances: the holder is a gold
country (the country, its government, ministry, capital or a minister speaking for it); questions,
hypotheticals and `is expected to recognise` are not stances; a claimant's own claim is optional;
holders that are not countries (a province, a regional government) give no stance. Positions:
`of_any` is empty when the text names no body next to the title; former posts carry `former: true`;
parliamentary seats, occupations, self-styled titles and byline titles are optional. Relations:
only what the text states (spouse, sharesBorderWith, invaded, memberOf, locatedIn). Entities: every
person, organisation, country, territory and place named in the article text, including bylines,
photo credits, footers and copyright lines; seas, banks, lines, buildings, streets, structures and
platforms are not entities. Each entity carries the `docs` it is mentioned in; stances, positions
and relations carry `docs` and a verbatim `evidence` string."""

ENT = []
def e(typ, name, docs, *aliases):
    ENT.append({"type": typ, "name": name, "aliases": list(aliases), "docs": [D[d] for d in docs]})

P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# ---- countries (shared)
e(C, "Lebanon", [1]); e(C, "Israel", [1]); e(C, "Syria", [1, 3]); e(C, "Cyprus", [1])
e(C, "France", [1, 2]); e(C, "United States", [1, 2], "U.S.", "US", "USA")
e(C, "Canada", [2]); e(C, "Iraq", [3]); e(C, "Turkey", [3], "Türkiye"); e(C, "Iran", [3])
e(C, "Jordan", [3]); e(C, "Saudi Arabia", [3]); e(C, "Kuwait", [3])
e(C, "United Kingdom", [4], "UK", "Britain", "U.K."); e(C, "Germany", [4]); e(C, "Poland", [4]); e(C, "Ireland", [4])
# ---- territories
e(T, "Karish field", [1], "Karish", "Karish gas field")
e(T, "Block 9", [1])
e(T, "Miquelon shelf", [2], "the Miquelon shelf")
e(T, "Saint-Pierre and Miquelon", [2], "Saint Pierre and Miquelon")
e(T, "Kirkuk", [3], "Kirkuk governorate", "governorate of Kirkuk")
e(T, "Sealand", [4], "Principality of Sealand", "Roughs Tower")
# ---- article 1
e(O, "Naharnet", [1]); e(O, "United Nations", [1, 2], "U.N.", "UN")
e(O, "Israeli Foreign Ministry", [1], "Israel's Foreign Ministry")
e(O, "Lebanese Petroleum Administration", [1], "LPA"); e(O, "Energean", [1])
e(O, "American University of Beirut", [1]); e(O, "Hezbollah", [1]); e(O, "UNIFIL", [1])
e(O, "European Union", [1], "EU"); e(O, "TotalEnergies", [1]); e(O, "State Department", [1, 2])
e(L, "Beirut", [1]); e(L, "Jerusalem", [1]); e(L, "Washington", [1, 2, 3]); e(L, "Tyre", [1])
e(L, "Naqoura", [1]); e(L, "Brussels", [1]); e(L, "Paris", [1, 2]); e(L, "Nicosia", [1])
e(P, "Walid Kassab", [1], "Kassab"); e(P, "Noa Ben-Haim", [1], "Ben-Haim")
e(P, "Ghassan Mouawad", [1], "Mouawad"); e(P, "Leila Haidar", [1], "Haidar", "Dr. Haidar")
e(P, "Hadi Kanso", [1], "Kanso"); e(P, "Stelios Hadjipetrou", [1], "Hadjipetrou")
e(P, "Bilal Srour", [1], "Srour"); e(P, "Samira Srour", [1]); e(P, "Rami Haddad", [1], "Haddad")
# ---- article 2
e(O, "SaltWire", [2], "SaltWire Network"); e(O, "The Telegram", [2])
e(O, "Commission on the Limits of the Continental Shelf", [2], "UN Commission on the Limits of the Continental Shelf")
e(O, "House of Commons", [2]); e(O, "Territorial Council of Saint-Pierre and Miquelon", [2])
e(O, "Embassy of France in Canada", [2]); e(O, "FFAW-Unifor", [2], "FFAW")
e(O, "Memorial University of Newfoundland", [2], "Memorial University"); e(O, "NATO", [2, 4])
e(O, "New Democratic Party", [2], "NDP")
e(L, "St. John's", [2], "St Johns"); e(L, "Ottawa", [2]); e(L, "Fortune", [2]); e(L, "Newfoundland", [2])
e(L, "Burin Peninsula", [2]); e(L, "Newfoundland and Labrador", [2], "N.L."); e(L, "Saint-Pierre", [2])
e(P, "Jillian Coady", [2], "Coady"); e(P, "Kenny Noseworthy", [2], "Noseworthy")
e(P, "Étienne Laroche", [2], "Laroche", "Etienne Laroche"); e(P, "Yannick Borotra", [2], "Borotra")
e(P, "Wayne Hollett", [2]); e(P, "Debbie Hollett", [2]); e(P, "Darrell Kearley", [2], "Kearley")
e(P, "Gerald Fudge", [2], "Fudge"); e(P, "Shannon Pike", [2], "Pike"); e(P, "Glen Rideout", [2], "Rideout")
e(P, "Lorraine Kavanagh", [2], "Kavanagh")
# ---- article 3
e(O, "Iraqi News Agency", [3], "INA"); e(O, "Council of Ministers", [3])
e(O, "Kurdistan Parliament", [3], "Kurdistan Region's parliament")
e(O, "Prime Minister's Office", [3]); e(O, "Kurdistan Democratic Party", [3], "KDP")
e(O, "Patriotic Union of Kurdistan", [3], "PUK"); e(O, "Turkish Foreign Ministry", [3])
e(O, "U.S. Embassy in Baghdad", [3]); e(O, "University of Kirkuk", [3]); e(O, "Arab League", [3])
e(O, "Federal Court", [3])
e(L, "Baghdad", [3]); e(L, "Erbil", [3]); e(L, "Ankara", [3]); e(L, "Tehran", [3]); e(L, "Amman", [3])
e(L, "Kurdistan Region", [3], "Kurdistan")
e(P, "Hawraa Al-Jubouri", [3], "Al-Jubouri"); e(P, "Mustafa Karim", [3])
e(P, "Saad Al-Obaidi", [3], "Al-Obaidi", "Dr. Saad Al-Obaidi"); e(P, "Shirin Barzinji", [3], "Barzinji")
e(P, "Karwan Salih", [3], "Salih"); e(P, "Elif Yazıcıoğlu", [3], "Yazıcıoğlu")
e(P, "Mohammad-Reza Kazemi", [3], "Kazemi"); e(P, "Ayhan Bayatlı", [3], "Bayatlı")
e(P, "Gülşen", [3]); e(P, "Ahmed Al-Samarrai", [3], "Al-Samarrai")
# ---- article 4
e(O, "East Anglian Daily Times", [4], "EADT"); e(O, "Home Office", [4]); e(O, "Admiralty", [4])
e(O, "Archant", [4], "ARCHANT"); e(O, "German embassy in London", [4], "German embassy")
e(O, "Felixstowe Town Council", [4]); e(O, "University of Essex", [4])
e(O, "Conservative Party", [4], "Conservative"); e(O, "Ipswich Star", [4])
e(O, "Newsquest Media Group", [4], "Newsquest")
e(L, "Suffolk", [4]); e(L, "Felixstowe", [4]); e(L, "Ipswich", [4]); e(L, "Harwich", [4]); e(L, "Essex", [4])
e(L, "London", [4]); e(L, "Walton-on-the-Naze", [4]); e(L, "Hook of Holland", [4]); e(L, "Dublin", [4])
e(L, "Whitehall", [4])
e(P, "Harriet Moss", [4], "Moss"); e(P, "Tom Pryke", [4], "Pryke")
e(P, "Oliver Granger", [4], "Mr Granger"); e(P, "Clara Granger", [4])
e(P, "Katrin Vogelsang", [4], "Vogelsang", "Ms Vogelsang"); e(P, "Tobias Wren", [4], "Wren", "Mr Wren")
e(P, "Janet Abbott", [4], "Abbott", "Cllr Janet Abbott")
e(P, "Rupert Halloran", [4], "Halloran", "Prof. Halloran", "Prof. Rupert Halloran")
# ---- article 5
e(O, "The Day", [5], "theday.com"); e(O, "Mystic & Noank Library", [5], "Mystic and Noank Library")
e(O, "Planning and Zoning Commission", [5]); e(O, "Providence Public Library", [5])
e(O, "Democratic Party", [5], "Democrat"); e(O, "Mystic Congregational Church", [5])
e(O, "Centerbrook Architects", [5]); e(O, "The Day Publishing Company", [5])
e(L, "New London", [5]); e(L, "Connecticut", [5]); e(L, "Stonington", [5]); e(L, "Mystic", [5])
e(L, "Noank", [5]); e(L, "Groton", [5]); e(L, "Centerbrook", [5]); e(L, "North Stonington", [5])
e(P, "Marcus Delgado", [5], "Delgado"); e(P, "Sarah Lindqvist", [5], "Lindqvist")
e(P, "Priya Venkataraman", [5], "Venkataraman"); e(P, "Robert Pendleton", [5], "Pendleton")
e(P, "Ellen Marsh", [5], "Marsh"); e(P, "Harold Whitcombe", [5], "Harold"); e(P, "Joan Whitcombe", [5])
e(P, "Daniela Ferraro", [5], "Ferraro"); e(P, "Thomas Avery", [5], "Avery")
e(P, "Claire Donnelly", [5], "Donnelly")

NOT_PERSON = [
    "Naharnet", "Grand Serail", "Karish", "Energean", "Hezbollah", "UNIFIL", "Naqoura", "Tyre", "Line 23",
    "Block 9", "TotalEnergies", "SaltWire", "Telegram", "The Telegram", "Grand Banks", "Burin", "Fortune",
    "Saint-Pierre", "Miquelon", "FFAW-Unifor", "Unifor", "Memorial", "Premier", "Facebook", "INA",
    "Kirkuk", "Kirkuk Citadel", "Amman", "Erbil", "Article 140", "Turkmen", "Kurds", "KDP", "PUK", "Arab League",
    "Sealand", "Roughs Tower", "Home Office", "Whitehall", "Admiralty", "ARCHANT", "Archant", "HM Principality",
    "Grangers", "Cllr", "Prof.", "EADT", "Walton-on-the-Naze", "Hook of Holland", "Newsquest",
    "Mystic", "Noank", "Groton", "Stonington", "Centerbrook", "Library Street", "Pearl Street", "Broadway",
    "First Selectman", "State Rep.", "The Day", "Providence",
]

Q = []
def q(speaker, key, doc, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [D[doc]], "status": status})

# article 1
q("Walid Kassab", "crosses into waters we never surrendered", 1, "optional")
q("Walid Kassab", "Lebanon will not stand by while a foreign company drills", 1)
q("Walid Kassab", "We have written to the United Nations and we will write again", 1)
q("Noa Ben-Haim", "Karish is Israeli, it always was", 1)
q("Israeli Foreign Ministry", "remain entirely south of the agreed line", 1, "optional")
q("Israeli Foreign Ministry", "Israel has honoured every clause of the arrangement", 1)
q("Ghassan Mouawad", "If the rig moves north, our survey of Block 9 moves with it", 1)
q("Leila Haidar", "The 2022 exchange of letters was never a treaty in the classic sense", 1)
q("Leila Haidar", "It is a set of parallel commitments lodged with Washington", 1)
q("Leila Haidar", "That means each side can read it as it likes", 1)
q("Hadi Kanso", "an inch of our water to be taken", 1, "optional")
q("Hadi Kanso", "Our patience is not endless", 1)
q("Stelios Hadjipetrou", "Cyprus backs Lebanon's sovereignty over Block 9, and we have said so clearly", 1)
q("Bilal Srour", "The boats go out less every month, because nobody knows", 1)
q("Samira Srour", "We hear the helicopters at night and we keep the children home", 1)
# article 2
q("Étienne Laroche", "We will not trade away the Grand Banks", 2, "optional")
q("Canada", "We will not trade away the Grand Banks", 2, "optional")
q("Étienne Laroche", "We will not trade away the Grand Banks for a line drawn in Paris", 2)
q("Étienne Laroche", "Canada has answered this claim before, in 1992 and again in 2014", 2)
q("Yannick Borotra", "Our fishermen were squeezed into a corridor two hundred miles long", 2)
q("Yannick Borotra", "France is simply asking the commission to look at the geology", 2)
q("Embassy of France in Canada", "follows the rules every coastal state follows", 2, "optional")
q("Wayne Hollett", "They came for the cod in the eighties and the court gave them a string of spaghetti", 2)
q("Wayne Hollett", "Now they want the plate", 2)
q("Debbie Hollett", "Every time this comes up, the price of a licence on this coast goes down", 2)
q("Darrell Kearley", "Nobody from Ottawa picked up the phone to the people who actually fish", 2)
q("Shannon Pike", "The commission will not rule while Canada objects", 2)
q("Lorraine Kavanagh", "a rerun with better maps", 2, "optional")
# article 3
q("Council of Ministers", "without legal effect", 3, "optional")
q("Kurdistan Parliament", "an inseparable part of Kurdistan", 3, "optional")
q("Saad Al-Obaidi", "has no legal effect whatsoever", 3, "optional")
q("Saad Al-Obaidi", "Kirkuk is an Iraqi governorate, its people are Arabs, Kurds, Turkmen and Christians", 3)
q("Saad Al-Obaidi", "respects the Region as a constitutional entity", 3, "optional")
q("Prime Minister's Office", "The federal government will not allow any party to impose facts on the ground", 3)
q("Shirin Barzinji", "We are asking for what Article 140 promised us in 2005", 3)
q("Shirin Barzinji", "Twenty-three years is a long time to wait for a census", 3)
q("Karwan Salih", "helps nobody in Kirkuk", 3, "optional")
q("Elif Yazıcıoğlu", "will oppose any attempt to change its demographic or administrative character", 3, "optional")
q("Mohammad-Reza Kazemi", "unilateral steps only invite unilateral answers", 3, "optional")
q("U.S. Embassy in Baghdad", "dialogue under the constitution", 3, "optional")
q("Ayhan Bayatlı", "Every few years someone in Erbil or Baghdad draws Kirkuk on a map", 3)
q("Gülşen", "My customers are Kurds, Arabs and Turkmen. Nobody asked them.", 3)
q("Ahmed Al-Samarrai", "Article 140 is not dead; it was simply never funded", 3)
# article 4
q("Home Office", "the United Kingdom does not recognise Sealand as a state, and documents issued in its name", 4)
q("Home Office", "Anyone presenting such a document will be treated as having no valid travel document", 4)
q("Oliver Granger", "in good faith", 4, "optional")
q("Oliver Granger", "We have never asked Britain for anything except to be left alone", 4)
q("Oliver Granger", "But we will not pretend we are something we are not", 4)
q("Oliver Granger", "Germany sent a diplomat to talk to us in 1978", 4)
q("Katrin Vogelsang", "The visit in 1978 was a consular matter concerning a German citizen", 4)
q("Tobias Wren", "a harmless bit of theatre that has gone too far", 4, "optional")
q("Tobias Wren", "Sealand is a great story for the pub, but a border is not a pub", 4)
q("Tobias Wren", "I have asked the minister to make sure nobody is misled", 4)
q("Janet Abbott", "People love it. Tourists ask us about it all the time", 4)
q("Rupert Halloran", "A platform is not territory. You cannot build your way to statehood", 4)
q("Rupert Halloran", "If Dublin were to recognise Sealand, I would eat my hat", 4)
# article 5
q("Priya Venkataraman", "For 134 years this building has asked people to climb stairs to read", 5)
q("Priya Venkataraman", "In about eighteen months, it won't", 5)
q("Priya Venkataraman", "We turn families away on Saturday mornings", 5)
q("Robert Pendleton", "This is not the plan we saw in 2026, and that is a compliment", 5)
q("Ellen Marsh", "I just don't love the idea of a delivery truck backing into Pearl Street", 5)
q("Joan Whitcombe", "the next generation of readers to walk in through the front door", 5, "optional")
q("Daniela Ferraro", "I have already spoken to the bond commission", 5)
q("Thomas Avery", "The library belongs to both Stonington and Groton", 5)
q("Claire Donnelly", "Every brick on the new wing will have a name on it", 5)

UNATTRIBUTED = ["Principality of Sealand", "A string of spaghetti", "passports", "Not a single coordinate",
                "A matter of principle"]

S = []
def s(country, stance, territory_any, doc, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": territory_any, "docs": [D[doc]],
              "evidence": evidence, "status": status})

s("Lebanon", "doesNotRecognise", ["Israel"], 1, "Lebanon, which has never recognised Israel")
s("Lebanon", "doesNotRecognise", ["Karish"], 1, "Beirut does not accept Israeli sovereignty over the Karish field")
s("Cyprus", "recognises", ["Block 9"], 1, "Cyprus backs Lebanon's sovereignty over Block 9")
s("Israel", "recognises", ["Karish"], 1, "Karish is Israeli, it always was", "optional")
s("Canada", "doesNotRecognise", ["Miquelon shelf"], 2, "Ottawa rejects France’s claim to the Miquelon shelf")
s("Canada", "recognises", ["Saint-Pierre and Miquelon", "Saint Pierre and Miquelon"], 2,
  "Canada has always recognized French sovereignty over Saint-Pierre and Miquelon itself")
s("France", "recognises", ["Miquelon shelf"], 2, "France considers the Miquelon shelf part of its continental margin", "optional")
s("Turkey", "recognises", ["Kirkuk"], 3, "Ankara considers Kirkuk part of Iraq")
s("Iran", "recognises", ["Kirkuk"], 3, "Tehran also backs Iraq's sovereignty over Kirkuk")
s("Jordan", "recognises", ["Kirkuk"], 3, "Jordan also recognises Kirkuk as part of Iraq")
s("Iraq", "recognises", ["Kirkuk"], 3, "Kirkuk is an Iraqi governorate", "optional")
s("Iraq", "doesNotRecognise", ["Kirkuk"], 3, "Iraq rejects the claim that Kirkuk belongs to the Kurdistan Region", "optional")
s("United Kingdom", "doesNotRecognise", ["Sealand"], 4, "the United Kingdom does not recognise Sealand as a state")
s("Germany", "doesNotRecognise", ["Sealand"], 4, "Germany has never recognised Sealand")

NEGATIVE = [  # no stance: questions, hypotheticals, modality, non-country holders
    "Would Washington recognise a new line if both sides asked for one?",
    "is expected to recognise any revised coordinates lodged at the U.N.",
    "Would Washington ever recognize the French submission?",
    "Newfoundland and Labrador does not accept the French submission either",
    "Would Washington recognise a Kurdish Kirkuk if a referendum were held?",
    "If Dublin were to recognise Sealand, I would eat my hat",
    "Asked whether Ireland might recognise Sealand",
]

POS = []
def p(person, title_any, of_any, doc, evidence, status="required", former=False):
    POS.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [D[doc]],
                "evidence": evidence, "status": status, "former": former})

p("Walid Kassab", ["energy minister"], ["Lebanon", "Lebanese"], 1, "Energy Minister Walid Kassab")
p("Noa Ben-Haim", ["energy minister"], ["Israel"], 1, "Israel's energy minister, Noa Ben-Haim")
p("Ghassan Mouawad", ["head", "chair", "president", "director"], ["Lebanese Petroleum Administration", "Petroleum Administration"], 1,
  "Ghassan Mouawad, who heads the Lebanese Petroleum Administration")
p("Leila Haidar", ["professor"], ["American University of Beirut"], 1,
  "Dr. Leila Haidar, a professor of maritime law at the American University of Beirut")
p("Leila Haidar", ["legal adviser", "adviser"], ["Lebanon", "negotiating team"], 1,
  "who served as a legal adviser to Lebanon's negotiating team in 2022", former=True)
p("Hadi Kanso", ["lawmaker", "mp"], ["Hezbollah"], 1, "Hezbollah lawmaker Hadi Kanso", "optional")
p("Stelios Hadjipetrou", ["foreign minister"], ["Cyprus"], 1, "Foreign Minister Stelios Hadjipetrou")
p("Bilal Srour", ["fisherman"], [], 1, "who has fished these waters since he was a boy", "optional")
p("Étienne Laroche", ["foreign affairs minister", "foreign minister"], ["Canada"], 2, "Foreign Affairs Minister Étienne Laroche")
p("Yannick Borotra", ["president"], ["Territorial Council"], 2,
  "Yannick Borotra, president of the Territorial Council of Saint-Pierre and Miquelon")
p("Darrell Kearley", ["president"], ["FFAW"], 2, "Darrell Kearley, president of the FFAW-Unifor")
p("Gerald Fudge", ["premier"], [], 2, "Premier Gerald Fudge")
p("Shannon Pike", ["professor"], ["Memorial University"], 2, "Shannon Pike, a law professor at Memorial University of Newfoundland")
p("Glen Rideout", ["mp", "member of parliament"], [], 2, "NDP MP Glen Rideout", "optional")
p("Lorraine Kavanagh", ["fisheries minister", "minister"], [], 2, "Former fisheries minister Lorraine Kavanagh", former=True)
p("Jillian Coady", ["political reporter", "reporter"], ["Telegram"], 2, "Jillian Coady is The Telegram’s political reporter")
p("Saad Al-Obaidi", ["spokesman", "spokesperson"], ["Government", "Iraq"], 3, "Government spokesman Dr. Saad Al-Obaidi")
p("Shirin Barzinji", ["speaker"], ["Kurdistan Parliament"], 3, "the speaker of the Kurdistan Parliament, Shirin Barzinji")
p("Karwan Salih", ["lawmaker"], ["PUK", "Patriotic Union of Kurdistan"], 3, "a Patriotic Union of Kurdistan (PUK) lawmaker", "optional")
p("Elif Yazıcıoğlu", ["spokesperson", "spokeswoman"], ["Turkish Foreign Ministry", "Foreign Ministry", "Turkey"], 3,
  "Turkish Foreign Ministry spokesperson Elif Yazıcıoğlu")
p("Mohammad-Reza Kazemi", ["ambassador"], ["Iran", "Iranian"], 3, "Iranian ambassador to Baghdad Mohammad-Reza Kazemi")
p("Ayhan Bayatlı", ["shopkeeper"], [], 3, "Turkmen shopkeeper Ayhan Bayatlı", "optional")
p("Ahmed Al-Samarrai", ["governor"], ["Kirkuk"], 3, "a former governor of Kirkuk", former=True)
p("Ahmed Al-Samarrai", ["teach", "lecturer", "professor"], ["University of Kirkuk"], 3,
  "now teaches political science at the University of Kirkuk", "optional")
p("Hawraa Al-Jubouri", ["editor"], [], 3, "Edited by: Hawraa Al-Jubouri", "optional")
p("Harriet Moss", ["senior reporter", "reporter"], ["East Anglian Daily Times", "EADT"], 4,
  "Harriet Moss is a senior reporter at the East Anglian Daily Times")
p("Harriet Moss", ["court reporter", "reporter"], ["Ipswich Star"], 4, "previously worked as court reporter for the Ipswich Star", former=True)
p("Oliver Granger", ["regent"], ["Sealand"], 4, "who describes himself as Sealand's regent", "optional")
p("Katrin Vogelsang", ["spokeswoman", "spokesperson"], ["German embassy"], 4,
  "a spokeswoman for the German embassy in London, Katrin Vogelsang")
p("Tobias Wren", ["mp"], [], 4, "Suffolk Coastal MP Tobias Wren", "optional")
p("Janet Abbott", ["mayor"], ["Felixstowe Town Council", "Felixstowe"], 4, "Felixstowe Town Council's mayor, Cllr Janet Abbott")
p("Rupert Halloran", ["lawyer", "professor", "prof"], [], 4, "International lawyer Prof. Rupert Halloran")
p("Marcus Delgado", ["staff writer"], ["Day"], 5, "Day Staff Writer", "optional")
p("Priya Venkataraman", ["director"], ["Mystic & Noank Library", "library"], 5, "library director Priya Venkataraman")
p("Robert Pendleton", ["chairman", "chair"], ["Planning and Zoning Commission", "Commission"], 5, "Commission Chairman Robert Pendleton")
p("Ellen Marsh", ["commissioner"], [], 5, "commissioner Ellen Marsh", "optional")
p("Joan Whitcombe", ["teacher"], [], 5, "Joan Whitcombe, a retired teacher", "optional", former=True)
p("Daniela Ferraro", ["state rep", "representative"], [], 5, "State Rep. Daniela Ferraro", "optional")
p("Thomas Avery", ["first selectman"], [], 5, "First Selectman Thomas Avery")
p("Claire Donnelly", ["president"], [], 5, "Board president Claire Donnelly")

R = []
def r(subj, pred, obj, doc, evidence):
    R.append({"subject": subj, "predicate": pred, "object": obj, "symmetric": pred in ("spouse", "sharesBorderWith"),
              "docs": [D[doc]], "evidence": evidence, "status": "required"})

r("Lebanon", "sharesBorderWith", "Israel", 1, "Lebanon, which borders Israel and Syria")
r("Lebanon", "sharesBorderWith", "Syria", 1, "Lebanon, which borders Israel and Syria")
r("Israel", "invaded", "Lebanon", 1, "since Israel invaded Lebanon in 1982")
r("Cyprus", "memberOf", "European Union", 1, "Cyprus, an EU member")
r("Hadi Kanso", "memberOf", "Hezbollah", 1, "Hezbollah lawmaker Hadi Kanso")
r("Naqoura", "locatedIn", "Lebanon", 1, "In Naqoura, in southern Lebanon")
r("Bilal Srour", "spouse", "Samira Srour", 1, "His wife, Samira Srour, added")
r("Wayne Hollett", "spouse", "Debbie Hollett", 2, "Wayne Hollett and his wife, Debbie Hollett")
r("Fortune", "locatedIn", "Burin Peninsula", 2, "In Fortune, on Newfoundland’s Burin Peninsula")
r("St. John's", "locatedIn", "Newfoundland and Labrador", 2, "St. John's, N.L.")
r("Burin Peninsula", "locatedIn", "Newfoundland", 2, "Newfoundland’s Burin Peninsula")
r("France", "sharesBorderWith", "Canada", 2, "France, which shares a maritime border with Canada off Newfoundland")
r("France", "memberOf", "NATO", 2, "France, which shares a maritime border with Canada off Newfoundland, and Canada are both NATO members")
r("Canada", "memberOf", "NATO", 2, "and Canada are both NATO members")
r("Glen Rideout", "memberOf", "New Democratic Party", 2, "NDP MP Glen Rideout")
r("Shirin Barzinji", "memberOf", "Kurdistan Democratic Party", 3, "Shirin Barzinji, a member of the Kurdistan Democratic Party")
r("Karwan Salih", "memberOf", "Patriotic Union of Kurdistan", 3, "Karwan Salih, a Patriotic Union of Kurdistan (PUK) lawmaker")
r("Turkey", "sharesBorderWith", "Iraq", 3, "Turkey, which shares a border with Iraq")
for c in ("Iran", "Syria", "Jordan", "Saudi Arabia", "Kuwait"):
    r("Iraq", "sharesBorderWith", c, 3, "Iraq, which borders Iran, Turkey, Syria, Jordan, Saudi Arabia and Kuwait")
r("Iraq", "invaded", "Kuwait", 3, "After Iraq invaded Kuwait in 1990")
r("Ayhan Bayatlı", "spouse", "Gülşen", 3, "His wife, Gülşen")
r("Iraq", "memberOf", "Arab League", 3, "Iraq is a founding member of the Arab League")
r("Felixstowe", "locatedIn", "Suffolk", 4, "Felixstowe, Suffolk")
r("Harwich", "locatedIn", "Essex", 4, "Harwich, Essex")
r("Germany", "invaded", "Poland", 4, "after Germany invaded Poland")
r("Oliver Granger", "spouse", "Clara Granger", 4, "with his wife, Clara Granger")
r("Tobias Wren", "memberOf", "Conservative Party", 4, "Suffolk Coastal MP Tobias Wren, a Conservative")
r("United Kingdom", "sharesBorderWith", "Ireland", 4, "The United Kingdom, whose only land border is with Ireland")
r("United Kingdom", "memberOf", "NATO", 4, "The United Kingdom, whose only land border is with Ireland, is a NATO member")
r("Walton-on-the-Naze", "locatedIn", "Essex", 4, "Walton-on-the-Naze in Essex")
r("Harold Whitcombe", "spouse", "Joan Whitcombe", 5, "Harold and Joan Whitcombe of Noank")
r("Noank", "locatedIn", "Groton", 5, "Noank, a village of Groton")
r("Centerbrook", "locatedIn", "Connecticut", 5, "Centerbrook, Connecticut")
r("Daniela Ferraro", "memberOf", "Democratic Party", 5, "State Rep. Daniela Ferraro, a Democrat")
r("New London", "locatedIn", "Connecticut", 5, "New London, Connecticut")

gold = {"about": ABOUT, "documents": [D[i] for i in sorted(D)], "near_duplicates": [],
        "entities": ENT, "not_person": NOT_PERSON, "quotes": Q, "unattributed": UNATTRIBUTED,
        "stances": S, "no_stance": NEGATIVE, "positions": POS, "relations": R}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote gold.json: {len(ENT)} entities, {len(Q)} quotes, {len(S)} stances, {len(POS)} positions, {len(R)} relations")
