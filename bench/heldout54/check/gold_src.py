#!/usr/bin/env python3
"""Writes bench/heldout54/gold.json: the hand-made gold for the five blind articles of heldout54.

Run:  /work/main/.venv/bin/python bench/heldout54/check/gold_src.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
D1 = "01_olivepress_alboran.txt"
D2 = "02_hurriyetdailynews_suleyman_shah.txt"
D3 = "03_latinamericareports_nahuaterique.txt"
D4 = "04_bailiwickexpress_minquiers.txt"
D5 = "05_saultstar_rhodes_centre_roof.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Gold for bench/heldout54 (blind set, written without reading the extractor code).

Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = full statements with an
  explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
  colon quotes and continuation paragraphs. `optional` = partial quotes, headline/deck/subhead echoes and
  words given by an organisation or embassy only in part. Anonymous speakers are not listed, so
  attributing their words counts as wrong. `unattributed` = quoted strings with no speaker (related
  headlines, subheads, scare terms).
- stances: polarity follows the wording. Required = explicit stances of a country (or its capital,
  government, ministry or a minister/ambassador/spokesperson speaking for it). Optional = a claimant's
  own claim. No stance: questions, hypotheticals, recognition of judgments or treaties.
- positions: `of_any` is empty when the text gives no organisation next to the title. Author footers and
  former titles are required; parliamentary/council seats, occupations and titles given only by a verb
  like `chairs` are optional. `former` marks former posts.
- relations: only stated facts (spouse, sharesBorderWith, invaded, memberOf, locatedIn).
- entities: persons, organisations, countries, territories (stance objects) and places named in the
  text including bylines, credits, footers and related links; not navigation bars, seas, buildings,
  treaties, wars or social platforms. Each entity has `docs`.
- every stance, position and relation carries `docs` and a verbatim `evidence` string.
"""

ENT = {}


def E(typ, name, aliases=(), docs=()):
    if name in ENT:
        ENT[name]["docs"] = sorted(set(ENT[name]["docs"]) | set(docs))
        assert ENT[name]["type"] == typ
        return
    ENT[name] = {"type": typ, "name": name, "aliases": list(aliases), "docs": list(docs)}


QUOTES, STANCES, POSITIONS, RELATIONS = [], [], [], []


def Q(doc, speaker, key, status="required"):
    QUOTES.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


def S(doc, country, stance, territory_any, evidence, status="required"):
    STANCES.append({"country": country, "stance": stance, "territory_any": territory_any,
                    "docs": [doc], "evidence": evidence, "status": status})


def P(doc, person, title_any, of_any, evidence, former=False, status="required"):
    POSITIONS.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc],
                      "evidence": evidence, "former": former, "status": status})


def R(doc, subj, pred, obj, evidence):
    RELATIONS.append({"subject": subj, "predicate": pred, "object": obj,
                      "symmetric": pred in ("spouse", "sharesBorderWith"), "docs": [doc],
                      "evidence": evidence, "status": "required"})


UNATTRIBUTED = []
NOT_PERSON = []

# ---------------------------------------------------------------- 01 Alboran
for n, a in [("Harriet Colquhoun", ["Colquhoun"]), ("Ines Carvajal Mora", ["Carvajal Mora", "Ines Carvajal"]),
             ("Karim El Ouazzani", ["El Ouazzani"]), ("Adil Skalli", ["Skalli"]),
             ("Teresa Villalba", ["Villalba", "Dr Teresa Villalba"]), ("Antonio Ruiz Garrido", ["Ruiz Garrido"]),
             ("Maria Jose Sanchez", []), ("Rafael Cuadrado Gil", ["Cuadrado Gil"])]:
    E("Person", n, a, [D1])
for n, a in [("Spain", []), ("Morocco", [])]:
    E("Country", n, a, [D1])
E("Territory", "Alboran Island", ["Alboran", "Jazirat Alboran"], [D1])
for n in ["Madrid", "Almeria", "Andalucia", "Rabat", "Adra", "Ceuta", "Melilla", "Paris", "Brussels"]:
    E("Place", n, [], [D1])
for n, a in [("The Olive Press", ["Olive Press"]), ("House of Representatives", []), ("Istiqlal Party", ["Istiqlal"]),
             ("United Nations", []), ("NATO", []), ("European Union", []), ("University of Granada", []),
             ("International Court of Justice", []), ("Armada Espanola", [])]:
    E("Organization", n, a, [D1])

Q(D1, "Ines Carvajal Mora", "Alboran has been Spanish for nearly five centuries")
Q(D1, "Ines Carvajal Mora", "We have excellent relations with our neighbour and we want to keep them")
Q(D1, "Ines Carvajal Mora", "Not a single rock is negotiable", "optional")
Q(D1, "House of Representatives", "occupied territory", "optional")
Q(D1, "House of Representatives", "has never recognised Spanish sovereignty over Alboran", "optional")
Q(D1, "Karim El Ouazzani", "Jazirat Alboran is Moroccan land in Moroccan waters")
Q(D1, "Adil Skalli", "expressed the feelings of the nation", "optional")
Q(D1, "Adil Skalli", "Morocco's position on its territorial integrity is well known")
Q(D1, "France", "an integral part of the Spanish state since long before", "optional")
Q(D1, "Teresa Villalba", "Morocco has never taken the matter to the International Court of Justice")
Q(D1, "Teresa Villalba", "The report is written for a domestic audience")
Q(D1, "Teresa Villalba", "What matters is that Spain is a member of NATO")
Q(D1, "Antonio Ruiz Garrido", "The Moroccan patrol boats come close sometimes")
Q(D1, "Maria Jose Sanchez", "We just want to work in peace")
Q(D1, "Maria Jose Sanchez", "we pay for the diesel", "optional")
Q(D1, "Rafael Cuadrado Gil", "Alboran is simply the most southerly neighbourhood")
UNATTRIBUTED += ["Moroccan navy shadows Spanish trawler off Alboran", "Almeria port traffic hits record"]

S(D1, "Spain", "doesNotRecognise", ["Alboran Island", "Alboran"],
  "But Spain does not accept any Moroccan claim to Alboran")
S(D1, "Morocco", "doesNotRecognise", ["Alboran Island", "Alboran"],
  'Morocco "has never recognised Spanish sovereignty over Alboran"')
S(D1, "France", "recognises", ["Alboran Island", "Alboran"],
  "Paris, for its part, backs Spain's sovereignty over Alboran")
S(D1, "Spain", "recognises", ["Alboran Island", "Alboran"], "Alboran has been Spanish for nearly five centuries",
  "optional")

P(D1, "Ines Carvajal Mora", ["foreign minister"], [], "Foreign Minister Ines Carvajal Mora")
P(D1, "Karim El Ouazzani", ["MP"], [], "Karim El Ouazzani, an MP for the Istiqlal Party", status="optional")
P(D1, "Karim El Ouazzani", ["rapporteur"], [], "Its rapporteur, Karim El Ouazzani", status="optional")
P(D1, "Adil Skalli", ["spokesman"], [], "government spokesman Adil Skalli")
P(D1, "Teresa Villalba", ["lecturer"], ["University of Granada"],
  "Dr Teresa Villalba, a lecturer in public international law at the University of Granada")
P(D1, "Antonio Ruiz Garrido", ["skipper"], [], "trawler skipper Antonio Ruiz Garrido", status="optional")
P(D1, "Rafael Cuadrado Gil", ["mayor"], ["Almeria"], "Almeria's mayor, Rafael Cuadrado Gil")
P(D1, "Harriet Colquhoun", ["correspondent"], ["Olive Press"],
  "Harriet Colquhoun is the Olive Press correspondent in Almeria")

R(D1, "Karim El Ouazzani", "memberOf", "Istiqlal Party", "Karim El Ouazzani, an MP for the Istiqlal Party")
R(D1, "Almeria", "locatedIn", "Andalucia", "the city of Almeria, in Andalucia")
R(D1, "Adra", "locatedIn", "Andalucia", "Adra, a fishing town in Andalucia")
R(D1, "Spain", "sharesBorderWith", "Morocco", "Spain, which shares land borders with Morocco")
R(D1, "Spain", "memberOf", "NATO", "Spain is a member of NATO and of the European Union")
R(D1, "Spain", "memberOf", "European Union", "Spain is a member of NATO and of the European Union")
R(D1, "Antonio Ruiz Garrido", "spouse", "Maria Jose Sanchez", "His wife, Maria Jose Sanchez")
NOT_PERSON += ["Olive Press", "The Olive Press", "Armada Espanola", "Istiqlal", "Alboran", "Jazirat Alboran",
               "Adra", "Almeria", "Rabat", "Granada", "Andalucia", "Ceuta", "Melilla"]

# ---------------------------------------------------------------- 02 Suleyman Sah
for n, a in [("Orhan Tezcanlı", ["Tezcanlı"]), ("Nizar Haddad", ["Haddad"]),
             ("Ayşe Nur Dalkılıç", ["Dalkılıç"]), ("Rashad Quliyev", ["Quliyev"]),
             ("Mohsen Tavakkoli", ["Tavakkoli"]), ("Levent Akçura", ["Akçura", "Professor Levent Akçura"]),
             ("Kemal Yurttaş", ["Yurttaş"]), ("Nermin Yurttaş", []), ("Mahmut Aslan", ["Aslan"]),
             ("Süleyman Şah", [])]:
    E("Person", n, a, [D2])
for n, a in [("Türkiye", ["Turkey"]), ("Syria", []), ("France", []), ("Azerbaijan", []), ("Iran", []),
             ("Qatar", [])]:
    E("Country", n, a, [D2])
E("Territory", "Süleyman Şah Tomb", ["Süleyman Şah tomb", "Suleyman Shah Tomb", "Suleyman Sah Tomb",
                                     "tomb of Süleyman Şah"], [D2])
for n, a in [("Ankara", []), ("Damascus", []), ("Eşme", []), ("Qara Qozak", []), ("Aleppo province", []),
             ("Şanlıurfa", []), ("Birecik", [])]:
    E("Place", n, a, [D2])
for n, a in [("Hürriyet Daily News", []), ("SANA", ["SANA news agency"]), ("Al Jazeera", []),
             ("Syrian Foreign Ministry", ["Syria's Foreign Ministry"]),
             ("Iranian Foreign Ministry", []), ("AA", []),
             ("Demirören News Agency", ["DHA"]), ("NATO", []),
             ("Islamic State of Iraq and the Levant", ["ISIL"]),
             ("Republican People's Party", ["CHP"]), ("Hacettepe University", [])]:
    E("Organization", n, a, [D2])

Q(D2, "Orhan Tezcanlı", "That soil is Turkish soil under the Treaty of Ankara of 1921")
Q(D2, "Orhan Tezcanlı", "Nobody should test our patience on this question")
Q(D2, "Syrian Foreign Ministry", "does not recognize any foreign sovereignty on Syrian soil", "optional")
Q(D2, "Nizar Haddad", "good neighborly relations", "optional")
Q(D2, "Nizar Haddad", "The 1921 treaty was signed by France and Türkiye")
Q(D2, "Nizar Haddad", "too early to speak of such things", "optional")
Q(D2, "Ayşe Nur Dalkılıç", "is protected by international law and is not open to negotiation", "optional")
Q(D2, "Rashad Quliyev", "brother nation", "optional")
Q(D2, "Rashad Quliyev", "Azerbaijan recognizes the Süleyman Şah Tomb as Turkish soil")
Q(D2, "Mohsen Tavakkoli", "an occupation in historical costume", "optional")
Q(D2, "Levent Akçura", "For most Turks this is not a military question")
Q(D2, "Levent Akçura", "The Ottoman story begins in these lands")
Q(D2, "Kemal Yurttaş", "On the tomb there is no government and no opposition")
Q(D2, "Kemal Yurttaş", "There is only Türkiye")
Q(D2, "Nermin Yurttaş", "have seen enough of war", "optional")
Q(D2, "Mahmut Aslan", "We changed the flag every morning and swept the courtyard")
UNATTRIBUTED += ["A symbol of the state", "Tomb convoy"]

S(D2, "Syria", "doesNotRecognise", ["Süleyman Şah Tomb", "Süleyman Şah tomb", "Suleyman Shah Tomb"],
  'Syria "does not recognize any foreign sovereignty on Syrian soil, including at the so-called Süleyman Şah Tomb"')
S(D2, "Azerbaijan", "recognises", ["Süleyman Şah Tomb", "Süleyman Şah tomb", "Suleyman Shah Tomb"],
  "Azerbaijan recognizes the Süleyman Şah Tomb as Turkish soil")
S(D2, "Iran", "doesNotRecognise", ["Süleyman Şah Tomb", "Süleyman Şah tomb", "Suleyman Shah Tomb"],
  "Iran, by contrast, rejects the claim that the tomb is Turkish territory")
S(D2, "Türkiye", "recognises", ["Süleyman Şah Tomb", "Süleyman Şah tomb", "Suleyman Shah Tomb"],
  "Türkiye will not give up the Süleyman Şah Tomb", "optional")

P(D2, "Orhan Tezcanlı", ["defense minister"], [], "Defense Minister Orhan Tezcanlı")
P(D2, "Nizar Haddad", ["deputy foreign minister"], ["Syria"], "Nizar Haddad, Syria's deputy foreign minister")
P(D2, "Ayşe Nur Dalkılıç", ["spokesperson"], [], "Foreign Ministry spokesperson Ayşe Nur Dalkılıç")
P(D2, "Rashad Quliyev", ["ambassador"], ["Azerbaijan"], "Azerbaijan's ambassador in Ankara, Rashad Quliyev")
P(D2, "Mohsen Tavakkoli", ["spokesman"], ["Iranian Foreign Ministry", "Iran"],
  "Iranian Foreign Ministry spokesman Mohsen Tavakkoli")
P(D2, "Levent Akçura", ["head", "professor"], ["Hacettepe University"],
  "Professor Levent Akçura, who heads the Ottoman history department at Hacettepe University")
P(D2, "Kemal Yurttaş", ["lawmaker"], [], "Kemal Yurttaş, a CHP lawmaker from Şanlıurfa", status="optional")
P(D2, "Nermin Yurttaş", ["teacher"], [], "Nermin Yurttaş, a teacher in Birecik", status="optional")
P(D2, "Mahmut Aslan", ["sergeant"], [], "Mahmut Aslan, a retired sergeant", former=True, status="optional")

R(D2, "Türkiye", "sharesBorderWith", "Syria", "Türkiye, which shares a 911-kilometer border with Syria")
R(D2, "Türkiye", "memberOf", "NATO", "As a NATO member, Türkiye")
R(D2, "Islamic State of Iraq and the Levant", "invaded", "Aleppo province",
  "the Islamic State of Iraq and the Levant (ISIL) invaded much of Aleppo province in 2014")
R(D2, "Qara Qozak", "locatedIn", "Aleppo province", "Qara Qozak, a village in Syria's Aleppo province")
R(D2, "Aleppo province", "locatedIn", "Syria", "Syria's Aleppo province")
R(D2, "Eşme", "locatedIn", "Syria", "the village of Eşme in northern Syria")
R(D2, "Birecik", "locatedIn", "Şanlıurfa", "the border town of Birecik in Şanlıurfa")
R(D2, "Kemal Yurttaş", "memberOf", "Republican People's Party", "Kemal Yurttaş, a CHP lawmaker")
R(D2, "Kemal Yurttaş", "spouse", "Nermin Yurttaş", "His wife, Nermin Yurttaş")
NOT_PERSON += ["Hürriyet", "Hürriyet Daily News", "AA", "SANA", "DHA", "Demirören", "Eşme", "Qara Qozak",
               "Birecik", "Şanlıurfa", "Hacettepe", "Al Jazeera", "Süleyman Şah Tomb", "CHP", "ISIL",
               "Treaty of Ankara"]

# ---------------------------------------------------------------- 03 Nahuaterique
for n, a in [("Daniela Portillo", ["Portillo"]), ("Rosa Amalia Bográn", ["Bográn"]),
             ("Julio César Menjívar", ["Menjívar"]), ("Ernesto Zelaya Mejía", ["Zelaya Mejía"]),
             ("Tránsito Argueta", ["Argueta"]), ("Lucio Hernández", ["Hernández"]),
             ("Marlon Ayestas", ["Ayestas"]), ("Silvia Romero", ["Romero"])]:
    E("Person", n, a, [D3])
for n in ["Honduras", "El Salvador", "Guatemala"]:
    E("Country", n, [], [D3])
E("Territory", "Nahuaterique", [], [D3])
for n in ["La Paz", "Tegucigalpa", "San Salvador", "Perquín", "Morazán", "Marcala"]:
    E("Place", n, [], [D3])
for n, a in [("Latin America Reports", []), ("International Court of Justice", []),
             ("Nahuaterique Community Board", []), ("SICA", []), ("National Party", []),
             ("National Congress", []), ("Central American Court of Justice", [])]:
    E("Organization", n, a, [D3])

Q(D3, "Tránsito Argueta", "We are Salvadoran by blood and Honduran by the map")
Q(D3, "Rosa Amalia Bográn", "This is the end of a long wait")
Q(D3, "Rosa Amalia Bográn", "Every family here will own its land with a Honduran title")
Q(D3, "Julio César Menjívar", "acknowledges Honduran sovereignty over Nahuaterique", "optional")
Q(D3, "Julio César Menjívar", "Our concern is the people, not the line")
Q(D3, "Julio César Menjívar", "We want our citizens there to have schools")
Q(D3, "Ernesto Zelaya Mejía", "That question is closed")
Q(D3, "Ernesto Zelaya Mejía", "Both countries are members of SICA")
Q(D3, "Tránsito Argueta", "My mother hid us in the coffee")
Q(D3, "Tránsito Argueta", "Now my grandchildren ask me which country they live in")
Q(D3, "Lucio Hernández", "I have paid for this land three times")
Q(D3, "Marlon Ayestas", "The State of Honduras arrived late to Nahuaterique")
Q(D3, "Silvia Romero", "People cross every day to work, to pray and to sell")
UNATTRIBUTED += ["bolsón", "Honduras and El Salvador finish marking the Goascorán line",
                 "Coffee prices lift Marcala's co-ops"]

S(D3, "El Salvador", "recognises", ["Nahuaterique"],
  'El Salvador "acknowledges Honduran sovereignty over Nahuaterique')
S(D3, "Guatemala", "recognises", ["Nahuaterique"],
  "Guatemala, which borders both countries, considers Nahuaterique part of Honduras")

P(D3, "Rosa Amalia Bográn", ["foreign minister"], ["Honduras"], "Honduras' foreign minister, Rosa Amalia Bográn")
P(D3, "Julio César Menjívar", ["vice minister"], [], "Vice Minister for Salvadorans Abroad Julio César Menjívar")
P(D3, "Ernesto Zelaya Mejía", ["judge"], ["Central American Court of Justice"],
  "Ernesto Zelaya Mejía, a former judge of the Central American Court of Justice", former=True)
P(D3, "Tránsito Argueta", ["head"], ["Nahuaterique Community Board"],
  "Tránsito Argueta, 63, who heads the Nahuaterique Community Board")
P(D3, "Marlon Ayestas", ["congressman"], [], "Congressman Marlon Ayestas", status="optional")
P(D3, "Silvia Romero", ["mayor"], [], "Mayor Silvia Romero")
P(D3, "Daniela Portillo", ["journalist"], [], "Daniela Portillo is a freelance journalist based in San Salvador")

R(D3, "Honduras", "sharesBorderWith", "El Salvador", "The two neighbours share a border of about 390 kilometres")
R(D3, "Guatemala", "sharesBorderWith", "Honduras", "Guatemala, which borders both countries")
R(D3, "Guatemala", "sharesBorderWith", "El Salvador", "Guatemala, which borders both countries")
R(D3, "El Salvador", "invaded", "Honduras", "El Salvador invaded Honduras in July 1969")
R(D3, "El Salvador", "memberOf", "SICA", "Both countries are members of SICA")
R(D3, "Honduras", "memberOf", "SICA", "Both countries are members of SICA")
R(D3, "Nahuaterique", "locatedIn", "La Paz", "Nahuaterique, in the Honduran department of La Paz")
R(D3, "Perquín", "locatedIn", "Morazán", "Perquín, a town in the Salvadoran department of Morazán")
R(D3, "Marcala", "locatedIn", "La Paz", "Marcala, the nearest Honduran town and a coffee hub in La Paz")
R(D3, "Marlon Ayestas", "memberOf", "National Party", "Congressman Marlon Ayestas, of the National Party")
R(D3, "Tránsito Argueta", "spouse", "Lucio Hernández", "Her husband, Lucio Hernández")
NOT_PERSON += ["Nahuaterique", "Latin America Reports", "SICA", "Perquín", "Marcala", "Morazán", "La Paz",
               "Goascorán", "Nahuaterique Community Board"]

# ---------------------------------------------------------------- 04 Minquiers
for n, a in [("Ollie Le Breton", ["Le Breton"]), ("Philippa Le Marquand", ["Le Marquand"]),
             ("Yannick Lecoeur", ["Lecoeur", "Mr Lecoeur"]), ("Claire Delattre", ["Delattre"]),
             ("Étienne Roussel", ["Roussel"]), ("Hélène Amy", ["Dr Hélène Amy"]),
             ("Lucy Ahier", ["Ahier"]), ("Mark Journeaux", ["Journeaux"]), ("Peter Syvret", []),
             ("Judith", ["Judith Syvret", "Mrs Syvret"]), ("Alan Carrel", ["Carrel"])]:
    E("Person", n, a, [D4])
for n, a in [("France", []), ("United Kingdom", ["UK"]), ("Germany", [])]:
    E("Country", n, a, [D4])
E("Territory", "Minquiers", ["the Minquiers", "Les Minquiers"], [D4])
E("Territory", "Écréhous", ["the Écréhous", "Ecrehous"], [D4])
for n, a in [("Jersey", ["Bailiwick of Jersey"]), ("Granville", []), ("Carteret", []), ("Paris", []),
             ("London", []), ("Normandy", []), ("Channel Islands", []), ("Saint-Malo", []), ("Brittany", []),
             ("Maîtresse Île", []), ("Marmotière", []), ("Grouville", [])]:
    E("Place", n, a, [D4])
for n, a in [("Bailiwick Express", []), ("International Court of Justice", []),
             ("Foreign, Commonwealth and Development Office", []),
             ("Comité régional des pêches de Normandie", []), ("French Foreign Ministry", []), ("AFP", []),
             ("Société Jersiaise", []), ("Reform Jersey", []), ("NATO", [])]:
    E("Organization", n, a, [D4])

Q(D4, "Philippa Le Marquand", "No change to sovereignty", "optional")
Q(D4, "Philippa Le Marquand", "not up for discussion", "optional")
Q(D4, "Philippa Le Marquand", "Let me be very clear with islanders")
Q(D4, "Philippa Le Marquand", "France acknowledges the United Kingdom's sovereignty over the Minquiers")
Q(D4, "Foreign, Commonwealth and Development Office", "in close contact", "optional")
Q(D4, "Yannick Lecoeur", "We are not here to take an island")
Q(D4, "Yannick Lecoeur", "Nobody in Granville wants a war over a toilet and three huts")
Q(D4, "Claire Delattre", "fully respects the 1953 judgment", "optional")
Q(D4, "Claire Delattre", "a calm, technical discussion", "optional")
Q(D4, "Hélène Amy", "Islanders remember that Germany invaded the Channel Islands in 1940")
Q(D4, "Hélène Amy", "When anyone sails in numbers towards our rocks")
Q(D4, "Lucy Ahier", "Who knew about this protest in advance")
Q(D4, "Mark Journeaux", "I've been out there every summer for thirty years")
Q(D4, "Judith", "We lost a window in a storm last year")
Q(D4, "Alan Carrel", "our French friends have given us every assurance", "optional")
UNATTRIBUTED += ["The reef is not for sale", "A matter of licences"]

S(D4, "France", "recognises", ["Minquiers", "the Minquiers"],
  "France acknowledges the United Kingdom's sovereignty over the Minquiers and the Écréhous")
S(D4, "France", "recognises", ["Écréhous", "the Écréhous"],
  "France acknowledges the United Kingdom's sovereignty over the Minquiers and the Écréhous")
S(D4, "United Kingdom", "recognises", ["Minquiers", "the Minquiers"],
  "the UK Government considers the Écréhous and the Minquiers part of the Bailiwick of Jersey", "optional")
S(D4, "United Kingdom", "recognises", ["Écréhous", "the Écréhous"],
  "the UK Government considers the Écréhous and the Minquiers part of the Bailiwick of Jersey", "optional")

P(D4, "Philippa Le Marquand", ["minister"], [], "the External Relations Minister")
P(D4, "Yannick Lecoeur", ["chair"], ["Comité régional des pêches de Normandie"],
  "Yannick Lecoeur, who chairs the fishing committee of Normandy", status="optional")
P(D4, "Claire Delattre", ["spokeswoman"], ["French Foreign Ministry", "Foreign Ministry"],
  "Its spokeswoman, Claire Delattre")
P(D4, "Étienne Roussel", ["maritime prefect", "vice-admiral"], [],
  "Vice-admiral Étienne Roussel, the maritime prefect for the Channel and the North Sea")
P(D4, "Hélène Amy", ["president"], ["Société Jersiaise"], "Dr Hélène Amy, a former president of the Société Jersiaise",
  former=True)
P(D4, "Lucy Ahier", ["deputy"], [], "Reform Jersey Deputy Lucy Ahier", status="optional")
P(D4, "Mark Journeaux", ["constable"], ["Grouville"], "Grouville Constable Mark Journeaux")
P(D4, "Alan Carrel", ["chief minister"], ["Jersey"], "Jersey's Chief Minister, Deputy Alan Carrel")
P(D4, "Ollie Le Breton", ["reporter"], ["Bailiwick Express"],
  "Ollie Le Breton is a political reporter at Bailiwick Express")

R(D4, "Germany", "invaded", "Channel Islands", "Germany invaded the Channel Islands in 1940")
R(D4, "France", "memberOf", "NATO", "Both France and the UK are members of NATO")
R(D4, "United Kingdom", "memberOf", "NATO", "Both France and the UK are members of NATO")
R(D4, "Lucy Ahier", "memberOf", "Reform Jersey", "Reform Jersey Deputy Lucy Ahier")
R(D4, "Peter Syvret", "spouse", "Judith", "Peter Syvret and his wife, Judith")
R(D4, "Saint-Malo", "locatedIn", "Brittany", "Saint-Malo, Brittany")
R(D4, "Granville", "locatedIn", "Normandy", "Granville, in Normandy")
NOT_PERSON += ["Bailiwick Express", "Bailiwick", "Minquiers", "Écréhous", "Maîtresse Île", "Marmotière",
               "Granville", "Carteret", "Grouville", "Société Jersiaise", "Reform Jersey", "Jersey",
               "Comité régional des pêches de Normandie", "Deputy", "Constable", "Vice-admiral"]

# ---------------------------------------------------------------- 05 Sault Ste. Marie
for n, a in [("Brent Tremblay", ["Tremblay"]), ("Gino Lisciotti", ["Lisciotti"]), ("Jenna Morin", ["Morin"]),
             ("Laurie Dufresne", ["Dufresne"]), ("Paolo Crescenzi", ["Crescenzi"]), ("Rob Tessier", ["Tessier"]),
             ("Carla Tessier", []), ("Ron Beaudette", ["Beaudette"])]:
    E("Person", n, a, [D5])
for n, a in [("Sault Ste. Marie", ["Sault Ste Marie"]), ("Ontario", ["Ont."]), ("Michigan", [])]:
    E("Place", n, a, [D5])
for n, a in [("The Sault Star", ["Sault Star"]), ("Postmedia Network Inc.", ["Postmedia Network", "Postmedia"]),
             ("Algoma Roofing & Sheet Metal", ["Algoma Roofing"]), ("Soo Greyhounds", ["Greyhounds"]),
             ("Ontario Hockey League", []), ("Soo Minor Hockey Association", []), ("Soo Skating Club", [])]:
    E("Organization", n, a, [D5])

Q(D5, "Gino Lisciotti", "This is not a glamorous item")
Q(D5, "Gino Lisciotti", "We cannot keep asking kids to skate around puddles")
Q(D5, "Jenna Morin", "We patch it, it holds for a month")
Q(D5, "Laurie Dufresne", "I support the arena. I don't support paying a premium")
Q(D5, "Paolo Crescenzi", "If we start again, we lose a whole season")
Q(D5, "Rob Tessier", "The buckets have to go")
Q(D5, "Rob Tessier", "Parents have been sending me photos of the ceiling")
Q(D5, "Carla Tessier", "We have had to cancel lessons twice")
Q(D5, "Ron Beaudette", "watch list", "optional")
Q(D5, "Ron Beaudette", "Every budget, the roof moved to next year")

P(D5, "Gino Lisciotti", ["mayor"], [], "Mayor Gino Lisciotti")
P(D5, "Jenna Morin", ["director of community services", "director"], [],
  "Jenna Morin, the city's director of community services")
P(D5, "Laurie Dufresne", ["councillor", "coun"], [], "Ward 4 Coun. Laurie Dufresne", status="optional")
P(D5, "Paolo Crescenzi", ["councillor", "coun"], [], "Ward 2 Coun. Paolo Crescenzi", status="optional")
P(D5, "Rob Tessier", ["president"], ["Soo Minor Hockey Association"],
  "Rob Tessier, president of the association")
P(D5, "Ron Beaudette", ["treasurer"], [], "Former city treasurer Ron Beaudette", former=True)
P(D5, "Brent Tremblay", ["reporter"], ["Sault Star"], "Brent Tremblay is a reporter with The Sault Star")

R(D5, "Sault Ste. Marie", "locatedIn", "Ontario", "Sault Ste. Marie, Ont.")
R(D5, "Rob Tessier", "spouse", "Carla Tessier", "Tessier's wife, Carla Tessier")
R(D5, "Soo Greyhounds", "memberOf", "Ontario Hockey League", "The Soo Greyhounds of the Ontario Hockey League")
NOT_PERSON += ["John Rhodes", "John Rhodes Community Centre", "Rhodes Centre", "GFL Memorial Gardens",
               "Pee Wee Arena", "Northern Community Centre", "Sault Star", "Postmedia", "Soo Greyhounds",
               "Greyhounds", "Algoma Roofing", "Sault Ste. Marie", "Coun."]


def build():
    return {"about": ABOUT, "documents": DOCS, "near_duplicates": [],
            "entities": list(ENT.values()), "not_person": NOT_PERSON, "quotes": QUOTES,
            "unattributed": UNATTRIBUTED, "stances": STANCES, "positions": POSITIONS, "relations": RELATIONS}


def main():
    gold = build()
    (SET / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
