"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_timesofindia_ladakh.txt", "02_thepeninsula_east_jerusalem.txt", "03_npasyria_afrin.txt",
                      "04_dailymaverick_north_kivu.txt", "05_daryo_namangan_library.txt")
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
for n, a in [("Sachin Rawat", ["Rawat"]), ("Zhao Minghui", ["Zhao"]), ("Ravindra Menon", ["Menon"]),
             ("Harish Kaul", ["Kaul"]), ("Tsering Angchuk", ["Angchuk"]), ("Konchok Stanzin", ["Stanzin"]),
             ("Devendra Singh Rathore", ["Rathore"]), ("Karen Whitlock", ["Whitlock"]),
             ("Hideo Kurosawa", ["Kurosawa"]), ("Saima Bokhari", ["Bokhari"])]:
    ent(P, n, *a, doc=[D1])
for n, a in [("The Times of India", ["Times of India", "TOI"]), ("Times News Network", ["TNN"]), ("ANI", []),
             ("Border Roads Organisation", []), ("MEA", ["Ministry of External Affairs"]), ("Lok Sabha", []),
             ("Ladakh Autonomous Hill Development Council", []), ("State Department", []),
             ("Foreign Office", []), ("Shanghai Cooperation Organisation", ["SCO"]),
             ("Bennett, Coleman & Co. Ltd.", ["Bennett, Coleman & Co."]), ("Northern Army", [])]:
    ent(O, n, *a, doc=[D1])
ent(C, "India", doc=[D1]); ent(C, "China", doc=[D1]); ent(C, "United States", doc=[D1])
ent(C, "Japan", doc=[D1]); ent(C, "France", doc=[D1]); ent(C, "Pakistan", doc=[D1])
ent(C, "Russia", doc=[D1, D3])
ent(T, "Ladakh", "Union Territory of Ladakh", "Ladakh UT", doc=[D1]); ent(T, "Jammu and Kashmir", doc=[D1])
for n in ["Chushul", "Merak", "Leh", "Udhampur", "Tokyo", "Paris", "Islamabad", "Chushul-Moldo"]:
    ent(PL, n, doc=[D1])
ent(PL, "New Delhi", "Delhi", doc=[D1]); ent(PL, "Beijing", doc=[D1]); ent(PL, "Washington", doc=[D1, D4])
ent(PL, "Moscow", doc=[D1, D3])

q(D1, "Zhao Minghui", "China does not recognise the so-called Union Territory of Ladakh set up illegally by the Indian side")
q(D1, "Zhao Minghui", "Our position on the western section of the China-India boundary is consistent and clear")
q(D1, "Zhao Minghui", "does not recognise the so-called Union Territory of Ladakh", "optional")
q(D1, "Zhao Minghui", "in an area illegally occupied by India", "optional")
q(D1, "Zhao Minghui", "not take unilateral steps that complicate the situation", "optional")
q(D1, "Ravindra Menon", "We have seen the remarks")
q(D1, "Ravindra Menon", "The Union Territory of Ladakh has been, is and will always remain an integral and inalienable part of India")
q(D1, "Ravindra Menon", "China has no locus standi to comment on India's internal matters")
q(D1, "Ravindra Menon", "well within Indian territory", "optional")
q(D1, "Ravindra Menon", "Villagers in Chushul and Merak have waited decades for an all-weather crossing")
q(D1, "Harish Kaul", "Not a single project will be slowed down because of a statement from across the border")
q(D1, "Tsering Angchuk", "People here want roads, not statements")
q(D1, "Tsering Angchuk", "For the first time a sick child from Merak can reach the hospital in Leh the same day")
q(D1, "Konchok Stanzin", "Beijing can say what it likes")
q(D1, "Konchok Stanzin", "The graziers of Chushul know whose land this is")
q(D1, "Devendra Singh Rathore", "not an accident", "optional")
q(D1, "Devendra Singh Rathore", "China raises the Ladakh question whenever India builds something it cannot stop")
q(D1, "Devendra Singh Rathore", "The answer is to keep building")
q(D1, "Karen Whitlock", "has long recognised Ladakh as Indian territory", "optional")
q(D1, "Hideo Kurosawa", "any attempt to change the status quo by force", "optional")
q(D1, "Saima Bokhari", "including the so-called Union Territory of Ladakh", "optional")
q(D1, "Shanghai Cooperation Organisation", "does not take positions on bilateral boundary questions", "optional")
q(D1, "China", "does not recognise", "optional")  # headline echo, speaker China
q(D1, "India", "unwarranted", "optional")  # deck partial, speaker Delhi
q(D1, "India", "an integral and inalienable part of India", "optional")  # partial, speaker India
UNATTR += ["candid"]

LAD = ["Ladakh", "Union Territory of Ladakh", "Ladakh UT"]
st(D1, "China", N, LAD, "China does not recognise the so-called Union Territory of Ladakh")
st(D1, "India", R, LAD, "The Union Territory of Ladakh has been, is and will always remain an integral and inalienable part of India", "optional")
st(D1, "United States", R, LAD, "has long recognised Ladakh as Indian territory")
st(D1, "Japan", R, LAD, "Japan regards Ladakh as part of India")
st(D1, "France", R, LAD, "So does France, whose embassy said Paris recognises India's sovereignty over Ladakh")
st(D1, "Pakistan", N, LAD, "Pakistan does not recognise India's 2019 reorganisation of Jammu and Kashmir")
NEG += [{"docs": [D1], "country": "Russia", "territory": "Ladakh", "why": "question / hypothetical",
         "evidence": "Asked whether Moscow would recognise Ladakh as Indian territory if asked formally"},
        {"docs": [D1], "country": "Shanghai Cooperation Organisation", "territory": "Ladakh", "why": "international body, no position",
         "evidence": "does not take positions on bilateral boundary questions"}]

pos(D1, "Zhao Minghui", ["spokesperson"], ["foreign ministry", "China"], "Chinese foreign ministry spokesperson Zhao Minghui")
pos(D1, "Ravindra Menon", ["spokesperson"], ["MEA", "Ministry of External Affairs"], "MEA spokesperson Ravindra Menon")
pos(D1, "Harish Kaul", ["Lt Governor", "LG", "Lieutenant Governor"], [], "Lt Governor Harish Kaul")
pos(D1, "Tsering Angchuk", ["MP"], ["Ladakh", "Lok Sabha"], "Ladakh MP Tsering Angchuk")
pos(D1, "Konchok Stanzin", ["councillor"], ["Ladakh Autonomous Hill Development Council"], "a councillor of the Ladakh Autonomous Hill Development Council")
pos(D1, "Devendra Singh Rathore", ["Northern Army commander", "commander"], ["Northern Army", "Northern Command"], "Former Northern Army commander Lt Gen (retd) Devendra Singh Rathore", former=True)
pos(D1, "Devendra Singh Rathore", ["Lt Gen", "Lieutenant General"], [], "Lt Gen (retd) Devendra Singh Rathore", "optional", former=True)
pos(D1, "Karen Whitlock", ["spokesperson"], ["State Department"], "State Department spokesperson Karen Whitlock")
pos(D1, "Hideo Kurosawa", ["ambassador"], ["Japan"], "its ambassador Hideo Kurosawa")
pos(D1, "Saima Bokhari", ["spokesperson"], ["Foreign Office", "Pakistan"], "Foreign Office spokesperson Saima Bokhari")
rel(D1, "India", "sharesBorderWith", "China", "India and China share a 3,488-km border")
rel(D1, "Chushul", "locatedIn", "Ladakh", "the road to Chushul in eastern Ladakh")
NOT_PERSON += ["Times of India", "TOI", "TNN", "ANI", "Lok Sabha", "Chushul", "Merak", "Leh", "Ladakh", "Pangong Tso",
               "Lt Governor", "MEA", "Udhampur"]

# ---------------- D2 ----------------
for n, a in [("Khalid bin Saad Al Marri", ["Al Marri"]), ("Balázs Kertész", ["Kertész", "Balazs Kertesz", "Kertesz"]),
             ("Avi Dagan", ["Dagan"]), ("Fadi Al Rawashdeh", ["Al Rawashdeh"]), ("Nabil Abu Sharkh", ["Abu Sharkh"]),
             ("Hossam Eddin Kamel", ["Kamel"]), ("Maryam Al Kuwari", ["Al Kuwari"])]:
    ent(P, n, *a, doc=[D2])
for n, a in [("The Peninsula", []), ("Reuters", []), ("Saudi Ministry of Foreign Affairs", []),
             ("Saudi Press Agency", []), ("Palestinian Presidency", []), ("Arab League", []),
             ("European Union", []), ("Qatar University", []), ("Qatar Fund for Development", []),
             ("Jordanian Foreign Ministry", [])]:
    ent(O, n, *a, doc=[D2])
ent(O, "Ministry of Foreign Affairs", doc=[D2, D3]); ent(O, "UN Security Council", doc=[D2, D3])
ent(C, "Qatar", "State of Qatar", doc=[D2]); ent(C, "Hungary", doc=[D2]); ent(C, "Israel", "State of Israel", doc=[D2])
ent(C, "Saudi Arabia", doc=[D2]); ent(C, "Jordan", "Hashemite Kingdom", doc=[D2, D3]); ent(C, "Turkey", doc=[D2, D3])
ent(C, "Kuwait", doc=[D2]); ent(C, "Palestine", doc=[D2]); ent(C, "Czech Republic", doc=[D2])
ent(T, "East Jerusalem", doc=[D2]); ent(T, "Jerusalem", doc=[D2])
for n in ["Budapest", "Amman", "Cairo", "Prague", "Old City"]:
    ent(PL, n, doc=[D2])
ent(PL, "Doha", doc=[D2, D4]); ent(PL, "Ankara", doc=[D2, D3])

q(D2, "Qatar", "null and void", "optional")  # headline partial, speaker Qatar
q(D2, "Ministry of Foreign Affairs", "does not recognise any Israeli sovereignty over East Jerusalem", "optional")
q(D2, "Ministry of Foreign Affairs", "null and void and a flagrant violation of international law", "optional")
q(D2, "Ministry of Foreign Affairs", "The State of Qatar reaffirms its firm position on the justice of the Palestinian cause")
q(D2, "Khalid bin Saad Al Marri", "We have told our Hungarian friends clearly that this step does not serve peace")
q(D2, "Khalid bin Saad Al Marri", "It rewards occupation and it undermines the two-state solution")
q(D2, "Khalid bin Saad Al Marri", "East Jerusalem is occupied territory")
q(D2, "Khalid bin Saad Al Marri", "No embassy, no decree and no vote in any parliament can change that legal fact")
q(D2, "Balázs Kertész", "regards Jerusalem as the undivided capital of the State of Israel", "optional")
q(D2, "Balázs Kertész", "Hungary makes its own decisions about its own diplomatic missions")
q(D2, "Balázs Kertész", "We are not asking anyone for permission")
q(D2, "Avi Dagan", "Jerusalem has been the capital of the Jewish people for three thousand years")
q(D2, "Avi Dagan", "We thank our friends in Hungary for recognising reality")
q(D2, "Saudi Ministry of Foreign Affairs", "categorically rejects", "optional")
q(D2, "Fadi Al Rawashdeh", "The Hashemite Kingdom will not accept any measure that alters the legal and historical status of Jerusalem")
q(D2, "Turkey", "will never recognise", "optional")
q(D2, "Palestinian Presidency", "an assault on the Palestinian people", "optional")
q(D2, "Nabil Abu Sharkh", "Hungary has chosen to stand with the occupation against international law")
q(D2, "Nabil Abu Sharkh", "We call on the European Union to hold it to account")
q(D2, "Arab League", "provocative", "optional")
q(D2, "Maryam Al Kuwari", "It is an isolated decision")
q(D2, "Maryam Al Kuwari", "isolated decision", "optional")  # subhead echo
q(D2, "Maryam Al Kuwari", "Under international law, the status of East Jerusalem cannot be altered by the unilateral act of a third state")
q(D2, "Maryam Al Kuwari", "What matters is the collective position of the international community")

EJ = ["East Jerusalem"]
st(D2, "Qatar", N, EJ, "does not recognise any Israeli sovereignty over East Jerusalem")
st(D2, "Hungary", R, ["Jerusalem"], "regards Jerusalem as the undivided capital of the State of Israel")
st(D2, "Israel", R, ["Jerusalem"], "Jerusalem has been the capital of the Jewish people for three thousand years", "optional")
st(D2, "Saudi Arabia", N, EJ, "Saudi Arabia considers the annexation of East Jerusalem illegal")
st(D2, "Jordan", N, EJ, "also refuses to recognise Israeli sovereignty over East Jerusalem")
st(D2, "Turkey", N, EJ, 'with Ankara saying it "will never recognise" Israeli rule over the eastern part of the city')
st(D2, "Kuwait", N, EJ, "Turkey and Kuwait issued similar statements")
NEG += [{"docs": [D2], "country": "Czech Republic", "territory": "Jerusalem", "why": "is expected to recognise",
         "evidence": "The Czech Republic is expected to recognise Jerusalem as Israel's capital"},
        {"docs": [D2], "country": "European Union", "territory": "East Jerusalem", "why": "international body",
         "evidence": "the European Union has said its position is unchanged"},
        {"docs": [D2], "country": "Arab League", "territory": "East Jerusalem", "why": "international body",
         "evidence": "The Arab League described the step as"}]

pos(D2, "Khalid bin Saad Al Marri", ["Adviser to the Prime Minister", "Adviser"], [], "Adviser to the Prime Minister and Official Spokesperson of the Ministry of Foreign Affairs H E Dr. Khalid bin Saad Al Marri")
pos(D2, "Khalid bin Saad Al Marri", ["Official Spokesperson", "Spokesperson"], ["Ministry of Foreign Affairs"], "Official Spokesperson of the Ministry of Foreign Affairs H E Dr. Khalid bin Saad Al Marri")
pos(D2, "Balázs Kertész", ["Foreign Minister"], ["Hungary"], "Hungary's Foreign Minister Balázs Kertész")
pos(D2, "Avi Dagan", ["spokesman"], ["prime minister", "Israel"], "quoted by its spokesman Avi Dagan")
pos(D2, "Fadi Al Rawashdeh", ["spokesman"], ["Foreign Ministry", "Jordan"], "Jordanian Foreign Ministry spokesman Fadi Al Rawashdeh")
pos(D2, "Nabil Abu Sharkh", ["spokesman"], ["Palestinian Presidency"], "Its spokesman, Dr. Nabil Abu Sharkh")
pos(D2, "Hossam Eddin Kamel", ["Assistant Secretary-General"], ["Arab League"], "Assistant Secretary-General for Palestine Affairs Ambassador Hossam Eddin Kamel")
pos(D2, "Hossam Eddin Kamel", ["Ambassador"], [], "Ambassador Hossam Eddin Kamel", "optional")
pos(D2, "Maryam Al Kuwari", ["associate professor", "professor"], ["Qatar University"], "associate professor of international law at Qatar University")
rel(D2, "Old City", "locatedIn", "Jerusalem", "the Old City of Jerusalem")
rel(D2, "Doha", "locatedIn", "Qatar", "Doha, Qatar")
NOT_PERSON += ["The Peninsula", "Al Aqsa Mosque", "Amir", "H E", "Budapest", "Old City", "Hashemite Kingdom"]

# ---------------- D3 ----------------
for n, a in [("Hozan Ibrahim", []), ("Ilham Hassan", ["Hassan"]), ("Oğuz Keskin", ["Keskin", "Oguz Keskin"]),
             ("Reza Kazemi-Nia", ["Kazemi-Nia"]), ("Xalil Mistefa", ["Mistefa"]), ("Nesrin Bekir", ["Bekir"]),
             ("Sharvan Mustafa", [])]:
    ent(P, n, *a, doc=[D3])
for n, a in [("North Press Agency", ["North Press"]),
             ("Autonomous Administration of North and East Syria", ["AANES"]),
             ("Grand National Assembly of Turkey", []), ("Syrian National Army", ["SNA"]),
             ("People's Protection Units", ["YPG"]), ("Kurdistan Workers' Party", ["PKK"]),
             ("Syrian Ministry of Foreign Affairs and Expatriates", []), ("Executive Council", []),
             ("Islamic State", ["ISIS"]), ("Iraqi Foreign Ministry", []), ("Iranian Foreign Ministry", [])]:
    ent(O, n, *a, doc=[D3])
ent(C, "Syria", "Syrian Arab Republic", doc=[D3]); ent(C, "Iraq", doc=[D3]); ent(C, "Iran", doc=[D3]); ent(C, "Egypt", doc=[D3])
ent(T, "Afrin", doc=[D3]); ent(T, "Turkish Republic of Northern Cyprus", "Northern Cyprus", doc=[D3])
for n in ["Hatay", "Tal Rifaat", "Aleppo", "Tehran", "Damascus", "Nicosia", "Shahba", "Maabatli", "Jindires", "Tal Tamr"]:
    ent(PL, n, doc=[D3])
ent(PL, "Qamishli", doc=[D3]); ent(PL, "Ras al-Ain", "Serê Kaniyê", doc=[D3])

UNATTR += ["Olive Branch", "too early to talk about recognition"]
q(D3, "Syrian Ministry of Foreign Affairs and Expatriates", "considers this law illegal, null and void, and a blatant annexation of Syrian land", "optional")
q(D3, "Syrian Ministry of Foreign Affairs and Expatriates", "Afrin is Syrian and will remain Syrian")
q(D3, "Syrian Ministry of Foreign Affairs and Expatriates", "The Syrian state will use all means guaranteed by international law")
q(D3, "Ilham Hassan", "completes what the occupation started in 2018", "optional")
q(D3, "Ilham Hassan", "The people of Afrin were driven from their homes")
q(D3, "Ilham Hassan", "break its silence", "optional")
q(D3, "Oğuz Keskin", "administrative, temporary and humanitarian in nature", "optional")
q(D3, "Oğuz Keskin", "Turkey respects the territorial integrity of Syria")
q(D3, "Oğuz Keskin", "But we will not leave the people of the region to terrorist organizations")
q(D3, "Iraqi Foreign Ministry", "a dangerous precedent", "optional")
q(D3, "Reza Kazemi-Nia", "belongs to Syria and only to Syria", "optional")
q(D3, "Russia", "restraint and dialogue", "optional")
q(D3, "Xalil Mistefa", "Every year they told us we would go back next year")
q(D3, "Xalil Mistefa", "Now they tell us Afrin is Turkey")
q(D3, "Nesrin Bekir", "I show them pictures of our olive trees")
q(D3, "Nesrin Bekir", "They ask me why the trees have Turkish flags on them")

AF = ["Afrin"]
st(D3, "Syria", N, AF, "Damascus \"considers this law illegal", "optional")
st(D3, "Iraq", N, AF, "Iraq does not recognise any change to Afrin's status")
st(D3, "Iran", N, AF, "Tehran also refuses to recognise the measure")
st(D3, "Egypt", N, AF, "Egypt and Jordan said they consider the Turkish law illegal")
st(D3, "Jordan", N, AF, "Egypt and Jordan said they consider the Turkish law illegal")
st(D3, "Turkey", R, ["Turkish Republic of Northern Cyprus", "Northern Cyprus"], "which is recognised only by Ankara")
NEG += [{"docs": [D3], "country": "Russia", "territory": "Afrin", "why": "question",
         "evidence": "Asked whether Moscow would accept the new arrangement"},
        {"docs": [D3], "country": "Turkish Republic of Northern Cyprus", "territory": "Afrin", "why": "not a recognised country",
         "evidence": "welcomed the law in a statement from its foreign ministry in Nicosia"}]

pos(D3, "Ilham Hassan", ["co-chair"], ["Executive Council", "AANES"], "Ilham Hassan, co-chair of the Executive Council of the AANES")
pos(D3, "Oğuz Keskin", ["spokesman"], ["Ministry of Foreign Affairs", "Turkey"], "Its spokesman, Oğuz Keskin")
pos(D3, "Reza Kazemi-Nia", ["spokesman"], ["Iranian Foreign Ministry", "Foreign Ministry", "Iran"], "Iranian Foreign Ministry spokesman Reza Kazemi-Nia")
pos(D3, "Nesrin Bekir", ["teacher"], [], "Nesrin Bekir, a teacher from Jindires")
rel(D3, "Turkey", "invaded", "Afrin", "Turkey invaded the mostly Kurdish region")
rel(D3, "Syria", "sharesBorderWith", "Turkey", "Syria shares a border of more than 900 km with Turkey")
rel(D3, "Afrin", "locatedIn", "Syria", "Afrin, in northwest Syria")
rel(D3, "Qamishli", "locatedIn", "Syria", "QAMISHLI, Syria")
rel(D3, "Tal Rifaat", "locatedIn", "Aleppo", "Tal Rifaat, north Aleppo")
NOT_PERSON += ["North Press", "AANES", "Afrin", "Hatay", "Shahba", "Jindires", "Olive Branch", "Maabatli", "Qamishli"]

# ---------------- D4 ----------------
for n, a in [("Thandeka Mahlangu", ["Mahlangu"]), ("Alain Bahati", []), ("Thabiso Mokoena", ["Mokoena"]),
             ("Nomvula Dlamini-Khoza", ["Dlamini-Khoza"]), ("Patrick Mwamba Kalenga", ["Kalenga"]),
             ("Claudine Uwase", ["Uwase"]), ("Jean-Baptiste Habimana", ["Habimana"]),
             ("Nokuthula Sithole", ["Sithole"]), ("Sizwe Ntuli", ["Ntuli"])]:
    ent(P, n, *a, doc=[D4])
for n, a in [("Daily Maverick", []), ("AFP", []), ("AFC/M23", ["M23"]),
             ("Department of International Relations and Cooperation", ["Dirco"]), ("AU Peace and Security Council", []),
             ("African Union", ["AU"]), ("SADC", ["SADC Secretariat"]), ("SANDF", []),
             ("SADC Mission in the DRC", ["SAMIDRC"]), ("Institute for Security Studies", ["ISS"]),
             ("United Nations", ["UN"])]:
    ent(O, n, *a, doc=[D4])
ent(C, "South Africa", doc=[D4]); ent(C, "Democratic Republic of the Congo", "DRC", doc=[D4]); ent(C, "Rwanda", doc=[D4])
ent(C, "Angola", doc=[D4]); ent(C, "Tanzania", doc=[D4]); ent(C, "Burundi", doc=[D4]); ent(C, "Uganda", doc=[D4])
ent(T, "Federal State of Kivu", "Kivu state", doc=[D4]); ent(T, "North Kivu", doc=[D4]); ent(T, "South Kivu", doc=[D4])
for n in ["Goma", "Bukavu", "Kinshasa", "Kigali", "Luanda", "Dar es Salaam", "Kampala", "Pretoria", "Gaborone",
          "Johannesburg", "Mthatha"]:
    ent(PL, n, doc=[D4])

UNATTR += ["Kivu state", "Federal State of Kivu", "governor", "Why would we comment on something that does not exist?"]
q(D4, "Thabiso Mokoena", "South Africa reaffirms its unwavering support for the sovereignty, unity and territorial integrity")
q(D4, "Thabiso Mokoena", "We will not recognise any entity created by force of arms on Congolese soil")
q(D4, "Nomvula Dlamini-Khoza", "Pretoria regards North Kivu and South Kivu as part of the DRC, full stop")
q(D4, "Nomvula Dlamini-Khoza", "Anyone who thinks a flag and a press conference make a state")
q(D4, "Patrick Mwamba Kalenga", "a comedy written in Kigali", "optional")
q(D4, "Patrick Mwamba Kalenga", "There is no Federal State of Kivu")
q(D4, "Patrick Mwamba Kalenga", "There is a Rwandan occupation, and it will end")
q(D4, "Claudine Uwase", "not pre-empt", "optional")
q(D4, "Rwanda", "pre-empt", "optional")  # deck partial, speaker Kigali
q(D4, "Claudine Uwase", "Rwanda's concern has always been the security of its border")
q(D4, "Claudine Uwase", "How the Congolese organise themselves is for them to decide")
q(D4, "Jean-Baptiste Habimana", "a response to abandonment, not a secession", "optional")
q(D4, "Jean-Baptiste Habimana", "Kinshasa forgot the people of the Kivus for 30 years")
q(D4, "Jean-Baptiste Habimana", "We are giving them schools, roads and security")
q(D4, "Angola", "rejects any partition of the DRC", "optional")
q(D4, "Burundi", "an act of war", "optional")
q(D4, "SADC", "stands with the DRC", "optional")
q(D4, "Nokuthula Sithole", "We buried our children for a peace that never came")
q(D4, "Nokuthula Sithole", "Let the diplomats talk this time")
q(D4, "Sizwe Ntuli", "M23 wants a seat at the table on minerals")
q(D4, "Sizwe Ntuli", "Naming a governor is a bargaining chip")
q(D4, "Sizwe Ntuli", "Armed groups in this region have run territory for years without anybody recognising them")

FS = ["Federal State of Kivu", "Kivu state"]
st(D4, "South Africa", N, FS, "South Africa does not recognise the so-called")
st(D4, "South Africa", R, ["North Kivu"], "Pretoria regards North Kivu and South Kivu as part of the DRC")
st(D4, "South Africa", R, ["South Kivu"], "Pretoria regards North Kivu and South Kivu as part of the DRC")
st(D4, "Angola", N, FS, "Angola, Tanzania and Burundi do not recognise the entity either")
st(D4, "Tanzania", N, FS, "Angola, Tanzania and Burundi do not recognise the entity either")
st(D4, "Burundi", N, FS, "Angola, Tanzania and Burundi do not recognise the entity either")
st(D4, "Democratic Republic of the Congo", N, FS, "There is no Federal State of Kivu", "optional")
NEG += [{"docs": [D4], "country": "Rwanda", "territory": "Federal State of Kivu", "why": "declines to take a position",
         "evidence": "Kigali would \"not pre-empt\" the outcome"},
        {"docs": [D4], "country": "Uganda", "territory": "Federal State of Kivu", "why": "question",
         "evidence": "Asked whether Kampala would recognise the new administration"},
        {"docs": [D4], "country": "SADC", "territory": "Federal State of Kivu", "why": "international body",
         "evidence": "The SADC Secretariat in Gaborone said in a statement"}]

pos(D4, "Thabiso Mokoena", ["spokesperson"], ["Dirco", "Department of International Relations and Cooperation"], "Dirco spokesperson Thabiso Mokoena")
pos(D4, "Nomvula Dlamini-Khoza", ["Minister of International Relations and Cooperation", "Minister"], ["International Relations and Cooperation", "South Africa", "Dirco"], "Minister of International Relations and Cooperation Nomvula Dlamini-Khoza")
pos(D4, "Patrick Mwamba Kalenga", ["government spokesperson", "spokesperson"], [], "government spokesperson Patrick Mwamba Kalenga")
pos(D4, "Claudine Uwase", ["Government spokesperson", "spokesperson"], [], "Government spokesperson Claudine Uwase")
pos(D4, "Jean-Baptiste Habimana", ["spokesperson"], ["AFC/M23", "M23"], "The AFC/M23's own spokesperson, Jean-Baptiste Habimana")
pos(D4, "Sizwe Ntuli", ["senior researcher", "researcher"], ["Institute for Security Studies", "ISS"], "senior researcher at the Institute for Security Studies")
pos(D4, "Sizwe Ntuli", ["Analyst"], [], "Analyst Dr Sizwe Ntuli", "optional")
pos(D4, "Thandeka Mahlangu", ["Africa correspondent", "correspondent"], ["Daily Maverick"], "Thandeka Mahlangu is Daily Maverick's Africa correspondent")
rel(D4, "Goma", "locatedIn", "North Kivu", "Goma, North Kivu")
NOT_PERSON += ["Daily Maverick", "Dirco", "Goma", "Kivu", "AFC/M23", "Mthatha", "SAMIDRC", "SANDF", "DM168", "DM"]

# ---------------- D5 ----------------
for n, a in [("Botir Yusupov", ["Yusupov"]), ("Dilnoza Karimova", ["Karimova"]), ("Jasur Rahmonov", ["Rahmonov"]),
             ("Akmal Tursunov", ["Tursunov"]), ("Mukhlisa Abdullayeva", ["Abdullayeva"]), ("Sherzod Nazarov", ["Nazarov"])]:
    ent(P, n, *a, doc=[D5])
for n, a in [("Daryo", ["Daryo News", "Daryo.uz"]), ("Namangan Regional Children's Library", []),
             ("Namangan regional khokimiyat", []), ("Osiyo Tekstil", []), ("Arxitektura Loyiha", [])]:
    ent(O, n, *a, doc=[D5])
ent(C, "Uzbekistan", doc=[D5])
for n in ["Namangan", "Chust", "Pap", "Andijan", "Fergana", "Davlatobod", "Tashkent"]:
    ent(PL, n, doc=[D5])
q(D5, "Botir Yusupov", "A child who reads today will build the Namangan of tomorrow")
q(D5, "Botir Yusupov", "We did not want to simply repair an old building")
q(D5, "Botir Yusupov", "Entry will be free for every child in the region")
q(D5, "Dilnoza Karimova", "When I came here, most of our books were in Russian")
q(D5, "Dilnoza Karimova", "Now a child can find a new Uzbek fairy tale")
q(D5, "Dilnoza Karimova", "On the first day we had a queue of boys and girls")
q(D5, "Dilnoza Karimova", "We will have to make a schedule")
q(D5, "Jasur Rahmonov", "The Namangan project shows what can be done")
q(D5, "Akmal Tursunov", "I grew up in this library")
q(D5, "Akmal Tursunov", "It was the only warm place in the neighbourhood in winter")
q(D5, "Mukhlisa Abdullayeva", "The nearest library was across the city")
q(D5, "Mukhlisa Abdullayeva", "Now my daughter can walk here after school")
q(D5, "Sherzod Nazarov", "People in Namangan love this mosaic")
q(D5, "Sherzod Nazarov", "Removing it was never an option")
pos(D5, "Botir Yusupov", ["Khokim"], ["Namangan"], "Khokim of Namangan region Botir Yusupov")
pos(D5, "Dilnoza Karimova", ["director"], ["library", "Namangan Regional Children's Library"], "The library's director, Dilnoza Karimova")
pos(D5, "Jasur Rahmonov", ["Deputy Minister of Culture", "Deputy Minister"], ["Ministry of Culture", "Culture"], "Deputy Minister of Culture Jasur Rahmonov")
pos(D5, "Akmal Tursunov", ["founder"], ["Osiyo Tekstil"], "whose founder, Akmal Tursunov")
pos(D5, "Sherzod Nazarov", ["architect"], ["Arxitektura Loyiha"], "The architect of the renovation, Sherzod Nazarov of the Tashkent-based firm Arxitektura Loyiha")
rel(D5, "Namangan", "locatedIn", "Uzbekistan", "Namangan, Uzbekistan")
NOT_PERSON += ["Daryo", "Namangan", "Osiyo Tekstil", "Arxitektura Loyiha", "Davlatobod", "Khokim", "Uychi Street"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
