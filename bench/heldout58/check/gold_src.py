#!/usr/bin/env python3
"""Writes bench/heldout58/gold.json: the hand-made gold standard for heldout58/articles.

Conventions: `key` is a verbatim stretch of the quote's own words. `required` quotes are full statements
with an explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
colon quotes, split quotes and continuations; partial quotes, headline/deck/subhead echoes and second
holders of the same words are `optional`. Anonymous speakers are not listed, so attributing their words
counts as wrong. `unattributed` lists scare quotes, coined terms and quoted related headlines.
Stances: polarity follows the wording (positive verbs give recognises; negated, rejecting or withdrawn
recognition gives doesNotRecognise). Questions, hypotheticals, conditionals and `is expected to recognise`
are not stances. A country's own claim is optional. Positions: title as stated for a named person,
`former` for earlier posts. Relations: as stated in the text. Every stance, position and relation carries
`docs` and a verbatim `evidence` string from its article.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
A1, A2, A3, A4, A5 = ("01_jamnews_abkhazia.txt", "02_ifpnews_alov_field.txt",
                      "03_jamaicaobserver_bajo_nuevo.txt", "04_catalannews_llivia.txt",
                      "05_brandonsun_rideau_splash_pad.txt")
DOCS = [A1, A2, A3, A4, A5]

entities = []
def E(t, name, *aliases):
    entities.append({"type": t, "name": name, "aliases": list(aliases)})
P = lambda *a: E("Person", *a)
O = lambda *a: E("Organization", *a)
C = lambda *a: E("Country", *a)
T = lambda *a: E("Territory", *a)
PL = lambda *a: E("Place", *a)

# countries (shared)
C("Georgia", "Tbilisi"); C("Russia", "Moscow"); C("Syria", "Damascus", "Syrian Arab Republic")
C("Nicaragua", "Managua"); C("Ukraine", "Kyiv"); C("Venezuela", "Caracas")
C("Iran", "Tehran", "Islamic Republic"); C("Azerbaijan", "Baku"); C("Turkey", "Ankara")
C("Kazakhstan", "Astana"); C("Turkmenistan", "Ashgabat")
C("Jamaica", "Kingston"); C("Colombia", "Bogotá"); C("Honduras"); C("United States", "Washington")
C("France", "Paris"); C("Spain", "Madrid"); C("Andorra")
# 01
P("Salome Japaridze", "Japaridze"); P("Giorgi Baramia", "Baramia"); P("Bassel Haddour", "Haddour")
P("Levan Tsiklauri", "Tsiklauri"); P("Astamur Kvarchia", "Kvarchia"); P("Grigory Lavrentyev", "Lavrentyev")
P("Mercedes Zeledón", "Zeledón"); P("Ketevan Mamaladze", "Mamaladze"); P("Zurab Nadaraia", "Nadaraia")
P("Eka Nadaraia"); P("Irakli Tsomaia", "Tsomaia")
T("Abkhazia", "Republic of Abkhazia"); PL("Sukhumi"); PL("Gali")
O("JAMnews"); O("Syrian Ministry of Foreign Affairs"); O("Council of Europe"); O("Georgian Dream")
O("RIA Novosti"); O("Ilia State University"); O("Radio Tavisupleba"); O("Ukrainian Ministry of Foreign Affairs")
# 02
P("Reza Tabatabaei", "Tabatabaei"); P("Mehdi Farrokhzad", "Farrokhzad"); P("Mohsen Karimabadi", "Karimabadi")
P("Leyla Huseynzade", "Huseynzade"); P("Ayşe Korkmaz", "Korkmaz"); P("Pavel Sedykh", "Sedykh")
P("Hamidreza Tavakoli", "Tavakoli"); P("Parisa Soltani", "Soltani")
T("Alov field", "Alov", "Alborz"); PL("Caspian Sea"); PL("Aktau"); PL("Astara"); PL("Gilan")
O("IFP News", "IFP"); O("SOCAR"); O("BP"); O("Anadolu"); O("Majlis"); O("University of Tehran")
O("Iran Daily"); O("Iran's Foreign Ministry")
# 03
P("Odette Campbell-Fraser", "Campbell-Fraser"); P("Kareem Lindo", "Lindo"); P("Desmond Walters", "Desmond 'Bigga' Walters", "Walters")
P("Paulette Walters"); P("Marcia Whyte-Blake", "Whyte-Blake"); P("Andrés Felipe Londoño", "Londoño")
P("Rosa Elvir Mejía", "Elvir Mejía"); P("Mikael Stennett", "Stennett"); P("Nigel Ashcroft", "Ashcroft")
T("Bajo Nuevo", "Bajo Nuevo Bank"); PL("Old Harbour Bay"); PL("St Catherine"); PL("Montego Bay")
O("Jamaica Observer", "Observer"); O("Embassy of Colombia"); O("International Court of Justice")
O("People's National Party"); O("CARICOM"); O("The University of the West Indies"); O("Western Mirror")
O("Association of Caribbean States")
# 04
P("Montse Vilaró", "Vilaró"); P("Jordi Casals i Pujol", "Casals"); P("Hélène Marchetti", "Marchetti")
P("Claire Dufresne", "Dufresne"); P("José Ramón Ibarrola", "Ibarrola"); P("Meritxell Pons Casadevall", "Pons Casadevall")
P("Núria Sabaté", "Sabaté"); P("Pere Bosom", "Bosom"); P("Anna Ribas", "Ribas")
T("Llívia"); PL("Puigcerdà"); PL("Cerdanya"); PL("Girona"); PL("Pyrénées-Orientales"); PL("Catalonia")
O("Catalan News Agency", "ACN", "Catalan News"); O("Republican Left of Catalonia", "ERC"); O("Quai d'Orsay")
O("Generalitat"); O("University of Girona"); O("European Union"); O("Schengen area")
# 05
P("Kyle Pettigrew", "Pettigrew"); P("Tim Smallwood", "Smallwood"); P("Gord Halvorsen", "Halvorsen")
P("Priya Deschambault", "Deschambault"); P("Larry Vandersteen", "Vandersteen"); P("Marc Ouellette", "Ouellette")
P("Tanya Bjornson"); P("Curtis Bjornson"); P("Edna Froese", "Froese")
PL("Brandon"); PL("Manitoba"); PL("Winnipeg"); PL("Rideau Park")
O("The Brandon Sun", "Brandon Sun"); O("Westoba Credit Union"); O("Brandon School Division")
O("Brandon Regional Health Centre"); O("Portage Daily Graphic"); O("Brandon city council")

not_person = ["JAMnews", "RIA Novosti", "Ilia State University", "Georgian Dream", "Sukhumi", "Tbilisi",
              "Radio Tavisupleba", "Council of Europe", "IFP News", "SOCAR", "Anadolu", "Majlis", "Astara",
              "Iran Daily", "Jamaica Observer", "Old Harbour Bay", "CARICOM", "Western Mirror", "St Catherine",
              "Catalan News", "ACN", "Quai d'Orsay", "Generalitat", "Puigcerdà", "Llívia", "Cerdanya",
              "Brandon Sun", "Westoba Credit Union", "Rideau Park", "Kinsmen", "Portage Daily Graphic"]

quotes = []
def Q(doc, speaker, key, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
# 01
Q(A1, "Bassel Haddour", "The Syrian Arab Republic respects the territorial integrity of Georgia")
Q(A1, "Bassel Haddour", "The page is turned, and Syria will open an embassy in Tbilisi")
Q(A1, "Bassel Haddour", "The page is turned", "optional")
Q(A1, "Syrian Ministry of Foreign Affairs", "The Syrian Arab Republic respects the territorial integrity", "optional")
Q(A1, "Levan Tsiklauri", "This is a return to international law. Abkhazia is Georgia")
Q(A1, "Levan Tsiklauri", "will never accept a border drawn by occupation", "optional")
Q(A1, "Levan Tsiklauri", "We are talking to everyone, and we are patient people")
Q(A1, "Levan Tsiklauri", "A return to international law", "optional")
Q(A1, "Astamur Kvarchia", "We did not choose our friends for one season")
Q(A1, "Astamur Kvarchia", "Syria stood with us when few did")
Q(A1, "Astamur Kvarchia", "does not need anyone's permission to exist", "optional")
Q(A1, "Astamur Kvarchia", "Not for one season", "optional")
Q(A1, "Grigory Lavrentyev", "Nothing changes for us. Our treaties with Sukhumi remain in force")
Q(A1, "Grigory Lavrentyev", "nothing changes for us", "optional")
Q(A1, "Russia", "nothing changes for us", "optional")
Q(A1, "Mercedes Zeledón", "Nicaragua recognises the Republic of Abkhazia and will continue to do so")
Q(A1, "Ketevan Mamaladze", "Damascus needs reconstruction money, and Georgia is a cheap gesture")
Q(A1, "Ketevan Mamaladze", "Symbols matter", "optional")
Q(A1, "Zurab Nadaraia", "One country leaving the list does not bring a single family back")
Q(A1, "Zurab Nadaraia", "People want roads and pensions, not communiqués")
Q(A1, "Irakli Tsomaia", "work quietly in Caracas and Managua", "optional")
# 02
Q(A2, "Mohsen Karimabadi", "Any drilling in Alborz without an agreement with Iran has no legal basis")
Q(A2, "Mohsen Karimabadi", "We have conveyed this to our friends in Baku clearly and in writing")
Q(A2, "Mohsen Karimabadi", "settle this as neighbours and not through rigs", "optional")
Q(A2, "Mohsen Karimabadi", "has no legal basis", "optional")
Q(A2, "Iran", "has no legal basis", "optional")
Q(A2, "Leyla Huseynzade", "entirely within the Azerbaijani sector of the Caspian Sea", "optional")
Q(A2, "Leyla Huseynzade", "Azerbaijan has never hidden its plans")
Q(A2, "Ayşe Korkmaz", "One nation, two states. Whatever concerns Baku concerns us")
Q(A2, "Pavel Sedykh", "would recognise any line that Tehran and Baku agree between themselves", "optional")
Q(A2, "Pavel Sedykh", "The Caspian is a sea of peace, and we will keep it that way")
Q(A2, "Hamidreza Tavakoli", "For twenty years we issued statements while others laid pipes")
Q(A2, "Hamidreza Tavakoli", "hears the drilling before Tehran does", "optional")
Q(A2, "Parisa Soltani", "The Convention gives us a framework but no line")
Q(A2, "Parisa Soltani", "is a political position more than a legal one", "optional")
# 03
Q(A3, "Desmond Walters", "They took our catch and our GPS, and they told us this is Colombia")
Q(A3, "Desmond Walters", "They took our catch and our GPS", "optional")
Q(A3, "Desmond Walters", "I have fished that bank for thirty years")
Q(A3, "Paulette Walters", "Nobody from Colombia called us. We heard it from another boat")
Q(A3, "Marcia Whyte-Blake", "Jamaica does not accept Colombia’s claim to Bajo Nuevo, and it never has")
Q(A3, "Marcia Whyte-Blake", "Our fishers have a right to be there")
Q(A3, "Marcia Whyte-Blake", "We are a small country, but we are not a silent one")
Q(A3, "Marcia Whyte-Blake", "not answer hypotheticals", "optional")
Q(A3, "Embassy of Colombia", "forms part of the Archipelago of San Andrés", "optional")
Q(A3, "Embassy of Colombia", "acted in accordance with Colombian law", "optional")
Q(A3, "Andrés Felipe Londoño", "We value our friendship with Jamaica")
Q(A3, "Mikael Stennett", "late and timid", "optional")
Q(A3, "Mikael Stennett", "These are my constituents. If a Colombian ship can arrest them today")
Q(A3, "Mikael Stennett", "The Government must take this to CARICOM and to the court")
Q(A3, "Nigel Ashcroft", "There is a 1993 maritime treaty between Jamaica and Colombia")
Q(A3, "Nigel Ashcroft", "That silence cuts both ways")
# 04
Q(A4, "Jordi Casals i Pujol", "Six months of nights without a road is six months without an ambulance")
Q(A4, "Jordi Casals i Pujol", "We are an island of Spain, and we want a bridge, not a wall")
Q(A4, "Hélène Marchetti", "No one wants to isolate Llívia. Emergency vehicles will always be able to pass")
Q(A4, "Claire Dufresne", "has never questioned the Treaty of the Pyrenees", "optional")
Q(A4, "Claire Dufresne", "This is a question of asphalt, not of sovereignty")
Q(A4, "Claire Dufresne", "not in question", "optional")
Q(A4, "France", "not in question", "optional")
Q(A4, "José Ramón Ibarrola", "Paris has given us every guarantee, and the works will be coordinated")
Q(A4, "José Ramón Ibarrola", "Llívia is Spain, and Spain does not forget its smallest towns")
Q(A4, "Núria Sabaté", "a mistake of grammar that became a border", "optional")
Q(A4, "Núria Sabaté", "The negotiators in 1660 counted villages, and Llívia had the title of town")
Q(A4, "Núria Sabaté", "Three and a half centuries later we still live with that comma")
Q(A4, "Pere Bosom", "My bread crosses the border twice a day. Nobody asks it for papers")
# 05
Q(A5, "Gord Halvorsen", "This is the park where half of Brandon learned to swim")
Q(A5, "Gord Halvorsen", "Kids in the East End deserve the same summer as kids everywhere else")
Q(A5, "Priya Deschambault", "I have knocked on every door on Rideau Avenue")
Q(A5, "Priya Deschambault", "We listened, and we found the money without raising a single tax")
Q(A5, "Larry Vandersteen", "look like the surface of the moon", "optional")
Q(A5, "Larry Vandersteen", "I'm not against children having fun")
Q(A5, "Larry Vandersteen", "I'm against spending money we promised to the streets")
Q(A5, "Marc Ouellette", "The wading pool lost about forty thousand litres a day through cracks")
Q(A5, "Marc Ouellette", "The splash pad will pay back part of its cost in water alone")
Q(A5, "Tanya Bjornson", "We've been driving to the Kinsmen pad across town every summer")
Q(A5, "Tanya Bjornson", "Now my kids can walk there in two minutes")
Q(A5, "Edna Froese", "It was the pride of the street")
Q(A5, "Edna Froese", "and I hope the new one will be too")

unattributed = ["A road to nowhere", "Caspian is not a lake", "Fishers first", "Bigga", "neutral road",
                "town", "A town apart", "A summer ritual"]

stances = []
def S(doc, country, stance, terr, evidence, status="required"):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "evidence": evidence, "status": status})
S(A1, "Syria", "doesNotRecognise", ["Abkhazia"], "Syria has withdrawn its recognition of Abkhazia's independence")
S(A1, "Syria", "recognises", ["Georgia"], "respects the territorial integrity of Georgia within its internationally recognised borders", "optional")
S(A1, "Russia", "recognises", ["Abkhazia"], "Moscow continues to recognise Abkhazia as an independent state")
S(A1, "Georgia", "doesNotRecognise", ["Abkhazia"], "has never recognised the self-declared republic")
S(A1, "Nicaragua", "recognises", ["Abkhazia", "Republic of Abkhazia"], "Nicaragua recognises the Republic of Abkhazia and will continue to do so")
S(A1, "Ukraine", "doesNotRecognise", ["Abkhazia"], "Ukraine has never recognised Abkhazia's independence")
S(A2, "Iran", "doesNotRecognise", ["Alov", "Alborz"], "the Islamic Republic rejects the claim that Alov belongs to Azerbaijan")
S(A2, "Turkey", "recognises", ["Alov", "Alborz"], "Turkey backs Azerbaijan's sovereignty over the Alov field")
S(A2, "Kazakhstan", "doesNotRecognise", ["Alov", "Alborz"], "Kazakhstan, which has never recognised either side's claim to the field")
S(A2, "Azerbaijan", "recognises", ["Alov", "Alborz"], "entirely within the Azerbaijani sector of the Caspian Sea", "optional")
S(A3, "Jamaica", "doesNotRecognise", ["Bajo Nuevo"], "Jamaica does not accept Colombia’s claim to Bajo Nuevo")
S(A3, "Honduras", "recognises", ["Bajo Nuevo"], "acknowledges Colombian sovereignty over Bajo Nuevo")
S(A3, "Nicaragua", "doesNotRecognise", ["Bajo Nuevo"], "Nicaragua, for its part, has never recognised Colombia’s title")
S(A3, "Colombia", "recognises", ["Bajo Nuevo"], "Bajo Nuevo “forms part of the Archipelago of San Andrés", "optional")
S(A4, "France", "recognises", ["Llívia"], "France considers Llívia part of Spain")
S(A4, "Andorra", "recognises", ["Llívia"], "Andorra recognises Spanish sovereignty over Llívia")
S(A4, "Spain", "recognises", ["Llívia"], "Llívia is Spain, and Spain does not forget its smallest towns", "optional")

positions = []
def Po(doc, person, titles, of, evidence, former=False, status="required"):
    positions.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "evidence": evidence,
                      "former": former, "status": status})
Po(A1, "Bassel Haddour", ["spokesman"], ["Syria", "Ministry of Foreign Affairs", "ministry"], "ministry spokesman Bassel Haddour")
Po(A1, "Levan Tsiklauri", ["foreign minister"], ["Georgia"], "Georgia's foreign minister, Levan Tsiklauri")
Po(A1, "Astamur Kvarchia", ["head", "foreign minist"], ["Abkhazia", "foreign ministry"], "Astamur Kvarchia, who heads the de facto foreign ministry of Abkhazia")
Po(A1, "Grigory Lavrentyev", ["deputy foreign minister"], ["Russia"], "Russia's deputy foreign minister, Grigory Lavrentyev")
Po(A1, "Mercedes Zeledón", ["foreign minister"], ["Nicaragua"], "Foreign Minister Mercedes Zeledón")
Po(A1, "Ketevan Mamaladze", ["professor"], ["Ilia State University"], "Ketevan Mamaladze, a professor of international relations at Ilia State University")
Po(A1, "Zurab Nadaraia", ["ambassador"], ["Georgia", "Russia"], "Zurab Nadaraia, a former Georgian ambassador to Russia", True)
Po(A1, "Irakli Tsomaia", ["lawmaker", "member", "MP"], ["Georgian Dream", "Georgia", "parliament"], "Irakli Tsomaia, a lawmaker from the ruling Georgian Dream party")
Po(A1, "Salome Japaridze", ["correspondent"], ["JAMnews"], "Salome Japaridze is a JAMnews correspondent in Tbilisi")
Po(A1, "Salome Japaridze", ["producer"], ["Radio Tavisupleba"], "She was previously a producer at Radio Tavisupleba", True)
Po(A2, "Mohsen Karimabadi", ["spokesman"], ["Iran", "Foreign Ministry", "foreign ministry"], "Foreign ministry spokesman Mohsen Karimabadi")
Po(A2, "Leyla Huseynzade", ["spokeswoman", "spokesperson"], ["Azerbaijan", "foreign ministry"], "Its spokeswoman, Leyla Huseynzade")
Po(A2, "Ayşe Korkmaz", ["foreign minister"], ["Turkey"], "Turkey's Foreign Minister Ayşe Korkmaz")
Po(A2, "Pavel Sedykh", ["ambassador"], ["Russia", "Tehran", "Iran"], "Its ambassador in Tehran, Pavel Sedykh")
Po(A2, "Hamidreza Tavakoli", ["lawmaker", "member", "MP", "represent"], ["Majlis", "Astara", "parliament", "Iran"], "Hamidreza Tavakoli, who represents Astara in the Majlis")
Po(A2, "Parisa Soltani", ["expert"], ["University of Tehran"], "Dr. Parisa Soltani, an expert on the law of the sea at the University of Tehran")
Po(A2, "Reza Tabatabaei", ["correspondent"], ["Iran Daily"], "He was formerly a correspondent for the Iran Daily in Baku", True)
Po(A3, "Marcia Whyte-Blake", ["minister"], ["Foreign Affairs", "Jamaica", "Government"], "Foreign Affairs and Foreign Trade Minister Senator Dr Marcia Whyte-Blake")
Po(A3, "Marcia Whyte-Blake", ["senator"], [], "Senator Dr Marcia Whyte-Blake", status="optional")
Po(A3, "Andrés Felipe Londoño", ["chargé d’affaires", "chargé d'affaires", "charge d affaires"], ["Colombia", "Embassy"], "Chargé d’affaires Andrés Felipe Londoño")
Po(A3, "Rosa Elvir Mejía", ["ambassador"], ["Honduras", "Honduran"], "the Honduran ambassador in Kingston, Rosa Elvir Mejía")
Po(A3, "Mikael Stennett", ["spokesman"], ["Opposition", "People’s National Party", "foreign affairs"], "Opposition spokesman on foreign affairs Mikael Stennett")
Po(A3, "Mikael Stennett", ["member of parliament", "MP"], ["St Catherine South", "Parliament", "People’s National Party"], "the People’s National Party Member of Parliament for St Catherine South")
Po(A3, "Nigel Ashcroft", ["professor"], [], "Professor Nigel Ashcroft, who teaches international law at The University of the West Indies, Mona")
Po(A3, "Odette Campbell-Fraser", ["senior staff reporter", "reporter"], ["Jamaica Observer", "Observer"], "Odette Campbell-Fraser is a senior staff reporter at the Jamaica Observer")
Po(A3, "Odette Campbell-Fraser", ["edit"], ["Western Mirror"], "She formerly edited the Western Mirror in Montego Bay", True)
Po(A3, "Desmond Walters", ["captain"], ["Miss Paulette"], "the 52-year-old captain of the Miss Paulette", status="optional")
Po(A4, "Jordi Casals i Pujol", ["mayor"], ["Llívia"], "the mayor of Llívia, Jordi Casals i Pujol")
Po(A4, "Hélène Marchetti", ["prefect"], ["Pyrénées-Orientales"], "The prefect of the Pyrénées-Orientales department, Hélène Marchetti")
Po(A4, "Claire Dufresne", ["spokesperson"], ["Quai d'Orsay", "France", "foreign"], "At the Quai d'Orsay, spokesperson Claire Dufresne")
Po(A4, "José Ramón Ibarrola", ["foreign minister"], ["Spain"], "Spain's foreign minister, José Ramón Ibarrola")
Po(A4, "Meritxell Pons Casadevall", ["foreign minister"], ["Andorra"], "Its foreign minister, Meritxell Pons Casadevall")
Po(A4, "Núria Sabaté", ["historian"], ["University of Girona"], "Dr Núria Sabaté, a historian at the University of Girona")
Po(A5, "Gord Halvorsen", ["mayor"], [], "Mayor Gord Halvorsen")
Po(A5, "Priya Deschambault", ["councillor", "coun"], [], "Ward 4 Coun. Priya Deschambault")
Po(A5, "Larry Vandersteen", ["councillor", "coun"], [], "Ward 9 Coun. Larry Vandersteen")
Po(A5, "Marc Ouellette", ["director of parks and recreation", "director"], [], "Marc Ouellette, the city's director of parks and recreation")
Po(A5, "Curtis Bjornson", ["nurse"], ["Brandon Regional Health Centre"], "Curtis Bjornson, a nurse at Brandon Regional Health Centre")
Po(A5, "Kyle Pettigrew", ["reporter"], ["Portage Daily Graphic"], "He previously worked as a reporter at the Portage Daily Graphic", True)

relations = []
SYM = {"spouse", "sharesBorderWith"}
def R(doc, s, p, o, evidence):
    relations.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "docs": [doc],
                      "evidence": evidence, "status": "required"})
R(A1, "Russia", "invaded", "Georgia", "Russian troops invaded Georgia")
R(A1, "Georgia", "sharesBorderWith", "Russia", "Georgia, which borders Russia")
R(A1, "Georgia", "memberOf", "Council of Europe", "is a member of the Council of Europe")
R(A1, "Abkhazia", "locatedIn", "Georgia", "Abkhazia, a breakaway region on the Black Sea coast of Georgia")
R(A1, "Sukhumi", "locatedIn", "Abkhazia", "In Sukhumi, the region's main city")
R(A1, "Gali", "locatedIn", "Abkhazia", "the district in the south of Abkhazia")
R(A1, "Irakli Tsomaia", "memberOf", "Georgian Dream", "a lawmaker from the ruling Georgian Dream party")
R(A1, "Zurab Nadaraia", "spouse", "Eka Nadaraia", "Nadaraia, whose wife, Eka Nadaraia")
R(A2, "Iran", "sharesBorderWith", "Azerbaijan", "Iran and Azerbaijan, which share a long land border")
R(A2, "Iran", "claims", "Alov field", "lies in waters that both neighbours claim")
R(A2, "Azerbaijan", "claims", "Alov field", "lies in waters that both neighbours claim")
R(A2, "Astara", "locatedIn", "Gilan", "Astara, a border town in Gilan province")
R(A3, "Old Harbour Bay", "locatedIn", "St Catherine", "Old Harbour Bay, St Catherine")
R(A3, "Desmond Walters", "spouse", "Paulette Walters", "His wife, Paulette Walters")
R(A3, "Mikael Stennett", "memberOf", "People's National Party", "the People’s National Party Member of Parliament")
R(A3, "Jamaica", "memberOf", "CARICOM", "Jamaica is a member of CARICOM")
R(A3, "Jamaica", "memberOf", "Association of Caribbean States", "Jamaica and Colombia both belong to the Association of Caribbean States")
R(A3, "Colombia", "memberOf", "Association of Caribbean States", "Jamaica and Colombia both belong to the Association of Caribbean States")
R(A3, "Jamaica", "claims", "Bajo Nuevo", "that Kingston, Bogotá and Managua all claim")
R(A3, "Colombia", "claims", "Bajo Nuevo", "that Kingston, Bogotá and Managua all claim")
R(A3, "Nicaragua", "claims", "Bajo Nuevo", "that Kingston, Bogotá and Managua all claim")
R(A3, "United States", "claims", "Bajo Nuevo", "The United States, which has its own old claim to the bank")
R(A4, "Llívia", "locatedIn", "Girona", "Llívia, a town of some 1,600 people in the province of Girona")
R(A4, "Llívia", "locatedIn", "Cerdanya", "the Spanish exclave in the Cerdanya valley")
R(A4, "Jordi Casals i Pujol", "memberOf", "Republican Left of Catalonia", "Casals, who belongs to the Republican Left of Catalonia (ERC)")
R(A4, "Andorra", "sharesBorderWith", "France", "Andorra, which borders both France and Spain")
R(A4, "Andorra", "sharesBorderWith", "Spain", "Andorra, which borders both France and Spain")
R(A4, "Spain", "memberOf", "European Union", "Spain and France are both members of the European Union")
R(A4, "France", "memberOf", "European Union", "Spain and France are both members of the European Union")
R(A4, "Spain", "memberOf", "Schengen area", "members of the European Union and of the Schengen area")
R(A4, "France", "memberOf", "Schengen area", "members of the European Union and of the Schengen area")
R(A4, "Pere Bosom", "spouse", "Anna Ribas", "with his wife, Anna Ribas")
R(A5, "Tanya Bjornson", "spouse", "Curtis Bjornson", "with her husband, Curtis Bjornson")
R(A5, "Brandon", "locatedIn", "Manitoba", "Brandon is Manitoba's second-largest city")

gold = {"about": __doc__.strip(), "documents": DOCS, "near_duplicates": [], "entities": entities,
        "not_person": not_person, "quotes": quotes, "unattributed": unattributed, "stances": stances,
        "positions": positions, "relations": relations}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
