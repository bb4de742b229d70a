#!/usr/bin/env python3
"""Source of bench/heldout25/gold.json.

Every entry was read off the articles by hand. Next to every stance, position and relation is the
evidence string (verbatim from its article) it was read from; check_gold.py verifies them.

    python check/gold_src.py            # rewrite gold.json
    python check/gold_src.py --stdout   # print it
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent

D1 = "01_bogotapost_los_monjes.txt"
D2 = "02_lusakatimes_barotseland.txt"
D3 = "03_cookislandsnews_recognition.txt"
D4 = "04_jakartaglobe_naktuka.txt"
D5 = "05_winnipegfreepress_gimli_breakwater.txt"
DOCUMENTS = [D1, D2, D3, D4, D5]

ABOUT = """Writes bench/heldout25/gold.json: the hand-made gold standard for the five invented articles in
bench/heldout25/articles (a blind held-out set; see README.md). Same format as shared/eval/seeds-gold.json;
the extra `docs` lists on entities, stances, positions and relations are ignored by score.py.

Conventions (those of bench/heldout10):
- quotes: `key` is a distinctive stretch of the quote's own words, verbatim in its article. `required` = a
  full statement with an explicit speaker (name, surname, given name where the paper uses it, pronoun, role
  such as `the admiral`, `the 81-year-old`, `the statement`, `the festival`), including split quotes, colon
  quotes, cue-less continuation paragraphs and every paragraph of a multi-paragraph quote. `optional` =
  partial quotes and fragments, headline/subhead echoes, and words credited to a second possible holder (a
  joint communique for each signatory). Anonymous speakers are not listed, so attributing them is wrong.
- unattributed: scare quotes, coined terms, words of documents and unnamed officials, quoted related headlines.
- stances: polarity follows the wording. Positive verbs and double negatives (`does not dispute`, `has never
  questioned`, `has never had any doubt about`) give recognises; negated, rejecting, refusing and
  `has yet to` wordings (also nominalised: `non-recognition of`, `turned down the request for recognition of`)
  give doesNotRecognise. Required: explicit stances of a country, voiced by the country, its minister,
  envoy, spokesman or ministry, in reported speech or inside a quote, including coordinated holders and
  coordinated territories. Optional: a claimant's or sovereign's own claim. No stance: questions,
  hypotheticals and conditionals, `is expected to`, `declined to say whether`, holders that are not
  countries (senators, a departmental assembly, a regent, UNPO, ASEAN, the Pacific Islands Forum),
  recognition of things that are not territories (resolutions), and statements naming no territory.
- positions: `of_any` lists the organisation or country next to the title (adjectives and `its` resolved to
  the country are accepted); empty when none is named. Required: explicit titles, former titles (`a former
  mayor of`, `who was deputy prime minister of`, `from 2016 to 2020`, `spent six years as`) and author
  footers. Optional: titles given only by a verb (`who chairs`, `who heads`), seats (senator, MP, lawmaker,
  member of the legislature), occupations and the byline title.
- relations: only spouse, sharesBorderWith, invaded, memberOf, locatedIn, and only as stated in the text.
- entities: every person, organisation, country, territory and place named in the article text, including
  bylines, photo credits, author footers, related-story lines and copyright lines; not the navigation bars.
  Territories are the stance objects. Seas, gulfs, lakes, rivers, buildings, vessels, treaties and
  agreements, ceremonies and social platforms are not entities; a federal programme that acts as a body
  (a harbours programme with its own managers) is an Organization. `not_person` lists demonyms,
  titles, honorifics and places or bodies that could pass for personal names."""

# --------------------------------------------------------------------------- entities
ENTITIES: list[dict] = []


def E(doc, typ, name, *aliases):
    for e in ENTITIES:
        if e["name"] == name:
            assert e["type"] == typ, name
            if doc not in e["docs"]:
                e["docs"].append(doc)
            for a in aliases:
                if a not in e["aliases"]:
                    e["aliases"].append(a)
            return
    ENTITIES.append({"type": typ, "name": name, "aliases": list(aliases), "docs": [doc]})


P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"

# 01 Los Monjes
for args in [
    (P, "Tomás Rendón Ibarra"), (P, "Luisa Fernanda Quiroga"),
    (P, "Catalina Urrego Saldarriaga", "Urrego", "Catalina Urrego"),
    (P, "Aurelio Epieyú Pushaina", "Epieyú", "Aurelio Epieyú"),
    (P, "Marcela Bolaño Daza", "Bolaño", "Marcela Bolaño"),
    (P, "Gustavo Petro", "Petro"),
    (P, "Yusmary Colmenares", "Colmenares"),
    (P, "Pieter-Jan Hoogeveen", "Hoogeveen"),
    (P, "Itzel Caballero Ríos", "Caballero Ríos", "Itzel Caballero"),
    (P, "Germán Ocampo Lleras", "Ocampo", "Germán Ocampo"),
    (P, "Lucía Benavides Ortega", "Benavides", "Lucía Benavides"),
    (P, "Eduviges Uriana", "Uriana"), (P, "Jacinto Ipuana", "Ipuana"),
    (C, "Colombia"), (C, "Venezuela", "Bolivarian Republic of Venezuela", "Bolivarian Republic"),
    (C, "Netherlands", "Kingdom of the Netherlands", "the Netherlands"),
    (C, "Ecuador"), (C, "Peru"), (C, "Bolivia"), (C, "Panama"), (C, "Brazil"),
    (T, "Los Monjes", "Los Monjes Archipelago"),
    (PL, "Bogotá", "Bogota"), (PL, "Caracas"), (PL, "La Guajira", "Guajira"), (PL, "Castilletes"),
    (PL, "Uribia"), (PL, "Riohacha"), (PL, "Maracaibo"),
    (PL, "Lima"), (PL, "Panama City"), (PL, "Belém", "Belem"), (PL, "Brasília", "Brasilia"),
    (PL, "Cartagena"), (PL, "Puerto Bolívar", "Puerto Bolivar"), (PL, "Leticia"),
    (PL, "The Hague", "Hague"),
    (O, "The Bogotá Post", "Bogotá Post", "Bogota Post"),
    (O, "Colombian Foreign Ministry", "Cancillería", "Cancilleria"),
    (O, "Colombian Navy"), (O, "Caribbean Naval Force"),
    (O, "Pacto Histórico", "Pacto Historico"), (O, "Liberal Party"),
    (O, "International Court of Justice", "ICJ"),
    (O, "Departmental Assembly of La Guajira"),
    (O, "Ministry of Popular Power for Foreign Affairs"),
    (O, "Caracol Radio"), (O, "Andean Community"), (O, "Universidad del Rosario"),
]:
    E(D1, *args)

# 02 Barotseland
for args in [
    (P, "Bwalya Simuchimba", "Simuchimba", "Mr Simuchimba"),
    (P, "Hakainde Hichilema", "Hichilema"),
    (P, "Muyunda Namakando", "Namakando", "Mr Namakando"),
    (P, "Kenneth Kaunda", "Kaunda"),
    (P, "Inonge Mubita Namakando", "Inonge Namakando", "Inonge"),
    (P, "Ndapewa Shikongo", "Shikongo", "Ms Shikongo"),
    (P, "Keletso Mmolawa", "Mmolawa"),
    (P, "Chikondi Banda-Mhango", "Banda-Mhango"),
    (P, "Mutale Sikota", "Sikota", "Dr Sikota", "Dr Mutale Sikota"),
    (P, "Mukela Liswaniso", "Liswaniso", "Mr Liswaniso"),
    (P, "Mubiana Sitali", "Sitali", "Mr Sitali"),
    (P, "Namasiku Kalaluka", "Kalaluka"),
    (C, "Zambia"), (C, "Namibia"), (C, "Botswana"), (C, "Angola"), (C, "Zimbabwe"), (C, "Malawi"),
    (C, "South Africa"),
    (T, "Barotseland", "Kingdom of Barotseland"),
    (PL, "Limulunga"), (PL, "Western Province"), (PL, "Lusaka"), (PL, "Chililabombwe"), (PL, "Sesheke"),
    (PL, "Mongu"), (PL, "Gaborone"), (PL, "Pretoria"),
    (PL, "Mongu Central"), (PL, "Kalabo"),
    (O, "Lusaka Times"), (O, "ZANIS"),
    (O, "Southern African Development Community", "SADC"),
    (O, "Barotse National Council", "BNC"), (O, "ZNBC"),
    (O, "Ministry of Foreign Affairs and International Cooperation"),
    (O, "University of Zambia"),
    (O, "Barotse Royal Establishment", "BRE", "Royal Establishment"),
    (O, "Unrepresented Nations and Peoples Organization", "UNPO"),
    (O, "UPND"),
]:
    E(D2, *args)

# 03 Cook Islands and Niue
for args in [
    (P, "Losirene Tangimetua"),
    (P, "Rodrigo Fuenzalida Mardones", "Fuenzalida", "Rodrigo Fuenzalida"),
    (P, "Tauraki Piho", "Piho"), (P, "Tevita Marsters"),
    (P, "Grant Whitcombe", "Whitcombe"), (P, "Lagi Tuimavave", "Tuimavave"),
    (P, "Teariki Vaine", "Vaine"), (P, "Mereana Tuara", "Tuara", "Dr Mereana Tuara"),
    (P, "Tumu Makara", "Makara"), (P, "Mii Tangatapoto"), (P, "Tere Tangatapoto", "Tere"),
    (P, "Moka Tafatu", "Tafatu"),
    (C, "Chile"), (C, "New Zealand"), (C, "China"),
    (C, "United States", "US", "U.S.", "United States of America"),
    (C, "Japan"), (C, "Samoa"), (C, "Argentina"), (C, "United Kingdom", "UK", "Britain"), (C, "Kiribati"),
    (T, "Cook Islands", "the Cook Islands"), (T, "Niue"),
    (PL, "Santiago"), (PL, "Rarotonga"), (PL, "Alofi"), (PL, "Wellington"), (PL, "Avarua"), (PL, "Apia"),
    (PL, "London"), (PL, "Penrhyn"), (PL, "Manihiki"), (PL, "Geneva"), (PL, "New York"),
    (PL, "Gilbert Islands"),
    (O, "Cook Islands News"), (O, "Ministry of Foreign Affairs and Immigration", "MFAI"),
    (O, "United Nations", "UN"), (O, "Embassy of Japan in New Zealand"),
    (O, "Ministry of Foreign Affairs and Trade"), (O, "Pacific Islands Forum"),
    (O, "Democratic Party"), (O, "University of the South Pacific"),
]:
    E(D3, *args)

# 04 Naktuka
for args in [
    (P, "Maria Goreti Ndun"), (P, "Silvester Taek"),
    (P, "Ardiansyah Wicaksono", "Ardiansyah"),
    (P, "Daniel Nenobais", "Daniel", "Nenobais"),
    (P, "Joaquim Soares Ximenes", "Ximenes"),
    (P, "Agostinho Colo Sequeira", "Agostinho"),
    (P, "Rudi Prasetyo Nugroho", "Rudi"),
    (P, "Lusia Tefa", "Lusia"),
    (P, "Ansgar Bire Lado", "Ansgar"),
    (P, "Yohanis Bana"), (P, "Yuliana Bana-Tallo", "Yuliana"),
    (C, "Timor-Leste", "East Timor", "Timor Leste"), (C, "Indonesia"), (C, "Portugal"), (C, "Brazil"),
    (C, "Australia"), (C, "Malaysia"),
    (T, "Naktuka"), (T, "Bijael Sunan"),
    (PL, "Netemnanu Utara"), (PL, "East Nusa Tenggara"), (PL, "Amfoang Timur"), (PL, "Kupang Regency"),
    (PL, "Kupang"), (PL, "Oecusse", "Oecusse-Ambeno", "Special Administrative Region of Oecusse-Ambeno",
                                  "RAEOA"),
    (PL, "Jakarta"), (PL, "Dili"), (PL, "Canberra"), (PL, "Kuala Lumpur"), (PL, "Amfoang"),
    (O, "Jakarta Globe"), (O, "Antara"), (O, "Indonesian Foreign Ministry"),
    (O, "Community of Portuguese Language Countries", "CPLP"),
    (O, "Association of Southeast Asian Nations", "ASEAN"),
    (O, "Nusa Cendana University"),
    (O, "Indonesian Democratic Party of Struggle", "PDI-P"),
    (O, "House of Representatives"),
]:
    E(D4, *args)

# 05 Gimli breakwater
for args in [
    (P, "Kateryna Lysak", "Lysak"), (P, "Daniela Okonkwo"),
    (P, "Sigrid Olafson"), (P, "Dale Olafson", "Dale"),
    (P, "Anil Chaudhary", "Chaudhary"), (P, "Bjorn Stefansson", "Stefansson"),
    (P, "Runa Halldorson", "Halldorson"), (P, "Ingrid Thorsteinson", "Thorsteinson"),
    (P, "Helga Jonasson", "Jonasson"),
    (C, "Iceland"),
    (PL, "Gimli"), (PL, "Ottawa"), (PL, "Riverton"), (PL, "Hnausa"),
    (PL, "Rural Municipality of Bifrost-Riverton", "Bifrost-Riverton"),
    (PL, "Interlake"), (PL, "Manitoba"), (PL, "New Iceland"), (PL, "Selkirk"),
    (O, "Winnipeg Free Press", "Free Press"), (O, "Fisheries and Oceans Canada"),
    (O, "Small Craft Harbours"), (O, "Gimli Harbour Authority"),
    (O, "Icelandic Festival of Manitoba"), (O, "University of Manitoba"), (O, "NDP"),
]:
    E(D5, *args)

NOT_PERSON = [
    # 01
    "Colombian", "Colombians", "Venezuelan", "Venezuelans", "Wayuu", "Panamanian", "Brazilian",
    "Cancillería", "San Carlos Palace", "San Carlos", "Rear Admiral", "Senator", "Professor",
    "Castilletes", "Uribia", "Riohacha", "Leticia", "Puerto Bolívar", "palabrera",
    "Los Monjes", "Caracol Radio", "Bolivarian Republic",
    # 02
    "Litunga", "Ngambela", "Barotse", "Kuomboka", "Chief Editor", "Mr", "Ms", "Dr", "Mongu", "Kalabo",
    "Sesheke", "Limulunga", "Chililabombwe", "Royal Establishment", "ZANIS", "ZNBC",
    "UPND", "Barotseland", "High Commissioner",
    # 03
    "Chilean", "Avarua", "Rarotonga", "Alofi", "Penrhyn", "Manihiki", "MFAI", "Secretary to Government",
    "Niue",
    # 04
    "Kupang", "Dili", "Naktuka", "Bijael Sunan", "Oecusse", "Amfoang", "Netemnanu Utara",
    "Regent", "Antara", "Noel Besi", "Timorese", "Indonesian", "RAEOA", "Dutch", "Portuguese",
    # 05
    "Gimli", "Viking", "Icelandic", "Riverton", "Hnausa", "Selkirk", "Interlake", "Free Press",
    "Small Craft Harbours", "New Iceland", "NDP", "Mayor",
]

# --------------------------------------------------------------------------- quotes
QUOTES: list[dict] = []


def Q(doc, speaker, key, status="required"):
    QUOTES.append({"speaker": speaker, "key": key, "docs": [doc], "status": status})


R_, O_ = "required", "optional"

# 01
Q(D1, "Catalina Urrego Saldarriaga", "Those rocks are Venezuelan, and they have been Venezuelan")
Q(D1, "Catalina Urrego Saldarriaga", "Nobody in this government is going to reopen a question")
Q(D1, "Catalina Urrego Saldarriaga", "What matters to us is that a Wayuu fisherman from Castilletes")
Q(D1, "Catalina Urrego Saldarriaga", "That is a conversation about fishing rights")
Q(D1, "Catalina Urrego Saldarriaga", "Those rocks are Venezuelan", O_)          # headline echo
Q(D1, "Colombian Foreign Ministry", "Those rocks are Venezuelan", O_)           # headline: ministry
Q(D1, "Colombian Foreign Ministry", "remains fully in force", O_)
Q(D1, "Colombia", "remains fully in force", O_)
Q(D1, "Aurelio Epieyú Pushaina", "I have never accepted that Los Monjes belong to Venezuela")
Q(D1, "Aurelio Epieyú Pushaina", "A foreign minister wrote a letter. A letter is not a treaty")
Q(D1, "Aurelio Epieyú Pushaina", "If the Venezuelans put a radar on those rocks")
Q(D1, "Marcela Bolaño Daza", "Not withdraw. Review. We want a court to tell us")
Q(D1, "Departmental Assembly of La Guajira", "an occupation tolerated by Bogotá", O_)
Q(D1, "Ministry of Popular Power for Foreign Affairs", "a provocation dressed up as legal scholarship", O_)
Q(D1, "Ministry of Popular Power for Foreign Affairs",
  "The Bolivarian Republic has exercised peaceful and uninterrupted sovereignty")
Q(D1, "Ministry of Popular Power for Foreign Affairs", "It will go on doing so, with or without the approval")
Q(D1, "Venezuela", "The Bolivarian Republic has exercised peaceful and uninterrupted sovereignty", O_)
Q(D1, "Venezuela", "It will go on doing so, with or without the approval", O_)
Q(D1, "Yusmary Colmenares", "We are building a pier, not a fortress")
Q(D1, "Yusmary Colmenares", "and Colombian boats will be welcome to shelter there")
Q(D1, "Pieter-Jan Hoogeveen", "has never questioned Venezuela’s sovereignty over Los Monjes", O_)
Q(D1, "Ecuador", "respect the sovereignty of the Bolivarian Republic of Venezuela", O_)
Q(D1, "Peru", "respect the sovereignty of the Bolivarian Republic of Venezuela", O_)
Q(D1, "Ecuador", "dialogue between sister nations", O_)
Q(D1, "Peru", "dialogue between sister nations", O_)
Q(D1, "Germán Ocampo Lleras", "no new instructions", O_)
Q(D1, "Germán Ocampo Lleras", "Our patrols will follow the same routes as last year")
Q(D1, "Germán Ocampo Lleras", "The line our ships respect is the line the government gives us")
Q(D1, "Germán Ocampo Lleras", "Same routes as last year", O_)                 # subhead echo
Q(D1, "Lucía Benavides Ortega", "The 1952 note is a unilateral act")
Q(D1, "Lucía Benavides Ortega", "The senators can pass whatever they like")
Q(D1, "Eduviges Uriana", "They take the catch and send us home")
Q(D1, "Eduviges Uriana", "My husband knows those waters better than any admiral")
Q(D1, "Eduviges Uriana", "Let the senators come and fish with us for one week")   # cue-less
Q(D1, "Eduviges Uriana", "Then they can talk about flags", O_)               # subhead echo

# 02
Q(D2, "Bwalya Simuchimba", "Zambia is one country, from Chililabombwe to Sesheke")
Q(D2, "Bwalya Simuchimba", "Those who are collecting signatures for a foreign power")
Q(D2, "Bwalya Simuchimba", "studying the letter", O_)
Q(D2, "Bwalya Simuchimba", "without fear or favour", O_)
Q(D2, "Bwalya Simuchimba", "We are not going to arrest people for their opinions")
Q(D2, "Muyunda Namakando", "peacefully and in the open", O_)
Q(D2, "Muyunda Namakando", "We have not taken up arms. We have written a letter")
Q(D2, "Muyunda Namakando", "The Barotseland Agreement of 1964 was signed by the Litunga")   # cue-less
Q(D2, "Inonge Mubita Namakando", "visitors in plain clothes", O_)
Q(D2, "Ndapewa Shikongo", "We have our own painful history with this kind of thing")
Q(D2, "Ndapewa Shikongo", "Our answer to the BNC is the same answer we gave in 1999")
Q(D2, "Keletso Mmolawa", "Botswana has no intention of recognising Barotseland")
Q(D2, "Keletso Mmolawa", "This community was built on the borders we inherited")
Q(D2, "Chikondi Banda-Mhango", "is a matter of principle, not politics", O_)
Q(D2, "Malawi", "is a matter of principle, not politics", O_)
Q(D2, "Southern African Development Community", "The Secretariat has shared the correspondence with member states")
Q(D2, "Southern African Development Community", "Questions of sovereignty are for member states alone")
Q(D2, "Mutale Sikota", "a cry for attention", O_)
Q(D2, "Mutale Sikota", "The Barotseland question is not going away")
Q(D2, "Mutale Sikota", "Western Province is still among the poorest provinces")
Q(D2, "Mutale Sikota", "Roads and clinics", O_)                           # subhead echo
Q(D2, "Mukela Liswaniso", "The Royal Establishment has never asked anybody to fight")
Q(D2, "Mukela Liswaniso", "and it is not going to start now. Our young people must be careful")
Q(D2, "Unrepresented Nations and Peoples Organization",
  "supports the right of the people of Barotseland to be heard", O_)
Q(D2, "Mubiana Sitali", "People in Mongu want jobs, not passports")
Q(D2, "Mubiana Sitali", "When the Government builds the road to Kalabo")
Q(D2, "Namasiku Kalaluka", "I have walked from village to village in this province")

# 03
Q(D3, "Rodrigo Fuenzalida Mardones", "For Chile, this is simple")
Q(D3, "Rodrigo Fuenzalida Mardones", "We share an ocean. It was time we shared an embassy address book")
Q(D3, "Tauraki Piho", "quietly historic", O_)
Q(D3, "Tauraki Piho", "Every new recognition matters to a country of seventeen thousand people")
Q(D3, "Tauraki Piho", "It tells our young people that the world sees us as we see ourselves")
Q(D3, "Grant Whitcombe", "any friendship the Cook Islands can build", O_)
Q(D3, "Grant Whitcombe", "New Zealand does not regard the Cook Islands as a fully independent state")
Q(D3, "Grant Whitcombe", "That is not a criticism. Free association is a choice")
Q(D3, "Grant Whitcombe", "That is a question for another day")
Q(D3, "Teariki Vaine", "collecting flags", O_)
Q(D3, "Teariki Vaine", "Recognition is not a passport. Recognition does not fix the airport")
Q(D3, "Teariki Vaine", "Recognition is not a passport", O_)               # subhead echo
Q(D3, "Teariki Vaine", "If the Prime Minister wants to be a head of state")   # cue-less
Q(D3, "Mereana Tuara", "Each one adds a brick")
Q(D3, "Mereana Tuara", "If the Cook Islands one day applied to join the United Nations")
Q(D3, "Tumu Makara", "People said the sky would fall. It did not fall")
Q(D3, "Tumu Makara", "We are small, but we have never been shy")
Q(D3, "Mii Tangatapoto", "My dad would laugh. He always said we were a country")
Q(D3, "Moka Tafatu", "small but very warm", O_)

# 04
Q(D4, "Ardiansyah Wicaksono", "respond through the proper channels", O_)
Q(D4, "Ardiansyah Wicaksono", "Our farmers have worked that land for generations")
Q(D4, "Ardiansyah Wicaksono", "We remain committed to finishing the job with our Timorese friends")  # cue-less
Q(D4, "Daniel Nenobais", "Naktuka is part of Kupang Regency, East Nusa Tenggara")
Q(D4, "Joaquim Soares Ximenes", "a provocation", O_)
Q(D4, "Timor-Leste", "a provocation", O_)                       # subhead: Dili
Q(D4, "Joaquim Soares Ximenes", "We reject, completely and without hesitation, Indonesia's claim to Naktuka")
Q(D4, "Joaquim Soares Ximenes", "Naktuka belongs to Oecusse. Our people buried their grandparents there")
Q(D4, "Joaquim Soares Ximenes", "has no wish to quarrel with a friend", O_)
Q(D4, "Joaquim Soares Ximenes", "facts on the ground", O_)
Q(D4, "Agostinho Colo Sequeira", "Nobody on our side will pull up a single plant")
Q(D4, "Rudi Prasetyo Nugroho", "When I arrived in Dili, there were four unresolved segments")
Q(D4, "Rudi Prasetyo Nugroho", "Nothing has changed on the ground except the corn")
Q(D4, "Rudi Prasetyo Nugroho", "were never put in front of a minister to sign", O_)
Q(D4, "Lusia Tefa", "The surveyors finished their work years ago")
Q(D4, "Lusia Tefa", "What is missing is the courage to tell a few hundred voters")
Q(D4, "Portugal", "conclude the demarcation in good faith", O_)
Q(D4, "Brazil", "conclude the demarcation in good faith", O_)
Q(D4, "Ansgar Bire Lado", "stand with the farmers of Amfoang", O_)
Q(D4, "Ansgar Bire Lado", "I have no quarrel with Timor-Leste")
Q(D4, "Yuliana Bana-Tallo", "We planted because the rain came")
Q(D4, "Yuliana Bana-Tallo", "The soldiers on both sides know us. We sell them bananas")

# 05
Q(D5, "Fisheries and Oceans Canada", "built for the storms of the next fifty years", O_)
Q(D5, "Fisheries and Oceans Canada", "Lake Winnipeg is shallow and it gets angry fast")
Q(D5, "Fisheries and Oceans Canada", "The current structure has done its job")
Q(D5, "Anil Chaudhary", "We measured settling of almost a metre in two places")
Q(D5, "Anil Chaudhary", "That is not something you patch")
Q(D5, "Bjorn Stefansson", "Every fall, when the north wind comes down the lake")
Q(D5, "Bjorn Stefansson", "We tie up and pray", O_)                        # subhead echo
Q(D5, "Bjorn Stefansson", "Two boats sank at their moorings in 2023")
Q(D5, "Sigrid Olafson", "My husband has been complaining about that wall")
Q(D5, "Dale Olafson", "work around it. We always do")
Q(D5, "Icelandic Festival of Manitoba", "open, safe and full of boats", O_)
Q(D5, "Icelandic Festival of Manitoba", "We have been promised that not a single Viking ship")
Q(D5, "Runa Halldorson", "The harbour is the front door of this town")
Q(D5, "Ingrid Thorsteinson", "This is good news, and I will say so plainly")
Q(D5, "Ingrid Thorsteinson", "But there are harbours up the lake, in Riverton and Hnausa")
Q(D5, "Helga Jonasson", "The harbour is really the reason Gimli survived")
Q(D5, "Helga Jonasson", "You can read the history of New Iceland")

# scare quotes, documents, anonymous and unnamed speakers, related headlines: must get no speaker
UNATTRIBUTED = [
    (D1, "a bad deal, badly signed"), (D1, "Wind farms and the Wayuu: who gets the money?"),
    (D1, "follows the matter with attention"),
    (D2, "Kingdom of Barotseland"), (D2, "watch, not touch"),
    (D2, "Kuomboka draws record crowds despite low floods"),
    (D3, "Pacific partnership across the ocean"),
    (D4, "does not take positions on bilateral land boundaries"),
    (D4, "Indonesia, Timor-Leste Agree to Speed Up Border Talks"),
    (D5, "more trucks than tourists"), (D5, "Worst season in a decade"),
]

# anonymous quotes (not listed as quotes, recorded here for the checks and the README)
ANONYMOUS = [
    (D1, "That radar will see every boat that leaves Puerto Bolívar"),
]

# --------------------------------------------------------------------------- stances
STANCES: list[dict] = []


def S(doc, country, stance, territory_any, evidence, status="required"):
    STANCES.append({"country": country, "stance": stance, "territory_any": territory_any,
                    "docs": [doc], "status": status, "evidence": evidence})


REC, NOT = "recognises", "doesNotRecognise"
LM, BL, CI, NI, NK, BS = (["Los Monjes"], ["Barotseland"], ["Cook Islands"], ["Niue"], ["Naktuka"],
                          ["Bijael Sunan"])

S(D1, "Colombia", REC, LM, "Colombia’s recognition of Venezuelan sovereignty over Los Monjes")
S(D1, "Venezuela", NOT, LM, "Venezuela has never recognised any Colombian claim to Los Monjes")
S(D1, "Venezuela", REC, LM, "The Bolivarian Republic has exercised peaceful and uninterrupted sovereignty over "
  "the Los Monjes Archipelago", O_)
S(D1, "Netherlands", REC, LM, "“has never questioned Venezuela’s sovereignty over Los Monjes”, its ambassador")
S(D1, "Ecuador", REC, LM, "both governments “respect the sovereignty of the Bolivarian Republic of Venezuela "
  "over the Los Monjes Archipelago”")
S(D1, "Peru", REC, LM, "both governments “respect the sovereignty of the Bolivarian Republic of Venezuela "
  "over the Los Monjes Archipelago”")
S(D1, "Panama", REC, LM, "Panama does not dispute Venezuelan sovereignty over Los Monjes either")

S(D2, "Namibia", NOT, BL, "Namibia rejects outright any notion of an independent Barotseland")
S(D2, "Botswana", NOT, BL, "Botswana has no intention of recognising Barotseland")
S(D2, "Angola", NOT, BL, "Angola and Zimbabwe have both turned down the BNC's request for recognition of "
  "Barotseland")
S(D2, "Zimbabwe", NOT, BL, "Angola and Zimbabwe have both turned down the BNC's request for recognition of "
  "Barotseland")
S(D2, "Malawi", NOT, BL, "Malawi's non-recognition of Barotseland")
S(D2, "Zambia", NOT, BL, "Zambia is one country, from Chililabombwe to Sesheke", O_)

S(D3, "Chile", REC, CI, "Chile formally recognised the Cook Islands and Niue as sovereign and independent states")
S(D3, "Chile", REC, NI, "Chile formally recognised the Cook Islands and Niue as sovereign and independent states")
S(D3, "New Zealand", NOT, CI, "New Zealand does not regard the Cook Islands as a fully independent state")
S(D3, "United States", REC, CI, "The United States, which recognised both the Cook Islands and Niue as "
  "sovereign states")
S(D3, "United States", REC, NI, "The United States, which recognised both the Cook Islands and Niue as "
  "sovereign states")
S(D3, "Japan", REC, NI, "Japan’s recognition of Niue, in place since 2015")
S(D3, "Samoa", REC, NI, "Samoa has never had any doubt about the statehood of Niue")
S(D3, "Argentina", NOT, CI, "Argentina, by contrast, has yet to recognise either the Cook Islands or Niue")
S(D3, "Argentina", NOT, NI, "Argentina, by contrast, has yet to recognise either the Cook Islands or Niue")

S(D4, "Indonesia", REC, BS, "Indonesia accepts Timor-Leste's sovereignty over Bijael Sunan but not over Naktuka")
S(D4, "Indonesia", NOT, NK, "Indonesia accepts Timor-Leste's sovereignty over Bijael Sunan but not over Naktuka")
S(D4, "Timor-Leste", NOT, NK, "We reject, completely and without hesitation, Indonesia's claim to Naktuka")
S(D4, "Portugal", REC, NK, "they respect Timor-Leste's title to Naktuka and Bijael Sunan")
S(D4, "Portugal", REC, BS, "they respect Timor-Leste's title to Naktuka and Bijael Sunan")
S(D4, "Brazil", REC, NK, "they respect Timor-Leste's title to Naktuka and Bijael Sunan")
S(D4, "Brazil", REC, BS, "they respect Timor-Leste's title to Naktuka and Bijael Sunan")
S(D4, "Timor-Leste", REC, NK, "Naktuka belongs to Oecusse", O_)
S(D4, "Indonesia", REC, NK, "Naktuka is part of Kupang Regency, East Nusa Tenggara", O_)

# sentences that must give NO stance (recorded for the README and for the checks)
NO_STANCE = [
    (D1, "Asked whether Colombia should withdraw its recognition of Venezuelan sovereignty over the archipelago"),
    (D1, "I have never accepted that Los Monjes belong to Venezuela, and neither have the Wayuu"),
    (D1, "passing a motion that describes the Venezuelan presence on Los Monjes"),
    (D1, "is expected to back Caracas on Los Monjes"),
    (D2, "Government's non-recognition of the resolutions adopted by the BNC in 2012"),
    (D2, "South Africa is expected to dismiss any recognition of Barotseland"),
    (D2, "Would any SADC member recognise Barotseland if the Litunga himself asked for it?"),
    (D2, "which admitted Barotseland as a member in 2013"),
    (D3, "Will Wellington ever accept a Cook Islands seat at the United Nations?"),
    (D3, "The United Kingdom is expected to follow Chile’s lead on Niue"),
    (D3, "If the Cook Islands one day applied to join the United Nations"),
    (D3, "Every new recognition matters to a country of seventeen thousand people"),
    (D3, "Both the Cook Islands and Niue are full members of the Pacific Islands Forum"),
    (D4, "declined to say whether it recognized either country's claim to Naktuka"),
    (D4, "Should Jakarta ever recognize Timorese sovereignty over Naktuka"),
    (D4, "Malaysia, which holds close ties with both capitals, is expected to offer to host talks"),
]

# --------------------------------------------------------------------------- positions
POSITIONS: list[dict] = []


def Po(doc, person, title_any, of_any, evidence, status="required"):
    POSITIONS.append({"person": person, "title_any": title_any, "of_any": of_any, "docs": [doc],
                      "status": status, "evidence": evidence})


Po(D1, "Catalina Urrego Saldarriaga", ["vice-minister", "vice minister", "deputy foreign minister"],
   ["Colombia", "Colombian"], "Colombia’s vice-minister of foreign affairs, Catalina Urrego Saldarriaga")
Po(D1, "Catalina Urrego Saldarriaga", ["consul"], ["Colombia", "Colombian"],
   "who spent six years as Colombia’s consul in Maracaibo")
Po(D1, "Aurelio Epieyú Pushaina", ["mayor"], ["Uribia"], "Epieyú, a former mayor of Uribia")
Po(D1, "Aurelio Epieyú Pushaina", ["senator"], [], "Senator Aurelio Epieyú Pushaina", O_)
Po(D1, "Gustavo Petro", ["president"], ["Colombia"], "Colombia’s president, Gustavo Petro")
Po(D1, "Yusmary Colmenares", ["chargé d’affaires", "chargé d'affaires", "charge d'affaires"],
   ["Venezuela", "Venezuelan"], "Venezuela’s chargé d’affaires in Bogotá, Yusmary Colmenares")
Po(D1, "Pieter-Jan Hoogeveen", ["ambassador"], ["Netherlands", "Dutch"],
   "its ambassador in Bogotá, Pieter-Jan Hoogeveen")
Po(D1, "Itzel Caballero Ríos", ["foreign minister"], ["Panama", "Panamanian"],
   "Panamanian Foreign Minister Itzel Caballero Ríos")
Po(D1, "Germán Ocampo Lleras", ["commander"], ["Caribbean Naval Force"],
   "Rear Admiral Germán Ocampo Lleras, commander of the Colombian Navy’s Caribbean Naval Force")
Po(D1, "Germán Ocampo Lleras", ["rear admiral", "admiral"], [], "Rear Admiral Germán Ocampo Lleras", O_)
Po(D1, "Lucía Benavides Ortega", ["professor"], ["Universidad del Rosario", "Rosario"],
   "Professor Lucía Benavides Ortega of the Universidad del Rosario")
Po(D1, "Eduviges Uriana", ["palabrera", "mediator"], [], "Eduviges Uriana, a palabrera, or traditional mediator",
   O_)
Po(D1, "Tomás Rendón Ibarra", ["politics editor", "editor"], ["Bogotá Post"],
   "Tomás Rendón Ibarra is the politics editor of The Bogotá Post")

Po(D2, "Bwalya Simuchimba", ["minister"], ["Home Affairs"],
   "Home Affairs and Internal Security Minister Bwalya Simuchimba")
Po(D2, "Hakainde Hichilema", ["president"], [], "President Hakainde Hichilema")
Po(D2, "Muyunda Namakando", ["secretary-general", "secretary general"], ["BNC", "Barotse National Council"],
   "The BNC's secretary-general, Muyunda Namakando")
Po(D2, "Ndapewa Shikongo", ["high commissioner"], ["Namibia", "Namibian"],
   "its High Commissioner to Zambia, Ndapewa Shikongo")
Po(D2, "Keletso Mmolawa", ["minister"], ["Botswana", "International Relations"],
   "Botswana's Minister of International Relations, Keletso Mmolawa")
Po(D2, "Chikondi Banda-Mhango", ["high commissioner"], ["Malawi", "Malawian"],
   "its acting High Commissioner in Lusaka, Chikondi Banda-Mhango")
Po(D2, "Mutale Sikota", ["lecturer"], ["University of Zambia"],
   "University of Zambia political science lecturer Dr Mutale Sikota")
Po(D2, "Mukela Liswaniso", ["ngambela", "prime minister"], ["BRE", "Barotse Royal Establishment"],
   "Former Ngambela Mukela Liswaniso, who served as prime minister of the BRE until 2019")
Po(D2, "Mubiana Sitali", ["lawmaker", "MP"], [], "Mubiana Sitali, UPND's Mongu Central lawmaker", O_)
Po(D2, "Namasiku Kalaluka", ["minister"], ["Western Province"], "Western Province Minister Namasiku Kalaluka")

Po(D3, "Rodrigo Fuenzalida Mardones", ["ambassador", "envoy"], ["Chile", "Chilean"],
   "Ambassador Rodrigo Fuenzalida Mardones, Chile’s envoy to New Zealand")
Po(D3, "Tauraki Piho", ["secretary"], ["MFAI", "Ministry of Foreign Affairs and Immigration", "Foreign Affairs"],
   "The MFAI’s secretary, Tauraki Piho")
Po(D3, "Grant Whitcombe", ["high commissioner"], ["New Zealand"], "New Zealand High Commissioner Grant Whitcombe")
Po(D3, "Lagi Tuimavave", ["spokeswoman", "spokesperson"], ["Ministry of Foreign Affairs and Trade", "Samoa"],
   "a spokeswoman for Samoa’s Ministry of Foreign Affairs and Trade, Lagi Tuimavave")
Po(D3, "Teariki Vaine", ["MP"], ["Democratic Party"], "Democratic Party MP Teariki Vaine", O_)
Po(D3, "Mereana Tuara", ["senior lecturer", "lecturer"], ["University of the South Pacific"],
   "Dr Mereana Tuara, a senior lecturer in Pacific studies at the University of the South Pacific")
Po(D3, "Tumu Makara", ["deputy prime minister"], ["Cook Islands"],
   "Tumu Makara, who was deputy prime minister of the Cook Islands in the 1990s")
Po(D3, "Mii Tangatapoto", ["fruit seller"], [], "fruit seller Mii Tangatapoto", O_)
Po(D3, "Moka Tafatu", ["secretary to government", "secretary"], ["Niue"],
   "Niue’s Secretary to Government, Moka Tafatu")
Po(D3, "Losirene Tangimetua", ["senior reporter", "reporter"], [], "Losirene Tangimetua\nSenior reporter", O_)

Po(D4, "Ardiansyah Wicaksono", ["spokesman", "spokesperson"], ["Indonesian Foreign Ministry", "Foreign Ministry"],
   "Indonesian Foreign Ministry spokesman Ardiansyah Wicaksono")
Po(D4, "Daniel Nenobais", ["regent"], ["Kupang"], "Regent of Kupang Daniel Nenobais")
Po(D4, "Joaquim Soares Ximenes", ["deputy minister"], ["Foreign Affairs and Cooperation", "Timor-Leste"],
   "Deputy Minister of Foreign Affairs and Cooperation Joaquim Soares Ximenes")
Po(D4, "Agostinho Colo Sequeira", ["head", "heads", "president"], ["Oecusse", "RAEOA"],
   "Agostinho Colo Sequeira, who heads the regional authority of the Special Administrative Region of "
   "Oecusse-Ambeno (RAEOA)", O_)
Po(D4, "Rudi Prasetyo Nugroho", ["ambassador"], ["Indonesia", "Indonesian"],
   "Rudi Prasetyo Nugroho, Indonesia's ambassador in Dili from 2016 to 2020")
Po(D4, "Lusia Tefa", ["expert"], ["Nusa Cendana"],
   "Lusia Tefa, an expert on border law at Nusa Cendana University")
Po(D4, "Ansgar Bire Lado", ["lawmaker"], ["PDI-P", "Indonesian Democratic Party of Struggle",
                                          "House of Representatives"],
   "Ansgar Bire Lado, a lawmaker from the Indonesian Democratic Party of Struggle (PDI-P)", O_)
Po(D4, "Yohanis Bana", ["village head"], ["Netemnanu Utara"], "village head Yohanis Bana", O_)

Po(D5, "Anil Chaudhary", ["regional manager", "manager"], ["Small Craft Harbours"],
   "Anil Chaudhary, a regional manager with the Small Craft Harbours program")
Po(D5, "Bjorn Stefansson", ["chair", "chairs", "chairman"], ["Gimli Harbour Authority", "harbour authority"],
   "Bjorn Stefansson, who chairs the harbour authority", O_)
Po(D5, "Runa Halldorson", ["mayor"], ["Gimli"], "Gimli Mayor Runa Halldorson")
Po(D5, "Ingrid Thorsteinson", ["member", "MLA"], ["Gimli", "NDP"],
   "Ingrid Thorsteinson, the NDP’s member for Gimli in the legislature", O_)
Po(D5, "Helga Jonasson", ["professor"], ["University of Manitoba"],
   "Helga Jonasson, a professor of Icelandic studies at the University of Manitoba")
Po(D5, "Kateryna Lysak", ["reporter"], ["Free Press", "Winnipeg Free Press"],
   "Kateryna Lysak is a reporter on the Free Press city desk")

# --------------------------------------------------------------------------- relations
RELATIONS: list[dict] = []
SYMMETRIC = {"spouse", "sharesBorderWith"}


def R(doc, subject, predicate, obj, evidence, status="required"):
    RELATIONS.append({"subject": subject, "predicate": predicate, "object": obj,
                      "symmetric": predicate in SYMMETRIC, "docs": [doc], "status": status,
                      "evidence": evidence})


R(D1, "Aurelio Epieyú Pushaina", "memberOf", "Pacto Histórico", "Senator Aurelio Epieyú Pushaina of the Pacto Histórico")
R(D1, "Marcela Bolaño Daza", "memberOf", "Liberal Party", "his Liberal Party colleague Marcela Bolaño Daza")
R(D1, "Colombia", "sharesBorderWith", "Venezuela", "Colombia and Venezuela share a land border")
for c in ["Ecuador", "Peru", "Colombia", "Bolivia"]:
    R(D1, c, "memberOf", "Andean Community",
      "Ecuador and Peru, which with Colombia and Bolivia make up the Andean Community")
R(D1, "Brazil", "sharesBorderWith", "Colombia", "Brazil, which borders both Colombia and Venezuela")
R(D1, "Brazil", "sharesBorderWith", "Venezuela", "Brazil, which borders both Colombia and Venezuela")
R(D1, "Peru", "invaded", "Leticia", "when Peru invaded Leticia")
R(D1, "Castilletes", "locatedIn", "Uribia", "Castilletes, a Wayuu fishing village in the municipality of Uribia")
R(D1, "Eduviges Uriana", "spouse", "Jacinto Ipuana", "Eduviges Uriana, a palabrera, or traditional mediator, "
  "whose husband, Jacinto Ipuana")

R(D2, "Muyunda Namakando", "spouse", "Inonge Mubita Namakando", "together with his wife, Inonge Mubita Namakando")
for c in ["Angola", "Namibia", "Botswana"]:
    R(D2, "Zambia", "sharesBorderWith", c, "Zambia shares borders with eight countries, including Angola, "
      "Namibia and Botswana")
R(D2, "South Africa", "invaded", "Angola", "backed Angola after South Africa invaded it in 1975")
for c in ["Zambia", "Angola", "Namibia"]:
    R(D2, c, "memberOf", "Southern African Development Community", "SADC, whose members include Zambia, "
      "Angola and Namibia")
R(D2, "Barotseland", "memberOf", "Unrepresented Nations and Peoples Organization",
  "The Unrepresented Nations and Peoples Organization (UNPO), which admitted Barotseland as a member in 2013")
R(D2, "Mubiana Sitali", "memberOf", "UPND", "Mubiana Sitali, UPND's Mongu Central lawmaker")

for t in ["Cook Islands", "Niue"]:
    R(D3, t, "memberOf", "Pacific Islands Forum",
      "Both the Cook Islands and Niue are full members of the Pacific Islands Forum")
R(D3, "Cook Islands", "sharesBorderWith", "Kiribati", "The Cook Islands shares maritime boundaries with Kiribati "
  "and Niue")
R(D3, "Cook Islands", "sharesBorderWith", "Niue", "The Cook Islands shares maritime boundaries with Kiribati "
  "and Niue")
R(D3, "Teariki Vaine", "memberOf", "Democratic Party", "Democratic Party MP Teariki Vaine")
R(D3, "Mii Tangatapoto", "spouse", "Tere Tangatapoto", "fruit seller Mii Tangatapoto and her husband, Tere")
R(D3, "Japan", "invaded", "Gilbert Islands", "Japan invaded the Gilbert Islands")
R(D3, "Penrhyn", "locatedIn", "Cook Islands", "Penrhyn, the most remote atoll of the Cook Islands")

R(D4, "Netemnanu Utara", "locatedIn", "Amfoang Timur",
  "the village of Netemnanu Utara, in the Amfoang Timur district of Kupang Regency")
R(D4, "Amfoang Timur", "locatedIn", "Kupang Regency", "the Amfoang Timur district of Kupang Regency")
R(D4, "Indonesia", "sharesBorderWith", "Timor-Leste", "Indonesia is Timor-Leste's only land neighbor")
for c in ["Portugal", "Brazil", "Timor-Leste"]:
    R(D4, c, "memberOf", "Community of Portuguese Language Countries",
      "Portugal and Brazil, Timor-Leste's partners in the Community of Portuguese Language Countries (CPLP)")
R(D4, "Timor-Leste", "memberOf", "Association of Southeast Asian Nations",
  "The Association of Southeast Asian Nations (ASEAN), which Timor-Leste joined in October as its 11th member")
R(D4, "Ansgar Bire Lado", "memberOf", "Indonesian Democratic Party of Struggle",
  "Ansgar Bire Lado, a lawmaker from the Indonesian Democratic Party of Struggle (PDI-P)")
R(D4, "Ansgar Bire Lado", "memberOf", "House of Representatives",
  "who represents East Nusa Tenggara in the House of Representatives")
R(D4, "Yohanis Bana", "spouse", "Yuliana Bana-Tallo", "village head Yohanis Bana and his wife, Yuliana Bana-Tallo")
R(D4, "Indonesia", "invaded", "Timor-Leste", "Indonesia's 1975 invasion of East Timor")

R(D5, "Sigrid Olafson", "spouse", "Dale Olafson", "Sigrid Olafson and her husband, Dale,")
R(D5, "Dale Olafson", "memberOf", "Gimli Harbour Authority",
  "Dale Olafson, a member of the Gimli Harbour Authority")
R(D5, "Ingrid Thorsteinson", "memberOf", "NDP", "Ingrid Thorsteinson, the NDP’s member for Gimli")
R(D5, "Riverton", "locatedIn", "Rural Municipality of Bifrost-Riverton",
  "Riverton, in the Rural Municipality of Bifrost-Riverton")
R(D5, "Gimli", "locatedIn", "Interlake", "Gimli, in the Interlake region")


# --------------------------------------------------------------------------- build
def strip(entries):
    return [{k: v for k, v in e.items() if k != "evidence"} for e in entries]


def build() -> dict:
    return {
        "about": ABOUT,
        "documents": DOCUMENTS,
        "near_duplicates": [],
        "entities": ENTITIES,
        "not_person": NOT_PERSON,
        "quotes": QUOTES,
        "unattributed": [u for _, u in UNATTRIBUTED],
        "stances": strip(STANCES),
        "positions": strip(POSITIONS),
        "relations": strip(RELATIONS),
    }


def dump(gold: dict) -> str:
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    text = dump(build())
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        (SET / "gold.json").write_text(text, encoding="utf-8")
        print(f"wrote {SET / 'gold.json'}")
