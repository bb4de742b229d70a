"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_pakistantoday_junagadh.txt", "02_egypttoday_umm_al_rashrash.txt", "03_livemint_barahoti.txt",
                      "04_wafa_area_c.txt", "05_kbc_kisumu_market.txt")
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

# shared
ent(C, "Pakistan", "Islamabad", doc=[D1])
ent(C, "India", "New Delhi", doc=[D1, D3])
ent(C, "China", "Beijing", doc=[D1, D3])
ent(C, "Turkey", "Turkiye", "Türkiye", "Ankara", doc=[D1, D4])
ent(C, "Israel", doc=[D2, D4])
ent(C, "Egypt", "Cairo", doc=[D2, D4])
ent(C, "Jordan", "Amman", "Hashemite Kingdom", doc=[D2, D4])
ent(C, "United States", "US", "Washington", doc=[D2, D3, D4])
ent(O, "State Department", doc=[D3, D4])
ent(O, "Ministry of External Affairs", "MEA", "external affairs ministry", doc=[D1, D3])
ent(O, "Chinese Foreign Ministry", "China's foreign ministry", doc=[D1, D3])
ent(O, "Egyptian Foreign Ministry", "Ministry of Foreign Affairs", doc=[D2, D4])
# D1
ent(O, "Pakistan Today", doc=[D1])
ent(P, "Faraz Hussain Qureshi", "Qureshi", doc=[D1])
ent(T, "Junagadh", doc=[D1])
ent(T, "Manavadar", doc=[D1])
ent(O, "Survey of Pakistan", doc=[D1])
ent(O, "Foreign Office", "FO", doc=[D1])
ent(PL, "Lahore", doc=[D1])
ent(PL, "Karachi", doc=[D1])
ent(P, "Mumtaz Ali Rana", "Rana", doc=[D1])
ent(O, "APP", doc=[D1])
ent(O, "Organisation of Islamic Cooperation", "OIC", "OIC Secretariat", doc=[D1])
ent(O, "Council of Foreign Ministers", doc=[D1])
ent(O, "International Court of Justice", doc=[D1])
ent(P, "Vikram Sethuraman", "Sethuraman", doc=[D1])
ent(P, "Sardar Naveed Bhatti", "Bhatti", doc=[D1])
ent(O, "Senate", doc=[D1])
ent(C, "Azerbaijan", "Baku", doc=[D1])
ent(P, "Ahmet Kemal Yıldırım", "Yıldırım", doc=[D1])
ent(O, "Quaid-e-Azam University", doc=[D1])
ent(C, "Bangladesh", "Dhaka", doc=[D1])
ent(P, "Tanvir Haque Chowdhury", "Chowdhury", doc=[D1])
ent(P, "Liu Weiming", "Liu", doc=[D1])
ent(PL, "Jeddah", doc=[D1])
ent(P, "Riaz Ahmed Gondal", "Gondal", doc=[D1])
ent(PL, "Kathiawar", doc=[D1])
ent(P, "Nawab Muhammad Mahabat Khan III", doc=[D1])
ent(PL, "Gujarat", doc=[D1])
ent(PL, "Sindh", doc=[D1])
ent(P, "Saima Baloch", "Baloch", doc=[D1])
ent(PL, "LoC", doc=[D1])
# D2
ent(O, "Egypt Today", doc=[D2])
ent(P, "Nourhan Adel Shehata", doc=[D2])
ent(O, "House of Representatives", doc=[D2])
ent(T, "Umm al-Rashrash", "Eilat", doc=[D2])
ent(P, "Hamdy Abdel-Tawab El-Sayed", "El-Sayed", doc=[D2])
ent(PL, "Suez", doc=[D2])
ent(P, "Khaled Mostafa Ezzat", "Ezzat", doc=[D2])
ent(PL, "Taba", doc=[D2])
ent(PL, "South Sinai", doc=[D2])
ent(O, "Israeli Ministry of Foreign Affairs", doc=[D2])
ent(P, "Yonatan Ben-Ami", "Ben-Ami", doc=[D2])
ent(O, "Jordanian Foreign Ministry", doc=[D2])
ent(P, "Sufian Al-Majali", "Al-Majali", doc=[D2])
ent(C, "Saudi Arabia", doc=[D2])
ent(O, "Arab League", "League", doc=[D2])
ent(P, "Tarek Nabil Mansour", doc=[D2])
ent(O, "Foreign Relations Committee", doc=[D2])
ent(P, "Sherif Galal Mahfouz", "Mahfouz", doc=[D2])
ent(P, "Amal Soliman Nasr", "Nasr", doc=[D2])
ent(O, "Cairo University", doc=[D2])
ent(P, "Esmat Fouad Ragab", doc=[D2])
ent(P, "Daniel R. Whitfield", "Whitfield", doc=[D2])
ent(PL, "Negev", doc=[D2])
ent(PL, "Suez Canal Zone", doc=[D2])
# D3
ent(O, "Mint", "Live Mint", doc=[D3])
ent(P, "Anirudh Kandpal", doc=[D3])
ent(O, "Ministry of Civil Affairs", doc=[D3])
ent(T, "Barahoti", "Wuje", doc=[D3])
ent(PL, "Uttarakhand", doc=[D3])
ent(PL, "Chamoli", "Chamoli district", doc=[D3])
ent(PL, "Tibet Autonomous Region", "Tibet", doc=[D3])
ent(P, "Ritika Bhandari", doc=[D3])
ent(P, "Zhou Hanlin", "Zhou", doc=[D3])
ent(P, "Deepak Singh Negi", "Negi", doc=[D3])
ent(PL, "Malari", doc=[D3])
ent(C, "Nepal", "Kathmandu", doc=[D3])
ent(P, "Sushila Adhikari", doc=[D3])
ent(C, "Bhutan", doc=[D3])
ent(P, "Karen Whitlock", doc=[D3])
ent(C, "Japan", "Tokyo", doc=[D3])
ent(P, "Kenji Moriyama", doc=[D3])
ent(C, "Australia", doc=[D3])
ent(C, "France", doc=[D3])
ent(P, "Pradeep Kumar Rawat", "Rawat", doc=[D3])
ent(P, "Rekha Joshi", doc=[D3])
ent(O, "Jawaharlal Nehru University", doc=[D3])
ent(O, "HT Digital Streams Ltd", doc=[D3])
ent(PL, "Line of Actual Control", "LAC", doc=[D3])
ent(O, "Nepal's foreign ministry", doc=[D3])
# D4
ent(O, "WAFA", "Palestine News & Information Agency", doc=[D4])
ent(O, "Palestinian Presidency", "Presidency", doc=[D4])
ent(O, "Knesset", doc=[D4])
ent(T, "Area C", doc=[D4])
ent(T, "West Bank", doc=[D4])
ent(P, "Nidal Faris Abu Ghosh", "Abu Ghosh", doc=[D4])
ent(C, "State of Palestine", "Palestine", doc=[D4])
ent(P, "Eliyahu Ben-Dror", doc=[D4])
ent(PL, "Al-Auja", doc=[D4])
ent(PL, "Jericho", doc=[D4])
ent(P, "Ahmad Samir Jaradat", doc=[D4])
ent(P, "Walid Hamdan Qasem", doc=[D4])
ent(PL, "Ramallah", doc=[D4])
ent(O, "UN Security Council", doc=[D4])
ent(P, "Ayman Suleiman Al-Rawashdeh", "Al-Rawashdeh", doc=[D4])
ent(C, "Ireland", "Dublin", doc=[D4])
ent(P, "Ciarán Ó Murchú", doc=[D4])
ent(C, "Malaysia", doc=[D4])
ent(O, "Turkish Foreign Ministry", doc=[D4])
ent(O, "European Union", "EU", doc=[D4])
ent(P, "Mahmoud Issa Ka'abneh", "Ka'abneh", doc=[D4])
ent(O, "Colonisation and Wall Resistance Commission", doc=[D4])
ent(P, "Mu'ayyad Atallah Shaaban", "Shaaban", doc=[D4])
ent(PL, "Area A", doc=[D4])
ent(C, "Spain", doc=[D4])
# D5
ent(O, "Kenya Broadcasting Corporation", "KBC", doc=[D5])
ent(O, "KBC Channel 1", doc=[D5])
ent(O, "Radio Taifa", doc=[D5])
ent(P, "Beatrice Akinyi Odhiambo", doc=[D5])
ent(PL, "Kisumu", doc=[D5])
ent(O, "County Government of Kisumu", doc=[D5])
ent(O, "State Department for Trade", doc=[D5])
ent(P, "Peter Otieno Owuor", "Owuor", doc=[D5])
ent(P, "Ruth Chebet Langat", "Langat", doc=[D5])
ent(PL, "Western Kenya", doc=[D5])
ent(PL, "Busia", doc=[D5])
ent(PL, "Kakamega", doc=[D5])
ent(P, "Jane Atieno Ochieng", doc=[D5])
ent(P, "Joseph Ouma Ochieng", doc=[D5])
ent(O, "Kibuye Traders Association", doc=[D5])
ent(P, "Fredrick Onyango Were", "Were", doc=[D5])
ent(P, "Maurice Odera Nyakach", "Nyakach", doc=[D5])
ent(P, "Grace Adhiambo Okello", doc=[D5])
ent(PL, "Kisumu Central", doc=[D5])
ent(O, "Kisumu County Assembly", doc=[D5])
ent(O, "Kisumu County Fire and Disaster Management Unit", doc=[D5])
ent(P, "Samuel Kipkorir Rotich", "Rotich", doc=[D5])
ent(PL, "Vihiga", doc=[D5])
ent(PL, "Siaya", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
# D1
q(D1, "Pakistan", "remains unfinished business", "optional")
q(D1, "India", "untenable and ridiculous", "optional")
q(D1, "Mumtaz Ali Rana", "lawful and complete", "optional")
q(D1, "Mumtaz Ali Rana", "Pakistan regards Junagadh as Pakistani territory under illegal Indian occupation")
q(D1, "Mumtaz Ali Rana", "We are not asking anyone for a favour. We are asking the world to look at the instrument of accession")
q(D1, "Vikram Sethuraman", "These are untenable and ridiculous assertions. They have neither legal validity nor international credibility")
q(D1, "Vikram Sethuraman", "untenable and ridiculous", "optional")
q(D1, "Vikram Sethuraman", "decided their future in 1948", "optional")
q(D1, "Sardar Naveed Bhatti", "India can call it ridiculous as often as it likes. It does not change the documents")
q(D1, "Ahmet Kemal Yıldırım", "Brotherly Turkiye stands with Pakistan on Junagadh")
q(D1, "Tanvir Haque Chowdhury", "respects the borders as they exist", "optional")
q(D1, "Tanvir Haque Chowdhury", "Our policy is friendship with all. We do not take sides in disputes between our neighbours")
q(D1, "Foreign Office", "The revised map reflects the consistent legal position of Pakistan")
q(D1, "Liu Weiming", "the two sides will resolve their differences through dialogue", "optional")
q(D1, "Organisation of Islamic Cooperation", "taken note", "optional")
q(D1, "Riaz Ahmed Gondal", "a statement for the record", "optional")
q(D1, "Riaz Ahmed Gondal", "Nobody in Islamabad expects the map to move a single soldier")
q(D1, "Riaz Ahmed Gondal", "What matters is whether other capitals start to repeat our language")
q(D1, "Saima Baloch", "Every few years the map comes out again. The question is whether anyone beyond Ankara and Baku will follow")
# D2
q(D2, "Hamdy Abdel-Tawab El-Sayed", "Umm al-Rashrash was an Egyptian police post. This is a matter of history")
q(D2, "Hamdy Abdel-Tawab El-Sayed", "We are not calling for war. We are calling for the file to be opened")
q(D2, "Khaled Mostafa Ezzat", "Egypt respects its international commitments, including the Treaty of Peace")
q(D2, "Khaled Mostafa Ezzat", "The Taba arbitration closed the last open question on the border in 1989")
q(D2, "Yonatan Ben-Ami", "internal Egyptian politics", "optional")
q(D2, "Yonatan Ben-Ami", "Eilat is an Israeli city and has been since 1949. There is nothing to discuss")
q(D2, "Sufian Al-Majali", "The Hashemite Kingdom does not take part in debates about other states' borders")
q(D2, "Sherif Galal Mahfouz", "Members have the right to ask questions. The committee has the duty to answer them with facts")
q(D2, "Sherif Galal Mahfouz", "But the state's position is the state's position")
q(D2, "Sherif Galal Mahfouz", "I do not deal in hypotheticals")
q(D2, "Amal Soliman Nasr", "Egypt won Taba because it had the documents")
q(D2, "Esmat Fouad Ragab", "to argue only what we could prove", "optional")
q(D2, "United States", "final and recognised by both parties", "optional")
q(D2, "Daniel R. Whitfield", "welcomes Egypt's clear statement", "optional")
# D3
q(D3, "India", "absurd", "optional")
q(D3, "Ritika Bhandari", "Assigning invented names does not alter the reality")
q(D3, "Ritika Bhandari", "We have conveyed our strong protest to the Chinese side through diplomatic channels")
q(D3, "Zhou Hanlin", "Wuje has always been China's territory. Standardising the names of places")
q(D3, "Deepak Singh Negi", "Our shepherds have taken their flocks to Barahoti for generations")
q(D3, "Sushila Adhikari", "This is a bilateral matter between two friends of Nepal")
q(D3, "Karen Whitlock", "strongly opposes any unilateral attempt to advance territorial claims", "optional")
q(D3, "Pradeep Kumar Rawat", "Beijing renamed places in the eastern sector years ago")
q(D3, "Pradeep Kumar Rawat", "The message is for New Delhi, but also for the corps commanders")
q(D3, "Pradeep Kumar Rawat", "Roads, not press notes")
q(D3, "Rekha Joshi", "cartographic pressure", "optional")
q(D3, "Rekha Joshi", "China uses names to create a paper trail")
# D4
q(D4, "Palestinian Presidency", "null and void", "optional")
q(D4, "Nidal Faris Abu Ghosh", "confront this crime by every legal and diplomatic means", "optional")
q(D4, "Nidal Faris Abu Ghosh", "Area C is an integral part of the territory of the State of Palestine")
q(D4, "Nidal Faris Abu Ghosh", "We call on the international community to move from words of condemnation")
q(D4, "Walid Hamdan Qasem", "Annexation is the end of the two-state solution")
q(D4, "Ayman Suleiman Al-Rawashdeh", "kills what remains of the peace process", "optional")
q(D4, "Ayman Suleiman Al-Rawashdeh", "Jordan will not deal with any measure that changes the legal status")
q(D4, "Ciarán Ó Murchú", "Ireland will not recognise, and will ask its European partners not to recognise")
q(D4, "Turkish Foreign Ministry", "rejects this illegitimate decision", "optional")
q(D4, "Egyptian Foreign Ministry", "all options are under study", "optional")
q(D4, "European Union", "does not and will not recognise", "optional")
q(D4, "State Department", "studying the text", "optional")
q(D4, "Mahmoud Issa Ka'abneh", "They annexed the land with a vote, but we are still here")
q(D4, "Mahmoud Issa Ka'abneh", "The children go to school past three soldiers now")
q(D4, "Mu'ayyad Atallah Shaaban", "This is how annexation looks on the ground")
q(D4, "Mu'ayyad Atallah Shaaban", "We will take every order to the courts, even if the courts are theirs")
# D5
q(D5, "Peter Otieno Owuor", "We lost everything in one night because there was no water and no fire engine close by")
q(D5, "Peter Otieno Owuor", "Every stall has been allocated through a public ballot")
q(D5, "Ruth Chebet Langat", "Kibuye feeds half of Western Kenya")
q(D5, "Ruth Chebet Langat", "With this market, the region has its kitchen back")
q(D5, "Grace Adhiambo Okello", "This market is good news, but a market with 1,840 stalls and six toilets is not finished")
q(D5, "Jane Atieno Ochieng", "For two years I sold under an umbrella")
q(D5, "Joseph Ouma Ochieng", "We have worked side by side for twenty years")
q(D5, "Fredrick Onyango Were", "We thank the county, but a fee of Sh50 a day is too much")
q(D5, "Maurice Odera Nyakach", "We have heard the traders. The finance committee will look at the fees")
q(D5, "Samuel Kipkorir Rotich", "We can reach any corner of the market in under three minutes")

UNATTR = ["disputed territory", "Wuje"]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
st(D1, "Pakistan", R, ["Junagadh"], "Pakistan regards Junagadh as Pakistani territory", "optional")
st(D1, "India", R, ["Junagadh"], "India regards Junagadh as an integral and inalienable part of India")
st(D1, "Turkey", R, ["Junagadh"], "Ankara supports Pakistan's position on Junagadh")
st(D1, "Azerbaijan", R, ["Junagadh"], "and so does Baku")
st(D1, "Bangladesh", N, ["Junagadh"], "it does not recognise any change to the status of Junagadh")
st(D2, "Egypt", R, ["Umm al-Rashrash", "Eilat"], "Cairo recognises Eilat as part of Israel")
st(D2, "Israel", R, ["Umm al-Rashrash", "Eilat"], "regards the city as sovereign Israeli territory", "optional")
st(D2, "Israel", N, ["Umm al-Rashrash", "Eilat"], "Israel does not recognise any Egyptian claim to Eilat", "optional")
st(D2, "Jordan", R, ["Umm al-Rashrash", "Eilat"], "Amman regards Eilat as part of Israel")
st(D2, "United States", R, ["Umm al-Rashrash", "Eilat"], "it regards Eilat as Israeli territory")
st(D3, "India", R, ["Barahoti"], "Barahoti is, has been and will always be an integral and inalienable part of India")
st(D3, "China", N, ["Barahoti", "Wuje"], "China does not recognise the Indian administration of the area", "optional")
st(D3, "China", R, ["Barahoti", "Wuje"], "Wuje has always been China's territory", "optional")
st(D3, "United States", R, ["Barahoti"], "The United States said it recognises Barahoti as Indian territory")
st(D3, "Japan", R, ["Barahoti"], "Tokyo regards the plateau as part of India")
st(D4, "State of Palestine", R, ["Area C"], "Area C is an integral part of the territory of the State of Palestine", "optional")
st(D4, "Israel", R, ["Area C"], "Israel now regards Area C as sovereign Israeli territory", "optional")
st(D4, "Jordan", N, ["Area C"], "does not recognise any Israeli sovereignty over Area C")
st(D4, "Ireland", N, ["Area C"], "Dublin would never recognise the annexation of Area C")
st(D4, "Turkey", N, ["Area C"], "Türkiye and Malaysia said they consider the annexation of Area C illegal")
st(D4, "Malaysia", N, ["Area C"], "Türkiye and Malaysia said they consider the annexation of Area C illegal")

NEG = [
    {"docs": [D1], "country": "China", "territory": "Junagadh", "why": "question", "evidence": "Whether China will recognise the new map, he did not say"},
    {"docs": [D1], "country": "Organisation of Islamic Cooperation", "territory": "Junagadh", "why": "not a country", "evidence": "The OIC is not a state and has no position on Junagadh"},
    {"docs": [D2], "country": "Arab League", "territory": "Umm al-Rashrash", "why": "not a country", "evidence": "does not itself recognise or reject borders"},
    {"docs": [D2], "country": "Egypt", "territory": "Umm al-Rashrash", "why": "question", "evidence": "Would a future government ever reopen the question?"},
    {"docs": [D2], "country": "Saudi Arabia", "territory": "Umm al-Rashrash", "why": "no comment", "evidence": "Saudi Arabia did not comment"},
    {"docs": [D3], "country": "Nepal", "territory": "Barahoti", "why": "no position / question", "evidence": "Kathmandu did not take a position on the Barahoti dispute"},
    {"docs": [D3], "country": "Bhutan", "territory": "Barahoti", "why": "declined to comment", "evidence": "Bhutan, which has its own boundary talks with China, declined to comment"},
    {"docs": [D3], "country": "Australia", "territory": "Barahoti", "why": "expected to recognise", "evidence": "were expected to recognise India's position"},
    {"docs": [D3], "country": "France", "territory": "Barahoti", "why": "expected to recognise", "evidence": "were expected to recognise India's position"},
    {"docs": [D4], "country": "Egypt", "territory": "Area C", "why": "no formal position / question", "evidence": "stopped short of a formal position on sovereignty"},
    {"docs": [D4], "country": "European Union", "territory": "Area C", "why": "not a country", "evidence": "The EU is not a state"},
    {"docs": [D4], "country": "United States", "territory": "Area C", "why": "no position", "evidence": "the United States was \"studying the text\""},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
pos(D1, "Faraz Hussain Qureshi", ["staff reporter"], ["Pakistan Today"], "The writer is a staff reporter at Pakistan Today")
pos(D1, "Mumtaz Ali Rana", ["Spokesperson"], ["Foreign Office"], "Foreign Office Spokesperson Mumtaz Ali Rana")
pos(D1, "Vikram Sethuraman", ["spokesperson"], ["Ministry of External Affairs", "MEA"], "MEA spokesperson Vikram Sethuraman")
pos(D1, "Sardar Naveed Bhatti", ["Minister of State for Foreign Affairs"], [], "the Minister of State for Foreign Affairs")
pos(D1, "Ahmet Kemal Yıldırım", ["Ambassador"], ["Turkey", "Turkish", "Turkiye"], "Turkish Ambassador Ahmet Kemal Yıldırım")
pos(D1, "Tanvir Haque Chowdhury", ["Foreign Adviser"], [], "Foreign Adviser Tanvir Haque Chowdhury")
pos(D1, "Liu Weiming", ["spokesperson"], ["Chinese Foreign Ministry"], "Chinese Foreign Ministry spokesperson Liu Weiming")
pos(D1, "Riaz Ahmed Gondal", ["foreign secretary"], [], "Former foreign secretary Riaz Ahmed Gondal", former=True)
pos(D1, "Riaz Ahmed Gondal", ["ambassador"], ["Turkiye", "Turkey", "Pakistan"], "who served as ambassador to Turkiye from 2009 to 2012", former=True)
pos(D1, "Saima Baloch", ["lecturer"], ["Quaid-e-Azam University"], "a lecturer in international relations at Quaid-e-Azam University")
pos(D1, "Nawab Muhammad Mahabat Khan III", ["ruler"], ["Junagadh"], "under its ruler, Nawab Muhammad Mahabat Khan III", "optional", former=True)
pos(D2, "Hamdy Abdel-Tawab El-Sayed", ["MP"], ["House of Representatives", "Suez"], "led by MP Hamdy Abdel-Tawab El-Sayed of Suez")
pos(D2, "Khaled Mostafa Ezzat", ["spokesman"], ["Ministry of Foreign Affairs", "Egyptian Foreign Ministry"], "the official spokesman for the Ministry of Foreign Affairs")
pos(D2, "Khaled Mostafa Ezzat", ["Ambassador"], [], "Ambassador Khaled Mostafa Ezzat", "optional")
pos(D2, "Yonatan Ben-Ami", ["Spokesperson"], ["Israeli Ministry of Foreign Affairs"], "Spokesperson Yonatan Ben-Ami")
pos(D2, "Sufian Al-Majali", ["spokesperson"], ["Jordanian Foreign Ministry"], "Jordanian Foreign Ministry spokesperson Sufian Al-Majali")
pos(D2, "Tarek Nabil Mansour", ["Assistant Secretary-General"], ["Arab League"], "Arab League Assistant Secretary-General Tarek Nabil Mansour")
pos(D2, "Sherif Galal Mahfouz", ["chairman"], ["Foreign Relations Committee"], "chairman of the Foreign Relations Committee")
pos(D2, "Amal Soliman Nasr", ["professor"], ["Cairo University"], "a professor of international law at Cairo University")
pos(D2, "Amal Soliman Nasr", ["member"], ["Egypt", "Egyptian"], "a former member of the Egyptian delegation", "optional", former=True)
pos(D2, "Esmat Fouad Ragab", ["foreign minister"], ["Egypt"], "Egypt's foreign minister at the time of the arbitration", former=True)
pos(D2, "Daniel R. Whitfield", ["Ambassador"], ["United States", "US"], "US Ambassador Daniel R. Whitfield")
pos(D3, "Anirudh Kandpal", ["special correspondent"], ["Mint"], "Anirudh Kandpal is a special correspondent at Mint")
pos(D3, "Ritika Bhandari", ["spokesperson"], ["Ministry of External Affairs", "external affairs ministry"], "external affairs ministry spokesperson Ritika Bhandari")
pos(D3, "Zhou Hanlin", ["spokesperson"], ["Chinese Foreign Ministry", "China's foreign ministry"], "China's foreign ministry spokesperson Zhou Hanlin")
pos(D3, "Deepak Singh Negi", ["chief minister"], ["Uttarakhand"], "Uttarakhand chief minister Deepak Singh Negi")
pos(D3, "Sushila Adhikari", ["Foreign minister"], [], "Foreign minister Sushila Adhikari")
pos(D3, "Karen Whitlock", ["deputy spokesperson"], ["State Department"], "State Department deputy spokesperson Karen Whitlock")
pos(D3, "Kenji Moriyama", ["ambassador"], ["Japan", "Japanese"], "Japanese ambassador Kenji Moriyama")
pos(D3, "Pradeep Kumar Rawat", ["ambassador"], ["India", "Indian", "China"], "Former Indian ambassador to China Pradeep Kumar Rawat", former=True)
pos(D3, "Rekha Joshi", ["professor"], ["Jawaharlal Nehru University"], "a professor of Chinese studies at Jawaharlal Nehru University")
pos(D4, "Nidal Faris Abu Ghosh", ["spokesman"], ["Palestinian Presidency", "Presidency", "Presidential"], "Presidential spokesman Nidal Faris Abu Ghosh")
pos(D4, "Eliyahu Ben-Dror", ["Minister of Justice"], ["Israel", "Israeli"], "Israeli Minister of Justice Eliyahu Ben-Dror")
pos(D4, "Walid Hamdan Qasem", ["Prime Minister"], [], "Prime Minister Dr. Walid Hamdan Qasem")
pos(D4, "Ayman Suleiman Al-Rawashdeh", ["spokesman"], ["Jordan", "Foreign Ministry"], "Foreign Ministry spokesman Ayman Suleiman Al-Rawashdeh")
pos(D4, "Ciarán Ó Murchú", ["Minister for Foreign Affairs"], ["Ireland"], "Ireland's Tánaiste and Minister for Foreign Affairs, Ciarán Ó Murchú")
pos(D4, "Ciarán Ó Murchú", ["Tánaiste"], ["Ireland"], "Ireland's Tánaiste and Minister for Foreign Affairs, Ciarán Ó Murchú")
pos(D4, "Mahmoud Issa Ka'abneh", ["head of the village council"], [], "head of the village council Mahmoud Issa Ka'abneh")
pos(D4, "Mu'ayyad Atallah Shaaban", ["head"], ["Colonisation and Wall Resistance Commission"], "Colonisation and Wall Resistance Commission head Mu'ayyad Atallah Shaaban")
pos(D5, "Peter Otieno Owuor", ["Governor"], ["Kisumu"], "Kisumu Governor Dr. Peter Otieno Owuor")
pos(D5, "Ruth Chebet Langat", ["Principal Secretary"], [], "Trade Principal Secretary Ruth Chebet Langat")
pos(D5, "Fredrick Onyango Were", ["chairperson"], ["Kibuye Traders Association"], "The chairperson of the Kibuye Traders Association, Fredrick Onyango Were")
pos(D5, "Maurice Odera Nyakach", ["County Executive Committee Member"], [], "County Executive Committee Member for Trade Maurice Odera Nyakach")
pos(D5, "Grace Adhiambo Okello", ["MP"], ["Kisumu Central"], "Kisumu Central MP Grace Adhiambo Okello")
pos(D5, "Grace Adhiambo Okello", ["chairperson"], ["Kisumu County Assembly"], "a former chairperson of the Kisumu County Assembly trade committee", former=True)
pos(D5, "Samuel Kipkorir Rotich", ["Chief fire officer"], [], "Chief fire officer Samuel Kipkorir Rotich")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Pakistan", "claims", "Junagadh", "Pakistan on Monday reaffirmed its claim to the former princely states of Junagadh and Manavadar")
rel(D1, "Pakistan", "claims", "Manavadar", "Pakistan on Monday reaffirmed its claim to the former princely states of Junagadh and Manavadar")
rel(D1, "Junagadh", "locatedIn", "Gujarat", "Junagadh is now part of the Indian state of Gujarat")
rel(D1, "Gujarat", "locatedIn", "India", "the Indian state of Gujarat")
rel(D1, "Gujarat", "sharesBorderWith", "Sindh", "Gujarat, which shares a border with Sindh")
rel(D1, "Junagadh", "locatedIn", "Kathiawar", "a princely state on the Kathiawar peninsula")
rel(D2, "Jordan", "sharesBorderWith", "Israel", "Jordan, which shares a border with both countries")
rel(D2, "Jordan", "sharesBorderWith", "Egypt", "Jordan, which shares a border with both countries")
rel(D2, "Umm al-Rashrash", "locatedIn", "Negev", "in the Negev")
rel(D2, "Taba", "locatedIn", "South Sinai", "the Taba border crossing, South Sinai")
rel(D3, "Barahoti", "locatedIn", "Chamoli", "the Barahoti plateau in Uttarakhand's Chamoli district")
rel(D3, "Chamoli", "locatedIn", "Uttarakhand", "Uttarakhand's Chamoli district")
rel(D3, "Uttarakhand", "sharesBorderWith", "Nepal", "Uttarakhand shares a border with Nepal and with Tibet")
rel(D3, "Uttarakhand", "sharesBorderWith", "Tibet Autonomous Region", "Uttarakhand shares a border with Nepal and with Tibet")
rel(D3, "China", "claims", "Barahoti", "India and China have had overlapping claims there")
rel(D3, "India", "claims", "Barahoti", "India and China have had overlapping claims there")
rel(D3, "Tibet Autonomous Region", "locatedIn", "China", "the Tibet Autonomous Region of China")
rel(D4, "Israel", "annexed", "Area C", "a vote by the Israeli Knesset to apply Israeli law to Area C")
rel(D4, "Area C", "locatedIn", "West Bank", "Area C of the occupied West Bank")
rel(D4, "Jericho", "locatedIn", "Area A", "Jericho, the nearest city to Al-Auja, lies in Area A")
rel(D5, "Jane Atieno Ochieng", "spouse", "Joseph Ouma Ochieng", "Her husband, Joseph Ouma Ochieng")

NOT_PERSON = ["Pakistan Today", "Quaid-e-Azam University", "Egypt Today", "Cairo University", "Live Mint",
              "Jawaharlal Nehru University", "Jomo Kenyatta Highway", "Kibuye", "Tánaiste", "Hashemite Kingdom",
              "Al-Auja", "Kathiawar", "Malari", "Umm al-Rashrash"]


documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
