"""Relation links: a border with a named region, gapped joins, likened and coordinated memberships, and a
party named before a bracketed acronym and a title (invented texts)."""
import pytest

from extract_helpers import relations

pytestmark = pytest.mark.model


def _has(found, subject, kind, obj) -> bool:
    """Whether a relation of ``kind`` joins names starting with ``subject`` and ``obj``."""
    return any(k == kind and s.startswith(subject) and o.startswith(obj) for s, k, o in found)


@pytest.mark.parametrize("text, subject, obj", [
    # "X, which borders the NAME region": a named region of another state is a neighbour
    ("Finland, which borders the Murmansk region, shut its crossings.", "Finland", "Murmansk"),
    ("Estonia, which borders the Leningrad region, doubled its patrols.", "Estonia", "Leningrad"),
])
def test_relations_border_named_region(nlp, text, subject, obj):
    assert _has(relations(nlp, text), subject, "sharesBorderWith", obj)


@pytest.mark.parametrize("text, subject, obj", [
    # the remnant of a gapped clause repeats verb and object
    ("Estonia joined NATO in 2004 and Finland in 2023.", "Finland", "NATO"),
    ("Slovakia joined NATO in 2004 and Albania in 2009.", "Albania", "NATO"),
])
def test_relations_gapped_join(nlp, text, subject, obj):
    assert _has(relations(nlp, text), subject, "memberOf", obj)


@pytest.mark.parametrize("text, subject, obj", [
    # "Both states, like A, B and C, are members of X": the likened states are members too
    ("Both states, like Iraq, Kuwait and Algeria, are full members of OPEC, an official said.", "Kuwait", "OPEC"),
    ("Both states, like Iraq, Kuwait and Algeria, are full members of OPEC, an official said.", "Algeria", "OPEC"),
    # "members of A and of B": the second "of" phrase names a body too
    ("Talks involved Norway and Denmark. Both countries are longtime members of the OSCE and of the Nordic Council, "
     "officials noted.", "Norway", "Nordic Council"),
])
def test_relations_likened_and_coordinated_members(nlp, text, subject, obj):
    assert _has(relations(nlp, text), subject, "memberOf", obj)


@pytest.mark.parametrize("text, subject, obj", [
    # "The X Party (XP) Legislator Name": the splitter may break after the bracket, and a party name
    # may open with a nationality word
    ("Korean Democratic Party (KDP) Legislator Park Ji-hoon asked for restraint.", "Park Ji-hoon",
     "Korean Democratic Party"),
])
def test_relations_party_acronym_title(nlp, text, subject, obj):
    assert _has(relations(nlp, text), subject, "memberOf", obj)


@pytest.mark.parametrize("text, subject, kind, obj", [
    # a nationality before a title is no party
    ("Chilean MP Rosa Ibarra asked for restraint.", "Rosa Ibarra", "memberOf", "Chilean"),
    # a remnant without a second date is no gapped join
    ("Estonia joined NATO in 2004 and Finland agreed.", "Finland", "memberOf", "NATO"),
    # "unlike A" does not liken A
    ("Both states, unlike Cuba, are full members of OPEC, an official said.", "Cuba", "memberOf", "OPEC"),
    # a region the country does not border
    ("Latvia, which admires the Pskov region, closed two crossings.", "Latvia", "sharesBorderWith", "Pskov"),
])
def test_relations_links_negative(nlp, text, subject, kind, obj):
    assert not _has(relations(nlp, text), subject, kind, obj)
