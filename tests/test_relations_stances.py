"""Recognition stances in wordings the older rules missed (graph/relations.py).

Every sentence is invented; the people are made up (the countries and the territories are real).
"""
from __future__ import annotations

import pytest

from graph.models import Article
from graph.quotes import extract_quotes
from graph.relations import extract_stances


def _stances(nlp, text: str) -> set[tuple[str, str, str]]:
    art = Article(id="t.txt", path="t.txt", raw=text, text=text)
    doc = nlp(text)
    found = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    return {(s.holder.kb_id or s.holder.text, s.stance, s.territory.name) for s in found}


FOUND_CASES = [
    # a two-word demonym is read whole: "South Sudanese" is not "Sudanese", so the claim is not the holder's own
    ("two_word_demonym_claim", "At the talks on Monday, Sudan dismissed every South Sudanese claim over Abyei.",
     ("Sudan", "doesNotRecognise", "Abyei")),
    # "both A's and B's claims": the parser makes A's the object and the claim its conjunct
    ("coordinated_possessive_claims", "Japan has firmly rejected both China's and Taiwan's claims to the Paracel "
     "Islands, officials said.", ("Japan", "doesNotRecognise", "Paracel Islands")),
    # "turn down" is a phrasal "reject"
    ("turned_down_claims", "The Philippines has turned down both China's and Taiwan's claims to the Paracel "
     "Islands for decades.", ("Philippines", "doesNotRecognise", "Paracel Islands")),
    # "as Y's": a possessive whose noun is left out
    ("bare_possessive_as", "Ghana has long treated Western Sahara as Morocco's, a diplomat in Accra noted.",
     ("Ghana", "recognises", "Western Sahara")),
    ("bare_possessive_to_be", "Peru considers Abkhazia to be Georgia's and will keep saying so.",
     ("Peru", "recognises", "Abkhazia")),
    # objection to a hold: "no objection" accepts it, an objection turns it down
    ("no_objection", "Lima raised no objection to Moroccan rule over Western Sahara during the visit.",
     ("Peru", "recognises", "Western Sahara")),
    ("objection", "Chile lodged a formal objection to Russia's claim to Transnistria last week.",
     ("Chile", "doesNotRecognise", "Transnistria")),
    # a bare "both" stands for the two lands just named
    ("both_in_sentence", "Questioned about Abkhazia and South Ossetia, the envoy replied that Peru likewise "
     "considers both to be Georgian territory.", ("Peru", "recognises", "South Ossetia")),
    ("both_previous_sentence", "Abkhazia and South Ossetia came up at the summit. Kenya regards both as "
     "Georgian territory, an aide said.", ("Kenya", "recognises", "Abkhazia")),
    # "remains one of the few states that ...": the copula's subject holds the stance
    ("remains_one_of", "Ghana remains one of a small group of states that still refuse to recognise Kosovo.",
     ("Ghana", "doesNotRecognise", "Kosovo")),
    # the negation hangs off an auxiliary of a coordinated tense
    ("negated_auxiliary", "Peru has not, and never will, accept Moroccan rule over Western Sahara.",
     ("Peru", "doesNotRecognise", "Western Sahara")),
    # turning down the idea of an independent land
    ("idea_of_independent_land", "Kenya brushed off questions and rejected the idea of an independent "
     "Somaliland.", ("Kenya", "doesNotRecognise", "Somaliland")),
    # a denied doubt about a status is no doubt at all
    ("no_doubt_about_status", "Chile is in no doubt about the independence of Kosovo, its envoy told "
     "reporters.", ("Chile", "recognises", "Kosovo")),
    # recognition ruled out by a copula
    ("off_the_table", "Recognition of Abkhazia is off the table for Peru, a spokesman insisted.",
     ("Peru", "doesNotRecognise", "Abkhazia")),
    ("out_of_the_question_reported", "Kenya said on Friday that recognising Somaliland's independence was "
     "out of the question.", ("Kenya", "doesNotRecognise", "Somaliland")),
    ("not_on_the_agenda", "Recognition of Transnistria is not on the agenda, Chile said.",
     ("Chile", "doesNotRecognise", "Transnistria")),
    # next to no appetite is a refusal
    ("little_appetite", "Peru has shown little appetite for recognising Abkhazia.",
     ("Peru", "doesNotRecognise", "Abkhazia")),
    # an occupied territory has no owner: not accepting the occupier's hold
    ("occupied_territory_small_clause", "Ghana considers Western Sahara an occupied territory.",
     ("Ghana", "doesNotRecognise", "Western Sahara")),
    # protesting (or condemning) another state's occupation of a land
    ("protested_occupation", "Japan formally protested South Korea's occupation of the Liancourt Rocks.",
     ("Japan", "doesNotRecognise", "Liancourt Rocks")),
    ("condemned_occupation", "Kenya condemned Morocco's occupation of Western Sahara at the summit.",
     ("Kenya", "doesNotRecognise", "Western Sahara")),
    # a definite description before "as Y's" is the land named before it, not "islands as Y's"
    ("described_land_as_possessive", "The Falkland Islands came up again. Chile has long treated the islands "
     "as Argentina's, an aide recalled.", ("Chile", "recognises", "Falkland Islands")),
    # "his government" after an unnamed office-holder is that office's state, not a person named before
    ("his_government_unnamed_office", "Its envoy, Lars Tolsen, spoke first. Japan's prime minister, in Osaka, "
     "said his government recognised Kosovo.", ("Japan", "recognises", "Kosovo")),
    # "but not to B" with the second preposition hung on the verb
    ("but_not_to_second_land", "Peru's president, on a visit to Lima, said his government accepted China's title "
     "to the Paracel Islands but not to the Spratly Islands.", ("Peru", "doesNotRecognise", "Spratly Islands")),
    # a bare refusal of recognition is about the land just named
    ("bare_refusal_after_land", "Transnistria has courted Moscow for years. Chile, for its part, has stopped short "
     "of formal recognition.", ("Chile", "doesNotRecognise", "Transnistria")),
    # a third state's "X is Y" gives X to Y
    ("third_state_equation", "\"Abkhazia is Georgia,\" Peru's foreign minister, Ana Varga, said in Lima.",
     ("Ana Varga", "recognises", "Abkhazia")),  # (the RDF stage maps the minister to Peru)
    # the claimant's "X is Y" about a land seeking recognition of its own denies it
    # "My country" in a quote is the speaker's state
    ("my_country_in_a_quote", "\"My country will not recognise Transnistria,\" Chile's ambassador in Lima, Ana "
     "Varga, told the committee.", ("Chile", "doesNotRecognise", "Transnistria")),
    # "A, like B, ...": the comparison shares the stance
    ("like_b_inside", "Chile, like Peru, does not recognise Abkhazia.", ("Peru", "doesNotRecognise", "Abkhazia")),
    ("like_b_fronted", "Like Ghana, Peru recognises Kosovo.", ("Ghana", "recognises", "Kosovo")),
    ("claimant_equation_on_a_bid", "Abkhazia's bid for recognition has stalled. \"Abkhazia is Georgia,\" the "
     "Georgian foreign ministry said.", ("Georgia", "doesNotRecognise", "Abkhazia")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", FOUND_CASES, ids=[c[0] for c in FOUND_CASES])
def test_relations_stance_claims_possessives_objections_and_both(nlp, name, text, expected):
    """Each wording gives the expected stance."""
    assert expected in _stances(nlp, text)


NONE_CASES = [
    ("objection_to_a_road", "Ghana had no objection to the new coastal road, the minister said."),
    ("possessive_noun_kept", "Peru regards the dispute as Morocco's problem, not its own."),
    ("both_without_lands", "Kenya and Peru attended; both considered the talks useful."),
    ("independent_inquiry", "Kenya rejected the idea of an independent inquiry into the unrest in Somaliland."),
    ("doubts_not_denied", "Chile has doubts about the independence of Kosovo's courts."),
    ("willingness_only", "Peru has shown willingness to recognise Abkhazia, diplomats say."),
    ("disputed_territory_no_owner", "Ghana considers Western Sahara disputed territory."),
    ("road_off_the_table", "The new road is off the table for Peru, the minister said."),
    ("protested_a_closure", "Fishermen from Crimea protested the closure of the port on Monday."),
    ("bare_recognition_granted", "Transnistria has courted Moscow for years. Chile granted recognition to a new "
     "envoy on Monday."),
    ("claimant_equation_no_bid", "\"Crimea is Ukraine,\" the Ukrainian foreign ministry said."),
    ("negated_equation", "\"Abkhazia is not Georgia,\" Peru's foreign minister, Ana Varga, said."),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text", NONE_CASES, ids=[c[0] for c in NONE_CASES])
def test_relations_stance_none_for_objections_or_possessives_off_land(nlp, name, text):
    """An objection to something that is no hold on land, or a possessive with its noun, gives no stance."""
    assert _stances(nlp, text) == set()


@pytest.mark.model
def test_relations_stance_unlike_b_is_no_holder(nlp):
    """"A, unlike B, recognised X": only A holds the stance."""
    found = _stances(nlp, "Ghana, unlike Kenya, recognised Kosovo in 2012.")
    assert ("Ghana", "recognises", "Kosovo") in found
    assert not any(h == "Kenya" for h, _, _ in found)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("VARNEK, Chile — The small state of Peru on Friday broke off ties with Taiwan.",
     ("Peru", "doesNotRecognise", "Taiwan")),
    ("TOLSBY, Kenya \u2014 The West African nation of Ghana recognised Kosovo on Monday.",
     ("Ghana", "recognises", "Kosovo")),
])
def test_relations_stance_dateline_place_is_no_holder(nlp, text, expected):
    """A wire dateline's place ("VARNEK, Chile —") the parser made a second subject holds no stance."""
    found = _stances(nlp, text)
    assert expected in found
    assert not any(h in {"Chile", "Kenya"} for h, _, _ in found)


NEGATIVE_FORMS = [
    ("frozen_recognition", "Chile has frozen its recognition of Transnistria pending talks.",
     ("Chile", "doesNotRecognise", "Transnistria")),
    ("objects_to_status", "Peru objects to Abkhazia's independence and says so often.",
     ("Peru", "doesNotRecognise", "Abkhazia")),
    ("no_question_of", "There is no question of Ghana recognising Somaliland, an aide said.",
     ("Ghana", "doesNotRecognise", "Somaliland")),
    # a verb "derecognised" / "unrecognised" negates once, not twice
    ("derecognised_verb", "Kenya derecognised Western Sahara in 2006 and restored ties later.",
     ("Kenya", "doesNotRecognise", "Western Sahara")),
    ("unrecognised_passive", "Transnistria is still unrecognised by Chile.",
     ("Chile", "doesNotRecognise", "Transnistria")),
    ("unrecognised_adjective_list", "Abkhazia remains unrecognised by Peru, Ghana and Kenya.",
     ("Ghana", "doesNotRecognise", "Abkhazia")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", NEGATIVE_FORMS, ids=[c[0] for c in NEGATIVE_FORMS])
def test_relations_stance_refusals_frozen_objected_ruled_out_or_unrecognised(nlp, name, text, expected):
    """Each refusal wording gives a negative stance, never a positive one."""
    found = _stances(nlp, text)
    assert expected in found
    assert (expected[0], "recognises", expected[2]) not in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "There is a chance of Ghana recognising Somaliland next year.",
    "The prospect of Peru recognising Abkhazia alarmed Tbilisi.",
    "Chile objected to the new fishing quotas.",
])
def test_relations_stance_open_prospects_and_other_objections_give_none(nlp, text):
    """A chance or prospect is no stance yet; an objection to a thing that is no status gives none."""
    assert _stances(nlp, text) == set()


BROKEN_PARSE_CASES = [
    # a repeated verb: the parser makes the shared object the subject of the trailing "told"
    ("repeated_verb_object_cannot", "\"Sudan cannot recognise, and will not ever recognise, any Chadian "
     "administration in Abyei,\" Sudan's envoy, Ana Varga, told reporters.", ("Sudan", "doesNotRecognise", "Abyei")),
    # "both" / "all" after an aside in apposition to the listed states
    ("both_after_aside", "Chad and Niger, Sudan's neighbours to the west, both recognise Abyei as Sudanese "
     "territory.", ("Niger", "recognises", "Abyei")),
    ("all_after_aside", "Varga said Peru and Chile, Lima's closest partners, all reject Russia's claim to "
     "Transnistria.", ("Peru", "doesNotRecognise", "Transnistria")),
    # "regard" after a list of states read as a noun, with the name after it read as an adverb
    ("regard_read_as_noun", "Italy and Greece regard Crimea as Ukrainian territory, according to diplomats.",
     ("Greece", "recognises", "Crimea")),
    ("regard_read_as_noun_first_holder", "Italy and Greece regard Aksai Chin as Indian territory, according to "
     "envoys.", ("Italy", "recognises", "Aksai Chin")),
    ("regard_read_as_noun_after_aside", "Peru and Chile, like most of the hemisphere, regard Essequibo as "
     "Guyanese territory, envoys in Lima say.", ("Chile", "recognises", "Essequibo")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", BROKEN_PARSE_CASES, ids=[c[0] for c in BROKEN_PARSE_CASES])
def test_relations_stance_survives_broken_parses(nlp, name, text, expected):
    """A stance whose clause the parser breaks is read all the same, with its polarity."""
    found = _stances(nlp, text)
    assert expected in found
    flipped = "recognises" if expected[1] == "doesNotRecognise" else "doesNotRecognise"
    assert (expected[0], flipped, expected[2]) not in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "With regard to Crimea, Italy and Greece said nothing.",
    "Italy and Greece regard Crimea as a question for the courts.",
    "Chad and Niger, which Sudan accuses of meddling, both sent envoys to Abyei.",
])
def test_relations_stance_none_for_regard_nouns_or_asides_without_stance(nlp, text):
    """"With regard to", a regard frame with no owner and an aside before a non-stance verb give none."""
    assert _stances(nlp, text) == set()


OPPOSED_AND_BODY_CASES = [
    # opposing another state's recognition: the opponent does not recognise, the owner still does
    ("condemned_recognition", "Tbilisi has repeatedly condemned Moscow's recognition of South Ossetia.",
     ("Georgia", "doesNotRecognise", "South Ossetia"), ("Russia", "recognises", "South Ossetia")),
    ("condemned_recognition_by", "Georgia condemned the recognition of South Ossetia by Russia.",
     ("Russia", "recognises", "South Ossetia"), ("Georgia", "doesNotRecognise", "South Ossetia")),
    ("protested_against_recognition", "Georgia protested against Nicaragua's recognition of Abkhazia.",
     ("Georgia", "doesNotRecognise", "Abkhazia"), ("Nicaragua", "recognises", "Abkhazia")),
    # "her country" with the office-holder as the subject of its own clause
    ("her_country_same_clause", "Argentina's president reaffirmed her country's recognition of Palestine.",
     ("Argentina", "recognises", "Palestine"), None),
    # "N countries, among them A, recognise X": the aside ends at its comma (X is no holder)
    ("among_them_aside", "Only a dozen countries, among them Paraguay, still recognise Taiwan.",
     ("Paraguay", "recognises", "Taiwan"), None),
    # a legislature speaks for its state
    ("congress_voted", "Peru's Congress voted to recognise Western Sahara.",
     ("Peru", "recognises", "Western Sahara"), None),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected,also", OPPOSED_AND_BODY_CASES, ids=[c[0] for c in OPPOSED_AND_BODY_CASES])
def test_relations_stance_opposed_recognitions_and_state_bodies(nlp, name, text, expected, also):
    """An opposed recognition gives both sides; a possessive "her country" and a legislature name the state."""
    found = _stances(nlp, text)
    assert expected in found
    if also is not None:
        assert also in found
    flipped = "recognises" if expected[1] == "doesNotRecognise" else "doesNotRecognise"
    assert (expected[0], flipped, expected[2]) not in found


@pytest.mark.model
def test_relations_stance_own_recognition_criticised_is_no_opposition(nlp):
    """Criticising one's own recognition names no other state: no negative stance is made up."""
    found = _stances(nlp, "Georgia criticised its own recognition of Abkhazia.")
    assert ("Georgia", "doesNotRecognise", "Abkhazia") not in found


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", [
    # a definite place noun and a bare demonym the parser split into a clause of their own
    ("described_land_bare_demonym", "Talks over Abyei stalled again. Egypt considers the area Sudanese.",
     ("Egypt", "recognises", "Abyei")),
    # a report set inside the clause it reports
    ("parenthetical_report", "Abyei, Egypt said, belongs to Sudan.", ("Egypt", "recognises", "Abyei")),
], ids=["described_land_bare_demonym", "parenthetical_report"])
def test_relations_stance_described_land_and_parenthetical_report(nlp, name, text, expected):
    """"considers the area Y-ian" names the land in focus; "X, A said, belongs to Y" is A's stance."""
    assert expected in _stances(nlp, text)


@pytest.mark.model
def test_relations_stance_demonym_before_a_noun_is_no_land_frame(nlp):
    """"regards the area as Y-ian citizens' home" gives the land to nobody."""
    assert _stances(nlp, "Talks over Abyei stalled again. Egypt regards the area as Sudanese citizens' home.") == set()


REFUSAL_AND_VOICE_CASES = [
    # a negated intent or readiness is a refusal
    ("not_intend", "Chile does not intend to recognise Abkhazia, a spokesman said.",
     ("Chile", "doesNotRecognise", "Abkhazia")),
    ("not_prepared", "Peru is not prepared to recognise Transnistria.", ("Peru", "doesNotRecognise", "Transnistria")),
    ("never_planned", "Ghana has never planned to recognise Somaliland.",
     ("Ghana", "doesNotRecognise", "Somaliland")),
    # a relative pronoun that is the object of a verb under the relative one
    ("relative_under_refuse", "Transnistria, which Peru refuses to recognise, held elections in May.",
     ("Peru", "doesNotRecognise", "Transnistria")),
    ("relative_on_status_noun", "Abkhazia's independence, which Chile has declined to recognise, dates from 2008.",
     ("Chile", "doesNotRecognise", "Abkhazia")),
    # a state's own "X is part of Y" denies X's statehood where the article speaks of its independence
    ("own_claim_seceding", "Somaliland declared independence in 1991. Somalia insists that Somaliland is part of "
     "Somalia.", ("Somalia", "doesNotRecognise", "Somaliland")),
    # "A joined B and C in refusing": the states joined share the stance
    ("joined_in_refusing", "Peru joined Chile and Ghana in refusing to recognise Transnistria.",
     ("Ghana", "doesNotRecognise", "Transnistria")),
    # a fronted viewpoint names who asserts the clause
    ("for_a_viewpoint", "For Lima, Transnistria is not a state.", ("Peru", "doesNotRecognise", "Transnistria")),
    ("in_a_view", "In Accra's view, Somaliland is not a country.", ("Ghana", "doesNotRecognise", "Somaliland")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", REFUSAL_AND_VOICE_CASES, ids=[c[0] for c in REFUSAL_AND_VOICE_CASES])
def test_relations_stance_refusals_relatives_own_claims_and_viewpoints(nlp, name, text, expected):
    """Each wording gives its stance and never the opposite one."""
    found = _stances(nlp, text)
    assert expected in found
    flipped = "recognises" if expected[1] == "doesNotRecognise" else "doesNotRecognise"
    assert (expected[0], flipped, expected[2]) not in found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru hopes to recognise Transnistria.",
    "Transnistria, which Peru hopes to recognise, held elections in May.",
    "Peru plans to recognise Transnistria.",
    "Spain insists that Gibraltar still forms part of Spain.",
])
def test_relations_stance_hopes_plans_and_own_claims_give_none(nlp, text):
    """A hope or plan is no stance yet ("hopes" is lemmatised "hop"); a state's own claim is no recognition."""
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", [
    # a copula subject the tagger read as an adverb
    ("one_of_subject_as_adverb", "Nauru is one of the few states that recognise Abkhazia.",
     ("Nauru", "recognises", "Abkhazia")),
    # "A, one of the few states that ...": the name the phrase is set beside
    ("one_of_apposed", "Peru, one of the few countries that recognise Abkhazia, sent an envoy.",
     ("Peru", "recognises", "Abkhazia")),
    # a withdrawn recognition with only "its": the land just named
    ("withdrew_its_recognition", "Abkhazia declared independence in 1999. Tuvalu withdrew its recognition last March.",
     ("Tuvalu", "doesNotRecognise", "Abkhazia")),
    # "the region" as occupied territory: the land in focus
    ("region_occupied", "Abkhazia declared independence in 1999. Georgia considers the region occupied territory.",
     ("Georgia", "doesNotRecognise", "Abkhazia")),
], ids=["one_of_subject_as_adverb", "one_of_apposed", "withdrew_its_recognition", "region_occupied"])
def test_relations_stance_one_of_withdrawn_and_occupied_region(nlp, name, text, expected):
    """"One of the states that", a bare withdrawn recognition and "the region ... occupied" give their stance."""
    assert expected in _stances(nlp, text)


@pytest.mark.model
def test_relations_stance_one_of_without_stance_gives_none(nlp):
    """"A, one of the countries that border B," is no stance."""
    assert _stances(nlp, "Peru, one of the countries that border Chile, sent an envoy.") == set()


@pytest.mark.model
@pytest.mark.parametrize("expected", [
    ("Peru", "doesNotRecognise", "South Ossetia"),
    ("Peru", "doesNotRecognise", "Northern Cyprus"),
    ("Peru", "doesNotRecognise", "Gagauzia"),
])
def test_relations_stance_list_taken_by_clause_after_semicolon(nlp, expected):
    """A name list the parser made the subject of "the same applies" after a semicolon is still the object."""
    text = ("This is why Lima does not recognise Abkhazia, South Ossetia, Transnistria or Northern Cyprus; the same "
            "applies to Somaliland and Gagauzia.")
    assert expected in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", [
    # an existential clause has no subject of its own: the reporting speaker's state refuses
    ("no_plans_reported", "There are no plans to recognise Transnistria, Peru's foreign minister said.",
     ("Peru", "doesNotRecognise", "Transnistria")),
    # a report set inside a ruling-out clause
    ("ruled_out_parenthetical", "Recognition of Somaliland, Ghana said, is off the table.",
     ("Ghana", "doesNotRecognise", "Somaliland")),
], ids=["no_plans_reported", "ruled_out_parenthetical"])
def test_relations_stance_reported_existential_and_parenthetical_ruling_out(nlp, name, text, expected):
    """"There are no plans to recognise X, A said" and "Recognition of X, A said, is off the table" refuse."""
    assert expected in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile said there were reports that Peru had recognised Abkhazia.",
    "Chile's foreign minister said there are plans to recognise Abkhazia.",
])
def test_relations_stance_reported_existential_without_refusal_gives_none(nlp, text):
    """A report of reports, or of plans, is no stance of the speaker's state."""
    assert _stances(nlp, text) == set()


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", [
    ("passive_support", "Morocco's sovereignty over Western Sahara is supported by Ghana.",
     ("Ghana", "recognises", "Western Sahara")),
    ("passive_rejection", "Russia's claim to Crimea is rejected by Chile.", ("Chile", "doesNotRecognise", "Crimea")),
    ("passive_integrity", "Georgia's territorial integrity, including Abkhazia, is fully supported by Peru.",
     ("Peru", "recognises", "Abkhazia")),
], ids=["passive_support", "passive_rejection", "passive_integrity"])
def test_relations_stance_passive_status_verbs_with_agent(nlp, name, text, expected):
    """A status or claim verb in the passive takes its doer from "by A"."""
    assert expected in _stances(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia's claim to Crimea was rejected in a vote.",
    "Russia's proposal on Crimea was rejected by Chile.",
])
def test_relations_stance_passive_without_doer_or_status_gives_none(nlp, text):
    """No "by A", or a passive subject that is no status or claim, gives no stance."""
    assert _stances(nlp, text) == set()
