"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_ewn_katanga.txt", "02_trtworld_east_turkistan.txt", "03_wion_sikkim.txt",
                      "04_elevenmyanmar_kachin.txt", "05_adaderana_kandy_bus_terminal.txt")
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

# ---------------------------------------------------------------- 01 EWN, Katanga
ent(P, "Naledi Dlamini", doc=[D1])
ent(P, "Sipho Mthembu", "Mthembu", doc=[D1])
ent(P, "Jean-Claude Mwamba", "Mwamba", doc=[D1])
ent(P, "Mutale Chanda", "Chanda", doc=[D1])
ent(P, "Aimé Tshibangu", "Tshibangu", "Aime Tshibangu", doc=[D1])
ent(P, "Grace Uwase", doc=[D1])
ent(P, "Thabo Nkosi", "Nkosi", doc=[D1])
ent(P, "Lerato Mokoena", doc=[D1])
ent(P, "Kgothatso Mahlangu", doc=[D1])
ent(O, "EWN", "EWN Eyewitness News", "Eyewitness News", doc=[D1])
ent(O, "Department of International Relations and Cooperation", "Dirco", doc=[D1])
ent(O, "Southern African Development Community", "SADC", doc=[D1])
ent(O, "African Union Commission", doc=[D1])
ent(O, "Institute for Security Studies", doc=[D1])
ent(O, "Minerals Council South Africa", doc=[D1])
ent(O, "Democratic Alliance", doc=[D1])
ent(O, "AFP", doc=[D1])
ent(O, "Primedia Broadcasting", doc=[D1])
ent(C, "South Africa", "SA", doc=[D1])
ent(C, "Democratic Republic of Congo", "DRC", "Congo", doc=[D1])
ent(C, "Zambia", doc=[D1])
ent(C, "Angola", doc=[D1])
ent(C, "Namibia", doc=[D1])
ent(C, "Rwanda", doc=[D1])
ent(T, "Katanga", "Katanga region", doc=[D1])
for pl in ["Lubumbashi", "Kinshasa", "Pretoria", "Lusaka", "Luanda", "Kolwezi", "Kasumbalesa", "Likasi",
           "Gaborone", "Kigali", "Durban", "Johannesburg", "Sakania", "Copperbelt"]:
    ent(PL, pl, doc=[D1])

q(D1, "Sipho Mthembu", "South Africa recognises only one government in Kinshasa")
q(D1, "Sipho Mthembu", "We will not legitimise an administration that was announced at gunpoint")
q(D1, "Sipho Mthembu", "Our embassy in Kinshasa and our consulate in Lubumbashi remain open")
q(D1, "Sipho Mthembu", "South Africans in the region should register with the mission and avoid the city centre")
q(D1, "Jean-Claude Mwamba", "robbed for sixty years", "optional")
q(D1, "Jean-Claude Mwamba", "We are not rebels. We are the people of Katanga taking back what belongs to us")
q(D1, "Jean-Claude Mwamba", "Every mine from Kolwezi to Kasumbalesa will now pay its taxes here")
q(D1, "Mutale Chanda", "Zambia supports the sovereignty of the Democratic Republic of Congo over all of its provinces")
q(D1, "Angola", "null and void", "optional")
q(D1, "Namibia", "fully behind Kinshasa", "optional")
q(D1, "Aimé Tshibangu", "Katanga is Congo and Congo is Katanga")
q(D1, "Aimé Tshibangu", "The army is already in Likasi and will be in Lubumbashi within days")
q(D1, "African Union Commission", "all parties to show restraint", "optional")
q(D1, "Grace Uwase", "premature", "optional")
q(D1, "Thabo Nkosi", "The border at Kasumbalesa is the artery")
q(D1, "Thabo Nkosi", "If the trucks stop for a month, you will feel it in Durban and in Johannesburg")
q(D1, "Thabo Nkosi", "No one in the region wants to open that door. The 1960s are still remembered here")
q(D1, "Minerals Council South Africa", "Our members have not been asked to pay any taxes to the self-declared authority")
q(D1, "Lerato Mokoena", "There are at least 300 of our drivers stuck between Sakania and Kasumbalesa")

st(D1, "South Africa", N, ["Katanga"], "South Africa does not recognise the self-declared council that claimed control of the Katanga region")
st(D1, "Zambia", N, ["Katanga"], "Lusaka refused to recognise the council")
st(D1, "Angola", N, ["Katanga"], "Angola's government said it considered the declaration illegal")
st(D1, "Namibia", N, ["Katanga"], "So does Namibia")
st(D1, "Democratic Republic of Congo", N, ["Katanga"], "Katanga is Congo and Congo is Katanga", "optional")
NEG.append({"docs": [D1], "country": "Rwanda", "territory": "Katanga", "why": "question",
            "evidence": "Asked whether Kigali would recognise the council if it held the city"})
NEG.append({"docs": [D1], "country": "African Union Commission", "territory": "Katanga", "why": "international body, no stance",
            "evidence": "The African Union Commission said it was following developments closely"})

pos(D1, "Naledi Dlamini", ["Africa correspondent", "correspondent"], ["EWN"], "Naledi Dlamini is EWN's Africa correspondent")
pos(D1, "Sipho Mthembu", ["International Relations Minister", "Minister"], [], "International Relations Minister Sipho Mthembu")
pos(D1, "Jean-Claude Mwamba", ["provincial assembly member", "assembly member"], [], "former provincial assembly member Jean-Claude Mwamba", former=True)
pos(D1, "Mutale Chanda", ["Foreign Affairs Minister", "Minister"], ["Zambia"], "Zambia's Foreign Affairs Minister Mutale Chanda")
pos(D1, "Aimé Tshibangu", ["Communications Minister", "Minister"], ["Democratic Republic of Congo", "DRC", "Congo"], "The DRC's Communications Minister, Aimé Tshibangu")
pos(D1, "Grace Uwase", ["spokesperson"], ["Rwanda", "foreign ministry"], "Rwanda's foreign ministry spokesperson Grace Uwase")
pos(D1, "Thabo Nkosi", ["senior researcher", "researcher"], ["Institute for Security Studies"], "a senior researcher at the Institute for Security Studies")
pos(D1, "Lerato Mokoena", ["spokesperson on international relations", "spokesperson"], ["Democratic Alliance"], "Opposition spokesperson on international relations Lerato Mokoena of the Democratic Alliance")

rel(D1, "Katanga", "sharesBorderWith", "Zambia", "Katanga, which borders Zambia and Angola")
rel(D1, "Katanga", "sharesBorderWith", "Angola", "Katanga, which borders Zambia and Angola")
rel(D1, "Katanga", "locatedIn", "Democratic Republic of Congo", "the Katanga region of the Democratic Republic of Congo")
rel(D1, "South Africa", "memberOf", "Southern African Development Community", "SADC, of which both South Africa and the DRC are members")
rel(D1, "Democratic Republic of Congo", "memberOf", "Southern African Development Community", "SADC, of which both South Africa and the DRC are members")
rel(D1, "Institute for Security Studies", "locatedIn", "Pretoria", "Institute for Security Studies in Pretoria")

# ---------------------------------------------------------------- 02 TRT World, East Turkistan / Xinjiang
ent(P, "Elif Karaca", doc=[D2])
ent(P, "Selim Demirtas", "Demirtas", doc=[D2])
ent(P, "Abdurehim Tursun", "Tursun", doc=[D2])
ent(P, "Lin Haoyu", "Lin", doc=[D2, D3, D4])
ent(P, "Wang Qiming", doc=[D2])
ent(P, "Ayesha Qureshi", doc=[D2])
ent(P, "Daniel Mercer", doc=[D2])
ent(P, "Ayhan Sezer", "Sezer", doc=[D2])
ent(P, "Mehmet Yalcin", doc=[D2])
ent(P, "Gulnar Ablimit", "Dr Gulnar Ablimit", "Ablimit", doc=[D2])
ent(O, "TRT World", doc=[D2])
ent(O, "World Uyghur Congress", doc=[D2])
ent(O, "State Department", "US State Department", doc=[D2])
ent(O, "Organisation of Islamic Cooperation", doc=[D2])
ent(O, "Iyi Party", doc=[D2])
ent(O, "AK Party", doc=[D2])
ent(O, "Istanbul University", doc=[D2])
ent(O, "AA", doc=[D2])
ent(C, "Türkiye", "Turkey", doc=[D2])
ent(C, "China", "People's Republic of China", doc=[D2, D3, D4])
ent(C, "Kazakhstan", doc=[D2])
ent(C, "Kyrgyzstan", doc=[D2])
ent(C, "Uzbekistan", doc=[D2])
ent(C, "Pakistan", doc=[D2, D3])
ent(C, "United States", "US", doc=[D2])
ent(C, "Azerbaijan", doc=[D2])
ent(T, "East Turkistan", "Xinjiang", doc=[D2])
for pl in ["Istanbul", "Ankara", "Kashgar", "Almaty", "Washington", "Munich", "Astana", "Kayseri",
           "Zeytinburnu", "Sefakoy", "Central Asia"]:
    ent(PL, pl, doc=[D2])
ent(PL, "Beijing", doc=[D2, D3, D4])
ent(PL, "Islamabad", doc=[D2, D3])

q(D2, "Selim Demirtas", "Türkiye respects the territorial integrity of the People's Republic of China")
q(D2, "Selim Demirtas", "At the same time, we will continue to raise the rights of our Uyghur kin wherever we can")
q(D2, "Abdurehim Tursun", "East Turkistan is not China. It never was, and our people have never accepted it")
q(D2, "Abdurehim Tursun", "We ask every Muslim country to stand with us")
q(D2, "World Uyghur Congress", "The World Uyghur Congress was not consulted and is not part of this initiative")
q(D2, "Lin Haoyu", "Xinjiang affairs are purely China's internal affairs")
q(D2, "Lin Haoyu", "We urge the relevant country to stop providing a platform for separatists")
q(D2, "Ayesha Qureshi", "will never recognise a so-called East Turkistan", "optional")
q(D2, "Daniel Mercer", "We remain deeply concerned about the treatment of Uyghurs in Xinjiang")
q(D2, "Ayhan Sezer", "choosing trade over kinship", "optional")
q(D2, "Ayhan Sezer", "Our Uyghur brothers are watching what we do, not what we say")
q(D2, "Mehmet Yalcin", "Türkiye is the country that has opened its doors to more Uyghurs than any other")
q(D2, "Gulnar Ablimit", "Symbolic declarations do not move borders")
q(D2, "Gulnar Ablimit", "But it will make life harder for Uyghurs here who simply want to renew their passports")
q(D2, "China", "Interference", "optional")
UNATTR += ["exile government", "government-in-exile"]

st(D2, "Türkiye", N, ["East Turkistan", "Xinjiang"], "Türkiye does not recognise the")
st(D2, "Kazakhstan", N, ["East Turkistan", "Xinjiang"], "Astana would not recognise an East Turkistan government")
st(D2, "Kyrgyzstan", N, ["East Turkistan", "Xinjiang"], "Kyrgyzstan and Uzbekistan issued near-identical statements")
st(D2, "Uzbekistan", N, ["East Turkistan", "Xinjiang"], "Kyrgyzstan and Uzbekistan issued near-identical statements")
st(D2, "Pakistan", N, ["East Turkistan", "Xinjiang"], "will never recognise a so-called East Turkistan")
st(D2, "United States", N, ["East Turkistan", "Xinjiang"], "the United States did not recognise the declared government")
st(D2, "China", N, ["East Turkistan", "Xinjiang"], "Xinjiang was an inseparable part of Chinese territory", "optional")
NEG.append({"docs": [D2], "country": "Azerbaijan", "territory": "East Turkistan", "why": "open question",
            "evidence": "Whether Azerbaijan, which has close ties with both Ankara and Beijing, would take a position was unclear"})
NEG.append({"docs": [D2], "country": "Organisation of Islamic Cooperation", "territory": "East Turkistan", "why": "international body, no comment",
            "evidence": "The Organisation of Islamic Cooperation has not commented"})

pos(D2, "Elif Karaca", ["reporter"], ["TRT World"], "Elif Karaca is a TRT World reporter")
pos(D2, "Selim Demirtas", ["deputy spokesperson", "spokesperson"], ["Foreign Ministry", "Türkiye", "Turkey"], "Foreign Ministry deputy spokesperson Selim Demirtas")
pos(D2, "Abdurehim Tursun", ["teacher"], [], "a former teacher from Kashgar", former=True)
pos(D2, "Lin Haoyu", ["spokesperson"], ["Foreign Ministry", "China"], "China's Foreign Ministry spokesperson Lin Haoyu")
pos(D2, "Wang Qiming", ["Ambassador"], ["Türkiye", "Turkey", "China"], "Chinese Ambassador to Türkiye Wang Qiming")
pos(D2, "Ayesha Qureshi", ["spokesperson"], ["Foreign Office", "Pakistan"], "Pakistan's Foreign Office spokesperson Ayesha Qureshi")
pos(D2, "Daniel Mercer", ["deputy spokesperson", "spokesperson"], ["State Department", "United States", "US"], "US State Department deputy spokesperson Daniel Mercer")
pos(D2, "Ayhan Sezer", ["lawmaker"], ["Iyi Party"], "an Iyi Party lawmaker from Kayseri")
pos(D2, "Mehmet Yalcin", ["deputy chair"], ["AK Party"], "Ruling AK Party deputy chair Mehmet Yalcin")
pos(D2, "Gulnar Ablimit", ["lecturer"], ["Istanbul University"], "a lecturer in Asian studies at Istanbul University")

rel(D2, "World Uyghur Congress", "locatedIn", "Munich", "the Munich-based organisation")
rel(D2, "Zeytinburnu", "locatedIn", "Istanbul", "Istanbul's Zeytinburnu and Sefakoy neighbourhoods")
rel(D2, "Sefakoy", "locatedIn", "Istanbul", "Istanbul's Zeytinburnu and Sefakoy neighbourhoods")

# ---------------------------------------------------------------- 03 WION, Sikkim
ent(P, "Ritika Sharma", doc=[D3])
ent(P, "Arvind Menon", "Menon", doc=[D3, D4])
ent(P, "Dorjee Bhutia", "Bhutia", doc=[D3])
ent(P, "Ram Prasad Adhikari", doc=[D3])
ent(P, "Tanvir Hossain", doc=[D3])
ent(P, "Vikram Iyer", "Iyer", doc=[D3])
ent(P, "Shashi Rao", doc=[D3])
ent(P, "Anjali Verma", doc=[D3])
ent(P, "Namgyal Lepcha", doc=[D3])
ent(O, "WION", "World Is One News", doc=[D3])
ent(O, "Ministry of External Affairs", "MEA", doc=[D3, D4])
ent(O, "Ministry of Foreign Affairs and External Trade", doc=[D3])
ent(O, "SCO", doc=[D3])
ent(O, "Congress", doc=[D3])
ent(O, "BJP", doc=[D3])
ent(O, "ANI", doc=[D3])
ent(C, "India", doc=[D3, D4])
ent(C, "Nepal", doc=[D3])
ent(C, "Bhutan", doc=[D3])
ent(C, "Bangladesh", doc=[D3])
ent(T, "Sikkim", doc=[D3])
ent(T, "Tibet Autonomous Region", doc=[D3])
for pl in ["Lhasa", "Gangtok", "Nathu La", "Thimphu", "Kathmandu", "Dhaka", "Chushul"]:
    ent(PL, pl, doc=[D3])
ent(PL, "New Delhi", doc=[D3, D4])

q(D3, "China", "Sikkim is part of India", "optional")
q(D3, "Lin Haoyu", "produced by a private company", "optional")
q(D3, "Lin Haoyu", "China's position on Sikkim has not changed. We recognised Sikkim as part of India in 2003")
q(D3, "Lin Haoyu", "The map in question does not represent the view of the Chinese government")
q(D3, "Arvind Menon", "Sikkim is, and will always be, an integral part of India")
q(D3, "Dorjee Bhutia", "deeply hurt", "optional")
q(D3, "Dorjee Bhutia", "We joined India by the free will of our people in 1975")
q(D3, "Dorjee Bhutia", "I have asked the Centre to take this up at the highest level")
q(D3, "Ministry of Foreign Affairs and External Trade", "has always considered Sikkim a state of India", "optional")
q(D3, "Vikram Iyer", "In 2003 Beijing quietly dropped Sikkim from its list of disputed areas")
q(D3, "Vikram Iyer", "Anyone who thinks a private company in Lhasa acts without permission does not understand China")
q(D3, "Shashi Rao", "A protest note is not enough. The Chinese ambassador should be called to South Block today")
q(D3, "Anjali Verma", "playing politics with national security", "optional")
q(D3, "Anjali Verma", "The government raised the issue within hours")
q(D3, "Namgyal Lepcha", "People come here for the mountains, not for maps")
UNATTR += ["not a matter for us"]

st(D3, "China", R, ["Sikkim"], "China on Tuesday said it recognises Sikkim as a part of India")
st(D3, "Nepal", R, ["Sikkim"], "Kathmandu regarded Sikkim as part of India")
st(D3, "Bhutan", R, ["Sikkim"], "has always considered Sikkim a state of India")
st(D3, "Bangladesh", R, ["Sikkim"], "Dhaka too recognised Sikkim as an Indian state")
st(D3, "India", R, ["Sikkim"], "Sikkim is, and will always be, an integral part of India", "optional")
NEG.append({"docs": [D3], "country": "Pakistan", "territory": "Sikkim", "why": "no comment; question to an anonymous official",
            "evidence": "Pakistan's Foreign Office did not comment"})

pos(D3, "Lin Haoyu", ["spokesperson"], ["Foreign Ministry", "China"], "Chinese Foreign Ministry spokesperson Lin Haoyu")
pos(D3, "Arvind Menon", ["spokesperson"], ["Ministry of External Affairs", "MEA", "India"], "Ministry of External Affairs spokesperson Arvind Menon")
pos(D3, "Dorjee Bhutia", ["Chief Minister"], ["Sikkim"], "Sikkim Chief Minister Dorjee Bhutia")
pos(D3, "Ram Prasad Adhikari", ["Foreign Minister"], ["Nepal"], "Nepal's Foreign Minister Ram Prasad Adhikari")
pos(D3, "Tanvir Hossain", ["foreign affairs adviser", "adviser"], ["Bangladesh"], "Bangladesh's foreign affairs adviser, Tanvir Hossain")
pos(D3, "Vikram Iyer", ["ambassador"], ["China", "India"], "Former Indian ambassador to China Vikram Iyer", former=True)
pos(D3, "Shashi Rao", ["MP"], ["Congress"], "Congress MP Shashi Rao")
pos(D3, "Anjali Verma", ["national spokesperson", "spokesperson"], ["BJP"], "BJP national spokesperson Anjali Verma")
pos(D3, "Namgyal Lepcha", ["tour operator"], [], "Namgyal Lepcha, a tour operator in Gangtok")

rel(D3, "Sikkim", "sharesBorderWith", "Nepal", "Sikkim borders Nepal, Bhutan and the Tibet Autonomous Region of China")
rel(D3, "Sikkim", "sharesBorderWith", "Bhutan", "Sikkim borders Nepal, Bhutan and the Tibet Autonomous Region of China")
rel(D3, "Sikkim", "sharesBorderWith", "Tibet Autonomous Region", "Sikkim borders Nepal, Bhutan and the Tibet Autonomous Region of China")
rel(D3, "Tibet Autonomous Region", "locatedIn", "China", "the Tibet Autonomous Region of China")
rel(D3, "Sikkim", "locatedIn", "India", "Sikkim as an Indian state")
rel(D3, "Nathu La", "locatedIn", "Sikkim", "The Nathu La border post on the India-China boundary in Sikkim")
rel(D3, "India", "sharesBorderWith", "China", "the India-China boundary")

# ---------------------------------------------------------------- 04 Eleven Myanmar, Kachin State
ent(P, "U Kyaw Zin Htet", "Kyaw Zin Htet", doc=[D4])
ent(P, "Chen Weidong", doc=[D4])
ent(P, "U Myint Aung Kyaw", "Myint Aung Kyaw", doc=[D4])
ent(P, "Labang Gam", "Colonel Labang Gam", doc=[D4])
ent(P, "Daw Lu Ja", "Lu Ja", doc=[D4])
ent(P, "Zaw Lin Tun", "Dr Zaw Lin Tun", doc=[D4])
ent(O, "Eleven Media Group", "Eleven Myanmar", "Eleven Media", "EMG", "Eleven Media Group Co., Ltd.", doc=[D4])
ent(O, "Kachin Independence Organisation", "KIO", doc=[D4])
ent(O, "Association of Southeast Asian Nations", "ASEAN", doc=[D4])
ent(O, "Institute for Strategy and Policy", doc=[D4])
ent(O, "Kachin State Parliament", doc=[D4])
ent(C, "Myanmar", "Republic of the Union of Myanmar", doc=[D4])
ent(C, "Thailand", doc=[D4])
ent(C, "Laos", doc=[D4])
ent(T, "Kachin State", "Kachin", doc=[D4])
for pl in ["Laiza", "Bhamo", "Momauk", "Hpakant", "Myitkyina", "Bangkok", "Jakarta", "Yangon",
           "Mandalay", "Sagaing Region"]:
    ent(PL, pl, doc=[D4])
ent(PL, "Nay Pyi Taw", "Naypyitaw", "NAY PYI TAW", doc=[D4])

q(D4, "U Kyaw Zin Htet", "Kachin State is an inseparable part of the Republic of the Union of Myanmar")
q(D4, "U Kyaw Zin Htet", "The door for peace has not been closed. We invite the KIO to return to the negotiating table")
q(D4, "Lin Haoyu", "China firmly supports Myanmar's sovereignty over Kachin State")
q(D4, "Arvind Menon", "illegal", "optional")
q(D4, "Labang Gam", "a practical measure, not a declaration of independence", "optional")
q(D4, "Labang Gam", "We are not breaking away from anything")
q(D4, "Labang Gam", "We are ready to talk. But we will not talk while the airstrikes continue")
q(D4, "Daw Lu Ja", "We do not care who governs. We only want the road to Bhamo to open again")
q(D4, "Zaw Lin Tun", "The KIO wants to show Beijing that it can run the border trade")
q(D4, "Zaw Lin Tun", "No neighbour will recognise this. But the KIO does not need recognition to control the jade mines")
UNATTR += ["interim Kachin administration", "interim administration"]

st(D4, "China", N, ["Kachin"], "does not recognise any so-called interim administration")
st(D4, "India", N, ["Kachin"], "China and India have said they do not recognise")
st(D4, "Thailand", N, ["Kachin"], "Bangkok did not recognise the KIO's administration")
st(D4, "Laos", N, ["Kachin"], "Laos took the same position")
st(D4, "Myanmar", N, ["Kachin"], "Any administration formed outside the Constitution is unlawful and will not be recognised", "optional")
NEG.append({"docs": [D4], "country": "Association of Southeast Asian Nations", "territory": "Kachin State", "why": "international body, no statement",
            "evidence": "The Association of Southeast Asian Nations (ASEAN) has not issued a statement"})
NEG.append({"docs": [D4], "country": "(any neighbour)", "territory": "Kachin State", "why": "analyst's prediction, no country named",
            "evidence": "No neighbour will recognise this"})

pos(D4, "U Kyaw Zin Htet", ["Government spokesperson", "spokesperson"], [], "Government spokesperson U Kyaw Zin Htet")
pos(D4, "Lin Haoyu", ["spokesperson"], ["Foreign Ministry", "China"], "Chinese Foreign Ministry spokesperson Lin Haoyu")
pos(D4, "Chen Weidong", ["Ambassador"], ["Myanmar", "China"], "Chinese Ambassador to Myanmar Chen Weidong")
pos(D4, "U Myint Aung Kyaw", ["Deputy Prime Minister"], [], "Deputy Prime Minister and Foreign Minister U Myint Aung Kyaw")
pos(D4, "U Myint Aung Kyaw", ["Foreign Minister"], [], "Deputy Prime Minister and Foreign Minister U Myint Aung Kyaw")
pos(D4, "Arvind Menon", ["spokesperson"], ["Ministry of External Affairs", "MEA", "India"], "India's Ministry of External Affairs spokesperson Arvind Menon")
pos(D4, "Labang Gam", ["spokesperson"], ["Kachin Independence Organisation", "KIO"], "KIO spokesperson Colonel Labang Gam")
pos(D4, "Labang Gam", ["Colonel"], [], "KIO spokesperson Colonel Labang Gam", "optional")
pos(D4, "Daw Lu Ja", ["trader"], [], "a trader at the Myitkyina market")
pos(D4, "Zaw Lin Tun", ["Political analyst", "analyst"], ["Institute for Strategy and Policy"], "Political analyst Dr Zaw Lin Tun of the Yangon-based Institute for Strategy and Policy")

rel(D4, "China", "sharesBorderWith", "Myanmar", "China, which shares a 2,000-kilometre border with Myanmar")
rel(D4, "India", "sharesBorderWith", "Kachin State", "India shares a border with Kachin State and with Sagaing Region")
rel(D4, "India", "sharesBorderWith", "Sagaing Region", "India shares a border with Kachin State and with Sagaing Region")
rel(D4, "Institute for Strategy and Policy", "locatedIn", "Yangon", "the Yangon-based Institute for Strategy and Policy")
rel(D4, "Bhamo", "locatedIn", "Kachin State", "areas of Kachin State under its control, including parts of Bhamo and Momauk townships")
rel(D4, "Momauk", "locatedIn", "Kachin State", "areas of Kachin State under its control, including parts of Bhamo and Momauk townships")
rel(D4, "Hpakant", "locatedIn", "Kachin State", "including parts of Bhamo and Momauk townships and the jade-mining area around Hpakant")
rel(D4, "Kachin Independence Organisation", "claims", "Kachin State", "has claimed the right to self-rule for Kachin State")

# ---------------------------------------------------------------- 05 Ada Derana, Kandy bus terminal (no dispute)
ent(P, "Nalin Wickramasinghe", doc=[D5])
ent(P, "Chandima Senanayake", doc=[D5])
ent(P, "Rahul Mehta", doc=[D5])
ent(P, "Ajith Jayasuriya", "Jayasuriya", doc=[D5])
ent(P, "Gemunu Perera", doc=[D5])
ent(P, "K.M. Dilrukshi", "Dilrukshi", doc=[D5])
ent(P, "M. Rizwan", "Rizwan", doc=[D5])
ent(P, "Sumith Alahakoon", doc=[D5])
ent(P, "Lakshman Bandara", doc=[D5])
ent(O, "Ada Derana", doc=[D5])
ent(O, "Kandy Municipal Council", doc=[D5])
ent(O, "Asian Development Bank", "ADB", doc=[D5])
ent(O, "Sri Lanka Transport Board", "SLTB", "CTB", doc=[D5])
ent(O, "All Ceylon Private Bus Owners' Association", doc=[D5])
ent(C, "Sri Lanka", doc=[D5])
for pl in ["Kandy", "Matale", "Kurunegala", "Nuwara Eliya", "Colombo", "Peradeniya", "Central Province", "Kandy District"]:
    ent(PL, pl, doc=[D5])

q(D5, "Nalin Wickramasinghe", "For thirty years, people have complained about Kandy's traffic")
q(D5, "Nalin Wickramasinghe", "Buses, trains and three-wheelers will now meet in one place")
q(D5, "Nalin Wickramasinghe", "This is not only for Kandy. Every passenger coming from Matale")
q(D5, "Chandima Senanayake", "We did not want to shut it overnight and cause chaos")
q(D5, "Chandima Senanayake", "The private bus operators asked for time, and we have given it to them")
q(D5, "Rahul Mehta", "Kandy is a World Heritage city and it deserves a transport system")
q(D5, "Ajith Jayasuriya", "The express services to Colombo will leave every 15 minutes in the morning peak")
q(D5, "Gemunu Perera", "We support the terminal. But if the fees stay like this, the passenger will pay in the end")
q(D5, "K.M. Dilrukshi", "I used to stand in the rain at the Goods Shed for twenty minutes")
q(D5, "M. Rizwan", "They built a place for buses and forgot about us")
q(D5, "Sumith Alahakoon", "Kandy is the first. We hope that within five years every major town")

pos(D5, "Nalin Wickramasinghe", ["Transport Minister", "Minister"], [], "Transport Minister Nalin Wickramasinghe")
pos(D5, "Chandima Senanayake", ["Mayor"], ["Kandy"], "Kandy Mayor Chandima Senanayake")
pos(D5, "Rahul Mehta", ["Country Director"], ["Asian Development Bank", "ADB"], "ADB Country Director for Sri Lanka Rahul Mehta")
pos(D5, "Ajith Jayasuriya", ["Chairman"], ["Sri Lanka Transport Board", "SLTB"], "Sri Lanka Transport Board (SLTB) Chairman Ajith Jayasuriya")
pos(D5, "Gemunu Perera", ["President"], ["All Ceylon Private Bus Owners' Association", "Association"], "Association President Gemunu Perera")
pos(D5, "K.M. Dilrukshi", ["teacher"], [], "a teacher from Peradeniya")
pos(D5, "M. Rizwan", ["Three-wheeler driver", "driver"], [], "Three-wheeler driver M. Rizwan")
pos(D5, "Sumith Alahakoon", ["Governor"], ["Central Province"], "Central Province Governor Sumith Alahakoon")
pos(D5, "Lakshman Bandara", ["Deputy Minister of Transport", "Deputy Minister"], [], "Deputy Minister of Transport Lakshman Bandara")

NOT_PERSON += ["Dirco", "EWN", "Katanga", "Kasumbalesa", "Copperbelt", "Sakania", "TRT World", "East Turkistan",
               "Zeytinburnu", "Sefakoy", "AK Party", "WION", "Nathu La", "Gangtok", "South Block", "Sikkim",
               "Laiza", "Hpakant", "Myitkyina", "Momauk", "Eleven Media Group", "Ada Derana", "Goods Shed",
               "William Gopallawa Mawatha", "Peradeniya", "Nuwara Eliya", "Kandy Municipal Council"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
