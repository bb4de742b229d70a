#!/usr/bin/env python3
"""Writes bench/heldout65/gold.json: the hand-made gold standard for bench/heldout65/articles.

Conventions (same format as shared/eval/seeds-gold.json, read by shared/eval/score.py):
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
  both halves of a quote split by the cue, colon quotes, and every paragraph of a multi-paragraph quote.
  `optional` = partial quotes, headline/deck/subhead echoes, and second holders of the same words
  (a country for its ministry). Anonymous speakers (a Western diplomat, a Japanese embassy official)
  are not listed, so attributing their words to anyone counts as wrong.
- unattributed: quoted strings with no speaker (scare quotes, quoted headlines of related stories).
- stances: polarity follows the wording. Required = explicit stances of a country (holder can be the
  country, its government, its capital, a ministry statement or a minister/spokesman speaking for it;
  `considers X part of Y` counts as recognises X). Optional = a claimant's own claim. Not stances
  (listed under `no_stance`): questions, hypotheticals, `is expected to recognise`, `declined to say`,
  non-country holders.
- positions: `of_any` empty when the text names no organisation next to the title. Author footers and
  former posts are required; occupations, parliamentary seats, ranks and verb-only posts are optional.
- relations: only spouse, sharesBorderWith, invaded, memberOf, locatedIn, stated in the text.
- entities: every person, organisation, country, territory and place named in the article, including
  bylines, photo credits, copyright lines and related links; seas, rivers, laws, treaties and unnamed
  bodies are not entities. `not_person` lists names that must not become Person nodes.
"""
import json
from pathlib import Path

D1 = "01_voanews_kahemba.txt"
D2 = "02_thestar_luconia_shoals.txt"
D3 = "03_kaselehlie_chuuk.txt"
D4 = "04_nilepost_kajo_keji.txt"
D5 = "05_standard_nakuru_track.txt"
DOCS = [D1, D2, D3, D4, D5]

entities, quotes, stances, positions, relations, no_stance = [], [], [], [], [], []


def ent(doc, typ, name, *aliases):
    for e in entities:
        if e["name"] == name:
            e["docs"].append(doc)
            return
    entities.append({"type": typ, "name": name, "aliases": list(aliases), "docs": [doc]})


def q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def st(doc, country, stance, terr, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "status": status, "evidence": evidence})


def pos(doc, person, titles, of, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "status": status,
                      "former": former, "docs": [doc], "evidence": evidence})


def rel(doc, s, p, o, evidence):
    relations.append({"subject": s, "predicate": p, "object": o,
                      "symmetric": p in ("spouse", "sharesBorderWith"), "status": "required",
                      "docs": [doc], "evidence": evidence})


def ns(doc, evidence, why):
    no_stance.append({"docs": [doc], "evidence": evidence, "why": why})


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# ---------------------------------------------------------------- 01
d = D1
for t, n, *a in [
    (P, "Kasongo Mwamba-Ilunga", "Mwamba-Ilunga"), (P, "Pitshou Lokombe-Sefu", "Lokombe-Sefu"),
    (P, "Thérèse Kabeya-Ngoyi", "Kabeya-Ngoyi", "Therese Kabeya-Ngoyi"),
    (P, "Osvaldo Capitango-Kiluange", "Capitango-Kiluange"),
    (P, "Jean-Pierre Tshibola Mukendi", "Tshibola Mukendi", "Mukendi"),
    (P, "Béatrice Mwadi Kapinga", "Mwadi Kapinga", "Beatrice Mwadi Kapinga"),
    (P, "Didier Kasongo Tshala", "Kasongo Tshala"), (P, "Sylvie Ilunga-Mbuyi", "Ilunga-Mbuyi"),
    (P, "Fiston Ngalula-Mbaya", "Ngalula-Mbaya"),
    (O, "Voice of America", "VOA"), (O, "Southern African Development Community"),
    (O, "Angolan Armed Forces"), (O, "Ministry of External Relations"), (O, "University of Kinshasa"),
    (O, "National Assembly"), (O, "Union for Democracy and Social Progress"),
    (C, "Democratic Republic of the Congo", "Congo", "DRC"), (C, "Angola"), (C, "Zambia"),
    (C, "Portugal"), (C, "Belgium"), (C, "Rwanda"),
    (T, "Kahemba"),
    (L, "Kinshasa"), (L, "Luanda"), (L, "Kwango", "Kwango province"), (L, "Lusaka"), (L, "Lucapa"),
    (L, "Lunda Norte"), (L, "Windhoek"),
]:
    ent(d, t, n, *a)
q(d, "Thérèse Kabeya-Ngoyi", "Not one of these villages will be handed over")
q(d, "Thérèse Kabeya-Ngoyi", "We will never accept the presence of foreign soldiers in Kahemba")
q(d, "Thérèse Kabeya-Ngoyi", "will never accept", "optional")
q(d, "Ministry of External Relations", "always exercised sovereignty over the localities in question", "optional")
q(d, "Angola", "always exercised sovereignty over the localities in question", "optional")
q(d, "Osvaldo Capitango-Kiluange", "Our soldiers have not crossed any line")
q(d, "Osvaldo Capitango-Kiluange", "They are patrolling Angolan soil, as they have done for forty years")
q(d, "Osvaldo Capitango-Kiluange", "has never recognized Congolese sovereignty over these villages", "optional")
q(d, "Jean-Pierre Tshibola Mukendi", "They came with a truck, a compass and a shovel")
q(d, "Jean-Pierre Tshibola Mukendi", "Parents are now afraid to send their children")
q(d, "Jean-Pierre Tshibola Mukendi", "school was in Angola", "optional")
q(d, "Béatrice Mwadi Kapinga", "We farm where our grandparents farmed")
q(d, "Béatrice Mwadi Kapinga", "Nobody here asked for a new border")
q(d, "Didier Kasongo Tshala", "If we cannot reach the fields across the stream")
q(d, "Sylvie Ilunga-Mbuyi", "the colonial surveyors disagreed about which stream was the boundary")
q(d, "Sylvie Ilunga-Mbuyi", "if both sides open their archives", "optional")
q(d, "Southern African Development Community", "following the situation closely", "optional")
q(d, "Fiston Ngalula-Mbaya", "Our people have been patient for too long")
st(d, "Democratic Republic of the Congo", "doesNotRecognise", ["Kahemba"],
   "it does not recognize any Angolan claim to Kahemba")
st(d, "Angola", "doesNotRecognise", ["Kahemba"],
   "has never recognized Congolese sovereignty over these villages")
st(d, "Zambia", "recognises", ["Kahemba"], "acknowledges Kahemba as Congolese territory")
st(d, "Democratic Republic of the Congo", "recognises", ["Kahemba"],
   "They were Congolese in 1960 and they are Congolese today", "optional")
st(d, "Angola", "recognises", ["Kahemba"],
   "always exercised sovereignty over the localities in question", "optional")
ns(d, "Would Luanda accept a joint survey?", "question")
ns(d, "If Angola were to recognize the line drawn in 1891", "hypothetical")
ns(d, "is expected to recognize the findings of any joint commission", "expected; not a territory")
pos(d, "Thérèse Kabeya-Ngoyi", ["foreign minister"], [], "Foreign Minister Thérèse Kabeya-Ngoyi")
pos(d, "Osvaldo Capitango-Kiluange", ["spokesman"], ["Angolan Armed Forces"],
    "Brigadier General Osvaldo Capitango-Kiluange, a spokesman for the Angolan Armed Forces")
pos(d, "Osvaldo Capitango-Kiluange", ["brigadier general"], [], "Brigadier General Osvaldo Capitango-Kiluange", "optional")
pos(d, "Jean-Pierre Tshibola Mukendi", ["administrator"], ["Kahemba"],
    "Jean-Pierre Tshibola Mukendi, the administrator of Kahemba territory")
pos(d, "Béatrice Mwadi Kapinga", ["trader"], [], "Béatrice Mwadi Kapinga, a cassava trader", "optional")
pos(d, "Sylvie Ilunga-Mbuyi", ["professor"], ["University of Kinshasa"],
    "Professor Sylvie Ilunga-Mbuyi, who teaches international law at the University of Kinshasa")
pos(d, "Fiston Ngalula-Mbaya", ["lawmaker"], [], "Congolese lawmaker Fiston Ngalula-Mbaya", "optional")
pos(d, "Kasongo Mwamba-Ilunga", ["stringer"], ["VOA", "Voice of America"],
    "Kasongo Mwamba-Ilunga is a VOA stringer based in Kinshasa.")
rel(d, "Democratic Republic of the Congo", "sharesBorderWith", "Angola", "Angola and Congo share a border")
rel(d, "Democratic Republic of the Congo", "memberOf", "Southern African Development Community",
    "both are members of the Southern African Development Community")
rel(d, "Angola", "memberOf", "Southern African Development Community",
    "both are members of the Southern African Development Community")
rel(d, "Kahemba", "locatedIn", "Kwango", "Kahemba, a territory in Kwango province")
rel(d, "Zambia", "sharesBorderWith", "Democratic Republic of the Congo", "Zambia, which borders both countries")
rel(d, "Zambia", "sharesBorderWith", "Angola", "Zambia, which borders both countries")
rel(d, "Béatrice Mwadi Kapinga", "spouse", "Didier Kasongo Tshala", "her husband, Didier Kasongo Tshala")
rel(d, "Lucapa", "locatedIn", "Lunda Norte", "Lucapa, a town in Angola's Lunda Norte province")
rel(d, "Lunda Norte", "locatedIn", "Angola", "Angola's Lunda Norte province")
rel(d, "Fiston Ngalula-Mbaya", "memberOf", "Union for Democracy and Social Progress",
    "belongs to the Union for Democracy and Social Progress")

# ---------------------------------------------------------------- 02
d = D2
for t, n, *a in [
    (P, "Joanne Lim Tze Yin", "Joanne Lim"), (P, "Hakim Zulkarnain", "Zulkarnain"),
    (P, "Wan Faridah Wan Ismail", "Wan Faridah"), (P, "Lin Haoyu"),
    (P, "Lawrence Jugah Entri", "Jugah Entri"), (P, "Ting Kah Seng", "Ting"),
    (P, "Dewi Anggraini Lubis", "Lubis"), (P, "Noraini Sulaiman", "Noraini"),
    (P, "Chong Wei Ling", "Chong"), (P, "Catherine Liaw Mei Fong", "Catherine Liaw"),
    (O, "The Star", "TheStar"), (O, "Star Media Group Berhad"), (O, "Wisma Putra"),
    (O, "China Coast Guard"), (O, "Malaysian Maritime Enforcement Agency", "MMEA"),
    (O, "Miri Fishermen's Association"), (O, "Ministry of Foreign Affairs"),
    (O, "Universiti Malaysia Sarawak"), (O, "DAP"), (O, "Malaysian Nature Society"), (O, "Asean", "ASEAN"),
    (C, "Malaysia"), (C, "China"), (C, "Brunei"), (C, "Indonesia"), (C, "Philippines", "The Philippines"),
    (T, "Beting Patinggi Ali", "Luconia Shoals", "Nankang Ansha"),
    (L, "Miri"), (L, "Sarawak"), (L, "Putrajaya"), (L, "Beijing"), (L, "Borneo"),
    (L, "Bandar Seri Begawan"), (L, "Jakarta"),
]:
    ent(d, t, n, *a)
q(d, "Wan Faridah Wan Ismail", "Not a single grain of sand at Beting Patinggi Ali will be surrendered")
q(d, "Wan Faridah Wan Ismail", "Not a single grain of sand will be surrendered", "optional")
q(d, "Malaysia", "Not a single grain of sand will be surrendered", "optional")
q(d, "Wan Faridah Wan Ismail", "We have been patient and we have been polite")
q(d, "Lin Haoyu", "carrying out normal law-enforcement duties in waters under China's jurisdiction", "optional")
q(d, "China", "carrying out normal law-enforcement duties in waters under China's jurisdiction", "optional")
q(d, "Lawrence Jugah Entri", "Our boys go out to fish, and they are chased away")
q(d, "Lawrence Jugah Entri", "Then they come back and ask me: whose sea is this?")
q(d, "Ting Kah Seng", "My boat is 12 metres long")
q(d, "Ministry of Foreign Affairs", "backs Malaysia's sovereignty over Beting Patinggi Ali", "optional")
q(d, "Brunei", "backs Malaysia's sovereignty over Beting Patinggi Ali", "optional")
q(d, "Noraini Sulaiman", "Forty days becomes 400 days")
q(d, "Noraini Sulaiman", "Malaysia has to keep drilling, keep fishing and keep patrolling")
q(d, "Chong Wei Ling", "a strongly worded shrug", "optional")
q(d, "Chong Wei Ling", "The minister sends notes. The Chinese send ships")
q(d, "Chong Wei Ling", "I know which one lasts longer")
q(d, "Malaysian Maritime Enforcement Agency", "will remain on station for as long as is necessary", "optional")
st(d, "Malaysia", "doesNotRecognise", ["Beting Patinggi Ali", "Luconia Shoals", "Nankang Ansha"],
   "Malaysia does not recognise any claim by Beijing to them")
st(d, "Brunei", "recognises", ["Beting Patinggi Ali", "Luconia Shoals", "Nankang Ansha"],
   "backs Malaysia's sovereignty over Beting Patinggi Ali")
st(d, "Indonesia", "doesNotRecognise", ["Beting Patinggi Ali", "Luconia Shoals", "Nankang Ansha"],
   "Indonesia also rejects the claim that the shoals belong to China")
st(d, "China", "recognises", ["Beting Patinggi Ali", "Luconia Shoals", "Nankang Ansha"],
   "China considers the shoals, which it calls Nankang Ansha, part of its territory", "optional")
st(d, "Malaysia", "recognises", ["Beting Patinggi Ali", "Luconia Shoals", "Nankang Ansha"],
   "The shoals lie well within our exclusive economic zone", "optional")
ns(d, "The Philippines has declined to say whether it regards the shoals as Malaysian.", "declined to say")
ns(d, "Will Beijing ever recognise Malaysian sovereignty over Beting Patinggi Ali?", "question")
ns(d, "is expected to recognise the importance of a code of conduct", "expected; not a territory; not a country")
pos(d, "Wan Faridah Wan Ismail", ["foreign minister"], [], "Foreign Minister Datuk Seri Wan Faridah Wan Ismail")
pos(d, "Lin Haoyu", ["spokesperson"], [], "foreign ministry spokesperson Lin Haoyu")
pos(d, "Lawrence Jugah Entri", ["minister for fisheries"], ["Sarawak"],
    "Datuk Lawrence Jugah Entri, the Sarawak state Minister for Fisheries")
pos(d, "Ting Kah Seng", ["chairman"], ["Miri Fishermen's Association"],
    "Miri Fishermen's Association chairman Ting Kah Seng")
pos(d, "Dewi Anggraini Lubis", ["spokesperson"], ["Indonesia", "foreign ministry"],
    "its foreign ministry spokesperson Dewi Anggraini Lubis")
pos(d, "Noraini Sulaiman", ["senior lecturer", "lecturer"], ["Universiti Malaysia Sarawak"],
    "Dr Noraini Sulaiman, a senior lecturer in maritime law at Universiti Malaysia Sarawak")
pos(d, "Chong Wei Ling", ["MP"], [], "Miri MP Chong Wei Ling (DAP)", "optional")
pos(d, "Catherine Liaw Mei Fong", ["head"], ["Malaysian Nature Society"],
    "heads the Miri branch of the Malaysian Nature Society", "optional")
rel(d, "Chong Wei Ling", "memberOf", "DAP", "Miri MP Chong Wei Ling (DAP)")
rel(d, "Chong Wei Ling", "spouse", "Catherine Liaw Mei Fong", "Chong's wife, Catherine Liaw Mei Fong")
rel(d, "Brunei", "sharesBorderWith", "Malaysia", "Brunei, which shares a land border with Malaysia")
rel(d, "Miri", "locatedIn", "Sarawak", "Miri, Sarawak's second-largest city")
for c in ("Malaysia", "Brunei", "Indonesia", "Philippines"):
    rel(d, c, "memberOf", "Asean", "All four South-East Asian countries are members of Asean")

# ---------------------------------------------------------------- 03
d = D3
for t, n, *a in [
    (P, "Marlene Iehsi-Rodrigo", "Iehsi-Rodrigo"), (P, "Sabino Mori-Asor", "Mori-Asor"),
    (P, "Kentaro Sapwuahfik-Lee", "Sapwuahfik-Lee"), (P, "Jolynn Aisek-Pretrick", "Aisek-Pretrick"),
    (P, "Marcelina Narruhn-Sos", "Narruhn-Sos"), (P, "Dennis Harkavy-Lowe", "Harkavy-Lowe"),
    (P, "Priya Venkataraman-Cole", "Venkataraman-Cole"), (P, "Ruben Esa"), (P, "Kiomy Esa"),
    (P, "Tony Sivas-Mailo", "Sivas-Mailo"), (P, "Ichiro Wainit-Hadley", "Wainit-Hadley"),
    (O, "The Kaselehlie Press", "Kaselehlie Press"), (O, "Chuuk State Legislature"),
    (O, "Chuuk Political Status Commission"), (O, "Pacific Islands Forum"), (O, "United Nations"),
    (O, "College of Micronesia-FSM"), (O, "FSM Congress"),
    (C, "Federated States of Micronesia", "FSM"), (C, "United States"), (C, "Australia"), (C, "Japan"),
    (C, "Palau"), (C, "Marshall Islands", "the Marshall Islands"),
    (T, "Chuuk"),
    (L, "Pohnpei"), (L, "Weno"), (L, "Palikir"), (L, "Kolonia"), (L, "Tol Island"), (L, "Guam"),
    (L, "Manila"), (L, "Canberra"), (L, "Tokyo"), (L, "Washington"),
]:
    ent(d, t, n, *a)
q(d, "Sabino Mori-Asor", "Our people have asked the question for thirty years")
q(d, "Sabino Mori-Asor", "Now they will answer it")
q(d, "Jolynn Aisek-Pretrick", "The Federated States of Micronesia does not, and will never, recognize an independent Chuuk")
q(d, "Jolynn Aisek-Pretrick", "There is no Chuuk outside the Federation", "optional")
q(d, "Federated States of Micronesia", "There is no Chuuk outside the Federation", "optional")
q(d, "Jolynn Aisek-Pretrick", "makes no provision for a state to leave", "optional")
q(d, "Marcelina Narruhn-Sos", "not an act of hostility but an act of self-respect", "optional")
q(d, "Marcelina Narruhn-Sos", "Compact money comes to Palikir first and reaches Chuuk last")
q(d, "Marcelina Narruhn-Sos", "We are tired of being the last stop on the bus")
q(d, "Dennis Harkavy-Lowe", "Our relationship is with the Federated States as a whole")
q(d, "Priya Venkataraman-Cole", "does not recognise Chuuk as an independent state", "optional")
q(d, "Australia", "does not recognise Chuuk as an independent state", "optional")
q(d, "Priya Venkataraman-Cole", "settled peacefully and within the FSM's own Constitution", "optional")
q(d, "Ruben Esa", "The ships that come to Weno are from Guam")
q(d, "Kiomy Esa", "We buy everything from outside and sell nothing")
q(d, "Tony Sivas-Mailo", "Nobody in Washington has promised Chuuk a separate Compact")
q(d, "Sabino Mori-Asor", "Then we will talk to other friends")
st(d, "Federated States of Micronesia", "doesNotRecognise", ["Chuuk"],
   "The Federated States of Micronesia does not, and will never, recognize an independent Chuuk")
st(d, "United States", "recognises", ["Chuuk"], "considers Chuuk part of the Federated States of Micronesia")
st(d, "Australia", "doesNotRecognise", ["Chuuk"], "does not recognise Chuuk as an independent state")
ns(d, "Asked whether Tokyo would recognise Chuuk if the vote succeeded", "question/hypothetical")
ns(d, "if the United States refused to deal with an independent Chuuk", "hypothetical")
pos(d, "Sabino Mori-Asor", ["governor"], ["Chuuk"], "Chuuk State Governor Sabino Mori-Asor")
pos(d, "Jolynn Aisek-Pretrick", ["secretary of foreign affairs"], ["FSM", "Micronesia"],
    "FSM Secretary of Foreign Affairs Jolynn Aisek-Pretrick")
pos(d, "Marcelina Narruhn-Sos", ["chair"], ["Chuuk Political Status Commission"],
    "Marcelina Narruhn-Sos, who chairs the Chuuk Political Status Commission")
pos(d, "Marcelina Narruhn-Sos", ["speaker"], ["Chuuk State Legislature"],
    "Narruhn-Sos was formerly the speaker of the Chuuk State Legislature", former=True)
pos(d, "Dennis Harkavy-Lowe", ["ambassador"], ["United States", "US", "FSM"],
    "US Ambassador to the FSM Dennis Harkavy-Lowe")
pos(d, "Priya Venkataraman-Cole", ["high commissioner"], ["Australia"],
    "Australia's High Commissioner in Pohnpei, Priya Venkataraman-Cole")
pos(d, "Tony Sivas-Mailo", ["president"], ["College of Micronesia"],
    "Dr. Tony Sivas-Mailo, a former president of the College of Micronesia-FSM", former=True)
pos(d, "Ichiro Wainit-Hadley", ["senator", "member"], [], "Senator Ichiro Wainit-Hadley", "optional")
pos(d, "Ruben Esa", ["fisherman"], [], "fisherman Ruben Esa", "optional")
pos(d, "Marlene Iehsi-Rodrigo", ["reporter", "reports"], ["Kaselehlie Press"],
    "Marlene Iehsi-Rodrigo reports for the Kaselehlie Press from Weno.", "optional")
rel(d, "Federated States of Micronesia", "memberOf", "Pacific Islands Forum",
    "The FSM is a member of the Pacific Islands Forum and of the United Nations")
rel(d, "Federated States of Micronesia", "memberOf", "United Nations",
    "The FSM is a member of the Pacific Islands Forum and of the United Nations")
rel(d, "Federated States of Micronesia", "sharesBorderWith", "Palau",
    "it shares maritime boundaries with Palau and the Marshall Islands")
rel(d, "Federated States of Micronesia", "sharesBorderWith", "Marshall Islands",
    "it shares maritime boundaries with Palau and the Marshall Islands")
rel(d, "Ruben Esa", "spouse", "Kiomy Esa", "fisherman Ruben Esa and his wife, Kiomy Esa")
rel(d, "Weno", "locatedIn", "Chuuk", "Weno, its capital")
rel(d, "Chuuk", "locatedIn", "Federated States of Micronesia", "Chuuk, the most populous of the four FSM states")
rel(d, "Ichiro Wainit-Hadley", "memberOf", "FSM Congress", "one of Chuuk's members of the FSM Congress")

# ---------------------------------------------------------------- 04
d = D4
for t, n, *a in [
    (P, "Okello Ambrose Drani", "Drani"), (P, "Gift Adrupio", "Adrupio"),
    (P, "Grace Anyiru Lematia", "Lematia"), (P, "Deng Alier Makuei", "Makuei"),
    (P, "Lomoro Emmanuel Taban", "Taban"), (P, "Florence Adiru Odama", "Odama"),
    (P, "Patrick Onziga Bileni", "Bileni"), (P, "Santo Drazu", "Drazu"),
    (P, "Margaret Ayikoru", "Ayikoru"), (P, "Evelyn Aate Wani", "Wani"),
    (P, "Williams Anyama Oleru", "Oleru"),
    (O, "Nile Post", "NilePost"), (O, "East African Community"), (O, "African Union"),
    (O, "Makerere University"), (O, "NRM"), (O, "Uganda Land Commission"),
    (C, "Uganda"), (C, "South Sudan"), (C, "Kenya"),
    (T, "Kajo-Keji", "Kajo Keji"),
    (L, "Moyo"), (L, "West Nile"), (L, "Juba"), (L, "Arua"), (L, "Obongi"),
]:
    ent(d, t, n, *a)
q(d, "Grace Anyiru Lematia", "Those pillars were put there by qualified surveyors")
q(d, "Grace Anyiru Lematia", "has never accepted South Sudanese sovereignty over the southern part of Kajo-Keji", "optional")
q(d, "Deng Alier Makuei", "Kajo-Keji is South Sudan. It was South Sudan before independence")
q(d, "Deng Alier Makuei", "We are not going to negotiate our own county")
q(d, "Florence Adiru Odama", "We are brothers and sisters on both sides of this line")
q(d, "Florence Adiru Odama", "What we are asking for is simple")
q(d, "Florence Adiru Odama", "We are brothers", "optional")
q(d, "Santo Drazu", "My father paid tax to Moyo")
q(d, "Santo Drazu", "Now a soldier tells me my cassava is in Kajo-Keji")
q(d, "Evelyn Aate Wani", "People returned after the war and found fences")
q(d, "African Union", "encourages both sisterly countries to resolve the matter through dialogue", "optional")
q(d, "Williams Anyama Oleru", "Pillars can be replaced. Lives cannot")
st(d, "Uganda", "doesNotRecognise", ["Kajo-Keji"],
   "has never accepted South Sudanese sovereignty over the southern part of Kajo-Keji")
st(d, "South Sudan", "doesNotRecognise", ["Kajo-Keji"], "his government rejects Uganda's claim to any part of Kajo-Keji")
st(d, "South Sudan", "recognises", ["Kajo-Keji"], "Kajo-Keji is South Sudan", "optional")
ns(d, "If Uganda recognised the 1914 line as South Sudan reads it", "hypothetical")
ns(d, "is expected to recognise whatever the joint committee decides", "expected")
pos(d, "Grace Anyiru Lematia", ["minister of state for foreign affairs", "minister of state"], [],
    "Hon. Grace Anyiru Lematia, the Minister of State for Foreign Affairs (Regional Cooperation)")
pos(d, "Deng Alier Makuei", ["minister of foreign affairs", "foreign minister"], ["South Sudan"],
    "South Sudan's Minister of Foreign Affairs, Hon. Deng Alier Makuei")
pos(d, "Lomoro Emmanuel Taban", ["commissioner"], ["Kajo-Keji"],
    "Kajo-Keji county's commissioner, Hon. Lomoro Emmanuel Taban")
pos(d, "Florence Adiru Odama", ["MP", "woman MP"], ["Moyo"], "Moyo Woman MP Hon. Florence Adiru Odama (NRM)", "optional")
pos(d, "Patrick Onziga Bileni", ["resident district commissioner"], ["Moyo"],
    "The Resident District Commissioner for Moyo, Mr. Patrick Onziga Bileni")
pos(d, "Evelyn Aate Wani", ["lecturer"], ["Makerere University"],
    "Dr. Evelyn Aate Wani, a lecturer in political science at Makerere University")
pos(d, "Williams Anyama Oleru", ["chairman", "district chairman"], ["Moyo"],
    "Former Moyo district chairman Mr. Williams Anyama Oleru", former=True)
pos(d, "Williams Anyama Oleru", ["member"], ["Uganda Land Commission"],
    "who now sits on the Uganda Land Commission", "optional")
pos(d, "Okello Ambrose Drani", ["correspondent"], ["Nile Post"],
    "Okello Ambrose Drani is a Nile Post correspondent based in Arua.")
rel(d, "Uganda", "sharesBorderWith", "South Sudan", "Uganda and South Sudan share a border")
rel(d, "Uganda", "memberOf", "East African Community", "Both are members of the East African Community")
rel(d, "South Sudan", "memberOf", "East African Community", "Both are members of the East African Community")
rel(d, "Moyo", "locatedIn", "West Nile", "Moyo lies in the West Nile sub-region")
rel(d, "Florence Adiru Odama", "memberOf", "NRM", "Hon. Florence Adiru Odama (NRM)")
rel(d, "Santo Drazu", "spouse", "Margaret Ayikoru", "his wife, Margaret Ayikoru")
rel(d, "Kenya", "sharesBorderWith", "Uganda", "Kenya, which borders both countries")
rel(d, "Kenya", "sharesBorderWith", "South Sudan", "Kenya, which borders both countries")
rel(d, "Williams Anyama Oleru", "memberOf", "Uganda Land Commission", "who now sits on the Uganda Land Commission")

# ---------------------------------------------------------------- 05
d = D5
for t, n, *a in [
    (P, "Wanjiru Koech-Mbugua", "Koech-Mbugua"), (P, "Jonah Kiplagat-Ruto", "Kiplagat-Ruto"),
    (P, "Mercy Wairimu Ngure", "Ngure"), (P, "Peter Kamau Gichuru", "Gichuru"),
    (P, "Faith Chebet Langat", "Faith Langat"), (P, "Daniel Kiprotich Langat", "Daniel Langat"),
    (P, "Samuel Ole Kuyioni", "Ole Kuyioni", "Kuyioni"), (P, "Joseph Mwangi Kihara", "Kihara"),
    (P, "Lilian Achieng Otieno", "Otieno"), (P, "Cynthia Jepkoech Rono", "Rono"),
    (O, "The Standard", "Standard"), (O, "The Standard Group PLC", "Standard Group"),
    (O, "Nakuru Athletic Club"), (O, "Athletics Kenya"), (O, "UDA"),
    (O, "Kimanjo Contractors Ltd", "Kimanjo Contractors"), (O, "Nakuru Girls High School"),
    (C, "Kenya"),
    (L, "Nakuru"), (L, "Eldoret"), (L, "Kaptagat"), (L, "Njoro"), (L, "Molo"), (L, "Iten"),
    (L, "Nakuru County"), (L, "Naivasha"), (L, "Rift Valley"),
]:
    ent(d, t, n, *a)
q(d, "Mercy Wairimu Ngure", "For years our athletes have trained on cinder")
q(d, "Mercy Wairimu Ngure", "This track is for the girl from Njoro")
q(d, "Peter Kamau Gichuru", "We have lost three promising juniors to stress fractures")
q(d, "Faith Chebet Langat", "When I was running, we went to Eldoret for every speed session")
q(d, "Daniel Kiprotich Langat", "A good track keeps talent at home")
q(d, "Samuel Ole Kuyioni", "We will also send a certified official")
q(d, "Joseph Mwangi Kihara", "I support the track. What I do not support")
q(d, "Lilian Achieng Otieno", "Every step was published")
q(d, "Lilian Achieng Otieno", "We have nothing to hide")
q(d, "Cynthia Jepkoech Rono", "Maybe this new track will make me faster")
pos(d, "Mercy Wairimu Ngure", ["governor"], ["Nakuru"], "Nakuru Governor Dr Mercy Wairimu Ngure")
pos(d, "Peter Kamau Gichuru", ["chairman"], ["Nakuru Athletic Club", "club"], "Club chairman Peter Kamau Gichuru")
pos(d, "Faith Chebet Langat", ["champion", "national champion"], [],
    "Former 1,500m national champion Faith Chebet Langat", "optional", former=True)
pos(d, "Faith Chebet Langat", ["coach"], ["Nakuru Athletic Club", "club"], "who now coaches at the club", "optional")
pos(d, "Samuel Ole Kuyioni", ["chairman", "regional chairman"], ["Athletics Kenya"],
    "Athletics Kenya's Rift Valley regional chairman, Mr Samuel Ole Kuyioni")
pos(d, "Joseph Mwangi Kihara", ["MCA"], [], "Nakuru East MCA Joseph Mwangi Kihara (UDA)", "optional")
pos(d, "Lilian Achieng Otieno", ["chief officer for sports", "chief officer"], [],
    "The county's Chief Officer for Sports, Ms Lilian Achieng Otieno")
pos(d, "Cynthia Jepkoech Rono", ["student"], ["Nakuru Girls High School"],
    "a student at Nakuru Girls High School", "optional")
pos(d, "Wanjiru Koech-Mbugua", ["correspondent"], ["Standard"],
    "Wanjiru Koech-Mbugua is a Standard correspondent in Nakuru.")
rel(d, "Faith Chebet Langat", "spouse", "Daniel Kiprotich Langat", "Her husband and training partner, Daniel Kiprotich Langat")
rel(d, "Joseph Mwangi Kihara", "memberOf", "UDA", "Joseph Mwangi Kihara (UDA)")
rel(d, "Nakuru", "locatedIn", "Nakuru County", "lies on the floor of the Rift Valley in Nakuru County")
rel(d, "Nakuru", "locatedIn", "Rift Valley", "lies on the floor of the Rift Valley")
rel(d, "Nakuru", "locatedIn", "Kenya", "Nakuru, Kenya's fourth city")
rel(d, "Kimanjo Contractors Ltd", "locatedIn", "Naivasha", "Kimanjo Contractors Ltd, a Naivasha firm")

not_person = [
    "Congolese", "Angolan", "Angolans", "Zambian", "Kahemba", "Kwango", "Lunda Norte", "Lucapa", "Luanda",
    "Kinshasa", "VOA", "Voice of America", "Foreign Minister", "Brigadier General", "SADC",
    "Wisma Putra", "Beting Patinggi Ali", "Patinggi", "Luconia", "Nankang Ansha", "Datuk Seri", "Datuk",
    "Miri", "Putrajaya", "Sarawak", "Asean", "MMEA", "DAP", "The Star", "TheStar", "Bandar Seri Begawan",
    "Malaysian", "Chinese", "Chuuk", "Weno", "Palikir", "Pohnpei", "Kolonia", "Tol Island", "Kaselehlie",
    "The Kaselehlie Press", "FSM", "FSM Congress", "Compact of Free Association", "Governor", "Senator",
    "Moyo", "Kajo-Keji", "Arua", "Obongi", "Juba", "West Nile", "Makerere", "NRM", "Hon.", "Nile Post",
    "NilePost", "Nakuru", "Njoro", "Molo", "Iten", "Kaptagat", "Eldoret", "Naivasha", "UDA", "MCA",
    "Athletics Kenya", "Kimanjo", "Kenyan", "Nakuru Athletic Club",
]
unattributed = ["Grey zone"]

about = __doc__.split("\n", 2)[2].strip() if False else __doc__.strip()
gold = {
    "about": about, "documents": DOCS, "near_duplicates": [], "entities": entities,
    "not_person": not_person, "quotes": quotes, "unattributed": unattributed, "stances": stances,
    "no_stance": no_stance, "positions": positions, "relations": relations,
}
if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", out)
