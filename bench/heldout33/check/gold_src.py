#!/usr/bin/env python3
"""Writes bench/heldout33/gold.json: the hand-made gold standard for bench/heldout33/articles.

Run:  python check/gold_src.py            (writes ../gold.json)
      python check/gold_src.py --stdout   (prints it instead)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

A1 = "01_mmegi_sedudu.txt"
A2 = "02_borneopost_limbang.txt"
A3 = "03_afp_tiwintza.txt"
A4 = "04_errnews_petseri.txt"
A5 = "05_capebretonpost_miners_museum.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = """Hand-made gold standard for bench/heldout33 (five invented articles, fictional people, real places
and organisations). Every fact below was read off the article texts by hand.

quotes: `key` is a distinctive stretch of the quote's own words, copied from the article. `required` quotes are
full statements with an explicit speaker (a name, a surname, a pronoun or a role that resolves to a named
person or a named organisation), including sentences after the cue, colon quotes, the second half of a split
quote and cue-less continuation paragraphs. `optional` quotes are partial quotes and fragments, nested quotes,
headline, deck and subhead echoes, and statements also credited to a second holder (the country behind a
ministry statement). `unattributed` strings are scare quotes, coined terms, words of unnamed sources and
quoted headlines of related stories that must NOT be given a speaker.

stances: polarity follows the wording, whichever claimant's sovereignty the sentence names. Required: explicit
stances of a country (the holder can be a minister, a ministry statement or a capital speaking for it).
Optional: a claimant's own claim, and a past refusal. No stance: questions, hypotheticals, refusals to
speculate, recognition of rulings or treaties, and holders that are not countries (a traditional authority,
a lawmaker, a party, an indigenous organisation).

positions: `of_any` is empty when the text names no organisation or country next to the title. Required:
titles of office, former titles and author footers. Optional: parliamentary and council seats, ranks,
traditional titles, occupations, byline titles and titles given only by a verb. `former` marks former titles.

relations: only spouse, sharesBorderWith, invaded, memberOf and locatedIn, and only what the text states.

entities: every person, organisation, country, territory and place named in the article text, including
bylines, photo credits, editor lines, copyright lines, author footers and related-story lines (navigation
bars do not count). Rivers, oceans, seas, bridges, streets, collieries, border posts' buildings, treaties,
wars and social platforms are not entities; a named mountain range or region counts as a place. Disputed
areas that are stance objects are territories.
not_person: demonyms, honorifics, titles and names of places or bodies that could pass for a person."""


def E(type_, name, *aliases):
    return {"type": type_, "name": name, "aliases": list(aliases)}


ENTITIES = [
    # ---- 01 Mmegi / Kasikili-Sedudu
    E("Person", "Onalenna Kebaabetswe", "Kebaabetswe"),
    E("Person", "Keaoleboga Setlhare", "Setlhare"),
    E("Person", "Tshepiso Ramokate", "Ramokate", "Dr Tshepiso Ramokate"),
    E("Person", "Kabika Sibeso", "Sibeso", "Induna Kabika Sibeso"),
    E("Person", "Penda Amutenya", "Amutenya"),
    E("Person", "Reinhold Nghifindaka", "Nghifindaka"),
    E("Person", "Dikeledi Motsumi", "Motsumi", "Colonel Dikeledi Motsumi"),
    E("Person", "Neo Sekgoma"),
    E("Person", "Kabelo Sekgoma", "Kabelo"),
    E("Person", "Mpho Gaolathe", "Gaolathe", "Professor Mpho Gaolathe"),
    E("Organization", "Mmegi", "Mmegi Online"),
    E("Organization", "Dikgang Publishing Company"),
    E("Organization", "International Court of Justice"),
    E("Organization", "Masubia Traditional Authority"),
    E("Organization", "Ministry of International Relations and Trade",
      "Namibia's Ministry of International Relations and Trade"),
    E("Organization", "Popular Democratic Movement", "PDM"),
    E("Organization", "Joint Permanent Commission on Defence and Security"),
    E("Organization", "Botswana Defence Force", "BDF"),
    E("Organization", "University of Botswana"),
    E("Organization", "Southern African Development Community", "SADC"),
    E("Country", "Botswana"),
    E("Country", "Namibia", "Republic of Namibia"),
    E("Country", "Zambia"),
    E("Territory", "Kasikili/Sedudu Island", "Sedudu Island", "Kasikili Island", "Sedudu", "Kasikili",
      "Kasikili/Sedudu"),
    E("Territory", "Situngu Island", "Situngu"),
    E("Place", "Kasane"),
    E("Place", "Windhoek"),
    E("Place", "Katima Mulilo"),
    E("Place", "The Hague", "Hague"),
    E("Place", "Gaborone"),
    # ---- 02 Borneo Post / Limbang
    E("Person", "Jonathan Ngui Kah Wei", "Jonathan Ngui"),
    E("Person", "Abang Haris Mohidin", "Abang Haris"),
    E("Person", "Zulkifli Yassin", "Haji Zulkifli Yassin", "Zulkifli"),
    E("Person", "Mohd Faizal Rahman", "Datuk Seri Mohd Faizal Rahman", "Mohd Faizal"),
    E("Person", "Jamilah Bujang", "Dr Jamilah Bujang", "Jamilah"),
    E("Person", "Ricky Lawai", "Lawai"),
    E("Person", "Mariam Lasong", "Mariam"),
    E("Person", "Ahmad Tuah"),
    E("Person", "Lim Siew Ling", "Dr Lim", "Dr Lim Siew Ling"),
    E("Organization", "The Borneo Post", "Borneo Post"),
    E("Organization", "Wisma Putra"),
    E("Organization", "Legislative Council", "Brunei's Legislative Council"),
    E("Organization", "Ministry of Foreign Affairs", "Brunei's Ministry of Foreign Affairs"),
    E("Organization", "Parti Pesaka Bumiputera Bersatu", "PBB"),
    E("Organization", "Universiti Malaysia Sarawak", "Unimas"),
    E("Organization", "Asean"),
    E("Country", "Brunei", "Brunei Darussalam"),
    E("Country", "Malaysia"),
    E("Country", "Japan"),
    E("Territory", "Limbang"),
    E("Territory", "Louisa Reef", "Terumbu Semarang Barat Kecil"),
    E("Place", "Sarawak"),
    E("Place", "Bandar Seri Begawan"),
    E("Place", "Putrajaya"),
    E("Place", "Pandaruan"),
    E("Place", "Batu Danau"),
    # ---- 03 AFP / Tiwintza
    E("Person", "Valeria Cordero", "Cordero"),
    E("Person", "Ignacio Paredes", "Paredes"),
    E("Person", "Rosa Huamán Villena", "Huamán", "Rosa Huamán"),
    E("Person", "Gabriela Andrade", "Andrade"),
    E("Person", "Edison Cárdenas", "Cárdenas"),
    E("Person", "Mercedes Tapia", "Tapia"),
    E("Person", "Luis Ayala", "Ayala", "Corporal Luis Ayala"),
    E("Person", "Santiago Vela", "Vela"),
    E("Person", "Juan Cevallos", "Cevallos"),
    E("Organization", "Agence France-Presse", "AFP"),
    E("Organization", "Renovación Popular", "Renovacion Popular"),
    E("Organization", "Torre Tagle", "Peru's foreign ministry"),
    E("Organization", "Universidad San Francisco de Quito"),
    E("Organization", "Shuar Arutam People"),
    E("Organization", "Andean Community"),
    E("Country", "Ecuador"),
    E("Country", "Peru"),
    E("Country", "Argentina"),
    E("Country", "Brazil"),
    E("Country", "Chile"),
    E("Country", "United States"),
    E("Territory", "Tiwintza"),
    E("Place", "Quito"),
    E("Place", "Lima"),
    E("Place", "Brasilia", "Brasília"),
    E("Place", "Gualaquiza"),
    E("Place", "Morona Santiago", "Morona Santiago province"),
    E("Place", "Cordillera del Cóndor", "Cordillera del Condor"),
    E("Place", "Huaquillas"),
    E("Place", "Washington"),
    # ---- 04 ERR News / Petserimaa
    E("Person", "Andres Pihlakas", "Pihlakas"),
    E("Person", "Liina Rebane", "Rebane"),
    E("Person", "Igor Lavrentyev", "Lavrentyev"),
    E("Person", "Triin Saar", "Saar", "Professor Triin Saar"),
    E("Person", "Vello Kalda"),
    E("Person", "Kadri Kalda"),
    E("Person", "Rein Kuusik", "Kuusik"),
    E("Person", "Siim Lõhmus", "Lõhmus"),
    E("Person", "Mari-Liis Oja"),
    E("Person", "Aidan Hale"),
    E("Organization", "ERR", "ERR News"),
    E("Organization", "Riigikogu"),
    E("Organization", "Reform Party", "Reform"),
    E("Organization", "Isamaa"),
    E("Organization", "Russian Foreign Ministry", "Russia's Foreign Ministry"),
    E("Organization", "TASS"),
    E("Organization", "NATO"),
    E("Organization", "European Union", "EU"),
    E("Organization", "University of Tartu"),
    E("Organization", "Setomaa Union"),
    E("Organization", "Centre Party"),
    E("Organization", "EKRE"),
    E("Organization", "Police and Border Guard Board"),
    E("Country", "Estonia"),
    E("Country", "Russia", "Russian Federation"),
    E("Country", "Latvia"),
    E("Country", "Soviet Union"),
    E("Territory", "Petserimaa", "Petseri County", "Pechorsky District"),
    E("Territory", "Jaanilinn", "Ivangorod"),
    E("Territory", "Abrene", "Abrene district", "Pytalovo"),
    E("Place", "Tallinn"),
    E("Place", "Tartu"),
    E("Place", "Riga"),
    E("Place", "Moscow"),
    E("Place", "Värska", "Varska"),
    E("Place", "Petseri", "Pechory"),
    E("Place", "Pskov Oblast"),
    E("Place", "Koidula"),
    E("Place", "Põlva County"),
    E("Place", "Setomaa"),
    # ---- 05 Cape Breton Post / Miners' Museum
    E("Person", "Rosalie Boutilier", "Boutilier"),
    E("Person", "Angus MacKinnon", "MacKinnon"),
    E("Person", "Theresa MacKinnon"),
    E("Person", "Colin Burchell", "Burchell", "Mayor Colin Burchell"),
    E("Person", "Darren MacNeil", "MacNeil"),
    E("Person", "Joanne Ferguson", "Ferguson"),
    E("Person", "Heather Baird", "Baird"),
    E("Person", "Brendan Kehoe", "Kehoe"),
    E("Person", "Patricia Rudderham", "Rudderham"),
    E("Organization", "Cape Breton Post"),
    E("Organization", "Cape Breton Regional Municipality", "CBRM"),
    E("Organization", "Cape Breton Miners' Museum", "Miners' Museum"),
    E("Organization", "Canadian Heritage"),
    E("Organization", "Progressive Conservative Association of Nova Scotia", "Progressive Conservative",
      "Progressive Conservatives"),
    E("Organization", "Glace Bay Heritage Museum"),
    E("Organization", "Men of the Deeps", "the Men of the Deeps"),
    E("Organization", "Postmedia Network Inc.", "Postmedia Network", "Postmedia"),
    E("Country", "Canada"),
    E("Place", "Glace Bay"),
    E("Place", "Sydney"),
    E("Place", "Nova Scotia", "N.S."),
    E("Place", "Halifax"),
    E("Place", "Ontario"),
    E("Place", "Quarry Point"),
    E("Place", "Dominion"),
    E("Place", "Cape Breton"),
    E("Place", "Glace Bay-Dominion"),
]

NOT_PERSON = [
    # 01
    "Govt", "Government", "Batswana", "Namibian", "Induna", "Masubia", "Chobe", "Sedudu", "Kasikili",
    "Situngu", "Kazungula", "Kasane", "Mmegi", "BDF", "PDM", "Colonel", "Professor",
    # 02
    "Wisma Putra", "Yang Berhormat", "Haji", "Datuk Seri", "Datuk Amar", "Abang", "Sultan", "Limbang",
    "Limbang Resident", "Resident", "tamu", "Unimas", "Pandaruan", "Batu Danau", "Louisa", "Brooke",
    # 03
    "Ecuadorians", "Ecuadorian", "Peruvian", "Shuar", "Shuar Arutam", "Torre Tagle", "Tiwintza", "Cenepa",
    "Corporal", "Gualaquiza", "Renovación Popular", "Huaquillas",
    # 04
    "Seto", "Setos", "Estonian", "ülemsootska", "Isamaa", "Riigikogu", "EKRE", "Petseri", "Jaanilinn", "Värska",
    "Koidula", "Setomaa", "Reform", "Tartu", "Deputy spokesman",
    # 05
    "Coun.", "MLA", "Mayor", "Executive director", "Glace Bay", "Quarry Point", "Dominion",
    "Ocean Deeps", "Ocean Deeps Colliery", "Men of the Deeps", "CBRM", "Miners' Museum", "old girl",
]


def Q(speaker, key, doc, status="required"):
    return {"speaker": speaker, "key": key, "docs": [doc], "status": status}


QUOTES = [
    # ---- 01
    Q("Tshepiso Ramokate", "Sedudu is ours and the matter is closed. The court in The Hague ruled", A1),
    Q("Botswana", "Sedudu is ours and the matter is closed", A1, "optional"),
    Q("Tshepiso Ramokate", "Sedudu is ours and the matter is closed", A1, "optional"),
    Q("Tshepiso Ramokate", "the movement of people and livestock", A1, "optional"),
    Q("Masubia Traditional Authority", "revisited", A1, "optional"),
    Q("Masubia Traditional Authority", "ancestral grazing land", A1, "optional"),
    Q("Masubia Traditional Authority", "fresh hearing", A1, "optional"),
    Q("Kabika Sibeso", "Our grandfathers took cattle across to that island every dry season", A1),
    Q("Ministry of International Relations and Trade", "accepted the judgment in full", A1, "optional"),
    Q("Namibia", "accepted the judgment in full", A1, "optional"),
    Q("Ministry of International Relations and Trade",
      "The Government of the Republic of Namibia respects the decisions of the International Court of Justice", A1),
    Q("Namibia", "The Government of the Republic of Namibia respects the decisions", A1, "optional"),
    Q("Penda Amutenya", "studied with respect, as all petitions are", A1, "optional"),
    Q("Reinhold Nghifindaka", "handed over too quickly", A1, "optional"),
    Q("Reinhold Nghifindaka", "That is a question for the people, not for me.", A1),
    Q("Dikeledi Motsumi", "routine and will remain routine", A1, "optional"),
    Q("Dikeledi Motsumi", "Our soldiers are there to stop poachers, not neighbours", A1),
    Q("Neo Sekgoma", "We tell them: look at the flag on the island", A1),
    Q("Neo Sekgoma", "because someone read a story on the internet", A1, "optional"),
    Q("Kabelo Sekgoma", "Talk of a dispute is bad for business. Leave the elephants in peace", A1),
    Q("Mpho Gaolathe", "final and without appeal", A1, "optional"),
    Q("Mpho Gaolathe", "A revision is possible only if a new fact comes to light", A1),
    Q("Zambia", "a bilateral matter", A1, "optional"),
    # ---- 02
    Q("Wisma Putra", "not on the table", A2, "optional"),
    Q("Wisma Putra", "is and will remain an integral part of Sarawak and of Malaysia", A2, "optional"),
    Q("Malaysia", "is and will remain an integral part of Sarawak and of Malaysia", A2, "optional"),
    Q("Wisma Putra", "Malaysia and Brunei Darussalam resolved their land boundary through the Exchange of Letters", A2),
    Q("Malaysia", "Malaysia and Brunei Darussalam resolved their land boundary", A2, "optional"),
    Q("Zulkifli Yassin", "taken from us in 1890", A2, "optional"),
    Q("Zulkifli Yassin", "history does not expire", A2, "optional"),
    Q("Ministry of Foreign Affairs", "no territorial claim", A2, "optional"),
    Q("Ministry of Foreign Affairs", "personal in nature", A2, "optional"),
    Q("Ministry of Foreign Affairs", "should be settled peacefully and in accordance with international law", A2,
      "optional"),
    Q("Brunei", "no territorial claim", A2, "optional"),
    Q("Mohd Faizal Rahman", "We have our position, Brunei has theirs. We talk as family.", A2),
    Q("Jamilah Bujang", "Limbang is Sarawak. It was Sarawak before Malaysia was formed", A2),
    Q("Jamilah Bujang", "keep building roads, not arguments", A2, "optional"),
    Q("Abang Haris Mohidin", "some confusion, mostly on social media", A2, "optional"),
    Q("Abang Haris Mohidin", "People here cross to Brunei every day, for work, for shopping", A2),
    Q("Ricky Lawai", "put its own house in order", A2, "optional"),
    Q("Ricky Lawai", "careless words can cost friendships", A2, "optional"),
    Q("Mariam Lasong", "My husband's mother was born in Brunei. My father was born here.", A2),
    Q("Lim Siew Ling", "The Brunei claim was alive for more than a century", A2),
    Q("Lim Siew Ling", "What you hear in the Legislative Council today is an echo of that century", A2),
    # ---- 03
    Q("Ecuador", "reopens wounds", A3, "optional"),
    Q("Gabriela Andrade", "reopens wounds", A3, "optional"),
    Q("Gabriela Andrade", "This is not a question of sovereignty. That question was closed in Brasilia in 1998", A3),
    Q("Gabriela Andrade", "But Tiwintza is where our soldiers lie. Touching the title is touching their graves.", A3),
    Q("Gabriela Andrade", "without reservation", A3, "optional"),
    Q("Gabriela Andrade", "every line", A3, "optional"),
    Q("Gabriela Andrade", "I do not answer hypotheticals about a law that does not exist", A3),
    Q("Rosa Huamán Villena", "historic justice", A3, "optional"),
    Q("Rosa Huamán Villena", "Peruvian soil should have Peruvian owners", A3),
    Q("Torre Tagle", "which is and remains Peruvian territory", A3, "optional"),
    Q("Torre Tagle", "fully honour", A3, "optional"),
    Q("Torre Tagle", "The Peruvian State does not review its international commitments", A3),
    Q("Peru", "The Peruvian State does not review its international commitments", A3, "optional"),
    Q("Peru", "which is and remains Peruvian territory", A3, "optional"),
    Q("Edison Cárdenas", "Every few years a politician in Lima discovers Tiwintza", A3),
    Q("Mercedes Tapia", "The Peruvian soldiers are always polite. They carry our flowers up the hill", A3),
    Q("Mercedes Tapia", "I do not care whose flag is at the border post. I care that I can visit Luis.", A3),
    Q("Santiago Vela", "Nationalism is cheap and elections are close", A3),
    Q("Shuar Arutam People", "was not consulted in 1998 and is not consulted now", A3, "optional"),
    # ---- 04
    Q("Andres Pihlakas", "rewrites history", A4, "optional"),
    Q("Andres Pihlakas", "The treaty lies in the drawer and it will stay there", A4),
    Q("Andres Pihlakas", "Our position is simple. We will defend our history", A4),
    Q("Liina Rebane", "The Tartu Peace Treaty is the birth certificate of our state", A4),
    Q("Igor Lavrentyev", "inalienable parts of the Russian Federation", A4, "optional"),
    Q("Russia", "inalienable parts of the Russian Federation", A4, "optional"),
    Q("Igor Lavrentyev", "lost all force", A4, "optional"),
    Q("Igor Lavrentyev", "The Estonian side knows very well that the border question is closed", A4),
    Q("Igor Lavrentyev", "occupation", A4, "optional"),
    Q("Igor Lavrentyev", "Closed question", A4, "optional"),
    Q("Russia", "Closed question", A4, "optional"),
    Q("Triin Saar", "Legally, the 2014 treaty talks about a line on the map, not about history", A4),
    Q("Vello Kalda", "My grandmother is buried twenty kilometres from my house", A4),
    Q("Vello Kalda", "We do not ask for the border to move. We ask for it to be a little softer.", A4),
    Q("Setomaa Union", "supports any solution that lets people cross", A4, "optional"),
    Q("Centre Party", "changes nothing", A4, "optional"),
    Q("Centre Party", "pragmatic neighbourliness", A4, "optional"),
    Q("Rein Kuusik", "hiding behind the drawer", A4, "optional"),
    Q("Police and Border Guard Board", "No change", A4, "optional"),
    # ---- 05
    Q("Angus MacKinnon", "the old girl needs it", A5, "optional"),
    Q("Colin Burchell", "overdue", A5, "optional"),
    Q("Colin Burchell", "This museum tells the story of every family in this municipality", A5),
    Q("Darren MacNeil", "I have nothing against the museum", A5),
    Q("Darren MacNeil", "Sydney has potholes you could lose a car in", A5),
    Q("Joanne Ferguson", "People drive from Ontario to go underground with a man who actually worked underground", A5),
    Q("Heather Baird", "a cornerstone of Cape Breton's cultural tourism", A5, "optional"),
    Q("Brendan Kehoe", "It took two years, four letters and a lot of coffee", A5),
    Q("Patricia Rudderham", "We will lose the winter school tours and that hurts", A5),
    Q("Patricia Rudderham", "A building with pictures", A5, "optional"),
    Q("Angus MacKinnon", "The old girl needs it. I've been going down that tunnel for thirty years", A5),
    Q("Theresa MacKinnon", "He'll be under my feet, is what he'll be", A5),
]

UNATTRIBUTED = [
    # 01
    "Chobe cruise operators count the cost of fuel hike",
    "BDF intensifies anti-poaching patrols in Chobe",
    # 02
    "We are Limbang people",
    "Border trade is the lifeline of the north",
    # 03
    "national heritage site",
    "A peace that holds",
    # 05
    "at the end of their service life",
]


def S(country, stance, territory_any, doc, evidence, status="required"):
    return {"country": country, "stance": stance, "territory_any": territory_any, "docs": [doc],
            "status": status, "evidence": evidence}


SEDUDU = ["Sedudu", "Kasikili"]
SITUNGU = ["Situngu"]
LIMBANG = ["Limbang"]
LOUISA = ["Louisa Reef", "Terumbu Semarang Barat Kecil"]
TIWINTZA = ["Tiwintza"]
PETSERIMAA = ["Petserimaa", "Petseri County", "Pechorsky District"]
JAANILINN = ["Jaanilinn", "Ivangorod"]
ABRENE = ["Abrene", "Pytalovo"]

STANCES = [
    S("Namibia", "recognises", SEDUDU, A1,
      "Namibia \"accepted the judgment in full\" and recognises Kasikili/Sedudu Island as part of the territory of Botswana"),
    S("Botswana", "doesNotRecognise", SITUNGU, A1,
      "Botswana does not recognise any Namibian claim to Situngu Island"),
    S("Namibia", "doesNotRecognise", SITUNGU, A1,
      "Windhoek, for its part, has never accepted that Situngu belongs to Botswana"),
    S("Botswana", "recognises", SEDUDU, A1, "Sedudu is ours and the matter is closed.", "optional"),
    S("Brunei", "recognises", LIMBANG, A2,
      "Brunei Darussalam recognises Limbang as part of Malaysia"),
    S("Brunei", "doesNotRecognise", LOUISA, A2,
      "Brunei does not recognise Malaysia's claim to Louisa Reef"),
    S("Malaysia", "recognises", LOUISA, A2, "Malaysia's claim to Louisa Reef", "optional"),
    S("Malaysia", "recognises", LIMBANG, A2,
      "Limbang \"is and will remain an integral part of Sarawak and of Malaysia\"", "optional"),
    S("Brunei", "doesNotRecognise", LIMBANG, A2,
      "a move the then Sultan of Brunei never accepted", "optional"),
    S("Ecuador", "recognises", TIWINTZA, A3,
      "Andrade said Ecuador recognises Peru's sovereignty over Tiwintza \"without reservation\""),
    S("Peru", "doesNotRecognise", TIWINTZA, A3,
      "Peru does not recognise any Ecuadorian sovereignty over Tiwintza"),
    S("Brazil", "recognises", TIWINTZA, A3,
      "Brazil and Chile have both recognised Tiwintza as Peruvian territory since 1998"),
    S("Chile", "recognises", TIWINTZA, A3,
      "Brazil and Chile have both recognised Tiwintza as Peruvian territory since 1998"),
    S("Peru", "recognises", TIWINTZA, A3,
      "over Tiwintza, \"which is and remains Peruvian territory\"", "optional"),
    S("Estonia", "doesNotRecognise", PETSERIMAA, A4,
      "Estonia does not recognise the 1945 transfer of Petserimaa and Jaanilinn to Russia as lawful"),
    S("Estonia", "doesNotRecognise", JAANILINN, A4,
      "Estonia does not recognise the 1945 transfer of Petserimaa and Jaanilinn to Russia as lawful"),
    S("Latvia", "recognises", ABRENE, A4,
      "Latvia recognises the Abrene district, now Pytalovo, as part of Russia"),
    S("Russia", "recognises", PETSERIMAA, A4,
      "the Pechorsky District and Ivangorod were \"inalienable parts of the Russian Federation\"", "optional"),
    S("Russia", "recognises", JAANILINN, A4,
      "the Pechorsky District and Ivangorod were \"inalienable parts of the Russian Federation\"", "optional"),
]


def P(person, title_any, of_any, doc, evidence, status="required", former=False):
    return {"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc], "status": status,
            "former": former, "evidence": evidence}


POSITIONS = [
    # 01
    P("Tshepiso Ramokate", ["Minister for Foreign Affairs", "foreign affairs", "foreign minister"], [], A1,
      "the Minister for Foreign Affairs, Dr Tshepiso Ramokate"),
    P("Penda Amutenya", ["spokesperson", "spokesman"], ["Ministry", "International Relations and Trade"], A1,
      "Ministry spokesperson Penda Amutenya"),
    P("Dikeledi Motsumi", ["spokesperson", "spokesman"], ["Botswana Defence Force", "BDF"], A1,
      "Botswana Defence Force (BDF) spokesperson Colonel Dikeledi Motsumi"),
    P("Mpho Gaolathe", ["deputy Attorney General", "Attorney General"], ["Botswana"], A1,
      "a former deputy Attorney General of Botswana", former=True),
    P("Reinhold Nghifindaka", ["MP", "member of parliament"], ["Popular Democratic Movement", "PDM"], A1,
      "a Popular Democratic Movement (PDM) MP", "optional"),
    P("Dikeledi Motsumi", ["Colonel"], [], A1, "Colonel Dikeledi Motsumi", "optional"),
    P("Kabika Sibeso", ["Induna"], [], A1, "Induna Kabika Sibeso", "optional"),
    P("Mpho Gaolathe", ["Professor", "international law"], ["University of Botswana"], A1,
      "now teaches international law at the University of Botswana", "optional"),
    P("Onalenna Kebaabetswe", ["Staff Writer"], [], A1, "Staff Writer", "optional"),
    # 02
    P("Mohd Faizal Rahman", ["Foreign Minister"], [], A2, "Foreign Minister Datuk Seri Mohd Faizal Rahman"),
    P("Jamilah Bujang", ["Deputy Premier"], ["Sarawak"], A2, "Sarawak Deputy Premier Datuk Amar Dr Jamilah Bujang"),
    P("Abang Haris Mohidin", ["Resident"], ["Limbang"], A2, "The Limbang Resident, Abang Haris Mohidin"),
    P("Lim Siew Ling", ["senior lecturer", "lecturer"], ["Universiti Malaysia Sarawak", "Unimas"], A2,
      "Dr Lim Siew Ling, a senior lecturer in history at Universiti Malaysia Sarawak (Unimas)"),
    P("Zulkifli Yassin", ["member"], ["Legislative Council"], A2,
      "an appointed member of the Legislative Council", "optional"),
    P("Ricky Lawai", ["assemblyman"], ["Batu Danau"], A2, "Batu Danau assemblyman Ricky Lawai", "optional"),
    P("Mariam Lasong", ["vegetable seller", "seller"], [], A2, "vegetable seller Mariam Lasong", "optional"),
    # 03
    P("Gabriela Andrade", ["Foreign Minister"], [], A3, "Foreign Minister Gabriela Andrade"),
    P("Rosa Huamán Villena", ["congresswoman"], [], A3, "congresswoman Rosa Huamán Villena", "optional"),
    P("Edison Cárdenas", ["colonel"], [], A3, "Retired colonel Edison Cárdenas", "optional", former=True),
    P("Edison Cárdenas", ["commanded", "commander"], ["Tiwintza"], A3,
      "who commanded the Tiwintza garrison during the Cenepa War", "optional", former=True),
    P("Luis Ayala", ["Corporal"], [], A3, "Corporal Luis Ayala", "optional"),
    P("Santiago Vela", ["political scientist"], ["Universidad San Francisco de Quito"], A3,
      "Santiago Vela, a political scientist at the Universidad San Francisco de Quito", "optional"),
    # 04
    P("Andres Pihlakas", ["Foreign Minister"], [], A4, "Foreign Minister Andres Pihlakas"),
    P("Igor Lavrentyev", ["deputy spokesman", "spokesman"], ["Foreign Ministry", "Russia"], A4,
      "Russia's Foreign Ministry responded within hours. Deputy spokesman Igor Lavrentyev"),
    P("Triin Saar", ["Professor"], ["University of Tartu"], A4, "Professor Triin Saar of the University of Tartu"),
    P("Vello Kalda", ["ülemsootska", "elected representative"], [], A4,
      "Vello Kalda, the ülemsootska, or elected representative, of the Seto people"),
    P("Rein Kuusik", ["chairman"], ["EKRE"], A4, "EKRE chairman Rein Kuusik"),
    P("Liina Rebane", ["MP"], ["Isamaa"], A4, "Isamaa MP Liina Rebane", "optional"),
    P("Kadri Kalda", ["singer"], [], A4, "Seto singer Kadri Kalda", "optional"),
    P("Mari-Liis Oja", ["Editor"], [], A4, "Editor: Mari-Liis Oja", "optional"),
    P("Aidan Hale", ["Editor"], [], A4, "Editor: Mari-Liis Oja, Aidan Hale", "optional"),
    # 05
    P("Colin Burchell", ["Mayor"], [], A5, "Mayor Colin Burchell"),
    P("Heather Baird", ["Minister of Communities, Culture, Tourism and Heritage",
                        "Communities, Culture, Tourism and Heritage", "minister"], ["Nova Scotia"], A5,
      "Nova Scotia's Minister of Communities, Culture, Tourism and Heritage, Heather Baird"),
    P("Patricia Rudderham", ["Executive director"], [], A5, "Executive director Patricia Rudderham"),
    P("Rosalie Boutilier", ["reporter"], ["Cape Breton Post"], A5,
      "Rosalie Boutilier is a reporter with the Cape Breton Post"),
    P("Darren MacNeil", ["councillor"], [], A5, "District 7 councillor Darren MacNeil", "optional"),
    P("Joanne Ferguson", ["Coun.", "councillor"], [], A5, "Coun. Joanne Ferguson", "optional"),
    P("Brendan Kehoe", ["MLA"], ["Glace Bay-Dominion"], A5, "Glace Bay-Dominion MLA Brendan Kehoe", "optional"),
    P("Angus MacKinnon", ["miner", "guide"], [], A5, "Retired miner Angus MacKinnon", "optional", former=True),
]


def R(subject, predicate, obj, doc, evidence, status="required"):
    return {"subject": subject, "predicate": predicate, "object": obj,
            "symmetric": predicate in ("spouse", "sharesBorderWith"), "docs": [doc], "status": status,
            "evidence": evidence}


RELATIONS = [
    # 01
    R("Namibia", "sharesBorderWith", "Botswana", A1,
      "Namibia, which shares a border of more than 1,500 kilometres with Botswana"),
    R("Namibia", "memberOf", "Southern African Development Community", A1,
      "and Botswana are both members of the Southern African Development Community (SADC)"),
    R("Botswana", "memberOf", "Southern African Development Community", A1,
      "and Botswana are both members of the Southern African Development Community (SADC)"),
    R("Reinhold Nghifindaka", "memberOf", "Popular Democratic Movement", A1,
      "Reinhold Nghifindaka, a Popular Democratic Movement (PDM) MP"),
    R("Neo Sekgoma", "spouse", "Kabelo Sekgoma", A1, "with her husband Kabelo Sekgoma"),
    # 02
    R("Limbang", "locatedIn", "Sarawak", A2, "Limbang has been part of the Malaysian state of Sarawak"),
    R("Sarawak", "locatedIn", "Malaysia", A2, "the Malaysian state of Sarawak"),
    R("Ricky Lawai", "memberOf", "Parti Pesaka Bumiputera Bersatu", A2,
      "Ricky Lawai of Parti Pesaka Bumiputera Bersatu (PBB)"),
    R("Mariam Lasong", "spouse", "Ahmad Tuah", A2, "She and her husband, Ahmad Tuah,"),
    R("Brunei", "sharesBorderWith", "Malaysia", A2, "Brunei, whose only land border is with Malaysia"),
    R("Brunei", "memberOf", "Asean", A2, "and Malaysia are fellow members of Asean"),
    R("Malaysia", "memberOf", "Asean", A2, "and Malaysia are fellow members of Asean"),
    R("Japan", "invaded", "Brunei", A2, "Japan invaded Brunei in December 1941"),
    # 03
    R("Rosa Huamán Villena", "memberOf", "Renovación Popular", A3,
      "congresswoman Rosa Huamán Villena of the right-wing Renovación Popular party"),
    R("Ecuador", "sharesBorderWith", "Peru", A3,
      "Ecuador and Peru, which share a border of some 1,500 kilometres"),
    R("Peru", "invaded", "Ecuador", A3, "Peru invaded Ecuador in 1941"),
    R("Gualaquiza", "locatedIn", "Morona Santiago", A3, "Gualaquiza, a town in Ecuador's Morona Santiago province"),
    R("Morona Santiago", "locatedIn", "Ecuador", A3, "Ecuador's Morona Santiago province"),
    R("Mercedes Tapia", "spouse", "Luis Ayala", A3, "Mercedes Tapia, whose husband, Corporal Luis Ayala,"),
    R("Ecuador", "memberOf", "Andean Community", A3, "Both countries are members of the Andean Community"),
    R("Peru", "memberOf", "Andean Community", A3, "Both countries are members of the Andean Community"),
    # 04
    R("Andres Pihlakas", "memberOf", "Reform Party", A4, "Foreign Minister Andres Pihlakas (Reform)"),
    R("Liina Rebane", "memberOf", "Isamaa", A4, "Isamaa MP Liina Rebane"),
    R("Rein Kuusik", "memberOf", "EKRE", A4, "EKRE chairman Rein Kuusik"),
    R("Estonia", "sharesBorderWith", "Russia", A4,
      "Estonia, which shares a land border of around 294 kilometres with Russia"),
    R("Estonia", "memberOf", "NATO", A4, "has been a member of NATO and the European Union since 2004"),
    R("Estonia", "memberOf", "European Union", A4, "has been a member of NATO and the European Union since 2004"),
    R("Soviet Union", "invaded", "Estonia", A4, "the Soviet Union invaded Estonia in June 1940"),
    R("Vello Kalda", "spouse", "Kadri Kalda", A4, "His wife, Seto singer Kadri Kalda,"),
    R("Petseri", "locatedIn", "Pskov Oblast", A4, "Petseri (Pechory in Russian), now in Russia's Pskov Oblast"),
    R("Pskov Oblast", "locatedIn", "Russia", A4, "Russia's Pskov Oblast"),
    R("Koidula", "locatedIn", "Põlva County", A4, "Koidula, in Põlva County"),
    # 05
    R("Sydney", "locatedIn", "Nova Scotia", A5, "SYDNEY, N.S."),
    R("Brendan Kehoe", "memberOf", "Progressive Conservative Association of Nova Scotia", A5,
      "Brendan Kehoe, a Progressive Conservative"),
    R("Angus MacKinnon", "spouse", "Theresa MacKinnon", A5, "His wife of 58 years, Theresa MacKinnon,"),
    R("Cape Breton Miners' Museum", "locatedIn", "Glace Bay", A5, "the Cape Breton Miners' Museum in Glace Bay"),
    R("Cape Breton Miners' Museum", "locatedIn", "Quarry Point", A5, "The museum, which sits on Quarry Point"),
]


def build() -> dict:
    return {
        "about": ABOUT,
        "documents": DOCS,
        "near_duplicates": [],
        "entities": ENTITIES,
        "not_person": NOT_PERSON,
        "quotes": QUOTES,
        "unattributed": UNATTRIBUTED,
        "stances": STANCES,
        "positions": POSITIONS,
        "relations": RELATIONS,
    }


def render() -> str:
    return json.dumps(build(), indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    if "--stdout" in sys.argv:
        sys.stdout.write(render())
    else:
        (SET / "gold.json").write_text(render(), encoding="utf-8")
        print(f"wrote {SET / 'gold.json'}")
