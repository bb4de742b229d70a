#!/usr/bin/env python3
"""Writes bench/heldout43/gold.json from the tables below (run: python check/gold_src.py)."""
import json
from pathlib import Path

D1 = "01_timesofisrael_ghajar.txt"
D2 = "02_dailynewsegypt_bir_tawil.txt"
D3 = "03_lrt_ichkeria.txt"
D4 = "04_punch_darak.txt"
D5 = "05_jerseyeveningpost_st_ouen_hall.txt"

ABOUT = """Gold standard for bench/heldout43 (blind set; five invented articles, every person fictional).

Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
  colon quotes and continuation paragraphs. `optional` = partial quotes, headline/deck echoes and second
  holders of the same words. Anonymous speakers are not listed, so attributing their words counts as wrong.
  An embassy statement is credited to its country. `unattributed` = quoted strings with no speaker.
- stances: `country recognises|doesNotRecognise territory`, where recognising means accepting the
  sovereignty in question (the breakaway entity's statehood, or the other state's sovereignty over the
  territory). Holders may be given as the country, its government, capital, ministry, embassy or a minister
  speaking for it. Questions, hypotheticals, `is expected to`, and stances of non-countries (an MP, a senator,
  the AU) are not stances. A claimant's own claim is optional.
- positions: `of_any` empty when no organisation or country is named next to the title. Former posts and
  author footers are required; parliamentary seats, occupations, self-styled titles and titles given only by
  a verb (`is chaired by`) are optional.
- relations: spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn; only what the text states.
- entities: persons, organisations, countries, territories and places named in the article text, including
  bylines, photo credits, author footers, copyright and related lines. Not entities: seas, lakes, mountains,
  lines (the Blue Line), treaties and resolutions, social platforms, tribes and unnamed bodies.
"""

ENT = {}


def ent(typ, name, aliases, *docs):
    e = ENT.setdefault(name, {"type": typ, "name": name, "aliases": list(aliases), "docs": []})
    assert e["type"] == typ, name
    for a in aliases:
        if a not in e["aliases"]:
            e["aliases"].append(a)
    for d in docs:
        if d not in e["docs"]:
            e["docs"].append(d)


P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"

# ---- D1 Ghajar
for t, n, a in [
    (P, "Daniel Ofer-Lazar", ["Ofer-Lazar"]), (P, "Yael Berkovich", ["Berkovich"]),
    (P, "Nabil Abi Saab", ["Abi Saab"]), (P, "Eitan Sharvit", ["Sharvit"]),
    (P, "Wahib Kanaan", ["Kanaan"]), (P, "Samira Kanaan", []), (P, "Fares Kanaan", []),
    (P, "Bassam Qudsi", ["Qudsi"]), (P, "Chiara Volpini", ["Volpini"]), (P, "Hussein Mrad", ["Mrad"]),
    (P, "Orna Ben-Tzur", ["Ben-Tzur"]),
    (O, "The Times of Israel", ["Times of Israel"]), (O, "Flash90", []),
    (O, "United Nations", ["UN"]), (O, "United Nations Security Council", ["Security Council", "UN Security Council"]),
    (O, "UNIFIL", []), (O, "Hezbollah", []), (O, "Tel Aviv University", []), (O, "State Department", []),
    (O, "Israeli Foreign Ministry", []),
    (C, "Israel", []), (C, "Lebanon", []), (C, "Syria", []), (C, "United States", ["US"]),
    (T, "Ghajar", []), (T, "Golan Heights", ["Golan"]), (T, "Shebaa Farms", []),
    (PL, "Metula", []), (PL, "Beirut", []), (PL, "Jerusalem", []), (PL, "Damascus", []),
    (PL, "Wazzani", []), (PL, "Washington", []),
]:
    ent(t, n, a, D1)

# ---- D2 Bir Tawil
for t, n, a in [
    (P, "Mariam El-Sharkawy", ["El-Sharkawy"]), (P, "Karim Zaher", ["Zaher"]),
    (P, "Hisham Ragab", ["Ragab"]), (P, "Salah Eldin Osman", ["Osman"]),
    (P, "Pieter van Aalst", ["van Aalst"]), (P, "Nesma Abdel-Fattah", ["Abdel-Fattah"]),
    (P, "Mohamed Sayed", ["Sayed"]),
    (O, "Daily News Egypt", []), (O, "United Nations", []), (O, "African Union", []),
    (O, "Arab League", []), (O, "Cairo University", []),
    (C, "Egypt", []), (C, "Sudan", []), (C, "Vanuatu", []), (C, "Saudi Arabia", []),
    (T, "Bir Tawil", []), (T, "Halaib Triangle", ["Halaib"]), (T, "Kingdom of the Red Hills", ["Red Hills"]),
    (PL, "Cairo", []), (PL, "Port Sudan", []), (PL, "Khartoum", []), (PL, "Aswan", []), (PL, "Amsterdam", []),
]:
    ent(t, n, a, D2)

# ---- D3 Ichkeria
for t, n, a in [
    (P, "Rūta Jankauskienė", ["Jankauskienė"]), (P, "Mindaugas Vaitkus", ["Vaitkus"]),
    (P, "Gintarė Paulauskaitė", ["Paulauskaitė"]), (P, "Tomas Žilinskas", ["Žilinskas"]),
    (P, "Akhmed Daudov", ["Daudov"]), (P, "Zarema Daudova", ["Daudova"]),
    (P, "Jurgita Mockutė", ["Mockutė"]), (P, "Arūnas Petrulis", ["Petrulis"]),
    (O, "LRT", ["LRT English", "LRT.lt"]), (O, "Seimas", []), (O, "Seimas Foreign Affairs Committee", []),
    (O, "Homeland Union – Lithuanian Christian Democrats", ["TS-LKD", "Homeland Union"]),
    (O, "Ministry of Foreign Affairs", []), (O, "Verkhovna Rada", []), (O, "NATO", []),
    (O, "European Union", []), (O, "Vilnius University", []),
    (O, "Social Democratic Party of Lithuania", []), (O, "Sejm", []),
    (C, "Lithuania", []), (C, "Russia", ["Russian Federation"]), (C, "Ukraine", []), (C, "Estonia", []),
    (C, "Latvia", []), (C, "Poland", []),
    (T, "Chechen Republic of Ichkeria", ["Ichkeria"]), (T, "Kosovo", []), (T, "Crimea", []),
    (PL, "Chechnya", ["Chechen Republic"]), (PL, "Kaliningrad", []), (PL, "Vilnius", []),
    (PL, "Tallinn", []), (PL, "Moscow", []),
]:
    ent(t, n, a, D3)

# ---- D4 Darak
for t, n, a in [
    (P, "Kayode Adewunmi", ["Adewunmi"]), (P, "Ibrahim Dankwambo-Tijani", ["Dankwambo-Tijani"]),
    (P, "Babagana Kolo-Musa", ["Kolo-Musa"]), (P, "Modu Bukar", ["Bukar"]), (P, "Fatima Bukar", []),
    (P, "Joseph Ndoumbe-Eyoum", ["Ndoumbe-Eyoum"]), (P, "Aisha Gambo-Lawan", ["Gambo-Lawan"]),
    (P, "Kashim Mustapha-Ngala", ["Mustapha-Ngala"]), (P, "Chinedu Okafor", ["Okafor"]),
    (O, "PUNCH", []), (O, "International Court of Justice", ["ICJ"]), (O, "Senate", []), (O, "APC", []),
    (O, "Baga Fishermen's Cooperative", []), (O, "Lake Chad Basin Commission", []),
    (O, "University of Maiduguri", []), (O, "Boko Haram", []),
    (C, "Nigeria", []), (C, "Cameroon", ["Republic of Cameroon"]), (C, "Chad", []), (C, "Niger", []),
    (C, "Benin", []),
    (T, "Darak", []), (T, "Kirta", []), (T, "Bakassi", []),
    (PL, "Maiduguri", []), (PL, "Baga", []), (PL, "Kukawa", []), (PL, "Borno State", ["Borno"]),
    (PL, "Borno North", []), (PL, "Abuja", []), (PL, "Yaoundé", []), (PL, "N'Djamena", []),
    (PL, "The Hague", []),
]:
    ent(t, n, a, D4)

# ---- D5 Les Landes
for t, n, a in [
    (P, "Hannah Le Brocq", ["Le Brocq"]), (P, "David Renouf", []), (P, "Claire Vibert", ["Vibert", "Mrs Vibert"]),
    (P, "Rob Le Feuvre", ["Le Feuvre"]), (P, "Philippe Gallichan", ["Gallichan"]), (P, "Sophie Renouf", []),
    (P, "Louise Carré", ["Mrs Carré"]), (P, "Martin Carré", ["Mr Carré"]), (P, "Margaret Le Sueur", ["Le Sueur"]),
    (P, "Oscar", []),
    (O, "Jersey Evening Post", ["JEP"]), (O, "Les Landes School", []), (O, "Government of Jersey", []),
    (O, "States Assembly", []), (O, "Reform Jersey", []), (O, "Falle Mauger", []), (O, "Pallot & Le Cornu", []),
    (O, "Friends of Les Landes", []),
    (O, "Department for Children, Young People, Education and Skills", []),
    (PL, "St Ouen", []), (PL, "Jersey", []), (PL, "St Helier", []), (PL, "St Mary", []), (PL, "St Peter", []),
    (PL, "Grainville", []),
]:
    ent(t, n, a, D5)

NOT_PERSON = [
    "Ghajar", "Metula", "Wazzani", "Flash90", "UNIFIL", "Hezbollah", "Alawite", "Blue Line", "Times of Israel",
    "Golan", "Shebaa", "State Department",
    "Bir Tawil", "Halaib", "Red Hills", "Jebel Hagar Az Zarqa", "Ababda", "Bishariya", "Argeen", "Daily News Egypt",
    "Ambassador", "Aswan", "Port Sudan",
    "Seimas", "Ichkeria", "Verkhovna Rada", "TS-LKD", "Homeland Union", "Sejm", "LRT", "Kaliningrad", "Vilnius",
    "Telegram", "Vice-Minister", "Chechen",
    "Darak", "Kirta", "Bakassi", "Baga", "Kukawa", "Borno North", "Maiduguri", "Greentree", "Alhaji", "Hajiya",
    "Boko Haram", "Yaoundé", "PUNCH", "Senator",
    "Les Landes", "St Ouen", "Falle Mauger", "Pallot & Le Cornu", "Reform Jersey", "Connétable", "Deputy",
    "Grainville", "St Helier", "Battle of Flowers",
]

Q = []


def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


# D1
q(D1, "Nabil Abi Saab", "a clear violation of Resolution 1701 and of Lebanese sovereignty", "optional")
q(D1, "Nabil Abi Saab", "Lebanon does not recognize Israeli sovereignty over any part of Ghajar")
q(D1, "Nabil Abi Saab", "We have asked the Security Council to act before the concrete sets")
q(D1, "Eitan Sharvit", "There is nothing to discuss")
q(D1, "Eitan Sharvit", "Ghajar is one village, its people are Israeli citizens")
q(D1, "Eitan Sharvit", "The fence is built on Israeli soil and it is a defensive measure")
q(D1, "Wahib Kanaan", "Nobody asked us. Not the Israelis, not the Lebanese")
q(D1, "Wahib Kanaan", "We are Syrians in our hearts, Israelis in our passports")
q(D1, "Samira Kanaan", "People from Wazzani used to come for bread")
q(D1, "Samira Kanaan", "Now they wave at us through the wire")
q(D1, "Bassam Qudsi", "Ghajar is Syrian, the Golan is Syrian, and no fence will change that")
q(D1, "UNIFIL", "in contact with both parties", "optional")
q(D1, "Chiara Volpini", "Our position has not changed")
q(D1, "Chiara Volpini", "Any work on or near the Blue Line should be coordinated")
q(D1, "Hussein Mrad", "the first step towards swallowing the whole village", "optional")
q(D1, "Orna Ben-Tzur", "Neither side wants to own this problem")
q(D1, "Orna Ben-Tzur", "Israel does not want to give away its citizens")
q(D1, "Orna Ben-Tzur", "and almost every meter of it has a story", "optional")
# D2
q(D2, "Hisham Ragab", "This is a publicity stunt on a piece of desert, nothing more")
q(D2, "Hisham Ragab", "Egypt does not recognise any entity declared on that land")
q(D2, "Hisham Ragab", "dealt with according to the law", "optional")
q(D2, "Hisham Ragab", "Our border guards know what to do")
q(D2, "Salah Eldin Osman", "refuses to recognise this fantasy kingdom, today or at any time", "optional")
q(D2, "Salah Eldin Osman", "The question is not Bir Tawil")
q(D2, "Salah Eldin Osman", "The question is Halaib. Sudan rejects the claim")
q(D2, "Pieter van Aalst", "We are not stealing anything from anyone")
q(D2, "Pieter van Aalst", "respect the borders of both our neighbours", "optional")
q(D2, "Nesma Abdel-Fattah", "Terra nullius is a real category in law")
q(D2, "Nesma Abdel-Fattah", "Only if the moon joins first")
q(D2, "Mohamed Sayed", "The Ababda and the Bishariya move across this land")
q(D2, "Mohamed Sayed", "They do not need a king from Amsterdam")
# D3
q(D3, "Gintarė Paulauskaitė", "temporarily occupied by the Russian Federation", "optional")
q(D3, "Gintarė Paulauskaitė", "Lithuania was once an occupied nation that nobody wanted to talk to")
q(D3, "Gintarė Paulauskaitė", "We of all people should understand what it means")
q(D3, "Gintarė Paulauskaitė", "does not create a new state", "optional")
q(D3, "Gintarė Paulauskaitė", "say out loud what everyone in this room already knows", "optional")
q(D3, "Tomas Žilinskas", "We are not ready to recognise a government that exists mostly on paper")
q(D3, "Tomas Žilinskas", "Our support for the Chechen people is real")
q(D3, "Tomas Žilinskas", "has never been shy", "optional")
q(D3, "Russia", "a provocation", "optional")
q(D3, "Russia", "The Chechen Republic is and will remain an inseparable part")
q(D3, "Russia", "Russia rejects the claim that the so-called Ichkeria")
q(D3, "Akhmed Daudov", "For thirty years we have heard that it is too early")
q(D3, "Akhmed Daudov", "Too early, too early. Then one day it is too late")
q(D3, "Zarema Daudova", "They speak Lithuanian better than Chechen")
q(D3, "Jurgita Mockutė", "This is a conversation about who Lithuania wants to be")
q(D3, "Jurgita Mockutė", "The ministry thinks in treaties and consular cases")
q(D3, "Arūnas Petrulis", "I would not recognise Ichkeria tomorrow")
q(D3, "Arūnas Petrulis", "Solidarity is not the same as a legal fiction")
# D4
q(D4, "Ibrahim Dankwambo-Tijani", "Nigeria is a law-abiding member of the international community")
q(D4, "Ibrahim Dankwambo-Tijani", "What we will not accept is the harassment of Nigerian citizens")
q(D4, "Babagana Kolo-Musa", "a betrayal of the people of the lake", "optional")
q(D4, "Babagana Kolo-Musa", "Our grandfathers fished at Darak before there was a Cameroon")
q(D4, "Babagana Kolo-Musa", "I do not accept that a court in The Hague can take that from them")
q(D4, "Modu Bukar", "The gendarmes come on Mondays")
q(D4, "Fatima Bukar", "We are paying twice")
q(D4, "Fatima Bukar", "Once to the gendarmes and once to hunger")
q(D4, "Cameroon", "Cameroonian security forces on Lake Chad are there to protect all fishermen")
q(D4, "Joseph Ndoumbe-Eyoum", "Cameroonian security forces on Lake Chad are there to protect all fishermen", "optional")
q(D4, "Aisha Gambo-Lawan", "Islands have become dry land and dry land has become islands")
q(D4, "Aisha Gambo-Lawan", "When the map no longer matches the ground")
q(D4, "Kashim Mustapha-Ngala", "We warned them in 2004")
q(D4, "Kashim Mustapha-Ngala", "Nobody listened")
# D5
q(D5, "Claire Vibert", "It feels like having a heart again")
q(D5, "Claire Vibert", "For seven years the school had no place where all 190 of us could be together")
q(D5, "Claire Vibert", "They voted for the blue")
q(D5, "Rob Le Feuvre", "frustrating for everyone, not least the children", "optional")
q(D5, "Rob Le Feuvre", "We should have built this hall four years ago")
q(D5, "Rob Le Feuvre", "But it is built now, it is built well")
q(D5, "Philippe Gallichan", "St Ouen is a big parish with a lot of clubs")
q(D5, "Philippe Gallichan", "The youth club, the dance school")
q(D5, "Sophie Renouf", "Every year the answer was 'next year'")
q(D5, "Sophie Renouf", "This year, for once, the answer was 'now'")
q(D5, "Louise Carré", "We held a quiz every month for two years")
q(D5, "Louise Carré", "I never want to hear another question about capital cities")
q(D5, "Martin Carré", "It was the best job I have done in forty years")
q(D5, "Margaret Le Sueur", "I remember standing in the rain looking at the hole")
q(D5, "Margaret Le Sueur", "Well. Here we are.")
q(D5, "Margaret Le Sueur", "We'll have a new one in a year", "optional")
q(D5, "Oscar", "It's massive and the floor is bouncy")

UNATTRIBUTED = ["kingdom", "foreign minister", "security levy",
                "Bakassi returnees still waiting for resettlement"]

S = []


def s(doc, country, stance, terr, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "status": status, "evidence": evidence})


R, N = "recognises", "doesNotRecognise"
s(D1, "Lebanon", N, ["Ghajar"], "Lebanon does not recognize Israeli sovereignty over any part of Ghajar")
s(D1, "Syria", N, ["Golan Heights", "Golan"], "Damascus, which claims the Golan Heights, has never recognized Israel's 1981 annexation of the plateau")
s(D1, "United States", R, ["Golan Heights", "Golan"], "The United States, which recognized Israeli sovereignty over the Golan Heights in 2019")
s(D2, "Egypt", N, ["Kingdom of the Red Hills", "Red Hills"], "Egypt does not recognise the so-called kingdom")
s(D2, "Sudan", N, ["Kingdom of the Red Hills", "Red Hills"], "refuses to recognise this fantasy kingdom")
s(D2, "Sudan", N, ["Halaib Triangle", "Halaib"], "Sudan rejects the claim that the Halaib Triangle is Egyptian")
s(D2, "Egypt", R, ["Halaib Triangle", "Halaib"], "Egypt has administered the Halaib Triangle since the 1990s and considers it part of Egypt", "optional")
s(D2, "Vanuatu", N, ["Kingdom of the Red Hills", "Red Hills"], "Vanuatu's government later withdrew recognition")
s(D2, "Saudi Arabia", N, ["Kingdom of the Red Hills", "Red Hills"], "has never recognised the kingdom")
s(D3, "Lithuania", N, ["Chechen Republic of Ichkeria", "Ichkeria"], "Vilnius had never recognised Ichkeria as a state")
s(D3, "Lithuania", R, ["Kosovo"], "Lithuania acknowledges Kosovo's independence")
s(D3, "Ukraine", R, ["Chechen Republic of Ichkeria", "Ichkeria"], "recognised Ichkeria as temporarily occupied by Russia", "optional")
s(D3, "Estonia", N, ["Chechen Republic of Ichkeria", "Ichkeria"], "Estonia has never recognised Ichkeria")
s(D3, "Russia", N, ["Chechen Republic of Ichkeria", "Ichkeria"], "Russia rejects the claim that the so-called Ichkeria is anything but a fiction")
s(D4, "Nigeria", R, ["Darak"], "Nigeria recognises Cameroon's sovereignty over Darak")
s(D4, "Chad", N, ["Kirta"], "N'Djamena has never recognised Cameroon's claim to Kirta")

POS = []


def p(doc, person, titles, of, evidence, status="required", former=False):
    POS.append({"person": person, "title_any": titles, "of_any": of, "status": status, "docs": [doc],
                "evidence": evidence, "former": former})


p(D1, "Nabil Abi Saab", ["foreign minister"], ["Lebanon", "Lebanese"], "Lebanese Foreign Minister Nabil Abi Saab")
p(D1, "Eitan Sharvit", ["foreign minister"], [], "Foreign Minister Eitan Sharvit")
p(D1, "Wahib Kanaan", ["head", "heads"], ["Ghajar"], "Wahib Kanaan, who heads the Ghajar local council")
p(D1, "Bassam Qudsi", ["ambassador"], ["Syria", "United Nations"], "Bassam Qudsi, Syria's ambassador to the United Nations")
p(D1, "Chiara Volpini", ["spokeswoman", "spokesperson"], ["UNIFIL"], "Chiara Volpini, a spokeswoman for UNIFIL")
p(D1, "Hussein Mrad", ["lawmaker"], ["Hezbollah"], "Hussein Mrad, a Hezbollah lawmaker", "optional")
p(D1, "Orna Ben-Tzur", ["prof", "professor"], ["Tel Aviv University"], "Prof. Orna Ben-Tzur, who teaches international law at Tel Aviv University", "optional")
p(D1, "Orna Ben-Tzur", ["legal adviser"], ["Israeli Foreign Ministry", "Foreign Ministry", "Israel"], "a former legal adviser to the Israeli Foreign Ministry", former=True)
p(D1, "Daniel Ofer-Lazar", ["correspondent"], ["Times of Israel"], "Daniel Ofer-Lazar is The Times of Israel's northern correspondent")
p(D2, "Hisham Ragab", ["spokesperson"], ["Foreign Ministry", "Egypt"], "Foreign Ministry spokesperson Ambassador Hisham Ragab")
p(D2, "Hisham Ragab", ["ambassador"], [], "Ambassador Hisham Ragab", "optional")
p(D2, "Salah Eldin Osman", ["foreign minister"], ["Sudan"], "Sudan's Foreign Minister Dr Salah Eldin Osman")
p(D2, "Pieter van Aalst", ["foreign minister"], ["Red Hills"], "The self-styled “foreign minister” of the Red Hills", "optional")
p(D2, "Nesma Abdel-Fattah", ["lecturer"], ["Cairo University"], "Dr Nesma Abdel-Fattah, a lecturer in international law at Cairo University", "optional")
p(D2, "Mohamed Sayed", ["governor"], ["Aswan"], "Mohamed Sayed, a former governor of Aswan", former=True)
p(D2, "Mariam El-Sharkawy", ["reporter"], ["Daily News Egypt"], "Mariam El-Sharkawy is a politics reporter at Daily News Egypt")
p(D3, "Gintarė Paulauskaitė", ["MP"], ["Homeland Union", "TS-LKD"], "MP Gintarė Paulauskaitė of the conservative Homeland Union", "optional")
p(D3, "Tomas Žilinskas", ["vice-minister", "vice minister"], ["Ministry of Foreign Affairs", "Foreign Affairs"], "Vice-Minister Tomas Žilinskas")
p(D3, "Tomas Žilinskas", ["head", "heads"], ["Eastern Neighbourhood"], "who heads the ministry's Eastern Neighbourhood department")
p(D3, "Akhmed Daudov", ["foreign minister"], ["Ichkeria"], "describes himself as foreign minister of the exiled Ichkerian government", "optional")
p(D3, "Zarema Daudova", ["paediatrician"], [], "Daudova, a paediatrician at a Vilnius clinic", "optional")
p(D3, "Jurgita Mockutė", ["political scientist"], ["Vilnius University"], "Dr Jurgita Mockutė, a political scientist at Vilnius University", "optional")
p(D3, "Arūnas Petrulis", ["foreign minister"], [], "Former foreign minister Arūnas Petrulis", former=True)
p(D3, "Arūnas Petrulis", ["MP"], ["Social Democratic Party of Lithuania"], "now an MP for the Social Democratic Party of Lithuania", "optional")
p(D3, "Rūta Jankauskienė", ["reporter"], ["LRT"], "Rūta Jankauskienė is a reporter for LRT English")
p(D4, "Ibrahim Dankwambo-Tijani", ["minister"], ["Foreign Affairs", "Nigeria"], "The Minister of Foreign Affairs, Ambassador Ibrahim Dankwambo-Tijani")
p(D4, "Babagana Kolo-Musa", ["senator"], ["Borno North", "Senate"], "Senator Babagana Kolo-Musa, who represents Borno North in the Senate", "optional")
p(D4, "Modu Bukar", ["chairman"], ["Baga Fishermen's Cooperative"], "Alhaji Modu Bukar, chairman of the Baga Fishermen's Cooperative")
p(D4, "Joseph Ndoumbe-Eyoum", ["high commissioner"], ["Cameroon"], "Cameroon's High Commissioner to Nigeria, Mr Joseph Ndoumbe-Eyoum")
p(D4, "Aisha Gambo-Lawan", ["lecturer"], ["University of Maiduguri"], "Dr Aisha Gambo-Lawan, a lecturer in political science at the University of Maiduguri", "optional")
p(D4, "Kashim Mustapha-Ngala", ["governor"], ["Borno State", "Borno"], "Former Borno State governor Alhaji Kashim Mustapha-Ngala", former=True)
p(D5, "Claire Vibert", ["head teacher"], [], "Head teacher Claire Vibert")
p(D5, "Rob Le Feuvre", ["minister for children and education", "minister"], [], "The Minister for Children and Education, Deputy Rob Le Feuvre")
p(D5, "Philippe Gallichan", ["connétable", "constable"], ["St Ouen"], "The Connétable of St Ouen, Philippe Gallichan")
p(D5, "Sophie Renouf", ["deputy"], ["States Assembly", "St Ouen"], "Deputy Sophie Renouf, a member of Reform Jersey who represents St Ouen in the States Assembly", "optional")
p(D5, "Louise Carré", ["chair", "chaired"], ["Friends of Les Landes"], "The Friends of Les Landes, the school's parent-teacher association, is chaired by Louise Carré", "optional")
p(D5, "Martin Carré", ["governor"], ["Les Landes School", "school"], "Martin Carré, is a governor of the school")
p(D5, "Margaret Le Sueur", ["head teacher"], [], "Former head teacher Margaret Le Sueur", former=True)
p(D5, "Hannah Le Brocq", ["reporter"], ["Jersey Evening Post"], "Hannah Le Brocq is a reporter at the Jersey Evening Post")

REL = []


def r(doc, subj, pred, obj, evidence):
    REL.append({"subject": subj, "predicate": pred, "object": obj,
                "symmetric": pred in ("spouse", "sharesBorderWith"), "status": "required",
                "docs": [doc], "evidence": evidence})


r(D1, "Ghajar", "locatedIn", "Golan Heights", "Ghajar, an Alawite village in the Golan Heights")
r(D1, "Syria", "claims", "Golan Heights", "Damascus, which claims the Golan Heights")
r(D1, "Israel", "annexed", "Golan Heights", "Israel's 1981 annexation of the plateau")
r(D1, "Israel", "invaded", "Lebanon", "Israel's 1982 invasion of Lebanon")
r(D1, "Israel", "sharesBorderWith", "Lebanon", "Israel shares a border with Lebanon")
r(D1, "Hussein Mrad", "memberOf", "Hezbollah", "Hussein Mrad, a Hezbollah lawmaker")
r(D1, "Samira Kanaan", "spouse", "Fares Kanaan", "with her husband, Fares Kanaan")
r(D1, "Metula", "locatedIn", "Israel", "Metula, northern Israel")
r(D2, "Egypt", "sharesBorderWith", "Sudan", "Egypt shares a border with Sudan")
r(D2, "Egypt", "memberOf", "African Union", "Both countries are members of the African Union and the Arab League")
r(D2, "Sudan", "memberOf", "African Union", "Both countries are members of the African Union and the Arab League")
r(D2, "Egypt", "memberOf", "Arab League", "Both countries are members of the African Union and the Arab League")
r(D2, "Sudan", "memberOf", "Arab League", "Both countries are members of the African Union and the Arab League")
r(D2, "Egypt", "claims", "Halaib Triangle", "Egypt has administered the Halaib Triangle since the 1990s and considers it part of Egypt")
r(D3, "Lithuania", "memberOf", "NATO", "Lithuania joined NATO and the European Union in 2004")
r(D3, "Lithuania", "memberOf", "European Union", "Lithuania joined NATO and the European Union in 2004")
r(D3, "Russia", "invaded", "Ukraine", "Russia invaded Ukraine")
r(D3, "Russia", "annexed", "Crimea", "Russia annexed Crimea in 2014")
r(D3, "Lithuania", "sharesBorderWith", "Russia", "Lithuania shares a border with Russia's Kaliningrad region")
r(D3, "Kaliningrad", "locatedIn", "Russia", "Russia's Kaliningrad region")
r(D3, "Akhmed Daudov", "spouse", "Zarema Daudova", "with his wife, Zarema Daudova")
r(D3, "Gintarė Paulauskaitė", "memberOf", "Homeland Union – Lithuanian Christian Democrats", "MP Gintarė Paulauskaitė of the conservative Homeland Union – Lithuanian Christian Democrats (TS-LKD)")
r(D3, "Arūnas Petrulis", "memberOf", "Social Democratic Party of Lithuania", "now an MP for the Social Democratic Party of Lithuania")
r(D4, "Modu Bukar", "spouse", "Fatima Bukar", "His wife, Hajiya Fatima Bukar")
r(D4, "Babagana Kolo-Musa", "memberOf", "APC", "The APC lawmaker")
for c in ("Cameroon", "Chad", "Niger", "Benin"):
    r(D4, "Nigeria", "sharesBorderWith", c, "Nigeria shares borders with Cameroon, Chad, Niger and Benin")
for c in ("Nigeria", "Cameroon", "Chad", "Niger"):
    r(D4, c, "memberOf", "Lake Chad Basin Commission", "Nigeria, Cameroon, Chad and Niger are all members of the Lake Chad Basin Commission")
r(D4, "Maiduguri", "locatedIn", "Borno State", "Maiduguri, the Borno State capital")
r(D5, "Louise Carré", "spouse", "Martin Carré", "Louise Carré, whose husband, Martin Carré")
r(D5, "Sophie Renouf", "memberOf", "Reform Jersey", "Deputy Sophie Renouf, a member of Reform Jersey")
r(D5, "St Ouen", "locatedIn", "Jersey", "St Ouen is the largest of Jersey's 12 parishes")
r(D5, "Les Landes School", "locatedIn", "St Ouen", "Les Landes School in St Ouen")
r(D5, "Falle Mauger", "locatedIn", "St Helier", "St Helier architects Falle Mauger")

GOLD = {
    "about": ABOUT,
    "documents": [D1, D2, D3, D4, D5],
    "near_duplicates": [],
    "entities": list(ENT.values()),
    "not_person": NOT_PERSON,
    "quotes": Q,
    "unattributed": UNATTRIBUTED,
    "stances": S,
    "positions": POS,
    "relations": REL,
}


def render() -> str:
    return json.dumps(GOLD, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
