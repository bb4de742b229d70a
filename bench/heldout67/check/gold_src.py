#!/usr/bin/env python3
"""Writes bench/heldout67/gold.json: the hand-made gold standard for bench/heldout67/articles."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D1, D2, D3, D4, D5 = ("01_echorouk_kabylie.txt", "02_manilabulletin_miangas.txt", "03_chosunilbo_gando.txt",
                      "04_24kg_kempirabad.txt", "05_citizendigital_kilifi_newborn_unit.txt")
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout67/gold.json: the hand-made gold standard for bench/heldout67/articles (five invented
articles; every person is fictional). Format as shared/eval/seeds-gold.json, read by shared/eval/score.py.
Conventions: `key` is a distinctive verbatim stretch of the quote's own words. `required` quotes are full
statements with an explicit speaker (name, surname, given name used by the paper, pronoun, role or
organisation), including sentences after the cue, colon quotes, `according to` quotes and every paragraph of a
multi-paragraph quote. `optional` quotes are partial quotes, headline/deck/subhead echoes and second holders.
Anonymous speakers (a police officer, a State Department official, a nurse) are not listed, so any
attribution of their words counts as wrong. `unattributed` are scare quotes with no speaker.
Stances: polarity follows the wording (negated or rejecting verbs give doesNotRecognise); required = explicit
stance of a country (the country, its government, ministry, capital or a minister/spokesperson speaking for
it); optional = a claimant's assertion of its own sovereignty; questions, hypotheticals, conditionals and
recognition of things that are not territories (a declaration, a deal) are not stances. Positions: `of_any`
is empty when the text names no organisation next to the title; occupations, seats and verb-only titles
(`who heads`, `who chairs`, `teaches`) are optional; former posts and author footers are required.
Relations: only those stated in the text. Entities: every person, organisation, country, territory and place
named in the article text including bylines, photo credits, copyright lines and related links; seas, rivers,
reservoirs that are not the stance object, treaties, resolutions and social platforms are not entities;
capitals used for governments are places. Each entity, stance, position and relation carries `docs`;
stances, positions and relations carry a verbatim `evidence` string; positions carry `former`."""

ENT = []
def E(t, name, docs, *aliases):
    ENT.append({"type": t, "name": name, "aliases": list(aliases), "docs": docs})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# --- D1
for a in [(P, "Karima Tazrout", "Tazrout"), (P, "Samir Haddadi", "Haddadi"), (P, "Rachid Benyoucef", "Benyoucef"),
          (P, "Idir Aït Larbi", "Aït Larbi", "Ait Larbi", "Idir Ait Larbi"), (P, "Hédi Ben Salem", "Ben Salem", "Hedi Ben Salem"),
          (P, "Sidi Mohamed Ould Ahmedou", "Ould Ahmedou"), (P, "Claire Vautrin", "Vautrin"),
          (P, "Mokrane Ziani"), (P, "Tassadit Ziani"), (P, "Nadia Belkacem", "Belkacem"),
          (P, "Lounès Hamitouche", "Hamitouche", "Lounes Hamitouche"),
          (P, "Mohand Saïd Ouchène", "Ouchène", "Ouchene", "Mohand Said Ouchene"),
          (O, "Echorouk Online", "Echorouk"), (O, "People's National Assembly"),
          (O, "Movement for the Self-Determination of Kabylie", "MAK"), (O, "Arab Maghreb Union"),
          (O, "Ministry for Europe and Foreign Affairs", "French Ministry for Europe and Foreign Affairs"),
          (O, "State Department"), (O, "African Union"), (O, "FLN"),
          (O, "Mouloud Mammeri University of Tizi Ouzou", "Mouloud Mammeri University"), (O, "Council of the Nation"),
          (C, "Algeria"), (C, "Tunisia"), (C, "Mauritania"), (C, "France"), (C, "Morocco"),
          (T, "Kabylie", "Kabylia"),
          (L, "Tizi Ouzou"), (L, "Azazga"), (L, "Algiers"), (L, "Oran"), (L, "Paris"), (L, "Bejaia"), (L, "Bouira"),
          (L, "Washington"), (L, "Nouakchott")]:
    E(a[0], a[1], [D1], *a[2:])
E(C, "United States", [D1, D2], "US")
# --- D2
for a in [(P, "Jericho Dalisay", "Dalisay"), (P, "Arnold Quiambao", "Quiambao"), (P, "Teodoro Villacorta", "Villacorta"),
          (P, "Ferdinand Sumalpong", "Sumalpong"), (P, "Rizal Hamdani", "Hamdani"), (P, "Benjie Alcantara", "Alcantara"),
          (P, "Nestor Lumanog", "Nestor"), (P, "Merlie Lumanog", "Merlie"), (P, "Rosalinda Dagohoy", "Dagohoy"),
          (P, "Abelardo Catindig", "Catindig"),
          (O, "Manila Bulletin", "MB"), (O, "Manila Bulletin Publishing Corporation"),
          (O, "Department of Foreign Affairs", "DFA"), (O, "Lakas-CMD"), (O, "Permanent Court of Arbitration"),
          (O, "ASEAN"), (O, "University of the Philippines"),
          (C, "Philippines"), (C, "Indonesia"), (C, "Netherlands"),
          (T, "Miangas", "Las Palmas"),
          (L, "General Santos City", "General Santos"), (L, "Malapatan"), (L, "Sarangani"), (L, "Davao Occidental"),
          (L, "Talaud Islands"), (L, "North Sulawesi"), (L, "The Hague"), (L, "Mindanao"), (L, "Manila"), (L, "Jakarta")]:
    E(a[0], a[1], [D2], *a[2:])
E(C, "Japan", [D2, D3])
# --- D3
for a in [(P, "Kim Ha-neul"), (P, "Park Seo-jin"), (P, "Choi Dong-hwan", "Choi"), (P, "Zhou Liyan", "Zhou"),
          (P, "Ahn Jae-won", "Ahn"), (P, "Lee Seon-mi", "Lee"), (P, "Han Gyeong-su", "Han"), (P, "Song Min-ho", "Song"),
          (P, "Jin Chunhua"), (P, "Piao Zhe"),
          (O, "The Chosun Ilbo", "Chosun Ilbo", "Chosunilbo"), (O, "People Power Party"), (O, "National Assembly"),
          (O, "Democratic Party"), (O, "Korea University"),
          (C, "China"), (C, "South Korea", "Republic of Korea"), (C, "North Korea"), (C, "Korean Empire"),
          (T, "Gando", "Jiandao"),
          (L, "Yanbian Korean Autonomous Prefecture", "Yanbian"), (L, "Jilin Province", "Jilin"), (L, "Yanji"),
          (L, "Longjing")]:
    E(a[0], a[1], [D3], *a[2:])
# --- D4
for a in [(P, "Anara Ismailova", "Ismailova"), (P, "Timur Sadykov", "Sadykov"), (P, "Kubanychbek Sydykov", "Sydykov"),
          (P, "Aigerim Toktosunova", "Toktosunova"), (P, "Emil Jeenaliev", "Jeenaliev"),
          (P, "Farrukh Ismoilov", "Ismoilov"), (P, "Dana Yermekbayeva", "Yermekbayeva"),
          (P, "Turgunbai Alimov", "Alimov"), (P, "Gulnara Alimova", "Alimova"), (P, "Azamat Kerimbekov", "Kerimbekov"),
          (P, "Baktygul Osmonova", "Osmonova"),
          (O, "24.kg news agency", "24.kg"), (O, "Ministry of Foreign Affairs of Kyrgyzstan"),
          (O, "Ministry of Foreign Affairs of Uzbekistan"), (O, "Constitutional Court"), (O, "Jogorku Kenesh"),
          (O, "Ata-Jurt Kyrgyzstan"), (O, "Eurasian Economic Union"), (O, "Shanghai Cooperation Organisation"),
          (O, "American University of Central Asia", "AUCA"),
          (C, "Kyrgyzstan"), (C, "Uzbekistan"), (C, "Kazakhstan"), (C, "Tajikistan"),
          (T, "Kempir-Abad reservoir", "Kempir-Abad", "Andijan reservoir"),
          (L, "Bazar-Korgon district", "Bazar-Korgon"), (L, "Jalal-Abad region", "Jalal-Abad"),
          (L, "Andijan region"), (L, "Kyzyl-Too")]:
    E(a[0], a[1], [D4], *a[2:])
# --- D5
for a in [(P, "Amina Chengo", "Chengo"), (P, "Rehema Kahindi", "Kahindi"), (P, "Josephine Mramba", "Mramba"),
          (P, "Omar Baya", "Baya"), (P, "Zawadi Charo"), (P, "Kenga Charo"), (P, "Sarah Mwakio", "Mwakio"),
          (P, "Baraka Ngumbao", "Ngumbao"),
          (O, "Citizen Digital"), (O, "Kilifi County Referral Hospital"), (O, "County Government of Kilifi"),
          (O, "Safaricom Foundation"), (O, "KEMRI-Wellcome Trust Research Programme"), (O, "ODM"),
          (O, "Royal Media Services Ltd", "Royal Media Services"),
          (C, "Kenya"),
          (L, "Kilifi"), (L, "Kilifi County"), (L, "Tana River County"), (L, "Malindi"), (L, "Mariakani"),
          (L, "Ganze"), (L, "Kilifi North"), (L, "Mombasa")]:
    E(a[0], a[1], [D5], *a[2:])

Q = []
def q(doc, speaker, status, *keys):
    for k in keys:
        Q.append({"speaker": speaker, "key": k, "docs": [doc], "status": status})
R, OPT = "required", "optional"
q(D1, "Rachid Benyoucef", R, "Kabylie is Algeria and Algeria is Kabylie", "Those who wrote this declaration in a Paris apartment")
q(D1, "Rachid Benyoucef", OPT, "a theatre with no audience", "no second flag on this soil")
q(D1, "Idir Aït Larbi", R, "Today the Kabyle people take back the right")
q(D1, "Hédi Ben Salem", OPT, "fully and without reservation")
q(D1, "Sidi Mohamed Ould Ahmedou", R, "Mauritania stands with Algeria. The unity of a neighbour")
q(D1, "Claire Vautrin", R, "France does not recognise this so-called state")
q(D1, "African Union", OPT, "stands by the borders inherited at independence")
q(D1, "Mokrane Ziani", R, "We sell bread, not flags. My sons are in Algiers")
q(D1, "Mokrane Ziani", OPT, "We sell bread, not flags")
q(D1, "Tassadit Ziani", R, "These people live in Paris and they decide for us")
q(D1, "Nadia Belkacem", R, "Every time this movement speaks")
q(D1, "Lounès Hamitouche", R, "A state needs territory, a population", "The real question is not recognition")
q(D1, "Mohand Saïd Ouchène", R, "Nobody here needs lessons in patriotism")
q(D2, "Teodoro Villacorta", R, "The Philippines recognizes Indonesia's sovereignty over Miangas")
q(D2, "Department of Foreign Affairs", OPT, "Miangas is Indonesian, the case is closed", "The Philippines recognizes Indonesia's sovereignty over Miangas")
q(D2, "Teodoro Villacorta", OPT, "Miangas is Indonesian, the case is closed")
q(D2, "Ferdinand Sumalpong", R, "My constituents are not asking for war", "If the DFA thinks this is settled")
q(D2, "Ferdinand Sumalpong", OPT, "study all legal avenues")
q(D2, "Rizal Hamdani", R, "Miangas is Indonesian territory by international law", "We trust our Philippine friends")
q(D2, "Benjie Alcantara", R, "An arbitral award is final")
q(D2, "Nestor Lumanog", R, "We don't care whose flag is on the island", "We just want to fish near it without being chased")
q(D2, "Nestor Lumanog", OPT, "We just want to fish")
q(D2, "Merlie Lumanog", R, "Last year the Indonesian navy held my husband")
q(D2, "Abelardo Catindig", R, "We are a nation of laws")
q(D3, "Choi Dong-hwan", R, "Japan had no right to give away land it did not own", "We are not drawing new borders")
q(D3, "Choi Dong-hwan", OPT, "null and void")
q(D3, "Zhou Liyan", R, "Relevant resolutions have no meaning in law or in fact", "We urge the Korean side to handle historical questions")
q(D3, "Zhou Liyan", OPT, "has no meaning")
q(D3, "Ahn Jae-won", R, "This resolution reflects the views of individual lawmakers")
q(D3, "Ahn Jae-won", OPT, "has no territorial claim of any kind")
q(D3, "Lee Seon-mi", R, "It damages the lives of ethnic Koreans in Yanbian")
q(D3, "Lee Seon-mi", OPT, "a gift to nationalists on both sides")
q(D3, "Han Gyeong-su", R, "The North settled its border with China in 1962")
q(D3, "Song Min-ho", R, "No president will spend political capital")
q(D3, "Jin Chunhua", R, "We are Chinese citizens who speak Korean")
q(D3, "Piao Zhe", R, "Every few years somebody makes a speech", "Then the tourists come back anyway")
q(D4, "Ministry of Foreign Affairs of Kyrgyzstan", OPT, "will not be reopened")
q(D4, "Kubanychbek Sydykov", R, "The agreement was ratified by the Jogorku Kenesh")
q(D4, "Aigerim Toktosunova", R, "Land cannot be exchanged like a sheep at a bazaar", "If the judges refuse us")
q(D4, "Emil Jeenaliev", R, "We need a legal answer, not a street answer")
q(D4, "Farrukh Ismoilov", R, "the question of the reservoir was resolved by two sovereign states")
q(D4, "Farrukh Ismoilov", OPT, "serves the people of both countries")
q(D4, "Dana Yermekbayeva", R, "We welcome every border agreement in Central Asia")
q(D4, "Turgunbai Alimov", R, "Before the deal we fought for water every summer")
q(D4, "Gulnara Alimova", R, "Water today, and tomorrow?")
q(D4, "Azamat Kerimbekov", R, "Courts almost never cancel ratified border treaties")
q(D4, "Baktygul Osmonova", OPT, "misunderstand what was exchanged")
q(D5, "Rehema Kahindi", R, "No mother in Kilifi should ever again be told")
q(D5, "Rehema Kahindi", OPT, "No mother should share a cot again")
q(D5, "Josephine Mramba", R, "We were doing our best in a room built for half the babies", "Now every baby has a cot")
q(D5, "Zawadi Charo", R, "I slept on the floor because there was no chair")
q(D5, "Zawadi Charo", OPT, "I slept on the floor")
q(D5, "Kenga Charo", R, "The doctors saved them")
q(D5, "Sarah Mwakio", R, "When you put three babies in one cot")
q(D5, "Safaricom Foundation", OPT, "proud to stand with the mothers of Kilifi")
q(D5, "Baraka Ngumbao", R, "We have opened a room for babies")

S = []
def s(doc, country, stance, terr, status, ev):
    S.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc], "status": status, "evidence": ev})
REC, NOT = "recognises", "doesNotRecognise"
KAB, MIA, GAN, KEM = ["Kabylie", "Kabylia"], ["Miangas", "Las Palmas"], ["Gando", "Jiandao"], ["Kempir-Abad", "Andijan reservoir"]
s(D1, "Algeria", NOT, KAB, R, "Algeria will never recognise what a Paris-based separatist group calls an independent state in Kabylie")
s(D1, "Algeria", REC, KAB, OPT, "Algeria considers Kabylie an inseparable part of the national territory")
s(D1, "Tunisia", REC, KAB, R, "Tunisia declared that it backs Algeria's sovereignty over Kabylie")
s(D1, "Mauritania", REC, KAB, R, "Nouakchott considers Kabylie an integral part of Algeria")
s(D1, "France", NOT, KAB, R, "does not recognise any independent Kabylie")
s(D2, "Philippines", REC, MIA, R, "The Philippines recognizes Indonesia's sovereignty over Miangas")
s(D2, "Indonesia", NOT, MIA, R, "Indonesia rejects any Philippine claim to Miangas")
s(D2, "Indonesia", REC, MIA, OPT, "Miangas is Indonesian territory by international law")
s(D3, "China", NOT, GAN, R, "China does not accept that Jiandao was ever Korean territory")
s(D3, "South Korea", REC, GAN, R, "The government acknowledges Chinese sovereignty over Gando")
s(D3, "North Korea", NOT, GAN, R, "has never recognized any Korean claim to Gando")
s(D4, "Kyrgyzstan", REC, KEM, R, "Kyrgyzstan recognises Uzbekistan's sovereignty over the Kempir-Abad reservoir")
s(D4, "Uzbekistan", NOT, KEM, R, "Uzbekistan rejects the claim that the reservoir belongs to Kyrgyzstan")
s(D4, "Uzbekistan", REC, KEM, OPT, "considers it Uzbek territory")
s(D4, "Kazakhstan", REC, KEM, R, "Kazakhstan considers the Kempir-Abad reservoir part of Uzbekistan")

PO = []
def p(doc, person, title, of, status, ev, former=False):
    PO.append({"person": person, "title_any": title, "of_any": of, "status": status, "docs": [doc], "evidence": ev, "former": former})
p(D1, "Rachid Benyoucef", ["foreign minister"], ["Algeria"], R, "Foreign Minister Rachid Benyoucef")
p(D1, "Idir Aït Larbi", ["president"], ["Movement for the Self-Determination of Kabylie", "MAK"], OPT, "Its self-styled president, Idir Aït Larbi")
p(D1, "Hédi Ben Salem", ["foreign minister"], ["Tunisia"], R, "its Foreign Minister, Hédi Ben Salem")
p(D1, "Sidi Mohamed Ould Ahmedou", ["spokesman"], ["Mauritania", "foreign ministry"], R, "Its spokesman, Sidi Mohamed Ould Ahmedou")
p(D1, "Claire Vautrin", ["spokeswoman"], ["Ministry for Europe and Foreign Affairs", "France"], R, "Claire Vautrin, deputy spokeswoman of the French Ministry for Europe and Foreign Affairs")
p(D1, "Mokrane Ziani", ["grocer"], [], OPT, "grocer Mokrane Ziani")
p(D1, "Nadia Belkacem", ["deputy"], ["FLN"], OPT, "Nadia Belkacem, an FLN deputy for Tizi Ouzou")
p(D1, "Lounès Hamitouche", ["law", "teaches"], ["Mouloud Mammeri"], OPT, "who teaches constitutional law at Mouloud Mammeri University of Tizi Ouzou")
p(D1, "Mohand Saïd Ouchène", ["wali"], ["Bejaia"], R, "a former wali of Bejaia", True)
p(D1, "Mohand Saïd Ouchène", ["member", "senator"], ["Council of the Nation"], OPT, "now sits in the Council of the Nation")
p(D1, "Karima Tazrout", ["correspondent"], ["Echorouk"], R, "Karima Tazrout is Echorouk's correspondent in Tizi Ouzou")
p(D2, "Teodoro Villacorta", ["spokesperson", "assistant secretary"], ["Department of Foreign Affairs", "DFA"], R, "DFA spokesperson Assistant Secretary Teodoro Villacorta")
p(D2, "Ferdinand Sumalpong", ["rep", "representative", "congressman"], ["Sarangani", "Lakas"], OPT, "Sarangani Rep. Ferdinand Sumalpong of Lakas-CMD")
p(D2, "Ferdinand Sumalpong", ["mayor"], ["Malapatan"], R, "a former mayor of Malapatan", True)
p(D2, "Rizal Hamdani", ["spokesman"], ["Indonesia", "foreign ministry"], R, "foreign ministry spokesman Rizal Hamdani")
p(D2, "Benjie Alcantara", ["law", "teaches", "professor"], ["University of the Philippines"], OPT, "who teaches the law of the sea at the University of the Philippines")
p(D2, "Nestor Lumanog", ["fisherman"], [], OPT, "fisherman Nestor Lumanog")
p(D2, "Rosalinda Dagohoy", ["mayor"], ["General Santos"], R, "General Santos City Mayor Rosalinda Dagohoy")
p(D2, "Abelardo Catindig", ["sen", "senator", "chair"], [], OPT, "Sen. Abelardo Catindig, who chairs the Senate committee on foreign relations")
p(D2, "Jericho Dalisay", ["correspondent"], ["Manila Bulletin"], R, "Jericho Dalisay is a Manila Bulletin correspondent")
p(D3, "Choi Dong-hwan", ["rep", "lawmaker"], ["People Power Party"], OPT, "Rep. Choi Dong-hwan, the resolution's lead sponsor")
p(D3, "Choi Dong-hwan", ["head", "chair"], ["committee on historical distortion", "National Assembly"], OPT, "who heads the Assembly's special committee on historical distortion")
p(D3, "Zhou Liyan", ["spokesperson"], ["China", "Chinese foreign ministry", "foreign ministry"], R, "Chinese foreign ministry spokesperson Zhou Liyan")
p(D3, "Ahn Jae-won", ["spokesperson"], ["Ministry of Foreign Affairs", "South Korea", "foreign affairs"], R, "ministry spokesperson Ahn Jae-won")
p(D3, "Lee Seon-mi", ["rep", "lawmaker"], ["Democratic Party"], OPT, "Rep. Lee Seon-mi of the opposition Democratic Party")
p(D3, "Han Gyeong-su", ["prof", "professor"], ["Korea University"], R, "Prof. Han Gyeong-su of Korea University")
p(D3, "Song Min-ho", ["ambassador"], ["China"], R, "Song Min-ho, a former ambassador to China", True)
p(D3, "Kim Ha-neul", ["reporter"], ["Chosun"], R, "Kim Ha-neul is a political reporter at the Chosun Ilbo")
p(D4, "Kubanychbek Sydykov", ["deputy minister"], ["Foreign Affairs", "Kyrgyzstan"], R, "Deputy Minister of Foreign Affairs Kubanychbek Sydykov")
p(D4, "Aigerim Toktosunova", ["chairwoman"], [], R, "a public committee whose chairwoman, Aigerim Toktosunova")
p(D4, "Emil Jeenaliev", ["deputy"], ["Jogorku Kenesh"], OPT, "Emil Jeenaliev, a deputy of the Jogorku Kenesh")
p(D4, "Farrukh Ismoilov", ["spokesman"], ["Ministry of Foreign Affairs of Uzbekistan", "Uzbekistan"], R, "Farrukh Ismoilov, spokesman for the Ministry of Foreign Affairs of Uzbekistan")
p(D4, "Dana Yermekbayeva", ["spokesperson"], ["Kazakh", "Kazakhstan", "Foreign Ministry"], R, "Kazakh Foreign Ministry spokesperson Dana Yermekbayeva")
p(D4, "Turgunbai Alimov", ["farmer"], [], OPT, "farmer Turgunbai Alimov")
p(D4, "Azamat Kerimbekov", ["law", "teaches"], ["American University of Central Asia", "AUCA"], OPT, "who teaches international law at the American University of Central Asia")
p(D4, "Baktygul Osmonova", ["adviser"], [], R, "a former adviser to the prime minister", True)
p(D4, "Anara Ismailova", ["correspondent"], ["24.kg"], R, "Anara Ismailova is a correspondent of 24.kg news agency")
p(D5, "Rehema Kahindi", ["governor"], [], R, "Governor Rehema Kahindi")
p(D5, "Josephine Mramba", ["medical superintendent"], [], R, "medical superintendent Dr. Josephine Mramba")
p(D5, "Omar Baya", ["county executive committee member", "health"], [], R, "The County Executive Committee Member for Health, Dr. Omar Baya")
p(D5, "Sarah Mwakio", ["paediatrician"], ["KEMRI"], OPT, "a paediatrician at the KEMRI-Wellcome Trust Research Programme")
p(D5, "Baraka Ngumbao", ["mp"], ["Kilifi North"], OPT, "Kilifi North MP Hon. Baraka Ngumbao (ODM)")
p(D5, "Amina Chengo", ["correspondent"], ["Citizen Digital"], R, "Amina Chengo is a Citizen Digital correspondent")

RE = []
SYM = {"spouse", "sharesBorderWith"}
def r(doc, a, pred, b, ev):
    RE.append({"subject": a, "predicate": pred, "object": b, "symmetric": pred in SYM, "status": R, "docs": [doc], "evidence": ev})
r(D1, "Movement for the Self-Determination of Kabylie", "claims", "Kabylie", "which claims Kabylie as a separate nation")
for c in ["Tunisia", "Morocco", "Mauritania"]:
    r(D1, "Algeria", "sharesBorderWith", c, "Algeria, which borders Tunisia, Morocco and Mauritania")
for c in ["Tunisia", "Mauritania"]:
    r(D1, c, "memberOf", "Arab Maghreb Union", "Tunisia and Mauritania are Algeria's partners in the Arab Maghreb Union")
r(D1, "Algeria", "memberOf", "African Union", "is a member of the African Union")
r(D1, "Tizi Ouzou", "locatedIn", "Kabylie", "Tizi Ouzou, the largest city of Kabylie")
r(D1, "Mokrane Ziani", "spouse", "Tassadit Ziani", "Mokrane Ziani and his wife, Tassadit Ziani")
r(D1, "Nadia Belkacem", "memberOf", "FLN", "Nadia Belkacem, an FLN deputy")
r(D2, "Ferdinand Sumalpong", "memberOf", "Lakas-CMD", "Rep. Ferdinand Sumalpong of Lakas-CMD")
r(D2, "Philippines", "sharesBorderWith", "Indonesia", "the Philippines and Indonesia, which share a maritime border")
r(D2, "Miangas", "locatedIn", "Talaud Islands", "Miangas is part of Indonesia's Talaud Islands regency")
r(D2, "Talaud Islands", "locatedIn", "North Sulawesi", "which lies in North Sulawesi province")
r(D2, "Japan", "invaded", "Philippines", "Japan invaded the Philippines in December 1941")
r(D2, "Nestor Lumanog", "spouse", "Merlie Lumanog", "fisherman Nestor Lumanog and his wife, Merlie Lumanog")
r(D2, "Malapatan", "locatedIn", "Sarangani", "Malapatan, Sarangani")
for c in ["Philippines", "Indonesia"]:
    r(D2, c, "memberOf", "ASEAN", "as fellow members of ASEAN")
r(D3, "Japan", "annexed", "Korean Empire", "Japan annexed the Korean Empire")
r(D3, "Gando", "locatedIn", "Yanbian Korean Autonomous Prefecture", "lies today in the Yanbian Korean Autonomous Prefecture")
r(D3, "Yanbian Korean Autonomous Prefecture", "locatedIn", "Jilin Province", "Yanbian Korean Autonomous Prefecture in China's Jilin Province")
r(D3, "Jilin Province", "locatedIn", "China", "China's Jilin Province")
r(D3, "North Korea", "sharesBorderWith", "China", "North Korea, which shares a border with China")
r(D3, "Choi Dong-hwan", "memberOf", "People Power Party", "Twelve lawmakers of the ruling People Power Party")
r(D3, "Lee Seon-mi", "memberOf", "Democratic Party", "Rep. Lee Seon-mi of the opposition Democratic Party")
r(D3, "Yanji", "locatedIn", "Yanbian Korean Autonomous Prefecture", "Yanji, the capital of Yanbian")
r(D3, "Longjing", "locatedIn", "Yanbian Korean Autonomous Prefecture", "Longjing, a town in Yanbian")
r(D3, "Jin Chunhua", "spouse", "Piao Zhe", "with her husband, Piao Zhe")
r(D4, "Kyrgyzstan", "sharesBorderWith", "Uzbekistan", "Kyrgyzstan and Uzbekistan share a border")
r(D4, "Kempir-Abad reservoir", "locatedIn", "Andijan region", "The reservoir lies in Uzbekistan's Andijan region")
r(D4, "Andijan region", "locatedIn", "Uzbekistan", "Uzbekistan's Andijan region")
r(D4, "Jalal-Abad region", "locatedIn", "Kyrgyzstan", "Kyrgyzstan's Jalal-Abad region")
r(D4, "Bazar-Korgon district", "locatedIn", "Jalal-Abad region", "Bazar-Korgon district, a district of Jalal-Abad region")
r(D4, "Kyzyl-Too", "locatedIn", "Bazar-Korgon district", "the village of Kyzyl-Too in Bazar-Korgon district")
r(D4, "Kyrgyzstan", "memberOf", "Eurasian Economic Union", "Kyrgyzstan is a member of the Eurasian Economic Union")
for c in ["Kyrgyzstan", "Uzbekistan"]:
    r(D4, c, "memberOf", "Shanghai Cooperation Organisation", "Both countries are members of the Shanghai Cooperation Organisation")
r(D4, "Emil Jeenaliev", "memberOf", "Ata-Jurt Kyrgyzstan", "from the Ata-Jurt Kyrgyzstan party")
r(D4, "Turgunbai Alimov", "spouse", "Gulnara Alimova", "His wife, Gulnara Alimova")
r(D5, "Kilifi County", "locatedIn", "Kenya", "Kilifi County, on Kenya's coast")
r(D5, "Kilifi County Referral Hospital", "locatedIn", "Kilifi", "Kilifi County Referral Hospital, in Kilifi town")
r(D5, "Malindi", "locatedIn", "Kilifi County", "Malindi, a town in Kilifi County")
r(D5, "Zawadi Charo", "spouse", "Kenga Charo", "Her husband, Kenga Charo")
r(D5, "Baraka Ngumbao", "memberOf", "ODM", "Hon. Baraka Ngumbao (ODM)")

NOT_PERSON = ["Kabyle", "Tizi Ouzou", "Azazga", "Echorouk", "Mouloud Mammeri", "Bejaia", "Bouira", "Oran", "Nouakchott",
              "MAK", "FLN", "Wali", "Malapatan", "Sarangani", "Miangas", "Las Palmas", "Lakas", "General Santos",
              "Davao", "Talaud", "DFA", "Gando", "Jiandao", "Yanbian", "Longjing", "Yanji", "Chosun", "Kempir-Abad",
              "Ata-Jurt", "Jogorku Kenesh", "Bazar-Korgon", "Kyzyl-Too", "Jalal-Abad", "Andijan", "AUCA", "Kilifi",
              "Ganze", "Mariakani", "Malindi", "Safaricom", "KEMRI", "Wellcome", "Hon.", "Dr.", "Prof.", "Rep.", "Sen."]
UNATTRIBUTED = ["declaration"]

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": ENT, "not_person": NOT_PERSON,
        "quotes": Q, "unattributed": UNATTRIBUTED, "stances": S, "positions": PO, "relations": RE}

if __name__ == "__main__":
    (HERE.parent / "gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
