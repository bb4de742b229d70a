#!/usr/bin/env python3
"""Writes bench/heldout59/gold.json from the hand-made facts below."""
import json
from pathlib import Path

ABOUT = """Hand-made gold for bench/heldout59 (five invented articles; every person is fictional).
Conventions: `key` is a verbatim stretch of the quote's own words. `required` quotes are full statements
with an explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
colon quotes, continuation paragraphs and every paragraph of a multi-paragraph quote; partial quotes,
headline/deck echoes and second holders of the same words are `optional`. Anonymous speakers are not
listed. `unattributed` lists quoted strings with no speaker. Stances: holder is the country (also when the
text names its government, ministry, capital or a minister speaking for it); questions, hypotheticals and
`is expected to recognise` are not stances (listed under `non_stances` for the record only). Own claims are
optional. Positions carry `former`. Relations are all stated in the text; entities carry the documents that
mention them. Capitals used only as stand-ins for their state are not listed as entities."""

D1, D2, D3, D4, D5 = ("01_philstar_pagasa.txt", "02_fbcnews_rotuma.txt", "03_malaymail_camar_bulan.txt",
                      "04_thechanzo_zanzibar_front.txt", "05_newvision_jinja_maternity.txt")
ents = []
def E(t, name, aliases, docs):
    ents.append({"type": t, "name": name, "aliases": aliases, "docs": docs})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# shared
E(C, "Japan", [], [D1, D3, D5]); E(C, "Malaysia", [], [D1, D3]); E(C, "Australia", [], [D1, D2])
E(O, "Association of Southeast Asian Nations", ["ASEAN"], [D1, D3]); E(C, "Uganda", [], [D4, D5])
# 1
for n, a in [("Marites Calderon-Yap", ["Calderon-Yap"]), ("Joven Pacis", ["Pacis"]),
             ("Ligaya Sarmiento-Abad", ["Sarmiento-Abad"]), ("Eliseo Manalastas", ["Manalastas"]),
             ("Tang Weiqiong", []), ("Lam Thu Trang", []), ("Hiroki Sanada", ["Sanada"]),
             ("Rodel Dimaculangan", ["Dimaculangan"]), ("Teresita Dimaculangan", []),
             ("Rufino Estrellado", ["Estrellado"]), ("Augusto Lagdameo", ["Lagdameo"]),
             ("Jericho Palomares", ["Palomares"])]:
    E(P, n, a, [D1])
for n, a in [("Department of Foreign Affairs", ["DFA"]), ("Philippine Coast Guard", []),
             ("The Philippine Star", ["Philippine Star", "The STAR"]), ("Nacionalista Party", []),
             ("Ateneo de Manila University", [])]:
    E(O, n, a, [D1])
for n, a in [("Philippines", ["the Philippines"]), ("China", []), ("Vietnam", [])]:
    E(C, n, a, [D1])
E(T, "Pag-asa Island", ["Pag-asa", "Zhongye Dao", "Dao Thi Tu"], [D1])
E(T, "Spratly Islands", ["Spratlys", "Nansha Qundao", "Truong Sa archipelago"], [D1])
for n, a in [("Kalayaan", []), ("Palawan", []), ("Pasay City", [])]:
    E(L, n, a, [D1])
# 2
for n, a in [("Salote Vunivalu", ["Vunivalu"]), ("Peni Waqairatu", []), ("Litia Seruvatu", ["Seruvatu"]),
             ("Sarote Rigamoto", ["Rigamoto"]), ("Aisea Marafu", ["Marafu"]), ("Mere Marafu", []),
             ("Siosaia Fakatava", ["Fakatava"]), ("Grace Holloway-Pike", ["Holloway-Pike"]),
             ("Dominic Ageidu", ["Ageidu"]), ("Kalisito Tuilagi", ["Tuilagi", "Dr Kalisito Tuilagi"]),
             ("Viliame Rokosuka", ["Rokosuka"]), ("Jione Fatiaki", ["Fatiaki"])]:
    E(P, n, a, [D2])
for n, a in [("FBC News", ["Fiji Broadcasting Corporation"]), ("Rotuma Sovereignty Movement", []),
             ("Rotuma Island Council", []), ("Rotuma Hospital", []), ("University of the South Pacific", []),
             ("Pacific Islands Forum", []), ("Social Democratic Liberal Party", ["SODELPA"])]:
    E(O, n, a, [D2])
for n in ["Fiji", "Tonga", "Tuvalu", "New Zealand", "Nauru", "Vanuatu"]:
    E(C, n, [], [D2])
E(T, "Rotuma", [], [D2]); E(T, "Republic of Rotuma", [], [D2])
for n in ["Ahau", "Auckland", "Brisbane", "Nuku'alofa", "Lautoka", "Viti Levu", "Oinafa"]:
    E(L, n, [], [D2])
# 3
for n, a in [("Nurul Ain Jaafar", []), ("Sulaiman Tajudin", []),
             ("Rosli Merikan", ["Rosli", "Datuk Amar Rosli Merikan"]),
             ("Faridah Kamaruddin", ["Faridah", "Datuk Seri Faridah Kamaruddin"]),
             ("Rahmat Wibisono", ["Rahmat"]), ("Yohana Sitompul", []), ("Suryadi Ramlan", ["Suryadi"]),
             ("Lim Wei Sheng", ["Dr Lim"]), ("Zulkarnain Haris", ["Tan Sri Zulkarnain Haris"]),
             ("Awang Sepawi", ["Awang"]), ("Dayang Norliza Abang Ali", [])]:
    E(P, n, a, [D3])
for n, a in [("Malay Mail", []), ("Parti Pesaka Bumiputera Bersatu", ["PBB"]), ("Wisma Putra", []),
             ("Indonesian Democratic Party of Struggle", ["PDI-P"]),
             ("Universiti Malaysia Sarawak", ["Unimas"]), ("Kompas TV", []), ("Dewan Rakyat", [])]:
    E(O, n, a, [D3])
for n in ["Indonesia", "Singapore", "Brunei"]:
    E(C, n, [], [D3])
E(T, "Camar Bulan", [], [D3])
for n, a in [("Sarawak", []), ("Tanjung Datu", []), ("Telok Melano", ["Kampung Telok Melano"]),
             ("Lundu", []), ("Borneo", []), ("Sambas Regency", []), ("West Kalimantan", []),
             ("Sematan", []), ("Kuching", []), ("Putrajaya", [])]:
    E(L, n, a, [D3])
# 4
for n, a in [("Halima Mzee Juma", []), ("Omar Kheri Suleiman", []),
             ("Suleiman Abdalla Bakari", ["Bakari", "Mr Bakari"]), ("Neema Kilonzo", ["Kilonzo"]),
             ("Mwanaisha Haji Khamis", ["Hon. Mwanaisha"]), ("Khamis Ali Othman", ["Othman", "Mr Othman"]),
             ("Riziki Omar Said", []), ("Joseph Wafula Nyongesa", ["Nyongesa", "Dr Nyongesa"]),
             ("Celeste Mabunda", ["Mabunda"]), ("Fatma Said Mohammed", []),
             ("Abdulrahman Juma Makame", ["Makame", "Mr Makame"])]:
    E(P, n, a, [D4])
for n, a in [("The Chanzo", []), ("Zanzibar Independence Front", []), ("United Nations", ["UN"]),
             ("State University of Zanzibar", []), ("Revolutionary Government of Zanzibar", []),
             ("ACT-Wazalendo", []), ("African Union", ["AU"]), ("East African Community", []),
             ("University of Dar es Salaam", []), ("Zanzibar Leo", [])]:
    E(O, n, a, [D4])
for n, a in [("Tanzania", ["United Republic of Tanzania"]), ("Kenya", []), ("Mozambique", []),
             ("Comoros", ["The Comoros"])]:
    E(C, n, a, [D4])
E(T, "Zanzibar", [], [D4]); E(T, "People's Republic of Zanzibar and Pemba", [], [D4])
for n, a in [("Pemba Island", ["Pemba"]), ("Unguja", []), ("Stone Town", []), ("Chake Chake", []),
             ("Wete", []), ("Mkokotoni", []), ("Dodoma", []), ("Dar es Salaam", []), ("London", [])]:
    E(L, n, a, [D4])
# 5
for n, a in [("Esther Nabirye Kintu", []), ("Ronald Ssekandi Mukasa", []),
             ("Patience Auma Wandera", ["Wandera", "Dr Wandera"]), ("Grace Nakibuuka Ssali", ["Nakibuuka"]),
             ("Moses Kagoda Waiswa", ["Waiswa"]), ("Rose Namusoke Bwire", ["Ms Bwire"]), ("Peter Bwire", []),
             ("Hadijah Nakato", ["Nakato", "Mrs Hadijah Nakato"]), ("Swaibu Mugoya", []),
             ("Brian Kiirya Tenywa", ["Tenywa"]), ("Takeshi Onodera", ["Onodera"]),
             ("Samuel Mwesigwa Okello", []), ("Yusuf Mutyaba Kiira", [])]:
    E(P, n, a, [D5])
for n, a in [("New Vision", []), ("Vision Group", []), ("Jinja Regional Referral Hospital", []),
             ("Japan International Cooperation Agency", ["JICA"]), ("Bugembe Health Centre IV", []),
             ("National Resistance Movement", ["NRM"]), ("Busoga Kingdom", [])]:
    E(O, n, a, [D5])
for n, a in [("Jinja", ["Jinja City"]), ("Busoga", []), ("Kamuli", []), ("Iganga", []), ("Mayuge", []),
             ("Eastern Region", []), ("Lake Victoria", []), ("Budondo", []), ("Jinja North Division", [])]:
    E(L, n, a, [D5])

quotes = []
def Q(spk, key, doc, st="required"):
    quotes.append({"speaker": spk, "key": key, "docs": [doc], "status": st})
# 1
Q("Ligaya Sarmiento-Abad", "We have sent a note verbale to the Chinese Embassy", D1)
Q("Ligaya Sarmiento-Abad", "deliberate, provocative and unlawful", D1, "optional")
Q("Eliseo Manalastas", "Nobody negotiates away Pag-asa", D1)
Q("Eliseo Manalastas", "We ask our friends to say plainly what the law already says", D1)
Q("Tang Weiqiong", "sovereignty over Nansha Qundao and its adjacent waters has a solid historical basis", D1)
Q("Tang Weiqiong", "sheltering from bad weather", D1, "optional")
Q("Lam Thu Trang", "All activities in the Truong Sa archipelago without", D1)
Q("Vietnam", "All activities in the Truong Sa archipelago without", D1, "optional")
Q("Hiroki Sanada", "Japan stands with the Philippines. Coercion at sea must not be rewarded", D1)
Q("Rodel Dimaculangan", "They shine their lights at us at night", D1)
Q("Rodel Dimaculangan", "But we will not leave. This island is our home", D1)
Q("Rufino Estrellado", "We cannot defend what we cannot reach", D1)
Q("Augusto Lagdameo", "In my time, they came in fives and tens", D1)
Q("Augusto Lagdameo", "a test of patience", D1, "optional")
Q("Jericho Palomares", "Everyone in this sea remembers 1988", D1)
# 2
Q("Litia Seruvatu", "Rotuma is and will remain part of Fiji", D2)
Q("Litia Seruvatu", "is and will remain part of Fiji", D2, "optional")
Q("Litia Seruvatu", "Nobody on Rotuma was asked about this", D2)
Q("Sarote Rigamoto", "Our island was handed to Fiji in 1881 without a vote", D2)
Q("Sarote Rigamoto", "waited long enough", D2, "optional")
Q("Aisea Marafu", "I have spoken to all seven district chiefs", D2)
Q("Aisea Marafu", "the real problem is the boat that comes once a month", D2)
Q("Siosaia Fakatava", "Fiji is a friend and a neighbour", D2)
Q("Grace Holloway-Pike", "We have many Rotuman families in New Zealand", D2)
Q("Grace Holloway-Pike", "position on Fiji\u2019s territory has not changed", D2)
Q("Dominic Ageidu", "made in error by a junior officer", D2, "optional")
Q("Kalisito Tuilagi", "If Canberra ever recognised a body like this", D2)
Q("Viliame Rokosuka", "When people feel forgotten, they go looking for new flags", D2)
# 3
Q("Rosli Merikan", "Camar Bulan has been part of Sarawak since before Malaysia was formed", D3)
Q("Rosli Merikan", "We respect our Indonesian friends", D3)
Q("Rosli Merikan", "Not one inch of Camar Bulan will be given up", D3, "optional")
Q("Rosli Merikan", "one inch", D3, "optional")
Q("Faridah Kamaruddin", "We have agreed on most of the land border", D3)
Q("Faridah Kamaruddin", "friendly but slow", D3, "optional")
Q("Rahmat Wibisono", "Indonesia does not accept any marker placed unilaterally", D3)
Q("Yohana Sitompul", "Our government must not blink", D3)
Q("Suryadi Ramlan", "The people here do not care much for maps", D3)
Q("Lim Wei Sheng", "Both sides are reading the same watershed clause", D3)
Q("Zulkarnain Haris", "We were one meeting away in 2012", D3)
Q("Awang Sepawi", "They plant a post, they take a photo", D3)
# 4
Q("Neema Kilonzo", "The Union is not up for discussion by email", D4)
Q("Neema Kilonzo", "Zanzibar has its own President", D4)
Q("Tanzania", "a letter without a country", D4, "optional")
Q("Suleiman Abdalla Bakari", "We are not asking anyone to fight", D4)
Q("Suleiman Abdalla Bakari", "The islands were a state before 1964", D4)
Q("Suleiman Abdalla Bakari", "That is all we want: a vote", D4)
Q("Mwanaisha Haji Khamis", "These people left years ago", D4)
Q("Khamis Ali Othman", "They have handed the government an easy headline", D4)
Q("Joseph Wafula Nyongesa", "Nairobi has one partner on this coast", D4)
Q("Fatma Said Mohammed", "Admission needs the Security Council", D4)
Q("Abdulrahman Juma Makame", "A state is not made in a Zoom meeting", D4)
# 5
Q("Patience Auma Wandera", "No more mothers sleeping on the floor. We used to have 70 women", D5)
Q("Patience Auma Wandera", "Today every mother has a bed", D5)
Q("Patience Auma Wandera", "No more mothers sleeping on the floor", D5, "optional")
Q("Grace Nakibuuka Ssali", "A building does not deliver babies", D5)
Q("Moses Kagoda Waiswa", "Ambulances get stuck in the mud here", D5)
Q("Rose Namusoke Bwire", "I have delivered babies by torchlight", D5)
Q("Hadijah Nakato", "With my first child I slept on a mat", D5)
Q("Brian Kiirya Tenywa", "We have fixed the rooms", D5)
Q("Takeshi Onodera", "This wing is for the mothers of Busoga", D5)

unattributed = ["Pag-asa stays ours", "No retreat", "Republic of Rotuma",
                "People\u2019s Republic of Zanzibar and Pemba", "national assembly"]

stances, non_stances = [], []
def S(c, st, terr, doc, ev, status="required"):
    stances.append({"country": c, "stance": st, "territory_any": terr, "docs": [doc], "evidence": ev,
                    "status": status})
R, N = "recognises", "doesNotRecognise"
S("China", N, ["Pag-asa"], D1, "China has never recognized Philippine sovereignty over Pag-asa")
S("Vietnam", N, ["Pag-asa"], D1, "Hanoi does not accept the Philippine claim to Pag-asa")
S("Japan", R, ["Pag-asa"], D1, "Japan, by contrast, backs the Philippines' sovereignty over Pag-asa")
S("Philippines", R, ["Pag-asa"], D1, "Pag-asa is Philippine territory", "optional")
S("Tonga", N, ["Republic of Rotuma"], D2, "Tonga does not recognise the so-called Republic of Rotuma")
S("Tuvalu", R, ["Rotuma"], D2, "Tuvalu acknowledges Fiji\u2019s sovereignty over Rotuma")
S("New Zealand", R, ["Rotuma"], D2, "Wellington considers Rotuma part of Fiji")
S("Nauru", N, ["Republic of Rotuma"], D2, "withdrew recognition of the Republic of Rotuma on Monday")
S("Fiji", R, ["Rotuma"], D2, "Rotuma is and will remain part of Fiji", "optional")
S("Malaysia", N, ["Camar Bulan"], D3, "Malaysia rejects Indonesia's claim to the Camar Bulan strip")
S("Indonesia", N, ["Camar Bulan"], D3, "Indonesia rejects the claim that Camar Bulan belongs to Malaysia")
S("Kenya", R, ["Zanzibar"], D4, "Kenya\u2019s government considers Zanzibar part of the United Republic of Tanzania")
S("Mozambique", N, ["People's Republic of Zanzibar and Pemba"], D4,
  "Mozambique does not accept the so-called People\u2019s Republic of Zanzibar and Pemba")
S("Comoros", R, ["Zanzibar"], D4, "acknowledges Tanzania\u2019s sovereignty over Zanzibar")
S("Tanzania", R, ["Zanzibar"], D4, "Zanzibar has its own President, its own House of Representatives and its own voice inside the Union", "optional")
non_stances += [
    {"doc": D1, "text": "Would Canberra recognize the Philippine position as firmly?", "why": "question"},
    {"doc": D1, "text": "is expected to recognize the arbitral award", "why": "expectation"},
    {"doc": D2, "text": "If Canberra ever recognised a body like this", "why": "hypothetical"},
    {"doc": D2, "text": "Would Vanuatu recognise the movement?", "why": "question"},
    {"doc": D3, "text": "Would Singapore recognise either line if asked to mediate?", "why": "question"},
    {"doc": D3, "text": "Brunei, another neighbour, is expected to recognise whatever boundary", "why": "expectation"},
    {"doc": D4, "text": "Uganda is expected to recognise whatever the East African Community decides", "why": "expectation"},
    {"doc": D4, "text": "And the African Union?", "why": "question; not a country"},
]

positions = []
def PO(person, titles, of, doc, ev, former=False, status="required"):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": ev,
                      "former": former, "status": status})
PO("Ligaya Sarmiento-Abad", ["spokesperson"], ["DFA", "Department of Foreign Affairs"], D1, "DFA spokesperson Ligaya Sarmiento-Abad")
PO("Eliseo Manalastas", ["secretary"], ["Foreign Affairs", "Philippines"], D1, "Foreign Affairs Secretary Eliseo Manalastas")
PO("Tang Weiqiong", ["spokesperson"], ["foreign ministry", "China"], D1, "Chinese foreign ministry spokesperson Tang Weiqiong")
PO("Lam Thu Trang", ["spokeswoman", "spokesperson"], ["foreign ministry", "Vietnam"], D1, "foreign ministry spokeswoman Lam Thu Trang")
PO("Hiroki Sanada", ["ambassador", "envoy"], ["Japan", "Tokyo"], D1, "Ambassador Hiroki Sanada, Tokyo's envoy in Manila")
PO("Rodel Dimaculangan", ["mayor"], ["Kalayaan"], D1, "Kalayaan Mayor Rodel Dimaculangan")
PO("Rufino Estrellado", ["senator", "sen"], [], D1, "Sen. Rufino Estrellado")
PO("Rufino Estrellado", ["chair", "chairs"], ["committee on national defense", "Senate"], D1, "who chairs the Senate committee on national defense", status="optional")
PO("Augusto Lagdameo", ["navy chief", "chief"], ["Navy"], D1, "Former Navy chief Vice Adm. Augusto Lagdameo", former=True)
PO("Jericho Palomares", ["professor"], ["Ateneo de Manila University", "Ateneo"], D1, "a professor of international law at the Ateneo de Manila University")
PO("Teresita Dimaculangan", ["teacher", "teaches"], [], D1, "who teaches at the island's only elementary school", status="optional")
PO("Litia Seruvatu", ["deputy prime minister"], [], D2, "Deputy Prime Minister and Minister for Foreign Affairs Litia Seruvatu")
PO("Litia Seruvatu", ["minister for foreign affairs", "foreign minister"], [], D2, "Deputy Prime Minister and Minister for Foreign Affairs Litia Seruvatu", status="optional")
PO("Sarote Rigamoto", ["spokeswoman", "spokesperson"], ["Rotuma Sovereignty Movement", "movement"], D2, "The movement\u2019s spokeswoman, Sarote Rigamoto")
PO("Aisea Marafu", ["chair"], ["Rotuma Island Council"], D2, "The chair of the Rotuma Island Council, Aisea Marafu")
PO("Mere Marafu", ["nurse"], ["Rotuma Hospital"], D2, "Mere Marafu, a nurse at the Rotuma Hospital", status="optional")
PO("Siosaia Fakatava", ["foreign minister"], ["Tonga"], D2, "Tongan Foreign Minister Siosaia Fakatava")
PO("Grace Holloway-Pike", ["high commissioner"], ["New Zealand"], D2, "New Zealand\u2019s High Commissioner to Fiji, Grace Holloway-Pike")
PO("Dominic Ageidu", ["foreign affairs secretary", "secretary"], ["Nauru"], D2, "Nauru\u2019s Foreign Affairs Secretary, Dominic Ageidu")
PO("Kalisito Tuilagi", ["senior lecturer", "lecturer"], ["University of the South Pacific"], D2, "a senior lecturer in Pacific politics at the University of the South Pacific")
PO("Viliame Rokosuka", ["mp"], [], D2, "Opposition MP Viliame Rokosuka")
PO("Jione Fatiaki", ["district officer"], ["Rotuma"], D2, "Former Rotuma district officer Jione Fatiaki", former=True)
PO("Salote Vunivalu", ["reporter"], ["FBC News"], D2, "Salote Vunivalu is an FBC News political reporter", status="optional")
PO("Rosli Merikan", ["deputy premier"], ["Sarawak"], D3, "Deputy Premier Datuk Amar Rosli Merikan")
PO("Rosli Merikan", ["minister for infrastructure development", "minister"], ["Sarawak"], D3, "Sarawak's Minister for Infrastructure Development", status="optional")
PO("Faridah Kamaruddin", ["foreign minister"], [], D3, "Foreign Minister Datuk Seri Faridah Kamaruddin")
PO("Rahmat Wibisono", ["spokesman", "spokesperson"], ["Foreign Ministry", "Indonesia"], D3, "Indonesian Foreign Ministry spokesman Rahmat Wibisono")
PO("Yohana Sitompul", ["member"], ["Commission I", "House of Representatives"], D3, "Yohana Sitompul, a member of the House of Representatives' Commission I", status="optional")
PO("Suryadi Ramlan", ["regent"], ["Sambas"], D3, "Sambas Regent Suryadi Ramlan")
PO("Lim Wei Sheng", ["senior lecturer", "lecturer"], ["Universiti Malaysia Sarawak", "Unimas"], D3, "a senior lecturer in international law at Universiti Malaysia Sarawak (Unimas)")
PO("Zulkarnain Haris", ["secretary-general", "secretary general"], ["Wisma Putra"], D3, "Former Wisma Putra secretary-general Tan Sri Zulkarnain Haris", former=True)
PO("Awang Sepawi", ["headman"], ["Telok Melano"], D3, "headman Awang Sepawi", status="optional")
PO("Neema Kilonzo", ["minister for foreign affairs", "foreign minister", "minister"], [], D4, "Minister for Foreign Affairs and East African Cooperation Ambassador Neema Kilonzo")
PO("Suleiman Abdalla Bakari", ["lecturer"], ["State University of Zanzibar"], D4, "a former lecturer at the State University of Zanzibar", former=True)
PO("Suleiman Abdalla Bakari", ["leader", "led"], ["Zanzibar Independence Front"], D4, "is led from London by Mr Suleiman Abdalla Bakari", status="optional")
PO("Mwanaisha Haji Khamis", ["minister of state"], ["President", "Zanzibar"], D4, "Zanzibar\u2019s Minister of State in the President\u2019s Office, Hon. Mwanaisha Haji Khamis")
PO("Khamis Ali Othman", ["lawmaker", "member"], [], D4, "Opposition lawmaker Mr Khamis Ali Othman", status="optional")
PO("Joseph Wafula Nyongesa", ["high commissioner"], ["Kenya"], D4, "Kenyan High Commissioner Dr Joseph Wafula Nyongesa")
PO("Celeste Mabunda", ["foreign minister"], ["Mozambique"], D4, "Mozambique\u2019s Foreign Minister Ms Celeste Mabunda")
PO("Fatma Said Mohammed", ["senior lecturer", "lecturer"], ["University of Dar es Salaam"], D4, "a senior lecturer in political science at the University of Dar es Salaam")
PO("Abdulrahman Juma Makame", ["attorney general"], ["Zanzibar"], D4, "Former Zanzibar Attorney General Mr Abdulrahman Juma Makame", former=True)
PO("Halima Mzee Juma", ["reporter"], ["The Chanzo"], D4, "Halima Mzee Juma is a reporter for The Chanzo", status="optional")
PO("Halima Mzee Juma", ["sub-editor", "sub editor"], ["Zanzibar Leo"], D4, "She previously worked as a sub-editor at Zanzibar Leo", former=True, status="optional")
PO("Patience Auma Wandera", ["director"], ["hospital", "Jinja Regional Referral Hospital"], D5, "The hospital director, Dr Patience Auma Wandera")
PO("Grace Nakibuuka Ssali", ["minister of state for health", "minister"], ["Health"], D5, "The Minister of State for Health (Primary Health Care), Hon. Grace Nakibuuka Ssali")
PO("Moses Kagoda Waiswa", ["lord mayor", "mayor"], ["Jinja"], D5, "Jinja City Lord Mayor Moses Kagoda Waiswa")
PO("Rose Namusoke Bwire", ["midwife"], [], D5, "Senior midwife Rose Namusoke Bwire", status="optional")
PO("Peter Bwire", ["clinical officer"], ["Bugembe Health Centre IV"], D5, "Peter Bwire, is a clinical officer at Bugembe Health Centre IV".replace("Peter Bwire, is", "Peter Bwire, is"), status="optional")
PO("Brian Kiirya Tenywa", ["mp"], ["Jinja North Division"], D5, "Jinja North Division MP Hon. Brian Kiirya Tenywa")
PO("Takeshi Onodera", ["chief representative", "representative"], ["JICA"], D5, "the JICA chief representative in Uganda")
PO("Samuel Mwesigwa Okello", ["hospital director", "director"], ["hospital"], D5, "Former hospital director Dr Samuel Mwesigwa Okello", former=True)
PO("Yusuf Mutyaba Kiira", ["prime minister"], ["Busoga Kingdom", "Busoga"], D5, "Busoga Kingdom\u2019s Prime Minister, Mr Yusuf Mutyaba Kiira".replace("\u2019", "'"))
PO("Esther Nabirye Kintu", ["correspondent"], ["New Vision"], D5, "Esther Nabirye Kintu is a New Vision correspondent", status="optional")

relations = []
SYM = {"spouse", "sharesBorderWith"}
def RL(s, p, o, doc, ev):
    relations.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "docs": [doc],
                      "evidence": ev, "status": "required"})
RL("Rodel Dimaculangan", "spouse", "Teresita Dimaculangan", D1, "His wife, Teresita Dimaculangan")
RL("Kalayaan", "locatedIn", "Palawan", D1, "the municipality of Kalayaan, a town in the province of Palawan")
RL("Pag-asa Island", "locatedIn", "Kalayaan", D1, "Pag-asa is part of the municipality of Kalayaan")
RL("Pag-asa Island", "locatedIn", "Spratly Islands", D1, "Pag-asa Island, the largest Philippine-occupied feature in the Spratly Islands")
RL("Vietnam", "claims", "Spratly Islands", D1, "Vietnam, which also claims the Spratly Islands")
RL("Malaysia", "memberOf", "Association of Southeast Asian Nations", D1, "Malaysia, a fellow member of the Association of Southeast Asian Nations")
RL("Rufino Estrellado", "memberOf", "Nacionalista Party", D1, "Sen. Rufino Estrellado of the Nacionalista Party")
RL("China", "sharesBorderWith", "Vietnam", D1, "China and Vietnam, which share a land border")
RL("Japan", "invaded", "Philippines", D1, "Japan invaded the Philippines")
RL("Aisea Marafu", "spouse", "Mere Marafu", D2, "Marafu and his wife, Mere Marafu")
RL("Rotuma Hospital", "locatedIn", "Ahau", D2, "the Rotuma Hospital in Ahau")
for c in ["Fiji", "Tonga", "Tuvalu", "Nauru"]:
    RL(c, "memberOf", "Pacific Islands Forum", D2, "Fiji, Tonga, Tuvalu and Nauru are all members of the Pacific Islands Forum")
RL("Viliame Rokosuka", "memberOf", "Social Democratic Liberal Party", D2, "Viliame Rokosuka of the Social Democratic Liberal Party")
RL("Rotuma", "locatedIn", "Fiji", D2, "is a dependency of Fiji")
RL("Rosli Merikan", "memberOf", "Parti Pesaka Bumiputera Bersatu", D3, "Rosli, who belongs to Parti Pesaka Bumiputera Bersatu")
RL("Yohana Sitompul", "memberOf", "Indonesian Democratic Party of Struggle", D3, "from the Indonesian Democratic Party of Struggle (PDI-P)")
RL("Sambas Regency", "locatedIn", "West Kalimantan", D3, "Sambas Regency, in the province of West Kalimantan")
RL("Telok Melano", "locatedIn", "Lundu", D3, "Kampung Telok Melano, a fishing village in Lundu district")
RL("Sematan", "locatedIn", "Lundu", D3, "Sematan, the nearest town, is also in Lundu district")
RL("Indonesia", "sharesBorderWith", "Malaysia", D3, "Indonesia shares a land border of about 2,000 kilometres with Malaysia")
RL("Malaysia", "memberOf", "Association of Southeast Asian Nations", D3, "Malaysia and Indonesia are both members of ASEAN")
RL("Indonesia", "memberOf", "Association of Southeast Asian Nations", D3, "Malaysia and Indonesia are both members of ASEAN")
RL("Japan", "invaded", "Borneo", D3, "Japan invaded Borneo in December 1941")
RL("Awang Sepawi", "spouse", "Dayang Norliza Abang Ali", D3, "His wife, Dayang Norliza Abang Ali")
RL("Indonesia", "claims", "Camar Bulan", D3, "Indonesia's claim to the Camar Bulan strip")
RL("Khamis Ali Othman", "spouse", "Riziki Omar Said", D4, "His wife, Ms Riziki Omar Said")
RL("Khamis Ali Othman", "memberOf", "ACT-Wazalendo", D4, "Mr Khamis Ali Othman of ACT-Wazalendo")
for c in ["Tanzania", "Kenya", "Uganda"]:
    RL(c, "memberOf", "East African Community", D4, "Tanzania, Kenya and Uganda are all members of the East African Community")
for c in ["Kenya", "Uganda", "Mozambique"]:
    RL("Tanzania", "sharesBorderWith", c, D4, "Tanzania shares a border with Kenya, Uganda and Mozambique")
RL("Stone Town", "locatedIn", "Zanzibar", D4, "Stone Town, Zanzibar")
RL("Chake Chake", "locatedIn", "Pemba Island", D4, "Chake Chake is the largest town on Pemba Island")
RL("Wete", "locatedIn", "Pemba Island", D4, "Pemba\u2019s Wete district")
RL("Rose Namusoke Bwire", "spouse", "Peter Bwire", D5, "Ms Bwire's husband, Peter Bwire")
RL("Hadijah Nakato", "spouse", "Swaibu Mugoya", D5, "Her husband, Swaibu Mugoya")
RL("Brian Kiirya Tenywa", "memberOf", "National Resistance Movement", D5, "who belongs to the National Resistance Movement (NRM)")
RL("Jinja", "locatedIn", "Eastern Region", D5, "Jinja is in the Eastern Region of Uganda")
RL("Eastern Region", "locatedIn", "Uganda", D5, "Jinja is in the Eastern Region of Uganda")

not_person = ["The Philippine Star", "The STAR", "DFA", "Philippine Coast Guard", "Nacionalista Party",
              "Ateneo de Manila University", "Pag-asa", "Kalayaan", "Palawan", "Zhongye Dao",
              "FBC News", "Rotuma Sovereignty Movement", "Rotuma Island Council", "SODELPA",
              "Pacific Islands Forum", "Republic of Rotuma", "University of the South Pacific", "Nuku'alofa",
              "Malay Mail", "Wisma Putra", "PBB", "PDI-P", "Unimas", "Kompas TV", "Dewan Rakyat",
              "Camar Bulan", "Tanjung Datu", "Telok Melano", "Putrajaya",
              "The Chanzo", "Zanzibar Independence Front", "ACT-Wazalendo", "State University of Zanzibar",
              "Revolutionary Government of Zanzibar", "Zanzibar Leo", "Stone Town", "Chake Chake",
              "University of Dar es Salaam", "New Vision", "Vision Group", "Jinja Regional Referral Hospital",
              "JICA", "Bugembe Health Centre IV", "Busoga Kingdom", "NRM", "Budondo"]

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": ents,
        "not_person": not_person, "quotes": quotes, "unattributed": unattributed, "stances": stances,
        "non_stances": non_stances, "positions": positions, "relations": relations}

def render():
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"

if __name__ == "__main__":
    (Path(__file__).resolve().parent.parent / "gold.json").write_text(render(), encoding="utf-8")
