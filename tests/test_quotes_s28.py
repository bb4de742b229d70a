"""Quote attribution rules of session 28: cue-less quotes after a gesture, "it said", titles before a name."""
from __future__ import annotations

import pytest
from extract_helpers import article, quotes, speaker

from graph.quotes import extract_quotes

pytestmark = pytest.mark.model


def _misparsed(nlp, text: str, fixes: dict[str, tuple[str, str]]):
    """Parse ``text``, then give the last token of each word in ``fixes`` another (tag, dep), as the small model may.

    Args:
        nlp: the spaCy pipeline.
        text: the invented text.
        fixes: word -> (fine-grained tag, dependency label) to force on its last occurrence.

    Returns:
        A Doc with the same words, heads and entities, and the forced tags and labels.
    """
    from spacy.tokens import Doc

    doc = nlp(text)
    tags, deps = [t.tag_ for t in doc], [t.dep_ for t in doc]
    for word, (tag, dep) in fixes.items():
        k = max(t.i for t in doc if t.text == word)
        tags[k], deps[k] = tag, dep
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags,
               pos=[t.pos_ for t in doc], deps=deps, heads=[t.head.i for t in doc], lemmas=[t.lemma_ for t in doc],
               ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc])


@pytest.mark.parametrize("text, words, want", [
    ('Nora Hallett, a councillor, said the budget was late.\n\nAsked about the new levy, Hallett smiled. '
     '"We will see what the spring brings for us."', "spring brings", "Nora Hallett"),
])
def test_quotes_asked_clause_tagged_past_tense(nlp, text, words, want):
    """'Asked ..., NAME laughed. "..."' still introduces NAME when "Asked" is tagged VBD and NAME no subject."""
    doc = _misparsed(nlp, text, {"Asked": ("VBD", "advcl"), text.split(", ")[-1].split()[0]: ("NNP", "advmod")})
    found = list(extract_quotes(doc, article(text)))
    assert speaker(found, words) == want


@pytest.mark.parametrize("text, words, want", [
    ('Nora Hallett, the mayor, opened the new hall on Monday.\n\nHallett shrugged. "Nobody told us anything '
     'about it."', "Nobody told us", "Nora Hallett"),
    ('Ana Varga, the mayor, opened the new hall on Monday.\n\nVarga told the board. "Nobody told us anything."',
     "Nobody told us", None),
])
def test_quotes_lone_cue_verb_before_quote(nlp, text, words, want):
    """'NAME shrugged. "I ..."': a cue verb with no object, ending its sentence, hands the quote to its subject."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    ('The Tolsby Port Authority said the strike was over and that ships were moving again.\n\n'
     '"We thank the crews for their patience," it said.', "thank the crews", "Tolsby Port Authority"),
    ('In a short note on Monday, the Ruritanian Fisheries Agency said the quota "stays as it is" and that the '
     'season was "open".\n\n"The agency sees no reason to change a settled rule," it said.', "no reason to change",
     "Ruritanian Fisheries Agency"),
])
def test_quotes_it_said_skips_reported_subjects(nlp, text, words, want):
    """'"...," it said' reaches the body that led the sentence before, not a subject of the clause it reported."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    ('Interior Minister Petar Lind, asked about the strike during a visit to Tolsby, would only say: '
     '"We are still talking."', "still talking", "Petar Lind"),
    ('Trade Minister Marek Osten, asked whether the tariff would stay, would not say: "We will decide in May."',
     "decide in May", "Marek Osten"),
])
def test_quotes_titled_name_before_modal_cue(nlp, text, words, want):
    """'TITLE NAME, asked ..., would only say: "..."': titles and the modal do not hide the name from the cue."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    ('Tolsby North MLA Petar Lind, a Liberal, said the grant was years in the making. '
     '"It took three budgets and a lot of patience," he said with a laugh.', "three budgets", "Petar Lind"),
])
def test_quotes_seat_and_title_cut_from_speaker(nlp, text, words, want):
    """'Seat MLA NAME ... he said': the speaker is the name, without the constituency and the title."""
    assert speaker(quotes(nlp, text), words) == want


@pytest.mark.parametrize("text, words, want", [
    ('The Tolsby Resident, Marek Osten, said the rumours had caused "some worry, mostly among shopkeepers" but the '
     'market was open as usual.', "some worry", "Marek Osten"),
])
def test_quotes_place_office_with_apposed_holder(nlp, text, words, want):
    """'The PLACE OFFICE, NAME, said ... "..."': the holder named between commas speaks, not the office."""
    assert speaker(quotes(nlp, text), words) == want
