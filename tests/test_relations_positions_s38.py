"""graph.relations positions: US title abbreviations, a constituency seat, hyphened "-general" heads, a body the
tagger swallowed with the name, an owned committee, a state's own intention, a body's aside, a lower-case web
outlet and a spokesperson after a quote.

Every sentence here is invented (Lena Whitford, Kofi Dzamesi Avor…).
"""
from __future__ import annotations

import pytest

from extract_helpers import article, lowered_positions, post_held
from graph.relations import extract_positions


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    # AP style shortens a state office before a name: "Gov.", "Sen."
    ("Former Oregon Gov. Lena Whitford, who now chairs a think tank, spoke first.",
     "Lena Whitford", "governor", "Oregon", True),
    ("Texas Sen. Marco Delacruz voted against the bill on Thursday.", "Marco Delacruz", "senator", "Texas", False),
])
def test_relations_abbreviated_us_titles(nlp, text, person, title, org, former):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org, former), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, seat", [
    ("A Member of Parliament for Tamale South, Hon. Kofi Dzamesi Avor, opened the new clinic.",
     "Kofi Dzamesi Avor", "Tamale South"),
    ("The grant went to Ruth Maelasi, who is now Member of Parliament for West Guadalcanal, last year.",
     "Ruth Maelasi", "West Guadalcanal"),
])
def test_relations_member_of_parliament_for_seat(nlp, text, person, seat):
    """A constituency member ("Member of Parliament for X"): the title keeps its chamber; the seat X is the place."""
    found = lowered_positions(nlp, text)
    assert post_held(found, person, "member of parliament", seat), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "-general" heads written with a hyphen
    ("Customs Agency Director-General Lin Pei-chun said the boats had all returned.",
     "Lin Pei-chun", "director-general", "Customs Agency"),
    # the tagger read the town, the title and the name as one body
    ("Dummerston Fire Chief Helen Fairbanks, whose unit lends engines, wrote that the station was overdue.",
     "Helen Fairbanks", "chief", "Dummerston"),
])
def test_relations_hyphened_general_and_swallowed_title(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # "Its chairwoman" after a subject "the Bundestag's defence committee": the owned committee
    ("The Bundestag's defence committee will debate Keller's plan on Thursday. Its chairwoman, Greta Vollmer "
     "of the Greens, called it rushed.", "Greta Vollmer", "chairwoman", "defence committee"),
    # a state's own intention fronted before the speech verb: its own minister voices it
    ("Nepal will not drop its claim to the pass, Foreign Minister Binod Karki told lawmakers on Monday.",
     "Binod Karki", "foreign minister", "Nepal"),
    # an aside describing the body between the title and the name
    ("A spokesman for MINUSMA, the UN mission in Mali, Omar Diallo, said the convoy had arrived.",
     "Omar Diallo", "spokesman", "MINUSMA"),
])
def test_relations_context_bodies_and_states(nlp, text, person, title, org):
    found = lowered_positions(nlp, text)
    assert post_held(found, person, title, org), found


@pytest.mark.model
def test_relations_no_state_for_a_reported_fact(nlp):
    """"Peru has closed the border, Foreign Minister X said": a plain report about a state is no sign of whose
    minister X is."""
    found = lowered_positions(nlp, "Peru has closed the border, Foreign Minister Ana Berg said on Monday.")
    assert not any(o == "Peru" for _, _, o, _ in found), found


@pytest.mark.model
def test_relations_lower_case_outlet_of_masthead(nlp):
    """A footer's lower-case outlet counts when the masthead spells it the same way."""
    text = ("nairobi-now | news\n\nThe market reopened on Monday.\n\n"
            "Jonas Peel is a business reporter for nairobi-now.\n")
    found = [(p.person.text, p.title, p.org.text if p.org else p.org_name)
             for p in extract_positions(nlp(text), article(text))]
    assert ("Jonas Peel", "business reporter", "nairobi-now") in found, found
    bare = text.replace("nairobi-now | news", "Home | news")
    found = [(p.person.text, p.org.text if p.org else p.org_name)
             for p in extract_positions(nlp(bare), article(bare))]
    assert ("Jonas Peel", "nairobi-now") not in found, found


@pytest.mark.model
def test_relations_spokesperson_after_quote_takes_previous_ministry(nlp):
    """A quote opening the paragraph is read over: the ministry the sentence before had as subject employs the
    spokesperson."""
    text = ('In Tokyo, the Ministry of Justice answered within hours.\n\n"This is closed. Nothing has moved, '
            'and no vote moves it," spokesperson Haruka Ishii told reporters on Monday.')
    found = lowered_positions(nlp, text)
    assert post_held(found, "Haruka Ishii", "spokesperson", "Ministry of Justice"), found
