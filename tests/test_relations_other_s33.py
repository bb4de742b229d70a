"""Other relations: places set by a locative verb in a possessed unit or a person-read name, places that belong
to a county, party members named by a party adjective, and invasions of a state in its longer style
(invented texts)."""
import pytest

from extract_helpers import relations
from graph.gazetteer import load_gazetteer

pytestmark = pytest.mark.model


def _has(found, subject, kind, obj) -> bool:
    """Whether a relation of ``kind`` joins names starting with ``subject`` and ``obj``."""
    return any(k == kind and s.startswith(subject) and o.startswith(obj) for s, k, o in found)


@pytest.mark.parametrize("text, subject, obj", [
    # "X lies in Y's Z Province": the possessed unit holds the place, not only the state
    ("Mpika District lies in Zambia's Muchinga Province, close to the river.", "Mpika District",
     "Muchinga Province"),
    ("Kirehe District lies in Rwanda's Eastern Province, near the Tanzanian border.", "Kirehe District",
     "Eastern Province"),
    # "X lies in Y" with Y read as a person: nobody lies in a person
    ("Talgarth lies in Powys, close to the Black Mountains.", "Talgarth", "Powys"),
    # "X, which belongs to Y County,": the county holds the island
    ("On Jukdo, which belongs to Ulleung County, fishermen mended their nets.", "Jukdo", "Ulleung County"),
])
def test_relations_located_in(nlp, text, subject, obj):
    assert _has(relations(nlp, text), subject, "locatedIn", obj)


@pytest.mark.parametrize("text, subject, obj", [
    # "Name, a Labour member for X,": the party adjective is the member's party, not part of a title
    ("Cllr Gethin Rowlands, a Labour member for Talgarth, voted for the grant.", "Gethin Rowlands", "Labour"),
    # a party adjective read as a nationality-like group (NORP)
    ("Cllr Rhian Pugh, a Conservative member for Crickhowell, voted against the plan.", "Rhian Pugh", "Conservative"),
])
def test_relations_party_adjective_member(nlp, text, subject, obj):
    assert _has(relations(nlp, text), subject, "memberOf", obj)


@pytest.mark.parametrize("text, subject, short", [
    # the long style of DR Congo without "the" before its short name is the state, one name
    ("Uganda invaded Democratic Republic of Congo twice, Okello Mbabazi said.", "Uganda", "DRC"),
])
def test_relations_invaded_long_style(nlp, text, subject, short):
    assert (subject, "invaded", load_gazetteer().lookup(short).name) in relations(nlp, text)


@pytest.mark.parametrize("text, subject, kind, obj", [
    # a ferry that belongs to a company is no place in a place
    ("The ferry, which belongs to Kessel Lines, sank off the coast.", "ferry", "locatedIn", "Kessel"),
    # a party adjective before a non-member title makes no membership
    ("Rhian Pugh, a Conservative estimate suggests, had won.", "Rhian Pugh", "memberOf", "Conservative"),
])
def test_relations_other_no_false_positive(nlp, text, subject, kind, obj):
    assert not _has(relations(nlp, text), subject, kind, obj)
