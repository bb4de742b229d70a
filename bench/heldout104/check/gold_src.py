"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_maltaindependent_medina_bank.txt", "02_caracaschronicles_gulf_of_venezuela.txt",
                      "03_staradvertiser_hawaiian_kingdom.txt", "04_wantedinrome_savoy.txt",
                      "05_stluciatimes_soufriere_fish_market.txt")
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

# ---------------------------------------------------------------- entities
ent(C, "Malta", "Maltese", doc=[D1]); ent(C, "Libya", "Libyan", doc=[D1]); ent(C, "Italy", "Italian", doc=[D1, D4])
ent(C, "Tunisia", "Tunisian", doc=[D1]); ent(C, "Turkey", doc=[D1]); ent(C, "Greece", doc=[D1]); ent(C, "Cyprus", doc=[D1])
ent(T, "Medina Bank", doc=[D1])
for n in ["Valletta", "Tripoli", "Benghazi", "Tunis", "Ankara", "Athens", "Marsaxlokk", "Brussels", "The Hague", "Haywharf"]:
    ent(PL, n, doc=[D1])
ent(PL, "Rome", doc=[D1, D4])
ent(O, "The Malta Independent", "Malta Independent", doc=[D1])
ent(O, "Armed Forces of Malta", "AFM", doc=[D1])
ent(O, "House of Representatives", "Libyan House of Representatives", "Libyan parliament", doc=[D1])
ent(O, "International Court of Justice", doc=[D1])
ent(O, "Government of National Unity", doc=[D1])
ent(O, "European Commission", doc=[D1, D4])
ent(O, "European Union", "EU", doc=[D1, D4])
ent(O, "Għaqda Koperattiva tas-Sajd", doc=[D1])
ent(O, "African Union", doc=[D1])
ent(O, "Standard Publications Ltd", "Standard Publications", doc=[D1])
ent(P, "Kurt Sammut", "Sammut", doc=[D1]); ent(P, "Michael Grech", doc=[D1])
ent(P, "Roderick Cassar", "Cassar", "Dr Cassar", doc=[D1]); ent(P, "Daniela Azzopardi", "Azzopardi", "Dr Azzopardi", doc=[D1])
ent(P, "Faraj al-Mismari", "al-Mismari", doc=[D1]); ent(P, "Alessandra Ferrante", "Ferrante", doc=[D1])
ent(P, "Lotte Verbeek", "Verbeek", doc=[D1]); ent(P, "Joseph Bugeja", "Bugeja", "Mr Bugeja", doc=[D1])
ent(P, "Mark Zammit", "Zammit", doc=[D1]); ent(P, "Clive Spiteri", "Spiteri", doc=[D1])
ent(P, "Carmel Vella", "Vella", doc=[D1])

ent(C, "Venezuela", "Venezuelan", doc=[D2]); ent(C, "Colombia", "Colombian", doc=[D2]); ent(C, "Cuba", doc=[D2])
ent(C, "Panama", doc=[D2]); ent(C, "Brazil", "Brazilian", doc=[D2]); ent(C, "Trinidad and Tobago", doc=[D2, D5])
ent(C, "Guyana", doc=[D2])
ent(T, "Gulf of Venezuela", "Gulf of Coquibacoa", "Coquibacoa maritime zone", doc=[D2])
for n in ["Maracaibo", "Castilletes", "Caracas", "Bogotá", "Havana", "Brasília", "Port of Spain", "Georgetown",
          "Zulia", "Paraguaipoa"]:
    ent(PL, n, doc=[D2])
ent(PL, "Guajira Peninsula", "Guajira", doc=[D2])
ent(O, "Caracas Chronicles", doc=[D2]); ent(O, "Colombian Senate", doc=[D2]); ent(O, "Congress of Colombia", "Colombia's Congress", "Congress", doc=[D2]); ent(O, "VTV", doc=[D2])
ent(O, "Liberal Party", doc=[D2]); ent(O, "Caracol Radio", doc=[D2]); ent(O, "PDVSA", doc=[D2])
ent(O, "Itamaraty", doc=[D2]); ent(O, "Organization of American States", "OAS", doc=[D2])
ent(O, "Bolivarian Navy", doc=[D2]); ent(O, "National Assembly", doc=[D2]); ent(O, "Andean Community", doc=[D2])
ent(P, "Mariana Urdaneta", "Urdaneta", doc=[D2]); ent(P, "Luis Chacín", doc=[D2])
ent(P, "Yolanda Pernía", "Pernía", doc=[D2]); ent(P, "Andrés Felipe Garzón", "Garzón", doc=[D2])
ent(P, "Catalina Restrepo", "Restrepo", doc=[D2]); ent(P, "Kerwin Ramdass", "Ramdass", doc=[D2])
ent(P, "Nelson Epieyú", "Epieyú", doc=[D2]); ent(P, "Carmen Uriana", "Uriana", doc=[D2])
ent(P, "Héctor Lugo", "Lugo", doc=[D2]); ent(P, "Dinorah Castillo", "Castillo", doc=[D2])

ent(C, "Vanuatu", doc=[D3]); ent(C, "United States", "U.S.", doc=[D3]); ent(C, "New Zealand", doc=[D3])
ent(C, "Japan", "Japanese", doc=[D3, D5]); ent(C, "Australia", "Australian", doc=[D3]); ent(C, "Fiji", "Fijian", doc=[D3])
ent(T, "Hawaiian Kingdom", "Hawaii", doc=[D3]); ent(T, "West Papua", doc=[D3]); ent(T, "New Caledonia", doc=[D3])
for n in ["Port Vila", "Washington", "Honolulu", "Wellington", "Canberra"]:
    ent(PL, n, doc=[D3])
ent(O, "Honolulu Star-Advertiser", "Star-Advertiser", doc=[D3]); ent(O, "State Department", doc=[D3])
ent(O, "United Nations", "U.N.", doc=[D3]); ent(O, "Sky News", doc=[D3]); ent(O, "Council of Ministers", doc=[D3]); ent(O, "Pacific Islands Forum", doc=[D3])
ent(O, "Ka Lahui Hawaii", doc=[D3]); ent(O, "Office of Hawaiian Affairs", doc=[D3])
ent(O, "University of Hawaii", doc=[D3]); ent(O, "U.S. Marines", doc=[D3])
ent(P, "Leilani Kahananui", "Kahananui", doc=[D3]); ent(P, "Keoni Palakiko", doc=[D3])
ent(P, "Marcel Toka", "Toka", doc=[D3]); ent(P, "Bradley Whitcomb", "Whitcomb", doc=[D3])
ent(P, "Malia Akana", "Akana", doc=[D3]); ent(P, "Rachel Whaanga", "Whaanga", doc=[D3])
ent(P, "Kenji Morimoto", "Morimoto", doc=[D3]); ent(P, "Nathan Corbett", "Corbett", doc=[D3])
ent(P, "Kaleo Nakoa", "Nakoa", doc=[D3]); ent(P, "Noelani Keawe", "Keawe", doc=[D3])
ent(P, "Daniel Kaeo", "Kaeo", doc=[D3]); ent(P, "Gerald Haneda", "Haneda", doc=[D3])

ent(C, "France", "French Republic", "French", doc=[D4, D5]); ent(C, "Switzerland", "Swiss", doc=[D4]); ent(C, "Austria", doc=[D4])
ent(C, "Monaco", doc=[D4]); ent(C, "Kingdom of Sardinia", doc=[D4])
ent(T, "Savoy", "Free State of Savoy", "Savoyard", doc=[D4])
for n in ["Chambéry", "Paris", "Bern", "Vienna", "Turin", "Nice", "Savoie", "Haute-Savoie", "Aosta Valley", "Europe"]:
    ent(PL, n, doc=[D4])
ent(O, "Wanted in Rome", doc=[D4]); ent(O, "ANSA", doc=[D4]); ent(O, "Farnesina", doc=[D4])
ent(O, "Ligue Savoisienne", doc=[D4]); ent(O, "Council of Europe", doc=[D4]); ent(O, "House of Savoy", doc=[D4])
ent(O, "Unione Monarchica Italiana", doc=[D4]); ent(O, "Partito Democratico", doc=[D4])
ent(P, "Francesca Bellandi", "Bellandi", doc=[D4]); ent(P, "Pierre Monnet", doc=[D4])
ent(P, "Gianluca Ferretti", "Ferretti", doc=[D4]); ent(P, "Jean-Baptiste Vuillermoz", "Vuillermoz", doc=[D4])
ent(P, "Sophie Lacombe", "Lacombe", doc=[D4]); ent(P, "Martin Rüegg", "Rüegg", doc=[D4])
ent(P, "Katharina Lechner", "Lechner", doc=[D4]); ent(P, "Filiberto Rossetti", "Rossetti", doc=[D4])
ent(P, "Elena Guidotti", "Guidotti", doc=[D4]); ent(P, "Paolo Anselmi", "Anselmi", doc=[D4])

ent(C, "Saint Lucia", doc=[D5])
for n in ["Soufrière", "Choiseul", "Laborie", "Vieux Fort"]:
    ent(PL, n, doc=[D5])
ent(O, "St. Lucia Times", doc=[D5]); ent(O, "Government Information Service", doc=[D5])
ent(O, "Japan International Cooperation Agency", "JICA", doc=[D5]); ent(O, "Soufrière Primary School", doc=[D5])
ent(O, "Soufrière Fishermen's Cooperative Society", doc=[D5]); ent(O, "Soufrière Town Council", doc=[D5])
ent(O, "Soufrière Regional Development Foundation", doc=[D5]); ent(O, "Church of the Assumption", doc=[D5])
ent(P, "Kerwin Joseph", doc=[D5]); ent(P, "Alvina Charlemagne", "Charlemagne", "Ms Charlemagne", doc=[D5])
ent(P, "Marcella Francis", "Ms Francis", doc=[D5]); ent(P, "Cuthbert Alexander", "Mr Alexander", doc=[D5])
ent(P, "Hiroshi Tanabe", "Tanabe", doc=[D5]); ent(P, "Emmanuel Fontenelle", "Fontenelle", "Dr Fontenelle", doc=[D5])
ent(P, "Sarita Williams-Peter", "Williams-Peter", "Mrs Williams-Peter", doc=[D5]); ent(P, "Leonard Jn Baptiste", "Jn Baptiste", "Mr Jn Baptiste", doc=[D5])
ent(P, "Augusta Lubin", "Lubin", doc=[D5]); ent(P, "Marius Augustin", doc=[D5])

# ---------------------------------------------------------------- quotes
q(D1, "Roderick Cassar", "Malta does not recognise any Libyan zone over the Medina Bank and it never will")
q(D1, "Roderick Cassar", "The continental shelf between our two countries was settled by the International Court of Justice")
q(D1, "Roderick Cassar", "We are not looking for a quarrel with Tripoli")
q(D1, "Roderick Cassar", "We are looking for the law to be respected")
q(D1, "Faraj al-Mismari", "The Medina Bank belongs to the Libyan people, and no court in The Hague can change that")
q(D1, "Alessandra Ferrante", "no legal basis whatsoever", "optional")
q(D1, "Alessandra Ferrante", "Italy regards the Medina Bank as lying within the Maltese continental shelf")
q(D1, "Alessandra Ferrante", "We will say so to our Libyan friends clearly")
q(D1, "Tunisia", "considers the Libyan declaration illegal and without effect", "optional")
q(D1, "Turkey", "the sovereign right of a neighbour", "optional")
q(D1, "Roderick Cassar", "a question for Athens, not for me", "optional")
q(D1, "European Union", "calls on all sides to respect international law", "optional")
q(D1, "Lotte Verbeek", "calls on all sides to respect international law", "optional")
q(D1, "Joseph Bugeja", "Last week a Libyan boat came within two miles of us")
q(D1, "Joseph Bugeja", "My father fished there, and his father before him")
q(D1, "Joseph Bugeja", "Where else are we supposed to go?")
q(D1, "Armed Forces of Malta", "will continue to operate throughout the Maltese search and rescue region", "optional")
q(D1, "Clive Spiteri", "Our crews know the bank very well")
q(D1, "Clive Spiteri", "There is no need for anyone to panic")
q(D1, "Daniela Azzopardi", "The minister found out about this vote from the newspapers")
q(D1, "Daniela Azzopardi", "That is not how a foreign ministry should work")
q(D1, "Carmel Vella", "Every Libyan government since the 1980s has tested the line")
q(D1, "Carmel Vella", "The answer has always been the same: the court has spoken")
UNATTR += ["exclusive maritime zone", "maritime zone"]

q(D2, "Venezuela", "does not recognize and will never recognize", "optional")
q(D2, "Venezuela", "has been, is and will be Venezuelan", "optional")
q(D2, "Yolanda Pernía", "This law is a piece of paper, and a piece of paper does not move a border")
q(D2, "Yolanda Pernía", "Our navy will keep patrolling every mile of the gulf, as it has since 1830")
q(D2, "Yolanda Pernía", "We want our neighbors as friends")
q(D2, "Yolanda Pernía", "Friends do not draw lines in other people")
q(D2, "Yolanda Pernía", "a Piece of Paper", "optional")
q(D2, "Andrés Felipe Garzón", "For fifty years Colombia has waited for someone to defend our rights in the gulf")
q(D2, "Andrés Felipe Garzón", "Today the Congress did")
q(D2, "Catalina Restrepo", "The Government will study the law and will comply with the Constitution")
q(D2, "Catalina Restrepo", "remains open to dialogue with Venezuela", "optional")
q(D2, "Panama", "as an exercise of sovereignty that Colombia is entitled to", "optional")
q(D2, "Brazil", "follows the situation with attention", "optional")
q(D2, "Kerwin Ramdass", "Our position on maritime boundaries is consistent: they are settled by treaty, not by one parliament")
q(D2, "Organization of American States", "ready to facilitate", "optional")
q(D2, "Nelson Epieyú", "The Colombian coast guard never came here before, and the Venezuelan navy only comes when there is a camera")
q(D2, "Nelson Epieyú", "If they want to fight over the gulf, let them first sell us gasoline")
q(D2, "Carmen Uriana", "We are Wayuu on both sides")
q(D2, "Carmen Uriana", "The line was drawn over our heads")
q(D2, "Héctor Lugo", "wants to be president")
q(D2, "Héctor Lugo", "The gulf is a good flag for a campaign")
q(D2, "Dinorah Castillo", "a unanimous answer", "optional")
UNATTR += ["Coquibacoa maritime zone"]

q(D3, "Marcel Toka", "Vanuatu recognizes the Hawaiian Kingdom as a sovereign nation under international law")
q(D3, "Marcel Toka", "Our people know what it means to be colonized, and we will not look away")
q(D3, "Bradley Whitcomb", "is and will remain the 50th state of the United States", "optional")
q(D3, "Bradley Whitcomb", "voice in the Pacific, but this decision is simply wrong")
q(D3, "Bradley Whitcomb", "There is no Hawaiian Kingdom government to recognize")
q(D3, "Malia Akana", "I understand why many Native Hawaiians feel the way they do about 1893")
q(D3, "Malia Akana", "But Hawaii is part of the United States, and the state of Hawaii will continue to serve every one of our residents")
q(D3, "Rachel Whaanga", "does not recognize any other authority there", "optional")
q(D3, "Kenji Morimoto", "position has not changed")
q(D3, "Kenji Morimoto", "Hawaii is a state of the United States.")
q(D3, "Nathan Corbett", "not dignify a hypothetical", "optional")
q(D3, "Pacific Islands Forum", "takes note", "optional")
q(D3, "Kaleo Nakoa", "the first of many", "optional")
q(D3, "Kaleo Nakoa", "The occupation of our country has lasted more than 130 years")
q(D3, "Kaleo Nakoa", "Today a small island nation had the courage to say what larger nations will not")
q(D3, "Noelani Keawe", "Our beneficiaries need homes on their own land, not headlines from overseas")
q(D3, "Noelani Keawe", "We will keep working with the Legislature on that")
q(D3, "Daniel Kaeo", "Vanuatu has a long history of supporting independence movements, from West Papua to New Caledonia")
q(D3, "Daniel Kaeo", "It costs them little and it means a great deal to people here")
q(D3, "Ka Lahui Hawaii", "liaison office", "optional")
q(D3, "Kaleo Nakoa", "liaison office", "optional")
UNATTR += ["Hawaiian Kingdom", "Hawaii Ponoi"]

q(D4, "Gianluca Ferretti", "Italy does not recognise the so-called Free State of Savoy, and it has no intention of doing so")
q(D4, "Gianluca Ferretti", "The borders between Italy and France were settled by treaty long ago, and we respect them fully")
q(D4, "Gianluca Ferretti", "There is nothing to discuss with Paris on this")
q(D4, "Gianluca Ferretti", "France is our friend and our neighbour")
q(D4, "Jean-Baptiste Vuillermoz", "Savoy was never annexed lawfully, and today it takes back its freedom")
q(D4, "Jean-Baptiste Vuillermoz", "We ask every state in Europe to recognise us")
q(D4, "Sophie Lacombe", "no legal value whatsoever", "optional")
q(D4, "Martin Rüegg", "Switzerland does not recognise this entity")
q(D4, "Martin Rüegg", "Our relations are with the French Republic")
q(D4, "Martin Rüegg", "no contact of any kind", "optional")
q(D4, "Katharina Lechner", "stands with France and with the territorial integrity of a fellow member of the European Union", "optional")
q(D4, "European Commission", "an internal French matter", "optional")
q(D4, "Filiberto Rossetti", "We have nothing to do with these people")
q(D4, "Filiberto Rossetti", "The House of Savoy belongs to the history of Italy, not to a separatist movement in France")
q(D4, "Filiberto Rossetti", "Everyone wants to know if the King is coming back")
q(D4, "Filiberto Rossetti", "The answer is no")
q(D4, "Paolo Anselmi", "These declarations come and go")
q(D4, "Paolo Anselmi", "What matters is that Rome, Paris and Bern speak with one voice, and they do")
UNATTR += ["Free State of Savoy"]

q(D5, "Alvina Charlemagne", "Today is about the men and women who get up at three")
q(D5, "Alvina Charlemagne", "They deserved a proper place to land and sell their catch, and now they have one")
q(D5, "Alvina Charlemagne", "We have not forgotten the south")
q(D5, "Alvina Charlemagne", "Work in Choiseul begins in the first quarter of next year")
q(D5, "Marcella Francis", "For two years we were selling on the sand with a piece of tarpaulin over our heads")
q(D5, "Marcella Francis", "When the rain came, we had to pack up and go home")
q(D5, "Marcella Francis", "Now we have water, we have light, we have ice")
q(D5, "Marcella Francis", "My grandchildren will see a real market")
q(D5, "Cuthbert Alexander", "When the boats come in with plenty of dolphin and tuna, we used to have to sell it cheap the same day")
q(D5, "Cuthbert Alexander", "With the cold room we can wait, and the fishermen get a fair price")
q(D5, "Hiroshi Tanabe", "Japan and Saint Lucia are both island nations that depend on the sea")
q(D5, "Hiroshi Tanabe", "We are proud to stand with the fishers of Soufrière")
q(D5, "Emmanuel Fontenelle", "Visitors come to Soufrière for the Pitons and the sulphur springs, but they also want to see a working fishing town")
q(D5, "Emmanuel Fontenelle", "This market is part of who we are")
q(D5, "Sarita Williams-Peter", "We expect to see those numbers come back in 2027")
q(D5, "Leonard Jn Baptiste", "The council will keep the market clean and the fees low")
q(D5, "Leonard Jn Baptiste", "That is our promise to the vendors")
q(D5, "Augusta Lubin", "It took long, but it is done")
q(D5, "Augusta Lubin", "That is what counts")
UNATTR += ["No more selling on the sand"]

# ---------------------------------------------------------------- stances
MB = ["Medina Bank"]
st(D1, "Malta", N, MB, "Malta does not recognise any Libyan zone over the Medina Bank")
st(D1, "Italy", N, MB, "Italy does not recognise the Libyan zone either")
st(D1, "Tunisia", N, MB, "So does Tunisia")
st(D1, "Turkey", R, MB, "Ankara recognises the new Libyan zone")
st(D1, "Libya", R, MB, "The Medina Bank belongs to the Libyan people", "optional")
GV = ["Gulf of Venezuela", "Gulf of Coquibacoa", "Coquibacoa maritime zone"]
st(D2, "Venezuela", N, GV, "does not recognize and will never recognize")
st(D2, "Cuba", N, GV, "Havana regards the entire gulf as Venezuelan")
st(D2, "Panama", R, GV, "Panama recognizes the Colombian zone")
st(D2, "Trinidad and Tobago", N, GV, "Trinidad and Tobago does not recognize the Colombian zone either")
st(D2, "Colombia", R, GV, "approved a law that creates", "optional")
HK = ["Hawaiian Kingdom", "Hawaii"]
st(D3, "Vanuatu", R, HK, "Vanuatu recognizes the Hawaiian Kingdom as a sovereign nation")
st(D3, "United States", N, HK, "The U.S. does not recognize the Hawaiian Kingdom")
st(D3, "New Zealand", N, HK, "her country regards Hawaii as part of the United States")
st(D3, "Japan", N, HK, "it recognizes only U.S. sovereignty over the islands")
SV = ["Savoy", "Free State of Savoy"]
st(D4, "Italy", N, SV, "Italy has refused to recognise the self-proclaimed")
st(D4, "France", N, SV, "France considers the declaration illegal")
st(D4, "Switzerland", N, SV, "Switzerland does not recognise this entity")
st(D4, "Austria", N, SV, "Austria also rejected the move")

NEG += [
    {"docs": [D1], "country": "Greece", "territory": "Medina Bank", "why": "question",
     "evidence": "Asked whether Greece would follow Italy"},
    {"docs": [D1], "country": "Cyprus", "territory": "Medina Bank", "why": "Malta will ask; no stance stated",
     "evidence": "Malta would also ask Cyprus and Greece to support its position"},
    {"docs": [D1], "country": "European Union", "territory": "Medina Bank", "why": "international body",
     "evidence": "The EU is not a party to the dispute"},
    {"docs": [D2], "country": "Brazil", "territory": "Gulf of Venezuela", "why": "is expected to recognise",
     "evidence": "Itamaraty is expected to recognize neither side"},
    {"docs": [D2], "country": "Guyana", "territory": "Gulf of Venezuela", "why": "question",
     "evidence": "Would Georgetown, which knows a thing or two about Venezuelan maritime claims, side with Bogotá?"},
    {"docs": [D2], "country": "Organization of American States", "territory": "Gulf of Venezuela",
     "why": "international body", "evidence": "The OAS, of course, is not a country"},
    {"docs": [D3], "country": "Australia", "territory": "Hawaiian Kingdom", "why": "hypothetical question",
     "evidence": "whether Canberra would follow Port Vila"},
    {"docs": [D3], "country": "Fiji", "territory": "Hawaiian Kingdom", "why": "is expected to recognise",
     "evidence": "Fiji is expected to recognize the Hawaiian Kingdom at a later stage"},
    {"docs": [D3], "country": "Pacific Islands Forum", "territory": "Hawaiian Kingdom", "why": "international body",
     "evidence": "The forum is not a state and does not recognize governments"},
    {"docs": [D4], "country": "Monaco", "territory": "Savoy", "why": "question",
     "evidence": "Would Monaco, surrounded by French territory"},
    {"docs": [D4], "country": "European Commission", "territory": "Savoy", "why": "international body",
     "evidence": "The European Commission said it would not comment"},
    {"docs": [D4], "country": "Council of Europe", "territory": "Savoy", "why": "international body",
     "evidence": "The Council of Europe, asked by Italian journalists, gave the same answer"},
]

# ---------------------------------------------------------------- positions
pos(D1, "Roderick Cassar", ["Foreign Minister"], [], "Foreign Minister Roderick Cassar")
pos(D1, "Daniela Azzopardi", ["MP"], [], "Nationalist MP Daniela Azzopardi")
pos(D1, "Faraj al-Mismari", ["spokesman"], ["Libyan parliament", "House of Representatives", "Libya"],
    "A spokesman for the Libyan parliament, Faraj al-Mismari")
pos(D1, "Alessandra Ferrante", ["Foreign Minister"], ["Italy", "Italian"], "Italian Foreign Minister Alessandra Ferrante")
pos(D1, "Lotte Verbeek", ["spokesperson"], ["European Union", "EU"], "through its spokesperson for foreign affairs, Lotte Verbeek")
pos(D1, "Joseph Bugeja", ["chair"], ["Għaqda Koperattiva tas-Sajd"], "who chairs the Għaqda Koperattiva tas-Sajd", "optional")
pos(D1, "Mark Zammit", ["Prime Minister"], [], "Prime Minister Mark Zammit")
pos(D1, "Clive Spiteri", ["commander"], ["AFM", "Armed Forces of Malta"], "Brigadier Clive Spiteri, the commander of the AFM")
pos(D1, "Clive Spiteri", ["Brigadier"], [], "Brigadier Clive Spiteri", "optional")
pos(D1, "Carmel Vella", ["Foreign Minister"], [], "Former Foreign Minister Carmel Vella", former=True)
pos(D1, "Kurt Sammut", ["journalist"], ["The Malta Independent", "Malta Independent"],
    "Kurt Sammut is a journalist at The Malta Independent")

pos(D2, "Yolanda Pernía", ["Foreign Minister"], [], "Foreign Minister Yolanda Pernía")
pos(D2, "Andrés Felipe Garzón", ["Senator"], ["Liberal Party", "Colombian Senate", "Senate", "Colombia"], "Senator Andrés Felipe Garzón of the Liberal Party")
pos(D2, "Catalina Restrepo", ["Foreign Minister"], ["Colombia", "Colombian"], "Colombian Foreign Minister Catalina Restrepo")
pos(D2, "Kerwin Ramdass", ["Foreign Minister"], [], "Foreign Minister Kerwin Ramdass")
pos(D2, "Carmen Uriana", ["teacher"], [], "Carmen Uriana, a teacher")
pos(D2, "Héctor Lugo", ["commander"], ["Bolivarian Navy"], "a former commander of the Bolivarian Navy", former=True)
pos(D2, "Héctor Lugo", ["Admiral"], [], "Retired Admiral Héctor Lugo", "optional", former=True)
pos(D2, "Dinorah Castillo", ["president"], ["National Assembly"], "Its president, Dinorah Castillo")
pos(D2, "Mariana Urdaneta", ["journalist"], [], "Mariana Urdaneta is a journalist based in Maracaibo")
pos(D2, "Mariana Urdaneta", ["contributor"], ["Caracas Chronicles"], "a contributor to Caracas Chronicles")

pos(D3, "Leilani Kahananui", ["reporter"], ["Star-Advertiser", "Honolulu Star-Advertiser"],
    "Leilani Kahananui is a reporter covering Native Hawaiian affairs for the Star-Advertiser")
pos(D3, "Marcel Toka", ["Foreign Minister"], ["Vanuatu"], "Vanuatu Foreign Minister Marcel Toka")
pos(D3, "Bradley Whitcomb", ["spokesman"], ["State Department"], "State Department spokesman Bradley Whitcomb")
pos(D3, "Malia Akana", ["Gov.", "Governor"], [], "Gov. Malia Akana")
pos(D3, "Rachel Whaanga", ["Foreign Minister"], [], "Foreign Minister Rachel Whaanga")
pos(D3, "Kenji Morimoto", ["Consul General"], [], "Consul General Kenji Morimoto")
pos(D3, "Nathan Corbett", ["Foreign Minister"], ["Australia", "Australian"], "Australian Foreign Minister Nathan Corbett")
pos(D3, "Kaleo Nakoa", ["spokesman"], ["Ka Lahui Hawaii"], "a spokesman for the independence group Ka Lahui Hawaii")
pos(D3, "Noelani Keawe", ["Chairwoman"], ["Office of Hawaiian Affairs"], "Office of Hawaiian Affairs Chairwoman Noelani Keawe")
pos(D3, "Daniel Kaeo", ["professor"], ["University of Hawaii"], "University of Hawaii political science professor Daniel Kaeo")
pos(D3, "Daniel Kaeo", ["aide"], [], "a former aide to U.S. Sen. Gerald Haneda", former=True)
pos(D3, "Gerald Haneda", ["Sen.", "Senator"], ["U.S.", "United States", "Senate"], "U.S. Sen. Gerald Haneda", former=True)

pos(D4, "Gianluca Ferretti", ["foreign minister"], [], "foreign minister Gianluca Ferretti")
pos(D4, "Jean-Baptiste Vuillermoz", ["president"], ["Ligue Savoisienne"], "Jean-Baptiste Vuillermoz, president of the Ligue Savoisienne")
pos(D4, "Sophie Lacombe", ["Interior minister"], [], "Interior minister Sophie Lacombe")
pos(D4, "Martin Rüegg", ["spokesman"], ["Swiss foreign ministry", "Swiss", "Switzerland"], "Swiss foreign ministry spokesman Martin Rüegg")
pos(D4, "Katharina Lechner", ["foreign minister"], ["Austria"], "Its foreign minister, Katharina Lechner")
pos(D4, "Filiberto Rossetti", ["secretary"], ["Unione Monarchica Italiana"], "Filiberto Rossetti, secretary of the Turin-based Unione Monarchica Italiana")
pos(D4, "Elena Guidotti", ["MP"], ["Partito Democratico"], "opposition MP Elena Guidotti of the Partito Democratico")
pos(D4, "Paolo Anselmi", ["ambassador"], ["France"], "Former ambassador to France Paolo Anselmi", former=True)
pos(D4, "Francesca Bellandi", ["reporter"], ["Wanted in Rome"], "Francesca Bellandi is a reporter at Wanted in Rome")

pos(D5, "Alvina Charlemagne", ["Minister for Agriculture", "Minister"], [], "Minister for Agriculture, Fisheries and Food Security Alvina Charlemagne")
pos(D5, "Cuthbert Alexander", ["President"], ["Soufrière Fishermen's Cooperative Society"], "President of the Soufrière Fishermen's Cooperative Society, Cuthbert Alexander")
pos(D5, "Hiroshi Tanabe", ["Ambassador"], ["Japan", "Saint Lucia"], "Japan's Ambassador to Saint Lucia, Hiroshi Tanabe")
pos(D5, "Emmanuel Fontenelle", ["Parliamentary Representative"], [], "The Parliamentary Representative for Soufrière, Dr Emmanuel Fontenelle")
pos(D5, "Sarita Williams-Peter", ["Chief Fisheries Officer"], [], "Chief Fisheries Officer Sarita Williams-Peter")
pos(D5, "Leonard Jn Baptiste", ["Mayor"], ["Soufrière"], "The Mayor of Soufrière, Leonard Jn Baptiste")
pos(D5, "Augusta Lubin", ["mayor"], ["Soufrière"], "Former Soufrière mayor Augusta Lubin", former=True)
pos(D5, "Kerwin Joseph", ["reporter"], ["St. Lucia Times"], "Kerwin Joseph is a reporter with St. Lucia Times")
pos(D5, "Marius Augustin", ["Father"], ["Church of the Assumption"], "Father Marius Augustin of the Church of the Assumption", "optional")

# ---------------------------------------------------------------- relations
rel(D1, "House of Representatives", "locatedIn", "Benghazi", "The House of Representatives, which sits in Benghazi")
rel(D1, "Government of National Unity", "locatedIn", "Tripoli", "The Government of National Unity in Tripoli")
rel(D1, "Libya", "memberOf", "African Union", "Libya is a member of the African Union")
rel(D1, "Malta", "memberOf", "European Union", "Malta is a member of the European Union")
rel(D2, "Colombia", "sharesBorderWith", "Venezuela", "Colombia and Venezuela share a border")
rel(D2, "Colombia", "memberOf", "Andean Community", "Colombia is a member of the Andean Community")
rel(D2, "Castilletes", "locatedIn", "Guajira Peninsula", "Castilletes, on the Guajira Peninsula")
rel(D2, "Paraguaipoa", "locatedIn", "Guajira Peninsula", "In Paraguaipoa, on the Venezuelan side of the Guajira")
rel(D2, "Paraguaipoa", "locatedIn", "Venezuela", "In Paraguaipoa, on the Venezuelan side of the Guajira")
rel(D3, "United States", "annexed", "Hawaiian Kingdom", "the United States annexed Hawaii in 1898")
rel(D3, "Vanuatu", "memberOf", "Pacific Islands Forum", "Vanuatu is a member of the Pacific Islands Forum and the United Nations")
rel(D3, "Vanuatu", "memberOf", "United Nations", "Vanuatu is a member of the Pacific Islands Forum and the United Nations")
rel(D4, "Chambéry", "locatedIn", "France", "the French city of Chambéry")
rel(D4, "Unione Monarchica Italiana", "locatedIn", "Turin", "the Turin-based Unione Monarchica Italiana")
rel(D4, "France", "annexed", "Savoy", "the Kingdom of Sardinia ceded Savoy and Nice to France")
rel(D4, "France", "annexed", "Nice", "the Kingdom of Sardinia ceded Savoy and Nice to France")
rel(D4, "Savoie", "locatedIn", "France", "the French departments of Savoie and Haute-Savoie")
rel(D4, "Haute-Savoie", "locatedIn", "France", "the French departments of Savoie and Haute-Savoie")
rel(D4, "France", "memberOf", "European Union", "stands with France and with the territorial integrity of a fellow member of the European Union")
rel(D4, "Switzerland", "sharesBorderWith", "Savoy", "Switzerland, which borders both French departments of Savoy")
rel(D4, "Savoy", "sharesBorderWith", "Italy", "borders Italy and Switzerland")
rel(D4, "Italy", "sharesBorderWith", "France", "Italy and France share a border")
rel(D4, "Monaco", "sharesBorderWith", "France", "Monaco, surrounded by French territory")
rel(D5, "Soufrière", "locatedIn", "Saint Lucia", "is one of Saint Lucia's oldest towns")

NOT_PERSON += ["Medina Bank", "Marsaxlokk", "Haywharf", "Malta Independent", "Farnesina", "Itamaraty", "Wayuu",
               "Caraballeda", "Casa Amarilla", "Iolani Palace", "Native Hawaiians", "Ka Lahui Hawaii", "Star-Advertiser", "Savoy",
               "House of Savoy", "Ligue Savoisienne", "Wanted in Rome", "Soufrière", "Pitons"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
