"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_rfi_ecrehous.txt", "02_radioprague_lednice_valtice.txt", "03_newsroom_ross_dependency.txt",
                      "04_stthomassource_flanagan_island.txt", "05_tribune242_freeport_library.txt")
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

# ---- entities
for n, a, d in [("RFI", ["Radio France Internationale"], [D1]), ("Normandy regional fisheries committee", [], [D1]),
    ("International Court of Justice", [], [D1]), ("French foreign ministry", [], [D1]),
    ("Foreign, Commonwealth and Development Office", [], [D1]), ("Government of Jersey", [], [D1]),
    ("Jersey Coastguard", [], [D1]), ("European Commission", [], [D1, D2]), ("European Union", ["Brussels"], [D1, D2]),
    ("Jersey Fishermen's Association", [], [D1]), ("University of Caen Normandy", [], [D1]),
    ("Radio Prague International", [], [D2]), ("Czech Radio", [], [D2]), ("European Court of Human Rights", [], [D2]),
    ("House of Liechtenstein", [], [D2]), ("UNESCO", [], [D2]), ("Masaryk University", [], [D2]),
    ("European Economic Area", [], [D2]),
    ("Newsroom", [], [D3]), ("New Zealand Defence Force", [], [D3]), ("Antarctica New Zealand", [], [D3]),
    ("State Department", [], [D3, D4]), ("Antarctic Treaty Secretariat", [], [D3]), ("Gateway Antarctica", [], [D3]),
    ("University of Canterbury", [], [D3]), ("Green Party", [], [D3]), ("Parliament", [], [D3]), ("New Zealand Media Council", [], [D3]),
    ("The St. Thomas Source", ["St. Thomas Source", "Source"], [D4]), ("St. Croix Source", [], [D4]), ("St. John Source", [], [D4]),
    ("Legislature of the Virgin Islands", ["37th Legislature", "Senate", "Legislature"], [D4]), ("Congress", [], [D4]),
    ("Caribbean Community", ["Caricom"], [D4]), ("University of the Virgin Islands", [], [D4]),
    ("The Tribune", ["Tribune"], [D5]), ("Freeport Public Library", [], [D5]),
    ("Grand Bahama Port Authority", ["Port Authority"], [D5]), ("Lucayan Construction Ltd", ["Lucayan Construction"], [D5]),
    ("Grand Bahama Chamber of Commerce", [], [D5]), ("Ministry of Education", [], [D5]), ("St George's High School", [], [D5]), ("Grand Bahama library committee", [], [D5])]:
    ent(O, n, *a, doc=d)
for n, a, d in [("France", ["Paris"], [D1, D3]), ("United Kingdom", ["London"], [D1, D3, D4]),
    ("Netherlands", [], [D1]), ("Belgium", [], [D1]), ("Liechtenstein", ["Vaduz"], [D2]),
    ("Czech Republic", ["Prague"], [D2]), ("Slovakia", [], [D2]), ("Austria", ["Vienna"], [D2]),
    ("Russia", ["Moscow"], [D3]), ("New Zealand", ["NZ", "Wellington"], [D3]), ("Norway", [], [D3]),
    ("Australia", ["Canberra"], [D3]), ("United States", ["Washington"], [D3, D4]),
    ("Antigua and Barbuda", [], [D4]), ("Dominica", [], [D4]), ("The Bahamas", ["Bahamas"], [D5])]:
    ent(C, n, *a, doc=d)
for n, a, d in [("Jersey", [], [D1]), ("Écréhous", [], [D1]), ("Minquiers", [], [D1]),
    ("Lednice-Valtice", [], [D2]), ("Ross Dependency", [], [D3]), ("Flanagan Island", ["Flanagan"], [D4]),
    ("British Virgin Islands", ["BVI"], [D4]), ("U.S. Virgin Islands", [], [D4])]:
    ent(T, n, *a, doc=d)
for n, a, d in [("Cotentin", [], [D1]), ("Barneville-Carteret", ["Carteret"], [D1]), ("Portbail", [], [D1]),
    ("La Marmotière", [], [D1]), ("Normandy", [], [D1]), ("St Helier", [], [D1]), ("The Hague", [], [D1]),
    ("Lednice", [], [D2]), ("Valtice", [], [D2]), ("South Moravia", [], [D2]), ("Brno", [], [D2]),
    ("Strasbourg", [], [D2]), ("Lower Austria", [], [D2]),
    ("Scott Base", [], [D3]), ("McMurdo Station", [], [D3]), ("Antarctica", [], [D3]), ("Hobart", [], [D3]),
    ("Buenos Aires", [], [D3]), ("Ross Ice Shelf", [], [D3]),
    ("St. John", [], [D4]), ("Coral Bay", [], [D4]), ("Tortola", [], [D4]), ("Road Town", [], [D4]),
    ("East End", [], [D4]), ("St. John's", [], [D4]),
    ("Freeport", [], [D5]), ("Grand Bahama", [], [D5]), ("East Mall Drive", [], [D5]), ("Eight Mile Rock", [], [D5]),
    ("Pinder's Point", [], [D5]), ("Hawksbill", [], [D5]), ("Pineridge", [], [D5]), ("Nassau", [], [D5])]:
    ent(PL, n, *a, doc=d)
for n, a, d in [("Camille Baudouin", [], [D1]), ("Yannick Lemarié", ["Lemarié"], [D1]), ("Hélène Marchetti", [], [D1]),
    ("Thierry Hamel", [], [D1]), ("Philip Le Cornu", ["Le Cornu"], [D1]), ("Sanne Verhoeven", [], [D1]),
    ("Michael Renouf", ["Renouf"], [D1]), ("Anne-Sophie Guérin", [], [D1]), ("Jean-Marc Delalande", [], [D1]),
    ("Lenka Dvořáková", [], [D2]), ("Ondřej Malý", [], [D2]), ("Tomáš Hradecký", ["Hradecký"], [D2]),
    ("Katrin Büchel", [], [D2]), ("Florian Eder", [], [D2]), ("Pavel Kovařík", ["Kovařík"], [D2]),
    ("Eliška Horáková", [], [D2]), ("Jana Procházková", [], [D2]), ("Radek Šimůnek", [], [D2]),
    ("Tamsin Whareaitu", [], [D3]), ("Alexei Voronin", ["Voronin"], [D3]), ("Daniel Ngata", ["Ngata"], [D3]),
    ("Megan Hollis", [], [D3]), ("Fiona Rutherford", ["Rutherford"], [D3]), ("Kate Mallory", [], [D3]),
    ("Rawiri Tane", [], [D3]), ("Chloe Matthews", [], [D3]),
    ("Keisha Lettsome", [], [D4]), ("Denise Quetel", [], [D4]), ("Marvin Sprauve", ["Sprauve"], [D4]),
    ("Delroy Hodge", ["Hodge"], [D4]), ("Alistair Hendry", [], [D4]), ("Raymond Christian", [], [D4]),
    ("Everton Joseph", [], [D4]), ("Hyacinth Laville", [], [D4]), ("Angela Hendricks", [], [D4]),
    ("Calvin George", ["George"], [D4]), ("Gilbert Vanterpool", [], [D4]),
    ("Devonna Sweeting", [], [D5]), ("Vandyke Hepburn", [], [D5]), ("Shenell Rolle", ["Ms Rolle"], [D5]),
    ("Kendrick Albury", ["Mr Albury"], [D5]), ("Patrice Gibson", ["Mrs Gibson"], [D5]),
    ("Wendell Forbes", ["Mr Forbes"], [D5]), ("Ianthe Ferguson", ["Ms Ferguson"], [D5]),
    ("Lionel Russell", [], [D5]), ("Jamal Cooper", ["Mr Cooper"], [D5]),
    ("Maude Pinder-Cartwright", [], [D5]), ("Basil Thompson", [], [D5])]:
    ent(P, n, *a, doc=d)

# ---- quotes
q(D1, "Yannick Lemarié", "We are not pirates. We fished around these rocks before anyone in London knew where they were")
q(D1, "Yannick Lemarié", "The licences Jersey hands out are a way to push us off the reef one boat at a time")
q(D1, "Hélène Marchetti", "France recognises British sovereignty over the Écréhous, as settled by the International Court of Justice. That question is closed")
q(D1, "Thierry Hamel", "I was born in Portbail. My grandfather took his boat to the Écréhous every summer")
q(D1, "Thierry Hamel", "Nobody is going to tell me it is a foreign country")
q(D1, "Philip Le Cornu", "These are Jersey waters and Jersey rocks")
q(D1, "Philip Le Cornu", "We will keep issuing licences on the basis of the track record each vessel can show")
q(D1, "Foreign, Commonwealth and Development Office", "The United Kingdom's sovereignty over the Écréhous is long established in international law")
q(D1, "Sanne Verhoeven", "regards the Écréhous as part of Jersey", "optional")
q(D1, "European Commission", "The Commission calls on all sides to show restraint and to settle questions of access through the agreement")
q(D1, "Michael Renouf", "We want good neighbours, not flotillas. Most of us have friends in Carteret")
q(D1, "Anne-Sophie Guérin", "The 1953 judgment is final. What remains open is how fishing access is managed")
q(D1, "Jean-Marc Delalande", "People here do not want a war over a few rocks. They want to be able to work")
q(D2, "Tomáš Hradecký", "The Beneš decrees are part of our legal order and they will stay that way. There is nothing to negotiate")
q(D2, "Tomáš Hradecký", "We are good friends with Liechtenstein, but friendship does not mean giving away South Moravia")
q(D2, "Katrin Büchel", "Our country has tried dialogue for more than thirty years")
q(D2, "Katrin Büchel", "We are not asking for borders to be changed")
q(D2, "Florian Eder", "For Vienna the border is settled and the property question is a bilateral matter")
q(D2, "European Commission", "does not comment on cases pending before the court", "optional")
q(D2, "Pavel Kovařík", "Last year we had more visitors than ever. The prince is welcome here as a guest")
q(D2, "Eliška Horáková", "They ask me whose house this is. I tell them it belongs to the Czech people")
q(D2, "Jana Procházková", "Strasbourg has rejected similar complaints before, because the confiscations took place")
q(D2, "Jana Procházková", "But Vaduz is playing a long game. It wants the history acknowledged")
q(D2, "Tomáš Hradecký", "I do not deal in hypotheticals")
q(D2, "Radek Šimůnek", "Two friendly states should not be meeting in a courtroom")
q(D3, "Alexei Voronin", "Russia does not recognise New Zealand's claim to the Ross Dependency, just as it does not recognise any other claim")
q(D3, "Alexei Voronin", "Our scientists will work there as scientists work everywhere in Antarctica, freely")
q(D3, "Daniel Ngata", "very, very clear", "optional")
q(D3, "Daniel Ngata", "New Zealand has administered the Ross Dependency since 1923 and we take that responsibility seriously")
q(D3, "Daniel Ngata", "Any new station has to meet the environmental standards every other country meets")
q(D3, "Megan Hollis", "stand shoulder to shoulder", "optional")
q(D3, "State Department", "reserves its rights", "optional")
q(D3, "Daniel Ngata", "I'm not going to get ahead of conversations we haven't had yet")
q(D3, "Fiona Rutherford", "We share this environment with a lot of people and we work well with most of them")
q(D3, "Kate Mallory", "This is a signal more than a science plan")
q(D3, "Kate Mallory", "Russia wants to show that the claims mean nothing on the ground")
q(D3, "Rawiri Tane", "We have always relied on the treaty and on friends. Both are going to be tested")
q(D3, "Chloe Matthews", "If Russia wants to be there, it should have to meet the highest bar there is")
q(D4, "Marvin Sprauve", "Every fisherman in Coral Bay knows Flanagan. Our grandparents set pots there")
q(D4, "Marvin Sprauve", "We are asking the federal government to stand up for the people of St. John")
q(D4, "Delroy Hodge", "Flanagan Island is part of the Virgin Islands, the British Virgin Islands, and it has been for as long as anyone has kept records")
q(D4, "Delroy Hodge", "We are neighbors and family across that water, and I would rather talk about ferries than flags")
q(D4, "Alistair Hendry", "is not in doubt", "optional")
q(D4, "State Department", "no plans", "optional")
q(D4, "Raymond Christian", "I respect the Senate and I understand the feelings in St. John")
q(D4, "Raymond Christian", "But the Constitution gives foreign affairs to the federal government, and I will not pretend otherwise")
q(D4, "Hyacinth Laville", "as a matter of good neighborliness and of law", "optional")
q(D4, "Angela Hendricks", "We have a hospital that floods and schools without air conditioning")
q(D4, "Angela Hendricks", "If we want better relations with Tortola, we should start with the ferry schedule")
q(D4, "Calvin George", "BVI patrol boats have chased us off twice this year. That is the real problem")
q(D4, "Gilbert Vanterpool", "The line was drawn by people who never set foot on either island")
q(D4, "Gilbert Vanterpool", "That is why it still stings")
q(D5, "Shenell Rolle", "This is not just a library. It is a place where a child in Eight Mile Rock")
q(D5, "Shenell Rolle", "After Dorian, our people deserve something that lasts")
q(D5, "Kendrick Albury", "an investment in the whole island", "optional")
q(D5, "Kendrick Albury", "Freeport was built on the idea that people would come here to build a future")
q(D5, "Patrice Gibson", "We have been working out of two rooms with a leaking roof")
q(D5, "Patrice Gibson", "If you have books sitting in a box at home, bring them to us")
q(D5, "Wendell Forbes", "Every one of the men and women on this site lives here")
q(D5, "Ianthe Ferguson", "I'm not ashamed to say it. That is where they go")
q(D5, "Lionel Russell", "People look at schools and services when they decide where to live")
q(D5, "Jamal Cooper", "A library that closes at four o'clock is a library for retirees")
q(D5, "Basil Thompson", "She taught half of this island to read. There was no other name on the list")

UNATTR += ["Virgin Islands soil"]

# ---- stances
st(D1, "France", R, ["Écréhous"], "France recognises British sovereignty over the Écréhous")
st(D1, "Netherlands", R, ["Écréhous"], "regards the Écréhous as part of Jersey")
st(D1, "Belgium", R, ["Écréhous"], "So does Belgium")
st(D1, "United Kingdom", R, ["Écréhous"], "The United Kingdom's sovereignty over the Écréhous is long established", "optional")
st(D2, "Czech Republic", N, ["Lednice-Valtice"], "his country does not recognise any Liechtenstein claim to the Lednice-Valtice estate")
st(D2, "Slovakia", N, ["Lednice-Valtice"], "Slovakia, which also holds former Liechtenstein land, refuses to recognise the claim")
st(D2, "Czech Republic", N, ["Lednice-Valtice"], "Prague rejects Liechtenstein claim to Lednice-Valtice", "optional")
st(D2, "Austria", R, ["Lednice-Valtice"], "Austria regards Lednice-Valtice as part of the Czech Republic")
st(D2, "Liechtenstein", R, ["Lednice-Valtice"], "Vaduz claims the estate as private property", "optional")
st(D3, "Russia", N, ["Ross Dependency"], "Russia does not recognise New Zealand's claim to the Ross Dependency")
for c in ("United Kingdom", "France", "Norway", "Australia"):
    st(D3, c, R, ["Ross Dependency"], "The United Kingdom, France, Norway and Australia all recognise the Ross Dependency as New Zealand's")
st(D3, "United States", N, ["Ross Dependency"], "does not recognise the claim either")
st(D3, "New Zealand", R, ["Ross Dependency"], "New Zealand has administered the Ross Dependency since 1923", "optional")
st(D4, "United States", R, ["Flanagan Island"], "the United States recognizes British sovereignty over Flanagan Island")
st(D4, "Antigua and Barbuda", R, ["Flanagan Island"], "Antigua and Barbuda regards Flanagan Island as part of the British Virgin Islands")
st(D4, "Dominica", R, ["Flanagan Island"], "her country supports British sovereignty over Flanagan Island")
st(D4, "United Kingdom", R, ["Flanagan Island"], "The United Kingdom restated its own position", "optional")

NEG += [
    {"docs": [D1], "country": "Normandy regional fisheries committee", "territory": "Écréhous", "why": "body that is not a country",
     "evidence": "The committee says it does not recognise the 1953 ruling"},
    {"docs": [D1], "country": "France", "territory": "Écréhous", "why": "question",
     "evidence": "Will Paris now back the fishermen's call for a joint Franco-Jersey fishing zone around the reef?"},
    {"docs": [D1], "country": "European Commission", "territory": "Écréhous", "why": "body that is not a country",
     "evidence": "it takes no position on sovereignty"},
    {"docs": [D2], "country": "Czech Republic", "territory": "Lednice-Valtice", "why": "question / hypothetical",
     "evidence": "Would Prague then recognise the claim?"},
    {"docs": [D3], "country": "United States", "territory": "Ross Dependency", "why": "question",
     "evidence": "Would Washington join a protest?"},
    {"docs": [D3], "country": "Antarctic Treaty Secretariat", "territory": "Ross Dependency", "why": "body that is not a country",
     "evidence": "said it takes no position on territorial claims"},
    {"docs": [D3], "country": "Russia", "territory": "Ross Dependency", "why": "request, not a stance",
     "evidence": "the Government was not asking Russia to recognise the claim"},
    {"docs": [D4], "country": "Legislature of the Virgin Islands", "territory": "Flanagan Island", "why": "body that is not a country",
     "evidence": "the Legislature does not recognize British administration of the island"},
    {"docs": [D4], "country": "Caribbean Community", "territory": "Flanagan Island", "why": "question; body that is not a country",
     "evidence": "Would the Caribbean Community take up the issue?"},
]

# ---- positions
pos(D1, "Yannick Lemarié", ["president"], ["Normandy regional fisheries committee"], "Yannick Lemarié, president of the Normandy regional fisheries committee")
pos(D1, "Hélène Marchetti", ["spokeswoman"], ["French foreign ministry", "foreign ministry", "France"], "Its spokeswoman, Hélène Marchetti")
pos(D1, "Philip Le Cornu", ["Minister for External Relations"], ["Jersey", "Government of Jersey"], "Jersey's Minister for External Relations, Deputy Philip Le Cornu")
pos(D1, "Philip Le Cornu", ["Deputy"], [], "Deputy Philip Le Cornu")
pos(D1, "Sanne Verhoeven", ["foreign minister"], ["Netherlands", "Dutch"], "Dutch foreign minister Sanne Verhoeven")
pos(D1, "Michael Renouf", ["president"], ["Jersey Fishermen's Association"], "Michael Renouf, president of the Jersey Fishermen's Association")
pos(D1, "Anne-Sophie Guérin", ["lecturer"], ["University of Caen Normandy"], "Anne-Sophie Guérin, a lecturer in maritime law at the University of Caen Normandy")
pos(D1, "Jean-Marc Delalande", ["mayor"], ["Portbail"], "Jean-Marc Delalande, a former mayor of Portbail", former=True)
pos(D2, "Tomáš Hradecký", ["Foreign Minister"], ["Czech Republic", "Czech"], "Czech Foreign Minister Tomáš Hradecký")
pos(D2, "Katrin Büchel", ["Minister for Foreign Affairs"], ["Liechtenstein"], "Liechtenstein's Minister for Foreign Affairs, Katrin Büchel")
pos(D2, "Florian Eder", ["ambassador"], ["Austria", "Austrian"], "the Austrian ambassador in Prague, Florian Eder")
pos(D2, "Pavel Kovařík", ["Mayor"], ["Valtice"], "Mayor Pavel Kovařík")
pos(D2, "Eliška Horáková", ["guide"], [], "Local guide Eliška Horáková")
pos(D2, "Jana Procházková", ["historian"], ["Masaryk University"], "Jana Procházková, a historian at Masaryk University")
pos(D2, "Radek Šimůnek", ["MP"], [], "Opposition MP Radek Šimůnek")
pos(D2, "Radek Šimůnek", ["deputy foreign minister"], [], "a former deputy foreign minister", former=True)
pos(D3, "Alexei Voronin", ["spokesman"], ["Russia", "embassy"], "Embassy spokesman Alexei Voronin")
pos(D3, "Daniel Ngata", ["Foreign Minister"], [], "Foreign Minister Daniel Ngata")
pos(D3, "Megan Hollis", ["Foreign Minister"], ["Australia", "Australian"], "Australian Foreign Minister Megan Hollis")
pos(D3, "Fiona Rutherford", ["chief executive"], ["Antarctica New Zealand"], "Fiona Rutherford, chief executive of Antarctica New Zealand")
pos(D3, "Kate Mallory", ["director"], ["Gateway Antarctica"], "Professor Kate Mallory, director of Gateway Antarctica")
pos(D3, "Kate Mallory", ["Professor"], [], "Professor Kate Mallory")
pos(D3, "Rawiri Tane", ["Antarctic envoy", "envoy"], [], "Former Antarctic envoy Rawiri Tane", former=True)
pos(D3, "Chloe Matthews", ["foreign affairs spokesperson", "spokesperson"], ["Green Party"], "Green Party foreign affairs spokesperson Chloe Matthews")
pos(D3, "Tamsin Whareaitu", ["political reporter", "reporter"], ["Newsroom"], "Tamsin Whareaitu is Newsroom's political reporter")
pos(D4, "Marvin Sprauve", ["Sen", "Senator"], [], "Sen. Marvin Sprauve")
pos(D4, "Delroy Hodge", ["Premier"], ["British Virgin Islands", "BVI"], "BVI Premier Delroy Hodge")
pos(D4, "Alistair Hendry", ["Governor"], [], "Governor Alistair Hendry")
pos(D4, "Raymond Christian", ["Gov", "Governor"], [], "Gov. Raymond Christian")
pos(D4, "Everton Joseph", ["foreign minister"], ["Antigua and Barbuda"], "its foreign minister, Everton Joseph")
pos(D4, "Hyacinth Laville", ["foreign minister"], ["Dominica"], "Dominica's foreign minister, Hyacinth Laville")
pos(D4, "Angela Hendricks", ["Sen", "Senator"], [], "Sen. Angela Hendricks")
pos(D4, "Calvin George", ["fisherman"], [], "fisherman Calvin George")
pos(D4, "Gilbert Vanterpool", ["professor"], ["University of the Virgin Islands"], "Gilbert Vanterpool, a professor of Caribbean history at the University of the Virgin Islands")
pos(D5, "Shenell Rolle", ["Minister for Grand Bahama", "Minister"], ["Grand Bahama"], "Minister for Grand Bahama Ms Shenell Rolle")
pos(D5, "Kendrick Albury", ["president"], ["Grand Bahama Port Authority", "Port Authority"], "Port Authority president Mr Kendrick Albury")
pos(D5, "Patrice Gibson", ["Chief librarian", "librarian"], [], "Chief librarian Mrs Patrice Gibson")
pos(D5, "Wendell Forbes", ["managing director"], ["Lucayan Construction"], "Its managing director, Mr Wendell Forbes")
pos(D5, "Lionel Russell", ["president"], ["Grand Bahama Chamber of Commerce"], "Dr Lionel Russell, a former president of the Grand Bahama Chamber of Commerce", former=True)
pos(D5, "Jamal Cooper", ["Member of Parliament"], ["Pineridge"], "Member of Parliament for Pineridge Mr Jamal Cooper")
pos(D5, "Basil Thompson", ["chairman"], ["Grand Bahama library committee", "committee"], "Committee chairman Mr Basil Thompson")
pos(D5, "Devonna Sweeting", ["Reporter", "Tribune Freeport Reporter"], ["Tribune"], "Tribune Freeport Reporter")
pos(D5, "Maude Pinder-Cartwright", ["educator"], [], "the late educator Ms Maude Pinder-Cartwright", "optional")

# ---- relations
rel(D1, "La Marmotière", "locatedIn", "Écréhous", "La Marmotière, the largest of the Écréhous islets")
rel(D2, "Liechtenstein", "memberOf", "European Economic Area", "belongs to the European Economic Area")
rel(D2, "Czech Republic", "sharesBorderWith", "Austria", "The Czech Republic and Austria share a border")
rel(D2, "Lednice", "locatedIn", "South Moravia", "The chateau at Lednice in South Moravia")
rel(D2, "Masaryk University", "locatedIn", "Brno", "Masaryk University in Brno")
rel(D2, "Liechtenstein", "claims", "Lednice-Valtice", "Vaduz claims the estate as private property")
rel(D3, "Antarctic Treaty Secretariat", "locatedIn", "Buenos Aires", "The Antarctic Treaty Secretariat in Buenos Aires")
rel(D3, "Newsroom", "memberOf", "New Zealand Media Council", "Newsroom is a member of the New Zealand Media Council")
rel(D3, "New Zealand", "claims", "Ross Dependency", "New Zealand's claim to the Ross Dependency")
rel(D5, "Nassau", "locatedIn", "The Bahamas", "Nassau, The Bahamas")
rel(D5, "The Tribune", "locatedIn", "Nassau", "The Tribune, Nassau, The Bahamas")
rel(D5, "Freeport Public Library", "locatedIn", "East Mall Drive", "the new Freeport Public Library on East Mall Drive")

NOT_PERSON += ["RFI", "La Marmotière", "Portbail", "Beneš decrees", "Dorian", "Hurricane Dorian", "Scott Base",
               "McMurdo Station", "Flanagan Island", "Coral Bay", "Pinder's Point", "Eight Mile Rock", "Newsroom",
               "Flanagan", "Ross Dependency", "Masaryk University", "St. John", "St Helier", "Barneville-Carteret",
               "St George's High School"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
