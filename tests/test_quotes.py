"""graph.quotes: the quotation scanner (no model) and quote attribution (model).

Every sentence here is invented (Ruritania, Borduria, Anna Berg, Boris Lind…).
"""
from __future__ import annotations

import logging

import pytest

from graph.models import Article, Quote, Segment
from graph.quotes import extract_quotes, paragraph_bounds, scan_quotes


def _article(text: str, aid: str = "t.txt") -> Article:
    return Article(id=aid, path=aid, raw=text, text=text)


def _quotes(nlp, text: str, aid: str = "t.txt") -> list[Quote]:
    return list(extract_quotes(nlp(text), _article(text, aid)))


def _top(text: str) -> list[str]:
    return [text[s.start:s.end] for s in scan_quotes(text).spans]


def _one(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, f"{words!r} in {[q.text for q in quotes]}"
    return found[0]


def _speaker(quotes: list[Quote], words: str) -> str | None:
    q = _one(quotes, words)
    return q.speaker.text if q.speaker else None


# --------------------------------------------------------------------------- scanner (no model)

@pytest.mark.parametrize("text, spans", [
    ("“We will stay,” she said.", ["We will stay"]),
    ('"We will stay," she said.', ["We will stay"]),
    ("‘We will stay,’ she said.", ["We will stay"]),
    ('He said: "One." Then: "Two."', ["One.", "Two."]),
    ("A ‘smokescreen’ and a ‘reset’.", ["smokescreen", "reset"]),
    ("the so-called ‘patriots’ and ‘traitors’ met", ["patriots", "traitors"]),
])
def test_quotes_scanner_pairs_marks(text, spans):
    assert _top(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("It’s Ruritania’s choice, the Bordurians’ land.", []),
    ("It's Ruritania's choice, the Bordurians' land.", []),
    ("She said: “It’s Ruritania’s land, not the Bordurians’ land.”", ["It’s Ruritania’s land, not the Bordurians’ land."]),
    ("‘The Bordurians’ land is ours,’ he said.", ["The Bordurians’ land is ours"]),
    ("In the ’90s rock ’n’ roll was banned.", []),
])
def test_quotes_scanner_keeps_apostrophes(text, spans):
    assert _top(text) == spans
    assert scan_quotes(text).unbalanced == ()


@pytest.mark.parametrize("text, spans, nested", [
    ('“Q1 "nested" Q2,” he said.', ['Q1 "nested" Q2'], ["nested"]),
    ('"Q1 “inner” Q2," he said.', ["Q1 “inner” Q2"], ["inner"]),
    ("„Guten Tag“, sagte er.", ["Guten Tag"], []),
    ("«Bonjour», dit-il.", ["Bonjour"], []),
])
def test_quotes_scanner_other_mark_styles(text, spans, nested):
    scan = scan_quotes(text)
    assert [text[s.start:s.end] for s in scan.spans] == spans
    assert [text[s.start:s.end] for s in scan.nested] == nested
    assert scan.unbalanced == ()


def test_quotes_scanner_nested_quote_is_part_of_outer():
    text = "Anna Berg said: “He told me ‘never again’ and left.”"
    scan = scan_quotes(text)
    assert [text[s.start:s.end] for s in scan.spans] == ["He told me ‘never again’ and left."]
    assert [text[s.start:s.end] for s in scan.nested] == ["never again"]


def test_quotes_scanner_multi_paragraph_quote_is_not_unbalanced():
    text = "Anna Berg said:\n\n“We waited ten years.\n\n“We will not wait ten more.”\n\nThe talks ended."
    scan = scan_quotes(text)
    assert scan.unbalanced == ()
    assert [text[s.start:s.end] for s in scan.spans] == ["We waited ten years.", "We will not wait ten more."]
    assert len({s.group for s in scan.spans}) == 1
    assert [s.closed for s in scan.spans] == [False, True]


@pytest.mark.parametrize("text, bad", [
    ("“An opening mark that never closes. Anna Berg said: “Fine.”", [0]),
    ("Anna Berg said: “Fine.” And then a stray ” mark.", [41]),
    ('It ends in the report".', [21]),
    ("“A paragraph left open.\n\nThe next one does not reopen.", [0]),
])
def test_quotes_scanner_reports_unbalanced_marks(text, bad):
    scan = scan_quotes(text)
    assert list(scan.unbalanced) == bad
    assert all(text[o] in "“”\"" for o in scan.unbalanced)


def test_quotes_scanner_promotes_quote_inside_unbalanced_one():
    text = "“Unbalanced. Then Anna Berg said: “We are fine.”"
    assert _top(text) == ["We are fine."]


@pytest.mark.parametrize("text", ["", " ", "\n\n", '"', '""', "“”", "‘’", '"""""', "“‘”’", "''''", "\x00\x07“x”\x1b",
                                  "“" * 40, "”" * 40, "‘" * 40 + "’" * 40])
def test_quotes_scanner_never_raises(text):
    scan = scan_quotes(text)
    assert all(0 <= s.open < s.stop <= len(text) and s.start <= s.end for s in scan.spans)


def test_quotes_paragraph_bounds_split_at_newlines():
    text = "One.\n\n  Two. \n\n\nThree"
    assert [text[a:b] for a, b in paragraph_bounds(text)] == ["One.", "Two.", "Three"]


# --------------------------------------------------------------------------- attribution (model)

@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker, cue", [
    pytest.param('"We will not back down," Anna Berg said on Monday.', "We will not back down",
                 "Anna Berg", "say", id="quote-name-cue"),
    pytest.param('"We will not back down," said Anna Berg, a spokeswoman for the Ruritanian foreign ministry.',
                 "We will not back down", "Anna Berg", "say", id="quote-cue-name-appositive"),
    pytest.param('"We will not back down," Anna Berg, a spokeswoman for the ministry, said last week.',
                 "We will not back down", "Anna Berg", "say", id="quote-name-appositive-cue"),
    pytest.param('Anna Berg said: "We will not back down."', "We will not back down", "Anna Berg", "say",
                 id="name-cue-colon"),
    pytest.param('Anna Berg said that "the talks have failed".', "the talks have failed", "Anna Berg", "say",
                 id="name-cue-that"),
    pytest.param("Anna Berg said on her Telegram channel: “The talks have failed. We are leaving.”",
                 "We are leaving", "Anna Berg", "say", id="colon-after-adjuncts-multi-sentence"),
    pytest.param('"The harvest was poor," Boris Lind told reporters.', "harvest", "Boris Lind", "tell", id="told"),
    pytest.param('"Prices will rise," Boris Lind added.', "Prices", "Boris Lind", "add", id="added"),
    pytest.param('"Prices will rise," Boris Lind warned.', "Prices", "Boris Lind", "warn", id="warned"),
    pytest.param('"Prices will rise," Boris Lind claimed.', "Prices", "Boris Lind", "claim", id="claimed"),
    pytest.param('Boris Lind threatened: "We will cut the gas."', "gas", "Boris Lind", "threaten", id="threatened"),
    pytest.param('Boris Lind asked: "Who will pay for this?"', "Who will pay", "Boris Lind", "ask", id="asked"),
    pytest.param('Boris Lind wrote: "The bridge is unsafe."', "bridge", "Boris Lind", "write", id="wrote"),
    pytest.param('Boris Lind posted on Facebook: "The bridge is unsafe."', "bridge", "Boris Lind", "post",
                 id="posted"),
    pytest.param('Boris Lind stated: "The bridge is unsafe."', "bridge", "Boris Lind", "state", id="stated"),
    pytest.param('"Prices will rise," Boris Lind insisted.', "Prices", "Boris Lind", "insist", id="insisted"),
    pytest.param('"The bridge is unsafe," according to Boris Lind, the town\'s engineer.', "bridge",
                 "Boris Lind", "according to", id="according-to-after"),
    pytest.param('According to Boris Lind, the town\'s engineer, "the bridge is unsafe and must close."',
                 "bridge", "Boris Lind", "according to", id="according-to-before"),
    pytest.param("Tomas Vale raised the matter in parliament, saying that “the border has never been agreed.”",
                 "border", "Tomas Vale", "say", id="saying-that"),
    pytest.param("Lena Marsh, his colleague at the institute, completed the answer by saying: "
                 "“The reform has failed.”", "reform", "Lena Marsh", "say", id="by-saying"),
    pytest.param('Anna Berg noted that "the vote was not secret".', "not secret", "Anna Berg", "note",
                 id="weak-cue-before-that"),
    pytest.param('"The vote was not secret," Anna Berg replied.', "not secret", "Anna Berg", "reply",
                 id="weak-cue-trailing"),
    pytest.param('The newspaper quoted Anna Berg as saying: "The war is lost."', "war is lost", "Anna Berg", "say",
                 id="quoted-as-saying"),
    pytest.param('Anna Berg was quoted as saying: "The war is lost."', "war is lost", "Anna Berg", "say",
                 id="was-quoted-as-saying"),
    pytest.param("In a post on Facebook, Tomas Vale, a former adviser, wrote: ‘The minister is an honest man.’",
                 "honest man", "Tomas Vale", "write", id="intro-phrase-appositive-colon"),
    pytest.param("Giga Vale, head of the Strelsau bar association offered this opinion: “The court was wrong "
                 "and everybody knows it.”", "court was wrong", "Giga Vale", "offer", id="speech-noun-colon"),
    pytest.param('"There can be no peace while soldiers guard our land," Deputy Prime Minister for Reintegration '
                 'Ana Pop-Lungu told reporters.', "no peace", "Ana Pop-Lungu", "tell", id="title-with-portfolio"),
    pytest.param('"We will not wait," Minister for Europe and Foreign Affairs Sara Lind said.', "not wait",
                 "Sara Lind", "say", id="title-with-two-word-portfolio"),
])
def test_quotes_cue_patterns(nlp, text, words, speaker, cue):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.speaker.label == "PERSON"
    assert q.cue == cue
    assert q.status == "direct"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Boris Lind met the mayor on Tuesday. "The bridge is unsafe," he said.', "bridge",
                 "Boris Lind", id="pronoun-previous-subject"),
    pytest.param("Ines Falk, the mayor's spokeswoman, spoke after the vote. “We lost,” she said.", "We lost",
                 "Ines Falk", id="pronoun-she"),
    pytest.param("Tomas Vale visited the port. He said the cranes were gone. “Not one is left,” he said.",
                 "Not one", "Tomas Vale", id="pronoun-chain"),
    pytest.param("Tomas Vale spoke first. Koval's wife, Vesna, said the family was poor. "
                 "“We have two months left,” she said.", "two months", "Vesna", id="pronoun-appositive-of-subject"),
    pytest.param('Mr Lind visited the site. "The bridge is unsafe," Mr Lind said.', "bridge", "Lind",
                 id="mr-surname"),
    pytest.param('Boris Lind toured the site. "It is unsafe," Lind said.', "unsafe", "Boris Lind", id="surname"),
    pytest.param('Boris Lind, the Ruritanian president, visited the site. "The bridge is unsafe," '
                 'the Ruritanian president said.', "bridge", "Boris Lind", id="role-president"),
    pytest.param("Ministry spokesman Ivan Petrov met reporters. Later the ministry spokesman said: "
                 "“There will be no talks.”", "no talks", "Ivan Petrov", id="role-spokesman"),
    pytest.param("Mayor Elena Voss opened the bridge on Monday. “It is safe,” the mayor said.", "safe",
                 "Elena Voss", id="role-mayor"),
    pytest.param("Mr Mohr met Ines Falk, the party spokeswoman. “We disagree,” she said.", "disagree",
                 "Ines Falk", id="pronoun-she-gender-from-title"),
    pytest.param("Mr Mohr met Ines Falk, the party spokeswoman. “We disagree,” he said.", "disagree",
                 "Mohr", id="pronoun-he-gender-from-title"),
    pytest.param("Petra Lind, Bordurian chief prosecutor, arrived on Monday. “The evidence is clear,” "
                 "Borduria's chief prosecutor said.", "evidence", "Petra Lind", id="role-chief-prosecutor"),
    pytest.param("The UN's special envoy on Moldova, Chiamaka Obi-Eze, has just spoken to reporters. "
                 "“The two sides were closer today,” she said.", "closer today", "Chiamaka Obi-Eze",
                 id="pronoun-name-apposed-to-subject-role"),
    pytest.param("The mill has been shut since May, according to Ilinca Moraru-Vasi, an economist at a think tank. "
                 "“Every week it is cold, the town loses more,” she said.", "Every week", "Ilinca Moraru-Vasi",
                 id="pronoun-after-according-to-name-with-occupation"),
])
def test_quotes_resolve_pronouns_surnames_and_roles(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
def test_quotes_mr_dot_without_space_gives_surname(nlp):
    text = "Mr.Berg said: “The vote was fair.”"
    q = _one(_quotes(nlp, text), "vote")
    assert (q.speaker.text, text[q.speaker.start:q.speaker.end]) == ("Berg", "Berg")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Anna Berg called the plan "a reckless gamble".', "reckless gamble", "Anna Berg",
                 id="called-it"),
    pytest.param('Anna Berg said the remarks "do not reflect the views of the government".', "do not reflect",
                 "Anna Berg", id="said-the-remarks"),
    pytest.param('Anna Berg accused them of sowing "discord".', "discord", "Anna Berg", id="accused-of"),
    pytest.param("Anna Berg said the situation was “very serious” and “getting worse”.", "very serious",
                 "Anna Berg", id="two-partials-first"),
    pytest.param("Anna Berg said the situation was “very serious” and “getting worse”.", "getting worse",
                 "Anna Berg", id="two-partials-second"),
    pytest.param("The mayor is trying to close a “budget gap” after a bad year, Lena Marsh told the radio.",
                 "budget gap", "Lena Marsh", id="cue-after-reported-clause"),
    pytest.param("The plan, which Anna Berg called “a total disaster”, was backed by Boris Lind, who said it was "
                 "“the only way”.", "total disaster", "Anna Berg", id="relative-clause-first"),
    pytest.param("The plan, which Anna Berg called “a total disaster”, was backed by Boris Lind, who said it was "
                 "“the only way”.", "only way", "Boris Lind", id="relative-clause-second"),
    pytest.param("Anna Berg told the radio that Boris Lind had said “the war is lost for good”.", "lost for good",
                 "Boris Lind", id="nearest-cue-wins"),
])
def test_quotes_partial_quotes_in_reported_speech(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("The government launched the so-called “reset” last year.", "reset", id="so-called"),
    pytest.param("Officials want to maintain a ‘smokescreen’ designed to hide the deal.", "smokescreen",
                 id="coined-term"),
    pytest.param("Kazimir Dral kept a ‘window’ open to the west for years.", "window", id="scare-near-name"),
    pytest.param('Ana Lind, a diplomat, declined to say whether the word "federation" had appeared in the notes.',
                 "federation", id="the-word-x"),
])
def test_quotes_skip_scare_quotes(nlp, text, words):
    assert not [q for q in _quotes(nlp, text) if words in q.text]


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("“The Last Days of the Empire”\n\nThe book sold well in Strelsau.", "Last Days", id="headline"),
    pytest.param("Anna Berg said her memoir, “Letters From the Northern Front”, was finished.", "Letters From",
                 id="title-after-cue"),
    pytest.param("Critics called the film “a triumph of style over substance”.", "triumph", id="no-name-subject"),
    pytest.param("Anna Berg and Boris Lind said: “We stand together on this.”", "stand together",
                 id="two-speakers"),
    pytest.param("A spokesman for the Ruritanian ministry said: “The figures are wrong.”", "figures",
                 id="unnamed-spokesman"),
    pytest.param("Tomas Vale spoke first. Ivo Koval's wife said the family was poor. "
                 "“We have two months left,” she said.", "two months", id="pronoun-not-the-possessor"),
    pytest.param("Anna Berg said the plan had failed. Boris Lind disagreed. “It worked well.”", "worked well",
                 id="no-cue-after-other-sentence"),
    pytest.param('The minister described the plan as "a publicity stunt." Anna Berg said it would fail.',
                 "publicity stunt", id="full-stop-ends-quote"),
    pytest.param("He called the villagers ‘bezdomni’ (‘people without a home, beggars’) in a speech.",
                 "without a home", id="parenthesised-gloss"),
    pytest.param("“This is a disgrace,” he said.", "disgrace", id="pronoun-without-antecedent"),
    pytest.param("Anna Berg posted a video titled “how we lost the war in the north”.", "how we lost",
                 id="titled"),
    pytest.param("Anna Berg was asked: “Will you resign now?”", "resign", id="passive-cue-is-the-listener"),
    pytest.param("The crowd chanted: “The war is over.” Boris Lind said the claim was false.", "war is over",
                 id="next-sentence-cue"),
    pytest.param("“I have nothing to add,” a senior official told reporters.", "nothing to add",
                 id="indefinite-role"),
    pytest.param("Anna Berg's spokesman said: “There is nothing to add.”", "nothing to add", id="unnamed-role"),
])
def test_quotes_no_speaker_when_unsure(nlp, text, words):
    found = [q for q in _quotes(nlp, text) if words in q.text]
    assert all(q.speaker is None for q in found)


@pytest.mark.model
def test_quotes_paragraph_without_cue_continues_previous_speaker(nlp):
    text = '"The talks have failed," Anna Berg said.\n\n"We are going home tonight."'
    quotes = _quotes(nlp, text)
    assert _speaker(quotes, "going home") == "Anna Berg"


@pytest.mark.model
def test_quotes_heading_in_other_marks_is_not_continued(nlp):
    text = ('"The talks have failed," Anna Berg said.\n\n'
            "'Why did the talks fail?'\n\n"
            "The delegation left Strelsau on Friday.")
    quotes = _quotes(nlp, text)
    assert _speaker(quotes, "talks have failed") == "Anna Berg"
    assert _speaker(quotes, "Why did the talks fail") is None


@pytest.mark.model
def test_quotes_paragraph_without_cue_needs_an_attributed_previous_quote(nlp):
    text = "The delegation left on Friday.\n\n“We are going home tonight.”"
    assert _speaker(_quotes(nlp, text), "going home") is None


@pytest.mark.model
def test_quotes_multi_paragraph_quote(nlp):
    text = ("Anna Berg, the Ruritanian foreign minister, spoke at length.\n\n"
            "“We have waited for ten years. The border must be settled.\n\n"
            "“We will not wait another ten,” she said.\n\n"
            "The talks resume in May.")
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["We have waited for ten years. The border must be settled.",
                                        "We will not wait another ten"]
    assert [q.speaker.text for q in quotes] == ["Anna Berg", "Anna Berg"]
    assert all(text[q.start:q.end] == q.text for q in quotes)


@pytest.mark.model
def test_quotes_continuation_in_same_paragraph(nlp):
    text = "“The river has risen by two metres,” Anna Berg told the radio. “It is still rising.” " \
           "The mayor, Boris Lind, declined to comment."
    quotes = _quotes(nlp, text)
    assert _speaker(quotes, "two metres") == "Anna Berg"
    assert _speaker(quotes, "still rising") == "Anna Berg"


@pytest.mark.model
def test_quotes_interrupted_quote(nlp):
    quotes = _quotes(nlp, '"We will win," Anna Berg said, "and we will win soon."')
    assert [(q.text, q.speaker.text) for q in quotes] == [("We will win", "Anna Berg"),
                                                          ("and we will win soon.", "Anna Berg")]


@pytest.mark.model
def test_quotes_quote_after_indirect_speech(nlp):
    quotes = _quotes(nlp, "Anna Berg said the plan had failed. “We warned them for years.”")
    assert _speaker(quotes, "warned them") == "Anna Berg"


@pytest.mark.model
def test_quotes_nested_quote_belongs_to_outer(nlp):
    text = "Anna Berg said: “He told me ‘never again’ and left the room.”"
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["He told me ‘never again’ and left the room."]
    assert quotes[0].speaker.text == "Anna Berg"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Anna Berg said: “It’s the Bordurians’ land, not Ruritania’s.”", "Bordurians’ land",
                 "Anna Berg", id="typographic"),
    pytest.param("Anna Berg said: \"It's the Bordurians' land, not Ruritania's.\"", "Bordurians' land",
                 "Anna Berg", id="straight"),
])
def test_quotes_apostrophes_inside_quote(nlp, text, words, speaker):
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    assert _speaker(quotes, words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Ruritanian Foreign Ministry said in a statement: “The election was neither free nor fair.”",
                 "neither free", "Ruritanian Foreign Ministry", id="ministry"),
    pytest.param("RuriWatch, a Telegram channel, claims that the vote was rigged: ‘The ballots were printed "
                 "in advance.’", "ballots", "RuriWatch", id="telegram-channel"),
    pytest.param("The Ruritanian Foreign Ministry criticised the vote. “The election was not fair,” "
                 "the ministry said.", "not fair", "Ruritanian Foreign Ministry", id="the-ministry-role"),
])
def test_quotes_organisation_speakers(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.speaker.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, status", [
    pytest.param("Anna Berg reportedly said: “The deal is dead.”", "reported", id="reportedly"),
    pytest.param("A post ascribed to Anna Berg said: “The deal is dead.”", "reported", id="ascribed-to"),
    pytest.param("Anna Berg posted on Facebook: “The deal is dead.” Her account had been hacked, she said later.",
                 "disputed", id="hacked"),
    pytest.param("Anna Berg posted: “The deal is dead.” Berg later said the post was a fake.", "disputed",
                 id="fake"),
    pytest.param("Anna Berg wrote: “The deal is dead.” Her aide Boris Lind denied that she had written the post.",
                 "denied", id="aide-denied"),
    pytest.param("Anna Berg wrote: “The deal is dead.” Boris Lind said the deal was alive.", "direct",
                 id="direct"),
    pytest.param("According to Lena Marsh, “the account of Tomas Vale was hacked last week.”", "direct",
                 id="hack-inside-quote-is-not-status"),
    pytest.param("Anna Berg denied saying “the war is lost for good”.", "denied", id="denied-saying"),
    pytest.param("Anna Berg did not say “the war is lost for good”, her aide insisted.", "denied", id="negated-cue"),
])
def test_quotes_attribution_status(nlp, text, status):
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker is not None
    assert quotes[0].status == status


@pytest.mark.model
def test_quotes_status_needs_the_speaker(nlp):
    text = ("Tomas Vale said, according to Lena Marsh, that “the vote was clean”, "
            "and that the account of Boris Lind had been hacked.")
    q = _one(_quotes(nlp, text), "vote was clean")
    assert q.status == "direct"


@pytest.mark.model
def test_quotes_offsets_evidence_and_mention(nlp):
    text = "The talks ended early.\n\nBoris Lind, the Bordurian envoy, left the room. " \
           "“We are done here,” Lind said, “for now.”\n\nNo date was set."
    art = _article(text, "offsets.txt")
    quotes = list(extract_quotes(nlp(text), art))
    assert [q.text for q in quotes] == ["We are done here", "for now."]
    for q in quotes:
        assert text[q.start:q.end] == q.text
        ev = q.evidence
        assert ev.article == "offsets.txt" and ev.sentence == text[ev.start:ev.end]
        assert ev.start <= q.start and q.end <= ev.end and "\n" not in ev.sentence
        sp = q.speaker
        # the surname is returned as the full name introduced earlier (its own offsets)
        assert (sp.article, sp.text, text[sp.start:sp.end], sp.label) == \
            ("offsets.txt", "Boris Lind", "Boris Lind", "PERSON")
        assert sp.start == text.index("Boris Lind")


@pytest.mark.model
def test_quotes_kb_id_from_gazetteer(nlp):
    q = _one(_quotes(nlp, "“There will be no talks,” the Kremlin said on Tuesday."), "no talks")
    assert (q.speaker.text, q.speaker.label, q.speaker.kb_id) == ("Kremlin", "ORG", "Kremlin")


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("“There will be no talks,” Norway said.", "no talks", id="country"),
    pytest.param("“There will be no talks,” said Oslo.", "no talks", id="city"),
])
def test_quotes_places_are_not_speakers(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
def test_quotes_unbalanced_mark_is_logged_and_skipped(nlp, caplog):
    text = ("“An opening mark that never closes, Anna Berg said.\n\n"
            "Boris Lind added: “All is well in Strelsau.”")
    with caplog.at_level(logging.WARNING, logger="graph.quotes"):
        quotes = _quotes(nlp, text, "odd.txt")
    assert [r.getMessage() for r in caplog.records] == [
        "odd.txt: unbalanced quotation mark at offset 0; span skipped"]
    assert [(q.text, q.speaker.text) for q in quotes] == [("All is well in Strelsau.", "Boris Lind")]


@pytest.mark.model
def test_quotes_unbalanced_offset_is_mapped_to_raw(nlp, caplog):
    raw = "# Heading\n\nAnna Berg said: “Fine.” A stray ” mark."
    text = raw[11:]
    art = Article(id="raw.txt", path="raw.txt", raw=raw, text=text,
                  segments=(Segment(clean_start=0, raw_start=11, length=len(text)),))
    with caplog.at_level(logging.WARNING, logger="graph.quotes"):
        quotes = list(extract_quotes(nlp(text), art))
    stray = text.index("”", text.index("stray"))
    assert caplog.records[0].getMessage() == \
        f"raw.txt: unbalanced quotation mark at offset {stray + 11}; span skipped"
    assert raw[stray + 11] == "”"
    assert [q.text for q in quotes] == ["Fine."]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "“”", '"', '""""', "“‘”’", "\x00\x01 “hello there, friend” \x07 he said",
    "“" * 30, "”" * 30, "Anna said: “a\n\n“b\n\n“c”", "“Q,” said", "said “Q”", ":“Q”",
    "“Only a quote with several words in it.”",
])
def test_quotes_never_raise_on_odd_input(nlp, text):
    quotes = _quotes(nlp, text)
    assert all(text[q.start:q.end] == q.text for q in quotes)


@pytest.mark.model
def test_quotes_work_without_gazetteer(nlp, monkeypatch):
    import graph.quotes as quotes

    monkeypatch.setattr(quotes, "_gazetteer", lambda: None)
    quotes_found = _quotes(nlp, "Boris Lind met the press. “The bridge is unsafe,” he said.")
    assert [(q.text, q.speaker.text) for q in quotes_found] == [("The bridge is unsafe", "Boris Lind")]


@pytest.mark.model
def test_quotes_failing_sieve_is_logged_and_other_quotes_kept(nlp, monkeypatch, caplog):
    import graph.quotes as quotes

    def broken(ctx, qi):
        if qi == 0:
            raise RuntimeError("boom")
        return None

    monkeypatch.setattr(quotes, "_trailing_cue", broken)
    text = "“We will not move,” Anna Berg said.\n\nBoris Lind said: “We will not move either.”"
    with caplog.at_level(logging.ERROR, logger="graph.quotes"):
        found = _quotes(nlp, text, "boom.txt")
    assert any("boom.txt: quote attribution failed" in r.getMessage() for r in caplog.records)
    assert _speaker(found, "not move either") == "Boris Lind"
    assert [q.speaker for q in found if q.text == "We will not move"] == [None]


# --------------------------------------------------------------------------- held-out lessons (model)
# Rules added after measuring unseen outlet styles; every sentence here is invented.

def _relabelled(nlp, text: str, labels: dict[str, str]) -> list[Quote]:
    """Quotes of a text whose named words carry the given entity labels (the tagger's misreadings)."""
    import re

    from spacy.util import filter_spans

    doc = nlp(text)
    forced = [doc.char_span(m.start(), m.end(), label=label)
              for word, label in labels.items() for m in re.finditer(re.escape(word), text)]
    kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in forced)]
    doc.ents = filter_spans(forced + kept)
    return list(extract_quotes(doc, _article(text)))


@pytest.mark.model
@pytest.mark.parametrize("text, labels, words, speaker", [
    pytest.param("Carlos Medina, the mayor's adviser, spoke to the crowd. “The mine will open again, whatever "
                 "they say,” Medina said.", {"Medina": "GPE"}, "mine will open", "Carlos Medina", id="surname-gpe"),
    pytest.param("“The valley will not wait,” Toledo told reporters. “If the capital cannot say yes, "
                 "others will,” he added.", {"Toledo": "GPE"}, "others will", "Toledo", id="gpe-then-pronoun"),
    pytest.param("Luz Marina Toledo, Borduria's deputy trade minister, said: “The valley will not wait for "
                 "Strelsau forever.”", {"Luz Marina Toledo": "LOC"}, "valley", "Luz Marina Toledo",
                 id="full-name-loc"),
    pytest.param("Ana Lucía Medina, Borduria's deputy trade minister, said: “The valley will not wait for "
                 "Strelsau forever.”", {"Medina": "LOC"}, "valley", "Ana Lucía Medina", id="split-name-joined"),
])
def test_quotes_place_tagged_name_speaks(nlp, text, labels, words, speaker):
    q = _one(_relabelled(nlp, text, labels), words)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, labels", [
    pytest.param("“There will be no talks,” Oslo said.", {"Oslo": "GPE"}, id="gazetteer-place"),
    pytest.param("“There will be no talks,” Moscow said.", {"Moscow": "GPE"}, id="capital"),
    pytest.param("Officials from Strelsau met Toledo. “There will be no talks,” the ministry said.",
                 {"Toledo": "GPE"}, id="place-not-subject"),
])
def test_quotes_place_tagged_name_needs_cue_and_no_known_place(nlp, text, labels):
    assert _speaker(_relabelled(nlp, text, labels), "no talks") is None


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Boris Lind met Anna Berg in Strelsau. She had a question for him: “Why did you sell the harbour?”",
                 None, id="two-ungendered-names"),
    pytest.param("Boris Lind met Anna Berg in Strelsau. “Why did you sell the harbour?” he asked her.", None,
                 id="two-ungendered-names-trailing"),
    pytest.param("Mr Lind met Anna Berg in Strelsau. “Why did you sell the harbour?” he asked her.", "Lind",
                 id="gender-from-honorific"),
    pytest.param("Boris Lind met Mrs Vale. “Why did you sell the harbour?” he asked her.", "Boris Lind",
                 id="other-person-has-the-other-gender"),
    pytest.param("Boris Lind met the press. “Why did you sell the harbour?” he asked her.", "Boris Lind",
                 id="one-person-named"),
])
def test_quotes_pronoun_pair_of_genders_needs_gender(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "sell the harbour") == speaker


@pytest.mark.model
def test_quotes_pronoun_does_not_skip_a_place_tagged_name(nlp):
    text = ("Boris Lind spoke first. Medina, now retired, still believes in the treaty. "
            "His verdict: “It is not dead. It is asleep.”")
    assert _speaker(_relabelled(nlp, text, {"Medina": "GPE"}), "asleep") is None


@pytest.mark.model
def test_quotes_pronoun_does_not_skip_an_org_tagged_name(nlp):
    text = ("Boris Lind spoke first. Ines Marchetti-Soto has lived in Strelsau all her life. "
            "Her message to the company is simple: “Do not leave us with the empty shafts.”")
    assert _speaker(_relabelled(nlp, text, {"Ines Marchetti-Soto": "ORG"}), "empty shafts") is None


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Ines Falk-Borg, the Bordurian envoy to Ruritania, was more direct. “The border must be settled "
                 "this year,” she told the radio on Sunday.", "Ines Falk-Borg", id="pronoun-to-hyphenated"),
    pytest.param("Oren Dagan-Levi met the press. “The border must be settled this year,” he said.",
                 "Oren Dagan-Levi", id="pronoun-to-hyphenated-subject"),
    pytest.param("“The border must be settled this year,” Dagan-Levi said.", "Dagan-Levi", id="hyphenated-surname"),
])
def test_quotes_hyphenated_name_is_one_name(nlp, text, speaker):
    doc = nlp(text)
    doc.ents = []  # the tagger missed the name: the proper nouns alone must give it whole
    q = _one(list(extract_quotes(doc, _article(text))), "border")
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Anna Berg spoke after the vote. She was frank about the outlook: “The market is gone. It will not "
                 "come back.”", "market is gone", "Anna Berg", id="pronoun-subject"),
    pytest.param("Boris Lind disagreed: “The market will recover within a year.”", "recover", "Boris Lind",
                 id="name-subject"),
    pytest.param("Lena Marsh, the mayor, was in no mood for compromise: “We will not sell the harbour.”", "harbour",
                 "Lena Marsh", id="name-appositive"),
    pytest.param("Anna Berg met the miners. Her verdict was short: “The mine must stay open.”", "stay open",
                 "Anna Berg", id="her-verdict"),
    pytest.param("Anna Berg was blunt about what comes next:\n\n“We will not wait ten more years.”", "ten more",
                 "Anna Berg", id="colon-ends-paragraph"),
    pytest.param("Anna Berg still believes in the treaty. Her answer: “It is not dead. It is asleep.”", "asleep",
                 "Anna Berg", id="verbless-her-answer"),
    pytest.param("The farmers see it differently. One of them, Ovidiu Marsh, put it to me bluntly: “They are "
                 "stealing the river one bucket at a time.”", "stealing", "Ovidiu Marsh",
                 id="one-of-them-appositive"),
    pytest.param("The energy minister, Piotr Kalvane, has a favourite saying: “Every drop of water works twice.”",
                 "Every drop", "Piotr Kalvane", id="has-a-saying"),
])
def test_quotes_colon_introduction_without_cue(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("The front page of the paper read: “The market is gone for good.”", "gone for good",
                 id="headline"),
    pytest.param("Boris Lind held up a sign outside the court: “Free the miners now.”", "Free the miners",
                 id="sign"),
    pytest.param("Anna Berg quoted the old poet: “The river remembers everything.”", "river", id="relayed"),
    pytest.param("The crowd was angry: “We want our jobs back.”", "jobs back", id="not-a-person"),
    pytest.param("The plan had two parts: “first the harbour, then the mine.”", "first the harbour", id="thing"),
    pytest.param("He was angry: “We want our jobs back.”", "jobs back", id="pronoun-without-antecedent"),
    pytest.param("The verdict: “It is not dead. It is asleep.”", "asleep", id="verbless-nobody's"),
    pytest.param("Two of the farmers, Ana Lind and Boris Vale, were blunt: “They are stealing the river.”",
                 "stealing", id="two-people"),
    pytest.param("Boris Lind, whose father ran the mine, remembers the motto above the gate: “Work is the only "
                 "prayer.”", "only prayer", id="motto"),
    pytest.param("Anna Berg found a note on the door: “Gone to the harbour, back at noon.”", "Gone to the harbour",
                 id="found-a-note"),
    pytest.param("Boris Lind received a message from the mayor: “The harbour is sold, I am sorry.”",
                 "harbour is sold", id="received-a-message"),
])
def test_quotes_colon_introduction_needs_a_person(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


# a person who reads out a statement before a colon voices its words
@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Borduria replied the same evening. Lena Marsh, a spokeswoman for the Bordurian interior ministry, "
                 "read a statement to reporters outside the court:\n\n“Borduria accepts the ruling of the court. "
                 "The fishing fleet will stay in port until the talks resume.”", "fishing fleet", "Lena Marsh",
                 id="statement-in-next-paragraph"),
    pytest.param("Boris Lind, a spokesman for the port authority, read from a prepared statement: “The harbour "
                 "will reopen on Monday and every ferry will run to the timetable.”", "harbour will reopen",
                 "Boris Lind", id="read-from-a-statement"),
])
def test_quotes_colon_reads_out_own_statement(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


# a read-out text with another author, or no statement at all, is relayed: no speaker
@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Anna Berg read a statement from the minister: “Ruritania will not give up the islands, now or "
                 "ever.”", "give up the islands", id="statement-from-another"),
    pytest.param("Anna Berg read the minister's statement: “Ruritania will not give up the islands, now or ever.”",
                 "give up the islands", id="named-possessor"),
    pytest.param("Anna Berg read a poem at the service: “The river runs where it wants to run, and it always "
                 "will.”", "river runs", id="poem"),
])
def test_quotes_colon_read_out_text_of_another_author(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Agri-Nord, the lobby group for Baltic dairy unions, rejected the plan. According to a statement "
                 "from the group, “the price of milk will fall by half within a year.”", "price of milk",
                 "Agri-Nord", id="according-to-statement-from-role"),
    pytest.param("The Strelsau Dockers Union rejected the offer. A statement from the union said: “The offer is an "
                 "insult to every worker in the port.”", "insult", "Strelsau Dockers Union",
                 id="statement-from-subject"),
    pytest.param("According to a report by the Strelsau Institute, “the harbour will be empty by 2030.”", "harbour",
                 "Strelsau Institute", id="report-by"),
    pytest.param("Tomas Vale, leader of the Coastal Dockers Federation, was defiant. According to a letter from the "
                 "federation, “no ship will be unloaded until the ministry returns to the table.”", "no ship",
                 "Coastal Dockers Federation", id="body-not-its-leader"),
    pytest.param("Nordvik, the shipping company, lost the contract. In a letter to staff, the company said: “We will "
                 "appeal the decision in every court.”", "appeal", "Nordvik", id="misparsed-appositive"),
])
def test_quotes_statement_from_author_and_body_roles(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Agri-Nord, the lobby group for Baltic dairy unions, rejected the plan. According to a statement "
                 "from the union, “the price of milk will fall by half within a year.”", "price of milk",
                 id="modifier-is-not-the-body"),
    pytest.param("Anna Berg, head of the dockers' union, spoke first. “We will strike on Monday,” the union said.",
                 "strike", id="head-of-a-body-is-not-the-body"),
    pytest.param("According to a statement from the ministry, “the harbour will be sold.”", "harbour",
                 id="body-never-introduced"),
])
def test_quotes_body_role_needs_its_own_noun(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Strelsau treats the valley as its “northern march”; the Valley Front, backed by Borduria, "
                 "proclaimed the Free Valley Republic in 1990 and runs a government in exile.", "northern march",
                 id="semicolon"),
    pytest.param("Anna Berg warned of higher prices and the crowd chanted “Out with the mayor and his friends!”",
                 "Out with the mayor", id="coordinated-clause"),
    pytest.param("Anna Berg claimed victory, and her rivals dismissed the result as “a stolen election”.",
                 "stolen election", id="coordinated-clause-other-subject"),
    pytest.param("The Valley Front proclaimed the Free Valley Republic, whose flag shows the “old march” colours.",
                 "old march", id="relative-clause-in-object"),
    pytest.param("Anna Berg said the plan, which critics see as “a gift to speculators”, would fail.", "gift",
                 id="relative-clause-with-noun-subject"),
])
def test_quotes_cue_does_not_reach_across_clauses(nlp, text, words):
    assert all(q.speaker is None for q in _quotes(nlp, text) if words in q.text)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Anna Berg declared the vote “a sham”.", "sham", "Anna Berg", id="object-complement"),
    pytest.param("Anna Berg announced a “special operation” in the north.", "special operation", "Anna Berg",
                 id="quote-is-the-object"),
    pytest.param("Anna Berg said the talks were over; she called the offer “an insult to the valley”.", "insult",
                 "Anna Berg", id="cue-after-semicolon"),
    pytest.param("Anna Berg visited the mine on Monday and described the shafts as “a death trap”.", "death trap",
                 "Anna Berg", id="coordinated-cue"),
    pytest.param("Anna Berg said Boris Lind was a “loyal friend” with whom she had “many long talks” last "
                 "winter.", "many long talks", "Anna Berg", id="relative-clause-with-pronoun-subject"),
])
def test_quotes_cue_within_its_clause_still_counts(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


def _parsed(nlp, text: str, paragraph_starts: bool):
    """Parse a text with or without a sentence start forced after every blank line."""
    doc = nlp.make_doc(text)
    if paragraph_starts:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if ("\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text) and not tok.is_space:
                tok.is_sent_start = True
    for name, proc in nlp.pipeline:
        if name != "paragraph_breaks":
            doc = proc(doc)
    return doc


@pytest.mark.model
@pytest.mark.parametrize("paragraph_starts", [False, True], ids=["parser-sentences", "paragraph-starts"])
@pytest.mark.parametrize("text, expected", [
    pytest.param("Anna Berg said:\n\n“We waited ten years. We will not wait ten more.”\n\nThe talks ended.",
                 [("We waited", "Anna Berg")], id="colon-ends-paragraph"),
    pytest.param("Anna Berg, the mayor, spoke at length.\n\n“We have waited for ten years. The border must be "
                 "settled.\n\n“We will not wait another ten,” she said.\n\nThe talks resume in May.",
                 [("We have waited", "Anna Berg"), ("another ten", "Anna Berg")], id="multi-paragraph"),
    pytest.param("“The talks have failed,” Anna Berg said.\n\n“We are going home tonight.”",
                 [("talks have failed", "Anna Berg"), ("going home", "Anna Berg")], id="continued-paragraph"),
    pytest.param("The mayor spoke first\n\n“We will not wait ten more years,” Boris Lind said.",
                 [("ten more years", "Boris Lind")], id="no-full-stop-before-break"),
    pytest.param("Anna Berg said the plan had failed.\n\n“We warned them for years.”",
                 [("warned them", "Anna Berg")], id="after-indirect-speech"),
    pytest.param("Boris Lind was blunt:\n\n“The harbour stays ours.”\n\nThe crowd cheered: “We will never give "
                 "up the harbour.”", [("harbour stays", "Boris Lind"), ("never give up", None)],
                 id="colon-intro-per-paragraph"),
])
def test_quotes_paragraph_breaks_start_sentences(nlp, text, expected, paragraph_starts):
    doc = _parsed(nlp, text, paragraph_starts)
    quotes = list(extract_quotes(doc, _article(text)))
    got = [(words, _speaker(quotes, words)) for words, _ in expected]
    assert got == expected


# --------------------------------------------------------------------------- roles, outlets, surnames, long names

@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("“The harbour stays shut,” Ruritanian transport ministry spokesman Pavel Orsk told the BBC.\n\n"
                 "“Nobody sails before the inquiry ends,” the spokesman added.", "Nobody sails", "Pavel Orsk",
                 id="title-before-name-next-paragraph"),
    pytest.param("Lena Dorn, a spokeswoman for the Bordurian railways, met reporters.\n\nThe strike went on.\n\n"
                 "“We will not run a single train,” the spokeswoman said.", "single train", "Lena Dorn",
                 id="a-spokeswoman-for"),
    pytest.param("The Ruritanian Dockers and Seafarers Federation rejected the offer. “Our members deserve "
                 "better than this,” the union said in a statement.", "members deserve", "Ruritanian Dockers and "
                 "Seafarers Federation", id="union-for-federation"),
])
def test_quotes_role_resolution(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("The Ruritanian Dockers Federation met the Bordurian Miners Federation. “Our members deserve "
                 "better than this,” the union said.", "members deserve", id="two-federations"),
    pytest.param("The Ruritanian Dockers Federation rejected the offer.\n\nTalks resumed in May.\n\n"
                 "Nobody expected a deal.\n\n“Our members deserve better than this,” the union said.",
                 "members deserve", id="federation-too-far-back"),
])
def test_quotes_role_resolution_gives_up(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Borduria’s interior ministry has condemned the vote as “a crime against the nation and its "
                 "people”, according to the state news agency BTA.", "crime against", None, id="unnamed-author"),
    pytest.param("The Ruritanian Press Council condemned the ruling as “a dark day for every newspaper in the "
                 "land”, according to Reuters.", "dark day", "Ruritanian Press Council", id="named-author"),
    pytest.param("“The border will stay open for trade and for families,” according to the news agency BTA.",
                 "border will stay", None, id="no-author"),
    pytest.param("“The border will stay open for trade and for families,” according to Anna Berg.",
                 "border will stay", "Anna Berg", id="person-source-unchanged"),
])
def test_quotes_outlet_is_source_not_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Dana Holm runs a bakery in the old town, and her ovens never cool. Her brother, Petr Holm, "
                 "drives the van. “We bake at four,” Mr Holm says.\n\nMrs Holm will stay, whatever happens. "
                 "“The ovens stay with me,” she says.", "ovens stay", "Dana Holm", id="mrs-and-she"),
    pytest.param("Dana Holm runs a bakery in the old town, and her ovens never cool. Her brother, Petr Holm, "
                 "drives the van. “We bake at four,” Mr Holm says.", "bake at four", "Petr Holm", id="mr"),
    pytest.param("Marta Vela teaches in the camp. “We teach in tents now,” Vela said.", "tents", "Marta Vela",
                 id="single-full-name"),
])
def test_quotes_shared_surname_gives_full_name(nlp, text, words, speaker):
    text_q = _one(_quotes(nlp, text), words)
    assert text_q.speaker is not None and text_q.speaker.text == speaker
    assert text[text_q.speaker.start:text_q.speaker.end] == speaker
    assert text_q.speaker.start == text.index(speaker)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("In a statement, the Ministry of Labour and Social Protection warned: “No factory "
                 "will close this winter.”", "No factory", "Ministry of Labour and Social Protection",
                 id="ministry-of-and"),
    pytest.param("The Ruritanian Dockers and Seafarers Federation said: “We will strike on Monday.”",
                 "strike", "Ruritanian Dockers and Seafarers Federation", id="modifiers-and"),
    pytest.param("Siemens and Deutsche Bank said: “We will stay in the market.”", "stay in", None,
                 id="two-bodies-not-joined"),
])
def test_quotes_organisation_name_over_joiners(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Ruritania's Trade Minister, Hodan Cali Warsame, spoke in the port.\n\n“We have waited "
                 "long enough for the world,” she said.", "waited", "Hodan Cali Warsame", id="three-part-pronoun"),
    pytest.param("“We have waited long enough for the world,” Hodan Cali Warsame said.", "waited",
                 "Hodan Cali Warsame", id="three-part-cue"),
])
def test_quotes_long_names_whole(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ('"We will take the case to every court we can find," Ruritania\'s deputy trade minister, Osric Venn, '
     'told the state news agency RUTA.', "every court", "Osric Venn"),
    ('"The border stays closed until the spring," Borduria\'s interior minister, Milan Treska, told the '
     'broadcaster KTV on Monday.', "border stays closed", "Milan Treska"),
])
def test_quotes_trailing_cue_with_named_listener(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("In a statement, the Ruritanian Prime Minister's Office welcomed the ruling. "
     '"The ruling confirms what we have always said about the river," the statement said.',
     "ruling confirms", "Ruritanian Prime Minister's Office"),
    ("The Bordurian Grain Board issued a statement on Tuesday. "
     '"Exports will resume as soon as the port reopens," the statement said.',
     "Exports will resume", "Bordurian Grain Board"),
])
def test_quotes_statement_refers_back_to_its_author(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    ('"Exports will resume as soon as the port reopens," the statement said.', "Exports will resume"),
    ('A statement was read out at the rally. "Exports will resume as soon as the port reopens," '
     'the statement said.', "Exports will resume"),
])
def test_quotes_statement_without_author_gets_no_speaker(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
def test_quotes_pronoun_looks_past_a_body_subject(nlp):
    text = ("Ms Dellacroix-Anwar chairs the Harbourside Tenants Forum.\n\n"
            "Ms Dellacroix-Anwar moved to the estate in 1990, when she was six. "
            "The forum is planning a petition.\n\n"
            "“We have waited long enough for the repairs,” she said.")
    assert _speaker(_quotes(nlp, text), "waited long enough") in ("Dellacroix-Anwar", "Ms Dellacroix-Anwar")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Foreign Minister Ivo Drasković on Monday restated Portugal’s claim to the islands.\n\n"
     "The Portuguese foreign minister then addressed the fishermen directly: “Your harbours are not "
     "forgotten. The government will keep pressing.”", "harbours are not", "Ivo Drasković"),
])
def test_quotes_role_nationality_from_introducing_sentence(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
def test_quotes_role_nationality_must_match_introducing_sentence(nlp):
    text = ("Foreign Minister Ivo Drasković on Monday restated Portugal’s claim to the islands.\n\n"
            "The Spanish foreign minister then addressed the fishermen directly: “Your harbours are not "
            "forgotten. The government will keep pressing.”")
    assert _speaker(_quotes(nlp, text), "harbours are not") is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Among those at the vigil was Hedda Marsk, 84, who left the valley as a girl. "
     "She came by train from the coast with her grandson.\n\n"
     "“I was 7 when the water rose. We carried what we could up the hill.”",
     "I was 7", "Hedda Marsk"),
    ("Among those at the vigil was Hedda Marsk, 84, who left the valley as a girl.\n\n"
     "“I was 7 when the water rose. My father carried the clock up the hill.\n\n"
     "“We never went back. The house is still under the lake.”",
     "We never went back", "Hedda Marsk"),
])
def test_quotes_cueless_paragraph_after_introduced_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # two people are the subjects of the paragraph: no guess
    ("Among those at the vigil was Hedda Marsk, 84. Tomas Brevik, the mayor, laid a wreath.\n\n"
     "“I was 7 when the water rose. We carried what we could up the hill.”", "I was 7"),
    # not first person: could be a sign, a document, anyone
    ("Among those at the vigil was Hedda Marsk, 84, who left the valley as a girl.\n\n"
     "“The valley was flooded in the spring of 1961 to build the reservoir.”", "valley was flooded"),
    # a plural subject introduces nobody
    ("Hundreds of former residents came to the vigil.\n\n"
     "“I was 7 when the water rose. We carried what we could up the hill.”", "I was 7"),
])
def test_quotes_cueless_paragraph_needs_one_introduced_person(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Green MEP Jordina Puigvert i Casals tabled a written question. Her question, in full: "
     "“Will the Commission treat the islanders as citizens or as strangers?”", "treat the islanders",
     "Jordina Puigvert i Casals"),
    ("“Nobody here wants another vote on the border,” said Lucía Herranz de la Fuente, a councillor.",
     "another vote", "Lucía Herranz de la Fuente"),
])
def test_quotes_name_with_particle_is_whole(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
def test_quotes_name_misread_as_date_after_title(nlp):
    text = ("“We ask nobody to redraw anything,” Green MEP Pieter-Jan Van der Brugge told reporters. "
            "“The kingdom itself is younger than the canal.”")
    qs = _quotes(nlp, text)
    assert _speaker(qs, "redraw anything") == "Pieter-Jan Van der Brugge"
    assert _speaker(qs, "kingdom itself") == "Pieter-Jan Van der Brugge"


@pytest.mark.parametrize("listener_pos, listener_dep", [("VERB", "ccomp"), ("PROPN", "dobj")])
def test_quotes_trailing_cue_listener_misparsed_as_clause(listener_pos, listener_dep):
    # hand-built parse: the small model sometimes reads an agency's name after "told the agency" as a
    # verb heading a clause of its own; a named entity there is the listener, not reported speech
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ['"', 'We', 'will', 'stay', 'on', 'the', 'hill', ',', '"', 'the', 'minister', ',', 'Osric', 'Venn', ',',
             'told', 'the', 'agency', 'RUTA', '.']
    spaces = [False, True, True, True, True, True, False, False, False, True, True, False, True, True, False, True,
              True, True, True, False, False][:len(words)]
    heads = [15, 3, 3, 15, 3, 6, 4, 15, 15, 10, 15, 10, 13, 10, 10, 15, 17, 18, 15, 15]
    deps = ['punct', 'nsubj', 'aux', 'ccomp', 'prep', 'det', 'pobj', 'punct', 'punct', 'det', 'nsubj', 'punct',
            'compound', 'appos', 'punct', 'ROOT', 'det', 'nsubj', listener_dep, 'punct']
    pos = ['PUNCT', 'PRON', 'AUX', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT', 'PUNCT', 'DET', 'NOUN', 'PUNCT', 'PROPN',
           'PROPN', 'PUNCT', 'VERB', 'DET', 'NOUN', listener_pos, 'PUNCT']
    lemmas = [w.lower() if w not in ("told",) else "tell" for w in words]
    ents = ['O'] * 12 + ['B-PERSON', 'I-PERSON'] + ['O'] * 4 + ['B-ORG', 'O']
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    qs = list(extract_quotes(doc, _article(doc.text)))
    assert _speaker(qs, "stay on the hill") == "Osric Venn"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Boris Lind spoke first. “We will build it,” Lind said, his voice breaking.", "We will build it", "Boris Lind"),
    ("Anna Ostrova spoke first. “The valley now has its own council,” Ostrova said, her left fist raised above "
     "the crowd.", "its own council", "Anna Ostrova"),
])
def test_quotes_trailing_cue_with_detached_adjunct(nlp, text, words, speaker):
    # a participle phrase after the cue's comma is a manner adjunct, not reported speech of its own
    assert _speaker(_quotes(nlp, text), words) == speaker


def test_quotes_trailing_cue_with_misread_infinitive_adjunct():
    # hand-built parse: the small model may read '..., Lind said, to applause.' as an infinitive clause
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ['"', 'We', 'have', 'a', 'bridge', ',', '"', 'Lind', 'said', ',', 'to', 'applause', '.']
    spaces = [False, True, True, True, False, False, True, True, False, True, True, False, False]
    heads = [2, 2, 8, 4, 2, 2, 8, 8, 8, 8, 11, 8, 8]
    deps = ['punct', 'nsubj', 'ccomp', 'det', 'dobj', 'punct', 'punct', 'nsubj', 'ROOT', 'punct', 'aux', 'xcomp',
            'punct']
    pos = ['PUNCT', 'PRON', 'VERB', 'DET', 'NOUN', 'PUNCT', 'PUNCT', 'PROPN', 'VERB', 'PUNCT', 'PART', 'VERB',
           'PUNCT']
    tags = ['``', 'PRP', 'VBP', 'DT', 'NN', ',', "''", 'NNP', 'VBD', ',', 'TO', 'VB', '.']
    lemmas = [w.lower() if w != "said" else "say" for w in words]
    ents = ['O'] * 7 + ['B-PERSON'] + ['O'] * 5
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              ents=ents)
    qs = list(extract_quotes(doc, _article(doc.text)))
    assert _speaker(qs, "We have a bridge") == "Lind"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Anna Berg, a historian at the University of Kelby, told me in Vatra that the treaty was fragile.\n\n"
     "She pointed out that the capital itself has never pushed its allies very hard. “The capital likes the "
     "list short. A short list is cheap.”", "list short", "Anna Berg"),
    ("Anna Berg walked over to the table. She pointed at the map on the wall. “The river moved years ago. "
     "Nobody told the mapmakers.”", "river moved", None),
])
def test_quotes_phrasal_cue_point_out(nlp, text, words, speaker):
    # "point out" is a cue verb with its particle only: "pointed at the map" says nothing
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Lt Gen (retd) Boris Lind, a former commander of the northern corps, said the new roads had a military "
     "purpose. “A bridge that can carry buses can carry tanks. We should not be naive,” he said.",
     "carry tanks", "Boris Lind"),
    ("Maj Gen Ana Pop, the head of the border guard, said the patrols would double. “We will not be surprised "
     "again,” she said.", "surprised again", "Ana Pop"),
])
def test_quotes_dotless_rank_is_a_title(nlp, text, words, speaker):
    # "Lt Gen" / "Maj Gen" without dots are titles ("Lt. Gen."), never a name or part of one
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
def test_quotes_name_with_hyphen_infix_is_whole(nlp):
    text = ('In Vatra, Chief Minister Karim-ud-Din Lodhi said the people of the valley were "weary of being a '
            'bargaining chip". "Every time the two capitals meet, it is our harvest that pays the price," '
            'Lodhi told reporters.')
    qs = _quotes(nlp, text)
    assert _speaker(qs, "bargaining chip") == "Karim-ud-Din Lodhi"
    assert _speaker(qs, "pays the price") == "Karim-ud-Din Lodhi"


@pytest.mark.model
def test_quotes_pronoun_continues_earlier_subject_pronoun(nlp):
    # "She is engaged to X, and the two met, she said, ...": the second "she" is the first, not X
    text = ("Much of the plan is the work of Ana Berg. She is engaged to Tomas Kolar, a lecturer in marine "
            "biology at Kelby University, and the two first met, she said, \"two hundred metres offshore, at a "
            "diving course.\"")
    assert _speaker(_quotes(nlp, text), "metres offshore") == "Ana Berg"


@pytest.mark.model
def test_quotes_gender_ignores_words_of_other_names(nlp):
    # "Prince" in "Prince Albert College" is no title of the historian's: "she" may refer to her
    text = ("Boris Lind, 70, has lived by the harbour all his life.\n\n"
            "“Nobody asked us,” Lind said.\n\n"
            "According to Dr Mira Holt, a historian at Prince Albert College, the plan is “a gamble”. “The ministry "
            "has learnt that shouting does not work. Smiles cost less,” she said.")
    assert _speaker(_quotes(nlp, text), "Smiles cost less") == "Mira Holt"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Tobi Ade-Winterbourne runs the cycling club.\n\n\"I learned to ride on a borrowed bike,\" "
     "Ade-Winterbourne said.", "borrowed bike", "Tobi Ade-Winterbourne"),
    ("Hanna Kovacs-Lindqvist runs the cycling club.\n\n\"I learned to ride on a borrowed bike,\" "
     "Kovacs-Lindqvist said.", "borrowed bike", "Hanna Kovacs-Lindqvist"),
])
def test_quotes_surname_read_as_body_gets_full_name(nlp, text, words, speaker):
    # the tagger reads a lone (hyphenated) surname as ORG after tagging the full name as PERSON
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and q.speaker.text == speaker and q.speaker.label == "PERSON"


@pytest.mark.model
def test_quotes_surname_read_as_noun(nlp):
    # "Desjardins" tagged as a plural common noun is still the surname of the man introduced before
    text = ("Anna Berg is married to Luc Desjardins, a professor of law.\n\n"
            "Desjardins, seated by the door, said he had heard the speech \"at breakfast for ten years.\"\n\n"
            "\"She is the bravest person I know,\" he joked.")
    qs = _quotes(nlp, text)
    assert _speaker(qs, "breakfast") == "Luc Desjardins"
    assert _speaker(qs, "bravest person") == "Luc Desjardins"


# --------------------------------------------------------------------------- title phrases, pronouns, surnames

@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Back in the capital, the Minister of Information, Ivo Petrakov-Lund, welcomed the ruling. "
                 "He told state radio: “We accept it with relief.”", "with relief", "Ivo Petrakov-Lund",
                 id="title-phrase-as-subject"),
    pytest.param("In Paris, the Minister of Information, Ivo Petrakov-Lund, welcomed the ruling. He told state "
                 "radio:\n\n“We accept it with relief.\n\n“The matter is closed for good.”", "closed for good",
                 "Ivo Petrakov-Lund", id="title-phrase-multi-paragraph-quote"),
    pytest.param("In Zenda, the Ruritanian Minister for Trade, Oskar Vildemann, signed the pact. "
                 "He said: “This is a fair bargain for both sides.”", "fair bargain", "Oskar Vildemann",
                 id="minister-for-x-is-no-name"),
])
def test_quotes_title_remnant_is_no_name(nlp, text, words, speaker):
    # "of Information" left over from a title phrase tagged as a body is no name: the name in apposition speaks
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Talking to reporters in Zenda after a visit by Borduria's envoy, the Minister of Trade, "
                 "Oskar Vildemann, said ties were “strong”.\n\n"
                 "Asked whether the border would ever reopen, the minister smiled. “Let us wait and see what "
                 "the spring brings,” he said.", "wait and see", "Oskar Vildemann", id="minister-of-x-name"),
    pytest.param("The Governor of Lake County, Anton Brel-Hausen, said the dam was safe. Later the governor "
                 "added: “Nobody has to leave their home tonight.”", "Nobody has to leave", "Anton Brel-Hausen",
                 id="sentence-initial-governor"),
])
def test_quotes_role_phrase_before_name(nlp, text, words, speaker):
    # "the TITLE of X, NAME," gives NAME the title even when the parse attaches the two elsewhere
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The aid agency's envoy in Ruritania, Maria Kessel-Obi, said the appeal was half funded. "
                 "According to her, “the shortfall means rations cut by a third.”", "rations cut",
                 "Maria Kessel-Obi", id="according-to-her"),
    pytest.param("The food agency coordinator in Ruritania, Fatou Diop-Sané, said the appeal was a third funded. "
                 "According to her, “every missing dollar is a missing meal for a child.”", "missing meal",
                 "Fatou Diop-Sané", id="according-to-her-coordinator"),
    pytest.param("Boris Lind, the harbour master, inspected the pier on Friday. According to him, “the timber "
                 "is rotten from end to end.”", "timber is rotten", "Boris Lind", id="according-to-him"),
])
def test_quotes_according_to_object_pronoun(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Lena Horvat, 39, a teacher in Zenda who lives near the ferry with her husband, Tomas Brant, "
                 "a baker, said the pair had waited for hours.\n\n"
                 "“Every winter we ask if the road will close,” she said.", "Every winter", "Lena Horvat",
                 id="husband-in-relative-clause"),
    pytest.param("Dara Quill, a nurse who works with her brother at the clinic, said the wards were full.\n\n"
                 "“We sleep in shifts now,” she said.", "sleep in shifts", "Dara Quill",
                 id="brother-in-relative-clause"),
])
def test_quotes_gender_ignores_embedded_clause(nlp, text, words, speaker):
    # a kinship noun inside a relative clause of the appositive names somebody else, not the person's gender
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Retired farmers Karl and Edda Moser sat at the back of the hall. Mr Moser built the old "
                 "hall as a young man.\n\n“We raised the walls by hand in one summer,” he said.\n\n"
                 "Mrs Moser said she was “glad the new roof is finally done.”", "raised the walls", None,
                 id="one-full-name-two-honorifics"),
    pytest.param("Edda Moser, 52, fled with her husband, Karl Moser, in the spring.\n\n"
                 "Mr Moser said the farm was lost. “We left with nothing but the clothes we wore,” Mrs Moser said.",
                 "nothing but the clothes", "Edda Moser", id="other-full-name-known"),
    pytest.param("“We will never sign away the valley,” Mr Brandauer said, standing beside his wife, "
                 "Ilse Brandauer.", "never sign away", "Brandauer", id="full-name-of-other-gender"),
])
def test_quotes_shared_surname_of_two_genders(nlp, text, words, speaker):
    # a surname used with Mr and Mrs: a full name of unknown gender may be either person's
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Its foreign minister, Pavel Drozdov, signed a joint statement in Vienna in May in which Szohod "
                 "“firmly accepts the river border” and pledged not to allow “hostile broadcasts from its towers” "
                 "on its soil.", "hostile broadcasts", None, id="after-relative-clause"),
    pytest.param("Its foreign minister, Pavel Drozdov, signed a joint statement in Vienna in May and pledged not to "
                 "allow “hostile broadcasts from its towers” on its soil.", "hostile broadcasts", "Pavel Drozdov",
                 id="no-relative-clause"),
])
def test_quotes_conjunct_after_relative_clause(nlp, text, words, speaker):
    # "and VERB" after a relative clause with its own subject may continue that clause: no inherited speaker
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("A post attributed to Boris Lind, who calls himself the \"commander\" of the militia, rejected "
                 "the offer.", "commander", id="calls-himself"),
    pytest.param("A leaflet signed by Anna Berg, who calls herself the “mayor in exile”, urged a boycott.",
                 "mayor in exile", id="calls-herself"),
])
def test_quotes_self_styled_title_has_no_speaker(nlp, text, words):
    # a short title that somebody gives themselves is the writer's scare quote, nobody's utterance
    assert all(q.speaker is None for q in _quotes(nlp, text) if words in q.text)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("His wife, Irena Vel, runs a bakery by the harbour. Her husband, she said, has lost two boats in "
                 "a year.\n\n“I tell him to stay in port,” she said. “He tells me the fish will not wait.”",
                 "I tell him", "Irena Vel", id="her-husband"),
    pytest.param("His wife, Irena Vel, runs a bakery by the harbour. Her husband, she said, has lost two boats in "
                 "a year.\n\n“I tell him to stay in port,” she said. “He tells me the fish will not wait.”",
                 "He tells me", "Irena Vel", id="continued"),
    pytest.param("Her brother, Tomas Brand, keeps the lighthouse. His sister, he said, wants to sell it.\n\n"
                 "“She has never climbed the stairs,” he said.", "never climbed", "Tomas Brand", id="his-sister"),
])
def test_quotes_gendered_noun_does_not_block_pronoun(nlp, text, words, speaker):
    # "Her husband, she said, ...": a subject noun of the other gender is no antecedent of "she"
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Ruritania's prime minister, Anna Berg, said the talks would go on.\n\nThe Minister for Fisheries, "
                 "Boris Lind, stressed that the quotas were fair.\n\n“Nobody here wants a fight over cod. We want a "
                 "deal that lasts,” the minister stressed.", "Nobody here", "Boris Lind", id="prime-minister"),
    pytest.param("Deputy Mayor Karl Holm opened the meeting.\n\nMayor Vera Stone, a former teacher, said the bridge "
                 "would be rebuilt.\n\n“We will not wait for another flood,” the mayor said.", "another flood",
                 "Vera Stone", id="deputy-mayor"),
    pytest.param("Deputy Mayor Karl Holm opened the meeting and said the bridge would be rebuilt.\n\n"
                 "“We will not wait for another flood,” the mayor said.", "another flood", None,
                 id="only-a-deputy"),
])
def test_quotes_role_skips_other_rank(nlp, text, words, speaker):
    # "the minister" is not the prime minister named before, "the mayor" not the deputy mayor
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("words, speaker", [
    ("Our fathers dug the coal", "Pavel Marek"),
    ("I keep telling them", "Pavel Marek"),
    ("we carried the water", "Irena Marek"),
])
def test_quotes_surname_gender_from_order(nlp, words, speaker):
    # "Mr Marek" written between Pavel Marek's introduction and Irena Marek's can only be Pavel Marek
    text = ("In Kladno, Pavel Marek, a retired miner, said younger people were losing patience.\n\n"
            "“Our fathers dug the coal. Now the young ones ask me what it was for,” Mr Marek told the Ruritanian "
            "Herald.\n\n“I keep telling them to wait.”\n\n"
            "He is married to Irena Marek, who runs the village choir. She said the women had kept the town "
            "going.\n\n“When the pits closed, we carried the water and the bread,” Mrs Marek said.")
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Among the guests were Tomas and Irena Vel, who live by the lake.\n\nIrena Vel said her husband had "
                 "fallen ill in May.\n\n“I drove him to the city myself,” she said.\n\nMr. Vel, a retired baker, "
                 "now keeps a list of the ferry times.\n\n“I read the list before I go out,” he said.",
                 "I read the list", "Tomas Vel", id="mr-of-a-couple"),
    pytest.param("Among the guests were Tomas and Irena Vel, who live by the lake.\n\nIrena Vel said her husband had "
                 "fallen ill in May.\n\n“I drove him to the city myself,” she said.", "I drove him", "Irena Vel",
                 id="full-name"),
])
def test_quotes_couple_shares_surname(nlp, text, words, speaker):
    # "Tomas and Irena Vel": "Mr. Vel" is Tomas Vel, not the only full name Irena Vel
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The local MHA, Tom Fenwick, a New Democrat, wrote to voters last week that he had raised the "
                 "matter with the premier “more than twice.”", "more than twice", "Tom Fenwick", id="person-tag"),
    pytest.param("The CAO, Tom Fenwick, told the board that the plan was “a dead end for the town”.",
                 "a dead end", "Tom Fenwick", id="org-tag"),
    pytest.param("The BBC, which employs Tom Fenwick, said the plan was “a dead end for the town”.",
                 "a dead end", "BBC", id="real-body"),
])
def test_quotes_title_abbreviation_gives_appositive(nlp, text, words, speaker):
    # "The local MHA, NAME,": a one-word "name" with an article is a title; its holder is the appositive
    assert _speaker(_quotes(nlp, text), words) == speaker


# --------------------------------------------------------------------------- split title stops, particles, predicate roles

@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ('"Two officers were injured," Sgt. Maria Delgado said.', "Two officers", "Maria Delgado"),
    ('"Two officers were injured," Sgt. Delgado said.', "Two officers", "Delgado"),
    ('"We held the line," Lt. Omar Haddad told reporters.', "held the line", "Omar Haddad"),
])
def test_quotes_split_title_stop_keeps_trailing_cue(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.cue in ("say", "tell")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ('Dirk van der Hoeven told reporters that the port was "completely gridlocked" after the storm.',
     "gridlocked", "Dirk van der Hoeven"),
    ('Dirk van der Hoeven told Radio Nordvik: "We have never seen anything like it."',
     "never seen", "Dirk van der Hoeven"),
    ('Lotte van Dam told the council: "The budget is gone."', "budget is gone", "Lotte van Dam"),
])
def test_quotes_surname_particles_join_given_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ('Corvel Mining named Ruth Abernathy as its new spokeswoman. '
     '"We will cooperate fully with investigators," the spokeswoman added.', "cooperate", "Ruth Abernathy"),
    ('Ruth Abernathy is the spokeswoman for Corvel Mining. '
     '"We will cooperate fully," the spokeswoman said.', "cooperate", "Ruth Abernathy"),
    ('Ruth Abernathy was appointed spokeswoman last year. '
     '"We will cooperate fully," the spokeswoman said.', "cooperate", "Ruth Abernathy"),
    ('Henrik Dahl, who serves as mayor of Vessby, toured the site. "We will rebuild," the mayor said.',
     "rebuild", "Henrik Dahl"),
    ('Henrik Dahl became mayor of Vessby in 2019. "We will rebuild," the mayor said.', "rebuild", "Henrik Dahl"),
])
def test_quotes_predicate_role_links_role_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'Henrik Dahl is not the mayor. "We will rebuild," the mayor said.',
    'Henrik Dahl is the mayor\'s spokesman. "We will rebuild," the mayor said.',
    'Henrik Dahl criticised the mayor on Monday. "We will rebuild," the mayor said.',
    'Henrik Dahl wants to become mayor. "We will rebuild," the mayor said.',
])
def test_quotes_predicate_role_needs_affirmed_own_role(nlp, text):
    assert all(q.speaker is None or q.speaker.text != "Henrik Dahl" for q in _quotes(nlp, text))


# --------------------------------------------------------------------------- misparsed names, relatives, representatives, terms

@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Senator Anna Best arrived on Monday. "The reef is ours. We will respond calmly and firmly," '
                 'Best told a weekly news conference on Friday.', "reef is ours", "Anna Best", id="best-full-name"),
    pytest.param('Tomas Long arrived. "We will not move," Long told reporters.', "not move", "Tomas Long",
                 id="long-full-name"),
    pytest.param('"We will not move," said Long.', "not move", "Long", id="inverted-unchanged"),
])
def test_quotes_trailing_name_misread_as_adverb(nlp, text, words, speaker):
    # the parser reads "Best" / "Long" as an adverb of the cue, not as its subject
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text", [
    pytest.param('"We will not move," Soon told reporters.', id="adverb-is-no-name"),
    pytest.param('"We will not move," Still told reporters.', id="another-adverb"),
])
def test_quotes_trailing_name_misread_needs_a_proper_noun(nlp, text):
    assert all(q.speaker is None for q in _quotes(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Anna Berg, who runs a bakery, lives near the square with her husband, Boris. She said she liked '
                 'the plan "on paper".\n\n"I want a bench outside my door," Ms Berg said.\n\nMr Berg was less sure. '
                 '"We have been promised benches for years," he said.', "bench outside", "Anna Berg", id="ms-wife"),
    pytest.param('Anna Berg, who runs a bakery, lives near the square with her husband, Boris. She said she liked '
                 'the plan "on paper".\n\n"I want a bench outside my door," Ms Berg said.\n\nMr Berg was less sure. '
                 '"We have been promised benches for years," he said.', "promised benches", "Boris Berg",
                 id="mr-husband"),
    pytest.param('Anna Berg lives near the square with her son, Boris. She said she liked the plan "on paper".\n\n'
                 '"We need two benches," Mr Berg said.', "two benches", "Boris Berg", id="son"),
    pytest.param('Anna Berg lives near the square with her daughter, Mia. She said she liked the plan "on paper".\n\n'
                 '"I want a bench outside my door," Ms Berg said.', "bench outside", "Anna Berg",
                 id="same-gender-relative-keeps-honorific"),
])
def test_quotes_kin_given_name_takes_surname(nlp, text, words, speaker):
    # "her husband, Boris": a relative named by given name alone shares the surname (AP style)
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Among the visitors was Tomas Vale, a Bordurian baker who has lived in Strelsau since 2010 and is '
                 'married to Ilse Brandt, a nurse from Dorn.\n\n"For years I queued at the border. Now I can stay '
                 'home," Vale said.\n\nHis wife smiled. "He will find something new to grumble about," she said.',
                 "grumble", "Ilse Brandt", id="his-wife-relative-clause"),
    pytest.param('Ana Roe, who is married to Piet Kask, runs the ferry. Her husband nodded. "The boat is older than '
                 'both of us," he said.', "older than both", "Piet Kask", id="her-husband"),
])
def test_quotes_spouse_named_by_marriage(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Tomas Vale spoke first. Ivo Koval's wife said the family was poor. “We have two months left,” "
                 "she said.", "two months", id="no-marriage-stated"),
    pytest.param('Ana Roe, who is married to Piet Kask, runs the ferry. Boris Lind arrived. His wife nodded. '
                 '"The boat is late," she said.', "boat is late", id="possessor-not-the-married-one"),
])
def test_quotes_spouse_needs_a_stated_marriage(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) in (None, "Boris Lind")


# "X and Y Surname": a later "her husband" of Y Surname is X Surname, and the other way round
@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Karel and Mila Havel keep a vineyard outside Dorn. “The frost took half the grapes,” Mila Havel "
                 "said. Her husband was gloomier: “Three bad years, two loans, and the bank will not wait.”",
                 "Three bad years", "Karel Havel", id="her-husband-colon"),
    pytest.param("Karel and Mila Havel keep a vineyard outside Dorn. “The frost took half the grapes,” Karel Havel "
                 "said. “Three bad years, two loans, and the bank will not wait,” his wife added.",
                 "Three bad years", "Mila Havel", id="his-wife-trailing"),
])
def test_quotes_spouse_of_couple_with_one_surname(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


# a pair named as siblings, or a possessor outside the pair, gives the pair no spouse
@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Karel and Mila Havel, twins who keep a vineyard outside Dorn, spoke first. “The frost took half "
                 "the grapes,” Mila Havel said. Her husband was gloomier: “Three bad years, two loans, and the "
                 "bank will not wait.”", "Three bad years", id="twins"),
    pytest.param("Karel and Mila Havel keep a vineyard outside Dorn. Ana Roe, a neighbour, came too. “The frost "
                 "took half the grapes,” Ana Roe said. Her husband was gloomier: “Three bad years, two loans, and "
                 "the bank will not wait.”", "Three bad years", id="possessor-outside-the-couple"),
])
def test_quotes_spouse_of_couple_needs_a_couple(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Ana Lind, chair of the Strelsau Dockers Union, said the union had asked the port for "a fair '
                 'share" of the profits.', "fair share", "Ana Lind", id="chair-of-union"),
    pytest.param('Ana Lind, president of the Strelsau Chamber of Trade, said the chamber had asked for "a clear '
                 'timetable" before the vote.', "clear timetable", "Ana Lind", id="president-of-chamber"),
    pytest.param('Boris Vale, the spokesman for the Coastal Farmers Federation, said the federation had called the '
                 'deal "a betrayal".', "betrayal", "Boris Vale", id="spokesman-for-federation"),
    pytest.param('Ana Lind, a critic of the Strelsau Dockers Union, said the union had asked the port for "a fair '
                 'share" of the profits.', "fair share", "Strelsau Dockers Union", id="critic-is-no-officer"),
    pytest.param('Ana Lind said the Strelsau Dockers Union had asked the port for "a fair share" of the profits.',
                 "fair share", "Strelsau Dockers Union", id="body-named-in-the-report"),
    pytest.param("Anna Berg told the radio that Boris Lind had said “the war is lost for good”.", "lost for good",
                 "Boris Lind", id="other-person-inside"),
])
def test_quotes_representative_speaks_for_own_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param('Boris Lind said the council had adopted a doctrine of "managed retreat" along the coast.',
                 "managed retreat", id="doctrine-of"),
    pytest.param('Ana Berg argued that the company wanted a monopoly of "strategic routes" in the north.',
                 "strategic routes", id="monopoly-of"),
])
def test_quotes_term_after_noun_of_is_not_attributed(nlp, text, words):
    assert not [q for q in _quotes(nlp, text) if words in q.text]


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Anna Berg accused them of sowing "discord".', "discord", "Anna Berg", id="verb-of"),
    pytest.param('Anna Berg said the town faced a warning of "grave consequences".', "grave consequences",
                 "Anna Berg", id="speech-noun-of"),
    pytest.param('Anna Berg said the plan was "a waste of money".', "waste of money", "Anna Berg",
                 id="of-inside-the-quote"),
])
def test_quotes_term_after_noun_of_keeps_reported_words(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


def _quotes_with_label(nlp, text: str, word: str, label: str) -> list[Quote]:
    """Parse, relabel the first standalone entity covering ``word`` (the tagger's slip), and extract."""
    from spacy.tokens import Span

    doc = nlp(text)
    toks = [t for t in doc if t.text == word and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN"
                                                      and doc[t.i - 1].text not in ("Mr", "Mrs", "Ms"))]
    k = toks[0].i
    doc.ents = [e for e in doc.ents if not e.start <= k < e.end] + [Span(doc, k, k + 1, label=label)]
    return list(extract_quotes(doc, _article(text)))


@pytest.mark.model
@pytest.mark.parametrize("text, word, speaker", [
    pytest.param("Senator Obong Udo Okpa opened the fair. Mr Okpa, a former consul in Lagos, had told reporters "
                 'on Monday: "Nobody asked the villagers where they wanted to live now."', "Okpa",
                 "Obong Udo Okpa", id="after-honorific"),
    pytest.param('Senator Obong Udo Okpa opened the fair.\n\n"Nobody asked the villagers where they wanted to '
                 'live now," Okpa told reporters.', "Okpa", "Obong Udo Okpa", id="surname-of-a-person"),
])
def test_quotes_surname_read_as_nationality(nlp, text, word, speaker):
    assert _speaker(_quotes_with_label(nlp, text, word, "NORP"), "Nobody asked") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    pytest.param('The fair opened.\n\n"Nobody asked the villagers where they wanted to live now," Okpa told '
                 "reporters.", "Okpa", id="no-person-of-that-name"),
])
def test_quotes_nationality_without_name_evidence_has_no_speaker(nlp, text, word):
    assert _speaker(_quotes_with_label(nlp, text, word, "NORP"), "Nobody asked") is None


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Harbour Governor Oh Min-su, whose office sits on the quay, said the plan would change nothing."
                 '\n\n"Every spring the boats come back, and every spring the council forgets them," Oh said.',
                 "Oh Min-su", id="oh"),
    pytest.param('The mayor, Ha Ji-woo, opened the fair on Monday.\n\n"Every spring the boats come back, and '
                 'every spring the council forgets them," Ha said.', "Ha Ji-woo", id="ha"),
])
def test_quotes_surname_read_as_interjection(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "Every spring") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('"Every spring the boats come back, and every spring the council forgets them," Oh said.',
                 None, id="no-such-name"),
    pytest.param('"Oh, every spring the boats come back, and the council forgets them," Anna Berg said.',
                 "Anna Berg", id="interjection-in-quote"),
])
def test_quotes_interjection_needs_a_name_elsewhere(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "every spring") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Labor MP for Kent Marta Holm said the plan had failed. In a post on Monday night she wrote: "
                 '"Nobody asked the farmers what they wanted from us."', "Marta Holm", id="opening-phrase"),
    pytest.param('Senator for Kent Marta Holm said the plan had failed. She wrote: "Nobody asked the farmers '
                 'what they wanted from us."', "Marta Holm", id="plain"),
])
def test_quotes_pronoun_after_title_phrase_name(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "Nobody asked") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('"The water supply on the island is poor, and it must not become a weapon," the Organization '
                 "for Security and Co-operation in Europe (OSCE), which mediates between Ruritania and Borduria, "
                 "said in a statement.", "Organization for Security and Co-operation in Europe", id="and-inside"),
])
def test_quotes_coordination_inside_org_name(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "water supply") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Retired fishermen Tom and Ana Berg sat in the gallery. Mr Berg helped build the first pier as "
                 'a boy.\n\n"We carried the stones down from the hill on our backs," he said.', None,
                 id="couple-either"),
    pytest.param("Anna Berg sat in the gallery with her son, Tom Berg. Mr Berg helped build the first pier as "
                 'a boy.\n\n"We carried the stones down from the hill on our backs," he said.', "Tom Berg",
                 id="gender-known"),
])
def test_quotes_couple_surname_is_ambiguous(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "We carried") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Tomas Lind and his neighbour Ana Berg run the ferry.\n\n"The fares went up again in May, and '
                 'nobody told us why," Ms Berg chimed in. "The timetable is a mystery too."', "fares went up", "Ana Berg",
                 id="chime-in"),
    pytest.param('Tomas Lind and his neighbour Ana Berg run the ferry.\n\n"The fares went up again in May, and '
                 'nobody told us why," Ms Berg chimed in. "The timetable is a mystery too."', "timetable is", "Ana Berg",
                 id="chime-in-continued"),
    pytest.param('Harbour master Tomas Lind spoke first at the meeting.\n\n"The pier will not survive another '
                 'winter without new piles," Lind went on.', "pier will not", "Tomas Lind", id="go-on"),
    pytest.param('Ana Berg runs the ferry with her brother.\n\n"We lost two boats in one storm last winter," '
                 "Ms Berg cut in.", "two boats", "Ana Berg", id="cut-in"),
])
def test_quotes_phrasal_cues(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("In a statement on Friday, the Nordvik Harbour Authority said its wardens had done their job."
                 '\n\n"Every warden followed the rules of the port, and the gear will go back," the statement '
                 "read.", "Every warden", "Nordvik Harbour Authority", id="statement-read"),
    pytest.param("The Nordvik Harbour Authority, also called the Port Office, met the "
                 "fishermen. In a statement issued on Monday, it said the checks would stop.\n\n"
                 '"Harbour dues are set once a year, in March," the statement reminded '
                 "the boat owners.", "Harbour dues", "Nordvik Harbour Authority", id="it-issued"),
])
def test_quotes_statement_speaks_for_its_author(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param('The old harbour office was closed on Monday.\n\n"Back in ten minutes, please wait by the door '
                 'for the ferry," the sign read.', "Back in ten"),
    pytest.param('Fishermen met in the hall on Monday. The town kept quiet about it.\n\n"We will close the '
                 'harbour for good if the fees stay," it read.', "close the harbour"),
    pytest.param("The Nordvik Harbour Authority met on Monday. Its chairman, Tomas Lind, then left the room in "
                 "anger. In a statement issued later, it said the checks would stop.\n\n\"Harbour dues are set "
                 'once a year, in March," the statement reminded the boat owners.',
                 "Harbour dues"),
])
def test_quotes_text_without_known_author_has_no_speaker(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Harbour spokesman Tomas Lind said the ferry would keep running.\n\n"The crossing is ours and '
                 'will stay ours. Nobody has asked us to stop," the newspaper quoted Lind as saying.',
                 "crossing is ours", "Tomas Lind", id="quoted-as-saying"),
])
def test_quotes_quoted_as_saying(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('"Nordland supports the fishermen of the northern coast," Ana Berg, Nordland\'s envoy in '
                 'Strelsau, posted on X, "and the talks on quotas should start in spring."', "Nordland supports",
                 "Ana Berg", id="first-part"),
    pytest.param('"Nordland supports the fishermen of the northern coast," Ana Berg, Nordland\'s envoy in '
                 'Strelsau, posted on X, "and the talks on quotas should start in spring."', "and the talks",
                 "Ana Berg", id="second-part"),
])
def test_quotes_split_by_cue_read_as_reduced_relative(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Tomas Berg, who ran the ferry when the bridge opened, conceded that the closure still hurts."
                 '\n\n"The ferry made money for forty years. Now the council wants to sell it for scrap," said the '
                 '64-year-old, speaking from his home.', "Tomas Berg", id="closest-person"),
    pytest.param("Tomas Berg, 64, spoke first on Monday. Then Anna Lind, a teacher, stood up and said the fares "
                 'were too high.\n\n"The ferry made money for forty years. Now the council wants to sell it for '
                 'scrap," said the 64-year-old.', "Tomas Berg", id="same-age"),
    pytest.param("Tomas Berg chaired the meeting on Monday. A man in the crowd shouted at the councillors.\n\n"
                 '"The ferry made money for forty years. Now the council wants to sell it for scrap," said the '
                 '64-year-old.', None, id="anonymous"),
])
def test_quotes_age_nominal_speaker(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "The ferry made") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Tomas Berg, a baker, and his wife, Ana Lind, left the village with their three children.\n\n"
                 '"We moved to the coast in 1990," Ana Lind said.\n\n'
                 '"The oven still works, but the roof leaks," her husband added.', "Tomas Berg",
                 id="her-husband"),
    pytest.param("Tomas Berg, a baker, and his wife, Ana Lind, left the village with their three children.\n\n"
                 '"The oven still works, but the roof leaks," Mr Berg said.\n\n'
                 '"We moved to the coast in 1990," his wife added.', "Ana Lind", id="his-wife"),
])
def test_quotes_spouse_named_in_apposition(nlp, text, speaker):
    quotes = _quotes(nlp, text)
    words = "The oven" if speaker == "Tomas Berg" else "We moved"
    assert _speaker(quotes, words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("The motion was tabled by Amira Sol Deka, a lawmaker from the river district.\n\n"
                 '"The bridge was promised in 1998 and the river towns are still without it," Amira '
                 "told the House.", "Amira Sol Deka", id="given-name"),
    pytest.param("The motion was tabled by Amira Sol Deka, a lawmaker, and opposed by Sol Deka's rival, "
                 "Tomas Amira.\n\n"
                 '"The bridge was promised in 1998 and the river towns are still without it," Amira '
                 "told the House.", "Tomas Amira", id="also-a-surname"),
])
def test_quotes_given_name_speaker_gets_full_name(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "The bridge was promised") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text", [
    pytest.param('Tomas and Ana Lind sat in the front row.\n\n"The boats are late again," Ana Lind said, '
                 'rolling her eyes. "Nobody at the harbour can explain it."', id="rolling"),
    pytest.param('Tomas and Ana Lind sat in the front row.\n\n"The boats are late again," Ana Lind said, '
                 'shaking her head. "Nobody at the harbour can explain it."', id="shaking"),
])
def test_quotes_manner_participle_keeps_continuation(nlp, text):
    assert _speaker(_quotes(nlp, text), "Nobody at the harbour") == "Ana Lind"


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('Menteri Besar Tomas Reddy opened the new bridge on Monday.\n\n"The new bridge opens '
                 'to lorries in May," the Menteri Besar told reporters.', "Tomas Reddy", id="multi-word-title"),
    pytest.param("The minister answered questions about a speech by Nordvik Menteri Besar Haris Omar in the state "
                 'assembly on Monday.\n\n"The new bridge opens to lorries in May," the Menteri Besar '
                 "told reporters.", "Haris Omar", id="title-tagged-apart"),
])
def test_quotes_definite_multi_word_title_is_a_role(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "The new bridge opens") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Dag Moravec chairs the harbour board.\n\n"The board can sell the quay if it likes, but '
                 'the boats stay," Moravec thundered. "We will keep fishing."',
                 "We will keep fishing", "Dag Moravec", id="trailing-name"),
    pytest.param('Dag Moravec chairs the harbour board. He spoke after the vote.\n\n"The crews built this '
                 'quay with their own hands," he growled.', "The crews built", "Dag Moravec",
                 id="trailing-pronoun"),
    pytest.param('Anna Berg, 61, has mended nets at the harbour for decades. She mends them for every boat, '
                 'she laughs, "and nobody has ever paid me on time."', "nobody has ever paid", "Anna Berg",
                 id="leading-pronoun"),
    pytest.param('Dag Moravec chairs the harbour board.\n\n"The crews built this quay with their own '
                 'hands," a sailor growled.', "The crews built", None, id="anonymous"),
    pytest.param('Dag Moravec chairs the harbour board.\n\n"The crews built this quay with their own '
                 'hands." Moravec walked away.', "The crews built", None, id="full-stop"),
])
def test_quotes_manner_verb_trigram(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('Anna Berg coaches the town team. "Both clubs want the match to go ahead," Berg said, '
                 "referring to the derby the two towns will co-host with Tamsk. \"Nobody will cancel it.\"",
                 "Anna Berg", id="participle-with-clause"),
])
def test_quotes_trailing_cue_keeps_clause_of_participle(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "Both clubs want") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('The queue at the ferry grew all morning.\n\nPavel Horak, a welder from Tamsk, was '
                 'angrier. "I need the permit, not the speeches."', "Pavel Horak", id="copula-mood"),
    pytest.param('The queue at the ferry grew all morning.\n\nPavel Horak, a welder from Tamsk, was '
                 'angrier. "The permit is late again and the office is shut."', None, id="not-first-person"),
    pytest.param('The queue at the ferry grew all morning.\n\nPavel Horak was angrier than his '
                 'neighbours. "We need the permit, not the speeches."', None, id="others-named"),
    pytest.param('The queue at the ferry grew all morning.\n\nPavel Horak walked past the crowd. "We need '
                 'the permit, not the speeches."', None, id="not-a-mood"),
])
def test_quotes_characterised_speaker(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "ermit") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("Tomas Berg, 70, ran the ferry for 30 years. He and his wife of 40 years, Ana Berg, still "
                 'live in Tamsk.\n\n"The ferry needs a new engine," said Tomas Berg.\n\n'
                 '"He tells everyone that," his wife said.', "Ana Berg", id="spouse-of-years"),
])
def test_quotes_spouse_set_off_by_commas(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "tells everyone") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('Piet Botha, 80, drove the mail coach for 20 years.\n\n"The old route should open once '
                 'more," said Oom Piet, as the whole valley calls him.', "Piet Botha", id="oom"),
    pytest.param('Marta Botha, 80, ran the village shop for 20 years.\n\n"The old shop should open once '
                 'more," said Tannie Marta.', "Marta Botha", id="tannie"),
])
def test_quotes_given_name_honorific(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "once more") == speaker


# --------------------------------------------------------------------------- nicknames, role frames, bodies

@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    pytest.param('Tomas "Tiny" Berg, a ferryman from Tamsk, said the crossing was closed.', "Tiny", id="ferryman"),
    pytest.param('Ana "Nan" Lind, a baker from Tamsk, said the bridge had been shut for a week.', "Nan", id="baker"),
])
def test_quotes_nickname_in_name_is_unattributed(nlp, text, word):
    assert all(q.speaker is None for q in _quotes(nlp, text) if word in q.text)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Nils Brandt, the village\'s ferryman, watched the water rise. "The river took two boats last '
                 'spring," the ferryman mused.', "two boats", "Nils Brandt", id="role"),
    pytest.param('Tomas Berg, a ferryman, was on the quay. "We have waited twenty years," the 61-year-old sighed.',
                 "waited twenty", "Tomas Berg", id="age"),
    pytest.param('Pavel Horak was mending nets on the jetty. "We lost the boat in a single night," the 61-year-old '
                 'sighed. "The council calls it a delay. For us it is a lost season."', "The council calls it",
                 "Pavel Horak", id="age-then-second-quote"),
])
def test_quotes_definite_nominal_in_manner_frame(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Dr. Lena Voss of the Tamsk Institute calls the plan "a gamble". According to Dr. Voss, the plan '
                 'has one weakness: "The money runs out in May, and nobody has said what happens then."',
                 "money runs out", "Lena Voss", id="according-colon"),
    pytest.param('According to police, the driver shouted: "Get back from the bridge, all of you, now!"',
                 "Get back", None, id="person-subject-speaks"),
])
def test_quotes_according_to_frames_colon_clause(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('For Ana Lind, a historian at the Tamsk museum, the wreck carries a sadder story. In 1911, a '
                 'steamer sank there; the survivors left behind waited a week for a rescue. "Nobody here forgets '
                 'that week," she observed.', "Ana Lind", id="survivors"),
])
def test_quotes_plural_subject_does_not_block_pronoun(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "Nobody here") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('The RFA said in a statement that its new pumps could clear a flooded street "within the hour". '
                 '"These are the best pumps the charity has ever bought, and the crews have earned them," the '
                 'charity said.', "RFA", id="charity"),
    pytest.param('The RFA said in a statement that its pumps could clear a street "within the hour". The Tamsk '
                 'Angling Union disagreed. "These are the best pumps the charity has ever bought," the charity said.',
                 None, id="other-body-between"),
    pytest.param('The Velmar Authority said on Monday that talks were held "in good faith". "Ruritania remains open '
                 'to talks with Borduria on the river," the ministry said.', None, id="other-kind-of-body"),
])
def test_quotes_body_noun_takes_up_previous_body_speaker(nlp, text, speaker):
    words = "remains open" if "remains open" in text else "best pumps"
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('Dina Jabbous, Warden of Tamsk, told the crowd the town would hold a dinner for the crew. "The crew '
                 'earned every plate of it," the Warden declared.', "Dina Jabbous", id="warden"),
    pytest.param('Dina Jabbous, Reeve of Tamsk, told the crowd the town would hold a dinner for the crew. "The crew '
                 'earned every plate of it," the Reeve declared.', "Dina Jabbous", id="reeve"),
])
def test_quotes_capitalised_title_after_the_is_a_role(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "The crew earned") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param("The talks ended late.\n\nIn Velmar, the republic's top diplomat, Foreign Minister Jaan Kuusk, said "
                 'his government would respond "calmly". "We cannot accept the ruling," he told the state radio.',
                 "Jaan Kuusk", id="intro-phrase"),
])
def test_quotes_role_noun_surface_subject_apposition(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "cannot accept") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    pytest.param('Leni Vos stood on the quay. "He was a wreck all the way up," she laughed.\n\nFor Ansel Motors, '
                 'operations manager at the Tamsk ferry company, the crowd said everything. Her verdict: "The whole '
                 'valley came down to the quay."', "Ansel Motors", id="manager"),
])
def test_quotes_person_appositive_marks_person_name(nlp, text, speaker):
    assert _speaker(_quotes(nlp, text), "whole valley") == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('In Tamsk, Vera Lindqvist, whose husband, Boris Halm, crewed a trawler the coastguard held, spoke '
                 'to us at the quay.\n\n"The boat left at dawn with four men aboard. Nobody has called us since," '
                 'she said by phone.', "left at dawn", "Vera Lindqvist", id="whose-husband"),
    pytest.param('In Velmar, Oskar Brandt, whose wife, Greta Nyberg, runs the harbour cafe, said the quay had been '
                 'closed for a week.\n\n"She has not sold a coffee since Sunday," he said.', "not sold a coffee",
                 "Oskar Brandt", id="whose-wife"),
])
def test_quotes_whose_appositive_gives_no_gender(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The Tamsk Harbour Department says the new fees "will not change" the ferry timetable.\n\n'
                 'Fisheries and Coasts Norway told the harbour board on Friday that both beacons might be automated '
                 'within five years.\n\n"Nothing will change before the crews are heard," the department said.',
                 "Nothing will change", "Fisheries and Coasts Norway", id="portfolio-body"),
    pytest.param('The Tamsk Harbour Department says the new fees "will not change" the ferry timetable.\n\n'
                 'Fisheries and Coasts Norway told the harbour board on Friday that both beacons might be automated '
                 'within five years.\n\nIn a statement, the department said "nothing is settled".\n\n"Nothing will '
                 'change before the crews are heard," the department said.', "Nothing will change",
                 "Fisheries and Coasts Norway", id="chain-of-body-nouns"),
    pytest.param('The Tamsk Harbour Department says the new fees "will not change" the ferry timetable.\n\n'
                 'Transport Norway, which pays for part of the service, said it had been kept informed.\n\n"Nothing '
                 'will change before the crews are heard," the agency said.', "Nothing will change",
                 "Transport Norway", id="portfolio-body-with-relative-clause"),
])
def test_quotes_body_noun_takes_up_portfolio_agency(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The Tamsk Harbour Department says the new fees "will not change" the ferry timetable.\n\n'
                 'Fisheries and Coasts Norway told the harbour board on Friday that both beacons might be automated '
                 'within five years. Local skippers said the plan was a mistake.\n\n"Nothing will change before the '
                 'crews are heard," the department said.', "Nothing will change", None,
                 id="portfolio-body-then-other-subject"),
    pytest.param('The Tamsk Harbour Department says the new fees "will not change" the ferry timetable.\n\n'
                 'Transport Norway said last week it wanted more data. Several skippers were angry.\n\nIn a '
                 'statement, the department said "no final plan exists yet".', "no final plan", None,
                 id="portfolio-body-then-other-subject-partial"),
    pytest.param('The Tamsk Harbour Department says the new fees "will not change" the ferry timetable.\n\n'
                 'The Tamsk Angling Union said in a letter last week that the fees were too high.\n\n"Nothing will '
                 'change before the crews are heard," the department said.', "Nothing will change",
                 "Tamsk Harbour Department", id="known-kind-body-between"),
])
def test_quotes_body_noun_not_past_unnamed_body_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The ferry board met on Tuesday.\n\n"The sailing list is for the island council to set," '
                 'Transport Norway said in a statement.', "The sailing list", "Transport Norway",
                 id="portfolio-and-country"),
    pytest.param('The ferry board met on Tuesday.\n\n"The sailing list is for the island council to set," '
                 'Fisheries and Coasts Norway said.', "The sailing list", "Fisheries and Coasts Norway",
                 id="coordinated-portfolios"),
    pytest.param('The ferry board met on Tuesday.\n\n"The sailing list is for the island council to set," '
                 'Northern Norway said.', "The sailing list", None, id="compass-word-is-no-portfolio"),
])
def test_quotes_portfolio_and_state_name_one_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The Estonia Beekeepers Society, which speaks for some 900 members, opposed the new levy on Friday.'
                 '\n\n"This levy punishes the smallest farms first," the society said in a letter.', "This levy",
                 "Estonia Beekeepers Society", id="untagged-society"),
    pytest.param('The Latvia Rowing Society criticised the new fees on Monday. "This levy punishes the smallest '
                 'clubs first," the society said in a letter.', "This levy", "Latvia Rowing Society",
                 id="same-paragraph"),
    pytest.param('The Baltic Ports Union (BPU) weighed in on Friday too.\n\n"No port should be closed without a '
                 'vote," the six-member bloc said.', "No port", "Baltic Ports Union", id="sized-bloc"),
    pytest.param('The Northern Rivers Compact (NRC) spoke out on Tuesday as well.\n\n"Every town on the river '
                 'gets a vote," the 12-member bloc said on Wednesday.',
                 "Every town", "Northern Rivers Compact", id="bloc-with-acronym"),
    pytest.param('Greenholt, a Tamsk-based conservation group, asked both towns to spare the marsh.\n\n"The herons '
                 'do not know where the town line runs," the NGO said on Thursday.', "The herons", "Greenholt",
                 id="ngo"),
    pytest.param('The Tamsk Harbour Alliance, which groups 40 firms, criticised the plan.\n\n"No port should be '
                 'closed without a vote," the group said.', "No port", "Tamsk Harbour Alliance", id="group"),
])
def test_quotes_body_description_takes_up_body_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param('The Estonia Beekeepers Society opposed the new levy on Friday. Its chair, Ana Lind, was away in '
                 'Strelsau.\n\n"This levy punishes the smallest farms first," the society said in a letter.',
                 "This levy", id="person-led-sentence-between"),
    pytest.param('The Ruritanian Ministry of Fisheries rejected the plan on Monday.\n\n"This quota punishes the '
                 'smallest boats first," the group said.', "This quota", id="ministry-is-no-group"),
    pytest.param('Estonia asked both towns to spare the marsh.\n\n"The herons do not know where the town line runs,"'
                 ' the NGO said on Thursday.', "The herons", id="country-is-no-ngo"),
    pytest.param('The Latvia Rowing Society met on Monday. The Tamsk Harbour Alliance condemned the new fees.\n\n'
                 '"This levy punishes the smallest clubs first," the society said.', "This levy",
                 id="other-kind-of-body-nearer"),
    pytest.param('The Tamsk Harbour Alliance met the Velmar Dock Alliance on Monday.\n\n"No port should be closed '
                 'without a vote," the group said.', "No port", id="two-fitting-bodies"),
])
def test_quotes_body_description_needs_fitting_subject(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Tomas Varga, Ruritania's ambassador to Borduria from 2009 to 2014, went further.\n\n\"We wrote to "
                 'them four times this year," the former envoy warned. "Nobody replied, not once."', "We wrote",
                 "Tomas Varga", id="former-envoy"),
    pytest.param("Tomas Varga, Ruritania's ambassador to Borduria from 2009 to 2014, went further.\n\n\"We wrote to "
                 'them four times this year," the former envoy warned. "Nobody replied, not once."', "not once",
                 "Tomas Varga", id="former-envoy-continued"),
    pytest.param('Ana Lind, a one-time envoy to Borduria, spoke next.\n\n"Nobody in Strelsau reads our notes," the '
                 'former ambassador said.', "Nobody in", "Ana Lind", id="one-time-envoy"),
    pytest.param("Tomas Varga, Ruritania's ambassador to Borduria, opened the talks on Monday.\n\n\"Nobody wants to "
                 'move first," the diplomat said.', "Nobody wants", "Tomas Varga", id="diplomat"),
])
def test_quotes_role_synonym_takes_up_title(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Tomas Varga, Ruritania's ambassador to Borduria, went further.\n\n\"We wrote to them four times "
                 'this year," the former envoy warned.', "We wrote", id="current-title-is-not-former"),
    pytest.param('Ambassador Tomas Varga opened the talks on Monday.\n\nA Bordurian diplomat in Strelsau said the '
                 'talks had stalled. "Nobody wants to move first," the diplomat said.', "Nobody wants",
                 id="unnamed-diplomat-since"),
    pytest.param("Tomas Varga, Ruritania's ambassador to Borduria, opened the talks on Monday.\n\nLater an envoy "
                 'from Strelsau told reporters the talks had stalled. "Nobody wants to move first," the envoy said.',
                 "Nobody wants", id="unnamed-envoy-since"),
])
def test_quotes_role_synonym_not_past_unnamed_holder(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('"The river has moved twice since the treaty was signed," Dr. Anna Berg reasoned. "The map has '
                 'not."', "The map", "Anna Berg", id="dr-full-name-continued"),
    pytest.param('Anna Berg teaches law in Strelsau.\n\n"The river has moved twice since the treaty was signed," '
                 'Dr. Berg reasoned.', "The river", "Anna Berg", id="dr-surname"),
    pytest.param('Tomas Varga teaches law in Strelsau.\n\n"The river has moved twice," Prof. Varga mused.',
                 "The river", "Tomas Varga", id="prof-surname"),
    pytest.param('Anna Berg runs the ferry office in Tamsk.\n\n"The timetable was never the problem," shrugged Anna '
                 'Berg, who runs the ferry office.', "The timetable", "Anna Berg", id="inverted-shrug"),
    pytest.param('Anna Berg runs the ferry office in Tamsk.\n\n"The timetable was never the problem," charged Anna '
                 'Berg.', "The timetable", "Anna Berg", id="inverted-charge"),
    pytest.param('Anna Berg runs the ferry office in Tamsk.\n\n"The timetable was never the problem," reasoned Anna '
                 'Berg.', "The timetable", "Anna Berg", id="inverted-reason"),
])
def test_quotes_frame_verbs_next_to_quote(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Latvia's Ministry of Trade said on Monday that the tariff was \"a mistake\".\n\nEstonia disagreed. "
                 'Its ministry argued on Tuesday that Tallinn "will accept the tariff for now".', "will accept", None, id="its-ministry"),
    pytest.param("Latvia's Ministry of Foreign Affairs on Monday called the tariff \"a mistake\".\n\nEstonia disagreed. "
                 'Its foreign ministry argued on Tuesday that Tallinn "will accept the tariff for now".', "will accept", None, id="its-foreign-ministry"),
    pytest.param('The Tamsk Ferry Company lost money again this year. Its spokesman, Jon Arne, said the fares would '
                 'rise "by a little".\n\n"We have no other choice," the spokesman said.', "no other choice",
                 "Jon Arne", id="its-owner-a-body"),
])
def test_quotes_possessive_takes_up_country_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The senator for Marlow, Ana Petrov, who voted against the bill, said she was disappointed.\n\n"
                 "“We lost this round,” she said.", "We lost", "Ana Petrov", id="who-clause"),
    pytest.param("The regional director of Tamsk Water, Lena Moravec, whose office sits by the dam, said repairs "
                 "had begun.\n\n“The pipes are older than I am,” she said.", "The pipes", "Lena Moravec",
                 id="whose-clause"),
    pytest.param("The deputy for Ostra, Boris Halloran, who sat in the front row, said he would vote no.\n\n"
                 "“This town deserves better,” he said.", "This town", "Boris Halloran", id="who-clause-he"),
    pytest.param("The mayor of Ostra, Ana Petrov, who chaired the meeting, said the vote was fair.\n\n"
                 "“Everyone had a say,” she said.", "Everyone had", "Ana Petrov", id="clause-on-role-noun"),
])
def test_quotes_apposed_name_past_relative_clause(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Friends of Dunmore Library, which has 300 members, said it would fight the closure.\n\n"
                 "“A town without books is a town that forgets,” the group said.", "A town",
                 "Friends of Dunmore Library", id="group-takes-up"),
    pytest.param("The Guardians of Lake Ostra, which has campaigned for a decade, said it would appeal.\n\n"
                 "“The lake cannot speak for itself,” the group said.", "The lake", "Guardians of Lake Ostra",
                 id="which-on-last-word"),
    pytest.param("The Keepers of Marlow Lighthouse, which raised money for the repairs, said it felt “let "
                 "down”.\n\n“We were promised a new roof three years ago,” the organisation said in a letter.",
                 "let down", "Keepers of Marlow Lighthouse", id="own-fragment"),
    pytest.param("The Keepers of Marlow Lighthouse, which raised money for the repairs, said it felt “let "
                 "down”.\n\n“We were promised a new roof three years ago,” the organisation said in a letter.",
                 "new roof", "Keepers of Marlow Lighthouse", id="organisation-takes-up"),
])
def test_quotes_of_name_with_which_is_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Tamsk Council of Elders said on Monday that it opposed the dam.\n\n“The river is not for "
                 "sale,” the Tamsk stated.", "The river", "Tamsk Council of Elders", id="first-word"),
    pytest.param("The Oskaro Fishers Cooperative said in a statement that it would sue.\n\n“Our boats have fished "
                 "these waters for a century,” the Oskaro said.", "Our boats", "Oskaro Fishers Cooperative",
                 id="cooperative"),
    pytest.param("The Belmora Residents Association said in a letter that it opposed the tower.\n\n“Nobody asked "
                 "us,” the Belmora wrote.", "Nobody asked", "Belmora Residents Association", id="association"),
])
def test_quotes_body_taken_up_by_first_word(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("The Tamsk Council of Elders and the Tamsk Anglers Society met on Monday.\n\n“The river is not "
                 "for sale,” the Tamsk stated.", "The river", id="two-bodies-share-the-word"),
])
def test_quotes_body_taken_up_by_first_word_needs_one_body(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Dr Ana Berg, professor of history at the University of Tamsk, said the border was old.\n\n"
                 "“Nobody drew it on purpose,” the historian said.", "Nobody drew", "Ana Berg", id="historian"),
    pytest.param("Boris Lind, dean of economics at Marlow College, said prices would rise.\n\n“Wages will not "
                 "keep up,” the economist said.", "Wages will", "Boris Lind", id="economist"),
    pytest.param("Prof Lena Horvat, head of the department of sociology at Tamsk University, said the survey was "
                 "flawed.\n\n“The sample was far too small,” the sociologist said.", "The sample", "Lena Horvat",
                 id="sociologist"),
])
def test_quotes_scholar_noun_takes_up_discipline(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Ana Berg, a history teacher in Tamsk, said the border was old.\n\n“Nobody drew it on purpose,” "
                 "the historian said.", "Nobody drew", id="no-academic-post"),
    pytest.param("Dr Ana Berg, professor of law at the University of Tamsk, said the border was old.\n\n“Nobody "
                 "drew it on purpose,” the historian said.", "Nobody drew", id="other-discipline"),
])
def test_quotes_scholar_noun_needs_academic_post(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Clara Ibarra Soto, who has run a bakery in the old quarter for thirty years, opened the meeting."
                 "\n\n“The ovens have been cold since March and nobody has told us why,” Ibarra said on Friday.",
                 "The ovens", "Clara Ibarra Soto", id="read-as-body"),
    pytest.param("The council's chairman, Tomás Echeverri Luna, spoke first.\n\n“We cannot keep paying for repairs "
                 "that never end,” Echeverri told the room.", "We cannot", "Tomás Echeverri Luna", id="person"),
    pytest.param("The report was written by Paulo Mendes Vidal, an engineer with the harbour board.\n\n“The quay "
                 "walls are cracking faster than anyone expected,” Mendes told reporters.", "The quay walls",
                 "Paulo Mendes Vidal", id="read-as-noun"),
])
def test_quotes_inner_surname_gets_full_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Clara Ibarra Soto, a baker, and her cousin Jon Ibarra both spoke at the meeting.\n\n“The ovens "
                 "have been cold since March and nobody has told us why,” Ibarra said on Friday.", "The ovens",
                 "Jon Ibarra", id="also-a-surname"),
])
def test_quotes_inner_surname_yields_to_surname(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Chancellor Wen Lo Tam opened the session in the old hall.\n\n“The budget will not balance this "
                 "year, and I will not pretend otherwise,” Chancellor Wen said.", "The budget", "Wen Lo Tam",
                 id="chancellor"),
    pytest.param("Mayor Kiri Anaru Wetere spoke at the opening of the new wharf.\n\n“This wharf belongs to every "
                 "family on the coast,” Mayor Kiri said.", "This wharf", "Kiri Anaru Wetere", id="mayor"),
])
def test_quotes_first_word_with_same_title_gets_full_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Chancellor Wen Lo Tam opened the session in the old hall.\n\n“The budget will not balance this "
                 "year, and I will not pretend otherwise,” Mr Wen said.", "The budget", id="other-honorific"),
])
def test_quotes_first_word_with_other_title_keeps_word(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) == "Wen"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Her neighbour, Bizunesh Haile, keeps bees behind the school.\n\nBizunesh was scathing: “The "
                 "spray killed half my hives. Nobody has paid for them.”", "The spray", "Bizunesh Haile",
                 id="appositive"),
    pytest.param("Mrs Bizunesh Haile lost half her hives last summer.\n\nBizunesh was scathing: “The spray killed "
                 "them. Nobody has paid for them.”", "The spray", "Bizunesh Haile", id="honorific"),
])
def test_quotes_colon_given_name_read_as_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Port Edda – The Fishermen's Guild has accused the harbour board of running a “closed shop for "
                 "mooring licences and berths”.", "closed shop", "Fishermen's Guild", id="appositive-after-dash"),
    pytest.param("Tamsk – The Ruritanian Red Cross has warned of “a winter without heating” for thousands of "
                 "families in the hills.", "a winter", None, id="no-appositive"),
    pytest.param("Ana Lind – a nurse for thirty years – said the ward was full.\n\n“We had patients sleeping in "
                 "the corridor,” she said.", "We had patients", "Ana Lind", id="aside-between-dashes"),
])
def test_quotes_dateline_is_no_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Warden of Tamsk, Ilse Marrow, spoke last at the hall meeting.\n\n“Nobody from the "
                 "ministry has set foot here in ten years,” she said.", "Nobody from", "Ilse Marrow", id="warden"),
    pytest.param("The Provost of Belmora, Agnes Dunmore, opened the debate on Tuesday evening.\n\n"
                 "“We were promised a new bridge twice already,” she said.", "We were promised", "Agnes Dunmore",
                 id="provost"),
])
def test_quotes_office_of_place_holder(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, term", [
    pytest.param("Ana Berg, the head of the Tamsk rowing club, said juniors would train indoors on “flat-water” "
                 "machines until the lake thawed.", "flat-water", id="hyphenated"),
    pytest.param("Boris Lind said the pupils would start “open-water” lessons in the spring.", "open-water",
                 id="after-verb"),
])
def test_quotes_quoted_noun_modifier_is_term(nlp, text, term):
    assert not [q for q in _quotes(nlp, text) if term in q.text and q.speaker is not None]


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Ana Berg said the council had a “reckless” plan for the harbour.", "reckless", "Ana Berg",
                 id="adjective"),
])
def test_quotes_quoted_adjective_modifier_keeps_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Nurse Ana Pellow, who works nights at the clinic, said she would be late every day. “It adds "
                 "forty minutes to every shift,” she said.", "It adds", "Ana Pellow", id="nurse"),
    pytest.param("Farmer Joss Tremayne, whose cattle graze the cliff fields, said the fence had come down twice. "
                 "“We lost four heifers over the edge last winter,” he said.", "We lost", "Joss Tremayne",
                 id="farmer"),
])
def test_quotes_role_noun_cut_from_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Norvale said on Tuesday that the merger would close in the spring.\n\n'
                 '"We expect no job losses at the Kettering plant," the company said.', "job losses", "Norvale",
                 id="company-after-brand"),
])
def test_quotes_company_noun_takes_up_brand_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param('The Varn Harbour Board said on Tuesday that the merger would close in the spring.\n\n'
                 '"We expect no job losses at the quay," the company said.', "job losses", id="board-is-no-company"),
])
def test_quotes_company_noun_skips_body_of_other_kind(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The Ruritanian Interior Ministry, known as the Grey House, issued a decree on Friday.\n\n'
                 'In the decree, the Grey House said the border posts would stay shut. '
                 '"No exceptions will be made for traders," the ministry added.', "No exceptions", "Grey House",
                 id="known-as"),
])
def test_quotes_body_noun_takes_up_alias_given_with_known_as(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The Ruritania Region Presidency said in a statement that the talks had ended. '
                 '"We thank both delegations for their patience," the statement said.', "We thank",
                 "Ruritania Region Presidency", id="presidency"),
])
def test_quotes_name_headed_by_body_noun_is_a_body(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and (q.speaker.text, q.speaker.label) == (speaker, "ORG")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Neighbours for Oakvale, a charity that runs the town food bank, opposed the cuts.\n\n'
                 '"We will keep the doors open whatever happens," the group said.', "doors open",
                 "Neighbours for Oakvale", id="taken-up-by-group"),
])
def test_quotes_campaign_body_named_x_for_y(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and (q.speaker.text, q.speaker.label) == (speaker, "ORG")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Harbour sale: Questioned on Friday, Board spokeswoman Ilse Varga referred them to the position '
                 'the Board took in May: "The harbour will stay in public hands."', "harbour",
                 "Ilse Varga", id="run-in-heading-and-premodifying-title"),
    pytest.param('Ferry fares: Pressed by reporters, Council spokesman Jonas Ekdahl directed them to the statement '
                 'the Council published last week: "Fares will not rise this year."', "Fares",
                 "Jonas Ekdahl", id="statement-the-body-published"),
])
def test_quotes_officer_restates_body_line(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Ana Berg, a critic of the Board, drew attention to the statement the Board has repeated since '
                 'May: "The harbour will stay in public hands."', "harbour", "Board", id="critic-is-no-officer"),
])
def test_quotes_outsider_keeps_body_line(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The Oakvale Tenants Union called on the council to "think again" before selling the flats.',
                 "think again", "Oakvale Tenants Union", id="call-on"),
])
def test_quotes_body_call_on_is_a_demand_not_a_naming(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param('The Oakvale Tenants Union called the sale "a disgrace" on Monday.', "disgrace",
                 id="naming-with-time-adjunct"),
])
def test_quotes_body_naming_coinage_keeps_no_speaker(nlp, text, words):
    assert not [q for q in _quotes(nlp, text) if words in q.text and q.speaker is not None]


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Dina Jabbous, associate professor of history at Tamsk University, said the treaty was never "
                 "ratified.\n\n“Nobody kept the old ledgers. Half of them burned in 1950,” she said.\n\n"
                 "“Still, nobody in the capital is reading them.”", "old ledgers", "Dina Jabbous",
                 id="pronoun-after"),
    pytest.param("Dina Jabbous, associate professor of history at Tamsk University, said the treaty was never "
                 "ratified.\n\n“Nobody kept the old ledgers. Half of them burned in 1950,” she said.\n\n"
                 "“Still, nobody in the capital is reading them.”", "nobody in the capital", "Dina Jabbous",
                 id="next-paragraph-continues"),
    pytest.param("Yara Kallous, associate professor of law, said the court had erred.\n\n"
                 "“The ruling is weak. It will not survive an appeal,” she said.", "ruling is weak", "Yara Kallous",
                 id="short-appositive"),
    pytest.param("Yara Kallous, associate professor of law, said the ruling “will not survive an appeal”.",
                 "will not survive", "Yara Kallous", id="partial-quote"),
])
def test_quotes_name_folded_into_role_noun_is_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Anna Berg said the club printed posters about the players’ “golden summer” that nobody in town "
                 "forgot.", "golden summer", id="players"),
    pytest.param("Boris Lind said the museum shows letters from the sailors’ “last voyage” which the navy kept "
                 "secret for years.", "last voyage", id="sailors"),
])
def test_quotes_possessive_before_quote_is_no_leading_cue(nlp, text, words):
    import graph.quotes as quotes

    doc = nlp(text)
    ctx = quotes._Ctx(doc, _article(text), scan_quotes(doc.text), quotes._gazetteer())
    qi = next(i for i, s in enumerate(ctx.spans) if words in text[s.start:s.end])
    assert quotes._leading_cue(ctx, qi) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Civil Liberties Commission of Monaco (CLCM) criticised the new curfew. “The curfew punishes "
                 "people who work at night,” the commission said.", "curfew punishes", "CLCM", id="taken-up-by-noun"),
    pytest.param("The Civil Liberties Commission of Monaco (CLCM) said: “The curfew punishes people who work at "
                 "night.”", "curfew punishes", "CLCM", id="named-subject"),
    pytest.param("The Fishers Welfare Council of Malta (FWCM) met the harbour masters on Monday. “Our boats have "
                 "stayed in port for a week,” the council said.", "Our boats", "FWCM", id="name-cut-after-of"),
])
def test_quotes_body_name_cut_short_gives_defined_acronym(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and (q.speaker.text, q.speaker.label) == (speaker, "ORG")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Tamsk Rivers Compact (TRC) said: “The river belongs to everyone who lives on it.”", "river",
                 "Tamsk Rivers Compact", id="acronym-of-whole-name"),
    pytest.param("The Civil Liberties Commission of Monaco said: “The river belongs to everyone who lives on it.”",
                 "river", "Civil Liberties Commission", id="no-acronym"),
    pytest.param("The Civil Liberties Commission of Monaco (CLC) said: “The river belongs to everyone who lives on it.”",
                 "river", "Civil Liberties Commission", id="acronym-of-cut-name"),
])
def test_quotes_body_name_keeps_name_when_acronym_does_not_extend_it(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and q.speaker.text == speaker


# --------------------------------------------------------------------------- statements, titles, legislators, spokespeople

@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Bordurian Ministry of Fisheries responded on Friday with a statement.\n\n“The quota will not "
                 "change this year, and the fleet has been told so,” the statement read.", "quota will not",
                 "Bordurian Ministry of Fisheries", id="responded-with-next-paragraph"),
    pytest.param("The Tamsk Water Board reacted with a statement on Monday. “No farm will lose its supply this "
                 "summer,” the statement said.", "No farm", "Tamsk Water Board", id="reacted-with"),
])
def test_quotes_statement_author_after_response(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Anna Berg was confronted with a statement at the hearing. “No farm will lose its supply this "
                 "summer,” the statement said.", "No farm", id="passive-listener"),
    pytest.param("Anna Berg agreed with the statement at the hearing. “No farm will lose its supply this summer,” "
                 "the statement said.", "No farm", id="agreed-with"),
])
def test_quotes_statement_author_needs_a_response_verb(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Junior Minister for Rivers and Canals Tomas Varga visited the dam on Friday.\n\n“The locks will "
                 "reopen in May, and the barges will run again,” the junior minister told reporters.", "locks will",
                 "Tomas Varga", id="portfolio-title-before-name"),
    pytest.param("Ana Lind, the state minister for ports, spoke first. Bo Roe, the minister of trade, spoke next.\n\n"
                 "“Tariffs on grain will fall by half next year,” the minister said.", "Tariffs", "Bo Roe",
                 id="state-minister-is-another-rank"),
])
def test_quotes_title_with_portfolio_takes_up_holder(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Spokesperson Stefanus Purba said the talks would go on.\n\n“The line has not moved in forty "
                 "years. It will not move because of a new chart or a new lease,” Stefanus said.\n\nHe spoke of the "
                 "ruling of 2002 at length. “We lost that case and we paid the price without a word,” he said.",
                 "lost that case", "Stefanus Purba", id="pronoun-subject-next-paragraph"),
    pytest.param("Spokesperson Benediktus Sinaga spoke after the meeting.\n\n“The line has not moved in forty years. "
                 "It will not move because of a new chart or a new lease,” Benediktus said.\n\nLater he took "
                 "questions. “Our patience is long, but it has an end,” he said.", "patience is long",
                 "Benediktus Sinaga", id="pronoun-after-adverb"),
])
def test_quotes_pronoun_takes_up_given_name_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("In parliament on Tuesday, Green Party member Ana Lind voted against the budget.\n\n“We cannot pay "
                 "for new roads with old loans,” the lawmaker said.", "cannot pay", "Ana Lind",
                 id="member-in-parliament"),
    pytest.param("In the Senate, Boris Lind, a member of the finance committee, opposed the levy.\n\n“Farmers will "
                 "pay twice for the same water,” the legislator said.", "pay twice", "Boris Lind",
                 id="member-in-senate"),
    pytest.param("Senator Boris Lind opposed the bill on Monday.\n\n“It is far too expensive for the towns,” the "
                 "lawmaker said.", "far too", "Boris Lind", id="senator"),
])
def test_quotes_lawmaker_takes_up_member_of_legislature(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Ana Lind, a member of the rowing club, opposed the plan on Tuesday.\n\n“We cannot pay for new "
                 "roads with old loans,” the lawmaker said.", "cannot pay", id="club-member"),
    pytest.param("Boris Lind, a former member of the Senate, opposed the levy.\n\n“Farmers will pay twice for the "
                 "same water,” the legislator said.", "pay twice", id="former-member"),
    pytest.param("In the Senate, Boris Lind, a member of the finance committee, met Ana Roe, a member of the budget "
                 "committee.\n\n“Farmers will pay twice for the same water,” the legislator said.", "pay twice",
                 id="two-members"),
    pytest.param("Opposition MP Tomas Berg met Senator Boris Lind in Strelsau.\n\n“We cannot pay for new roads with "
                 "old loans,” the lawmaker said.", "cannot pay", id="two-legislators"),
])
def test_quotes_lawmaker_needs_one_legislator(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("A Tamsk Ferry Company spokesperson said: “The timetable will not change this winter.”",
                 "timetable", "Tamsk Ferry Company", id="body-before-noun"),
    pytest.param("A spokeswoman for the Strelsau Opera Foundation told reporters: “The season opens in October as "
                 "planned.”", "season opens", "Strelsau Opera Foundation", id="spokeswoman-for-body"),
])
def test_quotes_unnamed_spokesperson_speaks_for_named_body(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and (q.speaker.text, q.speaker.label) == (speaker, "ORG")


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("A spokesman for Anna Berg said: “She has nothing to add at this stage.”", "nothing to add",
                 id="person-spokesman"),
    pytest.param("A Berg spokesman said: “She has nothing to add at this stage.”", "nothing to add",
                 id="surname-before-noun"),
    pytest.param("The Tamsk Ferry Company spokesperson said: “The timetable will not change this winter.”",
                 "timetable", id="definite-spokesperson"),
])
def test_quotes_unnamed_spokesperson_needs_a_body_name(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


# --------------------------------------------------------------------------- role, nationality and statement take-up

@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Ruritanian Foreign Minister Anna Berg said talks had stalled.\n\n"
     "“We are still waiting,” Berg told reporters.\n\n"
     "Borduria's information minister, Piet Valdor, rejected the claim in a post.\n\n"
     "“Borduria wants calm on its border. Our ships stay home,” the minister wrote.",
     "wants calm on its border", "Piet Valdor"),
    ("Ruritanian Foreign Minister Anna Berg said talks had stalled.\n\n"
     "Borduria's trade minister, Piet Valdor, called the talks a waste of time.\n\n"
     "“We will not sign anything this year,” the minister said.",
     "not sign anything", "Piet Valdor"),
])
def test_quotes_role_takes_up_previous_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Oskar Velde Marn, Ruritania's ambassador to Borduria until 2004, watched the vote on television.\n\n"
     "“We saw all this before, and it passed,” the veteran diplomat said.",
     "saw all this before", "Oskar Velde Marn"),
])
def test_quotes_role_ignores_veteran(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Anna-Lise Torvik, a Swedish engineer who built the harbour wall in 2001, knows the coast well.\n\n"
     "“The tide never changed its mind,” the Swede recalls.",
     "tide never changed", "Anna-Lise Torvik"),
    ("Piet Okonjo, a Kenyan engineer who built the old bridge, was not surprised.\n\n"
     "“The river always wins in the end,” the Kenyan said.",
     "river always wins", "Piet Okonjo"),
])
def test_quotes_nationality_noun_takes_up_person(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # a place in the title is no nationality: nobody was introduced as Swedish
    ("Anna Berg, Ruritania's ambassador to Sweden, was not surprised.\n\n"
     "“The river always wins in the end,” the Swede said.", "river always wins"),
    # two people introduced as Swedish: no guess
    ("Anna Berg, a Swedish engineer, and Boris Lind, a Swedish pilot, were not surprised.\n\n"
     "“The river always wins in the end,” the Swede said.", "river always wins"),
])
def test_quotes_nationality_noun_needs_one_national(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The Ruritanian Ferry Commission said it was “watching the harbour closely” and would meet both sides.\n\n"
     "“Both operators must keep the crossing open at night,” the statement read.",
     "keep the crossing open", "Ruritanian Ferry Commission"),
])
def test_quotes_statement_of_speaking_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # the sentence before is led by a person, not a body
    ("Anna Berg said she was “watching the harbour closely” and would meet both sides.\n\n"
     "“Both operators must keep the crossing open at night,” the statement read.",
     "keep the crossing open"),
])
def test_quotes_statement_of_speaking_body_needs_body(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("“The tourists only want photographs,” says Ivo Brkanović, a bus driver from Tamsk who keeps bees "
     "in his spare time.\n\n"
     "At the depot, Brkanović expects no change. “The timetable has not moved in years,” he says.",
     "timetable has not moved", "Brkanović"),
])
def test_quotes_who_clause_marks_person(nlp, text, words, speaker):
    got = _speaker(_quotes(nlp, text), words)
    assert got is not None and speaker in got



@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    # the tagger tags only the first two words of the name; the parser heads it with the third,
    # which carries the title the role noun takes up
    ("Home Secretary Tashi Wangdi Norbu of the Ministry of Home Affairs visited the flooded villages on Sunday.\n\n"
     "“The water has gone but the damage stays,” the home secretary said.",
     "damage stays", "Tashi Wangdi Norbu"),
    ("Home Secretary Tashi Wangdi Norbu of the Ministry of Home Affairs visited the flooded villages on Sunday. "
     "Repairs will take a year, the home secretary told farmers in Tarsk.\n\n"
     "“The water has gone but the damage stays,” he said.",
     "damage stays", "Tashi Wangdi Norbu"),
])
def test_quotes_surname_left_out_completes_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    # a title the tagger does not know, read as a body when taken up with "the"
    ("At the town hall, Tomas Reyes, the Alcalde of Westfold, spends his mornings on the water supply.\n\n"
     "“We fix the pipes first,” the Alcalde said.",
     "fix the pipes", "Tomas Reyes"),
    ("At the town hall, Tomas Reyes, the Sheriff of Westfold, spends his mornings on the water supply.\n\n"
     "“We fix the pipes first,” the Sheriff said.",
     "fix the pipes", "Tomas Reyes"),
    # the title phrase in apposition is itself read as a body's name
    ("At the town hall, Tomas Reyes, the Intendant of Westfold, spends his mornings on the water supply.\n\n"
     "“We fix the pipes first,” the Intendant said.",
     "fix the pipes", "Tomas Reyes"),
])
def test_quotes_title_read_as_body_takes_up_holder(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # the word was no title of the person: a member of a body, not its holder
    ("Ana Lind, a member of the Alcalde of Westfold, spoke at the meeting.\n\n"
     "“Rents must fall,” the Alcalde said.",
     "Rents must fall"),
])
def test_quotes_title_read_as_body_needs_own_title(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) != "Ana Lind"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Westfold Chamber of Commerce opposed the toll. “Traders will lose customers,” the Chamber said.",
     "Traders will lose", "Westfold Chamber of Commerce"),
    ("Westfold Chamber of Commerce said on Monday that “a market brings people in.”",
     "a market brings people", "Westfold Chamber of Commerce"),
])
def test_quotes_body_name_read_as_person_is_body(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and (q.speaker.text, q.speaker.label) == (speaker, "ORG")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("In a letter, An Cloch objected to the new car park. “Nobody asked the people who live here,” the letter said.",
     "Nobody asked", "An Cloch"),
    ("A letter from An Tobar urged the ministry to reopen the ferry route. “The island needs its boat,” "
     "the letter said.",
     "needs its boat", "An Tobar"),
])
def test_quotes_text_author_keeps_capitalised_article(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and (q.speaker.text, q.speaker.label) == (speaker, "ORG")


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ('"The ferry will run all winter, whatever the weather," said the mayor of Tolsa, Vesna Marek.',
     "The ferry will run", "Vesna Marek"),
    ('"The port stays open," said the deputy mayor of Tolsa, Jurek Anand.',
     "The port stays open", "Jurek Anand"),
])
def test_quotes_inverted_role_takes_apposed_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # a place after the comma is where the office is, not its holder
    ('"The port stays open," said the mayor of Lyon, France.', "The port stays open"),
])
def test_quotes_inverted_role_apposed_place_is_no_speaker(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) != "France"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("Vesna Marek, a member of the Ruritanian parliament, says she will vote against the treaty.\n\n"
     "“We gave away too much. I will say it again tomorrow,” the 58-year-old lawmaker said.",
     "We gave away too much", "Vesna Marek"),
    ("Tomas Varga, the mayor of Tolsa, opened the bridge on Monday.\n\n"
     "“It took ten years to build,” the 47-year-old mayor said.",
     "It took ten years", "Tomas Varga"),
])
def test_quotes_role_with_age_takes_up_holder(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # the holder was introduced with another age: somebody else
    ("Tomas Varga, 52, the mayor of Tolsa, opened the bridge on Monday.\n\n"
     "“It took ten years to build,” the 47-year-old mayor said.",
     "It took ten years"),
])
def test_quotes_role_with_age_needs_same_age(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("On the edge of Tolsa, a farming town across the river from Varnek, Tomas Varga, 47, and his wife, "
     "Vesna Marek, lost their orchard to the flood.\n\n“We planted those trees in 1990,” Marek said.\n\n"
     "Her husband was quieter. “We will plant again in the spring,” he said.",
     "We will plant again", "Tomas Varga"),
    ("In Tolsa, a village near the border, Marko Petrak, 61, and his wife, Ainura Tokonova, lost their barn "
     "in the storm. They have since rebuilt it.\n\n“Nobody came for a week. The council only sent letters,” "
     "Tokonova said, pointing at the roof.\n\nHer husband was more patient. “The road is open now, and the "
     "council has promised a grant,” he said.",
     "The road is open now", "Marko Petrak"),
])
def test_quotes_spouse_coordinated_with_name_on_surface(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    # the full name was shown to be a woman's ("her husband"), though the tagger read it as a body
    ("Ainura Tokonova, a nurse, and her husband, Marko Petrak, run the only clinic in Tolsa.\n\n"
     "“We see forty patients a day,” Tokonova said.\n\n"
     "She said the clinic needs a second doctor. “We cannot go on like this,” she said.",
     "We cannot go on", "Tokonova"),
])
def test_quotes_surname_of_person_full_name_is_person(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    ("The Ontario Division of Inland Fisheries, which paid for the hatchery, praised the town in a statement. "
     "“The new pier will serve the whole coast,” the division said.",
     "The new pier will", "Division of Inland Fisheries"),
    ("The Texas Bureau of Water Safety, which tested the wells, sent a letter to the town. "
     "“The water is safe to drink,” the bureau said.",
     "safe to drink", "Bureau of Water Safety"),
])
def test_quotes_subunit_noun_takes_up_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # no body led the sentence before: the unit is unnamed
    ("Tomas Varga praised the new hatchery on Monday. “The water is cleaner than ever,” the division said.",
     "cleaner than ever"),
])
def test_quotes_subunit_noun_needs_body_before(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Reached in Lerwick, the harbour town in Shetland, Iceland's trade envoy, Jonas Tveit Aamodt, "
                 "was hopeful.\n\n\"We have seen these rows before and they always end the same way,\" he said.",
                 "We have seen these rows", "Jonas Tveit Aamodt", id="envoy"),
    pytest.param("At the quayside in Lerwick, the harbour town in Shetland, Finland's deputy ambassador, Jonas "
                 "Tveit Aamodt, kept his answer short.\n\n\"We have seen these rows before and they always end the "
                 "same way,\" he said.", "We have seen these rows", "Jonas Tveit Aamodt", id="deputy-ambassador"),
])
def test_quotes_title_in_appositive_chain_belongs_to_name_after_it(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Hui Min-jun, a lecturer in shipping law at Tolsby University, said the talks had stalled.\n\n"
                 "\"Nobody wants to blink first,\" Hui said.", "blink first", "Hui Min-jun", id="norp-family-name"),
])
def test_quotes_family_name_first_with_lower_case_syllable(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # no full name opens with the word: a people's name stays no speaker
    pytest.param("The elders of Tolsby met on Monday.\n\n\"Nobody wants to blink first,\" Hui said.", "blink first",
                 id="no-full-name"),
])
def test_quotes_family_name_first_needs_full_name(nlp, text, words):
    assert _speaker(_quotes(nlp, text), words) is None


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Varnek Port Authority said on Friday that the pier would close. According to a statement "
                 "issued by the authority, repairs will take a year.\n\n\"The pier is no longer safe for heavy "
                 "lorries and must be rebuilt from the seabed up,\" the statement read.",
                 "The pier is no longer safe", "Varnek Port Authority", id="issued-by"),
])
def test_quotes_statement_issued_by_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Lucia Huarachi Poma runs a stall by the church. Her brother, Ignacio Ccopa Huanca, drives a taxi "
                 "to the border post.\n\nCcopa sounded less hopeful: \"The queues grow longer every month. Nobody "
                 "in the capital listens to us.\"", "The queues grow longer", "Ignacio Ccopa Huanca",
                 id="inner-surname-read-as-place"),
])
def test_quotes_colon_intro_by_surname_read_as_place(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Former envoy to Chile Tomas Varga Lind called the plan \"a slow surrender of the fishermen to "
                 "the banks\".\n\n\"The ministry has waited far too long on this question,\" he said.",
                 "The ministry has waited", "Tomas Varga Lind", id="pronoun-after"),
    pytest.param("Former envoy to Chile Tomas Varga Lind called the plan \"a slow surrender of the fishermen to "
                 "the banks\".", "a slow surrender", "Tomas Varga Lind", id="partial"),
    pytest.param("Former ambassador to Peru Oskar Brandt Velez described the deal as \"long overdue\".",
                 "long overdue", "Oskar Brandt Velez", id="ambassador"),
])
def test_quotes_envoy_title_to_state_before_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Pensioner Aldous Wetherby Crane, who keeps bees behind the chapel, is not worried.\n\n"
                 "\"The bees were here before the road,\" he said.", "The bees were here", "Aldous Wetherby Crane",
                 id="who-clause-body-tag"),
    pytest.param("Retiree Boris Kaldeny Marsh, who has fished off the pier since 1975, dislikes the new rules.\n\n"
                 "\"They have turned a pleasure into paperwork,\" Marsh said.", "turned a pleasure",
                 "Boris Kaldeny Marsh", id="role-noun-cut"),
])
def test_quotes_name_taken_up_by_who_is_person(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Tomas Field leads the rescue team. “We found four survivors,” according to Field.",
                 "four survivors", "Field", id="surname-read-as-place"),
])
def test_quotes_according_to_is_a_cue_for_its_object(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Kestrel Foods said on Friday it would cut 300 jobs. “Demand has collapsed,” the company said.",
                 "Demand has collapsed", "Kestrel Foods", id="said-it-would"),
    pytest.param("Brannock Mining said it had halted work at the pit. \"Safety comes first,\" the firm said in a "
                 "statement.", "Safety comes first", "Brannock Mining", id="firm-in-statement"),
])
def test_quotes_company_noun_takes_up_name_called_it(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Anna Berg said it was a mistake. \"We will appeal,\" the company said.", "We will appeal",
                 id="person-it-clause"),
    pytest.param("Dalvik Ferro cut 300 jobs. \"Demand has collapsed,\" the company said.", "Demand has collapsed",
                 id="no-it-clause"),
])
def test_quotes_company_noun_needs_a_body_antecedent(nlp, text, words):
    assert all(q.speaker is None for q in _quotes(nlp, text) if words in q.text)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Nadia Ferro rejected the findings. “The report is riddled with errors,” she said.",
                 "riddled with errors", "Nadia Ferro", id="she-said"),
    pytest.param("Ilse Varga defended the budget on Monday. \"Nothing in it is reckless,\" she told MPs.",
                 "Nothing in it is reckless", "Ilse Varga", id="she-told"),
])
def test_quotes_pronoun_takes_up_lone_name_read_as_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Anna Berg spoke first. Nadia Ferro rejected the findings. “The report is riddled with errors,” "
                 "she said.", "riddled with errors", id="earlier-person"),
    pytest.param("Varnek Steel rejected the findings. “The report is riddled with errors,” she said.",
                 "riddled with errors", id="business-word"),
])
def test_quotes_pronoun_skips_name_read_as_body_when_in_doubt(nlp, text, words):
    assert all(q.speaker is None for q in _quotes(nlp, text) if words in q.text)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("\"Runway two will stay shut for a week,\" according to a statement from Tolsby Airport.",
                 "Runway two", "Tolsby Airport", id="statement-from"),
    pytest.param("\"Runway two will stay shut for a week,\" said a spokeswoman for Tolsby Airport.",
                 "Runway two", "Tolsby Airport", id="spokeswoman-for"),
])
def test_quotes_facility_speaks_for_its_operator(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Tolsby Fishermen's Association rejected the quota. “Our boats will stay in port,” it said.",
                 "boats will stay", "Tolsby Fishermen's Association", id="it-said"),
    pytest.param("The Varnek Chamber of Commerce welcomed the vote. \"This is good news for small firms,\" it said "
                 "in a statement.", "good news", "Varnek Chamber of Commerce", id="it-said-in-statement"),
])
def test_quotes_it_subject_of_cue_takes_up_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    pytest.param("Anna Berg said it was a mistake. \"We will appeal,\" it said.", "We will appeal", id="person"),
])
def test_quotes_it_subject_of_cue_needs_a_body(nlp, text, words):
    assert all(q.speaker is None for q in _quotes(nlp, text) if words in q.text)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Nadia Ferro called the decision “deeply unfair”.", "deeply unfair", "Nadia Ferro", id="call"),
    pytest.param("Ilse Varga branded the ruling “a travesty”.", "a travesty", "Ilse Varga", id="brand"),
])
def test_quotes_naming_cue_keeps_name_read_as_body(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Ruritania's interior minister, Anton Drazic, visited the border post on Tuesday.\n\n"
                 "Borduria has offered to share the toll revenue, an idea the Ruritanian minister welcomed himself "
                 "on Friday: “We can live with half. Half is better than a closed bridge.”",
                 "We can live with half", "Anton Drazic", id="role-subject"),
    pytest.param("Ilan Berk, Ruritania's envoy to Borduria, met the press in Strelsau.\n\n"
                 "Ruritania still accepts the 1990 line, a point he made again on Thursday: "
                 "\"The line is fair. We will keep it.\"", "The line is fair", "Ilan Berk", id="pronoun-subject"),
    pytest.param("Borduria's envoy to the talks, Marta Szell, arrived in Strelsau on Sunday.\n\n"
                 "The delegations agree that the river is shared, a view the Bordurian envoy shared with reporters "
                 "on Monday: \"The river belongs to both banks. Nobody owns the water.\"", "belongs to both banks",
                 "Marta Szell", id="contact-clause-read-as-acl"),
])
def test_quotes_colon_after_relative_clause_names_its_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Anna Berg defended the border, a line the old treaty drew in 1921: "The line is fair. '
                 'It has kept the peace."', "kept the peace", "Anna Berg", id="relative-subject-no-person"),
])
def test_quotes_colon_after_relative_clause_keeps_main_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('"The treaty was never ours to lose," said Dr Orsolya Venn, whose husband, the composer Imre Venn, '
                 'wrote a symphony about the valley in 1998.', "never ours to lose", "Orsolya Venn",
                 id="cue-read-as-parataxis"),
    pytest.param('"It is too late for apologies," said Vesna Tolsa, whose brother, the photographer Ilan Tolsa, '
                 'took the famous picture of the bridge.', "too late for apologies", "Vesna Tolsa",
                 id="relative-verb-read-as-cue-clause"),
])
def test_quotes_trailing_cue_before_whose_clause(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Ivo Strand, 47, sells ferry tickets from a kiosk on the quay, sharing the shifts with his wife, "
                 "Remedios. \"Prices went up twice this year,\" Strand said.\n\n"
                 "Remedios kept counting the coins. \"People stop coming when prices rise,\" she said.",
                 "People stop coming", "Remedios", id="given-name-read-as-noun"),
])
def test_quotes_pronoun_takes_up_name_read_as_noun(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Ilan Tolsa and his sister, Vesna Morrow, reached the border post at dawn. "
                 "“They kept us waiting in the snow for six hours,” she insisted.", "six hours", "Vesna Morrow",
                 id="possessive-his-rules-out-first-conjunct"),
    pytest.param("Mira Quell and her husband, Oskar Brandt, sold the orchard last spring. "
                 "“Nobody wants apples from this valley any more,” he complained.", "apples", "Oskar Brandt",
                 id="possessive-her-rules-out-first-conjunct"),
])
def test_quotes_pronoun_after_coordinated_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Embassy of Chile in Vienna said the two men had been released. “Both citizens are safe and "
                 "have seen a doctor,” the embassy said in a statement.", "citizens are safe",
                 "Embassy of Chile in Vienna", id="embassy-of-country-in-host-city"),
    pytest.param("After the arrests were confirmed, the Embassy of Chile in Vienna was brief: “Both men are well and "
                 "have seen a lawyer.”", "Both men", "Embassy of Chile", id="colon-clause-led-by-body"),
    pytest.param("Late on Friday the Ministry of Fisheries of Ruritania was blunt: “The quotas stand.”",
                 "quotas stand", "Ministry of Fisheries of Ruritania", id="colon-clause-led-by-ministry"),
])
def test_quotes_untagged_body_of_place_is_one_name(nlp, text, words, speaker):
    q = _one(_quotes(nlp, text), words)
    assert q.speaker is not None and q.speaker.text == speaker and q.speaker.label == "ORG"


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("“A shameful decision by a frightened government,” his ally Ruta Balode wrote on Facebook.",
                 "shameful decision", "Ruta Balode", id="role-noun-and-name-as-two-subjects"),
])
def test_quotes_role_noun_before_name_split_into_two_subjects(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Weeks after the audit, which found gaps in almost every ledger, the chief of the tax office, "
                 "Dora Kvist, gave a short answer: “We hired too few inspectors.”", "too few inspectors",
                 "Dora Kvist", id="apposed-name-before-subjectless-verb"),
])
def test_quotes_apposed_name_is_subject_of_colon_cue(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Pavel Ostrov, who served as finance minister until 2019, attacked the budget. "
                 "“These numbers do not add up,” the former minister said.", "do not add up", "Pavel Ostrov",
                 id="served-until-year"),
])
def test_quotes_closed_term_meets_former(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The Northern Fisheries Council met in Tromsø on Friday. “Quotas for cod will be cut by a "
                 "tenth,” the communiqué said. “Small boats will be spared,” the communiqué added.",
                 "Small boats", "Northern Fisheries Council", id="communique-of-body-that-met"),
    pytest.param("The Council of Arctic Fishing Towns met in Tromsø on Friday. “Quotas for cod will be cut by a "
                 "tenth,” the communiqué said.", "Quotas for cod", "Council of Arctic Fishing Towns",
                 id="body-name-cut-after-of"),
])
def test_quotes_communique_takes_up_body_that_met(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Chief Adeyemi Tolsa addressed the elders about the boundary quarrel.\n\n"
                 "“My father planted these palms,” he said.", "planted these palms", "Adeyemi Tolsa",
                 id="chief-before-pronoun-antecedent"),
])
def test_quotes_customary_honorific_not_part_of_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Helena Novak, the union's general secretary, turned the pay offer down. “Nobody on the night "
                 "shift will accept this,” the union leader said.", "night shift", "Helena Novak",
                 id="general-secretary-as-union-leader"),
    pytest.param("Ivo Tolsby, the party's general secretary, met Anna Berg, the party's treasurer. “We will not "
                 "split,” the party leader said.", "will not split", "Ivo Tolsby", id="secretary-not-treasurer"),
])
def test_quotes_body_leader_takes_up_head_title(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Tomas Varnek moved back to Lisbon after twenty years in Lagos. “The town has hardly changed,” "
                 "the Ruritanian-born architect said.", "hardly changed", "Tomas Varnek", id="born-epithet"),
    pytest.param("Tomas Varnek met Vesna Tolsa at the site. “The town has hardly changed,” the Ruritanian-born "
                 "architect said.", "hardly changed", None, id="two-genders-no-guess"),
    pytest.param("Tomas Varnek hired an architect from Tolsby. “The town has hardly changed,” the Ruritanian-born "
                 "architect said.", "hardly changed", None, id="noun-used-before"),
])
def test_quotes_born_epithet_takes_up_person(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("The ferry timetable changed again in May.\n\n“Nobody told the islanders what was coming.”\n\n"
                 "That is the view of Ivo Tolsby, who has run the harbour café since 2004.", "Nobody told",
                 "Ivo Tolsby", id="view-of-name"),
    pytest.param("The ferry timetable changed again in May.\n\n“We will lose half our summer trade.”\n\n"
                 "Such was the warning from Anna Berg, a hotel owner.", "summer trade", "Anna Berg",
                 id="warning-from-name"),
    pytest.param("The ferry timetable changed again in May.\n\n“We will lose half our summer trade.”\n\n"
                 "That was the verdict of one hotel owner.", "summer trade", None, id="unnamed-owner"),
])
def test_quotes_verdict_after_names_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("Tolsby rejected the tariff plan last month, and the Varnek Port Authority said on Monday that the "
                 "fees were unlawful.\n\n“Ships will keep using the north quay until a court decides,” the statement "
                 "read.", "north quay", "Varnek Port Authority", id="second-conjunct-speaks"),
    pytest.param("Tolsby rejected the tariff plan last month, and the Varnek Port Authority said on Monday that the "
                 "fees were unlawful. It also asked for talks.\n\n“Ships will keep using the north quay until a court "
                 "decides,” the statement read.", "north quay", None, id="nearest-sentence-not-a-cue"),
])
def test_quotes_statement_takes_up_coordinated_cue_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Most of the crowd had gone home by then, leaving Ivo Varnek Dorsen, who read a statement to the '
                 'waiting crews: "Our coastguard will stay in the strait for as long as it takes."', "coastguard",
                 "Ivo Varnek Dorsen",
                 id="who-read-statement-colon"),
    pytest.param('The first response was given by Deputy Mayor Vesna Tolsa Marek, who found a note in the cabin: '
                 '"We found no trace of the missing cargo, and the search goes on."', "missing cargo", None,
                 id="who-found-note"),
])
def test_quotes_colon_after_speaking_who_clause(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param("“We asked for a ferry, and we got a promise instead,” Borduria’s vice-minister of fisheries, Ivo "
                 "Dorsen Kallas, told sailors at the quay.", "ferry", "Ivo Dorsen Kallas", id="vice-minister"),
    pytest.param("“Prices rose in March, but wages did not follow,” Ruritania’s vice-minister of labour, Anna Kovacs "
                 "Berg, told a union meeting in Tolsby.", "wages", "Anna Kovacs Berg", id="vice-minister-labour"),
    pytest.param('"The tunnel will open in May," the town of Tolsby, Ivo Dorsen Kallas, told a radio show.', "tunnel",
                 None, id="no-role-word"),
])
def test_quotes_hyphenated_title_before_apposed_name(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The Bay County Rowing Society said in a letter that it would lend two boats to the '
                 'school. "Every river keeps a secret or two, even if nobody writes them down," the society said.',
                 "secret", "Bay County Rowing Society", id="county-society-read-as-place"),
    pytest.param('Tolsby County said on Friday that it would lend boats to the fair. "Every river keeps a secret or '
                 'two, even if nobody writes them down," the society said.', "secret", None, id="plain-county"),
])
def test_quotes_body_name_read_as_place_taken_up(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('"The survey put the fence on the wrong side of the creek," Marek Osten explained.\n\nWill the '
                 'board back down? Osten thinks not. "Nobody on that board admits a mistake. They will simply wait '
                 'it out."', "admits a mistake", "Marek Osten", id="thinks-not-same-speaker"),
    pytest.param('"Nobody asks what we need. They only ask for fees," Petar Lind said by phone.\n\nMarta Osten spoke '
                 'next. "We sold the cart and both cows to pay for the trip. Let the council fix the road first."',
                 "cows", "Marta Osten", id="spoke-next-first-person"),
    pytest.param('"The survey put the fence on the wrong side of the creek," Marek Osten explained.\n\nWill the '
                 'board back down? Ana Varga thinks not. "Nobody on that board admits a mistake. They will simply '
                 'wait it out."', "admits a mistake", None, id="other-person-not-first-person"),
])
def test_quotes_turn_sentence_names_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Petar Dorsen, a baker who moved out of Tolsby in May with his wife, Ana Dorsen, and their three '
                 'daughters, now rents a flat near the harbour.\n\n"Nobody asks us where we belong. They ask us for '
                 'rent," he said over coffee.\n\nHis wife disagreed. "We sold the van and the boat to pay the '
                 'lawyers. Let the council mend the bridge first."', "lawyers", "Ana Dorsen", id="wife-in-who-clause"),
])
def test_quotes_spouse_named_in_relative_clause(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker



@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Interior Minister Clara Tessing arrived at the crisis centre on Monday.\n\n"Nobody should sleep '
                 'near the river tonight," Tessing told reporters at the dyke.', "sleep near the river",
                 "Clara Tessing", id="surname-read-as-gerund"),
])
def test_quotes_surname_read_as_verb_is_speaker(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Interior Minister Clara Tessing arrived at the crisis centre on Monday.\n\n14:20 - Tessing was '
                 'asked whether the sirens had sounded too late.\n\n"No. We sounded them when the river crossed '
                 'the mark," she said.', "river crossed the mark", "Clara Tessing", id="timestamp-surname-as-verb"),
    pytest.param('Health Minister Edith Halling visited the ward on Monday.\n\nHalling was asked whether the roof '
                 'was safe.\n\n"It is safe for now, but it leaks every winter," she said.', "leaks every winter",
                 "Edith Halling", id="surname-as-verb"),
])
def test_quotes_passive_subject_is_pronoun_antecedent(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Mayor of Tolsby Ana Varga welcomed the plan: "For a town our size, forty jobs are not a '
                 'number. They are forty families who can stay."', "forty families", "Ana Varga",
                 id="mayor-of-place-colon"),
    pytest.param('Governor of Varnek Marek Osten welcomed the ruling: "The court has spoken clearly, and the valley '
                 'can now rebuild its bridges."', "court has spoken", "Marek Osten", id="governor-of-place-colon"),
])
def test_quotes_colon_after_portfolio_title_subject(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Every winter Oskar Tralheim repairs the nets by hand.\n\n"A net tells you where the fish went," '
                 'Tralheim says.\n\nThe harbour master, Vera Lonnqvist, wants the old sheds cleared. "They are a fire '
                 'risk," Lonnqvist said.\n\nTralheim shrugs when asked about the sheds. He looks at the sea.\n\n'
                 '"They will be here after all of us," he said.', "after all of us", "Oskar Tralheim",
                 id="surname-that-spoke-not-other-speaker"),
    pytest.param('Every winter Oskar Tralheim repairs the nets by hand.\n\n"A net tells you where the fish went," '
                 'Tralheim says.\n\nHis niece, Vera Tralheim, wants him to stop. She worries about his back.\n\n'
                 'Tralheim shrugs when asked about his back. He looks at the sea.\n\n"My back will outlast the '
                 'trawlers," he said.', "outlast the trawlers", "Oskar Tralheim", id="surname-that-spoke-not-niece"),
])
def test_quotes_one_word_surname_that_spoke_is_pronoun_antecedent(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The council debated the harbour plan on Monday.\n\nRenko was sharper. "This plan sinks before it '
                 'floats," the council\'s deputy leader said. "Nobody has costed it."', "sinks before it floats",
                 "Renko", id="deputy-leader-takes-up-subject"),
])
def test_quotes_definite_role_takes_up_previous_subject(nlp, text, words, speaker):
    got = _speaker(_quotes(nlp, text), words)
    assert got is not None and got.endswith(speaker)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Fire chief Ilona Vesterby said the blaze was under control.\n\n16:40 - Vesterby again, by radio '
                 'from the ridge: "The wind has turned. We are pulling the crews back to the road."',
                 "pulling the crews back", "Ilona Vesterby", id="timestamp-name-fragment"),
])
def test_quotes_verbless_name_fragment_before_colon(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The hearing of former treasurer Milos Dravec began on Friday.\n\nDravec listened without '
                 'expression. Asked by the judge whether he understood the charges, he nodded. "Yes. I understand '
                 'them and I reject them."', "reject them", "Milos Dravec", id="asked-then-answer"),
])
def test_quotes_answer_after_asked_sentence(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('Reviews of the budget were mixed.\n\nIn Tolsby, the daily Varnek Kurier was kinder. "The minister '
                 'did what she could with little money," the paper wrote.', "did what she could", "Varnek Kurier",
                 id="daily-then-paper"),
    pytest.param('Critics were unimpressed.\n\nThe Romanian daily Osten Tagblatt praised the mayor instead. "A rare '
                 'politician who listens," the newspaper wrote.', "A rare politician", "Osten Tagblatt",
                 id="daily-then-newspaper"),
])
def test_quotes_paper_takes_up_daily_named_before(nlp, text, words, speaker):
    got = _speaker(_quotes(nlp, text), words)
    assert got is not None and got.endswith(speaker)


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    pytest.param('The finance minister, Lena Varga, defended the tax plan.\n\n"The member voted for this plan last '
                 'year," Varga shot back from her seat.', "voted for this plan", "Lena Varga", id="shot-back"),
    pytest.param('Petar Lind was asked about the delays. "Nobody in my office wasted a single day," Lind fired back.',
                 "wasted a single day", "Petar Lind", id="fired-back"),
])
def test_quotes_retort_phrasal_cue(nlp, text, words, speaker):
    assert _speaker(_quotes(nlp, text), words) == speaker
