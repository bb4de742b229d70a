#!/usr/bin/env python3
"""Writes bench/heldout69/gold.json: the hand-made gold standard for heldout69.

Conventions (read off the five invented articles by hand):
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full
  statement with an explicit speaker (name, surname, pronoun, role or organisation),
  including sentences after the cue, colon quotes and continuation paragraphs.
  `optional` = partial quotes, headline/deck/subhead echoes, second holders of the
  same words. Words of anonymous speakers are listed under `unattributed`, as are
  scare quotes, titles and related-story headlines.
- stances: `recognises` / `doesNotRecognise` X means the holder accepts / rejects
  the sovereignty over the disputed territory X of the state that administers it
  in the article (India for Demchok, Thailand for Doi Lang, France for French
  Polynesia, Cameroon for the Kye-Ossi strip). A state's statement of its own claim
  is optional. Questions, hypotheticals, conditionals and "is expected to" are no
  stance. Holders given as a capital, ministry, embassy or minister count for the
  country.
- positions: `title_any` / `of_any` are lowercase-insensitive wordings; `former`
  marks posts no longer held.
- relations: spouse, sharesBorderWith (symmetric), invaded, annexed, claims,
  memberOf, locatedIn, as stated in the text.
"""
import json
from pathlib import Path

D = ["01_indiatoday_demchok.txt", "02_khaosod_doi_lang.txt", "03_tahitiinfos_maohi_nui.txt",
     "04_cameroontribune_kye_ossi.txt", "05_townsvillebulletin_childrens_ward.txt"]
E, Q, S, P, R, NP, U = [], [], [], [], [], [], []


def ent(t, name, *aliases):
    E.append({"type": t, "name": name, "aliases": list(aliases)})


def q(d, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [D[d]], "status": status})


def st(d, country, stance, terr, evidence, status="required"):
    names = next([e["name"], *e["aliases"]] for e in E if e["name"] == terr)
    S.append({"country": country, "stance": stance, "territory_any": names, "docs": [D[d]],
              "status": status, "evidence": evidence})


def pos(d, person, titles, of, evidence, former=False, status="required"):
    P.append({"person": person, "title_any": titles, "of_any": of, "status": status,
              "former": former, "docs": [D[d]], "evidence": evidence})


def rel(d, s, p, o, evidence):
    R.append({"subject": s, "predicate": p, "object": o,
              "symmetric": p in ("spouse", "sharesBorderWith"), "status": "required",
              "docs": [D[d]], "evidence": evidence})


# ---------------- shared countries ----------------
for c in ["India", "China", "Japan", "Pakistan", "Nepal", "Bhutan", "Thailand", "Myanmar", "Laos",
          "Vietnam", "France", "Vanuatu", "Australia", "New Zealand", "Fiji", "Cameroon",
          "Equatorial Guinea", "Gabon", "Chad", "Nigeria", "Spain", "Germany"]:
    ent("Country", c)
ent("Country", "United States", "US")

# ---------------- 01 ----------------
ent("Territory", "Demchok")
ent("Territory", "Ladakh")
ent("Territory", "Arunachal Pradesh")
for p in ["New Delhi", "Beijing", "Tokyo", "Islamabad"]:
    ent("Place", p)
for o in ["India Today", "Quad", "Lok Sabha", "Indian Air Force", "Jawaharlal Nehru University",
          "PTI", "Living Media India Limited"]:
    ent("Organization", o)
ent("Organization", "Ministry of External Affairs", "MEA")
ent("Organization", "State Department", "US State Department")
ent("Organization", "Congress")
for n, a in [("Kunal Thapliyal", "Thapliyal"), ("Ritika Saran", "Saran"), ("Sonam Wangial", "Wangial"),
             ("Ananya Bhardwaj", "Bhardwaj"), ("Lu Qinghe", "Lu"), ("Stanzin Norboo", "Norboo"),
             ("Padma Dolkar", "Dolkar"), ("Kenji Morisawa", "Morisawa"), ("Daniel Whitcombe", "Whitcombe"),
             ("Tsering Angmo", "Angmo"), ("Vikram Oberoi", "Oberoi"), ("Meenakshi Rao", "Rao")]:
    ent("Person", n, a)
q(0, "Ananya Bhardwaj", "We have seen the so-called standard map. It changes nothing on the ground")
q(0, "Ananya Bhardwaj", "Demchok is Indian territory, and the people of Demchok are Indian citizens")
q(0, "Ananya Bhardwaj", "It changes nothing on the ground", "optional")
q(0, "Ananya Bhardwaj", "strong protest", "optional")
q(0, "Ananya Bhardwaj", "Every issue on the western sector is on the table")
q(0, "Lu Qinghe", "reflects the facts of history", "optional")
q(0, "Lu Qinghe", "never accepted the so-called McMahon thinking", "optional")
q(0, "Lu Qinghe", "position on the boundary question is consistent and clear")
q(0, "Stanzin Norboo", "Every winter the soldiers on the other side come closer")
q(0, "Stanzin Norboo", "They tell us to go home. We are home.")
q(0, "Padma Dolkar", "We graze where our fathers grazed")
q(0, "Padma Dolkar", "No map printed in Beijing will change that")
q(0, "Kenji Morisawa", "regards Demchok as part of India", "optional")
q(0, "Japan", "regards Demchok as part of India", "optional")
q(0, "Kenji Morisawa", "dialogue, not cartography", "optional")
q(0, "Daniel Whitcombe", "recognises the Line of Actual Control as it is", "optional")
q(0, "Pakistan", "refuses to recognise Indian sovereignty over any part of Ladakh", "optional")
q(0, "Tsering Angmo", "Protest notes are not enough. The herders of Demchok need roads")
q(0, "Vikram Oberoi", "a test of resolve", "optional")
q(0, "Vikram Oberoi", "Beijing publishes these maps every August to see who blinks first")
q(0, "Meenakshi Rao", "The map came out a week before the talks. That is a message")
q(0, "Meenakshi Rao", "But maps do not win arguments in international law")
U += ["standard map", "Chumar to Charding"]
st(0, "China", "doesNotRecognise", "Demchok", "China does not recognise Demchok as part of India")
st(0, "Japan", "recognises", "Demchok", 'Tokyo "regards Demchok as part of India"')
st(0, "Pakistan", "doesNotRecognise", "Demchok",
   'Islamabad "refuses to recognise Indian sovereignty over any part of Ladakh, Demchok included"')
st(0, "Pakistan", "doesNotRecognise", "Ladakh",
   'Islamabad "refuses to recognise Indian sovereignty over any part of Ladakh', "optional")
st(0, "India", "recognises", "Demchok", "Demchok is Indian territory", "optional")
pos(0, "Ananya Bhardwaj", ["spokesperson"], ["Ministry of External Affairs", "MEA"],
    "Ministry of External Affairs (MEA) spokesperson Ananya Bhardwaj")
pos(0, "Lu Qinghe", ["spokesperson"], ["foreign ministry", "China"],
    "Chinese foreign ministry spokesperson Lu Qinghe")
pos(0, "Stanzin Norboo", ["sarpanch"], ["Demchok"], "Stanzin Norboo, the sarpanch of Demchok")
pos(0, "Kenji Morisawa", ["ambassador"], ["Japan"], "Japan's ambassador in New Delhi, Kenji Morisawa")
pos(0, "Daniel Whitcombe", ["spokesperson"], ["State Department"],
    "A US State Department spokesperson, Daniel Whitcombe")
pos(0, "Tsering Angmo", ["MP", "represents Ladakh"], [],
    "Congress MP Tsering Angmo, who represents Ladakh in the Lok Sabha")
pos(0, "Vikram Oberoi", ["vice-chief", "vice chief"], ["Indian Air Force"],
    "a former vice-chief of the Indian Air Force", former=True)
pos(0, "Meenakshi Rao", ["professor"], ["Jawaharlal Nehru University"],
    "Meenakshi Rao, a professor of Chinese studies at Jawaharlal Nehru University")
rel(0, "Demchok", "locatedIn", "Ladakh", "Demchok, in the Union Territory of Ladakh")
rel(0, "China", "sharesBorderWith", "India", "China, which shares a border of about 3,488 km with India")
rel(0, "China", "claims", "Arunachal Pradesh", "also claims Arunachal Pradesh")
rel(0, "Stanzin Norboo", "spouse", "Padma Dolkar", "with his wife, Padma Dolkar")
rel(0, "Japan", "memberOf", "Quad", "Japan and India are both members of the Quad")
rel(0, "India", "memberOf", "Quad", "Japan and India are both members of the Quad")
rel(0, "Pakistan", "sharesBorderWith", "India", "Pakistan, which borders both countries")
rel(0, "Pakistan", "sharesBorderWith", "China", "Pakistan, which borders both countries")
rel(0, "Tsering Angmo", "memberOf", "Congress", "Congress MP Tsering Angmo")
NP += ["India Today", "Demchok", "Lok Sabha", "Quad", "Living Media India Limited", "Syndications Today",
       "Jawaharlal Nehru University", "Chumar", "Charding", "ITG", "Indus", "Congress"]

# ---------------- 02 ----------------
ent("Territory", "Doi Lang")
for p in ["Mae Ai", "Chiang Mai", "Shan State", "Vientiane", "Bangkok", "Naypyitaw"]:
    ent("Place", p)
for o in ["Khaosod English", "ASEAN", "Government House", "Regional Border Committee",
          "Chiang Mai University", "Third Army Region"]:
    ent("Organization", o)
for n, a in [("Natthaphon Inthasuk", "Natthaphon"), ("Thanakrit Phuangmalai", "Thanakrit"),
             ("Pitchaya Wongsakul", "Pitchaya"), ("Surasak Kaewmanee", "Surasak"),
             ("Khamsone Phommachan", "Khamsone"), ("Ja Pae", None), ("Na Kham", None),
             ("Anucha Srisawat", "Anucha"), ("Orathai Chaiyaporn", "Orathai"),
             ("Somkiat Boonrueang", "Somkiat")]:
    ent("Person", n, *([a] if a else []))
q(1, "Myanmar", "an intrusion into the sovereign territory of the Republic of the Union of Myanmar", "optional")
q(1, "Myanmar", "calls on the Thai side to restore the status quo", "optional")
q(1, "Pitchaya Wongsakul", "The road is on Thai soil and it will stay on Thai soil")
q(1, "Pitchaya Wongsakul", "We have pulled back some patrols to lower the temperature")
q(1, "Surasak Kaewmanee", "Our rangers will be back on the ridge the day the committee meets")
q(1, "Khamsone Phommachan", "acknowledges Thailand’s sovereignty over Doi Lang", "optional")
q(1, "Laos", "acknowledges Thailand’s sovereignty over Doi Lang", "optional")
q(1, "Ja Pae", "When the soldiers come, we hide the coffee sacks")
q(1, "Ja Pae", "Thai soldiers, Burmese soldiers, it makes no difference to the sacks")
q(1, "Na Kham", "If Myanmar ever recognised the Thai line, we could get a school bus up here")
q(1, "Anucha Srisawat", "for rangers, farmers and fire crews alike", "optional")
q(1, "Orathai Chaiyaporn", "Both armies remember 1765 and 1767 better than they remember last year")
q(1, "Orathai Chaiyaporn", "The maps the British left behind are the real problem on Doi Lang")
q(1, "Somkiat Boonrueang", "a place for surveyors, not soldiers", "optional")
q(1, "Somkiat Boonrueang", "We have solved harder problems with Naypyitaw than a gravel road")
U += ["another burning season"]
st(1, "Myanmar", "doesNotRecognise", "Doi Lang", "Naypyitaw has never recognised Thai sovereignty over Doi Lang")
st(1, "Laos", "recognises", "Doi Lang", "Laos “acknowledges Thailand’s sovereignty over Doi Lang”")
st(1, "Vietnam", "recognises", "Doi Lang", "Vietnam considers Doi Lang part of Thailand")
st(1, "Thailand", "recognises", "Doi Lang", "The road is on Thai soil and it will stay on Thai soil", "optional")
pos(1, "Pitchaya Wongsakul", ["foreign minister"], [], "Foreign Minister Pitchaya Wongsakul")
pos(1, "Surasak Kaewmanee", ["commander"], ["Third Army Region"],
    "Lt. Gen. Surasak Kaewmanee, the Third Army Region commander")
pos(1, "Khamsone Phommachan", ["spokesperson"], ["foreign ministry", "Laos", "Lao"],
    "Lao foreign ministry spokesperson Khamsone Phommachan")
pos(1, "Anucha Srisawat", ["district chief"], ["Mae Ai"], "Anucha Srisawat, the Mae Ai district chief")
pos(1, "Orathai Chaiyaporn", ["lecturer"], ["Chiang Mai University"],
    "Dr. Orathai Chaiyaporn, a lecturer in international relations at Chiang Mai University")
pos(1, "Somkiat Boonrueang", ["ambassador"], ["Myanmar", "Thailand"],
    "who served as Thailand’s ambassador to Myanmar until 2019", former=True)
pos(1, "Natthaphon Inthasuk", ["staff reporter", "reporter"], ["Khaosod English"],
    "Natthaphon Inthasuk is a staff reporter covering northern Thailand for Khaosod English")
rel(1, "Thailand", "sharesBorderWith", "Myanmar", "Thailand shares a border of about 2,400 km with Myanmar")
rel(1, "Mae Ai", "locatedIn", "Chiang Mai", "Mae Ai district in Chiang Mai province")
rel(1, "Doi Lang", "locatedIn", "Mae Ai", "Doi Lang lies in Mae Ai district")
rel(1, "Shan State", "locatedIn", "Myanmar", "Myanmar’s Shan State")
rel(1, "Thailand", "memberOf", "ASEAN", "Thailand, Myanmar and Laos are all members of ASEAN")
rel(1, "Myanmar", "memberOf", "ASEAN", "Thailand, Myanmar and Laos are all members of ASEAN")
rel(1, "Laos", "memberOf", "ASEAN", "Thailand, Myanmar and Laos are all members of ASEAN")
rel(1, "China", "sharesBorderWith", "Myanmar", "China, whose border with Myanmar runs along Shan State")
rel(1, "Ja Pae", "spouse", "Na Kham", "with his wife, Na Kham")
rel(1, "Japan", "invaded", "Thailand", "Japan invaded Thailand in 1941")
NP += ["Khaosod English", "Khaosod", "Doi Lang", "Mae Ai", "Government House", "ASEAN", "Lahu",
       "Regional Border Committee", "Chiang Mai University", "Facebook", "Third Army Region"]

# ---------------- 03 ----------------
ent("Territory", "French Polynesia", "Maohi Nui")
for p in ["Papeete", "Suva", "Port Vila", "Canberra", "Wellington", "Faa'a", "Paris", "Tahiti"]:
    ent("Place", p)
for o in ["Tahiti Infos", "United Nations", "Pacific Islands Forum", "Assembly of French Polynesia",
          "Department of Foreign Affairs and Trade", "Radio New Zealand", "Tavini Huiraatira",
          "Tapura Huiraatira", "University of French Polynesia"]:
    ent("Organization", o)
for n, a in [("Tumata Vairaaroa", "Vairaaroa"), ("Raimana Teriierooiterai", "Teriierooiterai"),
             ("Noah Tasaruru", "Tasaruru"), ("Hélène Marchetti", "Marchetti"), ("Hamish Roberton", "Roberton"),
             ("Teva Mahinui", "Mahinui"), ("Heiata Peretau", "Peretau"), ("Vaimiti Tehaamoana", "Tehaamoana"),
             ("Sébastien Tauraa", "Tauraa")]:
    ent("Person", n, a)
q(2, "Noah Tasaruru", "does not accept French sovereignty over Maohi Nui", "optional")
q(2, "Noah Tasaruru", "does not accept", "optional")
q(2, "Noah Tasaruru", "Our own independence was won in 1980 against two colonial powers at once")
q(2, "Noah Tasaruru", "This is not a fight with France")
q(2, "Hélène Marchetti", "French Polynesia is part of the French Republic by the free choice of its people")
q(2, "Hélène Marchetti", "a level of autonomy without equal in the Pacific", "optional")
q(2, "Hamish Roberton", "We are friends of France and friends of Vanuatu")
q(2, "Teva Mahinui", "For forty years our friends in Port Vila have kept the door open")
q(2, "Teva Mahinui", "Independence is a door, not a wall. We want to walk through it")
q(2, "Teva Mahinui", "A door, not a wall", "optional")
q(2, "Heiata Peretau", "My students argue about it every week, and that is healthy")
q(2, "Vaimiti Tehaamoana", "interference dressed up as solidarity", "optional")
q(2, "Vaimiti Tehaamoana", "Nobody in Port Vila pays our pensions or our doctors")
q(2, "Sébastien Tauraa", "The autonomists win elections and the independence side wins debates at the UN")
U += ["recognises French sovereignty over French Polynesia", "the democratic processes of the territory",
      "Maohi Nui Day"]
st(2, "Vanuatu", "doesNotRecognise", "French Polynesia",
   'his country "does not accept French sovereignty over Maohi Nui"')
st(2, "Australia", "recognises", "French Polynesia",
   'Australia "recognises French sovereignty over French Polynesia"')
st(2, "New Zealand", "recognises", "French Polynesia", "Wellington considers French Polynesia part of France")
st(2, "France", "recognises", "French Polynesia",
   "French Polynesia is part of the French Republic by the free choice of its people", "optional")
pos(2, "Noah Tasaruru", ["foreign minister"], ["Vanuatu"], "Vanuatu's foreign minister, Noah Tasaruru")
pos(2, "Hélène Marchetti", ["High Commissioner"], ["French Polynesia", "Republic"],
    "Hélène Marchetti, the High Commissioner of the Republic in French Polynesia")
pos(2, "Hamish Roberton", ["foreign minister"], ["New Zealand"],
    "New Zealand's foreign minister, Hamish Roberton")
pos(2, "Teva Mahinui", ["heads", "leader", "head"], ["Tavini Huiraatira"],
    "Teva Mahinui, who heads the pro-independence Tavini Huiraatira party")
pos(2, "Vaimiti Tehaamoana", ["member"], ["Assembly of French Polynesia"],
    "Vaimiti Tehaamoana, a member of the Assembly of French Polynesia")
pos(2, "Sébastien Tauraa", ["historian"], ["University of French Polynesia"],
    "Dr. Sébastien Tauraa, a historian at the University of French Polynesia")
pos(2, "Tumata Vairaaroa", ["political reporter", "reporter"], ["Tahiti Infos"],
    "Tumata Vairaaroa is a political reporter at Tahiti Infos")
rel(2, "France", "annexed", "French Polynesia", "French Polynesia, which France annexed in 1880")
rel(2, "French Polynesia", "memberOf", "Pacific Islands Forum",
    "It has been a full member of the Pacific Islands Forum since 2016")
rel(2, "Vanuatu", "memberOf", "Pacific Islands Forum", "since 2016, as has Vanuatu")
rel(2, "Teva Mahinui", "memberOf", "Tavini Huiraatira", "who heads the pro-independence Tavini Huiraatira party")
rel(2, "Vaimiti Tehaamoana", "memberOf", "Tapura Huiraatira",
    "a member of the Assembly of French Polynesia for the Tapura Huiraatira")
rel(2, "Teva Mahinui", "spouse", "Heiata Peretau", "with his wife, Heiata Peretau")
NP += ["Tahiti Infos", "Maohi Nui", "Tavini Huiraatira", "Tapura Huiraatira", "Radio New Zealand",
       "Pacific Islands Forum", "Assembly of French Polynesia", "Faa'a", "Port Vila", "Maohi Nui Day"]

# ---------------- 04 ----------------
ent("Territory", "Kye-Ossi strip")
for p in ["Kye-Ossi", "South Region", "Yaounde", "Malabo", "Libreville", "N’Djamena", "Abuja", "Ebebiyin"]:
    ent("Place", p)
for o in ["Cameroon Tribune", "SOPECAM", "ECCAS", "CEMAC", "African Union", "University of Yaounde II"]:
    ent("Organization", o)
for n, a in [("Christelle Mvondo", "Mvondo"), ("Serge Ndzana", "Ndzana"),
             ("Emmanuel Ngoh Ebogo", "Ngoh Ebogo"), ("Bonifacio Esono Mba", "Esono Mba"),
             ("Marie-Claire Ondo", "Ondo"), ("Pauline Ateba Nkolo", "Ateba Nkolo"),
             ("Joseph Abessolo", "Abessolo"), ("Rose Mengue", "Mengue"), ("Paul Nna", "Nna"),
             ("Albert Essomba", "Essomba")]:
    ent("Person", n, a)
q(3, "Emmanuel Ngoh Ebogo", "The Kye-Ossi strip is Cameroonian territory. It always has been")
q(3, "Emmanuel Ngoh Ebogo", "We have asked our brothers in Malabo to take the fence down within thirty days")
q(3, "Bonifacio Esono Mba", "a security measure on national soil", "optional")
q(3, "Bonifacio Esono Mba", "the Treaty of Paris of 1900 was drawn by Europeans for Europeans", "optional")
q(3, "Marie-Claire Ondo", "Gabon has always recognised the 1900 line, and we hope Malabo will too")
q(3, "Pauline Ateba Nkolo", "nobody will lose a stall because of this fence")
q(3, "Joseph Abessolo", "Every truck that waits at the fence is money lost for Kye-Ossi")
q(3, "Rose Mengue", "The fence went up on a Sunday night")
q(3, "Paul Nna", "We have customers on both sides. We do not want a wall, we want a road.")
q(3, "Albert Essomba", "The 1900 treaty between France and Spain is clear on this sector")
q(3, "Albert Essomba", "If Malabo disagrees, the right place is a court, not a building site")
U += ["following events closely", "the cost of the wall"]
st(3, "Equatorial Guinea", "doesNotRecognise", "Kye-Ossi strip",
   "Equatorial Guinea does not accept that the strip belongs to Cameroon")
st(3, "Gabon", "recognises", "Kye-Ossi strip", "Libreville recognises the strip as Cameroonian territory")
st(3, "Chad", "recognises", "Kye-Ossi strip", "N’Djamena backs Cameroon’s sovereignty over the Kye-Ossi strip")
st(3, "Cameroon", "recognises", "Kye-Ossi strip", "The Kye-Ossi strip is Cameroonian territory", "optional")
pos(3, "Emmanuel Ngoh Ebogo", ["Minister of External Relations", "minister"], [],
    "The Minister of External Relations, Emmanuel Ngoh Ebogo")
pos(3, "Bonifacio Esono Mba", ["spokesman"], [], "government spokesman Bonifacio Esono Mba")
pos(3, "Marie-Claire Ondo", ["ambassador"], ["Gabon"], "Gabon’s ambassador in Yaounde, Marie-Claire Ondo")
pos(3, "Pauline Ateba Nkolo", ["Governor"], ["South Region"],
    "The Governor of the South Region, Pauline Ateba Nkolo")
pos(3, "Joseph Abessolo", ["Mayor"], ["Kye-Ossi"], "Joseph Abessolo, the Mayor of Kye-Ossi")
pos(3, "Albert Essomba", ["teaches international law", "professor", "prof"], ["University of Yaounde II"],
    "Prof. Albert Essomba, who teaches international law at the University of Yaounde II")
rel(3, "Kye-Ossi", "locatedIn", "South Region", "Kye-Ossi, the border town in the South Region")
rel(3, "Equatorial Guinea", "claims", "Kye-Ossi strip", "Equatorial Guinea, which claims the Kye-Ossi strip")
rel(3, "Equatorial Guinea", "sharesBorderWith", "Cameroon", "shares a border of about 190 km with Cameroon")
rel(3, "Gabon", "sharesBorderWith", "Cameroon", "Gabon, which borders both Cameroon and Equatorial Guinea")
rel(3, "Gabon", "sharesBorderWith", "Equatorial Guinea", "Gabon, which borders both Cameroon and Equatorial Guinea")
for c in ["Cameroon", "Gabon", "Equatorial Guinea", "Chad"]:
    rel(3, c, "memberOf", "CEMAC", "Cameroon, Gabon, Equatorial Guinea and Chad are also all members of CEMAC")
rel(3, "Rose Mengue", "spouse", "Paul Nna", "with her husband, Paul Nna")
rel(3, "Ebebiyin", "locatedIn", "Equatorial Guinea", "the Equatorial Guinean town of Ebebiyin")
NP += ["Cameroon Tribune", "SOPECAM", "CT", "Kye-Ossi", "Ebebiyin", "CEMAC", "ECCAS", "Treaty of Paris",
       "South Region", "University of Yaounde II", "African Union"]

# ---------------- 05 ----------------
for p in ["Townsville", "Brisbane", "Douglas", "Queensland", "North Queensland", "Ross River",
          "Mount Isa", "Charters Towers", "Melbourne"]:
    ent("Place", p)
for o in ["Townsville Bulletin", "Townsville University Hospital", "Townsville Hospital and Health Service",
          "Liberal National Party", "Townsville Hospital Foundation", "News Pty Limited"]:
    ent("Organization", o)
for n, a in [("Liam Cassar", "Cassar"), ("Evan Morcombe", "Morcombe"), ("Kylie Brennan", "Brennan"),
             ("Margaret Doyle", "Doyle"), ("Jess Alcorn", None), ("Troy Alcorn", None),
             ("Aaron Petrie", "Petrie"), ("Janine Carlisle", "Carlisle"), ("Hugh Vandermeer", "Vandermeer"),
             ("Ravi Menon", "Menon")]:
    ent("Person", n, *([a] if a else []))
q(4, "Margaret Doyle", "For years we put sick kids and their parents on planes")
q(4, "Margaret Doyle", "From today, most of those families can stay home")
q(4, "Kylie Brennan", "Little things matter when a child is here for six weeks")
q(4, "Kylie Brennan", "a bed for mum or dad, a kitchen down the hall")
q(4, "Kylie Brennan", "The kids noticed the colours before anything else")
q(4, "Kylie Brennan", "A room with a view of the water", "optional")
q(4, "Jess Alcorn", "We spent more time in airport lounges than at home")
q(4, "Jess Alcorn", "Our other two kids hardly saw us that year")
q(4, "Troy Alcorn", "This wing would have saved us a year of our lives")
q(4, "Aaron Petrie", "North Queensland families deserve the same care as families in Brisbane")
q(4, "Ravi Menon", "If we train them here, they stay here")
U += ["two weeks early, despite the wet season", "Every bed counts"]
pos(4, "Margaret Doyle", ["chief executive"], ["Townsville Hospital and Health Service"],
    "Townsville Hospital and Health Service chief executive Margaret Doyle")
pos(4, "Kylie Brennan", ["nurse unit manager"], [], "Nurse unit manager Kylie Brennan")
pos(4, "Aaron Petrie", ["member for Townsville", "member"], ["Townsville"],
    "The member for Townsville, Aaron Petrie")
pos(4, "Janine Carlisle", ["Mayor"], [], "Mayor Janine Carlisle")
pos(4, "Hugh Vandermeer", ["chairman"], ["Townsville Hospital Foundation"],
    "Hugh Vandermeer, chairman of the Townsville Hospital Foundation")
pos(4, "Liam Cassar", ["health reporter"], ["Townsville Bulletin"],
    "Liam Cassar is the Townsville Bulletin's health reporter")
pos(4, "Ravi Menon", ["paediatric oncologist", "lead the unit"], [],
    "Dr Ravi Menon, a paediatric oncologist")
rel(4, "Jess Alcorn", "spouse", "Troy Alcorn", "Jess Alcorn and her husband, Troy Alcorn")
rel(4, "Aaron Petrie", "memberOf", "Liberal National Party", "Aaron Petrie of the Liberal National Party")
rel(4, "Townsville", "locatedIn", "Queensland", "Townsville, on the coast of Queensland")
rel(4, "Townsville University Hospital", "locatedIn", "Douglas", "The $48 million wing in Douglas")
NP += ["Townsville Bulletin", "Townsville University Hospital", "Ross River", "Douglas", "Charters Towers",
       "Mount Isa", "News Pty Limited", "Liberal National Party", "Port of Townsville", "State Government"]

gold = {"about": __doc__, "documents": D, "near_duplicates": [], "entities": E, "not_person": NP,
        "quotes": Q, "unattributed": U, "stances": S, "positions": P, "relations": R}
if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
