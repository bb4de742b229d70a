#!/usr/bin/env python3
"""Writes bench/heldout63/gold.json: the hand-made gold standard for bench/heldout63/articles."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_24kg_kempir_abad.txt"
D2 = "02_newsday_sindabezi.txt"
D3 = "03_tahitiinfos_maohi_nui.txt"
D4 = "04_asahi_shirakaba.txt"
D5 = "05_citizendigital_nyeri_oxygen_plant.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout63/gold.json: the hand-made gold standard for bench/heldout63/articles.

Conventions (same format as shared/eval/seeds-gold.json, read by shared/eval/score.py):
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, honorific + name, pronoun, role or organisation), including sentences after
  the cue, colon quotes, cue-less continuation paragraphs and every paragraph of a multi-paragraph quote.
  `optional` = partial quotes, headline/deck/subhead echoes, and the same words credited to a second holder
  (a ministry's words for its country, a statement for the official who issued it). Anonymous speakers are not
  listed, so attributing their words counts as wrong; `unattributed` lists quoted strings with no speaker.
- stances: polarity follows the wording (recognises / backs / considers part of = recognises; does not accept,
  rejects the claim, has never recognised = doesNotRecognise). Required = explicit stances of a country (the
  country, its capital, its government or a minister/official speaking for it). Optional = a claimant's own
  claim. No stance: questions, hypotheticals, `is expected to recognise`, `would not say`, `declined to comment`,
  and holders that are not countries (the Pacific Islands Forum).
- positions: `of_any` is empty when no organisation or country is named with the title. Former posts carry
  former=true and are required. Seats (deputy, legislator, MCA, lawmaker, member), occupations and a party
  membership given as a title are optional. Author footers are required.
- relations: only what the text states (spouse, sharesBorderWith, memberOf, locatedIn); nothing inferred.
- entities: every person, organisation, country, territory and place named in an article, including bylines,
  photo credits, copyright lines and related-story lines; navigation bars do not count. Seas, rivers, dams,
  lodges, wards and events are not entities. Capitals standing for governments are places, not aliases.
"""

entities, quotes, stances, positions, relations = [], [], [], [], []
not_person, unattributed = [], []


def E(typ, name, *aliases, docs):
    entities.append({"type": typ, "name": name, "aliases": list(aliases), "docs": docs})


def Q(speaker, key, doc, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def S(country, stance, terr, doc, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "evidence": evidence, "status": status})


def P(person, titles, of, doc, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc],
                      "evidence": evidence, "former": former, "status": status})


def R(subj, pred, obj, doc, evidence):
    relations.append({"subject": subj, "predicate": pred, "object": obj,
                      "symmetric": pred in ("spouse", "sharesBorderWith"), "docs": [doc],
                      "evidence": evidence, "status": "required"})


# ---------------------------------------------------------------- 01
d = [D1]
E("Country", "Kyrgyzstan", docs=d)
E("Country", "Uzbekistan", "Republic of Uzbekistan", docs=d)
E("Country", "Tajikistan", docs=d)
E("Country", "Kazakhstan", docs=d)
E("Country", "China", docs=[D1, D4])
E("Territory", "Kempir-Abad reservoir", "Kempir-Abad", "Kempir Abad reservoir", "Andijan reservoir", docs=d)
E("Place", "Bishkek", docs=d)
E("Place", "Tashkent", docs=d)
E("Place", "Osh", docs=d)
E("Place", "Osh region", docs=d)
E("Place", "Kara-Suu district", "Kara-Suu", docs=d)
E("Place", "Astana", docs=d)
E("Place", "Dushanbe", docs=d)
E("Place", "Batken region", docs=d)
E("Organization", "Jogorku Kenesh", docs=d)
E("Organization", "Ata-Meken", "Ata-Meken party", docs=d)
E("Organization", "Uzbek Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Uzbekistan", docs=d)
E("Organization", "Shanghai Cooperation Organisation", "SCO", docs=d)
E("Organization", "Border Service of Kyrgyzstan", docs=d)
E("Organization", "American University of Central Asia", "AUCA", docs=d)
E("Organization", "Ministry of Agriculture", docs=d)
E("Organization", "24.kg", "24.kg news agency", docs=d)
E("Person", "Nurbek Sydykbekov", "Sydykbekov", docs=d)
E("Person", "Aizhan Toktogulova", "Toktogulova", docs=d)
E("Person", "Dilnoza Rakhimova", "Rakhimova", docs=d)
E("Person", "Bakyt Ermekov", "Ermekov", docs=d)
E("Person", "Cholpon Ermekova", "Ermekova", docs=d)
E("Person", "Kubanychbek Zhumaliev", "Zhumaliev", docs=d)
E("Person", "Yerlan Abishev", "Abishev", docs=d)
E("Person", "Gulnura Abdykadyrova", "Abdykadyrova", docs=d)
E("Person", "Aidana Mamytova", "Mamytova", docs=d)
E("Person", "Ruslan Kadyrkulov", "Kadyrkulov", docs=d)

Q("Nurbek Sydykbekov", "The treaty has been ratified by both parliaments and the demarcation is finished", D1)
Q("Nurbek Sydykbekov", "Our task now is to make sure that farmers on our side get the water", D1)
Q("Nurbek Sydykbekov", "as a matter of international law and of good neighbourliness", D1, "optional")
Q("Nurbek Sydykbekov", "will not reopen", D1, "optional")
Q("Aizhan Toktogulova", "a formality from beginning to end", D1, "optional")
Q("Aizhan Toktogulova", "Nobody asked the people of Kara-Suu what they thought", D1)
Q("Aizhan Toktogulova", "Nobody asked the people", D1, "optional")
Q("Aizhan Toktogulova", "If the government has nothing to hide, it will publish them", D1)
Q("Uzbek Ministry of Foreign Affairs", "The reservoir lies on the territory of the Republic of Uzbekistan", D1)
Q("Uzbekistan", "The reservoir lies on the territory of the Republic of Uzbekistan", D1, "optional")
Q("Dilnoza Rakhimova", "Uzbekistan values its partnership with Kyrgyzstan and will keep its obligations", D1)
Q("Bakyt Ermekov", "Whose flag flies over the dam does not water my field", D1)
Q("Cholpon Ermekova", "Last August we waited eleven days for water", D1)
Q("Cholpon Ermekova", "Let the ministers come and stand here in August", D1)
Q("Kubanychbek Zhumaliev", "Every treaty looks good when it rains", D1)
Q("Gulnura Abdykadyrova", "the first real test of whether Central Asian states can trade land for water", D1, "optional")
Q("Gulnura Abdykadyrova", "The Kempir-Abad precedent will be studied in Dushanbe very carefully", D1)
Q("Gulnura Abdykadyrova", "Tajikistan is expected to recognise the new line eventually", D1)
unattributed += ["a model for the region"]

S("Kyrgyzstan", "recognises", ["Kempir-Abad reservoir", "Kempir-Abad", "Andijan reservoir"], D1,
  "The minister added that Kyrgyzstan recognises Uzbekistan's sovereignty over the reservoir")
S("Kazakhstan", "recognises", ["Kempir-Abad reservoir", "Kempir-Abad", "Andijan reservoir"], D1,
  "Kazakhstan recognises the Kempir-Abad reservoir as Uzbek territory")
S("Uzbekistan", "recognises", ["Kempir-Abad reservoir", "Kempir-Abad", "Andijan reservoir"], D1,
  "The reservoir lies on the territory of the Republic of Uzbekistan", "optional")

P("Nurbek Sydykbekov", ["foreign minister", "minister"], ["Kyrgyzstan"], D1,
  "Kyrgyzstan will not reopen the border treaty that handed the Kempir-Abad reservoir to Uzbekistan, Foreign Minister Nurbek Sydykbekov")
P("Aizhan Toktogulova", ["deputy"], ["Ata-Meken", "Jogorku Kenesh"], D1,
  "Aizhan Toktogulova, a deputy from the Ata-Meken party", "optional")
P("Aizhan Toktogulova", ["chair", "chairs", "committee on regional policy"], ["committee on regional policy"], D1,
  "Toktogulova, who chairs the parliamentary committee on regional policy", "optional")
P("Dilnoza Rakhimova", ["spokeswoman", "spokesperson"], ["Uzbek Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "Uzbekistan"], D1,
  "Its spokeswoman, Dilnoza Rakhimova")
P("Kubanychbek Zhumaliev", ["deputy head"], ["Border Service of Kyrgyzstan", "Border Service"], D1,
  "Kubanychbek Zhumaliev, a former deputy head of the Border Service of Kyrgyzstan", former=True)
P("Yerlan Abishev", ["spokesman", "spokesperson"], ["Foreign Ministry", "Kazakhstan"], D1,
  "Foreign Ministry spokesman Yerlan Abishev")
P("Gulnura Abdykadyrova", ["political scientist"], ["American University of Central Asia"], D1,
  "Gulnura Abdykadyrova, a political scientist at the American University of Central Asia")
P("Aidana Mamytova", ["correspondent"], ["24.kg"], D1,
  "Aidana Mamytova is a correspondent of 24.kg news agency in Osh")
P("Bakyt Ermekov", ["farmer"], [], D1, "Farmer Bakyt Ermekov", "optional")

R("Kyrgyzstan", "sharesBorderWith", "Uzbekistan", D1, "Kyrgyzstan shares a border of more than 1,300 kilometres with Uzbekistan")
R("Kyrgyzstan", "sharesBorderWith", "Tajikistan", D1, "Kyrgyzstan also borders Tajikistan, Kazakhstan and China")
R("Kyrgyzstan", "sharesBorderWith", "Kazakhstan", D1, "Kyrgyzstan also borders Tajikistan, Kazakhstan and China")
R("Kyrgyzstan", "sharesBorderWith", "China", D1, "Kyrgyzstan also borders Tajikistan, Kazakhstan and China")
R("Kyrgyzstan", "memberOf", "Shanghai Cooperation Organisation", D1, "Both Kyrgyzstan and Uzbekistan are members of the Shanghai Cooperation Organisation")
R("Uzbekistan", "memberOf", "Shanghai Cooperation Organisation", D1, "Both Kyrgyzstan and Uzbekistan are members of the Shanghai Cooperation Organisation")
R("Aizhan Toktogulova", "memberOf", "Ata-Meken", D1, "Aizhan Toktogulova, a deputy from the Ata-Meken party")
R("Kara-Suu district", "locatedIn", "Osh region", D1, "Kara-Suu district lies in Osh region")
R("Bakyt Ermekov", "spouse", "Cholpon Ermekova", D1, "His wife, Cholpon Ermekova")

# ---------------------------------------------------------------- 02
d = [D2]
E("Country", "Zimbabwe", docs=d)
E("Country", "Zambia", docs=d)
E("Country", "Botswana", docs=d)
E("Country", "Namibia", docs=d)
E("Territory", "Sindabezi Island", "Sindabezi", docs=d)
E("Place", "Victoria Falls", docs=d)
E("Place", "Livingstone", docs=d)
E("Place", "Lusaka", docs=d)
E("Place", "Harare", docs=d)
E("Place", "Gaborone", docs=d)
E("Place", "Windhoek", docs=d)
E("Place", "Hwange District", docs=d)
E("Place", "Hwange Central", docs=d)
E("Place", "Matabeleland North", "Matabeleland North province", docs=d)
E("Place", "Southern Province", "Southern province", docs=d)
E("Place", "Kazungula", docs=d)
E("Place", "Bulawayo", docs=d)
E("Place", "Kasane", docs=d)
E("Place", "Kandahar Island", docs=d)
E("Organization", "Southern African Development Community", "SADC", docs=d)
E("Organization", "African Union", "AU", docs=d)
E("Organization", "Ministry of Foreign Affairs and International Cooperation", docs=d)
E("Organization", "Citizens Coalition for Change", "CCC", docs=d)
E("Organization", "Botswana Ministry of International Relations", "Ministry of International Relations", docs=d)
E("Organization", "University of Zimbabwe", docs=d)
E("Organization", "Zimbabwe National Army", docs=d)
E("Organization", "Zambezi Horizons", docs=d)
E("Organization", "ZimParks", docs=d)
E("Organization", "NewsDay", docs=d)
E("Organization", "Alpha Media Holdings", docs=d)
E("Person", "Tapiwa Nhema", "Nhema", "Cde Tapiwa Nhema", docs=d)
E("Person", "Chilufya Mwansa", "Mrs Chilufya Mwansa", "Mrs Mwansa", docs=d)
E("Person", "Bwalya Mwansa", "Mr Bwalya Mwansa", docs=d)
E("Person", "Welshman Dube-Ncube", "Dube-Ncube", "Mr Welshman Dube-Ncube", docs=d)
E("Person", "Kagiso Molefhe", "Molefhe", "Ms Kagiso Molefhe", docs=d)
E("Person", "Rudo Chikowore", "Chikowore", "Dr Rudo Chikowore", docs=d)
E("Person", "Thulani Sibanda", "Sibanda", docs=d)
E("Person", "Tinashe Mhlanga", "Mhlanga", "TINASHE MHLANGA", docs=d)
E("Person", "Farai Chinyoka", "Chinyoka", docs=d)

Q("Tapiwa Nhema", "We will not give up one metre of the Zambezi", D2)
Q("Tapiwa Nhema", "We have written to our Zambian brothers and we expect a reply", D2)
Q("Tapiwa Nhema", "We will go there with an open hand, but not an empty one", D2)
Q("Chilufya Mwansa", "Sindabezi Island has always been administered from Livingstone", D2)
Q("Ministry of Foreign Affairs and International Cooperation", "Sindabezi Island has always been administered from Livingstone", D2, "optional")
Q("Zambia", "Sindabezi Island has always been administered from Livingstone", D2, "optional")
Q("Welshman Dube-Ncube", "mishandled by both sides", D2, "optional")
Q("Welshman Dube-Ncube", "Our people in Victoria Falls depend on tourists, not on soldiers", D2)
Q("Kagiso Molefhe", "Our position is known. We have always considered Sindabezi part of Zambia", D2)
Q("Rudo Chikowore", "Both sides are waving maps drawn by the same British surveyors", D2)
Q("Rudo Chikowore", "If the two governments went to the African Union tomorrow", D2)
Q("Thulani Sibanda", "Nobody should put a single soldier on that island", D2)
Q("Zambezi Horizons", "We are a tourism business. We leave borders to governments", D2)
unattributed += ["premature"]

S("Zimbabwe", "doesNotRecognise", ["Sindabezi Island", "Sindabezi"], D2,
  "Zimbabwe does not accept Zambia’s claim to Sindabezi Island")
S("Zambia", "doesNotRecognise", ["Sindabezi Island", "Sindabezi"], D2,
  "Zambia rejects Harare’s claim to Sindabezi Island")
S("Botswana", "recognises", ["Sindabezi Island", "Sindabezi"], D2,
  "Botswana backs Zambia’s sovereignty over Sindabezi")
S("Namibia", "doesNotRecognise", ["Sindabezi Island", "Sindabezi"], D2,
  "Namibia, on the other hand, has never recognised Zimbabwe’s claim to the island")
S("Zimbabwe", "recognises", ["Sindabezi Island", "Sindabezi"], D2,
  "The island was surveyed as part of our side of the river", "optional")

P("Tapiwa Nhema", ["minister", "Foreign Affairs and International Trade minister"], ["Foreign Affairs and International Trade", "Zimbabwe"], D2,
  "Foreign Affairs and International Trade minister Cde Tapiwa Nhema")
P("Chilufya Mwansa", ["permanent secretary"], ["Ministry of Foreign Affairs and International Cooperation", "Zambia"], D2,
  "permanent secretary Mrs Chilufya Mwansa")
P("Bwalya Mwansa", ["district commissioner"], ["Livingstone"], D2,
  "Mr Bwalya Mwansa, is the Livingstone district commissioner")
P("Welshman Dube-Ncube", ["legislator"], ["Hwange Central", "Citizens Coalition for Change", "CCC"], D2,
  "Opposition Citizens Coalition for Change (CCC) legislator for Hwange Central, Mr Welshman Dube-Ncube", "optional")
P("Welshman Dube-Ncube", ["shadow spokesperson"], ["CCC", "Citizens Coalition for Change", "foreign affairs"], D2,
  "Dube-Ncube, who is the CCC shadow spokesperson on foreign affairs")
P("Kagiso Molefhe", ["spokesperson"], ["Botswana Ministry of International Relations", "Ministry of International Relations", "Botswana"], D2,
  "a spokesperson for the Botswana Ministry of International Relations, Ms Kagiso Molefhe")
P("Rudo Chikowore", ["senior lecturer", "lecturer"], ["University of Zimbabwe"], D2,
  "Dr Rudo Chikowore, a senior lecturer in international law at the University of Zimbabwe")
P("Thulani Sibanda", ["brigadier-general", "brigadier general"], ["Zimbabwe National Army"], D2,
  "Former Zimbabwe National Army Brigadier-General Thulani Sibanda", former=True)
P("Thulani Sibanda", ["security consultant", "consultant"], [], D2, "now a security consultant in Bulawayo", "optional")
P("Tinashe Mhlanga", ["senior reporter", "reporter"], ["NewsDay"], D2,
  "Tinashe Mhlanga is a NewsDay senior reporter based in Victoria Falls")

R("Zimbabwe", "sharesBorderWith", "Zambia", D2, "Zimbabwe shares a long border with Zambia along the Zambezi")
R("Zimbabwe", "memberOf", "Southern African Development Community", D2, "both countries are members of the Southern African Development Community (SADC)")
R("Zambia", "memberOf", "Southern African Development Community", D2, "both countries are members of the Southern African Development Community (SADC)")
R("Chilufya Mwansa", "spouse", "Bwalya Mwansa", D2, "Mrs Mwansa’s husband, Mr Bwalya Mwansa")
R("Welshman Dube-Ncube", "memberOf", "Citizens Coalition for Change", D2, "Opposition Citizens Coalition for Change (CCC) legislator for Hwange Central, Mr Welshman Dube-Ncube")
R("Victoria Falls", "locatedIn", "Hwange District", D2, "Victoria Falls lies in Hwange District in Matabeleland North province")
R("Hwange District", "locatedIn", "Matabeleland North", D2, "Hwange District in Matabeleland North province")
R("Livingstone", "locatedIn", "Southern Province", D2, "Livingstone is the tourist capital of Zambia’s Southern province")
R("Southern Province", "locatedIn", "Zambia", D2, "Zambia’s Southern province")
R("Kasane", "locatedIn", "Botswana", D2, "Kasane, Botswana")
R("Bulawayo", "locatedIn", "Zimbabwe", D2, "Bulawayo, Zimbabwe’s second city")

# ---------------------------------------------------------------- 03
d = [D3]
E("Country", "France", docs=d)
E("Country", "Vanuatu", docs=d)
E("Country", "Australia", docs=d)
E("Country", "New Zealand", docs=d)
E("Country", "Fiji", docs=d)
E("Country", "Solomon Islands", docs=d)
E("Country", "Papua New Guinea", docs=d)
E("Territory", "French Polynesia", "Ma'ohi Nui", "Maohi Nui", docs=d)
E("Place", "Papeete", docs=d)
E("Place", "Port Vila", docs=d)
E("Place", "Suva", docs=d)
E("Place", "Paris", docs=d)
E("Place", "Faa'a", docs=d)
E("Place", "Tahiti", docs=d)
E("Place", "New Caledonia", docs=d)
E("Organization", "Pacific Islands Forum", "Forum", docs=d)
E("Organization", "United Nations", docs=d)
E("Organization", "Assembly of French Polynesia", "Assembly", docs=d)
E("Organization", "Tapura Huiraatira", docs=d)
E("Organization", "Tavini Huiraatira", docs=d)
E("Organization", "Polynesian Red Cross", docs=d)
E("Organization", "University of French Polynesia", docs=d)
E("Organization", "Melanesian Spearhead Group", docs=d)
E("Organization", "Tahiti Infos", "TAHITI INFOS", docs=d)
E("Person", "Joel Naupa Tarip", "Tarip", docs=d)
E("Person", "Laurent Bressac", "Bressac", docs=d)
E("Person", "Teiva Manutahi", "Manutahi", docs=d)
E("Person", "Hinano Manutahi", docs=d)
E("Person", "Mataiva Teriierooiterai", "Teriierooiterai", docs=d)
E("Person", "Vaimiti Rochette", "Rochette", docs=d)
E("Person", "Teva Amaru", "Amaru", docs=d)
E("Person", "Heimana Tehaamatai", "Tehaamatai", docs=d)
E("Person", "Moana Laille", "Laille", docs=d)

Q("Joel Naupa Tarip", "We in Vanuatu know what it is to be governed from the other side of the world", D3)
Q("Joel Naupa Tarip", "We are not asking France to leave tomorrow", D3)
Q("Joel Naupa Tarip", "the decolonisation of the fenua is unfinished business", D3, "optional")
Q("Laurent Bressac", "French Polynesia is and will remain French for as long as Polynesians wish it", D3)
Q("Laurent Bressac", "is and will remain French", D3, "optional")
Q("Teiva Manutahi", "I thank our friends in Vanuatu for their concern", D3)
Q("Mataiva Teriierooiterai", "At last a Pacific country says out loud what our grandparents said", D3)
Q("Mataiva Teriierooiterai", "The nuclear tests, the land, the ocean: all of it was decided in Paris", D3)
Q("Mataiva Teriierooiterai", "Vanuatu had the courage to say it. We now ask Fiji", D3)
Q("Vaimiti Rochette", "The territory has been on the United Nations list of non-self-governing territories", D3)
Q("Vaimiti Rochette", "If anyone were to, it would be a first", D3)
Q("Teva Amaru", "Independence, autonomy, the ministers will talk", D3)

S("Vanuatu", "doesNotRecognise", ["French Polynesia", "Ma'ohi Nui"], D3,
  "his country has never recognised French rule over Ma'ohi Nui")
S("Australia", "recognises", ["French Polynesia", "Ma'ohi Nui"], D3,
  "Australia and New Zealand both recognise French sovereignty over French Polynesia")
S("New Zealand", "recognises", ["French Polynesia", "Ma'ohi Nui"], D3,
  "Australia and New Zealand both recognise French sovereignty over French Polynesia")
S("France", "recognises", ["French Polynesia", "Ma'ohi Nui"], D3,
  "France considers French Polynesia an integral part of the Republic", "optional")

P("Joel Naupa Tarip", ["foreign minister", "minister"], ["Vanuatu"], D3, "Vanuatu's foreign minister, Joel Naupa Tarip")
P("Laurent Bressac", ["high commissioner"], ["French Polynesia", "Republic"], D3,
  "The high commissioner of the Republic in French Polynesia, Laurent Bressac")
P("Teiva Manutahi", ["president"], ["French Polynesia"], D3, "the President of French Polynesia, Teiva Manutahi")
P("Hinano Manutahi", ["head", "heads", "president"], ["Polynesian Red Cross"], D3,
  "Hinano Manutahi, who heads the Polynesian Red Cross")
P("Mataiva Teriierooiterai", ["secretary-general", "secretary general"], ["Tavini Huiraatira"], D3,
  "Its secretary-general, Mataiva Teriierooiterai")
P("Vaimiti Rochette", ["lecturer"], ["University of French Polynesia"], D3,
  "Vaimiti Rochette, a lecturer in public law at the University of French Polynesia")
P("Heimana Tehaamatai", ["journalist"], ["Tahiti Infos"], D3,
  "Heimana Tehaamatai is a journalist at Tahiti Infos")
P("Teva Amaru", ["fisherman"], [], D3, "fisherman Teva Amaru", "optional")

R("Teiva Manutahi", "spouse", "Hinano Manutahi", D3, "His wife, Hinano Manutahi")
R("Teiva Manutahi", "memberOf", "Tapura Huiraatira", D3, "Teiva Manutahi, of the autonomist Tapura Huiraatira party")
R("French Polynesia", "memberOf", "Pacific Islands Forum", D3, "French Polynesia has been a full member since 2016")
R("Vanuatu", "memberOf", "Melanesian Spearhead Group", D3, "Vanuatu and Fiji are both members of the Melanesian Spearhead Group")
R("Fiji", "memberOf", "Melanesian Spearhead Group", D3, "Vanuatu and Fiji are both members of the Melanesian Spearhead Group")
R("Faa'a", "locatedIn", "Tahiti", D3, "Faa'a, where the international airport stands on the island of Tahiti")

# ---------------------------------------------------------------- 04
d = [D4]
E("Country", "Japan", docs=d)
E("Country", "South Korea", docs=d)
E("Country", "United States", docs=d)
E("Territory", "Shirakaba gas field", "Shirakaba", "Shirakaba field", "Chunxiao", "Chunxiao field", docs=d)
E("Territory", "Kashi gas field", "Kashi", "Kashi field", "Tianwaitian", docs=d)
E("Place", "Tokyo", docs=d)
E("Place", "Beijing", docs=d)
E("Place", "Seoul", docs=d)
E("Place", "Fukuoka", docs=d)
E("Place", "Kyushu", docs=d)
E("Place", "Yonaguni", docs=d)
E("Place", "Dalian", docs=d)
E("Organization", "Ministry of Defense", docs=d)
E("Organization", "Maritime Self-Defense Force", docs=d)
E("Organization", "Japan Coast Guard", docs=d)
E("Organization", "Foreign Ministry", "Japanese Foreign Ministry", docs=d)
E("Organization", "Asian and Oceanian Affairs Bureau", docs=d)
E("Organization", "Chinese Embassy in Tokyo", docs=d)
E("Organization", "Chinese Foreign Ministry", docs=d)
E("Organization", "Diet", docs=d)
E("Organization", "Liberal Democratic Party", docs=d)
E("Organization", "Constitutional Democratic Party of Japan", docs=d)
E("Organization", "Kyushu University", docs=d)
E("Organization", "The Asahi Shimbun", "Asahi Shimbun", "The Asahi Shimbun Company", docs=d)
E("Person", "Kentaro Ishibashi", "Ishibashi", "KENTARO ISHIBASHI", docs=d)
E("Person", "Haruka Morinaga", "Morinaga", docs=d)
E("Person", "Shingo Takemura", "Takemura", docs=d)
E("Person", "Wang Lijun", docs=d)
E("Person", "Zhao Minghui", "Zhao", docs=d)
E("Person", "Ryohei Onodera", "Onodera", docs=d)
E("Person", "Emiko Sakurada", "Sakurada", docs=d)
E("Person", "Naoki Hirayama", "Hirayama", docs=d)
E("Person", "Masako Yoshimura", "Yoshimura", docs=d)
E("Person", "Hideo Kanzaki", "Kanzaki", docs=d)

Q("Haruka Morinaga", "It is extremely regrettable that China continues unilateral development", D4)
Q("Haruka Morinaga", "We have strongly requested that the Chinese side stop this work immediately", D4)
Q("Haruka Morinaga", "respond calmly and resolutely", D4, "optional")
Q("Zhao Minghui", "The oil and gas activities concerned are located in waters under China's jurisdiction", D4)
Q("Zhao Minghui", "Within China's jurisdiction", D4, "optional")
Q("Ryohei Onodera", "The public has a right to know how many platforms there are", D4)
Q("Emiko Sakurada", "too little and too late", D4, "optional")
Q("Emiko Sakurada", "Every time, it is the same: a phone call, a statement, and then nothing", D4)
Q("Naoki Hirayama", "Japan's position is that the median line is the fair solution", D4)
Q("Naoki Hirayama", "Both positions can be argued in a courtroom", D4)
Q("Masako Yoshimura", "neither Tokyo nor Beijing wants this to become another Senkaku", D4, "optional")
Q("Hideo Kanzaki", "We will defend our national interests and keep talking to China", D4)

S("Japan", "doesNotRecognise", ["Shirakaba gas field", "Shirakaba", "Chunxiao"], D4,
  "Tokyo does not recognize China's claim to exclusive development of either the Shirakaba field or the Kashi field")
S("Japan", "doesNotRecognise", ["Kashi gas field", "Kashi", "Tianwaitian"], D4,
  "Tokyo does not recognize China's claim to exclusive development of either the Shirakaba field or the Kashi field")
S("China", "recognises", ["Shirakaba gas field", "Shirakaba", "Chunxiao"], D4,
  "China considers the Chunxiao field part of its own continental shelf", "optional")

P("Haruka Morinaga", ["chief cabinet secretary"], [], D4, "Chief Cabinet Secretary Haruka Morinaga")
P("Shingo Takemura", ["director-general", "director general"], ["Asian and Oceanian Affairs Bureau", "Foreign Ministry"], D4,
  "Director-General Shingo Takemura of the Foreign Ministry's Asian and Oceanian Affairs Bureau")
P("Wang Lijun", ["minister"], ["Chinese Embassy in Tokyo", "Chinese Embassy", "China"], D4,
  "Wang Lijun, a minister at the Chinese Embassy in Tokyo")
P("Zhao Minghui", ["spokesperson"], ["Chinese Foreign Ministry", "China"], D4,
  "Chinese Foreign Ministry spokesperson Zhao Minghui")
P("Ryohei Onodera", ["lawmaker"], ["Liberal Democratic Party"], D4,
  "Liberal Democratic Party lawmaker Ryohei Onodera", "optional")
P("Ryohei Onodera", ["head", "heads"], ["research commission on the security of the seas"], D4,
  "Ryohei Onodera, who heads the party's research commission on the security of the seas")
P("Emiko Sakurada", ["member"], ["Constitutional Democratic Party of Japan"], D4,
  "Constitutional Democratic Party of Japan member Emiko Sakurada", "optional")
P("Naoki Hirayama", ["professor"], ["Kyushu University"], D4,
  "Naoki Hirayama, a professor of international law at Kyushu University")
P("Masako Yoshimura", ["ambassador"], ["China", "Japan"], D4,
  "A former Japanese ambassador to China, Masako Yoshimura", former=True)
P("Hideo Kanzaki", ["prime minister"], [], D4, "Prime Minister Hideo Kanzaki")
P("Kentaro Ishibashi", ["staff writer"], ["Political News Section", "The Asahi Shimbun"], D4,
  "Kentaro Ishibashi is a staff writer in the Political News Section")

R("Ryohei Onodera", "memberOf", "Liberal Democratic Party", D4, "Liberal Democratic Party lawmaker Ryohei Onodera")
R("Emiko Sakurada", "memberOf", "Constitutional Democratic Party of Japan", D4, "Constitutional Democratic Party of Japan member Emiko Sakurada")
R("Kyushu University", "locatedIn", "Fukuoka", D4, "Kyushu University in Fukuoka")
R("Fukuoka", "locatedIn", "Kyushu", D4, "Fukuoka, the largest city on the southern island of Kyushu")

# ---------------------------------------------------------------- 05
d = [D5]
E("Country", "Kenya", docs=d)
E("Place", "Nyeri", "Nyeri town", docs=d)
E("Place", "Nyeri County", docs=d)
E("Place", "Nairobi", docs=d)
E("Place", "Karatina", docs=d)
E("Place", "Othaya", docs=d)
E("Place", "Mathira", docs=d)
E("Place", "Rware Ward", docs=d)
E("Place", "Central region", docs=d)
E("Place", "Kirinyaga County", docs=d)
E("Organization", "Nyeri County Referral Hospital", "Nyeri Referral Hospital", docs=d)
E("Organization", "Karatina Sub-County Hospital", docs=d)
E("Organization", "County Government of Nyeri", docs=d)
E("Organization", "Ministry of Health", docs=d)
E("Organization", "Kenya National Union of Nurses", "KNUN", docs=d)
E("Organization", "Dedan Kimathi University of Technology", docs=d)
E("Organization", "United Democratic Alliance", "UDA", docs=d)
E("Organization", "Kenya Medical Supplies Authority", "KEMSA", docs=d)
E("Organization", "Citizen Digital", docs=d)
E("Organization", "Royal Media Services Ltd.", "Royal Media Services", docs=d)
E("Person", "Joseph Mwangi Kiragu", "Kiragu", "Dr. Joseph Mwangi Kiragu", docs=d)
E("Person", "Miriam Wanjiku Gitau", "Dr. Miriam Wanjiku Gitau", "Dr. Gitau", "Gitau", docs=d)
E("Person", "Peter Kamau Ndirangu", "Ndirangu", docs=d)
E("Person", "Esther Nyokabi Maina", "Dr. Esther Nyokabi Maina", "Dr. Maina", "Maina", docs=d)
E("Person", "Samuel Gachoki", "Gachoki", docs=d)
E("Person", "Lucy Wambui Gachoki", "Lucy Wambui", docs=d)
E("Person", "Francis Maina Njogu", "Njogu", "Hon. Francis Maina Njogu", docs=d)
E("Person", "Njeri Wachira", "Wachira", docs=d)
E("Person", "Kevin Mureithi", "Mureithi", docs=d)

Q("Joseph Mwangi Kiragu", "Three years ago we were begging neighbouring counties for cylinders", D5)
Q("Joseph Mwangi Kiragu", "No mother in Nyeri should ever again be told that there is no oxygen", D5)
Q("Joseph Mwangi Kiragu", "We have already identified the sites and the money is in next year's budget", D5)
Q("Miriam Wanjiku Gitau", "Oxygen we can now make ourselves. Nurses we cannot make in a factory", D5)
Q("Peter Kamau Ndirangu", "This plant is a nurse's dream", D5)
Q("Peter Kamau Ndirangu", "But a plant does not turn patients or fill in charts", D5)
Q("Esther Nyokabi Maina", "In July last year we had 41 children on oxygen at the same time", D5)
Q("Lucy Wambui Gachoki", "We thank God and we thank the doctors", D5)
Q("Samuel Gachoki", "That night I did not sleep. I sat by the door", D5)
Q("Francis Maina Njogu", "Many counties built plants during Covid and today they are white elephants", D5)
Q("Peter Kamau Ndirangu", "A nurse's dream", D5, "optional")

P("Joseph Mwangi Kiragu", ["governor"], ["Nyeri"], D5, "Nyeri Governor Dr. Joseph Mwangi Kiragu")
P("Miriam Wanjiku Gitau", ["CEC Member", "Health CEC"], [], D5, "Health CEC Member Dr. Miriam Wanjiku Gitau")
P("Peter Kamau Ndirangu", ["branch secretary", "secretary"], ["Kenya National Union of Nurses", "KNUN"], D5,
  "Kenya National Union of Nurses (KNUN) Nyeri branch secretary Peter Kamau Ndirangu")
P("Esther Nyokabi Maina", ["medical superintendent"], ["Nyeri County Referral Hospital", "hospital"], D5,
  "The hospital's medical superintendent, Dr. Esther Nyokabi Maina")
P("Francis Maina Njogu", ["MCA"], ["Rware Ward", "United Democratic Alliance", "UDA"], D5,
  "Local MCA for Rware Ward, Hon. Francis Maina Njogu", "optional")
P("Njeri Wachira", ["correspondent"], ["Citizen Digital"], D5,
  "Njeri Wachira is a Citizen Digital correspondent based in Nyeri")

R("Samuel Gachoki", "spouse", "Lucy Wambui Gachoki", D5, "Samuel Gachoki, 67, from Mathira, and his wife Lucy Wambui Gachoki")
R("Francis Maina Njogu", "memberOf", "United Democratic Alliance", D5, "Hon. Francis Maina Njogu of the United Democratic Alliance (UDA)")
R("Mathira", "locatedIn", "Nyeri County", D5, "Mathira is a constituency in Nyeri County")
R("Nyeri", "locatedIn", "Nyeri County", D5, "Nyeri town is the headquarters of Nyeri County")
R("Nyeri County", "locatedIn", "Central region", D5, "Nyeri County in Kenya's Central region")
R("Central region", "locatedIn", "Kenya", D5, "Kenya's Central region")

not_person += ["Kara-Suu", "Jogorku Kenesh", "Ata-Meken", "Kempir-Abad", "Andijan", "24.kg", "Osh",
               "Sindabezi", "Zambezi Horizons", "Kazungula", "Kandahar Island", "Cde", "Hwange Central",
               "Livingstone", "ZimParks", "NewsDay", "Tavini Huiraatira", "Tapura Huiraatira", "Ma'ohi Nui",
               "Faa'a", "Tahiti Infos", "Red Cross", "Shirakaba", "Chunxiao", "Kashi", "Tianwaitian", "Diet",
               "Asahi", "Senkaku", "Yonaguni", "Citizen Digital", "Mathira", "Rware", "KEMSA", "KNUN",
               "Dedan Kimathi University of Technology", "Othaya", "Karatina", "Royal Media Services",
               "Kirinyaga", "Nyeri"]

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": entities,
        "not_person": not_person, "quotes": quotes, "unattributed": unattributed,
        "stances": stances, "positions": positions, "relations": relations}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
