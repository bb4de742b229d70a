"""graph.entities: merging name mentions across articles and voting their class.

The merging rules are tested on hand-made NameMention objects (no model); one test
runs the real pipeline on short invented sentences.
"""
from __future__ import annotations

import pytest

from graph.entities import name_key, person_shaped, resolve_entities, uncapitalise_name
from graph.mentions import NameMention, clean_surface
from graph.models import Mention


def nm(article: str, start: int, text: str, label: str = "PERSON", kb_id: str = "", **evidence) -> NameMention:
    """A name mention of ``text`` at ``start`` in ``article``."""
    return NameMention(Mention(article, start, start + len(text), text, label, kb_id), **evidence)


def by_name(res) -> dict[str, object]:
    return {e.name: e for e in res.entities.values()}


def key_of(res, m: NameMention) -> str | None:
    return res.by_span.get((m.mention.article, m.mention.start, m.mention.end))


# --------------------------------------------------------------------------- keys and shapes

@pytest.mark.parametrize("a, b", [
    ("Anna-Maria Berg", "Anna Maria Berg"),
    ("Anna-Maria Berg", "anna maria berg"),
    ("Sean O’Neill", "Sean O'Neill"),
    ("J. R. Berg", "J R Berg"),
    ("Anna  Berg", "Anna Berg"),
])
def test_entities_name_key_shared_by_variants(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("Anna Berg", "Anna Borg"), ("Anna Berg", "Berg"), ("Anna Maria Berg", "Anna Berg")])
def test_entities_name_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("name, shaped", [
    ("Anna Berg", True),
    ("Anna-Maria Berg", True),
    ("Anna van Berg", True),
    ("J. R. Berg", True),
    ("Anna McDonald", True),
    ("Zoë Núñez", True),
    ("Berg", True),
    ("Berg Institute", False),
    ("Daily Planet", False),
    ("Strelsau City", False),
    ("Border Treaty", False),
    ("Anna Berg 2", False),
    ("Anna Maria Louise Berg Holt", False),
    pytest.param("Sean O’Neill", True),
    pytest.param("Maria D'Souza", True),
    pytest.param("Łukasz Nowak", True),
    pytest.param("Ivan Šimić", True),
    pytest.param("Peter Achieng' Otieno", True),
    pytest.param("June Berg", True),
    pytest.param("April Lind", True),
    pytest.param("Berg June", False),
    pytest.param("Valley Railroad", False),
    pytest.param("Tarnvik Fjord", False, id="fjord"),
    pytest.param("Selvik Fiord", False, id="fiord"),
])
def test_entities_person_shaped(name: str, shaped: bool) -> None:
    assert person_shaped(name) is shaped


# --------------------------------------------------------------------------- merging

def test_entities_hyphen_and_space_variants_are_one_entity() -> None:
    a = nm("a1.txt", 0, "Anna-Maria Berg", speaks=True)
    b = nm("a2.txt", 10, "Anna Maria Berg", speaks=True)
    res = resolve_entities([a, b])
    assert len(res.entities) == 1
    ent = next(iter(res.entities.values()))
    assert ent.cls == "Person" and ent.name in {"Anna-Maria Berg", "Anna Maria Berg"}
    assert key_of(res, a) == key_of(res, b) == ent.key
    assert ent.articles == {"a1.txt", "a2.txt"}


def test_entities_surname_joins_full_name_in_the_same_article() -> None:
    full, short = nm("a1.txt", 0, "Anna Berg"), nm("a1.txt", 60, "Berg", speaks=True)
    res = resolve_entities([full, short])
    assert list(by_name(res)) == ["Anna Berg"]
    assert key_of(res, short) == key_of(res, full)
    assert by_name(res)["Anna Berg"].aliases == {"Berg"}


def test_entities_surname_joins_the_nearest_full_name_before_it() -> None:
    mentions = [nm("a1.txt", 0, "Anna Berg"), nm("a1.txt", 40, "Berg", speaks=True),
                nm("a1.txt", 80, "Karl Berg"), nm("a1.txt", 120, "Berg", speaks=True)]
    res = resolve_entities(mentions)
    assert key_of(res, mentions[1]) == key_of(res, mentions[0])
    assert key_of(res, mentions[3]) == key_of(res, mentions[2])
    assert key_of(res, mentions[0]) != key_of(res, mentions[2])


def test_entities_surname_joins_across_articles_when_unambiguous() -> None:
    full, short = nm("a1.txt", 0, "Anna Berg"), nm("a2.txt", 30, "Berg", speaks=True)
    res = resolve_entities([full, short])
    assert key_of(res, short) == key_of(res, full)
    assert by_name(res)["Anna Berg"].articles == {"a1.txt", "a2.txt"}


def test_entities_surname_does_not_join_across_articles_when_ambiguous() -> None:
    anna, karl = nm("a1.txt", 0, "Anna Berg"), nm("a3.txt", 0, "Karl Berg")
    short = nm("a2.txt", 30, "Berg", speaks=True)
    res = resolve_entities([anna, karl, short])
    assert key_of(res, short) not in {key_of(res, anna), key_of(res, karl)}
    assert "Berg" not in by_name(res)["Anna Berg"].aliases | by_name(res)["Karl Berg"].aliases
    assert by_name(res)["Anna Berg"].articles == {"a1.txt"}


def test_entities_surname_in_an_article_with_one_of_two_namesakes_joins_that_one() -> None:
    anna, karl = nm("a1.txt", 0, "Anna Berg"), nm("a3.txt", 0, "Karl Berg")
    short = nm("a3.txt", 30, "Berg", speaks=True)
    res = resolve_entities([anna, karl, short])
    assert key_of(res, short) == key_of(res, karl)


@pytest.mark.parametrize("surface", ["Mr Lind", "Mr. Lind", "Mr.Lind"])
def test_entities_mr_x_joins_y_x(surface: str) -> None:
    full = nm("a1.txt", 0, "Tomas Lind")
    mr = nm("a1.txt", 50, clean_surface(surface), title_before=True)
    res = resolve_entities([full, mr])
    assert list(by_name(res)) == ["Tomas Lind"]
    assert key_of(res, mr) == key_of(res, full)


def test_entities_hyphenated_surname_joins_full_name() -> None:
    full, short = nm("a1.txt", 0, "Anna Berg-Holt"), nm("a1.txt", 60, "Berg-Holt", title_before=True)
    res = resolve_entities([full, short])
    assert key_of(res, short) == key_of(res, full)


def test_entities_possessive_surname_joins_after_cleaning() -> None:
    full = nm("a1.txt", 0, "Anna Berg")
    poss = nm("a1.txt", 50, clean_surface("Berg’s"), speaks=True)
    res = resolve_entities([full, poss])
    assert key_of(res, poss) == key_of(res, full)


def test_entities_gazetteer_mentions_resolve_to_the_canonical_entry() -> None:
    mentions = [nm("a1.txt", 0, "Britain", "COUNTRY", "United Kingdom"),
                nm("a2.txt", 0, "UK", "COUNTRY", "United Kingdom"),
                nm("a2.txt", 20, "Russia", "COUNTRY", "Russia")]
    res = resolve_entities(mentions)
    uk = by_name(res)["United Kingdom"]
    assert uk.cls == "Country" and uk.aliases == {"Britain", "UK"}
    assert uk.articles == {"a1.txt", "a2.txt"}
    assert key_of(res, mentions[0]) == key_of(res, mentions[1]) == uk.key
    assert by_name(res)["Russia"].cls == "Country"


def test_entities_demonym_alias_is_dropped() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Russia", "COUNTRY", "Russia"),
                            nm("a1.txt", 20, "Russian", "COUNTRY", "Russia")])
    assert by_name(res)["Russia"].aliases == frozenset()


# --------------------------------------------------------------------------- the class vote

@pytest.mark.parametrize("labels, titled, cls", [
    (["ORG", "ORG", "PERSON"], True, "Person"),         # a title outweighs two ORG tags
    (["ORG", "ORG", "PERSON"], False, "Organization"),  # without it, the majority wins
    (["PERSON", "PERSON", "ORG"], False, "Person"),
    (["GPE", "GPE", "PERSON"], False, "Place"),
])
def test_entities_class_is_voted_across_articles(labels: list[str], titled: bool, cls: str) -> None:
    mentions = [nm(f"a{i}.txt", 5, "Tomas Lind", label, title_before=(titled and label == "PERSON"))
                for i, label in enumerate(labels)]
    res = resolve_entities(mentions)
    assert [(e.name, e.cls) for e in res.entities.values()] == [("Tomas Lind", cls)]


def test_entities_byline_author_votes_person() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Anna Berg", "ORG"), nm("a2.txt", 0, "Anna Berg", "ORG")],
                           authors={"a3.txt": "Anna Berg"})
    assert by_name(res)["Anna Berg"].cls == "Person"


@pytest.mark.parametrize("name", ["Berg Institute", "Strelsau University", "Ministry of Ports", "Lind Foundation",
                                  "Harbour Gazette"])
def test_entities_org_head_word_makes_an_organization(name: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, name, "PERSON"), nm("a2.txt", 0, name, "PERSON")])
    assert by_name(res)[name].cls == "Organization"


@pytest.mark.parametrize("word, label", [("Harvest", "ORG"), ("Harvest", "FAC"), ("Republic", "GPE")])
def test_entities_capitalised_common_word_alone_makes_no_entity(word: str, label: str) -> None:
    res = resolve_entities([nm("a1.txt", 4, word, label)], english=frozenset({"harvest", "republic"}))
    assert res.entities == {}


def test_entities_unknown_single_word_with_a_name_label_is_kept() -> None:
    res = resolve_entities([nm("a1.txt", 4, "Zorvax", "ORG")], english=frozenset({"harvest"}))
    assert [(e.name, e.cls) for e in res.entities.values()] == [("Zorvax", "Organization")]


@pytest.mark.parametrize("evidence, kept", [
    ({}, False),
    ({"title_before": True}, True),
    ({"speaks": True}, True),
    ({"appositive_noun": True}, True),
])
def test_entities_lone_surname_needs_evidence_to_be_a_person(evidence: dict, kept: bool) -> None:
    res = resolve_entities([nm("a1.txt", 4, "Lind", "PERSON", **evidence)])
    assert (list(by_name(res)) == ["Lind"]) is kept


def test_entities_adjective_mentions_make_no_entity() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Freedonian", "GPE", adjective=True),
                            nm("a2.txt", 0, "Freedonian", "GPE", adjective=True)])
    assert res.entities == {}


@pytest.mark.parametrize("name", [
    pytest.param("Sean O’Neill"),
    pytest.param("Ivan Šimić"),
    "Anna Berg",
])
def test_entities_person_tagged_full_name_makes_a_person(name: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, name, "PERSON", speaks=True)])
    assert [(e.name, e.cls) for e in res.entities.values()] == [(name, "Person")]


# --------------------------------------------------------------------------- Resolution.resolve

def test_entities_resolve_finds_a_mention_by_span_name_and_surname() -> None:
    full = nm("a1.txt", 0, "Anna Berg")
    res = resolve_entities([full, nm("a2.txt", 0, "Daily Planet", "ORG")])
    key = key_of(res, full)
    assert res.resolve(full.mention) == key
    assert res.resolve(Mention("a1.txt", 1, 5, "nna ", "PERSON")) == key            # overlapping span
    assert res.resolve(Mention("a9.txt", 0, 9, "ANNA BERG", "PERSON")) == key        # by name
    assert res.resolve(Mention("a9.txt", 0, 4, "Berg", "PERSON")) == key             # unambiguous surname
    assert res.resolve(Mention("a9.txt", 0, 4, "Lind", "PERSON")) is None
    assert res.resolve(None) is None


@pytest.mark.parametrize("full,short,found", [
    ("Kang Min-seo", "Kang", True),     # a romanised Korean name: the family name comes first
    ("Kang Min-seo", "Min-seo", True),  # ... and the given name still ends it
    ("Anna Berg", "Anna", False),       # a given name alone is no surname
])
def test_entities_resolve_finds_a_family_name_written_first(full: str, short: str, found: bool) -> None:
    whole = nm("a1.txt", 0, full)
    res = resolve_entities([whole])
    assert (res.resolve(Mention("a9.txt", 0, len(short), short, "PERSON")) == key_of(res, whole)) is found


def test_entities_ensure_creates_an_entity_for_an_unseen_name() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Anna Berg")])
    key = res.ensure(Mention("a1.txt", 0, 0, "the Harbour Gazette", "ORG"), "Organization")
    ent = res.entities[key]
    assert (ent.name, ent.cls) == ("Harbour Gazette", "Organization")
    assert res.ensure(Mention("a2.txt", 0, 0, "Harbour Gazette", "ORG"), "Organization") == key
    assert res.ensure(Mention("a2.txt", 0, 0, "Russians", "ORG"), "Organization") is None  # a demonym


# --------------------------------------------------------------------------- with the model

@pytest.mark.model
def test_entities_pipeline_on_invented_sentences(nlp) -> None:
    from graph.models import Article
    from graph.mentions import extract_mentions
    from graph.nlp import english_words

    texts = {
        "a1.txt": "Anna-Maria Berg met Tomas Lind in Strelsau. Berg said the Harvest was good this year.",
        "a2.txt": "Anna Maria Berg told reporters that Japanese officials would visit the Berg Institute.",
    }
    mentions = []
    for aid, text in texts.items():
        mentions += extract_mentions(nlp(text), Article(id=aid, path="", raw=text, text=text))
    res = resolve_entities(mentions, english=english_words())
    names = by_name(res)
    assert names["Anna-Maria Berg"].cls == "Person"
    assert names["Anna-Maria Berg"].articles == {"a1.txt", "a2.txt"}
    assert "Anna Maria Berg" in names["Anna-Maria Berg"].aliases
    assert names["Berg Institute"].cls == "Organization"
    assert not {"Harvest", "Japanese", "Berg", "Anna Maria Berg"} & set(names)


# --------------------------------------------------------------------------- particles, double surnames, bylines

@pytest.mark.parametrize("name, shaped", [
    ("Lucía Gómez de la Fuente Arriaga", True),   # four name words plus particles
    ("Marta Vidal i Puig", True),
    ("Jan Van der Berghe", True),
    ("Anna Berg Lind Holt Strand", False),        # five name words
])
def test_entities_person_shaped_allows_particles_on_top(name: str, shaped: bool) -> None:
    assert person_shaped(name) is shaped


def test_entities_inner_double_surname_joins_the_full_name() -> None:
    full = nm("a1.txt", 5, "Lucía Gómez de la Fuente Arriaga", "ORG", title_before=True)
    short = nm("a1.txt", 90, "Gómez de la Fuente", "ORG")
    res = resolve_entities([full, short])
    assert [(e.name, e.cls) for e in res.entities.values()] == [("Lucía Gómez de la Fuente Arriaga", "Person")]
    assert key_of(res, short) == key_of(res, full)


def test_entities_inner_surname_from_another_article_stays_apart() -> None:
    full = nm("a1.txt", 5, "Lucía Gómez de la Fuente Arriaga", "PERSON", title_before=True)
    short = nm("a2.txt", 9, "Gómez de la Fuente", "PERSON", title_before=True)
    res = resolve_entities([full, short])
    assert key_of(res, short) != key_of(res, full)


@pytest.mark.parametrize("surname_evidence, cls", [({"title_before": True}, "Person"), ({}, "Organization")])
def test_entities_titled_surname_makes_an_org_tagged_full_name_a_person(surname_evidence: dict, cls: str) -> None:
    mentions = [nm("a1.txt", 5, "Anne-Lise Varga", "ORG"), nm("a1.txt", 60, "Anne-Lise Varga", "ORG"),
                nm("a1.txt", 120, "Varga", "PERSON", **surname_evidence)]
    res = resolve_entities(mentions)
    assert by_name(res)["Anne-Lise Varga"].cls == cls


@pytest.mark.parametrize("evidence, cls", [({"appositive_title": True}, "Person"), ({}, "Organization")])
def test_entities_person_evidence_halves_other_ner_labels(evidence: dict, cls: str) -> None:
    mentions = [nm("a1.txt", 5, "Tomas Lindqvist", "ORG", **evidence), nm("a2.txt", 5, "Tomas Lindqvist", "ORG")]
    assert [e.cls for e in resolve_entities(mentions).entities.values()] == [cls]


@pytest.mark.parametrize("name", ["Mount Kelvar", "Lake Ostrova", "Cape Sorrel", "Vostra Township", "Hanaki Ward"])
def test_entities_landform_and_district_words_make_a_place(name: str) -> None:
    res = resolve_entities([nm("a1.txt", 5, name, "ORG")])
    assert by_name(res)[name].cls == "Place"


@pytest.mark.parametrize("caps, name", [
    ("ANNA BERG", "Anna Berg"), ("LUCÍA DE LA FUENTE", "Lucía de la Fuente"), ("NOA BEN-DAVID", "Noa Ben-David"),
    ("SEAN O'DOHERTY", "Sean O'Doherty"), ("DALE R. HOLT", "Dale R. Holt"), ("Anna van Berg", "Anna van Berg"),
])
def test_entities_uncapitalise_name(caps: str, name: str) -> None:
    assert uncapitalise_name(caps) == name


def test_entities_byline_in_capitals_with_two_authors_makes_two_people() -> None:
    res = resolve_entities([nm("a1.txt", 40, "Anna Berg", "PERSON")],
                           authors={"a1.txt": "ANNA BERG and TOMAS VAN DER LIND"})
    people = {e.name for e in res.entities.values() if e.cls == "Person"}
    assert people == {"Anna Berg", "Tomas van der Lind"}


def test_entities_lone_head_word_joins_the_body_named_before_it_in_its_article() -> None:
    full = nm("a1.txt", 5, "European Commission", "ORG", kb_id="European Commission")
    head = nm("a1.txt", 80, "Commission", "ORG")
    early = nm("a2.txt", 3, "Commission", "ORG", title_before=False)
    res = resolve_entities([full, head, early], english=frozenset({"commission"}))
    assert key_of(res, head) == key_of(res, full)
    assert key_of(res, early) != key_of(res, full)


def test_entities_short_body_name_joins_its_own_articles_body() -> None:
    syr = nm("a1.txt", 5, "Syrian Foreign Ministry", "ORG")
    rus = nm("a2.txt", 5, "Russian Foreign Ministry", "ORG")
    short1, short2 = nm("a1.txt", 90, "Foreign Ministry", "ORG"), nm("a2.txt", 90, "Foreign Ministry", "ORG")
    res = resolve_entities([syr, short1, rus, short2])
    assert key_of(res, short1) == key_of(res, syr)
    assert key_of(res, short2) == key_of(res, rus)


# --------------------------------------------------------------------------- short forms of one article

def test_entities_inner_surname_joins_the_full_name() -> None:
    full = nm("a", 0, "Marta Ortiz Salgado", appositive_title=True)
    inner = nm("a", 80, "Ortiz", "GPE", speaks=True)  # the tagger read the surname as a place
    res = resolve_entities([full, inner])
    assert key_of(res, inner) == key_of(res, full)
    assert by_name(res)["Marta Ortiz Salgado"].cls == "Person"


@pytest.mark.parametrize("long, short", [
    ("Ministry of Coastal Affairs", "MCA"),
    ("A Union for Civic Renewal", "AUCR"),
    ("United Shipworkers Local 12", "USW Local 12"),
])
def test_entities_acronym_joins_the_name_it_abbreviates(long: str, short: str) -> None:
    a, b = nm("a", 0, long, "ORG"), nm("a", 90, short, "ORG")
    res = resolve_entities([a, b])
    assert key_of(res, a) == key_of(res, b)
    assert res.entities[key_of(res, a)].cls == "Organization"


def test_entities_acronym_of_another_article_stays_apart() -> None:
    a, b = nm("a", 0, "Ministry of Coastal Affairs", "ORG"), nm("b", 90, "MCA", "ORG")
    res = resolve_entities([a, b])
    assert key_of(res, a) != key_of(res, b)


def test_entities_company_first_word_joins_its_corporate_name() -> None:
    a, b = nm("a", 0, "Velmora Mining Corp.", "ORG"), nm("a", 70, "Velmora", "ORG")
    res = resolve_entities([a, b])
    assert key_of(res, a) == key_of(res, b)


def test_entities_place_joins_its_greater_form() -> None:
    a, b = nm("a", 0, "Greater Strelsau", "GPE"), nm("a", 70, "Strelsau", "GPE")
    res = resolve_entities([a, b])
    assert key_of(res, a) == key_of(res, b)
    assert by_name(res)["Greater Strelsau"].cls == "Place"


# --------------------------------------------------------------------------- acronyms, short places, place slots

def test_entities_acronym_defined_in_the_article_beats_the_gazetteer() -> None:
    long = nm("a1.txt", 0, "Island Councils Association", "ORG")
    acr = nm("a1.txt", 28, "ICC", "ORG", kb_id="International Criminal Court", acronym_of="Island Councils Association")
    later = nm("a1.txt", 90, "ICC", "ORG", kb_id="International Criminal Court")
    res = resolve_entities([long, acr, later])
    assert key_of(res, acr) == key_of(res, later) == key_of(res, long)
    assert "International Criminal Court" not in by_name(res)
    assert "ICC" in by_name(res)["Island Councils Association"].aliases


def test_entities_acronym_of_another_language_joins_its_long_name() -> None:
    long = nm("a1.txt", 0, "Portuguese Workers' Union", "ORG")
    acr = nm("a1.txt", 28, "SPT", "ORG", acronym_of="Portuguese Workers' Union")
    res = resolve_entities([long, acr])
    assert key_of(res, acr) == key_of(res, long)


@pytest.mark.parametrize("short, short_label, long", [
    ("North-East", "GPE", "North-East Region"),
    ("San Pedro", "GPE", "San Pedro de la Sierra"),
    ("Kelso", "ORG", "Kelso District"),
])
def test_entities_short_place_name_joins_its_long_form(short: str, short_label: str, long: str) -> None:
    a = nm("a1.txt", 0, long, "GPE", place_cue=True)
    b = nm("a1.txt", 80, short, short_label)
    res = resolve_entities([a, b, nm("a1.txt", 120, short, short_label)])
    assert key_of(res, a) == key_of(res, b)
    assert res.entities[key_of(res, a)].cls == "Place"


def test_entities_short_place_name_stays_apart_in_another_article() -> None:
    res = resolve_entities([nm("a1.txt", 0, "North-East Region", "GPE"), nm("a2.txt", 5, "North-East Shore", "GPE")])
    assert {"North-East Region", "North-East Shore"} <= set(by_name(res))


@pytest.mark.parametrize("mentions, cls", [
    ([("ORG", {"locative": True})], "Place"),
    ([("ORG", {}), ("ORG", {"locative": True}), ("ORG", {"locative": True})], "Place"),
    ([("ORG", {}), ("ORG", {}), ("ORG", {"locative": True})], "Organization"),
])
def test_entities_place_slot_votes_place(mentions: list, cls: str) -> None:
    res = resolve_entities([nm("a1.txt", 10 * i, "Dunvorran", label, **ev) for i, (label, ev) in enumerate(mentions)])
    assert by_name(res)["Dunvorran"].cls == cls


def test_entities_place_named_only_inside_a_quote_is_kept_with_a_place_slot() -> None:
    quoted = nm("a1.txt", 40, "Killane", "GPE", in_quote=True, locative=True)
    res = resolve_entities([quoted], english=frozenset({"killane"}))
    assert by_name(res)["Killane"].cls == "Place"


@pytest.mark.parametrize("word, kept", [("Senate", True), ("Congress", True), ("Harvest", False)])
def test_entities_capitalised_legislature_alone_is_an_organization(word: str, kept: bool) -> None:
    res = resolve_entities([nm("a1.txt", 4, word, "ORG")], english=frozenset({"senate", "congress", "harvest"}))
    assert (word in by_name(res)) is kept


# --------------------------------------------------------------------------- country initials, territories, short forms

@pytest.mark.parametrize("country, acronym", [
    ("Central African Republic", "CAR"),
    ("Trinidad and Tobago", "TT"),
])
def test_entities_country_initials_join_the_country_of_their_article(country: str, acronym: str) -> None:
    full = nm("a", 0, country, "COUNTRY", kb_id=country)
    short = nm("a", 60, acronym, "ORG")
    res = resolve_entities([full, short])
    assert key_of(res, short) == key_of(res, full)
    assert res.entities[key_of(res, short)].cls == "Country"


def test_entities_country_initials_stay_apart_without_the_country_in_their_article() -> None:
    full = nm("a", 0, "Central African Republic", "COUNTRY", kb_id="Central African Republic")
    short = nm("b", 60, "CAR", "ORG")
    res = resolve_entities([full, short])
    assert key_of(res, short) != key_of(res, full)


@pytest.mark.parametrize("cue, cls", [(True, "Territory"), (False, "Place")])
def test_entities_place_with_sovereignty_at_stake_is_a_territory(cue: bool, cls: str) -> None:
    m = nm("a", 0, "Kestrel Island", "LOC", territory_cue=cue)
    res = resolve_entities([m, nm("a", 80, "Kestrel Island", "LOC")])
    assert by_name(res)["Kestrel Island"].cls == cls


@pytest.mark.parametrize("name", ["Tarrow Harbour", "Melk Falls", "Varn Military Camp", "Osk Cayes"])
def test_entities_place_head_word_makes_a_place_not_a_person(name: str) -> None:
    assert not person_shaped(name)
    res = resolve_entities([nm("a", 0, name, "PERSON"), nm("a", 80, name, "GPE")])
    assert by_name(res)[name].cls == "Place"


@pytest.mark.parametrize("head", ["Hospital", "University"])
def test_entities_institution_first_word_joins_its_full_name(head: str) -> None:
    full = nm("a", 0, f"Kestrel {head}", "ORG")
    short = nm("a", 80, "Kestrel", "GPE", org_cue=True)
    res = resolve_entities([full, short])
    assert key_of(res, short) == key_of(res, full)


@pytest.mark.parametrize("name", ["Ma. Lourdes Abuel", "J. Anna Berg"])
def test_entities_abbreviated_given_name_is_person_shaped(name: str) -> None:
    assert person_shaped(name)


@pytest.mark.parametrize("short, label, found", [("Kavala", "ORG", True), ("Kavala", "PERSON", False),
                                                 ("Kaval", "ORG", False)])
def test_entities_resolve_short_name_of_a_place_long_form(short: str, label: str, found: bool) -> None:
    from graph.models import Mention as M

    place = nm("a", 0, "Kavala province", "GPE", place_cue=True)
    res = resolve_entities([place, nm("a", 40, "Kavala province", "GPE")])
    got = res.resolve(M("a", -1, -1, short, label))
    assert (got == key_of(res, place)) is found


# --------------------------------------------------------------------------- counties and region long forms

@pytest.mark.parametrize("long", ["Co Kerrow", "County Kerrow"])
def test_entities_county_short_name_joins_its_county_form(long: str) -> None:
    full = nm("a", 0, long, "GPE", place_cue=True)
    short = nm("a", 80, "Kerrow", "ORG", place_cue=True)
    res = resolve_entities([full, short, nm("a", 120, "Kerrow", "ORG", place_cue=True)])
    assert key_of(res, short) == key_of(res, full)
    assert res.entities[key_of(res, full)].cls == "Place"


@pytest.mark.parametrize("long", ["Siberia Region", "SIBERIA PREF."])
def test_entities_region_long_form_joins_the_gazetteer_region(long: str) -> None:
    region = nm("a", 0, "Siberia", "PLACE", kb_id="Siberia")
    full = nm("a", 60, long, "GPE", place_cue=True)
    res = resolve_entities([region, full])
    assert key_of(res, full) == key_of(res, region)


def test_entities_city_long_form_stays_apart_from_the_city() -> None:
    city = nm("a", 0, "Kyiv", "PLACE", kb_id="Kyiv")
    full = nm("a", 60, "Kyiv Province", "GPE", place_cue=True)
    res = resolve_entities([city, full])
    assert key_of(res, full) != key_of(res, city)


@pytest.mark.parametrize("text, found", [("Siberia Region", True), ("Kyiv Province", False)])
def test_entities_resolve_region_long_form_to_the_region(text: str, found: bool) -> None:
    from graph.models import Mention as M

    region = nm("a", 0, "Siberia", "PLACE", kb_id="Siberia")
    city = nm("a", 30, "Kyiv", "PLACE", kb_id="Kyiv")
    res = resolve_entities([region, city])
    got = res.resolve(M("a", -1, -1, text, "GPE"))
    assert (got in {key_of(res, region)}) is found


# --------------------------------------------------------------------------- heldout9 families (invented names)

@pytest.mark.parametrize("short_at, owner", [(40, "Tomas Al Marzan"), (140, "Leila Al Marzan")])
def test_entities_shared_two_word_surname_joins_the_nearest_before(short_at: int, owner: str) -> None:
    mentions = [nm("a1.txt", 0, "Tomas Al Marzan"), nm("a1.txt", 100, "Leila Al Marzan"),
                nm("a1.txt", short_at, "Al Marzan", title_before=True, speaks=True)]
    res = resolve_entities(mentions)
    assert key_of(res, mentions[2]) == key_of(res, mentions[0 if owner.startswith("Tomas") else 1])
    assert "Al Marzan" not in by_name(res)


@pytest.mark.parametrize("start, owner", [(40, "Anna Okon"), (140, "Ekon Okon")])
def test_entities_resolve_shared_surname_picks_the_nearest_before(start: int, owner: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, "Anna Okon"), nm("a1.txt", 100, "Ekon Okon")])
    assert res.resolve(Mention("a1.txt", start, start + 4, "Okon", "PERSON")) == by_name(res)[owner].key


@pytest.mark.parametrize("text, label, cls", [
    ("Ruritanian Empire", "ORG", "Country"),
    ("Kestrel Sultanate", "ORG", "Country"),
    ("Akwa Local Government Area", "ORG", "Place"),
    ("Kestrel Point", "PERSON", "Place"),
])
def test_entities_name_shape_decides_the_class(text: str, label: str, cls: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, text, label)])
    assert by_name(res)[text].cls == cls


@pytest.mark.parametrize("text", ["Cyclone Marlow", "Hurricane Anna"])
def test_entities_storms_are_no_entities(text: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, text, "PERSON")])
    assert text not in by_name(res)


@pytest.mark.parametrize("word, party, kept", [("Labor", True, True), ("Labor", False, False)])
def test_entities_english_word_as_members_party_is_kept(word: str, party: bool, kept: bool) -> None:
    res = resolve_entities([nm("a1.txt", 0, word, "ORG", org_cue=True, party=party)],
                           english=frozenset({"labor"}))
    assert (word in by_name(res)) is kept


@pytest.mark.parametrize("council, cls", [("Kestrelby Council", "Place"), ("Kestrelby Trust", None)])
def test_entities_area_of_a_local_council_is_a_place(council: str, cls: str | None) -> None:
    res = resolve_entities([nm("a1.txt", 0, council, "ORG"), nm("a1.txt", 100, "Kestrelby", "PERSON")])
    found = by_name(res).get("Kestrelby")
    assert (found.cls if found else None) == cls


@pytest.mark.parametrize("first, second", [("The Kestrel Courier", "Kestrel Courier")])
def test_entities_name_without_leading_the_joins_the_form_with_it(first: str, second: str) -> None:
    long = NameMention(Mention("a1.txt", 0, 0, first, "ORG"), org_cue=True)
    short = nm("a1.txt", 50, second, "ORG")
    res = resolve_entities([long, short])
    assert key_of(res, short) == res.by_name[name_key(first)]
    assert res.resolve(Mention("a1.txt", 0, 0, first, "ORG")) == key_of(res, short)


@pytest.mark.parametrize("holder, alias", [("Premium Times Services Limited", True), ("Herald Corporation", False)])
def test_entities_company_form_of_an_outlet_is_its_alias(holder: str, alias: bool) -> None:
    from graph.gazetteer import load_gazetteer

    kb = "Premium Times" if load_gazetteer().lookup(holder.split(" Services")[0]) else ""
    res = resolve_entities([nm("a1.txt", 0, "Premium Times", "ORG", "Premium Times"),
                            NameMention(Mention("a1.txt", 0, 0, holder, "ORG", kb if alias else ""))])
    assert (holder in by_name(res)["Premium Times"].aliases) is alias



# --------------------------------------------------------------------------- short forms of bodies

@pytest.mark.parametrize("outlet, short", [("The Valley Courier", "Courier"), ("Strelsau Daily Herald", "Herald")])
def test_entities_outlet_last_word_resolves_to_the_outlet_of_its_article(outlet: str, short: str) -> None:
    """A fact that names an outlet by its last word ("the Courier") finds the outlet its article names."""
    res = resolve_entities([nm("a", 0, outlet, "ORG", org_cue=True)])
    assert res.resolve(Mention("a", -1, -1, short, "ORG")) == key_of(res, nm("a", 0, outlet, "ORG"))
    assert res.resolve(Mention("b", -1, -1, short, "ORG")) is None


def test_entities_named_railroad_is_an_organisation() -> None:
    m = nm("a", 0, "Valley Railroad", "FAC")
    res = resolve_entities([m])
    assert res.entities[key_of(res, m)].cls == "Organization"


# --------------------------------------------------------------------------- areas, landforms, possessive bodies

@pytest.mark.parametrize("name, cls", [
    ("Oldmark district", "Place"),        # a lower-case area word: the area
    ("Westmoor department", "Place"),
    ("Survey Department", "Organization"),  # capitalised, the same word names a body
])
def test_entities_lower_case_area_word_makes_a_place(name: str, cls: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, name, "ORG"), nm("a1.txt", 40, name, "PERSON")])
    assert by_name(res)[name].cls == cls


@pytest.mark.parametrize("name", ["Strelsau Campus", "Oldport Municipality"])
def test_entities_campus_and_municipality_end_no_person_name(name: str) -> None:
    assert not person_shaped(name)


@pytest.mark.parametrize("landform", ["Abu Musa Island", "Abu Musa Islands"])
def test_entities_landform_name_of_a_territory_joins_it(landform: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, landform, "ORG"),
                            nm("a1.txt", 40, "Abu Musa", "TERRITORY", "Abu Musa")])
    ents = by_name(res)
    assert landform not in ents
    assert ents["Abu Musa"].cls == "Territory" and landform in ents["Abu Musa"].aliases


def test_entities_possessive_country_body_gets_its_bare_name_as_alias() -> None:
    name = "France's Ministry of Ports and Inland Waterways"
    res = resolve_entities([nm("a1.txt", 0, name, "ORG"), nm("a1.txt", 80, name, "ORG")])
    assert "Ministry of Ports and Inland Waterways" in by_name(res)[name].aliases


# --------------------------------------------------------------------------- outlets, sites, short and long forms

def test_entities_outlet_named_by_the_and_a_demonym_is_kept() -> None:
    from graph.models import Mention as M
    res = resolve_entities([nm("a1.txt", 0, "Anna Berg", "PERSON")])
    key = res.ensure(M("a1.txt", 0, 0, "The Australian", "ORG"), "Organization")
    assert key is not None and res.entities[key].name == "The Australian"
    assert res.ensure(M("a1.txt", 0, 0, "Australian", "ORG"), "Organization") is None


def test_entities_site_name_without_its_temple_word_joins_it() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Prasat Kol Vena", "GPE", place_cue=True),
                            nm("a1.txt", 60, "Kol Vena", "PERSON", in_quote=True)])
    ents = by_name(res)
    assert "Kol Vena" not in ents and "Kol Vena" in ents["Prasat Kol Vena"].aliases


def test_entities_state_short_form_joins_the_listed_state() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Madhya Pradesh", "PLACE", "Madhya Pradesh"),
                            nm("a1.txt", 60, "Madhya", "GPE", locative=True)])
    ents = by_name(res)
    assert "Madhya" not in ents and "Madhya" in ents["Madhya Pradesh"].aliases


@pytest.mark.parametrize("short, long, label, cls", [
    ("Kelmar Nickel", "Kelmar Nickel Corp", "ORG", "Organization"),
    ("Dunvale", "Dunvale Local Government Area", "GPE", "Place"),
])
def test_entities_name_and_its_long_form_are_one_entity(short: str, long: str, label: str, cls: str) -> None:
    res = resolve_entities([nm("a1.txt", 0, long, label, place_cue=cls == "Place", org_cue=cls != "Place"),
                            nm("a1.txt", 80, short, label, place_cue=cls == "Place", org_cue=cls != "Place")])
    assert len(res.entities) == 1 and next(iter(res.entities.values())).cls == cls


def test_entities_one_word_place_is_no_surname_of_a_namesake() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Lena Kelso", "PERSON", title_before=True),
                            nm("a1.txt", 80, "Kelso", "GPE", place_cue=True)])
    ents = by_name(res)
    assert ents["Kelso"].cls == "Place" and "Kelso" not in ents["Lena Kelso"].aliases


# --------------------------------------------------------------------------- forms of one territory, head words

@pytest.mark.parametrize("other", [
    nm("a1.txt", 60, "Isla Varnay", "TERRITORY", "Isla Varnay"),
    nm("a1.txt", 60, "Varnay", "TERRITORY", "Varnay"),
    nm("a1.txt", 60, "Varnay", "PERSON", in_quote=True),
])
def test_entities_forms_of_a_disputed_island_are_one_territory(other: NameMention) -> None:
    """"Varnay Island", "Isla Varnay" and "Varnay" in one article are one territory named by its English form."""
    res = resolve_entities([nm("a1.txt", 0, "Varnay Island", "TERRITORY", "Varnay Island"), other])
    assert [(e.name, e.cls) for e in res.entities.values()] == [("Varnay Island", "Territory")]
    assert other.mention.text in res.entities[key_of(res, other)].aliases


@pytest.mark.parametrize("name, cls", [
    ("Brekka Ferries", "Organization"),
    ("Tolsey Legislature", "Organization"),
    ("Brekka Cove", "Place"),
    ("Varnay Isles", "Place"),
])
def test_entities_ferry_legislature_cove_and_isles_head_words(name: str, cls: str) -> None:
    """Head words of bodies and places, whatever the NER read the name as."""
    res = resolve_entities([nm("a1.txt", 0, name, "PERSON")])
    assert [(e.name, e.cls) for e in res.entities.values()] == [(name, cls)]


# --------------------------------------------------------------------------- other names, short forms and outlets

@pytest.mark.parametrize("specs, name, alias", [
    # "Varn Island, which Ruritania calls Kolbo": two clusters, the first name stays
    ([("a1.txt", 0, "Varn Island", "LOC", "", ""), ("a1.txt", 40, "Kolbo", "PERSON", "", "Varn Island"),
      ("a2.txt", 5, "Kolbo", "GPE", "", "")], "Varn Island", "Kolbo"),
    # "Kolbo, known internationally as Western Sahara": the gazetteer's entry keeps its id
    ([("a1.txt", 0, "Kolbo", "GPE", "", ""), ("a1.txt", 50, "Western Sahara", "TERRITORY", "Western Sahara", "Kolbo")],
     "Western Sahara", "Kolbo"),
])
def test_entities_other_name_of_a_place_joins_it(specs: list[tuple], name: str, alias: str) -> None:
    mentions = [nm(art, start, text, label, kb, same_as=other) for art, start, text, label, kb, other in specs]
    res = resolve_entities(mentions)
    places = [e for e in res.entities.values() if e.cls != "Person"]
    assert [(e.name, alias in e.aliases) for e in places] == [(name, True)]
    assert len({key_of(res, m) for m in mentions}) == 1


@pytest.mark.parametrize("short, full", [("Varnays", "Varnay Islands"), ("Tolsas", "Tolsa Cayes"),
                                         ("Kelbies", "Kelby Mountains")])
def test_entities_plural_short_form_joins_the_group(short: str, full: str) -> None:
    """"the Varnays" names the Varnay Islands; a short form the text holds as a territory makes one."""
    mentions = [nm("a1.txt", 0, full, "GPE"), nm("a1.txt", 40, short, "TERRITORY", short)]
    res = resolve_entities(mentions)
    assert [(e.name, e.cls, e.aliases) for e in res.entities.values()] == [(full, "Territory", {short})]


def test_entities_plural_short_form_in_another_article_stays_apart() -> None:
    res = resolve_entities([nm("a1.txt", 0, "Varnay Islands", "GPE"), nm("a2.txt", 40, "Varnays", "GPE")])
    assert len(res.entities) == 2


@pytest.mark.parametrize("short, full", [("Kolbara", "Kolbara Online"), ("Planetnews", "Planetnews International")])
def test_entities_outlet_short_name_joins_its_edition(short: str, full: str) -> None:
    mentions = [nm("a1.txt", 0, full, "ORG"), nm("a1.txt", 40, short, "ORG", org_cue=True)]
    res = resolve_entities(mentions)
    assert [(e.name, e.aliases) for e in res.entities.values()] == [(full, {short})]


def test_entities_hyphenated_given_name_alone_joins_the_full_name() -> None:
    full = nm("a1.txt", 0, "Rose-Ann Berg", "ORG", appositive_title=True)
    given = nm("a1.txt", 90, "Rose-Ann", "ORG", speaks=True)
    res = resolve_entities([full, given])
    assert [(e.name, e.cls, e.aliases) for e in res.entities.values()] == [("Rose-Ann Berg", "Person", {"Rose-Ann"})]


@pytest.mark.parametrize("cues", [{}, {"place_cue": True}, {"in_quote": True}])
def test_entities_dependency_named_as_a_location_is_a_place(cues: dict) -> None:
    """A dependent territory whose status no mention puts at stake is a place like any region."""
    res = resolve_entities([nm("a1.txt", 10, "Anguilla", "TERRITORY", kb_id="Anguilla", **cues)])
    assert by_name(res)["Anguilla"].cls == "Place"


def test_entities_dependency_with_a_sovereignty_cue_stays_a_territory() -> None:
    mentions = [nm("a1.txt", 10, "Anguilla", "TERRITORY", kb_id="Anguilla"),
                nm("a1.txt", 90, "Anguilla", "TERRITORY", kb_id="Anguilla", territory_cue=True)]
    assert by_name(resolve_entities(mentions))["Anguilla"].cls == "Territory"


@pytest.mark.parametrize("kb_id", ["Kestrelton", ""])
def test_entities_settlement_appositive_beats_a_bare_territory_label(kb_id: str) -> None:
    """A name the NLP step held a territory (no sovereignty cue) that the text calls a suburb or town is a place."""
    mentions = [nm("a1.txt", 0, "Kestrelton", "TERRITORY", kb_id=kb_id, settlement=True, place_cue=True),
                nm("a1.txt", 300, "Kestrelton", "TERRITORY", kb_id=kb_id),
                nm("a1.txt", 600, "Kestrelton", "TERRITORY", kb_id=kb_id)]
    assert by_name(resolve_entities(mentions))["Kestrelton"].cls == "Place"


def test_entities_settlement_with_a_sovereignty_cue_stays_a_territory() -> None:
    mentions = [nm("a1.txt", 0, "Kestrelton", "TERRITORY", kb_id="Kestrelton", settlement=True),
                nm("a1.txt", 300, "Kestrelton", "TERRITORY", kb_id="Kestrelton", territory_cue=True)]
    assert by_name(resolve_entities(mentions))["Kestrelton"].cls == "Territory"


@pytest.mark.parametrize("outlet, short", [("Harbour Beacon", "Beacon"), ("Northern Clarion", "Clarion")])
def test_entities_outlet_last_word_joins_the_outlet_of_its_article(outlet: str, short: str) -> None:
    """"the Beacon's harbour reporter" in an article of the "Harbour Beacon" names the outlet, not a place."""
    masthead = NameMention(Mention("a1.txt", 0, 0, outlet, "ORG"))
    mentions = [masthead, nm("a1.txt", 700, short, "ORG", place_cue=True)]
    res = resolve_entities(mentions)
    assert [(e.name, e.cls, e.aliases) for e in res.entities.values()] == [(outlet, "Organization", {short})]


@pytest.mark.parametrize("long, short", [
    ("Ruritanian Embassy in Strelsau", "Ruritanian Embassy"),
    ("Freedonian High Commission in Tamsk City", "Freedonian High Commission"),
])
def test_entities_mission_with_its_host_joins_its_bare_name(long: str, short: str) -> None:
    """"the X Embassy in Y" and, later, "the X Embassy": one body, known by both names."""
    a = nm("a1", 0, long, "ORG", org_cue=True)
    b = nm("a1", 200, short, "ORG")
    res = resolve_entities([a, b])
    assert key_of(res, a) == key_of(res, b) is not None
    ent = res.entities[key_of(res, a)]
    assert {ent.name, *ent.aliases} >= {long, short}


@pytest.mark.parametrize("long, short", [
    ("Ruritanian Embassy in Strelsau", "Ruritanian Embassy"),
])
def test_entities_mission_with_its_host_is_also_known_by_its_bare_name(long: str, short: str) -> None:
    res = resolve_entities([nm("a1", 0, long, "ORG", org_cue=True)])
    ent = next(iter(res.entities.values()))
    assert ent.name == long and short in ent.aliases


@pytest.mark.parametrize("full, short", [
    ("Nizar al-Tamimi", "Tamimi"),
    ("Samir el-Qassar", "Qassar"),
])
def test_entities_surname_without_its_arabic_article_joins_the_full_name(full: str, short: str) -> None:
    """"al-Tamimi" is "Tamimi" when the press drops the article, also when the NER read it as a body."""
    first = nm("a1.txt", 0, full, "PERSON", title_before=True)
    again = nm("a1.txt", 80, short, "ORG", speaks=True)
    res = resolve_entities([first, again])
    assert key_of(res, first) == key_of(res, again)
    assert res.entities[key_of(res, first)].cls == "Person"


@pytest.mark.parametrize("name", ["Lantern", "Morning"])
def test_entities_own_outlet_named_by_an_english_word_is_kept(name: str) -> None:
    """The article's own outlet is an organisation even when its name is a common word."""
    masthead = NameMention(Mention("a1.txt", 0, 0, name, "ORG"), org_cue=True, outlet=True)
    told = nm("a1.txt", 40, name, "ORG", org_cue=True, outlet=True)
    res = resolve_entities([masthead, told], english=frozenset({name.casefold()}))
    assert by_name(res)[name].cls == "Organization"


@pytest.mark.parametrize("name", ["Lantern"])
def test_entities_common_word_body_without_outlet_evidence_is_dropped(name: str) -> None:
    res = resolve_entities([nm("a1.txt", 40, name, "ORG", org_cue=True)], english=frozenset({name.casefold()}))
    assert name not in by_name(res)


@pytest.mark.parametrize("full", ["Ruritanian Navy", "Royal Kestrel Navy"])
def test_entities_navy_short_name_joins_the_navy_named_before_it(full: str) -> None:
    """"the Navy" after "the Ruritanian Navy": a lone head word of a body, like "the Commission"."""
    long, short = nm("a1.txt", 5, full, "ORG"), nm("a1.txt", 90, "Navy", "ORG", speaks=True)
    res = resolve_entities([long, short], english=frozenset({"navy"}))
    assert key_of(res, short) == key_of(res, long)
    assert res.entities[key_of(res, long)].cls == "Organization"


@pytest.mark.parametrize("council, cls", [
    ("Brindle Magna Parish Council", "Place"),
    ("Brindle Magna Town Council", "Place"),
    ("Brindle Magna Trust", "Person"),
])
def test_entities_area_of_a_parish_council_is_a_place_also_in_two_words(council: str, cls: str) -> None:
    """"X Parish Council" names its area: "X", read by the NER as a person's name, is that place."""
    area = [nm("a1.txt", 0, "Brindle Magna", "PERSON"), nm("a1.txt", 60, "Brindle Magna", "PERSON")]
    res = resolve_entities([*area, nm("a1.txt", 200, council, "ORG")])
    assert by_name(res)["Brindle Magna"].cls == cls


@pytest.mark.parametrize("long, short, before, joined", [
    ("Fisheries Council of Chile", "Fisheries Council", False, True),
    ("Provincial Government of Northern Peru", "Provincial Government", False, True),
    ("Fisheries Council of Chile", "Fisheries Council", True, False),
    ("Supreme Court of Appeal", "Supreme Court", False, False),
])
def test_entities_short_form_joins_the_body_of_a_place_named_before_it(long: str, short: str, before: bool,
                                                                        joined: bool) -> None:
    """"the Fisheries Council" after "the Fisheries Council of Chile" is that body, under its full name."""
    full = nm("a1.txt", 100, long, "ORG")
    shorts = [nm("a1.txt", 10 if before else 300 + 50 * n, short, "ORG") for n in range(3)]
    res = resolve_entities([full, *shorts])
    assert (key_of(res, shorts[0]) == key_of(res, full)) is joined
    if joined:
        assert res.entities[key_of(res, full)].name == long


@pytest.mark.parametrize("name, cls", [
    ("Autonomous Government of Northern Peru", "Territory"),
    ("Self-Governing Authority of Varnay", "Territory"),
    ("Varnay Fisheries Authority", "Organization"),
])
def test_entities_self_governing_body_asked_for_as_a_territory_becomes_one(name: str, cls: str) -> None:
    """A recognition stance's target that is a self-governing administration names the polity it runs."""
    body = nm("a1.txt", 0, name, "ORG")
    res = resolve_entities([body])
    key = res.ensure(Mention("a1.txt", 0, len(name), name, "ORG"), "Territory")
    assert key == key_of(res, body) and res.entities[key].cls == cls


@pytest.mark.parametrize("town", [
    nm("a1.txt", 60, "Varnay", "ORG", place_cue=True),
    nm("a1.txt", 60, "Varnay", "GPE", settlement=True),
])
def test_entities_town_an_island_is_named_after_stays_a_place(town: NameMention) -> None:
    """"In X, where the island …" beside "X Island": the town on the bank is a place of its own."""
    res = resolve_entities([nm("a1.txt", 0, "Varnay Island", "TERRITORY", "Varnay Island"), town])
    assert sorted((e.name, e.cls) for e in res.entities.values()) == [("Varnay", "Place"),
                                                                      ("Varnay Island", "Territory")]


@pytest.mark.parametrize("mention, cls", [
    (nm("a1.txt", 0, "Tolsa Teng Chiefdom", "PERSON"), "Place"),
    (nm("a1.txt", 0, "Brenna Hill", "ORG", in_quote=True), "Place"),
    (nm("a1.txt", 0, "North Varnay District", "ORG", org_cue=True), "Organization"),
])
def test_entities_head_word_votes_the_class(mention: NameMention, cls: str) -> None:
    """A chiefdom and a hill are places; a district named as a body's unit is a body."""
    res = resolve_entities([mention])
    assert res.entities[key_of(res, mention)].cls == cls


@pytest.mark.parametrize("name", ["Anna Hill", "Tomas Hill"])
def test_entities_hill_surname_of_a_person_stays_a_person(name: str) -> None:
    """"Hill" is a surname too: a name the NER reads as a person's keeps its vote."""
    m = nm("a1.txt", 0, name, "PERSON", speaks=True)
    res = resolve_entities([m])
    assert res.entities[key_of(res, m)].cls == "Person"


@pytest.mark.parametrize("name, shaped", [
    ("Anna Berg IV", True),
    ("Tomas Lind II", True),
    ("Kestrel Pool", False),
    ("Anna Berg Stadium", False),
])
def test_entities_person_shape_of_regnal_numbers_and_facilities(name: str, shaped: bool) -> None:
    """A regnal number ends a monarch's name; a facility's head word ends no person's name."""
    assert person_shaped(name) is shaped


@pytest.mark.parametrize("short", [
    nm("a", 90, "Kestrel", "PERSON", in_quote=True, place_cue=True),
    nm("a", 90, "Kestrel", "GPE", place_cue=True),
])
def test_entities_group_territory_absorbs_its_short_form(short: NameMention) -> None:
    """"Kestrel" beside the disputed "Kestrel Reefs" is the group, even when the text goes "to Kestrel"."""
    full = nm("a", 0, "Kestrel Reefs", "TERRITORY", kb_id="Kestrel Reefs", territory_cue=True)
    res = resolve_entities([full, short])
    assert key_of(res, short) == key_of(res, full)
    assert by_name(res)["Kestrel Reefs"].cls == "Territory"


def test_entities_territory_absorbs_its_own_name_with_a_place_cue() -> None:
    """"at the tip of Kelvar" beside the territory "Kelvar": one territory, not a place beside it."""
    full = nm("a", 0, "Kelvar", "TERRITORY", kb_id="Kelvar", territory_cue=True)
    short = nm("a", 90, "Kelvar", "GPE", place_cue=True)
    res = resolve_entities([full, short])
    assert key_of(res, short) == key_of(res, full)


def test_entities_area_with_a_lower_case_head_is_also_named_without_it() -> None:
    res = resolve_entities([nm("a", 0, "Tolsa district", "GPE", place_cue=True)])
    ent = by_name(res)["Tolsa district"]
    assert ent.cls == "Place" and "Tolsa" in ent.aliases


def test_entities_speaker_with_a_common_noun_appositive_is_a_person() -> None:
    """"says Anna Vela, a bus driver" read as a body: the speaker in apposition is a person."""
    m = nm("a", 0, "Anna Vela", "ORG", speaks=True, appositive_noun=True)
    res = resolve_entities([m])
    assert by_name(res)["Anna Vela"].cls == "Person"


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_entities_outlet_initials_join_the_outlet_of_their_article(label: str) -> None:
    """"told VDN" in a story of Varnay Daily News is the outlet; the same initials elsewhere are left alone."""
    outlet = nm("a1.txt", 0, "Varnay Daily News", "ORG", outlet=True)
    short = nm("a1.txt", 50, "VDN", label)
    other = nm("a2.txt", 50, "VDN", "ORG")
    res = resolve_entities([outlet, short, other])
    assert key_of(res, short) == key_of(res, outlet) != key_of(res, other)
    assert by_name(res)["Varnay Daily News"].cls == "Organization"


def test_entities_chamber_of_commerce_is_a_body() -> None:
    m = nm("a1.txt", 0, "Kilbrack Chamber of Commerce", "PERSON")
    assert by_name(resolve_entities([m]))["Kilbrack Chamber of Commerce"].cls == "Organization"


@pytest.mark.parametrize("name", ["Frente Tolsano", "Partido Varnek", "Movimento Strelsau"])
def test_entities_romance_party_word_opens_an_organization(name: str) -> None:
    """"Frente X", "Partido X": the Romance words for front, party and movement open party names, no person's."""
    res = resolve_entities([nm("a1.txt", 0, name, "PERSON")])
    assert [e.cls for e in res.entities.values()] == ["Organization"]


@pytest.mark.parametrize("other", [
    nm("a1.txt", 80, "Ilha Varneira", "GPE", place_cue=True, in_quote=True),
])
def test_entities_foreign_spelling_of_a_disputed_island_is_one_territory(other: NameMention) -> None:
    """"Isla Varnera" and, in a Portuguese quote, "Ilha Varneira": one island in two spellings."""
    res = resolve_entities([nm("a1.txt", 0, "Isla Varnera", "TERRITORY", "Isla Varnera"), other])
    assert [(e.name, e.cls) for e in res.entities.values()] == [("Isla Varnera", "Territory")]


@pytest.mark.parametrize("territory, other", [
    ("Pontón de Varnek", nm("a1.txt", 80, "Pontão de Varnek", "FAC", in_quote=True)),
    ("Punta Varnecón", nm("a1.txt", 80, "Punta Varnecão", "GPE", place_cue=True)),
])
def test_entities_sister_language_spelling_of_a_territory_is_one_territory(territory: str,
                                                                          other: NameMention) -> None:
    """"Pontón de X" and, in a Portuguese quote, "Pontão de X": one territory when a single word differs."""
    res = resolve_entities([nm("a1.txt", 0, territory, "TERRITORY", territory), other])
    assert [(e.name, e.cls) for e in res.entities.values()] == [(territory, "Territory")]


@pytest.mark.parametrize("territory, other", [
    ("Santa Varna", "Santa Verna"),
    ("San Tolsa", "San Tolma"),
    ("Pontón de Varnek", "Pontão de Tolsek"),
])
def test_entities_similar_names_of_other_places_stay_apart(territory: str, other: str) -> None:
    """Names that differ by more than a sister language's spelling of one word are two places."""
    res = resolve_entities([nm("a1.txt", 0, territory, "TERRITORY", territory),
                            nm("a1.txt", 80, other, "GPE", place_cue=True)])
    assert len(res.entities) == 2


# --------------------------------------------------------------------------- styles of one ministry

@pytest.mark.parametrize("first, second", [
    ("Portuguese Foreign Ministry", "Portugal's Ministry of Foreign Affairs"),
    ("Kenya's Defence Ministry", "Ministry of Defense of Kenya"),
    ("Chilean Ministry for Foreign Affairs", "Chile's Foreign Ministry"),
])
def test_entities_ministry_styles_of_one_country_are_one_body(first: str, second: str) -> None:
    """"X's Foreign Ministry" and "X's Ministry of Foreign Affairs": the AP style and the formal name of one body."""
    a, b = nm("a1.txt", 10, first, "ORG"), nm("a1.txt", 300, second, "ORG")
    res = resolve_entities([a, b])
    assert key_of(res, a) == key_of(res, b)


@pytest.mark.parametrize("first, second", [
    ("Portuguese Foreign Ministry", "Portuguese Interior Ministry"),
    ("Kenyan Foreign Ministry", "Ugandan Foreign Ministry"),
    ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs and Trade"),
])
def test_entities_ministries_of_other_portfolios_or_countries_stay_apart(first: str, second: str) -> None:
    a, b = nm("a1.txt", 10, first, "ORG"), nm("a1.txt", 300, second, "ORG")
    res = resolve_entities([a, b])
    assert key_of(res, a) != key_of(res, b)


@pytest.mark.parametrize("outlet, short", [("The Free Varnay Courier", "Varnay Courier")])
def test_entities_outlet_last_words_join_the_masthead_name(outlet: str, short: str) -> None:
    """"told the Varnay Courier" in "The Free Varnay Courier": the short title is the outlet, named in full."""
    masthead = NameMention(Mention("a1.txt", 0, 0, outlet, "ORG"), outlet=True)
    told, footer = nm("a1.txt", 120, short, "FAC"), nm("a1.txt", 900, short, "ORG")
    res = resolve_entities([told, footer, masthead])
    key = key_of(res, told)
    assert res.entities[key].name == outlet and short in res.entities[key].aliases
    assert res.resolve(Mention("a1.txt", 0, 0, outlet, "ORG")) == key


@pytest.mark.parametrize("name", ["Kelby United", "Dornvik FC", "Marsholm Petroleum", "Tovik Energy", "Brenna Yards"])
def test_entities_club_and_trade_tails_make_an_organization(name: str) -> None:
    res = resolve_entities([nm("a1.txt", 10, name, "PERSON")])
    assert by_name(res)[name].cls == "Organization"


@pytest.mark.parametrize("long", ["Selmar Yards", "Selmar Petroleum"])
def test_entities_firm_first_word_joins_its_trade_name(long: str) -> None:
    full, short = nm("a1.txt", 10, long, "ORG"), nm("a1.txt", 90, "Selmar", "ORG")
    res = resolve_entities([full, short])
    assert key_of(res, short) == key_of(res, full)


def test_entities_firm_first_word_joins_the_full_name_of_its_own_article() -> None:
    a1 = [nm("a1.txt", 10, "Selmar Yards", "ORG"), nm("a1.txt", 90, "Selmar", "ORG")]
    a2 = [nm("a2.txt", 10, "Selmar Group", "ORG"), nm("a2.txt", 90, "Selmar", "ORG")]
    res = resolve_entities(a1 + a2)
    assert key_of(res, a1[1]) == key_of(res, a1[0]) and key_of(res, a2[1]) == key_of(res, a2[0])


@pytest.mark.parametrize("name", ["Synod of Varnay and the Tolsa Islands"])
def test_entities_head_before_of_decides_a_place_word_at_the_end(name: str) -> None:
    """"<Head> of <Place>": the head before "of" names the kind, not the complement's last word ("Islands")."""
    res = resolve_entities([nm("a1.txt", 10, name, "ORG")])
    assert by_name(res)[name].cls == "Organization"


@pytest.mark.parametrize("name", ["Kelby Rovers", "Varnek Athletic", "Dornvik Wanderers", "Tolsby Albion"])
def test_entities_football_club_tails_make_an_organization(name: str) -> None:
    res = resolve_entities([nm("a1.txt", 10, name, "PERSON")])
    assert by_name(res)[name].cls == "Organization"


@pytest.mark.parametrize("name", ["Varnekians", "Tolsbeans"])
def test_entities_plural_demonym_is_no_person(name: str) -> None:
    assert person_shaped(name) is False
    res = resolve_entities([nm("a1.txt", 10, name, "PERSON")])
    assert all(e.cls != "Person" for e in res.entities.values())


@pytest.mark.parametrize("name", ["Historic Varnland", "Visit Tolsby"])
def test_entities_remit_and_place_agency_is_an_organization(name: str) -> None:
    """"Historic Scotland"-style bodies read as a person: a remit word before a place names an agency."""
    res = resolve_entities([nm("a1.txt", 10, name, "PERSON"), nm("a1.txt", 90, name, "ORG")])
    assert by_name(res)[name].cls == "Organization"


@pytest.mark.parametrize("name", ["Shadow", "Acting", "Varnland's Minister of Fisheries"])
def test_entities_ensure_makes_no_body_of_a_title_word_or_an_office(name: str) -> None:
    """"Shadow home secretary X": the word before the title names no body of its own."""
    res = resolve_entities([nm("a1.txt", 0, "Anna Berg")])
    assert res.ensure(Mention("a1.txt", 0, 0, name, "ORG"), "Organization") is None



# --------------------------------------------------------------------------- Malay patronymics

@pytest.mark.parametrize("full, short", [
    ("Petar Lindo bin Kassam", "Petar Lindo"),
    ("Anika binti Rosli", "Anika"),
    ("Joven Sabang anak Menggi", "Joven Sabang"),
])
def test_entities_patronymic_short_form_joins_the_full_name(full: str, short: str) -> None:
    mentions = [nm("a1.txt", 5, full, title_before=True), nm("a1.txt", 200, short)]
    res = resolve_entities(mentions)
    assert [e.name for e in res.entities.values()] == [full]


def test_entities_patronymic_short_form_of_two_full_names_stays_apart() -> None:
    mentions = [nm("a1.txt", 5, "Petar Lindo bin Kassam", title_before=True),
                nm("a1.txt", 90, "Petar Lindo bin Osman", title_before=True), nm("a1.txt", 200, "Petar Lindo")]
    res = resolve_entities(mentions)
    assert len(res.entities) == 3


# --------------------------------------------------------------------------- a given name that is a body word

@pytest.mark.parametrize("given, body", [("Duma", "State Duma"), ("Senate", "Ruritanian Senate")])
def test_entities_titled_person_whose_given_name_is_a_body_word_stays_a_person(given: str, body: str) -> None:
    """"President Duma Varnek": a titled two-word name keeps its person, whatever its first word heads elsewhere."""
    full = f"{given} Varnek"
    mentions = [nm("a1.txt", 5, full, title_before=True), nm("a1.txt", 120, body, "ORG"),
                nm("a1.txt", 200, "Varnek", "GPE", speaks=True)]
    res = resolve_entities(mentions)
    assert by_name(res)[full].cls == "Person" and "Varnek" in by_name(res)[full].aliases

