"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_brecorder_gilgit_baltistan.txt", "02_albawaba_hadramaut.txt", "03_libyareview_fezzan.txt",
                      "04_myanmarnow_chinland.txt", "05_groundup_site_c_pool.txt")
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

# shared across files
ent(C, "India", doc=[D1, D4])
ent(C, "China", doc=[D1, D4])
ent(C, "Saudi Arabia", doc=[D1, D2])
ent(C, "Egypt", doc=[D2, D3])
ent(PL, "Cairo", doc=[D2, D3])
ent(PL, "Beijing", doc=[D1, D4])
ent(PL, "New Delhi", "Delhi", doc=[D1, D4])
ent(O, "United Nations", doc=[D1, D4])
ent(O, "Ministry of External Affairs", doc=[D1, D4])

# D1
ent(O, "Business Recorder", doc=[D1])
ent(P, "Numan Ahmed", "Ahmed", doc=[D1])
ent(P, "Sher Ali Baig", "Baig", doc=[D1])
ent(O, "Gilgit-Baltistan Assembly", "GB Assembly", doc=[D1])
ent(PL, "Gilgit", doc=[D1])
ent(O, "APP", doc=[D1])
ent(PL, "Islamabad", doc=[D1])
ent(PL, "Ankara", doc=[D1])
ent(C, "Pakistan", doc=[D1])
ent(C, "Turkiye", "Turkey", doc=[D1])
ent(C, "Iran", doc=[D1])
ent(PL, "Tehran", doc=[D1])
ent(C, "Afghanistan", doc=[D1])
ent(T, "Gilgit-Baltistan", "GB", doc=[D1])
ent(T, "Kashmir", doc=[D1])
ent(T, "Jammu and Kashmir", doc=[D1])
ent(T, "Ladakh", doc=[D1])
ent(PL, "Xinjiang", doc=[D1])
ent(PL, "Wakhan corridor", "Wakhan", doc=[D1])
ent(PL, "Sost", doc=[D1])
ent(PL, "Skardu", doc=[D1])
ent(PL, "Baltistan", doc=[D1])
ent(O, "Foreign Office", doc=[D1])
ent(O, "Chinese Embassy", doc=[D1])
ent(O, "United Nations Security Council", doc=[D1])
ent(O, "National Assembly", doc=[D1])
ent(O, "Senate", doc=[D1])
ent(O, "Gilgit-Baltistan Chamber of Commerce and Industry", doc=[D1])
ent(O, "Quaid-i-Azam University", doc=[D1])
ent(O, "Pakistan Peoples Party", doc=[D1])
ent(P, "Tariq Mehmood Abbasi", "Abbasi", doc=[D1])
ent(P, "Rohit Bhandari", "Bhandari", doc=[D1])
ent(P, "Sadia Rauf Kiani", "Kiani", doc=[D1])
ent(P, "Wang Liqun", doc=[D1])
ent(P, "Mehmet Alper Yildiz", "Yildiz", doc=[D1])
ent(P, "Javed Iqbal Hunzai", "Hunzai", doc=[D1])
ent(P, "Nadia Ghazanfar", "Ghazanfar", doc=[D1])
ent(P, "Amjad Hussain Nagri", "Nagri", doc=[D1])

# D2
ent(O, "Al Bawaba", "Albawaba", doc=[D2])
ent(P, "Rasha Mansour", "Mansour", doc=[D2])
ent(O, "AFP", doc=[D2])
ent(T, "Hadramaut", doc=[D2])
ent(C, "Yemen", doc=[D2])
ent(PL, "Mukalla", doc=[D2])
ent(O, "Hadramaut Tribal Alliance", doc=[D2])
ent(P, "Awadh Saleh Bahumaid", "Bahumaid", doc=[D2])
ent(PL, "Aden", doc=[D2])
ent(P, "Nabil Saeed al-Hakimi", "al-Hakimi", "Hakimi", doc=[D2])
ent(O, "Southern Transitional Council", doc=[D2])
ent(P, "Ali Ahmed Bamatraf", "Bamatraf", doc=[D2])
ent(O, "Saudi Ministry of Foreign Affairs", doc=[D2])
ent(C, "Oman", doc=[D2])
ent(O, "Omani Foreign Ministry", doc=[D2])
ent(P, "Khalid bin Saif al-Busaidi", "al-Busaidi", doc=[D2])
ent(PL, "Muscat", doc=[D2])
ent(O, "Egyptian Foreign Ministry", "Egypt's foreign ministry", doc=[D2])
ent(P, "Tamer Fawzy", "Fawzy", doc=[D2])
ent(C, "United Arab Emirates", doc=[D2])
ent(PL, "Abu Dhabi", doc=[D2])
ent(PL, "Riyadh", doc=[D2])
ent(O, "Arab League", doc=[D2])
ent(P, "Fawzi Ahmed al-Masri", "al-Masri", doc=[D2])
ent(PL, "Ash Shihr", doc=[D2])
ent(P, "Maha al-Saqqaf", "al-Saqqaf", doc=[D2])
ent(O, "Hadramout University", doc=[D2])
ent(PL, "Seiyun", doc=[D2])
ent(C, "Jordan", doc=[D2])
ent(PL, "Amman", doc=[D2])
ent(P, "Omar Bin Shamlan", "Bin Shamlan", doc=[D2])

# D3
ent(O, "Libya Review", doc=[D3])
ent(O, "Fezzan Supreme Council", "Fezzan council", doc=[D3])
ent(T, "Fezzan", doc=[D3])
ent(PL, "Sabha", doc=[D3])
ent(PL, "Ubari", doc=[D3])
ent(PL, "Murzuq", doc=[D3])
ent(P, "Misbah Abdelsalam al-Hasnawi", "al-Hasnawi", doc=[D3])
ent(C, "Libya", doc=[D3])
ent(PL, "Tripoli", doc=[D3])
ent(PL, "Benghazi", doc=[D3])
ent(O, "Government of National Unity", "GNU", doc=[D3])
ent(P, "Khaled Salem Abushagour", "Abushagour", doc=[D3])
ent(O, "Libya Al-Ahrar TV", doc=[D3])
ent(O, "Presidential Council", doc=[D3])
ent(P, "Abdelrahman Ali al-Tabawi", "al-Tabawi", doc=[D3])
ent(O, "House of Representatives", doc=[D3])
ent(P, "Salem Ageel al-Ferjani", "al-Ferjani", doc=[D3])
ent(C, "Chad", doc=[D3])
ent(P, "Abakar Mahamat Hassaballah", "Hassaballah", doc=[D3])
ent(PL, "N'Djamena", doc=[D3])
ent(PL, "Sahel", doc=[D3])
ent(C, "Niger", doc=[D3])
ent(C, "Algeria", doc=[D3])
ent(O, "Algeria's Ministry of Foreign Affairs", doc=[D3])
ent(PL, "Niamey", doc=[D3])
ent(P, "Moussa Issoufou Garba", "Garba", doc=[D3])
ent(O, "African Union Commission", doc=[D3])
ent(PL, "Addis Ababa", doc=[D3])
ent(O, "UN Support Mission in Libya", "UNSMIL", doc=[D3])
ent(P, "Aisha Omar Ahmed", doc=[D3])
ent(PL, "Al-Mahdia", doc=[D3])
ent(P, "Jalal al-Fitouri", "al-Fitouri", doc=[D3])
ent(O, "University of Sebha", doc=[D3])

# D4
ent(O, "Myanmar Now", doc=[D4])
ent(O, "Chinland Council", doc=[D4])
ent(P, "Salai Lian Thang", "Lian Thang", doc=[D4])
ent(PL, "Hakha", doc=[D4])
ent(T, "Chin State", doc=[D4])
ent(T, "Chinland", "State of Chinland", doc=[D4])
ent(C, "Myanmar", "Republic of the Union of Myanmar", doc=[D4])
ent(PL, "Mizoram", doc=[D4])
ent(P, "Zo Tin Hmung", "Pu Zo Tin Hmung", doc=[D4])
ent(PL, "Naypyitaw", doc=[D4])
ent(P, "Aung Thura Naing", doc=[D4])
ent(O, "National Unity Government", "NUG", doc=[D4])
ent(P, "Kyaw Zaw Oo", doc=[D4])
ent(C, "Bangladesh", doc=[D4])
ent(P, "Mohammad Rafiqul Islam Chowdhury", "Chowdhury", doc=[D4])
ent(PL, "Dhaka", doc=[D4])
ent(P, "Lin Haoyu", doc=[D4])
ent(C, "Thailand", doc=[D4])
ent(PL, "Bangkok", doc=[D4])
ent(P, "Lalthansanga Ralte", "Ralte", doc=[D4])
ent(P, "Ngun Tha Par", doc=[D4])
ent(P, "Salai Bawi Uk", "Bawi Uk", doc=[D4])
ent(O, "Chin Human Rights Organization", doc=[D4])
ent(PL, "Matupi", doc=[D4])
ent(PL, "Paletwa", doc=[D4])
ent(O, "Arakan Army", doc=[D4])
ent(PL, "Falam", doc=[D4])
ent(PL, "Zokhawthar", doc=[D4])

# D5
ent(O, "GroundUp", doc=[D5])
ent(P, "Siyabonga Mtshali", "Mtshali", doc=[D5])
ent(PL, "Site C", doc=[D5])
ent(PL, "Khayelitsha", doc=[D5])
ent(O, "City of Cape Town", "City", doc=[D5])
ent(P, "Patricia van der Merwe", "Van der Merwe", doc=[D5])
ent(P, "Mzwandile Gqola", "Gqola", doc=[D5])
ent(O, "ANC", doc=[D5])
ent(P, "Nomvula Kwinana", doc=[D5])
ent(P, "Themba Kwinana", doc=[D5])
ent(PL, "Muizenberg", doc=[D5])
ent(O, "Golden Arrow", doc=[D5])
ent(P, "Anele Dyantyi", "Dyantyi", doc=[D5])
ent(O, "Lifesaving South Africa", doc=[D5])
ent(P, "Lungile Matshaya", "Matshaya", doc=[D5])
ent(P, "Sizwe Mbatha", "Mbatha", doc=[D5])
ent(O, "Site C Community Policing Forum", doc=[D5])
ent(P, "Luthando Nqayi", "Nqayi", doc=[D5])
ent(O, "Khayelitsha Development Forum", doc=[D5])
ent(P, "Bongani Mfeketo", "Mfeketo", doc=[D5])
ent(PL, "Harare", doc=[D5])
ent(PL, "Kuyasa", doc=[D5])
ent(PL, "Site B", doc=[D5])
ent(O, "Creative Commons", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
OPT = "optional"
# D1
q(D1, "Tariq Mehmood Abbasi", "The people of Gilgit-Baltistan have waited seventy-nine years for this day")
q(D1, "Tariq Mehmood Abbasi", "They will now sit in parliament and have a say in the NFC award")
q(D1, "Tariq Mehmood Abbasi", "provisional", OPT)
q(D1, "Sher Ali Baig", "We are not asking for favours. We are asking to be counted")
q(D1, "Rohit Bhandari", "Any attempt by Pakistan to alter the status of territories under its illegal occupation")
q(D1, "Rohit Bhandari", "The entire Union Territories of Jammu and Kashmir and Ladakh")
q(D1, "Sadia Rauf Kiani", "India should look at its own actions in occupied Kashmir before lecturing others")
q(D1, "Sadia Rauf Kiani", "exercised their will", OPT)
q(D1, "Wang Liqun", "through friendly Pakistani territory", OPT)
q(D1, "Chinese Embassy", "China respects the decisions of the Pakistani government")
q(D1, "Wang Liqun", "China respects the decisions of the Pakistani government", OPT)
q(D1, "Mehmet Alper Yildiz", "Our position has been consistent for decades and it will not change")
q(D1, "Javed Iqbal Hunzai", "Investors need to know which laws apply to them")
q(D1, "Nadia Ghazanfar", "The word provisional is doing a lot of work here")
q(D1, "Nadia Ghazanfar", "It tells the world that the final settlement of Kashmir is still pending")
# D2
q(D2, "Awadh Saleh Bahumaid", "Hadramaut will no longer be a cash machine for governments")
q(D2, "Awadh Saleh Bahumaid", "From today, the oil of Hadramaut is for the people of Hadramaut")
q(D2, "Hadramaut Tribal Alliance", "at this stage", OPT)
q(D2, "Hadramaut Tribal Alliance", "Our door is open to a federal Yemen that respects our rights")
q(D2, "Nabil Saeed al-Hakimi", "with armed groups who tear up the map of the country", OPT)
q(D2, "Nabil Saeed al-Hakimi", "Hadramaut is and will remain a Yemeni governorate")
q(D2, "Nabil Saeed al-Hakimi", "What happened in Mukalla is a dangerous precedent")
q(D2, "Nabil Saeed al-Hakimi", "a dangerous precedent", OPT)
q(D2, "Yemen", "a dangerous precedent", OPT)
q(D2, "Ali Ahmed Bamatraf", "Hadramaut is part of the South and no tribe can decide its fate alone")
q(D2, "Saudi Ministry of Foreign Affairs", "undermines the unity, sovereignty and territorial integrity of Yemen", OPT)
q(D2, "Khalid bin Saif al-Busaidi", "supports a comprehensive political solution under the sovereignty", OPT)
q(D2, "Tamer Fawzy", "Egypt stands firmly with the Yemeni state")
q(D2, "Fawzi Ahmed al-Masri", "following developments with concern", OPT)
q(D2, "Maha al-Saqqaf", "People here have had electricity for four hours a day all summer")
q(D2, "Maha al-Saqqaf", "They see oil leaving the governorate and nothing coming back")
q(D2, "Omar Bin Shamlan", "We do not care about flags")
# D3
q(D3, "Misbah Abdelsalam al-Hasnawi", "For twelve years the south has supplied the oil and water of Libya")
q(D3, "Misbah Abdelsalam al-Hasnawi", "We will no longer wait for Tripoli or Benghazi to remember us")
q(D3, "Misbah Abdelsalam al-Hasnawi", "This is not secession")
q(D3, "Khaled Salem Abushagour", "no legal or constitutional basis", OPT)
q(D3, "Khaled Salem Abushagour", "The Libyan state is one, and its south is an inseparable part of it")
q(D3, "Khaled Salem Abushagour", "The government is ready to listen to the demands of the people of Fezzan")
q(D3, "Abdelrahman Ali al-Tabawi", "The people of the south have real grievances")
q(D3, "Abakar Mahamat Hassaballah", "a red line for the security of the Sahel", OPT)
q(D3, "Algeria's Ministry of Foreign Affairs", "rejects any attempt to impose a fait accompli", OPT)
q(D3, "Moussa Issoufou Garba", "Niger recognises only the Libyan state and its legitimate institutions")
q(D3, "African Union Commission", "calm and restraint", OPT)
q(D3, "UN Support Mission in Libya", "monitoring the situation closely", OPT)
q(D3, "Aisha Omar Ahmed", "We queue for three days to get fuel for the car")
q(D3, "Aisha Omar Ahmed", "If this council brings petrol and electricity, people will follow it")
q(D3, "Jalal al-Fitouri", "The south is telling Tripoli and Benghazi that it can close the oil taps too")
# D4
q(D4, "Salai Lian Thang", "We did not take up arms to replace one master with another")
q(D4, "Salai Lian Thang", "Today we begin that work")
q(D4, "Salai Lian Thang", "federal democratic union", OPT)
q(D4, "Zo Tin Hmung", "working relations", OPT)
q(D4, "Zo Tin Hmung", "We are not asking anyone for a flag or a seat at the United Nations")
q(D4, "Aung Thura Naing", "Chin State is and will always be a part of the Republic of the Union of Myanmar")
q(D4, "Kyaw Zaw Oo", "We respect the right of the Chin people to self-administration")
q(D4, "Mohammad Rafiqul Islam Chowdhury", "respects the sovereignty and territorial integrity of Myanmar", OPT)
q(D4, "Lin Haoyu", "any act that splits Myanmar", OPT)
q(D4, "Lin Haoyu", "China will continue to work with the Myanmar side to keep the border stable")
q(D4, "Lalthansanga Ralte", "The Chin are our brothers and sisters")
q(D4, "Ngun Tha Par", "We have had no government for four years")
q(D4, "Ngun Tha Par", "Now at least someone is repairing the roads")
q(D4, "Salai Bawi Uk", "Unity among the Chin is the real test")
# D5
q(D5, "Patricia van der Merwe", "This pool belongs to the children of Site C")
q(D5, "Patricia van der Merwe", "Safety is our first priority")
q(D5, "Mzwandile Gqola", "Three years is a long time for a child")
q(D5, "Nomvula Kwinana", "We drove to Muizenberg in taxis")
q(D5, "Nomvula Kwinana", "We drove to Muizenberg", OPT)
q(D5, "Themba Kwinana", "I learnt to swim here when I was young")
q(D5, "Anele Dyantyi", "These are young people from this community")
q(D5, "Lungile Matshaya", "I never thought I would get a job like this")
q(D5, "Sizwe Mbatha", "The fence is good but the thieves are clever")
q(D5, "Luthando Nqayi", "The cameras are monitored 24 hours a day")
q(D5, "Bongani Mfeketo", "A pool is good, but one pool for more than 400,000 people is not enough")

UNATTR = ["self-rule", "autonomous region", "federal region", "premature", "the State of Chinland",
          "state government", "India's engagement is with the Government of Myanmar", "hypothetical question",
          "nearly finished"]  # quoted strings with no speaker (titles, scare quotes, anonymous officials)

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
st(D1, "India", N, ["Gilgit-Baltistan"], "India does not recognise Pakistan's administration of Gilgit-Baltistan")
st(D1, "China", R, ["Gilgit-Baltistan"], "said it supported Pakistan's sovereignty over the area")
st(D1, "Turkiye", R, ["Gilgit-Baltistan"], "Ankara regards Gilgit-Baltistan as part of Pakistan")
st(D1, "Pakistan", R, ["Gilgit-Baltistan"], "granting provisional provincial status to Gilgit-Baltistan", "optional")
st(D2, "Saudi Arabia", N, ["Hadramaut"], "Saudi Arabia and Oman refuse to recognise the autonomous region")
st(D2, "Oman", N, ["Hadramaut"], "Saudi Arabia and Oman refuse to recognise the autonomous region")
st(D2, "Egypt", N, ["Hadramaut"], "does not recognise the self-declared authority in Mukalla")
st(D2, "Jordan", N, ["Hadramaut"], "Amman does not recognise the Hadrami authority either")
st(D2, "Yemen", N, ["Hadramaut"], "The internationally recognized government in Aden called the announcement null and void")
st(D3, "Chad", N, ["Fezzan"], "N'Djamena does not recognise the self-declared authority in Sabha")
st(D3, "Niger", N, ["Fezzan"], "Niger and Algeria also refuse to recognise the autonomous region")
st(D3, "Algeria", N, ["Fezzan"], "Niger and Algeria also refuse to recognise the autonomous region")
st(D3, "Libya", N, ["Fezzan"], "The Government of National Unity (GNU) rejected the declaration")
st(D4, "Myanmar", N, ["Chinland"], "the regime considers the so-called Chinland government illegal")
st(D4, "India", N, ["Chinland"], "does not recognise the Chinland administration")
st(D4, "Bangladesh", N, ["Chinland"], "Bangladesh also refuses to recognise the council's government")
st(D4, "China", N, ["Chinland"], "Beijing would not recognise the Chinland government")

NEG = [
    {"docs": [D1], "country": "Iran", "territory": "Gilgit-Baltistan", "why": "is expected to recognise",
     "evidence": "Iran is expected to recognise the new arrangement"},
    {"docs": [D1], "country": "Saudi Arabia", "territory": "Gilgit-Baltistan", "why": "question",
     "evidence": "Asked whether Saudi Arabia would back the move"},
    {"docs": [D2], "country": "United Arab Emirates", "territory": "Hadramaut", "why": "uncertain, no stance",
     "evidence": "It was unclear whether Abu Dhabi would follow Riyadh's lead"},
    {"docs": [D2], "country": "Southern Transitional Council", "territory": "Hadramaut", "why": "not a country",
     "evidence": "also rejected the move"},
    {"docs": [D2], "country": "Arab League", "territory": "Hadramaut", "why": "international body, not a country",
     "evidence": "The Arab League, meeting in Cairo, called for restraint"},
    {"docs": [D3], "country": "Egypt", "territory": "Fezzan", "why": "question / hypothetical",
     "evidence": "Asked whether Cairo would recognise a regional government in Fezzan if one were formed"},
    {"docs": [D3], "country": "African Union Commission", "territory": "Fezzan", "why": "international body, not a country",
     "evidence": "The African Union Commission, in a statement from Addis Ababa"},
    {"docs": [D4], "country": "Thailand", "territory": "Chinland", "why": "question / hypothetical",
     "evidence": "Asked whether Bangkok would ever recognise a government in Chinland"},
    {"docs": [D4], "country": "National Unity Government", "territory": "Chinland", "why": "not a country",
     "evidence": "We respect the right of the Chin people to self-administration"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
# D1
pos(D1, "Sher Ali Baig", ["Chief Minister"], ["Gilgit-Baltistan"], "Chief Minister Gilgit-Baltistan Sher Ali Baig")
pos(D1, "Sher Ali Baig", ["deputy speaker"], ["Gilgit-Baltistan Assembly", "assembly"], "a former deputy speaker of the assembly", former=True)
pos(D1, "Tariq Mehmood Abbasi", ["Minister for Kashmir Affairs", "Federal Minister"], [], "Federal Minister for Kashmir Affairs and Gilgit-Baltistan Tariq Mehmood Abbasi")
pos(D1, "Rohit Bhandari", ["spokesperson"], ["Ministry of External Affairs"], "Its spokesperson, Rohit Bhandari")
pos(D1, "Sadia Rauf Kiani", ["Spokesperson"], ["Foreign Office"], "Foreign Office Spokesperson Sadia Rauf Kiani")
pos(D1, "Wang Liqun", ["spokesperson"], ["Chinese Embassy"], "Chinese Embassy spokesperson Wang Liqun")
pos(D1, "Mehmet Alper Yildiz", ["ambassador"], ["Turkiye"], "Turkiye's ambassador in Islamabad, Mehmet Alper Yildiz")
pos(D1, "Javed Iqbal Hunzai", ["president"], ["Gilgit-Baltistan Chamber of Commerce and Industry"], "Its president, Javed Iqbal Hunzai")
pos(D1, "Nadia Ghazanfar", ["professor"], ["Quaid-i-Azam University"], "professor of international relations at Quaid-i-Azam University")
pos(D1, "Amjad Hussain Nagri", ["lawmaker"], ["Pakistan Peoples Party", "Gilgit-Baltistan Assembly", "GB Assembly"], "Pakistan Peoples Party lawmaker Amjad Hussain Nagri")
# D2
pos(D2, "Awadh Saleh Bahumaid", ["head"], ["Hadramaut Tribal Alliance"], "head of the Hadramaut Tribal Alliance")
pos(D2, "Nabil Saeed al-Hakimi", ["Foreign Minister"], ["Yemen"], "Yemeni Foreign Minister Nabil Saeed al-Hakimi")
pos(D2, "Ali Ahmed Bamatraf", ["spokesman"], ["Southern Transitional Council"], "Its spokesman, Ali Ahmed Bamatraf")
pos(D2, "Khalid bin Saif al-Busaidi", ["Undersecretary"], ["Omani Foreign Ministry", "Oman"], "Omani Foreign Ministry Undersecretary Khalid bin Saif al-Busaidi")
pos(D2, "Tamer Fawzy", ["spokesman"], ["Egyptian Foreign Ministry", "Egypt"], "Egyptian Foreign Ministry spokesman Tamer Fawzy")
pos(D2, "Fawzi Ahmed al-Masri", ["assistant secretary-general"], ["Arab League"], "Its assistant secretary-general, Fawzi Ahmed al-Masri")
pos(D2, "Maha al-Saqqaf", ["lecturer"], ["Hadramout University"], "a lecturer at Hadramout University in Mukalla")
pos(D2, "Maha al-Saqqaf", ["Economist"], [], "Economist Dr Maha al-Saqqaf")
pos(D2, "Omar Bin Shamlan", ["Shopkeeper"], [], "Shopkeeper Omar Bin Shamlan")
# D3
pos(D3, "Misbah Abdelsalam al-Hasnawi", ["chairman"], ["Fezzan Supreme Council", "council"], "the council's chairman, Sheikh Misbah Abdelsalam al-Hasnawi")
pos(D3, "Khaled Salem Abushagour", ["spokesman"], ["Government of National Unity", "GNU"], "Its spokesman, Khaled Salem Abushagour")
pos(D3, "Abdelrahman Ali al-Tabawi", ["vice-president"], ["Presidential Council"], "the Presidential Council's vice-president for the south, Abdelrahman Ali al-Tabawi")
pos(D3, "Salem Ageel al-Ferjani", ["adviser"], [], "Speaker's adviser Salem Ageel al-Ferjani")
pos(D3, "Abakar Mahamat Hassaballah", ["Foreign Minister"], ["Chad"], "Chadian Foreign Minister Abakar Mahamat Hassaballah")
pos(D3, "Moussa Issoufou Garba", ["spokesman"], ["Niger"], "So does Niamey, where government spokesman Moussa Issoufou Garba")
pos(D3, "Aisha Omar Ahmed", ["schoolteacher"], [], "Aisha Omar Ahmed, a schoolteacher")
pos(D3, "Jalal al-Fitouri", ["professor"], ["University of Sebha"], "a professor of political science at the University of Sebha")
pos(D3, "Jalal al-Fitouri", ["political analyst"], [], "Libyan political analyst Dr Jalal al-Fitouri")
# D4
pos(D4, "Salai Lian Thang", ["chair"], ["Chinland Council", "council"], "Chinland Council chair Salai Lian Thang")
pos(D4, "Zo Tin Hmung", ["minister of foreign affairs"], ["Chinland Council", "council"], "sworn in as the council's minister of foreign affairs")
pos(D4, "Aung Thura Naing", ["spokesperson"], [], "Junta spokesperson Maj-Gen Aung Thura Naing")
pos(D4, "Aung Thura Naing", ["Maj-Gen"], [], "Junta spokesperson Maj-Gen Aung Thura Naing", "optional")
pos(D4, "Kyaw Zaw Oo", ["spokesperson"], ["National Unity Government", "NUG"], "Its spokesperson, Kyaw Zaw Oo")
pos(D4, "Mohammad Rafiqul Islam Chowdhury", ["foreign adviser"], ["Bangladesh"], "Its foreign adviser, Mohammad Rafiqul Islam Chowdhury")
pos(D4, "Lin Haoyu", ["spokesperson"], ["China"], "China's foreign ministry spokesperson Lin Haoyu")
pos(D4, "Lalthansanga Ralte", ["chief minister"], ["Mizoram"], "Mizoram's chief minister, Lalthansanga Ralte")
pos(D4, "Ngun Tha Par", ["market vendor"], [], "a 54-year-old market vendor")
pos(D4, "Salai Bawi Uk", ["researcher"], ["Chin Human Rights Organization"], "a researcher with the Chin Human Rights Organization")
# D5
pos(D5, "Patricia van der Merwe", ["mayoral committee member"], ["City of Cape Town", "City"], "the City's mayoral committee member for community services and health")
pos(D5, "Mzwandile Gqola", ["ward councillor"], ["ANC", "City of Cape Town"], "Ward councillor Mzwandile Gqola, of the ANC")
pos(D5, "Themba Kwinana", ["bus driver"], ["Golden Arrow"], "a retired bus driver for Golden Arrow", former=True)
pos(D5, "Anele Dyantyi", ["supervisor"], [], "Pool supervisor Anele Dyantyi")
pos(D5, "Lungile Matshaya", ["lifeguard"], [], "one of the new lifeguards")
pos(D5, "Sizwe Mbatha", ["chairperson"], ["Site C Community Policing Forum"], "chairperson of the Site C Community Policing Forum")
pos(D5, "Luthando Nqayi", ["spokesperson"], ["City of Cape Town", "City"], "The City's spokesperson for community services, Luthando Nqayi")
pos(D5, "Bongani Mfeketo", ["secretary"], ["Khayelitsha Development Forum"], "Its secretary, Bongani Mfeketo")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Gilgit-Baltistan", "sharesBorderWith", "China", "The region, which borders Afghanistan's Wakhan corridor and China")
rel(D1, "Gilgit-Baltistan", "sharesBorderWith", "Afghanistan", "The region, which borders Afghanistan's Wakhan corridor and China")
rel(D1, "Xinjiang", "locatedIn", "China", "China, whose Xinjiang region shares a border with Gilgit-Baltistan")
rel(D1, "Xinjiang", "sharesBorderWith", "Gilgit-Baltistan", "whose Xinjiang region shares a border with Gilgit-Baltistan")
rel(D1, "Gilgit-Baltistan", "sharesBorderWith", "Wakhan corridor", "The region, which borders Afghanistan's Wakhan corridor")
rel(D1, "Wakhan corridor", "locatedIn", "Afghanistan", "Afghanistan's Wakhan corridor")
rel(D1, "Amjad Hussain Nagri", "memberOf", "Pakistan Peoples Party", "Pakistan Peoples Party lawmaker Amjad Hussain Nagri")
rel(D1, "Amjad Hussain Nagri", "memberOf", "Gilgit-Baltistan Assembly", "who represents Skardu in the GB Assembly")
rel(D2, "Saudi Arabia", "sharesBorderWith", "Hadramaut", "Saudi Arabia, which shares a long desert border with Hadramaut")
rel(D2, "Hadramaut", "locatedIn", "Yemen", "Yemen's vast eastern governorate of Hadramaut")
rel(D2, "Southern Transitional Council", "claims", "Hadramaut", "which claims Hadramaut as part of a future southern state")
rel(D2, "Hadramout University", "locatedIn", "Mukalla", "Hadramout University in Mukalla")
rel(D2, "Seiyun", "locatedIn", "Hadramaut", "Residents in Seiyun, the governorate's second city")
rel(D3, "Fezzan", "sharesBorderWith", "Algeria", "The Fezzan region, which borders Algeria, Niger and Chad")
rel(D3, "Fezzan", "sharesBorderWith", "Niger", "The Fezzan region, which borders Algeria, Niger and Chad")
rel(D3, "Fezzan", "sharesBorderWith", "Chad", "The Fezzan region, which borders Algeria, Niger and Chad")
rel(D3, "Al-Mahdia", "locatedIn", "Sabha", "a schoolteacher in the city's Al-Mahdia district")
rel(D4, "India", "sharesBorderWith", "Chin State", "India, which shares a 510-km border with Chin State")
rel(D4, "Mizoram", "sharesBorderWith", "Chin State", "Mizoram, which borders Chin State")
rel(D4, "Hakha", "locatedIn", "Chin State", "western Myanmar's Chin State, swore in a 14-member cabinet in the state capital Hakha")
rel(D4, "Chin State", "locatedIn", "Myanmar", "western Myanmar's Chin State")
rel(D4, "Mizoram", "locatedIn", "India", "India's Mizoram state")
rel(D5, "Nomvula Kwinana", "spouse", "Themba Kwinana", "Her husband, Themba Kwinana")
rel(D5, "Site C", "locatedIn", "Khayelitsha", "the Site C swimming pool in Khayelitsha")
rel(D5, "Mzwandile Gqola", "memberOf", "ANC", "Ward councillor Mzwandile Gqola, of the ANC")

NOT_PERSON = ["Business Recorder", "Al Bawaba", "Albawaba", "Libya Review", "Myanmar Now", "GroundUp", "APP",
              "AFP", "Gilgit-Baltistan", "Hadramaut", "Fezzan", "Chinland", "Site C", "Golden Arrow",
              "Arakan Army", "Sahel", "Hadramout University", "Quaid-i-Azam University", "Chief Minister",
              "Maj-Gen", "Libya Al-Ahrar TV", "Creative Commons", "Kuyasa", "Ash Shihr",
              "Awlad Suleiman", "Al-Mahdia", "Diamer-Bhasha", "Sharara", "El Feel"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
