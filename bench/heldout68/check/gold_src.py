#!/usr/bin/env python3
"""Writes bench/heldout68/gold.json: the hand-made gold standard for the five heldout68 articles.

Run:  /work/main/.venv/bin/python bench/heldout68/check/gold_src.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1, D2, D3, D4, D5 = ("01_shetlandtimes_shetland_status.txt", "02_ansa_south_tyrol.txt",
                      "03_newarab_perim.txt", "04_baltictimes_latgale.txt",
                      "05_missoulian_lolo_library.txt")

ABOUT = """Writes bench/heldout68/gold.json: the hand-made gold standard for bench/heldout68/articles.

Conventions. `key` is a verbatim stretch of the quote's own words (the first words of each
sentence group); a quotation that goes on after its cue gives a second key with the same speaker.
`required` quotes are full statements with an explicit speaker (name, surname, pronoun, role or
organisation), including colon quotes and sentences after the cue; `optional` quotes are partial
quotes, headline/deck/subhead echoes and second holders of the same words. Anonymous speakers are not
listed as speakers; their words are in `unattributed` together with scare quotes, coined names and
quoted headlines of related stories, so any attribution of them counts as wrong.
Stances: polarity follows the wording; required are explicit stances of a country (holder given as
the country, its capital, ministry or a minister speaking for it); a claimant's own claim is optional;
questions, hypotheticals and `is expected to recognise` are no stance and are not listed.
Positions: `of_any` is empty when the text names no organisation or country next to the title;
seats (MP, deputy, councillor) and occupations are optional; former posts carry `former: true`.
Relations: only spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn stated in the
text. Entities: every person, organisation, country, territory and place named in the text, incl.
bylines, photo credits, copyright lines and author footers; seas, straits, passes, buildings,
platforms and treaties are not entities. Every entity carries the `docs` it is mentioned in.
Every person is invented."""

ents, quotes, stances, positions, relations = [], [], [], [], []
unattributed, not_person = [], []


def E(typ, name, docs, *aliases):
    ents.append({"type": typ, "name": name, "aliases": list(aliases), "docs": docs})


def Q(speaker, key, doc, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def S(country, stance, terr, doc, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "evidence": evidence, "status": status})


def P(person, titles, of, doc, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc],
                      "evidence": evidence, "status": status, "former": former})


def R(subj, pred, obj, doc, evidence):
    relations.append({"subject": subj, "predicate": pred, "object": obj,
                      "symmetric": pred in ("spouse", "sharesBorderWith"), "docs": [doc],
                      "evidence": evidence, "status": "required"})


# ---------------------------------------------------------------- shared entities
E("Country", "Norway", [D1])
E("Country", "Denmark", [D1])
E("Country", "United Kingdom", [D1])
E("Country", "Germany", [D1, D2])
E("Country", "Italy", [D2])
E("Country", "Austria", [D2])
E("Country", "Switzerland", [D2])
E("Country", "Yemen", [D3])
E("Country", "Oman", [D3])
E("Country", "Saudi Arabia", [D3])
E("Country", "United Arab Emirates", [D3])
E("Country", "Iran", [D3])
E("Country", "Egypt", [D3])
E("Country", "Jordan", [D3])
E("Country", "Finland", [D4])
E("Country", "Latvia", [D4])
E("Country", "Lithuania", [D4])
E("Country", "Estonia", [D4])
E("Country", "Poland", [D4])
E("Country", "Russia", [D4])
E("Country", "Belarus", [D4])
E("Organization", "NATO", [D1, D4])
E("Organization", "European Union", [D2, D4], "EU")

# ---------------------------------------------------------------- 01 Shetland
E("Territory", "Shetland", [D1])
E("Organization", "The Shetland Times", [D1], "The Shetland Times Ltd")
E("Organization", "Shetland Islands Council", [D1])
E("Organization", "Scottish Liberal Democrats", [D1])
E("Organization", "Norwegian Ministry of Foreign Affairs", [D1])
E("Organization", "Folketing", [D1])
E("Organization", "Social Democrats", [D1])
E("Organization", "Scotland Office", [D1])
E("Organization", "University of Bergen", [D1])
E("Place", "Lerwick", [D1])
E("Place", "Lerwick North", [D1])
E("Place", "Oslo", [D1])
E("Place", "Copenhagen", [D1])
E("Place", "Edinburgh", [D1])
E("Place", "London", [D1])
E("Place", "Bergen", [D1])
E("Place", "Scalloway", [D1])
E("Place", "Westminster", [D1])
E("Place", "Mainland", [D1])
E("Person", "Morag Halcrow", [D1], "Halcrow")
E("Person", "Ewan Tulloch", [D1], "Tulloch")
E("Person", "Ingrid Mouat", [D1], "Mouat")
E("Person", "Gideon Sandison", [D1], "Sandison")
E("Person", "Sigrid Aune Holm", [D1], "Holm", "Sigrid Holm")
E("Person", "Karsten Lyngby", [D1], "Lyngby")
E("Person", "Alistair Rendall", [D1], "Rendall")
E("Person", "Hallvard Strand", [D1], "Strand")
E("Person", "Tom Jamieson", [D1], "Mr Jamieson")
E("Person", "Brenda Jamieson", [D1])

Q("Ingrid Mouat", "Nobody in this chamber is asking to leave anything", D1)
Q("Ingrid Mouat", "If the answer is boring, so be it", D1)
Q("Gideon Sandison", "I respect the vote", D1)
Q("Gideon Sandison", "but I do not want anyone in Edinburgh or London thinking", D1)
Q("Sigrid Aune Holm", "has done so without interruption for centuries", D1, "optional")
Q("Sigrid Aune Holm", "We have no claim on Shetland and we will not invent one", D1)
Q("Sigrid Aune Holm", "The friendship between Bergen and Lerwick does not need a border", D1)
Q("Sigrid Aune Holm", "We have no claim on Shetland", D1, "optional")
Q("Karsten Lyngby", "The pledge was a dowry arrangement for a royal wedding", D1)
Q("Karsten Lyngby", "better things to argue about with our British friends", D1, "optional")
Q("Alistair Rendall", "is not a research topic", D1)
Q("Alistair Rendall", "The council is free to spend its money as it likes", D1)
Q("Hallvard Strand", "Every generation in Shetland rediscovers 1469", D1)
Q("Hallvard Strand", "What has changed is that people now read the documents themselves", D1)
Q("Hallvard Strand", "The islanders were never asked", D1)
Q("Tom Jamieson", "We have been told for fifty years that this is a silly question", D1)
Q("Tom Jamieson", "Silly questions deserve serious answers", D1)
unattributed += ["A settled question", "Treasure the isles"]

S("Norway", "recognises", ["Shetland"], D1,
  "Norway recognises the United Kingdom’s sovereignty over Shetland")
S("Denmark", "recognises", ["Shetland"], D1,
  "Denmark considers Shetland part of the United Kingdom")
S("United Kingdom", "recognises", ["Shetland"], D1,
  "Shetland’s place in the United Kingdom is not a research topic", "optional")

P("Ingrid Mouat", ["councillor"], [], D1, "councillor Ingrid Mouat", "optional")
P("Gideon Sandison", ["convener"], [], D1, "Council convener Gideon Sandison")
P("Sigrid Aune Holm", ["spokesperson"], ["Ministry of Foreign Affairs", "Norw", "Oslo"], D1,
  "the Norwegian Ministry of Foreign Affairs moved quickly to close the door. Its spokesperson, Sigrid Aune Holm")
P("Karsten Lyngby", ["foreign minister"], ["Denmark", "Danish"], D1,
  "its foreign minister, Karsten Lyngby")
P("Karsten Lyngby", ["ambassador"], ["Denmark", "Danish"], D1,
  "who was Denmark’s ambassador in London until 2025", former=True)
P("Alistair Rendall", ["minister"], ["Scotland Office"], D1,
  "Alistair Rendall, the Scotland Office minister")
P("Hallvard Strand", ["historian"], ["University of Bergen"], D1,
  "Dr Hallvard Strand, a historian at the University of Bergen")
P("Tom Jamieson", ["convener"], [], D1, "Former convener Tom Jamieson", former=True)
P("Morag Halcrow", ["reporter"], ["Shetland Times"], D1,
  "Morag Halcrow is political reporter at The Shetland Times")

R("Ingrid Mouat", "memberOf", "Scottish Liberal Democrats", D1, "belongs to the Scottish Liberal Democrats")
R("Karsten Lyngby", "memberOf", "Social Democrats", D1, "Mr Lyngby, a member of the Social Democrats")
R("Norway", "memberOf", "NATO", D1, "Norway and Denmark, which are both members of NATO")
R("Denmark", "memberOf", "NATO", D1, "Norway and Denmark, which are both members of NATO")
R("Germany", "invaded", "Norway", D1, "after Germany invaded Norway in 1940")
R("Tom Jamieson", "spouse", "Brenda Jamieson", D1, "Mr Jamieson, whose wife, Brenda Jamieson")
R("Scalloway", "locatedIn", "Mainland", D1, "Scalloway, a village on the west side of Mainland, Shetland")
R("Mainland", "locatedIn", "Shetland", D1, "Mainland, Shetland")
not_person += ["Shetland Bus", "Lerwick Town Hall", "Lerwick", "Scalloway", "Folketing", "Westminster",
               "Scotland Office", "Mainland", "Shetland", "Norwegian", "Danish-Norwegian"]

# ---------------------------------------------------------------- 02 South Tyrol
E("Territory", "South Tyrol", [D2])
E("Organization", "ANSA", [D2], "ANSA English")
E("Organization", "Farnesina", [D2])
E("Organization", "Freedom Party of Austria", [D2], "FPOe")
E("Organization", "National Council", [D2])
E("Organization", "United Nations", [D2])
E("Organization", "South Tyrolean People's Party", [D2], "SVP")
E("Organization", "University of Trento", [D2])
E("Place", "Rome", [D2])
E("Place", "Vienna", [D2])
E("Place", "Bolzano", [D2])
E("Place", "Merano", [D2])
E("Place", "Brixen", [D2])
E("Place", "Brussels", [D2])
E("Place", "Berlin", [D2])
E("Place", "Munich", [D2])
E("Person", "Lucio Ferrandi", [D2], "Ferrandi")
E("Person", "Reinhold Gasteiger", [D2], "Gasteiger")
E("Person", "Katharina Pichlmayr", [D2], "Pichlmayr")
E("Person", "Elisabeth Kranzl", [D2], "Kranzl")
E("Person", "Arno Pircher", [D2], "Governor Arno Pircher")
E("Person", "Verena Pircher", [D2])
E("Person", "Jonas Behrendt", [D2], "Behrendt")
E("Person", "Chiara Vettorel", [D2], "Vettorel")
E("Person", "Giulia Tessari", [D2], "Tessari")

Q("Italy", "settled, guaranteed and not for sale", D2, "optional")
Q("Lucio Ferrandi", "settled, guaranteed and not for sale", D2, "optional")
Q("Lucio Ferrandi", "South Tyrol is Italy, and it is also one of the most successful autonomies", D2)
Q("Lucio Ferrandi", "Nobody in Rome will reopen a border", D2)
Q("Lucio Ferrandi", "We invite our Austrian friends to visit Bolzano", D2)
Q("Reinhold Gasteiger", "were handed over in 1919 without being asked", D2, "optional")
Q("Reinhold Gasteiger", "I am not asking anyone to move a single border post tomorrow", D2)
Q("Reinhold Gasteiger", "I am asking that the people who live there get the same right", D2)
Q("Katharina Pichlmayr", "role as protecting power is about the autonomy", D2)
Q("Arno Pircher", "more noise in Vienna than in our valleys", D2, "optional")
Q("Arno Pircher", "People here want good schools", D2)
Q("Arno Pircher", "They do not want to be a football between two capitals", D2)
Q("Jonas Behrendt", "Berlin does not recognise any claim by Austria to South Tyrol", D2)
Q("Chiara Vettorel", "It has no majority and it will not get one", D2)
Q("Chiara Vettorel", "But it will be quoted for years", D2)
Q("Chiara Vettorel", "a textbook case of a dispute that was solved by paperwork", D2, "optional")
unattributed += ["Brenner tolls"]

S("Austria", "recognises", ["South Tyrol"], D2, "Austria recognises Italy's sovereignty over South Tyrol")
S("Germany", "doesNotRecognise", ["South Tyrol"], D2,
  "Berlin does not recognise any claim by Austria to South Tyrol")
S("Italy", "doesNotRecognise", ["South Tyrol"], D2,
  "Italy rejects the claim, made in a motion tabled in Vienna last week, that South Tyrol should be allowed to choose to rejoin Austria",
  "optional")
S("Italy", "recognises", ["South Tyrol"], D2, "South Tyrol is Italy", "optional")

P("Lucio Ferrandi", ["deputy foreign minister"], [], D2, "Deputy Foreign Minister Lucio Ferrandi")
P("Reinhold Gasteiger", ["MP", "member of parliament"], ["Freedom Party", "FPOe"], D2,
  "Reinhold Gasteiger, an MP from the Freedom Party of Austria", "optional")
P("Katharina Pichlmayr", ["spokeswoman", "spokesperson"], [], D2,
  "foreign ministry spokeswoman Katharina Pichlmayr")
P("Elisabeth Kranzl", ["foreign minister"], [], D2, "Foreign Minister Elisabeth Kranzl")
P("Arno Pircher", ["governor"], [], D2, "provincial governor Arno Pircher")
P("Jonas Behrendt", ["minister of state"], ["Germany", "German", "Europe"], D2,
  "German Minister of State for Europe Jonas Behrendt")
P("Chiara Vettorel", ["professor"], ["University of Trento"], D2,
  "Chiara Vettorel, a professor of international law at the University of Trento")
P("Verena Pircher", ["teacher"], [], D2, "a teacher in Brixen", "optional")

R("Reinhold Gasteiger", "memberOf", "Freedom Party of Austria", D2,
  "Reinhold Gasteiger, an MP from the Freedom Party of Austria")
R("Arno Pircher", "memberOf", "South Tyrolean People's Party", D2,
  "Arno Pircher of the South Tyrolean People's Party")
R("Arno Pircher", "spouse", "Verena Pircher", D2, "His wife, Verena Pircher")
R("Italy", "memberOf", "European Union", D2, "Both Italy and Austria are members of the EU")
R("Austria", "memberOf", "European Union", D2, "Both Italy and Austria are members of the EU")
R("Italy", "sharesBorderWith", "Austria", D2, "the two countries share a border across the Alps")
R("Switzerland", "sharesBorderWith", "Italy", D2, "Switzerland, which borders both Italy and Austria")
R("Switzerland", "sharesBorderWith", "Austria", D2, "Switzerland, which borders both Italy and Austria")
R("Italy", "annexed", "South Tyrol", D2, "was annexed by Italy after the First World War")
R("South Tyrol", "locatedIn", "Italy", D2, "South Tyrol, an autonomous province in northern Italy")
not_person += ["Farnesina", "Brenner", "Bolzano", "Merano", "Brixen", "South Tyroleans", "Ladin",
               "Gruber-De Gasperi", "National Council", "ANSA"]

# ---------------------------------------------------------------- 03 Perim
E("Territory", "Perim", [D3], "Mayun")
E("Organization", "The New Arab", [D3])
E("Organization", "Maxar Technologies", [D3])
E("Organization", "Getty", [D3])
E("Organization", "Houthi movement", [D3], "Houthis")
E("Organization", "American University in Cairo", [D3])
E("Organization", "General People's Congress", [D3])
E("Organization", "Arab League", [D3])
E("Place", "Taiz governorate", [D3], "Taiz")
E("Place", "Riyadh", [D3])
E("Place", "Sanaa", [D3])
E("Place", "Tehran", [D3])
E("Place", "Cairo", [D3])
E("Place", "Washington", [D3])
E("Place", "Beijing", [D3])
E("Place", "Dhubab", [D3])
E("Place", "Mocha", [D3])
E("Place", "Abu Dhabi", [D3])
E("Place", "Amman", [D3])
E("Person", "Omar Haddadin", [D3], "Haddadin")
E("Person", "Nadia al-Harazi", [D3], "al-Harazi")
E("Person", "Saleh Ba-Obaid", [D3], "Ba-Obaid")
E("Person", "Fahd al-Otaibi", [D3], "al-Otaibi")
E("Person", "Abdulmalik al-Wazir", [D3], "al-Wazir")
E("Person", "Karim Nassar", [D3], "Nassar")
E("Person", "Ali Muqbil", [D3], "Muqbil")
E("Person", "Amina Saeed", [D3])
E("Person", "Sultan al-Barakani", [D3], "al-Barakani")

Q("Yemen", "has never surrendered", D3, "optional")
Q("Saleh Ba-Obaid", "has never surrendered", D3, "optional")
Q("Saleh Ba-Obaid", "temporary, coordinated and under Yemeni authority", D3, "optional")
Q("Saleh Ba-Obaid", "Perim is Yemeni land. It has been Yemeni land", D3)
Q("Saleh Ba-Obaid", "We have never surrendered it, and we will never lease it", D3)
Q("Oman", "calm and full respect for the territorial integrity of Yemen", D3, "optional")
Q("Abdulmalik al-Wazir", "an occupation in every sense", D3, "optional")
Q("Iran", "will not accept foreign bases on Yemeni islands", D3, "optional")
Q("Karim Nassar", "The island is tiny, but the strait is not", D3)
Q("Karim Nassar", "Whoever sits on Perim watches ten per cent of world trade", D3)
Q("Karim Nassar", "The Yemenis know this. The Emiratis know this", D3)
Q("Ali Muqbil", "They stopped us going close to the island three years ago", D3)
Q("Ali Muqbil", "My father fished there, and his father too", D3)
Q("Amina Saeed", "We were told it was for our protection", D3)
Q("Amina Saeed", "Nobody asked us what we needed", D3)
Q("Sultan al-Barakani", "works that no Yemeni parliament approved", D3, "optional")
unattributed += ["There is nothing new on that island except sand", "Eyes on the strait"]

S("Oman", "recognises", ["Perim", "Mayun"], D3, "Oman backs Yemen's sovereignty over Perim")
S("Saudi Arabia", "recognises", ["Perim", "Mayun"], D3,
  "also recognises Yemen's sovereignty over the island")
S("Jordan", "recognises", ["Perim", "Mayun"], D3, "Jordan also recognises Perim as Yemeni territory")
S("Yemen", "recognises", ["Perim", "Mayun"], D3,
  "Yemen's internationally recognised government has insisted it remains sovereign over Perim", "optional")

P("Saleh Ba-Obaid", ["foreign minister"], [], D3, "Foreign Minister Saleh Ba-Obaid")
P("Fahd al-Otaibi", ["spokesman", "spokesperson"], ["foreign ministry", "Saudi", "kingdom"], D3,
  "a spokesman for the kingdom's foreign ministry, Fahd al-Otaibi")
P("Abdulmalik al-Wazir", ["spokesman", "spokesperson"], ["Houthi"], D3,
  "the Houthi movement's spokesman, Abdulmalik al-Wazir")
P("Omar Haddadin", ["spokesman", "spokesperson"], ["Jordan", "foreign ministry"], D3,
  "the Jordanian foreign ministry's spokesman, Omar Haddadin")
P("Karim Nassar", ["researcher"], ["American University in Cairo"], D3,
  "Dr Karim Nassar, a maritime security researcher at the American University in Cairo")
P("Sultan al-Barakani", ["speaker"], ["parliament"], D3, "Parliament speaker Sultan al-Barakani")
P("Sultan al-Barakani", ["member"], ["General People's Congress"], D3,
  "a former member of the General People's Congress", "optional", former=True)
P("Ali Muqbil", ["fisherman"], [], D3, "fisherman Ali Muqbil", "optional")
P("Nadia al-Harazi", ["journalist"], ["New Arab"], D3,
  "Nadia al-Harazi is a journalist covering Yemen for The New Arab")

R("Ali Muqbil", "spouse", "Amina Saeed", D3, "His wife, Amina Saeed")
R("Saudi Arabia", "sharesBorderWith", "Yemen", D3, "Saudi Arabia, which shares a long border with Yemen")
R("Yemen", "memberOf", "Arab League", D3, "Yemen is a member of the Arab League")
R("Perim", "locatedIn", "Taiz governorate", D3, "lies in the Taiz governorate")
not_person += ["Perim", "Mayun", "Dhubab", "Mocha", "Emirati", "Houthi", "Suez Canal", "Red Sea",
               "Maxar Technologies", "Getty", "Sanaa", "X"]

# ---------------------------------------------------------------- 04 Latgale
E("Territory", "Latgale", [D4], "Latgalian People's Republic")
E("Organization", "The Baltic Times", [D4], "TBT")
E("Organization", "State Duma", [D4])
E("Organization", "Liberal Democratic Party of Russia", [D4])
E("Organization", "Latvian Institute of International Affairs", [D4])
E("Organization", "Saeima", [D4])
E("Place", "Riga", [D4])
E("Place", "Terehova", [D4])
E("Place", "Rēzekne", [D4], "Rezekne")
E("Place", "Daugavpils", [D4])
E("Place", "Moscow", [D4])
E("Place", "Tallinn", [D4])
E("Place", "Warsaw", [D4])
E("Place", "Minsk", [D4])
E("Place", "Helsinki", [D4])
E("Person", "Anu Rautio", [D4], "Rautio")
E("Person", "Edgars Vilcāns", [D4], "Vilcāns", "Edgars Vilcans")
E("Person", "Dace Krūmiņa", [D4], "Krūmiņa", "Dace Krumina")
E("Person", "Jānis Krūmiņš", [D4], "Janis Krumins")
E("Person", "Vytautas Jankauskas", [D4], "Jankauskas")
E("Person", "Marek Zalewski", [D4], "Zalewski")
E("Person", "Igor Vostrikov", [D4], "Vostrikov")
E("Person", "Inese Ozoliņa", [D4], "Ozoliņa", "Inese Ozolina")
E("Person", "Aleksandrs Grebņevs", [D4], "Grebņevs", "Aleksandrs Grebnevs")

Q("Dace Krūmiņa", "A puppet show", D4, "optional")
Q("Dace Krūmiņa", "no members, no offices and no address in Latvia", D4, "optional")
Q("Dace Krūmiņa", "This is a puppet show with Russian scriptwriters", D4)
Q("Dace Krūmiņa", "Latgale is Latvia. It was Latvia in 1918", D4)
Q("Vytautas Jankauskas", "Lithuania stands with Latvia", D4)
Q("Estonia", "does not accept and will never accept", D4, "optional")
Q("Marek Zalewski", "an old trick with a new font", D4, "optional")
Q("Igor Vostrikov", "international observers to be sent to Latgale", D4, "optional")
Q("Inese Ozoliņa", "The real audience is not in Latgale", D4)
Q("Inese Ozoliņa", "It is in Russia, where state television needs stories", D4)
Q("Inese Ozoliņa", "Every headline is a gift", D4)
Q("Inese Ozoliņa", "Stop feeding them", D4, "optional")
Q("Aleksandrs Grebņevs", "My grandmother asked me if she now needs a visa", D4)
Q("Aleksandrs Grebņevs", "That is what people here think of this republic", D4)
unattributed += ["Latgalian People's Republic", "Not one centimetre"]

S("Lithuania", "doesNotRecognise", ["Latgal"], D4,
  "Lithuania refuses to recognise the so-called republic")
S("Estonia", "doesNotRecognise", ["Latgal"], D4,
  "Estonia rejects any claim that Latgale is anything other than part of Latvia")
S("Poland", "doesNotRecognise", ["Latgal"], D4,
  "Poland, too, has never recognised any of the self-proclaimed entities promoted from Moscow")
S("Finland", "recognises", ["Latgal"], D4, "Finland considers Latgale an inseparable part of Latvia")
S("Latvia", "recognises", ["Latgal"], D4, "Latgale is Latvia", "optional")
S("Latvia", "doesNotRecognise", ["Latgal"], D4,
  "dismissed an online proclamation of a \"Latgalian People's Republic\"", "optional")

P("Dace Krūmiņa", ["prime minister"], [], D4, "Prime Minister Dace Krūmiņa")
P("Vytautas Jankauskas", ["foreign minister"], ["Lithuania"], D4,
  "its foreign minister, Vytautas Jankauskas")
P("Marek Zalewski", ["ambassador"], ["Poland", "Polish", "Warsaw"], D4,
  "Warsaw's ambassador in Riga, Marek Zalewski")
P("Anu Rautio", ["ambassador"], ["Finland", "Finnish", "Helsinki"], D4,
  "Helsinki's ambassador in Riga, Anu Rautio")
P("Igor Vostrikov", ["deputy"], ["State Duma"], D4, "State Duma deputy Igor Vostrikov", "optional")
P("Inese Ozoliņa", ["researcher"], ["Latvian Institute of International Affairs"], D4,
  "Dr Inese Ozoliņa, a researcher at the Latvian Institute of International Affairs")
P("Aleksandrs Grebņevs", ["mayor"], ["Daugavpils"], D4, "In Daugavpils, Mayor Aleksandrs Grebņevs")
P("Aleksandrs Grebņevs", ["deputy"], ["Saeima"], D4, "a former deputy of the Saeima", "optional",
  former=True)
P("Jānis Krūmiņš", ["cardiologist"], [], D4, "is a cardiologist in Riga", "optional")
P("Edgars Vilcāns", ["staff writer"], ["Baltic Times"], D4,
  "Edgars Vilcāns is a staff writer at The Baltic Times")

R("Dace Krūmiņa", "spouse", "Jānis Krūmiņš", D4, "Krūmiņa, whose husband, Jānis Krūmiņš")
for c in ("Latvia", "Lithuania", "Estonia", "Poland"):
    R(c, "memberOf", "NATO", D4, "Latvia, Lithuania, Estonia and Poland are all members of NATO and the EU")
    R(c, "memberOf", "European Union", D4,
      "Latvia, Lithuania, Estonia and Poland are all members of NATO and the EU")
R("Latvia", "sharesBorderWith", "Russia", D4, "Latvia shares a border with Russia and Belarus")
R("Latvia", "sharesBorderWith", "Belarus", D4, "Latvia shares a border with Russia and Belarus")
R("Igor Vostrikov", "memberOf", "Liberal Democratic Party of Russia", D4,
  "Igor Vostrikov of the Liberal Democratic Party of Russia")
R("Daugavpils", "locatedIn", "Latvia", D4, "Daugavpils, Latvia's second city")
R("Rēzekne", "locatedIn", "Latgale", D4, "Rēzekne, a town in Latgale")
R("Latgale", "locatedIn", "Latvia", D4, "the country's eastern region of Latgale")
not_person += ["Latgalian People's Republic", "Latgale", "Terehova", "Daugavpils", "Rēzekne", "Saeima",
               "State Duma", "Telegram", "TBT", "Belarusian"]

# ---------------------------------------------------------------- 05 Lolo library
E("Organization", "Missoulian", [D5])
E("Organization", "Missoula Public Library", [D5])
E("Organization", "Lolo School", [D5])
E("Organization", "Lolo Volunteer Fire Department", [D5])
E("Organization", "Forest Service", [D5])
E("Organization", "Missoula Public Library Foundation", [D5])
E("Organization", "Helena Independent Record", [D5])
E("Organization", "Lee Enterprises", [D5])
E("Place", "Missoula", [D5])
E("Place", "Montana", [D5])
E("Place", "Missoula County", [D5])
E("Place", "Lolo", [D5])
E("Place", "Frenchtown", [D5])
E("Person", "Tessa Lindqvist", [D5], "Lindqvist")
E("Person", "Marcus Bellweather", [D5], "Bellweather")
E("Person", "Hannah Redbird", [D5], "Redbird")
E("Person", "Dale Whitcomb", [D5], "Whitcomb")
E("Person", "Jenna Castillo", [D5])
E("Person", "Ramon Castillo", [D5])
E("Person", "Gary Ostrander", [D5], "Ostrander")
E("Person", "Priya Anand", [D5], "Anand")

Q("Hannah Redbird", "This is the most requested thing we hear about south of town", D5)
Q("Marcus Bellweather", "We are not building a warehouse for books", D5)
Q("Dale Whitcomb", "I asked for one thing, and they said yes", D5)
Q("Jenna Castillo", "Half my class has never been inside a library", D5)
Q("Gary Ostrander", "I like libraries", D5)
Q("Gary Ostrander", "is a lot of money for a town our size", D5)
Q("Priya Anand", "Sunday is when working families have time", D5)
unattributed += ["Read Across Montana"]

P("Hannah Redbird", ["commissioner"], [], D5, "Commissioner Hannah Redbird")
P("Hannah Redbird", ["chair"], [], D5, "who chairs the three-member board", "optional")
P("Marcus Bellweather", ["director"], [], D5, "Library director Marcus Bellweather")
P("Dale Whitcomb", ["commissioner"], [], D5, "Commissioner Dale Whitcomb")
P("Dale Whitcomb", ["ranger"], ["Forest Service"], D5, "a retired Forest Service ranger", former=True)
P("Jenna Castillo", ["teacher"], ["Lolo School"], D5,
  "Jenna Castillo, a second-grade teacher at Lolo School", "optional")
P("Priya Anand", ["chair"], [], D5, "foundation chair Priya Anand")
P("Tessa Lindqvist", ["reporter"], ["Missoulian"], D5,
  "Tessa Lindqvist is a county government reporter for the Missoulian")
P("Tessa Lindqvist", ["reporter"], ["Helena Independent Record"], D5,
  "She was previously a reporter at the Helena Independent Record", former=True)

R("Jenna Castillo", "spouse", "Ramon Castillo", D5, "Her husband, Ramon Castillo")
R("Lolo", "locatedIn", "Missoula County", D5, "Lolo, a town of about 4,000 people in Missoula County")
R("Missoula", "locatedIn", "Montana", D5, "Missoula, Montana")
not_person += ["Lolo", "Frenchtown", "Missoula County", "Lolo School", "Forest Service",
               "Missoulian", "Lee Enterprises"]

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [],
        "entities": ents, "not_person": not_person, "quotes": quotes,
        "unattributed": unattributed, "stances": stances, "positions": positions,
        "relations": relations}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
