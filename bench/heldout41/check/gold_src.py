#!/usr/bin/env python3
"""Writes gold.json for bench/heldout41 (read by shared/eval/score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_gleaner_serranilla.txt", "02_newarab_khor_abdullah.txt",
                      "03_kyivindependent_tuzla.txt", "04_himalayantimes_susta.txt",
                      "05_sligochampion_rowing_boathouse.txt")
ABOUT = """Gold for bench/heldout41 (five invented articles; every person is fictional).
quotes: `key` is a verbatim stretch of the quote. required = a full statement with an explicit speaker
(name, surname, pronoun, role or organisation), including sentences after the cue, colon quotes and every
paragraph of a multi-paragraph quote; optional = partial quotes, headline/deck echoes and second holders of
the same words. Anonymous speakers are not listed, so attributing their words counts as wrong.
unattributed = quoted strings with no speaker. stances: polarity follows the wording; required = explicit
stances of a country (holder given as the country, its capital, ministry or a minister speaking for it);
optional = a claimant's own claim and a lawmaker's contested claim; questions, hypotheticals and
'is expected to recognise' are no stance. positions: of_any empty when no organisation is named next to the
title; byline titles, occupations and seats (MP, lawmaker, Cllr, TD, Senator) are optional; former titles and
author footers are required (former=true where the text says was/former/previously). relations: only those
stated in the text (spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn).
entities: every person, organisation, country, territory and place named in the text, with photo credits,
bylines, footers and related-story lines; rivers, straits, bridges, ports, treaties and platforms are not
entities. Capitals used for governments are places."""

E = []
def ent(t, name, aliases, *docs):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": list(docs)})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# --- 01
for n, a in [("Kimberley-Ann Wedderburn", ["Wedderburn"]), ("Dwayne Kerr-Bailey", ["Kerr-Bailey"]),
             ("Marcia Henriques-Blake", ["Henriques-Blake", "Dr Marcia Henriques-Blake"]),
             ("Desmond McFarlane", ["Desmond 'Barber' McFarlane", "McFarlane", "Captain Desmond McFarlane"]),
             ("Sharon McFarlane", []), ("Leroy Samuels", ["Samuels"]),
             ("Andrés Felipe Castellanos Rueda", ["Andres Felipe Castellanos Rueda", "Castellanos Rueda", "Castellanos"]),
             ("Nadine Forbes-Shaw", ["Forbes-Shaw", "Dr Nadine Forbes-Shaw"]), ("Raymond Chin-Sang", ["Chin-Sang"])]:
    ent(P, n, a, D1)
for n, a in [("The Gleaner", ["Gleaner"]), ("The Gleaner Company (Media) Limited", ["The Gleaner Company"]),
             ("Ministry of Foreign Affairs and Foreign Trade", []),
             ("Jamaica Fishermen's Co-operative Union", ["Jamaica Fishermen’s Co-operative Union"]),
             ("Organization of American States", ["OAS"]),
             ("University of the West Indies, Mona", ["University of the West Indies", "UWI"]),
             ("People's National Party", ["PNP", "People’s National Party"]),
             ("Caribbean Community", ["CARICOM"])]:
    ent(O, n, a, D1)
for n, a in [("Jamaica", []), ("Colombia", []), ("Honduras", [])]:
    ent(C, n, a, D1)
ent(C, "Nicaragua", [], D1, D3)
ent(C, "United States", ["US", "U.S.", "USA"], D1)
ent(T, "Serranilla Bank", ["Serranilla"], D1)
ent(T, "Bajo Nuevo", [], D1)
for n, a in [("Old Harbour Bay", []), ("St Catherine", ["St. Catherine"]), ("Kingston", []),
             ("Bogotá", ["Bogota"]), ("Pedro Bank", []), ("San Andrés", ["San Andres"])]:
    ent(L, n, a, D1)
# --- 02
for n, a in [("Hamza al-Obeidi", ["al-Obeidi", "Hamza Al-Obeidi"]), ("Ali Sabah Khalaf", []),
             ("Salah Jaafar Hamoudi", ["Hamoudi"]), ("Ahmed Karim al-Saedi", ["al-Saedi", "Al-Saedi"]),
             ("Hussein Abd al-Zahra", ["Abd al-Zahra"]), ("Tarek Mansour el-Sherbiny", ["el-Sherbiny"]),
             ("Nasser bin Khalid al-Hajri", ["al-Hajri"]), ("Hessa al-Mutairi", ["al-Mutairi"]),
             ("Fahad al-Rashidi", ["al-Rashidi"])]:
    ent(P, n, a, D2)
for n, a in [("The New Arab", ["New Arab"]), ("Getty", ["Getty Images"]),
             ("Kuwait's Ministry of Foreign Affairs", ["Kuwaiti Ministry of Foreign Affairs", "Ministry of Foreign Affairs"]),
             ("United Nations", ["UN"]), ("State of Law Coalition", ["State of Law"]),
             ("Gulf Cooperation Council", ["GCC"]), ("Kuwait University", [])]:
    ent(O, n, a, D2)
for n in ["Kuwait", "Iraq", "Saudi Arabia", "Egypt", "Iran"]:
    ent(C, n, [], D2)
ent(T, "Khor Abdullah", ["Khor Abdullah waterway"], D2)
ent(T, "Bubiyan Island", ["Bubiyan"], D2)
for n, a in [("Baghdad", []), ("Umm Qasr", []), ("Basra province", ["Basra"]), ("Al-Faw", ["Faw"]),
             ("Cairo", []), ("Tehran", []), ("Riyadh", [])]:
    ent(L, n, a, D2)
# --- 03
for n, a in [("Oksana Hrytsenko", ["Hrytsenko"]), ("Dmytro Lysak", ["Lysak"]), ("Heorhii Tkachuk", ["Tkachuk"]),
             ("Taras Moroz", ["Moroz"]), ("Rūta Kavaliauskienė", ["Ruta Kavaliauskiene", "Kavaliauskienė"]),
             ("Ediye Seitova", ["Seitova"]), ("Rustem Seitov", ["Seitov"]), ("Yaroslav Bondar", ["Bondar"]),
             ("Vladimir Zakharchenko", ["Zakharchenko"])]:
    ent(P, n, a, D3)
for n, a in [("The Kyiv Independent", ["Kyiv Independent"]), ("Maxar Technologies", ["Maxar"]),
             ("Ukraine's Navy", ["Ukrainian Navy", "Navy"]), ("National University of Kyiv-Mohyla Academy", ["Kyiv-Mohyla Academy"]),
             ("NATO", ["North Atlantic Treaty Organization"]), ("Turkish Foreign Ministry", []),
             ("Verkhovna Rada", []), ("Servant of the People", []), ("Kremlin", ["the Kremlin"]),
             ("Russian Black Sea Fleet", ["Black Sea Fleet"]), ("Hromadske", [])]:
    ent(O, n, a, D3)
for n, a in [("Russia", ["Russian Federation"]), ("Ukraine", []), ("Turkey", ["Türkiye"]),
             ("Lithuania", []), ("Belarus", [])]:
    ent(C, n, a, D3)
ent(T, "Tuzla Island", ["Tuzla"], D3)
ent(T, "Crimea", ["Crimean peninsula"], D3)
for n in ["Krasnodar Krai", "Kerch", "Kyiv", "Moscow", "Vilnius", "Minsk", "Brussels", "Washington",
          "Novorossiysk", "Odesa"]:
    ent(L, n, [], D3)
# --- 04
for n, a in [("Roshan Adhikari", ["Adhikari"]), ("Sagar Lamsal", ["Lamsal"]),
             ("Narayani Bhattarai Thapa", ["Bhattarai Thapa"]), ("Rohit Sen Varma", ["Varma"]),
             ("Bhim Bahadur Gurung", ["Gurung"]), ("Sita Kumari Chaudhary", []), ("Ram Prasad Chaudhary", []),
             ("Laxman Prasad Ghimire", ["Ghimire"]), ("Dipak Raj Shrestha", ["Shrestha"]), ("Kamala Oli", [])]:
    ent(P, n, a, D4)
for n, a in [("The Himalayan Times", ["Himalayan Times", "THT"]), ("House of Representatives", []),
             ("Nepal-India Boundary Working Group", ["Boundary Working Group"]),
             ("Ministry of External Affairs", []), ("Survey Department", []), ("Nepali Congress", []),
             ("CPN-UML", []), ("South Asian Association for Regional Cooperation", ["SAARC"])]:
    ent(O, n, a, D4)
for n in ["Nepal", "India", "China"]:
    ent(C, n, [], D4)
ent(T, "Susta", [], D4)
ent(T, "Lipulekh", [], D4)
for n, a in [("Kathmandu", []), ("New Delhi", []), ("Nawalparasi (West)", ["Nawalparasi", "Nawalparasi West"]),
             ("Lumbini Province", [])]:
    ent(L, n, a, D4)
# --- 05
for n, a in [("Fiona Mulryan", ["Mulryan"]), ("Carl Brennan", []), ("Aoife Kilfeather", ["Kilfeather"]),
             ("Declan Feeney", ["Feeney", "Cllr Declan Feeney"]), ("Orla McHugh", ["McHugh"]),
             ("Pádraig Henry", ["Padraig Henry"]), ("Marian Cawley", ["Cawley"]), ("Tom Gillen", ["Tom"]),
             ("Bríd Gillen", ["Brid Gillen"]), ("Saoirse", []), ("Eoin Tighe", ["Tighe"])]:
    ent(P, n, a, D5)
for n, a in [("Sligo Champion", ["the Champion"]), ("Sligo Rowing Club", []), ("Sligo County Council", []),
             ("Sport Ireland", []), ("OPW", ["Office of Public Works"]), ("Fianna Fáil", ["Fianna Fail"]),
             ("Fine Gael", ["FG"]), ("Mediahuis Ireland Limited", ["Mediahuis Ireland"])]:
    ent(O, n, a, D5)
ent(C, "Ireland", [], D5)
for n, a in [("Sligo", []), ("Doorly Park", []), ("Rosses Point", []), ("Strandhill", []), ("Manorhamilton", []),
             ("County Sligo", ["Co Sligo"]), ("County Leitrim", ["Co Leitrim"]), ("Cork", [])]:
    ent(L, n, a, D5)

NOT_PERSON = ["Gleaner", "Old Harbour Bay", "St Catherine", "Serranilla", "Bajo Nuevo", "CARICOM", "Mona",
              "Pedro Bank", "San Andrés", "Jamaican", "Colombian", "Captain", "Senator", "Barber",
              "Khor Abdullah", "Umm Qasr", "Al-Faw", "Bubiyan", "Getty", "State of Law", "Riyadh", "Basra",
              "Grand Faw Port", "Tuzla", "Kerch", "Crimean Tatar", "Maxar", "Hromadske", "Verkhovna Rada",
              "Servant of the People", "Kremlin", "Captain 3rd Rank", "Krasnodar Krai", "Crimean Bridge",
              "Susta", "Narayani River", "Gandak", "Sugauli", "Nawalparasi", "Lumbini", "THT", "CPN-UML",
              "Nepali Congress", "Ward Chairperson", "Lipulekh", "Garavogue", "Doorly Park", "Cathaoirleach",
              "Cllr", "Rosses Point", "Strandhill", "Manorhamilton", "OPW", "TD", "FG", "Sport Ireland",
              "Mediahuis", "Sligo Regatta"]

Q = []
def q(doc, speaker, status, *keys):
    for k in keys:
        Q.append({"speaker": speaker, "key": k, "docs": [doc], "status": status})
R, OPT = "required", "optional"
q(D1, "Marcia Henriques-Blake", R, "We will not be bullied off our own fishing grounds",
  "Our fishers were inside an area that Jamaica and Colombia agreed to manage together",
  "The note we delivered to Bogotá on Friday asks for an explanation",
  "asks for the catch and the equipment to be returned. We expect both",
  "Serranilla is one thing. Bajo Nuevo is another", "That is not on the table")
q(D1, "Marcia Henriques-Blake", OPT, "for generations")
q(D1, "Desmond McFarlane", R, "Dem tell we seh a Colombia water dis", "Mi tell dem mi grandfather did fish yah so")
q(D1, "Sharon McFarlane", R, "One trip like that and you're behind for the whole month",
  "Nobody is going to pay us back for the fuel")
q(D1, "Leroy Samuels", R, "the Coast Guard cannot be everywhere, but it can be somewhere",
  "Right now it is nowhere near the northern cays")
q(D1, "Andrés Felipe Castellanos Rueda", OPT, "exercises full sovereignty over the Serranilla and Bajo Nuevo banks", "routine")
q(D1, "Andrés Felipe Castellanos Rueda", R, "Colombia values its friendship with Jamaica",
  "Nothing that happened last week changes that")
q(D1, "Colombia", OPT, "Colombia values its friendship with Jamaica", "Nothing that happened last week changes that")
q(D1, "Nadine Forbes-Shaw", OPT, "deliberately left the hard questions for later")
q(D1, "Nadine Forbes-Shaw", R, "Jamaica and Colombia drew a box around the problem",
  "What they never agreed was who owns the two reefs at the edge of the box",
  "Thirty years later, that silence is costing fishermen money")
q(D1, "Raymond Chin-Sang", OPT, "asleep at the wheel while our fishers were being chased home")

q(D2, "Kuwait's Ministry of Foreign Affairs", OPT, "is not a menu to pick from",
  "binding on both parties and registered with the United Nations")
q(D2, "Kuwait", OPT, "is not a menu to pick from", "International agreements are not a menu to pick from",
  "Kuwait has honoured every clause and expects the same from its brothers in Iraq")
q(D2, "Kuwait's Ministry of Foreign Affairs", R, "International agreements are not a menu to pick from",
  "Kuwait has honoured every clause and expects the same from its brothers in Iraq")
q(D2, "Salah Jaafar Hamoudi", OPT, "calm, not a crisis",
  "refuses to treat a technical agreement as a referendum on sovereignty")
q(D2, "Salah Jaafar Hamoudi", R, "We want calm, not a crisis",
  "The government will study the motion, as it studies every motion from parliament",
  "Iraq recognises Kuwait’s sovereignty over Bubiyan, and nobody in this government questions it")
q(D2, "Ahmed Karim al-Saedi", R, "Our sea was given away in a hotel room in 2012",
  "Iraq has never recognised Kuwaiti sovereignty over the southern half of Khor Abdullah")
q(D2, "Ahmed Karim al-Saedi", OPT, "only real door to the Gulf")
q(D2, "Hussein Abd al-Zahra", R, "They see our boats and they come fast",
  "My brother paid a fine last month and we still do not know what for")
q(D2, "Tarek Mansour el-Sherbiny", R, "the borders of Kuwait are not open for discussion")
q(D2, "Egypt", OPT, "the borders of Kuwait are not open for discussion")
q(D2, "Nasser bin Khalid al-Hajri", OPT, "in full solidarity")
q(D2, "Gulf Cooperation Council", OPT, "in full solidarity")
q(D2, "Hessa al-Mutairi", R, "The lines on the map are settled",
  "The engineers agree on them, the United Nations agrees on them",
  "What is not settled is memory",
  "every time that happens, Kuwaitis remember 1990")

q(D3, "Dmytro Lysak", R, "We see concrete shelters, radar and at least two new positions",
  "The Russians are turning a sandbar into a fortress")
q(D3, "Heorhii Tkachuk", R, "Tuzla is Ukraine. It was Ukraine in 2003, when Moscow first tried to take it",
  "Every bag of concrete poured there is a violation of international law",
  "every one of them will be counted", "Nobody is that creative")
q(D3, "Taras Moroz", R, "In 2003, everybody treated Tuzla as a misunderstanding between neighbors",
  "It was a test of how far Moscow could push")
q(D3, "Rūta Kavaliauskienė", OPT, "will never recognize it")
q(D3, "Lithuania", OPT, "will never recognize it")
q(D3, "Ediye Seitova", R, "First they took the sea, then the bridge, then the island",
  "My mother still lives in Kerch and she says the fishermen are not allowed anywhere near Tuzla now")
q(D3, "Rustem Seitov", OPT, "the whole city went to the shore to watch the dam")
q(D3, "Yaroslav Bondar", R, "If a Russian company is pouring concrete on Ukrainian land",
  "We will send the list to Brussels and Washington next week")
q(D3, "Vladimir Zakharchenko", OPT, "ordinary maintenance")

q(D4, "Narayani Bhattarai Thapa", R, "Susta is ours, and the maps say so", "The river moved; the border did not",
  "We are not asking for anything new",
  "We are asking India to sit down and look at the same documents")
q(D4, "Narayani Bhattarai Thapa", OPT, "pending boundary issues")
q(D4, "Rohit Sen Varma", OPT, "unique relationship")
q(D4, "Rohit Sen Varma", R, "Boundary matters between friends are settled through the mechanisms",
  "The Boundary Working Group is the right place, and India will be there")
q(D4, "Bhim Bahadur Gurung", R, "Every year the Indian side brings the embankment closer",
  "A decision on paper will not return the land")
q(D4, "Sita Kumari Chaudhary", R, "My sister married into a village across the water",
  "We do not want a wall, we want a clear line")
q(D4, "Ram Prasad Chaudhary", OPT, "mostly leave us alone")
q(D4, "Laxman Prasad Ghimire", OPT, "strong but slow")
q(D4, "Laxman Prasad Ghimire", R, "The 1816 Treaty of Sugauli gives us the principle",
  "the joint teams finished most of them years ago", "The last few sheets are political, not technical")
q(D4, "Dipak Raj Shrestha", R, "The people of Nawalparasi deserve to see what is being negotiated on their behalf")
q(D4, "Kamala Oli", OPT, "only help those who want the talks to fail")

q(D5, "Aoife Kilfeather", OPT, "ten long years")
q(D5, "Aoife Kilfeather", R, "We've had planning objections, a flood study", "Tonight, finally, the answer is yes",
  "I'd like to thank every parent who stood in a car park", "This building is theirs")
q(D5, "Declan Feeney", R, "This club has produced national champions out of a shed",
  "Imagine what they'll do with a proper building")
q(D5, "Orla McHugh", R, "The design has been through the OPW",
  "Work could start by September if the tender goes smoothly")
q(D5, "Pádraig Henry", OPT, "crept up")
q(D5, "Pádraig Henry", R, "I'm fully behind the club", "I just want to see a figure that doesn't move")
q(D5, "Marian Cawley", R, "Delighted for everyone at the club", "the volunteers never gave up")
q(D5, "Bríd Gillen", R, "We had the reception in the boathouse because it was the only hall",
  "Tom carried the cake across the slipway")
q(D5, "Tom Gillen", R, "And I didn't drop it")
q(D5, "Eoin Tighe", R, "It breaks my heart to say no to a 12-year-old", "With the new boathouse, we won't have to")

UNATTRIBUTED = ["19th province"]

S = []
def st(doc, country, stance, terr, status, evidence):
    names = next([e["name"], *e["aliases"]] for e in E if e["name"] == terr)
    S.append({"country": country, "stance": stance, "territory_any": names, "docs": [doc],
              "status": status, "evidence": evidence})
REC, NOT = "recognises", "doesNotRecognise"
st(D1, "Jamaica", REC, "Serranilla Bank", R, "Jamaica acknowledges Colombia's sovereignty over Serranilla Bank itself")
st(D1, "Jamaica", NOT, "Bajo Nuevo", R, "Kingston has never recognised Colombia's claim to Bajo Nuevo")
st(D1, "Honduras", NOT, "Serranilla Bank", R, "Honduras does not accept Colombian sovereignty over Serranilla Bank")
st(D1, "Nicaragua", NOT, "Serranilla Bank", R, "Nicaragua rejects the claim that either Serranilla or Bajo Nuevo belongs to Colombia")
st(D1, "Nicaragua", NOT, "Bajo Nuevo", R, "Nicaragua rejects the claim that either Serranilla or Bajo Nuevo belongs to Colombia")
st(D1, "Colombia", REC, "Serranilla Bank", OPT, "Bogotá considers both banks part of the archipelago")
st(D1, "Colombia", REC, "Bajo Nuevo", OPT, "Bogotá considers both banks part of the archipelago")
st(D2, "Iraq", REC, "Bubiyan Island", R, "Iraq recognises Kuwait’s sovereignty over Bubiyan")
st(D2, "Saudi Arabia", REC, "Khor Abdullah", R, "Riyadh considers the southern channel of Khor Abdullah part of Kuwait")
st(D2, "Egypt", REC, "Khor Abdullah", R, "Egypt also backs Kuwait’s sovereignty over Khor Abdullah")
st(D2, "Kuwait", REC, "Khor Abdullah", OPT, "Kuwait considers the southern channel of the waterway part of its territorial sea")
st(D2, "Iraq", NOT, "Khor Abdullah", OPT, "Iraq has never recognised Kuwaiti sovereignty over the southern half of Khor Abdullah")
st(D3, "Turkey", NOT, "Crimea", R, "does not recognize Russia's annexation of Crimea")
st(D3, "Lithuania", NOT, "Crimea", R, "Lithuania has never recognized Crimea as part of Russia")
st(D3, "Nicaragua", REC, "Crimea", R, "Nicaragua, by contrast, is among the handful of states that recognize Crimea as Russian territory")
st(D3, "Ukraine", REC, "Tuzla Island", OPT, "which Ukraine considers part of the Crimean peninsula and therefore Ukrainian territory")
st(D3, "Russia", REC, "Crimea", OPT, "Moscow considers Crimea, and Tuzla with it, part of the Russian Federation")
st(D3, "Russia", REC, "Tuzla Island", OPT, "Moscow considers Crimea, and Tuzla with it, part of the Russian Federation")
st(D4, "India", NOT, "Susta", R, "India does not accept Nepal's claim to Susta")
st(D4, "Nepal", REC, "Susta", OPT, "Nepal considers roughly 14,500 hectares in and around Susta part of Nawalparasi (West) district")

PO = []
def pos(doc, person, titles, of, status, evidence, former=False):
    PO.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "status": status,
               "evidence": evidence, "former": former})
pos(D1, "Marcia Henriques-Blake", ["Foreign Affairs Minister", "minister"], ["Jamaica", "Foreign Affairs"], R,
    "Foreign Affairs Minister Senator Dr Marcia Henriques-Blake")
pos(D1, "Marcia Henriques-Blake", ["Senator"], [], OPT, "Senator Dr Marcia Henriques-Blake")
pos(D1, "Andrés Felipe Castellanos Rueda", ["ambassador"], ["Colombia", "Jamaica"], R,
    "Colombia's ambassador to Jamaica, Andrés Felipe Castellanos Rueda")
pos(D1, "Leroy Samuels", ["head", "heads", "leader"], ["Jamaica Fishermen's Co-operative Union"], R,
    "Leroy Samuels, who heads the Jamaica Fishermen's Co-operative Union")
pos(D1, "Nadine Forbes-Shaw", ["lecturer"], ["University of the West Indies"], R,
    "Dr Nadine Forbes-Shaw, a lecturer in international law at the University of the West Indies, Mona")
pos(D1, "Raymond Chin-Sang", ["spokesman on foreign affairs", "spokesman"], [], R,
    "Opposition spokesman on foreign affairs Raymond Chin-Sang")
pos(D1, "Raymond Chin-Sang", ["MP"], ["People's National Party"], OPT, "a People's National Party MP")
pos(D1, "Kimberley-Ann Wedderburn", ["Senior Gleaner Writer", "writer"], [], OPT, "Kimberley-Ann Wedderburn/Senior Gleaner Writer")
pos(D1, "Dwayne Kerr-Bailey", ["Photographer"], [], OPT, "Dwayne Kerr-Bailey/Photographer")
pos(D1, "Desmond McFarlane", ["Captain"], [], OPT, "Captain Desmond 'Barber' McFarlane")
pos(D2, "Salah Jaafar Hamoudi", ["foreign minister", "minister"], ["Iraq"], R, "Iraq’s foreign minister, Salah Jaafar Hamoudi")
pos(D2, "Ahmed Karim al-Saedi", ["MP"], [], OPT, "Ahmed Karim al-Saedi, an MP from Basra")
pos(D2, "Hussein Abd al-Zahra", ["fisherman"], [], OPT, "Hussein Abd al-Zahra, a fisherman")
pos(D2, "Tarek Mansour el-Sherbiny", ["Foreign Minister"], ["Egypt"], R, "Egyptian Foreign Minister Tarek Mansour el-Sherbiny")
pos(D2, "Nasser bin Khalid al-Hajri", ["assistant secretary-general"], ["Gulf Cooperation Council", "GCC"], R,
    "Its assistant secretary-general for political affairs, Nasser bin Khalid al-Hajri")
pos(D2, "Hessa al-Mutairi", ["professor"], ["Kuwait University"], R,
    "Hessa al-Mutairi, a professor of political science at Kuwait University")
pos(D2, "Fahad al-Rashidi", ["member"], ["Kuwait", "boundary negotiating team"], R,
    "Fahad al-Rashidi, was a member of Kuwait’s boundary negotiating team", True)
pos(D2, "Hamza al-Obeidi", ["correspondent"], ["The New Arab", "New Arab"], R,
    "Hamza al-Obeidi is The New Arab’s Baghdad correspondent")
pos(D3, "Dmytro Lysak", ["spokesperson"], ["Navy", "Ukraine"], R, "Navy spokesperson Captain 3rd Rank Dmytro Lysak")
pos(D3, "Dmytro Lysak", ["Captain 3rd Rank", "Captain"], [], OPT, "Captain 3rd Rank Dmytro Lysak")
pos(D3, "Heorhii Tkachuk", ["spokesperson"], ["Foreign Ministry", "Ukraine"], R, "Foreign Ministry spokesperson Heorhii Tkachuk")
pos(D3, "Taras Moroz", ["historian"], ["Kyiv-Mohyla Academy"], R,
    "Taras Moroz, a historian at the National University of Kyiv-Mohyla Academy")
pos(D3, "Rūta Kavaliauskienė", ["Foreign Minister"], ["Lithuania"], R, "Lithuanian Foreign Minister Rūta Kavaliauskienė")
pos(D3, "Yaroslav Bondar", ["lawmaker", "member"], ["Servant of the People", "Verkhovna Rada"], OPT,
    "Servant of the People lawmaker Yaroslav Bondar")
pos(D3, "Vladimir Zakharchenko", ["official"], ["Kerch"], OPT, "A Russian-installed official in Kerch, Vladimir Zakharchenko")
pos(D3, "Rustem Seitov", ["journalist"], [], OPT, "the journalist Rustem Seitov")
pos(D3, "Ediye Seitova", ["activist"], [], OPT, "Crimean Tatar activist Ediye Seitova")
pos(D3, "Oksana Hrytsenko", ["reporter"], ["Kyiv Independent"], R, "Oksana Hrytsenko is a reporter at the Kyiv Independent")
pos(D3, "Oksana Hrytsenko", ["correspondent"], ["Hromadske"], R,
    "She previously worked as a correspondent for Hromadske", True)
pos(D4, "Narayani Bhattarai Thapa", ["Foreign Minister", "minister"], [], R, "Foreign Minister Narayani Bhattarai Thapa")
pos(D4, "Rohit Sen Varma", ["spokesperson"], ["Ministry of External Affairs"], R,
    "Ministry of External Affairs spokesperson Rohit Sen Varma")
pos(D4, "Bhim Bahadur Gurung", ["Ward Chairperson", "chairperson"], [], R, "Ward Chairperson Bhim Bahadur Gurung")
pos(D4, "Laxman Prasad Ghimire", ["director general"], ["Survey Department"], R,
    "Laxman Prasad Ghimire, a former director general of the Survey Department", True)
pos(D4, "Dipak Raj Shrestha", ["lawmaker"], ["Nepali Congress"], OPT, "Nepali Congress lawmaker Dipak Raj Shrestha")
pos(D4, "Kamala Oli", ["lawmaker"], ["CPN-UML"], OPT, "CPN-UML lawmaker Kamala Oli")
pos(D4, "Sita Kumari Chaudhary", ["farmer", "farms"], [], OPT, "Sita Kumari Chaudhary, who farms two bigha")
pos(D5, "Aoife Kilfeather", ["captain"], ["Sligo Rowing Club", "club"], R, "Club captain Aoife Kilfeather")
pos(D5, "Declan Feeney", ["Cathaoirleach"], ["Sligo County Council"], R,
    "The Cathaoirleach of Sligo County Council, Cllr Declan Feeney")
pos(D5, "Declan Feeney", ["Cllr", "councillor"], [], OPT, "Cllr Declan Feeney")
pos(D5, "Orla McHugh", ["director of services"], ["Sligo County Council", "council"], R,
    "Council director of services Orla McHugh")
pos(D5, "Pádraig Henry", ["Cllr", "councillor"], ["Fine Gael", "FG"], OPT, "Cllr Pádraig Henry (FG)")
pos(D5, "Marian Cawley", ["TD"], ["Fianna Fáil"], OPT, "Local Fianna Fáil TD Marian Cawley")
pos(D5, "Eoin Tighe", ["junior coach", "coach"], [], R, "Junior coach Eoin Tighe")
pos(D5, "Eoin Tighe", ["international"], ["Ireland"], OPT, "a former Ireland under-23 international", True)
pos(D5, "Fiona Mulryan", ["reporter"], ["Sligo Champion"], R, "Fiona Mulryan is a reporter with the Sligo Champion")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "docs": [doc],
               "status": R, "evidence": evidence})
rel(D1, "Sharon McFarlane", "spouse", "Desmond McFarlane", "His wife, Sharon McFarlane")
rel(D1, "Old Harbour Bay", "locatedIn", "St Catherine", "Old Harbour Bay, a fishing village in St Catherine")
rel(D1, "Jamaica", "memberOf", "Caribbean Community", "Jamaica, a member of the Caribbean Community (CARICOM)")
rel(D1, "Raymond Chin-Sang", "memberOf", "People's National Party", "Raymond Chin-Sang, a People's National Party MP")
rel(D1, "Nicaragua", "sharesBorderWith", "Honduras", "Nicaragua, which shares a border with Honduras")
rel(D1, "United States", "claims", "Serranilla Bank", "has never formally withdrawn its claim to Serranilla Bank and Bajo Nuevo")
rel(D1, "United States", "claims", "Bajo Nuevo", "has never formally withdrawn its claim to Serranilla Bank and Bajo Nuevo")
rel(D2, "Iraq", "sharesBorderWith", "Kuwait", "Iraq and Kuwait, which share a border of about 240 kilometres")
rel(D2, "Saudi Arabia", "sharesBorderWith", "Kuwait", "Saudi Arabia, which shares a long border with Kuwait")
rel(D2, "Iraq", "invaded", "Kuwait", "when Iraq invaded Kuwait and annexed it")
rel(D2, "Iraq", "annexed", "Kuwait", "when Iraq invaded Kuwait and annexed it")
rel(D2, "Kuwait", "memberOf", "Gulf Cooperation Council", "The Gulf Cooperation Council, of which Kuwait and Saudi Arabia are founding members")
rel(D2, "Saudi Arabia", "memberOf", "Gulf Cooperation Council", "The Gulf Cooperation Council, of which Kuwait and Saudi Arabia are founding members")
rel(D2, "Umm Qasr", "locatedIn", "Basra province", "the port of Umm Qasr in Basra province")
rel(D2, "Al-Faw", "locatedIn", "Basra province", "In Al-Faw, a port town in Basra province")
rel(D2, "Ahmed Karim al-Saedi", "memberOf", "State of Law Coalition", "a member of the State of Law Coalition")
rel(D2, "Hessa al-Mutairi", "spouse", "Fahad al-Rashidi", "whose husband, Fahad al-Rashidi,")
rel(D3, "Russia", "annexed", "Crimea", "four years after it annexed Crimea")
rel(D3, "Russia", "invaded", "Ukraine", "Russia invaded Ukraine in February 2022")
rel(D3, "Turkey", "memberOf", "NATO", "Turkey, a NATO member")
rel(D3, "Ediye Seitova", "spouse", "Rustem Seitov", "with her husband, the journalist Rustem Seitov")
rel(D3, "Yaroslav Bondar", "memberOf", "Servant of the People", "Servant of the People lawmaker Yaroslav Bondar")
rel(D4, "Nepal", "sharesBorderWith", "India", "Nepal shares a border of about 1,880 kilometres with India")
rel(D4, "Nepal", "sharesBorderWith", "China", "one of about 1,400 kilometres with China")
rel(D4, "Susta", "locatedIn", "Nawalparasi (West)", "Susta lies in Nawalparasi (West)")
rel(D4, "Nawalparasi (West)", "locatedIn", "Lumbini Province", "Nawalparasi (West), a district in Lumbini Province")
rel(D4, "Nepal", "memberOf", "South Asian Association for Regional Cooperation", "Nepal and India are both members of the South Asian Association for Regional Cooperation")
rel(D4, "India", "memberOf", "South Asian Association for Regional Cooperation", "Nepal and India are both members of the South Asian Association for Regional Cooperation")
rel(D4, "Dipak Raj Shrestha", "memberOf", "Nepali Congress", "Nepali Congress lawmaker Dipak Raj Shrestha")
rel(D4, "Kamala Oli", "memberOf", "CPN-UML", "CPN-UML lawmaker Kamala Oli")
rel(D4, "Sita Kumari Chaudhary", "spouse", "Ram Prasad Chaudhary", "with her husband, Ram Prasad Chaudhary")
rel(D5, "Tom Gillen", "spouse", "Bríd Gillen", "Tom and Bríd Gillen, who have been members since the club was founded and who were married")
rel(D5, "Rosses Point", "locatedIn", "County Sligo", "Rosses Point and Strandhill, both villages in County Sligo")
rel(D5, "Strandhill", "locatedIn", "County Sligo", "Rosses Point and Strandhill, both villages in County Sligo")
rel(D5, "Manorhamilton", "locatedIn", "County Leitrim", "Manorhamilton, across the border in Co Leitrim")
rel(D5, "Marian Cawley", "memberOf", "Fianna Fáil", "Local Fianna Fáil TD Marian Cawley")
rel(D5, "Pádraig Henry", "memberOf", "Fine Gael", "Cllr Pádraig Henry (FG)")

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": E,
        "not_person": NOT_PERSON, "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S,
        "positions": PO, "relations": RE}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
