"""graph.mentions: surface cleaning (no model) and name mentions from spaCy (model)."""
from __future__ import annotations

import pytest

from graph.mentions import clean_surface, extract_mentions
from graph.models import Article


@pytest.mark.parametrize("surface, clean", [
    ("Anna Berg’s", "Anna Berg"),
    ("Anna Berg's", "Anna Berg"),
    ("[Anna] Berg", "Anna Berg"),
    ("(Anna Berg)", "Anna Berg"),
    ("Anna Berg)", "Anna Berg"),
    ("“Anna Berg”", "Anna Berg"),
    ("the Daily Planet", "Daily Planet"),
    ("The Daily Planet’s", "Daily Planet"),
    ("Mr Lind", "Lind"),
    ("Mr. Lind", "Lind"),
    ("Mr.Lind", "Lind"),
    ("Dr. Lena Novak", "Lena Novak"),
    ("President Tomas Lind", "Tomas Lind"),
    ("Minister Tomas Lind", "Tomas Lind"),
    pytest.param("Foreign Minister Tomas Lind", "Tomas Lind"),
    pytest.param("Prime Minister Tomas Lind", "Tomas Lind"),
    ("Anna Berg,", "Anna Berg"),
    ("Anna Berg of", "Anna Berg"),
    ("Anna-Maria Berg", "Anna-Maria Berg"),
    ("President", "President"),  # a title alone is left alone
    ("", ""),
    pytest.param("Jonas Lind’", "Jonas Lind", id="trailing-apostrophe"),
    pytest.param("Klaus’", "Klaus"),
    pytest.param("Tomas Lind’", "Tomas Lind"),
    pytest.param("Jonas’", "Jonas"),
])
def test_mentions_clean_surface(surface: str, clean: str) -> None:
    assert clean_surface(surface, person=True) == clean


@pytest.mark.parametrize("surface,clean", [
    ("General Motors", "General Motors"),
    ("Foreign Ministry", "Foreign Ministry"),
    ("Mr Lind", "Lind"),
    ("MSG", "MSG"),  # an acronym starting with an honorific's letters is no "Ms G"
    ("The DRC's", "DRC"),
    ("Mr.Lind", "Lind"),
])
def test_mentions_clean_surface_keeps_titles_of_non_persons(surface: str, clean: str) -> None:
    assert clean_surface(surface) == clean


# --------------------------------------------------------------------------- with the model

def mentions_of(nlp, text: str):
    art = Article(id="t.txt", path="", raw=text, text=text)
    return list(extract_mentions(nlp(text), art))


def texts(nms) -> list[str]:
    return [nm.mention.text for nm in nms]


@pytest.mark.model
@pytest.mark.parametrize("text, demonym", [
    ("Japanese officials met Anna Berg in Strelsau on Monday.", "Japanese"),
    ("Ordinary Germans were surprised by the vote, Anna Berg said.", "Germans"),
    ("The Kazakh delegation left early, Tomas Lind said.", "Kazakh"),
    ("Tomas Lind met French diplomats in Strelsau.", "French"),
])
def test_mentions_demonyms_give_no_mention(nlp, text: str, demonym: str) -> None:
    found = texts(mentions_of(nlp, text))
    assert demonym not in found and not any(demonym in t for t in found)
    assert any(t in found for t in ("Anna Berg", "Tomas Lind"))


@pytest.mark.model
@pytest.mark.parametrize("text", ["Anna Berg’s speech in Strelsau was short.",
                                  "Anna Berg's speech in Strelsau was short."])
def test_mentions_possessive_is_cut_from_the_name(nlp, text: str) -> None:
    first = mentions_of(nlp, text)[0].mention
    assert (first.text, first.label, first.start) == ("Anna Berg", "PERSON", 0)
    assert text[first.start:first.end].startswith("Anna Berg")


@pytest.mark.model
def test_mentions_bracketed_first_name_joins_the_surname(nlp) -> None:
    text = "[Anna] Berg said the talks had failed."
    m = mentions_of(nlp, text)[0].mention
    assert m.text == "Anna Berg"
    assert text[m.start:m.end] == "[Anna] Berg"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Mr Lind said the talks had failed.", "Lind"),
    ("Mr. Lind said the talks had failed.", "Lind"),
    ("President Tomas Lind said the talks had failed.", "Tomas Lind"),
])
def test_mentions_title_is_evidence_not_name(nlp, text: str, name: str) -> None:
    nm = mentions_of(nlp, text)[0]
    assert nm.mention.text == name
    assert nm.title_before and nm.speaks
    assert text[nm.mention.start:nm.mention.end] == name


@pytest.mark.model
def test_mentions_appositive_noun_is_recorded(nlp) -> None:
    nm = mentions_of(nlp, "Tomas Lind, a baker, said the bread was late.")[0]
    assert nm.mention.text == "Tomas Lind" and nm.appositive_noun


@pytest.mark.model
@pytest.mark.parametrize("text, surface, canonical", [
    ("Russia’s foreign ministry said the talks had failed.", "Russia", "Russia"),
    ("Anna Berg flew to Britain on Monday.", "Britain", "United Kingdom"),
])
def test_mentions_gazetteer_names_carry_their_canonical_id(nlp, text: str, surface: str, canonical: str) -> None:
    found = {nm.mention.text: nm.mention for nm in mentions_of(nlp, text)}
    assert found[surface].kb_id == canonical
    assert found[surface].label == "COUNTRY"


@pytest.mark.model
def test_mentions_offsets_point_into_the_text(nlp) -> None:
    text = "Anna Berg met Tomas Lind in Strelsau. Lind told the Daily Planet that the Berg Institute agreed."
    for nm in mentions_of(nlp, text):
        m = nm.mention
        assert 0 <= m.start < m.end <= len(text)
        assert clean_surface(text[m.start:m.end]) == m.text


@pytest.mark.model
@pytest.mark.parametrize("text, name, label", [
    ("The Ministry of Harbours and Coastal Cooperation warned on Monday.", "Ministry of Harbours and Coastal Cooperation", "ORG"),
    ("The Strelsau Nursing and Midwifery Federation said nurses were tired.", "Strelsau Nursing and Midwifery Federation", "ORG"),
    ("The Greek Foreign Ministry said it would respond.", "Greek Foreign Ministry", "ORG"),
])
def test_mentions_org_names_split_by_the_tagger_are_rejoined(nlp, text: str, name: str, label: str) -> None:
    from graph.mentions import extract_mentions
    from graph.models import Article

    names = [(m.mention.text, m.mention.label) for m in extract_mentions(nlp(text), Article("t.txt", "", text, text))]
    assert (name, label) in names


@pytest.mark.model
def test_mentions_two_complete_org_names_stay_apart(nlp) -> None:
    from graph.mentions import extract_mentions
    from graph.models import Article

    text = "Strelsau University and Harbour University signed a deal."
    names = {m.mention.text for m in extract_mentions(nlp(text), Article("t.txt", "", text, text))}
    assert "Strelsau University and Harbour University" not in names


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Deputy Prime Minister for Reconstruction Ilse Varga-Holm said on Tuesday that talks were over.", "Ilse Varga-Holm"),
    ("The regional envoy on Ruritania, Tomas Okafor-Lind, has just spoken to reporters.", "Tomas Okafor-Lind"),
])
def test_mentions_names_after_titles_and_portfolios(nlp, text: str, name: str) -> None:
    from graph.mentions import extract_mentions
    from graph.models import Article

    found = [m for m in extract_mentions(nlp(text), Article("t.txt", "", text, text)) if m.mention.text == name]
    assert found and found[0].title_before


@pytest.mark.model
@pytest.mark.parametrize("text, name, flag", [
    ("Harrowgate Capital, a fund, invested heavily.", "Harrowgate Capital", "org_cue"),
    ("Torvik, a town in northern Norway, flooded.", "Torvik", "place_cue"),
])
def test_mentions_appositives_give_type_evidence(nlp, text: str, name: str, flag: str) -> None:
    from graph.mentions import extract_mentions
    from graph.models import Article

    found = [m for m in extract_mentions(nlp(text), Article("t.txt", "", text, text)) if m.mention.text == name]
    assert found and getattr(found[0], flag)


# --------------------------------------------------------------------------- particles, places in names, bodies

def persons(nms) -> list[str]:
    return [nm.mention.text for nm in nms if nm.mention.label == "PERSON"]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Marta Vidal i Puig, a Catalan MEP, said the vote was final.", "Marta Vidal i Puig"),
    ("The deputy minister, Lucía Gómez de la Fuente, said the talks would resume.", "Lucía Gómez de la Fuente"),
    ("Former MEP Jorrit Van der Waals said the rules were unfair.", "Jorrit Van der Waals"),
])
def test_mentions_name_particles_stay_in_the_name(nlp, text: str, name: str) -> None:
    assert name in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("Sydney Okonkwo, a nurse at the clinic, said the ward was full.", "Sydney Okonkwo"),
    ("Regional MEP Montserrat Puigvert i Roca tabled a question.", "Montserrat Puigvert i Roca"),
])
def test_mentions_place_name_that_opens_a_person_name_is_a_given_name(nlp, text: str, person: str) -> None:
    nms = mentions_of(nlp, text)
    assert person in persons(nms)
    assert not [nm for nm in nms if nm.mention.kb_id in {"Sydney", "Montserrat"}]


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Flights to Sydney Airport resumed on Monday.", "Sydney"),
    ("Welcome to Brussels Briefing, our morning newsletter.", "Brussels"),
])
def test_mentions_place_before_other_words_stays_a_place(nlp, text: str, place: str) -> None:
    nms = mentions_of(nlp, text)
    assert not [p for p in persons(nms) if place in p]


@pytest.mark.model
@pytest.mark.parametrize("text, org", [
    ("She chairs the Nebraska Association of Grain Growers and Allied Traders, a farm lobby.",
     "Nebraska Association of Grain Growers and Allied Traders"),
    ("Lena Holt, a vice president of Orvex Healthcare Nevada, spoke first.", "Orvex Healthcare Nevada"),
])
def test_mentions_place_inside_a_body_name_joins_it(nlp, text: str, org: str) -> None:
    assert org in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, org", [
    ("In Lima, Peru's Foreign Ministry called the visit a provocation.", "Peruvian Foreign Ministry"),
    ("The Peruvian Foreign Ministry called the visit a provocation.", "Peruvian Foreign Ministry"),
])
def test_mentions_country_possessive_body_takes_the_adjective(nlp, text: str, org: str) -> None:
    assert org in texts(mentions_of(nlp, text))


@pytest.mark.parametrize("surface, name", [
    ("Syria's Foreign Ministry", "Syrian Foreign Ministry"),
    ("Japan’s Defence Ministry", "Japanese Defence Ministry"),
    ("Strelsau's Foreign Ministry", "Strelsau's Foreign Ministry"),   # no country: unchanged
    ("Anna's Bakery", "Anna's Bakery"),                               # no state body: unchanged
])
def test_mentions_adjectival_body(surface: str, name: str) -> None:
    from graph.gazetteer import load_gazetteer
    from graph.mentions import _adjectival_body

    assert _adjectival_body(surface, load_gazetteer()) == name


@pytest.mark.model
@pytest.mark.parametrize("label, text, misread", [
    ("DATE", "Pieter-Jan Van der Waals", True),
    ("DATE", "Easter Monday", False),
    ("DATE", "March 2021", False),
    ("CARDINAL", "Two", True),
])
def test_mentions_misread_name(nlp, label: str, text: str, misread: bool) -> None:
    from spacy.tokens import Span

    from graph.mentions import _misread_name

    doc = nlp.make_doc(text)
    assert _misread_name(Span(doc, 0, len(doc), label=label)) is misread


@pytest.mark.model
@pytest.mark.parametrize("text, org", [
    ("The loan came from the Ohio Regional Transit Authority last year.", "Ohio Regional Transit Authority"),
    ("Peru's Ministry of Foreign Affairs and Trade warned of a response.", "Peru's Ministry of Foreign Affairs and Trade"),
])
def test_mentions_body_names_keep_their_own_words(nlp, text: str, org: str) -> None:
    assert org in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'Outside the bakery, Konstantin "Kostya" Orlov and his wife, Vera Orlova, sold bread.',
    'Across the road, Konstantin "Kostya" Orlov said the new road was too loud.',
])
def test_mentions_quoted_nickname_stays_in_the_name(nlp, text: str) -> None:
    assert "Konstantin Kostya Orlov" in persons(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Thousands rallied in Tokyo’s Nakamura Ward on Friday.", "Nakamura Ward"),
    ("The clinic will open in Dorrance Township next year.", "Dorrance Township"),
])
def test_mentions_unlabelled_district_is_a_place(nlp, text: str, place: str) -> None:
    from graph.entities import resolve_entities

    res = resolve_entities(mentions_of(nlp, text))
    assert [e.cls for e in res.entities.values() if e.name == place] == ["Place"]


@pytest.mark.model
@pytest.mark.parametrize("text, org", [
    ("In a statement, the Peruvian Prime Minister's Office thanked the envoy.", "Peruvian Prime Minister's Office"),
    ("The Governor’s Office declined to comment.", "Governor’s Office"),
])
def test_mentions_office_of_a_title_is_an_organization(nlp, text: str, org: str) -> None:
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == org]
    assert nms and nms[0].mention.label == "ORG"


@pytest.mark.model
def test_mentions_office_needs_a_title(nlp) -> None:
    assert not [nm for nm in mentions_of(nlp, "We met at Anna Berg's Office on Monday.")
                if nm.mention.text.endswith("Office")]


# --------------------------------------------------------------------------- credits, acronyms, cues

@pytest.mark.parametrize("credits, persons, orgs", [
    (("Lena Novak/Reuters",), ["Lena Novak"], ["Reuters"]),
    (("Piet Jansen/AFP/Getty Images",), ["Piet Jansen"], ["AFP", "Getty Images"]),
    (("Tomas Lind | Staff Photographer",), ["Tomas Lind"], []),
    (("AP Photo/Anna Berg",), ["Anna Berg"], ["Associated Press"]),
    (("Anna Berg/Strelsau.example",), ["Anna Berg"], ["Strelsau.example"]),
])
def test_mentions_photo_credits_name_photographers_and_agencies(credits, persons, orgs) -> None:
    art = Article(id="t.txt", path="", raw="Text.", text="Text.", photo_credits=credits)
    nms = list(extract_mentions(_Empty(), art))
    assert sorted(nm.mention.text for nm in nms if nm.mention.label == "PERSON") == persons
    assert sorted(nm.mention.kb_id or nm.mention.text for nm in nms if nm.mention.label == "ORG") == orgs
    assert all(nm.mention.start == nm.mention.end for nm in nms)  # in no sentence: never a speaker


class _Empty:
    """A Doc stand-in with no tokens and no entities (credits need no model)."""

    text = ""
    ents = ()

    def __len__(self) -> int:
        return 0

    def __iter__(self):
        return iter(())

    def __getitem__(self, i):
        raise IndexError(i)


@pytest.mark.model
def test_mentions_hyphen_particle_keeps_the_name_whole(nlp) -> None:
    nms = mentions_of(nlp, "Chief Minister Rafiq-ud-Din Qadri said the talks would go on.")
    assert "Rafiq-ud-Din Qadri" in texts(nms)
    assert not {"Rafiq", "Din Qadri"} & set(texts(nms))


@pytest.mark.model
def test_mentions_acronym_in_brackets_keeps_the_article_of_the_name(nlp) -> None:
    nms = mentions_of(nlp, "Jon Varga, the leader of the opposition A Movement for National Progress (AMNP), said no.")
    assert "A Movement for National Progress" in texts(nms)


@pytest.mark.model
def test_mentions_numbered_unit_is_a_name(nlp) -> None:
    nms = mentions_of(nlp, "Jon Varga, a former commander of the Strelsau-based 9 Corps, said the road mattered.")
    found = {nm.mention.text: nm for nm in nms}
    assert "9 Corps" in found
    assert found["Strelsau"].place_cue


@pytest.mark.model
def test_mentions_based_compound_marks_a_firm(nlp) -> None:
    nms = mentions_of(nlp, "According to Mira Kalnins, an analyst at Strelsau-based Velmora Genuity, prices fell.")
    found = {nm.mention.text: nm for nm in nms}
    assert found["Velmora Genuity"].org_cue and found["Velmora Genuity"].mention.label == "ORG"


@pytest.mark.model
def test_mentions_appositive_stops_at_the_verb(nlp) -> None:
    nms = mentions_of(nlp, "She came with her husband, retired firefighter Jon Varga, said the city had waited.")
    assert not any(nm.place_cue for nm in nms if nm.mention.text == "Jon Varga")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The weekly flight from Strelsau lands at Mount Varnak.", "Mount Varnak"),
    ("The expansion will take the existing Kestrel mine to a depth of 2,400 metres.", "Kestrel mine"),
])
def test_mentions_missed_sites_and_landforms_are_places(nlp, text: str, name: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert name in found and (found[name].place_cue or found[name].mention.label in {"LOC", "GPE", "FAC"})


@pytest.mark.model
def test_mentions_outlet_before_a_media_noun(nlp) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, "he told the Zorvak television channel on Thursday.")}
    assert found["Zorvak"].org_cue and found["Zorvak"].mention.label == "ORG"


# --------------------------------------------------------------------------- credits, datelines, acronyms

def credit_mentions(nlp, credit: str):
    text = "Officials met on Monday."
    art = Article(id="t.txt", path="", raw=text, text=text, photo_credits=(credit,))
    return [nm for nm in extract_mentions(nlp(text), art) if nm.mention.start == nm.mention.end]


@pytest.mark.model
@pytest.mark.parametrize("credit, person, orgs", [
    ("Tove Lindqvist/Nordpix Foto/bildhaus", "Tove Lindqvist", {"Nordpix Foto", "bildhaus"}),
    ("REUTERS/Tove Lindqvist/File Photo", "Tove Lindqvist", {"Reuters"}),
    ("PETER McBRIDE", "Peter McBride", set()),
])
def test_mentions_credit_chain_gives_one_photographer_then_agencies(nlp, credit: str, person: str,
                                                                    orgs: set[str]) -> None:
    nms = credit_mentions(nlp, credit)
    assert persons(nms) == [person]
    assert {nm.mention.kb_id or nm.mention.text for nm in nms if nm.mention.label == "ORG"} == orgs


@pytest.mark.model
def test_mentions_dateline_of_several_cities_gives_each_place(nlp) -> None:
    nms = mentions_of(nlp, "BERLIN/WARSAW (Reuters) - Officials met on Monday to discuss the pipeline.")
    assert [(nm.mention.text, nm.mention.label) for nm in nms[:2]] == [("Berlin", "PLACE"), ("Warsaw", "PLACE")]
    assert nms[1].mention.start == len("BERLIN/")


@pytest.mark.model
def test_mentions_bracketed_acronym_records_its_long_name(nlp) -> None:
    nms = mentions_of(nlp, "The Island Councils Conference (ICC) met in Oslo. The ICC said the talks had failed.")
    icc = [nm for nm in nms if nm.mention.text == "ICC"]
    assert len(icc) == 2 and all(nm.acronym_of == "Island Councils Conference" for nm in icc)


# --------------------------------------------------------------------------- type cues

def flagged(nlp, text: str, name: str, flag: str) -> bool:
    found = [nm for nm in mentions_of(nlp, text) if nm.mention.text == name]
    return bool(found) and getattr(found[0], flag)


@pytest.mark.model
@pytest.mark.parametrize("text, name, flag", [
    ("Tom Reid, who grew up in Aberlady, spoke first.", "Aberlady", "place_cue"),
    ("The headquarters is based in Dunvorran, officials said.", "Dunvorran", "place_cue"),
    ("The talks were held in Vornholm and in Dastrup last week.", "Dastrup", "locative"),
    ("Port Arlen is a fishing village in the north of the county.", "Port Arlen", "place_cue"),
    ("At the Lundu settlement near the border, families queued for water.", "Lundu", "place_cue"),
    ("Members of the nationalist Tavaka party marched through the capital.", "Tavaka", "org_cue"),
    ("(Reporting by Tove Lindqvist in Oslo; Editing by Sam Orrell)", "Sam Orrell", "title_before"),
    ("A letter written by Ndum Efa Ashu, who calls himself a general, was read out.", "Ndum Efa Ashu",
     "appositive_title"),
    ("Dana Holt, the ministry's spokeswoman, declined to comment.", "Dana Holt", "appositive_title"),
])
def test_mentions_context_gives_type_evidence(nlp, text: str, name: str, flag: str) -> None:
    assert flagged(nlp, text, name, flag)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("She has a large stake in Dunvorran and wants more.", "Dunvorran"),
    ("A report written by Ndum Efa Ashu was read out.", "Ndum Efa Ashu"),
])
def test_mentions_context_without_a_place_or_person_slot_gives_no_evidence(nlp, text: str, name: str) -> None:
    assert not flagged(nlp, text, name, "place_cue") and not flagged(nlp, text, name, "title_before")


@pytest.mark.model
def test_mentions_place_slot_needs_no_possessive(nlp) -> None:
    assert not flagged(nlp, "Trust in Dunvorran's council has fallen.", "Dunvorran", "locative")


# --------------------------------------------------------------------------- names rebuilt around the NER

@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Fishermen in East Iceland protested on Monday.", "East Iceland"),
    ("She represents Queensland North in the state assembly.", "Queensland North"),
])
def test_mentions_compass_word_makes_a_place_of_a_known_place(nlp, text: str, place: str) -> None:
    nms = mentions_of(nlp, text)
    assert place in texts(nms)
    assert not [nm for nm in nms if nm.mention.kb_id in {"Iceland", "Queensland"}]


@pytest.mark.model
@pytest.mark.parametrize("text, org", [
    ("Aroha Ngata, chairwoman of Te Kaunihera o Waipori, said the plan was sound.", "Te Kaunihera o Waipori"),
    ("He is a member of the Kosovo Democratic Labour Party and a lawyer.", "Kosovo Democratic Labour Party"),
])
def test_mentions_body_name_is_joined_over_particles_and_listed_parts(nlp, text: str, org: str) -> None:
    assert org in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("org, second", [("Roading Agency", "Ara Tika"), ("Harbour Board", "Poari Tauranga")])
def test_mentions_organisation_keeps_a_second_name_read_as_a_person(nlp, org: str, second: str) -> None:
    from spacy.tokens import Span

    text = f"The council applied to {org} {second} for a grant."
    doc = nlp(text)
    doc.ents = [Span(doc, 4, 6, label="ORG"), Span(doc, 6, 8, label="PERSON")]
    nms = list(extract_mentions(doc, Article("t.txt", "", text, text)))
    assert texts(nms) == [f"{org} {second}"] and not persons(nms)


@pytest.mark.model
def test_mentions_person_after_an_organisation_word_is_not_widened_over_it(nlp) -> None:
    assert "Highways Agency Ara Tika" not in texts(mentions_of(
        nlp, "The council applied to Highways Agency Ara Tika for a grant."))


@pytest.mark.model
@pytest.mark.parametrize("text, shared, kept", [
    ("Retired teachers Tom and Greta Haldane sat in the public gallery.", "Tom Haldane", "Greta Haldane"),
    ("The couple, Lena and Piet Vos, sat in the public gallery.", None, "Piet Vos"),
    ("The two leaders Marov and Li Wen met in Geneva on Monday.", None, "Li Wen"),
])
def test_mentions_given_name_shares_the_surname_of_its_couple(nlp, text: str, shared: str | None, kept: str) -> None:
    names = persons(mentions_of(nlp, text))
    assert kept in names
    if shared:
        assert shared in names
    else:
        assert not [n for n in names if n != kept and n.endswith(kept.split()[-1])]


# --------------------------------------------------------------------------- places, territories, bodies

def mention(nms, text: str):
    return next((nm for nm in nms if nm.mention.text == text), None)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Ruritania has never accepted Freedonian sovereignty over Kestrel Island, officials said.", "Kestrel Island"),
    ("Neither country recognises Ruritania's title to the Marrow Cayes, the minister said.", "Marrow Cayes"),
])
def test_mentions_sovereignty_object_gives_a_territory_cue(nlp, text: str, name: str) -> None:
    nm = mention(mentions_of(nlp, text), name)
    # the unlisted_territories component may already label the held name TERRITORY
    assert nm is not None and (nm.territory_cue or nm.mention.label == "TERRITORY")


@pytest.mark.model
def test_mentions_place_without_sovereignty_at_stake_has_no_territory_cue(nlp) -> None:
    nm = mention(mentions_of(nlp, "The ferry to Kestrel Island left late on Monday, officials said."),
                 "Kestrel Island")
    assert nm is not None and not nm.territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Freedonia disputes the Marrow Cayes, a chain of small islands off its southern coast.", "Marrow Cayes"),
    ("The new clinic lies about 30 kilometres from Vellaston, the mayor said.", "Vellaston"),
    ("The road will link the towns of Strelsau and Melk Gorda by next year.", "Melk Gorda"),
])
def test_mentions_place_cues_from_context(nlp, text: str, name: str) -> None:
    nm = mention(mentions_of(nlp, text), name)
    assert nm is not None and nm.place_cue and not nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name, label", [
    ("Ana Pell and her husband live in Chile Creek, a hamlet near the border.", "Chile Creek", "GPE"),
    ("Speaking on Norway TV, the minister said the talks would go on.", "Norway TV", "ORG"),
    ("Peru Coast Guard officers boarded the trawler on Monday.", "Peru Coast Guard", "ORG"),
    ("She is a member of the Ontario Farmers' Union, which backed the plan.", "Ontario Farmers' Union", "ORG"),
])
def test_mentions_known_place_inside_a_longer_name(nlp, text: str, name: str, label: str) -> None:
    nm = mention(mentions_of(nlp, text), name)
    assert nm is not None, texts(mentions_of(nlp, text))
    assert nm.mention.label == label and not nm.mention.kb_id


@pytest.mark.model
def test_mentions_owner_body_and_its_department_are_two_bodies(nlp) -> None:
    text = "Lena Novak, a fellow at the Strelsau National University's Department of Baltic Affairs, said so."
    got = texts(mentions_of(nlp, text))
    assert "Strelsau National University" in got
    assert "Department of Baltic Affairs" in got


@pytest.mark.model
def test_mentions_abbreviated_given_name_opens_the_name(nlp) -> None:
    nms = mentions_of(nlp, "Ministry spokesperson Ma. Lourdes Abuel added that the talks would resume.")
    nm = mention(nms, "Ma. Lourdes Abuel")
    assert nm is not None, texts(nms)
    assert nm.mention.label == "PERSON" and nm.title_before


@pytest.mark.model
def test_mentions_party_before_a_member_title_is_an_organisation(nlp) -> None:
    nms = mentions_of(nlp, "Jonas Pell, a Kovani Pati MP for the coastal seat, voted against the bill.")
    nm = mention(nms, "Kovani Pati")
    assert nm is not None, texts(nms)
    assert nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
def test_mentions_couple_shares_the_surname_before_married(nlp) -> None:
    nms = mentions_of(nlp, "Among the guests were Henk and Marta Olsen, married for 30 years, who farm nearby.")
    assert "Henk Olsen" in texts(nms)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("\"That is a question for Helsinki and Tarvoni to settle first,\" she said.", "Tarvoni"),
    ("\"It is for Oslo and Kestava to decide,\" he said.", "Kestava"),
])
def test_mentions_name_coordinated_with_a_known_city_is_a_place(nlp, text: str, name: str) -> None:
    nms = mentions_of(nlp, text)
    nm = mention(nms, name)
    assert nm is not None, texts(nms)
    assert nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The President of the Autonomous Ruritania Government, Anna Berg, spoke on Monday.",
     "Autonomous Ruritania Government"),
])
def test_mentions_body_name_around_a_known_place(nlp, text: str, name: str) -> None:
    assert name in texts(mentions_of(nlp, text))


# --------------------------------------------------------------------------- parties, counties, places in a person's slot

@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Green Left councillor Tove Lindqvist voted against the motion on Tuesday.", "Green Left"),
    ("Ana Pell, a Kovani Pati TD for Strelsau, wrote to the minister.", "Kovani Pati"),
])
def test_mentions_party_before_a_member_title_and_name_is_an_organisation(nlp, text: str, name: str) -> None:
    nms = mentions_of(nlp, text)
    nm = mention(nms, name)
    assert nm is not None, texts(nms)
    assert nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("On Friday Dunmarra Mayor Tove Lindqvist laid a wreath at the harbour.", "Dunmarra"),
    ("The ferry calls at Pellon, which is Dunmarra's main town, twice a day.", "Dunmarra"),
    ("Every summer walkers heading for Slieve Carran crowd the village.", "Slieve Carran"),
])
def test_mentions_place_slot_cue(nlp, text: str, name: str) -> None:
    nms = mentions_of(nlp, text)
    nm = mention(nms, name)
    assert nm is not None, texts(nms)
    assert nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The farm lies in Co Kerrow, far from the sea.", "Co Kerrow"),
    ("Ana Pell grew up in Co. Antrim before moving abroad.", "Co. Antrim"),
])
def test_mentions_county_abbreviation_makes_a_place(nlp, text: str, name: str) -> None:
    nms = mentions_of(nlp, text)
    nm = mention(nms, name)
    assert nm is not None, texts(nms)
    assert nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
def test_mentions_kin_appositive_is_a_person(nlp) -> None:
    nms = mentions_of(nlp, "Ana Pell lives above the shop with her husband, Liam.")
    nm = mention(nms, "Liam")
    assert nm is not None, texts(nms)
    assert nm.mention.label == "PERSON" and nm.title_before


@pytest.mark.model
def test_mentions_norp_place_after_a_preposition(nlp) -> None:
    nms = mentions_of(nlp, "Irene Voss, an MP for the Dodecanese, spoke first.")
    nm = mention(nms, "Dodecanese")
    assert nm is not None, texts(nms)
    assert nm.mention.label == "GPE"


@pytest.mark.model
def test_mentions_generic_chamber_is_no_name(nlp) -> None:
    nms = mentions_of(nlp, "Tomas Lind told a Lower House committee that the budget was too small.")
    assert "Lower House" not in texts(nms)


@pytest.mark.model
def test_mentions_place_inside_a_person_name(nlp) -> None:
    nms = mentions_of(nlp, "\"The roads are bad,\" said Omar Aden Farah, a bus driver.")
    nm = mention(nms, "Omar Aden Farah")
    assert nm is not None, texts(nms)
    assert nm.mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The Norwegian foreign ministry said the talks would resume.", "Norwegian Foreign Ministry"),
    ("Chile's defence ministry spokesman said nothing.", "Chilean Defence Ministry"),
])
def test_mentions_lowercase_ministry_of_a_country(nlp, text: str, name: str) -> None:
    nms = mentions_of(nlp, text)
    nm = mention(nms, name)
    assert nm is not None, texts(nms)
    assert nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
def test_mentions_lowercase_ministry_with_a_name_of_its_own_is_left_to_the_name(nlp) -> None:
    nms = mentions_of(nlp, "Norway's foreign ministry, known as Victoria Terrasse, summoned the envoy.")
    assert "Norwegian Foreign Ministry" not in texts(nms)


@pytest.mark.model
def test_mentions_lowercase_gazetteer_name_is_kept(nlp) -> None:
    nms = mentions_of(nlp, "Fighters of al Shabaab attacked the base near the river.")
    assert any(nm.mention.kb_id == "Al-Shabaab" for nm in nms), texts(nms)


def test_mentions_capital_credit_names_the_agency() -> None:
    from graph.mentions import _credit_names

    art = Article(id="t.txt", path="", raw="", text="", photo_credits=("COURTESY OF STRELSAU PORT / VIA KYODO",))
    got = {nm.mention.text: nm.mention.kb_id for nm in _credit_names(art)}
    assert got.get("KYODO") == "Kyodo News"
    assert not any(name.upper().startswith(("COURTESY", "OF ")) for name in got)


# --------------------------------------------------------------------------- structural name rules (heldout9 families)

@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("County Governor Kim Dae-won, whose office sits on the island, insisted nothing would change.", "Kim Dae-won"),
    ("Ferry operator Lee Ji-hoon told reporters the boat would sail on Monday.", "Lee Ji-hoon"),
])
def test_mentions_romanised_given_name_keeps_its_second_syllable(nlp, text: str, name: str) -> None:
    assert name in texts(mentions_of(nlp, text))


@pytest.mark.parametrize("hyphenated, joined", [
    ("Dae-won", True), ("Ji-hoon", True), ("Berg-led", False), ("Strelsau-based", False), ("Anna-Maria", False),
])
def test_mentions_romanised_syllable_shape(hyphenated: str, joined: bool) -> None:
    import spacy

    doc = spacy.blank("en")(f"Kim {hyphenated} spoke.")
    assert mentions_module()._romanised_given_name_at(doc, 2) is joined


def mentions_module():
    import graph.mentions as module

    return module


@pytest.mark.model
@pytest.mark.parametrize("text, host", [
    ("The row recalls the 2018 Strelsauberg Winter Olympics, when officials asked for a change.", "Strelsauberg"),
])
def test_mentions_olympic_games_name_their_host_city(nlp, text: str, host: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert host in found and found[host].place_cue and found[host].mention.label == "GPE"
    assert not any("Olympics" in t for t in found)


@pytest.mark.model
@pytest.mark.parametrize("text, seat, member, party", [
    ("Labor MP for Kestrelford Anna Marlow said the government had been warned.", "Kestrelford", "Anna Marlow",
     "Labor"),
])
def test_mentions_member_title_splits_party_seat_and_member(nlp, text: str, seat: str, member: str,
                                                            party: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert found[seat].mention.label == "GPE" and found[seat].place_cue
    assert found[member].mention.label == "PERSON" and found[member].title_before
    assert found[party].mention.label == "ORG" and found[party].party


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("Tomas Lind, who is a member of the ruling Strelsau Progressives, addressed the crowd.", "Strelsau Progressives"),
    ("Anna Marlow is a member of Les Ruritains and sits in the assembly.", "Les Ruritains"),
])
def test_mentions_member_of_names_a_body(nlp, text: str, body: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert body in found and found[body].mention.label == "ORG" and found[body].org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, owner", [
    ('"It was settled," said Prof. Anna Marlow of the University of Kestrelford\'s Faculty of Law.',
     "University of Kestrelford"),
])
def test_mentions_owner_university_before_its_faculty(nlp, text: str, owner: str) -> None:
    assert owner in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Anjouan lies in the Comoros archipelago, north-west of Madagascar.", "Comoros archipelago"),
])
def test_mentions_state_name_with_archipelago_is_a_place(nlp, text: str, place: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert place in found and found[place].mention.label == "GPE"


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Anna Marlow, chief executive of the Tourism Industry Council Queensland, said the season was busy.", "Queensland"),
])
def test_mentions_known_place_ending_a_body_name_is_named(nlp, text: str, place: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert place in found and found[place].mention.kb_id == place


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("In Kestrel Bay Al Hamra, an old fishing village in the north, the issue is less abstract.",
     "Kestrel Bay Al Hamra"),
])
def test_mentions_place_appositive_is_no_person_noun(nlp, text: str, place: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert place in found and not found[place].appositive_noun


@pytest.mark.parametrize("credit, name, kb", [
    ("Premium Times Services Limited", "Premium Times Services Limited", "Premium Times"),
    ("Strelsau Media Holdings", "Strelsau Media Holdings", ""),
])
def test_mentions_copyright_holder_is_an_organisation(credit: str, name: str, kb: str) -> None:
    art = Article(id="t.txt", path="", raw="Text.", text="Text.", copyright_holders=(credit,))
    found = {nm.mention.text: nm for nm in extract_mentions_credits(art)}
    assert found[name].mention.label == "ORG" and found[name].mention.kb_id == kb


def extract_mentions_credits(art: Article):
    from graph.mentions import _credit_names

    return list(_credit_names(art))


@pytest.mark.model
@pytest.mark.parametrize("text, word, flag", [
    ("Premier Anna Marlow has promoted Kestrelby MP Tomas Lind to cabinet.", "Kestrelby", "party"),
    ("Kestrel member of parliament Anna Marlow went further, calling it a mistake.", "Anna Marlow", "org_cue"),
])
def test_mentions_seat_before_member_title_and_member_of_parliament_are_no_party(nlp, text: str, word: str,
                                                                                 flag: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert not (word in found and getattr(found[word], flag))


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("“If they sit in the queue for hours, they turn around and go to the Marloon instead,” Anna Berg said.",
     "Marloon"),
])
def test_mentions_destination_of_go_is_a_place(nlp, text: str, place: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert place in found and found[place].place_cue


# --------------------------------------------------------------------------- names, titles and slots (more)

@pytest.mark.parametrize("surface, clean", [
    ("Tan Sri Amir Hamzah", "Amir Hamzah"),
    ("Datuk Seri Rahim", "Rahim"),
    ("Menteri Besar Amir Hamzah", "Amir Hamzah"),
    ("Tan Wei Jie", "Tan Wei Jie"),
])
def test_mentions_clean_surface_strips_multiword_titles(surface: str, clean: str) -> None:
    """Titles of several words go whole; their first word alone ("Tan", a surname) stays."""
    assert clean_surface(surface, person=True) == clean


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Nakuru Governor Peter Achieng' Otieno wants a new road built.", "Peter Achieng' Otieno"),
])
def test_mentions_final_apostrophe_stays_in_the_name(nlp, text: str, name: str) -> None:
    """A name word that ends in an apostrophe (not after s/x/z) is no possessive: the surname follows it."""
    assert name in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The bill was tabled by Akech Majok Thon, an independent lawmaker who sits for the region.", "Akech Majok Thon"),
])
def test_mentions_three_part_name_is_one_person(nlp, text: str, name: str) -> None:
    """A one-word guess of the NER right before its PERSON span is the given name of that person.

    The small model's split ("Akech" as a place, "Majok Thon" as a person) is set by hand, since it
    depends on the context the model sees.
    """
    from spacy.tokens import Span

    doc = nlp(text)
    first = next(t.i for t in doc if t.text == name.split()[0])
    doc.ents = [Span(doc, first, first + 1, label="GPE"), Span(doc, first + 1, first + 3, label="PERSON")]
    nms = list(extract_mentions(doc, Article(id="t.txt", path="", raw=text, text=text)))
    assert name in texts(nms)
    assert next(nm for nm in nms if nm.mention.text == name).mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, group", [
    ("The lawmaker sits for the displaced Ngati Rua community of the valley.", "Ngati Rua"),
])
def test_mentions_community_name_gives_no_person(nlp, text: str, group: str) -> None:
    assert not any(nm.mention.text == group and nm.mention.label == "PERSON" for nm in mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("She spoke at her flat in Tampines Utara, a framed photograph on the wall behind her.", "Tampines Utara"),
    ("He told assemblymen in Bandar Sentosa in Selangor on Tuesday that talks would resume.", "Bandar Sentosa"),
    ("She represents Westbrook and Harlow Falls, both in Grafton County, in the state senate.", "Westbrook"),
])
def test_mentions_place_slots_make_places(nlp, text: str, place: str) -> None:
    """A home "in X", "in X in <known place>" and "X and Y, both in Z" set X as a place."""
    nm = next(nm for nm in mentions_of(nlp, text) if nm.mention.text == place)
    assert nm.place_cue and nm.mention.label != "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, seat", [
    ("The lake feeds the county. Kilifi MP Anna Mwende (ODM) has tabled a motion.", "Kilifi"),
])
def test_mentions_seat_before_member_with_bracketed_party_is_a_place(nlp, text: str, seat: str) -> None:
    nm = next(nm for nm in mentions_of(nlp, text) if nm.mention.text == seat)
    assert nm.place_cue and nm.mention.label == "GPE" and not nm.party


@pytest.mark.model
@pytest.mark.parametrize("text, n, body", [
    ("Replying to Farmers' Party MP Anna Berg, who asked about the treaty, the minister was firm.", 5, "Farmers' Party"),
    ("Responding to Workers' Union leader Anna Berg, the minister was firm.", 5, "Workers' Union"),
])
def test_mentions_leading_participle_is_cut_from_a_body(nlp, text: str, n: int, body: str) -> None:
    """The NER may open a body's name with the sentence's participle and preposition: they go."""
    from spacy.tokens import Span

    from graph.mentions import _extend_org

    doc = nlp(text)
    assert _extend_org(doc, Span(doc, 0, n, label="ORG")).text == body


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    ("The minister told Parliament on Monday that the treaty stands.", True),
    ("Parliament voted on Monday to ratify the treaty.", False),
    ("The city will find out what a Parliament veto looks like.", False),
])
def test_mentions_lone_parliament_mid_sentence_is_a_body(nlp, text: str, found: bool) -> None:
    assert ("Parliament" in texts(mentions_of(nlp, text))) is found


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("Norway backs the claim, the Embassy of Norway in the Philippines said in a statement.",
     "Embassy of Norway in the Philippines"),
    ("Chile's Ministry of Foreign Affairs described the motion as unhelpful.", "Chile's Ministry of Foreign Affairs"),
])
def test_mentions_state_bodies_keep_their_country(nlp, text: str, body: str) -> None:
    """A mission named "Embassy of X in Y" is one body; a possessive country stays before "Ministry of"."""
    assert body in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The answer has been words, he said. – with reports from Anna Berg/Planet.com", "Anna Berg"),
])
def test_mentions_outlet_after_a_slash_is_cut_from_a_person(nlp, text: str, name: str) -> None:
    """The NER may read "Name/Outlet.com" as one person (set by hand here): the outlet is cut off."""
    from spacy.tokens import Span

    doc = nlp(text)
    first = next(t.i for t in doc if t.text == name.split()[0])
    last = next(t.i for t in doc if t.text.startswith(name.split()[-1]))
    end = next(t.i for t in doc if "Planet" in t.text) + 1
    doc.ents = [Span(doc, first, max(end, last + 1), label="PERSON")]
    nms = list(extract_mentions(doc, Article(id="t.txt", path="", raw=text, text=text)))
    assert name in texts(nms)


@pytest.mark.model
@pytest.mark.parametrize("text, name, label", [
    ("Supplies come from Westmoor's Oldmark district, across the valley.", "Oldmark district", "GPE"),
    ("She won the seat on a Reform ticket, and she kept it after the recount.", "Reform", "ORG"),
])
def test_mentions_names_the_ner_missed(nlp, text: str, name: str, label: str) -> None:
    found = [(m.mention.text, m.mention.label) for m in mentions_of(nlp, text)]
    assert (name, label) in found


@pytest.mark.model
def test_mentions_town_with_a_mayor_is_a_place_cue(nlp) -> None:
    text = "Tourists returned to Oldcastle this week, said Oldcastle's executive mayor, Anna Berg."
    cues = [m.place_cue for m in mentions_of(nlp, text) if m.mention.text == "Oldcastle"]
    assert cues and any(cues)


@pytest.mark.model
def test_mentions_coordinated_names_are_split(nlp) -> None:
    from spacy.tokens import Span

    from graph.mentions import _split_coordinated
    doc = nlp("The ferry ran between Alderton and Brackwell for years.")
    span = Span(doc, 4, 7, label="PERSON")
    parts = [(s.text, s.label_) for s in _split_coordinated(doc, [span])]
    assert parts == [("Alderton", "PERSON"), ("Brackwell", "PERSON")]


# --------------------------------------------------------------------------- sites, seats, beats and lists

def named_in(nms, text: str):
    return next(nm for nm in nms if nm.mention.text == text)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Pilgrims climbed to Prasat Kol Vena at dawn.", "Prasat Kol Vena"),
    ("Fog hid the Aldmoor Triangle on Monday.", "Aldmoor Triangle"),
    ("Fog hid Dunvale Head on Monday.", "Dunvale Head"),
])
def test_mentions_temple_and_landform_words_make_a_place(nlp, text: str, name: str) -> None:
    nm = named_in(mentions_of(nlp, text), name)
    assert nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
def test_mentions_sovereignty_cue_makes_a_place_of_a_person_shaped_name(nlp) -> None:
    nm = named_in(mentions_of(nlp, "Ruritania rejects any claim over Korvald or Ta Senrei."), "Korvald")
    assert nm.territory_cue and nm.mention.label == "GPE"  # nobody's sovereignty is over a person


@pytest.mark.model
def test_mentions_fronted_place_takes_no_appositive_of_the_subject(nlp) -> None:
    nm = named_in(mentions_of(nlp, "In Oldport, the town's mayor, Anna Berg, opened the fair."), "Oldport")
    assert not nm.appositive_title


@pytest.mark.model
def test_mentions_house_and_party_after_for_are_two_bodies(nlp) -> None:
    nms = mentions_of(nlp, "Karl Weber, a member of the National Assembly for the Ruritanian Union of Farmers "
                           "(RUF), spoke.")
    assert {"National Assembly", "Ruritanian Union of Farmers"} <= set(texts(nms))


@pytest.mark.model
@pytest.mark.parametrize("text, seat", [
    ("Anna Berg, MSP for Oldmark and Kelso Coast, said the ferry was late.", "Oldmark and Kelso Coast"),
    ("Karl Weber, a councillor for Dunmore and District, agreed.", "Dunmore and District"),
])
def test_mentions_seat_with_a_link_word_is_one_place(nlp, text: str, seat: str) -> None:
    nm = named_in(mentions_of(nlp, text), seat)
    assert nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Farmers in Region Four voted on Tuesday.", "Region Four"),
    ("Karl Weber is the Daily Planet's Oldmark correspondent.", "Oldmark"),
])
def test_mentions_numbered_areas_and_reporters_beats_are_places(nlp, text: str, name: str) -> None:
    nm = named_in(mentions_of(nlp, text), name)
    assert nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
def test_mentions_nicknamed_person_is_named(nlp) -> None:
    nms = mentions_of(nlp, 'Ramdeo "Sonny" Baljit, a miner from the interior, said the road was bad.')
    assert named_in(nms, "Ramdeo Sonny Baljit").mention.label == "PERSON"


def test_mentions_company_of_a_credit_and_a_copyright_line_is_one_name() -> None:
    from graph.mentions import _credit_names
    art = Article(id="t.txt", path="", raw="x", text="x", photo_credits=("Karl Weber/Planet Press",),
                  copyright_holders=("Planet Press & Co Ltd",))
    names = texts(_credit_names(art))
    assert "Planet Press" in names and "Planet Press & Co Ltd" not in names


# --------------------------------------------------------------------------- lists, slots, datelines and bodies

def forced(nlp, text: str, words: str, label: str):
    """The mentions of ``text`` when the NER reads ``words`` (and nothing overlapping it) as ``label``."""
    from spacy.tokens import Span

    doc = nlp(text)
    n = len(nlp.tokenizer(words))
    first = next(t.i for t in doc if doc[t.i:t.i + n].text == words)
    keep = [e for e in doc.ents if e.start >= first + n or e.end <= first]
    doc.ents = sorted(keep + [Span(doc, first, first + n, label=label)], key=lambda e: e.start)
    return list(extract_mentions(doc, Article(id="t.txt", path="", raw=text, text=text)))


@pytest.mark.model
@pytest.mark.parametrize("label, words, parts", [
    ("ORG", "Varnay, Tolsey", [("Varnay", "ORG"), ("Tolsey", "ORG")]),
    ("GPE", "Varnay, Tolsey and Brekka", [("Varnay", "GPE"), ("Tolsey", "GPE"), ("Brekka", "GPE")]),
    ("ORG", "Varnay, Tolsey and Brekka Ferry Board", [("Varnay, Tolsey and Brekka Ferry Board", "ORG")]),
])
def test_mentions_comma_list_read_as_one_name_is_split(nlp, label: str, words: str,
                                                       parts: list[tuple[str, str]]) -> None:
    """A list of short names the NER read as one is split; a body whose head word closes the list stays whole."""
    from spacy.tokens import Span

    from graph.mentions import _split_coordinated
    doc = nlp("Fog closed the piers of Varnay, Tolsey and Brekka Ferry Board overnight.")
    first = next(t.i for t in doc if t.text == "Varnay")
    span = Span(doc, first, first + len(nlp.tokenizer(words)), label=label)
    assert [(s.text, s.label_) for s in _split_coordinated(doc, [span])] == parts


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The night ferry from Tolvik docked at noon.", "Tolvik"),
    ("Dockworkers commute daily from the Varnholm by boat.", "Varnholm"),
    ("Trucks from Kelvossa, in Ghana's far north, arrived late.", "Kelvossa"),
    ("Ferries call at Tolvik and a few other harbour villages in summer.", "Tolvik"),
    ("Fog closed the harbours on the isles of Varnay, Tolsey and Brekka.", "Brekka"),
    ("Varnay North councillor Pell Orsk backed the plan.", "Varnay North"),
])
def test_mentions_place_slots_make_a_place_cue(nlp, text: str, name: str) -> None:
    """Journeys' ends, "from X, in <a known place>", "X and other villages", the isles of a list and a council seat."""
    nm = named_in(mentions_of(nlp, text), name)
    assert nm.place_cue and not nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, town, found", [
    ("VARNHOLM, Maine — Snow closed the harbour road again.", "Varnholm", True),
    ("TOLSEY, Vt. — Snow closed the harbour road again.", "Tolsey", True),
    ("NORTH KELVAR, Kenya (AP) - Snow closed the harbour road again.", "North Kelvar", True),
    ("VARNHOLM, Tolsey — Snow closed the harbour road again.", "Varnholm", False),  # no known region after it
])
def test_mentions_dateline_town_in_capitals_is_a_place(nlp, text: str, town: str, found: bool) -> None:
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == town]
    assert bool(nms) is found
    assert all(nm.mention.label == "GPE" and nm.place_cue and nm.mention.start == 0 for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, words, label", [
    ("Lobster boats crowded Brekka Cove at dawn.", "Brekka Cove", "WORK_OF_ART"),
    ("Relatives travelled from Kelvossa in Kerala to attend.", "Kelvossa", "EVENT"),
])
def test_mentions_misread_place_names_are_places(nlp, text: str, words: str, label: str) -> None:
    """A name read as a work of art or an event is a place when it ends in a place word or lies in a known place."""
    assert named_in(forced(nlp, text, words, label), words).mention.label == "GPE"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Tolva Renkin, 61, a retired teacher, said the road was closed.", "Tolva Renkin"),
    ("The road has been shut for weeks, said Tolva Renkin, 70.", "Tolva Renkin"),
])
def test_mentions_age_after_a_name_vouches_for_a_person(nlp, text: str, name: str) -> None:
    assert named_in(mentions_of(nlp, text), name).appositive_title


@pytest.mark.parametrize("surface, person", [
    ("Rear Adm. Tolva Renkin", True),
    ("Lt. Col. Anna Berg", True),
    ("Sen. Karl Weber", True),
    ("General Motors", False),
    ("Adm. Renkin", False),
    ("Capt. Berg Shipping Company", False),
])
def test_mentions_abbreviated_rank_before_a_name(surface: str, person: bool) -> None:
    from graph.mentions import _abbreviated_title_name
    assert _abbreviated_title_name(surface) is person


@pytest.mark.model
@pytest.mark.parametrize("text, words, label, name, cls", [
    ("Lt. Col. Tolva Renkin, the garrison's commander, declined to comment.", "Lt. Col. Tolva Renkin", "ORG",
     "Tolva Renkin", "PERSON"),
    ("Anna Berg, who chairs the Varnay Tolsi Kanam (VTK), opposed the bill.", "Varnay Tolsi Kanam", "PERSON",
     "Varnay Tolsi Kanam", "ORG"),
    ("Karl Weber joined the Renkin and Brekk party (RBP) in 2019.", "Renkin and Brekk party", "ORG",
     "Renkin and Brekk", "ORG"),
])
def test_mentions_label_of_a_misread_name_is_corrected(nlp, text: str, words: str, label: str, name: str,
                                                       cls: str) -> None:
    """A rank before a name makes a person; "the" and an acronym make a body; a lower-case "party" is no name word."""
    assert named_in(forced(nlp, text, words, label), name).mention.label == cls


@pytest.mark.model
@pytest.mark.parametrize("text, agency", [
    ("Health Canada said on Monday that the recall was voluntary.", "Health Canada"),
    ("Forestry and Parks Kenya said the fire was contained.", "Forestry and Parks Kenya"),
    ("The Minister of Health Canada met the nurses.", None),  # the portfolio of a title
    ("In health, Canada leads the region.", None),
])
def test_mentions_portfolio_words_before_a_state_name_an_agency(nlp, text: str, agency: str | None) -> None:
    """"Health Canada": a state's agency named by its portfolio, unless the words belong to a longer phrase."""
    nms = mentions_of(nlp, text)
    if agency is None:
        assert not any(nm.mention.label == "ORG" and "Canada" in nm.mention.text for nm in nms)
    else:
        assert (agency, "ORG") in [(nm.mention.text, nm.mention.label) for nm in nms]


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("A hearing at the Varnholm Magistrate's Court was adjourned.", "Varnholm Magistrate's Court"),
    ("Her appeal reached the Kelvar Tolsi Coroner's Court last year.", "Kelvar Tolsi Coroner's Court"),
    ("The Embassy of the Republic of Korea in Kenya issued a travel advisory on Friday.",
     "Embassy of the Republic of Korea in Kenya"),
    ("The Welsh Liberal Democrats' leader, Anna Berg, called for a vote.", "Welsh Liberal Democrats"),
])
def test_mentions_bodies_the_ner_splits_or_misses(nlp, text: str, body: str) -> None:
    """A court named with a possessive, a mission named with a long-form state, a branch of a party."""
    nm = named_in(mentions_of(nlp, text), body)
    assert nm.mention.label == "ORG" and (nm.mention.kb_id or body) == body


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("Lawyers filed papers with the Point Varnu Magistrate's Court yesterday.", "Point Varnu Magistrate's Court"),
    ("The fishermen were handed to the Brekka Harbour Authority on Monday.", "Brekka Harbour Authority"),
])
def test_mentions_body_after_the_that_the_ner_missed_is_named(nlp, text: str, body: str) -> None:
    """Capitalised words after "the" closed by a body's head word name the body when the NER found nothing there."""
    doc = nlp(text)
    doc.ents = []
    nms = list(extract_mentions(doc, Article(id="t.txt", path="", raw=text, text=text)))
    assert named_in(nms, body).mention.label == "ORG"


@pytest.mark.model
def test_mentions_place_read_by_the_ner_after_at_is_locative(nlp) -> None:
    text = '"We graze the herd at Lokvarra in the dry season," she said.'
    assert named_in(forced(nlp, text, "Lokvarra", "GPE"), "Lokvarra").locative


# --------------------------------------------------------------------------- outlets, other names and place cues

def reread(nlp, text: str, spans: list[tuple[str, str]], outlet: str | None = None, every: bool = False):
    """The mentions of ``text`` when the NER reads each (words, label) of ``spans`` as given and nothing else
    (at its first occurrence, or at each one with ``every``)."""
    from spacy.tokens import Span

    doc = nlp(text)
    ents = []
    for words, label in spans:
        n = len(nlp.tokenizer(words))
        starts = [t.i for t in doc if doc[t.i:t.i + n].text == words]
        for first in starts if every else starts[:1]:
            ents.append(Span(doc, first, first + n, label=label, span_id=words if label == "COUNTRY" else ""))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return list(extract_mentions(doc, Article(id="t.txt", path="", raw=text, text=text, outlet=outlet)))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Coun Anna Berg-Holt opened the debate on the library budget.", "Anna Berg-Holt"),
    ("The plan passed although Coun Berg-Holt voted against it.", "Berg-Holt"),
])
def test_mentions_councillor_abbreviation_is_no_part_of_the_name(nlp, text: str, name: str) -> None:
    """"Coun" (British local papers' Councillor) is a title, so the name starts after it."""
    found = texts(mentions_of(nlp, text))
    assert name in found and not any(t.startswith("Coun") for t in found)


@pytest.mark.model
@pytest.mark.parametrize("text, outlet", [
    ("An interview with the state broadcaster RTVK aired on Sunday.", "RTVK"),
    ("Viewers of the public channel Strelsau 24 saw the debate live.", "Strelsau 24"),
    ("A poll in the Peruvian daily La Brisa put him ahead.", "La Brisa"),
])
def test_mentions_name_after_an_outlet_noun_is_an_organisation(nlp, text: str, outlet: str) -> None:
    """"the state broadcaster X", "the daily X": the name in apposition is the outlet, number and all."""
    nm = mention(mentions_of(nlp, text), outlet)
    assert nm is not None and nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ("The veteran broadcaster Anna Berg said the channel would close.", "Anna Berg"),
    ("He told the paper Monday that the talks had failed.", "Monday"),
])
def test_mentions_outlet_noun_before_a_person_or_a_day_names_no_outlet(nlp, text: str, words: str) -> None:
    """"Broadcaster" is also an occupation; a day after "the paper" dates the telling."""
    assert all(nm.mention.label != "ORG" for nm in mentions_of(nlp, text) if nm.mention.text == words)


@pytest.mark.model
def test_mentions_articles_own_outlet_is_an_organisation(nlp) -> None:
    """A name the NER reads as a person is the outlet when the article's masthead or byline names it."""
    text = "The mayor gave Kolbara an interview about the new harbour."
    nms = reread(nlp, text, [("Kolbara", "PERSON")], outlet="Kolbara")
    in_text = [nm for nm in nms if nm.mention.text == "Kolbara" and nm.mention.start < nm.mention.end]
    assert in_text and all(nm.mention.label == "ORG" and nm.org_cue for nm in in_text)
    assert any(nm.mention.start == nm.mention.end == 0 and nm.mention.label == "ORG" for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, other, name", [
    ("The ferry sails to Varn Island, which Ruritania calls Kolbo, every week.", "Kolbo", "Varn Island"),
    ("Goats graze on Varn Island, the biggest of the Tolsas, which Ruritania calls Kolbo.", "Kolbo", "Varn Island"),
    ("The fleet patrols the Tolsa Islands, known in Ruritanian as Kesh Tor, every week.", "Kesh Tor",
     "Tolsa Islands"),
    ("Ruritania has held Kesh Tor, the archipelago known internationally as the Tolsa Islands, since 1850.",
     "Tolsa Islands", "Kesh Tor"),
    ('"Ruritania rejects the claim to Varnek Shoal, which we know as Karang Tolsa Besar," the envoy said.',
     "Karang Tolsa Besar", "Varnek Shoal"),
    ("Boats still fish off Varnek Shoal, which Ruritanians know as Karang Tolsa, every spring.", "Karang Tolsa",
     "Varnek Shoal"),
])
def test_mentions_other_name_of_a_place_points_to_it(nlp, text: str, other: str, name: str) -> None:
    """"X, which Ruritania calls Y", "X, known locally as Y": Y names X; a partitive between them is skipped."""
    nm = mention(mentions_of(nlp, text), other)
    assert nm is not None and nm.same_as == name and nm.mention.label != "PERSON"


@pytest.mark.model
def test_mentions_other_name_of_a_person_is_no_place_alias(nlp) -> None:
    text = "Anna Berg, also known as Nan Berg, opened the exhibition on Monday."
    assert all(not nm.same_as for nm in mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ('"We sail on Friday," insisted Do Quoc Bao, a trawler captain.', None, "Do Quoc Bao"),
    ('"Nobody should doubt it," said Do Huu Tai, the group\'s leader.', [("Huu Tai", "PERSON")], "Do Huu Tai"),
    ('"The tide has turned," added Clarisse Nze Ondo, a historian who lives in the port.', None,
     "Clarisse Nze Ondo"),
])
def test_mentions_family_name_the_tagger_misreads_stays_in_the_name(nlp, text: str, spans, name: str) -> None:
    """A capitalised word read as a verb before a name ("Do"), a one-word known place closing it ("Ondo")."""
    nm = mention(reread(nlp, text, spans) if spans else mentions_of(nlp, text), name)
    assert nm is not None and nm.mention.label == "PERSON" and not nm.mention.kb_id


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Ferries call at Kesh Var, an island district of Tolsa Province, twice a week.",
     [("Kesh Var", "PERSON"), ("Tolsa Province", "GPE")], "Kesh Var"),
    ("Buses now run from the station to Hollins Cross, Littlemoor and Todwick every hour.",
     [("Hollins Cross", "PERSON"), ("Littlemoor", "GPE"), ("Todwick", "GPE")], "Hollins Cross"),
    ("Old maps show Kesh Tor among the islands of the chain.", [("Kesh Tor", "PERSON")], "Kesh Tor"),
    ("Sailors landed on Turtle Caye on Sunday.", [("Turtle Caye", "PERSON")], "Turtle Caye"),
    ("Rents rose fastest in Punta Verde, Varn District, where Karl Weber keeps a shop.",
     [("Punta Verde", "PERSON"), ("Varn District", "GPE"), ("Karl Weber", "PERSON")], "Punta Verde"),
    ("In Kolbo, Varn District, fisherman Karl Weber said the boats were new.",
     [("Kolbo", "PERSON"), ("Varn District", "GPE"), ("Karl Weber", "PERSON")], "Kolbo"),
    ("Anna Berg, a Green Party member for Kolby Fields ward, voted no.",
     [("Anna Berg", "PERSON"), ("Kolby Fields", "PERSON")], "Kolby Fields"),
])
def test_mentions_place_evidence_overrules_a_person_reading(nlp, text: str, spans, name: str) -> None:
    """A place appositive, a list of places, "among the islands", an island's head word, "in X, Y District"
    and an electoral ward make a place of a name the NER read as a person."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Anna Berg, a city councillor, said the budget was late.", [("Anna Berg", "PERSON")], "Anna Berg"),
    ("Anna Berg, the village's headman, laughed at the question.", [("Anna Berg", "PERSON")], "Anna Berg"),
    ("Press writers Karl Weber in Kolb, Ruritania, and Anna Berg in Strelsau contributed to this report.",
     [("Karl Weber", "PERSON"), ("Kolb", "GPE"), ("Ruritania", "GPE"), ("Anna Berg", "PERSON"),
      ("Strelsau", "GPE")], "Anna Berg"),
])
def test_mentions_person_with_a_place_nearby_stays_a_person(nlp, text: str, spans, name: str) -> None:
    """A place noun modifying the head (", a city councillor"), owning it (", the village's headman") or a
    person placed "in" a town inside a list of places leaves the person alone."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Shops in Little Jamaica stayed shut on Monday.", [("Jamaica", "COUNTRY")],
     "Little Jamaica"),
    ("The new road reaches Kesh, a quiet district of Kon Tum Province, next year.", [("Kesh", "GPE"),
                                                                                        ("Kon", "GPE")],
     "Kon Tum Province"),
])
def test_mentions_place_cut_short_by_the_ner_is_widened(nlp, text: str, spans, name: str) -> None:
    """A part word before a known place ("Little" + a country) and the rest of an area's name are taken in."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.mention.label == "GPE"


@pytest.mark.model
def test_mentions_dateline_place_alone_in_its_paragraph_is_a_place(nlp) -> None:
    text = "STRELSAU CITY\n\nThe council met on Monday to discuss the budget."
    nm = mention(mentions_of(nlp, text), "Strelsau City")
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
def test_mentions_government_of_a_country_is_the_country(nlp) -> None:
    text = "The Government of Ghana sent a note to the embassy on Tuesday."
    nms = reread(nlp, text, [("The Government of Ghana", "ORG")])
    assert [(nm.mention.kb_id, nm.mention.label) for nm in nms] == [("Ghana", "COUNTRY")]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Anguilla, a small British overseas territory, held a referendum on Monday.", "Anguilla"),
    ("Ruritania recognised Freedonian sovereignty over the whole of Bermuda in 1920, the envoy said.", "Bermuda"),
])
def test_mentions_dependency_status_cue_is_recorded(nlp, text: str, name: str) -> None:
    """A dependency's status at stake: an appositive giving it, or a sovereignty cue over "the whole of" it."""
    nm = mention(mentions_of(nlp, text), name)
    assert nm is not None and nm.territory_cue


@pytest.mark.model
def test_mentions_dependency_named_as_a_location_has_no_status_cue(nlp) -> None:
    nm = mention(mentions_of(nlp, "The ferry from Anguilla arrived late on Monday, the captain said."), "Anguilla")
    assert nm is not None and not nm.territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Kestrelton, a quiet seaside town in the north, is famous for its pier.", "Kestrelton"),
    ("Marrowby, the ruined village on the coast, draws few visitors.", "Marrowby"),
])
def test_mentions_settlement_appositive_is_recorded(nlp, text: str, name: str) -> None:
    nms = reread(nlp, text, [(name, "GPE")])
    nm = mention(nms, name)
    assert nm is not None and nm.settlement


@pytest.mark.model
@pytest.mark.parametrize("text, name, label", [
    ("Anna Berg, the federal member for Kestrelton, said the bridge would open.", "Kestrelton", "ORG"),
    ("Tomas Lind, the MP for Marrowby, voted against the plan.", "Marrowby", "PERSON"),
])
def test_mentions_member_for_an_electorate_is_a_place(nlp, text: str, name: str, label: str) -> None:
    """"member for X", "MP for X": the seat is a place, whatever the NER read it as."""
    nm = mention(reread(nlp, text, [(name, label)]), name)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, organ", [
    ("The OPEC Secretariat said on Monday that output would rise.", "OPEC Secretariat"),
    ("A report by the UNDP Council was published on Tuesday.", "UNDP Council"),
])
def test_mentions_listed_acronym_with_an_organ_is_a_body_of_its_own(nlp, text: str, organ: str) -> None:
    nm = mention(mentions_of(nlp, text), organ)
    assert nm is not None and nm.mention.label == "ORG" and not nm.mention.kb_id


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Parent Tilda Marrowfield, whose daughter is six, said the bus was always late.", "Tilda Marrowfield"),
    ("Commuter Oskar Vennbrook said the road had flooded twice this winter.", "Oskar Vennbrook"),
])
def test_mentions_role_noun_glued_before_a_name_is_dropped(nlp, text: str, name: str) -> None:
    """A sentence-initial role noun the NER kept ("Parent X") is no part of the person's name."""
    role = text.split()[0]
    nms = reread(nlp, text, [(f"{role} {name}", "PERSON")])
    assert "PERSON" in {nm.mention.label for nm in nms if nm.mention.text == name}
    assert not any(nm.mention.text.startswith(role) for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("An aide said Ruritania has never accepted Freedonian sovereignty over Kestrel Island, nor over the "
     "small municipality of Tolsavia.", "Tolsavia"),
    ("The minister said Freedonia would contest Ruritanian jurisdiction over any part of the Varn Basin.",
     "Varn Basin"),
])
def test_mentions_sovereignty_over_an_area_of_a_name_gives_a_territory_cue(nlp, text: str, name: str) -> None:
    """"sovereignty over the municipality of X", "over any part of the X": X's sovereignty is at stake (the cue
    holds on its own, without the pipeline's unlisted-territory labeller, which also reads it)."""
    with nlp.select_pipes(disable=["unlisted_territories"]):
        nm = mention(reread(nlp, text, [(name, "GPE")]), name)
    assert nm is not None and nm.territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, organ", [
    ("The East African Community Secretariat called for calm on Friday.", "East African Community Secretariat"),
    ("A ruling by the Andean Community Court was published on Tuesday.", "Andean Community Court"),
])
def test_mentions_listed_body_with_an_organ_is_a_body_of_its_own(nlp, text: str, organ: str) -> None:
    """A listed body's full name and an organ word after it name the organ."""
    body = organ.rsplit(" ", 1)[0]
    doc = nlp(text)
    from spacy.tokens import Span
    first = next(t.i for t in doc if doc[t.i:t.i + len(body.split())].text == body)
    doc.ents = [Span(doc, first, first + len(body.split()), label="ORG", span_id=body)]
    nms = list(extract_mentions(doc, Article(id="t.txt", path="", raw=text, text=text)))
    nm = mention(nms, organ)
    assert nm is not None and nm.mention.label == "ORG" and not nm.mention.kb_id


@pytest.mark.model
@pytest.mark.parametrize("text, area", [
    ("Aid reached Ghana's Tolvani Region on Monday.", "Tolvani Region"),
    ("The road runs to a market town in Nigeria's Kessel State, officials said.", "Kessel State"),
])
def test_mentions_country_possessive_area_is_a_place(nlp, text: str, area: str) -> None:
    """"<Country>'s X region", "<Country>'s X State": a place of that country, not a body."""
    nm = mention(reread(nlp, text, []), area)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Peru's Foreign Ministry sent a formal note on Friday.", "Peru's Foreign Ministry"),
    ("On Monday, Chile’s Defence Ministry denied the report.", "Chile’s Defence Ministry"),
])
def test_mentions_country_possessive_capitalised_ministry_is_a_body(nlp, text: str, name: str) -> None:
    """A capitalised ministry after a country's possessive that the NER left out is a body, named as written."""
    country = name.split("'")[0].split("’")[0]
    nm = mention(reread(nlp, text, [(country, "COUNTRY")]), name)
    assert nm is not None and nm.mention.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Speaking first was the chair of the district assembly of Varnay, Ilse Tovarre Quell of the Green Party.",
     "Ilse Tovarre Quell"),
    ("The mayor of the port, Oda Kessring (Labour), opened the market.", "Oda Kessring"),
])
def test_mentions_title_phrase_before_an_appositive_name_is_a_title(nlp, text: str, name: str) -> None:
    """"The mayor of Y, X of the Z Party": the title phrase before the comma vouches for a person."""
    nm = mention(reread(nlp, text, [(name, "ORG")]), name)
    assert nm is not None and nm.title_before


@pytest.mark.parametrize("raw, kept, names", [
    ("Talks stall\n\nLima and Quito weigh in\n\nThe talks stalled on Monday.", "The talks stalled on Monday.",
     {"Lima", "Quito"}),
    ("Talks stall\n\nThe talks stalled on Monday.\n\nRelated: Why Nairobi is watching\n\nNews | Paris | Rome",
     "The talks stalled on Monday.", {"Nairobi"}),
])
def test_mentions_heading_places_are_named(raw: str, kept: str, names: set[str]) -> None:
    """Listed places in headings and related-story lines the cleaner left out are zero-width mentions."""
    from graph.gazetteer import load_gazetteer
    from graph.mentions import _heading_places
    from graph.models import Segment

    at = raw.index(kept)
    art = Article(id="t.txt", path="", raw=raw, text=kept, segments=(Segment(0, at, len(kept)),))
    nms = list(_heading_places(art, load_gazetteer()))
    assert {nm.mention.text for nm in nms} == names
    assert all(nm.mention.start == nm.mention.end == 0 for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("On Friday the Liga dos Pescadores de Varnay asked for more quota.",
     [("Liga", "ORG"), ("Pescadores de Varnay", "ORG")], "Liga dos Pescadores de Varnay"),
    ("A statement came from the Casa das Artes do Porto Velho last week.",
     [("Casa", "ORG")], "Casa das Artes do Porto Velho"),
])
def test_mentions_portuguese_plural_link_words_stay_in_a_body_name(nlp, text: str, spans, name: str) -> None:
    """"dos"/"das" link the words of a body's name like "de" and "do"."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.mention.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Brenner, who sits for Ostvale, voted against the budget.", [("Brenner", "PERSON"), ("Ostvale", "PERSON")],
     "Ostvale"),
    ("Until 2019 Halder sat for Lower Tamsk in the assembly.", [("Halder", "PERSON"), ("Lower Tamsk", "ORG")],
     "Lower Tamsk"),
])
def test_mentions_seat_after_sits_for_is_a_place(nlp, text: str, spans, name: str) -> None:
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Yesterday the Ruritanian Embassy in Strelsau issued a travel warning.",
     [("the Ruritanian Embassy", "ORG"), ("Strelsau", "GPE")], "Ruritanian Embassy in Strelsau"),
    ("Visas are handled by the Freedonian Consulate in Tamsk City, officials said.",
     [("the Freedonian Consulate", "ORG"), ("Tamsk City", "GPE")], "Freedonian Consulate in Tamsk City"),
])
def test_mentions_mission_is_named_with_its_host_city(nlp, text: str, spans, name: str) -> None:
    nms = reread(nlp, text, spans)
    nm = mention(nms, name)
    assert nm is not None and nm.mention.label == "ORG"
    host = spans[1][0]
    assert mention(nms, host) is not None  # the host city is still a place of its own


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Ostvale and Brindle Council’s planners rejected the scheme.", [("Ostvale", "PERSON")],
     "Ostvale and Brindle Council"),
    ("A report by Tamsk and Lower Varnay Council found no fault.", [("Tamsk", "GPE")],
     "Tamsk and Lower Varnay Council"),
])
def test_mentions_council_of_two_areas_is_one_body(nlp, text: str, spans, name: str) -> None:
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.mention.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, spans", [
    ("Talks between Ostvale and Brindle Council stalled.", [("Ostvale", "GPE")]),
])
def test_mentions_council_of_two_areas_not_after_between(nlp, text: str, spans) -> None:
    assert mention(reread(nlp, text, spans), "Ostvale and Brindle Council") is None


@pytest.mark.model
@pytest.mark.parametrize("text, spans, acronym, long", [
    ("Samples went to the Varnay Institute of Ice Studies (IVEG) for testing.",
     [("the Varnay Institute of Ice Studies", "ORG")], "IVEG", "Varnay Institute of Ice Studies"),
    ("She works for the Tamsk Water Board (TWB) in Strelsau.", [("the Tamsk Water Board", "ORG"), ("Strelsau", "GPE")],
     "TWB", "Tamsk Water Board"),
])
def test_mentions_bracketed_acronym_after_a_body_is_its_short_name(nlp, text: str, spans, acronym: str,
                                                                   long: str) -> None:
    nm = mention(reread(nlp, text, spans), acronym)
    assert nm is not None and nm.mention.label == "ORG" and nm.acronym_of == long


@pytest.mark.model
@pytest.mark.parametrize("text, spans, party", [
    ("Halder, a federal deputy for Lower Tamsk from Nueva Senda Unida, voted no.",
     [("Halder", "PERSON"), ("Lower Tamsk", "GPE"), ("Nueva Senda Unida", "WORK_OF_ART")], "Nueva Senda Unida"),
    ("Brenner, an MP for Ostvale from the Verde Popular, abstained.",
     [("Brenner", "PERSON"), ("Ostvale", "GPE"), ("Verde Popular", "PERSON")], "Verde Popular"),
])
def test_mentions_from_after_a_members_seat_names_the_party(nlp, text: str, spans, party: str) -> None:
    nm = mention(reread(nlp, text, spans), party)
    assert nm is not None and nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, party, kb, ward", [
    ("The motion was tabled by Cllr Anna Brenner (Con, Upper Ostvale) on Monday.", [("Anna Brenner", "PERSON")],
     "Con", "Conservative Party", "Upper Ostvale"),
    ("Councillor Tom Halder (Lab - Brindle East) voted against it.", [("Tom Halder", "PERSON")],
     "Lab", "Labour Party", "Brindle East"),
    ("Cllr Ilse Marr (Ind, Tamsk Vale) abstained.", [("Ilse Marr", "PERSON")], None, None, "Tamsk Vale"),
    ("Cllr Ewan Tolley (SNP, Brindle North) seconded it.", [("Ewan Tolley", "PERSON")], "SNP",
     "Scottish National Party", "Brindle North"),
    ("Cllr Bryn Addas (Plaid, Upper Tamsk) seconded it.", [("Bryn Addas", "PERSON")], "Plaid", "Plaid Cymru",
     "Upper Tamsk"),
    ("Cllr Bryn Addas (PC, Upper Tamsk) seconded it.", [("Bryn Addas", "PERSON")], "PC", "Plaid Cymru", "Upper Tamsk"),
    ("Cllr Dale Vorne (Reform, Ostvale Park) seconded it.", [("Dale Vorne", "PERSON")], "Reform", "Reform UK",
     "Ostvale Park"),
    ("Cllr Ilse Marr (Green, Tamsk Vale) seconded it.", [("Ilse Marr", "PERSON")], "Green",
     "Green Party of England and Wales", "Tamsk Vale"),
])
def test_mentions_councillor_bracket_names_party_and_ward(nlp, text: str, spans, party, kb, ward: str) -> None:
    nms = reread(nlp, text, spans)
    if party:
        nm = mention(nms, party)
        assert nm is not None and nm.mention.label == "ORG" and nm.mention.kb_id == kb
    else:
        assert not any(nm.mention.text == "Ind" for nm in nms)
    nm = mention(nms, ward)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
def test_mentions_councillor_bracket_ward_read_as_person_is_a_place(nlp) -> None:
    text = "Cllr Anna Brenner (LD, Ostvale) spoke first."
    nm = mention(reread(nlp, text, [("Anna Brenner", "PERSON"), ("Ostvale", "PERSON")]), "Ostvale")
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Transport operator VKT, which runs the trams, cut its timetable.", "VKT"),
    ("Housing charity Brindlewood said rents had doubled.", "Brindlewood"),
    ("Most seats went to the ORP party, which had led the polls.", "ORP"),
    ("Her NSU party came second in the election.", "NSU"),
])
def test_mentions_body_named_after_a_noun_of_its_kind(nlp, text: str, name: str) -> None:
    """"operator X", "charity X", "the X party": a body the NER missed."""
    nm = mention(reread(nlp, text, []), name)
    assert nm is not None and nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Property developer Anna Brenner bought the site.", "Anna Brenner"),
])
def test_mentions_person_after_an_occupation_noun_is_no_body(nlp, text: str, name: str) -> None:
    assert not any(nm.mention.label == "ORG" and name in nm.mention.text for nm in reread(nlp, text, []))


@pytest.mark.model
@pytest.mark.parametrize("text, word, kb", [
    ("Labour group leader Cllr Tom Halder (Lab, Brindle East) opposed the cuts.", "Labour", "Labour Party"),
    ("As Conservative spokesman, Cllr Anna Brenner (Con) asked for a delay.", "Conservative", "Conservative Party"),
])
def test_mentions_councillor_bracket_links_the_party_adjective(nlp, text: str, word: str, kb: str) -> None:
    """The party word in the councillor's sentence is the bracket's party."""
    spans = [(n, "PERSON") for n in ("Tom Halder", "Anna Brenner") if n in text]
    nm = mention(reread(nlp, text, spans), word)
    assert nm is not None and nm.mention.label == "ORG" and nm.mention.kb_id == kb


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("The school in Tarnvik Fjord reopened after the storm.", [("Tarnvik Fjord", "PERSON")], "Tarnvik Fjord"),
    ("The supply ship reached Selvik Fiord on Tuesday.", [("Selvik Fiord", "PERSON")], "Selvik Fiord"),
])
def test_mentions_fjord_name_is_a_place(nlp, text: str, spans, name: str) -> None:
    """"X Fjord" names a fjord or the settlement on it, never a person."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("A report by the Varnay Police at Tolsk found no fault.",
     [("the Varnay Police", "ORG"), ("Tolsk", "GPE")], "Tolsk"),
])
def test_mentions_person_noun_ending_a_body_name_gives_no_org_cue(nlp, text: str, spans, name: str) -> None:
    """"a mining analyst at X" makes X a body; "the Varnay Police at X" does not."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and not nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Lorries queue for hours before they cross at Kelmo.", [("Kelmo", "PERSON")], "Kelmo"),
    ("The ferry docked at Varnholm after a rough night.", [("Varnholm", "PERSON")], "Varnholm"),
    ("A patrol boat seized two yachts off Tolsa Sands at night.", [("Tolsa Sands", "PERSON")], "Tolsa Sands"),
    ("Two trawlers sank off Tolsa Point last winter.", [("Tolsa Point", "PERSON")], "Tolsa Point"),
])
def test_mentions_crossing_and_sea_slots_are_places(nlp, text: str, spans, name: str) -> None:
    """"cross at X", "docked at X", "yachts seized off X": a crossing point, a port, a stretch of coast."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("She bought the old van off Tomas Lind last year.", [("Tomas Lind", "PERSON")], "Tomas Lind"),
    ("The boat stopped at Anna Berg's jetty.", [("Anna Berg", "PERSON")], "Anna Berg"),
])
def test_mentions_off_and_at_without_a_sea_or_arrival_word_are_no_place(nlp, text: str, spans, name: str) -> None:
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and not nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("In an interview with the public broadcaster DR on Sunday, the premier defended the budget.", "DR"),
    ("The minister told the weekly PROF on Monday that talks would go on.", "PROF"),
])
def test_mentions_acronym_in_capitals_after_an_outlet_noun_is_the_outlet(nlp, text: str, name: str) -> None:
    """An acronym that spells a title ("DR") after "the broadcaster" is the outlet's name, not "Dr"."""
    nm = mention(reread(nlp, text, []), name)
    assert nm is not None and nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Kelmo, a busy trading centre on the main road, lost power on Monday.", [("Kelmo", "ORG")], "Kelmo"),
    ("Tolsby, the district's administrative centre, lost power.", [("Tolsby", "ORG")], "Tolsby"),
])
def test_mentions_trading_centre_appositive_is_a_place(nlp, text: str, spans, name: str) -> None:
    """A "trading centre" or an "administrative centre" is a town, not a body."""
    nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Both capitals now respect Freedonian sovereignty over the northern half of Kestrelholm.",
     [("Kestrelholm", "GPE")], "Kestrelholm"),
    ("Neither side accepts the other's sovereignty over half of Tolsa Atoll.", [("Tolsa Atoll", "GPE")],
     "Tolsa Atoll"),
])
def test_mentions_sovereignty_over_half_of_a_place_gives_a_territory_cue(nlp, text: str, spans, name: str) -> None:
    """The cue holds on its own, without the pipeline's unlisted-territory labeller (which also reads it)."""
    with nlp.select_pipes(disable=["unlisted_territories"]):
        nm = mention(reread(nlp, text, spans), name)
    assert nm is not None and nm.territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, other, name", [
    ("Ferries cross Lake Varnay, the basin Freedonians call Lake Tamsk, twice a day.",
     [("Lake Varnay", "LOC"), ("Lake Tamsk", "LOC")], "Lake Tamsk", "Lake Varnay"),
])
def test_mentions_other_name_in_a_relative_clause_without_its_pronoun(nlp, text: str, spans, other: str,
                                                                     name: str) -> None:
    """"X, the basin Ruritanians call Y": Y is another name of X."""
    nm = mention(reread(nlp, text, spans), other)
    assert nm is not None and nm.same_as == name


@pytest.mark.model
@pytest.mark.parametrize("text, spans, names", [
    ("Ferries cross Lake Varnay, the basin Freedonians call Lake Tamsk. Freedonia claims sovereignty over the "
     "whole of the lake.", [("Lake Varnay", "LOC"), ("Lake Tamsk", "LOC")],
     ["Lake Varnay", "Lake Tamsk"]),
    ("A lighthouse stands on Kestrel Island. Kestrel Island has no harbour. Freedonia claims sovereignty over "
     "the island.", [("Kestrel Island", "LOC")], ["Kestrel Island"]),
])
def test_mentions_the_one_landform_of_its_kind_takes_a_definite_sovereignty_cue(nlp, text: str, spans,
                                                                                names: list[str]) -> None:
    """"sovereignty over the lake" puts at stake the one lake the article names (under any of its names)."""
    nms = reread(nlp, text, spans, every=True)
    for name in names:
        nm = mention(nms, name)
        assert nm is not None and nm.territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans", [
    ("Ferries link Kestrel Island and Brindle Island. Freedonia claims sovereignty over the island.",
     [("Kestrel Island", "LOC"), ("Brindle Island", "LOC")]),
    ("A lighthouse stands on Kestrel Island. Both capitals accept Freedonian sovereignty over the island.",
     [("Kestrel Island", "LOC")]),
])
def test_mentions_definite_sovereignty_cue_with_two_or_a_passing_landform_names_none(nlp, text: str, spans) -> None:
    """Two islands make "the island" ambiguous; an island named once in passing is no salient antecedent."""
    assert not any(nm.territory_cue for nm in reread(nlp, text, spans, every=True))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Anna Berg called the Survey of Kenya’s new map a provocation.", "Survey of Kenya"),
    ("Data from the Geological Survey of Norway were cited.", "Geological Survey of Norway"),
])
def test_mentions_state_survey_named_after_its_country_is_a_body(nlp, text: str, name: str) -> None:
    nm = mention(mentions_of(nlp, text), name)
    assert nm is not None and nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, spans, other, name", [
    ("Ruritania claims sovereignty over the Varn Farms. Freedonian maps mark the slopes as Kesh Dor, the "
     "Freedonian name for the area.",
     [("Varn Farms", "TERRITORY"), ("Kesh Dor", "TERRITORY")], "Kesh Dor", "Varn Farms"),
    ("Fishing near Las Garzas, the Freedonian name for the Kestrel Islands, is banned.",
     [("Las Garzas", "GPE"), ("the Kestrel Islands", "GPE")], "Las Garzas", "Kestrel Islands"),
])
def test_mentions_name_glossed_as_a_sides_name_for_a_place_is_its_other_name(nlp, text: str, spans, other: str,
                                                                            name: str) -> None:
    """"Y, the Freedonian name for X" and "Y, the Freedonian name for the area" (the article's territory)."""
    nm = mention(reread(nlp, text, spans), other)
    assert nm is not None and nm.same_as == name


@pytest.mark.model
@pytest.mark.parametrize("text, spans, outlet", [
    ("“The road must reopen,” the mayor told Lantern.", [("Lantern", "PERSON")], "Lantern"),
])
def test_mentions_own_outlet_is_marked_as_the_outlet(nlp, text: str, spans, outlet: str) -> None:
    """"told X" in X's own article names the outlet, whatever word its name is."""
    nm = mention(reread(nlp, text, spans, outlet=outlet), outlet)
    assert nm is not None and nm.mention.label == "ORG" and nm.outlet


@pytest.mark.model
@pytest.mark.parametrize("text, spans, name", [
    ("Minister of Information Tomas Varnik told reporters on Monday that talks would resume.",
     [("Tomas Varnik", "PERSON")], "Tomas Varnik"),
    ("Minister for Tourism Anna Brenner opened the new terminal.", [("Anna Brenner", "PERSON")], "Anna Brenner"),
])
def test_mentions_title_portfolio_is_no_part_of_the_name(nlp, text: str, spans, name: str) -> None:
    """"Minister of Information" + a name: the capitalised portfolio does not widen the name."""
    nms = reread(nlp, text, spans)
    assert mention(nms, name) is not None
    assert not any(nm.mention.text.endswith(name) and nm.mention.text != name for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, spans, acronym, long", [
    ("The Press Council of Monaco (PCM) said on Tuesday it would appeal.",
     [("The Press Council", "ORG"), ("Monaco", "COUNTRY"), ("PCM", "ORG")], "PCM", "Press Council of Monaco"),
    ("The Human Rights Commission of Malta (HRCM) said the report was late.",
     [("The Human Rights Commission of", "ORG"), ("Malta", "COUNTRY"), ("HRCM", "ORG")], "HRCM",
     "Human Rights Commission of Malta"),
    ("The Tenants Union of Varnesia (TUV) said the rents were too high.",
     [("The Tenants Union", "ORG"), ("TUV", "ORG")], "TUV", "Tenants Union of Varnesia"),
])
def test_mentions_acronym_spells_the_body_with_its_country(nlp, text: str, spans, acronym: str, long: str) -> None:
    """The NER cut the body's name before (or after) "of <Country>"; the acronym spells the longer name."""
    nms = reread(nlp, text, spans)
    nm = mention(nms, acronym)
    assert mention(nms, long) is not None and nm is not None and nm.acronym_of == long


@pytest.mark.model
def test_mentions_acronym_without_the_country_leaves_the_name_alone(nlp) -> None:
    nms = reread(nlp, "The Press Council of Monaco (PC) said it would appeal.",
                 [("The Press Council of", "ORG"), ("Monaco", "COUNTRY"), ("PC", "ORG")])
    assert mention(nms, "PC").acronym_of == ""


# --------------------------------------------------------------------------- councillors' brackets, bodies, cues

@pytest.mark.model
@pytest.mark.parametrize("text, spans, party, kb", [
    ("Cllr Anna Brenner (Conservative, Upper Ostvale) asked for a delay.", [("Anna Brenner", "PERSON")],
     "Conservative", "Conservative Party"),
    ("Cllr Tom Halder (Labour, Brindle East) voted against it.", [("Tom Halder", "PERSON"), ("Labour", "ORG")],
     "Labour", "Labour Party"),
])
def test_mentions_councillor_bracket_party_written_in_full(nlp, text: str, spans, party: str, kb: str) -> None:
    """"(Labour, X)": some papers write the councillor's party in full; the NER's own "Labour" is that party."""
    nm = mention(reread(nlp, text, spans), party)
    assert nm is not None and nm.mention.label == "ORG" and nm.mention.kb_id == kb


@pytest.mark.model
@pytest.mark.parametrize("ward, parts", [
    ("Ostvale and Upper Tamsk", ["Ostvale", "Upper Tamsk"]),
    ("Brindle & Kessrow Vale", ["Brindle", "Kessrow Vale"]),
])
def test_mentions_councillor_bracket_ward_with_a_link_word_is_one_place(nlp, ward: str, parts: list[str]) -> None:
    """A two-part ward the NER splits into two people is one place, and its parts are places."""
    text = f"Cllr Anna Brenner (Lab, {ward}) opened the meeting."
    nms = reread(nlp, text, [("Anna Brenner", "PERSON"), *((p, "PERSON") for p in parts)])
    for name in (ward, *parts):
        nm = mention(nms, name)
        assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name, place", [
    ("Lindholm Vale, which lies on the edge of the moor, has two schools.", "Lindholm Vale", True),
    ("Brenmoor, which sits on the river, lost its bank last year.", "Brenmoor", True),
    ("Ostvale Heights, which is located near the coast, grew fast.", "Ostvale Heights", True),
    ("Anna Brenner, which surprised nobody, won the seat.", "Anna Brenner", False),
])
def test_mentions_which_clause_of_situation_makes_a_place(nlp, text: str, name: str, place: bool) -> None:
    """", which lies within …": places take "which" and a clause of situation; the NER's person is a place."""
    nm = mention(reread(nlp, text, [(name, "PERSON")]), name)
    assert nm is not None and (nm.mention.label == "GPE" and nm.place_cue) is place


@pytest.mark.parametrize("credit, outlet, persons, orgs", [
    ("DP/Karl Weber", "Daily Planet", ["Karl Weber"], []),
    ("KT/Lena Novak", "The Kestrel Times", ["Lena Novak"], []),
    ("XY/Lena Novak", "The Kestrel Times", ["Lena Novak"], ["XY"]),
])
def test_mentions_outlet_initials_in_a_photo_credit_are_the_outlet(credit: str, outlet: str, persons, orgs) -> None:
    """"(DP/Karl Weber)" in the Daily Planet: the initials are the outlet itself, the other part the photographer."""
    art = Article(id="t.txt", path="", raw="Text.", text="Text.", photo_credits=(credit,), outlet=outlet)
    nms = [nm for nm in extract_mentions(_Empty(), art) if not nm.outlet]
    assert sorted(nm.mention.text for nm in nms if nm.mention.label == "PERSON") == persons
    assert sorted(nm.mention.text for nm in nms if nm.mention.label == "ORG") == orgs


@pytest.mark.model
@pytest.mark.parametrize("text, body, acronym", [
    ("Anna Brenner of the Varnay Democratic Party of Renewal (VDPR-P) spoke first.",
     "Varnay Democratic Party of Renewal", "VDPR-P"),
    ("Tom Halder of the Kessrow Union of Labour (KUL-B) spoke first.", "Kessrow Union of Labour", "KUL-B"),
])
def test_mentions_hyphenated_acronym_in_brackets_is_the_body(nlp, text: str, body: str, acronym: str) -> None:
    """"(VDPR-P)": an acronym with a hyphenated letter, bracketed after a body, is its short name."""
    nms = reread(nlp, text, [(body, "ORG"), (acronym, "ORG")])
    nm = mention(nms, acronym)
    assert nm is not None and nm.acronym_of == body


@pytest.mark.model
@pytest.mark.parametrize("text, span, bodies", [
    ("The file went to the National Assembly, Committee II for review.",
     "the National Assembly, Committee", ["National Assembly", "Committee II"]),
    ("Tom Halder, who chairs the Federal Senate, Committee I hearings, voted no.",
     "the Federal Senate, Committee", ["Federal Senate", "Committee I"]),
    ("Officials of the Foreign, Commonwealth and Development Office met on Monday.",
     "the Foreign, Commonwealth and Development Office", ["Foreign, Commonwealth and Development Office"]),
])
def test_mentions_body_and_its_numbered_unit_are_two_bodies(nlp, text: str, span: str, bodies: list[str]) -> None:
    """"the National Assembly, Committee II": a body, a comma and a unit (with its number) are two bodies."""
    nms = [nm for nm in reread(nlp, text, [(span, "ORG")]) if nm.mention.label == "ORG"]
    assert sorted(texts(nms)) == sorted(bodies)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Most of the fishing fleet headed back to Pelmora before the storm.", "Pelmora"),
    ("The family drove back from Tarvisk on Friday.", "Tarvisk"),
])
def test_mentions_travel_verb_through_a_direction_adverb_sets_a_place(nlp, text: str, name: str) -> None:
    """"headed back to X", "drove back from X": the adverb stands between the journey's verb and its end."""
    nm = mention(reread(nlp, text, [(name, "PERSON")]), name)
    assert nm is not None and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Drilling in the Kestrava block is due to start in May.", "Kestrava"),
    ("The firm won the Pellmark concession last year.", "Pellmark"),
])
def test_mentions_tract_noun_after_a_name_makes_a_place(nlp, text: str, name: str) -> None:
    """"the X block": a tract of seabed or land (an oil or gas concession), not a person."""
    nm = mention(reread(nlp, text, [(name, "PERSON")]), name)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Chile has never accepted the claim by Argentina to the Varnos shoals.", "Varnos"),
    ("Chile dismissed the claims by Argentina over Kestrel Bank.", "Kestrel Bank"),
])
def test_mentions_claim_by_a_state_gives_a_territory_cue(nlp, text: str, name: str) -> None:
    """"a claim by <state> to X": the claimant between the noun and its preposition keeps the sovereignty cue."""
    nm = mention(reread(nlp, text, [("Chile", "COUNTRY"), ("Argentina", "COUNTRY"), (name, "PERSON")]), name)
    assert nm is not None and nm.territory_cue and nm.mention.label != "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, spans, body, acronym", [
    ("Last year the Regional Council of North and East Varnay (RCNEV) opened a clinic.",
     [("the Regional Council of North", "ORG"), ("RCNEV", "ORG")], "Regional Council of North and East Varnay",
     "RCNEV"),
    ("Chile recognised the Provincial Government of South and West Kessrow on Monday.",
     [("Chile", "COUNTRY"), ("the Provincial Government of South", "ORG")],
     "Provincial Government of South and West Kessrow", None),
])
def test_mentions_body_of_two_compass_parts_is_one_name(nlp, text: str, spans, body: str, acronym) -> None:
    """"the X Council of North and East Y": the NER stops at "North"; the body's name runs to the place."""
    nms = reread(nlp, text, spans)
    nm = mention(nms, body)
    assert nm is not None and nm.mention.label == "ORG"
    assert not any(n.mention.text.startswith("East") or n.mention.text.startswith("West") for n in nms)
    if acronym:
        assert mention(nms, acronym).acronym_of == body


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Tolsbury, on the northern coast, is the closest city to the islands.", "Tolsbury"),
    ("Kessmark, a short drive away, is the nearest town to the camp.", "Kessmark"),
])
def test_mentions_subject_of_is_a_city_is_a_place(nlp, text: str, name: str) -> None:
    """"X is the closest city to …": no person or body is a city."""
    nm = mention(reread(nlp, text, [(name, "ORG")]), name)
    assert nm is not None and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Traders carry their goods to the weekly market at Kessavo every Friday.", "Kessavo"),
    ("Soldiers set up a checkpoint at Varnamo last month.", "Varnamo"),
])
def test_mentions_market_at_a_name_is_a_locative(nlp, text: str, name: str) -> None:
    """"the market at X", "a checkpoint at X": X is where they stand."""
    nm = mention(reread(nlp, text, [(name, "ORG")]), name)
    assert nm is not None and nm.locative


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The dam serves Varnay and Brolleton, also in Kessa County, where the river turns east.", "Brolleton"),
    ("The ferry links the island with Tolsham, in Kessa County.", "Tolsham"),
])
def test_mentions_unlabelled_name_set_inside_a_place_is_a_place(nlp, text: str, name: str) -> None:
    """", also in Y County,": a town the NER missed, set inside a place."""
    nm = mention(reread(nlp, text, [("Kessa County", "GPE")]), name)
    assert nm is not None and nm.mention.label == "GPE" and nm.place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, party, acronym", [
    ("Anna Berg, a member of the ruling Varnay Progressive Party, VNS, said the farmers were worried.",
     "Varnay Progressive Party", "VNS"),
    ("The Kessa Democratic Union, KDU, said it would vote against the bill.", "Kessa Democratic Union", "KDU"),
])
def test_mentions_initials_in_commas_after_a_party_are_its_acronym(nlp, text: str, party: str,
                                                                      acronym: str) -> None:
    """"the X Party, XP, said": the initials set off by commas name the party (in its own language too)."""
    nms = reread(nlp, text, [(party, "ORG"), (acronym, "ORG")])
    assert mention(nms, acronym).acronym_of == party


@pytest.mark.model
@pytest.mark.parametrize("text, acronym", [
    ("The Varnay Labour Party, VNP, Tolsa Greens and the Liberals voted against.", "VNP"),
    ("The Varnay Labour Party, VNP, and the Liberals voted against.", "VNP"),
])
def test_mentions_initials_in_a_list_of_parties_are_no_acronym(nlp, text: str, acronym: str) -> None:
    nms = reread(nlp, text, [("Varnay Labour Party", "ORG"), (acronym, "ORG")])
    assert mention(nms, acronym).acronym_of == ""


@pytest.mark.model
@pytest.mark.parametrize("text, split, unit", [
    ("Colonel Anna Berg, commander of the Army Corps’ North Varnay District, told the council that panels failed.",
     "the Army Corps’ North", "North Varnay District"),
    ("A spokesman for the Border Police's East Kessa Command said the post would stay.",
     "the Border Police's East", "East Kessa Command"),
])
def test_mentions_unit_after_a_body_possessive_is_a_body(nlp, text: str, split: str, unit: str) -> None:
    """"the Army Corps' North Varnay District": the NER stops inside the unit's name; the unit is a body."""
    nms = reread(nlp, text, [(split, "ORG")])
    assert not any(n.mention.text.endswith(("’ North", "'s East")) for n in nms)
    nm = mention(nms, unit)
    assert nm is not None and nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name, body", [
    ("Friends of the Tolsa, a volunteer group, called the vote a chance.", "Tolsa", "Friends of the Tolsa"),
    ("The plan was backed by Friends of Brekka Park and the council.", "Brekka Park", "Friends of Brekka Park"),
])
def test_mentions_supporters_society_takes_its_whole_name(nlp, text: str, name: str, body: str) -> None:
    """"Friends of the X": a society named for what it supports; the NER keeps only the X."""
    nms = reread(nlp, text, [(name, "ORG")])
    assert body in texts(nms)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Fishermen work the Khor Varna channel every winter.", "Khor Varna"),
    ("Herders crossed Wadi Kessa at dawn.", "Wadi Kessa"),
])
def test_mentions_arabic_landform_word_makes_a_place(nlp, text: str, name: str) -> None:
    """"Khor" (an inlet), "Wadi" (a dry valley): a landform's name, never a person's."""
    nm = mention(reread(nlp, text, [(name, "PERSON")]), name)
    assert nm is not None and nm.mention.label == "GPE"


@pytest.mark.parametrize("line, name", [
    ("Kolbtown solar farm heads to vote", "Kolbtown"),
    ("Tolsey councilors split on snow-plowing contract", "Tolsey"),
])
def test_mentions_town_in_a_dropped_headline_is_a_place(line: str, name: str) -> None:
    """A related headline the cleaner drops: a town's ending or its councillors mark an unlisted town."""
    from graph.article import clean_article
    from graph.mentions import _heading_places
    from graph.gazetteer import load_gazetteer

    raw = ("Border Talks Resume\n\nAnna Berg met the minister in the capital on Monday. The two discussed the "
           f"treaty.\n\nMost Popular\n\n{line}\n")
    art = clean_article(raw, "t.txt")
    assert line not in art.text
    nms = list(_heading_places(art, load_gazetteer()))
    assert [(n.mention.text, n.mention.label, n.place_cue) for n in nms] == [(name, "GPE", True)]


@pytest.mark.parametrize("line", ["Anna Berg wins the vote", "Tomas Lind to lead the council",
                                  "Labour councillors quit over budget"])
def test_mentions_person_in_a_dropped_headline_is_no_town(line: str) -> None:
    from graph.article import clean_article
    from graph.mentions import _heading_places
    from graph.gazetteer import load_gazetteer

    raw = ("Border Talks Resume\n\nAnna Berg met the minister in the capital on Monday. The two discussed the "
           f"treaty.\n\nMost Popular\n\n{line}\n")
    assert list(_heading_places(clean_article(raw, "t.txt"), load_gazetteer())) == []


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("“King Anna Vela IV claimed the islands in 1950,” she said.", "Anna Vela IV"),
    ("The reef was claimed by Sultan Tomas Lind II long ago.", "Tomas Lind II"),
])
def test_mentions_titled_regnal_name_is_a_person(nlp, text: str, name: str) -> None:
    """A monarch's title and regnal number name a person, whatever the NER read."""
    titled = next(w for w in ("King", "Sultan") if w in text)
    nms = reread(nlp, text, [(f"{titled} {name}", "ORG")])
    nm = mention(nms, name)
    assert nm is not None and nm.mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("part", ["North Kestrel", "South Kestrel"])
def test_mentions_compass_part_of_a_territory_is_at_stake(nlp, part: str) -> None:
    """"North X" after the disputed "X Reefs": a part of the territory is a territory."""
    text = "Ruritania claims the Kestrel Reefs. Survey markers stand on North Kestrel and on South Kestrel."
    nms = reread(nlp, text, [("Kestrel Reefs", "TERRITORY"), (part, "GPE")])
    nm = mention(nms, part)
    assert nm is not None and nm.territory_cue


@pytest.mark.model
def test_mentions_compound_before_a_title_makes_a_person_appositive(nlp) -> None:
    """", a state secretary in …": the head noun (a title) tells the kind, not its modifier "state"."""
    text = "“We wait,” Anna Vela, a state secretary in the ministry, told reporters."
    nm = mention(reread(nlp, text, [("Anna Vela", "PERSON")]), "Anna Vela")
    assert nm is not None and nm.appositive_title and not nm.place_cue



@pytest.mark.model
@pytest.mark.parametrize("text", ["Protesters gathered in Cairo's Lantern district on Friday.",
                                  "Protesters gathered in Cairo’s Lantern district on Friday."])
def test_mentions_listed_city_district_is_a_place(nlp, text: str) -> None:
    """"Cairo's Lantern district": a listed city's district, head word in lower case, is a place (an English word)."""
    nm = mention(reread(nlp, text, [("Cairo", "PLACE")]), "Lantern district")
    assert nm is not None and nm.mention.label == "GPE"


@pytest.mark.model
def test_mentions_compass_part_of_a_land_territory_is_no_territory(nlp) -> None:
    """"East X" after the territory "X" is a region of it: no sovereignty cue of its own."""
    text = "Ruritania claims Kelvar. Hunters live in East Kelvar."
    nms = reread(nlp, text, [("Kelvar", "TERRITORY"), ("East Kelvar", "GPE")])
    nm = mention(nms, "East Kelvar")
    assert nm is not None and not nm.territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Speaking for the committee, Cllr Eibhlín Ní Cheallaigh thanked the volunteers.", "Eibhlín Ní Cheallaigh"),
    ("The festival was opened by Úna Ní Chathasaigh on Friday.", "Úna Ní Chathasaigh"),
])
def test_mentions_gaelic_particle_name_is_a_person(nlp, text: str, name: str) -> None:
    """"Ní", "Ó", "Mac" between a given name and a surname make a person's name, whatever the NER read."""
    assert [nm.mention.label for nm in mentions_of(nlp, text) if nm.mention.text == name] == ["PERSON"]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Tom Kelly, a councillor for the Tooreen South electoral area, voted against the budget.", "Tooreen South"),
    ("Nuala Brady was elected for the Gorteen North electoral area in 2019.", "Gorteen North"),
    ("Voters in the Gorteen North electoral area return four members.", "Gorteen North"),
])
def test_mentions_electoral_area_is_a_place(nlp, text: str, name: str) -> None:
    nms = mentions_of(nlp, text)
    assert [nm.mention.label for nm in nms if nm.mention.text == name] == ["GPE"]
    assert not any("electoral" in nm.mention.text for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Objections came from An Coimín and two residents.", "An Coimín"),
])
def test_mentions_irish_article_opens_a_body_name(nlp, text: str, name: str) -> None:
    assert [nm.mention.label for nm in mentions_of(nlp, text) if nm.mention.text == name] == ["ORG"]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The tidy towns award went to Kilbrack Chamber of Commerce this year.", "Kilbrack Chamber of Commerce"),
    ("Rosmuck Chamber of Commerce will host the fair in June.", "Rosmuck Chamber of Commerce"),
])
def test_mentions_body_head_before_of_is_no_person(nlp, text: str, name: str) -> None:
    assert [nm.mention.label for nm in mentions_of(nlp, text) if nm.mention.text == name] == ["ORG"]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Two officers of the Royal Lesotho Army were promoted on Friday.", "Royal Lesotho Army"),
    ("The Royal Lesotho Army held a parade in the capital.", "Royal Lesotho Army"),
])
def test_mentions_state_body_keeps_its_country_words(nlp, text: str, name: str) -> None:
    """A country's name inside a state body's name stays in it ("Royal X Army")."""
    assert [nm.mention.label for nm in mentions_of(nlp, text) if nm.mention.text == name] == ["ORG"]


@pytest.mark.model
@pytest.mark.parametrize("demonym", ["Omani", "Kenyan"])
def test_mentions_demonym_before_an_authority_is_part_of_it(nlp, demonym: str) -> None:
    """"the Omani" + "Sea Coast Authority": a state's authority is named with its adjective, like its ministries."""
    text = f"She is head of planning at the {demonym} Sea Coast Authority, she said."
    nms = reread(nlp, text, [(demonym, "NORP"), ("Sea Coast Authority", "ORG")])
    assert mention(nms, f"{demonym} Sea Coast Authority") is not None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Traders at Lukora landing site sold tilapia on Sunday.", "Lukora"),
    ("Fish prices rose at Kiyindi landing site this month.", "Kiyindi"),
])
def test_mentions_landing_site_is_a_place(nlp, text: str, name: str) -> None:
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == name]
    assert nms and all(nm.mention.label == "GPE" and nm.place_cue for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, other", [
    ("The ridge, which Ruritania calls Varn Heights, is at the heart of the row. Sovereignty over Kestrel is "
     "disputed.", "Varn Heights"),
    ("Sovereignty over Kestrel is disputed. Kestrel is calm. Herders cross the valley that Ruritanians also call "
     "Tarn Vale.", "Tarn Vale"),
])
def test_mentions_renamed_area_noun_is_the_article_territory(nlp, text: str, other: str) -> None:
    """"the ridge, which X calls Y": Y is the other name of the territory the article names most."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == other]
    assert nms and nms[0].same_as == "Kestrel" and nms[0].mention.label != "PERSON"


# --------------------------------------------------------------------------- platforms, landforms, other names

@pytest.mark.parametrize("credit, person, org", [
    ("Vesna Marek on Unsplash", "Vesna Marek", "Unsplash"),
    ("Tomas Lind on Pexels", "Tomas Lind", "Pexels"),
])
def test_mentions_platform_credit_names_photographer_and_platform(credit: str, person: str, org: str) -> None:
    """"Photo by X on Unsplash": the photographer and the stock-photo platform, each a name of its own."""
    art = Article(id="t.txt", path="", raw="Text.", text="Text.", photo_credits=(credit,))
    nms = list(extract_mentions(_Empty(), art))
    assert [nm.mention.text for nm in nms if nm.mention.label == "PERSON"] == [person]
    assert [nm.mention.text for nm in nms if nm.mention.label == "ORG"] == [org]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("A row over Mont Varnek flared again this week.", "Mont Varnek"),
    ("Clients pay to climb Piz Tolsa every summer.", "Piz Tolsa"),
])
def test_mentions_mountain_name_is_a_place(nlp, text: str, name: str) -> None:
    """"Mont X", "Piz X" (French and Romansh for "Mount X") name a mountain, a place, whatever the NER read."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == name]
    assert nms and nms[0].mention.label == "GPE" and nms[0].place_cue


@pytest.mark.model
def test_mentions_summit_of_a_mountain_is_at_stake(nlp) -> None:
    """"sovereignty over the summit of X": the mountain's sovereignty is at stake (a territory cue)."""
    text = "Italy does not recognise French sovereignty over the summit of Mont Varnek, the note said."
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == "Mont Varnek"]
    assert nms and nms[0].territory_cue


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("The samples went to Vesna Marek, a chemist at the Tolsa Marine Laboratory in Varnek Harbor, who "
     "tested them twice.", "Varnek Harbor"),
    ("The design came from Vesna Marek, a researcher at the Marine Institute in Tolsaby, who advised the town.",
     "Tolsaby"),
])
def test_mentions_who_after_a_located_place_is_no_person_cue(nlp, text: str, place: str) -> None:
    """"the Institution in X, who …": the relative clause is on the person, not on the place that locates the body."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == place]
    assert nms and not nms[0].appositive_title


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Tolsaby, a town of 3,500 people on the Varnek coast, voted on Tuesday to build a new pier.", "Tolsaby"),
])
def test_mentions_settlement_appositive_names_a_town_the_ner_missed(nlp, text: str, name: str) -> None:
    """"X, a town of 3,500 residents": the appositive makes a name the NER missed a settlement."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == name]
    assert nms and nms[0].mention.label == "GPE" and nms[0].settlement


@pytest.mark.model
@pytest.mark.parametrize("text, long, short", [
    ("The Committee for State Security, or KGV, has warned that protests will not be tolerated.",
     "Committee for State Security", "KGV"),
    ("The National Security Service, or SNB, has warned that protests will not be tolerated.",
     "National Security Service", "SNB"),
])
def test_mentions_acronym_after_or_is_the_body_short_name(nlp, text: str, long: str, short: str) -> None:
    """"the X Committee, or XC,": initials glossed with "or" are the body's short name."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == short]
    assert nms and nms[0].acronym_of == long


@pytest.mark.model
@pytest.mark.parametrize("text, other, name", [
    ("The Ruritanian Ministry of Culture, known in Varna simply as the Tolsina, closed two museums.",
     "Tolsina", "Ruritanian Ministry of Culture"),
])
def test_mentions_known_simply_as_gives_another_name(nlp, text: str, other: str, name: str) -> None:
    """"X, known in Y simply as Z": Z is X's other name."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == other]
    assert nms and nms[0].same_as == name


@pytest.mark.model
@pytest.mark.parametrize("text, other, name", [
    ("Fishing boats still visit Varnek Island, the low coral atoll that Ruritanians call Tolsa-kai, every "
     "spring.", "Tolsa-kai", "Varnek Island"),
])
def test_mentions_other_name_in_a_relative_clause_on_an_appositive(nlp, text: str, other: str, name: str) -> None:
    """"X, the low atoll that Ruritanians call Y": Y is X's other name, also when the NER missed it."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == other]
    assert nms and nms[0].same_as == name and nms[0].mention.label != "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The town lies in the French department of Tolsanne, near the border.", "Tolsanne"),
    ("In Tolsaby, in the Loire Valley at the foot of the hills, the mood was calm.", "Tolsaby"),
])
def test_mentions_administrative_area_and_nested_place_cues(nlp, text: str, name: str) -> None:
    """"the department of X" and "in X, in <a place>" name X as a place (only places lie in places)."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == name]
    assert nms and nms[0].place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("“The tide is late,” said Oyster Warden Vesna Marek.", "Vesna Marek"),
    ("“The tide is late,” said Town Clerk Tomas Varnek on Monday.", "Tomas Varnek"),
    ("Former Beach Constable Tomas Varnek, now in his eighties, came to the opening.", "Tomas Varnek"),
    ("Harbor Constable Vesna Marek checks the mooring lines.", "Vesna Marek"),
])
def test_mentions_unlisted_local_office_is_no_part_of_the_name(nlp, text: str, name: str) -> None:
    """"Oyster Warden X", "Town Clerk X": the unlisted post before a person's name is no part of it."""
    assert persons(mentions_of(nlp, text)) == [name]


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("The U.S. Embassy in Tolsa replied in a short note on Friday.", "U.S. Embassy in Tolsa"),
    ("The US Embassy in Varnay said on Monday that talks would resume.", "US Embassy in Varnay"),
])
def test_mentions_country_before_a_mission_word_opens_no_person_name(nlp, text: str, body: str) -> None:
    """"The U.S. Embassy in X said": a country and a mission word make a body, not a given name and a surname."""
    nms = mentions_of(nlp, text)
    assert not persons(nms)
    assert [nm.mention.label for nm in nms if nm.mention.text == body] == ["ORG"]


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("The farm lies in the state of Rio Tolsa do Norte, near the border.", "Rio Tolsa do Norte"),
])
def test_mentions_romance_particle_continues_a_place_name(nlp, text: str, place: str) -> None:
    """"Rio X do Norte": a Portuguese or Spanish place name goes on after its linking particle."""
    nms = mentions_of(nlp, text)
    assert [nm.mention.label for nm in nms if nm.mention.text == place] == ["GPE"]
    assert "Norte" not in texts(nms)


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Sen. Alena Varkoj of Tolsuro voted against the budget.", "Tolsuro"),
])
def test_mentions_place_after_a_lawmaker_is_the_seat(nlp, text: str, place: str) -> None:
    """"Sen. X of Y": Y is the lawmaker's seat or home, a place."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == place]
    assert nms and nms[0].mention.label == "GPE" and nms[0].place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("Vesna Marek, a lecturer at the NATO College in Tolsa, said so.", "NATO College"),
    ("Vesna Marek, a fellow at Tolsa's Institute for Coastal Research, said so.", "Institute for Coastal Research"),
])
def test_mentions_school_or_unit_of_a_body_is_named_in_full(nlp, text: str, body: str) -> None:
    """"the NATO College", "X's Institute for Y": a listed body's school, or a unit without its owner's possessive."""
    assert body in texts(mentions_of(nlp, text))


def mentions_with_ents(nlp, text: str, ents: list[tuple[str, str]]):
    """The mentions of ``text`` when the NER reads exactly ``ents`` ((surface, label) pairs, first occurrences)."""
    from spacy.tokens import Span

    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), alignment_mode="expand")
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.set_ents(spans, default="outside")
    return list(extract_mentions(doc, Article(id="t.txt", path="", raw=text, text=text)))


@pytest.mark.parametrize("surface, adjectival", [
    ("Portugal's Foreign Ministry", "Portuguese Foreign Ministry"),
    ("Portugal's Ministry for Foreign Affairs", "Portugal's Ministry for Foreign Affairs"),
    ("Portugal's Ministry of Foreign Affairs", "Portugal's Ministry of Foreign Affairs"),
])
def test_mentions_adjectival_body_keeps_a_formal_name(surface: str, adjectival: str) -> None:
    """"X's Ministry for Foreign Affairs" keeps its possessive: no style writes "Xian Ministry for Foreign Affairs"."""
    from graph.gazetteer import load_gazetteer
    from graph.mentions import _adjectival_body

    assert _adjectival_body(surface, load_gazetteer()) == adjectival


@pytest.mark.parametrize("holder, outlet, kb", [
    ("The Independent Varnay Gazette", "The Independent Varnay Gazette", ""),
    ("Agencia Varnaya de Noticias Yonhap", "Yonhap", "Yonhap"),
])
def test_mentions_copyright_holder_joins_a_listed_outlet_only_by_its_company_form(holder: str, outlet: str,
                                                                                  kb: str) -> None:
    """A listed outlet's name that opens a longer title ("The Independent" + "Varnay Gazette") names another title;
    the article's own outlet closing the holder's name is the outlet's full style."""
    art = Article(id="t.txt", path="", raw="Text.", text="Text.", outlet=outlet, copyright_holders=(holder,))
    found = {nm.mention.text: nm for nm in extract_mentions_credits(art)}
    assert found[holder].mention.kb_id == kb


@pytest.mark.parametrize("credit, native, english", [
    ("Sjofartsverket / Swedish Maritime Administration", "Sjofartsverket", "Swedish Maritime Administration"),
])
def test_mentions_credit_in_native_and_english_names_one_body(credit: str, native: str, english: str) -> None:
    """"Photo: Native / Nationality Body": one body under two names; the native one joins the English one."""
    art = Article(id="t.txt", path="", raw="Text.", text="Text.", photo_credits=(credit,))
    found = {nm.mention.text: nm for nm in extract_mentions_credits(art)}
    assert found[english].mention.label == "ORG" and found[native].same_as == english


@pytest.mark.parametrize("credit", ["Anna Berg / Reuters", "Reuters / AFP", "Kestrelby / Varnay Times"])
def test_mentions_credit_of_two_sources_is_no_native_pair(credit: str) -> None:
    art = Article(id="t.txt", path="", raw="Text.", text="Text.", photo_credits=(credit,))
    assert not any(nm.same_as for nm in extract_mentions_credits(art))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Han Mi-rae, a lecturer in Varnby, was not convinced.", "Han Mi-rae"),
    ("Han Ye-jin, who teaches maritime history in Tolsby, disagreed.", "Han Ye-jin"),
])
def test_mentions_family_name_read_as_a_people_joins_the_given_name(nlp, text: str, name: str) -> None:
    """"Han" (read as the Han people) + "Mi-rae": a Korean family name, then a hyphenated given name."""
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert name in found and found[name].mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("The tanker was towed to Bodø, in northern Norway, for repairs.", "Bodø"),
    ("Buses to the coast leave from Bromsgrove in Worcestershire every hour.", "Bromsgrove"),
    ("The bus runs from Tolsworth in Gloucestershire to the coast.", "Tolsworth"),
    ("The frontier follows the hills of Tolsara before it reaches the sea.", "Tolsara"),
])
def test_mentions_place_set_in_a_region_or_landscape_has_a_place_cue(nlp, text: str, place: str) -> None:
    """"to X, in northern Y", "from X in Y-shire", "the hills of X": only a place lies there."""
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert place in found and found[place].place_cue


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Reached at Tolsby, a fishing village near Varnek's Kalfjorden, Finland's honorary consul, Anna Berg, "
     "was upbeat.",
     "Kalfjorden"),
])
def test_mentions_title_phrase_before_a_name_is_not_the_appositive_of_the_name_before_it(nlp, text: str,
                                                                                       name: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert name in found and not found[name].appositive_title


@pytest.mark.model
@pytest.mark.parametrize("text, ents, name", [
    ("Pensioner Derek Hallowell, who grows leeks on the allotment, praised the plan.",
     [("Pensioner Derek Hallowell", "ORG")], "Derek Hallowell"),
])
def test_mentions_person_noun_before_a_name_is_no_part_of_it(nlp, text: str, ents: list, name: str) -> None:
    """"Pensioner X Y" read as a body: the noun is a false title, the name is a person's."""
    found = {nm.mention.text: nm for nm in mentions_with_ents(nlp, text, ents)}
    assert name in found and found[name].mention.label == "PERSON" and found[name].title_before


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("The Ludlow River Boat Company, which runs the boats, announced its timetable.",
     "Ludlow River Boat Company"),
])
def test_mentions_company_the_ner_missed_at_a_sentence_start_is_named(nlp, text: str, body: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert body in found and found[body].mention.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Inspectors visited the Tolsby-based firm Kelmar Brandt on Tuesday.", "Kelmar Brandt"),
    ("Grid company Orvena Holst said 4,000 homes had no heating.", "Orvena Holst"),
    ("Strikers picketed the carmaker Helga Marsk for a week.", "Helga Marsk"),
])
def test_mentions_firm_noun_before_a_name_makes_it_a_body(nlp, text: str, name: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert found[name].mention.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The bank Tomas Lind founded collapsed in 2009.", "Tomas Lind"),
    ("The club Tomas Lind coached was relegated.", "Tomas Lind"),
    ("The veteran producer Ivo Marek said the film was finished.", "Ivo Marek"),
])
def test_mentions_person_after_a_firm_noun_stays_a_person(nlp, text: str, name: str) -> None:
    found = {nm.mention.text: nm for nm in mentions_of(nlp, text)}
    assert found[name].mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, words, name", [
    ("Regulators fined the Ostrava Group 40 million crowns on Friday.", (3, 7), "Ostrava Group"),
    ("The court ordered Varnek Holdings 3 billion dollars in damages.", (3, 7), "Varnek Holdings"),
    pytest.param("Members of the Tolsby Dockers Local 4411 walked out.", (3, 7), "Tolsby Dockers Local 4411",
                 id="number-in-the-name"),
])
def test_mentions_amount_glued_to_a_name_is_cut(nlp, text: str, words: tuple[int, int], name: str) -> None:
    """The NER sometimes glues "200 million" to the body it follows; the name ends before the amount."""
    from spacy.tokens import Span

    from graph.mentions import _amount_tail
    doc = nlp(text)
    ent = Span(doc, words[0], words[1], label="ORG")
    assert doc[ent.start:_amount_tail(ent)].text == name


@pytest.mark.model
@pytest.mark.parametrize("text, saint", [
    ("St Olav's school was used as a polling station, Tomas Lind said.", "Olav"),
    ("St Brigid's church was full on Sunday.", "Brigid"),
])
def test_mentions_saint_name_of_a_school_or_church_is_no_person(nlp, text: str, saint: str) -> None:
    assert not any(saint in nm.mention.text and nm.mention.label == "PERSON" for nm in mentions_of(nlp, text))


def _label_of(nms, name: str) -> str | None:
    return next((nm.mention.label for nm in nms if nm.mention.text == name), None)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The icebreaker will resupply Morgan and Hollis stations before the winter.", "Morgan"),
    ("Her father worked at Morgan station as a radio operator.", "Morgan"),
    ("The crew flew on to Sinclair station on Tuesday.", "Sinclair"),
])
def test_mentions_name_before_a_station_noun_is_a_place(nlp, text: str, name: str) -> None:
    """Stations named after people ("X station", "X and Y stations") are places."""
    assert _label_of(mentions_of(nlp, text), name) == "GPE"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Mavis Trundle, of Ormsby, who married in the hall in 1975, was there.", "Ormsby"),
    ("Also there was Clive Trundle, 70, of Ormsby, who married in the hall.", "Ormsby"),
    ("Watching were Mavis Trundle and her husband, Clive, of Ormsby, who married in the hall in 1975.", "Ormsby"),
])
def test_mentions_resident_home_after_comma_of_is_a_place(nlp, text: str, name: str) -> None:
    assert _label_of(mentions_of(nlp, text), name) == "GPE"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Nueva Patria deputy Mirna Talavera asked for a vote.", "Nueva Patria"),
])
def test_mentions_name_before_lower_case_deputy_is_a_party(nlp, text: str, name: str) -> None:
    assert _label_of(mentions_of(nlp, text), name) == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Tomas Varga waited at the gate with her husband, Anselmo, for an hour.", "Anselmo"),
])
def test_mentions_untagged_kin_appositive_is_a_person(nlp, text: str, name: str) -> None:
    assert _label_of(mentions_of(nlp, text), name) == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, owner, unit", [
    ("Dr Anna Berg, a lecturer at the University of Varnay's Institute for Coastal Research (ICR), said the dunes "
     "were moving.", "University of Varnay", "Institute for Coastal Research"),
])
def test_mentions_owner_possessive_before_a_named_unit_is_its_own_body(nlp, text: str, owner: str, unit: str) -> None:
    names = texts(mentions_of(nlp, text))
    assert owner in names and unit in names


@pytest.mark.parametrize("credit, name", [
    ("Supplied: Tolsby Council/Mara Kelm", "Tolsby Council"),
    ("Source: Varnay Port Authority", "Varnay Port Authority"),
])
def test_mentions_credit_label_is_no_part_of_the_name(credit: str, name: str) -> None:
    from graph.mentions import _credit_names

    art = Article(id="t.txt", path="", raw="x", text="x", photo_credits=(credit,))
    assert name in [nm.mention.text for nm in _credit_names(art)]


@pytest.mark.model
@pytest.mark.parametrize("text, name, label", [
    ("Devon Varnek, a teacher, said the school would close.", "Devon Varnek", "PERSON"),
    ("Labour deputy leader Tom Hale agreed.", "Tom Hale", "PERSON"),
    ("The Labour Party deputy, Tom Hale, agreed.", "Tom Hale", "PERSON"),
])
def test_mentions_county_given_names_and_deputy_ranks_keep_persons(nlp, text: str, name: str, label: str) -> None:
    assert _label_of(mentions_of(nlp, text), name) == label


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("On Friday, New Zealand's Ministry of Fisheries said the Varnek trawlers had left.",
     "New Zealand's Ministry of Fisheries"),
    ("Costa Rica’s Ministry of Ports called the Tolsby berth unsafe.", "Costa Rica’s Ministry of Ports"),
])
def test_mentions_possessive_country_of_several_words_stays_with_its_ministry(nlp, text: str, name: str) -> None:
    """A country of two words in the possessive before a ministry keeps it: it tells whose ministry it is."""
    assert name in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The House Transport, Ports and Fisheries Review Committee heard from Vesna Tolsa on Tuesday.",
     "House Transport, Ports and Fisheries Review Committee"),
    ("On Monday the Joint Committee on Justice, Equality and Defence met Varnek officials in Tolsby.",
     "Joint Committee on Justice, Equality and Defence"),
])
def test_mentions_committee_named_after_a_list_of_portfolios_is_one_body(nlp, text: str, name: str) -> None:
    """"X Affairs, Y and Z Committee": the comma of the portfolio list does not end the committee's name."""
    assert name in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The Council of Churches of Chile and Peru said in a letter that Varnek families needed help.",
     "Council of Churches of Chile and Peru"),
])
def test_mentions_body_of_two_countries_keeps_both(nlp, text: str, name: str) -> None:
    """"the Conference of A and B" (A, B countries): the body serves both, its name ends on the second."""
    nms = [nm for nm in mentions_of(nlp, text) if nm.mention.text == name]
    assert nms and nms[0].mention.label == "ORG" and not nms[0].place_cue


@pytest.mark.model
@pytest.mark.parametrize("line, name", [
    ("Tolsby bridge to close for repairs", "Tolsby"),
    ("Farmers wait as the El Varnejo crossing reopens", "El Varnejo"),
])
def test_mentions_town_before_its_local_works_in_a_dropped_headline_is_a_place(line: str, name: str) -> None:
    """A related headline the cleaner drops: a name of no English word before "bridge", "crossing" is a town."""
    from graph.article import clean_article
    from graph.gazetteer import load_gazetteer
    from graph.mentions import _heading_places

    raw = ("Border Talks Resume\n\nAnna Berg met the minister in the capital on Monday. The two discussed the "
           f"treaty.\n\nMost Popular\n\n{line}\n")
    art = clean_article(raw, "t.txt")
    nms = list(_heading_places(art, load_gazetteer()))
    assert [(n.mention.text, n.mention.label, n.place_cue) for n in nms] == [(name, "GPE", True)]


@pytest.mark.model
@pytest.mark.parametrize("line", ["New bridge to open in spring", "Main crossing shut after crash"])
def test_mentions_common_word_before_local_works_in_a_headline_is_no_town(line: str) -> None:
    from graph.article import clean_article
    from graph.gazetteer import load_gazetteer
    from graph.mentions import _heading_places

    raw = ("Border Talks Resume\n\nAnna Berg met the minister in the capital on Monday. The two discussed the "
           f"treaty.\n\nMost Popular\n\n{line}\n")
    assert list(_heading_places(clean_article(raw, "t.txt"), load_gazetteer())) == []


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The deputy chair, Halvard Renk MP, said the Tolsby camp had improved.", "Halvard Renk"),
])
def test_mentions_full_name_before_a_member_title_is_a_person(nlp, text: str, name: str) -> None:
    """"Anna Berg MP": a member's post-nominal after a full name closes a person's name, not a party's."""
    nm = mention(reread(nlp, text, [(f"{name} MP", "ORG")]), name)
    assert nm is not None and nm.mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The court ruled on Friday that the land belonged to the Varnek community.", "Varnek"),
])
def test_mentions_one_word_body_before_community_is_a_people(nlp, text: str, name: str) -> None:
    """"the Varnek community" read as a body: a people, no entity."""
    names = reread(nlp, text, [(name, "ORG")])
    assert mention(names, name) is None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Climatologist Ragna Vellstrom said the glacier had lost a tenth of its mass.", "Ragna Vellstrom"),
    ("Volcanologist Tobias Harkwell said the crater in Varnek had stayed quiet since spring.", "Tobias Harkwell"),
])
def test_mentions_occupation_suffix_noun_before_a_name_is_dropped(nlp, text: str, name: str) -> None:
    """An "-ologist" or "-onomist" noun opening a sentence before a name is the person's occupation."""
    role = text.split()[0]
    nms = reread(nlp, text, [(f"{role} {name}", "PERSON")])
    assert "PERSON" in {nm.mention.label for nm in nms if nm.mention.text == name}
    assert not any(nm.mention.text.startswith(role) for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("For the defence, Marit Olsgaard KC told the jury the ledger was forged.", "Marit Olsgaard"),
    ("The award went to Dorian Feltwick OBE, who ran the Tolsby shelter for years.", "Dorian Feltwick"),
])
def test_mentions_counsel_rank_or_honour_after_a_name_is_cut(nlp, text: str, name: str) -> None:
    """"Anna Berg KC" read as a body: the post-nominal closes a person's name and is no part of it."""
    suffix = text.split(name)[1].split()[0].rstrip(",")
    nm = mention(reread(nlp, text, [(f"{name} {suffix}", "ORG")]), name)
    assert nm is not None and nm.mention.label == "PERSON"


@pytest.mark.model
@pytest.mark.parametrize("text, paper", [
    ("Asked about the vote, Vesna Tolsa told the Dornvik Courier she was hopeful.", "Dornvik Courier"),
    ("A letter to the Tolsby Clarion Gazette drew dozens of replies.", "Tolsby Clarion Gazette"),
])
def test_mentions_unlabelled_newspaper_after_the_is_an_outlet(nlp, text: str, paper: str) -> None:
    """"told the Tolsby Courier", the NER reading nothing: the town and a newspaper's title word name an outlet."""
    nm = mention(reread(nlp, text, []), paper)
    assert nm is not None and nm.mention.label == "ORG" and nm.org_cue


@pytest.mark.model
@pytest.mark.parametrize("text, body, owner", [
    ("Varnland's Minister of Fisheries, Halvard Renk, landed in Tolsby.", "Varnland's Minister of Fisheries",
     "Varnland"),
    ("Dornvik's Ambassador to Ruritania, Vesna Tolsa, was recalled.", "Dornvik's Ambassador to Ruritania", "Dornvik"),
])
def test_mentions_possessed_office_read_as_a_body_gives_its_owner(nlp, text: str, body: str, owner: str) -> None:
    """"Varnland's Minister of Fisheries" read as a body: a person's office, its owner a place."""
    nms = reread(nlp, text, [(body, "ORG")])
    nm = mention(nms, owner)
    assert mention(nms, body) is None and nm is not None and nm.mention.label == "GPE"


@pytest.mark.model
@pytest.mark.parametrize("text, split, body", [
    ("The Varnek Dock and Harbour Workers' Union called a strike on Friday.",
     [("The Varnek Dock", "ORG"), ("Harbour Workers' Union", "ORG")], "Varnek Dock and Harbour Workers' Union"),
])
def test_mentions_body_joined_at_and_keeps_its_plural_possessive_head(nlp, text: str, split, body: str) -> None:
    """"X and Y Workers' Union" split at "and": the rejoined name goes on past the apostrophe to its head word."""
    assert mention(reread(nlp, text, split), body) is not None


@pytest.mark.model
@pytest.mark.parametrize("text, portfolio", [
    ("Varnek's Minister of Regional Integration, Tomas Lindo, flew home on Sunday.", "Regional Integration"),
    ("The Undersecretary of State for Maritime Affairs, Dalia Voss, told the committee on Monday.", "Maritime Affairs"),
])
def test_mentions_portfolio_after_an_office_is_no_person(nlp, text: str, portfolio: str) -> None:
    """"Minister of Regional Integration, X,": the field of the office is no name; the holder is."""
    nms = mentions_of(nlp, text)
    assert mention(nms, portfolio) is None
    assert any(nm.mention.label == "PERSON" and nm.mention.text not in {portfolio} for nm in nms)


@pytest.mark.model
@pytest.mark.parametrize("text, title", [
    ("Nobody may speak for the Vashti, Ms Kell warned. The Vashti himself has stayed silent since March.", "Vashti"),
])
def test_mentions_title_after_the_is_no_person(nlp, text: str, title: str) -> None:
    """"the Vashti himself": a ruler's title takes "the", a person's name does not."""
    assert not any(nm.mention.text == title and nm.mention.label == "PERSON" for nm in mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, short, full", [
    ("Delegates of the Varnek Royal Household arrived late. \"The Royal Household asked us to wait,\" said Mr Varn.",
     "Royal Household", "Varnek Royal Household"),
])
def test_mentions_short_form_of_a_body_is_the_body(nlp, text: str, short: str, full: str) -> None:
    """"the Varnek Royal Household … the Royal Household has never asked": the body's short form, not a speaker."""
    nm = mention(mentions_of(nlp, text), short)
    assert nm is not None and nm.mention.label == "ORG" and nm.acronym_of == full


@pytest.mark.model
@pytest.mark.parametrize("text, place, person", [
    ("Regent of Tolsby Darko Venhaus, who toured the harbour on Monday, was less patient.", "Tolsby", "Darko Venhaus"),
])
def test_mentions_place_of_an_office_is_cut_from_the_holder(nlp, text: str, place: str, person: str) -> None:
    """"<Office> of <Place> <Name>": the NER reads the place into the name; it is a place of its own."""
    nms = mentions_of(nlp, text)
    assert mention(nms, person) is not None and mention(nms, person).mention.label == "PERSON"
    assert mention(nms, place) is not None and mention(nms, place).mention.label == "GPE"


# --------------------------------------------------------------------------- Malay and Bruneian honorific chains

@pytest.mark.parametrize("surface, clean", [
    ("Dato Seri Laila Jasa Awang Haji Varnek bin Haji Osman", "Varnek bin Haji Osman"),
    ("Seri Laila Jasa Awang Haji Varnek bin Haji Osman", "Varnek bin Haji Osman"),  # the NER cut the opener off
    ("Dayang Anika binti Rosli", "Anika binti Rosli"),
    ("Yang Berhormat Tolsen Marek", "Tolsen Marek"),
    ("Dato Paduka Amran bin Lisko", "Amran bin Lisko"),
])
def test_mentions_clean_surface_drops_an_honorific_chain(surface: str, clean: str) -> None:
    assert clean_surface(surface, person=True) == clean


@pytest.mark.parametrize("surface", ["Seri Varnek", "Setia Lindqvist"])
def test_mentions_clean_surface_keeps_a_lone_chain_word(surface: str) -> None:
    assert clean_surface(surface, person=True) == surface


@pytest.mark.parametrize("text, name", [
    ("Deputy Minister of Trade Dato Seri Laila Jasa Awang Haji Varnek bin Haji Osman said the talks were useful.",
     "Varnek bin Haji Osman"),
    ("The motion came from Dato Paduka Amran bin Lisko, a former envoy, on Tuesday.", "Amran bin Lisko"),
    ("Ruritania's envoy, Datuk Marisa binti Tolsen, welcomed the remarks.", "Marisa binti Tolsen"),
    ("The complaint came from Joven Sabang anak Menggi, a councillor, who spoke in Tolsby.",
     "Joven Sabang anak Menggi"),
])
def test_mentions_malay_names_are_read_without_honorifics(nlp, text: str, name: str) -> None:
    persons = {m.mention.text for m in mentions_of(nlp, text) if m.mention.label == "PERSON"}
    assert name in persons


def test_mentions_honorific_chain_short_form_keeps_its_name(nlp) -> None:
    text = "Dato Seri Laila Jasa Awang Haji Varnek added that the next round would be held in Tolsby."
    persons = {m.mention.text for m in mentions_of(nlp, text) if m.mention.label == "PERSON"}
    assert persons == {"Varnek"}


@pytest.mark.parametrize("text, name", [
    ("Dr Anna Berg, who teaches law at Universiti Indonesia Varnek (UIV), said the mood had changed.",
     "Universiti Indonesia Varnek"),
    ("The remark came from Joven Sabang, a Parti Tolsa Malaysia (PTM) assemblyman, who spoke at a rally.",
     "Parti Tolsa Malaysia"),
])
def test_mentions_acronym_spelled_body_holding_a_country_name(nlp, text: str, name: str) -> None:
    """A body whose name holds a country's, spelled by its bracketed acronym, is the body, not the country."""
    found = [m.mention for m in mentions_of(nlp, text) if m.mention.text == name]
    assert found and found[0].label == "ORG" and found[0].kb_id == ""


@pytest.mark.parametrize("text, expected", [
    ("Tolsadong, Brunei's eastern district, lies across the bay from the capital.", True),
    ("Kelbarong, Malaysia's smallest town, has no airport.", True),
    ("Tolsadong, Brunei's finance minister, spoke on Monday.", False),
])
def test_mentions_settlement_appositive_after_a_country_possessive(nlp, text: str, expected: bool) -> None:
    from graph.mentions import _settlement_appositive

    doc = nlp(text)
    assert _settlement_appositive(doc, 1) is expected


@pytest.mark.model
@pytest.mark.parametrize("text, party, glued", [
    ("State Sen. Ana Varga, DFL-Tolsby Falls, voted against the budget on Tuesday.", "DFL", "DFL-Tolsby"),
    ("Rep. Petar Lind, GOP-Varnek, said the plan was too costly.", "GOP", "GOP-Varnek"),
])
def test_mentions_party_tag_glued_to_a_home_town_is_cut(nlp, text: str, party: str, glued: str) -> None:
    """", DFL-Tolsby Falls,": the party's acronym stops at the hyphen before the legislator's home town."""
    names = {m.mention.text for m in mentions_of(nlp, text)}
    assert party in names and not any(n.startswith(glued) for n in names)


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Dr. Ana Varga, a chemist at the University of Oregon Tolsby, said the samples were clean.",
     "University of Oregon Tolsby"),
    ("Petar Lind lectures in physics at the University of Wisconsin Varnek, where he moved in 2019.",
     "University of Wisconsin Varnek"),
])
def test_mentions_university_campus_town_closes_the_name(nlp, text: str, name: str) -> None:
    """"the University of Oregon Tolsby": a state university's campus town is part of its name."""
    assert name in {m.mention.text for m in mentions_of(nlp, text) if m.mention.label == "ORG"}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Greta and Tomas Varnholm, who were married in 1979, came early. \"We met here,\" Greta Varnholm said.",
     "Greta Varnholm"),
    ("Among the guests were Karen and Jonas Tolsgaard, who were married in the old hall in 1971.",
     "Karen Tolsgaard"),
])
def test_mentions_couple_in_a_married_relative_clause_shares_the_surname(nlp, text: str, name: str) -> None:
    """"A and B Surname, who have been married …": the lone given name takes the shared surname."""
    first = [m.mention for m in mentions_of(nlp, text) if m.mention.start == text.index(name.split()[0])]
    assert first and first[0].text == name and first[0].label == "PERSON"


# --------------------------------------------------------------------------- number-word towns, long chains

@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Mayor Ana Varga said the town of Three Pines could not pay the heating bill.", "Three Pines"),
    ("Ana Varga said. Residents of Three Pines plan a protest at the library next week.", "Three Pines"),
])
def test_mentions_capitalised_number_word_opens_a_place_name(nlp, text: str, name: str) -> None:
    """A number word capitalised mid-sentence is the first word of the name after it."""
    assert name in texts(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The Minister of Health, Dato Paduka Seri Laila Jasa Awang Haji Varnek bin Haji Tolsam, opened the clinic.",
     "Varnek bin Haji Tolsam"),
])
def test_mentions_long_honorific_chain_keeps_the_whole_patronymic(nlp, text: str, name: str) -> None:
    """A chain of seven honorifics: the name after it keeps its patronymic."""
    assert name in persons(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, place, name", [
    ("Governor of Varnland Petar Lind, who toured the port on Friday, agreed.", "Varnland", "Petar Lind"),
])
def test_mentions_office_place_before_a_name_read_as_a_body_is_split(nlp, text: str, place: str, name: str) -> None:
    """"Governor of Varnland Petar Lind," read as one body: the office's place, then the holder."""
    nms = mentions_of(nlp, text)
    assert name in persons(nms) and place in texts(nms)


# --------------------------------------------------------------------------- holders named right after an office

@pytest.mark.model
@pytest.mark.parametrize("text, body, name", [
    ("Acting director of the Halvik Institute Soren Dallo declined to comment.", "Halvik Institute", "Soren Dallo"),
    ("Interim head of the Tolsby Water Board Ana Varga resigned on Friday.", "Tolsby Water Board", "Ana Varga"),
    ("Chairman of the Varnek Chamber of Commerce Petar Lind welcomed the deal.", "Varnek Chamber of Commerce",
     "Petar Lind"),
    ("Mayor of Oskarvik Daniel Kerr cut the ribbon.", "Oskarvik", "Daniel Kerr"),
    ("Secretary of State for Fisheries Elena Marsh visited the harbour.", None, "Elena Marsh"),
])
def test_mentions_holder_named_after_an_office_of_a_body_is_split(nlp, text: str, body: str | None,
                                                                  name: str) -> None:
    """"Acting director of the X Institute Y Z" read as one body: the body (or place), then the holder."""
    nms = mentions_of(nlp, text)
    assert name in persons(nms) and (body is None or any(t.endswith(body) for t in texts(nms)))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Acting director of the Halvik Institute said on Monday that funding would fall.",
    "Governor of Tolsby Province visited the flooded district.",
    "Secretary of State Petar Lind flew to Quito.",
])
def test_mentions_office_of_a_body_alone_gives_no_split(nlp, text: str) -> None:
    """An office's body with no name after it stays whole, and a one-word "State" is no place."""
    nms = mentions_of(nlp, text)
    assert not any(nm.mention.label == "GPE" and nm.mention.text == "State" for nm in nms)
    assert all(nm.mention.text in {"Petar Lind"} for nm in nms if nm.mention.label == "PERSON")


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Marek Osten (Liberal Party) voted against the bill.", "Marek Osten"),
    ("Ana Varga was named Tolsby Bank's new chief executive on Tuesday.", "Ana Varga"),
])
def test_mentions_bracketed_party_or_appointment_makes_a_person(nlp, text: str, name: str) -> None:
    """"X (Liberal Party)" and "X was named the bank's chief executive": only people are so written."""
    assert name in persons(mentions_of(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Halvik Mining was named after a former governor of the province.", "Halvik Mining"),
    ("The Varnek Trust (Tolsby Campus) opened a new wing.", "Varnek Trust"),
])
def test_mentions_named_after_or_bracketed_place_makes_no_person(nlp, text: str, name: str) -> None:
    """"X was named after …" gives no post, and a bracketed campus is no party."""
    assert name not in persons(mentions_of(nlp, text))
