"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_cphpost_faroe_islands.txt", "02_kaieteurnews_ankoko.txt", "03_connexion_corsica.txt",
                      "04_breakingbelizenews_sarstoon.txt", "05_canberratimes_tuggeranong_pool.txt")
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

# ---------------- data ----------------
# D1
for n, a in [("Mette Kjærgaard", "Kjærgaard"), ("Jens Østergaard", "Østergaard"), ("Guðrún Hallsdóttir", "Hallsdóttir"),
             ("Bárður Poulsen", "Poulsen"), ("Sólrun Dahl", "Dahl"), ("Ingrid Solheim", "Solheim"), ("Anders Holm", "Holm"),
             ("Karen Lund", "Lund"), ("Niels Birk", "Birk"), ("Jóhan Mikkelsen", "Mikkelsen")]:
    ent(P, n, a, doc=[D1])
for n in ["The Copenhagen Post", "Løgting", "Ritzau Scanpix", "NATO", "Nordic Council", "Sambandsflokkurin",
          "University of Copenhagen", "Conservative People's Party", "DR"]:
    ent(O, n, doc=[D1])
ent(O, "Foreign, Commonwealth and Development Office", doc=[D1])
ent(O, "Russian embassy", doc=[D1])
ent(O, "Swedish foreign ministry", doc=[D1])
ent(C, "Denmark", "Kingdom of Denmark", doc=[D1])
for n in ["Iceland", "Norway", "Sweden", "Finland", "Russia"]:
    ent(C, n, doc=[D1])
ent(C, "United Kingdom", doc=[D1, D4])
ent(T, "Faroe Islands", doc=[D1])
ent(T, "Greenland", doc=[D1])
for n in ["Tórshavn", "Copenhagen", "Reykjavík", "Oslo", "Stockholm", "Helsinki", "London", "Moscow"]:
    ent(PL, n, doc=[D1])

q(D1, "Jens Østergaard", "The declaration adopted in Tórshavn tonight has no legal effect")
q(D1, "Jens Østergaard", "The Faroe Islands remain part of the Realm, and the government will not accept any change")
q(D1, "Jens Østergaard", "our fellow citizens", "optional")
q(D1, "Guðrún Hallsdóttir", "Iceland recognises the Faroe Islands as a sovereign and independent state")
q(D1, "Bárður Poulsen", "This is not a break with the Danish people")
q(D1, "Bárður Poulsen", "It is the end of a long conversation, and the beginning of a friendship")
q(D1, "Bárður Poulsen", "We ask every country in the world to respect what our people have decided")
q(D1, "Sambandsflokkurin", "a leap in the dark", "optional")
q(D1, "Sólrun Dahl", "Half of this country did not want this tonight")
q(D1, "Ingrid Solheim", "Norway does not recognise unilateral declarations of independence")
q(D1, "Foreign, Commonwealth and Development Office", "The United Kingdom continues to regard the Faroe Islands as part of the Kingdom of Denmark")
q(D1, "Anders Holm", "There is no article in the constitution that says how this is done")
q(D1, "Anders Holm", "That is why both governments will have to sit down")
q(D1, "Karen Lund", "Threats will only push more Faroese voters towards independence")
q(D1, "Niels Birk", "We gave the Faroese more and more powers")
q(D1, "Jóhan Mikkelsen", "about everything except the result", "optional")
UNATTR.append("may see an opportunity in the North Atlantic")

FI = ["Faroe Islands", "Faroe"]
st(D1, "Iceland", R, FI, "Iceland on Monday became the first country to recognise the Faroe Islands as an independent state")
st(D1, "Denmark", N, FI, "The Danish government does not recognise the declaration")
st(D1, "Norway", N, FI, "Norway does not recognise the declaration")
st(D1, "Sweden", N, FI, "Sweden, like Finland, refuses to recognise the vote")
st(D1, "Finland", N, FI, "Sweden, like Finland, refuses to recognise the vote")
st(D1, "United Kingdom", N, FI, "The United Kingdom continues to regard the Faroe Islands as part of the Kingdom of Denmark")
NEG.append({"docs": [D1], "country": "Russia", "territory": "Faroe Islands", "why": "question",
            "evidence": "Whether Russia will recognise the new state is unclear"})
NEG.append({"docs": [D1], "country": "Nordic Council", "territory": "Faroe Islands", "why": "international body, no position",
            "evidence": "said it would not take a position on the vote"})

pos(D1, "Jens Østergaard", ["Prime Minister"], ["Denmark", "Danish"], "Prime Minister Jens Østergaard")
pos(D1, "Guðrún Hallsdóttir", ["Foreign Minister"], ["Iceland", "Reykjavík"], "Foreign Minister Guðrún Hallsdóttir")
pos(D1, "Bárður Poulsen", ["prime minister"], ["Faroe", "Faroese"], "Bárður Poulsen, the Faroese prime minister")
pos(D1, "Sólrun Dahl", ["leader"], ["Sambandsflokkurin"], "Its leader, Sólrun Dahl")
pos(D1, "Ingrid Solheim", ["Foreign Minister"], ["Norway", "Oslo"], "Foreign Minister Ingrid Solheim")
pos(D1, "Anders Holm", ["professor"], ["University of Copenhagen"], "Anders Holm, a professor of constitutional law at the University of Copenhagen")
pos(D1, "Karen Lund", ["spokesperson"], ["Conservative People's Party"], "Karen Lund, foreign affairs spokesperson for the Conservative People's Party")
pos(D1, "Niels Birk", ["foreign minister"], [], "Former foreign minister Niels Birk", former=True)
pos(D1, "Jóhan Mikkelsen", ["deputy"], [], "His deputy, Jóhan Mikkelsen", "optional")
pos(D1, "Mette Kjærgaard", ["political reporter", "reporter"], ["The Copenhagen Post"], "Mette Kjærgaard is a political reporter at The Copenhagen Post")

rel(D1, "Iceland", "memberOf", "NATO", "Iceland, a member of NATO and of the Nordic Council")
rel(D1, "Iceland", "memberOf", "Nordic Council", "Iceland, a member of NATO and of the Nordic Council")
rel(D1, "Faroe Islands", "memberOf", "Nordic Council", "The Nordic Council, which the Faroe Islands joined as an associate member in 1970")
rel(D1, "Russian embassy", "locatedIn", "Copenhagen", "the Russian embassy in Copenhagen")

# D2
for n, a in [("Shondell Persaud", "Persaud"), ("Rawle Bascom", "Bascom"), ("Ramón Urdaneta", "Urdaneta"),
             ("Helena Cardoso Vaz", "Cardoso Vaz"), ("Daniel Whitford", "Whitford"), ("Marlon Greaves", "Greaves"),
             ("Brentnol Adams", "Adams"), ("Keon Rodney", "Rodney"), ("Sharma Narine", "Narine"), ("Carl Bisram", "Bisram")]:
    ent(P, n, a, doc=[D2])
ent(P, "Yolanda Fredericks", doc=[D2])
ent(P, "Clive Fredericks", doc=[D2])
for n in ["Kaieteur News", "Ministry of Foreign Affairs", "United Nations", "State Department", "CARICOM", "Commonwealth", "Venezuelan Embassy"]:
    ent(O, n, doc=[D2])
ent(O, "Guyana Defence Force", "GDF", doc=[D2])
ent(O, "International Court of Justice", "ICJ", doc=[D2, D4])
for n in ["Guyana", "Venezuela", "Brazil", "Suriname", "Trinidad and Tobago"]:
    ent(C, n, doc=[D2])
ent(C, "United States", "US", doc=[D2, D4])
ent(T, "Ankoko Island", "Ankoko", doc=[D2])
ent(T, "Essequibo", "Essequibo region", doc=[D2])
for n in ["Georgetown", "Caracas", "Brasília", "Paramaribo", "Port of Spain", "Eteringbang", "Region Seven", "South America", "Caribbean"]:
    ent(PL, n, doc=[D2])

q(D2, "Rawle Bascom", "This is a clear violation of our sovereignty and of the Arbitral Award of 1899")
q(D2, "Rawle Bascom", "Guyana will not sit quietly while a foreign army pours concrete on our territory")
q(D2, "Ramón Urdaneta", "Ankoko is Venezuelan, it has always been Venezuelan")
q(D2, "Helena Cardoso Vaz", "respects the boundary fixed in 1899", "optional")
q(D2, "Helena Cardoso Vaz", "any military step", "optional")
q(D2, "Helena Cardoso Vaz", "Brazil supports the territorial integrity of Guyana")
q(D2, "Daniel Whitford", "We call on Venezuela to halt construction")
q(D2, "Trinidad and Tobago", "studying the images", "optional")
q(D2, "Marlon Greaves", "firmly", "optional")
q(D2, "Marlon Greaves", "Guyana's border is the Caribbean's border")
q(D2, "Yolanda Fredericks", "Every day we hear the planes now, and the children run inside")
q(D2, "Yolanda Fredericks", "We want the Government to tell us if we are safe")
q(D2, "Brentnol Adams", "We have more soldiers on the river than ever before")
q(D2, "Keon Rodney", "Our job is to defend the territory, not to start a war")
q(D2, "Keon Rodney", "We watch, we record, and we report to the Commander-in-Chief")
q(D2, "Sharma Narine", "The nation deserves to know what is happening on Ankoko")
q(D2, "Carl Bisram", "a test", "optional")
q(D2, "Carl Bisram", "hard to imagine", "optional")
UNATTR.append("Our people are afraid")

AK = ["Ankoko Island", "Ankoko"]
st(D2, "Venezuela", R, AK, "Ankoko is Venezuelan, it has always been Venezuelan", "optional")
st(D2, "Venezuela", R, ["Essequibo", "Essequibo region"], "claims the whole of the Essequibo region", "optional")
st(D2, "Guyana", R, AK, "the works were taking place on the Guyana side of the island", "optional")
st(D2, "Brazil", N, AK, "Brazil does not recognise Venezuela's claim over the island")
st(D2, "Suriname", R, AK, "Suriname also recognises Guyana's sovereignty over the western half of the island")
st(D2, "United States", R, AK, "The United States regards Ankoko Island's eastern half as occupied Guyanese land")
NEG.append({"docs": [D2], "country": "Trinidad and Tobago", "territory": "Ankoko Island", "why": "no position taken",
            "evidence": "Port of Spain said it was \"studying the images\" and did not take a position"})
NEG.append({"docs": [D2], "country": "Trinidad and Tobago", "territory": "Ankoko Island", "why": "question",
            "evidence": "Asked whether Trinidad and Tobago would recognise Venezuelan control of the island"})
NEG.append({"docs": [D2], "country": "CARICOM", "territory": "Ankoko Island", "why": "international body",
            "evidence": "said the regional body stood \"firmly\" with Guyana"})

pos(D2, "Rawle Bascom", ["Minister of Foreign Affairs"], [], "Minister of Foreign Affairs, Rawle Bascom")
pos(D2, "Ramón Urdaneta", ["Foreign Minister"], ["Venezuela", "Caracas"], "In Caracas, Foreign Minister Ramón Urdaneta")
pos(D2, "Helena Cardoso Vaz", ["Foreign Minister"], ["Brazil"], "Brazilian Foreign Minister Helena Cardoso Vaz")
pos(D2, "Daniel Whitford", ["spokesperson"], ["State Department"], "Its spokesperson, Daniel Whitford")
pos(D2, "Marlon Greaves", ["Secretary-General", "Secretary General"], ["CARICOM"], "CARICOM Secretary-General, Dr Marlon Greaves")
pos(D2, "Yolanda Fredericks", ["shop owner"], [], "Yolanda Fredericks, a shop owner", "optional")
pos(D2, "Clive Fredericks", ["boat captain"], [], "Clive Fredericks, a boat captain", "optional")
pos(D2, "Brentnol Adams", ["Regional Chairman", "Chairman"], ["Region Seven"], "Regional Chairman of Region Seven, Brentnol Adams")
pos(D2, "Keon Rodney", ["Chief of Staff"], ["Guyana Defence Force"], "Chief of Staff of the Guyana Defence Force, Brigadier Keon Rodney")
pos(D2, "Keon Rodney", ["Brigadier"], [], "Brigadier Keon Rodney", "optional")
pos(D2, "Sharma Narine", ["Opposition Leader"], [], "Opposition Leader, Sharma Narine")
pos(D2, "Carl Bisram", ["Foreign Minister"], [], "Former Foreign Minister, Carl Bisram", former=True)

rel(D2, "Venezuela", "claims", "Essequibo", "claims the whole of the Essequibo region")
rel(D2, "Yolanda Fredericks", "spouse", "Clive Fredericks", "Her husband, Clive Fredericks")
rel(D2, "Guyana", "sharesBorderWith", "Venezuela", "straddles the border between the two countries")
rel(D2, "Venezuelan Embassy", "locatedIn", "Georgetown", "The Venezuelan Embassy in Georgetown")

# D3
for n, a in [("Hélène Marchetti", "Marchetti"), ("Marc Albertini", "Albertini"), ("Jean-Baptiste Paoletti", "Paoletti"),
             ("Laurent Bessière", "Bessière"), ("Claire Duvernois", "Duvernois"), ("Giulia Ferrante", "Ferrante"),
             ("Anna Lindqvist", "Lindqvist"), ("Gilles Santoni", "Santoni"), ("Paul-Antoine Rocca", "Rocca"),
             ("Nathalie Filippi", "Filippi")]:
    ent(P, n, a, doc=[D3])
ent(P, "Marie-Ange Luciani", doc=[D3])
ent(P, "Dominique Luciani", doc=[D3])
for n in ["The Connexion", "Corsican Assembly", "Collectivité de Corse", "AFP", "EU",
          "National Assembly", "University of Corsica", "Spanish foreign ministry"]:
    ent(O, n, doc=[D3])
ent(O, "European Commission", "Commission", doc=[D3])
ent(C, "France", "French Republic", doc=[D3])
for n in ["Italy", "Spain", "Portugal", "Germany"]:
    ent(C, n, doc=[D3])
ent(T, "Corsica", doc=[D3])
ent(T, "Catalonia", doc=[D3])
for n in ["Ajaccio", "Paris", "Bastia", "Rome", "Madrid", "Berlin", "Marseille", "Corse-du-Sud"]:
    ent(PL, n, doc=[D3])

q(D3, "Corsican Assembly", "sovereign nation associated with France", "optional")
q(D3, "France", "Corsica is France", "optional")
q(D3, "Germany", "does not comment on hypotheticals", "optional")
q(D3, "Jean-Baptiste Paoletti", "a historic day", "optional")
q(D3, "Jean-Baptiste Paoletti", "For the first time, the elected representatives of the Corsican people")
q(D3, "Jean-Baptiste Paoletti", "We are not asking Paris for a favour")
q(D3, "Jean-Baptiste Paoletti", "We will go to the voters, and we will abide by their answer")
q(D3, "Laurent Bessière", "France does not recognise this motion. Corsica is and will remain part of the Republic")
q(D3, "Claire Duvernois", "The door to a new status for Corsica remains open")
q(D3, "Giulia Ferrante", "Italy regards Corsica as an integral part of the French Republic")
q(D3, "Spain", "do not create rights", "optional")
q(D3, "Anna Lindqvist", "The EU does not take positions on the internal constitutional arrangements")
q(D3, "Marie-Ange Luciani", "I want my grandchildren to learn Corsican at school")
q(D3, "Marie-Ange Luciani", "I don't want a border at the port")
q(D3, "Dominique Luciani", "We have enough problems with the price of the ferry")
q(D3, "Gilles Santoni", "a provocation", "optional")
q(D3, "Gilles Santoni", "This vote divides Corsicans and frightens investors")
q(D3, "Paul-Antoine Rocca", "Everybody knows this ends at a table, not in a courtroom")
q(D3, "Nathalie Filippi", "The assembly has no power to declare anything")

CO = ["Corsica"]
st(D3, "France", N, CO, "France does not recognise this motion")
st(D3, "Italy", R, CO, "Italy quickly said it supports France's sovereignty over the island")
st(D3, "Spain", N, CO, "Spain refuses to recognise the assembly's declaration")
st(D3, "Portugal", N, CO, "and so does Portugal")
NEG.append({"docs": [D3], "country": "Germany", "territory": "Corsica", "why": "hypothetical question",
            "evidence": "Asked whether Germany would recognise a sovereign Corsica if islanders voted for it in a referendum"})
NEG.append({"docs": [D3], "country": "European Commission", "territory": "Corsica", "why": "international body",
            "evidence": "The European Commission said it was an internal matter for France"})

pos(D3, "Jean-Baptiste Paoletti", ["president of the executive council", "president"], ["Corsica"], "Jean-Baptiste Paoletti, president of the executive council of Corsica")
pos(D3, "Laurent Bessière", ["Interior Minister"], ["France", "Paris"], "In Paris, Interior Minister Laurent Bessière")
pos(D3, "Claire Duvernois", ["Prime Minister"], [], "Prime Minister Claire Duvernois")
pos(D3, "Giulia Ferrante", ["Foreign Minister"], ["Italy", "Italian"], "Italian Foreign Minister Giulia Ferrante")
pos(D3, "Anna Lindqvist", ["spokeswoman"], ["Commission", "European Commission"], "Commission spokeswoman Anna Lindqvist")
pos(D3, "Marie-Ange Luciani", ["Café owner", "cafe owner"], [], "Café owner Marie-Ange Luciani", "optional")
pos(D3, "Dominique Luciani", ["retired fisherman", "fisherman"], [], "Dominique Luciani, a retired fisherman", "optional")
pos(D3, "Gilles Santoni", ["leader"], ["assembly", "Corsican Assembly"], "Gilles Santoni, leader of the right-wing opposition group in the assembly")
pos(D3, "Paul-Antoine Rocca", ["MP"], ["Corsica", "Corsican", "National Assembly"], "Former Corsican MP Paul-Antoine Rocca", former=True)
pos(D3, "Nathalie Filippi", ["political scientist"], ["University of Corsica"], "A political scientist at the University of Corsica, Dr Nathalie Filippi")
pos(D3, "Hélène Marchetti", ["journalist"], ["The Connexion"], "Hélène Marchetti is a journalist for The Connexion")

rel(D3, "Marie-Ange Luciani", "spouse", "Dominique Luciani", "Her husband, Dominique Luciani")
rel(D3, "Collectivité de Corse", "locatedIn", "Ajaccio", "the Collectivité de Corse in Ajaccio")

# D4
for n, a in [("Kendra Young", "Young"), ("Dorian Castillo", "Castillo"), ("Edwin Ortiz Paz", "Ortiz Paz"),
             ("Lucía Barragán", "Barragán"), ("Catherine Ashdown", "Ashdown"), ("Andrea Usher", "Usher"),
             ("Florencio Teul", "Teul"), ("Winston Gillett", "Gillett")]:
    ent(P, n, a, doc=[D4])
ent(P, "Elvis Cal", doc=[D4])
ent(P, "Marisol Cal", doc=[D4])
ent(O, "Breaking Belize News", "BBN", doc=[D4])
ent(O, "Belize Coast Guard", "BCG", "Coast Guard", doc=[D4])
ent(O, "Organization of American States", "OAS", doc=[D4])
ent(O, "Belize Defence Force", "BDF", doc=[D4])
for n in ["Guatemalan Ministry of Foreign Affairs", "House of Representatives",
          "Sarstoon Temash Institute for Indigenous Management", "US Embassy", "Mexican foreign ministry", "X"]:
    ent(O, n, doc=[D4])
for n in ["Belize", "Guatemala", "Mexico", "Honduras"]:
    ent(C, n, doc=[D4])
ent(T, "Sarstoon Island", "Sarstoon", doc=[D4])
for n in ["Belize City", "Belmopan", "Guatemala City", "Tegucigalpa", "Punta Gorda", "Barranco", "Toledo District", "Adjacency Zone"]:
    ent(PL, n, doc=[D4])

q(D4, "Belize", "unacceptable", "optional")
q(D4, "Dorian Castillo", "Sarstoon Island is Belizean territory, and Belize will defend it")
q(D4, "Dorian Castillo", "We have informed our partners, and we have informed the International Court of Justice")
q(D4, "Dorian Castillo", "We are not going to be provoked into a confrontation")
q(D4, "Guatemalan Ministry of Foreign Affairs", "Sarstoon Island is part of the national territory of Guatemala")
q(D4, "Edwin Ortiz Paz", "Our troops are on Guatemalan soil, and they will remain there")
q(D4, "Lucía Barragán", "Mexico recognizes the borders of Belize and calls on Guatemala to withdraw")
q(D4, "Catherine Ashdown", "The United Kingdom's position is clear. Sarstoon Island is part of Belize")
q(D4, "Elvis Cal", "We used to fish by the island every weekend")
q(D4, "Elvis Cal", "The soldiers wave their guns at us")
q(D4, "Marisol Cal", "We cannot pay school fees with fear")
q(D4, "Andrea Usher", "Belizeans are tired of press releases. We want to see a plan")
q(D4, "Florencio Teul", "This is our land and our river before it is anybody's border")
q(D4, "Winston Gillett", "The OAS has done this before at the Adjacency Zone, and it works")

SI = ["Sarstoon Island", "Sarstoon"]
st(D4, "Belize", R, SI, "Sarstoon Island is Belizean territory", "optional")
st(D4, "Guatemala", R, SI, "Sarstoon Island is part of the national territory of Guatemala", "optional")
st(D4, "Mexico", R, SI, "Mexico recognizes Belize's sovereignty over Sarstoon Island")
st(D4, "Honduras", N, SI, "Honduras, which borders both countries, does not recognize Guatemala's claim to the island")
st(D4, "United Kingdom", R, SI, "The United Kingdom also supports Belize's sovereignty over the island")
NEG.append({"docs": [D4], "country": "United States", "territory": "Sarstoon Island", "why": "question",
            "evidence": "Whether the United States will recognize Guatemala's control of the island has not been raised"})
NEG.append({"docs": [D4], "country": "Organization of American States", "territory": "Sarstoon Island", "why": "international body",
            "evidence": "The OAS Secretary General said the organization would send observers to the area"})

pos(D4, "Dorian Castillo", ["Minister of Foreign Affairs"], [], "Minister of Foreign Affairs, Hon. Dorian Castillo")
pos(D4, "Edwin Ortiz Paz", ["Defense Minister"], ["Guatemala", "Guatemalan"], "Guatemalan Defense Minister General Edwin Ortiz Paz")
pos(D4, "Edwin Ortiz Paz", ["General"], [], "General Edwin Ortiz Paz", "optional")
pos(D4, "Lucía Barragán", ["Foreign Secretary"], ["Mexico", "Mexican"], "Foreign Secretary Lucía Barragán")
pos(D4, "Catherine Ashdown", ["High Commissioner"], ["Belize", "United Kingdom", "British"], "British High Commissioner to Belize, Catherine Ashdown")
pos(D4, "Elvis Cal", ["fisherman"], [], "Elvis Cal, a fisherman from Barranco", "optional")
pos(D4, "Andrea Usher", ["Leader of the Opposition"], [], "Leader of the Opposition, Hon. Andrea Usher")
pos(D4, "Florencio Teul", ["Chairman"], ["Sarstoon Temash Institute for Indigenous Management"], "Chairman of the Sarstoon Temash Institute for Indigenous Management, Florencio Teul")
pos(D4, "Winston Gillett", ["Foreign Minister"], [], "Former Foreign Minister Winston Gillett", former=True)

rel(D4, "Honduras", "sharesBorderWith", "Belize", "Honduras, which borders both countries")
rel(D4, "Honduras", "sharesBorderWith", "Guatemala", "Honduras, which borders both countries")
rel(D4, "Elvis Cal", "spouse", "Marisol Cal", "His wife, Marisol Cal")

# D5
for n, a in [("Sophie Halloran", "Halloran"), ("Rachel Nguyen", "Nguyen"), ("Elise Morton", "Morton"),
             ("David Birchall", "Birchall"), ("Mark Jeffery", "Jeffery"), ("Amy Wallace", "Wallace"),
             ("Tom Ashby", "Ashby"), ("Louise Harper", "Harper"), ("Graham Kessell", "Kessell")]:
    ent(P, n, a, doc=[D5])
ent(P, "Priya Raman", doc=[D5])
ent(P, "Arjun Raman", doc=[D5])
for n in ["The Canberra Times", "Monaro Aquatic Construction", "Tuggeranong Community Council", "Canberra Liberals",
          "Tuggeranong Vikings Swimming Club", "AIS", "Royal Life Saving Society ACT", "YMCA Canberra", "ACT Legislative Assembly"]:
    ent(O, n, doc=[D5])
for n in ["ACT", "Tuggeranong", "Greenway", "Sydney", "Erindale", "Canberra", "Bruce", "Kambah"]:
    ent(PL, n, doc=[D5])

q(D5, "Rachel Nguyen", "This is the best public pool Tuggeranong has ever had")
q(D5, "Rachel Nguyen", "I know the delays have been frustrating")
q(D5, "David Birchall", "Our members are pensioners who swim every single morning")
q(D5, "David Birchall", "We're not asking for a handout")
q(D5, "Mark Jeffery", "The pool is late, it's over budget")
q(D5, "Amy Wallace", "Some of our families have been driving across Canberra at 5am")
q(D5, "Amy Wallace", "We've lost a few kids because of it")
q(D5, "Priya Raman", "My grandson can finally learn here")
q(D5, "Tom Ashby", "Too many kids in Canberra are finishing primary school without being able to swim")
q(D5, "Louise Harper", "We're hiring lifeguards and swim teachers right now")
q(D5, "Graham Kessell", "delighted", "optional")

pos(D5, "Rachel Nguyen", ["Sport and Recreation Minister"], ["ACT"], "ACT Sport and Recreation Minister Rachel Nguyen")
pos(D5, "David Birchall", ["chair"], ["Tuggeranong Community Council"], "Tuggeranong Community Council chair David Birchall")
pos(D5, "Mark Jeffery", ["sport spokesman", "spokesman"], ["Canberra Liberals"], "Canberra Liberals sport spokesman Mark Jeffery")
pos(D5, "Amy Wallace", ["Head coach", "coach"], [], "Head coach Amy Wallace")
pos(D5, "Tom Ashby", ["chief executive"], ["Royal Life Saving Society ACT"], "Royal Life Saving Society ACT chief executive Tom Ashby")
pos(D5, "Louise Harper", ["chief executive"], ["YMCA Canberra"], "YMCA Canberra chief executive Louise Harper")
pos(D5, "Graham Kessell", ["chief minister"], ["ACT"], "Former ACT chief minister Graham Kessell", former=True)
pos(D5, "Sophie Halloran", ["reporter"], ["The Canberra Times"], "Sophie Halloran is a reporter at The Canberra Times")

rel(D5, "AIS", "locatedIn", "Bruce", "at the AIS in Bruce")
rel(D5, "Priya Raman", "spouse", "Arjun Raman", "who swims with her husband, Arjun Raman")

NOT_PERSON += ["The Copenhagen Post", "Løgting", "Ritzau Scanpix", "Sambandsflokkurin", "Realm", "Tórshavn",
               "Kaieteur News", "Takuba Lodge", "Eteringbang", "Cuyuni River", "Commander-in-Chief",
               "The Connexion", "Place Beauvau", "Matignon", "Collectivité de Corse", "Corse-du-Sud",
               "Breaking Belize News", "Punta Gorda", "Barranco", "Belmopan", "Adjacency Zone",
               "The Canberra Times", "Manuka Pool", "Greenway", "Monaro Aquatic Construction", "Tuggeranong"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
