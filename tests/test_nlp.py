"""Tests for graph.nlp: the pipeline and its unlisted-territory component."""
from __future__ import annotations

import pytest

from graph.nlp import (find_acronym_extensions, find_country_initials, find_nested_places, find_office_led_persons,
                       find_particle_places, find_repeated_places, find_acronym_persons, find_acronym_tails, find_compass_owners,
                       find_office_demonyms, find_office_places, find_party_nicknames,
                       find_broken_names, find_compass_names, find_feature_names, find_island_names,
                       find_party_seats, find_place_bodies, find_ship_names, find_sited_places,
                       find_places_before_regions, find_possessive_tails, find_region_persons,
                       find_seat_constituencies,
                       find_office_of_bodies, find_owned_places, find_paired_places, find_person_bodies,
                       find_title_orgs, find_titled_persons, find_unlisted_territories, title_abbreviations,
                       find_numbered_groups)

UNLISTED_CASES = [
    ("object of recognise", "Chad refused to recognise Novaria.", [("Novaria", "Novaria")]),
    ("passive subject of recognise", "Novaria is recognised by Chad.", [("Novaria", "Novaria")]),
    ("a person recognised by a body", "Anna Berg was recognised by the committee.", []),
    ("owner of a declaration of independence", "Chad rejected Novaria's declaration of independence.",
     [("Novaria", "Novaria")]),
    ("called a sovereign state", "Chad does not consider Novaria a sovereign state.", [("Novaria", "Novaria")]),
    ("included in a territorial integrity", "Chad upholds Peru's territorial integrity, including Novaria.",
     [("Novaria", "Novaria")]),
    ("every later mention too", "Peru recognised Novaria. Novaria thanked Lima.",
     [("Novaria", "Novaria"), ("Novaria", "Novaria")]),
    ("object of the independence of", "Fiji backed the independence of Westmark.", [("Westmark", "Westmark")]),
    ("framed long form joins the short name",
     'Novaria broke away. Chad ignored the self-declared "Free Republic of Novaria".',
     [("Novaria", "Novaria"), ("Free Republic of Novaria", "Novaria")]),
    ("a group with an organisation word", "Chad does not recognise the Novaria Liberation Front.", []),
    ("a Romance particle inside the name, and its short form",
     "Peru disputes Chilean sovereignty over Rincón de Tolsa. Bolivia is silent on Chilean sovereignty over the Rincón.",
     [("Rincón de Tolsa", "Rincón de Tolsa"), ("Rincón", "Rincón de Tolsa")]),
    ("the land a part noun belongs to, and a modifier read off the name",
     "Peru rejects Chilean sovereignty over the Col du Varnek and the peak of Mont Tolsa.",
     [("Col du Varnek", "Col du Varnek"), ("Mont Tolsa", "Mont Tolsa")]),
    ("the short name with its feature word", "Peru rejects Chilean sovereignty over Tolsa. Tolsa Island is remote.",
     [("Tolsa", "Tolsa"), ("Tolsa Island", "Tolsa")]),
    ("a speaker the parser joined to the land",
     "Bolivia accepts Peru's sovereignty over Isla Varneka, Tomas Lind, an adviser to the cabinet, said.",
     [("Isla Varneka", "Isla Varneka")]),
    ("a group with the article", "Pakistan refused to recognise the Taliban.", []),
    ("a listed country", "Chad recognised Peru.", []),
    ("a person", "Chad refused to recognise Juan Guaido as president.", []),
    ("sovereignty over a name, with the other side's name for it",
     "Malta rejects Tunisian sovereignty over Lampione, which Tunis calls Jazirat Lampion.",
     [("Lampione", "Lampione"), ("Jazirat Lampion", "Lampione")]),
    ("two names the other side gives it",
     "Malta rejects Tunisian sovereignty over Lampione, which Tunisians call Jazirat Lampion or Lambo Rock.",
     [("Lampione", "Lampione"), ("Jazirat Lampion", "Lampione"), ("Lambo Rock", "Lampione")]),
    ("title to a name with the article", "Chad disputes Peru's title to the Moho Cayes.",
     [("Moho Cayes", "Moho Cayes")]),
    ("a name placed as part of a country", "Uganda considers Galmudug part of Somalia.",
     [("Galmudug", "Galmudug")]),
    ("a name included in a country's territory",
     "Kenya backs Somalia's control of all its territory, including Galmudug.", [("Galmudug", "Galmudug")]),
    ("part of a body is no land", "Uganda sees Galmudug as part of the African Union.", []),
    ("a state's claim to a name, 'to' on the verb", "Guyana dismisses any Surinamese claim to Kessel.",
     [("Kessel", "Kessel")]),
    ("a state's ownership of a name", "Portugal never conceded Spanish ownership of Olvera Rock.",
     [("Olvera Rock", "Olvera Rock")]),
    ("a miner's claim holds no land", "Norway rejected the miner's claim to Kessel.", []),
    ("regarded as a demonym's territory", "Austria does not regard Kesselholm as Italian territory.",
     [("Kesselholm", "Kesselholm")]),
    ("considered to be a demonym's territory", "Kenya considers the Upper Lutoni Triangle to be Ugandan territory.",
     [("Upper Lutoni Triangle", "Upper Lutoni Triangle")]),
    ("a state's regard clause the parser broke", "Ghana views Kete Mora as Togolese, a Ghanaian diplomat said on "
     "Friday.", [("Kete Mora", "Kete Mora")]),
    ("a demonym after the name is no part of it", "Norway considers the Tarn Islands Icelandic, officials said.",
     [("Tarn Islands", "Tarn Islands")]),
    ("a surname regarded as a national is no land", "Britain regards Tom Varley as British, a spokesman said. "
     "Mr Varley declined to comment.", []),
    ("a self-ruling administration, its short form and its acronym",
     "The Autonomous Administration of North and West Varnia (AANWV) held elections. Chile does not recognise the "
     "Autonomous Administration.",
     [("Autonomous Administration of North and West Varnia", "Autonomous Administration of North and West Varnia"),
      ("AANWV", "Autonomous Administration of North and West Varnia"),
      ("Autonomous Administration", "Autonomous Administration of North and West Varnia")]),
    ("a government without a self-rule marker is a body", "Chad does not recognise the Government of National "
     "Unity.", []),
    # (the span takes the lower-case land word along; the name stays the canonical id)
    ("a claim by a state to a named block", "Chile dismissed a claim by Peru to the Kelmar block as baseless.",
     [("Kelmar block", "Kelmar")]),
    ("the disputed named block", "Oil was found in the disputed Kelmar block last year.",
     [("Kelmar block", "Kelmar")]),
    ("a one-word name NER read as a person", "Spain, which does not recognise Kelmaria, abstained.",
     [("Kelmaria", "Kelmaria")]),
    ("a one-word name recognised as an office holder", "Peru refused to recognise Kelmaria as interim president.",
     []),
    ("a named zone with the article", "Mexico never recognised the Tolsa Exclusion Zone.",
     [("Tolsa Exclusion Zone", "Tolsa Exclusion Zone")]),
    ("a 'so-called' name with the article", "Mexico never recognised the so-called Varnek Protectorate.",
     [("Varnek Protectorate", "Varnek Protectorate")]),
    ("a lower-case term the writer coined, held", "Guards patrol the so-called sand spit near the delta. Ghana "
     "rejects Togolese sovereignty over the sand spit.", [("sand spit", "sand spit"), ("sand spit", "sand spit")]),
    ("a coined term regarded as a demonym's territory", "Vesna mapped the so-called dune belt. Mali has long "
     "regarded the dune belt as Nigerien territory.", [("dune belt", "dune belt"), ("dune belt", "dune belt")]),
    ("a plain report of a land word", "Peru says Varnek Island is Chilean territory.",
     [("Varnek Island", "Varnek Island")]),
    ("a plain report of a nationality is no land", "Peru said Tolsby is Chilean.", []),
    ("a lower-case term nobody coined is no name", "Ghana rejects Togolese sovereignty over the sand spit.", []),
    ("a saint's possessive inside an island's name", "Chile rejects Peru's sovereignty over St Varnek's Island.",
     [("St Varnek's Island", "St Varnek's Island")]),
    ("the saint's name alone for the island, not inside a body's name", "Chile rejects Peru's sovereignty over "
     "St Varnek's Island. Few doubt St Varnek's is lovely, and St Varnek's Union Council agrees.",
     [("St Varnek's Island", "St Varnek's Island"), ("St Varnek's", "St Varnek's Island")]),
    ("the holder's name between the hold noun and 'over'", "Laos backs the sovereignty of the Lao People's "
     "Democratic Republic over Tolsa Reef.", [("Tolsa Reef", "Tolsa Reef")]),
    ("two lands regarded as a demonym's territory, 'as' on the last", "Fiji regards both Varn Island and the "
     "smaller Tolsa Reef as Tongan territory.", [("Varn Island", "Varn Island"), ("Tolsa Reef", "Tolsa Reef")]),
    ("other names a participle clause gives elsewhere", "Fishermen say Varnek, known locally as Tolsa Bank and in "
     "Peru as Lind Bank, is rich. Peru rejects Chilean jurisdiction over Varnek.",
     [("Varnek", "Varnek"), ("Tolsa Bank", "Varnek"), ("Lind Bank", "Varnek"), ("Varnek", "Varnek")]),
    ("a state claims a name with a land word", "Argentina claims the Varnek Glacier.",
     [("Varnek Glacier", "Varnek Glacier")]),
    ("a state claims a person as its citizen: no land", "Chile claims Ana Lind as its citizen.", []),
    ("'the People's Republic' has no name of its own", "Honduras recognises the People's Republic.", []),
    ("'X Land' and 'the X Dependency' after 'as well as'", "Peru recognises Tolsby Land, as well as the Varnek "
     "Dependency.", [("Tolsby Land", "Tolsby Land"), ("Varnek Dependency", "Varnek Dependency")]),
]


def _blank_doc(words: list[str], ents: list[tuple[int, int, str]]):
    """A Doc of ``words`` on the blank English vocabulary (its lexeme attributes, e.g. is_alpha) with
    ``ents`` as (start, end, label) entities."""
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = _spans(doc, ents)
    return doc


def _spans(doc, ents: list[tuple[int, int, str]]) -> list:
    from spacy.tokens import Span

    return [Span(doc, s, e, label=label) for s, e, label in ents]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", UNLISTED_CASES, ids=[c[0] for c in UNLISTED_CASES])
def test_nlp_unlisted_territories(nlp, name, text, expected):
    with nlp.select_pipes(disable=["unlisted_territories"]):
        bare = nlp(text)
    spans = find_unlisted_territories(bare)
    assert [(bare[s:e].text, canonical) for s, e, canonical in spans] == expected
    doc = nlp(text)  # the component labels the same spans
    labelled = [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "TERRITORY"]
    assert labelled == expected


@pytest.mark.model
@pytest.mark.parametrize("text,starts", [
    ("The bridge will cost $4.2m. The council voted for it.", ["The bridge", "The council"]),
    ("The road is 12km. Drivers were warned.", ["The road", "Drivers were"]),
    ("Mr. Smith arrived at 5 p.m. on Monday.", ["Mr. Smith"]),
])
def test_nlp_sentence_ends_after_a_unit_abbreviation(nlp, text, starts):
    doc = nlp(text)
    got = [" ".join(t.text for t in s[:2]) for s in doc.sents]
    assert got == starts


@pytest.mark.model
@pytest.mark.parametrize("text,rank", [
    ("Army spokesman Brig. Gen. Tom Ade struck a similar tone.", "Brig."),
    ("Police spokesman Supt. Ana Berg spoke to reporters.", "Supt."),
])
def test_nlp_rank_abbreviation_stays_one_token_in_one_sentence(nlp, text, rank):
    doc = nlp(text)
    assert rank in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_nlp_title_abbreviations_are_dotted_single_words():
    abbrs = title_abbreviations()
    assert "Brig." in abbrs and "Supt." in abbrs
    assert all(a.endswith(".") and " " not in a for a in abbrs)


@pytest.mark.model
@pytest.mark.parametrize("text,starts", [
    ("He wrote on X. Peru does not agree.", ["He wrote", "Peru does"]),
    ("She posted it via X. The ministry said nothing.", ["She posted", "The ministry"]),
    ("The letter was signed by John X. Smith on Monday.", ["The letter"]),
])
def test_nlp_platform_letter_ends_a_sentence(nlp, text, starts):
    """"on X." is the platform and a full stop; an initial elsewhere stays one token."""
    doc = nlp(text)
    got = [" ".join(t.text for t in s[:2]) for s in doc.sents]
    assert got == starts
    assert doc.text == text  # the split keeps every character


@pytest.mark.model
def test_nlp_name_opening_a_paragraph_stays_one_sentence(nlp):
    """The parser may cut "Kim | Ha-eun, ..." after a heading; two capitalised words opening a paragraph stay."""
    doc = nlp("Talks, not threats\n\nKim Ha-eun, a research fellow at the Asan Institute, argued that it fit.")
    assert [s.text.strip()[:10] for s in doc.sents] == ["Talks, not", "Kim Ha-eun"]


PLACE_BODY_CASES = [
    ("a region before a body word", "Peru joined the Pacific Alliance in 2011.", ["Pacific Alliance"]),
    ("a long name after the body word", "She leads the Ontario Association of Staff Nurses and Allied Workers.",
     ["Ontario Association of Staff Nurses and Allied Workers"]),
    ("loose words before a listed body word", "Ana Obi of the All Progressives Congress spoke.",
     ["All Progressives Congress"]),
    ("a place alone", "He flew to the Pacific in June.", []),
    ("a country is never widened", "Peru Council members met.", []),
    ("a country opening a party's name", "Yesterday Grenada Labour Party backbencher Ana Blom voted no.",
     ["Grenada Labour Party"]),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", PLACE_BODY_CASES, ids=[c[0] for c in PLACE_BODY_CASES])
def test_nlp_place_bodies(nlp, name, text, expected):
    with nlp.select_pipes(disable=["place_bodies"]):
        bare = nlp(text)
    assert [bare[s:e].text.removeprefix("the ") for s, e in find_place_bodies(bare)] == expected
    doc = nlp(text)
    orgs = {e.text.removeprefix("the ") for e in doc.ents if e.label_ == "ORG"}
    assert set(expected) <= orgs
    assert all(e.ent_id_ == "" for e in doc.ents if e.text.removeprefix("the ") in expected)


OFFICE_DEMONYM_CASES = [
    ("a demonym and a department before a title", "Philippine Defense Secretary Ana Cruz spoke.", ["Philippine"]),
    ("a real body is kept", "The Philippine National Police said so.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", OFFICE_DEMONYM_CASES, ids=[c[0] for c in OFFICE_DEMONYM_CASES])
def test_nlp_office_demonyms(nlp, name, text, expected):
    with nlp.select_pipes(disable=["place_bodies"]):
        bare = nlp(text)
    assert [bare[s:e].text for s, e in find_office_demonyms(bare)] == expected
    doc = nlp(text)
    norp = {e.text for e in doc.ents if e.label_ == "NORP"}
    assert set(expected) <= norp


@pytest.mark.parametrize("words,ent,expected", [
    (["Maeve", "Brennan", ",", "a", "Kestrel", "Party", "TD", "for", "Kerry"], (4, 7), [(4, 6)]),
    (["Maeve", "Brennan", "wrote", "to", "the", "minister"], (0, 2), []),
])
def test_nlp_party_seats(words, ent, expected):
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, ent[0], ent[1], label="PERSON")]
    assert find_party_seats(doc) == expected


@pytest.mark.model
def test_nlp_party_before_a_seat_is_no_person(nlp):
    doc = nlp("Maeve Brennan, a Fianna Fáil TD for Kerry, wrote to the minister.")
    assert "Fianna Fáil" in {e.text for e in doc.ents if e.label_ == "ORG"}
    assert not any(e.label_ == "PERSON" and e.text.endswith(" TD") for e in doc.ents)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("On Thursday evening Karpathos Mayor Yiannis Loukas laid a wreath.", ["Karpathos"]),
    ("Yesterday Kos Mayor Theo Nikolaou spoke.", ["Kos"]),
    ("On Thursday evening Bray Mayor Sean Doyle laid a wreath.", ["Bray"]),  # read as an organisation
    ("Mayor Yiannis Loukas laid a wreath.", []),
    ("The mayor of Varnaby, Ana Berg, opened the new harbour.", ["Varnaby"]),
])
def test_nlp_office_places(nlp, text, expected):
    with nlp.select_pipes(disable=["place_bodies"]):
        bare = nlp(text)
    assert [bare[s:e].text for s, e in find_office_places(bare)] == expected
    doc = nlp(text)
    assert not any(e.label_ == "PERSON" and e.text in expected for e in doc.ents)


@pytest.mark.parametrize("words,ent,expected", [
    (["Chad", "joined", "the", "Economic", "Community", "(", "ECC", ")", "."], (2, 7), [(2, 5, 7)]),
    (["Chad", "joined", "the", "Economic", "Community", "(", "ECC", ")", "."], (2, 5), []),
    (["He", "met", "Ana", "(", "Lee", ")", "."], (2, 5), []),
    # a one-word short name whose closing bracket NER left out: "the Renewal party (Renova"
    (["a", "deputy", "for", "the", "Renewal", "party", "(", "Renova", ")", "."], (3, 8), [(3, 6, 8)]),
    (["a", "deputy", "for", "the", "Renewal", "party", "(", "renova", ")", "."], (3, 8), []),
])
def test_nlp_bracketed_acronym_tail_is_found(words, ent, expected):
    doc = _blank_doc(words, [(ent[0], ent[1], "ORG")])
    assert find_acronym_tails(doc) == expected


@pytest.mark.parametrize("words,ent,label,expected", [
    (["Lee", "is", "Kessel", "News", "'", "Varn", "correspondent", "."], (2, 6), "WORK_OF_ART", [(2, 4, "ORG")]),
    (["Lee", "joined", "the", "People", "'s", "Party", "."], (3, 6), "ORG", []),  # a name's own possessive
    (["Lee", "read", "Varn", "News", "."], (2, 4), "WORK_OF_ART", []),
])
def test_nlp_possessive_tail_is_cut(words, ent, label, expected):
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words)
    for t in doc:
        t.tag_ = "POS" if t.text in {"'", "'s"} else "NNP"
    doc.ents = [Span(doc, ent[0], ent[1], label=label)]
    assert find_possessive_tails(doc) == expected


@pytest.mark.parametrize("words,ent,expected", [
    (["said", "Wick", "RNLI", "'s", "coxswain"], (1, 4), [(1, 3)]),
    (["said", "Henry", "VIII"], (1, 3), []),  # roman numerals end royal names
    (["said", "ANNA", "BERG"], (1, 3), []),  # a name in capitals
    (["said", "Anna", "Berg"], (1, 3), []),
])
def test_nlp_person_ending_in_an_acronym_is_a_body(words, ent, expected):
    doc = _blank_doc(words, [])
    for t in doc:
        t.tag_ = "POS" if t.text == "'s" else "NNP"
    doc.ents = _spans(doc, [(ent[0], ent[1], "PERSON")])
    assert find_acronym_persons(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["Saint", "Vincent", "and", "the", "Grenadines", "spoke", ".", "SVG", "voted"], [(0, 5, "COUNTRY")],
     [(7, 8, "SVG-id")]),
    (["STP", "voted", ".", "São", "Tomé", "and", "Príncipe", "spoke"], [(3, 7, "COUNTRY")], []),  # before it
    (["Trinidad", "and", "Tobago", "spoke", ".", "TT", "voted"], [(0, 3, "COUNTRY")], []),  # two letters only
    (["Saint", "Vincent", "and", "the", "Grenadines", "spoke", ".", "SVG", "Bank", "grew"],
     [(0, 5, "COUNTRY"), (7, 9, "ORG")], []),  # the first word of a longer name
])
def test_nlp_country_initials_stand_for_the_country(words, ents, expected):
    """"FSM" after "the Federated States of Micronesia": the country's initials, after its full name."""
    doc = _blank_doc(words, [])
    doc.ents = [_spans(doc, [e])[0] for e in ents]
    from spacy.tokens import Span

    doc.ents = [Span(doc, e.start, e.end, label=e.label_, span_id="SVG-id" if e.label_ == "COUNTRY" else "")
                for e in doc.ents]
    assert find_country_initials(doc) == expected


@pytest.mark.parametrize("words,ent,expected", [
    (["Westfold", "Chamber", "of", "Commerce", "said"], (0, 4), [(0, 4)]),  # the whole name
    (["the", "Tamsk", "Council", "of", "Elders", "met"], (0, 5), [(0, 5)]),
    (["Westfold", "Chamber", "of", "Commerce", "said"], (0, 2), [(0, 4)]),  # cut before its "of" phrase
    (["Varn", "Academy", "of", "Fine", "Arts", "opened"], (0, 2), [(0, 5)]),
    (["Anna", "Berg", "of", "Westfold", "said"], (0, 2), []),  # a person from a place
    (["Anna", "Berg", "said"], (0, 2), []),
    (["Westfold", "Chamber", "of", "commerce"], (0, 2), []),  # no capitalised word after "of"
])
def test_nlp_body_name_read_as_a_person_is_a_body(words, ent, expected):
    doc = _blank_doc(words, [])
    for t in doc:
        t.pos_ = "ADP" if t.text == "of" else "PROPN"
    doc.ents = _spans(doc, [(ent[0], ent[1], "PERSON")])
    assert find_person_bodies(doc) == expected


@pytest.mark.parametrize("words,ent,expected", [
    (["Rear", "Adm.", "Ana", "Berg", "spoke"], (0, 4), [(2, 4)]),
    (["Vice", "Admiral", "Ana", "Berg", "'s", "ship"], (0, 5), [(2, 4)]),
    (["General", "Motors", "Company", "grew"], (0, 3), []),  # a company, not a general
    (["General", "Electric", "grew"], (0, 2), []),  # one word after the title is no personal name
    (["the", "Varnay", "Navy", "said"], (0, 3), []),  # no title
])
def test_nlp_ranked_name_read_as_a_body_is_a_person(words, ent, expected):
    doc = _blank_doc(words, [])
    for t in doc:
        t.tag_ = "POS" if t.text == "'s" else "NNP"
    doc.ents = _spans(doc, [(ent[0], ent[1], "ORG")])
    assert find_titled_persons(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize("words,ents,expected", [
    (["Envoy", "Tomas", "Lagos", "Mbeki", "spoke", "."], [(2, 3, "PLACE")], [(1, 4)]),  # a middle name
    (["He", "flew", "to", "Lagos", "Friday", "."], [(3, 4, "PLACE")], []),  # "Friday" is an English word
    (["Tomas", "Lagos", "spoke", "."], [(1, 2, "PLACE")], []),  # no name word around the place
    (["The", "Tomas", "Lagos", "Mbeki", "Ndlovu", "firm"], [(2, 3, "PLACE")], []),  # a longer run
    (["said", "Ana", "Mbeki", "Lagos", ",", "a", "lawyer"], [(1, 3, "PERSON"), (3, 4, "PLACE")], [(1, 4)]),
    (["said", "Ana", "Mbeki", "in", "Lagos", "."], [(1, 3, "PERSON"), (4, 5, "PLACE")], []),  # "in" between
])
def test_nlp_place_word_inside_a_name_is_a_person(words, ents, expected):
    doc = _blank_doc(words, [])
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() and t.i > 0 or t.text == "Tomas" else "VERB"
    doc.ents = _spans(doc, ents)
    assert find_broken_names(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ('"It is ours," insisted Do Quang Hai, a trawler owner.', "Do Quang Hai"),
    ('"It is ours," added Marc Etoundi Ondo, a lawyer in Douala.', "Marc Etoundi Ondo"),
])
def test_nlp_broken_names_are_whole_persons(nlp, text, name):
    doc = nlp(text)
    assert name in {e.text for e in doc.ents if e.label_ == "PERSON"}


@pytest.mark.parametrize("words,ent,label,expected", [
    (["on", "Gull", "Caye", "today"], (1, 3), "PERSON", [(1, 3)]),
    (["the", "Varn", "Cayes", "lie", "east"], (0, 3), "ORG", [(1, 3)]),  # "the" stays out
    (["Tern", "Atoll", "Authority", "said"], (0, 3), "ORG", []),  # a body named after the atoll
    (["Ana", "Island", "said"], (0, 2), "GPE", []),  # already a place
    (["Caye", "said"], (0, 1), "PERSON", []),  # no name before the island word
])
def test_nlp_island_name_read_as_a_person_is_a_place(words, ent, label, expected):
    doc = _blank_doc(words, [(ent[0], ent[1], label)])
    assert find_island_names(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["In", "Tarvo", ",", "Varn", "District", ",", "boats", "wait"], [(1, 2, "PERSON"), (3, 5, "GPE")], [(1, 2)]),
    (["in", "Tarvo", ",", "Ghana", ",", "boats", "wait"], [(1, 2, "PERSON"), (3, 4, "COUNTRY")], [(1, 2)]),
    (["in", "Ana", ",", "Ghana", "'s", "envoy"], [(1, 2, "PERSON"), (3, 4, "COUNTRY")], []),  # a possessive
    (["with", "Tarvo", ",", "Varn", "District", ","], [(1, 2, "PERSON"), (3, 5, "GPE")], []),  # no "in"
    (["in", "Tarvo", ",", "Varn", "Hills", ","], [(1, 2, "PERSON"), (3, 5, "GPE")], []),  # no region word
    (["in", "Tarvo", ",", "on", "the", "north", "coast", "of", "Varn", ","], [(1, 2, "PERSON"), (8, 9, "GPE")],
     [(1, 2)]),  # a setting phrase before a place
    (["in", "Tarvo", ",", "near", "the", "border", "of", "Varn", ","], [(1, 2, "PERSON"), (7, 8, "PLACE")],
     [(1, 2)]),
    (["in", "Tarvo", ",", "on", "the", "board", "of", "Varn", ","], [(1, 2, "PERSON"), (7, 8, "ORG")], []),
])
def test_nlp_place_before_a_region_is_a_place(words, ents, expected):
    doc = _blank_doc(words, ents)
    assert find_places_before_regions(doc) == expected


@pytest.mark.parametrize("words,ent,expected", [
    (["in", "Tarvo", "\u2019s", "north", ","], (1, 2, "PERSON"), [(1, 2)]),
    (["Tarvo", "'s", "northern", "suburbs", "grew"], (0, 1, "ORG"), [(0, 1)]),
    (["Ana", "'s", "view", "changed"], (0, 1, "PERSON"), []),  # no compass part
    (["Ana", "'s", "northern", "accent"], (0, 1, "PERSON"), []),  # no place part after the adjective
])
def test_nlp_place_before_a_compass_part_is_a_place(words, ent, expected):
    doc = _blank_doc(words, [ent])
    assert find_compass_owners(doc) == expected


@pytest.mark.parametrize("words,label,expected", [
    (["Greens", "councillor", "Ana", "Blom"], "NORP", [(0, 1)]),
    (["Nationals", "MP", "Ana", "Blom"], "NORP", [(0, 1)]),
    (["Bahrainis", "councillor", "Ana"], "NORP", []),  # a nationality, not a party
    (["Greens", "voted", "no"], "NORP", []),  # no post after it
    (["Greens", "councillor", "Ana"], "ORG", []),  # already a body
])
def test_nlp_party_read_as_a_nationality_is_a_body(words, label, expected):
    doc = _blank_doc(words, [(0, 1, label)])
    assert find_party_nicknames(doc) == expected


@pytest.mark.parametrize("words,ent,expected", [
    (["the", "Union", "of", "Moderate", "Parties", "(", "UMP", ")"], (0, 4), [(0, 5)]),
    (["the", "Varn", "Farmers", "Trade", "Union", "(", "VFTU", ")"], (0, 3), [(0, 5)]),
    (["the", "Union", "of", "Moderate", "Voters", "(", "UMP", ")"], (0, 4), []),  # the acronym does not fit
    (["Varn", "Union", "Today", "(", "VU", ")"], (0, 2), []),  # the entity already spells it
])
def test_nlp_body_cut_before_its_acronym_runs_on(words, ent, expected):
    doc = _blank_doc(words, [(ent[0], ent[1], "ORG")])
    assert find_acronym_extensions(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["by", "Dr", "Ana", "Luis", "Al", "Varni", "and"], [(1, 3), (4, 6)], [(1, 6)]),
    (["by", "Ana", "Varni", "Tomas", "Berg", "and"], [(1, 3), (3, 5)], [(1, 5)]),
    (["by", "Varn", "Mayor", "Ana", "Berg", "and"], [(1, 2), (3, 5)], []),  # a title between: two things
])
def test_nlp_person_name_cut_in_two_is_one_person(words, ents, expected):
    import spacy
    from spacy.tokens import Doc, Span

    n = len(words)
    last = ents[-1][1] - 1
    heads = [last if 0 < i < last else i for i in range(n)]
    deps = ["compound" if 0 < i < last else "ROOT" if i == last else "dep" for i in range(n)]
    pos = ["PROPN" if 0 < i <= last else "ADP" for i in range(n)]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in ents]
    assert find_broken_names(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["on", "Lake", "Tarvia", "today"], [(2, 3, "COUNTRY")], [(1, 3)]),
    (["on", "Lake", "Tarvia", "today"], [(1, 2, "LOC"), (2, 3, "COUNTRY")], [(1, 3)]),  # "Lake" its own entity
    (["climbed", "Mount", "Tarvia"], [(2, 3, "GPE")], [(1, 3)]),
    (["the", "lake", "Tarvia", "shares"], [(2, 3, "COUNTRY")], []),  # lower case: no name
    (["Ana", "Lake", "Tarvia"], [(0, 2, "PERSON"), (2, 3, "COUNTRY")], []),  # inside a person's name
])
def test_nlp_feature_named_after_a_state_is_a_place(words, ents, expected):
    doc = _blank_doc(words, ents)
    assert find_feature_names(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["the", "corvette", "KRI", "Sultan", "Iskandar", "sailed", "."], [(3, 5, "PERSON")], [(2, 5)]),
    (["HMS", "Valiant", "docked", "."], [], [(0, 2)]),
    (["the", "USS", "Carl", "Vinson", "left", "Guam"], [(2, 4, "PERSON"), (5, 6, "GPE")], [(1, 4)]),
    (["he", "met", "Ana", "SS", "Berg"], [(2, 5, "PERSON")], []),  # inside a name, after a capital
    (["the", "ss", "Berg"], [], []),  # lower case: no prefix
])
def test_nlp_ship_names_are_products(words, ents, expected):
    doc = _blank_doc(words, ents)
    assert find_ship_names(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["in", "Tebet", ",", "South", "Jakarta", ","], [(1, 2, "LOC"), (4, 5, "PLACE")], [(3, 5)]),
    (["in", "East", "Java"], [(2, 3, "GPE")], [(1, 3)]),
    (["the", "south", "Jakarta", "road"], [(2, 3, "PLACE")], []),  # lower case: a direction
    (["North", "Chile"], [(1, 2, "COUNTRY")], []),  # a state's part, not a division's name
    (["in", "East", "Java"], [(1, 3, "GPE")], []),  # already one name
])
def test_nlp_compass_word_opens_a_place_name(words, ents, expected):
    doc = _blank_doc(words, ents)
    assert find_compass_names(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Upton St Mary, which lies within the district of Ryedale, opened a school. Upton St Mary voted on Monday.",
     ["Upton St Mary"]),
    ("Anna Berg, who lives in Leeds, said the shop would close.", []),
    ("Anna Berg, who lies in hospital in Leeds, is recovering.", []),
    ("Ali Karimi, who sits in the National Assembly, spoke.", []),
    ("Castle Marsh is a village in Wales.", ["Castle Marsh"]),
    ("Ana Berg is a town councillor in Leeds.", []),
])
def test_nlp_a_name_that_lies_within_a_borough_is_a_place(nlp, text, expected):
    with nlp.select_pipes(disable=["place_bodies"]):
        bare = nlp(text)
    got = {bare[s:e].text for s, e in find_sited_places(bare)}
    assert got <= set(expected)
    doc = nlp(text)
    assert not any(e.label_ == "PERSON" and e.text in expected for e in doc.ents)
    assert all(any(e.text == name and e.label_ == "GPE" for e in doc.ents) for name in expected)


@pytest.mark.model
@pytest.mark.parametrize("words,spaces,ents,expected", [
    (["said", "Salem", "Al", "-", "Sabah", "."], [True, True, False, False, False, False],
     [(1, 4, "PERSON"), (4, 5, "TERRITORY")], [(1, 5)]),
    (["said", "Omar", "el", "-", "Chad", "."], [True, True, False, False, False, False],
     [(1, 2, "PERSON"), (4, 5, "COUNTRY")], [(1, 5)]),
    (["the", "Al", "-", "Sabah", "road"], [True, True, True, True, False], [(3, 4, "TERRITORY")], []),  # spaced
    (["in", "al", "-", "Kelmar", "today"], [True, False, False, True, False], [(3, 4, "TERRITORY")], []),  # no name
])
def test_nlp_place_after_an_arabic_article_ends_a_family_name(words, spaces, ents, expected):
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "VERB"
    doc.ents = _spans(doc, ents)
    assert find_broken_names(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["the", "Minister", "of", "Foreign", "Affairs", "and", "Trade", ",", "Ana", "Berg"],
     [(0, 6, "ORG"), (6, 7, "ORG"), (8, 10, "PERSON")], [(0, 6), (6, 7)]),  # the portfolio's tail too
    (["the", "Deputy", "Secretary", "for", "Health", "spoke"], [(0, 5, "ORG")], [(0, 5)]),
    (["the", "Ministry", "of", "Foreign", "Affairs", "spoke"], [(0, 5, "ORG")], []),  # the body itself
    (["the", "Minister", "Group", "spoke"], [(0, 3, "ORG")], []),  # no "of" / "for": a name
])
def test_nlp_office_title_read_as_a_body_is_unlabelled(words, ents, expected):
    doc = _blank_doc(words, ents)
    assert find_title_orgs(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["The", "Reeve", "of", "Tolsa", "District", "Council", ",", "Ana", "Berg"], [(0, 6, "ORG")], [(0, 3, 6)]),
    (["the", "Provost", "of", "Varn", "Council", "spoke"], [(0, 5, "ORG")], [(0, 3, 5)]),
    (["the", "Ministry", "of", "Varn", "Council", "spoke"], [(0, 5, "ORG")], []),  # a body's own head word
    (["the", "Reeve", "of", "Tolsa", "spoke"], [(0, 4, "ORG")], []),  # no body after "of"
    (["the", "Reeve", "of", "tolsa", "council", "spoke"], [(0, 5, "ORG")], []),  # not a name
])
def test_nlp_unlisted_office_glued_to_its_body_is_cut_off(words, ents, expected):
    """"The Reeve of Tolsa District Council" read as one body: only the council is one."""
    doc = _blank_doc(words, ents)
    assert find_office_of_bodies(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["in", "Tolsa", "Chiefdom", "today"], [(1, 3, "PERSON")], [(1, 3)]),
    (["Varn", "District", "voted"], [(0, 2, "PERSON")], [(0, 2)]),
    (["Ana", "Berg", "voted"], [(0, 2, "PERSON")], []),
    (["Varn", "District", "voted"], [(0, 2, "ORG")], []),  # a body may be named so ("... Court District")
    (["the", "district", "Ana"], [(1, 3, "PERSON")], []),  # not its last word
])
def test_nlp_region_read_as_a_person_is_a_place(words, ents, expected):
    doc = _blank_doc(words, ents)
    assert find_region_persons(doc) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Ships call at Varnby, on Peru's Pacific coast, twice a week.", "Varnby"),
    ("The town of Hollis Falls, in the far north of Vermont, voted.", "Hollis Falls"),
    ("The town of Brent, in the southern part of Ohio, voted.", "Brent"),
])
def test_nlp_names_set_on_a_coast_or_after_the_city_of_are_places(nlp, text, place):
    """"X, on Y's coast," names a place even when the tagger reads X as a plain noun or a person;
    so does "the city of X"."""
    doc = nlp(text)
    assert any(e.text == place and e.label_ == "GPE" for e in doc.ents), [(e.text, e.label_) for e in doc.ents]


@pytest.mark.model
def test_nlp_adverb_read_name_after_recognise_is_a_territory(nlp):
    """"Chad recognises Varn as part of Niger" with "Varn" parsed as an adverb: the name is still
    the recognised territory."""
    import spacy
    from spacy.tokens import Doc

    words = ["Chad", "recognises", "Varn", "as", "part", "of", "Niger", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 4, 5, 1],
              deps=["nsubj", "ROOT", "advmod", "prep", "pobj", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "ADV", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
              lemmas=["Chad", "recognise", "Varn", "as", "part", "of", "Niger", "."])
    doc.ents = _spans(doc, [(0, 1, "GPE"), (2, 3, "GPE"), (6, 7, "GPE")])
    assert find_unlisted_territories(doc) == [(2, 3, "Varn")]


@pytest.mark.parametrize("words,pos,expected", [
    (["in", "Tolsa", "Chiefdom", "today"], ["ADP", "PROPN", "PROPN", "NOUN"], [(1, 3)]),
    (["the", "Upper", "Varn", "District", "council"], ["DET", "PROPN", "PROPN", "PROPN", "NOUN"], [(1, 4)]),
    (["the", "District", "voted"], ["DET", "PROPN", "VERB"], []),  # no name before the region word
    (["in", "Tolsa", "chiefdom"], ["ADP", "PROPN", "NOUN"], []),  # lower case: no name
])
def test_nlp_untagged_region_name_is_a_place(words, pos, expected):
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert find_region_persons(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["a", "Member", "of", "Parliament", "for", "Varn", "District", "said"], [(3, 7, "ORG")], [(3, 4, 7)]),
    (["the", "member", "of", "the", "National", "Assembly", "for", "Varn"], [(3, 8, "ORG")], [(3, 6, 8)]),
    (["a", "Member", "of", "Parliament", "for", "life"], [(3, 6, "ORG")], []),  # no seat's name
    (["the", "head", "of", "Parliament", "for", "Varn"], [(3, 6, "ORG")], []),  # no member
    (["a", "member", "of", "Friends", "for", "Varn"], [(3, 6, "ORG")], []),  # no chamber
])
def test_nlp_chamber_run_on_into_a_seat_is_cut(words, ents, expected):
    doc = _blank_doc(words, ents)
    assert find_seat_constituencies(doc) == expected


def test_nlp_region_name_runs_back_over_a_tagged_first_word():
    """"Varn" (tagged) + "Tolsa Province" (untagged): one region name, not two."""
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=["in", "Varn", "Tolsa", "Province", "today"],
              pos=["ADP", "PROPN", "PROPN", "PROPN", "NOUN"])
    doc.ents = _spans(doc, [(1, 2, "GPE")])
    assert find_region_persons(doc) == [(1, 4)]


def test_nlp_region_word_before_of_names_a_body():
    """"Varn Department of Transportation": a body, not the region "Varn Department"."""
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=["the", "Varn", "Department", "of", "Transportation", "said"],
              pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"])
    doc.ents = _spans(doc, [(1, 2, "GPE")])
    assert find_region_persons(doc) == []


def _propn_doc(words, ents, ids=None):
    """A hand-made Doc: capitalised words are proper nouns, entities as (start, end, label)."""
    from spacy.tokens import Span

    doc = _blank_doc(words, [])
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    doc.ents = [Span(doc, s, e, label=label, span_id=(ids or {}).get(s, "")) for s, e, label in ents]
    return doc


@pytest.mark.parametrize("words,ents,expected", [
    (["Tolsby", "is", "busy", ".", "Tolsby", "voted"], [(0, 1, "GPE")], [(4, 5, "GPE")]),
    (["Tolsby", "is", "busy", ".", "Ana", "Tolsby", "voted"], [(0, 1, "GPE"), (4, 6, "PERSON")], []),  # a surname
    (["Tolsby", "is", "busy", ".", "Tolsby", "Road", "shut"], [(0, 1, "GPE")], []),  # part of a longer name
])
def test_nlp_untagged_repeat_of_a_place_is_the_place(words, ents, expected):
    """One sense per discourse: a place's name the NER left untagged elsewhere."""
    assert find_repeated_places(_propn_doc(words, ents)) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["in", "Rio", "Tolsa", "do", "Norte", "today"], [(1, 3, "GPE")], [(1, 5, "GPE")]),  # the particle runs on
    (["Ana", "da", "Silva", "spoke"], [(0, 1, "PERSON")], []),  # a person's particle
    (["near", "Vila", "Tolsa", "Nova", "today"], [(1, 4, "ORG")], [(1, 4, "LOC")]),  # a place word opens the name
    (["near", "Lake", "Tolsa", "Institute", "today"], [(1, 4, "ORG")], []),  # a body word in it
])
def test_nlp_place_cut_short_or_read_as_a_body(words, ents, expected):
    """"Rio Tolsa" + "do Norte"; "Vila X" read as a body."""
    assert find_particle_places(_propn_doc(words, ents)) == expected


@pytest.mark.parametrize("words,ents,ids,expected", [
    (["In", "Tolsby", ",", "in", "the", "Varnek", "Valley", ",", "it", "rained"], [(1, 2, "ORG"), (5, 7, "LOC")],
     {}, [(1, 2)]),
    (["the", "French", "department", "of", "Varnekie", ",", "it"], [(4, 5, "ORG")], {}, [(4, 5)]),
    (["shops", "in", "Tolsby", ",", "Maine", ",", "and"], [(2, 3, "ORG"), (4, 5, "PLACE")], {4: "Maine"},
     [(2, 3)]),
    (["the", "Department", "of", "Varnekie", "said"], [(3, 4, "ORG")], {}, []),  # a body's capitalised name
    (["met", "Tolsby", ",", "in", "Varnek", "said"], [(1, 2, "ORG")], {}, []),  # no place after "in"
])
def test_nlp_place_in_a_place_or_named_as_an_area(words, ents, ids, expected):
    """"In X, in the Y Valley", "the department of X", "in X, Maine,": places, whatever the NER read."""
    assert find_nested_places(_propn_doc(words, ents, ids)) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["said", "Harbour", "Constable", "Tomas", "Lind", "."], [(1, 5, "PERSON")], [(1, 3, 5)]),
    (["Beach", "Warden", "Vesna", "Marek", "spoke"], [(0, 1, "PERSON")], [(0, 2, 4)]),  # the office read as a person
    (["Harbour", "Constable", "Tomas", "Lind", "lifts"], [(0, 4, "ORG")], [(0, 2, 4)]),  # all read as one body
    (["Harbour", "Constable", "Pension", "Board", "met"], [(0, 4, "ORG")], []),  # a body's name
    (["The", "Town", "Clerk", "said"], [(0, 3, "ORG")], []),  # no name after the office
    (["said", "Town", "Clerk", "Tomas", "Lind", "Varnek", "Berg"], [(1, 7, "PERSON")], []),  # too long for a name
])
def test_nlp_unlisted_office_before_a_name_is_cut_off(words, ents, expected):
    """"Harbour Constable Tomas Lind": the office is no part of the person's name."""
    assert find_office_led_persons(_propn_doc(words, ents)) == expected


def _tagged_doc(words, ents):
    """:func:`_propn_doc` with the possessive marker tagged POS."""
    doc = _propn_doc(words, ents)
    for t in doc:
        if t.text in {"'s", "’s"}:
            t.tag_ = "POS"
            t.pos_ = "PART"
    return doc


@pytest.mark.parametrize("words,ents,expected", [
    (["Visitors", "like", "Tolsby", ".", "They", "ride", "to", "Tolsby", "’s", "Old", "Town", "daily"],
     [(2, 3, "GPE"), (7, 11, "ORG")], [(7, 8, 11)]),  # a part of town after its town, read as a body
    (["Ships", "use", "Varn", "’s", "Kelby", "port", ",", "near", "Varn", "Province"],
     [(2, 5, "PERSON"), (8, 10, "GPE")], [(2, 3, 5)]),  # a port, its owner named as a province elsewhere
    (["Lind", "’s", "Old", "Town", "shop", "closed"], [(0, 4, "ORG")], []),  # the owner is named as no place
    (["They", "ride", "to", "the", "Peru", "’s", "Old", "Town", "daily"], [(3, 8, "ORG")], [(4, 5, 8)]),  # listed
    (["Boats", "reach", "Chile", "’s", "Tolsa", "Island", "daily"], [(2, 6, "PERSON")], [(2, 3, 6)]),
    (["Peru", "’s", "Tolsa", "Council", "met"], [(0, 4, "ORG")], []),  # a body the place owns
])
def test_nlp_place_owned_by_a_place_is_split_off(words, ents, expected):
    """"X's Old Town", "X's Y port" read as one person or body: two places."""
    assert find_owned_places(_tagged_doc(words, ents)) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["Divers", "from", "Sokcho", "on", "Varn", "Island", "found", "it"], [(2, 3, "GPE")], [(4, 6)]),
    (["the", "new", "Varn", "Island", "Ferry", "sails"], [], []),  # the island word inside a longer name
])
def test_nlp_untagged_island_name_is_a_place(words, ents, expected):
    assert find_island_names(_propn_doc(words, ents)) == expected


def test_nlp_state_named_region_read_as_a_person_is_a_place():
    doc = _tagged_doc(["Myanmar", "’s", "Kachin", "State", "is", "remote"], [(2, 4, "PERSON")])
    assert find_region_persons(doc) == [(2, 4)]


@pytest.mark.parametrize("words,ents,expected", [
    (["towed", "to", "Varnby", ",", "in", "northern", "Norway", ",", "for", "repairs"],
     [(2, 3, "ORG"), (6, 7, "COUNTRY")], [(2, 3)]),
    (["Traders", "from", "Varnby", ",", "Tolsa", "’s", "main", "market", "town", ",", "came"],
     [(2, 3, "ORG"), (4, 5, "GPE")], [(2, 3)]),
    (["Vesna", "Lind", ",", "Norway", "’s", "foreign", "minister", ",", "spoke"],
     [(0, 2, "PERSON"), (3, 4, "COUNTRY")], []),  # a title, not a settlement, after the possessive
])
def test_nlp_name_set_in_a_compass_part_or_named_a_centre_is_a_place(words, ents, expected):
    """"X, in northern Y", "X, Y's administrative centre": only a place is set there, whatever NER read."""
    assert find_places_before_regions(_tagged_doc(words, ents)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,word", [("Anna Berg wed Tomas Lind in 2001.", "wed"), ("Wed 3 May, 10:00", "Wed")])
def test_nlp_wed_is_one_token(nlp, text, word):
    """"wed" is the verb (or the weekday), not the contraction "we'd" the English exceptions make of it."""
    assert word in [t.text for t in nlp(text)]


@pytest.mark.parametrize("words,ents,expected", [
    (["Tolsby", "and", "Varnby", ",", "both", "in", "Grafton", "County", ",", "voted"],
     [(2, 3, "FAC"), (6, 8, "GPE")], [(0, 1), (2, 3)]),
    (["met", "Ana", "and", "Bob", ",", "both", "in", "Geneva", ",", "today"],
     [(1, 2, "PERSON"), (3, 4, "PERSON"), (7, 8, "GPE")], []),  # people may be "both in" a place
    (["Tolsby", "and", "Varnby", ",", "two", "towns", "in", "northern", "Chile", ",", "flooded"],
     [(8, 9, "COUNTRY")], [(0, 1), (2, 3)]),
    (["Anna", "Berg", "and", "Tomas", "Lind", ",", "both", "in", "their", "fifties"], [], []),  # no place after "in"
])
def test_nlp_names_paired_in_a_place_are_places(words, ents, expected):
    """"A and B, both in Y", "A and B, two towns in Y": only places lie in a place together."""
    assert find_paired_places(_propn_doc(words, ents)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, paper", [
    ("Vesna Tolsa told the Cumbria Star that the pier would reopen.", "Cumbria Star"),
])
def test_nlp_place_glued_to_a_newspaper_word_is_the_paper(nlp, text: str, paper: str) -> None:
    """A listed place glued to a newspaper's title word ("Echo", "Star", "Mail") names the paper, not the place."""
    doc = nlp(text)
    assert paper in {e.text.removeprefix("the ") for e in doc.ents if e.label_ == "ORG"}


@pytest.mark.parametrize("words,ent,expected", [
    (["President", "Sejm", "Varek", "arrived"], (1, 2), [(1, 3)]),  # a body's one-word name as a given name
    (["the", "Sejm", "Varek", "arrived"], (1, 2), []),  # no title before it
    (["President", "Sejm", "Council", "met"], (1, 2), []),  # a body word after it
])
def test_nlp_titled_given_name_that_names_a_body_is_a_person(words, ent, expected):
    """"President Sejm Varek": a one-word body's name after a title and before a bare name is a given name."""
    doc = _blank_doc(words, [])
    for t in doc:
        t.tag_ = "NNP"
    doc.ents = _spans(doc, [(ent[0], ent[1], "ORG")])
    assert find_titled_persons(doc) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["from", "Upper", "Tolsa", "el", "Varnek", "on"], [(1, 3, "LOC")], [(1, 5, "LOC")]),  # an Arabic "el"
])
def test_nlp_place_cut_before_an_el_particle(words, ents, expected):
    """"Upper Tolsa" + "el Varnek": the lower-case article of an Arabic place name runs on."""
    assert find_particle_places(_propn_doc(words, ents)) == expected


@pytest.mark.parametrize("words,ents,expected", [
    (["at", "the", "Varnek", "-", "Tolsan", "Six", "summit"], [(2, 5, "NORP"), (5, 6, "CARDINAL")], [(2, 6)]),
    (["Ana", "Varga", "Four", "won"], [(0, 2, "PERSON"), (2, 3, "CARDINAL")], []),  # a person's name
    (["in", "World", "War", "Two", "he"], [(1, 3, "EVENT"), (3, 4, "CARDINAL")], []),  # a war
    (["the", "Tolsan", "Six", "Party", "met"], [(1, 2, "NORP"), (2, 3, "CARDINAL")], []),  # a longer name
])
def test_nlp_region_and_number_name_a_group(words, ents, expected):
    """"the Varnek-Tolsan Six": a region's entity and a capitalised number name a group of states."""
    assert find_numbered_groups(_propn_doc(words, ents)) == expected
