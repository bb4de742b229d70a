"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_euromaidanpress_northern_bukovina.txt", "02_searchlight_soldado_rock.txt",
                      "03_apnews_wallmapu.txt", "04_dailynewshungary_sandzak.txt", "05_cairnspost_kuranda_library.txt")
ABOUT = """Hand-made gold for this set (five invented articles; every person is fictional).
quotes: key = a distinctive stretch of the quote's own words. required = a full statement with an explicit
speaker (name, surname, pronoun, role or organisation), including sentences after the cue, colon quotes,
continuation paragraphs and every paragraph of a multi-paragraph quote. optional = partial quotes,
headline/deck echoes and second holders of the same words. Anonymous speakers are not listed, so any
attribution of their words counts as wrong. unattributed = quoted strings with no speaker (scare quotes,
subheads, headlines). stances: polarity follows the wording; required = explicit stances of a country (held
by the country, its capital, its ministry or a minister speaking for it); optional = a claimant's own claim;
questions, hypotheticals and 'is expected to recognise' are not stances. positions: of_any empty when no
organisation is named; former flag for former posts; author footers included. relations: only those stated
in the text. entities: every person, organisation, country, territory and place named in the text,
including bylines, photo credits, footers and copyright lines; rivers, seas and buildings are not entities."""

E = []
def ent(t, name, *aliases, doc=None):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": doc})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"
# ent(P, "Full Name", "Surname", doc=[D1]) ...

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
# q(D1, "Full Name", "a distinctive stretch of the quote's words") ...

UNATTR = []  # quoted strings with no speaker

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
# st(D1, "Country", N, ["Territory", "alias"], "evidence words") ...

NEG = [
    # {"docs": [D1], "country": "X", "territory": "Y", "why": "question", "evidence": "..."},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})

NOT_PERSON = []


# ---------------- D1 ----------------
for n, *a in [("Kateryna Levchenko",), ("Dorin Vladescu", "Vladescu"), ("Yurii Marchuk", "Marchuk"),
              ("Irina Constantinescu", "Constantinescu"), ("Victor Ciobanu", "Ciobanu"), ("Tomasz Wrona", "Wrona"),
              ("Ruslan Osadchuk", "Osadchuk"), ("Vasyl Hrytsiuk", "Hrytsiuk"), ("Ion Cojocaru", "Cojocaru"),
              ("Petro Savchuk", "Savchuk")]:
    ent(P, n, *a, doc=[D1])
for n, *a in [("Euromaidan Press",), ("Alliance for the Union of Romanians", "AUR"), ("Romanian Senate", "Senate"),
              ("Ukraine's Foreign Ministry",), ("Digi24",), ("NATO",), ("European Union",),
              ("Chernivtsi Oblast Military Administration",), ("Polish Foreign Ministry",), ("Russia's Foreign Ministry",),
              ("Kremlin",)]:
    ent(O, n, *a, doc=[D1])
ent(O, "European Commission", doc=[D1, D4])
for n, *a in [("Ukraine",), ("Romania",), ("Soviet Union",), ("Moldova",), ("Poland",), ("Russia",)]:
    ent(C, n, *a, doc=[D1])
ent(T, "Northern Bukovina", "Bukovina", doc=[D1])
for n in ["Chernivtsi", "Chernivtsi Oblast", "Bucharest", "Kyiv", "Hlyboka", "Chisinau", "Warsaw", "Moscow", "Siret", "Bessarabia"]:
    ent(PL, n, doc=[D1])

q(D1, "Dorin Vladescu", "historical Romanian land", "optional")
q(D1, "Dorin Vladescu", "open a dialogue on the historical Romanian lands", "optional")
q(D1, "Dorin Vladescu", "Nobody is talking about tanks or borders")
q(D1, "Dorin Vladescu", "If Kyiv has nothing to hide, it should not be afraid of a conversation")
q(D1, "Yurii Marchuk", "borders are not a subject for motions in foreign parliaments")
q(D1, "Yurii Marchuk", "Chernivtsi Oblast is Ukraine, and it will remain Ukraine")
q(D1, "Irina Constantinescu", "including Chernivtsi Oblast and the whole of Northern Bukovina", "optional")
q(D1, "Irina Constantinescu", "The position of the Romanian state is set by the government")
q(D1, "Irina Constantinescu", "We stand with Ukraine, today and for as long as it takes")
q(D1, "Victor Ciobanu", "reopening the maps of 1940 is the Kremlin")
q(D1, "Tomasz Wrona", "as over every inch of its land", "optional")
q(D1, "Tomasz Wrona", "No claim on Ukrainian territory will be accepted in Warsaw")
q(D1, "Ruslan Osadchuk", "People here have sons at the front")
q(D1, "Vasyl Hrytsiuk", "This city has always spoken four languages")
q(D1, "Ion Cojocaru", "My pupils sing the Romanian anthem at Christmas")
q(D1, "Ion Cojocaru", "What we need from Bucharest is textbooks, not motions")
q(D1, "Petro Savchuk", "AUR wants a scandal before the local elections")
q(D1, "European Commission", "the territorial integrity of Ukraine is not negotiable")
q(D1, "European Commission", "to act accordingly", "optional")

st(D1, "Romania", R, ["Northern Bukovina", "Bukovina"], "Foreign Minister Irina Constantinescu said Romania recognises Ukraine's territorial integrity")
st(D1, "Moldova", R, ["Northern Bukovina", "Bukovina"], "Chisinau regards Northern Bukovina as part of Ukraine")
st(D1, "Poland", R, ["Northern Bukovina", "Bukovina"], "Poland supports Ukraine's sovereignty over Northern Bukovina")
st(D1, "Ukraine", R, ["Northern Bukovina", "Bukovina"], "Chernivtsi Oblast is Ukraine, and it will remain Ukraine", "optional")
NEG.append({"docs": [D1], "country": "Russia", "territory": "Northern Bukovina", "why": "question",
            "evidence": "Would Moscow back the motion, or even recognise a Romanian claim to Northern Bukovina?"})

pos(D1, "Dorin Vladescu", ["senator"], ["Alliance for the Union of Romanians", "AUR"], "Dorin Vladescu, a senator from the nationalist Alliance for the Union of Romanians (AUR)")
pos(D1, "Yurii Marchuk", ["spokesperson"], ["Foreign Ministry", "Ukraine"], "Ukraine's Foreign Ministry spokesperson Yurii Marchuk")
pos(D1, "Irina Constantinescu", ["Foreign Minister"], ["Romania"], "Foreign Minister Irina Constantinescu")
pos(D1, "Victor Ciobanu", ["Foreign Minister"], ["Moldova"], "Moldovan Foreign Minister Victor Ciobanu")
pos(D1, "Tomasz Wrona", ["spokesman"], ["Polish Foreign Ministry", "Poland"], "Polish Foreign Ministry spokesman Tomasz Wrona")
pos(D1, "Ruslan Osadchuk", ["head"], ["Chernivtsi Oblast Military Administration"], "Ruslan Osadchuk, head of the Chernivtsi Oblast Military Administration")
pos(D1, "Vasyl Hrytsiuk", ["Mayor"], ["Chernivtsi"], "Chernivtsi Mayor Vasyl Hrytsiuk")
pos(D1, "Ion Cojocaru", ["headmaster"], [], "headmaster Ion Cojocaru")
pos(D1, "Petro Savchuk", ["ambassador"], ["Ukraine", "Romania"], "Petro Savchuk, Ukraine's former ambassador to Romania", former=True)
pos(D1, "Kateryna Levchenko", ["journalist"], ["Euromaidan Press"], "Kateryna Levchenko is a journalist at Euromaidan Press")

rel(D1, "Soviet Union", "annexed", "Northern Bukovina", "Northern Bukovina, which the Soviet Union annexed in 1940")
rel(D1, "Romania", "sharesBorderWith", "Ukraine", "which share some 600 kilometres of frontier")
rel(D1, "Romania", "memberOf", "NATO", "Romania is a member of NATO and the European Union")
rel(D1, "Romania", "memberOf", "European Union", "Romania is a member of NATO and the European Union")
rel(D1, "Russia", "invaded", "Ukraine", "Russia invaded Ukraine in 2022")
rel(D1, "Northern Bukovina", "locatedIn", "Ukraine", "which has been part of independent Ukraine since 1991")
rel(D1, "Romanian Senate", "locatedIn", "Bucharest", "outside the Senate in Bucharest")

# ---------------- D2 ----------------
for n, *a in [("Kimron Baptiste",), ("Glenroy Ollivierre", "Ollivierre"), ("Nicole Alleyne-Baptiste", "Alleyne-Baptiste"),
              ("Héctor Villarroel", "Villarroel"), ("Suresh Rampersad", "Rampersad"), ("Rohan Persaud", "Persaud"),
              ("Marlon Greaves", "Greaves"), ("Godwin Browne", "Browne"), ("Rajesh Sookram", "Sookram")]:
    ent(P, n, *a, doc=[D2])
for n, *a in [("SEARCHLIGHT", "SEARCHLIGHT Newspaper"), ("National Assembly of Venezuela", "National Assembly", "Venezuela's National Assembly"), ("CARICOM",),
              ("CARICOM Secretariat", "Secretariat"), ("New Democratic Party", "NDP"), ("ALBA",),
              ("House of Representatives",), ("Trinidad and Tobago Coast Guard",)]:
    ent(O, n, *a, doc=[D2])
for n, *a in [("St Vincent and the Grenadines", "SVG"), ("Trinidad and Tobago",), ("Venezuela",), ("Guyana",), ("Barbados",),
              ("Grenada",), ("Nicaragua",), ("United Kingdom",)]:
    ent(C, n, *a, doc=[D2])
ent(T, "Soldado Rock", "Soldado", doc=[D2])
for n, *a in [("Icacos", "Icacos Point"), ("Kingstown",), ("Caracas",), ("Port of Spain",), ("Delta Amacuro",),
              ("Georgetown",), ("Managua",), ("Cedros",), ("Trinidad",)]:
    ent(PL, n, *a, doc=[D2])

q(D2, "Glenroy Ollivierre", "will not be part of any attempt to redraw the map of the Caribbean", "optional")
q(D2, "Glenroy Ollivierre", "We have friends in Caracas and we have family in Port of Spain")
q(D2, "Glenroy Ollivierre", "Soldado Rock was settled by treaty in 1942, and that treaty stands")
q(D2, "National Assembly of Venezuela", "Venezuelan soil occupied since 1942", "optional")
q(D2, "Héctor Villarroel", "as it claims every grain of its territory", "optional")
q(D2, "Héctor Villarroel", "We are not sending soldiers to any rock")
q(D2, "Suresh Rampersad", "no effect whatsoever", "optional")
q(D2, "Suresh Rampersad", "Soldado Rock is Trinidad and Tobago. Full stop")
q(D2, "Rohan Persaud", "Georgetown will not accept a single new line on any map")
q(D2, "Marlon Greaves", "stands firmly behind the sovereignty and territorial integrity of Trinidad and Tobago", "optional")
q(D2, "CARICOM Secretariat", "Disputes in our region must be settled by dialogue and by international law")
q(D2, "Godwin Browne", "For years this Government has told us that Venezuela is our best friend")
q(D2, "Godwin Browne", "We cannot sit in one room with people who pass laws")
q(D2, "Glenroy Ollivierre", "quitting organisations is not foreign policy")
q(D2, "Rajesh Sookram", "We used to fish right up to the rock")
q(D2, "Rajesh Sookram", "Promises don't catch fish")

st(D2, "St Vincent and the Grenadines", R, ["Soldado Rock", "Soldado"], "this country recognises Trinidad and Tobago's sovereignty over Soldado Rock")
st(D2, "Guyana", N, ["Soldado Rock", "Soldado"], "said it refuses to recognise the Venezuelan law")
st(D2, "Barbados", R, ["Soldado Rock", "Soldado"], "Barbados regards Soldado Rock as part of Trinidad and Tobago")
st(D2, "Grenada", R, ["Soldado Rock", "Soldado"], "and so does Grenada")
st(D2, "Trinidad and Tobago", N, ["Soldado Rock", "Soldado"], "Trinidad and Tobago considers the Venezuelan law null and void", "optional")
st(D2, "Venezuela", R, ["Soldado Rock", "Soldado"], "Venezuela claims Soldado Rock", "optional")
NEG.append({"docs": [D2], "country": "Nicaragua", "territory": "Soldado Rock", "why": "is expected to recognise",
            "evidence": "is expected to recognise the Venezuelan law"})

pos(D2, "Glenroy Ollivierre", ["Minister of Foreign Affairs"], ["St Vincent and the Grenadines"], "Minister of Foreign Affairs Dr Glenroy Ollivierre")
pos(D2, "Héctor Villarroel", ["chair"], ["National Assembly", "foreign affairs committee"], "who chairs the National Assembly's foreign affairs committee")
pos(D2, "Nicole Alleyne-Baptiste", ["counterpart", "Minister of Foreign Affairs", "foreign minister"], ["Trinidad and Tobago", "Trinidadian"], "his Trinidadian counterpart, Nicole Alleyne-Baptiste", "optional")
pos(D2, "Suresh Rampersad", ["Prime Minister"], ["Trinidad and Tobago"], "Prime Minister Dr Suresh Rampersad")
pos(D2, "Rohan Persaud", ["Foreign Minister"], ["Guyana"], "Guyana's Foreign Minister Rohan Persaud")
pos(D2, "Marlon Greaves", ["Secretary-General"], ["CARICOM"], "CARICOM Secretary-General Dr Marlon Greaves")
pos(D2, "Godwin Browne", ["spokesman"], ["NDP", "New Democratic Party"], "NDP foreign affairs spokesman Mr Godwin Browne")
pos(D2, "Rajesh Sookram", ["fisherman"], [], "fisherman Rajesh Sookram")

rel(D2, "Venezuela", "claims", "Soldado Rock", "Venezuela claims Soldado Rock")
rel(D2, "St Vincent and the Grenadines", "memberOf", "ALBA", "St Vincent and the Grenadines' membership in ALBA")
rel(D2, "Delta Amacuro", "locatedIn", "Venezuela", "the Venezuelan state of Delta Amacuro")
rel(D2, "Icacos", "locatedIn", "Trinidad", "off Icacos, Trinidad")

# ---------------- D3 ----------------
for n, *a in [("Daniela Arávena",), ("Felipe Rozas",), ("Aucán Llancaqueo", "Llancaqueo"), ("Rodrigo Fuenzalida", "Fuenzalida"),
              ("Carolina Errázuriz", "Errázuriz"), ("Martín Iturralde", "Iturralde"), ("Juan Carlos Quispe", "Quispe"),
              ("Jorge Schmidt", "Schmidt"), ("Claudia Pichún", "Pichún"), ("Elena Catrileo", "Catrileo"),
              ("Hernán Oyarzún", "Oyarzún"), ("Tomás Benegas",)]:
    ent(P, n, *a, doc=[D3])
for n, *a in [("Associated Press", "AP", "The Associated Press"), ("Council of All Lands",), ("University of La Frontera",),
              ("United Nations Permanent Forum on Indigenous Issues",), ("Chile's Congress",), ("Peru's foreign ministry",)]:
    ent(O, n, *a, doc=[D3])
for n in ["Chile", "Argentina", "Peru", "Bolivia", "Uruguay"]:
    ent(C, n, doc=[D3])
ent(T, "Wallmapu", doc=[D3])
for n in ["Temuco", "Neuquén", "Río Negro", "Santiago", "Buenos Aires", "Lima", "Ercilla", "Araucanía"]:
    ent(PL, n, doc=[D3])
UNATTR.append("Wallmapu")

q(D3, "Council of All Lands", "the self-government of Wallmapu", "optional")
q(D3, "Aucán Llancaqueo", "We are not asking permission")
q(D3, "Aucán Llancaqueo", "We will govern it again, peacefully, with our own institutions")
q(D3, "Rodrigo Fuenzalida", "a self-appointed parliament", "optional")
q(D3, "Rodrigo Fuenzalida", "Chile is one country, with one constitution")
q(D3, "Rodrigo Fuenzalida", "What we will not accept is anyone drawing borders inside Chile")
q(D3, "Argentina", "inseparable parts of the Argentine nation", "optional")
q(D3, "Martín Iturralde", "The border is not up for discussion, and neither is the constitution")
q(D3, "Juan Carlos Quispe", "the rights of Indigenous peoples everywhere", "optional")
q(D3, "Juan Carlos Quispe", "That question is not on the table")
q(D3, "Jorge Schmidt", "My grandfather bought this land in 1931")
q(D3, "Jorge Schmidt", "We have to live together")
q(D3, "Claudia Pichún", "decades of broken promises", "optional")
q(D3, "Claudia Pichún", "I understand the anger. I do not share the method")
q(D3, "Elena Catrileo", "This is a political message, not a new state")
q(D3, "Elena Catrileo", "But the message is that the land question was never settled")
q(D3, "Hernán Oyarzún", "If La Moneda sends more police")
q(D3, "United Nations Permanent Forum on Indigenous Issues", "dialogue in good faith", "optional")

st(D3, "Chile", N, ["Wallmapu"], "the government does not recognize Wallmapu as a separate territory")
st(D3, "Argentina", N, ["Wallmapu"], "Argentina refuses to recognize the declaration")
st(D3, "Peru", N, ["Wallmapu"], "Lima does not recognize the declaration")
st(D3, "Uruguay", N, ["Wallmapu"], "and neither does Uruguay")
NEG.append({"docs": [D3], "country": "Bolivia", "territory": "Wallmapu", "why": "question",
            "evidence": "Asked whether Bolivia would ever recognize Wallmapu"})

pos(D3, "Aucán Llancaqueo", ["werken", "spokesman"], ["Council of All Lands", "council"], "Aucán Llancaqueo, the council's werken, or spokesman")
pos(D3, "Rodrigo Fuenzalida", ["interior minister"], ["Chile"], "Chile's interior minister, Rodrigo Fuenzalida")
pos(D3, "Carolina Errázuriz", ["Foreign Minister"], ["Chile"], "Foreign Minister Carolina Errázuriz")
pos(D3, "Martín Iturralde", ["spokesman"], ["ministry", "Argentina"], "Martín Iturralde, a ministry spokesman")
pos(D3, "Juan Carlos Quispe", ["foreign minister"], ["Bolivia"], "Bolivia's foreign minister, Juan Carlos Quispe")
pos(D3, "Claudia Pichún", ["Mayor"], ["Temuco"], "Temuco Mayor Claudia Pichún")
pos(D3, "Elena Catrileo", ["historian"], ["University of La Frontera"], "Elena Catrileo, a historian at the University of La Frontera")
pos(D3, "Hernán Oyarzún", ["senator"], ["Araucanía"], "Hernán Oyarzún, a former senator for Araucanía", former=True)
pos(D3, "Tomás Benegas", ["writer"], ["Associated Press"], "Associated Press writer Tomás Benegas")

rel(D3, "Argentina", "sharesBorderWith", "Chile", "Argentina and Chile, which share one of the world's longest land borders")
rel(D3, "Ercilla", "locatedIn", "Araucanía", "In Ercilla, a farming town in the Araucanía region")
rel(D3, "Temuco", "locatedIn", "Chile", "outside Temuco, Chile")
rel(D3, "University of La Frontera", "locatedIn", "Temuco", "at the University of La Frontera in Temuco")
rel(D3, "Buenos Aires", "locatedIn", "Argentina", "in Buenos Aires, Argentina")
rel(D3, "Neuquén", "locatedIn", "Argentina", "parts of Argentina's Neuquén and Río Negro provinces")
rel(D3, "Río Negro", "locatedIn", "Argentina", "parts of Argentina's Neuquén and Río Negro provinces")

# ---------------- D4 ----------------
for n, *a in [("Bence Kovács",), ("Gergely Szalai", "Szalai"), ("Emir Hodžić", "Hodžić"),
              ("Nenad Radosavljević", "Radosavljević"), ("Jelena Pantić", "Pantić"), ("Marko Vujović", "Vujović"),
              ("Kerem Aydın", "Aydın"), ("Attila Kern", "Kern"), ("Zsófia Balogh", "Balogh"), ("Amer Ljajić", "Ljajić")]:
    ent(P, n, *a, doc=[D4])
for n, *a in [("Daily News Hungary", "dailynewshungary.com"), ("Bosniak National Council",), ("Constitutional Court",),
              ("Alliance of Vojvodina Hungarians",), ("Hungarian Institute of International Affairs",), ("MTI",),
              ("Depositphotos",)]:
    ent(O, n, *a, doc=[D4])
for n, *a in [("Hungary",), ("Serbia",), ("Montenegro",), ("Türkiye",), ("Bosnia and Herzegovina", "Bosnia")]:
    ent(C, n, *a, doc=[D4])
ent(T, "Sandžak", doc=[D4])
for n in ["Novi Pazar", "Budapest", "Belgrade", "Podgorica", "Ankara", "Vojvodina", "Bijelo Polje", "Rožaje", "Plav"]:
    ent(PL, n, doc=[D4])

q(D4, "Gergely Szalai", "does not support any initiative that would question the borders of our neighbours", "optional")
q(D4, "Gergely Szalai", "Stability in the Western Balkans is a Hungarian national interest")
q(D4, "Gergely Szalai", "Serbia is a friend, and we stand by its territorial integrity")
q(D4, "Bosniak National Council", "territorial and political autonomy", "optional")
q(D4, "Bosniak National Council", "autonomy", "optional")
q(D4, "Hungary", "new borders in the Balkans", "optional")
q(D4, "Emir Hodžić", "We are not asking for a new state")
q(D4, "Emir Hodžić", "Nobody in Budapest should be afraid of that")
q(D4, "Nenad Radosavljević", "legally void", "optional")
q(D4, "Nenad Radosavljević", "autonomy of Sandžak", "optional")
q(D4, "Jelena Pantić", "The door for dialogue on culture, language and schools remains open")
q(D4, "Jelena Pantić", "The door for territorial talks does not")
q(D4, "Marko Vujović", "will not recognise any document that treats part of Montenegro", "optional")
q(D4, "Marko Vujović", "Montenegro, and only Montenegro", "optional")
q(D4, "Kerem Aydın", "hypothetical", "optional")
q(D4, "European Commission", "refrain from unilateral steps", "optional")
q(D4, "Attila Kern", "inside Serbia, with Serbia, and never against Serbia", "optional")
q(D4, "Attila Kern", "Our autonomy is cultural, not territorial")
q(D4, "Zsófia Balogh", "This government has built its whole Balkan policy on Belgrade")
q(D4, "Amer Ljajić", "Our city lives from trade with Serbia")
q(D4, "Gergely Szalai", "Hungary will keep vetoing sanctions that hurt Hungarians", "optional")

st(D4, "Hungary", R, ["Sandžak"], "Hungary regards Sandžak as part of Serbia and Montenegro")
st(D4, "Serbia", N, ["Sandžak"], "Belgrade does not recognise any")
st(D4, "Montenegro", N, ["Sandžak"], "will not recognise any document that treats part of Montenegro")
NEG.append({"docs": [D4], "country": "Türkiye", "territory": "Sandžak", "why": "question/hypothetical",
            "evidence": "Asked whether Türkiye would recognise an autonomous Sandžak if Belgrade agreed to it"})

pos(D4, "Gergely Szalai", ["Foreign Minister"], ["Hungary"], "Foreign Minister Gergely Szalai")
pos(D4, "Emir Hodžić", ["president"], ["Bosniak National Council"], "Emir Hodžić, president of the Bosniak National Council")
pos(D4, "Nenad Radosavljević", ["Prime Minister"], ["Serbia"], "Serbia's Prime Minister Nenad Radosavljević")
pos(D4, "Jelena Pantić", ["Minister for Human and Minority Rights", "minister"], ["Serbia"], "Jelena Pantić, Serbia's Minister for Human and Minority Rights")
pos(D4, "Marko Vujović", ["Foreign Minister"], ["Montenegro"], "Montenegro's Foreign Minister Marko Vujović")
pos(D4, "Kerem Aydın", ["spokesperson"], ["Foreign Ministry", "Türkiye"], "Foreign Ministry spokesperson Kerem Aydın")
pos(D4, "Attila Kern", ["president"], ["Alliance of Vojvodina Hungarians"], "Attila Kern, president of the Alliance of Vojvodina Hungarians")
pos(D4, "Zsófia Balogh", ["analyst"], ["Hungarian Institute of International Affairs"], "Zsófia Balogh, a Balkans analyst at the Hungarian Institute of International Affairs")
pos(D4, "Amer Ljajić", ["mayor"], ["Novi Pazar"], "Novi Pazar's mayor, Amer Ljajić")
pos(D4, "Bence Kovács", ["journalist"], ["Daily News Hungary"], "Bence Kovács is a journalist at Daily News Hungary")

rel(D4, "Hungary", "sharesBorderWith", "Serbia", "Hungary and Serbia share a 164-kilometre border")
rel(D4, "Serbia", "sharesBorderWith", "Montenegro", "a region straddling the border between Serbia and Montenegro")
rel(D4, "Novi Pazar", "locatedIn", "Sandžak", "Novi Pazar, the largest city of Serbia's Sandžak region")
for _m in ("Bijelo Polje", "Rožaje", "Plav"):
    rel(D4, _m, "locatedIn", "Montenegro", "the Montenegrin municipalities of Bijelo Polje, Rožaje and Plav")

# ---------------- D5 ----------------
for n, *a in [("Rhiannon Deakin",), ("Beryl Hocking", "Hocking"), ("Tayla Mundraby", "Mundraby"), ("Brendan Radke",),
              ("Graeme Tilley", "Tilley"), ("Renee Kowalczyk", "Kowalczyk"), ("Dale Pritchard", "Pritchard"),
              ("Sharon Vukovic", "Vukovic"), ("Lachlan Moss", "Moss"), ("Priya Naidoo", "Naidoo")]:
    ent(P, n, *a, doc=[D5])
for n, *a in [("The Cairns Post", "Cairns Post"), ("Cairns Regional Council",), ("Queensland Government",),
              ("Kuranda Chamber of Commerce",), ("News Pty Limited",), ("Skyrail",)]:
    ent(O, n, *a, doc=[D5])
for n in ["Kuranda", "Cairns", "Smithfield", "Edmonton"]:
    ent(PL, n, doc=[D5])

q(D5, "Graeme Tilley", "Kuranda has waited long enough")
q(D5, "Graeme Tilley", "built libraries in Smithfield and Edmonton in the past twenty years")
q(D5, "Renee Kowalczyk", "is cut, this village is on its own")
q(D5, "Dale Pritchard", "I support a bigger library")
q(D5, "Sharon Vukovic", "Libraries are where a lot of regional kids do their homework")
q(D5, "Sharon Vukovic", "This is money well spent")
q(D5, "Lachlan Moss", "all for the library, but Coondoo St is the heart of the markets")
q(D5, "Beryl Hocking", "heard about this extension from five different mayors")
q(D5, "Beryl Hocking", "believe it when I can sit in the new reading room")
q(D5, "Tayla Mundraby", "Kids should walk in and see their own language on the walls")

pos(D5, "Graeme Tilley", ["Mayor"], [], "Mayor Graeme Tilley")
pos(D5, "Renee Kowalczyk", ["councillor"], [], "Division 9 councillor Renee Kowalczyk")
pos(D5, "Dale Pritchard", ["Cr", "councillor"], [], "Cr Dale Pritchard")
pos(D5, "Sharon Vukovic", ["Local Government Minister"], ["Queensland Government", "Queensland"], "Local Government Minister Sharon Vukovic")
pos(D5, "Lachlan Moss", ["president"], ["Kuranda Chamber of Commerce"], "Kuranda Chamber of Commerce president Lachlan Moss")
pos(D5, "Beryl Hocking", ["volunteer"], [], "Library volunteer Beryl Hocking")
pos(D5, "Tayla Mundraby", ["volunteer"], [], "Fellow volunteer Tayla Mundraby")
pos(D5, "Priya Naidoo", ["libraries manager", "manager"], ["Council", "Cairns Regional Council"], "Council's libraries manager Priya Naidoo")
pos(D5, "Rhiannon Deakin", ["reporter"], ["The Cairns Post", "Cairns Post"], "Rhiannon Deakin is a reporter with The Cairns Post")

NOT_PERSON += ["Northern Bukovina", "Euromaidan Press", "Digi24", "Chernivtsi", "AUR", "Hlyboka", "Kremlin",
               "SEARCHLIGHT", "Soldado Rock", "Icacos", "Kingstown", "Delta Amacuro", "ALBA", "CARICOM", "Cedros", "Argyle International Airport",
               "Wallmapu", "Mapuche", "La Moneda", "Temuco", "Ercilla", "Neuquén", "Araucanía", "Council of All Lands",
               "Sandžak", "Bosniak", "Novi Pazar", "Vojvodina", "Bijelo Polje", "Rožaje", "Depositphotos", "MTI",
               "Kuranda", "Coondoo St", "Smithfield", "Edmonton", "Djabugay", "Skyrail", "Barron Falls",
               "Prut", "Gulf of Paria", "Andes", "Balkans", "Kuranda Range Rd", "Kuranda Recreation Centre"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
