"""Writes bench/heldout55/gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_diliweekly_batek.txt", "02_clubofmozambique_likoma.txt", "03_borkena_assab.txt",
                      "04_yonhap_noktundo.txt", "05_monitor_mbarara_bus_park.txt")
ABOUT = """Hand-made gold for bench/heldout55 (five invented articles; every person is fictional).
quotes: `key` is a verbatim stretch of the quote. `required` = full statement with an explicit speaker (name,
surname, honorific + name, pronoun, role or organisation), incl. sentences after the cue, colon quotes,
continuation paragraphs and every paragraph of a multi-paragraph quote. `optional` = partial quotes,
headline/deck echoes and second holders of the same words. Anonymous speakers are not listed, so attributing
their words counts as wrong. `unattributed` = quoted strings with no speaker (related headlines).
stances: polarity follows the wording; holders are countries (also given as capital, government, ministry or
a minister speaking for it). Questions, hypotheticals and `is expected to` are not stances. Own claims optional.
positions: `former` marks former posts. relations: stated in the text; `evidence` is verbatim.
Entities carry `docs` (articles that mention them)."""

E = []
def ent(t, name, aliases, docs):
    E.append({"type": t, "name": name, "aliases": aliases, "docs": docs})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"
# --- 01
for n, a in [("Ermelinda Saldanha Pires", []), ("Tomás Barreto Lobo", ["Tomas Barreto Lobo"]),
             ("Hermínio Caet Soares", ["Herminio Caet Soares"]), ("Domingos Bere Tallo", ["Sr. Domingos Bere Tallo", "Sr. Bere Tallo"]),
             ("Madalena Bere Tallo", ["Sra. Madalena Bere Tallo"]), ("Aurélio Ximenes Mau-Lear", ["Mau-Lear", "Aurelio Ximenes Mau-Lear"]),
             ("Rizal Hadiwijaya", ["Hadiwijaya"]), ("Luciana Pereira Motta", ["Motta"]),
             ("Filomena Carrascalão Guterres", ["Filomena Carrascalao Guterres"]), ("Adelina Soares Amaral", ["Amaral"]),
             ("Justino Lay Mendonça", ["Mendonça", "Justino Lay Mendonca"])]:
    ent(P, n, a, [D1])
ent(C, "Timor-Leste", ["East Timor"], [D1]); ent(C, "Indonesia", [], [D1]); ent(C, "Portugal", [], [D1, D2])
ent(C, "Brazil", [], [D1]); ent(C, "Australia", [], [D1])
ent(T, "Batek", ["Fatu Sinai", "Pulau Batek", "Batek island"], [D1])
for n in ["Dili", "Oecusse", "Citrana", "Jakarta", "Kupang", "Canberra", "Brasília", "Ombai Strait", "Palácio do Governo"]:
    ent(PL, n, [], [D1])
for n, a in [("The Dili Weekly", []), ("Indonesia's Ministry of Foreign Affairs", []),
             ("Universidade Nacional Timor Lorosa'e", ["UNTL"]), ("National Parliament", []), ("Fretilin", []), ("CNRT", []),
             ("Association of Southeast Asian Nations", ["ASEAN"]), ("Community of Portuguese Language Countries", ["CPLP"]),
             ("Radio Televisão Timor-Leste", [])]:
    ent(O, n, a, [D1])
# --- 02
for n, a in [("Celso Muianga Nhaca", []), ("Arlindo Chaúque Macuácua", ["Macuácua", "Arlindo Chauque Macuacua"]),
             ("Chikondi Banda-Mhango", ["Banda-Mhango"]), ("Leonor Massingue Tembe", ["Massingue Tembe"]),
             ("Felisberto Uamusse Cossa", []), ("Mwila Chisanga Phiri", []),
             ("Yohane Mkandawire Chirwa", ["Reverend Yohane Mkandawire Chirwa"]), ("Esther Chirwa", []),
             ("Jaime Nhamitambo Sitoe", ["Sitoe"])]:
    ent(P, n, a, [D2])
for n in ["Malawi", "Mozambique", "Tanzania", "Zambia", "Britain"]:
    ent(C, n, [], [D2])
ent(T, "Likoma", ["Likoma Island"], [D2]); ent(T, "Chizumulu", [], [D2])
for n, a in [("Lake Niassa", ["Lake Malawi"]), ("Lilongwe", []), ("Maputo", []), ("Niassa province", []), ("Metangula", []),
             ("Cobué", []), ("Dodoma", []), ("Gaborone", [])]:
    ent(PL, n, a, [D2])
for n, a in [("Club of Mozambique", []), ("Lusa", []), ("Assembly of the Republic", []), ("Renamo", []), ("Frelimo", []),
             ("Council of Ministers", []), ("Southern African Development Community", ["SADC"]),
             ("Eduardo Mondlane University", []), ("National Archives of Mozambique", [])]:
    ent(O, n, a, [D2])
# --- 03
for n, a in [("Meron Alemayehu Tadesse", []), ("Yonas Tekle Haile", []),
             ("Dawit Gebremeskel Tsegaye", ["Ato Dawit", "Ato Dawit Gebremeskel Tsegaye"]),
             ("Yemane Kidane Gebreab", []), ("Selamawit Tefera Wolde", []), ("Abdourahman Ismaïl Farah", ["Farah", "Abdourahman Ismail Farah"]),
             ("Hisham Abdel-Rahman Fawzi", []), ("Hirut Bekele Ayana", ["W/ro Hirut Bekele Ayana"]),
             ("Tewodros Mengistu Alemu", ["Dr. Tewodros", "Dr. Tewodros Mengistu Alemu"]), ("Meskerem Assefa Desta", ["Dr. Meskerem Assefa Desta"])]:
    ent(P, n, a, [D3])
for n in ["Ethiopia", "Eritrea", "Djibouti", "Egypt", "Italy"]:
    ent(C, n, [], [D3])
ent(T, "Assab", [], [D3])
for n in ["Addis Ababa", "Asmara", "Cairo", "Rome", "Afar region", "Red Sea"]:
    ent(PL, n, [], [D3])
for n, a in [("borkena", ["borkena.com"]), ("House of Peoples' Representatives", []), ("Prosperity Party", []),
             ("Ministry of Information", []), ("Addis Ababa University", []), ("RTD", []), ("Ezema", []),
             ("Intergovernmental Authority on Development", ["IGAD"]), ("Ethiopian News Agency", [])]:
    ent(O, n, a, [D3])
# --- 04
for n, a in [("Kim Seo-yeon", []), ("Han Dong-wook", ["Han", "Rep. Han Dong-wook"]), ("Choi Eun-jung", ["Choi", "Rep. Choi Eun-jung"]),
             ("Yoon Hae-rin", ["Yoon"]), ("Yelena Vasilyevna Orlova", ["Orlova"]), ("Jang Min-ho", ["Jang"]),
             ("Kim Hyun-joo", []), ("Park Tae-joon", ["Park"]), ("Lee Jae-hoon", [])]:
    ent(P, n, a, [D4])
ent(C, "South Korea", [], [D4]); ent(C, "North Korea", [], [D4]); ent(C, "Russia", ["Russian Federation"], [D4])
ent(C, "China", [], [D4]); ent(C, "Soviet Union", [], [D4])
ent(T, "Noktundo", [], [D4]); ent(T, "Crimea", [], [D4]); ent(T, "Dokdo", [], [D4]); ent(T, "Gando", [], [D4])
for n in ["Seoul", "Moscow", "Pyongyang", "Beijing", "Khasan", "Vladivostok", "Tumen River", "Primorsky Krai"]:
    ent(PL, n, [], [D4])
for n, a in [("Yonhap News Agency", ["Yonhap"]), ("National Assembly", []), ("Democratic Party", []), ("People Power Party", []),
             ("Northeast Asian History Foundation", []), ("Russian Foreign Ministry", []), ("Russian Embassy in Seoul", []),
             ("Institute of Northeast Asian Studies", []), ("Korea University", []), ("Seoul National University", []),
             ("United Nations", ["U.N."]), ("U.N. Security Council", ["UN Security Council"])]:
    ent(O, n, a, [D4])
# --- 05
for n, a in [("Patience Kyomuhendo Nuwagaba", []), ("Arinaitwe Joel Mugisha", []),
             ("Robert Kakuru Tumwesigye", ["Mr Tumwesigye", "Tumwesigye"]), ("Grace Atuhaire Byaruhanga", ["Ms Grace Atuhaire Byaruhanga"]),
             ("Fred Mugisha Katongole", ["Mr Fred Mugisha Katongole"]), ("Annet Kobusingye Rwakatare", ["Ms Rwakatare", "Ms Annet Kobusingye Rwakatare"]),
             ("Julius Rwakatare", ["Mr Julius Rwakatare"]), ("Amos Ndyanabo Kiiza", ["Mr Amos Ndyanabo Kiiza"]),
             ("Winnie Asiimwe Bainomugisha", ["Dr Winnie Asiimwe Bainomugisha"]),
             ("Charles Byamugisha Turyahikayo", ["Mr Turyahikayo", "Turyahikayo"])]:
    ent(P, n, a, [D5])
ent(C, "Uganda", [], [D5]); ent(C, "Rwanda", [], [D5])
for n, a in [("Mbarara", ["Mbarara City"]), ("Kampala", []), ("Kabale", []), ("Kasese", []), ("Kakoba", []), ("High Street", []), ("Kigali", [])]:
    ent(PL, n, a, [D5])
for n, a in [("Daily Monitor", []), ("Mbarara City Council", []), ("Uganda Development Bank", []),
             ("Mbarara Bus Park Traders' Association", []), ("Mbarara University of Science and Technology", ["MUST"]),
             ("Monitor Publications Ltd", [])]:
    ent(O, n, a, [D5])

Q = []
def q(speaker, key, doc, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
R, OP = "required", "optional"
# 01
q("Domingos Bere Tallo", "We were born fishing these rocks. My father fished them", D1)
q("Domingos Bere Tallo", "Now a young sailor with a loudspeaker tells me", D1)
q("Madalena Bere Tallo", "We only want to know whose permission we must ask", D1)
q("Aurélio Ximenes Mau-Lear", "Fatu Sinai is Timorese, and it was Timorese before", D1)
q("Aurélio Ximenes Mau-Lear", "We will not bargain over the fish of Citrana", D1)
q("Aurélio Ximenes Mau-Lear", "any forum the two sides can agree on", D1, OP)
q("Rizal Hadiwijaya", "in line with standard procedure", D1, OP)
q("Rizal Hadiwijaya", "Pulau Batek has been administered from Kupang without interruption", D1)
q("Indonesia's Ministry of Foreign Affairs", "Indonesia remains committed to good-neighbourly relations", D1)
q("Indonesia", "Indonesia remains committed to good-neighbourly relations", D1, OP)
q("Luciana Pereira Motta", "The map of 1916 is clear, and Brazil reads it", D1)
q("Filomena Carrascalão Guterres", "A rock this small can still carry a maritime zone", D1)
q("Filomena Carrascalão Guterres", "the last loose thread of 1999", D1, OP)
q("Adelina Soares Amaral", "Our neighbours in ASEAN cannot pretend this does not concern them", D1)
q("Adelina Soares Amaral", "If we stay silent, Fatu Sinai will be lost to us by habit", D1)
q("Justino Lay Mendonça", "Talk first, talk again, and talk once more", D1)
# 02
q("Arlindo Chaúque Macuácua", "reopen the file", D2, OP)
q("Arlindo Chaúque Macuácua", "the islands are Mozambican by geography", D2, OP)
q("Arlindo Chaúque Macuácua", "Our fishermen from Metangula and Cobué are fined", D2)
q("Chikondi Banda-Mhango", "Likoma and Chizumulu have been Malawian since before independence", D2)
q("Chikondi Banda-Mhango", "Malawi will not discuss their sovereignty with anyone", D2)
q("Chikondi Banda-Mhango", "values its friendship with Maputo above any motion", D2, OP)
q("Leonor Massingue Tembe", "The deputies are free to table what they like", D2)
q("Felisberto Uamusse Cossa", "reads like a campaign leaflet", D2, OP)
q("Mwila Chisanga Phiri", "Zambia regards Likoma as Malawian territory", D2)
q("Yohane Mkandawire Chirwa", "Nobody here wakes up wondering which country they belong to", D2)
q("Esther Chirwa", "We treat everyone who comes. A fever has no passport", D2)
q("Jaime Nhamitambo Sitoe", "Portugal accepted the British line around the islands", D2)
q("Jaime Nhamitambo Sitoe", "A motion cannot undo a treaty", D2)
q("Jaime Nhamitambo Sitoe", "more about fish than about flags", D2, OP)
# 03
q("Dawit Gebremeskel Tsegaye", "belongs on the agenda", D3, OP)
q("Dawit Gebremeskel Tsegaye", "what it intends to do", D3, OP)
q("Dawit Gebremeskel Tsegaye", "Ethiopia is a country of more than 130 million people", D3)
q("Dawit Gebremeskel Tsegaye", "I am not calling for war. I am calling for honesty", D3)
q("Yemane Kidane Gebreab", "rejects the claim that Assab is, or ever was, Ethiopian", D3, OP)
q("Ministry of Information", "The borders of Eritrea were settled by the Algiers Agreement", D3)
q("Eritrea", "The borders of Eritrea were settled by the Algiers Agreement", D3, OP)
q("Selamawit Tefera Wolde", "recognises the sovereignty and territorial integrity of Eritrea", D3, OP)
q("Selamawit Tefera Wolde", "only through peaceful, commercial means", D3, OP)
q("Selamawit Tefera Wolde", "No one in this government has asked for anything other than a fair deal", D3)
q("Abdourahman Ismaïl Farah", "Djibouti is a partner to all its neighbours", D3)
q("Hirut Bekele Ayana", "withdraw its recognition", D3, OP)
q("Tewodros Mengistu Alemu", "Words spoken in this House are heard in Asmara", D3)
q("Tewodros Mengistu Alemu", "The Horn has had enough wars over lines on a map", D3)
q("Meskerem Assefa Desta", "older than both republics", D3, OP)
# 04
q("Han Dong-wook", "have never given it up", D4, OP)
q("Han Dong-wook", "Noktundo was where our ancestors farmed and fought", D4)
q("Han Dong-wook", "A treaty signed by Qing China and the Russian Empire", D4)
q("Han Dong-wook", "in writing, in Moscow", D4, OP)
q("Choi Eun-jung", "This is not about redrawing borders tomorrow", D4)
q("Yoon Hae-rin", "is aware of the historical and academic discussion", D4, OP)
q("Yoon Hae-rin", "Our position on the border between North Korea and Russia", D4)
q("Yoon Hae-rin", "We will review the lawmakers' resolution carefully", D4)
q("Yelena Vasilyevna Orlova", "was fixed by international treaties and is not open to revision", D4, OP)
q("Russian Embassy in Seoul", "The Russian Federation considers the territory in question", D4)
q("Russia", "The Russian Federation considers the territory in question", D4, OP)
q("Jang Min-ho", "The river moved, the sand built up", D4)
q("Kim Hyun-joo", "should not let silence become consent", D4, OP)
q("Park Tae-joon", "If a unified Korea asked Moscow to recognise its claim", D4)
# 05
q("Robert Kakuru Tumwesigye", "far too long", D5, OP)
q("Robert Kakuru Tumwesigye", "When I was a boy, a bus to Kampala left from under a mango tree", D5)
q("Robert Kakuru Tumwesigye", "Mbarara is growing faster than we can pour concrete", D5)
q("Grace Atuhaire Byaruhanga", "We did not cut corners and we did not cut trees", D5)
q("Grace Atuhaire Byaruhanga", "Every shilling is accounted for", D5)
q("Fred Mugisha Katongole", "Anybody who harasses a passenger here", D5)
q("Annet Kobusingye Rwakatare", "better but dearer", D5, OP)
q("Annet Kobusingye Rwakatare", "The stalls are better, yes, but they are dearer", D5)
q("Julius Rwakatare", "At least now the rain does not fall on the passengers", D5)
q("Amos Ndyanabo Kiiza", "Nobody will be thrown out in the first month", D5)
q("Amos Ndyanabo Kiiza", "We shall sit with the traders", D5)
q("Winnie Asiimwe Bainomugisha", "A terminal is only as good as the roads that feed it", D5)

UNATTR = ["A border drawn in 1916", "More about fish", "A port, not a quarrel", "Record straight"]

S = []
def st(country, stance, terr, doc, ev, status=R):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc], "status": status, "evidence": ev})
REC, NOT = "recognises", "doesNotRecognise"
st("Indonesia", NOT, ["Batek"], D1, "Jakarta does not accept the Timorese claim to Batek")
st("Portugal", REC, ["Fatu Sinai", "Batek"], D1, "Portugal, the former colonial power, considers Fatu Sinai part of Timor-Leste")
st("Brazil", REC, ["Fatu Sinai", "Batek"], D1, "Brazil also backs Timor-Leste's sovereignty over Fatu Sinai")
st("Timor-Leste", REC, ["Fatu Sinai", "Batek"], D1, "Fatu Sinai is Timorese", OP)
st("Mozambique", REC, ["Likoma"], D2, "Maputo recognises Malawi's sovereignty over Likoma and Chizumulu")
st("Mozambique", REC, ["Chizumulu"], D2, "Maputo recognises Malawi's sovereignty over Likoma and Chizumulu")
st("Zambia", REC, ["Likoma"], D2, "Zambia regards Likoma as Malawian territory")
st("Malawi", REC, ["Likoma"], D2, "Malawi will not discuss their sovereignty with anyone", OP)
st("Eritrea", NOT, ["Assab"], D3, "Asmara \"rejects the claim that Assab is, or ever was, Ethiopian\"")
st("Ethiopia", REC, ["Eritrea"], D3, "Ethiopia \"recognises the sovereignty and territorial integrity of Eritrea\"")
st("Djibouti", NOT, ["Assab"], D3, "his country had never recognised any Ethiopian claim to Assab")
st("Egypt", REC, ["Assab"], D3, "backs Eritrea's sovereignty over Assab")
st("South Korea", NOT, ["Noktundo"], D4, "Seoul has never recognized the 1860 transfer of Noktundo")
st("North Korea", REC, ["Noktundo"], D4, "accepted Russian sovereignty over Noktundo in a 1990 border treaty")
st("South Korea", NOT, ["Crimea"], D4, "annexed Crimea in 2014, which Seoul has not recognized")
st("Russia", NOT, ["Noktundo"], D4, "Moscow rejects any claim to the island", OP)
st("Russia", REC, ["Noktundo"], D4, "The Russian Federation considers the territory in question an inseparable part of Primorsky Krai", OP)

PO = []
def pos(person, titles, of, doc, ev, status=R, former=False):
    PO.append({"person": person, "title_any": titles, "of_any": of, "docs": [doc], "status": status, "former": former, "evidence": ev})
pos("Aurélio Ximenes Mau-Lear", ["Minister of Foreign Affairs", "foreign minister", "minister"], ["Timor-Leste"], D1,
    "Timor-Leste's Minister of Foreign Affairs and Cooperation, Sr. Aurélio Ximenes Mau-Lear")
pos("Aurélio Ximenes Mau-Lear", ["ambassador"], ["Portugal", "Timor-Leste"], D1,
    "Mau-Lear, who was Timor-Leste's ambassador to Portugal", former=True)
pos("Rizal Hadiwijaya", ["spokesperson", "spokesman"], ["Ministry of Foreign Affairs", "Indonesia"], D1,
    "Sdr. Rizal Hadiwijaya, spokesperson of Indonesia's Ministry of Foreign Affairs")
pos("Luciana Pereira Motta", ["ambassador"], ["Brazil", "Brasília", "Brasilia"], D1,
    "Sra. Luciana Pereira Motta, Brasília's ambassador in Dili")
pos("Filomena Carrascalão Guterres", ["lecturer"], ["Universidade Nacional Timor Lorosa'e", "UNTL"], D1,
    "Dr. Filomena Carrascalão Guterres, a lecturer in international law at the Universidade Nacional Timor Lorosa'e (UNTL)")
pos("Adelina Soares Amaral", ["lawmaker", "member of parliament", "deputy"], ["Fretilin", "National Parliament"], D1,
    "Fretilin lawmaker Sra. Adelina Soares Amaral")
pos("Justino Lay Mendonça", ["chair", "chairman", "chairs"], ["committee on foreign affairs"], D1,
    "Sr. Justino Lay Mendonça, who chairs the parliament's committee on foreign affairs, defence and security")
pos("Justino Lay Mendonça", ["deputy"], ["CNRT"], D1, "The CNRT deputy", OP)
pos("Ermelinda Saldanha Pires", ["reporter"], ["The Dili Weekly"], D1, "Reporter: Ermelinda Saldanha Pires", OP)
pos("Ermelinda Saldanha Pires", ["correspondent"], ["Radio Televisão Timor-Leste"], D1,
    "She was previously a correspondent for Radio Televisão Timor-Leste", OP, True)
pos("Tomás Barreto Lobo", ["editor"], ["The Dili Weekly"], D1, "Editor: Tomás Barreto Lobo", OP)
pos("Arlindo Chaúque Macuácua", ["deputy"], ["Renamo", "Assembly of the Republic"], D2,
    "Arlindo Chaúque Macuácua, a Renamo deputy for Niassa province")
pos("Arlindo Chaúque Macuácua", ["head", "heads"], ["Renamo"], D2,
    "Macuácua, who heads Renamo's parliamentary bench", OP)
pos("Chikondi Banda-Mhango", ["Minister of Foreign Affairs", "foreign minister", "minister"], ["Malawi"], D2,
    "Malawi's Minister of Foreign Affairs, Chikondi Banda-Mhango")
pos("Leonor Massingue Tembe", ["spokesperson", "spokeswoman"], ["government", "Mozambique", "Council of Ministers"], D2,
    "government spokesperson Leonor Massingue Tembe")
pos("Felisberto Uamusse Cossa", ["bench leader", "leader"], ["Frelimo"], D2, "Its bench leader, Felisberto Uamusse Cossa")
pos("Mwila Chisanga Phiri", ["foreign minister", "minister"], ["Zambia"], D2, "Zambia's foreign minister, Mwila Chisanga Phiri")
pos("Jaime Nhamitambo Sitoe", ["professor"], ["Eduardo Mondlane University"], D2,
    "History professor Jaime Nhamitambo Sitoe, of Eduardo Mondlane University")
pos("Jaime Nhamitambo Sitoe", ["director"], ["National Archives of Mozambique"], D2,
    "Sitoe, a former director of the National Archives of Mozambique", former=True)
pos("Esther Chirwa", ["nurse"], [], D2, "Esther Chirwa, a nurse at the health centre", OP)
pos("Dawit Gebremeskel Tsegaye", ["MP", "member of parliament"], ["Prosperity Party", "House of Peoples' Representatives"], D3,
    "Ato Dawit Gebremeskel Tsegaye, a Prosperity Party MP")
pos("Dawit Gebremeskel Tsegaye", ["deputy chair"], ["committee on foreign relations"], D3,
    "deputy chair of the House standing committee on foreign relations and peace affairs", OP)
pos("Yemane Kidane Gebreab", ["Minister of Information", "minister"], ["Eritrea"], D3,
    "Yemane Kidane Gebreab, Eritrea's Minister of Information")
pos("Selamawit Tefera Wolde", ["spokesperson", "spokeswoman"], ["Ministry of Foreign Affairs", "Ethiopia"], D3,
    "Its spokesperson, Ambassador Selamawit Tefera Wolde")
pos("Abdourahman Ismaïl Farah", ["Foreign Minister", "minister"], ["Djibouti"], D3,
    "In Djibouti, which handles most of Ethiopia's trade, Foreign Minister Abdourahman Ismaïl Farah")
pos("Hisham Abdel-Rahman Fawzi", ["ambassador"], ["Egypt", "Cairo"], D3,
    "Cairo's ambassador to Asmara, Hisham Abdel-Rahman Fawzi")
pos("Hirut Bekele Ayana", ["MP", "member of parliament"], ["Ezema"], D3, "W/ro Hirut Bekele Ayana, an opposition MP for Ezema")
pos("Tewodros Mengistu Alemu", ["adviser", "advisor"], ["prime minister"], D3,
    "a former adviser to the prime minister's office", former=True)
pos("Meskerem Assefa Desta", ["historian"], ["Addis Ababa University"], D3,
    "Dr. Meskerem Assefa Desta, a historian at the same university", OP)
pos("Meron Alemayehu Tadesse", ["contributor"], ["borkena"], D3, "Meron Alemayehu Tadesse is a Borkena contributor", OP)
pos("Meron Alemayehu Tadesse", ["reporter", "reported"], ["Ethiopian News Agency"], D3,
    "She formerly reported for the Ethiopian News Agency", OP, True)
pos("Han Dong-wook", ["Rep", "lawmaker", "representative"], ["Democratic Party"], D4, "Rep. Han Dong-wook of the Democratic Party")
pos("Choi Eun-jung", ["Rep", "lawmaker", "representative"], ["People Power Party"], D4, "Rep. Choi Eun-jung of the People Power Party")
pos("Choi Eun-jung", ["senior researcher", "researcher"], ["Northeast Asian History Foundation"], D4,
    "Choi, who served as a senior researcher at the Northeast Asian History Foundation", former=True)
pos("Yoon Hae-rin", ["spokesperson", "spokeswoman", "spokesman"], ["foreign ministry"], D4, "Spokesperson Yoon Hae-rin")
pos("Yelena Vasilyevna Orlova", ["spokeswoman", "spokesperson"], ["Russian Foreign Ministry", "Russia"], D4,
    "Russian Foreign Ministry spokeswoman Yelena Vasilyevna Orlova")
pos("Jang Min-ho", ["head", "heads", "director"], ["Institute of Northeast Asian Studies"], D4,
    "Professor Jang Min-ho, who heads the Institute of Northeast Asian Studies at Korea University")
pos("Jang Min-ho", ["professor"], ["Korea University"], D4, "Professor Jang Min-ho", OP)
pos("Kim Hyun-joo", ["consul general", "consul"], ["Vladivostok"], D4, "once consul general in Vladivostok", former=True)
pos("Park Tae-joon", ["lecturer"], ["Seoul National University"], D4, "Seoul National University lecturer Park Tae-joon")
pos("Kim Seo-yeon", ["reporter"], ["Yonhap"], D4, "By Kim Seo-yeon", OP)
pos("Robert Kakuru Tumwesigye", ["Mayor"], ["Mbarara"], D5, "Mbarara City Mayor Robert Kakuru Tumwesigye")
pos("Grace Atuhaire Byaruhanga", ["Town Clerk", "Clerk"], [], D5, "The City Town Clerk, Ms Grace Atuhaire Byaruhanga")
pos("Fred Mugisha Katongole", ["Resident City Commissioner", "RCC"], [], D5,
    "The Resident City Commissioner (RCC), Mr Fred Mugisha Katongole")
pos("Annet Kobusingye Rwakatare", ["chair", "chairperson", "chairs"], ["Mbarara Bus Park Traders' Association"], D5,
    "Ms Annet Kobusingye Rwakatare, who chairs the Mbarara Bus Park Traders' Association")
pos("Julius Rwakatare", ["conductor", "bus conductor"], [], D5, "Mr Julius Rwakatare, a bus conductor on the Kabale route", OP)
pos("Amos Ndyanabo Kiiza", ["councillor"], ["Kakoba"], D5, "Mr Amos Ndyanabo Kiiza, the councillor for Kakoba division")
pos("Winnie Asiimwe Bainomugisha", ["transport planner", "planner"], ["Mbarara University of Science and Technology", "MUST"], D5,
    "Dr Winnie Asiimwe Bainomugisha, a transport planner at Mbarara University of Science and Technology (MUST)")
pos("Charles Byamugisha Turyahikayo", ["Minister of State for Urban Development", "Minister of State", "minister"], [], D5,
    "The Minister of State for Urban Development, Mr Charles Byamugisha Turyahikayo")
pos("Charles Byamugisha Turyahikayo", ["Mayor"], ["Mbarara"], D5, "Mr Turyahikayo, a former Mayor of Mbarara Municipality", former=True)
pos("Patience Kyomuhendo Nuwagaba", ["correspondent"], ["Daily Monitor"], D5,
    "Patience Kyomuhendo Nuwagaba is a Daily Monitor correspondent", OP)

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(s, p, o, doc, ev, status=R):
    RE.append({"subject": s, "predicate": p, "object": o, "symmetric": p in SYM, "status": status, "docs": [doc], "evidence": ev})
rel("Domingos Bere Tallo", "spouse", "Madalena Bere Tallo", D1, "His wife, Sra. Madalena Bere Tallo")
rel("Timor-Leste", "sharesBorderWith", "Indonesia", D1, "which share a land border of some 250 kilometres")
rel("Indonesia", "invaded", "Timor-Leste", D1, "Indonesia invaded what was then East Timor in 1975")
rel("Timor-Leste", "claims", "Batek", D1, "a rocky islet of barely six hectares that both Timor-Leste and Indonesia claim")
rel("Indonesia", "claims", "Batek", D1, "a rocky islet of barely six hectares that both Timor-Leste and Indonesia claim")
for c in ["Portugal", "Brazil", "Timor-Leste"]:
    rel(c, "memberOf", "Community of Portuguese Language Countries", D1,
        "Portugal, Brazil and Timor-Leste are all members of the Community of Portuguese Language Countries (CPLP)")
rel("Timor-Leste", "memberOf", "Association of Southeast Asian Nations", D1,
    "Timor-Leste joined the Association of Southeast Asian Nations as its eleventh member")
rel("Indonesia", "memberOf", "Association of Southeast Asian Nations", D1, "Indonesia is a founding member")
rel("Adelina Soares Amaral", "memberOf", "Fretilin", D1, "Fretilin lawmaker Sra. Adelina Soares Amaral")
rel("Justino Lay Mendonça", "memberOf", "CNRT", D1, "The CNRT deputy")
rel("Malawi", "sharesBorderWith", "Mozambique", D2, "Malawi, which borders Mozambique")
rel("Arlindo Chaúque Macuácua", "memberOf", "Renamo", D2, "a Renamo deputy for Niassa province")
rel("Felisberto Uamusse Cossa", "memberOf", "Frelimo", D2, "Its bench leader, Felisberto Uamusse Cossa")
for c in ["Malawi", "Mozambique", "Tanzania", "Zambia"]:
    rel(c, "memberOf", "Southern African Development Community", D2,
        "All four countries are members of the Southern African Development Community (SADC)")
rel("Yohane Mkandawire Chirwa", "spouse", "Esther Chirwa", D2, "His wife, Esther Chirwa")
rel("Eduardo Mondlane University", "locatedIn", "Maputo", D2, "of Eduardo Mondlane University in Maputo")
rel("Ethiopia", "annexed", "Eritrea", D3, "Ethiopia annexed Eritrea in 1962")
rel("Assab", "locatedIn", "Eritrea", D3, "The port of Assab lies in southern Eritrea")
rel("Italy", "invaded", "Ethiopia", D3, "Italy, the former colonial power, invaded Ethiopia in 1935")
rel("Dawit Gebremeskel Tsegaye", "memberOf", "Prosperity Party", D3, "a Prosperity Party MP")
rel("Hirut Bekele Ayana", "memberOf", "Ezema", D3, "an opposition MP for Ezema")
rel("Tewodros Mengistu Alemu", "spouse", "Meskerem Assefa Desta", D3, "His wife, Dr. Meskerem Assefa Desta")
for c in ["Ethiopia", "Eritrea", "Djibouti"]:
    rel(c, "memberOf", "Intergovernmental Authority on Development", D3,
        "Ethiopia, Eritrea and Djibouti are all members of the Intergovernmental Authority on Development (IGAD)")
rel("Han Dong-wook", "memberOf", "Democratic Party", D4, "Rep. Han Dong-wook of the Democratic Party")
rel("Choi Eun-jung", "memberOf", "People Power Party", D4, "Rep. Choi Eun-jung of the People Power Party")
rel("North Korea", "sharesBorderWith", "Russia", D4, "North Korea, which shares a short border with Russia")
rel("China", "sharesBorderWith", "North Korea", D4, "China borders both North Korea and Russia")
rel("China", "sharesBorderWith", "Russia", D4, "China borders both North Korea and Russia")
rel("Russia", "annexed", "Crimea", D4, "annexed Crimea in 2014")
rel("Jang Min-ho", "spouse", "Kim Hyun-joo", D4, "Jang's wife, Kim Hyun-joo")
rel("Khasan", "locatedIn", "Primorsky Krai", D4, "Khasan, the Russian border town nearest the former island, is in Primorsky Krai")
rel("South Korea", "memberOf", "United Nations", D4, "North Korea and South Korea both joined the United Nations in 1991")
rel("North Korea", "memberOf", "United Nations", D4, "North Korea and South Korea both joined the United Nations in 1991")
rel("Russia", "memberOf", "U.N. Security Council", D4, "a permanent member of the U.N. Security Council")
rel("Annet Kobusingye Rwakatare", "spouse", "Julius Rwakatare", D5, "Her husband, Mr Julius Rwakatare")
rel("Kakoba", "locatedIn", "Mbarara", D5, "Kakoba is one of the city's six divisions")
rel("Mbarara", "locatedIn", "Uganda", D5, "Mbarara, the main city of western Uganda")

NOT_PERSON = ["The Dili Weekly", "Fatu Sinai", "Oecusse", "Citrana", "Palácio do Governo", "Kupang", "CNRT", "Fretilin",
              "Club of Mozambique", "Lusa", "Likoma", "Chizumulu", "Renamo", "Frelimo", "Niassa", "Metangula", "Cobué", "Ilala",
              "borkena", "Ezema", "Assab", "Afar", "RTD", "Yonhap", "Noktundo", "Khasan", "Primorsky Krai", "Telegram",
              "Kakoba", "Mbarara", "High Street", "Daily Monitor", "MUST", "Gando", "Dokdo", "Batek", "Timor-Leste"]

gold = {"about": ABOUT, "documents": [D1, D2, D3, D4, D5], "near_duplicates": [], "entities": E, "not_person": NOT_PERSON,
        "quotes": Q, "unattributed": UNATTR, "stances": S, "positions": PO, "relations": RE}
if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
