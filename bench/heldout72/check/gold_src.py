#!/usr/bin/env python3
"""Writes bench/heldout72/gold.json: the hand-made gold standard for bench/heldout72/articles."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_tvpworld_pomeranian_anchorage.txt"
D2 = "02_timescolonist_juan_de_fuca_wedge.txt"
D3 = "03_saudigazette_shaybah.txt"
D4 = "04_delfi_butinge_sector.txt"
D5 = "05_brusselstimes_ghent_pool.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout72/gold.json: the hand-made gold standard for bench/heldout72/articles.

Five invented articles; every person is fictional. Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
  colon quotes, split quotes and every paragraph of a multi-paragraph quote. `optional` = partial quotes,
  headline/deck echoes (also for the country a headline or deck gives them to), quoted words of a capital or
  country statement. Anonymous speakers are not listed,
  so their words are in `unattributed` and any speaker given to them counts as wrong.
- stances: polarity follows the wording. Required: explicit stances of a country (holder given as the
  country, its capital, ministry, embassy or a minister speaking for it). A claimant's own claim
  (`considers X part of its ...`, `regards ... as part of ...`) is no stance; it is a `claims` relation.
  No stance (listed in `no_stance` for the record only): questions, hypotheticals, `is expected to
  recognise`, `declined to say whether`, recognition of a treaty, conditionals about any future line,
  a country's claim of its own land.
- positions: `of_any` is empty when no organisation or country is named with the title. `former` marks
  former posts. Seats, occupations and verb-only titles (`who heads`) are optional.
- relations: only those stated in the text (spouse, sharesBorderWith, invaded, claims, memberOf, locatedIn).
- entities: persons, organisations, countries, territories and places named in the text, including
  bylines, photo credits, author footers, copyright lines and related links. Not entities: seas, straits,
  oceans, rivers, harbours, buildings and pools, treaties, economic zones, social platforms, section bars.
"""

E = []
def ent(t, name, docs, *aliases):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": docs})

P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# --- D1
for n, a in [("Zofia Kręglewska", "Kręglewska"), ("Bartosz Ledwoń", "Ledwoń"), ("Tadeusz Obremski", "Obremski"),
             ("Henrike Voßberg", "Voßberg"), ("Jan Wierzbicki-Laskowski", "Wierzbicki-Laskowski"),
             ("Ortrun Haberland", "Haberland"), ("Mikołaj Zadrożny", "Zadrożny")]:
    ent(P, n, [D1], a)
ent(O, "TVP World", [D1]); ent(O, "PAP", [D1]); ent(O, "Federal Maritime and Hydrographic Agency", [D1], "BSH")
ent(O, "Federal Foreign Office", [D1]); ent(O, "European Union", [D1, D4], "EU")
ent(O, "NATO", [D1, D2, D4]); ent(O, "TVP3 Szczecin", [D1]); ent(O, "NDR", [D1])
ent(O, "University of Szczecin", [D1]); ent(O, "European Commission", [D1]); ent(O, "Polish Border Guard", [D1])
ent(C, "Poland", [D1]); ent(C, "Germany", [D1]); ent(C, "Denmark", [D1])
ent(T, "Anchorage No. 3", [D1])
for n in ["Świnoujście", "Szczecin", "Warsaw", "Hamburg", "Berlin", "Usedom", "Wolin", "West Pomeranian Voivodeship",
          "Mecklenburg-Western Pomerania", "Heringsdorf", "Bornholm"]:
    ent(L, n, [D1])
# --- D2
for n, a in [("Katrin Lindqvist-Hale", "Lindqvist-Hale"), ("Adrian Mokwena", "Mokwena"),
             ("Gurpreet Sandhu-Ellery", "Sandhu-Ellery"), ("Marisol Quintanar-Webb", "Quintanar-Webb"),
             ("Dana Whitcombe", "Whitcombe"), ("Lorne Achterberg", "Achterberg"), ("Denise Falardeau", "Falardeau"),
             ("Ray Tillotson", "Tillotson"), ("Amira Castellanos-Reid", "Castellanos-Reid")]:
    ent(P, n, [D2], a)
ent(O, "Times Colonist", [D2]); ent(O, "Global Affairs Canada", [D2]); ent(O, "State Department", [D2])
ent(O, "U.S. Embassy in Ottawa", [D2]); ent(O, "New Democratic Party", [D2], "NDP")
ent(O, "University of Victoria", [D2]); ent(O, "The Canadian Press", [D2], "Canadian Press")
ent(C, "Canada", [D2]); ent(C, "United States", [D2], "U.S.")
ent(T, "Juan de Fuca wedge", [D2])
for n in ["Sooke", "Ottawa", "Victoria", "Vancouver Island", "Port Angeles", "Clallam County", "Esquimalt-Saanich-Sooke"]:
    ent(L, n, [D2])
ent(L, "British Columbia", [D2], "B.C."); ent(L, "Washington", [D2], "Wash.")
# --- D3
for n, a in [("Hana Al-Qahtani", "Al-Qahtani"), ("Salem Rashid Al-Mazrouei", "Al-Mazrouei"),
             ("Adel Mubarak Al-Sayegh", "Al-Sayegh"), ("Tariq Hamdan Al-Ruwaili", "Al-Ruwaili"),
             ("Abdulmohsen Al-Dosari", "Al-Dosari"), ("Lina Haddad", "Haddad")]:
    ent(P, n, [D3], a)
ent(O, "Saudi Gazette", [D3]); ent(O, "Ministry of Foreign Affairs", [D3]); ent(O, "Saudi Press Agency", [D3], "SPA")
ent(O, "UAE Ministry of Energy and Infrastructure", [D3], "Ministry of Energy and Infrastructure")
ent(O, "Gulf Cooperation Council", [D3], "GCC"); ent(O, "Saudi Aramco", [D3], "Aramco")
ent(O, "King Faisal Center for Research and Islamic Studies", [D3])
ent(C, "Saudi Arabia", [D3]); ent(C, "United Arab Emirates", [D3], "UAE")
for n in ["Bahrain", "Oman", "Qatar", "Kuwait", "Iraq"]:
    ent(C, n, [D3])
ent(T, "Shaybah", [D3])
for n in ["Riyadh", "Abu Dhabi", "Manama", "Muscat", "Eastern Province", "Dhahran", "Abqaiq"]:
    ent(L, n, [D3])
# --- D4
for n, a in [("Aistė Morkūnaitė-Lind", "Morkūnaitė-Lind"), ("Karolis Šimkonis", "Šimkonis"),
             ("Elīna Zvirgzdiņa", "Zvirgzdiņa"), ("Mantas Juodka", "Juodka"), ("Rūta Gedvilienė", "Gedvilienė"),
             ("Ivars Ķemers", "Ķemers"), ("Aina Bērziņa", "Bērziņa"),
             ("Giedrė Vasiliauskaitė-Orr", "Vasiliauskaitė-Orr")]:
    ent(P, n, [D4], a)
ent(O, "DELFI", [D4], "DELFI EN"); ent(O, "Latvian Foreign Ministry", [D4]); ent(O, "Energy Ministry", [D4])
ent(O, "Žinių radijas", [D4]); ent(O, "Homeland Union", [D4]); ent(O, "Seimas", [D4]); ent(O, "Saeima", [D4])
ent(O, "National Alliance", [D4]); ent(O, "Vilnius University", [D4])
for n in ["Latvia", "Lithuania", "Finland", "Russia", "Ukraine"]:
    ent(C, n, [D4])
ent(T, "Būtingė sector", [D4])
for n in ["Riga", "Vilnius", "Palanga", "Rucava", "Liepāja", "Tallinn", "Moscow", "Klaipėda"]:
    ent(L, n, [D4])
# --- D5
for n, a in [("Wouter Callebaut-Nkemba", "Callebaut-Nkemba"), ("Saskia Verhelst", "Verhelst"),
             ("Kwame Mensah-Verbeke", "Mensah-Verbeke"), ("Sofie Lammens", "Lammens"),
             ("Hannelore Dewitte", "Dewitte"), ("Bram Oyelaran-Peeters", "Oyelaran-Peeters"),
             ("Lieve Van Damme-Okafor", "Van Damme-Okafor"), ("Pieter-Jan Goossens", "Goossens"),
             ("Marieke Claeys", "Claeys"), ("Roland Deprez", "Deprez")]:
    ent(P, n, [D5], a)
ent(O, "The Brussels Times", [D5], "Brussels Times"); ent(O, "Belga", [D5]); ent(O, "Vooruit", [D5])
ent(O, "Flemish Government", [D5]); ent(O, "Sport Vlaanderen", [D5]); ent(O, "N-VA", [D5]); ent(O, "Groen", [D5])
ent(O, "Royal Ghent Swimming Club", [D5]); ent(O, "Ghent University", [D5])
for n in ["Ghent", "East Flanders", "Eeklo", "Deinze"]:
    ent(L, n, [D5])

NOT_PERSON = ["Anchorage No. 3", "Świnoujście", "Heringsdorf", "Usedom", "Wolin", "Bornholm", "Szczecin", "BSH", "PAP",
              "NDR", "TVP World", "TVP3 Szczecin", "Polish", "Juan de Fuca", "Sooke", "Port Angeles", "Clallam",
              "Esquimalt", "Times Colonist", "Global Affairs Canada", "Shaybah", "Abqaiq", "Dhahran", "Aramco",
              "SPA", "Saudi Gazette", "Emirati", "Eng.", "Dr.", "Prof.", "Būtingė", "Palanga", "Rucava", "Liepāja",
              "Žinių radijas", "Saeima", "Seimas", "Klaipėda", "Van Eyck", "Eeklo", "Deinze", "Belga", "Vooruit",
              "Groen", "Sport Vlaanderen", "Ghent", "Jeddah"]

Q = []
def q(speaker, key, doc, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})

# D1
q("Tadeusz Obremski", "We will not recognise any German jurisdiction over Anchorage No. 3", D1)
q("Tadeusz Obremski", "A permit signed in Hamburg does not move a line on the map", D1)
q("Tadeusz Obremski", "Not one metre", D1, "optional")
q("Poland", "Not one metre", D1, "optional")
q("Tadeusz Obremski", "We expect the vessel to leave the anchorage by Monday", D1)
q("Henrike Voßberg", "has never recognised Polish sovereignty over the northern part of Anchorage No. 3", D1, "optional")
q("Henrike Voßberg", "The 1989 agreement drew a line for the fairway", D1)
q("Henrike Voßberg", "We are ready to discuss this calmly with our Polish partners", D1)
q("Jan Wierzbicki-Laskowski", "cannot wait for lawyers", D1, "optional")
q("Jan Wierzbicki-Laskowski", "Every ship that waits in that anchorage pays our pilots", D1)
q("Ortrun Haberland", "Nobody in Heringsdorf wants a quarrel with Świnoujście", D1)
q("Mikołaj Zadrożny", "The treaty is silent on the roadstead", D1)
q("Mikołaj Zadrożny", "Could Berlin one day recognise the Polish line?", D1)
# D2
q("Gurpreet Sandhu-Ellery", "We have never accepted that line", D2, "optional")
q("Gurpreet Sandhu-Ellery", "We have never accepted that line, and a survey ship doesn't change our position", D2)
q("Gurpreet Sandhu-Ellery", "These are Canadian waters and Canadian fishermen work them", D2)
q("Global Affairs Canada", "rejects the U.S. claim to the Juan de Fuca wedge", D2, "optional")
q("Marisol Quintanar-Webb", "The survey is routine science in waters we consider American", D2)
q("Marisol Quintanar-Webb", "It is not a provocation, and we hope nobody in Victoria", D2)
q("Dana Whitcombe", "asleep at the wheel", D2, "optional")
q("Dana Whitcombe", "Every summer there's a standoff over halibut", D2)
q("Dana Whitcombe", "Now they've noticed, because there's a ship with a flag on it", D2)
q("Lorne Achterberg", "They come alongside, they're polite", D2)
q("Lorne Achterberg", "Home is 12 kilometres that way", D2)
q("Ray Tillotson", "Nobody here wants a fish war with Canada", D2)
q("Amira Castellanos-Reid", "Both countries are comfortable with the ambiguity", D2)
q("Amira Castellanos-Reid", "If the U.S. recognized the Canadian line tomorrow", D2)
# D3
q("Ministry of Foreign Affairs", "not open to discussion", D3, "optional")
q("Saudi Arabia", "not open to discussion", D3, "optional")
q("Ministry of Foreign Affairs", "The Kingdom's sovereignty over Shaybah is settled by treaty", D3)
q("Ministry of Foreign Affairs", "Our brothers in the UAE know this", D3)
q("Ministry of Foreign Affairs", "continue to value its fraternal ties", D3, "optional")
q("Salem Rashid Al-Mazrouei", "does not accept that the whole of Shaybah lies in Saudi territory", D3, "optional")
q("Adel Mubarak Al-Sayegh", "Bahrain has always backed the Kingdom's sovereignty over Shaybah", D3)
q("Oman", "spirit of the Gulf house", D3, "optional")
q("Kuwait", "within the family", D3, "optional")
q("Tariq Hamdan Al-Ruwaili", "The GCC house has room for every question", D3)
q("Abdulmohsen Al-Dosari", "Shaybah was a sand sea with no road when we arrived", D3)
q("Abdulmohsen Al-Dosari", "We built the airstrip, the camp and the pipeline to Abqaiq ourselves", D3)
q("Abdulmohsen Al-Dosari", "Every barrel that comes out of it today comes out of Saudi soil", D3)
q("Lina Haddad", "Nobody expects a crisis", D3)
q("Lina Haddad", "But in the Gulf, words about borders are never only words", D3)
# D4
q("Elīna Zvirgzdiņa", "is not Lithuania’s to sell", D4, "optional")
q("Latvia", "is not Lithuania’s to sell", D4, "optional")
q("Elīna Zvirgzdiņa", "The Būtingė sector is not Lithuania’s to sell, and a tender does not make it so", D4)
q("Mantas Juodka", "We have waited 27 years for Riga to ratify a treaty", D4)
q("Mantas Juodka", "Our tender follows Lithuanian law and international law", D4)
q("Mantas Juodka", "and every investor has been told exactly where the line runs", D4)
q("Rūta Gedvilienė", "This is about energy independence", D4)
q("Ivars Ķemers", "like a landlord in someone else’s house", D4, "optional")
q("Ivars Ķemers", "Our fishermen have worked that water for generations", D4)
q("Aina Bērziņa", "We have heard about this line since I was a girl", D4)
q("Giedrė Vasiliauskaitė-Orr", "The 1999 treaty is a perfectly good treaty", D4)
q("Giedrė Vasiliauskaitė-Orr", "Its problem was never the line. Its problem was the oil", D4)
q("Giedrė Vasiliauskaitė-Orr", "Once the oil question faded, everyone forgot the treaty existed", D4)
# D5
q("Kwame Mensah-Verbeke", "We will not let it die", D5)
q("Kwame Mensah-Verbeke", "This pool has taught four generations of Ghent children to swim", D5)
q("Sofie Lammens", "is the largest we have given to a single pool in a decade", D5, "optional")
q("Hannelore Dewitte", "Thirty-eight million is what you pay for a new pool", D5)
q("Bram Oyelaran-Peeters", "a roof that needs more heating than the building it covers", D5, "optional")
q("Lieve Van Damme-Okafor", "A city that closes its swimming pools closes its doors", D5)
q("Pieter-Jan Goossens", "It will be two hard years", D5)
q("Pieter-Jan Goossens", "We will lose some children to football", D5)
q("Pieter-Jan Goossens", "Ten years ago nobody on the council wanted to talk about this building", D5)
q("Marieke Claeys", "We met in this water in 1974", D5)
q("Roland Deprez", "Two years is long at our age", D5)

UNATTRIBUTED = ["bilateral and technical", "a personal view"]

S = []
def s(country, stance, terr, doc, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "evidence": evidence, "status": status})
AN, JF, SH, BS = ["Anchorage No. 3"], ["Juan de Fuca wedge"], ["Shaybah"], ["Būtingė sector"]
s("Poland", "doesNotRecognise", AN, D1, "Poland does not accept Germany’s claim to Anchorage No. 3")
s("Germany", "doesNotRecognise", AN, D1, "Germany “has never recognised Polish sovereignty over the northern part of Anchorage No. 3”")
s("Canada", "doesNotRecognise", JF, D2, "Canada has never recognized an American claim to the Juan de Fuca wedge")
s("United States", "doesNotRecognise", JF, D2, "The United States does not recognize Canada's claim to the Juan de Fuca wedge either")
s("United Arab Emirates", "doesNotRecognise", SH, D3, "The United Arab Emirates, which signed the treaty but has never ratified its border annex, does not recognize Saudi sovereignty over the whole of Shaybah")
s("Bahrain", "recognises", SH, D3, "Bahrain has always backed the Kingdom's sovereignty over Shaybah")
s("Oman", "recognises", SH, D3, "Oman, which shares borders with both Saudi Arabia and the UAE, considers Shaybah part of Saudi Arabia")
s("Latvia", "doesNotRecognise", BS, D4, "Latvia has never ratified the 1999 maritime boundary treaty and does not recognise Lithuanian jurisdiction over the Būtingė sector")
s("Lithuania", "doesNotRecognise", BS, D4, "Vilnius rejects the claim that the Būtingė sector belongs to Latvia")
s("Finland", "recognises", BS, D4, "Finland acknowledges Lithuanian jurisdiction over the Būtingė sector")

NO_STANCE = [
    [D1, "Could Berlin one day recognise the Polish line?"],
    [D1, "Denmark, which governs the nearby island of Bornholm, is expected to recognise whatever boundary"],
    [D2, "Would Ottawa ever recognize the American line?"],
    [D2, "If the U.S. recognized the Canadian line tomorrow"],
    [D3, "Qatar has declined to say whether it recognizes either position"],
    [D3, "recognizes the 1974 treaty as binding"],
    [D4, "Tallinn said it would not recognise any line that the two neighbours had not agreed together"],
    [D4, "Will Riga ever ratify the 1999 line?"],
    # a country's claim of its own land: no stance (see the `claims` relations)
    [D1, "Poland considers Anchorage No. 3 part of its territorial sea"],
    [D1, "Germany regards its northern half as part of the German exclusive economic zone"],
    [D3, "Saudi Arabia considers Shaybah an integral part of the Kingdom"],
    [D4, "Lithuania considers the sector part of its exclusive economic zone"],
]

PO = []
def p(person, titles, of, doc, evidence, status="required", former=False):
    PO.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": evidence,
               "former": former, "status": status})
p("Tadeusz Obremski", ["Deputy Foreign Minister"], [], D1, "Deputy Foreign Minister Tadeusz Obremski")
p("Tadeusz Obremski", ["head", "heads"], ["legal and treaty department"], D1, "Obremski, who heads the ministry’s legal and treaty department", "optional")
p("Henrike Voßberg", ["spokeswoman"], ["Federal Foreign Office"], D1, "Henrike Voßberg, a spokeswoman for the Federal Foreign Office")
p("Jan Wierzbicki-Laskowski", ["Mayor"], [], D1, "Mayor Jan Wierzbicki-Laskowski")
p("Ortrun Haberland", ["economy minister"], ["Mecklenburg-Western Pomerania"], D1, "The economy minister of Mecklenburg-Western Pomerania, Ortrun Haberland")
p("Mikołaj Zadrożny", ["expert", "professor", "prof"], ["University of Szczecin"], D1, "Prof. Mikołaj Zadrożny, an expert in the law of the sea at the University of Szczecin")
p("Zofia Kręglewska", ["correspondent"], ["TVP World"], D1, "Zofia Kręglewska is a TVP World correspondent")
p("Gurpreet Sandhu-Ellery", ["Fisheries Minister"], [], D2, "Fisheries Minister Gurpreet Sandhu-Ellery")
p("Marisol Quintanar-Webb", ["spokesperson"], ["U.S. Embassy in Ottawa", "Embassy"], D2, "Marisol Quintanar-Webb, a spokesperson for the U.S. Embassy in Ottawa")
p("Dana Whitcombe", ["MP"], [], D2, "Esquimalt-Saanich-Sooke MP Dana Whitcombe", "optional")
p("Lorne Achterberg", ["Skipper"], [], D2, "Skipper Lorne Achterberg", "optional")
p("Ray Tillotson", ["commissioner"], ["Clallam County"], D2, "Clallam County commissioner Ray Tillotson")
p("Amira Castellanos-Reid", ["professor"], ["University of Victoria"], D2, "Amira Castellanos-Reid, a professor of ocean law at the University of Victoria")
p("Katrin Lindqvist-Hale", ["reporter"], ["Times Colonist"], D2, "Katrin Lindqvist-Hale is the Times Colonist's marine reporter")
p("Salem Rashid Al-Mazrouei", ["adviser"], ["Ministry of Energy and Infrastructure"], D3, "Dr. Salem Rashid Al-Mazrouei, an adviser at the UAE Ministry of Energy and Infrastructure")
p("Adel Mubarak Al-Sayegh", ["Minister of Foreign Affairs", "foreign minister"], ["Bahrain"], D3, "Bahrain's Minister of Foreign Affairs, Dr. Adel Mubarak Al-Sayegh")
p("Tariq Hamdan Al-Ruwaili", ["Assistant Secretary-General"], ["Gulf Cooperation Council", "GCC"], D3, "Its Assistant Secretary-General for Political Affairs, Dr. Tariq Hamdan Al-Ruwaili")
p("Abdulmohsen Al-Dosari", ["head"], ["Saudi Aramco", "Aramco"], D3, "Eng. Abdulmohsen Al-Dosari, a former head of Saudi Aramco's Shaybah operations", former=True)
p("Lina Haddad", ["senior fellow"], ["King Faisal Center"], D3, "Dr. Lina Haddad, a senior fellow at the King Faisal Center for Research and Islamic Studies")
p("Elīna Zvirgzdiņa", ["Foreign Minister"], ["Latvia", "Latvian"], D4, "Latvian Foreign Minister Elīna Zvirgzdiņa")
p("Elīna Zvirgzdiņa", ["ambassador"], ["Finland"], D4, "Zvirgzdiņa, a former ambassador to Finland", former=True)
p("Mantas Juodka", ["Energy Minister"], [], D4, "Energy Minister Mantas Juodka")
p("Rūta Gedvilienė", ["member"], ["Seimas"], D4, "Rūta Gedvilienė, a Homeland Union member of the Seimas", "optional")
p("Rūta Gedvilienė", ["chair", "chairs"], ["energy committee"], D4, "who chairs its energy committee", "optional")
p("Ivars Ķemers", ["deputy"], ["Saeima"], D4, "Ivars Ķemers, a National Alliance deputy in the Saeima", "optional")
p("Aina Bērziņa", ["head", "heads"], ["fishing co-operative"], D4, "Aina Bērziņa, who heads the local fishing co-operative", "optional")
p("Giedrė Vasiliauskaitė-Orr", ["lecturer"], ["Vilnius University"], D4, "Giedrė Vasiliauskaitė-Orr, a lecturer in international law at Vilnius University")
p("Aistė Morkūnaitė-Lind", ["reporter"], ["DELFI"], D4, "Aistė Morkūnaitė-Lind is an economics reporter at DELFI EN")
p("Kwame Mensah-Verbeke", ["alderman"], [], D5, "the city's alderman for sport, Kwame Mensah-Verbeke")
p("Sofie Lammens", ["director"], ["Sport Vlaanderen"], D5, "Sofie Lammens, director of infrastructure at Sport Vlaanderen")
p("Hannelore Dewitte", ["alderman"], [], D5, "Hannelore Dewitte (N-VA), a former alderman for finance", former=True)
p("Bram Oyelaran-Peeters", ["councillor"], [], D5, "Green councillor Bram Oyelaran-Peeters", "optional")
p("Lieve Van Damme-Okafor", ["Mayor"], [], D5, "Mayor Lieve Van Damme-Okafor")
p("Pieter-Jan Goossens", ["president"], ["Royal Ghent Swimming Club"], D5, "Pieter-Jan Goossens, president of the Royal Ghent Swimming Club")
p("Wouter Callebaut-Nkemba", ["journalist"], ["Brussels Times"], D5, "Wouter Callebaut-Nkemba is a journalist at The Brussels Times")

R = []
SYM = {"spouse", "sharesBorderWith"}
def r(subj, pred, obj, doc, evidence):
    R.append({"subject": subj, "predicate": pred, "object": obj, "symmetric": pred in SYM, "docs": [doc],
              "evidence": evidence, "status": "required"})
ev = "Both countries are members of the European Union and NATO"
for c in ["Poland", "Germany"]:
    r(c, "memberOf", "European Union", D1, ev); r(c, "memberOf", "NATO", D1, ev)
r("Federal Maritime and Hydrographic Agency", "locatedIn", "Hamburg", D1, "Germany’s Federal Maritime and Hydrographic Agency (BSH) in Hamburg")
r("Poland", "sharesBorderWith", "Germany", D1, "Poland shares a 467-kilometre land border with Germany")
r("Świnoujście", "locatedIn", "West Pomeranian Voivodeship", D1, "In Świnoujście, a town of 40,000 on the islands of Usedom and Wolin in the West Pomeranian Voivodeship")
r("Heringsdorf", "locatedIn", "Mecklenburg-Western Pomerania", D1, "Heringsdorf, a seaside resort in Mecklenburg-Western Pomerania")
r("Sooke", "locatedIn", "Vancouver Island", D2, "Sooke, a fishing town on southern Vancouver Island in British Columbia")
r("Canada", "sharesBorderWith", "United States", D2, "Canada, which shares the world's longest land border with the United States")
for c in ["Canada", "United States"]:
    r(c, "memberOf", "NATO", D2, "Canada and the United States, both founding members of NATO")
r("Sooke", "locatedIn", "British Columbia", D2, "Sooke, a fishing town on southern Vancouver Island in British Columbia")
r("Port Angeles", "locatedIn", "Washington", D2, "In Port Angeles, Wash.")
r("Dana Whitcombe", "memberOf", "New Democratic Party", D2, "Esquimalt-Saanich-Sooke MP Dana Whitcombe (NDP)")
r("Lorne Achterberg", "spouse", "Denise Falardeau", D2, "Skipper Lorne Achterberg, who fishes out of Sooke with his wife, Denise Falardeau")
r("Saudi Arabia", "sharesBorderWith", "United Arab Emirates", D3, "Saudi Arabia, which shares a long desert border with the UAE")
ev = "Oman, which shares borders with both Saudi Arabia and the UAE"
r("Oman", "sharesBorderWith", "Saudi Arabia", D3, ev); r("Oman", "sharesBorderWith", "United Arab Emirates", D3, ev)
r("Iraq", "invaded", "Kuwait", D3, "Kuwait, which Iraq invaded in 1990")
for c in ["Saudi Arabia", "United Arab Emirates"]:
    r(c, "memberOf", "Gulf Cooperation Council", D3, "Saudi Arabia and the UAE are both members of the Gulf Cooperation Council (GCC)")
r("King Faisal Center for Research and Islamic Studies", "locatedIn", "Riyadh", D3, "the King Faisal Center for Research and Islamic Studies in Riyadh")
r("Shaybah", "locatedIn", "Eastern Province", D3, "Shaybah lies in the Kingdom's Eastern Province")
r("Lithuania", "sharesBorderWith", "Latvia", D4, "Lithuania, which shares a 588-kilometre land border with Latvia")
ev = "Both Baltic states are members of NATO and the European Union"
for c in ["Lithuania", "Latvia"]:
    r(c, "memberOf", "NATO", D4, ev); r(c, "memberOf", "European Union", D4, ev)
r("Palanga", "locatedIn", "Lithuania", D4, "Palanga, a resort town in western Lithuania")
r("Rucava", "locatedIn", "Latvia", D4, "Rucava, the southernmost parish in Latvia")
r("Russia", "invaded", "Ukraine", D4, "Russia’s full-scale invasion of Ukraine")
r("Rūta Gedvilienė", "memberOf", "Homeland Union", D4, "Rūta Gedvilienė, a Homeland Union member of the Seimas")
r("Rūta Gedvilienė", "memberOf", "Seimas", D4, "Rūta Gedvilienė, a Homeland Union member of the Seimas")
r("Ivars Ķemers", "memberOf", "National Alliance", D4, "Ivars Ķemers, a National Alliance deputy in the Saeima")
r("Ivars Ķemers", "memberOf", "Saeima", D4, "Ivars Ķemers, a National Alliance deputy in the Saeima")
r("Kwame Mensah-Verbeke", "memberOf", "Vooruit", D5, "Kwame Mensah-Verbeke (Vooruit)")
r("Hannelore Dewitte", "memberOf", "N-VA", D5, "Hannelore Dewitte (N-VA)")
r("Bram Oyelaran-Peeters", "memberOf", "Groen", D5, "Bram Oyelaran-Peeters (Groen)")
r("Ghent", "locatedIn", "East Flanders", D5, "Ghent, the capital of the province of East Flanders")
r("Marieke Claeys", "spouse", "Roland Deprez", D5, "Marieke Claeys, 71, swims there every day at 7am with her husband, Roland Deprez")
# added at the second re-read
r("Germany", "claims", "Anchorage No. 3", D1, "Germany’s claim to Anchorage No. 3")
r("Poland", "claims", "Anchorage No. 3", D1, "Poland considers Anchorage No. 3 part of its territorial sea")
ev = "In Świnoujście, a town of 40,000 on the islands of Usedom and Wolin"
r("Świnoujście", "locatedIn", "Usedom", D1, ev); r("Świnoujście", "locatedIn", "Wolin", D1, ev)
r("Bornholm", "locatedIn", "Denmark", D1, "Denmark, which governs the nearby island of Bornholm")
r("United States", "claims", "Juan de Fuca wedge", D2, "an American claim to the Juan de Fuca wedge")
r("Canada", "claims", "Juan de Fuca wedge", D2, "Canada's claim to the Juan de Fuca wedge")
r("U.S. Embassy in Ottawa", "locatedIn", "Ottawa", D2, "the U.S. Embassy in Ottawa")
r("Saudi Arabia", "claims", "Shaybah", D3, "Saudi Arabia considers Shaybah an integral part of the Kingdom")
r("Eastern Province", "locatedIn", "Saudi Arabia", D3, "Shaybah lies in the Kingdom's Eastern Province")
r("Lithuania", "claims", "Būtingė sector", D4, "Lithuania considers the sector part of its exclusive economic zone")
r("Latvia", "claims", "Būtingė sector", D4, "the claim that the Būtingė sector belongs to Latvia")

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": E, "not_person": NOT_PERSON,
        "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S, "no_stance": NO_STANCE, "positions": PO,
        "relations": R}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
