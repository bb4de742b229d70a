#!/usr/bin/env python3
"""Writes bench/heldout73/gold.json: the hand-made gold standard for bench/heldout73/articles."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_cambodianess_siem_pang.txt", "02_imphalfreepress_kwatha.txt",
                      "03_tuoitrenews_pac_ngam.txt", "04_mwananchi_msimbati_banks.txt",
                      "05_looppng_lae_grandstand.txt")
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout73/gold.json: the gold standard for the five invented articles of heldout73.
Every person is invented. Conventions (as in seeds-gold.json and bench/heldout10):
- quotes: `key` is a verbatim stretch of the quote. `required` = full statement with an explicit speaker
  (name, surname, given name, honorific + name, pronoun, role or organisation), including sentences after the
  cue, colon quotes and both parts of a quote that goes on after its cue. `optional` = partial quotes, headline,
  deck and subhead echoes. Anonymous speakers are not listed; their words are in `unattributed` with scare
  quotes, nicknames and headline words.
- stances: polarity follows the wording (negated, rejecting, refusing -> doesNotRecognise). Required = stances
  stated by the text for a country (holder may be the country, its capital, ministry, embassy or minister).
  Optional = a claimant's own claim and a withdrawn recognition. No stance: questions, hypotheticals,
  'is expected to recognise', 'whether ... would recognise'.
- positions: of_any empty when no organisation or country is named with the title; former titles flagged.
- relations: only relations stated in the text (spouse, sharesBorderWith, invaded, claims, memberOf,
  locatedIn); all listed relations are scored.
- entities: every person, organisation, country, territory and place named in an article, including
  bylines, photo credits, footers, copyright lines and related-link lines. Rivers, waterfalls, stadium
  namesakes, platforms and unnamed bodies are not entities. `docs` lists the articles naming them."""

ents = []
def E(t, name, docs, *aliases):
    ents.append({"type": t, "name": name, "aliases": list(aliases), "docs": docs})
P, O, C, T, L = "Person", "Organization", "Country", "Territory", "Place"
# ---- article 1
for n, a in [("Sok Rachana", ()), ("Heng Vibol", ()), ("Kong Sarith", ()), ("Chhim Sokunthea", ()),
             ("Khamphet Sisavath", ()), ("Warunee Chaiyaporn", ()), ("Ouk Vannak", ()), ("Mam Chanthy", ()),
             ("Nhem Srey Leak", ())]:
    E(P, n, [D1], *a)
E(O, "Cambodianess", [D1])
E(O, "Ministry of Foreign Affairs and International Cooperation", [D1])
E(O, "Lao Ministry of Foreign Affairs", [D1])
E(O, "Thai Foreign Ministry", [D1])
E(O, "Cambodian Border Affairs Committee", [D1])
E(O, "Candlelight Party", [D1])
E(O, "Association of Southeast Asian Nations", [D1, D3], "ASEAN")
E(C, "Cambodia", [D1, D3], "Kingdom of Cambodia")
E(C, "Laos", [D1, D3], "Lao People's Democratic Republic", "Lao PDR")
E(C, "Thailand", [D1])
E(C, "Vietnam", [D1, D3], "Viet Nam")
E(C, "China", [D1, D3], "People's Republic of China")
E(T, "Siem Pang strip", [D1], "Dong Kalo salient")
for n in ["Siem Pang", "Stung Treng", "Attapeu", "Phnom Penh", "Vientiane", "Bangkok", "Kampong Cham", "Beijing"]:
    E(L, n, [D1, D3] if n == "Beijing" else [D1])
# ---- article 2
for n, a in [("Thangjam Romesh Meitei", ()), ("Laishram Bidyarani", ()), ("Konsam Ibochou Singh", ("Ibochou",)),
             ("Anirban Dasgupta", ("Dasgupta",)), ("Kyaw Zin Htet", ("U Kyaw Zin Htet",)),
             ("Khumanthem Tomba", ("Tomba",)), ("Khumanthem Ongbi Sanahanbi", ("Sanahanbi",)),
             ("Lalminthang Haokip", ("Haokip",)), ("Yumnam Sanatombi Devi", ("Sanatombi", "Dr Sanatombi", "Yumnam")),
             ("Oinam Nabakishore", ("Nabakishore",))]:
    E(P, n, [D2], *a)
E(O, "Imphal Free Press", [D2], "IFP")
E(O, "Ministry of External Affairs", [D2], "MEA")
E(O, "Myanmar Ministry of Foreign Affairs", [D2])
E(O, "Hill Areas Committee", [D2])
E(O, "Manipur Legislative Assembly", [D2])
E(O, "Bharatiya Janata Party", [D2], "BJP")
E(O, "Manipur University", [D2])
E(O, "BIMSTEC", [D2])
E(C, "India", [D2])
E(C, "Myanmar", [D2], "Burma")
E(C, "Bangladesh", [D2])
E(T, "Kwatha strip", [D2], "Lungpi Tract")
for n in ["Imphal", "Kwatha", "Tengnoupal", "Moreh", "Manipur", "Sagaing Region", "New Delhi", "Naypyitaw",
          "Yangon", "Dhaka", "Delhi"]:
    E(L, n, [D2])
# ---- article 3
for n, a in [("Dinh Thi Hoa", ()), ("Nguyen Minh Khoa", ()), ("Le Van Thang", ("Thang",)), ("Gao Wenlin", ("Gao",)),
             ("Sar Vichet", ()), ("Pham Quoc Hung", ("Hung", "Dr. Pham Quoc Hung")),
             ("Trieu Dinh Khai", ("Khai",)), ("Nong Van Tuan", ("Tuan",)), ("Hoang Thi Mai", ("Mai",))]:
    E(P, n, [D3], *a)
E(O, "Tuoi Tre News", [D3], "Tuoi Tre")
E(O, "Cambodian Foreign Ministry", [D3])
E(O, "Vietnam Academy of Social Sciences", [D3])
E(T, "Pac Ngam islet", [D3], "Detian Islet")
for n, a in [("Trung Khanh", ("Trung Khanh District",)), ("Cao Bang", ("Cao Bang Province",)),
             ("Daxin County", ()), ("Guangxi", ("Guangxi Zhuang Autonomous Region",)), ("Hanoi", ()),
             ("Dam Thuy", ())]:
    E(L, n, [D3], *a)
# ---- article 4
for n, a in [("Neema Swai", ()), ("Abdallah Mkwawa", ()), ("Rehema Mwakilema", ("Dr Rehema Mwakilema",)),
             ("Ilídio Macuácua", ("Macuácua", "Ilidio Macuacua")), ("Wanjiru Kamau-Otieno", ()),
             ("Said Mfaume", ("Mfaume",)), ("Mwanaisha Bakari", ()), ("Hassani Lilanga", ("Lilanga",)),
             ("Elias Mrisho", ("Prof Mrisho", "Mrisho")), ("Juma Kitwana", ())]:
    E(P, n, [D4], *a)
E(O, "Mwananchi", [D4])
E(O, "Mwananchi Communications Ltd", [D4])
E(O, "Ministry of Foreign Affairs and Cooperation", [D4])
E(O, "Southern African Development Community", [D4], "SADC")
E(O, "East African Community", [D4], "EAC")
E(O, "Parliament", [D4])
E(O, "Prime Minister's Office", [D4])
E(O, "Institute of Marine Sciences", [D4])
E(O, "University of Dar es Salaam", [D4])
E(O, "CCM", [D4])
for n in ["Tanzania", "Mozambique", "Kenya", "Zambia", "Malawi", "South Africa"]:
    E(C, n, [D4])
E(T, "Msimbati Banks", [D4], "Quionga Banks")
for n, a in [("Msimbati", ()), ("Mtwara", ("Mtwara Region",)), ("Maputo", ()), ("Dodoma", ()),
             ("Dar es Salaam", ()), ("Lusaka", ()), ("Pretoria", ()), ("Nangade", ())]:
    E(L, n, [D4], *a)
# ---- article 5
for n, a in [("Kila Wasuma", ()), ("Rabbie Toap", ()), ("Margaret Kaupa", ("Ms Kaupa",)),
             ("Joseph Waiwai", ("Mr Waiwai", "Waiwai")), ("Benson Kaupa", ()), ("Dorcas Yawing", ("Ms Yawing", "Yawing")),
             ("Simon Gabi Tamarua", ()), ("Ruth Bongim", ()), ("Anna Siwi", ()),
             ("Tobias Kenangi", ("Mr Kenangi", "Kenangi"))]:
    E(P, n, [D5], *a)
E(O, "Loop PNG", [D5])
E(O, "Lae City Authority", [D5])
E(O, "Lae Snax Tigers", [D5], "Snax Tigers")
E(O, "Morobe Provincial Government", [D5])
E(O, "Pangu Pati", [D5])
E(C, "Papua New Guinea", [D5], "PNG")
for n, a in [("Lae", ()), ("Morobe Province", ("Morobe",)), ("Eriku", ()), ("Huon Gulf", ()),
             ("Sir Ignatius Kilage Stadium", ())]:
    E(L, n, [D5], *a)

quotes = []
def Q(speaker, key, doc, status="required"):
    quotes.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})
R, OPT = "required", "optional"
# 1
Q("Kong Sarith", "My father planted these trees in 1993", D1)
Q("Kong Sarith", "We plant, they measure, and nobody tells us anything", D1)
Q("Kong Sarith", "We plant, they measure", D1, OPT)
Q("Chhim Sokunthea", "The map is clear and the markers are clear", D1)
Q("Chhim Sokunthea", "without any preconditions from either side", D1, OPT)
Q("Lao Ministry of Foreign Affairs", "has been administered by Attapeu province since 1975", D1, OPT)
Q("Khamphet Sisavath", "friends and good neighbours", D1, OPT)
Q("Khamphet Sisavath", "We have solved bigger problems than this one", D1)
Q("Khamphet Sisavath", "There is no need for anyone to shout", D1)
Q("Warunee Chaiyaporn", "the settled maps of 1907 and 1933", D1, OPT)
Q("Ouk Vannak", "The last 14 kilometres are the hardest", D1)
Q("Mam Chanthy", "let the markers sleep for four long years", D1, OPT)
Q("Nhem Srey Leak", "If we plant more, maybe the soldiers", D1)
Q("Kong Sarith", "We wait, and the cashews do not care about maps", D1)
# 2
Q("Konsam Ibochou Singh", "not surrender an inch", D2, OPT)
Q("Konsam Ibochou Singh", "Not an inch of Kwatha will be surrendered", D2)
Q("Konsam Ibochou Singh", "Those who are spreading rumours in the villages", D2)
Q("Anirban Dasgupta", "The boundary in this sector is settled and demarcated", D2)
Q("Ministry of External Affairs", "The boundary in this sector is settled and demarcated", D2, OPT)
Q("Anirban Dasgupta", "entirely on the Indian side of pillar 81", D2, OPT)
Q("Myanmar Ministry of Foreign Affairs", "must stop until a joint survey has been completed", D2, OPT)
Q("Kyaw Zin Htet", "We have raised this matter in a friendly way", D2)
Q("Khumanthem Tomba", "My paddy is on both maps", D2)
Q("Khumanthem Tomba", "The fence will decide which map wins", D2)
Q("Khumanthem Ongbi Sanahanbi", "For three years nobody from Imphal came", D2)
Q("Lalminthang Haokip", "People here are not against the fence", D2)
Q("Yumnam Sanatombi Devi", "The 1967 agreement was never fully published", D2)
Q("Yumnam Sanatombi Devi", "That channel is still open", D2)
Q("Oinam Nabakishore", "The working group met four times in ten years", D2)
# 3
Q("Le Van Thang", "never recognized and will never recognize", D3, OPT)
Q("Vietnam", "illegal patrol", D3, OPT)
Q("Le Van Thang", "Pac Ngam islet is Vietnamese territory", D3)
Q("Le Van Thang", "We ask the Chinese side to respect it", D3)
Q("Le Van Thang", "Vietnam has never recognized and will never recognize any Chinese claim", D3)
Q("Gao Wenlin", "normal law enforcement on Chinese territory", D3, OPT)
Q("Gao Wenlin", "Detian Islet has always been part of Guangxi", D3)
Q("Sar Vichet", "For Cambodia, the protocol of 2009 is the end of the story", D3)
Q("Pham Quoc Hung", "The islet sits exactly where the rafts turn around", D3)
Q("Pham Quoc Hung", "The river moves, the border doesn’t. Both sides signed", D3)
Q("Pham Quoc Hung", "The river moves, the border doesn’t", D3, OPT)
Q("Trieu Dinh Khai", "We spent three nights on that rock", D3)
Q("Nong Van Tuan", "The tourists were taking photographs of the police", D3)
Q("Hoang Thi Mai", "If the boats stop, we stop", D3)
# 4
Q("Rehema Mwakilema", "The Msimbati Banks are Tanzanian and have been Tanzanian", D4)
Q("Rehema Mwakilema", "We will not negotiate over our own sand", D4)
Q("Rehema Mwakilema", "ready to talk about fishing, not about sovereignty", D4, OPT)
Q("Ministry of Foreign Affairs and Cooperation", "on the Mozambican side of the thalweg", D4, OPT)
Q("Ilídio Macuácua", "Mozambique does not recognise any Tanzanian claim", D4)
Q("Ilídio Macuácua", "Tanzania is a brother country", D4)
Q("Wanjiru Kamau-Otieno", "Kenya and Tanzania are partners in the East African Community", D4)
Q("Said Mfaume", "One boat says go home", D4)
Q("Said Mfaume", "The sand does not carry a passport", D4)
Q("Mwanaisha Bakari", "We used to fill twenty baskets a week", D4)
Q("Hassani Lilanga", "Our fishermen are not soldiers", D4)
Q("Elias Mrisho", "Every map of the Ruvuma mouth is out of date", D4)
Q("Elias Mrisho", "The only lasting answer is a line drawn on the water", D4)
# 5
Q("Joseph Waiwai", "The boys deserve a home ground they are proud of", D5)
Q("Margaret Kaupa", "This is not a gift to one club", D5)
Q("Margaret Kaupa", "We have waited fifteen years for this", D5)
Q("Benson Kaupa", "I told them last night", D5)
Q("Dorcas Yawing", "I love rugby league like everybody else in Lae", D5)
Q("Dorcas Yawing", "But our roads are a disgrace", D5)
Q("Simon Gabi Tamarua", "a promise kept to the people of Lae", D5, OPT)
Q("Ruth Bongim", "Morobe is the industrial heart of Papua New Guinea", D5)
Q("Anna Siwi", "When the Tigers play, I sell three times more", D5)
Q("Tobias Kenangi", "If the rain is kind to us, we will be early", D5)

unattributed = ["hopes the two brotherly countries settle it through friendly consultation",
                "India's business and nobody else's", "patrol", "the Tiger Pit"]

stances = []
def S(country, stance, terr, doc, evidence, status=R):
    stances.append({"country": country, "stance": stance, "territory_any": terr, "docs": [doc],
                    "status": status, "evidence": evidence})
SP, KW, PN, MB = ["Siem Pang strip", "Dong Kalo"], ["Kwatha strip", "Lungpi Tract"], \
    ["Pac Ngam", "Detian Islet"], ["Msimbati Banks", "Quionga Banks"]
S("Cambodia", "doesNotRecognise", SP, D1, "Phnom Penh does not accept the Lao claim to the Siem Pang strip")
S("Thailand", "recognises", SP, D1, "Thailand recognises Cambodian sovereignty over the strip")
S("Vietnam", "doesNotRecognise", SP, D1, "has never recognised Laos's claim to the Siem Pang strip")
S("Laos", "recognises", SP, D1, "remains an inseparable part of the Lao People's Democratic Republic", OPT)
S("India", "doesNotRecognise", KW, D2, "the Ministry of External Affairs (MEA) rejected Myanmar's claim to the Kwatha strip")
S("Myanmar", "doesNotRecognise", KW, D2, "Naypyitaw refuses to recognise Indian sovereignty over the tract")
S("Bangladesh", "doesNotRecognise", KW, D2, "does not accept Myanmar's claim to the Kwatha strip either")
S("Myanmar", "recognises", KW, D2, "says it belongs to Sagaing Region", OPT)
S("Vietnam", "doesNotRecognise", PN, D3, "Hanoi has never recognized Chinese sovereignty over Pac Ngam")
S("Laos", "recognises", PN, D3, "Laos recognizes the islet as Vietnamese territory")
S("Cambodia", "recognises", PN, D3, "Cambodia considers Pac Ngam part of Vietnam")
S("China", "recognises", PN, D3, "Detian Islet has always been part of Guangxi", OPT)
S("Mozambique", "doesNotRecognise", MB, D4, "Mozambique refuses to recognise Tanzania's claim to the banks")
S("Kenya", "recognises", MB, D4, "Kenya acknowledges Tanzanian sovereignty over the Msimbati Banks")
S("Zambia", "recognises", MB, D4, "Zambia also backs Tanzania's sovereignty over the banks")
S("Malawi", "doesNotRecognise", MB, D4, "withdrew that recognition last year", OPT)
S("Malawi", "recognises", MB, D4, "Malawi, which recognised Tanzania's claim in 2014", OPT)
S("Tanzania", "recognises", MB, D4, "Tanzania claims the Msimbati Banks", OPT)
S("Mozambique", "recognises", MB, D4, "now lay \"on the Mozambican side of the thalweg.\"", OPT)
S("Cambodia", "recognises", SP, D1, "says the 1933 French map places the whole area inside the Kingdom", OPT)

positions = []
def Po(person, title, of, doc, evidence, status=R, former=False):
    positions.append({"person": person, "title_any": title, "of_any": of, "docs": [doc], "status": status,
                      "former": former, "evidence": evidence})
Po("Chhim Sokunthea", ["spokesperson"], ["Ministry of Foreign Affairs and International Cooperation"], D1,
   "Ministry of Foreign Affairs and International Cooperation spokesperson Chhim Sokunthea")
Po("Khamphet Sisavath", ["ambassador"], ["Laos", "Lao", "Vientiane"], D1, "Vientiane's ambassador in Phnom Penh, Khamphet Sisavath")
Po("Warunee Chaiyaporn", ["deputy spokesperson", "spokesperson"], ["Thai Foreign Ministry", "Thailand", "Thai"], D1,
   "Thai Foreign Ministry deputy spokesperson Warunee Chaiyaporn")
Po("Ouk Vannak", ["head", "heads"], ["Border Affairs Committee"], D1,
   "Ouk Vannak, who heads the technical unit of the Cambodian Border Affairs Committee")
Po("Mam Chanthy", ["governor"], ["Stung Treng"], D1, "Former Stung Treng provincial governor Mam Chanthy", former=True)
Po("Sok Rachana", ["reporter"], ["Cambodianess"], D1, "Sok Rachana is a reporter for Cambodianess")
Po("Konsam Ibochou Singh", ["chief minister"], [], D2, "Chief Minister Konsam Ibochou Singh")
Po("Anirban Dasgupta", ["spokesperson"], ["Ministry of External Affairs", "MEA"], D2, "MEA spokesperson Anirban Dasgupta")
Po("Kyaw Zin Htet", ["deputy director general", "director general"], ["consular and legal", "Ministry of Foreign Affairs"], D2,
   "U Kyaw Zin Htet, deputy director general of the ministry's consular and legal department")
Po("Lalminthang Haokip", ["head", "heads", "chair"], ["Hill Areas Committee"], D2,
   "who heads the Hill Areas Committee of the Manipur Legislative Assembly")
Po("Lalminthang Haokip", ["MLA"], ["Tengnoupal"], D2, "Tengnoupal MLA Lalminthang Haokip", OPT)
Po("Oinam Nabakishore", ["chief secretary"], ["Manipur"], D2, "Former Manipur chief secretary Oinam Nabakishore", former=True)
Po("Thangjam Romesh Meitei", ["senior correspondent", "correspondent"], ["Imphal Free Press"], D2,
   "Thangjam Romesh Meitei is a senior correspondent with Imphal Free Press")
Po("Yumnam Sanatombi Devi", ["teaches political science", "political science"], ["Manipur University"], D2,
   "who teaches political science at Manipur University", OPT)
Po("Khumanthem Tomba", ["farmer"], [], D2, "farmer Khumanthem Tomba", OPT)
Po("Le Van Thang", ["deputy minister"], ["Foreign Affairs"], D3, "Deputy Minister of Foreign Affairs Le Van Thang")
Po("Gao Wenlin", ["spokesperson"], ["foreign ministry", "China", "Chinese"], D3, "Chinese foreign ministry spokesperson Gao Wenlin")
Po("Sar Vichet", ["spokesman"], ["Cambodian Foreign Ministry", "Cambodia"], D3, "Cambodian Foreign Ministry spokesman Sar Vichet")
Po("Pham Quoc Hung", ["researcher"], ["Vietnam Academy of Social Sciences"], D3,
   "Dr. Pham Quoc Hung, a researcher at the Vietnam Academy of Social Sciences")
Po("Trieu Dinh Khai", ["party secretary", "secretary"], ["Cao Bang"], D3,
   "Former Cao Bang provincial Party Secretary Trieu Dinh Khai", former=True)
Po("Nguyen Minh Khoa", ["reporter"], ["Tuoi Tre"], D3, "Nguyen Minh Khoa is a Tuoi Tre News reporter")
Po("Rehema Mwakilema", ["minister"], ["Foreign Affairs and East African Cooperation"], D4,
   "The Minister for Foreign Affairs and East African Cooperation, Hon. Dr Rehema Mwakilema")
Po("Ilídio Macuácua", ["spokesperson"], ["Ministry of Foreign Affairs and Cooperation", "Mozambique"], D4,
   "Its spokesperson, Ilídio Macuácua")
Po("Wanjiru Kamau-Otieno", ["high commissioner"], ["Kenya", "Kenyan"], D4,
   "the Kenyan High Commissioner in Dar es Salaam, Wanjiru Kamau-Otieno")
Po("Hassani Lilanga", ["MP"], ["Mtwara"], D4, "Mtwara Urban MP Hassani Lilanga (CCM)", OPT)
Po("Said Mfaume", ["fisherman"], [], D4, "fisherman Said Mfaume", OPT)
Po("Elias Mrisho", ["director"], ["Institute of Marine Sciences"], D4,
   "a former director of the Institute of Marine Sciences at the University of Dar es Salaam", former=True)
Po("Juma Kitwana", ["regional commissioner"], [], D4, "Regional Commissioner Col Juma Kitwana")
Po("Neema Swai", ["correspondent"], ["Mwananchi"], D4, "Neema Swai is a Mwananchi correspondent")
Po("Margaret Kaupa", ["chief executive officer", "chief executive"], ["Lae City Authority"], D5,
   "Lae City Authority chief executive officer Margaret Kaupa")
Po("Joseph Waiwai", ["president"], ["Snax Tigers"], D5, "Snax Tigers president Joseph Waiwai")
Po("Benson Kaupa", ["head coach", "coach"], [], D5, "Head coach Benson Kaupa")
Po("Dorcas Yawing", ["board member"], [], D5, "board member Dorcas Yawing", OPT)
Po("Simon Gabi Tamarua", ["MP"], ["Lae"], D5, "Lae Open MP Simon Gabi Tamarua", OPT)
Po("Ruth Bongim", ["governor"], ["Morobe"], D5, "Morobe Governor Ruth Bongim")
Po("Tobias Kenangi", ["engineering manager"], ["Lae City Authority", "authority"], D5,
   "the authority's engineering manager, Tobias Kenangi")
Po("Kila Wasuma", ["sports reporter", "reporter"], ["Loop PNG"], D5, "Kila Wasuma is a sports reporter with Loop PNG")

relations = []
def Rel(s, p, o, doc, evidence):
    relations.append({"subject": s, "predicate": p, "object": o, "symmetric": p in ("spouse", "sharesBorderWith"),
                      "status": R, "docs": [doc], "evidence": evidence})
Rel("Laos", "claims", "Siem Pang strip", D1, "Laos claims the strip as part of its Attapeu province")
Rel("Siem Pang", "locatedIn", "Stung Treng", D1, "Siem Pang itself is a district of Stung Treng province")
Rel("Stung Treng", "locatedIn", "Cambodia", D1, "Stung Treng province, in northeastern Cambodia")
Rel("Attapeu", "locatedIn", "Laos", D1, "Laos claims the strip as part of its Attapeu province")
Rel("Cambodia", "claims", "Siem Pang strip", D1, "says the 1933 French map places the whole area inside the Kingdom")
Rel("Vietnam", "sharesBorderWith", "Cambodia", D1, "Vietnam, which borders both Cambodia and Laos")
Rel("Vietnam", "sharesBorderWith", "Laos", D1, "Vietnam, which borders both Cambodia and Laos")
Rel("Cambodia", "memberOf", "Association of Southeast Asian Nations", D1, "Cambodia and Laos are both members of the Association of Southeast Asian Nations (ASEAN)")
Rel("Laos", "memberOf", "Association of Southeast Asian Nations", D1, "Cambodia and Laos are both members of the Association of Southeast Asian Nations (ASEAN)")
Rel("Mam Chanthy", "memberOf", "Candlelight Party", D1, "now a member of the Candlelight Party")
Rel("Kong Sarith", "spouse", "Nhem Srey Leak", D1, "Kong Sarith's wife, Nhem Srey Leak")
Rel("Moreh", "locatedIn", "Tengnoupal", D2, "Moreh, the border trade town in Tengnoupal district")
Rel("Kwatha", "locatedIn", "Tengnoupal", D2, "Kwatha village in Tengnoupal district")
Rel("Tengnoupal", "locatedIn", "Manipur", D2, "Tengnoupal is one of the hill districts of Manipur")
Rel("Myanmar", "claims", "Kwatha strip", D2, "Myanmar calls the area the Lungpi Tract and says it belongs to Sagaing Region")
Rel("India", "sharesBorderWith", "Myanmar", D2, "India and Myanmar share a 1,643-km border")
Rel("India", "memberOf", "BIMSTEC", D2, "India and Myanmar, which are both members of BIMSTEC")
Rel("Myanmar", "memberOf", "BIMSTEC", D2, "India and Myanmar, which are both members of BIMSTEC")
Rel("Lalminthang Haokip", "memberOf", "Bharatiya Janata Party", D2, "Haokip is a member of the Bharatiya Janata Party")
Rel("Khumanthem Tomba", "spouse", "Khumanthem Ongbi Sanahanbi", D2, "His wife, Khumanthem Ongbi Sanahanbi")
Rel("Trung Khanh", "locatedIn", "Cao Bang", D3, "Trung Khanh is a district of Cao Bang Province")
Rel("Cao Bang", "locatedIn", "Vietnam", D3, "Cao Bang Province, in Vietnam’s far north")
Rel("Daxin County", "locatedIn", "Guangxi", D3, "Daxin County, part of China’s Guangxi Zhuang Autonomous Region")
Rel("Guangxi", "locatedIn", "China", D3, "part of China’s Guangxi Zhuang Autonomous Region")
Rel("China", "claims", "Pac Ngam islet", D3, "Beijing’s claim to Pac Ngam islet")
Rel("China", "sharesBorderWith", "Vietnam", D3, "China shares a 1,300-kilometer border with Vietnam")
Rel("China", "invaded", "Vietnam", D3, "China invaded Vietnam in February 1979")
Rel("Vietnam", "memberOf", "Association of Southeast Asian Nations", D3, "Vietnam and Laos are both members of ASEAN")
Rel("Nong Van Tuan", "spouse", "Hoang Thi Mai", D3, "His wife, Hoang Thi Mai")
Rel("Msimbati", "locatedIn", "Mtwara", D4, "Msimbati is a village in Mtwara Region")
Rel("Mtwara", "locatedIn", "Tanzania", D4, "Mtwara Region, on Tanzania's southern border with Mozambique")
Rel("Mozambique", "claims", "Msimbati Banks", D4, "said the banks had shifted north over the decades and now lay \"on the Mozambican side of the thalweg.\"")
Rel("Tanzania", "sharesBorderWith", "Mozambique", D4, "The two countries share a border of about 800 kilometres")
Rel("Tanzania", "claims", "Msimbati Banks", D4, "Tanzania claims the Msimbati Banks")
Rel("Tanzania", "memberOf", "Southern African Development Community", D4, "Tanzania and Mozambique are both members of the Southern African Development Community (SADC)")
Rel("Mozambique", "memberOf", "Southern African Development Community", D4, "Tanzania and Mozambique are both members of the Southern African Development Community (SADC)")
Rel("Kenya", "memberOf", "East African Community", D4, "Kenya and Tanzania are both members of the EAC")
Rel("Tanzania", "memberOf", "East African Community", D4, "Kenya and Tanzania are both members of the EAC")
Rel("Hassani Lilanga", "memberOf", "CCM", D4, "Mtwara Urban MP Hassani Lilanga (CCM)")
Rel("Said Mfaume", "spouse", "Mwanaisha Bakari", D4, "His wife, Mwanaisha Bakari")
Rel("Lae", "locatedIn", "Morobe Province", D5, "Lae is the capital of Morobe Province")
Rel("Eriku", "locatedIn", "Lae", D5, "Eriku is a suburb of Lae")
Rel("Benson Kaupa", "spouse", "Margaret Kaupa", D5, "Head coach Benson Kaupa, Ms Kaupa's husband")
Rel("Simon Gabi Tamarua", "memberOf", "Pangu Pati", D5, "a member of the Pangu Pati")

not_person = ["Cambodianess", "Siem Pang", "Stung Treng", "Attapeu", "Dong Kalo", "Candlelight Party", "Kingdom",
              "Lao", "Thai", "Khmer", "Kampong Cham", "Imphal Free Press", "IFP", "Kwatha", "Moreh", "Tengnoupal",
              "Lungpi", "Naypyitaw", "Sagaing", "Manipur", "MEA", "BIMSTEC", "Chief Minister", "CM", "MLA",
              "Tuoi Tre", "Tuoi Tre News", "Pac Ngam", "Detian", "Trung Khanh", "Cao Bang", "Daxin", "Dam Thuy",
              "Ban Gioc", "Quay Son", "Weibo", "Mwananchi", "Msimbati", "Quionga", "Ruvuma", "Mtwara", "Nangade",
              "Dodoma", "Hon.", "CCM", "Col", "EAC", "SADC", "Loop PNG", "Lae", "Eriku", "Morobe",
              "Sir Ignatius Kilage", "Ignatius Kilage", "Sir Ignatius Kilage Stadium", "Snax Tigers",
              "Lae Snax Tigers", "Tigers", "Pangu Pati", "Digicel Cup", "Huon Gulf", "Tiger Pit"]

gold = {"about": ABOUT, "documents": DOCS, "near_duplicates": [], "entities": ents, "not_person": not_person,
        "quotes": quotes, "unattributed": unattributed, "stances": stances, "positions": positions,
        "relations": relations}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
