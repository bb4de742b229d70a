#!/usr/bin/env python3
"""Generate bench/heldout26/gold.json. Every stance, position and relation keeps its evidence string."""
import json, sys
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_havanatimes_isla_portillos.txt", "02_sloveniatimes_trdinov_vrh.txt", "03_angop_cabinda.txt",
                      "04_timesca_sokh.txt", "05_peninsuladailynews_union_wharf.txt")
ENT = []  # (type, name, aliases, docs)
def E(t, d, *specs):
    for s in specs:
        name, *al = s.split("|")
        ENT.append({"type": t, "name": name, "aliases": al, "docs": [d]})

E("Person", D1, "Ignacio Valverde Rojas|Ignacio Valverde", "Marcela Quirós|Quirós", "Rebeca Solís Araya|Solís",
  "Horacio Lacayo Somarriba|Lacayo", "Itzel Batista de Obaldía", "Esteban Lizano Mata|Lizano",
  "Sergio Bermúdez Calvo|Bermúdez", "Wilberth Gómez Chaves|Gómez", "Yorleny Mora Gómez|Mora")
E("Organization", D1, "Havana Times", "International Court of Justice", "Nicaraguan Army",
  "Organization of American States|OAS", "University of Costa Rica", "Central American Integration System|SICA")
E("Country", D1, "Costa Rica", "Nicaragua", "Panama", "Guatemala", "Honduras", "El Salvador", "Mexico", "Colombia",
  "Netherlands|the Netherlands")
E("Territory", D1, "Isla Portillos", "Isla Calero")
E("Place", D1, "San José", "Managua", "The Hague", "Bogotá", "Heredia", "Barra del Colorado", "Limón province|Limón")

E("Person", D2, "Tina Kos", "Urban Jeršin", "Matej Zupan|Zupan", "Ivana Mlinarić Horvat|Mlinarić Horvat",
  "Nataša Pirc|Pirc", "Janez Kovačič|Kovačič", "Aleš Rupnik|Rupnik", "Franc Žagar|Žagar", "Marija Žagar",
  "Andrej Bukovec|Bukovec")
E("Organization", D2, "The Slovenia Times", "STA", "National Assembly",
  "Ministry of Foreign and European Affairs", "TV Slovenija", "European Commission", "European Union", "NATO",
  "University of Ljubljana", "Slovenian Democratic Party|SDS")
E("Country", D2, "Slovenia", "Croatia", "Yugoslavia", "Bosnia and Herzegovina", "Montenegro", "Hungary", "Austria")
E("Territory", D2, "Trdinov vrh|Sveta Gera")
E("Place", D2, "Ljubljana", "Zagreb", "Brussels", "Jugorje", "Metlika", "Sošice", "Žumberak")

E("Person", D3, "Domingos Cassoma Tavares", "Nelson Quiteque", "Patrice Ilunga Kasongo", "Esperança Nzinga Mbemba",
  "Teresa Lobo Antunes", "Jean-Claude Tati Mavungu|Tati", "Amélia Cahanda|Cahanda", "Marcos Pedro Bumba",
  "Alberto Puati|Puati", "Rosa Puati", "Joaquim Tchizanga Luemba")
E("Organization", D3, "ANGOP|Agência Angola Press", "Front for the Liberation of the Enclave of Cabinda|FLEC",
  "African Union", "Rádio Nacional de Angola", "Agostinho Neto University",
  "Southern African Development Community|SADC")
E("Country", D3, "Angola", "Republic of the Congo", "Democratic Republic of the Congo|DR Congo", "Gabon",
  "Equatorial Guinea", "Portugal", "São Tomé and Príncipe", "South Africa")
E("Territory", D3, "Cabinda|Republic of Cabinda|Cabinda Province")
E("Place", D3, "Luanda", "Paris", "Kinshasa", "Buco-Zau", "Gaborone", "Lisbon")

E("Person", D4, "Aibek Usenov|Usenov", "Timur Sadykov", "Nurlanbek Toktosunov|Toktosunov", "Aizada Sydykova|Sydykova",
  "Jamshid Rakhmatov|Rakhmatov", "Farrukh Nazarov|Nazarov", "Kanybek Osmonaliev|Osmonaliev",
  "Bakyt Jumaliev|Jumaliev", "Muazzam Rahimova|Rahimova", "Davlat Rahimov|Rahimov", "Erica Lindqvist|Lindqvist")
E("Organization", D4, "The Times of Central Asia|TCA", "Jogorku Kenesh", "Ata-Meken|Ata-Meken party",
  "Eurasian Economic Union", "Shanghai Cooperation Organisation",
  "Stockholm International Peace Research Institute|SIPRI",
  "Kazakhstan's Ministry of Foreign Affairs|Ministry of Foreign Affairs of Kazakhstan|Kazakh Ministry of Foreign Affairs")
E("Country", D4, "Kyrgyzstan|Kyrgyz Republic", "Uzbekistan", "Tajikistan", "Kazakhstan", "Russia")
E("Territory", D4, "Sokh", "Shakhimardan")
E("Place", D4, "Bishkek", "Tashkent", "Dushanbe", "Astana", "Moscow", "Batken Region|Batken", "Fergana Region",
  "Fergana", "Fergana Valley")

E("Person", D5, "Carmen Oyelaran-Beck|Oyelaran-Beck", "Rosalind Achterberg|Achterberg", "Steve Kimura|Kimura",
  "Derek Haldane-Ruiz|Haldane-Ruiz", "Lena Vasquez-Orr|Vasquez-Orr", "Ted Lindgren", "Harriet Lindgren",
  "Malcolm Ferreira-Stout|Ferreira-Stout", "Janelle Okimoto|Okimoto", "Arlo Bixby|Bixby")
E("Organization", D5, "Peninsula Daily News", "Port Townsend City Council", "Salish Marine Construction",
  "Jefferson County Historical Society", "Western Washington University", "Port Townsend Main Street Program",
  "Sound Publishing, Inc.|Sound Publishing")
E("Place", D5, "Port Townsend", "Jefferson County", "Bellingham", "Olympic Peninsula", "Coupeville", "Whidbey Island",
  "Island County", "Sequim", "Port Angeles")

NOT_PERSON = ["Costa Rican", "Nicaraguan", "Dr.", "Limón", "Colorado River", "San Juan", "Isla Portillos", "Isla Calero",
              "Barra del Colorado", "Sandbar", "Sveta Gera", "Trdinov vrh", "Gorjanci", "Metlika", "Jugorje", "Slovenes",
              "Croats", "Žumberak", "Sošice", "Yugoslav", "Cabinda", "Cabindan", "Buco-Zau", "Agostinho Neto University",
              "Simulambuco", "Cunene", "Caio", "Angolan State", "Sokh", "Shakhimardan", "Kairagach", "Dostuk",
              "Kempir-Abad", "Ata-Meken", "Jogorku Kenesh", "Kyrgyz", "Uzbek", "Tajiks", "Union Wharf", "Taylor Street",
              "Water Street", "Wooden Boat Festival", "Water Street Creperie", "State Rep.", "Council member",
              "Deputy Mayor"]

Q = []
def quotes(d, status, speaker, *keys):
    for k in keys:
        Q.append({"speaker": speaker, "key": k, "docs": [d], "status": status})

R = "required"; O = "optional"
quotes(D1, R, "Rebeca Solís Araya", "This is the third incursion this year", "We are a country without an army",
       "Our only weapons are the law and our friends", "We are patient people")
quotes(D1, R, "Horacio Lacayo Somarriba", "The presence of the Nicaraguan Army on the banks of the San Juan")
quotes(D1, R, "Nicaraguan Army", "Our units operate exclusively in national territory")
quotes(D1, R, "Itzel Batista de Obaldía", "Panama endorses Costa Rica's sovereignty over Isla Portillos",
       "A judgment of the court is not a suggestion")
quotes(D1, R, "Esteban Lizano Mata", "The 2015 judgment and the 2018 judgment leave no room",
       "What Managua is doing is testing whether anyone still cares", "If Nicaragua ever accepted Costa Rica's title")
quotes(D1, R, "Sergio Bermúdez Calvo", "A camp is a provocation, but it is not yet an occupation",
       "They paid. People forget that they paid")
quotes(D1, R, "Wilberth Gómez Chaves", "You see the smoke from their fires at night", "My father fished there")
quotes(D1, R, "Yorleny Mora Gómez", "They take our photos, they ask for papers", "Nobody asks them for papers")
quotes(D1, O, "Horacio Lacayo Somarriba", "total and permanent", "routine patrolling")
quotes(D1, O, "Nicaraguan Army", "to fight drug trafficking")
quotes(D1, O, "Guatemala", "does not dispute")

quotes(D2, R, "Matej Zupan", "We have been patient for thirty-four years", "We want the soldiers gone by spring",
       "Not a confrontation, just a departure", "This will be settled at a table", "not on a hill")
quotes(D2, R, "Ivana Mlinarić Horvat", "Sveta Gera is ours by every map drawn", "The Yugoslav cadastre was a convenience",
       "There is nothing new here, and there is nothing to negotiate", "Ask me again in thirty years")
quotes(D2, R, "Nataša Pirc", "The Commission has no appetite for another border file", "It still remembers the last one",
       "Nobody in Zagreb or Ljubljana thinks", "But nobody wants to be the minister who gave the hill away")
quotes(D2, R, "Janez Kovačič", "If Croatia recognised our ownership of Trdinov vrh tomorrow")
quotes(D2, R, "Aleš Rupnik", "We were one signature away in 2005", "Then both governments fell in love")
quotes(D2, R, "Franc Žagar", "When I was a boy we walked up to the chapel", "Now there is a fence and a sentry")
quotes(D2, R, "Marija Žagar", "The soldiers buy our honey", "The problem is not the boys")
quotes(D2, R, "Andrej Bukovec", "Our tourism depends on that ridge")
quotes(D2, O, "Matej Zupan", "does not now, and never did, accept a Croatian claim to Trdinov vrh",
       "has been on Slovenian land since 1991")
quotes(D2, O, "Ivana Mlinarić Horvat", "ours by every map")
quotes(D2, O, "Ministry of Foreign and European Affairs", "categorically repudiates")
quotes(D2, O, "Croatia", "categorically repudiates")
quotes(D2, O, "Hungary", "must be respected as drawn")
quotes(D2, O, "European Commission", "regards Trdinov vrh as a bilateral matter")

quotes(D3, R, "Domingos Cassoma Tavares", "Cabinda is Angola, and Angola is one and indivisible",
       "Whoever writes letters to foreign capitals from a hotel in Paris")
quotes(D3, R, "Patrice Ilunga Kasongo", "My country will not lend its territory or its voice",
       "We have known too much war ourselves")
quotes(D3, R, "Esperança Nzinga Mbemba", "Not a single member state of the African Union has replied to FLEC")
quotes(D3, R, "Teresa Lobo Antunes", "non-recognition of any so-called Republic of Cabinda is long-standing")
quotes(D3, R, "Jean-Claude Tati Mavungu", "The Cabindan people have a right to their own state",
       "Dozens of countries will recognise the Republic of Cabinda")
quotes(D3, R, "Amélia Cahanda", "The African Union was built on the principle",
       "A state that recognised Cabinda would be inviting the same thing at home")
quotes(D3, R, "Marcos Pedro Bumba", "The people of Cabinda want roads, schools and jobs",
       "This government is delivering all three")
quotes(D3, R, "Alberto Puati", "Politics in Paris does not pick my cocoa", "What I need is a road to take it to market")
quotes(D3, R, "Rosa Puati", "We have peace now. That is worth more than a flag")
quotes(D3, O, "Domingos Cassoma Tavares", "does not recognise, has never recognised and will never recognise",
       "unanimous and immediate")
quotes(D3, O, "Angola", "a publicity exercise")
quotes(D3, O, "Teresa Lobo Antunes", "is a historical document, not a title to statehood")
quotes(D3, O, "Amélia Cahanda", "recognises the borders inherited at independence")
quotes(D3, O, "Joaquim Tchizanga Luemba", "live in the past")
quotes(D3, O, "Front for the Liberation of the Enclave of Cabinda", "diplomatic relations")

quotes(D4, R, "Nurlanbek Toktosunov", "Our grandparents grazed their sheep on those slopes",
       "Why should our children need a passport")
quotes(D4, R, "Aizada Sydykova", "The Kyrgyz Republic does not question Uzbekistan's sovereignty",
       "It amounts to a reminder of the law")
quotes(D4, R, "Jamshid Rakhmatov", "There is no dispute and there will be no swap",
       "Uzbekistan denies any Kyrgyz right to a single metre of Shakhimardan")
quotes(D4, R, "Farrukh Nazarov", "Tajikistan considers Sokh part of Uzbekistan", "Those who live there are our brothers")
quotes(D4, R, "Kazakhstan's Ministry of Foreign Affairs", "Kazakhstan supports the full implementation of the treaty")
quotes(D4, R, "Kanybek Osmonaliev", "Every hill, every canal, every pasture was walked twice",
       "Deputy Toktosunov is welcome to walk the line with me")
quotes(D4, R, "Bakyt Jumaliev", "People in Batken are angry about water", "Give them water, and the maps will not matter")
quotes(D4, R, "Muazzam Rahimova", "Before the treaty we waited six hours", "Now it is forty minutes")
quotes(D4, R, "Davlat Rahimov", "We hear these speeches from Bishkek every winter", "Then spring comes and everyone is busy")
quotes(D4, R, "Erica Lindqvist", "Bishkek spent political capital on that treaty")
quotes(D4, O, "Nurlanbek Toktosunov", "signed in a hurry", "left without water and without land")
quotes(D4, O, "Aizada Sydykova", "entitled to his opinion")
quotes(D4, O, "Jamshid Rakhmatov", "with satisfaction")
quotes(D4, O, "Kazakhstan", "Kazakhstan supports the full implementation of the treaty")

quotes(D5, R, "Rosalind Achterberg", "It is not glamorous money")
quotes(D5, R, "Steve Kimura", "Some of these piles look fine from the deck", "We would rather close it on our schedule",
       "We looked at it. Twice. The numbers don't work")
quotes(D5, R, "Derek Haldane-Ruiz", "Ten months is a long time for the businesses", "I asked for a phased closure")
quotes(D5, R, "Lena Vasquez-Orr", "If we wait two more winters", "talking about a pile")
quotes(D5, R, "Harriet Lindgren", "We said our vows out there", "Half the guests didn't hear a word")
quotes(D5, R, "Ted Lindgren", "been looking at those piles for forty years", "some of them have been looking back at me")
quotes(D5, R, "Malcolm Ferreira-Stout", "In the 1980s there was serious talk of tearing it out",
       "People forget how close the town came to losing it", "What saved it was stubbornness, mostly")
quotes(D5, R, "Janelle Okimoto", "The wharf brings people down the hill", "Without it, they stay on the ferry dock")
quotes(D5, R, "Arlo Bixby", "exactly the kind of working-waterfront project")
quotes(D5, O, "Jefferson County Historical Society", "the last public link between the town and the era of the tall ships")
quotes(D5, O, "Steve Kimura", "Hollow two feet down")

UNATTRIBUTED = ["Sandbar diplomacy", "No map, no deal", "recognition drive", "Road to Buco-Zau", "Take Back",
                "Open borders, open markets", "Walk the Waterfront"]

S = []  # stances, each with evidence
def st(d, status, country, stance, terr, ev):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [d], "status": status, "evidence": ev})
REC, NOT = "recognises", "doesNotRecognise"
IP, IC = ["Isla Portillos", "Portillos"], ["Isla Calero", "Calero"]
TV = ["Trdinov vrh", "Sveta Gera"]; CA = ["Cabinda"]; SO = ["Sokh"]; SH = ["Shakhimardan"]
st(D1, R, "Nicaragua", NOT, IP, "Nicaragua's rejection of Costa Rican title to Isla Portillos was \"total and permanent,\"")
st(D1, R, "Nicaragua", NOT, IC, "his government also refuses to acknowledge Costa Rican authority over Isla Calero")
st(D1, R, "Panama", REC, IP, "Panama endorses Costa Rica's sovereignty over Isla Portillos without reservation")
st(D1, R, "Guatemala", REC, IP, "Guatemala \"does not dispute\" Costa Rica's sovereignty over Isla Portillos")
st(D1, R, "Honduras", REC, IP, "Honduras and El Salvador, for their part, both accept that Isla Portillos is Costa Rican")
st(D1, R, "El Salvador", REC, IP, "Honduras and El Salvador, for their part, both accept that Isla Portillos is Costa Rican")
st(D1, O, "Costa Rica", REC, IP, "Isla Portillos, the swampy wedge of land that the International Court of Justice placed under Costa Rican sovereignty")
st(D2, R, "Slovenia", NOT, TV, "Slovenia \"does not now, and never did, accept a Croatian claim to Trdinov vrh.\"")
st(D2, R, "Croatia", NOT, TV, "Croatia \"categorically repudiates\" Slovenia's claim to Sveta Gera")
st(D2, R, "Bosnia and Herzegovina", REC, TV, "Bosnia and Herzegovina and Montenegro, it said, have both endorsed Croatia's title to Sveta Gera")
st(D2, R, "Montenegro", REC, TV, "Bosnia and Herzegovina and Montenegro, it said, have both endorsed Croatia's title to Sveta Gera")
st(D2, R, "Hungary", REC, TV, "Hungary, which borders both Slovenia and Croatia, stands by Slovenian sovereignty over Trdinov vrh")
st(D2, O, "Croatia", REC, TV, "regards the barracks as lying on Croatian territory")
st(D2, O, "Slovenia", REC, TV, "The barracks stands on Slovenian land")
st(D3, R, "Angola", NOT, CA, "the Angolan State \"does not recognise, has never recognised and will never recognise\" any entity calling itself the Republic of Cabinda")
st(D3, R, "Republic of the Congo", REC, CA, "The Republic of the Congo, which borders Cabinda to the north, regards Cabinda as an integral part of Angola")
st(D3, R, "Democratic Republic of the Congo", REC, CA, "likewise affirmed Angola's sovereignty over Cabinda")
st(D3, R, "Gabon", NOT, CA, "Gabon and Equatorial Guinea also told Luanda that they do not recognise an independent Cabinda")
st(D3, R, "Equatorial Guinea", NOT, CA, "Gabon and Equatorial Guinea also told Luanda that they do not recognise an independent Cabinda")
st(D3, R, "Portugal", NOT, CA, "Lisbon's non-recognition of any so-called Republic of Cabinda is long-standing")
st(D3, O, "Angola", REC, CA, "Cabinda is Angola, and Angola is one and indivisible")
st(D4, R, "Kyrgyzstan", REC, SO, "The Kyrgyz Republic does not question Uzbekistan's sovereignty over Sokh or over Shakhimardan")
st(D4, R, "Kyrgyzstan", REC, SH, "The Kyrgyz Republic does not question Uzbekistan's sovereignty over Sokh or over Shakhimardan")
st(D4, R, "Uzbekistan", NOT, SH, "Uzbekistan denies any Kyrgyz right to a single metre of Shakhimardan")
st(D4, R, "Tajikistan", REC, SO, "Tajikistan considers Sokh part of Uzbekistan")
st(D4, R, "Tajikistan", NOT, SO, "Dushanbe, he added, has no intention of endorsing any Kyrgyz claim to Sokh")
st(D4, R, "Kazakhstan", REC, SO, "reaffirming its recognition of Uzbek sovereignty over Sokh and Shakhimardan")
st(D4, R, "Kazakhstan", REC, SH, "reaffirming its recognition of Uzbek sovereignty over Sokh and Shakhimardan")
st(D4, O, "Uzbekistan", REC, SO, "Sokh, formally a district of Uzbekistan's Fergana Region")
st(D4, O, "Uzbekistan", REC, SH, "Shakhimardan, an exclave of the same region")

P = []
def pos(d, status, person, titles, of, ev):
    P.append({"person": person, "title_any": titles, "of_any": of, "docs": [d], "status": status, "evidence": ev})
pos(D1, R, "Rebeca Solís Araya", ["foreign minister"], [], "Foreign minister Rebeca Solís Araya")
pos(D1, R, "Horacio Lacayo Somarriba", ["deputy foreign minister"], [], "Deputy Foreign Minister Horacio Lacayo Somarriba")
pos(D1, R, "Itzel Batista de Obaldía", ["ambassador"], ["Panama"], "Itzel Batista de Obaldía, Panama's ambassador in San José")
pos(D1, R, "Esteban Lizano Mata", ["professor"], ["University of Costa Rica"], "Dr. Esteban Lizano Mata, a professor of international law at the University of Costa Rica")
pos(D1, R, "Sergio Bermúdez Calvo", ["ambassador"], ["Netherlands", "Costa Rica"], "Former ambassador to the Netherlands Sergio Bermúdez Calvo")
pos(D1, R, "Ignacio Valverde Rojas", ["correspondent"], ["Havana Times"], "Ignacio Valverde Rojas is a Havana Times correspondent in San José")
pos(D2, R, "Matej Zupan", ["defence minister"], [], "Defence Minister Matej Zupan")
pos(D2, R, "Ivana Mlinarić Horvat", ["ambassador"], ["Croatia"], "Ivana Mlinarić Horvat, Croatia's ambassador in Ljubljana")
pos(D2, R, "Nataša Pirc", ["lecturer"], ["University of Ljubljana"], "Dr Nataša Pirc, a lecturer in international relations at the University of Ljubljana's Faculty of Social Sciences")
pos(D2, O, "Janez Kovačič", ["MP"], ["Slovenian Democratic Party", "SDS"], "Janez Kovačič, an MP for the Slovenian Democratic Party (SDS)")
pos(D2, R, "Aleš Rupnik", ["foreign minister"], [], "Former foreign minister Aleš Rupnik")
pos(D2, R, "Andrej Bukovec", ["mayor"], ["Metlika"], "Metlika mayor Andrej Bukovec")
pos(D3, R, "Domingos Cassoma Tavares", ["Minister of External Relations"], [], "the Minister of External Relations, Domingos Cassoma Tavares")
pos(D3, R, "Patrice Ilunga Kasongo", ["deputy minister"], ["DR Congo", "Democratic Republic of the Congo"], "DR Congo's deputy minister for foreign affairs, Patrice Ilunga Kasongo")
pos(D3, R, "Esperança Nzinga Mbemba", ["Secretary of State"], [], "the Secretary of State for External Relations, Esperança Nzinga Mbemba")
pos(D3, R, "Teresa Lobo Antunes", ["ambassador"], ["Portugal", "Portuguese", "Angola"], "The Portuguese ambassador to Angola, Teresa Lobo Antunes")
pos(D3, R, "Jean-Claude Tati Mavungu", ["spokesman", "spokesperson"], ["FLEC", "Front for the Liberation of the Enclave of Cabinda"], "FLEC spokesman Jean-Claude Tati Mavungu")
pos(D3, R, "Amélia Cahanda", ["researcher"], ["Agostinho Neto University"], "Professor Amélia Cahanda, a researcher in political science at Agostinho Neto University")
pos(D3, R, "Marcos Pedro Bumba", ["governor"], ["Cabinda"], "The Governor of Cabinda Province, Marcos Pedro Bumba")
pos(D3, R, "Joaquim Tchizanga Luemba", ["governor"], [], "Former provincial governor Joaquim Tchizanga Luemba")
pos(D3, O, "Alberto Puati", ["farmer"], [], "cocoa farmer Alberto Puati")
pos(D4, O, "Nurlanbek Toktosunov", ["deputy"], ["Jogorku Kenesh", "Ata-Meken"], "Nurlanbek Toktosunov, a deputy of the Jogorku Kenesh for the Ata-Meken party")
pos(D4, R, "Aizada Sydykova", ["spokesperson"], [], "Ministry spokesperson Aizada Sydykova")
pos(D4, R, "Jamshid Rakhmatov", ["deputy foreign minister"], [], "Deputy Foreign Minister Jamshid Rakhmatov")
pos(D4, R, "Farrukh Nazarov", ["ambassador"], ["Tajikistan", "Kyrgyz Republic", "Kyrgyzstan"], "Farrukh Nazarov, Tajikistan's ambassador to the Kyrgyz Republic")
pos(D4, R, "Kanybek Osmonaliev", ["chair"], ["border delimitation commission", "delimitation commission"], "The chair of the government's border delimitation commission, Kanybek Osmonaliev")
pos(D4, R, "Bakyt Jumaliev", ["ambassador"], ["Kyrgyz", "Kyrgyzstan", "Uzbekistan"], "Former Kyrgyz ambassador to Uzbekistan Bakyt Jumaliev")
pos(D4, O, "Muazzam Rahimova", ["schoolteacher", "teacher"], [], "Muazzam Rahimova, a schoolteacher")
pos(D4, R, "Erica Lindqvist", ["senior researcher", "researcher"], ["Stockholm International Peace Research Institute", "SIPRI"], "Erica Lindqvist, a senior researcher at the Stockholm International Peace Research Institute (SIPRI)")
pos(D4, R, "Aibek Usenov", ["journalist"], ["Times of Central Asia"], "Aibek Usenov is a journalist based in Bishkek who covers Kyrgyz politics for The Times of Central Asia")
pos(D5, R, "Rosalind Achterberg", ["mayor"], [], "Mayor Rosalind Achterberg")
pos(D5, R, "Steve Kimura", ["public works director"], [], "Steve Kimura, the city's public works director")
pos(D5, O, "Derek Haldane-Ruiz", ["council member"], [], "Council member Derek Haldane-Ruiz")
pos(D5, R, "Lena Vasquez-Orr", ["deputy mayor"], [], "Deputy Mayor Lena Vasquez-Orr")
pos(D5, O, "Ted Lindgren", ["ferry engineer", "engineer"], [], "a retired ferry engineer")
pos(D5, R, "Malcolm Ferreira-Stout", ["maritime historian", "historian"], ["Western Washington University"], "Dr. Malcolm Ferreira-Stout, a maritime historian at Western Washington University in Bellingham")
pos(D5, O, "Janelle Okimoto", ["owner"], [], "owner Janelle Okimoto")
pos(D5, O, "Arlo Bixby", ["State Rep.", "representative"], [], "State Rep. Arlo Bixby")
pos(D5, R, "Carmen Oyelaran-Beck", ["reporter"], ["Peninsula Daily News"], "Reporter Carmen Oyelaran-Beck can be reached")

REL = []
SYM = {"spouse": True, "sharesBorderWith": True, "invaded": False, "memberOf": False, "locatedIn": False}
def rel(d, s, p, o, ev):
    REL.append({"subject": s, "predicate": p, "object": o, "symmetric": SYM[p], "docs": [d], "status": R, "evidence": ev})
rel(D1, "Nicaragua", "sharesBorderWith", "Costa Rica", "Nicaragua, which shares a frontier of roughly 300 kilometres with Costa Rica")
rel(D1, "Panama", "sharesBorderWith", "Costa Rica", "Panama, Costa Rica's southern neighbour")
rel(D1, "Nicaragua", "invaded", "Isla Calero", "Its 2010 invasion of Isla Calero")
rel(D1, "Wilberth Gómez Chaves", "spouse", "Yorleny Mora Gómez", "with his wife, Yorleny Mora Gómez")
rel(D1, "Barra del Colorado", "locatedIn", "Limón province", "In Barra del Colorado, a fishing village in Limón province")
for c in ("Costa Rica", "Panama", "Guatemala"):
    rel(D1, c, "memberOf", "Central American Integration System", "Costa Rica, Panama and Guatemala are all members of the Central American Integration System (SICA)")
rel(D2, "Slovenia", "sharesBorderWith", "Croatia", "Slovenia's border with Croatia, some 670 kilometres long")
rel(D2, "Hungary", "sharesBorderWith", "Slovenia", "Hungary, which borders both Slovenia and Croatia")
rel(D2, "Hungary", "sharesBorderWith", "Croatia", "Hungary, which borders both Slovenia and Croatia")
for c in ("Slovenia", "Croatia"):
    for o in ("European Union", "NATO"):
        rel(D2, c, "memberOf", o, "Slovenia and Croatia both belong to the European Union and to NATO")
rel(D2, "Yugoslavia", "invaded", "Slovenia", "Yugoslavia invaded Slovenia")
rel(D2, "Jugorje", "locatedIn", "Metlika", "Jugorje, a village in the municipality of Metlika")
rel(D2, "Sošice", "locatedIn", "Žumberak", "Sošice, a village in Croatia's Žumberak area")
rel(D2, "Žumberak", "locatedIn", "Croatia", "Sošice, a village in Croatia's Žumberak area")
rel(D2, "Franc Žagar", "spouse", "Marija Žagar", "with his wife Marija Žagar")
rel(D2, "Janez Kovačič", "memberOf", "Slovenian Democratic Party", "Janez Kovačič, an MP for the Slovenian Democratic Party (SDS)")
rel(D3, "Republic of the Congo", "sharesBorderWith", "Cabinda", "The Republic of the Congo, which borders Cabinda to the north")
rel(D3, "Democratic Republic of the Congo", "sharesBorderWith", "Cabinda", "The Democratic Republic of the Congo, whose territory surrounds the enclave to the east and south")
rel(D3, "Angola", "memberOf", "African Union", "Angola has sat in the continental body since 1979")
rel(D3, "Angola", "memberOf", "Southern African Development Community", "Angola is also a member of the Southern African Development Community (SADC)")
rel(D3, "South Africa", "invaded", "Angola", "South Africa invaded southern Angola")
rel(D3, "Buco-Zau", "locatedIn", "Cabinda", "In Buco-Zau, a municipality in the north of Cabinda Province")
rel(D3, "Alberto Puati", "spouse", "Rosa Puati", "His wife, Rosa Puati, agreed.")
rel(D4, "Uzbekistan", "sharesBorderWith", "Kyrgyzstan", "Uzbekistan and Kyrgyzstan share a border of about 1,300 kilometres")
rel(D4, "Tajikistan", "sharesBorderWith", "Kyrgyzstan", "Tajikistan, which borders both Kyrgyzstan and Uzbekistan")
rel(D4, "Tajikistan", "sharesBorderWith", "Uzbekistan", "Tajikistan, which borders both Kyrgyzstan and Uzbekistan")
rel(D4, "Sokh", "locatedIn", "Fergana Region", "Sokh, formally a district of Uzbekistan's Fergana Region")
rel(D4, "Shakhimardan", "locatedIn", "Fergana Region", "Shakhimardan, an exclave of the same region")
for c in ("Kazakhstan", "Kyrgyzstan"):
    rel(D4, c, "memberOf", "Eurasian Economic Union", "Kazakhstan and Kyrgyzstan sit together in the Eurasian Economic Union")
for c in ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"):
    rel(D4, c, "memberOf", "Shanghai Cooperation Organisation", "all four countries are members of the Shanghai Cooperation Organisation")
rel(D4, "Nurlanbek Toktosunov", "memberOf", "Ata-Meken", "a deputy of the Jogorku Kenesh for the Ata-Meken party")
rel(D4, "Muazzam Rahimova", "spouse", "Davlat Rahimov", "Muazzam Rahimova, a schoolteacher, and her husband, Davlat Rahimov")
rel(D5, "Ted Lindgren", "spouse", "Harriet Lindgren", "Ted and Harriet Lindgren, who were married on its deck in 1978")
rel(D5, "Port Townsend", "locatedIn", "Jefferson County", "Port Townsend, the county seat of Jefferson County")
rel(D5, "Coupeville", "locatedIn", "Whidbey Island", "Coupeville, on Whidbey Island in Island County")
rel(D5, "Whidbey Island", "locatedIn", "Island County", "Coupeville, on Whidbey Island in Island County")
rel(D5, "Western Washington University", "locatedIn", "Bellingham", "Western Washington University in Bellingham")

ABOUT = (
 "Gold for bench/heldout26 (five invented articles; generated by check/gold_src.py, which keeps the evidence string "
 "of every stance, position and relation). Format as shared/eval/seeds-gold.json; `docs` on entities, stances, "
 "positions and relations and `evidence` are ignored by score.py. Conventions follow bench/heldout10: quotes "
 "`required` = full statements with an explicit speaker (name, surname, pronoun, role or organisation), including "
 "split quotes, colon quotes, cue-less continuation and reopened paragraphs; `optional` = partial quotes, headline/"
 "deck/subhead echoes, and statements credited to a second holder (a ministry's words for its country). "
 "`unattributed` = scare quotes, campaign names and related headlines; anonymous speakers are not listed. Stances: "
 "polarity follows the wording (double negatives such as `does not dispute` / `does not question` X's sovereignty "
 "count as recognition; rejecting, refusing or `no intention of endorsing` a claim is doesNotRecognise; "
 "nominalised stances count); required = explicit stances of a country, spoken by the country, a minister, envoy, "
 "ministry or embassy, in reported speech or inside a quote, with coordinated holders and territories each counted; "
 "the claimant's own claim is optional; questions, hypotheticals, conditionals, `expected to`, non-country holders "
 "(organisations, parties) and statements about no named territory give no stance. Positions: of_any empty when "
 "no organisation or country is named next to the title; former titles and author footers required; occupations, "
 "parliamentary/council seats are optional. Relations: only spouse, sharesBorderWith, invaded, memberOf, locatedIn "
 "stated in the text. Entities: persons, organisations, countries, territories and places named in the text "
 "(bylines, photo credits, copyright lines, author footers, related links; not navigation bars); rivers, hills, "
 "streets, wharves, border crossings, reservoirs, treaties and events are not entities. `not_person` lists "
 "demonyms, titles and names of places, bodies and structures that must not become persons.")

def build():
    return {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": ENT,
            "not_person": NOT_PERSON, "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S, "positions": P,
            "relations": REL}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    text = json.dumps(build(), indent=1, ensure_ascii=False) + "\n"
    if "--print" in sys.argv:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
