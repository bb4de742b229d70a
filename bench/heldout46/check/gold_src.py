#!/usr/bin/env python3
"""Writes bench/heldout46/gold.json from the hand-made lists below."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_incyprus_pyla.txt", "02_gulftimes_khor_al_udaid.txt",
                      "03_notesfrompoland_krolewiec.txt", "04_alaskabeacon_beaufort_wedge.txt",
                      "05_reformer_west_brattleboro_station.txt")
ABOUT = """Gold standard for bench/heldout46 (five invented articles, every person fictional).
Conventions: `key` is a verbatim stretch of the quote (its first words). `required` quotes are full
statements with an explicit speaker (name, surname, pronoun, role, or the organisation/country whose
statement is quoted), including colon quotes and continuation paragraphs; partial quotes, headline/deck
echoes and second holders are `optional`. Anonymous speakers are not listed, so attributing their words is
wrong. `unattributed` lists quoted strings with no speaker (related headlines). Stances: polarity follows the
wording; questions, hypotheticals and `is expected to recognise` are not stances; a claimant's own claim is
optional. Positions: `of_any` is empty when the text names no body next to the title; former posts carry
`former: true`; seats (MP, Sen.) and occupations are optional. Relations: only those stated in the text.
Entities: persons, organisations, countries, territories and places named in the text, including bylines,
photo credits, footers and copyright lines; streets, buildings, seas, treaties and platforms are not entities.
Entities carry a `docs` list (not used by score.py)."""

E = []  # (type, name, aliases, docs)
def ent(t, name, aliases, *docs):
    E.append({"type": t, "name": name, "aliases": aliases, "docs": list(docs)})

P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"
# article 1
for n, a in [("Stella Charalambidou", ["Charalambidou"]), ("Kostas Ioannou", ["Ioannou"]),
             ("Marios Ttofias", ["Ttofias"]), ("Eleni Kouppa", ["Kouppa"]),
             ("Hasan Oranlı", ["Oranlı", "Hasan Oranli", "Oranli"]), ("Ingrid Salvesen", ["Salvesen"]),
             ("Nikos Drakopoulos", ["Drakopoulos"]), ("Christos Pyliotis", ["Pyliotis"]),
             ("Androulla Pyliotou", ["Pyliotou"]), ("Loukas Sozos", ["Sozos"])]:
    ent(P, n, a, D1)
ent(C, "Cyprus", ["Republic of Cyprus"], D1)
ent(C, "Turkey", ["Türkiye"], D1)
ent(C, "Greece", [], D1)
ent(C, "Azerbaijan", [], D1)
ent(T, "TRNC", ["Turkish Republic of Northern Cyprus"], D1)
for n in ["Pyla", "Arsos", "Nicosia", "Ankara", "Athens", "Baku", "Brussels"]:
    ent(PL, n, [], D1)
ent(PL, "Larnaca district", ["Larnaca"], D1)
ent(O, "United Nations", ["UN"], D1)
ent(O, "Security Council", ["UN Security Council"], D1)
ent(O, "European Union", ["EU"], D1)
ent(O, "UNFICYP", [], D1)
ent(O, "CyBC", [], D1)
ent(O, "NATO", [], D1, D3, D4)
ent(O, "Democratic Rally", ["Disy"], D1)
ent(O, "CNA", ["Cyprus News Agency"], D1)
ent(O, "in-cyprus", ["in-cyprus.com"], D1)
# article 2
for n, a in [("Anil Varghese Kurian", ["Kurian"]), ("Hamad Rashid al-Kaabi", ["al-Kaabi"]),
             ("Salem Obaid al-Dhaheri", ["al-Dhaheri"]), ("Bader al-Saqer", ["al-Saqer"]),
             ("Leila Haddad", ["Haddad"]), ("Abdulla Jassim al-Mohannadi", ["al-Mohannadi"]),
             ("Maryam al-Mohannadi", []), ("Turki al-Mutairi", ["al-Mutairi"])]:
    ent(P, n, a, D2)
ent(C, "Qatar", ["State of Qatar"], D2)
ent(C, "Saudi Arabia", [], D2)
ent(C, "United Arab Emirates", ["UAE"], D2)
ent(C, "Kuwait", [], D2)
ent(C, "Oman", [], D2)
ent(C, "Iraq", [], D2)
ent(T, "Khor al-Udaid", [], D2)
for n in ["Doha", "Riyadh", "Abu Dhabi", "Mesaieed", "Muscat", "Wakrah"]:
    ent(PL, n, [], D2)
ent(O, "UAE Ministry of Foreign Affairs", [], D2)
ent(O, "Gulf Cooperation Council", ["GCC"], D2)
ent(O, "WAM", [], D2)
ent(O, "Qatar University", [], D2)
ent(O, "Gulf Times", [], D2)
ent(O, "Gulf Publishing and Printing Company", [], D2)
# article 3
for n, a in [("Piotr Wąsowicz", ["Wąsowicz", "Piotr Wasowicz", "Wasowicz"]),
             ("Agnieszka Wolańska", ["Wolańska", "Agnieszka Wolanska", "Wolanska"]),
             ("Tomasz Berent", ["Berent"]), ("Yelena Vostrikova", ["Vostrikova"]),
             ("Marek Zieliński", ["Zieliński", "Marek Zielinski", "Zielinski"]),
             ("Rokas Jablonskis", ["Jablonskis"]), ("Janusz Kowalik", ["Kowalik"]),
             ("Halina Kowalik", []), ("Paweł Skrzypek", ["Skrzypek", "Pawel Skrzypek"]),
             ("Katarzyna Lis", [])]:
    ent(P, n, a, D3)
ent(C, "Poland", [], D3)
ent(C, "Russia", [], D3, D4)
ent(C, "Ukraine", [], D3)
ent(C, "Lithuania", [], D3)
ent(C, "Soviet Union", [], D3)
ent(T, "Kaliningrad region", ["Kaliningrad", "Królewiec", "Krolewiec"], D3)
for n in ["Warsaw", "Moscow", "Vilnius", "Braniewo", "Warmian-Masurian Voivodeship", "Grzechotki", "Potsdam"]:
    ent(PL, n, [], D3)
ent(O, "Confederation", [], D3)
ent(O, "Sejm", [], D3)
ent(O, "Russian Ministry of Foreign Affairs", [], D3)
ent(O, "University of Warsaw", [], D3)
ent(O, "Civic Coalition", [], D3)
ent(O, "Notes from Poland", [], D3)
ent(O, "Polish Radio", [], D3)
# article 4
for n, a in [("Denise McAllister", ["McAllister"]), ("Tomas Greer", ["Greer"]),
             ("Marjorie Tallack", ["Tallack"]), ("Geneviève Laroche", ["Laroche", "Genevieve Laroche"]),
             ("Dwayne Okafor", ["Okafor"]), ("Elias Tagarook", ["Tagarook"]), ("Martha Tagarook", []),
             ("Donald Kikoak", ["Kikoak"]), ("Ruth Abernathy", ["Abernathy"]),
             ("Ray Hoskins", ["Hoskins"]), ("Gwen Pelletier", ["Pelletier"])]:
    ent(P, n, a, D4)
ent(C, "United States", ["U.S.", "US"], D4)
ent(C, "Canada", [], D4)
ent(C, "United Kingdom", [], D4)
ent(C, "Norway", [], D4)
ent(T, "Beaufort Sea wedge", [], D4)
for n in ["Alaska", "Yukon", "Ottawa", "Washington", "Kaktovik", "Barter Island", "London",
          "St. Petersburg", "Fairbanks", "Tromsø"]:
    ent(PL, n, [], D4)
for n in ["Interior Department", "State Department", "Arctic Council", "NORAD",
          "Inuvialuit Regional Corporation", "University of Alaska Fairbanks", "Global Affairs Canada",
          "Alaska Beacon", "States Newsroom"]:
    ent(O, n, [], D4)
# article 5
for n, a in [("Hannah Liebowitz", ["Liebowitz"]), ("Sam Doucette", ["Doucette"]), ("Kris Fairbanks", []),
             ("Leonard Marchetti", ["Marchetti"]), ("Priya Whitcomb", ["Whitcomb"]),
             ("Franklin Osei", ["Osei"]), ("Gordon Haskell", ["Haskell"]), ("Walt Peabody", ["Peabody"]),
             ("Dorothy Peabody", []), ("Carla Monteiro", ["Monteiro"]), ("Annette Rowe", ["Rowe"])]:
    ent(P, n, a, D5)
for n in ["Brattleboro", "West Brattleboro", "Windham County", "Vermont", "Cheshire County",
          "New Hampshire", "Guilford"]:
    ent(PL, n, [], D5)
ent(O, "Brattleboro Selectboard", ["Selectboard"], D5)
ent(O, "FEMA", [], D5)
ent(O, "Representative Town Meeting", ["Town Meeting"], D5)
ent(O, "Brattleboro Reformer", ["Reformer"], D5)

NOT_PERSON = ["Pyla", "Arsos", "Larnaca", "CyBC", "Disy", "UNFICYP", "Turkish Cypriot", "Greek Cypriots",
              "in-cyprus", "Mesaieed", "Wakrah", "Khor al-Udaid", "WAM", "Sheraton", "Gulf Times",
              "Królewiec", "Braniewo", "Grzechotki", "Sejm", "Confederation", "Potsdam", "Notes from Poland",
              "Kaktovik", "Barter Island", "Inuvialuit", "Iñupiat", "NORAD", "Tromsø", "Alaska Beacon",
              "Fairbanks", "Brattleboro", "West Brattleboro", "Guilford", "Selectboard", "Town Meeting",
              "Western Avenue", "Academy School", "Engine 2", "Reformer", "FEMA"]

Q = []
def q(doc, speaker, status, *keys):
    for k in keys:
        Q.append({"speaker": speaker, "key": k, "docs": [doc], "status": status})
R, OPT = "required", "optional"
q(D1, "Marios Ttofias", R, "We will not be bullied into accepting facts on the ground",
  "Nothing has changed, and nothing will.")
q(D1, "Marios Ttofias", OPT, "will not be bullied")
q(D1, "Eleni Kouppa", OPT, "clear solidarity")
q(D1, "Eleni Kouppa", R, "This is not a local quarrel about asphalt")
q(D1, "Turkey", OPT, "exercising their legitimate right to security", "is here to stay")
q(D1, "Hasan Oranlı", OPT, "without permission from anyone on our side")
q(D1, "Hasan Oranlı", R, "We are ready to talk, but we will not ask Nicosia")
q(D1, "Ingrid Salvesen", R, "Our priority is calm, and we urge both sides")
q(D1, "Nikos Drakopoulos", R, "Greece stands with the Republic of Cyprus")
q(D1, "Christos Pyliotis", R, "We have lived here together for fifty years")
q(D1, "Androulla Pyliotou", R, "Nobody asked us about the road", "My grandchildren cross it to go to school")
q(D1, "Loukas Sozos", OPT, "a deliberate provocation")
q(D2, "Hamad Rashid al-Kaabi", R, "The State of Qatar is not a party to this disagreement",
  "That is our position and it has not changed")
q(D2, "Salem Obaid al-Dhaheri", R, "The 1974 agreement was signed under circumstances")
q(D2, "Salem Obaid al-Dhaheri", OPT, "good neighbours talk")
q(D2, "Saudi Arabia", OPT, "regrettable and without legal effect")
q(D2, "Saudi Arabia", R, "The Kingdom's borders are settled by treaty")
q(D2, "Bader al-Saqer", R, "Kuwait knows better than anyone", "We believe the agreements between Riyadh and Doha")
q(D2, "Bader al-Saqer", OPT, "no winners and no losers")
q(D2, "Leila Haddad", OPT, "more about gas and fishing than about sand")
q(D2, "Leila Haddad", R, "The inlet itself is tiny", "Whoever controls the mouth of the khor")
q(D2, "Abdulla Jassim al-Mohannadi", R, "Before, we saw one boat a week")
q(D2, "Maryam al-Mohannadi", R, "If he has to go further out to avoid trouble")
q(D3, "Agnieszka Wolańska", R, "Poland accepted the post-war order in good faith", "That neighbour no longer exists.")
q(D3, "Agnieszka Wolańska", OPT, "on the table")
q(D3, "Tomasz Berent", R, "We do not play games with borders", "Our security rests on international law")
q(D3, "Russia", OPT, "an act of revanchism")
q(D3, "Yelena Vostrikova", OPT, "certain politicians in Warsaw")
q(D3, "Yelena Vostrikova", R, "Any attempt to question Russia's borders")
q(D3, "Marek Zieliński", OPT, "without anyone asking the people who lived there")
q(D3, "Marek Zieliński", R, "Poland has never claimed Królewiec", "People tend to forget that")
q(D3, "Rokas Jablonskis", OPT, "has no appetite for reopening old maps")
q(D3, "Rokas Jablonskis", R, "We understand the emotion")
q(D3, "Janusz Kowalik", R, "My mother traded sausages for petrol")
q(D3, "Halina Kowalik", R, "We do not need more trouble here")
q(D3, "Paweł Skrzypek", OPT, "no majority")
q(D4, "Marjorie Tallack", R, "We are not giving up an inch of the Beaufort")
q(D4, "Geneviève Laroche", OPT, "ignores a boundary Canada has maintained since the 1825 treaty")
q(D4, "Geneviève Laroche", R, "Canada remains committed to a negotiated solution",
  "But we cannot accept unilateral leasing")
q(D4, "Dwayne Okafor", R, "We've been talking to our Canadian friends", "That doesn't change the legal position")
q(D4, "Elias Tagarook", R, "The bowhead don't know where the line is")
q(D4, "Martha Tagarook", R, "I tell them: not yet")
q(D4, "Donald Kikoak", OPT, "one people divided by a line drawn in London")
q(D4, "Donald Kikoak", R, "Before the governments argue about who owns the water")
q(D4, "Ruth Abernathy", R, "Canada reads 'as far as the frozen ocean'", "The U.S. says the boundary should run at a right angle")
q(D4, "Ruth Abernathy", OPT, "as far as the frozen ocean")
q(D4, "Ray Hoskins", OPT, "predictable.")
q(D5, "Leonard Marchetti", R, "Our trucks no longer fit through the doors", "We have been making do for twenty years",
  "This is not a luxury", "My firefighters deserve a building that works")
q(D5, "Priya Whitcomb", OPT, "the easy part")
q(D5, "Priya Whitcomb", R, "Now we have to convince Town Meeting members")
q(D5, "Franklin Osei", R, "Six million dollars is a lot of money")
q(D5, "Gordon Haskell", OPT, "would lower the bond, but it would not replace it")
q(D5, "Walt Peabody", R, "My father helped pour that floor", "It served us well. But it's time.")
q(D5, "Dorothy Peabody", R, "When my husband fell last winter")
q(D5, "Carla Monteiro", R, "West Brattleboro pays its share")
q(D5, "Annette Rowe", OPT, "would help the whole valley")

UNATTRIBUTED = ["caught between two flags", "Gulf unity is not a slogan", "Our border is NATO's border"]

S = []
def st(doc, country, stance, terr, status, evidence):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "status": status, "evidence": evidence})
NO, YES = "doesNotRecognise", "recognises"
st(D1, "Cyprus", NO, ["TRNC"], R, "The Republic of Cyprus refuses to recognise the so-called TRNC")
st(D1, "Turkey", YES, ["TRNC"], R, "is the only country that recognises the TRNC")
st(D1, "Greece", NO, ["TRNC"], R, "Greece considers the TRNC an illegal entity and does not recognise it")
st(D1, "Azerbaijan", NO, ["TRNC"], R, "Azerbaijan, which has never recognised the TRNC")
st(D2, "Qatar", YES, ["Khor al-Udaid"], R, "Doha acknowledges Saudi sovereignty over Khor al-Udaid")
st(D2, "United Arab Emirates", NO, ["Khor al-Udaid"], R, "The UAE does not accept Saudi sovereignty over Khor al-Udaid")
st(D2, "Saudi Arabia", NO, ["Khor al-Udaid"], R, "Riyadh has never recognised any Emirati claim to Khor al-Udaid")
st(D2, "Kuwait", YES, ["Khor al-Udaid"], R, "Kuwait backs Saudi Arabia's sovereignty over Khor al-Udaid")
st(D3, "Poland", YES, ["Kaliningrad", "Królewiec"], R, "Poland acknowledges that the Kaliningrad region is part of Russia")
st(D3, "Lithuania", YES, ["Kaliningrad", "Królewiec"], R,
   "Lithuania, which borders the Kaliningrad region, recognises Russian sovereignty over it")
st(D3, "Russia", YES, ["Kaliningrad", "Królewiec"], OPT, "Russia considers the Kaliningrad region an inseparable part of Russia")
st(D4, "Canada", NO, ["wedge"], R, "does not recognize the U.S. claim to the wedge")
st(D4, "United States", NO, ["wedge"], R, "the United States rejects Canada's claim to the Beaufort Sea wedge")

PO = []
def pos(doc, person, titles, of, status, evidence, former=False):
    PO.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "status": status,
               "former": former, "evidence": evidence})
pos(D1, "Marios Ttofias", ["foreign minister"], [], R, "Foreign Minister Marios Ttofias")
pos(D1, "Eleni Kouppa", ["spokeswoman"], [], R, "Government spokeswoman Eleni Kouppa")
pos(D1, "Hasan Oranlı", ["Turkish Cypriot leader", "leader"], [], R, "Hasan Oranlı, the Turkish Cypriot leader")
pos(D1, "Ingrid Salvesen", ["spokeswoman"], ["UNFICYP"], R,
    "A spokeswoman for UNFICYP, the UN peacekeeping force in Cyprus, Ingrid Salvesen")
pos(D1, "Nikos Drakopoulos", ["foreign minister"], ["Greece", "Greek"], R, "Greek Foreign Minister Nikos Drakopoulos")
pos(D1, "Nikos Drakopoulos", ["ambassador"], ["Cyprus"], R, "who served as ambassador to Cyprus", True)
pos(D1, "Christos Pyliotis", ["community leader"], [], R, "community leader Christos Pyliotis")
pos(D1, "Loukas Sozos", ["MP"], ["Democratic Rally", "Disy"], OPT, "Democratic Rally (Disy) MP Loukas Sozos")
pos(D1, "Loukas Sozos", ["chair"], ["foreign affairs committee", "House"], OPT, "who chairs the House foreign affairs committee")
pos(D1, "Stella Charalambidou", ["political reporter", "reporter"], ["in-cyprus"], R,
    "Stella Charalambidou is a political reporter for in-cyprus")
pos(D2, "Hamad Rashid al-Kaabi", ["spokesperson"], ["Ministry of Foreign Affairs"], R,
    "official spokesperson of the Ministry of Foreign Affairs")
pos(D2, "Salem Obaid al-Dhaheri", ["Minister of State for Foreign Affairs", "Minister of State"], [], R,
    "Salem Obaid al-Dhaheri, Minister of State for Foreign Affairs")
pos(D2, "Bader al-Saqer", ["foreign minister"], ["Kuwait"], R, "Kuwaiti Foreign Minister Bader al-Saqer")
pos(D2, "Leila Haddad", ["associate professor", "professor"], ["Qatar University"], R,
    "Dr Leila Haddad, associate professor of international law at Qatar University")
pos(D2, "Abdulla Jassim al-Mohannadi", ["fisherman"], [], OPT, "fisherman Abdulla Jassim al-Mohannadi")
pos(D2, "Turki al-Mutairi", ["Secretary-General"], ["GCC", "Gulf Cooperation Council"], R,
    "The GCC Secretary-General, Dr Turki al-Mutairi")
pos(D3, "Agnieszka Wolańska", ["MP"], [], OPT, "A Polish opposition MP")
pos(D3, "Tomasz Berent", ["foreign minister"], [], R, "Foreign Minister Tomasz Berent")
pos(D3, "Yelena Vostrikova", ["spokeswoman"], ["Russian Ministry of Foreign Affairs", "Ministry of Foreign Affairs"], R,
    "Yelena Vostrikova, spokeswoman for the Russian Ministry of Foreign Affairs")
pos(D3, "Marek Zieliński", ["historian"], ["University of Warsaw"], R,
    "Dr Marek Zieliński, a historian at the University of Warsaw")
pos(D3, "Rokas Jablonskis", ["foreign minister"], ["Lithuania"], R, "Lithuanian Foreign Minister Rokas Jablonskis")
pos(D3, "Paweł Skrzypek", ["chairman"], ["foreign affairs committee", "Sejm"], R,
    "Its chairman, Paweł Skrzypek of Civic Coalition")
pos(D3, "Katarzyna Lis", ["correspondent"], ["Polish Radio"], R,
    "previously worked as a correspondent for Polish Radio in Vilnius", True)
pos(D4, "Marjorie Tallack", ["Sen.", "senator"], [], OPT, "U.S. Sen. Marjorie Tallack")
pos(D4, "Geneviève Laroche", ["ambassador"], ["Canada"], R, "Its ambassador in Washington, Geneviève Laroche")
pos(D4, "Dwayne Okafor", ["spokesperson"], ["State Department"], R, "State Department spokesperson Dwayne Okafor")
pos(D4, "Elias Tagarook", ["whaling captain", "captain"], [], OPT, "whaling captain Elias Tagarook")
pos(D4, "Donald Kikoak", ["chair"], ["Inuvialuit Regional Corporation"], R,
    "Donald Kikoak, chair of the Inuvialuit Regional Corporation")
pos(D4, "Ruth Abernathy", ["professor"], ["University of Alaska Fairbanks"], R,
    "Ruth Abernathy, a professor of law at the University of Alaska Fairbanks")
pos(D4, "Ray Hoskins", ["Gov.", "governor"], ["Alaska"], R, "Former Alaska Gov. Ray Hoskins", True)
pos(D4, "Gwen Pelletier", ["spokeswoman"], ["Global Affairs Canada"], R,
    "Gwen Pelletier, a spokeswoman for Global Affairs Canada")
pos(D4, "Denise McAllister", ["Arctic reporter", "reporter"], ["Alaska Beacon"], R,
    "Denise McAllister is the Alaska Beacon's Arctic reporter")
pos(D5, "Leonard Marchetti", ["Fire Chief", "chief"], [], R, "Fire Chief Leonard Marchetti")
pos(D5, "Priya Whitcomb", ["chair"], ["Selectboard"], R, "Selectboard Chair Priya Whitcomb")
pos(D5, "Franklin Osei", ["board member", "member"], [], OPT, "Board member Franklin Osei")
pos(D5, "Gordon Haskell", ["Town Manager"], [], R, "Town Manager Gordon Haskell")
pos(D5, "Carla Monteiro", ["Rep.", "representative"], [], OPT, "State Rep. Carla Monteiro")
pos(D5, "Annette Rowe", ["Fire Chief", "chief"], ["Guilford"], R, "Guilford Fire Chief Annette Rowe")
pos(D5, "Sam Doucette", ["firefighter"], [], OPT, "Firefighter Sam Doucette")

RE = []
def rel(doc, s, p, o, evidence):
    RE.append({"subject": s, "predicate": p, "object": o, "symmetric": p in ("spouse", "sharesBorderWith"),
               "docs": [doc], "status": R, "evidence": evidence})
rel(D1, "Pyla", "locatedIn", "Larnaca district", "Pyla, a village in the Larnaca district")
rel(D1, "Cyprus", "memberOf", "European Union", "Cyprus, a member of the European Union since 2004")
rel(D1, "Turkey", "invaded", "Cyprus", "Turkey, which invaded Cyprus in 1974")
rel(D1, "Christos Pyliotis", "spouse", "Androulla Pyliotou", "community leader Christos Pyliotis sat with his wife, Androulla")
rel(D1, "Greece", "memberOf", "NATO", "Greece and Turkey, both members of NATO")
rel(D1, "Turkey", "memberOf", "NATO", "Greece and Turkey, both members of NATO")
rel(D1, "Loukas Sozos", "memberOf", "Democratic Rally", "Democratic Rally (Disy) MP Loukas Sozos")
rel(D2, "Qatar", "sharesBorderWith", "Saudi Arabia", "Qatar shares its only land border with Saudi Arabia")
for c in ["Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Oman"]:
    rel(D2, c, "memberOf", "Gulf Cooperation Council",
        "Both countries, like Qatar, Kuwait and Oman, are members of the Gulf Cooperation Council (GCC)")
rel(D2, "Iraq", "invaded", "Kuwait", "Iraq invaded Kuwait in 1990")
rel(D2, "Mesaieed", "locatedIn", "Qatar", "In Mesaieed, a port town in Qatar")
rel(D2, "Abdulla Jassim al-Mohannadi", "spouse", "Maryam al-Mohannadi", "His wife, Maryam al-Mohannadi")
rel(D3, "Agnieszka Wolańska", "memberOf", "Confederation", "Agnieszka Wolańska, a member of the Confederation party")
rel(D3, "Paweł Skrzypek", "memberOf", "Civic Coalition", "Paweł Skrzypek of Civic Coalition")
rel(D3, "Lithuania", "sharesBorderWith", "Kaliningrad region", "Lithuania, which borders the Kaliningrad region")
rel(D3, "Poland", "memberOf", "NATO", "Poland joined NATO in 1999 and Lithuania in 2004")
rel(D3, "Lithuania", "memberOf", "NATO", "Poland joined NATO in 1999 and Lithuania in 2004")
rel(D3, "Poland", "sharesBorderWith", "Lithuania", "Poland shares a border with Lithuania and with Russia")
rel(D3, "Poland", "sharesBorderWith", "Russia", "Poland shares a border with Lithuania and with Russia")
rel(D3, "Braniewo", "locatedIn", "Warmian-Masurian Voivodeship", "In Braniewo, a town in the Warmian-Masurian Voivodeship")
rel(D3, "Janusz Kowalik", "spouse", "Halina Kowalik", "His wife, Halina Kowalik")
for c in ["United States", "Canada"]:
    rel(D4, c, "memberOf", "NATO", "Both countries are members of NATO and of the Arctic Council")
    rel(D4, c, "memberOf", "Arctic Council", "Both countries are members of NATO and of the Arctic Council")
rel(D4, "Kaktovik", "locatedIn", "Alaska", "Kaktovik, Alaska")
rel(D4, "Kaktovik", "locatedIn", "Barter Island", "In Kaktovik, on Barter Island")
rel(D4, "Tromsø", "locatedIn", "Norway", "Tromsø, Norway")
rel(D4, "Elias Tagarook", "spouse", "Martha Tagarook", "His wife, Martha Tagarook")
rel(D4, "Alaska Beacon", "memberOf", "States Newsroom", "Alaska Beacon is part of States Newsroom")
rel(D5, "Walt Peabody", "spouse", "Dorothy Peabody", "His wife, Dorothy Peabody")
rel(D5, "Windham County", "locatedIn", "Vermont", "Windham County, Vermont")
rel(D5, "Cheshire County", "locatedIn", "New Hampshire", "Cheshire County, New Hampshire")

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": E,
        "not_person": NOT_PERSON, "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S,
        "positions": PO, "relations": RE}

def render():
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"

if __name__ == "__main__":
    (Path(__file__).resolve().parent.parent / "gold.json").write_text(render(), encoding="utf-8")
