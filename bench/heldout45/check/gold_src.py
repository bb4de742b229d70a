#!/usr/bin/env python3
"""Writes bench/heldout45/gold.json: the hand-made gold standard for bench/heldout45/articles.

Run:  /work/main/.venv/bin/python bench/heldout45/check/gold_src.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
A1 = "01_hankyoreh_tsushima.txt"
A2 = "02_northafricapost_al_arja.txt"
A3 = "03_cyprusmail_sovereign_bases.txt"
A4 = "04_thecitizen_kagera_salient.txt"
A5 = "05_forfardispatch_whitehills_unit.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = """Gold standard for bench/heldout45 (five invented articles; every person is fictional).

Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
  colon quotes, cue-less continuation paragraphs and every paragraph of a multi-paragraph quote (one key
  per quoted span). `optional` = partial quotes, headline/deck echoes, reported fragments of an unnamed
  body (its country is the speaker). Anonymous speakers are not listed. `unattributed` = quoted strings
  with no speaker (words of a resolution or motion, related headlines, scare quotes).
- stances: polarity follows the wording (accepts/recognises/backs/considers X part of Y -> recognises;
  does not accept / rejects the claim / has never recognised -> doesNotRecognise). The holder is a
  country (its government, capital, ministry or a minister speaking for it). Questions, hypotheticals,
  `is expected to recognise`, motions of parliaments and parties are no stance (listed in `no_stance`
  for the record, not scored). A claimant's own claim is optional.
- positions: `of_any` lists the organisation or country named with the title, or is empty. Former
  titles carry former=true. Parliamentary seats (MP, MSP, Rep.), chairs given by a verb, occupations and
  byline titles are optional; author footers are required.
- relations: spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn, only when stated.
- entities: every person, organisation, country, territory and place named in the text, including
  bylines, photo credits, related links, footers and copyright lines. Rivers, roads, lakes, treaties,
  social platforms, navigation bars and unnamed bodies (`China's foreign ministry`) are not entities.
  Capitals are places, not aliases of their countries. Each entity carries the `docs` it appears in.
"""

E = []
def ent(typ, name, aliases, docs):
    E.append({"type": typ, "name": name, "aliases": aliases, "docs": docs})

P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# --- 01 Hankyoreh / Tsushima
ent(P, "Ha Ji-won", [], [A1]); ent(P, "Baek Seung-ho", [], [A1])
ent(P, "Yoon Dae-hyun", ["Yoon"], [A1]); ent(P, "Kwak Min-seok", ["Kwak"], [A1])
ent(P, "Seo Eun-jung", ["Seo"], [A1]); ent(P, "Kenji Morimoto", ["Morimoto"], [A1])
ent(P, "Gao Lin", ["Gao"], [A1]); ent(P, "Lee Sang-hoon", [], [A1])
ent(P, "Choi Hyun-ah", [], [A1]); ent(P, "Park Hye-rin", [], [A1]); ent(P, "Jung Woo-sung", [], [A1])
ent(O, "The Hankyoreh", ["Hankyoreh"], [A1]); ent(O, "Ministry of Foreign Affairs", [], [A1])
ent(O, "National Assembly", [], [A1]); ent(O, "Democratic Party", [], [A1])
ent(O, "People Power Party", [], [A1]); ent(O, "Pusan National University", [], [A1])
ent(C, "South Korea", ["Republic of Korea"], [A1]); ent(C, "Japan", [], [A1]); ent(C, "Korea", [], [A1])
ent(C, "China", [], [A1])
ent(T, "Tsushima", ["Daemado", "Tsushima Island"], [A1]); ent(T, "Dokdo", [], [A1])
for n in ["Izuhara", "Busan", "Seoul", "Tokyo", "Nagasaki Prefecture", "Hitakatsu", "Beijing"]:
    ent(L, n, [], [A1])
# --- 02 North Africa Post / Al-Arja
for n, a in [("Nadia Bensaid", ["Bensaid"]), ("Karim Ouazzani", []), ("Lahcen Amzil", ["Amzil"]),
             ("Khadija Ouhmad", []), ("Driss Lamrani", ["Lamrani"]), ("Yassine Berrada", ["Berrada"]),
             ("Souad El Idrissi", ["El Idrissi"]), ("Abdelhak Sbai", []), ("Mohamed Tahiri", ["Tahiri"])]:
    ent(P, n, a, [A2])
ent(O, "The North Africa Post", ["North Africa Post", "NAP"], [A2])
ent(O, "Ministry of National Defence", [], [A2]); ent(O, "Istiqlal Party", ["Istiqlal"], [A2])
ent(O, "House of Representatives", [], [A2]); ent(O, "Polisario Front", ["Polisario"], [A2])
ent(O, "Arab Maghreb Union", [], [A2]); ent(O, "Centre for Border Studies", [], [A2])
ent(O, "Mohammed First University", [], [A2])
ent(C, "Morocco", [], [A2]); ent(C, "Algeria", [], [A2])
ent(T, "Al-Arja", ["Al Arja"], [A2]); ent(T, "Western Sahara", [], [A2])
for n, a in [("Figuig", []), ("Oriental region", ["Oriental"]), ("Beni Ounif", []), ("Rabat", []),
             ("Algiers", []), ("Béchar Province", ["Bechar Province"]), ("Tindouf", []), ("Oujda", []),
             ("Zenaga", [])]:
    ent(L, n, a, [A2])
# --- 03 Cyprus Mail / Sovereign Base Areas
for n, a in [("Andria Michael", []), ("Christos Loizou", []), ("Marios Hadjipetrou", ["Hadjipetrou"]),
             ("Eleni Charalambous", ["Charalambous"]), ("Petros Antoniou", ["Antoniou"]),
             ("Laura Pennington", ["Pennington"]), ("Oleg Voronin", ["Voronin"]),
             ("Demetris Georgiou", ["Georgiou"]), ("Kyriacos Pavlou", []), ("Androulla Pavlou", [])]:
    ent(P, n, a, [A3])
ent(O, "Cyprus Mail", [], [A3]); ent(O, "RAF Akrotiri", [], [A3]); ent(O, "Akel", [], [A3])
ent(O, "Disy", [], [A3]); ent(O, "British High Commission", [], [A3]); ent(O, "Tass", [], [A3])
ent(O, "European Union", ["EU"], [A3]); ent(O, "Nato", ["NATO"], [A3])
ent(C, "Cyprus", ["Republic of Cyprus"], [A3]); ent(C, "United Kingdom", ["UK", "Britain"], [A3])
ent(C, "Greece", [], [A3]); ent(C, "Russia", [], [A3]); ent(C, "Turkey", [], [A3])
ent(T, "Sovereign Base Areas", ["Akrotiri and Dhekelia", "Sovereign Base Areas of Akrotiri and Dhekelia"], [A3])
for n, a in [("Limassol", []), ("Ormideia", []), ("Larnaca district", ["Larnaca"]), ("Nicosia", []),
             ("Athens", []), ("Moscow", []), ("Brussels", []), ("Paphos", [])]:
    ent(L, n, a, [A3])
ent(L, "London", [], [A3, A4])
# --- 04 The Citizen / Kagera Salient
for n, a in [("Joyce Mrema", []), ("Ally Kingu", []), ("Neema Mwakalinga", ["Mwakalinga"]),
             ("Robert Kiggundu", ["Kiggundu"]), ("Esther Akello", ["Akello"]),
             ("Felician Rwegasira", []), ("Theresia Rwegasira", []), ("Daniel Kiprono", ["Kiprono"]),
             ("Halima Said", []), ("Joseph Kashaija", ["Kashaija"]), ("Moses Nsubuga", [])]:
    ent(P, n, a, [A4])
ent(O, "The Citizen", [], [A4]); ent(O, "Bunge", [], [A4]); ent(O, "Parliament of Uganda", [], [A4])
ent(O, "National Unity Platform", ["NUP"], [A4]); ent(O, "East African Community", ["EAC"], [A4])
ent(O, "University of Dar es Salaam", [], [A4]); ent(O, "Mwananchi Communications Ltd", ["Mwananchi Communications"], [A4])
ent(C, "Tanzania", [], [A4]); ent(C, "Uganda", [], [A4]); ent(C, "Kenya", [], [A4]); ent(C, "Rwanda", [], [A4])
ent(T, "Kagera Salient", [], [A4])
for n, a in [("Mutukula", []), ("Missenyi District", ["Missenyi"]), ("Kagera Region", []),
             ("Dar es Salaam", []), ("Dodoma", []), ("Kampala", []), ("Kyaka", []), ("Nairobi", []),
             ("Arusha", []), ("Buganda", []), ("Kyadondo East", []), ("Bukoba", [])]:
    ent(L, n, a, [A4])
# --- 05 Forfar Dispatch / Whitehills
for n, a in [("Fiona Lindsay", []), ("Graeme Soutar", []), ("Moira Ogilvie", ["Ogilvie"]),
             ("Alasdair Whyte", ["Whyte"]), ("Karen Mutch", ["Mutch"]), ("Brian Stirling", ["Stirling"]),
             ("Lorna Buchan", ["Buchan"]), ("Jim Petrie", []), ("Sandra Petrie", [])]:
    ent(P, n, a, [A5])
for n, a in [("Forfar Dispatch", ["Dispatch"]), ("Whitehills Health and Community Care Centre", ["Whitehills"]),
             ("NHS Tayside", []), ("Forfar and District Patients' Forum", []), ("Ninewells Hospital", ["Ninewells"]),
             ("Angus Council", []), ("SNP", []), ("Scottish Conservatives", []), ("Forfar Golf Club", []),
             ("NHS 24", []), ("National World Publishing Ltd", ["National World Publishing"])]:
    ent(O, n, a, [A5])
for n, a in [("Forfar", []), ("Angus", []), ("Dundee", []), ("Kirriemuir", []), ("Angus North and Mearns", [])]:
    ent(L, n, a, [A5])

NOT_PERSON = [
    "Hankyoreh", "Tsushima", "Daemado", "Izuhara", "Hitakatsu", "Busan", "Joseon", "Dokdo", "Pusan",
    "Korean", "Koreans", "Moroccan", "Algerian", "Cypriots", "Greek", "Ugandan", "Tanzanian", "Kenyan", "Rep.", "Nagasaki", "Seoul", "Tokyo",
    "Figuig", "Al-Arja", "Zenaga", "Beni Ounif", "Béchar", "Tindouf", "Oujda", "Istiqlal", "Polisario",
    "Oriental", "Rabat", "Algiers",
    "Cyprus Mail", "Akrotiri", "Dhekelia", "Ormideia", "Akel", "Disy", "Tass", "Limassol", "Nicosia",
    "mukhtar", "Paphos",
    "Mutukula", "Missenyi", "Kagera", "Kyaka", "Buganda", "Bunge", "Mzee", "Bi", "Kyadondo East",
    "Dar es Salaam", "Mwananchi", "Bukoba", "Dodoma",
    "Whitehills", "Ninewells", "Kirriemuir", "Forfar", "Angus", "NHS Tayside", "Tayside", "Provost",
    "Forfar Dispatch", "Mearns",
]

Q = []
def q(speaker, key, doc, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})

# 01
q("Yoon Dae-hyun", "Tsushima is Japanese territory, full stop", A1)
q("Yoon Dae-hyun", "The government does not claim it and will not claim it", A1)
q("Yoon Dae-hyun", "a matter for the legislature to settle within its own walls", A1, "optional")
q("Kwak Min-seok", "Nobody is proposing to send a fleet", A1)
q("Kwak Min-seok", "We are asking the government to read the Joseon-era records honestly", A1)
q("Seo Eun-jung", "a gift to every nationalist in Tokyo", A1, "optional")
q("Seo Eun-jung", "Every time we question Tsushima, Japan gets to say", A1)
q("Seo Eun-jung", "It weakens our hand on Dokdo, and the sponsors know it", A1)
q("Kenji Morimoto", "quick and clear", A1, "optional")
q("Kenji Morimoto", "Tsushima has been part of Japan for as long as there has been a Japan", A1)
q("Kenji Morimoto", "We regard this as a domestic debate in Korea", A1)
q("Gao Lin", "China considers Tsushima part of Japan", A1)
q("Gao Lin", "We hope our neighbors handle their differences calmly", A1)
q("Lee Sang-hoon", "far thinner evidence than people assume", A1, "optional")
q("Lee Sang-hoon", "There are Joseon maps that paint Daemado in Korean colors", A1)
q("Choi Hyun-ah", "would not survive ten minutes of cross-examination", A1, "optional")
q("Park Hye-rin", "Half our passengers in summer are Japanese cyclists", A1)
q("Jung Woo-sung", "Every few years somebody discovers Daemado", A1)
# 02
q("Lahcen Amzil", "They fenced in the graves of our grandfathers", A2)
q("Lahcen Amzil", "We used to sleep under those trees in August", A2)
q("Khadija Ouhmad", "Paper does not move soldiers", A2)
q("Driss Lamrani", "Morocco respects its signature", A2)
q("Driss Lamrani", "The farmers of Figuig will be compensated", A2)
q("Driss Lamrani", "will not be drawn into a quarrel over a fence", A2, "optional")
q("Ministry of National Defence", "carried out on national territory, in full conformity with the treaties in force", A2, "optional")
q("Yassine Berrada", "How many more kilometres of palms must Figuig lose", A2)
q("Yassine Berrada", "These families are not asking for a war", A2)
q("Souad El Idrissi", "a message to Rabat more than to the farmers", A2, "optional")
q("Souad El Idrissi", "Algiers is showing that it controls its side of the line", A2)
q("Souad El Idrissi", "For the families, the treaty means nothing", A2)
q("Mohamed Tahiri", "polite and empty", A2, "optional")
q("Mohamed Tahiri", "The governor listened. Listening does not water a palm", A2)
# 03
q("Marios Hadjipetrou", "under the treaty we signed", A3, "optional")
q("Marios Hadjipetrou", "The bases are British under the treaty we signed", A3)
q("Eleni Charalambous", "For sixty-seven years we have been told that the bases are a technicality", A3)
q("Eleni Charalambous", "We are not asking anyone to storm a gate", A3)
q("Petros Antoniou", "theatre for the Akel base", A3, "optional")
q("Petros Antoniou", "Akel wants to pick a fight with London that it knows it cannot win", A3)
q("Laura Pennington", "The UK's position on the Sovereign Base Areas is clear and unchanged", A3)
q("Greece", "respects the treaties in their entirety", A3, "optional")
q("Oleg Voronin", "a relic of empire", A3, "optional")
q("Demetris Georgiou", "If Nicosia withdrew recognition tomorrow, not a single British soldier would pack a bag", A3)
q("Demetris Georgiou", "The treaty has no exit clause", A3)
q("Akel", "should pay rent", A3, "optional")
q("Kyriacos Pavlou", "Every five years a politician comes here and discovers that we exist", A3)
q("Androulla Pavlou", "Let them come and try to get a building permit", A3)
# 04
q("Neema Mwakalinga", "rejects any claim by Uganda or by any Ugandan to the Kagera Salient", A4, "optional")
q("Neema Mwakalinga", "This land is Tanzanian. It was Tanzanian before 1978", A4)
q("Neema Mwakalinga", "Our soldiers did not die in Kagera so that the question could be reopened", A4)
q("Robert Kiggundu", "I am not calling for war, I am calling for history", A4)
q("Esther Akello", "Uganda acknowledges the Kagera Salient as Tanzanian territory", A4)
q("Felician Rwegasira", "I buried two neighbours in November 1978", A4)
q("Daniel Kiprono", "Borders in our community were settled long ago", A4)
q("Halima Said", "Even if Parliament in Kampala passed it unanimously, it would bind nobody", A4)
q("Joseph Kashaija", "Life at Mutukula goes on as normal", A4)
# 05
q("Moira Ogilvie", "busy but calm", A5, "optional")
q("Moira Ogilvie", "No more hour-long drives to Dundee for a sprained ankle", A5, "optional")
q("Moira Ogilvie", "We saw a farmer with a gashed hand", A5)
q("Moira Ogilvie", "That's what people asked for, and that's what they've got", A5)
q("Alasdair Whyte", "almost given up", A5, "optional")
q("Alasdair Whyte", "I wrote the first letter in 2022", A5)
q("Karen Mutch", "Every patient treated here is a patient who doesn't wait four hours in Dundee", A5)
q("Lorna Buchan", "This is what a community can do when it refuses to take no for an answer", A5)
q("Brian Stirling", "I'll be honest, I hope I never need it", A5)
q("Sandra Petrie", "We were in and out in forty minutes", A5)

UNATTRIBUTED = [
    "historically Korean land", "open a scholarly and diplomatic review", "Daemado",
    "No talks without the border",
    "Guests who never left",
    "land taken from Buganda by colonial surveyors",
]

S = []
def st(country, stance, terr, doc, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "evidence": evidence, "status": status})

TSU = ["Tsushima", "Daemado"]
st("South Korea", "recognises", TSU, A1, "saying Seoul recognizes Japan’s sovereignty over the island")
st("Japan", "doesNotRecognise", TSU, A1, "the Japanese government does not accept any Korean claim to Tsushima")
st("Japan", "recognises", TSU, A1, "Japan considers Tsushima an integral part of its territory", "optional")
st("China", "recognises", TSU, A1, "China considers Tsushima part of Japan")
st("Morocco", "recognises", ["Al-Arja", "Al Arja"], A2, "Rabat acknowledges Algerian sovereignty over Al-Arja")
st("Algeria", "recognises", ["Al-Arja", "Al Arja"], A2, "Algiers considers Al-Arja part of Béchar Province", "optional")
st("Algeria", "doesNotRecognise", ["Western Sahara"], A2, "Algeria, which does not recognise Moroccan sovereignty over Western Sahara")
st("Morocco", "recognises", ["Western Sahara"], A2, "Western Sahara, which Morocco claims", "optional")
SBA = ["Sovereign Base Area", "Akrotiri and Dhekelia"]
st("Cyprus", "recognises", SBA, A3, "it recognises the Sovereign Base Areas of Akrotiri and Dhekelia as British territory")
st("United Kingdom", "recognises", SBA, A3, "The UK considers Akrotiri and Dhekelia sovereign British territory", "optional")
st("Greece", "recognises", SBA, A3, "backs British sovereignty over the Sovereign Base Areas")
st("Russia", "doesNotRecognise", SBA, A3, "Moscow has never recognised the Sovereign Base Areas as British territory")
st("Tanzania", "doesNotRecognise", ["Kagera Salient"], A4, "Tanzania \"rejects any claim by Uganda or by any Ugandan to the Kagera Salient")
st("Tanzania", "recognises", ["Kagera Salient"], A4, "This land is Tanzanian.", "optional")
st("Uganda", "recognises", ["Kagera Salient"], A4, "Uganda acknowledges the Kagera Salient as Tanzanian territory")
st("Kenya", "recognises", ["Kagera Salient"], A4, "Kenya backs Tanzania's sovereignty over the Kagera Salient")

NO_STANCE = [
    (A1, "Would Beijing seize on the row?"),
    (A2, "Could the row affect the treaty itself?"),
    (A3, "a motion calling on Nicosia to withdraw that recognition"),
    (A3, "Would a withdrawal of recognition make any practical difference?"),
    (A3, "If Nicosia withdrew recognition tomorrow"),
    (A4, "Rwanda is expected to recognise whatever position the EAC summit adopts"),
    (A4, "Even if Parliament in Kampala passed it unanimously"),
]

POS = []
def pos(person, titles, of, doc, evidence, status="required", former=False):
    POS.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc],
                "evidence": evidence, "status": status, "former": former})

pos("Yoon Dae-hyun", ["spokesperson"], ["Ministry of Foreign Affairs", "ministry"], A1, "Yoon Dae-hyun, the ministry’s spokesperson")
pos("Kwak Min-seok", ["Rep.", "lawmaker", "representative"], [], A1, "Rep. Kwak Min-seok", "optional")
pos("Kwak Min-seok", ["chair"], ["special committee on historical records"], A1, "Kwak, who chairs the Assembly’s special committee on historical records", "optional")
pos("Seo Eun-jung", ["lawmaker", "Rep."], [], A1, "Rep. Seo Eun-jung, a People Power Party lawmaker", "optional")
pos("Kenji Morimoto", ["Chief Cabinet Secretary"], [], A1, "Chief Cabinet Secretary Kenji Morimoto")
pos("Gao Lin", ["spokesperson"], ["China", "foreign ministry"], A1, "Gao Lin, a spokesperson for China’s foreign ministry")
pos("Lee Sang-hoon", ["professor"], ["Pusan National University"], A1, "Lee Sang-hoon, a professor of East Asian history at Pusan National University")
pos("Choi Hyun-ah", ["ambassador"], ["Japan", "South Korea"], A1, "Choi Hyun-ah, a former South Korean ambassador to Japan", former=True)
pos("Park Hye-rin", ["ferry operator"], [], A1, "ferry operator Park Hye-rin", "optional")
pos("Ha Ji-won", ["staff reporter", "reporter"], [], A1, "Ha Ji-won, staff reporter", "optional")
pos("Driss Lamrani", ["spokesman", "spokesperson"], [], A2, "government spokesman Driss Lamrani")
pos("Yassine Berrada", ["member"], ["House of Representatives"], A2, "an Istiqlal Party member of the House of Representatives", "optional")
pos("Souad El Idrissi", ["head"], ["Centre for Border Studies"], A2, "Souad El Idrissi, who heads the Centre for Border Studies")
pos("Abdelhak Sbai", ["governor"], ["Figuig"], A2, "Figuig's provincial governor, Abdelhak Sbai")
pos("Mohamed Tahiri", ["head"], [], A2, "Mohamed Tahiri, the head of the local irrigation cooperative")
pos("Marios Hadjipetrou", ["spokesman", "spokesperson"], [], A3, "Government spokesman Marios Hadjipetrou")
pos("Eleni Charalambous", ["MP"], [], A3, "Akel MP Eleni Charalambous", "optional")
pos("Petros Antoniou", ["MP"], [], A3, "Disy MP Petros Antoniou", "optional")
pos("Petros Antoniou", ["chair"], ["committee"], A3, "who chairs the committee", "optional")
pos("Laura Pennington", ["spokeswoman", "spokesperson"], ["British High Commission"], A3, "A spokeswoman for the British High Commission, Laura Pennington")
pos("Oleg Voronin", ["ambassador"], ["Russia", "Moscow"], A3, "ambassador Oleg Voronin")
pos("Demetris Georgiou", ["attorney-general", "attorney general"], [], A3, "Demetris Georgiou, a former attorney-general", former=True)
pos("Kyriacos Pavlou", ["mukhtar"], ["Ormideia"], A3, "mukhtar Kyriacos Pavlou")
pos("Andria Michael", ["political reporter", "reporter"], ["Cyprus Mail"], A3, "Andria Michael is a political reporter at the Cyprus Mail")
pos("Neema Mwakalinga", ["Minister"], ["Foreign Affairs"], A4, "Minister for Foreign Affairs and East African Co-operation Dr Neema Mwakalinga")
pos("Robert Kiggundu", ["MP"], ["Kyadondo East"], A4, "Kyadondo East MP Robert Kiggundu", "optional")
pos("Esther Akello", ["Minister of State"], ["Uganda", "Foreign Affairs"], A4, "Uganda's Minister of State for Foreign Affairs (Regional Cooperation), Ms Esther Akello")
pos("Daniel Kiprono", ["High Commissioner"], ["Nairobi", "Kenya"], A4, "Nairobi's High Commissioner in Dar es Salaam, Mr Daniel Kiprono")
pos("Halima Said", ["lecture"], ["University of Dar es Salaam"], A4, "Dr Halima Said, who lectures in political science at the University of Dar es Salaam", "optional")
pos("Joseph Kashaija", ["Regional Commissioner"], ["Kagera"], A4, "Kagera Regional Commissioner Joseph Kashaija")
pos("Moira Ogilvie", ["senior charge nurse", "charge nurse"], [], A5, "Senior charge nurse Moira Ogilvie")
pos("Alasdair Whyte", ["convener"], ["Forfar and District Patients' Forum", "Patients' Forum"], A5, "Its convener, retired GP Dr Alasdair Whyte")
pos("Alasdair Whyte", ["GP"], [], A5, "retired GP Dr Alasdair Whyte", former=True)
pos("Karen Mutch", ["chief executive"], ["NHS Tayside"], A5, "NHS Tayside's chief executive, Dr Karen Mutch")
pos("Brian Stirling", ["provost"], ["Angus Council"], A5, "Angus Council's provost, Councillor Brian Stirling")
pos("Brian Stirling", ["Councillor"], [], A5, "Councillor Brian Stirling", "optional")
pos("Lorna Buchan", ["MSP"], ["Angus North and Mearns"], A5, "Angus North and Mearns MSP Lorna Buchan", "optional")
pos("Fiona Lindsay", ["health reporter", "reporter"], ["Dispatch"], A5, "Fiona Lindsay is the Dispatch's health reporter")

R = []
SYM = {"spouse", "sharesBorderWith"}
def rel(s, p, o, doc, evidence):
    R.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "docs": [doc],
              "evidence": evidence, "status": "required"})

rel("Tsushima", "locatedIn", "Nagasaki Prefecture", A1, "is administered as part of Japan’s Nagasaki Prefecture")
rel("Nagasaki Prefecture", "locatedIn", "Japan", A1, "Japan’s Nagasaki Prefecture")
rel("Izuhara", "locatedIn", "Tsushima", A1, "Izuhara, the main town on Tsushima")
rel("Hitakatsu", "locatedIn", "Tsushima", A1, "Hitakatsu, on Tsushima’s northern tip")
rel("Kwak Min-seok", "memberOf", "Democratic Party", A1, "Rep. Kwak Min-seok of the Democratic Party")
rel("Seo Eun-jung", "memberOf", "People Power Party", A1, "Rep. Seo Eun-jung, a People Power Party lawmaker")
rel("Japan", "invaded", "Korea", A1, "Japan’s invasion of Korea in 1592")
rel("Japan", "annexed", "Korea", A1, "Japan annexed Korea in 1910")
rel("Park Hye-rin", "spouse", "Jung Woo-sung", A1, "with her husband, Jung Woo-sung")
rel("Morocco", "sharesBorderWith", "Algeria", A2, "the 1,559-kilometre border Morocco shares with Algeria")
rel("Figuig", "locatedIn", "Oriental region", A2, "Figuig, a desert town in Morocco's Oriental region")
rel("Oriental region", "locatedIn", "Morocco", A2, "Morocco's Oriental region")
rel("Beni Ounif", "locatedIn", "Algeria", A2, "the Algerian town of Beni Ounif")
rel("Zenaga", "locatedIn", "Figuig", A2, "the ksar of Zenaga in Figuig")
rel("Lahcen Amzil", "spouse", "Khadija Ouhmad", A2, "His wife, Khadija Ouhmad")
rel("Yassine Berrada", "memberOf", "Istiqlal Party", A2, "Yassine Berrada, an Istiqlal Party member")
rel("Morocco", "memberOf", "Arab Maghreb Union", A2, "Morocco and Algeria are both members of the Arab Maghreb Union")
rel("Algeria", "memberOf", "Arab Maghreb Union", A2, "Morocco and Algeria are both members of the Arab Maghreb Union")
rel("Morocco", "claims", "Western Sahara", A2, "Western Sahara, which Morocco claims")
rel("Mohammed First University", "locatedIn", "Oujda", A2, "Mohammed First University in Oujda")
rel("Cyprus", "memberOf", "European Union", A3, "The Republic of Cyprus, an EU member since 2004")
rel("United Kingdom", "memberOf", "Nato", A3, "Britain and Greece are both members of Nato")
rel("Greece", "memberOf", "Nato", A3, "Britain and Greece are both members of Nato")
rel("Turkey", "invaded", "Cyprus", A3, "Turkey, the third guarantor, invaded Cyprus in 1974")
rel("Ormideia", "locatedIn", "Larnaca district", A3, "Ormideia, a village in the Larnaca district")
rel("Eleni Charalambous", "memberOf", "Akel", A3, "Akel MP Eleni Charalambous")
rel("Petros Antoniou", "memberOf", "Disy", A3, "Disy MP Petros Antoniou")
rel("Kyriacos Pavlou", "spouse", "Androulla Pavlou", A3, "His wife, Androulla Pavlou")
rel("Tanzania", "sharesBorderWith", "Uganda", A4, "Tanzania, which shares a border of about 400 kilometres with Uganda")
rel("Uganda", "invaded", "Tanzania", A4, "Uganda invaded Tanzania in October 1978")
rel("Uganda", "annexed", "Kagera Salient", A4, "announced that it had annexed the salient")
rel("Tanzania", "invaded", "Uganda", A4, "Tanzanian forces drove its troops back across the border and invaded Uganda in early 1979")
rel("Felician Rwegasira", "spouse", "Theresia Rwegasira", A4, "His wife, Bi Theresia Rwegasira")
rel("Kyaka", "locatedIn", "Missenyi District", A4, "Kyaka, in Missenyi District")
rel("Missenyi District", "locatedIn", "Kagera Region", A4, "Missenyi District, Kagera Region")
rel("Mutukula", "locatedIn", "Missenyi District", A4, "the Mutukula border post in Missenyi District")
rel("Robert Kiggundu", "memberOf", "National Unity Platform", A4, "Robert Kiggundu of the National Unity Platform (NUP)")
for c in ["Kenya", "Tanzania", "Uganda"]:
    rel(c, "memberOf", "East African Community", A4, "Kenya, Tanzania and Uganda are all members of the East African Community (EAC)")
rel("Whitehills Health and Community Care Centre", "locatedIn", "Forfar", A5, "Whitehills Health and Community Care Centre in Forfar")
rel("Forfar", "locatedIn", "Angus", A5, "Forfar, the county town of Angus")
rel("Ninewells Hospital", "locatedIn", "Dundee", A5, "Ninewells Hospital in Dundee")
rel("Lorna Buchan", "memberOf", "SNP", A5, "MSP Lorna Buchan (SNP)")
rel("Brian Stirling", "memberOf", "Scottish Conservatives", A5, "Councillor Stirling, a Scottish Conservatives member")
rel("Jim Petrie", "spouse", "Sandra Petrie", A5, "His wife, Sandra Petrie")

gold = {
    "about": ABOUT,
    "documents": DOCS,
    "near_duplicates": [],
    "entities": E,
    "not_person": NOT_PERSON,
    "quotes": Q,
    "unattributed": UNATTRIBUTED,
    "stances": S,
    "no_stance": [{"doc": d, "evidence": e} for d, e in NO_STANCE],
    "positions": POS,
    "relations": R,
}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE.parent / "gold.json")
