"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_nationsc_geyser_bank.txt", "02_ndtv_sakteng.txt", "03_focustaiwan_taiping_island.txt",
                      "04_madamasr_wadi_halfa_salient.txt", "05_thecable_abeokuta_waterworks.txt")
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

# --- D1 Seychelles Nation: Geyser Bank
ent(P, "Marie-Claire Pillay", "Pillay", doc=[D1])
ent(P, "Hery Rakotomalala", "Rakotomalala", doc=[D1])
ent(P, "Claire Vautrin", "Vautrin", doc=[D1])
ent(P, "Said Ahmed Mzé", "Mzé", "Said Ahmed Mze", "Mze", doc=[D1])
ent(P, "Anil Ramdhony", "Ramdhony", doc=[D1])
ent(P, "Vincent Payet", "Payet", doc=[D1])
ent(P, "Thandiwe Mokoena", "Mokoena", doc=[D1])
ent(P, "Rodney Labiche", "Labiche", doc=[D1])
ent(P, "Nirina Andrianarisoa", "Andrianarisoa", doc=[D1])
ent(C, "Madagascar", doc=[D1])
ent(C, "France", doc=[D1])
ent(C, "Comoros", "Union of the Comoros", doc=[D1])
ent(C, "Mauritius", doc=[D1])
ent(C, "South Africa", doc=[D1])
ent(C, "Seychelles", doc=[D1])
ent(C, "Tanzania", doc=[D1])
ent(C, "Kenya", doc=[D1])
ent(T, "Geyser Bank", "Banc du Geyser", doc=[D1])
ent(T, "French Southern and Antarctic Lands", doc=[D1])
ent(T, "Scattered Islands", doc=[D1])
ent(T, "Mayotte", doc=[D1])
for n in ("Antananarivo", "Port Louis", "Victoria", "Moroni", "Paris", "Dodoma"):
    ent(PL, n, doc=[D1])
ent(O, "Seychelles Nation", "Nation", doc=[D1])
ent(O, "Ministry of Fisheries and the Blue Economy", doc=[D1])
ent(O, "Ministry for Europe and Foreign Affairs", "French Ministry for Europe and Foreign Affairs", doc=[D1])
ent(O, "African Union", doc=[D1])
ent(O, "National Assembly", doc=[D1])
ent(O, "Department of International Relations and Cooperation", doc=[D1])
ent(O, "Southern African Development Community", "SADC", doc=[D1])
ent(O, "Seychelles Fishing Boat Owners Association", doc=[D1])
ent(O, "Malagasy Navy", doc=[D1])
ent(O, "Madagascar's Ministry of Foreign Affairs", doc=[D1])

# --- D2 NDTV: Sakteng
ent(P, "Aditi Sharma", doc=[D2])
ent(P, "Karan Malhotra", doc=[D2])
ent(P, "Tshering Wangdi", "Wangdi", "Lyonpo Tshering Wangdi", doc=[D2])
ent(P, "Zhou Minghui", "Zhou", doc=[D2])
ent(P, "Rajeev Menon", "Menon", doc=[D2])
ent(P, "Meera Krishnan", "Krishnan", doc=[D2])
ent(P, "Laura Brennan", "Brennan", doc=[D2])
ent(P, "Pema Dorji", "Dorji", doc=[D2])
ent(P, "Karma Yeshey", "Dasho Karma Yeshey", "Yeshey", doc=[D2])
ent(C, "China", doc=[D2, D3])
ent(C, "India", doc=[D2])
ent(C, "Bhutan", doc=[D2])
ent(C, "Japan", doc=[D2])
ent(C, "United States", "US", "U.S.", doc=[D2, D3])
ent(C, "Nepal", doc=[D2])
ent(T, "Sakteng Wildlife Sanctuary", "Sakteng", doc=[D2])
ent(PL, "Tibet Autonomous Region", doc=[D2])
for n in ("Trashigang", "Thimphu", "New Delhi", "Washington", "Kathmandu"):
    ent(PL, n, doc=[D2])
ent(PL, "Beijing", doc=[D2, D3])
ent(O, "NDTV", "NDTV Convergence Limited", doc=[D2])
ent(O, "Ministry of Natural Resources", doc=[D2])
ent(O, "Chinese Foreign Ministry", doc=[D2, D3])
ent(O, "Ministry of External Affairs", "MEA", doc=[D2])
ent(O, "Bhutan's National Assembly", doc=[D2])
ent(O, "State Department", "US State Department", doc=[D2])
ent(O, "Global Environment Facility", doc=[D2])
ent(O, "PTI", doc=[D2])
ent(O, "United Nations", doc=[D2])
ent(O, "Nepalese foreign ministry", doc=[D2])
ent(O, "JioSaavn", doc=[D2])

# --- D3 Focus Taiwan: Taiping Island
ent(P, "Lin Chia-hsuan", doc=[D3])
ent(P, "Kuo Chien-shen", doc=[D3])
ent(P, "Chou Mei-ling", "Chou", "周美玲", doc=[D3])
ent(P, "Hsieh Wen-hao", "Hsieh", "謝文豪", doc=[D3])
ent(P, "Nguyen Thi Thu Ha", "Nguyen", doc=[D3])
ent(P, "Wang Jiayi", "Wang", doc=[D3])
ent(P, "Tsai Yi-ting", "Tsai", "蔡宜庭", doc=[D3])
ent(P, "Huang Kuo-ping", "Huang", "黃國平", doc=[D3])
ent(P, "Lai Shu-fen", "Lai", "賴淑芬", doc=[D3])
ent(C, "Taiwan", "Republic of China", "Republic of China (Taiwan)", doc=[D3])
ent(C, "Vietnam", doc=[D3])
ent(C, "Philippines", doc=[D3])
ent(C, "Malaysia", doc=[D3])
ent(C, "Palau", doc=[D3])
ent(C, "Tuvalu", doc=[D3])
ent(T, "Taiping Island", "Itu Aba", "Taiping Dao", "Ba Binh", "Taiping", doc=[D3])
ent(T, "Spratly Islands", "Spratlys", "Spratly", "Truong Sa", doc=[D3])
ent(PL, "Kalayaan Island Group", doc=[D3])
for n in ("Taipei", "Hanoi", "Manila", "Kuala Lumpur", "The Hague", "Ngerulmud", "Pingtung"):
    ent(PL, n, doc=[D3])
ent(PL, "Kaohsiung", "Kaohsiung City", doc=[D3])
ent(O, "Focus Taiwan", doc=[D3])
ent(O, "Central News Agency", "CNA", doc=[D3])
ent(O, "Ocean Affairs Council", doc=[D3])
ent(O, "Coast Guard Administration", doc=[D3])
ent(O, "Ministry of Foreign Affairs", "MOFA", doc=[D3])
ent(O, "Vietnamese foreign ministry", doc=[D3])
ent(O, "Department of Foreign Affairs", "DFA", doc=[D3])
ent(O, "Wisma Putra", doc=[D3])
ent(O, "Kuomintang", "KMT", doc=[D3])
ent(O, "Democratic Progressive Party", "DPP", doc=[D3])
ent(O, "Institute of International Relations", doc=[D3])
ent(O, "National Chengchi University", doc=[D3])

# --- D4 Mada Masr: Wadi Halfa Salient
ent(P, "Osman Hamid", doc=[D4])
ent(P, "Amna Abdelrahim", "Abdelrahim", doc=[D4])
ent(P, "Ahmed Fawzy Selim", "Selim", doc=[D4])
ent(P, "Meles Gebremedhin", "Gebremedhin", doc=[D4])
ent(P, "Faisal al-Dosari", "al-Dosari", "Dosari", doc=[D4])
ent(P, "Nouri al-Fitouri", "al-Fitouri", "Fitouri", doc=[D4])
ent(P, "Karim Abdel Ghaffar", "Abdel Ghaffar", doc=[D4])
ent(P, "Mohamed Ali Kashif", "Kashif", doc=[D4])
ent(P, "Tarek Mansy", "Mansy", doc=[D4])
ent(C, "Sudan", doc=[D4])
ent(C, "Egypt", doc=[D4])
ent(C, "Ethiopia", doc=[D4])
ent(C, "Saudi Arabia", doc=[D4])
ent(C, "Chad", doc=[D4])
ent(C, "Libya", doc=[D4])
ent(T, "Wadi Halfa Salient", doc=[D4])
for n in ("Wadi Halfa", "Port Sudan", "Cairo", "Khartoum", "Addis Ababa", "Faras", "Dabarosa", "Aswan", "Nubia"):
    ent(PL, n, doc=[D4])
ent(O, "Mada Masr", "مدى مصر", doc=[D4])
ent(O, "Sudan's Foreign Ministry", doc=[D4])
ent(O, "General Authority for Survey", doc=[D4])
ent(O, "Egypt's Foreign Ministry", doc=[D4])
ent(O, "Ethiopian Foreign Ministry", doc=[D4])
ent(O, "Saudi Foreign Ministry", doc=[D4])
ent(O, "Arab League", doc=[D4])
ent(O, "Al-Ahram Center for Political and Strategic Studies", doc=[D4])

# --- D5 TheCable: Abeokuta waterworks (no dispute)
ent(P, "Olamide Adeyemi", "Adeyemi", doc=[D5])
ent(P, "Babatunde Ogunleye", "Ogunleye", doc=[D5])
ent(P, "Funmilayo Sodeinde", "Sodeinde", doc=[D5])
ent(P, "Rukayat Balogun", "Balogun", doc=[D5])
ent(P, "Segun Olatunji", "Olatunji", doc=[D5])
ent(P, "Kehinde Adebanjo", "Adebanjo", doc=[D5])
ent(P, "Adeola Ilori", "Ilori", doc=[D5])
ent(P, "Gbenga Oduwole", "Oduwole", doc=[D5])
ent(P, "Tajudeen Akinwale", "Akinwale", doc=[D5])
ent(P, "Adedapo Okunuga", "Oba Adedapo Okunuga", "Okunuga", doc=[D5])
ent(P, "Ayodele Fasanmi", "Fasanmi", doc=[D5])
ent(C, "Nigeria", doc=[D5])
ent(PL, "Ogun", "Ogun state", "Ogun State", doc=[D5])
for n in ("Abeokuta", "Obafemi Owode", "Ake", "Abeokuta North", "Abeokuta South", "Odeda", "Lagos", "Egbaland"):
    ent(PL, n, doc=[D5])
ent(O, "TheCable", doc=[D5])
ent(O, "African Development Bank", "AfDB", doc=[D5])
ent(O, "Ogun State Water Corporation", doc=[D5])
ent(O, "Ogun state government", doc=[D5])
ent(O, "federal ministry of water resources", doc=[D5])
ent(O, "Peoples Democratic Party", "PDP", doc=[D5])
ent(O, "Ogun assembly", doc=[D5])
ent(O, "Lagos water corporation", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
OPT = "optional"
# D1
q(D1, "Hery Rakotomalala", "The Geyser Bank has always been Malagasy")
q(D1, "Hery Rakotomalala", "No one should read this as a provocation")
q(D1, "Claire Vautrin", "a unilateral step", OPT)
q(D1, "Claire Vautrin", "French sovereignty over the Geyser Bank is not open to question")
q(D1, "Claire Vautrin", "We remain ready for dialogue on fisheries and on the protection of the reef")
q(D1, "Said Ahmed Mzé", "This reef lies in Comorian waters and belongs to the Comorian people")
q(D1, "Said Ahmed Mzé", "We will not accept a fait accompli")
q(D1, "Vincent Payet", "premature", OPT)
q(D1, "Vincent Payet", "Seychelles is a friend of all three parties")
q(D1, "Vincent Payet", "We would be happy to host talks in Victoria")
q(D1, "Thandiwe Mokoena", "does not rule on sovereignty questions between member states", OPT)
q(D1, "Rodney Labiche", "Nobody has told us which licence we need now")
q(D1, "Rodney Labiche", "We just want clear rules")
q(D1, "Nirina Andrianarisoa", "The government needs a flag to wave")
q(D1, "Madagascar's Ministry of Foreign Affairs", "a sovereign decision taken in accordance with international law", OPT)
q(D1, "Madagascar's Ministry of Foreign Affairs", "respect the rights of the Malagasy people", OPT)
# D2
q(D2, "Bhutan", "has never been disputed", OPT)
q(D2, "Tshering Wangdi", "has never been disputed", OPT)
q(D2, "Tshering Wangdi", "Sakteng has never been disputed in any round of our boundary talks")
q(D2, "Tshering Wangdi", "We have conveyed this to the Chinese side")
q(D2, "Zhou Minghui", "never been delimited", OPT)
q(D2, "Zhou Minghui", "consistent position", OPT)
q(D2, "Zhou Minghui", "China is willing to work with Bhutan")
q(D2, "Rajeev Menon", "Such cartographic exercises do not change facts on the ground")
q(D2, "Rajeev Menon", "close and continuous touch", OPT)
q(D2, "Rajeev Menon", "We will take up all issues of concern")
q(D2, "Meera Krishnan", "Beijing wants to push Thimphu into a quick settlement")
q(D2, "Meera Krishnan", "Bhutan has refused that deal before and will refuse it again")
q(D2, "Laura Brennan", "We support Bhutan's sovereignty and territorial integrity")
q(D2, "Pema Dorji", "Our yaks do not know any map")
q(D2, "Karma Yeshey", "A statement in Thimphu is not enough")
q(D2, "Nepalese foreign ministry", "studying the map", OPT)
# D3
q(D3, "Taiwan", "an inherent part of the territory of the Republic of China", OPT)
q(D3, "Hsieh Wen-hao", "enjoys all rights over Taiping Island", OPT)
q(D3, "Hsieh Wen-hao", "The runway serves humanitarian rescue")
q(D3, "Hsieh Wen-hao", "on an equal footing", OPT)
q(D3, "Hsieh Wen-hao", "We call on all parties to exercise restraint")
q(D3, "Nguyen Thi Thu Ha", "has sufficient legal basis and historical evidence", OPT)
q(D3, "Nguyen Thi Thu Ha", "Vietnam resolutely opposes this construction")
q(D3, "Department of Foreign Affairs", "Any structure built on Itu Aba has no legal effect")
q(D3, "Wang Jiayi", "China's territory", OPT)
q(D3, "Wang Jiayi", "both sides of the Taiwan Strait have the responsibility to safeguard it", OPT)
q(D3, "Wisma Putra", "following developments closely", OPT)
q(D3, "Chou Mei-ling", "Our personnel on Taiping Island live and work in harsh conditions")
q(D3, "Chou Mei-ling", "This runway means a sick fisherman can be flown to Taiwan")
q(D3, "Tsai Yi-ting", "When people see Taiping with their own eyes")
q(D3, "Huang Kuo-ping", "We support the runway, but we must avoid unnecessary friction")
q(D3, "Lai Shu-fen", "Hanoi and Manila protest every time Taiwan builds something there")
q(D3, "Lai Shu-fen", "If Beijing starts to treat Taiping as a shared cause")
# D4
q(D4, "Sudan's Foreign Ministry", "the spirit of the 1899 agreement", OPT)
q(D4, "Amna Abdelrahim", "the spirit of the 1899 agreement and its 1902 administrative arrangements", OPT)
q(D4, "Amna Abdelrahim", "The Wadi Halfa Salient is Sudanese land")
q(D4, "Amna Abdelrahim", "We call on our brothers in Cairo to withdraw this map")
q(D4, "Amna Abdelrahim", "Sudan will defend every inch of its land")
q(D4, "Ahmed Fawzy Selim", "Egypt’s borders are known and documented")
q(D4, "Ahmed Fawzy Selim", "stronger than any misunderstanding", OPT)
q(D4, "Meles Gebremedhin", "Colonial-era lines must be respected")
q(D4, "Meles Gebremedhin", "Ethiopia knows the cost of border disputes")
q(D4, "Faisal al-Dosari", "We encourage both brothers to resolve this through dialogue")
q(D4, "Nouri al-Fitouri", "unhelpful at a sensitive time", OPT)
q(D4, "Karim Abdel Ghaffar", "hopes that the two sister countries will settle the issue", OPT)
q(D4, "Mohamed Ali Kashif", "We vote in Sudan, we study in Sudan")
q(D4, "Mohamed Ali Kashif", "A map in Cairo will not change that")
q(D4, "Tarek Mansy", "Cairo wants to show that the 22nd parallel is the only line")
q(D4, "Tarek Mansy", "Neither side will move now")
# D5
q(D5, "Babatunde Ogunleye", "Water is life, and for too long our people")
q(D5, "Babatunde Ogunleye", "We have replaced the pumps, rebuilt the treatment units")
q(D5, "Funmilayo Sodeinde", "People will pay for what they use")
q(D5, "Rukayat Balogun", "I used to spend N1,500 a day on water")
q(D5, "Rukayat Balogun", "I pray it continues")
q(D5, "Segun Olatunji", "We have seen this before")
q(D5, "Kehinde Adebanjo", "Our money is tied to results")
q(D5, "Adeola Ilori", "Sand mining and refuse dumping have polluted the river")
q(D5, "Gbenga Oduwole", "Projects like this outlive governments")
q(D5, "Tajudeen Akinwale", "The people must own this project")
q(D5, "federal ministry of water resources", "a model for other state capitals", OPT)
q(D5, "Peoples Democratic Party", "completed in a hurry for political reasons", OPT)
q(D5, "Ayodele Fasanmi", "Let the governor publish the full contract")

UNATTR = ["standard map", "A pressure tactic", "rock",
          "reflects Egypt’s long-standing legal position and does not create any new reality"]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
GB, SK, TP, WH = ["Geyser Bank"], ["Sakteng", "Sakteng Wildlife Sanctuary"], ["Taiping Island", "Itu Aba", "Taiping"], ["Wadi Halfa Salient"]
# D1
st(D1, "Mauritius", R, GB, "Mauritius supports Madagascar's sovereignty over the Geyser Bank")
st(D1, "South Africa", R, GB, "South Africa, for its part, regards the bank as part of the Comoros")
st(D1, "Tanzania", R, GB, "Tanzania regards the Geyser Bank as Comorian territory")
st(D1, "Kenya", R, GB, "Kenya, like Tanzania, regards the bank as Comorian")
st(D1, "Madagascar", R, GB, "The Geyser Bank has always been Malagasy", "optional")
st(D1, "France", N, GB, "France does not recognise Madagascar's claim to the bank", "optional")
st(D1, "France", R, GB, "French sovereignty over the Geyser Bank is not open to question", "optional")
st(D1, "Comoros", N, GB, "The Comoros considers the Malagasy decree null and void", "optional")
st(D1, "Comoros", R, GB, "This reef lies in Comorian waters and belongs to the Comorian people", "optional")
# D2
st(D2, "India", R, SK, "India supports Bhutan's sovereignty over Sakteng")
st(D2, "Japan", R, SK, "Japan regards Sakteng as Bhutanese territory")
st(D2, "United States", R, SK, "the United States said it considered Sakteng part of Bhutan")
st(D2, "Bhutan", R, SK, "said the sanctuary was Bhutanese territory and always had been", "optional")
st(D2, "China", R, SK, "shows the sanctuary as Chinese territory", "optional")
# D3
st(D3, "Vietnam", N, TP, "Vietnam does not recognise Taiwan's sovereignty over the island")
st(D3, "Philippines", N, TP, "The Philippines also does not recognise Taiwan's control of the island")
st(D3, "Palau", R, TP, "it supports Taiwan's sovereignty over Taiping Island")
st(D3, "Tuvalu", R, TP, "it supports Taiwan's sovereignty over Taiping Island, as does Tuvalu")
st(D3, "Taiwan", R, TP, "an inherent part of the territory of the Republic of China (Taiwan)", "optional")
st(D3, "Philippines", R, TP, "the Philippines regards Itu Aba as part of its Kalayaan Island Group", "optional")
st(D3, "Vietnam", R, TP, "to assert its sovereignty over the Truong Sa (Spratly) archipelago, including Taiping Island", "optional")
st(D3, "China", R, TP, "Taiping Island was \"China's territory\"", "optional")
# D4
st(D4, "Ethiopia", R, WH, "said it regards the salient as part of Sudan")
st(D4, "Chad", R, WH, "Chad supports Sudan’s sovereignty over the salient")
st(D4, "Libya", R, WH, "Chad supports Sudan’s sovereignty over the salient, as does Libya")
st(D4, "Sudan", R, WH, "The Wadi Halfa Salient is Sudanese land", "optional")
st(D4, "Egypt", R, WH, "considers the Halfa area north of that line Egyptian", "optional")

NEG = [
    {"docs": [D1], "country": "Seychelles", "territory": "Geyser Bank", "why": "question",
     "evidence": "Asked whether Seychelles would recognise Madagascar's claim"},
    {"docs": [D1], "country": "Southern African Development Community", "territory": "Geyser Bank",
     "why": "a regional body, not a country; no position", "evidence": "has not taken a position"},
    {"docs": [D2], "country": "Nepal", "territory": "Sakteng Wildlife Sanctuary", "why": "question",
     "evidence": "Asked on Tuesday whether Nepal would recognise Bhutan's position"},
    {"docs": [D3], "country": "Malaysia", "territory": "Taiping Island", "why": "question, no stance",
     "evidence": "Asked whether Malaysia would issue a protest"},
    {"docs": [D4], "country": "Egypt", "territory": "Wadi Halfa Salient", "why": "question",
     "evidence": "Would Cairo recognize Sudanese administration of the salient in exchange for a wider border deal?"},
    {"docs": [D4], "country": "Saudi Arabia", "territory": "Wadi Halfa Salient", "why": "general principle, no stance on the salient",
     "evidence": "does not recognize any change to borders by maps"},
    {"docs": [D4], "country": "Arab League", "territory": "Wadi Halfa Salient", "why": "an international body, not a country",
     "evidence": "The Arab League said it was following the matter"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
# D1
pos(D1, "Hery Rakotomalala", ["Prime Minister"], ["Madagascar"], "Prime Minister Hery Rakotomalala")
pos(D1, "Claire Vautrin", ["spokesperson"], ["Ministry for Europe and Foreign Affairs", "France"], "The spokesperson of the French Ministry for Europe and Foreign Affairs, Ms Claire Vautrin")
pos(D1, "Said Ahmed Mzé", ["Foreign Minister"], ["Comoros"], "Foreign Minister Said Ahmed Mzé")
pos(D1, "Anil Ramdhony", ["Minister of Foreign Affairs"], ["Mauritius"], "its Minister of Foreign Affairs, Dr Anil Ramdhony")
pos(D1, "Vincent Payet", ["Minister of Foreign Affairs and Tourism", "Minister of Foreign Affairs"], ["Seychelles"], "our Minister of Foreign Affairs and Tourism, Mr Vincent Payet")
pos(D1, "Thandiwe Mokoena", ["executive secretary"], ["Southern African Development Community", "SADC"], "Its executive secretary, Ms Thandiwe Mokoena")
pos(D1, "Rodney Labiche", ["chairman"], ["Seychelles Fishing Boat Owners Association"], "Mr Rodney Labiche, chairman of the Seychelles Fishing Boat Owners Association")
pos(D1, "Nirina Andrianarisoa", ["ambassador"], ["Madagascar", "Malagasy"], "A former Malagasy ambassador to Paris, Ms Nirina Andrianarisoa", former=True)
# D2
pos(D2, "Tshering Wangdi", ["Foreign Minister"], ["Bhutan"], "Bhutan's Foreign Minister Lyonpo Tshering Wangdi")
pos(D2, "Zhou Minghui", ["spokesperson"], ["Chinese Foreign Ministry", "China"], "Chinese Foreign Ministry spokesperson Zhou Minghui")
pos(D2, "Rajeev Menon", ["spokesperson"], ["Ministry of External Affairs", "MEA", "India"], "MEA spokesperson Rajeev Menon")
pos(D2, "Meera Krishnan", ["ambassador"], ["India", "Bhutan"], "Former Indian ambassador to Bhutan Meera Krishnan", former=True)
pos(D2, "Laura Brennan", ["deputy spokesperson", "spokesperson"], ["State Department", "United States"], "US State Department deputy spokesperson Laura Brennan")
pos(D2, "Pema Dorji", ["gup", "elected head"], ["Sakteng"], "Pema Dorji, the gup, or elected head, of Sakteng gewog")
pos(D2, "Karma Yeshey", ["Opposition leader"], ["National Assembly", "Bhutan"], "Opposition leader in Bhutan's National Assembly, Dasho Karma Yeshey")
# D3
pos(D3, "Chou Mei-ling", ["Minister"], ["Ocean Affairs Council"], "Ocean Affairs Council Minister Chou Mei-ling")
pos(D3, "Hsieh Wen-hao", ["spokesperson"], ["Ministry of Foreign Affairs", "MOFA"], "Ministry of Foreign Affairs (MOFA) spokesperson Hsieh Wen-hao")
pos(D3, "Nguyen Thi Thu Ha", ["spokeswoman", "spokesperson"], ["Vietnamese foreign ministry", "Vietnam"], "Vietnamese foreign ministry spokeswoman Nguyen Thi Thu Ha")
pos(D3, "Wang Jiayi", ["spokesperson"], ["Chinese foreign ministry", "China"], "Chinese foreign ministry spokesperson Wang Jiayi")
pos(D3, "Tsai Yi-ting", ["Legislator"], ["Kuomintang", "KMT"], "Kuomintang (KMT) Legislator Tsai Yi-ting")
pos(D3, "Huang Kuo-ping", ["caucus whip", "whip"], ["Democratic Progressive Party", "DPP"], "Democratic Progressive Party (DPP) caucus whip Huang Kuo-ping")
pos(D3, "Lai Shu-fen", ["research fellow"], ["Institute of International Relations", "National Chengchi University"], "a research fellow at the Institute of International Relations of National Chengchi University")
# D4
pos(D4, "Amna Abdelrahim", ["Foreign Minister"], ["Sudan"], "Sudan’s Foreign Minister Amna Abdelrahim")
pos(D4, "Ahmed Fawzy Selim", ["spokesperson"], ["Egypt's Foreign Ministry", "Foreign Ministry", "Egypt"], "Foreign Ministry spokesperson Ahmed Fawzy Selim")
pos(D4, "Meles Gebremedhin", ["spokesperson"], ["Ethiopian Foreign Ministry", "Ethiopia"], "Ethiopian Foreign Ministry spokesperson Meles Gebremedhin")
pos(D4, "Faisal al-Dosari", ["adviser"], ["Saudi Foreign Ministry", "Saudi Arabia"], "Faisal al-Dosari, an adviser at the Saudi Foreign Ministry")
pos(D4, "Nouri al-Fitouri", ["foreign minister"], ["Libya"], "whose foreign minister, Nouri al-Fitouri")
pos(D4, "Karim Abdel Ghaffar", ["assistant secretary-general", "assistant secretary general"], ["Arab League"], "Its assistant secretary-general, Karim Abdel Ghaffar")
pos(D4, "Tarek Mansy", ["researcher"], ["Al-Ahram Center for Political and Strategic Studies"], "Tarek Mansy, a researcher at the Al-Ahram Center for Political and Strategic Studies")
pos(D4, "Mohamed Ali Kashif", ["teacher"], [], "Mohamed Ali Kashif, a teacher in Dabarosa", "optional")
# D5
pos(D5, "Babatunde Ogunleye", ["governor"], ["Ogun"], "Babatunde Ogunleye, governor of Ogun")
pos(D5, "Funmilayo Sodeinde", ["managing director"], ["Ogun State Water Corporation"], "Funmilayo Sodeinde, managing director of the Ogun State Water Corporation")
pos(D5, "Kehinde Adebanjo", ["country manager"], ["African Development Bank", "AfDB"], "Kehinde Adebanjo, the AfDB's country manager for Nigeria")
pos(D5, "Adeola Ilori", ["commissioner for environment", "commissioner"], ["Ogun"], "The commissioner for environment in Ogun, Adeola Ilori")
pos(D5, "Gbenga Oduwole", ["commissioner for works", "commissioner"], [], "Former commissioner for works, Gbenga Oduwole", former=True)
pos(D5, "Tajudeen Akinwale", ["chairman"], ["Abeokuta South"], "The Abeokuta South local government chairman, Tajudeen Akinwale")
pos(D5, "Adedapo Okunuga", ["Alake", "Oba"], ["Egbaland"], "The Alake of Egbaland, Oba Adedapo Okunuga")
pos(D5, "Ayodele Fasanmi", ["publicity secretary", "state publicity secretary"], ["Peoples Democratic Party", "PDP"], "The party's state publicity secretary, Ayodele Fasanmi")
pos(D5, "Olamide Adeyemi", ["correspondent"], ["TheCable"], "Olamide Adeyemi is a correspondent for TheCable in Abeokuta")
pos(D5, "Rukayat Balogun", ["trader"], [], "said Rukayat Balogun, a trader", "optional")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
for c in ("Madagascar", "Mauritius", "Seychelles", "South Africa"):
    rel(D1, c, "memberOf", "Southern African Development Community", "which groups Madagascar, Mauritius, Seychelles and South Africa among others")
rel(D1, "France", "claims", "Geyser Bank", "a reef in the Mozambique Channel that is also claimed by France and the Comoros")
rel(D1, "Comoros", "claims", "Geyser Bank", "a reef in the Mozambique Channel that is also claimed by France and the Comoros")
rel(D1, "Madagascar", "claims", "Geyser Bank", "France does not recognise Madagascar's claim to the bank")
rel(D2, "Sakteng Wildlife Sanctuary", "locatedIn", "Trashigang", "the 740-square-kilometre sanctuary in Bhutan's Trashigang district")
rel(D2, "Trashigang", "locatedIn", "Bhutan", "Bhutan's Trashigang district")
rel(D2, "Sakteng Wildlife Sanctuary", "locatedIn", "Bhutan", "the Sakteng Wildlife Sanctuary in eastern Bhutan")
rel(D2, "Bhutan", "sharesBorderWith", "India", "Bhutan shares a border with India and China")
rel(D2, "Bhutan", "sharesBorderWith", "China", "Bhutan shares a border with India and China")
rel(D2, "China", "claims", "Sakteng Wildlife Sanctuary", "China has again laid claim to the Sakteng Wildlife Sanctuary")
rel(D3, "Taiping Island", "locatedIn", "Spratly Islands", "the largest naturally occurring island in the Spratlys")
rel(D3, "China", "claims", "Taiping Island", "Beijing, which also claims the island")
rel(D3, "Vietnam", "claims", "Spratly Islands", "to assert its sovereignty over the Truong Sa (Spratly) archipelago")
rel(D3, "Vietnam", "claims", "Taiping Island", "to assert its sovereignty over the Truong Sa (Spratly) archipelago, including Taiping Island")
rel(D4, "Ethiopia", "sharesBorderWith", "Sudan", "Ethiopia, which shares a border with Sudan")
rel(D4, "Egypt", "sharesBorderWith", "Sudan", "Sudan holds that later administrative lines drawn in 1902 define the border")
rel(D4, "Faras", "locatedIn", "Wadi Halfa Salient", "the fishing settlements of Faras and Dabarosa")
rel(D4, "Dabarosa", "locatedIn", "Wadi Halfa Salient", "the fishing settlements of Faras and Dabarosa")
rel(D4, "Egypt", "claims", "Wadi Halfa Salient", "considers the Halfa area north of that line Egyptian")
rel(D5, "Abeokuta", "locatedIn", "Ogun", "Abeokuta, the Ogun state capital")
rel(D5, "Ake", "locatedIn", "Abeokuta", "Ake, Abeokuta")

NOT_PERSON = ["Seychelles Nation", "Focus Taiwan", "Mada Masr", "TheCable", "NDTV", "Wisma Putra", "Alake of Egbaland",
              "Lyonpo", "Dasho", "Enditem", "ASG", "State House", "Ake", "Arakanga"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
