"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_zimlive_mthwakazi.txt", "02_kabulnow_panjshir.txt", "03_almayadeen_socotra.txt",
                      "04_nationthailand_patani.txt", "05_citinewsroom_techiman_library.txt")
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

# ---------- D1 ----------
for n, *a in [("Nomsa Khumalo", "Khumalo"), ("Mthulisi Ncube", "Ncube"), ("Tendai Mutasa", "Mutasa"),
              ("Farai Chikore", "Chikore"), ("Lerato Mokoena", "Mokoena"), ("Kagiso Sebego", "Sebego"),
              ("Mwila Banda", "Banda"), ("Thandekile Moyo", "Moyo"), ("Busani Sibanda", "Sibanda"),
              ("Nkosilathi Dube", "Dube")]:
    ent(P, n, *a, doc=[D1])
ent(O, "ZimLive", doc=[D1])
ent(O, "Mthwakazi Restoration Council", doc=[D1])
ent(O, "Department of International Relations and Cooperation", "Dirco", doc=[D1])
ent(O, "Southern African Development Community", "SADC", doc=[D1])
ent(O, "African Union", "AU", doc=[D1])
ent(O, "AU Commission", doc=[D1])
ent(C, "Zimbabwe", "Harare", doc=[D1])
ent(C, "South Africa", "Pretoria", doc=[D1])
ent(C, "Botswana", "Gaborone", doc=[D1])
ent(C, "Zambia", "Lusaka", doc=[D1])
ent(C, "Mozambique", "Maputo", doc=[D1])
ent(C, "Namibia", "Windhoek", doc=[D1])
ent(T, "Republic of Mthwakazi", "Mthwakazi", doc=[D1])
for n in ["Matabeleland", "Matabeleland North", "Midlands", "Bulawayo", "Bulawayo Central", "Plumtree", "Mutare",
          "Mpopoma", "Nkulumane", "Gwanda", "Addis Ababa"]:
    ent(PL, n, doc=[D1])

q(D1, "Mthulisi Ncube", "waited forty years for justice that never came", "optional")
q(D1, "Mthulisi Ncube", "Today we stop asking Harare for permission. Mthwakazi was a nation before Zimbabwe was a country")
q(D1, "Tendai Mutasa", "The Government of Zimbabwe will never recognise this so-called republic")
q(D1, "Tendai Mutasa", "Zimbabwe is one and indivisible from Plumtree to Mutare")
q(D1, "Farai Chikore", "We are looking for the remaining organisers")
q(D1, "Lerato Mokoena", "South Africa respects the sovereignty of its neighbour")
q(D1, "Kagiso Sebego", "today, tomorrow or ever", "optional")
q(D1, "Kagiso Sebego", "Botswana will not allow its territory to be used to destabilise a sister state")
q(D1, "Kagiso Sebego", "We have instructed our border posts to be vigilant")
q(D1, "Mwila Banda", "There is nothing to recognise. There is one Zimbabwe, and Zambia stands with it")
q(D1, "Southern African Development Community", "does not recognise unconstitutional changes of any kind in member states", "optional")
q(D1, "Thandekile Moyo", "I do not support secession, but Harare must ask itself")
q(D1, "Thandekile Moyo", "nobody is listening", "optional")
q(D1, "Busani Sibanda", "Our city has suffered enough. Let us resolve this through dialogue")
q(D1, "Nkosilathi Dube", "The people have spoken")
q(D1, "Nkosilathi Dube", "No minister in Harare can reverse that with a press conference")
q(D1, "Tendai Mutasa", "tribal agitators", "optional")
UNATTR += ["Republic of Mthwakazi", "studying the developments"]

MTH = ["Republic of Mthwakazi", "Mthwakazi"]
st(D1, "Zimbabwe", N, MTH, "The Government of Zimbabwe will never recognise this so-called republic")
st(D1, "South Africa", N, MTH, "South Africa does not recognise the so-called Republic of Mthwakazi")
st(D1, "Botswana", N, MTH, "his country would not recognise Mthwakazi")
st(D1, "Zambia", N, MTH, "Lusaka also refused to recognise the entity")
st(D1, "Mozambique", N, MTH, "and so did Maputo")
NEG += [{"docs": [D1], "country": "Namibia", "territory": "Republic of Mthwakazi", "why": "question",
         "evidence": "Asked whether Namibia would recognise Mthwakazi"},
        {"docs": [D1], "country": "Southern African Development Community", "territory": "Republic of Mthwakazi",
         "why": "international body, not a country", "evidence": "does not recognise unconstitutional changes of any kind"}]

pos(D1, "Mthulisi Ncube", ["chairman"], ["Mthwakazi Restoration Council"], "Council chairman Mthulisi Ncube")
pos(D1, "Tendai Mutasa", ["Information minister"], [], "Information minister Tendai Mutasa")
pos(D1, "Farai Chikore", ["spokesperson", "Assistant Commissioner"], [], "Police spokesperson Assistant Commissioner Farai Chikore")
pos(D1, "Lerato Mokoena", ["spokesperson"], ["Department of International Relations and Cooperation", "Dirco"], "Dirco spokesperson Lerato Mokoena")
pos(D1, "Kagiso Sebego", ["Foreign affairs minister"], ["Botswana"], "Foreign affairs minister Kagiso Sebego")
pos(D1, "Mwila Banda", ["permanent secretary"], ["Zambia"], "Zambia's permanent secretary for foreign affairs, Mwila Banda")
pos(D1, "Thandekile Moyo", ["legislator"], ["Bulawayo Central"], "Opposition legislator for Bulawayo Central, Thandekile Moyo")
pos(D1, "Busani Sibanda", ["mayor"], ["Bulawayo"], "Bulawayo mayor Busani Sibanda")
pos(D1, "Nkosilathi Dube", ["governor"], ["Matabeleland North"], "Former Matabeleland North governor Nkosilathi Dube", former=True)
pos(D1, "Nkosilathi Dube", ["advisory board"], ["Mthwakazi Restoration Council"], "sits on the council's advisory board", "optional")
pos(D1, "Nomsa Khumalo", ["senior political reporter", "political reporter"], ["ZimLive"], "Nomsa Khumalo is a senior political reporter for ZimLive")

rel(D1, "Botswana", "sharesBorderWith", "Zimbabwe", "Botswana, which shares a long border with Zimbabwe")
rel(D1, "Zimbabwe", "memberOf", "Southern African Development Community", "The Southern African Development Community, of which Zimbabwe is a member")
rel(D1, "Bulawayo", "locatedIn", "Zimbabwe", "Bulawayo, Zimbabwe's second-largest city")
rel(D1, "Mthwakazi Restoration Council", "claims", "Matabeleland", "The Mthwakazi Restoration Council, which claims Matabeleland")
NOT_PERSON += ["ZimLive", "Dirco", "Bulawayo City Hall", "Matabeleland North", "Bulawayo Central"]

# ---------- D2 ----------
for n, *a in [("Ahmad Zia Rahimi", "Rahimi"), ("Qari Hamdullah Nooristani", "Nooristani", "Hamdullah Nooristani"),
              ("Mehdi Karimzadeh", "Karimzadeh"), ("Ayesha Qureshi", "Qureshi"), ("Bakhodir Saidov", "Saidov"),
              ("Farida Sultani", "Sultani"), ("Jawed Sultani",), ("Kamaluddin Nezami", "Nezami")]:
    ent(P, n, *a, doc=[D2])
ent(O, "KabulNow", doc=[D2])
ent(O, "National Resistance Front", "NRF", doc=[D2])
ent(O, "Taliban", doc=[D2])
ent(O, "Russian embassy in Kabul", doc=[D2])
ent(O, "United Nations", "UN", doc=[D2])
ent(O, "United Nations Assistance Mission in Afghanistan", doc=[D2])
ent(C, "Iran", "Tehran", "Islamic Republic", doc=[D2, D3])
ent(C, "Pakistan", "Islamabad", doc=[D2])
ent(C, "Russia", "Moscow", doc=[D2])
ent(C, "Uzbekistan", "Tashkent", doc=[D2])
ent(C, "Tajikistan", "Dushanbe", doc=[D2])
ent(C, "Afghanistan", doc=[D2])
ent(T, "Panjshir Self-Administration", doc=[D2])
for n in ["Panjshir", "Bazarak", "Kabul", "Gulbahar", "Rukha", "Dara"]:
    ent(PL, n, doc=[D2])

q(D2, "Ahmad Zia Rahimi", "until a legitimate government returns to Kabul", "optional")
q(D2, "Ahmad Zia Rahimi", "We are not declaring a new country. We are declaring that the people of Panjshir")
q(D2, "Ahmad Zia Rahimi", "Let the world come and see who governs here and how")
q(D2, "Qari Hamdullah Nooristani", "every village of Panjshir", "optional")
q(D2, "Qari Hamdullah Nooristani", "This is a video made abroad by people who fled the country")
q(D2, "Mehdi Karimzadeh", "The Islamic Republic supports the unity of Afghanistan")
q(D2, "Ayesha Qureshi", "Pakistan does not and will not recognise any parallel structure inside Afghanistan")
q(D2, "Bakhodir Saidov", "position is unchanged. Afghanistan must remain one state")
q(D2, "United Nations Assistance Mission in Afghanistan", "any authority established through force", "optional")
q(D2, "Farida Sultani", "The girls asked me if school will open again")
q(D2, "Jawed Sultani", "A sack of flour costs three thousand afghanis now")
q(D2, "Jawed Sultani", "People are eating once a day")
q(D2, "Kamaluddin Nezami", "Recognition is not given for a video. It is given for a government that can feed people")
UNATTR += ["Panjshir Self-Administration"]

PSA = ["Panjshir Self-Administration"]
st(D2, "Iran", N, PSA, "Tehran considered the self-administration illegal and did not recognise it")
st(D2, "Pakistan", N, PSA, "Pakistan does not and will not recognise any parallel structure inside Afghanistan")
st(D2, "Russia", N, PSA, "Russia regards the Panjshir Self-Administration as an illegitimate armed formation")
st(D2, "Uzbekistan", N, PSA, "his country would not recognise the administration either")
st(D2, "Russia", R, ["Afghanistan"], "Moscow, which formally recognised the Taliban government last year", "optional")
NEG += [{"docs": [D2], "country": "Tajikistan", "territory": "Panjshir Self-Administration", "why": "question",
         "evidence": "Would Dushanbe recognise the NRF’s administration"},
        {"docs": [D2], "country": "United Nations Assistance Mission in Afghanistan", "territory": "Panjshir Self-Administration",
         "why": "international body, not a country", "evidence": "which is not a state, said it did not recognise"}]

pos(D2, "Ahmad Zia Rahimi", ["head of foreign relations"], ["National Resistance Front", "NRF"], "Ahmad Zia Rahimi, the NRF’s head of foreign relations")
pos(D2, "Qari Hamdullah Nooristani", ["deputy spokesman", "spokesman"], ["Taliban"], "Qari Hamdullah Nooristani, a deputy spokesman for the Taliban")
pos(D2, "Mehdi Karimzadeh", ["spokesman"], ["Iran", "foreign ministry"], "Iran’s foreign ministry spokesman, Mehdi Karimzadeh")
pos(D2, "Ayesha Qureshi", ["spokeswoman"], ["Pakistan", "Foreign Office"], "Its spokeswoman, Ayesha Qureshi")
pos(D2, "Bakhodir Saidov", ["foreign minister"], ["Uzbekistan"], "Uzbekistan’s foreign minister, Bakhodir Saidov")
pos(D2, "Farida Sultani", ["teacher"], [], "Farida Sultani, a teacher in Rukha district")
pos(D2, "Jawed Sultani", ["shopkeeper"], [], "Jawed Sultani, a shopkeeper")
pos(D2, "Kamaluddin Nezami", ["governor"], ["Panjshir"], "Former Panjshir governor Kamaluddin Nezami", former=True)

rel(D2, "Farida Sultani", "spouse", "Jawed Sultani", "Her husband, Jawed Sultani")
rel(D2, "Afghanistan", "sharesBorderWith", "Tajikistan", "Afghanistan shares a border of more than 1,300 kilometres with Tajikistan")
rel(D2, "Bazarak", "locatedIn", "Panjshir", "Bazarak, the provincial centre of Panjshir")
NOT_PERSON += ["KabulNow", "Panjshir", "Foreign Office"]

# ---------- D3 ----------
for n, *a in [("Hamad al-Busaidi", "al-Busaidi"), ("Abdulkarim al-Hamdani", "al-Hamdani"),
              ("Nasser al-Awlaqi", "al-Awlaqi"), ("Ahmed Fawzy", "Fawzy"), ("Reza Saberi", "Saberi"),
              ("Salem Abdullah Saad", "Saad")]:
    ent(P, n, *a, doc=[D3])
ent(O, "Al Mayadeen English", "Al Mayadeen", doc=[D3])
ent(O, "Socotra Community Council", doc=[D3])
ent(O, "Presidential Leadership Council", doc=[D3])
ent(O, "State Department", doc=[D3])
ent(O, "Arab League", doc=[D3])
ent(O, "UNESCO", doc=[D3])
ent(O, "Southern Transitional Council", doc=[D3])
ent(O, "AFP", doc=[D3])
ent(C, "Saudi Arabia", "Riyadh", doc=[D3])
ent(C, "Oman", "Muscat", doc=[D3])
ent(C, "United Arab Emirates", "UAE", "Emirates", "Abu Dhabi", doc=[D3])
ent(C, "Yemen", "Republic of Yemen", doc=[D3])
ent(C, "Egypt", "Cairo", doc=[D3])
ent(C, "United States", "Washington", doc=[D3])
ent(T, "Socotra", doc=[D3])
for n in ["Hadibu", "Qalansiyah", "Aden", "Sanaa", "Mahra"]:
    ent(PL, n, doc=[D3])

q(D3, "Saudi Arabia", "does not recognise any change to the status of Socotra", "optional")
q(D3, "Hamad al-Busaidi", "Socotra is Yemeni land, and it will remain Yemeni land. No council and no vote can change this")
q(D3, "Abdulkarim al-Hamdani", "a colonial theater directed from Abu Dhabi", "optional")
q(D3, "Abdulkarim al-Hamdani", "The Emirates has occupied Socotra militarily for years")
q(D3, "Abdulkarim al-Hamdani", "Every inch of Socotra will return to the Yemeni people, whatever it costs")
q(D3, "Nasser al-Awlaqi", "rejects this farce completely", "optional")
q(D3, "Nasser al-Awlaqi", "We call on our brothers in the coalition to stop this dangerous game")
q(D3, "Reza Saberi", "What happened in Socotra is the natural result of a war")
q(D3, "Reza Saberi", "The Islamic Republic stands with the Yemeni people and their sovereignty over all their islands")
q(D3, "United Arab Emirates", "respects the will of the people of Socotra", "optional")
q(D3, "United Arab Emirates", "study the request carefully", "optional")
q(D3, "Arab League", "any unilateral change to the borders of member states", "optional")
q(D3, "Salem Abdullah Saad", "Nobody asked us. The council was chosen by the Emiratis, not by the people of the island")
q(D3, "State Department", "following the situation closely", "optional")
UNATTR += ["accession", "join", "accede", "military buildup"]

SOC = ["Socotra"]
st(D3, "Saudi Arabia", N, SOC, "Riyadh saying it considers the move illegal and void")
st(D3, "Oman", N, SOC, "the Sultanate regarded Socotra as an inseparable part of Yemen")
st(D3, "Yemen", N, SOC, "Yemen will not recognize this annexation")
st(D3, "Egypt", N, SOC, "Egypt also refused to recognise the vote")
st(D3, "Iran", N, SOC, "Iran, for its part, considers the accession vote illegal")
NEG += [{"docs": [D3], "country": "United States", "territory": "Socotra", "why": "question",
         "evidence": "Would Washington recognise an Emirati Socotra?"},
        {"docs": [D3], "country": "United Arab Emirates", "territory": "Socotra", "why": "no stance stated",
         "evidence": "It did not say whether Abu Dhabi would accept the annexation"},
        {"docs": [D3], "country": "Arab League", "territory": "Socotra", "why": "international body, not a country",
         "evidence": "The Arab League, which is not a state, said it did not recognise"}]

pos(D3, "Hamad al-Busaidi", ["Foreign Minister"], ["Oman"], "Oman's Foreign Minister Hamad al-Busaidi")
pos(D3, "Abdulkarim al-Hamdani", ["Foreign Minister"], ["Sanaa"], "Sanaa's Foreign Minister Abdulkarim al-Hamdani")
pos(D3, "Nasser al-Awlaqi", ["member"], ["Presidential Leadership Council"], "Presidential Leadership Council member Nasser al-Awlaqi")
pos(D3, "Ahmed Fawzy", ["spokesman"], ["Egypt", "Foreign Ministry"], "Egyptian Foreign Ministry spokesman Ahmed Fawzy")
pos(D3, "Reza Saberi", ["spokesman"], ["Iran", "Foreign Ministry"], "Foreign Ministry spokesman Reza Saberi")
pos(D3, "Salem Abdullah Saad", ["fisherman"], [], "Salem Abdullah Saad, a fisherman from Qalansiyah")

rel(D3, "Yemen", "sharesBorderWith", "Saudi Arabia", "Yemen shares land borders with Saudi Arabia and Oman")
rel(D3, "Yemen", "sharesBorderWith", "Oman", "Yemen shares land borders with Saudi Arabia and Oman")
rel(D3, "Socotra", "locatedIn", "Yemen", "the Socotra archipelago, Yemen")
rel(D3, "Hadibu", "locatedIn", "Socotra", "Hadibu, the main town of the Socotra archipelago")
NOT_PERSON += ["Al Mayadeen English", "Al Mayadeen", "Hadibu", "Sanaa"]

# ---------- D4 ----------
for n, *a in [("Zulkifli Hashim", "Zulkifli"), ("Ratna Kusumawati",), ("Sok Vannarith",),
              ("Kittiphong Rattanasiri",), ("Chai Wacharapong",), ("Thanakorn Srisuk", "Thanakorn"),
              ("Ibrahim Al-Mansouri",), ("Abdulroning Samae", "Abdulroning"), ("Rahim Noor Aziz", "Rahim"),
              ("Pichet Kaewmanee", "Pichet")]:
    ent(P, n, *a, doc=[D4])
ent(O, "The Nation", "nationthailand", "Nation Group (Thailand) PCL", doc=[D4])
ent(O, "Internal Security Operations Command", "Internal Security Operations Command Region 4", doc=[D4])
ent(O, "Patani Liberation Council", doc=[D4])
ent(O, "Fourth Army Region", doc=[D4])
ent(O, "Barisan Revolusi Nasional", "BRN", doc=[D4])
ent(O, "Organisation of Islamic Cooperation", doc=[D4])
ent(C, "Malaysia", "Kuala Lumpur", doc=[D4])
ent(C, "Indonesia", "Jakarta", doc=[D4])
ent(C, "Thailand", "Bangkok", doc=[D4])
ent(C, "Singapore", doc=[D4])
ent(C, "Cambodia", "Phnom Penh", doc=[D4])
ent(C, "Laos", "Vientiane", doc=[D4])
ent(T, "Republic of Patani", "Patani", doc=[D4])
for n in ["Narathiwat", "Rueso", "Pattani", "Yala", "Songkhla", "Putrajaya", "Kelantan", "Bannang Sata", "Deep South"]:
    ent(PL, n, doc=[D4])

q(D4, "Zulkifli Hashim", "Malaysia will not allow any group to use its territory to undermine the sovereignty")
q(D4, "Ratna Kusumawati", "no legal basis whatsoever", "optional")
q(D4, "Ratna Kusumawati", "Indonesia firmly supports the territorial integrity of Thailand")
q(D4, "Chai Wacharapong", "The declaration is a piece of paper written by a handful of people")
q(D4, "Chai Wacharapong", "Thailand thanks Malaysia and Indonesia for their clear and quick support")
q(D4, "Thanakorn Srisuk", "We have no information that armed groups on the ground support this declaration")
q(D4, "Barisan Revolusi Nasional", "remains committed to the dialogue process facilitated by Malaysia", "optional")
q(D4, "Abdulroning Samae", "The government should not just laugh at this")
q(D4, "Rahim Noor Aziz", "I have never heard of this council in all my years of facilitation")
q(D4, "Rahim Noor Aziz", "They do not represent anyone at the table")
q(D4, "Pichet Kaewmanee", "Anyone who shares it may be breaking the law")
UNATTR += ["Republic of Patani", "declaration of independence"]

PAT = ["Republic of Patani", "Patani"]
st(D4, "Malaysia", N, PAT, "Kuala Lumpur does not recognise the so-called republic")
st(D4, "Indonesia", N, PAT, "Jakarta also does not recognise the entity")
st(D4, "Cambodia", N, PAT, "Phnom Penh would never recognise the group's state")
st(D4, "Laos", N, PAT, "and so does Vientiane")
st(D4, "Singapore", N, PAT, "Singapore and Cambodia issued similar statements", "optional")
NEG += [{"docs": [D4], "country": "Organisation of Islamic Cooperation", "territory": "Republic of Patani",
         "why": "question; international body, not a country",
         "evidence": "Would the Organisation of Islamic Cooperation recognise the entity?"}]

pos(D4, "Zulkifli Hashim", ["Foreign Minister"], ["Malaysia"], "Malaysia's Foreign Minister Zulkifli Hashim")
pos(D4, "Ratna Kusumawati", ["Spokeswoman"], ["Indonesia", "foreign ministry"], "Spokeswoman Ratna Kusumawati")
pos(D4, "Sok Vannarith", ["Foreign Minister"], ["Cambodia"], "Cambodia's Foreign Minister Sok Vannarith")
pos(D4, "Kittiphong Rattanasiri", ["Prime Minister"], [], "Prime Minister Kittiphong Rattanasiri")
pos(D4, "Chai Wacharapong", ["spokesman"], [], "Government spokesman Chai Wacharapong")
pos(D4, "Thanakorn Srisuk", ["commander", "Lt Gen"], ["Fourth Army Region"], "Lt Gen Thanakorn Srisuk, commander of the Fourth Army Region")
pos(D4, "Ibrahim Al-Mansouri", ["secretary-general"], ["Organisation of Islamic Cooperation"], "Its secretary-general, Ibrahim Al-Mansouri")
pos(D4, "Abdulroning Samae", ["Senator"], ["Pattani"], "Pattani Senator Abdulroning Samae")
pos(D4, "Rahim Noor Aziz", ["peace facilitator"], ["Malaysia"], "Former Malaysian peace facilitator Tan Sri Rahim Noor Aziz", former=True)
pos(D4, "Pichet Kaewmanee", ["governor"], ["Yala"], "Yala governor Pichet Kaewmanee")

rel(D4, "Thailand", "sharesBorderWith", "Malaysia", "Thailand shares a border with Malaysia")
rel(D4, "Bannang Sata", "locatedIn", "Yala", "Yala's Bannang Sata")
rel(D4, "Rueso", "locatedIn", "Narathiwat", "Narathiwat's Rueso district")
NOT_PERSON += ["Wisma Putra", "Lt Gen", "Tan Sri", "The Nation", "nationthailand"]

# ---------- D5 ----------
for n, *a in [("Kwabena Owusu-Ansah",), ("Yaw Boakye-Danquah", "Boakye-Danquah"), ("Akosua Frimpong-Mensah",),
              ("Kofi Asamoah", "Asamoah"), ("Adjoa Sarpong", "Sarpong"), ("Gifty Nkansah",), ("Esi Darko", "Esi"),
              ("Samuel Adu-Gyamfi", "Adu-Gyamfi"), ("Peter Amankwah",), ("Comfort Baah", "Baah")]:
    ent(P, n, *a, doc=[D5])
ent(O, "Citi Newsroom", "Citi News", doc=[D5])
ent(O, "Techiman Municipal Assembly", doc=[D5])
ent(O, "Ghana Library Authority", doc=[D5])
ent(O, "Techiman Traders Union", doc=[D5])
ent(O, "Techiman Methodist Primary School", doc=[D5])
ent(O, "Techiman Senior High School", doc=[D5])
ent(C, "Ghana", doc=[D5])
for n, *a in [("Techiman",), ("Bono East Region", "Bono East"), ("Sunyani",), ("Techiman South",), ("Kintampo",)]:
    ent(PL, n, *a, doc=[D5])

q(D5, "Yaw Boakye-Danquah", "This library has produced doctors, teachers and lawyers for this municipality")
q(D5, "Yaw Boakye-Danquah", "Our children need a quiet place to read after school")
q(D5, "Akosua Frimpong-Mensah", "Reading is the foundation of every other skill")
q(D5, "Kofi Asamoah", "I did my homework at that table in 1988")
q(D5, "Kofi Asamoah", "My children will do theirs here too")
q(D5, "Adjoa Sarpong", "We have already registered 350 new members this morning alone")
q(D5, "Gifty Nkansah", "Many projects in this country are abandoned halfway")
q(D5, "Esi Darko", "Now I don't need to spend money on transport")
q(D5, "Samuel Adu-Gyamfi", "The building can now stay open in the evenings")
q(D5, "Comfort Baah", "We want every district capital in Bono East to have a library like this")

pos(D5, "Yaw Boakye-Danquah", ["Municipal Chief Executive"], [], "The Municipal Chief Executive, Hon. Yaw Boakye-Danquah")
pos(D5, "Akosua Frimpong-Mensah", ["Executive Director"], ["Ghana Library Authority"], "The Executive Director of the Ghana Library Authority, Madam Akosua Frimpong-Mensah")
pos(D5, "Kofi Asamoah", ["Chairman"], ["Techiman Traders Union"], "The Chairman of the Techiman Traders Union, Mr Kofi Asamoah")
pos(D5, "Adjoa Sarpong", ["Municipal Librarian", "Librarian"], [], "The Municipal Librarian, Miss Adjoa Sarpong")
pos(D5, "Gifty Nkansah", ["Member of Parliament"], ["Techiman South"], "The Member of Parliament for Techiman South, Hon. Gifty Nkansah")
pos(D5, "Esi Darko", ["student"], ["Techiman Senior High School"], "A Form Two student of Techiman Senior High School, Esi Darko")
pos(D5, "Samuel Adu-Gyamfi", ["Municipal Engineer", "Engineer"], [], "the Municipal Engineer, Mr Samuel Adu-Gyamfi")
pos(D5, "Peter Amankwah", ["Regional Minister"], ["Bono East"], "The Bono East Regional Minister, Hon. Peter Amankwah")
pos(D5, "Comfort Baah", ["deputy"], [], "his deputy, Hon. Comfort Baah")

rel(D5, "Techiman", "locatedIn", "Ghana", "one of the largest market towns in Ghana")
rel(D5, "Techiman", "locatedIn", "Bono East Region", "Techiman, the capital of the Bono East Region")
NOT_PERSON += ["Citi Newsroom", "Hon.", "Madam", "Bono East", "Techiman South"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
