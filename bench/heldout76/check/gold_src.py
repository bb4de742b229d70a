#!/usr/bin/env python3
"""Writes bench/heldout76/gold.json (run: python check/gold_src.py)."""
import json
from pathlib import Path

ABOUT = """Hand-made gold for bench/heldout76 (five invented articles, every person fictional).
Conventions (same format as shared/eval/seeds-gold.json, read by score.py):
- quotes: `key` is a verbatim stretch of the quote's own words. `required`: full statements with an explicit
  speaker (name, surname, pronoun, role), including sentences after the cue, colon quotes and every paragraph of
  a multi-paragraph quote. `optional`: partial quotes, headline/deck echoes, and words given only to a country or
  an unnamed ministry. Anonymous speakers are not listed. `unattributed`: scare quotes, coined names and quoted
  strings with no speaker (including quoted related headlines).
- stances: polarity follows the wording; holders are countries (or a capital / government / minister speaking
  for it). Required: stances stated by the text. Optional: a claimant's own claim and hedged wording
  (`does not question`). No stance: questions, `is expected to recognise`, holderless statements (`No state has
  ever recognised it`).
- positions: `of_any` lists the organisation / country words the text gives; `former` marks former posts.
  Occupations, seats given without an organisation's title (MP, deputy) and posts given only by a verb
  (`who heads`) are optional. Author footers are required.
- relations: only those stated in the text (spouse, sharesBorderWith, invaded, annexed, memberOf, locatedIn).
- entities: persons, organisations, countries, territories (the stance objects) and places named in the text,
  including bylines, photo credits, footers and related lines. Seas, rivers, roads, crossings, treaties,
  platforms (Facebook, X), events and unnamed bodies (`the French foreign ministry`) are not entities.
  Bermuda, a British overseas territory with no dispute in the text, is a Place.
"""

D1, D2, D3, D4, D5 = ("01_rri_hertsa.txt", "02_civilnet_syunik.txt", "03_antiguaobserver_redonda.txt",
                      "04_memo_mosul.txt", "05_royalgazette_somerset_pavilion.txt")

entities, quotes, stances, positions, relations = [], [], [], [], []


def E(typ, name, docs, *aliases):
    entities.append({"type": typ, "name": name, "aliases": list(aliases), "docs": docs})


def Q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def S(doc, country, stance, terr, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "status": status, "evidence": evidence})


def POS(doc, person, titles, of, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "status": status,
                      "former": former, "evidence": evidence})


def R(doc, subj, pred, obj, evidence):
    relations.append({"subject": subj, "predicate": pred, "object": obj,
                      "symmetric": pred in ("spouse", "sharesBorderWith"), "docs": [doc],
                      "status": "required", "evidence": evidence})


# ---------------------------------------------------------------- shared
E("Country", "Romania", [D1])
E("Country", "Ukraine", [D1])
E("Country", "Moldova", [D1])
E("Country", "Poland", [D1])
E("Country", "Russia", [D1])
E("Country", "Soviet Union", [D1])
E("Country", "Armenia", [D2])
E("Country", "Azerbaijan", [D2])
E("Country", "Iran", [D2, D4])
E("Country", "France", [D2])
E("Country", "Turkey", [D2, D4])
E("Country", "Antigua and Barbuda", [D3])
E("Country", "St Kitts and Nevis", [D3])
E("Country", "United Kingdom", [D3, D5], "Britain")
E("Country", "Canada", [D5])
E("Country", "Iraq", [D4])
E("Country", "Saudi Arabia", [D4])
E("Country", "United States", [D4], "US")
E("Organization", "NATO", [D1, D2, D4])
E("Organization", "European Union", [D1])

# ---------------------------------------------------------------- 01 RRI, Hertsa
E("Organization", "Radio România Internațional", [D1], "RRI", "Radio Romania International")
E("Person", "Raluca Dinescu", [D1], "Dinescu")
E("Person", "Cosmin Vlăduț", [D1], "Vlăduț")
E("Person", "Sorin Mărgineanu", [D1], "Mărgineanu")
E("Person", "Dorin Pașcanu", [D1], "Pașcanu")
E("Person", "Olena Hrytsenko", [D1], "Hrytsenko")
E("Person", "Veronica Captari", [D1], "Captari")
E("Person", "Tomasz Wierzbicki", [D1], "Wierzbicki")
E("Person", "Teodor Bălan", [D1], "Bălan")
E("Person", "Vasile Ungureanu", [D1], "Ungureanu")
E("Person", "Adina Stoleru", [D1], "Stoleru")
E("Organization", "Alliance for the Union of Romanians", [D1], "AUR")
E("Organization", "Hertsa Romanian Cultural Society", [D1])
E("Organization", "Alexandru Ioan Cuza University", [D1])
E("Organization", "Chamber of Deputies", [D1])
E("Territory", "Hertsa region", [D1], "Hertsa")
E("Place", "Herța", [D1])
E("Place", "Chernivtsi Oblast", [D1])
E("Place", "Suceava", [D1])
E("Place", "Chișinău", [D1])
E("Place", "Iași", [D1])

Q(D1, "Sorin Mărgineanu", "There is no territorial question", "optional")
Q(D1, "Romania", "There is no territorial question", "optional")
Q(D1, "Sorin Mărgineanu", "Romania recognises Ukraine's sovereignty over the Hertsa region, fully and without conditions")
Q(D1, "Sorin Mărgineanu", "There is no territorial question between Romania and Ukraine")
Q(D1, "Olena Hrytsenko", "taken note of the draft", "optional")
Q(D1, "Olena Hrytsenko", "We expect the Romanian state, and not one deputy")
Q(D1, "Olena Hrytsenko", "On that we have never had reason to complain")
Q(D1, "Dorin Pașcanu", "I am not asking for a war")
Q(D1, "Moldova", "no reason to revisit a settled border", "optional")
Q(D1, "Veronica Captari", "the borders of 1991 are the borders of peace in this region")
Q(D1, "Teodor Bălan", "a gift to every propagandist who wants us at odds", "optional")
Q(D1, "Teodor Bălan", "Mărgineanu did exactly the right thing")
Q(D1, "Teodor Bălan", "You answer a provocation like this within a day")
Q(D1, "Vasile Ungureanu", "People here want a faster queue at the customs post")
Q(D1, "Vasile Ungureanu", "Nobody I know wants to move the border")
Q(D1, "Adina Stoleru", "The 1940 annexation was an act of force")
Q(D1, "Adina Stoleru", "But Romania signed a border treaty with Ukraine in 2003")

S(D1, "Romania", "recognises", ["Hertsa region", "Hertsa"], "Romania recognises Ukraine's sovereignty over the Hertsa region")
S(D1, "Moldova", "recognises", ["Hertsa region", "Hertsa"], "considers the Hertsa region part of Ukraine")
S(D1, "Poland", "recognises", ["Hertsa region", "Hertsa"], "also backs Ukraine's sovereignty over the Hertsa region")

POS(D1, "Sorin Mărgineanu", ["foreign minister"], ["Romania", "Romanian"], "Foreign Minister Sorin Mărgineanu")
POS(D1, "Dorin Pașcanu", ["deputy"], ["Alliance for the Union of Romanians", "AUR"], "Dorin Pașcanu, a deputy of the Alliance for the Union of Romanians (AUR)", "optional")
POS(D1, "Olena Hrytsenko", ["ambassador"], ["Ukraine", "Romania"], "Ukraine's ambassador to Romania, Olena Hrytsenko")
POS(D1, "Veronica Captari", ["deputy foreign minister"], ["Moldova"], "Moldova's deputy foreign minister, Veronica Captari")
POS(D1, "Tomasz Wierzbicki", ["spokesman", "spokesperson"], ["Polish foreign ministry", "Poland", "Polish", "foreign ministry"], "a spokesman for the Polish foreign ministry, Tomasz Wierzbicki")
POS(D1, "Teodor Bălan", ["ambassador"], ["Romania", "Romanian", "Ukraine"], "Teodor Bălan, a former Romanian ambassador to Ukraine", former=True)
POS(D1, "Vasile Ungureanu", ["head", "heads"], ["Hertsa Romanian Cultural Society"], "Vasile Ungureanu, who heads the Hertsa Romanian Cultural Society", "optional")
POS(D1, "Adina Stoleru", ["historian"], ["Alexandru Ioan Cuza University"], "Adina Stoleru, a historian at Alexandru Ioan Cuza University", "optional")
POS(D1, "Raluca Dinescu", ["foreign affairs correspondent", "correspondent"], ["RRI", "Radio România Internațional"], "Raluca Dinescu is RRI's foreign affairs correspondent")

R(D1, "Soviet Union", "annexed", "Hertsa region", "a small district of Ukraine's Chernivtsi Oblast that the Soviet Union annexed from Romania in 1940")
R(D1, "Hertsa region", "locatedIn", "Chernivtsi Oblast", "the Hertsa region, a small district of Ukraine's Chernivtsi Oblast")
R(D1, "Chernivtsi Oblast", "locatedIn", "Ukraine", "Ukraine's Chernivtsi Oblast")
R(D1, "Herța", "locatedIn", "Chernivtsi Oblast", "in Herța, in Ukraine's Chernivtsi Oblast")
R(D1, "Dorin Pașcanu", "memberOf", "Alliance for the Union of Romanians", "Dorin Pașcanu, a deputy of the Alliance for the Union of Romanians (AUR)")
R(D1, "Suceava", "locatedIn", "Romania", "Suceava, in north-eastern Romania")
R(D1, "Alexandru Ioan Cuza University", "locatedIn", "Iași", "Alexandru Ioan Cuza University in Iași")
R(D1, "Moldova", "sharesBorderWith", "Romania", "Moldova, which borders both Romania and Ukraine")
R(D1, "Moldova", "sharesBorderWith", "Ukraine", "Moldova, which borders both Romania and Ukraine")
R(D1, "Poland", "sharesBorderWith", "Ukraine", "Poland, which shares a border with Ukraine")
R(D1, "Russia", "invaded", "Ukraine", "Russia's full-scale invasion of Ukraine")
R(D1, "Romania", "sharesBorderWith", "Ukraine", "Romania and Ukraine, which share a border of more than 600 kilometres")
R(D1, "Romania", "memberOf", "NATO", "Romania, a member of NATO since 2004")
R(D1, "Romania", "memberOf", "European Union", "and of the European Union since 2007")

# ---------------------------------------------------------------- 02 CivilNet, Syunik
E("Organization", "CivilNet", [D2])
E("Person", "Ani Movsisyan", [D2], "Movsisyan")
E("Person", "Hayk Arzumanyan", [D2], "Arzumanyan")
E("Person", "Vahe Ter-Grigoryan", [D2], "Ter-Grigoryan")
E("Person", "Elnur Gasimzade", [D2], "Gasimzade")
E("Person", "Hamid Reza Kalantari", [D2], "Kalantari")
E("Person", "Armine Sahakyan", [D2])
E("Person", "Gevorg Sahakyan", [D2])
E("Person", "Levon Baghdasaryan", [D2], "Baghdasaryan")
E("Organization", "Caucasus Institute", [D2])
E("Territory", "Syunik", [D2], "Syunik province")
E("Place", "Meghri", [D2])
E("Place", "Nakhchivan", [D2])
E("Place", "Kapan", [D2])

Q(D2, "Vahe Ter-Grigoryan", "Not an inch of Syunik is for rent")
Q(D2, "Armenia", "Not an inch of Syunik is for rent", "optional")
Q(D2, "Vahe Ter-Grigoryan", "Trucks from Azerbaijan are welcome on our roads")
Q(D2, "Elnur Gasimzade", "unimpeded passage for people and goods", "optional")
Q(D2, "Elnur Gasimzade", "We are not asking for territory")
Q(D2, "Elnur Gasimzade", "We are asking for a road that works")
Q(D2, "Hamid Reza Kalantari", "will not accept any change to the borders of the region", "optional")
Q(D2, "France", "stands ready to support any arrangement that both parties freely accept", "optional")
Q(D2, "Armine Sahakyan", "My husband’s trucks cross into Iran every week")
Q(D2, "Armine Sahakyan", "That is what a border looks like")
Q(D2, "Levon Baghdasaryan", "Azerbaijan wants ‘unimpeded’ and Armenia hears")
Q(D2, "Levon Baghdasaryan", "The good news is that nobody in either capital")

S(D2, "Iran", "recognises", ["Syunik"], "Iran recognises Armenia’s sovereignty over Syunik")
S(D2, "France", "recognises", ["Syunik"], "France considers Syunik an integral part of Armenia")
S(D2, "Azerbaijan", "recognises", ["Syunik"], "does not question Armenia’s sovereignty over Syunik", "optional")
S(D2, "Armenia", "recognises", ["Syunik"], "Armenia will not hand control of any road or railway in Syunik province", "optional")

POS(D2, "Vahe Ter-Grigoryan", ["deputy foreign minister"], ["Armenia", "Armenian"], "Deputy Foreign Minister Vahe Ter-Grigoryan")
POS(D2, "Elnur Gasimzade", ["adviser", "foreign-policy adviser"], ["Azerbaijan"], "Elnur Gasimzade, a foreign-policy adviser to Azerbaijan’s president")
POS(D2, "Hamid Reza Kalantari", ["ambassador"], ["Iran", "Armenia"], "its ambassador to Armenia, Hamid Reza Kalantari")
POS(D2, "Armine Sahakyan", ["mayor"], ["Kapan"], "In Kapan, Syunik’s largest town, Mayor Armine Sahakyan")
POS(D2, "Levon Baghdasaryan", ["head"], ["Caucasus Institute"], "Levon Baghdasaryan, head of the regional security programme at the Caucasus Institute")
POS(D2, "Ani Movsisyan", ["reporter"], ["CivilNet"], "Ani Movsisyan is a CivilNet reporter covering foreign policy")

R(D2, "Armine Sahakyan", "spouse", "Gevorg Sahakyan", "Her husband, Gevorg Sahakyan")
R(D2, "Kapan", "locatedIn", "Syunik", "Kapan, Syunik’s largest town")
R(D2, "Meghri", "locatedIn", "Syunik", "Meghri, a town in Syunik")
R(D2, "Iran", "sharesBorderWith", "Armenia", "Iran, which shares a short border with Armenia")
R(D2, "Azerbaijan", "invaded", "Armenia", "when Azerbaijani troops invaded Armenia that September")
R(D2, "Armenia", "sharesBorderWith", "Azerbaijan", "Armenia and Azerbaijan, which share a border of roughly 1,000 kilometres")
R(D2, "Turkey", "memberOf", "NATO", "Turkey, Azerbaijan’s closest ally and a NATO member")

# ---------------------------------------------------------------- 03 Antigua Observer, Redonda
E("Organization", "Antigua Observer", [D3])
E("Organization", "Observer Media Group", [D3])
E("Person", "Kieron Matthias", [D3], "Matthias")
E("Person", "Shermaine Joseph", [D3], "Joseph")
E("Person", "Desmond Lacewell", [D3], "Lacewell")
E("Person", "Ambrose Pellingham", [D3])
E("Person", "Priscilla Pellingham", [D3])
E("Person", "Jonathan Fairleigh", [D3], "Fairleigh")
E("Person", "Denzil Warner", [D3], "Warner")
E("Person", "Reginald Francis", [D3], "Francis")
E("Person", "Carlene Thomas", [D3], "Thomas")
E("Organization", "Organisation of Eastern Caribbean States", [D3], "OECS")
E("Organization", "University of the West Indies", [D3])
E("Organization", "Environmental Awareness Group", [D3], "EAG")
E("Organization", "UPP", [D3])
E("Organization", "CARICOM", [D3])
E("Territory", "Redonda", [D3])
E("Place", "Antigua", [D3])
E("Place", "Brighton", [D3])
E("Place", "Basseterre", [D3])
E("Place", "Great Bird Island", [D3])

Q(D3, "Desmond Lacewell", "is not for sale, and not for kings", "optional")
Q(D3, "Antigua and Barbuda", "is not for sale, and not for kings", "optional")
Q(D3, "Desmond Lacewell", "Redonda belongs to the people of Antigua and Barbuda")
Q(D3, "Desmond Lacewell", "It is not for sale, and it is not for kings")
Q(D3, "Ambrose Pellingham", "coronation voyage", "optional")
Q(D3, "Ambrose Pellingham", "Nobody is invading anything")
Q(D3, "Jonathan Fairleigh", "The United Kingdom has recognised Antigua and Barbuda's sovereignty over Redonda")
Q(D3, "Jonathan Fairleigh", "We have advised the organisers")
Q(D3, "Denzil Warner", "There is no dispute here for anyone to exploit")
Q(D3, "Organisation of Eastern Caribbean States", "no comment at this stage", "optional")
Q(D3, "Reginald Francis", "No state has ever recognised it, and no state ever will")
Q(D3, "Shermaine Joseph", "One rat in a picnic basket is all it takes")
Q(D3, "Shermaine Joseph", "We spent years getting them off that rock")
Q(D3, "Carlene Thomas", "If we say Redonda is ours, then let us have people on it")

S(D3, "United Kingdom", "recognises", ["Redonda"], "The United Kingdom has recognised Antigua and Barbuda's sovereignty over Redonda")
S(D3, "St Kitts and Nevis", "recognises", ["Redonda"], "Basseterre considers Redonda part of Antigua and Barbuda")
S(D3, "Antigua and Barbuda", "recognises", ["Redonda"], "Redonda belongs to the people of Antigua and Barbuda", "optional")

POS(D3, "Desmond Lacewell", ["foreign affairs minister"], ["Antigua and Barbuda", "Government of Antigua and Barbuda"], "Foreign Affairs Minister Hon. Desmond Lacewell")
POS(D3, "Ambrose Pellingham", ["bookseller"], [], "a Brighton bookseller", "optional")
POS(D3, "Jonathan Fairleigh", ["high commissioner"], ["British", "United Kingdom", "Antigua and Barbuda"], "The British High Commissioner to Antigua and Barbuda, Jonathan Fairleigh")
POS(D3, "Denzil Warner", ["foreign minister"], ["St Kitts and Nevis", "Basseterre"], "Foreign Minister Hon. Denzil Warner")
POS(D3, "Reginald Francis", ["lecturer"], ["University of the West Indies"], "Dr Reginald Francis, a lecturer in international law at the University of the West Indies")
POS(D3, "Shermaine Joseph", ["project coordinator"], ["Environmental Awareness Group"], "Dr Shermaine Joseph, project coordinator at the Environmental Awareness Group")
POS(D3, "Carlene Thomas", ["MP"], ["UPP"], "Opposition MP Hon. Carlene Thomas (UPP)", "optional")
POS(D3, "Kieron Matthias", ["senior reporter", "reporter"], ["Antigua Observer"], "Kieron Matthias is a senior reporter at the Antigua Observer")

R(D3, "Ambrose Pellingham", "spouse", "Priscilla Pellingham", "his wife, Priscilla Pellingham")
R(D3, "Antigua and Barbuda", "memberOf", "Organisation of Eastern Caribbean States", "Both countries are members of the Organisation of Eastern Caribbean States (OECS)")
R(D3, "St Kitts and Nevis", "memberOf", "Organisation of Eastern Caribbean States", "Both countries are members of the Organisation of Eastern Caribbean States (OECS)")
R(D3, "Carlene Thomas", "memberOf", "UPP", "Opposition MP Hon. Carlene Thomas (UPP)")
R(D3, "Antigua and Barbuda", "memberOf", "CARICOM", "CARICOM, of which Antigua and Barbuda is a founding member")

# ---------------------------------------------------------------- 04 MEMO, Mosul
E("Organization", "Middle East Monitor", [D4], "MEMO")
E("Organization", "Anadolu Agency", [D4])
E("Person", "Murtadha Sabah", [D4], "Sabah")
E("Person", "Hakan Yörükoğlu", [D4], "Yörükoğlu")
E("Person", "Faris al-Ubaidi", [D4], "al-Ubaidi")
E("Person", "Selin Akbaba", [D4], "Akbaba")
E("Person", "Kazem Rahimpour", [D4], "Rahimpour")
E("Person", "Zaineb Alkhafaji", [D4], "Alkhafaji")
E("Person", "Yasir al-Hamdani", [D4], "al-Hamdani")
E("Organization", "Nationalist Movement Party", [D4], "MHP")
E("Organization", "PKK", [D4])
E("Organization", "Arab League", [D4])
E("Organization", "Mustansiriyah University", [D4])
E("Organization", "Islamic State", [D4], "Islamic State group")
E("Organization", "OPEC", [D4])
E("Territory", "Mosul", [D4])
E("Place", "Nineveh Governorate", [D4], "Nineveh")
E("Place", "Sinjar", [D4])

Q(D4, "Hakan Yörükoğlu", "should have been ours", "optional")
Q(D4, "Hakan Yörükoğlu", "reopen the file", "optional")
Q(D4, "Hakan Yörükoğlu", "Mosul was taken from us at a negotiating table")
Q(D4, "Hakan Yörükoğlu", "I am not calling for soldiers")
Q(D4, "Faris al-Ubaidi", "an insult to every Iraqi", "optional")
Q(D4, "Faris al-Ubaidi", "Mosul is an Iraqi city, it was Iraqi before this lawmaker was born")
Q(D4, "Selin Akbaba", "Turkey recognises Iraq's sovereignty over Mosul and over all of its territory")
Q(D4, "Selin Akbaba", "Our policy is set by the government")
Q(D4, "Kazem Rahimpour", "such statements serve only the enemies of the region", "optional")
Q(D4, "Arab League", "calm and respect for established borders", "optional")
Q(D4, "Zaineb Alkhafaji", "The MHP needs a map to wave before every election")
Q(D4, "Zaineb Alkhafaji", "The danger is that someone in Mosul watches")
Q(D4, "Yasir al-Hamdani", "We are still clearing rubble from the Old City")
Q(D4, "Yasir al-Hamdani", "People in Mosul do not have time for television historians")
Q(D4, "Yasir al-Hamdani", "If Turkey wants to help Mosul, it can help us rebuild the bridges")

S(D4, "Iraq", "doesNotRecognise", ["Mosul"], "Iraq does not accept any Turkish claim to Mosul")
S(D4, "Turkey", "recognises", ["Mosul"], "Turkey recognises Iraq's sovereignty over Mosul")
S(D4, "Iran", "doesNotRecognise", ["Mosul"], "refuses to recognise any Turkish claim on Mosul")
S(D4, "Saudi Arabia", "recognises", ["Mosul"], "Saudi Arabia considers Mosul an inseparable part of Iraq")
S(D4, "Iraq", "recognises", ["Mosul"], "Mosul is an Iraqi city", "optional")

POS(D4, "Hakan Yörükoğlu", ["MP"], ["Nationalist Movement Party", "MHP"], "Hakan Yörükoğlu, an MP for the Nationalist Movement Party (MHP)", "optional")
POS(D4, "Faris al-Ubaidi", ["foreign minister"], ["Iraq"], "Iraq's Foreign Minister Faris al-Ubaidi")
POS(D4, "Selin Akbaba", ["spokesperson"], ["Turkey", "foreign ministry"], "Ministry spokesperson Selin Akbaba")
POS(D4, "Kazem Rahimpour", ["spokesman"], ["Iran", "foreign ministry"], "its foreign ministry spokesman, Kazem Rahimpour")
POS(D4, "Zaineb Alkhafaji", ["teaches political science", "political science"], ["Mustansiriyah University"], "Dr Zaineb Alkhafaji, who teaches political science at Mustansiriyah University", "optional")
POS(D4, "Yasir al-Hamdani", ["governor"], ["Mosul", "Nineveh"], "The city's governor, Yasir al-Hamdani")

R(D4, "Hakan Yörükoğlu", "memberOf", "Nationalist Movement Party", "Hakan Yörükoğlu, an MP for the Nationalist Movement Party (MHP)")
R(D4, "Turkey", "memberOf", "NATO", "Turkey, a NATO member")
R(D4, "Turkey", "sharesBorderWith", "Iraq", "shares a border of about 370 kilometres with Iraq")
R(D4, "Iran", "sharesBorderWith", "Iraq", "Iran, which also borders Iraq")
R(D4, "Iraq", "memberOf", "Arab League", "The Arab League, of which Iraq is a founding member")
R(D4, "Mosul", "locatedIn", "Nineveh Governorate", "Mosul, the capital of Iraq's Nineveh Governorate")
R(D4, "Nineveh Governorate", "locatedIn", "Iraq", "Iraq's Nineveh Governorate")
R(D4, "Islamic State", "invaded", "Mosul", "the Islamic State group invaded the city in 2014")
R(D4, "United States", "invaded", "Iraq", "the 2003 US-led invasion of Iraq")
R(D4, "Iraq", "memberOf", "OPEC", "Iraq, a member of OPEC")

# ---------------------------------------------------------------- 05 Royal Gazette, Somerset pavilion
E("Organization", "The Royal Gazette", [D5], "Royal Gazette")
E("Person", "Marcus Darrell", [D5], "Darrell")
E("Person", "Tamsin Outerbridge", [D5], "Outerbridge")
E("Person", "Clive Richardson-Burch", [D5], "Richardson-Burch")
E("Person", "Lindsay Trott-Simmons", [D5], "Trott-Simmons")
E("Person", "Dwayne Furbert", [D5])
E("Person", "Annette Furbert", [D5])
E("Person", "Keisha Wainwright", [D5])
E("Person", "Shanice Tucker", [D5], "Tucker")
E("Person", "Walter Roberts", [D5], "Roberts")
E("Organization", "Somerset Cricket Club", [D5])
E("Organization", "Wainwright Design Studio", [D5])
E("Organization", "Progressive Labour Party", [D5])
E("Place", "Somerset", [D5])
E("Place", "Sandys Parish", [D5], "Sandys")
E("Place", "Bermuda", [D5])
E("Place", "Sandys North", [D5])

Q(D5, "Clive Richardson-Burch", "never thought of giving up", "optional")
Q(D5, "Clive Richardson-Burch", "When the roof went, there were grown men")
Q(D5, "Clive Richardson-Burch", "Six months later we have a better building")
Q(D5, "Lindsay Trott-Simmons", "This is where Somerset gathers")
Q(D5, "Lindsay Trott-Simmons", "Weddings, funerals, church suppers")
Q(D5, "Dwayne Furbert", "We put a thermometer board up by the gate")
Q(D5, "Dwayne Furbert", "We are not going to be caught out a second time")
Q(D5, "Keisha Wainwright", "Bermuda builds for hurricanes")
Q(D5, "Keisha Wainwright", "We tied the roof into the walls")
Q(D5, "Shanice Tucker", "For three seasons we changed in a storage room")
Q(D5, "Walter Roberts", "Somerset has shown what a community can do")

POS(D5, "Clive Richardson-Burch", ["president"], ["Somerset Cricket Club", "club"], "Clive Richardson-Burch, the club president")
POS(D5, "Lindsay Trott-Simmons", ["Minister of Youth, Culture and Sport", "minister"], [], "Lindsay Trott-Simmons, the Minister of Youth, Culture and Sport")
POS(D5, "Dwayne Furbert", ["treasurer"], ["Somerset Cricket Club", "club"], "Dwayne Furbert, the club’s treasurer")
POS(D5, "Keisha Wainwright", ["architect"], ["Wainwright Design Studio"], "the architect, Keisha Wainwright of Wainwright Design Studio", "optional")
POS(D5, "Shanice Tucker", ["captain"], ["women", "Somerset Cricket Club"], "Shanice Tucker, the women’s team captain")
POS(D5, "Walter Roberts", ["MP"], ["Sandys North", "Progressive Labour Party"], "Walter Roberts MP, who represents Sandys North for the Progressive Labour Party", "optional")
POS(D5, "Marcus Darrell", ["community reporter", "reporter"], ["Royal Gazette"], "Marcus Darrell is a Royal Gazette community reporter")

R(D5, "Walter Roberts", "memberOf", "Progressive Labour Party", "Walter Roberts MP, who represents Sandys North for the Progressive Labour Party")
R(D5, "Dwayne Furbert", "spouse", "Annette Furbert", "his wife, Annette Furbert")
R(D5, "Somerset", "locatedIn", "Sandys Parish", "Somerset village in Sandys Parish")
R(D5, "Sandys Parish", "locatedIn", "Bermuda", "Sandys Parish, at Bermuda’s western end")

NOT_PERSON = [
    "RRI", "AUR", "Herța", "Hertsa", "Chernivtsi", "Suceava", "Chișinău", "Iași", "Alexandru Ioan Cuza",
    "CivilNet", "Syunik", "Meghri", "Kapan", "Nakhchivan", "Zangezur", "Araks", "Caucasus Institute",
    "Redonda", "Antigua", "Basseterre", "Brighton", "OECS", "CARICOM", "EAG", "UPP", "Hon.", "King Ambrose",
    "Great Bird Island", "Observer Media Group", "Mosul", "Nineveh", "Sinjar", "MHP", "PKK", "OPEC", "MEMO",
    "Mustansiriyah", "Anadolu", "Ibrahim Khalil", "Somerset", "Sandys", "Sandys North", "Cup Match",
    "Wainwright Design Studio", "Royal Gazette", "Bermuda",
]

UNATTRIBUTED = [
    "returned to the motherland", "historic rights",
    "Zangezur corridor",
    "crown", "king", "King Ambrose I", "Kingdom of Redonda", "kingdom", "bouncing back",
]

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [],
        "entities": entities, "not_person": NOT_PERSON, "quotes": quotes, "unattributed": UNATTRIBUTED,
        "stances": stances, "positions": positions, "relations": relations}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
