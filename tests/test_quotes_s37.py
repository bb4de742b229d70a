"""graph.quotes speakers: names the small tagger splits or misses (Romance particles before a surname it reads
as a body, a last name it reads as a nationality, a Polynesian okina), a Bhutanese title taken up on its own
("Lyonpo said"), a "Member of Parliament" post with an apposed name, and a hospital named after a prince.

Every sentence here is invented (Joana dos Reis Belo, Tandin Wangpo Rigzin, 'Eseta Moala Vea…).
"""
from __future__ import annotations

import pytest

from extract_helpers import quotes, speaker

_PARTICLE = ("In the National Parliament in Dili, CNRT MP Joana dos Reis Belo said the budget had forgotten the "
             "farmers of Ermera and Liquiçá.\n\n\u201cThe coffee growers carried this country through hard years,"
             "\u201d she said.")
_LYONPO = ("Kuensel\n\nHome Minister on Haa: \u201cThe pastures stay with the herders\u201d\n\n"
           "Lyonpo Tandin Wangpo Rigzin, the Minister for Home Affairs, informed the National Council on Monday "
           "that grazing rights in Haa would not change.\n\n\u201cEvery family there has a permit from the old "
           "days,\u201d Lyonpo said. \u201cNo office in Thimphu will take it away.\u201d")
_OKINA = ("The chief nurse of the surgical ward, Sister {name}, has worked at the clinic in Pangai for 19 "
          "years. She recalled that women from Nomuka and 'Uiha once slept in the corridor.\n\n\u201cWe "
          "delivered babies by torchlight when the generator failed,\u201d she said.")
_PRINCE = ("According to Dr Semisi Taufa Kaufusi, the chief surgeon of Prince Wellington Hospital, the new "
           "theatre will cut the wait for operations in Ha'apai. \u201cPatients will no longer sail for two days "
           "to see a surgeon,\u201d he said.")
_MEMBER = ("Member of Parliament for Ha'apai 13, Hon. Viliami Sitaleki Moengangongo, of the Tonga People's "
           "Party, promised the fishermen a new wharf. \u201cThe boats cannot keep landing on the reef,\u201d he "
           "said.")


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    (_PARTICLE, "coffee growers carried", "Joana dos Reis Belo"),
])
def test_quotes_surname_after_particle_read_as_body(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    (_LYONPO, "permit from the old days", "Tandin Wangpo Rigzin"),
    (_LYONPO, "No office in Thimphu", "Tandin Wangpo Rigzin"),
])
def test_quotes_bhutanese_title_taken_up(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    (_OKINA.format(name="'Ana Vaipulu Taufa"), "delivered babies by torchlight", "'Ana Vaipulu Taufa"),
    (_OKINA.format(name="'Eseta Moala Vea"), "delivered babies by torchlight", "'Eseta Moala Vea"),
])
def test_quotes_okina_name_apposed_to_role_subject(nlp, text, words, who):
    assert (speaker(quotes(nlp, text), words) or "").lstrip("'") == who.lstrip("'")


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    (_PRINCE, "sail for two days", "Semisi Taufa Kaufusi"),
])
def test_quotes_body_named_after_titled_person_is_no_person(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words, who", [
    (_MEMBER, "keep landing on the reef", "Viliami Sitaleki Moengangongo"),
])
def test_quotes_member_of_parliament_post_with_apposed_name(nlp, text, words, who):
    assert speaker(quotes(nlp, text), words) == who


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # a bare title with nobody given it before names nobody
    ("The minister left early.\n\n\u201cThe pastures stay open,\u201d Lyonpo said.", "pastures stay open"),
])
def test_quotes_bhutanese_title_taken_up_negative(nlp, text, words):
    assert speaker(quotes(nlp, text), words) is None
