#!/usr/bin/env python3
"""Writes bench/heldout31/gold.json: the hand-made gold standard for bench/heldout31/articles.

Run from anywhere:  python bench/heldout31/check/gold_src.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

A1 = "01_aps_azawad.txt"
A2 = "02_ocmedia_david_gareja.txt"
A3 = "03_globeandmail_northwest_passage.txt"
A4 = "04_antara_ashmore_reef.txt"
A5 = "05_coloradoan_lincoln_center.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = """Writes bench/heldout31/gold.json: the hand-made gold standard for bench/heldout31/articles.

Every fact below was read off the five invented articles by hand; the extractor code was not read.
Conventions (as in shared/eval/seeds-gold.json):
- quotes: `key` is a distinctive verbatim stretch of the quote's own words. `required` = a full
  statement with an explicit speaker (name, surname, title, pronoun, or a role or body that resolves
  to a named person, organisation or country), including sentences after the cue, cue-less
  continuation paragraphs and each paragraph of a multi-paragraph quote. `optional` = partial quotes
  and fragments, subhead echoes, and words also credited to a second holder.
- unattributed: scare quotes, coined terms, subheads and related headlines that nobody in the text says.
  Anonymous speakers (a diplomat, an ABF spokesperson's words are credited to the ABF itself) are not
  listed as speakers.
- stances: polarity follows the wording. Required = explicit stances of a country (also through a
  minister, spokesperson, ambassador, embassy or 'his country'). Optional = a claimant's own claim
  stated without a recognition verb. No stance for questions, hypotheticals, non-country holders.
- positions: `of_any` is empty when no organisation or country is named with the title. Former titles
  and author footers are required; seats, ranks and occupations are optional. `former` marks former titles.
- relations: only what the text states (spouse, sharesBorderWith, invaded, memberOf, locatedIn).
- entities: every person, organisation, country, territory and place named in the article text,
  including bylines, photo credits, footers and related-link lines. Not entities: seas, straits, gulfs,
  lakes, reefs' marine parks, streets, buildings, monasteries, vessels, agreements, routes, platforms
  and descriptive unnamed bodies ("Georgia's Foreign Ministry", "the Russian embassy in Ottawa").
- every stance, position and relation carries an `evidence` string copied verbatim from its article."""


def P(name, *aliases):
    return {"type": "Person", "name": name, "aliases": list(aliases)}


def O(name, *aliases):
    return {"type": "Organization", "name": name, "aliases": list(aliases)}


def C(name, *aliases):
    return {"type": "Country", "name": name, "aliases": list(aliases)}


def T(name, *aliases):
    return {"type": "Territory", "name": name, "aliases": list(aliases)}


def L(name, *aliases):
    return {"type": "Place", "name": name, "aliases": list(aliases)}


ENTITIES = [
    # --- 01 APS / Azawad
    P("Nadir Belkacemi", "Belkacemi"),
    P("Moussa Ag Intallah", "Ag Intallah"),
    P("Bakary Konaté", "Konaté", "Bakary Konate", "Konate"),
    P("Aminata Coulibaly", "Coulibaly"),
    P("Samira Bensalem", "Bensalem"),
    C("Algeria"),
    C("Mali", "Republic of Mali"),
    C("Niger"),
    C("Burkina Faso"),
    C("Mauritania"),
    C("Morocco"),
    T("Azawad", "State of Azawad"),
    L("Algiers"),
    L("Kidal"),
    L("Bamako"),
    L("Gao"),
    L("Timbuktu"),
    L("Niamey"),
    L("Bassikounou"),
    L("Nouakchott"),
    L("Rabat"),
    L("Dakar"),
    L("Cairo"),
    L("Sahel", "the Sahel"),
    O("APS", "Algérie Presse Service", "Algeria Press Service"),
    O("Azawad Liberation Front", "FLA"),
    O("Alliance of Sahel States", "AES"),
    O("African Union Commission", "AU Commission"),
    O("Organisation of African Unity", "OAU", "Organization of African Unity"),
    O("University of Algiers 1", "University of Algiers"),
    O("ECOWAS", "Economic Community of West African States"),
    # --- 02 OC Media / David Gareja
    P("Mariam Chkheidze", "Chkheidze"),
    P("Ilarion Tsiklauri", "Father Ilarion", "Ilarion", "Tsiklauri", "Father Ilarion Tsiklauri"),
    P("Nino Gelashvili", "Gelashvili"),
    P("Hikmat Mammadli", "Mammadli"),
    P("Serkan Doğru", "Doğru", "Serkan Dogru", "Dogru"),
    P("Davit Zhvania", "Zhvania"),
    P("Ani Tsereteli", "Tsereteli"),
    P("Tamar Beridze", "Beridze"),
    P("Giorgi Abashidze", "Abashidze"),
    P("Zurab Mchedlidze", "Zurab"),
    P("Lela Mchedlidze", "Lela"),
    C("Georgia"),
    C("Azerbaijan"),
    C("Turkey", "Türkiye"),
    C("Russia"),
    T("David Gareja", "Keshikchidag", "David Gareja complex", "David Gareja monastery complex",
      "Keshikchidag reserve"),
    L("Tbilisi"),
    L("Baku"),
    L("Udabno"),
    L("Kakheti", "Kakheti region"),
    L("Agstafa District", "Agstafa"),
    O("OC Media"),
    O("Organization of Turkic States", "OTS"),
    O("Georgian Dream"),
    O("United National Movement", "UNM"),
    O("Georgian Foundation for Strategic and International Studies", "GFSIS"),
    O("Georgian Orthodox Church", "Patriarchate"),
    # --- 03 Globe and Mail / Northwest Passage
    P("Marie-Ève Laroche", "Laroche", "Marie-Eve Laroche"),
    P("Adrian Whitcombe", "Whitcombe"),
    P("Claire Desrosiers", "Desrosiers", "Ms. Desrosiers"),
    P("Trevor Haldane", "Haldane"),
    P("Douglas Pruitt", "Pruitt"),
    P("Heather Lindqvist", "Lindqvist"),
    P("Gérard Lemieux", "Lemieux", "Gerard Lemieux"),
    P("Elisapi Qaunaq", "Qaunaq", "Ms. Qaunaq"),
    P("Simon Kilabuk", "Kilabuk"),
    P("Brent Macallister", "Macallister"),
    P("Marco Delgado", "Delgado"),
    C("Canada"),
    C("United States", "U.S.", "US", "USA", "United States of America"),
    C("Britain", "United Kingdom", "UK", "U.K."),
    C("China"),
    T("Northwest Passage", "North-West Passage"),
    T("Arctic Archipelago", "Canadian Arctic Archipelago"),
    L("Ottawa"),
    L("Washington", "Washington, D.C."),
    L("Nunavut"),
    L("Cambridge Bay"),
    L("Gjoa Haven"),
    L("Iqaluit"),
    L("Beijing"),
    L("Moscow"),
    O("The Globe and Mail", "Globe and Mail", "The Globe and Mail Inc."),
    O("Global Affairs Canada"),
    O("State Department", "U.S. State Department", "Department of State"),
    O("U.S. Coast Guard", "US Coast Guard", "United States Coast Guard"),
    O("NATO", "North Atlantic Treaty Organization"),
    O("European Union", "EU"),
    O("Foreign Office"),
    O("University of Calgary"),
    O("Inuit Tapiriit Kanatami", "ITK"),
    O("House of Commons"),
    O("Conservative Party of Canada", "Conservative Party", "Conservatives", "Conservative"),
    # --- 04 ANTARA / Ashmore Reef
    P("Yohanes Bria Seran", "Seran"),
    P("Anton Wibisono Hadi"),
    P("Teguh Prasetyo Wardhana", "Wardhana"),
    P("Yosef Lenggu", "Lenggu"),
    P("Daniel Ndun"),
    P("Markus Ndun", "Markus"),
    P("Martha Ndun"),
    P("Agustinus Haning", "Haning"),
    P("Yulius Benu", "Benu"),
    P("Hendrikus Manafe", "Manafe"),
    C("Indonesia"),
    C("Australia"),
    C("Japan"),
    C("Timor-Leste", "East Timor"),
    T("Ashmore Reef", "Pulau Pasir"),
    T("Cartier Island"),
    L("Kupang"),
    L("East Nusa Tenggara", "E Nusa Tenggara"),
    L("Rote", "Rote Island"),
    L("Papela"),
    L("Rote Ndao District", "Rote Ndao"),
    L("Jakarta"),
    L("Darwin"),
    L("Canberra"),
    L("Timor"),
    L("Bali"),
    O("ANTARA", "ANTARA News", "Indonesian News Agency", "Antara"),
    O("Australian Border Force", "ABF"),
    O("East Nusa Tenggara Fisheries and Maritime Affairs Office"),
    O("House of Representatives"),
    O("NasDem Party", "NasDem"),
    O("ASEAN", "Association of Southeast Asian Nations"),
    # --- 05 Coloradoan / Lincoln Center
    P("Kelsey Varga", "Varga"),
    P("Jordan Pell", "Pell"),
    P("Rachel Oduya", "Oduya"),
    P("Amy Castellanos", "Castellanos"),
    P("Brendan Hoyt", "Hoyt"),
    P("Harold Whitlock"),
    P("Denise Whitlock"),
    P("Katrina Moser", "Moser"),
    P("Luis Archuleta", "Archuleta"),
    L("Fort Collins"),
    L("Larimer County"),
    O("Coloradoan", "Fort Collins Coloradoan", "The Coloradoan"),
    O("USA TODAY Network", "USA Today Network"),
    O("Lincoln Center"),
    O("Colorado Creative Industries"),
    O("Colorado Office of Economic Development and International Trade"),
    O("Fort Collins Symphony"),
    O("Colorado State University", "CSU"),
]

NOT_PERSON = [
    # 01
    "Colonel", "Ag", "Malian", "Malians", "Algerian", "Kidal", "Timbuktu", "Bassikounou", "Azawad",
    "State of Azawad", "Sahel",
    # 02
    "David Gareja", "Gareja", "Father", "Bertubani", "Udabno", "Keshikchidag", "Georgian Dream",
    "St David Lavra", "Lavra", "Azerbaijanis", "Middle Corridor", "Patriarchate",
    # 03
    "Healy", "Hormuz", "Malacca", "Gjoa Haven", "Cambridge Bay", "Nunavut", "Inuit", "Parliament Hill",
    "Ms.", "Premier", "Northern Sea Route", "Global Affairs Canada",
    # 04
    "Pulau Pasir", "Papela", "Rote", "Rote Ndao", "NasDem", "Commission I", "Ashmore",
    # 05
    "Lincoln Center", "Magnolia", "Magnolia Street", "Performance Hall", "Councilmember", "Mayor",
    "State Rep.", "Keep Fort Collins Great", "Old Town Square", "Fort Collins Symphony",
]


def q(speaker, key, doc, status="required"):
    return {"speaker": speaker, "key": key, "docs": [doc], "status": status}


QUOTES = [
    # --- 01
    q("Nadir Belkacemi", "Algeria's position has not changed and it will not change", A1),
    q("Nadir Belkacemi", "We recognise one Mali, within the borders it inherited at independence", A1),
    q("Azawad Liberation Front", "all friendly nations", A1, "optional"),
    q("Azawad Liberation Front", "channels of communication", A1, "optional"),
    q("Moussa Ag Intallah", "administered the territory for two years", A1, "optional"),
    q("Moussa Ag Intallah", "We are not asking Algiers for favours", A1),
    q("Moussa Ag Intallah", "The people of Azawad have voted with their feet", A1),
    q("Nadir Belkacemi", "Hypotheses are not policy", A1),
    q("Nadir Belkacemi", "Whatever happens on the other side of our border happens to us as well", A1),
    q("Nadir Belkacemi", "stands ready", A1, "optional"),
    q("Nadir Belkacemi", "without preconditions and without foreign interference", A1, "optional"),
    q("Mali", "The Government of the Republic of Mali reminds national and international opinion", A1),
    q("Bakary Konaté", "The Government of the Republic of Mali reminds national and international opinion", A1,
      "optional"),
    q("Niger", "under any circumstances", A1, "optional"),
    q("Burkina Faso", "under any circumstances", A1, "optional"),
    q("Niger", "an instrument of destabilisation", A1, "optional"),
    q("Burkina Faso", "an instrument of destabilisation", A1, "optional"),
    q("African Union Commission", "rejects any attempt to undermine the unity and territorial integrity of Mali",
      A1, "optional"),
    q("Aminata Coulibaly", "Nobody in Kidal expects an embassy to open next month", A1),
    q("Aminata Coulibaly", "They want to show that they still exist", A1),
    q("Samira Bensalem", "Not a prize", A1, "optional"),
    q("Samira Bensalem", "Recognition is not a prize for holding a town", A1),
    q("Samira Bensalem", "No state in this region has any interest in opening that door", A1),
    # --- 02
    q("Ilarion Tsiklauri", "They did not tell us, they did not ask us", A2),
    q("Ilarion Tsiklauri", "One morning it was there, with a flag on it", A2),
    q("Nino Gelashvili", "Unacceptable", A2, "optional"),
    q("Nino Gelashvili", "an unacceptable unilateral step", A2, "optional"),
    q("Nino Gelashvili", "Georgia does not and will not recognise Azerbaijani jurisdiction", A2),
    q("Nino Gelashvili", "This is a question of our history and our faith, not of surveying", A2),
    q("Hikmat Mammadli", "a routine installation on Azerbaijani soil", A2, "optional"),
    q("Hikmat Mammadli", "Azerbaijan has always guaranteed free access for Georgian pilgrims", A2),
    q("Hikmat Mammadli", "But access is one thing. Sovereignty is another.", A2),
    q("Serkan Doğru", "fully respects Azerbaijan's sovereignty over Keshikchidag", A2, "optional"),
    q("Turkey", "fully respects Azerbaijan's sovereignty over Keshikchidag", A2, "optional"),
    q("Serkan Doğru", "in the brotherly spirit of the Middle Corridor", A2, "optional"),
    q("Davit Zhvania", "Every map we brought, they brought another one", A2),
    q("Davit Zhvania", "We came close twice", A2),
    q("Ani Tsereteli", "The government wants calm with Azerbaijan at almost any price", A2),
    q("Ani Tsereteli", "That is the whole story of David Gareja", A2),
    q("Tamar Beridze", "friends who happen to share a ridge", A2, "optional"),
    q("Giorgi Abashidze", "selling monasteries for pipelines", A2, "optional"),
    q("Georgian Orthodox Church", "prays for a peaceful solution", A2, "optional"),
    q("Georgian Orthodox Church", "no watchtower will stop the liturgy", A2, "optional"),
    q("Zurab Mchedlidze", "Since Russia invaded Georgia in 2008, people here get nervous", A2),
    q("Zurab Mchedlidze", "But this is not that. Azerbaijanis are our neighbours", A2),
    q("Lela Mchedlidze", "Pilgrims are still coming, but they ask us now", A2),
    q("Lela Mchedlidze", "Pilgrims are still coming", A2, "optional"),
    # --- 03
    q("Claire Desrosiers", "deep disappointment", A3, "optional"),
    q("Claire Desrosiers", "The Northwest Passage is Canadian. Full stop", A3),
    q("Claire Desrosiers", "We have always welcomed our American friends in our Arctic waters", A3),
    q("State Department", "as an exercise of the right of transit passage", A3, "optional"),
    q("Trevor Haldane", "The United States has never recognized Canada's claim", A3),
    q("Trevor Haldane", "an international strait, like Hormuz or Malacca", A3, "optional"),
    q("Douglas Pruitt", "fully recognizes Canadian sovereignty over the islands of the Arctic Archipelago", A3,
      "optional"),
    q("Douglas Pruitt", "not a challenge to a friend", A3, "optional"),
    q("China", "near-Arctic state", A3, "optional"),
    q("Heather Lindqvist", "This is a message to Beijing as much as to Ottawa", A3),
    q("Heather Lindqvist", "If the Americans ever conceded that the passage is Canadian", A3),
    q("Gérard Lemieux", "a gentleman's arrangement that only works when both gentlemen are paying attention",
      A3, "optional"),
    q("Elisapi Qaunaq", "long before anyone in Ottawa or Washington drew a line on a chart", A3, "optional"),
    q("Elisapi Qaunaq", "Our use and occupancy is the foundation of Canada's claim", A3),
    q("Simon Kilabuk", "We want more ships to stop in our communities, not fewer", A3),
    q("Simon Kilabuk", "But they have to stop, and they have to ask", A3),
    q("Brent Macallister", "You cannot assert sovereignty with press releases", A3),
    # --- 04
    q("Teguh Prasetyo Wardhana", "Our priority is the welfare of the eleven crew members", A4),
    q("Teguh Prasetyo Wardhana", "There is no dispute between Indonesia and Australia over the status of the reef",
      A4),
    q("Australian Border Force", "The vessel was intercepted by an Australian Border Force patrol", A4),
    q("Australia", "the special place of traditional fishers", A4, "optional"),
    q("Yosef Lenggu", "Our grandfathers sailed to Pulau Pasir long before Japan invaded Timor", A4),
    q("Yosef Lenggu", "Now our sons are arrested there like thieves", A4),
    q("Yosef Lenggu", "We are not asking for war", A4),
    q("Martha Ndun", "He only wanted to earn money for his school fees", A4),
    q("Agustinus Haning", "We will send a team to Papela this week", A4),
    q("Yulius Benu", "the 1974 arrangement is outdated", A4, "optional"),
    q("Hendrikus Manafe", "Back then, we had dozens of cases every year", A4),
    # --- 05
    q("Rachel Oduya", "This building has been the living room of this city", A5),
    q("Rachel Oduya", "Living rooms need new furniture now and then", A5),
    q("Amy Castellanos", "We get letters about the seats. We get letters about the stairs", A5),
    q("Amy Castellanos", "Nobody sits in those seats for fun", A5),
    q("Amy Castellanos", "at the end of its safe life", A5, "optional"),
    q("Brendan Hoyt", "I'm not against a better theater", A5),
    q("Fort Collins Symphony", "We are grateful to CSU for taking us in", A5),
    q("Fort Collins Symphony", "We will be back in the hall for the holidays", A5),
    q("Harold Whitlock", "We've been sitting in row M for 45 years", A5),
    q("Denise Whitlock", "He says that every year", A5),
    q("Denise Whitlock", "But I'll miss the squeak, honestly", A5),
    q("Katrina Moser", "a building that was designed for the audience of 1978", A5, "optional"),
    q("Katrina Moser", "Back then, nobody thought about wheelchair users in the balcony", A5),
    q("Katrina Moser", "The bones are good. The rest needed to catch up", A5),
]

UNATTRIBUTED = [
    "Azawad", "State of Azawad", "closed chapter", "inclusive",
    "Monastery diplomacy", "A ridge too far",
    "We were here first",
    "second opening night",
]


def s(country, stance, territory_any, doc, evidence, status="required"):
    return {"country": country, "stance": stance, "territory_any": territory_any, "docs": [doc],
            "status": status, "evidence": evidence}


AZ = ["Azawad"]
DG = ["David Gareja", "Keshikchidag"]
NWP = ["Northwest Passage", "passage"]
ARC = ["Arctic Archipelago"]
ASH = ["Ashmore", "Pulau Pasir"]
CAR = ["Cartier"]

STANCES = [
    s("Algeria", "doesNotRecognise", AZ, A1,
      'Algeria does not recognise and will not recognise the so-called "State of Azawad"'),
    s("Niger", "doesNotRecognise", AZ, A1,
      'said in a joint statement issued in Niamey that neither would recognise Azawad "under any circumstances"'),
    s("Burkina Faso", "doesNotRecognise", AZ, A1,
      'said in a joint statement issued in Niamey that neither would recognise Azawad "under any circumstances"'),
    s("Mauritania", "doesNotRecognise", AZ, A1, "has never recognised Azawad either"),
    s("Mali", "doesNotRecognise", AZ, A1,
      "The Government of the Republic of Mali reminds national and international opinion that there is no Azawad",
      "optional"),
    s("Georgia", "doesNotRecognise", DG, A2,
      "Georgia does not and will not recognise Azerbaijani jurisdiction over any part of the David Gareja complex"),
    s("Azerbaijan", "doesNotRecognise", DG, A2,
      "He said his country did not recognise any part of the Keshikchidag reserve as Georgian territory"),
    s("Azerbaijan", "recognises", DG, A2,
      "Baku calls the area on its side the Keshikchidag reserve, part of Azerbaijan's Agstafa District", "optional"),
    s("Turkey", "recognises", DG, A2, "Turkey 'fully respects Azerbaijan's sovereignty over Keshikchidag,'"),
    s("United States", "doesNotRecognise", NWP, A3,
      "The United States has never recognized Canada's claim that the waters of the Northwest Passage are "
      "internal waters, and we do not recognize it today"),
    s("United States", "recognises", ARC, A3,
      'writing that his country "fully recognizes Canadian sovereignty over the islands of the Arctic Archipelago"'),
    s("Britain", "doesNotRecognise", NWP, A3,
      "Britain has likewise declined to recognize the passage as Canadian internal waters"),
    s("Russia", "recognises", NWP, A3,
      "Moscow, which makes a similar argument about its own Northern Sea Route, recognizes the Northwest Passage "
      "as Canadian internal waters"),
    s("Canada", "recognises", NWP, A3, "The Northwest Passage is Canadian. Full stop,", "optional"),
    s("Indonesia", "recognises", ASH, A4,
      "He affirmed that Indonesia recognises Australia's sovereignty over Ashmore Reef and Cartier Island"),
    s("Indonesia", "recognises", CAR, A4,
      "He affirmed that Indonesia recognises Australia's sovereignty over Ashmore Reef and Cartier Island"),
    s("Australia", "doesNotRecognise", ASH, A4,
      "Australia does not recognise any claim of customary ownership over Ashmore Reef"),
    s("Timor-Leste", "recognises", ASH, A4,
      "has likewise recognised Ashmore Reef as Australian territory and has made no claim of its own"),
]


def pos(person, title_any, of_any, doc, evidence, status="required", former=False):
    return {"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc], "status": status,
            "former": former, "evidence": evidence}


POSITIONS = [
    # 01
    pos("Nadir Belkacemi", ["Minister of Foreign Affairs", "foreign minister", "minister"],
        ["Algeria", "Algerian", "Foreign Affairs"], A1,
        "Minister of Foreign Affairs and the National Community Abroad Nadir Belkacemi"),
    pos("Moussa Ag Intallah", ["spokesman", "spokesperson"], ["Azawad Liberation Front", "FLA", "front"], A1,
        "Moussa Ag Intallah, the front's spokesman"),
    pos("Bakary Konaté", ["spokesperson", "spokesman"], ["Mali", "transitional government", "government"], A1,
        "its spokesperson, Colonel Bakary Konaté"),
    pos("Bakary Konaté", ["Colonel"], [], A1, "Colonel Bakary Konaté", "optional"),
    pos("Aminata Coulibaly", ["foreign minister", "minister"], ["Mali", "Malian"], A1,
        "Former Malian foreign minister Aminata Coulibaly", former=True),
    pos("Samira Bensalem", ["lecturer"], ["University of Algiers"], A1,
        "Samira Bensalem, lecturer in international law at the University of Algiers 1"),
    # 02
    pos("Ilarion Tsiklauri", ["abbot"], ["St David Lavra", "Lavra"], A2,
        "Father Ilarion Tsiklauri, the abbot of the St David Lavra"),
    pos("Nino Gelashvili", ["spokesperson", "spokeswoman"], ["Foreign Ministry", "Georgia"], A2,
        "Its spokesperson, Nino Gelashvili"),
    pos("Hikmat Mammadli", ["spokesman", "spokesperson"], ["Foreign Ministry", "Azerbaijan"], A2,
        "Hikmat Mammadli, spokesman for Azerbaijan's Foreign Ministry"),
    pos("Serkan Doğru", ["ambassador"], ["Turkey", "Turkish", "Türkiye"], A2,
        "Turkey's ambassador in Baku, Serkan Doğru"),
    pos("Davit Zhvania", ["deputy foreign minister", "foreign minister", "minister"], ["Georgia"], A2,
        "Davit Zhvania, a former deputy foreign minister of Georgia", former=True),
    pos("Ani Tsereteli", ["senior fellow", "fellow"],
        ["Georgian Foundation for Strategic and International Studies", "GFSIS"], A2,
        "Ani Tsereteli, a senior fellow at the Georgian Foundation for Strategic and International Studies"),
    pos("Tamar Beridze", ["MP"], ["Georgian Dream", "parliament"], A2, "Georgian Dream MP Tamar Beridze",
        "optional"),
    pos("Mariam Chkheidze", ["correspondent"], ["OC Media"], A2,
        "Mariam Chkheidze is OC Media's Tbilisi correspondent."),
    # 03
    pos("Claire Desrosiers", ["Foreign Affairs Minister", "foreign minister", "minister"],
        ["Canada", "Canadian", "Foreign Affairs"], A3, "Foreign Affairs Minister Claire Desrosiers"),
    pos("Trevor Haldane", ["spokesperson", "spokesman"], ["State Department"], A3,
        "State Department spokesperson Trevor Haldane"),
    pos("Douglas Pruitt", ["ambassador"], ["United States", "U.S.", "Canada"], A3,
        "U.S. Ambassador to Canada Douglas Pruitt"),
    pos("Heather Lindqvist", ["professor"], ["University of Calgary", "School of Public Policy"], A3,
        "Heather Lindqvist, a professor at the University of Calgary's School of Public Policy"),
    pos("Gérard Lemieux", ["ambassador"], ["Canada", "Canadian", "Washington"], A3,
        "Former Canadian ambassador to Washington Gérard Lemieux", former=True),
    pos("Elisapi Qaunaq", ["president"], ["Inuit Tapiriit Kanatami"], A3,
        "Elisapi Qaunaq, president of Inuit Tapiriit Kanatami"),
    pos("Simon Kilabuk", ["Premier"], ["Nunavut"], A3, "Nunavut Premier Simon Kilabuk"),
    pos("Brent Macallister", ["critic"], ["Conservative"], A3,
        "Conservative foreign affairs critic Brent Macallister", "optional"),
    pos("Marco Delgado", ["Secretary of State"], [], A3, "Secretary of State Marco Delgado"),
    # 04
    pos("Teguh Prasetyo Wardhana", ["spokesperson", "spokesman"], ["Ministry", "Foreign Affairs", "Indonesia"], A4,
        "Ministry spokesperson Teguh Prasetyo Wardhana"),
    pos("Yosef Lenggu", ["customary leader", "leader"], [], A4, "Yosef Lenggu, a customary leader from Papela village",
        "optional"),
    pos("Agustinus Haning", ["head"], ["East Nusa Tenggara Fisheries and Maritime Affairs Office", "Fisheries"], A4,
        "Agustinus Haning, head of the East Nusa Tenggara Fisheries and Maritime Affairs Office"),
    pos("Yulius Benu", ["Member"], ["House of Representatives", "Commission I"], A4,
        "Member of the House of Representatives' Commission I Yulius Benu", "optional"),
    pos("Hendrikus Manafe", ["consul"], ["Indonesia", "Indonesian", "Darwin"], A4,
        "Hendrikus Manafe, former Indonesian consul in Darwin", former=True),
    pos("Yohanes Bria Seran", ["Reporter"], [], A4, "Reporter: Yohanes Bria Seran"),
    pos("Anton Wibisono Hadi", ["Editor"], [], A4, "Editor: Anton Wibisono Hadi"),
    # 05
    pos("Rachel Oduya", ["Mayor"], [], A5, "Mayor Rachel Oduya"),
    pos("Amy Castellanos", ["director"], ["Lincoln Center"], A5, "Lincoln Center director Amy Castellanos"),
    pos("Brendan Hoyt", ["Councilmember"], [], A5, "Councilmember Brendan Hoyt", "optional"),
    pos("Luis Archuleta", ["State Rep", "Rep"], [], A5, "State Rep. Luis Archuleta", "optional"),
]


def r(subject, predicate, obj, doc, evidence, status="required"):
    return {"subject": subject, "predicate": predicate, "object": obj,
            "symmetric": predicate in ("spouse", "sharesBorderWith"), "docs": [doc], "status": status,
            "evidence": evidence}


RELATIONS = [
    # 01
    r("Algeria", "sharesBorderWith", "Mali", A1, "Algeria, which shares a border of some 1,400 kilometres with Mali"),
    r("Niger", "memberOf", "Alliance of Sahel States", A1,
      "Niger and Burkina Faso, which together with Mali make up the Alliance of Sahel States (AES)"),
    r("Burkina Faso", "memberOf", "Alliance of Sahel States", A1,
      "Niger and Burkina Faso, which together with Mali make up the Alliance of Sahel States (AES)"),
    r("Mali", "memberOf", "Alliance of Sahel States", A1,
      "Niger and Burkina Faso, which together with Mali make up the Alliance of Sahel States (AES)"),
    r("Kidal", "locatedIn", "Mali", A1, "Kidal, in north-eastern Mali,"),
    r("Bassikounou", "locatedIn", "Mauritania", A1,
      "Mauritania, which hosts tens of thousands of Malian refugees near Bassikounou, in the south-east of the country"),
    # 02
    r("Georgia", "sharesBorderWith", "Azerbaijan", A2, "the some 430 kilometres of border Georgia shares with Azerbaijan"),
    r("Agstafa District", "locatedIn", "Azerbaijan", A2, "part of Azerbaijan's Agstafa District"),
    r("Turkey", "memberOf", "Organization of Turkic States", A2,
      "Turkey and Azerbaijan are both members of the Organization of Turkic States"),
    r("Azerbaijan", "memberOf", "Organization of Turkic States", A2,
      "Turkey and Azerbaijan are both members of the Organization of Turkic States"),
    r("Tamar Beridze", "memberOf", "Georgian Dream", A2, "Georgian Dream MP Tamar Beridze"),
    r("Giorgi Abashidze", "memberOf", "United National Movement", A2,
      "Giorgi Abashidze of the opposition United National Movement"),
    r("Udabno", "locatedIn", "Kakheti", A2, "In Udabno, a village in Georgia's Kakheti region"),
    r("Kakheti", "locatedIn", "Georgia", A2, "In Udabno, a village in Georgia's Kakheti region"),
    r("Zurab Mchedlidze", "spouse", "Lela Mchedlidze", A2,
      "Zurab Mchedlidze runs a guesthouse with his wife Lela Mchedlidze"),
    r("Russia", "invaded", "Georgia", A2, "Since Russia invaded Georgia in 2008"),
    # 03
    r("Canada", "sharesBorderWith", "United States", A3,
      "Canada and the United States, which share the world's longest land border"),
    r("Canada", "memberOf", "NATO", A3,
      "Canada and the United States, which share the world's longest land border and are both founding members of NATO"),
    r("United States", "memberOf", "NATO", A3,
      "Canada and the United States, which share the world's longest land border and are both founding members of NATO"),
    r("Cambridge Bay", "locatedIn", "Nunavut", A3,
      "In Nunavut, where the passage runs past communities such as Cambridge Bay and Gjoa Haven"),
    r("Gjoa Haven", "locatedIn", "Nunavut", A3,
      "In Nunavut, where the passage runs past communities such as Cambridge Bay and Gjoa Haven"),
    r("Brent Macallister", "memberOf", "Conservative Party of Canada", A3,
      "Conservative foreign affairs critic Brent Macallister"),
    # 04
    r("Japan", "invaded", "Timor", A4, "long before Japan invaded Timor"),
    r("Timor-Leste", "sharesBorderWith", "Indonesia", A4, "Timor-Leste, which borders Indonesia on the island of Timor"),
    r("Timor-Leste", "memberOf", "ASEAN", A4, "Timor-Leste became the eleventh member of ASEAN in October 2025"),
    r("Yulius Benu", "memberOf", "NasDem Party", A4, "Yulius Benu of the NasDem Party"),
    r("Martha Ndun", "spouse", "Daniel Ndun", A4, "His wife, Martha Ndun,"),
    r("Papela", "locatedIn", "Rote Ndao District", A4, "In Papela, a fishing village in Rote Ndao District"),
    r("Rote Ndao District", "locatedIn", "East Nusa Tenggara", A4,
      "Papela harbour, Rote Ndao District, East Nusa Tenggara"),
    r("Kupang", "locatedIn", "East Nusa Tenggara", A4, "Kupang, E Nusa Tenggara (ANTARA)"),
    # 05
    r("Harold Whitlock", "spouse", "Denise Whitlock", A5, "His wife laughed."),
    r("Fort Collins", "locatedIn", "Larimer County", A5,
      "Fort Collins, a city of about 170,000 people in Larimer County"),
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
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    (SET / "gold.json").write_text(render(), encoding="utf-8")
    print(f"wrote {SET / 'gold.json'}")
