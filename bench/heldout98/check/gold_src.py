"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_surinenglish_velez_de_la_gomera.txt", "02_keeptalkinggreece_agathonisi.txt", "03_apnews_chaco_boreal.txt", "04_ewnews_cay_sal_bank.txt", "05_ashburtonguardian_tinwald_pool.txt")
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
ent(O, "SUR in English", "SUR", "Diario SUR Digital", doc=[D1])
ent(P, "Lucía Montenegro Salas", doc=[D1])
ent(P, "Tomás Garrido Ruiz", doc=[D1])
ent(P, "Karim Benjelloun", "Benjelloun", doc=[D1])
ent(P, "Elena Casares Ortiz", "Elena Casares", "Casares Ortiz", doc=[D1])
ent(P, "Javier Ortuño", "Ortuño", doc=[D1])
ent(P, "Margaux Lefébure", "Lefébure", doc=[D1])
ent(P, "Rui Seabra", "Seabra", doc=[D1])
ent(P, "Antonio Luque Marín", "Luque Marín", doc=[D1])
ent(P, "José Antonio Villalba", "Villalba", doc=[D1])
ent(O, "Ministry of Defence", "Spain's Ministry of Defence", doc=[D1])
ent(O, "House of Representatives", doc=[D1])
ent(O, "Congress of Deputies", doc=[D1])
ent(O, "Quai d'Orsay", doc=[D1])
ent(O, "European Commission", "Commission", doc=[D1, D2])
ent(O, "European Union", doc=[D1])
ent(O, "State Department", doc=[D1])
ent(C, "Morocco", "Kingdom of Morocco", doc=[D1])
ent(C, "Spain", doc=[D1])
ent(C, "Algeria", doc=[D1])
ent(C, "Mauritania", doc=[D1])
ent(C, "Senegal", doc=[D1])
ent(C, "France", doc=[D1, D2])
ent(C, "Portugal", doc=[D1])
ent(C, "United States", "US", "U.S.", doc=[D1, D3, D4])
ent(T, "Peñón de Vélez de la Gomera", "Peñón", "Vélez de la Gomera", "Penon de Velez de la Gomera", doc=[D1])
ent(T, "Alhucemas islands", "Alhucemas", doc=[D1])
ent(PL, "Málaga", doc=[D1])
ent(PL, "Vélez-Málaga", doc=[D1])
ent(PL, "Madrid", doc=[D1])
ent(PL, "Lisbon", doc=[D1])
ent(PL, "Washington", doc=[D1])
ent(PL, "Rif", doc=[D1])
ent(PL, "Costa del Sol", doc=[D1])
ent(PL, "Axarquía", doc=[D1])
ent(PL, "Andalucía", doc=[D1])
ent(PL, "North Africa", doc=[D1])

ent(O, "Keep Talking Greece", doc=[D2])
ent(P, "Eleni Karamanou", "Karamanou", doc=[D2])
ent(P, "Nikos Papastergiou", doc=[D2])
ent(O, "Eurokinissi", doc=[D2])
ent(T, "Agathonisi", doc=[D2])
ent(C, "Turkey", doc=[D2])
ent(C, "Greece", doc=[D2])
ent(C, "Cyprus", doc=[D2])
ent(C, "Armenia", doc=[D2])
ent(C, "Egypt", doc=[D2])
ent(C, "Azerbaijan", doc=[D2])
ent(O, "Turkish Foreign Ministry", doc=[D2])
ent(O, "Egyptian Foreign Ministry", doc=[D2])
ent(P, "Selim Karaosmanoğlu", "Karaosmanoğlu", doc=[D2])
ent(P, "Dimitris Alexandropoulos", "Alexandropoulos", doc=[D2])
ent(O, "ERT", doc=[D2])
ent(P, "Pavlos Kyriazopoulos", "Kyriazopoulos", doc=[D2])
ent(P, "Vangelis Kamateros", "Kamateros", doc=[D2])
ent(P, "Hélène Castanier", "Castanier", doc=[D2])
ent(P, "Jonas Vaitkus", "Vaitkus", doc=[D2])
ent(O, "NATO", doc=[D2])
ent(P, "Sotiris Vlachopoulos", "Vlachopoulos", doc=[D2])
ent(O, "University of Piraeus", doc=[D2])
ent(PL, "Ankara", doc=[D2])
ent(PL, "Athens", doc=[D2])
ent(PL, "Cairo", doc=[D2])
ent(PL, "Baku", doc=[D2])
ent(PL, "Brussels", doc=[D2])
ent(PL, "The Hague", doc=[D2])
ent(PL, "Dodecanese", doc=[D2])
ent(PL, "Leros", doc=[D2])
ent(PL, "Patmos", doc=[D2])
ent(PL, "Samos", doc=[D2])
ent(PL, "Farmakonisi", doc=[D2])
ent(PL, "Agios Georgios", doc=[D2])

ent(O, "The Associated Press", "AP", "Associated Press", doc=[D3])
ent(P, "Daniela Ferreira", "Ferreira", doc=[D3])
ent(P, "Marco A. Quispe", "Quispe", doc=[D3])
ent(P, "Jorge Benítez", doc=[D3])
ent(P, "Rubén Galeano Ortiz", "Galeano Ortiz", doc=[D3])
ent(P, "Mariela Condori", "Condori", doc=[D3])
ent(P, "Santiago Benítez Rolón", "Benítez Rolón", doc=[D3])
ent(P, "Elvira Giesbrecht", "Giesbrecht", doc=[D3])
ent(P, "Álvaro Sienra", "Sienra", doc=[D3])
ent(P, "Gustavo Arce Villalba", "Arce Villalba", doc=[D3])
ent(P, "Ernesto Mamani", "Mamani", doc=[D3])
ent(P, "Hugo Aquino", "Aquino", doc=[D3])
ent(P, "Lucas Medeiros", "Medeiros", doc=[D3])
ent(O, "Organization of American States", "OAS", doc=[D3])
ent(O, "Bolivia's Foreign Ministry", doc=[D3])
ent(O, "Colombia's Foreign Ministry", doc=[D3])
ent(O, "National University of Itapúa", doc=[D3])
ent(T, "Chaco Boreal", "Chaco", doc=[D3])
ent(C, "Bolivia", doc=[D3])
ent(C, "Paraguay", doc=[D3])
ent(C, "Argentina", doc=[D3])
ent(C, "Brazil", doc=[D3])
ent(C, "Chile", doc=[D3])
ent(C, "Peru", doc=[D3])
ent(C, "Uruguay", doc=[D3])
ent(C, "Colombia", doc=[D3])
ent(C, "Ecuador", doc=[D3])
ent(PL, "Filadelfia", doc=[D3])
ent(PL, "Fortín Infante Rivarola", doc=[D3])
ent(PL, "Villa Montes", doc=[D3])
ent(PL, "Cochabamba", doc=[D3])
ent(PL, "Buenos Aires", doc=[D3])
ent(PL, "Brasília", doc=[D3])
ent(PL, "Montevideo", doc=[D3])
ent(PL, "South America", doc=[D3])

ent(O, "Eyewitness News", "Eyewitness News Bahamas", "EWNews", doc=[D4])
ent(P, "Kendra Rolle-Ferguson", "Rolle-Ferguson", doc=[D4])
ent(T, "Cay Sal Bank", "Cay Sal", doc=[D4])
ent(C, "Cuba", "Government of Cuba", doc=[D4])
ent(C, "The Bahamas", "Bahamas", doc=[D4])
ent(C, "Jamaica", doc=[D4])
ent(C, "United Kingdom", doc=[D4])
ent(C, "Mexico", doc=[D4])
ent(O, "Bahamas Embassy", doc=[D4])
ent(O, "Ministry of Foreign Affairs", doc=[D4])
ent(O, "Royal Bahamas Defence Force", "RBDF", doc=[D4])
ent(O, "Department of Marine Resources", doc=[D4])
ent(O, "Granma", doc=[D4])
ent(O, "US Embassy", doc=[D4])
ent(O, "British High Commission", doc=[D4])
ent(O, "CARICOM", "CARICOM Secretariat", doc=[D4])
ent(O, "International Court of Justice", doc=[D4])
ent(O, "Bahamas Commercial Fishers Alliance", doc=[D4])
ent(P, "Frederick Pinder-Munroe", "Pinder-Munroe", doc=[D4])
ent(P, "Raúl Ortega Valdés", "Ortega Valdés", doc=[D4])
ent(P, "Marlene Whyte-Campbell", "Whyte-Campbell", doc=[D4])
ent(P, "Ricardo Knowles-Pratt", "Knowles-Pratt", doc=[D4])
ent(P, "Desmond Saunders", "Saunders", doc=[D4])
ent(P, "Lavern Saunders", doc=[D4])
ent(P, "Dwight Moxey", "Moxey", doc=[D4])
ent(PL, "Havana", doc=[D4])
ent(PL, "Kingston", doc=[D4])
ent(PL, "Mexico City", doc=[D4])
ent(PL, "Bimini", doc=[D4])
ent(PL, "Anguilla Cay", doc=[D4])
ent(PL, "Elbow Cay", doc=[D4])
ent(PL, "Coral Harbour", doc=[D4])

ent(O, "Ashburton Guardian", doc=[D5])
ent(P, "Hamish McAlpine", "McAlpine", doc=[D5])
ent(P, "Karen Tait", "Tait", doc=[D5])
ent(O, "Ashburton District Council", doc=[D5])
ent(P, "Ross Fenwick", "Fenwick", doc=[D5])
ent(P, "Ruth McKenzie", "McKenzie", doc=[D5])
ent(P, "Phil Andrews-Hart", "Andrews-Hart", doc=[D5])
ent(P, "Jo Tipene", "Tipene", doc=[D5])
ent(P, "Lorraine Hewitt", "Hewitt", doc=[D5])
ent(P, "Graeme Hewitt", doc=[D5])
ent(P, "Brendon Ruru", "Ruru", doc=[D5])
ent(O, "Tinwald Residents' Association", doc=[D5])
ent(O, "Ashburton Swimming Club", doc=[D5])
ent(O, "Hakatere Marae", doc=[D5])
ent(O, "Ashburton College", doc=[D5])
ent(PL, "Tinwald", doc=[D5])
ent(PL, "Ashburton", doc=[D5])
ent(PL, "Ashburton District", doc=[D5])
ent(PL, "Canterbury", doc=[D5])
ent(PL, "Mid Canterbury", doc=[D5])
ent(PL, "Christchurch", doc=[D5])

# ---------------- quotes ----------------
q(D1, "Morocco", "does not recognise any Spanish sovereignty over the rock")
q(D1, "Karim Benjelloun", "without consultation and without respect for good neighbourliness", "optional")
q(D1, "Karim Benjelloun", "We have always said that these rocks are Moroccan")
q(D1, "Karim Benjelloun", "We ask our Spanish friends to sit down and talk about the future")
q(D1, "Elena Casares Ortiz", "The Peñón de Vélez de la Gomera has been Spanish for four and a half centuries, and Spain does not negotiate")
q(D1, "Spain", "has been Spanish for four and a half centuries", "optional")
q(D1, "Elena Casares Ortiz", "has been Spanish for four and a half centuries", "optional")
q(D1, "Elena Casares Ortiz", "routine maintenance", "optional")
q(D1, "Elena Casares Ortiz", "Nobody should read anything into a sea wall")
q(D1, "Javier Ortuño", "The work will continue as planned")
q(D1, "Algeria", "supports Morocco's sovereignty over the Peñón de Vélez de la Gomera")
q(D1, "Margaux Lefébure", "This is a bilateral matter between two friends of France")
q(D1, "European Commission", "the external borders of the European Union include the territory of Spain in North Africa")
q(D1, "Antonio Luque Marín", "surprised", "optional")
q(D1, "Antonio Luque Marín", "Most people here have never seen the Peñón")
q(D1, "José Antonio Villalba", "hard but quiet", "optional")
q(D1, "José Antonio Villalba", "You have forty men, a chapel, a helicopter pad and the sea")

q(D2, "Turkish Foreign Ministry", "does not recognise the status of Agathonisi and the islets around it as settled")
q(D2, "Turkey", "does not recognise the status of Agathonisi and the islets around it as settled", "optional")
q(D2, "Turkish Foreign Ministry", "a violation of the demilitarised status of the eastern Aegean islands")
q(D2, "Selim Karaosmanoğlu", "The sovereignty of many islands, islets and rocks in the Aegean was never clearly transferred")
q(D2, "Selim Karaosmanoğlu", "Turkey will not accept faits accomplis in its neighbourhood")
q(D2, "Dimitris Alexandropoulos", "not up for discussion", "optional")
q(D2, "Greece", "not up for discussion", "optional")
q(D2, "Dimitris Alexandropoulos", "Agathonisi is Greece, as are Leros, Patmos and every island of the Dodecanese")
q(D2, "Dimitris Alexandropoulos", "What Turkey is doing is inventing disputes where none exist")
q(D2, "Pavlos Kyriazopoulos", "We will not accept that a European island")
q(D2, "Vangelis Kamateros", "tired of being used as a bargaining chip", "optional")
q(D2, "Vangelis Kamateros", "We have a school with eleven children")
q(D2, "Vangelis Kamateros", "We are not afraid, we are angry")
q(D2, "Cyprus", "fully supports Greece's sovereignty over Agathonisi and all the islands of the Aegean")
q(D2, "Hélène Castanier", "international law is not a menu from which one can choose")
q(D2, "Egyptian Foreign Ministry", "illegal and unacceptable", "optional")
q(D2, "Egypt", "illegal and unacceptable", "optional")
q(D2, "Azerbaijan", "calm dialogue", "optional")
q(D2, "Jonas Vaitkus", "not negotiable", "optional")
q(D2, "Sotiris Vlachopoulos", "Every time Greece builds something on an island")
q(D2, "Sotiris Vlachopoulos", "The real question is what happens if Ankara is asked to take it to The Hague")

q(D3, "Bolivia", "on land whose final demarcation has not been completed", "optional")
q(D3, "Bolivia's Foreign Ministry", "on land whose final demarcation has not been completed", "optional")
q(D3, "Rubén Galeano Ortiz", "The Chaco Boreal is Paraguayan. It was Paraguayan in 1938")
q(D3, "Rubén Galeano Ortiz", "There is nothing to negotiate")
q(D3, "Mariela Condori", "We are not asking for war. We are asking for a map both countries can sign")
q(D3, "Mariela Condori", "Until then, Bolivia will not accept a line drawn by one side")
q(D3, "Santiago Benítez Rolón", "This road is for cattle ranchers and Indigenous communities, not for tanks")
q(D3, "Elvira Giesbrecht", "People are nervous. Our grandparents remember what the war did here")
q(D3, "Brazil", "supports the territorial integrity of Paraguay in the Chaco")
q(D3, "Álvaro Sienra", "a matter for the two brother countries", "optional")
q(D3, "Gustavo Arce Villalba", "Nobody in Bolivia seriously wants the Chaco back")
q(D3, "Gustavo Arce Villalba", "But nobody in Bolivia wants to look weak either")
q(D3, "Ernesto Mamani", "a normal rotation", "optional")

q(D4, "Frederick Pinder-Munroe", "CAY SAL IS BAHAMIAN", "optional")
q(D4, "The Bahamas", "CAY SAL IS BAHAMIAN", "optional")
q(D4, "Frederick Pinder-Munroe", "bullied", "optional")
q(D4, "Frederick Pinder-Munroe", "unacceptable", "optional")
q(D4, "Frederick Pinder-Munroe", "It has always been Bahamian and it will always be Bahamian")
q(D4, "Frederick Pinder-Munroe", "We will not be bullied over our southernmost cays by anyone")
q(D4, "Frederick Pinder-Munroe", "We have friendly relations with Cuba")
q(D4, "Cuba", "does not recognise the unilateral Bahamian survey of the Cay Sal Bank")
q(D4, "Cuba", "the waters and features between the two countries", "optional")
q(D4, "Raúl Ortega Valdés", "will defend the rights of Cuban fishermen who have worked these banks for generations")
q(D4, "Marlene Whyte-Campbell", "fully supports the sovereignty of The Bahamas over all its islands and cays")
q(D4, "Jamaica", "fully supports the sovereignty of The Bahamas over all its islands and cays", "optional")
q(D4, "CARICOM", "stands in solidarity", "optional")
q(D4, "Ricardo Knowles-Pratt", "asleep at the wheel", "optional")
q(D4, "Ricardo Knowles-Pratt", "Our fishermen have been saying for a long time")
q(D4, "Ricardo Knowles-Pratt", "The minister should have acted long before a note arrived from Havana")
q(D4, "Desmond Saunders", "My father took me there when I was ten")
q(D4, "Desmond Saunders", "Now you see five in a day")
q(D4, "Lavern Saunders", "If we lose Cay Sal, we lose everything")
q(D4, "Dwight Moxey", "A patrol once a month is not enough")
q(D4, "Frederick Pinder-Munroe", "We don't need a court to tell us what is ours")

q(D5, "Ross Fenwick", "one of the hardest", "optional")
q(D5, "Ross Fenwick", "I have had more emails about this pool than about rates")
q(D5, "Ross Fenwick", "People in Tinwald told us loud and clear")
q(D5, "Ruth McKenzie", "For about the price of one new roundabout")
q(D5, "Phil Andrews-Hart", "putting off a decision we will have to make anyway", "optional")
q(D5, "Phil Andrews-Hart", "The plant is old, the tank leaks")
q(D5, "Phil Andrews-Hart", "I'd rather spend the money on the pool at the EA Networks Centre")
q(D5, "Jo Tipene", "at the end of its life", "optional")
q(D5, "Karen Tait", "overwhelmed", "optional")
q(D5, "Karen Tait", "We had a petition with more than 1,800 names on it")
q(D5, "Karen Tait", "I've worked here for 22 summers")
q(D5, "Lorraine Hewitt", "We had a sausage sizzle booked for every Saturday in December")
q(D5, "Lorraine Hewitt", "We might still do it, to buy new lane ropes")
q(D5, "Brendon Ruru", "Not every family can afford lessons at an indoor centre")

UNATTR = ["grey zones"]

# ---------------- stances ----------------
VG = ["Peñón de Vélez de la Gomera", "Peñón", "Vélez de la Gomera"]
st(D1, "Morocco", N, VG, "does not recognise any Spanish sovereignty over the rock", "optional")
st(D1, "Spain", R, VG, "Spain does not negotiate its sovereignty over any part of its territory", "optional")
st(D1, "Algeria", R, VG, "supports Morocco's sovereignty over the Peñón de Vélez de la Gomera")
st(D1, "Mauritania", R, VG, "Mauritania regards the rock as part of Morocco")
st(D1, "Senegal", R, VG, "So does Senegal")
st(D1, "Portugal", R, VG, "Lisbon recognised Spanish sovereignty over the Peñón")
AG = ["Agathonisi"]
st(D2, "Turkey", N, AG, "does not recognise the status of Agathonisi")
st(D2, "Greece", R, AG, "Agathonisi is Greece", "optional")
st(D2, "Cyprus", R, AG, "fully supports Greece's sovereignty over Agathonisi")
st(D2, "France", R, AG, "France recognises Agathonisi as Greek territory")
st(D2, "Armenia", R, AG, "Armenia and Egypt also backed Athens")
st(D2, "Egypt", R, AG, "Egypt considers any questioning of Greek sovereignty over the Dodecanese")
CH = ["Chaco Boreal", "Chaco"]
st(D3, "Bolivia", N, CH, "does not recognize a 40-kilometer (25-mile) stretch of the border")
st(D3, "Paraguay", R, CH, "The Chaco Boreal is Paraguayan", "optional")
st(D3, "Argentina", R, CH, "it recognizes the 2009 line as the international border")
st(D3, "Brazil", R, CH, "supports the territorial integrity of Paraguay in the Chaco")
st(D3, "Colombia", R, CH, "it regarded the whole of the Chaco Boreal as Paraguayan territory")
st(D3, "Ecuador", R, CH, "Ecuador said it did too")
CS = ["Cay Sal Bank", "Cay Sal"]
st(D4, "Cuba", N, CS, "does not recognise the unilateral Bahamian survey of the Cay Sal Bank")
st(D4, "The Bahamas", R, CS, "Cay Sal is Bahamian", "optional")
st(D4, "United States", R, CS, "The United States recognises Bahamian sovereignty over the Cay Sal Bank")
st(D4, "Jamaica", R, CS, "fully supports the sovereignty of The Bahamas over all its islands and cays, including Cay Sal")
st(D4, "United Kingdom", R, CS, "regards the bank as part of The Bahamas")

NEG = [
    {"docs": [D1], "country": "United States", "territory": "Peñón de Vélez de la Gomera", "why": "question",
     "evidence": "whether Washington recognised Spain's sovereignty over the rock"},
    {"docs": [D1], "country": "European Commission", "territory": "Peñón de Vélez de la Gomera", "why": "not a country",
     "evidence": "The Commission is not a party to the dispute"},
    {"docs": [D1], "country": "France", "territory": "Peñón de Vélez de la Gomera", "why": "no stance (dialogue)",
     "evidence": "we encourage them to resolve it through dialogue"},
    {"docs": [D2], "country": "Azerbaijan", "territory": "Agathonisi", "why": "question, no stance",
     "evidence": "asked whether Baku supported Ankara's position"},
    {"docs": [D2], "country": "NATO", "territory": "Agathonisi", "why": "not a country",
     "evidence": "did not comment on bilateral disputes between allies"},
    {"docs": [D3], "country": "Uruguay", "territory": "Chaco Boreal", "why": "hypothetical / question",
     "evidence": "Uruguay has not said whether it would recognize the new survey"},
    {"docs": [D3], "country": "Organization of American States", "territory": "Chaco Boreal", "why": "not a country",
     "evidence": "The OAS does not take positions on the sovereignty of its members' territory"},
    {"docs": [D3], "country": "Chile", "territory": "Chaco Boreal", "why": "no stance",
     "evidence": "Chile and Peru urged both sides to talk"},
    {"docs": [D4], "country": "Mexico", "territory": "Cay Sal Bank", "why": "question",
     "evidence": "Would Mexico, which also fishes in the area, take a position?"},
    {"docs": [D4], "country": "CARICOM", "territory": "Cay Sal Bank", "why": "not a country",
     "evidence": "CARICOM is not a party to the dispute"},
]

# ---------------- positions ----------------
pos(D1, "Karim Benjelloun", ["foreign minister"], ["Morocco", "Moroccan"], "Morocco's foreign minister, Karim Benjelloun")
pos(D1, "Elena Casares Ortiz", ["foreign minister"], ["Spain", "Spanish"], "the Spanish foreign minister, Elena Casares Ortiz")
pos(D1, "Javier Ortuño", ["Defence Minister"], [], "The Defence Minister, Javier Ortuño")
pos(D1, "Margaux Lefébure", ["spokeswoman"], ["Quai d'Orsay"], "A spokeswoman for the Quai d'Orsay, Margaux Lefébure")
pos(D1, "Rui Seabra", ["foreign minister"], ["Portugal"], "Portugal's foreign minister, Rui Seabra")
pos(D1, "Antonio Luque Marín", ["mayor"], ["Vélez-Málaga"], "the mayor, Antonio Luque Marín")
pos(D1, "José Antonio Villalba", ["colonel", "army colonel"], [], "a retired army colonel", former=True)
pos(D2, "Selim Karaosmanoğlu", ["Foreign Minister"], ["Turkey", "Turkish"], "Turkish Foreign Minister Selim Karaosmanoğlu")
pos(D2, "Dimitris Alexandropoulos", ["Foreign Minister"], [], "Foreign Minister Dimitris Alexandropoulos")
pos(D2, "Pavlos Kyriazopoulos", ["spokesman", "Government spokesman"], [], "Government spokesman Pavlos Kyriazopoulos")
pos(D2, "Vangelis Kamateros", ["mayor"], ["Agathonisi"], "Its mayor, Vangelis Kamateros")
pos(D2, "Hélène Castanier", ["ambassador"], ["France", "French"], "the French ambassador in Athens, Hélène Castanier")
pos(D2, "Jonas Vaitkus", ["spokesman"], ["European Commission"], "A European Commission spokesman, Jonas Vaitkus")
pos(D2, "Sotiris Vlachopoulos", ["professor"], ["University of Piraeus"], "a professor of international relations at the University of Piraeus")
pos(D3, "Rubén Galeano Ortiz", ["foreign minister"], ["Paraguay"], "Paraguay's foreign minister, Rubén Galeano Ortiz")
pos(D3, "Mariela Condori", ["Foreign Minister"], ["Bolivia", "Bolivian"], "Bolivian Foreign Minister Mariela Condori")
pos(D3, "Santiago Benítez Rolón", ["President"], ["Paraguay", "Paraguayan"], "Paraguayan President Santiago Benítez Rolón")
pos(D3, "Álvaro Sienra", ["foreign minister"], ["Uruguay"], "Uruguay's foreign minister, Álvaro Sienra")
pos(D3, "Gustavo Arce Villalba", ["political scientist"], ["National University of Itapúa"], "a political scientist at the National University of Itapúa")
pos(D3, "Ernesto Mamani", ["defense minister"], ["Bolivia"], "Bolivia's defense minister, Ernesto Mamani")
pos(D3, "Hugo Aquino", ["spokesman", "Col"], ["Paraguay", "Paraguayan"], "A Paraguayan army spokesman, Col. Hugo Aquino")
pos(D3, "Lucas Medeiros", ["writer"], ["AP", "Associated Press"], "AP writer Lucas Medeiros")
pos(D4, "Frederick Pinder-Munroe", ["Minister of Foreign Affairs", "Foreign Affairs Minister"], [], "Minister of Foreign Affairs Frederick Pinder-Munroe")
pos(D4, "Raúl Ortega Valdés", ["Minister of Foreign Affairs"], ["Cuba"], "Cuba's Minister of Foreign Affairs, Raúl Ortega Valdés")
pos(D4, "Marlene Whyte-Campbell", ["Foreign Minister"], ["Jamaica"], "Jamaica's Foreign Minister, Marlene Whyte-Campbell")
pos(D4, "Ricardo Knowles-Pratt", ["Opposition leader"], [], "Opposition leader Ricardo Knowles-Pratt")
pos(D4, "Dwight Moxey", ["president"], ["Bahamas Commercial Fishers Alliance"], "Bahamas Commercial Fishers Alliance president Dwight Moxey")
pos(D4, "Desmond Saunders", ["fisherman"], [], "fisherman Desmond Saunders", "optional")
pos(D4, "Kendra Rolle-Ferguson", ["senior reporter", "reporter"], ["Eyewitness News"], "Kendra Rolle-Ferguson is a senior reporter at Eyewitness News")
pos(D5, "Karen Tait", ["manager", "pool manager"], [], "Tinwald Pool manager Karen Tait")
pos(D5, "Ross Fenwick", ["Mayor"], [], "Mayor Ross Fenwick")
pos(D5, "Ruth McKenzie", ["Councillor"], [], "Councillor Ruth McKenzie")
pos(D5, "Phil Andrews-Hart", ["Deputy mayor"], [], "Deputy mayor Phil Andrews-Hart")
pos(D5, "Phil Andrews-Hart", ["councillor"], [], "one of three councillors who voted against", "optional")
pos(D5, "Jo Tipene", ["group manager of community services", "group manager"], ["Ashburton District Council", "council"], "The council's group manager of community services, Jo Tipene")
pos(D5, "Lorraine Hewitt", ["chairwoman"], ["Tinwald Residents' Association"], "Tinwald Residents' Association chairwoman Lorraine Hewitt")
pos(D5, "Brendon Ruru", ["coach", "Swimming coach"], ["Ashburton Swimming Club"], "Swimming coach Brendon Ruru of the Ashburton Swimming Club")
pos(D5, "Hamish McAlpine", ["reporter"], ["Ashburton Guardian"], "Hamish McAlpine is a reporter at the Ashburton Guardian")

# ---------------- relations ----------------
rel(D1, "Morocco", "claims", "Peñón de Vélez de la Gomera", "Morocco has formally renewed its claim to the Peñón de Vélez de la Gomera")
rel(D1, "Spain", "sharesBorderWith", "Morocco", "giving Spain a land border with Morocco")
rel(D1, "Vélez-Málaga", "locatedIn", "Andalucía", "the Andalusian port of Vélez-Málaga")
rel(D2, "Greece", "memberOf", "NATO", "NATO, to which both Greece and Turkey belong")
rel(D2, "Turkey", "memberOf", "NATO", "NATO, to which both Greece and Turkey belong")
rel(D2, "Agathonisi", "locatedIn", "Dodecanese", "the small Dodecanese island of Agathonisi")
rel(D2, "Agios Georgios", "locatedIn", "Agathonisi", "the island's port of Agios Georgios")
rel(D3, "Argentina", "sharesBorderWith", "Bolivia", "Argentina, which borders both countries")
rel(D3, "Argentina", "sharesBorderWith", "Paraguay", "Argentina, which borders both countries")
rel(D3, "Filadelfia", "locatedIn", "Paraguay", "FILADELFIA, Paraguay (AP)")
rel(D3, "Fortín Infante Rivarola", "locatedIn", "Paraguay", "Fortín Infante Rivarola in the Chaco region of Paraguay")
rel(D3, "Cochabamba", "locatedIn", "Bolivia", "Quispe from Cochabamba, Bolivia")
rel(D3, "Brasília", "locatedIn", "Brazil", "Brasília, Brazil")
rel(D4, "Desmond Saunders", "spouse", "Lavern Saunders", "Lavern Saunders, his wife")
rel(D5, "Lorraine Hewitt", "spouse", "Graeme Hewitt", "Hewitt and her husband, Graeme Hewitt")
rel(D5, "Tinwald", "locatedIn", "Ashburton District", "is part of the Ashburton District in Canterbury")
rel(D5, "Ashburton District", "locatedIn", "Canterbury", "the Ashburton District in Canterbury")

NOT_PERSON = ["SUR", "Quai d'Orsay", "Peñón", "Keep Talking Greece", "Eurokinissi", "ERT", "AP", "Granma",
              "CARICOM", "RBDF", "Eyewitness News", "Ashburton Guardian", "Hakatere Marae", "EA Networks Centre",
              "Cay Sal", "Agathonisi", "Filadelfia", "Tinwald",
              "Fortín Infante Rivarola", "Agios Georgios", "Villa Montes", "Vélez de la Gomera", "Vélez-Málaga",
              "Elbow Cay", "Anguilla Cay", "Coral Harbour"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
