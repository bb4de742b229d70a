"""Other relations: places in address chains and glosses, a mononymous person's spouse, lands annexed "along
with" another, and land a gloss says a state claims (invented texts)."""
import pytest

from extract_helpers import relations

pytestmark = pytest.mark.model


def _has(found, subject, kind, obj) -> bool:
    """Whether a relation of ``kind`` joins names starting with ``subject`` and ``obj`` (either way for spouses)."""
    return any(k == kind and (s.startswith(subject) and o.startswith(obj) or
                              kind == "spouse" and s.startswith(obj) and o.startswith(subject))
               for s, k, o in found)


@pytest.mark.parametrize("text, subject, obj", [
    # "X, a village in Y Regency, Z province,": the regency in the province (the unit word in lower case)
    ("In Baron, a fishing village in Anambas Regency, Riau Islands province, boat owners complained of theft.",
     "Anambas Regency", "Riau Islands"),
    ("In Tanjung, a small port in Bintan Regency, Riau Islands province, traders said prices rose.",
     "Bintan Regency", "Riau Islands"),
    # "X, the regency capital,": the one regency the article named before
    ("In Baron, a fishing village in Anambas Regency, traders waited. Anambas Regent Budi Santoso, who met traders "
     "in Tarempa, the regency capital, on Monday, said the navy must come.", "Tarempa", "Anambas Regency"),
    # "in A, B, C.": the region in the middle of an address chain lies in the country after it
    ("Supporters gathered at a rally in Dallas, Texas, United States, on Sunday.", "Texas", "United States"),
    ("Supporters gathered at a rally in Tampa, Florida, United States. Photo: Handout", "Florida", "United States"),
    # "near X village in Y district": a settlement word between the name and "in"
    ("Rangers walk past the fence near Chisanga village in Isoka district.", "Chisanga", "Isoka"),
])
def test_relations_located_in_glosses(nlp, text, subject, obj):
    assert _has(relations(nlp, text), subject, "locatedIn", obj)


@pytest.mark.parametrize("text, subject, kind, obj", [
    # a one-word name with an age opens the sentence: the spouse is that person's
    ("Hamdan, 44, who sails with his wife, Rahmawati, waved at the boats.", "Hamdan", "spouse", "Rahmawati"),
    ("Suharti, 38, who sells fish with her husband, Darmono, said the boats were gone.", "Suharti", "spouse",
     "Darmono"),
    # "annexed X along with (a share of) the Ys": the Ys too
    ("Italy annexed Rhodes along with the remainder of the Cyclades in 1912.", "Italy", "annexed", "Cyclades"),
    # "the X (Y), the maritime zone Z claims": a contact relative clause on a gloss of the land
    ("The survey ships sailed into the Green Shelf (Yesil Raf), the maritime zone Egypt claims in the Red Sea, "
     "on Friday.", "Egypt", "claims", "Green Shelf"),
    ("Navy ships patrolled the Sand Reef, the reef Vietnam claims, on Monday.", "Vietnam", "claims", "Sand Reef"),
])
def test_relations_other_kinds(nlp, text, subject, kind, obj):
    assert _has(relations(nlp, text), subject, kind, obj)


@pytest.mark.parametrize("text, subject, kind, obj", [
    # a list of places is no address chain
    ("He toured Dallas, Texas, Ohio and Canada last spring.", "Texas", "locatedIn", "Ohio"),
    ("He toured Dallas, Texas, Ohio and Canada last spring.", "Ohio", "locatedIn", "Canada"),
    # a claim verb with its own object is read as before, not as a gloss
    ("Officials visited the Sand Reef, the reef where Vietnam claims fishing rights.", "Vietnam", "claims",
     "Sand Reef"),
])
def test_relations_no_false_other_relation(nlp, text, subject, kind, obj):
    assert not _has(relations(nlp, text), subject, kind, obj)
