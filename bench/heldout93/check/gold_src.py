"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_gulftoday_maale_adumim.txt", "02_timeslive_western_tigray.txt", "03_bernama_aceh.txt",
                      "04_mindanews_bangsamoro_republik.txt", "05_thisday_ibadan_market.txt")
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
in the text, with any predicate the ontology defines (score.py reads every predicate named in a relation). entities: every person, organisation, country, territory and place named in the text,
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

# ---------------- entities ----------------
# D1
for n, a in [("Hamad Saif Al Nuaimi", ["Al Nuaimi"]), ("Omar Al Majali", ["Al Majali"]), ("Yair Ben-Ami", ["Ben-Ami"]),
             ("Rania Odeh", ["Odeh"]), ("Salem Al Shamsi", ["Al Shamsi"])]:
    ent(P, n, *a, doc=[D1])
for n, a in [("Gulf Today", []), ("Emirates News Agency", ["WAM"]), ("Ministry of Foreign Affairs", []),
             ("Saudi Ministry of Foreign Affairs", []), ("Knesset", ["Israeli Knesset"]), ("Likud", ["Likud party"]),
             ("Security Council", []), ("Arab League", []), ("International Court of Justice", []),
             ("Palestinian Foreign Ministry", []), ("Trends Research & Advisory", []), ("UN General Assembly", []),
             ("Palestinian Authority", [])]:
    ent(O, n, *a, doc=[D1])
ent(O, "AFP", doc=[D1, D2])
ent(O, "Organisation of Islamic Cooperation", "OIC", doc=[D1, D4])
ent(C, "UAE", "United Arab Emirates", "Abu Dhabi", doc=[D1])
ent(C, "Saudi Arabia", "Riyadh", doc=[D1])
ent(C, "Jordan", "Amman", doc=[D1])
ent(C, "Israel", doc=[D1])
ent(C, "Egypt", "Cairo", doc=[D1])
ent(C, "Bahrain", "Manama", doc=[D1])
ent(C, "United States", "US", "Washington", doc=[D1])
ent(C, "Morocco", doc=[D1])
ent(C, "Palestine", "State of Palestine", doc=[D1])
ent(T, "West Bank", "occupied West Bank", doc=[D1])
ent(T, "East Jerusalem", doc=[D1])
ent(T, "Ma'ale Adumim", doc=[D1])
ent(T, "Gaza", doc=[D1])
ent(PL, "Jerusalem", doc=[D1])
ent(PL, "Ramallah", doc=[D1])
ent(PL, "E1", "E1 corridor", doc=[D1])
# D2
for n, a in [("Lwazi Dlamini", ["Dlamini"]), ("Nomvula Khumalo", ["Khumalo"]), ("Yeshiwas Tadesse", []),
             ("Yonas Tadesse", []), ("Dawit Alemu", ["Alemu"]), ("Gebremedhin Hailu", ["Hailu"]),
             ("Thandeka Mabuza", ["Mabuza"]), ("Sipho Ngcobo", ["Ngcobo"])]:
    ent(P, n, *a, doc=[D2])
for n, a in [("TimesLIVE", []), ("Amhara regional council", ["Amhara council"]), ("House of Federation", []),
             ("Tigray Interim Regional Administration", []), ("UNHCR", ["UN refugee agency"]),
             ("African Union Commission", []), ("African Union", ["AU"]), ("Institute for Security Studies", []),
             ("Arena Holdings", [])]:
    ent(O, n, *a, doc=[D2])
ent(C, "South Africa", "SA", "Pretoria", doc=[D2])
ent(C, "Ethiopia", "Addis Ababa", "Addis", doc=[D2])
ent(C, "Sudan", "Khartoum", doc=[D2])
ent(C, "Kenya", "Nairobi", doc=[D2])
ent(C, "Eritrea", "Asmara", doc=[D2])
ent(T, "Western Tigray", "Welkait", doc=[D2])
ent(PL, "Tigray", doc=[D2])
ent(PL, "Amhara region", "Amhara", doc=[D2])
ent(PL, "Humera", doc=[D2])
ent(PL, "Bahir Dar", doc=[D2])
ent(PL, "Mekelle", doc=[D2])
ent(PL, "Horn of Africa", doc=[D2])
ent(O, "UN", "United Nations", doc=[D2])
ent(O, "Presidency", doc=[D2])
# D3
for n, a in [("Mohd Hazrin Abdullah", ["Mohd Hazrin"]), ("Hendra Wibisono", ["Hendra"]), ("Nurul Ain Ismail", []),
             ("Rizky Pratama", ["Rizky"]), ("Chaiwat Sriprasert", []), ("Farah Nadia Hashim", []),
             ("Zainal Abidin Yusof", [])]:
    ent(P, n, *a, doc=[D3])
for n, a in [("Bernama", ["Malaysian National News Agency"]), ("Wisma Putra", []),
             ("Aceh National Council in Exile", []), ("ASEAN Secretariat", []),
             ("Indonesian Embassy in Kuala Lumpur", ["Indonesian Embassy"]), ("Indonesian Foreign Ministry", []),
             ("Singapore Ministry of Foreign Affairs", []), ("Universiti Kebangsaan Malaysia", ["UKM"]),
             ("Swedish foreign ministry", [])]:
    ent(O, n, *a, doc=[D3])
ent(O, "ASEAN", doc=[D3])
ent(C, "Malaysia", "Kuala Lumpur", doc=[D3, D4])
ent(C, "Indonesia", "Jakarta", "Unitary State of the Republic of Indonesia", doc=[D3, D4])
ent(C, "Singapore", doc=[D3])
ent(C, "Thailand", "Bangkok", doc=[D3])
ent(C, "Brunei", doc=[D3, D4])
ent(C, "Sweden", doc=[D3])
ent(T, "Aceh", "State of Aceh", doc=[D3])
ent(PL, "Putrajaya", doc=[D3])
ent(PL, "Stockholm", doc=[D3])
ent(PL, "Kuching", doc=[D3])
ent(PL, "Borneo", doc=[D3, D4])
ent(PL, "Europe", doc=[D3])
ent(PL, "Helsinki", doc=[D3])
# D4
for n, a in [("Richel V. Abubakar", ["Abubakar"]), ("Omar C. Dimaporo", []), ("Ma. Teresa Villanueva", ["Villanueva"]),
             ("Ramon Dela Cruz", ["Dela Cruz"]), ("Abdulrahman Macarambon", ["Macarambon"]),
             ("Hashim Ampatuan", []), ("Norhaya Balindong", ["Balindong"]), ("Jamila Sarip", ["Sarip"])]:
    ent(P, n, *a, doc=[D4])
for n, a in [("MindaNews", []), ("Department of Foreign Affairs", ["DFA"]),
             ("Moro Islamic Liberation Front", ["MILF"]), ("103rd Infantry Brigade", ["Army's 103rd Infantry Brigade"]),
             ("ISIS", []), ("Mindanao State University", []), ("MSSD", []), ("BARMM parliament", []),
             ("Bangsamoro government", [])]:
    ent(O, n, *a, doc=[D4])
ent(C, "Philippines", "Manila", doc=[D4])
ent(C, "Japan", "Tokyo", doc=[D4])
ent(T, "Bangsamoro Republik", "Republik", doc=[D4])
ent(PL, "Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM", "Bangsamoro", doc=[D4])
for n, a in [("Butig", []), ("Lanao del Sur", []), ("Maguindanao del Sur", []), ("Marawi", ["Marawi City"]),
             ("Cotabato City", []), ("Mindanao", [])]:
    ent(PL, n, *a, doc=[D4])
# D5
for n, a in [("Gbenga Adeyemi", []), ("Adebayo Olaniyan", ["Olaniyan"]), ("Funmilayo Oyewole", []),
             ("Musiliu Akanbi", ["Akanbi"]), ("Kafayat Ajani", []), ("Tunde Alabi", ["Alabi"]),
             ("Segun Ogundipe", ["Ogundipe"]), ("Rasheed Adigun", ["Adigun"])]:
    ent(P, n, *a, doc=[D5])
for n, a in [("THISDAY", ["THISDAYLIVE", "THISDAY NEWSPAPERS LTD"]), ("Oyo State Government", []),
             ("Bodija Market Traders' Association", []), ("Oyo State Fire Service", []),
             ("Oyo State House of Assembly", ["Oyo Assembly"]), ("University of Ibadan", []),
             ("Federal Fire Service", []), ("Ibadan North Local Government", [])]:
    ent(O, n, *a, doc=[D5])
for n, a in [("Ibadan", []), ("Bodija Market", ["Bodija"]), ("Oyo State", ["Oyo"]), ("Ogbomoso", []), ("Oyo town", []),
             ("Lagos", []), ("Ibadanland", [])]:
    ent(PL, n, *a, doc=[D5])

# ---------------- quotes ----------------
q(D1, "Ministry of Foreign Affairs", "does not recognise any Israeli sovereignty over the West Bank, including East Jerusalem", "optional")
q(D1, "UAE", "does not recognise any Israeli sovereignty over the West Bank, including East Jerusalem", "optional")
q(D1, "Ministry of Foreign Affairs", "The UAE reaffirms its firm position in support of the brotherly Palestinian people")
q(D1, "Hamad Saif Al Nuaimi", "undermines every effort made towards a two-state solution", "optional")
q(D1, "Hamad Saif Al Nuaimi", "We have made our position clear to all our partners")
q(D1, "Hamad Saif Al Nuaimi", "The West Bank is occupied territory.")
q(D1, "Hamad Saif Al Nuaimi", "A vote in a parliament does not change that.")
q(D1, "Saudi Ministry of Foreign Affairs", "refuses to recognise the annexation of any part of the occupied West Bank", "optional")
q(D1, "Saudi Arabia", "refuses to recognise the annexation of any part of the occupied West Bank", "optional")
q(D1, "Jordan", "dangerous escalation", "optional")
q(D1, "Omar Al Majali", "Jordan considers the annexation of Ma'ale Adumim illegal")
q(D1, "Omar Al Majali", "There can be no peace without a Palestinian state on the 1967 lines")
q(D1, "Bahrain", "a blow to the spirit of the Abraham Accords", "optional")
q(D1, "Yair Ben-Ami", "Ma'ale Adumim has been part of the Israeli consensus for fifty years")
q(D1, "Yair Ben-Ami", "Today we simply said it out loud.")
q(D1, "Rania Odeh", "This is the theft of land in broad daylight")
q(D1, "Salem Al Shamsi", "normalisation was never a blank cheque")
q(D1, "Salem Al Shamsi", "Our relations with Israel do not mean that we accept annexation")

q(D2, "Nomvula Khumalo", "The Pretoria agreement is very clear that contested areas will be settled")
q(D2, "Nomvula Khumalo", "We will not accept a situation where the work of two years is undone")
q(D2, "Nomvula Khumalo", "Our envoys are already in Addis Ababa.")
q(D2, "Amhara regional council", "permanent and inseparable part", "optional")
q(D2, "Yeshiwas Tadesse", "an injustice that was done in 1991", "optional")
q(D2, "Yeshiwas Tadesse", "The people of Welkait have spoken for thirty years")
q(D2, "Yeshiwas Tadesse", "No one outside this region can take that away.")
q(D2, "Dawit Alemu", "Boundaries between regional states are decided by the House of Federation")
q(D2, "Gebremedhin Hailu", "Western Tigray is Tigray. Our displaced people must go home")
q(D2, "African Union Commission", "deeply concerned", "optional")
q(D2, "Thandeka Mabuza", "Amhara politicians are testing how much the federal government will tolerate")
q(D2, "Thandeka Mabuza", "If Addis Ababa stays quiet, others will try the same thing.")
q(D2, "Thandeka Mabuza", "We can host talks, but we cannot enforce anything on the ground")
q(D2, "Sipho Ngcobo", "When South Africa acts alone, it is easy for Addis to say it is interference")

q(D3, "Mohd Hazrin Abdullah", "Malaysia respects the sovereignty and territorial integrity of Indonesia")
q(D3, "Mohd Hazrin Abdullah", "We will not allow Malaysian soil to be used by any group")
q(D3, "Mohd Hazrin Abdullah", "The police are monitoring the situation. If any law is broken")
q(D3, "Nurul Ain Ismail", "Malaysia will continue to work closely with Indonesia on this matter")
q(D3, "Hendra Wibisono", "clear and friendly", "optional")
q(D3, "Hendra Wibisono", "Aceh has been, is and will always be part of the Unitary State")
q(D3, "Rizky Pratama", "We appreciate the quick and firm response from our neighbours")
q(D3, "Singapore Ministry of Foreign Affairs", "does not recognise the so-called State of Aceh and fully supports", "optional")
q(D3, "Singapore", "does not recognise the so-called State of Aceh and fully supports", "optional")
q(D3, "Farah Nadia Hashim", "This is a group of elderly men in Europe")
q(D3, "Farah Nadia Hashim", "Kuala Lumpur does not want a repeat of the tension of the past")
q(D3, "Zainal Abidin Yusof", "correct and timely", "optional")
q(D3, "Zainal Abidin Yusof", "Malaysia has always been careful on Aceh")

q(D4, "Ma. Teresa Villanueva", "Both our neighbors have assured us that they regard the whole of Mindanao")
q(D4, "Ma. Teresa Villanueva", "We thank them. This is what good neighbors do")
q(D4, "Ma. Teresa Villanueva", "We have no information that any country is even considering it")
q(D4, "Ramon Dela Cruz", "We are not here to wage war on the people of Butig")
q(D4, "Abdulrahman Macarambon", "No place for this", "optional")
q(D4, "Bangsamoro government", "No place for this", "optional")
q(D4, "Abdulrahman Macarambon", "The Bangsamoro already has its government")
q(D4, "Abdulrahman Macarambon", "treated fairly", "optional")
q(D4, "Moro Islamic Liberation Front", "nothing to do with the front", "optional")
q(D4, "Hashim Ampatuan", "nothing to do with the front", "optional")
q(D4, "Norhaya Balindong", "Our people are tired. They have been evacuating since 2016")
q(D4, "Jamila Sarip", "Kuala Lumpur closed that door years ago")
q(D4, "Jamila Sarip", "If there is no livelihood and no justice for the families of 2016")

q(D5, "Adebayo Olaniyan", "When the fire happened in February, I stood here with the traders")
q(D5, "Adebayo Olaniyan", "This market feeds Ibadan and beyond")
q(D5, "Adebayo Olaniyan", "We do not want to come back here to count losses again")
q(D5, "Funmilayo Oyewole", "Every allocation was done in the open")
q(D5, "Musiliu Akanbi", "We thank the governor, we thank the government")
q(D5, "Musiliu Akanbi", "We are begging the government to give us at least six months")
q(D5, "Kafayat Ajani", "Our women have been selling on the roadside for nine months")
q(D5, "Kafayat Ajani", "Today, they have a roof over their heads.")
q(D5, "Tunde Alabi", "I am starting again from zero")
q(D5, "Segun Ogundipe", "The new layout has lanes wide enough for our trucks")

UNATTR.extend(["E1", "State of Aceh", "Sweden follows the matter closely", "Bangsamoro Republik"])

# ---------------- stances ----------------
st(D1, "UAE", N, ["West Bank"], "does not recognise any Israeli sovereignty over the West Bank")
st(D1, "UAE", N, ["East Jerusalem"], "does not recognise any Israeli sovereignty over the West Bank, including East Jerusalem")
st(D1, "UAE", N, ["Ma'ale Adumim"], "UAE, Saudi Arabia reject Knesset vote on Ma'ale Adumim", "optional")
st(D1, "Saudi Arabia", N, ["Ma'ale Adumim"], "UAE, Saudi Arabia reject Knesset vote on Ma'ale Adumim", "optional")
st(D1, "Saudi Arabia", N, ["West Bank"], "refuses to recognise the annexation of any part of the occupied West Bank")
st(D1, "Jordan", N, ["Ma'ale Adumim"], "Jordan considers the annexation of Ma'ale Adumim illegal")
st(D1, "Egypt", N, ["Ma'ale Adumim"], "Cairo said it would not recognise Israeli rule over Ma'ale Adumim")
st(D1, "Bahrain", N, ["Ma'ale Adumim"], "and so did Manama")
st(D2, "South Africa", N, ["Western Tigray", "Welkait"], "South Africa did not recognise unilateral changes to the status of Western Tigray")
st(D2, "South Africa", N, ["Western Tigray", "Welkait"], "Pretoria rejects Amhara vote to absorb Western Tigray", "optional")
st(D2, "Kenya", N, ["Western Tigray", "Welkait"], "and neither did Kenya")
st(D2, "Ethiopia", N, ["Western Tigray", "Welkait"], "Ethiopia does not recognise the council's decision to annex Western Tigray")
st(D2, "Sudan", N, ["Western Tigray", "Welkait"], "Khartoum refuses to recognise any change to the status of Western Tigray")
st(D3, "Malaysia", N, ["Aceh", "State of Aceh"], 'Malaysia does not recognise the so-called "State of Aceh"')
st(D3, "Singapore", N, ["Aceh", "State of Aceh"], "does not recognise the so-called State of Aceh")
st(D3, "Thailand", N, ["Aceh", "State of Aceh"], "Thailand regarded Aceh as part of Indonesia")
st(D3, "Indonesia", N, ["Aceh", "State of Aceh"], "Aceh has been, is and will always be part of the Unitary State of the Republic of Indonesia", "optional")
st(D3, "Brunei", N, ["Aceh", "State of Aceh"], "Singapore, Thailand and Brunei had also informed Indonesia that they did not recognise the declaration")
st(D4, "Malaysia", N, ["Bangsamoro Republik", "Republik"], 'Malaysia and Indonesia have told Manila they will not recognise the "Bangsamoro Republik"')
st(D4, "Indonesia", N, ["Bangsamoro Republik", "Republik"], 'Malaysia and Indonesia have told Manila they will not recognise the "Bangsamoro Republik"')
st(D4, "Brunei", N, ["Bangsamoro Republik", "Republik"], "Brunei has also rejected the declaration")
st(D4, "Japan", N, ["Bangsamoro Republik", "Republik"], "Tokyo considers the proclamation null and void")
st(D4, "Philippines", N, ["Bangsamoro Republik", "Republik"], "There is no place for this so-called Republik", "optional")

NEG.extend([
    {"docs": [D1], "country": "United States", "territory": "Ma'ale Adumim", "why": "is expected to recognise",
     "evidence": "the US administration is expected to recognise the vote"},
    {"docs": [D1], "country": "Morocco", "territory": "Ma'ale Adumim", "why": "open question",
     "evidence": "Whether Morocco would follow the Gulf position was also unclear"},
    {"docs": [D1], "country": "Arab League", "territory": "Ma'ale Adumim", "why": "international body, not a country",
     "evidence": "The Arab League, meeting in emergency session in Cairo, said it did not recognise the Knesset measure"},
    {"docs": [D2], "country": "Eritrea", "territory": "Western Tigray", "why": "is expected to recognise",
     "evidence": "is expected to recognise the Amhara vote"},
    {"docs": [D2], "country": "African Union", "territory": "Western Tigray", "why": "international body, not a country",
     "evidence": "The AU is not itself a party to the boundary question"},
    {"docs": [D3], "country": "ASEAN Secretariat", "territory": "Aceh", "why": "international body, no position",
     "evidence": "it did not take positions on the internal affairs of member states"},
    {"docs": [D3], "country": "(any)", "territory": "Aceh", "why": "appeal to recognise, not a stance",
     "evidence": "appealed to Southeast Asian countries to recognise it"},
    {"docs": [D3], "country": "Sweden", "territory": "Aceh", "why": "open question, no stance",
     "evidence": "It is unclear whether Sweden"},
    {"docs": [D4], "country": "Organisation of Islamic Cooperation", "territory": "Bangsamoro Republik",
     "why": "international body, not a country", "evidence": "said it did not recognise the declaration. The OIC is not a state"},
    {"docs": [D4], "country": "(any)", "territory": "Bangsamoro Republik", "why": "question",
     "evidence": "Asked if any foreign government might recognise the group"},
])

# ---------------- positions ----------------
pos(D1, "Hamad Saif Al Nuaimi", ["Minister of State"], ["Ministry of Foreign Affairs"], "Dr Hamad Saif Al Nuaimi, Minister of State at the Ministry of Foreign Affairs")
pos(D1, "Omar Al Majali", ["Foreign Minister"], ["Jordan", "Amman"], "Foreign Minister Omar Al Majali")
pos(D1, "Yair Ben-Ami", ["Knesset member", "member"], ["Knesset", "Likud"], "Knesset member Yair Ben-Ami of the Likud party")
pos(D1, "Rania Odeh", ["spokesperson"], ["Palestinian Foreign Ministry"], "Palestinian Foreign Ministry spokesperson Rania Odeh")
pos(D1, "Salem Al Shamsi", ["ambassador"], ["UAE", "Jordan"], "a former UAE ambassador to Jordan", former=True)
pos(D1, "Salem Al Shamsi", ["senior researcher", "researcher"], ["Trends Research"], "a senior researcher at Trends Research & Advisory")
pos(D2, "Lwazi Dlamini", ["diplomatic correspondent", "correspondent"], ["TimesLIVE"], "Lwazi Dlamini is TimesLIVE's diplomatic correspondent")
pos(D2, "Nomvula Khumalo", ["deputy minister"], [], "Deputy minister of international relations and cooperation Nomvula Khumalo")
pos(D2, "Yeshiwas Tadesse", ["speaker"], ["Amhara"], "Council speaker Yeshiwas Tadesse")
pos(D2, "Dawit Alemu", ["spokesperson"], ["Ethiopia", "Addis Ababa"], "Government spokesperson Dawit Alemu")
pos(D2, "Gebremedhin Hailu", ["deputy head"], ["Tigray Interim Regional Administration"], "Gebremedhin Hailu, deputy head of the Tigray Interim Regional Administration")
pos(D2, "Thandeka Mabuza", ["senior researcher", "researcher"], ["Institute for Security Studies"], "a senior researcher at the Institute for Security Studies")
pos(D2, "Sipho Ngcobo", ["ambassador"], ["South Africa", "Ethiopia"], "Former South African ambassador to Ethiopia Sipho Ngcobo", former=True)
pos(D3, "Mohd Hazrin Abdullah", ["Foreign Minister"], ["Malaysia"], "Foreign Minister Datuk Seri Mohd Hazrin Abdullah")
pos(D3, "Hendra Wibisono", ["ambassador"], ["Indonesia", "Malaysia"], "the Indonesian Ambassador to Malaysia, Hendra Wibisono")
pos(D3, "Nurul Ain Ismail", ["secretary-general", "secretary general"], ["Wisma Putra"], "Wisma Putra secretary-general Datuk Nurul Ain Ismail")
pos(D3, "Rizky Pratama", ["spokesperson"], ["Indonesian Foreign Ministry"], "Indonesian Foreign Ministry spokesperson Rizky Pratama")
pos(D3, "Chaiwat Sriprasert", ["spokesman"], ["Thailand", "Bangkok"], "foreign ministry spokesman Chaiwat Sriprasert")
pos(D3, "Farah Nadia Hashim", ["lecturer"], ["Universiti Kebangsaan Malaysia", "UKM"], "Universiti Kebangsaan Malaysia (UKM) international relations lecturer Dr Farah Nadia Hashim")
pos(D3, "Zainal Abidin Yusof", ["ambassador"], ["Malaysia", "Indonesia"], "Former Malaysian ambassador to Indonesia Tan Sri Zainal Abidin Yusof", former=True)
pos(D4, "Richel V. Abubakar", ["correspondent"], ["MindaNews"], "RICHEL V. ABUBAKAR is MindaNews' correspondent in Lanao del Sur")
pos(D4, "Ma. Teresa Villanueva", ["spokesperson"], ["Department of Foreign Affairs", "DFA"], "DFA spokesperson Ma. Teresa Villanueva")
pos(D4, "Ramon Dela Cruz", ["commander", "Brig. Gen", "brigadier general"], ["103rd Infantry Brigade"], "Brig. Gen. Ramon Dela Cruz, commander of the Army's 103rd Infantry Brigade")
pos(D4, "Abdulrahman Macarambon", ["Chief Minister"], ["BARMM", "Bangsamoro"], "Bangsamoro Autonomous Region in Muslim Mindanao (BARMM) Chief Minister Abdulrahman Macarambon")
pos(D4, "Hashim Ampatuan", ["vice chair"], ["Moro Islamic Liberation Front", "MILF"], "its vice chair for political affairs, Ustadz Hashim Ampatuan")
pos(D4, "Norhaya Balindong", ["Mayor"], ["Butig"], "Butig Mayor Norhaya Balindong")
pos(D4, "Jamila Sarip", ["analyst", "Prof"], ["Mindanao State University"], "Security analyst Prof. Jamila Sarip of Mindanao State University")
pos(D5, "Adebayo Olaniyan", ["Governor"], ["Oyo State"], "the Governor of Oyo State, Mr. Adebayo Olaniyan")
pos(D5, "Funmilayo Oyewole", ["Commissioner"], [], "The Commissioner for Trade, Investment and Cooperatives, Mrs. Funmilayo Oyewole")
pos(D5, "Musiliu Akanbi", ["Chairman"], ["Bodija Market Traders' Association", "Bodija Market Traders"], "The Chairman of the Bodija Market Traders' Association, Alhaji Musiliu Akanbi")
pos(D5, "Kafayat Ajani", ["Iyaloja"], ["Bodija"], "The Iyaloja of Bodija Market, Chief (Mrs.) Kafayat Ajani")
pos(D5, "Tunde Alabi", ["trader"], [], "A trader, Mr. Tunde Alabi", "optional")
pos(D5, "Segun Ogundipe", ["Controller"], ["Oyo State Fire Service"], "The Controller of the Oyo State Fire Service, Mr. Segun Ogundipe")
pos(D5, "Rasheed Adigun", ["Chairman"], ["Ibadan North Local Government"], "the Chairman of Ibadan North Local Government, Hon. Rasheed Adigun")

# ---------------- relations ----------------
rel(D1, "Jordan", "sharesBorderWith", "West Bank", "Jordan, which borders the West Bank")
rel(D1, "Yair Ben-Ami", "memberOf", "Likud", "Knesset member Yair Ben-Ami of the Likud party")
rel(D2, "Western Tigray", "sharesBorderWith", "Sudan", "which borders Sudan and Eritrea")
rel(D2, "Western Tigray", "sharesBorderWith", "Eritrea", "which borders Sudan and Eritrea")
rel(D2, "Humera", "locatedIn", "Western Tigray", "Humera, in Western Tigray")
rel(D3, "Aceh", "locatedIn", "Indonesia", "Aceh, Indonesia's westernmost province")
rel(D3, "Malaysia", "sharesBorderWith", "Indonesia", "Malaysia shares a land border with Indonesia")
rel(D3, "Malaysia", "memberOf", "ASEAN", "Malaysia and Indonesia, as founding members of ASEAN")
rel(D3, "Indonesia", "memberOf", "ASEAN", "Malaysia and Indonesia, as founding members of ASEAN")
rel(D4, "Marawi", "locatedIn", "Lanao del Sur", "Marawi, the capital of Lanao del Sur")
rel(D4, "Butig", "locatedIn", "Lanao del Sur", "Butig, Lanao del Sur")
rel(D5, "Bodija Market", "locatedIn", "Ibadan", "the Bodija Market in Ibadan")

NOT_PERSON.extend(["Gulf Today", "TimesLIVE", "Bernama", "MindaNews", "THISDAY", "Wisma Putra", "Ma'ale Adumim",
                   "Welkait", "Humera", "Bahir Dar", "Mekelle", "Butig", "Bodija", "Iyaloja", "Olubadan", "Meranaw",
                   "Arena Holdings", "Trends Research & Advisory", "Knesset", "Likud", "Putrajaya", "Cotabato City",
                   "Ogbomoso", "Chief Minister", "Brig. Gen.", "Datuk Seri", "Tan Sri", "Alhaji", "Ustadz", "E1"])

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
