#!/usr/bin/env python3
"""Writes bench/heldout57/gold.json: the hand-made gold for the five blind articles of heldout57."""
import json
from pathlib import Path

ABOUT = """Hand-made gold for bench/heldout57 (blind set; every person invented).
Conventions: `key` is a verbatim stretch of a quote's own words. `required` quotes are full statements with an
explicit speaker (name, surname, pronoun, role or organisation), incl. sentences after the cue, colon quotes and
continuation paragraphs; partial quotes, headline/deck/subhead echoes are `optional`. Anonymous speakers are not
listed, so attributing their words counts as wrong. `unattributed`: scare quotes and quoted headlines.
Stances: holder is a Country (the country, its government, ministry, capital or a minister speaking for it);
polarity follows the wording (positive verbs -> recognises; rejecting, refusing, negated -> doesNotRecognise).
Questions, hypotheticals and `is expected to recognise` are no stance; a claimant's own claim and `would not
recognise` are optional. Positions: required for named persons with a stated title (incl. former posts and
author footers); occupations, byline titles and parliamentary seats are optional. `of_any` empty when the text
names no organisation next to the title. Relations: only those stated in the text; every listed relation is
scored. Entities: persons, organisations, countries, territories and places named in the text incl. bylines,
photo credits, footers and related links; seas, rivers, facilities and platforms are not entities."""

D = ["01_kunuz_karakalpakstan.txt", "02_taiwannews_kinmen.txt", "03_actualitecd_zone_interet_commun.txt",
     "04_sudanspost_mile_14.txt", "05_nst_ipoh_hockey_turf.txt"]

entities, quotes, stances, positions, relations = [], [], [], [], []
unattributed, not_person = [], []


def E(t, doc, name, *aliases):
    entities.append({"type": t, "name": name, "aliases": list(aliases), "docs": [D[doc]]})


def Q(doc, speaker, key, req=True):
    quotes.append({"speaker": speaker, "key": key, "docs": [D[doc]], "status": "required" if req else "optional"})


def S(doc, country, stance, terr, evidence, req=True):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [D[doc]],
                    "evidence": evidence, "status": "required" if req else "optional"})


def P(doc, person, titles, of, evidence, req=True, former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [D[doc]], "evidence": evidence,
                      "former": former, "status": "required" if req else "optional"})


SYM = {"spouse", "sharesBorderWith"}


def R(doc, s, p, o, evidence):
    relations.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "docs": [D[doc]],
                      "evidence": evidence, "status": "required"})


# ---------------- 01 ----------------
for n, a in [("Jasur Toshpulatov", "Toshpulatov"), ("Aziz Mamatov", "Mamatov"), ("Nodira Khamrayeva", "Khamrayeva"),
             ("Qurbanbay Dauletov", "Dauletov"), ("Gulnara Dauletova", "Dauletova"),
             ("Azamat Tleumuratov", "Tleumuratov"), ("Erlan Sapargaliyev", "Sapargaliyev"),
             ("Gennady Volokhov", "Volokhov"), ("Dilfuza Rakhmonova", "Rakhmonova"), ("Sardor Ismoilov", "Ismoilov")]:
    E("Person", 0, n, a)
E("Organization", 0, "Kun.uz")
E("Organization", 0, "Jokargy Kenes of Karakalpakstan", "Jokargy Kenes")
E("Organization", 0, "Foreign Ministry of Uzbekistan", "Uzbekistan's Foreign Ministry")
E("Organization", 0, "Karakalpak Diaspora Council")
E("Organization", 0, "Liberal Democratic Party of Uzbekistan")
E("Organization", 0, "Turkmen Ministry of Foreign Affairs")
E("Organization", 0, "Shanghai Cooperation Organisation", "SCO")
E("Organization", 0, "Commonwealth of Independent States", "CIS")
E("Organization", 0, "Organization of Turkic States")
E("Organization", 0, "University of World Economy and Diplomacy")
for c in ["Uzbekistan", "Kazakhstan", "Turkmenistan", "Russia", "Kyrgyzstan"]:
    E("Country", 0, c)
E("Territory", 0, "Karakalpakstan", "Republic of Karakalpakstan")
for p in ["Nukus", "Tashkent", "Almaty", "Astana", "Ashgabat", "Moscow", "Bishkek", "Khiva", "Moynaq"]:
    E("Place", 0, p)
E("Place", 0, "Khorezm region", "Khorezm")
not_person += ["Kun.uz", "Jokargy Kenes", "Nukus", "Karakalpak", "Karakalpakstan", "Moynaq", "Khiva", "Khorezm",
               "Ashgabat", "Almaty", "Tashkent", "Kazakh", "Turkmen"]
Q(0, "Nodira Khamrayeva", "The constitutional status of Karakalpakstan was settled by its own people")
Q(0, "Nodira Khamrayeva", "Nobody abroad votes for Nukus", False)
Q(0, "Nodira Khamrayeva", "We expect our neighbours to treat this for what it is")
Q(0, "Qurbanbay Dauletov", "We did not declare anything")
Q(0, "Gulnara Dauletova", "no intention of coming back while our relatives are afraid", False)
Q(0, "Azamat Tleumuratov", "Karakalpakstan is not for sale and not for rent")
Q(0, "Erlan Sapargaliyev", "does not support any activity on Kazakh soil", False)
Q(0, "Erlan Sapargaliyev", "Kazakhstan and Uzbekistan share a border of more than 2,300 kilometres")
Q(0, "Erlan Sapargaliyev", "There is no room for this kind of thing between us")
Q(0, "Gennady Volokhov", "would not recognise any so-called Republic of Karakalpakstan", False)
Q(0, "Dilfuza Rakhmonova", "Under the constitution, Karakalpakstan's right to secede")
Q(0, "Dilfuza Rakhmonova", "An internet poll run from another country is not a referendum")
Q(0, "Dilfuza Rakhmonova", "A petition with a flag", False)
Q(0, "Sardor Ismoilov", "the traders of Khiva and Nukus will pay for every slogan")
unattributed += ["independence", "A sea without water"]
S(0, "Kazakhstan", "recognises", ["Karakalpakstan"], "Its Foreign Ministry considers Karakalpakstan an integral part of Uzbekistan")
S(0, "Turkmenistan", "recognises", ["Karakalpakstan"], "Ashgabat acknowledges Uzbekistan's sovereignty over Karakalpakstan in full")
S(0, "Russia", "doesNotRecognise", ["Karakalpakstan"], "would not recognise any so-called Republic of Karakalpakstan proclaimed from abroad", False)
P(0, "Nodira Khamrayeva", ["spokeswoman", "spokesperson"], ["Foreign Ministry", "Uzbekistan"], "Foreign Ministry spokeswoman Nodira Khamrayeva")
P(0, "Qurbanbay Dauletov", ["head", "leader", "chairman"], ["Karakalpak Diaspora Council"], "Qurbanbay Dauletov, who heads the Karakalpak Diaspora Council")
P(0, "Gulnara Dauletova", ["schoolteacher", "teacher"], [], "Gulnara Dauletova, a former schoolteacher", False, True)
P(0, "Azamat Tleumuratov", ["chairman"], ["Jokargy Kenes"], "Azamat Tleumuratov, chairman of the Jokargy Kenes of Karakalpakstan")
P(0, "Erlan Sapargaliyev", ["spokesman", "spokesperson"], ["Foreign Ministry", "Kazakhstan"], "spokesman Erlan Sapargaliyev")
P(0, "Gennady Volokhov", ["Deputy Foreign Minister"], ["Russia"], "Russian Deputy Foreign Minister Gennady Volokhov")
P(0, "Dilfuza Rakhmonova", ["professor"], ["University of World Economy and Diplomacy"], "Dilfuza Rakhmonova, a professor of international law at the University of World Economy and Diplomacy")
P(0, "Sardor Ismoilov", ["deputy governor"], ["Khorezm"], "Sardor Ismoilov, a former deputy governor of Khorezm region", True, True)
P(0, "Jasur Toshpulatov", ["political correspondent", "correspondent"], ["Kun.uz"], "Jasur Toshpulatov is Kun.uz's political correspondent")
R(0, "Qurbanbay Dauletov", "spouse", "Gulnara Dauletova", "with his wife, Gulnara Dauletova")
R(0, "Azamat Tleumuratov", "memberOf", "Liberal Democratic Party of Uzbekistan", "a member of the Liberal Democratic Party of Uzbekistan")
R(0, "Karakalpakstan", "locatedIn", "Uzbekistan", "Karakalpakstan, an autonomous republic in north-western Uzbekistan")
R(0, "Almaty", "locatedIn", "Kazakhstan", "a group based in Almaty, Kazakhstan")
R(0, "Nukus", "locatedIn", "Karakalpakstan", "Nukus, Karakalpakstan's capital")
R(0, "Kazakhstan", "sharesBorderWith", "Uzbekistan", "Kazakhstan and Uzbekistan share a border")
R(0, "Turkmenistan", "sharesBorderWith", "Uzbekistan", "Turkmenistan, which borders Uzbekistan to the south")
for c in ["Uzbekistan", "Kazakhstan"]:
    R(0, c, "memberOf", "Shanghai Cooperation Organisation", "Uzbekistan and Kazakhstan are both members of the Shanghai Cooperation Organisation")
    R(0, c, "memberOf", "Commonwealth of Independent States", "Uzbekistan and Kazakhstan are both members of the Shanghai Cooperation Organisation and the Commonwealth of Independent States")
    R(0, c, "memberOf", "Organization of Turkic States", "both sit in the Organization of Turkic States")

# ---------------- 02 ----------------
for n, a in [("Kelly Hsieh", "Hsieh"), ("Lo Chih-hao", None), ("Chen Kuo-hua", "Chen"), ("Huang Ming-te", "Huang"),
             ("Lin Wei-chen", "Lin"), ("Xu Jianmin", "Xu"), ("Kilon Lometo", "Lometo"), ("Talaki Moeava", "Moeava"),
             ("Wu Chin-lung", "Wu"), ("Hsu Mei-ling", None), ("Tsai Yu-ting", "Tsai"), ("Kao Shih-ming", "Kao")]:
    E("Person", 1, n, *([a] if a else []))
E("Organization", 1, "Taiwan News")
E("Organization", 1, "China Coast Guard")
E("Organization", 1, "Coast Guard Administration", "CGA")
E("Organization", 1, "Kuomintang", "KMT")
E("Organization", 1, "Mainland Affairs Council", "MAC")
E("Organization", 1, "Democratic Progressive Party")
E("Organization", 1, "Taiwan Affairs Office")
E("Organization", 1, "People's Liberation Army")
E("Organization", 1, "Pacific Islands Forum")
E("Organization", 1, "National Chengchi University")
E("Organization", 1, "Kinmen Defense Command")
for c in ["Taiwan", "China", "Marshall Islands", "Tuvalu", "Nauru", "Guatemala", "Japan"]:
    E("Country", 1, c)
E("Territory", 1, "Kinmen")
for p in ["Jincheng Township", "Xiamen", "Taipei", "Beijing", "Liaoluo", "Manila"]:
    E("Place", 1, p)
E("Place", 1, "Fujian", "Fujian province")
not_person += ["Kinmen", "Xiamen", "Jincheng", "Liaoluo", "Fujian", "Taiwan News", "Kuomintang", "MAC", "CGA"]
Q(1, "Chen Kuo-hua", "Our ferries to Xiamen run on time")
Q(1, "Chen Kuo-hua", "We live here, they visit", False)
Q(1, "Huang Ming-te", "Four cutters entered the restricted zone")
Q(1, "Lin Wei-chen", "This is not a normal patrol")
Q(1, "Lin Wei-chen", "We will not be rehearsed out of our own islands")
Q(1, "Lin Wei-chen", "Not a normal patrol", False)
Q(1, "Xu Jianmin", "Chinese law enforcement vessels patrol Chinese waters")
Q(1, "Xu Jianmin", "so-called restricted waters", False)
Q(1, "Kilon Lometo", "The Marshall Islands backs Taiwan's sovereignty over Kinmen")
Q(1, "Talaki Moeava", "an attempt to change facts at sea by repetition", False)
Q(1, "Wu Chin-lung", "They come, they circle, they go")
Q(1, "Wu Chin-lung", "My father saw the shells fall in 1958")
Q(1, "Tsai Yu-ting", "Each patrol is small")
Q(1, "Kao Shih-ming", "the garrison has seen far worse")
S(1, "China", "doesNotRecognise", ["Kinmen"], "China rejects Taiwan's claim to Kinmen")
S(1, "Marshall Islands", "recognises", ["Kinmen"], "The Marshall Islands backs Taiwan's sovereignty over Kinmen")
S(1, "Tuvalu", "recognises", ["Kinmen"], "Tuvalu recognizes Kinmen as Taiwanese territory")
S(1, "Nauru", "doesNotRecognise", ["Taiwan"], "Nauru, which withdrew recognition of Taiwan in 2024", False)
P(1, "Chen Kuo-hua", ["Magistrate"], ["Kinmen"], "Kinmen County Magistrate Chen Kuo-hua")
P(1, "Huang Ming-te", ["spokesperson"], ["CGA", "Coast Guard Administration"], "CGA spokesperson Huang Ming-te")
P(1, "Lin Wei-chen", ["deputy minister"], ["Mainland Affairs Council", "MAC"], "Lin Wei-chen, deputy minister of the Mainland Affairs Council (MAC)")
P(1, "Xu Jianmin", ["spokesperson"], ["Taiwan Affairs Office"], "Xu Jianmin, a spokesperson for China's Taiwan Affairs Office")
P(1, "Kilon Lometo", ["ambassador"], ["Marshall Islands"], "Kilon Lometo, the Marshall Islands' ambassador to Taiwan")
P(1, "Talaki Moeava", ["Foreign Minister"], [], "Foreign Minister Talaki Moeava")
P(1, "Wu Chin-lung", ["fisherman"], [], "fisherman Wu Chin-lung", False)
P(1, "Tsai Yu-ting", ["professor"], ["National Chengchi University"], "Tsai Yu-ting, a professor of diplomacy at National Chengchi University")
P(1, "Kao Shih-ming", ["commander"], ["Kinmen Defense Command"], "Kao Shih-ming, a former commander of the Kinmen Defense Command", True, True)
P(1, "Kelly Hsieh", ["Staff Writer"], ["Taiwan News"], "By Kelly Hsieh, Taiwan News, Staff Writer", False)
R(1, "Chen Kuo-hua", "memberOf", "Kuomintang", "Chen Kuo-hua, a member of the Kuomintang (KMT)")
R(1, "Lin Wei-chen", "memberOf", "Democratic Progressive Party", "a Democratic Progressive Party veteran")
R(1, "Wu Chin-lung", "spouse", "Hsu Mei-ling", "his wife, Hsu Mei-ling")
R(1, "Xiamen", "locatedIn", "Fujian", "Xiamen, in China's Fujian province")
R(1, "Fujian", "locatedIn", "China", "China's Fujian province")
R(1, "People's Liberation Army", "invaded", "Kinmen", "The People's Liberation Army invaded Kinmen in 1949")
R(1, "Marshall Islands", "memberOf", "Pacific Islands Forum", "Both countries are members of the Pacific Islands Forum")
R(1, "Tuvalu", "memberOf", "Pacific Islands Forum", "Both countries are members of the Pacific Islands Forum")
R(1, "Japan", "annexed", "Taiwan", "Taiwan, which Japan annexed in 1895")

# ---------------- 03 ----------------
for n, a in [("Glody Mutombo", ["Mutombo"]), ("Trésor Lunda", ["Lunda"]),
             ("Jean-Pierre Mavungu Nzuzi", ["Mavungu", "Jean-Pierre Mavungu"]), ("Aimé Lukusa Kabongo", ["Lukusa"]),
             ("Joaquim Tchipilica", ["Tchipilica"]), ("Armel Okemba", ["Okemba"]), ("Thandeka Mokoena", ["Mokoena"]),
             ("Clarisse Mbuyi Tshala", ["Mbuyi", "Dr Mbuyi"]), ("Patrice Tshala", []), ("Bernard Luzolo", ["Luzolo"]),
             ("Papy Nlandu", ["Nlandu"])]:
    E("Person", 2, n, *a)
E("Organization", 2, "ACTUALITE.CD")
E("Organization", 2, "National Assembly")
E("Organization", 2, "Union for Democracy and Social Progress", "UDPS")
E("Organization", 2, "University of Kinshasa")
E("Organization", 2, "Congolese Hydrocarbons Company", "Cohydro")
E("Organization", 2, "Economic Community of Central African States", "ECCAS")
E("Organization", 2, "Southern African Development Community", "SADC")
E("Organization", 2, "Sonangol")
E("Country", 2, "Democratic Republic of the Congo", "DRC")
for c in ["Angola", "Republic of the Congo", "South Africa", "Portugal"]:
    E("Country", 2, c)
E("Territory", 2, "Zone of Common Interest", "ZIC")
for p in ["Muanda", "Kinshasa", "Luanda", "Brazzaville", "Pretoria", "Cabinda", "Soyo", "Banana"]:
    E("Place", 2, p)
E("Place", 2, "Zaire province")
E("Place", 2, "Kongo Central", "Kongo Central province")
not_person += ["ACTUALITE.CD", "Muanda", "Soyo", "Cabinda", "Banana", "Sonangol", "Cohydro", "UDPS", "Honourable",
               "Kongo Central", "Congolese"]
Q(2, "Jean-Pierre Mavungu Nzuzi", "For twenty years our neighbours have pumped oil")
Q(2, "Jean-Pierre Mavungu Nzuzi", "We have 37 kilometres of coastline")
Q(2, "Aimé Lukusa Kabongo", "The government has heard the Honourable deputy")
Q(2, "Joaquim Tchipilica", "Angola respects its neighbours")
Q(2, "Joaquim Tchipilica", "There is nothing to reopen")
Q(2, "Armel Okemba", "A river mouth is shared by those who live")
Q(2, "Clarisse Mbuyi Tshala", "Not a metre", False)
Q(2, "Clarisse Mbuyi Tshala", "Only a court or a treaty can move that line")
Q(2, "Clarisse Mbuyi Tshala", "They watch the flares at night")
Q(2, "Bernard Luzolo", "We were told the zone was a first step")
Q(2, "Papy Nlandu", "The oil is out there, the hunger is in here")
unattributed += ["The sea is ours"]
S(2, "Angola", "doesNotRecognise", ["Zone of Common Interest", "ZIC"], "his government rejects the claim that the ZIC belongs to the Congo")
S(2, "Republic of the Congo", "recognises", ["Zone of Common Interest", "ZIC"], "the Republic of the Congo recognises the DRC's rights in the Zone of Common Interest")
S(2, "South Africa", "doesNotRecognise", ["Zone of Common Interest", "ZIC"], "refuses to recognise either side's claim to the ZIC")
S(2, "Democratic Republic of the Congo", "recognises", ["Zone of Common Interest", "ZIC"], "the DRC considers the ZIC part of its own continental shelf", False)
P(2, "Jean-Pierre Mavungu Nzuzi", ["national deputy", "deputy"], [], "national deputy elected in Muanda", False)
P(2, "Aimé Lukusa Kabongo", ["Minister of Hydrocarbons"], [], "Minister of Hydrocarbons Aimé Lukusa Kabongo")
P(2, "Joaquim Tchipilica", ["Secretary of State"], ["Angola"], "Joaquim Tchipilica, Angola's Secretary of State for Foreign Affairs")
P(2, "Armel Okemba", ["Foreign Minister"], [], "Foreign Minister Armel Okemba")
P(2, "Thandeka Mokoena", ["ambassador"], ["South Africa", "Kinshasa"], "its ambassador in Kinshasa, Thandeka Mokoena")
P(2, "Clarisse Mbuyi Tshala", ["lecturer"], ["University of Kinshasa"], "Dr Clarisse Mbuyi Tshala, a lecturer in maritime law at the University of Kinshasa")
P(2, "Bernard Luzolo", ["director general"], ["Cohydro", "Congolese Hydrocarbons Company"], "Bernard Luzolo, a former director general of the Congolese Hydrocarbons Company (Cohydro)", True, True)
P(2, "Glody Mutombo", ["parliamentary reporter", "reporter"], ["ACTUALITE.CD"], "Glody Mutombo is a parliamentary reporter for ACTUALITE.CD")
P(2, "Papy Nlandu", ["fisherman"], [], "Fisherman Papy Nlandu", False)
R(2, "Jean-Pierre Mavungu Nzuzi", "memberOf", "Union for Democracy and Social Progress", "who belongs to the Union for Democracy and Social Progress (UDPS)")
R(2, "Democratic Republic of the Congo", "sharesBorderWith", "Angola", "The DRC shares a long land border with Angola")
R(2, "Cabinda", "locatedIn", "Angola", "Angola, whose Cabinda enclave")
R(2, "Soyo", "locatedIn", "Zaire province", "Soyo sits in Zaire province")
R(2, "Clarisse Mbuyi Tshala", "spouse", "Patrice Tshala", "whose husband, Patrice Tshala")
R(2, "Muanda", "locatedIn", "Kongo Central", "Muanda, in Kongo Central province")
for c in ["Democratic Republic of the Congo", "Angola", "Republic of the Congo"]:
    R(2, c, "memberOf", "Economic Community of Central African States", "The DRC, Angola and the Republic of the Congo are all members of the Economic Community of Central African States (ECCAS)")
for c in ["Democratic Republic of the Congo", "Angola"]:
    R(2, c, "memberOf", "Southern African Development Community", "the DRC and Angola also belong to the Southern African Development Community (SADC)")

# ---------------- 04 ----------------
for n, a in [("Kur Ayuen Kuol", []), ("Bol Madut", []), ("Mabior Lual Deng", ["Mabior"]),
             ("Achol Manyang Kuol", ["Achol", "Amb. Achol"]), ("Khalid Osman al-Tayeb", ["al-Tayeb"]),
             ("Faith Wangari Kimotho", ["Kimotho"]), ("Garang Wol Aguer", ["Garang"]),
             ("Abuk Deng Majok", ["Abuk"]), ("Akuol Madut Atem", ["Akuol", "Dr. Akuol"]),
             ("Malong Dut Akech", ["Malong"]), ("Tong Akot Wol", [])]:
    E("Person", 3, n, *a)
E("Organization", 3, "Sudans Post")
E("Organization", 3, "Transitional National Legislative Assembly", "TNLA")
E("Organization", 3, "SPLM")
E("Organization", 3, "SPLA")
E("Organization", 3, "Sudan's Ministry of Foreign Affairs")
E("Organization", 3, "Intergovernmental Authority on Development", "IGAD")
E("Organization", 3, "African Union")
E("Organization", 3, "University of Juba")
E("Organization", 3, "Centre for Peace and Development Studies")
for c in ["South Sudan", "Sudan", "Kenya", "Uganda", "Ethiopia", "Egypt"]:
    E("Country", 3, c)
E("Territory", 3, "14-Mile Area", "Mile 14")
for p in ["Juba", "Port Sudan", "Kiir Adem", "Aweil", "East Darfur", "Khartoum", "Kampala", "Cairo",
          "Addis Ababa", "Nairobi"]:
    E("Place", 3, p)
E("Place", 3, "Northern Bahr el Ghazal State", "Northern Bahr el Ghazal")
E("Place", 3, "Aweil North County", "Aweil North")
not_person += ["Sudans Post", "Kiir Adem", "Aweil", "Port Sudan", "Mile 14", "Juba", "Hon.", "Amb.", "Gen.",
               "Northern Bahr el Ghazal", "TNLA", "SPLM"]
Q(3, "Mabior Lual Deng", "Three people have died since June")
Q(3, "Mabior Lual Deng", "Our cattle keepers cannot wait for Port Sudan", False)
Q(3, "Achol Manyang Kuol", "The 14-Mile Area has been administered from Aweil")
Q(3, "Achol Manyang Kuol", "We will defend it at the table")
Q(3, "Sudan's Ministry of Foreign Affairs", "holds Juba responsible for any attack", False)
Q(3, "Khalid Osman al-Tayeb", "Mile 14 is Sudanese land under a temporary arrangement")
Q(3, "Faith Wangari Kimotho", "Nairobi has said so before and says so again")
Q(3, "Garang Wol Aguer", "When the rains stop, everyone comes south")
Q(3, "Abuk Deng Majok", "The border is a line on a map")
Q(3, "Akuol Madut Atem", "The troops left, but nobody built the courts")
Q(3, "Malong Dut Akech", "waited too long and sent too little", False)
Q(3, "Tong Akot Wol", "We are counting the displaced")
unattributed += ["A strip of grass and a lot of pride"]
S(3, "South Sudan", "doesNotRecognise", ["14-Mile Area", "Mile 14"], "Juba does not accept the claim that Mile 14 is part of East Darfur")
S(3, "Sudan", "doesNotRecognise", ["14-Mile Area", "Mile 14"], "Sudan has never recognised South Sudanese administration of the 14-Mile Area")
S(3, "Kenya", "recognises", ["14-Mile Area", "Mile 14"], "Kenya considers Mile 14 part of South Sudan")
P(3, "Mabior Lual Deng", ["lawmaker"], [], "the SPLM lawmaker for Aweil North", False)
P(3, "Achol Manyang Kuol", ["Foreign Minister"], [], "Foreign Minister Amb. Achol Manyang Kuol")
P(3, "Khalid Osman al-Tayeb", ["spokesman"], ["Ministry of Foreign Affairs"], "The ministry's spokesman, Khalid Osman al-Tayeb")
P(3, "Faith Wangari Kimotho", ["ambassador"], ["Kenya"], "Kenya's ambassador to South Sudan, Faith Wangari Kimotho")
P(3, "Akuol Madut Atem", ["lecturer"], ["University of Juba", "Centre for Peace and Development Studies"], "Dr. Akuol Madut Atem, a lecturer at the University of Juba's Centre for Peace and Development Studies")
P(3, "Malong Dut Akech", ["commander"], ["SPLA", "3rd Division"], "Gen. (rtd) Malong Dut Akech, a former commander of the SPLA's 3rd Division", True, True)
P(3, "Tong Akot Wol", ["Governor"], ["Northern Bahr el Ghazal"], "Northern Bahr el Ghazal Governor Tong Akot Wol")
P(3, "Kur Ayuen Kuol", ["correspondent"], ["Sudans Post"], "Kur Ayuen Kuol is a Sudans Post correspondent")
R(3, "Mabior Lual Deng", "memberOf", "SPLM", "the SPLM lawmaker for Aweil North")
R(3, "South Sudan", "sharesBorderWith", "Sudan", "the border between South Sudan and Sudan")
R(3, "Kiir Adem", "locatedIn", "Aweil North County", "lies in Aweil North County")
R(3, "Garang Wol Aguer", "spouse", "Abuk Deng Majok", "with his wife, Abuk Deng Majok")
for c in ["South Sudan", "Kenya", "Uganda", "Ethiopia"]:
    R(3, c, "memberOf", "Intergovernmental Authority on Development", "South Sudan, Kenya, Uganda and Ethiopia are all members of the Intergovernmental Authority on Development (IGAD)")
for c in ["South Sudan", "Sudan"]:
    R(3, c, "memberOf", "African Union", "South Sudan and Sudan both belong to the African Union")
    R(3, c, "claims", "14-Mile Area", "the grazing strip south of the Kiir River that both South Sudan and Sudan claim")

# ---------------- 05 ----------------
for n, a in [("Noor Atiqah Sulaiman", ["Noor Atiqah"]), ("Abdullah Yusof", []), ("Nor Hafizah Ramli", ["Nor Hafizah"]),
             ("Khairul Anuar Mat Saman", ["Datuk Khairul Anuar Mat Saman"]), ("Lee Chong Meng", ["Lee"]),
             ("Thivya Ramasamy", ["Thivya"]), ("Arvind Selvam", []), ("Zaleha Osman", ["Puan Zaleha Osman"]),
             ("Mohd Zaki Ismail", []), ("Rajesh Kumar Pillai", ["Rajesh"])]:
    E("Person", 4, n, *a)
E("Organization", 4, "New Straits Times", "NST")
E("Organization", 4, "New Straits Times Press (M) Berhad", "NSTP")
E("Organization", 4, "Kinta Valley Hockey Club")
E("Organization", 4, "Parti Keadilan Rakyat", "PKR")
E("Organization", 4, "Ipoh City Council", "MBI")
E("Organization", 4, "SMK Anderson")
E("Organization", 4, "Malaysian Hockey Confederation", "MHC")
E("Country", 4, "Malaysia")
for p in ["Ipoh", "Perak", "Buntong", "Taiping", "Taman Buntong"]:
    E("Place", 4, p)
not_person += ["NST", "NSTP", "Datuk", "Puan", "Kinta Valley", "Buntong", "SMK Anderson", "Anderson", "Taiping", "Ipoh"]
Q(4, "Nor Hafizah Ramli", "Hockey in Perak was built on grass")
Q(4, "Khairul Anuar Mat Saman", "We have set aside money for the floodlights")
Q(4, "Lee Chong Meng", "We trained at four different schools")
Q(4, "Lee Chong Meng", "Now we can run a proper academy")
Q(4, "Thivya Ramasamy", "On a proper turf the ball runs true")
Q(4, "Zaleha Osman", "Our pupils used to share one worn field")
Q(4, "Mohd Zaki Ismail", "overdue by twenty years", False)
Q(4, "Malaysian Hockey Confederation", "welcomes every new surface in the country", False)
Q(4, "Rajesh Kumar Pillai", "If the surface meets international standards")
unattributed += ["Our field is a swamp"]
P(4, "Nor Hafizah Ramli", ["committee chairman", "chairman"], ["Perak"], "Perak youth and sports committee chairman Nor Hafizah Ramli")
P(4, "Khairul Anuar Mat Saman", ["mayor"], ["Ipoh"], "Ipoh mayor Datuk Khairul Anuar Mat Saman")
P(4, "Lee Chong Meng", ["president"], ["Kinta Valley Hockey Club"], "Kinta Valley Hockey Club president Lee Chong Meng")
P(4, "Thivya Ramasamy", ["head coach", "coach"], ["Kinta Valley Hockey Club", "club"], "The club's head coach, Thivya Ramasamy")
P(4, "Thivya Ramasamy", ["national player", "player"], [], "a former national player", False, True)
P(4, "Arvind Selvam", ["teacher", "teaches"], ["SMK Anderson"], "teaches physical education at SMK Anderson", False)
P(4, "Zaleha Osman", ["principal"], ["SMK Anderson"], "SMK Anderson principal Puan Zaleha Osman")
P(4, "Mohd Zaki Ismail", ["national hockey coach", "coach"], [], "Mohd Zaki Ismail, a former national hockey coach", True, True)
P(4, "Rajesh Kumar Pillai", ["secretary-general", "secretary general"], ["MHC", "Malaysian Hockey Confederation"], "MHC secretary-general Rajesh Kumar Pillai")
P(4, "Noor Atiqah Sulaiman", ["journalist"], ["NST", "New Straits Times"], "Noor Atiqah Sulaiman is an NST journalist")
R(4, "Nor Hafizah Ramli", "memberOf", "Parti Keadilan Rakyat", "who is a member of Parti Keadilan Rakyat (PKR)")
R(4, "Thivya Ramasamy", "spouse", "Arvind Selvam", "Her husband, Arvind Selvam")
R(4, "Buntong", "locatedIn", "Ipoh", "Buntong, a neighbourhood in Ipoh")
R(4, "Ipoh", "locatedIn", "Perak", "Ipoh, the capital of Perak")
R(4, "Taiping", "locatedIn", "Perak", "is also in Perak")

gold = {"about": ABOUT, "documents": D, "near_duplicates": [], "entities": entities, "not_person": not_person,
        "quotes": quotes, "unattributed": unattributed, "stances": stances, "positions": positions,
        "relations": relations}
Path(__file__).resolve().parent.parent.joinpath("gold.json").write_text(
    json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
