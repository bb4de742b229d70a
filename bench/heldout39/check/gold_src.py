#!/usr/bin/env python3
"""Write bench/heldout39/gold.json, the hand-made gold standard for bench/heldout39/articles.

    python check/gold_src.py [OUT]      (default: ../gold.json next to this folder)

The file has the format of shared/eval/seeds-gold.json (read by shared/eval/score.py). Extra keys
(`docs` on entities, `evidence` and `former` on stances, positions and relations, the `no_stance`
list) are ignored by score.py and used by check/check_gold.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

D1 = "01_dailysabah_kastellorizo.txt"
D2 = "02_vanguard_biafra.txt"
D3 = "03_zambiadailymail_kibanga.txt"
D4 = "04_tempo_natuna.txt"
D5 = "05_timesofmalta_zejtun_school.txt"
DOCS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout39/gold.json: the hand-made gold standard for bench/heldout39/articles.

The five articles are invented (every person in them is fictional); the gold was read off them by hand,
by an author who did not see the extractor code or any other evaluation set.

quotes: `key` is a verbatim stretch of the quote's own words, usually its first words. `required` =
a full statement with an explicit speaker (full name, surname, given name where the outlet uses it,
Mr/Mrs/Ms/Dr + surname, a pronoun, or a role such as `the minister`, `her husband`, `the ministry`
that resolves to a named person or a named organisation). This includes sentences after the cue,
both halves of a quote split by the cue, colon quotes (also after a cue-less lead such as `put it
more simply:` or `had a simpler verdict:`), quotes introduced by `according to X,` and every
paragraph of a multi-paragraph quote. `optional` = partial quotes inside reported speech,
headline, deck and subhead echoes, nested quotes (credited to the outer speaker) and the same
words credited to a second holder (a ministry's words also for its country; a spokesperson's words
also for the ministry and the country). Headlines that credit a capital (`Ankara:`, `Beijing
Says`, `Athens:`) are not credited to the capital: a capital is a Place, never a speaker.
Anonymous speakers (a senior official in the Presidency, a Congolese soldier, a diplomat in
Jakarta, one parent) are not listed, so attributing their words to anybody counts as wrong.
`unattributed` lists scare quotes and quoted headlines of related stories.

stances: holder = a gold Country (the text may give the country, its government, ministry,
embassy, capital or a minister or spokesperson speaking for it). Object = a gold Territory.
Polarity follows the wording: acknowledges / recognizes / backs the claim / considers X part of Y /
accepts that / has no objection to / has never disputed that -> recognises; has never recognized /
does not accept / rejects the claim / refuses to recognise / would not recognise / has not
recognised since / withdrew its recognition -> doesNotRecognise. A breakaway region (Biafra) is
the object of recognition as a state. Required: stances the text states for the present.
Optional: a claimant's own claim (Greece on Kastellorizo, Zambia on Kibanga, Indonesia on the North
Natuna Sea) and historical recognitions that have lapsed (the 1968-69 recognitions of Biafra). No
stance (listed under `no_stance`, not scored): questions, conditionals (`would recognise ... only
if`), modality and third-party predictions (`is expected to recognise`), recognition of things
that are not territories (a continental shelf, the nine-dash line), and non-country bodies.
`would not recognise a Biafran state` said flatly by the country's minister is a stance, not a
conditional.

positions: `title_any` / `of_any` as in score.py. `of_any` is empty when the text puts no
organisation or country next to the title (`Foreign Minister X`, `head of school X`, `Education
Minister X`, `Senator X`). Required: titles stated for a named person, including possessive and
relative-clause forms (`Kastellorizo's mayor, X`, `its High Commissioner in Lusaka, X`, `X, who
heads the DRC's embassy in Lusaka`, `X, who lectures in international law at Y`) and former posts
(`a former head of strategy at ...`, `who was Zambia's Surveyor-General when ...`, `who commanded
the Navy's Western Fleet until 2017`), marked `former`. Optional: military ranks and honorific
titles (Rear Adm., Vice Admiral, Ambassador, Prof., Perit), parliamentary seats (lawmaker, Senator,
member for X, MP, Commission member), occupations (teacher, coach) and byline labels (Reporter:,
Editor:).

relations: spouse, sharesBorderWith, invaded, annexed, claims, memberOf, locatedIn. score.py
scores every listed relation, so only relations stated in the text are listed (including comma
chains such as `Houston, Texas, United States` and `Kaş, in Antalya province, southern Türkiye`,
relative clauses such as `Vietnam, which China invaded in 1979`, and parties in brackets or before
a title). Not listed because they need inference: that Kalubamba lies in Kaputa, that Tripoli is in
Libya, that Anambra State or Enugu is in Nigeria, that Kastellorizo lies in Greece (`the Greek island
of Meis` is an adjective, and `Meis is a Greek island` is a stance).

entities: every person, organisation, country, territory and place named in the article text,
including bylines, photo credits, copyright lines and the `Additional reporting by` line.
Navigation bars and share lines do not count. Capitals used for governments (Ankara, Athens,
Cairo, Tripoli, Rome, Abuja, Accra, Yaoundé, Libreville, Monrovia, Lusaka, Kinshasa, Lilongwe,
Beijing, Jakarta, Kuala Lumpur) are Places, not aliases of their countries. Territories (the
stance objects): Kastellorizo (= Meis), the Blue Homeland (= Mavi Vatan, a claimed maritime zone),
Biafra (= Republic of Biafra), Kibanga, Kalubamba, the Natuna Islands and the North Natuna Sea (a
named maritime zone). Not entities: open seas and streams (the Mediterranean, the Aegean, the
South China Sea), vessels, treaties and legal instruments (UNCLOS, the Paris peace treaties, the
1927 maps), lines (the nine-dash line), buildings and markets (the State Palace, State House, the
Onitsha Main Market), funds, platforms (X, Google News) and unnamed bodies (the Federal
Government, the Presidency, Parliament, Angola's foreign ministry). `not_person` lists places,
bodies, outlets, honorifics and ranks that could pass for names.
"""


def E(type_, name, aliases, docs):
    return {"type": type_, "name": name, "aliases": list(aliases), "docs": list(docs)}


def Q(speaker, key, doc, status="required"):
    return {"speaker": speaker, "key": key, "docs": [doc], "status": status}


def S(country, stance, territory_any, doc, evidence, status="required"):
    return {"country": country, "stance": stance, "territory_any": list(territory_any),
            "docs": [doc], "status": status, "evidence": evidence}


def P(person, title_any, of_any, doc, evidence, status="required", former=False):
    return {"person": person, "title_any": list(title_any), "of_any": list(of_any),
            "status": status, "former": former, "docs": [doc], "evidence": evidence}


SYMMETRIC = {"spouse", "sharesBorderWith"}


def R(subject, predicate, obj, doc, evidence):
    return {"subject": subject, "predicate": predicate, "object": obj,
            "symmetric": predicate in SYMMETRIC, "status": "required",
            "docs": [doc], "evidence": evidence}


def N(holder, doc, evidence, why):
    return {"holder": holder, "docs": [doc], "evidence": evidence, "why": why}


OPT = "optional"
REC, NOT = "recognises", "doesNotRecognise"

# ---------------------------------------------------------------- entities
ENTITIES = [
    # shared between articles
    E("Organization", "European Union", ["EU"], [D1, D5]),
    E("Country", "Zambia", [], [D2, D3]),
    E("Country", "Tanzania", [], [D2, D3]),
    # 01 Daily Sabah, Kastellorizo
    E("Organization", "Daily Sabah", [], [D1]),
    E("Organization", "Anadolu Agency", ["AA"], [D1]),
    E("Organization", "Turkish Foreign Ministry", ["Foreign Ministry"], [D1]),
    E("Organization", "Egyptian Foreign Ministry", [], [D1]),
    E("Organization", "Government of National Unity", [], [D1]),
    E("Organization", "NATO", ["North Atlantic Treaty Organization"], [D1]),
    E("Organization", "Ankara University", [], [D1]),
    E("Organization", "Turkish Naval Forces", [], [D1]),
    E("Organization", "Nationalist Movement Party", ["MHP"], [D1]),
    E("Organization", "ERT", [], [D1]),
    E("Country", "Türkiye", ["Turkey"], [D1]),
    E("Country", "Greece", [], [D1]),
    E("Country", "Egypt", [], [D1]),
    E("Country", "Libya", [], [D1]),
    E("Country", "Italy", [], [D1]),
    E("Territory", "Kastellorizo", ["Meis"], [D1]),
    E("Territory", "Blue Homeland", ["Mavi Vatan"], [D1]),
    E("Place", "Istanbul", [], [D1]),
    E("Place", "Ankara", [], [D1]),
    E("Place", "Athens", [], [D1]),
    E("Place", "Cairo", [], [D1]),
    E("Place", "Tripoli", [], [D1]),
    E("Place", "Rome", [], [D1]),
    E("Place", "Kaş", ["Kas"], [D1]),
    E("Place", "Antalya", [], [D1]),
    E("Place", "Dodecanese", [], [D1]),
    E("Person", "Kerem Aydoğdu", ["Aydoğdu", "Kerem Aydogdu", "Aydogdu"], [D1]),
    E("Person", "Pavlos Maragkos", ["Maragkos"], [D1]),
    E("Person", "Stamatis Kourkoulis", ["Kourkoulis"], [D1]),
    E("Person", "Tamer Abdel-Ghaffar", ["Abdel-Ghaffar"], [D1]),
    E("Person", "Fathi al-Mabrouk", ["al-Mabrouk", "Mabrouk"], [D1]),
    E("Person", "Deniz Aksoy", ["Aksoy"], [D1]),
    E("Person", "Levent Boztepe", ["Boztepe"], [D1]),
    E("Person", "Sibel Ertuğrul", ["Ertuğrul", "Sibel Ertugrul"], [D1]),
    E("Person", "Ana Moreira", ["Moreira"], [D1]),
    E("Person", "Ahmet Yalçın", ["Ahmet Yalcin"], [D1]),
    E("Person", "Hatice Yalçın", ["Hatice", "Hatice Yalcin"], [D1]),
    # 02 Vanguard, Biafra
    E("Organization", "Vanguard", [], [D2]),
    E("Organization", "Vanguard Media Limited", [], [D2]),
    E("Organization", "Biafra Provisional Council", ["BPC"], [D2]),
    E("Organization", "African Union Commission", [], [D2]),
    E("Organization", "Ministry of Foreign Affairs", [], [D2]),
    E("Organization", "Ohanaeze Ndigbo", ["Ohanaeze"], [D2]),
    E("Organization", "IPOB", ["Indigenous People of Biafra"], [D2]),
    E("Organization", "Ministry of Foreign Affairs and Regional Integration", [], [D2]),
    E("Organization", "ECOWAS", ["Economic Community of West African States"], [D2]),
    E("Organization", "Tanzanian High Commission", [], [D2]),
    E("Organization", "University of Nigeria", ["University of Nigeria, Nsukka"], [D2]),
    E("Organization", "Peoples Democratic Party", ["PDP"], [D2]),
    E("Country", "Nigeria", [], [D2]),
    E("Country", "United States", ["US", "USA"], [D2]),
    E("Country", "Ghana", [], [D2]),
    E("Country", "Cameroon", [], [D2]),
    E("Country", "Gabon", [], [D2]),
    E("Country", "Côte d'Ivoire", ["Cote d'Ivoire", "Ivory Coast"], [D2]),
    E("Country", "Haiti", [], [D2]),
    E("Country", "Liberia", [], [D2]),
    E("Territory", "Biafra", ["Republic of Biafra"], [D2]),
    E("Place", "Abuja", [], [D2]),
    E("Place", "Houston", [], [D2]),
    E("Place", "Texas", [], [D2]),
    E("Place", "Enugu", [], [D2]),
    E("Place", "Accra", [], [D2]),
    E("Place", "Yaoundé", ["Yaounde"], [D2]),
    E("Place", "Libreville", [], [D2]),
    E("Place", "Monrovia", [], [D2]),
    E("Place", "Onitsha", [], [D2]),
    E("Place", "Anambra State", [], [D2]),
    E("Place", "Anambra South", [], [D2]),
    E("Person", "Chioma Nwachukwu", ["Nwachukwu"], [D2]),
    E("Person", "Kayode Ajibola", ["Ajibola", "Ambassador Kayode Ajibola"], [D2]),
    E("Person", "Ikechukwu Anyaegbu", ["Anyaegbu", "Chief Ikechukwu Anyaegbu"], [D2]),
    E("Person", "Obinna Nwankwo-Eze", ["Nwankwo-Eze", "Mazi Obinna Nwankwo-Eze"], [D2]),
    E("Person", "Étienne Nkodo Abega", ["Nkodo Abega", "Etienne Nkodo Abega",
                                         "Mr. Étienne Nkodo Abega"], [D2]),
    E("Person", "Chinyere Okafor-Udeh", ["Okafor-Udeh", "Prof. Chinyere Okafor-Udeh"], [D2]),
    E("Person", "Uche Obiakor", ["Obiakor", "Senator Uche Obiakor"], [D2]),
    E("Person", "Ngozi Ezeani", ["Mrs. Ngozi Ezeani", "Mrs. Ezeani", "Ngozi"], [D2]),
    E("Person", "Chukwudi Ezeani", ["Chukwudi", "Mr. Ezeani"], [D2]),
    E("Person", "Emeka Obi", [], [D2]),
    # 03 Zambia Daily Mail, Kibanga
    E("Organization", "Zambia Daily Mail", ["Daily Mail"], [D3]),
    E("Organization", "Zambia Daily Mail Limited", [], [D3]),
    E("Organization", "SADC", ["Southern African Development Community"], [D3]),
    E("Organization", "SADC Secretariat", [], [D3]),
    E("Organization", "Zambia–DRC Joint Permanent Commission", ["Joint Permanent Commission"], [D3]),
    E("Organization", "Patriotic Front", ["PF"], [D3]),
    E("Organization", "University of Zambia", ["UNZA"], [D3]),
    E("Country", "Democratic Republic of Congo", ["DRC", "DR Congo",
                                                  "Democratic Republic of the Congo"], [D3]),
    E("Country", "Angola", [], [D3]),
    E("Country", "Malawi", [], [D3]),
    E("Territory", "Kibanga", ["Kibanga village"], [D3]),
    E("Territory", "Kalubamba", [], [D3]),
    E("Place", "Kaputa", ["Kaputa district"], [D3]),
    E("Place", "Northern Province", [], [D3]),
    E("Place", "Lusaka", [], [D3]),
    E("Place", "Kinshasa", [], [D3]),
    E("Place", "Lubumbashi", [], [D3]),
    E("Place", "Haut-Katanga", [], [D3]),
    E("Place", "Lilongwe", [], [D3]),
    E("Person", "Chileshe Mwape", ["Mwape"], [D3]),
    E("Person", "Kelvin Phiri", ["Phiri"], [D3]),
    E("Person", "Joseph Mwansa", [], [D3]),
    E("Person", "Febby Mwansa", ["Febby", "Mrs Mwansa"], [D3]),
    E("Person", "Agnes Chanda", ["Chanda", "Ms Chanda"], [D3]),
    E("Person", "Mwila Kabwe", ["Kabwe", "Mr Kabwe"], [D3]),
    E("Person", "Jean-Pierre Kasongo Ilunga", ["Kasongo Ilunga", "Mr Kasongo Ilunga"], [D3]),
    E("Person", "Rehema Mwakalinga", ["Mwakalinga", "Ms Rehema Mwakalinga"], [D3]),
    E("Person", "Chikondi Banda", ["Banda", "Mr Chikondi Banda"], [D3]),
    E("Person", "Patrick Zulu", ["Zulu", "Mr Zulu", "Mr Patrick Zulu"], [D3]),
    E("Person", "Bwalya Mumba", ["Mumba", "Headman Bwalya Mumba"], [D3]),
    E("Person", "Given Mulenga", ["Mulenga"], [D3]),
    E("Person", "Natasha Lungu", ["Lungu", "Dr Natasha Lungu", "Dr Lungu"], [D3]),
    # 04 Tempo, Natuna
    E("Organization", "TEMPO.CO", ["Tempo", "TEMPO.CO English"], [D4]),
    E("Organization", "Chinese Foreign Ministry", [], [D4]),
    E("Organization", "China Coast Guard", [], [D4]),
    E("Organization", "Bakamla", ["Maritime Security Agency"], [D4]),
    E("Organization", "Indonesian Navy", ["Navy"], [D4]),
    E("Organization", "Wisma Putra", [], [D4]),
    E("Organization", "ASEAN", ["Association of Southeast Asian Nations"], [D4]),
    E("Organization", "House of Representatives", [], [D4]),
    E("Organization", "Indonesian Democratic Party of Struggle", ["PDI-P"], [D4]),
    E("Organization", "Padjadjaran University", [], [D4]),
    E("Country", "Indonesia", ["RI"], [D4]),
    E("Country", "China", [], [D4]),
    E("Country", "Vietnam", [], [D4]),
    E("Country", "Malaysia", [], [D4]),
    E("Country", "Philippines", ["the Philippines"], [D4]),
    E("Territory", "Natuna Islands", [], [D4]),
    E("Territory", "North Natuna Sea", [], [D4]),
    E("Place", "Jakarta", [], [D4]),
    E("Place", "Beijing", [], [D4]),
    E("Place", "Sedanau", [], [D4]),
    E("Place", "Natuna Regency", [], [D4]),
    E("Place", "Riau Islands", [], [D4]),
    E("Place", "Ranai", [], [D4]),
    E("Place", "Kuala Lumpur", [], [D4]),
    E("Place", "Borneo", [], [D4]),
    E("Person", "Wang Lixin", ["Wang"], [D4]),
    E("Person", "Arief Wicaksono", ["Arief", "Wicaksono"], [D4]),
    E("Person", "Dedi Prasetyo", ["Dedi", "Prasetyo"], [D4]),
    E("Person", "Syahrul", [], [D4]),
    E("Person", "Nurhayati", [], [D4]),
    E("Person", "Rusli Hamid", ["Rusli"], [D4]),
    E("Person", "Tran Duc Minh", [], [D4]),
    E("Person", "Yuliana Siregar", ["Yuliana", "Siregar"], [D4]),
    E("Person", "Dian Puspitasari", ["Dian", "Puspitasari"], [D4]),
    E("Person", "Bambang Sutejo", ["Bambang", "Sutejo"], [D4]),
    E("Person", "Adinda Maharani", [], [D4]),
    E("Person", "Bagus Santoso", [], [D4]),
    E("Person", "Ricky Hutapea", [], [D4]),
    # 05 Times of Malta, Żejtun school
    E("Organization", "Times of Malta", [], [D5]),
    E("Organization", "Allied Newspapers Ltd", ["Allied Newspapers"], [D5]),
    E("Organization", "Foundation for Tomorrow’s Schools", ["FTS", "Foundation for Tomorrow's Schools"], [D5]),
    E("Organization", "St Thomas More College", [], [D5]),
    E("Organization", "Labour Party", ["Labour"], [D5]),
    E("Organization", "Nationalist Party", [], [D5]),
    E("Organization", "Malta Union of Teachers", ["MUT"], [D5]),
    E("Country", "Malta", [], [D5]),
    E("Place", "Żejtun", ["Zejtun"], [D5]),
    E("Place", "Marsaskala", [], [D5]),
    E("Person", "Kristina Said", [], [D5]),
    E("Person", "Jonathan Cassar", ["Cassar"], [D5]),
    E("Person", "Roderick Farrugia", ["Farrugia"], [D5]),
    E("Person", "Josef Camilleri", ["Camilleri"], [D5]),
    E("Person", "Doris Cachia", ["Cachia"], [D5]),
    E("Person", "Stefan Azzopardi", ["Azzopardi"], [D5]),
    E("Person", "Lara Micallef", ["Micallef", "Perit Lara Micallef"], [D5]),
    E("Person", "Charlene Borg", ["Charlene"], [D5]),
    E("Person", "Mark Borg", [], [D5]),
    E("Person", "Rita Mifsud", ["Mifsud"], [D5]),
    E("Person", "Kylie Spiteri", ["Spiteri"], [D5]),
    E("Person", "Claire Zammit Camilleri", ["Zammit Camilleri"], [D5]),
]

NOT_PERSON = [
    # 01
    "Meis", "Kastellorizo", "Kaş", "Kas", "Blue Homeland", "Mavi Vatan", "Daily Sabah", "AA",
    "Anadolu", "Antalya", "Dodecanese", "ERT", "MHP", "Rear Adm.", "Türkiye", "Turkish",
    "Greek", "Ankara", "Athens", "Tripoli",
    # 02
    "Vanguard", "Biafra", "Biafran", "Ohanaeze", "Ohanaeze Ndigbo", "Ndigbo", "Igbo", "BPC", "IPOB",
    "Chief", "Mazi", "Ambassador", "Prof.", "Onitsha", "Nsukka", "Enugu", "Anambra South",
    "Yaoundé", "Monrovia", "Libreville", "FG", "Presidency",
    # 03
    "Kibanga", "Kalubamba", "Kaputa", "Headman", "Lubumbashi", "Haut-Katanga", "UNZA",
    "Daily Mail", "Kinshasa", "Lilongwe", "Congolese", "State House", "NRC",
    # 04
    "Natuna", "Sedanau", "Ranai", "Bakamla", "Wisma Putra", "Padjadjaran", "TEMPO.CO", "Tempo",
    "RI", "PDI-P", "Vice Admiral", "State Palace", "Google News", "Western Fleet",
    # 05
    "Żejtun", "Marsaskala", "Perit", "Times of Malta", "Allied Newspapers", "St Thomas More",
    "Thomas More", "St Thomas More College", "FTS", "MUT", "Bunsen",
]

# ---------------------------------------------------------------- quotes
QUOTES = [
    # 01 Daily Sabah
    Q("Turkish Foreign Ministry", "Türkiye's position is clear and consistent", D1),
    Q("Turkish Foreign Ministry", "Meis is a Greek island", D1),
    Q("Kerem Aydoğdu", "We have never questioned whose flag flies over Meis", D1),
    Q("Kerem Aydoğdu", "But an island of 10 square kilometers cannot lock 85 million people", D1),
    Q("Kerem Aydoğdu", "Dialogue with our Greek neighbors, yes", D1),
    Q("Pavlos Maragkos", "Kastellorizo is Greece, and Greece has the same rights", D1),
    Q("Tamer Abdel-Ghaffar", "Egypt's borders at sea are set by its agreements", D1),
    Q("Deniz Aksoy", "Islands get a territorial sea; nobody disputes that", D1),
    Q("Levent Boztepe", "Look at the map. Meis is a pebble", D1),
    Q("Ahmet Yalçın", "We sell them bread, they sell us coffee", D1),
    Q("Ahmet Yalçın", "Every few years the politicians shout", D1),
    Q("Hatice Yalçın", "Last summer a Greek patrol boat told us", D1),
    Q("Turkish Foreign Ministry", "cannot generate 40,000 square kilometers of sea", D1, OPT),
    Q("Turkish Foreign Ministry", "a provocation timed to poison the NATO summit", D1, OPT),
    Q("Turkish Foreign Ministry", "Not Greek waters", D1, OPT),
    Q("Türkiye", "Türkiye's position is clear and consistent", D1, OPT),
    Q("Türkiye", "Meis is a Greek island", D1, OPT),
    Q("Türkiye", "cannot generate 40,000 square kilometers of sea", D1, OPT),
    Q("Türkiye", "Not Greek waters", D1, OPT),
    Q("Kerem Aydoğdu", "Meis cannot lock Türkiye out of the Mediterranean", D1, OPT),
    Q("Türkiye", "Meis cannot lock Türkiye out of the Mediterranean", D1, OPT),
    Q("Pavlos Maragkos", "will go ahead on schedule", D1, OPT),
    Q("Pavlos Maragkos", "We are not going to redraw our maps", D1, OPT),
    Q("Greece", "We are not going to redraw our maps", D1, OPT),
    Q("Greece", "Kastellorizo is Greece, and Greece has the same rights", D1, OPT),
    Q("Stamatis Kourkoulis", "used to being in the news", D1, OPT),
    Q("Fathi al-Mabrouk", "null and void as far as Libya is concerned", D1, OPT),
    Q("Sibel Ertuğrul", "the same day the Greek ships arrive", D1, OPT),
    Q("Ana Moreira", "in full solidarity with a member state facing threats", D1, OPT),
    Q("Ahmet Yalçın", "We sell them bread", D1, OPT),
    Q("Hatice Yalçın", "Turn back to Türkiye", D1, OPT),
    # 02 Vanguard
    Q("Kayode Ajibola", "Nigeria is one indivisible, sovereign state", D2),
    Q("Kayode Ajibola", "Those who miss home should forget recognition and come home", D2),
    Q("Ikechukwu Anyaegbu", "Our young people are not asking for a flag", D2),
    Q("Obinna Nwankwo-Eze", "We are not IPOB, we are not carrying guns", D2),
    Q("Ministry of Foreign Affairs and Regional Integration", "Ghana refuses to recognise Biafra", D2),
    Q("Étienne Nkodo Abega", "A country that is fighting secessionists at home", D2),
    Q("Chinyere Okafor-Udeh", "Recognition in 1968 was about famine and sympathy", D2),
    Q("Chinyere Okafor-Udeh", "Today no African capital will touch it", D2),
    Q("Ngozi Ezeani", "My father fought in that war", D2),
    Q("Chukwudi Ezeani", "Let them write their letters", D2),
    Q("Kayode Ajibola", "forget recognition and come home", D2, OPT),
    Q("Kayode Ajibola", "forget recognition", D2, OPT),
    Q("Nigeria", "forget recognition and come home", D2, OPT),
    Q("Nigeria", "forget recognition", D2, OPT),
    Q("Ministry of Foreign Affairs", "Nigeria is one indivisible, sovereign state", D2, OPT),
    Q("Ministry of Foreign Affairs", "Those who miss home should forget recognition and come home", D2, OPT),
    Q("Ikechukwu Anyaegbu", "look beyond the letters to the grievances behind them", D2, OPT),
    Q("Obinna Nwankwo-Eze", "is expected to recognise Biafra before the end of the year", D2, OPT),
    Q("Ghana", "Ghana refuses to recognise Biafra", D2, OPT),
    Q("Tanzanian High Commission", "a brother nation whose unity we cherish", D2, OPT),
    Q("Tanzania", "a brother nation whose unity we cherish", D2, OPT),
    Q("Uche Obiakor", "treat the letters as a warning, not a crime", D2, OPT),
    Q("Uche Obiakor", "A warning, not a crime", D2, OPT),
    # 03 Zambia Daily Mail
    Q("Joseph Mwansa", "They stop you at the stream", D3),
    Q("Joseph Mwansa", "I am a Zambian. I have a Zambian NRC", D3),
    Q("Febby Mwansa", "The soldiers are young boys", D3),
    Q("Agnes Chanda", "We have told our people not to pay anybody", D3),
    Q("Mwila Kabwe", "Kibanga is Zambian soil", D3),
    Q("Mwila Kabwe", "whatever a commander on the ground may think", D3),
    Q("Jean-Pierre Kasongo Ilunga", "Our soldiers are on Congolese territory", D3),
    Q("Jean-Pierre Kasongo Ilunga", "If there are abuses, give us names", D3),
    Q("Patrick Zulu", "The 1927 and 1933 protocols are clear", D3),
    Q("Patrick Zulu", "What is in doubt is whether a sergeant", D3),
    Q("Natasha Lungu", "Border strips like Kibanga are quiet for ten years", D3),
    Q("Mwila Kabwe", "Zambian soil", D3, OPT),
    Q("SADC Secretariat", "return to Kibanga in July with both national survey departments", D3, OPT),
    Q("Bwalya Mumba", "since before there were beacons", D3, OPT),
    Q("Given Mulenga", "sleeping while our farmers pay tax to another country", D3, OPT),
    # 04 Tempo
    Q("Wang Lixin", "China has no objection to Indonesia's sovereignty over the Natuna Islands", D4),
    Q("Wang Lixin", "But the waters concerned are China's traditional fishing grounds", D4),
    Q("Arief Wicaksono", "There is no such thing as traditional fishing grounds", D4),
    Q("Dedi Prasetyo", "We did not let them push us out", D4),
    Q("Syahrul", "Our boats are six meters long", D4),
    Q("Nurhayati", "We do not need a new name for the sea", D4),
    Q("Tran Duc Minh", "Vietnam respects the line it signed", D4),
    Q("Yuliana Siregar", "Naming the sea was the easy part", D4),
    Q("Dian Puspitasari", "By accepting the islands and rejecting the waters", D4),
    Q("Bambang Sutejo", "the Chinese coast guard is testing how often we blink", D4),
    Q("Wang Lixin", "No Objection", D4, OPT),
    Q("Chinese Foreign Ministry", "No Objection", D4, OPT),
    Q("China", "No Objection", D4, OPT),
    Q("Chinese Foreign Ministry", "China has no objection to Indonesia's sovereignty over the Natuna Islands", D4, OPT),
    Q("China", "China has no objection to Indonesia's sovereignty over the Natuna Islands", D4, OPT),
    Q("Chinese Foreign Ministry", "But the waters concerned are China's traditional fishing grounds", D4, OPT),
    Q("China", "But the waters concerned are China's traditional fishing grounds", D4, OPT),
    Q("Rusli Hamid", "a navy ship in every harbor, not just a name on a map", D4, OPT),
    Q("Wisma Putra", "has no overlapping claim in those waters", D4, OPT),
    Q("Malaysia", "has no overlapping claim in those waters", D4, OPT),
    # 05 Times of Malta
    Q("Roderick Farrugia", "For twelve years we put buckets under the ceiling", D5),
    Q("Roderick Farrugia", "Today I threw the last bucket away myself", D5),
    Q("Josef Camilleri", "Every child in Malta deserves a laboratory", D5),
    Q("Doris Cachia", "It took three ministers and four mayors", D5),
    Q("Lara Micallef", "The building that used to leak now drinks the rain", D5),
    Q("Charlene Borg", "We signed three petitions", D5),
    Q("Rita Mifsud", "In my time the science lesson was a jar of tadpoles", D5),
    Q("Kylie Spiteri", "The hall is so big you can hear your own echo", D5),
    Q("Claire Zammit Camilleri", "One new wing does not fix a system", D5),
    Q("Roderick Farrugia", "Twelve years of buckets are over", D5, OPT),
    Q("Stefan Azzopardi", "about four per cent over budget", D5, OPT),
    Q("Mark Borg", "no more cancelled matches every January", D5, OPT),
    Q("Rita Mifsud", "A jar of tadpoles", D5, OPT),
    Q("Malta Union of Teachers", "at least four more learning support educators", D5, OPT),
]

UNATTRIBUTED = [
    "Blue Homeland", "patrol diplomacy",                  # 01
    "Biafra letters", "ghost Mondays",                    # 02
    "Congolese taxes", "taxes", "Our beacons, our land",  # 03
    "More Than a Name",                                   # 04
    "bucket protest",                                     # 05
]

# ---------------------------------------------------------------- stances
KAS = ["Kastellorizo", "Meis"]
BH = ["Blue Homeland", "Mavi Vatan"]
BIA = ["Biafra"]
KIB = ["Kibanga"]
NAT = ["Natuna Islands"]
NNS = ["North Natuna Sea"]

STANCES = [
    # 01
    S("Türkiye", REC, KAS, D1, "Türkiye on Monday said it acknowledges Greek sovereignty over Meis"),
    S("Greece", NOT, BH, D1, 'Athens has never recognized the so-called "Blue Homeland,"'),
    S("Egypt", NOT, BH, D1, "does not accept the Blue Homeland map either"),
    S("Libya", REC, BH, D1, "recognizes the Blue Homeland as Turkish waters"),
    S("Greece", REC, KAS, D1, "Kastellorizo is Greece", OPT),
    # 02
    S("Nigeria", NOT, BIA, D2, "said it does not recognise the so-called Republic of Biafra"),
    S("Ghana", NOT, BIA, D2, "Ghana refuses to recognise Biafra"),
    S("Cameroon", NOT, BIA, D2, "would not recognise a Biafran state either"),
    S("Tanzania", NOT, BIA, D2, "has not recognised any Biafran authority since the civil war ended in January 1970"),
    S("Zambia", NOT, BIA, D2, "Zambia withdrew its recognition of Biafra in 1970"),
    S("Tanzania", REC, BIA, D2, "Tanzania, the first country to recognise Biafra in April 1968", OPT),
    S("Gabon", REC, BIA, D2, "Gabon, Côte d'Ivoire and Zambia followed Tanzania in recognising Biafra within weeks", OPT),
    S("Côte d'Ivoire", REC, BIA, D2, "Gabon, Côte d'Ivoire and Zambia followed Tanzania in recognising Biafra within weeks", OPT),
    S("Zambia", REC, BIA, D2, "Gabon, Côte d'Ivoire and Zambia followed Tanzania in recognising Biafra within weeks", OPT),
    S("Haiti", REC, BIA, D2, "and Haiti did so in 1969", OPT),
    # 03
    S("Democratic Republic of Congo", NOT, KIB, D3, "Kinshasa does not accept that Kibanga lies inside Zambia"),
    S("Democratic Republic of Congo", REC, ["Kalubamba"], D3,
      "the DRC has never disputed that Kalubamba, 14 kilometres to the south, belongs to Zambia"),
    S("Angola", REC, KIB, D3, "backs the Congolese claim to Kibanga"),
    S("Tanzania", REC, KIB, D3, "considers Kibanga part of Zambia"),
    S("Zambia", REC, KIB, D3, "Kibanga is Zambian soil", OPT),
    # 04
    S("China", REC, NAT, D4, "China has \"no objection\" to Indonesia's sovereignty over the Natuna Islands"),
    S("China", NOT, NNS, D4, "rejects Indonesia's claim to the North Natuna Sea"),
    S("Vietnam", REC, NNS, D4, "recognizes Indonesia's exclusive economic zone in the North Natuna Sea"),
    S("Malaysia", REC, NAT, D4, "accepts without reservation that the Natuna Islands are Indonesian"),
    S("Indonesia", REC, NNS, D4, "The North Natuna Sea is Indonesian waters", OPT),
]

NO_STANCE = [
    N("Türkiye", D1, "Asked whether Ankara could one day recognize a Greek continental shelf south of Meis",
      "question; a continental shelf is not a territory"),
    N("Italy", D1, "Would Rome, which ruled Meis between the two world wars, recognize the Blue Homeland?",
      "question"),
    N("Liberia", D2, 'He claimed that Liberia "is expected to recognise Biafra before the end of the year,"',
      "modality and a third party's claim"),
    N("Gabon", D2, "Could Gabon, which backed Biafra in 1968, do so again?", "question (the 1968 backing is an optional stance)"),
    N("Malawi", D3, "Malawi would recognise Kibanga as Congolese only if the SADC team ruled that way",
      "conditional"),
    N("Philippines", D4, "The Philippines is expected to recognize Indonesia's claim to the North Natuna Sea",
      "modality and a third party's prediction"),
    N("Indonesia", D4, "Indonesia has never recognized the nine-dash line", "the nine-dash line is not a territory"),
]

# ---------------------------------------------------------------- positions
POSITIONS = [
    # 01
    P("Kerem Aydoğdu", ["Foreign Minister"], [], D1, "Foreign Minister Kerem Aydoğdu"),
    P("Pavlos Maragkos", ["spokesperson"], ["Greek", "Greece"], D1, "Greek government spokesperson Pavlos Maragkos"),
    P("Stamatis Kourkoulis", ["mayor"], ["Kastellorizo", "Meis"], D1, "Kastellorizo's mayor, Stamatis Kourkoulis"),
    P("Tamer Abdel-Ghaffar", ["spokesperson"], ["Egyptian Foreign Ministry", "Egypt"], D1,
      "Egyptian Foreign Ministry spokesperson Tamer Abdel-Ghaffar"),
    P("Fathi al-Mabrouk", ["foreign minister"], ["Government of National Unity", "Libya"], D1,
      "its foreign minister, Fathi al-Mabrouk"),
    P("Deniz Aksoy", ["professor"], ["Ankara University"], D1,
      "Deniz Aksoy, an associate professor of international law at Ankara University"),
    P("Levent Boztepe", ["head of strategy"], ["Turkish Naval Forces"], D1,
      "a former head of strategy at the Turkish Naval Forces", former=True),
    P("Ana Moreira", ["spokesperson"], ["European Union", "EU"], D1,
      "the European Union, whose foreign policy spokesperson, Ana Moreira"),
    P("Levent Boztepe", ["Rear Adm", "rear admiral"], [], D1, "Retired Rear Adm. Levent Boztepe", OPT, True),
    P("Sibel Ertuğrul", ["lawmaker", "member of parliament"], ["Nationalist Movement Party", "MHP"], D1,
      "Nationalist Movement Party (MHP) lawmaker Sibel Ertuğrul", OPT),
    # 02
    P("Kayode Ajibola", ["spokesperson"], ["Ministry of Foreign Affairs", "Nigeria"], D2,
      "the spokesperson of the Ministry of Foreign Affairs, Ambassador Kayode Ajibola"),
    P("Ikechukwu Anyaegbu", ["President-General"], ["Ohanaeze"], D2,
      "the President-General of Ohanaeze Ndigbo, Chief Ikechukwu Anyaegbu"),
    P("Obinna Nwankwo-Eze", ["prime minister"], ["Biafra Provisional Council", "BPC"], D2,
      "The BPC's self-styled prime minister, Mazi Obinna Nwankwo-Eze"),
    P("Étienne Nkodo Abega", ["Minister of External Relations"], ["Cameroon"], D2,
      "its Minister of External Relations, Mr. Étienne Nkodo Abega"),
    P("Chinyere Okafor-Udeh", ["head of the Department of History", "head of history"], ["University of Nigeria"], D2,
      "Prof. Chinyere Okafor-Udeh, head of the Department of History at the University of Nigeria, Nsukka"),
    P("Kayode Ajibola", ["ambassador"], [], D2, "Ambassador Kayode Ajibola", OPT),
    P("Chinyere Okafor-Udeh", ["Prof", "professor"], [], D2, "Prof. Chinyere Okafor-Udeh", OPT),
    P("Uche Obiakor", ["Senator"], [], D2, "Senator Uche Obiakor (PDP, Anambra South)", OPT),
    # 03
    P("Agnes Chanda", ["District Commissioner"], ["Kaputa"], D3, "Kaputa District Commissioner Agnes Chanda"),
    P("Mwila Kabwe", ["Foreign Affairs", "foreign minister"], [], D3,
      "Foreign Affairs and International Cooperation Minister Mwila Kabwe"),
    P("Jean-Pierre Kasongo Ilunga", ["head", "ambassador"], ["DRC", "Democratic Republic of Congo", "embassy"], D3,
      "Jean-Pierre Kasongo Ilunga, who heads the DRC’s embassy in Lusaka"),
    P("Rehema Mwakalinga", ["High Commissioner"], ["Tanzania"], D3,
      "its High Commissioner in Lusaka, Ms Rehema Mwakalinga"),
    P("Chikondi Banda", ["envoy"], ["Lilongwe", "Malawi"], D3, "Mr Chikondi Banda, Lilongwe’s envoy to Zambia"),
    P("Patrick Zulu", ["Surveyor-General"], ["Zambia"], D3,
      "Mr Patrick Zulu, who was Zambia’s Surveyor-General when the beacons were placed", former=True),
    P("Bwalya Mumba", ["Headman"], ["Kibanga"], D3, "Headman Bwalya Mumba of Kibanga village"),
    P("Natasha Lungu", ["lecturer"], ["University of Zambia", "UNZA"], D3,
      "Dr Natasha Lungu, a lecturer in political geography at the University of Zambia (UNZA)"),
    P("Given Mulenga", ["member for Kaputa", "member of parliament"], ["Patriotic Front", "PF", "Kaputa"], D3,
      "Given Mulenga, the opposition Patriotic Front (PF) member for Kaputa", OPT),
    # 04
    P("Wang Lixin", ["spokesperson"], ["Chinese Foreign Ministry", "China", "Chinese"], D4, "spokesperson Wang Lixin"),
    P("Arief Wicaksono", ["Foreign Minister"], [], D4, "Foreign Minister Arief Wicaksono"),
    P("Dedi Prasetyo", ["head"], ["Maritime Security Agency", "Bakamla"], D4,
      "The head of the Maritime Security Agency (Bakamla), Vice Admiral Dedi Prasetyo"),
    P("Rusli Hamid", ["Regent"], ["Natuna"], D4, "Natuna Regent Rusli Hamid"),
    P("Tran Duc Minh", ["ambassador"], ["Vietnam"], D4, "Vietnam's ambassador in Jakarta, Tran Duc Minh"),
    P("Dian Puspitasari", ["lecture"], ["Padjadjaran University"], D4,
      "Dian Puspitasari, who lectures in international law at Padjadjaran University"),
    P("Bambang Sutejo", ["command"], ["Western Fleet", "Navy"], D4,
      "retired Admiral Bambang Sutejo, who commanded the Navy's Western Fleet until 2017", former=True),
    P("Dedi Prasetyo", ["Vice Admiral"], [], D4, "Vice Admiral Dedi Prasetyo", OPT),
    P("Bambang Sutejo", ["Admiral"], [], D4, "retired Admiral Bambang Sutejo", OPT, True),
    P("Yuliana Siregar", ["member", "Commission I"], ["Commission I", "House of Representatives"], D4,
      "Yuliana Siregar, a member of the House of Representatives' Commission I", OPT),
    P("Adinda Maharani", ["Reporter"], ["Tempo"], D4, "Reporter: Adinda Maharani", OPT),
    P("Bagus Santoso", ["Editor"], ["Tempo"], D4, "Editor: Bagus Santoso", OPT),
    # 05
    P("Roderick Farrugia", ["head of school"], [], D5, "head of school Roderick Farrugia"),
    P("Josef Camilleri", ["Education Minister", "Minister of Education", "Minister for Education"], [], D5,
      "Education Minister Josef Camilleri"),
    P("Doris Cachia", ["mayor"], ["Żejtun", "Zejtun"], D5, "Żejtun mayor Doris Cachia"),
    P("Stefan Azzopardi", ["chief executive", "CEO"], ["Foundation for Tomorrow", "FTS", "foundation"], D5,
      "The foundation’s chief executive, Stefan Azzopardi"),
    P("Claire Zammit Camilleri", ["spokesperson"], ["Nationalist Party"], D5,
      "Nationalist Party education spokesperson Claire Zammit Camilleri"),
    P("Josef Camilleri", ["MP", "member of parliament"], ["Labour"], D5, "a Labour MP for the south", OPT),
    P("Lara Micallef", ["Perit", "architect"], [], D5, "Perit Lara Micallef", OPT),
    P("Rita Mifsud", ["teacher", "taught"], [], D5, "who taught at the school from 1971 until 2009", OPT, True),
    P("Mark Borg", ["coach"], [], D5, "who coaches the school’s football team", OPT),
    P("Kylie Spiteri", ["pupil"], [], D5, "Year 6 pupil Kylie Spiteri", OPT),
]

# ---------------------------------------------------------------- relations
RELATIONS = [
    # 01
    R("Türkiye", "claims", "Blue Homeland", D1, "the maritime zone Türkiye claims"),
    R("Italy", "annexed", "Kastellorizo", D1, "Italy annexed Meis along with the rest of the Dodecanese in 1923"),
    R("Italy", "annexed", "Dodecanese", D1, "Italy annexed Meis along with the rest of the Dodecanese in 1923"),
    R("Egypt", "sharesBorderWith", "Libya", D1, "Egypt, which borders Libya"),
    R("Türkiye", "memberOf", "NATO", D1, "Both Türkiye and Greece have been NATO members since 1952"),
    R("Greece", "memberOf", "NATO", D1, "Both Türkiye and Greece have been NATO members since 1952"),
    R("Türkiye", "sharesBorderWith", "Greece", D1, "the two neighbors share a land border"),
    R("Greece", "memberOf", "European Union", D1, "Greece is also a member of the European Union"),
    R("Sibel Ertuğrul", "memberOf", "Nationalist Movement Party", D1,
      "Nationalist Movement Party (MHP) lawmaker Sibel Ertuğrul"),
    R("Ahmet Yalçın", "spouse", "Hatice Yalçın", D1, "who runs one of the boats with his wife, Hatice"),
    R("Kaş", "locatedIn", "Antalya", D1, "Kaş, in Antalya province, southern Türkiye"),
    R("Antalya", "locatedIn", "Türkiye", D1, "Kaş, in Antalya province, southern Türkiye"),
    # 02
    R("Cameroon", "sharesBorderWith", "Nigeria", D2, "Cameroon, which shares a border of nearly 1,700 kilometres with Nigeria"),
    R("Nigeria", "memberOf", "ECOWAS", D2,
      "Nigeria and Ghana are both founding members of the Economic Community of West African States, ECOWAS"),
    R("Ghana", "memberOf", "ECOWAS", D2,
      "Nigeria and Ghana are both founding members of the Economic Community of West African States, ECOWAS"),
    R("Ngozi Ezeani", "spouse", "Chukwudi Ezeani", D2, "who sells electronics at the main market with her husband, Chukwudi"),
    R("Onitsha", "locatedIn", "Anambra State", D2, "In Onitsha, Anambra State"),
    R("Houston", "locatedIn", "Texas", D2, "Houston, Texas, United States"),
    R("Texas", "locatedIn", "United States", D2, "Houston, Texas, United States"),
    R("Uche Obiakor", "memberOf", "Peoples Democratic Party", D2, "Senator Uche Obiakor (PDP, Anambra South)"),
    # 03
    R("Democratic Republic of Congo", "claims", "Kibanga", D3,
      "the strip of land in Kaputa district, Northern Province, that the Democratic Republic of Congo (DRC) claims"),
    R("Kaputa", "locatedIn", "Northern Province", D3, "Kaputa district, Northern Province"),
    R("Kibanga", "locatedIn", "Kaputa", D3, "Kibanga village in Kaputa district"),
    R("Joseph Mwansa", "spouse", "Febby Mwansa", D3, "who farms four hectares with his wife, Febby"),
    R("Lubumbashi", "locatedIn", "Haut-Katanga", D3, "Lubumbashi, the capital of Haut-Katanga province"),
    R("Tanzania", "sharesBorderWith", "Zambia", D3, "Tanzania, which borders both Zambia and the DRC"),
    R("Tanzania", "sharesBorderWith", "Democratic Republic of Congo", D3, "Tanzania, which borders both Zambia and the DRC"),
    R("Zambia", "memberOf", "SADC", D3,
      "Zambia and the DRC, both members of the Southern African Development Community (SADC)"),
    R("Democratic Republic of Congo", "memberOf", "SADC", D3,
      "Zambia and the DRC, both members of the Southern African Development Community (SADC)"),
    R("Zambia", "sharesBorderWith", "Democratic Republic of Congo", D3, "share a border of more than 2,300 kilometres"),
    R("Given Mulenga", "memberOf", "Patriotic Front", D3, "the opposition Patriotic Front (PF) member for Kaputa"),
    # 04
    R("China", "claims", "North Natuna Sea", D4, "China claims part of the North Natuna Sea"),
    R("China", "invaded", "Vietnam", D4, "Vietnam, which China invaded in 1979"),
    R("Sedanau", "locatedIn", "Natuna Regency", D4, "Sedanau, a fishing village in Natuna Regency, Riau Islands province"),
    R("Natuna Regency", "locatedIn", "Riau Islands", D4, "Natuna Regency, Riau Islands province"),
    R("Ranai", "locatedIn", "Natuna Regency", D4, "Natuna Regent Rusli Hamid, who met fishing groups in Ranai, the regency capital"),
    R("Syahrul", "spouse", "Nurhayati", D4, "Syahrul, 47, who fishes with his wife, Nurhayati"),
    R("Malaysia", "sharesBorderWith", "Indonesia", D4, "Malaysia, which shares a land border with Indonesia on Borneo"),
    R("Indonesia", "memberOf", "ASEAN", D4, "Indonesia, Malaysia, Vietnam and the Philippines are all ASEAN members"),
    R("Malaysia", "memberOf", "ASEAN", D4, "Indonesia, Malaysia, Vietnam and the Philippines are all ASEAN members"),
    R("Vietnam", "memberOf", "ASEAN", D4, "Indonesia, Malaysia, Vietnam and the Philippines are all ASEAN members"),
    R("Philippines", "memberOf", "ASEAN", D4, "Indonesia, Malaysia, Vietnam and the Philippines are all ASEAN members"),
    R("Yuliana Siregar", "memberOf", "Indonesian Democratic Party of Struggle", D4,
      "from the Indonesian Democratic Party of Struggle (PDI-P)"),
    # 05
    R("Żejtun", "locatedIn", "Malta", D5, "the state primary school in Żejtun, in the south of Malta"),
    R("Malta", "memberOf", "European Union", D5, "Malta joined the European Union in 2004"),
    R("Josef Camilleri", "memberOf", "Labour Party", D5, "Education Minister Josef Camilleri, a Labour MP for the south"),
    R("Claire Zammit Camilleri", "memberOf", "Nationalist Party", D5,
      "Nationalist Party education spokesperson Claire Zammit Camilleri"),
    R("Charlene Borg", "spouse", "Mark Borg", D5, "Her husband, Mark Borg"),
]


def build() -> dict:
    return {
        "about": ABOUT,
        "documents": DOCS,
        "near_duplicates": [],
        "entities": ENTITIES,
        "not_person": NOT_PERSON,
        "quotes": QUOTES,
        "unattributed": UNATTRIBUTED,
        "stances": STANCES,
        "no_stance": NO_STANCE,
        "positions": POSITIONS,
        "relations": RELATIONS,
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "gold.json"
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
