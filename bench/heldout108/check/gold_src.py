"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_trinidadguardian_monos.txt", "02_crikey_kanton.txt", "03_washingtonpost_swan_islands.txt",
                      "04_ertnews_agathonisi.txt", "05_yorkshirepost_whitby_bridge.txt")
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

# ---------- countries / shared
ent(C, "Trinidad and Tobago", "T&T", doc=[D1])
ent(C, "Venezuela", doc=[D1])
ent(C, "Guyana", doc=[D1])
ent(C, "Barbados", doc=[D1])
ent(C, "Jamaica", doc=[D1])
ent(C, "Grenada", doc=[D1])
ent(C, "United Kingdom", "Britain", doc=[D1])
ent(C, "Colombia", doc=[D1, D3])
ent(C, "Australia", doc=[D2])
ent(C, "Kiribati", "Republic of Kiribati", doc=[D2])
ent(C, "United States", "US", "U.S.", "America", doc=[D2, D3])
ent(C, "New Zealand", doc=[D2])
ent(C, "Fiji", doc=[D2])
ent(C, "China", doc=[D2])
ent(C, "Honduras", doc=[D3])
ent(C, "Nicaragua", doc=[D3])
ent(C, "Guatemala", doc=[D3])
ent(C, "Mexico", doc=[D3])
ent(C, "Brazil", doc=[D3])
ent(C, "Greece", "Hellenic Republic", doc=[D4])
ent(C, "Turkey", "Türkiye", doc=[D4])
ent(C, "Cyprus", doc=[D4])
ent(C, "France", doc=[D4])
ent(C, "Italy", doc=[D4])
ent(C, "Germany", doc=[D4])
# ---------- territories
ent(T, "Monos Island", "Monos", doc=[D1])
ent(T, "Gaspar Grande", doc=[D1])
ent(T, "Chacachacare", doc=[D1])
ent(T, "Kanton", doc=[D2])
ent(T, "Swan Islands", "Islas del Cisne", doc=[D3])
ent(T, "Agathonisi", doc=[D4])
# ---------- D1
ent(P, "Renuka Ramdass", "Ramdass", doc=[D1])
ent(P, "Marlon Baptiste", "Baptiste", doc=[D1])
ent(P, "Luis Ochoa", "Ochoa", doc=[D1])
ent(P, "Yolanda Marcano", "Marcano", doc=[D1])
ent(P, "Charmaine Walcott", "Walcott", doc=[D1])
ent(P, "Leonard St Hill", "St Hill", doc=[D1])
ent(P, "Rishi Maharaj", "Maharaj", doc=[D1])
ent(P, "Dexter Greaves", "Greaves", doc=[D1])
ent(P, "Sandra Alleyne", "Alleyne", doc=[D1])
ent(P, "Anthony Joseph", doc=[D1])
ent(P, "Kerwin Pierre", doc=[D1])
ent(O, "Trinidad and Tobago Guardian", "Guardian", "guardian.co.tt", doc=[D1])
ent(O, "Guardian Media Limited", doc=[D1])
ent(O, "Organization of American States", "OAS", doc=[D1, D3])
ent(O, "OAS Permanent Council", doc=[D1])
ent(O, "CARICOM", doc=[D1])
ent(O, "Gaceta Oficial", doc=[D1])
ent(O, "Ministry of Foreign Affairs and International Cooperation", doc=[D1])
ent(O, "British High Commission", doc=[D1])
ent(O, "UNC", doc=[D1])
ent(O, "Coast Guard", doc=[D1])
ent(O, "National Security Council", doc=[D1])
ent(O, "Chaguaramas Development Authority", doc=[D1])
ent(O, "Parliament", doc=[D1])
ent(PL, "Port of Spain", doc=[D1])
ent(PL, "Caracas", doc=[D1])
ent(PL, "Georgetown", doc=[D1])
ent(PL, "Bridgetown", doc=[D1])
ent(PL, "Carenage", doc=[D1])
# ---------- D2
ent(P, "Tom Whitfield", "Whitfield", doc=[D2])
ent(P, "Brett Kowalski", "Kowalski", doc=[D2])
ent(P, "Claire Donnelly", "Donnelly", doc=[D2])
ent(P, "Hamish Tait", "Tait", doc=[D2])
ent(P, "Josaia Raikadroka", "Raikadroka", doc=[D2])
ent(P, "Dana Whitmore", "Whitmore", doc=[D2])
ent(P, "Teewa Bauro", "Bauro", doc=[D2])
ent(P, "Rimon Kaiea", "Kaiea", doc=[D2])
ent(P, "Meleane Fifita", "Fifita", doc=[D2])
ent(O, "Crikey", doc=[D2])
ent(O, "Private Media Pty Ltd", doc=[D2])
ent(O, "Pentagon", doc=[D2])
ent(O, "Senate", doc=[D2])
ent(O, "Congress", doc=[D2, D3])
ent(O, "State Department", doc=[D2, D3])
ent(O, "Fiji Times", doc=[D2])
ent(O, "Pacific Islands Forum", "Forum", doc=[D2])
ent(O, "Lowy Institute", doc=[D2])
ent(O, "US Embassy in Suva", doc=[D2])
ent(O, "Chinese Communist Party", doc=[D2])
ent(O, "Kiribati Government", doc=[D2])
ent(PL, "Phoenix Islands", doc=[D2])
ent(PL, "Texas", doc=[D2])
ent(PL, "Canberra", doc=[D2])
ent(PL, "Wellington", doc=[D2])
ent(PL, "Suva", doc=[D2])
ent(PL, "Tarawa", doc=[D2])
ent(PL, "Washington", doc=[D2, D3])
ent(PL, "Beijing", doc=[D2])
# ---------- D3
ent(P, "Mariana Lowell", "Lowell", doc=[D3])
ent(P, "Fernando Mejía", doc=[D3])
ent(P, "Gabriela Zelaya Turcios", "Zelaya", doc=[D3])
ent(P, "Rodrigo Batres", "Batres", doc=[D3])
ent(P, "Andrés Camacho Villegas", "Camacho", doc=[D3])
ent(P, "Mariela Ponce", "Ponce", doc=[D3])
ent(P, "Óscar Funes", "Funes", doc=[D3])
ent(P, "Róger Alemán Pérez", "Alemán", doc=[D3])
ent(P, "José Luis Lagos", "Lagos", doc=[D3])
ent(P, "Rafael Quintero", doc=[D3])
ent(O, "The Washington Post", "The Post", doc=[D3])
ent(O, "National Assembly", doc=[D3])
ent(O, "International Court of Justice", doc=[D3])
ent(O, "Inter-American Dialogue", doc=[D3])
ent(O, "Atlantic Coast Fishermen's Association", doc=[D3])
ent(O, "Brazilian Foreign Ministry", doc=[D3])
ent(O, "United Nations", doc=[D3])
ent(PL, "Great Swan Island", doc=[D3])
ent(PL, "Tegucigalpa", doc=[D3])
ent(PL, "Managua", doc=[D3])
ent(PL, "Bogotá", doc=[D3])
ent(PL, "La Ceiba", doc=[D3])
ent(PL, "Mexico City", doc=[D3])
ent(PL, "Mosquito Coast", doc=[D3])
# ---------- D4
ent(P, "Vasiliki Papathanasiou", doc=[D4])
ent(P, "Giorgos Kontarinis", doc=[D4])
ent(P, "Nikos Karalis", "Karalis", doc=[D4])
ent(P, "Murat Gökçen", "Gökçen", doc=[D4])
ent(P, "Andreas Theocharous", "Theocharous", doc=[D4])
ent(P, "Lena Hoffmann", "Hoffmann", doc=[D4])
ent(P, "Eleftherios Kammenos", "Kammenos", doc=[D4])
ent(P, "Manolis Kalogirou", doc=[D4])
ent(P, "Konstantinos Dimou", "Dimou", doc=[D4])
ent(P, "Dimitra Lalioti", doc=[D4])
ent(P, "Stelios Vrettos", "Vrettos", doc=[D4])
ent(O, "ERT", "ERTNEWS", "ERT S.A.", "Hellenic Broadcasting Corporation", doc=[D4])
ent(O, "Eurokinissi", doc=[D4])
ent(O, "Greek Navy", doc=[D4])
ent(O, "Turkish Ministry of Foreign Affairs", doc=[D4])
ent(O, "European Union", "EU", doc=[D4])
ent(O, "European Commission", "Commission", doc=[D4])
ent(O, "French Ministry for Europe and Foreign Affairs", doc=[D4])
ent(O, "Farnesina", doc=[D4])
ent(O, "Federal Foreign Office", doc=[D4])
ent(O, "Hellenic National Defence General Staff", "General Staff", doc=[D4])
ent(O, "PASOK", doc=[D4])
ent(O, "NATO", doc=[D4])
ent(PL, "Dodecanese", doc=[D4])
ent(PL, "Athens", doc=[D4])
ent(PL, "Ankara", doc=[D4])
ent(PL, "Izmir", doc=[D4])
ent(PL, "Nicosia", doc=[D4])
ent(PL, "Paris", doc=[D4])
ent(PL, "Brussels", doc=[D4])
ent(PL, "Berlin", doc=[D4])
ent(PL, "Agios Georgios", doc=[D4])
# ---------- D5
ent(P, "Hannah Pickersgill", doc=[D5])
ent(P, "Craig Farrow", doc=[D5])
ent(P, "Graham Atkinson", "Atkinson", doc=[D5])
ent(P, "Julie Wainwright", "Wainwright", doc=[D5])
ent(P, "Mark Featherstone", "Featherstone", doc=[D5])
ent(P, "Stephen Harland", doc=[D5])
ent(P, "Eileen Bosomworth", doc=[D5])
ent(P, "Daniel Cropton", "Cropton", doc=[D5])
ent(P, "Rebecca Lythe", doc=[D5])
ent(O, "The Yorkshire Post", "Yorkshire Post", doc=[D5])
ent(O, "North Yorkshire Council", doc=[D5])
ent(O, "Whitby Business Improvement District", doc=[D5])
ent(O, "Department for Transport", doc=[D5])
ent(O, "Whitby Town Council", doc=[D5])
ent(O, "National World Publishing Ltd", doc=[D5])
ent(PL, "Whitby", doc=[D5])
ent(PL, "Leeds", doc=[D5])
ent(PL, "York", doc=[D5])
ent(PL, "Scarborough", doc=[D5])
ent(PL, "Yorkshire", doc=[D5])
ent(PL, "Pannett Park", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
OP = "optional"
# D1
q(D1, "Marlon Baptiste", "it was part of Trinidad and Tobago before Independence")
q(D1, "Marlon Baptiste", "We do not recognise this decree and we will not treat it as if it had any legal effect")
q(D1, "Marlon Baptiste", "The note is short and it is clear.")
q(D1, "Marlon Baptiste", "We expect the decree to be withdrawn, and we expect it to be withdrawn quickly")
q(D1, "Yolanda Marcano", "Venezuela has never renounced its historic rights over the islands")
q(D1, "Yolanda Marcano", "We are ready to talk with our brothers in Trinidad and Tobago")
q(D1, "Charmaine Walcott", "Barbados regards Monos as an integral part of Trinidad and Tobago, full stop")
q(D1, "Leonard St Hill", "The Caribbean must remain a zone of peace")
q(D1, "Rishi Maharaj", "The population deserves to hear the Government's plan in the Parliament")
q(D1, "Rishi Maharaj", "What happens if a Venezuelan coast guard vessel drops anchor")
q(D1, "Sandra Alleyne", "My grandfather built this house in 1958")
q(D1, "Anthony Joseph", "We fish these waters every day")
q(D1, "Marlon Baptiste", "nothing to negotiate", OP)
q(D1, "Ministry of Foreign Affairs and International Cooperation", "fully supports the sovereignty of Trinidad and Tobago over Monos Island", OP)
q(D1, "British High Commission", "valid and in force", OP)
q(D1, "Chaguaramas Development Authority", "will continue as normal", OP)
# D2
q(D2, "Claire Donnelly", "Australia recognises Kiribati's sovereignty over Kanton")
q(D2, "Claire Donnelly", "We have said as much to our American friends")
q(D2, "Claire Donnelly", "I'm not going to speculate on the internal workings of Congress")
q(D2, "Dana Whitmore", "The United States recognises the sovereignty of the Republic of Kiribati over Kanton")
q(D2, "Dana Whitmore", "That position has not changed.")
q(D2, "Brett Kowalski", "Americans built that runway, Americans defended that island")
q(D2, "Brett Kowalski", "I'm not going to apologise for putting America first in the Pacific")
q(D2, "Teewa Bauro", "Kanton is Kiribati. Our people live there")
q(D2, "Teewa Bauro", "We would ask our friends in Congress to read the treaty")
q(D2, "Meleane Fifita", "Every time someone in Washington talks about Pacific islands")
q(D2, "Meleane Fifita", "Beijing doesn't have to say anything. It just has to wait.")
q(D2, "Claire Donnelly", "The Pacific is not a map to be redrawn")
q(D2, "Brett Kowalski", "restore United States administration", OP)
q(D2, "Hamish Tait", "part of Kiribati, no ifs, no buts", OP)
q(D2, "Josaia Raikadroka", "stands with our Kiribati family", OP)
q(D2, "Teewa Bauro", "not worried", OP)
q(D2, "Rimon Kaiea", "a clear public assurance", OP)
# D3
q(D3, "Gabriela Zelaya Turcios", "The Swan Islands are Honduran, they have always been Honduran")
q(D3, "Gabriela Zelaya Turcios", "Honduras will not accept any law of another state that pretends to redraw our map")
q(D3, "Mariela Ponce", "This is a government that needs an external enemy")
q(D3, "Mariela Ponce", "I don't think anyone in Managua expects Honduran marines to leave.")
q(D3, "Óscar Funes", "The boats from La Ceiba have fished there for 40 years")
q(D3, "Óscar Funes", "If we now need a Nicaraguan permit, we are finished.")
q(D3, "Róger Alemán Pérez", "Nicaragua has no intention of using force")
q(D3, "Róger Alemán Pérez", "We invite Honduras to sit down with us.")
q(D3, "José Luis Lagos", "Our marines are there to protect Honduran fishermen, nothing more")
q(D3, "Gabriela Zelaya Turcios", "We are a small country, but we are not a country that can be frightened")
q(D3, "Gabriela Zelaya Turcios", "Our patience has limits.")
q(D3, "Nicaragua", "part of the natural prolongation of the Nicaraguan continental shelf", OP)
q(D3, "State Department", "recognizes Honduran sovereignty over the Swan Islands", OP)
q(D3, "Rodrigo Batres", "recognizes only Honduran sovereignty over the Swan Islands", OP)
q(D3, "Andrés Camacho Villegas", "studying the Nicaraguan law with great attention", OP)
q(D3, "Róger Alemán Pérez", "an act of sovereignty, not of aggression", OP)
q(D3, "José Luis Lagos", "routine", OP)
# D4
q(D4, "Nikos Karalis", "Agathonisi is Greek, its islets are Greek and its waters are Greek")
q(D4, "Nikos Karalis", "We have responded with a counter-NAVTEX and a formal démarche in Ankara")
q(D4, "Murat Gökçen", "The grey areas in the Aegean must be settled through dialogue")
q(D4, "Andreas Theocharous", "Greece is not alone, and Ankara should understand that")
q(D4, "Eleftherios Kammenos", "The people of Agathonisi have heard this before")
q(D4, "Eleftherios Kammenos", "What we need from Athens is a new ferry schedule")
q(D4, "Manolis Kalogirou", "They come close, they look, and they leave")
q(D4, "Dimitra Lalioti", "We support every step to defend our sovereign rights")
q(D4, "Stelios Vrettos", "Our strategy is calm and determined, and it is working")
q(D4, "Greece", "a new attempt to question the obvious", OP)
q(D4, "Nikos Karalis", "no legal basis whatsoever", OP)
q(D4, "Nikos Karalis", "live and work under Greek law, like every other Greek citizen", OP)
q(D4, "Turkish Ministry of Foreign Affairs", "does not recognise Greek sovereignty over islets, islands and rocks", OP)
q(D4, "Andreas Theocharous", "fully supports the sovereignty of the Hellenic Republic over Agathonisi", OP)
q(D4, "French Ministry for Europe and Foreign Affairs", "the sovereignty of member states is not negotiable", OP)
q(D4, "European Commission", "all sides to refrain from actions that raise tensions", OP)
q(D4, "Lena Hoffmann", "the Commission stands in full solidarity with Greece", OP)
q(D4, "Hellenic National Defence General Staff", "monitoring Turkish activity in the eastern Aegean at all times", OP)
q(D4, "Dimitra Lalioti", "let the Turkish side set the agenda for months", OP)
q(D4, "Eleftherios Kammenos", "We are not afraid", OP)
# D5
q(D5, "Graham Atkinson", "The bridge is the heart of Whitby, and the heart needs surgery")
q(D5, "Graham Atkinson", "We have looked at every option")
q(D5, "Graham Atkinson", "I know six weeks is a long time for businesses on the east side")
q(D5, "Julie Wainwright", "January is quiet anyway")
q(D5, "Mark Featherstone", "We accept the work has to be done.")
q(D5, "Mark Featherstone", "So far we've had two out of three.")
q(D5, "Stephen Harland", "People think it's just a button you press")
q(D5, "Daniel Cropton", "This is not a luxury.")
q(D5, "Daniel Cropton", "I would like to see the Government step in.")
q(D5, "North Yorkshire Council", "considering", OP)
q(D5, "Eileen Bosomworth", "right to ask hard questions", OP)

# second holders and occupational titles (second re-read)
q(D1, "Guyana", "fully supports the sovereignty of Trinidad and Tobago over Monos Island", OP)
q(D2, "New Zealand", "part of Kiribati, no ifs, no buts", OP)
q(D2, "Fiji", "stands with our Kiribati family", OP)
q(D2, "Kiribati", "not worried", OP)
q(D3, "United States", "recognizes Honduran sovereignty over the Swan Islands", OP)
q(D3, "Guatemala", "recognizes only Honduran sovereignty over the Swan Islands", OP)
q(D3, "Colombia", "studying the Nicaraguan law with great attention", OP)
q(D4, "Turkey", "does not recognise Greek sovereignty over islets, islands and rocks", OP)
q(D4, "Cyprus", "fully supports the sovereignty of the Hellenic Republic over Agathonisi", OP)

UNATTR = ["Venezuelan insular territory", "monitoring developments", "serious concern", "following the situation",
          "of undetermined sovereignty", "Kimon", "is in contact with both Greece and Türkiye",
          "bracing for a hard winter"]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
MO, KA, SW, AG = ["Monos Island", "Monos"], ["Kanton"], ["Swan Islands", "Islas del Cisne"], ["Agathonisi"]
st(D1, "Guyana", R, MO, "fully supports the sovereignty of Trinidad and Tobago over Monos Island")
st(D1, "Barbados", R, MO, "Barbados, Jamaica and Grenada also recognise Trinidad and Tobago's sovereignty over Monos")
st(D1, "Jamaica", R, MO, "Barbados, Jamaica and Grenada also recognise Trinidad and Tobago's sovereignty over Monos")
st(D1, "Grenada", R, MO, "Barbados, Jamaica and Grenada also recognise Trinidad and Tobago's sovereignty over Monos")
st(D1, "Trinidad and Tobago", R, MO, "Monos is part of Trinidad and Tobago", "optional")
st(D2, "Australia", R, KA, "Australia recognises Kiribati's sovereignty over Kanton")
st(D2, "New Zealand", R, KA, "his country regards Kanton as")
st(D2, "United States", R, KA, "The United States recognises the sovereignty of the Republic of Kiribati over Kanton")
st(D2, "Kiribati", R, KA, "Kanton is Kiribati", "optional")
st(D3, "United States", R, SW, "recognizes Honduran sovereignty over the Swan Islands")
st(D3, "Guatemala", R, SW, "recognizes only Honduran sovereignty over the Swan Islands")
st(D3, "Mexico", R, SW, "Mexico's Foreign Ministry said it considered the islands part of Honduras")
st(D3, "Honduras", R, SW, "The Swan Islands are Honduran", "optional")
st(D4, "Turkey", N, AG, "does not recognise Greek sovereignty over islets, islands and rocks whose status was not determined by treaty")
st(D4, "Cyprus", R, AG, "fully supports the sovereignty of the Hellenic Republic over Agathonisi")
st(D4, "France", R, AG, "France also regards Agathonisi as part of Greece")
st(D4, "Italy", R, AG, "So does Italy")
st(D4, "Greece", R, AG, "Agathonisi is Greek", "optional")

NEG = [
    {"docs": [D1], "country": "Colombia", "territory": "Monos Island", "why": "is expected to recognise",
     "evidence": "is expected to recognise Port of Spain's position"},
    {"docs": [D1], "country": "CARICOM", "territory": "Monos Island", "why": "a body, not a country; no stance",
     "evidence": "urged both sides to keep talking"},
    {"docs": [D2], "country": "United States", "territory": "Kanton", "why": "question about a future administration",
     "evidence": "Would a future administration in Washington ever back Kowalski's reading of the treaty?"},
    {"docs": [D2], "country": "Pacific Islands Forum", "territory": "Kanton", "why": "a body, not a country; said nothing",
     "evidence": "The Pacific Islands Forum, which Kiribati rejoined in 2023, has said nothing so far."},
    {"docs": [D3], "country": "Brazil", "territory": "Swan Islands", "why": "question",
     "evidence": "Asked whether Brazil would support the Honduran position"},
    {"docs": [D3], "country": "Colombia", "territory": "Swan Islands", "why": "non-committal",
     "evidence": "studying the Nicaraguan law with great attention"},
    {"docs": [D4], "country": "Germany", "territory": "Agathonisi", "why": "question; no stance",
     "evidence": "Asked whether Germany would also publicly back Athens"},
    {"docs": [D4], "country": "European Commission", "territory": "Agathonisi", "why": "a body, not a country; no comment on status",
     "evidence": "did not comment on the status of the islets"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
# D1
pos(D1, "Renuka Ramdass", ["Senior Reporter"], ["Guardian"], "Renuka Ramdass\nSenior Reporter")
pos(D1, "Marlon Baptiste", ["Foreign and CARICOM Affairs Minister", "Minister"], [], "Foreign and CARICOM Affairs Minister Dr Marlon Baptiste")
pos(D1, "Luis Ochoa", ["Ambassador"], ["Venezuela"], "Venezuela's Ambassador in Port of Spain, Luis Ochoa")
pos(D1, "Yolanda Marcano", ["Vice Minister for the Caribbean", "Vice Minister"], ["Venezuela"], "Venezuela's Vice Minister for the Caribbean, Yolanda Marcano")
pos(D1, "Charmaine Walcott", ["Minister of Foreign Affairs and Foreign Trade", "Minister of Foreign Affairs"], ["Barbados"], "Barbados' Minister of Foreign Affairs and Foreign Trade, Senator Charmaine Walcott")
pos(D1, "Charmaine Walcott", ["Senator"], [], "Senator Charmaine Walcott")
pos(D1, "Leonard St Hill", ["Secretary-General"], ["CARICOM"], "CARICOM Secretary-General Dr Leonard St Hill")
pos(D1, "Rishi Maharaj", ["spokesman on foreign affairs", "spokesman"], ["UNC"], "the UNC's spokesman on foreign affairs")
pos(D1, "Rishi Maharaj", ["foreign minister"], [], "a former foreign minister", former=True)
pos(D1, "Rishi Maharaj", ["Senator"], [], "Opposition Senator Rishi Maharaj")
pos(D1, "Dexter Greaves", ["Chief of Defence Staff"], [], "the Chief of Defence Staff, Air Vice Marshal Dexter Greaves")
pos(D1, "Dexter Greaves", ["Air Vice Marshal"], [], "Air Vice Marshal Dexter Greaves", "optional")
pos(D1, "Sandra Alleyne", ["teacher"], [], "retired teacher Sandra Alleyne", "optional", True)
# D2
pos(D2, "Tom Whitfield", ["foreign affairs correspondent", "correspondent"], ["Crikey"], "Tom Whitfield is Crikey's foreign affairs correspondent.")
pos(D2, "Brett Kowalski", ["congressman"], [], "a first-term congressman")
pos(D2, "Claire Donnelly", ["Foreign Minister"], ["Australia"], "Foreign Minister Claire Donnelly")
pos(D2, "Hamish Tait", ["Foreign Minister"], ["New Zealand"], "New Zealand's Foreign Minister, Hamish Tait")
pos(D2, "Josaia Raikadroka", ["Minister for Foreign Affairs"], ["Fiji"], "Fiji's Minister for Foreign Affairs, Josaia Raikadroka")
pos(D2, "Dana Whitmore", ["spokesperson"], ["State Department"], "A State Department spokesperson, Dana Whitmore")
pos(D2, "Teewa Bauro", ["Secretary for Foreign Affairs and Immigration", "Secretary"], ["Kiribati"], "Kiribati's Secretary for Foreign Affairs and Immigration, Teewa Bauro")
pos(D2, "Rimon Kaiea", ["President"], [], "President Rimon Kaiea")
pos(D2, "Meleane Fifita", ["senior fellow"], ["Lowy Institute"], "a senior fellow in the Pacific Islands Program at the Lowy Institute")
# D3
pos(D3, "Mariana Lowell", ["Central America correspondent", "correspondent"], ["The Washington Post", "The Post"], "Mariana Lowell is The Post's Central America correspondent")
pos(D3, "Gabriela Zelaya Turcios", ["Foreign Minister"], [], "Foreign Minister Gabriela Zelaya Turcios")
pos(D3, "Rodrigo Batres", ["Foreign Minister"], ["Guatemala"], "Guatemalan Foreign Minister Rodrigo Batres")
pos(D3, "Andrés Camacho Villegas", ["foreign minister"], ["Colombia"], "Its foreign minister, Andrés Camacho Villegas")
pos(D3, "Mariela Ponce", ["senior fellow"], ["Inter-American Dialogue"], "a senior fellow at the Inter-American Dialogue")
pos(D3, "Mariela Ponce", ["deputy foreign minister"], ["Honduras"], "a former Honduran deputy foreign minister", former=True)
pos(D3, "Óscar Funes", ["president"], ["Atlantic Coast Fishermen's Association"], "president of the Atlantic Coast Fishermen's Association")
pos(D3, "Róger Alemán Pérez", ["Deputy Foreign Minister"], [], "Deputy Foreign Minister Róger Alemán Pérez")
pos(D3, "José Luis Lagos", ["Defense Minister"], ["Honduras"], "Honduran Defense Minister José Luis Lagos")
# D4
pos(D4, "Nikos Karalis", ["Foreign Minister"], [], "Foreign Minister Nikos Karalis")
pos(D4, "Murat Gökçen", ["Deputy Foreign Minister"], ["Turkey"], "Turkey's Deputy Foreign Minister, Murat Gökçen")
pos(D4, "Andreas Theocharous", ["Government Spokesman", "Spokesman"], [], "Government Spokesman Andreas Theocharous")
pos(D4, "Lena Hoffmann", ["spokesperson"], ["European Commission", "Commission"], "Commission spokesperson Lena Hoffmann")
pos(D4, "Eleftherios Kammenos", ["mayor"], ["Agathonisi"], "The mayor of Agathonisi, Eleftherios Kammenos")
pos(D4, "Konstantinos Dimou", ["Chief of the Hellenic National Defence General Staff", "Chief"], ["Hellenic National Defence General Staff"], "The Chief of the Hellenic National Defence General Staff, General Konstantinos Dimou")
pos(D4, "Konstantinos Dimou", ["General"], [], "General Konstantinos Dimou", "optional")
pos(D4, "Dimitra Lalioti", ["spokesperson"], ["PASOK"], "PASOK spokesperson Dimitra Lalioti")
pos(D4, "Stelios Vrettos", ["Government Spokesman", "Spokesman"], [], "Government Spokesman Stelios Vrettos")
# D5
pos(D5, "Hannah Pickersgill", ["Coast Reporter", "Reporter"], ["The Yorkshire Post", "Yorkshire Post"], "Hannah Pickersgill is The Yorkshire Post's Coast Reporter.")
pos(D5, "Graham Atkinson", ["executive member for highways and transportation", "executive member"], ["North Yorkshire Council"], "the council's executive member for highways and transportation")
pos(D5, "Graham Atkinson", ["Councillor"], [], "Councillor Graham Atkinson")
pos(D5, "Mark Featherstone", ["chairman"], ["Whitby Business Improvement District"], "chairman of the Whitby Business Improvement District")
pos(D5, "Stephen Harland", ["Bridge keeper", "keeper"], [], "Bridge keeper Stephen Harland")
pos(D5, "Eileen Bosomworth", ["Mayor"], ["Whitby"], "The Mayor of Whitby, Councillor Eileen Bosomworth")
pos(D5, "Eileen Bosomworth", ["Councillor"], [], "Councillor Eileen Bosomworth")
pos(D5, "Daniel Cropton", ["MP"], [], "Scarborough and Whitby MP Daniel Cropton")
pos(D5, "Rebecca Lythe", ["clerk"], ["Whitby Town Council"], "Whitby Town Council clerk Rebecca Lythe")

pos(D1, "Anthony Joseph", ["fisherman"], [], "Carenage fisherman Anthony Joseph", "optional")
pos(D4, "Manolis Kalogirou", ["Fisherman"], [], "Fisherman Manolis Kalogirou", "optional")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Venezuela", "claims", "Monos Island", "Venezuela has never renounced its historic rights over the islands of the Dragon's Mouth")
rel(D2, "Kanton", "locatedIn", "Phoenix Islands", "a coral atoll in Kiribati's Phoenix Islands")
rel(D2, "Phoenix Islands", "locatedIn", "Kiribati", "Kiribati's Phoenix Islands")
rel(D2, "Kiribati", "memberOf", "Pacific Islands Forum", "The Pacific Islands Forum, which Kiribati rejoined in 2023")
rel(D3, "Nicaragua", "claims", "Swan Islands", "lists the remote Caribbean archipelago as Nicaraguan territory")
rel(D3, "Tegucigalpa", "locatedIn", "Honduras", "TEGUCIGALPA, Honduras")
rel(D4, "Agathonisi", "locatedIn", "Dodecanese", "the northernmost inhabited island of the Dodecanese")

NOT_PERSON = ["Kimon", "Gaceta Oficial", "Crikey", "ERTNEWS", "Eurokinissi", "Farnesina", "PASOK", "Pannett Park",
              "Church Street", "Queen's Park West", "Air Vice Marshal", "Coun Atkinson", "Great Swan Island",
              "Gaspar Grande", "La Ceiba", "Agios Georgios", "Whitby Town Council", "Fiji Times"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
