"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_pna_macclesfield_bank.txt", "02_le360_penon_de_velez.txt", "03_newsofbahrain_fasht_ad_dibal.txt",
                      "04_sundaystandard_situngu.txt", "05_sowetan_pimville_clinic.txt")
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

# --- D1
ent(P, "Katrina Mae Dizon", "Dizon", doc=[D1])
ent(P, "Ramon Villaroza", "Villaroza", doc=[D1])
ent(P, "Jerome Baltazar", "Baltazar", doc=[D1])
ent(P, "Liza Mercado-Tan", "Mercado-Tan", doc=[D1])
ent(P, "Ana Dimaculangan", "Dimaculangan", doc=[D1])
ent(P, "Rolando Sison", "Sison", "Dr. Rolando Sison", doc=[D1])
ent(P, "Benjamin Ocampo", "Ocampo", doc=[D1])
ent(O, "Philippine News Agency", "PNA", doc=[D1])
ent(O, "Department of Foreign Affairs", "DFA", doc=[D1])
ent(O, "Philippine Coast Guard", "PCG", doc=[D1])
ent(O, "Chinese Embassy in Manila", "Chinese Embassy", doc=[D1])
ent(O, "National Maritime Council", "NMC", doc=[D1])
ent(O, "Vietnam's Ministry of Foreign Affairs", doc=[D1])
ent(O, "Taiwan's Ministry of Foreign Affairs", doc=[D1])
ent(O, "Senate", doc=[D1])
ent(O, "Senate Committee on Foreign Relations", doc=[D1])
ent(O, "University of the Philippines Institute for Maritime Affairs and Law of the Sea", "UP IMLOS", doc=[D1])
ent(O, "Association of Southeast Asian Nations", "ASEAN", doc=[D1])
ent(C, "Philippines", "PH", doc=[D1])
ent(C, "China", doc=[D1])
ent(C, "Vietnam", doc=[D1])
ent(C, "Japan", doc=[D1])
ent(C, "Taiwan", "Republic of China", doc=[D1])
ent(C, "Indonesia", doc=[D1])
ent(T, "Macclesfield Bank", "Zhongsha Qundao", "Zhongsha Islands", doc=[D1])
ent(PL, "Manila", doc=[D1])
ent(PL, "Pasay City", doc=[D1])
ent(PL, "Hong Kong", doc=[D1])
ent(PL, "Sansha City", "Sansha", doc=[D1])
ent(PL, "Hainan", doc=[D1])
ent(PL, "Beijing", doc=[D1])
ent(PL, "Hanoi", doc=[D1])
ent(PL, "Tokyo", doc=[D1])
ent(PL, "Taipei", doc=[D1])
ent(PL, "Pangasinan", doc=[D1])

# --- D2
ent(P, "Salma El Idrissi", "El Idrissi", doc=[D2])
ent(P, "Anas Belghiti", "Belghiti", doc=[D2])
ent(P, "Youssef Bennani", "Bennani", doc=[D2])
ent(P, "Hervé Ndong Mba", "Ndong Mba", doc=[D2])
ent(P, "Ahmed Said Mmadi", "Mmadi", doc=[D2])
ent(P, "Lucía Ferrer", "Ferrer", doc=[D2])
ent(P, "Mohamed Amrani", "Amrani", doc=[D2])
ent(P, "Driss Ouazzani", "Ouazzani", doc=[D2])
ent(P, "Abdelkrim Tazi", "Tazi", doc=[D2])
ent(O, "Le360", doc=[D2])
ent(O, "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates", doc=[D2])
ent(O, "Arab League", doc=[D2])
ent(O, "Spanish Ministry of Defence", doc=[D2])
ent(O, "artisanal fishermen's cooperative of Badis", doc=[D2])
ent(O, "Royal Navy", doc=[D2])
ent(O, "Mohammed V University", doc=[D2])
ent(O, "United Nations", doc=[D2])
ent(O, "Union for the Mediterranean", doc=[D2])
ent(C, "Morocco", "Kingdom of Morocco", doc=[D2])
ent(C, "Spain", doc=[D2])
ent(C, "Gabon", doc=[D2])
ent(C, "Senegal", doc=[D2])
ent(C, "Comoros", "Union of the Comoros", doc=[D2])
ent(C, "Côte d'Ivoire", "Cote d'Ivoire", doc=[D2])
ent(T, "Peñón de Vélez de la Gomera", "Peñón", "Penon de Velez de la Gomera", doc=[D2])
ent(T, "Ceuta", doc=[D2])
ent(T, "Melilla", doc=[D2])
ent(T, "Peñón de Alhucemas", doc=[D2])
ent(PL, "Badis", doc=[D2])
ent(PL, "Al Hoceima", "Al Hoceima province", doc=[D2])
ent(PL, "Rabat", doc=[D2])
ent(PL, "Madrid", doc=[D2])
ent(PL, "Washington", doc=[D2])

# --- D3
ent(P, "Jaffar Al Mahmeed", "Al Mahmeed", doc=[D3])
ent(P, "Hisham Al Ansari", "Al Ansari", "Dr Al Ansari", doc=[D3])
ent(P, "Mariam Al Dossary", "Al Dossary", doc=[D3])
ent(P, "Khalid Al Sayegh", "Al Sayegh", "Dr Al Sayegh", doc=[D3])
ent(P, "Mubarak Al Dawood", "Sheikh Mubarak Al Dawood", "Al Dawood", doc=[D3])
ent(P, "Ebrahim Bucheeri", "Bucheeri", doc=[D3])
ent(P, "Adel Al Hammadi", "Al Hammadi", doc=[D3])
ent(O, "Daily Tribune", "DT News", "TDT", doc=[D3])
ent(O, "Council of Representatives", doc=[D3])
ent(O, "International Court of Justice", "ICJ", doc=[D3, D4])
ent(O, "Ministry of Foreign Affairs", "Foreign Ministry", doc=[D3])
ent(O, "Qatar's Ministry of Interior", doc=[D3])
ent(O, "Qatar's Ministry of Foreign Affairs", doc=[D3])
ent(O, "Oman's Foreign Ministry", doc=[D3])
ent(O, "Coast Guard", doc=[D3])
ent(O, "Gulf Cooperation Council", "GCC", doc=[D3])
ent(O, "Bahrain Fishermen Society", doc=[D3])
ent(O, "Ministry of Municipalities Affairs and Agriculture", doc=[D3])
ent(C, "Bahrain", "Kingdom of Bahrain", doc=[D3])
ent(C, "Qatar", "State of Qatar", doc=[D3])
ent(C, "Saudi Arabia", doc=[D3])
ent(C, "Kuwait", doc=[D3])
ent(C, "Oman", doc=[D3])
ent(T, "Fasht Al Dibal", "Fasht ad Dibal", doc=[D3])
ent(T, "Qit'at Jaradah", doc=[D3])
ent(T, "Hawar Islands", doc=[D3])
ent(PL, "Manama", doc=[D3])
ent(PL, "Doha", doc=[D3])
ent(PL, "Muharraq", doc=[D3])
ent(PL, "Hidd", doc=[D3])
ent(PL, "Riyadh", doc=[D3])
ent(PL, "Muscat", doc=[D3])

# --- D4
ent(P, "Keletso Thobega", "Thobega", doc=[D4])
ent(P, "Onkarabile Seboni", "Seboni", doc=[D4])
ent(P, "Gaolathe Ramotswa", "Ramotswa", doc=[D4])
ent(P, "Petrina Shikongo", "Shikongo", doc=[D4])
ent(P, "Ndeshi Amutenya", "Amutenya", doc=[D4])
ent(P, "Mutale Chilufya", "Chilufya", doc=[D4])
ent(P, "Mothusi Ditshwanelo", "Ditshwanelo", "Kgosi Mothusi Ditshwanelo", doc=[D4])
ent(P, "Tebogo Lekgowa", "Lekgowa", doc=[D4])
ent(P, "Boitumelo Kebonang", "Kebonang", doc=[D4])
ent(P, "Moagi Sechele", "Sechele", "Dr Moagi Sechele", doc=[D4])
ent(O, "Sunday Standard", doc=[D4])
ent(O, "Parliament", doc=[D4])
ent(O, "Joint Permanent Commission on Defence and Security", doc=[D4])
ent(O, "Ministry of Home Affairs, Immigration, Safety and Security", doc=[D4])
ent(O, "The Namibian", doc=[D4])
ent(O, "Southern African Development Community", "SADC", "SADC Secretariat", doc=[D4])
ent(O, "Department of International Relations and Cooperation", "DIRCO", doc=[D4])
ent(O, "Botswana Defence Force", "BDF", doc=[D4])
ent(C, "Botswana", doc=[D4])
ent(C, "Namibia", doc=[D4])
ent(C, "Zimbabwe", doc=[D4])
ent(C, "Zambia", doc=[D4])
ent(C, "Angola", doc=[D4])
ent(C, "South Africa", doc=[D4, D5])
ent(T, "Situngu", doc=[D4])
ent(T, "Kasikili/Sedudu", "Kasikili", "Sedudu", doc=[D4])
ent(PL, "Parakarungu", doc=[D4])
ent(PL, "Gaborone", doc=[D4])
ent(PL, "Windhoek", doc=[D4])
ent(PL, "Kasane", doc=[D4])
ent(PL, "Zambezi Region", doc=[D4])
ent(PL, "Lusaka", doc=[D4])
ent(PL, "Pretoria", doc=[D4])
ent(PL, "Chobe", doc=[D4])

# --- D5
ent(P, "Nomvula Khumalo", "Khumalo", doc=[D5])
ent(P, "Thulani Mbele", "Mbele", doc=[D5])
ent(P, "Refilwe Mokoena", "Mokoena", "Dr Refilwe Mokoena", doc=[D5])
ent(P, "Martha Sithole", "Sithole", "Gogo Martha Sithole", doc=[D5])
ent(P, "Thabo Nkosi", "Nkosi", doc=[D5])
ent(P, "Gugu Dlamini", "Dlamini", "Sister Gugu Dlamini", doc=[D5])
ent(P, "Sipho Mabaso", "Mabaso", doc=[D5])
ent(P, "Jacqueline Pretorius", "Pretorius", doc=[D5])
ent(P, "Elizabeth Maseko", "Maseko", doc=[D5])
ent(O, "SowetanLIVE", "Sowetan", doc=[D5])
ent(O, "Arena Holdings", doc=[D5])
ent(O, "Pimville Community Health Centre", "Pimville clinic", doc=[D5])
ent(O, "Chiawelo Community Health Centre", doc=[D5])
ent(O, "Chris Hani Baragwanath Hospital", "Baragwanath", doc=[D5])
ent(O, "Gauteng department of health", "Gauteng health department", doc=[D5])
ent(O, "ANC", doc=[D5])
ent(O, "DA", doc=[D5])
ent(O, "Gauteng legislature", doc=[D5])
ent(O, "City of Johannesburg", doc=[D5])
ent(O, "City of Johannesburg Emergency Management Services", doc=[D5])
ent(PL, "Soweto", doc=[D5])
ent(PL, "Pimville", doc=[D5])
ent(PL, "Kliptown", doc=[D5])
ent(PL, "Klipspruit", doc=[D5])
ent(PL, "Chiawelo", doc=[D5])
ent(PL, "Orlando East", doc=[D5])
ent(PL, "Gauteng", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
OPT = "optional"
# D1
q(D1, "China", "maritime observation platform", OPT)
q(D1, "Ramon Villaroza", "The Philippines does not recognize any claim to Macclesfield Bank that is based on the so-called nine-dash line")
q(D1, "Ramon Villaroza", "We are not a claimant to Macclesfield Bank, but we are a coastal state of the South China Sea")
q(D1, "Ramon Villaroza", "A permanent structure in the middle of a major sea lane is a concern for every country")
q(D1, "Chinese Embassy in Manila", "a civilian facility for weather observation and search and rescue", OPT)
q(D1, "Chinese Embassy in Manila", "Zhongsha Qundao has been Chinese territory since ancient times")
q(D1, "Jerome Baltazar", "We saw the platform already standing, with what looks like a radar dome on top")
q(D1, "Jerome Baltazar", "Our pilots were challenged by radio four times by the Chinese side")
q(D1, "Liza Mercado-Tan", "studying all diplomatic options", OPT)
q(D1, "Japan", "attaches importance to freedom of navigation and overflight", OPT)
q(D1, "Taiwan's Ministry of Foreign Affairs", "has sovereignty over the Zhongsha Islands", OPT)
q(D1, "Ramon Villaroza", "too early", OPT)
q(D1, "Ana Dimaculangan", "What happens on Macclesfield Bank today can happen closer to home tomorrow")
q(D1, "Rolando Sison", "Under UNCLOS, a submerged bank cannot be appropriated by any state")
q(D1, "Rolando Sison", "What China is building is a fact on the water, not a legal title")
q(D1, "Benjamin Ocampo", "We should not be standing alone on this")
# D2
q(D2, "Morocco", "a unilateral act that changes the situation on the ground", OPT)
q(D2, "Youssef Bennani", "Morocco has never recognised, and will never recognise, the occupation of the Peñón")
q(D2, "Youssef Bennani", "We are not looking for a crisis. We are looking for a solution that respects history and geography")
q(D2, "Ahmed Said Mmadi", "The Comoros stand with the Kingdom of Morocco on all questions of its territorial integrity")
q(D2, "Ahmed Said Mmadi", "Our two peoples share the same faith and the same history")
q(D2, "Arab League", "restraint from both sides", OPT)
q(D2, "Lucía Ferrer", "These are repairs to an existing installation on Spanish territory")
q(D2, "Lucía Ferrer", "Spain has informed the Moroccan authorities through the usual channels")
q(D2, "Mohamed Amrani", "We hear the machines day and night")
q(D2, "Mohamed Amrani", "It is our sea. Our grandfathers fished here before anyone put up a flag")
q(D2, "Abdelkrim Tazi", "Spain wants to show that the Peñón is not an anomaly but a normal military post")
q(D2, "Abdelkrim Tazi", "Not in the near future")
# D3
q(D3, "Hisham Al Ansari", "Our fishermen have been working these waters for generations")
q(D3, "Hisham Al Ansari", "We ask the government to make sure that the post does not become an obstacle to traditional fishing")
q(D3, "Mariam Al Dossary", "reopening a closed file", OPT)
q(D3, "Mariam Al Dossary", "The court has spoken and Bahrain accepted its verdict")
q(D3, "Ministry of Foreign Affairs", "The Kingdom of Bahrain remains committed to good neighbourliness")
q(D3, "Ministry of Foreign Affairs", "The ministry is in contact with the Qatari side")
q(D3, "Khalid Al Sayegh", "This is a practical matter, not a matter of sovereignty")
q(D3, "Qatar's Ministry of Interior", "support maritime safety and combat smuggling", OPT)
q(D3, "Qatar's Ministry of Foreign Affairs", "an integral part of the State of Qatar", OPT)
q(D3, "Gulf Cooperation Council", "the spirit of brotherhood", OPT)
q(D3, "Khalid Al Sayegh", "There is no such intention")
q(D3, "Ebrahim Bucheeri", "We don't want problems. We just want to know where we can put our nets")
q(D3, "Adel Al Hammadi", "Every month the fishing area gets smaller")
q(D3, "Adel Al Hammadi", "Our members need clear maps and clear rules")
q(D3, "Adel Al Hammadi", "We trust the leadership to handle it wisely")
# D4
q(D4, "Gaolathe Ramotswa", "Botswana does not recognise any Namibian claim to Situngu")
q(D4, "Gaolathe Ramotswa", "quiet diplomacy", OPT)
q(D4, "Gaolathe Ramotswa", "We are neighbours and brothers")
q(D4, "Gaolathe Ramotswa", "We will not send soldiers to chase policemen off an island")
q(D4, "Ministry of Home Affairs, Immigration, Safety and Security", "Namibian territory in the Zambezi Region", OPT)
q(D4, "Petrina Shikongo", "We have maps from 1890 which show the channel clearly")
q(D4, "Zimbabwe", "regrettable", OPT)
q(D4, "Mutale Chilufya", "A flag on a disputed island is not a patrol")
q(D4, "Southern African Development Community", "following developments closely", OPT)
q(D4, "Department of International Relations and Cooperation", "not be drawn into a bilateral matter", OPT)
q(D4, "Mothusi Ditshwanelo", "Our cattle are hungry and the grass is there, on Situngu")
q(D4, "Tebogo Lekgowa", "Residents must not panic")
q(D4, "Boitumelo Kebonang", "My father was born there during a flood year")
q(D4, "Moagi Sechele", "If we fight over every island in the Linyanti, we will be fighting forever")
# D5
q(D5, "Refilwe Mokoena", "We know that the past three months have been very hard for the people of Pimville")
q(D5, "Refilwe Mokoena", "Today we are giving you back a clinic that is better than the one you lost")
q(D5, "Martha Sithole", "I have been sitting here since four o'clock")
q(D5, "Martha Sithole", "Maybe next week it will be better")
q(D5, "Thabo Nkosi", "The taxi fare to Chiawelo was killing us")
q(D5, "Gugu Dlamini", "My team was here on Saturday and Sunday")
q(D5, "Sipho Mabaso", "People were sent from pillar to post")
q(D5, "Sipho Mabaso", "The department owes this community an apology")
q(D5, "Jacqueline Pretorius", "This fire was caused by old wiring")
q(D5, "Elizabeth Maseko", "This clinic raised half of Pimville")

UNATTR = []  # quoted strings with no speaker

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
MB = ["Macclesfield Bank", "Zhongsha"]
st(D1, "Philippines", N, MB, "the Philippines does not recognize China's claimed sovereignty over Macclesfield Bank")
st(D1, "Vietnam", N, MB, "Hanoi considers the construction on Macclesfield Bank illegal")
st(D1, "Japan", N, MB, "Japan does not recognize China's claim to the feature either")
st(D1, "China", R, MB, "Zhongsha Qundao has been Chinese territory since ancient times", OPT)
st(D1, "Taiwan", R, MB, "restated Taiwan's own claim", OPT)
PV = ["Peñón de Vélez de la Gomera", "Penon de Velez"]
st(D2, "Gabon", R, PV, "Gabon reiterated its support for Morocco’s sovereignty over the Peñón de Vélez de la Gomera")
st(D2, "Senegal", R, PV, "Senegal regards the islet as part of Morocco")
st(D2, "Comoros", R, PV, "so does the Union of the Comoros")
st(D2, "Morocco", N, PV, "Morocco has never recognised, and will never recognise, the occupation of the Peñón")
st(D2, "Spain", R, PV, "Spain considers the Peñón an integral part of its national territory", OPT)
FD = ["Fasht Al Dibal", "Fasht ad Dibal"]
st(D3, "Bahrain", R, FD, "recognises Qatar's sovereignty over Fasht Al Dibal")
st(D3, "Bahrain", R, ["Qit'at Jaradah"], "recognises Qatar's sovereignty over Fasht Al Dibal and Qit'at Jaradah")
st(D3, "Qatar", R, ["Hawar Islands"], "Qatar recognises Bahrain's sovereignty over the Hawar Islands")
st(D3, "Saudi Arabia", R, FD, "Saudi Arabia regards Fasht Al Dibal as part of Qatar")
st(D3, "Kuwait", R, FD, "said his country also respected the court's decision")
st(D3, "Oman", R, FD, "Muscat recognised the settlement of 2001 and Qatar's sovereignty over the shoal")
st(D3, "Qatar", R, FD, "an integral part of the State of Qatar", OPT)
SI = ["Situngu"]
st(D4, "Zimbabwe", R, SI, "Zimbabwe regards Situngu as Botswana territory")
st(D4, "Zambia", N, SI, "Lusaka did not recognise Namibia's claim to the island")
st(D4, "Angola", R, SI, "Angola, on the other hand, supports Namibia's sovereignty over Situngu")
st(D4, "Botswana", N, SI, "Botswana does not recognise any Namibian claim to Situngu")
st(D4, "Namibia", R, SI, "Situngu is Namibian and it will remain Namibian", OPT)

NEG = [
    {"docs": [D1], "country": "Indonesia", "territory": "Macclesfield Bank", "why": "question",
     "evidence": "Asked whether Indonesia would support a joint statement"},
    {"docs": [D1], "country": "Association of Southeast Asian Nations", "territory": "Macclesfield Bank",
     "why": "international body, no statement", "evidence": "has not issued a statement"},
    {"docs": [D2], "country": "Côte d'Ivoire", "territory": "Peñón de Vélez de la Gomera", "why": "is expected to recognise",
     "evidence": "Côte d’Ivoire is expected to recognise Morocco’s sovereignty over the islet"},
    {"docs": [D2], "country": "United States", "territory": "Peñón de Vélez de la Gomera", "why": "question",
     "evidence": "ever recognise Moroccan sovereignty over the presidios?"},
    {"docs": [D2], "country": "Arab League", "territory": "Peñón de Vélez de la Gomera", "why": "international body",
     "evidence": "The Arab League, for its part, has called for"},
    {"docs": [D3], "country": "Bahrain", "territory": "Fasht Al Dibal", "why": "question",
     "evidence": "Asked whether the Kingdom would ask the ICJ to revisit the judgment"},
    {"docs": [D3], "country": "International Court of Justice", "territory": "Fasht Al Dibal", "why": "international court, not a country",
     "evidence": "placed under Qatari sovereignty"},
    {"docs": [D3], "country": "Gulf Cooperation Council", "territory": "Fasht Al Dibal", "why": "international body",
     "evidence": "said it welcomed"},
    {"docs": [D4], "country": "South Africa", "territory": "Situngu", "why": "question",
     "evidence": "Asked whether South Africa would recognise Botswana's claim to the island"},
    {"docs": [D4], "country": "International Court of Justice", "territory": "Kasikili/Sedudu", "why": "international court, not a country",
     "evidence": "The International Court of Justice in 1999 ruled that Kasikili/Sedudu island in the Chobe River belongs to Botswana"},
    {"docs": [D4], "country": "Southern African Development Community", "territory": "Situngu", "why": "international body",
     "evidence": "The Southern African Development Community (SADC) Secretariat said it was"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
DFA = ["Department of Foreign Affairs", "DFA"]
pos(D1, "Ramon Villaroza", ["spokesperson"], DFA, "DFA spokesperson Assistant Secretary Ramon Villaroza")
pos(D1, "Ramon Villaroza", ["Assistant Secretary"], DFA, "DFA spokesperson Assistant Secretary Ramon Villaroza")
pos(D1, "Jerome Baltazar", ["spokesperson"], ["Philippine Coast Guard", "PCG"], "Philippine Coast Guard (PCG) spokesperson Commodore Jerome Baltazar")
pos(D1, "Jerome Baltazar", ["Commodore"], ["Philippine Coast Guard", "PCG"], "Philippine Coast Guard (PCG) spokesperson Commodore Jerome Baltazar")
pos(D1, "Liza Mercado-Tan", ["spokesperson"], ["National Maritime Council", "NMC"], "NMC spokesperson Undersecretary Liza Mercado-Tan")
pos(D1, "Liza Mercado-Tan", ["Undersecretary"], [], "NMC spokesperson Undersecretary Liza Mercado-Tan")
pos(D1, "Ana Dimaculangan", ["Senator"], [], "Senator Ana Dimaculangan")
pos(D1, "Ana Dimaculangan", ["chair"], ["Senate Committee on Foreign Relations"], "chair of the Senate Committee on Foreign Relations")
pos(D1, "Rolando Sison", ["director"], ["University of the Philippines Institute for Maritime Affairs and Law of the Sea", "UP IMLOS"], "director of the University of the Philippines Institute for Maritime Affairs and Law of the Sea")
pos(D1, "Benjamin Ocampo", ["foreign affairs secretary", "secretary"], [], "Former foreign affairs secretary Benjamin Ocampo", former=True)
pos(D2, "Youssef Bennani", ["director of European affairs", "director"], ["Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates", "ministry"], "Youssef Bennani, director of European affairs at the ministry")
pos(D2, "Hervé Ndong Mba", ["foreign minister", "minister"], ["Gabon"], "its foreign minister, Hervé Ndong Mba")
pos(D2, "Ahmed Said Mmadi", ["ambassador"], ["Comoros", "Union of the Comoros"], "whose ambassador, Ahmed Said Mmadi")
pos(D2, "Lucía Ferrer", ["spokesperson"], ["Spanish Ministry of Defence", "Ministry of Defence"], "Its spokesperson, Lucía Ferrer")
pos(D2, "Mohamed Amrani", ["president"], ["artisanal fishermen's cooperative of Badis", "cooperative"], "president of the artisanal fishermen’s cooperative of Badis")
pos(D2, "Driss Ouazzani", ["governor"], ["Al Hoceima"], "The governor of Al Hoceima province, Driss Ouazzani")
pos(D2, "Abdelkrim Tazi", ["professor of contemporary history", "professor"], ["Mohammed V University"], "professor of contemporary history at Mohammed V University")
pos(D3, "Jaffar Al Mahmeed", ["First Deputy Speaker", "Deputy Speaker"], [], "First Deputy Speaker MP Jaffar Al Mahmeed")
pos(D3, "Jaffar Al Mahmeed", ["MP"], [], "First Deputy Speaker MP Jaffar Al Mahmeed")
pos(D3, "Hisham Al Ansari", ["MP"], [], "MP Dr Hisham Al Ansari")
pos(D3, "Mariam Al Dossary", ["MP"], [], "MP Mariam Al Dossary")
pos(D3, "Khalid Al Sayegh", ["Undersecretary for Political Affairs", "Undersecretary"], [], "Undersecretary for Political Affairs Dr Khalid Al Sayegh")
pos(D3, "Mubarak Al Dawood", ["Foreign Minister", "minister"], ["Kuwait"], "Kuwait's Foreign Minister, Sheikh Mubarak Al Dawood")
pos(D3, "Adel Al Hammadi", ["chairman"], ["Bahrain Fishermen Society"], "Bahrain Fishermen Society chairman Adel Al Hammadi")
pos(D4, "Gaolathe Ramotswa", ["Minister of International Relations", "minister"], [], "The Minister of International Relations, Gaolathe Ramotswa")
pos(D4, "Petrina Shikongo", ["Deputy Minister"], [], "Deputy Minister Petrina Shikongo")
pos(D4, "Ndeshi Amutenya", ["High Commissioner"], ["Namibia"], "Namibia's High Commissioner in Gaborone, Ndeshi Amutenya")
pos(D4, "Mutale Chilufya", ["Minister of Foreign Affairs", "minister"], ["Zambia"], "Zambia's Minister of Foreign Affairs, Mutale Chilufya")
pos(D4, "Mothusi Ditshwanelo", ["headman", "Kgosi"], [], "headman Kgosi Mothusi Ditshwanelo")
pos(D4, "Tebogo Lekgowa", ["District Commissioner", "Commissioner"], ["Chobe"], "the Chobe District Commissioner, Tebogo Lekgowa")
pos(D4, "Boitumelo Kebonang", ["farmer"], [], "Farmer Boitumelo Kebonang", OPT)
pos(D4, "Moagi Sechele", ["legislator"], [], "Chobe legislator Dr Moagi Sechele")
pos(D5, "Nomvula Khumalo", ["Journalist"], [], "Nomvula Khumalo\nJournalist")
pos(D5, "Refilwe Mokoena", ["MEC", "health MEC"], ["Gauteng"], "Gauteng health MEC Dr Refilwe Mokoena")
pos(D5, "Gugu Dlamini", ["facility manager", "manager"], [], "Facility manager Sister Gugu Dlamini")
pos(D5, "Gugu Dlamini", ["Sister"], [], "Facility manager Sister Gugu Dlamini", OPT)
pos(D5, "Sipho Mabaso", ["councillor"], [], "Ward 20 councillor Sipho Mabaso")
pos(D5, "Jacqueline Pretorius", ["health spokesperson", "spokesperson"], ["DA", "Gauteng legislature"], "DA health spokesperson in the Gauteng legislature Jacqueline Pretorius")
pos(D5, "Elizabeth Maseko", ["nurse"], ["Pimville"], "Former Pimville clinic nurse Elizabeth Maseko", former=True)

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "China", "claims", "Macclesfield Bank", "China's claim to the feature")
rel(D1, "Taiwan", "claims", "Macclesfield Bank", "Taiwan also claims the feature")
rel(D1, "Sansha City", "locatedIn", "Hainan", "Sansha City in Hainan province")
rel(D1, "Chinese Embassy in Manila", "locatedIn", "Manila", "the Chinese Embassy in Manila")
rel(D1, "Philippines", "memberOf", "Association of Southeast Asian Nations", "of which both the Philippines and Vietnam are members")
rel(D1, "Vietnam", "memberOf", "Association of Southeast Asian Nations", "of which both the Philippines and Vietnam are members")
rel(D2, "Morocco", "claims", "Ceuta", "which also claims Ceuta, Melilla and the Peñón de Alhucemas")
rel(D2, "Morocco", "claims", "Melilla", "which also claims Ceuta, Melilla and the Peñón de Alhucemas")
rel(D2, "Morocco", "claims", "Peñón de Alhucemas", "which also claims Ceuta, Melilla and the Peñón de Alhucemas")
rel(D2, "Spain", "sharesBorderWith", "Morocco", "Spain and Morocco share a land border at Ceuta and Melilla")
rel(D2, "Spain", "memberOf", "Union for the Mediterranean", "both are members of the Union for the Mediterranean")
rel(D2, "Morocco", "memberOf", "Union for the Mediterranean", "both are members of the Union for the Mediterranean")
rel(D2, "Badis", "locatedIn", "Al Hoceima", "Badis, in Al Hoceima province")
rel(D2, "Mohammed V University", "locatedIn", "Rabat", "Mohammed V University in Rabat")
rel(D3, "Bahrain", "memberOf", "Gulf Cooperation Council", "of which both Bahrain and Qatar are members")
rel(D3, "Qatar", "memberOf", "Gulf Cooperation Council", "of which both Bahrain and Qatar are members")
rel(D4, "Botswana", "sharesBorderWith", "Namibia", "Botswana and Namibia share a border of more than 1,300 kilometres")
rel(D4, "Botswana", "memberOf", "Southern African Development Community", "Both Botswana and Namibia are members of SADC")
rel(D4, "Namibia", "memberOf", "Southern African Development Community", "Both Botswana and Namibia are members of SADC")
rel(D4, "Botswana", "claims", "Situngu", "both countries say belongs to them")
rel(D4, "Parakarungu", "locatedIn", "Botswana", "Parakarungu, the closest Botswana village")
rel(D4, "Namibia", "claims", "Situngu", "both countries say belongs to them")
rel(D5, "Pimville Community Health Centre", "locatedIn", "Soweto", "the Pimville Community Health Centre in Soweto")
rel(D5, "Sipho Mabaso", "memberOf", "ANC", "Ward 20 councillor Sipho Mabaso, of the ANC")

NOT_PERSON = ["PNA", "Macclesfield Bank", "Zhongsha Qundao", "Pasay City", "Sansha City", "Le360", "Badis",
              "Al Hoceima", "Peñón", "Fasht Al Dibal", "Qit'at Jaradah", "Muharraq", "Hidd", "DT News", "TDT",
              "Situngu", "Parakarungu", "Kasane", "Kgosi", "Chobe", "Sunday Standard", "The Namibian",
              "SowetanLIVE", "Pimville", "Kliptown", "Klipspruit", "Chiawelo", "Baragwanath", "Gogo",
              "Arena Holdings", "Chris Hani Baragwanath Hospital", "Mohammed V University", "Sister",
              "Peñón de Vélez de la Gomera", "Cessna", "Al Dibal", "Kasikili/Sedudu", "Linyanti", "Orlando East"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
