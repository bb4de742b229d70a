"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_businessworld_reed_bank.txt", "02_azernews_yukhari_askipara.txt", "03_shabait_zalambessa.txt",
                      "04_maannews_masafer_yatta.txt", "05_witness_pmb_city_hall_clock.txt")
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

# ---- D1
ent(P, "Marielle Joy T. Dizon", "Marielle Joy Dizon", doc=[D1])
ent(P, "Ramon C. Villaflor", "Villaflor", "Ramon Villaflor", doc=[D1])
ent(P, "Lourdes B. Catacutan", "Catacutan", "Lourdes Catacutan", doc=[D1])
ent(P, "Gao Wenbin", doc=[D1])
ent(P, "Hiroshi Nakagawa", "Nakagawa", doc=[D1])
ent(P, "Catherine Ellery", "Ellery", doc=[D1])
ent(P, "Teodoro M. Santiago", "Santiago", "Teodoro Santiago", doc=[D1])
ent(P, "Carlo Antonio R. Ilagan", "Ilagan", "Carlo Antonio Ilagan", doc=[D1])
ent(P, "Jose Emmanuel D. Panganiban", "Panganiban", "Jose Emmanuel Panganiban", doc=[D1])
ent(C, "Philippines", "PHL", "Manila", doc=[D1])
ent(C, "China", "Beijing", doc=[D1])
ent(C, "Japan", doc=[D1])
ent(C, "United States", "Washington", "US", doc=[D1, D4])
ent(C, "Vietnam", "Hanoi", doc=[D1])
ent(C, "Australia", "Canberra", doc=[D1])
ent(T, "Reed Bank", "Recto Bank", "Liyue Tan", doc=[D1])
ent(T, "Spratly Islands", "Spratlys", "Nansha Qundao", doc=[D1])
ent(O, "BusinessWorld", "BusinessWorld Publishing Corp.", doc=[D1])
ent(O, "Department of Foreign Affairs", doc=[D1])
ent(O, "Philippine Coast Guard", doc=[D1])
ent(O, "Department of Energy", "DoE", doc=[D1])
ent(O, "Chinese Foreign Ministry", doc=[D1])
ent(O, "United States Embassy in Manila", doc=[D1])
ent(O, "Senate committee on foreign relations", doc=[D1])
ent(O, "Association of Southeast Asian Nations", "ASEAN", doc=[D1])
ent(O, "PXP Energy Corp.", "PXP Energy", doc=[D1])
ent(O, "Philippine Stock Exchange", doc=[D1])
ent(O, "Luna Securities, Inc.", "Luna Securities", doc=[D1])
ent(PL, "Pasay City", doc=[D1])
ent(PL, "Luzon", doc=[D1])
ent(PL, "Sampaguita gas field", "Sampaguita", doc=[D1])
ent(PL, "Malampaya field", "Malampaya", doc=[D1])
ent(O, "Parliament", doc=[D1])
ent(O, "Navy", doc=[D1])

# ---- D2
ent(P, "Nigar Aliyeva", doc=[D2])
ent(P, "Elchin Mammadzada", "Mammadzada", doc=[D2])
ent(P, "Tigran Harutyunyan", doc=[D2])
ent(P, "Leyla Hasanova", "Hasanova", doc=[D2])
ent(P, "Kerem Doğanay", "Doğanay", doc=[D2])
ent(P, "Gennady Lavrentyev", doc=[D2])
ent(P, "Shahin Gurbanov", doc=[D2])
ent(P, "Ramil Novruzov", doc=[D2])
ent(P, "Farid Safarli", "Safarli", doc=[D2])
ent(C, "Azerbaijan", "Baku", doc=[D2])
ent(C, "Armenia", "Yerevan", "Republic of Armenia", doc=[D2])
ent(C, "Türkiye", "Turkey", "Ankara", doc=[D2, D4])
ent(C, "Pakistan", "Islamabad", doc=[D2])
ent(C, "Russia", "Moscow", doc=[D2])
ent(C, "Georgia", "Tbilisi", doc=[D2])
ent(C, "Kazakhstan", doc=[D2])
ent(C, "Uzbekistan", doc=[D2])
ent(T, "Yukhari Askipara", doc=[D2])
ent(PL, "Gazakh", "Gazakh district", doc=[D2])
ent(O, "Azernews", doc=[D2])
ent(O, "Azerbaijani state commission on delimitation", "state commission on delimitation", doc=[D2])
ent(O, "Azerbaijan's Foreign Ministry", doc=[D2])
ent(O, "Pakistan's Foreign Office", doc=[D2])
ent(O, "Organization of Turkic States", doc=[D2])
ent(O, "European Union", "EU", doc=[D2, D4])
ent(O, "Center for Analysis of International Relations", doc=[D2])
ent(O, "Twitter", doc=[D2])

# ---- D3
ent(P, "Habte Ghebreselassie", "Minister Habte", "Habte", doc=[D3])
ent(P, "Getachew Alemu", "Ambassador Getachew", "Getachew", doc=[D3])
ent(P, "Sherif Abdelaziz", "Mr. Sherif", "Sherif", doc=[D3])
ent(P, "Abdelrahim Osman Hamid", doc=[D3])
ent(P, "Ali Hassan Bouh", doc=[D3])
ent(P, "Tekle Berhane", doc=[D3])
ent(P, "Saba Kidane", doc=[D3])
ent(P, "Yonas Haile", "Mr. Yonas", "Yonas", doc=[D3])
ent(C, "Eritrea", "Asmara", doc=[D3])
ent(C, "Ethiopia", "Addis Ababa", doc=[D3])
ent(C, "Egypt", "Cairo", doc=[D3, D4])
ent(C, "Sudan", "Government of Sudan", doc=[D3])
ent(C, "Djibouti", doc=[D3])
ent(C, "Kenya", doc=[D3])
ent(T, "Zalambessa", doc=[D3])
ent(PL, "Senafe", "Senafe sub-zone", doc=[D3])
ent(PL, "Horn of Africa", doc=[D3])
ent(O, "Shabait", "Shabait.com", doc=[D3])
ent(O, "Ministry of Information", doc=[D3])
ent(O, "Eritrea-Ethiopia Boundary Commission", "EEBC", doc=[D3])
ent(O, "Ministry of Foreign Affairs", doc=[D3])
ent(O, "Ethiopian Ministry of Foreign Affairs", doc=[D3])
ent(O, "African Union Commission", doc=[D3])

# ---- D4
ent(P, "Eliyahu Ben-Shimol", "Ben-Shimol", doc=[D4])
ent(P, "Anas al-Majali", "al-Majali", doc=[D4])
ent(P, "Mehmet Karaosmanoğlu", doc=[D4])
ent(P, "Siobhán Keaveney", "Keaveney", doc=[D4])
ent(P, "Sami Hijazi", "Hijazi", doc=[D4])
ent(P, "Hafez Makhamreh", doc=[D4])
ent(P, "Khaled Rabai", doc=[D4])
ent(P, "Hiba Abu Zaid", doc=[D4])
ent(P, "Yazan Dweik", doc=[D4])
ent(C, "Jordan", "Amman", doc=[D4])
ent(C, "Ireland", doc=[D4])
ent(C, "Israel", doc=[D4])
ent(C, "Palestine", doc=[D4])
ent(T, "Masafer Yatta", doc=[D4])
ent(T, "West Bank", doc=[D4])
ent(T, "Area C", doc=[D4])
ent(PL, "South Hebron Hills", doc=[D4])
ent(PL, "Hebron", doc=[D4])
ent(PL, "Bethlehem", doc=[D4])
ent(PL, "Ramallah", doc=[D4])
ent(PL, "al-Tuwani", doc=[D4])
ent(PL, "Jinba", doc=[D4])
ent(PL, "Yatta", doc=[D4])
ent(O, "Ma'an News Agency", "Ma'an", "وكالة معا الاخبارية", doc=[D4])
ent(O, "Knesset", "Israeli Knesset", doc=[D4])
ent(O, "Religious Zionism", doc=[D4])
ent(O, "Ministry of Foreign Affairs and Expatriates", "Jordan's Ministry of Foreign Affairs and Expatriates", doc=[D4])
ent(O, "Petra", doc=[D4])
ent(O, "Egyptian Foreign Ministry", doc=[D4])
ent(O, "EU Foreign Affairs Council", doc=[D4])
ent(O, "Palestinian Authority", doc=[D4])
ent(O, "UN", doc=[D4])
ent(O, "Security Council", doc=[D4])
ent(O, "US State Department", doc=[D4])
ent(O, "al-Tuwani village council", doc=[D4])
ent(O, "B'Tselem", doc=[D4])
ent(O, "Israeli High Court", doc=[D4])

# ---- D5
ent(P, "Thandeka Mkhize", doc=[D5])
ent(P, "Sipho Ngubane", "Ngubane", doc=[D5])
ent(P, "Andrew Pillay", "Pillay", doc=[D5])
ent(P, "Shirley Pillay", doc=[D5])
ent(P, "Nomvula Cele", "Cele", "Dr Nomvula Cele", doc=[D5])
ent(P, "Graham Buthelezi-Fraser", doc=[D5])
ent(P, "Lindiwe Zondi", doc=[D5])
ent(P, "Bongani Mthethwa", doc=[D5])
ent(P, "Zanele Hlongwa", doc=[D5])
ent(P, "Dennis Naidoo", "Mr Dennis Naidoo", doc=[D5])
ent(P, "Tumelo Dube", doc=[D5])
ent(O, "The Witness", doc=[D5])
ent(O, "KwaZulu-Natal Department of Arts and Culture", doc=[D5])
ent(O, "Msunduzi Municipality", "Msunduzi", doc=[D5])
ent(O, "Gillett & Johnston", doc=[D5])
ent(O, "Pietermaritzburg Heritage Society", doc=[D5])
ent(O, "DA", doc=[D5])
ent(PL, "Pietermaritzburg", "Maritzburg", doc=[D5])
ent(PL, "KwaZulu-Natal", "KZN", doc=[D5])
ent(PL, "Croydon", doc=[D5])
ent(PL, "Scottsville", doc=[D5])
ent(PL, "Alexandra Park", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
OPT = "optional"
# D1
q(D1, "Ramon C. Villaflor", "Reed Bank is Philippine territory under international law, and we will not ask anyone's permission to explore it")
q(D1, "Ramon C. Villaflor", "The 2016 arbitral award settled this question. It is final and binding.")
q(D1, "Lourdes B. Catacutan", "The service contract stands. We are not suspending anything")
q(D1, "Lourdes B. Catacutan", "the country needs the gas from Recto Bank", OPT)
q(D1, "Gao Wenbin", "carrying out normal scientific activities in waters under Chinese jurisdiction", OPT)
q(D1, "Gao Wenbin", "China has indisputable sovereignty over Nansha Qundao and its adjacent waters, including Liyue Tan")
q(D1, "United States Embassy in Manila", "stands with its ally", OPT)
q(D1, "Hiroshi Nakagawa", "Japan supports the Philippines' sovereign rights over Reed Bank and calls on all parties to refrain from unilateral actions")
q(D1, "Catherine Ellery", "does not recognize", OPT)
q(D1, "Teodoro M. Santiago", "We cannot keep filing protests and hoping that they read them")
q(D1, "Teodoro M. Santiago", "Let us bring this to ASEAN and to our partners.")
q(D1, "Carlo Antonio R. Ilagan", "Investors have seen this movie before")
q(D1, "Carlo Antonio R. Ilagan", "Every time a Chinese ship shows up, the stock drops, then it recovers. But drilling delays are a real risk.")
q(D1, "Jose Emmanuel D. Panganiban", "Nobody will drill at Reed Bank without an escort")
q(D1, "Jose Emmanuel D. Panganiban", "That is the reality.")
# D2
q(D2, "Elchin Mammadzada", "Yukhari Askipara is Azerbaijani land. This is not a matter for bargaining")
q(D2, "Elchin Mammadzada", "We have shown flexibility on the Gazakh section, and now we expect the other side to show the same.")
q(D2, "Tigran Harutyunyan", "does not recognize any Azerbaijani claim to territory inside the Republic of Armenia", OPT)
q(D2, "Tigran Harutyunyan", "on the basis of reciprocity", OPT)
q(D2, "Leyla Hasanova", "The so-called reciprocity argument is an attempt to legitimize the occupation of our villages")
q(D2, "Leyla Hasanova", "Azerbaijan will use every legal and diplomatic means to restore its sovereignty.")
q(D2, "Kerem Doğanay", "fully supports Azerbaijan's sovereignty over Yukhari Askipara and all its enclaves", OPT)
q(D2, "Kerem Doğanay", "Türkiye stands by brotherly Azerbaijan, as it always has")
q(D2, "Pakistan's Foreign Office", "Pakistan has never recognized Armenian control over Azerbaijani territory")
q(D2, "Gennady Lavrentyev", "to resolve all questions through the bilateral commission", OPT)
q(D2, "Shahin Gurbanov", "My father is buried there. I only want to visit his grave")
q(D2, "Shahin Gurbanov", "Every year they say next year.")
q(D2, "Ramil Novruzov", "We are ready. The roads are designed, the water line is designed")
q(D2, "Farid Safarli", "The easy sections are done. What is left are the enclaves, and the enclaves are political")
q(D2, "Farid Safarli", "I do not expect a quick breakthrough, but neither side wants to walk away.")
# D3
q(D3, "Ministry of Foreign Affairs", "the final and binding delimitation and demarcation of the boundary is not open to renegotiation by any party", OPT)
q(D3, "Ministry of Foreign Affairs", "Eritrea's sovereign territory is defined by the Algiers Agreement and the EEBC decision.")
q(D3, "Ministry of Foreign Affairs", "Zalambessa is Eritrean territory, and Eritrea will not accept any attempt to alter this legal reality")
q(D3, "Ministry of Foreign Affairs", "a familiar pretext", OPT)
q(D3, "Habte Ghebreselassie", "We have never asked for anything beyond what the law gives us. The Commission has spoken, and its decision must be respected")
q(D3, "Habte Ghebreselassie", "The people of the border area deserve peace and certainty.")
q(D3, "Getachew Alemu", "does not recognize any change to the administration of Zalambessa", OPT)
q(D3, "Getachew Alemu", "Ethiopia respects international law, but the implementation of the boundary decision requires dialogue with the communities concerned")
q(D3, "Sherif Abdelaziz", "Egypt believes that respect for international borders is the foundation of stability in the Horn of Africa and the Red Sea region")
q(D3, "Ali Hassan Bouh", "regards the EEBC decision as the basis of any settlement", OPT)
q(D3, "African Union Commission", "exercise restraint", OPT)
q(D3, "Tekle Berhane", "Our grandfathers farmed those fields. We are waiting for the day we can go back")
q(D3, "Saba Kidane", "Each family has its papers ready. We have prepared schools and clinics for their return")
q(D3, "Saba Kidane", "All we need is the implementation of the decision.")
q(D3, "Yonas Haile", "The decision is final and binding. There is nothing to interpret")
# D4
q(D4, "Ministry of Foreign Affairs and Expatriates", "considers the bill null and void and a flagrant violation of international law", OPT)
q(D4, "Anas al-Majali", "Any Israeli step to annex Palestinian land is illegal and will not create any right")
q(D4, "Mehmet Karaosmanoğlu", "will never recognize", OPT)
q(D4, "Siobhán Keaveney", "Masafer Yatta is occupied Palestinian land.")
q(D4, "Siobhán Keaveney", "Ireland will raise this at the EU Foreign Affairs Council")
q(D4, "European Union", "is following the bill with concern", OPT)
q(D4, "Sami Hijazi", "ethnic cleansing by law", OPT)
q(D4, "Sami Hijazi", "They could not empty Masafer Yatta with bulldozers, so now they are trying with legislation")
q(D4, "Sami Hijazi", "The people of Masafer Yatta will not leave.")
q(D4, "Eliyahu Ben-Shimol", "The South Hebron Hills are part of the Land of Israel, and it is time the law said so")
q(D4, "Eliyahu Ben-Shimol", "regulate construction", OPT)
q(D4, "US State Department", "not comment on hypotheticals", OPT)
q(D4, "Hafez Makhamreh", "We were born here, our children were born here. Where will we go?")
q(D4, "Khaled Rabai", "They photograph every house, every water tank, every sheep pen")
q(D4, "Khaled Rabai", "We know what this means.")
q(D4, "B'Tselem", "would formalize the forcible transfer of more than 1,100 Palestinians", OPT)
# D5
q(D5, "Sipho Ngubane", "For 14 years people have told me the time in this city is wrong. Today we can say the time is right")
q(D5, "Sipho Ngubane", "This is our heritage, and we must look after it.")
q(D5, "Andrew Pillay", "When we opened the case, the mechanism was in better shape than we feared. The brass was sound, it only needed cleaning and patience")
q(D5, "Andrew Pillay", "in better shape than we feared", OPT)
q(D5, "Andrew Pillay", "She did the hard part. I just fixed the gears")
q(D5, "Nomvula Cele", "We have learnt our lesson. A heritage asset without a maintenance plan is a heritage asset waiting to fail")
q(D5, "Graham Buthelezi-Fraser", "We wrote letters, we held vigils, we even raised money for a feasibility study. Today is a good day for Maritzburg")
q(D5, "Bongani Mthethwa", "heritage belongs to all the people of our province", OPT)
q(D5, "Zanele Hlongwa", "It took three mayors to get here, but the people never gave up")
q(D5, "Dennis Naidoo", "I used to set my watch by that clock when I worked at the post office")
q(D5, "Dennis Naidoo", "Now I can do it again.")

UNATTR = ["nine-dash line", "under study", "Ethnic cleansing by law", "Better than we feared"]  # quoted strings with no speaker

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
st(D1, "Philippines", R, ["Reed Bank", "Recto Bank"], "Reed Bank is Philippine territory under international law", OPT)
st(D1, "China", R, ["Reed Bank", "Liyue Tan"], "China has indisputable sovereignty over Nansha Qundao and its adjacent waters, including Liyue Tan", OPT)
st(D1, "China", R, ["Spratly Islands", "Spratlys", "Nansha Qundao"], "China has indisputable sovereignty over Nansha Qundao", OPT)
st(D1, "Vietnam", R, ["Spratly Islands", "Spratlys"], "Vietnam, which also claims parts of the Spratlys", OPT)
st(D1, "United States", R, ["Reed Bank"], "regards Reed Bank as lying within the Philippine exclusive economic zone")
st(D1, "Japan", R, ["Reed Bank"], "Japan supports the Philippines' sovereign rights over Reed Bank")
st(D1, "Australia", N, ["Reed Bank"], "Australia \"does not recognize\" China's claim to Reed Bank")
st(D2, "Azerbaijan", R, ["Yukhari Askipara"], "Yukhari Askipara is Azerbaijani land", OPT)
st(D2, "Türkiye", R, ["Yukhari Askipara"], "fully supports Azerbaijan's sovereignty over Yukhari Askipara")
st(D2, "Pakistan", R, ["Yukhari Askipara"], "Islamabad regards Yukhari Askipara as an integral part of Azerbaijan")
st(D2, "Kazakhstan", R, ["Yukhari Askipara"], "they recognise Yukhari Askipara as Azerbaijani territory")
st(D2, "Uzbekistan", R, ["Yukhari Askipara"], "they recognise Yukhari Askipara as Azerbaijani territory")
st(D3, "Eritrea", R, ["Zalambessa"], "Zalambessa is Eritrean territory", OPT)
st(D3, "Ethiopia", N, ["Zalambessa"], "does not recognize any change to the administration of Zalambessa", OPT)
st(D3, "Egypt", R, ["Zalambessa"], "Cairo supports Eritrea's sovereignty over Zalambessa")
st(D3, "Sudan", R, ["Zalambessa"], "The Government of Sudan also recognizes Zalambessa as Eritrean")
st(D3, "Djibouti", R, ["Zalambessa"], "So does Djibouti")
st(D4, "Jordan", R, ["Masafer Yatta"], "Amman regards Masafer Yatta as an integral part of the occupied Palestinian territory")
st(D4, "Egypt", N, ["Masafer Yatta"], "Egypt does not recognize any Israeli sovereignty over Masafer Yatta")
st(D4, "Egypt", N, ["West Bank"], "Egypt does not recognize any Israeli sovereignty over Masafer Yatta or any part of the West Bank")
st(D4, "Türkiye", N, ["Masafer Yatta", "the annexation"], "Ankara \"will never recognize\" the annexation")
st(D4, "Ireland", R, ["Masafer Yatta"], "Masafer Yatta is occupied Palestinian land.")

NEG = [
    {"docs": [D1], "country": "Vietnam", "territory": "Reed Bank", "why": "question", "evidence": "Asked whether Hanoi would recognize the Philippine position"},
    {"docs": [D1], "country": "Association of Southeast Asian Nations", "territory": "Reed Bank", "why": "international body, takes no side", "evidence": "ASEAN itself does not take sides on territorial claims."},
    {"docs": [D2], "country": "Armenia", "territory": "Yukhari Askipara", "why": "territory not named", "evidence": "does not recognize any Azerbaijani claim to territory inside the Republic of Armenia"},
    {"docs": [D2], "country": "Russia", "territory": "Yukhari Askipara", "why": "territorial integrity of both states, no stance on the territory", "evidence": "Moscow recognizes the territorial integrity of both states"},
    {"docs": [D2], "country": "Georgia", "territory": "Yukhari Askipara", "why": "no position", "evidence": "Georgia, which hosted the talks, does not take a position on the enclaves."},
    {"docs": [D2], "country": "European Union", "territory": "Yukhari Askipara", "why": "question; not a country", "evidence": "Whether the European Union would recognise an eventual swap of the enclaves remains unclear."},
    {"docs": [D3], "country": "Kenya", "territory": "Zalambessa", "why": "question/hypothetical", "evidence": "It is not clear whether Kenya, which has offered to mediate, would recognize the Eritrean position."},
    {"docs": [D3], "country": "African Union Commission", "territory": "Zalambessa", "why": "international body", "evidence": "The African Union Commission, for its part, has urged both sides to"},
    {"docs": [D4], "country": "United States", "territory": "Masafer Yatta", "why": "question/hypothetical", "evidence": "Asked if Washington would recognize an annexation"},
    {"docs": [D4], "country": "European Union", "territory": "West Bank", "why": "not a country", "evidence": "The EU, which is not a state, has no position of its own on sovereignty"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
pos(D1, "Marielle Joy T. Dizon", ["Reporter"], ["BusinessWorld"], "By Marielle Joy T. Dizon, Reporter")
pos(D1, "Ramon C. Villaflor", ["Foreign Affairs Secretary", "Secretary"], ["Department of Foreign Affairs", "Foreign Affairs", "Philippines"], "Foreign Affairs Secretary Ramon C. Villaflor")
pos(D1, "Lourdes B. Catacutan", ["Undersecretary"], ["Department of Energy", "Energy"], "Energy Undersecretary Lourdes B. Catacutan")
pos(D1, "Gao Wenbin", ["spokesperson"], ["Chinese Foreign Ministry", "Foreign Ministry", "China"], "Chinese Foreign Ministry spokesperson Gao Wenbin")
pos(D1, "Hiroshi Nakagawa", ["ambassador"], ["Japan"], "its ambassador, Hiroshi Nakagawa")
pos(D1, "Catherine Ellery", ["foreign minister"], ["Australia"], "Australia's foreign minister, Catherine Ellery")
pos(D1, "Teodoro M. Santiago", ["Senator"], [], "Senator Teodoro M. Santiago")
pos(D1, "Teodoro M. Santiago", ["chairman"], ["Senate committee on foreign relations", "Senate"], "chairman of the Senate committee on foreign relations")
pos(D1, "Carlo Antonio R. Ilagan", ["research head"], ["Luna Securities"], "research head at Luna Securities, Inc.")
pos(D1, "Jose Emmanuel D. Panganiban", ["national security adviser"], [], "a former national security adviser", former=True)
pos(D2, "Elchin Mammadzada", ["Deputy Prime Minister"], ["Azerbaijan"], "Deputy Prime Minister Elchin Mammadzada")
pos(D2, "Elchin Mammadzada", ["head"], ["state commission on delimitation"], "who heads the Azerbaijani state commission on delimitation")
pos(D2, "Tigran Harutyunyan", ["Deputy Prime Minister"], ["Armenia"], "Armenian Deputy Prime Minister Tigran Harutyunyan")
pos(D2, "Leyla Hasanova", ["spokesperson"], ["Azerbaijan's Foreign Ministry", "Foreign Ministry", "Azerbaijan"], "Azerbaijan's Foreign Ministry spokesperson Leyla Hasanova")
pos(D2, "Kerem Doğanay", ["Foreign Minister"], ["Türkiye", "Turkey", "Turkish"], "Turkish Foreign Minister Kerem Doğanay")
pos(D2, "Gennady Lavrentyev", ["Deputy Foreign Minister"], ["Russia", "Russian"], "Russian Deputy Foreign Minister Gennady Lavrentyev")
pos(D2, "Ramil Novruzov", ["head"], ["Gazakh"], "Gazakh district executive power head Ramil Novruzov")
pos(D2, "Farid Safarli", ["Analyst"], ["Center for Analysis of International Relations"], "Analyst Farid Safarli of the Baku-based Center for Analysis of International Relations")
pos(D3, "Habte Ghebreselassie", ["Minister of Foreign Affairs", "Minister"], ["Eritrea", "Foreign Affairs"], "the Minister of Foreign Affairs, Mr. Habte Ghebreselassie")
pos(D3, "Getachew Alemu", ["spokesperson"], ["Ethiopian Ministry of Foreign Affairs", "Ethiopia"], "the spokesperson of the Ethiopian Ministry of Foreign Affairs, Ambassador Getachew Alemu")
pos(D3, "Getachew Alemu", ["Ambassador"], [], "Ambassador Getachew Alemu")
pos(D3, "Sherif Abdelaziz", ["Minister of Foreign Affairs", "Minister"], ["Egypt", "Foreign Affairs"], "The Egyptian Minister of Foreign Affairs, Mr. Sherif Abdelaziz")
pos(D3, "Abdelrahim Osman Hamid", ["envoy"], ["Sudan"], "the Sudanese envoy, Mr. Abdelrahim Osman Hamid")
pos(D3, "Ali Hassan Bouh", ["foreign minister"], ["Djibouti"], "whose foreign minister, Mr. Ali Hassan Bouh")
pos(D3, "Tekle Berhane", ["elder"], ["Senafe"], "a farmer and elder of the sub-zone", status="optional")
pos(D3, "Tekle Berhane", ["farmer"], [], "a farmer and elder of the sub-zone", status="optional")
pos(D3, "Saba Kidane", ["administrator"], ["Senafe"], "administrator of the Senafe sub-zone")
pos(D3, "Yonas Haile", ["member"], ["Eritrea-Ethiopia Boundary Commission", "EEBC", "Eritrean legal team"], "a former member of the Eritrean legal team at the EEBC", former=True)
pos(D4, "Eliyahu Ben-Shimol", ["Knesset member", "member"], ["Knesset", "Religious Zionism"], "Knesset member Eliyahu Ben-Shimol")
pos(D4, "Anas al-Majali", ["spokesman"], ["Ministry of Foreign Affairs and Expatriates", "Jordan"], "Ministry spokesman Anas al-Majali")
pos(D4, "Mehmet Karaosmanoğlu", ["Foreign Minister"], ["Türkiye", "Turkey"], "Turkey's Foreign Minister Mehmet Karaosmanoğlu")
pos(D4, "Siobhán Keaveney", ["Tánaiste"], ["Ireland"], "Ireland's Tánaiste, Siobhán Keaveney")
pos(D4, "Sami Hijazi", ["Minister of Local Government", "Minister"], ["Palestinian Authority"], "Palestinian Authority Minister of Local Government Sami Hijazi")
pos(D4, "Hafez Makhamreh", ["head"], ["al-Tuwani village council"], "head of the al-Tuwani village council")
pos(D4, "Khaled Rabai", ["activist"], [], "Khaled Rabai, a local activist")
pos(D5, "Thandeka Mkhize", ["Journalist"], ["The Witness"], "Thandeka Mkhize is a journalist at The Witness.")
pos(D5, "Sipho Ngubane", ["mayor"], ["Msunduzi"], "Msunduzi mayor Sipho Ngubane")
pos(D5, "Andrew Pillay", ["Clockmaker"], [], "Clockmaker Andrew Pillay")
pos(D5, "Nomvula Cele", ["municipal manager"], [], "The municipal manager, Dr Nomvula Cele")
pos(D5, "Graham Buthelezi-Fraser", ["chairperson"], ["Pietermaritzburg Heritage Society"], "Pietermaritzburg Heritage Society chairperson Graham Buthelezi-Fraser")
pos(D5, "Lindiwe Zondi", ["councillor"], ["DA", "Ward 33"], "Ward 33 councillor Lindiwe Zondi (DA)")
pos(D5, "Bongani Mthethwa", ["MEC for Arts and Culture", "MEC"], ["KwaZulu-Natal"], "KwaZulu-Natal MEC for Arts and Culture Bongani Mthethwa")
pos(D5, "Zanele Hlongwa", ["mayor"], ["Msunduzi"], "Former Msunduzi mayor Zanele Hlongwa", former=True)

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Vietnam", "claims", "Spratly Islands", "Vietnam, which also claims parts of the Spratlys")
rel(D1, "China", "claims", "Reed Bank", "Beijing claims as part of its")
rel(D1, "Department of Foreign Affairs", "locatedIn", "Pasay City", "the Department of Foreign Affairs in Pasay City")
rel(D1, "United States Embassy in Manila", "locatedIn", "Philippines", "The United States Embassy in Manila")
rel(D2, "Azerbaijan", "sharesBorderWith", "Armenia", "Azerbaijan and Armenia share a border")
rel(D2, "Yukhari Askipara", "locatedIn", "Gazakh", "an enclave of the Gazakh district")
rel(D2, "Center for Analysis of International Relations", "locatedIn", "Azerbaijan", "the Baku-based Center for Analysis of International Relations")
rel(D2, "Kazakhstan", "memberOf", "Organization of Turkic States", "Kazakhstan and Uzbekistan, fellow members of the Organization of Turkic States")
rel(D2, "Uzbekistan", "memberOf", "Organization of Turkic States", "Kazakhstan and Uzbekistan, fellow members of the Organization of Turkic States")
rel(D3, "Eritrea", "sharesBorderWith", "Ethiopia", "Eritrea and Ethiopia share a border")
rel(D3, "Senafe", "locatedIn", "Eritrea", "Senafe, the nearest Eritrean town to Zalambessa")
rel(D4, "Eliyahu Ben-Shimol", "memberOf", "Religious Zionism", "Eliyahu Ben-Shimol of the Religious Zionism party")
rel(D4, "Eliyahu Ben-Shimol", "memberOf", "Knesset", "Knesset member Eliyahu Ben-Shimol")
rel(D4, "Masafer Yatta", "locatedIn", "West Bank", "in the South Hebron Hills in the occupied West Bank")
rel(D4, "Masafer Yatta", "locatedIn", "South Hebron Hills", "in the South Hebron Hills")
rel(D4, "Masafer Yatta", "locatedIn", "Area C", "Masafer Yatta lies in Area C")
rel(D4, "South Hebron Hills", "locatedIn", "West Bank", "the South Hebron Hills in the occupied West Bank")
rel(D5, "Andrew Pillay", "spouse", "Shirley Pillay", "his wife, Shirley Pillay")
rel(D5, "Gillett & Johnston", "locatedIn", "Croydon", "Gillett & Johnston of Croydon")
rel(D5, "Lindiwe Zondi", "memberOf", "DA", "Lindiwe Zondi (DA)")

NOT_PERSON = ["BRP Cabra", "BusinessWorld", "Azernews", "Shabait", "Ma'an", "The Witness", "Petra", "B'Tselem",
              "Knesset", "Gillett & Johnston", "Tánaiste", "Religious Zionism", "Senafe", "Zalambessa",
              "Masafer Yatta", "Yukhari Askipara", "Algiers Agreement", "Church Street", "Reed Bank", "Luna Securities",
              "Liyue Tan", "Nansha Qundao", "Recto Bank", "al-Tuwani", "Alexandra Park", "Land of Israel", "City Hall"]


documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
