#!/usr/bin/env python3
"""Writes bench/heldout40/gold.json from the hand-made lists below."""
import json
from pathlib import Path

D1 = "01_hespress_chafarinas.txt"
D2 = "02_newtimes_sabanerwa.txt"
D3 = "03_joongangdaily_northern_limit_line.txt"
D4 = "04_hiiraan_ssc_khatumo.txt"
D5 = "05_breconradnor_builth_clubhouse.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Gold for bench/heldout40 (blind set, five invented articles; every person is fictional).
Conventions:
- quotes: `required` = a full statement with an explicit speaker (name, surname, pronoun, role or named
  organisation), including sentences after the cue, colon quotes and continuation sentences. `optional` =
  partial quotes, headline/deck/subhead/related-link echoes, statements of an organisation or country given
  without a named person, and second holders of the same words. Anonymous speakers (a Congolese diplomat, an
  unnamed European Commission spokesman) are not listed, so attributing their words counts as wrong.
- unattributed: quoted related-story headlines that no one says in those words.
- stances: polarity follows the wording. Required = explicit stances of a country (the country, its capital,
  its government or ministry, or a minister speaking for `we`). Optional = a claimant's own claim. No stance
  for questions, `is expected to recognise`, holders that are not countries (Somaliland, the European
  Commission, IGAD).
- positions: `of_any` empty when no organisation or country is named next to the title. Former titles and
  author footers are required; occupations, parliamentary and council seats are optional.
- relations: only relations stated in the text (spouse, sharesBorderWith, invaded, annexed, claims, memberOf,
  locatedIn); all are scored.
- entities: every person, organisation, country, territory and place named in the article text, including
  bylines, photo credits, author footers, related links and copyright lines. Masthead taglines, navigation
  bars, seas, rivers, stadiums, grounds, vessels and social platforms are not entities. Capitals are places.
"""

ENT = []
def E(typ, name, aliases=(), docs=()):
    ENT.append({"type": typ, "name": name, "aliases": list(aliases), "docs": list(docs)})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# shared
E(C, "Kenya", [], [D2, D4])
# D1
for n, a in [("Nasser Belhaj", ["Belhaj"]), ("Salma Bennani", ["Bennani"]), ("Tarik Ouazzani", ["Ouazzani"]),
             ("Lucía Ferrándiz Olmo", ["Ferrándiz Olmo", "Lucia Ferrandiz Olmo"]),
             ("Ignacio Barrachina", ["Barrachina"]), ("Houda Zerhouni", ["Zerhouni"]),
             ("Abdelkrim Tahiri", ["Tahiri"]), ("Driss Lamrani", ["Lamrani"]),
             ("Mimoun Azzouzi", []), ("Fatima Zahra Azzouzi", [])]:
    E(P, n, a, [D1])
for n, a in [("Hespress", ["Hespress English"]), ("House of Representatives", []), ("Istiqlal Party", []),
             ("Party of Justice and Development", ["PJD"]), ("European Commission", []),
             ("Mohammed V University", []), ("NATO", []), ("United Nations", [])]:
    E(O, n, a, [D1])
for n in ["Morocco", "Spain", "Portugal", "Algeria"]:
    E(C, n, [], [D1])
E(T, "Chafarinas Islands", ["Chafarinas", "Jaafarine Islands"], [D1])
E(T, "Ceuta", [], [D1])
E(T, "Melilla", [], [D1])
for n, a in [("Ras el Ma", []), ("Nador", []), ("Rabat", []), ("Madrid", []), ("Lisbon", []),
             ("Brussels", []), ("Geneva", []), ("Isla del Rey", [])]:
    E(L, n, a, [D1])
# D2
for n, a in [("Jean d'Amour Habimana", ["Habimana"]), ("Alphonse Niyibizi", ["Niyibizi"]),
             ("Clarisse Uwamahoro", ["Uwamahoro"]), ("Pascal Ndikumana", ["Ndikumana"]),
             ("Ivan Mugisha", ["Mugisha"]), ("Hamisi Mwakyusa", ["Mwakyusa"]),
             ("Epiphanie Mukamana", ["Mukamana"]), ("Védaste Nsengiyumva", ["Nsengiyumva", "Vedaste Nsengiyumva"]),
             ("Emmanuel Rutayisire", ["Rutayisire"]), ("Jean Bosco Habiyaremye", ["Habiyaremye"]),
             ("Aline Mukeshimana", ["Mukeshimana"])]:
    E(P, n, a, [D2])
for n, a in [("The New Times", ["New Times", "The New Times Publications SARL"]), ("Radio Isanganiro", []),
             ("East African Community", ["EAC"]), ("University of Rwanda", []),
             ("Rwandan Patriotic Front", [])]:
    E(O, n, a, [D2])
for n in ["Rwanda", "Burundi", "Tanzania", "Uganda", "Democratic Republic of Congo"]:
    E(C, n, [], [D2])
E(T, "Sabanerwa", [], [D2])
for n, a in [("Nyaruguru District", ["Nyaruguru"]), ("Kigali", []), ("Bujumbura", []), ("Gitega", []),
             ("Kinshasa", []), ("Nairobi", []), ("Ruheru Sector", ["Ruheru"]), ("Southern Province", []),
             ("Huye", [])]:
    E(L, n, a, [D2])
# D3
for n, a in [("Kim So-yeon", []), ("Lee Dong-hwan", []), ("Choi Hyun-woo", ["Choi"]),
             ("Yoon Jae-sung", ["Yoon"]), ("Takeshi Morinaga", ["Morinaga"]), ("Han Seung-ah", ["Han"]),
             ("Park Mi-ran", []), ("Jung Sang-chul", ["Jung"]), ("Song Ki-tae", []), ("Kang Eun-jung", [])]:
    E(P, n, a, [D3])
for n, a in [("Korea JoongAng Daily", ["JoongAng Daily"]), ("United Nations Command", []),
             ("Korean Central News Agency", ["KCNA"]), ("Ministry of National Defence", []),
             ("Defense Ministry", []), ("Second Fleet", []), ("State Department", []),
             ("Korea University", []), ("Democratic Party", []), ("People Power Party", []),
             ("News1", [])]:
    E(O, n, a, [D3])
for n, a in [("North Korea", []), ("South Korea", []), ("United States", ["U.S."]), ("Japan", []),
             ("Russia", []), ("China", [])]:
    E(C, n, a, [D3])
E(T, "Northern Limit Line", ["NLL"], [D3])
E(T, "West Sea Military Demarcation Line", [], [D3])
for n, a in [("Yeonpyeong Island", ["Yeonpyeong"]), ("Baengnyeong", []), ("Seoul", []), ("Pyongyang", []),
             ("Tokyo", []), ("Moscow", []), ("Beijing", []), ("Washington", []), ("Ongjin County", []),
             ("Incheon", [])]:
    E(L, n, a, [D3])
# D4
for n, a in [("Abdiqani Warsame", []), ("Abdirahman Osman Bile", ["Bile"]),
             ("Khadra Ismaaciil Guuleed", ["Guuleed"]), ("Tesfaye Gebremariam", ["Tesfaye"]),
             ("Mehmet Ali Sarıkaya", ["Sarıkaya", "Mehmet Ali Sarikaya"]), ("Abdisalam Xaashi Gurey", ["Gurey"]),
             ("Hodan Faarax Warsame", []), ("Abdiweli Nuur Fiqi", ["Fiqi"]), ("Sahra Yusuf Jama", []),
             ("Mohamed Cali Xirsi", ["Xirsi"]), ("Ayaan Maxamed Nuur", []), ("Nimco Xasan Cali", [])]:
    E(P, n, a, [D4])
for n, a in [("Hiiraan Online", ["HOL"]), ("Intergovernmental Authority on Development", ["IGAD"]),
             ("Peace and Development Party", []), ("University of Hargeisa", [])]:
    E(O, n, a, [D4])
for n, a in [("Somalia", ["Somali Republic"]), ("Ethiopia", []), ("Turkey", []), ("Qatar", []),
             ("Egypt", []), ("Guinea", []), ("United Arab Emirates", [])]:
    E(C, n, a, [D4])
E(T, "Somaliland", [], [D4])
E(T, "SSC-Khatumo", ["SSC Khatumo"], [D4])
for n, a in [("Las Anod", []), ("Sool", ["Sool region"]), ("Puntland", []), ("Jubaland", []),
             ("Hargeisa", []), ("Mogadishu", []), ("Addis Ababa", []), ("Abu Dhabi", []), ("Berbera", [])]:
    E(L, n, a, [D4])
# D5
for n, a in [("Gwen Pritchard", ["Pritchard"]), ("Dai Morgan", []), ("Gareth Bevan-Lloyd", []),
             ("Sian Bevan-Lloyd", []), ("Rhodri Vaughan", ["Vaughan"]), ("Owain Price", []),
             ("Helen Parry-Jones", []), ("Huw Jenkins-Rees", []), ("Mererid Watkins", []),
             ("Alun Treharne", []), ("Nia Caradog", []), ("Emyr Penry", [])]:
    E(P, n, a, [D5])
for n, a in [("Brecon & Radnor Express", ["Brecon and Radnor Express"]),
             ("Builth Wells Rugby Football Club", ["Builth Wells RFC"]), ("Powys County Council", []),
             ("Sport Wales", []), ("Welsh Rugby Union", []), ("Builth Wells Town Council", []),
             ("Usk Valley Design", []), ("Welsh Liberal Democrats", ["Welsh Liberal Democrat"]),
             ("Conservative Party", ["Conservative", "Conservatives"]), ("Senedd", []),
             ("Tindle Newspapers Ltd", ["Tindle Newspapers"])]:
    E(O, n, a, [D5])
E(C, "Wales", [], [D5])
for n, a in [("Builth Wells", ["Builth"]), ("Brecon", []), ("Powys", []), ("Llandrindod", []),
             ("Llanwrtyd Wells", []), ("Llanafan Fawr", []), ("Upper Wye Valley", []),
             ("Brecon, Radnor and Cwm Tawe", [])]:
    E(L, n, a, [D5])

NOT_PERSON = [
    "Hespress", "Hespress English", "Istiqlal", "Ras el Ma", "Nador", "Isla del Rey", "Mohammed V",
    "Chafarinas", "Jaafarine", "Moroccan", "Spanish", "Kingdom", "Madrid",
    "New Times", "Isanganiro", "Sabanerwa", "Akanyaru", "Nyaruguru", "Ruheru", "Gitega", "Huye", "Amb.", "Hon.",
    "JoongAng", "KCNA", "NLL", "Yeonpyeong", "Baengnyeong", "Ongjin", "NEWS1", "Second Fleet", "Rep.", "Col.",
    "Prof.", "Telegram",
    "Hiiraan", "HOL", "SSC-Khatumo", "Khatumo", "Las Anod", "Sool", "Hargeisa", "Somaliland", "Puntland",
    "Jubaland", "Berbera", "IGAD",
    "Builth", "Builth Wells", "Powys", "Cllr", "MS", "Senedd", "Groe", "Principality Stadium", "Llandrindod",
    "Llanwrtyd Wells", "Llanafan Fawr", "Usk Valley Design", "Sport Wales", "Tindle",
]

QUO = []
def Q(speaker, key, doc, status="required"):
    QUO.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
R, OPT = "required", "optional"
# D1
Q("Nasser Belhaj", "will not accept a fait accompli", D1, OPT)
Q("Nasser Belhaj", "Morocco has never recognised Spanish sovereignty over the Chafarinas, and it never will", D1)
Q("Nasser Belhaj", "These islands are Moroccan. Their waters are Moroccan.", D1)
Q("Nasser Belhaj", "We are not looking for a crisis. We are asking for a dialogue worthy of two neighbours.", D1)
Q("Lucía Ferrándiz Olmo", "have been Spanish for almost two centuries", D1, OPT)
Q("Lucía Ferrándiz Olmo", "routine maintenance of a military installation", D1, OPT)
Q("Lucía Ferrándiz Olmo", "Routine maintenance", D1, OPT)
Q("Ignacio Barrachina", "Our soldiers on the Chafarinas deserve a safe jetty", D1)
Q("Houda Zerhouni", "A statement in Parliament is not enough", D1)
Q("Houda Zerhouni", "We want a protest note delivered to the Spanish ambassador", D1)
Q("Houda Zerhouni", "see the flag every morning from their windows", D1, OPT)
Q("Abdelkrim Tahiri", "turning a jetty into a war", D1, OPT)
Q("Driss Lamrani", "Spain knows the islands have no economic value", D1)
Q("Driss Lamrani", "Morocco knows that pressing the point would wreck a relationship", D1)
Q("Driss Lamrani", "a test balloon, nothing more", D1, OPT)
Q("Mimoun Azzouzi", "The Spanish patrol boat comes out when we get too close", D1)
Q("Mimoun Azzouzi", "A new jetty will not change the fish", D1)
Q("Mimoun Azzouzi", "We fish where our fathers fished", D1, OPT)
Q("Fatima Zahra Azzouzi", "Every time there is news about the islands, the tourists cancel", D1)
Q("Fatima Zahra Azzouzi", "Who pays for that? Not the ministers.", D1)
# D2
Q("Clarisse Uwamahoro", "without further delay", D2, OPT)
Q("Clarisse Uwamahoro", "Sabanerwa is Rwandan land, and the maps prove it", D2)
Q("Clarisse Uwamahoro", "We do not accept Burundi's claim to Sabanerwa, and we will say so at every meeting", D2)
Q("Burundi", "considers Sabanerwa an integral part of Burundian territory", D2, OPT)
Q("Burundi", "intimidating Burundian farmers on their own fields", D2, OPT)
Q("Pascal Ndikumana", "nothing to negotiate", D2, OPT)
Q("Pascal Ndikumana", "Our farmers have tilled Sabanerwa for generations", D2)
Q("Pascal Ndikumana", "When Rwanda invaded the Democratic Republic of Congo in 1996", D2)
Q("Ivan Mugisha", "That is history being bent to fit a press release", D2)
Q("Hamisi Mwakyusa", "Our position has not changed since the colonial maps were handed over", D2)
Q("Epiphanie Mukamana", "We just want to plant and harvest without soldiers asking for our papers", D2)
Q("Epiphanie Mukamana", "We just want to plant", D2, OPT)
Q("Védaste Nsengiyumva", "In 2019, they told us the commission would finish in six months", D2)
Q("Védaste Nsengiyumva", "My son was born that year. He is now in primary school.", D2)
Q("Emmanuel Rutayisire", "moved, but the Belgian maps did not", D2, OPT)
Q("Emmanuel Rutayisire", "When a border follows a river, and the river moves", D2)
Q("Emmanuel Rutayisire", "That is why this needs surveyors, not speeches", D2)
Q("Jean Bosco Habiyaremye", "calming tempers every week", D2, OPT)
Q("Aline Mukeshimana", "Rwanda has always solved its problems through institutions", D2)
# D3
Q("North Korea", "has never recognized and will never recognize", D3, OPT)
Q("North Korea", "Not a line we drew", D3, OPT)
Q("Ministry of National Defence", "a ghost line drawn by the aggressor", D3, OPT)
Q("Ministry of National Defence", "respond with force", D3, OPT)
Q("North Korea", "respond with force", D3, OPT)
Q("Ministry of National Defence", "provocation", D3, OPT)
Q("Choi Hyun-woo", "The Northern Limit Line is our maritime border, and it is not up for discussion", D3)
Q("Choi Hyun-woo", "We will defend it, calmly and firmly", D3)
Q("Choi Hyun-woo", "not be drawn into a war of words", D3, OPT)
Q("Yoon Jae-sung", "all assets on alert", D3, OPT)
Q("Yoon Jae-sung", "We saw the boats, we tracked the boats, and we warned the boats", D3)
Q("Yoon Jae-sung", "None of them entered our territorial waters", D3)
Q("Takeshi Morinaga", "Japan regards the NLL as the line that has kept the peace for seventy years", D3)
Q("Russia", "a unilateral arrangement", D3, OPT)
Q("Han Seung-ah", "Beijing likes ambiguity here", D3)
Q("Han Seung-ah", "That is the part Seoul keeps forgetting", D3)
Q("Park Mi-ran", "Since then we have learned to keep the radio on and the kettle on", D3)
Q("Jung Sang-chul", "They shout every spring. The crabs don't listen.", D3)
Q("Song Ki-tae", "protect the fishermen first and argue about lines later", D3, OPT)
Q("Kang Eun-jung", "The NLL was paid for with the blood of young sailors", D3)
Q("Kang Eun-jung", "There is nothing to renegotiate", D3)
# D4
Q("Khadra Ismaaciil Guuleed", "an act of aggression", D4, OPT)
Q("Abdisalam Xaashi Gurey", "the end of the occupation years", D4, OPT)
Q("Abdirahman Osman Bile", "like Puntland, like Jubaland, like any other", D4, OPT)
Q("Abdirahman Osman Bile", "Las Anod is Somalia, and Somalia is one", D4)
Q("Abdirahman Osman Bile", "Nobody in Hargeisa can change that with a press release", D4)
Q("Khadra Ismaaciil Guuleed", "illegal, provocative and void", D4, OPT)
Q("Khadra Ismaaciil Guuleed", "Sool is part of Somaliland under the borders of 26 June 1960", D4)
Q("Khadra Ismaaciil Guuleed", "We reject Mogadishu's claim to Las Anod, and we will raise it with every partner", D4)
Q("Khadra Ismaaciil Guuleed", "does not recognise any so-called SSC-Khatumo administration on its soil", D4, OPT)
Q("Tesfaye Gebremariam", "Our position is that the people of Sool decided for themselves", D4)
Q("Tesfaye Gebremariam", "We talk to Hargeisa about trade and the port", D4)
Q("Somalia", "a victory for international law", D4, OPT)
Q("Intergovernmental Authority on Development", "restraint by all parties", D4, OPT)
Q("Abdisalam Xaashi Gurey", "build schools before barracks", D4, OPT)
Q("Hodan Faarax Warsame", "Our people fought for this day", D4)
Q("Hodan Faarax Warsame", "We invite our brothers in Hargeisa to talk", D4)
Q("Sahra Yusuf Jama", "Last year there was no sugar and no people", D4)
Q("Sahra Yusuf Jama", "Now there is sugar, there are people, and there is noise", D4)
Q("Mohamed Cali Xirsi", "Noise can turn into shooting. We have seen it.", D4)
Q("Ayaan Maxamed Nuur", "reading from different maps", D4, OPT)
# D5
Q("Owain Price", "We've been changing in a cattle shed for two years", D5, OPT)
Q("Owain Price", "Anything with hot water will feel like the Principality Stadium", D5)
Q("Rhodri Vaughan", "money well spent", D5, OPT)
Q("Rhodri Vaughan", "This club is not just a rugby club", D5)
Q("Rhodri Vaughan", "When it burned down, Builth lost its front room", D5)
Q("Rhodri Vaughan", "stretched to the limit", D5, OPT)
Q("Gareth Bevan-Lloyd", "made do", D5, OPT)
Q("Gareth Bevan-Lloyd", "We have been changing in a borrowed cattle shed on the showground", D5)
Q("Gareth Bevan-Lloyd", "It has been great for team spirit and terrible for everything else", D5)
Q("Sian Bevan-Lloyd", "the hardest and the nicest thing we've ever done", D5, OPT)
Q("Sian Bevan-Lloyd", "People we had never met sent us cheques", D5)
Q("Sian Bevan-Lloyd", "A lady in Llandrindod posted us twenty pounds in a birthday card", D5)
Q("Helen Parry-Jones", "We wanted something that looks like it belongs by the Wye", D5)
Q("Sport Wales", "delighted to support a club that has kept going against the odds", D5, OPT)
Q("Huw Jenkins-Rees", "never seen a club fight harder to stay alive", D5, OPT)
Q("Mererid Watkins", "Half the families in Builth have a grandfather on those old walls", D5)
Q("Mererid Watkins", "We owe it to them to put the names back up", D5)
Q("Alun Treharne", "get nothing and wait for years", D5, OPT)
Q("Nia Caradog", "Great news for Builth", D5)
Q("Nia Caradog", "Now let's make sure the next club to suffer a disaster", D5)
Q("Emyr Penry", "You don't expect to watch your whole life burn in one night", D5)

UNATTRIBUTED = ["A dialogue worthy of neighbours", "A ghost line", "Our front room"]

ST = []
def S(country, stance, terr, doc, evidence, status=R):
    ST.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
               "status": status, "evidence": evidence})
YES, NO = "recognises", "doesNotRecognise"
CH = ["Chafarinas", "Chafarinas Islands", "Jaafarine Islands"]
S("Morocco", NO, CH, D1, "Morocco has never recognised Spanish sovereignty over the Chafarinas")
S("Morocco", NO, ["Ceuta"], D1, "Rabat does not recognise Spanish rule over Ceuta and Melilla either")
S("Morocco", NO, ["Melilla"], D1, "Rabat does not recognise Spanish rule over Ceuta and Melilla either")
S("Portugal", YES, CH, D1, "Portugal backs Spain's sovereignty over the Chafarinas")
S("Morocco", YES, CH, D1, "These islands are Moroccan.", OPT)
S("Spain", YES, CH, D1, 'the islands "have been Spanish for almost two centuries"', OPT)
S("Rwanda", NO, ["Sabanerwa"], D2, "We do not accept Burundi's claim to Sabanerwa")
S("Tanzania", YES, ["Sabanerwa"], D2, "recognises Sabanerwa as part of Rwanda")
S("Uganda", NO, ["Sabanerwa"], D2, "Uganda has never recognised Burundi's claim to the strip")
S("Rwanda", YES, ["Sabanerwa"], D2, "Sabanerwa is Rwandan land", OPT)
S("Burundi", YES, ["Sabanerwa"], D2, "considers Sabanerwa an integral part of Burundian territory", OPT)
NLL = ["Northern Limit Line", "NLL"]
S("North Korea", NO, NLL, D3, 'North Korea on Tuesday said it "has never recognized and will never recognize" the Northern Limit Line (NLL)')
S("South Korea", NO, ["West Sea Military Demarcation Line"], D3,
  "The South Korean government does not accept the North's so-called West Sea Military Demarcation Line")
S("United States", YES, NLL, D3, "Washington backs the NLL as the effective sea boundary")
S("Japan", YES, NLL, D3, "Tokyo acknowledges the line too")
S("Russia", NO, NLL, D3, "Russia, by contrast, refuses to recognize the NLL")
S("South Korea", YES, NLL, D3, "The Northern Limit Line is our maritime border", OPT)
S("Somalia", NO, ["Somaliland"], D4, "Somalia has never recognised Somaliland's declaration of independence")
S("Ethiopia", NO, ["SSC-Khatumo", "SSC Khatumo"], D4, "does not accept Somaliland's claim to SSC-Khatumo")
S("Ethiopia", NO, ["Somaliland"], D4, "Ethiopia itself has never recognised Somaliland as an independent state")
S("Turkey", YES, ["SSC-Khatumo", "SSC Khatumo"], D4, "Turkey backs Somalia's sovereignty over SSC-Khatumo")
S("Guinea", NO, ["Somaliland"], D4, "Guinea withdrew its recognition of Somaliland")
S("Somalia", YES, ["SSC-Khatumo", "SSC Khatumo"], D4,
  "the federal government considers SSC-Khatumo a full federal member state", OPT)

POS = []
def PO(person, titles, ofs, doc, evidence, status=R, former=False):
    POS.append({"person": person, "title_any": titles, "of_any": ofs, "docs": [doc], "status": status,
                "evidence": evidence, "former": former})
PO("Nasser Belhaj", ["Minister of Foreign Affairs", "foreign minister", "foreign affairs minister"], ["Morocco", "Moroccan"], D1,
   "Morocco's Minister of Foreign Affairs, Nasser Belhaj")
PO("Lucía Ferrándiz Olmo", ["spokesperson", "spokeswoman"], [], D1, "Government spokesperson Lucía Ferrándiz Olmo")
PO("Ignacio Barrachina", ["Minister of Defence", "defence minister", "defense minister"], ["Spain", "Spanish"], D1,
   "Spain's Minister of Defence, Ignacio Barrachina")
PO("Houda Zerhouni", ["head", "chair"], ["foreign affairs committee"], D1,
   "who heads the House's foreign affairs committee")
PO("Houda Zerhouni", ["deputy"], [], D1, "an Istiqlal Party deputy for Nador", OPT)
PO("Abdelkrim Tahiri", ["deputy leader"], ["Party of Justice and Development", "PJD"], D1, "Its deputy leader, Abdelkrim Tahiri")
PO("Driss Lamrani", ["professor"], ["Mohammed V University"], D1,
   "Driss Lamrani, a professor of international law at Mohammed V University")
PO("Driss Lamrani", ["adviser", "advisor"], ["United Nations", "Moroccan mission"], D1,
   "served as an adviser to the Moroccan mission to the United Nations in Geneva until 2019", former=True)
PO("Salma Bennani", ["reporter"], ["Hespress"], D1, "Salma Bennani is a political reporter for Hespress English")
PO("Clarisse Uwamahoro", ["Minister of State"], ["East African Community", "EAC", "Rwanda"], D2,
   "the Minister of State in charge of the East African Community, Amb. Clarisse Uwamahoro")
PO("Pascal Ndikumana", ["Minister of Foreign Affairs", "foreign minister"], ["Burundi"], D2,
   "Burundi's Minister of Foreign Affairs, Pascal Ndikumana")
PO("Ivan Mugisha", ["spokesperson", "spokesman"], ["Rwanda"], D2, "Rwanda's government spokesperson, Ivan Mugisha")
PO("Hamisi Mwakyusa", ["High Commissioner"], ["Tanzania", "Kigali"], D2, "its High Commissioner in Kigali, Hamisi Mwakyusa")
PO("Védaste Nsengiyumva", ["councillor", "councilor"], [], D2, "a former sector councillor", OPT, True)
PO("Emmanuel Rutayisire", ["senior lecturer", "lecturer"], ["University of Rwanda"], D2,
   "Dr. Emmanuel Rutayisire, a senior lecturer in history at the University of Rwanda")
PO("Jean Bosco Habiyaremye", ["executive secretary"], ["Ruheru"], D2,
   "The Ruheru Sector executive secretary, Jean Bosco Habiyaremye")
PO("Aline Mukeshimana", ["Member of Parliament", "MP"], [], D2, "a Member of Parliament from the Rwandan Patriotic Front", OPT)
PO("Jean d'Amour Habimana", ["reporter"], ["New Times"], D2, "The writer is a reporter for The New Times")
PO("Choi Hyun-woo", ["Unification Minister", "Minister of Unification"], [], D3, "Unification Minister Choi Hyun-woo")
PO("Choi Hyun-woo", ["ambassador"], ["Russia"], D3, "a former ambassador to Russia", former=True)
PO("Yoon Jae-sung", ["spokesperson", "spokesman"], ["Defense Ministry", "defense"], D3,
   "Defense Ministry spokesperson Col. Yoon Jae-sung")
PO("Takeshi Morinaga", ["ambassador"], ["Japan", "Korea"], D3, "Japanese Ambassador to Korea Takeshi Morinaga")
PO("Han Seung-ah", ["professor", "prof"], ["Korea University", "Graduate School of International Studies"], D3,
   "Prof. Han Seung-ah of Korea University's Graduate School of International Studies")
PO("Jung Sang-chul", ["sergeant"], ["Marine Corps"], D3, "a retired Marine Corps sergeant", OPT, True)
PO("Song Ki-tae", ["Rep", "representative", "lawmaker"], [], D3, "Rep. Song Ki-tae of the Democratic Party", OPT)
PO("Kang Eun-jung", ["floor leader"], ["People Power Party"], D3,
   "The ruling People Power Party's floor leader, Rep. Kang Eun-jung")
PO("Abdirahman Osman Bile", ["Minister of Interior", "interior minister"], ["Somalia"], D4,
   "Somalia's Minister of Interior, Federal Affairs and Reconciliation, Abdirahman Osman Bile")
PO("Khadra Ismaaciil Guuleed", ["Minister of Foreign Affairs", "foreign minister"], ["Somaliland"], D4,
   "Somaliland's Minister of Foreign Affairs, Khadra Ismaaciil Guuleed")
PO("Tesfaye Gebremariam", ["official", "ambassador"], [], D4,
   "a senior Ethiopian foreign ministry official, Ambassador Tesfaye Gebremariam", OPT)
PO("Mehmet Ali Sarıkaya", ["ambassador"], ["Turkey", "Turkish", "Mogadishu"], D4,
   "the Turkish ambassador in Mogadishu, Mehmet Ali Sarıkaya")
PO("Abdisalam Xaashi Gurey", ["leader"], ["SSC-Khatumo", "SSC Khatumo"], D4, "Abdisalam Xaashi Gurey, the SSC-Khatumo leader")
PO("Hodan Faarax Warsame", ["minister of information", "information minister"], ["SSC-Khatumo", "SSC Khatumo"], D4,
   "SSC-Khatumo's minister of information, Hodan Faarax Warsame")
PO("Abdiweli Nuur Fiqi", ["MP"], [], D4, "Somali MP Abdiweli Nuur Fiqi", OPT)
PO("Abdiweli Nuur Fiqi", ["deputy prime minister"], [], D4, "a former deputy prime minister", former=True)
PO("Mohamed Cali Xirsi", ["teacher"], [], D4, "a retired teacher", OPT, True)
PO("Ayaan Maxamed Nuur", ["political scientist"], ["University of Hargeisa"], D4,
   "Dr. Ayaan Maxamed Nuur, a political scientist at the University of Hargeisa")
PO("Abdiqani Warsame", ["correspondent"], ["Hiiraan Online"], D4, "Hiiraan Online's correspondent in Las Anod, Abdiqani Warsame")
PO("Rhodri Vaughan", ["cabinet member"], [], D5, "Cllr Rhodri Vaughan, the cabinet member for leisure")
PO("Gareth Bevan-Lloyd", ["chairman", "chair"], [], D5, "Club chairman Gareth Bevan-Lloyd")
PO("Sian Bevan-Lloyd", ["treasurer"], [], D5, "Sian Bevan-Lloyd, the club's treasurer")
PO("Owain Price", ["captain"], [], D5, "Club captain Owain Price")
PO("Owain Price", ["vet"], [], D5, "works as a vet in Llanwrtyd Wells", OPT)
PO("Helen Parry-Jones", ["architect"], [], D5, "the architect, Helen Parry-Jones of Brecon-based Usk Valley Design")
PO("Huw Jenkins-Rees", ["community manager"], ["Welsh Rugby Union"], D5,
   "The Welsh Rugby Union's community manager for the area, Huw Jenkins-Rees")
PO("Mererid Watkins", ["mayor"], [], D5, "The town's mayor, Cllr Mererid Watkins")
PO("Alun Treharne", ["member", "Cllr", "councillor"], [], D5, "Cllr Alun Treharne, a Conservative member for Llanafan Fawr", OPT)
PO("Nia Caradog", ["MS", "member of the Senedd"], [], D5,
   "Nia Caradog MS, the Welsh Liberal Democrat member of the Senedd for Brecon, Radnor and Cwm Tawe", OPT)
PO("Emyr Penry", ["captain"], [], D5, "Former club captain Emyr Penry", former=True)
PO("Gwen Pritchard", ["reporter"], ["Express"], D5, "Gwen Pritchard is the Express's reporter for Builth Wells")

REL = []
SYM = {"spouse", "sharesBorderWith"}
def RL(s, p, o, doc, evidence):
    REL.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "status": R,
                "docs": [doc], "evidence": evidence})
RL("Spain", "annexed", "Chafarinas Islands", D1, "Spain annexed the archipelago in 1848")
for t in ["Chafarinas Islands", "Ceuta", "Melilla"]:
    RL("Morocco", "claims", t, D1, "Morocco claims the Chafarinas, which Moroccan officials call the Jaafarine Islands, along with Ceuta and Melilla")
RL("Ras el Ma", "locatedIn", "Nador", D1, "Ras el Ma, a fishing town in the province of Nador")
RL("Algeria", "sharesBorderWith", "Morocco", D1, "Algeria, which shares a long land border with Morocco")
RL("Mimoun Azzouzi", "spouse", "Fatima Zahra Azzouzi", D1, "mends nets with his wife, Fatima Zahra Azzouzi")
RL("Houda Zerhouni", "memberOf", "Istiqlal Party", D1, "Houda Zerhouni, an Istiqlal Party deputy")
RL("Abdelkrim Tahiri", "memberOf", "Party of Justice and Development", D1, "Its deputy leader, Abdelkrim Tahiri")
RL("Spain", "memberOf", "NATO", D1, "Spain and Portugal are both members of NATO")
RL("Portugal", "memberOf", "NATO", D1, "Spain and Portugal are both members of NATO")
RL("Mohammed V University", "locatedIn", "Rabat", D1, "Mohammed V University in Rabat")
RL("Rwanda", "sharesBorderWith", "Burundi", D2, "the border, which the two countries share along more than 300 kilometres")
RL("Tanzania", "sharesBorderWith", "Rwanda", D2, "Tanzania, which borders both Rwanda and Burundi")
RL("Tanzania", "sharesBorderWith", "Burundi", D2, "Tanzania, which borders both Rwanda and Burundi")
RL("Rwanda", "invaded", "Democratic Republic of Congo", D2, "When Rwanda invaded the Democratic Republic of Congo in 1996")
for c in ["Rwanda", "Burundi", "Tanzania", "Uganda", "Kenya"]:
    RL(c, "memberOf", "East African Community", D2,
       "Rwanda, Burundi, Tanzania, Uganda and Kenya are all members of the East African Community")
RL("Epiphanie Mukamana", "spouse", "Védaste Nsengiyumva", D2, "Epiphanie Mukamana, 44, and her husband, Védaste Nsengiyumva")
RL("Aline Mukeshimana", "memberOf", "Rwandan Patriotic Front", D2, "a Member of Parliament from the Rwandan Patriotic Front")
RL("Nyaruguru District", "locatedIn", "Southern Province", D2, "Nyaruguru District lies in Rwanda's Southern Province")
RL("Southern Province", "locatedIn", "Rwanda", D2, "Rwanda's Southern Province")
RL("North Korea", "invaded", "South Korea", D3, "North Korea invaded the South in 1950")
RL("North Korea", "sharesBorderWith", "China", D3, "North Korea and China share a border along the Yalu and Tumen rivers")
RL("Yeonpyeong Island", "locatedIn", "Ongjin County", D3, "Yeonpyeong, which belongs to Ongjin County in Incheon")
RL("Ongjin County", "locatedIn", "Incheon", D3, "Ongjin County in Incheon")
RL("Park Mi-ran", "spouse", "Jung Sang-chul", D3, "with her husband, Jung Sang-chul")
RL("Song Ki-tae", "memberOf", "Democratic Party", D3, "Rep. Song Ki-tae of the Democratic Party")
RL("Kang Eun-jung", "memberOf", "People Power Party", D3, "The ruling People Power Party's floor leader, Rep. Kang Eun-jung")
RL("Ethiopia", "sharesBorderWith", "Somaliland", D4, "Ethiopia, which shares a long border with Somaliland")
for c in ["Somalia", "Ethiopia", "Kenya"]:
    RL(c, "memberOf", "Intergovernmental Authority on Development", D4,
       "Somalia, Ethiopia and Kenya are members of the Intergovernmental Authority on Development (IGAD)")
RL("Abdiweli Nuur Fiqi", "memberOf", "Peace and Development Party", D4, "Abdiweli Nuur Fiqi of the Peace and Development Party")
RL("Sahra Yusuf Jama", "spouse", "Mohamed Cali Xirsi", D4, "with her husband, Mohamed Cali Xirsi")
RL("Las Anod", "locatedIn", "Sool", D4, "Las Anod is located in Sool region")
RL("Sool", "locatedIn", "Somalia", D4, "in Sool region, in northern Somalia")
RL("Somaliland", "claims", "SSC-Khatumo", D4, "Somaliland's claim to SSC-Khatumo")
RL("Gareth Bevan-Lloyd", "spouse", "Sian Bevan-Lloyd", D5, "His wife, Sian Bevan-Lloyd")
RL("Nia Caradog", "memberOf", "Welsh Liberal Democrats", D5, "Nia Caradog MS, the Welsh Liberal Democrat member of the Senedd")
RL("Alun Treharne", "memberOf", "Conservative Party", D5, "Cllr Alun Treharne, a Conservative member")
RL("Builth Wells", "locatedIn", "Powys", D5, "Builth Wells lies in Powys")
RL("Powys", "locatedIn", "Wales", D5, "Powys, in mid Wales")
RL("Usk Valley Design", "locatedIn", "Brecon", D5, "Brecon-based Usk Valley Design")

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": ENT, "not_person": NOT_PERSON,
        "quotes": QUO, "unattributed": UNATTRIBUTED, "stances": ST, "positions": POS, "relations": REL}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
