#!/usr/bin/env python3
"""Writes bench/heldout53/gold.json (run from anywhere)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1, D2, D3, D4, D5 = ("01_lesothotimes_conquered_territory.txt", "02_irrawaddy_wa_state.txt",
                      "03_alwatwan_anjouan.txt", "04_mainichi_ryukyu.txt",
                      "05_zimchronicle_cowdray_park_clinic.txt")
ABOUT = """Gold for bench/heldout53 (blind set, written without reading the extractor code).
quotes: `key` is a verbatim stretch of the quote. required = a full statement with an explicit speaker
(name, surname, honorific + surname, pronoun, role or organisation), including sentences after the cue,
colon quotes and every paragraph of a multi-paragraph quote; optional = partial quotes, headline/deck
echoes and second holders. Anonymous speakers are not listed. unattributed = quoted strings with no speaker.
stances: polarity follows the wording; holders are countries (a capital, ministry, embassy or minister
speaking for it counts as the country); questions, hypotheticals and `is expected to recognise` are not
stances; a claimant's own claim is optional. positions: of_any empty when no organisation is named;
former=true for former posts. relations: only those stated in the text. entities: every named person,
organisation, country, territory and place, including bylines, photo credits, footers and related links;
rivers, platforms, agreements and events are not entities."""

E = []
def ent(t, name, docs, *aliases):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": docs})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"
# shared
ent(C, "South Africa", [D1]); ent(C, "Lesotho", [D1], "Kingdom of Lesotho")
ent(C, "China", [D2, D4]); ent(C, "Japan", [D4, D5]); ent(C, "Myanmar", [D2], "Burma")
ent(O, "ASEAN", [D2]); ent(O, "African Union", [D3])
# 01
for n, a in [("Lerato Phakoana", "Phakoana"), ("Tumelo Ramakatsa", "Ramakatsa"), ("Rethabile Mohapi", "Mohapi"),
             ("'Makhotso Lethunya", "Lethunya"), ("Nomvula Khumalo-Dube", "Khumalo-Dube"), ("Tšepo Mofolo", "Mofolo"),
             ("Khotso Ramoreboli", "Ramoreboli"), ("Thabang Letsie", "Letsie"), ("Lebohang Mphafane", "Mphafane")]:
    ent(P, n, [D1], a)
ent(O, "Basotho National Party", [D1], "BNP"); ent(O, "Revolution for Prosperity", [D1], "RFP")
ent(O, "National Assembly", [D1]); ent(O, "Organisation of African Unity", [D1])
ent(O, "Southern African Development Community", [D1], "SADC"); ent(O, "Southern African Customs Union", [D1], "SACU")
ent(O, "Department of International Relations and Cooperation", [D1], "DIRCO")
ent(O, "National University of Lesotho", [D1]); ent(O, "Lesotho Times", [D1]); ent(O, "Public Eye", [D1])
ent(T, "Conquered Territory", [D1])
for n in ["Maseru", "Mokhotlong", "Ficksburg", "Ladybrand", "Wepener", "Free State", "Maputsoe", "Pretoria", "Roma"]:
    ent(PL, n, [D1])
ent(C, "Botswana", [D1]); ent(C, "Eswatini", [D1])
# 02
for n, a in [("Nang Seng Hom", None), ("Sai Lon Kham", None), ("Nyi Rang", None), ("Kyaw Zeya Tun", None),
             ("Liu Wenhao", "Liu"), ("Pimchanok Srisawat", "Pimchanok"), ("Hnin Ei Phyu", None),
             ("Sai Hseng Mong", None), ("Nang Khin Lay", None), ("Bao Sam Hkun", None)]:
    ent(P, n, [D2], *([a] if a else []))
ent(O, "The Irrawaddy", [D2], "Irrawaddy"); ent(O, "United Wa State Party", [D2], "UWSP")
ent(O, "United Wa State Army", [D2]); ent(O, "Tatmadaw", [D2])
ent(O, "National Unity Government", [D2], "NUG")
ent(O, "Institute for Strategy and Policy – Myanmar", [D2], "ISP-Myanmar")
ent(O, "United Nations", [D2]); ent(O, "Shan Herald Agency for News", [D2])
ent(T, "Wa Special Region", [D2], "Wa region")
for n in ["Naypyitaw", "Pangkham", "Shan State", "Beijing", "Bangkok", "New Delhi", "Lashio", "Mong Hsat", "Chiang Mai"]:
    ent(PL, n, [D2] + ([D4] if n == "Beijing" else []))
ent(PL, "Yunnan Province", [D2], "Yunnan")
ent(C, "Thailand", [D2]); ent(C, "Laos", [D2])
# 03
for n, a in [("Faïza Soulé Mbaé", "Mbaé"), ("Nourdine Attoumane", "Attoumane"), ("Abdallah Chamssoudine", "Chamssoudine"),
             ("Ahmed Djaanfar Soilihi", "Soilihi"), ("Anrifi Bacar Houmadi", "Houmadi"), ("Zaïnaba Said Omar", "Zaïnaba")]:
    ent(P, n, [D3], a)
ent(O, "Al-Watwan", [D3]); ent(O, "Mouvement pour l'Autodétermination de Ndzuani", [D3], "MAN")
ent(O, "ORTC", [D3]); ent(O, "Ministry of Foreign Affairs and East African Cooperation", [D3])
ent(O, "Arab League", [D3]); ent(O, "Université des Comores", [D3])
ent(C, "Comoros", [D3], "Union of the Comoros"); ent(C, "Tanzania", [D3], "United Republic of Tanzania")
ent(C, "France", [D3]); ent(C, "Madagascar", [D3])
ent(T, "Anjouan", [D3], "Ndzuani"); ent(T, "Mayotte", [D3])
for n in ["Mutsamudu", "Moroni", "Dar es Salaam", "Paris", "Antananarivo"]:
    ent(PL, n, [D3])
# 04
for n, a in [("Haruto Kanemaki", "Kanemaki"), ("Rina Okabe", "Okabe"), ("Wei Lanting", None), ("Qiao Songlin", None),
             ("Gao Minghui", "Gao"), ("Douglas Whitcombe", "Whitcombe"), ("Caitlin Marr", "Marr"),
             ("Mitsuko Tamashiro", "Tamashiro"), ("Kenji Higa", "Higa"), ("Shota Nishihara", "Nishihara")]:
    ent(P, n, [D4], *([a] if a else []))
ent(O, "The Mainichi", [D4], "Mainichi"); ent(O, "Chinese Academy of Social Sciences", [D4])
ent(O, "Fudan University", [D4]); ent(O, "House of Councillors", [D4]); ent(O, "University of the Ryukyus", [D4])
ent(O, "Group of Seven", [D4], "G7"); ent(O, "Prime Minister's Office", [D4])
ent(O, "Marine Corps Air Station Futenma", [D4], "Futenma"); ent(O, "The Mainichi Newspapers", [D4])
ent(C, "United States", [D4], "U.S."); ent(C, "Australia", [D4])
ent(T, "Ryukyu Islands", [D4], "Ryukyus")
ent(PL, "Okinawa", [D4]); ent(PL, "Tokyo", [D4]); ent(PL, "Canberra", [D4]); ent(PL, "Naha", [D4])
ent(PL, "Ginowan", [D4]); ent(PL, "Seoul", [D4]); ent(PL, "Washington", [D4])
# 05
for n, a in [("Bongani Sithole", "Sithole"), ("Nkosana Dube", "Dube"), ("Sipho Ndlovu-Khanye", "Ndlovu-Khanye"),
             ("Thandiwe Ndlovu-Khanye", "Mrs Thandiwe Ndlovu-Khanye"), ("Nomsa Mguni", "Mguni"), ("Memory Moyo", "Moyo"),
             ("Tinashe Mpofu", "Mpofu"), ("Sikhanyisiwe Nkomo", "Nkomo"), ("Kudakwashe Mhlanga", "Mhlanga"),
             ("Ephraim Ncube", "Ncube")]:
    ent(P, n, [D5], a)
ent(O, "The Chronicle", [D5], "Chronicle"); ent(O, "Bulawayo City Council", [D5])
ent(O, "Hlalani Kuhle Clinic", [D5]); ent(O, "Higherlife Foundation", [D5])
ent(O, "Citizens Coalition for Change", [D5], "CCC"); ent(O, "Mpilo Central Hospital", [D5], "Mpilo")
ent(O, "Zimpapers", [D5]); ent(C, "Zimbabwe", [D5])
for n in ["Bulawayo", "Cowdray Park", "Luveve", "Emganwini", "Hlalani Kuhle"]:
    ent(PL, n, [D5])

NOT_PERSON = ["Lesotho", "Basotho", "Mosotho", "Ntate", "'M'e", "Mokhotlong", "Ficksburg", "Ladybrand", "Wepener",
              "Maputsoe", "Roma", "Mohokare", "DIRCO", "Lesotho Times", "Public Eye", "Conquered Territory",
              "Eswatini", "Pretoria", "Maseru", "Free State",
              "Wa", "Pangkham", "Naypyitaw", "Tatmadaw", "Irrawaddy", "Kokang", "Lashio", "Mong Hsat", "Shan",
              "Nam Hka", "Yunnan", "UWSP", "ISP-Myanmar", "Daw", "U Nyi",
              "Anjouan", "Ndzuani", "Mutsamudu", "Moroni", "Al-Watwan", "ORTC", "Mayotte", "Antananarivo",
              "Ryukyu", "Ryukyus", "Okinawa", "Futenma", "Ginowan", "Naha", "Fudan", "Qing", "Mainichi",
              "Cowdray Park", "Luveve", "Emganwini", "Hlalani Kuhle", "Mpilo", "Zimpapers", "Higherlife",
              "Cllr", "Sister", "Bulawayo"]

Q = []
def q(speaker, key, doc, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
# 01
q("Rethabile Mohapi", "We are not asking for war. We are asking for a conversation", D1)
q("Rethabile Mohapi", "Ficksburg, Ladybrand and Wepener were farmed by Basotho", D1)
q("Rethabile Mohapi", "was taken from our forefathers by the gun and never by any treaty", D1, "optional")
q("'Makhotso Lethunya", "Lesotho recognises South Africa's sovereignty over what our grandparents called", D1)
q("'Makhotso Lethunya", "Our borders were settled when the Organisation of African Unity asked", D1)
q("'Makhotso Lethunya", "sends the wrong message to our largest trading partner", D1, "optional")
q("'Makhotso Lethunya", "We recognise South Africa's borders as they stand", D1, "optional")
q("Department of International Relations and Cooperation", "South Africa rejects the claim to the so-called Conquered Territory", D1)
q("South Africa", "South Africa rejects the claim to the so-called Conquered Territory", D1, "optional")
q("Nomvula Khumalo-Dube", "We value our relationship with Maseru enormously", D1)
q("Tšepo Mofolo", "Every few years somebody stands up in Parliament", D1)
q("Tšepo Mofolo", "Government always gives the same answer, because it has no other answer", D1)
q("Tšepo Mofolo", "Not one. Not Botswana, not Eswatini, not anybody", D1)
q("Tšepo Mofolo", "more about the 2030 election than about land", D1, "optional")
q("Khotso Ramoreboli", "a history lesson, not a foreign policy", D1, "optional")
q("Khotso Ramoreboli", "Our people need water, roads and jobs", D1)
q("Lebohang Mphafane", "fully supports the minister's statement to the House", D1, "optional")
q("Nomvula Khumalo-Dube", "speaks for itself", D1, "optional")
# 02
q("Nyi Rang", "Our people have governed themselves for almost forty years", D2)
q("Nyi Rang", "We are not leaving Myanmar. Nobody in Pangkham has said that", D2)
q("Nyi Rang", "We are asking for the same status as any state of the Union", D2)
q("Kyaw Zeya Tun", "No region of the Union can leave it by holding a vote", D2)
q("Kyaw Zeya Tun", "null and void", D2, "optional")
q("Liu Wenhao", "China has always considered the Wa region an inseparable part of Myanmar", D2)
q("Liu Wenhao", "We hope all parties will settle their differences through dialogue", D2)
q("Pimchanok Srisawat", "Our position is unchanged", D2)
q("Pimchanok Srisawat", "Thailand deals with the government of Myanmar on all border questions", D2)
q("Hnin Ei Phyu", "The future of the Wa region must be decided in a federal democratic union", D2)
q("Hnin Ei Phyu", "a distraction", D2, "optional")
q("Sai Hseng Mong", "The Wa have the army, the money and the patron", D2)
q("Sai Hseng Mong", "A referendum is a way of asking for that seat without firing a shot", D2)
q("Nang Khin Lay", "more worried about the price of rice than about flags", D2, "optional")
q("Bao Sam Hkun", "peaceful and orderly", D2, "optional")
q("Bao Sam Hkun", "We invite observers from ASEAN, from China and from the United Nations", D2)
# 03
q("Abdallah Chamssoudine", "Moroni takes our port fees, our vanilla and our young people", D3)
q("Abdallah Chamssoudine", "From today Ndzuani will run its own affairs", D3)
q("Abdallah Chamssoudine", "We have no weapons and we want none", D3)
q("Ahmed Djaanfar Soilihi", "with people who wave flags on a Saturday", D3, "optional")
q("Ahmed Djaanfar Soilihi", "There is one Comoros and it has three islands", D3)
q("Ahmed Djaanfar Soilihi", "I have spoken this morning to our partners in the African Union", D3)
q("Ahmed Djaanfar Soilihi", "Not one flag more", D3, "optional")
q("Comoros", "Not one flag more", D3, "optional")
q("Anrifi Bacar Houmadi", "Our island has already paid for one secession", D3)
q("Ministry of Foreign Affairs and East African Cooperation", "the United Republic of Tanzania backs the sovereignty of the Union of the Comoros", D3)
q("Tanzania", "the United Republic of Tanzania backs the sovereignty of the Union of the Comoros", D3, "optional")
q("Madagascar", "all Comorians to settle their differences within the institutions", D3, "optional")
q("Zaïnaba Said Omar", "a cry about money and about jobs", D3, "optional")
q("Zaïnaba Said Omar", "People in Anjouan do not feel that the Union shares anything", D3)
q("Zaïnaba Said Omar", "If Moroni answers only with the gendarmerie", D3)
# 04
q("Haruto Kanemaki", "Our sovereignty over Okinawa is not a matter for academic debate", D4)
q("Haruto Kanemaki", "will respond calmly but firmly", D4, "optional")
q("Haruto Kanemaki", "We will not allow one article to damage the relationship", D4)
q("Haruto Kanemaki", "Our sovereignty is not a matter for academic debate", D4, "optional")
q("Wei Lanting", "was never accepted by the Qing court", D4, "optional")
q("Qiao Songlin", "was never accepted by the Qing court", D4, "optional")
q("Gao Minghui", "the views of the scholars themselves", D4, "optional")
q("Gao Minghui", "China does not accept that the status of the Ryukyu Islands was settled", D4)
q("Douglas Whitcombe", "The United States recognizes Japan's sovereignty over the Ryukyu Islands", D4)
q("Caitlin Marr", "Australia backs Japan's sovereignty over the Ryukyu Islands, full stop", D4)
q("Mitsuko Tamashiro", "a chess piece again", D4, "optional")
q("Mitsuko Tamashiro", "Okinawans remember the Battle of Okinawa", D4)
q("Kenji Higa", "The Qing court's objections in the 1880s are well documented", D4)
q("Kenji Higa", "After 1972, no government in the world questioned Japanese sovereignty", D4)
q("Kenji Higa", "A historian should ask why this article appears now", D4)
# 05
q("Sipho Ndlovu-Khanye", "For four years we told this community that a clinic was coming", D5)
q("Sipho Ndlovu-Khanye", "This is not the end of our work in Cowdray Park", D5)
q("Nomsa Mguni", "Our biggest concern has been expectant mothers", D5)
q("Memory Moyo", "The demand is bigger than anyone expected", D5)
q("Tinashe Mpofu", "People here contributed two dollars, five dollars", D5)
q("Sikhanyisiwe Nkomo", "It took me two hours each way with a sick baby on my back", D5)
q("Kudakwashe Mhlanga", "Government and council must pull in the same direction", D5)
q("Kudakwashe Mhlanga", "The people of Cowdray Park should not have to choose between a bus fare", D5)

UNATTRIBUTED = ["open negotiations for the return of the lands taken in 1866 and 1868", "Our borders are settled",
                "statehood referendum", "Statehood Referendum", "We Are Not Kokang", "Ndzuani State",
                "declaration of sovereignty", "Le port de Mutsamudu doit rester à l’Union",
                "historically undetermined", "Calm answers to provocative history"]

S = []
def st(country, stance, terr, doc, ev, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc], "evidence": ev, "status": status})
st("Lesotho", "recognises", ["Conquered Territory"], D1, "Lesotho recognises South Africa's sovereignty over what our grandparents called the Conquered Territory")
st("South Africa", "doesNotRecognise", ["Conquered Territory"], D1, "South Africa rejects the claim to the so-called Conquered Territory")
st("China", "recognises", ["Wa Special Region", "Wa region"], D2, "China has always considered the Wa region an inseparable part of Myanmar")
st("Thailand", "doesNotRecognise", ["Wa Special Region", "Wa region"], D2, "has never recognised the Wa Special Region as a separate state")
st("Tanzania", "recognises", ["Anjouan", "Ndzuani"], D3, "the United Republic of Tanzania backs the sovereignty of the Union of the Comoros over Anjouan")
st("France", "doesNotRecognise", ["Anjouan", "Ndzuani"], D3, "France refuses to recognise Anjouan as a state")
st("Madagascar", "recognises", ["Anjouan", "Ndzuani"], D3, "acknowledged Comorian sovereignty over Anjouan")
st("Comoros", "recognises", ["Anjouan", "Ndzuani"], D3, "The Union considers Anjouan an integral part of the national territory", "optional")
st("China", "doesNotRecognise", ["Ryukyu Islands", "Ryukyus"], D4, "China does not accept that the status of the Ryukyu Islands was settled")
st("United States", "recognises", ["Ryukyu Islands", "Ryukyus"], D4, "The United States recognizes Japan's sovereignty over the Ryukyu Islands")
st("Australia", "recognises", ["Ryukyu Islands", "Ryukyus"], D4, "Australia backs Japan's sovereignty over the Ryukyu Islands")
st("Japan", "recognises", ["Ryukyu Islands", "Ryukyus"], D4, "Japan considers the Ryukyu Islands an inherent part of its territory", "optional")

POS = []
def pos(person, titles, of, doc, ev, former=False, status="required"):
    POS.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": ev, "former": former, "status": status})
pos("Rethabile Mohapi", ["MP"], ["Basotho National Party", "BNP", "Mokhotlong"], D1, "a Basotho National Party (BNP) MP who represents the Mokhotlong constituency", status="optional")
pos("'Makhotso Lethunya", ["Foreign Affairs and International Relations Minister", "minister"], [], D1, "Foreign Affairs and International Relations Minister 'M'e 'Makhotso Lethunya")
pos("'Makhotso Lethunya", ["High Commissioner"], ["Lesotho"], D1, "who was Lesotho's High Commissioner in Pretoria until 2025", former=True)
pos("Nomvula Khumalo-Dube", ["spokesperson"], ["Department of International Relations and Cooperation", "DIRCO"], D1, "DIRCO spokesperson Nomvula Khumalo-Dube")
pos("Tšepo Mofolo", ["senior lecturer", "lecturer"], ["National University of Lesotho"], D1, "a senior lecturer in political science at the National University of Lesotho")
pos("Khotso Ramoreboli", ["chief whip"], ["Revolution for Prosperity", "RFP"], D1, "the chief whip of the ruling Revolution for Prosperity (RFP)")
pos("Thabang Letsie", ["Prime Minister"], ["Lesotho"], D1, "Lesotho's Prime Minister, Thabang Letsie")
pos("Lebohang Mphafane", ["spokesperson"], [], D1, "His spokesperson, Ntate Lebohang Mphafane", status="optional")
pos("Lerato Phakoana", ["parliamentary reporter", "reporter"], ["Lesotho Times"], D1, "Lerato Phakoana is the Lesotho Times parliamentary reporter")
pos("Lerato Phakoana", ["courts", "reporter"], ["Public Eye"], D1, "She previously covered the courts for Public Eye", former=True, status="optional")
pos("Nyi Rang", ["spokesman"], ["United Wa State Party", "UWSP"], D2, "UWSP spokesman U Nyi Rang")
pos("Kyaw Zeya Tun", ["spokesman"], ["junta"], D2, "The junta’s spokesman, Major General Kyaw Zeya Tun", status="optional")
pos("Kyaw Zeya Tun", ["Major General"], [], D2, "Major General Kyaw Zeya Tun", status="optional")
pos("Liu Wenhao", ["spokesperson"], ["Chinese Foreign Ministry", "China"], D2, "Chinese Foreign Ministry spokesperson Liu Wenhao")
pos("Pimchanok Srisawat", ["deputy spokeswoman", "spokeswoman"], ["Thai foreign ministry", "Thailand", "Thai"], D2, "Thai foreign ministry deputy spokeswoman Pimchanok Srisawat")
pos("Hnin Ei Phyu", ["head", "minister"], ["National Unity Government", "NUG"], D2, "who heads the foreign ministry of the National Unity Government (NUG)")
pos("Sai Hseng Mong", ["senior researcher", "researcher"], ["Institute for Strategy and Policy", "ISP-Myanmar"], D2, "a senior researcher at the Institute for Strategy and Policy – Myanmar (ISP-Myanmar)")
pos("Nang Khin Lay", ["lawyer"], [], D2, "a lawyer in Lashio", status="optional")
pos("Bao Sam Hkun", ["vice-chairman", "vice chairman"], ["United Wa State Party", "UWSP"], D2, "the UWSP’s vice-chairman, Bao Sam Hkun")
pos("Nang Seng Hom", ["reporter", "covers ethnic affairs"], ["Shan Herald Agency for News"], D2, "She was formerly a reporter for the Shan Herald Agency for News", former=True)
pos("Abdallah Chamssoudine", ["leader"], ["Mouvement pour l'Autodétermination de Ndzuani", "MAN", "movement"], D3, "The movement’s leader, M. Abdallah Chamssoudine")
pos("Abdallah Chamssoudine", ["customs officer"], [], D3, "a former customs officer", former=True, status="optional")
pos("Ahmed Djaanfar Soilihi", ["Foreign Minister"], [], D3, "Foreign Minister M. Ahmed Djaanfar Soilihi")
pos("Anrifi Bacar Houmadi", ["governor"], ["Anjouan"], D3, "The governor of Anjouan, M. Anrifi Bacar Houmadi")
pos("Zaïnaba Said Omar", ["lecturer"], ["Université des Comores"], D3, "a lecturer in public law at the Université des Comores")
pos("Faïza Soulé Mbaé", ["correspondent"], ["Al-Watwan"], D3, "Faïza Soulé Mbaé is Al-Watwan’s correspondent in Anjouan")
pos("Haruto Kanemaki", ["Chief Cabinet Secretary"], [], D4, "Chief Cabinet Secretary Haruto Kanemaki")
pos("Gao Minghui", ["spokesperson"], ["Chinese Foreign Ministry", "China"], D4, "Chinese Foreign Ministry spokesperson Gao Minghui")
pos("Douglas Whitcombe", ["Ambassador"], ["United States", "U.S.", "Japan"], D4, "U.S. Ambassador to Japan Douglas Whitcombe")
pos("Caitlin Marr", ["Foreign Minister"], ["Australia", "Australian"], D4, "Australian Foreign Minister Caitlin Marr")
pos("Mitsuko Tamashiro", ["Gov.", "governor"], ["Okinawa"], D4, "Okinawa Gov. Mitsuko Tamashiro")
pos("Mitsuko Tamashiro", ["member"], ["House of Councillors"], D4, "a former member of the House of Councillors", former=True)
pos("Kenji Higa", ["Professor"], ["University of the Ryukyus"], D4, "Professor Kenji Higa, who teaches modern East Asian history at the University of the Ryukyus")
pos("Wei Lanting", ["historian"], ["Fudan University"], D4, "historians Wei Lanting and Qiao Songlin of Fudan University", status="optional")
pos("Qiao Songlin", ["historian"], ["Fudan University"], D4, "historians Wei Lanting and Qiao Songlin of Fudan University", status="optional")
pos("Sipho Ndlovu-Khanye", ["Mayor"], ["Bulawayo"], D5, "Bulawayo Mayor Cllr Sipho Ndlovu-Khanye")
pos("Sipho Ndlovu-Khanye", ["councillor"], ["Citizens Coalition for Change", "CCC", "Ward 8"], D5, "a Citizens Coalition for Change (CCC) councillor for Ward 8", status="optional")
pos("Thandiwe Ndlovu-Khanye", ["nursing sister"], [], D5, "a retired nursing sister", former=True, status="optional")
pos("Nomsa Mguni", ["director of health services", "director"], ["Council", "Bulawayo City Council"], D5, "Council's director of health services, Dr Nomsa Mguni")
pos("Memory Moyo", ["Sister-in-charge"], [], D5, "Sister-in-charge Memory Moyo")
pos("Tinashe Mpofu", ["councillor"], ["Ward 28"], D5, "Ward 28 councillor Cllr Tinashe Mpofu", status="optional")
pos("Kudakwashe Mhlanga", ["Minister of State"], ["Bulawayo Provincial Affairs"], D5, "The Minister of State for Bulawayo Provincial Affairs and Devolution, Mr Kudakwashe Mhlanga")
pos("Ephraim Ncube", ["Town clerk"], [], D5, "Town clerk Mr Ephraim Ncube")
pos("Bongani Sithole", ["reporter"], ["Chronicle"], D5, "Bongani Sithole is a Chronicle reporter covering local government in Bulawayo")
pos("Sikhanyisiwe Nkomo", ["vendor"], [], D5, "a vendor and mother of three from Hlalani Kuhle", status="optional")

R = []
def rel(s, p, o, doc, ev):
    R.append({"subject": s, "predicate": p, "object": o, "symmetric": p in ("spouse", "sharesBorderWith"),
              "docs": [doc], "evidence": ev, "status": "required"})
rel("Rethabile Mohapi", "memberOf", "Basotho National Party", D1, "a Basotho National Party (BNP) MP")
rel("Khotso Ramoreboli", "memberOf", "Revolution for Prosperity", D1, "the chief whip of the ruling Revolution for Prosperity (RFP)")
rel("Ficksburg", "locatedIn", "Free State", D1, "Ficksburg, a farming town in the Free State")
rel("Lesotho", "sharesBorderWith", "South Africa", D1, "Lesotho, which shares its only land border with South Africa")
rel("Lesotho", "memberOf", "Southern African Development Community", D1, "is a member of the Southern African Development Community (SADC)")
rel("Lesotho", "memberOf", "Southern African Customs Union", D1, "and of the Southern African Customs Union (SACU)")
rel("National University of Lesotho", "locatedIn", "Roma", D1, "the National University of Lesotho in Roma")
rel("Wa Special Region", "locatedIn", "Shan State", D2, "The Wa Special Region lies in Shan State")
rel("Myanmar", "sharesBorderWith", "China", D2, "Myanmar shares a border of more than 2,000 kilometers with China")
rel("Yunnan Province", "locatedIn", "China", D2, "China’s Yunnan Province")
rel("Laos", "memberOf", "ASEAN", D2, "Laos, an ASEAN member like Myanmar")
rel("Myanmar", "memberOf", "ASEAN", D2, "Laos, an ASEAN member like Myanmar")
rel("Sai Hseng Mong", "spouse", "Nang Khin Lay", D2, "His wife, Nang Khin Lay")
rel("Mutsamudu", "locatedIn", "Anjouan", D3, "Mutsamudu, Anjouan’s main town")
rel("Anjouan", "locatedIn", "Comoros", D3, "is one of the three islands of the Union of the Comoros")
rel("Comoros", "memberOf", "African Union", D3, "a member of the African Union and of the Arab League")
rel("Comoros", "memberOf", "Arab League", D3, "a member of the African Union and of the Arab League")
rel("Comoros", "claims", "Mayotte", D3, "also claims Mayotte")
rel("Wei Lanting", "spouse", "Qiao Songlin", D4, "Wei Lanting and Qiao Songlin of Fudan University, who are married")
rel("Wei Lanting", "memberOf", "Fudan University", D4, "historians Wei Lanting and Qiao Songlin of Fudan University")
rel("Japan", "annexed", "Ryukyu Islands", D4, "Japan annexed the Ryukyus in 1879")
rel("Okinawa", "locatedIn", "Japan", D4, "Okinawa, Japan's southernmost prefecture")
rel("Japan", "invaded", "China", D4, "Japan's invasion of China in 1937")
rel("Japan", "memberOf", "Group of Seven", D4, "Japan and the United States are both members of the Group of Seven")
rel("United States", "memberOf", "Group of Seven", D4, "Japan and the United States are both members of the Group of Seven")
rel("Marine Corps Air Station Futenma", "locatedIn", "Ginowan", D4, "Marine Corps Air Station Futenma in Ginowan")
rel("Sipho Ndlovu-Khanye", "spouse", "Thandiwe Ndlovu-Khanye", D5, "his wife, Mrs Thandiwe Ndlovu-Khanye")
rel("Sipho Ndlovu-Khanye", "memberOf", "Citizens Coalition for Change", D5, "a Citizens Coalition for Change (CCC) councillor")
rel("Cowdray Park", "locatedIn", "Bulawayo", D5, "Cowdray Park, on the north-western edge of Bulawayo")
rel("Bulawayo", "locatedIn", "Zimbabwe", D5, "Bulawayo, Zimbabwe's second-largest city")
rel("Hlalani Kuhle Clinic", "locatedIn", "Cowdray Park", D5, "opened a new clinic in Cowdray Park")
rel("Maputsoe", "locatedIn", "Lesotho", D1, "Maputsoe, a town in Lesotho")
rel("Mpilo Central Hospital", "locatedIn", "Bulawayo", D5, "Mpilo Central Hospital in Bulawayo")
rel("Chiang Mai", "locatedIn", "Thailand", D2, "Chiang Mai in northern Thailand")

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": E,
        "not_person": NOT_PERSON, "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S,
        "positions": POS, "relations": R}
if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
