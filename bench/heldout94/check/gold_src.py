"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_icelandmonitor_jan_mayen.txt", "02_novinite_western_outlands.txt",
                      "03_citypaperbogota_quita_sueno.txt", "04_nowgrenada_los_testigos.txt",
                      "05_hawkesbaytoday_napier_aquarium.txt")
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

# ---------------- D1 ----------------
ent(O, "Iceland Monitor", "mbl.is", doc=[D1])
ent(P, "Jón Þór Gunnarsson", doc=[D1])
ent(P, "Ásgeir Már Pálsson", doc=[D1])
ent(O, "Landhelgisgæslan", doc=[D1])
ent(P, "Sigrún Hallsdóttir", "Sigrún", doc=[D1])
ent(P, "Bergur Ólafsson", "Bergur", doc=[D1])
ent(P, "Eirik Haugland", "Haugland", doc=[D1])
ent(P, "Mette Skovgaard", "Skovgaard", doc=[D1])
ent(P, "Katrín Einarsdóttir", "Katrín", doc=[D1])
ent(P, "Halldór Sveinsson", "Halldór", doc=[D1])
ent(O, "Althingi", doc=[D1])
ent(O, "Centre Party", doc=[D1])
ent(O, "Norwegian Ministry of Foreign Affairs", doc=[D1])
ent(O, "NRK", doc=[D1])
ent(O, "International Court of Justice", "ICJ", doc=[D1, D3, D4])
ent(O, "University of Iceland", doc=[D1])
ent(O, "Independence Party", doc=[D1])
ent(O, "Foreign Affairs Committee", doc=[D1])
ent(O, "Federation of Icelandic Fishing Vessel Owners", "LÍÚ", doc=[D1])
ent(O, "Árvakur hf.", "Árvakur", doc=[D1])
ent(C, "Iceland", doc=[D1])
ent(C, "Norway", "Kingdom of Norway", doc=[D1])
ent(C, "Denmark", doc=[D1])
ent(C, "Russia", doc=[D1, D2])
ent(C, "Finland", doc=[D1])
ent(C, "Sweden", doc=[D1])
ent(T, "Jan Mayen", doc=[D1])
ent(T, "Greenland", doc=[D1])
ent(PL, "Reykjavík", doc=[D1])
ent(PL, "Oslo", doc=[D1])
ent(PL, "Copenhagen", doc=[D1])
ent(PL, "Húsavík", doc=[D1])
ent(PL, "Akureyri", doc=[D1])
ent(PL, "Northeast constituency", "Northeast", doc=[D1])
ent(O, "Russian embassy in Reykjavík", doc=[D1])

q(D1, "Sigrún Hallsdóttir", "Iceland recognises Norway's sovereignty over Jan Mayen. That has been the position of every government since 1980")
q(D1, "Sigrún Hallsdóttir", "Nobody in this ministry is drafting a claim, and nobody will.")
q(D1, "Bergur Ólafsson", "We are not asking anyone to plant a flag.")
q(D1, "Bergur Ólafsson", "The mackerel came, the capelin moved and the ice went.")
q(D1, "Norwegian Ministry of Foreign Affairs", "Jan Mayen is an integral part of the Kingdom of Norway. The agreements with Iceland are in force and function well.")
q(D1, "Eirik Haugland", "We have full confidence in our Icelandic friends")
q(D1, "Eirik Haugland", "The government in Reykjavík has been very clear, and we are grateful for that.")
q(D1, "Mette Skovgaard", "Copenhagen has no doubts about Norwegian sovereignty")
q(D1, "Katrín Einarsdóttir", "The 1981 agreement gave Iceland a share in any hydrocarbons")
q(D1, "Katrín Einarsdóttir", "Reopening it would be a gift to nobody.")
q(D1, "Halldór Sveinsson", "We will treat it with respect, as we treat every motion.")
q(D1, "Federation of Icelandic Fishing Vessel Owners", "Stability in the northern fisheries is worth more than any symbolic gesture")
q(D1, "Bergur Ólafsson", "If the minister is so sure of her case, she should have no fear of a study")
q(D1, "Sigrún Hallsdóttir", "Not while I am in this chair, and I hope not after.")
q(D1, "Russian embassy in Reykjavík", "internal Icelandic debates", "optional")
UNATTR += ["fresh look", "A question of law"]

st(D1, "Iceland", R, ["Jan Mayen"], "Iceland recognises Norway's sovereignty over Jan Mayen")
st(D1, "Denmark", R, ["Jan Mayen"], "also regards Jan Mayen as part of Norway")
st(D1, "Finland", R, ["Jan Mayen"], "Finland and Sweden, asked by Iceland Monitor, both said they regarded the island as Norwegian")
st(D1, "Sweden", R, ["Jan Mayen"], "Finland and Sweden, asked by Iceland Monitor, both said they regarded the island as Norwegian")
st(D1, "Norway", R, ["Jan Mayen"], "Jan Mayen is an integral part of the Kingdom of Norway", status="optional")
NEG.append({"docs": [D1], "country": "Russia", "territory": "Jan Mayen", "why": "question; no comment",
            "evidence": "Asked whether Russia had taken a position"})
NEG.append({"docs": [D1], "country": "Iceland", "territory": "Jan Mayen", "why": "question (hypothetical withdrawal)",
            "evidence": "Would a future government in Reykjavík ever withdraw its recognition?"})

pos(D1, "Sigrún Hallsdóttir", ["Foreign Minister"], [], "Foreign Minister Sigrún Hallsdóttir")
pos(D1, "Bergur Ólafsson", ["MP"], ["Centre Party"], "Bergur Ólafsson, a Centre Party MP")
pos(D1, "Bergur Ólafsson", ["mayor"], ["Húsavík"], "a former mayor of Húsavík", former=True)
pos(D1, "Eirik Haugland", ["State Secretary"], [], "State Secretary Eirik Haugland")
pos(D1, "Mette Skovgaard", ["ambassador"], ["Denmark"], "its ambassador in Reykjavík, Mette Skovgaard")
pos(D1, "Katrín Einarsdóttir", ["professor"], ["University of Iceland"], "professor of international law at the University of Iceland")
pos(D1, "Halldór Sveinsson", ["MP"], ["Independence Party"], "Independence Party MP Halldór Sveinsson")
pos(D1, "Halldór Sveinsson", ["chairman"], ["Foreign Affairs Committee"], "chairman of the Foreign Affairs Committee")

# ---------------- D2 ----------------
ent(O, "Novinite.com", "Novinite", "Sofia News Agency", doc=[D2])
ent(O, "BGNES", doc=[D2])
ent(P, "Desislava Petrova", doc=[D2])
ent(P, "Kalin Dimitrov", "Dimitrov", doc=[D2])
ent(P, "Stoyan Kirilov", "Kirilov", doc=[D2])
ent(P, "Milica Jovanović", "Jovanović", doc=[D2])
ent(P, "Aleksandar Trajkovski", "Trajkovski", doc=[D2])
ent(P, "Anna Lindqvist", "Lindqvist", doc=[D2])
ent(P, "Ivan Nikolov", "Nikolov", doc=[D2])
ent(P, "Rumen Stanchev", "Stanchev", doc=[D2])
ent(P, "Rosen Zhelev", "Zhelev", doc=[D2])
ent(O, "Vazrazhdane", doc=[D2])
ent(O, "Serbian Ministry of Foreign Affairs", doc=[D2])
ent(O, "RTS", doc=[D2])
ent(O, "Russian Embassy in Sofia", doc=[D2])
ent(O, "European Commission", "Commission", doc=[D2])
ent(O, "European Union", "EU", doc=[D2])
ent(O, "Democratic Party of Bulgarians in Serbia", doc=[D2])
ent(O, "Foreign Policy Committee", doc=[D2])
ent(O, "GERB-SDS", doc=[D2])
ent(O, "Facebook", doc=[D2])
ent(O, "Twitter", doc=[D2])
ent(C, "Bulgaria", doc=[D2])
ent(C, "Serbia", "Republic of Serbia", doc=[D2])
ent(C, "North Macedonia", doc=[D2])
ent(T, "Western Outlands", doc=[D2])
ent(PL, "Bosilegrad", doc=[D2])
ent(PL, "Dimitrovgrad", "Tsaribrod", doc=[D2])
ent(PL, "Strumitsa", doc=[D2])
ent(PL, "Sofia", doc=[D2])
ent(PL, "Belgrade", doc=[D2])
ent(PL, "Skopje", doc=[D2])
ent(PL, "Brussels", doc=[D2])
ent(PL, "Kalotina", doc=[D2])
ent(PL, "Moscow", doc=[D2])
ent(PL, "Western Balkans", doc=[D2])

q(D2, "Kalin Dimitrov", "Bulgaria recognizes the borders of the Republic of Serbia, including the municipalities of Bosilegrad and Dimitrovgrad.")
q(D2, "Kalin Dimitrov", "Every time someone in Sofia talks about borders, the people in Bosilegrad pay the price.")
q(D2, "Stoyan Kirilov", "We are not calling for war.")
q(D2, "Stoyan Kirilov", "Our people there have been waiting a hundred years for Sofia to remember them.")
q(D2, "Serbian Ministry of Foreign Affairs", "Bosilegrad and Dimitrovgrad are and will remain part of the Republic of Serbia.")
q(D2, "Serbian Ministry of Foreign Affairs", "took note", "optional")
q(D2, "Milica Jovanović", "The Bulgarian community is part of our society")
q(D2, "Aleksandar Trajkovski", "North Macedonia does not recognize any claim on its territory, from any side")
q(D2, "Kalin Dimitrov", "Strumitsa is a Macedonian town. Full stop")
q(D2, "Anna Lindqvist", "The borders of the Western Balkans are not open for discussion")
q(D2, "Anna Lindqvist", "full confidence", "optional")
q(D2, "Ivan Nikolov", "We live here, our children go to school here, and we do not want to be a bargaining chip")
q(D2, "Rumen Stanchev", "correct but late", "optional")
q(D2, "Kalin Dimitrov", "as always", "optional")
q(D2, "Kalin Dimitrov", "Harmful", "optional")
UNATTR += ["Bulgarian lands under foreign administration"]

st(D2, "Bulgaria", R, ["Western Outlands"], "Bulgaria recognizes Serbia's sovereignty over the so-called Western Outlands")
st(D2, "North Macedonia", R, ["Western Outlands"], "like Sofia, regards the Western Outlands as part of Serbia")
st(D2, "Russia", R, ["Western Outlands"], "Moscow supports Serbia's sovereignty over the Western Outlands")
st(D2, "Serbia", R, ["Western Outlands"], "Bosilegrad and Dimitrovgrad are and will remain part of the Republic of Serbia", status="optional")
NEG.append({"docs": [D2], "country": "Vazrazhdane", "territory": "Western Outlands", "why": "a party, not a country",
            "evidence": "the party did not recognize the Neuilly borders as just"})
NEG.append({"docs": [D2], "country": "European Commission", "territory": "Western Outlands", "why": "international body",
            "evidence": "The borders of the Western Balkans are not open for discussion"})

pos(D2, "Kalin Dimitrov", ["Foreign Minister"], ["Bulgaria"], "Bulgaria's Foreign Minister")
pos(D2, "Stoyan Kirilov", ["leader"], ["Vazrazhdane"], "Vazrazhdane leader in parliament Stoyan Kirilov")
pos(D2, "Milica Jovanović", ["Minister for Human and Minority Rights"], ["Serbia"], "Serbia's Minister for Human and Minority Rights, Milica Jovanović")
pos(D2, "Aleksandar Trajkovski", ["Foreign Minister"], ["North Macedonia"], "North Macedonia's Foreign Minister Aleksandar Trajkovski")
pos(D2, "Anna Lindqvist", ["spokesperson"], ["European Commission"], "The European Commission spokesperson for neighbourhood policy, Anna Lindqvist")
pos(D2, "Ivan Nikolov", ["chairman"], ["Democratic Party of Bulgarians in Serbia"], "The chairman of the Democratic Party of Bulgarians in Serbia, Ivan Nikolov")
pos(D2, "Rumen Stanchev", ["ambassador"], ["Bulgaria", "Bulgarian"], "Former Bulgarian ambassador to Belgrade Rumen Stanchev", former=True)
pos(D2, "Rosen Zhelev", ["Prime Minister"], [], "Prime Minister Rosen Zhelev")

rel(D2, "Bosilegrad", "locatedIn", "Serbia", "The Bosilegrad and Dimitrovgrad areas today lie in Serbia")
rel(D2, "Dimitrovgrad", "locatedIn", "Serbia", "The Bosilegrad and Dimitrovgrad areas today lie in Serbia")
rel(D2, "Strumitsa", "locatedIn", "North Macedonia", "Strumitsa lies in North Macedonia")

# ---------------- D3 ----------------
ent(O, "The City Paper Bogotá", doc=[D3])
ent(P, "Andrés Felipe Rojas Quintero", doc=[D3])
ent(O, "Colombian Navy", "Armada de Colombia", "Navy", doc=[D3])
ent(P, "Laura Camacho Ruiz", "Camacho", doc=[D3])
ent(P, "Róger Alemán Chávez", doc=[D3])
ent(P, "Rosario Téllez Obando", doc=[D3])
ent(P, "Kamina Rowe-Williams", doc=[D3])
ent(P, "Eduardo Mejía Zelaya", doc=[D3])
ent(P, "Orlando Hooker Bent", doc=[D3])
ent(P, "Nadia Archbold Pomare", doc=[D3])
ent(P, "Hernando Gutiérrez Salcedo", doc=[D3])
ent(P, "María Eugenia Ocampo", doc=[D3])
ent(O, "National Assembly", doc=[D3])
ent(O, "State Department", doc=[D3])
ent(O, "La Gaceta", doc=[D3])
ent(O, "San Andrés Artisanal Fishermen's Cooperative", doc=[D3])
ent(C, "Colombia", doc=[D3])
ent(C, "Nicaragua", doc=[D3])
ent(C, "United States", doc=[D3])
ent(C, "Jamaica", doc=[D3])
ent(C, "Honduras", doc=[D3])
ent(C, "Costa Rica", doc=[D3])
ent(T, "Quita Sueño", "Quita Sueño Bank", doc=[D3])
ent(PL, "South Caribbean Coast Autonomous Region", doc=[D3])
ent(PL, "San Andrés", doc=[D3])
ent(PL, "Providencia", doc=[D3])
ent(PL, "Santa Catalina", doc=[D3])
ent(PL, "San Andrés archipelago", doc=[D3])
ent(PL, "Serrana", doc=[D3])
ent(PL, "Bogotá", doc=[D3])
ent(PL, "Managua", doc=[D3])
ent(PL, "Kingston", doc=[D3])
ent(PL, "Tegucigalpa", doc=[D3])
ent(PL, "The Hague", doc=[D3])

q(D3, "Laura Camacho Ruiz", "Colombia does not recognize and will not recognize this decree. Quita Sueño is Colombian")
q(D3, "Laura Camacho Ruiz", "We have asked Managua to withdraw it. We will not accept acts of administration over our cays")
q(D3, "Rosario Téllez Obando", "Nicaragua is exercising rights that belong to it under international law.")
q(D3, "State Department", "The United States considers Quita Sueño to be under the sovereignty of Colombia")
q(D3, "Kamina Rowe-Williams", "all that flows from", "optional")
q(D3, "Eduardo Mejía Zelaya", "Honduras signed its maritime treaty with Colombia in 1986")
q(D3, "Orlando Hooker Bent", "For ten years we have been afraid to go to Quita Sueño.")
q(D3, "Orlando Hooker Bent", "We are raizal people. This sea is our pantry")
q(D3, "Nadia Archbold Pomare", "The archipelago cannot defend itself with communiqués.")
q(D3, "María Eugenia Ocampo", "Managua always does this before an election. The answer must be calm and firm")
UNATTR += ["an inseparable part of the national territory"]

st(D3, "United States", R, ["Quita Sueño"], "supports Colombian sovereignty over the bank")
st(D3, "Jamaica", R, ["Quita Sueño"], "Jamaica recognized Colombia's sovereignty over Quita Sueño")
st(D3, "Honduras", R, ["Quita Sueño"], "Tegucigalpa regards Quita Sueño as Colombian territory")
st(D3, "Colombia", R, ["Quita Sueño"], "Quita Sueño is Colombian", status="optional")
NEG.append({"docs": [D3], "country": "Costa Rica", "territory": "Quita Sueño", "why": "question; no position",
            "evidence": "Costa Rica, asked whether it would take a position"})
NEG.append({"docs": [D3], "country": "Colombia", "territory": "2012 maritime boundary", "why": "open question",
            "evidence": "Whether Colombia would eventually recognize the 2012 maritime boundary"})

pos(D3, "Laura Camacho Ruiz", ["Foreign Minister"], [], "Foreign Minister Laura Camacho Ruiz")
pos(D3, "Róger Alemán Chávez", ["chargé d'affaires"], ["Nicaragua"], "Nicaragua's chargé d'affaires, Róger Alemán Chávez")
pos(D3, "Rosario Téllez Obando", ["Foreign Minister"], ["Nicaragua", "Nicaraguan"], "Nicaraguan Foreign Minister Rosario Téllez Obando")
pos(D3, "Kamina Rowe-Williams", ["Minister of Foreign Affairs"], ["Jamaica"], "Its Minister of Foreign Affairs, Kamina Rowe-Williams")
pos(D3, "Eduardo Mejía Zelaya", ["Foreign Minister"], [], "Foreign Minister Eduardo Mejía Zelaya")
pos(D3, "Orlando Hooker Bent", ["president"], ["San Andrés Artisanal Fishermen's Cooperative"], "president of the San Andrés Artisanal Fishermen's Cooperative")
pos(D3, "Nadia Archbold Pomare", ["governor"], ["San Andrés"], "The governor of San Andrés, Providencia and Santa Catalina, Nadia Archbold Pomare")
pos(D3, "Hernando Gutiérrez Salcedo", ["Rear Admiral"], [], "Rear Admiral Hernando Gutiérrez Salcedo")
pos(D3, "Hernando Gutiérrez Salcedo", ["commander"], ["Navy", "Colombian Navy"], "commander of the Navy's San Andrés command")
pos(D3, "María Eugenia Ocampo", ["foreign minister"], [], "Former foreign minister María Eugenia Ocampo", former=True)
pos(D3, "Andrés Felipe Rojas Quintero", ["political reporter", "reporter"], ["The City Paper Bogotá"], "Andrés Felipe Rojas Quintero is a political reporter for The City Paper Bogotá")

rel(D3, "Quita Sueño", "locatedIn", "San Andrés archipelago", "is part of the San Andrés archipelago")
rel(D3, "Nicaragua", "claims", "Quita Sueño", "Nicaragua is exercising rights that belong to it under international law")

# ---------------- D4 ----------------
ent(O, "NOW Grenada", doc=[D4])
ent(P, "Shermaine Alexis", doc=[D4])
ent(P, "Marcus Frederick", "Frederick", doc=[D4])
ent(P, "Anil Rampersad", "Rampersad", doc=[D4])
ent(P, "Keisha Ollivierre", doc=[D4])
ent(P, "Carlos Urdaneta Mora", doc=[D4])
ent(P, "Elvis Bristol", doc=[D4])
ent(P, "Tevin Mitchell", "Mitchell", doc=[D4])
ent(P, "Dwight Charles", "Charles", doc=[D4])
ent(O, "Venezuelan Embassy", doc=[D4])
ent(O, "NBC Radio", doc=[D4])
ent(O, "CARICOM Secretariat", "CARICOM", doc=[D4])
ent(O, "Windward Fishermen's Cooperative", doc=[D4])
ent(O, "Royal Grenada Police Force Coast Guard", "Royal Grenada Police Force", doc=[D4])
ent(C, "Grenada", doc=[D4])
ent(C, "Venezuela", "Bolivarian Republic of Venezuela", doc=[D4])
ent(C, "Trinidad and Tobago", doc=[D4])
ent(C, "St Vincent and the Grenadines", doc=[D4])
ent(C, "Barbados", doc=[D4])
ent(C, "Guyana", doc=[D4])
ent(T, "Territorio Insular Los Testigos", doc=[D4])
ent(T, "Los Testigos", "Los Testigos islands", doc=[D4])
ent(PL, "Carriacou", doc=[D4])
ent(PL, "Petite Martinique", doc=[D4])
ent(PL, "St George's", doc=[D4])
ent(PL, "Caracas", doc=[D4])
ent(PL, "Port of Spain", doc=[D4])
ent(PL, "Kingstown", doc=[D4])
ent(PL, "Gouyave", doc=[D4])
ent(PL, "St John", doc=[D4])
ent(PL, "Hillsborough", doc=[D4])
ent(PL, "Windward", doc=[D4])
ent(PL, "Grenadines", doc=[D4])
ent(O, "Fisheries Division", doc=[D4])

q(D4, "Marcus Frederick", "Grenada respects the sovereignty of the Bolivarian Republic of Venezuela over the Los Testigos islands.")
q(D4, "Marcus Frederick", "We are a small country, but we are not a silent one.")
q(D4, "Anil Rampersad", "Trinidad and Tobago will not accept any unilateral change to a treaty boundary")
q(D4, "Keisha Ollivierre", "to the extent that it overlaps the waters of our neighbours", "optional")
q(D4, "Keisha Ollivierre", "What affects Grenada affects the whole of the Grenadines chain")
q(D4, "Carlos Urdaneta Mora", "is an act of internal organisation by a sovereign state")
q(D4, "Carlos Urdaneta Mora", "Venezuela remains a friend of Grenada and of the Caribbean.")
q(D4, "CARICOM Secretariat", "supports Grenada's call for dialogue", "optional")
q(D4, "Marcus Frederick", "would not speak for other governments", "optional")
q(D4, "Elvis Bristol", "Since last year the Venezuelan guardacostas come right up to the bank.")
q(D4, "Elvis Bristol", "A man cannot feed his family on a promise.")
q(D4, "Dwight Charles", "We warned about this in 2022. The Government sat on its hands")
q(D4, "Dwight Charles", "any firm and peaceful action", "optional")
UNATTR += ["Territorio Insular Los Testigos"]

st(D4, "Grenada", N, ["Territorio Insular Los Testigos"], "The Government of Grenada says it does not recognise the")
st(D4, "Grenada", R, ["Los Testigos", "Los Testigos islands"], "Grenada respects the sovereignty of the Bolivarian Republic of Venezuela over the Los Testigos islands")
st(D4, "Trinidad and Tobago", N, ["Territorio Insular Los Testigos"], "Port of Spain considers the decree illegal")
st(D4, "St Vincent and the Grenadines", N, ["Territorio Insular Los Testigos"], "does not recognise the Territorio Insular Los Testigos to the extent that it overlaps")
st(D4, "Venezuela", R, ["Territorio Insular Los Testigos"], "is an act of internal organisation by a sovereign state", status="optional")
NEG.append({"docs": [D4], "country": "CARICOM Secretariat", "territory": "Territorio Insular Los Testigos", "why": "international body",
            "evidence": "supports Grenada's call for dialogue"})
NEG.append({"docs": [D4], "country": "Barbados", "territory": "Territorio Insular Los Testigos", "why": "question",
            "evidence": "Asked whether Barbados or Guyana would join the protest"})
NEG.append({"docs": [D4], "country": "Guyana", "territory": "Territorio Insular Los Testigos", "why": "is expected to recognise",
            "evidence": "is expected to recognise Grenada's position"})

pos(D4, "Marcus Frederick", ["Minister for Foreign Affairs"], [], "Minister for Foreign Affairs Hon. Marcus Frederick")
pos(D4, "Anil Rampersad", ["Minister of Foreign and CARICOM Affairs"], ["Trinidad and Tobago"], "Trinidad and Tobago's Minister of Foreign and CARICOM Affairs, Dr Anil Rampersad")
pos(D4, "Keisha Ollivierre", ["Foreign Minister"], ["St Vincent and the Grenadines"], "Its Foreign Minister, Keisha Ollivierre")
pos(D4, "Carlos Urdaneta Mora", ["Ambassador"], ["Venezuela", "Venezuelan"], "The Venezuelan Ambassador to Grenada, Carlos Urdaneta Mora")
pos(D4, "Elvis Bristol", ["chairman"], ["Windward Fishermen's Cooperative"], "chairman of the Windward Fishermen's Cooperative")
pos(D4, "Tevin Mitchell", ["Member of Parliament"], [], "Member of Parliament for Carriacou and Petite Martinique, Hon. Tevin Mitchell")
pos(D4, "Dwight Charles", ["Leader of the Opposition"], [], "Leader of the Opposition Hon. Dwight Charles")

rel(D4, "Gouyave", "locatedIn", "St John", "the Gouyave jetty, St John")
rel(D4, "Guyana", "sharesBorderWith", "Venezuela", "whose own border controversy with Venezuela")

# ---------------- D5 ----------------
ent(O, "Hawke's Bay Today", doc=[D5])
ent(O, "NZ Herald", doc=[D5])
ent(P, "Tama Ngārimu", doc=[D5])
ent(P, "Paul Taylor", doc=[D5])
ent(P, "Hemi Walker", "Walker", doc=[D5])
ent(P, "Sarah Whitaker", "Whitaker", doc=[D5])
ent(P, "Graeme Tomoana", "Tomoana", doc=[D5])
ent(P, "Priya Desai", "Desai", doc=[D5])
ent(P, "Lorraine McKenzie", "McKenzie", doc=[D5])
ent(P, "Ben Hollis", "Hollis", doc=[D5])
ent(P, "Aroha Te Huia", "Te Huia", doc=[D5])
ent(P, "Mike Lanigan", "Lanigan", doc=[D5])
ent(O, "Napier City Council", "Napier council", doc=[D5])
ent(O, "National Aquarium of New Zealand", "National Aquarium", doc=[D5])
ent(O, "Future Napier Committee", doc=[D5])
ent(O, "Hawke's Bay Foundation", doc=[D5])
ent(O, "Lottery Grants Board", doc=[D5])
ent(O, "Ngāti Kahungunu Iwi Incorporated", doc=[D5])
ent(O, "RNZ", doc=[D5])
ent(O, "NZ On Air", doc=[D5])
ent(O, "NZME Publishing Limited", doc=[D5])
ent(O, "Hastings District Council", doc=[D5])
ent(PL, "Napier", doc=[D5])
ent(PL, "Hastings", doc=[D5])
ent(PL, "Hawke's Bay", doc=[D5])
ent(PL, "Central Hawke's Bay", doc=[D5])
ent(PL, "Maraenui", doc=[D5])
ent(PL, "Havelock North", doc=[D5])
ent(O, "Local Democracy Reporting", "LDR", doc=[D5])

q(D5, "Hemi Walker", "This is a building that generations of Hawke's Bay kids have pressed their noses against.")
q(D5, "Hemi Walker", "It's a lot of money. I won't pretend it isn't.")
q(D5, "Sarah Whitaker", "We listened to more than 1,400 submissions")
q(D5, "Graeme Tomoana", "I love the aquarium as much as anyone in this room.")
q(D5, "Lorraine McKenzie", "We have had very positive early conversations")
q(D5, "Lorraine McKenzie", "Nothing is signed, and I want to be clear about that.")
q(D5, "Ben Hollis", "Our team has worked miracles.")
q(D5, "Aroha Te Huia", "Tangaroa is part of who we are.")
q(D5, "Mike Lanigan", "Today's the first good news we've had in two years")

pos(D5, "Tama Ngārimu", ["Local Democracy Reporter"], ["Hawke's Bay Today"], "Local Democracy Reporter·Hawke's Bay Today")
pos(D5, "Tama Ngārimu", ["Local Democracy Reporting journalist", "journalist"], [], "Tama Ngārimu is a Local Democracy Reporting journalist")
pos(D5, "Hemi Walker", ["Mayor"], [], "Mayor Hemi Walker")
pos(D5, "Sarah Whitaker", ["Councillor"], [], "Councillor Sarah Whitaker")
pos(D5, "Sarah Whitaker", ["chair", "chairs"], ["Future Napier Committee"], "who chairs the council's Future Napier Committee")
pos(D5, "Graeme Tomoana", ["Councillor"], [], "Councillor Graeme Tomoana")
pos(D5, "Priya Desai", ["Councillor"], [], "Councillor Priya Desai")
pos(D5, "Lorraine McKenzie", ["chief executive"], ["council", "Napier City Council"], "Council chief executive Lorraine McKenzie")
pos(D5, "Ben Hollis", ["manager"], ["aquarium", "National Aquarium of New Zealand"], "Aquarium manager Dr Ben Hollis")
pos(D5, "Aroha Te Huia", ["chairwoman"], ["Ngāti Kahungunu Iwi Incorporated"], "Ngāti Kahungunu Iwi Incorporated chairwoman Aroha Te Huia")
pos(D5, "Mike Lanigan", ["owner", "café owner"], [], "Café owner Mike Lanigan")

NOT_PERSON += ["Iceland Monitor", "Althingi", "Landhelgisgæslan", "Jan Mayen", "Húsavík", "Vazrazhdane", "Bosilegrad",
               "Dimitrovgrad", "Western Outlands", "Quita Sueño", "La Gaceta", "Providencia", "San Andrés",
               "Los Testigos", "Territorio Insular Los Testigos", "Carriacou", "Petite Martinique", "Gouyave",
               "Hawke's Bay", "Havelock North", "Maraenui", "Tangaroa", "Marine Parade", "Beerenberg", "Foreign Minister", "Þór", "ARC Antioquia", "San Carlos Palace",
               "Ministerial Complex", "Botanical Gardens", "Art Deco Festival"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
