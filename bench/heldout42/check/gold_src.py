#!/usr/bin/env python3
"""Writes bench/heldout42/gold.json, the hand-made gold for the five heldout42 articles."""
import json
from pathlib import Path

D = {1: "01_eyeradio_heglig.txt", 2: "02_phnompenhpost_preah_vihear.txt", 3: "03_deccanherald_aksai_chin.txt",
     4: "04_inquirer_ayungin.txt", 5: "05_stroudnews_stratford_lido.txt"}
ABOUT = ("Gold for bench/heldout42 (five invented articles; every person is fictional). Quotes: `key` is a verbatim "
 "stretch of the quote; required = full statements with an explicit speaker (incl. sentences after the cue, colon "
 "quotes and continuation paragraphs); optional = partial quotes, headline/deck echoes. Anonymous speakers are not "
 "listed. `unattributed` = quoted strings with no speaker. Stances: a country's stated recognition of a territory "
 "(recognises) or refusal (doesNotRecognise); questions, hypotheticals and 'is expected to' are no stance; a "
 "claimant's own claim and hearsay are optional. Positions: `former` marks past posts; parliamentary/council seats, "
 "occupations and byline titles are optional; `of_any` empty when no body is named. Relations: only those stated in "
 "the text; all are scored. Entities carry `docs`; not_person lists names a careless extractor may make a person.")

E = []
def ent(t, docs, name, *aliases):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": [D[d] for d in docs]})
P = lambda docs, n, *a: ent("Person", docs, n, *a)
O = lambda docs, n, *a: ent("Organization", docs, n, *a)
C = lambda docs, n, *a: ent("Country", docs, n, *a)
T = lambda docs, n, *a: ent("Territory", docs, n, *a)
L = lambda docs, n, *a: ent("Place", docs, n, *a)

# countries
C([1], "South Sudan"); C([1], "Sudan", "Republic of the Sudan"); C([1], "Uganda"); C([1], "Kenya")
C([1], "Ethiopia"); C([1], "Egypt"); C([2], "Cambodia", "Kingdom of Cambodia"); C([2], "Thailand")
C([2, 4], "Vietnam"); C([2], "Laos"); C([2, 4], "Malaysia"); C([3], "India"); C([3, 4], "China")
C([3], "Pakistan"); C([3, 4], "United States", "US"); C([3], "Russia"); C([4], "Philippines"); C([4], "Japan")
# territories
T([1], "Heglig", "Panthou"); T([1], "Abyei"); T([2], "Preah Vihear temple", "Preah Vihear")
T([3], "Aksai Chin"); T([3], "Shaksgam Valley"); T([4], "Second Thomas Shoal", "Ayungin Shoal", "Ayungin", "Ren’ai Jiao")
T([4], "Spratly Islands", "Nansha Islands")
# places
for d, ns in {1: ["Juba", "Khartoum", "Port Sudan", "Addis Ababa", "Bentiu", "Unity State"],
              2: ["Phnom Penh", "Bangkok", "Hanoi", "The Hague", "Preah Vihear province", "Sra Em", "Vientiane"],
              3: ["New Delhi", "Beijing", "Islamabad", "Ladakh", "Leh", "Karnataka", "Mysuru", "Chandigarh",
                  "Washington", "Moscow", "Bengaluru", "Tokyo"],
              4: ["Manila", "Pasay City", "Kuala Lumpur", "Camp Aguinaldo", "Quezon City", "Palawan", "Bataraza"],
              5: ["Stroud", "Stratford Park", "Gloucester", "Gloucestershire", "Nailsworth", "Stroud Central"]}.items():
    for n in ns:
        L([d] if n not in ("Tokyo", "Beijing") else ([3, 4] if n == "Tokyo" else [3, 4]), n)
L([1], "Rubkona County", "Rubkona")
# organisations
O([1], "Eye Radio"); O([1, 3], "African Union", "AU"); O([1], "IGAD")
O([1], "Sudanese Ministry of Foreign Affairs"); O([1], "SPLM"); O([1], "Transitional National Legislative Assembly")
O([1], "Centre for Peace and Development Studies"); O([1], "University of Juba")
O([1], "Permanent Court of Arbitration"); O([1], "East African Community"); O([1], "University of Khartoum")
O([1], "Juba Monitor"); O([1], "Greater Pioneer Operating Company")
O([2, 4], "Asean", "Association of Southeast Asian Nations"); O([2], "International Court of Justice")
O([2], "Thai Ministry of Foreign Affairs"); O([2], "Thai PBS"); O([2], "Cambodian People’s Party")
O([2], "National Authority for Preah Vihear"); O([2], "Unesco"); O([2], "The Phnom Penh Post", "The Post")
O([2], "Post Media Co., Ltd.")
O([3], "Deccan Herald", "DH"); O([3], "Ministry of External Affairs", "MEA"); O([3], "Indian Army")
O([3], "Indian National Congress"); O([3], "Quad"); O([3], "State Department"); O([3], "BJP"); O([3], "Lok Sabha")
O([3], "14 Corps"); O([3], "Panjab University"); O([3], "Jawaharlal Nehru University")
O([3], "Shanghai Cooperation Organisation"); O([3], "BRICS"); O([3], "Ladakh Buddhist Association"); O([3], "PTI")
O([3], "The Printers (Mysore) Private Ltd.")
O([4], "Philippine Daily Inquirer", "Inquirer", "INQUIRER.net"); O([4], "Department of Foreign Affairs", "DFA")
O([4], "China Coast Guard"); O([4], "Chinese Embassy"); O([4], "US Embassy"); O([4], "University of the Philippines")
O([4], "Philippine Navy"); O([4], "Department of National Defense"); O([4], "Nacionalista Party")
O([5], "Stroud News & Journal", "SNJ"); O([5], "Stroud District Council"); O([5], "Friends of Stratford Park Lido")
O([5], "Labour"); O([5], "Stroud Tritons"); O([5], "Newsquest Media Group Ltd")
# persons
P([1], "Deng Akech Malual", "Malual"); P([1], "Nyaluak Gatdet", "Gatdet"); P([1], "Ramadan Lado Kenyi", "Lado")
P([1], "Osman Bakri Haroun", "Haroun"); P([1], "Tesfaye Girma Alemu"); P([1], "Angelina Nyakuoth Riek", "Riek")
P([1], "Peter Lomuro Wani", "Lomuro", "Dr Lomuro"); P([1], "Grace Ajak Lomuro")
P([2], "Sok Chanthou"); P([2], "Heng Vireak"); P([2], "Chea Sovannarith"); P([2], "Kanokwan Srisuwan")
P([2], "Ouk Sreyneang", "Lok Chumteav Ouk"); P([2], "Amirul Hakim Zainal"); P([2], "Pich Sambath")
P([2], "Kim Sopheap", "Sopheap"); P([2], "Rath Vuthy")
P([3], "Anand Raghavendra Rao"); P([3], "Lin Xiaomei", "Lin"); P([3], "Shreya Gowda-Patil")
P([3], "Vikram Sethuraman"); P([3], "Harjit Singh Bhullar", "Bhullar"); P([3], "Manpreet Kaur Bhullar")
P([3], "Devika Iyer"); P([3], "Tsering Angmo")
P([4], "Marlon T. Dizon", "Marlon Dizon"); P([4], "Teresita Villanueva-Ramos", "Villanueva-Ramos")
P([4], "Zhou Pengfei"); P([4], "Kenji Morimoto"); P([4], "Ana Liza Cabrera", "Cabrera")
P([4], "Jay R. Salonga", "Salonga"); P([4], "Maria Cristina Lacson-Uy", "Lacson-Uy"); P([4], "Rodolfo Macaraeg")
P([4], "Ronaldo Ybañez"); P([4], "Marites Ybañez"); P([4], "Jhoanna Pilar Santos")
P([5], "Harriet Coombe-Wells"); P([5], "Oliver Pendry"); P([5], "Rebecca Thornhill-Ash")
P([5], "Martin Oyelaran", "Oyelaran"); P([5], "Judith Mbeki-Carr"); P([5], "Tom Carr")
P([5], "Siobhan Gallagher-Price"); P([5], "Andrew Fennimore"); P([5], "Laura Denholm")
P([5], "Katie Lowther-Banks")

Q = []
def q(d, spk, key, st="required"):
    Q.append({"speaker": spk, "key": key, "docs": [D[d]], "status": st})
q(1, "South Sudan", "Panthou is ours, and the map says so", "optional")
q(1, "Ramadan Lado Kenyi", "will not accept any contract signed by Khartoum over Panthou", "optional")
q(1, "Ramadan Lado Kenyi", "Panthou lies inside the borders we drew at independence")
q(1, "Ramadan Lado Kenyi", "We have written to the African Union and to IGAD")
q(1, "Osman Bakri Haroun", "Heglig is Sudanese land by every map and every treaty")
q(1, "Osman Bakri Haroun", "The Republic of the Sudan rejects the claim of Juba outright")
q(1, "Osman Bakri Haroun", "no quarrel with our brothers in the south", "optional")
q(1, "Kenya", "by force of arms", "optional")
q(1, "Angelina Nyakuoth Riek", "Our children are drinking water poisoned by the wells")
q(1, "Angelina Nyakuoth Riek", "The money must come to Bentiu")
q(1, "Peter Lomuro Wani", "a question of maps, not of guns", "optional")
q(1, "Peter Lomuro Wani", "Both governments know the 1956 line is unclear here")
q(1, "Peter Lomuro Wani", "fixed Abyei's borders in 2009, and the same road is open for Heglig")
q(1, "Grace Ajak Lomuro", "We taught them the same geography")
q(2, "Chea Sovannarith", "The Kingdom of Cambodia has full sovereignty over the temple")
q(2, "Chea Sovannarith", "The International Court of Justice decided this in 1962")
q(2, "Chea Sovannarith", "We ask only that Asean come and see with its own eyes")
q(2, "Chea Sovannarith", "Cambodia does not want a war with anyone")
q(2, "Thai Ministry of Foreign Affairs", "respects the judgments of the court", "optional")
q(2, "Kanokwan Srisuwan", "The map that Cambodia uses was drawn by a French officer")
q(2, "Kanokwan Srisuwan", "Thailand has never recognised it as the boundary")
q(2, "Amirul Hakim Zainal", "both friends to talk", "optional")
q(2, "Ouk Sreyneang", "We won in The Hague. We will win again at the table")
q(2, "Kim Sopheap", "The foreigners read the news and they cancel")
q(2, "Kim Sopheap", "Every year it is the same story")
q(2, "Rath Vuthy", "It is our temple, but it is also the world")
q(2, "Pich Sambath", "a step backwards", "optional")
q(3, "Ministry of External Affairs", "integral part of India", "optional")
q(3, "Anand Raghavendra Rao", "Aksai Chin is an integral part of the Union Territory of Ladakh")
q(3, "Anand Raghavendra Rao", "India has never accepted China's illegal occupation of this area")
q(3, "Anand Raghavendra Rao", "take all steps necessary", "optional")
q(3, "Lin Xiaomei", "has always been Chinese territory", "optional")
q(3, "Lin Xiaomei", "The Indian side's protest is groundless")
q(3, "Lin Xiaomei", "China's construction on its own territory is entirely normal")
q(3, "Shreya Gowda-Patil", "If the Quad is a partnership, partners should speak up")
q(3, "Vikram Sethuraman", "has its own relationship with both", "optional")
q(3, "Harjit Singh Bhullar", "Once this road is built, they can move a division in two days")
q(3, "Harjit Singh Bhullar", "Our roads in Ladakh are improving, but slowly")
q(3, "Devika Iyer", "India and China will not settle this in our lifetime")
q(4, "Teresita Villanueva-Ramos", "We are not leaving Ayungin", "optional")
q(4, "Teresita Villanueva-Ramos", "will keep supplying our troops on Ayungin Shoal for as long as it takes", "optional")
q(4, "Teresita Villanueva-Ramos", "Ayungin is within our exclusive economic zone")
q(4, "Zhou Pengfei", "The Philippine side must stop sending construction materials")
q(4, "Zhou Pengfei", "is part of China’s Nansha Islands")
q(4, "Kenji Morimoto", "Japan supports a rules-based order at sea")
q(4, "Ana Liza Cabrera", "Kuala Lumpur has its own claims to defend")
q(4, "Jay R. Salonga", "Our marines are in good spirits")
q(4, "Maria Cristina Lacson-Uy", "an act of bullying", "optional")
q(4, "Maria Cristina Lacson-Uy", "We have asked the Department of National Defense for a full report")
q(4, "Ronaldo Ybañez", "We are just fishing where our fathers fished")
q(4, "Marites Ybañez", "Every time he sails, I pray until he comes back")
q(5, "Rebecca Thornhill-Ash", "The pool is the heart of summer here. People have waited")
q(5, "Rebecca Thornhill-Ash", "listened to every swimmer who wrote to us", "optional")
q(5, "Martin Oyelaran", "We found a cracked pipe in April")
q(5, "Judith Mbeki-Carr", "We had cake sales, a sponsored swim")
q(5, "Judith Mbeki-Carr", "We couldn't have done it without the people of Stroud")
q(5, "Siobhan Gallagher-Price", "Every child in the valleys should be able to swim in summer")
q(5, "Andrew Fennimore", "Taxpayers deserve to know why")
q(5, "Laura Denholm", "Forty minutes on a bus each way")

UN = ["one-sided"]

S = []
def s(d, c, st, terr, ev, status="required"):
    S.append({"country": c, "stance": st, "territory_any": terr, "docs": [D[d]], "evidence": ev, "status": status})
R_, N_ = "recognises", "doesNotRecognise"
s(1, "South Sudan", N_, ["Heglig", "Panthou"], "South Sudan has never recognised Sudan's control of Heglig")
s(1, "Uganda", R_, ["Heglig", "Panthou"], "backs South Sudan's sovereignty over Panthou")
s(1, "Sudan", N_, ["Heglig", "Panthou"], "The Republic of the Sudan rejects the claim of Juba outright", "optional")
s(2, "Thailand", N_, ["Preah Vihear"], "does not accept Cambodia’s claim to the 4.6-square-kilometre area next to the temple")
s(2, "Vietnam", R_, ["Preah Vihear"], "Vietnam considers the promontory part of Cambodia")
s(2, "Cambodia", R_, ["Preah Vihear"], "The Kingdom of Cambodia has full sovereignty over the temple and the promontory", "optional")
s(3, "India", N_, ["Aksai Chin"], "India does not recognise China's administration of Aksai Chin")
s(3, "Pakistan", R_, ["Aksai Chin"], "supports China's sovereignty over Aksai Chin")
s(3, "United States", R_, ["Aksai Chin"], "The United States recognises India's sovereignty over Aksai Chin", "optional")
s(3, "China", R_, ["Aksai Chin"], "has always been Chinese territory", "optional")
s(4, "China", N_, ["Second Thomas Shoal", "Ayungin", "Ren’ai Jiao"], "it has never recognised Philippine sovereignty over Second Thomas Shoal")
s(4, "Japan", R_, ["Second Thomas Shoal", "Ayungin", "Ren’ai Jiao"], "Japan backs the Philippines’ sovereignty over Ayungin")
s(4, "United States", R_, ["Second Thomas Shoal", "Ayungin", "Ren’ai Jiao"], "also considers the shoal part of the Philippine EEZ")
s(4, "Vietnam", N_, ["Spratly Islands", "Nansha Islands"], "Vietnam rejects the claim of China to the whole Spratly Islands")
s(4, "China", R_, ["Second Thomas Shoal", "Ayungin", "Ren’ai Jiao"], "Ren’ai Jiao is part of China’s Nansha Islands", "optional")
s(4, "Philippines", R_, ["Second Thomas Shoal", "Ayungin", "Ren’ai Jiao"], "Ayungin is within our exclusive economic zone", "optional")

PO = []
def p(d, person, titles, of, ev, status="required", former=False):
    PO.append({"person": person, "title_any": titles, "of_any": of, "docs": [D[d]], "evidence": ev,
               "status": status, "former": former})
p(1, "Ramadan Lado Kenyi", ["minister of foreign affairs", "foreign minister"], ["South Sudan"], "South Sudan's Minister of Foreign Affairs, Ramadan Lado Kenyi")
p(1, "Osman Bakri Haroun", ["spokesman"], ["Sudanese Ministry of Foreign Affairs", "Sudan"], "Osman Bakri Haroun, spokesman for the Sudanese Ministry of Foreign Affairs")
p(1, "Tesfaye Girma Alemu", ["ambassador", "envoy"], ["Ethiopia"], "Ambassador Tesfaye Girma Alemu, Ethiopia's envoy to South Sudan")
p(1, "Angelina Nyakuoth Riek", ["lawmaker"], ["SPLM", "Transitional National Legislative Assembly"], "an SPLM lawmaker from Unity State in the Transitional National Legislative Assembly", "optional")
p(1, "Peter Lomuro Wani", ["head", "heads", "director"], ["Centre for Peace and Development Studies", "University of Juba"], "who heads the Centre for Peace and Development Studies at the University of Juba")
p(1, "Grace Ajak Lomuro", ["lecturer"], ["University of Khartoum"], "a former lecturer at the University of Khartoum", former=True)
p(1, "Deng Akech Malual", ["reporter", "senior political reporter"], ["Eye Radio"], "Deng Akech Malual is Eye Radio's senior political reporter in Juba")
p(2, "Chea Sovannarith", ["deputy prime minister"], ["Cambodia"], "Deputy Prime Minister and Minister of Foreign Affairs Chea Sovannarith")
p(2, "Chea Sovannarith", ["minister of foreign affairs", "foreign minister"], ["Cambodia"], "Deputy Prime Minister and Minister of Foreign Affairs Chea Sovannarith")
p(2, "Kanokwan Srisuwan", ["foreign minister"], ["Thailand"], "Thailand’s Foreign Minister, Kanokwan Srisuwan")
p(2, "Ouk Sreyneang", ["secretary of state"], ["Cambodia", "Cambodian"], "secretary of state at the Cambodian foreign ministry")
p(2, "Amirul Hakim Zainal", ["ambassador"], ["Malaysia", "Malaysian"], "Datuk Amirul Hakim Zainal, the Malaysian ambassador to Cambodia")
p(2, "Pich Sambath", ["lawmaker", "member"], ["Cambodian People’s Party"], "the Cambodian People’s Party lawmaker Pich Sambath", "optional")
p(2, "Kim Sopheap", ["hotel owner", "owner"], [], "hotel owner Kim Sopheap", "optional")
p(2, "Rath Vuthy", ["director"], ["National Authority for Preah Vihear"], "a former director of the National Authority for Preah Vihear", former=True)
p(2, "Sok Chanthou", ["reporter", "political reporter"], ["Phnom Penh Post"], "Sok Chanthou is a political reporter at The Phnom Penh Post")
p(3, "Anand Raghavendra Rao", ["spokesperson"], ["Ministry of External Affairs", "MEA"], "MEA spokesperson Anand Raghavendra Rao")
p(3, "Lin Xiaomei", ["spokesperson"], ["China", "Chinese"], "Chinese foreign ministry spokesperson Lin Xiaomei")
p(3, "Shreya Gowda-Patil", ["MP"], ["Indian National Congress"], "Karnataka MP Shreya Gowda-Patil of the Indian National Congress", "optional")
p(3, "Vikram Sethuraman", ["minister of state for external affairs", "minister of state"], [], "Union Minister of State for External Affairs Vikram Sethuraman")
p(3, "Vikram Sethuraman", ["member"], ["Lok Sabha", "BJP"], "a BJP member of the Lok Sabha from Mysuru", "optional")
p(3, "Harjit Singh Bhullar", ["general officer commanding"], ["14 Corps"], "former General Officer Commanding of the Leh-based 14 Corps", former=True)
p(3, "Manpreet Kaur Bhullar", ["teaches history", "historian", "teacher"], ["Panjab University"], "who teaches history at Panjab University", "optional")
p(3, "Devika Iyer", ["prof", "professor"], ["Jawaharlal Nehru University"], "Prof. Devika Iyer of Jawaharlal Nehru University", "optional")
p(4, "Teresita Villanueva-Ramos", ["foreign affairs secretary", "secretary"], ["Philippines", "Department of Foreign Affairs", "Foreign Affairs"], "Foreign Affairs Secretary Teresita Villanueva-Ramos")
p(4, "Zhou Pengfei", ["spokesperson"], ["Chinese Embassy"], "Chinese Embassy spokesperson Zhou Pengfei")
p(4, "Kenji Morimoto", ["ambassador"], ["Japan", "Tokyo"], "Tokyo’s ambassador to Manila, Kenji Morimoto")
p(4, "Ana Liza Cabrera", ["maritime law expert", "expert"], ["University of the Philippines"], "a maritime law expert at the University of the Philippines", "optional")
p(4, "Jay R. Salonga", ["spokesperson"], ["Philippine Navy"], "Commodore Jay R. Salonga, spokesperson of the Philippine Navy")
p(4, "Maria Cristina Lacson-Uy", ["senator", "sen", "chair"], [], "Sen. Maria Cristina Lacson-Uy, who chairs the Senate committee on foreign relations", "optional")
p(4, "Rodolfo Macaraeg", ["defense secretary"], [], "Former Defense Secretary Rodolfo Macaraeg", former=True)
p(4, "Ronaldo Ybañez", ["fisherman"], [], "fisherman Ronaldo Ybañez", "optional")
p(4, "Marlon T. Dizon", ["reporter"], ["Philippine Daily Inquirer", "Inquirer"], "By: Marlon T. Dizon - Reporter", "optional")
p(5, "Rebecca Thornhill-Ash", ["leader"], ["Stroud District Council"], "Cllr Rebecca Thornhill-Ash, leader of Stroud District Council")
p(5, "Martin Oyelaran", ["head of leisure"], ["Stroud District Council", "council"], "the council's head of leisure, Martin Oyelaran")
p(5, "Judith Mbeki-Carr", ["chair"], ["Friends of Stratford Park Lido"], "Judith Mbeki-Carr, chair of the Friends of Stratford Park Lido")
p(5, "Tom Carr", ["treasurer"], ["Friends of Stratford Park Lido", "group"], "Her husband, Tom Carr, is the group's treasurer")
p(5, "Siobhan Gallagher-Price", ["councillor"], ["Labour", "Stroud Central"], "the Labour councillor for Stroud Central", "optional")
p(5, "Andrew Fennimore", ["group leader", "leader"], ["Conservative"], "The Conservative group leader, Cllr Andrew Fennimore", "optional")
p(5, "Laura Denholm", ["swimming coach", "coach"], [], "Swimming coach Laura Denholm")
p(5, "Katie Lowther-Banks", ["olympic swimmer", "swimmer"], [], "Former Olympic swimmer Katie Lowther-Banks", "optional", True)
p(5, "Harriet Coombe-Wells", ["chief reporter"], ["Stroud News & Journal"], "Harriet Coombe-Wells is chief reporter at the Stroud News & Journal")

RE = []
def r(d, a, pred, b, ev):
    RE.append({"subject": a, "predicate": pred, "object": b, "symmetric": pred in ("spouse", "sharesBorderWith"),
               "docs": [D[d]], "evidence": ev, "status": "required"})
r(1, "Uganda", "sharesBorderWith", "South Sudan", "Uganda, which borders South Sudan")
r(1, "Sudan", "sharesBorderWith", "South Sudan", "Sudan shares a long border with South Sudan")
r(1, "Sudan", "memberOf", "African Union", "both are members of the African Union")
r(1, "South Sudan", "memberOf", "African Union", "both are members of the African Union")
r(1, "South Sudan", "memberOf", "East African Community", "South Sudan, a member of the East African Community")
r(1, "Bentiu", "locatedIn", "Unity State", "Bentiu, the capital of Unity State")
r(1, "Angelina Nyakuoth Riek", "memberOf", "SPLM", "an SPLM lawmaker")
r(1, "Peter Lomuro Wani", "spouse", "Grace Ajak Lomuro", "His wife, Grace Ajak Lomuro")
r(2, "Cambodia", "sharesBorderWith", "Thailand", "Cambodia shares a border of about 800 kilometres with Thailand")
r(2, "Laos", "sharesBorderWith", "Cambodia", "Laos, which borders Cambodia and Thailand")
r(2, "Laos", "sharesBorderWith", "Thailand", "Laos, which borders Cambodia and Thailand")
r(2, "Cambodia", "memberOf", "Asean", "both countries are members of Asean")
r(2, "Thailand", "memberOf", "Asean", "both countries are members of Asean")
r(2, "Ouk Sreyneang", "spouse", "Pich Sambath", "who is married to the Cambodian People’s Party lawmaker Pich Sambath")
r(2, "Pich Sambath", "memberOf", "Cambodian People’s Party", "Pich Sambath, a member of the Cambodian People’s Party")
r(2, "Sra Em", "locatedIn", "Preah Vihear province", "Sra Em, the provincial capital of Preah Vihear province")
r(3, "Pakistan", "sharesBorderWith", "India", "Pakistan, which borders both India and China")
r(3, "Pakistan", "sharesBorderWith", "China", "Pakistan, which borders both India and China")
r(3, "India", "sharesBorderWith", "China", "India and China share a border of about 3,488 km")
r(3, "China", "invaded", "Aksai Chin", "China invaded Aksai Chin during the 1962 war")
r(3, "Shreya Gowda-Patil", "memberOf", "Indian National Congress", "Shreya Gowda-Patil of the Indian National Congress")
r(3, "Vikram Sethuraman", "memberOf", "BJP", "a BJP member of the Lok Sabha")
r(3, "Harjit Singh Bhullar", "spouse", "Manpreet Kaur Bhullar", "Bhullar's wife, Manpreet Kaur Bhullar")
for a in ("India", "China"):
    r(3, a, "memberOf", "Shanghai Cooperation Organisation", "both are members of the Shanghai Cooperation Organisation and BRICS")
    r(3, a, "memberOf", "BRICS", "both are members of the Shanghai Cooperation Organisation and BRICS")
r(3, "Leh", "locatedIn", "Ladakh", "Leh, the joint capital of Ladakh")
r(3, "Panjab University", "locatedIn", "Chandigarh", "Panjab University in Chandigarh")
r(4, "Maria Cristina Lacson-Uy", "memberOf", "Nacionalista Party", "a member of the Nacionalista Party")
r(4, "Ronaldo Ybañez", "spouse", "Marites Ybañez", "His wife, Marites Ybañez")
r(4, "Bataraza", "locatedIn", "Palawan", "Bataraza, a town in Palawan")
r(4, "Philippines", "memberOf", "Asean", "The Philippines and Vietnam are both members of Asean")
r(4, "Vietnam", "memberOf", "Asean", "The Philippines and Vietnam are both members of Asean")
r(4, "Camp Aguinaldo", "locatedIn", "Quezon City", "Camp Aguinaldo in Quezon City")
r(4, "Department of Foreign Affairs", "locatedIn", "Pasay City", "Department of Foreign Affairs (DFA) in Pasay City")
r(5, "Judith Mbeki-Carr", "spouse", "Tom Carr", "Her husband, Tom Carr")
r(5, "Siobhan Gallagher-Price", "memberOf", "Labour", "the Labour councillor for Stroud Central")
r(5, "Stroud", "locatedIn", "Gloucestershire", "Stroud is a market town in Gloucestershire")

NOT_PERSON = ["Panthou", "Heglig", "Bentiu", "Rubkona", "Eye Radio", "Juba Monitor", "SPLM", "IGAD", "Unity State",
              "Hon.", "Sra Em", "Preah Vihear", "Thai PBS", "Lok Chumteav", "H.E.", "Datuk", "Keo Sikha Kiri Svara",
              "Unesco", "Phnom Penh", "Aksai Chin", "Shaksgam", "Leh", "Ladakh", "Quad", "PTI", "DHNS", "Lok Sabha",
              "Mysuru", "Lt Gen", "Ayungin", "Ren’ai Jiao", "Sierra Madre", "BRP Sierra Madre", "Camp Aguinaldo",
              "Bataraza", "Palawan", "Nacionalista", "Commodore", "Sen.", "Stratford Park", "Stroud", "Nailsworth",
              "Cllr", "Stroud Tritons", "Newsquest", "Gloucester", "SNJ"]

gold = {"about": ABOUT, "documents": list(D.values()), "near_duplicates": [], "entities": E,
        "not_person": NOT_PERSON, "quotes": Q, "unattributed": UN, "stances": S, "positions": PO, "relations": RE}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
