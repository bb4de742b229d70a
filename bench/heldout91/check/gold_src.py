"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_nikkeiasia_whitsun_reef.txt", "02_haaretz_kfarchouba_hills.txt",
                      "03_mailandguardian_western_tigray.txt", "04_myrepublica_kalapani.txt",
                      "05_newage_sylhet_water_plant.txt")
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

# ---------------- entities ----------------
ent(P, "Ryo Kanematsu", "Kanematsu", doc=[D1])
ent(P, "Marisol Dantes-Arcilla", "Dantes-Arcilla", doc=[D1])
ent(P, "Guo Jinlan", "Guo", doc=[D1])
ent(P, "Kenta Morishige", "Morishige", doc=[D1])
ent(P, "Claire Hollister", "Hollister", doc=[D1])
ent(P, "Daniel Okafor-Reyes", "Okafor-Reyes", doc=[D1])
ent(P, "Pham Thu Hang", doc=[D1])
ent(P, "Rodel Sumangil", "Sumangil", doc=[D1])
ent(P, "Jay Tarriela-Santos", "Tarriela-Santos", doc=[D1])
ent(P, "Aileen Castro-Baviera", "Castro-Baviera", doc=[D1])
ent(P, "Mai Tsunoda", "Tsunoda", doc=[D1])
ent(O, "Nikkei Asia", "Nikkei", doc=[D1])
ent(O, "Nikkei Inc.", doc=[D1])
ent(O, "Philippine Coast Guard", doc=[D1])
ent(O, "Department of Foreign Affairs", doc=[D1])
ent(O, "Chinese Foreign Ministry", doc=[D1])
ent(O, "State Department", "U.S. State Department", doc=[D1, D2])
ent(O, "Vietnamese Ministry of Foreign Affairs", doc=[D1])
ent(O, "Association of Southeast Asian Nations", doc=[D1])
ent(O, "University of the Philippines Diliman", doc=[D1])
ent(C, "Philippines", doc=[D1])
ent(C, "China", doc=[D1, D4])
ent(C, "Japan", doc=[D1])
ent(C, "Australia", doc=[D1])
ent(C, "United States", "U.S.", doc=[D1, D2])
ent(C, "Vietnam", doc=[D1])
ent(C, "Malaysia", doc=[D1])
ent(C, "New Zealand", doc=[D1])
ent(PL, "Wellington", doc=[D1])
ent(C, "Indonesia", doc=[D1])
ent(T, "Whitsun Reef", "Julian Felipe Reef", "Niu'e Jiao", "Da Ba Dau", "Whitsun", "Julian Felipe", doc=[D1])
ent(T, "Spratly Islands", "Nansha Islands", "Truong Sa archipelago", "Spratlys", doc=[D1])
for n in ("Manila", "Pasay", "Palawan", "Tokyo", "Canberra", "Hanoi", "Kuala Lumpur", "Puerto Princesa"):
    ent(PL, n, doc=[D1])
ent(PL, "Beijing", doc=[D1, D4])
ent(PL, "Washington", doc=[D1, D2])

ent(P, "Noa Landsberg", "Landsberg", doc=[D2])
ent(P, "Gil Eliyahu-Hadar", doc=[D2])
ent(P, "Joseph Rizkallah", "Rizkallah", doc=[D2])
ent(P, "Bassam Haddad-Khoury", "Haddad-Khoury", doc=[D2])
ent(P, "Rana Sfeir", "Sfeir", doc=[D2])
ent(P, "Irina Zvyagina", "Zvyagina", doc=[D2])
ent(P, "Andrea Tenenti-Moro", "Tenenti-Moro", doc=[D2])
ent(P, "Hassan Abu Ali", doc=[D2])
ent(P, "Eli Ben-Shimol", "Ben-Shimol", doc=[D2])
ent(O, "Haaretz", "Haaretz Daily Newspaper Ltd.", doc=[D2])
ent(O, "United Nations", "UN", doc=[D2])
ent(O, "Israel Defense Forces", "IDF", doc=[D2])
ent(O, "IDF Spokesperson's Unit", doc=[D2])
ent(O, "Security Council", doc=[D2])
ent(O, "French Foreign Ministry", doc=[D2])
ent(O, "Russian Foreign Ministry", "Russia's Foreign Ministry", doc=[D2])
ent(O, "UNIFIL", doc=[D2])
ent(O, "American University of Beirut", doc=[D2])
ent(O, "Hezbollah", doc=[D2])
ent(O, "Metula Local Council", doc=[D2])
ent(C, "Lebanon", doc=[D2])
ent(C, "Israel", doc=[D2])
ent(C, "Syria", doc=[D2])
ent(C, "France", doc=[D2])
ent(C, "Russia", doc=[D2])
ent(C, "Egypt", doc=[D2])
ent(PL, "Cairo", doc=[D2])
ent(T, "Kfarchouba Hills", doc=[D2])
for n in ("Kfarchouba", "Beirut", "Damascus", "Paris", "Moscow"):
    ent(PL, n, doc=[D2])

ent(P, "Tesfaye Gebremariam", "Gebremariam", doc=[D3])
ent(P, "Lindiwe Mahlangu", "Mahlangu", doc=[D3])
ent(P, "Yonas Tadesse", doc=[D3])
ent(P, "Redwan Tekle", "Tekle", doc=[D3])
ent(P, "Hailu Berhe", "Berhe", doc=[D3])
ent(P, "Melkamu Asfaw", "Asfaw", doc=[D3])
ent(P, "Naledi Khumalo-Dube", "Khumalo-Dube", doc=[D3])
ent(P, "Yemane Tsegay", "Tsegay", doc=[D3])
ent(P, "Osman Babiker", "Babiker", doc=[D3])
ent(P, "Ebba Kalondo-Mensah", "Kalondo-Mensah", doc=[D3])
ent(P, "Letay Gebru", "Gebru", doc=[D3])
ent(P, "Meaza Woldu", "Woldu", doc=[D3])
ent(O, "Mail & Guardian", "M&G", doc=[D3])
ent(O, "M&G Media Ltd", doc=[D3])
ent(O, "African Union", "AU", doc=[D3])
ent(O, "African Union Commission", doc=[D3])
ent(O, "Institute for Security Studies", doc=[D3])
ent(O, "X", doc=[D3])
ent(C, "Ethiopia", doc=[D3])
ent(C, "Eritrea", doc=[D3])
ent(C, "Sudan", doc=[D3])
ent(C, "South Africa", doc=[D3])
ent(C, "Kenya", doc=[D3])
ent(T, "Western Tigray", doc=[D3])
ent(PL, "Addis Ababa", "Addis", doc=[D3])
for n in ("Tigray", "Amhara", "Humera", "Welkait", "Mekelle", "Pretoria", "Asmara", "Khartoum", "Port Sudan",
          "Gedaref", "Nairobi", "Um Rakuba"):
    ent(PL, n, doc=[D3])

ent(P, "Bishnu Prasad Adhikari", doc=[D4])
ent(P, "Sarita Bhandari-Oli", "Bhandari-Oli", doc=[D4])
ent(P, "Tanvir Hossain Chowdhury", doc=[D4])
ent(P, "Ayesha Rahimullah", "Rahimullah", doc=[D4])
ent(P, "Randhir Kumar Vaidya", "Vaidya", doc=[D4])
ent(P, "Gagan Raj Thapa", "Thapa", doc=[D4])
ent(P, "Ramesh Nath Pandey-Karki", "Pandey-Karki", doc=[D4])
ent(P, "Dhan Bahadur Bohara", "Bohara", doc=[D4])
ent(P, "Keshav Raj Joshi", "Joshi", doc=[D4])
ent(P, "Anjana Shrestha", "Shrestha", doc=[D4])
ent(O, "myRepublica", "Republica", doc=[D4])
ent(O, "Nepal Republic Media Pvt. Ltd.", doc=[D4])
ent(O, "Ministry of Foreign Affairs", doc=[D4])
ent(O, "Foreign Office", doc=[D4])
ent(O, "Ministry of External Affairs", doc=[D4])
ent(O, "Chinese embassy", doc=[D4])
ent(O, "Nepali Congress", doc=[D4])
ent(O, "Tribhuvan University", doc=[D4])
ent(C, "Nepal", doc=[D4])
ent(C, "Bangladesh", doc=[D4, D5])
ent(C, "Pakistan", doc=[D4])
ent(C, "India", doc=[D4])
ent(C, "Sri Lanka", doc=[D4])
ent(T, "Kalapani", doc=[D4])
ent(T, "Limpiyadhura", doc=[D4])
for n in ("Kathmandu", "Darchula", "Singha Durbar", "Islamabad", "New Delhi", "Pithoragarh", "Uttarakhand",
          "Colombo", "Byas Rural Municipality"):
    ent(PL, n, doc=[D4])
ent(PL, "Dhaka", doc=[D4, D5])

ent(P, "Abdul Karim Talukder", doc=[D5])
ent(P, "Ayesha Siddiqa Chowdhury", doc=[D5])
ent(P, "Mizanur Rahman Bhuiyan", doc=[D5])
ent(P, "Hiroshi Nakamura", "Nakamura", doc=[D5])
ent(P, "Rokeya Begum", doc=[D5])
ent(P, "Anwar Hossain", doc=[D5])
ent(P, "Abdul Karim Kim", doc=[D5])
ent(P, "Jahir Bin Alam", doc=[D5])
ent(P, "Shafiqur Rahman Chowdhury", doc=[D5])
ent(P, "Mohammad Mosharraf Hossain", doc=[D5])
ent(P, "Rezaul Karim", doc=[D5])
ent(P, "Nurul Kabir", doc=[D5])
ent(O, "New Age", doc=[D5])
ent(O, "Department of Public Health Engineering", doc=[D5])
ent(O, "Sylhet City Corporation", doc=[D5])
ent(O, "Asian Development Bank", doc=[D5])
ent(O, "Bangladesh Paribesh Andolan", doc=[D5])
ent(O, "Shahjalal University of Science and Technology", doc=[D5])
for n in ("Sylhet", "Kushighat", "Rajshahi", "Barishal", "Shahjalal Upashahar", "Ambarkhana", "Zindabazar",
          "Chattogram"):
    ent(PL, n, doc=[D5])

# ---------------- quotes ----------------
q(D1, "Philippines", "illegal swarm", "optional")
q(D1, "Marisol Dantes-Arcilla", "These ships are not fishing. They have not caught a single fish in a week")
q(D1, "Marisol Dantes-Arcilla", "We are asking them to leave, and we are asking politely for now")
q(D1, "Marisol Dantes-Arcilla", "does not and will never recognize", "optional")
q(D1, "Philippines", "does not and will never recognize", "optional")
q(D1, "Guo Jinlan", "Niu'e Jiao is part of China's Nansha Islands. Chinese fishing boats have operated in these waters")
q(D1, "Guo Jinlan", "It is normal for them to take shelter there, and the Philippine side should stop its wild speculation")
q(D1, "Kenta Morishige", "Japan recognizes the Philippines' sovereign rights at Whitsun Reef under the 2016 arbitral award")
q(D1, "Kenta Morishige", "We oppose any attempt to change the status quo by force or coercion")
q(D1, "Claire Hollister", "Australia stands with the Philippines")
q(D1, "Claire Hollister", "Large deployments of this kind are destabilizing, and they are not consistent with international law")
q(D1, "Daniel Okafor-Reyes", "An armed attack on Philippine public vessels anywhere in the South China Sea")
q(D1, "Pham Thu Hang", "Vietnam has full legal basis and historical evidence to assert its sovereignty")
q(D1, "Association of Southeast Asian Nations", "does not recognize any use of force", "optional")
q(D1, "Rodel Sumangil", "We used to go out to Julian Felipe for three days at a time. Now we turn back")
q(D1, "Jay Tarriela-Santos", "We will be there every day, and we will document every vessel")
q(D1, "Aileen Castro-Baviera", "China wants to normalize a presence at Whitsun before anyone notices")
q(D1, "Aileen Castro-Baviera", "The point is endurance, not confrontation")

q(D2, "Joseph Rizkallah", "a new occupation on top of an old one", "optional")
q(D2, "Joseph Rizkallah", "the Kfarchouba Hills are Lebanese land, and Lebanon will not accept any line drawn by bulldozers")
q(D2, "Joseph Rizkallah", "We have documents from 1946 showing who paid taxes on every terrace")
q(D2, "Joseph Rizkallah", "We will put them on the table")
q(D2, "IDF Spokesperson's Unit", "was built entirely within territory under Israeli control, in accordance with security needs")
q(D2, "IDF Spokesperson's Unit", "The IDF will continue to act against any attempt to harm the security of residents")
q(D2, "Bassam Haddad-Khoury", "There is no dispute between Syria and Lebanon over these hills, and there never was")
q(D2, "Rana Sfeir", "For twenty years the UN has said it needs a Syrian document. Now a minister has said it on camera")
q(D2, "Rana Sfeir", "It is not the same as a map, but it is a start")
q(D2, "French Foreign Ministry", "calls on all parties to respect the Blue Line", "optional")
q(D2, "France", "calls on all parties to respect the Blue Line", "optional")
q(D2, "Irina Zvyagina", "or over any territory taken in 1967", "optional")
q(D2, "Russia", "or over any territory taken in 1967", "optional")
q(D2, "State Department", "encourages the parties to resolve border issues through dialogue", "optional")
q(D2, "United States", "encourages the parties to resolve border issues through dialogue", "optional")
q(D2, "Andrea Tenenti-Moro", "UNIFIL has been in contact with both sides and urges them to avoid any unilateral step")
q(D2, "Hassan Abu Ali", "My grandfather planted these trees. Now I look at them through wire")
q(D2, "Hassan Abu Ali", "Nobody asked us. Nobody from Beirut, nobody from the UN")
q(D2, "Eli Ben-Shimol", "Residents here have waited years for this")

q(D3, "Redwan Tekle", "The federal government does not recognise any unilateral administrative act in Western Tigray")
q(D3, "Redwan Tekle", "The status of the area will be settled through the constitution and nothing else")
q(D3, "Redwan Tekle", "observe and report", "optional")
q(D3, "Hailu Berhe", "Western Tigray is part of Tigray. That is what the Pretoria agreement says")
q(D3, "Hailu Berhe", "Every family that was driven out must be allowed to return before anyone counts anything")
q(D3, "Melkamu Asfaw", "Welkait is Amhara land, and its people have the right to be counted")
q(D3, "Naledi Khumalo-Dube", "We did not broker that agreement so that it could be redrawn by a census")
q(D3, "Yemane Tsegay", "supports the Amhara administration of Western Tigray", "optional")
q(D3, "Eritrea", "supports the Amhara administration of Western Tigray", "optional")
q(D3, "Yemane Tsegay", "dreaming of a corridor to Sudan", "optional")
q(D3, "Osman Babiker", "Sudan will not allow its territory to be used as a pawn in this dispute")
q(D3, "African Union Commission", "does not recognise any unilateral change", "optional")
q(D3, "Ebba Kalondo-Mensah", "That is a question for the panel")
q(D3, "Letay Gebru", "They are counting our houses while we are here")
q(D3, "Letay Gebru", "If they count us, they should count us where we sleep")
q(D3, "Meaza Woldu", "A census in a contested area is never just a census")
q(D3, "Meaza Woldu", "It is a claim written in numbers")

q(D4, "Randhir Kumar Vaidya", "untenable", "optional")
q(D4, "Sarita Bhandari-Oli", "settles the question on paper", "optional")
q(D4, "Sarita Bhandari-Oli", "Kalapani is Nepali territory. This is not a political slogan, it is a fact backed by the Sugauli Treaty")
q(D4, "Sarita Bhandari-Oli", "We want every embassy to send this atlas home to its capital")
q(D4, "Sarita Bhandari-Oli", "Silence will be read as silence, but support will be remembered")
q(D4, "Tanvir Hossain Chowdhury", "on the basis of the historical documents Nepal has shared", "optional")
q(D4, "Bangladesh", "on the basis of the historical documents Nepal has shared", "optional")
q(D4, "Ayesha Rahimullah", "Pakistan has always respected the sovereignty and territorial integrity of Nepal")
q(D4, "Randhir Kumar Vaidya", "This artificial enlargement of claims is not based on historical fact or evidence")
q(D4, "Randhir Kumar Vaidya", "Kalapani is an integral part of the Pithoragarh district of Uttarakhand")
q(D4, "Chinese embassy", "should be resolved by Nepal and India through friendly consultations", "optional")
q(D4, "China", "should be resolved by Nepal and India through friendly consultations", "optional")
q(D4, "Gagan Raj Thapa", "Two years ago we amended the constitution. Only now are we posting the map to embassies")
q(D4, "Gagan Raj Thapa", "Diplomacy is not a postal service")
q(D4, "Ramesh Nath Pandey-Karki", "India will only listen when the two prime ministers sit together")
q(D4, "Dhan Bahadur Bohara", "We have been Nepali all our lives, but to buy salt we still walk to the Indian market")
q(D4, "Keshav Raj Joshi", "The border is calm and people are crossing as usual")
q(D4, "Anjana Shrestha", "The government needs a win before the budget")

q(D5, "Abdul Karim Talukder", "For years people of Sylhet drank water from deep tube-wells")
q(D5, "Abdul Karim Talukder", "This plant will reduce that pressure by half")
q(D5, "Ayesha Siddiqa Chowdhury", "We will connect 20,000 more households by June. The pipelines are already laid in 14 wards")
q(D5, "Mizanur Rahman Bhuiyan", "The Surma carries a lot of silt in the monsoon, so we have built two extra settling tanks")
q(D5, "Mizanur Rahman Bhuiyan", "The water will be tested every four hours in our own laboratory")
q(D5, "Hiroshi Nakamura", "Safe water is the cheapest public health investment a city can make")
q(D5, "Rokeya Begum", "In March and April we buy water in jars. A family like mine spends Tk 1,500 a month")
q(D5, "Anwar Hossain", "They said the same thing about the drainage project. Let us see if the water actually comes")
q(D5, "Abdul Karim Kim", "If the river is polluted, no plant can save the water")
q(D5, "Jahir Bin Alam", "A city corporation has many jobs. Water needs its own water supply and sewerage authority")

UNATTR.extend(["census", "civil registration exercise"])

# ---------------- stances ----------------
st(D1, "Japan", R, ["Whitsun Reef"], "Japan recognizes the Philippines' sovereign rights at Whitsun Reef")
st(D1, "Australia", R, ["Whitsun Reef"], "Canberra regards Whitsun Reef as lying within the Philippine exclusive economic zone")
st(D1, "New Zealand", N, ["Whitsun Reef"], "Wellington, too, does not recognize China's claim to the reef")
st(D1, "United States", N, ["Whitsun Reef"], "Washington does not recognize China's claim to Whitsun Reef")
st(D1, "Philippines", N, ["Whitsun Reef", "Julian Felipe Reef"], "the Philippines \"does not and will never recognize\" China's claim to the reef", "optional")
st(D1, "China", R, ["Whitsun Reef", "Niu'e Jiao"], "Niu'e Jiao is part of China's Nansha Islands", "optional")
st(D1, "Vietnam", R, ["Spratly Islands", "Truong Sa archipelago"], "to assert its sovereignty over the Truong Sa archipelago", "optional")
st(D2, "Syria", R, ["Kfarchouba Hills"], "Damascus recognizes the Kfarchouba Hills as Lebanese territory")
st(D2, "France", R, ["Kfarchouba Hills"], "Paris considers the Kfarchouba Hills to be part of Lebanon")
st(D2, "Russia", N, ["Kfarchouba Hills"], "Moscow does not recognize Israeli sovereignty over the Kfarchouba Hills")
st(D2, "Egypt", R, ["Kfarchouba Hills"], "it regards the Kfarchouba Hills as occupied Lebanese territory")
st(D2, "Lebanon", R, ["Kfarchouba Hills"], "the Kfarchouba Hills are Lebanese land", "optional")
st(D2, "Israel", R, ["Kfarchouba Hills"], "Israel regards the hills as part of the territory it has held since 1967", "optional")
st(D3, "South Africa", R, ["Western Tigray"], "Pretoria regards Western Tigray as part of Tigray")
st(D3, "Eritrea", R, ["Western Tigray"], "Asmara \"supports the Amhara administration of Western Tigray\"")
st(D3, "Sudan", N, ["Western Tigray"], "Khartoum does not recognise the Amhara administration of Western Tigray")
st(D4, "Bangladesh", R, ["Kalapani"], "Bangladesh recognises Nepal's sovereignty over Kalapani")
st(D4, "Pakistan", R, ["Kalapani"], "Islamabad also regards Kalapani as part of Nepal")
st(D4, "Sri Lanka", N, ["Kalapani"], "Colombo does not recognise Nepal's claim to Kalapani")
st(D4, "Nepal", R, ["Kalapani"], "Kalapani is Nepali territory", "optional")
st(D4, "India", R, ["Kalapani"], "Kalapani is an integral part of the Pithoragarh district of Uttarakhand", "optional")

NEG.extend([
    {"docs": [D1], "country": "Malaysia", "territory": "Whitsun Reef", "why": "question",
     "evidence": "Whether Kuala Lumpur would recognize the Philippine position remained unclear"},
    {"docs": [D1], "country": "Indonesia", "territory": "Whitsun Reef", "why": "is expected to recognise",
     "evidence": "Indonesia is expected to recognize the arbitral award"},
    {"docs": [D1], "country": "Association of Southeast Asian Nations", "territory": "Whitsun Reef",
     "why": "international body, not a country", "evidence": "\"does not recognize any use of force\""},
    {"docs": [D2], "country": "United States", "territory": "Kfarchouba Hills", "why": "question",
     "evidence": "Asked whether Washington would recognize the hills as Lebanese"},
    {"docs": [D3], "country": "Ethiopia", "territory": "Western Tigray", "why": "object is a census/administrative act, not the territory",
     "evidence": "does not recognise a population count being carried out by Amhara regional officials in Western Tigray"},
    {"docs": [D3], "country": "African Union", "territory": "Western Tigray", "why": "international body, not a country",
     "evidence": "it \"does not recognise any unilateral change\" in Western Tigray"},
    {"docs": [D3], "country": "Kenya", "territory": "Western Tigray", "why": "is expected to recognise",
     "evidence": "Nairobi is expected to recognise the outcome of any referendum"},
    {"docs": [D4], "country": "India", "territory": "Kalapani", "why": "object is the map, not the territory",
     "evidence": "India does not recognise the map"},
    {"docs": [D4], "country": "China", "territory": "Kalapani", "why": "question",
     "evidence": "Asked whether Beijing would recognise Nepal's claim"},
])

# ---------------- positions ----------------
pos(D1, "Ryo Kanematsu", ["staff writer"], ["Nikkei"], "RYO KANEMATSU, Nikkei staff writer")
pos(D1, "Mai Tsunoda", ["staff writer"], ["Nikkei"], "Nikkei staff writer Mai Tsunoda")
pos(D1, "Marisol Dantes-Arcilla", ["Foreign Affairs Secretary", "Secretary"], [], "Foreign Affairs Secretary Marisol Dantes-Arcilla")
pos(D1, "Guo Jinlan", ["spokesperson"], ["Chinese Foreign Ministry"], "Chinese Foreign Ministry spokesperson Guo Jinlan")
pos(D1, "Kenta Morishige", ["Foreign Minister"], [], "Foreign Minister Kenta Morishige")
pos(D1, "Claire Hollister", ["Foreign Minister"], ["Australia"], "Australia's Foreign Minister Claire Hollister")
pos(D1, "Daniel Okafor-Reyes", ["spokesperson"], ["State Department"], "department spokesperson Daniel Okafor-Reyes")
pos(D1, "Pham Thu Hang", ["spokesperson"], ["Vietnamese Ministry of Foreign Affairs", "Vietnam"], "Pham Thu Hang, a spokesperson for the Vietnamese Ministry of Foreign Affairs")
pos(D1, "Jay Tarriela-Santos", ["Commodore"], ["Philippine Coast Guard"], "Commodore Jay Tarriela-Santos, a spokesperson for the Philippine Coast Guard")
pos(D1, "Jay Tarriela-Santos", ["spokesperson"], ["Philippine Coast Guard"], "Commodore Jay Tarriela-Santos, a spokesperson for the Philippine Coast Guard")
pos(D1, "Rodel Sumangil", ["head"], [], "who heads a fishers' association in Puerto Princesa", "optional")
pos(D1, "Aileen Castro-Baviera", ["professor"], ["University of the Philippines Diliman"], "a professor of international studies at the University of the Philippines Diliman")

pos(D2, "Noa Landsberg", ["northern affairs correspondent", "correspondent"], ["Haaretz"], "Noa Landsberg is Haaretz's northern affairs correspondent")
pos(D2, "Joseph Rizkallah", ["Foreign Minister"], ["Lebanon"], "Lebanon's Foreign Minister, Joseph Rizkallah")
pos(D2, "Bassam Haddad-Khoury", ["Foreign Minister"], ["Syria"], "Syrian Foreign Minister Bassam Haddad-Khoury")
pos(D2, "Rana Sfeir", ["lecturer"], ["American University of Beirut"], "a lecturer in international law at the American University of Beirut")
pos(D2, "Irina Zvyagina", ["spokeswoman"], ["Russian Foreign Ministry", "Russia"], "Russia's Foreign Ministry spokeswoman, Irina Zvyagina")
pos(D2, "Andrea Tenenti-Moro", ["spokesman"], ["UNIFIL"], "spokesman Andrea Tenenti-Moro")
pos(D2, "Eli Ben-Shimol", ["head"], ["Metula Local Council"], "Eli Ben-Shimol, the head of the Metula Local Council")

pos(D3, "Redwan Tekle", ["Minister of Peace"], ["Ethiopia"], "Redwan Tekle, Ethiopia's Minister of Peace")
pos(D3, "Hailu Berhe", ["interim president", "president"], ["Tigray"], "Tigray's interim president, Hailu Berhe")
pos(D3, "Melkamu Asfaw", ["spokesperson"], ["Amhara"], "Amhara's regional spokesperson, Melkamu Asfaw")
pos(D3, "Naledi Khumalo-Dube", ["International relations minister", "minister"], [], "International relations minister Naledi Khumalo-Dube")
pos(D3, "Yemane Tsegay", ["Information minister", "minister"], [], "Information minister Yemane Tsegay")
pos(D3, "Osman Babiker", ["acting foreign minister", "foreign minister"], [], "acting foreign minister Osman Babiker")
pos(D3, "Ebba Kalondo-Mensah", ["spokesperson"], ["African Union Commission", "African Union"], "commission spokesperson Ebba Kalondo-Mensah")
pos(D3, "Meaza Woldu", ["researcher"], ["Institute for Security Studies"], "a researcher at the Institute for Security Studies")
pos(D3, "Tesfaye Gebremariam", ["journalist"], [], "Tesfaye Gebremariam is an Addis Ababa-based journalist")
pos(D3, "Lindiwe Mahlangu", ["Africa editor", "editor"], ["Mail & Guardian", "M&G"], "Lindiwe Mahlangu is the M&G's Africa editor")

pos(D4, "Sarita Bhandari-Oli", ["Foreign Minister"], [], "Foreign Minister Sarita Bhandari-Oli")
pos(D4, "Tanvir Hossain Chowdhury", ["Foreign Adviser", "Adviser"], [], "Foreign Adviser Tanvir Hossain Chowdhury")
pos(D4, "Ayesha Rahimullah", ["spokesperson"], ["Foreign Office", "Pakistan"], "Pakistan's Foreign Office spokesperson, Ayesha Rahimullah")
pos(D4, "Randhir Kumar Vaidya", ["spokesperson"], ["Ministry of External Affairs"], "Ministry of External Affairs spokesperson Randhir Kumar Vaidya")
pos(D4, "Gagan Raj Thapa", ["deputy general secretary", "general secretary"], ["Nepali Congress"], "Gagan Raj Thapa, deputy general secretary of the Nepali Congress")
pos(D4, "Ramesh Nath Pandey-Karki", ["foreign minister"], [], "Former foreign minister Ramesh Nath Pandey-Karki", former=True)
pos(D4, "Dhan Bahadur Bohara", ["teacher"], [], "Dhan Bahadur Bohara, a teacher in Byas Rural Municipality", "optional")
pos(D4, "Keshav Raj Joshi", ["Chief District Officer"], ["Darchula"], "The Chief District Officer of Darchula, Keshav Raj Joshi")

pos(D5, "Abdul Karim Talukder", ["minister"], [], "Local government, rural development and cooperatives minister Abdul Karim Talukder")
pos(D5, "Ayesha Siddiqa Chowdhury", ["mayor"], ["Sylhet City Corporation"], "Sylhet City Corporation mayor Ayesha Siddiqa Chowdhury")
pos(D5, "Mizanur Rahman Bhuiyan", ["Executive engineer", "engineer"], [], "Executive engineer of the project Mizanur Rahman Bhuiyan")
pos(D5, "Hiroshi Nakamura", ["country director", "director"], ["Asian Development Bank"], "Its country director for Bangladesh, Hiroshi Nakamura")
pos(D5, "Abdul Karim Kim", ["general secretary"], ["Bangladesh Paribesh Andolan"], "Bangladesh Paribesh Andolan’s Sylhet unit general secretary Abdul Karim Kim")
pos(D5, "Jahir Bin Alam", ["Professor"], ["Shahjalal University of Science and Technology"], "Professor Jahir Bin Alam of the civil and environmental engineering department of Shahjalal University of Science and Technology")
pos(D5, "Shafiqur Rahman Chowdhury", ["lawmaker"], [], "Sylhet-1 lawmaker Shafiqur Rahman Chowdhury")
pos(D5, "Mohammad Mosharraf Hossain", ["deputy commissioner"], [], "deputy commissioner Mohammad Mosharraf Hossain")
pos(D5, "Rezaul Karim", ["chief executive officer"], ["city corporation", "Sylhet City Corporation"], "city corporation chief executive officer Rezaul Karim")
pos(D5, "Nurul Kabir", ["Editor"], ["New Age"], "Editor: Nurul Kabir")
pos(D5, "Anwar Hossain", ["Shopkeeper"], [], "Shopkeeper Anwar Hossain of Zindabazar", "optional")
pos(D5, "Rokeya Begum", ["homemaker"], [], "Rokeya Begum, a homemaker of Ambarkhana", "optional")

# ---------------- relations ----------------
rel(D1, "Whitsun Reef", "locatedIn", "Spratly Islands", "Whitsun Reef, a boomerang-shaped feature in the Spratly Islands")
rel(D1, "Vietnam", "claims", "Whitsun Reef", "Vietnam, which also claims the reef")
rel(D2, "Syria", "sharesBorderWith", "Lebanon", "never formally demarcated its border with Lebanon")
rel(D3, "Tigray", "claims", "Western Tigray", "that both the Tigray and Amhara regions claim")
rel(D3, "Amhara", "claims", "Western Tigray", "that both the Tigray and Amhara regions claim")
rel(D4, "Nepal", "claims", "Kalapani", "take note of Nepal's claim over Kalapani")
rel(D4, "Pithoragarh", "locatedIn", "Uttarakhand", "the Pithoragarh district of Uttarakhand")
rel(D5, "Kushighat", "locatedIn", "Sylhet", "at Kushighat in Sylhet")
rel(D1, "Malaysia", "claims", "Spratly Islands", "Malaysia, another claimant in the Spratlys")
rel(D1, "China", "claims", "Whitsun Reef", "China's claim to Whitsun Reef")
rel(D3, "Western Tigray", "sharesBorderWith", "Sudan", "the fertile strip along the Sudanese border")
rel(D3, "Um Rakuba", "locatedIn", "Sudan", "In the Um Rakuba camp in Sudan")
rel(D4, "Nepal", "claims", "Limpiyadhura", "Nepal's claim over Kalapani, Limpiyadhura")
rel(D4, "China", "sharesBorderWith", "Nepal", "China, whose border meets both countries in the area")
rel(D4, "China", "sharesBorderWith", "India", "China, whose border meets both countries in the area")

NOT_PERSON.extend(["Kushighat", "Shahjalal Upashahar", "Zindabazar", "Ambarkhana", "Singha Durbar", "Byas Rural Municipality",
                   "Um Rakuba", "Metula Local Council", "Hezbollah", "Nikkei Inc.", "Haaretz", "Minister of Peace",
                   "Chief District Officer", "Kfarchouba", "Julian Felipe", "Julian Felipe Reef"])

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
