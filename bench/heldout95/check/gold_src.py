"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_ynetnews_sweida.txt", "02_thenewregion_sinjar.txt", "03_ethiopianherald_awdal.txt",
                      "04_frontiermyanmar_kawthoolei.txt", "05_malaysiakini_kuantan_market.txt")
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
ent(P, "Noa Ben-Haim", doc=[D1]); ent(P, "Yossi Peretz", doc=[D1])
ent(P, "Marwan Abu Fakhr", "Abu Fakhr", doc=[D1]); ent(P, "Hassan al-Tawil", doc=[D1])
ent(P, "Khaled al-Masri", "al-Masri", doc=[D1]); ent(P, "Ronen Shaked", "Shaked", doc=[D1])
ent(P, "Salman Halabi", doc=[D1]); ent(P, "Rima Kheir-Saab", doc=[D1]); ent(P, "Lina Azzam", doc=[D1])
ent(P, "Ingrid Solvang", doc=[D1]); ent(P, "Dan Ohayon", "Ohayon", doc=[D1])
ent(O, "ynetnews", "Ynet", doc=[D1]); ent(O, "Yedioth Internet", doc=[D1])
ent(O, "Supreme Council of Jabal al-Arab", doc=[D1]); ent(O, "Syria's Foreign Ministry", doc=[D1])
ent(O, "Lebanese Foreign Ministry", doc=[D1]); ent(O, "Turkish Foreign Ministry", doc=[D1, D2])
ent(O, "Arab League", doc=[D1]); ent(O, "Reuters", doc=[D1]); ent(O, "United Nations", "UN", doc=[D1])
ent(O, "Knesset", doc=[D1]); ent(O, "IDF", doc=[D1])
ent(C, "Syria", "Damascus", doc=[D1, D2]); ent(C, "Jordan", "Amman", doc=[D1]); ent(C, "Lebanon", doc=[D1])
ent(C, "Turkey", "Ankara", doc=[D1, D2, D3]); ent(C, "Israel", "State of Israel", doc=[D1])
ent(C, "United States", "US", "Washington", doc=[D1])
ent(T, "Sweida", "Autonomous Administration of Jabal al-Arab", "Sweida administration", "Jabal al-Arab", doc=[D1])
ent(PL, "Jerusalem", doc=[D1]); ent(PL, "Nassib", doc=[D1]); ent(PL, "Daliyat al-Karmel", doc=[D1])
ent(PL, "Galilee", doc=[D1]); ent(PL, "Carmel", doc=[D1]); ent(PL, "Shahba", doc=[D1]); ent(PL, "Geneva", doc=[D1])

q(D1, "Marwan Abu Fakhr", "We did not choose separation, separation was forced upon us by those who shelled our villages")
q(D1, "Marwan Abu Fakhr", "From today, no force will enter Sweida without the consent of its people")
q(D1, "Syria's Foreign Ministry", "does not recognize any entity that claims authority over Syrian land outside the state", "optional")
q(D1, "Hassan al-Tawil", "This is a canton on our southern border, built with foreign money, and it will fall the way it rose")
q(D1, "Hassan al-Tawil", "a canton on our southern border", "optional")
q(D1, "Hassan al-Tawil", "restore order in Sweida in the coming weeks", "optional")
q(D1, "Khaled al-Masri", "Jordan's position is clear: Syria's unity is a Jordanian security interest")
q(D1, "Turkish Foreign Ministry", "all parties to respect the territorial integrity of Syria", "optional")
q(D1, "Ronen Shaked", "Israel will not abandon our Druze brothers, and that is all I will say today")
q(D1, "Salman Halabi", "Our brothers in Sweida are defending their homes, nothing more")
q(D1, "Salman Halabi", "We ask the State of Israel to stand with them as they stood with Israel")
q(D1, "Rima Kheir-Saab", "The government uses the Druze when it needs a photo, and forgets them when it needs a decision")
q(D1, "Lina Azzam", "I want schools open and bread in the bakery. Flags will not feed my children")
q(D1, "Ingrid Solvang", "unilateral declarations will only deepen the suffering of Syrians")
q(D1, "Dan Ohayon", "very unlikely", "optional")
q(D1, "Dan Ohayon", "No American administration will break Syria apart for a province of 400,000 people")
UNATTR += ["Autonomous Administration of Jabal al-Arab", "nobody in this government is rushing to recognize anything"]

st(D1, "Syria", N, ["Sweida", "Jabal al-Arab"], "does not recognize any entity that claims authority over Syrian land outside the state")
st(D1, "Jordan", N, ["Sweida", "Jabal al-Arab"], "Amman refuses to recognize the declared administration")
st(D1, "Lebanon", N, ["Sweida", "Jabal al-Arab"], "Lebanon does not recognize the Sweida administration either")
st(D1, "Turkey", N, ["Sweida", "Jabal al-Arab"], "Turkey considers the declaration in Sweida illegal and null")
NEG += [
 {"docs": [D1], "country": "Israel", "territory": "Sweida", "why": "question", "evidence": "Asked whether Israel would recognize the new administration"},
 {"docs": [D1], "country": "United States", "territory": "Sweida", "why": "open question", "evidence": "Whether Washington might eventually recognize the Sweida administration remains an open question"},
 {"docs": [D1], "country": "Arab League", "territory": "Sweida", "why": "not a country", "evidence": "and so does the Arab League"},
]
pos(D1, "Marwan Abu Fakhr", ["head", "heads"], ["Supreme Council of Jabal al-Arab"], "who heads the newly formed Supreme Council of Jabal al-Arab")
pos(D1, "Hassan al-Tawil", ["Foreign Minister"], ["Syria", "Syrian"], "Syrian Foreign Minister Hassan al-Tawil")
pos(D1, "Khaled al-Masri", ["Foreign Minister"], ["Jordan", "Jordanian"], "Jordanian Foreign Minister Khaled al-Masri")
pos(D1, "Ronen Shaked", ["Foreign Minister"], [], "Foreign Minister Ronen Shaked")
pos(D1, "Salman Halabi", ["spiritual leader"], [], "spiritual leader of the Druze community in Israel")
pos(D1, "Rima Kheir-Saab", ["Knesset member", "lawmaker", "member"], ["Knesset"], "Knesset member Rima Kheir-Saab")
pos(D1, "Lina Azzam", ["schoolteacher"], [], "Lina Azzam, a schoolteacher")
pos(D1, "Ingrid Solvang", ["Special Envoy"], ["United Nations", "UN"], "UN Special Envoy for Syria Ingrid Solvang")
pos(D1, "Dan Ohayon", ["ambassador"], ["Israel", "Israeli", "Washington", "United States"], "former Israeli ambassador to Washington, Dan Ohayon", former=True)
pos(D1, "Noa Ben-Haim", ["diplomatic correspondent", "correspondent"], ["ynetnews", "Ynet"], "Noa Ben-Haim is Ynet's diplomatic correspondent")
pos(D1, "Yossi Peretz", ["Arab affairs commentator", "commentator"], ["ynetnews", "Ynet"], "Yossi Peretz is Ynet's Arab affairs commentator")
rel(D1, "Jordan", "sharesBorderWith", "Syria", "Jordan, which shares a long border with Syria")
rel(D1, "Sweida", "locatedIn", "Syria", "the southern Syrian province of Sweida")
NOT_PERSON += ["Sweida", "Jabal al-Arab", "Daliyat al-Karmel", "Shahba", "Ynet", "Druze", "Knesset", "Sheikh"]

# ---------------- D2 ----------------
ent(P, "Dilan Hasan", doc=[D2]); ent(P, "Khudeda Qasim Elias", doc=[D2]); ent(P, "Gulistan Haji Shammo", doc=[D2])
ent(P, "Thamer al-Ubaidi", doc=[D2]); ent(P, "Ali Hamid al-Rubaie", doc=[D2]); ent(P, "Sarwar Khoshnaw", doc=[D2])
ent(P, "Emre Yilmazer", "Yilmazer", doc=[D2]); ent(P, "Mehdi Karimzadeh", doc=[D2]); ent(P, "Saeed Khalaf", doc=[D2])
ent(P, "Layla Bapir", doc=[D2]); ent(P, "Rebwar Sindi", "Sindi", doc=[D2])
ent(O, "The New Region", doc=[D2]); ent(O, "Kurdistan Regional Government", "KRG", doc=[D2])
ent(O, "Islamic State", doc=[D2]); ent(O, "PKK", doc=[D2]); ent(O, "Iraqi army", doc=[D2])
ent(O, "Iranian Foreign Ministry", doc=[D2])
ent(O, "United Nations Assistance Mission for Iraq", "UNAMI", doc=[D2])
ent(O, "Middle East Research Institute", "MERI", doc=[D2])
ent(C, "Iraq", "Baghdad", doc=[D2]); ent(C, "Iran", "Tehran", doc=[D2]); ent(C, "Armenia", doc=[D2])
ent(T, "Sinjar", "Democratic Self-Administration of Sinjar", doc=[D2])
ent(T, "Kurdistan Region", "Kurdistan", doc=[D2])
ent(PL, "Duhok", doc=[D2]); ent(PL, "Nineveh", doc=[D2]); ent(PL, "Erbil", doc=[D2]); ent(PL, "Qandil", doc=[D2])
ent(PL, "Sharya", doc=[D2])

q(D2, "Khudeda Qasim Elias", "We are not separating from Iraq. We are separating from neglect")
q(D2, "Khudeda Qasim Elias", "Nine years of promises have given us tents, not homes")
q(D2, "Gulistan Haji Shammo", "The women of Sinjar survived the genocide, and we will not let anyone decide for us again")
q(D2, "Thamer al-Ubaidi", "a violation of the constitution and of the Sinjar Agreement", "optional")
q(D2, "Ali Hamid al-Rubaie", "will not negotiate with any body that places itself outside the law", "optional")
q(D2, "Sarwar Khoshnaw", "The Sinjar Agreement is the only road map, and the Kurdistan Region remains committed to it")
q(D2, "Emre Yilmazer", "Sinjar cannot become a second Qandil")
q(D2, "Emre Yilmazer", "Turkey will take every measure to protect its borders")
q(D2, "Saeed Khalaf", "I do not care who governs Sinjar. I care whether my son can go to school without soldiers at the gate")
q(D2, "Layla Bapir", "For the first time, Ezidis are speaking for themselves. Nobody in Baghdad or Erbil asked us what we wanted")
q(D2, "United Nations Assistance Mission for Iraq", "We are deeply concerned by the unilateral steps taken in Sinjar and call on all sides to avoid violence")
q(D2, "United Nations Assistance Mission for Iraq", "must be agreed with the people of Sinjar, not imposed on them", "optional")
q(D2, "Rebwar Sindi", "Baghdad, Erbil and Ankara disagree on almost everything, but they agree on this")
q(D2, "Rebwar Sindi", "The council has united its enemies")
UNATTR += ["Democratic Self-Administration of Sinjar", "self-administration", "following events closely"]

st(D2, "Iraq", N, ["Sinjar"], "Iraq does not recognize the so-called self-administration")
st(D2, "Turkey", N, ["Sinjar"], "Turkey will never recognize a PKK-run structure on its doorstep")
st(D2, "Iran", N, ["Sinjar"], "Iran regards the self-administration as illegitimate and supports Iraq's full sovereignty over Sinjar")
NEG += [
 {"docs": [D2], "country": "Armenia", "territory": "Sinjar", "why": "question", "evidence": "Asked whether Armenia, home to a large Ezidi community, would recognize the new body"},
 {"docs": [D2], "country": "Syria", "territory": "Sinjar", "why": "no comment", "evidence": "has not commented"},
]
pos(D2, "Dilan Hasan", ["reporter"], ["The New Region"], "Dilan Hasan is a reporter for The New Region")
pos(D2, "Khudeda Qasim Elias", ["co-chair"], ["Sinjar", "administration"], "Khudeda Qasim Elias, the co-chair of the new administration")
pos(D2, "Gulistan Haji Shammo", ["co-chair"], ["Sinjar", "administration"], "A second co-chair, Gulistan Haji Shammo")
pos(D2, "Thamer al-Ubaidi", ["spokesman"], ["Iraq", "government"], "government spokesman Thamer al-Ubaidi")
pos(D2, "Ali Hamid al-Rubaie", ["Prime Minister"], ["Iraq", "Iraqi"], "Iraqi Prime Minister Ali Hamid al-Rubaie")
pos(D2, "Sarwar Khoshnaw", ["spokesperson"], ["Kurdistan Regional Government", "KRG"], "KRG spokesperson Sarwar Khoshnaw")
pos(D2, "Emre Yilmazer", ["spokesperson"], ["Turkish Foreign Ministry", "Turkey"], "Turkish Foreign Ministry spokesperson Emre Yilmazer")
pos(D2, "Mehdi Karimzadeh", ["spokesperson"], ["Iranian Foreign Ministry", "Iran"], "Iranian Foreign Ministry spokesperson Mehdi Karimzadeh")
pos(D2, "Layla Bapir", ["nurse"], [], "Layla Bapir, a nurse")
pos(D2, "Rebwar Sindi", ["researcher"], ["Middle East Research Institute", "MERI"], "a researcher at the Middle East Research Institute (MERI)")
rel(D2, "Iraq", "sharesBorderWith", "Syria", "the border between Iraq and Syria")
rel(D2, "Sinjar", "locatedIn", "Nineveh", "the district in Nineveh province")
rel(D2, "Duhok", "locatedIn", "Kurdistan Region", "DUHOK, Kurdistan Region")
rel(D2, "Middle East Research Institute", "locatedIn", "Erbil", "(MERI) in Erbil")
NOT_PERSON += ["Sinjar", "Duhok", "Nineveh", "Qandil", "Sharya", "Ezidi", "Ezidis", "KRG", "UNAMI", "MERI"]

# ---------------- D3 ----------------
ent(P, "Selamawit Alemu", doc=[D3]); ent(P, "Abdirashid Hussein Warsame", "Warsame", doc=[D3])
ent(P, "Nebiyu Tesfaye Gebre", "Nebiyu", doc=[D3]); ent(P, "Hawa Ali Robleh", doc=[D3])
ent(P, "Samuel Kiprono Langat", doc=[D3]); ent(P, "Hodan Ismail Jama", doc=[D3])
ent(P, "Mohamed Yusuf Dahir", "Dahir", doc=[D3]); ent(P, "Tewodros Mekonnen", doc=[D3])
ent(P, "Fatuma Abdi Hersi", doc=[D3])
ent(O, "The Ethiopian Herald", doc=[D3]); ent(O, "Ethiopian Press Agency", doc=[D3])
ent(O, "Council of Ministers", doc=[D3]); ent(O, "Ethiopian Ministry of Foreign Affairs", "Ethiopia's Ministry of Foreign Affairs", doc=[D3])
ent(O, "Egyptian Foreign Ministry", doc=[D3]); ent(O, "Turkish Embassy in Mogadishu", doc=[D3])
ent(O, "Intergovernmental Authority on Development", "IGAD", doc=[D3]); ent(O, "Addis Ababa University", doc=[D3])
ent(O, "African Union Commission", doc=[D3]); ent(O, "ENA", doc=[D3])
ent(C, "Somalia", "Federal Government of Somalia", "Federal Republic of Somalia", "Mogadishu", doc=[D3])
ent(C, "Ethiopia", doc=[D3]); ent(C, "Egypt", "Cairo", doc=[D3]); ent(C, "Djibouti", doc=[D3])
ent(T, "Awdal State", "Awdal", doc=[D3]); ent(T, "Somaliland", doc=[D3])
ent(PL, "Addis Ababa", doc=[D3]); ent(PL, "Borama", doc=[D3]); ent(PL, "Hargeisa", doc=[D3]); ent(PL, "Loyada", doc=[D3])
ent(PL, "Tog Wajaale", doc=[D3]); ent(PL, "Nairobi", doc=[D3]); ent(PL, "Horn of Africa", doc=[D3])

q(D3, "Abdirashid Hussein Warsame", "Awdal is part of the Federal Republic of Somalia, and its people have chosen to join the federal system")
q(D3, "Abdirashid Hussein Warsame", "No one can reverse the will of the people of Awdal")
q(D3, "Ethiopian Ministry of Foreign Affairs", "to resolve their differences through peaceful dialogue", "optional")
q(D3, "Nebiyu Tesfaye Gebre", "Ethiopia's concern is the stability of our border and the safety of our people")
q(D3, "Nebiyu Tesfaye Gebre", "Our trade corridors through the region must remain open")
q(D3, "Nebiyu Tesfaye Gebre", "We have told both sides that violence will benefit no one")
q(D3, "Egyptian Foreign Ministry", "the unity and sovereignty of Somalia over all its territory", "optional")
q(D3, "Hawa Ali Robleh", "studying the decision carefully", "optional")
q(D3, "Samuel Kiprono Langat", "The region cannot afford another conflict. IGAD stands ready to facilitate dialogue between the parties")
q(D3, "Hodan Ismail Jama", "Awdal has been part of Somaliland since 1991 and will remain so")
q(D3, "Hodan Ismail Jama", "defend every inch of its land", "optional")
q(D3, "Mohamed Yusuf Dahir", "Today our people have returned to their Somali family")
q(D3, "Mohamed Yusuf Dahir", "We extend our hand to our neighbours in Ethiopia and Djibouti")
q(D3, "Tewodros Mekonnen", "Every actor now has a reason to act before the others do")
q(D3, "Tewodros Mekonnen", "Ethiopia must keep talking to everyone")
q(D3, "Fatuma Abdi Hersi", "People are afraid to cross. They are waiting to see what the politicians do")

st(D3, "Somalia", R, ["Awdal State", "Awdal"], "The Federal Government of Somalia has formally recognised Awdal State as a federal member state")
st(D3, "Ethiopia", N, ["Awdal State", "Awdal"], "Ethiopia does not recognise Awdal State")
st(D3, "Egypt", R, ["Awdal State", "Awdal"], "Cairo recognises Awdal State as a legitimate federal member state of Somalia")
st(D3, "Turkey", R, ["Awdal State", "Awdal"], "Turkey likewise recognises Awdal State")
NEG += [
 {"docs": [D3], "country": "Djibouti", "territory": "Awdal State", "why": "is expected to recognise", "evidence": "is expected to recognise the new state after consultations"},
]
pos(D3, "Abdirashid Hussein Warsame", ["Minister of Interior and Federal Affairs", "Minister of Interior", "Minister"], ["Somalia", "Somali"], "Somali Minister of Interior and Federal Affairs Abdirashid Hussein Warsame")
pos(D3, "Nebiyu Tesfaye Gebre", ["Spokesperson"], ["Ethiopian Ministry of Foreign Affairs", "Ministry", "Ethiopia"], "Ministry Spokesperson Ambassador Nebiyu Tesfaye Gebre")
pos(D3, "Nebiyu Tesfaye Gebre", ["Ambassador"], [], "Ministry Spokesperson Ambassador Nebiyu Tesfaye Gebre")
pos(D3, "Hawa Ali Robleh", ["Foreign Minister"], ["Djibouti", "Djiboutian"], "Djiboutian Foreign Minister Hawa Ali Robleh")
pos(D3, "Samuel Kiprono Langat", ["Executive Secretary"], ["Intergovernmental Authority on Development", "IGAD"], "IGAD Executive Secretary Dr. Samuel Kiprono Langat")
pos(D3, "Hodan Ismail Jama", ["Minister of Foreign Affairs", "Foreign Minister"], ["Somaliland"], "Somaliland’s Minister of Foreign Affairs Hodan Ismail Jama")
pos(D3, "Mohamed Yusuf Dahir", ["president"], ["Awdal State", "Awdal"], "the newly appointed president of Awdal State, Mohamed Yusuf Dahir")
pos(D3, "Tewodros Mekonnen", ["lecturer"], ["Addis Ababa University"], "a lecturer in international relations at Addis Ababa University")
rel(D3, "Ethiopia", "sharesBorderWith", "Somalia", "Ethiopia, which shares a long border with Somalia")
rel(D3, "Somaliland", "claims", "Awdal State", "Somaliland, which claims Awdal as part of its territory")
rel(D3, "Loyada", "locatedIn", "Djibouti", "Djibouti, whose border town of Loyada")
NOT_PERSON += ["Awdal", "Awdal State", "Borama", "Hargeisa", "Loyada", "Tog Wajaale", "IGAD", "ENA", "Ambassador"]

# ---------------- D4 ----------------
ent(P, "Saw Htet Naing", doc=[D4]); ent(P, "Thant Zin Oo", doc=[D4]); ent(P, "Saw Kler Htoo", doc=[D4])
ent(P, "Zaw Min Lin", doc=[D4]); ent(P, "Nwe Nwe Aye", doc=[D4]); ent(P, "Pornchai Srisawat", "Pornchai", doc=[D4])
ent(P, "Lin Haoran", doc=[D4]); ent(P, "Naw Paw Htoo Say", doc=[D4]); ent(P, "Kyaw Min Htet", doc=[D4])
ent(O, "Frontier Myanmar", "Frontier", doc=[D4]); ent(O, "Karen National Union", "KNU", doc=[D4])
ent(O, "KNLA", doc=[D4]); ent(O, "Tatmadaw", doc=[D4]); ent(O, "State Administration Council", doc=[D4])
ent(O, "Chinese Ministry of Foreign Affairs", "China's Ministry of Foreign Affairs", doc=[D4])
ent(O, "External Affairs Ministry", doc=[D4])
ent(O, "Association of Southeast Asian Nations", "ASEAN", doc=[D4])
ent(O, "National Unity Government", "NUG", doc=[D4]); ent(O, "NUG's Ministry of Foreign Affairs", doc=[D4])
ent(C, "Myanmar", "Nay Pyi Taw", doc=[D4]); ent(C, "Thailand", doc=[D4]); ent(C, "China", "Beijing", doc=[D4])
ent(C, "India", "New Delhi", doc=[D4])
ent(T, "Kawthoolei", "State of Kawthoolei", doc=[D4])
ent(PL, "Kayin State", doc=[D4]); ent(PL, "Bago Region", doc=[D4]); ent(PL, "Tanintharyi Region", doc=[D4])
ent(PL, "Lay Wah", doc=[D4]); ent(PL, "Hpa-an", doc=[D4]); ent(PL, "Bangkok", doc=[D4]); ent(PL, "Mae Sot", doc=[D4])
ent(PL, "Myawaddy", doc=[D4]); ent(PL, "Yangon", doc=[D4]); ent(PL, "Chiang Mai", doc=[D4])

q(D4, "Saw Kler Htoo", "For 77 years our people have fought for the right to govern themselves. Today that right becomes a government")
q(D4, "Saw Kler Htoo", "We invite every ethnic group living in Kawthoolei to take part")
q(D4, "Zaw Min Lin", "The Tatmadaw will not allow any group to break up the Union")
q(D4, "Saw Kler Htoo", "This is not a Karen-only state")
q(D4, "Zaw Min Lin", "Those who signed this declaration will face the law")
q(D4, "Nwe Nwe Aye", "Every time the KNU wins something, the airstrikes come to us")
q(D4, "Pornchai Srisawat", "Thailand respects the sovereignty and territorial integrity of Myanmar")
q(D4, "Pornchai Srisawat", "We will not close our door to people fleeing violence")
q(D4, "Pornchai Srisawat", "hypothetical", "optional")
q(D4, "Lin Haoran", "firmly supports Myanmar’s unity", "optional")
q(D4, "Lin Haoran", "all parties in northern and eastern Myanmar", "optional")
q(D4, "External Affairs Ministry", "a Myanmar-led, Myanmar-owned", "optional")
q(D4, "Naw Paw Htoo Say", "We are not asking the world to recognise us tomorrow")
q(D4, "Naw Paw Htoo Say", "We are asking it to stop recognising the junta")
q(D4, "Naw Paw Htoo Say", "The refugees in Mae Sot know who protects them. The diplomats will learn it too")
q(D4, "Kyaw Min Htet", "The KNU is telling the NUG that it will not wait for a federal constitution")
q(D4, "NUG's Ministry of Foreign Affairs", "respects the aspirations of the Karen people", "optional")

st(D4, "Myanmar", N, ["Kawthoolei"], "The military regime in Nay Pyi Taw considers the declaration illegal")
st(D4, "Thailand", N, ["Kawthoolei"], "Thailand refuses to recognise Kawthoolei")
st(D4, "China", N, ["Kawthoolei"], "Beijing and New Delhi also said they do not recognise the interim government")
st(D4, "India", N, ["Kawthoolei"], "Beijing and New Delhi also said they do not recognise the interim government")
NEG += [
 {"docs": [D4], "country": "Thailand", "territory": "Kawthoolei", "why": "hypothetical question", "evidence": "Asked whether Thailand would recognise Kawthoolei if the KNU took Myawaddy"},
 {"docs": [D4], "country": "Association of Southeast Asian Nations", "territory": "Kawthoolei", "why": "not a country, no stance", "evidence": "did not comment"},
]
pos(D4, "Saw Kler Htoo", ["chair"], ["Karen National Union", "KNU"], "KNU chair Padoh Saw Kler Htoo")
pos(D4, "Zaw Min Lin", ["spokesperson"], [], "junta spokesperson Major General Zaw Min Lin")
pos(D4, "Zaw Min Lin", ["Major General"], [], "junta spokesperson Major General Zaw Min Lin")
pos(D4, "Pornchai Srisawat", ["Foreign Minister"], ["Thailand", "Thai"], "Thai Foreign Minister Pornchai Srisawat")
pos(D4, "Lin Haoran", ["spokesperson"], ["Chinese Ministry of Foreign Affairs", "China"], "China’s Ministry of Foreign Affairs spokesperson Lin Haoran")
pos(D4, "Naw Paw Htoo Say", ["central committee member", "member"], ["Karen National Union", "KNU"], "a KNU central committee member responsible for foreign affairs")
pos(D4, "Kyaw Min Htet", ["political analyst", "analyst"], [], "a political analyst based in Chiang Mai")
pos(D4, "Saw Htet Naing", ["reporter"], ["Frontier Myanmar", "Frontier"], "Saw Htet Naing is a Frontier reporter")
pos(D4, "Thant Zin Oo", ["deputy news editor", "news editor", "editor"], ["Frontier Myanmar", "Frontier"], "Thant Zin Oo is Frontier’s deputy news editor")
rel(D4, "Hpa-an", "locatedIn", "Kayin State", "Hpa-an, the Kayin State capital")
NOT_PERSON += ["Kawthoolei", "Hpa-an", "Lay Wah", "Mae Sot", "Myawaddy", "Nay Pyi Taw", "Tatmadaw", "KNLA", "Padoh", "Daw"]

# ---------------- D5 ----------------
ent(P, "Nurul Hidayah Kamaruddin", doc=[D5]); ent(P, "Zulkifli Ahmad Shukri", "Zulkifli", doc=[D5])
ent(P, "Leong Mei Ling", doc=[D5]); ent(P, "Ramli Che Mat", "Ramli", doc=[D5]); ent(P, "Salmah Idris", doc=[D5])
ent(P, "Abdul Halim Yaakob", doc=[D5]); ent(P, "Farah Wahida Osman", doc=[D5]); ent(P, "Azhar Mohd Nor", doc=[D5])
ent(P, "Tan Wei Jie", doc=[D5]); ent(P, "Wan Rosli Wan Ismail", doc=[D5])
ent(O, "malaysiakini", doc=[D5]); ent(O, "Mkini Dotcom Sdn Bhd", doc=[D5])
ent(O, "Kuantan City Council", "MBK", doc=[D5]); ent(O, "Local Government Development Ministry", doc=[D5])
ent(O, "Kuantan Fishermen's Association", doc=[D5]); ent(O, "Tourism Pahang", doc=[D5])
ent(O, "Bina Pantai Timur Sdn Bhd", "Bina Pantai Timur", doc=[D5])
ent(PL, "Kuantan", doc=[D5]); ent(PL, "Tanjung Lumpur", doc=[D5]); ent(PL, "Pahang", doc=[D5])
ent(PL, "Teluk Cempedak", doc=[D5]); ent(PL, "Sungai Isap", doc=[D5]); ent(PL, "Indera Mahkota", doc=[D5])

q(D5, "Zulkifli Ahmad Shukri", "We learned from 2024. The old market was under one metre of water for four days")
q(D5, "Zulkifli Ahmad Shukri", "This building sits 1.8 metres higher, and the drains have been rebuilt all the way to the river mouth")
q(D5, "Leong Mei Ling", "Fishermen should be able to land their catch and sell it within fifty metres")
q(D5, "Ramli Che Mat", "RM350 is a lot for a small trader. On a bad day, I don't even earn RM100")
q(D5, "Salmah Idris", "At least in the new market we will have a roof. But the rent must be fair")
q(D5, "Zulkifli Ahmad Shukri", "We are not here to make money from the fishermen. The rent only covers cleaning, security and electricity")
q(D5, "Abdul Halim Yaakob", "If the council keeps its word, our members will move in on the first day")
q(D5, "Farah Wahida Osman", "Visitors want to see where their fish comes from")
q(D5, "Tan Wei Jie", "The structure is complete. What remains are small things like signage and the stall numbers")
q(D5, "Wan Rosli Wan Ismail", "It took longer than we hoped, but the traders finally have a proper home")

pos(D5, "Zulkifli Ahmad Shukri", ["mayor"], ["Kuantan City Council", "MBK"], "Kuantan City Council (MBK) mayor Zulkifli Ahmad Shukri")
pos(D5, "Leong Mei Ling", ["state executive councillor", "executive councillor"], ["Pahang"], "Pahang state executive councillor for local government Leong Mei Ling")
pos(D5, "Abdul Halim Yaakob", ["chairperson"], ["Kuantan Fishermen's Association"], "Kuantan Fishermen's Association chairperson Abdul Halim Yaakob")
pos(D5, "Farah Wahida Osman", ["general manager"], ["Tourism Pahang"], "Tourism Pahang general manager Dr Farah Wahida Osman")
pos(D5, "Azhar Mohd Nor", ["MP"], ["Indera Mahkota"], "Indera Mahkota MP Azhar Mohd Nor")
pos(D5, "Tan Wei Jie", ["project manager"], ["Bina Pantai Timur"], "Its project manager, Tan Wei Jie")
pos(D5, "Wan Rosli Wan Ismail", ["president"], ["Kuantan City Council", "MBK"], "Former MBK president Wan Rosli Wan Ismail", former=True)
rel(D5, "Ramli Che Mat", "spouse", "Salmah Idris", "His wife, Salmah Idris")
NOT_PERSON += ["Tanjung Lumpur", "Teluk Cempedak", "Sungai Isap", "Indera Mahkota", "Kuantan", "Tourism Pahang", "MBK", "Dr"]

# ---- additions from the paragraph-by-paragraph re-read ----
NEG.append({"docs": [D1], "country": "Israel", "territory": "Sweida", "why": "vague, no stance", "evidence": "stays deliberately vague on whether it would ever recognize the new administration"})
st(D2, "Iraq", N, ["Sinjar"], "Baghdad and Ankara refuse to recognize it", "optional")
st(D2, "Turkey", N, ["Sinjar"], "Baghdad and Ankara refuse to recognize it", "optional")
st(D3, "Somalia", R, ["Awdal State", "Awdal"], "Mogadishu’s recognition of Awdal State", "optional")
st(D3, "Somalia", R, ["Awdal State", "Awdal"], "approved a decree recognising the administration declared last month in Borama", "optional")
st(D4, "Thailand", N, ["Kawthoolei"], "Thailand, China and India have all ruled out recognition", "optional")
st(D4, "China", N, ["Kawthoolei"], "Thailand, China and India have all ruled out recognition", "optional")
st(D4, "India", N, ["Kawthoolei"], "Thailand, China and India have all ruled out recognition", "optional")
rel(D5, "Tanjung Lumpur", "locatedIn", "Kuantan", "Kuantan's Tanjung Lumpur")
rel(D5, "Teluk Cempedak", "locatedIn", "Kuantan", "Teluk Cempedak, one of Kuantan's busiest beaches")

# ---- additions from the second re-read (in full) ----
st(D1, "Syria", N, ["Sweida", "Jabal al-Arab"], "Damascus vows it will never accept", "optional")
st(D1, "Jordan", N, ["Sweida", "Jabal al-Arab"], "Jordan and Lebanon reject the declaration", "optional")
st(D1, "Lebanon", N, ["Sweida", "Jabal al-Arab"], "Jordan and Lebanon reject the declaration", "optional")
st(D1, "Turkey", N, ["Sweida", "Jabal al-Arab"], "Turkey calls it illegal", "optional")
st(D2, "Iraq", N, ["Sinjar"], "Federal government calls the move unconstitutional", "optional")
st(D2, "Iraq", N, ["Sinjar"], "Baghdad rejects the move", "optional")
NEG.append({"docs": [D1], "country": "Israel", "territory": "Sweida", "why": "anonymous, hedged, no stance", "evidence": "nobody in this government is rushing to recognize anything"})
NEG.append({"docs": [D3], "country": "Somaliland", "territory": "Awdal State", "why": "not a country (claimant territory)", "evidence": "described the Somali decree as illegal"})
rel(D2, "Syria", "sharesBorderWith", "Sinjar", "The Syrian government in Damascus, which shares the border with the district")

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
