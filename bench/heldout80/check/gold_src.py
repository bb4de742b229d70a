"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_euronews_zaporizhzhia.txt", "02_barbadostoday_tobago.txt", "03_edmontonjournal_alberta.txt",
                      "04_nzherald_howland.txt", "05_newcastleherald_stockton_surf_club.txt")
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
including bylines, photo credits, footers and copyright lines; rivers, seas and buildings are not entities.
Set notes: streets and social-media platforms are treated like buildings; capitals are places, and a stance
voiced through a capital is held by its country; the rejection of a breakaway by the state it would leave is a
required stance (it is not a claimant's own claim)."""

E = []
def ent(t, name, *aliases, doc=None):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": doc})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})

UNATTR = []  # quoted strings with no speaker

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"

NEG = [
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
# countries (shared across documents)
ent(C, "Nicaragua", doc=[D1])
ent(C, "Russia", "Russian Federation", doc=[D1])
ent(C, "Ukraine", doc=[D1])
ent(C, "Germany", doc=[D1])
ent(C, "France", doc=[D1, D3])
ent(C, "Moldova", doc=[D1])
ent(C, "Venezuela", doc=[D1, D2])
ent(C, "Hungary", doc=[D1, D3])
ent(C, "Serbia", doc=[D1])
ent(C, "Barbados", doc=[D2])
ent(C, "Trinidad and Tobago", "Republic of Trinidad and Tobago", doc=[D2])
ent(C, "Jamaica", doc=[D2])
ent(C, "Guyana", doc=[D2])
ent(C, "Grenada", doc=[D2])
ent(C, "United States", "U.S.", "US", "America", doc=[D3, D4])
ent(C, "United Kingdom", "U.K.", "Britain", doc=[D3])
ent(C, "Canada", doc=[D3])
ent(C, "Mexico", doc=[D3])
ent(C, "Norway", doc=[D3])
ent(C, "Kiribati", "Republic of Kiribati", doc=[D4])
ent(C, "New Zealand", "NZ", doc=[D4])
ent(C, "Samoa", doc=[D4])
ent(C, "Australia", doc=[D4])
ent(C, "China", doc=[D4])
ent(C, "Nauru", doc=[D4])
ent(C, "Tonga", doc=[D4])
# territories
ent(T, "Zaporizhzhia", "Zaporizhzhia region", doc=[D1])
ent(T, "Kherson", doc=[D1])
ent(T, "Donetsk", doc=[D1])
ent(T, "Luhansk", doc=[D1])
ent(T, "Abkhazia", doc=[D1])
ent(T, "South Ossetia", doc=[D1])
ent(T, "Kosovo", doc=[D1])
ent(T, "Tobago", doc=[D2])
ent(T, "Alberta", "Republic of Alberta", "province of Alberta", doc=[D3])
ent(T, "Montana", doc=[D3])
ent(T, "Howland Island", "Howland", doc=[D4])
ent(T, "Baker Island", "Baker", doc=[D4])
# places
ent(PL, "Enerhodar", doc=[D1])
ent(PL, "Melitopol", doc=[D1])
ent(PL, "Managua", doc=[D1])
ent(PL, "Moscow", doc=[D1])
ent(PL, "Kyiv", doc=[D1])
ent(PL, "Berlin", doc=[D1])
ent(PL, "Paris", doc=[D1, D3])
ent(PL, "Budapest", doc=[D1, D3])
ent(PL, "Belgrade", doc=[D1])
ent(PL, "Brussels", doc=[D1])
ent(PL, "Port of Spain", doc=[D2])
ent(PL, "Trinidad", doc=[D2])
ent(PL, "Crown Point", doc=[D2])
ent(PL, "Roxborough", doc=[D2])
ent(PL, "Kingston", doc=[D2])
ent(PL, "Georgetown", doc=[D2])
ent(PL, "St George's", doc=[D2])
ent(PL, "Caracas", doc=[D2])
ent(PL, "Red Deer", doc=[D3])
ent(PL, "Ottawa", doc=[D3])
ent(PL, "Washington", doc=[D3, D4])
ent(PL, "London", doc=[D3])
ent(PL, "Vancouver", doc=[D3])
ent(PL, "Parliament Hill", doc=[D3])
ent(PL, "Wetaskiwin County", doc=[D3])
ent(PL, "Tarawa", "South Tarawa", doc=[D4])
ent(PL, "Ambo", doc=[D4])
ent(PL, "Phoenix Islands", doc=[D4])
ent(PL, "Kiritimati", doc=[D4])
ent(PL, "Wellington", doc=[D4])
ent(PL, "Canberra", doc=[D4])
ent(PL, "Beijing", doc=[D4])
ent(PL, "Stockton", doc=[D5])
ent(PL, "Newcastle", doc=[D5])
ent(PL, "Stockton Beach", doc=[D5])
ent(PL, "Nobbys Beach", doc=[D5])
ent(PL, "NSW", doc=[D5])
# organisations
ent(O, "Euronews", doc=[D1])
ent(O, "AFP", doc=[D1])
ent(O, "European Union", "EU", doc=[D1])
ent(O, "Federal Foreign Office", doc=[D1])
ent(O, "National Assembly", doc=[D1])
ent(O, "Belgrade Centre for Security Policy", doc=[D1])
ent(O, "New Europe Center", doc=[D1])
ent(O, "Barbados Today", doc=[D2])
ent(O, "Tobago House of Assembly", "THA", doc=[D2])
ent(O, "THA Division of Information", doc=[D2])
ent(O, "CARICOM", "CARICOM Secretariat", doc=[D2])
ent(O, "University of the West Indies", doc=[D2])
ent(O, "Edmonton Journal", "Journal", doc=[D3])
ent(O, "Postmedia", "Postmedia Network Inc.", doc=[D3])
ent(O, "Free Alberta Assembly", doc=[D3])
ent(O, "State Department", "U.S. State Department", "US State Department", doc=[D3, D4])
ent(O, "House of Commons", doc=[D3])
ent(O, "Supreme Court", doc=[D3])
ent(O, "University of Alberta", doc=[D3])
ent(O, "Leger", doc=[D3])
ent(O, "Elections Alberta", doc=[D3])
ent(O, "United Nations", "UN", doc=[D3, D4])
ent(O, "NZ Herald", "Herald", doc=[D4])
ent(O, "Maneaba ni Maungatabu", "Maneaba", doc=[D4])
ent(O, "Fish and Wildlife Service", doc=[D4])
ent(O, "Pacific Islands Forum", "Pacific Islands Forum Secretariat", doc=[D4])
ent(O, "Victoria University of Wellington", doc=[D4])
ent(O, "NZME Publishing Limited", doc=[D4])
ent(O, "Newcastle Herald", doc=[D5])
ent(O, "Newcastle Knights", doc=[D5])
ent(O, "Stockton Surf Life Saving Club", doc=[D5])
ent(O, "City of Newcastle", doc=[D5])
ent(O, "Surf Life Saving NSW", doc=[D5])
ent(O, "Australian Community Media", doc=[D5])
# people
ent(P, "Marta Kowalczyk", "Kowalczyk", doc=[D1])
ent(P, "Dmitri Lavrov", "Lavrov", doc=[D1])
ent(P, "Ernesto Villalobos Cruz", "Villalobos Cruz", doc=[D1])
ent(P, "Arkady Voronin", "Voronin", doc=[D1])
ent(P, "Mykyta Bondarenko", "Bondarenko", doc=[D1])
ent(P, "Iryna Savchuk", "Savchuk", doc=[D1])
ent(P, "Katrin Vogelsang", "Vogelsang", doc=[D1])
ent(P, "Claire Dumoulin", "Dumoulin", doc=[D1])
ent(P, "Ion Căldare", "Căldare", doc=[D1])
ent(P, "Jonas Lindqvist", "Lindqvist", doc=[D1])
ent(P, "Dragana Ilić", "Ilić", doc=[D1])
ent(P, "Olena Marchuk", "Marchuk", doc=[D1])
ent(P, "Shawn Clarke", "Clarke", doc=[D2])
ent(P, "Marcia Bynoe-Griffith", "Bynoe-Griffith", doc=[D2])
ent(P, "Kwesi Melville", "Melville", doc=[D2])
ent(P, "Natalie Melville", doc=[D2])
ent(P, "Sean Rampersad", "Rampersad", doc=[D2])
ent(P, "Andrea Lewis-Campbell", "Lewis-Campbell", doc=[D2])
ent(P, "Rohan Persaud", "Persaud", doc=[D2])
ent(P, "Terrence Baptiste", "Baptiste", doc=[D2])
ent(P, "Jerome Alleyne", "Alleyne", doc=[D2])
ent(P, "Hilary Best", "Best", doc=[D2])
ent(P, "Dana Ostrowski", "Ostrowski", doc=[D3])
ent(P, "Greg Sorensen", "Sorensen", doc=[D3])
ent(P, "Tamara Ruiz", "Ruiz", doc=[D3])
ent(P, "Sarah Whitcombe", "Whitcombe", doc=[D3])
ent(P, "Claude Ménard", "Ménard", doc=[D3])
ent(P, "Dwayne Kostiuk", "Kostiuk", doc=[D3])
ent(P, "Brenda Kostiuk", doc=[D3])
ent(P, "Sam Blackwood", "Blackwood", doc=[D3])
ent(P, "Ana Sofía Treviño", "Treviño", doc=[D3])
ent(P, "Rick Jorgensen", "Jorgensen", doc=[D3])
ent(P, "Lori Haugen", "Haugen", doc=[D3])
ent(P, "Mereana Walker", "Walker", doc=[D4])
ent(P, "Tevita Fonua", "Fonua", doc=[D4])
ent(P, "Ioane Teiwaki", "Teiwaki", doc=[D4])
ent(P, "Kyle Brennan", "Brennan", doc=[D4])
ent(P, "Elaine Porter", "Porter", doc=[D4])
ent(P, "Mark Henare", "Henare", doc=[D4])
ent(P, "Daniel Keogh", "Keogh", doc=[D4])
ent(P, "Bauro Tong", "Tong", doc=[D4])
ent(P, "Losana Tuilagi", "Tuilagi", doc=[D4])
ent(P, "Jessica Harrigan", "Harrigan", doc=[D5])
ent(P, "Marina Neil", "Neil", doc=[D5])
ent(P, "Peter Castellano", "Castellano", "Cr Castellano", doc=[D5])
ent(P, "Aisha Rahman", "Rahman", doc=[D5])
ent(P, "Bernard Whitlam", "Whitlam", "Cr Whitlam", doc=[D5])
ent(P, "Glenn Farrugia", "Farrugia", "Mr Farrugia", doc=[D5])
ent(P, "Dorothy Farrugia", doc=[D5])
ent(P, "Joe Farrugia", doc=[D5])
ent(P, "Matthew Crane", "Crane", "Mr Crane", doc=[D5])
ent(P, "Tim Lorimer", "Lorimer", doc=[D5])
ent(P, "Kylie Moore", "Moore", doc=[D5])

# ---------------------------------------------------------------- quotes
# D1
q(D1, "Ernesto Villalobos Cruz", "after a careful study of the will of the population", "optional")
q(D1, "Ernesto Villalobos Cruz", "Nicaragua recognises Zaporizhzhia as an integral part of the Russian Federation")
q(D1, "Ernesto Villalobos Cruz", "when conditions permit", "optional")
q(D1, "Arkady Voronin", "Our Nicaraguan friends have shown courage")
q(D1, "Mykyta Bondarenko", "a legal nullity", "optional")
q(D1, "Mykyta Bondarenko", "Ukraine does not and will never recognise any attempt to annex its territory")
q(D1, "Mykyta Bondarenko", "It changes nothing on the ground and nothing in international law")
q(D1, "Mykyta Bondarenko", "Zaporizhzhia is Ukraine.")
q(D1, "Iryna Savchuk", "say clearly where they stand", "optional")
q(D1, "Katrin Vogelsang", "Germany does not recognise the so-called annexation, and no decree from Managua can change that")
q(D1, "Katrin Vogelsang", "The borders of Ukraine are the internationally recognised borders of 1991")
q(D1, "Claire Dumoulin", "today, tomorrow and always", "optional")
q(D1, "Ion Căldare", "so does every democracy in our neighbourhood", "optional")
q(D1, "Jonas Lindqvist", "worthless", "optional")
q(D1, "Jonas Lindqvist", "draw the consequences", "optional")
q(D1, "Hungary", "does not comment on hypotheticals", "optional")
q(D1, "Dragana Ilić", "Would Belgrade ever recognise it? I very much doubt it")
q(D1, "Dragana Ilić", "Serbia cannot defend its own position on Kosovo and then endorse the annexation of Zaporizhzhia")
q(D1, "Olena Marchuk", "Moscow is collecting recognitions like trophies")
# D2
q(D2, "Tobago House of Assembly", "sovereign status", "optional")
q(D2, "Marcia Bynoe-Griffith", "Barbados does not recognise any declaration that would divide a sister CARICOM state")
q(D2, "Marcia Bynoe-Griffith", "We have friends in Tobago, we have family in Tobago, and we wish them well")
q(D2, "Tobago House of Assembly", "inherent right of the people of Tobago to sovereign statehood", "optional")
q(D2, "Kwesi Melville", "Tobago has been patient for 150 years")
q(D2, "Kwesi Melville", "Some of them will say no this week. History is long, and I am a patient man.")
q(D2, "Sean Rampersad", "no constitutional effect whatsoever", "optional")
q(D2, "Sean Rampersad", "Trinidad and Tobago will not recognise, now or ever, any attempt to carve one island out of the Republic")
q(D2, "Sean Rampersad", "Tobago is and will remain an integral part of this country.")
q(D2, "Terrence Baptiste", "If the people of Tobago ever voted in a proper referendum, would Grenada recognise the result?")
q(D2, "CARICOM", "The Community respects the sovereignty and territorial integrity of all its Member States")
q(D2, "Sean Rampersad", "You would have to ask Caracas.")
q(D2, "Jerome Alleyne", "more about leverage than a flag", "optional")
q(D2, "Jerome Alleyne", "Tobago has real grievances about money and about control of its own affairs")
q(D2, "Jerome Alleyne", "nobody in Barbados wants to reopen anything", "optional")
q(D2, "Hilary Best", "Refuse recognition, yes. But do not slam the door on the people of Tobago")
UNATTR.append("sovereign Tobago")
UNATTR.append("A long road")
# D3
UNATTR.append("Republic of Alberta")
UNATTR.append("provisional government")
q(D3, "Tamara Ruiz", "The United States recognizes Alberta as a province of Canada")
q(D3, "Sarah Whitcombe", "The United Kingdom does not recognize any declaration of independence by the Alberta group")
q(D3, "Sarah Whitcombe", "Canada's constitutional questions are for Canadians to settle, through Canadian law.")
q(D3, "Claude Ménard", "not dignify", "optional")
q(D3, "Claude Ménard", "There is no Republic of Alberta. There is a province of Alberta, in Canada")
q(D3, "Claude Ménard", "Albertans are Canadians, and Canada will not be divided by a press release.")
q(D3, "Dwayne Kostiuk", "We didn't expect Washington to say yes on day one")
q(D3, "Dwayne Kostiuk", "founding elections", "optional")
q(D3, "Sam Blackwood", "a stunt", "optional")
q(D3, "Sam Blackwood", "nothing to do", "optional")
q(D3, "Sam Blackwood", "This is a stunt. Albertans have real frustrations with Ottawa")
q(D3, "France", "does not recognize", "optional")
q(D3, "Rick Jorgensen", "That's a question for another day")
q(D3, "Lori Haugen", "Recognition follows effective control and, in a democracy, a clear vote")
q(D3, "Lori Haugen", "The Supreme Court was explicit in 1998: a clear majority on a clear question, then negotiation")
# D4
q(D4, "Maneaba ni Maungatabu", "part of the Phoenix Islands group and therefore of the Republic of Kiribati", "optional")
q(D4, "Ioane Teiwaki", "without consent and without care", "optional")
q(D4, "Ioane Teiwaki", "Kiribati claims Howland Island because it is ours by geography and by history")
q(D4, "Ioane Teiwaki", "We are not asking for a fight with America. We are asking for a conversation.")
q(D4, "Kyle Brennan", "The United States does not recognise Kiribati's claim to Howland Island. Howland Island is an unincorporated territory")
q(D4, "Elaine Porter", "close friendship", "optional")
q(D4, "Elaine Porter", "Friends can disagree on a map and still work together on everything else")
q(D4, "Mark Henare", "New Zealand's position is long-standing and clear")
q(D4, "Daniel Keogh", "does not recognise the Kiribati claim", "optional")
q(D4, "Daniel Keogh", "calm and respectful", "optional")
q(D4, "Daniel Keogh", "Pacific neighbours settle their differences by talking, not by motions")
q(D4, "Mark Henare", "That is a hypothetical I am not going to entertain.")
q(D4, "Pacific Islands Forum", "noted", "optional")
q(D4, "Bauro Tong", "Everyone in the Maneaba voted yes")
q(D4, "Losana Tuilagi", "Under the 1979 Treaty of Tarawa the United States gave up its claims")
q(D4, "Losana Tuilagi", "Legally, Washington holds the stronger hand")
# D5
q(D5, "Peter Castellano", "years of waiting", "optional")
q(D5, "Peter Castellano", "Stockton has carried more than its share of the erosion problem")
q(D5, "Peter Castellano", "Our commitment is real, but we cannot do this alone")
q(D5, "Aisha Rahman", "We are not going to build a new clubhouse and watch the sea take it in 20 years")
q(D5, "Bernard Whitlam", "a patch, not a plan", "optional")
q(D5, "Bernard Whitlam", "I'm not against the surf club, I'm against signing a cheque when half the money is a hope")
q(D5, "Glenn Farrugia", "cried and cheered", "optional")
q(D5, "Glenn Farrugia", "We've been rescuing people out of a shipping container for two seasons")
q(D5, "Dorothy Farrugia", "Joe would have been over the moon")
q(D5, "Matthew Crane", "Stockton Beach is a high-risk beach with strong rips and a changing shoreline")
q(D5, "Matthew Crane", "Our volunteers deserve nothing less.")
q(D5, "Tim Lorimer", "The council has shown leadership")
q(D5, "Kylie Moore", "When the club's open, the whole street's busier")

# ---------------------------------------------------------------- stances
ZA = ["Zaporizhzhia", "Zaporizhzhia region"]
st(D1, "Nicaragua", R, ZA, "Nicaragua on Tuesday formally recognised the Zaporizhzhia region of Ukraine as part of the Russian Federation")
st(D1, "Ukraine", N, ZA, "Ukraine does not and will never recognise any attempt to annex its territory")
st(D1, "Germany", N, ZA, "Germany considers the annexation of the Zaporizhzhia region illegal and void")
st(D1, "France", N, ZA, "Paris regarded Zaporizhzhia as part of Ukraine")
st(D1, "Moldova", N, ZA, "Moldova takes the same position")
st(D1, "Nicaragua", R, ["Abkhazia"], "recognised the breakaway Georgian regions of Abkhazia and South Ossetia in 2008")
st(D1, "Nicaragua", R, ["South Ossetia"], "recognised the breakaway Georgian regions of Abkhazia and South Ossetia in 2008")
st(D1, "Russia", R, ZA, "The Zaporizhzhia region is Russia, and it will remain Russia", "optional")
NEG += [
    {"docs": [D1], "country": "Venezuela", "territory": "Zaporizhzhia", "why": "is expected to recognise",
     "evidence": "which is expected to recognise the annexation before the end of the year"},
    {"docs": [D1], "country": "Hungary", "territory": "Zaporizhzhia", "why": "question",
     "evidence": "Asked whether Budapest would consider a similar step"},
    {"docs": [D1], "country": "Serbia", "territory": "Zaporizhzhia", "why": "question by a researcher",
     "evidence": "Would Belgrade ever recognise it?"},
    {"docs": [D1], "country": "European Union", "territory": "Zaporizhzhia", "why": "international body, not a country",
     "evidence": "The EU as a body does not recognise states or borders"},
]
st(D2, "Barbados", N, ["Tobago"], "Barbados will not recognise Tobago as a separate state")
st(D2, "Trinidad and Tobago", N, ["Tobago"], "Trinidad and Tobago will not recognise, now or ever, any attempt to carve one island out of the Republic")
st(D2, "Jamaica", N, ["Tobago"], "Kingston also refused to recognise the THA declaration")
st(D2, "Guyana", N, ["Tobago"], "Guyana regards Tobago as an integral part of Trinidad and Tobago")
NEG += [
    {"docs": [D2], "country": "Grenada", "territory": "Tobago", "why": "hypothetical question",
     "evidence": "would Grenada recognise the result?"},
    {"docs": [D2], "country": "Venezuela", "territory": "Tobago", "why": "question",
     "evidence": "Asked whether Venezuela, which has courted Tobago's fishermen in recent months, might recognise the island"},
    {"docs": [D2], "country": "CARICOM", "territory": "Tobago", "why": "international body, not a country",
     "evidence": "The Community respects the sovereignty and territorial integrity of all its Member States"},
]
AB = ["Alberta", "Republic of Alberta"]
st(D3, "United States", N, AB, "We do not recognize the so-called provisional government")
st(D3, "United Kingdom", N, AB, "The United Kingdom does not recognize any declaration of independence by the Alberta group")
st(D3, "Mexico", N, AB, "Mexico regards Alberta as an integral part of Canada")
st(D3, "France", N, AB, "Paris \"does not recognize\" the provisional government")
st(D3, "United States", R, AB, "The United States recognizes Alberta as a province of Canada", "optional")
st(D3, "Canada", N, AB, "There is no Republic of Alberta.")
NEG += [
    {"docs": [D3], "country": "Russia", "territory": "Alberta", "why": "no comment",
     "evidence": "The Russian Embassy in Ottawa did not respond to a request for comment"},
    {"docs": [D3], "country": "Hungary", "territory": "Alberta", "why": "no comment",
     "evidence": "Hungary's embassy referred questions to Budapest"},
    {"docs": [D3], "country": "United States", "territory": "Alberta", "why": "hypothetical question put to a state senator",
     "evidence": "was asked whether Washington would recognize an independent Alberta if Albertans voted to leave"},
    {"docs": [D3], "country": "United Nations", "territory": "Alberta", "why": "international body, not a country",
     "evidence": "The United Nations does not recognize states"},
]
HW = ["Howland Island", "Howland"]
st(D4, "United States", N, HW, "The United States does not recognise Kiribati's claim to Howland Island")
st(D4, "New Zealand", R, HW, "New Zealand recognises US sovereignty over Howland Island")
st(D4, "Australia", N, HW, "Canberra \"does not recognise the Kiribati claim\"")
st(D4, "Kiribati", R, HW, "Kiribati claims Howland Island because it is ours by geography and by history", "optional")
NEG += [
    {"docs": [D4], "country": "China", "territory": "Howland Island", "why": "is expected to back",
     "evidence": "China is expected to back Kiribati's position"},
    {"docs": [D4], "country": "New Zealand", "territory": "Howland Island", "why": "hypothetical question",
     "evidence": "Asked whether New Zealand would recognise the claim if the United States ever agreed to hand the islands over"},
    {"docs": [D4], "country": "Pacific Islands Forum", "territory": "Howland Island", "why": "international body, not a country",
     "evidence": "sovereignty questions were a matter for its members"},
]

# ---------------------------------------------------------------- positions
pos(D1, "Ernesto Villalobos Cruz", ["Foreign Minister"], ["Nicaragua"], "Nicaraguan Foreign Minister Ernesto Villalobos Cruz")
pos(D1, "Arkady Voronin", ["Deputy Foreign Minister"], ["Russia"], "Russian Deputy Foreign Minister Arkady Voronin")
pos(D1, "Mykyta Bondarenko", ["spokesperson"], ["Ukraine", "foreign ministry"], "foreign ministry spokesperson Mykyta Bondarenko")
pos(D1, "Iryna Savchuk", ["Foreign Minister"], ["Ukraine"], "Ukraine's Foreign Minister Iryna Savchuk")
pos(D1, "Katrin Vogelsang", ["spokesperson"], ["Federal Foreign Office"], "a spokesperson for the Federal Foreign Office, Katrin Vogelsang")
pos(D1, "Claire Dumoulin", ["minister delegate for Europe", "minister delegate"], ["France"], "France's minister delegate for Europe, Claire Dumoulin")
pos(D1, "Ion Căldare", ["Deputy Prime Minister"], ["Moldova"], "its Deputy Prime Minister Ion Căldare")
pos(D1, "Jonas Lindqvist", ["foreign policy spokesperson", "spokesperson"], ["European Union", "EU"], "The European Union's foreign policy spokesperson, Jonas Lindqvist")
pos(D1, "Dragana Ilić", ["researcher"], ["Belgrade Centre for Security Policy"], "Dragana Ilić, a researcher at the Belgrade Centre for Security Policy")
pos(D1, "Olena Marchuk", ["senior fellow"], ["New Europe Center"], "Olena Marchuk, a senior fellow at the Kyiv-based New Europe Center")
pos(D1, "Olena Marchuk", ["adviser"], ["Ukraine", "parliament"], "a former adviser to Ukraine's parliament", former=True)
pos(D1, "Marta Kowalczyk", ["journalist"], ["Euronews"], "Marta Kowalczyk is a Brussels-based journalist for Euronews")
pos(D2, "Marcia Bynoe-Griffith", ["Minister of Foreign Affairs and Foreign Trade", "Foreign Minister"], ["Barbados"], "Minister of Foreign Affairs and Foreign Trade Senator Dr Marcia Bynoe-Griffith")
pos(D2, "Marcia Bynoe-Griffith", ["Senator"], [], "Senator Dr Marcia Bynoe-Griffith")
pos(D2, "Kwesi Melville", ["Chief Secretary"], ["Tobago House of Assembly", "THA", "Tobago"], "Chief Secretary Kwesi Melville")
pos(D2, "Sean Rampersad", ["Minister of Foreign and CARICOM Affairs"], ["Trinidad and Tobago"], "Trinidad and Tobago's Minister of Foreign and CARICOM Affairs Sean Rampersad")
pos(D2, "Andrea Lewis-Campbell", ["Minister of Foreign Affairs and Foreign Trade"], ["Jamaica"], "Jamaica's Minister of Foreign Affairs and Foreign Trade, Andrea Lewis-Campbell")
pos(D2, "Natalie Melville", ["schoolteacher"], [], "a Roxborough schoolteacher")
pos(D2, "Rohan Persaud", ["spokesman"], ["Guyana", "President's Office"], "President's Office spokesman Dr Rohan Persaud")
pos(D2, "Terrence Baptiste", ["Prime Minister"], ["Grenada"], "Grenada's Prime Minister Terrence Baptiste")
pos(D2, "Jerome Alleyne", ["political scientist"], ["University of the West Indies"], "Political scientist Dr Jerome Alleyne of the University of the West Indies")
pos(D2, "Hilary Best", ["ambassador"], ["Barbados", "CARICOM"], "Former Barbados ambassador to CARICOM, Dr Hilary Best", former=True)
pos(D3, "Tamara Ruiz", ["spokeswoman"], ["State Department"], "U.S. State Department spokeswoman Tamara Ruiz")
pos(D3, "Sarah Whitcombe", ["High Commissioner"], ["United Kingdom", "Britain", "Canada"], "Britain's High Commissioner to Canada, Sarah Whitcombe")
pos(D3, "Claude Ménard", ["Intergovernmental Affairs Minister"], [], "Federal Intergovernmental Affairs Minister Claude Ménard")
pos(D3, "Dwayne Kostiuk", ["leader"], ["Free Alberta Assembly"], "The Free Alberta Assembly's leader, Dwayne Kostiuk")
pos(D3, "Dwayne Kostiuk", ["councillor"], ["Wetaskiwin County"], "a former Wetaskiwin County councillor", former=True)
pos(D3, "Dwayne Kostiuk", ["interim president"], [], "now calls himself interim president")
pos(D3, "Brenda Kostiuk", ["treasurer"], ["Free Alberta Assembly"], "is listed on the group's website as its treasurer")
pos(D3, "Sam Blackwood", ["press secretary"], [], "Sam Blackwood, press secretary to the premier")
pos(D3, "Ana Sofía Treviño", ["ambassador"], ["Mexico"], "Mexico's ambassador in Ottawa, Ana Sofía Treviño")
pos(D3, "Rick Jorgensen", ["state senator"], ["Montana"], "Montana state senator Rick Jorgensen")
pos(D3, "Lori Haugen", ["political scientist"], ["University of Alberta"], "Lori Haugen, a political scientist at the University of Alberta")
pos(D4, "Mereana Walker", ["Pacific Affairs Reporter", "Pacific affairs reporter"], ["NZ Herald", "Herald"], "Pacific Affairs Reporter · NZ Herald")
pos(D4, "Ioane Teiwaki", ["Minister for Foreign Affairs and Immigration"], ["Kiribati"], "Kiribati's Minister for Foreign Affairs and Immigration, Ioane Teiwaki")
pos(D4, "Kyle Brennan", ["spokesman"], ["State Department"], "a department spokesman, Kyle Brennan")
pos(D4, "Elaine Porter", ["Ambassador"], ["United States", "US", "New Zealand"], "The US Ambassador to New Zealand and Samoa, Elaine Porter")
pos(D4, "Mark Henare", ["Foreign Affairs Minister"], [], "Foreign Affairs Minister Mark Henare")
pos(D4, "Daniel Keogh", ["Minister for the Pacific"], ["Australia"], "Australia's Minister for the Pacific, Daniel Keogh")
pos(D4, "Bauro Tong", ["Opposition leader"], [], "Opposition leader Bauro Tong")
pos(D4, "Bauro Tong", ["fisheries minister"], [], "a former fisheries minister", former=True)
pos(D4, "Losana Tuilagi", ["senior lecturer"], ["Victoria University of Wellington"], "a senior lecturer in Pacific studies at Victoria University of Wellington")
pos(D5, "Glenn Farrugia", ["president"], ["Stockton Surf Life Saving Club"], "Stockton Surf Life Saving Club president Glenn Farrugia")
pos(D5, "Peter Castellano", ["Lord mayor"], [], "Lord mayor Peter Castellano")
pos(D5, "Aisha Rahman", ["Deputy lord mayor"], [], "Deputy lord mayor Cr Aisha Rahman")
pos(D5, "Aisha Rahman", ["Cr", "councillor"], [], "Deputy lord mayor Cr Aisha Rahman")
pos(D5, "Peter Castellano", ["Cr", "councillor"], [], "Cr Castellano said")
pos(D5, "Bernard Whitlam", ["Cr", "councillor"], [], "Cr Bernard Whitlam")
pos(D5, "Dorothy Farrugia", ["life member"], [], "Club life member Dorothy Farrugia")
pos(D5, "Joe Farrugia", ["club captain"], [], "the late Joe Farrugia, was club captain", former=True)
pos(D5, "Matthew Crane", ["chief executive"], ["Surf Life Saving NSW"], "Surf Life Saving NSW chief executive Matthew Crane")
pos(D5, "Tim Lorimer", ["MP"], ["Newcastle"], "Newcastle MP Tim Lorimer")
pos(D5, "Jessica Harrigan", ["reporter"], ["Newcastle Herald"], "Jessica Harrigan is a reporter at the Newcastle Herald")

# ---------------------------------------------------------------- relations
rel(D1, "Russia", "invaded", "Ukraine", "Russia invaded Ukraine in February 2022")
for t_ in ("Zaporizhzhia", "Kherson", "Donetsk", "Luhansk"):
    rel(D1, "Russia", "annexed", t_, "annexed the Zaporizhzhia, Kherson, Donetsk and Luhansk regions")
rel(D1, "Zaporizhzhia", "locatedIn", "Ukraine", "the Zaporizhzhia region of Ukraine")
rel(D1, "Enerhodar", "locatedIn", "Zaporizhzhia", "occupied Enerhodar, in Ukraine's Zaporizhzhia region")
rel(D2, "Kwesi Melville", "spouse", "Natalie Melville", "Melville's wife, Natalie Melville")
rel(D2, "Barbados", "sharesBorderWith", "Trinidad and Tobago", "Barbados and Trinidad and Tobago share a maritime boundary")
rel(D3, "Dwayne Kostiuk", "spouse", "Brenda Kostiuk", "His wife, Brenda Kostiuk")
rel(D3, "Alberta", "sharesBorderWith", "Montana", "Alberta, which shares a border with the U.S. state of Montana")
rel(D3, "Alberta", "locatedIn", "Canada", "The United States recognizes Alberta as a province of Canada")
rel(D4, "Kiribati", "claims", "Howland Island", "Kiribati claims Howland Island")
rel(D4, "Kiribati", "claims", "Baker Island", "declares Howland Island and nearby Baker Island to be")
rel(D5, "Dorothy Farrugia", "spouse", "Joe Farrugia", "Her husband, the late Joe Farrugia")

NOT_PERSON += ["Euronews", "Enerhodar", "Melitopol", "Zaporizhzhia", "Kherson", "Barbados Today", "Crown Point",
               "Roxborough", "Tobago", "Red Deer", "Edmonton Journal", "Postmedia", "Leger", "Wetaskiwin County",
               "Parliament Hill", "NZ Herald", "Howland Island", "Baker Island", "Maneaba ni Maungatabu", "Kiritimati",
               "Ambo", "Newcastle Herald", "Stockton", "Nobbys Beach", "Newcastle Knights", "Cr",
               "Lord mayor", "Chief Secretary"]


documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
