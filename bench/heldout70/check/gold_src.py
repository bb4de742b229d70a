#!/usr/bin/env python3
"""Writes bench/heldout70/gold.json (run from anywhere)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = ["01_omanobserver_kuria_muria.txt", "02_kyivpost_palanca.txt", "03_santiagotimes_southern_shelf.txt",
     "04_jpost_jordan_valley.txt", "05_dutchnews_deventer_pool.txt"]

ABOUT = """Gold standard for bench/heldout70 (five invented articles; every person is fictional).
Format as shared/eval/seeds-gold.json, read by shared/eval/score.py.
quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an explicit
speaker (name, surname, pronoun, role or organisation), including sentences after the cue, colon quotes and
every paragraph of a multi-paragraph quote. `optional` = partial quotes, headline/deck echoes and second
holders of the same words (a ministry's words also credited to its country). Anonymous speakers are not listed.
`unattributed` = quoted strings with no speaker (headline slogans, subheads).
stances: polarity follows the wording; required = explicit stances of a country (holder given as country,
government, capital or a minister speaking for it); optional = a claimant's own claim, conditionals
(`would not recognise ... until`). Questions, hypotheticals, `is expected to recognise`, `has not said whether`
and holders that are not countries give no stance.
positions: required = titles stated for named people (incl. former posts and author footers); optional =
parliamentary seats, occupations, verb-only descriptions. of_any empty when no organisation is named.
relations: only those stated in the text (spouse, sharesBorderWith, invaded, annexed, memberOf, locatedIn).
entities: every person, organisation, country, territory and place named in the article, including bylines,
photo credits, footers and copyright lines; not seas, rivers, channels, roads, bridges, buildings, pools,
vessels, treaties or social platforms. Capitals are places, not aliases of their country."""

ents, quotes, stances, positions, relations, unatt, notp = [], [], [], [], [], [], []


def E(doc, typ, name, *aliases):
    for e in ents:
        if e["name"] == name:
            e["docs"].append(D[doc]); return
    ents.append({"type": typ, "name": name, "aliases": list(aliases), "docs": [D[doc]]})


def Q(doc, key, speaker, status="required"):
    quotes.append({"key": key, "speaker": speaker, "status": status, "docs": [D[doc]]})


def S(doc, country, stance, terr, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "status": status,
                    "docs": [D[doc]], "evidence": evidence})


def P(doc, person, titles, of, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "status": status,
                      "former": former, "docs": [D[doc]], "evidence": evidence})


def R(doc, s, p, o, evidence):
    relations.append({"subject": s, "predicate": p, "object": o,
                      "symmetric": p in ("spouse", "sharesBorderWith"), "status": "required",
                      "docs": [D[doc]], "evidence": evidence})


# ---------------------------------------------------------------- 01
d = 0
for t, n, *a in [
    ("Organization", "Oman Observer", "Observer"), ("Organization", "Oman's Ministry of Foreign Affairs"),
    ("Organization", "Oman News Agency", "ONA"), ("Organization", "Yemen's House of Representatives", "House of Representatives"),
    ("Organization", "General People's Congress"), ("Organization", "Aden Al Mustaqilah"),
    ("Organization", "British Embassy in Muscat"), ("Organization", "International Court of Justice"),
    ("Organization", "United Nations"), ("Organization", "Sultan Qaboos University"),
    ("Organization", "Gulf Cooperation Council"), ("Organization", "Oman Establishment for Press, Publication and Advertising"),
    ("Country", "Oman"), ("Country", "Yemen"), ("Country", "Saudi Arabia"), ("Country", "United Kingdom"),
    ("Country", "United Arab Emirates"),
    ("Territory", "Hallaniyat Islands", "Kuria Muria Islands", "Hallaniyat"),
    ("Place", "Al Hallaniyah"), ("Place", "Muscat"), ("Place", "Aden"), ("Place", "Mahra"), ("Place", "Hadramout"),
    ("Place", "Riyadh"), ("Place", "Salalah"), ("Place", "Dhofar Governorate", "Dhofar"), ("Place", "Shuwaymiyah"),
    ("Person", "Salim bin Nasser Al Harthy", "Al Harthy"), ("Person", "Khalfan Al Rawahi", "Al Rawahi"),
    ("Person", "Abdulwahab Saleh Al Maqtari", "Al Maqtari"), ("Person", "Nabil Ahmed Al Shaibani", "Al Shaibani"),
    ("Person", "Faisal Al Otaibi", "Al Otaibi"), ("Person", "Mariam bint Hamad Al Balushi", "Al Balushi", "Dr Mariam"),
    ("Person", "Ahmed Said Al Shahri", "Al Shahri"), ("Person", "Thuraya Ali Al Mahri", "Al Mahri")]:
    E(d, t, n, *a)
MFA_OM = "Oman's Ministry of Foreign Affairs"
Q(d, "Our islands, our waters", "Oman", "optional")
Q(d, "is not a subject for discussion", MFA_OM, "optional")
Q(d, "The Hallaniyat Islands are Omani territory under international law", MFA_OM)
Q(d, "The Hallaniyat Islands are Omani territory under international law", "Oman", "optional")
Q(d, "Their status is not a subject for discussion with any party", MFA_OM)
Q(d, "Their status is not a subject for discussion with any party", "Oman", "optional")
Q(d, "handed over without asking the people of the south", "Abdulwahab Saleh Al Maqtari", "optional")
Q(d, "I am not asking for war", "Abdulwahab Saleh Al Maqtari")
Q(d, "The fishermen of Mahra and Hadramout worked those waters", "Abdulwahab Saleh Al Maqtari")
Q(d, "nothing said on a television programme changes the position of the state", "Nabil Ahmed Al Shaibani", "optional")
Q(d, "We share a long border with Oman and a longer friendship", "Nabil Ahmed Al Shaibani")
Q(d, "Muscat stood with Yemenis through the worst years of the war", "Nabil Ahmed Al Shaibani")
Q(d, "A state cannot sign a boundary in 1992", "Mariam bint Hamad Al Balushi")
Q(d, "The Court would ask one question", "Mariam bint Hamad Al Balushi")
Q(d, "Nobody here has ever asked which flag flies over the school", "Ahmed Said Al Shahri")
Q(d, "The only thing we argue about on this island is the price of diesel", "Thuraya Ali Al Mahri")
HI = ["Hallaniyat Islands", "Kuria Muria Islands", "Hallaniyat"]
S(d, "Oman", "doesNotRecognise", HI, "Oman rejects any Yemeni claim to the Hallaniyat Islands")
S(d, "Yemen", "recognises", HI, "Yemen has recognised Omani sovereignty over the islands since 1992")
S(d, "Saudi Arabia", "recognises", HI, "The Kingdom backs Oman's sovereignty over the Hallaniyat Islands")
S(d, "United Kingdom", "doesNotRecognise", HI, "has never recognised any other claim to them")
S(d, "Oman", "recognises", HI, "The Hallaniyat Islands are Omani territory", "optional")
P(d, "Salim bin Nasser Al Harthy", ["senior reporter", "reporter"], ["Oman Observer"], "Salim bin Nasser Al Harthy is a senior reporter at the Oman Observer")
P(d, "Abdulwahab Saleh Al Maqtari", ["member"], ["House of Representatives"], "a member of Yemen's House of Representatives", "optional")
P(d, "Nabil Ahmed Al Shaibani", ["Deputy Minister of Foreign Affairs", "Deputy Minister", "Deputy Foreign Minister"], ["Yemen"], "Yemen's Deputy Minister of Foreign Affairs, Nabil Ahmed Al Shaibani")
P(d, "Faisal Al Otaibi", ["spokesperson", "spokesman"], ["Saudi"], "a spokesperson for the Saudi foreign ministry, Faisal Al Otaibi")
P(d, "Mariam bint Hamad Al Balushi", ["international law", "lecturer", "professor", "teacher"], ["Sultan Qaboos University"], "who teaches international law at Sultan Qaboos University", "optional")
R(d, "Oman", "sharesBorderWith", "Yemen", "Oman, which borders Yemen, Saudi Arabia and the United Arab Emirates")
R(d, "Oman", "sharesBorderWith", "Saudi Arabia", "Oman, which borders Yemen, Saudi Arabia and the United Arab Emirates")
R(d, "Oman", "sharesBorderWith", "United Arab Emirates", "Oman, which borders Yemen, Saudi Arabia and the United Arab Emirates")
R(d, "Saudi Arabia", "sharesBorderWith", "Yemen", "Saudi Arabia, which also shares a border with Yemen")
R(d, "Oman", "memberOf", "Gulf Cooperation Council", "Oman and Saudi Arabia are both members of the Gulf Cooperation Council")
R(d, "Saudi Arabia", "memberOf", "Gulf Cooperation Council", "Oman and Saudi Arabia are both members of the Gulf Cooperation Council")
R(d, "Abdulwahab Saleh Al Maqtari", "memberOf", "General People's Congress", "a member of Yemen's House of Representatives for the General People's Congress")
R(d, "Ahmed Said Al Shahri", "spouse", "Thuraya Ali Al Mahri", "lives there with his wife, Thuraya Ali Al Mahri")
R(d, "Salalah", "locatedIn", "Dhofar Governorate", "Salalah, the capital of Dhofar Governorate")
R(d, "Al Hallaniyah", "locatedIn", "Hallaniyat Islands", "Al Hallaniyah, the only inhabited island of the Hallaniyat Islands")
notp += ["Oman Observer", "Muscat", "Al Hallaniyah", "Hallaniyat", "Kuria Muria", "Aden Al Mustaqilah", "Sultan Qaboos",
         "Sultan Qaboos University", "Dhofar", "Shuwaymiyah", "Sultanate", "ONA", "Hadramout", "Mahra", "Omani", "Dr"]

# ---------------------------------------------------------------- 02
d = 1
for t, n, *a in [
    ("Organization", "Kyiv Post"), ("Organization", "Party of Socialists"),
    ("Organization", "Ministry of Foreign Affairs of Ukraine"), ("Organization", "NATO"), ("Organization", "European Union"),
    ("Organization", "Romanian Ministry of Foreign Affairs"), ("Organization", "Russian Embassy in Chisinau"),
    ("Organization", "Foreign Policy Association of Moldova"), ("Organization", "European Commission"),
    ("Country", "Moldova"), ("Country", "Ukraine"), ("Country", "Romania"), ("Country", "Russia"),
    ("Territory", "Palanca strip"),
    ("Place", "Palanca"), ("Place", "Odesa"), ("Place", "Reni"), ("Place", "Giurgiulești", "Giurgiulesti"),
    ("Place", "Chisinau"), ("Place", "Kyiv"), ("Place", "Ștefan Vodă District", "Stefan Voda District"),
    ("Place", "Tudora"), ("Place", "Brussels"), ("Place", "Moscow"),
    ("Person", "Oksana Hrytsenko", "Hrytsenko"), ("Person", "Denys Kovalchuk", "Kovalchuk"),
    ("Person", "Victor Rusnac", "Rusnac"), ("Person", "Igor Cebotari", "Cebotari"),
    ("Person", "Halyna Movchan", "Movchan"), ("Person", "Vasile Ciobanu", "Ciobanu"),
    ("Person", "Elena Rotaru", "Rotaru"), ("Person", "Natalia Postolache", "Postolache")]:
    E(d, t, n, *a)
unatt += ["The Question Is Closed", "Responsible partners"]
Q(d, "We signed this in 2017, and we are a country that keeps its word", "Victor Rusnac")
Q(d, "The road has been Ukrainian in practice for decades", "Victor Rusnac")
Q(d, "a gift made in a hurry", "Igor Cebotari", "optional")
Q(d, "Nobody asked the people of Palanca", "Igor Cebotari")
Q(d, "They will wake up tomorrow beside a foreign road", "Igor Cebotari")
Q(d, "Ukraine values the responsible position of our Moldovan partners", "Ministry of Foreign Affairs of Ukraine")
Q(d, "Ukraine values the responsible position of our Moldovan partners", "Ukraine", "optional")
Q(d, "For years, every truck from Odesa to the Danube ports", "Halyna Movchan")
Q(d, "Now the road, the land under it and the responsibility for it", "Halyna Movchan")
Q(d, "a model for the region", "Romanian Ministry of Foreign Affairs", "optional")
Q(d, "a model for the region", "Romania", "optional")
Q(d, "Whose flag is on the asphalt does not change the potholes", "Vasile Ciobanu")
Q(d, "We were promised a new road to Tudora in 2017", "Elena Rotaru")
Q(d, "It is a small strip with a large meaning", "Natalia Postolache")
Q(d, "Moldova has shown that it can settle a border issue", "Natalia Postolache")
PS = ["Palanca strip"]
S(d, "Moldova", "recognises", PS, "Moldova acknowledges Ukraine’s sovereignty over the Palanca strip")
S(d, "Romania", "recognises", PS, "considers the Palanca strip part of Ukraine under the 2017 treaty")
P(d, "Oksana Hrytsenko", ["correspondent"], ["Kyiv Post"], "Oksana Hrytsenko is a Kyiv Post correspondent")
P(d, "Victor Rusnac", ["Foreign Minister"], ["Moldova", "Moldovan"], "Moldovan Foreign Minister Victor Rusnac")
P(d, "Igor Cebotari", ["deputy"], ["Party of Socialists"], "Igor Cebotari, a deputy for the Party of Socialists", "optional")
P(d, "Halyna Movchan", ["Deputy Foreign Minister"], ["Ukraine", "Ukrainian", "Ministry of Foreign Affairs of Ukraine"], "Deputy Foreign Minister Halyna Movchan, who oversees relations with Ukraine’s neighbors")
P(d, "Vasile Ciobanu", ["bus driver"], [], "a retired bus driver", "optional", True)
P(d, "Natalia Postolache", ["senior analyst", "analyst"], ["Foreign Policy Association of Moldova"], "Natalia Postolache, a senior analyst at the Foreign Policy Association of Moldova")
R(d, "Moldova", "sharesBorderWith", "Romania", "Moldova, which borders only Romania and Ukraine")
R(d, "Moldova", "sharesBorderWith", "Ukraine", "Moldova, which borders only Romania and Ukraine")
R(d, "Russia", "invaded", "Ukraine", "Russia’s full-scale invasion of Ukraine")
R(d, "Romania", "memberOf", "NATO", "Romania, a member of NATO and the European Union")
R(d, "Romania", "memberOf", "European Union", "Romania, a member of NATO and the European Union")
R(d, "Igor Cebotari", "memberOf", "Party of Socialists", "Igor Cebotari, a deputy for the Party of Socialists")
R(d, "Vasile Ciobanu", "spouse", "Elena Rotaru", "His wife, Elena Rotaru")
R(d, "Palanca", "locatedIn", "Ștefan Vodă District", "a village in Ștefan Vodă District")
R(d, "Palanca", "locatedIn", "Moldova", "Palanca, a Moldovan village")
notp += ["Kyiv Post", "Palanca", "Giurgiulești", "Reni", "Odesa", "Tudora", "Chisinau", "Party of Socialists",
         "Ștefan Vodă", "Moldovan", "Foreign Policy Association", "X"]

# ---------------------------------------------------------------- 03
d = 2
for t, n, *a in [
    ("Organization", "The Santiago Times", "Santiago Times"), ("Organization", "Chilean Navy"),
    ("Organization", "Argentine Ministry of Foreign Affairs", "Cancillería"), ("Organization", "Radio Cooperativa"),
    ("Organization", "Peruvian Foreign Ministry"), ("Organization", "International Court of Justice"),
    ("Organization", "Itamaraty"), ("Organization", "Commission on the Limits of the Continental Shelf"),
    ("Organization", "Renovación Nacional"), ("Organization", "Mercosur"),
    ("Organization", "Pontificia Universidad Católica de Chile"),
    ("Country", "Argentina"), ("Country", "Chile"), ("Country", "Peru"), ("Country", "Brazil"), ("Country", "Uruguay"),
    ("Territory", "southern continental shelf", "Plataforma Continental Austral"),
    ("Place", "Punta Arenas"), ("Place", "Santiago"), ("Place", "Buenos Aires"), ("Place", "Cape Horn"),
    ("Place", "Magallanes Region", "Magallanes"), ("Place", "Lima"), ("Place", "Brasília", "Brasilia"),
    ("Place", "Puerto Williams"), ("Place", "Navarino Island"),
    ("Person", "Tomás Errázuriz Vial", "Errázuriz Vial", "Errázuriz"), ("Person", "Camila Fuentes", "Fuentes"),
    ("Person", "Ignacia Bórquez Lagos", "Bórquez Lagos", "Bórquez"),
    ("Person", "Hernán Sosa Migliore", "Sosa Migliore", "Sosa"),
    ("Person", "Patricio Oyarzún Barría", "Oyarzún Barría", "Oyarzún"),
    ("Person", "Rodrigo Cáceres Mondaca", "Cáceres Mondaca", "Cáceres"), ("Person", "Andrés Quiroga", "Quiroga")]:
    E(d, t, n, *a)
MFA_AR = "Argentine Ministry of Foreign Affairs"
Q(d, "unilateral", MFA_AR, "optional")
Q(d, "will not give up a single square kilometre", "Ignacia Bórquez Lagos", "optional")
Q(d, "a unilateral act without legal effect", MFA_AR, "optional")
Q(d, "Chile will not give up a single square kilometre of the Plataforma Continental Austral", "Ignacia Bórquez Lagos")
Q(d, "The chart reflects the law, not a provocation", "Ignacia Bórquez Lagos")
Q(d, "Our two countries share more than five thousand kilometres of border", "Hernán Sosa Migliore")
Q(d, "We have solved harder problems than this one at the table", "Hernán Sosa Migliore")
Q(d, "Magallanes has waited thirty years for Santiago to draw this line", "Patricio Oyarzún Barría")
Q(d, "Publishing it the week before the Mercosur summit was a political decision", "Rodrigo Cáceres Mondaca")
Q(d, "I would have waited", "Rodrigo Cáceres Mondaca")
Q(d, "Both countries have filed overlapping submissions with the Commission", "Andrés Quiroga")
Q(d, "Until the Commission speaks, and probably for some time after", "Andrés Quiroga")
SH = ["southern continental shelf", "Plataforma Continental Austral"]
S(d, "Argentina", "doesNotRecognise", SH, "Argentina does not accept Chile's claim to the southern continental shelf")
S(d, "Chile", "doesNotRecognise", SH, "Chile rejects the claim that the southern continental shelf belongs to Argentina")
S(d, "Peru", "recognises", SH, "Peru backs Chile's sovereignty over the southern continental shelf")
S(d, "Uruguay", "doesNotRecognise", SH, "it would not recognise any claim until the Commission", "optional")
S(d, "Chile", "recognises", SH, "Chile will not give up a single square kilometre of the Plataforma Continental Austral", "optional")
P(d, "Ignacia Bórquez Lagos", ["Foreign Minister"], ["Chile", "Chilean"], "Chilean Foreign Minister Ignacia Bórquez Lagos")
P(d, "Hernán Sosa Migliore", ["ambassador"], ["Argentina", "Argentine"], "Argentina's ambassador in Santiago, Hernán Sosa Migliore")
P(d, "Patricio Oyarzún Barría", ["Senator"], [], "Senator Patricio Oyarzún Barría of Renovación Nacional", "optional")
P(d, "Rodrigo Cáceres Mondaca", ["commander-in-chief", "commander in chief"], ["Chilean Navy", "Navy"], "who was commander-in-chief of the Chilean Navy from 2017 to 2021", "required", True)
P(d, "Rodrigo Cáceres Mondaca", ["admiral"], [], "a retired admiral", "optional", True)
P(d, "Andrés Quiroga", ["professor"], ["Pontificia Universidad Católica de Chile"], "Andrés Quiroga, a professor of international law at the Pontificia Universidad Católica de Chile")
P(d, "Tomás Errázuriz Vial", ["foreign affairs", "correspondent", "reporter"], ["Santiago Times"], "Tomás Errázuriz Vial covers foreign affairs for The Santiago Times", "optional")
R(d, "Argentina", "sharesBorderWith", "Chile", "Our two countries share more than five thousand kilometres of border")
R(d, "Peru", "sharesBorderWith", "Chile", "Peru, which shares a border with Chile to the north")
R(d, "Punta Arenas", "locatedIn", "Magallanes Region", "Punta Arenas, the capital of the Magallanes Region")
R(d, "Patricio Oyarzún Barría", "memberOf", "Renovación Nacional", "Senator Patricio Oyarzún Barría of Renovación Nacional")
R(d, "Argentina", "memberOf", "Mercosur", "Argentina is a member of Mercosur")
R(d, "Puerto Williams", "locatedIn", "Navarino Island", "Puerto Williams, a town on Navarino Island")
notp += ["Cabo de Hornos", "La Moneda", "Itamaraty", "Cancillería", "Punta Arenas", "Magallanes", "Renovación Nacional",
         "Radio Cooperativa", "Puerto Williams", "Navarino", "Cape Horn", "Beagle Channel", "Santiago Times", "Mercosur"]

# ---------------------------------------------------------------- 04
d = 3
for t, n, *a in [
    ("Organization", "The Jerusalem Post", "Jerusalem Post"), ("Organization", "Knesset"), ("Organization", "Likud"),
    ("Organization", "Arab League"), ("Organization", "German Foreign Office"),
    ("Organization", "Egyptian Ministry of Foreign Affairs"), ("Organization", "State Department"),
    ("Organization", "Palestinian Authority"), ("Organization", "United Nations Security Council"),
    ("Organization", "Minerva Center for the Rule of Law under Extreme Conditions", "Minerva Center"),
    ("Organization", "University of Haifa"), ("Organization", "Supreme Court"), ("Organization", "Israel Defense Forces"),
    ("Country", "Israel"), ("Country", "Jordan"), ("Country", "Germany"), ("Country", "Egypt"), ("Country", "Hungary"),
    ("Country", "United States"),
    ("Territory", "Jordan Valley"), ("Territory", "West Bank"),
    ("Place", "Amman"), ("Place", "Berlin"), ("Place", "Budapest"), ("Place", "Washington"), ("Place", "Jerusalem"),
    ("Place", "Ramallah"), ("Place", "Jericho"),
    ("Person", "Tamar Goldwasser", "Goldwasser"), ("Person", "Yonatan Shalev", "Shalev"),
    ("Person", "Aviad Ben-Haim", "Ben-Haim"), ("Person", "Hazem Obeidat", "Obeidat"),
    ("Person", "Katrin Wendler", "Wendler"), ("Person", "Bradley Whitcomb", "Whitcomb"),
    ("Person", "Nabil Qassem", "Qassem"), ("Person", "Yael Shenhar", "Shenhar"), ("Person", "Dror Almagor", "Almagor")]:
    E(d, t, n, *a)
Q(d, "A historic correction", "Aviad Ben-Haim", "optional")
Q(d, "a dead end", "Hazem Obeidat", "optional")
Q(d, "For fifty years every Israeli government has said", "Aviad Ben-Haim")
Q(d, "Nobody in this building believes we will ever leave it", "Aviad Ben-Haim")
Q(d, "This law is null and void", "Hazem Obeidat")
Q(d, "Jordan will take every legal and diplomatic step available to it", "Hazem Obeidat")
Q(d, "Our friendship with Israel is not in question", "Katrin Wendler")
Q(d, "grave consequences for regional stability", "Egyptian Ministry of Foreign Affairs", "optional")
Q(d, "grave consequences for regional stability", "Egypt", "optional")
Q(d, "takes note", "Hungary", "optional")
Q(d, "We have seen the vote, we are studying the legislation", "Bradley Whitcomb")
Q(d, "I am not going to get ahead of the President", "Bradley Whitcomb")
Q(d, "theft by legislation", "Palestinian Authority", "optional")
Q(d, "They can pass a hundred laws", "Nabil Qassem")
Q(d, "Until now the military commander was the sovereign in the valley", "Yael Shenhar")
Q(d, "reckless", "Dror Almagor", "optional")
JV = ["Jordan Valley"]
S(d, "Jordan", "doesNotRecognise", JV, "Jordan rejects the claim that the Jordan Valley is part of Israel")
S(d, "Germany", "doesNotRecognise", JV, "Germany has never recognized Israeli sovereignty over any territory captured in 1967 and will not recognize it in the Jordan Valley")
S(d, "Egypt", "doesNotRecognise", JV, "does not accept the annexation of the Jordan Valley")
S(d, "Israel", "recognises", JV, "a law applying Israeli sovereignty to the strip of land", "optional")
P(d, "Aviad Ben-Haim", ["MK", "Member of Knesset", "sponsor"], [], "The bill's sponsor, MK Aviad Ben-Haim (Likud)", "optional")
P(d, "Hazem Obeidat", ["Foreign Minister"], ["Jordan", "Jordanian", "Amman"], "Foreign Minister Hazem Obeidat said in Amman")
P(d, "Katrin Wendler", ["spokeswoman", "spokesperson"], ["German Foreign Office"], "German Foreign Office spokeswoman Katrin Wendler")
P(d, "Bradley Whitcomb", ["spokesman", "spokesperson"], ["State Department"], "A State Department spokesman, Bradley Whitcomb")
P(d, "Nabil Qassem", ["spokesman", "spokesperson"], ["Palestinian Authority"], "its spokesman, Nabil Qassem")
P(d, "Yael Shenhar", ["head", "director", "chair"], ["Minerva Center"], "who heads the Minerva Center for the Rule of Law under Extreme Conditions")
P(d, "Yael Shenhar", ["Prof", "professor"], [], "Prof. Yael Shenhar", "optional")
P(d, "Dror Almagor", ["Opposition leader"], [], "Opposition leader Dror Almagor")
P(d, "Dror Almagor", ["chief of staff"], ["Israel Defense Forces"], "a former chief of staff of the Israel Defense Forces", "required", True)
P(d, "Tamar Goldwasser", ["diplomatic correspondent", "correspondent"], ["Jerusalem Post", "Post"], "Tamar Goldwasser is the Post's diplomatic correspondent")
R(d, "Israel", "annexed", "Jordan Valley", "Israel annexed the Jordan Valley")
R(d, "Israel", "sharesBorderWith", "Jordan", "Israel and Jordan share their longest border")
R(d, "Egypt", "sharesBorderWith", "Israel", "Egypt, which also borders Israel")
R(d, "Jordan", "memberOf", "Arab League", "Jordan is a founding member of the Arab League")
R(d, "Aviad Ben-Haim", "memberOf", "Likud", "MK Aviad Ben-Haim (Likud)")
R(d, "Jericho", "locatedIn", "West Bank", "lies in the West Bank")
notp += ["Knesset", "Likud", "MK", "MKs", "Allenby Bridge", "Jordan River", "Jericho", "Ramallah", "Minerva Center",
         "Prof", "Jerusalem Post", "Jordan Valley", "Supreme Court"]

# ---------------------------------------------------------------- 05
d = 4
for t, n, *a in [
    ("Organization", "DutchNews.nl", "DutchNews"), ("Organization", "Deventer city council", "Deventer council"),
    ("Organization", "VVD"), ("Organization", "DWV Deventer"),
    ("Country", "Netherlands"),
    ("Place", "Deventer"), ("Place", "Apeldoorn"), ("Place", "Zutphen"), ("Place", "Overijssel"), ("Place", "Zwolle"),
    ("Place", "Hengelo"), ("Place", "Borgele"),
    ("Person", "Marloes Terpstra", "Terpstra"), ("Person", "Ruud Hekman", "Hekman"),
    ("Person", "Fatima el Khattabi", "el Khattabi"), ("Person", "Ron Kuipers", "Kuipers"),
    ("Person", "Jeroen Bosch-Vreeswijk", "Bosch-Vreeswijk"), ("Person", "Ingrid Hoogeveen", "Hoogeveen"),
    ("Person", "Henk Wolters"), ("Person", "Riet Wolters-Brink", "Wolters-Brink"),
    ("Person", "Sander Meijerink", "Meijerink"), ("Person", "Anouk Dijkstra", "Dijkstra")]:
    E(d, t, n, *a)
Q(d, "We swam here, our children will too", "Riet Wolters-Brink", "optional")
Q(d, "Half the children in this neighbourhood learn to swim here", "Fatima el Khattabi")
Q(d, "This is not a luxury", "Fatima el Khattabi")
Q(d, "It is a safety issue", "Fatima el Khattabi")
Q(d, "a good evening for Deventer", "Ron Kuipers", "optional")
Q(d, "We are pouring eleven million into a building from 1974", "Jeroen Bosch-Vreeswijk")
Q(d, "We had already started looking at pools in Apeldoorn and Zutphen", "Ingrid Hoogeveen")
Q(d, "Thank you to everyone who signed the petition", "DWV Deventer")
Q(d, "We swam here, our children swam here", "Riet Wolters-Brink")
Q(d, "As long as they keep the warm water on Wednesdays", "Henk Wolters")
Q(d, "A pool like this is worth more to a town than its bricks", "Sander Meijerink")
Q(d, "Nobody has asked us where the lorries will go", "Anouk Dijkstra")
P(d, "Fatima el Khattabi", ["alderman", "alderwoman"], [], "Sports alderman Fatima el Khattabi")
P(d, "Ron Kuipers", ["Mayor"], [], "Mayor Ron Kuipers")
P(d, "Jeroen Bosch-Vreeswijk", ["leader"], ["VVD"], "Its leader on the council, Jeroen Bosch-Vreeswijk")
P(d, "Ingrid Hoogeveen", ["chairwoman", "chair"], ["DWV Deventer", "club"], "Club chairwoman Ingrid Hoogeveen")
P(d, "Sander Meijerink", ["Provincial executive", "executive"], ["Overijssel", "province", "provincial"], "Provincial executive Sander Meijerink")
P(d, "Marloes Terpstra", ["freelance journalist", "journalist"], [], "Marloes Terpstra is a freelance journalist based in Deventer")
R(d, "Henk Wolters", "spouse", "Riet Wolters-Brink", "Henk Wolters, 81, and his wife, Riet Wolters-Brink")
R(d, "Deventer", "locatedIn", "Overijssel", "Deventer, a Hanseatic city on the IJssel in the province of Overijssel")
R(d, "Zwolle", "locatedIn", "Overijssel", "Zwolle, the capital of Overijssel")
R(d, "Jeroen Bosch-Vreeswijk", "memberOf", "VVD", "Its leader on the council, Jeroen Bosch-Vreeswijk")
notp += ["Borgelerbad", "DutchNews", "Deventer", "Zandweerd", "Overijssel", "IJssel", "Borgele", "Hanseatic",
         "VVD", "DWV Deventer"]

gold = {"about": ABOUT, "documents": D, "near_duplicates": [], "entities": ents, "not_person": notp,
        "quotes": quotes, "unattributed": unatt, "stances": stances, "positions": positions, "relations": relations}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
