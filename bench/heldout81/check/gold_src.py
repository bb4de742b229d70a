"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_thenews_balochistan_declaration.txt", "02_peninsula_zubarah.txt",
                      "03_egyptindependent_darfur.txt", "04_dailyft_tamil_eelam.txt",
                      "05_herald_masvingo_bus_terminus.txt")
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
including bylines, photo credits, footers and copyright lines; continents and regions are places;
rivers, seas, streets and buildings are not entities."""

E = []
def ent(t, name, *aliases, doc=None):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": doc})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"

# ---- countries (shared) ----
ent(C, "Pakistan", doc=[D1])
ent(C, "Iran", "Islamic Republic", doc=[D1, D2])
ent(C, "Afghanistan", "Kabul", doc=[D1])
ent(C, "China", doc=[D1])
ent(C, "United Kingdom", "UK", doc=[D1, D4])
ent(C, "Turkey", "Turkiye", "Ankara", doc=[D1, D3])
ent(C, "Saudi Arabia", "Kingdom of Saudi Arabia", doc=[D1, D2, D3])
ent(C, "Azerbaijan", doc=[D1])
ent(C, "India", doc=[D1, D4])
ent(C, "Qatar", "State of Qatar", doc=[D2, D3])
ent(C, "Bahrain", "Kingdom of Bahrain", "Manama", doc=[D2])
ent(C, "Kuwait", doc=[D2])
ent(C, "Oman", doc=[D2])
ent(C, "Egypt", doc=[D2, D3])
ent(C, "Jordan", doc=[D2])
ent(C, "Sudan", "Republic of Sudan", doc=[D3])
ent(C, "South Sudan", doc=[D3])
ent(C, "Chad", "N'Djamena", doc=[D3])
ent(C, "Sri Lanka", doc=[D4])
ent(C, "Canada", doc=[D4])
ent(C, "Malaysia", doc=[D4])
ent(C, "Singapore", doc=[D4])
ent(C, "Norway", doc=[D4])
ent(C, "South Africa", doc=[D4, D5])
ent(C, "Australia", doc=[D4])
ent(C, "Zimbabwe", doc=[D5])
# ---- territories ----
ent(T, "Balochistan", "Republic of Balochistan", doc=[D1])
ent(T, "Al Zubarah", "Zubarah", doc=[D2])
ent(T, "Darfur", doc=[D3])
ent(T, "Tamil Eelam", doc=[D4])
# ---- shared organisations / places ----
ent(O, "United Nations", "UN", doc=[D1, D4])
ent(PL, "London", doc=[D1, D4])
ent(PL, "Cairo", doc=[D2, D3])
ent(PL, "Europe", doc=[D1, D4])
ent(PL, "Middle East", doc=[D2])
ent(PL, "Africa", doc=[D5])

# ---- D1 ----
ent(O, "The News International", "The News", doc=[D1])
ent(P, "Irfan Qureshi", doc=[D1])
ent(O, "Foreign Office", "FO", doc=[D1])
ent(O, "Baloch National Council-in-Exile", doc=[D1])
ent(P, "Meeran Baloch", doc=[D1])
ent(P, "Ayesha Nadeem", "Nadeem", doc=[D1])
ent(O, "Online", doc=[D1])
ent(P, "Hossein Karimi Jafari", "Karimi Jafari", doc=[D1])
ent(P, "Abdul Wahid Zadran", "Zadran", doc=[D1])
ent(P, "Guo Haiyan", doc=[D1])
ent(O, "British High Commission", doc=[D1])
ent(P, "Mir Shoaib Lehri", "Shoaib Lehri", "Lehri", doc=[D1])
ent(O, "Ministry of Interior", doc=[D1])
ent(O, "Senate", doc=[D1])
ent(P, "Naseema Kakar", "Kakar", doc=[D1])
ent(O, "Balochistan Awami Party", doc=[D1])
ent(P, "Saima Rind", "Rind", doc=[D1])
ent(O, "University of Balochistan", doc=[D1])
ent(P, "Sardar Khalid Magsi", "Khalid Magsi", "Magsi", doc=[D1])
for pl in ("Islamabad", "Frankfurt", "Tehran", "Beijing", "Gwadar", "Quetta", "Turbat", "Panjgur", "Karachi",
           "Lahore", "Peshawar", "Reko Diq"):
    ent(PL, pl, doc=[D1])

# ---- D2 ----
ent(O, "The Peninsula", "The Peninsula Newspaper", doc=[D2])
ent(P, "Aisha Al Mohannadi", "Al Mohannadi", doc=[D2])
ent(O, "Council of Representatives", doc=[D2])
ent(O, "Ministry of Foreign Affairs", doc=[D2])
ent(O, "International Court of Justice", "ICJ", doc=[D2])
ent(P, "Jassim Al Mannai", "Al Mannai", doc=[D2])
ent(O, "UNESCO", doc=[D2])
ent(P, "Khalid bin Rashid Al Kuwari", "Al Kuwari", doc=[D2])
ent(O, "Bahraini Ministry of Foreign Affairs", "Bahrain's Ministry of Foreign Affairs", doc=[D2])
ent(O, "Bahrain News Agency", doc=[D2])
ent(P, "Nabeel Al Jowder", "Al Jowder", doc=[D2])
ent(P, "Faisal bin Saud Al Busaidi", "Al Busaidi", doc=[D2])
ent(P, "Ahmed Fawzi Hegazy", "Hegazy", doc=[D2])
ent(O, "Egyptian Foreign Ministry", doc=[D2])
ent(O, "Gulf Cooperation Council", "GCC", doc=[D2])
ent(P, "Mubarak Al Dosari", "Al Dosari", doc=[D2])
ent(P, "Maryam Al Sulaiti", "Al Sulaiti", doc=[D2])
ent(O, "Qatar University", doc=[D2])
ent(P, "Abdullah Al Naimi", "Al Naimi", doc=[D2])
ent(O, "QNA", doc=[D2])
ent(O, "Joint Follow-up Committee", doc=[D2])
for pl in ("Doha", "Janan Island", "Hawar Islands", "Al Ruwais", "Muharraq", "Riffa"):
    ent(PL, pl, doc=[D2])

# ---- D3 ----
ent(O, "Egypt Independent", doc=[D3])
ent(O, "Al-Masry Al-Youm", doc=[D3])
ent(O, "Rapid Support Forces", "RSF", doc=[D3])
ent(O, "Foreign Ministry", doc=[D3])
ent(P, "Sameh Abdel Aziz", "Abdel Aziz", doc=[D3])
ent(P, "Tamer Mahrous", "Mahrous", doc=[D3])
ent(O, "Arab League", doc=[D3])
ent(P, "Nabil Rostom", "Rostom", doc=[D3])
ent(O, "African Union Peace and Security Council", doc=[D3])
ent(P, "Osman Hamid Mubarak", "Mubarak", doc=[D3])
ent(O, "Government of Peace and Unity", doc=[D3])
ent(P, "Adam Haroun Yagoub", "Yagoub", doc=[D3])
ent(P, "Amany Fathy", "Fathy", doc=[D3])
ent(O, "Al-Ahram Center for Political and Strategic Studies", doc=[D3])
ent(P, "Fatima Ishaq", doc=[D3])
ent(O, "UNHCR", doc=[D3])
for pl in ("Nyala", "Arqin", "Port Sudan", "Addis Ababa", "El Fasher", "Aswan"):
    ent(PL, pl, doc=[D3])

# ---- D4 ----
ent(O, "Daily FT", doc=[D4])
ent(P, "Dinuka Senanayake", doc=[D4])
ent(O, "Transnational Government of Tamil Eelam", "TGTE", doc=[D4])
ent(O, "Foreign Affairs Ministry", doc=[D4])
ent(P, "Nalinda Wickramasekara", "Wickramasekara", doc=[D4])
ent(O, "Parliament", doc=[D4])
ent(P, "Shehan Gunasekara", doc=[D4])
ent(O, "External Affairs Ministry", doc=[D4])
ent(P, "Anirudh Mehra", "Mehra", doc=[D4])
ent(O, "Canadian High Commission", doc=[D4])
ent(P, "Aruni Jayasinghe", "Jayasinghe", doc=[D4])
ent(P, "Kumaran Sivapalan", "Sivapalan", doc=[D4])
ent(P, "Senthuran Arulnesan", "Arulnesan", doc=[D4])
ent(O, "Ilankai Tamil Arasu Kachchi", "ITAK", doc=[D4])
ent(P, "Rajeswari Thevarajah", "Thevarajah", doc=[D4])
ent(P, "Harini Perera", "Perera", doc=[D4])
ent(O, "Verité Research", doc=[D4])
ent(O, "CBSL", doc=[D4])
ent(O, "Election Commission", doc=[D4])
ent(O, "Cabinet", doc=[D4])
ent(O, "Wijeya Newspapers Ltd", "Wijeya Newspapers", doc=[D4])
ent(PL, "New Delhi", "Delhi", doc=[D4])
for pl in ("Colombo", "New York", "Ottawa", "Toronto", "Jaffna", "Northern Province", "Kilinochchi", "Mullaitivu",
           "Jaffna Peninsula"):
    ent(PL, pl, doc=[D4])

# ---- D5 ----
ent(O, "The Herald", doc=[D5])
ent(P, "Tinashe Chiwara", doc=[D5])
ent(O, "Masvingo City Council", doc=[D5])
ent(P, "Tonderai Mhere", "Clr Mhere", "Mhere", doc=[D5])
ent(P, "Lovemore Gumbo", "Eng Gumbo", "Gumbo", doc=[D5])
ent(P, "Memory Zhou", doc=[D5])
ent(O, "Infrastructure Development Bank of Zimbabwe", doc=[D5])
ent(P, "Edgar Mandizvidza", "Mr Mandizvidza", "Mandizvidza", doc=[D5])
ent(P, "Fortune Chirisa", "Cde Chirisa", "Chirisa", doc=[D5])
ent(P, "Sithembile Moyo", "Mrs Sithembile Moyo", doc=[D5])
ent(P, "Tapiwa Mazhindu", "Mr Tapiwa Mazhindu", doc=[D5])
ent(P, "Rutendo Mazhindu", "Mrs Rutendo Mazhindu", "Mrs Mazhindu", doc=[D5])
ent(O, "Masvingo Informal Traders Association", doc=[D5])
ent(P, "Kudakwashe Ruzvidzo", "Ruzvidzo", doc=[D5])
ent(P, "Simbarashe Chauke", "Chauke", doc=[D5])
ent(O, "Zimbabwe Passenger Transport Association", doc=[D5])
ent(O, "Greater Masvingo Residents Trust", doc=[D5])
ent(P, "Precious Makoni", "Makoni", doc=[D5])
ent(O, "Zimpapers", doc=[D5])
for pl in ("Masvingo", "Mucheke", "Harare", "Beitbridge", "Great Zimbabwe"):
    ent(PL, pl, doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
OPT = "optional"
# D1
q(D1, "Ayesha Nadeem", "Balochistan is, and will always remain, an integral part of Pakistan")
q(D1, "Ayesha Nadeem", "This so-called declaration has no legal value whatsoever")
q(D1, "Ayesha Nadeem", "It was drafted abroad by people who have not set foot in the province for a decade")
q(D1, "Ayesha Nadeem", "Not one country has recognised this entity, and not one will")
q(D1, "Abdul Wahid Zadran", "Afghanistan respects the territorial integrity of all its neighbours")
q(D1, "Abdul Wahid Zadran", "We will not allow anyone to use Afghan soil against Pakistan")
q(D1, "Guo Haiyan", "China does not recognise the so-called Republic of Balochistan and opposes any attempt to split Pakistan")
q(D1, "British High Commission", "The United Kingdom does not recognise the so-called Republic of Balochistan")
q(D1, "British High Commission", "Freedom of expression in the UK does not amount to endorsement of any group's political claims")
q(D1, "Ayesha Nadeem", "We have seen this script before")
q(D1, "Ayesha Nadeem", "Those who fund terrorism in Balochistan will not find a single serious government to stand with them")
q(D1, "Mir Shoaib Lehri", "The people of Balochistan voted in record numbers in the last general election")
q(D1, "Mir Shoaib Lehri", "They chose their representatives through the ballot, not through a video recorded in a London flat")
q(D1, "Naseema Kakar", "Every time these gentlemen announce a state from abroad, the young men of Turbat and Panjgur pay the price at home")
q(D1, "Meeran Baloch", "Our nation has waited seventy-eight years")
q(D1, "Meeran Baloch", "We do not need the permission of Islamabad to exist")
q(D1, "Saima Rind", "Recognition in international law comes from states, not from hashtags")
q(D1, "Saima Rind", "Without a single capital behind it, this remains a press release")
q(D1, "Sardar Khalid Magsi", "You cannot defeat an idea only with statements at a briefing")
q(D1, "Foreign Office", "a fictitious republic that exists only on social media", OPT)
q(D1, "Hossein Karimi Jafari", "as interference in the internal affairs of two brotherly neighbours", OPT)
q(D1, "Guo Haiyan", "without interruption", OPT)
q(D1, "Ayesha Nadeem", "dignify a hypothetical question", OPT)
q(D1, "United Nations", "does not engage with such announcements", OPT)
# D2
q(D2, "Ministry of Foreign Affairs", "Qatar's sovereignty over Al Zubarah is complete and final, and was confirmed by the judgment of the International Court of Justice")
q(D2, "Ministry of Foreign Affairs", "The State of Qatar will not enter into any discussion that questions its territorial integrity")
q(D2, "Khalid bin Rashid Al Kuwari", "We have been informed by our brothers in Bahrain that these remarks do not represent the position of the Kingdom")
q(D2, "Khalid bin Rashid Al Kuwari", "Our relations with Bahrain are today stronger than at any time")
q(D2, "Nabeel Al Jowder", "The opinions of individual members of parliament are their own")
q(D2, "Nabeel Al Jowder", "The Kingdom's commitment to the 2001 judgment has not changed and will not change")
q(D2, "Mubarak Al Dosari", "The GCC Charter is clear on respect for the sovereignty of member states and the inviolability of their borders")
q(D2, "Mubarak Al Dosari", "Such statements serve no one")
q(D2, "Maryam Al Sulaiti", "A judgment of the International Court of Justice is final and without appeal")
q(D2, "Maryam Al Sulaiti", "There is no mechanism in international law to revisit it because a politician has changed his mind")
q(D2, "Abdullah Al Naimi", "We have cousins in Muharraq and Riffa")
q(D2, "Abdullah Al Naimi", "Nobody there talks like this")
q(D2, "Qatar", "a regrettable attempt to reopen a file closed a quarter of a century ago", OPT)
q(D2, "Jassim Al Mannai", "never truly given up", OPT)
q(D2, "Bahraini Ministry of Foreign Affairs", "respects the judgment of the International Court of Justice and recognises the sovereignty of the State of Qatar over Al Zubarah", OPT)
q(D2, "Kuwait", "an inseparable part of the territory of the State of Qatar", OPT)
q(D2, "Ahmed Fawzi Hegazy", "stand with Qatar's sovereignty over Al Zubarah and all of its territory", OPT)
# D3
q(D3, "Foreign Ministry", "Egypt affirms its full support for the unity, sovereignty and territorial integrity of the Republic of Sudan")
q(D3, "Foreign Ministry", "Egypt does not recognize the so-called parallel government in Darfur or any documents it issues")
q(D3, "Sameh Abdel Aziz", "Sudan's security is part of Egypt's national security")
q(D3, "Sameh Abdel Aziz", "We will not deal with any entity that seeks to divide Sudan, whatever it calls itself")
q(D3, "Tamer Mahrous", "A passport is not a piece of paper, it is an act of sovereignty")
q(D3, "Tamer Mahrous", "Only the Sudanese state has the right to issue it")
q(D3, "Nabil Rostom", "The League stands with the legitimate institutions of Sudan")
q(D3, "Nabil Rostom", "Any division of Sudan would open a door in the region that no one will be able to close")
q(D3, "Osman Hamid Mubarak", "Darfur is Sudanese and will remain Sudanese")
q(D3, "Osman Hamid Mubarak", "The militia that stormed El Fasher and killed its people cannot now pretend to be a state")
q(D3, "Adam Haroun Yagoub", "We are not dividing Sudan")
q(D3, "Adam Haroun Yagoub", "We are serving people whom Port Sudan abandoned")
q(D3, "Amany Fathy", "Cairo usually chooses its words carefully on Sudan")
q(D3, "Amany Fathy", "This time it used the words 'illegal' and 'null and void', which tells you how seriously it takes the risk of a second partition")
q(D3, "Fatima Ishaq", "My passport is Sudanese")
q(D3, "Fatima Ishaq", "My children were born in Nyala, and they are Sudanese")
q(D3, "African Union Peace and Security Council", "rejects the formation of any parallel government in Sudan", OPT)
q(D3, "African Union Peace and Security Council", "risk the de facto partition of the country", OPT)
q(D3, "Osman Hamid Mubarak", "brotherly and principled positions", OPT)
q(D3, "Adam Haroun Yagoub", "once the war ends", OPT)
q(D3, "Turkey", "will not recognize any administration in Darfur outside the authority of the Sudanese state", OPT)
q(D3, "Government of Peace and Unity", "national passports", OPT)
# D4
q(D4, "Nalinda Wickramasekara", "Sri Lanka is a unitary state, and its territorial integrity is not a subject for online polling")
q(D4, "Nalinda Wickramasekara", "The people of the North and the East voted in the general election like every other citizen")
q(D4, "Nalinda Wickramasekara", "Their voice was heard at the ballot box in this country, not on a website in New York")
q(D4, "Nalinda Wickramasekara", "We have received clear assurances from our partners, and I want to thank them")
q(D4, "Anirudh Mehra", "India's position has been consistent for decades")
q(D4, "Anirudh Mehra", "We stand for the unity and territorial integrity of Sri Lanka and for the legitimate aspirations of the Tamil people")
q(D4, "Canadian High Commission", "Canada does not recognise the TGTE or the so-called state of Tamil Eelam")
q(D4, "Canadian High Commission", "Canada supports reconciliation and accountability in Sri Lanka")
q(D4, "Aruni Jayasinghe", "Not a single capital has taken this seriously")
q(D4, "Aruni Jayasinghe", "This is a fundraising campaign, not a diplomatic event")
q(D4, "Kumaran Sivapalan", "The Tamil nation has spoken, even if Colombo refuses to listen")
q(D4, "Senthuran Arulnesan", "Our people in Jaffna want their land back from the military and jobs for their children")
q(D4, "Senthuran Arulnesan", "They do not need another referendum conducted from Toronto and London")
q(D4, "Rajeswari Thevarajah", "Rejecting the referendum is easy")
q(D4, "Rajeswari Thevarajah", "Addressing the reasons why young people in Kilinochchi and Mullaitivu still feel unheard is the harder task")
q(D4, "Harini Perera", "Remittances from Canada, the UK and Australia are a lifeline for the Northern economy")
q(D4, "Harini Perera", "A measured response protects that flow")
q(D4, "Foreign Affairs Ministry", "no legal, political or moral standing", OPT)
q(D4, "Aruni Jayasinghe", "no reason to expect anything other than respect for Sri Lanka's sovereignty", OPT)
q(D4, "Kumaran Sivapalan", "within the coming years", OPT)
# D5
q(D5, "Tonderai Mhere", "People arriving from Harare, Beitbridge and South Africa get their first impression of Masvingo at Mucheke")
q(D5, "Tonderai Mhere", "We owe our residents and our visitors better than that")
q(D5, "Lovemore Gumbo", "Every rainy season the eastern side of the rank floods because the storm drains were built")
q(D5, "Lovemore Gumbo", "We will fix the drains before we lay a single slab")
q(D5, "Edgar Mandizvidza", "The devolution funds are already in our account")
q(D5, "Edgar Mandizvidza", "We are not asking residents for a new levy")
q(D5, "Fortune Chirisa", "Government wants every city to have modern public facilities in line with Vision 2030")
q(D5, "Fortune Chirisa", "Masvingo has shown that devolution money can be turned into something people can see and use")
q(D5, "Sithembile Moyo", "I am not against a new terminus")
q(D5, "Sithembile Moyo", "I am against moving 300 vendors without telling them where they will sell their tomatoes")
q(D5, "Tapiwa Mazhindu", "If they close our side of the rank for six months, who will pay the fees?")
q(D5, "Rutendo Mazhindu", "We want the new stalls")
q(D5, "Rutendo Mazhindu", "We have been waiting for them for years")
q(D5, "Rutendo Mazhindu", "But the council must give us a temporary place nearby, not in the bush behind the stadium")
q(D5, "Kudakwashe Ruzvidzo", "We have 300 members at Mucheke alone")
q(D5, "Kudakwashe Ruzvidzo", "We will cooperate, but we want everything in writing")
q(D5, "Simbarashe Chauke", "Passengers prefer to stand on the highway than to walk into a rank with no lights")
q(D5, "Simbarashe Chauke", "A proper terminus will bring them back, and it will bring back order")
q(D5, "Precious Makoni", "We have seen projects announced in this council chamber that were never finished")
q(D5, "Precious Makoni", "This time we will be watching every dollar")

UNATTR = ["declaration", "Publicity stunt", "ministers",
          "Government of Peace and Unity", "capital",
          "Tamil Eelam referendum", "referendum", "Prime Minister"]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
BAL = ["Balochistan", "Republic of Balochistan"]
st(D1, "Iran", N, BAL, "the Islamic Republic does not recognise the so-called Republic of Balochistan")
st(D1, "Afghanistan", N, BAL, "Kabul also refused to recognise the declaration")
st(D1, "China", N, BAL, "China does not recognise the so-called Republic of Balochistan")
st(D1, "United Kingdom", N, BAL, "The United Kingdom does not recognise the so-called Republic of Balochistan")
for c in ("Turkey", "Saudi Arabia", "Azerbaijan"):
    st(D1, c, N, BAL, "Turkiye, Saudi Arabia and Azerbaijan have also conveyed that they do not recognise the declaration")
st(D1, "Pakistan", N, BAL, "Pakistan on Monday rejected a declaration of independence for Balochistan", "optional")
ZUB = ["Al Zubarah", "Zubarah"]
st(D2, "Bahrain", R, ZUB, "recognises the sovereignty of the State of Qatar over Al Zubarah")
st(D2, "Saudi Arabia", R, ZUB, "affirmed its support for Qatar's sovereignty over Al Zubarah")
st(D2, "Kuwait", R, ZUB, "and so did Kuwait")
st(D2, "Oman", R, ZUB, "his country regards the matter as legally settled and recognises Qatari sovereignty over Al Zubarah")
st(D2, "Egypt", R, ZUB, "Egypt and Jordan had agreed during consultations yesterday")
st(D2, "Jordan", R, ZUB, "Egypt and Jordan had agreed during consultations yesterday")
st(D2, "Qatar", R, ZUB, "Qatar's sovereignty over Al Zubarah is complete and final", "optional")
DAR = ["Darfur"]
st(D3, "Egypt", N, DAR, "Egypt does not recognize the so-called parallel government in Darfur")
st(D3, "Saudi Arabia", N, DAR, "the Kingdom refuses to recognize the RSF's parallel government in Darfur")
st(D3, "Qatar", N, DAR, "Qatar said it shares the Saudi position")
st(D3, "Turkey", N, DAR, "and so does Turkey")
st(D3, "Sudan", N, DAR, "Darfur is Sudanese and will remain Sudanese", "optional")
TE = ["Tamil Eelam"]
st(D4, "India", N, TE, "India does not recognise the so-called state of Tamil Eelam")
st(D4, "Canada", N, TE, "Canada does not recognise the TGTE or the so-called state of Tamil Eelam")
st(D4, "Malaysia", N, TE, "Malaysia and Singapore have also informed Colombo that they do not recognise the declared state")
st(D4, "Singapore", N, TE, "Malaysia and Singapore have also informed Colombo that they do not recognise the declared state")
st(D4, "Sri Lanka", N, TE, "The Government yesterday rejected the results of an online", "optional")

NEG = [
    {"docs": [D1], "country": "India", "territory": "Balochistan", "why": "question",
     "evidence": "Asked whether India might recognise the group"},
    {"docs": [D1], "country": "United Nations", "territory": "Balochistan", "why": "international body, no stance",
     "evidence": "does not engage with such announcements"},
    {"docs": [D2], "country": "Iran", "territory": "Al Zubarah", "why": "question, declined to comment",
     "evidence": "Asked whether Iran would take a position on the matter"},
    {"docs": [D2], "country": "Gulf Cooperation Council", "territory": "Al Zubarah", "why": "international body",
     "evidence": "The GCC Charter is clear on respect for the sovereignty of member states"},
    {"docs": [D3], "country": "Chad", "territory": "Darfur", "why": "question about 'expected to recognize'",
     "evidence": "Asked whether N'Djamena was expected to recognize the Nyala authorities"},
    {"docs": [D3], "country": "African Union Peace and Security Council", "territory": "Darfur",
     "why": "international body", "evidence": "rejects the formation of any parallel government in Sudan"},
    {"docs": [D3], "country": "Arab League", "territory": "Darfur", "why": "international body",
     "evidence": "The Arab League also condemned the move"},
    {"docs": [D3], "country": "", "territory": "Darfur", "why": "hypothetical, unnamed countries",
     "evidence": "He claimed that several African countries would recognize the government"},
    {"docs": [D4], "country": "Norway", "territory": "Tamil Eelam", "why": "question",
     "evidence": "Asked whether Norway, which once facilitated peace talks, would take a position"},
    {"docs": [D4], "country": "South Africa", "territory": "Tamil Eelam", "why": "expectation of a claimant",
     "evidence": "he expected South Africa to recognise Tamil Eelam"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
# D1
pos(D1, "Meeran Baloch", ["president"], ["Baloch National Council-in-Exile"], "Its self-styled president, Meeran Baloch")
pos(D1, "Meeran Baloch", ["student leader"], [], "a former student leader who left Pakistan in 2014", "optional", True)
pos(D1, "Ayesha Nadeem", ["Spokesperson"], ["Foreign Office"], "Foreign Office Spokesperson Ayesha Nadeem")
pos(D1, "Hossein Karimi Jafari", ["spokesman"], ["foreign ministry", "Iran"], "Foreign ministry spokesman Hossein Karimi Jafari")
pos(D1, "Abdul Wahid Zadran", ["deputy spokesman"], ["Afghan foreign ministry", "foreign ministry", "Afghanistan"],
    "Abdul Wahid Zadran, a deputy spokesman for the Afghan foreign ministry")
pos(D1, "Guo Haiyan", ["spokesperson"], ["foreign ministry", "China", "Chinese"], "Chinese foreign ministry spokesperson Guo Haiyan")
pos(D1, "Mir Shoaib Lehri", ["Chief Minister"], ["Balochistan"], "Balochistan Chief Minister Mir Shoaib Lehri")
pos(D1, "Naseema Kakar", ["Senator"], ["Balochistan Awami Party"], "Senator Naseema Kakar of the Balochistan Awami Party")
pos(D1, "Sardar Khalid Magsi", ["interior minister", "minister"], [], "Former federal interior minister Sardar Khalid Magsi",
    former=True)
# D2
pos(D2, "Jassim Al Mannai", ["MP", "member"], ["Council of Representatives", "Bahrain"], "MP Jassim Al Mannai")
pos(D2, "Khalid bin Rashid Al Kuwari", ["Official Spokesperson", "Spokesperson"], ["Ministry of Foreign Affairs"],
    "the Official Spokesperson of the Ministry of Foreign Affairs, HE Dr. Khalid bin Rashid Al Kuwari")
pos(D2, "Nabeel Al Jowder", ["Foreign Minister"], ["Bahrain", "Bahraini"], "Bahraini Foreign Minister HE Dr. Nabeel Al Jowder")
pos(D2, "Faisal bin Saud Al Busaidi", ["Foreign Minister"], ["Oman"], "Oman's Foreign Minister HE Sayyid Faisal bin Saud Al Busaidi")
pos(D2, "Ahmed Fawzi Hegazy", ["spokesman"], ["Egyptian Foreign Ministry", "Egypt"],
    "Egyptian Foreign Ministry spokesman Ahmed Fawzi Hegazy")
pos(D2, "Mubarak Al Dosari", ["Secretary-General"], ["Gulf Cooperation Council", "GCC"],
    "The Secretary-General of the Gulf Cooperation Council, HE Mubarak Al Dosari")
pos(D2, "Maryam Al Sulaiti", ["Associate Professor"], ["Qatar University"],
    "Dr. Maryam Al Sulaiti, Associate Professor of International Law at Qatar University")
pos(D2, "Abdullah Al Naimi", ["fisherman"], [], "said Abdullah Al Naimi, 58, a fisherman", "optional")
# D3
pos(D3, "Sameh Abdel Aziz", ["Foreign Minister"], [], "Foreign Minister Sameh Abdel Aziz")
pos(D3, "Tamer Mahrous", ["spokesman"], ["Foreign Ministry"], "Foreign Ministry spokesman Tamer Mahrous")
pos(D3, "Nabil Rostom", ["Assistant Secretary-General"], ["Arab League", "League"],
    "Its Assistant Secretary-General, Nabil Rostom")
pos(D3, "Osman Hamid Mubarak", ["Foreign Minister"], [], "Foreign Minister Osman Hamid Mubarak")
pos(D3, "Adam Haroun Yagoub", ["spokesman"], ["Government of Peace and Unity"],
    "Adam Haroun Yagoub, spokesman for the RSF-led \"Government of Peace and Unity\"")
pos(D3, "Amany Fathy", ["researcher"], ["Al-Ahram Center for Political and Strategic Studies"],
    "Dr. Amany Fathy, a researcher at the Al-Ahram Center for Political and Strategic Studies")
# D4
pos(D4, "Nalinda Wickramasekara", ["Foreign Affairs Minister", "Minister"], [],
    "Foreign Affairs Minister Nalinda Wickramasekara told Parliament")
pos(D4, "Anirudh Mehra", ["Spokesperson"], ["External Affairs Ministry"],
    "External Affairs Ministry Spokesperson Anirudh Mehra")
pos(D4, "Aruni Jayasinghe", ["Foreign Secretary"], [], "Foreign Secretary Aruni Jayasinghe")
pos(D4, "Kumaran Sivapalan", ["Prime Minister"], ["TGTE", "Transnational Government of Tamil Eelam"],
    "who calls himself Prime Minister of the TGTE")
pos(D4, "Senthuran Arulnesan", ["MP"], ["Ilankai Tamil Arasu Kachchi", "ITAK"],
    "Jaffna District MP Senthuran Arulnesan of the Ilankai Tamil Arasu Kachchi (ITAK)")
pos(D4, "Rajeswari Thevarajah", ["Governor"], ["Northern Province"],
    "Former Northern Province Governor Dr. Rajeswari Thevarajah", former=True)
pos(D4, "Harini Perera", ["Senior Analyst", "Analyst"], ["Verité Research"], "Verité Research Senior Analyst Harini Perera")
# D5
pos(D5, "Tonderai Mhere", ["Mayor"], ["Masvingo"], "Masvingo Mayor Clr Tonderai Mhere")
pos(D5, "Tonderai Mhere", ["Clr", "Councillor"], [], "Masvingo Mayor Clr Tonderai Mhere", "optional")
pos(D5, "Lovemore Gumbo", ["director of engineering services", "director"], ["Masvingo City Council", "council"],
    "Council's director of engineering services, Engineer Lovemore Gumbo")
pos(D5, "Edgar Mandizvidza", ["Town Clerk"], [], "Town Clerk Mr Edgar Mandizvidza")
pos(D5, "Fortune Chirisa", ["Minister of State"], [],
    "Minister of State for Masvingo Provincial Affairs and Devolution Cde Fortune Chirisa")
pos(D5, "Sithembile Moyo", ["Councillor"], [], "Ward 4 Councillor Mrs Sithembile Moyo")
pos(D5, "Kudakwashe Ruzvidzo", ["chairperson"], ["Masvingo Informal Traders Association"],
    "Masvingo Informal Traders Association chairperson Mr Kudakwashe Ruzvidzo")
pos(D5, "Simbarashe Chauke", ["chairman"], ["Zimbabwe Passenger Transport Association"],
    "Mr Simbarashe Chauke, chairman of the Masvingo branch of the Zimbabwe Passenger Transport Association")
pos(D5, "Precious Makoni", ["director"], ["Greater Masvingo Residents Trust"],
    "Greater Masvingo Residents Trust director Mrs Precious Makoni")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Iran", "sharesBorderWith", "Pakistan", "Iran, which shares a long border with Pakistan")
rel(D1, "British High Commission", "locatedIn", "Islamabad", "The British High Commission in Islamabad")
rel(D1, "Quetta", "locatedIn", "Balochistan", "in Quetta, the provincial capital")
rel(D1, "Naseema Kakar", "memberOf", "Balochistan Awami Party", "Senator Naseema Kakar of the Balochistan Awami Party")
rel(D2, "Saudi Arabia", "sharesBorderWith", "Qatar", "which shares Qatar's only land border")
rel(D2, "Al Zubarah", "locatedIn", "Qatar", "the town on Qatar's north-western coast")
rel(D2, "Janan Island", "locatedIn", "Qatar", "awarded Al Zubarah and Janan Island to Qatar")
rel(D2, "Hawar Islands", "locatedIn", "Bahrain", "while the Hawar Islands went to Bahrain")
rel(D2, "Qatar", "memberOf", "Gulf Cooperation Council", "Qatar and Bahrain are both members of the Gulf Cooperation Council")
rel(D2, "Bahrain", "memberOf", "Gulf Cooperation Council", "Qatar and Bahrain are both members of the Gulf Cooperation Council")
rel(D3, "Egypt", "sharesBorderWith", "Sudan", "Egypt, which shares a border of about 1,270 kilometers with Sudan")
rel(D3, "Chad", "sharesBorderWith", "Darfur", "Chad, which borders Darfur")
rel(D3, "Rapid Support Forces", "invaded", "El Fasher", "The RSF, which stormed El Fasher in October 2025")
rel(D4, "Senthuran Arulnesan", "memberOf", "Ilankai Tamil Arasu Kachchi",
    "Jaffna District MP Senthuran Arulnesan of the Ilankai Tamil Arasu Kachchi (ITAK)")
rel(D4, "Canadian High Commission", "locatedIn", "Colombo", "The Canadian High Commission in Colombo")
rel(D4, "Transnational Government of Tamil Eelam", "locatedIn", "New York", "The New York-based TGTE")
rel(D5, "Tapiwa Mazhindu", "spouse", "Rutendo Mazhindu", "with his wife, Mrs Rutendo Mazhindu")

NOT_PERSON = ["Baloch", "Online", "Balochistan", "Al Zubarah", "Zubarah", "Al-Masry Al-Youm", "Egypt Independent",
              "Daily FT", "Tamil Eelam", "Verité Research", "Masvingo Bureau", "Mucheke", "Zimpapers",
              "Great Zimbabwe", "The Herald", "The Peninsula", "Al Ruwais", "Nyala", "Port Sudan", "Cde", "Clr",
              "Reko Diq", "Kilinochchi", "Mullaitivu", "Beitbridge", "Hellet Street", "Tahrir Palace",
              "Mucheke Stadium", "Al Zubarah Fort"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
