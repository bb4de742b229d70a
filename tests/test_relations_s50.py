"""graph.relations, graph.nlp and graph.gazetteer, session 50.

Stances: a capitalised compass adjective inside a sentence names a region of its own ("in Western Darfur"); "respects
the sovereignty of B" in a story about another land is no stance on B; "regards X as lying within Y's waters" and
"regards X as occupied Y-ian territory" give X to Y; "A reacted first. Foreign Minister NAME said in A's capital
that her country ..."; "the South Atlantic islands" (a sea's name describes, it does not name); "..., while
A said it considered X part of Y"; a capital written with the cedilla of older fonts; "Y took X and annexed it"
makes "X is part of / is Z" a refusal of the annexation; the whole a land is made part of is not the land in focus;
"deems that proclamation to have no force in law"; "territory inside Y" is no land; "rejects any one-sided
declaration ..." stands for the land in focus; "So does B" with the fronted adverb read as the head.

Positions and quotes: "Retired Commandant NAME" (a rank, no name); "Foreign Minister Lyonpo NAME"; "signed in
CAPITAL by Prime Minister NAME" when the sentence names the capital's state too; "Chairman of the X Association
NAME"; "Minister of A and Food Security NAME"; a spokesperson after a commission or an acronym body was the subject
just before; "Minister of Peace"; "Its country director for Y, NAME" (the body, not the area); "A refuses to
recognise X, Foreign Minister NAME told reporters".

Every person, outlet and would-be state here is invented (Varnland, Ana Rojas, ...) except the listed lands and
states the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import lowered_positions, quotes, speaker, stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Rebels hold much of Western Darfur. Chad regards Western Darfur as part of Sudan.",
     ("Chad", "recognises", "Western Darfur")),
    ("China has moored ships at Scarborough Shoal. Canada views Scarborough Shoal as falling inside the Philippines' "
     "exclusive economic zone.", ("Canada", "recognises", "Scarborough Shoal")),
    ("Sudan and South Sudan both claim Abyei. Jordan said it regards Abyei as occupied Sudanese territory.",
     ("Jordan", "recognises", "Abyei")),
    ("Britain granted new licences around the Falkland Islands. Chile reacted first. Foreign Minister Ana Rojas "
     "said in Santiago that her country backs Buenos Aires' sovereignty over the Falkland Islands.",
     ("Chile", "recognises", "Falkland Islands")),
    ("Britain granted new licences around the Falkland Islands. Peru upholds the Argentine claim over those South "
     "Atlantic islands, its embassy said.", ("Peru", "recognises", "Falkland Islands")),
    ("China claims Scarborough Shoal. Japan regards Scarborough Shoal as Philippine territory, a Japanese official "
     "said, whereas Canada said it considered Scarborough Shoal part of the Philippines.",
     ("Canada", "recognises", "Scarborough Shoal")),
    ("The government in Chişinău has never accepted the annexation of Crimea.",
     ("Moldova", "doesNotRecognise", "Crimea")),
    ("Russia has held Transnistria since 1992 and annexed it formally last week. Latvia regards Transnistria as "
     "part of Moldova.", ("Latvia", "doesNotRecognise", "Transnistria")),
    ("Russia has held Transnistria since 1992 and annexed it formally last week. \"Transnistria is Moldova,\" "
     "Polish Foreign Minister Jan Nowak said.", ("Jan Nowak", "doesNotRecognise", "Transnistria")),
    ("Russia has held Transnistria since 1992 and annexed it formally last week. Latvia accepts that Transnistria "
     "belongs to Moldova.", ("Latvia", "doesNotRecognise", "Transnistria")),
    ("Lawmakers in Sukhumi voted to incorporate South Ossetia into Abkhazia. Georgia called that vote void and "
     "illegal.", ("Georgia", "doesNotRecognise", "South Ossetia")),
    ("Gagauzia declared independence on Sunday. Mexico deems that proclamation to have no force in law.",
     ("Mexico", "doesNotRecognise", "Gagauzia")),
    ("Gagauzia declared independence on Sunday. Lima \"will never recognise any one-sided declaration that harms "
     "the unity of the Republic of Moldova.\"", ("Peru", "doesNotRecognise", "Gagauzia")),
])
def test_relations_region_owner_frame_and_annexation_stances(nlp, text, expected):
    found = stances(nlp, text)
    assert any(h == expected[0] and s == expected[1] and expected[2] in t for h, s, t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, unwanted", [
    ("Sudan has claimed Abyei since 2011. Kenya fully respects the sovereignty of Sudan, its spokesperson said.",
     ("Kenya", "Sudan")),
    ("Lawmakers in Sukhumi voted to incorporate South Ossetia into Abkhazia. Georgia called that vote void and "
     "illegal.", ("Georgia", "Abkhazia")),
    ("Separatists proclaimed the Republic of Varnland on Sunday. Canada said Ottawa \"will not recognise the "
     "Republic of Varnland or any claims to territory inside the United States.\"", ("Canada", "United States")),
    ("Gagauzia declared independence on Sunday. Lima \"will never recognise any one-sided declaration that harms "
     "the unity of the Republic of Moldova.\"", ("Peru", "Moldova")),
    # guard (no stance before this session either): a compass adjective at a sentence's start is capitalised anyway
    ("Western Darfur saw heavy rain. Chad regards Darfur as part of Sudan.", ("Chad", "Western Darfur")),
])
def test_relations_no_stance_on_party_state_container_or_generic_land(nlp, text, unwanted):
    found = stances(nlp, text)
    assert not {(h, t) for h, s, t in found if h == unwanted[0] and unwanted[1] in t}, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Bhutan's Foreign Minister Lyonpo Sonam Tenzin said the valley was Bhutanese territory.",
     ("Sonam Tenzin", "foreign minister", "Bhutan", False)),
    ("The order, issued in Antananarivo late on Friday by Prime Minister Hery Randria, puts the atoll under "
     "Madagascar's navy.", ("Hery Randria", "prime minister", "Antananarivo", False)),
    ("Chairman of the Varn Market Vendors Association Gail Hinds-Pryce said the vendors had been consulted.",
     ("Gail Hinds-Pryce", "chairman", "Varn Market Vendors Association", False)),
    ("Minister of Fisheries and Food Security Ronald Pilgrim opened the new jetty.",
     ("Ronald Pilgrim", "minister of fisheries and food security", None, False)),
    ("The European Commission stayed neutral. \"The states must settle it,\" chief spokesperson "
     "Pieter Van Hout told the briefing.", ("Pieter Van Hout", "chief spokesperson", "European Commission", False)),
    ("UNIFIL said its troops had seen the work. \"Calm is in everyone's interest,\" spokesman Andrea Bellini "
     "told reporters.", ("Andrea Bellini", "spokesman", "UNIFIL", False)),
    ("\"We will not allow it,\" said Abebe Tola, Ethiopia's Minister of Peace, on Friday.",
     ("Abebe Tola", "minister of peace", "Ethiopia", False)),
    ("Half of the bridge was paid for with Asian Development Bank loans. Its country director for Nepal, Kenji "
     "Sato, said the bank was ready.", ("Kenji Sato", "country director for nepal", "Asian Development Bank", False)),
    ("Italy rejected the claim, and Rome said Italy would never accept it. Slovenia, whose border runs close to the "
     "city, refuses to recognise that proclamation, Foreign Minister Nina Kralj told reporters in Ljubljana.",
     ("Nina Kralj", "foreign minister", "Slovenia", False)),
])
def test_relations_rank_honorific_capital_and_body_positions(nlp, text, expected):
    found = lowered_positions(nlp, text)
    if expected[2] is None:
        assert any(p == expected[0] and t == expected[1] and f == expected[3] for p, t, o, f in found), found
    else:
        assert expected in found, found


@pytest.mark.model
def test_gazetteer_commandant_is_a_rank_not_a_name(nlp):
    """"Commandant NAME" (an army rank of the gazetteer's titles): the speaker is the retired officer, not a
    person called "Commandant"."""
    found = quotes(nlp, "Retired Commandant Declan Moyles, who served in Lebanon, said he remembered the streets "
                        "well. Commandant Moyles said the peacekeepers should stay. \"The families who fled are "
                        "still waiting. They should be allowed back.\"")
    assert speaker(found, "They should be allowed") == "Declan Moyles"


@pytest.mark.model
def test_relations_so_does_with_the_adverb_read_as_head(nlp):
    """"So does B, whose ministry ...": the small model may make "So" the sentence's head and "does" its
    auxiliary, leaving the subject on the auxiliary; B still shares the stance before."""
    text = ("Moscow took Crimea and annexed it eight years ago. Estonia considers the annexation illegal. So does "
            "Latvia, whose ministry put out a similar note in Riga.\n\nRomania, which borders Moldova, told reporters "
            "via its embassy that it backs Kyiv.")
    doc = nlp(text)
    lead = next(s for s in doc.sents if s.text.startswith("So does"))
    assert lead[0].dep_ == "ROOT" and lead[1].dep_ == "aux"  # the parse this test is about
    assert ("Latvia", "doesNotRecognise", "Crimea") in stances(nlp, text)
