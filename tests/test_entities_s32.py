"""Entity spans and types: one-word names an age or a kinship apposition vouches for, regions the NER read as
bodies, land a gloss says a state claims, the body a title is of, and a news site's dateline (invented texts)."""
import pytest

from extract_helpers import entities_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    # a one-word name with an age and "who" or a verb after it, opening the sentence
    ("Budi, 52, said the navy had left the harbour before dawn.", "Budi"),
    # a one-word spouse's name introduced by a kinship apposition
    ("Rina Halim met farmers. \u201cWe stay,\u201d says Arif Hakim, 52, who farms rice with his wife, Sari.", "Sari"),
])
def test_entities_one_word_person_vouched(nlp, text, name):
    assert entities_by_name(nlp, text).get(name) == (name, "Person")


@pytest.mark.parametrize("text, name, cls", [
    # a two-word name headed by a region word, after "in" or between address commas, is the area
    ("Traders at Tanjung harbor, Bintan Regency, said prices rose. In Kijang, a port in Bintan Regency, boats waited.",
     "Bintan Regency", "Place"),
    # land glossed as the zone a state claims is a territory, whatever the NER read it as
    ("The talks covered the Amber Shelf (Kehribar Raf), the maritime zone Egypt claims in the Red Sea.",
     "Amber Shelf", "Territory"),
    # the name after "<title> of" is the body when the holder's name is apposed after it
    ("Speaking on Friday, the Secretary-General of Ndokwa Umunna, Chief Obinna Eze, asked youths to stay home.",
     "Ndokwa Umunna", "Organization"),
])
def test_entities_typed_by_context(nlp, text, name, cls):
    assert entities_by_name(nlp, text).get(name) == (name, cls)


@pytest.mark.parametrize("text, name", [
    # a news site's name opening the dateline is no town
    ("KOMPAS.COM, Jakarta - The navy said on Monday that boats were seen near the islands.", "Kompas.com"),
])
def test_entities_outlet_dateline_not_place(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (name, None))[1] != "Place"


@pytest.mark.parametrize("text, name", [
    # a ranked list of names and numbers is no run of aged people
    ("Standings after the first round: Arsenal, 12, Chelsea, 10, and the rest far behind.", "Arsenal"),
    # a title of a person's office before an apposed holder stays a person when no comma and title follow
    ("The chairman of the board, Obinna Eze, said the group wants calm.", "Obinna Eze"),
])
def test_entities_no_false_person_or_body(nlp, text, name):
    got = entities_by_name(nlp, text).get(name)
    if name == "Arsenal":
        assert got is None or got[1] != "Person"
    else:
        assert got == (name, "Person")
