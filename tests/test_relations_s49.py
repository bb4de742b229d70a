"""graph.relations, session 49.

Stances: a body's act ("the assembly's declaration"), "this motion" and "the move" stand for the land in focus; a
third state's "regards X as part of Y" denies X's statehood where the article tells of X's declaration; "X's
eastern half" is X; an object the parser made the subject of a reduced relative clause ("the State of X
proclaimed by a group") or hung on the reporting verb after a closing quote mark (graph.nlp.stolen_object); "has
taken no position on recognition" is no stance.

Positions: "through its foreign minister, NAME"; "Its leader" after "The faction, which calls itself the X Front";
"Coordinating Minister for Legal and Security Affairs"; a ministry's spokesman and a minister who report their
state's recognition speak for it; "Its spokesman, Brig Gen NAME"; "Leeds Liberals spokesman NAME" (a place's
body named after it); "Secretary of State" + "of the X Federation" (a listed "of"-title).

Every person and would-be state here is invented (Norvania, Tolvik Island, Emile Kanyarwanda, ...) except the
listed lands and states the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Gagauz assembly voted on Sunday to declare Gagauzia a sovereign republic. Romania refuses to recognise "
     "the assembly's declaration.", ("Romania", "doesNotRecognise", "Gagauzia")),
    ("Deputies in Gagauzia passed a sovereignty motion on Monday. Turkey will not recognise this motion.",
     ("Turkey", "doesNotRecognise", "Gagauzia")),
    ("Gagauzia declared independence on Sunday. Jordan will not recognise the move.",
     ("Jordan", "doesNotRecognise", "Gagauzia")),
    ("Gagauzia declared independence on Sunday. Ukraine regards Gagauzia as part of Moldova.",
     ("Ukraine", "doesNotRecognise", "Gagauzia")),
    ("Venezuela has built a road on Tolvik Island, which Guyana claims. Chile regards Tolvik Island's eastern half "
     "as Guyanese territory.", ("Chile", "recognises", "Tolvik Island")),
])
def test_relations_act_declared_land_and_misparsed_object_stances(nlp, text, expected):
    assert expected in stances(nlp, text)


@pytest.mark.model
def test_relations_reduced_relative_object_stance(nlp):
    """"will not recognise a State of X proclaimed by a group": the parser makes the object the subject of
    "proclaimed"."""
    found = stances(nlp, "Ghana on Friday stated that it cannot recognise a so-called State of Norvania "
                         "proclaimed by a rebel militia in Togo's northern hills.")
    assert {s for s in found if s[0] == "Ghana" and s[1] == "doesNotRecognise" and "Norvania" in s[2]}


@pytest.mark.model
@pytest.mark.parametrize("text, holder", [
    ("Zambia has refused recognition of the self-styled State of Norvania. Whether Benin will differ is unclear. "
     "It is a regional bloc and has so far adopted no official stance on recognition.", "Benin"),
    # guard (a positive stance before this session too): no declaration told of, so "part of Y" backs Y's title
    ("Ukraine regards Gagauzia as part of Moldova.", None),
    # guard (positive before this session too): the declaration told of is another state's, not the land's
    ("Bulgaria has claimed Gagauzia since declaring independence in 1908. Ukraine regards Gagauzia as part of "
     "Moldova.", None),
])
def test_relations_no_position_and_undeclared_regard(nlp, text, holder):
    found = stances(nlp, text)
    if holder is not None:
        assert not {s for s in found if s[0] == holder}
    else:
        assert ("Ukraine", "recognises", "Gagauzia") in found


#: '"Ghana does not recognise the Norvania," a spokesperson said' with the object hung on "said" (the misparse
#: the small model makes when the quoted clause is long): word, head, dep, tag, pos, lemma
_QUOTED_OBJECT = [
    ('"', 4, "punct", "``", "PUNCT", '"'), ("Ghana", 4, "nsubj", "NNP", "PROPN", "Ghana"),
    ("does", 4, "aux", "VBZ", "AUX", "do"), ("not", 4, "neg", "RB", "PART", "not"),
    ("recognise", 11, "ccomp", "VB", "VERB", "recognise"), ("the", 6, "det", "DT", "DET", "the"),
    ("Norvania", 11, "dobj", "NNP", "PROPN", "Norvania"), (",", 6, "punct", ",", "PUNCT", ","),
    ('"', 6, "punct", "''", "PUNCT", '"'), ("a", 10, "det", "DT", "DET", "a"),
    ("spokesperson", 11, "nsubj", "NN", "NOUN", "spokesperson"), ("said", 11, "ROOT", "VBD", "VERB", "say"),
    (".", 11, "punct", ".", "PUNCT", "."),
]


@pytest.mark.model
def test_nlp_quoted_object_hung_on_the_reporting_verb(nlp):
    from extract_helpers import parsed_doc
    from graph.nlp import stolen_object

    spaces = [False, True, True, True, True, True, False, False, True, True, True, False, False]
    doc = parsed_doc(nlp, _QUOTED_OBJECT, [(1, 2, "COUNTRY")], spaces=spaces)
    found = stolen_object(doc[4])
    assert found is not None and found.i == 6


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Rwanda made the same point through its foreign minister, Emile Habimana Kanyarwanda.",
     ("Emile Habimana Kanyarwanda", "foreign minister", "Rwanda", False)),
    ("The faction, which calls itself the Varn Liberation Front, announced a state on Sunday, ten years after the "
     "Helsinki peace deal. Its leader, Arno Kass, said the deal had failed.",
     ("Arno Kass", "leader", "Varn Liberation Front", False)),
    ("Indonesia's Coordinating Minister for Legal and Security Affairs Bima Santoso said it was calm.",
     ("Bima Santoso", "coordinating minister for legal and security affairs", "Indonesia", False)),
    ("Iran rejected the council outright. Foreign ministry spokesman Reza Tabari said Tehran regarded the area as "
     "part of Iraq.", ("Reza Tabari", "foreign ministry spokesman", "Tehran", False)),
    ("Foreign affairs minister Mutale Chisanga told reporters that Zambia will never recognise the self-styled "
     "State of Norvania.", ("Mutale Chisanga", "foreign affairs minister", "Zambia", False)),
    ('"Norway does not recognise such declarations, and we find no cause to change that," Foreign Minister Ana '
     "Berg said in a statement.", ("Ana Berg", "foreign minister", "Norway", False)),
    ("Leeds Liberals housing spokesman Ana Berg said so.", ("Ana Berg", "housing spokesman", "Leeds Liberals", False)),
    ("Cardiff Rovers coach Ana Berg said the squad was ready.", ("Ana Berg", "coach", "Cardiff Rovers", False)),
    ("The Secretary of State of the Varn Federation, Ana Berg, said so.",
     ("Ana Berg", "secretary of state", "Varn Federation", False)),
    ("Myanmar's junta refused to deal with it. Its defence ministry spokesman, Brig Gen Min Aung Soe, said the "
     "army would not help.", ("Min Aung Soe", "defence ministry spokesman", "Myanmar", False)),
])
def test_relations_apposed_voiced_and_named_body_positions(nlp, text, expected):
    assert expected in lowered_positions(nlp, text)


@pytest.mark.model
def test_relations_minister_reporting_another_state_serves_no_state_of_it(nlp):
    """Guard (no state before this session either): a minister who reports what another state did is not its
    minister; only a recognition or a view of a land is reported for the minister's own state."""
    found = lowered_positions(nlp, "Foreign Minister Ana Berg said Russia had invaded the country.")
    assert ("Ana Berg", "foreign minister", "Russia", False) not in found
