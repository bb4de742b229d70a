#!/usr/bin/env python3
"""Writes bench/heldout75/gold.json: the hand-made gold standard for bench/heldout75/articles."""
import json
from pathlib import Path

D1 = "01_tuoitrenews_vanguard_bank.txt"
D2 = "02_freemalaysiatoday_swallow_reef.txt"
D3 = "03_depechesbrazzaville_conkouati_triangle.txt"
D4 = "04_newindianexpress_galwan_valley.txt"
D5 = "05_nelsonmail_motueka_library.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout75/gold.json (format of shared/eval/seeds-gold.json, read by shared/eval/score.py).
Every fact was read off the five invented articles by hand; every person is fictional.
quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an explicit
speaker (name, surname, given name, pronoun, role or organisation), including sentences after the cue, colon
quotes, cue-less continuation paragraphs and every paragraph of a multi-paragraph quote. `optional` = partial
quotes, headline/deck/subhead echoes and second holders. Anonymous speakers are not listed; their words are in
`unattributed` with scare quotes and coined terms, and must get no speaker.
stances: polarity follows the wording. Required = stances stated by the text for a country (the country, its
government, ministry, capital or a minister/spokesperson speaking for it). Optional = a claimant's own claim.
Questions, hypotheticals, `is expected to`, `will ever recognise` and non-country holders are no stance
(listed in `no_stance` for documentation; the scorer ignores that field).
positions: `of_any` empty when the text names no organisation or country beside the title; `former` marks former
posts. Required = titles stated for a named person (incl. former posts and author footers); optional = seats,
ranks, occupations and posts given only by a verb.
relations: only those stated in the text (spouse, sharesBorderWith, invaded, memberOf, locatedIn, claims); all are
scored. claims = a country stated (or shown by its own assertion) to claim a territory.
entities: every person, organisation, country, territory and place named in the article text, incl. bylines,
photo credits, copyright lines, author footers and related links; not seas, vessels, streets, reserves, treaties
or navigation bars. `docs` on entities is for the checks only."""

E = []  # (type, name, aliases, docs)
def ent(t, name, aliases=(), docs=()):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": list(docs)})

P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# shared
ent(C, "Vietnam", [], [D1, D2])
ent(C, "China", [], [D1, D2, D4])
ent(C, "Japan", [], [D1, D2])
ent(O, "ASEAN", ["Asean"], [D1, D2])
ent(L, "Hanoi", [], [D1, D2])
ent(L, "Beijing", [], [D1, D4])
ent(O, "Chinese Foreign Ministry", ["Chinese foreign ministry"], [D1, D4])
# D1
ent(O, "Tuoi Tre News", ["Tuoi Tre"], [D1])
ent(P, "Đỗ Khánh Vy", ["Khánh Vy"], [D1])
ent(P, "Lê Quốc Bình", [], [D1])
ent(T, "Vanguard Bank", ["Tư Chính", "Wan'an Tan"], [D1])
ent(O, "PetroVietnam", [], [D1])
ent(O, "Vietnam Fisheries Surveillance", ["Fisheries Surveillance"], [D1])
ent(O, "Ministry of Foreign Affairs", [], [D1])
ent(P, "Phan Thị Diệu Linh", ["Linh", "Diệu Linh"], [D1])
ent(P, "Gao Wenbin", ["Gao"], [D1])
ent(P, "Hoàng Văn Thạch", ["Thạch"], [D1])
ent(L, "Vũng Tàu", ["Vung Tau"], [D1])
ent(P, "Lưu Đức Khiêm", ["Khiêm"], [D1])
ent(O, "Nhân Dân", [], [D1])
ent(L, "Tokyo", [], [D1])
ent(P, "Kenji Morisaki", ["Morisaki"], [D1])
ent(L, "Ho Chi Minh City", [], [D1])
ent(C, "Indonesia", [], [D1])
ent(L, "Manila", [], [D1])
ent(P, "Trần Minh Quang", ["Quang"], [D1])
ent(O, "Diplomatic Academy of Vietnam", ["Diplomatic Academy"], [D1])
# D2
ent(O, "Free Malaysia Today", ["FMT"], [D2])
ent(O, "FMT Media Sdn Bhd", ["FMT Media"], [D2])
ent(P, "Nurul Huda Kamaruddin", [], [D2])
ent(O, "China Coast Guard", [], [D2])
ent(T, "Swallow Reef", ["Pulau Layang-Layang", "Layang-Layang", "Danwan Jiao", "Đá Hoa Lau"], [D2])
ent(P, "Chong Wai Kit", ["Chong"], [D2])
ent(P, "Lim Pei Shan", ["Lim"], [D2])
ent(L, "Putrajaya", [], [D2])
ent(C, "Malaysia", [], [D2])
ent(O, "Wisma Putra", [], [D2])
ent(P, "Mohd Faizal Rashid", ["Faizal"], [D2])
ent(C, "Philippines", ["the Philippines"], [D2])
ent(C, "Brunei", [], [D2])
ent(L, "Bandar Seri Begawan", [], [D2])
ent(P, "Nurul Ain Zakaria", [], [D2])
ent(O, "Universiti Malaya", [], [D2])
ent(L, "Kota Kinabalu", [], [D2])
ent(P, "Shahrul Nizam Osman", [], [D2])
ent(O, "Royal Malaysian Navy", [], [D2])
ent(P, "Ahmad Fauzi Latip", ["Ahmad Fauzi"], [D2])
ent(O, "PAS", [], [D2])
ent(L, "Borneo", [], [D2])
# D3
ent(O, "Les Dépêches de Brazzaville", ["ADIAC"], [D3])
ent(P, "Prisca Mabiala-Nkounkou", [], [D3])
ent(P, "Gervais Ntsiba-Loubaki", [], [D3])
ent(L, "Madingo-Kayes", [], [D3])
ent(C, "Republic of the Congo", ["Congo", "the Congo"], [D3])
ent(C, "Gabon", [], [D3])
ent(T, "Conkouati triangle", [], [D3])
ent(L, "Kouilou", [], [D3])
ent(L, "Mayumba", [], [D3])
ent(O, "Ministry of Foreign Affairs and Congolese Abroad", [], [D3])
ent(P, "Justin Okiemba-Ndinga", ["Okiemba-Ndinga"], [D3])
ent(L, "Libreville", [], [D3])
ent(L, "Brazzaville", [], [D3])
ent(P, "Rodrigue Mbadinga", ["Mbadinga"], [D3])
ent(P, "Léonce Nzé Obame", ["Nzé Obame"], [D3])
ent(O, "International Court of Justice", [], [D3])
ent(L, "Kinshasa", [], [D3])
ent(C, "Democratic Republic of the Congo", ["DRC"], [D3])
ent(P, "Didier Kabongo-Mwamba", ["Kabongo-Mwamba"], [D3])
ent(C, "Cameroon", [], [D3])
ent(O, "CEMAC", ["Economic and Monetary Community of Central Africa"], [D3])
ent(L, "Pointe-Noire", [], [D3])
ent(P, "Albertine Tchicaya-Loemba", ["Tchicaya-Loemba"], [D3])
ent(O, "Kouilou artisanal fishermen's union", [], [D3])
ent(P, "Sylvain Loemba", [], [D3])
ent(P, "Clarisse Bitsindou", ["Bitsindou"], [D3])
ent(O, "Marien Ngouabi University", [], [D3])
ent(L, "Nyanga", ["Nyanga province"], [D3])
ent(L, "Bangui", [], [D3])
# D4
ent(O, "The New Indian Express", ["New Indian Express", "newindianexpress.com"], [D4])
ent(O, "Express News Service", [], [D4])
ent(C, "India", [], [D4])
ent(T, "Galwan Valley", ["Galwan"], [D4])
ent(L, "Ladakh", [], [D4])
ent(O, "Ministry of Natural Resources", [], [D4])
ent(O, "Ministry of External Affairs", ["MEA"], [D4])
ent(P, "Rajat Venkataraman", ["Venkataraman"], [D4])
ent(P, "Hua Lin", [], [D4])
ent(O, "Indian Army", [], [D4])
ent(P, "Tsering Angmo", [], [D4])
ent(L, "New Delhi", [], [D4])
ent(L, "Delhi", [], [D4])
ent(C, "Pakistan", [], [D4])
ent(C, "Australia", [], [D4])
ent(P, "Fiona Margaret Hale", [], [D4])
ent(L, "Canberra", [], [D4])
ent(C, "Russia", [], [D4])
ent(L, "Moscow", [], [D4])
ent(O, "Lok Sabha", [], [D4])
ent(P, "Tashi Dorjay Namgyal", ["Namgyal"], [D4])
ent(O, "BJP", [], [D4])
ent(L, "Leh", [], [D4])
ent(O, "Congress", [], [D4])
ent(P, "Anjali Thekkekara", [], [D4])
ent(O, "Standing Committee on Defence", [], [D4])
ent(P, "Harbhajan Sekhon", ["Sekhon"], [D4])
ent(O, "14 Corps", [], [D4])
ent(O, "PLA", [], [D4])
ent(P, "Gurpreet Sekhon", [], [D4])
ent(O, "Jawaharlal Nehru University", [], [D4])
ent(O, "Shanghai Cooperation Organisation", [], [D4])
ent(P, "Bhavna Kaul", [], [D4])
# D5
ent(O, "Stuff", ["Stuff Limited"], [D5])
ent(O, "The Nelson Mail", ["Nelson Mail"], [D5])
ent(O, "Tasman District Council", [], [D5])
ent(P, "Ngaio Whitaker-Rangi", [], [D5])
ent(P, "Rosa Kealey", [], [D5])
ent(P, "Declan Furness", [], [D5])
ent(L, "Motueka", [], [D5])
ent(L, "Tasman District", ["Tasman"], [D5])
ent(P, "Lorraine Ashby-Fale", ["Ashby-Fale"], [D5])
ent(L, "Richmond", [], [D5])
ent(P, "Hemi Tautahi", ["Tautahi"], [D5])
ent(P, "Brent Oldfield", ["Oldfield"], [D5])
ent(P, "Sun-hee Park", [], [D5])
ent(L, "Lakes-Murchison", [], [D5])
ent(P, "Colin Duffy", [], [D5])
ent(P, "Margaret Duffy", [], [D5])
ent(O, "Friends of Motueka Library", [], [D5])
ent(P, "Harriet Ngata", ["Ngata"], [D5])
ent(O, "National", [], [D5])
ent(L, "Nelson-Tasman", [], [D5])
ent(O, "Department of Internal Affairs", [], [D5])
ent(L, "South Island", [], [D5])
ent(O, "Kahu Build", [], [D5])
ent(O, "Motueka High School", [], [D5])
ent(O, "RNZ", [], [D5])
ent(O, "NZ On Air", [], [D5])

NOT_PERSON = ["Vietnamese", "Tư Chính", "Wan’an Tan", "Haiyang Dizhi 8", "Nhân Dân", "PetroVietnam", "Vũng Tàu",
              "Tuoi Tre", "Dr.", "Wisma Putra", "Layang-Layang", "Danwan Jiao", "Đá Hoa Lau", "Putrajaya",
              "Kota Kinabalu", "Bandar Seri Begawan", "PAS", "FMT", "Asean", "Admiral", "Prof", "Conkouati",
              "Mayumba", "Madingo-Kayes", "Kouilou", "Pointe-Noire", "Libreville", "Marien Ngouabi", "Captain",
              "Congolese", "Gabonese", "ADIAC", "Galwan", "Lok Sabha", "Leh", "Ladakh", "Jawaharlal Nehru",
              "Lt Gen", "14 Corps", "PLA", "MEA", "Motueka", "Richmond", "Decks Reserve", "Pah St",
              "Lakes-Murchison", "Kahu Build", "Tasman", "Nelson-Tasman", "National"]

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
# D1
q(D1, "Phan Thị Diệu Linh", "Vanguard Bank lies entirely within Vietnam’s exclusive economic zone")
q(D1, "Phan Thị Diệu Linh", "We have been patient. Patience is not consent")
q(D1, "Gao Wenbin", "Wan’an Tan is an integral part of China’s territory")
q(D1, "Gao Wenbin", "China has never recognized any so-called Vietnamese sovereignty over it")
q(D1, "Gao Wenbin", "routine scientific work in waters under Chinese jurisdiction", "optional")
q(D1, "Gao Wenbin", "Routine scientific work", "optional")
q(D1, "PetroVietnam", "All operations are proceeding normally")
q(D1, "Hoàng Văn Thạch", "We are not going anywhere")
q(D1, "Hoàng Văn Thạch", "Our partners know this, and they have told us they are staying too")
q(D1, "Lưu Đức Khiêm", "This is our continental shelf, measured from our coast")
q(D1, "Lưu Đức Khiêm", "This is our continental shelf", "optional")
q(D1, "Vietnam", "This is our continental shelf", "optional")  # headline: Vietnam tells Beijing ...: ‘...’
q(D1, "Lưu Đức Khiêm", "is not a disputed area under any honest reading", "optional")
q(D1, "Kenji Morisaki", "freedom of navigation and the rule of law must be respected", "optional")
q(D1, "Trần Minh Quang", "China wants to show the oil companies")
q(D1, "Trần Minh Quang", "That is why the government’s calm but firm response matters")
# D2
q(D2, "Wisma Putra", "Malaysia's sovereignty over Pulau Layang-Layang is not open to question")
q(D2, "Wisma Putra", "provocative", "optional")
q(D2, "Mohd Faizal Rashid", "We will use every diplomatic channel available to us")
q(D2, "Mohd Faizal Rashid", "But let no one mistake patience for weakness")
q(D2, "Nurul Ain Zakaria", "Nobody in this dispute gives anything away for free")
q(D2, "Nurul Ain Zakaria", "What we can hope for is that everyone keeps their ships")
q(D2, "Chong Wai Kit", "The divers ask about the ship, of course")
q(D2, "Chong Wai Kit", "But they came here for the sharks, not for politics")
q(D2, "Lim Pei Shan", "When you see the same grey ship every morning")
q(D2, "Shahrul Nizam Osman", "around the clock", "optional")
q(D2, "Ahmad Fauzi Latip", "a test of our nerve", "optional")
q(D2, "Ahmad Fauzi Latip", "If we say nothing today, there will be two ships next month")
# D3
q(D3, "Justin Okiemba-Ndinga", "will never accept", "optional")
q(D3, "Justin Okiemba-Ndinga", "The Conkouati triangle is Congolese")
q(D3, "Justin Okiemba-Ndinga", "Our fishermen were working where their grandfathers worked")
q(D3, "Rodrigue Mbadinga", "within Gabonese waters and in full conformity with the law", "optional")
q(D3, "Léonce Nzé Obame", "Gabon considers the Conkouati triangle part of its exclusive economic zone")
q(D3, "CEMAC", "settle the matter as brothers", "optional")
q(D3, "Albertine Tchicaya-Loemba", "They took everything", "optional")
q(D3, "Albertine Tchicaya-Loemba", "They took everything: the fish, the petrol, even the ice")
q(D3, "Sylvain Loemba", "The Gabonese sailors were correct with us")
q(D3, "Clarisse Bitsindou", "The colonial administrations drew the land border with care")
q(D3, "Clarisse Bitsindou", "Until a court or a treaty fills it")
# D4
q(D4, "Rajat Venkataraman", "Not one metre", "optional")
q(D4, "India", "cartographic aggression", "optional")
q(D4, "Rajat Venkataraman", "India does not recognise China's claim to the Galwan Valley")
q(D4, "Rajat Venkataraman", "a strong protest", "optional")
q(D4, "Rajat Venkataraman", "We will not speculate on hypotheticals")
q(D4, "Hua Lin", "long-standing and consistent", "optional")
q(D4, "Hua Lin", "The map simply shows the facts")
q(D4, "Fiona Margaret Hale", "calm on both sides of the line", "optional")
q(D4, "Tashi Dorjay Namgyal", "Our herders have waited five years")
q(D4, "Tashi Dorjay Namgyal", "Send us answers, not maps")
q(D4, "Anjali Thekkekara", "The nation deserves to know what has changed on the ground")
q(D4, "Harbhajan Sekhon", "A paper exercise", "optional")
q(D4, "Harbhajan Sekhon", "Beijing publishes a new map every few years")
q(D4, "Harbhajan Sekhon", "If the PLA comes forward again")
q(D4, "Gurpreet Sekhon", "Every Chinese map since the 1950s has pushed the line")
q(D4, "India", "invented", "optional")  # related-link headline: India says names 'invented'
q(D4, "India", "Not one metre", "optional")  # headline: 'Not one metre': India rejects ...
# D5
q(D5, "Lorraine Ashby-Fale", "Nobody around this table wanted to be here again")
q(D5, "Lorraine Ashby-Fale", "Motueka has waited twenty years for a proper library")
q(D5, "Hemi Tautahi", "The geotechnical reports from 2022 were done in good faith")
q(D5, "Hemi Tautahi", "We've now got 38 extra piles going in")
q(D5, "Brent Oldfield", "blank cheque", "optional")
q(D5, "Brent Oldfield", "I support a new library. I don't support a project")
q(D5, "Rosa Kealey", "We've got children sitting on the floor for storytime")
q(D5, "Rosa Kealey", "We'll manage. We always do.")
q(D5, "Colin Duffy", "I read the crime, she reads the history")
q(D5, "Margaret Duffy", "Six months is a long time when you're eighty-one")
q(D5, "Friends of Motueka Library", "disappointed but not surprised", "optional")
q(D5, "Friends of Motueka Library", "Our fundraising continues, and every dollar")

UNATTRIBUTED = ["is not on the table", "a routine patrol in Chinese waters", "not a serious proposal",
                "standard map"]

S = []
def s(doc, country, stance, terr, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "evidence": evidence, "status": status})
VB = ["Vanguard Bank", "Tư Chính", "Wan'an Tan"]
SR = ["Swallow Reef", "Pulau Layang-Layang", "Layang-Layang", "Danwan Jiao", "Đá Hoa Lau"]
CT = ["Conkouati triangle"]
GV = ["Galwan Valley", "Galwan"]
s(D1, "Vietnam", "doesNotRecognise", VB, "Vietnam does not accept any claim by China to this area")
s(D1, "Vietnam", "recognises", VB, "Vanguard Bank lies entirely within Vietnam’s exclusive economic zone and continental shelf", "optional")
s(D1, "China", "doesNotRecognise", VB, "China has never recognized any so-called Vietnamese sovereignty over it")
s(D1, "China", "recognises", VB, "Wan’an Tan is an integral part of China’s territory", "optional")
s(D1, "Japan", "recognises", VB, "Japan considers Vanguard Bank part of Vietnam’s continental shelf")
s(D2, "Malaysia", "recognises", SR, "Malaysia's sovereignty over Pulau Layang-Layang is not open to question", "optional")
s(D2, "China", "doesNotRecognise", SR, "China refuses to recognise Malaysia's occupation of the reef")
s(D2, "Vietnam", "doesNotRecognise", SR, "does not accept Malaysian sovereignty over it either")
s(D2, "Philippines", "doesNotRecognise", SR, "The Philippines has never recognised Malaysia's title to the reef")
s(D2, "Brunei", "recognises", SR, "Brunei, by contrast, acknowledges Malaysia's sovereignty over Swallow Reef")
s(D3, "Republic of the Congo", "doesNotRecognise", CT, "The Republic of the Congo does not accept, and will never accept, Gabon's claim to these waters")
s(D3, "Republic of the Congo", "recognises", CT, "The Conkouati triangle is Congolese.", "optional")
s(D3, "Gabon", "recognises", CT, "Gabon considers the Conkouati triangle part of its exclusive economic zone", "optional")
s(D3, "Democratic Republic of the Congo", "recognises", CT, "The DRC recognises the Congo's sovereignty over the Conkouati triangle")
s(D4, "India", "doesNotRecognise", GV, "India does not recognise China's claim to the Galwan Valley")
s(D4, "India", "recognises", GV, "will remain an integral part of India", "optional")
s(D4, "China", "doesNotRecognise", GV, "China has never recognised Indian sovereignty over the Galwan Valley")
s(D4, "Pakistan", "recognises", GV, "Pakistan, which backs China's sovereignty over the valley")
s(D4, "Australia", "recognises", GV, "Australia acknowledges the Galwan Valley as Indian territory")

NO_STANCE = [
    {"doc": D1, "text": "Indonesia is expected to raise the standoff", "why": "expectation, not a stance"},
    {"doc": D1, "text": "Would Manila, which has its own quarrels with Beijing at sea, ever recognize Vietnam’s title to the bank?", "why": "question"},
    {"doc": D2, "text": "Could Hanoi one day recognise Malaysian rule over the reef in exchange for a wider deal?", "why": "question"},
    {"doc": D3, "text": "Should Libreville recognise Congolese title to the zone in return for a fisheries agreement?", "why": "question"},
    {"doc": D3, "text": "Cameroon, which shares borders with both Gabon and the Congo, has kept its counsel", "why": "no position"},
    {"doc": D4, "text": "Whether Russia, a partner of both, will ever recognise either claim is another matter.", "why": "embedded question"},
]

POS = []
def pos(doc, person, titles, of, evidence, status="required", former=False):
    POS.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": evidence,
                "former": former, "status": status})
pos(D1, "Phan Thị Diệu Linh", ["spokeswoman", "spokesperson"], ["Ministry of Foreign Affairs", "Foreign Ministry", "Vietnam"], "Ministry of Foreign Affairs spokeswoman Phan Thị Diệu Linh")
pos(D1, "Gao Wenbin", ["spokesman", "spokesperson"], ["Chinese foreign ministry", "foreign ministry", "China", "Chinese"], "Chinese foreign ministry spokesman Gao Wenbin")
pos(D1, "Hoàng Văn Thạch", ["deputy general director"], ["PetroVietnam"], "Hoàng Văn Thạch, deputy general director of PetroVietnam")
pos(D1, "Lưu Đức Khiêm", ["Deputy Foreign Minister"], [], "Deputy Foreign Minister Lưu Đức Khiêm")
pos(D1, "Lưu Đức Khiêm", ["head", "heads"], ["steering committee on the East Sea"], "who heads the government’s steering committee on the East Sea", "optional")
pos(D1, "Kenji Morisaki", ["Ambassador"], ["Japan", "Japanese"], "Japanese Ambassador Kenji Morisaki")
pos(D1, "Trần Minh Quang", ["senior researcher", "researcher"], ["Diplomatic Academy of Vietnam"], "Dr. Trần Minh Quang, a senior researcher at the Diplomatic Academy of Vietnam")
pos(D1, "Đỗ Khánh Vy", ["reporter"], ["Tuoi Tre News", "Tuoi Tre"], "Đỗ Khánh Vy is a Tuoi Tre News reporter covering foreign affairs.")
pos(D2, "Mohd Faizal Rashid", ["Foreign minister"], [], "Foreign minister Mohd Faizal Rashid")
pos(D2, "Nurul Ain Zakaria", ["maritime law scholar", "scholar", "Prof", "professor"], ["Universiti Malaya"], "Prof Nurul Ain Zakaria, a maritime law scholar at Universiti Malaya")
pos(D2, "Shahrul Nizam Osman", ["Navy chief", "chief"], [], "Navy chief Admiral Shahrul Nizam Osman")
pos(D2, "Shahrul Nizam Osman", ["Admiral"], [], "Navy chief Admiral Shahrul Nizam Osman", "optional")
pos(D2, "Ahmad Fauzi Latip", ["deputy defence minister"], [], "a PAS lawmaker and former deputy defence minister", "required", True)
pos(D2, "Ahmad Fauzi Latip", ["lawmaker"], ["PAS"], "Ahmad Fauzi Latip, a PAS lawmaker", "optional")
pos(D2, "Ahmad Fauzi Latip", ["member"], ["parliamentary special select committee on security"], "who sits on the parliamentary special select committee on security", "optional")
pos(D2, "Chong Wai Kit", ["runs", "manager", "owner"], [], "Chong Wai Kit, who runs the lodge with his wife", "optional")
pos(D3, "Justin Okiemba-Ndinga", ["minister", "Minister of Foreign Affairs"], ["Ministry of Foreign Affairs and Congolese Abroad", "Republic of the Congo", "Congo"], "Speaking at the Ministry of Foreign Affairs and Congolese Abroad, the minister, Justin Okiemba-Ndinga")
pos(D3, "Rodrigue Mbadinga", ["spokesman"], ["Gabon", "navy"], "Its navy spokesman, Captain Rodrigue Mbadinga")
pos(D3, "Rodrigue Mbadinga", ["Captain"], [], "Captain Rodrigue Mbadinga", "optional")
pos(D3, "Léonce Nzé Obame", ["foreign minister"], ["Gabon"], "Gabon's foreign minister, Léonce Nzé Obame")
pos(D3, "Didier Kabongo-Mwamba", ["spokesman", "government spokesman"], ["Democratic Republic of the Congo", "DRC"], "government spokesman Didier Kabongo-Mwamba")
pos(D3, "Albertine Tchicaya-Loemba", ["head", "heads"], ["Kouilou artisanal fishermen's union"], "Albertine Tchicaya-Loemba, who heads the Kouilou artisanal fishermen's union")
pos(D3, "Clarisse Bitsindou", ["lecturer", "Prof"], ["Marien Ngouabi University"], "Prof. Clarisse Bitsindou, a lecturer in public international law at Marien Ngouabi University")
pos(D3, "Prisca Mabiala-Nkounkou", ["correspondent"], ["Les Dépêches de Brazzaville"], "Prisca Mabiala-Nkounkou is a correspondent for Les Dépêches de Brazzaville in Pointe-Noire.")
pos(D4, "Rajat Venkataraman", ["spokesperson"], ["Ministry of External Affairs", "MEA"], "Ministry of External Affairs spokesperson Rajat Venkataraman")
pos(D4, "Hua Lin", ["spokeswoman", "spokesperson"], ["Chinese Foreign Ministry", "Foreign Ministry", "China", "Chinese"], "Chinese Foreign Ministry spokeswoman Hua Lin")
pos(D4, "Fiona Margaret Hale", ["High Commissioner"], ["Australia"], "its High Commissioner in New Delhi, Fiona Margaret Hale")
pos(D4, "Tashi Dorjay Namgyal", ["Lok Sabha member", "member", "MP"], ["Lok Sabha", "Ladakh"], "Ladakh's lone Lok Sabha member, Tashi Dorjay Namgyal of the BJP", "optional")
pos(D4, "Anjali Thekkekara", ["MP"], ["Congress"], "Congress MP Anjali Thekkekara", "optional")
pos(D4, "Anjali Thekkekara", ["member"], ["Standing Committee on Defence"], "a member of the Standing Committee on Defence", "optional")
pos(D4, "Harbhajan Sekhon", ["commander"], ["14 Corps", "Army"], "a former commander of the Army's 14 Corps in Leh", "required", True)
pos(D4, "Harbhajan Sekhon", ["Lt Gen", "Lieutenant General"], [], "Retired Lt Gen Harbhajan Sekhon", "optional", True)
pos(D4, "Gurpreet Sekhon", ["historian"], ["Jawaharlal Nehru University"], "Gurpreet Sekhon, a historian at Jawaharlal Nehru University")
pos(D5, "Lorraine Ashby-Fale", ["Mayor"], ["Tasman"], "Tasman Mayor Lorraine Ashby-Fale")
pos(D5, "Hemi Tautahi", ["group manager for community infrastructure", "group manager"], ["Tasman District Council", "council"], "the council's group manager for community infrastructure, Hemi Tautahi")
pos(D5, "Ngaio Whitaker-Rangi", ["Local Democracy Reporter", "reporter"], ["The Nelson Mail", "Nelson Mail"], "Ngaio Whitaker-Rangi is a Local Democracy Reporter based at The Nelson Mail.")
pos(D5, "Brent Oldfield", ["councillor"], ["Motueka"], "Motueka ward councillor Brent Oldfield", "optional")
pos(D5, "Sun-hee Park", ["councillor"], ["Lakes-Murchison"], "councillor Sun-hee Park, who represents the Lakes-Murchison ward", "optional")
pos(D5, "Rosa Kealey", ["librarian", "Librarian"], [], "librarian Rosa Kealey", "optional")
pos(D5, "Harriet Ngata", ["MP"], ["Nelson-Tasman"], "Nelson-Tasman MP Harriet Ngata (National)", "optional")

R = []
def r(doc, subj, pred, obj, evidence, status="required"):
    for x in R:
        if (x["subject"], x["predicate"], x["object"]) == (subj, pred, obj):
            x["docs"].append(doc); return
    R.append({"subject": subj, "predicate": pred, "object": obj,
              "symmetric": pred in ("spouse", "sharesBorderWith"), "docs": [doc], "evidence": evidence, "status": status})
r(D1, "Vietnam", "sharesBorderWith", "China", "Vietnam and China share a land border of about 1,400 kilometers")
r(D1, "China", "invaded", "Vietnam", "China invaded Vietnam in February 1979")
r(D1, "Vietnam", "memberOf", "ASEAN", "Vietnam, which joined ASEAN in 1995")
r(D1, "Vũng Tàu", "locatedIn", "Vietnam", "Vũng Tàu, the oil hub in southern Vietnam")
r(D1, "China", "claims", "Vanguard Bank", "Vietnam does not accept any claim by China to this area")
r(D1, "Vietnam", "claims", "Vanguard Bank", "Vanguard Bank lies entirely within Vietnam’s exclusive economic zone and continental shelf")
r(D2, "Chong Wai Kit", "spouse", "Lim Pei Shan", "Chong Wai Kit, who runs the lodge with his wife, Lim Pei Shan")
r(D2, "Brunei", "sharesBorderWith", "Malaysia", "Brunei shares a land border with Malaysia")
for c in ["Brunei", "Malaysia", "Vietnam", "Philippines"]:
    r(D2, c, "memberOf", "ASEAN", "like Malaysia, Vietnam and the Philippines, is a member of Asean")
r(D2, "Japan", "invaded", "Borneo", "Japan invaded Borneo in December 1941")
for c in ["Malaysia", "China", "Vietnam"]:
    r(D2, c, "claims", "Swallow Reef", "Malaysia is not the only other claimant. Vietnam, which calls the atoll Đá Hoa Lau")
r(D2, "Ahmad Fauzi Latip", "memberOf", "PAS", "Ahmad Fauzi Latip, a PAS lawmaker")
r(D3, "Sylvain Loemba", "spouse", "Albertine Tchicaya-Loemba", "Her husband, Sylvain Loemba")
r(D3, "Republic of the Congo", "sharesBorderWith", "Gabon", "The Republic of the Congo and Gabon share a land border")
r(D3, "Cameroon", "sharesBorderWith", "Gabon", "Cameroon, which shares borders with both Gabon and the Congo")
r(D3, "Cameroon", "sharesBorderWith", "Republic of the Congo", "Cameroon, which shares borders with both Gabon and the Congo")
for c in ["Cameroon", "Gabon", "Republic of the Congo"]:
    r(D3, c, "memberOf", "CEMAC", "the Economic and Monetary Community of Central Africa (CEMAC), to which all three belong")
r(D3, "Mayumba", "locatedIn", "Nyanga", "Mayumba, a town in Gabon's Nyanga province")
r(D3, "Mayumba", "locatedIn", "Gabon", "Mayumba, a town in Gabon's Nyanga province")
r(D3, "Pointe-Noire", "locatedIn", "Republic of the Congo", "Pointe-Noire, the Congo's economic capital")
for c in ["Republic of the Congo", "Gabon"]:
    r(D3, c, "claims", "Conkouati triangle", "the wedge of sea off the Kouilou coast that both countries claim")
r(D4, "India", "sharesBorderWith", "China", "India and China share a 3,488-km border")
r(D4, "China", "invaded", "India", "Chinese troops invaded India in October 1962")
r(D4, "Galwan Valley", "locatedIn", "Ladakh", "the entire Galwan Valley in eastern Ladakh")
r(D4, "China", "claims", "Galwan Valley", "India does not recognise China's claim to the Galwan Valley")
r(D4, "India", "claims", "Galwan Valley", "will ever recognise either claim")
r(D4, "Leh", "locatedIn", "Ladakh", "Leh, the largest town in Ladakh")
r(D4, "14 Corps", "locatedIn", "Leh", "the Army's 14 Corps in Leh")
r(D4, "Harbhajan Sekhon", "spouse", "Gurpreet Sekhon", "His wife, Gurpreet Sekhon")
r(D4, "Tashi Dorjay Namgyal", "memberOf", "BJP", "Tashi Dorjay Namgyal of the BJP")
r(D4, "Anjali Thekkekara", "memberOf", "Congress", "Congress MP Anjali Thekkekara")
r(D4, "India", "memberOf", "Shanghai Cooperation Organisation", "India is a member of the Shanghai Cooperation Organisation, as is China")
r(D4, "China", "memberOf", "Shanghai Cooperation Organisation", "India is a member of the Shanghai Cooperation Organisation, as is China")
r(D5, "Colin Duffy", "spouse", "Margaret Duffy", "Colin and Margaret Duffy, who have been married for 54 years")
r(D5, "Motueka", "locatedIn", "Tasman District", "Motueka, a town of about 8,000 people in the Tasman District")
r(D5, "Richmond", "locatedIn", "Tasman District", "the second-largest town in the district after Richmond")
r(D5, "Tasman District", "locatedIn", "South Island", "The Tasman District lies at the top of the South Island.")
r(D5, "Harriet Ngata", "memberOf", "National", "Nelson-Tasman MP Harriet Ngata (National)")

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": E, "not_person": NOT_PERSON,
        "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S, "no_stance": NO_STANCE,
        "positions": POS, "relations": R}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
