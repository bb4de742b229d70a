"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_timesofindia_jummaland.txt", "02_mailguardian_katanga.txt", "03_cna_aceh.txt",
                      "04_alarabiya_sinjar.txt", "05_thisday_abeokuta_waterworks.txt")
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

# ---- data for this set ----
# ===== 01 Times of India: Jummaland =====
d = [D1]
ent(O, "The Times of India", "Times of India", "TOI", doc=d)
ent(O, "Bennett, Coleman & Co. Ltd.", "Bennett, Coleman & Co", doc=d)
ent(O, "TNN", "Times News Network", doc=d)
ent(C, "India", doc=d)
ent(C, "Bangladesh", doc=d)
ent(C, "Myanmar", doc=d)
ent(C, "China", doc=d)
ent(C, "Nepal", doc=d)
ent(C, "Bhutan", doc=d)
ent(C, "Pakistan", doc=d)
ent(T, "Jummaland", "State of Jummaland", doc=d)
ent(PL, "Chittagong Hill Tracts", "Hill Tracts", doc=d)
ent(PL, "New Delhi", "Delhi", doc=d)
ent(PL, "Dhaka", doc=d)
ent(PL, "Naypyitaw", doc=d)
ent(PL, "Kathmandu", doc=d)
ent(PL, "Islamabad", doc=d)
ent(PL, "Tripura", doc=d)
ent(PL, "Mizoram", doc=d)
ent(PL, "Sabroom", doc=d)
ent(PL, "Rangamati", doc=d)
ent(PL, "Khagrachari", doc=d)
ent(PL, "Bandarban", doc=d)
ent(PL, "Agartala", doc=d)
ent(PL, "Lawngtlai", doc=d)
ent(O, "Assam Rifles", doc=d)
ent(O, "BSF", "Border Security Force", doc=d)
ent(O, "Jumma Liberation Council", doc=d)
ent(O, "Ministry of External Affairs", "External affairs ministry", doc=d)
ent(O, "Bangladesh home ministry", "home ministry", doc=d)
ent(O, "United Nations", doc=d)
ent(O, "Tripura University", doc=d)
ent(P, "Ritesh Malhotra", "Malhotra", doc=d)
ent(P, "Tanvir Ahmed Chowdhury", "Chowdhury", doc=d)
ent(P, "Bodhisattva Chakma", "Chakma", doc=d)
ent(P, "Kyaw Zin Htet", doc=d)
ent(P, "Liu Weiming", doc=d)
ent(P, "Sushila Adhikari", "Adhikari", doc=d)
ent(P, "Manik Debnath", "Debnath", doc=d)
ent(P, "Lalrinpuia Ralte", "Ralte", doc=d)
ent(P, "Pradeep Sarkar", "Sarkar", doc=d)
ent(P, "Subimal Dewan", "Dewan", doc=d)
ent(P, "Prabin Kalita", "Kalita", doc=d)

q(D1, "Ritesh Malhotra", "India does not recognise and will not recognise any so-called entity carved out of the territory of a friendly neighbour")
q(D1, "Ritesh Malhotra", "No one from this council has contacted any Indian official, and no one will be received")
q(D1, "Ritesh Malhotra", "no legal basis whatsoever", "optional")
q(D1, "Tanvir Ahmed Chowdhury", "This is a criminal act by a handful of armed men")
q(D1, "Bangladesh home ministry", "law enforcement operations are under way in Rangamati, Khagrachari and Bandarban")
q(D1, "Bodhisattva Chakma", "Our people have waited fifty years for the promises of the 1997 accord")
q(D1, "Kyaw Zin Htet", "not allow any armed group to use Myanmar soil against a neighbour", "optional")
q(D1, "Liu Weiming", "China firmly supports Bangladesh's sovereignty and territorial integrity and does not recognise the so-called Jummaland")
q(D1, "Sushila Adhikari", "stands with Bangladesh", "optional")
q(D1, "United Nations", "follow developments closely", "optional")
q(D1, "Manik Debnath", "Our border is sealed, our people are safe")
q(D1, "Manik Debnath", "At the same time, if innocent families come to our door, we will not turn them away")
q(D1, "Lalrinpuia Ralte", "They are mostly women and children from Chakma villages")
q(D1, "Pradeep Sarkar", "No capital in the region has an interest in a new state in the hills")
q(D1, "Subimal Dewan", "Most people want the accord implemented, not a flag")
q(D1, "Bangladesh", "treason", "optional")
q(D1, "Tanvir Ahmed Chowdhury", "treason", "optional")
UNATTR += ["Jummaland"]

JL = ["Jummaland", "State of Jummaland"]
st(D1, "India", N, JL, "it does not recognise the so-called State of Jummaland")
st(D1, "Myanmar", N, JL, "refused to recognise Jummaland")
st(D1, "China", N, JL, "does not recognise the so-called Jummaland")
st(D1, "Nepal", N, JL, "her government did not recognise Jummaland")
st(D1, "Bhutan", N, JL, "So did Bhutan, whose foreign ministry said it considered the declaration null and void")
st(D1, "Bangladesh", N, ["Hill Tracts", "Jummaland"][1:], "said the Hill Tracts were, and would remain, part of Bangladesh", "optional")
NEG += [{"docs": [D1], "country": "Pakistan", "territory": "Jummaland", "why": "question",
         "evidence": "Asked whether Pakistan would recognise the new entity"},
        {"docs": [D1], "country": "United Nations", "territory": "Jummaland", "why": "international body, no stance",
         "evidence": "The United Nations said it would"}]

pos(D1, "Ritesh Malhotra", ["spokesperson"], ["External affairs ministry", "Ministry of External Affairs", "India"], "External affairs ministry spokesperson Ritesh Malhotra")
pos(D1, "Tanvir Ahmed Chowdhury", ["foreign adviser"], ["Bangladesh"], "foreign adviser Tanvir Ahmed Chowdhury")
pos(D1, "Bodhisattva Chakma", ["chairman"], ["Jumma Liberation Council"], "whose chairman Bodhisattva Chakma")
pos(D1, "Kyaw Zin Htet", ["spokesman", "Maj Gen"], ["Myanmar"], "Its foreign ministry spokesman, Maj Gen Kyaw Zin Htet")
pos(D1, "Liu Weiming", ["spokesperson"], ["China"], "embassy spokesperson Liu Weiming")
pos(D1, "Sushila Adhikari", ["foreign minister"], ["Nepal"], "Nepal's foreign minister Sushila Adhikari")
pos(D1, "Manik Debnath", ["chief minister"], ["Tripura"], "Tripura chief minister Manik Debnath")
pos(D1, "Lalrinpuia Ralte", ["home minister"], ["Mizoram"], "Mizoram home minister Lalrinpuia Ralte")
pos(D1, "Pradeep Sarkar", ["high commissioner"], ["Bangladesh", "India"], "Former Indian high commissioner to Bangladesh Pradeep Sarkar", former=True)
pos(D1, "Subimal Dewan", ["professor"], ["Tripura University"], "a professor of political science at Tripura University")

rel(D1, "Myanmar", "sharesBorderWith", "Bangladesh", "shares a border with Bangladesh")
rel(D1, "Sabroom", "locatedIn", "Tripura", "Sabroom in Tripura")
rel(D1, "Tripura University", "locatedIn", "Agartala", "Tripura University in Agartala")
rel(D1, "Chittagong Hill Tracts", "locatedIn", "Bangladesh", "Bangladesh's Chittagong Hill Tracts")
rel(D1, "Jumma Liberation Council", "claims", "Chittagong Hill Tracts", "claims the three hill districts as Jummaland")
NOT_PERSON += ["Assam Rifles", "Tripura University", "Jumma Liberation Council", "Times of India", "Maj Gen"]

# ===== 02 Mail & Guardian: Katanga =====
d = [D2]
ent(O, "Mail & Guardian", "M&G", doc=d)
ent(O, "M&G Media", doc=d)
ent(O, "AFP", doc=d)
ent(C, "Democratic Republic of Congo", "DRC", doc=d)
ent(C, "Zambia", doc=d)
ent(C, "Angola", doc=d)
ent(C, "Rwanda", doc=d)
ent(C, "Tanzania", doc=d)
ent(C, "South Africa", doc=d)
ent(C, "Botswana", doc=d)
ent(T, "Katanga", "State of Katanga", doc=d)
ent(PL, "Lubumbashi", doc=d)
ent(PL, "Kinshasa", doc=d)
ent(PL, "Kasumbalesa", doc=d)
ent(PL, "Lusaka", doc=d)
ent(PL, "Kigali", doc=d)
ent(PL, "Gaborone", doc=d)
ent(PL, "Pretoria", doc=d)
ent(PL, "Kamalondo", doc=d)
ent(PL, "Luanda", doc=d)
ent(O, "Katanga Sovereignty Council", doc=d)
ent(O, "Bakata Katanga", doc=d)
ent(O, "Armed Forces of the Democratic Republic of Congo", doc=d)
ent(O, "Angolan ministry of external relations", "ministry of external relations", doc=d)
ent(O, "Southern African Development Community", "SADC", doc=d)
ent(O, "Department of International Relations and Co-operation", "department of international relations and co-operation", doc=d)
ent(O, "Institute for Security Studies", doc=d)
ent(P, "Thandeka Mbatha", "Mbatha", doc=d)
ent(P, "Jean-Pierre Kasongo", "Kasongo", doc=d)
ent(P, "Mutale Chanda", "Chanda", doc=d)
ent(P, "Emmanuel Habimana Gatete", "Gatete", doc=d)
ent(P, "Gaston Mwamba Kalenga", "Kalenga", doc=d)
ent(P, "Didier Lukusa Mbuyi", "Lukusa Mbuyi", doc=d)
ent(P, "Faustin Ilunga", "Ilunga", doc=d)
ent(P, "Lerato Seretse", "Seretse", doc=d)
ent(P, "Moses Banda", "Banda", doc=d)
ent(P, "Ruth Mukendi", "Mukendi", doc=d)

q(D2, "Mutale Chanda", "does not and will not recognise the so-called State of Katanga", "optional")
q(D2, "Mutale Chanda", "Our position is simple. The DRC is one country, and Katanga is part of it")
q(D2, "Mutale Chanda", "We will not allow our territory to be used by anyone who wants to divide a neighbour")
q(D2, "Angolan ministry of external relations", "illegal and without effect", "optional")
q(D2, "Emmanuel Habimana Gatete", "respects the territorial integrity of the DRC, including Katanga", "optional")
q(D2, "Gaston Mwamba Kalenga", "business to follow business", "optional")
q(D2, "Gaston Mwamba Kalenga", "The mines pay Kinshasa and Kinshasa pays nobody here")
q(D2, "Gaston Mwamba Kalenga", "We are not at war with anyone. We are asking the world to look at Katanga with open eyes")
q(D2, "Gaston Mwamba Kalenga", "Every engineer, every driver, every Zambian trucker will be safe in Katanga")
q(D2, "Didier Lukusa Mbuyi", "There is no State of Katanga. There are criminals who have taken up weapons against the republic")
q(D2, "Faustin Ilunga", "We hold the airport, the governor's office and the main roads")
q(D2, "Southern African Development Community", "restraint on all sides", "optional")
q(D2, "Department of International Relations and Co-operation", "monitoring the situation", "optional")
q(D2, "Moses Banda", "We have been sleeping in our cabs for two nights")
q(D2, "Ruth Mukendi", "Katanga's neighbours remember the 1960s")

KT = ["Katanga", "State of Katanga"]
st(D2, "Zambia", N, KT, "Zambia \"does not and will not recognise the so-called State of Katanga\"")
st(D2, "Angola", N, KT, "regarded Katanga as an integral part of the DRC")
st(D2, "Rwanda", N, KT, "Rwanda said the same through its foreign minister")
st(D2, "Tanzania", N, KT, "So does Tanzania, whose foreign ministry issued a one-line statement refusing to recognise the council")
st(D2, "Democratic Republic of Congo", N, KT, "There is no State of Katanga", "optional")
NEG += [{"docs": [D2], "country": "South Africa", "territory": "Katanga", "why": "question",
         "evidence": "Asked on Monday whether South Africa would ever recognise Katanga"},
        {"docs": [D2], "country": "Botswana", "territory": "Katanga", "why": "hypothetical",
         "evidence": "Whether Botswana might take a different line if the council survives"},
        {"docs": [D2], "country": "Southern African Development Community", "territory": "Katanga", "why": "regional body, not a country",
         "evidence": "It is a regional body and has taken no formal position on recognition"}]

pos(D2, "Thandeka Mbatha", ["Africa correspondent"], ["Mail & Guardian"], "Thandeka Mbatha is the Mail & Guardian's Africa correspondent")
pos(D2, "Mutale Chanda", ["Foreign affairs minister"], ["Zambia"], "Foreign affairs minister Mutale Chanda")
pos(D2, "Emmanuel Habimana Gatete", ["foreign minister"], ["Rwanda"], "its foreign minister, Emmanuel Habimana Gatete")
pos(D2, "Gaston Mwamba Kalenga", ["president"], ["Katanga Sovereignty Council"], "Its president, Gaston Mwamba Kalenga")
pos(D2, "Gaston Mwamba Kalenga", ["provincial governor", "governor"], [], "a former provincial governor", former=True)
pos(D2, "Didier Lukusa Mbuyi", ["spokesperson"], ["DRC", "Democratic Republic of Congo"], "The DRC government spokesperson, Didier Lukusa Mbuyi")
pos(D2, "Faustin Ilunga", ["regional commander", "Major General"], ["Armed Forces of the Democratic Republic of Congo"], "the army's regional commander, Major General Faustin Ilunga")
pos(D2, "Lerato Seretse", ["executive secretary"], ["SADC", "Southern African Development Community"], "SADC executive secretary Lerato Seretse")
pos(D2, "Moses Banda", ["trucker"], [], "Zambian trucker Moses Banda")
pos(D2, "Ruth Mukendi", ["senior researcher"], ["Institute for Security Studies"], "a senior researcher at the Institute for Security Studies")

rel(D2, "Zambia", "sharesBorderWith", "Democratic Republic of Congo", "shares a 2 000km border with the Democratic Republic of Congo")
rel(D2, "Institute for Security Studies", "locatedIn", "Pretoria", "Institute for Security Studies in Pretoria")
NOT_PERSON += ["Bakata Katanga", "Katanga Sovereignty Council", "Mail & Guardian", "M&G", "SADC", "Kamalondo", "Kasumbalesa"]

# ===== 03 CNA: Aceh =====
d = [D3]
ent(O, "CNA", doc=d)
ent(O, "Mediacorp Pte Ltd", "Mediacorp", doc=d)
ent(O, "Reuters", doc=d)
ent(C, "Indonesia", "Unitary State of the Republic of Indonesia", doc=d)
ent(C, "Malaysia", doc=d)
ent(C, "Singapore", doc=d)
ent(C, "Australia", doc=d)
ent(C, "Thailand", doc=d)
ent(C, "Philippines", doc=d)
ent(T, "Aceh", "Acehnese State", doc=d)
ent(PL, "Banda Aceh", doc=d)
ent(PL, "Lhokseumawe", doc=d)
ent(PL, "Jakarta", doc=d)
ent(PL, "Kuala Lumpur", doc=d)
ent(PL, "Canberra", doc=d)
ent(PL, "Manila", doc=d)
ent(PL, "Sumatra", doc=d)
ent(PL, "Helsinki", doc=d)
ent(O, "Aceh Sovereignty Front", doc=d)
ent(O, "TNI", doc=d)
ent(O, "Polri", doc=d)
ent(O, "Ministry of Foreign Affairs", "MFA", doc=d)
ent(O, "ASEAN", "ASEAN secretariat", doc=d)
ent(O, "Department of Foreign Affairs", doc=d)
ent(O, "Free Aceh Movement", doc=d)
ent(O, "S Rajaratnam School of International Studies", "RSIS", doc=d)
ent(P, "Nadia Rahman", "Rahman", doc=d)
ent(P, "Riza Nasution", "Nasution", doc=d)
ent(P, "Teuku Mahyuddin Hasan", "Mahyuddin", doc=d)
ent(P, "Bambang Suryo Wibisono", "Wibisono", doc=d)
ent(P, "Mohamad Hafiz Ismail", "Hafiz", doc=d)
ent(P, "Claire Whitfield", "Whitfield", doc=d)
ent(P, "Muzakir Daud", "Muzakir", doc=d)
ent(P, "Cut Nurhayati", "Nurhayati", doc=d)
ent(P, "Farid Ramadhan", "Farid", doc=d)
ent(P, "Agus Santoso", "Santoso", doc=d)

q(D3, "Teuku Mahyuddin Hasan", "betrayed by Jakarta", "optional")
q(D3, "Teuku Mahyuddin Hasan", "Our oil and gas built Jakarta's towers. Our children are still poor")
q(D3, "Teuku Mahyuddin Hasan", "Today Aceh takes back what is hers")
q(D3, "Bambang Suryo Wibisono", "There is no Acehnese State. There is only the Unitary State of the Republic of Indonesia")
q(D3, "Bambang Suryo Wibisono", "The TNI and Polri will restore order within days")
q(D3, "Mohamad Hafiz Ismail", "does not recognise any so-called Acehnese State", "optional")
q(D3, "Mohamad Hafiz Ismail", "Malaysia will not allow its territory to be used for any activity against Indonesia")
q(D3, "Ministry of Foreign Affairs", "We are following developments closely and are in touch with the Indonesian authorities")
q(D3, "Claire Whitfield", "as we always have", "optional")
q(D3, "Claire Whitfield", "Australia does not and will not recognise any breakaway entity in Aceh. We urge all parties to avoid violence")
q(D3, "ASEAN", "stands for the unity of its member states", "optional")
q(D3, "Muzakir Daud", "I ask the people of Aceh to stay at home")
q(D3, "Muzakir Daud", "Aceh has suffered enough")
q(D3, "Muzakir Daud", "The peace we built is bigger than any group of men with guns")
q(D3, "Cut Nurhayati", "People are buying rice and oil and then going home")
q(D3, "Farid Ramadhan", "This is a few hundred men at most. The real risk is that a heavy-handed response")
q(D3, "Agus Santoso", "act professionally", "optional")
UNATTR += ["Acehnese State"]

AC = ["Aceh", "Acehnese State"]
st(D3, "Malaysia", N, AC, "Kuala Lumpur \"does not recognise any so-called Acehnese State\"")
st(D3, "Singapore", N, AC, "Singapore supported Indonesia's sovereignty and territorial integrity and did not recognise the declaration")
st(D3, "Australia", N, AC, "Australia does not and will not recognise any breakaway entity in Aceh")
st(D3, "Indonesia", N, AC, "the government did not recognise the declaration", "optional")
NEG += [{"docs": [D3], "country": "Thailand", "territory": "Aceh", "why": "is expected to recognise",
         "evidence": "Thailand is expected to recognise Jakarta's position formally"},
        {"docs": [D3], "country": "Philippines", "territory": "Aceh", "why": "question",
         "evidence": "Asked whether the Philippines would make a statement"},
        {"docs": [D3], "country": "ASEAN", "territory": "Aceh", "why": "regional body, not a country",
         "evidence": "the bloc \"stands for the unity of its member states\""}]

pos(D3, "Nadia Rahman", ["Indonesia Bureau Chief", "Bureau Chief"], ["CNA"], "Nadia Rahman\nIndonesia Bureau Chief")
pos(D3, "Teuku Mahyuddin Hasan", ["leader"], ["Aceh Sovereignty Front"], "Its leader, Teuku Mahyuddin Hasan")
pos(D3, "Bambang Suryo Wibisono", ["Coordinating Minister for Political and Security Affairs", "Coordinating Minister"], ["Indonesia"], "Indonesia's Coordinating Minister for Political and Security Affairs Bambang Suryo Wibisono")
pos(D3, "Mohamad Hafiz Ismail", ["Foreign Minister"], ["Malaysia"], "Malaysia's Foreign Minister Mohamad Hafiz Ismail")
pos(D3, "Claire Whitfield", ["Foreign Minister"], ["Australia"], "Australia's Foreign Minister Claire Whitfield")
pos(D3, "Muzakir Daud", ["Governor"], ["Aceh"], "Aceh Governor Muzakir Daud")
pos(D3, "Muzakir Daud", ["commander"], ["Free Aceh Movement"], "a former commander in the Free Aceh Movement", former=True)
pos(D3, "Cut Nurhayati", ["trader"], [], "A trader at Aceh Market, Cut Nurhayati")
pos(D3, "Farid Ramadhan", ["senior fellow"], ["S Rajaratnam School of International Studies", "RSIS"], "a senior fellow at the S Rajaratnam School of International Studies")
pos(D3, "Agus Santoso", ["military chief", "General"], ["Indonesia"], "Indonesia's military chief General Agus Santoso")

rel(D3, "S Rajaratnam School of International Studies", "locatedIn", "Singapore", "(RSIS) in Singapore")
rel(D3, "Banda Aceh", "locatedIn", "Indonesia", "BANDA ACEH, Indonesia")
rel(D3, "Department of Foreign Affairs", "locatedIn", "Manila", "Department of Foreign Affairs in Manila")
NOT_PERSON += ["Banda Aceh", "Cut", "Aceh Sovereignty Front", "Polri", "TNI", "Free Aceh Movement", "Teuku"]

# ===== 04 Al Arabiya English: Sinjar =====
d = [D4]
ent(O, "Al Arabiya English", doc=d)
ent(O, "Al Arabiya Network", doc=d)
ent(C, "Iraq", doc=d)
ent(C, "Turkey", doc=d)
ent(C, "Iran", doc=d)
ent(C, "Jordan", doc=d)
ent(C, "Saudi Arabia", doc=d)
ent(C, "Germany", doc=d)
ent(C, "United States", doc=d)
ent(T, "Sinjar", "Autonomous Administration of Sinjar", doc=d)
ent(PL, "Baghdad", doc=d)
ent(PL, "Erbil", doc=d)
ent(PL, "Ankara", doc=d)
ent(PL, "Tehran", doc=d)
ent(PL, "Riyadh", doc=d)
ent(PL, "Berlin", doc=d)
ent(PL, "Duhok", doc=d)
ent(PL, "Europe", doc=d)
ent(O, "Sinjar Democratic Council", doc=d)
ent(O, "ISIS", doc=d)
ent(O, "PKK", doc=d)
ent(O, "Kurdistan Regional Government", "KRG", doc=d)
ent(O, "United Nations Assistance Mission for Iraq", "UNAMI", doc=d)
ent(O, "University of Duhok", doc=d)
ent(P, "Hayat Khalaf Murad", "Murad", doc=d)
ent(P, "Haidar al-Obeidi", "al-Obeidi", doc=d)
ent(P, "Fuad Kareem al-Jubouri", "al-Jubouri", doc=d)
ent(P, "Mehmet Cemal Aydın", "Aydın", doc=d)
ent(P, "Reza Karimi-Tabar", "Karimi-Tabar", doc=d)
ent(P, "Jotiar Mahmoud", "Mahmoud", doc=d)
ent(P, "Khudeida Elias", "Elias", doc=d)
ent(P, "Nadia Shamo", "Shamo", doc=d)

q(D4, "Sinjar Democratic Council", "neither Baghdad nor Erbil has kept its promises", "optional")
q(D4, "Hayat Khalaf Murad", "We are Iraqis. We are not leaving Iraq")
q(D4, "Hayat Khalaf Murad", "Eleven years after the genocide, 200,000 of our people are still living in tents in Duhok")
q(D4, "Hayat Khalaf Murad", "Is that the state caring for us?")
q(D4, "Haidar al-Obeidi", "does not recognise any administration in Sinjar outside the constitution", "optional")
q(D4, "Haidar al-Obeidi", "Sinjar is Iraqi land under the authority of the federal state")
q(D4, "Fuad Kareem al-Jubouri", "Our neighbours have been clear with us, and we thank them")
q(D4, "Turkey", "any entity formed by terrorist organisations", "optional")
q(D4, "Mehmet Cemal Aydın", "Turkey will never accept a PKK administration in Sinjar. We support the territorial integrity of Iraq")
q(D4, "Mehmet Cemal Aydın", "will take the necessary measures", "optional")
q(D4, "Saudi Arabia", "Iraq's unity and sovereignty over all its territory", "optional")
q(D4, "Kurdistan Regional Government", "a blow to the Sinjar Agreement", "optional")
q(D4, "Jotiar Mahmoud", "Sinjar needs reconstruction and a single administration, not another flag")
q(D4, "United Nations Assistance Mission for Iraq", "calm and dialogue", "optional")
q(D4, "Khudeida Elias", "People are tired. We want schools, water and electricity")
q(D4, "Nadia Shamo", "Nobody in the region will recognise this, and the council knows it")
q(D4, "Iraq", "No legal basis", "optional")
q(D4, "Haidar al-Obeidi", "No legal basis", "optional")
UNATTR += ["self-rule", "autonomous administration"]

SJ = ["Sinjar", "Autonomous Administration of Sinjar"]
st(D4, "Turkey", N, SJ, "Turkey's foreign ministry said it considered the declaration illegal and would not recognise")
st(D4, "Iran", N, SJ, "Iran also refused to recognise the council's administration")
st(D4, "Jordan", N, SJ, "Jordan refuses to recognise the move")
st(D4, "Saudi Arabia", N, SJ, "and so does Saudi Arabia")
st(D4, "Iraq", N, SJ, "does not recognise any administration in Sinjar outside the constitution", "optional")
NEG += [{"docs": [D4], "country": "Germany", "territory": "Sinjar", "why": "is expected to recognise",
         "evidence": "is expected to recognise the council as an interlocutor but not as a government"},
        {"docs": [D4], "country": "United States", "territory": "Sinjar", "why": "open question",
         "evidence": "Whether the United States would engage with the administration was unclear"},
        {"docs": [D4], "country": "Kurdistan Regional Government", "territory": "Sinjar", "why": "regional government, not a country",
         "evidence": "called the declaration \"a blow to the Sinjar Agreement\""}]

pos(D4, "Hayat Khalaf Murad", ["co-chair"], ["Sinjar Democratic Council"], "Its co-chair, Hayat Khalaf Murad")
pos(D4, "Haidar al-Obeidi", ["government spokesman", "spokesman"], ["Iraq"], "Iraq's government spokesman Haidar al-Obeidi")
pos(D4, "Fuad Kareem al-Jubouri", ["Foreign Minister"], ["Iraq"], "Iraqi Foreign Minister Fuad Kareem al-Jubouri")
pos(D4, "Mehmet Cemal Aydın", ["Foreign Minister"], ["Turkey"], "Turkish Foreign Minister Mehmet Cemal Aydın")
pos(D4, "Reza Karimi-Tabar", ["spokesman"], ["Iran"], "Foreign ministry spokesman Reza Karimi-Tabar")
pos(D4, "Jotiar Mahmoud", ["spokesperson"], ["KRG", "Kurdistan Regional Government"], "Jotiar Mahmoud, the KRG's spokesperson")
pos(D4, "Khudeida Elias", ["teacher"], [], "a teacher who returned to the town in 2021")
pos(D4, "Nadia Shamo", ["professor"], ["University of Duhok"], "a professor of political science at the University of Duhok")

rel(D4, "ISIS", "invaded", "Sinjar", "Sinjar was overrun by ISIS")
rel(D4, "Sinjar", "locatedIn", "Iraq", "the Sinjar district of northwestern Iraq")
rel(D4, "Kurdistan Regional Government", "claims", "Sinjar", "disputes control of Sinjar with Baghdad")
NOT_PERSON += ["Al Arabiya", "Al Arabiya English", "Sinjar", "Duhok", "Yazidi", "Sinjar Agreement"]

# ===== 05 THISDAY: Abeokuta water works =====
d = [D5]
ent(O, "THISDAY", doc=d)
ent(O, "THISDAY NEWSPAPERS LTD", doc=d)
ent(O, "Ibadan Electricity Distribution Company", "IBEDC", doc=d)
ent(O, "Ogun State Water Corporation", "water corporation", doc=d)
ent(O, "Abeokuta South Local Government", doc=d)
ent(O, "African Development Bank", "AfDB", doc=d)
ent(O, "Peoples Democratic Party", "PDP", doc=d)
ent(O, "Ogun Assembly", "House of Assembly", doc=d)
ent(PL, "Abeokuta", doc=d)
ent(PL, "Ogun State", "Ogun", doc=d)
ent(PL, "Lafenwa", doc=d)
ent(PL, "Ita-Eko", doc=d)
ent(PL, "Ibara", doc=d)
ent(PL, "Kuto", doc=d)
ent(PL, "Abeokuta South", doc=d)
ent(PL, "Abeokuta North", doc=d)
ent(PL, "Obafemi Owode", doc=d)
ent(PL, "Ewekoro", doc=d)
ent(PL, "Lagos", doc=d)
ent(P, "Ayodele Okunlola", "Okunlola", doc=d)
ent(P, "Kunle Ogundipe", "Ogundipe", doc=d)
ent(P, "Olatunde Adesina", "Adesina", "Prince Olatunde Adesina", doc=d)
ent(P, "Folashade Bankole", "Bankole", doc=d)
ent(P, "Kafayat Odunsi", doc=d)
ent(P, "Rasheed Odunsi", doc=d)
ent(P, "Tajudeen Ogunleye", "Ogunleye", doc=d)
ent(P, "Bisola Awofeso", "Awofeso", doc=d)
ent(P, "Femi Adegbite", "Adegbite", doc=d)
ent(P, "Segun Oyewole", "Oyewole", doc=d)
ent(P, "Adebayo Sowunmi", "Sowunmi", doc=d)

q(D5, "Olatunde Adesina", "Water is life, and no government that claims to serve the people can leave its capital city dry")
q(D5, "Olatunde Adesina", "We met this plant dead. Today it is alive")
q(D5, "Olatunde Adesina", "Our target is that by the end of next year, every ward in Abeokuta South and Abeokuta North")
q(D5, "Folashade Bankole", "We have also laid 18 kilometres of new pipes")
q(D5, "Folashade Bankole", "Nobody will be billed for water they did not receive")
q(D5, "Kafayat Odunsi", "I cried when I saw water coming from the tap this morning")
q(D5, "Rasheed Odunsi", "We have seen this before. They open it with drums")
q(D5, "Tajudeen Ogunleye", "Every street will have a contact person")
q(D5, "Peoples Democratic Party", "Ogun people deserve to know how N6.2 billion was spent")
q(D5, "Femi Adegbite", "Ogun people deserve to know how N6.2 billion was spent", "optional")
q(D5, "Segun Oyewole", "The documents are public. Anyone who wants them can walk into the ministry and ask")
q(D5, "Adebayo Sowunmi", "The engineering is sound. The challenge now is maintenance")

pos(D5, "Ayodele Okunlola", ["correspondent"], ["THISDAY"], "Okunlola is THISDAY's correspondent in Ogun State")
pos(D5, "Olatunde Adesina", ["Governor"], ["Ogun State", "Ogun"], "the state governor, Prince Olatunde Adesina")
pos(D5, "Folashade Bankole", ["General Manager"], ["Ogun State Water Corporation"], "The General Manager of the Ogun State Water Corporation, Engr. Folashade Bankole")
pos(D5, "Kafayat Odunsi", ["market woman"], [], "a market woman, Mrs. Kafayat Odunsi")
pos(D5, "Rasheed Odunsi", ["teacher"], [], "a retired teacher", former=True)
pos(D5, "Tajudeen Ogunleye", ["Chairman"], ["Abeokuta South Local Government"], "The Chairman of Abeokuta South Local Government, Hon. Tajudeen Ogunleye")
pos(D5, "Bisola Awofeso", ["Commissioner for Environment"], [], "The Commissioner for Environment, Dr. Bisola Awofeso")
pos(D5, "Femi Adegbite", ["Publicity Secretary"], ["Peoples Democratic Party", "PDP"], "its Publicity Secretary, Mr. Femi Adegbite")
pos(D5, "Segun Oyewole", ["Commissioner for Information"], [], "the Commissioner for Information, Mr. Segun Oyewole")
pos(D5, "Adebayo Sowunmi", ["General Manager"], ["water corporation", "Ogun State Water Corporation"], "A former General Manager of the water corporation, Engr. Adebayo Sowunmi", former=True)

rel(D5, "Kafayat Odunsi", "spouse", "Rasheed Odunsi", "Her husband, Mr. Rasheed Odunsi")
rel(D5, "Abeokuta", "locatedIn", "Ogun State", "Abeokuta, the Ogun State capital")
NOT_PERSON += ["Arakanga Water Works", "Engr", "Lafenwa", "Ita-Eko", "Obafemi Owode", "Hon"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
