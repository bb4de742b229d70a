"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_newsdiggers_lunda_tchokwe.txt", "02_vientianetimes_shan_state.txt", "03_businessday_oduduwa.txt",
                      "04_kuna_philadelphi_corridor.txt", "05_gazetauz_chirchiq_library.txt")
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

# ---------------- data ----------------
# D1
for n, a in [("Chanda Mwiinga", ["Mwiinga"]), ("Mwape Lungu", []), ("Kelvin Sakala", []),
             ("Augusto Muatxissengue", ["Muatxissengue"]), ("Adelino Tchipa", ["Tchipa"]),
             ("Patrick Ilunga Mwamba", []), ("Helena Nangolo", ["Nangolo"]), ("Esther Kapumba", ["Kapumba"]),
             ("Rodgers Kasonde", []), ("Brian Mweemba", ["Mweemba"]), ("Namakau Sitali", ["Dr Sitali", "Sitali"])]:
    ent(P, n, *a, doc=[D1])
ent(C, "Zambia", doc=[D1]); ent(C, "Angola", "Republic of Angola", doc=[D1])
ent(C, "Democratic Republic of Congo", "DRC", doc=[D1]); ent(C, "Namibia", doc=[D1]); ent(C, "Botswana", doc=[D1])
ent(T, "Lunda Tchokwe", "Lunda", doc=[D1])
ent(O, "News Diggers!", "News Diggers", doc=[D1])
ent(O, "Movement of the Portuguese Protectorate of Lunda Tchokwe", doc=[D1])
ent(O, "Ministry of International Relations and Trade", doc=[D1])
ent(O, "Southern African Development Community", "SADC", doc=[D1])
ent(O, "African Union", "AU", doc=[D1])
ent(O, "Patriotic Front", doc=[D1]); ent(O, "University of Zambia", doc=[D1])
for n in ["Lusaka", "Luanda", "Saurimo", "Kinshasa", "Windhoek", "Gaborone", "Mwinilunga", "Jimbe", "Lobito"]:
    ent(PL, n, doc=[D1])
q(D1, "Chanda Mwiinga", "Zambia does not recognise, and will not recognise, any entity carved out of the Republic of Angola")
q(D1, "Chanda Mwiinga", "We have seen the videos from Saurimo")
q(D1, "Augusto Muatxissengue", "listen to the people of Lunda", "optional")
q(D1, "Augusto Muatxissengue", "We are not asking Zambia for guns")
q(D1, "Adelino Tchipa", "a stunt", "optional")
q(D1, "Adelino Tchipa", "Lunda Tchokwe is Angola, it has always been Angola")
q(D1, "Helena Nangolo", "Namibia stands by the territorial integrity of Angola")
q(D1, "Esther Kapumba", "Our people buy and sell across that line every day")
q(D1, "Rodgers Kasonde", "Business was already slow")
q(D1, "Brian Mweemba", "The minister should have consulted Parliament first")
q(D1, "Namakau Sitali", "No government in this region will recognise a breakaway state")
LT = ["Lunda Tchokwe", "Lunda"]
st(D1, "Zambia", N, LT, "Zambia will not recognise the so-called independent state of Lunda Tchokwe")
st(D1, "Angola", N, LT, "Lunda Tchokwe is Angola, it has always been Angola", "optional")
st(D1, "Democratic Republic of Congo", N, LT, "the DRC refuses to recognise Lunda Tchokwe and regards the region as part of Angola")
st(D1, "Namibia", N, LT, "Namibia said it supported Angola's sovereignty over Lunda Tchokwe")
st(D1, "Botswana", N, LT, "Botswana's foreign ministry said Gaborone did too")
NEG.append({"docs": [D1], "country": "Zambia", "territory": "Lunda Tchokwe", "why": "question", "evidence": "Will Lusaka ever change its mind?"})
NEG.append({"docs": [D1], "country": "Southern African Development Community", "territory": "Lunda Tchokwe", "why": "body, not a country", "evidence": "SADC did not say whether it would discuss the matter"})
NEG.append({"docs": [D1], "country": "-", "territory": "Lunda Tchokwe", "why": "hypothetical", "evidence": "If one did, it would open a door"})
pos(D1, "Chanda Mwiinga", ["minister"], ["Zambia", "Foreign Affairs"], "Foreign Affairs and International Cooperation Minister Chanda Mwiinga")
pos(D1, "Augusto Muatxissengue", ["spokesperson"], ["Movement of the Portuguese Protectorate", "Lunda Tchokwe"], "The movement's spokesperson Augusto Muatxissengue")
pos(D1, "Adelino Tchipa", ["ambassador"], ["Angola"], "Angola's Ambassador to Zambia Adelino Tchipa")
pos(D1, "Patrick Ilunga Mwamba", ["deputy foreign minister", "foreign minister"], ["Democratic Republic of Congo", "DRC", "Congo"], "Deputy Foreign Minister Patrick Ilunga Mwamba")
pos(D1, "Helena Nangolo", ["high commissioner"], ["Namibia"], "Namibian High Commissioner to Zambia Helena Nangolo")
pos(D1, "Esther Kapumba", ["district commissioner", "commissioner"], ["Mwinilunga"], "District Commissioner Esther Kapumba")
pos(D1, "Rodgers Kasonde", ["chairperson"], ["Jimbe"], "Jimbe market chairperson Rodgers Kasonde")
pos(D1, "Brian Mweemba", ["spokesperson"], ["Patriotic Front"], "Opposition Patriotic Front spokesperson Brian Mweemba")
pos(D1, "Namakau Sitali", ["political scientist"], ["University of Zambia"], "University of Zambia political scientist Dr Namakau Sitali")
rel(D1, "Zambia", "sharesBorderWith", "Angola", "Zambia's north-western border with Angola")
rel(D1, "Zambia", "memberOf", "Southern African Development Community", "of which both Zambia and Angola are members")
rel(D1, "Angola", "memberOf", "Southern African Development Community", "of which both Zambia and Angola are members")
rel(D1, "Movement of the Portuguese Protectorate of Lunda Tchokwe", "claims", "Lunda Tchokwe", "which claims the Lunda Tchokwe region")
rel(D1, "Mwinilunga", "locatedIn", "Zambia", "Mwinilunga, which sits on Zambia's north-western border")
rel(D1, "Lunda Tchokwe", "locatedIn", "Angola", "the Lunda Tchokwe region made up of Angola's diamond-rich eastern provinces")
rel(D1, "Jimbe", "locatedIn", "Mwinilunga", "the Jimbe border post in Mwinilunga")
NOT_PERSON += ["News Diggers", "Jimbe", "Mwinilunga", "Saurimo"]

# D2
for n, a in [("Phonesavanh Keomany", []), ("Vanida Sisouphanh", ["Ms Vanida", "Vanida"]), ("Sao Khun Hseng", []),
             ("Khamphone Inthavong", ["Mr Khamphone", "Khamphone"]), ("Bounmy Phommachanh", ["Mr Bounmy"]),
             ("Zhang Weiming", ["Mr Zhang"]), ("Lim Tze Kiat", ["Mr Lim"]), ("Kyaw Zeya Min", ["U Kyaw Zeya Min"]),
             ("Souksavanh Vongsa", ["Dr Souksavanh", "Souksavanh"]), ("Sengdao Phanthavong", [])]:
    ent(P, n, *a, doc=[D2])
ent(C, "Laos", "Lao PDR", doc=[D2]); ent(C, "Myanmar", "Republic of the Union of Myanmar", doc=[D2])
ent(C, "China", doc=[D2]); ent(C, "Thailand", doc=[D2]); ent(C, "India", doc=[D2])
ent(T, "Shan State", "Federal Republic of Shan", doc=[D2])
ent(O, "Vientiane Times", doc=[D2])
ent(O, "Ministry of Foreign Affairs", doc=[D2, D3, D4])
ent(O, "External Affairs Ministry", doc=[D2])
ent(O, "Shan State Restoration Front", doc=[D2]); ent(O, "Myanmar Embassy", doc=[D2])
ent(O, "ASEAN", doc=[D2]); ent(O, "National University of Laos", doc=[D2])
for n in ["Vientiane", "Taunggyi", "Bokeo", "Luang Namtha", "Tonpheung", "Golden Triangle", "Tachileik", "Yunnan",
          "Bangkok", "New Delhi", "Beijing"]:
    ent(PL, n, doc=[D2])
UNATTR.append("Federal Republic of Shan")
q(D2, "Vanida Sisouphanh", "The Lao PDR respects the sovereignty and territorial integrity")
q(D2, "Vanida Sisouphanh", "Laos and Myanmar are good neighbours and fellow members of ASEAN")
q(D2, "Sao Khun Hseng", "The Shan people have waited seventy years for this day")
q(D2, "Khamphone Inthavong", "The situation in Tonpheung is normal")
q(D2, "Bounmy Phommachanh", "They are mostly traders and families with relatives here")
q(D2, "Bounmy Phommachanh", "Nobody is staying in a camp")
q(D2, "Zhang Weiming", "China will not accept any attempt to split Myanmar")
q(D2, "Zhang Weiming", "We support the efforts of ASEAN and of Laos as a good neighbour")
q(D2, "Myanmar", "is and will remain an integral part of the Union", "optional")
q(D2, "Kyaw Zeya Min", "The so-called republic has no legal basis")
q(D2, "Souksavanh Vongsa", "Traders in Bokeo depend on the crossings to Tachileik")
SH = ["Shan State", "Federal Republic of Shan"]
st(D2, "Laos", N, SH, "Laos regards Shan State as part of Myanmar")
st(D2, "China", N, SH, "said it supports Myanmar's sovereignty over Shan State")
st(D2, "Thailand", N, SH, "Thailand does not recognise the declaration")
st(D2, "India", N, SH, "New Delhi considers the move illegal")
st(D2, "Myanmar", N, SH, "is and will remain an integral part of the Union", "optional")
NEG.append({"docs": [D2], "country": "Laos", "territory": "Shan State", "why": "hypothetical question", "evidence": "Asked whether Laos would change its position if the front took control of Tachileik"})
NEG.append({"docs": [D2], "country": "ASEAN", "territory": "Shan State", "why": "body, not a country", "evidence": "ASEAN itself has not issued a position on the declaration"})
pos(D2, "Vanida Sisouphanh", ["spokesperson"], ["Ministry of Foreign Affairs", "Laos", "Lao"], "Ministry spokesperson Ms Vanida Sisouphanh")
pos(D2, "Sao Khun Hseng", ["leader"], ["Shan State Restoration Front"], "Its leader, Sao Khun Hseng")
pos(D2, "Khamphone Inthavong", ["governor"], ["Bokeo"], "Bokeo Provincial Governor Mr Khamphone Inthavong")
pos(D2, "Bounmy Phommachanh", ["deputy head"], ["Tonpheung"], "Deputy head of the Tonpheung district administration office Mr Bounmy Phommachanh")
pos(D2, "Zhang Weiming", ["ambassador"], ["China", "Chinese"], "Chinese Ambassador to Laos Mr Zhang Weiming")
pos(D2, "Lim Tze Kiat", ["secretary-general", "secretary general"], ["ASEAN"], "ASEAN Secretary-General Mr Lim Tze Kiat")
pos(D2, "Kyaw Zeya Min", ["ambassador"], ["Myanmar"], "Myanmar's Ambassador to Laos U Kyaw Zeya Min")
pos(D2, "Souksavanh Vongsa", ["associate professor", "professor"], ["National University of Laos"], "Associate Professor Dr Souksavanh Vongsa of the National University of Laos")
rel(D2, "Laos", "sharesBorderWith", "Myanmar", "Laos shares a border with Myanmar")
rel(D2, "Laos", "memberOf", "ASEAN", "Laos and Myanmar are good neighbours and fellow members of ASEAN")
rel(D2, "Myanmar", "memberOf", "ASEAN", "Laos and Myanmar are good neighbours and fellow members of ASEAN")
rel(D2, "Yunnan", "locatedIn", "China", "China, whose Yunnan province borders Shan State")
rel(D2, "Shan State", "locatedIn", "Myanmar", "neighbouring Myanmar's Shan State")
rel(D2, "China", "sharesBorderWith", "Myanmar", "the China-Myanmar border")
rel(D2, "Tonpheung", "locatedIn", "Golden Triangle", "Tonpheung district, in the Golden Triangle area")
rel(D2, "Bokeo", "locatedIn", "Laos", "Laos shares a border with Myanmar along the Mekong River in Bokeo and Luang Namtha provinces")
rel(D2, "Luang Namtha", "locatedIn", "Laos", "Laos shares a border with Myanmar along the Mekong River in Bokeo and Luang Namtha provinces")
rel(D2, "Myanmar Embassy", "locatedIn", "Vientiane", "the Myanmar Embassy in Vientiane")
rel(D2, "Yunnan", "sharesBorderWith", "Shan State", "whose Yunnan province borders Shan State")
NOT_PERSON += ["Vientiane Times", "Tonpheung", "Tachileik", "Taunggyi", "Bokeo", "Golden Triangle"]

# D3
for n, a in [("Temitope Adebayo", []), ("Aurélien Dossou-Yovo", ["Dossou-Yovo"]), ("Olufemi Adeleke-Ojo", ["Adeleke-Ojo"]),
             ("Babatunde Okafor-Lawal", ["Okafor-Lawal"]), ("Kemi Oluwaseun", ["Dr Kemi Oluwaseun"]), ("Folake Adisa", ["Adisa"]),
             ("Moses Olaniyan", ["Olaniyan"]), ("Jare Ogunbiyi", []), ("Adewale Fakorede", ["Fakorede"])]:
    ent(P, n, *a, doc=[D3])
ent(C, "Nigeria", doc=[D3]); ent(C, "Benin", "Benin Republic", doc=[D3]); ent(C, "Ghana", doc=[D3]); ent(C, "Togo", doc=[D3])
ent(T, "Oduduwa Republic", "South-West", doc=[D3])
ent(O, "BusinessDay", "BusinessDay Media Ltd", doc=[D3]); ent(O, "Oduduwa Nation Coalition", doc=[D3])
ent(O, "Oyo State Police Command", doc=[D3]); ent(O, "ECOWAS", "ECOWAS Commission", doc=[D3])
ent(O, "Federal Government", "FG", doc=[D3]); ent(O, "Meristem Securities", doc=[D3]); ent(O, "Afenifere", doc=[D3]); ent(O, "University of Lagos", doc=[D3]); ent(O, "CBN", doc=[D3])
for n in ["Cotonou", "Accra", "Lomé", "Ogbomoso", "Osogbo", "Abuja", "Lagos", "Badagry", "Ife"]:
    ent(PL, n, doc=[D3])
ent(PL, "Seme", "Seme-Krake", doc=[D3])
UNATTR.append("Oduduwa Republic")
q(D3, "Aurélien Dossou-Yovo", "Benin Republic shares a long border, a common history and many families with Nigeria")
q(D3, "Olufemi Adeleke-Ojo", "Today we end the lie of one Nigeria")
q(D3, "Babatunde Okafor-Lawal", "Nigeria is one indivisible sovereign state")
q(D3, "Babatunde Okafor-Lawal", "We thank Benin, Ghana and Togo for their clear positions")
q(D3, "ECOWAS", "takes note", "optional")
q(D3, "Aurélien Dossou-Yovo", "That question does not arise")
q(D3, "Kemi Oluwaseun", "Investors read this as political noise")
q(D3, "Folake Adisa", "The Benin buyers did not come on Monday")
q(D3, "Moses Olaniyan", "Kabiyesi says no Yoruba son or daughter should take up arms")
q(D3, "Jare Ogunbiyi", "Afenifere believes in restructuring")
q(D3, "Adewale Fakorede", "Benin is the country that matters here")
OD = ["Oduduwa Republic", "South-West"]
st(D3, "Benin", N, OD, "Benin Republic has said it will not recognise the Oduduwa Republic")
st(D3, "Ghana", N, OD, "Ghana regards the South-West as part of Nigeria")
st(D3, "Togo", N, OD, "Togo, through its foreign minister in Lomé, said it does too")
st(D3, "Nigeria", N, OD, "the declaration had no effect in law", "optional")
NEG.append({"docs": [D3], "country": "Benin", "territory": "Oduduwa Republic", "why": "question", "evidence": "Would Cotonou ever host an Oduduwa office?"})
NEG.append({"docs": [D3], "country": "ECOWAS", "territory": "Oduduwa Republic", "why": "body, not a country", "evidence": "reaffirmed its commitment to the territorial integrity of member states"})
pos(D3, "Aurélien Dossou-Yovo", ["foreign affairs minister", "minister"], ["Benin"], "Benin's foreign affairs minister, Aurélien Dossou-Yovo")
pos(D3, "Olufemi Adeleke-Ojo", ["leader"], ["Oduduwa Nation Coalition"], "The coalition's leader, Olufemi Adeleke-Ojo")
pos(D3, "Babatunde Okafor-Lawal", ["minister"], ["Information", "Nigeria"], "The Minister of Information and National Orientation, Babatunde Okafor-Lawal")
pos(D3, "Kemi Oluwaseun", ["head of research"], ["Meristem Securities"], "Head of research at Lagos-based Meristem Securities, Dr Kemi Oluwaseun")
pos(D3, "Moses Olaniyan", ["spokesman"], ["Ooni", "Ife"], "his spokesman, Moses Olaniyan")
pos(D3, "Jare Ogunbiyi", ["national publicity secretary", "publicity secretary"], ["Afenifere"], "Its national publicity secretary, Jare Ogunbiyi")
pos(D3, "Adewale Fakorede", ["senior lecturer", "lecturer"], ["University of Lagos"], "A senior lecturer in political science at the University of Lagos, Dr Adewale Fakorede")
pos(D3, "Temitope Adebayo", ["correspondent"], ["BusinessDay"], "Temitope Adebayo is BusinessDay's Abuja correspondent.")
rel(D3, "Benin", "sharesBorderWith", "Nigeria", "Benin Republic shares a long border, a common history and many families with Nigeria")
rel(D3, "Oduduwa Nation Coalition", "claims", "Oduduwa Republic", "which claims six South-West states")
rel(D3, "Meristem Securities", "locatedIn", "Lagos", "Lagos-based Meristem Securities")
NOT_PERSON += ["Yoruba", "Ooni of Ife", "Ooni", "Kabiyesi", "Afenifere", "BusinessDay", "Ogbomoso", "Osogbo", "Badagry"]

# D4
for n, a in [("Ahmad Nasser Al-Rashidi", ["Al-Rashidi"]), ("Hisham Abdel-Ghaffar", ["Abdel-Ghaffar"]),
             ("Sufian Al-Majali", ["Al-Majali"]), ("Jassim Al-Ansari", ["Al-Ansari"]), ("David Mizrahi", ["Mizrahi"]),
             ("Tarek Hamdi-Eldin", [])]:
    ent(P, n, *a, doc=[D4])
ent(C, "Kuwait", "State of Kuwait", doc=[D4]); ent(C, "Israel", doc=[D4]); ent(C, "Egypt", doc=[D4])
ent(C, "Jordan", "Hashemite Kingdom of Jordan", doc=[D4]); ent(C, "Saudi Arabia", "Kingdom of Saudi Arabia", doc=[D4])
ent(C, "Qatar", "State of Qatar", doc=[D4])
ent(T, "Philadelphi Corridor", doc=[D4]); ent(T, "Gaza Strip", "Gaza", doc=[D4]); ent(T, "State of Palestine", doc=[D4])
ent(O, "Kuwait News Agency", "KUNA", doc=[D4]); ent(O, "Ministry of Foreign Affairs and Expatriates", doc=[D4])
ent(O, "UN Security Council", "Security Council", doc=[D4]); ent(O, "Gulf Cooperation Council", "GCC", doc=[D4])
ent(O, "Arab League", doc=[D4]); ent(O, "Prime Minister's Office", doc=[D4])
for n in ["Kerem Shalom", "Rafah", "Cairo", "Riyadh", "Doha", "Ramallah"]:
    ent(PL, n, doc=[D4])
q(D4, "Ministry of Foreign Affairs", "The State of Kuwait rejects this decision categorically")
q(D4, "Ministry of Foreign Affairs", "shoulder their responsibilities", "optional")
q(D4, "Ahmad Nasser Al-Rashidi", "Kuwait's position on the Palestinian cause is constant")
q(D4, "Ahmad Nasser Al-Rashidi", "We are in continuous contact with our brothers in Egypt")
q(D4, "Hisham Abdel-Ghaffar", "Egypt will not accept any change to the status of the border with Gaza")
q(D4, "Hisham Abdel-Ghaffar", "We have informed all our partners of this position")
q(D4, "Hisham Abdel-Ghaffar", "Egypt was not consulted on a decision that is void from the start")
q(D4, "Sufian Al-Majali", "undermines any chance for a just peace", "optional")
q(D4, "Sufian Al-Majali", "Jordan regards the Philadelphi Corridor, like the rest of Gaza, as occupied Palestinian territory")
q(D4, "Jassim Al-Ansari", "The GCC states reject any attempt to impose a new reality in Gaza by force")
q(D4, "David Mizrahi", "vital to Israel's security", "optional")
q(D4, "David Mizrahi", "The Philadelphi Corridor will remain under Israeli control")
q(D4, "Ministry of Foreign Affairs and Expatriates", "a war crime", "optional")
PC = ["Philadelphi Corridor"]
st(D4, "Kuwait", N, PC, "Kuwait does not recognise any Israeli sovereignty over the Philadelphi Corridor")
st(D4, "Egypt", N, PC, "had earlier said it regards the corridor as part of the Gaza Strip and considers the annexation illegal")
st(D4, "Jordan", N, PC, "the Hashemite Kingdom of Jordan refuses to recognise the annexation")
st(D4, "Saudi Arabia", N, ["Gaza Strip", "Gaza"], "Riyadh saying it does not recognise Israeli sovereignty over any part of Gaza")
st(D4, "Qatar", N, PC, "Doha saying it considers the annexation null and void")
NEG.append({"docs": [D4], "country": "Gulf Cooperation Council", "territory": "Philadelphi Corridor", "why": "body, not a country", "evidence": "The GCC states reject any attempt"})
NEG.append({"docs": [D4], "country": "Arab League", "territory": "Philadelphi Corridor", "why": "question; body", "evidence": "Asked whether the Arab League would seek a Security Council resolution"})
NEG.append({"docs": [D4], "country": "-", "territory": "State of Palestine", "why": "no named country", "evidence": "urged states that have not recognised the State of Palestine to do so"})
pos(D4, "Ahmad Nasser Al-Rashidi", ["foreign minister"], ["Kuwait"], "Kuwaiti Foreign Minister Ahmad Nasser Al-Rashidi")
pos(D4, "Hisham Abdel-Ghaffar", ["foreign minister"], ["Egypt"], "Egyptian Foreign Minister Hisham Abdel-Ghaffar")
pos(D4, "Sufian Al-Majali", ["spokesperson"], ["Ministry of Foreign Affairs and Expatriates", "Jordan"], "Ministry spokesperson Sufian Al-Majali")
pos(D4, "Jassim Al-Ansari", ["secretary-general", "secretary general"], ["Gulf Cooperation Council", "GCC"], "The Secretary-General of the Gulf Cooperation Council, Jassim Al-Ansari")
pos(D4, "David Mizrahi", ["spokesman"], ["Prime Minister", "Israel"], "Israeli Prime Minister's Office spokesman David Mizrahi")
pos(D4, "Tarek Hamdi-Eldin", ["assistant secretary-general", "assistant secretary general"], ["Arab League"], "Arab League Assistant Secretary-General Tarek Hamdi-Eldin")
rel(D4, "Israel", "annexed", "Philadelphi Corridor", "The Israeli cabinet on Sunday formally annexed the narrow strip of land")
rel(D4, "Egypt", "sharesBorderWith", "Gaza Strip", "Egypt, which shares the only land border with the Gaza Strip")
NOT_PERSON += ["KUNA", "Kerem Shalom", "Rafah", "Philadelphi", "Arab League"]

# D5
for n, a in [("Dilnoza Rakhimova", []), ("Bakhodir Yusupov", ["Yusupov"]), ("Malika Ergasheva", ["Ergasheva"]),
             ("Shakhnoza Tursunova", ["Tursunova"]), ("Zulfiya Khamidova", ["Khamidova"]), ("Madina", []),
             ("Rustam Nazarov", ["Nazarov"]), ("Akmal Sobirov", ["Sobirov"]), ("Farrukh Alimov", ["Alimov"])]:
    ent(P, n, *a, doc=[D5])
ent(C, "Uzbekistan", doc=[D5])
ent(O, "Gazeta.uz", doc=[D5]); ent(O, "Chirchiq city khokimiyat", doc=[D5])
ent(O, "Tashkent regional department of preschool and school education", doc=[D5])
ent(O, "Alisher Navoi National Library of Uzbekistan", doc=[D5]); ent(O, "Chirchiq textile factory", doc=[D5])
ent(O, "Chirchiq city Kengash of people's deputies", doc=[D5])
for n in ["Chirchiq", "Tashkent", "Tashkent region", "Qorasuv"]:
    ent(PL, n, doc=[D5])
q(D5, "Bakhodir Yusupov", "For twenty years this building stood empty")
q(D5, "Bakhodir Yusupov", "Children do not choose the days when they want to read")
q(D5, "Malika Ergasheva", "Every school in Chirchiq will have a day in the month")
q(D5, "Shakhnoza Tursunova", "There is a lift, there are ramps at both entrances")
q(D5, "Zulfiya Khamidova", "I spent my whole youth in this workshop")
q(D5, "Madina", "The robots can draw")
q(D5, "Rustam Nazarov", "We did not want to hide the history of the building")
q(D5, "Akmal Sobirov", "A library is good news")
q(D5, "Farrukh Alimov", "The money is in the 2027 budget")
pos(D5, "Bakhodir Yusupov", ["khokim", "mayor"], ["Chirchiq"], "The khokim of Chirchiq, Bakhodir Yusupov")
pos(D5, "Malika Ergasheva", ["head"], ["Tashkent regional department", "preschool and school education"], "The head of the Tashkent regional department of preschool and school education, Malika Ergasheva")
pos(D5, "Shakhnoza Tursunova", ["director"], [], "The director of the library, Shakhnoza Tursunova")
pos(D5, "Zulfiya Khamidova", ["weaver"], [], "Former weaver Zulfiya Khamidova", former=True)
pos(D5, "Rustam Nazarov", ["architect"], [], "Architect Rustam Nazarov")
pos(D5, "Akmal Sobirov", ["member"], ["Kengash", "Chirchiq"], "Member of the Chirchiq city Kengash of people's deputies Akmal Sobirov")
pos(D5, "Farrukh Alimov", ["deputy khokim"], ["Chirchiq"], "deputy khokim of Chirchiq Farrukh Alimov")
rel(D5, "Chirchiq", "locatedIn", "Tashkent region", "Chirchiq, Tashkent region")
rel(D5, "Alisher Navoi National Library of Uzbekistan", "locatedIn", "Tashkent", "Alisher Navoi National Library of Uzbekistan in Tashkent")
NOT_PERSON += ["Amir Temur Street", "Alisher Navoi National Library of Uzbekistan", "Gazeta.uz", "Chirchiq", "Qorasuv"]
# ---------------- end data ----------------

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
