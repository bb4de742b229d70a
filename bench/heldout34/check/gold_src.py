#!/usr/bin/env python3
"""Writes bench/heldout34/gold.json: the hand-made gold standard for bench/heldout34/articles.

Run from anywhere:  python check/gold_src.py [OUT]   (default OUT: gold.json of this set)
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

A1 = "01_aawsat_hanish.txt"
A2 = "02_globaltimes_heixiazi.txt"
A3 = "03_adn_wrangel.txt"
A4 = "04_fijisun_banaba.txt"
A5 = "05_duluthnewstribune_enger_tower.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = """Writes bench/heldout34/gold.json: the hand-made gold standard for bench/heldout34/articles.

Every fact below was read off the five invented articles by hand. Conventions follow the earlier held-out
sets: `key` is a distinctive stretch of the quote's own words; `required` quotes are full statements with an
explicit speaker (name, surname, pronoun, role or organisation, including sentences after the cue, colon
quotes, cue-less continuation paragraphs and each paragraph of a multi-paragraph quote); `optional` ones are
partial quotes, fragments and headline echoes that may be attributed or not; `unattributed` are scare quotes,
coined terms, quoted words of documents and quoted headlines of related stories that must NOT be given a
speaker. Anonymous speakers are not listed. Stance polarity follows the wording; questions, hypotheticals,
recognition of things that are not territories and holders that are not countries give no stance; a
claimant's own claim is optional. Positions: `of_any` is empty when the text names no organisation or country
next to the title; former titles and author footers are required; seats, occupations and verb-only roles are
optional. Relations: only what the text states (spouse, sharesBorderWith, invaded, memberOf, locatedIn).
Entities: every person, organisation, country, territory and place named in the article text, including
bylines, photo credits, copyright and related lines; seas, rivers, lakes, roads, trails, buildings, towers,
bells, platforms, treaties and events are not entities. Every stance, position and relation carries an
`evidence` string copied verbatim from its article (`doc`)."""

# ---------------------------------------------------------------- entities
E: list[dict] = []


def ent(type_: str, name: str, *aliases: str) -> None:
    E.append({"type": type_, "name": name, "aliases": list(aliases)})


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# shared countries
ent(C, "Russia", "Russian Federation")
ent(C, "United States", "U.S.", "US", "United States of America")
ent(C, "Japan")

# 01 Hanish Islands
ent(P, "Wadah al-Jalil", "al-Jalil")
ent(P, "Abdulqawi al-Marwani", "al-Marwani")
ent(P, "Tesfay Gebrekidan", "Gebrekidan")
ent(P, "Ali Mahdi Salem", "Salem")
ent(P, "Nasser al-Qudaimi", "al-Qudaimi")
ent(P, "Layla Bamatraf", "Bamatraf", "Dr. Layla Bamatraf")
ent(P, "Mohammed Saeed Ba'Abbad", "Ba'Abbad")
ent(O, "Asharq Al-Awsat")
ent(O, "Permanent Court of Arbitration")
ent(O, "Eritrean Ministry of Information", "Eritrea's Ministry of Information", "Ministry of Information")
ent(O, "Saudi Ministry of Foreign Affairs", "Saudi Foreign Ministry")
ent(O, "Houthis", "Houthi", "Ansar Allah")
ent(O, "Aden University")
ent(O, "Arab League")
ent(O, "AFP", "Agence France-Presse")
ent(O, "Saudi Research & Media Group", "Saudi Research and Media Group")
ent(C, "Yemen", "Republic of Yemen")
ent(C, "Eritrea")
ent(C, "Ethiopia")
ent(C, "Saudi Arabia")
ent(C, "Sudan")
ent(C, "Djibouti")
ent(C, "Egypt")
ent(T, "Hanish Islands", "Hanish archipelago")
ent(T, "Greater Hanish", "Hanish al-Kabir")
ent(T, "Zuqar Island", "Zuqar")
ent(T, "Mohabbakah Islands", "Mohabbakah")
ent(L, "Mokha")
ent(L, "Khokha")
ent(L, "Assab")
ent(L, "Riyadh")
ent(L, "Asmara")
ent(L, "Aden")
ent(L, "Sanaa")
ent(L, "Cairo")

# 02 Heixiazi / Bolshoy Ussuriysky Island
ent(P, "Lin Shuhan", "Lin")
ent(P, "Arkady Zhuravlyov", "Zhuravlyov")
ent(P, "Yelena Markova", "Markova")
ent(P, "Li Guohua", "Li")
ent(P, "Wang Jiaqi", "Wang")
ent(P, "Zhao Minghui", "Zhao")
ent(O, "Global Times")
ent(O, "VCG", "Visual China Group")
ent(O, "Chinese Foreign Ministry")
ent(O, "Russian State Duma", "State Duma")
ent(O, "Liberal Democratic Party of Russia", "LDPR")
ent(O, "Russian Foreign Ministry")
ent(O, "Russian Embassy in China")
ent(O, "Institute of Russian, Eastern European and Central Asian Studies")
ent(O, "Chinese Academy of Social Sciences", "CASS")
ent(O, "Shanghai Cooperation Organization", "SCO", "Shanghai Cooperation Organisation")
ent(C, "China")
ent(C, "Mongolia")
ent(C, "Kazakhstan")
ent(T, "Heixiazi Island", "Bolshoy Ussuriysky Island", "Heixiazi")
ent(T, "Yinlong Island", "Tarabarov Island")
ent(L, "Fuyuan")
ent(L, "Heilongjiang Province", "Heilongjiang")
ent(L, "Northeast China")
ent(L, "Beijing")
ent(L, "Moscow")
ent(L, "Khabarovsk")

# 03 Wrangel Island
ent(P, "Maren Holloway", "Holloway")
ent(P, "Kevin Tran")
ent(P, "Dalton Merrill", "Merrill")
ent(P, "Thomas Reddick", "Reddick")
ent(P, "Nadia Ferreira", "Ferreira")
ent(P, "Joan Akpik", "Akpik")
ent(P, "Ingrid Solvang", "Solvang")
ent(P, "Paul Danner", "Danner")
ent(P, "Ray Oquilluk")
ent(P, "Martha Oquilluk")
ent(P, "Kelsey Braun", "Braun")
ent(O, "Anchorage Daily News")
ent(O, "U.S. Fish and Wildlife Service", "US Fish and Wildlife Service")
ent(O, "Alaska House State Affairs Committee", "House State Affairs Committee")
ent(O, "Alaska House")
ent(O, "Alaska Legislature")
ent(O, "Congress")
ent(O, "State Department", "U.S. State Department")
ent(O, "Global Affairs Canada")
ent(O, "Russian Embassy in Washington")
ent(O, "University of Alaska Fairbanks")
ent(O, "Coast Guard", "U.S. Coast Guard")
ent(O, "Russian Defense Ministry")
ent(O, "NATO")
ent(C, "Canada")
ent(C, "Ukraine")
ent(T, "Wrangel Island", "Wrangel")
ent(T, "Herald Island")
ent(L, "Nome")
ent(L, "Juneau")
ent(L, "Washington", "Washington, D.C.")
ent(L, "Wasilla")
ent(L, "Ottawa")
ent(L, "Utqiagvik")
ent(L, "Pevek")
ent(L, "Chukotka", "Chukotka region")
ent(L, "Alaska")
ent(L, "Arctic")

# 04 Banaba
ent(P, "Litia Nakarawa", "Nakarawa")
ent(P, "Teiti Kaiuea", "Mr Kaiuea")
ent(P, "Nei Baraniko Kaiuea", "Baraniko Kaiuea")
ent(P, "Ronald Kumar")
ent(P, "Semi Korovou", "Ratu Semi Korovou", "Ratu Semi", "Korovou")
ent(P, "Kaboua Eritai", "Eritai")
ent(P, "Losana Vuniwai", "Vuniwai", "Dr Vuniwai")
ent(P, "Rutiana Teaero", "Teaero")
ent(P, "Paula Tuvou")
ent(O, "Fiji Sun")
ent(O, "Rabi Council of Leaders", "Rabi Council")
ent(O, "Pacific Islands Forum")
ent(O, "Office of Te Beretitenti")
ent(O, "Maneaba ni Maungatabu")
ent(O, "Pacific Islands Forum Secretariat", "Forum Secretariat")
ent(O, "Australian High Commission", "Australia's High Commission")
ent(O, "University of the South Pacific")
ent(O, "Commonwealth", "the Commonwealth")
ent(C, "Fiji")
ent(C, "Kiribati", "Republic of Kiribati")
ent(C, "Tuvalu")
ent(C, "Nauru")
ent(C, "Australia")
ent(C, "Britain", "United Kingdom")
ent(T, "Banaba", "Ocean Island", "Banaba Island")
ent(L, "Rabi Island", "Rabi")
ent(L, "Nuku")
ent(L, "Tarawa")
ent(L, "Cakaudrove Province", "Cakaudrove")
ent(L, "Suva")
ent(L, "Canberra")
ent(L, "Northern Division")

# 05 Enger Tower, Duluth
ent(P, "Brianna Sutkowski", "Sutkowski")
ent(P, "Tyler Hjelle")
ent(P, "Dana Kowalczyk", "Kowalczyk")
ent(P, "Yusuf Dahir", "Dahir")
ent(P, "Gretchen Lindahl", "Lindahl")
ent(P, "Jim Halvorsen", "Halvorsen")
ent(P, "Kari Bjørndal", "Bjørndal", "Kari Bjorndal")
ent(P, "Carol Pietila")
ent(P, "Dave Pietila")
ent(P, "Renee Mattila", "Mattila")
ent(O, "Duluth News Tribune")
ent(O, "Duluth City Council")
ent(O, "LHB")
ent(O, "Visit Duluth")
ent(C, "Norway")
ent(L, "Duluth")
ent(L, "Minneapolis")
ent(L, "Isumi")
ent(L, "St. Louis County", "St Louis County")

NOT_PERSON = [
    # 01
    "Yemeni", "Eritrean", "Houthi", "Houthis", "Mokha", "Khokha", "Assab", "Greater Hanish", "Zuqar",
    "Mohabbakah", "Hanish", "Asharq Al-Awsat", "Dr.", "Saudi",
    # 02
    "Heixiazi", "Yinlong", "Tarabarov", "Bolshoy Ussuriysky", "Fuyuan", "Khabarovsk", "LDPR", "Duma",
    "VCG", "Weibo", "GT Voice", "Wusuli", "Heilong",
    # 03
    "Wrangel", "Herald Island", "Nome", "Rep.", "Rear Adm.", "Alaskans", "Marines", "Seward's Folly",
    "Utqiagvik", "Pevek", "Chukotka", "Bering Strait",
    # 04
    "Banabans", "Banaban", "Ratu", "Nei", "Te Beretitenti", "Maneaba ni Maungatabu", "Rabi", "Nuku",
    "Cakaudrove", "Fiji Sun",
    # 05
    "Enger Tower", "Enger", "Lakewalk", "Councilor", "Mayor", "Skyline Parkway", "LHB", "Norwegians",
    "Japanese Peace Bell", "Visit Duluth", "Lake Superior",
]

# ---------------------------------------------------------------- quotes
Q: list[dict] = []


def q(doc: str, speaker: str, key: str, status: str = "required") -> None:
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


# 01
q(A1, "Abdulqawi al-Marwani", "a flagrant breach", "optional")
q(A1, "Abdulqawi al-Marwani", "These fishermen were doing what their grandfathers did")
q(A1, "Abdulqawi al-Marwani", "We do not accept, and will never accept, any Eritrean claim to Greater Hanish")
q(A1, "Eritrean Ministry of Information",
  "respects Yemen's sovereignty over the Hanish Islands as decided by the tribunal", "optional")
q(A1, "Eritrean Ministry of Information", "without any permits", "optional")
q(A1, "Eritrean Ministry of Information", "Fishing rights are not a license for smuggling")
q(A1, "Tesfay Gebrekidan", "cargo that had nothing to do with fish", "optional")
q(A1, "Saudi Ministry of Foreign Affairs",
  "supports the sovereignty of the Republic of Yemen over all its islands", "optional")
q(A1, "Saudi Arabia", "supports the sovereignty of the Republic of Yemen over all its islands", "optional")
q(A1, "Saudi Ministry of Foreign Affairs", "restraint and dialogue between two neighbors", "optional")
q(A1, "Ali Mahdi Salem", "They took the nets, the phones, even the ice.")
q(A1, "Ali Mahdi Salem", "Every year it gets harder.")
q(A1, "Nasser al-Qudaimi", "will not recognize any deal the mercenaries in Aden sign with Asmara", "optional")
q(A1, "Houthis", "will not recognize any deal the mercenaries in Aden sign with Asmara", "optional")
q(A1, "Layla Bamatraf", "The islands are not in dispute. The water around them is.")
q(A1, "Layla Bamatraf", "and every ten years or so somebody tests it", "optional")
q(A1, "Mohammed Saeed Ba'Abbad", "We won the islands in 1998 and then we forgot about them")
q(A1, "Mohammed Saeed Ba'Abbad", "Eritrea did not forget.")

# 02
q(A2, "Lin Shuhan", "settled once and for all", "optional")
q(A2, "Lin Shuhan", "completely and permanently resolved", "optional")
q(A2, "Lin Shuhan", "The China-Russia boundary line, including the section at Heixiazi Island")
q(A2, "Lin Shuhan", "does not exist", "optional")
q(A2, "Arkady Zhuravlyov", "review", "optional")
q(A2, "Arkady Zhuravlyov", "a gift nobody asked the people of Khabarovsk about", "optional")
q(A2, "Yelena Markova", "only for himself", "optional")
q(A2, "Yelena Markova", "Our country fulfilled every line of the agreement.")
q(A2, "Russian Embassy in China", "a model for the world", "optional")
q(A2, "Russian Embassy in China", "Those who want to redraw it do not represent Russia.")
q(A2, "Lin Shuhan", "a matter of historical justice long since done", "optional")
q(A2, "Li Guohua", "over-interpreted", "optional")
q(A2, "Li Guohua", "In Russia, as in any country, there are voices that like to make noise")
q(A2, "Wang Jiaqi", "Both sides gave something and both sides gained something")
q(A2, "Wang Jiaqi", "That is why the settlement has lasted.")
q(A2, "Zhao Minghui", "For the people of Fuyuan, the island is where the sun first rises over China.")
q(A2, "Lin Shuhan", "The friendship between our peoples was tested in blood.")

# 03
q(A3, "Dalton Merrill", "walked on by Alaskans before any Soviet flag was planted there", "optional")
q(A3, "Dalton Merrill", "not asking anybody to send the Marines")
q(A3, "Dalton Merrill", "It never was.")
q(A3, "Thomas Reddick", "The United States has never claimed Wrangel Island")
q(A3, "Russia", "fantasies in Juneau", "optional")
q(A3, "Joan Akpik", "My constituents are worried about shipping traffic, oil spills and erosion.")
q(A3, "Joan Akpik", "sequel nobody ordered", "optional")
q(A3, "Ingrid Solvang", "There was a moment, around 1924, when things could have gone differently.")
q(A3, "Ingrid Solvang", "But that moment passed.")
q(A3, "Paul Danner", "full-scale invasion of Ukraine, our communications with the Russian border guard")
q(A3, "Paul Danner", "We should not make them thinner.")
q(A3, "Martha Oquilluk", "Our grandparents traded across that water")
q(A3, "Martha Oquilluk", "Nobody asked them about borders.")
q(A3, "Russian Defense Ministry", "northern shield", "optional")
q(A3, "Kelsey Braun", "not taken a position", "optional")

# 04
q(A4, "Teiti Kaiuea", "Banaba Is Our Home", "optional")
q(A4, "Teiti Kaiuea", "special arrangement", "optional")
q(A4, "Teiti Kaiuea", "We are Fijian citizens, yes.")
q(A4, "Teiti Kaiuea", "We are not talking about independence, we are talking about respect.")
q(A4, "Office of Te Beretitenti", "is and will remain an integral part of the Republic of Kiribati", "optional")
q(A4, "Office of Te Beretitenti", "The Government of Kiribati values its close relationship")
q(A4, "Office of Te Beretitenti", "Matters concerning Banaba are for the people of Kiribati to decide")
q(A4, "Semi Korovou", "interfere in the internal affairs of a fellow Forum member", "optional")
q(A4, "Semi Korovou", "We will listen to our Banaban citizens, as we always do.")
q(A4, "Semi Korovou", "That is not a question for Fiji.")
q(A4, "Australian High Commission", "recognises Banaba as an integral part of Kiribati", "optional")
q(A4, "Australia", "recognises Banaba as an integral part of Kiribati", "optional")
q(A4, "Australian High Commission", "dialogue within the Pacific family", "optional")
q(A4, "Kaboua Eritai", "My father said they were told it would be for two years")
q(A4, "Kaboua Eritai", "It has been eighty.")
q(A4, "Losana Vuniwai", "one of the clearest examples of a people separated from their land", "optional")
q(A4, "Losana Vuniwai", "What they are asking for is a mechanism, not a border.")
q(A4, "Teiti Kaiuea", "Our door is open. It has always been open")

# 05
q(A5, "Dana Kowalczyk", "This is the view people put on postcards.")
q(A5, "Dana Kowalczyk", "going to let it crumble on our watch")
q(A5, "Yusuf Dahir", "I love the tower as much as anyone.")
q(A5, "Gretchen Lindahl", "hard to swallow", "optional")
q(A5, "Jim Halvorsen", "The bones are good,")
q(A5, "Jim Halvorsen", "What it needs is about eighty years of maintenance done in eighteen months.")
q(A5, "Kari Bjørndal", "For many Norwegians, Duluth is a little piece of home")
q(A5, "Carol Pietila", "like to climb it one more time while our knees still work")
q(A5, "Dave Pietila", "Took them long enough.")
q(A5, "Renee Mattila", "the exclamation point on the skyline", "optional")

UNATTRIBUTED = [
    # 01
    "Immediate Release", "Our sea", "Red Sea Escalation",
    # 02
    "Eastern outpost",
    # 03
    "political theater", "reassert American interest", "Let them study it", "thoughts and prayers",
    # 04
    "Blue Pacific",
    # 05
    "Our Norwegian gift", "Beacon of the hillside",
]
UNATTRIBUTED_DOCS = {
    "Immediate Release": A1, "Our sea": A1, "Red Sea Escalation": A1, "Eastern outpost": A2,
    "political theater": A3, "reassert American interest": A3, "Let them study it": A3,
    "thoughts and prayers": A3, "Blue Pacific": A4, "Our Norwegian gift": A5, "Beacon of the hillside": A5,
}

# ---------------------------------------------------------------- stances
S: list[dict] = []


def st(doc, country, stance, territory_any, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": territory_any, "docs": [doc],
              "status": status, "evidence": evidence})


R_, N_ = "recognises", "doesNotRecognise"
st(A1, "Eritrea", R_, ["Hanish Islands", "Hanish archipelago"],
   "Eritrea's Ministry of Information said the country \"respects Yemen's sovereignty over the Hanish Islands "
   "as decided by the tribunal\"")
st(A1, "Yemen", N_, ["Greater Hanish"],
   "\"We do not accept, and will never accept, any Eritrean claim to Greater Hanish,\" the minister said.")
st(A1, "Saudi Arabia", R_, ["Hanish archipelago", "Hanish Islands"],
   "the Kingdom \"supports the sovereignty of the Republic of Yemen over all its islands, including the Hanish "
   "archipelago and Zuqar Island,\"")
st(A1, "Saudi Arabia", R_, ["Zuqar Island", "Zuqar"],
   "the Kingdom \"supports the sovereignty of the Republic of Yemen over all its islands, including the Hanish "
   "archipelago and Zuqar Island,\"")
st(A2, "Russia", R_, ["Yinlong Island", "Tarabarov"],
   "stressed that Russia recognizes Yinlong Island as Chinese territory")
st(A2, "China", N_, ["Yinlong Island", "Tarabarov"],
   "China does not recognize any other country's claim to Yinlong Island")
st(A3, "United States", R_, ["Wrangel"],
   "“The United States has never claimed Wrangel Island, and we recognize it as part of the Russian Federation,”")
st(A3, "Canada", R_, ["Wrangel"],
   "Today Ottawa recognizes Russia’s sovereignty over Wrangel Island")
st(A3, "Russia", N_, ["Herald Island"],
   "Russia has never recognized any American claim to Herald Island either")
st(A4, "Fiji", R_, ["Banaba", "Ocean Island"], "Fiji recognised Kiribati's sovereignty over Banaba")
st(A4, "Tuvalu", R_, ["Banaba", "Ocean Island"],
   "Both Tuvalu and Nauru, neighbours that also depend on the sea and once on phosphate, recognise Banaba as "
   "part of Kiribati")
st(A4, "Nauru", R_, ["Banaba", "Ocean Island"],
   "Both Tuvalu and Nauru, neighbours that also depend on the sea and once on phosphate, recognise Banaba as "
   "part of Kiribati")
st(A4, "Australia", R_, ["Banaba", "Ocean Island"],
   "Australia's High Commission in Suva said Canberra \"recognises Banaba as an integral part of Kiribati\"")
st(A4, "Kiribati", R_, ["Banaba", "Ocean Island"],
   "Banaba \"is and will remain an integral part of the Republic of Kiribati\"", "optional")

# ---------------------------------------------------------------- positions
PO: list[dict] = []


def pos(doc, person, title_any, of_any, evidence, status="required", former=False):
    PO.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc], "status": status,
               "former": former, "evidence": evidence})


pos(A1, "Abdulqawi al-Marwani", ["foreign minister"], ["Yemen"], "Yemeni Foreign Minister Abdulqawi al-Marwani")
pos(A1, "Tesfay Gebrekidan", ["information minister"], ["Eritrea"],
    "Eritrean Information Minister Tesfay Gebrekidan")
pos(A1, "Nasser al-Qudaimi", ["political bureau", "member"], ["Houthi"],
    "Nasser al-Qudaimi, a member of the group's political bureau", "optional")
pos(A1, "Layla Bamatraf", ["researcher"], ["Aden University"],
    "Dr. Layla Bamatraf, a researcher in maritime law at Aden University")
pos(A1, "Mohammed Saeed Ba'Abbad", ["deputy foreign minister"], [],
    "Mohammed Saeed Ba'Abbad, a former deputy foreign minister", former=True)

pos(A2, "Lin Shuhan", ["spokesperson"], ["Chinese Foreign Ministry", "Foreign Ministry"],
    "Chinese Foreign Ministry spokesperson Lin Shuhan")
pos(A2, "Arkady Zhuravlyov", ["deputy"], ["State Duma", "Duma"],
    "Arkady Zhuravlyov, a deputy of the Russian State Duma")
pos(A2, "Yelena Markova", ["spokeswoman", "spokesperson"], ["Russian Foreign Ministry", "Foreign Ministry"],
    "Russian Foreign Ministry spokeswoman Yelena Markova")
pos(A2, "Li Guohua", ["ambassador"], ["Russia", "China"],
    "Former Chinese ambassador to Russia Li Guohua", former=True)
pos(A2, "Wang Jiaqi", ["research fellow"],
    ["Institute of Russian, Eastern European and Central Asian Studies", "Chinese Academy of Social Sciences"],
    "Wang Jiaqi, a research fellow at the Institute of Russian, Eastern European and Central Asian Studies")
pos(A2, "Zhao Minghui", ["Party secretary"], ["Fuyuan"], "Zhao Minghui, deputy Party secretary of Fuyuan")

pos(A3, "Maren Holloway", ["reporter"], ["Anchorage Daily News"],
    "Maren Holloway is a political reporter for the Anchorage Daily News")
pos(A3, "Dalton Merrill", ["Rep.", "Representative", "sponsor"], [],
    "The measure’s sponsor, Rep. Dalton Merrill of Wasilla", "optional")
pos(A3, "Thomas Reddick", ["spokesperson"], ["State Department", "department"],
    "department spokesperson Thomas Reddick")
pos(A3, "Nadia Ferreira", ["spokesperson"], ["Global Affairs Canada"],
    "a spokesperson for Global Affairs Canada, Nadia Ferreira")
pos(A3, "Joan Akpik", ["Rep.", "Representative"], [], "Rep. Joan Akpik of Utqiagvik", "optional")
pos(A3, "Joan Akpik", ["chair"], ["committee"], "who chairs the committee", "optional")
pos(A3, "Ingrid Solvang", ["historian"], ["University of Alaska Fairbanks"],
    "Ingrid Solvang, a historian at the University of Alaska Fairbanks")
pos(A3, "Paul Danner", ["Rear Adm.", "rear admiral"], ["Coast Guard"],
    "Retired Coast Guard Rear Adm. Paul Danner", former=True)
pos(A3, "Paul Danner", ["commander"], ["Coast Guard", "17th District"],
    "a former commander of the Coast Guard’s 17th District", former=True)
pos(A3, "Ray Oquilluk", ["whaling captain", "captain"], [], "whaling captain Ray Oquilluk", "optional")
pos(A3, "Kelsey Braun", ["spokesperson"], ["governor"],
    "A spokesperson for the governor’s office, Kelsey Braun")

pos(A4, "Teiti Kaiuea", ["chairman", "chair"], ["Rabi Council"],
    "Rabi Council of Leaders chairman Teiti Kaiuea")
pos(A4, "Semi Korovou", ["Minister for Foreign Affairs", "foreign minister", "minister"], [],
    "Minister for Foreign Affairs Ratu Semi Korovou")
pos(A4, "Kaboua Eritai", ["chairman", "chair"], ["Rabi Council"],
    "Former Rabi Council chairman Kaboua Eritai", former=True)
pos(A4, "Losana Vuniwai", ["lecturer"], ["University of the South Pacific"],
    "Dr Losana Vuniwai, a lecturer in Pacific history at the University of the South Pacific")
pos(A4, "Rutiana Teaero", ["High Commissioner"], ["Kiribati", "Fiji"],
    "Kiribati's High Commissioner to Fiji, Rutiana Teaero")

pos(A5, "Brianna Sutkowski", ["reporter"], ["Duluth News Tribune"],
    "Brianna Sutkowski is a reporter at the Duluth News Tribune")
pos(A5, "Dana Kowalczyk", ["mayor"], [], "Mayor Dana Kowalczyk")
pos(A5, "Yusuf Dahir", ["councilor"], [], "Councilor Yusuf Dahir, who represents the 3rd District", "optional")
pos(A5, "Gretchen Lindahl", ["councilor"], [], "Councilor Gretchen Lindahl", "optional")
pos(A5, "Jim Halvorsen", ["parks and recreation director", "director"], [],
    "Jim Halvorsen, the city’s parks and recreation director")
pos(A5, "Kari Bjørndal", ["honorary consul", "consul"], ["Norway"],
    "Kari Bjørndal, Norway’s honorary consul in Minneapolis")
pos(A5, "Renee Mattila", ["president"], ["Visit Duluth"],
    "Visit Duluth, the city’s tourism bureau, has asked that the park’s lower lot stay open during "
    "construction. Its president, Renee Mattila")

# ---------------------------------------------------------------- relations
RE: list[dict] = []
SYM = {"spouse": True, "sharesBorderWith": True, "invaded": False, "memberOf": False, "locatedIn": False}


def rel(doc, subject, predicate, object_, evidence):
    RE.append({"subject": subject, "predicate": predicate, "object": object_, "symmetric": SYM[predicate],
               "status": "required", "docs": [doc], "evidence": evidence})


rel(A1, "Eritrea", "invaded", "Greater Hanish", "Eritrea invaded and seized Greater Hanish in December 1995")
for c in ("Sudan", "Ethiopia", "Djibouti"):
    rel(A1, "Eritrea", "sharesBorderWith", c, "Eritrea, which shares land borders with Sudan, Ethiopia and Djibouti")
for c in ("Djibouti", "Yemen"):
    rel(A1, c, "memberOf", "Arab League", "Djibouti and Yemen are both members of the Arab League")
rel(A1, "Mokha", "locatedIn", "Yemen", "Mokha on Yemen's Red Sea coast")
rel(A1, "Assab", "locatedIn", "Eritrea", "the Eritrean port of Assab")
rel(A1, "Greater Hanish", "locatedIn", "Hanish Islands", "Greater Hanish, the largest island of the Hanish archipelago")
rel(A1, "Nasser al-Qudaimi", "memberOf", "Houthis", "Nasser al-Qudaimi, a member of the group's political bureau")

rel(A2, "China", "sharesBorderWith", "Russia", "China and Russia share a border of more than 4,300 kilometers")
for c in ("Mongolia", "Kazakhstan"):
    for d in ("China", "Russia"):
        rel(A2, c, "sharesBorderWith", d, "Mongolia and Kazakhstan, which border both countries")
rel(A2, "Arkady Zhuravlyov", "memberOf", "Liberal Democratic Party of Russia",
    "a deputy of the Russian State Duma from the Liberal Democratic Party of Russia (LDPR)")
for c in ("China", "Russia"):
    rel(A2, c, "memberOf", "Shanghai Cooperation Organization",
        "China and Russia, both founding members of the Shanghai Cooperation Organization")
rel(A2, "Japan", "invaded", "Northeast China", "Japan invaded Northeast China in 1931")
rel(A2, "Fuyuan", "locatedIn", "Heilongjiang Province", "Fuyuan, a county-level city in Heilongjiang Province")
rel(A2, "Khabarovsk", "locatedIn", "Russia", "the Russian city of Khabarovsk")
rel(A2, "Heilongjiang Province", "locatedIn", "Northeast China", "Northeast China's Heilongjiang Province")
rel(A2, "Heixiazi Island", "locatedIn", "Fuyuan",
    "A view of the Heixiazi Island, or Bolshoy Ussuriysky Island as it is known in Russia, in Fuyuan")

rel(A3, "United States", "sharesBorderWith", "Russia",
    "The U.S. and Russia share a maritime border that runs through the Bering Strait")
rel(A3, "Russia", "invaded", "Ukraine", "Russia’s full-scale invasion of Ukraine")
for c in ("United States", "Canada"):
    rel(A3, c, "memberOf", "NATO", "The U.S. and Canada, both members of NATO")
rel(A3, "Ray Oquilluk", "spouse", "Martha Oquilluk", "whaling captain Ray Oquilluk and his wife, Martha Oquilluk")
rel(A3, "Pevek", "locatedIn", "Chukotka", "Pevek, a port town in Russia’s Chukotka region")
rel(A3, "Chukotka", "locatedIn", "Russia", "Russia’s Chukotka region")

rel(A4, "Teiti Kaiuea", "spouse", "Nei Baraniko Kaiuea",
    "Rabi Council of Leaders chairman Teiti Kaiuea (right) with his wife Nei Baraniko Kaiuea")
rel(A4, "Japan", "invaded", "Banaba", "Japan invaded Banaba in 1942")
for c in ("Tuvalu", "Nauru"):
    rel(A4, "Kiribati", "sharesBorderWith", c, "Kiribati, which shares maritime boundaries with Tuvalu and Nauru")
for c in ("Fiji", "Kiribati"):
    for o in ("Pacific Islands Forum", "Commonwealth"):
        rel(A4, c, "memberOf", o,
            "Fiji and Kiribati are both members of the Pacific Islands Forum and the Commonwealth")
rel(A4, "Banaba", "locatedIn", "Kiribati", "Banaba, the phosphate-scarred island in Kiribati")
rel(A4, "Nuku", "locatedIn", "Rabi Island", "Nuku, the main village on Rabi")
rel(A4, "Nuku", "locatedIn", "Cakaudrove Province", "Nuku, the main village on Rabi, in Cakaudrove Province")

rel(A5, "Carol Pietila", "spouse", "Dave Pietila", "Carol Pietila and her husband, Dave Pietila")
rel(A5, "Isumi", "locatedIn", "Japan", "Isumi, Japan")

GOLD = {
    "about": ABOUT,
    "documents": DOCS,
    "near_duplicates": [],
    "entities": E,
    "not_person": NOT_PERSON,
    "quotes": Q,
    "unattributed": UNATTRIBUTED,
    "stances": S,
    "positions": PO,
    "relations": RE,
}


def main() -> None:
    import sys
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else SET / "gold.json"
    out.write_text(json.dumps(GOLD, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
