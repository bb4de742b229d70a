"""Recognition stances: a land named only by a lower-case description ("the neutral zone") that states
claim; a named field or zone referred to by its head noun ("the field" after "the X gas field"); a demonym the
NER reads as a place ("as Qatari"); "the A-ian and B-ian claim to X" misparsed as a coordination; a small
clause swallowed by a trailing reporting verb; a place's other name given "in" the holder's own country.

Every sentence is invented (the countries are real, the lands and people made up).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances as _stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a described land that two states claim is a land of its own, by its fullest description
    ("A survey team entered the desert wedge on Monday. Both Chad and Niger claim the wedge, which holds uranium. "
     "Mali has never accepted that the wedge belongs to Niger, its envoy said.",
     {("Mali", "doesNotRecognise", "desert wedge")}),
    ("Both Chad and Niger claim the desert wedge south of the lake. Algeria backs Niger's sovereignty over the "
     "wedge. Ghana considers the wedge to be part of Chad.",
     {("Algeria", "recognises", "desert wedge"), ("Ghana", "recognises", "desert wedge")}),
])
def test_relations_stance_on_a_described_land(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a described land never claimed is no land of its own
    "The buffer zone was quiet on Monday. Patrols left the zone at dusk.",
    # the short form of a named zone stands for the name
    "Both Chad and Niger claim the Tafas zone. Algeria backs Niger's sovereignty over the zone.",
])
def test_relations_stance_described_land_not_coined(nlp, text):
    assert not {s for s in _stances(nlp, text) if s[2] in {"zone", "buffer zone"}}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the field" after "the X gas field": the named field; "as Qatari" with the demonym read as a place
    ("Tehran rejects any claim that the Varo gas field belongs to Qatar alone. Oman recognizes the field as "
     "Qatari and Saudi, the Omani foreign ministry said.",
     {("Iran", "doesNotRecognise", "Varo"), ("Oman", "recognises", "Varo")}),
    # "backed the A-ian and B-ian claim to X": the parser makes the first demonym the object
    ("Tehran rejects any claim that the Varo field belongs to Qatar alone. Jordan has also backed the Qatari "
     "and Bahraini claim to the field.",
     {("Iran", "doesNotRecognise", "Varo"), ("Jordan", "recognises", "Varo")}),
])
def test_relations_stance_named_field_and_demonym_claims(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the X embassy in Z said" after a small clause: the parser makes the clause the reporting verb's subject
    ("Mexico considers Cabinda part of Angola, the Mexican embassy in Luanda wrote.",
     {("Mexico", "recognises", "Cabinda")}),
    # another name "in" the holder's own country is no claim of the holder's
    ("Armenia acknowledges that Varnek, known in Armenia as Tarvan, is Azerbaijani territory.",
     {("Armenia", "recognises", "Varnek")}),
    ("Peru accepts that Varnek, called Tarvan in Peru, belongs to Chile.", {("Peru", "recognises", "Varnek")}),
    # the holder's own claim stays no recognition
    ("Armenia insists that Varnek is part of Armenia.", set()),
])
def test_relations_stance_small_clause_and_alias_clause(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "A and B, two islands ...", then "both islands": the two names, whatever the NER made of them
    ("Chile agreed in 2019 to hand Varnek and Tolsa, two islets off the cape, to Peru. Santiago's "
     "foreign ministry said that the country recognises Peruvian sovereignty over both islets.",
     {("Chile", "recognises", "Varnek"), ("Chile", "recognises", "Tolsa")}),
    # "X, a reef between A and B", then "the reef": the apposed name, not a place inside the apposition
    ("Banc de Varnek, a reef between Mayotte and Madagascar, is claimed by France and the Comoros. The Comorian "
     "foreign ministry said that Moroni rejects the French claim to the reef.",
     {("Comoros", "doesNotRecognise", "Banc de Varnek")}),
])
def test_relations_stance_apposed_description(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # not following a withdrawal keeps the recognition
    ("Panama severed ties with Taiwan in 2017. Belize has not followed suit.",
     {("Panama", "doesNotRecognise", "Taiwan"), ("Belize", "recognises", "Taiwan")}),
    ("Honduras withdrew its recognition of Kosovo in March. Guatemala, its neighbour, has not followed suit.",
     {("Honduras", "doesNotRecognise", "Kosovo"), ("Guatemala", "recognises", "Kosovo")}),
])
def test_relations_stance_not_following_a_withdrawal(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "nor the independence of A and B" hung on the verb as its conjunct
    ("Estonia does not recognise Kosovo, nor the statehood of Abkhazia and Transnistria.",
     {("Estonia", "doesNotRecognise", "Kosovo"), ("Estonia", "doesNotRecognise", "Abkhazia"),
      ("Estonia", "doesNotRecognise", "Transnistria")}),
    ("Latvia will not recognise the Russian annexation of Crimea, nor the independence of Abkhazia.",
     {("Latvia", "doesNotRecognise", "Crimea"), ("Latvia", "doesNotRecognise", "Abkhazia")}),
    # "the country" of a motion a state's parliament passed
    ("Kenya's parliament passed a motion stating that the country will not recognise Varnek as a state.",
     {("Kenya", "doesNotRecognise", "Varnek")}),
])
def test_relations_stance_conjoined_status_and_motion(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the object a trailing "the X embassy in Y said" took as its subject (a reporting body, not a person)
    ("Canada recognises Arunachal Pradesh, which China calls Zangnan, as Indian territory, the Canadian embassy in "
     "New Delhi said.", {("Canada", "recognises", "Arunachal Pradesh")}),
])
def test_relations_stance_object_taken_by_a_reporting_body(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a name taken as ground ("seized X", "placed X in Y") is the place "the island" / "the town" goes back to,
    # whatever the NER read; "officials in <capital> say" in an aside gives "the country"
    ("The Southern Transitional Council seized Socotra in 2020. The Saudi foreign ministry said on Sunday "
     "that the kingdom regards the island as part of Yemen.", {("Saudi Arabia", "recognises", "Socotra")}),
    ("In 2002 a commission placed Badme in Eritrea. Since then, officials in Addis Ababa say, the country has "
     "acknowledged Eritrean sovereignty over the town.", {("Ethiopia", "recognises", "Badme")}),
])
def test_relations_stance_seized_name_and_aside_reporters(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebels seized Tom Varga in 2020. Chile regards the island as part of Peru.",
])
def test_relations_stance_seized_person_is_no_place(nlp, text):
    assert not {s for s in _stances(nlp, text) if "Varga" in s[2]}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a report denied or hearsay reported is no stance
    ("The Peruvian foreign ministry on Sunday denied a newspaper report that Lima had quietly recognised Varnek.",
     set()),
    ("Rumours in the local press suggested this week that Chile had quietly accepted Varnek's independence.", set()),
    # a titled person the parser hung under "control of" is no land
    ("Delhi does not accept Pakistan's control of Gilgit-Baltistan, spokeswoman Meera Iyengar said after the vote.",
     {("India", "doesNotRecognise", "Gilgit-Baltistan")}),
    # "the shoals" after "X Bank, a cluster of coral shoals": the bank, not the minister the NER read as a place
    ("Peru's navy planted a flag on Varnek Bank, a cluster of coral shoals north of Arica, on Saturday. Chile's "
     "foreign minister, Juliana Restrepo Arango, said on Monday that her country rejects Lima's claim to the shoals.",
     {("Chile", "doesNotRecognise", "Varnek Bank")}),
    # "a reef off X", then "the reef": X is no reef
    ("A survey ship anchored beside a disputed reef off Palawan on Saturday. The Australian government said on "
     "Sunday that it regards the reef as Philippine.", set()),
])
def test_relations_stance_precision_traps_s31(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the enclave's independence": the enclave named before
    ("Rebels in Varnek proclaimed independence from Chile on Friday. Peru said on Saturday that it does not "
     "recognise the region's independence.", {("Peru", "doesNotRecognise", "Varnek")}),
])
def test_relations_stance_described_land_owning_its_independence(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a reporting parenthesis between the state and its verb, with a pronoun for the land
    ("Transnistria declared independence in 1990. Morocco, the minister said on Tuesday, does not recognise it.",
     {("Morocco", "doesNotRecognise", "Transnistria")}),
])
def test_relations_stance_pronoun_after_reporting_parenthesis(nlp, text, expected):
    assert _stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "that X lies inside Y" places the land in a state
    ("Lima does not accept that Kalapani lies inside India, the Peruvian envoy said.",
     {("Peru", "doesNotRecognise", "Kalapani")}),
    # a "that" clause the parser hung on a manner phrase ("without reservation")
    ("Brazil accepts without hesitation that the Senkaku Islands are Japanese.",
     {("Brazil", "recognises", "Senkaku Islands")}),
])
def test_relations_stance_lies_inside_and_manner_phrase(nlp, text, expected):
    assert _stances(nlp, text) == expected
