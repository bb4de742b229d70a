#!/usr/bin/env python3
"""Writes bench/heldout64/gold.json: the hand-made gold standard for bench/heldout64/articles.

Run: /work/main/.venv/bin/python bench/heldout64/check/gold_src.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_hungarytoday_szekely_land.txt"
D2 = "02_khaleejtimes_buraimi.txt"
D3 = "03_caymancompass_misteriosa_bank.txt"
D4 = "04_tiranatimes_northern_epirus.txt"
D5 = "05_nelsonstar_kootenay_lake_hospital.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Gold standard for bench/heldout64 (five invented articles; every person is fictional).
Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (name, surname, Dr/title + surname, pronoun, role or organisation), including sentences
  after the cue, colon quotes and every paragraph of a multi-paragraph quote. `optional` = partial quotes,
  headline/deck/subhead echoes and statements credited to an organisation in reported speech.
  Anonymous speakers (an unnamed Gulf diplomat) are not listed, so attributing their words counts as wrong.
- unattributed: scare quotes and coined names that must get no speaker.
- stances: polarity follows the wording (recognises / acknowledges / backs X's sovereignty / considers part
  of -> recognises; does not accept / rejects / refuses to recognise / has never recognised ->
  doesNotRecognise), whichever claimant the sentence names. Holders are countries only (a capital, a
  ministry, a minister or spokesperson speaking for the country counts for the country). Questions,
  hypotheticals, conditionals, declined answers and holders that are not countries (a party, the
  European Commission) are no stance. A claimant's own assertion is optional.
- positions: `of_any` empty when the text names no organisation next to the title. Seats (MP, MEP,
  senator, councillor, MLA, Shura member) and occupations are optional; former posts carry former=true.
- relations: only spouse, sharesBorderWith, invaded, memberOf, locatedIn stated in the text.
- entities: persons, organisations, countries, territories and places named in the article text, including
  bylines, photo credits, author footers, copyright lines and related-story lines; seas, lakes, vessels,
  buildings and social platforms are not entities. Capitals are places, not country aliases.
"""

E, NP, Q, U, S, P, R = [], [], [], [], [], [], []


def ent(doc, typ, name, *aliases):
    for e in E:
        if e["name"] == name:
            if doc not in e["docs"]:
                e["docs"].append(doc)
            return
    E.append({"type": typ, "name": name, "aliases": list(aliases), "docs": [doc]})


def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "status": status, "evidence": evidence})


def pos(doc, person, titles, of, evidence, status="required", former=False):
    P.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "status": status,
              "former": former, "evidence": evidence})


def rel(doc, s, pred, o, evidence):
    R.append({"subject": s, "predicate": pred, "object": o,
              "symmetric": pred in ("spouse", "sharesBorderWith"), "status": "required",
              "docs": [doc], "evidence": evidence})


# ---------------------------------------------------------------- D1
d = D1
for t, n, *a in [
    ("Organization", "Hungary Today"), ("Person", "Réka Vadász-Kellner"),
    ("Organization", "Szekler National Council", "SZNT"), ("Organization", "MTI"),
    ("Person", "Botond Fazakas"), ("Place", "Sfântu Gheorghe"), ("Place", "Covasna County"),
    ("Country", "Romania"), ("Country", "Hungary"), ("Place", "Transylvania"),
    ("Territory", "Székely Land", "Szekler Autonomous Region", "Szekely Land", "Szeklerland"),
    ("Person", "Ákos Tarsoly-Bende", "Tarsoly-Bende"), ("Place", "Budapest"), ("Place", "Bucharest"),
    ("Person", "Ioana Sârbu-Vlad"), ("Person", "Radu Pleșoianu"), ("Country", "Slovakia"),
    ("Place", "Bratislava"), ("Person", "Marek Horňák", "Horňák"), ("Organization", "Agerpres"),
    ("Person", "Csongor Bartalis"), ("Person", "Kinga Bartalis"), ("Person", "Attila Gergely-Moldovan"),
    ("Organization", "Democratic Alliance of Hungarians in Romania", "UDMR"),
    ("Person", "Enikő Szabó-Lupu", "Szabó-Lupu"), ("Organization", "Babeș-Bolyai University"),
    ("Place", "Cluj-Napoca"), ("Organization", "NATO"), ("Organization", "European Union"),
    ("Organization", "European Commission"), ("Place", "Miercurea Ciuc")]:
    ent(d, t, n, *a)
NP += ["Szekler", "Szeklers", "Székely", "Sfântu Gheorghe", "Covasna", "Agerpres", "MTI", "UDMR", "SZNT",
       "Babeș-Bolyai", "Hungary Today", "FM", "Miercurea Ciuc", "Szekler National Council"]
U += ["Szekler Autonomous Region"]
q(d, "Ákos Tarsoly-Bende", "Hungary does not recognise the Szekler Autonomous Region, and we will not recognise it")
q(d, "Ákos Tarsoly-Bende", "Autonomy can only come through negotiation with Bucharest")
q(d, "Ákos Tarsoly-Bende", "exactly as it has done for thirty years", "optional")
q(d, "Ákos Tarsoly-Bende", "Will Not Recognise", "optional")
q(d, "Ioana Sârbu-Vlad", "There is one Romania, with one constitution")
q(d, "Radu Pleșoianu", "The so-called declaration is a legal nullity")
q(d, "Radu Pleșoianu", "a legal nullity", "optional")
q(d, "Marek Horňák", "We have seen where such declarations lead")
q(d, "Csongor Bartalis", "We are not asking permission from Bucharest or from Budapest")
q(d, "Csongor Bartalis", "We are not asking permission", "optional")
q(d, "Kinga Bartalis", "Our grandparents were promised autonomy in 1918")
q(d, "Kinga Bartalis", "I read those words today because nobody else in that hall would")
q(d, "Attila Gergely-Moldovan", "a gift to the nationalists on both sides of the border", "optional")
q(d, "Attila Gergely-Moldovan", "The UDMR has won more for Hungarians through budgets and town halls")
q(d, "Attila Gergely-Moldovan", "This vote makes our work harder, not easier")
q(d, "Enikő Szabó-Lupu", "Nobody in the council expects recognition this year")
q(d, "Enikő Szabó-Lupu", "What they want is to put autonomy back on the agenda")
q(d, "Enikő Szabó-Lupu", "If Romania ever offered autonomy, Hungary would welcome it within the hour")
q(d, "European Commission", "a matter for the member state concerned, within the framework of its constitution", "optional")
SZ = ["Székely Land", "Szekler Autonomous Region", "Szekely Land", "Szeklerland"]
st(d, "Hungary", "doesNotRecognise", SZ, "Hungary does not recognise the Szekler Autonomous Region, and we will not recognise it")
st(d, "Romania", "doesNotRecognise", SZ, "Romania has never recognised any autonomous region in Székely Land and never will")
st(d, "Slovakia", "recognises", SZ, "Bratislava backs Romania's sovereignty over Székely Land")
pos(d, "Ákos Tarsoly-Bende", ["foreign minister"], ["Hungary"], "Hungary's Foreign Minister, Ákos Tarsoly-Bende")
pos(d, "Ákos Tarsoly-Bende", ["ambassador"], ["Bucharest", "Romania", "Hungary"], "Ákos Tarsoly-Bende, a former ambassador to Bucharest", former=True)
pos(d, "Ioana Sârbu-Vlad", ["spokeswoman", "spokesperson"], [], "government spokeswoman Ioana Sârbu-Vlad")
pos(d, "Radu Pleșoianu", ["foreign minister"], ["Romania", "Romanian"], "Romanian Foreign Minister Radu Pleșoianu")
pos(d, "Marek Horňák", ["ambassador"], ["Slovakia"], "Slovakia's ambassador in Bucharest, Marek Horňák")
pos(d, "Csongor Bartalis", ["president"], ["Szekler National Council", "SZNT"], "SZNT president Csongor Bartalis")
pos(d, "Attila Gergely-Moldovan", ["senator"], ["Democratic Alliance of Hungarians in Romania", "UDMR"], "Attila Gergely-Moldovan, a senator for the Democratic Alliance of Hungarians in Romania (UDMR)", "optional")
pos(d, "Enikő Szabó-Lupu", ["political scientist"], ["Babeș-Bolyai University"], "Enikő Szabó-Lupu, a political scientist at Babeș-Bolyai University")
pos(d, "Réka Vadász-Kellner", ["political reporter", "reporter"], ["Hungary Today"], "Réka Vadász-Kellner is a political reporter at Hungary Today")
rel(d, "Sfântu Gheorghe", "locatedIn", "Covasna County", "Sfântu Gheorghe, a town in Covasna County, Romania")
rel(d, "Covasna County", "locatedIn", "Romania", "Sfântu Gheorghe, a town in Covasna County, Romania")
rel(d, "Slovakia", "sharesBorderWith", "Hungary", "Slovakia, which shares a border with Hungary")
rel(d, "Csongor Bartalis", "spouse", "Kinga Bartalis", "alongside his wife, Kinga Bartalis")
rel(d, "Attila Gergely-Moldovan", "memberOf", "Democratic Alliance of Hungarians in Romania", "Attila Gergely-Moldovan, a senator for the Democratic Alliance of Hungarians in Romania (UDMR)")
for c in ("Hungary", "Romania"):
    for o in ("NATO", "European Union"):
        rel(d, c, "memberOf", o, "Hungary and Romania are both members of NATO and the European Union")
rel(d, "Babeș-Bolyai University", "locatedIn", "Cluj-Napoca", "Babeș-Bolyai University in Cluj-Napoca")

# ---------------------------------------------------------------- D2
d = D2
for t, n, *a in [
    ("Organization", "Khaleej Times"), ("Country", "Oman", "Sultanate of Oman"),
    ("Territory", "Al Buraimi", "Buraimi", "Al Buraimi oasis"), ("Place", "Riyadh"),
    ("Country", "Saudi Arabia"), ("Person", "Mariam Thottathil"), ("Person", "Rahul Nedumpara"),
    ("Place", "Dubai"), ("Organization", "Dar Al Waha Educational Publishing", "Dar Al Waha"),
    ("Place", "Mahdah"), ("Place", "Eastern Province"),
    ("Person", "Hamad Al Busaidi-Rawas", "Sayyid Hamad Al Busaidi-Rawas"), ("Organization", "Oman TV"),
    ("Organization", "Saudi Ministry of Foreign Affairs"), ("Organization", "Saudi Press Agency"),
    ("Person", "Nawaf Al Shahrani", "Dr Nawaf Al Shahrani", "Al Shahrani", "Dr Al Shahrani"),
    ("Country", "UAE", "United Arab Emirates", "Emirates"),
    ("Person", "Hessa Al Marzooqi", "Dr Hessa Al Marzooqi"),
    ("Person", "Khalid Al Mutairi-Nasser"), ("Person", "Salim Al Badi"), ("Person", "Aisha Al Kalbani"),
    ("Person", "Maryam Al Hinai", "Dr Maryam Al Hinai"), ("Organization", "Sultan Qaboos University"),
    ("Place", "London"), ("Country", "Kuwait"), ("Organization", "Gulf Cooperation Council", "GCC"),
    ("Organization", "Shura Council", "Saudi Shura Council"),
    ("Person", "Abdulaziz Al Harbi-Dosari", "Al Harbi-Dosari")]:
    ent(d, t, n, *a)
NP += ["Khaleej Times", "Dar Al Waha", "Oman TV", "Mahdah", "Sayyid", "Al Buraimi", "Buraimi", "KT",
       "Sultan Qaboos University", "Shura Council", "Sultanate", "Saudi Press Agency", "Gulf"]
q(d, "Hamad Al Busaidi-Rawas", "Al Buraimi is Omani, its people are Omani")
q(d, "Hamad Al Busaidi-Rawas", "We expect the publisher to correct its maps")
q(d, "Hamad Al Busaidi-Rawas", "is not up for discussion", "optional")
q(d, "Saudi Ministry of Foreign Affairs", "acknowledges the sovereignty of the Sultanate of Oman over Al Buraimi", "optional")
q(d, "Saudi Ministry of Foreign Affairs", "does not reflect the position of the Kingdom in any way", "optional")
q(d, "Saudi Arabia", "acknowledges the sovereignty of the Sultanate of Oman over Al Buraimi", "optional")
q(d, "Saudi Arabia", "does not reflect the position of the Kingdom in any way", "optional")
q(d, "Nawaf Al Shahrani", "The maps are wrong. The publisher has been told so")
q(d, "Hessa Al Marzooqi", "buried this question together, and nobody in the Emirates has any wish to dig it up", "optional")
q(d, "Khalid Al Mutairi-Nasser", "We used an outdated base map from the 1950s")
q(d, "Salim Al Badi", "My grandfather remembered the siege of the oasis")
q(d, "Salim Al Badi", "My grandfather remembered the siege", "optional")
q(d, "Aisha Al Kalbani", "A book cannot move a border")
q(d, "Maryam Al Hinai", "The Buraimi dispute was one of the great border quarrels")
q(d, "Maryam Al Hinai", "What is remarkable is not the mistake in the atlas")
q(d, "Abdulaziz Al Harbi-Dosari", "Every atlas in our schools should be checked by the ministry")
BU = ["Al Buraimi", "Buraimi", "Al Buraimi oasis"]
st(d, "Saudi Arabia", "recognises", BU, 'the Kingdom "acknowledges the sovereignty of the Sultanate of Oman over Al Buraimi"')
st(d, "Oman", "doesNotRecognise", BU, "Oman rejects any Saudi claim to Al Buraimi")
st(d, "Oman", "recognises", BU, "Al Buraimi is Omani, its people are Omani", "optional")
st(d, "UAE", "recognises", BU, "The UAE, which shares a long border with Oman, considers Al Buraimi part of the Sultanate of Oman")
pos(d, "Hamad Al Busaidi-Rawas", ["foreign minister"], ["Oman"], "Oman's Foreign Minister, Sayyid Hamad Al Busaidi-Rawas")
pos(d, "Nawaf Al Shahrani", ["spokesman", "spokesperson"], ["Saudi Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "Saudi"], "Its spokesman, Dr Nawaf Al Shahrani")
pos(d, "Hessa Al Marzooqi", ["minister of state"], ["UAE", "United Arab Emirates", "Gulf Affairs"], "Dr Hessa Al Marzooqi, the UAE's Minister of State for Gulf Affairs")
pos(d, "Khalid Al Mutairi-Nasser", ["managing director"], ["Dar Al Waha"], "Dar Al Waha's managing director, Khalid Al Mutairi-Nasser")
pos(d, "Maryam Al Hinai", ["associate professor", "professor"], ["Sultan Qaboos University"], "Dr Maryam Al Hinai, an associate professor of modern history at Sultan Qaboos University")
pos(d, "Abdulaziz Al Harbi-Dosari", ["member"], ["Shura Council"], "a Saudi Shura Council member, Abdulaziz Al Harbi-Dosari", "optional")
pos(d, "Mariam Thottathil", ["senior reporter", "reporter"], ["Khaleej Times"], "Mariam Thottathil is a senior reporter with Khaleej Times")
rel(d, "Salim Al Badi", "spouse", "Aisha Al Kalbani", "with his wife, Aisha Al Kalbani")
rel(d, "UAE", "sharesBorderWith", "Oman", "The UAE, which shares a long border with Oman")
rel(d, "Saudi Arabia", "sharesBorderWith", "Oman", "Saudi Arabia, which borders Oman and the UAE")
rel(d, "Saudi Arabia", "sharesBorderWith", "UAE", "Saudi Arabia, which borders Oman and the UAE")
for c in ("Oman", "Saudi Arabia", "UAE"):
    rel(d, c, "memberOf", "Gulf Cooperation Council", "Oman, Saudi Arabia and the UAE are all members of the Gulf Cooperation Council")
rel(d, "Mahdah", "locatedIn", "Oman", "the nearby Omani town of Mahdah")

# ---------------------------------------------------------------- D3
d = D3
for t, n, *a in [
    ("Organization", "Cayman Compass", "Compass"), ("Territory", "Misteriosa Bank"),
    ("Person", "Tanya Merren-Scott"), ("Place", "Cayman Brac", "Brac"), ("Person", "Devon Whittaker"),
    ("Organization", "Honduran Navy"), ("Territory", "Cayman Islands", "Cayman"),
    ("Territory", "Swan Islands"), ("Country", "Honduras"),
    ("Person", "Fiona Ashcombe-Reid"), ("Country", "United Kingdom", "UK"), ("Place", "London"),
    ("Person", "Eduardo Maradiaga Solís", "Maradiaga Solís"), ("Place", "Tegucigalpa"),
    ("Organization", "La Tribuna"), ("Person", "Delroy Ebanks-Powery"), ("Person", "Marcia Ebanks-Powery"),
    ("Place", "Stake Bay"), ("Person", "Kenneth Bodden-Connolly"),
    ("Organization", "People's Progressive Movement"), ("Place", "Cayman Brac East"),
    ("Organization", "Cayman Islands Government"), ("Person", "Lorraine McLaughlin-Tibbetts"),
    ("Place", "Washington"), ("Place", "Kingston"), ("Country", "United States"),
    ("Organization", "State Department"), ("Person", "Kyle Brennan-Ortiz", "Brennan-Ortiz"),
    ("Country", "Jamaica"), ("Person", "Damian Whyte-Clarke"), ("Organization", "Radio Jamaica"),
    ("Person", "Sophia Rankine", "Dr Sophia Rankine", "Rankine", "Dr Rankine"),
    ("Organization", "University College of the Cayman Islands"),
    ("Country", "Guatemala"), ("Country", "El Salvador"), ("Country", "Nicaragua"),
    ("Organization", "Central American Integration System"), ("Place", "Gracias a Dios"),
    ("Place", "Sister Islands"), ("Place", "George Town")]:
    ent(d, t, n, *a)
NP += ["Cayman Brac", "Brac", "Sea Hawk II", "Misteriosa", "Stake Bay", "La Tribuna", "Compass",
       "Gracias a Dios", "Governor", "Radio Jamaica", "Cayman Compass", "Swan Islands", "Honduran Navy",
       "State Department", "Deputy Premier", "Cayman Brac East"]
q(d, "Fiona Ashcombe-Reid", "The United Kingdom does not accept any Honduran claim to Misteriosa Bank")
q(d, "Fiona Ashcombe-Reid", "The boat was fishing lawfully and should never have been boarded")
q(d, "Fiona Ashcombe-Reid", "to be clarified, and if necessary withdrawn", "optional")
q(d, "Fiona Ashcombe-Reid", "does not accept", "optional")
q(d, "Eduardo Maradiaga Solís", "enforcing Honduran law in Honduran waters", "optional")
q(d, "Delroy Ebanks-Powery", "We were just fishing, same as my father fished that bank")
q(d, "Delroy Ebanks-Powery", "Then a grey boat comes alongside")
q(d, "Delroy Ebanks-Powery", "We were just fishing", "optional")
q(d, "Marcia Ebanks-Powery", "I did not sleep one night")
q(d, "Marcia Ebanks-Powery", "Nobody from any government called me until the fourth day")
q(d, "Kyle Brennan-Ortiz", "Misteriosa Bank is a different matter, and we would urge both sides to talk")
q(d, "Damian Whyte-Clarke", "our fishermen have been on that bank for generations, and they will stay there", "optional")
q(d, "Sophia Rankine", "The bank sits on the Cayman side of any fair median line")
q(d, "Sophia Rankine", "A decree in Tegucigalpa does not move that line one metre")
q(d, "Sophia Rankine", "What Cayman needs now is a fisheries agreement")
MB = ["Misteriosa Bank"]
st(d, "United Kingdom", "doesNotRecognise", MB, "The United Kingdom does not accept any Honduran claim to Misteriosa Bank")
st(d, "Honduras", "doesNotRecognise", MB, "Honduras has never recognised British jurisdiction over Misteriosa Bank")
st(d, "United States", "recognises", ["Swan Islands"], "The United States has recognised Honduran sovereignty over the Swan Islands")
st(d, "Jamaica", "doesNotRecognise", MB, "Jamaica, whose fishermen also work the bank, refuses to recognise Misteriosa Bank as Honduran")
pos(d, "Fiona Ashcombe-Reid", ["governor"], [], "Governor Fiona Ashcombe-Reid")
pos(d, "Eduardo Maradiaga Solís", ["foreign minister"], ["Honduras"], "Honduras' Foreign Minister Eduardo Maradiaga Solís")
pos(d, "Delroy Ebanks-Powery", ["captain"], [], "The boat's captain, Delroy Ebanks-Powery", "optional")
pos(d, "Kenneth Bodden-Connolly", ["mp"], ["Cayman Brac East", "People's Progressive Movement"], "Kenneth Bodden-Connolly, the People's Progressive Movement MP for Cayman Brac East", "optional")
pos(d, "Lorraine McLaughlin-Tibbetts", ["deputy premier"], [], "Deputy Premier Lorraine McLaughlin-Tibbetts")
pos(d, "Kyle Brennan-Ortiz", ["spokesperson"], ["State Department"], "a State Department spokesperson, Kyle Brennan-Ortiz")
pos(d, "Damian Whyte-Clarke", ["minister of agriculture and fisheries", "minister"], ["Jamaica"], "Jamaica's Minister of Agriculture and Fisheries, Damian Whyte-Clarke")
pos(d, "Sophia Rankine", ["lecturer"], ["University College of the Cayman Islands"], "Dr Sophia Rankine, a lecturer in maritime law at the University College of the Cayman Islands")
pos(d, "Tanya Merren-Scott", ["senior reporter", "reporter"], ["Cayman Compass"], "Tanya Merren-Scott is a senior reporter at the Cayman Compass")
rel(d, "Delroy Ebanks-Powery", "spouse", "Marcia Ebanks-Powery", "His wife, Marcia Ebanks-Powery")
rel(d, "Kenneth Bodden-Connolly", "memberOf", "People's Progressive Movement", "Kenneth Bodden-Connolly, the People's Progressive Movement MP")
for c in ("Guatemala", "El Salvador", "Nicaragua"):
    rel(d, "Honduras", "sharesBorderWith", c, "Honduras, which borders Guatemala, El Salvador and Nicaragua")
rel(d, "Honduras", "memberOf", "Central American Integration System", "is a member of the Central American Integration System")
rel(d, "Swan Islands", "locatedIn", "Gracias a Dios", "The Swan Islands, part of the Honduran department of Gracias a Dios")
rel(d, "Gracias a Dios", "locatedIn", "Honduras", "the Honduran department of Gracias a Dios")

# ---------------------------------------------------------------- D4
d = D4
for t, n, *a in [
    ("Organization", "Tirana Times"), ("Country", "Albania"), ("Country", "Greece"),
    ("Territory", "Northern Epirus", "southern Albania"), ("Person", "Blerina Kaçani-Dervishi"),
    ("Place", "Gjirokastër"), ("Person", "Ilir Mehmeti"), ("Place", "Tirana"),
    ("Organization", "European Parliament"), ("Person", "Kyriakos Vlachogiannis", "Vlachogiannis"),
    ("Place", "Strasbourg"), ("Place", "Sarandë"), ("Place", "Korçë"),
    ("Organization", "Greek Solution"), ("Organization", "Greek Foreign Ministry"),
    ("Person", "Stavros Meleteas", "Meleteas"), ("Place", "Athens"),
    ("Person", "Elira Dushku-Meta", "Dushku-Meta"), ("Person", "Leonidas Kallimani", "Kallimani"),
    ("Organization", "Omonia"), ("Place", "Brussels"),
    ("Person", "Arben Shehu-Lala", "Dr Arben Shehu-Lala", "Shehu-Lala"),
    ("Organization", "University of Tirana"), ("Country", "Italy"),
    ("Person", "Flutura Hoxha-Leka"), ("Person", "Petrit Leka"), ("Place", "Ioannina"),
    ("Organization", "NATO"), ("Organization", "European Union"), ("Place", "Dropull"), ("Place", "Finiq")]:
    ent(d, t, n, *a)
NP += ["Tirana Times", "Gjirokastër", "Omonia", "Greek Solution", "Northern Epirus", "MEP", "Sarandë",
       "Korçë", "Dropull", "Finiq", "Ioannina", "Greek", "Albanians"]
U += ["Northern Epirus", "special status"]
q(d, "Kyriakos Vlachogiannis", "was Greek before it was anything else", "optional")
q(d, "Stavros Meleteas", "Greece recognises Albania's sovereignty over the region some call Northern Epirus")
q(d, "Stavros Meleteas", "No map shown by a single MEP changes that")
q(d, "Elira Dushku-Meta", "We appreciate the clarity from Athens")
q(d, "Elira Dushku-Meta", "But Albanians have heard this kind of talk before")
q(d, "Leonidas Kallimani", "real and lasting harm", "optional")
q(d, "Leonidas Kallimani", "We are citizens of Albania, we vote in Albania")
q(d, "Leonidas Kallimani", "Nobody asked us before this map was printed")
q(d, "Kyriakos Vlachogiannis", "does not recognise the 1913 border and never will", "optional")
q(d, "Kyriakos Vlachogiannis", "surrendering history for the sake of Brussels", "optional")
q(d, "Arben Shehu-Lala", "What matters is what the Greek government says")
q(d, "Arben Shehu-Lala", "People in Gjirokastër have long memories")
q(d, "Flutura Hoxha-Leka", "We had two buses from Ioannina this morning")
q(d, "Flutura Hoxha-Leka", "People here are tired of politicians in other countries drawing lines")
st(d, "Greece", "recognises", ["Northern Epirus", "southern Albania"], "Greece recognises Albania's sovereignty over the region some call Northern Epirus")
pos(d, "Kyriakos Vlachogiannis", ["mep", "member of the european parliament"], [], "MEP Kyriakos Vlachogiannis", "optional")
pos(d, "Stavros Meleteas", ["spokesman", "spokesperson"], ["Greek Foreign Ministry", "Greece", "Greek"], "Greek Foreign Ministry spokesman Stavros Meleteas")
pos(d, "Elira Dushku-Meta", ["foreign minister"], ["Albania"], "Albania's Foreign Minister, Elira Dushku-Meta")
pos(d, "Elira Dushku-Meta", ["minister for europe"], [], "Dushku-Meta, who was minister for Europe before taking over the foreign ministry", former=True)
pos(d, "Leonidas Kallimani", ["head", "leader", "chair", "president"], ["Omonia"], "Leonidas Kallimani, who heads Omonia")
pos(d, "Arben Shehu-Lala", ["historian"], ["University of Tirana"], "Dr Arben Shehu-Lala, a historian at the University of Tirana")
pos(d, "Flutura Hoxha-Leka", ["mayor"], ["Gjirokastër"], "Mayor of Gjirokastër Flutura Hoxha-Leka")
pos(d, "Blerina Kaçani-Dervishi", ["reporter", "correspondent", "journalist"], ["Tirana Times"], "Blerina Kaçani-Dervishi covers foreign affairs for Tirana Times", "optional")
rel(d, "Kyriakos Vlachogiannis", "memberOf", "Greek Solution", "Vlachogiannis, who sits for the nationalist Greek Solution party")
rel(d, "Italy", "invaded", "Albania", "Italy invaded Albania in 1939")
rel(d, "Albania", "sharesBorderWith", "Greece", "Albania and Greece, which share a border of more than 200 kilometres")
rel(d, "Albania", "memberOf", "NATO", "Albania and Greece, which share a border of more than 200 kilometres, are both members of NATO")
rel(d, "Greece", "memberOf", "NATO", "Albania and Greece, which share a border of more than 200 kilometres, are both members of NATO")
rel(d, "Greece", "memberOf", "European Union", "Greece has been a member of the European Union since 1981")
rel(d, "Flutura Hoxha-Leka", "spouse", "Petrit Leka", "whose husband, Petrit Leka")

# ---------------------------------------------------------------- D5
d = D5
for t, n, *a in [
    ("Organization", "Nelson Star"), ("Organization", "Kootenay Lake Hospital"),
    ("Organization", "Interior Health"), ("Person", "Jonah Pellerin-Marsh"), ("Place", "Nelson"),
    ("Place", "Trail"), ("Organization", "Kootenay Lake Hospital Foundation"),
    ("Person", "Anneke Vos-Harrow", "Dr. Anneke Vos-Harrow", "Dr. Vos-Harrow", "Vos-Harrow"),
    ("Place", "Kootenay Boundary"), ("Person", "Glen Tarasoff-Beatty", "Tarasoff-Beatty"),
    ("Place", "Balfour"), ("Person", "Priya Sandhu-Keller"), ("Person", "Mark Delorme-Szabo"),
    ("Place", "Nelson-Creston"), ("Person", "Hana Okonkwo-Lind"), ("Organization", "BC NDP"),
    ("Place", "Kootenays"), ("Person", "Ruth Ashdown", "Ashdown"), ("Person", "Ken Ashdown"),
    ("Place", "West Kootenay"), ("Place", "British Columbia"), ("Place", "Kaslo"), ("Place", "Salmo"),
    ("Place", "North Shore"), ("Place", "Castlegar"),
    ("Organization", "Kootenay Boundary Regional Hospital")]:
    ent(d, t, n, *a)
NP += ["Nelson", "Nelson Star", "Kootenay Lake Hospital", "Interior Health", "Trail", "Balfour",
       "Nelson-Creston", "BC NDP", "Kaslo", "Salmo", "Castlegar", "Nelson and District Community Complex",
       "Kootenay Boundary", "Coun", "MLA", "West Arm"]
q(d, "Anneke Vos-Harrow", "This is the single biggest piece of equipment we have ever brought to this hospital")
q(d, "Anneke Vos-Harrow", "Right now, a patient with a suspected stroke or a torn knee waits")
q(d, "Glen Tarasoff-Beatty", "We had kids running lemonade stands")
q(d, "Glen Tarasoff-Beatty", "It means nobody has to drive to Trail in a snowstorm")
q(d, "Priya Sandhu-Keller", "An MRI without technologists is a very expensive sculpture")
q(d, "Priya Sandhu-Keller", "We need Interior Health to tell us how it will hire and house the people")
q(d, "Hana Okonkwo-Lind", "listened to the Kootenays for once", "optional")
q(d, "Ruth Ashdown", "I'm glad about the MRI, I really am")
q(d, "Ruth Ashdown", "But if the emergency doors are locked at 2 a.m.")
q(d, "Interior Health", "a last resort", "optional")
pos(d, "Anneke Vos-Harrow", ["medical director"], ["Interior Health"], "Dr. Anneke Vos-Harrow, Interior Health's medical director for the Kootenay Boundary area")
pos(d, "Glen Tarasoff-Beatty", ["chair"], ["Kootenay Lake Hospital Foundation", "Foundation"], "Foundation chair Glen Tarasoff-Beatty")
pos(d, "Priya Sandhu-Keller", ["mayor"], ["Nelson"], "Nelson Mayor Priya Sandhu-Keller")
pos(d, "Mark Delorme-Szabo", ["councillor"], [], "Councillor Mark Delorme-Szabo", "optional")
pos(d, "Hana Okonkwo-Lind", ["mla"], ["Nelson-Creston"], "Nelson-Creston MLA Hana Okonkwo-Lind", "optional")
pos(d, "Ruth Ashdown", ["nurse"], ["Kootenay Lake Hospital"], "Retired nurse Ruth Ashdown, who worked at Kootenay Lake Hospital for 31 years", "optional", former=True)
pos(d, "Ken Ashdown", ["councillor", "city councillor"], ["Nelson"], "Ken Ashdown, a former Nelson city councillor", former=True)
pos(d, "Jonah Pellerin-Marsh", ["reporter"], ["Nelson Star"], "Jonah Pellerin-Marsh is a reporter with the Nelson Star")
rel(d, "Ruth Ashdown", "spouse", "Ken Ashdown", "Her husband, Ken Ashdown")
rel(d, "Hana Okonkwo-Lind", "memberOf", "BC NDP", "Hana Okonkwo-Lind, a member of the BC NDP")
rel(d, "Nelson", "locatedIn", "West Kootenay", "Nelson, a city of about 11,000 in the West Kootenay region of British Columbia")
rel(d, "West Kootenay", "locatedIn", "British Columbia", "the West Kootenay region of British Columbia")
rel(d, "Kootenay Lake Hospital", "locatedIn", "Nelson", "Kootenay Lake Hospital in Nelson")
rel(d, "Kootenay Boundary Regional Hospital", "locatedIn", "Trail", "Kootenay Boundary Regional Hospital in Trail")

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": E,
        "not_person": sorted(set(NP)), "quotes": Q, "unattributed": U, "stances": S,
        "positions": P, "relations": R}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote gold.json:", {k: len(v) for k, v in gold.items() if isinstance(v, list)})
