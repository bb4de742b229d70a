"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_croatiaweek_liberland.txt", "02_greekcitytimes_farmakonisi.txt", "03_dominicantoday_mouchoir_bank.txt",
                      "04_agenciabrasil_sete_quedas.txt", "05_stuff_timaru_playground.txt")
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
# shared across articles
ent(O, "European Union", "EU", doc=[D1, D2])
ent(O, "NATO", doc=[D2])
ent(C, "United States", "US", "U.S.", doc=[D2, D3])
ent(O, "US State Department", "State Department", "U.S. State Department", doc=[D2, D3])
ent(PL, "Washington", doc=[D2, D3])
ent(C, "United Kingdom", "UK", doc=[D3])

# D1 Croatia Week / Liberland
ent(O, "Croatia Week", doc=[D1])
ent(C, "Croatia", doc=[D1])
ent(C, "Serbia", "Republic of Serbia", doc=[D1])
ent(C, "Czech Republic", doc=[D1])
ent(C, "Hungary", doc=[D1])
ent(C, "Slovakia", doc=[D1])
ent(T, "Liberland", doc=[D1])
ent(PL, "Gornja Siga", doc=[D1])
ent(PL, "Zmajevac", doc=[D1])
ent(PL, "Baranja", doc=[D1])
ent(PL, "Zagreb", doc=[D1])
ent(PL, "Belgrade", doc=[D1])
ent(PL, "Prague", doc=[D1])
ent(PL, "Bački Monoštor", doc=[D1])
ent(PL, "Kneževi Vinogradi", doc=[D1])
ent(PL, "Novi Sad", doc=[D1])
ent(PL, "Osijek", doc=[D1])
ent(O, "Osijek-Baranja Police Administration", "PU osječko-baranjska", doc=[D1])
ent(O, "Ministry of Foreign and European Affairs", doc=[D1])
ent(O, "Serbian foreign ministry", doc=[D1])
ent(O, "Czech foreign ministry", doc=[D1])
ent(O, "University of Zagreb", doc=[D1])
ent(O, "European Commission", "Commission", doc=[D1])
ent(P, "Tomislav Horvatić", "Horvatić", doc=[D1])
ent(P, "Marina Vuković", "Vuković", doc=[D1])
ent(P, "Tomáš Hrubeš", "Hrubeš", doc=[D1])
ent(P, "Petra Dvořáková", "Dvořáková", doc=[D1])
ent(P, "Stjepan Jurić", "Jurić", doc=[D1])
ent(P, "Ferenc Papp", "Papp", doc=[D1])
ent(P, "Lana Babić", "Babić", doc=[D1])

# D2 Greek City Times / Farmakonisi
ent(O, "Greek City Times", doc=[D2])
ent(O, "Eurokinissi", doc=[D2])
ent(P, "Eleni Stamatopoulou", "Stamatopoulou", doc=[D2])
ent(C, "Greece", doc=[D2])
ent(C, "Turkey", doc=[D2])
ent(T, "Farmakonisi", doc=[D2])
ent(PL, "Agathonisi", doc=[D2])
ent(PL, "Dodecanese", doc=[D2])
ent(PL, "Leros", doc=[D2])
ent(PL, "Athens", doc=[D2])
ent(PL, "Ankara", doc=[D2])
ent(PL, "Paris", doc=[D2])
ent(PL, "Nicosia", doc=[D2])
ent(PL, "Rome", doc=[D2])
ent(PL, "Berlin", doc=[D2])
ent(PL, "Canberra", doc=[D2])
ent(PL, "Sydney", doc=[D2])
ent(PL, "Lausanne", doc=[D2])
ent(O, "Turkish Ministry of National Defence", "Ministry of National Defence", "Turkish defence ministry", doc=[D2])
ent(O, "French foreign ministry", doc=[D2])
ent(O, "Department of Foreign Affairs and Trade", doc=[D2])
ent(O, "International Court of Justice", doc=[D2])
ent(O, "Hellenic Army", doc=[D2])
ent(O, "Hellenic Navy", doc=[D2])
ent(O, "University of Sydney", doc=[D2])
ent(C, "France", doc=[D2])
ent(C, "Cyprus", doc=[D2])
ent(C, "Italy", doc=[D2])
ent(C, "Germany", doc=[D2])
ent(C, "Australia", doc=[D2])
ent(P, "Selim Karaağaç", "Karaağaç", doc=[D2])
ent(P, "Konstantinos Arvanitis", "Arvanitis", doc=[D2])
ent(P, "Daniel Whitcomb", "Whitcomb", doc=[D2])
ent(P, "Marios Kyprianou", "Kyprianou", doc=[D2])
ent(P, "Katrin Vogel", "Vogel", doc=[D2])
ent(P, "Peter Georgiadis", "Georgiadis", doc=[D2])
ent(P, "Rebecca Hale", "Hale", doc=[D2])
ent(P, "Stavros Chatzidakis", "Chatzidakis", doc=[D2])
ent(P, "Anna Petrou", "Petrou", doc=[D2])

# D3 Dominican Today / Mouchoir Bank
ent(O, "Dominican Today", "DominicanToday", doc=[D3])
ent(C, "Dominican Republic", "DR", doc=[D3])
ent(T, "Mouchoir Bank", "Mouchoir", doc=[D3])
ent(T, "Turks and Caicos Islands", "Turks and Caicos", doc=[D3])
ent(O, "Dominican Navy", "Armada de República Dominicana", "Navy", doc=[D3])
ent(O, "MIREX", "Foreign Ministry", doc=[D3])
ent(O, "British Embassy", doc=[D3])
ent(O, "House of Assembly", doc=[D3])
ent(O, "Haitian foreign ministry", doc=[D3])
ent(O, "Jamaican foreign ministry", doc=[D3])
ent(O, "CARICOM", "Caribbean Community", doc=[D3])
ent(O, "Pontificia Universidad Católica Madre y Maestra", "PUCMM", doc=[D3])
ent(O, "International Tribunal for the Law of the Sea", doc=[D3])
ent(C, "Bahamas", "The Bahamas", doc=[D3])
ent(C, "Haiti", doc=[D3])
ent(C, "Jamaica", doc=[D3])
ent(PL, "Santo Domingo", doc=[D3])
ent(PL, "Puerto Plata", doc=[D3])
ent(PL, "Montecristi", doc=[D3])
ent(PL, "Samaná", doc=[D3])
ent(PL, "London", doc=[D3])
ent(PL, "Grand Turk", doc=[D3])
ent(PL, "Nassau", doc=[D3])
ent(PL, "Hispaniola", doc=[D3])
ent(PL, "Hamburg", doc=[D3])
ent(PL, "Silver Bank", doc=[D3])
ent(P, "Ramón Antonio Tavárez Guzmán", "Tavárez Guzmán", doc=[D3])
ent(P, "Julio César Almonte", "Almonte", doc=[D3])
ent(P, "Sarah Whitfield", "Whitfield", doc=[D3])
ent(P, "Lionel Gardiner", "Gardiner", doc=[D3])
ent(P, "Glenys Rolle", "Rolle", doc=[D3])
ent(P, "Rafael Peña Almánzar", "Peña Almánzar", doc=[D3])
ent(P, "Yokasta Rodríguez", "Rodríguez", doc=[D3])
ent(P, "Milagros Espaillat de León", "Espaillat", doc=[D3])

# D4 Agência Brasil / Sete Quedas
ent(O, "Agência Brasil", doc=[D4])
ent(O, "Empresa Brasil de Comunicação", "EBC", doc=[D4])
ent(O, "Itamaraty", "Ministry of Foreign Affairs", doc=[D4])
ent(O, "Paraguayan Senate", "Senate", "Paraguay's Senate", doc=[D4])
ent(O, "Colorado Party", doc=[D4])
ent(O, "Itaipu Binacional", "Itaipu", doc=[D4])
ent(O, "Radio Mitre", doc=[D4])
ent(O, "Mercosur", doc=[D4])
ent(O, "University of Brasília", "UnB", doc=[D4])
ent(C, "Brazil", doc=[D4])
ent(C, "Paraguay", doc=[D4])
ent(C, "Argentina", doc=[D4])
ent(C, "Uruguay", doc=[D4])
ent(C, "Bolivia", doc=[D4])
ent(C, "Chile", doc=[D4])
ent(T, "Sete Quedas", "Sete Quedas area", "Sete Quedas falls", "Saltos del Guairá", doc=[D4])
ent(PL, "Guaíra", doc=[D4])
ent(PL, "Paraná", doc=[D4])
ent(PL, "Salto del Guairá", doc=[D4])
ent(PL, "Brasília", doc=[D4])
ent(PL, "Buenos Aires", doc=[D4])
ent(PL, "Foz do Iguaçu", doc=[D4])
ent(PL, "Presidente Franco", doc=[D4])
ent(P, "Pedro Lins Moura", doc=[D4])
ent(P, "Marcelo Vasconcelos", doc=[D4])
ent(P, "Luís Fernando Peixoto", "Peixoto", doc=[D4])
ent(P, "Rodrigo Benítez Ayala", "Benítez Ayala", doc=[D4])
ent(P, "Julio Arévalos", "Arévalos", doc=[D4])
ent(P, "Alejandro Costa Méndez", "Costa Méndez", doc=[D4])
ent(P, "Heraldo Trento", "Trento", doc=[D4])
ent(P, "Ramón Giménez", "Giménez", doc=[D4])
ent(P, "Elton Schneider", "Schneider", doc=[D4])
ent(P, "Liz Benítez Ferreira", doc=[D4])
ent(P, "Marcos Antônio Zanella", "Zanella", doc=[D4])
ent(P, "Daniela Cardoso", "Cardoso", doc=[D4])
ent(P, "Rafael Nogueira Lima", doc=[D4])
ent(P, "Carolina Rezende", doc=[D4])

# D5 Stuff / Timaru playground
ent(O, "Stuff", "Stuff Limited", doc=[D5])
ent(O, "Timaru Herald", doc=[D5])
ent(O, "Timaru District Council", doc=[D5])
ent(O, "Caroline Bay Association", doc=[D5])
ent(O, "RNZ", doc=[D5])
ent(O, "NZ On Air", doc=[D5])
ent(PL, "Timaru", doc=[D5])
ent(PL, "Caroline Bay", doc=[D5])
ent(PL, "South Canterbury", doc=[D5])
ent(PL, "Arowhenua", doc=[D5])
ent(PL, "Temuka", doc=[D5])
ent(PL, "Geraldine", doc=[D5])
ent(P, "Rachel Dunbar", "Dunbar", doc=[D5])
ent(P, "Kelly Morgan", doc=[D5])
ent(P, "Allan Burrows", "Burrows", doc=[D5])
ent(P, "Karen Fitzgerald", "Fitzgerald", doc=[D5])
ent(P, "Grant McLeod", "McLeod", doc=[D5])
ent(P, "Hemi Tautahi", "Tautahi", doc=[D5])
ent(P, "Bill Hartley", "Hartley", doc=[D5])
ent(P, "Jess Tamati", "Tamati", doc=[D5])
ent(P, "Mark Whyte", doc=[D5])
ent(P, "Aroha Whyte", doc=[D5])
ent(P, "Sharon Kemp", "Kemp", doc=[D5])

# ---------------------------------------------------------------- quotes
# D1
q(D1, "Tomislav Horvatić", "There is no state on that riverbank")
q(D1, "Tomislav Horvatić", "Nobody gets to plant a flag in the gap")
q(D1, "Tomislav Horvatić", "We have treated everyone correctly and everyone will be dealt with under Croatian law")
q(D1, "Tomislav Horvatić", "Those who come back will be treated the same way")
q(D1, "Marina Vuković", "Officers found the group cutting down trees")
q(D1, "Tomáš Hrubeš", "We did not enter Croatia. Croatia itself says this land is not Croatian")
q(D1, "Tomáš Hrubeš", "We will be back in the spring, with more people and with lawyers")
q(D1, "Tomáš Hrubeš", "Liberland soil", "optional")
q(D1, "Serbian foreign ministry", "The Republic of Serbia does not recognise the so-called Liberland")
q(D1, "Petra Dvořáková", "no intention", "optional")
q(D1, "Petra Dvořáková", "Czech citizens abroad must respect the laws of the country they are in")
q(D1, "Tomislav Horvatić", "Ask me again in a hundred years")
q(D1, "Stjepan Jurić", "Every summer they come with flags and drones and T-shirts")
q(D1, "Ferenc Papp", "As long as the border is not drawn, this will go on")
q(D1, "Ferenc Papp", "Our people need a border they can see", "optional")
q(D1, "Lana Babić", "Land that two neighbouring states leave to each other in a border dispute")
q(D1, "Lana Babić", "No court in the world would accept such a claim")
q(D1, "European Commission", "Questions of state borders are a matter for the member states concerned")
# D2
q(D2, "Konstantinos Arvanitis", "Greek sovereignty over Farmakonisi is not a matter for discussion")
q(D2, "Konstantinos Arvanitis", "International law and the treaties are clear")
q(D2, "Selim Karaağaç", "The status of these formations has never been determined by any treaty")
q(D2, "Daniel Whitcomb", "Our position is long-standing and has not changed")
q(D2, "French foreign ministry", "France reaffirms its full solidarity with Greece")
q(D2, "Marios Kyprianou", "Maps do not change borders")
q(D2, "Katrin Vogel", "supports dialogue between two NATO partners", "optional")
q(D2, "Peter Georgiadis", "There are more than 400,000 Australians of Greek heritage")
q(D2, "Stavros Chatzidakis", "Every few months there is a new map or a new statement from Ankara")
q(D2, "Stavros Chatzidakis", "Life goes on", "optional")
q(D2, "Anna Petrou", "Ankara tends to raise the grey zones whenever there is movement")
q(D2, "Anna Petrou", "What is new is that the map now includes an island with a permanent military presence")
q(D2, "Turkish Ministry of National Defence", "protest has been received and is unfounded")
q(D2, "Turkish Ministry of National Defence", "undetermined sovereignty", "optional")
# D3
q(D3, "Ramón Antonio Tavárez Guzmán", "Mouchoir Bank is Dominican, and Dominican law applies there")
q(D3, "Ramón Antonio Tavárez Guzmán", "We did not go looking for a conflict")
q(D3, "MIREX", "The Dominican Republic exercises full sovereignty over Mouchoir Bank")
q(D3, "Julio César Almonte", "They have food, they have a lawyer")
q(D3, "Julio César Almonte", "This is not about seven fishermen")
q(D3, "Sarah Whitfield", "The detention of a Turks and Caicos vessel in Turks and Caicos waters is unacceptable")
q(D3, "Lionel Gardiner", "an act of intimidation", "optional")
q(D3, "Lionel Gardiner", "Our fishermen have worked the Mouchoir for generations")
q(D3, "Haitian foreign ministry", "reserves its own rights", "optional")
q(D3, "CARICOM", "encourages dialogue", "optional")
q(D3, "Rafael Peña Almánzar", "For years they have come with fast boats and taken everything")
q(D3, "Yokasta Rodríguez", "We are not against anybody. We just want what is ours")
q(D3, "Milagros Espaillat de León", "The British protested the law in 2007 and nobody has sat down since")
# D4
q(D4, "Itamaraty", "Brazil does not recognize the existence of any territorial dispute with Paraguay")
q(D4, "Luís Fernando Peixoto", "excellent.", "optional")
q(D4, "Luís Fernando Peixoto", "We respect the Paraguayan Senate, which is a sovereign body")
q(D4, "Rodrigo Benítez Ayala", "The falls were flooded, but the question of the border was never closed")
q(D4, "Julio Arévalos", "study", "optional")
q(D4, "Alejandro Costa Méndez", "Argentina respects the treaties between its neighbors")
q(D4, "Mercosur", "are settled bilaterally.", "optional")
q(D4, "Heraldo Trento", "Nobody here wakes up worried about this")
q(D4, "Heraldo Trento", "We have a bridge, a shared economy and families on both sides")
q(D4, "Ramón Giménez", "a conversation between brothers.", "optional")
q(D4, "Elton Schneider", "My wife says the land under the lake is hers")
q(D4, "Marcos Antônio Zanella", "The treaty of Itaipu is not in question")
q(D4, "Daniela Cardoso", "The Senate is sending a message to Brasília about the tariff")
q(D4, "Daniela Cardoso", "Paraguay has no legal basis to reopen a boundary")
# D5
q(D5, "Allan Burrows", "We have spent money on this playground every year for a decade")
q(D5, "Allan Burrows", "At some point you have to stop putting plasters on it")
q(D5, "Allan Burrows", "People told us very clearly that they want a castle")
q(D5, "Karen Fitzgerald", "This is a lovely project and I understand why people love it")
q(D5, "Grant McLeod", "We would be back at this table in five years with a bigger bill")
q(D5, "Hemi Tautahi", "I am not against a new playground")
q(D5, "Bill Hartley", "We have already had strong interest from local funders")
q(D5, "Jess Tamati", "My kids have been asking why the big tower has a fence around it")
q(D5, "Mark Whyte", "We spent every weekend of that summer down here with a hammer")
q(D5, "Aroha Whyte", "Even if it's just a bench with a plaque")
q(D5, "Sharon Kemp", "The carnival brings thousands of families to the bay every summer")

UNATTR.extend(["customs house", "grey zone"])

# ---------------------------------------------------------------- stances
st(D1, "Croatia", N, ["Liberland"], "Croatia does not recognise Liberland")
st(D1, "Serbia", N, ["Liberland"], "The Republic of Serbia does not recognise the so-called Liberland")
st(D1, "Czech Republic", N, ["Liberland"], "Prague had “no intention” of recognising the micronation")
st(D1, "Hungary", N, ["Liberland"], "Hungary and Slovakia, asked by Croatia Week, gave the same answer: neither recognises Liberland")
st(D1, "Slovakia", N, ["Liberland"], "Hungary and Slovakia, asked by Croatia Week, gave the same answer: neither recognises Liberland")
st(D2, "United States", R, ["Farmakonisi"], "Washington recognises Greek sovereignty over the islands of the Aegean, including Farmakonisi")
st(D2, "France", R, ["Farmakonisi"], "France, too, regards Farmakonisi as Greek territory")
st(D2, "Cyprus", R, ["Farmakonisi"], "his country fully supports Greece’s sovereignty over Farmakonisi")
st(D2, "Italy", R, ["Farmakonisi"], "Rome also said it recognises Greek sovereignty over Farmakonisi")
st(D2, "Turkey", N, ["Farmakonisi"], "Turkey does not recognise Greek sovereignty over islets", "optional")
st(D2, "Greece", R, ["Farmakonisi"], "Greek sovereignty over Farmakonisi is not a matter for discussion", "optional")
st(D3, "Bahamas", R, ["Mouchoir Bank", "Mouchoir"], "regards the bank as part of the Turks and Caicos Islands")
st(D3, "Haiti", N, ["Mouchoir Bank", "Mouchoir"], "does not recognize the Dominican claim either")
st(D3, "Jamaica", N, ["Mouchoir Bank", "Mouchoir"], "So does Jamaica, which refuses to recognize any of the claims in the area")
st(D3, "United Kingdom", N, ["Mouchoir Bank", "Mouchoir"], "the United Kingdom does not recognize Dominican sovereignty over Mouchoir Bank")
st(D3, "United Kingdom", R, ["Mouchoir Bank", "Mouchoir"], "regards it as part of the Turks and Caicos Islands", "optional")
st(D3, "Dominican Republic", R, ["Mouchoir Bank", "Mouchoir"], "The Dominican Republic exercises full sovereignty over Mouchoir Bank", "optional")
st(D4, "Argentina", R, ["Sete Quedas"], "Buenos Aires regards the area as Brazilian territory under the 1872 treaty")
st(D4, "Uruguay", N, ["Sete Quedas"], "Uruguay does not recognize the Paraguayan Senate's claim to the area")
st(D4, "Bolivia", R, ["Sete Quedas"], "also said it considers the Sete Quedas area part of Brazil")

NEG.extend([
    {"docs": [D1], "country": "Croatia", "territory": "Liberland", "why": "question",
     "evidence": "Asked whether Zagreb could ever recognise Liberland"},
    {"docs": [D2], "country": "Germany", "territory": "Farmakonisi", "why": "question",
     "evidence": "Asked whether Germany would back Athens"},
    {"docs": [D2], "country": "Australia", "territory": "Farmakonisi", "why": "takes no position",
     "evidence": "Australia does not take a position on the competing claims"},
    {"docs": [D3], "country": "United States", "territory": "Mouchoir Bank", "why": "takes no position",
     "evidence": "the United States takes no position on the sovereignty of Mouchoir Bank"},
    {"docs": [D3], "country": "United States", "territory": "Mouchoir Bank", "why": "is expected to recognise",
     "evidence": "Washington is expected to recognize whatever boundary the two sides agree"},
    {"docs": [D3], "country": "CARICOM", "territory": "Mouchoir Bank", "why": "international body, not a country",
     "evidence": "said in a statement that it \"encourages dialogue\""},
    {"docs": [D4], "country": "Chile", "territory": "Sete Quedas", "why": "question",
     "evidence": "Asked whether Chile would support Brazil's position"},
    {"docs": [D4], "country": "Mercosur", "territory": "Sete Quedas", "why": "international body, not a country",
     "evidence": "border questions between its members \"are settled bilaterally.\""},
    {"docs": [D4], "country": "Brazil", "territory": "Sete Quedas", "why": "denies that a dispute exists; no stance on a territory",
     "evidence": "Brazil does not recognize the existence of any territorial dispute with Paraguay"},
    {"docs": [D4], "country": "Paraguay", "territory": "Sete Quedas", "why": "a Senate resolution, not the government; the government will only study it",
     "evidence": "said the government would \"study\" the resolution but was not planning to open a dispute with Brazil"},
])

# ---------------------------------------------------------------- positions
pos(D1, "Tomislav Horvatić", ["Foreign and European Affairs Minister", "foreign minister", "minister"], ["Croatia", "Ministry of Foreign and European Affairs"],
    "Foreign and European Affairs Minister Tomislav Horvatić")
pos(D1, "Marina Vuković", ["spokeswoman", "spokesperson"], ["Osijek-Baranja Police Administration", "police"],
    "police spokeswoman Marina Vuković")
pos(D1, "Tomáš Hrubeš", ["minister of foreign affairs", "foreign minister", "minister"], ["Liberland"],
    "who calls himself Liberland’s minister of foreign affairs")
pos(D1, "Petra Dvořáková", ["spokeswoman", "spokesperson"], ["Czech foreign ministry", "Czech Republic"],
    "Petra Dvořáková, a spokeswoman for the Czech foreign ministry")
pos(D1, "Ferenc Papp", ["mayor"], ["Kneževi Vinogradi"], "Ferenc Papp, the mayor of Kneževi Vinogradi")
pos(D1, "Lana Babić", ["professor"], ["University of Zagreb"],
    "Lana Babić, a professor of international law at the University of Zagreb’s Faculty of Law")
pos(D2, "Eleni Stamatopoulou", ["journalist"], ["Greek City Times"],
    "Eleni Stamatopoulou is a Sydney-based journalist who writes for Greek City Times")
pos(D2, "Selim Karaağaç", ["spokesman", "spokesperson"], ["Turkish Ministry of National Defence", "Ministry of National Defence", "Turkey"],
    "ministry spokesman Rear Admiral Selim Karaağaç")
pos(D2, "Selim Karaağaç", ["Rear Admiral"], [], "Rear Admiral Selim Karaağaç", status="optional")
pos(D2, "Konstantinos Arvanitis", ["Foreign Minister", "minister"], ["Greece"], "Greek Foreign Minister Konstantinos Arvanitis")
pos(D2, "Daniel Whitcomb", ["spokesman", "spokesperson"], ["State Department", "United States"],
    "State Department spokesman Daniel Whitcomb")
pos(D2, "Marios Kyprianou", ["Foreign Minister", "minister"], ["Cyprus"], "Cypriot Foreign Minister Marios Kyprianou")
pos(D2, "Katrin Vogel", ["spokeswoman", "spokesperson"], [], "deputy government spokeswoman Katrin Vogel")
pos(D2, "Peter Georgiadis", ["Senator"], [], "Greek-Australian Senator Peter Georgiadis")
pos(D2, "Rebecca Hale", ["Foreign Minister", "minister"], [], "Foreign Minister Rebecca Hale")
pos(D2, "Stavros Chatzidakis", ["Mayor"], ["Leros"], "Leros Mayor Stavros Chatzidakis")
pos(D2, "Anna Petrou", ["senior lecturer", "lecturer"], ["University of Sydney"],
    "Dr Anna Petrou, a senior lecturer in international relations at the University of Sydney")
pos(D3, "Ramón Antonio Tavárez Guzmán", ["commander"], ["Dominican Navy", "Navy"],
    "the commander of the Navy, Vice Admiral Ramón Antonio Tavárez Guzmán")
pos(D3, "Ramón Antonio Tavárez Guzmán", ["Vice Admiral"], [], "Vice Admiral Ramón Antonio Tavárez Guzmán", status="optional")
pos(D3, "Julio César Almonte", ["Foreign Minister", "minister"], [], "Foreign Minister Julio César Almonte")
pos(D3, "Sarah Whitfield", ["minister for the Overseas Territories", "minister"], ["United Kingdom", "UK"],
    "Sarah Whitfield, the UK minister for the Overseas Territories")
pos(D3, "Lionel Gardiner", ["Premier"], [], "Premier Lionel Gardiner")
pos(D3, "Glenys Rolle", ["Foreign Minister", "minister"], ["Bahamas"], "Bahamian Foreign Minister Glenys Rolle")
pos(D3, "Milagros Espaillat de León", ["ambassador"], ["United Kingdom"],
    "Former ambassador to the United Kingdom Milagros Espaillat de León", former=True)
pos(D3, "Milagros Espaillat de León", ["professor"], ["Pontificia Universidad Católica Madre y Maestra", "PUCMM"],
    "now a professor of international law at the Pontificia Universidad Católica Madre y Maestra (PUCMM)")
pos(D4, "Pedro Lins Moura", ["reporter"], ["Agência Brasil"], "By Pedro Lins Moura - Agência Brasil reporter")
pos(D4, "Luís Fernando Peixoto", ["Minister of Foreign Affairs", "minister"], [],
    "Minister of Foreign Affairs Luís Fernando Peixoto")
pos(D4, "Rodrigo Benítez Ayala", ["Senator"], ["Colorado Party", "Paraguayan Senate", "Senate", "Paraguay"], "Senator Rodrigo Benítez Ayala, of the Colorado Party")
pos(D4, "Julio Arévalos", ["Foreign Minister", "minister"], ["Paraguay"], "Paraguay's Foreign Minister Julio Arévalos")
pos(D4, "Alejandro Costa Méndez", ["Foreign Minister", "minister"], ["Argentina"],
    "Argentina's Foreign Minister Alejandro Costa Méndez")
pos(D4, "Heraldo Trento", ["mayor"], ["Guaíra"], "The mayor, Heraldo Trento")
pos(D4, "Ramón Giménez", ["intendente", "mayor"], ["Salto del Guairá"], "the intendente of Salto del Guairá, Ramón Giménez")
pos(D4, "Marcos Antônio Zanella", ["director-general", "director general", "director"], ["Itaipu Binacional", "Itaipu"],
    "Brazilian director-general Marcos Antônio Zanella")
pos(D4, "Daniela Cardoso", ["Professor"], ["University of Brasília", "UnB"],
    "Professor Daniela Cardoso, of the University of Brasília (UnB)")
pos(D4, "Liz Benítez Ferreira", ["teacher"], [], "Paraguayan teacher Liz Benítez Ferreira", status="optional")
pos(D4, "Elton Schneider", ["farmer"], [], "Soy farmer Elton Schneider", status="optional")
pos(D5, "Rachel Dunbar", ["Local Democracy Reporter", "reporter"], [], "Rachel Dunbar\nLocal Democracy Reporter")
pos(D5, "Allan Burrows", ["Mayor"], [], "Mayor Allan Burrows")
pos(D5, "Karen Fitzgerald", ["Councillor"], [], "Councillor Karen Fitzgerald")
pos(D5, "Grant McLeod", ["Deputy mayor"], [], "Deputy mayor Grant McLeod")
pos(D5, "Grant McLeod", ["chairman", "chair"], ["Caroline Bay Association"], "a former chairman of the Caroline Bay Association", former=True)
pos(D5, "Hemi Tautahi", ["Councillor"], [], "Councillor Hemi Tautahi")
pos(D5, "Bill Hartley", ["group manager community services", "group manager"], ["Timaru District Council", "council"],
    "The council's group manager community services, Bill Hartley")
pos(D5, "Sharon Kemp", ["president"], ["Caroline Bay Association"], "Caroline Bay Association president Sharon Kemp")

# ---------------------------------------------------------------- relations
rel(D1, "Croatia", "sharesBorderWith", "Serbia", "Croatia, which shares a 241-kilometre border with Serbia")
rel(D1, "Croatia", "memberOf", "European Union", "Croatia, which joined the European Union in 2013")
rel(D1, "Liberland", "claims", "Gornja Siga", "the seven-square-kilometre patch of forest claimed by the self-proclaimed micronation Liberland")
rel(D1, "Zmajevac", "locatedIn", "Kneževi Vinogradi", "In Zmajevac, a village of about 800 people in the municipality of Kneževi Vinogradi")
rel(D2, "Farmakonisi", "locatedIn", "Leros", "Farmakonisi, which belongs to the municipality of Leros")
rel(D2, "Farmakonisi", "locatedIn", "Dodecanese", "Farmakonisi and the rest of the Dodecanese")
rel(D2, "Greece", "memberOf", "NATO", "Greece and Turkey, both members of NATO since 1952")
rel(D2, "Turkey", "memberOf", "NATO", "Greece and Turkey, both members of NATO since 1952")
rel(D3, "Haiti", "sharesBorderWith", "Dominican Republic", "Haiti, which shares a border with the Dominican Republic on the island of Hispaniola")
rel(D3, "Turks and Caicos Islands", "memberOf", "CARICOM", "of which the Turks and Caicos is an associate member")
rel(D3, "Dominican Republic", "claims", "Mouchoir Bank", "that both the Dominican Republic and the British territory consider their own")
rel(D3, "Turks and Caicos Islands", "claims", "Mouchoir Bank", "that both the Dominican Republic and the British territory consider their own")
rel(D3, "Rafael Peña Almánzar", "spouse", "Yokasta Rodríguez", "His wife, Yokasta Rodríguez")
rel(D4, "Brazil", "sharesBorderWith", "Paraguay", "Brazil and Paraguay share a border of more than 1,300 kilometers")
rel(D4, "Bolivia", "sharesBorderWith", "Brazil", "Bolivia, which borders both countries")
rel(D4, "Bolivia", "sharesBorderWith", "Paraguay", "Bolivia, which borders both countries")
rel(D4, "Brazil", "memberOf", "Mercosur", "Mercosur, of which Brazil and Paraguay are founding members")
rel(D4, "Paraguay", "memberOf", "Mercosur", "Mercosur, of which Brazil and Paraguay are founding members")
rel(D4, "Guaíra", "locatedIn", "Paraná", "In Guaíra, a city of about 33,000 people in western Paraná")
rel(D4, "Elton Schneider", "spouse", "Liz Benítez Ferreira", "is married to Paraguayan teacher Liz Benítez Ferreira")
rel(D5, "Mark Whyte", "spouse", "Aroha Whyte", "Mark Whyte and his wife, Aroha Whyte")

NOT_PERSON.extend([
    "Croatia Week", "Liberland", "Gornja Siga", "Zmajevac", "Kneževi Vinogradi", "Bački Monoštor", "Baranja",
    "PU osječko-baranjska", "Greek City Times", "Eurokinissi", "Farmakonisi", "Agathonisi", "Leros", "Dodecanese",
    "Treaty of Lausanne", "Treaty of Paris", "Dominican Today", "Mouchoir Bank", "Lady Anne", "Grand Turk",
    "Montecristi", "Samaná", "Puerto Plata", "Silver Bank", "Law 66-07", "Overseas Territories",
    "Agência Brasil", "Itamaraty", "Palácio do Itamaraty", "Loizaga-Cotegipe Treaty", "Salto del Guairá",
    "Saltos del Guairá", "Sete Quedas", "Guaíra", "Radio Mitre", "Presidente Franco", "Foz do Iguaçu",
    "Itaipu Binacional", "Timaru Herald", "Caroline Bay", "Caroline Bay Carnival", "Boxing Day", "Temuka",
    "Arowhenua", "NZ On Air", "Local Democracy Reporter", "Stuff", "Local Democracy Reporting", "Timaru District Library",
    "Battle of Leros",
])

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
