#!/usr/bin/env python3
"""Writes bench/heldout47/gold.json: the hand-made gold standard for heldout47 (blind set).

Conventions: `key` is a verbatim stretch of the quote's own words; `required` quotes are full
statements with an explicit speaker (name, surname, pronoun, role or organisation), including
sentences after the cue, colon quotes and every paragraph of a multi-paragraph quote; partial
quotes, headline/deck echoes and second holders of the same words are `optional`; anonymous
speakers are not listed. Stances: a claimant rejecting another's claim is `doesNotRecognise`;
questions, hypotheticals and `is expected to recognise` are not stances. A capital used for its
state is an alias of the country. Positions match on `title_any` and `of_any` (empty `of_any`
means title only). Relations carry `docs` and verbatim `evidence`.
"""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_tbsnews_south_talpatti.txt", "02_akipress_barak.txt", "03_taipeitimes_pratas.txt",
                      "04_myjoyonline_deepwater_tano.txt", "05_solomonstar_kukum_market.txt")
E = []
def ent(t, name, *aliases, docs):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": docs})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# doc 1
ent(C, "Bangladesh", "Dhaka", docs=[D1]); ent(C, "India", "Delhi", "New Delhi", docs=[D1])
ent(C, "Myanmar", "Naypyitaw", docs=[D1]); ent(C, "Sri Lanka", docs=[D1])
ent(T, "South Talpatti", "New Moore Island", "Purbasha", docs=[D1])
for n in ["Hariabhanga", "Shyamnagar", "Satkhira", "Munshiganj", "Bay of Bengal", "Sundarbans"]:
    ent(L, n, docs=[D1])
ent(O, "Jatiya Sangsad", docs=[D1]); ent(O, "Ministry of External Affairs", docs=[D1]); ent(O, "BNP", docs=[D1])
ent(O, "BIMSTEC", docs=[D1]); ent(O, "University of Dhaka", docs=[D1]); ent(O, "The Business Standard", "TBS", docs=[D1])
for n, s in [("Tanvir Ahmed Chowdhury", "Chowdhury"), ("Kavita Raghunathan", "Raghunathan"), ("Shahana Parvin Rumi", "Rumi"),
             ("Dilani Wickramasuriya", "Wickramasuriya"), ("Mahfuzur Rahman Akanda", "Akanda"), ("Abdul Jalil Gazi", "Gazi"),
             ("Rokeya Begum", "Begum"), ("Rafiqul Hasan Titu", "Titu"), ("Nusrat Jahan Mim", "Mim")]:
    ent(P, n, s, docs=[D1])
# doc 2
ent(C, "Uzbekistan", "Tashkent", "Republic of Uzbekistan", docs=[D2]); ent(C, "Kyrgyzstan", "Kyrgyz Republic", docs=[D2])
ent(C, "Tajikistan", docs=[D2]); ent(C, "Kazakhstan", "Astana", docs=[D2])
ent(T, "Barak", "Barak enclave", docs=[D2])
for n in ["Osh region", "Andijan region", "Fergana Valley", "Bishkek", "Kara-Suu"]:
    ent(L, n, docs=[D2])
ent(O, "Oliy Majlis", docs=[D2]); ent(O, "Milliy Tiklanish", docs=[D2]); ent(O, "Uzbek Foreign Ministry", docs=[D2])
ent(O, "Kyrgyz Foreign Ministry", docs=[D2]); ent(O, "Collective Security Treaty Organization", docs=[D2])
ent(O, "OSCE Academy", docs=[D2]); ent(O, "AKIpress", "AKIpress News Agency", docs=[D2])
for n, s in [("Dilnoza Yusupova", "Yusupova"), ("Bakhtiyor Nazarov", "Nazarov"), ("Almazbek Toktosunov", "Toktosunov"),
             ("Farrukh Sharipov", "Sharipov"), ("Kanybek Mamyrov", "Mamyrov"), ("Gulnara Abdykerimova", "Abdykerimova"),
             ("Ulan Abdykerimov", "Abdykerimov"), ("Aigul Bekmuratova", "Bekmuratova"), ("Aizada Sheralieva", "Sheralieva"),
             ("Kubanychbek Duishenaliev", "Duishenaliev")]:
    ent(P, n, s, docs=[D2])
# doc 3
ent(T, "Taiwan", "Taipei", "Republic of China", docs=[D3]); ent(T, "Pratas Island", "Pratas", "Dongsha", docs=[D3])
ent(C, "China", "Beijing", docs=[D3]); ent(C, "Palau", docs=[D3]); ent(C, "United States", "US", docs=[D3])
ent(C, "Japan", docs=[D3, D5]); ent(C, "Philippines", "Manila", docs=[D3])
for n in ["Kaohsiung", "Hong Kong", "Guangdong Province", "Bashi Channel", "Batanes"]:
    ent(L, n, docs=[D3])
ent(O, "Coast Guard Administration", "CGA", docs=[D3]); ent(O, "Ocean Affairs Council", docs=[D3])
ent(O, "Taiwan Affairs Office", docs=[D3]); ent(O, "American Institute in Taiwan", "AIT", docs=[D3])
ent(O, "Democratic Progressive Party", "DPP", docs=[D3]); ent(O, "Chinese Nationalist Party", "KMT", docs=[D3])
ent(O, "National Sun Yat-sen University", docs=[D3]); ent(O, "Dongsha Atoll Research Station", docs=[D3])
ent(O, "Taipei Times", "The Taipei Times", docs=[D3])
for n, s in [("Lin Pei-ling", "Lin"), ("Wu Chia-hao", "Wu"), ("Chang Ming-te", "Chang"), ("Peng Xiaoyun", "Peng"),
             ("Hsu Chen-wei", "Hsu"), ("Hilda Ngirmeriil", "Ngirmeriil"), ("Karen Whitfield", "Whitfield"),
             ("Tsai Wen-hsiang", "Tsai"), ("Ko Shu-mei", "Ko"), ("Chen Yu-ting", "Chen"), ("Liao Kuo-hua", "Liao"),
             ("Wang Tzu-chiang", "Wang")]:
    ent(P, n, s, docs=[D3])
# doc 4
ent(C, "Ghana", "Accra", docs=[D4]); ent(C, "Côte d'Ivoire", "Abidjan", docs=[D4]); ent(C, "Togo", docs=[D4])
ent(T, "Deepwater Tano block", "Deepwater Tano", docs=[D4])
for n in ["Half Assini", "Western Region", "Takoradi", "Elubo", "Aboisso"]:
    ent(L, n, docs=[D4])
ent(L, "Jomoro Municipality", "Jomoro", docs=[D4])
ent(O, "Ivorian National Assembly", docs=[D4]); ent(O, "International Tribunal for the Law of the Sea", docs=[D4])
ent(O, "Ghana National Petroleum Corporation", "GNPC", docs=[D4])
ent(O, "Economic Community of West African States", "ECOWAS", docs=[D4]); ent(O, "University of Ghana", docs=[D4])
ent(O, "National Democratic Congress", "NDC", docs=[D4]); ent(O, "MyJoyOnline", docs=[D4]); ent(O, "JoyNews", docs=[D4])
for n, a in [("Akosua Serwaa Darkwa", ["Darkwa"]), ("Kwesi Ennin-Hagan", ["Ennin-Hagan"]), ("Aya Kouassi-Brou", ["Kouassi-Brou"]),
             ("Kojo Amponsah-Boateng", ["Amponsah-Boateng"]), ("Komlan Agbodjan", ["Agbodjan", "Mr Agbodjan"]),
             ("Efua Mensah-Quaye", ["Mensah-Quaye"]), ("Nana Kwesi Ackah III", ["Kwesi Ackah", "Ackah"]),
             ("Esi Nyameke", ["Madam Esi Nyameke", "Madam Nyameke"]), ("Kofi Nyameke", []), ("Joseph Kwaw Ackon", ["Ackon"])]:
    ent(P, n, *a, docs=[D4])
# doc 5
ent(C, "Solomon Islands", docs=[D5])
for n in ["Honiara", "Kukum", "Guadalcanal", "Tulagi", "Central Province", "White River", "Point Cruz", "Tasahe", "East Honiara"]:
    ent(L, n, docs=[D5])
ent(O, "Honiara City Council", "HCC", docs=[D5]); ent(O, "Japan International Cooperation Agency", "JICA", docs=[D5])
ent(O, "Ministry of Health and Medical Services", docs=[D5]); ent(O, "Solomon Islands National University", docs=[D5])
ent(O, "Solomon Islands Democratic Party", docs=[D5]); ent(O, "Pacific Islands Forum", docs=[D5]); ent(O, "Solomon Star", docs=[D5])
for n, a in [("Gladys Pitakaka", ["Pitakaka", "GLADYS PITAKAKA"]), ("John Tosika", ["Tosika", "JOHN TOSIKA"]), ("Lilian Tagini", ["Tagini", "Mayor Tagini"]),
             ("Derek Rukale", ["Rukale", "Mr Rukale"]), ("Alfred Hiele", ["Hiele", "Mr Hiele"]), ("Kenji Morimoto", ["Morimoto", "Mr Morimoto"]),
             ("Rose Kwaiga", ["Mrs Rose Kwaiga", "Mrs Kwaiga"]), ("Peter Kwaiga", ["Mr Peter Kwaiga", "Mr Kwaiga"]),
             ("Joel Sade", ["Sade", "Mr Joel Sade"]), ("Mary Tuhaika", ["Tuhaika", "Dr Tuhaika"])]:
    ent(P, n, *a, docs=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
R, OPT = "required", "optional"
q(D1, "Tanvir Ahmed Chowdhury", "The sea has taken the island, not India")
q(D1, "Tanvir Ahmed Chowdhury", "What the sea takes, the sea may return")
q(D1, "Kavita Raghunathan", "The matter was settled long ago. There is nothing left to discuss")
q(D1, "Kavita Raghunathan", "a seasonal exercise", OPT)
q(D1, "Shahana Parvin Rumi", "Would Delhi recognise our rights if the island rose again tomorrow")
q(D1, "Shahana Parvin Rumi", "Fishermen in my constituency want a patrol, not a speech")
q(D1, "Dilani Wickramasuriya", "in any forum where the question is raised", OPT)
q(D1, "Mahfuzur Rahman Akanda", "There is mud, there is water and there is a great deal of politics")
q(D1, "Mahfuzur Rahman Akanda", "But a claim does not need land above the tide to matter")
q(D1, "Abdul Jalil Gazi", "We used to camp there for a week at a time")
q(D1, "Rokeya Begum", "We need ice plants and a cyclone shelter")
q(D2, "Dilnoza Yusupova", "The Republic of Uzbekistan respects the border treaty signed with the Kyrgyz Republic")
q(D2, "Uzbek Foreign Ministry", "The Republic of Uzbekistan respects the border treaty signed with the Kyrgyz Republic", OPT)
q(D2, "Uzbek Foreign Ministry", "transit corridor", OPT)
q(D2, "Bakhtiyor Nazarov", "exchanged for land of equal value", OPT)
q(D2, "Bakhtiyor Nazarov", "I speak for farmers in Andijan, not for the ministry")
q(D2, "Kyrgyz Foreign Ministry", "a provocation by one deputy", OPT)
q(D2, "Almazbek Toktosunov", "We have a treaty and we have good neighbours")
q(D2, "Almazbek Toktosunov", "If the road is open twenty-four hours a day")
q(D2, "Farrukh Sharipov", "Enclaves are a fact of life in the Fergana Valley")
q(D2, "Kanybek Mamyrov", "Young people leave because they cannot get to school or hospital")
q(D2, "Gulnara Abdykerimova", "Bread is late, medicine is late")
q(D2, "Gulnara Abdykerimova", "We are Kyrgyz, but we live like guests")
q(D2, "Aigul Bekmuratova", "Tashkent put it in writing. That is rare")
q(D3, "Chang Ming-te", "We will not leave the island. Our personnel have food for six months")
q(D3, "Chang Ming-te", "Every movement has been recorded and reported to the Ocean Affairs Council")
q(D3, "Peng Xiaoyun", "normal law enforcement in Chinese waters", OPT)
q(D3, "Peng Xiaoyun", "part of China since ancient times", OPT)
q(D3, "Hsu Chen-wei", "The people who built the airstrip, the research station and the lighthouse")
q(D3, "Hilda Ngirmeriil", "Palau stands with Taiwan, as it always has")
q(D3, "Palau", "Palau stands with Taiwan, as it always has", OPT)
q(D3, "Karen Whitfield", "stop coercive activity around Dongsha", OPT)
q(D3, "Tsai Wen-hsiang", "A longer runway means larger aircraft")
q(D3, "Ko Shu-mei", "Nobody in this chamber wants to give up Pratas")
q(D3, "Chen Yu-ting", "The corals do not care whose flag flies over the lagoon")
q(D3, "Chen Yu-ting", "But we do. Our research needs calm seas and open skies")
q(D3, "Liao Kuo-hua", "At night you can see their lights on the horizon")
q(D3, "Wang Tzu-chiang", "This is a test of our patience, not of our guns")
q(D4, "Aya Kouassi-Brou", "The 2017 judgment is final and binding")
q(D4, "Aya Kouassi-Brou", "A petition is a right of every citizen")
q(D4, "Kojo Amponsah-Boateng", "no boundary question left to answer", OPT)
q(D4, "Kojo Amponsah-Boateng", "Our investors need certainty, and today they have it")
q(D4, "Ghana National Petroleum Corporation", "without interruption", OPT)
q(D4, "Komlan Agbodjan", "Togo supported the tribunal's work from the start")
q(D4, "Efua Mensah-Quaye", "The bloc has no court for maritime boundaries")
q(D4, "Efua Mensah-Quaye", "What matters is that both governments say the same thing in public")
q(D4, "Nana Kwesi Ackah III", "When the big men argue about oil, the small men lose their nets")
q(D4, "Esi Nyameke", "Our customers are on both sides of the border")
q(D4, "Joseph Kwaw Ackon", "The oil is offshore, but the poverty is onshore")
q(D5, "Lilian Tagini", "This is a market our mothers and fathers dreamed of")
q(D5, "Derek Rukale", "We have waited a long time for this")
q(D5, "Alfred Hiele", "Fish is our bank, our protein and our culture")
q(D5, "Kenji Morimoto", "We are proud to stand with the people of Honiara")
q(D5, "Rose Kwaiga", "Before, by ten o'clock the fish was soft")
q(D5, "Peter Kwaiga", "The boat is small but the market is big now")
q(D5, "Joel Sade", "You cannot put a big tuna on this table")
q(D5, "Mary Tuhaika", "Most stomach illness we see in Honiara comes from food handled without clean water")

S = []
def st(doc, country, stance, terr, ev, status=R):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc], "status": status, "evidence": ev})
REC, NOT = "recognises", "doesNotRecognise"
TAL = ["South Talpatti", "New Moore Island", "Purbasha"]
st(D1, "Bangladesh", NOT, TAL, "Bangladesh has never recognised India's claim to the island")
st(D1, "India", NOT, TAL, "India does not accept that Bangladesh has any claim left to the area")
st(D1, "Sri Lanka", REC, TAL, "her government considers South Talpatti part of Bangladesh")
st(D2, "Uzbekistan", REC, ["Barak"], "Uzbekistan acknowledges Kyrgyz sovereignty over Barak")
st(D2, "Kyrgyzstan", NOT, ["Barak"], "Kyrgyzstan refuses to recognise any Uzbek claim to Barak")
st(D2, "Tajikistan", REC, ["Barak"], "backs Kyrgyzstan's sovereignty over Barak")
st(D2, "Uzbekistan", NOT, ["Barak"], "Uzbekistan does not recognise the enclave as permanent", OPT)
st(D3, "China", NOT, ["Pratas", "Dongsha"], "Beijing refuses to recognize Taipei's jurisdiction over Pratas")
st(D3, "Palau", REC, ["Taiwan"], "Palau, one of the 12 countries that still recognize Taiwan")
st(D3, "United States", NOT, ["Pratas", "Dongsha"], "The US has never recognized Beijing's claim to Pratas")
st(D3, "Japan", NOT, ["Taiwan", "Republic of China"], "withdrew its recognition of the Republic of China in 1972", OPT)
st(D4, "Côte d'Ivoire", REC, ["Deepwater Tano"], "it recognises Ghana's sovereign rights over the Deepwater Tano block")
st(D4, "Ghana", NOT, ["Deepwater Tano"], "Accra rejects the claim that any part of the Deepwater Tano block lies in Ivorian waters")
st(D4, "Togo", REC, ["Deepwater Tano"], "backs Ghana's rights over the Deepwater Tano block")

PO = []
def pos(doc, person, titles, of, ev, former=False, status=R):
    PO.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "status": status, "former": former, "evidence": ev})
pos(D1, "Tanvir Ahmed Chowdhury", ["foreign minister"], ["Bangladesh"], "Foreign Minister Tanvir Ahmed Chowdhury")
pos(D1, "Kavita Raghunathan", ["spokesperson"], ["Ministry of External Affairs", "India"], "spokesperson Kavita Raghunathan")
pos(D1, "Shahana Parvin Rumi", ["lawmaker"], [], "Shahana Parvin Rumi, a BNP lawmaker who represents Shyamnagar")
pos(D1, "Dilani Wickramasuriya", ["high commissioner"], ["Sri Lanka"], "Sri Lanka's high commissioner in Dhaka, Dilani Wickramasuriya")
pos(D1, "Mahfuzur Rahman Akanda", ["professor"], ["University of Dhaka"], "Dr Mahfuzur Rahman Akanda, professor of oceanography at the University of Dhaka")
pos(D1, "Rafiqul Hasan Titu", ["correspondent"], ["Business Standard"], "Rafiqul Hasan Titu is a senior correspondent at The Business Standard")
pos(D2, "Dilnoza Yusupova", ["spokeswoman"], [], "Spokeswoman Dilnoza Yusupova")
pos(D2, "Bakhtiyor Nazarov", ["deputy"], ["Oliy Majlis"], "Bakhtiyor Nazarov, a deputy of the Oliy Majlis")
pos(D2, "Almazbek Toktosunov", ["foreign minister"], [], "Foreign Minister Almazbek Toktosunov")
pos(D2, "Farrukh Sharipov", ["ambassador"], ["Tajik", "Tajikistan"], "Tajik Ambassador Farrukh Sharipov")
pos(D2, "Kanybek Mamyrov", ["head"], ["Barak"], "Barak's head, Kanybek Mamyrov")
pos(D2, "Aigul Bekmuratova", ["researcher"], ["OSCE Academy"], "Aigul Bekmuratova, a researcher at the OSCE Academy in Bishkek")
pos(D2, "Aizada Sheralieva", ["correspondent"], ["AKIpress"], "Aizada Sheralieva is an AKIpress correspondent")
pos(D3, "Chang Ming-te", ["director-general", "director general"], ["Coast Guard Administration", "CGA"], "Coast Guard Administration (CGA) Director-General Chang Ming-te")
pos(D3, "Peng Xiaoyun", ["spokeswoman"], ["Taiwan Affairs Office"], "Taiwan Affairs Office spokeswoman Peng Xiaoyun")
pos(D3, "Hsu Chen-wei", ["minister"], ["Ocean Affairs Council"], "Ocean Affairs Council Minister Hsu Chen-wei")
pos(D3, "Hilda Ngirmeriil", ["ambassador"], [], "Ambassador Hilda Ngirmeriil")
pos(D3, "Karen Whitfield", ["spokeswoman"], ["American Institute in Taiwan", "AIT"], "American Institute in Taiwan (AIT) spokeswoman Karen Whitfield")
pos(D3, "Tsai Wen-hsiang", ["legislator"], [], "Democratic Progressive Party (DPP) Legislator Tsai Wen-hsiang")
pos(D3, "Ko Shu-mei", ["legislator"], [], "Chinese Nationalist Party (KMT) Legislator Ko Shu-mei")
pos(D3, "Wang Tzu-chiang", ["director-general", "director general"], ["CGA", "Coast Guard Administration"], "Former CGA director-general Wang Tzu-chiang", former=True)
pos(D3, "Lin Pei-ling", ["reporter"], [], "By Lin Pei-ling / Staff reporter", status=OPT)
pos(D3, "Chen Yu-ting", ["biologist"], [], "Marine biologist Chen Yu-ting", status=OPT)
pos(D4, "Aya Kouassi-Brou", ["spokesperson"], [], "Ivorian government spokesperson Aya Kouassi-Brou")
pos(D4, "Kojo Amponsah-Boateng", ["minister for energy", "energy minister"], ["Ghana"], "Ghana's Minister for Energy, Hon. Kojo Amponsah-Boateng")
pos(D4, "Komlan Agbodjan", ["ambassador"], ["Togo"], "Togolese Ambassador Komlan Agbodjan")
pos(D4, "Efua Mensah-Quaye", ["lecturer"], ["University of Ghana"], "Dr Efua Mensah-Quaye, a senior lecturer in international law at the University of Ghana")
pos(D4, "Nana Kwesi Ackah III", ["chief fisherman"], ["Half Assini"], "Nana Kwesi Ackah III, chief fisherman of Half Assini")
pos(D4, "Joseph Kwaw Ackon", ["member of parliament", "mp"], ["Jomoro"], "The Member of Parliament for Jomoro, Hon. Joseph Kwaw Ackon")
pos(D4, "Akosua Serwaa Darkwa", ["journalist"], ["MyJoyOnline"], "Akosua Serwaa Darkwa is a journalist with MyJoyOnline")
pos(D5, "Lilian Tagini", ["mayor"], ["Honiara"], "Honiara Mayor Ms Lilian Tagini")
pos(D5, "Derek Rukale", ["city clerk", "clerk"], [], "City clerk Mr Derek Rukale")
pos(D5, "Alfred Hiele", ["minister for fisheries", "fisheries minister"], [], "Minister for Fisheries and Marine Resources Hon. Alfred Hiele")
pos(D5, "Alfred Hiele", ["member of parliament", "mp"], ["East Honiara"], "the Member of Parliament for East Honiara")
pos(D5, "Kenji Morimoto", ["ambassador"], ["Japan"], "Japanese Ambassador Mr Kenji Morimoto")
pos(D5, "Mary Tuhaika", ["public health officer"], ["Ministry of Health"], "Dr Mary Tuhaika, a public health officer with the Ministry of Health and Medical Services")
pos(D5, "Gladys Pitakaka", ["reporter"], ["Solomon Star"], "GLADYS PITAKAKA is a senior reporter with the Solomon Star")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, ev):
    RE.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "docs": [doc], "status": R, "evidence": ev})
rel(D1, "Bangladesh", "sharesBorderWith", "India", "Bangladesh and India, which share a border of more than 4,000 kilometres")
rel(D1, "Bangladesh", "claims", "South Talpatti", "Bangladesh still claims South Talpatti")
rel(D1, "Shahana Parvin Rumi", "memberOf", "BNP", "Shahana Parvin Rumi, a BNP lawmaker")
rel(D1, "Myanmar", "sharesBorderWith", "Bangladesh", "Myanmar, which also borders Bangladesh")
for c in ["Bangladesh", "India", "Myanmar", "Sri Lanka"]:
    rel(D1, c, "memberOf", "BIMSTEC", "Bangladesh, India, Myanmar and Sri Lanka are all members of BIMSTEC")
rel(D1, "Shyamnagar", "locatedIn", "Satkhira", "Shyamnagar upazila, a fishing village in Satkhira district")
rel(D1, "Satkhira", "locatedIn", "Bangladesh", "Satkhira, in southwestern Bangladesh")
rel(D1, "Abdul Jalil Gazi", "spouse", "Rokeya Begum", "He now runs two trawlers with his wife, Rokeya Begum")
rel(D2, "Barak", "locatedIn", "Osh region", "belongs to Kyrgyzstan's Osh region")
rel(D2, "Osh region", "locatedIn", "Kyrgyzstan", "Kyrgyzstan's Osh region")
rel(D2, "Andijan region", "locatedIn", "Uzbekistan", "Uzbekistan's Andijan region")
rel(D2, "Bakhtiyor Nazarov", "memberOf", "Milliy Tiklanish", "a deputy of the Oliy Majlis from the Milliy Tiklanish party")
rel(D2, "Tajikistan", "sharesBorderWith", "Kyrgyzstan", "Tajikistan, which borders both Kyrgyzstan and Uzbekistan")
rel(D2, "Tajikistan", "sharesBorderWith", "Uzbekistan", "Tajikistan, which borders both Kyrgyzstan and Uzbekistan")
for c in ["Kyrgyzstan", "Tajikistan", "Kazakhstan"]:
    rel(D2, c, "memberOf", "Collective Security Treaty Organization", "Kyrgyzstan, Tajikistan and Kazakhstan are members of the Collective Security Treaty Organization")
rel(D2, "Kyrgyzstan", "sharesBorderWith", "Uzbekistan", "Kyrgyzstan and Uzbekistan share a border of about 1,300 kilometres")
rel(D2, "Gulnara Abdykerimova", "spouse", "Ulan Abdykerimov", "Gulnara Abdykerimova, who runs the village shop with her husband, Ulan Abdykerimov")
rel(D2, "OSCE Academy", "locatedIn", "Bishkek", "the OSCE Academy in Bishkek")
rel(D3, "Pratas Island", "locatedIn", "Kaohsiung", "administered as part of Kaohsiung")
rel(D3, "China", "claims", "Pratas Island", "China claims Pratas as part of Guangdong Province")
rel(D3, "Japan", "invaded", "Pratas Island", "Japan invaded Pratas during World War II")
rel(D3, "Tsai Wen-hsiang", "memberOf", "Democratic Progressive Party", "Democratic Progressive Party (DPP) Legislator Tsai Wen-hsiang")
rel(D3, "Ko Shu-mei", "memberOf", "Chinese Nationalist Party", "Chinese Nationalist Party (KMT) Legislator Ko Shu-mei")
rel(D3, "Chen Yu-ting", "spouse", "Liao Kuo-hua", "Chen Yu-ting (陳玉婷) and her husband, Liao Kuo-hua")
rel(D3, "Taiwan", "sharesBorderWith", "Philippines", "Taiwan and the Philippines, which share a maritime border in the Bashi Channel")
rel(D4, "Ghana", "sharesBorderWith", "Côte d'Ivoire", "Ghana and Côte d'Ivoire share a land border of about 670 kilometres")
rel(D4, "Ghana", "memberOf", "Economic Community of West African States", "both are members of the Economic Community of West African States (ECOWAS)")
rel(D4, "Côte d'Ivoire", "memberOf", "Economic Community of West African States", "both are members of the Economic Community of West African States (ECOWAS)")
rel(D4, "Togo", "sharesBorderWith", "Ghana", "Togo, which also borders Ghana")
rel(D4, "Half Assini", "locatedIn", "Western Region", "Half Assini, a fishing town in the Western Region")
rel(D4, "Half Assini", "locatedIn", "Jomoro Municipality", "Half Assini in the Jomoro Municipality")
rel(D4, "Elubo", "locatedIn", "Jomoro Municipality", "Elubo, a border town in the Jomoro Municipality")
rel(D4, "Joseph Kwaw Ackon", "memberOf", "National Democratic Congress", "who belongs to the National Democratic Congress (NDC)")
rel(D4, "Esi Nyameke", "spouse", "Kofi Nyameke", "Madam Esi Nyameke, a fish processor, and her husband, Kofi Nyameke")
rel(D5, "Rose Kwaiga", "spouse", "Peter Kwaiga", "Her husband, Mr Peter Kwaiga")
rel(D5, "Tulagi", "locatedIn", "Central Province", "Tulagi in Central Province")
rel(D5, "Kukum", "locatedIn", "Honiara", "Kukum, in east Honiara")
rel(D5, "Honiara", "locatedIn", "Guadalcanal", "Honiara, on the island of Guadalcanal")
rel(D5, "White River", "locatedIn", "Honiara", "White River in west Honiara")
rel(D5, "Alfred Hiele", "memberOf", "Solomon Islands Democratic Party", "who is a member of the Solomon Islands Democratic Party")
rel(D5, "Solomon Islands", "memberOf", "Pacific Islands Forum", "Solomon Islands is a member of the Pacific Islands Forum")

UNATTR = ["Not an inch of the Bay", "exclusion zone", "We are one people"]
NOT_PERSON = ["Jatiya Sangsad", "Hariabhanga", "Shyamnagar", "Satkhira", "Munshiganj", "Sundarbans", "BIMSTEC",
              "The Business Standard", "AKIpress", "Barak", "Oliy Majlis", "Milliy Tiklanish", "Fergana Valley", "Kara-Suu",
              "Andijan", "Dongsha", "Pratas", "Kaohsiung", "Ocean Affairs Council", "Bashi Channel", "Batanes", "Half Assini",
              "Elubo", "Aboisso", "Takoradi", "Jomoro", "Deepwater Tano", "GNPC", "MyJoyOnline", "JoyNews", "Kukum", "Tulagi",
              "Guadalcanal", "White River", "Point Cruz", "Tasahe", "Solomon Star", "HCC", "Facebook", "Taipei Times"]

gold = {"about": __doc__, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": E,
        "not_person": NOT_PERSON, "quotes": Q, "unattributed": UNATTR, "stances": S, "positions": PO, "relations": RE}
Path(__file__).resolve().parent.parent.joinpath("gold.json").write_text(
    json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
