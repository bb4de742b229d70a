#!/usr/bin/env python3
"""Writes bench/heldout49/gold.json, the hand-made gold file for the five articles of this set.

Run:  .venv/bin/python bench/heldout49/check/gold_src.py   (writes ../gold.json)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1 = "01_guineenews_kpeaba.txt"
D2 = "02_tatoli_greater_sunrise.txt"
D3 = "03_thebhutanese_jakarlung.txt"
D4 = "04_thereporter_ogaden.txt"
D5 = "05_matangitonga_neiafu_maternity.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Gold standard for bench/heldout49 (five invented articles; every person is fictional).

Conventions:
- quotes: `key` is a verbatim stretch of the quote's own words. `required` = a full statement with an
  explicit speaker (full name, surname, pronoun, role such as `the minister` / `the chief` / `Lyonpo`, or an
  organisation), including a sentence after the cue, a colon quote, and every paragraph of a multi-paragraph
  quote. `optional` = partial quotes, headline/deck echoes and organisation statements quoted in fragments.
  Anonymous speakers (an unnamed officer, unnamed officials, a regional president who is not named) are not
  listed, and their words are in `unattributed` with headline and related-link quotes and scare quotes.
- stances: holder is a gold Country, also when the text gives the capital (`Freetown`, `Lisbon`, `New Delhi`,
  `Dhaka`, `Nairobi`), the ministry, or a minister / spokesperson / ambassador speaking for it. Rejecting or
  not accepting another state's claim to a territory is `doesNotRecognise` that territory; acknowledging,
  backing or considering it part of a state is `recognises`. A claimant's own claim is `optional`.
  Questions (`Will Bamako recognise either claim?`, `Would Kathmandu recognise the new map?`), `is expected
  to recognise`, conditionals (`would not recognise any change ... made by force`), hypotheticals and
  individual MPs are not stances.
- positions: `of_any` lists the organisation or country named with the title (adjectives and capitals
  accepted); empty when none is named. Bylines with a bare label (Reporter:, Editor:), parliamentary seats,
  occupations (herder, trader, fisherman) and a village chief are optional; author footers and former posts
  (`former`: true) are required.
- relations: spouse, sharesBorderWith, invaded, memberOf (countries in a body, persons in a party),
  locatedIn (town in region/country, institution in town), only when stated in the text.
- entities: every person, organisation, country, territory and place named in the article text, including
  bylines, photo credits, footers and related links; navigation bars, social platforms (X, Facebook), seas,
  roads, treaties and unnamed bodies are not entities. Territories are the stance objects.
"""

E = []
def ent(typ, name, docs, *aliases):
    E.append({"type": typ, "name": name, "aliases": list(aliases), "docs": docs})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# ---- 01 Kpeaba
for n, *a in [("Mamadouba Touré", "Touré"), ("Fanta Kourouma", "Kourouma"),
              ("Ibrahima Sory Kanté", "Kanté", "Mr. Kanté"), ("Koffi Aimé N'Guessan", "N'Guessan"),
              ("Adama Kouassi-Yao", "Kouassi-Yao", "Col. Adama Kouassi-Yao"),
              ("Aminata Conteh-Sesay", "Conteh-Sesay"), ("Jallah Dolo-Weah", "Dolo-Weah"),
              ("Moussa Zogbélémou", "Mr. Moussa Zogbélémou"), ("Yawa Zogbélémou", "Mrs. Yawa Zogbélémou"),
              ("Facinet Camara-Diallo", "Camara-Diallo", "Dr. Facinet Camara-Diallo")]:
    ent(P, n, [D1], *a)
ent(O, "Guineenews", [D1], "GUINEENEWS")
ent(O, "Mano River Union", [D1])
ent(O, "ECOWAS", [D1], "Economic Community of West African States")
ent(O, "Université Gamal Abdel Nasser de Conakry", [D1])
ent(C, "Guinea", [D1])
ent(C, "Côte d'Ivoire", [D1], "Cote d'Ivoire", "Ivory Coast")
ent(C, "Sierra Leone", [D1])
ent(C, "Liberia", [D1])
ent(C, "Mali", [D1])
ent(T, "Kpeaba", [D1])
for n in ["Lola", "Conakry", "Abidjan", "Danané", "Freetown", "Monrovia", "Bamako"]:
    ent(L, n, [D1])

# ---- 02 Greater Sunrise
for n, *a in [("Natalino da Costa Ximenes", "Ximenes"), ("Rosa Maria Belo Soares", "Soares"),
              ("Zélia Guterres Amaral", "Amaral"), ("Rui Fernando Lobato", "Lobato", "Mr Lobato"),
              ("Catherine Walsh-Holloway", "Walsh-Holloway", "Ambassador Walsh-Holloway"),
              ("Duarte Vasconcelos Mendes", "Vasconcelos Mendes"),
              ("Aurélia dos Santos Hornay", "Hornay"), ("Januário Belo", "Belo", "Mr Belo"),
              ("Gregório Sarmento", "Mr Sarmento"), ("Lúcia da Silva Sarmento",),
              ("Bambang Wirasena", "Wirasena", "Dr Bambang Wirasena")]:
    ent(P, n, [D2], *a)
ent(O, "TATOLI", [D2], "Agência Noticiosa de Timor-Leste", "Tatoli")
ent(O, "Fretilin", [D2])
ent(O, "National Parliament", [D2])
ent(O, "National Authority of Petroleum and Minerals", [D2])
ent(O, "Universitas Nusa Cendana", [D2])
ent(O, "ASEAN", [D2], "Association of Southeast Asian Nations")
ent(C, "Timor-Leste", [D2], "Timor Leste", "East Timor")
ent(C, "Australia", [D2])
ent(C, "Indonesia", [D2])
ent(C, "Portugal", [D2])
ent(C, "New Zealand", [D2])
ent(T, "Greater Sunrise", [D2], "Greater Sunrise gas fields", "Greater Sunrise fields")
for n in ["Dili", "Canberra", "Jakarta", "Lisbon", "Kupang", "Beaço", "Viqueque", "Covalima", "Suai", "Oecusse"]:
    ent(L, n, [D2])

# ---- 03 Jakarlung
for n, *a in [("Yeshi Wangmo Tshering",), ("Pema Lhendup",),
              ("Kinley Penjor Namgyel", "Lyonpo Kinley Penjor Namgyel"), ("Wang Liqun", "Wang"),
              ("Ashutosh Bhalerao", "Bhalerao"), ("Tanvir Mahmud Chowdhury", "Chowdhury"),
              ("Ugyen Tshomo",), ("Ap Dorji Gyeltshen", "Ap Dorji", "Dorji Gyeltshen"),
              ("Pem Zangmo", "Aum Pem Zangmo"), ("Karma Yeshey Thinley", "Dr Karma", "Dr Karma Yeshey Thinley"),
              ("Sonam Rinchen Wangdi", "Dasho Sonam Rinchen Wangdi")]:
    ent(P, n, [D3], *a)
ent(O, "The Bhutanese", [D3])
ent(O, "National Assembly", [D3])
ent(O, "Ministry of External Affairs", [D3], "India's Ministry of External Affairs")
ent(O, "Ministry of Foreign Affairs and External Trade", [D3], "MoFAET")
ent(O, "BIMSTEC", [D3])
ent(O, "People's Democratic Party", [D3], "PDP")
ent(O, "Royal Thimphu College", [D3])
ent(C, "Bhutan", [D3])
ent(C, "China", [D3])
ent(C, "India", [D3])
ent(C, "Bangladesh", [D3])
ent(C, "Nepal", [D3])
ent(T, "Jakarlung", [D3], "Jakarlung valley")
ent(T, "Pasamlung", [D3], "Pasamlung valley")
ent(L, "Tibet Autonomous Region", [D3], "Tibet")
for n in ["Bumthang", "Chamkhar", "Thimphu", "New Delhi", "Beijing", "Dhaka", "Kathmandu", "Bangkok",
          "Kunming", "Chhoekhor-Tang"]:
    ent(L, n, [D3])

# ---- 04 Ogaden
for n, *a in [("Meron Tesfaye Alemu", "Meron Tesfaye"), ("Abdirahman Yusuf Farah",),
              ("Dawit Gebremedhin Haile", "Ambassador Dawit Gebremedhin Haile"),
              ("Abdiwali Hassan Warsame", "Warsame"), ("Farhan Ise Dualeh", "Dualeh"),
              ("Wanjiru Kamau-Ndegwa", "Kamau-Ndegwa", "Dr. Wanjiru Kamau-Ndegwa"),
              ("Mohamed Abdillahi Guelleh", "Guelleh"),
              ("Abdulkadir Sheikh Nur", "Ato Abdulkadir", "Ato Abdulkadir Sheikh Nur"),
              ("Hodan Abdi Ali", "Woizero Hodan", "Woizero Hodan Abdi Ali"),
              ("Lul Mohamed Jama",), ("Tewodros Mulugeta Bekele", "Dr. Tewodros Mulugeta Bekele")]:
    ent(P, n, [D4], *a)
ent(O, "The Reporter", [D4], "THE REPORTER")
ent(O, "Federal Parliament of Somalia", [D4])
ent(O, "Ministry of Foreign Affairs of Somalia", [D4])
ent(O, "VOA Somali", [D4])
ent(O, "IGAD", [D4], "Intergovernmental Authority on Development")
ent(O, "House of Peoples' Representatives", [D4])
ent(O, "Prosperity Party", [D4])
ent(O, "Addis Ababa University", [D4])
ent(C, "Ethiopia", [D4])
ent(C, "Somalia", [D4])
ent(C, "Kenya", [D4])
ent(C, "Djibouti", [D4])
ent(T, "Ogaden", [D4], "the Ogaden")
ent(L, "Addis Ababa", [D4], "Addis")
for n in ["Somali Region", "Jigjiga", "Degehabur", "Mogadishu", "Nairobi", "Hargeisa"]:
    ent(L, n, [D4])

# ---- 05 Neiafu maternity wing
for n, *a in [("Mele Fonua Kioa", "Kioa"), ("Sione Lātū Havili", "Havili"),
              ("Viliami Tu'ipulotu Kaufana", "Kaufana", "Hon. Dr Viliami Tu'ipulotu Kaufana"),
              ("'Ana Lolohea Vea", "Sister 'Ana Lolohea Vea"),
              ("Sitani Moala Piutau", "Piutau", "Dr Sitani Moala Piutau"),
              ("Hiroshi Tanabe-Okuda", "Tanabe-Okuda", "Mr Hiroshi Tanabe-Okuda"),
              ("Sione Fifita Mafi",), ("Losana Mafi", "Mrs Mafi"),
              ("Tēvita Lavemai Fusimālohi", "Fusimālohi", "Hon. Tēvita Lavemai Fusimālohi")]:
    ent(P, n, [D5], *a)
ent(O, "Matangi Tonga", [D5], "Matangi Tonga Online", "MATANGI TONGA ONLINE")
ent(O, "Prince Ngu Hospital", [D5])
ent(O, "Vaiola Hospital", [D5])
ent(O, "Japan International Cooperation Agency", [D5], "JICA")
ent(O, "Democratic Party of the Friendly Islands", [D5])
ent(O, "Vava'u Women's Council", [D5])
ent(C, "Tonga", [D5], "Kingdom of Tonga")
ent(C, "Japan", [D5], "Government of Japan")
for n in ["Neiafu", "Vava'u", "Nuku'alofa", "Hunga", "'Euakafa", "Leimatu'a"]:
    ent(L, n, [D5])

# dedupe aliases that normalise like the name (kept simple: aliases listed by hand)
for e in E:
    seen, out = {e["name"].casefold()}, []
    for a in e["aliases"]:
        if a.casefold() not in seen:
            seen.add(a.casefold()); out.append(a)
    e["aliases"] = out

NOT_PERSON = ["Guineenews", "Kpeaba", "Lola", "Danané", "Mano River Union", "Gamal Abdel Nasser",
              "Ivorian", "Guinean", "Col.", "Mrs.", "Conakry", "Freetown",
              "Tatoli", "Greater Sunrise", "Beaço", "Viqueque", "Oecusse", "Fretilin", "Nusa Cendana",
              "Timorese", "Vice-Minister", "Covalima", "Suai",
              "Lyonpo", "Dasho", "Aum", "Ap", "Jakarlung", "Pasamlung", "Bumthang", "Chamkhar",
              "Chhoekhor-Tang", "Tang", "Thimphu", "MoFAET", "BIMSTEC", "The Bhutanese",
              "Ogaden", "Jigjiga", "Degehabur", "Hargeisa", "Ato", "Woizero", "Western Somalia",
              "VOA Somali", "Prosperity Party", "The Reporter",
              "Prince Ngu", "Prince Ngu Hospital", "Neiafu", "Vava'u", "Leimatu'a", "Hunga", "Matangi Tonga",
              "Vaiola", "Hon.", "Sister", "JICA"]

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})

# 01
q(D1, "Ibrahima Sory Kanté", "Kpeaba is Guinean and will stay Guinean")
q(D1, "Ibrahima Sory Kanté", "Our soldiers have orders to stay calm. Nobody should mistake our calm for weakness")
q(D1, "Ibrahima Sory Kanté", "a unilateral act on Guinean soil", "optional")
q(D1, "Ibrahima Sory Kanté", "not a single hut", "optional")
q(D1, "Adama Kouassi-Yao", "The village is administered from Danané")
q(D1, "Adama Kouassi-Yao", "The flag simply confirms a fact")
q(D1, "Adama Kouassi-Yao", "does not accept the Guinean reading of the colonial maps", "optional")
q(D1, "Aminata Conteh-Sesay", "We were there in 1970 when the border commission walked the line")
q(D1, "Jallah Dolo-Weah", "Monrovia has no wish to take sides in a quarrel between friends")
q(D1, "Jallah Dolo-Weah", "but the maps we hold are clear")
q(D1, "Moussa Zogbélémou", "Every ten years somebody comes with a flag")
q(D1, "Yawa Zogbélémou", "My grandchildren cannot go to school while soldiers stand in the yard")
q(D1, "Facinet Camara-Diallo", "drew the line along a stream that has since moved", "optional")
q(D1, "Facinet Camara-Diallo", "The decree names a stream, not a village")
q(D1, "ECOWAS", "ready to send a fact-finding team to Lola", "optional")
# 02
q(D2, "Rui Fernando Lobato", "The sea has been drawn, now we build")
q(D2, "Rui Fernando Lobato", "For twenty years our people heard only about lines on maps")
q(D2, "Catherine Walsh-Holloway", "Australia acknowledges Timor-Leste’s sovereign rights over Greater Sunrise")
q(D2, "Duarte Vasconcelos Mendes", "Portugal stands with the Timorese people")
q(D2, "Rui Fernando Lobato", "Greater Sunrise lies south of us, not north")
q(D2, "Aurélia dos Santos Hornay", "The people of the south coast gave their land for this project")
q(D2, "Aurélia dos Santos Hornay", "Now the money must reach Beaço and Suai")
q(D2, "Januário Belo", "says nothing about who will pay for the pipeline", "optional")
q(D2, "Januário Belo", "Sovereignty is the easy part")
q(D2, "Gregório Sarmento", "They tell us the gas is ours")
q(D2, "Lúcia da Silva Sarmento", "He asks the same question every year")
q(D2, "Bambang Wirasena", "If Jakarta were to accept the Greater Sunrise model in the north")
# 03
q(D3, "Kinley Penjor Namgyel", "Our grandparents grazed their yaks in Jakarlung")
q(D3, "Kinley Penjor Namgyel", "Not one stone of the valley is negotiable")
q(D3, "Wang Liqun", "The boundary talks will continue in a friendly spirit")
q(D3, "Ashutosh Bhalerao", "We stand by our friends in Thimphu")
q(D3, "Ugyen Tshomo", "Every family in Tang has a relative who takes animals to the north")
q(D3, "Ap Dorji Gyeltshen", "The yaks do not read maps")
q(D3, "Ap Dorji Gyeltshen", "They go where the grass is good")
q(D3, "Pem Zangmo", "If soldiers come, who will protect our animals")
q(D3, "Karma Yeshey Thinley", "changes nothing in law but a great deal in feeling", "optional")
q(D3, "Karma Yeshey Thinley", "In 1984 both sides agreed to keep the peace along the border")
q(D3, "Karma Yeshey Thinley", "A map is not a treaty")
q(D3, "Sonam Rinchen Wangdi", "We have been patient for forty years")
q(D3, "Ministry of Foreign Affairs and External Trade", "Border talks: expert group to meet in Kunming", "optional")
# 04
q(D4, "Dawit Gebremedhin Haile", "an insult to history and to our Somali citizens", "optional")
q(D4, "Dawit Gebremedhin Haile", "The Ogaden is part of Ethiopia and its people elect their own regional government")
q(D4, "Dawit Gebremedhin Haile", "No vote in another parliament can change that")
q(D4, "Ministry of Foreign Affairs of Somalia", "the opinion of individual members, not of the government", "optional")
q(D4, "Abdiwali Hassan Warsame", "Our two countries fought one war already")
q(D4, "Farhan Ise Dualeh", "was answered by history long ago", "optional")
q(D4, "Wanjiru Kamau-Ndegwa", "Kenya will always respect the borders of our neighbours")
q(D4, "Mohamed Abdillahi Guelleh", "restraint in words as well as deeds", "optional")
q(D4, "Abdulkadir Sheikh Nur", "We sell camels to Somalia, to Djibouti, to the Gulf")
q(D4, "Hodan Abdi Ali", "My brother lives in Hargeisa")
q(D4, "Lul Mohamed Jama", "People here have been Ethiopian citizens all their lives")
q(D4, "Lul Mohamed Jama", "The Somali MPs who wrote this motion have never asked them")
q(D4, "Tewodros Mulugeta Bekele", "These resolutions appear before every election in Mogadishu")
q(D4, "Tewodros Mulugeta Bekele", "said the right thing", "optional")
# 05
q(D5, "Viliami Tu'ipulotu Kaufana", "This building was promised to Vava'u for a long time")
q(D5, "'Ana Lolohea Vea", "Mothers from the outer islands will no longer sleep on the floor")
q(D5, "'Ana Lolohea Vea", "My nurses worked in that old ward with one delivery bed")
q(D5, "Sitani Moala Piutau", "Every flight costs money and every hour in the air")
q(D5, "Hiroshi Tanabe-Okuda", "Healthy mothers make strong families")
q(D5, "Losana Mafi", "We were the first family in the new rooms")
q(D5, "Tēvita Lavemai Fusimālohi", "A good hospital needs a good road")

UNATTRIBUTED = [
    "We were told to raise the flag and to leave",
    "The road to Kpeaba is a road of mud",
    "Oecusse border markers to be checked by March",
    "A debt to the south coast",
    "occupied Western Somalia",
    "Western Somalia",
    "Somali Region budget to double",
    "the test baby",
]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
              "evidence": evidence, "status": status})

st(D1, "Sierra Leone", "recognises", ["Kpeaba"], "Freetown recognises Kpeaba as Guinean territory")
st(D1, "Liberia", "doesNotRecognise", ["Kpeaba"], "has never recognised the Ivorian claim to Kpeaba")
st(D1, "Guinea", "recognises", ["Kpeaba"], "Kpeaba is Guinean and will stay Guinean", "optional")
st(D1, "Côte d'Ivoire", "doesNotRecognise", ["Kpeaba"], "does not accept the Guinean reading of the colonial maps", "optional")
st(D2, "Australia", "recognises", ["Greater Sunrise"], "Australia acknowledges Timor-Leste’s sovereign rights over Greater Sunrise")
st(D2, "Portugal", "recognises", ["Greater Sunrise"], "Lisbon considers the Greater Sunrise fields part of Timor-Leste’s maritime territory")
st(D2, "Timor-Leste", "recognises", ["Greater Sunrise"], "Greater Sunrise lies south of us, not north", "optional")
st(D3, "India", "recognises", ["Jakarlung"], "India backs Bhutan's sovereignty over Jakarlung")
st(D3, "China", "doesNotRecognise", ["Jakarlung"], "China does not accept that Jakarlung belongs to Bhutan")
st(D3, "Bangladesh", "doesNotRecognise", ["Jakarlung"], "Bangladesh refuses to recognise any Chinese claim to Jakarlung or Pasamlung")
st(D3, "Bangladesh", "doesNotRecognise", ["Pasamlung"], "Bangladesh refuses to recognise any Chinese claim to Jakarlung or Pasamlung")
st(D3, "Bhutan", "recognises", ["Jakarlung"], "the Jakarlung and Pasamlung valleys in the north of Bumthang are Bhutanese", "optional")
st(D3, "Bhutan", "recognises", ["Pasamlung"], "the Jakarlung and Pasamlung valleys in the north of Bumthang are Bhutanese", "optional")
st(D3, "China", "recognises", ["Jakarlung"], "considers the valley part of Tibet", "optional")
st(D4, "Somalia", "recognises", ["Ogaden"], "Somalia recognises Ethiopia's sovereignty over the Ogaden")
st(D4, "Kenya", "recognises", ["Ogaden"], "Nairobi considers the Ogaden part of Ethiopia")
st(D4, "Ethiopia", "recognises", ["Ogaden"], "The Ogaden is part of Ethiopia", "optional")

POS = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    POS.append({"person": person, "title_any": title, "of_any": of, "docs": [doc], "evidence": evidence,
                "former": former, "status": status})

pos(D1, "Ibrahima Sory Kanté", ["foreign minister", "minister"], [], "Foreign Minister Ibrahima Sory Kanté")
pos(D1, "Koffi Aimé N'Guessan", ["chargé d'affaires"], ["Ivorian", "Côte d'Ivoire"], "the Ivorian chargé d'affaires, Mr. Koffi Aimé N'Guessan")
pos(D1, "Adama Kouassi-Yao", ["spokesman"], ["Ministry of Defence", "Ivorian", "Côte d'Ivoire"], "Col. Adama Kouassi-Yao, spokesman for the Ivorian Ministry of Defence")
pos(D1, "Aminata Conteh-Sesay", ["foreign minister"], ["Sierra Leone", "Freetown"], "its foreign minister, Mrs. Aminata Conteh-Sesay")
pos(D1, "Jallah Dolo-Weah", ["ambassador"], ["Liberia"], "Mr. Jallah Dolo-Weah, Liberia's ambassador in Conakry")
pos(D1, "Moussa Zogbélémou", ["chief"], ["Kpeaba"], "Kpeaba's chief, Mr. Moussa Zogbélémou", "optional")
pos(D1, "Facinet Camara-Diallo", ["lecturer"], ["Université Gamal Abdel Nasser de Conakry"], "Dr. Facinet Camara-Diallo, a lecturer in history at the Université Gamal Abdel Nasser de Conakry")
pos(D1, "Mamadouba Touré", ["correspondent"], ["Guineenews"], "Mamadouba Touré is Guineenews's correspondent in the forest region")

pos(D2, "Rui Fernando Lobato", ["vice-minister", "vice minister"], ["Petroleum"], "the Vice-Minister for Petroleum and Mineral Resources, Rui Fernando Lobato")
pos(D2, "Catherine Walsh-Holloway", ["ambassador"], ["Australia", "Australian"], "the Australian Ambassador to Timor-Leste, Catherine Walsh-Holloway")
pos(D2, "Duarte Vasconcelos Mendes", ["secretary of state"], ["Portugal", "Portuguese"], "the Portuguese Secretary of State for Foreign Affairs, Duarte Vasconcelos Mendes")
pos(D2, "Aurélia dos Santos Hornay", ["MP"], ["Fretilin", "National Parliament"], "Fretilin MP Aurélia dos Santos Hornay", "optional")
pos(D2, "Januário Belo", ["president"], ["National Authority of Petroleum and Minerals"], "Januário Belo, a former president of the National Authority of Petroleum and Minerals", former=True)
pos(D2, "Bambang Wirasena", ["lecturer"], ["Universitas Nusa Cendana"], "Dr Bambang Wirasena, a maritime law lecturer at Universitas Nusa Cendana")
pos(D2, "Natalino da Costa Ximenes", ["reporter"], ["TATOLI"], "Reporter: Natalino da Costa Ximenes", "optional")
pos(D2, "Rosa Maria Belo Soares", ["editor"], ["TATOLI"], "Editor: Rosa Maria Belo Soares", "optional")
pos(D2, "Gregório Sarmento", ["fisherman"], [], "fisherman Gregório Sarmento", "optional")

pos(D3, "Kinley Penjor Namgyel", ["minister"], ["Foreign Affairs"], "Lyonpo Kinley Penjor Namgyel, the Minister for Foreign Affairs and External Trade")
pos(D3, "Wang Liqun", ["spokesperson"], ["Chinese embassy", "China", "Chinese"], "A spokesperson of the Chinese embassy in New Delhi, Wang Liqun")
pos(D3, "Ashutosh Bhalerao", ["spokesperson"], ["Ministry of External Affairs", "India"], "the spokesperson of India's Ministry of External Affairs, Ashutosh Bhalerao")
pos(D3, "Tanvir Mahmud Chowdhury", ["foreign adviser", "adviser"], ["Bangladesh", "Dhaka"], "its foreign adviser, Tanvir Mahmud Chowdhury")
pos(D3, "Ugyen Tshomo", ["member"], ["National Assembly"], "Ugyen Tshomo, the National Assembly member for Chhoekhor-Tang", "optional")
pos(D3, "Ap Dorji Gyeltshen", ["herder"], [], "herder Ap Dorji Gyeltshen", "optional")
pos(D3, "Karma Yeshey Thinley", ["lecturer"], ["Royal Thimphu College"], "Dr Karma Yeshey Thinley, a lecturer in history at Royal Thimphu College")
pos(D3, "Sonam Rinchen Wangdi", ["foreign secretary"], [], "Former Foreign Secretary Dasho Sonam Rinchen Wangdi", former=True)

pos(D4, "Dawit Gebremedhin Haile", ["minister of foreign affairs", "foreign minister", "minister"], ["Ethiopia", "Foreign Affairs"], "Ethiopia's Minister of Foreign Affairs, Ambassador Dawit Gebremedhin Haile")
pos(D4, "Abdiwali Hassan Warsame", ["deputy foreign minister"], ["Somalia", "Somali"], "Abdiwali Hassan Warsame, the Somali deputy foreign minister")
pos(D4, "Farhan Ise Dualeh", ["MP"], [], "MP Farhan Ise Dualeh", "optional")
pos(D4, "Wanjiru Kamau-Ndegwa", ["cabinet secretary"], ["Kenya", "Foreign Affairs"], "Kenya's Cabinet Secretary for Foreign Affairs, Dr. Wanjiru Kamau-Ndegwa")
pos(D4, "Mohamed Abdillahi Guelleh", ["executive secretary"], ["IGAD", "Intergovernmental Authority on Development"], "whose executive secretary, Mohamed Abdillahi Guelleh")
pos(D4, "Abdulkadir Sheikh Nur", ["livestock trader", "trader"], [], "Ato Abdulkadir Sheikh Nur, a livestock trader", "optional")
pos(D4, "Lul Mohamed Jama", ["represents", "member", "MP"], ["House of Peoples' Representatives", "Degehabur"], "Lul Mohamed Jama, who represents Degehabur in the House of Peoples' Representatives", "optional")
pos(D4, "Tewodros Mulugeta Bekele", ["associate professor", "professor"], ["Addis Ababa University"], "Dr. Tewodros Mulugeta Bekele, associate professor of international relations at Addis Ababa University")
pos(D4, "Meron Tesfaye Alemu", ["senior reporter", "reporter"], ["The Reporter"], "Meron Tesfaye Alemu is a senior reporter at The Reporter")

pos(D5, "Viliami Tu'ipulotu Kaufana", ["minister of health", "minister"], ["Health"], "The Minister of Health, Hon. Dr Viliami Tu'ipulotu Kaufana")
pos(D5, "'Ana Lolohea Vea", ["head nurse"], [], "The head nurse of the maternity ward, Sister 'Ana Lolohea Vea")
pos(D5, "Sitani Moala Piutau", ["medical superintendent"], ["Prince Ngu Hospital"], "Dr Sitani Moala Piutau, the medical superintendent of Prince Ngu Hospital")
pos(D5, "Hiroshi Tanabe-Okuda", ["ambassador"], ["Japan", "Japanese"], "The Japanese Ambassador to Tonga, Mr Hiroshi Tanabe-Okuda")
pos(D5, "Tēvita Lavemai Fusimālohi", ["member of parliament", "MP"], [], "Local Member of Parliament for Vava'u 15, Hon. Tēvita Lavemai Fusimālohi", "optional")
pos(D5, "Mele Fonua Kioa", ["reporter"], ["Matangi Tonga"], "Mele Fonua Kioa is a Matangi Tonga reporter based in Vava'u")

R = []
def rel(doc, s, p, o, evidence):
    R.append({"subject": s, "predicate": p, "object": o, "symmetric": p in ("spouse", "sharesBorderWith"),
              "docs": [doc], "evidence": evidence, "status": "required"})

rel(D1, "Guinea", "sharesBorderWith", "Côte d'Ivoire", "Guinea and Côte d'Ivoire share a border of about 600 kilometres")
rel(D1, "Liberia", "sharesBorderWith", "Guinea", "Liberia, which borders both Guinea and Côte d'Ivoire")
rel(D1, "Liberia", "sharesBorderWith", "Côte d'Ivoire", "Liberia, which borders both Guinea and Côte d'Ivoire")
rel(D1, "Mali", "sharesBorderWith", "Guinea", "Mali, which also shares a border with both countries")
rel(D1, "Mali", "sharesBorderWith", "Côte d'Ivoire", "Mali, which also shares a border with both countries")
rel(D1, "Moussa Zogbélémou", "spouse", "Yawa Zogbélémou", "with his wife, Mrs. Yawa Zogbélémou")
rel(D1, "Lola", "locatedIn", "Guinea", "Lola, a prefecture in the forest region of Guinea")
rel(D1, "Danané", "locatedIn", "Côte d'Ivoire", "the Ivorian town of Danané")
rel(D1, "Guinea", "memberOf", "ECOWAS", "ECOWAS, which counts both Guinea and Côte d'Ivoire among its members")
rel(D1, "Côte d'Ivoire", "memberOf", "ECOWAS", "ECOWAS, which counts both Guinea and Côte d'Ivoire among its members")

rel(D2, "Beaço", "locatedIn", "Viqueque", "Beaço, Viqueque")
rel(D2, "Indonesia", "sharesBorderWith", "Timor-Leste", "Indonesia shares a border with the country on the island of Timor")
rel(D2, "Indonesia", "invaded", "Timor-Leste", "Indonesia invaded the territory in 1975")
rel(D2, "Timor-Leste", "memberOf", "ASEAN", "Timor-Leste joined the Association of Southeast Asian Nations (ASEAN) in 2025")
rel(D2, "Aurélia dos Santos Hornay", "memberOf", "Fretilin", "Fretilin MP Aurélia dos Santos Hornay")
rel(D2, "Gregório Sarmento", "spouse", "Lúcia da Silva Sarmento", "fisherman Gregório Sarmento, 58, and his wife, Lúcia da Silva Sarmento")

rel(D3, "Bhutan", "sharesBorderWith", "India", "Landlocked Bhutan borders only India and China")
rel(D3, "Bhutan", "sharesBorderWith", "China", "Landlocked Bhutan borders only India and China")
for c in ["Bhutan", "India", "Bangladesh", "Nepal"]:
    rel(D3, c, "memberOf", "BIMSTEC", "Bhutan, India, Bangladesh and Nepal are all members of BIMSTEC")
rel(D3, "Ugyen Tshomo", "memberOf", "People's Democratic Party", "a member of the People's Democratic Party (PDP)")
rel(D3, "Chamkhar", "locatedIn", "Bumthang", "Chamkhar, a town in Bumthang")
rel(D3, "Bumthang", "locatedIn", "Bhutan", "Bumthang, in central Bhutan")
rel(D3, "Ap Dorji Gyeltshen", "spouse", "Pem Zangmo", "with his wife, Aum Pem Zangmo")

for c in ["Somalia", "Kenya", "Djibouti"]:
    rel(D4, "Ethiopia", "sharesBorderWith", c, "Ethiopia, which borders Somalia, Kenya and Djibouti")
rel(D4, "Somalia", "invaded", "Ethiopia", "when Somalia invaded Ethiopia in July 1977")
for c in ["Ethiopia", "Somalia", "Kenya", "Djibouti"]:
    rel(D4, c, "memberOf", "IGAD", "Ethiopia, Somalia, Kenya and Djibouti are all members of the Intergovernmental Authority on Development (IGAD)")
rel(D4, "Jigjiga", "locatedIn", "Somali Region", "Jigjiga, the capital of the Somali Region")
rel(D4, "Degehabur", "locatedIn", "Somali Region", "Degehabur is a town in the Somali Region")
rel(D4, "Abdulkadir Sheikh Nur", "spouse", "Hodan Abdi Ali", "and his wife, Woizero Hodan Abdi Ali")
rel(D4, "Lul Mohamed Jama", "memberOf", "Prosperity Party", "in the House of Peoples' Representatives for the Prosperity Party")

rel(D5, "Prince Ngu Hospital", "locatedIn", "Neiafu", "Prince Ngu Hospital in Neiafu")
rel(D5, "Neiafu", "locatedIn", "Vava'u", "Neiafu, the main town of Vava'u")
rel(D5, "Leimatu'a", "locatedIn", "Vava'u", "Leimatu'a, a village in Vava'u")
rel(D5, "Vava'u", "locatedIn", "Tonga", "Vava'u, Tonga")
rel(D5, "Vaiola Hospital", "locatedIn", "Nuku'alofa", "Vaiola Hospital in Nuku'alofa")
rel(D5, "Sione Fifita Mafi", "spouse", "Losana Mafi", "Sione Fifita Mafi and his wife, Losana Mafi")
rel(D5, "Tēvita Lavemai Fusimālohi", "memberOf", "Democratic Party of the Friendly Islands", "Hon. Tēvita Lavemai Fusimālohi, of the Democratic Party of the Friendly Islands")

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": E, "not_person": NOT_PERSON,
        "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S, "positions": POS, "relations": R}


def render() -> str:
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(render(), encoding="utf-8")
    print("wrote", HERE.parent / "gold.json")
