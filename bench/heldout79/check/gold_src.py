"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_manilatimes_sabina_shoal.txt", "02_dhakatribune_rakhine.txt",
                      "03_enabbaladi_mount_hermon.txt", "04_yabiladi_tindouf.txt",
                      "05_capitalfm_eldoret_market.txt")
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

# ---------------- shared across documents ----------------
ent(O, "Chinese Foreign Ministry", doc=[D1, D2])
ent(O, "United Nations", "UN", doc=[D2, D3, D4])
ent(C, "China", doc=[D1, D2])
ent(C, "United States", doc=[D1])
ent(PL, "Beijing", doc=[D1, D2])
ent(PL, "Washington", doc=[D1, D3])

# ---------------- D1 ----------------
ent(P, "Kristine Arellano", doc=[D1])
ent(P, "Celestino Abarquez", "Abarquez", doc=[D1])
ent(P, "Rodel Manansala", "Manansala", doc=[D1])
ent(P, "Rolando Bacud", doc=[D1])
ent(P, "Lu Hanwen", "Lu", doc=[D1])
ent(P, "Nguyen Thi Minh Chau", doc=[D1])
ent(P, "Kenjiro Ueda", "Ueda", doc=[D1])
ent(P, "Daniel Whitcombe", doc=[D1])
ent(P, "Chhum Sovannara", doc=[D1])
ent(P, "Luisito Dimaculangan", "Dimaculangan", doc=[D1])
ent(P, "Arnel Santiago", doc=[D1])
ent(P, "Teresita Gavino", doc=[D1])
ent(O, "The Manila Times", "Manila Times", doc=[D1])
ent(O, "Department of Foreign Affairs", "DFA", doc=[D1])
ent(O, "State Council", "China's State Council", doc=[D1])
ent(O, "China Coast Guard", doc=[D1])
ent(O, "Association of Southeast Asian Nations", "ASEAN", doc=[D1])
ent(O, "Philippine Coast Guard", "PCG", doc=[D1])
ent(O, "National Maritime Council", "NMC", doc=[D1])
ent(O, "State Department", doc=[D1])
ent(O, "Senate", doc=[D1])
ent(O, "committee on foreign relations", doc=[D1])
ent(O, "Department of National Defense", doc=[D1])
ent(O, "University of the Philippines", doc=[D1])
ent(O, "Malaysian Embassy", doc=[D1])
ent(O, "Cambodian Foreign Ministry", doc=[D1])
ent(C, "Philippines", doc=[D1])
ent(C, "Vietnam", doc=[D1])
ent(C, "Japan", doc=[D1])
ent(C, "Australia", doc=[D1])
ent(C, "Cambodia", doc=[D1])
ent(C, "Malaysia", doc=[D1])
ent(T, "Sabina Shoal", "Escoda Shoal", "Xianbin Jiao", "Escoda", doc=[D1])
ent(T, "Nansha Qundao", doc=[D1])
ent(PL, "Palawan", doc=[D1])
ent(PL, "Pasay City", doc=[D1])
ent(PL, "Kuala Lumpur", doc=[D1])
ent(PL, "Puerto Princesa City", doc=[D1])
ent(PL, "Manila", doc=[D1])
ent(PL, "Hanoi", doc=[D1])
ent(PL, "Tokyo", doc=[D1])
ent(PL, "Phnom Penh", doc=[D1])

# ---------------- D2 ----------------
ent(P, "Tanvir Ahmed Sourav", doc=[D2])
ent(P, "Nazmul Karim Chowdhury", "Chowdhury", doc=[D2])
ent(P, "Arvind Menon", doc=[D2])
ent(P, "Guo Weiping", "Guo", doc=[D2])
ent(P, "Kyaw Thet Naing", doc=[D2])
ent(P, "U Thein Zaw Lwin", "Thein Zaw Lwin", doc=[D2])
ent(P, "Mahbubur Rahman Talukder", doc=[D2])
ent(P, "Khaing Min Thein", doc=[D2])
ent(P, "Mohammad Zubair", doc=[D2])
ent(P, "Ashikur Rahman", doc=[D2])
ent(P, "Farzana Sultana", doc=[D2])
ent(O, "Dhaka Tribune", doc=[D2])
ent(O, "United League of Arakan", "ULA", doc=[D2])
ent(O, "Arakan Army", "AA", doc=[D2])
ent(O, "Arakan People's Government", doc=[D2])
ent(O, "External Affairs Ministry", doc=[D2])
ent(O, "Thai foreign ministry", doc=[D2])
ent(O, "State Security and Peace Commission", doc=[D2])
ent(O, "Border Guard Bangladesh", "BGB", doc=[D2])
ent(O, "Three Brotherhood Alliance", doc=[D2])
ent(O, "University of Dhaka", doc=[D2])
ent(O, "Department of International Relations", doc=[D2])
ent(C, "Bangladesh", doc=[D2])
ent(C, "Myanmar", "Union of Myanmar", doc=[D2])
ent(C, "India", doc=[D2])
ent(C, "Thailand", doc=[D2])
ent(T, "Arakan", "Rakhine", "Rakhine State", doc=[D2])
ent(PL, "Chin", doc=[D2])
ent(PL, "Mrauk U", doc=[D2])
ent(PL, "Segunbagicha", doc=[D2])
ent(PL, "Cox's Bazar", doc=[D2])
ent(PL, "Naypyitaw", doc=[D2])
ent(PL, "Teknaf", doc=[D2])
ent(PL, "Maungdaw", doc=[D2])
ent(PL, "New Delhi", "Delhi", doc=[D2])
ent(PL, "Sittwe", doc=[D2])
ent(PL, "Mizoram", doc=[D2])
ent(PL, "Bangkok", doc=[D2])
ent(PL, "Dhaka", doc=[D2])
ent(PL, "Ukhiya", doc=[D2])
ent(PL, "Buthidaung", doc=[D2])
ent(PL, "Kutupalong", doc=[D2])

# ---------------- D3 ----------------
ent(P, "Muhannad al-Saleh", doc=[D3])
ent(P, "Lama al-Khatib", doc=[D3])
ent(P, "Ahmad al-Nimri", doc=[D3])
ent(P, "Ahmet Kerem Yavuz", "Yavuz", doc=[D3])
ent(P, "Oren Mizrahi", "Mizrahi", doc=[D3])
ent(P, "Ingrid Solheim", doc=[D3])
ent(P, "Khaled al-Shaar", doc=[D3])
ent(P, "Nawaf Abu Saleh", doc=[D3])
ent(P, "Amer al-Mousa", "al-Mousa", doc=[D3])
ent(P, "Rami Haddad", "Haddad", doc=[D3])
ent(P, "Bashar al-Assad", "Assad", doc=[D3])
ent(O, "Enab Baladi", doc=[D3])
ent(O, "Knesset", doc=[D3])
ent(O, "Syrian Ministry of Foreign Affairs and Expatriates", doc=[D3])
ent(O, "Security Council", doc=[D3])
ent(O, "Jordanian Ministry of Foreign Affairs", doc=[D3])
ent(O, "Saudi Ministry of Foreign Affairs", doc=[D3])
ent(O, "Turkish Foreign Ministry", doc=[D3])
ent(O, "Likud", doc=[D3])
ent(O, "United Nations Disengagement Observer Force", "UNDOF", doc=[D3])
ent(O, "Omran Center for Strategic Studies", doc=[D3])
ent(C, "Jordan", doc=[D3])
ent(C, "Saudi Arabia", doc=[D3])
ent(C, "Turkey", "Türkiye", doc=[D3])
ent(C, "Qatar", doc=[D3])
ent(C, "Egypt", doc=[D3])
ent(C, "Syria", "Syrian Arab Republic", doc=[D3])
ent(C, "Israel", "State of Israel", doc=[D3])
ent(C, "Russia", doc=[D3])
ent(C, "Lebanon", doc=[D3])
ent(T, "Mount Hermon", "Jabal al-Sheikh", "Hermon", doc=[D3])
ent(T, "Golan Heights", "Golan", doc=[D3])
ent(PL, "Quneitra", doc=[D3])
ent(PL, "Damascus", doc=[D3])
ent(PL, "Beit Jinn", doc=[D3])
ent(PL, "Hader", doc=[D3])
ent(PL, "Ankara", doc=[D3])
ent(PL, "Daraa", doc=[D3])

# ---------------- D4 ----------------
ent(P, "Imane Berrada", doc=[D4])
ent(P, "Abdelkrim Boutayeb", "Boutayeb", doc=[D4])
ent(P, "Karim Tazi-Alaoui", "Tazi-Alaoui", doc=[D4])
ent(P, "Lyes Benhamouda", doc=[D4])
ent(P, "Sidi Ould Bah", "Ould Bah", doc=[D4])
ent(P, "Claire Vautrin", "Vautrin", doc=[D4])
ent(P, "Samira El Haddaoui", doc=[D4])
ent(P, "Nadia Cherkaoui", doc=[D4])
ent(O, "Yabiladi", "yabiladi.com", doc=[D4])
ent(O, "Istiqlal Party", "Istiqlal", doc=[D4])
ent(O, "House of Representatives", doc=[D4])
ent(O, "Government Council", doc=[D4])
ent(O, "Ministry of Foreign Affairs and the National Community Abroad", doc=[D4])
ent(O, "APS", doc=[D4])
ent(O, "French Foreign Ministry", doc=[D4])
ent(O, "Authenticity and Modernity Party", "PAM", doc=[D4])
ent(O, "Mohammed V University", doc=[D4])
ent(O, "Bureau of the House", doc=[D4])
ent(C, "Morocco", doc=[D4])
ent(C, "Algeria", doc=[D4])
ent(C, "Mauritania", doc=[D4])
ent(C, "France", doc=[D4])
ent(C, "Spain", doc=[D4])
ent(T, "Tindouf", doc=[D4])
ent(PL, "Béchar", doc=[D4])
ent(PL, "Errachidia", doc=[D4])
ent(PL, "Fez", doc=[D4])
ent(PL, "Algiers", doc=[D4])
ent(PL, "Nouakchott", doc=[D4])
ent(PL, "Paris", doc=[D4])
ent(PL, "Madrid", doc=[D4])
ent(PL, "Rabat", doc=[D4])
ent(PL, "Oujda", doc=[D4])
ent(PL, "Ifrane", doc=[D4])

# ---------------- D5 ----------------
ent(P, "Faith Jepkoech", doc=[D5])
ent(P, "Paul Kiprono Rotich", "Rotich", doc=[D5])
ent(P, "Esther Jepchirchir Kiptoo", "Kiptoo", doc=[D5])
ent(P, "Peter Omondi Ouma", "Ouma", doc=[D5])
ent(P, "Dennis Kibet", doc=[D5])
ent(P, "Isaac Kosgei", doc=[D5])
ent(P, "Mary Wanjiru Kamau", doc=[D5])
ent(P, "John Kamau", doc=[D5])
ent(P, "Hillary Kipsang", "Kipsang", doc=[D5])
ent(P, "Caroline Chebet", doc=[D5])
ent(O, "Capital FM", "Capital News", "CFM NEWS", doc=[D5])
ent(O, "Capital Digital Media", doc=[D5])
ent(O, "Uasin Gishu County Assembly", "County Assembly", doc=[D5])
ent(O, "World Bank", doc=[D5])
ent(O, "Eldoret Market Traders Association", doc=[D5])
ent(O, "Kenya National Chamber of Commerce and Industry", "KNCCI", doc=[D5])
ent(O, "Moi University", doc=[D5])
ent(C, "Kenya", doc=[D5])
ent(PL, "Eldoret", doc=[D5])
ent(PL, "Kapsoya", doc=[D5])
ent(PL, "Uasin Gishu", doc=[D5])
ent(PL, "Langas", doc=[D5])
ent(PL, "Kitale", doc=[D5])
ent(PL, "Kisumu", doc=[D5])

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})

# D1
q(D1, "Celestino Abarquez", "This so-called reserve has no legal effect whatsoever")
q(D1, "Celestino Abarquez", "We will not ask anybody's permission to sail in our own waters")
q(D1, "Celestino Abarquez", "Our fishermen will go where they have always gone")
q(D1, "Rodel Manansala", "They told our crew to leave within 30 minutes")
q(D1, "National Maritime Council", "Every Filipino vessel in the area is there lawfully")
q(D1, "Rolando Bacud", "If they close Escoda, where do we go?")
q(D1, "Lu Hanwen", "Xianbin Jiao is part of China's Nansha Qundao")
q(D1, "Kenjiro Ueda", "Japan opposes any unilateral attempt to change the status quo")
q(D1, "Daniel Whitcombe", "The United States does not recognize China's claim to Sabina Shoal")
q(D1, "Chhum Sovannara", "Cambodia respects the position of China on this question")
q(D1, "Luisito Dimaculangan", "We have filed more than 200 protests since 2016")
q(D1, "Teresita Gavino", "It is the same playbook")
q(D1, "Celestino Abarquez", "We are not alone in this")
q(D1, "Department of Foreign Affairs", "Beijing 'reserve' at Escoda Shoal has no legal effect", "optional")
q(D1, "Lu Hanwen", "illegally intruding", "optional")
q(D1, "Lu Hanwen", "stop provoking", "optional")
q(D1, "Nguyen Thi Minh Chau", "a serious violation of Vietnam's sovereignty", "optional")
q(D1, "Arnel Santiago", "studying", "optional")
# D2
q(D2, "Nazmul Karim Chowdhury", "Bangladesh respects the sovereignty and territorial integrity of Myanmar")
q(D2, "Nazmul Karim Chowdhury", "We deal with whoever is on the other side of the border")
q(D2, "Nazmul Karim Chowdhury", "No arrangement in Rakhine can be acceptable to us")
q(D2, "Arvind Menon", "India regards Rakhine as an integral part of Myanmar")
q(D2, "Guo Weiping", "China firmly supports Myanmar in safeguarding its sovereignty")
q(D2, "Kyaw Thet Naing", "Rakhine State is and will remain part of the Union of Myanmar")
q(D2, "Khaing Min Thein", "We did not ask Naypyitaw for permission")
q(D2, "Mohammad Zubair", "The AA burned our villages in Buthidaung")
q(D2, "Ashikur Rahman", "There is no unusual movement so far")
q(D2, "Farzana Sultana", "The AA is the reality on our border")
q(D2, "Farzana Sultana", "Quiet engagement is the only option")
q(D2, "Thai foreign ministry", "all parties", "optional")
q(D2, "Khaing Min Thein", "welcomes", "optional")
# D3
q(D3, "Lama al-Khatib", "The Syrian Arab Republic will not give up a single inch of Jabal al-Sheikh")
q(D3, "Lama al-Khatib", "We call on the Security Council to shoulder its responsibilities")
q(D3, "Ahmad al-Nimri", "Jordan stands with Syria in its sovereignty over all of its territory")
q(D3, "Ahmet Kerem Yavuz", "This bill is a new example of Israel's expansionist policy")
q(D3, "Oren Mizrahi", "The Hermon is the eyes of the State of Israel")
q(D3, "Ingrid Solheim", "Any presence of armed forces in the area of separation")
q(D3, "Ingrid Solheim", "UNDOF continues to inform the Security Council of all violations")
q(D3, "Khaled al-Shaar", "They closed the road to our orchards two months ago")
q(D3, "Nawaf Abu Saleh", "We were told the occupation was temporary")
q(D3, "Amer al-Mousa", "People here need support to stay on their land")
q(D3, "Rami Haddad", "Israel is using the summit as a bargaining chip")
q(D3, "Syrian Ministry of Foreign Affairs and Expatriates", "an attempt to legalise occupation", "optional")
q(D3, "Saudi Ministry of Foreign Affairs", "continued Israeli violations", "optional")
q(D3, "United Nations Disengagement Observer Force", "concerned", "optional")
# D4
q(D4, "Abdelkrim Boutayeb", "We are not calling for war")
q(D4, "Abdelkrim Boutayeb", "The convention was signed in 1972 in very particular circumstances")
q(D4, "Karim Tazi-Alaoui", "Morocco signed the convention, ratified it")
q(D4, "Lyes Benhamouda", "Tindouf is Algerian and will remain Algerian")
q(D4, "Sidi Ould Bah", "Mauritania calls on its brothers in Morocco and Algeria")
q(D4, "Claire Vautrin", "The 1972 convention is a closed chapter")
q(D4, "Samira El Haddaoui", "This is a populist move")
q(D4, "Nadia Cherkaoui", "Legally, it is closed")
q(D4, "Nadia Cherkaoui", "The Bureau of the House will most likely keep it in a drawer")
q(D4, "Abdelkrim Boutayeb", "We will defend it in committee")
q(D4, "Istiqlal Party", "file of the eastern Sahara", "optional")
q(D4, "Istiqlal Party", "assess the legal and historical rights of the Kingdom", "optional")
q(D4, "Karim Tazi-Alaoui", "Nothing to reopen", "optional")
q(D4, "Karim Tazi-Alaoui", "does not answer hypothetical questions", "optional")
q(D4, "Lyes Benhamouda", "a dangerous provocation", "optional")
q(D4, "Lyes Benhamouda", "took note", "optional")
# D5
q(D5, "Paul Kiprono Rotich", "This market was built for 600 traders")
q(D5, "Paul Kiprono Rotich", "No trader who is on our register today will lose a stall")
q(D5, "Esther Jepchirchir Kiptoo", "We have counted every trader, stall by stall")
q(D5, "Peter Omondi Ouma", "Kapsoya is six kilometres from the town centre")
q(D5, "Dennis Kibet", "My people in Kapsoya are ready to receive the traders")
q(D5, "Mary Wanjiru Kamau", "We have heard promises before")
q(D5, "John Kamau", "A butcher cannot work without a cold room")
q(D5, "Hillary Kipsang", "If the rent is too high, the new stalls will go to middlemen")
q(D5, "Caroline Chebet", "Temporary markets in Kenya have a way of becoming permanent")
q(D5, "Esther Jepchirchir Kiptoo", "The traders will be our eyes on the site")

UNATTR = ["reserve", "marine ecological reserve", "law enforcement", "government"]

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
SAB = ["Escoda Shoal", "Sabina Shoal", "Xianbin Jiao"]
ARK = ["Arakan", "Rakhine", "Rakhine State"]
HER = ["Mount Hermon", "Jabal al-Sheikh", "Hermon"]
TIN = ["Tindouf"]
# D1
st(D1, "Philippines", N, SAB, "Manila does not recognize the Chinese declaration", "optional")
st(D1, "China", R, SAB, "Xianbin Jiao is part of China's Nansha Qundao", "optional")
st(D1, "Vietnam", N, SAB, "Vietnam does not recognize the Chinese reserve")
st(D1, "Japan", N, SAB, "Tokyo considers the declaration illegal")
st(D1, "United States", N, SAB, "The United States does not recognize China's claim to Sabina Shoal")
st(D1, "Australia", N, SAB, "Australia does not recognize the reserve either")
st(D1, "Cambodia", R, SAB, "Cambodia said it supports China's sovereignty over Xianbin Jiao")
# D2
st(D2, "Bangladesh", N, ARK, "Bangladesh does not recognise the so-called Arakan People's Government")
st(D2, "India", N, ARK, "India regards Rakhine as an integral part of Myanmar")
st(D2, "China", N, ARK, "China does not recognise the declaration")
st(D2, "Thailand", N, ARK, "Neither does Thailand")
st(D2, "Myanmar", N, ARK, "Rakhine State is and will remain part of the Union of Myanmar", "optional")
# D3
st(D3, "Jordan", N, HER, "Jordan considers the bill null and void")
st(D3, "Saudi Arabia", N, HER, "Saudi Arabia regards Jabal al-Sheikh as occupied Syrian territory")
st(D3, "Turkey", N, HER, "Ankara does not recognise any Israeli sovereignty over the mountain")
st(D3, "Qatar", N, HER, "Qatar and Egypt issued similar statements, saying they do not recognise")
st(D3, "Egypt", N, HER, "Qatar and Egypt issued similar statements, saying they do not recognise")
st(D3, "Syria", N, HER, "will not give up a single inch of Jabal al-Sheikh", "optional")
# D4
st(D4, "Morocco", R, TIN, "Morocco recognises Algerian sovereignty over Tindouf")
st(D4, "Mauritania", R, TIN, "Nouakchott regards Tindouf as part of Algeria")
st(D4, "France", R, TIN, "France recognises Algerian sovereignty over Tindouf")
st(D4, "Spain", R, TIN, "And so does Madrid")
st(D4, "Algeria", R, TIN, "Tindouf is Algerian and will remain Algerian", "optional")

NEG = [
    {"docs": [D1], "country": "Malaysia", "territory": "Sabina Shoal", "why": "question",
     "evidence": "Asked whether Malaysia would recognize the reserve"},
    {"docs": [D1], "country": "Association of Southeast Asian Nations", "territory": "Sabina Shoal",
     "why": "not a country; no position", "evidence": "has never taken a position on sovereignty over the shoal"},
    {"docs": [D2], "country": "Bangladesh", "territory": "Arakan", "why": "hypothetical question",
     "evidence": "Asked whether Dhaka would recognise an Arakan state if the junta in Naypyitaw collapsed"},
    {"docs": [D2], "country": "United Nations", "territory": "Arakan", "why": "not a country",
     "evidence": "The United Nations does not recognise the administration"},
    {"docs": [D3], "country": "United States", "territory": "Mount Hermon", "why": "is expected to recognise",
     "evidence": "Washington is expected to recognise the move"},
    {"docs": [D3], "country": "Russia", "territory": "Mount Hermon", "why": "question",
     "evidence": "Whether Russia, which kept military police near the area until 2024, would object is unclear"},
    {"docs": [D4], "country": "Istiqlal Party", "territory": "Tindouf", "why": "not a country (a party)",
     "evidence": "The Istiqlal Party itself does not recognise the 1972 border"},
    {"docs": [D4], "country": "Morocco", "territory": "Tindouf", "why": "hypothetical question",
     "evidence": "Asked whether Rabat would ever withdraw from the convention"},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})
# D1
pos(D1, "Celestino Abarquez", ["Foreign Affairs Secretary", "Secretary"], ["Department of Foreign Affairs", "DFA", "Philippines"],
    "Foreign Affairs Secretary Celestino Abarquez")
pos(D1, "Rodel Manansala", ["spokesman"], ["Philippine Coast Guard", "PCG"], "PCG spokesman for the West Philippine Sea")
pos(D1, "Rodel Manansala", ["Commodore"], [], "Commodore Rodel Manansala")
pos(D1, "Lu Hanwen", ["spokesman"], ["Chinese Foreign Ministry", "China"], "Chinese Foreign Ministry spokesman Lu Hanwen")
pos(D1, "Nguyen Thi Minh Chau", ["spokeswoman"], ["Foreign Ministry", "Vietnam"], "Foreign Ministry spokeswoman Nguyen Thi Minh Chau")
pos(D1, "Kenjiro Ueda", ["Ambassador"], ["Japan", "Philippines"], "Japanese Ambassador to the Philippines Kenjiro Ueda")
pos(D1, "Daniel Whitcombe", ["spokesman"], ["State Department"], "State Department spokesman Daniel Whitcombe")
pos(D1, "Chhum Sovannara", ["spokesman"], ["Cambodian Foreign Ministry", "Foreign Ministry", "Cambodia"], "Cambodian Foreign Ministry spokesman Chhum Sovannara")
pos(D1, "Luisito Dimaculangan", ["Senator", "Sen"], ["Senate"], "Sen. Luisito Dimaculangan")
pos(D1, "Luisito Dimaculangan", ["chairman"], ["committee on foreign relations", "Senate"],
    "chairman of the committee on foreign relations")
pos(D1, "Arnel Santiago", ["Undersecretary"], ["Department of National Defense", "Defense"], "Defense Undersecretary Arnel Santiago")
pos(D1, "Teresita Gavino", ["Prof", "professor", "teaches maritime law"], ["University of the Philippines"],
    "Prof. Teresita Gavino")
pos(D1, "Teresita Gavino", ["legal adviser", "adviser"], ["Department of Foreign Affairs", "DFA"],
    "a former legal adviser to the DFA", former=True)
# D2
pos(D2, "Nazmul Karim Chowdhury", ["Foreign Minister", "minister"], ["Bangladesh"], "Foreign Minister Nazmul Karim Chowdhury")
pos(D2, "Arvind Menon", ["spokesperson"], ["External Affairs Ministry", "India"], "External Affairs Ministry spokesperson Arvind Menon")
pos(D2, "Guo Weiping", ["spokesperson"], ["Chinese Foreign Ministry", "China"], "Chinese Foreign Ministry spokesperson Guo Weiping")
pos(D2, "Kyaw Thet Naing", ["spokesman"], ["State Security and Peace Commission"],
    "a spokesman for the State Security and Peace Commission")
pos(D2, "Kyaw Thet Naing", ["Brig Gen", "brigadier general"], [], "Brig Gen Kyaw Thet Naing")
pos(D2, "U Thein Zaw Lwin", ["ambassador"], [], "The junta's ambassador in Dhaka, U Thein Zaw Lwin")
pos(D2, "Mahbubur Rahman Talukder", ["Foreign Secretary"], [], "Foreign Secretary Mahbubur Rahman Talukder")
pos(D2, "Mahbubur Rahman Talukder", ["ambassador"], ["Myanmar"], "a former ambassador to Myanmar", former=True)
pos(D2, "Khaing Min Thein", ["spokesman"], ["United League of Arakan", "ULA"], "ULA spokesman Khaing Min Thein")
pos(D2, "Mohammad Zubair", ["community leader"], [], "a community leader in the Kutupalong camp")
pos(D2, "Ashikur Rahman", ["commanding officer"], ["Border Guard Bangladesh", "BGB"],
    "commanding officer of the BGB's Teknaf battalion")
pos(D2, "Ashikur Rahman", ["Lt Col", "lieutenant colonel"], [], "Lt Col Ashikur Rahman")
pos(D2, "Farzana Sultana", ["Prof", "professor"], ["Department of International Relations", "University of Dhaka"],
    "Prof Farzana Sultana of the Department of International Relations at the University of Dhaka")
# D3
pos(D3, "Lama al-Khatib", ["spokesperson"], ["Syrian Ministry of Foreign Affairs and Expatriates", "Ministry of Foreign Affairs and Expatriates"],
    "ministry spokesperson Lama al-Khatib")
pos(D3, "Ahmad al-Nimri", ["spokesperson"], ["Jordanian Ministry of Foreign Affairs", "Ministry of Foreign Affairs"],
    "ministry spokesperson Ahmad al-Nimri")
pos(D3, "Ahmet Kerem Yavuz", ["spokesperson"], ["Turkish Foreign Ministry"], "Turkish Foreign Ministry spokesperson Ahmet Kerem Yavuz")
pos(D3, "Oren Mizrahi", ["Knesset member", "member"], ["Knesset"], "Knesset member Oren Mizrahi")
pos(D3, "Ingrid Solheim", ["spokesperson"], ["UNDOF", "United Nations Disengagement Observer Force"], "UNDOF spokesperson Ingrid Solheim")
pos(D3, "Nawaf Abu Saleh", ["member"], ["local council", "Hader"], "a member of the local council in the village of Hader")
pos(D3, "Amer al-Mousa", ["governor"], ["Quneitra"], "The governor of Quneitra, Amer al-Mousa")
pos(D3, "Rami Haddad", ["researcher"], ["Omran Center for Strategic Studies"],
    "a researcher at the Omran Center for Strategic Studies")
pos(D3, "Rami Haddad", ["diplomat"], ["Syria", "Syrian"], "a former Syrian diplomat", former=True)
# D4
pos(D4, "Abdelkrim Boutayeb", ["MP"], ["Errachidia"], "Abdelkrim Boutayeb, MP for Errachidia")
pos(D4, "Abdelkrim Boutayeb", ["mayor"], ["Errachidia"], "a former mayor of the town", former=True)
pos(D4, "Karim Tazi-Alaoui", ["Government spokesperson", "spokesperson"], [], "Government spokesperson Karim Tazi-Alaoui")
pos(D4, "Lyes Benhamouda", ["spokesperson"], ["Ministry of Foreign Affairs and the National Community Abroad"],
    "ministry spokesperson Lyes Benhamouda")
pos(D4, "Sidi Ould Bah", ["Foreign Minister"], ["Mauritania"], "Mauritanian Foreign Minister Sidi Ould Bah")
pos(D4, "Claire Vautrin", ["deputy spokesperson"], ["French Foreign Ministry"],
    "French Foreign Ministry deputy spokesperson Claire Vautrin")
pos(D4, "Samira El Haddaoui", ["MP"], ["Authenticity and Modernity Party", "PAM"],
    "an MP from the Authenticity and Modernity Party (PAM)")
pos(D4, "Nadia Cherkaoui", ["professor"], ["Mohammed V University"],
    "professor of contemporary history at Mohammed V University")
# D5
pos(D5, "Paul Kiprono Rotich", ["Governor"], [], "Governor Paul Kiprono Rotich")
pos(D5, "Esther Jepchirchir Kiptoo", ["County Executive Committee Member", "CEC Member"], [],
    "County Executive Committee Member for Trade, Industrialisation and Cooperatives Esther Jepchirchir Kiptoo")
pos(D5, "Peter Omondi Ouma", ["MCA"], ["Langas"], "Langas Ward MCA and Minority Leader Peter Omondi Ouma")
pos(D5, "Peter Omondi Ouma", ["Minority Leader"], [], "Minority Leader Peter Omondi Ouma")
pos(D5, "Dennis Kibet", ["MCA"], ["Kapsoya"], "Kapsoya Ward MCA Dennis Kibet")
pos(D5, "Isaac Kosgei", ["Speaker"], ["Uasin Gishu County Assembly", "Assembly"], "Assembly Speaker Isaac Kosgei")
pos(D5, "Isaac Kosgei", ["town clerk", "clerk"], ["Eldoret"], "a former town clerk of Eldoret", former=True)
pos(D5, "Mary Wanjiru Kamau", ["chairperson"], ["Eldoret Market Traders Association"],
    "chairperson of the Eldoret Market Traders Association")
pos(D5, "Hillary Kipsang", ["chairman"], ["Kenya National Chamber of Commerce and Industry", "KNCCI"],
    "chairman of the Kenya National Chamber of Commerce and Industry (KNCCI) Uasin Gishu chapter")
pos(D5, "Caroline Chebet", ["lecturer", "Dr"], ["Moi University"], "a lecturer in urban planning at Moi University")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})
rel(D1, "Philippines", "memberOf", "Association of Southeast Asian Nations",
    "ASEAN, of which the Philippines, Vietnam, Cambodia and Malaysia are all members")
rel(D1, "Vietnam", "memberOf", "Association of Southeast Asian Nations",
    "ASEAN, of which the Philippines, Vietnam, Cambodia and Malaysia are all members")
rel(D1, "Cambodia", "memberOf", "Association of Southeast Asian Nations",
    "ASEAN, of which the Philippines, Vietnam, Cambodia and Malaysia are all members")
rel(D1, "Malaysia", "memberOf", "Association of Southeast Asian Nations",
    "ASEAN, of which the Philippines, Vietnam, Cambodia and Malaysia are all members")
rel(D1, "Malaysian Embassy", "locatedIn", "Manila", "the Malaysian Embassy in Manila")
rel(D2, "Bangladesh", "sharesBorderWith", "Myanmar", "Bangladesh shares a 271-kilometre border with Myanmar")
rel(D2, "Bangladesh", "sharesBorderWith", "Arakan", "all of it with Rakhine and Chin states")
rel(D2, "Bangladesh", "sharesBorderWith", "Chin", "all of it with Rakhine and Chin states")
rel(D2, "Thai foreign ministry", "locatedIn", "Bangkok", "the Thai foreign ministry in Bangkok")
rel(D2, "Arakan Army", "memberOf", "Three Brotherhood Alliance", "The AA is a member of the Three Brotherhood Alliance")
rel(D3, "Syria", "sharesBorderWith", "Lebanon", "straddles the border between Syria and Lebanon")
rel(D3, "Israel", "annexed", "Golan Heights", "Israel annexed the Golan Heights in 1981")
rel(D3, "Oren Mizrahi", "memberOf", "Likud", "Knesset member Oren Mizrahi of the Likud party")
rel(D4, "Morocco", "sharesBorderWith", "Algeria", "Morocco and Algeria share a land border")
rel(D4, "Mauritania", "sharesBorderWith", "Algeria", "Mauritania, which borders Algeria")
rel(D4, "Béchar", "locatedIn", "Algeria", "two towns in south-western Algeria")
rel(D4, "Tindouf", "locatedIn", "Algeria", "two towns in south-western Algeria")
rel(D4, "Mohammed V University", "locatedIn", "Rabat", "Mohammed V University in Rabat")
rel(D4, "Samira El Haddaoui", "memberOf", "Authenticity and Modernity Party",
    "an MP from the Authenticity and Modernity Party (PAM)")
rel(D5, "Mary Wanjiru Kamau", "spouse", "John Kamau", "her husband, John Kamau")

NOT_PERSON = ["Filipino", "Chinese", "Japanese", "Cambodian", "Malaysian", "Philippine", "Escoda", "BRP Cabra",
              "Cabra", "West Philippine Sea", "amihan", "Rohingya", "Mrauk U", "Teknaf", "Kaladan", "Naf River",
              "Arakan", "Enab Baladi", "Jabal al-Sheikh", "Beit Jinn", "Hader", "Quneitra", "Likud", "Knesset",
              "Istiqlal", "Béchar", "Kingdom", "Tindouf", "Yabiladi", "Eldoret", "Kapsoya", "Langas",
              "Uasin Gishu", "mama mboga", "CFM NEWS", "Capital News", "Sabina Shoal", "Xianbin Jiao",
              "Nansha Qundao", "Cox's Bazar", "Omran Center for Strategic Studies", "Mohammed V University",
              "Moi University"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
