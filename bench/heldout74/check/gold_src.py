#!/usr/bin/env python3
"""Writes bench/heldout74/gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = ["01_nzz_busingen.txt", "02_thebulletin_vennbahn.txt", "03_montrealgazette_quebec_recognition.txt",
     "04_beiruttoday_tfail.txt", "05_santafenewmexican_southside_library.txt"]

ABOUT = """Hand-made gold for bench/heldout74 (five invented articles; every person is fictional).
quotes: `required` = full statement with an explicit speaker (name, surname, pronoun, role or organisation),
including sentences after the cue, colon quotes and every paragraph of a multi-paragraph quote; `optional` =
partial quotes, headline/deck/subhead echoes and second holders. Anonymous speakers are not listed (their words
are in the extra field `anonymous`, so attributing them counts as wrong). `unattributed` = quoted strings with
no speaker. stances: polarity follows the wording; holders are countries (also via capital, ministry or a
minister speaking for it); questions, hypotheticals and `is expected to recognise` are no stance; a country's
claim to (or defence of) its own land is optional, and may be listed in both polarities. positions: `of_any` empty when no organisation is named next to the title; occupations
and parliamentary seats optional; author footers and former posts required. relations: only those stated in the
text. entities: every person, organisation, country, territory and place named (including bylines, photo credits,
copyright lines, related links); seas, rivers, lakes, roads, buildings, treaties and navigation bars are not
entities. Extra fields (`docs` on entities, `anonymous`) are ignored by score.py."""

ents = {}
def E(doc, typ, name, *aliases):
    e = ents.setdefault(name, {"type": typ, "name": name, "aliases": [], "docs": []})
    assert e["type"] == typ, name
    for a in aliases:
        if a not in e["aliases"]:
            e["aliases"].append(a)
    if D[doc] not in e["docs"]:
        e["docs"].append(D[doc])

quotes, stances, positions, relations, unattributed, anonymous, not_person = [], [], [], [], [], [], []
def Q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [D[doc]], "status": status})
def S(doc, country, stance, terr, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [D[doc]],
                    "status": status, "evidence": evidence})
def P(doc, person, titles, of, evidence, status="required", former=False):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [D[doc]],
                      "status": status, "former": former, "evidence": evidence})
def R(doc, s, p, o, evidence):
    relations.append({"subject": s, "predicate": p, "object": o,
                      "symmetric": p in ("spouse", "sharesBorderWith"), "status": "required",
                      "docs": [D[doc]], "evidence": evidence})
def U(doc, *texts):
    for t in texts:
        unattributed.append(t)
def A(doc, text):
    anonymous.append({"doc": D[doc], "text": text})

# ---------------- 01
d = 0
for n, a in [("Lukas Brändli", "Brändli"), ("Selina Wetter", "Wetter"), ("Markus Ehrat", "Ehrat"),
             ("Vera Hollenstein-Maier", "Hollenstein-Maier"), ("Annelies Gubler", "Gubler"),
             ("Thilo Warnecke", "Warnecke"), ("Claudia Ruef", "Ruef"), ("Reto Wipf", "Wipf")]:
    E(d, "Person", n, a)
E(d, "Person", "Rosmarie Ehrat")
E(d, "Organization", "Neue Zürcher Zeitung", "NZZ", "Neue Zürcher Zeitung AG")
E(d, "Organization", "Büsingen zur Schweiz")
E(d, "Organization", "Federal Department of Foreign Affairs", "FDFA")
E(d, "Organization", "Federal Council")
E(d, "Organization", "The Centre", "The Centre party")
E(d, "Organization", "Federal Foreign Office", "German Foreign Office")
E(d, "Organization", "University of St. Gallen")
E(d, "Organization", "National Council")
E(d, "Organization", "SVP")
E(d, "Organization", "European Union", "EU")
E(d, "Country", "Switzerland")
E(d, "Country", "Germany", "Federal Republic")
E(d, "Country", "Austria")
E(d, "Territory", "Büsingen", "Büsingen am Hochrhein")
E(d, "Territory", "Campione d'Italia", "Campione")
for n in ["Schaffhausen", "Konstanz", "Baden-Württemberg", "Basel", "Bern", "Berlin", "Thayngen", "Jungholz"]:
    E(d, "Place", n)
Q(d, "Markus Ehrat", "We pay in francs and vote in Germany", "optional")
Q(d, "Markus Ehrat", "we shop in Schaffhausen and our children go to Swiss schools")
Q(d, "Markus Ehrat", "Only on election day do we remember that we are in Germany")
Q(d, "Rosmarie Ehrat", "I like both passports in theory")
Q(d, "Vera Hollenstein-Maier", "Büsingen is German and it will stay German")
Q(d, "Vera Hollenstein-Maier", "a village cannot choose its country like a mobile phone contract")
Q(d, "Vera Hollenstein-Maier", "other worries", "optional")
Q(d, "Annelies Gubler", "The 1964 treaty settled it", "optional")
Q(d, "Annelies Gubler", "Switzerland recognises Büsingen as part of Germany, and nothing in a petition")
Q(d, "Annelies Gubler", "The same applies to Campione d'Italia")
Q(d, "Thilo Warnecke", "does not accept any change to the status of Büsingen", "optional")
Q(d, "Thilo Warnecke", "remains an inseparable part of Baden-Württemberg", "optional")
Q(d, "Federal Foreign Office", "does not accept any change to the status of Büsingen", "optional")
Q(d, "Germany", "does not accept any change to the status of Büsingen", "optional")
Q(d, "Federal Foreign Office", "remains an inseparable part of Baden-Württemberg", "optional")
Q(d, "Germany", "remains an inseparable part of Baden-Württemberg", "optional")
Q(d, "Claudia Ruef", "Enclaves survive because both states find them convenient")
Q(d, "Claudia Ruef", "Büsingen is convenient for Switzerland as a customs area")
Q(d, "Claudia Ruef", "The day one of them stops finding it convenient")
Q(d, "Reto Wipf", "at least listen", "optional")
Q(d, "Reto Wipf", "predictable", "optional")
A(d, "My grandfather was German, my grandson is Swiss")
S(d, "Switzerland", "recognises", ["Büsingen"], "Switzerland recognises Büsingen as part of Germany")
S(d, "Switzerland", "recognises", ["Campione d'Italia", "Campione"], "We recognise Campione as Italian territory")
S(d, "Austria", "recognises", ["Büsingen"], "recognises Büsingen as German")
S(d, "Germany", "recognises", ["Büsingen"], "remains an inseparable part of Baden-Württemberg", "optional")
P(d, "Markus Ehrat", ["chairman", "chair"], ["Büsingen zur Schweiz"], "Its chairman, Markus Ehrat")
P(d, "Markus Ehrat", ["customs officer"], [], "a retired Swiss customs officer", "optional", True)
P(d, "Vera Hollenstein-Maier", ["mayor"], ["Büsingen"], "The mayor of Büsingen, Vera Hollenstein-Maier")
P(d, "Annelies Gubler", ["Federal Councillor"], [], "Federal Councillor Annelies Gubler")
P(d, "Annelies Gubler", ["head", "heads", "chief"], ["Federal Department of Foreign Affairs", "FDFA"], "who heads the FDFA")
P(d, "Thilo Warnecke", ["spokesman", "spokesperson"], ["Federal Foreign Office", "German Foreign Office"], "A spokesman for the German Foreign Office, Thilo Warnecke")
P(d, "Claudia Ruef", ["professor"], ["University of St. Gallen"], "Claudia Ruef, professor of public international law at the University of St. Gallen")
P(d, "Reto Wipf", ["member of the National Council", "National Councillor", "member"], ["National Council"], "The Schaffhausen member of the National Council Reto Wipf (SVP)", "optional")
P(d, "Reto Wipf", ["farmer"], [], "a farmer from Thayngen", "optional")
P(d, "Lukas Brändli", ["correspondent"], ["Neue Zürcher Zeitung", "NZZ"], "Lukas Brändli is NZZ's correspondent for eastern Switzerland")
R(d, "Rosmarie Ehrat", "spouse", "Markus Ehrat", "His wife, Rosmarie Ehrat")
R(d, "Büsingen", "locatedIn", "Konstanz", "Büsingen belongs to the district of Konstanz")
R(d, "Konstanz", "locatedIn", "Baden-Württemberg", "the district of Konstanz in the state of Baden-Württemberg")
R(d, "Germany", "sharesBorderWith", "Switzerland", "Germany shares a border with Switzerland")
R(d, "Austria", "sharesBorderWith", "Germany", "Austria, which also borders both Germany and Switzerland")
R(d, "Austria", "sharesBorderWith", "Switzerland", "Austria, which also borders both Germany and Switzerland")
R(d, "Annelies Gubler", "memberOf", "The Centre", "Gubler, a member of The Centre party")
R(d, "Reto Wipf", "memberOf", "SVP", "Reto Wipf (SVP)")
not_person += ["Büsingen", "Büsingen zur Schweiz", "Schaffhausen", "Konstanz", "Campione", "Jungholz", "Thayngen",
               "NZZ", "Federal Councillor", "FDFA", "SVP", "Rhine", "Federal Republic"]

# ---------------- 02
d = 1
for n, a in [("Sophie Vanderstraeten", "Vanderstraeten"), ("Pieter Geens", "Geens"), ("Heinz-Dieter Kall", "Kall"),
             ("Élise Darcis-Lemaire", "Darcis-Lemaire"), ("Jana Oberhoff", "Oberhoff"),
             ("Olivier Schröder-Kessel", "Schröder-Kessel"), ("Anke Pfeiffer", "Pfeiffer"), ("Guy Thonon", "Thonon")]:
    E(d, "Person", n, a)
E(d, "Organization", "The Bulletin")
E(d, "Organization", "Belga")
E(d, "Organization", "Mouvement Réformateur", "MR")
E(d, "Organization", "Federal Foreign Office")
E(d, "Organization", "German-speaking Community")
E(d, "Organization", "RWTH Aachen University")
E(d, "Organization", "East Belgium Tourism Agency")
E(d, "Organization", "NATO")
E(d, "Organization", "European Union")
E(d, "Country", "Belgium")
E(d, "Country", "Germany")
E(d, "Country", "Luxembourg")
E(d, "Territory", "Vennbahn", "Vennbahn strip")
for n in ["Eupen", "Monschau", "Mützenich", "Ruitzhof", "Eupen-Malmedy", "North Rhine-Westphalia", "Brussels",
          "Berlin", "Namur", "Raeren", "High Fens", "East Belgium"]:
    E(d, "Place", n)
Q(d, "Élise Darcis-Lemaire", "not a metre", "optional")
Q(d, "Belgium", "not a metre", "optional")
U(d, "a modern settlement")
Q(d, "Heinz-Dieter Kall", "The trains stopped decades ago and the reason for the border went with them")
Q(d, "Heinz-Dieter Kall", "Our residents have to ask Belgian police")
Q(d, "Élise Darcis-Lemaire", "Belgium does not accept that a single metre of the Vennbahn is up for negotiation")
Q(d, "Élise Darcis-Lemaire", "The border was fixed by treaty, confirmed in 1956")
Q(d, "Jana Oberhoff", "The federal government respects the border as it stands")
Q(d, "Jana Oberhoff", "We have no intention of asking Belgium to change it")
Q(d, "Olivier Schröder-Kessel", "a local gesture that should stay local", "optional")
Q(d, "Olivier Schröder-Kessel", "We live with Germany every day, as friends and neighbours")
Q(d, "Anke Pfeiffer", "A border drawn for a railway", "optional")
Q(d, "Anke Pfeiffer", "In 1920 nobody drew this border for the people of Mützenich")
Q(d, "Anke Pfeiffer", "They drew it for a locomotive that needed to reach Luxembourg")
Q(d, "Anke Pfeiffer", "What is left today is a border drawn for a railway that no longer exists")
Q(d, "Guy Thonon", "Nobody on a bike asks whose tarmac it is")
S(d, "Belgium", "doesNotRecognise", ["Vennbahn"], "Belgium rejects any claim by Germany to the Vennbahn", "optional")
S(d, "Belgium", "recognises", ["Vennbahn"], "Belgium does not accept that a single metre of the Vennbahn is up for negotiation", "optional")
S(d, "Germany", "recognises", ["Vennbahn"], "Germany has recognised Belgian sovereignty over the Vennbahn")
P(d, "Heinz-Dieter Kall", ["mayor"], ["Monschau"], "Monschau’s mayor, Heinz-Dieter Kall")
P(d, "Élise Darcis-Lemaire", ["Foreign Minister"], [], "Foreign Minister Élise Darcis-Lemaire")
P(d, "Jana Oberhoff", ["spokeswoman", "spokesperson"], ["Federal Foreign Office"], "a spokeswoman, Jana Oberhoff")
P(d, "Olivier Schröder-Kessel", ["Minister-President"], ["German-speaking Community"], "Its Minister-President, Olivier Schröder-Kessel")
P(d, "Anke Pfeiffer", ["historian"], ["RWTH Aachen University"], "Dr Anke Pfeiffer, a historian at RWTH Aachen University")
P(d, "Guy Thonon", ["head", "heads", "chief"], ["East Belgium Tourism Agency"], "who heads the East Belgium Tourism Agency")
P(d, "Guy Thonon", ["alderman"], ["Raeren"], "a former alderman of Raeren", former=True)
R(d, "Germany", "invaded", "Belgium", "Germany invaded Belgium in 1914")
R(d, "Germany", "annexed", "Eupen-Malmedy", "it annexed Eupen-Malmedy outright")
R(d, "Belgium", "sharesBorderWith", "Germany", "Belgium shares a border with Germany")
R(d, "Belgium", "memberOf", "NATO", "Belgium and Germany are both members of NATO and the European Union")
R(d, "Belgium", "memberOf", "European Union", "Belgium and Germany are both members of NATO and the European Union")
R(d, "Germany", "memberOf", "NATO", "Belgium and Germany are both members of NATO and the European Union")
R(d, "Germany", "memberOf", "European Union", "Belgium and Germany are both members of NATO and the European Union")
R(d, "Mützenich", "locatedIn", "Monschau", "Mützenich, a district of Monschau")
R(d, "Monschau", "locatedIn", "North Rhine-Westphalia", "a district of Monschau in North Rhine-Westphalia")
R(d, "German-speaking Community", "locatedIn", "Eupen", "The German-speaking Community, whose seat is in Eupen")
R(d, "Élise Darcis-Lemaire", "memberOf", "Mouvement Réformateur", "Foreign Minister Élise Darcis-Lemaire (MR)")
not_person += ["Vennbahn", "Monschau", "Mützenich", "Ruitzhof", "Eupen", "Belga", "MR", "Raeren", "High Fens",
               "Minister-President", "Versailles"]

# ---------------- 03
d = 2
for n, a in [("Philippe Arsenault", "Arsenault"), ("Kevin Morrisette", "Morrisette"),
             ("Mathilde Cossette-Vigneault", "Cossette-Vigneault"), ("Hélène Vautrin-Lacaze", "Vautrin-Lacaze"),
             ("Dominic Saint-Aubin", "Saint-Aubin"), ("Yannick Thériault", "Thériault"),
             ("Carl Brennaman", "Brennaman"), ("Noémie Drapeau", "Drapeau"), ("Étienne Roy-Paquin", "Roy-Paquin"),
             ("Frédérique Lanctôt-Weiss", "Lanctôt-Weiss")]:
    E(d, "Person", n, a)
E(d, "Organization", "Montreal Gazette")
E(d, "Organization", "Postmedia Network Inc.", "Postmedia")
E(d, "Organization", "Parti Québécois", "PQ")
E(d, "Organization", "Bloc Québécois", "Bloc")
E(d, "Organization", "State Department")
E(d, "Organization", "House of Commons")
E(d, "Organization", "Université de Montréal")
E(d, "Organization", "Délégation générale du Québec")
E(d, "Organization", "National Assembly")
E(d, "Organization", "NATO")
E(d, "Organization", "Organisation internationale de la Francophonie")
for n in ["France", "Canada", "United States", "Belgium", "Switzerland"]:
    E(d, "Country", n)
E(d, "Territory", "Quebec")
for n in ["Paris", "Ottawa", "Quebec City", "Joliette", "Washington"]:
    E(d, "Place", n)
U(d, "where they were in 1995")
Q(d, "Parti Québécois", "Un pays, un jour", "optional")
Q(d, "Hélène Vautrin-Lacaze", "has never recognized Quebec as a sovereign state and does not speculate", "optional")
Q(d, "France", "has never recognized Quebec as a sovereign state and does not speculate", "optional")
Q(d, "Hélène Vautrin-Lacaze", "Our friendship with Quebec is not conditional on its constitutional status")
Q(d, "Hélène Vautrin-Lacaze", "It existed before the question and it will exist after")
Q(d, "Mathilde Cossette-Vigneault", "Nobody expected France to recognize a country that does not yet exist")
Q(d, "Mathilde Cossette-Vigneault", "What we heard is that France will be there")
Q(d, "Dominic Saint-Aubin", "Quebec is part of Canada, and the Government of Canada")
Q(d, "Yannick Thériault", "condescending", "optional")
Q(d, "Carl Brennaman", "considers Quebec part of Canada", "optional")
Q(d, "United States", "considers Quebec part of Canada", "optional")
Q(d, "State Department", "considers Quebec part of Canada", "optional")
Q(d, "Noémie Drapeau", "France recognizes states, not intentions")
Q(d, "Noémie Drapeau", "In 1995 the signals were stronger")
Q(d, "Noémie Drapeau", "Today there is no date, no question and no majority in the polls")
Q(d, "Frédérique Lanctôt-Weiss", "a very expensive dinner", "optional")
Q(d, "Frédérique Lanctôt-Weiss", "The premier went to Paris to ask a question that Quebecers have not asked")
S(d, "France", "doesNotRecognise", ["Quebec"], "has never recognized Quebec as a sovereign state")
S(d, "Canada", "recognises", ["Quebec"], "Canada considers Quebec an integral part of the federation", "optional")
S(d, "United States", "recognises", ["Quebec"], "considers Quebec part of Canada")
P(d, "Mathilde Cossette-Vigneault", ["Premier"], [], "Premier Mathilde Cossette-Vigneault")
P(d, "Mathilde Cossette-Vigneault", ["leader"], ["Parti Québécois", "PQ"], "The Parti Québécois leader")
P(d, "Hélène Vautrin-Lacaze", ["Foreign Minister"], ["France", "French"], "French Foreign Minister Hélène Vautrin-Lacaze")
P(d, "Dominic Saint-Aubin", ["Intergovernmental Affairs Minister", "Minister"], [], "Intergovernmental Affairs Minister Dominic Saint-Aubin")
P(d, "Yannick Thériault", ["MP"], ["Bloc Québécois", "Joliette"], "The Bloc Québécois MP for Joliette, Yannick Thériault", "optional")
P(d, "Carl Brennaman", ["spokesperson"], ["State Department"], "State Department spokesperson Carl Brennaman")
P(d, "Noémie Drapeau", ["political scientist"], ["Université de Montréal"], "Noémie Drapeau, a political scientist at the Université de Montréal")
P(d, "Étienne Roy-Paquin", ["filmmaker", "documentary filmmaker"], [], "the documentary filmmaker Étienne Roy-Paquin", "optional")
P(d, "Frédérique Lanctôt-Weiss", ["Opposition Leader", "Liberal Opposition Leader"], [], "Liberal Opposition Leader Frédérique Lanctôt-Weiss")
R(d, "Mathilde Cossette-Vigneault", "spouse", "Étienne Roy-Paquin", "her husband, the documentary filmmaker Étienne Roy-Paquin")
R(d, "United States", "sharesBorderWith", "Canada", "the United States, which shares the longest land border in the world with Canada")
R(d, "Canada", "memberOf", "NATO", "Canada and France are both members of NATO")
R(d, "France", "memberOf", "NATO", "Canada and France are both members of NATO")
R(d, "Canada", "memberOf", "Organisation internationale de la Francophonie", "both members of NATO and of the Organisation internationale de la Francophonie")
R(d, "France", "memberOf", "Organisation internationale de la Francophonie", "both members of NATO and of the Organisation internationale de la Francophonie")
R(d, "Yannick Thériault", "memberOf", "Bloc Québécois", "The Bloc Québécois MP for Joliette, Yannick Thériault")
R(d, "Mathilde Cossette-Vigneault", "memberOf", "Parti Québécois", "The Parti Québécois leader")
R(d, "National Assembly", "locatedIn", "Quebec City", "the National Assembly in Quebec City")
R(d, "Délégation générale du Québec", "locatedIn", "Paris", "the Délégation générale du Québec in Paris")
not_person += ["Quebec", "Quebec City", "Joliette", "Ottawa", "Paris", "Postmedia", "PQ", "Bloc", "Premier",
               "Eiffel Tower", "Délégation générale du Québec", "Yes"]

# ---------------- 04
d = 3
for n, a in [("Rana Haddad-Tohme", "Haddad-Tohme"), ("Karim Abou Jaoudeh", "Abou Jaoudeh"), ("Qassem Jaafar", "Jaafar"),
             ("Bassam Al-Khouli", "Al-Khouli"), ("Nadim Karam-Sfeir", "Karam-Sfeir"),
             ("Jean-Marc Delorme-Bastide", "Delorme-Bastide"), ("Kamel Dandash-Moussa", "Dandash-Moussa"),
             ("Lina Sayegh", "Sayegh")]:
    E(d, "Person", n, a)
E(d, "Person", "Fatima Jaafar")
E(d, "Organization", "Beirut Today")
E(d, "Organization", "Hezbollah")
E(d, "Organization", "Amal Movement", "Amal")
E(d, "Organization", "Lebanese American University")
E(d, "Organization", "Lebanese Army")
E(d, "Organization", "Arab League")
for n in ["Lebanon", "Syria", "France", "Israel"]:
    E(d, "Country", n)
E(d, "Territory", "Tfail")
for n in ["Baalbek-Hermel Governorate", "Beirut", "Damascus", "Baalbek", "Bekaa"]:
    E(d, "Place", n)
ents["Baalbek-Hermel Governorate"]["aliases"].append("Baalbek-Hermel")
Q(d, "Qassem Jaafar", "We are Lebanese on paper and Syrian on the road")
Q(d, "Qassem Jaafar", "Every winter the snow closes the mountain track")
Q(d, "Fatima Jaafar", "The nearest Lebanese hospital is three hours away")
Q(d, "Syria", "Tfail is Lebanese", "optional")
Q(d, "Syria", "recognises Tfail as Lebanese territory and has no claim to it", "optional")
Q(d, "Bassam Al-Khouli", "There is no dispute over Tfail")
Q(d, "Bassam Al-Khouli", "There is a road, and a road can be solved by engineers")
Q(d, "Nadim Karam-Sfeir", "Lebanon does not accept that its sovereignty over Tfail is a subject for negotiation")
Q(d, "Nadim Karam-Sfeir", "The road is. The village is not.")
Q(d, "Jean-Marc Delorme-Bastide", "France backs Lebanon’s sovereignty over Tfail, as it backs")
Q(d, "Kamel Dandash-Moussa", "Tfail needs a road, a school and a hospital")
Q(d, "Lina Sayegh", "For fifty years Damascus avoided putting anything about this border in writing")
Q(d, "Lina Sayegh", "A written recognition of Tfail, even of one village, is a precedent")
S(d, "Syria", "recognises", ["Tfail"], "recognises Tfail as Lebanese territory and has no claim to it")
S(d, "France", "recognises", ["Tfail"], "backs Lebanon’s sovereignty over Tfail")
S(d, "Lebanon", "recognises", ["Tfail"], "its sovereignty over Tfail", "optional")
P(d, "Qassem Jaafar", ["mukhtar"], ["Tfail"], "Qassem Jaafar, Tfail’s mukhtar")
P(d, "Bassam Al-Khouli", ["deputy foreign minister"], ["Syria"], "Syria’s deputy foreign minister, Bassam Al-Khouli")
P(d, "Nadim Karam-Sfeir", ["Foreign Minister"], [], "Foreign Minister Nadim Karam-Sfeir")
P(d, "Jean-Marc Delorme-Bastide", ["Ambassador", "French Ambassador"], ["France", "French", "Lebanon"], "French Ambassador to Lebanon Jean-Marc Delorme-Bastide")
P(d, "Kamel Dandash-Moussa", ["MP"], ["Amal Movement", "Amal", "Baalbek-Hermel"], "an Amal Movement MP for Baalbek-Hermel", "optional")
P(d, "Lina Sayegh", ["political geographer", "geographer"], ["Lebanese American University"], "Dr Lina Sayegh, a political geographer at the Lebanese American University")
P(d, "Lina Sayegh", ["adviser", "advisor"], ["Lebanese Army"], "a former adviser to the Lebanese Army", former=True)
P(d, "Rana Haddad-Tohme", ["reporter"], ["Beirut Today"], "Rana Haddad-Tohme is a reporter at Beirut Today")
R(d, "Tfail", "locatedIn", "Baalbek-Hermel Governorate", "Tfail sits in the Baalbek-Hermel Governorate")
R(d, "Tfail", "locatedIn", "Lebanon", "Tfail sits in the Baalbek-Hermel Governorate, in the far north-east of Lebanon")
R(d, "Lebanon", "sharesBorderWith", "Syria", "Lebanon shares a border of about 375 kilometres with Syria")
R(d, "Lebanon", "memberOf", "Arab League", "Lebanon and Syria are both members of the Arab League")
R(d, "Syria", "memberOf", "Arab League", "Lebanon and Syria are both members of the Arab League")
R(d, "Israel", "invaded", "Lebanon", "Israel, which invaded Lebanon in 1982")
R(d, "Israel", "sharesBorderWith", "Lebanon", "which invaded Lebanon in 1982 and shares its southern border")
R(d, "Fatima Jaafar", "spouse", "Qassem Jaafar", "His wife, Fatima Jaafar")
R(d, "Kamel Dandash-Moussa", "memberOf", "Amal Movement", "an Amal Movement MP for Baalbek-Hermel")
not_person += ["Tfail", "Baalbek", "Baalbek-Hermel", "Bekaa", "Hezbollah", "Amal", "mukhtar", "Beirut Today", "Hermel"]

# ---------------- 05
d = 4
for n, a in [("Jessie Montaño", "Montaño"), ("Gabriela Campos", "Campos"), ("Teresa Lucero-Hahn", "Lucero-Hahn"),
             ("Margaret Ochoa", "Ochoa"), ("Rubén Trujillo-Vance", "Trujillo-Vance"), ("Amanda Pacheco", "Pacheco"),
             ("Dana Whitfield", "Whitfield")]:
    E(d, "Person", n, a)
E(d, "Person", "Eloy Gallegos")
E(d, "Person", "Rosa Gallegos")
E(d, "Organization", "The Santa Fe New Mexican", "Santa Fe New Mexican", "The New Mexican")
E(d, "Organization", "Santa Fe City Council")
E(d, "Organization", "Southside Library")
E(d, "Organization", "La Farge branch", "La Farge")
E(d, "Organization", "Finance Committee")
E(d, "Organization", "New Mexico Department of Cultural Affairs")
E(d, "Organization", "Studio Amarillo Architects")
E(d, "Organization", "Friends of the Santa Fe Public Library")
for n in ["Santa Fe", "New Mexico", "Albuquerque", "Santa Fe County", "Agua Fría"]:
    E(d, "Place", n)
Q(d, "Teresa Lucero-Hahn", "This is the part of town where most of our kids live")
Q(d, "Teresa Lucero-Hahn", "Tonight we fixed that")
Q(d, "Margaret Ochoa", "We have teenagers doing homework on the floor")
Q(d, "Rubén Trujillo-Vance", "I want this built")
Q(d, "Amanda Pacheco", "Nobody's property taxes go up because of this vote")
Q(d, "Dana Whitfield", "Shade is infrastructure in this city")
Q(d, "Dana Whitfield", "A garden on the west side of that wall")
Q(d, "Rosa Gallegos", "We came here for story time with our daughter")
Q(d, "Eloy Gallegos", "Forty parking spaces or a garden?")
Q(d, "Friends of the Santa Fe Public Library", "long overdue", "optional")
P(d, "Teresa Lucero-Hahn", ["Mayor"], [], "Mayor Teresa Lucero-Hahn")
P(d, "Margaret Ochoa", ["Library Director", "Director"], [], "Library Director Margaret Ochoa")
P(d, "Rubén Trujillo-Vance", ["Councilor"], [], "District 4 Councilor Rubén Trujillo-Vance", "optional")
P(d, "Amanda Pacheco", ["Councilor"], [], "Councilor Amanda Pacheco", "optional")
P(d, "Amanda Pacheco", ["chair", "chairs"], ["Finance Committee"], "who chairs the council's Finance Committee")
P(d, "Dana Whitfield", ["architect", "project architect"], ["Studio Amarillo Architects"], "Project architect Dana Whitfield of Studio Amarillo Architects")
R(d, "Eloy Gallegos", "spouse", "Rosa Gallegos", "Eloy and Rosa Gallegos, who have been married for 43 years")
R(d, "Santa Fe", "locatedIn", "New Mexico", "Santa Fe, the capital of New Mexico")
R(d, "Studio Amarillo Architects", "locatedIn", "Albuquerque", "Studio Amarillo Architects, an Albuquerque firm")
not_person += ["Southside Library", "Santa Fe", "Cerrillos Road", "Airport Road", "Agua Fría", "La Farge",
               "Studio Amarillo", "Midtown", "Pasatiempo", "Councilor"]

gold = {"about": ABOUT, "documents": D, "near_duplicates": [], "entities": list(ents.values()),
        "not_person": not_person, "quotes": quotes, "unattributed": unattributed, "anonymous": anonymous,
        "stances": stances, "positions": positions, "relations": relations}
(HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
