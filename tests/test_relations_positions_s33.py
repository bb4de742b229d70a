"""graph.relations positions: a title before "Amb." and a name (a dotted honorific that ends no sentence).

Every sentence here is invented (Claudine Mukamana, Otieno Wafula…).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


def _has(found, person, title, org):
    return any(p == person and t == title and (org is None or o == org) for p, t, o, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "Amb." (ambassador) before the apposed name keeps the sentence whole
    ("The talks were opened on Monday by a Minister of State, Amb. Claudine Mukamana, in Huye.",
     "Claudine Mukamana", "minister of state", None),
    ("Kenya's envoy to Uganda, Amb. Otieno Wafula, said the border post at Busia would open.",
     "Otieno Wafula", "envoy to Uganda", "Kenya"),
])
def test_relations_positions_dotted_ambassador(nlp, text, person, title, org):
    assert _has(positions(nlp, text), person, title, org)


@pytest.mark.parametrize("name, made", [
    # an outlet's language edition named as the employer of a post ("a reporter for Gulf Post English")
    ("Gulf Post English", True),
    ("Daily Nation French", True),
    # a people stays no body
    ("Ordinary Kazakhs", False),
    ("British English", False),
])
def test_relations_positions_edition_outlet_org(name, made):
    from graph.entities import resolve_entities
    from graph.models import Mention

    res = resolve_entities([])
    assert (res.ensure(Mention("t.txt", 0, len(name), name, "ORG"), "Organization") is not None) == made


def _has_full(found, person, title, org, former):
    return any(p == person and t == title and o == org and f == former for p, t, o, f in found)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # a programme or section after an institution's possessive is a unit; the institution employs
    ("Tomas Herrera, a visiting scholar at the Lowy Institute's Pacific Islands Program, spoke first.",
     "Tomas Herrera", "visiting scholar", "Lowy Institute", False),
    # a local office of a body: the office joins the title, the body after the second "of" employs
    ("Karin Vogt, head of the Geneva office of Amnesty International, called for an inquiry.",
     "Karin Vogt", "head of Geneva office", "Amnesty International", False),
    # a Portuguese-named bank keeps its lower-case "do"
    ("Paulo Mendes, president of the Banco Central do Brasil, said rates would fall.",
     "Paulo Mendes", "president", "Banco Central do Brasil", False),
    # "who was once", "previously served as": a post held before
    ("Irina Volkova, who was once a spokeswoman for the Kremlin, now runs a bakery.",
     "Irina Volkova", "spokeswoman", "Kremlin", True),
    ("Anders Holm previously served as Norway's ambassador to Japan.",
     "Anders Holm", "ambassador to Japan", "Norway", True),
    # "then-Governor of X Name": a post named by its place before the name
    ("The permit was issued by then-Governor of Nairobi Peter Kamau in 2015.",
     "Peter Kamau", "governor", "Nairobi", True),
    # a bracketed title, a comma and the body
    ("Maja Lund (Director, Swiss Peace Research Foundation) said exports had fallen.",
     "Maja Lund", "director", "Swiss Peace Research Foundation", False),
    # seat letters after the name, then the appositive
    ("Gwen Pryce MS, the Welsh Conservatives' education spokesperson, criticised the plan.",
     "Gwen Pryce", "education spokesperson", "Welsh Conservatives", False),
    # "the party's" refers to the party the sentence named
    ("Bongani Mthembu, ANC treasurer, and Nomsa Dube, the party's deputy spokesperson, spoke in Durban.",
     "Nomsa Dube", "deputy spokesperson", "ANC", False),
    # a bank named "X Bank of Y" before the title
    ("Central Bank of Nigeria Governor Emeka Obi held rates steady on Tuesday.",
     "Emeka Obi", "governor", "Central Bank of Nigeria", False),
    # the Indonesian title of a regency's head before the name
    ("Klaten Bupati Dwi Hartono visited the flooded villages on Monday.",
     "Dwi Hartono", "bupati", "Klaten", False),
    # two coordinated people, each with an appositive post
    ("Jean Kalonji, governor of Kinshasa, and Grâce Kabongo, the city's police chief, visited the camp.",
     "Jean Kalonji", "governor", "Kinshasa", False),
])
def test_relations_positions_general_patterns(nlp, text, person, title, org, former):
    assert _has_full(positions(nlp, text), person, title, org, former)


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # a place after "of" with no title word before it gives no post
    ("The capital of Ghana Kwame Mensah visited was Accra.", "Kwame Mensah"),
    # seat letters after a constituency with an owner before it title the next name; the place is no person
    ("Labour's Redbridge Central MP, Hamid Qureshi, said the clinic would close.", "Redbridge Central"),
    # "once" in a time clause is no past post
    ("Once a candidate, Lena Berg is now a minister of Sweden.", None),
])
def test_relations_positions_general_patterns_negative(nlp, text, person):
    found = positions(nlp, text)
    if person is not None:
        assert not any(p == person for p, _, _, _ in found)
    else:
        assert not any(f for _, _, _, f in found)


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a seat and an honorific between the office and the name are no part of the title
    ("Health Minister Senator Dr Alvin Pryce-Morgan told reporters that the clinic would open in May.",
     "Alvin Pryce-Morgan", "health minister", None),
    ("Home Affairs Minister Senator Prof Alvin Pryce-Morgan told reporters the border was calm.",
     "Alvin Pryce-Morgan", "home affairs minister", None),
    # a naval rank with an ordinal between the title and the name
    ("Navy spokesman Captain 1st Rank Oleh Bondarenko said on national television that the bridge was hit.",
     "Oleh Bondarenko", "spokesman", "Navy"),
    # a lower-case shadow portfolio after "spokesman on"
    ("Opposition spokeswoman on rural affairs Colin Wedderburn-Lyle said the plan failed.",
     "Colin Wedderburn-Lyle", "opposition spokeswoman", None),
    # an irregular plural's "'s" and a hyphenated word inside the body's name
    ("Delroy Fagan, who heads the Barbados Fishermen's Co-operative Society, told us the catch was poor.",
     "Delroy Fagan", "head", "Barbados Fishermen's Co-operative Society"),
    # "Its" after a body whose sentence the parser left without a verb
    ("The Arab Maghreb Union, of which Morocco and Libya are founding states, called for calm. Its deputy "
     "secretary-general for legal affairs, Faisal bin Saad al-Omari, said the bloc backed Tunisia.",
     "Faisal bin Saad al-Omari", "deputy secretary-general for legal affairs", "Maghreb Union"),
])
def test_relations_positions_styles_ranks_and_body_names(nlp, text, person, title, org):
    assert _has(positions(nlp, text), person, title, org)


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    # a family name after a lower-case Arabic article glued by a hyphen
    ("The dam plan was praised by Trade Minister Tarek Samir el-Rawabi at a meeting in Rabat.",
     "Tarek Samir el-Rawabi"),
])
def test_nlp_person_takes_arabic_article_surname(nlp, text, person):
    assert person in [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
