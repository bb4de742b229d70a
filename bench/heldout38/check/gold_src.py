#!/usr/bin/env python3
"""Writes bench/heldout38/gold.json: the hand-made gold standard for bench/heldout38/articles.

Run:  .venv/bin/python bench/heldout38/check/gold_src.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "gold.json"

D1 = "01_garoweonline_maritime_triangle.txt"
D2 = "02_armenpress_artsvashen.txt"
D3 = "03_tehrantimes_arash_field.txt"
D4 = "04_thepoint_casamance.txt"
D5 = "05_gisborneherald_lytton_science_block.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout38/gold.json: the hand-made gold standard for bench/heldout38/articles.

The five articles are invented; every person in them is fictional. Every fact below was read off the
texts by hand. The format is that of shared/eval/seeds-gold.json (read by shared/eval/score.py); stances,
positions, relations and entities also carry `docs`, and stances, positions and relations a verbatim
`evidence` string (positions also a `former` flag). Conventions:

quotes: `key` is a distinctive stretch of the quote's own words, long enough not to occur inside another
speaker's quote. `required` = a full statement with an explicit speaker: a full name, a surname, a given
name where the outlet uses one (`Minister Hodan`), a pronoun, or a role or organisation (`the spokesman`,
`the ambassador`, `the retired diplomat`, `the ministry`, `the statement`, `the trust`, `the mayor`) that
resolves to a named gold entity. This includes sentences after the cue, colon quotes (`was blunter: "..."`),
quotes after `according to X,`, cue-less continuation paragraphs and every paragraph of a multi-paragraph
quote, one key per paragraph or per stretch between cues. `optional` = partial quotes and fragments,
headline, deck, subhead and related-headline echoes, and the same words credited to a second holder (the
country of a ministry or minister). Anonymous speakers (`two diplomats said`, `observers say`) are not
listed, so attributing their words counts as wrong. `unattributed` = quoted names, scare quotes and quoted
headlines of related stories that nobody says.

stances: polarity follows the wording, whichever claimant's sovereignty the sentence names: positive verbs
(recognises/recognizes, acknowledges that X is Y's territory, backs Y's sovereignty over X, considers X part
of Y, has backed Y's claim to X) give `recognises`; negated or rejecting ones (does not accept, refuses to
recognise, rejects the claim, rejects any claim, has never recognised, does not and will not recognise, does
not even recognise) give `doesNotRecognise`. The holder is always a gold Country, also when the text gives
its capital (Ankara, Baku, Tehran, Manama, Nouakchott), a minister or spokesperson, or an embassy. The
object is a gold Territory, or a Country when a state's recognition of another state is meant (Pakistan and
Armenia). Required: explicit stances stated by the text. Optional: a claimant's own claim. No stance:
`is expected to recognise`, questions (`Would Addis Ababa take sides?`, `Will Conakry follow?`), hypotheticals
(`If Baku recognised ...`, `Even if a government recognised ...`), `has declined to say whether it recognizes`,
`would not recognise any change to the region's borders` (not a territory), recognition of a court's
jurisdiction, and holders that are not countries (the Gulf Cooperation Council, the ECOWAS Commission).

positions: `title_any` lists accepted title wordings, `of_any` accepted organisation or country wordings
(matched inside the positionIn label or inside the title itself); `of_any` is empty when the text names no
organisation next to the title. Required: every title stated for a named person, including former posts,
seats (MP, lawmaker, NAM), titles given by a verb (`who heads Y`, `who chairs Y`) and author footers.
Optional: occupations (retired teacher, librarian, student), self-styled titles and second titles given only
by a verb for an unnamed body.

relations: spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn, only where the text
states them (an anaphor such as `the bloc` or `its` may carry one end). score.py scores every listed relation.

entities: every person, organisation, country, territory and place named in the article text, including
bylines, photo credits, translators, author footers, related links and copyright lines. Capitals are places,
not aliases of their countries. Not entities: seas, oceans and gulfs, streets, structures and bridges,
treaties and declarations, storms, gas fields other than the disputed one, social platforms (X, Facebook),
names that occur only in navigation bars, taglines or kickers (Puntland, Horn of Africa), and unnamed bodies (`the Armenian commission`, `the French embassy in Dakar`, `the council`).
`not_person` lists names a careless extractor might turn into a person."""


def E(type_, name, aliases=(), docs=()):
    return {"type": type_, "name": name, "aliases": list(aliases), "docs": list(docs)}


def Q(speaker, key, docs, status="required"):
    return {"speaker": speaker, "key": key, "docs": [docs] if isinstance(docs, str) else list(docs),
            "status": status}


def S(country, stance, territory_any, doc, evidence, status="required"):
    return {"country": country, "stance": stance, "territory_any": list(territory_any), "docs": [doc],
            "evidence": evidence, "status": status}


def P(person, title_any, of_any, doc, evidence, status="required", former=False):
    return {"person": person, "title_any": list(title_any), "of_any": list(of_any), "docs": [doc],
            "evidence": evidence, "former": former, "status": status}


SYMMETRIC = {"spouse", "sharesBorderWith"}


def R(subject, predicate, object_, doc, evidence, status="required"):
    return {"subject": subject, "predicate": predicate, "object": object_,
            "symmetric": predicate in SYMMETRIC, "docs": [doc], "evidence": evidence, "status": status}


Per, Org, Cty, Ter, Pla = "Person", "Organization", "Country", "Territory", "Place"

entities = [
    # ---------------------------------------------------------------- 01 Garowe Online
    E(Per, "Hamdi Abdullahi Warsame", [], [D1]),
    E(Per, "Abdiwahab Jama Ciise", [], [D1]),
    E(Per, "Hodan Abdi Farah", ["Hodan", "Minister Hodan"], [D1]),
    E(Per, "Kennedy Otieno Were", ["Were"], [D1]),
    E(Per, "Wilfred Kipchumba Tanui", ["Tanui"], [D1]),
    E(Per, "Ahmet Emre Doğanay", ["Doğanay", "Doganay", "Ahmet Emre Doganay"], [D1]),
    E(Per, "Yasser Fathy Hegazy", ["Hegazy"], [D1]),
    E(Per, "Bashir Aden Jama", [], [D1]),
    E(Per, "Khadra Nur Ali", [], [D1]),
    E(Per, "Ilwad Hersi Guled", [], [D1]),
    E(Per, "Abdiqani Yusuf Hirsi", [], [D1]),
    E(Per, "Grace Wambui Kariuki", ["Kariuki"], [D1]),
    E(Cty, "Somalia", ["Federal Republic of Somalia"], [D1]),
    E(Cty, "Kenya", ["Republic of Kenya"], [D1]),
    E(Cty, "Turkey", ["Türkiye", "Turkiye"], [D1]),
    E(Cty, "Egypt", [], [D1]),
    E(Cty, "Djibouti", [], [D1]),
    E(Cty, "Ethiopia", [], [D1]),
    E(Ter, "maritime triangle", ["the maritime triangle", "the triangle", "triangle"], [D1]),
    E(Pla, "Mogadishu", [], [D1]),
    E(Pla, "Nairobi", [], [D1]),
    E(Pla, "Ankara", [], [D1]),
    E(Pla, "Cairo", [], [D1]),
    E(Pla, "Addis Ababa", [], [D1]),
    E(Pla, "Kismayo", [], [D1]),
    E(Pla, "Jubaland", [], [D1]),
    E(Pla, "Kiunga", [], [D1]),
    E(Pla, "Lamu County", [], [D1]),
    E(Pla, "Lower Jubba", [], [D1]),
    E(Pla, "Ras Kamboni", [], [D1]),
    E(Org, "Garowe Online", [], [D1]),
    E(Org, "International Court of Justice", ["ICJ"], [D1]),
    E(Org, "African Union", ["AU"], [D1]),
    E(Org, "United Nations Security Council", ["UN Security Council", "Security Council"], [D1]),
    E(Org, "Senate", ["Senate of Kenya", "Kenyan Senate"], [D1]),
    E(Org, "Ministry of Foreign and Diaspora Affairs", [], [D1]),
    E(Org, "East African Community", ["EAC"], [D1]),
    E(Org, "IGAD", ["Intergovernmental Authority on Development"], [D1]),
    E(Org, "Mogadishu University", [], [D1]),
    E(Org, "Himilo Qaran", ["Himilo Qaran party"], [D1]),
    # ---------------------------------------------------------------- 02 ARMENPRESS
    E(Per, "Gevorg Mkrtumyan", ["Mkrtumyan"], [D2]),
    E(Per, "Rauf Hajizade", ["Hajizade"], [D2]),
    E(Per, "Elshad Mammadli", ["Mammadli"], [D2]),
    E(Per, "Claire Vautrin-Lemoine", ["Vautrin-Lemoine", "Claire Vautrin Lemoine"], [D2]),
    E(Per, "Anahit Poghosyan", [], [D2]),
    E(Per, "Samvel Poghosyan", [], [D2]),
    E(Per, "Hovhannes Arakelyan", ["Arakelyan"], [D2]),
    E(Per, "Armen Tevosyan", ["Tevosyan"], [D2]),
    E(Per, "Lusine Hakobyan", ["Hakobyan"], [D2]),
    E(Per, "Hrant Simonyan", [], [D2]),
    E(Per, "Mariam Avagimyan", [], [D2]),
    E(Cty, "Armenia", ["Republic of Armenia", "RA"], [D2]),
    E(Cty, "Azerbaijan", ["Republic of Azerbaijan"], [D2]),
    E(Cty, "Pakistan", [], [D2]),
    E(Cty, "France", ["French Republic"], [D2, D4]),
    E(Cty, "Iran", ["Islamic Republic of Iran"], [D2, D3]),
    E(Cty, "Russia", ["Russian Federation"], [D2]),
    E(Ter, "Artsvashen", [], [D2]),
    E(Ter, "Karki", ["Tigranashen"], [D2]),
    E(Ter, "Crimea", [], [D2]),
    E(Pla, "Yerevan", [], [D2]),
    E(Pla, "Ijevan", [], [D2]),
    E(Pla, "Tavush", ["Tavush Province"], [D2]),
    E(Pla, "Ararat Province", ["Ararat"], [D2]),
    E(Pla, "Baku", [], [D2]),
    E(Pla, "Berd", [], [D2]),
    E(Pla, "Gadabay", ["Gadabay district"], [D2]),
    E(Pla, "Jermuk", [], [D2]),
    E(Pla, "Vardenis", [], [D2]),
    E(Pla, "Gabala", [], [D2]),
    E(Org, "ARMENPRESS", ["Armenpress", "ARMENPRESS Armenian News Agency", "Armenian News Agency"], [D2]),
    E(Org, "Council of Europe", [], [D2]),
    E(Org, "Armenia Alliance", [], [D2]),
    E(Org, "Regional Studies Center", [], [D2]),
    # ---------------------------------------------------------------- 03 Tehran Times
    E(Per, "Mehdi Sharifzadeh", ["Sharifzadeh"], [D3]),
    E(Per, "Kazem Rahmani-Nejad", ["Rahmani-Nejad", "Kazem Rahmani Nejad"], [D3]),
    E(Per, "Farhad Tavakoli", ["Tavakoli"], [D3]),
    E(Per, "Ali-Reza Nouri", ["Nouri", "Ali Reza Nouri", "Alireza Nouri"], [D3]),
    E(Per, "Majid Sarvestani", ["Sarvestani"], [D3]),
    E(Per, "Tan Xiaoling", [], [D3]),
    E(Per, "Parvin Ghaffari", ["Ghaffari"], [D3]),
    E(Per, "Shirin Mahdavi", ["Mahdavi"], [D3]),
    E(Cty, "Kuwait", ["State of Kuwait"], [D3]),
    E(Cty, "Saudi Arabia", ["Kingdom of Saudi Arabia"], [D3]),
    E(Cty, "United Arab Emirates", ["UAE"], [D3]),
    E(Cty, "Bahrain", [], [D3]),
    E(Cty, "Qatar", [], [D3]),
    E(Cty, "China", ["People's Republic of China"], [D3]),
    E(Cty, "Iraq", [], [D3]),
    E(Ter, "Arash gas field", ["Arash field", "Arash", "al-Durra", "Durra", "al-Durra field", "Durra field"], [D3]),
    E(Pla, "Tehran", [], [D3]),
    E(Pla, "Kuwait City", [], [D3]),
    E(Pla, "Riyadh", [], [D3]),
    E(Pla, "Manama", [], [D3]),
    E(Pla, "Beijing", [], [D3]),
    E(Pla, "Kharg Island", ["Kharg"], [D3]),
    E(Pla, "Bushehr", ["Bushehr province"], [D3]),
    E(Pla, "Khafji", [], [D3]),
    E(Org, "Tehran Times", ["The Tehran Times"], [D3]),
    E(Org, "Tasnim", ["Tasnim News Agency"], [D3]),
    E(Org, "Iranian Offshore Oil Company", ["IOOC"], [D3]),
    E(Org, "Majlis", [], [D3]),
    E(Org, "KUNA", ["Kuwait News Agency"], [D3]),
    E(Org, "Saudi Ministry of Energy", ["Ministry of Energy"], [D3]),
    E(Org, "Gulf Cooperation Council", ["GCC"], [D3]),
    E(Org, "University of Tehran", [], [D3]),
    # ---------------------------------------------------------------- 04 The Point
    E(Per, "Haddy Fatty", [], [D4]),
    E(Per, "Modou Lamin Bah", [], [D4]),
    E(Per, "Isatou Jobarteh-Sanneh", ["Jobarteh-Sanneh", "Isatou Jobarteh Sanneh", "Hon. Jobarteh-Sanneh"], [D4]),
    E(Per, "Kebba Jatta", ["Jatta", "Hon. Jatta"], [D4]),
    E(Per, "Aliou Badara Sarr", ["Sarr", "Mr Sarr"], [D4]),
    E(Per, "Domingos Sanhá", ["Sanhá", "Domingos Sanha"], [D4]),
    E(Per, "Jean-Marie Diatta", ["Diatta", "Jean Marie Diatta"], [D4]),
    E(Per, "Mariama Badjie", ["Badjie"], [D4]),
    E(Per, "Lamin Sambou", ["Sambou"], [D4]),
    E(Per, "Bakary Touray", ["Touray", "Dr Bakary Touray"], [D4]),
    E(Per, "Alhagie Omar Njie", ["Njie"], [D4]),
    E(Cty, "The Gambia", ["Gambia", "Republic of The Gambia"], [D4]),
    E(Cty, "Senegal", ["Republic of Senegal"], [D4]),
    E(Cty, "Guinea-Bissau", ["Guinea Bissau"], [D4]),
    E(Cty, "Mauritania", [], [D4]),
    E(Cty, "Guinea", [], [D4]),
    E(Ter, "Casamance", ["Republic of Casamance", "so-called Republic of Casamance"], [D4]),
    E(Pla, "Banjul", [], [D4]),
    E(Pla, "Bissau", [], [D4]),
    E(Pla, "Dakar", [], [D4]),
    E(Pla, "Nouakchott", [], [D4]),
    E(Pla, "Conakry", [], [D4]),
    E(Pla, "Foni Kansalla", [], [D4]),
    E(Pla, "Foni", [], [D4]),
    E(Pla, "Ziguinchor", [], [D4]),
    E(Pla, "Cap Skirring", [], [D4]),
    E(Pla, "Lisbon", [], [D4]),
    E(Pla, "Sibanor", [], [D4]),
    E(Pla, "West Coast Region", [], [D4]),
    E(Org, "The Point", ["The Point Newspaper"], [D4]),
    E(Org, "National Assembly", ["National Assembly of The Gambia"], [D4]),
    E(Org, "UDP", ["United Democratic Party"], [D4]),
    E(Org, "Movement of Democratic Forces of Casamance", ["MFDC"], [D4]),
    E(Org, "Government of the Republic of Casamance in Exile", [], [D4]),
    E(Org, "Lusa", [], [D4]),
    E(Org, "ECOWAS Commission", [], [D4]),
    E(Org, "ECOWAS", ["Economic Community of West African States"], [D4]),
    E(Org, "University of The Gambia", [], [D4]),
    # ---------------------------------------------------------------- 05 The Gisborne Herald
    E(Per, "Kirsty Adair", ["Adair"], [D5]),
    E(Per, "Liam Hoskins", [], [D5]),
    E(Per, "Aroha Kerekere", ["Kerekere"], [D5]),
    E(Per, "Mere Pōhatu", ["Pōhatu", "Mere Pohatu", "Pohatu"], [D5]),
    E(Per, "Graham Whitcombe", ["Whitcombe"], [D5]),
    E(Per, "Trent Halloway", ["Halloway"], [D5]),
    E(Per, "Ngaio Brennan", ["Brennan"], [D5]),
    E(Per, "Kahu Moana", [], [D5]),
    E(Per, "Ian McAlister", ["McAlister"], [D5]),
    E(Per, "Ruth McAlister", [], [D5]),
    E(Per, "Wiremu Rangi", ["Rangi"], [D5]),
    E(Pla, "Gisborne", [], [D5]),
    E(Pla, "Tairāwhiti", ["Tairawhiti", "Tairāwhiti region"], [D5]),
    E(Pla, "Tolaga Bay", [], [D5]),
    E(Pla, "Wairoa", [], [D5]),
    E(Pla, "Hawke's Bay", ["Hawke’s Bay", "Hawkes Bay", "northern Hawke's Bay"], [D5]),
    E(Pla, "East Coast", [], [D5]),
    E(Org, "The Gisborne Herald", ["Gisborne Herald", "Gisborne Herald Co. Ltd."], [D5]),
    E(Org, "Lytton High School", ["Lytton High", "Lytton"], [D5]),
    E(Org, "Ministry of Education", [], [D5]),
    E(Org, "Trust Tairāwhiti", ["Trust Tairawhiti"], [D5]),
    E(Org, "National Party", ["National", "New Zealand National Party"], [D5]),
    E(Org, "NASA", [], [D5]),
    E(Org, "Makauri School", [], [D5]),
]

not_person = [
    # 01
    "Garowe Online", "Mogadishu", "Kismayo", "Jubaland", "Kiunga", "Lamu", "Lamu County", "Lower Jubba",
    "Ras Kamboni", "Himilo Qaran", "IGAD", "Amb.", "Somali", "Af-Soomaali", "Addis Ababa",
    "Ankara", "Cairo", "Djibouti", "Horn of Africa", "EAT",
    # 02
    "ARMENPRESS", "Artsvashen", "Karki", "Tigranashen", "Ijevan", "Tavush", "Berd", "Gadabay", "Jermuk",
    "Vardenis", "Gabala", "Alma-Ata", "Alma-Ata Declaration", "Armenia Alliance", "Regional Studies Center",
    "RA", "Deputy PM", "Baku", "Yerevan", "Council of Europe",
    # 03
    "Tehran Times", "Tasnim", "Arash", "al-Durra", "Durra", "Majlis", "KUNA", "IOOC", "Kharg", "Kharg Island",
    "Bushehr", "Khafji", "Manama", "Riyadh", "South Pars", "Islamic Republic", "Persian Gulf",
    # 04
    "The Point", "Hon.", "NAM", "NAMs", "Foni", "Foni Kansalla", "Casamance", "Casamançais", "MFDC", "UDP",
    "Lusa", "ECOWAS", "Sibanor", "Ziguinchor", "Cap Skirring", "Kairaba Avenue", "Trans-Gambia", "Gov't",
    "Dakar", "Nouakchott", "Conakry", "Bissau", "Banjul",
    # 05
    "Lytton", "Lytton High", "Gisborne", "Tairāwhiti", "Trust Tairāwhiti", "Cyclone Gabrielle", "Gabrielle",
    "NASA", "Makauri", "Makauri School", "Tolaga Bay", "Wairoa", "Whānau", "East Coast", "National",
    "Hawke's Bay",
]

quotes = [
    # ---------------------------------------------------------------- 01
    Q("Hodan Abdi Farah", "Somalia will not stand by while our seabed is mapped for somebody else's oil", D1),
    Q("Hodan Abdi Farah", "We have written to the ship's owners, to the Kenyan government and to the African Union", D1),
    Q("Hodan Abdi Farah", "If the ship has not left within seventy-two hours", D1),
    Q("Hodan Abdi Farah", "waters that belong to the Somali people", D1, "optional"),
    Q("Hodan Abdi Farah", "a deliberate provocation", D1, "optional"),
    Q("Hodan Abdi Farah", "These are Somali waters", D1, "optional"),
    Q("Somalia", "These are Somali waters", D1, "optional"),
    Q("Wilfred Kipchumba Tanui", "We said in 2021 that we would not be bound by that judgment", D1),
    Q("Wilfred Kipchumba Tanui", "in Kenyan waters under a Kenyan licence", D1, "optional"),
    Q("Wilfred Kipchumba Tanui", "Nothing has changed", D1, "optional"),
    Q("Ministry of Foreign and Diaspora Affairs", "Kenya remains committed to good neighbourliness", D1),
    Q("Ministry of Foreign and Diaspora Affairs", "can only be settled at the negotiating table, not in the newspapers", D1, "optional"),
    Q("Kenya", "Kenya remains committed to good neighbourliness", D1, "optional"),
    Q("Kenya", "can only be settled at the negotiating table, not in the newspapers", D1, "optional"),
    Q("Ahmet Emre Doğanay", "Turkish research ships work in Somali waters", D1),
    Q("Ahmet Emre Doğanay", "We respect the court's line", D1, "optional"),
    Q("Yasser Fathy Hegazy", "Egypt stands with the unity of Somalia", D1),
    Q("Egypt", "Egypt stands with the unity of Somalia", D1, "optional"),
    Q("Bashir Aden Jama", "They tell us we are in Kenya", D1),
    Q("Bashir Aden Jama", "Never once seen Kenya here", D1, "optional"),
    Q("Khadra Nur Ali", "When the Kenyans chase the boats, the fish rot in the ice", D1),
    Q("Ilwad Hersi Guled", "A state that walks out of a courtroom cannot walk back in with a survey ship", D1),
    Q("Abdiqani Yusuf Hirsi", "Our navy is small, but our patience is smaller", D1),
    Q("Abdiqani Yusuf Hirsi", "escort the fishermen ourselves", D1, "optional"),
    Q("Grace Wambui Kariuki", "The smart move is to sit down with Mogadishu", D1),
    # ---------------------------------------------------------------- 02
    Q("Gevorg Mkrtumyan", "Our position rests on one document, the Alma-Ata Declaration of 1991", D2),
    Q("Gevorg Mkrtumyan", "We are not asking for a favour", D2),
    Q("Gevorg Mkrtumyan", "is and will remain Armenian territory", D2, "optional"),
    Q("Gevorg Mkrtumyan", "No village will be handed over without a signed map", D2, "optional"),
    Q("Rauf Hajizade", "The so-called exclave argument is a relic of Soviet cartography", D2),
    Q("Rauf Hajizade", "an inseparable part of the Gadabay district", D2, "optional"),
    Q("Azerbaijan", "an inseparable part of the Gadabay district", D2, "optional"),
    Q("Azerbaijan", "The so-called exclave argument is a relic of Soviet cartography", D2, "optional"),
    Q("Elshad Mammadli", "The commissions have agreed to keep working", D2),
    Q("Pakistan", "legitimate position on all border questions", D2, "optional"),
    Q("Claire Vautrin-Lemoine", "France’s position is simple: the borders of 1991 are the borders", D2),
    Q("France", "France’s position is simple: the borders of 1991 are the borders", D2, "optional"),
    Q("Anahit Poghosyan", "My mother’s grave is there", D2),
    Q("Samvel Poghosyan", "Give us the cemetery back and keep the politics", D2),
    Q("Samvel Poghosyan", "Give us the cemetery back", D2, "optional"),
    Q("Hovhannes Arakelyan", "Not a single shot has been fired in Tavush this year", D2),
    Q("Armen Tevosyan", "trading villages for photographs", D2, "optional"),
    Q("Lusine Hakobyan", "Everyone in both capitals knows the likely outcome", D2),
    Q("Lusine Hakobyan", "If Baku recognised Armenian sovereignty over Artsvashen tomorrow", D2),
    # ---------------------------------------------------------------- 03
    Q("Kazem Rahmani-Nejad", "The Islamic Republic of Iran has rights in the Arash field", D3),
    Q("Kazem Rahmani-Nejad", "We have invited our neighbors to talks many times", D3),
    Q("Kazem Rahmani-Nejad", "Every option that protects the rights of the Iranian nation is on the table", D3),
    Q("Kazem Rahmani-Nejad", "will not create any rights", D3, "optional"),
    Q("Kazem Rahmani-Nejad", "null and void", D3, "optional"),
    Q("Iran", "will not create any rights", D3, "optional"),
    Q("Farhad Tavakoli", "not negotiable", D3, "optional"),
    Q("Farhad Tavakoli", "Arash is a national priority", D3, "optional"),
    Q("Ali-Reza Nouri", "Our engineers know this reservoir better than anyone", D3),
    Q("Majid Sarvestani", "Our neighbors should remember that gas does not stop at lines on a map", D3),
    Q("Kuwait", "an exclusively Kuwaiti-Saudi natural resource", D3, "optional"),
    Q("Saudi Ministry of Energy", "alone have the right to exploit the field", D3, "optional"),
    Q("Saudi Arabia", "alone have the right to exploit the field", D3, "optional"),
    Q("Tan Xiaoling", "China hopes the countries concerned will settle the matter through dialogue", D3),
    Q("China", "China hopes the countries concerned will settle the matter through dialogue", D3, "optional"),
    Q("Parvin Ghaffari", "In 2001 we were very close", D3),
    Q("Parvin Ghaffari", "What was missing then, and is missing now, is the will to sign", D3),
    Q("Shirin Mahdavi", "When a reservoir straddles a boundary, the normal solution is a joint development zone", D3),
    # ---------------------------------------------------------------- 04
    Q("Isatou Jobarteh-Sanneh", "Our position is clear and it has not changed in forty years", D4),
    Q("Isatou Jobarteh-Sanneh", "The Gambia respects the territorial integrity of the Republic of Senegal", D4),
    Q("Isatou Jobarteh-Sanneh", "We have good neighbourly relations to protect", D4),
    Q("Isatou Jobarteh-Sanneh", "We will not recognise them", D4, "optional"),
    Q("The Gambia", "The Gambia respects the territorial integrity of the Republic of Senegal", D4, "optional"),
    Q("Kebba Jatta", "dialogue with all Casamançais, including those abroad", D4, "optional"),
    Q("Kebba Jatta", "satisfied, but not fully", D4, "optional"),
    Q("Kebba Jatta", "My people in Foni have hosted refugees from the other side of the border", D4),
    Q("Aliou Badara Sarr", "a brotherly and principled position", D4, "optional"),
    Q("Aliou Badara Sarr", "For Senegal, Casamance is not a question", D4),
    Q("Senegal", "For Senegal, Casamance is not a question", D4, "optional"),
    Q("ECOWAS Commission", "stands firmly by the sovereignty and territorial integrity of its member states", D4, "optional"),
    Q("ECOWAS Commission", "Attempts to divide member states will find no support in this community", D4),
    Q("Jean-Marie Diatta", "We ask our Gambian brothers only to see what already exists", D4),
    Q("Mariama Badjie", "When there is shooting in Ziguinchor, they come to us", D4),
    Q("Lamin Sambou", "Write that we are tired, and that both sides are our relatives", D4),
    Q("Bakary Touray", "No government in this sub-region can afford to encourage secession next door", D4),
    Q("Alhagie Omar Njie", "The exiles are testing us", D4),
    # ---------------------------------------------------------------- 05
    Q("Aroha Kerekere", "For four years our students have learned chemistry in prefabs", D5),
    Q("Aroha Kerekere", "I want every young person in this region to know they can become a scientist", D5),
    Q("Aroha Kerekere", "We finally have a lab that doesn't leak", D5, "optional"),
    Q("Mere Pōhatu", "Our tamariki deserved this years ago", D5),
    Q("Graham Whitcombe", "The floor level is a metre higher than the old block", D5),
    Q("Trust Tairāwhiti", "an investment in the region's future workforce", D5, "optional"),
    Q("Trust Tairāwhiti", "Science teaching in Tairāwhiti should be as good as anywhere in the country", D5),
    Q("Trent Halloway", "Half the kids in this building come from out of town", D5),
    Q("Ngaio Brennan", "a great start, not the finish line", D5, "optional"),
    Q("Kahu Moana", "It's honestly better than NASA", D5),
    Q("Kahu Moana", "Better than NASA", D5, "optional"),
    Q("Ian McAlister", "I once taught a whole lesson on combustion with the power off", D5),
    Q("Ruth McAlister", "He says that about every lesson he ever taught", D5),
    Q("Wiremu Rangi", "tired and cramped", D5, "optional"),
    Q("Wiremu Rangi", "We asked for a new science block in 2005", D5),
]

unattributed = [
    "harassment",
    "Government of the Republic of Casamance in Exile",
    "Trans-Gambia",
    "The last prefab is gone",
]

stances = [
    # 01
    S("Kenya", "doesNotRecognise", ["triangle"], D1,
      "Kenya does not accept that the triangle belongs to Somalia"),
    S("Turkey", "recognises", ["triangle"], D1,
      "Ankara backs Somalia's sovereignty over the triangle"),
    S("Egypt", "recognises", ["triangle"], D1,
      "Egypt considers the triangle part of Somalia's exclusive economic zone"),
    S("Somalia", "recognises", ["triangle"], D1,
      'the vessel had entered "waters that belong to the Somali people"', "optional"),
    # 02
    S("Azerbaijan", "doesNotRecognise", ["Artsvashen"], D2,
      "Baku refuses to recognise Armenian sovereignty over Artsvashen"),
    S("Armenia", "recognises", ["Karki", "Tigranashen"], D2,
      "Armenia acknowledges that Karki, known in Armenia as Tigranashen, is Azerbaijani territory"),
    S("France", "recognises", ["Artsvashen"], D2,
      "France recognizes Artsvashen as Armenian territory"),
    S("Pakistan", "doesNotRecognise", ["Armenia"], D2,
      "Pakistan, which does not even recognise Armenia as a state"),
    S("Armenia", "recognises", ["Artsvashen"], D2,
      "Under that declaration Artsvashen is Armenian", "optional"),
    # 03
    S("Iran", "doesNotRecognise", ["Arash", "Durra"], D3,
      "Tehran rejects the claim that the Arash field belongs to Kuwait and Saudi Arabia alone"),
    S("United Arab Emirates", "recognises", ["Arash", "Durra"], D3,
      "The United Arab Emirates recognizes the field as Kuwaiti and Saudi"),
    S("Bahrain", "recognises", ["Arash", "Durra"], D3,
      "Manama has also backed the Kuwaiti and Saudi claim to the field"),
    S("China", "doesNotRecognise", ["Arash", "Durra"], D3,
      "China has never recognized either side's claim to the Arash field"),
    S("Kuwait", "recognises", ["Arash", "Durra"], D3,
      'the field was "an exclusively Kuwaiti-Saudi natural resource."', "optional"),
    S("Saudi Arabia", "recognises", ["Arash", "Durra"], D3,
      'the kingdom and Kuwait "alone have the right to exploit the field."', "optional"),
    # 04
    S("The Gambia", "doesNotRecognise", ["Casamance"], D4,
      "The Gambia does not and will not recognise the so-called Republic of Casamance"),
    S("Guinea-Bissau", "doesNotRecognise", ["Casamance"], D4,
      "Guinea-Bissau, which borders Casamance to the south, rejects any claim that Casamance is a separate state"),
    S("Mauritania", "recognises", ["Casamance"], D4,
      "Nouakchott backs Senegal's sovereignty over Casamance"),
    S("France", "recognises", ["Casamance"], D4,
      "France considers Casamance part of Senegal"),
    S("Senegal", "recognises", ["Casamance"], D4,
      "'For Senegal, Casamance is not a question. It is Senegal, from Ziguinchor to Cap Skirring,'", "optional"),
]

positions = [
    # 01
    P("Hodan Abdi Farah", ["Foreign Minister", "Minister of Foreign Affairs"], ["Somali", "Foreign Affairs"], D1,
      "Somali Foreign Minister Hodan Abdi Farah"),
    P("Kennedy Otieno Were", ["envoy", "ambassador", "Amb"], ["Nairobi", "Kenya"], D1,
      "Amb. Kennedy Otieno Were, Nairobi's envoy in Mogadishu"),
    P("Wilfred Kipchumba Tanui", ["Cabinet Secretary"], ["Energy and Petroleum", "Energy", "Kenya"], D1,
      "Wilfred Kipchumba Tanui, the Cabinet Secretary for Energy and Petroleum"),
    P("Ahmet Emre Doğanay", ["ambassador"], ["Turkey", "Turkish", "Türkiye", "Somalia"], D1,
      "Turkey's ambassador to Somalia, Ahmet Emre Doğanay"),
    P("Yasser Fathy Hegazy", ["ambassador"], ["Cairo", "Egypt"], D1,
      "Yasser Fathy Hegazy, Cairo's ambassador in Mogadishu"),
    P("Ilwad Hersi Guled", ["head", "dean"], ["law faculty", "Mogadishu University"], D1,
      "Dr Ilwad Hersi Guled, who heads the law faculty at Mogadishu University"),
    P("Abdiqani Yusuf Hirsi", ["lawmaker", "MP", "member of parliament", "legislator"], [], D1,
      "Abdiqani Yusuf Hirsi, a lawmaker for Lower Jubba"),
    P("Grace Wambui Kariuki", ["foreign minister"], ["Kenya"], D1,
      "former Kenyan foreign minister Grace Wambui Kariuki", former=True),
    P("Hamdi Abdullahi Warsame", ["diplomatic correspondent", "correspondent"], ["Garowe Online"], D1,
      "Hamdi Abdullahi Warsame is Garowe Online's diplomatic correspondent"),
    # 02
    P("Gevorg Mkrtumyan", ["Deputy Prime Minister"], ["Armenia", "RA Deputy Prime Minister"], D2,
      "RA Deputy Prime Minister Gevorg Mkrtumyan"),
    P("Gevorg Mkrtumyan", ["head", "heads", "chair"], ["commission"], D2,
      "Gevorg Mkrtumyan, who heads the Armenian commission", "optional"),
    P("Rauf Hajizade", ["spokesman", "spokesperson"], ["Foreign Ministry", "Azerbaijan"], D2,
      "Azerbaijani Foreign Ministry spokesman Rauf Hajizade"),
    P("Elshad Mammadli", ["Deputy Prime Minister"], ["Azerbaijan"], D2,
      "Azerbaijan’s Deputy Prime Minister Elshad Mammadli"),
    P("Elshad Mammadli", ["leads", "head", "chair"], ["commission"], D2,
      "Elshad Mammadli, who leads Baku’s commission", "optional"),
    P("Claire Vautrin-Lemoine", ["Ambassador"], ["France", "French", "Armenia"], D2,
      "French Ambassador to Armenia Claire Vautrin-Lemoine"),
    P("Hovhannes Arakelyan", ["Governor"], ["Tavush"], D2,
      "Tavush Governor Hovhannes Arakelyan"),
    P("Armen Tevosyan", ["MP", "member of parliament"], ["Armenia Alliance"], D2,
      "Armen Tevosyan, an MP from the Armenia Alliance faction"),
    P("Lusine Hakobyan", ["senior analyst", "analyst"], ["Regional Studies Center"], D2,
      "Lusine Hakobyan, a senior analyst at the Regional Studies Center"),
    P("Samvel Poghosyan", ["schoolteacher", "teacher"], [], D2,
      "Samvel Poghosyan, a retired schoolteacher", "optional", former=True),
    # 03
    P("Kazem Rahmani-Nejad", ["spokesman", "spokesperson"], ["Foreign Ministry", "Iran"], D3,
      "Foreign Ministry spokesman Kazem Rahmani-Nejad"),
    P("Farhad Tavakoli", ["Oil Minister", "Minister of Oil", "minister"], ["Oil", "Iran"], D3,
      "Oil Minister Farhad Tavakoli"),
    P("Ali-Reza Nouri", ["managing director"], ["Iranian Offshore Oil Company", "IOOC"], D3,
      "Ali-Reza Nouri, managing director of the Iranian Offshore Oil Company (IOOC)"),
    P("Majid Sarvestani", ["head", "heads", "chair"], ["Majlis", "energy committee"], D3,
      "Majid Sarvestani, who heads the Majlis energy committee"),
    P("Majid Sarvestani", ["MP", "member of parliament", "lawmaker", "represent"], ["Bushehr", "Majlis"], D3,
      "represents the port of Bushehr", "optional"),
    P("Tan Xiaoling", ["spokesperson", "spokeswoman"], ["Foreign Ministry", "China", "Chinese"], D3,
      "Chinese Foreign Ministry spokesperson Tan Xiaoling"),
    P("Parvin Ghaffari", ["deputy foreign minister"], [], D3,
      "Parvin Ghaffari, a former deputy foreign minister", former=True),
    P("Shirin Mahdavi", ["professor"], ["University of Tehran"], D3,
      "Dr. Shirin Mahdavi, a professor of international law at the University of Tehran"),
    # 04
    P("Isatou Jobarteh-Sanneh", ["Minister of Foreign Affairs", "Foreign Minister", "minister"],
      ["Foreign Affairs", "Gambia"], D4,
      "the Minister of Foreign Affairs, International Cooperation and Gambians Abroad, Hon. Isatou Jobarteh-Sanneh"),
    P("Kebba Jatta", ["National Assembly Member", "NAM", "member of the National Assembly"],
      ["National Assembly", "Foni Kansalla"], D4,
      "Hon. Kebba Jatta, the National Assembly Member (NAM) for Foni Kansalla"),
    P("Aliou Badara Sarr", ["ambassador"], ["Senegal", "Gambia"], D4,
      "Senegal's ambassador to The Gambia, Aliou Badara Sarr"),
    P("Domingos Sanhá", ["spokesperson", "spokesman"], ["foreign ministry", "Guinea-Bissau", "Guinea Bissau"], D4,
      "foreign ministry spokesperson Domingos Sanhá"),
    P("Jean-Marie Diatta", ["prime minister"], [], D4,
      "Jean-Marie Diatta, who styles himself prime minister of the exiled government", "optional"),
    P("Bakary Touray", ["political scientist"], ["University of The Gambia"], D4,
      "Dr Bakary Touray, a political scientist at the University of The Gambia"),
    P("Alhagie Omar Njie", ["ambassador"], ["Gambia", "Senegal"], D4,
      "Alhagie Omar Njie, who was The Gambia's ambassador to Senegal from 2008 to 2013", former=True),
    P("Haddy Fatty", ["senior reporter", "reporter"], ["The Point"], D4,
      "Haddy Fatty is a senior reporter with The Point"),
    # 05
    P("Aroha Kerekere", ["principal"], ["Lytton"], D5,
      "Lytton High School principal Aroha Kerekere"),
    P("Mere Pōhatu", ["chair", "chairs", "chairperson", "chairwoman"], ["board", "Lytton"], D5,
      "Mere Pōhatu, who chairs the school board"),
    P("Graham Whitcombe", ["director of education infrastructure", "director"], ["Ministry of Education"], D5,
      "Graham Whitcombe, the Ministry of Education's director of education infrastructure for Tairāwhiti"),
    P("Trent Halloway", ["Mayor"], ["Gisborne"], D5,
      "Gisborne Mayor Trent Halloway"),
    P("Ngaio Brennan", ["MP", "member of parliament"], ["East Coast", "National"], D5,
      "National's East Coast MP, Ngaio Brennan"),
    P("Kahu Moana", ["student"], [], D5,
      "Year 13 student Kahu Moana", "optional"),
    P("Ian McAlister", ["chemistry teacher", "teacher"], ["Lytton"], D5,
      "Retired chemistry teacher Ian McAlister, who taught at Lytton", "optional", former=True),
    P("Ruth McAlister", ["school librarian", "librarian"], [], D5,
      "Ruth McAlister, a former school librarian", "optional", former=True),
    P("Wiremu Rangi", ["principal"], [], D5,
      "Former principal Wiremu Rangi", former=True),
    P("Kirsty Adair", ["education reporter", "reporter"], ["Gisborne Herald"], D5,
      "Kirsty Adair is The Gisborne Herald's education reporter"),
]

relations = [
    # 01
    R("Kenya", "claims", "maritime triangle", D1, "Both Kenya and Somalia claim the triangle"),
    R("Somalia", "claims", "maritime triangle", D1, "Both Kenya and Somalia claim the triangle"),
    R("Kenya", "sharesBorderWith", "Somalia", D1, "Kenya, which shares a 680-kilometre land border with Somalia"),
    R("Kenya", "memberOf", "East African Community", D1, "is a founding member of the East African Community"),
    R("Somalia", "memberOf", "East African Community", D1, "Somalia joined the bloc in 2024"),
    R("Ethiopia", "sharesBorderWith", "Kenya", D1, "Ethiopia, which borders both Kenya and Somalia"),
    R("Ethiopia", "sharesBorderWith", "Somalia", D1, "Ethiopia, which borders both Kenya and Somalia"),
    R("Somalia", "invaded", "Ethiopia", D1, "Ethiopia, which borders both Kenya and Somalia and which Somalia invaded in 1977"),
    R("Kismayo", "locatedIn", "Jubaland", D1, "Kismayo, the port city of the southern Somali state of Jubaland"),
    R("Jubaland", "locatedIn", "Somalia", D1, "the southern Somali state of Jubaland"),
    R("Kiunga", "locatedIn", "Lamu County", D1, "Kiunga, a fishing village in Lamu County"),
    R("Abdiqani Yusuf Hirsi", "memberOf", "Himilo Qaran", D1, "from the opposition Himilo Qaran party"),
    R("Bashir Aden Jama", "spouse", "Khadra Nur Ali", D1, "His wife, Khadra Nur Ali"),
    # 02
    R("Armenia", "sharesBorderWith", "Azerbaijan", D2, "Armenia and Azerbaijan, which share a border of roughly 1,000 kilometres"),
    R("Azerbaijan", "invaded", "Armenia", D2, "the year Azerbaijan invaded Armenia’s sovereign territory"),
    R("Armenia", "memberOf", "Council of Europe", D2, "Both countries are members of the Council of Europe"),
    R("Azerbaijan", "memberOf", "Council of Europe", D2, "Both countries are members of the Council of Europe"),
    R("Iran", "sharesBorderWith", "Armenia", D2, "Iran, which borders Armenia to the south"),
    R("Russia", "annexed", "Crimea", D2, "Russia, which annexed Crimea in 2014"),
    R("Ijevan", "locatedIn", "Tavush", D2, "Ijevan, the provincial capital of Tavush"),
    R("Berd", "locatedIn", "Tavush", D2, "In Berd, the Tavush town closest to Artsvashen"),
    R("Karki", "locatedIn", "Ararat Province", D2, "The village lies inside Armenia’s Ararat Province"),
    R("Ararat Province", "locatedIn", "Armenia", D2, "Armenia’s Ararat Province"),
    R("Samvel Poghosyan", "spouse", "Anahit Poghosyan", D2, "Her husband, Samvel Poghosyan"),
    R("Armen Tevosyan", "memberOf", "Armenia Alliance", D2, "an MP from the Armenia Alliance faction"),
    # 03
    R("Iran", "claims", "Arash gas field", D3, "Iran claims part of the field."),
    R("Kuwait", "claims", "Arash gas field", D3, "Kuwait and Saudi Arabia, which claim all of it"),
    R("Saudi Arabia", "claims", "Arash gas field", D3, "Kuwait and Saudi Arabia, which claim all of it"),
    R("Kuwait", "memberOf", "Gulf Cooperation Council", D3,
      "Kuwait, Saudi Arabia, Bahrain and the United Arab Emirates are all members of the bloc"),
    R("Saudi Arabia", "memberOf", "Gulf Cooperation Council", D3,
      "Kuwait, Saudi Arabia, Bahrain and the United Arab Emirates are all members of the bloc"),
    R("Bahrain", "memberOf", "Gulf Cooperation Council", D3,
      "Kuwait, Saudi Arabia, Bahrain and the United Arab Emirates are all members of the bloc"),
    R("United Arab Emirates", "memberOf", "Gulf Cooperation Council", D3,
      "Kuwait, Saudi Arabia, Bahrain and the United Arab Emirates are all members of the bloc"),
    R("Iraq", "invaded", "Iran", D3, "Iraq's 1980 invasion of Iran"),
    R("Iraq", "invaded", "Kuwait", D3, "its invasion of Kuwait ten years later"),
    R("Kharg Island", "locatedIn", "Bushehr", D3, "Kharg Island in the southern Iranian province of Bushehr"),
    R("Bushehr", "locatedIn", "Iran", D3, "the southern Iranian province of Bushehr"),
    R("Khafji", "locatedIn", "Saudi Arabia", D3, "Khafji, the Saudi border town"),
    # 04
    R("The Gambia", "sharesBorderWith", "Senegal", D4, "The Gambia, whose only land neighbour is Senegal"),
    R("Guinea-Bissau", "sharesBorderWith", "Casamance", D4, "Guinea-Bissau, which borders Casamance to the south"),
    R("The Gambia", "memberOf", "ECOWAS", D4, "The Gambia, Senegal and Guinea-Bissau are all members of ECOWAS"),
    R("Senegal", "memberOf", "ECOWAS", D4, "The Gambia, Senegal and Guinea-Bissau are all members of ECOWAS"),
    R("Guinea-Bissau", "memberOf", "ECOWAS", D4, "The Gambia, Senegal and Guinea-Bissau are all members of ECOWAS"),
    R("Kebba Jatta", "memberOf", "UDP", D4, "the National Assembly Member (NAM) for Foni Kansalla (UDP)"),
    R("Movement of Democratic Forces of Casamance", "claims", "Casamance", D4,
      "(MFDC), which claims Casamance as an independent state"),
    R("Ziguinchor", "locatedIn", "Casamance", D4, "Ziguinchor, the largest town in Casamance"),
    R("Sibanor", "locatedIn", "West Coast Region", D4, "In Sibanor, a village in the West Coast Region"),
    R("Lamin Sambou", "spouse", "Mariama Badjie", D4, "Her husband, Lamin Sambou"),
    # 05
    R("Ian McAlister", "spouse", "Ruth McAlister", D5, "with his wife, Ruth McAlister"),
    R("Ngaio Brennan", "memberOf", "National Party", D5, "National's East Coast MP, Ngaio Brennan"),
    R("Lytton High School", "locatedIn", "Gisborne", D5, "Lytton High School in Gisborne"),
    R("Gisborne", "locatedIn", "Tairāwhiti", D5, "Gisborne is the main city of the Tairāwhiti region"),
    R("Wairoa", "locatedIn", "Hawke's Bay", D5, "from Wairoa, in northern Hawke's Bay"),
]

gold = {
    "about": ABOUT,
    "documents": DOCS,
    "near_duplicates": [],
    "entities": entities,
    "not_person": not_person,
    "quotes": quotes,
    "unattributed": unattributed,
    "stances": stances,
    "positions": positions,
    "relations": relations,
}


def render() -> str:
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
