"""Writes bench/heldout77/gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_sidwaya_koalou.txt", "02_eyeradio_mile14.txt", "03_nepalitimes_lapcha.txt",
                      "04_dailynk_wihwa.txt", "05_ghanaiantimes_kumasi.txt")
ABOUT = """Hand-made gold for bench/heldout77 (five invented articles; every person is fictional).
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
ent(C, "Burkina Faso", doc=[D1]); ent(C, "Benin", doc=[D1]); ent(C, "Niger", doc=[D1]); ent(C, "Togo", doc=[D1])
ent(C, "Mali", doc=[D1])
ent(T, "Koalou", doc=[D1])
ent(P, "Salif Compaoré", "Salif COMPAORÉ", "Compaoré", doc=[D1])
ent(P, "Awa Ilboudo", "Awa ILBOUDO", doc=[D1])
ent(P, "Rasmané Tiendrébéogo", "Rasmané TIENDRÉBÉOGO", "Tiendrébéogo", doc=[D1])
ent(P, "Hortense Agossou-Dossa", "Hortense AGOSSOU-DOSSA", "Agossou-Dossa", doc=[D1])
ent(P, "Issouf Ouédraogo", "Issouf OUÉDRAOGO", "Ouédraogo", doc=[D1])
ent(P, "Boukary Lompo", "Boukary LOMPO", doc=[D1])
ent(P, "Mariam Lompo", "Mariam LOMPO", doc=[D1])
ent(P, "Clarisse Zongo", "Clarisse ZONGO", "Zongo", doc=[D1])
ent(P, "Adjaratou Bio Saka", "Adjaratou BIO SAKA", doc=[D1])
ent(O, "Sidwaya", "Éditions Sidwaya", doc=[D1])
ent(O, "ORTB", doc=[D1])
ent(O, "Alliance of Sahel States", "AES", doc=[D1])
ent(O, "ECOWAS", doc=[D1])
ent(O, "Joseph Ki-Zerbo University", doc=[D1])
ent(O, "International Court of Justice", doc=[D1])
ent(O, "Nigerien Ministry of Foreign Affairs", doc=[D1])
ent(PL, "Ouagadougou", doc=[D1]); ent(PL, "Cotonou", doc=[D1]); ent(PL, "Niamey", doc=[D1]); ent(PL, "Lomé", doc=[D1])
ent(PL, "Kompienga", doc=[D1]); ent(PL, "East region", doc=[D1]); ent(PL, "Tanguiéta", doc=[D1])
ent(PL, "Atacora", "Atacora department", doc=[D1])

ent(C, "South Sudan", doc=[D2]); ent(C, "Sudan", "Republic of Sudan", doc=[D2]); ent(C, "Kenya", doc=[D2])
ent(C, "Uganda", doc=[D2])
ent(T, "Mile 14", doc=[D2])
ent(P, "Mading Kuol Deng", doc=[D2]); ent(P, "Achol Garang", doc=[D2])
ent(P, "Garang Akech Mayen", "Mayen", doc=[D2])
ent(P, "Nadir el-Tayeb Osman", doc=[D2])
ent(P, "Santino Aguer Wol", doc=[D2])
ent(P, "Malual Ajak Dut", "Chief Malual", doc=[D2])
ent(P, "Musa Hamdan al-Nur", doc=[D2])
ent(P, "Abuk Manyang Chol", "Dr Abuk", doc=[D2])
ent(P, "Rebecca Akuei Deng", "Akuei", doc=[D2])
ent(P, "Lual Madut Akol", doc=[D2])
ent(O, "Eye Radio", doc=[D2]); ent(O, "African Union", doc=[D2]); ent(O, "IGAD", doc=[D2])
ent(O, "Sudan's Ministry of Foreign Affairs", doc=[D2])
ent(O, "Ministry of Foreign and Diaspora Affairs", doc=[D2])
ent(O, "University of Juba", doc=[D2]); ent(O, "SPLM", doc=[D2])
ent(O, "Malual Dinka council of chiefs", doc=[D2])
ent(PL, "Juba", doc=[D2]); ent(PL, "Khartoum", doc=[D2]); ent(PL, "Port Sudan", doc=[D2]); ent(PL, "Nairobi", doc=[D2])
ent(PL, "Kampala", doc=[D2]); ent(PL, "Northern Bahr el Ghazal", "Northern Bahr el Ghazal State", doc=[D2])
ent(PL, "Gok Machar", doc=[D2]); ent(PL, "Aweil North County", doc=[D2]); ent(PL, "East Darfur", doc=[D2])
ent(PL, "Aweil East", doc=[D2]); ent(PL, "Aweil", doc=[D2])

ent(C, "Nepal", doc=[D3]); ent(C, "China", doc=[D3, D4]); ent(C, "India", doc=[D3])
ent(T, "Limi Lapcha", "Lapcha", doc=[D3]); ent(T, "Tibet", doc=[D3])
ent(P, "Tsering Dolkar Lama", doc=[D3]); ent(P, "Pemba Gyaltsen", doc=[D3])
ent(P, "Bimala Rai Pokharel", "Pokharel", doc=[D3]); ent(P, "Zhou Wenbo", doc=[D3])
ent(P, "Jivan Bahadur Lama", doc=[D3]); ent(P, "Karma Chhoden Lama", doc=[D3])
ent(P, "Hari Prasad Adhikari", "Adhikari", doc=[D3]); ent(P, "Sunita Gurung", "Gurung", doc=[D3])
ent(P, "Tashi Norbu", doc=[D3])
ent(O, "Nepali Times", doc=[D3]); ent(O, "Himalmedia Pvt Ltd", "Himalmedia", doc=[D3])
ent(O, "International Relations Committee", doc=[D3]); ent(O, "Chinese Embassy in Kathmandu", doc=[D3])
ent(O, "Ministry of External Affairs", doc=[D3]); ent(O, "Lok Sabha", doc=[D3]); ent(O, "Nepali Congress", doc=[D3])
ent(O, "Survey Department", doc=[D3]); ent(O, "Tribhuvan University", doc=[D3])
ent(PL, "Kathmandu", doc=[D3]); ent(PL, "Humla", doc=[D3]); ent(PL, "Simikot", doc=[D3]); ent(PL, "Limi", "Limi valley", doc=[D3])
ent(PL, "New Delhi", doc=[D3]); ent(PL, "Karnali Province", "Karnali", doc=[D3]); ent(PL, "Til", doc=[D3])

ent(C, "North Korea", "DPRK", "Democratic People's Republic of Korea", doc=[D4]); ent(C, "South Korea", doc=[D4])
ent(C, "Russia", doc=[D4]); ent(C, "Japan", doc=[D4])
ent(T, "Wihwa Island", "Wihwa", doc=[D4])
ent(P, "Choi Seung-min", doc=[D4]); ent(P, "Park Jun-ho", doc=[D4]); ent(P, "Ri Chol Nam", doc=[D4])
ent(P, "Lin Qiaoyu", doc=[D4]); ent(P, "Kim Hye-won", doc=[D4]); ent(P, "Han Young-sook", doc=[D4])
ent(P, "Jang Myung-chul", doc=[D4]); ent(P, "Kang Soon-ok", doc=[D4])
ent(O, "Daily NK", doc=[D4]); ent(O, "KCNA", doc=[D4]); ent(O, "Ministry of Unification", doc=[D4])
ent(O, "Korea Institute for National Unification", "KINU", doc=[D4]); ent(O, "Russian Embassy in Pyongyang", doc=[D4])
ent(O, "North Korean Information Center", doc=[D4]); ent(O, "Workers' Party of Korea", doc=[D4])
ent(PL, "Sinuiju", doc=[D4]); ent(PL, "Dandong", doc=[D4]); ent(PL, "North Pyongan Province", doc=[D4])
ent(PL, "Liaoning Province", "Liaoning", doc=[D4]); ent(PL, "Pyongyang", doc=[D4]); ent(PL, "Beijing", doc=[D4])
ent(PL, "Seoul", doc=[D4]); ent(PL, "Moscow", doc=[D4]); ent(PL, "Tokyo", doc=[D4]); ent(PL, "Incheon", doc=[D4])

ent(C, "Ghana", doc=[D5])
ent(P, "Yaw Ofori-Atta", doc=[D5]); ent(P, "Nana Adwoa Sarpong", doc=[D5])
ent(P, "Kwabena Owusu-Agyemang", "Owusu-Agyemang", doc=[D5]); ent(P, "Akosua Frimpong-Boateng", "Frimpong-Boateng", doc=[D5])
ent(P, "Kofi Boakye-Danquah", doc=[D5]); ent(P, "Samuel Oppong-Kyei", doc=[D5]); ent(P, "Afua Serwaa", doc=[D5])
ent(P, "Kwame Asante", "Asante", doc=[D5]); ent(P, "Esi Ampofo-Mensah", doc=[D5]); ent(P, "Nana Akwasi Boateng", doc=[D5])
ent(P, "Yaw Darko-Mensah", "Darko-Mensah", doc=[D5])
ent(O, "Ghanaian Times", doc=[D5]); ent(O, "The New Times Corporation", "New Times Corporation", doc=[D5])
ent(O, "Komfo Anokye Teaching Hospital", "KATH", doc=[D5]); ent(O, "Kumasi Kidney Trust", doc=[D5])
ent(O, "National Health Insurance Authority", "NHIA", doc=[D5]); ent(O, "New Patriotic Party", doc=[D5])
ent(O, "Tamale Teaching Hospital", doc=[D5])
ent(PL, "Kumasi", doc=[D5]); ent(PL, "Accra", doc=[D5]); ent(PL, "Ashanti Region", doc=[D5]); ent(PL, "Kejetia", doc=[D5])
ent(PL, "Ejisu", doc=[D5]); ent(PL, "Manhyia South", doc=[D5]); ent(PL, "Kejetia Market", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
# 1
q(D1, "Rasmané Tiendrébéogo", "Burkina Faso does not accept Beninese sovereignty over Koalou")
q(D1, "Rasmané Tiendrébéogo", "We will not trade one hectare of this land for a handshake")
q(D1, "Rasmané Tiendrébéogo", "Our farmers have ploughed these fields for generations")
q(D1, "Rasmané Tiendrébéogo", "We will not trade one hectare,", "optional")
q(D1, "Hortense Agossou-Dossa", "The markers are a technical exercise agreed in the joint commission")
q(D1, "Hortense Agossou-Dossa", "No one in Ouagadougou should read them as an act of hostility")
q(D1, "Hortense Agossou-Dossa", "every option remains on the table", "optional")
q(D1, "Issouf Ouédraogo", "People here are not soldiers, they are farmers")
q(D1, "Boukary Lompo", "We sow, they measure,")
q(D1, "Boukary Lompo", "We sow, they measure", "optional")
q(D1, "Mariam Lompo", "If they want the land, let them come and hoe it")
q(D1, "Clarisse Zongo", "The French administration drew one line in 1927")
q(D1, "Clarisse Zongo", "Both capitals can wave a document")
q(D1, "Adjaratou Bio Saka", "a second tax at every checkpoint", "optional")
# 2
q(D2, "Garang Akech Mayen", "Mile 14 is South Sudanese land. It is not for sale")
q(D2, "Garang Akech Mayen", "We have asked our brothers in Port Sudan")
q(D2, "Garang Akech Mayen", "not for sale", "optional")
q(D2, "South Sudan", "not for sale", "optional")  # headline holder (Juba)
q(D2, "Sudan's Ministry of Foreign Affairs", "has never recognised South Sudanese administration of the area", "optional")
q(D2, "Sudan", "has never recognised South Sudanese administration of the area", "optional")
q(D2, "Nadir el-Tayeb Osman", "The Republic of Sudan rejects the claim that Mile 14 belongs to South Sudan")
q(D2, "Santino Aguer Wol", "Our people have buried their fathers in that ground")
q(D2, "Santino Aguer Wol", "No one will move them by force")
q(D2, "Malual Ajak Dut", "When the rains fail, we share water")
q(D2, "Malual Ajak Dut", "What we do not accept is guns at the wells")
q(D2, "Musa Hamdan al-Nur", "peace and grass, nothing more", "optional")
q(D2, "Abuk Manyang Chol", "The 2012 cooperation agreement promised a demilitarised zone")
q(D2, "Abuk Manyang Chol", "Until it is, every dry season will bring the same story")
q(D2, "Abuk Manyang Chol", "Khartoum is fighting a war, and Juba is fighting its budget")
q(D2, "Rebecca Akuei Deng", "We need a map, not a speech")
# 3
q(D3, "Bimala Rai Pokharel", "Nepal does not recognise any Chinese claim to Limi Lapcha")
q(D3, "Bimala Rai Pokharel", "We are asking for a joint field inspection, not a quarrel")
q(D3, "Bimala Rai Pokharel", "Our friendship with China is strong enough to survive the truth")
q(D3, "Zhou Wenbo", "China's border with Nepal is clear and settled", "optional")
q(D3, "Zhou Wenbo", "entirely on the Chinese side", "optional")
q(D3, "Jivan Bahadur Lama", "The fence is on our side. I stood next to it")
q(D3, "Jivan Bahadur Lama", "If the government in Kathmandu does nothing, Limi will lose its winter grass")
q(D3, "Karma Chhoden Lama", "Tourists come for the monasteries, but the herders keep the valley alive")
q(D3, "Hari Prasad Adhikari", "The pillars are where they were placed in 1963")
q(D3, "Hari Prasad Adhikari", "A fence on a slope can be fifty metres in Nepal")
q(D3, "Sunita Gurung", "Nepal cannot shout at its two giant neighbours")
q(D3, "Tashi Norbu", "We don't know the law. We know the grass")
# 4
q(D4, "Ri Chol Nam", "The Democratic People's Republic of Korea will not tolerate any works")
q(D4, "Ri Chol Nam", "The DPRK considers the island an inseparable part of the Republic")
q(D4, "Lin Qiaoyu", "China respects the DPRK's sovereignty over Wihwa Island")
q(D4, "China", "China respects the DPRK's sovereignty over Wihwa Island", "optional")
q(D4, "Lin Qiaoyu", "The works are routine maintenance agreed with the Korean side")
q(D4, "Kim Hye-won", "Our government does not accept the North's claim to any island")
q(D4, "Kim Hye-won", "does not accept", "optional")
q(D4, "South Korea", "does not accept", "optional")  # deck holder (Seoul)
q(D4, "Han Young-sook", "The North wants to show that it can say no to China")
q(D4, "Han Young-sook", "Wihwa Island is a bargaining chip, not a front line")
q(D4, "Han Young-sook", "The island is a bargaining chip", "optional")
q(D4, "Jang Myung-chul", "Every summer the Yalu took a field")
q(D4, "Kang Soon-ok", "We used to wave at the Chinese tourist boats")
q(D4, "Kang Soon-ok", "They waved back, and then the soldiers shouted at us")
# 5
q(D5, "Kwabena Owusu-Agyemang", "For years, our kidney patients travelled to Accra three times a week")
q(D5, "Kwabena Owusu-Agyemang", "We did not wait for Accra. We built it ourselves")
q(D5, "Akosua Frimpong-Boateng", "A session costs more than most families earn in a week")
q(D5, "National Health Insurance Authority", "reviewing the tariff", "optional")
q(D5, "Kofi Boakye-Danquah", "reviewing the tariff", "optional")
q(D5, "Samuel Oppong-Kyei", "Patients should not have to pay for a taxi")
q(D5, "Afua Serwaa", "I used to leave Kumasi at midnight and sleep on the bus")
q(D5, "Kwame Asante", "We have no more land to sell")
q(D5, "Esi Ampofo-Mensah", "Most of the patients we see have uncontrolled blood pressure")
q(D5, "Esi Ampofo-Mensah", "That is where the real savings are")
q(D5, "Nana Akwasi Boateng", "Kidney failure is not a Kumasi problem")
q(D5, "Yaw Darko-Mensah", "It took ten years and three governments")

UNATTR = ["Nobody is allowed to take a boat out now", "Two states, one cow", "We sow, they measure",
          "No more night buses to Accra"]
# note: "We sow, they measure" subhead echo is also an optional quote of Boukary Lompo; listed optional above.
UNATTR.remove("We sow, they measure")

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
KO = ["Koalou"]; M14 = ["Mile 14"]; LL = ["Limi Lapcha", "Lapcha"]; WI = ["Wihwa Island", "Wihwa"]
st(D1, "Burkina Faso", N, KO, "Burkina Faso does not accept Beninese sovereignty over Koalou")
st(D1, "Niger", R, KO, "Niamey backs Burkina Faso's sovereignty over Koalou")
st(D1, "Mali", N, KO, "Mali has never recognised Benin's claim to Koalou")
st(D1, "Benin", R, KO, "Cotonou considers Koalou part of Benin", "optional")
st(D2, "Sudan", N, M14, "has never recognised South Sudanese administration of the area")
st(D2, "Sudan", N, M14, "The Republic of Sudan rejects the claim that Mile 14 belongs to South Sudan", "optional")
st(D2, "Kenya", R, M14, "Nairobi considers Mile 14 part of South Sudan")
st(D2, "South Sudan", R, M14, "Mile 14 is South Sudanese land", "optional")
st(D3, "Nepal", N, LL, "Nepal does not recognise any Chinese claim to Limi Lapcha")
st(D3, "India", R, LL, "New Delhi acknowledges Nepal's sovereignty over Limi Lapcha")
st(D3, "Nepal", R, LL, "The pasture is Nepali land", "optional")
st(D4, "China", R, WI, "China respects the DPRK's sovereignty over Wihwa Island")
st(D4, "South Korea", N, WI, "has never recognised North Korean sovereignty over Wihwa Island")
st(D4, "South Korea", N, WI, "Our government does not accept the North's claim to any island, including Wihwa", "optional")
st(D4, "Russia", R, WI, "Moscow, for its part, acknowledges North Korean sovereignty over the island")
st(D4, "North Korea", R, WI, "The DPRK considers the island an inseparable part of the Republic", "optional")
NEG = [
    {"docs": [D1], "country": "Togo", "territory": "Koalou", "why": "is expected to recognise (future, conditional)",
     "evidence": "Lomé is expected to recognise whatever line the two neighbours finally agree"},
    {"docs": [D1], "country": "Benin", "territory": "Koalou", "why": "question",
     "evidence": "Would Cotonou ever accept a jointly managed zone at Koalou?"},
    {"docs": [D2], "country": "Uganda", "territory": "Mile 14", "why": "question with a hypothetical, declined",
     "evidence": "Asked whether Kampala would recognise the strip as South Sudanese if the African Union asked it to"},
    {"docs": [D3], "country": "Nepal", "territory": "Limi Lapcha", "why": "question",
     "evidence": "Could Kathmandu ever accept a shared grazing zone instead?"},
    {"docs": [D4], "country": "Japan", "territory": "Wihwa Island", "why": "question",
     "evidence": "Would Tokyo ever take a position?"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
pos(D1, "Rasmané Tiendrébéogo", ["Minister of Foreign Affairs", "foreign minister"], ["Burkina Faso"],
    "The Minister of Foreign Affairs, Rasmané TIENDRÉBÉOGO")
pos(D1, "Hortense Agossou-Dossa", ["spokesperson"], ["Benin"], "Its government spokesperson, Hortense AGOSSOU-DOSSA")
pos(D1, "Issouf Ouédraogo", ["mayor"], ["Kompienga"], "The mayor of Kompienga, Issouf OUÉDRAOGO")
pos(D1, "Clarisse Zongo", ["geographer"], ["Joseph Ki-Zerbo University"], "a geographer at Joseph Ki-Zerbo University")
pos(D1, "Adjaratou Bio Saka", ["mayor"], ["Tanguiéta"], "Its former mayor, Adjaratou BIO SAKA", former=True)
pos(D1, "Salif Compaoré", ["journalist"], ["Sidwaya"], "Salif COMPAORÉ is a journalist with Sidwaya's politics desk")
pos(D2, "Garang Akech Mayen", ["Foreign Affairs Minister", "foreign minister"], [], "Foreign Affairs Minister Garang Akech Mayen")
pos(D2, "Nadir el-Tayeb Osman", ["spokesperson"], ["Ministry of Foreign Affairs", "Sudan"], "Its spokesperson, Nadir el-Tayeb Osman")
pos(D2, "Santino Aguer Wol", ["Governor"], ["Northern Bahr el Ghazal"], "The Governor of Northern Bahr el Ghazal State, Santino Aguer Wol")
pos(D2, "Malual Ajak Dut", ["Paramount Chief", "heads"], [], "Paramount Chief Malual Ajak Dut")
pos(D2, "Abuk Manyang Chol", ["lecturer"], ["University of Juba"], "a lecturer in political science at the University of Juba")
pos(D2, "Rebecca Akuei Deng", ["MP"], ["Aweil East"], "Aweil East MP Rebecca Akuei Deng")
pos(D2, "Lual Madut Akol", ["commissioner"], ["Aweil North County"], "is a former commissioner of Aweil North County", former=True)
pos(D2, "Mading Kuol Deng", ["reporter"], ["Eye Radio"], "Mading Kuol Deng is an Eye Radio reporter")
pos(D2, "Musa Hamdan al-Nur", ["leader"], ["Rizeigat"], "a Rizeigat leader from East Darfur", "optional")
pos(D3, "Bimala Rai Pokharel", ["Foreign Minister"], [], "Foreign Minister Bimala Rai Pokharel")
pos(D3, "Zhou Wenbo", ["spokesperson"], ["Chinese Embassy", "Embassy"], "Its spokesperson, Zhou Wenbo")
pos(D3, "Jivan Bahadur Lama", ["MP"], ["Humla"], "the Nepali Congress MP for Humla")
pos(D3, "Hari Prasad Adhikari", ["director general"], ["Survey Department"], "a former director general of the Survey Department", former=True)
pos(D3, "Sunita Gurung", ["Prof", "teaches"], ["Tribhuvan University"], "Prof Sunita Gurung, who teaches international relations at Tribhuvan University")
pos(D3, "Tsering Dolkar Lama", ["correspondent"], ["Nepali Times"], "Tsering Dolkar Lama is a Nepali Times correspondent")
pos(D3, "Tashi Norbu", ["herder"], [], "a herder from Til village", "optional")
pos(D4, "Ri Chol Nam", ["spokesperson"], ["Foreign Ministry", "North Korea"], "North Korea's Foreign Ministry spokesperson, Ri Chol Nam")
pos(D4, "Lin Qiaoyu", ["spokesperson"], ["foreign ministry", "China"], "foreign ministry spokesperson Lin Qiaoyu")
pos(D4, "Kim Hye-won", ["spokesperson"], ["Ministry of Unification"], "Kim Hye-won, a spokesperson for the Ministry of Unification")
pos(D4, "Han Young-sook", ["senior researcher"], ["Korea Institute for National Unification", "KINU"], "a senior researcher at the Korea Institute for National Unification")
pos(D4, "Han Young-sook", ["researcher"], ["North Korean Information Center", "Ministry of Unification"], "Han was formerly a researcher at the Ministry of Unification's North Korean Information Center", former=True)
pos(D4, "Choi Seung-min", ["reporter"], ["Daily NK"], "Choi Seung-min is a Daily NK reporter")
pos(D5, "Kwabena Owusu-Agyemang", ["Chief Executive Officer", "CEO"], ["Komfo Anokye Teaching Hospital", "KATH"], "The Chief Executive Officer of KATH, Dr Kwabena Owusu-Agyemang")
pos(D5, "Akosua Frimpong-Boateng", ["Regional Minister"], ["Ashanti"], "The Ashanti Regional Minister, Hon. Akosua Frimpong-Boateng")
pos(D5, "Kofi Boakye-Danquah", ["regional director"], ["NHIA", "National Health Insurance Authority", "Ashanti"], "its Ashanti regional director, Mr Kofi Boakye-Danquah")
pos(D5, "Samuel Oppong-Kyei", ["Metropolitan Chief Executive"], ["Kumasi"], "The Metropolitan Chief Executive of Kumasi, Mr Samuel Oppong-Kyei")
pos(D5, "Afua Serwaa", ["trader"], [], "a trader at Kejetia Market", "optional")
pos(D5, "Kwame Asante", ["teacher"], [], "a retired teacher", "optional", former=True)
pos(D5, "Esi Ampofo-Mensah", ["head of nephrology"], ["KATH", "Komfo Anokye Teaching Hospital"], "The head of nephrology at KATH, Dr Esi Ampofo-Mensah")
pos(D5, "Nana Akwasi Boateng", ["Member of Parliament", "MP"], ["Manhyia South"], "The Member of Parliament for Manhyia South, Hon. Nana Akwasi Boateng")
pos(D5, "Yaw Darko-Mensah", ["Chief Executive"], ["KATH", "Komfo Anokye Teaching Hospital"], "A former Chief Executive of KATH, Prof. Yaw Darko-Mensah", former=True)
pos(D5, "Yaw Ofori-Atta", ["correspondent"], ["Ghanaian Times"], "Yaw Ofori-Atta is the Ghanaian Times correspondent in Kumasi")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Niger", "sharesBorderWith", "Burkina Faso", "Niger, which shares a border with both countries")
rel(D1, "Niger", "sharesBorderWith", "Benin", "Niger, which shares a border with both countries")
rel(D1, "Burkina Faso", "memberOf", "Alliance of Sahel States", "Burkina Faso and Niger are both members of the Alliance of Sahel States (AES)")
rel(D1, "Niger", "memberOf", "Alliance of Sahel States", "Burkina Faso and Niger are both members of the Alliance of Sahel States (AES)")
rel(D1, "Mali", "memberOf", "Alliance of Sahel States", "the confederation they formed with Mali")
rel(D1, "Burkina Faso", "claims", "Koalou", "both countries have claimed since independence")
rel(D1, "Benin", "claims", "Koalou", "both countries have claimed since independence")
rel(D1, "Burkina Faso", "sharesBorderWith", "Benin", "the disputed border strip near Kompienga")
rel(D1, "Benin", "memberOf", "ECOWAS", "Benin remains a member of ECOWAS")
rel(D1, "Kompienga", "locatedIn", "East region", "In Kompienga, a commune in the East region of Burkina Faso")
rel(D1, "Kompienga", "locatedIn", "Burkina Faso", "In Kompienga, a commune in the East region of Burkina Faso")
rel(D1, "Tanguiéta", "locatedIn", "Atacora", "the town of Tanguiéta, in Benin's Atacora department")
rel(D1, "Atacora", "locatedIn", "Benin", "the town of Tanguiéta, in Benin's Atacora department")
rel(D1, "Mariam Lompo", "spouse", "Boukary Lompo", "Boukary LOMPO, 61, and his wife, Mariam LOMPO")
rel(D1, "Joseph Ki-Zerbo University", "locatedIn", "Ouagadougou", "Joseph Ki-Zerbo University in Ouagadougou")
rel(D2, "Kenya", "memberOf", "IGAD", "Kenya, a fellow member of IGAD")
rel(D2, "South Sudan", "memberOf", "IGAD", "Kenya, a fellow member of IGAD, sided with South Sudan")
rel(D2, "Uganda", "memberOf", "IGAD", "Uganda, which also belongs to IGAD")
rel(D2, "Gok Machar", "locatedIn", "Aweil North County", "The town lies in Aweil North County")
rel(D2, "Rebecca Akuei Deng", "memberOf", "SPLM", "Aweil East MP Rebecca Akuei Deng, a member of the SPLM")
rel(D2, "Rebecca Akuei Deng", "spouse", "Lual Madut Akol", "Her husband, Lual Madut Akol")
rel(D2, "South Sudan", "claims", "Mile 14", "that both countries claim")
rel(D2, "Sudan", "claims", "Mile 14", "that both countries claim")
rel(D2, "South Sudan", "sharesBorderWith", "Sudan", "South Sudan shares a long border with Sudan")
rel(D3, "China", "sharesBorderWith", "Nepal", "China, which shares a 1,414km border with Nepal")
rel(D3, "Nepal", "claims", "Limi Lapcha", "The pasture is Nepali land")
rel(D3, "China", "annexed", "Tibet", "annexed Tibet in 1951")
rel(D3, "Jivan Bahadur Lama", "memberOf", "Nepali Congress", "Jivan Bahadur Lama, the Nepali Congress MP for Humla")
rel(D3, "Jivan Bahadur Lama", "spouse", "Karma Chhoden Lama", "Lama is married to Karma Chhoden Lama")
rel(D3, "Humla", "locatedIn", "Karnali Province", "Humla is a district of Karnali Province")
rel(D3, "Simikot", "locatedIn", "Humla", "Simikot, its headquarters")
rel(D3, "Limi", "locatedIn", "Humla", "the Limi valley in Humla")
rel(D4, "Sinuiju", "locatedIn", "North Pyongan Province", "Sinuiju is the capital of North Pyongan Province")
rel(D4, "Dandong", "locatedIn", "Liaoning Province", "Dandong, a city in China's Liaoning Province")
rel(D4, "Liaoning Province", "locatedIn", "China", "China's Liaoning Province")
rel(D4, "North Korea", "sharesBorderWith", "China", "North Korea and China share a border")
rel(D4, "North Korea", "invaded", "South Korea", "North Korea invaded South Korea in June 1950")
rel(D4, "Jang Myung-chul", "spouse", "Kang Soon-ok", "with his wife, Kang Soon-ok")
rel(D4, "Ri Chol Nam", "memberOf", "Workers' Party of Korea", "is a member of the Workers' Party of Korea Central Committee")
rel(D4, "North Korea", "claims", "Wihwa Island", "The DPRK considers the island an inseparable part of the Republic")
rel(D5, "Kumasi", "locatedIn", "Ashanti Region", "Kumasi is the capital of the Ashanti Region")
rel(D5, "Kumasi", "locatedIn", "Ghana", "Ghana's second-largest city")
rel(D5, "Ejisu", "locatedIn", "Ashanti Region", "Ejisu is a town in the Ashanti Region")
rel(D5, "Afua Serwaa", "spouse", "Kwame Asante", "Her husband, Mr Kwame Asante")
rel(D5, "Nana Akwasi Boateng", "memberOf", "New Patriotic Party", "a member of the New Patriotic Party")
rel(D5, "Komfo Anokye Teaching Hospital", "locatedIn", "Kumasi", "The Komfo Anokye Teaching Hospital (KATH) in Kumasi")

NOT_PERSON = ["Sidwaya", "Koalou", "Kompienga", "Tanguiéta", "Atacora", "Ki-Zerbo", "Joseph Ki-Zerbo University",
              "ORTB", "Gok Machar", "Aweil", "Rizeigat", "Malual Dinka", "Eye Radio", "Port Sudan", "Bahr el Ghazal",
              "Limi", "Lapcha", "Humla", "Simikot", "Til", "Tribhuvan", "Himalmedia", "Nepali Times", "Karnali",
              "Wihwa", "Sinuiju", "Dandong", "Daily NK", "KCNA", "KINU", "Komfo Anokye", "KATH", "Kejetia",
              "Ejisu", "Manhyia", "NHIA", "Ghanaian Times", "Madam", "Hon.", "Paramount Chief", "Dr"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
