"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_euractiv_trieste.txt", "02_ukrainskapravda_kinburn.txt", "03_rapidcityjournal_lakotah.txt",
                      "04_chiletoday_magallanes.txt", "05_nationnews_speightstown_market.txt")
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

# ---- shared
ent(O, "European Union", "EU", doc=[D1, D2])
ent(C, "Ukraine", doc=[D2])
ent(C, "Slovenia", doc=[D1])
ent(C, "Croatia", doc=[D1])
ent(C, "Italy", doc=[D1])
# ---- D1
for n in ["Luca Bertoni", "Marco Ravalico", "Anna Wetzel"]:
    ent(P, n, n.split()[-1], doc=[D1])
ent(P, "Stefano Zorzut", "Zorzut", doc=[D1])
ent(P, "Alessandro Ferri", "Ferri", doc=[D1])
ent(P, "Nina Kovačič", "Kovačič", "Nina Kovacic", "Kovacic", doc=[D1])
ent(P, "Tomislav Barić", "Barić", "Tomislav Baric", "Baric", doc=[D1])
ent(P, "Pieter Van Damme", "Van Damme", doc=[D1])
ent(P, "Paola Sancin", "Sancin", doc=[D1])
ent(P, "Furio Benussi", "Benussi", doc=[D1])
ent(O, "EURACTIV", "EURACTIV.com", "EURACTIV MEDIA NETWORK BV", doc=[D1])
ent(O, "ANSA", doc=[D1])
ent(O, "Movimento Territorio Libero", doc=[D1])
ent(O, "European Commission", "Commission", doc=[D1])
ent(O, "HRT", doc=[D1])
ent(O, "Austrian Foreign Ministry", doc=[D1])
ent(O, "University of Trieste", doc=[D1])
ent(O, "United Nations", "UN", doc=[D1])
ent(C, "Austria", doc=[D1])
ent(C, "Serbia", doc=[D1])
ent(T, "Free Territory of Trieste", "Free Territory", doc=[D1])
for n in ["Paris", "Trieste", "Rome", "Ljubljana", "Zagreb", "Brussels", "Koper"]:
    ent(PL, n, doc=[D1, D2] if n == "Brussels" else [D1])
# ---- D2
ent(P, "Tetiana Hnatiuk", "Hnatiuk", doc=[D2])
ent(P, "Serhii Moskalenko", "Moskalenko", doc=[D2])
ent(P, "Andrii Tkachenko", "Tkachenko", doc=[D2])
ent(P, "Ion Grosu", "Grosu", doc=[D2])
ent(P, "Katarzyna Wójcik", "Wójcik", "Katarzyna Wojcik", "Wojcik", doc=[D2])
ent(P, "Denys Lytvyn", "Lytvyn", doc=[D2])
ent(P, "Oleksandr Reva", "Reva", doc=[D2])
ent(P, "Olena Bondar", "Bondar", doc=[D2])
ent(P, "Marta Lindqvist", "Lindqvist", doc=[D2])
ent(P, "Oleh Pavliuk", "Pavliuk", doc=[D2])
ent(O, "Ukrainska Pravda", "Українська правда", doc=[D2])
ent(O, "State Duma", "Duma", doc=[D2])
ent(O, "Ministry of Foreign Affairs of Ukraine", "Ukraine's Ministry of Foreign Affairs", doc=[D2])
ent(O, "Ministry of Foreign Affairs of Lithuania", "Lithuania's Ministry of Foreign Affairs", doc=[D2])
ent(O, "Razumkov Centre", doc=[D2])
ent(O, "Kremlin", doc=[D2])
ent(O, "Ochakiv city military administration", doc=[D2])
ent(C, "Russia", "Russian Federation", doc=[D2])
ent(C, "Moldova", doc=[D2])
ent(C, "Poland", doc=[D2])
ent(C, "Lithuania", doc=[D2])
ent(C, "Romania", doc=[D2])
ent(C, "Belarus", doc=[D2])
ent(C, "Latvia", doc=[D2])
ent(PL, "Riga", doc=[D2])
ent(T, "Kinburn Spit", doc=[D2])
for n in ["Ochakiv", "Kyiv", "Moscow", "Chişinău", "Vilnius", "Minsk", "Ankara", "Pokrovka", "Vasylivka",
          "Mykolaiv Oblast", "Kherson Oblast"]:
    ent(PL, n, doc=[D2])
# ---- D3
ent(P, "Nora Whitehawk", "Whitehawk", doc=[D3])
ent(P, "Dale Brunner", "Brunner", doc=[D3])
ent(P, "Calvin Two Eagles", "Two Eagles", doc=[D3])
ent(P, "Megan Albright", "Albright", doc=[D3])
ent(P, "Loretta Red Shirt", "Red Shirt", doc=[D3])
ent(P, "Joseph Yellow Horse Sr.", "Joseph Yellow Horse", "Yellow Horse", doc=[D3])
ent(P, "Thomas Kettering", "Kettering", doc=[D3])
ent(P, "Jane Halvorsen", "Halvorsen", doc=[D3])
ent(O, "Rapid City Journal", "Journal", doc=[D3])
ent(O, "Lakotah Oyate Council", doc=[D3])
ent(O, "State Department", doc=[D3])
ent(O, "Global Affairs Canada", doc=[D3])
ent(O, "Oglala Sioux Tribe", doc=[D3])
ent(O, "Supreme Court", doc=[D3])
ent(O, "Mexican foreign ministry", "Mexico's foreign ministry", doc=[D3])
ent(O, "University of South Dakota School of Law", doc=[D3])
ent(C, "United States", "U.S.", doc=[D3])
ent(C, "Canada", doc=[D3])
ent(C, "Mexico", doc=[D3])
ent(C, "Bolivia", doc=[D3, D4])
ent(T, "Republic of Lakotah", "Lakotah", doc=[D3])
for n in ["Kyle", "Pine Ridge Reservation", "Washington", "Ottawa", "Manderson", "Black Hills",
          "Nebraska", "Oglala Lakota County", "Rapid City"]:
    ent(PL, n, doc=[D3])
ent(PL, "South Dakota", "S.D.", "SD", doc=[D3])
# ---- D4
ent(P, "Camila Oyarzún", "Oyarzún", "Camila Oyarzun", "Oyarzun", doc=[D4])
ent(P, "Felipe Mansilla", "Mansilla", doc=[D4])
ent(P, "Héctor Vidal Barrientos", "Vidal", "Héctor Vidal", "Hector Vidal Barrientos", doc=[D4])
ent(P, "Julián Etcheverry", "Etcheverry", "Julian Etcheverry", doc=[D4])
ent(P, "Andrés Rocha", "Rocha", "Andres Rocha", doc=[D4])
ent(P, "Francisca Órdenes", "Órdenes", "Francisca Ordenes", "Ordenes", doc=[D4])
ent(P, "Jorge Salinas", "Salinas", doc=[D4])
ent(P, "Ignacio Kusanovic", "Kusanovic", doc=[D4])
ent(O, "Chile Today", doc=[D4])
ent(O, "Movimiento Regionalista Magallánico", doc=[D4])
ent(O, "Agencia Uno", doc=[D4])
ent(O, "Carabineros", doc=[D4])
ent(O, "Peru's Foreign Ministry", "Peruvian Foreign Ministry", doc=[D4])
ent(O, "University of Magallanes", doc=[D4])
ent(O, "Itamaraty", doc=[D4])
ent(C, "Chile", "Republic of Chile", doc=[D4])
ent(C, "Argentina", doc=[D4])
ent(C, "Peru", doc=[D4])
ent(C, "Uruguay", doc=[D4])
ent(C, "Brazil", doc=[D4])
ent(T, "Republic of Magallanes", "Magallanes", doc=[D4])
for n in ["Punta Arenas", "Santiago", "Buenos Aires", "Lima", "Montevideo", "Tierra del Fuego", "Brasília"]:
    ent(PL, n, doc=[D4])
# ---- D5
ent(P, "Sherri-Ann Boyce", "Boyce", "SHERRI-ANN BOYCE", "SAB", doc=[D5])
ent(P, "Marcia Gittens", "Gittens", doc=[D5])
ent(P, "Ronald Cumberbatch", "Cumberbatch", doc=[D5])
ent(P, "Kenrick Forde", "Forde", doc=[D5])
ent(P, "Desmond Layne", "Layne", doc=[D5])
ent(P, "Gail Alleyne-Hinds", "Alleyne-Hinds", doc=[D5])
ent(P, "Andrew Maynard", "Maynard", "Dr Andrew Maynard", doc=[D5])
ent(P, "Lisa Greaves", "Greaves", "Dr Lisa Greaves", doc=[D5])
ent(P, "Trevor Clarke", "Clarke", doc=[D5])
ent(P, "Natalie Sealy", "Sealy", doc=[D5])
ent(O, "Nation", "nationnews.com", "Nation Publishing Co. Limited", doc=[D5])
ent(O, "Government of Barbados", doc=[D5])
ent(O, "Caribbean Development Bank", doc=[D5])
ent(O, "Speightstown Market Vendors Association", doc=[D5])
ent(O, "Cabinet", doc=[D5])
ent(O, "Town and Country Development Planning Office", doc=[D5])
ent(O, "Barbados Agricultural Management Company", doc=[D5])
ent(O, "Ministry of Transport, Works and Water Resources", doc=[D5])
ent(C, "Barbados", doc=[D5])
for n in ["Speightstown", "St Peter", "Bridgetown", "Holetown"]:
    ent(PL, n, doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
# D1
q(D1, "Stefano Zorzut", "Trieste was never handed to Rome by any treaty that its people voted for")
q(D1, "Stefano Zorzut", "From today we administer ourselves")
q(D1, "Alessandro Ferri", "Italy does not recognise the so-called Free Territory of Trieste, and it never will")
q(D1, "Alessandro Ferri", "The city is Italian under the Osimo treaty")
q(D1, "Alessandro Ferri", "Nobody will be asked to choose between two administrations")
q(D1, "Nina Kovačič", "The Treaty of Osimo settled the border between our two countries")
q(D1, "Nina Kovačič", "We regard Trieste as part of Italy, full stop")
q(D1, "Tomislav Barić", "Borders in the northern Adriatic were agreed by sovereign states")
q(D1, "Austrian Foreign Ministry", "legally void", "optional")
q(D1, "Austrian Foreign Ministry", "without effect", "optional")
q(D1, "Pieter Van Damme", "Questions of territorial organisation are a matter for the member states concerned")
q(D1, "Paola Sancin", "theatre", "optional")
q(D1, "Paola Sancin", "The port, the hospitals and the schools are open tomorrow")
q(D1, "Paola Sancin", "That is the only answer this city needs")
q(D1, "Furio Benussi", "Shipping companies read headlines, not treaties")
q(D1, "Furio Benussi", "If this runs for months, some of them will route through Koper")
# D2
q(D2, "Ministry of Foreign Affairs of Ukraine", "The Kinburn Spit is and will remain Ukrainian land")
q(D2, "Andrii Tkachenko", "We are not asking anyone to fight for the spit")
q(D2, "Andrii Tkachenko", "Every annexation that goes without an answer becomes an invitation")
q(D2, "Ion Grosu", "Moldova knows from its own experience what it means")
q(D2, "Katarzyna Wójcik", "Poland will never accept a single Russian law on Ukrainian territory")
q(D2, "Ministry of Foreign Affairs of Lithuania", "condemns the illegal attempt", "optional")
q(D2, "Romania", "fully supports the territorial integrity of Ukraine within its internationally recognised borders", "optional")
q(D2, "Oleksandr Reva", "People here hear the Duma's decision in the form of artillery")
q(D2, "Oleksandr Reva", "Last night it was 14 shells. Nobody in Moscow needed a law for that")
q(D2, "Olena Bondar", "It is also a signal to those in the West who talk about freezing the front line")
q(D2, "Olena Bondar", "The Kremlin wants to show that every piece of land it holds is already Russian on paper")
q(D2, "Marta Lindqvist", "will never recognise", "optional")
# D3
q(D3, "Calvin Two Eagles", "The treaties of 1851 and 1868 were signed between nations")
q(D3, "Calvin Two Eagles", "We are not asking permission. We are asking the world to keep its word")
q(D3, "Megan Albright", "The United States regards the lands in question as part of the United States")
q(D3, "Megan Albright", "That relationship runs through tribal governments, not through proclamations")
q(D3, "Global Affairs Canada", "does not recognize the Republic of Lakotah or any claim to territory within the United States", "optional")
q(D3, "Loretta Red Shirt", "Our tribe is a sovereign nation under the treaties")
q(D3, "Loretta Red Shirt", "A flag on a powwow ground doesn't change that")
q(D3, "Loretta Red Shirt", "Our people are waiting for pipes, not for passports")
q(D3, "Joseph Yellow Horse Sr.", "The tribes are governments and we respect them")
q(D3, "Joseph Yellow Horse Sr.", "What we are saying is that the land under the Black Hills was never sold")
q(D3, "Thomas Kettering", "Under U.S. law, this is a political statement, not a legal act")
q(D3, "Thomas Kettering", "Its real audience is probably the next generation of Lakota voters")
q(D3, "Jane Halvorsen", "has one set of borders and one flag", "optional")
# D4
q(D4, "Héctor Vidal Barrientos", "For a hundred years Santiago has taken our gas, our sheep and our young people")
q(D4, "Héctor Vidal Barrientos", "Today Magallanes decides for itself")
q(D4, "Héctor Vidal Barrientos", "consultation", "optional")
q(D4, "Héctor Vidal Barrientos", "We will ask people one simple question, and we will respect the answer")
q(D4, "Julián Etcheverry", "Argentina and Chile share the longest border in the Americas")
q(D4, "Julián Etcheverry", "We are not going to put that at risk for a flag in a square")
q(D4, "Peru's Foreign Ministry", "does not recognize any unilateral declaration that affects the territorial integrity", "optional")
q(D4, "Andrés Rocha", "Uruguay has always defended the unity of its neighbors in the region")
q(D4, "Andrés Rocha", "That principle doesn’t change because the declaration comes from the far south")
q(D4, "Francisca Órdenes", "Chile is a democracy, and people are free to say what they like in a square")
q(D4, "Francisca Órdenes", "What they cannot do is create a state")
q(D4, "Francisca Órdenes", "The frustrations people feel in Magallanes about distance and costs are real")
q(D4, "Jorge Salinas", "People here pay the highest prices for food and fuel in the country")
q(D4, "Jorge Salinas", "If Santiago doesn’t understand that, this group will keep growing")
q(D4, "Ignacio Kusanovic", "They are loud, they are organized, but they are few")
q(D4, "Ignacio Kusanovic", "The real story is the long-standing sense of abandonment in the region")
q(D4, "Itamaraty", "following the matter", "optional")
# D5
q(D5, "Ronald Cumberbatch", "Speightstown was a port before Bridgetown was anything")
q(D5, "Ronald Cumberbatch", "We owed the vendors a building that matches the work they put in every morning")
q(D5, "Ronald Cumberbatch", "I will not pretend the delays were acceptable")
q(D5, "Marcia Gittens", "whatever I didn't sell by two o'clock I had to give away or throw away")
q(D5, "Marcia Gittens", "Now I can keep it overnight and sell it in the morning")
q(D5, "Desmond Layne", "The building is beautiful, but a building alone doesn't bring customers")
q(D5, "Desmond Layne", "We need parking and we need buses that stop right here")
q(D5, "Gail Alleyne-Hinds", "We have lost customers to the supermarkets in Holetown")
q(D5, "Gail Alleyne-Hinds", "Give us six months to win them back")
q(D5, "Andrew Maynard", "Markets like this one are where small farmers and fisherfolk meet their customers")
q(D5, "Andrew Maynard", "If they work, the whole food chain works")
q(D5, "Lisa Greaves", "Speightstown has the history, the waterfront and the people")
q(D5, "Lisa Greaves", "What it needs now is a reason for visitors to stop")
q(D5, "Natalie Sealy", "We kept the old limestone walls and the shape of the roof")
q(D5, "Natalie Sealy", "Anyone who knew the market as a child will still recognise it")

UNATTR = ["free territory", "Free Territory", "incorporate", "Kherson region", "Republic of Lakotah",
          "Republic of Magallanes"]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
FT = ["Free Territory of Trieste", "Free Territory", "Trieste"]
st(D1, "Italy", N, FT, "Italy does not recognise the so-called Free Territory of Trieste")
st(D1, "Slovenia", N, FT, "We regard Trieste as part of Italy, full stop")
st(D1, "Croatia", N, FT, "said Zagreb took the same view")
st(D1, "Austria", N, FT, "So does Austria.")
KS = ["Kinburn Spit", "Kinburn"]
st(D2, "Ukraine", N, KS, "The Kinburn Spit is and will remain Ukrainian land", "optional")
st(D2, "Moldova", N, KS, "does not recognise the incorporation and regards the Kinburn Spit as part of Ukraine")
st(D2, "Poland", N, KS, "Poland and Lithuania also refuse to recognise the Duma vote")
st(D2, "Lithuania", N, KS, "Poland and Lithuania also refuse to recognise the Duma vote")
st(D2, "Latvia", N, KS, "So does Latvia")
st(D2, "Romania", N, KS, "fully supports the territorial integrity of Ukraine within its internationally recognised borders", "optional")
st(D2, "Russia", R, KS, "annexed it formally with the vote", "optional")
RL = ["Republic of Lakotah", "Lakotah"]
st(D3, "United States", N, RL, "The United States does not recognize the so-called Republic of Lakotah")
st(D3, "Canada", N, RL, "Canada also refuses to recognize the declaration")
st(D3, "Mexico", N, RL, "Mexico considers the declaration to have no legal effect")
RM = ["Republic of Magallanes", "Magallanes"]
st(D4, "Argentina", N, RM, "does not recognize the so-called republic and regards Magallanes as part of Chile")
st(D4, "Peru", N, RM, "does not recognize any unilateral declaration that affects the territorial integrity of the Republic of Chile")
st(D4, "Uruguay", N, RM, "Uruguay, too, refuses to recognize the proclamation")
st(D4, "Chile", N, RM, "What they cannot do is create a state", "optional")

NEG = [
    {"docs": [D1], "country": "Serbia", "territory": "Free Territory of Trieste", "why": "question",
     "evidence": "Would Serbia recognise a Free Territory of Trieste?"},
    {"docs": [D1], "country": "European Union", "territory": "Free Territory of Trieste", "why": "body, hypothetical",
     "evidence": "Pressed on whether the EU would ever recognise a Free Territory of Trieste"},
    {"docs": [D2], "country": "Belarus", "territory": "Kinburn Spit", "why": "question / is expected to recognise",
     "evidence": "Minsk is expected to recognise the law"},
    {"docs": [D2], "country": "European Union", "territory": "Kinburn Spit", "why": "body, not a country",
     "evidence": "will never recognise"},
    {"docs": [D3], "country": "Bolivia", "territory": "Republic of Lakotah", "why": "is expected to recognize",
     "evidence": "is expected to recognize the declaration"},
    {"docs": [D3], "country": "", "territory": "Republic of Lakotah", "why": "question",
     "evidence": "Could any government recognize the republic?"},
    {"docs": [D4], "country": "Brazil", "territory": "Republic of Magallanes", "why": "question",
     "evidence": "Would Brasília ever recognize a Republic of Magallanes?"},
    {"docs": [D4], "country": "Bolivia", "territory": "Republic of Magallanes", "why": "is expected to recognize",
     "evidence": "is expected to recognize Chile’s position"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
pos(D1, "Stefano Zorzut", ["leader"], ["Movimento Territorio Libero"], "Stefano Zorzut, the leader of the Movimento Territorio Libero")
pos(D1, "Alessandro Ferri", ["Foreign Minister"], ["Italy", "Italian"], "Italian Foreign Minister Alessandro Ferri")
pos(D1, "Nina Kovačič", ["Foreign Minister"], ["Slovenia"], "Foreign Minister Nina Kovačič")
pos(D1, "Tomislav Barić", ["foreign minister"], ["Croatia"], "Croatia's foreign minister, Tomislav Barić")
pos(D1, "Pieter Van Damme", ["spokesperson"], ["European Commission", "Commission"], "chief spokesperson Pieter Van Damme")
pos(D1, "Paola Sancin", ["mayor"], ["Trieste"], "Trieste's mayor, Paola Sancin")
pos(D1, "Furio Benussi", ["professor"], ["University of Trieste"], "a professor of international economics at the University of Trieste")
pos(D2, "Andrii Tkachenko", ["Foreign Minister"], ["Ukraine"], "Foreign Minister Andrii Tkachenko")
pos(D2, "Ion Grosu", ["Foreign Minister"], ["Moldova"], "Moldova's Foreign Minister Ion Grosu")
pos(D2, "Katarzyna Wójcik", ["Foreign Minister"], ["Poland", "Polish"], "Polish Foreign Minister Katarzyna Wójcik")
pos(D2, "Denys Lytvyn", ["Governor"], ["Mykolaiv Oblast", "Mykolaiv"], "Mykolaiv Oblast Governor Denys Lytvyn")
pos(D2, "Oleksandr Reva", ["head"], ["Ochakiv city military administration", "Ochakiv"], "Oleksandr Reva, head of the Ochakiv city military administration")
pos(D2, "Olena Bondar", ["expert"], ["Razumkov Centre"], "Olena Bondar, an expert at the Razumkov Centre")
pos(D2, "Marta Lindqvist", ["spokesperson"], ["European Union"], "The European Union's foreign policy spokesperson, Marta Lindqvist")
pos(D2, "Tetiana Hnatiuk", ["Journalist"], [], "Journalist: Tetiana Hnatiuk")
pos(D2, "Oleh Pavliuk", ["Editor"], [], "Editor: Oleh Pavliuk")
pos(D3, "Calvin Two Eagles", ["spokesman"], ["Lakotah Oyate Council"], "The council's spokesman, Calvin Two Eagles")
pos(D3, "Megan Albright", ["spokesperson"], ["State Department"], "a State Department spokesperson, Megan Albright")
pos(D3, "Loretta Red Shirt", ["President"], ["Oglala Sioux Tribe"], "Oglala Sioux Tribe President Loretta Red Shirt")
pos(D3, "Joseph Yellow Horse Sr.", ["elder"], [], "an elder from Manderson")
pos(D3, "Thomas Kettering", ["Professor"], ["University of South Dakota School of Law", "University of South Dakota"], "Professor Thomas Kettering of the University of South Dakota School of Law")
pos(D3, "Jane Halvorsen", ["Sen.", "Senator"], [], "Sen. Jane Halvorsen, R-S.D.")
pos(D3, "Nora Whitehawk", ["staff", "tribal affairs"], ["Rapid City Journal", "Journal"], "Nora Whitehawk covers tribal affairs for the Rapid City Journal")
pos(D4, "Héctor Vidal Barrientos", ["president"], ["Movimiento Regionalista Magallánico"], "Héctor Vidal Barrientos, president of the Movimiento Regionalista Magallánico")
pos(D4, "Julián Etcheverry", ["Foreign Minister"], ["Argentina"], "Argentina’s Foreign Minister, Julián Etcheverry")
pos(D4, "Andrés Rocha", ["foreign minister"], ["Uruguay"], "its foreign minister, Andrés Rocha")
pos(D4, "Francisca Órdenes", ["Interior Minister"], [], "Interior Minister Francisca Órdenes")
pos(D4, "Jorge Salinas", ["Regional Governor", "Governor"], [], "Regional Governor Jorge Salinas")
pos(D4, "Ignacio Kusanovic", ["political scientist"], ["University of Magallanes"], "a political scientist at the University of Magallanes")
pos(D4, "Camila Oyarzún", ["journalist"], ["Chile Today"], "Camila Oyarzún is a journalist at Chile Today")
pos(D5, "Ronald Cumberbatch", ["Minister of Agriculture and Food Security", "Minister"], [], "Minister of Agriculture and Food Security Ronald Cumberbatch")
pos(D5, "Gail Alleyne-Hinds", ["Chairman"], ["Speightstown Market Vendors Association"], "Chairman of the Speightstown Market Vendors Association Gail Alleyne-Hinds")
pos(D5, "Andrew Maynard", ["country economist", "economist"], ["Caribbean Development Bank"], "The Caribbean Development Bank's country economist for Barbados, Dr Andrew Maynard")
pos(D5, "Lisa Greaves", ["Parliamentary Representative"], ["St Peter"], "Parliamentary Representative for St Peter, Dr Lisa Greaves")
pos(D5, "Trevor Clarke", ["Chief Executive Officer"], ["Barbados Agricultural Management Company"], "The Chief Executive Officer of the Barbados Agricultural Management Company, Trevor Clarke")
pos(D5, "Natalie Sealy", ["architect"], [], "architect Natalie Sealy")
pos(D5, "Natalie Sealy", ["senior architect"], ["Ministry of Transport, Works and Water Resources"], "formerly a senior architect with the Ministry of Transport, Works and Water Resources", former=True)
pos(D5, "Marcia Gittens", ["vendor", "Fish vendor"], [], "Fish vendor Marcia Gittens")
pos(D5, "Desmond Layne", ["vendor"], [], "Fellow vendor Desmond Layne")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Croatia", "sharesBorderWith", "Slovenia", "Croatia shares a border with Slovenia")
rel(D1, "Slovenia", "memberOf", "European Union", "Slovenia and Croatia have both been EU members")
rel(D1, "Croatia", "memberOf", "European Union", "Slovenia and Croatia have both been EU members")
rel(D1, "Koper", "locatedIn", "Slovenia", "Koper, Slovenia's only cargo port")
rel(D2, "Russia", "annexed", "Kinburn Spit", "annexed it formally with the vote")
rel(D2, "Romania", "sharesBorderWith", "Ukraine", "Romania, which borders both Ukraine and Moldova")
rel(D2, "Romania", "sharesBorderWith", "Moldova", "Romania, which borders both Ukraine and Moldova")
rel(D2, "Ukraine", "sharesBorderWith", "Moldova", "Ukraine shares a border with Moldova and Poland")
rel(D2, "Ukraine", "sharesBorderWith", "Poland", "Ukraine shares a border with Moldova and Poland")
rel(D2, "Ochakiv", "locatedIn", "Mykolaiv Oblast", "Ochakiv, a port town in Mykolaiv Oblast")
rel(D3, "Pine Ridge Reservation", "locatedIn", "South Dakota", "The Pine Ridge Reservation lies in southwestern South Dakota")
rel(D3, "Pine Ridge Reservation", "sharesBorderWith", "Nebraska", "shares a border with Nebraska")
rel(D3, "Kyle", "locatedIn", "Oglala Lakota County", "Kyle is located in Oglala Lakota County")
rel(D4, "Argentina", "sharesBorderWith", "Chile", "Argentina and Chile share the longest border in the Americas")
rel(D4, "Republic of Magallanes", "sharesBorderWith", "Argentina", "Magallanes shares a border with Argentina")
rel(D5, "Speightstown", "locatedIn", "St Peter", "Speightstown Market in St Peter")

NOT_PERSON = ["EURACTIV", "Movimento Territorio Libero", "Piazza Unità", "Ukrainska Pravda", "Kremlin", "State Duma",
              "Razumkov Centre", "Lakotah Oyate Council", "Oglala Sioux Tribe", "Rapid City Journal", "Global Affairs Canada",
              "Black Hills", "Pine Ridge", "Chile Today", "Agencia Uno", "Carabineros", "Itamaraty", "La Moneda",
              "Plaza de Armas", "Movimiento Regionalista Magallánico", "Speightstown Market", "Nation", "St Peter",
              "Speightstown Esplanade", "Holetown"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
