"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_postimees_saatse_boot.txt", "02_baherald_south_georgia.txt", "03_curacaochronicle_roncador.txt",
                      "04_rte_varosha.txt", "05_whanganuichronicle_castlecliff_surf_club.txt")
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


# ---------- D1
for n, a in [("Marten Laur", "Laur"), ("Kristjan Mägi", "Mägi"), ("Siim Rebane", "Rebane"), ("Yelena Sorokina", "Sorokina"),
             ("Edgars Kalniņš", "Kalniņš"), ("Aino Lehtonen", "Lehtonen"), ("Pieter Vandenberghe", "Vandenberghe"),
             ("Raivo Tamm", "Tamm"), ("Liis Kukk", "Kukk"), ("Tiit Org", "Org")]:
    ent(P, n, a, doc=[D1])
ent(O, "Postimees", "AS Postimees Grupp", doc=[D1])
ent(O, "Riigikogu", doc=[D1])
ent(O, "State Duma", doc=[D1])
ent(O, "NATO", doc=[D1])
ent(O, "European Union", "EU", doc=[D1, D4])
ent(O, "European Commission", "Commission", doc=[D1])
ent(O, "Lithuanian foreign ministry", doc=[D1])
ent(O, "Russian foreign ministry", "Russia's foreign ministry", doc=[D1])
ent(O, "Estonian Defence Forces", doc=[D1])
for c in ["Estonia", "Russia", "Latvia", "Finland", "Lithuania", "Belarus"]:
    ent(C, c, doc=[D1])
ent(C, "Hungary", doc=[D1, D4])
ent(T, "Saatse Boot", doc=[D1])
for p in ["Värska", "Lutepää", "Sesniki", "Setomaa", "Tallinn", "Moscow", "Riga", "Helsinki", "Minsk"]:
    ent(PL, p, doc=[D1])

q(D1, "Kristjan Mägi", "The Saatse Boot is Estonian land, it was Estonian land yesterday")
q(D1, "Kristjan Mägi", "There is nothing to discuss with Moscow on this question.")
q(D1, "Yelena Sorokina", "historically Russian", "optional")
q(D1, "Yelena Sorokina", "Russian transit territory", "optional")
q(D1, "Russian foreign ministry", "Russian transit territory", "optional")
q(D1, "Yelena Sorokina", "Moscow has shown great patience")
q(D1, "Yelena Sorokina", "The time for temporary solutions is over.")
q(D1, "Kristjan Mägi", "We have also informed our allies in NATO")
q(D1, "Kristjan Mägi", "Nobody will be surprised by Russian tricks")
q(D1, "Edgars Kalniņš", "What is Estonian stays Estonian.")
q(D1, "Lithuanian foreign ministry", "Borders in Europe are not changed by press releases")
q(D1, "Lithuanian foreign ministry", "Lithuania expects Russia to respect the territorial integrity of Estonia.")
q(D1, "Pieter Vandenberghe", "The European Union supports the sovereignty and territorial integrity")
q(D1, "Raivo Tamm", "People here are not afraid. They are annoyed")
q(D1, "Raivo Tamm", "We want a proper road on our own side")
q(D1, "Liis Kukk", "We will build the road, and we will build it on Estonian land")
q(D1, "Tiit Org", "It is a small piece of forest, but for the Kremlin")
q(D1, "Edgars Kalniņš", "Baltic unity is our best defence", "optional")

SB = ["Saatse Boot"]
st(D1, "Russia", N, SB, "Russia does not recognise Estonian sovereignty over the Saatse Boot")
st(D1, "Latvia", R, SB, "Latvia fully recognises Estonia's sovereignty over the Saatse Boot")
st(D1, "Finland", R, SB, "Finland supports Estonia's sovereignty over the Saatse Boot")
st(D1, "Lithuania", R, SB, "and so does Lithuania")
st(D1, "Belarus", R, SB, "Minsk regards the Saatse Boot as part of Russia")
st(D1, "Estonia", R, SB, "The Saatse Boot is Estonian land", "optional")

pos(D1, "Kristjan Mägi", ["foreign minister"], [], "foreign minister Kristjan Mägi said")
pos(D1, "Yelena Sorokina", ["spokeswoman"], ["Russian foreign ministry", "Russia"], "the spokeswoman of the Russian foreign ministry, Yelena Sorokina")
pos(D1, "Edgars Kalniņš", ["foreign minister"], ["Latvia"], "Latvian foreign minister Edgars Kalniņš")
pos(D1, "Aino Lehtonen", ["foreign minister"], ["Finland"], "Finnish foreign minister Aino Lehtonen")
pos(D1, "Pieter Vandenberghe", ["spokesperson"], ["European Commission", "Commission"], "a Commission spokesperson, Pieter Vandenberghe")
pos(D1, "Raivo Tamm", ["mayor"], ["Setomaa"], "the mayor of Setomaa rural municipality")
pos(D1, "Liis Kukk", ["interior minister"], [], "The interior minister, Liis Kukk")
pos(D1, "Tiit Org", ["foreign minister"], [], "Former foreign minister Tiit Org", former=True)
pos(D1, "Tiit Org", ["member"], ["Riigikogu"], "He is now a member of the Riigikogu foreign affairs committee")
pos(D1, "Marten Laur", ["reporter"], ["Postimees"], "Marten Laur is a reporter for Postimees' English-language news service")

rel(D1, "Saatse Boot", "sharesBorderWith", "Russia", "is surrounded on three sides by Russia")
rel(D1, "Saatse Boot", "locatedIn", "Setomaa", "a patch of forest in Setomaa")
rel(D1, "Russia", "claims", "Saatse Boot", "Moscow lays claim to Saatse Boot")

NEG.append({"docs": [D1], "country": "European Commission", "territory": "Saatse Boot", "why": "question; a body, not a country",
            "evidence": "Asked whether the European Commission would recognise the Estonian position formally"})
NEG.append({"docs": [D1], "country": "Hungary", "territory": "Saatse Boot", "why": "open question; no stance",
            "evidence": "Whether Hungary would join a common EU statement remained unclear"})

# ---------- D2
for n, a in [("Martín Echeverría", "Echeverría"), ("Lucía Ferreyra", "Ferreyra"), ("Tomás Iturralde", "Iturralde"),
             ("Fiona Whitlock", "Whitlock"), ("Carolina Sosa", "Sosa"), ("Ignacio Valdés", "Valdés"),
             ("Rodrigo Benítez", "Benítez"), ("Graciela Moyano", "Moyano"), ("Héctor Lamas", "Lamas"),
             ("Sergio Palacios", "Palacios")]:
    ent(P, n, a, doc=[D2])
ent(O, "Buenos Aires Herald", doc=[D2])
ent(O, "Foreign, Commonwealth and Development Office", doc=[D2])
ent(O, "UN Special Committee on Decolonization", doc=[D2])
ent(O, "United Nations", "UN", doc=[D2, D4])
ent(O, "Itamaraty", "Brazil's Foreign Ministry", doc=[D2])
ent(O, "Organization of American States", "OAS", doc=[D2, D3])
ent(O, "University of Buenos Aires", doc=[D2])
for c, a in [("Argentina", None), ("United Kingdom", "UK"), ("Uruguay", None), ("Brazil", None), ("Chile", None), ("Paraguay", None)]:
    ent(C, c, *([a] if a else []), doc=[D2])
ent(T, "South Georgia and the South Sandwich Islands", "South Georgia", doc=[D2])
ent(T, "Falkland Islands", "Falklands", "Malvinas", doc=[D2])
for p in ["King Edward Point", "Grytviken", "Montevideo", "Santiago", "Ushuaia", "Tierra del Fuego", "Buenos Aires",
          "London", "Río Grande", "Colonia"]:
    ent(PL, p, doc=[D2])

q(D2, "Martín Echeverría", "a unilateral act with no legal value.", "optional")
q(D2, "Martín Echeverría", "Argentina does not recognize British sovereignty over South Georgia")
q(D2, "Martín Echeverría", "These islands are part of the Argentine province")
q(D2, "Martín Echeverría", "We are not asking for anything new.")
q(D2, "Fiona Whitlock", "has no doubt", "optional")
q(D2, "Fiona Whitlock", "The people who work on South Georgia")
q(D2, "Carolina Sosa", "without any reservation.", "optional")
q(D2, "Carolina Sosa", "Uruguay has always stood with Argentina")
q(D2, "Ignacio Valdés", "follows the issue closely.", "optional")
q(D2, "Rodrigo Benítez", "Paraguay backs Argentina's legitimate rights")
q(D2, "Graciela Moyano", "Every tonne of toothfish caught there")
q(D2, "Graciela Moyano", "We want the national government to be firm")
q(D2, "Héctor Lamas", "Protest notes are the minimum")
q(D2, "Héctor Lamas", "What we lack is a long-term strategy")
q(D2, "Sergio Palacios", "London wants to show that it governs the islands")

SG = ["South Georgia and the South Sandwich Islands", "South Georgia"]
st(D2, "Argentina", N, SG, "Argentina does not recognize British sovereignty over South Georgia and the South Sandwich Islands")
st(D2, "United Kingdom", R, SG, "the UK \"has no doubt\" about its sovereignty", "optional")
st(D2, "Uruguay", R, SG, "her country supports Argentina's sovereignty over South Georgia and the South Sandwich Islands")
st(D2, "Brazil", R, SG, "Brazil regards the islands as part of Argentina")
st(D2, "Paraguay", R, SG, "Paraguay backs Argentina's legitimate rights over the South Atlantic islands")
NEG.append({"docs": [D2], "country": "Chile", "territory": "South Georgia and the South Sandwich Islands", "why": "question",
            "evidence": "Asked whether Santiago would recognize Argentine sovereignty over the archipelago"})
NEG.append({"docs": [D2], "country": "Organization of American States", "territory": "South Georgia and the South Sandwich Islands",
            "why": "a body, not a country; no stance", "evidence": "the OAS would discuss the licences at its General Assembly"})

pos(D2, "Martín Echeverría", ["Foreign Minister"], [], "Foreign Minister Martín Echeverría")
pos(D2, "Fiona Whitlock", ["minister for the Overseas Territories", "minister"], ["Foreign, Commonwealth and Development Office"],
    "Its minister for the Overseas Territories, Fiona Whitlock")
pos(D2, "Carolina Sosa", ["Foreign Minister"], [], "Foreign Minister Carolina Sosa")
pos(D2, "Ignacio Valdés", ["Foreign Minister"], ["Chile"], "Chilean Foreign Minister Ignacio Valdés")
pos(D2, "Rodrigo Benítez", ["counterpart"], ["Paraguay"], "his Paraguayan counterpart, Rodrigo Benítez", "optional")
pos(D2, "Graciela Moyano", ["governor"], ["Tierra del Fuego"], "the governor of Tierra del Fuego, Graciela Moyano")
pos(D2, "Graciela Moyano", ["national deputy", "deputy"], [], "who was previously a national deputy", former=True)
pos(D2, "Héctor Lamas", ["Foreign Minister"], [], "Former Foreign Minister Héctor Lamas", former=True)
pos(D2, "Sergio Palacios", ["professor of international law", "professor"], ["University of Buenos Aires"],
    "a professor of international law at the University of Buenos Aires")

rel(D2, "Argentina", "claims", "South Georgia and the South Sandwich Islands", "Uruguay and Brazil back the Argentine claim")

# ---------- D3
for n, a in [("Shanella Rosaria", "Rosaria"), ("Francisco Obando", "Obando"), ("Alejandra Quintero", "Quintero"),
             ("Marcia Blackwood", "Blackwood"), ("Desmond Hinds", "Hinds"), ("Ivar Martina", "Martina"),
             ("Rosaline Isenia", "Isenia"), ("Carlos Urbina", "Urbina")]:
    ent(P, n, a, doc=[D3])
ent(O, "Curaçao Chronicle", doc=[D3])
ent(O, "International Court of Justice", "ICJ", doc=[D3])
ent(O, "Colombian Navy", "Armada de Colombia", doc=[D3])
ent(O, "Gleaner", doc=[D3])
ent(O, "State Department", doc=[D3])
ent(O, "CARICOM", "CARICOM Secretariat", doc=[D3])
for c in ["Nicaragua", "Colombia", "Jamaica", "Honduras", "United States", "Panama", "Netherlands", "Curaçao"]:
    ent(C, c, doc=[D3])
ent(T, "Roncador Bank", "Roncador", "Roncador Cay", doc=[D3])
for p in ["San Andrés", "Willemstad", "Managua", "Bogotá", "Kingston", "Tegucigalpa", "The Hague"]:
    ent(PL, p, doc=[D3])

q(D3, "Francisco Obando", "systematically violated", "optional")
q(D3, "Francisco Obando", "Nicaragua refuses to recognize Colombian sovereignty over Roncador as long as")
q(D3, "Francisco Obando", "We have been patient for fourteen years.")
q(D3, "Alejandra Quintero", "Roncador is Colombian territory.")
q(D3, "Alejandra Quintero", "We will not answer provocations with provocations.")
q(D3, "Marcia Blackwood", "Jamaica supports the rule of international law")
q(D3, "CARICOM", "The Community calls on both parties")
q(D3, "Desmond Hinds", "The Community calls on both parties", "optional")
q(D3, "Ivar Martina", "Curaçao has good relations with Colombia")
q(D3, "Ivar Martina", "Any dispute should be settled by judges")
q(D3, "Rosaline Isenia", "Our fishermen will not be affected")
q(D3, "Rosaline Isenia", "But we are a small island")
q(D3, "Carlos Urbina", "This is a message for the voters at home")
q(D3, "Francisco Obando", "Nicaragua has won in The Hague before")

RB = ["Roncador Bank", "Roncador"]
st(D3, "Nicaragua", N, RB, "it no longer recognizes Colombian sovereignty over Roncador Bank")
st(D3, "Nicaragua", N, RB, "Nicaragua refuses to recognize Colombian sovereignty over Roncador Bank", "optional")
st(D3, "Jamaica", R, RB, "Jamaica recognizes Colombia's sovereignty over Roncador Bank")
st(D3, "Honduras", R, RB, "Honduras also regards Roncador as part of Colombia")
st(D3, "Colombia", R, RB, "the cays were Colombian and would remain Colombian", "optional")
NEG.append({"docs": [D3], "country": "Panama", "territory": "Roncador Bank", "why": "question",
            "evidence": "Asked whether Panama might recognize the Nicaraguan position"})
NEG.append({"docs": [D3], "country": "United States", "territory": "Roncador Bank", "why": "no position on sovereignty",
            "evidence": "has not commented on sovereignty"})
NEG.append({"docs": [D3], "country": "CARICOM", "territory": "Roncador Bank", "why": "a body, not a country; no stance",
            "evidence": "CARICOM's secretary-general, Desmond Hinds, urged calm"})

pos(D3, "Francisco Obando", ["Deputy Foreign Minister"], ["Nicaragua"], "Nicaragua's Deputy Foreign Minister Francisco Obando")
pos(D3, "Alejandra Quintero", ["Foreign Minister"], ["Colombia"], "Colombian Foreign Minister Alejandra Quintero")
pos(D3, "Marcia Blackwood", ["Foreign Minister"], [], "Foreign Minister Marcia Blackwood")
pos(D3, "Desmond Hinds", ["secretary-general"], ["CARICOM"], "CARICOM's secretary-general, Desmond Hinds")
pos(D3, "Ivar Martina", ["Prime Minister"], [], "Prime Minister Ivar Martina")
pos(D3, "Rosaline Isenia", ["Minister of Economic Development"], [], "The Minister of Economic Development, Rosaline Isenia")
pos(D3, "Carlos Urbina", ["ambassador"], ["Nicaragua", "Netherlands"], "Former Nicaraguan ambassador to the Netherlands Carlos Urbina", former=True)

# ---------- D4
for n, a in [("Sorcha Nolan", "Nolan"), ("Ciarán Moloney", "Moloney"), ("Murat Aksoy", "Aksoy"),
             ("Andreas Theocharous", "Theocharous"), ("Nikos Papadimas", "Papadimas"), ("Hasan Ertuğ", "Ertuğ"),
             ("Marta Lindqvist", "Lindqvist"), ("Declan Fahy", "Fahy"), ("Gráinne Hession", "Hession")]:
    ent(P, n, a, doc=[D4])
ent(O, "RTÉ", doc=[D4])
ent(O, "Reuters", doc=[D4])
ent(O, "UN Security Council", "Security Council", doc=[D4])
ent(O, "UNFICYP", doc=[D4])
ent(O, "Department of Foreign Affairs", doc=[D4])
ent(O, "Labour", doc=[D4])
for c, a in [("Ireland", []), ("Turkey", []), ("Cyprus", ["Republic of Cyprus", "Government of Cyprus"]), ("Greece", [])]:
    ent(C, c, *a, doc=[D4])
ent(T, "Varosha", doc=[D4])
ent(T, "Turkish Republic of Northern Cyprus", doc=[D4])
for p in ["Famagusta", "Brussels", "Ankara", "Nicosia", "Athens", "Dublin", "Crans-Montana"]:
    ent(PL, p, doc=[D4])

q(D4, "Ciarán Moloney", "Ireland does not and will not recognise any change")
q(D4, "Ciarán Moloney", "Ireland will not recognise Turkish move on Varosha", "optional")
q(D4, "Ciarán Moloney", "This is a matter of international law, and international law is clear.")
q(D4, "Ciarán Moloney", "Irish soldiers served in Cyprus with the United Nations")
q(D4, "Murat Aksoy", "Varosha is Turkish Cypriot land")
q(D4, "Murat Aksoy", "Those who criticise us have done nothing")
q(D4, "Andreas Theocharous", "Varosha belongs to its lawful inhabitants")
q(D4, "Andreas Theocharous", "No one in Europe should accept this.")
q(D4, "Nikos Papadimas", "Athens stands fully with Nicosia")
q(D4, "Nikos Papadimas", "There can be no business as usual with Ankara")
q(D4, "Marta Lindqvist", "deeply concerned", "optional")
q(D4, "Ciarán Moloney", "If the European Union cannot agree on Varosha")
q(D4, "Declan Fahy", "You would look through the wire")
q(D4, "Declan Fahy", "It was like a town where time had stopped.")
q(D4, "Declan Fahy", "The people who left those houses are still alive")
q(D4, "Gráinne Hession", "Words in Brussels are welcome")

VA = ["Varosha"]
st(D4, "Ireland", N, VA, "Ireland does not recognise Turkey's decision to declare the abandoned Cypriot resort of Varosha part of")
st(D4, "Ireland", N, VA, "Ireland will not recognise Turkish move on Varosha", "optional")
st(D4, "Turkey", R, VA, "Ankara announced that it recognises Varosha as part of the Turkish Cypriot state")
st(D4, "Cyprus", N, VA, "Cyprus considers the Turkish declaration null and void")
st(D4, "Greece", N, VA, "Greece refuses to recognise the move")
NEG.append({"docs": [D4], "country": "Hungary", "territory": "Varosha", "why": "question",
            "evidence": "Asked if Hungary would join a joint statement condemning the move"})
NEG.append({"docs": [D4], "country": "United Nations", "territory": "Varosha", "why": "a body, not a country",
            "evidence": "the United Nations was \"deeply concerned\""})

pos(D4, "Sorcha Nolan", ["Europe Correspondent"], [], "Europe Correspondent")
pos(D4, "Ciarán Moloney", ["Minister for Foreign Affairs"], [], "the Minister for Foreign Affairs has said")
pos(D4, "Murat Aksoy", ["spokesman"], ["Turkish foreign ministry", "Turkey"], "Turkish foreign ministry spokesman Murat Aksoy")
pos(D4, "Andreas Theocharous", ["Minister of Foreign Affairs"], ["Cyprus"], "Cypriot Minister of Foreign Affairs Andreas Theocharous")
pos(D4, "Nikos Papadimas", ["foreign minister"], ["Greece"], "Greek foreign minister Nikos Papadimas")
pos(D4, "Hasan Ertuğ", ["leader"], [], "The Turkish Cypriot leader, Hasan Ertuğ")
pos(D4, "Marta Lindqvist", ["spokesperson"], ["Secretary-General", "United Nations", "UN"], "The UN Secretary-General's spokesperson, Marta Lindqvist")
pos(D4, "Declan Fahy", ["Commandant"], [], "Retired Commandant Declan Fahy", former=True)
pos(D4, "Gráinne Hession", ["foreign affairs spokesperson", "spokesperson"], ["Labour"], "Labour's foreign affairs spokesperson, Gráinne Hession TD")
pos(D4, "Gráinne Hession", ["TD"], [], "Gráinne Hession TD")

rel(D4, "Turkey", "invaded", "Cyprus", "Turkey invaded the north of Cyprus that year")
rel(D4, "Varosha", "locatedIn", "Famagusta", "once a thriving holiday district of Famagusta")

# ---------- D5
for n, a in [("Jade Kereama", "Kereama"), ("Bevan Conley", "Conley"), ("Peter Hawthorne", "Hawthorne"),
             ("Hemi Tautahi", "Tautahi"), ("Anna Whitcombe", "Whitcombe"), ("Rachel Ngata", "Ngata"),
             ("Barry Olsen", "Olsen"), ("Mia Tautahi", "Mia")]:
    ent(P, n, a, doc=[D5])
ent(O, "Whanganui Chronicle", doc=[D5])
ent(O, "Castlecliff Surf Life Saving Club", doc=[D5])
ent(O, "Whanganui District Council", doc=[D5])
ent(O, "Lotteries Commission", doc=[D5])
ent(O, "Whanganui Community Foundation", doc=[D5])
ent(O, "Surf Life Saving New Zealand", doc=[D5])
ent(O, "Tūranga Architects", doc=[D5])
ent(O, "Ruapehu Construction", doc=[D5])
ent(O, "NZME Publishing Limited", "NZME", doc=[D5])
for p in ["Castlecliff", "Castlecliff Beach", "Whanganui", "North Island"]:
    ent(PL, p, doc=[D5])

q(D5, "Peter Hawthorne", "This building belongs to everyone")
q(D5, "Peter Hawthorne", "It's been a long wait, and it has been worth it.")
q(D5, "Hemi Tautahi", "You can't keep kids in a sport like that for long.")
q(D5, "Hemi Tautahi", "We had 40 nippers getting changed")
q(D5, "Hemi Tautahi", "We want every one of them back")
q(D5, "Anna Whitcombe", "Castlecliff is a beautiful beach")
q(D5, "Anna Whitcombe", "The rips here can be strong")
q(D5, "Rachel Ngata", "There were months when we honestly")
q(D5, "Barry Olsen", "I never thought I'd see a new building")
q(D5, "Barry Olsen", "The old one was built by our fathers")
q(D5, "Peter Hawthorne", "Our lifeguards are volunteers.")
q(D5, "Anna Whitcombe", "If you can swim 400 metres")

pos(D5, "Jade Kereama", ["Multimedia journalist", "journalist"], ["Whanganui Chronicle"], "Multimedia journalist, Whanganui Chronicle")
pos(D5, "Peter Hawthorne", ["Mayor"], ["Whanganui"], "Whanganui Mayor Peter Hawthorne")
pos(D5, "Hemi Tautahi", ["president"], [], "Club president Hemi Tautahi")
pos(D5, "Anna Whitcombe", ["regional manager", "manager"], ["Surf Life Saving New Zealand"], "Surf Life Saving New Zealand's regional manager for the central region, Anna Whitcombe")
pos(D5, "Rachel Ngata", ["councillor"], ["Whanganui District"], "Whanganui District councillor Rachel Ngata")
pos(D5, "Rachel Ngata", ["chair", "chairs"], ["property committee", "Whanganui District Council"], "who chairs the council's property committee", "optional")
pos(D5, "Barry Olsen", ["captain", "club captain"], [], "Former club captain Barry Olsen", former=True)

NOT_PERSON += ["Postimees", "Riigikogu", "Värska", "Setomaa", "Lutepää", "Sesniki", "Itamaraty", "Grytviken",
               "King Edward Point", "San Martín Palace", "Tierra del Fuego", "Roncador Cay", "Willemstad",
               "Morning Ireland", "Crans-Montana", "Famagusta", "Castlecliff", "Tūranga Architects", "Whanganui",
               "Gleaner", "Ruapehu Construction", "Kremlin", "Río Grande", "San Andrés", "Armada de Colombia"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
