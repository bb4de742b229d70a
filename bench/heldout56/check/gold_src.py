#!/usr/bin/env python3
"""Writes bench/heldout56/gold.json: the hand-made gold standard for bench/heldout56/articles.

Every fact below was read off the five invented articles by hand (every person is fictional).
Conventions:
- quotes: `key` is a distinctive stretch of the quote's own words. `required` = a full statement
  with an explicit speaker (name, surname, given name where the outlet uses it, pronoun, role, or an
  organisation's statement), including sentences after the cue, colon quotes and continuation
  paragraphs. `optional` = partial quotes, headline/deck/subhead echoes and second holders of the
  same words. Anonymous speakers are not listed, so attributing their words counts as wrong.
- unattributed: scare quotes, quoted names, quoted subheads and related headlines with no speaker.
- stances: polarity follows the wording ("recognises", "acknowledges", "backs X's sovereignty",
  "considers ... part of", "recognizes" give recognises; "does not recognise", "rejects the claim",
  "has never recognised" give doesNotRecognise), with the holder a gold Country (a ministry,
  capital or minister speaking for it counts as the country). Questions, hypotheticals and
  "is expected to recognise" are not stances and are not listed.
- positions: title_any / of_any as read by score.py; `former` marks posts no longer held.
- relations: only relations stated in the text (spouse, sharesBorderWith, invaded, annexed,
  claims, memberOf, locatedIn); `evidence` is verbatim from the article.
- entities carry `docs` (the articles that mention them); capitals used only as metonyms for a
  government are not listed as entities.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
D1 = "01_ukrinform_transcarpathia.txt"
D2 = "02_timesofoman_madha.txt"
D3 = "03_trinidadexpress_patos_island.txt"
D4 = "04_arabtimes_qaruh.txt"
D5 = "05_icelandreview_akureyri_playschool.txt"
DOCS = [D1, D2, D3, D4, D5]

entities = []


def E(typ, name, aliases, docs):
    entities.append({"type": typ, "name": name, "aliases": aliases, "docs": docs})


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# ---- 01
for n, a in [("Oksana Dovbush", ["Dovbush"]), ("Vasyl Kryvoruchko", ["Kryvoruchko"]),
             ("Mykyta Voronchak", ["Voronchak"]), ("Levente Kürthy-Nagy", ["Kürthy-Nagy", "Kurthy-Nagy"]),
             ("Erzsébet Rozgonyi", []), ("Béla Rozgonyi", []), ("Marián Ďurkovský", ["Ďurkovský", "Durkovsky"]),
             ("Agnieszka Wolnicka", ["Wolnicka"]), ("Halyna Popovych", ["Popovych"]),
             ("Iryna Bilotserkivets", ["Bilotserkivets"])]:
    E(P, n, a, [D1])
for n, a in [("Ukrinform", []), ("Ministry of Foreign Affairs of Ukraine", ["Ukraine's Ministry of Foreign Affairs"]),
             ("Subcarpathian Autonomy Council", []), ("Security Service of Ukraine", ["SBU"]), ("Fidesz", []),
             ("Hungarian Cultural Association of Subcarpathia", ["KMKSZ"]),
             ("Slovak Ministry of Foreign and European Affairs", []), ("NATO", []), ("European Union", ["EU"]),
             ("Uzhhorod National University", []), ("Zakarpattia Regional Military Administration", []),
             ("Novyny Zakarpattia", [])]:
    E(O, n, a, [D1])
for n in ["Ukraine", "Hungary", "Slovakia", "Poland", "Romania", "Russia", "Italy"]:
    E(C, n, [], [D1])
E(T, "Transcarpathia", ["Zakarpattia"], [D1])
E(T, "Subcarpathian Rus", [], [D1])
for n in ["Uzhhorod", "Berehove", "Mukachevo"]:
    E(L, n, [], [D1])
# ---- 02
for n, a in [("Azzan Al Mandhari", ["Al Mandhari"]), ("Yaqoub Al Busaidi", ["Al Busaidi"]),
             ("Hilal bin Nasser Al Ruqaishi", ["Al Ruqaishi"]), ("Noura Obaid Al Ketbi", ["Al Ketbi"]),
             ("Karim Haddad", ["Haddad"]), ("Sami Al Hadhrami", ["Al Hadhrami"]), ("Badr Al Hinai", ["Al Hinai"]),
             ("Juma Al Shehhi", ["Juma"]), ("Aisha Al Shehhi", ["Aisha"]),
             ("Khalfan bin Ali Al Mazrouqi", ["Al Mazrouqi"])]:
    E(P, n, a, [D2])
for n, a in [("Times of Oman", []), ("UAE Ministry of Foreign Affairs", []), ("Safar Maps", []), ("WAM", []),
             ("Sultan Qaboos University", [])]:
    E(O, n, a, [D2])
E(O, "Gulf Cooperation Council", ["GCC"], [D2, D4])
E(C, "Oman", ["Sultanate of Oman"], [D2])
E(C, "United Arab Emirates", ["UAE"], [D2])
E(C, "Saudi Arabia", ["Kingdom of Saudi Arabia"], [D2, D4])
E(T, "Madha", ["Wilayat of Madha"], [D2])
E(T, "Nahwa", [], [D2])
for n, a in [("Musandam Governorate", ["Musandam"]), ("Sharjah", []), ("Dubai", []), ("Muscat", [])]:
    E(L, n, a, [D2])
# ---- 03
for n, a in [("Kemba Pierre-Charles", ["Pierre-Charles"]), ("Ryan Dookeran", ["Dookeran"]),
             ("Anise Lacorbiniere", ["Lacorbiniere"]), ("Devindra Rampersad-Hosein", ["Rampersad-Hosein"]),
             ("Néstor Garrido Ugueto", ["Garrido Ugueto"]), ("Marlon Achong-Baptiste", ["Achong-Baptiste"]),
             ("Rondell Baptiste", ["Baptiste", "Patch"]), ("Sherma Baptiste", [])]:
    E(P, n, a, [D3])
for n, a in [("Trinidad Express", ["Trinidad Express Newspapers"]), ("United National Congress", ["UNC"]),
             ("Siparia Regional Corporation", []), ("Ministry of Foreign Affairs and Foreign Trade", []),
             ("British High Commission", []), ("Caricom", []), ("University of the West Indies", [])]:
    E(O, n, a, [D3])
for n in ["Trinidad and Tobago", "Venezuela", "United Kingdom", "Barbados", "Grenada", "Guyana", "Brazil",
          "Colombia"]:
    E(C, n, [], [D3])
E(T, "Patos Island", ["Patos", "Isla de Patos"], [D3])
E(T, "Essequibo", [], [D3])
for n in ["Gulf of Paria", "Cedros", "Icacos", "Port of Spain"]:
    E(L, n, [], [D3])
# ---- 04
for n, a in [("Ahmad Al-Sharrah", ["Al-Sharrah"]), ("Tareq Al-Enezi", ["Al-Enezi"]),
             ("Talal Al-Mubarak", ["Al-Mubarak"]), ("Saud Hamad Al-Dabbous", ["Al-Dabbous"]),
             ("Hessa Al-Dabbous", []), ("Nasser Abdulmohsen Al-Ruwaished", ["Al-Ruwaished"]),
             ("Ali Jaber Al-Mutawa", ["Al-Mutawa"]), ("Adel Saad Al-Rashidi", ["Al-Rashidi"])]:
    E(P, n, a, [D4])
for n, a in [("Arab Times", []), ("Saudi Press Agency", []), ("Saudi Ministry of Foreign Affairs", []),
             ("King Saud University", []), ("National Assembly", []),
             ("Kuwait Institute for Scientific Research", []), ("Kuwait Dive Team", [])]:
    E(O, n, a, [D4])
E(C, "Kuwait", ["State of Kuwait"], [D4])
E(C, "Iraq", [], [D4])
E(C, "Jordan", [], [D4])
E(T, "Qaruh", ["Qaruh Island"], [D4])
E(T, "Umm Al-Maradim", [], [D4])
E(T, "Neutral Zone", [], [D4])
E(L, "Kuwait City", [], [D4])
# ---- 05
for n, a in [("Steinunn Hrafnsdóttir", []), ("Ragnar Þórólfsson", []),
             ("Hildur Ragnheiðardóttir", ["Hildur"]), ("Gunnar Þorsteinsson", ["Gunnar"]),
             ("Sólveig Einarsdóttir", ["Sólveig"]), ("Kristján Ólafsson", ["Kristján"]),
             ("Elín Björk Ólafsdóttir", ["Elín"])]:
    E(P, n, a, [D5])
for n in ["Iceland Review", "Independence Party", "University of Akureyri", "Arkís",
          "Association of Local Authorities in Iceland", "Tröllaborgir"]:
    E(O, n, [], [D5])
E(C, "Iceland", [], [D5])
for n in ["Akureyri", "Glerárhverfi", "Northeast Iceland", "Reykjavík"]:
    E(L, n, [], [D5])

not_person = ["Ukrinform", "Subcarpathian Autonomy Council", "KMKSZ", "Transcarpathia", "Berehove",
              "Uzhhorod", "Novyny Zakarpattia", "Fidesz", "Madha", "Nahwa", "Safar Maps", "WAM",
              "Times of Oman", "Musandam", "Trinidad Express", "Express", "Patos", "Cedros", "Icacos",
              "Caricom", "UNC", "Arab Times", "Qaruh", "Umm Al-Maradim", "Saudi Press Agency",
              "Kuwait Dive Team", "Iceland Review", "Tröllaborgir", "Arkís", "Glerárhverfi", "Akureyri"]

quotes = []


def Q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


R, OPT = "required", "optional"
# 01
Q(D1, "Mykyta Voronchak", "There will be no referendum, no council and no autonomy outside the Constitution")
Q(D1, "Mykyta Voronchak", "Ukraine does not recognise the so-called Subcarpathian Rus and never will")
Q(D1, "Mykyta Voronchak", "No referendum, no council, no autonomy", OPT)
Q(D1, "Levente Kürthy-Nagy", "nothing to do with this gathering", OPT)
Q(D1, "Levente Kürthy-Nagy", "Hungary recognises Transcarpathia as part of Ukraine")
Q(D1, "Levente Kürthy-Nagy", "What we ask for is schools and language rights for Hungarians")
Q(D1, "Erzsébet Rozgonyi", "My husband speaks for himself and for a few dozen people")
Q(D1, "Béla Rozgonyi", "We are not separatists. We want what the South Tyroleans have")
Q(D1, "Marián Ďurkovský", "refuses to recognise any self-proclaimed entity on the territory of a neighbouring state", OPT)
Q(D1, "Agnieszka Wolnicka", "Warsaw backs Ukraine's sovereignty over Transcarpathia, full stop")
Q(D1, "Halyna Popovych", "People here are tired, they are poor")
Q(D1, "Halyna Popovych", "But this group has no base")
Q(D1, "Halyna Popovych", "The danger is not this council")
Q(D1, "Iryna Bilotserkivets", "Nobody is going to be arrested for speaking Hungarian")
# 02
Q(D2, "Hilal bin Nasser Al Ruqaishi", "in a brotherly spirit", OPT)
Q(D2, "Hilal bin Nasser Al Ruqaishi", "The Wilayat of Madha is and will remain Omani soil")
Q(D2, "Hilal bin Nasser Al Ruqaishi", "We have settled our borders with our neighbours by agreement")
Q(D2, "Oman", "rejects the claim that Madha belongs to the United Arab Emirates, whatever its source")
Q(D2, "Oman", "a public correction", OPT)
Q(D2, "Noura Obaid Al Ketbi", "an honest error by a private firm", OPT)
Q(D2, "Noura Obaid Al Ketbi", "The United Arab Emirates acknowledges Oman's sovereignty over Madha")
Q(D2, "Noura Obaid Al Ketbi", "Our relations with the Sultanate are far stronger")
Q(D2, "Karim Haddad", "We made a mistake in our data")
Q(D2, "Saudi Arabia", "The Kingdom backs Oman's sovereignty over Madha")
Q(D2, "Sami Al Hadhrami", "There is no border issue between Oman and the Emirates")
Q(D2, "Sami Al Hadhrami", "There is a software issue")
Q(D2, "Badr Al Hinai", "People trust the blue dot on their phone")
Q(D2, "Juma Al Shehhi", "I was born here and my father was born here")
Q(D2, "Khalfan bin Ali Al Mazrouqi", "That question has no answer because it has no basis")
# 03
Q(D3, "Anise Lacorbiniere", "Patos belongs to Venezuela", OPT)
Q(D3, "Anise Lacorbiniere", "Trinidad and Tobago recognises Venezuela's sovereignty over Patos Island")
Q(D3, "Anise Lacorbiniere", "What we can do, and what we are doing, is talk to Caracas")
Q(D3, "Devindra Rampersad-Hosein", "a new arrangement", OPT)
Q(D3, "Devindra Rampersad-Hosein", "Every month a pirogue from Cedros or Icacos is seized")
Q(D3, "Devindra Rampersad-Hosein", "Nobody in this chamber is talking about gunboats")
Q(D3, "Néstor Garrido Ugueto", "Isla de Patos is Venezuelan territory by treaty")
Q(D3, "Venezuela", "Isla de Patos is Venezuelan territory by treaty", OPT)
Q(D3, "Marlon Achong-Baptiste", "It is a safety valve")
Q(D3, "Marlon Achong-Baptiste", "Only a fool would try to reopen a treaty with Venezuela")
Q(D3, "Rondell Baptiste", "I don't care who owns Patos")
# 04
Q(D4, "Saudi Ministry of Foreign Affairs", "The Kingdom of Saudi Arabia recognizes the sovereignty of the State of Kuwait")
Q(D4, "Saudi Arabia", "The Kingdom of Saudi Arabia recognizes the sovereignty of the State of Kuwait", OPT)
Q(D4, "Saud Hamad Al-Dabbous", "I do not accept that our islands are discussed as if they were an open file")
Q(D4, "Saud Hamad Al-Dabbous", "I thank our brothers in Riyadh for their quick statement")
Q(D4, "Nasser Abdulmohsen Al-Ruwaished", "settled for decades", OPT)
Q(D4, "Nasser Abdulmohsen Al-Ruwaished", "There is no dispute and there is no file")
Q(D4, "Talal Al-Mubarak", "I wrote about the history of the Neutral Zone")
Q(D4, "Talal Al-Mubarak", "I have never questioned Kuwait's sovereignty over the islands")
Q(D4, "Ali Jaber Al-Mutawa", "The island is tiny, but it is the jewel of our sea")
Q(D4, "Ali Jaber Al-Mutawa", "Whoever talks about Qaruh should come and see")
Q(D4, "Adel Saad Al-Rashidi", "Our boats are there every day of the year")
# 05
Q(D5, "Hildur Ragnheiðardóttir", "a promise kept", OPT)
Q(D5, "Hildur Ragnheiðardóttir", "When I took office, parents told me the same thing")
Q(D5, "Gunnar Þorsteinsson", "Nobody here is against children")
Q(D5, "Sólveig Einarsdóttir", "We turn away parents every week")
Q(D5, "Kristján Ólafsson", "We waited 22 months for a place for our son")
Q(D5, "Elín Björk Ólafsdóttir", "If the new school opens on time")

unattributed = ["act of autonomy", "purely hypothetical", "We stay", "Madha (UAE)", "THEY SEIZE OUR BOATS",
                "Patch", "A CLOSED MATTER", "MISUNDERSTOOD", "Clean Qaruh"]
# headline/subhead echoes that do carry a speaker are optional quotes instead
Q(D3, "Marlon Achong-Baptiste", "A SAFETY VALVE", OPT)
Q(D2, "Noura Obaid Al Ketbi", "AN HONEST ERROR", OPT)

stances = []


def S(doc, country, stance, terr, evidence, status=R):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "status": status, "evidence": evidence})


REC, NOT = "recognises", "doesNotRecognise"
S(D1, "Ukraine", NOT, ["Subcarpathian Rus"], "Ukraine does not recognise the so-called Subcarpathian Rus")
S(D1, "Hungary", REC, ["Transcarpathia"], "Hungary recognises Transcarpathia as part of Ukraine")
S(D1, "Slovakia", REC, ["Transcarpathia"], "said it considers Transcarpathia part of Ukraine")
S(D1, "Slovakia", NOT, ["Subcarpathian Rus"], "refuses to recognise any self-proclaimed entity", OPT)
S(D1, "Poland", REC, ["Transcarpathia"], "Warsaw backs Ukraine's sovereignty over Transcarpathia")
S(D2, "Oman", NOT, ["Madha"], "rejects the claim that Madha belongs to the United Arab Emirates")
S(D2, "United Arab Emirates", REC, ["Madha"], "The United Arab Emirates acknowledges Oman's sovereignty over Madha")
S(D2, "Oman", REC, ["Nahwa"], "Oman, for its part, recognises Nahwa as Emirati territory")
S(D2, "Saudi Arabia", REC, ["Madha"], "The Kingdom backs Oman's sovereignty over Madha")
S(D3, "Trinidad and Tobago", REC, ["Patos"], "Trinidad and Tobago recognises Venezuela's sovereignty over Patos Island")
S(D3, "Barbados", NOT, ["Patos"], "Barbados has never recognised any Trinidadian claim to Patos")
S(D3, "United Kingdom", REC, ["Patos"], "acknowledges Venezuelan sovereignty over Patos")
S(D3, "Venezuela", REC, ["Patos"], "Isla de Patos is Venezuelan territory by treaty", OPT)
S(D4, "Saudi Arabia", REC, ["Qaruh"], "recognizes the sovereignty of the State of Kuwait over the islands of Qaruh and Umm Al-Maradim")
S(D4, "Saudi Arabia", REC, ["Umm Al-Maradim"], "recognizes the sovereignty of the State of Kuwait over the islands of Qaruh and Umm Al-Maradim")
S(D4, "Kuwait", REC, ["Qaruh"], "Qaruh and Umm Al-Maradim are Kuwaiti", OPT)
S(D4, "Kuwait", REC, ["Umm Al-Maradim"], "Qaruh and Umm Al-Maradim are Kuwaiti", OPT)

positions = []


def Pn(doc, person, title, of, evidence, status=R, former=False):
    positions.append({"person": person, "title_any": title, "of_any": of, "docs": [doc], "status": status,
                      "former": former, "evidence": evidence})


Pn(D1, "Mykyta Voronchak", ["spokesman", "spokesperson"], ["Ministry of Foreign Affairs", "Foreign Ministry", "Ukraine"], "ministry spokesman Mykyta Voronchak")
Pn(D1, "Levente Kürthy-Nagy", ["Minister of Foreign Affairs", "Foreign Minister", "Minister"], ["Hungary"], "Levente Kürthy-Nagy, Hungary's Minister of Foreign Affairs and Trade")
Pn(D1, "Levente Kürthy-Nagy", ["member of parliament", "MP"], [], "a Fidesz member of parliament since 2014", OPT)
Pn(D1, "Erzsébet Rozgonyi", ["deputy chairwoman", "deputy chair"], ["KMKSZ", "Hungarian Cultural Association"], "Its deputy chairwoman, Erzsébet Rozgonyi")
Pn(D1, "Béla Rozgonyi", ["leader", "head"], ["Subcarpathian Autonomy Council", "council"], "the council's leader, Béla Rozgonyi")
Pn(D1, "Béla Rozgonyi", ["member", "councillor"], ["Berehove"], "a former member of the Berehove city council", former=True)
Pn(D1, "Marián Ďurkovský", ["spokesman", "spokesperson"], ["Slovak Ministry", "Slovakia", "Slovak"], "Marián Ďurkovský, spokesman for the Slovak Ministry of Foreign and European Affairs")
Pn(D1, "Agnieszka Wolnicka", ["deputy foreign minister", "deputy minister"], ["Poland"], "Poland's deputy foreign minister, Agnieszka Wolnicka")
Pn(D1, "Halyna Popovych", ["historian"], ["Uzhhorod National University"], "Dr Halyna Popovych, a historian at Uzhhorod National University")
Pn(D1, "Iryna Bilotserkivets", ["head"], ["Zakarpattia Regional Military Administration", "Zakarpattia"], "Iryna Bilotserkivets, head of the Zakarpattia Regional Military Administration")
Pn(D1, "Oksana Dovbush", ["correspondent"], ["Ukrinform"], "Oksana Dovbush is Ukrinform's correspondent in Uzhhorod")
Pn(D1, "Oksana Dovbush", ["editor"], ["Novyny Zakarpattia"], "She was previously an editor at the regional weekly Novyny Zakarpattia", OPT, True)
Pn(D2, "Hilal bin Nasser Al Ruqaishi", ["Undersecretary"], ["Ministry of Foreign Affairs", "Oman"], "Undersecretary of the Ministry of Foreign Affairs for Political Affairs")
Pn(D2, "Noura Obaid Al Ketbi", ["Assistant Minister"], ["UAE", "United Arab Emirates"], "Dr Noura Obaid Al Ketbi, Assistant Minister for Political Affairs")
Pn(D2, "Karim Haddad", ["chief executive", "CEO"], ["Safar Maps"], "Karim Haddad, chief executive of Safar Maps")
Pn(D2, "Sami Al Hadhrami", ["Assistant Secretary-General", "Assistant Secretary General"], ["GCC", "Gulf Cooperation Council"], "Dr Sami Al Hadhrami, Assistant Secretary-General for Political Affairs at the GCC")
Pn(D2, "Badr Al Hinai", ["international law", "lecturer", "professor", "teach"], ["Sultan Qaboos University"], "Dr Badr Al Hinai, who teaches international law at Sultan Qaboos University", OPT)
Pn(D2, "Khalfan bin Ali Al Mazrouqi", ["Wali"], ["Madha"], "Sheikh Khalfan bin Ali Al Mazrouqi, the Wali of Madha")
Pn(D2, "Azzan Al Mandhari", ["senior reporter", "reporter"], ["Times of Oman"], "Azzan Al Mandhari is a senior reporter at Times of Oman")
Pn(D3, "Anise Lacorbiniere", ["Minister"], ["Trinidad and Tobago", "Foreign and Caricom Affairs"], "Foreign and Caricom Affairs Minister Dr Anise Lacorbiniere")
Pn(D3, "Anise Lacorbiniere", ["ambassador"], ["Brazil"], "served as ambassador to Brazil before entering the Senate", former=True)
Pn(D3, "Devindra Rampersad-Hosein", ["Senator"], ["United National Congress", "UNC", "Senate", "Opposition"], "Opposition Senator Devindra Rampersad-Hosein of the United National Congress")
Pn(D3, "Devindra Rampersad-Hosein", ["chairman", "chair"], ["Siparia Regional Corporation"], "a former chairman of the Siparia Regional Corporation", former=True)
Pn(D3, "Néstor Garrido Ugueto", ["Ambassador"], ["Venezuela", "Trinidad and Tobago"], "The Venezuelan Ambassador to Trinidad and Tobago, Néstor Garrido Ugueto")
Pn(D3, "Marlon Achong-Baptiste", ["lecturer"], ["University of the West Indies"], "Dr Marlon Achong-Baptiste, a lecturer in international relations at the University of the West Indies")
Pn(D3, "Kemba Pierre-Charles", ["senior reporter", "reporter"], ["Trinidad Express"], "Kemba Pierre-Charles is a senior reporter at the Trinidad Express")
Pn(D4, "Talal Al-Mubarak", ["professor"], ["King Saud University"], "Dr Talal Al-Mubarak, a professor of geography at King Saud University")
Pn(D4, "Saud Hamad Al-Dabbous", ["member of the National Assembly", "MP", "member"], ["National Assembly", "Kuwait"], "Al-Dabbous, a member of the National Assembly for the Fifth Constituency")
Pn(D4, "Hessa Al-Dabbous", ["marine scientist", "scientist"], ["Kuwait Institute for Scientific Research"], "Dr Hessa Al-Dabbous, a marine scientist at the Kuwait Institute for Scientific Research")
Pn(D4, "Nasser Abdulmohsen Al-Ruwaished", ["Assistant Foreign Minister"], ["Gulf Affairs", "Kuwait", "Ministry of Foreign Affairs"], "Assistant Foreign Minister for Gulf Affairs Ambassador Nasser Abdulmohsen Al-Ruwaished")
Pn(D4, "Nasser Abdulmohsen Al-Ruwaished", ["ambassador"], ["Jordan"], "Al-Ruwaished, a former ambassador to Jordan", former=True)
Pn(D4, "Ali Jaber Al-Mutawa", ["head"], ["Kuwait Dive Team"], "Ali Jaber Al-Mutawa, who heads the Kuwait Dive Team")
Pn(D4, "Adel Saad Al-Rashidi", ["director"], ["Coast Guard"], "Brigadier Adel Saad Al-Rashidi, director of the Coast Guard")
Pn(D5, "Hildur Ragnheiðardóttir", ["Mayor"], ["Akureyri"], "Mayor Hildur Ragnheiðardóttir")
Pn(D5, "Gunnar Þorsteinsson", ["Councillor"], ["Independence Party", "Akureyri", "council"], "Councillor Gunnar Þorsteinsson of the Independence Party")
Pn(D5, "Gunnar Þorsteinsson", ["chair"], ["finance committee"], "a former chair of the town's finance committee", former=True)
Pn(D5, "Sólveig Einarsdóttir", ["head teacher"], ["Tröllaborgir"], "Sólveig Einarsdóttir, head teacher at Tröllaborgir playschool")
Pn(D5, "Steinunn Hrafnsdóttir", ["reporter"], ["Iceland Review"], "Steinunn Hrafnsdóttir is a reporter at Iceland Review")

relations = []
SYM = {"spouse", "sharesBorderWith"}


def Rl(doc, s, p, o, evidence):
    relations.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "status": R,
                      "docs": [doc], "evidence": evidence})


Rl(D1, "Erzsébet Rozgonyi", "spouse", "Béla Rozgonyi", "is married to the council's leader, Béla Rozgonyi")
Rl(D1, "Levente Kürthy-Nagy", "memberOf", "Fidesz", "Kürthy-Nagy, a Fidesz member of parliament")
Rl(D1, "Slovakia", "sharesBorderWith", "Transcarpathia", "Slovakia, which shares a 98-kilometre border with Transcarpathia")
Rl(D1, "Transcarpathia", "sharesBorderWith", "Hungary", "Transcarpathia, which borders Hungary, Slovakia, Poland and Romania")
Rl(D1, "Transcarpathia", "sharesBorderWith", "Poland", "Transcarpathia, which borders Hungary, Slovakia, Poland and Romania")
Rl(D1, "Transcarpathia", "sharesBorderWith", "Romania", "Transcarpathia, which borders Hungary, Slovakia, Poland and Romania")
Rl(D1, "Hungary", "annexed", "Transcarpathia", "Hungary annexed the region in 1939")
Rl(D1, "Russia", "invaded", "Ukraine", "Russia invaded Ukraine in February 2022")
Rl(D1, "Hungary", "memberOf", "NATO", "Hungary and Slovakia are both members of NATO and the European Union")
Rl(D1, "Hungary", "memberOf", "European Union", "Hungary and Slovakia are both members of NATO and the European Union")
Rl(D1, "Slovakia", "memberOf", "NATO", "Hungary and Slovakia are both members of NATO and the European Union")
Rl(D1, "Slovakia", "memberOf", "European Union", "Hungary and Slovakia are both members of NATO and the European Union")
Rl(D1, "Berehove", "locatedIn", "Transcarpathia", "Berehove, a town of about 24,000 people in Transcarpathia")
Rl(D2, "Juma Al Shehhi", "spouse", "Aisha Al Shehhi", "with his wife, Aisha Al Shehhi")
Rl(D2, "Madha", "locatedIn", "Musandam Governorate", "is located in Musandam Governorate")
Rl(D2, "Madha", "sharesBorderWith", "United Arab Emirates", "is entirely surrounded by the UAE")
Rl(D2, "Nahwa", "locatedIn", "Madha", "Inside it lies Nahwa")
Rl(D2, "Saudi Arabia", "memberOf", "Gulf Cooperation Council", "Saudi Arabia, which like Oman and the UAE is a member of the Gulf Cooperation Council")
Rl(D2, "Oman", "memberOf", "Gulf Cooperation Council", "Saudi Arabia, which like Oman and the UAE is a member of the Gulf Cooperation Council")
Rl(D2, "United Arab Emirates", "memberOf", "Gulf Cooperation Council", "Saudi Arabia, which like Oman and the UAE is a member of the Gulf Cooperation Council")
Rl(D3, "Rondell Baptiste", "spouse", "Sherma Baptiste", "His wife, Sherma Baptiste")
Rl(D3, "Devindra Rampersad-Hosein", "memberOf", "United National Congress", "Opposition Senator Devindra Rampersad-Hosein of the United National Congress")
Rl(D3, "Venezuela", "claims", "Essequibo", "Venezuela, which claims the Essequibo region")
Rl(D3, "Essequibo", "locatedIn", "Guyana", "the Essequibo region of neighbouring Guyana")
Rl(D3, "Venezuela", "sharesBorderWith", "Guyana", "Venezuela shares borders with Guyana, Brazil and Colombia")
Rl(D3, "Venezuela", "sharesBorderWith", "Brazil", "Venezuela shares borders with Guyana, Brazil and Colombia")
Rl(D3, "Venezuela", "sharesBorderWith", "Colombia", "Venezuela shares borders with Guyana, Brazil and Colombia")
Rl(D3, "Trinidad and Tobago", "memberOf", "Caricom", "Trinidad and Tobago, Barbados and Grenada are all members of Caricom")
Rl(D3, "Barbados", "memberOf", "Caricom", "Trinidad and Tobago, Barbados and Grenada are all members of Caricom")
Rl(D3, "Grenada", "memberOf", "Caricom", "Trinidad and Tobago, Barbados and Grenada are all members of Caricom")
Rl(D3, "Patos Island", "locatedIn", "Gulf of Paria", "the island in the Gulf of Paria")
Rl(D4, "Saud Hamad Al-Dabbous", "spouse", "Hessa Al-Dabbous", "is married to Dr Hessa Al-Dabbous")
Rl(D4, "Kuwait", "sharesBorderWith", "Saudi Arabia", "Kuwait, which shares land borders with Saudi Arabia and Iraq")
Rl(D4, "Kuwait", "sharesBorderWith", "Iraq", "Kuwait, which shares land borders with Saudi Arabia and Iraq")
Rl(D4, "Iraq", "invaded", "Kuwait", "Iraq invaded Kuwait in August 1990")
Rl(D4, "Kuwait", "memberOf", "Gulf Cooperation Council", "Both Kuwait and Saudi Arabia are members of the Gulf Cooperation Council")
Rl(D5, "Kristján Ólafsson", "spouse", "Elín Björk Ólafsdóttir", "Kristján Ólafsson and his wife, Elín Björk Ólafsdóttir")
Rl(D5, "Gunnar Þorsteinsson", "memberOf", "Independence Party", "Councillor Gunnar Þorsteinsson of the Independence Party")
Rl(D5, "Akureyri", "locatedIn", "Northeast Iceland", "Akureyri, a town of around 20,000 people in Northeast Iceland")
Rl(D5, "Arkís", "locatedIn", "Reykjavík", "the Reykjavík firm Arkís")

gold = {"about": __doc__, "documents": DOCS, "near_duplicates": [], "entities": entities,
        "not_person": not_person, "quotes": quotes, "unattributed": unattributed, "stances": stances,
        "positions": positions, "relations": relations}

if __name__ == "__main__":
    (SET / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {SET / 'gold.json'}")
