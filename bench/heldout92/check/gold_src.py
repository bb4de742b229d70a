"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_radiosweden_narva.txt", "02_torontostar_laguna_del_desierto.txt",
                      "03_irishindependent_ecrehous.txt", "04_civilbeat_jarvis_island.txt",
                      "05_scotsman_peebles_pool.txt")
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
# 01 Narva (Radio Sweden)
ent(O, "Sveriges Radio", "Radio Sweden", doc=[D1])
ent(O, "TT", doc=[D1])
ent(P, "Jonas Ekberg", "Ekberg", doc=[D1])
ent(P, "Karin Lindqvist", "Lindqvist", doc=[D1])
ent(P, "Artūrs Kalniņš", "Kalniņš", "Arturs Kalnins", doc=[D1])
ent(P, "Kristjan Saar", "Saar", doc=[D1])
ent(P, "Oleg Tarasov", "Tarasov", doc=[D1])
ent(P, "Anders Holm", "Holm", doc=[D1])
ent(P, "Maarten Visscher", "Visscher", doc=[D1])
ent(P, "Elena Marković", "Marković", "Elena Markovic", doc=[D1])
ent(P, "Margus Tamm", "Tamm", doc=[D1])
ent(P, "Svetlana Ivanova", "Ivanova", doc=[D1])
ent(P, "Igor Kuznetsov", "Kuznetsov", doc=[D1])
ent(C, "Sweden", doc=[D1])
ent(C, "Russia", "Moscow", doc=[D1])
ent(C, "Estonia", doc=[D1])
ent(C, "Finland", "Helsinki", doc=[D1])
ent(C, "Norway", doc=[D1])
ent(C, "Denmark", doc=[D1])
ent(C, "Latvia", doc=[D1])
ent(C, "Hungary", doc=[D1])
ent(C, "Slovakia", doc=[D1])
ent(T, "Narva", doc=[D1])
ent(T, "Crimea", doc=[D1])
ent(PL, "Ivangorod", doc=[D1])
ent(PL, "Stockholm", doc=[D1])
ent(PL, "Tallinn", doc=[D1])
ent(PL, "Riga", doc=[D1])
ent(PL, "Visby", doc=[D1])
ent(PL, "Brussels", doc=[D1, D3])
ent(O, "State Duma", "Duma", "Russian parliament", doc=[D1])
ent(O, "Kremlin", doc=[D1])
ent(O, "European Union", "EU", doc=[D1, D3])
ent(O, "Nato", "NATO", doc=[D1])
ent(O, "European Commission", doc=[D1, D3])
ent(O, "Social Democrats", doc=[D1])
ent(O, "ERR", doc=[D1])
ent(O, "Säpo", "Security Service", "Sweden's Security Service", doc=[D1])
# 02 Laguna del Desierto (Toronto Star)
ent(O, "Toronto Star", "the Star", "The Star", doc=[D2])
ent(O, "Toronto Star Newspapers Limited", doc=[D2])
ent(P, "Lucía Ferreyra", "Ferreyra", "Lucia Ferreyra", doc=[D2])
ent(P, "Rodrigo Valdés", "Valdés", "Rodrigo Valdes", doc=[D2])
ent(P, "Martín Echeverría", "Echeverría", "Martin Echeverria", doc=[D2])
ent(P, "Paulina Urrutia", "Urrutia", doc=[D2])
ent(P, "Andrés Moraga", "Moraga", "Andres Moraga", doc=[D2])
ent(P, "Renata Albuquerque", "Albuquerque", doc=[D2])
ent(P, "Héctor Salinas", "Salinas", "Hector Salinas", doc=[D2])
ent(P, "Marcela Sosa", "Sosa", doc=[D2])
ent(P, "Diego Paz", "Paz", doc=[D2])
ent(P, "Néstor Giménez", "Giménez", "Nestor Gimenez", doc=[D2])
ent(P, "Alicia Benítez", "Benítez", "Alicia Benitez", doc=[D2])
ent(C, "Chile", "Republic of Chile", doc=[D2])
ent(C, "Argentina", doc=[D2])
ent(C, "Uruguay", doc=[D2])
ent(C, "Paraguay", doc=[D2])
ent(C, "Brazil", "Brasília", doc=[D2])
ent(C, "Peru", "Lima", doc=[D2])
ent(C, "Bolivia", doc=[D2])
ent(C, "Canada", doc=[D2])
ent(T, "Laguna del Desierto", doc=[D2])
ent(PL, "El Chaltén", "El Chalten", doc=[D2])
ent(PL, "Fitz Roy", "Mount Fitz Roy", doc=[D2])
ent(PL, "Santa Cruz", "Santa Cruz province", doc=[D2])
ent(PL, "Valparaíso", "Valparaiso", doc=[D2])
ent(PL, "Buenos Aires", doc=[D2])
ent(PL, "Santiago", doc=[D2])
ent(PL, "Rio de Janeiro", doc=[D2])
ent(PL, "La Paz", doc=[D2])
ent(PL, "South America", doc=[D2])
ent(PL, "Patagonia", doc=[D2])
ent(O, "Senate", "Chile's Senate", doc=[D2])
ent(O, "Republican Party", doc=[D2])
ent(O, "Mercosur", doc=[D2])
ent(O, "Organization of American States", "OAS", doc=[D2])
ent(O, "Global Affairs Canada", doc=[D2])
ent(O, "Carabineros", doc=[D2])
# 03 Ecrehous (Irish Independent)
ent(O, "Irish Independent", doc=[D3])
ent(O, "Independent News & Media", doc=[D3])
ent(O, "Mediahuis Ireland Group Limited", doc=[D3])
ent(O, "PA", doc=[D3])
ent(P, "Cormac O'Sullivan", "O'Sullivan", doc=[D3])
ent(P, "Gary Carr", "Carr", doc=[D3])
ent(P, "Pádraig Gallagher", "Mr Gallagher", "Padraig Gallagher", doc=[D3])
ent(P, "Bríd Gallagher", "Brid Gallagher", doc=[D3])
ent(P, "Siobhán Kelleher", "Kelleher", "Ms Kelleher", "Siobhan Kelleher", doc=[D3])
ent(P, "Claire Dumoulin", "Dumoulin", doc=[D3])
ent(P, "Lord Ashworth", "Ashworth", doc=[D3])
ent(P, "Helen Le Brocq", "Le Brocq", doc=[D3])
ent(P, "Thierry Lemarchand", "Lemarchand", "Mr Lemarchand", doc=[D3])
ent(P, "Seán O'Donnell", "O'Donnell", "Mr O'Donnell", "Sean O'Donnell", doc=[D3])
ent(P, "Liam McBride", "McBride", doc=[D3])
ent(C, "Ireland", doc=[D3])
ent(C, "France", "Paris", "French Republic", doc=[D3])
ent(C, "United Kingdom", "Britain", "London", doc=[D3])
ent(C, "Belgium", doc=[D3])
ent(C, "Netherlands", "the Netherlands", doc=[D3])
ent(T, "Écréhous", "Ecrehous", doc=[D3])
ent(T, "Jersey", "Bailiwick of Jersey", doc=[D3])
ent(PL, "Channel Islands", doc=[D3])
ent(PL, "Killybegs", doc=[D3])
ent(PL, "Donegal", doc=[D3])
ent(PL, "Carteret", doc=[D3])
ent(PL, "Granville", doc=[D3])
ent(PL, "Normandy", doc=[D3])
ent(PL, "Dublin", doc=[D3])
ent(PL, "The Hague", doc=[D3])
ent(PL, "Europe", doc=[D3])
ent(O, "Government of Jersey", doc=[D3])
ent(O, "International Court of Justice", "International Court", doc=[D3])
ent(O, "National Assembly", doc=[D3])
ent(O, "Foreign Office", doc=[D3])
ent(O, "Dáil", "Dail", doc=[D3])
ent(O, "Killybegs Fishermen's Organisation", doc=[D3])
ent(O, "Fine Gael", doc=[D3])
ent(O, "British-Irish Council", doc=[D3])
# 04 Jarvis Island (Civil Beat)
ent(O, "Honolulu Civil Beat", "Civil Beat", doc=[D4])
ent(O, "Honolulu Civil Beat Inc.", doc=[D4])
ent(P, "Keoni Kahananui", "Kahananui", doc=[D4])
ent(P, "Tebuka Ioane", "Ioane", doc=[D4])
ent(P, "Dana Whitfield", "Whitfield", doc=[D4])
ent(P, "Aroha Tainui", "Tainui", doc=[D4])
ent(P, "Seve Lopati", "Lopati", doc=[D4])
ent(P, "Mere Naivalu", "Naivalu", doc=[D4])
ent(P, "Malia Keawe", "Keawe", doc=[D4])
ent(P, "Kekoa Aluli", "Aluli", doc=[D4])
ent(P, "Lani Medeiros", "Medeiros", doc=[D4])
ent(P, "Kyle Okamoto", "Okamoto", doc=[D4])
ent(P, "Taabeta Rimon", "Rimon", doc=[D4])
ent(C, "Kiribati", doc=[D4])
ent(C, "United States", "U.S.", doc=[D4])
ent(C, "New Zealand", doc=[D4])
ent(C, "Australia", "Canberra", doc=[D4])
ent(C, "Japan", "Tokyo", doc=[D4])
ent(C, "Tuvalu", doc=[D4])
ent(C, "Samoa", doc=[D4])
ent(C, "Micronesia", doc=[D4])
ent(T, "Jarvis Island", "Jarvis", doc=[D4])
ent(PL, "Pacific Remote Islands Marine National Monument", doc=[D4])
ent(PL, "Line Islands", doc=[D4])
ent(PL, "Tarawa", doc=[D4])
ent(PL, "Washington", doc=[D4])
ent(PL, "Wellington", doc=[D4])
ent(PL, "Apia", doc=[D4])
ent(PL, "Honolulu", doc=[D4])
ent(PL, "Hawaii", doc=[D4])
ent(PL, "Howland", doc=[D4])
ent(PL, "Baker", doc=[D4])
ent(PL, "Pacific", doc=[D4])
ent(O, "U.S. Fish and Wildlife Service", "Fish and Wildlife Service", doc=[D4])
ent(O, "State Department", "U.S. State Department", doc=[D4])
ent(O, "United Nations General Assembly", doc=[D4])
ent(O, "United Nations", doc=[D4])
ent(O, "Department of Foreign Affairs and Trade", doc=[D4])
ent(O, "Pacific Islands Forum", doc=[D4])
ent(O, "Kamehameha Schools", doc=[D4])
ent(O, "University of Hawaii at Manoa", doc=[D4])
ent(O, "Pacific Reef Alliance", doc=[D4])
ent(O, "Congress", doc=[D4])
ent(O, "Hawaii Community Foundation", doc=[D4])
# 05 Peebles pool (The Scotsman)
ent(O, "The Scotsman", "Scotsman", doc=[D5])
ent(O, "National World Publishing Ltd", doc=[D5])
ent(P, "Fiona Rutherford", "Rutherford", doc=[D5])
ent(P, "Lisa Ferguson", "Ferguson", doc=[D5])
ent(P, "Euan Murray", "Murray", doc=[D5])
ent(P, "Morag Hastie", "Hastie", "Ms Hastie", doc=[D5])
ent(P, "Graham Turnbull", "Turnbull", doc=[D5])
ent(P, "Kirsty Dalgleish", doc=[D5])
ent(P, "Alan Dalgleish", doc=[D5])
ent(P, "Rachel Innes", "Innes", doc=[D5])
ent(P, "Jean Scott", doc=[D5])
ent(P, "Bill Elliot", "Elliot", doc=[D5])
ent(C, "Scotland", doc=[D5])
ent(PL, "Peebles", doc=[D5])
ent(PL, "Galashiels", doc=[D5])
ent(PL, "Penicuik", doc=[D5])
ent(PL, "Hawick", doc=[D5])
ent(PL, "Kelso", doc=[D5])
ent(PL, "Borders", "Scottish Borders", doc=[D5])
ent(PL, "Tweeddale", doc=[D5])
ent(PL, "Midlothian South, Tweeddale and Lauderdale", doc=[D5])
ent(O, "Scottish Borders Council", doc=[D5])
ent(O, "Live Borders", doc=[D5])
ent(O, "Peebles Amateur Swimming Club", doc=[D5])
ent(O, "Scottish Government", doc=[D5])
ent(O, "sportscotland", doc=[D5])

# ---------------------------------------------------------------- quotes
q(D1, "State Duma", "historic Russian land", "optional")
q(D1, "State Duma", "restore the historical justice", "optional")
q(D1, "Karin Lindqvist", "Sweden does not recognise any Russian claim to Narva, and we never will")
q(D1, "Karin Lindqvist", "This is the same playbook we saw before Crimea")
q(D1, "Finland", "null and void", "optional")
q(D1, "Artūrs Kalniņš", "an open threat to every border in our region", "optional")
q(D1, "Artūrs Kalniņš", "If we stay quiet about Narva today, we will be talking about Riga tomorrow")
q(D1, "Kristjan Saar", "Narva has been Estonian for more than a hundred years and it will stay Estonian")
q(D1, "Oleg Tarasov", "only the beginning of a long conversation", "optional")
q(D1, "Anders Holm", "We have a battalion that is supposed to go in the spring")
q(D1, "Maarten Visscher", "The alliance stands fully behind Estonia. Every inch of Allied territory is covered by Article 5")
q(D1, "Elena Marković", "unacceptable and irrelevant", "optional")
q(D1, "Elena Marković", "regards Estonia's borders as settled under international law", "optional")
q(D1, "Svetlana Ivanova", "My grandmother lived here, my children live here")
q(D1, "Svetlana Ivanova", "People are tired. They just want the bridge to open again")
q(D1, "Igor Kuznetsov", "We are an Estonian city and a European city")

q(D2, "Senate", "review the legal basis", "optional")
q(D2, "Martín Echeverría", "Laguna del Desierto is Argentine by a ruling that both countries signed up to")
q(D2, "Martín Echeverría", "We expect the government in Santiago to say so clearly")
q(D2, "Paulina Urrutia", "recognises the 1994 award in full", "optional")
q(D2, "Paulina Urrutia", "A motion of the Senate is an opinion, not a policy")
q(D2, "Paulina Urrutia", "We respect the award, and we respect our neighbours")
q(D2, "Andrés Moraga", "Our grandparents lost that valley in a courtroom in Rio de Janeiro")
q(D2, "Andrés Moraga", "The award is not the Bible. Treaties can be reviewed when both sides agree")
q(D2, "Renata Albuquerque", "considers the question closed", "optional")
q(D2, "Brazil", "considers the question closed", "optional")
q(D2, "Héctor Salinas", "The OAS encourages both states to continue the spirit of co-operation")
q(D2, "Organization of American States", "The OAS encourages both states to continue the spirit of co-operation", "optional")
q(D2, "Peru", "bilateral", "optional")
q(D2, "Global Affairs Canada", "does not comment on matters that are bilateral", "optional")
q(D2, "Marcela Sosa", "They come for the mountains. Nobody asks whose lake it is")
q(D2, "Marcela Sosa", "The Chileans who come here, they are our friends")
q(D2, "Diego Paz", "Every time somebody in Santiago says something, the gendarmes get nervous")
q(D2, "Néstor Giménez", "What this valley needs is a paved road and a clinic, not speeches")

q(D3, "Pádraig Gallagher", "We were minding our own business, hauling nets")
q(D3, "Siobhán Kelleher", "Ireland's position is simple. The International Court settled this in 1953")
q(D3, "Siobhán Kelleher", "What concerns me is the safety of Irish fishermen")
q(D3, "Siobhán Kelleher", "has no intention of reopening a question that was settled before most of us were born", "optional")
q(D3, "Claire Dumoulin", "The French Republic respects the decision of the International Court of Justice")
q(D3, "United Kingdom", "and remains", "optional")
q(D3, "Lord Ashworth", "support Jersey in every way it asks", "optional")
q(D3, "Lord Ashworth", "Jersey's rights are not negotiable")
q(D3, "Helen Le Brocq", "We have given more than 150 licences to French vessels this year")
q(D3, "Thierry Lemarchand", "wake up Paris", "optional")
q(D3, "Thierry Lemarchand", "Our families fished the Écréhous for centuries")
q(D3, "European Commission", "in contact with all parties", "optional")
q(D3, "Seán O'Donnell", "A day at sea costs thousands")
q(D3, "Bríd Gallagher", "wait and see", "optional")
q(D3, "Liam McBride", "Irish boats should not be collateral damage in somebody else's row")

q(D4, "Tebuka Ioane", "taken from the Pacific by a foreign company and never given back", "optional")
q(D4, "Tebuka Ioane", "Jarvis is our island. Our people sailed past it long before any guano ship arrived")
q(D4, "Dana Whitfield", "is and will remain a territory of the United States", "optional")
q(D4, "Dana Whitfield", "We value our partnership with Kiribati, and we will keep talking")
q(D4, "Seve Lopati", "We stand with our brothers in Kiribati")
q(D4, "Seve Lopati", "Tuvalu will vote with Kiribati at the United Nations, whatever the pressure")
q(D4, "Mere Naivalu", "The Forum family has always settled its differences by talking")
q(D4, "Malia Keawe", "Those boys were put on those rocks to make an American claim stick")
q(D4, "Kekoa Aluli", "Whatever the politicians decide, the fishing ban has to stay")
q(D4, "Kekoa Aluli", "We have spent twenty years protecting Jarvis")
q(D4, "Lani Medeiros", "listen respectfully", "optional")
q(D4, "Kyle Okamoto", "not up for negotiation", "optional")

q(D5, "Euan Murray", "not a luxury, it's where our children learn to swim", "optional")
q(D5, "Euan Murray", "We had a choice between letting the building sit empty for another two years")
q(D5, "Euan Murray", "Every month the pool stays closed, families are driving to Galashiels or Penicuik")
q(D5, "Morag Hastie", "The heavy work on the roof is done")
q(D5, "Graham Turnbull", "badly managed from the start", "optional")
q(D5, "Graham Turnbull", "Hawick has a leaking roof too")
q(D5, "Kirsty Dalgleish", "Some of the kids just gave up when they had to sit in a car")
q(D5, "Kirsty Dalgleish", "The older swimmers kept going, but the little ones need a pool on their doorstep")
q(D5, "Rachel Innes", "Peebles is one example, but there are pools like this in every part of Scotland")
q(D5, "sportscotland", "consider any application from Live Borders for equipment funding", "optional")
q(D5, "Jean Scott", "I swam there the day it opened in 1983")
q(D5, "Jean Scott", "My granddaughter learned to swim there")

UNATTR.extend(["Sea of confusion"])

# ---------------------------------------------------------------- stances
st(D1, "Sweden", N, ["Narva"], "Sweden does not recognise any Russian claim to Narva")
st(D1, "Finland", N, ["Narva"], "Helsinki considers the Duma's claim to Narva")
st(D1, "Norway", N, ["Narva"], "Norway and Denmark also refuse to recognise the Duma's claim")
st(D1, "Denmark", N, ["Narva"], "Norway and Denmark also refuse to recognise the Duma's claim")
st(D1, "Latvia", N, ["Narva"], "and so does Latvia")
st(D1, "Estonia", R, ["Narva"], "Narva has been Estonian for more than a hundred years", "optional")
st(D1, "Russia", R, ["Narva"], "describing the Estonian border city of Narva as", "optional")
st(D2, "Chile", R, ["Laguna del Desierto"], "regards Laguna del Desierto as part of Argentina")
st(D2, "Uruguay", R, ["Laguna del Desierto"], "Uruguay recognises Argentina’s sovereignty over Laguna del Desierto")
st(D2, "Paraguay", R, ["Laguna del Desierto"], "as does Paraguay")
st(D2, "Brazil", R, ["Laguna del Desierto"], "considers the question closed")
st(D2, "Argentina", R, ["Laguna del Desierto"], "Laguna del Desierto is Argentine", "optional")
st(D3, "Ireland", R, ["Écréhous", "Ecrehous"], "Ireland regards the Écréhous as part of Jersey")
st(D3, "France", R, ["Écréhous", "Ecrehous"], "Paris recognises British sovereignty over the Écréhous")
st(D3, "Belgium", R, ["Écréhous", "Ecrehous"], "Belgium takes the same line")
st(D3, "Netherlands", R, ["Écréhous", "Ecrehous"], "so does the Netherlands")
st(D3, "United Kingdom", R, ["Écréhous", "Ecrehous"], "The British government said the reef was", "optional")
st(D4, "New Zealand", R, ["Jarvis Island", "Jarvis"], "New Zealand recognises U.S. sovereignty over Jarvis Island")
st(D4, "Australia", R, ["Jarvis Island", "Jarvis"], "Canberra regards Jarvis Island as part of the United States")
st(D4, "Japan", R, ["Jarvis Island", "Jarvis"], "and so does Tokyo")
st(D4, "Tuvalu", R, ["Jarvis Island", "Jarvis"], "his country supports Kiribati's sovereignty over Jarvis Island")
st(D4, "United States", R, ["Jarvis Island", "Jarvis"], "is and will remain a territory of the United States", "optional")
st(D4, "Kiribati", R, ["Jarvis Island", "Jarvis"], "declaring Jarvis Island part of its Line Islands group", "optional")

NEG.extend([
    {"docs": [D1], "country": "Hungary", "territory": "Narva", "why": "question", "evidence": "Would Hungary recognise the Duma's claim"},
    {"docs": [D1], "country": "Slovakia", "territory": "Narva", "why": "is expected to recognise", "evidence": "Slovakia is expected to recognise only what the EU agrees together"},
    {"docs": [D1], "country": "European Union", "territory": "Narva", "why": "international body, not a country", "evidence": "regards Estonia's borders as settled under international law"},
    {"docs": [D2], "country": "Peru", "territory": "Laguna del Desierto", "why": "question", "evidence": "Asked whether Lima would back Argentina’s position"},
    {"docs": [D2], "country": "Bolivia", "territory": "Laguna del Desierto", "why": "is expected to recognise", "evidence": "Bolivia is expected to recognise the award formally"},
    {"docs": [D2], "country": "Organization of American States", "territory": "Laguna del Desierto", "why": "international body, not a country", "evidence": "The OAS encourages both states"},
    {"docs": [D2], "country": "Canada", "territory": "Laguna del Desierto", "why": "declines to comment", "evidence": "does not comment on matters that are bilateral"},
    {"docs": [D3], "country": "Ireland", "territory": "Écréhous", "why": "question about backing a French claim", "evidence": "Would Ireland ever back a French claim to the reef?"},
    {"docs": [D3], "country": "European Commission", "territory": "Écréhous", "why": "international body, not a country", "evidence": "in contact with all parties"},
    {"docs": [D4], "country": "Samoa", "territory": "Jarvis Island", "why": "is expected to recognise", "evidence": "Samoa is expected to recognise the claim"},
    {"docs": [D4], "country": "Pacific Islands Forum", "territory": "Jarvis Island", "why": "international body, not a country", "evidence": "The Forum family has always settled its differences"},
])

# ---------------------------------------------------------------- positions
pos(D1, "Karin Lindqvist", ["Foreign Minister"], [], "Foreign Minister Karin Lindqvist")
pos(D1, "Artūrs Kalniņš", ["foreign minister"], ["Latvia"], "Latvia, whose foreign minister, Artūrs Kalniņš")
pos(D1, "Kristjan Saar", ["prime minister"], ["Estonia"], "Estonia's prime minister, Kristjan Saar")
pos(D1, "Oleg Tarasov", ["deputy"], ["Duma", "State Duma"], "Duma deputy Oleg Tarasov")
pos(D1, "Anders Holm", ["foreign policy spokesperson", "spokesperson"], ["Social Democrats"], "Anders Holm, the Social Democrats' foreign policy spokesperson")
pos(D1, "Maarten Visscher", ["Secretary General"], ["Nato"], "Nato's Secretary General, Maarten Visscher")
pos(D1, "Elena Marković", ["foreign policy chief"], ["EU", "European Union"], "The EU's foreign policy chief, Elena Marković")
pos(D1, "Igor Kuznetsov", ["mayor"], ["Narva"], "Narva's mayor, Igor Kuznetsov")
pos(D1, "Margus Tamm", ["counterpart", "foreign minister"], ["Estonia"], "her Estonian counterpart, Margus Tamm", "optional")

pos(D2, "Rodrigo Valdés", ["President"], [], "President Rodrigo Valdés")
pos(D2, "Martín Echeverría", ["foreign minister"], ["Argentina"], "Argentina’s foreign minister, Martín Echeverría")
pos(D2, "Paulina Urrutia", ["foreign minister"], ["Chile"], "Chile’s foreign minister, Paulina Urrutia")
pos(D2, "Andrés Moraga", ["senator"], ["Republican Party"], "The senator behind the motion, Andrés Moraga of the Republican Party")
pos(D2, "Renata Albuquerque", ["foreign minister"], ["Brazil", "Brasília"], "Brasília, through foreign minister Renata Albuquerque")
pos(D2, "Héctor Salinas", ["secretary general"], ["OAS", "Organization of American States"], "Its secretary general, Héctor Salinas")
pos(D2, "Néstor Giménez", ["mayor"], ["El Chaltén"], "The mayor of El Chaltén, Néstor Giménez")
pos(D2, "Alicia Benítez", ["governor"], ["Santa Cruz"], "the Santa Cruz governor, Alicia Benítez")
pos(D2, "Lucía Ferreyra", ["freelance journalist", "journalist"], [], "Lucía Ferreyra is a Buenos Aires-based freelance journalist")

pos(D3, "Cormac O'Sullivan", ["Europe Correspondent", "correspondent"], ["Irish Independent"], "Cormac O'Sullivan is Europe Correspondent of the Irish Independent")
pos(D3, "Pádraig Gallagher", ["skipper"], [], "Its skipper, Pádraig Gallagher")
pos(D3, "Siobhán Kelleher", ["Tánaiste", "Tanaiste"], [], "the Tánaiste and Minister for Foreign Affairs, Siobhán Kelleher")
pos(D3, "Siobhán Kelleher", ["Minister for Foreign Affairs"], [], "the Tánaiste and Minister for Foreign Affairs, Siobhán Kelleher")
pos(D3, "Claire Dumoulin", ["minister for Europe"], ["France", "French"], "the French minister for Europe, Claire Dumoulin")
pos(D3, "Lord Ashworth", ["Foreign Office minister", "minister"], ["Foreign Office"], "A Foreign Office minister, Lord Ashworth")
pos(D3, "Helen Le Brocq", ["External Relations Minister"], ["Jersey"], "In Jersey, the External Relations Minister, Deputy Helen Le Brocq")
pos(D3, "Helen Le Brocq", ["Deputy"], [], "Deputy Helen Le Brocq")
pos(D3, "Thierry Lemarchand", ["regional councillor", "councillor"], ["Normandy"], "Normandy regional councillor Thierry Lemarchand")
pos(D3, "Seán O'Donnell", ["chief executive"], ["Killybegs Fishermen's Organisation"], "Its chief executive, Seán O'Donnell")
pos(D3, "Liam McBride", ["TD"], ["Fine Gael", "Donegal"], "Fine Gael TD for Donegal Liam McBride")

pos(D4, "Keoni Kahananui", ["reporter"], ["Civil Beat"], "Keoni Kahananui is a reporter for Civil Beat")
pos(D4, "Tebuka Ioane", ["President"], ["Kiribati"], "Kiribati President Tebuka Ioane")
pos(D4, "Dana Whitfield", ["Spokesperson"], ["State Department"], "Spokesperson Dana Whitfield")
pos(D4, "Aroha Tainui", ["Foreign Minister"], [], "Foreign Minister Aroha Tainui")
pos(D4, "Seve Lopati", ["prime minister"], ["Tuvalu"], "Its prime minister, Seve Lopati")
pos(D4, "Mere Naivalu", ["Secretary General"], ["Pacific Islands Forum"], "The Pacific Islands Forum Secretary General, Mere Naivalu")
pos(D4, "Malia Keawe", ["historian"], ["University of Hawaii at Manoa"], "Malia Keawe, a historian at the University of Hawaii at Manoa")
pos(D4, "Kekoa Aluli", ["executive director"], ["Pacific Reef Alliance"], "Kekoa Aluli, executive director of the Honolulu-based Pacific Reef Alliance")
pos(D4, "Lani Medeiros", ["Sen.", "senator"], ["U.S.", "United States", "Senate", "Congress"], "U.S. Sen. Lani Medeiros")
pos(D4, "Kyle Okamoto", ["Rep.", "representative"], ["U.S.", "United States", "House", "Congress"], "U.S. Rep. Kyle Okamoto")
pos(D4, "Taabeta Rimon", ["foreign secretary"], ["Kiribati"], "Kiribati's foreign secretary, Taabeta Rimon")

pos(D5, "Fiona Rutherford", ["Reporter"], ["The Scotsman", "Scotsman"], "Fiona Rutherford is a reporter for The Scotsman")
pos(D5, "Euan Murray", ["Councillor"], [], "Councillor Euan Murray")
pos(D5, "Euan Murray", ["executive member for community services", "executive member"], ["Scottish Borders Council", "council"], "the council's executive member for community services")
pos(D5, "Morag Hastie", ["chief executive"], ["Live Borders"], "Live Borders chief executive Morag Hastie")
pos(D5, "Graham Turnbull", ["leader of the opposition group", "leader"], [], "The leader of the opposition group, Councillor Graham Turnbull")
pos(D5, "Graham Turnbull", ["Councillor"], [], "Councillor Graham Turnbull")
pos(D5, "Kirsty Dalgleish", ["Head coach", "coach"], [], "Head coach Kirsty Dalgleish")
pos(D5, "Alan Dalgleish", ["chairs the club committee", "chair"], ["club"], "who chairs the club committee", "optional")
pos(D5, "Rachel Innes", ["MSP"], ["Midlothian South, Tweeddale and Lauderdale"], "Local MSP Rachel Innes, who represents Midlothian South, Tweeddale and Lauderdale")
pos(D5, "Bill Elliot", ["provost"], ["Tweeddale"], "The former provost of Tweeddale, Bill Elliot", former=True)

# ---------------------------------------------------------------- relations
rel(D1, "Estonia", "sharesBorderWith", "Russia", "Estonia, which shares a border with Russia of almost 300 kilometres")
rel(D1, "Estonia", "memberOf", "Nato", "Estonia, which shares a border with Russia of almost 300 kilometres, joined Nato in 2004")
rel(D1, "Anders Holm", "memberOf", "Social Democrats", "Anders Holm, the Social Democrats' foreign policy spokesperson")
rel(D1, "Narva", "locatedIn", "Estonia", "the Estonian border city of Narva")
rel(D1, "Ivangorod", "locatedIn", "Russia", "facing the Russian town of Ivangorod")
rel(D1, "State Duma", "claims", "Narva", "Helsinki considers the Duma's claim to Narva")
rel(D2, "Marcela Sosa", "spouse", "Diego Paz", "runs a hostel with her husband, Diego Paz")
rel(D2, "Chile", "sharesBorderWith", "Argentina", "Chile and Argentina share one of the longest land borders in the world")
rel(D2, "Andrés Moraga", "memberOf", "Republican Party", "Andrés Moraga of the Republican Party")
rel(D2, "Santa Cruz", "locatedIn", "Argentina", "in Argentina’s Santa Cruz province")
rel(D2, "El Chaltén", "locatedIn", "Santa Cruz", "near El Chaltén, in Argentina’s Santa Cruz province")
rel(D3, "Pádraig Gallagher", "spouse", "Bríd Gallagher", "Mr Gallagher's wife, Bríd Gallagher")
rel(D3, "Liam McBride", "memberOf", "Fine Gael", "Fine Gael TD for Donegal Liam McBride")
rel(D4, "Kiribati", "claims", "Jarvis Island", "declaring Jarvis Island part of its Line Islands group, reviving a claim")
rel(D5, "Kirsty Dalgleish", "spouse", "Alan Dalgleish", "Her husband, Alan Dalgleish")
rel(D5, "Peebles", "locatedIn", "Borders", "Peebles is not the only town in the Borders")

NOT_PERSON.extend(["Aisling Mhór", "Stenbock House", "San Martín Palace", "Fitz Roy", "Live Borders", "Civil Beat", "Kamehameha Schools",
                   "Laguna del Desierto", "El Chaltén", "Santa Cruz", "Baker", "Howland", "Killybegs"])

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
