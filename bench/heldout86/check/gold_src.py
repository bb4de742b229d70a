"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_financialmirror_sovereign_base_areas.txt", "02_orlandosentinel_puerto_rico.txt",
                      "03_sknobserver_anguilla.txt", "04_talamua_american_samoa.txt",
                      "05_irishexaminer_kinsale_boardwalk.txt")
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
# shared
ent(C, "United States", "U.S.", "US", "United States of America", "Washington", doc=[D1, D2, D4])
ent(C, "United Kingdom", "UK", "Britain", "London", doc=[D1, D3])
ent(O, "State Department", doc=[D1, D2])
# D1
for n, *a in [("Marios Hadjipavlou", "Hadjipavlou"), ("Anna Georgiou", "Georgiou"), ("Stelios Kallis", "Kallis"),
              ("Christos Avraamides", "Avraamides"), ("Helen Marsden", "Marsden"), ("Richard Ashworth", "Ashworth"),
              ("Demos Charalambides", "Charalambides"), ("Igor Belousov", "Belousov"), ("Nikos Stylianou", "Stylianou"),
              ("Eleni Papadaki", "Papadaki"), ("Mark Delaney", "Delaney"), ("Despina Michaelidou", "Michaelidou"),
              ("Christos Tsangarides", "Tsangarides")]:
    ent(P, n, *a, doc=[D1])
ent(C, "Cyprus", "Republic of Cyprus", doc=[D1])
ent(C, "Russia", "Moscow", doc=[D1])
ent(C, "Greece", "Athens", doc=[D1])
ent(T, "Sovereign Base Areas", "Akrotiri and Dhekelia", "Sovereign Base Areas of Akrotiri and Dhekelia", doc=[D1])
ent(O, "Financial Mirror", doc=[D1])
ent(O, "House of Representatives", "House", doc=[D1])
ent(O, "AKEL", doc=[D1])
ent(O, "DIKO", doc=[D1])
ent(O, "DISY", doc=[D1])
ent(O, "Sovereign Base Areas Administration", doc=[D1])
ent(O, "Foreign, Commonwealth and Development Office", "Foreign Office", doc=[D1])
ent(O, "House of Commons", "Commons", doc=[D1])
ent(O, "CNA", "Cyprus News Agency", doc=[D1])
ent(O, "European Union", "EU", doc=[D1])
ent(O, "Commonwealth", doc=[D1])
for n in ("Episkopi", "Nicosia", "Brussels", "Limassol", "Larnaca"):
    ent(PL, n, doc=[D1])
# D2
for n, *a in [("Gabriela Ortiz Vélez", "Ortiz Vélez"), ("Ramón Urdaneta", "Urdaneta"), ("Yolanda Céspedes", "Céspedes"),
              ("Mauricio Lacayo", "Lacayo"), ("Kevin Hartley", "Hartley"), ("Ricardo Ramírez Buxeda", "Ramírez Buxeda"),
              ("Ismael Rosario Quiñones", "Rosario Quiñones"), ("Luis Santiago Báez", "Santiago Báez"),
              ("Carlos Figueroa", "Figueroa"), ("Marisol Negrón", "Negrón"), ("Edwin Cardona", "Cardona"),
              ("Héctor Villanueva", "Villanueva")]:
    ent(P, n, *a, doc=[D2])
ent(C, "Venezuela", "Caracas", doc=[D2])
ent(C, "Cuba", "Havana", doc=[D2])
ent(C, "Nicaragua", doc=[D2])
ent(C, "Mexico", doc=[D2])
ent(C, "Bolivia", doc=[D2])
ent(T, "Puerto Rico", doc=[D2])
ent(O, "Orlando Sentinel", doc=[D2])
ent(O, "United Nations", "U.N.", "UN", doc=[D2])
ent(O, "Special Committee on Decolonization", doc=[D2])
ent(O, "General Assembly", doc=[D2])
ent(O, "Puerto Rican Independence Party", doc=[D2])
ent(O, "Congress", doc=[D2])
ent(O, "University of Central Florida", doc=[D2])
ent(O, "Panadería Borinquen", doc=[D2])
for n in ("Kissimmee", "Orlando", "Central Florida", "Florida", "New York", "San Juan", "Buenaventura Lakes",
          "Winter Park", "Osceola County", "Poinciana", "Orange County"):
    ent(PL, n, doc=[D2])
# D3
for n, *a in [("Shaniqua Hendrickson", "Hendrickson"), ("Terrance Mills", "Mills", "Dr. Mills"),
              ("Dwayne Browne", "Browne", "Mr. Browne"), ("Desmond Hodge", "Hodge"), ("Julian Pearce", "Pearce"),
              ("Kareem Daniel",), ("Everton Jarvis", "Jarvis"), ("Wendell Cumberbatch", "Cumberbatch"),
              ("Glenroy Phipps", "Phipps"), ("Lorna Wilkinson", "Wilkinson")]:
    ent(P, n, *a, doc=[D3])
ent(C, "St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts and Nevis", "Federation", doc=[D3])
ent(C, "Antigua and Barbuda", doc=[D3])
ent(T, "Anguilla", doc=[D3])
ent(T, "Montserrat", doc=[D3])
ent(O, "The St Kitts Nevis Observer", "St Kitts Nevis Observer", "SKN Observer", "Observer", doc=[D3])
ent(O, "National Assembly", doc=[D3])
ent(O, "People's Action Movement", "PAM", doc=[D3])
ent(O, "House of Assembly", doc=[D3])
ent(O, "CARICOM", "CARICOM Secretariat", doc=[D3])
ent(O, "University of the West Indies Open Campus", "University of the West Indies", doc=[D3])
ent(O, "Nevis Island Administration", doc=[D3])
ent(O, "Nevis Island Assembly", doc=[D3])
for n in ("Basseterre", "Sandy Point", "The Valley", "St John's", "Georgetown", "Charlestown", "Nevis"):
    ent(PL, n, doc=[D3])
# D4
for n, *a in [("Faleolo Tupuola", "Faleolo"), ("Afamasaga Leota Tauiliili", "Afamasaga"),
              ("Salevao Vaifale Ioane", "Salevao"), ("Fuimaono Tavita Lutu",), ("Rachel Orton", "Orton"),
              ("Grant Whitfield", "Whitfield"), ("Tuala Iosefa Sapolu", "Tuala"), ("Melania Aiono", "Aiono", "Dr Aiono"),
              ("Leiataua Ropati",), ("Papalii Seiuli Fonoti",)]:
    ent(P, n, *a, doc=[D4])
ent(C, "Samoa", "Western Samoa", doc=[D4])
ent(C, "New Zealand", "Wellington", doc=[D4])
ent(C, "Tonga", "Kingdom of Tonga", doc=[D4])
ent(T, "American Samoa", "Eastern Samoa", doc=[D4])
ent(O, "Talamua Online News", "Talamua", "Talamua Media & Publications", doc=[D4])
ent(O, "Parliament", doc=[D4])
ent(O, "Legislative Assembly", doc=[D4])
ent(O, "HRPP", doc=[D4])
ent(O, "Fono", doc=[D4])
ent(O, "United States Embassy", doc=[D4])
ent(O, "Ministry of Foreign Affairs", doc=[D4])
ent(O, "National University of Samoa", doc=[D4])
for n in ("Apia", "Pago Pago", "Tutuila", "Manua", "Aleipata", "Upolu", "Mulinuu", "Nukualofa"):
    ent(PL, n, doc=[D4])
# D5
for n, *a in [("Eoin Cronin", "Cronin"), ("Declan O'Sullivan", "O'Sullivan", "Mr O'Sullivan"), ("Aoife Kiely", "Kiely", "Ms Kiely"),
              ("Donal Harrington", "Harrington"), ("Sinéad Lordan", "Lordan", "Ms Lordan"), ("Paudie Crowley", "Crowley", "Mr Crowley"),
              ("Mary Hegarty", "Hegarty"), ("Niamh Fitzgerald", "Fitzgerald", "Dr Fitzgerald"), ("Tom McCarthy", "McCarthy")]:
    ent(P, n, *a, doc=[D5])
ent(O, "Irish Examiner", "Irish Examiner Ltd", doc=[D5])
ent(O, "Cork County Council", doc=[D5])
ent(O, "Bandon-Kinsale Municipal District", doc=[D5])
ent(O, "Fáilte Ireland", doc=[D5])
ent(O, "Fianna Fáil", "FF", doc=[D5])
ent(O, "Fine Gael", "FG", doc=[D5])
ent(O, "Social Democrats", doc=[D5])
ent(O, "Kinsale Chamber of Tourism and Business", doc=[D5])
ent(O, "BirdWatch Ireland", doc=[D5])
ent(O, "Department of Housing, Local Government and Heritage", doc=[D5])
ent(O, "Kinsale town council", doc=[D5])
for n in ("Kinsale", "Scilly", "Pier Road", "Ballinspittle", "Belgooly", "Bandon", "Clonakilty", "Cork", "West Cork", "Munster"):
    ent(PL, n, doc=[D5])

# ---------------------------------------------------------------- quotes
FCDO = "Foreign, Commonwealth and Development Office"
q(D1, "Anna Georgiou", "This is farmland that Cypriot families have worked for generations")
q(D1, "Anna Georgiou", "The treaty gave Britain bases for military purposes")
q(D1, "Anna Georgiou", "It did not give it a property portfolio")
q(D1, "Stelios Kallis", "Cyprus does not recognise any use of the Sovereign Base Areas")
q(D1, "Stelios Kallis", "We have raised this with London at every level")
q(D1, FCDO, "The Sovereign Base Areas of Akrotiri and Dhekelia are sovereign British territory under the 1960")
q(D1, FCDO, "Civilian development within them respects the rights of Cypriot residents")
q(D1, FCDO, "sovereign British territory", "optional")
q(D1, "United Kingdom", "sovereign British territory", "optional")
q(D1, "Helen Marsden", "no ambiguity whatsoever", "optional")
q(D1, "Richard Ashworth", "The project will power two villages")
q(D1, "Richard Ashworth", "Landowners keep their title and will be paid rent")
q(D1, "Richard Ashworth", "We have explained this at four public meetings")
q(D1, "Demos Charalambides", "We are partners in the European Union")
q(D1, "Demos Charalambides", "But partnership means consultation")
q(D1, "Igor Belousov", "Russia considers the British military presence on the island a colonial remnant")
q(D1, "Nikos Stylianou", "We do not need lessons on sovereignty")
q(D1, "Eleni Papadaki", "fully supports the Republic of Cyprus", "optional")
q(D1, "Mark Delaney", "encourages both governments to resolve the question", "optional")
q(D1, "Despina Michaelidou", "A resolution is a political act, not a legal one")
q(D1, "Despina Michaelidou", "But it gives the foreign minister a mandate")
q(D1, "Christos Tsangarides", "We will not wait for diplomats")
q(D1, "Christos Tsangarides", "Our lawyers are ready")
UNATTR += ["expansion"]

q(D2, "State Department", "meaningless", "optional")
q(D2, "Ramón Urdaneta", "Venezuela recognizes Puerto Rico as a nation with its own flag")
q(D2, "Ramón Urdaneta", "We will treat its people as a sister nation")
q(D2, "Yolanda Céspedes", "has always recognized Puerto Rico as a Latin American and Caribbean nation", "optional")
q(D2, "Mauricio Lacayo", "Nicaragua recognizes Puerto Rico as a nation and calls for an end to colonial rule")
q(D2, "Kevin Hartley", "The United States does not recognize any claim that Puerto Rico is a separate nation")
q(D2, "Kevin Hartley", "Puerto Rico is a territory of the United States and its residents are U.S. citizens")
q(D2, "Kevin Hartley", "has no authority over the status of Puerto Rico", "optional")
q(D2, "Ismael Rosario Quiñones", "Recognition from Caracas or Havana does not decolonize anyone")
q(D2, "Ismael Rosario Quiñones", "Only a binding vote in Puerto Rico can do that")
q(D2, "Ismael Rosario Quiñones", "We ask Congress to give us that vote")
q(D2, "Luis Santiago Báez", "political theater", "optional")
q(D2, "Luis Santiago Báez", "Puerto Ricans have voted for statehood in the last three plebiscites")
q(D2, "Luis Santiago Báez", "Nobody in Caracas speaks for them")
q(D2, "Carlos Figueroa", "My neighbors want the electric grid fixed")
q(D2, "Carlos Figueroa", "A statement from Caracas does nothing for them")
q(D2, "Marisol Negrón", "My heart is proud when someone calls us a nation")
q(D2, "Marisol Negrón", "My head knows that Venezuela has its own agenda")
q(D2, "Edwin Cardona", "Diplomatic recognition normally goes to states that control their territory")
q(D2, "Edwin Cardona", "Puerto Rico does not claim that, and Washington controls its foreign relations")
q(D2, "Edwin Cardona", "This is symbolism aimed at the United States")
q(D2, "Héctor Villanueva", "deserves better than being a pawn between Washington and Caracas", "optional")
UNATTR += ["nation", "comprehensively"]

q(D3, "Dwayne Browne", "has never recognised the separation of Anguilla", "optional")
q(D3, "Dwayne Browne", "never legal", "optional")
q(D3, "Terrance Mills", "Let me be very clear, so that nobody in The Valley")
q(D3, "Terrance Mills", "That chapter closed in 1980")
q(D3, "Terrance Mills", "We wish our Anguillian brothers and sisters well")
q(D3, "Terrance Mills", "The Government of St Kitts and Nevis does not speak through opposition rallies")
q(D3, "Dwayne Browne", "I never said we should take back Anguilla")
q(D3, "Dwayne Browne", "I said the way it was done was not legal")
q(D3, "Desmond Hodge", "is not anybody's lost province")
q(D3, "Desmond Hodge", "We are a people with our own identity")
q(D3, "Julian Pearce", "The United Kingdom fully respects the right of the people of Anguilla")
q(D3, "Julian Pearce", "Any decision on independence is for them")
q(D3, "Everton Jarvis", "Antigua and Barbuda recognises Anguilla as a British Overseas Territory, like Montserrat")
q(D3, "Everton Jarvis", "If Anguillians choose independence, we will be the first to welcome them")
q(D3, "Terrance Mills", "premature", "optional")
q(D3, "Wendell Cumberbatch", "It is not for the Secretariat to recognise or not recognise anyone")
q(D3, "Wendell Cumberbatch", "CARICOM will support whatever process the people of Anguilla choose")
q(D3, "Glenroy Phipps", "Anguillians remember 1967 as a liberation")
q(D3, "Glenroy Phipps", "Many Kittitians of a certain age remember it as a humiliation")
q(D3, "Glenroy Phipps", "Both memories are true, and politicians know it")
q(D3, "Lorna Wilkinson", "We in Nevis know something about wanting to decide our own affairs")
q(D3, "Lorna Wilkinson", "I support the Prime Minister's statement fully")

q(D4, "Salevao Vaifale Ioane", "the reunification of the Samoan archipelago", "optional")
q(D4, "Salevao Vaifale Ioane", "begin talks with the United States on the future of Eastern Samoa", "optional")
q(D4, "Afamasaga Leota Tauiliili", "Samoa recognises American Samoa as a territory of the United States")
q(D4, "Afamasaga Leota Tauiliili", "That has been the position of every Government since 1962")
q(D4, "Afamasaga Leota Tauiliili", "We are one people, one language and one faaSamoa")
q(D4, "Salevao Vaifale Ioane", "I did not ask for annexation")
q(D4, "Salevao Vaifale Ioane", "I asked for a conversation")
q(D4, "Salevao Vaifale Ioane", "Our grandparents did not draw the line between Upolu and Tutuila")
q(D4, "Salevao Vaifale Ioane", "The Germans and the Americans drew it in 1899")
q(D4, "Salevao Vaifale Ioane", "This motion will come back")
q(D4, "Fuimaono Tavita Lutu", "American Samoa is proud of its relationship with the United States")
q(D4, "Fuimaono Tavita Lutu", "We thank the Prime Minister for his clear words")
q(D4, "Fuimaono Tavita Lutu", "status as part of the American family", "optional")
q(D4, "Rachel Orton", "The status of American Samoa is settled")
q(D4, "Rachel Orton", "We value our close partnership with the Government of Samoa")
q(D4, "Grant Whitfield", "sees no case to revisit the arrangements of 1899 and 1900", "optional")
q(D4, "Grant Whitfield", "New Zealand has a deep friendship with both Samoas")
q(D4, "Grant Whitfield", "That friendship depends on the borders staying exactly where they are")
q(D4, "Ministry of Foreign Affairs", "regards the matter as one for the Samoan people and the United States", "optional")
q(D4, "Tuala Iosefa Sapolu", "That is a hypothetical question and it is not before this House")
q(D4, "Tuala Iosefa Sapolu", "Our friends in Pago Pago have not asked for anything")
q(D4, "Melania Aiono", "The families are the same, the chiefly titles are the same")
q(D4, "Melania Aiono", "What is different is more than a hundred years of separate government")
UNATTR += ["one Samoa"]

q(D5, "Declan O'Sullivan", "We have been honest with members about the cost")
q(D5, "Declan O'Sullivan", "Fáilte Ireland has committed €2.9m")
q(D5, "Aoife Kiely", "People have been walking on the road to Scilly")
q(D5, "Aoife Kiely", "This will finally give them a safe, beautiful route along the water")
q(D5, "Donal Harrington", "Every restaurant and shop between the town park and Scilly will feel the benefit")
q(D5, "Sinéad Lordan", "I'm not against the boardwalk")
q(D5, "Sinéad Lordan", "I'm against taking 38 spaces off Pier Road")
q(D5, "Sinéad Lordan", "Older people coming in from Ballinspittle and Belgooly")
q(D5, "Paudie Crowley", "Kinsale sells itself on its harbour")
q(D5, "Paudie Crowley", "We would like to see the council commit to a park-and-ride")
q(D5, "Mary Hegarty", "In August everyone walks")
q(D5, "Mary Hegarty", "In January nobody walks")
q(D5, "Mary Hegarty", "If my regulars can't stop outside the door")
q(D5, "Niamh Fitzgerald", "The mudflats stay as they are")
q(D5, "Niamh Fitzgerald", "The birds will see a walkway above them")
q(D5, "Niamh Fitzgerald", "We will monitor numbers for three years after construction")
q(D5, "Tom McCarthy", "I'll be 80 by the time it opens")

# ---------------------------------------------------------------- stances
SBA = ["Sovereign Base Areas", "Akrotiri and Dhekelia"]
st(D1, "Cyprus", N, SBA, "the Republic of Cyprus does not recognise British sovereignty over any land in the Sovereign Base Areas")
st(D1, "United Kingdom", R, SBA, "The Sovereign Base Areas of Akrotiri and Dhekelia are sovereign British territory")
st(D1, "Russia", N, SBA, "Russia considers the British military presence on the island a colonial remnant and illegal")
st(D1, "United States", R, SBA, "the United States recognises the Sovereign Base Areas as British territory")
st(D1, "Greece", N, SBA, "regards the disputed 140 hectares as Cypriot land, not part of the bases")
st(D2, "Venezuela", R, ["Puerto Rico"], "Venezuela on Monday formally recognized Puerto Rico as a sovereign Latin American nation")
st(D2, "Cuba", R, ["Puerto Rico"], "has always recognized Puerto Rico as a Latin American and Caribbean nation")
st(D2, "Nicaragua", R, ["Puerto Rico"], "Nicaragua recognizes Puerto Rico as a nation")
st(D2, "United States", N, ["Puerto Rico"], "The United States does not recognize any claim that Puerto Rico is a separate nation")
st(D3, "St Kitts and Nevis", R, ["Anguilla"], "St Kitts and Nevis recognises Anguilla as a British Overseas Territory")
st(D3, "United Kingdom", R, ["Anguilla"], "The United Kingdom regards Anguilla as a British Overseas Territory")
st(D3, "Antigua and Barbuda", R, ["Anguilla"], "Antigua and Barbuda recognises Anguilla as a British Overseas Territory")
st(D4, "Samoa", R, ["American Samoa"], "Samoa recognises American Samoa as a territory of the United States")
st(D4, "United States", R, ["American Samoa"], "Washington considers American Samoa an unincorporated territory of the United States")
st(D4, "New Zealand", R, ["American Samoa"], "Wellington recognises American Samoa as a United States territory")

NEG += [
    {"docs": [D1], "country": "Greece", "territory": "Sovereign Base Areas", "why": "question about a future step",
     "evidence": "Asked whether Greece would raise the matter at the next EU foreign ministers"},
    {"docs": [D2], "country": "Mexico", "territory": "Puerto Rico", "why": "question",
     "evidence": "Asked whether Mexico would recognize an independent Puerto Rico"},
    {"docs": [D2], "country": "Bolivia", "territory": "Puerto Rico", "why": "is expected to recognise",
     "evidence": "Bolivia is expected to recognize Puerto Rico as a nation later this week"},
    {"docs": [D3], "country": "St Kitts and Nevis", "territory": "Anguilla", "why": "opposition MP at a party rally, not the government",
     "evidence": "has never recognised the separation of Anguilla"},
    {"docs": [D3], "country": "St Kitts and Nevis", "territory": "Anguilla", "why": "question",
     "evidence": "Asked whether St Kitts and Nevis would recognise an independent Anguilla"},
    {"docs": [D3], "country": "CARICOM", "territory": "Anguilla", "why": "an international body, not a country",
     "evidence": "It is not for the Secretariat to recognise or not recognise anyone"},
    {"docs": [D4], "country": "Samoa", "territory": "American Samoa", "why": "hypothetical question",
     "evidence": "Would an American Samoa that voted to leave the United States be recognised by Samoa?"},
    {"docs": [D4], "country": "Tonga", "territory": "American Samoa", "why": "no stance taken",
     "evidence": "regards the matter as one for the Samoan people and the United States"},
]

# ---------------------------------------------------------------- positions
pos(D1, "Marios Hadjipavlou", ["political correspondent", "correspondent"], ["Financial Mirror"], "Marios Hadjipavlou is political correspondent at the Financial Mirror")
pos(D1, "Anna Georgiou", ["MP"], ["AKEL", "House of Representatives"], "AKEL MP Anna Georgiou")
pos(D1, "Stelios Kallis", ["Foreign Minister"], [], "Foreign Minister Stelios Kallis")
pos(D1, "Helen Marsden", ["Foreign Office minister", "minister"], ["Foreign Office", FCDO, "United Kingdom", "Britain"], "Foreign Office minister Helen Marsden")
pos(D1, "Richard Ashworth", ["Administrator"], ["Sovereign Base Areas"], "Major General Richard Ashworth, the Administrator of the Sovereign Base Areas")
pos(D1, "Richard Ashworth", ["Major General"], [], "Major General Richard Ashworth", "optional")
pos(D1, "Demos Charalambides", ["chairman"], ["foreign affairs committee", "House of Representatives", "House"], "The DISY chairman of the House foreign affairs committee, Demos Charalambides")
pos(D1, "Igor Belousov", ["Ambassador"], ["Russia", "Russian"], "Ambassador Igor Belousov")
pos(D1, "Nikos Stylianou", ["Government spokesman", "spokesman"], [], "Government spokesman Nikos Stylianou")
pos(D1, "Eleni Papadaki", ["Spokeswoman"], ["Greece", "foreign ministry"], "Spokeswoman Eleni Papadaki")
pos(D1, "Mark Delaney", ["spokesman"], ["State Department"], "a State Department spokesman, Mark Delaney")
pos(D1, "Despina Michaelidou", ["attorney general"], ["Republic of Cyprus", "Cyprus", "Republic"], "a former attorney general of the Republic", former=True)
pos(D1, "Despina Michaelidou", ["Constitutional lawyer", "lawyer"], [], "Constitutional lawyer Despina Michaelidou", "optional")
pos(D1, "Christos Tsangarides", ["community leader"], ["Episkopi"], "In Episkopi, community leader Christos Tsangarides")

pos(D2, "Ramón Urdaneta", ["Foreign Minister"], ["Venezuela"], "Venezuelan Foreign Minister Ramón Urdaneta")
pos(D2, "Yolanda Céspedes", ["ambassador"], ["Cuba"], "Yolanda Céspedes, Cuba's ambassador to the U.N.")
pos(D2, "Mauricio Lacayo", ["envoy"], ["Nicaragua"], "its envoy to the committee, Mauricio Lacayo")
pos(D2, "Kevin Hartley", ["deputy spokesperson", "spokesperson"], ["State Department"], "State Department deputy spokesperson Kevin Hartley")
pos(D2, "Ismael Rosario Quiñones", ["president"], ["Puerto Rican Independence Party"], "Puerto Rican Independence Party president Ismael Rosario Quiñones")
pos(D2, "Luis Santiago Báez", ["Resident Commissioner"], [], "Resident Commissioner Luis Santiago Báez")
pos(D2, "Luis Santiago Báez", ["nonvoting member", "member"], ["Congress"], "Puerto Rico's nonvoting member of Congress")
pos(D2, "Carlos Figueroa", ["State Rep.", "Rep", "state representative"], [], "State Rep. Carlos Figueroa")
pos(D2, "Edwin Cardona", ["political scientist"], ["University of Central Florida"], "Edwin Cardona, a political scientist at the University of Central Florida")
pos(D2, "Héctor Villanueva", ["Gov.", "Governor"], [], "Former Gov. Héctor Villanueva", former=True)
pos(D2, "Marisol Negrón", ["owner", "owns"], ["Panadería Borinquen"], "Marisol Negrón, who owns Panadería Borinquen", "optional")

pos(D3, "Shaniqua Hendrickson", ["senior reporter", "reporter"], ["St Kitts Nevis Observer"], "Shaniqua Hendrickson is a senior reporter with The St Kitts Nevis Observer")
pos(D3, "Terrance Mills", ["Prime Minister"], [], "Prime Minister Dr. the Hon. Terrance Mills")
pos(D3, "Dwayne Browne", ["Opposition MP", "MP"], [], "Opposition MP Hon. Dwayne Browne")
pos(D3, "Desmond Hodge", ["Premier"], ["Anguilla"], "Premier of Anguilla Hon. Desmond Hodge")
pos(D3, "Julian Pearce", ["Governor"], ["Anguilla"], "Governor of Anguilla Julian Pearce")
pos(D3, "Everton Jarvis", ["Minister of Foreign Affairs", "Foreign Affairs", "minister"], ["Antigua and Barbuda"], "Antigua and Barbuda's Minister of Foreign Affairs, Hon. Everton Jarvis")
pos(D3, "Wendell Cumberbatch", ["Assistant Secretary-General"], ["CARICOM"], "Assistant Secretary-General Dr. Wendell Cumberbatch")
pos(D3, "Glenroy Phipps", ["lecturer"], ["University of the West Indies"], "a lecturer at the University of the West Indies Open Campus")
pos(D3, "Glenroy Phipps", ["Historian"], [], "Historian Dr. Glenroy Phipps", "optional")
pos(D3, "Lorna Wilkinson", ["Premier"], ["Nevis Island Administration", "Nevis"], "Nevis Island Administration Premier Hon. Lorna Wilkinson")

pos(D4, "Faleolo Tupuola", ["senior reporter", "reporter"], ["Talamua"], "Faleolo Tupuola is a senior reporter for Talamua Online News")
pos(D4, "Afamasaga Leota Tauiliili", ["Prime Minister"], [], "The Prime Minister, Afamasaga Leota Tauiliili")
pos(D4, "Salevao Vaifale Ioane", ["Member for Aleipata", "Member"], ["HRPP", "Aleipata"], "the HRPP Member for Aleipata, Salevao Vaifale Ioane")
pos(D4, "Fuimaono Tavita Lutu", ["Governor"], [], "Governor Fuimaono Tavita Lutu")
pos(D4, "Rachel Orton", ["spokesperson"], ["United States Embassy", "Embassy"], "Embassy spokesperson Rachel Orton")
pos(D4, "Grant Whitfield", ["High Commissioner"], ["New Zealand"], "New Zealand High Commissioner Grant Whitfield")
pos(D4, "Tuala Iosefa Sapolu", ["Deputy Prime Minister"], [], "Deputy Prime Minister Tuala Iosefa Sapolu")
pos(D4, "Melania Aiono", ["senior lecturer"], ["National University of Samoa"], "a senior lecturer in history at the National University of Samoa")
pos(D4, "Leiataua Ropati", ["Attorney General"], ["Samoa"], "a former Attorney General of Samoa, the late Leiataua Ropati", former=True)
pos(D4, "Papalii Seiuli Fonoti", ["Speaker"], ["Legislative Assembly"], "The Speaker of the Legislative Assembly, Papalii Seiuli Fonoti")

pos(D5, "Eoin Cronin", ["West Cork correspondent", "correspondent"], ["Irish Examiner"], "Eoin Cronin is the Irish Examiner's West Cork correspondent")
pos(D5, "Declan O'Sullivan", ["director of services"], ["Cork County Council", "council"], "The council's director of services for municipal districts, Declan O'Sullivan")
pos(D5, "Aoife Kiely", ["Cathaoirleach"], ["Bandon-Kinsale Municipal District", "municipal district"], "Cathaoirleach of the municipal district, Cllr Aoife Kiely (FF)")
pos(D5, "Aoife Kiely", ["Cllr", "councillor"], ["FF", "Fianna Fáil", "Cork County Council", "Bandon-Kinsale Municipal District"], "Cllr Aoife Kiely (FF)")
pos(D5, "Donal Harrington", ["Cllr", "councillor"], ["FG", "Fine Gael", "Cork County Council", "Bandon-Kinsale Municipal District"], "Cllr Donal Harrington (FG)")
pos(D5, "Sinéad Lordan", ["Cllr", "councillor"], ["Social Democrats", "Cork County Council", "Bandon-Kinsale Municipal District"], "Cllr Sinéad Lordan of the Social Democrats")
pos(D5, "Paudie Crowley", ["president"], ["Kinsale Chamber of Tourism and Business"], "Its president, Paudie Crowley")
pos(D5, "Niamh Fitzgerald", ["senior ecologist", "ecologist"], ["Cork County Council", "council"], "The council's senior ecologist, Dr Niamh Fitzgerald")
pos(D5, "Tom McCarthy", ["mayor"], ["Kinsale town council"], "Former Kinsale town council mayor Tom McCarthy", former=True)

# ---------------------------------------------------------------- relations
rel(D1, "Episkopi", "locatedIn", "Sovereign Base Areas", "Farmland at Episkopi, inside the Sovereign Base Areas")
rel(D1, "Anna Georgiou", "memberOf", "AKEL", "AKEL MP Anna Georgiou")
rel(D1, "Demos Charalambides", "memberOf", "DISY", "The DISY chairman of the House foreign affairs committee, Demos Charalambides")
rel(D3, "Anguilla", "memberOf", "CARICOM", "Anguilla is an associate member of CARICOM")
rel(D4, "Salevao Vaifale Ioane", "memberOf", "HRPP", "the HRPP Member for Aleipata, Salevao Vaifale Ioane")
rel(D5, "Sinéad Lordan", "memberOf", "Social Democrats", "Cllr Sinéad Lordan of the Social Democrats")
rel(D5, "Aoife Kiely", "memberOf", "Fianna Fáil", "Cllr Aoife Kiely (FF)")
rel(D5, "Donal Harrington", "memberOf", "Fine Gael", "Cllr Donal Harrington (FG)")

NOT_PERSON += ["Financial Mirror", "Orlando Sentinel", "Talamua", "Irish Examiner", "Observer", "Episkopi", "Kissimmee",
               "Winter Park", "Sandy Point", "The Valley", "Pago Pago", "Kinsale", "Scilly", "Pier Road", "Panadería Borinquen",
               "Cathaoirleach", "Resident Commissioner", "Premier", "Fono", "Sovereign Base Areas"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
