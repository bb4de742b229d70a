#!/usr/bin/env python3
"""Writes bench/heldout52/gold.json from the hand-made lists below.  Run: python check/gold_src.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_ipn_gagauzia.txt"
D2 = "02_thearabweekly_najran.txt"
D3 = "03_n1info_sastavci.txt"
D4 = "04_montevideoportal_martin_garcia.txt"
D5 = "05_limerickleader_adare_pitch.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Gold standard for bench/heldout52 (five invented articles; every person is fictional).
Format as shared/eval/seeds-gold.json, read by shared/eval/score.py. Extra fields (docs, evidence,
former, and docs on entities) are for the checks in check/ and are ignored by the scorer.
Conventions:
- quotes: `key` is a distinctive stretch of the quote's own words. required = a full statement with an
  explicit speaker (name, surname, Mr/Mrs/Ms/Dr + surname, pronoun, role or organisation), including
  sentences after the cue, colon quotes, continuation paragraphs and each paragraph of a multi-paragraph
  quote. optional = partial quotes, headline/deck/subhead echoes, statements also creditable to a country.
  Anonymous speakers (a Western diplomat, an unnamed resident) are not listed, so crediting their words to
  anyone counts as a wrong attribution. `unattributed` = scare quotes, labels and titles with no speaker.
- stances: the holder is a country (named, or through its capital, government, ministry or a minister
  speaking for it). For a breakaway region, `recognises` means recognising it as a state. For a disputed
  island, enclave or province, `recognises` means accepting the sovereignty of the state that holds it
  (acknowledges / backs / considers X part of Y) and `doesNotRecognise` means refusing it. Questions,
  hypotheticals (`If Serbia were to recognise`), and `is expected to recognise` are not stances. A claimant's
  own position and `considers Gagauzia part of Moldova` (read as non-recognition of a Gagauz state) are
  optional.
- positions: `of_any` lists the organisation or country wording the text gives next to the title; former
  posts carry former=true and are required. Parliamentary and council seats, party membership roles and
  occupations are optional. Author footers count.
- relations: only those stated in the text (spouse, sharesBorderWith, invaded, claims, memberOf, locatedIn).
- entities: every person, organisation, country, territory and place named in the text, including bylines,
  photo credits, footers and Related lines; roads, buildings, treaties, platforms (X, Telegram) and unnamed
  bodies are not entities. Ministries named only through a possessive (Ukraine's Ministry of Foreign
  Affairs, the Saudi Ministry of Foreign Affairs) are not listed."""

ents = []
def E(t, name, aliases, docs):
    ents.append({"type": t, "name": name, "aliases": aliases, "docs": docs})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"

# ---- 01 Gagauzia
for t, n, a in [
    (P, "Irina Cebotari", ["Cebotari"]), (P, "Fiodor Caraman", ["Caraman"]),
    (P, "Anastasia Caraman", ["Mrs Caraman"]), (P, "Vadim Topal", ["Topal"]),
    (P, "Selin Aktaş", ["Aktaş", "Selin Aktas", "Aktas", "Ambassador Aktaş"]),
    (P, "Oleh Kravets", ["Kravets"]), (P, "Andrei Pârvu", ["Pârvu", "Andrei Parvu", "Parvu"]),
    (P, "Natalia Rusu", ["Rusu", "Dr Natalia Rusu", "Dr Rusu"]), (P, "Mihai Grecu", ["Grecu"]),
    (P, "Elena Bodrug", ["Bodrug"]),
    (C, "Moldova", ["Republic of Moldova"]), (C, "Ukraine", []), (C, "Russia", []),
    (C, "Romania", []), (C, "Turkey", ["Türkiye"]),
    (T, "Gagauzia", ["Gagauz Republic", "Gagauz Yeri"]),
    (O, "IPN", ["IPN News Agency", "Info-Prim Neo"]),
    (O, "People's Assembly of Gagauzia", ["People's Assembly"]),
    (O, "Party of Socialists", []), (O, "European Union", ["EU"]),
    (O, "Moldova State University", []), (O, "Radio Moldova", []),
    (PL, "Comrat", []), (PL, "Chisinau", ["Chișinău"]), (PL, "Ceadîr-Lunga", ["Ceadir-Lunga"]),
    (PL, "Kyiv", []), (PL, "Ankara", []), (PL, "Moscow", []), (PL, "Brussels", []),
    (PL, "Vulcănești", ["Vulcanesti"]),
]:
    E(t, n, a, [D1])
E(O, "NATO", [], [D1, D3])
# ---- 02 Najran
for t, n, a in [
    (P, "Yahya Abu Taleb", ["Abu Taleb"]),
    (P, "Abdulwahab Qaid", ["Qaid", "Dr Qaid", "Dr Abdulwahab Qaid"]),
    (P, "Turki Al-Harbi", ["Al-Harbi", "Al Harbi", "Turki Al Harbi"]),
    (P, "Salim Al-Rawahi", ["Al-Rawahi", "Al Rawahi", "Salim Al Rawahi"]),
    (P, "Hossein Karimi", ["Karimi"]),
    (P, "Layla Haddad", ["Haddad", "Dr Haddad", "Dr Layla Haddad"]),
    (P, "Abdulkarim Nasser", ["Nasser"]), (P, "Hamid Sharaf", ["Sharaf"]), (P, "Ali Qasim", ["Qasim"]),
    (C, "Yemen", ["Republic of Yemen"]), (C, "Saudi Arabia", []), (C, "Oman", []), (C, "Iran", []),
    (C, "Qatar", []), (C, "Iraq", []), (C, "Kuwait", []),
    (T, "Najran", []),
    (O, "The Arab Weekly", ["Arab Weekly"]), (O, "Ansar Allah", ["Houthis"]),
    (O, "Al-Masirah", ["Al Masirah"]), (O, "Gulf Cooperation Council", ["GCC"]),
    (O, "Gulf Research Center", []), (O, "United Nations", ["UN"]), (O, "AFP", []),
    (PL, "Jizan", []), (PL, "Asir", []), (PL, "Sanaa", []), (PL, "Aden", []), (PL, "Riyadh", []),
    (PL, "Muscat", []), (PL, "Tehran", []), (PL, "Doha", []), (PL, "London", []), (PL, "Jeddah", []),
    (PL, "Baghdad", []),
]:
    E(t, n, a, [D2])
# ---- 03 Sastavci
for t, n, a in [
    (P, "Dragan Stojković", ["Stojković", "Stojkovic", "Dragan Stojkovic"]),
    (P, "Milica Jovanović", ["Jovanović", "Jovanovic", "Milica Jovanovic"]),
    (P, "Amra Hadžić", ["Hadžić", "Hadzic", "Amra Hadzic"]),
    (P, "Luka Radović", ["Radović", "Radovic", "Luka Radovic"]),
    (P, "Hasan Muratović", ["Muratović", "Muratovic", "Hasan Muratovic"]),
    (P, "Fatima Muratović", ["Fatima", "Fatima Muratovic"]),
    (P, "Zoran Milić", ["Milić", "Milic", "Zoran Milic"]),
    (P, "Jelena Kostić", ["Kostić", "Kostic", "Jelena Kostic", "Prof. Jelena Kostić"]),
    (P, "Edin Begić", ["Begić", "Begic", "Edin Begic"]),
    (P, "Senad Hodžić", ["Hodžić", "Hodzic", "Senad Hodzic"]),
    (C, "Serbia", []), (C, "Bosnia and Herzegovina", ["Bosnia", "BiH"]), (C, "Montenegro", []),
    (C, "Croatia", []), (C, "Yugoslavia", []), (C, "Germany", []),
    (T, "Sastavci", []),
    (PL, "Priboj", []), (PL, "Rudo", []), (PL, "Zvornik", []), (PL, "Belgrade", []),
    (PL, "Sarajevo", []), (PL, "Podgorica", []), (PL, "Banja Luka", []), (PL, "Republika Srpska", []),
    (O, "N1", []), (O, "National Assembly of Serbia", []), (O, "Serbian Progressive Party", []),
    (O, "University of Belgrade", []),
]:
    E(t, n, a, [D3])
# ---- 04 Martín García
for t, n, a in [
    (P, "Rodrigo Larrañaga", ["Larrañaga", "Larranaga", "Rodrigo Larranaga"]),
    (P, "Verónica Sosa", ["Sosa", "Veronica Sosa"]),
    (P, "Martín Echegaray", ["Echegaray", "Martin Echegaray"]),
    (P, "Gustavo Benítez", ["Benítez", "Benitez", "Gustavo Benitez"]),
    (P, "Estela Ferreyra", []), (P, "Raúl Ferreyra", ["Raul Ferreyra"]),
    (P, "Diego Nieves", ["Nieves"]),
    (P, "Pablo Irazábal", ["Irazábal", "Irazabal", "Pablo Irazabal", "Dr. Pablo Irazábal"]),
    (P, "Lucía Pereyra", ["Lucia Pereyra", "Pereyra"]), (P, "Andrés Viera", ["Andres Viera", "Viera"]),
    (C, "Uruguay", []), (C, "Argentina", []), (C, "Paraguay", []), (C, "Brazil", []),
    (T, "Martín García", ["Martin Garcia", "Martín García island", "Isla Martín García"]),
    (T, "Timoteo Domínguez", ["Timoteo Dominguez"]),
    (T, "Falkland Islands", ["Falklands"]),
    (PL, "Montevideo", []), (PL, "Carmelo", []), (PL, "Colonia", []), (PL, "Buenos Aires", []),
    (PL, "province of Buenos Aires", ["Buenos Aires Province"]), (PL, "Tigre", []),
    (PL, "Asunción", ["Asuncion"]), (PL, "Brasília", ["Brasilia"]),
    (O, "Montevideo Portal", []), (O, "National Party", ["Partido Nacional"]), (O, "Mercosur", []),
    (O, "Radio Mitre", []), (O, "University of the Republic", []),
]:
    E(t, n, a, [D4])
# ---- 05 Adare
for t, n, a in [
    (P, "Seamus Hartigan", ["Mr Hartigan"]), (P, "Mary Hartigan", []),
    (P, "Niamh Fitzgibbon", ["Fitzgibbon", "Cllr Niamh Fitzgibbon"]),
    (P, "Declan Moriarty", ["Moriarty", "Mr Moriarty"]),
    (P, "Aoife Culhane", ["Culhane", "Ms Culhane"]), (P, "Tom Hartnett", ["Hartnett", "Mr Hartnett"]),
    (P, "Rebecca O'Driscoll", ["O'Driscoll"]), (P, "Kieran Fennelly", ["Fennelly"]),
    (O, "Adare GAA", ["Adare GAA club"]), (O, "Limerick City and County Council", []),
    (O, "Fianna Fáil", ["Fianna Fail"]), (O, "Limerick Leader", []),
    (O, "Department of Tourism, Culture, Arts, Gaeltacht, Sport and Media", []),
    (PL, "Adare", []), (PL, "County Limerick", []), (PL, "Limerick", []), (PL, "Rathkeale", []),
    (PL, "Croom", []),
]:
    E(t, n, a, [D5])

not_person = [
    "Gagauz", "Bashkan", "Comrat", "Chisinau", "Ceadîr-Lunga", "IPN", "Info-Prim Neo", "Kremlin",
    "Vulcănești", "Radio Moldova", "Telegram", "People's Assembly",
    "Houthi", "Houthis", "Ansar Allah", "Al-Masirah", "Najran", "Jizan", "Asir", "Jeddah", "Aden",
    "Sanaa", "Kingdom", "Imamate", "Gulf Research Center",
    "Sastavci", "Priboj", "Rudo", "Republika Srpska", "Banja Luka", "N1", "Zvornik", "Podgorica",
    "Bosnian", "Serbian", "Montenegrin",
    "Martín García", "Timoteo Domínguez", "Palacio Santos", "Carmelo", "Tigre", "Colonia",
    "Mercosur", "Radio Mitre", "Sen.", "Uruguayan",
    "Adare", "Croagh", "Rathkeale", "Croom", "Fianna Fáil", "Gaelic Grounds", "Cllr", "GAA",
    "Limerick Leader",
]

quotes = []
def Q(speaker, key, doc, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
R, OPT = "required", "optional"
# 01
Q("Irina Cebotari", "Gagauzia has its autonomy, its language and its budget", D1)
Q("Irina Cebotari", "No assembly can declare itself out of a state it belongs to", D1)
Q("Irina Cebotari", "The map of Moldova is not up for a vote", D1, OPT)
Q("Fiodor Caraman", "We are not leaving anyone. We are asking to be heard", D1)
Q("Vadim Topal", "The declaration is a text about dignity, not about borders", D1)
Q("Anastasia Caraman", "misread in the capital", D1, OPT)
Q("Anastasia Caraman", "People here are tired of being told what they think", D1)
Q("Selin Aktaş", "Our ties with the Gagauz people are ties of language and culture", D1)
Q("Oleh Kravets", "Ukraine refuses to recognise any Gagauz Republic", D1)
Q("Ukraine", "Ukraine refuses to recognise any Gagauz Republic", D1, OPT)
Q("Andrei Pârvu", "a provocation with a Moscow postmark", D1, OPT)
Q("Natalia Rusu", "The draft is written to be rejected", D1)
Q("Natalia Rusu", "Either way the winner is whoever wants Moldova to stay away from Brussels", D1)
Q("Natalia Rusu", "It gives the region a right to leave only if Moldova loses its statehood", D1)
# 02
Q("Yahya Abu Taleb", "Children have a right to learn the history of their country", D2)
Q("Yahya Abu Taleb", "The treaty was signed by a man who had no mandate", D2)
Q("Abdulwahab Qaid", "has no standing whatsoever", D2, OPT)
Q("Abdulwahab Qaid", "The Republic of Yemen signed the Treaty of Jeddah", D2)
Q("Abdulwahab Qaid", "Those who print maps in Sanaa do not speak for the state", D2)
Q("Yemen", "regards any revival of old claims as a gift", D2, OPT)
Q("Abdulwahab Qaid", "regards any revival of old claims as a gift", D2, OPT)
Q("Yemen", "closed the file", D2, OPT)
Q("Turki Al-Harbi", "The Kingdom does not comment on school books printed by militias", D2)
Q("Turki Al-Harbi", "coordinated closely", D2, OPT)
Q("Salim Al-Rawahi", "as it backs the sovereignty of every neighbour", D2, OPT)
Q("Salim Al-Rawahi", "We urge our brothers in Sanaa to put their energy into peace talks", D2)
Q("Hossein Karimi", "as a closed question", D2, OPT)
Q("Hossein Karimi", "History cannot be erased by signatures made under pressure", D2)
Q("Layla Haddad", "The Houthis are not really talking to Riyadh", D2)
Q("Layla Haddad", "A map is a cheap way of telling them", D2)
Q("Abdulkarim Nasser", "We signed in Jeddah because we needed peace with our biggest neighbour", D2)
# 03
Q("Dragan Stojković", "For eighty years these people have lived in Bosnia on paper", D3)
Q("Dragan Stojković", "Bosnia would get fair compensation, more land than it gives", D3)
Q("Dragan Stojković", "take back", D3, OPT)
Q("Milica Jovanović", "does not reflect the position of the government", D3, OPT)
Q("Milica Jovanović", "Any change to the border between two states is done by treaty", D3)
Q("Amra Hadžić", "Sastavci is Bosnia and Herzegovina, and the people of Sastavci are our citizens", D3)
Q("Luka Radović", "Borders in our region have cost too much blood", D3)
Q("Montenegro", "Borders in our region have cost too much blood", D3, OPT)
Q("Hasan Muratović", "Every government remembers us when there is an election", D3)
Q("Hasan Muratović", "We want a bus, a doctor once a week and a shop", D3)
Q("Hasan Muratović", "We want a bus", D3, OPT)
Q("Fatima Muratović", "I was born in Bosnia and I will die in Bosnia", D3)
Q("Zoran Milić", "We are neighbours first", D3)
Q("Zoran Milić", "Serbia does not need more land. Priboj needs more people", D3)
Q("Jelena Kostić", "Sastavci was a mistake of a map-maker in 1945", D3)
# 04
Q("Rodrigo Larrañaga", "a joint administration", D4, OPT)
Q("Rodrigo Larrañaga", "geography has voted for Uruguay", D4, OPT)
Q("Rodrigo Larrañaga", "Anyone who takes the launch from Carmelo can see it", D4)
Q("Rodrigo Larrañaga", "I am not asking for war. I am asking for a conversation", D4)
Q("Verónica Sosa", "A treaty is not a menu from which each new legislature picks", D4)
Q("Verónica Sosa", "Uruguay keeps its word", D4, OPT)
Q("Verónica Sosa", "That is democracy. But foreign policy is made by the executive", D4)
Q("Martín Echegaray", "asks only the same courtesy in return", D4)
Q("Gustavo Benítez", "and we consider the matter closed, as the two countries themselves decided", D4, OPT)
Q("Estela Ferreyra", "People come here for the birds and the old prison", D4)
Q("Estela Ferreyra", "Every few years somebody in Montevideo discovers the island", D4)
Q("Raúl Ferreyra", "If the senator wants to help, he can pay for a new pier", D4)
Q("Diego Nieves", "We already share the river, the fish and the tourists", D4)
Q("Pablo Irazábal", "The island was a fortress long before it was a park", D4)
# 05
Q("Seamus Hartigan", "We listened, we moved the lights back twelve metres", D5)
Q("Seamus Hartigan", "We have 600 children playing with this club", D5)
Q("Niamh Fitzgibbon", "This is not just a GAA pitch", D5)
Q("Niamh Fitzgibbon", "I have been pushing for a walking track in Adare for six years", D5)
Q("Niamh Fitzgibbon", "A field for the whole village", D5, OPT)
Q("Declan Moriarty", "The conditions are strict, but the club accepted every one of them", D5)
Q("Aoife Culhane", "We were never against the club", D5)
Q("Aoife Culhane", "We just did not want a stadium shining into our bedrooms", D5)
Q("Tom Hartnett", "When we started, people told us an all-weather pitch", D5)
Q("Tom Hartnett", "Well, here we are", D5)

unattributed = [
    "self-determination", "people's republics", "the occupied provinces", "bring home",
    "A river that unites", "We want roads, not slogans", "A border of sand and memory",
    "Neither here nor there", "back", "Gagauz Republic",
]

stances = []
def S(country, stance, terr, doc, ev, status=R):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "evidence": ev, "status": status})
REC, NOT = "recognises", "doesNotRecognise"
S("Moldova", NOT, ["Gagauz Republic", "Gagauzia"], D1,
  "The government in Chisinau does not accept the existence of a Gagauz Republic, she said")
S("Turkey", NOT, ["Gagauz Republic", "Gagauzia"], D1, "Turkey has never recognised the Gagauz Republic")
S("Ukraine", NOT, ["Gagauz Republic", "Gagauzia"], D1, "Ukraine refuses to recognise any Gagauz Republic")
S("Romania", NOT, ["Gagauzia", "Gagauz Republic"], D1, "considers Gagauzia part of Moldova", OPT)
S("Yemen", REC, ["Najran"], D2, "The government acknowledges Saudi sovereignty over Najran under the treaty, the ministry said")
S("Oman", REC, ["Najran"], D2, "the sultanate backs Saudi Arabia's sovereignty over Najran")
S("Iran", NOT, ["Najran"], D2, "Tehran does not accept Saudi Arabia's sovereignty over Najran")
S("Serbia", REC, ["Sastavci"], D3, "Belgrade acknowledges Bosnia and Herzegovina's sovereignty over Sastavci, Jovanović said")
S("Montenegro", REC, ["Sastavci"], D3, "Podgorica backs Bosnia's sovereignty over Sastavci")
S("Bosnia and Herzegovina", REC, ["Sastavci"], D3, "Sastavci is Bosnia and Herzegovina", OPT)
S("Uruguay", REC, ["Martín García", "Martin Garcia"], D4,
  "Uruguay has recognized Argentina's sovereignty over Martín García since the 1973 River Plate Treaty")
S("Argentina", REC, ["Timoteo Domínguez", "Timoteo Dominguez"], D4,
  "Argentina recognizes Uruguay's sovereignty over Timoteo Domínguez")
S("Paraguay", REC, ["Martín García", "Martin Garcia"], D4, "Paraguay considers Martín García part of Argentina")

positions = []
def PO(person, titles, of, doc, ev, status=R, former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc],
                      "evidence": ev, "status": status, "former": former})
PO("Irina Cebotari", ["deputy prime minister", "deputy premier"], ["Moldova"], D1,
   "Irina Cebotari, Moldova's deputy prime minister for reintegration")
PO("Fiodor Caraman", ["Bashkan"], ["Gagauzia"], D1, "the Bashkan of Gagauzia, Fiodor Caraman")
PO("Vadim Topal", ["head", "chairman", "speaker"], ["People's Assembly"], D1,
   "Vadim Topal, who heads the People's Assembly of Gagauzia")
PO("Selin Aktaş", ["ambassador", "head"], ["Turkey", "embassy"], D1,
   "Selin Aktaş, who heads Turkey's embassy in Chisinau")
PO("Oleh Kravets", ["spokesman"], ["Ministry of Foreign Affairs", "Ukraine"], D1,
   "Oleh Kravets, spokesman for Ukraine's Ministry of Foreign Affairs")
PO("Andrei Pârvu", ["foreign minister"], ["Romania"], D1,
   "Former Romanian foreign minister Andrei Pârvu", former=True)
PO("Natalia Rusu", ["head"], ["Moldova State University", "political science"], D1,
   "Dr Natalia Rusu, who heads the political science department at Moldova State University")
PO("Mihai Grecu", ["correspondent"], ["IPN"], D1, "Mihai Grecu is IPN's correspondent for the southern regions")
PO("Mihai Grecu", ["reporter"], ["Radio Moldova"], D1, "He was previously a reporter for Radio Moldova", former=True)
PO("Anastasia Caraman", ["deputy", "member", "lawmaker"], ["People's Assembly", "assembly"], D1,
   "sits in the assembly for Ceadîr-Lunga", OPT)
PO("Yahya Abu Taleb", ["member"], ["Ansar Allah", "political bureau"], D2,
   "Yahya Abu Taleb, a member of the political bureau of Ansar Allah", OPT)
PO("Abdulwahab Qaid", ["foreign minister"], ["Yemen"], D2, "Dr Abdulwahab Qaid, Yemen's foreign minister")
PO("Turki Al-Harbi", ["spokesman"], ["Saudi", "Ministry of Foreign Affairs"], D2,
   "Turki Al-Harbi, spokesman for the Saudi Ministry of Foreign Affairs")
PO("Salim Al-Rawahi", ["minister of state for foreign affairs", "minister"], ["Oman"], D2,
   "Salim Al-Rawahi, Oman's minister of state for foreign affairs")
PO("Hossein Karimi", ["spokesman"], ["Iran", "foreign ministry"], D2,
   "Hossein Karimi, the Iranian foreign ministry spokesman")
PO("Layla Haddad", ["research fellow", "fellow"], ["Gulf Research Center"], D2,
   "Dr Layla Haddad, a research fellow at the Gulf Research Center")
PO("Abdulkarim Nasser", ["ambassador"], ["Yemen", "Riyadh"], D2,
   "Abdulkarim Nasser, a former Yemeni ambassador to Riyadh", former=True)
PO("Hamid Sharaf", ["correspondent"], ["The Arab Weekly", "Arab Weekly"], D2,
   "Hamid Sharaf is The Arab Weekly's Yemen correspondent")
PO("Dragan Stojković", ["MP", "member of parliament"], ["Serbian Progressive Party", "National Assembly"], D3,
   "Dragan Stojković, an MP from the Serbian Progressive Party", OPT)
PO("Milica Jovanović", ["foreign minister"], ["Serbia"], D3, "Serbian Foreign Minister Milica Jovanović")
PO("Amra Hadžić", ["Minister of Foreign Affairs", "foreign minister"], ["Bosnia"], D3,
   "Bosnia and Herzegovina's Minister of Foreign Affairs, Amra Hadžić")
PO("Luka Radović", ["foreign minister"], ["Montenegro"], D3, "Montenegrin Foreign Minister Luka Radović")
PO("Zoran Milić", ["mayor"], ["Priboj"], D3, "Zoran Milić, the mayor of Priboj")
PO("Jelena Kostić", ["head"], ["state commission for the border", "commission"], D3,
   "was formerly head of the state commission for the border with Bosnia and Herzegovina", former=True)
PO("Jelena Kostić", ["historian", "professor", "teaches history"], ["University of Belgrade"], D3,
   "who teaches history at the University of Belgrade", OPT)
PO("Edin Begić", ["reporter"], ["N1"], D3, "Edin Begić is an N1 reporter based in Sarajevo")
PO("Rodrigo Larrañaga", ["senator", "Sen."], [], D4, "Sen. Rodrigo Larrañaga", OPT)
PO("Verónica Sosa", ["foreign minister"], [], D4, "Foreign Minister Verónica Sosa")
PO("Martín Echegaray", ["foreign minister"], ["Argentina"], D4, "Argentina's foreign minister, Martín Echegaray")
PO("Gustavo Benítez", ["foreign minister"], ["Paraguay"], D4, "its foreign minister, Gustavo Benítez")
PO("Estela Ferreyra", ["park ranger"], [], D4, "has worked as a park ranger on Martín García", OPT)
PO("Diego Nieves", ["mayor"], ["Carmelo"], D4, "Carmelo's mayor, Diego Nieves")
PO("Pablo Irazábal", ["ambassador"], ["Uruguay", "Paraguay"], D4,
   "a former Uruguayan ambassador to Paraguay", former=True)
PO("Pablo Irazábal", ["historian"], ["University of the Republic"], D4,
   "Dr. Pablo Irazábal, a historian at the University of the Republic", OPT)
PO("Seamus Hartigan", ["chairman"], ["club", "Adare GAA"], D5,
   "Seamus Hartigan, who has been chairman of the club since 2024")
PO("Mary Hartigan", ["secretary"], ["club", "Adare GAA"], D5, "Mary Hartigan, who is club secretary")
PO("Niamh Fitzgibbon", ["member", "councillor", "Cllr"], ["Limerick City and County Council"], D5,
   "Cllr Niamh Fitzgibbon, a Fianna Fáil member of Limerick City and County Council", OPT)
PO("Declan Moriarty", ["senior engineer", "engineer"], ["council"], D5,
   "The council's senior engineer for the district, Declan Moriarty")
PO("Tom Hartnett", ["chairman"], ["club", "Adare GAA"], D5, "Tom Hartnett, a former chairman of the club", former=True)
PO("Rebecca O'Driscoll", ["reporter"], ["Limerick Leader"], D5,
   "Rebecca O'Driscoll is a reporter with the Limerick Leader")

relations = []
def RL(s, p, o, doc, ev):
    relations.append({"subject": s, "predicate": p, "object": o,
                      "symmetric": p in ("spouse", "sharesBorderWith"), "docs": [doc],
                      "evidence": ev, "status": R})
RL("Fiodor Caraman", "spouse", "Anastasia Caraman", D1, "Caraman's wife, Anastasia Caraman")
RL("Vadim Topal", "memberOf", "Party of Socialists", D1, "is a member of the Party of Socialists")
RL("Ceadîr-Lunga", "locatedIn", "Gagauzia", D1, "Ceadîr-Lunga, a town in Gagauzia")
RL("Ukraine", "sharesBorderWith", "Moldova", D1, "Ukraine, which shares a border with Moldova")
RL("Russia", "invaded", "Ukraine", D1, "Russia invaded Ukraine in 2022")
RL("Romania", "memberOf", "NATO", D1, "Romania, a member of NATO and of the European Union")
RL("Romania", "memberOf", "European Union", D1, "Romania, a member of NATO and of the European Union")
RL("Saudi Arabia", "sharesBorderWith", "Yemen", D2, "Saudi Arabia, which shares a border of more than 1,300 kilometres with Yemen")
RL("Oman", "sharesBorderWith", "Yemen", D2, "Oman, which also borders Yemen")
RL("Saudi Arabia", "memberOf", "Gulf Cooperation Council", D2, "Saudi Arabia and Oman, both members of the Gulf Cooperation Council")
RL("Oman", "memberOf", "Gulf Cooperation Council", D2, "Saudi Arabia and Oman, both members of the Gulf Cooperation Council")
RL("Iraq", "invaded", "Kuwait", D2, "Iraq invaded Kuwait in 1990")
RL("Yahya Abu Taleb", "memberOf", "Ansar Allah", D2, "a member of the political bureau of Ansar Allah")
RL("Dragan Stojković", "memberOf", "Serbian Progressive Party", D3, "an MP from the Serbian Progressive Party")
RL("Rudo", "locatedIn", "Bosnia and Herzegovina", D3, "the municipality of Rudo, in eastern Bosnia and Herzegovina")
RL("Rudo", "locatedIn", "Republika Srpska", D3, "whose territory includes Rudo")
RL("Priboj", "locatedIn", "Serbia", D3, "the Serbian town of Priboj")
RL("Bosnia and Herzegovina", "sharesBorderWith", "Serbia", D3, "Bosnia and Herzegovina shares borders with Serbia, Montenegro and Croatia")
RL("Bosnia and Herzegovina", "sharesBorderWith", "Montenegro", D3, "Bosnia and Herzegovina shares borders with Serbia, Montenegro and Croatia")
RL("Bosnia and Herzegovina", "sharesBorderWith", "Croatia", D3, "Bosnia and Herzegovina shares borders with Serbia, Montenegro and Croatia")
RL("Montenegro", "memberOf", "NATO", D3, "Montenegro, a member of NATO since 2017")
RL("Hasan Muratović", "spouse", "Fatima Muratović", D3, "Hasan Muratović, 67, has lived in the village all his life with his wife, Fatima")
RL("Germany", "invaded", "Yugoslavia", D3, "Germany invaded Yugoslavia in 1941")
RL("Rodrigo Larrañaga", "memberOf", "National Party", D4, "Larrañaga, a member of the National Party")
RL("Raúl Ferreyra", "spouse", "Estela Ferreyra", D4, "Her husband, Raúl Ferreyra")
RL("Argentina", "claims", "Falkland Islands", D4, "Argentina also claims the Falkland Islands")
RL("Argentina", "invaded", "Falkland Islands", D4, "Argentina also claims the Falkland Islands, which it invaded in 1982")
RL("Carmelo", "locatedIn", "Colonia", D4, "his town, in the department of Colonia")
RL("Uruguay", "sharesBorderWith", "Argentina", D4, "so the two countries now share a land border in the middle of the river")
RL("Paraguay", "memberOf", "Mercosur", D4, "Paraguay, which shares the Mercosur bloc with Uruguay and Argentina")
RL("Uruguay", "memberOf", "Mercosur", D4, "Paraguay, which shares the Mercosur bloc with Uruguay and Argentina")
RL("Argentina", "memberOf", "Mercosur", D4, "Paraguay, which shares the Mercosur bloc with Uruguay and Argentina")
RL("Seamus Hartigan", "spouse", "Mary Hartigan", D5, "His wife, Mary Hartigan")
RL("Niamh Fitzgibbon", "memberOf", "Fianna Fáil", D5, "a Fianna Fáil member of Limerick City and County Council")
RL("Adare", "locatedIn", "County Limerick", D5, "Adare, a village in County Limerick")

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": ents,
        "not_person": not_person, "quotes": quotes, "unattributed": unattributed,
        "stances": stances, "positions": positions, "relations": relations}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", HERE.parent / "gold.json")
