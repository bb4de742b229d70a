"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_nationthailand_pattani.txt", "02_chimpreports_nuba_mountains.txt", "03_royanews_hadhramaut.txt",
                      "04_scroll_nagalim.txt", "05_dailynews_morogoro_market.txt")
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

# ---------------- D1 ----------------
ent(O, "The Nation", "nationthailand", doc=[D1])
ent(O, "Nation Group (Thailand) Public Company Limited", "Nation Group", doc=[D1])
ent(P, "Chanin Wongsakul", "Chanin", doc=[D1])
ent(P, "Thanawat Sukprasert", doc=[D1])
ent(P, "Abdulloh Mahama", "Mahama", doc=[D1])
ent(P, "Hafiz Rahman", "Hafiz", doc=[D1])
ent(P, "Rina Kusumawardani", "Kusumawardani", doc=[D1])
ent(P, "Jirayu Phromsiri", "Jirayu", doc=[D1])
ent(P, "Kittisak Sangthong", "Kittisak", doc=[D1])
ent(P, "Sakda Yusoh", "Sakda", doc=[D1])
ent(P, "Areeya Samae", "Areeya", doc=[D1])
ent(P, "Pongsak Raksasat", "Pongsak", doc=[D1])
ent(O, "Patani Darussalam Provisional Council", doc=[D1])
ent(O, "Indonesian Foreign Ministry", doc=[D1])
ent(O, "Organisation of Islamic Cooperation", "OIC", doc=[D1])
ent(O, "National Security Council", doc=[D1])
ent(O, "Fourth Army Region", doc=[D1])
ent(O, "Thai PBS", doc=[D1])
ent(O, "Prince of Songkla University", doc=[D1])
ent(O, "Facebook", doc=[D1])
ent(O, "BRN", doc=[D1])
ent(C, "Thailand", "Bangkok", "Kingdom of Thailand", doc=[D1])
ent(C, "Malaysia", "Putrajaya", doc=[D1])
ent(C, "Indonesia", "Jakarta", doc=[D1])
ent(C, "Singapore", doc=[D1])
ent(C, "Brunei", doc=[D1])
ent(C, "Philippines", "The Philippines", doc=[D1])
ent(C, "Turkey", "Ankara", doc=[D1])
ent(T, "Patani Darussalam", "Patani", doc=[D1])
ent(PL, "Pattani", doc=[D1])
ent(PL, "Yala", doc=[D1])
ent(PL, "Narathiwat", doc=[D1])
ent(PL, "Songkhla", doc=[D1])
ent(PL, "Istanbul", doc=[D1])

q(D1, "Chanin Wongsakul", "The Kingdom of Thailand is one and indivisible under the Constitution")
q(D1, "Chanin Wongsakul", "This declaration was written abroad by people who do not represent the people of the South")
q(D1, "Abdulloh Mahama", "From today the people of Patani decide their own future")
q(D1, "Patani Darussalam Provisional Council", "claims all land of the historic sultanate", "optional")
q(D1, "Hafiz Rahman", "does not recognise and has no dealings with", "optional")
q(D1, "Hafiz Rahman", "Malaysia respects the sovereignty and territorial integrity of Thailand")
q(D1, "Rina Kusumawardani", "Indonesia considers this so-called declaration illegal and void under international law")
q(D1, "Chanin Wongsakul", "firm assurances", "optional")
q(D1, "Chanin Wongsakul", "If any government were to recognise this group, we would review our relations")
q(D1, "Organisation of Islamic Cooperation", "studying the statement", "optional")
q(D1, "Jirayu Phromsiri", "The Prime Minister has ordered all agencies to work together")
q(D1, "Jirayu Phromsiri", "Schools and markets will stay open")
q(D1, "Sakda Yusoh", "We have seen no unusual movement on the ground")
q(D1, "Areeya Samae", "This group has very little support inside the country")
q(D1, "Areeya Samae", "But the government should not overreact, because overreaction is exactly what they want")
q(D1, "Pongsak Raksasat", "The answer to a video is a dialogue table, not a checkpoint")
UNATTR += ["Patani Darussalam", "independent state"]

st(D1, "Thailand", N, ["Patani Darussalam", "Patani"], "Thailand will not recognise a so-called")
st(D1, "Malaysia", N, ["Patani Darussalam", "Patani"], "does not recognise and has no dealings with")
st(D1, "Indonesia", N, ["Patani Darussalam", "Patani"], "Indonesia considers this so-called declaration illegal")
st(D1, "Singapore", N, ["Patani Darussalam", "Patani"], "Singapore said on Wednesday morning that it would not recognise the entity")
st(D1, "Brunei", N, ["Patani Darussalam", "Patani"], "and so did Brunei")
NEG += [{"docs": [D1], "country": "Turkey", "territory": "Patani Darussalam", "why": "question",
         "evidence": "Asked whether Turkey might recognise the council"},
        {"docs": [D1], "country": "Philippines", "territory": "Patani Darussalam", "why": "expected, no stance",
         "evidence": "The Philippines is expected to issue a similar statement"},
        {"docs": [D1], "country": "Organisation of Islamic Cooperation", "territory": "Patani Darussalam",
         "why": "international body, no stance", "evidence": "said it was \"studying the statement\""}]

pos(D1, "Chanin Wongsakul", ["Foreign Minister"], [], "Foreign Minister Chanin Wongsakul")
pos(D1, "Abdulloh Mahama", ["president"], ["Patani Darussalam Provisional Council"], "Its self-styled president, Abdulloh Mahama")
pos(D1, "Hafiz Rahman", ["Foreign Minister"], [], "Foreign Minister Datuk Seri Hafiz Rahman")
pos(D1, "Rina Kusumawardani", ["spokesperson"], ["Indonesian Foreign Ministry", "Indonesia"], "Indonesian Foreign Ministry spokesperson Rina Kusumawardani")
pos(D1, "Jirayu Phromsiri", ["Government spokesman", "spokesman"], [], "Government spokesman Jirayu Phromsiri")
pos(D1, "Kittisak Sangthong", ["Prime Minister"], [], "Prime Minister Kittisak Sangthong")
pos(D1, "Sakda Yusoh", ["commander"], ["Fourth Army Region"], "Lt Gen Sakda Yusoh, commander of the Fourth Army Region")
pos(D1, "Areeya Samae", ["political scientist"], ["Prince of Songkla University"], "a political scientist at Prince of Songkla University")
pos(D1, "Pongsak Raksasat", ["secretary-general"], ["National Security Council"], "Former national security council secretary-general Pongsak Raksasat", former=True)

rel(D1, "Malaysia", "sharesBorderWith", "Thailand", "Malaysia, which shares a long land border with Thailand")
rel(D1, "Prince of Songkla University", "locatedIn", "Pattani", "Prince of Songkla University in Pattani")
rel(D1, "Patani Darussalam Provisional Council", "claims", "Pattani", "claiming the provinces of Pattani, Yala and Narathiwat")
rel(D1, "Patani Darussalam Provisional Council", "claims", "Yala", "claiming the provinces of Pattani, Yala and Narathiwat")
rel(D1, "Patani Darussalam Provisional Council", "claims", "Narathiwat", "claiming the provinces of Pattani, Yala and Narathiwat")

# ---------------- D2 ----------------
ent(O, "ChimpReports", doc=[D2])
ent(P, "Brian Tumusiime Kasozi", "Kasozi", doc=[D2])
ent(P, "Denis Ochieng", "Ochieng", doc=[D2])
ent(P, "Peter Oryem Ocaya", "Oryem", doc=[D2])
ent(P, "Kuku Tutu Kafi", "Kafi", doc=[D2])
ent(P, "Hisham Abdelrahim Osman", doc=[D2])
ent(P, "Grace Wanjiru Muriuki", "Muriuki", doc=[D2])
ent(P, "Deng Malual Akech", "Akech", doc=[D2])
ent(P, "Yousif Kuku Tiya", "Tiya", doc=[D2])
ent(P, "Stella Nabukenya", "Nabukenya", doc=[D2])
ent(O, "Sudan People's Liberation Movement-North", "SPLM-N", doc=[D2])
ent(O, "Ministry of Foreign Affairs", doc=[D2])
ent(O, "African Union", doc=[D2])
ent(O, "African Union Commission", doc=[D2])
ent(O, "Intergovernmental Authority on Development", "IGAD", doc=[D2])
ent(O, "Makerere University", doc=[D2])
ent(C, "Uganda", "Kampala", doc=[D2])
ent(C, "Sudan", "Khartoum", "Republic of the Sudan", doc=[D2])
ent(C, "Kenya", "Nairobi", doc=[D2])
ent(C, "South Sudan", "Juba", doc=[D2])
ent(C, "Ethiopia", doc=[D2])
ent(C, "Egypt", doc=[D2, D3])
ent(T, "Nuba Mountains", "Nuba Mountains Self-Governing Territory", doc=[D2])
ent(PL, "South Kordofan", doc=[D2])
ent(PL, "Kauda", doc=[D2])
ent(PL, "Kiryandongo", doc=[D2])
ent(PL, "Kadugli", doc=[D2])
ent(PL, "Bunyoro", doc=[D2])
ent(PL, "Port Sudan", doc=[D2])

q(D2, "Peter Oryem Ocaya", "Uganda does not recognise this so-called government of the Nuba Mountains")
q(D2, "Peter Oryem Ocaya", "We have received delegations from both sides in the past")
q(D2, "Kuku Tutu Kafi", "The people of the Nuba Mountains have waited seventy years for justice")
q(D2, "Sudan", "criminal conspiracy", "optional")
q(D2, "Hisham Abdelrahim Osman", "considers the declaration null and void and regards the Nuba Mountains", "optional")
q(D2, "Grace Wanjiru Muriuki", "stand with the territorial integrity of Sudan as we have always done", "optional")
q(D2, "Grace Wanjiru Muriuki", "Kenya will not recognise any administration created by the barrel of the gun")
q(D2, "Grace Wanjiru Muriuki", "Our doors remain open for talks, in Nairobi or anywhere else")
q(D2, "Deng Malual Akech", "cannot close its eyes", "optional")
q(D2, "Deng Malual Akech", "Juba has relatives on both sides of that border")
q(D2, "African Union Commission", "does not recognise\" unconstitutional", "optional")
q(D2, "Peter Oryem Ocaya", "too early to talk about referendums", "optional")
q(D2, "Yousif Kuku Tiya", "We don't care about flags. We want our people to stop dying")
q(D2, "Yousif Kuku Tiya", "Every week new families arrive with nothing")
q(D2, "Stella Nabukenya", "No government in this region will recognise a breakaway administration")
UNATTR += ["Government", "Nuba Mountains Self-Governing Territory"]

NM = ["Nuba Mountains"]
st(D2, "Uganda", N, NM, "Uganda will not recognise the self-declared government of the Nuba Mountains")
st(D2, "Sudan", N, NM, "considers the declaration null and void")
st(D2, "Kenya", N, NM, "Kenya also refuses to recognise the entity")
st(D2, "South Sudan", N, NM, "his country regards the Nuba Mountains as part of Sudan")
st(D2, "Ethiopia", N, NM, "Ethiopia and Egypt issued a joint statement on Sunday night saying they would not recognise the proclaimed territory")
st(D2, "Egypt", N, NM, "Ethiopia and Egypt issued a joint statement on Sunday night saying they would not recognise the proclaimed territory")
NEG += [{"docs": [D2], "country": "Uganda", "territory": "Nuba Mountains", "why": "question with hypothetical",
         "evidence": "Asked whether Uganda could ever recognise the Nuba Mountains if a referendum were held there"},
        {"docs": [D2], "country": "African Union Commission", "territory": "Nuba Mountains", "why": "international body",
         "evidence": "The African Union Commission said it \"does not recognise\""}]

pos(D2, "Peter Oryem Ocaya", ["State Minister for Regional Cooperation", "State Minister"], [], "State Minister for Regional Cooperation Hon. Peter Oryem Ocaya")
pos(D2, "Kuku Tutu Kafi", ["chairman"], ["Sudan People's Liberation Movement-North", "SPLM-N"], "SPLM-N chairman Gen. Kuku Tutu Kafi")
pos(D2, "Hisham Abdelrahim Osman", ["Foreign Affairs Minister"], [], "Foreign Affairs Minister Dr Hisham Abdelrahim Osman")
pos(D2, "Grace Wanjiru Muriuki", ["Principal Secretary"], ["Kenya", "Nairobi"], "Nairobi's Foreign and Diaspora Affairs Principal Secretary, Amb. Grace Wanjiru Muriuki")
pos(D2, "Deng Malual Akech", ["Presidential Affairs Minister", "Minister"], [], "Presidential Affairs Minister Hon. Deng Malual Akech")
pos(D2, "Yousif Kuku Tiya", ["community leader"], [], "community leader Mr Yousif Kuku Tiya")
pos(D2, "Stella Nabukenya", ["lecturer"], ["Makerere University"], "Dr Stella Nabukenya, a lecturer in international relations at Makerere University")
pos(D2, "Brian Tumusiime Kasozi", ["senior reporter", "reporter"], ["ChimpReports"], "The author, Brian Tumusiime Kasozi, is a senior reporter at ChimpReports")

rel(D2, "South Sudan", "sharesBorderWith", "Sudan", "South Sudan, whose border with Sudan runs")
rel(D2, "Kiryandongo", "locatedIn", "Uganda", "Kiryandongo settlement in western Uganda")
rel(D2, "Kiryandongo", "locatedIn", "Bunyoro", "Kiryandongo is located in Bunyoro sub-region")

# ---------------- D3 ----------------
ent(O, "Roya News", "Roya", doc=[D3])
ent(O, "AFP", doc=[D3])
ent(O, "Ministry of Foreign Affairs and Expatriates", doc=[D3])
ent(O, "Petra", doc=[D3])
ent(O, "Hadramout Inclusive Conference", doc=[D3])
ent(O, "Presidential Leadership Council", doc=[D3])
ent(O, "Al Arabiya", doc=[D3])
ent(O, "Gulf Cooperation Council", "GCC", doc=[D3])
ent(O, "Arab League", doc=[D3])
ent(O, "United Nations", doc=[D3])
ent(O, "Southern Transitional Council", "STC", doc=[D3])
ent(O, "University of Jordan", doc=[D3])
ent(P, "Fuad Haddadin", "Haddadin", doc=[D3])
ent(P, "Salem Ba Abbad", "Ba Abbad", doc=[D3])
ent(P, "Adel Al-Mutairi", "Al-Mutairi", doc=[D3])
ent(P, "Nabil Hashem Al-Sharif", "Al-Sharif", doc=[D3])
ent(P, "Faraj Al-Kathiri", "Al-Kathiri", doc=[D3])
ent(P, "Ali Al-Kindi", "Al-Kindi", doc=[D3])
ent(P, "Reem Al-Tarawneh", "Al-Tarawneh", doc=[D3])
ent(C, "Jordan", doc=[D3])
ent(C, "Yemen", "Republic of Yemen", doc=[D3])
ent(C, "Saudi Arabia", "Riyadh", doc=[D3])
ent(C, "Oman", "Muscat", doc=[D3])
ent(C, "Kuwait", doc=[D3])
ent(C, "Qatar", doc=[D3])
ent(C, "Bahrain", doc=[D3])
ent(C, "United Arab Emirates", "UAE", doc=[D3])
ent(T, "Palestine", doc=[D3])
ent(T, "State of Hadramout", "Hadramout", doc=[D3])
ent(PL, "Mukalla", doc=[D3])
ent(PL, "Al-Mahra", doc=[D3])
ent(PL, "Shabwa", doc=[D3])
ent(PL, "Aden", doc=[D3])
ent(PL, "Sanaa", doc=[D3])

q(D3, "Fuad Haddadin", "stands with the unity, sovereignty and territorial integrity of the Republic of Yemen", "optional")
q(D3, "Fuad Haddadin", "Jordan rejects any unilateral step that threatens the unity of Yemen")
q(D3, "Fuad Haddadin", "The Kingdom calls on all Yemeni parties to return to dialogue")
q(D3, "Salem Ba Abbad", "Hadramout was a state before and it will be a state again")
q(D3, "Salem Ba Abbad", "We claim every valley and every wave of our coast")
q(D3, "Adel Al-Mutairi", "refuses to recognise", "optional")
q(D3, "Adel Al-Mutairi", "The Kingdom will not deal with any body that claims to represent a separate state")
q(D3, "Adel Al-Mutairi", "Our support goes to the legitimate government in Aden")
q(D3, "Oman", "considers the so-called State of Hadramout illegal", "optional")
q(D3, "Bahrain", "all Saudi efforts", "optional")
q(D3, "Arab League", "with great concern", "optional")
q(D3, "Nabil Hashem Al-Sharif", "The League supports the unity of Yemen and its legitimate institutions")
q(D3, "Presidential Leadership Council", "a coup against the state", "optional")
q(D3, "Faraj Al-Kathiri", "I am a son of Hadramout")
q(D3, "Faraj Al-Kathiri", "Aden and Sanaa and Mukalla are one country")
q(D3, "Ali Al-Kindi", "is part of the South and will remain so", "optional")
q(D3, "Ali Al-Kindi", "does not arise", "optional")
q(D3, "Reem Al-Tarawneh", "years of frustration", "optional")
q(D3, "Reem Al-Tarawneh", "Hadramout produces most of Yemen's oil but receives very little back")
q(D3, "Reem Al-Tarawneh", "The flags are a message to Riyadh and Aden more than a real state project")
UNATTR += ["State of Hadramout", "transitional authority"]

H = ["State of Hadramout", "Hadramout"]
st(D3, "Jordan", N, H, "Jordan does not recognise the")
st(D3, "Saudi Arabia", N, H, "refuses to recognise")
st(D3, "Oman", N, H, "considers the so-called State of Hadramout illegal")
for c in ("Kuwait", "Qatar", "Egypt"):
    st(D3, c, N, H, "Kuwait, Qatar and Egypt said in separate statements that they did not recognise the new entity")
NEG += [{"docs": [D3], "country": "United Arab Emirates", "territory": "State of Hadramout", "why": "is expected to recognise",
         "evidence": "The UAE is expected to recognise Yemen's unity"},
        {"docs": [D3], "country": "Southern Transitional Council", "territory": "State of Hadramout", "why": "question; not a country",
         "evidence": "Asked whether the STC would recognise a Hadrami state if it were confirmed in a vote"},
        {"docs": [D3], "country": "Bahrain", "territory": "State of Hadramout", "why": "no stance stated",
         "evidence": "Bahrain said it backed \"all Saudi efforts\""}]

pos(D3, "Fuad Haddadin", ["spokesperson"], ["Ministry of Foreign Affairs and Expatriates"], "Ministry spokesperson Ambassador Fuad Haddadin")
pos(D3, "Salem Ba Abbad", ["head"], [], "Sheikh Salem Ba Abbad, who was named head of a \"transitional authority\"")
pos(D3, "Adel Al-Mutairi", ["Minister of State for Foreign Affairs"], ["Saudi Arabia", "Saudi"], "Saudi Minister of State for Foreign Affairs Adel Al-Mutairi")
pos(D3, "Nabil Hashem Al-Sharif", ["Secretary-General"], ["Arab League", "League"], "Its Secretary-General Dr Nabil Hashem Al-Sharif")
pos(D3, "Faraj Al-Kathiri", ["member", "Council member"], ["Presidential Leadership Council"], "Council member Major General Faraj Al-Kathiri")
pos(D3, "Ali Al-Kindi", ["spokesman"], ["Southern Transitional Council", "STC"], "STC spokesman Ali Al-Kindi")
pos(D3, "Reem Al-Tarawneh", ["researcher"], ["University of Jordan"], "Dr Reem Al-Tarawneh, a researcher on Gulf affairs at the University of Jordan")

rel(D3, "Oman", "sharesBorderWith", "Yemen", "Oman, which shares a long border with Yemen")
rel(D3, "Mukalla", "locatedIn", "Yemen", "Mukalla, Yemen")

# ---------------- D4 ----------------
ent(O, "Scroll", "Scroll.in", doc=[D4])
ent(P, "Vikheno Sumi", "Sumi", doc=[D4])
ent(P, "Ruokuovilie Rhakho", "Rhakho", doc=[D4])
ent(P, "Rohan Mathur", "Mathur", doc=[D4])
ent(P, "Ramsingla Horam", "Horam", doc=[D4])
ent(P, "Tanvir Hasan Chowdhury", "Chowdhury", doc=[D4])
ent(P, "Lin Weiming", doc=[D4])
ent(P, "Vilezo Sekhose", "Sekhose", doc=[D4])
ent(P, "Ibomcha Singh", "Th. Ibomcha Singh", "Singh", doc=[D4])
ent(P, "Ashiho Mao", "Ph. Ashiho Mao", doc=[D4])
ent(P, "AK Bhattacharya", "Bhattacharya", doc=[D4])
ent(O, "National Socialist Council of Nagalim (Isak-Muivah)", "NSCN(I-M)", doc=[D4])
ent(O, "Ministry of External Affairs", doc=[D4])
ent(O, "United Naga Council", doc=[D4])
ent(O, "Intelligence Bureau", doc=[D4])
ent(C, "India", "New Delhi", "Delhi", "Government of India", doc=[D4])
ent(C, "Myanmar", "Naypyitaw", "Republic of the Union of Myanmar", doc=[D4])
ent(C, "Bangladesh", "Dhaka", doc=[D4])
ent(C, "Bhutan", "Thimphu", doc=[D4])
ent(C, "China", "Beijing", doc=[D4])
ent(T, "Nagalim", "People's Republic of Nagalim", doc=[D4])
ent(PL, "Camp Hebron", "Hebron camp", doc=[D4])
ent(PL, "Dimapur", doc=[D4])
ent(PL, "Nagaland", doc=[D4])
ent(PL, "Manipur", doc=[D4])
ent(PL, "Assam", doc=[D4])
ent(PL, "Arunachal Pradesh", doc=[D4])
ent(PL, "Naga Self-Administered Zone", doc=[D4])
ent(PL, "Sagaing Region", doc=[D4])
ent(PL, "Kohima", doc=[D4])
ent(PL, "Imphal", doc=[D4])

q(D4, "Rohan Mathur", "The territorial integrity of India is not open to negotiation")
q(D4, "Rohan Mathur", "The peace process with all Naga groups will continue within the framework")
q(D4, "National Socialist Council of Nagalim (Isak-Muivah)", "all contiguous Naga areas", "optional")
q(D4, "Ramsingla Horam", "waited long enough", "optional")
q(D4, "Ramsingla Horam", "We signed in good faith. For eleven years we have been told to wait")
q(D4, "Ramsingla Horam", "Today we are telling the world who we are")
q(D4, "Ramsingla Horam", "Nagalim is not a threat to anybody. It is the home of the Naga people")
q(D4, "Myanmar", "will never recognise", "optional")
q(D4, "Myanmar", "an inseparable part of the Republic of the Union of Myanmar", "optional")
q(D4, "Tanvir Hasan Chowdhury", "Bangladesh does not recognise any entity proclaimed outside the constitutional order")
q(D4, "Lin Weiming", "not aware of the details", "optional")
q(D4, "Vilezo Sekhose", "Nobody should take the law into their own hands")
q(D4, "Ibomcha Singh", "never allow one inch", "optional")
q(D4, "Ibomcha Singh", "Manipur’s boundaries are not for sale")
q(D4, "Ashiho Mao", "the voice of the people", "optional")
q(D4, "AK Bhattacharya", "Delhi has lived with the word Nagalim for thirty years")
q(D4, "AK Bhattacharya", "What matters is whether the ceasefire holds")
UNATTR += ["Nagalim", "constitution", "Constitution of the People’s Republic of Nagalim"]

NG_ = ["Nagalim", "People's Republic of Nagalim"]
st(D4, "India", N, NG_, "India does not recognise")
st(D4, "Myanmar", N, NG_, "will never recognise")
st(D4, "Bangladesh", N, NG_, "Bangladesh does not recognise any entity proclaimed outside the constitutional order")
st(D4, "Bhutan", N, NG_, "So does Bhutan")
NEG += [{"docs": [D4], "country": "China", "territory": "Nagalim", "why": "question",
         "evidence": "Asked whether Beijing might recognise the document"}]

pos(D4, "Rohan Mathur", ["spokesperson"], ["Ministry of External Affairs", "external affairs ministry"], "external affairs ministry spokesperson Rohan Mathur")
pos(D4, "Ramsingla Horam", ["general secretary"], ["National Socialist Council of Nagalim (Isak-Muivah)", "NSCN(I-M)"], "NSCN(I-M) general secretary Ramsingla Horam")
pos(D4, "Tanvir Hasan Chowdhury", ["Foreign Adviser"], [], "Foreign Adviser Tanvir Hasan Chowdhury")
pos(D4, "Lin Weiming", ["spokesperson"], [], "foreign ministry spokesperson Lin Weiming")
pos(D4, "Vilezo Sekhose", ["Chief Minister"], ["Nagaland"], "Nagaland Chief Minister Vilezo Sekhose")
pos(D4, "Ibomcha Singh", ["Chief Minister"], [], "Chief Minister Th. Ibomcha Singh")
pos(D4, "Ashiho Mao", ["president"], ["United Naga Council"], "Its president, Ph. Ashiho Mao")
pos(D4, "AK Bhattacharya", ["interlocutor"], [], "Former interlocutor for the Naga peace talks AK Bhattacharya", former=True)
pos(D4, "AK Bhattacharya", ["officer"], ["Intelligence Bureau"], "a retired Intelligence Bureau officer", former=True)
pos(D4, "Vikheno Sumi", ["reporter"], [], "Vikheno Sumi is a reporter based in Kohima")

rel(D4, "Bangladesh", "sharesBorderWith", "India", "shares a long border with both India and Myanmar")
rel(D4, "Bangladesh", "sharesBorderWith", "Myanmar", "shares a long border with both India and Myanmar")
rel(D4, "Camp Hebron", "locatedIn", "Nagaland", "Camp Hebron near Dimapur in Nagaland")
rel(D4, "Naga Self-Administered Zone", "locatedIn", "Sagaing Region", "Naga Self-Administered Zone in Myanmar’s Sagaing Region")
rel(D4, "Sagaing Region", "locatedIn", "Myanmar", "Myanmar’s Sagaing Region")

# ---------------- D5 ----------------
ent(O, "Daily News", "dailynews.co.tz", doc=[D5])
ent(O, "Tanzania Standard (Newspapers) Limited", doc=[D5])
ent(P, "Editha Mwakalinga", "Mwakalinga", doc=[D5])
ent(P, "Halima Juma Mkwawa", "Mkwawa", doc=[D5])
ent(P, "Joseph Lukumay", "Lukumay", doc=[D5])
ent(P, "Mwanaisha Salum Ngonyani", "Ngonyani", doc=[D5])
ent(P, "Abdallah Said Kimaro", "Kimaro", doc=[D5])
ent(P, "Pascal Kihanga", "Kihanga", doc=[D5])
ent(P, "Hamisi Said Mbena", "Mbena", doc=[D5])
ent(P, "Rehema Mbwambo", "Mbwambo", doc=[D5])
ent(O, "Mawenzi Traders Association", doc=[D5])
ent(O, "Tanzania Rural and Urban Roads Agency", "TARURA", doc=[D5])
ent(O, "Mohammedi Builders Limited", doc=[D5])
ent(O, "World Bank", doc=[D5])
ent(C, "Tanzania", doc=[D5])
ent(PL, "Morogoro", "Morogoro Municipality", doc=[D5])
ent(PL, "Morogoro Urban", doc=[D5])
ent(PL, "Dar es Salaam", doc=[D5])
ent(PL, "Kilosa", doc=[D5])

q(D5, "Halima Juma Mkwawa", "This market is not a favour to anyone")
q(D5, "Halima Juma Mkwawa", "I do not want to hear that stalls were given to people")
q(D5, "Joseph Lukumay", "We have designed this market with women traders in mind")
q(D5, "Joseph Lukumay", "The day-care room was their own request")
q(D5, "Mwanaisha Salum Ngonyani", "When it rained we used to cover our tomatoes with our own bodies")
q(D5, "Abdallah Said Kimaro", "We thank the government for this building")
q(D5, "Pascal Kihanga", "Nobody will be pushed out because of rent")
q(D5, "Hamisi Said Mbena", "A town grows with its market")
q(D5, "Rehema Mbwambo", "The building is strong. We delayed because we did not want to pour concrete in the rain")

pos(D5, "Halima Juma Mkwawa", ["Regional Commissioner"], ["Morogoro"], "Morogoro Regional Commissioner Ms Halima Juma Mkwawa")
pos(D5, "Joseph Lukumay", ["Municipal Director", "Director"], ["Morogoro"], "Morogoro Municipal Director Mr Joseph Lukumay")
pos(D5, "Abdallah Said Kimaro", ["chairman"], ["Mawenzi Traders Association"], "Mr Abdallah Said Kimaro, the chairman of the Mawenzi Traders Association")
pos(D5, "Pascal Kihanga", ["Mayor"], ["Morogoro"], "Morogoro Municipal Mayor Mr Pascal Kihanga")
pos(D5, "Hamisi Said Mbena", ["Member of Parliament"], ["Morogoro Urban", "Morogoro"], "Morogoro Urban Member of Parliament Dr Hamisi Said Mbena")
pos(D5, "Rehema Mbwambo", ["Engineer"], ["Tanzania Rural and Urban Roads Agency", "TARURA"], "Engineer Rehema Mbwambo from the Tanzania Rural and Urban Roads Agency")

# added in the paragraph-by-paragraph re-read
ent(PL, "Deep South", doc=[D1])
pos(D1, "Pongsak Raksasat", ["peace dialogue panel", "head"], [], "who led the Thai peace dialogue panel in 2021", "optional", former=True)
pos(D2, "Grace Wanjiru Muriuki", ["Amb.", "ambassador"], [], "Amb. Grace Wanjiru Muriuki", "optional")
pos(D3, "Fuad Haddadin", ["Ambassador"], [], "Ambassador Fuad Haddadin", "optional")
pos(D3, "Faraj Al-Kathiri", ["Major General"], [], "Major General Faraj Al-Kathiri", "optional")

# added in the second re-read (in full)
ent(O, "Foreign Ministry", doc=[D1])
q(D2, "Peter Oryem Ocaya", "Kampala Won't Recognise Nuba Mountains", "optional")
rel(D2, "Ministry of Foreign Affairs", "locatedIn", "Uganda", "Ministry of Foreign Affairs headquarters in Kampala")
pos(D1, "Sakda Yusoh", ["Lt Gen", "Lieutenant General"], [], "Lt Gen Sakda Yusoh", "optional")
pos(D2, "Kuku Tutu Kafi", ["Gen.", "General"], [], "Gen. Kuku Tutu Kafi", "optional")

NOT_PERSON += ["The Nation", "Nation Group", "Thai PBS", "Fourth Army Region", "Prince of Songkla University", "Datuk Seri",
               "ChimpReports", "Kiryandongo", "Makerere University", "Lt Gen", "Roya News", "Petra", "Al Arabiya", "Mukalla",
               "Scroll", "Camp Hebron", "Intelligence Bureau", "Framework Agreement", "Daily News",
               "Mohammedi Builders Limited", "Morogoro Regional Commissioner", "Mawenzi Market", "Msamvu"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
