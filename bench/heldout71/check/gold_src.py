"""Writes bench/heldout71/gold.json: hand-made gold for the heldout71 articles.

Conventions: `key` is a verbatim stretch of the quote; required quotes are full statements with an
explicit speaker (name, surname, pronoun, role or organisation), including sentences after the cue,
colon quotes and every paragraph of a multi-paragraph quote; partial quotes, headline/deck echoes
are optional. Anonymous speakers are not listed. `unattributed` are scare quotes, names and subheads.
Stance polarity follows the wording; questions, hypotheticals and 'is expected to' are no stance;
a claimant's own claim and 'would not recognise' are optional. Capitals standing for governments
are places, not aliases of the country. Relations: only those stated in the text.
"""
import json
from pathlib import Path

D = ["01_edition_minicoy.txt", "02_mizzima_kokang.txt", "03_ghanaweb_sanwi.txt",
     "04_asiapacificreport_rapanui.txt", "05_dispatchlive_mdantsane_pool.txt"]
E, Q, S, P, R, U, NP = [], [], [], [], [], [], []


def ent(t, name, *aliases, doc):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": [D[doc]]})


def q(spk, key, doc, st="required"):
    Q.append({"speaker": spk, "key": key, "docs": [D[doc]], "status": st})


def s(c, st, terr, ev, doc, status="required"):
    S.append({"country": c, "stance": st, "territory_any": terr, "docs": [D[doc]],
              "evidence": ev, "status": status})


def p(per, titles, of, ev, doc, status="required", former=False):
    P.append({"person": per, "title_any": titles, "of_any": of, "docs": [D[doc]],
              "evidence": ev, "status": status, "former": former})


def r(a, pred, b, ev, doc):
    R.append({"subject": a, "predicate": pred, "object": b,
              "symmetric": pred in ("spouse", "sharesBorderWith"), "docs": [D[doc]],
              "evidence": ev, "status": "required"})


# ---------------- 01 Minicoy
d = 0
for t, n, *a in [("Person", "Hawwa Lubna", "Lubna"), ("Person", "Mohamed Afrah", "Afrah"),
                 ("Person", "Ibrahim Waheed Ali", "Waheed"),
                 ("Person", "Aishath Shaheema Rasheed", "Shaheema"),
                 ("Person", "Hussain Nazeem", "Nazeem"), ("Person", "Rakesh Venkataraman", "Venkataraman"),
                 ("Person", "Mariyam Zuhra", "Zuhra", "Dr Mariyam Zuhra"),
                 ("Person", "Abdulla Zahir Moosa", "Moosa"), ("Person", "Fathimath Nuzha", "Nuzha"),
                 ("Organization", "The Edition", "Edition.mv"),
                 ("Organization", "Maldivian Democratic Party"), ("Organization", "People's Majlis", "Majlis"),
                 ("Organization", "President's Office"), ("Organization", "Maldives National University"),
                 ("Organization", "Commonwealth"),
                 ("Country", "Maldives", "the Maldives"), ("Country", "India"), ("Country", "Sri Lanka"),
                 ("Territory", "Minicoy", "Maliku"),
                 ("Place", "Lakshadweep"), ("Place", "Haa Alif"), ("Place", "Hoarafushi"),
                 ("Place", "Malé", "Male"), ("Place", "New Delhi"), ("Place", "Colombo")]:
    ent(t, n, *a, doc=d)
q("Aishath Shaheema Rasheed", "We will not reopen a settled border", d, "optional")  # deck echo + full quote
q("Aishath Shaheema Rasheed", "The 1976 agreement is the law of this country", d)
q("Aishath Shaheema Rasheed", "has no intention of tabling anything", d, "optional")
q("Ibrahim Waheed Ali", "collect the records of our grandfathers", d, "optional")
q("Ibrahim Waheed Ali", "Maliku was never an empty rock to us", d)
q("Ibrahim Waheed Ali", "I am not asking for a war. I am asking for a committee.", d)
q("Ibrahim Waheed Ali", "Then at least it will fail in public", d)
q("Hussain Nazeem", "the Maldives has recognised Indian sovereignty over Minicoy since 1976", d)
q("Rakesh Venkataraman", "an inseparable part of the Union Territory of Lakshadweep", d, "optional")
q("Rakesh Venkataraman", "Our relationship with the Maldives is built on trust, not on maps", d)
q("Mariyam Zuhra", "Withdrawing recognition of a boundary treaty is not like changing a flag", d)
q("Abdulla Zahir Moosa", "a sentimental gesture dressed up as policy", d, "optional")
q("Fathimath Nuzha", "She spoke of it every day of her life. That is all my husband means", d)
U += ["A settled question", "Maliku file", "not a subject for discussion"]
s("Maldives", "recognises", ["Minicoy", "Maliku"], "The Maldives recognises Minicoy as Indian territory", d)
s("Sri Lanka", "recognises", ["Minicoy", "Maliku"], "likewise recognises Minicoy as Indian", d)
s("India", "recognises", ["Minicoy", "Maliku"], "New Delhi regards Minicoy as", d, "optional")
p("Ibrahim Waheed Ali", ["MP"], ["Hoarafushi", "Maldivian Democratic Party"], "the Maldivian Democratic Party MP for Hoarafushi", d, "optional")
p("Aishath Shaheema Rasheed", ["Minister of Foreign Affairs", "Foreign Minister"], [], "Minister of Foreign Affairs Aishath Shaheema Rasheed", d)
p("Hussain Nazeem", ["chief spokesperson", "spokesperson"], ["President's Office"], "Hussain Nazeem, chief spokesperson at the President's Office", d)
p("Rakesh Venkataraman", ["High Commissioner"], ["India", "Maldives"], "India's High Commissioner to the Maldives, Rakesh Venkataraman", d)
p("Mariyam Zuhra", ["lecturer"], ["Maldives National University"], "a lecturer in international law at the Maldives National University", d)
p("Abdulla Zahir Moosa", ["foreign minister"], [], "who was foreign minister from 2009 to 2012", d, former=True)
p("Hawwa Lubna", ["political reporter", "reporter"], ["The Edition"], "Hawwa Lubna is a political reporter at The Edition.", d)
r("Ibrahim Waheed Ali", "memberOf", "Maldivian Democratic Party", "the Maldivian Democratic Party MP for Hoarafushi", d)
r("Ibrahim Waheed Ali", "spouse", "Fathimath Nuzha", "Waheed's wife, Fathimath Nuzha", d)
r("Minicoy", "locatedIn", "Lakshadweep", "lies in India's Lakshadweep archipelago", d)
r("Lakshadweep", "locatedIn", "India", "India's Lakshadweep archipelago", d)
r("Hoarafushi", "locatedIn", "Haa Alif", "Hoarafushi, on Haa Alif atoll", d)
r("India", "sharesBorderWith", "Maldives", "India and the Maldives share a maritime border", d)
r("Maldives", "memberOf", "Commonwealth", "The Maldives, which rejoined the Commonwealth in 2020", d)
NP += ["Maliku", "Hoarafushi", "Haa Alif", "Majlis", "People's Majlis", "Dhivehi", "Maldivian", "Dr", "MP",
       "The Edition", "President's Office", "Lakshadweep"]

# ---------------- 02 Kokang
d = 1
for t, n, *a in [("Person", "Sai Htun Lwin"), ("Person", "Thura Aung Myat"),
                 ("Person", "Yang Zhicheng"), ("Person", "Lin Wenjing", "Lin"),
                 ("Person", "Bounthavy Keomanivong", "Bounthavy"),
                 ("Person", "Natthaphon Sirisawat", "Natthaphon"),
                 ("Person", "Hnin Ei Phyu", "Daw Hnin Ei Phyu"),
                 ("Person", "Kyaw Thet Naing", "U Kyaw Thet Naing"),
                 ("Person", "Li Meihua", "Li"), ("Person", "Zhao Jianguo", "Zhao"),
                 ("Person", "Sai Myint Oo", "U Sai Myint Oo"),
                 ("Organization", "Mizzima", "Mizzima Media Group"), ("Organization", "ASEAN"),
                 ("Organization", "Institute for Strategy and Policy – Myanmar", "Institute for Strategy and Policy"),
                 ("Organization", "National Unity Government", "NUG"), ("Organization", "Telegram"),
                 ("Country", "Myanmar", "Burma"), ("Country", "China"), ("Country", "Laos"),
                 ("Country", "Thailand"), ("Country", "India"),
                 ("Territory", "Kokang", "Kokang Self-Administered Zone"),
                 ("Place", "Laukkai"), ("Place", "Shan State"), ("Place", "Yunnan"), ("Place", "Naypyitaw"),
                 ("Place", "Beijing"), ("Place", "Vientiane"), ("Place", "Bangkok"), ("Place", "Yangon"),
                 ("Place", "Kunming"), ("Place", "Muse")]:
    if n == "Telegram":
        continue  # social platforms are not entities
    if n == "India" and any(e["name"] == "India" for e in E):
        E[[e["name"] for e in E].index("India")]["docs"].append(D[d])
        continue
    ent(t, n, *a, doc=d)
q("Thura Aung Myat", "Kokang is Myanmar and it will remain Myanmar", d)
q("Thura Aung Myat", "restore administration", d, "optional")
q("Yang Zhicheng", "The people of Kokang have governed themselves for years", d)
q("Lin Wenjing", "China respects Myanmar's sovereignty and territorial integrity", d)
q("Bounthavy Keomanivong", "Laos will not recognise any entity carved out of a fellow member state", d)
q("Natthaphon Sirisawat", "under present circumstances", d, "optional")
q("Natthaphon Sirisawat", "watching the border closely", d, "optional")
q("Hnin Ei Phyu", "This is a pressure tactic", d)
q("Kyaw Thet Naing", "have real autonomy, not a flag", d, "optional")
q("Kyaw Thet Naing", "We will not trade one dictatorship for a dozen small ones", d)
q("Li Meihua", "The soldiers ask for the same papers", d)
q("Li Meihua", "Nobody here has seen the new state yet", d)
q("Zhao Jianguo", "The lights go off at eight. That is our politics", d)
q("Sai Myint Oo", "Everyone was calm until the first shell", d)
U += ["statehood", "people's state", "state", "A pressure tactic", "terrorists"]
s("Myanmar", "doesNotRecognise", ["Kokang"], "Myanmar's military council on Tuesday rejected the claim that Kokang has become an independent state", d)
s("China", "recognises", ["Kokang"], "China considers Kokang part of Myanmar", d)
s("Laos", "doesNotRecognise", ["Kokang"], "Laos, which shares a short border with Myanmar, refuses to recognise an independent Kokang", d)
s("Thailand", "doesNotRecognise", ["Kokang"], "Bangkok would not recognise a Kokang state", d, "optional")
p("Thura Aung Myat", ["spokesman", "Brigadier General"], ["council", "Myanmar"], "Brigadier General Thura Aung Myat, the council's spokesman", d)
p("Yang Zhicheng", ["heads", "head"], ["foreign liaison office", "Kokang"], "Yang Zhicheng, who heads the Kokang administration's foreign liaison office", d)
p("Lin Wenjing", ["spokesperson"], ["foreign ministry", "China"], "foreign ministry spokesperson Lin Wenjing", d)
p("Bounthavy Keomanivong", ["foreign minister"], ["Lao", "Laos"], "the Lao foreign minister, Bounthavy Keomanivong", d)
p("Natthaphon Sirisawat", ["spokesperson"], ["foreign ministry", "Thailand"], "Foreign ministry spokesperson Natthaphon Sirisawat", d)
p("Hnin Ei Phyu", ["researcher"], ["Institute for Strategy and Policy"], "a researcher at the Institute for Strategy and Policy – Myanmar", d)
p("Kyaw Thet Naing", ["deputy foreign minister"], ["National Unity Government", "NUG"], "U Kyaw Thet Naing, its deputy foreign minister", d)
p("Sai Myint Oo", ["administrator"], ["Kokang"], "Former Kokang administrator U Sai Myint Oo", d, former=True)
r("Laukkai", "locatedIn", "Shan State", "Laukkai, the main town of Kokang, lies in northern Shan State", d)
r("Laukkai", "locatedIn", "Kokang", "Laukkai, the main town of Kokang", d)
r("Yunnan", "locatedIn", "China", "China's Yunnan province", d)
r("Myanmar", "sharesBorderWith", "China", "Myanmar shares a border of more than 2,000 kilometres with China", d)
r("Laos", "memberOf", "ASEAN", "Laos is also an ASEAN member.", d)
r("Laos", "sharesBorderWith", "Myanmar", "Laos, which shares a short border with Myanmar", d)
r("Thailand", "sharesBorderWith", "Myanmar", "Thailand, whose border with Myanmar runs for 2,400 kilometres", d)
r("Li Meihua", "spouse", "Zhao Jianguo", "her husband, Zhao Jianguo", d)
NP += ["Daw", "U", "Laukkai", "Kokang", "Naypyitaw", "Mizzima", "Brigadier General", "Shan", "Lao", "NUG", "ASEAN"]

# ---------------- 03 Sanwi
d = 2
for t, n, *a in [("Person", "Raymond Kwesi Ofori", "Ofori"),
                 ("Person", "Akosua Bediako-Mensah", "Bediako-Mensah"),
                 ("Person", "Nana Essoh Amichia", "Amichia", "Essoh Amichia"),
                 ("Person", "Yao Kouassi Brou", "Brou"), ("Person", "Adjoua Tanoh-Koffi", "Tanoh-Koffi"),
                 ("Person", "Kojo Ansah-Quaye", "Ansah-Quaye"), ("Person", "Komlan Agbéko", "Agbéko", "Agbeko"),
                 ("Person", "Seth Amankwah-Boadu", "Amankwah-Boadu"),
                 ("Person", "Efua Mensima", "Mensima"), ("Person", "Kwabena Otoo", "Otoo"),
                 ("Organization", "GhanaWeb"), ("Organization", "Sanwi Royal Council in Exile"),
                 ("Organization", "ECOWAS"), ("Organization", "Ghana Police Service"),
                 ("Organization", "Ghana Immigration Service"), ("Organization", "NDC"),
                 ("Organization", "University of Cape Coast"), ("Organization", "ECOWAS Commission"),
                 ("Country", "Ghana"), ("Country", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"),
                 ("Country", "Togo"), ("Country", "Burkina Faso"), ("Country", "France"),
                 ("Territory", "Sanwi", "Kingdom of Sanwi"),
                 ("Place", "Elubo"), ("Place", "Western Region"), ("Place", "Accra"), ("Place", "Abidjan"),
                 ("Place", "Krindjabo"), ("Place", "Aboisso"), ("Place", "Lomé", "Lome"),
                 ("Place", "Ouagadougou")]:
    ent(t, n, *a, doc=d)
q("Akosua Bediako-Mensah", "Ghana will not allow its territory to be used to dismember a brotherly neighbour", d)
q("Akosua Bediako-Mensah", "We have asked the Ghana Police Service and the Ghana Immigration Service", d)
q("Nana Essoh Amichia", "Our kingdom signed a treaty with France in 1843, not with Abidjan", d)
q("Yao Kouassi Brou", "There is no Kingdom of Sanwi outside the Republic", d)
q("Adjoua Tanoh-Koffi", "clear and friendly", d, "optional")
q("Kojo Ansah-Quaye", "The border is open. Business continues.", d)
q("Komlan Agbéko", "stands with Abidjan and with ECOWAS", d, "optional")
q("Seth Amankwah-Boadu", "What we saw in Elubo is a family dispute wearing the costume of a nation", d)
q("Seth Amankwah-Boadu", "treaty argument", d, "optional")
q("Efua Mensima", "Half my customers speak Nzema, half speak French", d)
q("Kwabena Otoo", "for the drumming", d, "optional")
U += ["Kingdom of Sanwi"]
s("Ghana", "recognises", ["Sanwi"], "Ghana backs Côte d'Ivoire's sovereignty over Sanwi", d)
s("Côte d'Ivoire", "doesNotRecognise", ["Sanwi"], "Abidjan rejects the claim that Sanwi is a sovereign kingdom", d)
s("Togo", "doesNotRecognise", ["Sanwi"], "his country had never recognised Sanwi as a state", d)
p("Akosua Bediako-Mensah", ["Minister for Foreign Affairs", "minister"], [], "the Minister for Foreign Affairs, Hon. Akosua Bediako-Mensah", d)
p("Nana Essoh Amichia", ["prime minister"], ["Sanwi Royal Council in Exile"], "Its self-styled prime minister, Nana Essoh Amichia", d, "optional")
p("Yao Kouassi Brou", ["government spokesman", "spokesman"], [], "government spokesman Yao Kouassi Brou", d)
p("Adjoua Tanoh-Koffi", ["ambassador"], ["Côte d'Ivoire", "Ivorian"], "Côte d'Ivoire's ambassador in Accra, Madame Adjoua Tanoh-Koffi", d)
p("Kojo Ansah-Quaye", ["Western Regional Minister", "Regional Minister"], [], "Western Regional Minister Hon. Kojo Ansah-Quaye", d)
p("Komlan Agbéko", ["Minister of Foreign Affairs"], ["Togo"], "Togo's Minister of Foreign Affairs, Komlan Agbéko", d)
p("Seth Amankwah-Boadu", ["senior lecturer", "lecturer"], ["University of Cape Coast"], "a senior lecturer in political science at the University of Cape Coast", d)
p("Raymond Kwesi Ofori", ["correspondent"], ["GhanaWeb"], "Raymond Kwesi Ofori is a GhanaWeb correspondent", d)
r("Ghana", "sharesBorderWith", "Côte d'Ivoire", "The two countries share a border of about 670 kilometres", d)
r("Elubo", "locatedIn", "Western Region", "Elubo, in the Western Region", d)
r("Krindjabo", "locatedIn", "Côte d'Ivoire", "Krindjabo, the royal seat of the Sanwi near Aboisso in south-eastern Côte d'Ivoire", d)
r("Ghana", "memberOf", "ECOWAS", "both are founding members of ECOWAS", d)
r("Côte d'Ivoire", "memberOf", "ECOWAS", "both are founding members of ECOWAS", d)
r("Kojo Ansah-Quaye", "memberOf", "NDC", "Hon. Kojo Ansah-Quaye (NDC)", d)
r("Togo", "sharesBorderWith", "Ghana", "Togo, which borders Ghana to the east", d)
r("Efua Mensima", "spouse", "Kwabena Otoo", "her husband, Kwabena Otoo", d)
NP += ["Nana", "Hon.", "Madame", "Elubo", "Krindjabo", "Aboisso", "Nzema", "Ivorian", "Ghanaian", "GhanaWeb", "Sanwi"]

# ---------------- 04 Rapa Nui
d = 3
for t, n, *a in [("Person", "Kalani Fonoti", "Fonoti"), ("Person", "Mahina Tuki Haoa", "Tuki Haoa"),
                 ("Person", "Rodrigo Fuenzalida Vera", "Fuenzalida"),
                 ("Person", "Ignacia Salamanca Ortúzar", "Salamanca"),
                 ("Person", "Aroha Whitcombe", "Whitcombe"), ("Person", "Jotham Bule Tabi", "Tabi"),
                 ("Person", "Losana Vuetibau", "Vuetibau"), ("Person", "Sina Faleolo-Hunt", "Faleolo-Hunt"),
                 ("Person", "Petero Atan Pate"),
                 ("Organization", "Asia Pacific Report", "APR"), ("Organization", "Pacific Islands Forum"),
                 ("Organization", "Rapa Nui Council of Elders"), ("Organization", "University of Auckland"),
                 ("Country", "Chile"), ("Country", "New Zealand", "Aotearoa"), ("Country", "Vanuatu"),
                 ("Country", "Fiji"), ("Country", "Australia"),
                 ("Territory", "Rapa Nui"), ("Territory", "Kanaky"),
                 ("Place", "Hanga Roa"), ("Place", "Suva"), ("Place", "Santiago"), ("Place", "Wellington"),
                 ("Place", "Canberra"), ("Place", "Hawai‘i", "Hawaii"), ("Place", "Polynesia"),
                 ("Place", "French Polynesia"), ("Place", "New Caledonia"), ("Place", "Paris"),
                 ("Place", "South America")]:
    ent(t, n, *a, doc=d)
q("Mahina Tuki Haoa", "We are a Pacific people, not a postcard", d)
q("Mahina Tuki Haoa", "Our canoes reached Aotearoa", d)
q("Mahina Tuki Haoa", "We are not asking anyone to break with Santiago", d)
q("Rodrigo Fuenzalida Vera", "a domestic matter", d, "optional")
q("Rodrigo Fuenzalida Vera", "Rapa Nui is Chilean territory and a special territory under our Constitution", d)
q("Ignacia Salamanca Ortúzar", "nothing to fear from dialogue", d, "optional")
q("Aroha Whitcombe", "closer cultural ties", d, "optional")
q("Aroha Whitcombe", "New Zealand’s position has not changed", d)
q("Jotham Bule Tabi", "Vanuatu has never believed that a people stop being a people", d)
q("Jotham Bule Tabi", "We said it for Kanaky, and we say it for Rapa Nui", d)
q("Losana Vuetibau", "considered according to our procedures", d, "optional")
q("Sina Faleolo-Hunt", "Observer status is a door, not a declaration", d)
q("Sina Faleolo-Hunt", "without asking Paris for permission", d, "optional")
q("Sina Faleolo-Hunt", "The question is whether Pacific states are willing", d)
q("Petero Atan Pate", "My wife has been writing letters since before our children were born", d)
U += ["the marine park fight", "family", "will not be quiet"]
s("New Zealand", "recognises", ["Rapa Nui"], "New Zealand recognises Chile’s sovereignty over Rapa Nui", d)
s("Vanuatu", "doesNotRecognise", ["Rapa Nui"], "his government does not accept that Rapa Nui is part of Chile", d)
s("Chile", "recognises", ["Rapa Nui"], "Rapa Nui is Chilean territory", d, "optional")
p("Mahina Tuki Haoa", ["president"], ["Rapa Nui Council of Elders"], "Mahina Tuki Haoa, president of the Rapa Nui Council of Elders", d)
p("Rodrigo Fuenzalida Vera", ["Undersecretary for Foreign Affairs", "Undersecretary"], ["Chile"], "Chile’s Undersecretary for Foreign Affairs, Rodrigo Fuenzalida Vera", d)
p("Ignacia Salamanca Ortúzar", ["ambassador"], ["Chile"], "Chile’s ambassador in Wellington, Ignacia Salamanca Ortúzar", d)
p("Aroha Whitcombe", ["Foreign Minister"], ["New Zealand"], "New Zealand recognises Chile’s sovereignty over Rapa Nui, Foreign Minister Aroha Whitcombe said", d)
p("Jotham Bule Tabi", ["foreign minister"], ["Vanuatu"], "Its foreign minister, Jotham Bule Tabi", d)
p("Losana Vuetibau", ["deputy secretary-general"], ["Pacific Islands Forum", "forum"], "The forum’s deputy secretary-general, Losana Vuetibau", d)
p("Sina Faleolo-Hunt", ["senior lecturer", "lecturer"], ["University of Auckland"], "a senior lecturer in Pacific studies at the University of Auckland", d)
p("Petero Atan Pate", ["fisherman"], [], "Petero Atan Pate, a fisherman", d, "optional")
p("Kalani Fonoti", ["Pacific affairs correspondent", "correspondent"], ["Asia Pacific Report"], "Kalani Fonoti is Asia Pacific Report’s Pacific affairs correspondent.", d)
r("Chile", "annexed", "Rapa Nui", "Chile annexed Rapa Nui in 1888.", d)
r("Hanga Roa", "locatedIn", "Rapa Nui", "Hanga Roa, the only town on Rapa Nui", d)
r("New Zealand", "memberOf", "Pacific Islands Forum", "Both New Zealand and Vanuatu are members of the Pacific Islands Forum", d)
r("Vanuatu", "memberOf", "Pacific Islands Forum", "Both New Zealand and Vanuatu are members of the Pacific Islands Forum", d)
r("Suva", "locatedIn", "Fiji", "Suva, the Fijian capital", d)
r("Mahina Tuki Haoa", "spouse", "Petero Atan Pate", "Tuki Haoa’s husband, Petero Atan Pate", d)
NP += ["Rapa Nui", "Hanga Roa", "Kanaky", "Aotearoa", "Santiago", "Chilean", "Dr", "APR", "Polynesia"]

# ---------------- 05 Mdantsane
d = 4
for t, n, *a in [("Person", "Nandipha Gqoba", "Gqoba"), ("Person", "Sibusiso Nonkotha", "SIBUSISO NONKOTHA"),
                 ("Person", "Nomakhosazana Dyantyi", "Dyantyi"), ("Person", "Lonwabo Kepe", "Kepe"),
                 ("Person", "Aphiwe Gqirana", "Gqirana"), ("Person", "Ruan Steenkamp-Botha", "Steenkamp-Botha"),
                 ("Person", "Lindiwe Sokutu", "Sokutu"), ("Person", "Bongani Matiwane", "Matiwane"),
                 ("Person", "Zoleka Mapukata"), ("Person", "Themba Mapukata"),
                 ("Person", "Xola Mkhize", "Mkhize"), ("Person", "Nosipho Jonas", "Jonas"),
                 ("Organization", "Daily Dispatch", "DispatchLIVE"),
                 ("Organization", "Buffalo City Metropolitan Municipality"),
                 ("Organization", "ANC"), ("Organization", "DA"), ("Organization", "Mdantsane Aquatics Club"),
                 ("Organization", "Arena Holdings"),
                 ("Place", "Mdantsane"), ("Place", "East London"), ("Place", "Eastern Cape"),
                 ("Place", "Buffalo City")]:
    ent(t, n, *a, doc=d)
q("Nomakhosazana Dyantyi", "long overdue", d, "optional")
q("Nomakhosazana Dyantyi", "Children from Mdantsane have had to take two taxis to swim in a pool", d)
q("Lonwabo Kepe", "The contractor is on site", d)
q("Aphiwe Gqirana", "This pool taught three generations of this township to swim", d)
q("Aphiwe Gqirana", "We also lost lifeguards, coaches and summer jobs", d)
q("Ruan Steenkamp-Botha", "We will vote for it, because the community needs it", d)
q("Lindiwe Sokutu", "Drowning is one of the biggest killers of children in this province", d)
q("Bongani Matiwane", "Our children will learn to swim at home again", d)
q("Zoleka Mapukata", "My husband used to joke that we were paying for a swimming bus", d)
q("Themba Mapukata", "We have heard promises before", d)
q("Xola Mkhize", "We closed it because it was dangerous, not because we did not care", d)
q("Nosipho Jonas", "I am sixty-one and I still have my costume", d)
U += ["the big hole", "Learn at home"]
p("Nomakhosazana Dyantyi", ["Executive mayor", "mayor"], [], "Executive mayor Nomakhosazana Dyantyi", d)
p("Lonwabo Kepe", ["spokesperson"], ["municipality", "Buffalo City"], "The municipality's spokesperson, Lonwabo Kepe", d)
p("Aphiwe Gqirana", ["councillor", "Cllr"], ["Ward 17", "ANC"], "Cllr Aphiwe Gqirana, the ANC councillor for Ward 17", d)
p("Aphiwe Gqirana", ["chairs", "chair"], ["sport, recreation and community development committee"], "who chairs the council's sport, recreation and community development committee", d, "optional")
p("Ruan Steenkamp-Botha", ["councillor"], ["DA"], "Opposition councillor Ruan Steenkamp-Botha, of the DA", d, "optional")
p("Lindiwe Sokutu", ["MEC"], ["Eastern Cape", "Sport, Recreation, Arts and Culture"], "Eastern Cape MEC for Sport, Recreation, Arts and Culture Lindiwe Sokutu", d)
p("Bongani Matiwane", ["head coach", "coach"], ["Mdantsane Aquatics Club"], "Bongani Matiwane, head coach of the Mdantsane Aquatics Club", d)
p("Xola Mkhize", ["executive mayor", "mayor"], [], "Former executive mayor Xola Mkhize", d, former=True)
p("Nosipho Jonas", ["retired teacher", "teacher"], [], "Nosipho Jonas, a retired teacher", d, "optional", former=True)
p("Nandipha Gqoba", ["reporter"], ["Daily Dispatch"], "Nandipha Gqoba is a reporter at the Daily Dispatch.", d)
r("Mdantsane", "locatedIn", "East London", "Mdantsane, a township in East London", d)
r("East London", "locatedIn", "Eastern Cape", "East London, in the Eastern Cape", d)
r("Aphiwe Gqirana", "memberOf", "ANC", "the ANC councillor for Ward 17", d)
r("Ruan Steenkamp-Botha", "memberOf", "DA", "Ruan Steenkamp-Botha, of the DA", d)
r("Zoleka Mapukata", "spouse", "Themba Mapukata", "her husband, Themba Mapukata", d)
NP += ["Cllr", "MEC", "Mdantsane", "NU2", "Buffalo City", "DispatchLIVE", "Daily Dispatch", "Arena Holdings"]

gold = {"about": __doc__, "documents": D, "near_duplicates": [], "entities": E, "not_person": NP,
        "quotes": Q, "unattributed": U, "stances": S, "positions": P, "relations": R}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {out}")
