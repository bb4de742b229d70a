#!/usr/bin/env python3
"""Writes bench/heldout29/gold.json: the hand-made gold standard for bench/heldout29/articles.

Run:  python check/gold_src.py   (from bench/heldout29 or anywhere; paths are relative to this file)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
A1 = "01_libyaherald_aouzou.txt"
A2 = "02_scmp_okinotori.txt"
A3 = "03_brazilianreport_isla_suarez.txt"
A4 = "04_sarajevotimes_neum_islets.txt"
A5 = "05_obantimes_north_pier_pontoons.txt"
DOCS = [A1, A2, A3, A4, A5]

ABOUT = (
    "Gold standard for bench/heldout29 (five invented articles, written blind). Every fact was read off the "
    "texts by hand. Format as in shared/eval/seeds-gold.json, read by shared/eval/score.py; the extra fields "
    "`evidence` (verbatim from the article) and `former` are ignored by the scorer. `key` is a distinctive "
    "stretch of the quote's own words. Quotes: `required` = a full statement with an explicit speaker (name, "
    "surname, pronoun, role or organisation that resolves to a gold entity), including sentences after the "
    "cue, both halves of a quote split by the cue, colon quotes and continuation sentences; `optional` = "
    "partial quotes and fragments, headline/subhead echoes and statements of an anonymous spokesperson "
    "credited to the organisation. `unattributed` = scare quotes, coined terms and quoted words in headlines "
    "and related-story lines that nobody in the text says. Stances: polarity follows the wording (positive "
    "verbs give recognises; negated or `never accept any claim` give doesNotRecognise); holders are "
    "countries, also through a minister speaking for the country, a government statement or an embassy; "
    "lists give one stance per holder and per territory; a claimant's own claim is optional; questions, "
    "hypotheticals, modality (`few members are likely to recognise`), `would not take sides` and non-country "
    "holders (a parliament, the AU Commission, the European Commission, Mercosur) are no stance. Positions: "
    "`of_any` is empty when the text names no organisation or country next to the title; former titles and "
    "author footers are required; council and parliamentary seats and occupations are optional. Relations: "
    "only spouse, sharesBorderWith, invaded, memberOf and locatedIn stated in the text. Entities: every "
    "person, organisation, country, territory and place named in the article text (bylines, photo credits, "
    "copyright lines and author footers included; navigation bars, rivers, seas, bays, piers, bridges, "
    "vessels, treaties and unnamed bodies such as `Chad's foreign ministry` not)."
)

E = []


def ent(typ, name, *aliases):
    E.append({"type": typ, "name": name, "aliases": list(aliases)})


P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"

# --- shared
ent(O, "International Court of Justice", "ICJ")
ent(O, "United Nations", "UN")
# --- 01 Libya Herald, Aouzou Strip
ent(O, "Libya Herald")
ent(P, "Hend Abushagur", "Abushagur")
ent(P, "Osama Elgheriani", "Elgheriani")
ent(O, "House of Representatives", "HoR")
ent(P, "Nouri Bashir al-Shilwi", "al-Shilwi", "Shilwi", "Nouri al-Shilwi")
ent(P, "Abdelkerim Moussa Tahir", "Tahir")
ent(P, "Hinda Ousmane Djibrine", "Djibrine")
ent(O, "Government of National Unity", "GNU")
ent(P, "Najwa el-Fitouri", "el-Fitouri", "Fitouri")
ent(P, "Ibrahim Garba Souley", "Souley")
ent(O, "African Union", "AU")
ent(O, "African Union Commission", "AU Commission")
ent(P, "Salwa Benamer", "Benamer")
ent(O, "University of Benghazi")
ent(P, "Ahmed Idris Kouka", "Kouka")
ent(P, "Sidi Wardougou", "Wardougou")
ent(P, "Fatime")
ent(C, "Libya")
ent(C, "Chad")
ent(C, "Niger")
ent(C, "Algeria")
ent(C, "Sudan")
ent(C, "Egypt")
ent(T, "Aouzou Strip", "Aouzou", "Aozou Strip")
for n in ["Tripoli", "Benghazi", "N'Djamena", "Kufra", "Tibesti", "Bardaï", "Abéché", "Faya-Largeau",
          "The Hague", "Khartoum", "Sahel"]:
    ent(L, n)
# --- 02 SCMP, Okinotorishima
ent(O, "South China Morning Post", "SCMP", "the Post", "South China Morning Post Publishers Ltd")
ent(P, "Lu Jiaqi")
ent(P, "Hana Morioka", "Morioka")
ent(O, "Kyodo", "Kyodo News")
ent(P, "Tan Weiling", "Tan")
ent(O, "Japan Coast Guard")
ent(P, "Shinya Okabe", "Okabe")
ent(P, "Park Jae-won", "Park")
ent(O, "US State Department", "State Department")
ent(O, "Pacific Islands Forum")
ent(P, "Zhou Hanqing", "Zhou")
ent(O, "Xiamen University")
ent(P, "Emiko Tsunoda", "Tsunoda")
ent(O, "Kobe University")
ent(O, "Commission on the Limits of the Continental Shelf")
ent(P, "Kenji Arakawa", "Arakawa")
ent(P, "Noriko Asanuma", "Asanuma")
ent(P, "Takeshi Shimizu")
ent(P, "Yoko Shimizu")
ent(C, "China")
ent(C, "Japan")
ent(C, "South Korea")
ent(C, "United States", "US", "U.S.", "United States of America")
ent(C, "Palau")
ent(T, "Okinotorishima", "Okinotori", "Okinotori Reef", "Chongzhiniao Reef")
for n, *al in [["Beijing"], ["Tokyo", "Tokyo Metropolis"], ["Ogasawara"], ["Chichijima"], ["Xiamen"],
               ["Nanjing"], ["Seoul"]]:
    ent(L, n, *al)
# --- 03 The Brazilian Report, Isla Suárez
ent(O, "The Brazilian Report")
ent(P, "Renata Vilela", "Vilela")
ent(P, "Diego Callau", "Callau")
ent(O, "Agencia Boliviana de Información", "ABI")
ent(O, "Itamaraty", "Brazil's Foreign Ministry")
ent(P, "Rosario Justiniano Vaca", "Justiniano Vaca")
ent(P, "Gonzalo Arteaga Rivero", "Arteaga")
ent(P, "Letícia Moura Campos", "Campos")
ent(P, "Ana Paula Bittencourt", "Bittencourt")
ent(O, "Federal University of Rondônia", "UNIR")
ent(P, "Edilson Nogueira", "Nogueira")
ent(P, "Cleiton Marinho", "Marinho")
ent(O, "Liberal Party", "PL")
ent(P, "Rubens Vieira Lacerda", "Lacerda")
ent(P, "Jhonny Roca")
ent(P, "Marisol Roca", "Marisol")
ent(O, "Mercosur")
ent(O, "Congress")
ent(C, "Brazil")
ent(C, "Bolivia")
ent(C, "Peru")
ent(T, "Isla Suárez", "Isla Suarez", "Ilha de Guajará-Mirim")
for n in ["La Paz", "Brasília", "Guajará-Mirim", "Guayaramerín", "Rondônia", "Beni", "Acre", "Porto Velho"]:
    ent(L, n)
# --- 04 Sarajevo Times, Veliki Školj and Mali Školj
ent(O, "Sarajevo Times")
ent(O, "Fena")
ent(P, "Dženan Kriještorac", "Kriještorac")
ent(P, "Emina Hodžić-Alagić", "Hodžić-Alagić")
ent(O, "Council of Ministers")
ent(O, "Ministry of Foreign and European Affairs")
ent(P, "Tomislav Vrdoljak", "Vrdoljak")
ent(O, "HRT")
ent(O, "European Union", "EU")
ent(O, "European Commission")
ent(O, "Parliamentary Assembly")
ent(O, "SDA", "Party of Democratic Action")
ent(P, "Adnan Mehmedbašić", "Mehmedbašić")
ent(O, "University of Sarajevo")
ent(P, "Selma Tahirović", "Tahirović")
ent(P, "Mladen Perić", "Perić")
ent(O, "Yugoslav People's Army")
ent(P, "Ante Matić", "Matić")
ent(P, "Mato Zovko")
ent(P, "Ruža")
ent(C, "Bosnia and Herzegovina", "Bosnia", "BiH")
ent(C, "Croatia")
ent(C, "Hungary")
ent(C, "Montenegro")
ent(T, "Veliki Školj", "Veliki Skolj")
ent(T, "Mali Školj", "Mali Skolj")
for n in ["Zagreb", "Sarajevo", "Neum", "Klek", "Mostar", "Dubrovnik"]:
    ent(L, n)
# --- 05 The Oban Times, North Pier pontoons
ent(O, "The Oban Times", "Oban Times")
ent(P, "Morag Lindsay", "Lindsay")
ent(P, "Kevin McGlynn", "McGlynn")
ent(O, "Argyll and Bute Council")
ent(O, "Scottish Government")
ent(O, "Oban Community Harbour Development Association", "OCHDA")
ent(P, "Fiona MacIver", "MacIver")
ent(O, "SNP", "Scottish National Party")
ent(P, "Iain Kerr", "Kerr")
ent(O, "Scottish Liberal Democrats")
ent(O, "CalMac", "Caledonian MacBrayne")
ent(P, "Alasdair Munro", "Munro")
ent(P, "Donald MacPhail", "MacPhail")
ent(P, "Gillian Thomson", "Thomson")
ent(P, "Aoife Brennan", "Mrs Brennan")
ent(P, "Dermot Brennan")
ent(O, "Wyvex Media Ltd", "Wyvex Media")
ent(C, "Ireland")
for n in ["Oban", "Argyll and Bute", "Oban South and the Isles", "Oban North and Lorn", "Tobermory",
          "Craobh Haven", "Troon", "Howth", "Kerrera"]:
    ent(L, n)

NOT_PERSON = [
    # 01
    "Chadian", "Libyan", "Libyans", "HoR", "GNU", "Kufra", "Bardaï", "Tibesti", "Aouzou", "Abéché",
    "Faya-Largeau", "N'Djamena", "Toyota War", "Dr", "Libya Herald", "Sahel",
    # 02
    "Chinese", "Japanese", "Okinotori", "Okinotorishima", "Chongzhiniao", "Ogasawara", "Chichijima",
    "Xiang Yang Hong 18", "Kyodo", "Chief Cabinet Secretary", "Professor", "SCMP",
    # 03
    "Bolivian", "Brazilian", "Brazilians", "Bolivians", "Itamaraty", "Guajará-Mirim", "Guayaramerín",
    "Mamoré", "Rondônia", "Acre", "Mercosur", "Vice Minister", "UNIR", "Petrópolis",
    # 04
    "Bosnian", "Croatian", "Školj", "Veliki", "Neum", "Klek", "Pelješac", "Fena", "HRT", "SDA",
    "Mostar", "Dubrovnik",
    # 05
    "Oban", "Councillor", "Mrs", "Mr", "CalMac", "OCHDA", "Tobermory", "Craobh Haven", "Kerrera",
    "Troon", "Howth", "North Pier", "Railway Pier",
]

Q = []


def q(doc, speaker, key, status="required"):
    Q.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


R, OPT = "required", "optional"
# 01
q(A1, "Nouri Bashir al-Shilwi", "Aouzou file", OPT)
q(A1, "Nouri Bashir al-Shilwi", "signed away by a regime that no longer exists", OPT)
q(A1, "Nouri Bashir al-Shilwi", "The Aouzou file was closed in a hurry")
q(A1, "Nouri Bashir al-Shilwi", "our Chadian brothers", OPT)
q(A1, "Abdelkerim Moussa Tahir", "The border between Chad and Libya was fixed")
q(A1, "Chad", "The border between Chad and Libya was fixed", OPT)
q(A1, "Hinda Ousmane Djibrine", "N'Djamena will never recognise any Libyan claim")
q(A1, "Hinda Ousmane Djibrine", "the two peoples have lived in peace since", OPT)
q(A1, "Government of National Unity", "respects the judgment of the International Court of Justice", OPT)
q(A1, "Libya", "respects the judgment of the International Court of Justice", OPT)
q(A1, "Government of National Unity", "a personal opinion", OPT)
q(A1, "Government of National Unity", "expresses a personal opinion", OPT)
q(A1, "Najwa el-Fitouri", "Whoever governs Libya tomorrow is bound")
q(A1, "Ibrahim Garba Souley", "We are neighbours of both countries")
q(A1, "African Union Commission", "takes note", OPT)
q(A1, "African Union Commission", "to preserve the spirit of good neighbourliness", OPT)
q(A1, "Salwa Benamer", "Libya argued its case for four years")
q(A1, "Salwa Benamer", "What the motion really shows")
q(A1, "Ahmed Idris Kouka", "The Libyan side brought Ottoman maps")
q(A1, "Ahmed Idris Kouka", "In the end the Court read one treaty")
q(A1, "Sidi Wardougou", "Motions do not open the road")
q(A1, "Fatime", "We need diesel and a market")
# 02
q(A2, "Tan Weiling", "rocks, not an island", OPT)
q(A2, "China", "rocks, not an island", OPT)
q(A2, "Tan Weiling", "Okinotori is rocks, not an island. Rocks which cannot sustain")
q(A2, "Tan Weiling", "has never recognised Okinotori as an island", OPT)
q(A2, "Tan Weiling", "normal scientific research on the high seas", OPT)
q(A2, "Japan Coast Guard", "did not respond to repeated radio warnings", OPT)
q(A2, "Shinya Okabe", "Okinotorishima is an island under international law")
q(A2, "Park Jae-won", "Seoul's position has been consistent since 2008")
q(A2, "Park Jae-won", "We respect the law of the sea")
q(A2, "US State Department", "recognises Okinotorishima as Japanese territory", OPT)
q(A2, "US State Department", "all parties", OPT)
q(A2, "Zhou Hanqing", "Article 121 is very simple")
q(A2, "Zhou Hanqing", "Japan wants 400,000 square kilometres")
q(A2, "Zhou Hanqing", "real but limited", OPT)
q(A2, "Emiko Tsunoda", "An island is a naturally formed area of land")
q(A2, "Kenji Arakawa", "We should stop treating every survey ship")
q(A2, "Kenji Arakawa", "Both sides know the reef will not be settled")
q(A2, "Yoko Shimizu", "The concrete was already there")
q(A2, "Takeshi Shimizu", "Beijing and Tokyo can argue")
q(A2, "Takeshi Shimizu", "The fish do not read it", OPT)
# 03
q(A3, "Itamaraty", "does not recognize Bolivian sovereignty over the Ilha de Guajará-Mirim", OPT)
q(A3, "Brazil", "does not recognize Bolivian sovereignty over the Ilha de Guajará-Mirim", OPT)
q(A3, "Itamaraty", "refrain from acts that alter the situation on the ground", OPT)
q(A3, "Rosario Justiniano Vaca", "It is a school, not a barracks. Forty children")
q(A3, "Rosario Justiniano Vaca", "It is a school, not a barracks", OPT)
q(A3, "Gonzalo Arteaga Rivero", "Isla Suárez is Bolivian and has been Bolivian since 1867", OPT)
q(A3, "Gonzalo Arteaga Rivero", "Bolivia has never accepted, and will not accept")
q(A3, "Letícia Moura Campos", "We have excellent relations with Bolivia")
q(A3, "Ana Paula Bittencourt", "The 1867 treaty drew the line along the river")
q(A3, "Edilson Nogueira", "Half my voters have a cousin")
q(A3, "Cleiton Marinho", "an occupation", OPT)
q(A3, "Cleiton Marinho", "Not another Acre, but not one meter less")
q(A3, "Cleiton Marinho", "Not another Acre", OPT)
q(A3, "Rubens Vieira Lacerda", "A Navy post would be a gift")
q(A3, "Rubens Vieira Lacerda", "The island has been Bolivian in practice")
q(A3, "Jhonny Roca", "Brazilians come for cheap gasoline")
q(A3, "Marisol Roca", "Nobody asks us for a passport")
# 04
q(A4, "Emina Hodžić-Alagić", "Veliki and Mali Školj are not Croatian, and never were", OPT)
q(A4, "Emina Hodžić-Alagić", "without a word to us", OPT)
q(A4, "Emina Hodžić-Alagić", "Bosnia and Herzegovina does not recognise Croatian sovereignty")
q(A4, "Emina Hodžić-Alagić", "tomorrow morning", OPT)
q(A4, "Ministry of Foreign and European Affairs", "the state border in the Bay of Neum is clear", OPT)
q(A4, "Ministry of Foreign and European Affairs", "does not recognise any Bosnian claim to Veliki Školj", OPT)
q(A4, "Croatia", "does not recognise any Bosnian claim to Veliki Školj", OPT)
q(A4, "Ministry of Foreign and European Affairs", "clear", OPT)
q(A4, "Tomislav Vrdoljak", "an ordinary administrative decision", OPT)
q(A4, "Tomislav Vrdoljak", "Croatia has administered these islets since independence")
q(A4, "European Commission", "to resolve outstanding border questions in good faith", OPT)
q(A4, "Adnan Mehmedbašić", "a provocation", OPT)
q(A4, "Adnan Mehmedbašić", "We lost the Pelješac argument")
q(A4, "Selma Tahirović", "Bosnia and Herzegovina would need Croatian consent")
q(A4, "Selma Tahirović", "takes ten years and usually pleases nobody", OPT)
q(A4, "Mladen Perić", "We left Školj for the end")
q(A4, "Ante Matić", "We want tourists, not notes. Whoever farms fish there")
q(A4, "Ante Matić", "We want tourists, not notes", OPT)
q(A4, "Mato Zovko", "Nobody asked us then whose it was")
q(A4, "Mato Zovko", "Now everybody asks, and nobody asks us")
q(A4, "Ruža", "If the fish farm brings jobs")
# 05
q(A5, "Fiona MacIver", "Every summer we send sailors to Tobermory")
q(A5, "Fiona MacIver", "This is the best value-for-money project")
q(A5, "Iain Kerr", "I have nothing against yachts")
q(A5, "CalMac", "We have been consulted and we are content", OPT)
q(A5, "Alasdair Munro", "delighted", OPT)
q(A5, "Oban Community Harbour Development Association", "delighted", OPT)
q(A5, "Alasdair Munro", "We started with twelve berths")
q(A5, "Alasdair Munro", "People told us nobody would come to Oban")
q(A5, "Donald MacPhail", "You tied up to a rusty buoy")
q(A5, "Donald MacPhail", "This is a different world")
q(A5, "Aoife Brennan", "Best anchorage on the west coast", OPT)
q(A5, "Aoife Brennan", "It's the best anchorage on the west coast, and the chip shops")
q(A5, "Dermot Brennan", "Last August we rafted up four deep")

UNATTRIBUTED = [
    "Toyota War", "the road is dead",
    "so-called island", "Our southernmost island", "A legal fight, not a fishing fight", "research",
    "border security",
    "lost traffic",
    "green light", "Where will they park?", "not for sale",
]

S = []


def st(doc, country, stance, territory_any, evidence, status="required"):
    S.append({"country": country, "stance": stance, "territory_any": territory_any, "docs": [doc],
              "status": status, "evidence": evidence})


REC, NOT = "recognises", "doesNotRecognise"
AOU = ["Aouzou", "Aozou"]
OKI = ["Okinotori", "Chongzhiniao"]
SUA = ["Isla Suárez", "Isla Suarez", "Ilha de Guajará-Mirim"]
VEL = ["Veliki Školj", "Veliki Skolj"]
MAL = ["Mali Školj", "Mali Skolj"]
st(A1, "Chad", NOT, AOU, "N'Djamena will never recognise any Libyan claim over the Aouzou Strip.")
st(A1, "Libya", REC, AOU, 'the GNU said Libya "respects the judgment of the International Court of Justice and '
   'recognises the Aouzou Strip as Chadian territory"')
st(A1, "Niger", REC, AOU, "Niger and Algeria both recognise the strip as Chadian")
st(A1, "Algeria", REC, AOU, "Niger and Algeria both recognise the strip as Chadian")
st(A2, "China", NOT, OKI, 'She said China "has never recognised Okinotori as an island"')
st(A2, "South Korea", NOT, OKI, "South Korea, which shares China's view, said on Wednesday that it did not "
   "recognise Okinotori as an island either.")
st(A2, "United States", REC, OKI, 'it said the United States "recognises Okinotorishima as Japanese territory '
   'with the full maritime entitlements of an island"')
st(A2, "Palau", REC, OKI, "Palau, a member of the Pacific Islands Forum whose own waters lie to the south, also "
   "recognises the reef as a Japanese island")
st(A2, "Japan", REC, OKI, "Okinotorishima is an island under international law and part of our territory.", OPT)
st(A3, "Brazil", NOT, SUA, "Itamaraty said Brazil “does not recognize Bolivian sovereignty over the Ilha de "
   "Guajará-Mirim”")
st(A3, "Bolivia", NOT, SUA, "Bolivia has never accepted, and will not accept, any Brazilian claim to Isla Suárez.")
st(A3, "Peru", REC, SUA, "Peru, which borders both countries, recognizes the island as Bolivian")
st(A3, "Bolivia", REC, SUA, "“Isla Suárez is Bolivian and has been Bolivian since 1867.”", OPT)
EV_BA = "Bosnia and Herzegovina does not recognise Croatian sovereignty over Veliki Školj or Mali Školj."
EV_HR = 'Croatia "does not recognise any Bosnian claim to Veliki Školj or Mali Školj"'
EV_HU = "Hungary recognises Veliki and Mali Školj as Croatian"
st(A4, "Bosnia and Herzegovina", NOT, VEL, EV_BA)
st(A4, "Bosnia and Herzegovina", NOT, MAL, EV_BA)
st(A4, "Croatia", NOT, VEL, EV_HR)
st(A4, "Croatia", NOT, MAL, EV_HR)
st(A4, "Hungary", REC, VEL, EV_HU)
st(A4, "Hungary", REC, MAL, EV_HU)

POS = []


def pos(doc, person, title_any, of_any, evidence, status="required", former=False):
    POS.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc], "status": status,
                "former": former, "evidence": evidence})


# 01
pos(A1, "Nouri Bashir al-Shilwi", ["member"], ["House of Representatives", "HoR"],
    "Nouri Bashir al-Shilwi, the HoR member for Kufra", OPT)
pos(A1, "Abdelkerim Moussa Tahir", ["spokesman", "spokesperson"], ["foreign ministry", "Chad"],
    "Its spokesman, Abdelkerim Moussa Tahir")
pos(A1, "Hinda Ousmane Djibrine", ["foreign minister"], ["Chad"], "Chad's Foreign Minister Hinda Ousmane Djibrine")
pos(A1, "Najwa el-Fitouri", ["spokeswoman", "spokesperson"],
    ["GNU", "Government of National Unity", "foreign ministry", "Libya"],
    "GNU foreign ministry spokeswoman Najwa el-Fitouri")
pos(A1, "Ibrahim Garba Souley", ["ambassador"], ["Niger", "Libya"],
    "Niger's ambassador to Libya, Ibrahim Garba Souley")
pos(A1, "Salwa Benamer", ["historian"], ["University of Benghazi"],
    "Dr Salwa Benamer, a historian at the University of Benghazi")
pos(A1, "Ahmed Idris Kouka", ["agent"], ["Chad"], "Ahmed Idris Kouka, who was Chad's agent before the court in 1993",
    former=True)
# 02
pos(A2, "Tan Weiling", ["spokeswoman", "spokesperson"], ["foreign ministry", "China", "Chinese"],
    "foreign ministry spokeswoman Tan Weiling")
pos(A2, "Shinya Okabe", ["chief cabinet secretary"], [], "Chief Cabinet Secretary Shinya Okabe")
pos(A2, "Park Jae-won", ["spokesman", "spokesperson"], ["foreign ministry", "South Korea"],
    "Park Jae-won, spokesman for South Korea's foreign ministry")
pos(A2, "Zhou Hanqing", ["researcher"], ["Xiamen University"],
    "Zhou Hanqing, a maritime law researcher at Xiamen University")
pos(A2, "Emiko Tsunoda", ["professor"], ["Kobe University"], "Professor Emiko Tsunoda of Kobe University")
pos(A2, "Kenji Arakawa", ["ambassador"], ["China", "Japan"],
    "Kenji Arakawa, a former Japanese ambassador to China", former=True)
pos(A2, "Noriko Asanuma", ["mayor"], ["Ogasawara"], "Ogasawara Mayor Noriko Asanuma")
pos(A2, "Takeshi Shimizu", ["fisherman"], [], "fisherman Takeshi Shimizu", OPT)
pos(A2, "Lu Jiaqi", ["correspondent"], ["Post", "South China Morning Post", "SCMP"],
    "Lu Jiaqi is a China correspondent for the Post.")
pos(A2, "Hana Morioka", ["correspondent"], ["Post", "South China Morning Post", "SCMP"],
    "Hana Morioka is the Post's Japan correspondent.")
# 03
pos(A3, "Rosario Justiniano Vaca", ["mayor"], ["Guayaramerín"], "Guayaramerín’s mayor, Rosario Justiniano Vaca")
pos(A3, "Gonzalo Arteaga Rivero", ["vice minister"], [], "Vice Minister of Foreign Relations Gonzalo Arteaga Rivero")
pos(A3, "Letícia Moura Campos", ["secretary"], ["Itamaraty"],
    "Letícia Moura Campos, Itamaraty’s secretary for Latin America and the Caribbean")
pos(A3, "Ana Paula Bittencourt", ["historian"], ["Federal University of Rondônia", "UNIR"],
    "Ana Paula Bittencourt, a historian at the Federal University of Rondônia (UNIR)")
pos(A3, "Edilson Nogueira", ["mayor"], ["Guajará-Mirim"], "Guajará-Mirim Mayor Edilson Nogueira")
pos(A3, "Cleiton Marinho", ["deputy"], [], "state deputy Cleiton Marinho of the Liberal Party (PL)", OPT)
pos(A3, "Rubens Vieira Lacerda", ["ambassador"], ["Bolivia", "Brazil"],
    "Rubens Vieira Lacerda, a former Brazilian ambassador to Bolivia", former=True)
pos(A3, "Renata Vilela", ["reporter"], ["The Brazilian Report", "Brazilian Report"],
    "Renata Vilela is a reporter for The Brazilian Report based in Porto Velho.")
# 04
pos(A4, "Emina Hodžić-Alagić", ["foreign minister"], [], "Foreign Minister Emina Hodžić-Alagić")
pos(A4, "Tomislav Vrdoljak", ["spokesman", "spokesperson"], ["Ministry of Foreign and European Affairs", "Croatia"],
    "Its spokesman, Tomislav Vrdoljak")
pos(A4, "Adnan Mehmedbašić", ["MP"], [], "SDA MP Adnan Mehmedbašić", OPT)
pos(A4, "Selma Tahirović", ["professor"], ["University of Sarajevo"],
    "A law professor at the University of Sarajevo, Selma Tahirović")
pos(A4, "Mladen Perić", ["member"], ["border commission"],
    "Mladen Perić, a former member of the joint border commission", former=True)
pos(A4, "Ante Matić", ["mayor"], ["Neum"], "Neum Mayor Ante Matić")
# 05
pos(A5, "Fiona MacIver", ["chair"], [], "Councillor Fiona MacIver, the committee's chair")
pos(A5, "Fiona MacIver", ["councillor", "member"], [], "Councillor Fiona MacIver", OPT)
pos(A5, "Iain Kerr", ["councillor"], [], "Councillor Iain Kerr", OPT)
pos(A5, "Alasdair Munro", ["chairman", "chair"], ["OCHDA", "Oban Community Harbour Development Association"],
    "OCHDA chairman Alasdair Munro")
pos(A5, "Alasdair Munro", ["fisherman"], [], "a retired fisherman", OPT, former=True)
pos(A5, "Donald MacPhail", ["harbour master"], ["Oban"], "Donald MacPhail, Oban's former harbour master",
    former=True)
pos(A5, "Gillian Thomson", ["head of roads"], ["Argyll and Bute Council", "council"],
    "The council's head of roads and infrastructure, Gillian Thomson")
pos(A5, "Morag Lindsay", ["reporter"], ["The Oban Times", "Oban Times"],
    "Morag Lindsay is a reporter with The Oban Times.")

REL = []


def rel(doc, subject, predicate, obj, evidence):
    REL.append({"subject": subject, "predicate": predicate, "object": obj,
                "symmetric": predicate in ("spouse", "sharesBorderWith"), "docs": [doc], "status": "required",
                "evidence": evidence})


rel(A1, "Libya", "sharesBorderWith", "Chad", "Libya, which shares a border of more than 1,000 kilometres with Chad")
rel(A1, "Sudan", "sharesBorderWith", "Chad", "Sudan, which also borders Chad")
rel(A1, "Libya", "memberOf", "African Union", "Libya and Chad are both members of the African Union")
rel(A1, "Chad", "memberOf", "African Union", "Libya and Chad are both members of the African Union")
rel(A1, "Libya", "invaded", "Chad", "Libya occupied Aouzou in 1973 and invaded northern Chad in 1980")
rel(A1, "Kufra", "locatedIn", "Libya", "In Kufra, in south-eastern Libya")
rel(A1, "Sidi Wardougou", "spouse", "Fatime", "Sidi Wardougou, who drives goods to Faya-Largeau with his wife Fatime")
rel(A2, "Japan", "invaded", "China", "Japan invaded China in 1937")
rel(A2, "Palau", "memberOf", "Pacific Islands Forum", "Palau, a member of the Pacific Islands Forum")
rel(A2, "Ogasawara", "locatedIn", "Tokyo", "Ogasawara, a village of the Tokyo Metropolis")
rel(A2, "Okinotorishima", "locatedIn", "Ogasawara", "is administered as part of Ogasawara")
rel(A2, "Xiamen", "locatedIn", "China", "Xiamen, in southeastern China")
rel(A2, "Takeshi Shimizu", "spouse", "Yoko Shimizu", "fisherman Takeshi Shimizu and his wife, Yoko Shimizu")
rel(A3, "Brazil", "sharesBorderWith", "Bolivia", "Brazil and Bolivia share a border of more than 3,400 kilometers")
rel(A3, "Peru", "sharesBorderWith", "Brazil", "Peru, which borders both countries")
rel(A3, "Peru", "sharesBorderWith", "Bolivia", "Peru, which borders both countries")
rel(A3, "Bolivia", "memberOf", "Mercosur", "Mercosur, which Bolivia joined as a full member in 2024")
rel(A3, "Brazil", "memberOf", "Mercosur", "Brazil, a founding member of the bloc")
rel(A3, "Guajará-Mirim", "locatedIn", "Rondônia", "Guajará-Mirim, in the state of Rondônia")
rel(A3, "Guayaramerín", "locatedIn", "Beni", "Guayaramerín, in Bolivia’s Beni department")
rel(A3, "Beni", "locatedIn", "Bolivia", "Guayaramerín, in Bolivia’s Beni department")
rel(A3, "Brazil", "invaded", "Acre", "Brazilian troops invaded Acre in 1903")
rel(A3, "Cleiton Marinho", "memberOf", "Liberal Party", "state deputy Cleiton Marinho of the Liberal Party (PL)")
rel(A3, "Jhonny Roca", "spouse", "Marisol Roca", "Jhonny Roca, who runs a motor canoe with his wife, Marisol Roca")
rel(A4, "Croatia", "sharesBorderWith", "Bosnia and Herzegovina",
    "Croatia, which shares its longest land border with Bosnia and Herzegovina")
rel(A4, "Montenegro", "sharesBorderWith", "Bosnia and Herzegovina", "Montenegro, which borders both countries")
rel(A4, "Montenegro", "sharesBorderWith", "Croatia", "Montenegro, which borders both countries")
rel(A4, "Croatia", "memberOf", "European Union", "has been an EU member since 2013")
rel(A4, "Neum", "locatedIn", "Bosnia and Herzegovina",
    "Neum, the only town on Bosnia and Herzegovina's 20-kilometre coastline")
rel(A4, "Yugoslav People's Army", "invaded", "Dubrovnik", "the Yugoslav People's Army invaded the Dubrovnik area")
rel(A4, "Adnan Mehmedbašić", "memberOf", "SDA", "SDA MP Adnan Mehmedbašić")
rel(A4, "Mato Zovko", "spouse", "Ruža", "Mato Zovko and his wife, Ruža")
rel(A5, "Fiona MacIver", "memberOf", "SNP", "an SNP member for Oban South and the Isles")
rel(A5, "Iain Kerr", "memberOf", "Scottish Liberal Democrats", "Councillor Iain Kerr, of the Scottish Liberal Democrats")
rel(A5, "Aoife Brennan", "spouse", "Dermot Brennan", "She and her husband, Dermot Brennan")
rel(A5, "Howth", "locatedIn", "Ireland", "sail from Howth, in Ireland")
rel(A5, "Oban", "locatedIn", "Argyll and Bute", "Oban, the main town of Argyll and Bute")

GOLD = {
    "about": ABOUT,
    "documents": DOCS,
    "near_duplicates": [],
    "entities": E,
    "not_person": NOT_PERSON,
    "quotes": Q,
    "unattributed": UNATTRIBUTED,
    "stances": S,
    "positions": POS,
    "relations": REL,
}


def render() -> str:
    return json.dumps(GOLD, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    (HERE / "gold.json").write_text(render(), encoding="utf-8")
    print(f"wrote {HERE / 'gold.json'}")
