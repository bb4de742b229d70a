#!/usr/bin/env python3
"""Writes bench/heldout66/gold.json: the hand-made gold standard for bench/heldout66/articles."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1, D2, D3, D4, D5 = ("01_greekreporter_gavdos.txt", "02_gdnonline_iran_claim.txt",
                      "03_dailyherald_oyster_pond.txt", "04_helsinkitimes_aland.txt",
                      "05_kamloopsthisweek_curling_club.txt")

ABOUT = """Gold standard for bench/heldout66 (five invented articles; every person is fictional).
Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an explicit
  speaker (name, surname, pronoun, role or organisation), including sentences after the cue, colon quotes,
  cue-less continuation paragraphs and every paragraph of a multi-paragraph quote. `optional` = partial quotes,
  headline/deck/subhead echoes, organisation or government partial quotes. Anonymous speakers (an unnamed
  officer, diplomat) are not listed, so attributing their words counts as wrong. `unattributed` = scare quotes.
- stances: polarity follows the wording; holder is the country (also when a capital, ministry or minister
  speaks for it). Required: explicit stances stated by the text. Optional: a claimant's own claim. No stance:
  questions, hypotheticals, `is expected to recognise`, recognition of a convention, non-country holders.
  A state's sovereignty over another state (Bahrain) takes the Country as object.
- positions: `of_any` empty when the text names no organisation next to the title. Former posts carry
  former=true and are required. Parliamentary/council seats, ranks, occupations, roles given by a verb are
  optional. Author footers are required.
- relations: spouse, sharesBorderWith, invaded, memberOf, locatedIn, only where stated in the text.
- entities: every person, organisation, country, territory and place named in the article text, including
  bylines, photo credits, related links and copyright lines. Seas, rivers, treaties, events, buildings and
  parks used only as venues are not entities (a park named in a related link is a Place).
"""

ENT = {}


def ent(typ, name, docs, *aliases):
    if name in ENT:
        ENT[name]["docs"] = sorted(set(ENT[name]["docs"]) | set(docs))
        return
    ENT[name] = {"type": typ, "name": name, "aliases": list(aliases), "docs": list(docs)}


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# --- 01
for n, *a in [("Philippa Douka", "Douka"), ("Manos Vlachakis",), ("Nikitas Vourakis", "Vourakis"),
              ("Oğuz Karatepe", "Karatepe", "Oguz Karatepe"), ("Selçuk Ergüven", "Ergüven", "Selcuk Erguven"),
              ("Loukia Hadjipetrou", "Hadjipetrou"), ("Eleni Psaraki", "Psaraki"),
              ("Giorgos Psarakis", "Psarakis"), ("Anthoula Merkouri", "Merkouri")]:
    ent(P, n, [D1], *a)
for n in ["Greece", "Turkey", "Cyprus", "France", "Libya"]:
    ent(C, n, [D1])
ent(T, "Gavdos", [D1]); ent(T, "Gavdopoula", [D1])
for n in ["Crete", "Chania", "Sfakia", "Karave", "Athens", "Ankara", "Nicosia", "Paris", "Tripoli",
          "Rethymno", "Heraklion"]:
    ent(L, n, [D1])
ent(O, "Greek Reporter", [D1])
ent(O, "Turkish Ministry of National Defence", [D1], "Ministry of National Defence")
ent(O, "Nationalist Movement Party", [D1], "MHP")
ent(O, "NATO", [D1, D4])
ent(O, "European Union", [D1, D3], "EU")
ent(O, "Government of National Unity", [D1])
ent(O, "University of Crete", [D1])
# --- 02
for n, *a in [("Sandeep Menon", "Menon"), ("Ahmed Sultan",), ("Yusuf Abdulrahman Al Mahroos", "Al Mahroos"),
              ("Hossein-Ali Parvizi", "Parvizi"), ("Kamran Nasseri-Far", "Nasseri-Far"),
              ("Nawaf Hamad Al Ajmi", "Al Ajmi"), ("Fatima Ebrahim Al Kooheji", "Al Kooheji"),
              ("Mariam Al Sayegh", "Al Sayegh")]:
    ent(P, n, [D2], *a)
ent(C, "Bahrain", [D2], "Kingdom of Bahrain")
for n in ["Iran", "Saudi Arabia", "Kuwait", "Qatar", "Oman"]:
    ent(C, n, [D2])
ent(C, "United Arab Emirates", [D2], "UAE")
for n in ["Manama", "Tehran", "Mashhad", "Sakhir", "Riyadh"]:
    ent(L, n, [D2])
ent(O, "Gulf Daily News", [D2], "GDN")
ent(O, "Shura Council", [D2])
ent(O, "Islamic Consultative Assembly", [D2])
ent(O, "Front of Islamic Revolution Stability", [D2])
ent(O, "Saudi Ministry of Foreign Affairs", [D2])
ent(O, "Gulf Cooperation Council", [D2], "GCC")
ent(O, "United Nations", [D2])
ent(O, "University of Bahrain", [D2])
ent(O, "Al Hilal Publishing and Marketing Group", [D2])
# --- 03
for n, *a in [("Devon Carty-Mills",), ("Lorenzo Hazel",), ("Glenda Arrindell-Fleming", "Arrindell-Fleming"),
              ("Pieter van Doorninck", "van Doorninck"), ("Alain Richardson-Dormoy", "Richardson-Dormoy"),
              ("Sandrine Aubertin", "Aubertin"), ("Marcel Rogers-Gibbs", "Rogers-Gibbs"),
              ("Curtis Brooks", "Brooks", "Mr. Brooks"), ("Yvette Brooks",),
              ("Sharon Wathey-Lake", "Wathey-Lake"), ("Rhoda Gumbs-Lacroix", "Gumbs-Lacroix")]:
    ent(P, n, [D3], *a)
ent(C, "France", [D3]); ent(C, "Netherlands", [D3], "the Netherlands")
ent(T, "Oyster Pond", [D3])
ent(L, "St. Martin", [D3])
ent(L, "Sint Maarten", [D3], "St. Maarten")
ent(L, "Saint-Martin", [D3], "Collectivity of Saint-Martin")
for n in ["Philipsburg", "Marigot", "The Hague", "Paris", "Saint-Barthélemy"]:
    ent(L, n, [D3])
ent(O, "The Daily Herald", [D3], "Daily Herald")
ent(O, "United People's Party", [D3], "UP")
ent(O, "University of St. Martin", [D3])
ent(O, "European Union", [D3])
ent(O, "Harbour Group", [D3])
# --- 04
for n, *a in [("Aino Kettunen-Lind", "Kettunen-Lind"), ("Jonas Fagerholm",), ("Karin Sjöstrand", "Sjöstrand"),
              ("Ilkka Rautavaara", "Rautavaara"), ("Yelena Borodina", "Borodina"), ("Rein Kalvet", "Kalvet"),
              ("Linnea Sundblom-Eriksson", "Sundblom-Eriksson"), ("Mikael Storå", "Storå")]:
    ent(P, n, [D4], *a)
for n in ["Sweden", "Finland", "Russia", "Estonia", "Germany", "Ukraine"]:
    ent(C, n, [D4])
ent(T, "Åland Islands", [D4], "Åland", "Aland", "Aland Islands")
for n in ["Mariehamn", "Helsinki", "Stockholm", "Tallinn", "Berlin", "Moscow"]:
    ent(L, n, [D4])
ent(O, "Helsinki Times", [D4])
ent(O, "STT", [D4])
ent(O, "Lehtikuva", [D4])
ent(O, "Russian Embassy in Helsinki", [D4])
ent(O, "Federal Foreign Office", [D4])
ent(O, "Government of Åland", [D4])
ent(O, "Åland Islands Peace Institute", [D4])
# --- 05
for n, *a in [("Tereza Novak", "Novak"), ("Ray Bautista",), ("Maggie Tremblay-Oduya", "Tremblay-Oduya"),
              ("Dana Kowalchuk", "Kowalchuk"), ("Gord Halvorsen", "Halvorsen"),
              ("Priya Sandhu-Ruel", "Sandhu-Ruel"), ("Ewan McTavish-Reid", "McTavish-Reid"),
              ("Carol Halvorsen",), ("Marc-André Thibodeau", "Thibodeau"), ("Jasmine Okafor", "Okafor")]:
    ent(P, n, [D5], *a)
ent(O, "Kamloops This Week", [D5], "KTW")
ent(O, "Kamloops Curling Club", [D5])
ent(O, "Kamloops Fire Rescue", [D5])
ent(O, "Curl BC", [D5])
ent(O, "Curling Canada", [D5])
ent(O, "Conservative Party of British Columbia", [D5])
for n in ["Kamloops", "Brocklehurst", "North Shore", "McArthur Island Park", "Kamloops Centre"]:
    ent(L, n, [D5])
ent(L, "British Columbia", [D5])

NOT_PERSON = ["Greek", "Turkish", "Cypriot", "Bahraini", "Iranian", "Finnish", "Swedish", "Estonian", "French",
              "Dutch", "Karave", "Gavdos", "Sfakia", "Evros", "NAVTEX", "MHP", "GDN", "Shura", "Mashhad",
              "Sakhir", "Préfète", "Coun.", "MLA", "Marigot", "Philipsburg", "Oyster Pond",
              "Treaty of Concordia", "Council of Ministers", "Mariehamn", "Lehtikuva", "STT", "lantråd", "KTW",
              "Brocklehurst", "Kamloops Cashspiel", "Tournament Capital Centre", "McArthur Island Park",
              "Curl BC", "Canadian Mixed Curling Championship", "Rear Admiral", "Greek Reporter", "Helsinki Times", "Kamloops This Week",
              "Gulf Daily News", "The Daily Herald", "Harbour Group", "Curling Canada"]

Q = []


def q(speaker, key, doc, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


# 01
q("Nikitas Vourakis", "Gavdos Is as Greek as Athens", D1, "optional")
q("Nikitas Vourakis", "cartographic provocation", D1, "optional")
q("Nikitas Vourakis", "Gavdos is as Greek as Athens, and no map drawn in Ankara changes that", D1)
q("Nikitas Vourakis", "We will answer every NAVTEX with the law of the sea", D1)
q("Oğuz Karatepe", "The status of a number of islands, islets and rocks was never settled", D1)
q("Selçuk Ergüven", "a fait accompli of the last century", D1, "optional")
q("Loukia Hadjipetrou", "Gavdos is Greek, and Cyprus stands with Greece today", D1)
q("France", "all parties to respect the sovereign rights of Greece", D1, "optional")
q("Eleni Psaraki", "Seventy people in winter", D1, "optional")
q("Eleni Psaraki", "We have seventy people living here in winter", D1)
q("Eleni Psaraki", "When the frigates pass, everyone comes down to Karave to watch", D1)
q("Giorgos Psarakis", "The fish do not read NAVTEX", D1)
q("Anthoula Merkouri", "Gavdos was handed to Greece with Crete in 1913", D1)
q("Anthoula Merkouri", "What Ankara is doing is building a file", D1)
# 02
q("Yusuf Abdulrahman Al Mahroos", "not open for debate", D2, "optional")
q("Hossein-Ali Parvizi", "14th province", D2, "optional")
q("Yusuf Abdulrahman Al Mahroos", "reckless, false and hostile", D2, "optional")
q("Yusuf Abdulrahman Al Mahroos", "The sovereignty of the Kingdom of Bahrain is not open for debate", D2)
q("Yusuf Abdulrahman Al Mahroos", "Bahrain has been a free and independent state", D2)
q("Hossein-Ali Parvizi", "was and remains part of Iran", D2, "optional")
q("Kamran Nasseri-Far", "The views of individual members of parliament", D2)
q("Kamran Nasseri-Far", "Iran respects the sovereignty and territorial integrity", D2)
q("Saudi Ministry of Foreign Affairs", "stands firmly with Bahrain", D2, "optional")
q("Nawaf Hamad Al Ajmi", "Any attack on the sovereignty of one member state", D2)
q("Fatima Ebrahim Al Kooheji", "We do not want a clarification from a spokesman", D2)
q("Mariam Al Sayegh", "This is an old claim that resurfaces", D2)
q("Mariam Al Sayegh", "It is meant for a domestic audience in Iran", D2)
# 03
q("Glenda Arrindell-Fleming", "Nothing should be built until the line is agreed", D3, "optional")
q("Glenda Arrindell-Fleming", "We are not looking for a fight with our neighbours", D3)
q("Pieter van Doorninck", "The Kingdom's position has not changed", D3)
q("Alain Richardson-Dormoy", "French soil", D3, "optional")
q("Alain Richardson-Dormoy", "The marina is on French soil", D3)
q("Alain Richardson-Dormoy", "Nobody in Marigot is trying to take anything", D3)
q("Sandrine Aubertin", "remains open to a joint technical commission", D3, "optional")
q("Curtis Brooks", "My guests don't care which flag is on which jetty", D3)
q("Sharon Wathey-Lake", "Oyster Pond is not a bargaining chip", D3)
q("Rhoda Gumbs-Lacroix", "never imagined marinas", D3, "optional")
q("Rhoda Gumbs-Lacroix", "The treaty drew a line by walking it", D3)
# 04
q("Sweden", "beyond question", D4, "optional")
q("Russian Embassy in Helsinki", "raised serious questions", D4, "optional")
q("Karin Sjöstrand", "Åland is Finnish. That was settled in 1921", D4)
q("Karin Sjöstrand", "Nobody should mistake our respect", D4)
q("Ilkka Rautavaara", "will not be lectured on international law", D4, "optional")
q("Ilkka Rautavaara", "The demilitarisation of Åland is a Finnish obligation", D4)
q("Yelena Borodina", "Moscow has questions, and it has the right to ask them", D4)
q("Yelena Borodina", "should be addressed to those who are militarising the Baltic", D4, "optional")
q("Rein Kalvet", "Åland is Finland. Estonia will say so", D4)
q("Linnea Sundblom-Eriksson", "We have lived with this arrangement for a hundred years", D4)
q("Linnea Sundblom-Eriksson", "We only ask Helsinki to keep us informed", D4)
q("Mikael Storå", "The demilitarisation regime binds Finland", D4)
q("Mikael Storå", "Membership of NATO changes nothing in the treaty text", D4)
# 05
q("Dana Kowalchuk", "This building is full six days a week", D5)
q("Gord Halvorsen", "We were one bad compressor away from losing a season", D5)
q("Gord Halvorsen", "The plant was installed in 1978", D5)
q("Priya Sandhu-Ruel", "I love curling, but we have a list", D5)
q("Priya Sandhu-Ruel", "I would rather have a fair process than a fast one", D5)
q("Ewan McTavish-Reid", "the payback period on the energy savings alone", D5)
q("Maggie Tremblay-Oduya", "Some nights I sleep here", D5)
q("Carol Halvorsen", "For a lot of these kids, this is the only sport", D5)
q("Marc-André Thibodeau", "We cannot stage a national championship on ice we are not sure of", D5)
q("Jasmine Okafor", "should match the city dollar for dollar", D5, "optional")

UNATTRIBUTED = ["grey zones"]

S = []


def s(country, stance, terr, doc, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "evidence": evidence, "status": status})


s("Turkey", "doesNotRecognise", ["Gavdos"], D1, "Turkey has never formally recognised Greek sovereignty over Gavdos")
s("Turkey", "doesNotRecognise", ["Gavdopoula"], D1,
  "it does not recognise Greece's sovereignty over the neighbouring islet of Gavdopoula either")
s("Cyprus", "recognises", ["Gavdos"], D1, "Cyprus backs Greece's sovereignty over Gavdos")
s("France", "recognises", ["Gavdos"], D1, "France considers Gavdos part of Greece")
s("Greece", "recognises", ["Gavdos"], D1, "Gavdos is as Greek as Athens", "optional")
s("Iran", "recognises", ["Bahrain", "Kingdom of Bahrain"], D2,
  "Iran respects the sovereignty and territorial integrity of all its neighbours, including Bahrain")
s("Saudi Arabia", "recognises", ["Bahrain", "Kingdom of Bahrain"], D2,
  "Saudi Arabia backs Bahrain's sovereignty over all of its territory")
s("Netherlands", "doesNotRecognise", ["Oyster Pond"], D3,
  "The Netherlands does not recognise France's claim to the whole of the pond")
s("France", "doesNotRecognise", ["Oyster Pond"], D3,
  "France, for its part, considers the entire pond part of Saint-Martin and does not recognise the Dutch claim to its southern half")
s("France", "recognises", ["Oyster Pond"], D3, "considers the entire pond part of Saint-Martin", "optional")
s("Sweden", "recognises", ["Åland Islands", "Åland", "Aland"], D4,
  "Stockholm recognises Finnish sovereignty over the archipelago")
s("Estonia", "recognises", ["Åland Islands", "Åland", "Aland"], D4,
  "Tallinn acknowledges Finland’s sovereignty over Åland")
s("Germany", "recognises", ["Åland Islands", "Åland", "Aland"], D4, "Germany considers Åland part of Finland")
s("Finland", "recognises", ["Åland Islands", "Åland", "Aland"], D4,
  "The demilitarisation of Åland is a Finnish obligation", "optional")

POS = []


def p(person, title_any, of_any, doc, evidence, status="required", former=False):
    POS.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc],
                "evidence": evidence, "former": former, "status": status})


p("Nikitas Vourakis", ["foreign minister"], ["Greece"], D1, "Greece's Foreign Minister Nikitas Vourakis")
p("Nikitas Vourakis", ["ambassador"], ["Greece", "Turkey"], D1,
  "who was Greece's ambassador to Turkey from 2014 to 2018", former=True)
p("Oğuz Karatepe", ["spokesman"], ["Ministry of National Defence", "Turkey", "Turkish"], D1,
  "spokesman of the Turkish Ministry of National Defence")
p("Oğuz Karatepe", ["rear admiral"], [], D1, "Rear Admiral Oğuz Karatepe", "optional")
p("Selçuk Ergüven", ["lawmaker"], ["Nationalist Movement Party", "MHP"], D1,
  "a lawmaker from the Nationalist Movement Party (MHP)", "optional")
p("Loukia Hadjipetrou", ["foreign minister"], ["Cyprus"], D1, "its foreign minister, Loukia Hadjipetrou")
p("Eleni Psaraki", ["mayor"], ["Gavdos"], D1, "Eleni Psaraki, the mayor of Gavdos")
p("Giorgos Psarakis", ["fisherman"], [], D1, "the fisherman Giorgos Psarakis", "optional")
p("Anthoula Merkouri", ["associate professor", "professor"], ["University of Crete"], D1,
  "associate professor of international law at the University of Crete")
p("Philippa Douka", ["correspondent"], ["Greek Reporter"], D1, "Philippa Douka is a Greek Reporter correspondent")
p("Yusuf Abdulrahman Al Mahroos", ["foreign minister"], ["Bahrain"], D2,
  "Foreign Minister Dr Yusuf Abdulrahman Al Mahroos")
p("Hossein-Ali Parvizi", ["lawmaker", "member", "mp", "represents"], ["Islamic Consultative Assembly", "Iran"], D2,
  "who represents Mashhad in Iran's Islamic Consultative Assembly", "optional")
p("Kamran Nasseri-Far", ["spokesman"], ["foreign ministry", "Iran"], D2,
  "foreign ministry spokesman Kamran Nasseri-Far")
p("Nawaf Hamad Al Ajmi", ["secretary-general", "secretary general"], ["GCC", "Gulf Cooperation Council"], D2,
  "GCC Secretary-General Dr Nawaf Hamad Al Ajmi")
p("Fatima Ebrahim Al Kooheji", ["member"], ["Shura Council"], D2, "member Fatima Ebrahim Al Kooheji", "optional")
p("Fatima Ebrahim Al Kooheji", ["chair"], ["Shura Council", "committee"], D2,
  "who chairs the council's foreign affairs, defence and national security committee", "optional")
p("Mariam Al Sayegh", ["political scientist"], ["University of Bahrain"], D2,
  "a political scientist at the University of Bahrain")
p("Sandeep Menon", ["senior reporter", "reporter"], ["Gulf Daily News"], D2,
  "Sandeep Menon is a senior reporter at the Gulf Daily News")
p("Glenda Arrindell-Fleming", ["prime minister"], [], D3, "Prime Minister Glenda Arrindell-Fleming")
p("Pieter van Doorninck", ["state secretary"], [], D3, "State Secretary for Kingdom Relations Pieter van Doorninck")
p("Alain Richardson-Dormoy", ["president"], ["Collectivity", "Saint-Martin"], D3,
  "Collectivity President Alain Richardson-Dormoy")
p("Sandrine Aubertin", ["préfète", "prefect", "representative"], ["Saint-Martin", "Saint-Barthélemy", "State"], D3,
  "Préfète Sandrine Aubertin, the State's representative in Saint-Martin and Saint-Barthélemy")
p("Marcel Rogers-Gibbs", ["prime minister"], ["Sint Maarten"], D3,
  "Marcel Rogers-Gibbs, a former prime minister of Sint Maarten", former=True)
p("Sharon Wathey-Lake", ["member of parliament", "mp"], [], D3,
  "Member of Parliament (MP) Sharon Wathey-Lake", "optional")
p("Rhoda Gumbs-Lacroix", ["lecturer"], ["University of St. Martin"], D3,
  "a lecturer in Caribbean constitutional law at the University of St. Martin")
p("Karin Sjöstrand", ["foreign minister"], ["Sweden", "Swedish", "Stockholm"], D4,
  "Foreign Minister Karin Sjöstrand said in Stockholm")
p("Ilkka Rautavaara", ["foreign minister"], ["Finland", "Finnish"], D4, "Finnish Foreign Minister Ilkka Rautavaara")
p("Ilkka Rautavaara", ["ambassador"], ["Finland", "Sweden"], D4,
  "who was Finland’s ambassador to Sweden until 2022", former=True)
p("Yelena Borodina", ["spokesperson"], ["Foreign Ministry", "Russia", "Russian"], D4,
  "Russian Foreign Ministry spokesperson Yelena Borodina")
p("Rein Kalvet", ["foreign minister"], ["Estonia", "Estonian"], D4, "Estonian Foreign Minister Rein Kalvet")
p("Linnea Sundblom-Eriksson", ["premier", "lantråd", "head"], ["Åland", "Government of Åland"], D4,
  "the premier (lantråd) Linnea Sundblom-Eriksson, who heads the Government of Åland")
p("Mikael Storå", ["senior researcher", "researcher"], ["Åland Islands Peace Institute"], D4,
  "a senior researcher at the Åland Islands Peace Institute")
p("Aino Kettunen-Lind", ["political reporter", "reporter"], ["Helsinki Times"], D4,
  "Aino Kettunen-Lind is a Helsinki Times political reporter")
p("Dana Kowalchuk", ["mayor"], [], D5, "Mayor Dana Kowalchuk")
p("Gord Halvorsen", ["president"], ["Kamloops Curling Club", "club"], D5, "Club president Gord Halvorsen")
p("Gord Halvorsen", ["chief"], ["Kamloops Fire Rescue"], D5, "a former Kamloops Fire Rescue chief", former=True)
p("Priya Sandhu-Ruel", ["coun", "councillor"], [], D5, "Coun. Priya Sandhu-Ruel", "optional")
p("Maggie Tremblay-Oduya", ["ice technician"], [], D5, "Ice technician Maggie Tremblay-Oduya", "optional")
p("Carol Halvorsen", ["junior program"], ["Kamloops Curling Club", "club"], D5,
  "who runs the club's junior program", "optional")
p("Ewan McTavish-Reid", ["director of parks", "director"], [], D5,
  "The city's director of parks, recreation and culture, Ewan McTavish-Reid")
p("Marc-André Thibodeau", ["director of events", "director"], ["Curling Canada"], D5,
  "Marc-André Thibodeau, director of events at Curling Canada")
p("Jasmine Okafor", ["mla"], ["Kamloops Centre"], D5, "Kamloops Centre MLA Jasmine Okafor", "optional")
p("Tereza Novak", ["reporter"], ["Kamloops This Week"], D5, "Tereza Novak is a reporter with Kamloops This Week")

R = []
SYM = {"spouse", "sharesBorderWith"}


def r(subj, pred, obj, doc, evidence):
    R.append({"subject": subj, "predicate": pred, "object": obj, "symmetric": pred in SYM, "docs": [doc],
              "evidence": evidence, "status": "required"})


r("Gavdos", "locatedIn", "Chania", D1, "forms part of the regional unit of Chania")
r("Greece", "sharesBorderWith", "Turkey", D1, "Greece and Turkey, both members of NATO, share a land border")
r("Greece", "memberOf", "NATO", D1, "Greece and Turkey, both members of NATO")
r("Turkey", "memberOf", "NATO", D1, "Greece and Turkey, both members of NATO")
r("Eleni Psaraki", "spouse", "Giorgos Psarakis", D1, "with her husband, the fisherman Giorgos Psarakis")
r("Selçuk Ergüven", "memberOf", "Nationalist Movement Party", D1,
  "Selçuk Ergüven, a lawmaker from the Nationalist Movement Party (MHP)")
r("University of Crete", "locatedIn", "Rethymno", D1, "the University of Crete in Rethymno")
r("Karave", "locatedIn", "Gavdos", D1, "Karave, the small port of Gavdos")
for c in ["Bahrain", "Saudi Arabia", "Kuwait", "Qatar", "United Arab Emirates", "Oman"]:
    r(c, "memberOf", "Gulf Cooperation Council", D2,
      "Bahrain was a founding member of the Gulf Cooperation Council (GCC) in 1981, alongside Saudi Arabia, Kuwait, Qatar, the UAE and Oman")
r("Manama", "locatedIn", "Bahrain", D2, "the Bahraini capital, Manama")
r("Hossein-Ali Parvizi", "memberOf", "Front of Islamic Revolution Stability", D2,
  "belongs to the Front of Islamic Revolution Stability")
r("University of Bahrain", "locatedIn", "Sakhir", D2, "the University of Bahrain in Sakhir")
r("France", "sharesBorderWith", "Netherlands", D3, "France and the Netherlands share a border on St. Martin")
r("France", "memberOf", "European Union", D3, "France and the Netherlands, both founding members of the European Union")
r("Netherlands", "memberOf", "European Union", D3,
  "France and the Netherlands, both founding members of the European Union")
r("Oyster Pond", "locatedIn", "St. Martin", D3, "Oyster Pond, a sheltered bay on the island's eastern coast")
r("Philipsburg", "locatedIn", "Sint Maarten", D3, "Philipsburg, the capital of Sint Maarten")
r("Marigot", "locatedIn", "Saint-Martin", D3, "In Marigot, capital of the Collectivity of Saint-Martin")
r("Curtis Brooks", "spouse", "Yvette Brooks", D3, "with his wife, Yvette Brooks")
r("Sharon Wathey-Lake", "memberOf", "United People's Party", D3, "Sharon Wathey-Lake (UP)")
r("Russia", "invaded", "Ukraine", D4, "Russia’s full-scale invasion of Ukraine")
r("Finland", "sharesBorderWith", "Russia", D4, "Finland, which shares a 1,340-kilometre border with Russia")
r("Finland", "memberOf", "NATO", D4, "joined NATO in 2023")
r("Sweden", "memberOf", "NATO", D4, "Sweden followed in 2024")
r("Mariehamn", "locatedIn", "Åland Islands", D4, "In Mariehamn, the islands’ capital")
r("Åland Islands Peace Institute", "locatedIn", "Mariehamn", D4, "the Åland Islands Peace Institute in Mariehamn")
r("Kamloops", "locatedIn", "British Columbia", D5, "Kamloops, in the southern Interior of British Columbia")
r("Brocklehurst", "locatedIn", "Kamloops", D5, "the Brocklehurst and North Shore neighbourhoods of Kamloops")
r("North Shore", "locatedIn", "Kamloops", D5, "the Brocklehurst and North Shore neighbourhoods of Kamloops")
r("Gord Halvorsen", "spouse", "Carol Halvorsen", D5, "Halvorsen's wife, Carol Halvorsen")
r("Jasmine Okafor", "memberOf", "Conservative Party of British Columbia", D5,
  "Jasmine Okafor, of the Conservative Party of British Columbia")
r("Kamloops Curling Club", "memberOf", "Curl BC", D5, "The club, a member of Curl BC")

gold = {
    "about": ABOUT,
    "documents": [D1, D2, D3, D4, D5],
    "near_duplicates": [],
    "entities": list(ENT.values()),
    "not_person": NOT_PERSON,
    "quotes": Q,
    "unattributed": UNATTRIBUTED,
    "stances": S,
    "positions": POS,
    "relations": R,
}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote gold.json")
