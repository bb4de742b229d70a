#!/usr/bin/env python3
"""Writes bench/heldout61/gold.json, the hand-made gold for the five articles of this set."""
import json
from pathlib import Path

ABOUT = """Gold for bench/heldout61 (five invented articles; every person is fictional).
Conventions: `key` is a distinctive verbatim stretch of a quote. `required` quotes are full statements
with an explicit speaker (name, surname, pronoun, role or organisation), including sentences after the
cue, colon quotes and every paragraph of a multi-paragraph quote; partial quotes, headline/deck echoes and
second holders of the same words are `optional`. Anonymous speakers are not listed. `unattributed` are
scare quotes and quoted headlines with no speaker. Stances: polarity follows the wording; holders may be
given as the country, its capital, ministry or a minister speaking for it; questions, hypotheticals and
`is expected to recognise` are not stances; a claimant's own claim is optional. Positions: `of_any` is
empty when the text names no organisation next to the title; occupations and seats are optional; former
posts carry `former: true`. Relations: only those stated in the text. Entities: every person,
organisation, country, territory and place named in the text, including bylines, credits, footers and
related links; seas, vessels, streets and unnamed bodies are not entities."""

D1, D2, D3, D4, D5 = ("01_kompas_sebatik.txt", "02_islandsun_malaita.txt", "03_libyaobserver_cyrenaica.txt",
                      "04_gmanews_mischief_reef.txt", "05_ubpost_bayanzurkh_kindergarten.txt")
entities, quotes, stances, positions, relations = [], [], [], [], []


def E(typ, name, aliases=(), docs=()):
    entities.append({"type": typ, "name": name, "aliases": list(aliases), "docs": list(docs)})


def Q(speaker, key, doc, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def S(country, stance, terr, doc, ev, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "evidence": ev, "status": status})


def P(person, titles, of, doc, ev, status="required", former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": ev,
                      "status": status, "former": former})


SYM = {"spouse", "sharesBorderWith"}


def R(s, pred, o, doc, ev):
    relations.append({"subject": s, "predicate": pred, "object": o, "symmetric": pred in SYM,
                      "docs": [doc], "evidence": ev, "status": "required"})


# ---------- shared
E("Country", "Malaysia", [], [D1, D4])
E("Country", "Brunei", [], [D1, D4])
E("Country", "Indonesia", [], [D1, D4])
E("Country", "China", [], [D4, D5])
E("Organization", "ASEAN", [], [D1, D4])
E("Place", "Kuala Lumpur", [], [D1, D4])

# ---------- D1
for n, a in [("Ayu Pratiwi Lestari", []), ("Dimas Harjono", ["Harjono"]), ("Suriansyah Darmadi", ["Suriansyah"]),
             ("Nurhayati", []), ("Hendra Simanjuntak", ["Hendra"]), ("Laksmi Wardhani", ["Laksmi"]),
             ("Zulkarnain Idris", ["Zulkarnain"]), ("Bambang Prasetyo", ["Bambang"]), ("Agus Wibisono", ["Agus"]),
             ("Rini Kusumawati", ["Rini"])]:
    E("Person", n, a, [D1])
for n, a in [("Kompas.com", ["Kompas"]), ("PT. Kompas Cyber Media", ["Kompas Cyber Media"]),
             ("Kompas Gramedia Digital Group", []), ("Indonesian Foreign Ministry", []), ("Bernama", []),
             ("Gerindra Party", ["Gerindra"]), ("Mulawarman University", [])]:
    E("Organization", n, a, [D1])
E("Territory", "Aji Kuning strip", [], [D1])
for n, a in [("Sebatik Island", ["Sebatik"]), ("Aji Kuning", []), ("Nunukan Regency", ["Nunukan"]),
             ("North Kalimantan", []), ("Sabah", []), ("Tawau", []), ("Jakarta", []), ("Putrajaya", []),
             ("Tanjung Selor", []), ("Borneo", []), ("Samarinda", []), ("Bandar Seri Begawan", []), ("Tarakan", [])]:
    E("Place", n, a, [D1])
Q("Suriansyah Darmadi", "They came with GPS poles and a drone", D1)
Q("Suriansyah Darmadi", "This strip has been ours since our grandfathers planted the first cocoa here", D1)
Q("Suriansyah Darmadi", "Not one more peg", D1)
Q("Suriansyah Darmadi", "ours since our grandfathers", D1, "optional")
Q("Nurhayati", "If the pegs move, my stall is in Malaysia", D1)
Q("Hendra Simanjuntak", "Our people are not against Malaysia", D1)
Q("Hendra Simanjuntak", "The strip is Indonesian soil, and we will measure it ourselves", D1)
Q("Laksmi Wardhani", "firm but friendly", D1, "optional")
Q("Laksmi Wardhani", "Jakarta does not accept Malaysia's claim to the Aji Kuning strip", D1)
Q("Zulkarnain Idris", "Malaysia rejects the claim that the Aji Kuning strip belongs to Indonesia", D1)
Q("Zulkarnain Idris", "open to talks at any time", D1, "optional")
Q("Bambang Prasetyo", "Sebatik is the front porch of the Republic", D1)
Q("Agus Wibisono", "Pegs can be pulled out", D1)
Q("Rini Kusumawati", "Both sides have old maps that disagree by a few hundred metres", D1)
S("Indonesia", "doesNotRecognise", ["Aji Kuning strip"], D1, "Jakarta does not accept Malaysia's claim to the Aji Kuning strip")
S("Malaysia", "doesNotRecognise", ["Aji Kuning strip"], D1, "Malaysia rejects the claim that the Aji Kuning strip belongs to Indonesia")
S("Indonesia", "recognises", ["Aji Kuning strip"], D1, "The strip is Indonesian soil", "optional")
P("Suriansyah Darmadi", ["village head"], ["Aji Kuning"], D1, "Suriansyah Darmadi, the village head of Aji Kuning")
P("Hendra Simanjuntak", ["Regent"], ["Nunukan"], D1, "Nunukan Regent Hendra Simanjuntak")
P("Laksmi Wardhani", ["spokesperson"], ["Indonesian Foreign Ministry", "Foreign Ministry", "Indonesia"], D1, "Its spokesperson, Laksmi Wardhani")
P("Zulkarnain Idris", ["Foreign Minister"], ["Malaysia"], D1, "Malaysian Foreign Minister Zulkarnain Idris")
P("Agus Wibisono", ["ambassador"], ["Indonesia"], D1, "who was Indonesia's ambassador in Kuala Lumpur until 2025", former=True)
P("Rini Kusumawati", ["lecturer"], ["Mulawarman University"], D1, "a border law lecturer at Mulawarman University")
P("Ayu Pratiwi Lestari", ["correspondent"], ["Kompas"], D1, "Ayu Pratiwi Lestari is a Kompas.com correspondent")
P("Dimas Harjono", ["Editor"], [], D1, "Editor: Dimas Harjono", "optional")
P("Bambang Prasetyo", ["member"], ["Commission I", "parliament"], D1, "a member of parliament's Commission I", "optional")
R("Nunukan Regency", "locatedIn", "North Kalimantan", D1, "Nunukan Regency in North Kalimantan")
R("Sabah", "locatedIn", "Malaysia", D1, "the Malaysian state of Sabah")
R("Indonesia", "sharesBorderWith", "Malaysia", D1, "Indonesia, which shares a land border of some 2,000 kilometres with Malaysia")
R("Indonesia", "claims", "Aji Kuning strip", D1, "claims the strip under a 1891 convention")
R("Malaysia", "claims", "Aji Kuning strip", D1, "Malaysia claims it under a later survey")
R("Suriansyah Darmadi", "spouse", "Nurhayati", D1, "His wife, Nurhayati")
R("Bambang Prasetyo", "memberOf", "Gerindra Party", D1, "Bambang Prasetyo of the Gerindra Party")
R("Indonesia", "memberOf", "ASEAN", D1, "Indonesia and Malaysia, he noted, are both members of ASEAN")
R("Malaysia", "memberOf", "ASEAN", D1, "Indonesia and Malaysia, he noted, are both members of ASEAN")
R("Mulawarman University", "locatedIn", "Samarinda", D1, "Mulawarman University in Samarinda")

# ---------- D2
for n, a in [("Ruth Maega", ["Maega"]), ("Daniel Itea", ["Itea"]), ("Derek Fanasia", ["Fanasia"]),
             ("Jonah Kwaiga", ["Kwaiga"]), ("Joel Tarimas", ["Tarimas"]), ("Tobias Kerenga", ["Kerenga"]),
             ("Esther Laulae", ["Laulae"]), ("Ben Oloifa", ["Oloifa"]), ("Janet Rono", ["Rono"]),
             ("Peter Ramoifuila", ["Ramoifuila"])]:
    E("Person", n, a, [D2])
for n, a in [("Island Sun", ["Island Sun News"]), ("SIBC", []), ("Malaita Provincial Assembly", []),
             ("Melanesian Spearhead Group", []), ("Kiribati Ministry of Foreign Affairs and Immigration", []),
             ("Pacific Islands Forum", []), ("Solomon Islands National University", ["SINU"]),
             ("Solomon Islands Democratic Party", []), ("Solomon Star", []), ("Kilu'ufi Hospital", [])]:
    E("Organization", n, a, [D2])
for n in ["Solomon Islands", "Vanuatu", "Papua New Guinea", "Kiribati", "Fiji"]:
    E("Country", n, [], [D2])
E("Territory", "Malaita", ["Malaita Province", "Malaita State"], [D2])
for n in ["Auki", "Honiara", "Port Vila", "Port Moresby", "Suva", "Canberra", "East Malaita"]:
    E("Place", n, [], [D2])
Q("Derek Fanasia", "Malaita stays with us", D2, "optional")
Q("Derek Fanasia", "Malaita is our biggest family", D2)
Q("Derek Fanasia", "I invite the Premier to Honiara", D2)
Q("Jonah Kwaiga", "Honiara has promised us roads for forty years", D2)
Q("Joel Tarimas", "We are a Melanesian family too", D2)
Q("Tobias Kerenga", "Port Moresby considers Malaita part of Solomon Islands, full stop", D2)
Q("Kiribati Ministry of Foreign Affairs and Immigration", "was sent in error and does not reflect the position of the Government", D2, "optional")
Q("Kiribati Ministry of Foreign Affairs and Immigration", "Kiribati respects the unity and territorial integrity of Solomon Islands", D2)
Q("Kiribati", "Kiribati respects the unity and territorial integrity of Solomon Islands", D2, "optional")
Q("Esther Laulae", "People in Malaita feel that the money stays in Honiara", D2)
Q("Esther Laulae", "The assembly has sent a message", D2)
Q("Ben Oloifa", "a cry, not a country", D2, "optional")
Q("Janet Rono", "Some mothers paddle for six hours to reach us", D2)
Q("Peter Ramoifuila", "stop lecturing and start building", D2, "optional")
Q("Peter Ramoifuila", "The people of East Malaita do not need a speech from Honiara", D2)
S("Vanuatu", "doesNotRecognise", ["Malaita"], D2, "Vanuatu refuses to recognise the so-called Malaita State")
S("Papua New Guinea", "recognises", ["Malaita"], D2, "Port Moresby considers Malaita part of Solomon Islands")
S("Kiribati", "doesNotRecognise", ["Malaita"], D2, 'withdrew its recognition of the "Malaita State"')
S("Solomon Islands", "recognises", ["Malaita"], D2, "Malaita Province will remain part of Solomon Islands", "optional")
P("Derek Fanasia", ["Prime Minister"], [], D2, "PRIME Minister Hon. Derek Fanasia")
P("Jonah Kwaiga", ["Premier"], ["Malaita", "provincial executive"], D2, "Premier Jonah Kwaiga, who heads the provincial executive in Auki")
P("Joel Tarimas", ["Minister of Foreign Affairs", "Foreign Minister"], ["Vanuatu"], D2, "its Minister of Foreign Affairs, Mr Joel Tarimas")
P("Tobias Kerenga", ["High Commissioner"], ["Papua New Guinea"], D2, "Papua New Guinea's High Commissioner to Solomon Islands, Mr Tobias Kerenga")
P("Esther Laulae", ["political scientist"], ["Solomon Islands National University", "SINU"], D2, "Dr Esther Laulae, a political scientist at the Solomon Islands National University")
P("Ben Oloifa", ["premier"], ["Malaita"], D2, "Former Malaita premier Ben Oloifa", former=True)
P("Ruth Maega", ["reporter"], ["Solomon Star"], D2, "She was previously a reporter with the Solomon Star", former=True)
P("Ruth Maega", ["reporter"], ["Island Sun"], D2, "By RUTH MAEGA | Island Sun Reporter", "optional")
P("Janet Rono", ["nurse"], ["Kilu'ufi Hospital"], D2, "Ms Rono, a nurse at Kilu'ufi Hospital", "optional")
P("Peter Ramoifuila", ["MP"], ["East Malaita"], D2, "Opposition MP for East Malaita, Hon. Peter Ramoifuila", "optional")
R("Auki", "locatedIn", "Malaita", D2, "Auki, the Malaita provincial capital")
R("Solomon Islands", "sharesBorderWith", "Papua New Guinea", D2, "Solomon Islands, which shares a maritime border with Papua New Guinea")
for c in ["Solomon Islands", "Papua New Guinea", "Vanuatu", "Fiji"]:
    R(c, "memberOf", "Melanesian Spearhead Group", D2, "sits with Papua New Guinea, Vanuatu and Fiji in the Melanesian Spearhead Group")
R("Ben Oloifa", "spouse", "Janet Rono", D2, "Mr Oloifa and his wife, Janet Rono")
R("Peter Ramoifuila", "memberOf", "Solomon Islands Democratic Party", D2, "Hon. Peter Ramoifuila of the Solomon Islands Democratic Party")

# ---------- D3
for n, a in [("Nadia Ben Omran", ["Ben Omran"]), ("Walid Ezzeddine", ["Ezzeddine"]),
             ("Mustafa Bou-Khamada", ["Bou-Khamada", "Bou Khamada"]), ("Ibtisam Zlitni", ["Zlitni"]),
             ("Hazem el-Beltagy", ["el-Beltagy", "Beltagy"]), ("Nabil Ghariani", ["Ghariani"]),
             ("Salah Erhouma", ["Erhouma"]), ("Idris Ghadamsi", ["Ghadamsi"]), ("Hanan el-Ferjani", ["el-Ferjani"]),
             ("Fawzi Belhaj", ["Belhaj"])]:
    E("Person", n, a, [D3])
for n, a in [("The Libya Observer", ["Libya Observer"]), ("Government of National Unity", ["GNU"]),
             ("Cyrenaica Federal Council", []), ("United Nations", []), ("House of Representatives", ["HoR"]),
             ("Egyptian Foreign Ministry", []), ("Algerian Ministry of Foreign Affairs", []),
             ("University of Benghazi", []), ("Arab League", []), ("African Union", [])]:
    E("Organization", n, a, [D3])
for n in ["Libya", "Egypt", "Tunisia", "Algeria", "Chad", "Italy"]:
    E("Country", n, [], [D3])
E("Territory", "Cyrenaica", [], [D3])
for n in ["Benghazi", "Tripoli", "Cairo", "Tunis", "Algiers", "Moscow", "Rome", "Tripolitania", "Tobruk",
          "Al Bayda", "Sirte"]:
    E("Place", n, [], [D3])
Q("Mustafa Bou-Khamada", "We are not leaving Libya", D3)
Q("Mustafa Bou-Khamada", "For seventy years every budget has been written in Tripoli", D3)
Q("Ibtisam Zlitni", "has no legal value whatsoever", D3, "optional")
Q("Ibtisam Zlitni", "There is one Libya, with one seat at the United Nations", D3)
Q("Ibtisam Zlitni", "We will talk to anyone about the budget", D3)
Q("Hazem el-Beltagy", "has never recognised Cyrenaica as a separate entity and will not start now", D3, "optional")
Q("Hazem el-Beltagy", "Egypt's security begins at the western border", D3)
Q("Nabil Ghariani", "Libya is a neighbour and a brother, and we want it whole", D3)
Q("Algerian Ministry of Foreign Affairs", "Algeria stands by the unity of Libya", D3)
Q("Algeria", "Algeria stands by the unity of Libya", D3, "optional")
Q("Salah Erhouma", "The council is looking backwards to find a way forwards", D3)
Q("Salah Erhouma", "more about money than maps", D3, "optional")
Q("Idris Ghadamsi", "This is a bargaining chip", D3)
Q("Hanan el-Ferjani", "I read the price of bread", D3)
S("Egypt", "doesNotRecognise", ["Cyrenaica"], D3, 'Cairo "has never recognised Cyrenaica as a separate entity')
S("Tunisia", "recognises", ["Cyrenaica"], D3, "Tunisia backs Libya's sovereignty over Cyrenaica")
S("Algeria", "doesNotRecognise", ["Cyrenaica"], D3, "Algeria rejects the claim that Cyrenaica is a state apart from Libya")
P("Mustafa Bou-Khamada", ["head", "chair", "president", "leader"], ["Cyrenaica Federal Council", "council"], D3, "Mustafa Bou-Khamada, who heads the council")
P("Ibtisam Zlitni", ["Foreign Minister"], ["Government of National Unity", "GNU", "Libya"], D3, "GNU Foreign Minister Ibtisam Zlitni")
P("Hazem el-Beltagy", ["spokesman", "spokesperson"], ["Egyptian Foreign Ministry", "Egypt"], D3, "Egyptian Foreign Ministry spokesman Hazem el-Beltagy")
P("Nabil Ghariani", ["Foreign Minister"], ["Tunisia", "Tunis"], D3, "In Tunis, Foreign Minister Nabil Ghariani")
P("Salah Erhouma", ["lecturer"], ["University of Benghazi"], D3, "Dr. Salah Erhouma, a political science lecturer at the University of Benghazi")
P("Idris Ghadamsi", ["member"], ["House of Representatives", "HoR"], D3, "Former HoR member Idris Ghadamsi", former=True)
P("Nadia Ben Omran", ["reporter"], ["Libya Observer"], D3, "Nadia Ben Omran is a political reporter for The Libya Observer")
P("Hanan el-Ferjani", ["shopkeeper"], [], D3, "shopkeeper Hanan el-Ferjani", "optional")
R("Benghazi", "locatedIn", "Cyrenaica", D3, "Benghazi, the largest city in Cyrenaica")
R("Egypt", "sharesBorderWith", "Libya", D3, "Egypt, which borders Libya to the east")
R("Italy", "invaded", "Libya", D3, "Italy invaded Libya in 1911")
R("Italy", "annexed", "Cyrenaica", D3, "Rome annexed Cyrenaica and Tripolitania by decree")
R("Italy", "annexed", "Tripolitania", D3, "Rome annexed Cyrenaica and Tripolitania by decree")
R("Libya", "memberOf", "Arab League", D3, "Libya is a member of the Arab League and the African Union")
R("Libya", "memberOf", "African Union", D3, "Libya is a member of the Arab League and the African Union")
R("Hanan el-Ferjani", "spouse", "Fawzi Belhaj", D3, "Her husband, Fawzi Belhaj")

# ---------- D4
for n, a in [("Katrina delos Santos", ["delos Santos"]), ("Jerome Balagtas", ["Balagtas"]),
             ("Jonathan Malvar", ["Malvar"]), ("Arnel Bacud", ["Bacud"]), ("Marites Bacud", ["Marites"]),
             ("Teresita Abad-Reyes", ["Abad-Reyes"]), ("Zhou Haitao", ["Zhou"]), ("Do Minh Chau", ["Chau"]),
             ("Kenji Tamura", ["Tamura"]), ("Ramon Dela Paz", ["Ramon \"Monching\" Dela Paz"]),
             ("Lourdes Manalo", ["Manalo"]), ("Ernesto Villaflor", ["Villaflor"])]:
    E("Person", n, a, [D4])
for n, a in [("GMA News Online", []), ("GMA Integrated News", []), ("GMA Network Inc.", ["GMA Network"]),
             ("National Security Council", ["NSC"]), ("Department of Foreign Affairs", ["DFA"]),
             ("Nacionalista Party", []),
             ("University of the Philippines Institute for Maritime Affairs and Law of the Sea", [])]:
    E("Organization", n, a, [D4])
for n, a in [("Philippines", ["the Philippines"]), ("Vietnam", []), ("Japan", [])]:
    E("Country", n, a, [D4])
E("Territory", "Mischief Reef", ["Panganiban Reef", "Meiji Jiao"], [D4])
E("Territory", "Spratly Islands", [], [D4])
for n in ["Kalayaan", "Palawan", "Quezon City", "Beijing", "Hanoi", "Tokyo"]:
    E("Place", n, [], [D4])
Q("Arnel Bacud", "They followed us for four hours", D4, "optional")
Q("Jonathan Malvar", "This was not an accident", D4)
Q("Arnel Bacud", "When we turned, they turned", D4)
Q("Marites Bacud", "I told him, the fish are not worth it", D4)
Q("Teresita Abad-Reyes", "Panganiban Reef lies within our exclusive economic zone", D4)
Q("Zhou Haitao", "carrying out normal activities in China's own waters", D4, "optional")
Q("Do Minh Chau", "does not accept China's claim to Mischief Reef", D4, "optional")
Q("Do Minh Chau", "any act that raises tension", D4, "optional")
Q("Do Minh Chau", "Vietnam calls on all parties to respect international law", D4)
Q("Kenji Tamura", "Tokyo considers Panganiban Reef part of Philippine territory", D4)
Q("Ramon Dela Paz", "Our fishermen should not have to choose", D4)
Q("Ramon Dela Paz", "I will ask for a bigger budget for the Coast Guard", D4)
Q("Lourdes Manalo", "Notes verbales are paper", D4)
Q("Ernesto Villaflor", "First they shadow, then they block", D4)
Q("Ernesto Villaflor", "with teeth", D4, "optional")
S("China", "doesNotRecognise", ["Mischief Reef", "Panganiban Reef", "Meiji Jiao"], D4, "China does not recognize the Philippines' claim over Mischief Reef")
S("Vietnam", "doesNotRecognise", ["Mischief Reef", "Panganiban Reef", "Meiji Jiao"], D4, "Vietnam \"does not accept China's claim to Mischief Reef\"")
S("Japan", "recognises", ["Mischief Reef", "Panganiban Reef", "Meiji Jiao"], D4, "Tokyo considers Panganiban Reef part of Philippine territory")
P("Jonathan Malvar", ["spokesperson"], ["National Security Council", "NSC"], D4, "NSC spokesperson Jonathan Malvar")
P("Teresita Abad-Reyes", ["Foreign Affairs Secretary", "Secretary"], [], D4, "Foreign Affairs Secretary Teresita Abad-Reyes")
P("Zhou Haitao", ["spokesperson"], ["foreign ministry", "China", "Chinese"], D4, "Chinese foreign ministry spokesperson Zhou Haitao")
P("Do Minh Chau", ["spokeswoman", "spokesperson"], ["Vietnam", "foreign ministry"], D4, "Vietnam's foreign ministry spokeswoman Do Minh Chau")
P("Kenji Tamura", ["Ambassador"], ["Japan", "Japanese", "Philippines"], D4, "Japanese Ambassador to the Philippines Kenji Tamura")
P("Lourdes Manalo", ["undersecretary"], [], D4, "Former foreign affairs undersecretary Lourdes Manalo", former=True)
P("Ernesto Villaflor", ["Prof", "professor"], ["University of the Philippines"], D4, "Prof. Ernesto Villaflor of the University of the Philippines Institute")
P("Katrina delos Santos", ["reporter"], ["GMA Integrated News"], D4, "Katrina delos Santos is a reporter for GMA Integrated News")
P("Ramon Dela Paz", ["Senator", "Sen"], [], D4, 'Sen. Ramon "Monching" Dela Paz', "optional")
P("Ramon Dela Paz", ["chair"], ["Senate committee on national defense"], D4, "who chairs the Senate committee on national defense", "optional")
P("Arnel Bacud", ["captain"], [], D4, "The boat's captain, Arnel Bacud", "optional")
R("Kalayaan", "locatedIn", "Palawan", D4, "Kalayaan town in Palawan")
for c in ["China", "Vietnam", "Malaysia", "Brunei"]:
    R(c, "claims", "Spratly Islands", D4, "China, Vietnam, Malaysia and Brunei claim parts of the Spratly Islands")
R("Philippines", "claims", "Spratly Islands", D4, "and the Philippines claims others")
R("Ramon Dela Paz", "memberOf", "Nacionalista Party", D4, 'Dela Paz of the Nacionalista Party')
for c in ["Philippines", "Vietnam", "Malaysia"]:
    R(c, "memberOf", "ASEAN", D4, "the Philippines, which is a member of ASEAN along with Vietnam and Malaysia")
R("Arnel Bacud", "spouse", "Marites Bacud", D4, "His wife, Marites Bacud")

# ---------- D5
for n, a in [("M.Anujin", ["Anujin"]), ("B.Khongorzul", ["Khongorzul"]), ("Ts.Gantulga", ["Gantulga"]),
             ("Kh.Naranbaatar", ["Naranbaatar"]), ("Ch.Solongo", ["Solongo"]), ("O.Sarantuya", ["Sarantuya"]),
             ("B.Tsetsegmaa", ["Tsetsegmaa"]), ("G.Batzorig", ["Batzorig"]), ("E.Bilguun", ["Bilguun"]),
             ("S.Dorjsuren", ["Dorjsuren"])]:
    E("Person", n, a, [D5])
for n, a in [("The UB Post", ["UB Post"]), ("Kindergarten No. 214", []), ("Asian Development Bank", []),
             ("Citizens' Representative Khural", ["Khural"]),
             ("Democratic Party", [])]:
    E("Organization", n, a, [D5])
E("Country", "Mongolia", [], [D5])
E("Country", "Russia", [], [D5])
for n, a in [("Bayanzurkh District", ["Bayanzurkh"]), ("Ulaanbaatar", []), ("Sukhbaatar District", [])]:
    E("Place", n, a, [D5])
Q("Ts.Gantulga", "For years, mothers in this khoroo queued at five in the morning", D5)
Q("Ts.Gantulga", "The next four will be built in the 11th, 19th, 28th and 32nd khoroos", D5)
Q("Kh.Naranbaatar", "A city that cannot give its children a place to learn is not a capital", D5)
Q("O.Sarantuya", "Here the children come from gers without running water", D5)
Q("B.Tsetsegmaa", "My daughter is now in school", D5)
Q("G.Batzorig", "My wife can go back to work at the hospital", D5)
Q("E.Bilguun", "too little, too late", D5, "optional")
Q("E.Bilguun", "We need twenty, not five", D5)
Q("S.Dorjsuren", "Five good buildings are better than twenty empty promises", D5)
P("Ts.Gantulga", ["Governor"], ["Bayanzurkh"], D5, "Governor of Bayanzurkh District Ts.Gantulga")
P("Kh.Naranbaatar", ["Mayor"], ["Ulaanbaatar"], D5, "Mayor of Ulaanbaatar Kh.Naranbaatar")
P("Ch.Solongo", ["Minister of Education and Science", "Minister"], [], D5, "Minister of Education and Science Ch.Solongo")
P("O.Sarantuya", ["director"], ["Kindergarten No. 214", "kindergarten"], D5, "The kindergarten's director, O.Sarantuya")
P("E.Bilguun", ["member"], ["Citizens' Representative Khural", "Khural"], D5, "Citizens' Representative Khural member E.Bilguun")
P("S.Dorjsuren", ["governor"], ["Bayanzurkh"], D5, "Former district governor S.Dorjsuren, who led Bayanzurkh", former=True)
P("M.Anujin", ["reporter"], ["UB Post"], D5, "M.Anujin is a reporter for The UB Post")
P("G.Batzorig", ["driver"], [], D5, "a driver for a coal company", "optional")
R("Bayanzurkh District", "locatedIn", "Ulaanbaatar", D5, "Ulaanbaatar's Bayanzurkh District")
R("Ulaanbaatar", "locatedIn", "Mongolia", D5, "Mongolia's capital, Ulaanbaatar")
R("Mongolia", "sharesBorderWith", "Russia", D5, "Mongolia, which borders only Russia and China")
R("Mongolia", "sharesBorderWith", "China", D5, "Mongolia, which borders only Russia and China")
R("B.Tsetsegmaa", "spouse", "G.Batzorig", D5, "Her husband, G.Batzorig")
R("E.Bilguun", "memberOf", "Democratic Party", D5, "E.Bilguun of the Democratic Party")

quotes = [q for q in quotes if q]
unattributed = ["Two countries, one kitchen", "Malaita State", "Cyrenaica charter", "Monching",
                "A pattern of coercion"]
not_person = ["Kompas", "Bernama", "Gerindra", "Aji Kuning", "Sebatik", "Nunukan", "Tawau", "Tanjung Selor",
              "Samarinda", "Tarakan", "Mulawarman", "Island Sun", "SIBC", "Auki", "Honiara", "Malaita",
              "Kilu'ufi", "Solomon Star", "Port Vila", "Port Moresby", "Libya Observer", "Benghazi", "Tobruk",
              "Sirte", "Al Bayda", "Cyrenaica", "Tripolitania", "Gamal Abdel Nasser Street", "GMA",
              "Santo Niño", "Kalayaan", "Panganiban", "Meiji Jiao", "Quezon City", "Nacionalista",
              "Bayanzurkh", "Sukhbaatar", "Ulaanbaatar", "UB Post", "Khural", "Kindergarten No. 214",
              "Hon.", "Premier", "Regent", "Sen.", "Prof."]

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": entities,
        "not_person": not_person, "quotes": quotes, "unattributed": unattributed, "stances": stances,
        "positions": positions, "relations": relations}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
