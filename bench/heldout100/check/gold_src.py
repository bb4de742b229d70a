"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_guernseypress_ecrehous.txt", "02_surinenglish_alhucemas.txt", "03_exitnews_presevo.txt",
                      "04_confidencial_moskitia.txt", "05_trinidadguardian_arima_dial.txt")
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

# ---------------------------------------------------------------- entities
for d, items in {
    D1: [(P, "Martin Le Page", "Le Page"), (P, "Sarah Ogier", "Ogier"), (P, "Elaine Renouf", "Renouf"),
         (P, "Thierry Lemonnier", "Lemonnier", "Thierry"), (P, "Claire Besnard", "Besnard"),
         (P, "Lindsay Mahy", "Mahy"), (P, "Don Thébault", "Thébault"),
         (O, "Guernsey Press", "Guernsey Press and Star"), (O, "International Court of Justice"),
         (O, "Foreign, Commonwealth and Development Office"), (O, "Jersey Fishermen's Association"),
         (O, "Policy & Resources Committee"), (O, "Dutch embassy"), (PL, "Channel Islands"), (O, "regional council of Normandy"),
         (C, "France", "Paris"), (C, "Netherlands", "The Hague"),
         (T, "Écréhous", "Écréhous reef"), (T, "Jersey", "Bailiwick of Jersey"), (T, "Guernsey"),
         (PL, "Carteret"), (PL, "Normandy"), (PL, "Cherbourg"), (PL, "Granville"), (PL, "St Peter Port"),
         (PL, "St Helier"), (PL, "Marmotière"), (PL, "Minquiers"), (PL, "Casquets"), (PL, "Sark"),
         (PL, "Alderney")],
    D2: [(P, "Rebecca Harlow", "Harlow"), (P, "Alejandro Muñoz Arroyo", "Muñoz Arroyo"),
         (P, "Youssef Benhaddou", "Benhaddou"), (P, "Mohamed Azzouzi", "Azzouzi"),
         (P, "Inês Carvalho Rebelo", "Carvalho Rebelo"), (P, "Paolo Gentile", "Gentile"),
         (P, "Ana Ferreira", "Ferreira"), (P, "Ignacio Valverde Ruiz", "Valverde Ruiz"),
         (P, "Carmen Olmedo Ríos", "Olmedo Ríos"), (P, "Karim El Fassi", "El Fassi"),
         (O, "SUR in English", "SUR", "Diario SUR"), (O, "Congress of Deputies", "Congress"), (O, "Italian embassy"), (PL, "North Africa"), (O, "Spanish Navy"),
         (O, "European Commission"), (O, "Partido Popular"), (O, "Guardia Civil"),
         (C, "Spain", "Madrid"), (C, "Morocco", "Rabat"), (C, "Portugal", "Lisbon"), (C, "Italy"),
         (C, "Mauritania", "Nouakchott"),
         (T, "Peñón de Alhucemas", "Alhucemas"), (T, "Peñón de Vélez de la Gomera"), (T, "Chafarinas Islands"),
         (T, "Melilla", "Melilia"), (T, "Ceuta", "Sebta"),
         (PL, "Al Hoceima"), (PL, "Málaga"), (PL, "Cartagena"), (PL, "Costa del Sol"), (PL, "Axarquía"),
         (PL, "Estepona")],
    D3: [(P, "Ardit Shehu", "Shehu"), (P, "Blerina Kola", "Kola"), (P, "Elona Dervishi", "Dervishi"),
         (P, "Ragmi Zeqiri", "Zeqiri"), (P, "Dragan Vuković", "Vuković"), (P, "Jelena Stanković", "Stanković"),
         (P, "Gábor Kertész", "Kertész"), (P, "Ingrid Halvorsen", "Halvorsen"), (P, "Fatos Lleshi", "Lleshi"),
         (P, "Arbana Hysa", "Hysa"),
         (O, "Exit News", "Exit"), (O, "Party for Democratic Action"), (O, "Democratic Party"),
         (O, "Liberation Army of Preševo, Medveđa and Bujanovac"),
         (O, "Albanian Institute for International Studies"), (O, "US embassy in Belgrade"),
         (O, "European Union's delegation in Belgrade", "European Union's delegation"),
         (PL, "Western Balkans", "Balkans"),
         (C, "Albania", "Tirana"), (C, "Serbia", "Belgrade"), (C, "North Macedonia", "Skopje"),
         (C, "Hungary", "Budapest"), (C, "Germany"), (C, "Switzerland"),
         (T, "Preševo Valley", "Autonomous Region of the Preševo Valley"),
         (PL, "Preševo"), (PL, "Bujanovac"), (PL, "Medveđa")],
    D4: [(P, "Ivonne Lacayo", "Lacayo"), (P, "Nolan Kittle", "Kittle"),
         (P, "Wendy Morales Castillo", "Morales Castillo"), (P, "Dolene Downs", "Downs"),
         (P, "Rufus Bent", "Bent"), (P, "Rodrigo Bustillo Paz", "Bustillo Paz"), (P, "Mark Ellison", "Ellison"),
         (P, "Erick Mairena Gutiérrez", "Mairena Gutiérrez"),
         (O, "Confidencial"), (O, "Council of Elders", "Council of Elders of the Miskito people"),
         (O, "Public Ministry"), (O, "State Department"), (O, "Organization of American States"),
         (O, "URACCAN", "University of the Autonomous Regions of the Nicaraguan Caribbean Coast"),
         (O, "CEJUDHCAN", "Center for Justice and Human Rights of the Atlantic Coast of Nicaragua"),
         (C, "Nicaragua", "Managua"), (C, "Honduras", "Tegucigalpa"), (C, "Costa Rica", "San José"),
         (C, "Colombia"),
         (T, "Moskitia", "Community Nation of Moskitia"),
         (PL, "Bilwi"), (PL, "Waspam"), (PL, "North Caribbean Coast"), (PL, "Caribbean Coast")],
    D5: [(P, "Shaliza Mohammed", "Mohammed"), (P, "Kerwin Baptiste", "Baptiste"), (P, "Keron Joseph", "Joseph"),
         (P, "Henry Lange", "Lange"), (P, "Alisha Ramkissoon", "Ramkissoon"),
         (P, "Roxanne Charles-Lewis", "Charles-Lewis"), (P, "Marlon Lezama", "Lezama"),
         (P, "Sherwin Alexis", "Alexis"), (P, "Gemma Sookdeo", "Sookdeo"), (P, "Anselm Calderon", "Calderon"),
         (P, "Nadia Persad-Khan", "Persad-Khan"), (P, "Cheryl Ann Walcott", "Walcott"),
         (O, "Trinidad and Tobago Guardian", "guardian.co.tt"), (O, "Guardian Media Limited"),
         (O, "Arima Borough Corporation"), (O, "Ministry of Rural Development and Local Government"),
         (O, "Arima Business Association"), (O, "Santa Rosa First Peoples Community"),
         (PL, "Arima", "Royal Chartered Borough"), (PL, "Port of Spain"), (PL, "Glasgow"), (PL, "Edinburgh"),
         (PL, "Calvary"), (PL, "Caribbean")],
}.items():
    for t, name, *al in items:
        ent(t, name, *al, doc=[d])
# entities named in more than one article
ent(C, "United Kingdom", doc=[D1])
ent(O, "European Union", "EU", doc=[D1, D3])
ent(O, "NATO", "Nato", doc=[D2, D3])
ent(PL, "Brussels", doc=[D2, D3])
ent(PL, "London", doc=[D1])
ent(C, "United States", "Washington", "US", "U.S.", doc=[D3, D4])

# ---------------------------------------------------------------- quotes
q(D1, "Elaine Renouf", "Not an inch of the Écréhous is up for discussion", "optional")
q(D1, "Elaine Renouf", "a stunt, and a foolish one at that", "optional")
q(D1, "Elaine Renouf", "The Écréhous have been part of Jersey since the International Court of Justice settled the matter in 1953")
q(D1, "Elaine Renouf", "We will not be drawn into a row over a flag on a fishing hut.")
q(D1, "Elaine Renouf", "Our patrol boat was there within the hour")
q(D1, "Elaine Renouf", "The flag came down that afternoon and it was handed back to the skipper.")
q(D1, "Thierry Lemonnier", "We did it because nobody listens to us.")
q(D1, "Claire Besnard", "This was a private act by a handful of fishermen")
q(D1, "Foreign, Commonwealth and Development Office", "regards the Écréhous as an integral part of the Bailiwick of Jersey", "optional")
q(D1, "United Kingdom", "regards the Écréhous as an integral part of the Bailiwick of Jersey", "optional")  # second holder
q(D1, "Lindsay Mahy", "We stand shoulder to shoulder with Jersey on this.")
q(D1, "Lindsay Mahy", "Fishermen on both sides of the water have a real grievance about licences")
q(D1, "Jersey Fishermen's Association", "Our members were working their pots a few hundred metres away")
q(D1, "Don Thébault", "I have known Thierry since we were boys")
q(D1, "Don Thébault", "But you do not plant flags on other people's rocks.")

q(D2, "Alejandro Muñoz Arroyo", "is Spanish and will remain Spanish", "optional")
q(D2, "Morocco", "a colonial leftover", "optional")
q(D2, "Alejandro Muñoz Arroyo", "The Peñón de Alhucemas is Spanish and will remain Spanish")
q(D2, "Alejandro Muñoz Arroyo", "never been in danger", "optional")
q(D2, "Alejandro Muñoz Arroyo", "We called the Moroccan ambassador in on Monday morning")
q(D2, "Alejandro Muñoz Arroyo", "The conversation was frank, cordial and short.")
q(D2, "Youssef Benhaddou", "This rock is Moroccan land, like Sebta and Melilia")
q(D2, "Youssef Benhaddou", "We will never accept foreign soldiers on our coast.")
q(D2, "Mohamed Azzouzi", "For forty years the soldiers have told us to keep away from our own sea")
q(D2, "Mohamed Azzouzi", "We only wanted to show the world that we are here.")
q(D2, "Inês Carvalho Rebelo", "fully supports Spain's sovereignty over the Peñón de Alhucemas", "optional")
q(D2, "Portugal", "fully supports Spain's sovereignty over the Peñón de Alhucemas", "optional")  # second holder
q(D2, "Paolo Gentile", "Italy considers the Spanish territories in North Africa to be part of Spain")
q(D2, "Mauritania", "dialogue between brothers and neighbours", "optional")
q(D2, "Ana Ferreira", "border questions are a matter for the member states concerned", "optional")
q(D2, "Carmen Olmedo Ríos", "Every few years somebody takes a boat out to the Peñón")

q(D3, "Elona Dervishi", "no legal effect", "optional")
q(D3, "Elona Dervishi", "Albania does not recognise this declaration")
q(D3, "Elona Dervishi", "The rights of Albanians in the valley must be won through Serbian institutions")
q(D3, "Ragmi Zeqiri", "We have waited twenty-five years for the promises of 2001 to be kept.")
q(D3, "Ragmi Zeqiri", "Today we decided to stop asking.")
q(D3, "Serbia", "illegal and void", "optional")
q(D3, "Dragan Vuković", "a provocation that will not change a single square metre of Serbia", "optional")
q(D3, "Dragan Vuković", "Preševo, Bujanovac and Medveđa are Serbia and will stay Serbia")
q(D3, "Dragan Vuković", "We call on citizens of Albanian nationality not to follow irresponsible people.")
q(D3, "North Macedonia", "the borders of the region are not a subject for debate", "optional")
q(D3, "Gábor Kertész", "We respect the territorial integrity of Serbia")
q(D3, "Ingrid Halvorsen", "does not comment on decisions of local assemblies", "optional")
q(D3, "European Union", "does not comment on decisions of local assemblies", "optional")  # second holder
q(D3, "Fatos Lleshi", "Our government is more worried about Brussels than about our brothers in Preševo")
q(D3, "Arbana Hysa", "Nobody in Preševo seriously expects recognition.")

q(D4, "Nicaragua", "an act of treason against the homeland", "optional")
q(D4, "Wendy Morales Castillo", "an act of treason against the homeland", "optional")  # read the statement
q(D4, "Nicaragua", "Treason", "optional")  # headline echo
q(D4, "Nolan Kittle", "Our grandparents signed treaties, our parents fought, and we went to the courts.")
q(D4, "Nolan Kittle", "From today, Moskitia governs Moskitia.")
q(D4, "Wendy Morales Castillo", "The Caribbean Coast is Nicaragua, and the Constitution guarantees its autonomy.")
q(D4, "Dolene Downs", "They took Rufus Bent from his house in front of his children")
q(D4, "Dolene Downs", "We don't know where he is.")
q(D4, "Rodrigo Bustillo Paz", "will not allow this problem to cross the border", "optional")
q(D4, "Costa Rica", "within the framework of international law", "optional")
q(D4, "Mark Ellison", "supports the territorial integrity of Nicaragua", "optional")
q(D4, "United States", "supports the territorial integrity of Nicaragua", "optional")  # second holder
q(D4, "Mark Ellison", "The Miskito people have legitimate grievances")
q(D4, "Mark Ellison", "We call for the immediate release of those detained.")
q(D4, "Organization of American States", "with concern", "optional")
q(D4, "Erick Mairena Gutiérrez", "a cry from the forest", "optional")
q(D4, "Erick Mairena Gutiérrez", "The elders know that no government will recognize them.")
q(D4, "CEJUDHCAN", "The State has the duty to protect indigenous territories.")
q(D4, "Nolan Kittle", "I am seventy-three years old.")

q(D5, "Keron Joseph", "Every child who grew up in Arima knows the Dial.")
q(D5, "Keron Joseph", "We are not waiting for anybody in Port of Spain to save our heritage")
q(D5, "Keron Joseph", "This is Arima money for an Arima landmark.")
q(D5, "Alisha Ramkissoon", "The gears are corroded but the original parts can be saved.")
q(D5, "Roxanne Charles-Lewis", "I have had pensioners stop me in the market")
q(D5, "Roxanne Charles-Lewis", "Now I can give them a date.")
q(D5, "Marlon Lezama", "If we send it abroad every time")
q(D5, "Sherwin Alexis", "When the clock working, people meet by the clock.")
q(D5, "Gemma Sookdeo", "Every time it rain, the whole corner flood")
q(D5, "Arima Business Association", "A working Dial is good for business.")
q(D5, "Anselm Calderon", "The Dial and the church are the two places where the procession gathers.")
q(D5, "Nadia Persad-Khan", "Arima has shown what a municipal corporation can do")
q(D5, "Cheryl Ann Walcott", "It took longer than I hoped, but the Dial will tick again")

UNATTR += ["examine", "Autonomous Region of the Preševo Valley", "Autonomy"]

# ---------------------------------------------------------------- stances
EC = ["Écréhous"]
st(D1, "France", R, EC, "France recognises Jersey's sovereignty over the Écréhous")
st(D1, "United Kingdom", R, EC, "regards the Écréhous as an integral part of the Bailiwick of Jersey")
st(D1, "Netherlands", R, EC, "The Hague likewise regards the Écréhous as Jersey territory")
AL = ["Peñón de Alhucemas", "Alhucemas"]
st(D2, "Portugal", R, AL, "fully supports Spain's sovereignty over the Peñón de Alhucemas")
st(D2, "Italy", R, AL, "and so does Italy, according to its ambassador in Madrid")
st(D2, "Mauritania", N, AL, "Mauritania, by contrast, does not recognise Spanish sovereignty over the rock")
st(D2, "Morocco", N, AL, "Morocco does not recognise Spanish sovereignty over the islet", "optional")
st(D2, "Spain", R, AL, "The Peñón de Alhucemas is Spanish and will remain Spanish", "optional")
PV = ["Preševo Valley", "Autonomous Region of the Preševo Valley"]
st(D3, "Albania", N, PV, "Albania will not recognise the")
st(D3, "Serbia", N, PV, "Serbia considers the declaration illegal and null")
st(D3, "North Macedonia", N, PV, "North Macedonia's government also refuses to recognise the declaration")
st(D3, "Hungary", N, PV, "Hungary took the same line")
MO = ["Moskitia", "Community Nation of Moskitia"]
st(D4, "Nicaragua", N, MO, "The Nicaraguan Government considers the declaration illegal")
st(D4, "Honduras", N, MO, "Honduras refuses to recognize the Community Nation of Moskitia")
st(D4, "Costa Rica", N, MO, "Costa Rica does not recognize the declaration either")
st(D4, "United States", N, MO, "the United States also said it would not recognize the self-declared government")

NEG += [
    {"docs": [D1], "country": "regional council of Normandy", "territory": "Écréhous", "why": "not a country",
     "evidence": "The regional council of Normandy, which has no powers over borders"},
    {"docs": [D1], "country": "France", "territory": "Écréhous", "why": "hypothetical",
     "evidence": "Whether any government in Paris would ever take such a request seriously"},
    {"docs": [D2], "country": "European Commission", "territory": "Peñón de Alhucemas", "why": "not a country",
     "evidence": "The European Commission declined to take sides"},
    {"docs": [D3], "country": "United States", "territory": "Preševo Valley", "why": "question",
     "evidence": "Whether Washington might eventually recognise a regional government in the valley"},
    {"docs": [D3], "country": "European Union", "territory": "Preševo Valley", "why": "not a country",
     "evidence": "does not comment on decisions of local assemblies"},
    {"docs": [D4], "country": "Organization of American States", "territory": "Moskitia", "why": "not a country",
     "evidence": "The Organization of American States said it was following the situation"},
    {"docs": [D4], "country": "Colombia", "territory": "Moskitia", "why": "question",
     "evidence": "Whether Colombia, which once disputed parts of the coast with Nicaragua, would take any position"},
]

# ---------------------------------------------------------------- positions
pos(D1, "Elaine Renouf", ["Minister for External Relations", "External Relations Minister"], ["Jersey"],
    "Deputy Elaine Renouf, Jersey's Minister for External Relations")
pos(D1, "Elaine Renouf", ["Deputy"], [], "Deputy Elaine Renouf")
pos(D1, "Thierry Lemonnier", ["skipper"], [], "Thierry Lemonnier, skipper of the Carteret trawler Belle Hougue")
pos(D1, "Claire Besnard", ["Secretary of State for the Sea"], [], "the Secretary of State for the Sea, Claire Besnard")
pos(D1, "Claire Besnard", ["mayor"], ["Granville"], "Mrs Besnard, a former mayor of Granville", former=True)
pos(D1, "Lindsay Mahy", ["president"], ["Policy & Resources Committee", "Policy and Resources Committee"],
    "Deputy Lindsay Mahy, president of the Policy & Resources Committee")
pos(D1, "Lindsay Mahy", ["Deputy"], [], "Deputy Lindsay Mahy")
pos(D1, "Don Thébault", ["president"], ["Jersey Fishermen's Association"], "Its president, Don Thébault")
pos(D1, "Martin Le Page", ["political reporter"], ["Guernsey Press"],
    "Martin Le Page is the Guernsey Press's political reporter.")

pos(D2, "Alejandro Muñoz Arroyo", ["foreign minister"], ["Spain"], "Spain's foreign minister, Alejandro Muñoz Arroyo")
pos(D2, "Youssef Benhaddou", ["Government spokesman", "spokesman"], [], "Government spokesman Youssef Benhaddou")
pos(D2, "Inês Carvalho Rebelo", ["Foreign Minister"], ["Portugal"], "Portuguese Foreign Minister Inês Carvalho Rebelo")
pos(D2, "Paolo Gentile", ["ambassador"], ["Italy"], "its ambassador in Madrid, Paolo Gentile")
pos(D2, "Ana Ferreira", ["spokeswoman"], ["European Commission"], "A spokeswoman, Ana Ferreira")
pos(D2, "Ignacio Valverde Ruiz", ["spokesman"], ["Partido Popular"], "Partido Popular spokesman Ignacio Valverde Ruiz")
pos(D2, "Karim El Fassi", ["counterpart", "foreign minister"], ["Morocco"], "his Moroccan counterpart, Karim El Fassi",
    "optional")
pos(D2, "Carmen Olmedo Ríos", ["ambassador"], ["Spain"], "A former Spanish ambassador in Rabat, Carmen Olmedo Ríos",
    former=True)

pos(D3, "Elona Dervishi", ["Foreign Minister"], ["Albania"], "Foreign Minister Elona Dervishi")
pos(D3, "Ragmi Zeqiri", ["mayor"], ["Preševo"], "Ragmi Zeqiri, the mayor of Preševo")
pos(D3, "Ragmi Zeqiri", ["leader"], ["Party for Democratic Action"], "leader of the Party for Democratic Action")
pos(D3, "Dragan Vuković", ["Prime Minister"], ["Serbia"], "Prime Minister Dragan Vuković")
pos(D3, "Jelena Stanković", ["minister for human and minority rights"], ["Serbia"],
    "Serbia's minister for human and minority rights, Jelena Stanković")
pos(D3, "Gábor Kertész", ["Foreign Minister"], ["Hungary"], "Hungarian Foreign Minister Gábor Kertész")
pos(D3, "Ingrid Halvorsen", ["spokesperson"], ["European Union", "EU"], "The bloc's spokesperson, Ingrid Halvorsen")
pos(D3, "Fatos Lleshi", ["MP"], ["Democratic Party"], "Democratic Party MP Fatos Lleshi")
pos(D3, "Arbana Hysa", ["Analyst"], ["Albanian Institute for International Studies"],
    "Analyst Arbana Hysa of the Albanian Institute for International Studies")
pos(D3, "Ardit Shehu", ["journalist"], ["Exit News"], "Ardit Shehu is a journalist at Exit News")

pos(D4, "Nolan Kittle", ["wihta tara", "great judge"], ["Council of Elders"],
    "elder Nolan Kittle, the council's wihta tara or great judge")
pos(D4, "Nolan Kittle", ["elder"], ["Council of Elders"], "elder Nolan Kittle", "optional")
pos(D4, "Wendy Morales Castillo", ["Attorney General"], [], "the Attorney General, Wendy Morales Castillo")
pos(D4, "Dolene Downs", ["community leader"], [], "community leader Dolene Downs")
pos(D4, "Rodrigo Bustillo Paz", ["Foreign Minister"], ["Honduras"], "Honduran Foreign Minister Rodrigo Bustillo Paz")
pos(D4, "Mark Ellison", ["spokesperson"], ["State Department"], "State Department spokesperson Mark Ellison")
pos(D4, "Erick Mairena Gutiérrez", ["rector"], ["URACCAN", "University of the Autonomous Regions"],
    "a former rector of the University of the Autonomous Regions of the Nicaraguan Caribbean Coast", former=True)
pos(D4, "Erick Mairena Gutiérrez", ["sociologist"], [], "the sociologist Erick Mairena Gutiérrez")

pos(D5, "Keron Joseph", ["Mayor"], ["Arima"], "Arima Mayor Keron Joseph")
pos(D5, "Henry Lange", ["mayor"], [], "a former mayor of the borough", former=True)
pos(D5, "Alisha Ramkissoon", ["Engineer"], [], "Engineer Alisha Ramkissoon")
pos(D5, "Alisha Ramkissoon", ["head"], ["Arima Borough Corporation", "engineering department"],
    "who heads the corporation's engineering department", "optional")
pos(D5, "Roxanne Charles-Lewis", ["Alderman"], [], "Alderman Roxanne Charles-Lewis")
pos(D5, "Roxanne Charles-Lewis", ["chairman"], ["heritage committee", "Arima Borough Corporation"],
    "chairman of the corporation's heritage committee")
pos(D5, "Marlon Lezama", ["Councillor"], [], "Councillor Marlon Lezama")
pos(D5, "Sherwin Alexis", ["vendor"], [], "Doubles vendor Sherwin Alexis")
pos(D5, "Gemma Sookdeo", ["Shopkeeper"], [], "Shopkeeper Gemma Sookdeo")
pos(D5, "Anselm Calderon", ["Chief"], ["Santa Rosa First Peoples Community"],
    "Chief of the Santa Rosa First Peoples Community, Anselm Calderon")
pos(D5, "Nadia Persad-Khan", ["Minister of Rural Development and Local Government", "Minister"],
    ["Rural Development and Local Government"], "Minister of Rural Development and Local Government Nadia Persad-Khan")
pos(D5, "Cheryl Ann Walcott", ["mayor"], ["Arima"], "Former Arima mayor Cheryl Ann Walcott", former=True)
pos(D5, "Shaliza Mohammed", ["Reporter"], [], "Shaliza Mohammed\nReporter")

# ---------------------------------------------------------------- relations
rel(D1, "Carteret", "locatedIn", "Normandy", "Carteret, in Normandy")
rel(D1, "France", "sharesBorderWith", "Jersey", "France, which shares a maritime boundary with Jersey")
rel(D1, "Écréhous", "locatedIn", "Jersey", "The Écréhous have been part of Jersey")
rel(D1, "Dutch embassy", "locatedIn", "London", "the Dutch embassy in London")
rel(D2, "Al Hoceima", "locatedIn", "Morocco", "Al Hoceima, in northern Morocco")
rel(D2, "Spain", "sharesBorderWith", "Morocco", "Spain and Morocco, which share a land border at Ceuta and Melilla")
rel(D2, "Morocco", "claims", "Peñón de Alhucemas", "This rock is Moroccan land")
rel(D2, "Peñón de Alhucemas", "locatedIn", "Spain", "It has been Spanish since 1559")
rel(D3, "Preševo", "locatedIn", "Serbia", "Preševo, Bujanovac and Medveđa are Serbia")
rel(D3, "Bujanovac", "locatedIn", "Serbia", "Preševo, Bujanovac and Medveđa are Serbia")
rel(D3, "Medveđa", "locatedIn", "Serbia", "Preševo, Bujanovac and Medveđa are Serbia")
rel(D3, "US embassy in Belgrade", "locatedIn", "Serbia", "The US embassy in Belgrade")
rel(D3, "European Union's delegation in Belgrade", "locatedIn", "Serbia", "The European Union's delegation in Belgrade")
rel(D4, "Honduras", "sharesBorderWith", "Nicaragua", "His country, which shares the Coco River border with Nicaragua")
rel(D4, "Caribbean Coast", "locatedIn", "Nicaragua", "The Caribbean Coast is Nicaragua")

NOT_PERSON += ["Belle Hougue", "Marmotière", "Guernsey Press", "St Peter Port", "St Helier", "Écréhous",
               "Infanta Cristina", "Peñón de Alhucemas", "SUR in English", "Al Hoceima", "Exit News",
               "Preševo", "Medveđa", "Bujanovac", "Confidencial", "Moskitia", "Bilwi", "Waspam", "Arima Dial",
               "Santa Rosa Festival", "Arima", "Port of Spain", "Doubles", "wihta tara",
               "Peñón de Vélez de la Gomera", "Grande de Matagalpa", "Carteret", "Granville", "Santa Rosa"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
