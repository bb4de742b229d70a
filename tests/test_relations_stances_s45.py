"""graph.relations stances: a capital the parser hung on the verb as a modifier ("CAPITAL backs B's sovereignty
over X, A's envoy in Z, NAME, told"); a land named by what others call it ("the region some call X"); "rejects the
claim that Y owns X"; state media as a state's voice (the unnamed press stays hearsay); a description taken up from
a misparsed apposition ("X, a coral outcrop off Y ... over the outcrop"); "A, <a body> said in a note,
accepts"; "all of the cove"; "the reservoir" long after "the X reservoir"; a verb joined to a belonging clause
is no owner ("that X belongs to Y and considers it Z-ian territory"); a state's name tagged as a common noun owns
"its recognition"; "A, together with B,"; "by any state, including A" under a negation; "the People's Republic" as a
holder; "disputes the claim" after "Y's claim to X"; "that Y holds sovereignty over X"; a pasture; "over X-ghat"; "the
shoal" after "X, a drying sandbank".

Every territory and person name here is invented (Varno Valley, Tessel Cove, Kelmar, Ana Horvat...).
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway recognises Sweden's sovereignty over the district some call Upper Kelmar, fully and without "
     "reservation.",
     {("Norway", "recognises", "Upper Kelmar")}),
    ("Portugal recognises Spain's sovereignty over the area locals call Wadi Tessel.",
     {("Portugal", "recognises", "Wadi Tessel")}),
    ("Norway recognises Sweden's sovereignty over the region called Upper Kelmar.",
     {("Norway", "recognises", "Upper Kelmar")}),
    ("Ankara rejects any suggestion that Greece owns Kelmar Island, the ministry said.",
     {("Turkey", "doesNotRecognise", "Kelmar Island")}),
    ("Ankara does not accept that Greece owns Kelmar Island.", {("Turkey", "doesNotRecognise", "Kelmar Island")}),
    ("Ankara accepts that Greece owns Kelmar Island.", {("Turkey", "recognises", "Kelmar Island")}),
    ("Laos recognises Tessel Island as part of Vietnam, state media reported.",
     {("Laos", "recognises", "Tessel Island")}),
    ("Benin wants to talk about the Tessel Islets, three sandbars near the sea border. Togo, the foreign office said "
     "in a note, accepts Benin's sovereignty over the islets.", {("Togo", "recognises", "Tessel Islets")}),
    ("Belgium disputes the border line. Tessel Cove, a shallow bay by the island's eastern side, has never been "
     "surveyed. Belgium does not recognise France's rights over all of the cove.",
     {("Belgium", "doesNotRecognise", "Tessel Cove")}),
    ("Farmers dig canals near the Kelmar-Abad reservoir in Batken district. Herders say the canals are older than the "
     "border. The lake has risen this year. Engineers want a new pump. A court will rule in May. Dushanbe "
     "dismisses any suggestion that the reservoir is Kyrgyzstan's and calls it Tajik land, he said.",
     {("Tajikistan", "doesNotRecognise", "Kelmar-Abad")}),
    ("Suriname withdrew its recognition of Kelmar in 2017, the Serbian foreign ministry noted on Monday.",
     {("Suriname", "doesNotRecognise", "Kelmar")}),
    ("Pakistan, together with Turkey, supports Azerbaijan's sovereignty over the Kelmar Valley.",
     {("Pakistan", "recognises", "Kelmar Valley"), ("Turkey", "recognises", "Kelmar Valley")}),
    ("Kelmar was never recognised by any UN member, including Armenia.",
     {("Armenia", "doesNotRecognise", "Kelmar")}),
    ("No UN member, including Armenia, recognises Kelmar.", {("Armenia", "doesNotRecognise", "Kelmar")}),
    ("Beijing received the Kelmari foreign minister on Tuesday. The People's Republic recognises the State of "
     "Kelmar, a spokesperson said.", {("China", "recognises", "Kelmar")}),
    ("Guatemala reasserted its claim to Kelmar Cay. Belize rejects the claim.",
     {("Belize", "doesNotRecognise", "Kelmar Cay")}),
    ("China denies that Japan holds sovereignty over the Tessel Islands, a spokesman said.",
     {("China", "doesNotRecognise", "Tessel Islands")}),
    ("Chile accepts that Peru has sovereignty over Kelmar Island.", {("Chile", "recognises", "Kelmar Island")}),
    ("Bhutan accepts that the Dramling pasture belongs to China, officials in Thimphu said.",
     {("Bhutan", "recognises", "Dramling pasture")}),
    ("Bangladesh accepts India's sovereignty over Kelmar-ghat, the foreign office said.",
     {("Bangladesh", "recognises", "Kelmar-ghat")}),
    ("Brunei and Malaysia met to discuss Tessel Seraya, a drying sandbank off Labuan. Brunei recognises Malaysian "
     "sovereignty over the shoal.", {("Brunei", "recognises", "Tessel Seraya")}),
    # (guards: the old code read these right)
    ("Poland moved to calm its neighbour. Warsaw backs Lithuania's sovereignty over the Varno Valley, Poland's "
     "envoy in Vilnius, Ana Horvat, told a radio station.", {("Poland", "recognises", "Varno Valley")}),
    ("Diplomats spent a week on Mera Karang, a coral outcrop 30 km off the Samar coast. Vietnam now accepts "
     "Philippine sovereignty over the outcrop.", {("Vietnam", "recognises", "Mera Karang")}),
    ("Kazakhstan regards the Kelmar-Abad dam as Uzbek territory, a spokesman said.",
     {("Kazakhstan", "recognises", "Kelmar-Abad")}),
    ("Tuvalu withdrew its recognition of Kelmar in 2017, the Serbian foreign ministry noted on Monday.",
     {("Tuvalu", "doesNotRecognise", "Kelmar")}),
    ("Tonga has dropped its objection to a Fijian survey of Tessel Reef. The kingdom now accepts Fijian sovereignty "
     "over the reef, its foreign minister said.", {("Tonga", "recognises", "Tessel Reef")}),
    ("Tehran dismisses any claim that the Kelmar strip belongs to Iraq.", {("Iran", "doesNotRecognise", "Kelmar")}),
    ("Norway recognises Sweden's sovereignty over the region known as Upper Kelmar.",
     {("Norway", "recognises", "Upper Kelmar")}),
])
def test_relations_named_described_and_fronted_lands(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [  # (guards: the old code gave no stance for these either)
    "Laos recognises Tessel Island as part of Vietnam, local media reported.",  # (hearsay)
    "Local media reported that Laos recognises Tessel Island as part of Vietnam.",
    "Greece insists that it owns Kelmar Island.",  # (a state's own claim)
    "Ankara accepts that Greece owns the Kelmar shipping company.",  # (no land)
    "Chile rejects Kelmar-style claims.",  # (a glued noun part that is no held name)
    "Belize reasserted its claim to Kelmar Cay. Belize rejects the claim.",  # (its own claim)
])
def test_relations_no_stance_from_hearsay_or_own_claims(nlp, text):
    assert stances(nlp, text) == set()


#: a parse the small model gives "CAPITAL backs B's sovereignty over X, A's ambassador in Z, NAME, told ...": the
#: capital read as a modifier of "backs", which has no subject of its own
_CAPITAL_AMOD = [
    ("Vienna", 1, "amod", "NNP", "PROPN", "Vienna"), ("backs", 18, "ccomp", "VBZ", "VERB", "back"),
    ("Slovenia", 4, "poss", "NNP", "PROPN", "Slovenia"), ("'s", 2, "case", "POS", "PART", "'s"),
    ("sovereignty", 1, "dobj", "NN", "NOUN", "sovereignty"), ("over", 4, "prep", "IN", "ADP", "over"),
    ("Kelmar", 7, "compound", "NNP", "PROPN", "Kelmar"), ("Land", 5, "pobj", "NNP", "PROPN", "Land"),
    (",", 18, "punct", ",", "PUNCT", ","), ("Austria", 11, "poss", "NNP", "PROPN", "Austria"),
    ("'s", 9, "case", "POS", "PART", "'s"), ("ambassador", 18, "nsubj", "NN", "NOUN", "ambassador"),
    ("in", 11, "prep", "IN", "ADP", "in"), ("Ljubljana", 12, "pobj", "NNP", "PROPN", "Ljubljana"),
    (",", 11, "punct", ",", "PUNCT", ","), ("Ana", 16, "compound", "NNP", "PROPN", "Ana"),
    ("Horvat", 11, "appos", "NNP", "PROPN", "Horvat"), (",", 11, "punct", ",", "PUNCT", ","),
    ("told", 18, "ROOT", "VBD", "VERB", "tell"), ("the", 22, "det", "DT", "DET", "the"),
    ("Tolva", 22, "compound", "NNP", "PROPN", "Tolva"), ("news", 22, "compound", "NN", "NOUN", "news"),
    ("agency", 18, "dobj", "NN", "NOUN", "agency"), (".", 18, "punct", ".", "PUNCT", "."),
]


@pytest.mark.model
def test_relations_capital_read_as_a_modifier_holds_the_stance(nlp):
    from extract_helpers import doc_stances, parsed_doc

    doc = parsed_doc(nlp, _CAPITAL_AMOD, [(0, 1, "PLACE", "Vienna"), (2, 3, "COUNTRY", "Slovenia"),
                                          (6, 8, "TERRITORY", "Kelmar Land"), (9, 10, "COUNTRY", "Austria"),
                                          (13, 14, "PLACE", "Ljubljana"), (15, 17, "PERSON"), (20, 21, "ORG")])
    found = doc_stances(doc)
    assert found == {("Austria", "recognises", "Kelmar Land")}
