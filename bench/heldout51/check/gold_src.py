#!/usr/bin/env python3
"""Writes bench/heldout51/gold.json: the hand-made gold standard for bench/heldout51/articles.

Run:  .venv/bin/python bench/heldout51/check/gold_src.py   (writes ../gold.json next to articles/)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_burkina24_agacher.txt"
D2 = "02_asiaplus_gorno_badakhshan.txt"
D3 = "03_islandtimes_helen_reef.txt"
D4 = "04_newera_caprivi.txt"
D5 = "05_sunstardavao_toril_library.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout51/gold.json: the hand-made gold standard for bench/heldout51/articles.

Every fact was read off the five invented articles by hand; every person is fictional.
Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` quotes are full
  statements with an explicit speaker (name, surname, pronoun, role or organisation), including
  sentences after the cue, colon quotes and every paragraph of a multi-paragraph quote. Partial
  quotes, headline/deck/subhead echoes and statements read out for a minister are `optional`.
  Anonymous speakers (an unnamed diplomat, an unnamed official) are not listed, so giving their
  words a speaker counts as a wrong attribution. `unattributed` lists quoted strings with no
  speaker (scare quotes, subheads, related headlines).
- stances: polarity follows the wording (recognises / acknowledges / backs ... sovereignty /
  considers X part of Y / regarded as ... territory -> recognises; does not recognise / does not
  accept / rejects the claim / refuses to recognise / has never recognised -> doesNotRecognise).
  Holders may be given as the country, its capital, its government, ministry, embassy or a minister
  or ambassador speaking for it. A claimant's own claim is optional. Questions, hypotheticals,
  conditionals and `is expected to recognise` are not stances; nor is recognition of things that
  are not territories (a judgment, a line, a licence). When a state's recognition of another state
  is meant (Palau and Taiwan), the recognised state is the stance object.
- positions: `of_any` is empty when the text names no organisation or country next to the title.
  Former posts carry former=true. Occupations, seats (member of an assembly, Senator, Councilor),
  a committee chair given only by a verb, and author footers without a title noun are optional.
- relations: only relations stated in the text (spouse, sharesBorderWith, invaded, annexed,
  memberOf, locatedIn); nothing inferred.
- entities: every person, organisation, country, territory and place named in the article text,
  including bylines, photo credits, author footers, copyright lines and related links. Seas, rivers,
  mountain ranges, streets, vessels, treaties, social platforms, unnamed bodies (`the ministry`,
  `the Senate`) are not entities. Capitals are places, not aliases of countries.
"""

entities = []


def ent(typ, name, docs, *aliases):
    entities.append({"type": typ, "name": name, "aliases": list(aliases), "docs": docs})


def P(name, docs, *aliases):
    ent("Person", name, docs, *aliases)


def O(name, docs, *aliases):
    ent("Organization", name, docs, *aliases)


def C(name, docs, *aliases):
    ent("Country", name, docs, *aliases)


def T(name, docs, *aliases):
    ent("Territory", name, docs, *aliases)


def L(name, docs, *aliases):
    ent("Place", name, docs, *aliases)


quotes, stances, positions, relations = [], [], [], []


def q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def st(doc, country, stance, territory_any, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": territory_any,
                    "docs": [doc], "status": status, "evidence": evidence})


def pos(doc, person, title_any, of_any, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": title_any, "of_any": of_any, "status": status,
                      "former": former, "docs": [doc], "evidence": evidence})


SYM = {"spouse", "sharesBorderWith"}


def rel(doc, subject, predicate, obj, evidence, status="required"):
    relations.append({"subject": subject, "predicate": predicate, "object": obj,
                      "symmetric": predicate in SYM, "status": status, "docs": [doc],
                      "evidence": evidence})


# ---------------------------------------------------------------- 01 Burkina24
P("Wendpanga Ilboudo", [D1], "Ilboudo")
P("Sidiki Compaoré", [D1], "Compaoré", "Sidiki Compaore")
P("Salifou Nabaloum", [D1], "Nabaloum")
P("Boubacar Maïga-Sanogo", [D1], "Maïga-Sanogo", "Boubacar Maiga-Sanogo")
P("Ibrahima Guindo", [D1], "Guindo")
P("Abdoulkarim Issoufou Garba", [D1], "Issoufou Garba")
P("Séraphin Kouadio-Brou", [D1], "Kouadio-Brou", "Seraphin Kouadio-Brou")
P("Clémentine Yaméogo-Bationo", [D1], "Yaméogo-Bationo", "Clementine Yameogo-Bationo")
P("Hamidou Dicko", [D1], "Dicko")
P("Mariam Tamboura", [D1], "Tamboura")
P("Rasmata Kaboré-Zida", [D1], "Kaboré-Zida", "Rasmata Kabore-Zida")
O("Burkina24", [D1])
O("Collectif Agacher Mali", [D1])
O("ORTM", [D1])
O("Rally for Mali", [D1], "RPM")
O("Alliance of Sahel States", [D1], "AES")
O("ECOWAS", [D1])
O("International Court of Justice", [D1])
O("Université Joseph Ki-Zerbo", [D1], "Universite Joseph Ki-Zerbo")
O("Transitional Legislative Assembly", [D1], "ALT")
C("Burkina Faso", [D1])
C("Mali", [D1])
C("Niger", [D1])
C("Côte d'Ivoire", [D1], "Cote d'Ivoire")
C("Ghana", [D1])
T("Agacher Strip", [D1], "Agacher")
L("Ouagadougou", [D1])
L("Bamako", [D1])
L("Niamey", [D1])
L("Abidjan", [D1])
L("Accra", [D1])
L("Dioulouna", [D1])
L("Koro", [D1])
L("Mopti Region", [D1])
L("Djibo", [D1])
L("Soum province", [D1], "Soum")
L("The Hague", [D1])

q(D1, "Salifou Nabaloum", "The judgment of 1986 is not a menu from which one chooses the dishes one likes")
q(D1, "Salifou Nabaloum", "We will not reopen it for a collective that nobody elected")
q(D1, "Salifou Nabaloum", "The judgment of 1986 is not a menu", "optional")
q(D1, "Salifou Nabaloum", "excellent", "optional")
q(D1, "Boubacar Maïga-Sanogo", "The Malian state recognises Burkinabè sovereignty over the part of the Agacher")
q(D1, "Ibrahima Guindo", "Our grandparents were counted in Koro")
q(D1, "Ibrahima Guindo", "A judge in The Hague cannot erase that")
q(D1, "Ibrahima Guindo", "history is long", "optional")
q(D1, "Abdoulkarim Issoufou Garba", "Among brothers of the AES, borders are settled by law")
q(D1, "Séraphin Kouadio-Brou", "does not accept the collective's claim to the Agacher", "optional")
q(D1, "Clémentine Yaméogo-Bationo", "Both capitals accepted it the same evening")
q(D1, "Clémentine Yaméogo-Bationo", "The herders do not read maps")
q(D1, "Hamidou Dicko", "We cross every dry season with the animals")
q(D1, "Hamidou Dicko", "We cross every dry season", "optional")
q(D1, "Mariam Tamboura", "The cows have never asked to see the judgment")

st(D1, "Mali", "recognises", ["Agacher"],
   "The Malian state recognises Burkinabè sovereignty over the part of the Agacher that the court gave to Ouagadougou")
st(D1, "Niger", "recognises", ["Agacher"],
   "Niamey backs Burkina Faso's sovereignty over the Agacher villages awarded to it in 1986")
st(D1, "Côte d'Ivoire", "doesNotRecognise", ["Agacher"],
   "Côte d'Ivoire « does not accept the collective's claim to the Agacher »")
st(D1, "Burkina Faso", "recognises", ["Agacher"],
   "It divided the Agacher, and Burkina Faso has lived by that division for more than forty years", "optional")

pos(D1, "Salifou Nabaloum", ["Minister of Foreign Affairs", "foreign minister"], [],
    "The Minister of Foreign Affairs, Salifou Nabaloum")
pos(D1, "Boubacar Maïga-Sanogo", ["Minister of Territorial Administration"], ["Mali"],
    "Boubacar Maïga-Sanogo, Mali's Minister of Territorial Administration")
pos(D1, "Ibrahima Guindo", ["president"], ["Collectif Agacher Mali", "collective"],
    "The collective's president, Ibrahima Guindo")
pos(D1, "Abdoulkarim Issoufou Garba", ["Minister of Foreign Affairs", "foreign minister"], ["Niger"],
    "Niger's Minister of Foreign Affairs, Abdoulkarim Issoufou Garba")
pos(D1, "Séraphin Kouadio-Brou", ["spokesman", "spokesperson"],
    ["Ivorian", "Ministry of Foreign Affairs", "Côte d'Ivoire"],
    "Séraphin Kouadio-Brou, spokesman of the Ivorian Ministry of Foreign Affairs")
pos(D1, "Clémentine Yaméogo-Bationo", ["ambassador"], ["Burkina Faso"],
    "is a former ambassador of Burkina Faso to Mali", former=True)
pos(D1, "Clémentine Yaméogo-Bationo", ["teaches public international law", "professor", "lecturer"],
    ["Université Joseph Ki-Zerbo", "Joseph Ki-Zerbo"],
    "who teaches public international law at Université Joseph Ki-Zerbo", "optional")
pos(D1, "Rasmata Kaboré-Zida", ["member"], ["Transitional Legislative Assembly", "ALT"],
    "a member of the Transitional Legislative Assembly (ALT) for Soum province", "optional")
pos(D1, "Hamidou Dicko", ["herder"], [], "Hamidou Dicko, a herder from Dioulouna", "optional")
pos(D1, "Wendpanga Ilboudo", ["political reporter", "reporter"], ["Burkina24"],
    "Wendpanga Ilboudo is a political reporter at Burkina24")

rel(D1, "Burkina Faso", "memberOf", "Alliance of Sahel States",
    "Burkina Faso, Mali and Niger, the three members of the Alliance of Sahel States (AES)")
rel(D1, "Mali", "memberOf", "Alliance of Sahel States",
    "Burkina Faso, Mali and Niger, the three members of the Alliance of Sahel States (AES)")
rel(D1, "Niger", "memberOf", "Alliance of Sahel States",
    "Burkina Faso, Mali and Niger, the three members of the Alliance of Sahel States (AES)")
rel(D1, "Côte d'Ivoire", "sharesBorderWith", "Burkina Faso",
    "Côte d'Ivoire, which shares a border with Burkina Faso and with Mali")
rel(D1, "Côte d'Ivoire", "sharesBorderWith", "Mali",
    "Côte d'Ivoire, which shares a border with Burkina Faso and with Mali")
rel(D1, "Mali", "invaded", "Agacher Strip", "In December 1985 Malian troops invaded the Agacher")
rel(D1, "Koro", "locatedIn", "Mopti Region", "the cercle of Koro, in Mali's Mopti Region")
rel(D1, "Mopti Region", "locatedIn", "Mali", "Mali's Mopti Region")
rel(D1, "Djibo", "locatedIn", "Soum province", "Djibo, the main town of Soum province")
rel(D1, "Dioulouna", "locatedIn", "Agacher Strip", "Dioulouna, one of the Agacher villages")
rel(D1, "Ibrahima Guindo", "memberOf", "Rally for Mali",
    "Ibrahima Guindo, a member of the Rally for Mali (RPM)")
rel(D1, "Rasmata Kaboré-Zida", "memberOf", "Transitional Legislative Assembly",
    "Rasmata Kaboré-Zida, a member of the Transitional Legislative Assembly (ALT)")
rel(D1, "Hamidou Dicko", "spouse", "Mariam Tamboura",
    "Hamidou Dicko, a herder from Dioulouna, and his wife, Mariam Tamboura")

# ---------------------------------------------------------------- 02 Asia-Plus
P("Anvar Kholov", [D2], "Kholov")
P("Daler Yusufbekov", [D2], "Yusufbekov")
P("Guo Lianfeng", [D2], "Guo", "Professor Guo")
P("Firuza Nazarzoda", [D2], "Nazarzoda")
P("Wang Deming", [D2], "Wang")
P("Almazbek Tursunaliev", [D2], "Tursunaliev")
P("Nikolai Zheltov", [D2], "Zheltov")
P("Mirzo Shozodamamadov", [D2], "Shozodamamadov")
P("Gulnoza Shozodamamadova", [D2], "Shozodamamadova")
P("Saodat Amirbekova", [D2], "Amirbekova")
P("Tahmina Karimova-Sharif", [D2], "Karimova-Sharif")
O("Asia-Plus", [D2], "Asia Plus")
O("Renmin University of China", [D2], "Renmin University")
O("Tajikistan's Ministry of Foreign Affairs", [D2], "Tajik Ministry of Foreign Affairs",
  "Ministry of Foreign Affairs of Tajikistan")
O("Chinese Embassy in Dushanbe", [D2], "Embassy of China in Dushanbe")
O("CSTO", [D2], "Collective Security Treaty Organization")
O("Shanghai Cooperation Organisation", [D2], "SCO", "Shanghai Cooperation Organization")
O("People's Democratic Party of Tajikistan", [D2])
O("Majlisi Namoyandagon", [D2])
C("Tajikistan", [D2], "Republic of Tajikistan")
C("China", [D2])
C("Kyrgyzstan", [D2])
C("Russia", [D2])
C("Uzbekistan", [D2])
C("Afghanistan", [D2])
C("Soviet Union", [D2])
T("Gorno-Badakhshan", [D2], "Gorno-Badakhshan Autonomous Region", "GBAO")
L("Dushanbe", [D2])
L("Beijing", [D2, D3])
L("Bishkek", [D2])
L("Moscow", [D2])
L("Tashkent", [D2])
L("Khorog", [D2])
L("Murghab", [D2])

q(D2, "Firuza Nazarzoda", "The Republic of Tajikistan does not recognise any Chinese claim to Gorno-Badakhshan")
q(D2, "Firuza Nazarzoda", "We expect our partners to show the same respect for that treaty")
q(D2, "Firuza Nazarzoda", "Not one square metre", "optional")
q(D2, "Tajikistan's Ministry of Foreign Affairs", "has no standing", "optional")
q(D2, "Guo Lianfeng", "only a first instalment", "optional")
q(D2, "Guo Lianfeng", "return to the motherland", "optional")
q(D2, "Guo Lianfeng", "lost land", "optional")
q(D2, "Wang Deming", "do not represent the Chinese government", "optional")
q(D2, "Wang Deming", "China considers Gorno-Badakhshan part of Tajikistan")
q(D2, "Wang Deming", "good neighbours and strategic partners", "optional")
q(D2, "Almazbek Tursunaliev", "Kyrgyzstan recognizes Tajikistan's sovereignty over Gorno-Badakhshan")
q(D2, "Nikolai Zheltov", "Russia and Tajikistan are allies in the CSTO")
q(D2, "Mirzo Shozodamamadov", "My father guarded this border for the Soviet Union")
q(D2, "Mirzo Shozodamamadov", "People here remember", "optional")
q(D2, "Gulnoza Shozodamamadova", "Professors write many things")
q(D2, "Saodat Amirbekova", "a provocation dressed as scholarship", "optional")
q(D2, "Saodat Amirbekova", "I have asked the government to brief the Majlisi Namoyandagon")
q(D2, "Tahmina Karimova-Sharif", "We gave up 1,100 square kilometres so that nobody could ever say")
q(D2, "Tahmina Karimova-Sharif", "No government in Dushanbe could survive that")

st(D2, "Tajikistan", "doesNotRecognise", ["Gorno-Badakhshan"],
   "The Republic of Tajikistan does not recognise any Chinese claim to Gorno-Badakhshan")
st(D2, "Tajikistan", "recognises", ["Gorno-Badakhshan", "GBAO"],
   "Not one square metre of our land is open to discussion.", "optional")
st(D2, "China", "recognises", ["Gorno-Badakhshan"], "China considers Gorno-Badakhshan part of Tajikistan.")
st(D2, "Kyrgyzstan", "recognises", ["Gorno-Badakhshan"],
   "Kyrgyzstan recognizes Tajikistan's sovereignty over Gorno-Badakhshan")
st(D2, "Russia", "recognises", ["Gorno-Badakhshan"],
   "Moscow has always regarded Gorno-Badakhshan as Tajik territory")

pos(D2, "Guo Lianfeng", ["professor of history", "professor"], ["Renmin University"],
    "Guo Lianfeng, a professor of history at Renmin University of China")
pos(D2, "Firuza Nazarzoda", ["head of the information department", "head"], ["Ministry of Foreign Affairs"],
    "Firuza Nazarzoda, head of the information department of the Ministry of Foreign Affairs")
pos(D2, "Wang Deming", ["ambassador"], ["Chinese Embassy in Dushanbe", "China", "Chinese"],
    "Ambassador Wang Deming")
pos(D2, "Almazbek Tursunaliev", ["spokesman", "spokesperson"], ["Kyrgyz", "Kyrgyzstan", "foreign ministry"],
    "the Kyrgyz foreign ministry spokesman, Almazbek Tursunaliev")
pos(D2, "Nikolai Zheltov", ["ambassador"], ["Russia", "Russian"], "Russian Ambassador Nikolai Zheltov")
pos(D2, "Tahmina Karimova-Sharif", ["deputy foreign minister"], ["Tajikistan"],
    "Tahmina Karimova-Sharif, who was deputy foreign minister of Tajikistan when the 2011 treaty was signed",
    former=True)
pos(D2, "Saodat Amirbekova", ["member of the lower house", "member"], ["parliament", "lower house"],
    "Saodat Amirbekova, a member of the lower house of parliament from Khorog", "optional")
pos(D2, "Mirzo Shozodamamadov", ["retired schoolteacher", "schoolteacher"], [],
    "Mirzo Shozodamamadov, a retired schoolteacher", "optional", former=True)
pos(D2, "Anvar Kholov", ["political correspondent", "correspondent"], ["Asia-Plus"],
    "Anvar Kholov is a political correspondent for Asia-Plus")

rel(D2, "Tajikistan", "sharesBorderWith", "China",
    "the two countries, which share a border of about 477 kilometres")
rel(D2, "Kyrgyzstan", "sharesBorderWith", "Tajikistan", "Kyrgyzstan, which also borders Tajikistan")
rel(D2, "Tajikistan", "sharesBorderWith", "Afghanistan",
    "Tajikistan shares borders with Afghanistan, China, Kyrgyzstan and Uzbekistan")
rel(D2, "Tajikistan", "sharesBorderWith", "Uzbekistan",
    "Tajikistan shares borders with Afghanistan, China, Kyrgyzstan and Uzbekistan")
rel(D2, "Russia", "memberOf", "CSTO", "Russia and Tajikistan are allies in the CSTO")
rel(D2, "Tajikistan", "memberOf", "CSTO", "Russia and Tajikistan are allies in the CSTO")
rel(D2, "Uzbekistan", "memberOf", "Shanghai Cooperation Organisation",
    "Uzbekistan, a fellow member of the Shanghai Cooperation Organisation (SCO) with China and Tajikistan")
rel(D2, "China", "memberOf", "Shanghai Cooperation Organisation",
    "a fellow member of the Shanghai Cooperation Organisation (SCO) with China and Tajikistan")
rel(D2, "Tajikistan", "memberOf", "Shanghai Cooperation Organisation",
    "a fellow member of the Shanghai Cooperation Organisation (SCO) with China and Tajikistan")
rel(D2, "Soviet Union", "invaded", "Afghanistan", "the Soviet Union invaded Afghanistan in 1979")
rel(D2, "Khorog", "locatedIn", "Gorno-Badakhshan", "In Khorog, the regional capital of GBAO")
rel(D2, "Murghab", "locatedIn", "Gorno-Badakhshan", "A road near Murghab in Gorno-Badakhshan")
rel(D2, "Gorno-Badakhshan", "locatedIn", "Tajikistan", "Gorno-Badakhshan covers nearly half of its territory")
rel(D2, "Saodat Amirbekova", "memberOf", "People's Democratic Party of Tajikistan",
    "a member of the lower house of parliament from Khorog and of the ruling People's Democratic Party of Tajikistan")
rel(D2, "Mirzo Shozodamamadov", "spouse", "Gulnoza Shozodamamadova", "His wife, Gulnoza Shozodamamadova")

# ---------------------------------------------------------------- 03 Island Times
P("Rengulbai Elechuus", [D3], "Elechuus", "RENGULBAI ELECHUUS")
P("Bilung Ngiratereked", [D3], "Ngiratereked", "BILUNG NGIRATEREKED")
P("Rimirch Ngirmeriil", [D3], "Ngirmeriil")
P("Hiroshi Ngiraibai", [D3], "Ngiraibai")
P("Rizal Hendrawan Siregar", [D3], "Siregar")
P("Katherine Lindqvist", [D3], "Lindqvist")
P("Kenji Morishita", [D3], "Morishita")
P("Kaleb Udui-Rechucher", [D3], "Udui-Rechucher")
P("Marcelina Andrew", [D3])
P("Isidoro Tirso", [D3], "Tirso")
P("Esther Tirso", [D3])
P("Justina Ongelungel", [D3], "Ongelungel")
O("Island Times", [D3])
O("Division of Marine Law Enforcement", [D3])
O("Embassy of Japan in Koror", [D3], "Japanese Embassy in Koror")
O("Olbiil Era Kelulau", [D3])
O("Pacific Islands Forum", [D3])
O("Ministry of State", [D3])
C("Palau", [D3])
C("Indonesia", [D3])
C("United States", [D3], "U.S.", "US")
C("Japan", [D3])
C("Taiwan", [D3])
C("Federated States of Micronesia", [D3], "FSM", "Micronesia")
T("Helen Reef", [D3], "Hotsarihie")
L("Koror", [D3])
L("Malakal", [D3])
L("Hatohobei State", [D3], "Hatohobei")
L("Jakarta", [D3])
L("Manila", [D3])
L("Washington", [D3])
L("Tokyo", [D3])
L("Taipei", [D3])
L("Tobi Island", [D3], "Tobi")
L("Peleliu", [D3])
L("Honiara", [D3])
L("Helen Island", [D3])

q(D3, "Rimirch Ngirmeriil", "Helen Reef is Palau. Its fish belong to the people of Hatohobei")
q(D3, "Hiroshi Ngiraibai", "They switched off their transponders near the reef")
q(D3, "Rizal Hendrawan Siregar", "respects Palau's laws in Palau's waters", "optional")
q(D3, "Rizal Hendrawan Siregar", "The crews are fishermen, not criminals")
q(D3, "Katherine Lindqvist", "without reservation", "optional")
q(D3, "Katherine Lindqvist", "We stand with our Palauan partners")
q(D3, "Kenji Morishita", "has a long memory of these islands", "optional")
q(D3, "Kaleb Udui-Rechucher", "Helen Reef would be the first thing they would ask about")
q(D3, "Kaleb Udui-Rechucher", "A fine of ten thousand dollars is a business cost")
q(D3, "Marcelina Andrew", "Our reef, our fish. Our people have fished Hotsarihie")
q(D3, "Marcelina Andrew", "But we are a state of fewer than fifty people")
q(D3, "Marcelina Andrew", "Our reef, our fish", "optional")
q(D3, "Isidoro Tirso", "When the boats come at night, we see their lights")
q(D3, "Esther Tirso", "Every time the boats stay away, the turtles come back")

st(D3, "Indonesia", "recognises", ["Helen Reef", "Hotsarihie"],
   "Indonesia acknowledges Palau's sovereignty over Helen Reef")
st(D3, "United States", "recognises", ["Helen Reef", "Hotsarihie"],
   "Washington backs Palau's sovereignty over Helen Reef")
st(D3, "Japan", "recognises", ["Helen Reef", "Hotsarihie"], "Tokyo considers Helen Reef part of Palau")
st(D3, "Palau", "recognises", ["Taiwan"], "Palau, one of the few countries that still recognise Taiwan")
st(D3, "Palau", "recognises", ["Helen Reef", "Hotsarihie"], "Helen Reef is Palau.", "optional")

pos(D3, "Rimirch Ngirmeriil", ["President"], [], "President Rimirch Ngirmeriil")
pos(D3, "Hiroshi Ngiraibai", ["director"], ["Division of Marine Law Enforcement"],
    "Captain Hiroshi Ngiraibai, director of the Division of Marine Law Enforcement")
pos(D3, "Hiroshi Ngiraibai", ["Captain"], [], "Captain Hiroshi Ngiraibai", "optional")
pos(D3, "Rizal Hendrawan Siregar", ["spokesperson", "spokesman"], ["Indonesian", "Indonesia", "foreign ministry"],
    "the Indonesian foreign ministry spokesperson, Rizal Hendrawan Siregar")
pos(D3, "Katherine Lindqvist", ["ambassador"], ["U.S.", "United States", "US"], "U.S. Ambassador Katherine Lindqvist")
pos(D3, "Kenji Morishita", ["ambassador"], ["Embassy of Japan", "Japan", "Japanese"],
    "The Embassy of Japan in Koror said in a statement that Tokyo considers Helen Reef part of Palau and would fund a new radar station on Tobi Island. Ambassador Kenji Morishita")
pos(D3, "Kaleb Udui-Rechucher", ["Senator"], [], "Senator Kaleb Udui-Rechucher", "optional")
pos(D3, "Kaleb Udui-Rechucher", ["chairs its committee on resources", "chair", "chairman"],
    ["committee on resources", "Olbiil Era Kelulau"],
    "Udui-Rechucher, a member of the Olbiil Era Kelulau who chairs its committee on resources", "optional")
pos(D3, "Marcelina Andrew", ["Governor"], ["Hatohobei"], "Hatohobei Governor Marcelina Andrew")
pos(D3, "Isidoro Tirso", ["ranger", "staff"], ["ranger station"],
    "The reef's ranger station has two staff. One of them, Isidoro Tirso", "optional")
pos(D3, "Justina Ongelungel", ["Minister of Justice"], [], "Minister of Justice Justina Ongelungel")
pos(D3, "Rengulbai Elechuus", ["covers government and the environment", "reporter"], ["Island Times"],
    "Rengulbai Elechuus covers government and the environment for Island Times", "optional")

rel(D3, "Helen Reef", "locatedIn", "Hatohobei State", "Helen Reef, the remote atoll in Hatohobei State")
rel(D3, "Palau", "sharesBorderWith", "Indonesia", "Palau and Indonesia, which share a maritime border")
rel(D3, "United States", "invaded", "Peleliu", "the United States invaded Peleliu in 1944")
rel(D3, "Palau", "memberOf", "Pacific Islands Forum", "Palau, a member of the Pacific Islands Forum")
rel(D3, "Kaleb Udui-Rechucher", "memberOf", "Olbiil Era Kelulau",
    "Udui-Rechucher, a member of the Olbiil Era Kelulau")
rel(D3, "Isidoro Tirso", "spouse", "Esther Tirso", "lives on Helen Island with his wife, Esther Tirso")

# ---------------------------------------------------------------- 04 New Era
P("Kaeno Mutumba-Haipinge", [D4], "Mutumba-Haipinge")
P("Tuyeni Nghilalulwa", [D4], "Nghilalulwa")
P("Mwilima Kabende", [D4], "Kabende")
P("Lisimba Kanyetu", [D4], "Kanyetu")
P("Selma Amutenya", [D4], "Amutenya")
P("Kagiso Mmolawa", [D4], "Mmolawa")
P("Mwansa Chilufya-Banda", [D4], "Chilufya-Banda")
P("Thabo Mkhwanazi", [D4], "Mkhwanazi")
P("Domingos Kapitango", [D4], "Kapitango")
P("Hileni Kaulinge", [D4], "Kaulinge")
P("Bertha Mwiya", [D4])
P("Simataa Mwiya", [D4])
P("Mukela Liswaniso", [D4], "Liswaniso")
O("New Era", [D4], "New Era Publication Corporation")
O("United Democratic Party", [D4], "UDP")
O("National Assembly", [D4])
O("Department of International Relations and Cooperation", [D4], "Dirco")
O("Southern African Development Community", [D4], "SADC")
O("University of Namibia", [D4], "UNAM")
O("Swapo", [D4])
O("Mafwe Traditional Authority", [D4])
C("Namibia", [D4])
C("Botswana", [D4])
C("Zambia", [D4])
C("South Africa", [D4])
C("Angola", [D4])
C("Zimbabwe", [D4])
C("Germany", [D4])
T("Caprivi", [D4], "Caprivi Strip", "Zambezi Region")
T("South West Africa", [D4])
L("Windhoek", [D4])
L("Gaborone", [D4])
L("Lusaka", [D4])
L("Pretoria", [D4])
L("Harare", [D4])
L("Katima Mulilo", [D4])
L("Wenela", [D4])

q(D4, "Lisimba Kanyetu", "The Caprivi Strip was never part of South West Africa by the will of its people")
q(D4, "Selma Amutenya", "These gentlemen have a cabinet without a country")
q(D4, "Selma Amutenya", "The Zambezi Region is Namibian, and it will remain Namibian")
q(D4, "Selma Amutenya", "swift and principled", "optional")
q(D4, "Kagiso Mmolawa", "Botswana does not host governments")
q(D4, "Mwansa Chilufya-Banda", "Lusaka and Windhoek are joined by a bridge")
q(D4, "Thabo Mkhwanazi", "no standing whatsoever", "optional")
q(D4, "Hileni Kaulinge", "Twenty-nine years after the attack on Katima Mulilo")
q(D4, "Hileni Kaulinge", "The danger is not secession. The danger is neglect")
q(D4, "Bertha Mwiya", "We heard about it on the radio")
q(D4, "Simataa Mwiya", "I lost a cousin in 1999")
q(D4, "Mwilima Kabende", "The answer to this video is development")
q(D4, "Mukela Liswaniso", "speak with one voice", "optional")

st(D4, "Botswana", "doesNotRecognise", ["Caprivi"], "Gaborone has never recognised Caprivi as a separate state")
st(D4, "Zambia", "recognises", ["Zambezi Region", "Caprivi"], "Zambia considers the Zambezi Region part of Namibia")
st(D4, "South Africa", "doesNotRecognise", ["Caprivi"], "South Africa refuses to recognise an independent Caprivi")
st(D4, "Angola", "doesNotRecognise", ["Caprivi"], "Angola, too, rejects the group's claim to the Caprivi Strip")
st(D4, "Namibia", "recognises", ["Zambezi Region", "Caprivi"],
   "The Zambezi Region is Namibian, and it will remain Namibian.", "optional")

pos(D4, "Lisimba Kanyetu", ["heads", "head", "leader"], ["United Democratic Party", "UDP"],
    "Lisimba Kanyetu, who heads the exiled wing of the banned United Democratic Party (UDP)")
pos(D4, "Selma Amutenya", ["Minister of International Relations and Cooperation"], [],
    "The Minister of International Relations and Cooperation, Dr Selma Amutenya")
pos(D4, "Kagiso Mmolawa", ["permanent secretary"], ["Botswana", "Ministry of Foreign Affairs"],
    "Kagiso Mmolawa, permanent secretary in Botswana's Ministry of Foreign Affairs")
pos(D4, "Mwansa Chilufya-Banda", ["High Commissioner"], ["Zambia"],
    "Zambia considers the Zambezi Region part of Namibia, according to its High Commissioner in Windhoek, Mwansa Chilufya-Banda")
pos(D4, "Thabo Mkhwanazi", ["spokesperson"], ["Department of International Relations and Cooperation", "Dirco"],
    "the Department of International Relations and Cooperation (Dirco) said South Africa refuses to recognise an independent Caprivi. Its spokesperson, Thabo Mkhwanazi")
pos(D4, "Domingos Kapitango", ["ambassador"], ["Angola", "Angolan"], "Angolan Ambassador Domingos Kapitango")
pos(D4, "Hileni Kaulinge", ["senior lecturer", "lecturer"], ["University of Namibia", "UNAM"],
    "Dr Hileni Kaulinge, a senior lecturer in political science at the University of Namibia (UNAM)")
pos(D4, "Hileni Kaulinge", ["deputy minister of home affairs", "deputy minister"], [],
    "Kaulinge, a former deputy minister of home affairs", former=True)
pos(D4, "Mwilima Kabende", ["Governor"], ["Zambezi"], "Zambezi Governor Mwilima Kabende")
pos(D4, "Mukela Liswaniso", ["Induna"], ["Mafwe Traditional Authority"],
    "Induna Mukela Liswaniso of the Mafwe Traditional Authority", "optional")

rel(D4, "Mwilima Kabende", "memberOf", "Swapo", "Governor Mwilima Kabende, a member of Swapo")
rel(D4, "Bertha Mwiya", "spouse", "Simataa Mwiya", "Bertha Mwiya, who sells dried fish with her husband, Simataa Mwiya")
rel(D4, "Germany", "annexed", "Caprivi", "Germany annexed the strip in 1890")
rel(D4, "South Africa", "invaded", "Angola", "In 1975 South Africa invaded Angola")
rel(D4, "Namibia", "sharesBorderWith", "Angola", "Namibia shares borders with Angola, Botswana, South Africa and Zambia")
rel(D4, "Namibia", "sharesBorderWith", "Botswana", "Namibia shares borders with Angola, Botswana, South Africa and Zambia")
rel(D4, "Namibia", "sharesBorderWith", "South Africa", "Namibia shares borders with Angola, Botswana, South Africa and Zambia")
rel(D4, "Namibia", "sharesBorderWith", "Zambia", "Namibia shares borders with Angola, Botswana, South Africa and Zambia")
rel(D4, "Caprivi", "sharesBorderWith", "Zimbabwe", "the Zambezi Region touches Zimbabwe at its eastern tip")
rel(D4, "Namibia", "memberOf", "Southern African Development Community",
    "Namibia, Botswana and Zambia are all members of the Southern African Development Community (SADC)")
rel(D4, "Botswana", "memberOf", "Southern African Development Community",
    "Namibia, Botswana and Zambia are all members of the Southern African Development Community (SADC)")
rel(D4, "Zambia", "memberOf", "Southern African Development Community",
    "Namibia, Botswana and Zambia are all members of the Southern African Development Community (SADC)")

# ---------------------------------------------------------------- 05 SunStar Davao
P("Jessamine Q. Alcantara-Dagohoy", [D5], "Alcantara-Dagohoy", "Jessamine Alcantara-Dagohoy")
P("Rey-an M. Catubig", [D5], "Catubig", "Rey-an Catubig")
P("Ramoncito D. Palabrica", [D5], "Palabrica", "Ramoncito Palabrica")
P("Liza Marie B. Ocampo-Sarenas", [D5], "Ocampo-Sarenas", "Liza Marie Ocampo-Sarenas")
P("Teodoro Manlapig", [D5], "Manlapig", "Teodoro \"Doy\" Manlapig", "Doy Manlapig")
P("Arlene P. Cabaluna-Ebarle", [D5], "Cabaluna-Ebarle", "Arlene Cabaluna-Ebarle")
P("Marilou Sanchez-Apostol", [D5], "Sanchez-Apostol")
P("Ernesto Apostol", [D5])
P("Kristine", [D5])
P("Gregorio T. Lumantas", [D5], "Lumantas", "Gregorio Lumantas")
P("Nestor C. Bulatao", [D5], "Bulatao", "Nestor Bulatao")
O("SunStar Davao", [D5], "SunStar")
O("SunStar Publishing Inc.", [D5], "SunStar Publishing")
O("City Government of Davao", [D5])
O("Toril Parish", [D5])
O("Archdiocese of Davao", [D5])
O("Hugpong ng Pagbabago", [D5], "HNP")
O("Toril Central Elementary School", [D5])
O("University of Southeastern Philippines", [D5], "USeP")
O("City Transport and Traffic Management Office", [D5], "CTTMO")
O("DepEd", [D5], "DepEd Davao")
C("Philippines", [D5])
L("Davao City", [D5])
L("Toril", [D5])
L("Calinan", [D5])
L("Marilog", [D5])
L("Crossing Bayabas", [D5])
L("Davao Region", [D5])
L("Mindanao", [D5])

q(D5, "Ramoncito D. Palabrica", "A child in Toril should not have to ride two jeepneys to reach a book")
q(D5, "Ramoncito D. Palabrica", "We will build the next one in Calinan before the end of my term")
q(D5, "Liza Marie B. Ocampo-Sarenas", "I filed the ordinance nine years ago")
q(D5, "Liza Marie B. Ocampo-Sarenas", "Today I am not angry anymore. I am only happy")
q(D5, "Teodoro Manlapig", "The most important shelf is the small one near the door")
q(D5, "Arlene P. Cabaluna-Ebarle", "These stories were told around fires for centuries")
q(D5, "Marilou Sanchez-Apostol", "Our eldest is in Grade 10")
q(D5, "Kristine", "There is aircon and there is Wi-Fi")
q(D5, "Nestor C. Bulatao", "We are grateful for the building")

pos(D5, "Ramoncito D. Palabrica", ["City Mayor", "Mayor"], [], "City Mayor Ramoncito D. Palabrica")
pos(D5, "Liza Marie B. Ocampo-Sarenas", ["Councilor"], [], "Councilor Liza Marie B. Ocampo-Sarenas", "optional")
pos(D5, "Liza Marie B. Ocampo-Sarenas", ["chairperson", "chair"], ["committee on education", "City Council"],
    "chairperson of the City Council's committee on education, science and technology")
pos(D5, "Teodoro Manlapig", ["City Librarian", "Librarian"], [], "City Librarian Teodoro \"Doy\" Manlapig")
pos(D5, "Arlene P. Cabaluna-Ebarle", ["dean"], ["College of Arts and Sciences", "USeP", "University of Southeastern Philippines"],
    "Dr. Arlene P. Cabaluna-Ebarle, dean of the College of Arts and Sciences at USeP")
pos(D5, "Marilou Sanchez-Apostol", ["market vendor", "vendor"], [],
    "Marilou Sanchez-Apostol, a market vendor", "optional")
pos(D5, "Gregorio T. Lumantas", ["Principal"], ["Toril Central Elementary School"],
    "Principal Gregorio T. Lumantas of Toril Central Elementary School")
pos(D5, "Nestor C. Bulatao", ["Barangay Captain", "Captain"], ["Crossing Bayabas"],
    "Barangay Captain Nestor C. Bulatao of Crossing Bayabas")
pos(D5, "Jessamine Q. Alcantara-Dagohoy", ["covers education and local government", "reporter"], ["SunStar Davao", "SunStar"],
    "Jessamine Q. Alcantara-Dagohoy covers education and local government for SunStar Davao", "optional")

rel(D5, "Liza Marie B. Ocampo-Sarenas", "memberOf", "Hugpong ng Pagbabago",
    "Ocampo-Sarenas, a member of Hugpong ng Pagbabago (HNP)")
rel(D5, "Marilou Sanchez-Apostol", "spouse", "Ernesto Apostol",
    "Marilou Sanchez-Apostol, a market vendor, with her husband, Ernesto Apostol")
rel(D5, "Toril", "locatedIn", "Davao City", "Toril, a district in the southern part of Davao City")
rel(D5, "Davao City", "locatedIn", "Davao Region", "Davao City, in the Davao Region of Mindanao")
rel(D5, "Davao Region", "locatedIn", "Mindanao", "the Davao Region of Mindanao")
rel(D5, "Davao City", "locatedIn", "Philippines", "is the largest city in the Philippines by land area")

NOT_PERSON = [
    # 01
    "Burkina24", "Agacher", "Dioulouna", "Koro", "Djibo", "Soum", "ORTM", "Ki-Zerbo", "Joseph Ki-Zerbo",
    "Burkinabè", "Malian", "Ivorian", "The Hague", "Collectif Agacher Mali", "Prof.", "Mopti",
    # 02
    "Asia-Plus", "Renmin", "Gorno-Badakhshan", "GBAO", "Khorog", "Murghab", "Pamirs", "Majlisi Namoyandagon",
    "Tajik", "Kyrgyz", "CSTO", "Dushanbe",
    # 03
    "Island Times", "Hotsarihie", "Hatohobei", "Malakal", "Kedam", "PSS Kedam", "Olbiil Era Kelulau",
    "Peleliu", "Tobi", "Koror", "Palauan", "Helen Reef", "Helen Island",
    # 04
    "New Era", "Caprivi", "Katima Mulilo", "Katima", "Wenela", "Zambezi", "Swapo", "Dirco", "UNAM",
    "Mafwe", "Induna", "Windhoek", "Gaborone",
    # 05
    "SunStar", "SunStar Davao", "Toril", "Calinan", "Marilog", "Crossing Bayabas", "USeP", "CTTMO",
    "Hugpong ng Pagbabago", "Bagobo-Tagabawa", "Mandaya", "Cebuano", "Lumad", "DepEd", "Barangay Captain",
]

UNATTRIBUTED = [
    "a first step", "Fellow members",
    "a private view", "A good neighbour",
    "We are the only ones there", "A reef is not a border post",
    "Caprivi cabinet", "cabinet", "prime minister", "Unity is built, not declared",
]


def build():
    return {
        "about": ABOUT,
        "documents": DOCS,
        "near_duplicates": [],
        "entities": entities,
        "not_person": NOT_PERSON,
        "quotes": quotes,
        "unattributed": UNATTRIBUTED,
        "stances": stances,
        "positions": positions,
        "relations": relations,
    }


def dump(gold) -> str:
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(dump(build()), encoding="utf-8")
