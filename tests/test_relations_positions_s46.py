"""graph.relations positions, session 46: "Former X provincial governor NAME" with the place read as a person;
"a X correspondent" names the outlet X; "Regional Commissioner Col NAME" (a rank without a stop); "Its Deputy
Secretary-General for Legal Affairs, NAME," after "A and B belong to the C" (the body, not a state of the
plural subject; the portfolio is the title's); "once head of X's Y operations" works for X.

Every person and most places here are invented (Sok Dara, Kirom Veng, Neema Kilonzo, Juma Kitenge...).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    ("Former Kirom Veng provincial governor Sok Dara, who now sits for the Candlelight Party, posted online that "
     "the markers slept.", "Sok Dara", "provincial governor", "Kirom Veng", True),
    ("Neema Kilonzo is a Mwananchi correspondent in Lindi.", "Neema Kilonzo", "correspondent", "Mwananchi",
     False),
    ("Regional Commissioner Col Juma Kitenge told reporters that police would keep their boats in port.",
     "Juma Kitenge", "regional commissioner", None, False),
    ("Kuwait and Qatar sit in the Gulf Cooperation Council. Its Deputy Secretary-General for Legal "
     "Affairs, Dr. Salem Al-Harbi, told reporters the bloc would stay out.", "Salem Al-Harbi",
     "deputy secretary-general for legal affairs",
     "Gulf Cooperation Council", False),
    ("Ana Berg, who was once head of Saudi Aramco's Tavra operations, said the field was empty.", "Ana Berg", "head",
     "Saudi Aramco", True),
])
def test_relations_positions_place_premodifier_outlet_rank_and_its_body(nlp, text, person, title, org, former):
    found = positions(nlp, text)
    assert (person, title, org, former) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # a surname in capitals (the francophone press style) ends a person's name, unlike a body's acronym
    ("The mayor of Kompara, Issouf TANGARÉ, said three families had been told to leave.", "Issouf TANGARÉ", "mayor",
     "Kompara"),
])
def test_relations_positions_of_a_name_with_a_surname_in_capitals(nlp, text, person, title, org):
    assert (person, title, org, False) in positions(nlp, text)
