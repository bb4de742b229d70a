#!/usr/bin/env python3
"""Writes bench/heldout44/gold.json: the hand-made gold standard for bench/heldout44/articles.

Run:  .venv/bin/python bench/heldout44/check/gold_src.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_shafaqnews_umm_al_rasas.txt"
D2 = "02_theprint_siachen.txt"
D3 = "03_yle_ceded_karelia.txt"
D4 = "04_vijesti_sutorina.txt"
D5 = "05_cabinradio_stanton_dialysis.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout44/gold.json: the hand-made gold standard for bench/heldout44/articles.

Five invented articles (every person is fictional). Every fact was read off the texts by hand.
Conventions:
- quotes: `key` is a distinctive verbatim stretch of the quote's own words. `required` = a full
  statement with an explicit speaker (name, surname, pronoun, role or organisation), including
  sentences after the cue, colon quotes, cue-less continuation paragraphs and every paragraph of a
  multi-paragraph quote. `optional` = partial quotes, headline/deck/subhead echoes, and quotes whose
  holder is a capital standing for its country. Anonymous speakers are not listed, so giving their
  words a speaker counts as wrong. `unattributed` = quoted strings with no speaker (related
  headlines, headline fragments nobody in the text says).
- stances: holder is a gold Country (the text may name the country, its capital, its ministry or a
  minister/official speaking for it); the object is the disputed territory. `recognises` = the
  holder accepts somebody's sovereignty over the territory (backs, recognizes ... as, acknowledges,
  considers ... part of); `doesNotRecognise` = the holder rejects a claim or sovereignty over it
  (rejects the claim, does not accept, has never recognised, refuses to recognise, does not
  recognise). A claimant's own claim is optional. No stance: questions, hypotheticals, `is expected
  to recognize`, `would not recognise` a border changed by force (no territory), recognition of
  agreements, holders that are not countries.
- positions: title_any / of_any as in score.py; of_any is empty when the text names no organisation
  or country next to the title. Explicit titles of named people are required, including former posts,
  parliamentary seats (MP, MLA) and author footers; occupations and committee chairs given only by a
  verb are optional. `former` marks former posts.
- relations: spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn, only when stated
  in the text (evidence is verbatim).
- entities: people, organisations, countries, territories and places named in the article text,
  including bylines, photo credits, author footers and copyright lines; navigation bars, seas, rivers,
  lakes, ridges, roads, treaties and social platforms are not entities. Capitals are places, not
  aliases of their country. `docs` lists the articles that mention the entity.
"""

ENT = []


def e(typ, name, aliases=(), docs=()):
    ENT.append({"type": typ, "name": name, "aliases": list(aliases), "docs": list(docs)})


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# ---- 01 Shafaq News: Umm al-Rasas / Shatt al-Arab
for n, a in [("Fadhil Abdul-Razzaq al-Rubaie", ["al-Rubaie"]), ("Maryam Sadeghi-Fard", ["Sadeghi-Fard"]),
             ("Talal Fahad al-Mutairi", ["al-Mutairi"]), ("Ali Jabbar Hantoush", ["Hantoush"]),
             ("Kadhim Sabah Jaber", ["Jaber"]), ("Zahraa Mahdi", []),
             ("Asaad Hamid al-Kanani", ["al-Kanani"]), ("Nadia Kareem Salman", ["Salman"]),
             ("Haider Qasim Nouri", ["Nouri"]), ("Rana Adel Khudair", ["Khudair"])]:
    e(P, n, a, [D1])
for n, a in [("Shafaq News", []), ("Iraqi Ministry of Foreign Affairs", ["Iraq's Ministry of Foreign Affairs"]),
             ("Turkish Foreign Ministry", []), ("Arab League", []), ("State of Law Coalition", []),
             ("Security and Defense Committee", []), ("General Company for Ports of Iraq", []),
             ("University of Basra", [])]:
    e(O, n, a, [D1])
e(O, "United Nations", ["UN"], [D1, D2])
for n in ["Iraq", "Iran", "Kuwait", "Turkey", "Saudi Arabia"]:
    e(C, n, [], [D1])
e(T, "Umm al-Rasas", [], [D1])
for n in ["Baghdad", "Tehran", "Basra", "Basra Governorate", "Al-Faw", "Abadan", "Khuzestan", "Riyadh", "Ankara"]:
    e(L, n, [], [D1])

# ---- 02 ThePrint: Siachen
for n, a in [("Ananya Rao Kulkarni", ["Kulkarni"]), ("Tahir Aslam Bhatti", ["Bhatti"]),
             ("Kavita Raghunathan", ["Raghunathan"]), ("Zhao Minghui", ["Zhao"]),
             ("Arkady Temnikov", ["Temnikov"]), ("Harpreet Singh Sandhu", ["Sandhu"]),
             ("Rupinder Kaur", []), ("Meenakshi Venkatesan", ["Venkatesan"]),
             ("Stanzin Angmo Rigzin", ["Rigzin"]), ("Siddharth Menon Iyer", ["Iyer"])]:
    e(P, n, a, [D2])
for n, a in [("ThePrint", []), ("Printline Media Pvt. Ltd.", ["Printline Media"]), ("Foreign Office", []),
             ("Ministry of External Affairs", ["MEA"]), ("BRICS", []), ("US State Department", []),
             ("Army Adventure Wing", []), ("14 Corps", []), ("Jawaharlal Nehru University", []),
             ("BJP", []), ("Lok Sabha", []), ("ANI", [])]:
    e(O, n, a, [D2])
for n, a in [("Pakistan", []), ("India", []), ("China", []), ("United States", ["US"])]:
    e(C, n, a, [D2])
e(C, "Russia", [], [D2, D3])
e(T, "Siachen Glacier", ["Siachen"], [D2])
for n, a in [("Islamabad", []), ("New Delhi", ["Delhi"]), ("Beijing", []), ("Leh", []), ("Ladakh", []),
             ("Kazan", []), ("Washington", []), ("Chandigarh", []), ("Skardu", []), ("Gilgit-Baltistan", [])]:
    e(L, n, a, [D2])

# ---- 03 Yle News: ceded Karelia
for n, a in [("Juho Kettunen-Sarlin", ["Kettunen-Sarlin"]), ("Pirjo Halonen-Ruuskanen", ["Halonen-Ruuskanen"]),
             ("Antti Väyrynen-Koski", ["Väyrynen-Koski"]), ("Juha-Matti Pesonen", ["Pesonen"]),
             ("Leena Mäkitalo", ["Mäkitalo"]), ("Eino Rautiainen", []), ("Aili Rautiainen", ["Aili"]),
             ("Riikka Tuominen-Saari", ["Tuominen-Saari"])]:
    e(P, n, a, [D3])
for n, a in [("Yle", ["Yle News"]), ("Karelian Heritage Society", []), ("Eduskunta", []),
             ("Russian Embassy in Helsinki", ["Russian Embassy"]), ("Finns Party", []),
             ("Social Democratic Party", []), ("University of Eastern Finland", []),
             ("Foreign Affairs Committee", [])]:
    e(O, n, a, [D3])
e(O, "NATO", [], [D3, D4])
for n in ["Finland", "Sweden", "Ukraine", "Soviet Union"]:
    e(C, n, [], [D3])
e(T, "ceded Karelia", ["Karelia"], [D3])
e(T, "Crimea", [], [D3])
for n in ["Moscow", "Helsinki", "Lappeenranta", "South Karelia", "Vyborg", "Sortavala", "Leningrad region"]:
    e(L, n, [], [D3])

# ---- 04 Vijesti: Sutorina
for n, a in [("Marija Vukčević-Ražnatović", ["Vukčević-Ražnatović"]), ("Dragan Šćekić", ["Šćekić"]),
             ("Denis Hadžiahmetović", ["Hadžiahmetović"]), ("Vesna Radunović-Lalić", ["Radunović-Lalić"]),
             ("Tomislav Brkić-Vidović", ["Brkić-Vidović"]), ("Nikola Pejović", ["Pejović"]),
             ("Stevo Milačić", []), ("Dragana Milačić", []), ("Željko Vujošević", ["Vujošević"])]:
    e(P, n, a, [D4])
for n, a in [("Vijesti", []), ("Daily Press d.o.o.", ["Daily Press"]),
             ("Presidency of Bosnia and Herzegovina", []), ("Party of Democratic Action", ["SDA"]),
             ("Serbian Foreign Ministry", ["Serbia's foreign ministry"]), ("European Union", []),
             ("National Assembly of Republika Srpska", []), ("University of Montenegro", []),
             ("Democratic Party of Socialists", ["DPS"])]:
    e(O, n, a, [D4])
for n in ["Montenegro", "Bosnia and Herzegovina", "Croatia", "Serbia", "Austria-Hungary", "Ottoman Empire",
          "Republic of Ragusa"]:
    e(C, n, [], [D4])
e(T, "Sutorina", [], [D4])
for n in ["Podgorica", "Sarajevo", "Herceg Novi", "Igalo", "Neum", "Budva", "Banja Luka", "The Hague",
          "Trebinje", "Belgrade", "Zagreb", "Republika Srpska", "Vienna"]:
    e(L, n, [], [D4])

# ---- 05 Cabin Radio: Stanton dialysis unit (no dispute)
for n, a in [("Tereza Lindqvist-Okafor", ["Lindqvist-Okafor"]), ("Darlene Beaulieu-Kakfwi", ["Beaulieu-Kakfwi"]),
             ("Moses Zoe-Mackenzie", []), ("Rosalie Zoe-Mackenzie", []),
             ("Albertine Wetrade-Nitsiza", ["Wetrade-Nitsiza"]), ("Graham Achterberg", ["Achterberg"]),
             ("Kirsten Ødegaard-Lafferty", ["Ødegaard-Lafferty"]), ("Duncan Ittinuar-Bell", ["Ittinuar-Bell"])]:
    e(P, n, a, [D5])
for n, a in [("Cabin Radio", []), ("Stanton Territorial Hospital", ["Stanton"]), ("Tłı̨chǫ Government", []),
             ("Northwest Territories Health and Social Services Authority", [])]:
    e(O, n, a, [D5])
e(C, "Canada", [], [D5])
for n in ["Yellowknife", "Hay River", "Inuvik", "Fort Smith", "Behchokǫ̀", "Ottawa", "Nova Scotia",
          "North Slave", "Tłı̨chǫ region", "Beaufort Delta", "Frame Lake"]:
    e(L, n, [], [D5])

NOT_PERSON = [
    # 01
    "Shafaq News", "Shatt al-Arab", "Umm al-Rasas", "Al-Faw", "Algiers", "Abadan", "Khuzestan", "Basra",
    "Basra Governorate", "State of Law Coalition", "Security and Defense Committee", "Arab League",
    "General Company for Ports of Iraq", "Iraqi", "Iranian", "Kuwaiti", "Saudi", "Ankara",
    # 02
    "ThePrint", "Printline Media", "Siachen", "Saltoro", "Saltoro Ridge", "Meghdoot", "Gilgit-Baltistan",
    "Skardu", "Leh", "Ladakh", "Simla", "Army Adventure Wing", "ANI", "BRICS", "Kazan", "Lt Gen", "Lok Sabha",
    "Jawaharlal Nehru University", "Chandigarh",
    # 03
    "Yle", "Yle News", "Eduskunta", "Karelia", "Karelian Heritage Society", "Lappeenranta", "Sortavala",
    "Vyborg", "Kremlin", "Areena", "Svenska Yle", "Finns", "Telegram",
    # 04
    "Vijesti", "Sutorina", "Igalo", "Herceg Novi", "Neum", "Budva", "Trebinje", "Republika Srpska",
    "Ragusa", "Daily Press", "Bosniak", "Yugoslav", "Podgorica", "Kotor",
    # 05
    "Cabin Radio", "Stanton", "Stanton Territorial Hospital", "Behchokǫ̀", "Tłı̨chǫ", "Frame Lake",
    "Yellowknife", "Hay River", "Fort Smith", "Inuvik", "Great Slave Lake", "MLA", "Grand Chief",
]

QUOTES = []


def q(doc, speaker, key, status="required"):
    QUOTES.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


R, OPT = "required", "optional"
# 01
q(D1, "Fadhil Abdul-Razzaq al-Rubaie", "We have handed the Iranian side a note of protest and a map")
q(D1, "Fadhil Abdul-Razzaq al-Rubaie", "Any work around the island needs the written consent of Baghdad")
q(D1, "Fadhil Abdul-Razzaq al-Rubaie", "crossed the deepest line of the channel by at least 300 meters", OPT)
q(D1, "Maryam Sadeghi-Fard", "The dredging is taking place on our side of the line")
q(D1, "Maryam Sadeghi-Fard", "We are ready to sit with our Iraqi brothers")
q(D1, "Maryam Sadeghi-Fard", "a relic of a closed file", OPT)
q(D1, "Talal Fahad al-Mutairi", "Good neighborliness begins with respect for borders")
q(D1, "Turkish Foreign Ministry", "Disputes over waterways should be settled by joint technical committees")
q(D1, "Ali Jabbar Hantoush", "Not one meter of the Shatt al-Arab is for sale")
q(D1, "Ali Jabbar Hantoush", "Our fishermen were born on this water")
q(D1, "Ali Jabbar Hantoush", "We will ask the government to bring the Algiers file back to parliament")
q(D1, "Ali Jabbar Hantoush", "The island is Iraqi and will stay Iraqi", OPT)
q(D1, "Kadhim Sabah Jaber", "The Iranian patrol boats tell us to go back")
q(D1, "Kadhim Sabah Jaber", "Go back where?", OPT)
q(D1, "Nadia Kareem Salman", "remains binding until both parties agree to replace it", OPT)
# 02
q(D2, "Tahir Aslam Bhatti", "Tourism cannot launder an occupation")
q(D2, "Tahir Aslam Bhatti", "at every available forum, including the United Nations", OPT)
q(D2, "Pakistan", "tourism that launders an occupation", OPT)
q(D2, "Kavita Raghunathan", "Pakistan has no locus standi on Indian territory")
q(D2, "Kavita Raghunathan", "We do not seek anyone's permission to walk on our own land")
q(D2, "Kavita Raghunathan", "No locus standi", OPT)
q(D2, "Zhao Minghui", "China hopes India and Pakistan will exercise restraint")
q(D2, "China", "restraint and dialogue", OPT)
q(D2, "Arkady Temnikov", "a sovereign decision of a friendly country", OPT)
q(D2, "Harpreet Singh Sandhu", "We have held the Saltoro for 43 years")
q(D2, "Harpreet Singh Sandhu", "Opening the glacier to trekkers is also a signal")
q(D2, "Harpreet Singh Sandhu", "We held it for 43 years", OPT)
q(D2, "Meenakshi Venkatesan", "hostages to the weather and to the politics", OPT)
q(D2, "Meenakshi Venkatesan", "Avalanches do not read press releases")
q(D2, "Stanzin Angmo Rigzin", "This is a proud day for Ladakh")
# 03
q(D3, "Pirjo Halonen-Ruuskanen", "We are asking for talks, not for tanks")
q(D3, "Pirjo Halonen-Ruuskanen", "Nobody in our society wants a single shot fired")
q(D3, "Antti Väyrynen-Koski", "The border was settled by the Paris Peace Treaty of 1947")
q(D3, "Russian Embassy in Helsinki", "now and forever", OPT)
q(D3, "Russian Embassy in Helsinki", "revanchist propaganda", OPT)
q(D3, "Russian Embassy in Helsinki", "Those who collect signatures for the return of Vyborg")
q(D3, "Juha-Matti Pesonen", "I am not a dreamer")
q(D3, "Leena Mäkitalo", "This initiative gives Moscow exactly the story it wants to tell about us")
q(D3, "Leena Mäkitalo", "It should be debated with respect, and then voted down")
q(D3, "Eino Rautiainen", "My father used to say that he left the key in the door")
q(D3, "Aili Rautiainen", "We do not want the house back")
q(D3, "Riikka Tuominen-Saari", "unfortunate, to put it politely", OPT)
q(D3, "Riikka Tuominen-Saari", "every word about borders in Finland is read in Moscow with a magnifying glass")
# 04
q(D4, "Denis Hadžiahmetović", "Bosnia and Herzegovina has only twenty kilometres of sea at Neum")
q(D4, "Denis Hadžiahmetović", "The 2015 agreement was never ratified by our parliament")
q(D4, "Vesna Radunović-Lalić", "Sutorina is not on any table")
q(D4, "Vesna Radunović-Lalić", "Montenegro signed a border agreement with Bosnia and Herzegovina in 2015 in good faith")
q(D4, "Vesna Radunović-Lalić", "Not on any table", OPT)
q(D4, "Vesna Radunović-Lalić", "turn a speech into a crisis", OPT)
q(D4, "Serbian Foreign Ministry", "borders in the region must not be reopened by anyone", OPT)
q(D4, "Tomislav Brkić-Vidović", "Croatia has settled its own borders with Montenegro through dialogue")
q(D4, "Nikola Pejović", "The strip has changed hands more often than any other kilometre of the coast")
q(D4, "Nikola Pejović", "more about national pride than about fishing rights or tourism", OPT)
q(D4, "Stevo Milačić", "Every few years somebody in Sarajevo remembers us")
q(D4, "Željko Vujošević", "We are building roads and pipes, not borders")
# 05
q(D5, "Darlene Beaulieu-Kakfwi", "For years we have told people with kidney failure")
q(D5, "Moses Zoe-Mackenzie", "Three days a week, four hours in the chair")
q(D5, "Moses Zoe-Mackenzie", "Three days a week", OPT)
q(D5, "Rosalie Zoe-Mackenzie", "And I can keep my job at the school")
q(D5, "Albertine Wetrade-Nitsiza", "Our elders should not have to spend their last years in a hotel room")
q(D5, "Graham Achterberg", "We have hired four nephrology nurses since January")
q(D5, "Kirsten Ødegaard-Lafferty", "If people are coming off a machine at ten at night")
q(D5, "Duncan Ittinuar-Bell", "a good start", OPT)

UNATTRIBUTED = ["Silt and sovereignty", "A wrong was done", "We are not cut off",
                "fewer goodbyes at the airport", "one step closer"]

STANCES = []


def s(doc, country, stance, territory_any, evidence, status="required"):
    STANCES.append({"country": country, "stance": stance, "territory_any": territory_any,
                    "docs": [doc], "evidence": evidence, "status": status})


REC, NOT = "recognises", "doesNotRecognise"
s(D1, "Iran", NOT, ["Umm al-Rasas"], "rejected the Iraqi claim to Umm al-Rasas")
s(D1, "Kuwait", REC, ["Umm al-Rasas"], "Kuwait backs Iraq's sovereignty over Umm al-Rasas")
s(D1, "Turkey", REC, ["Umm al-Rasas"], "Ankara recognizes Umm al-Rasas as Iraqi territory")
s(D1, "Iraq", REC, ["Umm al-Rasas"], "Umm al-Rasas is Iraqi and it has been recorded as Iraqi in every survey since 1937", OPT)
s(D2, "Pakistan", NOT, ["Siachen Glacier", "Siachen"], "Pakistan does not accept India's claim to the Siachen Glacier")
s(D2, "China", NOT, ["Siachen Glacier", "Siachen"], "has never recognised India's claim to Siachen")
s(D2, "Russia", REC, ["Siachen Glacier", "Siachen"], "Russia considers the Siachen Glacier part of India")
s(D3, "Finland", REC, ["ceded Karelia", "Karelia"], "Finland acknowledges Russian sovereignty over ceded Karelia")
s(D3, "Finland", NOT, ["Crimea"], "Helsinki refuses to recognise Russia's annexation of Crimea")
s(D3, "Russia", REC, ["ceded Karelia", "Karelia"], "Russia considers Karelia an integral part of its territory", OPT)
s(D4, "Bosnia and Herzegovina", NOT, ["Sutorina"], "Sarajevo does not recognise Montenegrin sovereignty over Sutorina")
s(D4, "Serbia", REC, ["Sutorina"], "Belgrade recognises Sutorina as Montenegrin territory")
s(D4, "Croatia", NOT, ["Sutorina"], "does not recognise any Bosnian claim to Sutorina")

POSITIONS = []


def p(doc, person, title_any, of_any, evidence, status="required", former=False):
    POSITIONS.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc],
                      "evidence": evidence, "former": former, "status": status})


p(D1, "Fadhil Abdul-Razzaq al-Rubaie", ["spokesman", "spokesperson"],
  ["Ministry of Foreign Affairs", "Foreign Ministry", "Iraq"], "Ministry spokesman Fadhil Abdul-Razzaq al-Rubaie")
p(D1, "Maryam Sadeghi-Fard", ["spokeswoman", "spokesperson"], ["Foreign Ministry", "Iran"],
  "Foreign Ministry spokeswoman Maryam Sadeghi-Fard")
p(D1, "Talal Fahad al-Mutairi", ["ambassador"], ["Kuwait"], "Ambassador Talal Fahad al-Mutairi")
p(D1, "Ali Jabbar Hantoush", ["head", "chair"], ["Security and Defense Committee"],
  "who heads the parliament's Security and Defense Committee")
p(D1, "Asaad Hamid al-Kanani", ["governor"], ["Basra"], "Basra Governor Asaad Hamid al-Kanani")
p(D1, "Nadia Kareem Salman", ["professor"], ["University of Basra"],
  "a professor of international law at the University of Basra")
p(D1, "Kadhim Sabah Jaber", ["fisherman"], [], "fisherman Kadhim Sabah Jaber", OPT)
p(D2, "Tahir Aslam Bhatti", ["spokesperson", "spokesman"], ["Foreign Office", "Pakistan"],
  "Foreign Office spokesperson Tahir Aslam Bhatti")
p(D2, "Kavita Raghunathan", ["spokesperson", "spokeswoman"], ["Ministry of External Affairs", "MEA", "India"],
  "Its spokesperson, Kavita Raghunathan")
p(D2, "Zhao Minghui", ["spokesperson", "spokesman"], ["foreign ministry", "China"], "spokesperson Zhao Minghui")
p(D2, "Arkady Temnikov", ["ambassador"], ["Russia"], "Arkady Temnikov, Russia's ambassador to India")
p(D2, "Harpreet Singh Sandhu", ["commander"], ["14 Corps"], "a former commander of the Leh-based 14 Corps",
  former=True)
p(D2, "Meenakshi Venkatesan", ["professor"], ["Jawaharlal Nehru University"],
  "professor of South Asian studies at Jawaharlal Nehru University")
p(D2, "Stanzin Angmo Rigzin", ["MP", "member of parliament"], ["Lok Sabha", "Ladakh", "BJP"],
  "the BJP's Lok Sabha MP from Ladakh")
p(D2, "Ananya Rao Kulkarni", ["correspondent"], ["ThePrint"], "is a senior correspondent at ThePrint")
p(D2, "Harpreet Singh Sandhu", ["Lt Gen", "lieutenant general"], [], "Lt Gen (retd) Harpreet Singh Sandhu", OPT,
  former=True)
p(D3, "Pirjo Halonen-Ruuskanen", ["head", "chair", "leader"], ["Karelian Heritage Society"],
  "who heads the Karelian Heritage Society")
p(D3, "Antti Väyrynen-Koski", ["foreign minister", "minister"], [], "Foreign Minister Antti Väyrynen-Koski")
p(D3, "Juha-Matti Pesonen", ["MP", "member of parliament"], ["Finns Party"], "Finns Party MP Juha-Matti Pesonen")
p(D3, "Leena Mäkitalo", ["MP", "member of parliament"], ["Social Democratic Party"],
  "Social Democratic Party MP Leena Mäkitalo")
p(D3, "Riikka Tuominen-Saari", ["docent"], ["University of Eastern Finland"],
  "a docent in political history at the University of Eastern Finland")
p(D4, "Denis Hadžiahmetović", ["member"], ["Presidency"],
  "the Bosniak member of the Presidency of Bosnia and Herzegovina")
p(D4, "Vesna Radunović-Lalić", ["foreign minister", "minister"], ["Montenegr"],
  "Montenegrin Foreign Minister Vesna Radunović-Lalić")
p(D4, "Vesna Radunović-Lalić", ["ambassador"], ["Croatia"], "a former ambassador to Croatia", former=True)
p(D4, "Tomislav Brkić-Vidović", ["ambassador"], ["Croatia"], "Tomislav Brkić-Vidović, Croatia’s ambassador in Podgorica")
p(D4, "Nikola Pejović", ["historian"], ["University of Montenegro"], "a historian at the University of Montenegro")
p(D4, "Željko Vujošević", ["mayor"], ["Herceg Novi"], "Herceg Novi Mayor Željko Vujošević")
p(D5, "Darlene Beaulieu-Kakfwi", ["minister"], [], "Health and Social Services Minister Darlene Beaulieu-Kakfwi")
p(D5, "Albertine Wetrade-Nitsiza", ["grand chief", "chief"], ["Tłı̨chǫ"], "Tłı̨chǫ Grand Chief Albertine Wetrade-Nitsiza")
p(D5, "Graham Achterberg", ["nurse manager", "manager"], [], "The unit's nurse manager, Graham Achterberg")
p(D5, "Kirsten Ødegaard-Lafferty", ["mayor"], ["Yellowknife"], "Yellowknife Mayor Kirsten Ødegaard-Lafferty")
p(D5, "Duncan Ittinuar-Bell", ["MLA", "member of the legislative assembly"], [], "Frame Lake MLA Duncan Ittinuar-Bell")
p(D5, "Duncan Ittinuar-Bell", ["chair", "chairs"], ["standing committee on social development"],
  "who chairs the legislature's standing committee on social development", OPT)
p(D5, "Tereza Lindqvist-Okafor", ["reporter"], ["Cabin Radio"], "is a reporter at Cabin Radio")

RELATIONS = []
SYM = {"spouse", "sharesBorderWith"}


def r(doc, subj, pred, obj, evidence):
    RELATIONS.append({"subject": subj, "predicate": pred, "object": obj, "symmetric": pred in SYM,
                      "docs": [doc], "evidence": evidence, "status": "required"})


r(D1, "Iraq", "sharesBorderWith", "Iran", "Iraq and Iran, which share a border of about 1,600 kilometers")
r(D1, "Iraq", "invaded", "Iran", "Iraq invaded Iran")
r(D1, "Kuwait", "sharesBorderWith", "Iraq", "Kuwait, which borders Iraq to the south")
r(D1, "Iraq", "memberOf", "Arab League", "Iraq and Kuwait, both members of the Arab League")
r(D1, "Kuwait", "memberOf", "Arab League", "Iraq and Kuwait, both members of the Arab League")
r(D1, "Ali Jabbar Hantoush", "memberOf", "State of Law Coalition", "sits for Basra with the State of Law Coalition")
r(D1, "Abadan", "locatedIn", "Khuzestan", "the port of Abadan, in Iran's Khuzestan province")
r(D1, "Khuzestan", "locatedIn", "Iran", "Iran's Khuzestan province")
r(D1, "Al-Faw", "locatedIn", "Basra Governorate", "In Al-Faw, a port town in Basra Governorate")
r(D1, "Kadhim Sabah Jaber", "spouse", "Zahraa Mahdi", "Kadhim Sabah Jaber, 52, and his wife, Zahraa Mahdi")
r(D1, "Basra", "locatedIn", "Iraq", "The southern Iraqi city of Basra")
r(D2, "India", "sharesBorderWith", "Pakistan", "India and Pakistan, which share a border of more than 3,300 km")
r(D2, "China", "sharesBorderWith", "India", "China, which shares a border with India in Ladakh")
r(D2, "Pakistan", "claims", "Siachen Glacier", "Pakistan claims the glacier as part of Gilgit-Baltistan")
for c in ["India", "Russia", "China"]:
    r(D2, c, "memberOf", "BRICS", "India, Russia and China are all members of BRICS")
r(D2, "Harpreet Singh Sandhu", "spouse", "Rupinder Kaur", "Sandhu, who lives in Chandigarh with his wife, Rupinder Kaur")
r(D2, "Stanzin Angmo Rigzin", "memberOf", "BJP", "Stanzin Angmo Rigzin, the BJP's Lok Sabha MP from Ladakh")
r(D2, "Leh", "locatedIn", "Ladakh", "about 200 km north of Leh in Ladakh")
r(D2, "Skardu", "locatedIn", "Gilgit-Baltistan", "traders in Skardu in Gilgit-Baltistan")
r(D3, "Finland", "sharesBorderWith", "Russia", "Finland, which shares a 1,340-kilometre border with Russia")
r(D3, "Finland", "memberOf", "NATO", "Finland, which shares a 1,340-kilometre border with Russia, joined NATO in 2023")
r(D3, "Sweden", "memberOf", "NATO", "joined NATO in 2023. Sweden followed in 2024")
r(D3, "Russia", "annexed", "Crimea", "Russia's annexation of Crimea")
r(D3, "Russia", "invaded", "Ukraine", "Russia's full-scale invasion of Ukraine")
r(D3, "Soviet Union", "invaded", "Finland", "the Soviet Union invaded Finland in November 1939")
r(D3, "Juha-Matti Pesonen", "memberOf", "Finns Party", "Finns Party MP Juha-Matti Pesonen")
r(D3, "Leena Mäkitalo", "memberOf", "Social Democratic Party", "Social Democratic Party MP Leena Mäkitalo")
r(D3, "Eino Rautiainen", "spouse", "Aili Rautiainen", "Eino Rautiainen, 81, and his wife, Aili Rautiainen")
r(D3, "Vyborg", "locatedIn", "Leningrad region", "Vyborg, now in Russia's Leningrad region")
r(D3, "Leningrad region", "locatedIn", "Russia", "Russia's Leningrad region")
r(D4, "Montenegro", "sharesBorderWith", "Bosnia and Herzegovina",
  "Montenegro and Bosnia and Herzegovina share a border of about 225 kilometres")
r(D4, "Croatia", "sharesBorderWith", "Montenegro", "Croatia, which also borders Montenegro")
r(D4, "Denis Hadžiahmetović", "memberOf", "Party of Democratic Action", "He belongs to the Party of Democratic Action (SDA)")
r(D4, "Željko Vujošević", "memberOf", "Democratic Party of Socialists",
  "Herceg Novi Mayor Željko Vujošević of the Democratic Party of Socialists (DPS)")
r(D4, "Montenegro", "memberOf", "NATO", "Montenegro and Croatia are both members of NATO")
r(D4, "Croatia", "memberOf", "NATO", "Montenegro and Croatia are both members of NATO")
r(D4, "Austria-Hungary", "annexed", "Bosnia and Herzegovina", "Austria-Hungary annexed Bosnia and Herzegovina in 1908")
r(D4, "Sutorina", "locatedIn", "Herceg Novi", "Sutorina, which lies in the municipality of Herceg Novi")
r(D4, "Igalo", "locatedIn", "Herceg Novi", "In Igalo, a resort village in the municipality of Herceg Novi")
r(D4, "Stevo Milačić", "spouse", "Dragana Milačić", "Stevo Milačić, who runs a beach bar with his wife, Dragana Milačić")
r(D5, "Moses Zoe-Mackenzie", "spouse", "Rosalie Zoe-Mackenzie", "His wife, Rosalie Zoe-Mackenzie, usually drives him")
r(D5, "Behchokǫ̀", "locatedIn", "Tłı̨chǫ region", "Behchokǫ̀ is the largest community of the Tłı̨chǫ region")
r(D5, "Inuvik", "locatedIn", "Beaufort Delta", "Inuvik, in the Beaufort Delta region")

GOLD = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": ENT, "not_person": NOT_PERSON,
        "quotes": QUOTES, "unattributed": UNATTRIBUTED, "stances": STANCES, "positions": POSITIONS,
        "relations": RELATIONS}


def render() -> str:
    return json.dumps(GOLD, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(render(), encoding="utf-8")
    print(f"wrote {HERE.parent / 'gold.json'}")
