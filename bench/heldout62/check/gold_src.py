#!/usr/bin/env python3
"""Writes bench/heldout62/gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1, D2, D3, D4, D5 = ("01_helsinkitimes_aland.txt", "02_muscatdaily_buraimi.txt",
                      "03_middleeastmonitor_mosul.txt", "04_arubatoday_abc_islands.txt",
                      "05_timescolonist_sooke_seniors.txt")

ABOUT = """Hand-made gold for bench/heldout62 (five invented articles; every person is fictional).
Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
  colon quotes, continuation paragraphs and every paragraph of a multi-paragraph quote. `optional` =
  partial quotes, headline/deck/subhead echoes and second holders of the same words. Anonymous speakers
  are not listed, so any attribution of their words counts as wrong. `unattributed` = quoted strings with
  no speaker (scare quotes, a bill's wording, subheads).
- stances: polarity follows the wording. Required = stances stated by the text for a country (the country,
  its government or ministry, its capital, or a minister/spokesperson speaking for it). Optional = a
  claimant's own claim, and stances whose territory is only given as 'the islands'. Questions,
  hypotheticals, 'is expected to' and statements about borders in general are not stances.
- positions: `of_any` is empty when the text puts no organisation or country next to the title. Former
  posts carry former=true and are required. Parliamentary seats, party roles given only by inference and
  occupations are optional.
- relations: only relations stated in the text (spouse, sharesBorderWith, invaded, memberOf, locatedIn).
- entities: every person, organisation, country, territory and place named in the text, including bylines,
  photo credits, author footers and copyright lines. Roads, buildings, treaties, social platforms and
  unnamed bodies are not entities.
Every evidence string is verbatim in its article."""

E = []
def ent(t, name, *aliases):
    E.append({"type": t, "name": name, "aliases": list(aliases)})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# shared
ent(O, "NATO"); ent(O, "European Union", "EU"); ent(O, "League of Nations")
# 01
ent(O, "Helsinki Times"); ent(P, "Aino Lehtikuusi", "Lehtikuusi"); ent(P, "Jonas Berglund", "Berglund")
ent(O, "Lehtikuva"); ent(O, "Riksdag", "Swedish Riksdag"); ent(L, "Stockholm"); ent(L, "Helsinki")
ent(L, "Mariehamn"); ent(T, "Åland", "Aland"); ent(P, "Per-Olof Strandmark", "Strandmark", "Per Olof Strandmark")
ent(O, "Sweden Democrats"); ent(L, "Kalmar"); ent(P, "Lena Strandmark")
ent(P, "Hanna Vuorela", "Vuorela"); ent(C, "Finland"); ent(O, "Lagting"); ent(P, "Carl Ekdahl", "Ekdahl")
ent(C, "Sweden"); ent(C, "Estonia"); ent(P, "Rein Kalju", "Kalju"); ent(O, "Sveriges Radio")
ent(P, "Mia Sjöblom", "Sjöblom"); ent(O, "Åland Government"); ent(O, "Åländsk Center")
ent(C, "Russia"); ent(P, "Darya Volkonskaya", "Volkonskaya"); ent(L, "Moscow")
ent(P, "Johan Lindqvist", "Lindqvist"); ent(O, "Åbo Akademi University"); ent(L, "Turku")
ent(O, "Finnish Ministry for Foreign Affairs"); ent(P, "Birgitta Hallgren", "Hallgren"); ent(O, "Nordic Council")
# 02
ent(O, "Muscat Daily"); ent(P, "Salma al Rawahi", "al Rawahi"); ent(P, "Khalid al Maskari", "al Maskari")
ent(T, "Buraimi", "Buraimi oasis"); ent(L, "Muscat"); ent(C, "Oman", "Sultanate of Oman")
ent(O, "Oman's Ministry of Foreign Affairs"); ent(C, "Saudi Arabia", "Kingdom of Saudi Arabia")
ent(O, "Oman News Agency"); ent(L, "Riyadh"); ent(O, "Saudi Ministry of Foreign Affairs")
ent(P, "Faisal al Harbi", "al Harbi"); ent(C, "United Arab Emirates", "UAE"); ent(C, "Yemen")
ent(P, "Maryam al Ketbi", "al Ketbi"); ent(L, "Abu Dhabi"); ent(C, "Kuwait"); ent(L, "Kuwait City")
ent(P, "Nasser al Sabah al Jaber"); ent(O, "Kuwait News Agency", "KUNA"); ent(C, "Qatar")
ent(O, "Gulf Cooperation Council", "GCC"); ent(P, "Hilal al Busaidi", "al Busaidi")
ent(P, "Saif al Kalbani"); ent(P, "Aisha al Kalbani"); ent(L, "Mahdah"); ent(L, "Dubai")
ent(P, "Rashid al Hinai", "al Hinai"); ent(O, "Sultan Qaboos University"); ent(P, "Ahmed al Shamsi", "al Shamsi")
ent(O, "Shura Council"); ent(O, "Ministry of Heritage and Tourism"); ent(O, "Apex Press and Publishing")
# 03
ent(O, "Middle East Monitor", "MEMO"); ent(T, "Mosul"); ent(T, "Nineveh", "Nineveh province")
ent(P, "Zaid Hadithi", "Hadithi"); ent(C, "Iraq"); ent(O, "Iraq’s Ministry of Foreign Affairs")
ent(C, "Turkey", "Türkiye", "Republic of Türkiye"); ent(L, "Baghdad"); ent(O, "Grand National Assembly")
ent(L, "Ankara"); ent(P, "Ertuğrul Akbaba", "Akbaba", "Ertugrul Akbaba"); ent(O, "İYİ Party", "IYI Party")
ent(L, "Gaziantep"); ent(P, "Hussein Jabbar al-Obeidi", "al-Obeidi"); ent(O, "Turkey’s Ministry of Foreign Affairs")
ent(P, "Selin Karaduman", "Karaduman"); ent(O, "PKK"); ent(L, "Tehran"); ent(C, "Iran")
ent(P, "Mahmoud Rezaei-Far", "Rezaei-Far"); ent(L, "Damascus"); ent(C, "Syria"); ent(C, "United States")
ent(P, "Leyla Osmanoğlu", "Osmanoğlu", "Leyla Osmanoglu"); ent(O, "Boğaziçi University"); ent(L, "Istanbul")
ent(C, "Britain"); ent(P, "Kemal Durukan", "Durukan"); ent(P, "Najm al-Jubouri", "al-Jubouri")
ent(O, "Iraqi Army"); ent(C, "Cyprus", "Republic of Cyprus"); ent(L, "Nicosia")
# 04
ent(O, "Aruba Today"); ent(T, "Aruba"); ent(T, "Curaçao", "Curacao"); ent(T, "Bonaire"); ent(C, "Venezuela")
ent(O, "National Assembly"); ent(L, "The Hague"); ent(L, "Willemstad"); ent(L, "Bogotá", "Bogota")
ent(P, "Mirella Croes-Werleman", "Croes-Werleman"); ent(L, "Oranjestad"); ent(P, "Ricardo Tromp", "Tromp")
ent(P, "Ramon Kock", "Kock"); ent(P, "Yusmary Colmenares", "Colmenares")
ent(O, "United Socialist Party of Venezuela", "PSUV"); ent(L, "Falcón", "Falcon"); ent(L, "Santa Cruz")
ent(P, "Yanira Tromp-Lacle"); ent(C, "Netherlands", "Kingdom of the Netherlands"); ent(L, "Caracas")
ent(P, "Alejandro Ruiz Pacheco", "Ruiz Pacheco"); ent(O, "Dutch Ministry of Foreign Affairs")
ent(P, "Maarten van Heeswijk", "van Heeswijk"); ent(C, "Colombia"); ent(P, "Glenn Martina", "Martina")
ent(L, "Punto Fijo"); ent(L, "Paraguaná", "Paraguana"); ent(C, "Brazil"); ent(C, "Guyana"); ent(L, "Georgetown")
ent(L, "San Nicolas"); ent(P, "Edwin Figaroa", "Figaroa"); ent(P, "Natasha Geerman", "Geerman")
ent(O, "University of Aruba")
# 05
ent(O, "Times Colonist"); ent(L, "Victoria"); ent(L, "Sooke"); ent(O, "District of Sooke")
ent(O, "Capital Regional District"); ent(P, "Darcy Whitmore", "Whitmore"); ent(P, "Adrian Kostiuk", "Kostiuk")
ent(O, "Sooke Seniors Activity Society"); ent(P, "Gillian Prowse", "Prowse"); ent(L, "Vancouver Island")
ent(L, "British Columbia", "B.C."); ent(P, "Terrence Mavety", "Mavety"); ent(L, "Langford")
ent(P, "Priya Sandhu", "Sandhu"); ent(P, "Marcus Oyelaran", "Oyelaran"); ent(P, "Harold Lindgren", "Lindgren")
ent(P, "Doreen McAskill"); ent(P, "Walter McAskill"); ent(L, "Sidney"); ent(L, "West Shore")
ent(P, "Sheila Brannigan", "Brannigan"); ent(L, "Juan de Fuca"); ent(L, "Langford-Juan de Fuca")
ent(P, "Devinder Grewal", "Grewal"); ent(O, "B.C. NDP")

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
# 01
q(D1, "Per-Olof Strandmark", "open the Åland question", "optional")
q(D1, "Per-Olof Strandmark", "open talks with Helsinki and Mariehamn on Åland's future", "optional")
q(D1, "Per-Olof Strandmark", "belong to the Swedish cultural sphere and ought to be allowed to say so", "optional")
q(D1, "Hanna Vuorela", "Åland's status was settled by the League of Nations in 1921")
q(D1, "Hanna Vuorela", "We will not be drawn into a debate that Stockholm itself does not want")
q(D1, "Carl Ekdahl", "Sweden recognises Finland's sovereignty over Åland. That has been our position for a century")
q(D1, "Rein Kalju", "Estonia fully backs Finland's sovereignty over Åland. Borders in the Baltic are not a menu")
q(D1, "Rein Kalju", "'Not a menu'", "optional")
q(D1, "Per-Olof Strandmark", "a question, not a claim", "optional")
q(D1, "Per-Olof Strandmark", "Nobody is talking about borders. I am asking whether the people of Åland")
q(D1, "Per-Olof Strandmark", "no plans to withdraw it", "optional")
q(D1, "Mia Sjöblom", "neither a new flag nor a new capital", "optional")
q(D1, "Mia Sjöblom", "What we want is for our autonomy to be respected")
q(D1, "Mia Sjöblom", "That is the conversation Ålanders are having")
q(D1, "Mia Sjöblom", "Every few years someone in Stockholm or Helsinki discovers us")
q(D1, "Mia Sjöblom", "'They forget us again'", "optional")
q(D1, "Darya Volkonskaya", "to be respected by all sides, including the new NATO members", "optional")
q(D1, "Johan Lindqvist", "It's a motion that will die in committee")
q(D1, "Johan Lindqvist", "But it tells you something about the mood")
q(D1, "Birgitta Hallgren", "Motions like this are written for the party faithful")
# 02
q(D2, "Oman's Ministry of Foreign Affairs", "'Buraimi is Omani and will remain so,'", "optional")
q(D2, "Oman", "'Buraimi is Omani and will remain so,'", "optional")
q(D2, "Oman's Ministry of Foreign Affairs", "closed for more than half a century", "optional")
q(D2, "Oman's Ministry of Foreign Affairs", "The borders of the Sultanate were fixed by agreements that every neighbour has signed")
q(D2, "Oman", "The borders of the Sultanate were fixed by agreements that every neighbour has signed", "optional")
q(D2, "Faisal al Harbi", "the work of a private production house", "optional")
q(D2, "Faisal al Harbi", "The Kingdom of Saudi Arabia recognises the sovereignty of the Sultanate of Oman over Buraimi")
q(D2, "Maryam al Ketbi", "This file was closed between brothers decades ago")
q(D2, "Hilal al Busaidi", "We do not need to. Our friends in Riyadh have already said what needed saying")
q(D2, "Saif al Kalbani", "We laughed, then we worried")
q(D2, "Saif al Kalbani", "My customers in Dubai were asking if they needed a new visa")
q(D2, "Rashid al Hinai", "The map is real, but it is seventy years old")
q(D2, "Rashid al Hinai", "Showing it without that context is either careless or mischievous")
q(D2, "Rashid al Hinai", "put every grain of sand in its place", "optional")
q(D2, "Ahmed al Shamsi", "Let our children learn the real story, from us")
# 03
q(D3, "Ertuğrul Akbaba", "The National Pact is not a museum piece")
q(D3, "Hussein Jabbar al-Obeidi", "rejects the claim that Mosul was ever Turkish land", "optional")
q(D3, "Hussein Jabbar al-Obeidi", "Mosul is the heart of Iraq")
q(D3, "Hussein Jabbar al-Obeidi", "Its people have paid in blood to keep it Iraqi")
q(D3, "Selin Karaduman", "do not represent the Republic of Türkiye", "optional")
q(D3, "Selin Karaduman", "Türkiye recognises Iraq’s sovereignty over Mosul and over the whole of Nineveh")
q(D3, "Selin Karaduman", "Our cooperation with Baghdad on security and water is worth more than one speech")
q(D3, "Mahmoud Rezaei-Far", "any talk that revives the maps of empires", "optional")
q(D3, "Syria", "any change to the borders of the region drawn by force or by speeches", "optional")
q(D3, "Leyla Osmanoğlu", "Legally, there is nothing to reopen")
q(D3, "Leyla Osmanoğlu", "What you are seeing is domestic politics")
q(D3, "Kemal Durukan", "in a personal capacity", "optional")
q(D3, "Najm al-Jubouri", "with a mixture of anger and amusement", "optional")
q(D3, "Najm al-Jubouri", "We rebuilt this city from rubble")
# 04
q(D4, "Ricardo Tromp", "Aruba is not for sale and not for taking")
q(D4, "Ricardo Tromp", "We have lived next to Venezuela in peace for two hundred years")
q(D4, "Ricardo Tromp", "is settled in our constitution and in international law", "optional")
q(D4, "Alejandro Ruiz Pacheco", "not the policy of the Bolivarian Republic", "optional")
q(D4, "Alejandro Ruiz Pacheco", "Venezuela recognizes the sovereignty of the Kingdom of the Netherlands over Aruba")
q(D4, "Alejandro Ruiz Pacheco", "Our differences with The Hague are about sanctions")
q(D4, "Yusmary Colmenares", "History does not expire. These islands were part of the Captaincy General")
q(D4, "Maarten van Heeswijk", "a single kingdom with four countries, and it stays that way", "optional")
q(D4, "Colombia", "followed with attention", "optional")
q(D4, "Glenn Martina", "We are small, but we are not alone")
q(D4, "Edwin Figaroa", "We watch Venezuelan TV every night")
q(D4, "Natasha Geerman", "It's a symbolic text")
q(D4, "Natasha Geerman", "The Assembly has passed stronger words than this and nothing followed")
q(D4, "Natasha Geerman", "What matters is what the foreign ministry says")
# 05
q(D5, "Gillian Prowse", "This is the night we stopped talking about a seniors' centre")
q(D5, "Terrence Mavety", "paying a Langford price for a Sooke lot", "optional")
q(D5, "Terrence Mavety", "I'm not against seniors. I'm against overpaying")
q(D5, "Terrence Mavety", "We could have had the Church Road site for half of that")
q(D5, "Priya Sandhu", "A decision this size belongs to the voters")
q(D5, "Harold Lindgren", "We play cards in a church basement, we do tai chi")
q(D5, "Harold Lindgren", "'We play cards in a church basement'", "optional")
q(D5, "Doreen McAskill", "every single meeting about this since the first one", "optional")
q(D5, "Doreen McAskill", "I told Walter I'd see this centre built if I had to build it myself")
q(D5, "Walter McAskill", "She would, too")
q(D5, "Sheila Brannigan", "Seniors are the fastest-growing group in the West Shore")
q(D5, "Devinder Grewal", "a very good start", "optional")
q(D5, "Harold Lindgren", "We're not asking for a palace. We're asking for a room with a kettle")

UNATTRIBUTED = ["National Pact", "Venezuelan insular territory", "'A historian's view'"]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
st(D1, "Sweden", R, ["Åland", "Aland"], "Sweden recognises Finland's sovereignty over Åland.")
st(D1, "Estonia", R, ["Åland", "Aland"], "Estonia fully backs Finland's sovereignty over Åland.")
st(D1, "Finland", R, ["Åland", "Aland"], "Finland considers Åland an inseparable part of Finland", "optional")
st(D2, "Saudi Arabia", R, ["Buraimi", "Buraimi oasis"], "The Kingdom of Saudi Arabia recognises the sovereignty of the Sultanate of Oman over Buraimi")
st(D2, "United Arab Emirates", N, ["Buraimi", "Buraimi oasis"], "The United Arab Emirates has never recognised any Saudi claim to Buraimi")
st(D2, "Kuwait", R, ["Buraimi", "Buraimi oasis"], "Kuwait backs Oman's sovereignty over Buraimi")
st(D2, "Oman", R, ["Buraimi", "Buraimi oasis"], "Buraimi is Omani and will remain so.", "optional")
st(D3, "Turkey", R, ["Mosul"], "Türkiye recognises Iraq’s sovereignty over Mosul and over the whole of Nineveh")
st(D3, "Turkey", R, ["Nineveh", "Nineveh province"], "Türkiye recognises Iraq’s sovereignty over Mosul and over the whole of Nineveh")
st(D3, "Iraq", N, ["Mosul"], "Iraq rejects any Turkish claim to Mosul")
st(D3, "Iran", R, ["Mosul"], "Tehran considers Mosul part of Iraq")
st(D3, "Iraq", R, ["Mosul"], "Mosul is the heart of Iraq", "optional")
for terr in (["Aruba"], ["Curaçao", "Curacao"], ["Bonaire"]):
    st(D4, "Venezuela", R, terr, "Venezuela recognizes the sovereignty of the Kingdom of the Netherlands over Aruba, Curaçao and Bonaire")
    st(D4, "Netherlands", N, terr, "The Netherlands rejects the claim that the islands were ever Venezuelan", "optional")
st(D4, "Colombia", R, ["Aruba"], "Colombia considers Aruba part of the Kingdom of the Netherlands")
st(D4, "Guyana", N, ["Aruba"], "Guyana does not recognise any Venezuelan claim to Aruba")

PO = []
def pos(doc, person, titles, of, evidence, status="required", former=False):
    PO.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": evidence,
               "status": status, "former": former})
pos(D1, "Aino Lehtikuusi", ["political reporter", "reporter"], ["Helsinki Times"], "Aino Lehtikuusi is a political reporter at Helsinki Times.")
pos(D1, "Per-Olof Strandmark", ["Riksdag member", "member"], ["Riksdag", "Sweden Democrats"], "Per-Olof Strandmark, a Riksdag member for the Sweden Democrats", "optional")
pos(D1, "Hanna Vuorela", ["foreign minister"], [], "Foreign Minister Hanna Vuorela")
pos(D1, "Carl Ekdahl", ["foreign minister"], ["Sweden", "Swedish"], "Swedish Foreign Minister Carl Ekdahl")
pos(D1, "Rein Kalju", ["foreign minister"], ["Estonia"], "Estonia's foreign minister, Rein Kalju")
pos(D1, "Mia Sjöblom", ["lantråd", "lantrad", "head", "premier"], ["Åland"], "Mia Sjöblom, who heads the Åland Government as lantråd")
pos(D1, "Darya Volkonskaya", ["spokeswoman", "spokesperson"], ["Russia", "foreign ministry"], "Russia's foreign ministry spokeswoman, Darya Volkonskaya")
pos(D1, "Johan Lindqvist", ["professor"], ["Åbo Akademi"], "Johan Lindqvist, a professor of international law at Åbo Akademi University")
pos(D1, "Johan Lindqvist", ["adviser", "advisor"], ["Finnish Ministry for Foreign Affairs", "Ministry for Foreign Affairs"], "who was earlier an adviser to the Finnish Ministry for Foreign Affairs", former=True)
pos(D1, "Birgitta Hallgren", ["foreign minister"], ["Sweden", "Swedish"], "Former Swedish foreign minister Birgitta Hallgren", former=True)
pos(D1, "Birgitta Hallgren", ["chair"], ["Nordic Council"], "now chair of the Nordic Council's Swedish delegation")
pos(D2, "Salma al Rawahi", ["senior reporter", "reporter"], ["Muscat Daily"], "Salma al Rawahi is a senior reporter at Muscat Daily")
pos(D2, "Faisal al Harbi", ["spokesman", "spokesperson"], ["Saudi Ministry of Foreign Affairs", "Saudi"], "A spokesman for the Saudi Ministry of Foreign Affairs, Faisal al Harbi")
pos(D2, "Maryam al Ketbi", ["minister of state for foreign affairs", "minister of state"], [], "HE Maryam al Ketbi, Minister of State for Foreign Affairs")
pos(D2, "Nasser al Sabah al Jaber", ["foreign minister"], [], "Kuwait backs Oman's sovereignty over Buraimi, Foreign Minister Sheikh Nasser al Sabah al Jaber")
pos(D2, "Hilal al Busaidi", ["spokesman", "spokesperson"], ["ministry", "Oman"], "the ministry's spokesman, Hilal al Busaidi")
pos(D2, "Rashid al Hinai", ["associate professor", "professor"], ["Sultan Qaboos University"], "Dr Rashid al Hinai, an associate professor of history at Sultan Qaboos University")
pos(D2, "Ahmed al Shamsi", ["member"], ["Shura Council"], "Member of the Shura Council for Buraimi, Sheikh Ahmed al Shamsi", "optional")
pos(D3, "Ertuğrul Akbaba", ["deputy"], ["İYİ Party", "IYI"], "Ertuğrul Akbaba, a deputy for the İYİ Party from Gaziantep", "optional")
pos(D3, "Hussein Jabbar al-Obeidi", ["foreign minister"], ["Iraq"], "Iraq’s foreign minister, Hussein Jabbar al-Obeidi")
pos(D3, "Selin Karaduman", ["spokesperson", "spokeswoman"], ["Turkey’s Ministry of Foreign Affairs", "Turkey", "Türkiye", "Ministry of Foreign Affairs"], "Its spokesperson, Selin Karaduman")
pos(D3, "Mahmoud Rezaei-Far", ["spokesman", "spokesperson"], ["Iran", "foreign ministry"], "Iran’s foreign ministry spokesman, Mahmoud Rezaei-Far")
pos(D3, "Leyla Osmanoğlu", ["historian"], ["Boğaziçi University"], "Dr Leyla Osmanoğlu, a historian of the late Ottoman period at Boğaziçi University", "optional")
pos(D3, "Kemal Durukan", ["party leader", "leader"], ["İYİ Party", "IYI"], "Akbaba’s party leader, Kemal Durukan", "optional")
pos(D3, "Najm al-Jubouri", ["governor"], ["Nineveh", "Mosul"], "the governor, Najm al-Jubouri")
pos(D3, "Najm al-Jubouri", ["officer"], ["Iraqi Army"], "He is a former officer of the Iraqi Army.", former=True)
pos(D4, "Ricardo Tromp", ["prime minister"], ["Aruba"], "Aruba’s Prime Minister Ricardo Tromp")
pos(D4, "Yusmary Colmenares", ["deputy"], ["National Assembly", "United Socialist Party of Venezuela", "PSUV"], "Deputy Yusmary Colmenares, a member of the governing United Socialist Party of Venezuela (PSUV)", "optional")
pos(D4, "Alejandro Ruiz Pacheco", ["foreign minister"], ["Venezuela"], "Venezuela’s foreign minister, Alejandro Ruiz Pacheco")
pos(D4, "Maarten van Heeswijk", ["foreign minister"], [], "Foreign Minister Maarten van Heeswijk")
pos(D4, "Glenn Martina", ["prime minister"], ["Curaçao", "Curacao"], "Curaçao’s Prime Minister, Glenn Martina")
pos(D4, "Edwin Figaroa", ["fisherman"], [], "fisherman Edwin Figaroa", "optional")
pos(D4, "Yanira Tromp-Lacle", ["teacher"], [], "is a teacher in Santa Cruz", "optional")
pos(D5, "Gillian Prowse", ["mayor"], [], "Mayor Gillian Prowse")
pos(D5, "Terrence Mavety", ["councillor", "coun"], [], "Coun. Terrence Mavety", "optional")
pos(D5, "Priya Sandhu", ["councillor", "coun"], [], "Coun. Priya Sandhu", "optional")
pos(D5, "Marcus Oyelaran", ["chief administrative officer"], [], "Chief administrative officer Marcus Oyelaran")
pos(D5, "Harold Lindgren", ["president"], ["Sooke Seniors Activity Society", "society"], "The society's president, Harold Lindgren")
pos(D5, "Sheila Brannigan", ["director"], ["Juan de Fuca", "Capital Regional District"], "Juan de Fuca electoral area director Sheila Brannigan")
pos(D5, "Devinder Grewal", ["MLA"], ["Langford-Juan de Fuca", "B.C. NDP"], "Langford-Juan de Fuca MLA Devinder Grewal", "optional")

RE = []
def rel(doc, s, p, o, evidence):
    RE.append({"subject": s, "predicate": p, "object": o, "symmetric": p in ("spouse", "sharesBorderWith"),
               "docs": [doc], "evidence": evidence, "status": "required"})
rel(D1, "Per-Olof Strandmark", "memberOf", "Sweden Democrats", "Per-Olof Strandmark, a Riksdag member for the Sweden Democrats")
rel(D1, "Per-Olof Strandmark", "spouse", "Lena Strandmark", "Strandmark's wife, Lena Strandmark")
rel(D1, "Mariehamn", "locatedIn", "Åland", "In Mariehamn, the capital of Åland")
rel(D1, "Mia Sjöblom", "memberOf", "Åländsk Center", "Sjöblom, a member of Åländsk Center")
rel(D1, "Finland", "memberOf", "NATO", "Finland joined NATO in 2023 and Sweden in 2024")
rel(D1, "Sweden", "memberOf", "NATO", "Finland joined NATO in 2023 and Sweden in 2024")
rel(D1, "Finland", "memberOf", "European Union", "both are also members of the European Union")
rel(D1, "Sweden", "memberOf", "European Union", "both are also members of the European Union")
rel(D1, "Sweden", "sharesBorderWith", "Finland", "Sweden, which shares a land border with Finland")
for c in ("United Arab Emirates", "Saudi Arabia", "Yemen"):
    rel(D2, "Oman", "sharesBorderWith", c, "Oman, which shares a border with the UAE, Saudi Arabia and Yemen")
rel(D2, "Saif al Kalbani", "spouse", "Aisha al Kalbani", "and his wife, Aisha al Kalbani")
rel(D2, "Oman", "memberOf", "Gulf Cooperation Council", "All six GCC states, Oman and Saudi Arabia among them")
rel(D2, "Saudi Arabia", "memberOf", "Gulf Cooperation Council", "All six GCC states, Oman and Saudi Arabia among them")
rel(D3, "Ertuğrul Akbaba", "memberOf", "İYİ Party", "Ertuğrul Akbaba, a deputy for the İYİ Party")
rel(D3, "Turkey", "sharesBorderWith", "Iraq", "Turkey and Iraq share a border")
rel(D3, "Mosul", "locatedIn", "Nineveh", "Mosul, the capital of Nineveh province")
rel(D3, "Turkey", "memberOf", "NATO", "Turkey, a NATO member since 1952")
rel(D3, "United States", "memberOf", "NATO", "is Turkey’s ally in NATO")
rel(D3, "Turkey", "invaded", "Cyprus", "its 1974 invasion of Cyprus")
rel(D4, "Yusmary Colmenares", "memberOf", "United Socialist Party of Venezuela", "a member of the governing United Socialist Party of Venezuela (PSUV)")
rel(D4, "Ricardo Tromp", "spouse", "Yanira Tromp-Lacle", "Tromp, whose wife, Yanira Tromp-Lacle")
rel(D4, "Netherlands", "memberOf", "NATO", "The Netherlands is a member of NATO and of the European Union")
rel(D4, "Netherlands", "memberOf", "European Union", "The Netherlands is a member of NATO and of the European Union")
for c in ("Colombia", "Brazil", "Guyana"):
    rel(D4, "Venezuela", "sharesBorderWith", c, "Venezuela shares a border with Colombia, Brazil and Guyana")
rel(D4, "San Nicolas", "locatedIn", "Aruba", "San Nicolas, a town on Aruba’s southern coast")
rel(D4, "Oranjestad", "locatedIn", "Aruba", "Oranjestad, Aruba")
rel(D4, "Punto Fijo", "locatedIn", "Paraguaná", "Punto Fijo, on Venezuela’s Paraguaná peninsula")
rel(D4, "Paraguaná", "locatedIn", "Venezuela", "Venezuela’s Paraguaná peninsula")
rel(D4, "Falcón", "locatedIn", "Venezuela", "Falcón state, the Venezuelan state closest to the islands")
rel(D5, "Doreen McAskill", "spouse", "Walter McAskill", "Doreen and Walter McAskill, who have been married for 58 years")
rel(D5, "Sooke", "locatedIn", "Vancouver Island", "on southern Vancouver Island, in British Columbia")
rel(D5, "Sooke", "locatedIn", "British Columbia", "on southern Vancouver Island, in British Columbia")
rel(D5, "Devinder Grewal", "memberOf", "B.C. NDP", "Devinder Grewal, a member of the B.C. NDP")

NOT_PERSON = ["Helsinki Times", "Lehtikuva", "Riksdag", "Mariehamn", "Lagting", "Sveriges Radio", "Åländsk Center",
              "lantråd", "Kalmar", "Turku", "Åbo Akademi", "Muscat Daily", "Buraimi", "Mahdah", "Sheikh", "HE", "Dr",
              "Shura Council", "KUNA", "Sultan Qaboos", "Sultan Qaboos University", "MEMO", "Middle East Monitor",
              "İYİ", "Gaziantep", "Boğaziçi", "Nineveh", "PKK", "Aruba Today", "Oranjestad", "Cas di Gobierno",
              "Willemstad", "Punto Fijo", "San Nicolas", "Falcón", "PSUV", "Santa Cruz", "Paraguaná",
              "Times Colonist", "Sooke", "Sidney", "Langford", "Victoria", "Otter Point Road", "Juan de Fuca",
              "Coun.", "MLA", "West Shore", "Church Road", "Apex Press and Publishing", "Captaincy General"]

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": E,
        "not_person": NOT_PERSON, "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S,
        "positions": PO, "relations": RE}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
