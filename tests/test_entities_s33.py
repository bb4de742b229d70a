"""Entity spans and types: a Senedd member's post-nominal, places NER read as persons, local government sectors,
a state body after a compass owner's possessive, a state styled by its adjective, and surnames after honorifics
of another gender (invented texts)."""
import pytest

from extract_helpers import entities_by_name

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, cls", [
    # "Name MS": the post-nominal of a member of the Senedd is no part of the name
    ("Eluned Parry MS, the Plaid Cymru member for Arfon, welcomed the decision.", "Eluned Parry", "Person"),
    # a name after "lies in" is a place, not a person
    ("Talgarth lies in Powys, close to the Black Mountains.", "Powys", "Place"),
    # a name opening with "Las" or "Los" is a place, never a given name
    ("Las Qoray is located on the coast. Traders said the road to Las Qoray was closed.", "Las Qoray", "Place"),
    # a name ending in "Sector" (Rwanda's and Burundi's local government unit) is a place
    ("In Gasaka Sector, the growers say the rains came late, according to Jean Bosco Kayitare.",
     "Gasaka Sector", "Place"),
    # "the Somali Republic": a state styled by its own nationality adjective is the state
    ("Elders in Garowe said the region belongs to the Somali Republic.", "Somali Republic", "Country"),
    # the long style of DR Congo without "the" before its short name
    ("Rebels crossed from Democratic Republic of Congo on Monday, Okello Mbabazi said.",
     "Democratic Republic of Congo", "Country"),
])
def test_entities_typed_by_context(nlp, text, name, cls):
    got = entities_by_name(nlp, text).get(name)
    assert got is not None and got[1] == cls


@pytest.mark.parametrize("text, name", [
    # "the North's Ministry of X": the ministry is named without its compass owner
    ("State media quoted the North's Ministry of State Security as saying the line was illegal.",
     "Ministry of State Security"),
])
def test_entities_owned_body_name(nlp, text, name):
    assert entities_by_name(nlp, text).get(name) == (name, "Organization")


@pytest.mark.parametrize("text, surname, full", [
    # "Mrs X" after "Mr X" (the full name's man) is someone else
    ("John Hale thanked the volunteers. Mr Hale said the garden would reopen in May. Mrs Hale said she was proud.",
     "Hale", "John Hale"),
])
def test_entities_honorific_gender_keeps_apart(nlp, text, surname, full):
    assert entities_by_name(nlp, text).get(surname, (None,))[0] != full


@pytest.mark.parametrize("text, surname, spouse", [
    # a surname whose honorific clashes with the named person's goes to the one relative the article introduced
    ("Nora Quill, who runs a shop, lives off Main Street with her husband, Declan. \"I want calm,\" Ms Quill said. "
     "Mr Quill was more sceptical.", "Quill", "Declan"),
    # the relative after the length of the marriage: "her husband of 52 years, X"
    ("Guests included Rita Pell and her husband of 52 years, Owen, of Lowestoft. \"We danced,\" Mrs Pell said. "
     "\"She danced,\" said Mr Pell.", "Pell", "Owen"),
])
def test_entities_honorific_gender_spouse(nlp, text, surname, spouse):
    assert entities_by_name(nlp, text).get(surname, (None,))[0] == spouse


@pytest.mark.parametrize("text, surname, full", [
    # one honorific only: the surname is the full name's
    ("Anna Berg opened the fair. Mrs Berg said the weather helped.", "Berg", "Anna Berg"),
    ("Tom Reed chaired the meeting. Mr Reed said the club would reopen.", "Reed", "Tom Reed"),
])
def test_entities_honorific_same_person(nlp, text, surname, full):
    assert entities_by_name(nlp, text).get(surname, (None,))[0] == full


@pytest.mark.parametrize("text, name", [
    # a country's own possessive before its ministry stays a separate country
    ("Kenya's Ministry of Defence said the troops were safe.", "Kenya"),
    # the "Czech Republic" is its own listed name
    ("The Czech Republic sent aid, officials said.", "Czech Republic"),
])
def test_entities_no_false_merge(nlp, text, name):
    assert entities_by_name(nlp, text).get(name, (None, None))[1] == "Country"
