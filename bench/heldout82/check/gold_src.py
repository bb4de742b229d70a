"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_radioprague_kherson.txt", "02_buenosairesherald_south_georgia.txt",
                      "03_nassauguardian_cay_sal.txt", "04_prishtinainsight_presheva_valley.txt",
                      "05_examiner_first_basin_pool.txt")
ABOUT = """Hand-made gold for this set (five invented articles; every person is fictional).
quotes: key = a distinctive stretch of the quote's own words. required = a full statement with an explicit
speaker (name, surname, pronoun, role or organisation), including sentences after the cue, colon quotes,
continuation paragraphs and every paragraph of a multi-paragraph quote. optional = partial quotes,
headline/deck echoes and second holders of the same words. Anonymous speakers are not listed, so any
attribution of their words counts as wrong. unattributed = quoted strings with no speaker (scare quotes,
subheads, headlines). stances: polarity follows the wording; required = explicit stances of a country (held
by the country, its capital, its ministry or a minister speaking for it); optional = a claimant's own claim;
questions, hypotheticals and 'is expected to recognise' are not stances. positions: of_any empty when no
organisation is named; former flag for former posts; author footers included. relations: only those stated
in the text. entities: every person, organisation, country, territory and place named in the text,
including bylines, photo credits, footers and copyright lines; rivers, seas and buildings are not entities."""

E = []
def ent(t, name, *aliases, doc=None):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": doc})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"
# ent(P, "Full Name", "Surname", doc=[D1]) ...

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
# q(D1, "Full Name", "a distinctive stretch of the quote's words") ...

UNATTR = []  # quoted strings with no speaker

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
# st(D1, "Country", N, ["Territory", "alias"], "evidence words") ...

NEG = [
    # {"docs": [D1], "country": "X", "territory": "Y", "why": "question", "evidence": "..."},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})

NOT_PERSON = []

# ---------------- entities ----------------
# shared
ent(C, "Russia", "Russian Federation", "Moscow", doc=[D1, D4])
ent(C, "United States", "US", "Washington", doc=[D2, D3, D4])
ent(C, "United Kingdom", "UK", "London", doc=[D2, D3])
ent(O, "European Union", "EU", doc=[D1, D4])
ent(O, "NATO", doc=[D1, D4])
# D1
ent(P, "Klára Benešová", "Benešová", doc=[D1])
ent(P, "Ondřej Kratochvíl", "Kratochvíl", doc=[D1])
ent(P, "Jan Bartoněk", "Bartoněk", doc=[D1])
ent(P, "Dmitry Sokolov", "Sokolov", doc=[D1])
ent(P, "Markéta Hronková", "Hronková", doc=[D1])
ent(P, "Oksana Marchenko", "Marchenko", doc=[D1])
ent(P, "Peter Kováčik", "Kováčik", doc=[D1])
ent(P, "Rūta Jankauskienė", "Jankauskienė", doc=[D1])
ent(P, "Lotte Verbeek", "Verbeek", doc=[D1])
ent(P, "Pavel Štěpánek", "Štěpánek", doc=[D1])
ent(P, "Veronika Doležalová", "Doležalová", doc=[D1])
ent(O, "Radio Prague International", doc=[D1])
ent(O, "Czech Radio", "Český rozhlas", doc=[D1])
ent(O, "United Russia", doc=[D1])
ent(O, "Russian Embassy in Prague", doc=[D1])
ent(O, "European External Action Service", doc=[D1])
ent(O, "Chamber of Deputies", doc=[D1])
ent(O, "Charles University", doc=[D1])
ent(C, "Czech Republic", "Czechia", "Prague", doc=[D1])
ent(C, "Ukraine", "Kyiv", doc=[D1])
ent(C, "Poland", "Warsaw", doc=[D1])
ent(C, "Romania", "Bucharest", doc=[D1])
ent(C, "Slovakia", doc=[D1])
ent(C, "Lithuania", "Vilnius", doc=[D1])
ent(C, "Hungary", "Budapest", doc=[D1])
ent(T, "Kherson region", "Kherson", doc=[D1])
ent(PL, "Brussels", doc=[D1])
# D2
ent(P, "Martina Quiroga", "Quiroga", doc=[D2])
ent(P, "Santiago Larralde", "Larralde", doc=[D2])
ent(P, "Inés Barreiro", "Barreiro", doc=[D2])
ent(P, "Helen Maddox", "Maddox", doc=[D2])
ent(P, "Rodrigo Pereyra", "Pereyra", doc=[D2])
ent(P, "Camila Ortúzar", "Ortúzar", doc=[D2])
ent(P, "Facundo Arregui", "Arregui", doc=[D2])
ent(P, "Mariela Cáceres", "Cáceres", doc=[D2])
ent(O, "Buenos Aires Herald", "Herald", doc=[D2])
ent(O, "Argentine Foreign Ministry", "Cancillería", "Foreign Ministry", doc=[D2])
ent(O, "British Embassy in Buenos Aires", doc=[D2])
ent(O, "United Nations", "UN", doc=[D2])
ent(O, "Special Committee on Decolonization", doc=[D2])
ent(O, "UN General Assembly", "General Assembly", doc=[D2])
ent(O, "CCAMLR", doc=[D2])
ent(O, "Mercosur", doc=[D2])
ent(O, "State Department", doc=[D2])
ent(O, "Itamaraty", doc=[D2])
ent(O, "Tierra del Fuego Fishing Chamber", doc=[D2])
ent(O, "Congress", doc=[D2])
ent(C, "Argentina", doc=[D2])
ent(C, "Uruguay", doc=[D2])
ent(C, "Brazil", doc=[D2])
ent(C, "Paraguay", "Asunción", doc=[D2])
ent(C, "Bolivia", "La Paz", doc=[D2])
ent(C, "Chile", doc=[D2])
ent(T, "South Georgia and the South Sandwich Islands", "South Georgia", doc=[D2])
ent(PL, "Tierra del Fuego", doc=[D2])
ent(PL, "Ushuaia", doc=[D2])
ent(PL, "Buenos Aires", doc=[D2])
ent(PL, "Montevideo", doc=[D2])
# D3
ent(P, "Tiara Ferguson-Knowles", "Ferguson-Knowles", doc=[D3])
ent(P, "Danielle Pinder-Ferguson", "Pinder-Ferguson", doc=[D3])
ent(P, "Torrell Glinton", "Glinton", doc=[D3])
ent(P, "Yoandra Castellanos", "Castellanos", doc=[D3])
ent(P, "Marvin Saunders", "Saunders", doc=[D3])
ent(P, "Kamina Whyte-Campbell", "Whyte-Campbell", doc=[D3])
ent(P, "Rupert Haldane", "Haldane", doc=[D3])
ent(P, "Clement Rahming", "Rahming", doc=[D3])
ent(P, "Shanae Cartwright", "Cartwright", doc=[D3])
ent(P, "Leon Bethel", "Bethel", doc=[D3])
ent(O, "The Nassau Guardian", "Nassau Guardian", doc=[D3])
ent(O, "Royal Bahamas Defence Force", "RBDF", doc=[D3])
ent(O, "Ministry of Foreign Affairs", doc=[D3])
ent(O, "Cuba's Ministry of Foreign Affairs", doc=[D3])
ent(O, "Office of the Attorney General", doc=[D3])
ent(O, "US Embassy in Nassau", doc=[D3])
ent(O, "CARICOM", doc=[D3])
ent(O, "Free National Movement", "FNM", doc=[D3])
ent(O, "Bahamas Commercial Fishers Alliance", doc=[D3])
ent(O, "Parliament", doc=[D3])
ent(C, "The Bahamas", "Bahamas", "Nassau", doc=[D3])
ent(C, "Cuba", "Republic of Cuba", "Havana", doc=[D3])
ent(C, "Jamaica", "Kingston", doc=[D3])
ent(C, "Mexico", doc=[D3])
ent(T, "Cay Sal Bank", "Cay Sal", doc=[D3])
ent(PL, "Elbow Cay", doc=[D3])
ent(PL, "New Providence", doc=[D3])
ent(PL, "Andros", doc=[D3])
# D4
ent(P, "Besa Gashi", "Gashi", doc=[D4])
ent(P, "Arben Llapashtica", "Llapashtica", doc=[D4])
ent(P, "Shpend Rexhepi", "Rexhepi", doc=[D4])
ent(P, "Dragan Milovanović", "Milovanović", doc=[D4])
ent(P, "Albulena Hoxha", "Hoxha", doc=[D4])
ent(P, "Erion Dervishi", "Dervishi", doc=[D4])
ent(P, "Stefan Trajkovski", "Trajkovski", doc=[D4])
ent(P, "Jeta Berisha", "Berisha", doc=[D4])
ent(P, "Nenad Đorđević", "Đorđević", doc=[D4])
ent(O, "Prishtina Insight", doc=[D4])
ent(O, "BIRN Kosovo", "BIRN", doc=[D4])
ent(O, "Serbian Interior Ministry", doc=[D4])
ent(O, "German Foreign Office", doc=[D4])
ent(O, "RTSH", doc=[D4])
ent(O, "Kosovar Centre for Security Studies", doc=[D4])
ent(O, "EU delegation in Belgrade", doc=[D4])
ent(C, "Serbia", "Belgrade", doc=[D4])
ent(C, "Kosovo", "Prishtina", doc=[D4])
ent(C, "Albania", "Tirana", doc=[D4])
ent(C, "Germany", "Berlin", doc=[D4])
ent(C, "North Macedonia", "Skopje", doc=[D4])
ent(C, "Montenegro", doc=[D4])
ent(T, "Presheva Valley", "Autonomous Region of the Presheva Valley", doc=[D4])
ent(PL, "Presheva", "Presevo", doc=[D4])
ent(PL, "Bujanoc", "Bujanovac", doc=[D4])
ent(PL, "Medvegja", "Medvedja", doc=[D4])
ent(PL, "Jarinje", doc=[D4])
ent(PL, "Balkans", doc=[D4])
# D5
ent(P, "Hannah Pearce", "Pearce", doc=[D5])
ent(P, "Stuart Hingston", "Hingston", doc=[D5])
ent(P, "Lorraine Tatnell", "Lorraine", doc=[D5])
ent(P, "Graeme Tatnell", "Graeme", doc=[D5])
ent(P, "Rod Tennant", "Tennant", doc=[D5])
ent(P, "Rebecca Lyall", "Lyall", doc=[D5])
ent(P, "Dean Marsden", "Marsden", doc=[D5])
ent(P, "Priya Nandakumar", "Nandakumar", doc=[D5])
ent(P, "Martin Gadsby", "Gadsby", doc=[D5])
ent(P, "Janelle Whitcombe", "Whitcombe", doc=[D5])
ent(P, "Toby Castles", "Castles", doc=[D5])
ent(P, "Kirsty Bramich", "Bramich", doc=[D5])
ent(O, "The Examiner", "Examiner", doc=[D5])
ent(O, "City of Launceston", "Launceston City Council", doc=[D5])
ent(O, "Launceston Swimming Club", doc=[D5])
ent(PL, "Launceston", doc=[D5])
ent(PL, "Cataract Gorge", "Cataract Gorge Reserve", "Gorge", doc=[D5])
ent(PL, "First Basin", doc=[D5])
ent(PL, "Ravenswood", doc=[D5])
ent(PL, "Rocherlea", doc=[D5])
ent(PL, "Low Head", doc=[D5])
ent(PL, "Kings Park", doc=[D5])
ent(PL, "Tasmania", doc=[D5])

# ---------------- quotes ----------------
q(D1, "Ondřej Kratochvíl", "Nobody in Prague will lend this farce any legitimacy")
q(D1, "Ondřej Kratochvíl", "We are not talking about an election")
q(D1, "Ondřej Kratochvíl", "The results were written in Moscow before the first ballot was cast")
q(D1, "Markéta Hronková", "We handed over a note stating clearly that the Czech Republic considers the vote illegal")
q(D1, "Russian Embassy in Prague", "The residents of the Kherson region have made their choice freely")
q(D1, "Oksana Marchenko", "In the villages along the river, soldiers went from house to house")
q(D1, "Oksana Marchenko", "This is not democracy, this is a census of who might resist")
q(D1, "Peter Kováčik", "Slovakia respects international law, and international law is clear")
q(D1, "Lotte Verbeek", "The so-called elections are a violation of Ukraine's sovereignty")
q(D1, "Pavel Štěpánek", "Statements are cheap")
q(D1, "Veronika Doležalová", "Moscow watches who speaks first and who hesitates")
q(D1, "Hungary", "in due course", "optional")
UNATTR += ["election"]

q(D2, "Santiago Larralde", "The resources of the South Atlantic belong to the Argentine people")
q(D2, "Santiago Larralde", "We will not accept that the question of sovereignty be settled by fishing companies")
q(D2, "Santiago Larralde", "We can talk about trade, about science, about flights")
q(D2, "Inés Barreiro", "This is a unilateral act that ignores resolution 31/49")
q(D2, "Inés Barreiro", "Both parties were asked to refrain from introducing unilateral modifications")
q(D2, "British Embassy in Buenos Aires", "The United Kingdom has no doubt about its sovereignty")
q(D2, "Helen Maddox", "Our licensing is precautionary and transparent")
q(D2, "Rodrigo Pereyra", "Uruguay has always stood with Argentina on the South Atlantic")
q(D2, "Facundo Arregui", "Sending a note once the boats are already booked is not foreign policy")
q(D2, "Santiago Larralde", "The note went out on the day the licences were published")
q(D2, "Mariela Cáceres", "Every season the foreign fleets come closer and our boats stay in port")
q(D2, "Argentine Foreign Ministry", "a unilateral act", "optional")
q(D2, "Brazil", "a peaceful and negotiated solution", "optional")
q(D2, "Itamaraty", "a peaceful and negotiated solution", "optional")
q(D2, "Camila Ortúzar", "studying the documents", "optional")

q(D3, "Danielle Pinder-Ferguson", "Cay Sal Bank is Bahamian territory")
q(D3, "Danielle Pinder-Ferguson", "We have received the note from Havana")
q(D3, "Cuba's Ministry of Foreign Affairs", "The Republic of Cuba rejects the detention of its fishermen")
q(D3, "Marvin Saunders", "The crew were cooperative, they were given food and medical checks")
q(D3, "Marvin Saunders", "The bank is a long way from New Providence and a short way from Cuba")
q(D3, "Kamina Whyte-Campbell", "Jamaica fully supports the sovereignty of The Bahamas over Cay Sal Bank")
q(D3, "Rupert Haldane", "The United Kingdom recognises the boundaries of The Bahamas")
q(D3, "Clement Rahming", "We have one of the largest maritime territories in the region")
q(D3, "Shanae Cartwright", "We have asked for a permanent presence on the bank in every budget debate")
q(D3, "Leon Bethel", "For years we have been telling anyone who would listen")
q(D3, "Danielle Pinder-Ferguson", "not up for discussion", "optional")
q(D3, "The Bahamas", "not up for discussion", "optional")
q(D3, "Cuba's Ministry of Foreign Affairs", "traditional fishing grounds", "optional")
q(D3, "Kamina Whyte-Campbell", "beyond any doubt", "optional")
q(D3, "Danielle Pinder-Ferguson", "speak for other governments", "optional")

q(D4, "Shpend Rexhepi", "We have asked politely for twenty years")
q(D4, "Shpend Rexhepi", "This is not a declaration against anyone")
q(D4, "Dragan Milovanović", "No municipal council can change the constitution of Serbia")
q(D4, "Dragan Milovanović", "Those who organised this will answer before the law")
q(D4, "Serbian Interior Ministry", "Additional police units have been sent to Bujanovac")
q(D4, "Albulena Hoxha", "Kosovo's position is clear")
q(D4, "Erion Dervishi", "Albania's friendship with the Albanians of the valley")
q(D4, "Stefan Trajkovski", "Stability in the neighbourhood is in everybody's interest")
q(D4, "Jeta Berisha", "Nobody in Prishtina or Tirana wants to open the question of borders again")
q(D4, "Nenad Đorđević", "Belgrade will make noise, but it needs quiet in the south")
q(D4, "German Foreign Office", "not helpful at a time when the region needs calm", "optional")
q(D4, "Germany", "not helpful at a time when the region needs calm", "optional")
q(D4, "European Union", "refrain from steps that could raise tensions", "optional")
q(D4, "EU delegation in Belgrade", "refrain from steps that could raise tensions", "optional")
q(D4, "Russia", "the predictable result of Western experiments in the Balkans", "optional")
UNATTR += ["Autonomy", "Autonomous Region of the Presheva Valley", "protect the rights of Albanians in the valley"]

q(D5, "Stuart Hingston", "The Gorge pool is part of growing up in Launceston")
q(D5, "Stuart Hingston", "We have looked at every option, including filling it in")
q(D5, "Rebecca Lyall", "This is one of the few free outdoor pools left in the state")
q(D5, "Dean Marsden", "I love the Gorge as much as anybody")
q(D5, "Priya Nandakumar", "We were told $2.1 million eighteen months ago")
q(D5, "Martin Gadsby", "The figure in front of councillors tonight has been independently reviewed")
q(D5, "Janelle Whitcombe", "It's a great result for Launceston families")
q(D5, "Lorraine Tatnell", "We met at that pool")
q(D5, "Graeme Tatnell", "The last two summers have felt very strange without it")
q(D5, "Kirsty Bramich", "Our junior swimmers have nowhere outdoors to train in the north")

# ---------------- stances ----------------
KH = ["Kherson region", "Kherson"]
st(D1, "Czech Republic", N, KH, "The Czech Republic does not recognise the so-called regional elections")
st(D1, "Poland", N, KH, "Warsaw does not recognise the vote")
st(D1, "Romania", N, KH, "neither does Bucharest")
st(D1, "Slovakia", N, KH, "also refuses to recognise the results, Slovak Foreign Minister Peter Kováčik wrote")
st(D1, "Lithuania", N, KH, "Vilnius considers the entire annexation of the Kherson region illegal")
st(D1, "Russia", R, KH, "regards the territory as part of the Russian Federation", "optional")
SG = ["South Georgia and the South Sandwich Islands", "South Georgia"]
st(D2, "Uruguay", N, SG, "Uruguay does not recognise British sovereignty over South Georgia")
st(D2, "Brazil", N, SG, "Brazil, which has long refused to recognise British control of the islands")
st(D2, "Paraguay", N, SG, "Paraguay refuses to recognise the licences as lawful")
st(D2, "Bolivia", N, SG, "and so does Bolivia")
st(D2, "United States", R, SG, "The United States, by contrast, recognises the UK's administration of South Georgia")
st(D2, "United Kingdom", R, SG, "The United Kingdom has no doubt about its sovereignty over South Georgia", "optional")
st(D2, "Argentina", R, SG, "Argentina claims South Georgia and the South Sandwich Islands as part of Tierra del Fuego province", "optional")
CS = ["Cay Sal Bank", "Cay Sal"]
st(D3, "United States", R, CS, "The United States recognises Cay Sal Bank as part of The Bahamas")
st(D3, "Jamaica", R, CS, "Kingston regards Cay Sal Bank as Bahamian territory")
st(D3, "United Kingdom", R, CS, "London also considers the bank Bahamian")
st(D3, "The Bahamas", R, CS, "the sovereignty of The Bahamas over Cay Sal is not up for discussion", "optional")
PV = ["Presheva Valley", "Autonomous Region of the Presheva Valley"]
st(D4, "Serbia", R, PV, "Serbia considers the Presheva Valley an inseparable part of its territory", "optional")
st(D4, "Serbia", N, ["Kosovo"], "Serbia, which also does not recognise Kosovo's independence")
st(D4, "Kosovo", N, PV, "Kosovo does not recognise the declaration")
st(D4, "Albania", N, PV, "Albania refuses to recognise the proclaimed autonomy")
st(D4, "Germany", N, PV, "Berlin considers the declaration illegal")
st(D4, "North Macedonia", N, PV, "Skopje refuses to recognise the so-called autonomous region")
st(D4, "Montenegro", N, PV, "and so does Montenegro")
st(D4, "Russia", N, ["Kosovo"], "Russia, which does not recognise Kosovo either")

NEG += [
    {"docs": [D1], "country": "European Union", "territory": "Kherson region", "why": "international body, not a country",
     "evidence": "The EU will not recognise them"},
    {"docs": [D1], "country": "Hungary", "territory": "Kherson region", "why": "question",
     "evidence": "Asked whether Budapest would also refuse to recognise the results"},
    {"docs": [D2], "country": "Chile", "territory": "South Georgia and the South Sandwich Islands", "why": "question",
     "evidence": "Asked whether Chile would join the protest"},
    {"docs": [D2], "country": "Mercosur", "territory": "South Georgia and the South Sandwich Islands",
     "why": "bloc, not a country; no position", "evidence": "Mercosur as a bloc has not yet adopted a position"},
    {"docs": [D3], "country": "Mexico", "territory": "Cay Sal Bank", "why": "hypothetical question",
     "evidence": "Asked whether Mexico would back Nassau if the matter went to arbitration"},
    {"docs": [D3], "country": "CARICOM", "territory": "Cay Sal Bank", "why": "organisation, not a country; no comment",
     "evidence": "CARICOM, of which The Bahamas is a member, has not commented"},
    {"docs": [D4], "country": "United States", "territory": "Presheva Valley", "why": "is expected to recognise",
     "evidence": "The United States is expected to recognise Serbia's position"},
    {"docs": [D4], "country": "European Union", "territory": "Presheva Valley", "why": "international body, not a country",
     "evidence": "The bloc is not a party to the dispute"},
]

# ---------------- positions ----------------
pos(D1, "Ondřej Kratochvíl", ["Foreign Minister"], ["Czech Republic", "Czech", "Czechia"], "Foreign Minister Ondřej Kratochvíl said")
pos(D1, "Dmitry Sokolov", ["chargé d'affaires", "charge d'affaires"], ["Russia", "Russian"], "the Russian chargé d'affaires, Dmitry Sokolov")
pos(D1, "Markéta Hronková", ["spokeswoman", "spokesperson"], ["Foreign Ministry", "Ministry", "Czech Republic"], "Ministry spokeswoman Markéta Hronková")
pos(D1, "Oksana Marchenko", ["ambassador"], ["Ukraine"], "Ukraine's ambassador to the Czech Republic, Oksana Marchenko")
pos(D1, "Peter Kováčik", ["Foreign Minister"], ["Slovakia", "Slovak"], "Slovak Foreign Minister Peter Kováčik")
pos(D1, "Rūta Jankauskienė", ["foreign minister"], ["Lithuania"], "Lithuania's foreign minister, Rūta Jankauskienė")
pos(D1, "Lotte Verbeek", ["spokeswoman", "spokesperson"], ["European External Action Service"], "Lotte Verbeek, a spokeswoman for the European External Action Service")
pos(D1, "Pavel Štěpánek", ["chair", "foreign affairs committee"], ["Chamber of Deputies", "foreign affairs committee"], "who now chairs the foreign affairs committee of the Chamber of Deputies")
pos(D1, "Pavel Štěpánek", ["deputy foreign minister"], [], "Pavel Štěpánek, a former deputy foreign minister", former=True)
pos(D1, "Veronika Doležalová", ["analyst"], ["Charles University"], "Political analyst Veronika Doležalová of Charles University")

pos(D2, "Santiago Larralde", ["Foreign Minister"], [], "Foreign Minister Santiago Larralde")
pos(D2, "Inés Barreiro", ["secretary for the South Atlantic", "secretary"], ["Argentine Foreign Ministry", "Foreign Ministry", "Cancillería"], "Inés Barreiro, the Foreign Ministry's secretary for the South Atlantic")
pos(D2, "Helen Maddox", ["director of fisheries", "director"], [], "Helen Maddox, director of fisheries for the islands' government")
pos(D2, "Rodrigo Pereyra", ["Foreign Minister"], ["Uruguay", "Uruguayan"], "Uruguayan Foreign Minister Rodrigo Pereyra")
pos(D2, "Camila Ortúzar", ["Foreign Minister"], ["Chile", "Chilean"], "Chilean Foreign Minister Camila Ortúzar")
pos(D2, "Facundo Arregui", ["Deputy"], [], "Deputy Facundo Arregui")
pos(D2, "Facundo Arregui", ["chair", "foreign affairs committee"], ["lower house", "foreign affairs committee"], "who chairs the lower house foreign affairs committee")
pos(D2, "Mariela Cáceres", ["president"], ["Tierra del Fuego Fishing Chamber"], "Mariela Cáceres, president of the Tierra del Fuego Fishing Chamber")

pos(D3, "Tiara Ferguson-Knowles", ["senior reporter", "reporter"], ["The Nassau Guardian", "Nassau Guardian"], "Tiara Ferguson-Knowles is a senior reporter at The Nassau Guardian")
pos(D3, "Danielle Pinder-Ferguson", ["Minister of Foreign Affairs", "Foreign Affairs Minister", "minister"], [], "Minister of Foreign Affairs Danielle Pinder-Ferguson")
pos(D3, "Yoandra Castellanos", ["ambassador"], ["Cuba"], "Cuba's ambassador in Nassau, Yoandra Castellanos")
pos(D3, "Marvin Saunders", ["commander", "Commodore"], ["Royal Bahamas Defence Force", "RBDF"], "Commodore Marvin Saunders, commander of the RBDF")
pos(D3, "Kamina Whyte-Campbell", ["Minister of Foreign Affairs", "Foreign Minister", "minister"], ["Jamaica"], "Jamaica's Minister of Foreign Affairs Kamina Whyte-Campbell")
pos(D3, "Rupert Haldane", ["High Commissioner"], ["United Kingdom", "British", "UK"], "British High Commissioner Rupert Haldane")
pos(D3, "Clement Rahming", ["Leader"], ["Free National Movement", "FNM"], "Free National Movement (FNM) Leader Clement Rahming")
pos(D3, "Shanae Cartwright", ["Deputy Leader"], ["Free National Movement", "FNM"], "FNM Deputy Leader Shanae Cartwright")
pos(D3, "Leon Bethel", ["President"], ["Bahamas Commercial Fishers Alliance"], "Bahamas Commercial Fishers Alliance President Leon Bethel")

pos(D4, "Shpend Rexhepi", ["councillor"], ["Presheva", "Presevo"], "Shpend Rexhepi, a councillor from Presheva")
pos(D4, "Dragan Milovanović", ["Prime Minister"], ["Serbia", "Serbian"], "Serbian Prime Minister Dragan Milovanović")
pos(D4, "Albulena Hoxha", ["Foreign Minister"], ["Kosovo"], "Kosovo's Foreign Minister Albulena Hoxha")
pos(D4, "Erion Dervishi", ["spokesperson"], ["Albania", "Albanian", "Prime Minister"], "Albanian Prime Minister's spokesperson Erion Dervishi")
pos(D4, "Stefan Trajkovski", ["foreign minister"], ["North Macedonia"], "Its foreign minister, Stefan Trajkovski")
pos(D4, "Jeta Berisha", ["researcher"], ["Kosovar Centre for Security Studies"], "Jeta Berisha, a researcher at the Kosovar Centre for Security Studies")
pos(D4, "Nenad Đorđević", ["political analyst", "analyst"], [], "Nenad Đorđević, a Belgrade-based political analyst")
pos(D4, "Nenad Đorđević", ["adviser"], ["Serbian government", "Serbia", "Serbian"], "former adviser to the Serbian government", former=True)

pos(D5, "Stuart Hingston", ["mayor"], ["Launceston", "City of Launceston"], "Launceston mayor Stuart Hingston")
pos(D5, "Rebecca Lyall", ["Deputy mayor"], [], "Deputy mayor Rebecca Lyall")
pos(D5, "Dean Marsden", ["Councillor"], [], "Councillor Dean Marsden")
pos(D5, "Dean Marsden", ["deputy mayor"], [], "a former deputy mayor who voted against the plan", former=True)
pos(D5, "Priya Nandakumar", ["Councillor"], [], "Councillor Priya Nandakumar")
pos(D5, "Martin Gadsby", ["general manager"], ["council", "City of Launceston", "Launceston City Council"], "The council's general manager, Martin Gadsby")
pos(D5, "Janelle Whitcombe", ["Member for Bass", "Member"], [], "Member for Bass Janelle Whitcombe")
pos(D5, "Toby Castles", ["Minister for Sport and Recreation"], ["Tasmania", "Tasmanian"], "Tasmanian Minister for Sport and Recreation Toby Castles")
pos(D5, "Kirsty Bramich", ["president"], ["Launceston Swimming Club"], "Launceston Swimming Club president Kirsty Bramich")
pos(D5, "Hannah Pearce", ["journalist"], ["The Examiner", "Examiner"], "Hannah Pearce is a journalist at The Examiner")

# ---------------- relations ----------------
rel(D1, "Russia", "annexed", "Kherson region", "Russia, which annexed the Kherson region")
rel(D1, "Slovakia", "sharesBorderWith", "Ukraine", "Slovakia, which shares a border with Ukraine")
rel(D1, "Czech Republic", "memberOf", "NATO", "the Czech Republic, as a member of NATO and the European Union")
rel(D1, "Czech Republic", "memberOf", "European Union", "the Czech Republic, as a member of NATO and the European Union")
rel(D2, "Argentina", "claims", "South Georgia and the South Sandwich Islands", "Argentina claims South Georgia and the South Sandwich Islands")
rel(D2, "United Kingdom", "administers", "South Georgia and the South Sandwich Islands", "the United Kingdom has administered them as a British Overseas Territory since 1985")
rel(D2, "Ushuaia", "locatedIn", "Tierra del Fuego", "Ushuaia, the capital of Tierra del Fuego province")
rel(D3, "The Bahamas", "memberOf", "CARICOM", "CARICOM, of which The Bahamas is a member")
rel(D4, "Kosovo", "sharesBorderWith", "Serbia", "Kosovo, which shares a border with Serbia")
rel(D4, "Prishtina Insight", "publishedBy", "BIRN Kosovo", "Prishtina Insight is published by BIRN Kosovo")
rel(D5, "Cataract Gorge", "managedBy", "City of Launceston", "The Cataract Gorge Reserve is managed by the council")
rel(D5, "Lorraine Tatnell", "spouse", "Graeme Tatnell", "For Lorraine Tatnell and her husband Graeme")

NOT_PERSON += ["Radio Prague International", "Czech Radio", "Charles University", "Buenos Aires Herald", "Tierra del Fuego",
               "San Martín", "The Nassau Guardian", "Elbow Cay", "Cay Sal", "Prishtina Insight", "Presheva",
               "Medvegja", "The Examiner", "First Basin", "Low Head", "Kings Park", "Foreign Minister", "Member for Bass"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
