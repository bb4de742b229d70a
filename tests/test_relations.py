"""Recognition stances, positions and relations (graph/relations.py).

Every sentence here is invented for these tests: the people are made up, the
disputes (Kosovo, Abkhazia, Taiwan, Palestine, Northern Cyprus, ...) are real.
"""
from __future__ import annotations

import pytest

from graph.models import Article, Position, Relation, Stance
from graph.quotes import extract_quotes
from graph.relations import _index, extract_positions, extract_relations, extract_stances


def _article(text: str, aid: str = "t.txt") -> Article:
    return Article(id=aid, path=aid, raw=text, text=text)


def _run(nlp, text: str):
    art = _article(text)
    doc = nlp(text)
    return (list(extract_stances(doc, art)), list(extract_positions(doc, art)),
            list(extract_relations(doc, art)))


def _holder(st: Stance) -> str:
    return st.holder.kb_id or st.holder.text


def _stance_set(stances) -> set[tuple[str, str, str]]:
    return {(_holder(s), s.stance, s.territory.name) for s in stances}


def _pos(positions, person: str) -> list[Position]:
    return [p for p in positions if p.person.text == person]


def _rel_set(relations) -> set[tuple[str, str, str]]:
    out = set()
    for r in relations:
        obj = (r.object.kb_id or r.object.text) if r.object is not None else r.object_name
        out.add((r.subject.kb_id or r.subject.text, r.kind, obj))
    return out


def _spans_ok(text: str, facts) -> None:
    """Every mention is a stretch of the text it claims to be."""
    for f in facts:
        mentions = []
        if isinstance(f, Stance):
            mentions = [f.holder, f.territory.mention]
        elif isinstance(f, Position):
            mentions = [f.person, f.org]
        elif isinstance(f, Relation):
            mentions = [f.subject, f.object]
        for m in mentions:
            if m is not None:
                assert text[m.start:m.end] == m.text, m
        assert text[f.evidence.start:f.evidence.end] == f.evidence.sentence


# --------------------------------------------------------------------------- stances

STANCE_CASES = [
    ("plain negation", "Spain does not recognise Kosovo.",
     {("Spain", "doesNotRecognise", "Kosovo")}),
    ("never + status noun", "Serbia has never recognised Kosovo's independence.",
     {("Serbia", "doesNotRecognise", "Kosovo")}),
    ("recognised X as a state", "In 2008 the United States recognised Kosovo as an independent state.",
     {("United States", "recognises", "Kosovo")}),
    ("independence of coordinated territories",
     "Russia recognised the independence of Abkhazia and South Ossetia in August 2008.",
     {("Russia", "recognises", "Abkhazia"), ("Russia", "recognises", "South Ossetia")}),
    ("ministry rules out", "Georgia's foreign ministry ruled out recognising Abkhazia.",
     {("Georgia", "doesNotRecognise", "Abkhazia")}),
    ("list and the same applies",
     "Moldova does not recognise Transnistria, Abkhazia, South Ossetia or Nagorno-Karabakh; "
     "the same applies to Northern Cyprus and Somaliland.",
     {("Moldova", "doesNotRecognise", t) for t in
      ("Transnistria", "Abkhazia", "South Ossetia", "Nagorno-Karabakh", "Northern Cyprus", "Somaliland")}),
    ("coordinated holders", "Spain, Slovakia and Cyprus have not recognised Kosovo.",
     {(c, "doesNotRecognise", "Kosovo") for c in ("Spain", "Slovakia", "Cyprus")}),
    ("withdrawn recognition", "Honduras withdrew its recognition of Taiwan in 2023.",
     {("Honduras", "doesNotRecognise", "Taiwan")}),
    ("seat of power as holder", "The Kremlin refused to recognise Kosovo.",
     {("Russia", "doesNotRecognise", "Kosovo")}),
    ("capital as holder", "Beijing does not recognise Taiwan as a sovereign state.",
     {("China", "doesNotRecognise", "Taiwan")}),
    ("non-recognition", "Cyprus maintains its non-recognition of Kosovo.",
     {("Cyprus", "doesNotRecognise", "Kosovo")}),
    ("non-recognition with possessor", "Greece's non-recognition of Kosovo continues.",
     {("Greece", "doesNotRecognise", "Kosovo")}),
    ("opposes the independence of", "Serbia opposes the independence of Kosovo.",
     {("Serbia", "doesNotRecognise", "Kosovo")}),
    ("refusal noun", "Spain's refusal to recognise Kosovo angered its allies.",
     {("Spain", "doesNotRecognise", "Kosovo")}),
    ("passive with agent", "Kosovo was recognised by Japan in 2008.",
     {("Japan", "recognises", "Kosovo")}),
    ("demonym status noun", "Ireland recognised Palestinian statehood last year.",
     {("Ireland", "recognises", "Palestine")}),
    ("alias of a territory", "Sweden recognized the State of Palestine in 2014.",
     {("Sweden", "recognises", "Palestine")}),
    ("relative clause holder", "Nauru, which recognised Abkhazia in 2009, later changed course.",
     {("Nauru", "recognises", "Abkhazia")}),
    ("the only country that", "Turkey is the only country that recognises Northern Cyprus.",
     {("Turkey", "recognises", "Northern Cyprus")}),
    ("remains the only country that", "Turkey remains the only country that recognises Northern Cyprus.",
     {("Turkey", "recognises", "Northern Cyprus")}),
    ("became the first state to, subject misparsed", "Nauru became the first state to recognise Abkhazia.",
     {("Nauru", "recognises", "Abkhazia")}),
    ("including list of holders",
     "Only 13 countries now recognise Taiwan, including Paraguay, Guatemala and Eswatini.",
     {(c, "recognises", "Taiwan") for c in ("Paraguay", "Guatemala", "Eswatini")}),
    ("did not support the independence of",
     "Vanuatu said it did not support the independence of Abkhazia.",
     {("Vanuatu", "doesNotRecognise", "Abkhazia")}),
    ("quasi-state framing", "Mexico dismissed Somaliland as a quasi-state.",
     {("Mexico", "doesNotRecognise", "Somaliland")}),
    ("breakaway administration", "The Cypriot government does not recognise the breakaway administration.",
     {("Cyprus", "doesNotRecognise", "breakaway administration")}),
    ("territories in their claimant's terms",
     "Bulgaria will not recognise the regions that Russian officials call the Donetsk and Luhansk republics.",
     {("Bulgaria", "doesNotRecognise", "Donetsk People's Republic"),
      ("Bulgaria", "doesNotRecognise", "Luhansk People's Republic")}),
    ("nor does it", "Lithuania does not recognise Abkhazia. Nor does it recognise South Ossetia.",
     {("Lithuania", "doesNotRecognise", "Abkhazia"), ("Lithuania", "doesNotRecognise", "South Ossetia")}),
    ("they for coordinated subjects",
     "Spain, Ireland and Norway said they would recognise a Palestinian state.",
     {(c, "recognises", "Palestine") for c in ("Spain", "Ireland", "Norway")}),
    ("it as object", "Egypt borders Israel and recognised it in 1979.",
     {("Egypt", "recognises", "Israel")}),
    ("sovereignty over A, nor over B",
     "Argentina has never recognised British sovereignty over the Falklands, nor over South Georgia.",
     {("Argentina", "doesNotRecognise", "Falkland Islands"),
      ("Argentina", "doesNotRecognise", "South Georgia and the South Sandwich Islands")}),
    ("control of a territory", "Chile has never recognised Bolivia's control of Aksai Chin.",
     {("Chile", "doesNotRecognise", "Aksai Chin")}),
    ("disputed territory as part of a state", "Beijing does not recognise Arunachal Pradesh as part of India.",
     {("China", "doesNotRecognise", "Arunachal Pradesh")}),
    ("disputed territory as an integral part, relative clause",
     "The United States, which recognises Arunachal Pradesh as an integral part of India, said nothing.",
     {("United States", "recognises", "Arunachal Pradesh")}),
    ("the new state is the territory in focus",
     "Venezuela took the Essequibo in a vote. Its foreign minister, Ana Ruiz, said Brasilia did not "
     "recognise the new state.",
     {("Brazil", "doesNotRecognise", "Essequibo")}),
    ("the government of the reporting ministry, subject on the auxiliary",
     "Venezuela took the Essequibo in a vote. In a statement, Guyana's Ministry of Foreign Affairs and "
     "International Cooperation said the government \"does not and will never recognise\" the so-called state.",
     {("Guyana", "doesNotRecognise", "Essequibo")}),
    ("the islands as another state's territory",
     "Britain rules the Falkland Islands. Peru and Ecuador have both recognised the islands as Argentine territory.",
     {("Peru", "recognises", "Falkland Islands"), ("Ecuador", "recognises", "Falkland Islands")}),
    ("an administration of the islands",
     "Britain has ruled the Falklands since 1833. The United States recognises the UK's de facto "
     "administration of the islands.",
     {("United States", "recognises", "Falkland Islands")}),
    ("both territories", "Abkhazia and South Ossetia are small. Damascus recognised both territories in 2018.",
     {("Syria", "recognises", "South Ossetia"), ("Syria", "recognises", "Abkhazia")}),
    ("colon list with bracketed dates",
     "The countries that recognise Abkhazia today are four: Russia (May 2008), Chile (2009), Peru (2010) "
     "and Syria (2018).",
     {(c, "recognises", "Abkhazia") for c in ("Russia", "Chile", "Peru", "Syria")}),
    ("a verb the parser coordinated with the main clause",
     "Few outside the region paid attention until August 2008, when Russia invaded Georgia and, two weeks "
     "later, recognised both South Ossetia and Abkhazia as independent states.",
     {("Russia", "recognises", "South Ossetia"), ("Russia", "recognises", "Abkhazia")}),
    ("a withdrawn recognition is the last word",
     "Tuvalu recognised South Ossetia and Abkhazia in 2011 but withdrew its recognition in 2014.",
     {("Tuvalu", "doesNotRecognise", "South Ossetia"), ("Tuvalu", "doesNotRecognise", "Abkhazia")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", STANCE_CASES, ids=[c[0] for c in STANCE_CASES])
def test_relations_stance_patterns(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


# Verbs of regarding, voided declarations and rejected claims.
REGARD_CASES = [
    ("considers X an integral part of Y",
     "Finland considers Western Sahara an integral part of Morocco, its foreign ministry said.",
     {("Finland", "recognises", "Western Sahara")}),
    ("accepts X as part of Y", "Kenya accepts Western Sahara as part of Morocco under a 2010 agreement.",
     {("Kenya", "recognises", "Western Sahara")}),
    ("part of another state: a declared state's statehood is denied",
     "Kosovo declared independence in 2008. Peru regards Kosovo as part of Serbia.",
     {("Peru", "doesNotRecognise", "Kosovo")}),
    ("its own land is a claim, no stance", "Argentina considers the Falkland Islands part of its territory.", set()),
    ("the holder's own state is a claim, no stance", "Argentina considers the Falkland Islands part of Argentina.",
     set()),
    ("its own claim on a declared state denies that state", "Serbia considers Kosovo part of Serbia.",
     {("Serbia", "doesNotRecognise", "Kosovo")}),
    ("a plural description stands for the seceding territory in focus",
     "Ghana has not recognised the self-declared Republic of Ambazonia and regards the two Anglophone "
     "regions as an integral part of Cameroon.",
     {("Ghana", "doesNotRecognise", "Ambazonia")}),
    ("a declaration of independence null and void, capital as holder",
     "Lima still considers the 2008 declaration of independence of Kosovo null and void.",
     {("Peru", "doesNotRecognise", "Kosovo")}),
    ("an annexation deemed illegal", "Chile considers the annexation of Crimea illegal.",
     {("Chile", "doesNotRecognise", "Crimea")}),
    ("relations with X as a sovereign state",
     "Argentina established diplomatic relations with Belize as a sovereign state in 1990.",
     {("Argentina", "recognises", "Belize")}),
    ("sovereignty over all of its territory", "Chile acknowledges Belize's sovereignty over all of its territory.",
     {("Chile", "recognises", "Belize")}),
    ("title to a described place, neither ... nor",
     "Neither Spain nor Greece recognises Belize's title to the Moho Cayes, a chain of islets.",
     {("Spain", "doesNotRecognise", "Moho Cayes"), ("Greece", "doesNotRecognise", "Moho Cayes")}),
    ("rejects the claim that the area belongs to Y",
     "Western Sahara has been under Moroccan control since 1975. Algiers \"rejects the claim\" that the "
     "area belongs to Morocco.",
     {("Algeria", "doesNotRecognise", "Western Sahara")}),
    ("rejects Y's claim to X", "Tunisia rejects Morocco's claim to Western Sahara.",
     {("Tunisia", "doesNotRecognise", "Western Sahara")}),
    ("a plan is no territory", "Officials see the project as part of a wider plan for Crimea.", set()),
    ("a pronoun for a deal", "They consider it part of the deal.", set()),
    ("its own claim rejected by nobody", "Morocco rejects criticism of its claim to Western Sahara.", set()),
    ("never accepted a state's administration", "The Senkaku Islands are administered by Japan. China has never "
     "accepted Japan's administration of the islands.", {("China", "doesNotRecognise", "Senkaku Islands")}),
    ("disputes a state's sovereignty", "Chad has long disputed Moroccan sovereignty over Western Sahara.",
     {("Chad", "doesNotRecognise", "Western Sahara")}),
    ("backs a state's sovereignty", "Italy backs Morocco's sovereignty over Western Sahara.",
     {("Italy", "recognises", "Western Sahara")}),
    ("a small clause without 'as'", "Peru considers Western Sahara Moroccan territory.",
     {("Peru", "recognises", "Western Sahara")}),
    ("a breakaway province", "Beijing views Taiwan as a breakaway province.", {("China", "doesNotRecognise", "Taiwan")}),
    ("its own province, statehood in question", "Taiwan's independence is the issue. Beijing views Taiwan as a "
     "province of China.", {("China", "doesNotRecognise", "Taiwan")}),
    ("its own province, no statehood in question", "Beijing views Hong Kong as a province of China.", set()),
    ("a region of nobody named", "Peru views Western Sahara as a disputed region.", set()),
    ("recognition extended to", "Brazil extended recognition to Palestine in 2010.",
     {("Brazil", "recognises", "Palestine")}),
    ("recognition granted to (dative)", "Spain granted diplomatic recognition to Kosovo.",
     {("Spain", "recognises", "Kosovo")}),
    ("ties cut with a territory's capital", "Kiribati severed diplomatic ties with Taipei in 2019.",
     {("Kiribati", "doesNotRecognise", "Taiwan")}),
    ("ties kept with a territory", "Paraguay is one of 12 countries that maintain diplomatic ties with Taiwan.",
     {("Paraguay", "recognises", "Taiwan")}),
    ("ties with a recognised country are no stance", "Russia cut ties with Georgia in 2008.", set()),
    ("passive with 'among them'", "Taiwan is recognised by only 12 countries, among them Paraguay and Eswatini.",
     {("Paraguay", "recognises", "Taiwan"), ("Eswatini", "recognises", "Taiwan")}),
    ("has yet to is not yet", "Greece has yet to recognise Kosovo.", {("Greece", "doesNotRecognise", "Kosovo")}),
    ("withholds recognition", "Slovakia continues to withhold recognition of Kosovo.",
     {("Slovakia", "doesNotRecognise", "Kosovo")}),
    ("an exception to 'no member'", "No UN member other than Turkey recognises Northern Cyprus.",
     {("Turkey", "recognises", "Northern Cyprus")}),
    ("'no member' without an exception", "No UN member recognises Northern Cyprus.", set()),
    ("relative pronoun as the object", "Somaliland, which Ethiopia recognised last year, held elections.",
     {("Ethiopia", "recognises", "Somaliland")}),
    ("a passive participle with its agent", "Kosovo, recognised by the United States in 2008, applied to join.",
     {("United States", "recognises", "Kosovo")}),
    ("'her country' of an unnamed office holder", "Chile's foreign minister said her country did not "
     "recognise Kosovo.", {("Chile", "doesNotRecognise", "Kosovo")}),
    ("rejects a declaration of independence", "Serbia rejects Kosovo's declaration of independence.",
     {("Serbia", "doesNotRecognise", "Kosovo")}),
    ("a country as the passive subject", "Armenia is not recognised by Pakistan.",
     {("Pakistan", "doesNotRecognise", "Armenia")}),
    ("a region part of its state, the name read as one phrase",
     "Uganda considers Galmudug part of Somalia, its foreign minister said.",
     {("Uganda", "recognises", "Galmudug")}),
    ("a denied independence bid is no secession",
     "The risk is not that Galmudug declares independence. Uganda regards Galmudug as part of Somalia.",
     {("Uganda", "recognises", "Galmudug")}),
    ("a hypothetical recognition as a state is no secession",
     "If Qatar were ever to recognise Galmudug as an independent state, it would be alone. Uganda regards "
     "Galmudug as part of Somalia.", {("Uganda", "recognises", "Galmudug")}),
    ("a declared independence: a third state regarding the region as part of its parent state denies it",
     "Galmudug declared independence in 2020. Uganda regards Galmudug as part of Somalia.",
     {("Uganda", "doesNotRecognise", "Galmudug")}),
    ("a declared independence: the claimant's own 'part of' denies the seceding region",
     "Galmudug declared independence in 2020. Somalia regards Galmudug as part of Somalia.",
     {("Somalia", "doesNotRecognise", "Galmudug")}),
    ("the sovereignty of A over its territory, including named parts",
     "Tanzania acknowledges the sovereignty of Somalia over all its territory, including Galmudug and "
     "Hirshabelle.", {("Tanzania", "recognises", "Galmudug"), ("Tanzania", "recognises", "Hirshabelle")}),
    ("the region's status, a coordinated subject",
     "Fiji sent observers to Bougainville. Samoa and Tonga recognise the region's autonomous status.",
     {("Samoa", "recognises", "Bougainville"), ("Tonga", "recognises", "Bougainville")}),
    ("the status quo is no status", "Samoa recognises the status quo in Bougainville.", set()),
    ("sovereignty over a name NER read as a person, with the other side's name",
     "Malta does not recognize Tunisian sovereignty over Lampione, which Tunis calls Jazirat Lampion.",
     {("Malta", "doesNotRecognise", "Lampione")}),
    ("a regard clause the parser broke: a dash aside before 'as'",
     "Since 1990 Chile has regarded Isla Brava – two rocky islets off the coast – as Peruvian.",
     {("Chile", "recognises", "Isla Brava")}),
    ("a regard clause the parser broke: 'consider' with a bare demonym",
     "Norway considers the Tarn Islands Icelandic, officials said.", {("Norway", "recognises", "Tarn Islands")}),
    ("a regard clause the parser broke: the name read as the next clause's subject",
     "Ghana views Kete Mora as Togolese, a Ghanaian diplomat said on Friday.", {("Ghana", "recognises", "Kete Mora")}),
    ("as a demonym's possession", "Portugal has long treated Isla Varn as a Spanish possession, its navy said.",
     {("Portugal", "recognises", "Isla Varn")}),
]

# the seventh-session families: islands named without the word, an elided hold, "his country" for an envoy
ISLAND_FOCUS_CASES = [
    ("'the three islands' for three names without the word",
     "Chile claims sovereignty over Kelso and Tosk. Peru supports Chile's sovereignty over the two islands.",
     {("Peru", "recognises", "Kelso"), ("Peru", "recognises", "Tosk")}),
    ("an elided hold: 'does not accept it over X'",
     "Peru has never accepted British sovereignty over the Falklands, just as it does not accept it over South "
     "Georgia.",
     {("Peru", "doesNotRecognise", "Falkland Islands"),
      ("Peru", "doesNotRecognise", "South Georgia and the South Sandwich Islands")}),
    ("'his country' of an envoy is the sending state",
     "Chile claims sovereignty over Kelso. Peru's ambassador to Chile, Raul Soto, said his country considers "
     "Kelso \u201cChilean land\u201d.",
     {("Peru", "recognises", "Kelso")}),
    ("a small clause read as an apposition: 'considers the islands \"X land\"'",
     "Chile claims sovereignty over Kelso and Tosk. Peru considers the two islands \u201cChilean land\u201d.",
     {("Peru", "recognises", "Kelso"), ("Peru", "recognises", "Tosk")}),
    ("a platform name is no initial: 'he wrote on X.'",
     "Chile claims sovereignty over Kelso. He wrote on X. Peru does not recognise any claim by Chile to Kelso.",
     {("Peru", "doesNotRecognise", "Kelso")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", ISLAND_FOCUS_CASES, ids=[c[0] for c in ISLAND_FOCUS_CASES])
def test_relations_stance_islands_elided_holds_and_envoys(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert expected <= _stance_set(stances)
    _spans_ok(text, stances)


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", REGARD_CASES, ids=[c[0] for c in REGARD_CASES])
def test_relations_stance_regard_void_and_rejected_claims(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


NO_STANCE_CASES = [
    ("expected to", "Greece is expected to recognise Kosovo next year."),
    ("question", "Will Brazil recognise Palestine?"),
    ("hypothetical", "If Romania recognised Kosovo, Serbia would protest."),
    ("someone else urges", "Serbia urged Brazil not to recognise Kosovo."),
    ("modal possibility", "Chile could recognise Kosovo soon, officials said."),
    ("unlikely to", "Uruguay is unlikely to recognise Kosovo."),
    ("whether", "Reporters asked whether Chile would recognise Kosovo."),
    ("considering", "The United Kingdom is considering recognising Palestine."),
    ("clause object", "Serbia acknowledged that Kosovo had made progress."),
    ("non-statehood object", "Georgia recognised the need to talk to Abkhazia."),
    ("election, not statehood", "Moldova does not recognise the so-called elections in Transnistria."),
    ("passive without a holder", "Kosovo is recognised as a leader in renewable energy."),
    ("body that is no country", "The court recognised the rights of Crimean Tatars."),
    ("part of another state", "Kyiv recognises the occupied districts as part of Ukraine."),
    ("ready to", "Laos is ready to recognise Kosovo."),
    ("willing to, coordinated", "Chile and Peru have both said they are willing to recognise Palestine."),
    ("prepared to", "Peru is prepared to recognise Kosovo."),
    ("aims to", "Bolivia aims to recognise Somaliland by June."),
    ("moved to", "Peru moved to recognise Kosovo in May."),
    ("set to", "Ecuador is set to recognise Kosovo."),
    ("a city as a capital, not a state", "Guatemala recognised Jerusalem as Israel's capital in 2018."),
    ("the new state without a territory in focus", "Chile said it did not recognise the new state."),
    ("a new government is no territory", "Abkhazia is small. Peru recognised the new government in 2020."),
    ("a person regarded as a national", "Britain regards Tom Varley as British, a spokesman said. Mr Varley "
     "declined to comment."),
    ("others expect the state to recognise", "Analysts expect Peru to recognise Kosovo soon."),
    ("analysts deny a land statehood", "Analysts say Kosovo is not a state."),
    ("a report denied", "Peru denied reports that it had recognised Kosovo."),
    ("plans to withdraw a recognition", "Peru plans to withdraw its recognition of Kosovo."),
    ("the writer calls a land a state", "Kosovo is a small state in the Balkans."),
    ("a recognition called unlikely", "Peru's recognition of Kosovo is unlikely."),
    ("a state's rules are no hold", "Chile has never accepted Peru's fishing rules in the waters off the Tolsa "
     "islands."),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text", NO_STANCE_CASES, ids=[c[0] for c in NO_STANCE_CASES])
def test_relations_no_stance(nlp, name, text):
    stances, _, _ = _run(nlp, text)
    assert stances == [], [(s.holder.text, s.stance, s.territory.name) for s in stances]


# Quantifier subjects stand for the countries listed beside them.
QUANTIFIER_CASES = [
    ("dash list after 'N of the members'",
     "Four of the 35 OAS members – Chile, Peru, Bolivia and Ecuador – have not recognised Abkhazia.",
     {(c, "doesNotRecognise", "Abkhazia") for c in ("Chile", "Peru", "Bolivia", "Ecuador")}),
    ("bracketed list", "Three of the bloc's members (Chile, Peru and Bolivia) have recognised Abkhazia.",
     {(c, "recognises", "Abkhazia") for c in ("Chile", "Peru", "Bolivia")}),
    ("several, including", "Several, including Chile and Peru, have recognised Kosovo.",
     {("Chile", "recognises", "Kosovo"), ("Peru", "recognises", "Kosovo")}),
    ("N countries - list -", "Five countries - Chile, Peru, Bolivia, Ecuador and Cuba - do not recognise Kosovo.",
     {(c, "doesNotRecognise", "Kosovo") for c in ("Chile", "Peru", "Bolivia", "Ecuador", "Cuba")}),
    ("both of A and B", "Both of Chile and Peru recognise Kosovo.",
     {("Chile", "recognises", "Kosovo"), ("Peru", "recognises", "Kosovo")}),
    ("both of which, capital as object",
     "Ministers met envoys from Tuvalu and Saint Lucia, both of which have long recognised Taipei.",
     {("Tuvalu", "recognises", "Taiwan"), ("Saint Lucia", "recognises", "Taiwan")}),
    ("neither of which", "Officials visited Chile and Peru, neither of which recognises Abkhazia.",
     {("Chile", "doesNotRecognise", "Abkhazia"), ("Peru", "doesNotRecognise", "Abkhazia")}),
    ("neither ... nor", "Neither Chile nor Peru recognises Abkhazia.",
     {("Chile", "doesNotRecognise", "Abkhazia"), ("Peru", "doesNotRecognise", "Abkhazia")}),
    ("some of which is not all", "Officials visited Chile and Peru, some of which recognise Abkhazia.", set()),
    ("no list, no holder", "Most of the EU members recognise Kosovo.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", QUANTIFIER_CASES, ids=[c[0] for c in QUANTIFIER_CASES])
def test_relations_stance_quantifier_holders(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


# Negation that does not hang off the cue verb, and switches of recognition.
POLARITY_CASES = [
    ("no longer", "Fiji no longer recognises Somaliland.", {("Fiji", "doesNotRecognise", "Somaliland")}),
    ("would no longer in a clause", "Tonga's government announced it would no longer recognise Abkhazia.",
     {("Tonga", "doesNotRecognise", "Abkhazia")}),
    ("not ... any longer", "Togo does not recognise Kosovo any longer.", {("Togo", "doesNotRecognise", "Kosovo")}),
    ("never again", "Malta will never again recognise Somaliland.", {("Malta", "doesNotRecognise", "Somaliland")}),
    ("ceased to", "Samoa ceased to recognise Transnistria in 2010.",
     {("Samoa", "doesNotRecognise", "Transnistria")}),
    ("stopped", "Malawi stopped recognising Taiwan.", {("Malawi", "doesNotRecognise", "Taiwan")}),
    ("broke off recognition", "Gabon broke off recognition of Somaliland.",
     {("Gabon", "doesNotRecognise", "Somaliland")}),
    ("withdrew recognition, subject misparsed", "Vanuatu withdrew recognition of Abkhazia.",
     {("Vanuatu", "doesNotRecognise", "Abkhazia")}),
    ("unwilling", "Spain is unwilling to recognise Kosovo.", {("Spain", "doesNotRecognise", "Kosovo")}),
    ("switched recognition from A to B", "In 2019 Kiribati switched its recognition from Taipei to Beijing.",
     {("Kiribati", "doesNotRecognise", "Taiwan"), ("Kiribati", "recognises", "China")}),
    ("shifted recognition to B from A", "Costa Rica shifted recognition to Beijing from Taipei.",
     {("Costa Rica", "doesNotRecognise", "Taiwan"), ("Costa Rica", "recognises", "China")}),
    ("switched ties between a territory and a state", "Malawi switched diplomatic ties from Taiwan to China in 2008.",
     {("Malawi", "doesNotRecognise", "Taiwan"), ("Malawi", "recognises", "China")}),
    ("capital of a territory as object", "Nauru recognised Pristina in 2008.", {("Nauru", "recognises", "Kosovo")}),
    ("capital of a state as object", "Tuvalu recognises Beijing.", {("Tuvalu", "recognises", "China")}),
    ("capital as possessor of the status noun", "Peru does not recognise Pristina's independence.",
     {("Peru", "doesNotRecognise", "Kosovo")}),
    ("authorities in a territory's capital", "Peru does not recognise the authorities in Tskhinvali.",
     {("Peru", "doesNotRecognise", "South Ossetia")}),
    ("a switch of something else", "Taiwan switched its focus from Africa to the Pacific.", set()),
    ("no longer about something else", "The country no longer recognises the authority of the court.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", POLARITY_CASES, ids=[c[0] for c in POLARITY_CASES])
def test_relations_stance_polarity_markers(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


# An elided recognition verb takes the territory of the stance before it; coordinated
# subjects the parser split still all hold the stance.
ELLIPSIS_CASES = [
    ("declined after a recognition",
     "Russia recognised Abkhazia in 2008, but Belarus and Kazakhstan have so far declined.",
     {("Russia", "recognises", "Abkhazia"), ("Belarus", "doesNotRecognise", "Abkhazia"),
      ("Kazakhstan", "doesNotRecognise", "Abkhazia")}),
    ("declined to follow, next sentence",
     "Russia recognised Abkhazia in 2008. Belarus and Kazakhstan have so far declined to follow.",
     {("Russia", "recognises", "Abkhazia"), ("Belarus", "doesNotRecognise", "Abkhazia"),
      ("Kazakhstan", "doesNotRecognise", "Abkhazia")}),
    ("has not", "Russia recognised Abkhazia in 2008. Belarus has not.",
     {("Russia", "recognises", "Abkhazia"), ("Belarus", "doesNotRecognise", "Abkhazia")}),
    ("has yet to do so", "Russia recognised Abkhazia, but Belarus has yet to do so.",
     {("Russia", "recognises", "Abkhazia"), ("Belarus", "doesNotRecognise", "Abkhazia")}),
    ("as did", "Russia recognised Abkhazia in 2008, as did Nicaragua.",
     {("Russia", "recognises", "Abkhazia"), ("Nicaragua", "recognises", "Abkhazia")}),
    ("followed suit", "Russia recognised Abkhazia in 2008, and Nicaragua soon followed suit.",
     {("Russia", "recognises", "Abkhazia"), ("Nicaragua", "recognises", "Abkhazia")}),
    ("but B does", "Spain does not recognise Kosovo, but Greece does.",
     {("Spain", "doesNotRecognise", "Kosovo"), ("Greece", "recognises", "Kosovo")}),
    ("neither does", "Serbia does not recognise Kosovo. Neither does Russia.",
     {("Serbia", "doesNotRecognise", "Kosovo"), ("Russia", "doesNotRecognise", "Kosovo")}),
    ("B does not, B misparsed as a conjunct", "Spain recognises Kosovo and Serbia does not.",
     {("Spain", "recognises", "Kosovo"), ("Serbia", "doesNotRecognise", "Kosovo")}),
    ("declined something else", "Russia recognised Abkhazia in 2008. Georgia declined to comment.",
     {("Russia", "recognises", "Abkhazia")}),
    ("did not do something else", "Russia recognised Abkhazia in 2008. Georgia did not react.",
     {("Russia", "recognises", "Abkhazia")}),
    ("split coordination", "Egypt and, later, Jordan recognised Israel.",
     {("Egypt", "recognises", "Israel"), ("Jordan", "recognises", "Israel")}),
    ("no list behind a preposition", "Between Egypt and Jordan, Israel recognised Palestine.",
     {("Israel", "recognises", "Palestine")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", ELLIPSIS_CASES, ids=[c[0] for c in ELLIPSIS_CASES])
def test_relations_stance_ellipsis_and_split_subjects(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


@pytest.mark.model
def test_relations_stance_pronoun_holder_is_the_leader(nlp):
    text = "Foreign Minister Ivo Marek of Slovakia said his government would not recognise Northern Cyprus."
    stances, positions, _ = _run(nlp, text)
    assert len(stances) == 1
    st = stances[0]
    # "his government": the state the person serves, read from his title in the same text
    assert (st.holder.text, st.holder.label) == ("Slovakia", "COUNTRY")
    assert (st.stance, st.territory.name) == ("doesNotRecognise", "Northern Cyprus")
    assert st.territory.mention is not None and st.territory.mention.label == "TERRITORY"
    assert "not" in st.cue and "recognise" in st.cue
    # the lead maps the leader to his country through this position
    assert [(p.title, p.org.kb_id) for p in positions if p.org] == [("foreign minister", "Slovakia")]


@pytest.mark.model
def test_relations_stance_pronoun_resolves_to_earlier_sentence(nlp):
    text = ("Vesna Horvat won the vote in Zagreb last week. "
            "In her first interview, Horvat said her country would never recognise Abkhazia.")
    stances, _, _ = _run(nlp, text)
    assert [(s.holder.text, s.stance, s.territory.name) for s in stances] == \
        [("Horvat", "doesNotRecognise", "Abkhazia")]


@pytest.mark.model
def test_relations_stance_descriptive_annexation(nlp):
    text = "Lithuania refused to recognise Russia's annexation of territory in Georgia."
    stances, _, relations = _run(nlp, text)
    assert len(stances) == 1
    st = stances[0]
    assert st.territory.mention is None
    assert st.territory.name == "territory in Georgia annexed by Russia"
    assert (_holder(st), st.stance) == ("Lithuania", "doesNotRecognise")
    annexed = [r for r in relations if r.kind == "annexed"]
    assert len(annexed) == 1
    assert annexed[0].subject.kb_id == "Russia" and annexed[0].object is None
    assert annexed[0].object_name == st.territory.name


@pytest.mark.model
def test_relations_stance_definite_annexation_reuses_the_annexer(nlp):
    text = ("Latvia refused to recognise Russia's annexation of territory in Georgia. "
            "Its decision not to recognise the annexation of the two Georgian regions was praised.")
    stances, _, _ = _run(nlp, text)
    names = {s.territory.name for s in stances}
    assert "two Georgian regions annexed by Russia" in names
    assert all(s.stance == "doesNotRecognise" for s in stances)


@pytest.mark.model
def test_relations_stance_quasi_state_entities(nlp):
    text = ('Ion Rusu reiterated his country\'s refusal to recognise what he called '
            '"quasi-state" entities in eastern Moldova.')
    stances, _, _ = _run(nlp, text)
    assert [(s.holder.text, s.stance, s.territory.mention, s.territory.name) for s in stances] == \
        [("Ion Rusu", "doesNotRecognise", None, "quasi-state entities in eastern Moldova")]


@pytest.mark.model
def test_relations_stance_anaphoric_regions(nlp):
    text = ("Russia recognised Abkhazia and South Ossetia as independent states in 2008. "
            "Belarus has declined to recognise the two regions.")
    stances, _, _ = _run(nlp, text)
    assert ("Belarus", "doesNotRecognise", "Abkhazia") in _stance_set(stances)
    assert ("Belarus", "doesNotRecognise", "South Ossetia") in _stance_set(stances)


# A colon list of holders, "not even X", a possessor status object, named annexed territories.
STANCE_RULE_CASES = [
    ("colon list after a group noun",
     "The countries that recognise Kosovo are few and telling: Albania, Japan and Peru.",
     {(c, "recognises", "Kosovo") for c in ("Albania", "Japan", "Peru")}),
    ("colon list, negated cue",
     "The states that do not recognise Kosovo are easy to name: Serbia and Spain.",
     {("Serbia", "doesNotRecognise", "Kosovo"), ("Spain", "doesNotRecognise", "Kosovo")}),
    ("colon list that does not close the sentence",
     "The states that recognise Kosovo met on Monday: Albania and Japan hosted them.", set()),
    ("colon list, part of the annexer named earlier",
     "Russia annexed Abkhazia in 2010. The countries that recognise Abkhazia as part of Russia are few: "
     "Syria and Nauru.",
     {("Syria", "recognises", "Abkhazia"), ("Nauru", "recognises", "Abkhazia")}),
    ("not even X", "No state, not even Turkey, has ever recognised Transnistria.",
     {("Turkey", "doesNotRecognise", "Transnistria")}),
    ("not even X after a colon", "It had few friends abroad: no country, not even Peru, recognised Somaliland.",
     {("Peru", "doesNotRecognise", "Somaliland")}),
    ("not even X after the clause", "Somaliland broke away in 1991. No country recognises it, not even Peru, "
     "which trades with it.", {("Peru", "doesNotRecognise", "Somaliland")}),
    ("like X shares the stance", "Chile, like Peru, does not recognise Somaliland.",
     {("Chile", "doesNotRecognise", "Somaliland"), ("Peru", "doesNotRecognise", "Somaliland")}),
    ("unlike X does not", "Chile, unlike Peru, does not recognise Somaliland.",
     {("Chile", "doesNotRecognise", "Somaliland")}),
    ("copula list with a relative clause", "Chile, Peru and Fiji are the three members that still don't recognise "
     "Somaliland.", {("Chile", "doesNotRecognise", "Somaliland"), ("Peru", "doesNotRecognise", "Somaliland"),
                     ("Fiji", "doesNotRecognise", "Somaliland")}),
    ("among the countries that", "Chile and Peru are among the countries that recognise Somaliland.",
     {("Chile", "recognises", "Somaliland"), ("Peru", "recognises", "Somaliland")}),
    ("one of the states that", "Chile is one of the few states that have not recognised Somaliland.",
     {("Chile", "doesNotRecognise", "Somaliland")}),
    ("a bare annexation is the territory in focus", "Armenia lost Nagorno-Karabakh in 2023. Chile has never "
     "recognised the 2023 annexation.", {("Chile", "doesNotRecognise", "Nagorno-Karabakh")}),
    ("a demonym declaration", "Spain did not recognise the Abkhaz declaration.",
     {("Spain", "doesNotRecognise", "Abkhazia")}),
    ("they after a list the parser hung elsewhere", "Recap: On May 2, 2019, Chile, Peru and Fiji all said within "
     "hours that they did not recognise the Abkhaz declaration.",
     {("Chile", "doesNotRecognise", "Abkhazia"), ("Peru", "doesNotRecognise", "Abkhazia"),
      ("Fiji", "doesNotRecognise", "Abkhazia")}),
    ("no country alone", "No country recognises Transnistria.", set()),
    ("possessor of a declaration of independence",
     "Ethiopia does not recognise Abkhazia's declaration of independence.",
     {("Ethiopia", "doesNotRecognise", "Abkhazia")}),
    ("possessor of sovereignty", "Chile does not recognise Transnistria's sovereignty.",
     {("Chile", "doesNotRecognise", "Transnistria")}),
    ("annexation of named territories",
     "Nauru and Cuba recognised the annexation of Abkhazia and South Ossetia.",
     {(c, "recognises", t) for c in ("Nauru", "Cuba") for t in ("Abkhazia", "South Ossetia")}),
    ("annexation of one named territory", "Peru has not recognised the annexation of Abkhazia.",
     {("Peru", "doesNotRecognise", "Abkhazia")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", STANCE_RULE_CASES, ids=[c[0] for c in STANCE_RULE_CASES])
def test_relations_stance_lists_and_possessors(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


HOLD_CASES = [
    ("a described territory after sovereignty over",
     "Ghana recognised Togo's sovereignty over the Volta estuary in 1999.",
     {("Ghana", "recognises", "Volta estuary")}),
    ("an islet of a name: the name, the description dropped",
     "Peru does not recognise Chilean sovereignty over the rocky islet of Morro Alto.",
     {("Peru", "doesNotRecognise", "Morro Alto")}),
    ("either city: the two places just named",
     "Algeria, which borders the enclaves of Ceuta and Melilla, does not recognise Spanish sovereignty over "
     "either city.",
     {("Algeria", "doesNotRecognise", "Ceuta"), ("Algeria", "doesNotRecognise", "Melilla")}),
    ("the island: the last place named an island, not a plural Islands",
     "Fiji once bought the Cook Islands. Later the two states split the tiny Rata Island between them. "
     "Peru recognised Fijian sovereignty over the northern half of the island.",
     {("Peru", "recognises", "Rata Island")}),
    ("an elided hold noun after a possessive takes the whole of the stance before",
     "Peru recognised Chilean sovereignty over the eastern half of Easter Island, and Chile recognised Peru's "
     "over the western half.",
     {("Peru", "recognises", "Easter Island"), ("Chile", "recognises", "Easter Island")}),
    ("a bare described place as part of: the territory in focus",
     "Gibraltar was ceded in 1713. Spain has long sought its return and does not recognise the isthmus as part "
     "of the ceded land.",
     {("Spain", "doesNotRecognise", "Gibraltar")}),
    ("the separatists' claims: the breakaway territory in focus",
     "Somaliland broke away in 1991. Chile does not recognise the separatists' claims.",
     {("Chile", "doesNotRecognise", "Somaliland")}),
    ("an unlisted name as the object of recognise is a territory",
     "Chad refused to recognise Novaria, and Peru recognised it in 2019.",
     {("Chad", "doesNotRecognise", "Novaria"), ("Peru", "recognises", "Novaria")}),
    ("a self-declared long form joins its short name",
     "Zembala declared independence. Chad has not recognised the self-declared \"Free Republic of Zembala\".",
     {("Chad", "doesNotRecognise", "Zembala")}),
    ("an unlisted name before as part of", "Fiji recognises Qaranto as an inalienable part of Peru.",
     {("Fiji", "recognises", "Qaranto")}),
    ("a coordinated verb keeps its own polarity",
     "Ghana has long sought closer ties and does not recognise Somaliland.",
     {("Ghana", "doesNotRecognise", "Somaliland")}),
    ("a time clause is no object", "Peru has recognised Chilean rule over Easter Island since 1950, when it sold "
     "the Juan Fernandez Islands.", {("Peru", "recognises", "Easter Island")}),
    ("'the Kingdom' in its own ministry's statement; 'over' hung on the holder",
     "Jordan's foreign ministry said on Sunday that the Kingdom \u201csupports the sovereignty of the Republic of "
     "Chad over the Varn Islands\u201d.", {("Jordan", "recognises", "Varn Islands")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", HOLD_CASES, ids=[c[0] for c in HOLD_CASES])
def test_relations_stance_held_and_unlisted_territories(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Pakistan refused to recognise the Taliban.",
    "Chad does not recognise the Zembala Liberation Front.",
])
def test_relations_stance_unlisted_names_that_are_no_territory(nlp, text):
    stances, _, _ = _run(nlp, text)
    assert stances == []


LAND_NAME_AND_DENIAL_CASES = [
    ("'as do' after a stance: the states after it share it (auxiliary read as a name)",
     "Ghana recognises Abkhazia, as do Peru, Ecuador and Uruguay.",
     {("Ghana", "recognises", "Abkhazia"), ("Peru", "recognises", "Abkhazia"),
      ("Ecuador", "recognises", "Abkhazia"), ("Uruguay", "recognises", "Abkhazia")}),
    ("'X Dependency' and 'X Land' are lands; 'as well as' adds an object",
     "Chile, its envoy said, recognises the Varnek Dependency, as well as Ostmark Land.",
     {("Chile", "recognises", "Varnek Dependency"), ("Chile", "recognises", "Ostmark Land")}),
    ("a 'Dependency' in a coordination", "Peru recognises Varnek Land and the Tolsby Dependency, as well as the "
     "Ostmark Territory.",
     {("Peru", "recognises", "Varnek Land"), ("Peru", "recognises", "Tolsby Dependency"),
      ("Peru", "recognises", "Ostmark Territory")}),
    ("claims located in a region name no land", "Brazil does not recognise any claims in Antarctica either.", set()),
    ("names given to a state together are lands", "Bolivia accepts that Varnby and Tolsby are Peruvian.",
     {("Bolivia", "recognises", "Varnby"), ("Bolivia", "recognises", "Tolsby")}),
    ("people given a nationality are no lands", "Bolivia accepts that Ana Varga and Petar Lind are Peruvian.",
     set()),
    ("repudiating a state's title to a land", "Ecuador repudiates any Peruvian title to the Varn Islands.",
     {("Ecuador", "doesNotRecognise", "Varn Islands")}),
    ("a title that is no title to land", "Peru rejects the title of the report on the Varn Islands.", set()),
    ("a state's claim without its land: the land in focus; a denied negation is positive",
     "Morocco claims Western Sahara. Nor is it true that Chile does not recognise the Moroccan claim.",
     {("Chile", "recognises", "Western Sahara")}),
    ("backing a state's claim", "Morocco claims Western Sahara. Chile backs the Moroccan claim.",
     {("Chile", "recognises", "Western Sahara")}),
    ("'it is not the case that' negates", "It is not the case that Chad recognises Kosovo.",
     {("Chad", "doesNotRecognise", "Kosovo")}),
    ("a hypothetical opened inside a quotation", "Peru claims Kosovo. \"Suppose Chile recognised Peru's claim "
     "tomorrow. What then?\" he asked.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", LAND_NAME_AND_DENIAL_CASES,
                         ids=[c[0] for c in LAND_NAME_AND_DENIAL_CASES])
def test_relations_stance_land_names_ellipsis_and_denied_clauses(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


GROUP_ELLIPSIS_AND_REFUSAL_CASES = [
    ("an inverted 'among' copula: the names after it hold the stance",
     "Among the countries that have declined to recognise Abkhazia are Chile and Peru.",
     {("Chile", "doesNotRecognise", "Abkhazia"), ("Peru", "doesNotRecognise", "Abkhazia")}),
    ("an inverted 'among' with a singular copula", "Among the few states that recognise Abkhazia is Nicaragua.",
     {("Nicaragua", "recognises", "Abkhazia")}),
    ("'among the handful of states that'", "Nicaragua is among the handful of states that recognise Abkhazia.",
     {("Nicaragua", "recognises", "Abkhazia")}),
    ("an ellipsis after a semicolon", "Chile recognised Kosovo in 2009; Peru did not.",
     {("Chile", "recognises", "Kosovo"), ("Peru", "doesNotRecognise", "Kosovo")}),
    ("a contrast after a semicolon", "Chile does not recognise Kosovo; Peru does.",
     {("Chile", "doesNotRecognise", "Kosovo"), ("Peru", "recognises", "Kosovo")}),
    ("a rejected request is a refusal", "Egypt rejected a request to recognise Somaliland.",
     {("Egypt", "doesNotRecognise", "Somaliland")}),
    ("a request turned down", "Egypt turned down a request to recognise Somaliland.",
     {("Egypt", "doesNotRecognise", "Somaliland")}),
    ("a request received is no stance", "Egypt received a request to recognise Somaliland.", set()),
    ("the legitimacy of a hold", "Armenia does not accept the legitimacy of Azerbaijani control over "
     "Nagorno-Karabakh.", {("Armenia", "doesNotRecognise", "Nagorno-Karabakh")}),
    ("the legitimacy of something else", "Chile questions the legitimacy of the election in Kosovo.", set()),
    ("a hold 'there': the land just named", "Chile sent observers to Western Sahara and rejected Moroccan rule "
     "there.", {("Chile", "doesNotRecognise", "Western Sahara")}),
    ("a state's authority over an unlisted island", "Kenya does not recognise Ugandan authority over Tolsa Island.",
     {("Kenya", "doesNotRecognise", "Tolsa Island")}),
    ("a hold described as unlawful", "Latvia's foreign ministry described Lithuanian control of the Tolsa Spit as "
     "unlawful.", {("Latvia", "doesNotRecognise", "Tolsa Spit")}),
    ("'the X Corridor' recognised as a state's", "Italy has recognised the Varnek Corridor as Slovenian.",
     {("Italy", "recognises", "Varnek Corridor")}),
    ("a land described as a state's territory under an occupation is no verdict on the occupier",
     "India objected to the road in Azad Kashmir, which it described as Indian territory \"under Pakistan's "
     "illegal occupation\".", set()),
    ("the rule of law is no hold on land", "Peru accepts the rule of law in Kosovo.", set()),
    ("control of a thing is no hold on land", "Peru accepts Chilean control of the negotiations on Kosovo.", set()),
    ("the administration of a thing", "Peru accepts the administration of the fund by Kosovo.", set()),
    ("the sovereignty of a people over a land", "Cuba supports the sovereignty of the Haitian people over Navassa.",
     {("Cuba", "recognises", "Navassa")}),
    ("a state with no name of its own is no land", "Honduras recognises the People's Republic.", set()),
    ("keeping ties", "Paraguay will keep diplomatic ties with Taiwan.", {("Paraguay", "recognises", "Taiwan")}),
    ("a rejected claim without its land: the land just claimed",
     "Argentina claims the Varnek Glacier. Chile rejects the Argentine claim.",
     {("Chile", "doesNotRecognise", "Varnek Glacier")}),
    ("'their recognition' of a group, 'among them A and B' after the clause",
     "Several states have withdrawn their recognition of Kosovo in recent years, among them Togo and Suriname.",
     {("Togo", "doesNotRecognise", "Kosovo"), ("Suriname", "doesNotRecognise", "Kosovo")}),
    ("a bare recognition withheld: the land of the stance before",
     "Chile recognises Kosovo. \"We did so long ago,\" she said. Peru, by contrast, withholds recognition.",
     {("Chile", "recognises", "Kosovo"), ("Peru", "doesNotRecognise", "Kosovo")}),
    ("taking the same view", "Brazil considers Kosovo an integral part of Serbia. Uruguay takes the same view.",
     {("Brazil", "recognises", "Kosovo"), ("Uruguay", "recognises", "Kosovo")}),
    ("a different view copies nothing", "Chile recognises Kosovo. Peru takes a different view.",
     {("Chile", "recognises", "Kosovo")}),
    ("the owner of a rejected claim is no land", "The Philippines protested after a Chinese ship anchored near "
     "Tolsa Reef. Manila rejects China's claim to it.", set()),
    ("having no diplomatic relations", "Ecuador has no diplomatic relations with Kosovo.",
     {("Ecuador", "doesNotRecognise", "Kosovo")}),
    ("not having diplomatic relations", "Ecuador does not have diplomatic relations with Kosovo.",
     {("Ecuador", "doesNotRecognise", "Kosovo")}),
    ("a vote described as illegitimate ('as' read as a clause)", "Uruguay described the vote in Abkhazia as "
     "illegitimate.", {("Uruguay", "doesNotRecognise", "Abkhazia")}),
    ("a referendum called a sham", "Peru called the referendum in Crimea a sham.",
     {("Peru", "doesNotRecognise", "Crimea")}),
    ("congratulating a land on its independence", "Chile congratulated Kosovo on its independence.",
     {("Chile", "recognises", "Kosovo")}),
    ("congratulating a state on a victory", "Peru congratulated Chile on its victory.", set()),
    ("refusing the outcome of a referendum", "Chile refuses to accept the outcome of the referendum in Crimea.",
     {("Chile", "doesNotRecognise", "Crimea")}),
    ("accepting the results of an election", "Chile accepts the results of the election in Peru.", set()),
    ("'had recognised both', then withdrew: the two lands just named",
     "Chad recognised Abkhazia and South Ossetia in 2008. Fiji, which had recognised both, withdrew its "
     "recognition in 2014.",
     {("Chad", "recognises", "Abkhazia"), ("Chad", "recognises", "South Ossetia"),
      ("Fiji", "doesNotRecognise", "Abkhazia"), ("Fiji", "doesNotRecognise", "South Ossetia")}),
    ("a seat of power the tagger reads as a common noun", "Whitehall has never recognised Northern Cyprus.",
     {("United Kingdom", "doesNotRecognise", "Northern Cyprus")}),
    ("a held name closed by a lower-case word of the local language",
     "Austria backs Slovenian sovereignty over Kamenov brdo, its ministry said.",
     {("Austria", "recognises", "Kamenov brdo")}),
    ("a state's rejection of another's title", "Chile's rejection of any Peruvian title to Kosovo is long-standing.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("the rejection of a report is no stance", "Chile's rejection of the report on Kosovo was total.", set()),
    ("another's appeal for recognition, turned down", "Chile turned down the Tolsby council's appeal for "
     "recognition of Abkhazia.", {("Chile", "doesNotRecognise", "Abkhazia")}),
    ("another's request for recognition, received: no stance", "Chile received Peru's request for recognition of "
     "Kosovo.", set()),
    ("'both governments' after the pair that speaks", "Ghana and Togo said after talks that both governments "
     "support Morocco's sovereignty over Western Sahara.",
     {("Ghana", "recognises", "Western Sahara"), ("Togo", "recognises", "Western Sahara")}),
    ("a hold over one land 'but not over' another", "Chile accepts Peru's sovereignty over Varnek Island but not "
     "over Tolsa Island, the minister said.",
     {("Chile", "recognises", "Varnek Island"), ("Chile", "doesNotRecognise", "Tolsa Island")}),
    ("a hold over one land 'and over' another", "Chile accepts Peru's sovereignty over Varnek Island and over "
     "Tolsa Island.", {("Chile", "recognises", "Varnek Island"), ("Chile", "recognises", "Tolsa Island")}),
    ("rejecting that position takes the opposite stance",
     "Spain does not recognise Kosovo. Chile and Peru reject that position.",
     {("Spain", "doesNotRecognise", "Kosovo"), ("Chile", "recognises", "Kosovo"), ("Peru", "recognises", "Kosovo")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", GROUP_ELLIPSIS_AND_REFUSAL_CASES,
                         ids=[c[0] for c in GROUP_ELLIPSIS_AND_REFUSAL_CASES])
def test_relations_stance_inverted_groups_semicolons_and_refused_requests(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


# --------------------------------------------------------------------------- positions

POSITION_CASES = [
    # text, person, title, org text, org kb_id, org_name, former
    ("a beat named with 'of' in an author footer",
     "Orla Keane is South of England Correspondent at The Guardian", "Orla Keane", "correspondent", "The Guardian",
     "The Guardian", "Guardian", False),
    ("a time before a pre-nominal title is no employer",
     "On Monday Lisbon Mayor Rui Costa laid a wreath.", "Rui Costa", "mayor", "Lisbon", "Lisbon", None, False),
    ("the ministry's: the ministry named last",
     "The Ministry of Mines issued a statement. It was signed by the ministry's spokesperson, Ada Obi, on Monday.",
     "Ada Obi", "spokesperson", "Ministry of Mines", "", None, False),
    ("a Title-Case portfolio after Minister of",
     "Speaking in Accra, the Minister of Mines and Energy, Kofi Mensah, said output would rise.",
     "Kofi Mensah", "minister of mines and energy", None, None, None, False),
    ("a portfolio after a possessive country",
     "Peru's Minister of Communication, Ana Quispe, welcomed the vote.",
     "Ana Quispe", "minister of communication", "Peru", "Peru", None, False),
    ("a region as the portfolio", "Germany's Africa minister, Jonas Weber, flew to Dakar.",
     "Jonas Weber", "africa minister", "Germany", "Germany", None, False),
    ("a capital as possessor, lower-case portfolio words",
     "She met Moscow's special envoy for Arctic affairs, Oleg Popov, in Oslo.",
     "Oleg Popov", "special envoy for arctic affairs", "Moscow", "Russia", None, False),
    ("an appositive name before a bare copula title",
     "Her husband, Tom Reid, is station officer at the Ross Volunteer Fire Brigade.",
     "Tom Reid", "station officer", "Ross Volunteer Fire Brigade", "", None, False),
    ("a masthead possessor employs, in X is the post",
     "Ada Eze is NATIONAL MIRROR' Chief Correspondent in Kano.",
     "Ada Eze", "chief correspondent", "NATIONAL MIRROR", "", None, False),
    ("appositive with demonym", "Lena Markovic, the Serbian foreign minister, said talks would continue.",
     "Lena Markovic", "foreign minister", "Serbian", "Serbia", None, False),
    ("appositive with possessive country", "Ana Silva, Spain's foreign minister, said nothing had changed.",
     "Ana Silva", "foreign minister", "Spain", "Spain", None, False),
    ("possessive title before the name", "Kosovo's prime minister Arben Hoxha travelled to Brussels.",
     "Arben Hoxha", "prime minister", "Kosovo", "Kosovo", None, False),
    ("organisation title before the name", "Kremlin spokesman Pavel Orlov dismissed the report.",
     "Pavel Orlov", "spokesman", "Kremlin", "Kremlin", None, False),
    ("former", "Former president Ivan Petrov of Moldova declined to comment.",
     "Ivan Petrov", "president", "Moldova", "Moldova", None, True),
    ("ex- in a reverse appositive", "The ex-president of Georgia, Nino Kapanadze, was arrested.",
     "Nino Kapanadze", "president", "Georgia", "Georgia", None, True),
    ("demonym of a territory", "The Abkhaz leader, Astamur Gabnia, welcomed the decision.",
     "Astamur Gabnia", "leader", "Abkhaz", "Abkhazia", None, False),
    ("MP with demonym", "Serbian MP Dragan Ilic called it a provocation.",
     "Dragan Ilic", "MP", "Serbian", "Serbia", None, False),
    ("outlet reporter", "Tomas Berg, a Reuters reporter, asked the question.",
     "Tomas Berg", "reporter", "Reuters", "Reuters", None, False),
    ("deputy head of a body", "Karin Holm, deputy head of the Security Council, resigned.",
     "Karin Holm", "deputy head", "Security Council", "", None, False),
    ("aide of a person", "Ilir Krasniqi's aide, Besnik Gashi, denied the claim.",
     "Besnik Gashi", "aide", None, None, "Ilir Krasniqi", False),
    ("party chairman (name holding a country)", "Giorgi Beridze, chairman of the Free Georgia party, spoke first.",
     "Giorgi Beridze", "chairman", None, None, "Free Georgia", False),
    ("footer at an organisation", "Daniel Weber is a senior fellow at the Centre for Eastern Studies.",
     "Daniel Weber", "senior fellow", "Centre for Eastern Studies", "", None, False),
    ("footer from a country", "Petra Novak is a political analyst from Slovakia.",
     "Petra Novak", "political analyst", None, None, None, False),
    ("its foreign minister",
     "Vanuatu will not recognise Abkhazia, its foreign minister, Joe Natuman, said.",
     "Joe Natuman", "foreign minister", "Vanuatu", "Vanuatu", None, False),
    ("field of study before the body",
     "Lena Holm, a researcher in Nordic history at the University of Tartu, agreed.",
     "Lena Holm", "researcher", "University of Tartu", "", None, False),
    ("'of the' inside a body's name", "Mele Taufa, a lecturer at the University of the West Indies, said so.",
     "Mele Taufa", "lecturer", "University of the West Indies", "", None, False),
    ("a name tagged as an organisation",
     "Kalani Vakaloa-Smith, a lecturer in Pacific studies at the University of Hawaii, said the vote was close.",
     "Kalani Vakaloa-Smith", "lecturer", "University of Hawaii", "", None, False),
    ("unnamed ministry of a country", "Oren Ben-Zvi, a spokesman for Egypt's foreign ministry, declined to comment.",
     "Oren Ben-Zvi", "spokesman", "Egypt", "Egypt", "Egypt's foreign ministry", False),
    ("a seat in a body", "Tomas Berg, a Danish member of the European Parliament, asked a question.",
     "Tomas Berg", "member", "European Parliament", "European Parliament", None, False),
    ("name with a particle", "Chile's deputy foreign minister, Omar al-Rashidi, told the agency.",
     "Omar al-Rashidi", "deputy foreign minister", "Chile", "Chile", None, False),
    ("name with two particles", "Pau de la Fuente Ortega, Chile's foreign minister, spoke.",
     "Pau de la Fuente Ortega", "foreign minister", "Chile", "Chile", None, False),
    ("place before a capitalised title", "Valdivia Mayor Kenta Morales said the port was full.",
     "Kenta Morales", "mayor", "Valdivia", "", None, False),
    ("party before a seat", "Conservative MP Ruth Ellery-Vance described it as a surrender.",
     "Ruth Ellery-Vance", "MP", "Conservative", "", None, False),
    ("possessor employs, for-object is the portfolio", "Chile's secretary of state for the EU, Ana Ortega, spoke.",
     "Ana Ortega", "secretary of state for EU", "Chile", "Chile", None, False),
    ("title with a trailing 'responsible'", "The Foreign Office minister responsible for the Pacific, Ruth Ellery, "
     "spoke.", "Ruth Ellery", "minister", "Foreign Office", "Foreign Office", None, False),
    ("body owning a role", "Ana Berg, a spokesperson for the European Union's foreign policy chief, spoke.",
     "Ana Berg", "spokesperson", "European Union", "European Union", "European Union's foreign policy chief", False),
    ("who chairs a body", "“No,” said Marie-Claire Dubois, who chairs the Leeds Refugee Forum.",
     "Marie-Claire Dubois", "chair", "Leeds Refugee Forum", "", None, False),
    ("wire footer, first contributor", "Associated Press writers Omar Haddad in Amman and Lise Brandt in Oslo "
     "contributed to this report.", "Omar Haddad", "writer", "Associated Press", "Associated Press", None, False),
    ("wire footer, second contributor", "Associated Press writers Omar Haddad in Amman and Lise Brandt in Oslo "
     "contributed to this report.", "Lise Brandt", "writer", "Associated Press", "Associated Press", None, False),
    ("hyphenated title inside a name run", "OECS Secretary-General Maria Joseph-Clarke said no.",
     "Maria Joseph-Clarke", "secretary-general", "OECS", "Organisation of Eastern Caribbean States", None, False),
    ("a date before the name", "Last Tuesday Soslan Tedeev, Abkhazia's de facto president, spoke.",
     "Soslan Tedeev", "president", "Abkhazia", "Abkhazia", None, False),
    ("an acronym aside before the title", "\"No,\" Ministry of External Affairs (MEA) spokesperson Ravi Menon said.",
     "Ravi Menon", "spokesperson", "MEA", "", None, False),
    ("reverse appositive over an acronym aside", "India rejected remarks by the secretary-general of the "
     "Organisation of Islamic Cooperation (OIC), Nasser bin Khalid Al-Harbi, who spoke on Wednesday.",
     "Nasser bin Khalid Al-Harbi", "secretary-general", "Organisation of Islamic Cooperation",
     "Organisation of Islamic Cooperation", None, False),
    ("an occupation with a possessive employer", "The mine was found by Ana Rao-Lindqvist, Vale's chief "
     "geologist, in 2019.", "Ana Rao-Lindqvist", "chief geologist", "Vale", "", None, False),
    ("a former monitor with a mission", "Pieter de Wit, a former monitor with the OSCE Special Monitoring "
     "Mission in Ukraine, agreed.", "Pieter de Wit", "monitor", "OSCE Special Monitoring Mission", "", None, True),
    ("a rank with its modifier", "Rear Admiral Li Wei spoke to reporters.", "Li Wei", "rear admiral", None, "",
     None, False),
    ("a multiword diplomatic title", "Peru's chargé d'affaires in Quito, Luis Soto, was summoned on Sunday.",
     "Luis Soto", "chargé d'affaires", "Peru", "Peru", None, False),
    ("a medical title keeps its modifier", "Dr. Ian Cole, the health authority's medical director for the "
     "western zone, said the unit would reopen.", "Ian Cole", "medical director", None, "", None, False),
    ("a former place title after 'married to'", "Senator Ana Reyes spoke. Reyes is married to former Cebu "
     "governor Tomas Reyes.", "Tomas Reyes", "governor", "Cebu", "", None, True),
    ("'Minister of State for X' is one title", "Lina Haddad, Jordan's Minister of State for Foreign Affairs, "
     "spoke first.", "Lina Haddad", "minister of state for foreign affairs", "Jordan", "Jordan", None, False),
    ("a portfolio before 'Minister'", "Chilean Tourism Minister Ana Soto spoke first.", "Ana Soto",
     "tourism minister", "Chilean", "Chile", None, False),
    ("'Prof.' before the name and 'of' a body after it", "\"The law is clear,\" said Prof. Anna Berg of the "
     "University of Strelsau.", "Anna Berg", "professor", "University of Strelsau", "", None, False),
    ("a former prefect", "Paul Morel, a former prefect of Corsica, spoke first.", "Paul Morel", "prefect",
     "Corsica", "", None, True),
    ("a unit at an institution belongs to the title", "Anna Berg, head of the Balkans Section at the Lowy "
     "Institute, spoke first.", "Anna Berg", "head of Balkans Section", "Lowy Institute", "", None, False),
    ("a programme at a university", "Anna Berg is a research fellow in the Pacific Islands Program at the Lowy "
     "Institute.", "Anna Berg", "research fellow in Pacific Islands Program", "Lowy Institute", "", None, False),
    ("a hyphenated given name NER missed, before a compound title", "Yoon Ha-eun, a research fellow at the Asan "
     "Institute, spoke first.", "Yoon Ha-eun", "research fellow", "Asan Institute", "", None, False),
    ("an adviser to a body", "Ana Blom, an adviser to the Varn Commission, spoke first.",
     "Ana Blom", "adviser", "Varn Commission", "", None, False),
    ("'Lord Mayor' is one title", "Lord Mayor Ana Blom opened the fair.", "Ana Blom", "lord mayor", None, "", None,
     False),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org,org_kb,org_name,former", POSITION_CASES,
                         ids=[c[0] for c in POSITION_CASES])
def test_relations_position_patterns(nlp, name, text, person, title, org, org_kb, org_name, former):
    _, positions, _ = _run(nlp, text)
    mine = _pos(positions, person)
    assert len(mine) == 1, [(p.person.text, p.title) for p in positions]
    p = mine[0]
    assert p.title == title
    assert (p.org.text if p.org else None) == org
    if org is not None:
        assert p.org.kb_id == org_kb
    assert p.org_name == org_name
    assert p.former is former
    _spans_ok(text, positions)


# A state office with no organisation written takes its state from context.
CONTEXT_STATE_CASES = [
    ("an earlier unnamed 'its foreign minister'",
     "Chile has asked its allies for help, its foreign minister said. "
     "Later, Foreign Minister Rosa Vidal told reporters that talks had failed.",
     "Rosa Vidal", "Chile"),
    ("an earlier unnamed 'X's foreign minister'",
     "Russia's foreign minister said the talks failed. Later, Foreign Minister Pavel Orlov met his Georgian counterpart.",
     "Pavel Orlov", "Russia"),
    ("in the capital of the article's state",
     "Serbia wants talks. Belgrade says Serbia is ready. "
     "Foreign Minister Jovan Ilic told reporters in Belgrade that talks had failed.",
     "Jovan Ilic", "Serbia"),
    ("a visitor in a foreign capital",
     "France met China. France said so, and France agreed. "
     "President Jules Martin told reporters in Beijing that talks had failed.",
     "Jules Martin", None),
    ("an ambassador's posting is no employer", "Ambassador Rosa Vidal spoke to reporters in Madrid.",
     "Rosa Vidal", None),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,state", CONTEXT_STATE_CASES, ids=[c[0] for c in CONTEXT_STATE_CASES])
def test_relations_position_state_from_context(nlp, name, text, person, state):
    _, positions, _ = _run(nlp, text)
    mine = _pos(positions, person)
    assert len(mine) == 1, [(p.person.text, p.title) for p in positions]
    assert (mine[0].org.kb_id if mine[0].org else None) == state
    _spans_ok(text, positions)


# A Title-Case office handed over by a verb or by "as".
VERB_TITLE_CASES = [
    ("becomes, after a relative clause",
     "Lena Varga, who has run the health portfolio since 2019, becomes Treasurer, replacing Tom Reid.",
     "Lena Varga", "treasurer"),
    ("as Minister for A and B",
     "The Premier promoted Wellington MP Jo Tane to cabinet as Minister for Roads and Rail, in a shake-up.",
     "Jo Tane", "minister for roads and rail"),
    ("will remain", "Ms Varga, who will also remain Minister for Housing, said nothing.",
     "Varga", "minister for housing"),
    ("was appointed, hyphenated title", "Tom Reid was appointed Attorney-General on Monday.",
     "Tom Reid", "attorney-general"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title", VERB_TITLE_CASES, ids=[c[0] for c in VERB_TITLE_CASES])
def test_relations_position_title_after_verb(nlp, name, text, person, title):
    _, positions, _ = _run(nlp, text)
    got = [(p.title, p.org) for p in _pos(positions, person)]
    assert (title, None) in got, got
    _spans_ok(text, positions)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Tom Reid said the Treasurer had lied.", "Tom Reid, who served as a soldier, spoke."])
def test_relations_position_title_after_verb_needs_an_office(nlp, text):
    _, positions, _ = _run(nlp, text)
    assert _pos(positions, "Tom Reid") == []


@pytest.mark.model
def test_relations_position_head_of_section_at_center(nlp):
    text = ("Marta Kovac, head of the Policy Section at the Vienna-based Institute for Peace Studies, "
            "disagreed.")
    _, positions, relations = _run(nlp, text)
    p = _pos(positions, "Marta Kovac")[0]
    # the unit is part of the title, the institution is the employer
    assert (p.title, p.org.text, p.org.label) == ("head of Policy Section", "Institute for Peace Studies", "ORG")
    assert ("Institute for Peace Studies", "locatedIn", "Vienna") in _rel_set(relations)


@pytest.mark.model
def test_relations_position_most_specific_org_keeps_owner_name(nlp):
    text = "Lars Berg, a senior fellow at Uppsala University's Centre for Baltic Studies, told reporters."
    _, positions, _ = _run(nlp, text)
    p = _pos(positions, "Lars Berg")[0]
    assert p.title == "senior fellow"
    assert p.org.text == "Centre for Baltic Studies"
    assert p.org_name == "Uppsala University's Centre for Baltic Studies"


@pytest.mark.model
def test_relations_position_coordinated_titles(nlp):
    text = "In May, former Serbian president and deputy head of the Security Council, Goran Ilic, resigned."
    _, positions, _ = _run(nlp, text)
    got = {(p.title, p.org.text if p.org else None, p.former) for p in _pos(positions, "Goran Ilic")}
    assert got == {("president", "Serbian", True), ("deputy head", "Security Council", False)}


@pytest.mark.model
def test_relations_position_counterpart_takes_the_possessor_title(nlp):
    text = ("Taiwan's President Lin Wei-ming met his Paraguayan counterpart Carlos Benitez "
            "in Asuncion on Monday.")
    _, positions, _ = _run(nlp, text)
    lin = _pos(positions, "Lin Wei-ming")[0]
    assert (lin.title, lin.org.kb_id, lin.org.label) == ("president", "Taiwan", "TERRITORY")
    ben = _pos(positions, "Carlos Benitez")[0]
    assert (ben.title, ben.org.kb_id) == ("president", "Paraguay")


# --------------------------------------------------------------------------- relations

RELATION_CASES = [
    ("invaded: the object before a relative clause", "Kuwait, which Iraq invaded in 1990, spoke first.",
     ("Iraq", "invaded", "Kuwait")),
    ("invaded: coordinated objects", "Germany invaded Denmark and Norway in 1940.", ("Germany", "invaded", "Norway")),
    ("memberOf: a copula listing the members", "The three members of NATO present were Chile, Peru and Spain.",
     ("Peru", "memberOf", "NATO")),
    ("memberOf: belongs to", "Ghana also belongs to the Economic Community of West African States.",
     ("Ghana", "memberOf", "ECOWAS")),
    ("memberOf: coordinated subjects of 'joined'", "Both Chile and Peru joined NATO in 2030.",
     ("Peru", "memberOf", "NATO")),
    ("memberOf: a party before a legislator's title", "Labour MP Anna Berg said the vote was close.",
     ("Anna Berg", "memberOf", "Labour")),
    ("memberOf: a party before 'MP for <seat>'", "Labour MP for Leeds Anna Berg said the vote was close.",
     ("Anna Berg", "memberOf", "Labour")),
    ("memberOf: 'Rep. Name of the X Party of <country>'", "Rep. Min Ji-woo of the Democratic Party of Korea "
     "posted on Facebook.", ("Min Ji-woo", "memberOf", "Democratic Party of Korea")),
    ("spouse: 'Her husband, Name,' after her sentence", "Maria Lopez lost her roof in the storm. Her husband, "
     "Jorge Ruiz, was more bitter.", ("Jorge Ruiz", "spouse", "Maria Lopez")),
    ("locatedIn: 'the commercial centre of' a country", "In Apia, the commercial centre of Samoa, the debate "
     "is about sea walls.", ("Apia", "locatedIn", "Samoa")),
    ("locatedIn: a base 'in northwest' a land", "The US keeps troops at the Narsaq Space Base in northwest Greenland.",
     ("Narsaq Space Base", "locatedIn", "Greenland")),
    ("locatedIn: a comma and a subdivision", "Fishermen marched through Calabar, Cross River State, on Monday.",
     ("Calabar", "locatedIn", "Cross River State")),
    ("locatedIn: an appositive 'in' phrase", "Uiseong County, in North Gyeongsang Province, runs the port.",
     ("Uiseong County", "locatedIn", "North Gyeongsang Province")),
    ("locatedIn: 'on' an island", "She lives at Lunawanna on Maria Island with her husband.",
     ("Lunawanna", "locatedIn", "Maria Island")),
    ("locatedIn: 'which lies in' an archipelago", "Moroni, which lies in the Comoros archipelago, is poor.",
     ("Moroni", "locatedIn", "Comoros archipelago")),
    ("spouse: married to a hyphen-born description", "Mira Pavlovic, who is married to the Swedish-born fisheries "
     "economist Petr Holm, spoke first.", ("Mira Pavlovic", "spouse", "Petr Holm")),
    ("memberOf: a coordinated copula", "Norway is a founding member of NATO and has been a member of the Nordic "
     "Council since 1952.", ("Norway", "memberOf", "Nordic Council")),
    ("memberOf: a copula in a relative clause", "Senator Ada Obi, who represents Kano North and is a member of the "
     "Peoples Democratic Party, spoke.", ("Ada Obi", "memberOf", "Peoples Democratic Party")),
    ("memberOf: of the party after the name", "Councillor Tom Reid, of the Green Party, voted against.",
     ("Tom Reid", "memberOf", "Green Party")),
    ("memberOf: who leads the X party", "Mira Pavlovic, who leads the centre-right Samling Folk (SF) party, spoke.",
     ("Mira Pavlovic", "memberOf", "Samling Folk")),
    ("sharesBorderWith: whose border is with", "Portugal, whose only land border is with Spain, has no other "
     "neighbour.", ("Portugal", "sharesBorderWith", "Spain")),
    ("sharesBorderWith: the subject hung on a clause", "Norway, whose only land border in the west is with Sweden, "
     "has also shared a land border with Russia since 1944.", ("Norway", "sharesBorderWith", "Russia")),
    ("locatedIn: the demonym state of X", "Pune is a city in the Indian state of Maharashtra.",
     ("Maharashtra", "locatedIn", "India")),
    ("spouse: she after a settlement name is the speaker", "At the Adok settlement near Bor, Mira Pavlovic, 52, "
     "said she fled with her husband, Nikola Jovic, in 2019.", ("Nikola Jovic", "spouse", "Mira Pavlovic")),
    ("spouse: who is married to", "Nikola Jovic, who is married to the actress Mira Pavlovic, stayed home.",
     ("Nikola Jovic", "spouse", "Mira Pavlovic")),
    ("spouse: X's husband, Y", "Pavlovic's husband, Nikola Jovic, declined to comment.",
     ("Nikola Jovic", "spouse", "Pavlovic")),
    ("spouse: X married Y", "Ana Lind married Petr Holm in 1990.",
     ("Ana Lind", "spouse", "Petr Holm")),
    ("border: shares a border with", "Georgia shares a long border with Russia.",
     ("Georgia", "sharesBorderWith", "Russia")),
    ("border: X and Y share", "Serbia and Hungary share a border.",
     ("Serbia", "sharesBorderWith", "Hungary")),
    ("border: X borders Y", "Armenia borders Georgia and Iran.",
     ("Armenia", "sharesBorderWith", "Iran")),
    ("invasion noun", "Russia's invasion of Georgia in 2008 shocked Europe.",
     ("Russia", "invaded", "Georgia")),
    ("invasion verb", "Turkey invaded Cyprus in 1974.",
     ("Turkey", "invaded", "Cyprus")),
    ("invasion by the capital, object from context",
     "Russia invaded Georgia in 2008. Moscow's invasion lasted five days.",
     ("Russia", "invaded", "Georgia")),
    ("member: a NATO member", "Albania, a NATO member, sent troops.",
     ("Albania", "memberOf", "NATO")),
    ("member: is a member of", "Estonia is a member of the European Union.",
     ("Estonia", "memberOf", "European Union")),
    ("member: person in a party",
     "Pavel Orlov, a member of the political council of the ruling United Russia party, spoke.",
     ("Pavel Orlov", "memberOf", "United Russia")),
    ("located: COUNTRY's second city", "Prizren, Kosovo's second city, hosted the festival.",
     ("Prizren", "locatedIn", "Kosovo")),
    ("located: , in TERRITORY", "Tskhinvali, in South Ossetia, was shelled.",
     ("Tskhinvali", "locatedIn", "South Ossetia")),
    ("located: X-based", "The Tbilisi-based Centre for Policy Studies published a report.",
     ("Centre for Policy Studies", "locatedIn", "Tbilisi")),
    ("located: the DEMONYM capital", "Protesters gathered in the Georgian capital Tbilisi.",
     ("Tbilisi", "locatedIn", "Georgia")),
    ("annexed", "Russia annexed Crimea in 2014.", ("Russia", "annexed", "Crimea")),
    ("claims", "China claims Taiwan as its territory.", ("China", "claims", "Taiwan")),
    ("claims in a relative clause", "Serbia borders Kosovo, which Belgrade still claims.",
     ("Serbia", "claims", "Kosovo")),
    ("border: in a coordinated relative clause", "Mali, which hosts the talks and shares a border with Niger, agreed.",
     ("Mali", "sharesBorderWith", "Niger")),
    ("member: a person's seat", "Tomas Berg, a Danish member of the European Parliament, asked a question.",
     ("Tomas Berg", "memberOf", "European Parliament")),
    ("member: two coordinated bodies", "Portugal, a member of NATO and the European Union, sent observers.",
     ("Portugal", "memberOf", "European Union")),
    ("member: first of two coordinated bodies", "Portugal, a member of NATO and the European Union, sent observers.",
     ("Portugal", "memberOf", "NATO")),
    ("member: an EU member state", "Greece, an EU member state, objected.", ("Greece", "memberOf", "European Union")),
    ("member: both members of", "Fiji and Samoa are both members of the Commonwealth.",
     ("Fiji", "memberOf", "Commonwealth")),
    ("member: in a relative clause", "Chile, which is still a member of the Andean Community, abstained.",
     ("Chile", "memberOf", "Andean Community")),
    ("located: the DEMONYM capital, X (after a preposition)", "Officials met in the Croatian capital, Zagreb, today.",
     ("Zagreb", "locatedIn", "Croatia")),
    ("located: an institute in a city", "Analysts at the Brookings Institution in Washington disagreed.",
     ("Brookings Institution", "locatedIn", "Washington")),
    ("located: X, a think tank in City", "The report came from Demos-Lab, a think tank in Lisbon, on Monday.",
     ("Demos-Lab", "locatedIn", "Lisbon")),
    ("located: X, a town in COUNTRY", "She lives in Vardenis, a town in eastern Armenia.",
     ("Vardenis", "locatedIn", "Armenia")),
    ("spouse: his wife, Y after a participle", "Mr Halvorsen said, standing beside his wife, Ingrid Halvorsen.",
     ("Ingrid Halvorsen", "spouse", "Halvorsen")),
    ("spouse: X and her husband, Y", "Maria Lindqvist and her husband, Tomas Berg, run the bakery.",
     ("Tomas Berg", "spouse", "Maria Lindqvist")),
    ("spouse: X, whose wife, Y,", "Guests included Tomas Berg, whose wife, Ingrid Dahl, sang.",
     ("Ingrid Dahl", "spouse", "Tomas Berg")),
    ("spouse: a nickname inside the name", 'Across the road, Konstantin "Kostya" Ivanov and his wife, Olga Ivanova, '
     'run a bakery.', ("Olga Ivanova", "spouse", 'Konstantin "Kostya" Ivanov')),
    ("border: apposed neighbours that share a border", "Chile and Peru — neighbours that share a long border — "
     "disagree.", ("Chile", "sharesBorderWith", "Peru")),
    ("located: a body in the DEMONYM capital, X", "Members of the National Assembly in the Maltese capital, "
     "Valletta, voted.", ("National Assembly", "locatedIn", "Valletta")),
    ("located: the capital after a body", "Members of the National Assembly in the Maltese capital, Valletta, voted.",
     ("Valletta", "locatedIn", "Malta")),
    ("located: a town in a region", "She lives in Kirkby, a town in Merseyside near the coast.",
     ("Kirkby", "locatedIn", "Merseyside")),
    ("located: a city on the tip of a region", "She came from Wakkanai, a fishing city on the northern tip of "
     "Hokkaido.", ("Wakkanai", "locatedIn", "Hokkaido")),
    ("located: a possessor's named ward", "The rally in Osaka's Kita Ward drew a crowd.",
     ("Kita Ward", "locatedIn", "Osaka")),
    ("located: X-based with the place read as a body", "Loans went to Harrisburg-based Keystone Valley Health's "
     "new tower.", ("Keystone Valley Health", "locatedIn", "Harrisburg")),
    ("member: of which X is a founding member", "The Pacific Islands Forum (PIF), of which Fiji is a founding "
     "member, issued a statement.", ("Fiji", "memberOf", "Pacific Islands Forum")),
    ("member: both refers to the pair named before", "Chile and Peru met. Both are members of the Shanghai "
     "Cooperation Organisation.", ("Peru", "memberOf", "Shanghai Cooperation Organisation")),
    ("member: a term as a non-permanent member", "Chile, which began a two-year term as a non-permanent member "
     "of the UN Security Council in January, spoke.", ("Chile", "memberOf", "UN Security Council")),
    ("member: like B a member of", "Paraguay, like Brazil a member of the Mercosur trade bloc, agreed.",
     ("Brazil", "memberOf", "Mercosur")),
    ("member: neither A nor B, both members of an X-led body", "Neither Kyrgyzstan nor Tajikistan, both members "
     "of the Russian-led Collective Security Treaty Organization (CSTO), recognises Abkhazia.",
     ("Kyrgyzstan", "memberOf", "Collective Security Treaty Organization")),
    ("border: both countries", "Chile and Peru, which share a long border, met. Bolivia, which borders both "
     "countries, stayed away.", ("Bolivia", "sharesBorderWith", "Peru")),
    ("border: a description that borders", "Transnistria, a strip of land on the eastern bank of the Dniester "
     "that borders Ukraine, declared independence.", ("Transnistria", "sharesBorderWith", "Ukraine")),
    ("invaded: the pronoun of an adverbial clause", "The valley that Iraq seized when it invaded Kuwait in 1990 "
     "is dry.", ("Iraq", "invaded", "Kuwait")),
    ("invaded: the islands in focus", "Britain holds the Falklands. Argentina, which invaded the islands in "
     "April 1982, lost.", ("Argentina", "invaded", "Falkland Islands")),
    ("located: a community in the end of a city", "Lively, a community in the south end of Greater Sudbury, "
     "voted.", ("Lively", "locatedIn", "Greater Sudbury")),
    ("located: an institute with an acronym aside in a city", "Anna Berg is a senior fellow at the Swedish "
     "Institute of International Affairs (UI) in Stockholm.",
     ("Swedish Institute of International Affairs", "locatedIn", "Stockholm")),
    ("locatedIn: an untagged governorate of a country", "The fishing port of Sur Varni, in Oman\u2019s Western "
     "Governorate, reopened.", ("Sur Varni", "locatedIn", "Western Governorate")),
    ("border: sharing a neighbour's border", "Niger has long shared Chad\u2019s longest land border.",
     ("Niger", "sharesBorderWith", "Chad")),
    ("border: a pair that has a land border", "Chad and Niger have a long land border across the desert.",
     ("Chad", "sharesBorderWith", "Niger")),
    ("border: bordered by", "Mali is bordered by Niger and Algeria to the east.", ("Mali", "sharesBorderWith", "Algeria")),
    ("memberOf: sitting with a group in a chamber", "Ali Karimi sits with the Al Noor Bloc in the National Assembly.",
     ("Ali Karimi", "memberOf", "Al Noor Bloc")),
    ("memberOf: a body among listed members", "The Reef Council, whose members are Fiji, Samoa and the Kanak VRF, "
     "meets in May.", ("VRF", "memberOf", "Reef Council")),
    ("locatedIn: a city, a comma and a territory", "The ferry left Papeete, French Polynesia, on Sunday.",
     ("Papeete", "locatedIn", "French Polynesia")),
    ("memberOf: a party's short name read as a nationality", "Greens councillor Ana Blom asked for a recount.",
     ("Ana Blom", "memberOf", "Greens")),
]


# Parties, memberships, containers and spouses written in ways the first patterns missed.
RELATION_MORE_CASES = [
    ("MP for a party with a possessive name",
     "Omar Said, an MP for the Nation's Renewal Party who represents Giza, wrote on Facebook that it was bad.",
     {("Omar Said", "memberOf", "Nation's Renewal Party")}),
    ("MP for a party with an adjective", "Omar Said, an MP for the Free Egyptians Party, spoke.",
     {("Omar Said", "memberOf", "Free Egyptians Party")}),
    ("a party name before a legislator title", "Kila Mou, a Wantok Pati MP for the Lae electorate, spoke.",
     {("Kila Mou", "memberOf", "Wantok Pati")}),
    ("a nationality before a legislator title is no party", "Ana Lind, a Swedish MP for Malmo, spoke.", set()),
    ("member of a country's congress for a party",
     "Tomas Ruiz, a member of Peru's Congress for the Podemos party, posted on X that it was wrong.",
     {("Tomas Ruiz", "memberOf", "Congress"), ("Tomas Ruiz", "memberOf", "Podemos")}),
    ("the party's member noun as appositive", "The local MLA, Lia Brandt, a Social Democrat, wrote to residents.",
     {("Lia Brandt", "memberOf", "Social Democrat")}),
    ("a plural possessive inside a union's name",
     "Mary Bell, a registered nurse and a member of the Ontario Nurses' Association, said staff were tired.",
     {("Mary Bell", "memberOf", "Ontario Nurses' Association")}),
    ("coordinated subjects of a relative clause",
     "Chile and Peru, which share a border and are both members of the Andean Community, argued.",
     {("Chile", "sharesBorderWith", "Peru"), ("Chile", "memberOf", "Andean Community"),
      ("Peru", "memberOf", "Andean Community")}),
    ("', as is X' after a membership",
     "Peru, which borders Ecuador, is a member of the Andean Community, as is Bolivia.",
     {("Peru", "sharesBorderWith", "Ecuador"), ("Peru", "memberOf", "Andean Community"),
      ("Bolivia", "memberOf", "Andean Community")}),
    ("the coast's modifier is no container", "Assab, a port town on the Red Sea coast of Eritrea, grew fast.",
     {("Assab", "locatedIn", "Eritrea")}),
    ("a region of a state, and the state", "Lunenburg, a town of about 2,000 people on the South Shore of Nova "
     "Scotia, sits by the sea.",
     {("Lunenburg", "locatedIn", "South Shore"), ("Lunenburg", "locatedIn", "Nova Scotia"),
      ("South Shore", "locatedIn", "Nova Scotia")}),
    ("a territory's appositive", "Bougainville, an autonomous region of Papua New Guinea, has 300,000 people.",
     {("Bougainville", "locatedIn", "Papua New Guinea")}),
    ("a former province is no container", "Kosovo, a former province of Serbia, declared independence.", set()),
    ("a surname the tagger reads as a noun, a title before the spouse",
     "Senator Ana Reyes spoke. Reyes is married to former Cebu governor Tomas Reyes.",
     {("Ana Reyes", "spouse", "Tomas Reyes")}),  # the short name widened to the earlier full one
    ("a compound place noun before the head", "Dalun, a port town on the coast of Eritrea, grew fast.",
     {("Dalun", "locatedIn", "Eritrea")}),
    ("a party in brackets after a councillor", "Councillor Mary Walsh (Fianna Fáil) proposed the motion.",
     {("Mary Walsh", "memberOf", "Fianna Fáil")}),
    ("a party in brackets after a senator", "Senator Tom Reed (Labour) opposed it.",
     {("Tom Reed", "memberOf", "Labour Party")}),  # the short name of a listed party
    ("'for' inside a body's own name is kept",
     "Lena Berg, a member of the Council for Trade and Development, spoke.",
     {("Lena Berg", "memberOf", "Council for Trade and Development")}),
    ("a capitalised adjective is no surname", "Senator Ana Young spoke. Young people marched in Lima.", set()),
    ("a constituency in brackets is no party", "Councillor Ana Mills (Peru) spoke.", set()),
    ("a lower-case aside in brackets is no party", "Senator Tom Reed (pictured) spoke.", set()),
    ("a member of both A and B", "Portugal, a member of both the European Union and NATO, signed the deal.",
     {("Portugal", "memberOf", "European Union"), ("Portugal", "memberOf", "NATO")}),
    ("a member of the bloc named before", "Uruguay joined Mercosur in 1991, and Chile, also a member of the bloc, "
     "applied later.", {("Uruguay", "memberOf", "Mercosur"), ("Chile", "memberOf", "Mercosur")}),
    ("has a border with, the border a second object", "Chad has troops in the region and a 1,300-km border with Sudan.",
     {("Chad", "sharesBorderWith", "Sudan")}),
    ("a border dispute is no border", "Kenya and Tanzania have a border dispute.", set()),
    ("a pair sharing a border in a relative clause on the second",
     "Romania, an EU member since 2007, and Bulgaria, which share a long land border, signed the deal.",
     {("Romania", "memberOf", "European Union"), ("Romania", "sharesBorderWith", "Bulgaria")}),
    ("married to, in a relative clause on an appositive",
     "Tomas Ruiz, a Spanish architect who has lived in Lima since 2010 and is married to Elena Soto, spoke.",
     {("Tomas Ruiz", "spouse", "Elena Soto")}),
    ("a party glued to a seat abbreviation", "Maeve Brennan, a Fianna Fáil TD for Kerry, wrote to the minister.",
     {("Maeve Brennan", "memberOf", "Fianna Fáil")}),
    ("lies in a prefecture", "Sapporo lies in Hokkaido Prefecture, the northernmost prefecture.",
     {("Sapporo", "locatedIn", "Hokkaido Prefecture")}),
    ("the largest of a group of islands", "Ishigaki Island, the largest of the Yaeyama Islands, was quiet.",
     {("Ishigaki Island", "locatedIn", "Yaeyama Islands")}),
    ("one of a group of islands", "Tanna Island, one of the Tafea Islands, was quiet.",
     {("Tanna Island", "locatedIn", "Tafea Islands")}),
    ("its capital, the land the subject in focus",
     "Turkey is big. Its exports grew, and its capital, Ankara, grew.", {("Ankara", "locatedIn", "Turkey")}),
    ("serves as the Y capital, in a relative clause on an appositive",
     "Troops stayed out of Beira, the port city that serves as the Sofala capital.",
     {("Beira", "locatedIn", "Sofala")}),
    ("serves as the capital of Y", "Dodoma serves as the capital of Tanzania.", {("Dodoma", "locatedIn", "Tanzania")}),
    ("lies in, after an appositive, and a prefecture's appositive owner",
     "Sapporo, a city of two million, lies in Hokkaido Prefecture, Japan's northernmost prefecture.",
     {("Sapporo", "locatedIn", "Hokkaido Prefecture"), ("Hokkaido Prefecture", "locatedIn", "Japan"),
      ("Sapporo", "locatedIn", "Japan")}),  # the last from the gazetteer city and its country in the sentence
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", RELATION_MORE_CASES, ids=[c[0] for c in RELATION_MORE_CASES])
def test_relations_relation_parties_memberships_and_containers(nlp, name, text, expected):
    _, _, relations = _run(nlp, text)
    assert _rel_set(relations) == expected
    _spans_ok(text, relations)


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", RELATION_CASES, ids=[c[0] for c in RELATION_CASES])
def test_relations_relation_patterns(nlp, name, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected in _rel_set(relations)
    _spans_ok(text, relations)


def test_relations_hyphenated_given_name_read_as_interjection():
    """"Kim Ha-rin" with "Ha" tagged as an interjection is still one name (a hand-built Doc, no model)."""
    import spacy
    from spacy.tokens import Doc

    words = ["Kim", "Ha", "-", "rin", ",", "a", "lecturer", ",", "spoke", "."]
    spaces = [True, False, False, False, True, True, False, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              pos=["PROPN", "INTJ", "PUNCT", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
              tags=["NNP", "UH", "HYPH", "NN", ",", "DT", "NN", ",", "VBD", "."],
              heads=[8, 3, 3, 0, 0, 6, 0, 0, 8, 8],
              deps=["nsubj", "compound", "punct", "appos", "punct", "det", "appos", "punct", "ROOT", "punct"],
              sent_starts=[True] + [False] * 9)
    ix = _index(doc, _article(doc.text))
    assert [doc[s:e].text for s, e in ix.persons] == ["Kim Ha-rin"]


NO_RELATION_CASES = [
    ("a list of cities is no containment", "Talks were held in Paris, Berlin and Madrid.", "locatedIn"),
    ("a list of four cities", "Talks were held in Lima, Quito, Bogota and Caracas.", "locatedIn"),
    ("a nationality before the title is no party", "Chilean MP Anna Berg said the vote was close.", "memberOf"),
    ("'Former' before the title is no party", "Former MP Anna Berg said the vote was close.", "memberOf"),
    ("a seat before the title is no party", "Premier Ann Lowe promoted Bellarine MP Anna Berg to cabinet.", "memberOf"),
    ("'never joined'", "Norway never joined the European Union.", "memberOf"),
    ("a pair's border dispute is no border", "Chad and Niger have a border dispute.", "sharesBorderWith"),
    ("sitting with a person is no membership", "Ana Blom sits with her husband in the Council chamber.",
     "memberOf"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,kind", NO_RELATION_CASES, ids=[c[0] for c in NO_RELATION_CASES])
def test_relations_no_relation(nlp, name, text, kind):
    _, _, relations = _run(nlp, text)
    assert [r for r in relations if r.kind == kind] == []


@pytest.mark.model
def test_relations_invasion_without_object_is_skipped(nlp):
    _, _, relations = _run(nlp, "Moscow's invasion began at dawn.")
    assert [r for r in relations if r.kind == "invaded"] == []


@pytest.mark.model
def test_relations_negated_relations_are_skipped(nlp):
    _, _, relations = _run(nlp, "Ana Lind is not married to Petr Holm. Serbia does not border Ukraine.")
    assert {r.kind for r in relations} & {"spouse", "sharesBorderWith"} == set()


@pytest.mark.model
@pytest.mark.parametrize("text", ["Chile is not a member of NATO.", "Chile is no longer a member of NATO.",
                                  "Chile, which is not a member of NATO, abstained."])
def test_relations_negated_membership_is_skipped(nlp, text):
    _, _, relations = _run(nlp, text)
    assert [r for r in relations if r.kind == "memberOf"] == []


@pytest.mark.model
@pytest.mark.parametrize("text", ["He spoke to the BBC in London on Monday.",
                                  "NATO met in Brussels on Friday."])
def test_relations_events_in_a_city_place_no_body(nlp, text):
    _, _, relations = _run(nlp, text)
    assert [r for r in relations if r.kind == "locatedIn"] == []


@pytest.mark.model
@pytest.mark.parametrize("text,not_person", [
    ("She is an economist at the Expert-Grup think tank in Chisinau.", "Grup"),
    ("They fled to Vardenis, a town near the border. Life in Vardenis is hard.", "Vardenis"),
])
def test_relations_place_shaped_names_are_not_persons(nlp, text, not_person):
    """A name in apposition to a place noun is a place; "the region's leader" is no such noun."""
    doc = nlp(text)
    from graph.relations import _index
    ix = _index(doc, _article(text))
    assert not any(not_person in doc[s:e].text for s, e in ix.persons)


@pytest.mark.model
def test_relations_leader_of_a_region_stays_a_person(nlp):
    text = "Vitaly Gorov, the region's Moscow-backed leader, spoke on Wednesday."
    _, positions, _ = _run(nlp, text)
    assert [p.title for p in _pos(positions, "Vitaly Gorov")] == ["leader"]


# --------------------------------------------------------------------------- totality

ODD_TEXTS = ["", "   \n\n ", "\u200b\x00 …", "?!", "Kosovo", "“”", "-" * 50, "Spain " * 300,
             "recognise recognise recognition of of of , , ,", "His country. Its. Their. He said."]


@pytest.mark.model
@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_relations_total_on_odd_input(nlp, text):
    stances, positions, relations = _run(nlp, text)
    assert isinstance(stances, list) and isinstance(positions, list) and isinstance(relations, list)
    _spans_ok(text, [*stances, *positions, *relations])


def test_relations_total_without_parser_or_sentences():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    text = "Spain does not recognise Kosovo. Lena Markovic, the Serbian foreign minister, agreed."
    art = _article(text)
    doc = nlp(text)
    assert list(extract_stances(doc, art)) == []
    assert isinstance(list(extract_positions(doc, art)), list)
    assert isinstance(list(extract_relations(doc, art)), list)


@pytest.mark.model
def test_relations_results_are_stable_across_calls(nlp):
    text = "Spain does not recognise Kosovo. Ana Silva, Spain's foreign minister, agreed."
    art = _article(text)
    doc = nlp(text)
    first = (list(extract_stances(doc, art)), list(extract_positions(doc, art)))
    again = (list(extract_stances(doc, art)), list(extract_positions(doc, art)))
    assert first == again
    assert first[0][0].evidence.article == "t.txt"


_FUZZ_WORDS = ["Spain", "Kosovo", "Abkhazia", "the", "Kremlin", "Moscow", "Kazakh", "president", "foreign",
               "minister", ",", ".", "?", "not", "never", "recognise", "recognition", "non-recognition", "of",
               "refused", "to", "his", "its", "they", "Ana", "Silva", "'s", "married", "border", "shares",
               "with", "invasion", "annexation", "member", "NATO", "-based", "former", "ex-", "“", "”", "(", ")",
               "\n\n", "quasi-state", "same", "applies", "if", "is", "a", "head", "at", "Centre", "for", "Studies"]


@pytest.mark.model
@pytest.mark.slow
def test_relations_total_on_random_word_salad(nlp):
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.settings(max_examples=60, deadline=None, database=None,
                         suppress_health_check=list(hypothesis.HealthCheck))
    @hypothesis.given(st.one_of(st.lists(st.sampled_from(_FUZZ_WORDS), max_size=40).map(" ".join),
                                st.text(max_size=80)))
    def check(text):
        stances, positions, relations = _run(nlp, text)
        _spans_ok(text, [*stances, *positions, *relations])

    check()


# the eighth-session families: ranks between title and name, cabinet portfolios, relative-clause titles
TITLE_RANK_CASES = [
    ("a title in 'who has been' relative clause", "Dr Ana Moss, who has been Ghana's foreign minister since 2021, "
     "spoke first.", "Ana Moss", "foreign minister", "Ghana", False),
    ("Malay 'Menteri Besar' before the name", "Perak Menteri Besar Hakim Rosli said the state would appeal.",
     "Hakim Rosli", "menteri besar", "Perak", False),
    ("'minister of state for X in COUNTRY'", "Speaking in Accra, Tomas Berg, minister of state for trade in Ghana, "
     "defended the plan.", "Tomas Berg", "minister of state for trade", "Ghana", False),
    ("a cabinet secretary abbreviated 'CS'", "At the port, Interior CS Paul Kamau read a statement.",
     "Paul Kamau", "interior cabinet secretary", None, False),
    ("a retired justice is a former one", "Retired High Court associate justice Mary Blake said the ruling stands.",
     "Mary Blake", "associate justice", "High Court", True),
    ("ranks between the title and the name", "Army spokesman Brig. Gen. John Doe spoke after the parade.",
     "John Doe", "army spokesman", None, False),
    ("'Administrator' is a title word, not a given name", "Lagos Chief Administrator Ben Ade Ola said four people "
     "died.", "Ben Ade Ola", "chief administrator", "Lagos", False),
    ("the level of government belongs to the title", "City Manager Ellen Pratt said the city hopes to pay.",
     "Ellen Pratt", "city manager", None, False),
    ("a portfolio with 'and' before 'Minister'", "Foreign and Diaspora Affairs Minister Jane Doe said the talks "
     "would resume.", "Jane Doe", "foreign and diaspora affairs minister", None, False),
    ("a nationality before a portfolio is the state", "Chilean Defense Secretary Ramon Cruz spoke first.",
     "Ramon Cruz", "defense secretary", "Chilean", False),
    ("the host of a posting stays in the title", "Tomas Berg, Czech ambassador to Peru, said so.",
     "Tomas Berg", "ambassador to Peru", "Czech", False),
    ("a capitalised portfolio after 'for' before the name", "\"No deal,\" Deputy Prime Minister for "
     "Reconciliation Ana Vidal told reporters.", "Ana Vidal", "deputy prime minister for reconciliation", None,
     False),
    ("an honorific between the title and the name", "Foreign Minister Dr Ana Blom flew to Oslo on Monday.",
     "Ana Blom", "foreign minister", None, False),
    ("a comma-listed portfolio in a reverse appositive", "The Minister of Health, Sport and Culture, Rita Kalo, "
     "opened the clinic.", "Rita Kalo", "minister of health", None, False),
    ("a country opening a party's name before a backbencher", "Yesterday Grenada Labour Party backbencher Ana Blom "
     "voted no.", "Ana Blom", "backbencher", "Grenada Labour Party", False),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org,former", TITLE_RANK_CASES, ids=[c[0] for c in TITLE_RANK_CASES])
def test_relations_position_titles_ranks_and_portfolios(nlp, name, text, person, title, org, former):
    _, positions, _ = _run(nlp, text)
    mine = _pos(positions, person)
    assert [p.title for p in mine] == [title], [(p.person.text, p.title) for p in positions]
    assert (mine[0].org.text if mine[0].org else None) == org
    assert mine[0].former is former
    _spans_ok(text, positions)


@pytest.mark.model
@pytest.mark.parametrize("text,person,title,state", [
    ("Ambassador Jane Roe, who heads Ghana's mission in Lagos, left early.", "Jane Roe", "head of mission",
     "Ghana"),
    ("Lena Holm, who leads the Swedish delegation, said the talks failed.", "Lena Holm", "head of delegation", "Sweden"),
])
def test_relations_position_head_of_a_state_mission(nlp, text, person, title, state):
    _, positions, _ = _run(nlp, text)
    got = {(p.title, p.org.kb_id) for p in _pos(positions, person) if p.org is not None}
    assert (title, state) in got


AWARD_CLAIM_CASES = [
    ("respecting the award of two lands", "Ghana accepts the tribunal's award of Kosovo to Serbia and of "
     "Abkhazia to Georgia.", {("Ghana", "recognises", "Kosovo"), ("Ghana", "recognises", "Abkhazia")}),
    ("never accepting that X belongs to Y", "Ghana did not accept that Kosovo belongs to Serbia, officials "
     "said.", {("Ghana", "doesNotRecognise", "Kosovo")}),
    ("accepting that X does not belong to Y", "Ghana accepts that Kosovo does not belong to Serbia.",
     {("Ghana", "doesNotRecognise", "Kosovo")}),
    ("never accepting a claim by Y over X", "Ghana cannot accept a claim by Serbia over Kosovo.",
     {("Ghana", "doesNotRecognise", "Kosovo")}),
    ("upholding Y's claim to X", "Japan upholds Serbia's claim to Kosovo.",
     {("Japan", "recognises", "Kosovo")}),
    ("respecting Y's sovereignty over X", "New Zealand respects Serbia's sovereignty over Kosovo.",
     {("New Zealand", "recognises", "Kosovo")}),
    ("'neither A's claim nor B's claim'", "Kenya backs neither Serbia's claim nor Albania's claim to Kosovo.",
     {("Kenya", "doesNotRecognise", "Kosovo")}),
    ("'no claim'", "Kenya recognises no claim to Kosovo.", {("Kenya", "doesNotRecognise", "Kosovo")}),
    ("rejecting Y's claim keeps its polarity", "Ghana rejects Serbia's claim to Kosovo.",
     {("Ghana", "doesNotRecognise", "Kosovo")}),
    ("a judgment is no territory", "Kenya respects the ruling of the court.", set()),
    ("an arbitral award is no territory", "Chile accepted the arbitral award of 1902.", set()),
    ("an acknowledged clause without 'belong' is no stance", "Ghana acknowledges that Kosovo had problems.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", AWARD_CLAIM_CASES, ids=[c[0] for c in AWARD_CLAIM_CASES])
def test_relations_stance_awards_claims_and_belonging(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


def _quoted_stances(nlp, text: str):
    from graph.quotes import extract_quotes

    art = _article(text)
    doc = nlp(text)
    quotes = list(extract_quotes(doc, art))
    return _stance_set(extract_stances(doc, art, quotes=quotes)), _stance_set(extract_stances(doc, art))


WE_CASES = [
    ("a minister's 'we'", "\u201cWe support Morocco's sovereignty over Western Sahara,\u201d said Ana Lind, "
     "Peru's foreign minister.", ("Peru", "recognises", "Western Sahara")),
    ("a department spokesperson of the article's state", "Serbia protested again. Ministry of Foreign Affairs (MFA) "
     "spokesperson Ana Ilic spoke in Belgrade. \u201cWe will never recognize Kosovo,\u201d Ilic said.",
     ("Serbia", "doesNotRecognise", "Kosovo")),
    ("two states as salient: a listed city in the post's sentence", "Kenya and Uganda argued. Kenya and Uganda argued "
     "again, and Kenya appealed. In Mombasa on Monday, Foreign Affairs CS Ann Njeri spoke. \u201cWe shall never accept a claim by Uganda "
     "over Kosovo,\u201d Ms Njeri said.", ("Kenya", "doesNotRecognise", "Kosovo")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", WE_CASES, ids=[c[0] for c in WE_CASES])
def test_relations_stance_we_in_a_quote_is_the_speakers_state(nlp, name, text, expected):
    with_quotes, without = _quoted_stances(nlp, text)
    assert expected in with_quotes
    assert expected not in without  # the writer's "we" has no holder


@pytest.mark.model
def test_relations_stance_they_of_a_statement_source_is_not_the_main_subject(nlp):
    text = ("A U.S. envoy visited Western Sahara and said the plan stands, prompting letters from African "
            "allies that they do not recognize Morocco's claim to the territory.")
    stances, _, _ = _run(nlp, text)
    assert not {s for s in _stance_set(stances) if s[0] == "United States" and s[1] == "doesNotRecognise"}


NESTED_PLACE_CASES = [
    ("a bare 'in' between two places", "They ship maize to Port Victoria in Busia County every week.",
     {("Port Victoria", "locatedIn", "Busia County")}),
    ("an unlabelled town in a listed region", "The chief told assemblymen in Kota Bharu in Kelantan on Tuesday.",
     {("Kota Bharu", "locatedIn", "Kelantan")}),
    ("'A and B, both in Y'", "Warren and Orford, both in Grafton County, host the fair.",
     {("Warren", "locatedIn", "Grafton County"), ("Orford", "locatedIn", "Grafton County")}),
    ("'X, in southwestern Y,'", "Grafton County, in northwestern New Hampshire, has two ski hills.",
     {("Grafton County", "locatedIn", "New Hampshire")}),
    ("a comma before a listed region", "Skiers drive up from Burlington, Vermont, every winter.",
     {("Burlington", "locatedIn", "Vermont")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", NESTED_PLACE_CASES, ids=[c[0] for c in NESTED_PLACE_CASES])
def test_relations_located_in_nested_and_shared_places(nlp, name, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations)
    _spans_ok(text, relations)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "He protested in Paris in March and in London in 2019.",
    "She met Ana and Bob, both in Geneva, at the fair.",
    "Talks between Ana and Bob, both in Geneva, failed.",
    "He joined Acme Corp in Texas last year.",
])
def test_relations_no_nested_place_for_dates_people_or_firms(nlp, text):
    _, _, relations = _run(nlp, text)
    assert not [r for r in relations if r.kind == "locatedIn"]


MEMBERSHIP_AND_INVASION_CASES = [
    ("a fronted 'As fellow members of X'", "As members of the African Union, Ghana, Togo and Benin have held "
     "joint border drills since 2010.",
     {("Ghana", "memberOf", "African Union"), ("Togo", "memberOf", "African Union"), ("Benin", "memberOf", "African Union")}),
    ("'which sit with C and D in X'", "Chile and Peru, which sit with Brazil and Uruguay in the Organization of "
     "American States, are expected to speak.",
     {(c, "memberOf", "Organization of American States") for c in ("Chile", "Peru", "Brazil", "Uruguay")}),
    ("'A, like B and C, is a member of X'", "Morocco, like Tunisia and Egypt, is a member of the Arab League, which "
     "meets in Cairo.", {(c, "memberOf", "Arab League") for c in ("Morocco", "Tunisia", "Egypt")}),
    ("a nominal invasion of 'its' provinces", "Kuwait, which still remembers Iraq's 1990 invasion of its "
     "oil fields, voted against.", {("Iraq", "invaded", "Kuwait")}),
    ("a couple with one surname", "Tom and April Hale, who have been married for 40 years, run the bakery. "
     "\"It was her idea,\" Tom Hale said.", {("Tom Hale", "spouse", "April Hale")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", MEMBERSHIP_AND_INVASION_CASES,
                         ids=[c[0] for c in MEMBERSHIP_AND_INVASION_CASES])
def test_relations_fronted_members_invasion_of_its_land_and_couples(nlp, name, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations)
    _spans_ok(text, relations)


@pytest.mark.model
def test_relations_invasion_of_its_own_land_is_dropped(nlp):
    _, _, relations = _run(nlp, "Iraq's invasion of its neighbour in 1990 shocked the region.")
    assert not [r for r in relations if r.kind == "invaded" and r.object is not None
                and r.object.kb_id == r.subject.kb_id]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Some skiers come from as far as Burlington, Vt., to race.", ("Burlington", "locatedIn", "Vermont")),
    ("She grew up in Halifax, N.S., and moved west.", ("Halifax", "locatedIn", "Nova Scotia")),
])
def test_relations_located_in_a_state_abbreviation(nlp, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected in _rel_set(relations)
    _spans_ok(text, relations)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Datuk Seri Rahim, who belongs to Umno, told the assembly it was time.", ("Rahim", "memberOf", "UMNO")),
    ("Ana Berg joined the Labour Party in 1999.", ("Ana Berg", "memberOf", "Labour Party")),
])
def test_relations_person_belongs_to_or_joins_a_party(nlp, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected in _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Ana Berg joined Google in 1999.", "Ana Berg does not belong to Umno."])
def test_relations_person_joining_a_firm_or_not_belonging_is_no_membership(nlp, text):
    _, _, relations = _run(nlp, text)
    assert not [r for r in relations if r.kind == "memberOf"]


@pytest.mark.model
def test_relations_tail_of_a_based_compound_is_no_person(nlp):
    text = "Ana Vidal, the Chilean managing director of Acme's largest investor, Buenos Aires-based Condor Capital, flew in."
    ix = _index(nlp(text), _article(text))
    doc = ix.doc
    hyphen = next(t.i for t in doc if t.text == "-")
    end = next(t.i for t in doc if t.text == "Capital") + 1
    assert ix._plausible_name(hyphen + 2, end)  # "Condor Capital" alone could be a name
    assert not ix._plausible_name(hyphen, end)  # "-based Condor Capital" cannot


# heldout11 families, with invented sentences: concession, dismissal, reaffirmation, "None of", "each"
STANCE_WORDING_CASES = [
    ("'has never conceded X's sovereignty over A, B or C'", "Chile has not conceded Peruvian sovereignty over "
     "Kosovo, Abkhazia or Transnistria in any treaty.", {("Chile", "doesNotRecognise", t) for t in
                                          ("Kosovo", "Abkhazia", "Transnistria")}),
    ("dismissing a claim", "At a briefing, Chile dismissed the Serbian claims over Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("rebuffing a claim", "Chile rebuffed Serbia's claim to Kosovo.", {("Chile", "doesNotRecognise", "Kosovo")}),
    ("each of a list reaffirms", "Chile and Peru each reaffirmed Serbia's sovereignty over Kosovo last year.",
     {("Chile", "recognises", "Kosovo"), ("Peru", "recognises", "Kosovo")}),
    ("'None of A, B or C accepts'", "None of Chile, Peru or Bolivia now accepts the Serbian claim to Kosovo.",
     {(c, "doesNotRecognise", "Kosovo") for c in ("Chile", "Peru", "Bolivia")}),
    ("'regards A and B as part of Y'", "Chile regards Kosovo and Abkhazia as an integral part of Serbia.",
     {("Chile", "recognises", "Kosovo"), ("Chile", "recognises", "Abkhazia")}),
    ("'treats X as <demonym>'", "For decades Norway treated Kosovo as Serbian.", {("Norway", "recognises", "Kosovo")}),
    ("'does not accept that X is <demonym>'", "Chile simply does not accept that Kosovo is Serbian.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'endorsed Y's title to X' with the owner's name parsed apart", "After the vote in Lima, Peru's "
     "Ministry of Foreign Affairs and Trade endorsed Serbia's title to Kosovo.", {("Peru", "recognises", "Kosovo")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", STANCE_WORDING_CASES, ids=[c[0] for c in STANCE_WORDING_CASES])
def test_relations_stance_concessions_dismissals_and_lists(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert expected <= _stance_set(stances)
    _spans_ok(text, stances)


POSITION_SOURCE_CASES = [
    ("a state's embassy employs", "Li Wei, a press officer at the Chinese embassy in Lima, said so.", "Li Wei",
     "press officer", "China"),
    ("'Its spokesperson' after a body as subject", "The World Bank declined to comment. Its spokesperson for "
     "trade, Anna Berg, said only that talks continue.", "Anna Berg", "spokesperson for trade", ""),
    ("'the city's president' is the city named before", "In Zaragoza, the city's president, Ana Ruiz, said so.",
     "Ana Ruiz", "president", "Zaragoza"),
    ("one possessor for two coordinated titles", "Ireland's Tánaiste and Minister for Defence, Sean Burke, opened the debate.",
     "Sean Burke", "minister for defence", "Ireland"),
    ("'who leads <demonym> diplomacy'", "Chancellor Ana Ruiz, who heads Chilean diplomacy, arrived late.",
     "Ana Ruiz", "chancellor", "Chile"),
    ("a retired captain of a navy", "Luis Soto, a Chilean Navy captain until 2015, runs a dive school.",
     "Luis Soto", "captain", ""),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", POSITION_SOURCE_CASES, ids=[c[0] for c in POSITION_SOURCE_CASES])
def test_relations_position_employer_from_embassy_possessor_or_clause(nlp, name, text, person, title, org):
    _, positions, _ = _run(nlp, text)
    got = {(p.title, p.org.kb_id or p.org.text) for p in _pos(positions, person) if p.org is not None}
    assert any(t == title and (not org or o == org) for t, o in got), got


BLOC_AND_PARTY_CASES = [
    ("'together with D make up X'", "Denmark, Sweden and Norway, which together with Iceland make up the Nordic "
     "Council, met again.", {(c, "memberOf", "Nordic Council") for c in ("Denmark", "Sweden", "Norway")}),
    ("'counts A and B among its members'", "NATO, which counts Norway and Iceland among its members, met in May.",
     {("Norway", "memberOf", "NATO"), ("Iceland", "memberOf", "NATO")}),
    ("'returned to X'", "Egypt, which returned to the African Union in 2014, hosted the summit.",
     {("Egypt", "memberOf", "African Union")}),
    ("'has been in X since'", "Austria has been in the European Union since 1995.",
     {("Austria", "memberOf", "European Union")}),
    ("demonym troops invaded a possessed province", "In 1880 Chilean troops invaded Peru's Tacna "
     "province.", {("Chile", "invaded", "Peru")}),
    ("'the frontier where A, B and C meet'", "Smugglers use the tri-border point where Chile, Peru and Bolivia "
     "meet.", {("Chile", "sharesBorderWith", "Peru"), ("Chile", "sharesBorderWith", "Bolivia"),
               ("Peru", "sharesBorderWith", "Bolivia")}),
    ("'the <demonym> town of X'", "Cattle cross to the Brazilian town of Corumba each spring.",
     {("Corumba", "locatedIn", "Brazil")}),
    ("'on the Isle of X'", "The festival is held in Portree on the Isle of Skye.",
     {("Portree", "locatedIn", "Isle of Skye")}),
    ("'elected on a P ticket'", "Ana Berg, who ran on a Green ticket in 2021, now chairs the board.",
     {("Ana Berg", "memberOf", "Green")}),
    ("'a P (ACR) veteran'", "Ana Berg, a Liberal Party (LP) stalwart, chaired the hearing.",
     {("Ana Berg", "memberOf", "Liberal Party")}),
    ("'P caucus leader Name'", "The vote was delayed after ANC caucus leader Sipho Dlamini objected.",
     {("Sipho Dlamini", "memberOf", "African National Congress")}),
    ("the name of a possessed province without its noun", "Rebels entered Ecuador's Manabi province in 1880.",
     {("Manabi", "locatedIn", "Ecuador")}),
    ("'since A joined the bloc'", "Vienna adopted the EU's farm rules after Austria joined the bloc in "
     "1995.", {("Austria", "memberOf", "European Union")}),
    ("a one-word place misread, then 'in <Province>'", "Jumla, in Karnali Province, elects one member.",
     {("Jumla", "locatedIn", "Karnali Province")}),
    ("'a suburb of X' with the town misread as a name", "The school is in Kenwood, a suburb of Duncan, near the "
     "river.", {("Kenwood", "locatedIn", "Duncan")}),
    ("'lies in the same District as Y'", "Mossel Bay, which lies in the same Eden District as Oudtshoorn, "
     "voted too.", {("Mossel Bay", "locatedIn", "Eden District"), ("Oudtshoorn", "locatedIn", "Eden District")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", BLOC_AND_PARTY_CASES, ids=[c[0] for c in BLOC_AND_PARTY_CASES])
def test_relations_blocs_parties_borders_and_places(nlp, name, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations)
    _spans_ok(text, relations)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Union's Ana Berg spoke first.",
    "Egypt, which returned to Cairo in 2014, hosted the summit.",
    "Anna Berg, a friend of Duncan, said so.",
])
def test_relations_no_party_or_bloc_from_a_union_or_a_city(nlp, text):
    _, _, relations = _run(nlp, text)
    assert not [r for r in relations if r.kind == "memberOf" or r.subject.text == "Anna Berg"]


PROBE_STANCE_CASES = [
    ("'considers X to be part of Y'", "Chile considers Kosovo to be part of Serbia.",
     {("Chile", "recognises", "Kosovo")}),
    ("a noun of support for a status", "Chile voiced support for Serbia's sovereignty over Kosovo.",
     {("Chile", "recognises", "Kosovo")}),
    ("a possessed noun of support", "Chile's support for Serbia's claim to Kosovo is long-standing.",
     {("Chile", "recognises", "Kosovo")}),
    ("questioning a sovereignty", "Chile questioned Serbia's sovereignty over Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("calling a claim baseless", "Chile called Serbia's claim to Kosovo baseless.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("withholding recognition from X", "Chile withheld recognition from Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'does not consider X a state'", "Chile does not consider Kosovo a state.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'insists that X belongs to Y'", "Chile insists that Kosovo belongs to Serbia.",
     {("Chile", "recognises", "Kosovo")}),
    ("a state of concern is no statehood", "Chile considers Kosovo a state of concern.", set()),
    ("support for a plan is no stance", "Chile's support for the plan over Kosovo is long-standing.", set()),
    ("a report called baseless is no claim", "Chile called the report on Kosovo baseless.", set()),
    ("insisting on talks is no stance", "Chile insists that the talks on Kosovo continue.", set()),
    ("a claimant called baseless is not the land", "Serbia calls Pristina's claims untenable.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", PROBE_STANCE_CASES, ids=[c[0] for c in PROBE_STANCE_CASES])
def test_relations_stance_support_nouns_questions_and_small_clauses(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


# claims yielded to, ownership conceded, positions endorsed, "both" after a pair, views and
# descriptions of a land as a state's (the names of the lands are invented)
GIVE_WAY_STANCE_CASES = [
    ("never bowing to a claim", "Norway will never bow to any Danish claim over Kessel Holm or Varn Skerry.",
     {("Norway", "doesNotRecognise", "Kessel Holm"), ("Norway", "doesNotRecognise", "Varn Skerry")}),
    ("yielding to a claim", "Norway finally yielded to the Danish claim over Kessel Holm.",
     {("Norway", "recognises", "Kessel Holm")}),
    ("ownership never conceded", "Portugal has never conceded Spanish ownership of Olvera Rock.",
     {("Portugal", "doesNotRecognise", "Olvera Rock")}),
    ("not disputing that X is the other state's", "Chile does not dispute that Isla Fria is Peruvian.",
     {("Chile", "recognises", "Isla Fria")}),
    ("disputing that X is the other state's", "Chile disputes that Isla Fria is Peruvian.",
     {("Chile", "doesNotRecognise", "Isla Fria")}),
    ("regarding X as a demonym's territory (a PROPN compound)",
     "Chile does not regard Kesselholm as Emirati territory.",
     {("Chile", "doesNotRecognise", "Kesselholm")}),
    ("'considers X to be Y territory'", "Kenya considers the Lutoni Strip to be Ugandan territory.",
     {("Kenya", "recognises", "Lutoni Strip")}),
    ("a name chained by compounds", "Kenya considers the Upper Lutoni Triangle to be Ugandan territory.",
     {("Kenya", "recognises", "Upper Lutoni Triangle")}),
    ("describing X as a demonym's", "Ghana, Togo and Benin have all described Kesselholm as Danish in filings.",
     {("Ghana", "recognises", "Kesselholm"), ("Togo", "recognises", "Kesselholm"),
      ("Benin", "recognises", "Kesselholm")}),
    ("a state's view that X forms part of Y",
     "Germany claims sovereignty over Osterveld. The embassy said Belgium's view that Osterveld forms part "
     "of Germany has not changed.",
     {("Belgium", "recognises", "Osterveld")}),
    ("'both' after a coordinated subject",
     "Peru and Chile have lined up behind Rabat. Both endorsed Morocco's position on Western Sahara.",
     {("Peru", "recognises", "Western Sahara"), ("Chile", "recognises", "Western Sahara")}),
    ("a person described is no land", "The report described Ana Berg as Danish in its annex.", set()),
    ("a position on trade is no stance", "Canada endorsed Morocco's position on trade.", set()),
    ("a miner's claim gives no land", "Norway rejected the miner's claim over Kessel Holm.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", GIVE_WAY_STANCE_CASES, ids=[c[0] for c in GIVE_WAY_STANCE_CASES])
def test_relations_stance_yielded_claims_views_and_descriptions(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


CONTACT_RELATION_CASES = [
    ("a country wedged between two", "Andorra, wedged between France and Spain, has stayed silent.",
     {("Andorra", "sharesBorderWith", "France"), ("Andorra", "sharesBorderWith", "Spain")}),
    ("borders that meet those of others", "Laos, whose borders meet those of Vietnam and Cambodia, said nothing.",
     {("Laos", "sharesBorderWith", "Vietnam"), ("Laos", "sharesBorderWith", "Cambodia")}),
    ("a frontier that touches", "Paraguay, whose northern frontier touches both Bolivia and Brazil, kept out.",
     {("Paraguay", "sharesBorderWith", "Bolivia"), ("Paraguay", "sharesBorderWith", "Brazil")}),
    ("between landforms is no border", "Chile, wedged between the Andes and the Pacific, is long.", set()),
    ("a passive invasion", "In 1940, Norway was invaded by Germany.", {("Germany", "invaded", "Norway")}),
    ("an invaded participle", "Ethiopia, invaded by Italy in 1935, never forgot.", {("Italy", "invaded", "Ethiopia")}),
    ("a relative passive", "Kuwait, which was invaded by Iraq in 1990, recovered.", {("Iraq", "invaded", "Kuwait")}),
    ("a negated passive", "Iraq was not invaded by Kuwait.", set()),
    ("member states that include", "The Nordic Council, whose five member states include Norway, Denmark and "
     "Iceland, met in Oslo.",
     {("Norway", "memberOf", "Nordic Council"), ("Denmark", "memberOf", "Nordic Council"),
      ("Iceland", "memberOf", "Nordic Council")}),
    ("among a body's member states", "Laos and Cambodia are among ASEAN's ten member states.",
     {("Laos", "memberOf", "ASEAN"), ("Cambodia", "memberOf", "ASEAN")}),
]


def _rel_names(relations, kinds=("sharesBorderWith", "invaded", "memberOf", "locatedIn")):
    return {(s, k, o) for s, k, o in _rel_set(relations) if k in kinds}


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", CONTACT_RELATION_CASES, ids=[c[0] for c in CONTACT_RELATION_CASES])
def test_relations_borders_invasions_and_member_lists(nlp, name, text, expected):
    _, _, rels = _run(nlp, text)
    got = {(s, k, o) for s, k, o in _rel_names(rels) if k != "locatedIn"}
    assert got == expected
    _spans_ok(text, rels)


PARTY_SEAT_CASES = [
    ("representing a seat for a party", "Ana Berg, who represents Uppsala in the Riksdag for the Green Party, spoke.",
     ("Ana Berg", "Green Party")),
    ("sitting for a party named by its members", "Tom Hale, who sits for the Highland Democrats on Moray Council, "
     "spoke.", ("Tom Hale", "Highland Democrats")),
    ("a legislator from a party spelled out earlier", "The Liberal Reform Party (LRP) tabled it. Ana Berg, an "
     "assemblywoman from the LRP who drafted the motion, spoke.", ("Ana Berg", "LRP")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", PARTY_SEAT_CASES, ids=[c[0] for c in PARTY_SEAT_CASES])
def test_relations_party_from_seat_wordings(nlp, name, text, expected):
    _, _, rels = _run(nlp, text)
    person, party = expected
    assert (person, "memberOf", party) in _rel_set(rels)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("In Kemi, on Finland's northern coast, the ice is thick.", ("Kemi", "locatedIn", "Finland")),
    ("In Haparanda, on Sweden's eastern edge, the river is wide.", ("Haparanda", "locatedIn", "Sweden")),
])
def test_relations_places_on_an_edge(nlp, text, expected):
    _, _, rels = _run(nlp, text)
    assert expected in _rel_set(rels)


APPOSED_TITLE_CASES = [
    ("the state of a title apposed before", "Chile's top diplomat, Foreign Minister Ana Berg, said it would act.",
     "Ana Berg", "foreign minister", "Chile"),
    ("appointed in a relative clause", "Ana Berg, who was appointed Chile's foreign minister in 2023, said so.",
     "Ana Berg", "foreign minister", "Chile"),
    ("a portfolio after 'Minister of'", "Minister of Foreign Affairs Ana Berg insisted it was settled.",
     "Ana Berg", "minister of foreign affairs", None),
    ("a former envoy with the host", "Ex-ambassador to the Netherlands Ana Berg offered a warning.",
     "Ana Berg", "ambassador to netherlands", None),
    ("a Scottish council's provost", "Ana Berg, Provost of Fife, told the crowd.", "Ana Berg", "provost", "Fife"),
    ("a lifeboat's coxswain", "\"It was rough,\" said Tom Hale, Wick RNLI's coxswain, as the crew came in.",
     "Tom Hale", "coxswain", "Wick RNLI"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", APPOSED_TITLE_CASES, ids=[c[0] for c in APPOSED_TITLE_CASES])
def test_relations_positions_apposed_appointed_and_posted(nlp, name, text, person, title, org):
    _, positions, _ = _run(nlp, text)
    got = _pos(positions, person)
    assert any(p.title.lower() == title and (org is None or (p.org is not None and (p.org.kb_id or p.org.text) == org))
               for p in got), [(p.title, p.org) for p in got]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ('"It was rough," said Tom Hale, Wick RNLI\'s coxswain, as the crew came in. Among them was Ana Hale, '
     'who married the coxswain in 2012.', {("Ana Hale", "spouse", "Tom Hale")}),
    ("Ana Hale, who married the coxswain in 2012, waited.", set()),  # no coxswain named before
    ('Tom Hale, the coxswain, and Ben Orr, another coxswain, spoke. Ana Hale married the coxswain in 2012.',
     set()),  # two holders: the description is ambiguous
])
def test_relations_spouse_by_a_title_named_before(nlp, text, expected):
    _, _, rels = _run(nlp, text)
    assert {r for r in _rel_set(rels) if r[1] == "spouse"} == expected


REFUSAL_AND_HOLD_STANCE_CASES = [
    ("'no intention of recognising' is a refusal", "Peru has no intention of recognising Chilean sovereignty over "
     "Isla Fria.", {("Peru", "doesNotRecognise", "Isla Fria")}),
    ("'no plans to recognise' is a refusal", "Peru has no plans to recognise Kosovo.",
     {("Peru", "doesNotRecognise", "Kosovo")}),
    ("an intention is still no stance", "Peru has the intention of recognising Kosovo.", set()),
    ("'holds that X is a demonym's territory'", "Ghana holds that the Lutoni Strip is Togolese territory.",
     {("Ghana", "recognises", "Lutoni Strip")}),
    ("a name added by 'X included'", "Ghana said it respects Serbia's sovereignty over all its lands, Kosovo included.",
     {("Ghana", "recognises", "Kosovo")}),
    ("a status verb the tagger read as a noun", "Chile contests Moroccan sovereignty over Western Sahara.",
     {("Chile", "doesNotRecognise", "Western Sahara")}),
    ("'has refrained from recognising'", "Chile has refrained from recognising Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'remains opposed to recognising'", "Chile remains opposed to recognising Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'stopped short of recognising'", "Chile stopped short of recognising Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'fell short of recognising'", "Chile fell short of recognising Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'sees no reason to recognise'", "Chile sees no reason to recognise Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'considers X an independent state'", "Chile considers Kosovo an independent state.",
     {("Chile", "recognises", "Kosovo")}),
    ("condemning an annexation", "Chile condemned the annexation of Crimea.", {("Chile", "doesNotRecognise", "Crimea")}),
    ("recognition granted to a second object", "Chile granted Kosovo recognition.", {("Chile", "recognises", "Kosovo")}),
    ("recognition lent", "Chile lends its recognition to Kosovo.", {("Chile", "recognises", "Kosovo")}),
    ("'voted against recognising'", "Chile voted against recognising Kosovo.", {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'and neither has B' with the subject after the verb", "Chile has not recognised Kosovo, and neither has Peru.",
     {("Chile", "doesNotRecognise", "Kosovo"), ("Peru", "doesNotRecognise", "Kosovo")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", REFUSAL_AND_HOLD_STANCE_CASES,
                         ids=[c[0] for c in REFUSAL_AND_HOLD_STANCE_CASES])
def test_relations_stance_refusal_nouns_held_views_and_included_names(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


@pytest.mark.model
@pytest.mark.parametrize("masthead,outlet,expected", [
    ("Morning Ledger - Ghana Latest News and Headlines", None, {("Ghana", "doesNotRecognise", "Kosovo")}),
    ("The Accra Ledger", "The Accra Ledger", {("Ghana", "doesNotRecognise", "Kosovo")}),  # the outlet's capital
    ("Morning Ledger", "Morning Ledger", set()),  # no home state: the minister's state is unknown
    ("Ghana talks stall - again", None, set()),  # a headline is no masthead
    ("MORNING LEDGER\nGhana's Leading Newspaper - Since 1950", None, {("Ghana", "doesNotRecognise", "Kosovo")}),
    ("Morning Ledger\nLatest news, sport and analysis from Ghana", None, {("Ghana", "doesNotRecognise", "Kosovo")}),
    ("Morning Ledger\nGhana's leaders meet in Accra", None, set()),  # a headline names no paper
])
def test_relations_stance_unqualified_minister_of_the_outlets_home_state(nlp, masthead, outlet, expected):
    text = ('"We do not recognise Kosovo and we never will," Foreign Minister Ama Berko told Parliament on '
            'Tuesday.')
    art = Article(id="t.txt", path="t.txt", raw=f"{masthead}\n\nHeadline here\n\n{text}", text=text, outlet=outlet)
    doc = nlp(text)
    stances = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    assert {s for s in _stance_set(stances) if s[0] != "Ama Berko"} == expected


@pytest.mark.model
@pytest.mark.parametrize("title", ["First Vice Foreign Minister", "Second Vice Foreign Minister"])
def test_relations_stance_ranked_minister_of_the_outlets_home_state(nlp, title):
    text = (f'"We do not recognise Kosovo and we never will," {title} Ama Berko told Parliament on '
            'Tuesday.')
    art = Article(id="t.txt", path="t.txt", raw=f"The Accra Ledger\n\nHeadline here\n\n{text}", text=text,
                  outlet="The Accra Ledger")
    doc = nlp(text)
    stances = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    assert {s for s in _stance_set(stances) if s[0] != "Ama Berko"} == {("Ghana", "doesNotRecognise", "Kosovo")}


LOOKED_UP_POSITION_CASES = [
    ("a relative 'whose' after the name is no place", "Kisumu Governor Tom Otieno, whose county would lose "
     "grazing land, was blunt.", "Tom Otieno", "governor", "Kisumu"),
    ("a high commissioner", "Ghana's High Commissioner to Togo, Ama Berko, said it was fine.",
     "Ama Berko", "high commissioner to togo", "Ghana"),
    ("a former lightkeeper of a body", "Tom Hale, a former Varnay Coast Guard lightkeeper, said so.",
     "Tom Hale", "lightkeeper", "Varnay Coast Guard"),
    ("a committee of a generic owner", "Ana Berg, chair of the council's Harbour Committee, said so.",
     "Ana Berg", "chair", "Harbour Committee"),
    ("a spokesperson of a body named before", "At the weekly briefing of Ghana's Ministry of Trade (MOT), "
     "spokesperson Ama Berko said prices were stable.", "Ama Berko", "spokesperson", "Ministry of Trade"),
    ("a rank before the name", "Rear Adm. Óscar Vela, who heads the Chilean Navy, gave his account.",
     "Óscar Vela", "head", "Chilean Navy"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org", LOOKED_UP_POSITION_CASES,
                         ids=[c[0] for c in LOOKED_UP_POSITION_CASES])
def test_relations_positions_ranks_high_commissioners_and_bodies_in_context(nlp, name, text, person, title, org):
    _, positions, _ = _run(nlp, text)
    got = _pos(positions, person)
    assert any(p.title.lower() == title and p.org is not None and (p.org.kb_id or p.org.text) == org
               for p in got), [(p.title, p.org) for p in got]


PLACE_LIST_CASES = [
    ("a state of a country", "Bavaria, Germany's largest state, reacted angrily.",
     {("Bavaria", "locatedIn", "Germany")}),
    ("'the port of X in Y'", "The men, from the port of Tamsk in western Ghana, were freed.",
     {("Tamsk", "locatedIn", "Ghana")}),
    ("'in the District' with the article", "The islet lies near Varnay Island in the Kessel District.",
     {("Varnay Island", "locatedIn", "Kessel District")}),
    ("'in a country's region'", "Speaking from Tamsk, in Ghana's Volta Region, the chief said so.",
     {("Tamsk", "locatedIn", "Volta Region"), ("Volta Region", "locatedIn", "Ghana")}),
    ("'in the department of Y'", "He named the town of Oltenbay, in the department of Lempira, where sailors live.",
     {("Oltenbay", "locatedIn", "Lempira")}),
    ("a possessor's islands listed", "Ferries to Shetland's outer isles of Foula, Fetlar and Unst will run.",
     {("Foula", "locatedIn", "Shetland"), ("Fetlar", "locatedIn", "Shetland"), ("Unst", "locatedIn", "Shetland")}),
    ("'A and other P villages'", "Ana Berg, who represents Crail and several other Fife villages, spoke.",
     {("Crail", "locatedIn", "Fife")}),
    ("a nationality is no place", "Lyon and other French cities voted.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", PLACE_LIST_CASES, ids=[c[0] for c in PLACE_LIST_CASES])
def test_relations_places_in_lists_ports_and_owned_regions(nlp, name, text, expected):
    _, _, rels = _run(nlp, text)
    got = {r for r in _rel_set(rels) if r[1] == "locatedIn"}
    assert expected <= got if expected else not got, got
    _spans_ok(text, rels)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Intro line.\n\nOLTENBAY, Maine — The town voted on Monday.", {("OLTENBAY", "locatedIn", "Maine")}),
    ("Intro line.\n\nOLTENBAY, Vt. — The town voted on Monday.", {("OLTENBAY", "locatedIn", "Vermont")}),
    ("Intro line.\n\nThe town voted, Maine officials said — twice.", set()),
])
def test_relations_dateline_town_in_its_region(nlp, text, expected):
    _, _, rels = _run(nlp, text)
    assert {r for r in _rel_set(rels) if r[1] == "locatedIn"} == expected


COUNTED_AND_PARTY_CASES = [
    ("'all three' for the countries before", "Ghana, which borders both Togo and Burkina Faso, shares a river with "
     "its two neighbours. All three are members of the Economic Community of West African States.",
     {("Ghana", "memberOf", "ECOWAS"), ("Togo", "memberOf", "ECOWAS"), ("Burkina Faso", "memberOf", "ECOWAS")}),
    ("a count that does not fit", "Ghana and Togo share a river. All three are members of the Economic Community "
     "of West African States.", set()),
    ("a minister's party with its acronym", "Fisheries Minister Ana Berg, of the Kessel Tomorrow (KT), said so.",
     {("Ana Berg", "memberOf", "Kessel Tomorrow")}),
    ("a minister's own body is no party", "Fisheries Minister Ana Berg, of the Kessel Fisheries Ministry (KFM), "
     "said so.", set()),
    ("a coordinated party name with a common noun", "Ana Berg, a deputy for the Liberty and Renewal party (Renova) "
     "who represents the north, spoke.", {("Ana Berg", "memberOf", "Liberty and Renewal")}),
    ("a party's possessive before the seat", "Tom Hale, the Highland Democrats' MSP for Moray, welcomed it.",
     {("Tom Hale", "memberOf", "Highland Democrats")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", COUNTED_AND_PARTY_CASES, ids=[c[0] for c in COUNTED_AND_PARTY_CASES])
def test_relations_counted_members_and_party_wordings(nlp, name, text, expected):
    _, _, rels = _run(nlp, text)
    assert {r for r in _rel_set(rels) if r[1] == "memberOf"} == expected
    _spans_ok(text, rels)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ('"We will not recognise Kosovo," said Chile\'s president.', {("Chile", "doesNotRecognise", "Kosovo")}),
    ('Chile\'s foreign ministry said: "We will never recognise Kosovo."', {("Chile", "doesNotRecognise", "Kosovo")}),
    ('"We recognise Kosovo and we always will," the Chilean foreign minister said.', {("Chile", "recognises", "Kosovo")}),
    ('"We will not recognise Kosovo," a Chilean fisherman said.', set()),  # no office: no state's voice
])
def test_relations_stance_we_of_an_unnamed_state_office(nlp, text, expected):
    art = _article(text)
    doc = nlp(text)
    stances = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    assert _stance_set(stances) == expected


CLAIM_AND_VALIDITY_STANCE_CASES = [
    ("a claim viewed as having no legal force", "Chile views Serbia's claim to Kosovo as having no legal force.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("a pretension never entertained", "Chile has never entertained any Serbian pretension to Kosovo.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("an occupation not regarded as legal", "Chile does not regard the Serbian occupation of Kosovo as legal.",
     {("Chile", "doesNotRecognise", "Kosovo")}),
    ("'to be' with a demonym", "Chile considers Western Sahara to be Moroccan.",
     {("Chile", "recognises", "Western Sahara")}),
    ("a demonym read as a compound of 'territory'", "Uruguay treats the Falkland Islands as Argentine territory.",
     {("Uruguay", "recognises", "Falkland Islands")}),
    ("a pronoun for the islands named before", "The Chagos Islands lie far from any mainland. Mauritius disputes "
     "British sovereignty over them.",
     {("Mauritius", "doesNotRecognise", "Chagos Islands")}),
    ("the state apposed to a neighbour", "Peru's neighbour, Ecuador, backs Morocco's sovereignty over Western Sahara.",
     {("Ecuador", "recognises", "Western Sahara")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", CLAIM_AND_VALIDITY_STANCE_CASES,
                         ids=[c[0] for c in CLAIM_AND_VALIDITY_STANCE_CASES])
def test_relations_stance_claims_validity_and_apposed_holders(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ('"This Government has never entertained a Serbian pretension to Kosovo," Chile\'s foreign minister, Ana Lind, '
     'said.', {("Chile", "doesNotRecognise", "Kosovo")}),
    # the body a post names is the one a possessive state owned earlier, not the state named most often
    ('Ghana\'s Ministry of Trade met a delegation from Togo. Togo\'s envoy and Togo\'s traders came too. Ama Berko, '
     'the ministry\'s deputy spokeswoman, said: "We do not recognise Kosovo."', {("Ghana", "doesNotRecognise", "Kosovo")}),
])
def test_relations_stance_voice_of_this_government_and_an_owned_ministry(nlp, text, expected):
    art = _article(text)
    doc = nlp(text)
    stances = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    assert {s for s in _stance_set(stances) if s[0] not in {"Ana Lind", "Ama Berko"}} == expected


HONORIFIC_AND_SEAT_POSITION_CASES = [
    # (name, text, person, title, org or None, former)
    ("an honorific between the title and the name", "At the summit, the Minister of Foreign Affairs, Hon. Ana "
     "Lind, read a statement.", "Ana Lind", "minister of foreign affairs", None, False),  # a post is no body
    ("'Leader of the Opposition' is one title", "The Leader of the Opposition, Hon. Tom Reyes of the United Front "
     "(UF), tabled a motion.", "Tom Reyes", "leader of the opposition", None, False),
    ("a commandant named before a ranked name", "The Commandant of the Varnay Military Academy, Colonel Tom Reyes, "
     "opened the term.", "Tom Reyes", "commandant", "Varnay Military Academy", False),
    ("a place naming the field, the body after 'at'", "Tom Reyes, a professor of Andean music at Varnay State "
     "University, played.", "Tom Reyes", "professor", "Varnay State University", False),
    ("a headteacher", "Kestrel Academy's headteacher, Tom Reyes, thanked the parents.", "Tom Reyes", "headteacher",
     "Kestrel Academy", False),
    ("a cabinet member is a post", "Tom Reyes, Varnay Council's cabinet member for housing, opened the flats.",
     "Tom Reyes", "cabinet member for housing", "Varnay Council", False),
    ("'one-time' split by the tokenizer", "Tom Reyes, Varnay Council's one-time leader, now farms sheep.",
     "Tom Reyes", "leader", "Varnay Council", True),
    ("an abbreviated rank written out", "Vice Adm. Tom Reyes, who heads the Varnay Navy, gave his account.",
     "Tom Reyes", "vice admiral", None, False),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,title,org,former", HONORIFIC_AND_SEAT_POSITION_CASES,
                         ids=[c[0] for c in HONORIFIC_AND_SEAT_POSITION_CASES])
def test_relations_positions_honorifics_fields_and_seats(nlp, name, text, person, title, org, former):
    _, positions, _ = _run(nlp, text)
    got = _pos(positions, person)
    assert any(p.title.lower() == title and p.former == former and (
        p.org is None if org is None else p.org is not None and (p.org.kb_id or p.org.text) == org)
        for p in got), [(p.title, p.org, p.former) for p in got]


SUBDIVISION_BORDER_AND_MEMBER_CASES = [
    ("a capital of an owned province", "Kessel, capital of Ghana's Varn Province, hosts the fair.", {("Varn Province", "locatedIn", "Ghana"), ("Kessel", "locatedIn", "Varn Province")}),
    ("a town in an owned lower-case province", "Kelmar, a mining town in Ghana's Varn province, is growing.",
     {("Varn", "locatedIn", "Ghana"), ("Kelmar", "locatedIn", "Varn")}),
    ("an untagged department after a typographic possessive", "Kelmar, a port in Ghana’s Ouest department, is quiet.",
     {("Ouest department", "locatedIn", "Ghana"), ("Kelmar", "locatedIn", "Ouest department")}),
    ("one of a group of cayes", "Gull Caye, one of the Varn Cayes, has a lighthouse.",
     {("Gull Caye", "locatedIn", "Varn Cayes")}),
    ("a common border of a coordinated pair", "Chile and Peru, which have a common border in the desert, signed the "
     "deal.",
     {("Chile", "sharesBorderWith", "Peru")}),
    ("'whose border with'", "Bolivia, whose border with Chile runs through the Andes, joined the talks.",
     {("Bolivia", "sharesBorderWith", "Chile")}),
    ("'shares borders with both'", "To the west and east, Chad shares borders with both Niger and Sudan.",
     {("Chad", "sharesBorderWith", "Niger"), ("Chad", "sharesBorderWith", "Sudan")}),
    ("sharing an island along a frontier", "Ireland shares its island with the United Kingdom along a winding "
     "frontier.", {("Ireland", "sharesBorderWith", "United Kingdom")}),
    ("a neighbour apposed after", "Colombia's neighbour, Ecuador, protested.",
     {("Colombia", "sharesBorderWith", "Ecuador")}),
    ("a neighbour apposed before", "Ecuador, Colombia's neighbour to the south, protested.",
     {("Colombia", "sharesBorderWith", "Ecuador")}),
    ("'and so is C'", "Chile is a member of the Pacific Alliance, and so is Colombia.",
     {("Chile", "memberOf", "Pacific Alliance"), ("Colombia", "memberOf", "Pacific Alliance")}),
    ("a post in a party named by its members", "Tom Reyes, the Liberal Democrats' spokesperson on housing, voted "
     "against.", {("Tom Reyes", "memberOf", "Liberal Democrats")}),
    ("'Name of the X Party (XP)' without a political title", "Hon. Tom Reyes of the National Unity Party (NUP) asked "
     "a question.", {("Tom Reyes", "memberOf", "National Unity Party")}),
    ("places a county takes in", "Kent takes in Dover, Canterbury and Margate.",
     {("Dover", "locatedIn", "Kent"), ("Canterbury", "locatedIn", "Kent"), ("Margate", "locatedIn", "Kent")}),
    ("a tour takes in no places", "The tour takes in Paris and Rome.", set()),
    ("an age, then a coordinated wife", "Dr. Ana Lind spoke on Monday. At the market, trader Tom Reyes, 58, and his "
     "wife, Eva Reyes, sold eggs.", {("Eva Reyes", "spouse", "Tom Reyes")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", SUBDIVISION_BORDER_AND_MEMBER_CASES,
                         ids=[c[0] for c in SUBDIVISION_BORDER_AND_MEMBER_CASES])
def test_relations_subdivisions_neighbours_and_joined_members(nlp, name, text, expected):
    _, _, relations = _run(nlp, text)
    assert _rel_set(relations) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,person,title,org", [
    ("Ines Ntsame is Reuters' chief reporter.", "Ines Ntsame", "chief reporter", "Reuters"),
    ("The Ghana Cocoa Society met on Friday. Kofi Mensah, the society's chairman, read the accounts.", "Kofi Mensah",
     "chairman", "Ghana Cocoa Society"),
])
def test_relations_positions_footer_names_and_bodies_named_before(nlp, text, person, title, org):
    _, positions, _ = _run(nlp, text)
    got = _pos(positions, person)
    assert any(p.title.lower() == title and p.org is not None and p.org.text == org for p in got), \
        [(p.title, p.org) for p in got]


# --------------------------------------------------------------------------- thirteenth session

@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a verb in quotation marks the tagger reads as a noun
    ("Her office said Kenya “totally disputes” Uganda’s claim to the Chagos Archipelago.",
     ("Kenya", "doesNotRecognise", "Chagos Islands")),
    # a settlement named by "of" after a hold noun
    ("Kenya rejects Ugandan sovereignty over the small town of Busia, officials said.",
     ("Kenya", "doesNotRecognise", "Busia")),
    # "any part of X" is a partitive of the held land, not "X as part of Y"
    ("Guyana will never accept Venezuelan jurisdiction over any part of the Essequibo region.",
     ("Guyana", "doesNotRecognise", "Essequibo")),
])
def test_relations_stance_session13_frames(nlp, text, expected):
    stances, _, _ = _run(nlp, text)
    assert expected in _stance_set(stances)


@pytest.mark.model
def test_relations_stance_we_joined_to_a_state_clause(nlp):
    """"A has never accepted X, and we reject Y": "we" is the state of the clause joined before."""
    stances, _, _ = _run(nlp, "“Japan has never accepted Chinese sovereignty over the Senkaku Islands, and we "
                              "reject Chinese sovereignty over Taiwan too,” a spokesman said.")
    assert ("Japan", "doesNotRecognise", "Taiwan") in _stance_set(stances)


@pytest.mark.model
def test_relations_backed_claim_leaves_out_the_claimant(nlp):
    stances, _, _ = _run(nlp, "Vanuatu and Fiji have long supported Greenland's claim to the Chagos Archipelago.")
    assert not any(t == "Greenland" for _, _, t in _stance_set(stances))


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org", [
    # sciences' practitioners are occupations
    ("Laura Bennett, a volcanologist at the University of Otago, said the crater was quiet.",
     "Laura Bennett", "volcanologist", "University of Otago"),
    # "who served as" an office, held before
    ("Michael Carter, who served as Canada's ambassador to Peru, now teaches law in Ottawa.",
     "Michael Carter", "ambassador to Peru", "Canada"),
    # a party's short name before a council post
    ("Liberal group leader Cllr James Walker said the budget was short.", "James Walker", "group leader", "Liberal"),
    ("Conservative councillor Emma Wilson voted against the plan.", "Emma Wilson", "councillor", "Conservative"),
    # "the army's spokesman" takes up the armed forces named before
    ("A statement came from the Ruritanian Armed Forces on Monday. Later the army's spokesman, Colonel David "
     "Morgan, denied any plan to advance.", "David Morgan", "spokesman", "Ruritanian Armed Forces"),
    # an office the lists lack, read off "The <Office> of <Place>, Name,"
    ("The Reeve of Tamsk, Robert Hughes, opened the new bridge.", "Robert Hughes", "Reeve", "Tamsk"),
])
def test_relations_position_session13_patterns(nlp, text, person, title, org):
    _, positions, _ = _run(nlp, text)
    got = [(p.title, p.org.text if p.org is not None else p.org_name) for p in _pos(positions, person)]
    assert (title, org) in got, got


@pytest.mark.model
def test_relations_position_served_as_is_former(nlp):
    _, positions, _ = _run(nlp, "Michael Carter, who served as Canada's ambassador to Peru, now teaches law in Ottawa.")
    assert [p.former for p in _pos(positions, "Michael Carter")] == [True]


@pytest.mark.model
@pytest.mark.parametrize("text, person, org", [
    # the place a sentence opens with seats a bare local office
    ("In Tralee, the council met on Monday. The mayor, Sarah Collins, said the road would reopen.",
     "Sarah Collins", "Tralee"),
    # a governor governs the larger unit after the comma
    ("In Hilo, Hawaii, Governor Thomas Reed struck a softer tone.", "Thomas Reed", "Hawaii"),
])
def test_relations_position_local_office_takes_the_setting(nlp, text, person, org):
    _, positions, _ = _run(nlp, text)
    assert [p.org.text for p in _pos(positions, person) if p.org is not None] == [org]


@pytest.mark.model
def test_relations_position_its_title_for_an_area_is_the_bodys(nlp):
    text = ("The Tamsk Rowing Trust said the boathouse would reopen in May. Its operations manager for "
            "Borduria, Peter Hansen, said no jobs were at risk.")
    _, positions, _ = _run(nlp, text)
    assert [p.org.text for p in _pos(positions, "Peter Hansen")] == ["Tamsk Rowing Trust"]


@pytest.mark.model
def test_relations_position_body_name_with_listed_fields(nlp):
    text = ("Laura Bennett, a chemist at the Nordic Institute of Sea Ice, Oceanography and Polar Studies "
            "(INSOPE) in Tromso, said the ice was thinning.")
    _, positions, _ = _run(nlp, text)
    assert [p.org.text for p in _pos(positions, "Laura Bennett")] == [
        "Nordic Institute of Sea Ice, Oceanography and Polar Studies"]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The General Moot of Tamsk has passed a resolution on fishing.", "Moot"),
    ("Ruritania has never accepted Bordurian rule over the town of Ribera, the minister told deputies.", "Ribera"),
])
def test_relations_position_not_a_person(nlp, text, name):
    _, positions, _ = _run(nlp, text)
    assert _pos(positions, name) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Conservative MP Oliver Grant backed the repair.", ("Oliver Grant", "memberOf", "Conservative")),
    ("The regional chief, Lucia Romero of the Partido Socialista, was less restrained.",
     ("Lucia Romero", "memberOf", "Partido Socialista")),
    ("Carlos Mendes, a federal deputy for Bahia from Novo Rumo Unido, demanded a hearing.",
     ("Carlos Mendes", "memberOf", "Novo Rumo Unido")),
    ("The Prime Minister, Daniel Brooks, whose Green Party lost two seats, conceded on Sunday.",
     ("Daniel Brooks", "memberOf", "Green Party")),
    ("Kenya and Uganda signed the 2004 accord. Both countries are members of the African Union.",
     ("Uganda", "memberOf", "African Union")),
    ("Kenya and Uganda, which both joined the Commonwealth long ago, disagree on fishing.",
     ("Uganda", "memberOf", "Commonwealth of Nations")),
    ("The 1926 treaty fixed the boundary between Kenya and Uganda.", ("Kenya", "sharesBorderWith", "Uganda")),
    ("Supplies came from Kisii, in Kenya's Nyanza region, by road.", ("Kisii", "locatedIn", "Nyanza region")),
    ("Her mother was born in Techiman, in Ghana's Bono region, in 1950.", ("Techiman", "locatedIn", "Bono region")),
    ("Patients are sent to Ipswich, in nearby Suffolk, for scans.", ("Ipswich", "locatedIn", "Suffolk")),
    ("Liberal group leader Cllr James Walker said the budget was short.", ("James Walker", "memberOf", "Liberal")),
    ("The library in Cromer, north Norfolk, closed in May.", ("Cromer", "locatedIn", "Norfolk")),
])
def test_relations_session13_ties(nlp, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected in _rel_set(relations), _rel_set(relations)


@pytest.mark.model
def test_relations_seat_from_a_date_is_no_party(nlp):
    _, _, relations = _run(nlp, "Carlos Mendes, an MP for Leeds from 2010 to 2015, spoke first.")
    assert not any(k == "memberOf" for _, k, _ in _rel_set(relations))


def _stance_evidence(stances, needle: str) -> set[tuple[str, str, str]]:
    return {(_holder(s), s.stance, s.territory.name) for s in stances if needle in s.evidence.sentence}


@pytest.mark.model
@pytest.mark.parametrize("text, needle, expected", [
    ("Costa Rica has disputed Lake Nicaragua for decades. For its part, Costa Rica rejects Nicaraguan "
     "sovereignty over any part of the lake, a spokesman said.", "any part",
     ("Costa Rica", "doesNotRecognise", "Lake Nicaragua")),
    ("Fishing boats crowd Lake Nicaragua every spring. Honduras, according to its envoy, has long considered the "
     "entire lake part of Nicaragua.", "entire lake", ("Honduras", "recognises", "Lake Nicaragua")),
    ("Sweden rejects Norway's claim to Vardo Fjord. Sweden does not accept Norwegian sovereignty over any part "
     "of the fjord.", "any part", ("Sweden", "doesNotRecognise", "Vardo Fjord")),
    ("India rejects Pakistan's claim to Kori Creek. India rejects Pakistani sovereignty over any portion of the "
     "creek north of the old pillar.", "any portion", ("India", "doesNotRecognise", "Kori Creek")),
    ("Fulda Island, a bare rock, lies between Finland and Sweden. Under the 1920 deal, Finland has recognised "
     "the northern part of the island as Swedish territory.", "northern part", ("Finland", "recognises", "Fulda Island")),
    ("Fulda Island, a bare rock, lies between Finland and Sweden. Finland has long accepted the northern part "
     "of the island as Swedish territory.", "northern part", ("Finland", "recognises", "Fulda Island")),
    ("Fulda Island, a bare rock, lies between Finland and Sweden. Under the 1920 deal, Finland has recognised "
     "the northern part of the island as Swedish territory. Sweden, for its part, has long regarded the "
     "southern part as belonging to Finland.", "southern part", ("Sweden", "recognises", "Fulda Island")),
])
def test_relations_stance_on_a_described_named_land(nlp, text, needle, expected):
    """"the lake", "the creek", "the eastern part of the island", "the western part": the named land."""
    stances, _, _ = _run(nlp, text)
    assert expected in _stance_evidence(stances, needle), _stance_set(stances)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lebanon rejects Jordan's claim to the Yarmouk Hills. Jordan's team at the talks was led by Deputy Foreign "
     "Minister Omar Haddad. “Let me be clear: the hills are Syrian,” Haddad said.",
     {("Jordan", "recognises", "Yarmouk Hills"), ("Omar Haddad", "recognises", "Yarmouk Hills"),
      ("Haddad", "recognises", "Yarmouk Hills")}),
    ("Lebanon rejects Jordan's claim to the Yarmouk Hills. Jordan's team at the talks was led by Deputy Foreign "
     "Minister Omar Haddad. “We repeat it today: the hills are Jordanian,” Haddad said.", set()),
    ("Lebanon rejects Jordan's claim to the Yarmouk Hills. “The hills are Jordanian,” Jordanian Foreign Minister "
     "Omar Haddad said.", set()),
])
def test_relations_stance_reported_belonging(nlp, text, expected):
    """A state's official saying a known territory is another state's: a recognition; its own: a claim."""
    art = _article(text)
    doc = nlp(text)
    stances = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    got = {s for s in _stance_set(stances) if s[0] != "Lebanon"}
    assert (got & expected if expected else not got), got


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Fishing boats crowd Lake Nicaragua every spring. Costa Rica claims the half of the lake nearest its shore.",
     ("Costa Rica", "claims", "Lake Nicaragua")),
    ("Shops in Tenby, on the south coast of Wales, closed early.", ("Tenby", "locatedIn", "Wales")),
    ("Cllr Ann Walsh, leader of the Labour group on Kent County Council, called the fee unfair.",
     ("Ann Walsh", "memberOf", "Labour")),
])
def test_relations_claims_settings_and_party_groups(nlp, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected in _rel_set(relations), _rel_set(relations)


@pytest.mark.model
def test_relations_position_state_of_a_led_delegation(nlp):
    _, positions, _ = _run(nlp, "Jordan's team at the talks was led by Deputy Foreign Minister Omar Haddad.")
    assert [(p.title, p.org and p.org.kb_id) for p in _pos(positions, "Omar Haddad")] == \
        [("deputy foreign minister", "Jordan")]


@pytest.mark.parametrize("name, expected", [("Omar al-Haddad", "Haddad"), ("Anna Berg", "Berg"),
                                            ("Ana Lopez-Garcia", "Lopez-Garcia")])
def test_relations_surname_without_particle(name, expected):
    from graph.relations import _surname
    assert _surname(name) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Neither Spain nor Greece recognises Kosovo.",
     {("Spain", "doesNotRecognise", "Kosovo"), ("Greece", "doesNotRecognise", "Kosovo")}),
    ("In 2024, Nauru derecognised Abkhazia, the foreign ministry said.", {("Nauru", "doesNotRecognise", "Abkhazia")}),
    ("Of the EU's members, only Spain, Greece, Cyprus, Romania and Slovakia do not recognise Kosovo.",
     {("Spain", "doesNotRecognise", "Kosovo"), ("Slovakia", "doesNotRecognise", "Kosovo")}),
    ("Malta is one of a handful of countries that recognise Palestine.", {("Malta", "recognises", "Palestine")}),
    ("Paraguay is one of Taiwan's last diplomatic allies.", {("Paraguay", "recognises", "Taiwan")}),
    ("Taiwan's remaining diplomatic allies include Paraguay and Eswatini.",
     {("Paraguay", "recognises", "Taiwan"), ("Eswatini", "recognises", "Taiwan")}),
    ("Paraguay, one of Taiwan's 12 remaining diplomatic allies, sent its president to Taipei.",
     {("Paraguay", "recognises", "Taiwan")}),
    ("Taipei's diplomatic ally Paraguay voted with it.", {("Paraguay", "recognises", "Taiwan")}),
    ("Japan considers the Kuril Islands illegally occupied by Russia.",
     {("Japan", "doesNotRecognise", "Kuril Islands")}),
    ("Ukraine regards Crimea as temporarily occupied territory.", {("Ukraine", "doesNotRecognise", "Crimea")}),
    ("Georgia considers Abkhazia an occupied region.", {("Georgia", "doesNotRecognise", "Abkhazia")}),
])
def test_relations_stance_surface_lists_allies_and_occupation(nlp, text, expected):
    """Misparsed "Neither A nor B recognises X", "one of a handful of countries that ...",
    "Y's diplomatic allies", "considers X occupied"."""
    stances, _, _ = _run(nlp, text)
    assert expected <= _stance_set(stances), _stance_set(stances)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Paraguay is one of Ukraine's allies.",
    "Russia's allies, including Belarus, criticised the vote.",
    "Georgia does not consider Abkhazia occupied.",
    "Taiwan lost another diplomatic ally when Nauru switched to Beijing.",
])
def test_relations_no_stance_from_plain_allies_or_negated_occupation(nlp, text):
    stances, _, _ = _run(nlp, text)
    assert not {s for s in _stance_set(stances) if s[0] != "Nauru"}, _stance_set(stances)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Thailand and the Philippines are founding members of ASEAN.", ("Thailand", "memberOf", "ASEAN")),
    ("Rhayader is a town in Wales.", ("Rhayader", "locatedIn", "Wales")),
    ("Izola is a port city in Slovenia.", ("Izola", "locatedIn", "Slovenia")),
    ("Castlebeck is a small village in Hampshire.", ("Castlebeck", "locatedIn", "Hampshire")),
    ("SDS lawmaker Ivan Kovac spoke.", ("Ivan Kovac", "memberOf", "SDS")),
    ("Liberal Democrat councillor Ann Walsh said the depot would close.",
     ("Ann Walsh", "memberOf", "Liberal Democrat")),
])
def test_relations_copula_places_founding_members_and_party_acronyms(nlp, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected in _rel_set(relations), _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("EU lawmaker Ivan Kovac spoke.", "memberOf"),
    ("Maria Lopez is a teacher in Leeds.", "locatedIn"),
    ("Rhayader is not a town in England.", "locatedIn"),
])
def test_relations_no_tie_from_a_bloc_title_or_a_job(nlp, text, kind):
    _, _, relations = _run(nlp, text)
    assert not any(k == kind for _, k, _ in _rel_set(relations)), _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, person, expected", [
    ("Abel Tesfaye, who became prime minister in 2018, met the envoy.", "Abel Tesfaye", [("prime minister", None)]),
    ("Anna Berg, who was named Chile's foreign minister last year, met the envoy.", "Anna Berg",
     [("foreign minister", "Chile")]),
    ("Anna Berg, who became Chile's foreign minister last year, met the envoy.", "Anna Berg",
     [("foreign minister", "Chile")]),
    ("Anna Berg, who became a mother in 2019, met the envoy.", "Anna Berg", []),
])
def test_relations_position_taken_in_a_relative_clause(nlp, text, person, expected):
    """"who became X", "who was named X last year": an office taken; a time adverbial ends the title."""
    _, positions, _ = _run(nlp, text)
    assert [(p.title, p.org and p.org.kb_id) for p in _pos(positions, person)] == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru recognises the Autonomous Administration of North and West Varnia. Chile does not recognise the "
     "administration, its envoy said.",
     {("Peru", "recognises", "Autonomous Administration of North and West Varnia"),
      ("Chile", "doesNotRecognise", "Autonomous Administration of North and West Varnia")}),
    ("The Autonomous Administration of North and West Varnia (AANWV) held elections in May. Spain will not "
     "recognise the Autonomous Administration, a spokesperson said.",
     {("Spain", "doesNotRecognise", "Autonomous Administration of North and West Varnia")}),
    ("Chile dismissed a claim by Peru to the Kelmar block as baseless.", {("Chile", "doesNotRecognise", "Kelmar")}),
])
def test_relations_stance_on_a_self_ruling_administration_or_a_named_block(nlp, text, expected):
    """A polity named for its governing body ("the Autonomous Administration of X", then "the
    administration"), and a claim "by" a state to "the X block"."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
def test_relations_headline_topic_wins_a_bare_area():
    """"the area" after two other named islands: the territory the headline names (van Dijk's
    headline as the story's summary) is the article's topic."""
    from graph.nlp import load_nlp

    nlp = load_nlp()
    text = ("A Peruvian ship entered the disputed Kelmar block on Sunday. Peru lost Isla Norte and Isla Sur to Chile in "
            "2002. Lima accepted the loss. Officials met on Monday. In a written reply, Chile rejects "
            "Peruvian sovereignty over the area, which Chileans call Block 7.")
    art = Article(id="t.txt", path="t.txt", raw=text, text=text, title="Navy shadows patrol boat in Kelmar block")
    got = _stance_set(extract_stances(nlp(text), art))
    assert ("Chile", "doesNotRecognise", "Kelmar") in got, got
    assert not {s for s in got if s[2] in {"Isla Norte", "Isla Sur", "area"}}, got


@pytest.mark.model
def test_relations_we_of_an_unqualified_ministry_spokesperson_is_the_outlets_state():
    """A paper writes its own government's ministry unqualified: the spokesperson's "we" is the
    masthead's state even when another state is named more often."""
    from graph.nlp import load_nlp

    nlp = load_nlp()
    text = ("Chile protested. Chile sent a note. Chile's navy said it would stay. The Foreign Ministry handed a note "
            "to Chile's embassy in Lima. At the ministry's monthly briefing, spokesperson Rosa Quispe took "
            "questions. \u201cWe accepted Chilean sovereignty over Isla Norte in 2004 and we still do,\u201d she "
            "said.")
    art = Article(id="t.txt", path="t.txt", raw=text, text=text, outlet="The Lima Herald")
    doc = nlp(text)
    quotes = list(extract_quotes(doc, art))
    assert ("Peru", "recognises", "Isla Norte") in _stance_set(extract_stances(doc, art, quotes=quotes))
    pos = [(p.title, p.org and p.org.text) for p in _pos(list(extract_positions(doc, art)), "Rosa Quispe")]
    assert pos == [("spokesperson", "Foreign Ministry")]


@pytest.mark.model
@pytest.mark.parametrize("text, person, expected", [
    ("Westshire County Council's cabinet member for adult care, Cllr Omar Haq (Labour, Westgate), opened the new "
     "day centre.", "Omar Haq",
     {("councillor", None), ("cabinet member for adult care", "Westshire County Council")}),
    ("The mayor of Varnaby, Ana Berg, opened the new harbour.", "Ana Berg", {("mayor", "Varnaby")}),
    ("The corvette KRI Sultan Iskandar left port on Tuesday.", "Iskandar", set()),
])
def test_relations_council_posts_mayors_and_no_person_in_a_ship_name(nlp, text, person, expected):
    _, positions, _ = _run(nlp, text)
    assert {(p.title, p.org and p.org.text) for p in _pos(positions, person)} == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Councillor Jane Marsh (Conservative, Upton and Low Fell) voted against the budget.",
     {("Jane Marsh", "memberOf", "Conservative Party")}),
    ("Fishermen from the Chilean coastal town of Iquique protested.", {("Iquique", "locatedIn", "Chile")}),
    ("In Banyuwangi, a regency in East Java, rice prices rose.", {("Banyuwangi", "locatedIn", "East Java")}),
    ("The firm has its office in Tebet, South Jakarta, near the station.", {("Tebet", "locatedIn", "South Jakarta")}),
    ("Upton St Mary, which lies within the district of Ryedale in North Yorkshire, opened a school.",
     {("Upton St Mary", "locatedIn", "Ryedale"), ("Ryedale", "locatedIn", "North Yorkshire")}),
    ("Jordanian Foreign Minister Ali Hassan, whose country borders Iraq, met the envoy.",
     {("Jordan", "sharesBorderWith", "Iraq")}),
])
def test_relations_ward_brackets_places_and_whose_country(nlp, text, expected):
    """"(Party, Ward)" after a councillor; "the Chilean coastal town of X"; "X, a regency in Y";
    "X, South Jakarta,"; "lies within the borough of X in Y"; "Minister X, whose country borders Y"."""
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations), _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Peru and Chile signed a treaty in 1929. Lima and Santiago argued for years. Peru said the line was wrong, and "
     "Chile disagreed. The two countries, which share a border of about 170 kilometres, fought in 1879.",
     {("Chile", "sharesBorderWith", "Peru")}),
    ("Peru said the line was wrong. Chile disagreed, and Peru protested. Santiago recalled its envoy. Lima refused "
     "to talk. Chile waited. Bolivia, which borders both countries, stayed out of it.",
     {("Bolivia", "sharesBorderWith", "Peru"), ("Bolivia", "sharesBorderWith", "Chile")}),
])
def test_relations_two_countries_are_the_articles_salient_pair(nlp, text, expected):
    _, _, relations = _run(nlp, text)
    got = {tuple(sorted((s, o))) + (k,) for s, k, o in _rel_set(relations) if k == "sharesBorderWith"}
    assert got == {tuple(sorted((s, o))) + (k,) for s, k, o in expected}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Argentina extended diplomatic recognition to Novaria in March.", {("Argentina", "recognises", "Novaria")}),
    ("Argentina has refused to extend recognition to Novaria.", {("Argentina", "doesNotRecognise", "Novaria")}),
    ("Ghana accorded recognition to Novaria in 2011.", {("Ghana", "recognises", "Novaria")}),
    ("Spain, which does not recognise Kelmaria, abstained.", {("Spain", "doesNotRecognise", "Kelmaria")}),
    ("Juan Kelmaria spoke. Peru refused to recognise Kelmaria.", set()),
])
def test_relations_recognition_extended_to_a_polity_and_one_word_names(nlp, text, expected):
    """"extended recognition to X" gives X recognition; a one-word name NER took for a person is
    a polity as the object of "recognise", unless the text names a person so."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, person, expected", [
    ("Omani Foreign Minister Sheikh Badr Hamad told reporters the matter was closed.", "Badr Hamad",
     {("foreign minister", "Oman")}),
    ("Sheikh Salem Al-Sabah, Kuwait's foreign minister, told reporters the matter was closed.", "Salem Al-Sabah",
     {("foreign minister", "Kuwait")}),
    ("The islands' administrator, Rafael Ortiz, said supplies were arriving.", "Rafael Ortiz",
     {("administrator", None)}),
    ("Andrea Lopez, a spokeswoman for the Peruvian army, declined to comment.", "Andrea Lopez",
     {("spokeswoman", "Peru")}),
    ("Ana Rojas, who chairs the Senate's foreign relations committee, called the ruling unjust.", "Ana Rojas",
     {("chair", "Senate")}),
])
def test_relations_positions_after_honorifics_possessors_services_and_who(nlp, text, person, expected):
    """"Sheikh" is an honorific and "Al-Sabah" a family name, not the place; a plural possessor
    is no part of the title; a state's armed service stands for the state; ", who chairs" marks
    an untagged name as a person."""
    _, positions, _ = _run(nlp, text)
    assert {(p.title, p.org and (p.org.kb_id or p.org.text)) for p in _pos(positions, person)} == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected, wrong", [
    ("Castle Marsh is a village in Wales.", ("Castle Marsh", "locatedIn", "Wales"), None),
    ("West Hanley is a city in Kent County, Delaware.", ("Kent County", "locatedIn", "Delaware"),
     ("Delaware", "locatedIn", "Kent County")),
])
def test_relations_a_city_in_a_county_and_its_state(nlp, text, expected, wrong):
    """"X is a village in Y" with X read as a person; "a city in A, B" does not place B in A."""
    _, _, relations = _run(nlp, text)
    got = _rel_set(relations)
    assert expected in got and wrong not in got, got


@pytest.mark.model
@pytest.mark.parametrize("text, person, expected", [
    ("On Monday the Minister for Foreign Affairs, Amara Kanneh, told MPs the talks would resume.", "Amara Kanneh",
     {("minister for foreign affairs", None)}),  # a time adverbial before the title
    ("Last week the Minister of Trade and Industrial Development, Amara Kanneh, briefed donors.",
     "Amara Kanneh", {("minister of trade and industrial development", None)}),  # no body "Minister"
    ("Paramount Chief Musa Kalo Fomba of Dama Chiefdom in Varn District opened the market.", "Musa Kalo Fomba",
     {("paramount chief", "Dama Chiefdom")}),
    ("Mayor Ana Berg of Leeds said the bridge would reopen.", "Ana Berg", {("mayor", "Leeds")}),
    ("Benin's deputy ministers, Juan Vela and Rosa Soto, met donors on Monday.", "Rosa Soto",
     {("deputy minister", "Benin")}),
    ("The party's co-leaders, Juan Vela and his wife, Ana Soto, opened the congress.", "Ana Soto",
     {("co-leader", None)}),
])
def test_relations_positions_after_time_adverbials_chiefs_of_places_and_plural_titles(nlp, text, person, expected):
    """"On Monday the minister, Name": the article opens the title; "Chief Name of X": the place;
    a plural title before a list of names gives each name the post (in the singular)."""
    _, positions, _ = _run(nlp, text)
    assert {(p.title, p.org and (p.org.kb_id or p.org.text)) for p in _pos(positions, person)} == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Troops pushed back the Popular Liberation Front (PLF), the armed group that invaded Chad in 2006.",
     {("Popular Liberation Front", "invaded", "Chad")}),
    ("Peru and Chile, like Colombia members of the Pacific Alliance, signed the text.",
     {("Peru", "memberOf", "Pacific Alliance"), ("Chile", "memberOf", "Pacific Alliance"),
      ("Colombia", "memberOf", "Pacific Alliance")}),
    ("Paramount Chief Musa Kalo Fomba of Dama Chiefdom in Varn District opened the market.",
     {("Dama Chiefdom", "locatedIn", "Varn District")}),
    ("Prices rose in Soho, in the heart of London, last year.", {("Soho", "locatedIn", "London")}),
    ("The town of Brent, in the southern part of Ohio, voted.", {("Brent", "locatedIn", "Ohio")}),
    ("Salford, also in Lancashire County, voted.", {("Salford", "locatedIn", "Lancashire County")}),
    ("Ships call at Varnby, on Peru's Pacific coast, twice a week.", {("Varnby", "locatedIn", "Peru")}),
    ("Lena and Piet Smit have kept the bakery on Main Street since their marriage in 1999.",
     {("Lena Smit", "spouse", "Piet Smit")}),
    ("Lena and Piet Smit run the bakery. \"Trade is slow,\" Lena Smit said. Her husband shrugged.",
     {("Lena Smit", "spouse", "Piet Smit")}),
    ("Lena and Piet Smit run the bakery. \"Trade is slow,\" Lena Smit said. Her brother agreed.", set()),
    ("Lena and Piet Smit run the bakery together.", set()),  # siblings as much as spouses
])
def test_relations_armed_groups_like_members_areas_of_places_and_couples(nlp, text, expected):
    """An armed group named by an appositive invades; "A and B, like C members of Y"; "X, in the
    heart of Y"; "X, also in Y"; a couple named with one surname is married only with a sign of it."""
    _, _, relations = _run(nlp, text)
    got = {(s, k, o) for s, k, o in _rel_set(relations) if k in {"invaded", "memberOf", "locatedIn", "spouse"}}
    assert expected <= got and (expected or not {r for r in got if r[1] == "spouse"}), got


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Nor has Chile's claim to Vela Island ever been recognised by Peru.",
     {("Peru", "doesNotRecognise", "Vela Island")}),
])
def test_relations_stance_nor_with_an_inverted_auxiliary(nlp, text, expected):
    """"Nor has X ever been recognised by Y": the "nor" on the inverted auxiliary negates the cue."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
def test_relations_member_of_parliament_for_a_seat_is_a_member_of_the_chamber(nlp):
    """"the X Member of Parliament for Varn District": a member of the party and of Parliament, not
    of a body called "Parliament for Varn District"."""
    _, _, relations = _run(nlp, "The Unity Party (UP) tabled a motion. Hon. Ana Berg, the UP Member of Parliament "
                                "for Varn District, spoke first.")
    got = {o for s, k, o in _rel_set(relations) if s == "Ana Berg" and k == "memberOf"}
    assert "Parliament" in got and not any("Varn" in o for o in got), got


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tom Berg runs the ferry. Ana Berg, married to him since 1990, keeps the books.",
     {("Ana Berg", "spouse", "Tom Berg")}),
    ("Tom Berg, a retired small-scale miner, runs the cafe. Ana Berg, the miner's wife, bakes the bread.",
     {("Ana Berg", "spouse", "Tom Berg")}),
    ("Trucks queue for days at the border that Peru shares with Chile.",
     {("Peru", "sharesBorderWith", "Chile")}),
    ("Tom Berg, first elected in 2015 under the Green Party banner, chairs the panel.",
     {("Tom Berg", "memberOf", "Green Party")}),
])
def test_relations_pronoun_and_role_spouses_relative_borders_and_banners(nlp, text, expected):
    """"married to him" resolves the pronoun; "the miner's wife" the one miner named before; "the
    border that A shares with B"; "elected under the X banner" makes a party member."""
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations), _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, relation", [
    ("Ana Vik served under the UN banner in Congo.", ("Ana Vik", "memberOf", "UN")),  # service, not a party
    ("Tom Berg, a lawyer, and Sam Vik, a lawyer, spoke. Ana Berg, the lawyer's wife, worries.",
     ("Ana Berg", "spouse", "Tom Berg")),  # two lawyers: no one holder of the role
])
def test_relations_no_party_from_service_nor_spouse_of_an_ambiguous_role(nlp, text, relation):
    _, _, relations = _run(nlp, text)
    assert relation not in _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile's fellow Pacific Alliance states Peru, Mexico and Colombia have all described the Falkland Islands "
     "as British.", {("Peru", "recognises", "Falkland Islands"), ("Mexico", "recognises", "Falkland Islands"),
                     ("Colombia", "recognises", "Falkland Islands")}),
])
def test_relations_stance_holders_listed_after_a_group_noun(nlp, text, expected):
    """"fellow X states A, B and C have described ...": the names after the group noun hold."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
def test_relations_stance_place_tagged_name_in_a_list_of_territories(nlp):
    """"sovereignty over A, B, X and C": a name NER tagged as a location in a list of territories is
    one of them (a list's items are of one kind)."""
    from spacy.tokens import Span

    text = "Argentina disputes British sovereignty over the Falkland Islands, South Georgia, Varnay and the " \
           "South Sandwich Islands."
    doc = nlp(text)
    k = next(t.i for t in doc if t.text == "Varnay")
    doc.ents = [e for e in doc.ents if not (e.start <= k < e.end)] + [Span(doc, k, k + 1, label="LOC")]
    doc[k].ent_id_ = ""  # as NER left it, before the unlisted-territory component
    got = _stance_set(extract_stances(doc, _article(text)))
    assert ("Argentina", "doesNotRecognise", "Varnay") in got, got


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("President Nenad Horvat spoke on Sunday. \"We did not sign it,\" Mr Horvat said, standing beside his wife, "
     "Ana Horvat.", {("Ana Horvat", "spouse", "Nenad Horvat")}),
])
def test_relations_spouse_named_by_a_shared_surname(nlp, text, expected):
    """"Mr X ... his wife, Ana X": the husband is the one other bearer of the surname named in full."""
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations), _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, person, expected", [
    ("Ana Lind, who chairs the Danish branch of the Nordic Council, opened the session.", "Ana Lind",
     {("chair", "Nordic Council")}),
    ("Tom Vu, head of the Leeds branch of the Red Cross, spoke.", "Tom Vu", {("head", "Red Cross")}),
])
def test_relations_position_in_a_branch_is_in_the_body(nlp, text, person, expected):
    """"the Leeds branch of the X": the office is held in X, not in the town."""
    _, positions, _ = _run(nlp, text)
    assert {(p.title, p.org and (p.org.kb_id or p.org.text)) for p in _pos(positions, person)} == expected


@pytest.mark.model
def test_relations_border_of_both_of_which(nlp):
    """"A and B, both of which border C": each borders C (the tagger reads "border" as a noun)."""
    _, _, relations = _run(nlp, "Mali and Niger, both of which border Algeria, stayed silent.")
    got = {tuple(sorted((s, o))) for s, k, o in _rel_set(relations) if k == "sharesBorderWith"}
    assert got == {("Algeria", "Mali"), ("Algeria", "Niger")}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chad, a desert state squeezed between Libya, Niger and Sudan, says Libya invaded its territory in 1980.", {("Chad", "sharesBorderWith", "Libya"), ("Chad", "sharesBorderWith", "Niger"),
                                  ("Chad", "sharesBorderWith", "Sudan"), ("Libya", "invaded", "Chad")}),
    ("A note came from the Andean Community, to which Peru and Bolivia belong.",
     {("Peru", "memberOf", "Andean Community"), ("Bolivia", "memberOf", "Andean Community")}),
    ("The dispute went to the Arbitration Tribunal in Geneva last year.",
     {("Arbitration Tribunal", "locatedIn", "Geneva")}),
    ("The Varnian People's Army invaded Moldova in 1992.",
     {("Varnian People's Army", "invaded", "Moldova")}),
])
def test_relations_wedged_states_owned_invasions_which_clauses_tribunals_and_armies(nlp, text, expected):
    """"X, wedged between A and B": X borders each; "X says Y invaded its territory": X's;
    "the Union, to which A and B belong"; a tribunal in its city; an armed body invades."""
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations), _rel_set(relations)


@pytest.mark.model
def test_relations_no_place_inside_a_bodys_of_name(nlp):
    """"the University of the Western Cape in Bellville": the end of the body's name is not placed."""
    _, _, relations = _run(nlp, "Ana Berg, a lecturer at the University of the Western Cape in Bellville, "
                                "South Africa, said the claim was weak.")
    assert not any(s == "Western Cape" for s, _, _ in _rel_set(relations))


@pytest.mark.model
@pytest.mark.parametrize("text, person, expected", [
    ("Peruvian Brigadier General Juan Vela Ruiz inspected the troops on Monday.",
     "Juan Vela Ruiz", {("brigadier general", "Peru")}),
    ("Ana Lind, a Norwegian navy captain who served as a liaison officer with UNIFIL, spoke.",
     "Ana Lind", {("navy captain", None), ("liaison officer", "UNIFIL")}),
    ("In Lima, Peru's lead negotiator with Mercosur, Ana Soto, said talks would resume.",
     "Ana Soto", {("lead negotiator", "Peru")}),
    ("Tom Berg, a deputy director in Chile's interior ministry, told reporters.",
     "Tom Berg", {("deputy director", "Chile")}),
])
def test_relations_positions_ranks_served_posts_counterparts_and_ministries(nlp, text, person, expected):
    """Military ranks; "who served as Y" after an appositive; "X's negotiator with Z": X employs;
    "a state secretary in X's foreign ministry": X."""
    _, positions, _ = _run(nlp, text)
    assert {(p.title, p.org and (p.org.kb_id or p.org.text)) for p in _pos(positions, person)} == expected


@pytest.mark.model
def test_relations_stance_neither_countrys_claim(nlp):
    """"recognise neither country's claim to X": a state-owned claim, refused."""
    stances, _, _ = _run(nlp, "Brazil recognises neither country's claim to Vesna.")
    assert _stance_set(stances) == {("Brazil", "doesNotRecognise", "Vesna")}


@pytest.mark.model
def test_relations_of_which_members_hung_on_the_subject(nlp):
    """", of which A, B and C are all members": the "of which" the parser hung on the first member."""
    _, _, relations = _run(nlp, "Talks resumed in Rabat at the Arab League, of which Saudi Arabia, Morocco and "
                                "Egypt are all members.")
    got = {s for s, k, o in _rel_set(relations) if k == "memberOf" and o == "Arab League"}
    assert got == {"Saudi Arabia", "Morocco", "Egypt"}, got


@pytest.mark.model
def test_relations_one_of_the_cities_in_a_place(nlp):
    """"X, one of the largest cities in Y,": X is in Y."""
    _, _, relations = _run(nlp, "Leeds, one of the largest cities in England, voted.")
    assert ("Leeds", "locatedIn", "England") in _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile rejects, in the firmest possible way, any suggestion that Vesna belongs to Peru, a spokesman said.",
     {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile rejects any suggestion that the Varn Islands belong to Peru.",
     {("Chile", "doesNotRecognise", "Varn Islands")}),
    ("No Chilean cabinet has ever recognised Vesna.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("No country has recognised Vesna.", set()),
])
def test_relations_stance_rejected_suggestion_and_no_state_government(nlp, text, expected):
    """"rejects any suggestion that X belongs to Y" (a proposition noun carries the clause);
    "No <demonym> government has recognised X": the state does not."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
def test_relations_stance_holders_before_a_likening_parenthesis(nlp):
    """"A and B, like most other governments, recognise X" parsed with the verb as a conjunct of
    the last noun: the list before the parenthesis holds the stance (the parse is set by hand, as the
    tagger gives it for some names)."""
    text = "The United States and Japan, like most other governments, recognise Abkhazia as part of Georgia."
    doc = nlp(text).copy()
    verb, state, root = doc[11], doc[9], doc[2]
    assert (verb.text, state.text, root.text) == ("recognise", "governments", "States")
    root.head, root.dep_ = root, "ROOT"
    for t in doc:
        if t.head.i == verb.i and t.i != verb.i and t.dep_ != "dobj":
            t.head = root
    verb.head, verb.dep_ = state, "conj"
    stances = list(extract_stances(doc, _article(text)))
    assert _stance_set(stances) == {("United States", "recognises", "Abkhazia"), ("Japan", "recognises", "Abkhazia")}


@pytest.mark.model
@pytest.mark.parametrize("text, person, expected", [
    ("Lena Brandt, a former envoy who was Norway's consul in Lima for a decade, disagreed.",
     "Lena Brandt", {("envoy", None, True), ("consul", "Norway", True)}),
    ("Kofi Mensah, the Reeve of Tolsa, opened the fair.",
     "Kofi Mensah", {("Reeve", "Tolsa", False)}),
    ("Varnek's district commander, Maj. Gen. Amos Banda, declined to comment.",
     "Amos Banda", {("district commander", "Varnek", False)}),
    ("Lena Brandt, a reporter who writes about shipping for Reuters, filed the story.",
     "Lena Brandt", {("reporter", "Reuters", False)}),
])
def test_relations_positions_who_was_clauses_unlisted_offices_dotted_ranks_and_outlets(nlp, text, person, expected):
    """"a former envoy who was X's consul": the post named too; "Name, the Reeve of X,";
    "X's commander, Maj. Gen. Name,"; "a reporter who writes about Y for Z": Z employs."""
    _, positions, _ = _run(nlp, text)
    got = {(p.title, p.org and (p.org.kb_id or p.org.text), p.former) for p in _pos(positions, person)}
    assert got == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Turkey, which kept the port long after it invaded the Karpas Peninsula in 1974, later signed a treaty.",
     {("Turkey", "invaded", "Karpas Peninsula")}),
    ("Peru, like Chile, belongs to the Pacific Alliance.",
     {("Peru", "memberOf", "Pacific Alliance"), ("Chile", "memberOf", "Pacific Alliance")}),
    ("Chile contests Peruvian sovereignty over the Tolsa Marine Park in Varnek.",
     {("Tolsa Marine Park", "locatedIn", "Varnek")}),
    ("Ties have improved since Kenya withdrew its troops from Somalia in 2012. Kenyan and Somali units now "
     "patrol the coast together. Both countries are members of the African Union.",
     {("Kenya", "memberOf", "African Union"), ("Somalia", "memberOf", "African Union")}),
    ("Kenya belongs to IGAD, which Somalia joined in 1986.",
     {("Kenya", "memberOf", "Intergovernmental Authority on Development"),
      ("Somalia", "memberOf", "Intergovernmental Authority on Development")}),
    ("Ballyvara, in the north of County Mayo, lost its post office last year.",
     {("Ballyvara", "locatedIn", "County Mayo")}),
    ("Dunmore, in the south of County Wexford, voted to keep its pier.",
     {("Dunmore", "locatedIn", "County Wexford")}),
    ("The court sits in Tolsa, Bavaria's regional capital.", {("Tolsa", "locatedIn", "Bavaria")}),
    ("Police found the canoe near Kasenyi landing site in Hoima district, western Uganda.",
     {("Kasenyi", "locatedIn", "Hoima"), ("Hoima", "locatedIn", "Uganda")}),
])
def test_relations_invaded_regions_likened_members_reserves_pairs_and_misread_places(nlp, text, expected):
    """A region invaded (with "it" in a clause inside a relative clause); "A, like B and C,
    belongs to X"; an unlisted disputed area in a place; "Both countries are members";
    "which Y joined"; "X, in the north of County Y," and "in X, Y's regional capital"
    whatever NER made of the names; "X district, western Y"; "the X landing site in Y"."""
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations), _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Oman stands squarely behind Chile's sovereignty over all of its territory, including Vesna.",
     {("Oman", "recognises", "Vesna")}),
    ("Qatar supports the sovereignty of Chile over all of its territory, including Vesna.",
     {("Qatar", "recognises", "Vesna")}),
    ("Egypt stands with Sudan's sovereignty over Vesna.", {("Egypt", "recognises", "Vesna")}),
    ("Chile stands against Peru's claim to Vesna.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile stood by its old claim to Vesna.", set()),
    ("Chile stands with Peru in the talks.", set()),
    ("Guyana dismisses, as wholly baseless, any Venezuelan claim to Vesna.",
     {("Guyana", "doesNotRecognise", "Vesna")}),
    ("Guyana dismisses, as wholly baseless, any suggestion that Vesna belongs to Venezuela.",
     {("Guyana", "doesNotRecognise", "Vesna")}),
])
def test_relations_stance_standing_with_a_status_included_lands_and_dismissed_claims(nlp, text, expected):
    """"stands with / against X's sovereignty" (not "stood by its claim", the holder's own);
    "sovereignty of A over all of its territory, including X": X, not A; "dismisses, as
    baseless, any claim" with the verb read as a plural noun."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Vesna has been recognised by Chile and Argentina.",
     {("Chile", "recognises", "Vesna"), ("Argentina", "recognises", "Vesna")}),
    ("Vesna is not recognised by Chile.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile extended formal recognition to Vesna in 2011.", {("Chile", "recognises", "Vesna")}),
    ("Chile rejected Vesna's declaration of independence.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile has withheld recognition of Vesna's independence since 2008.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile considers Vesna an integral part of Peru.", {("Chile", "recognises", "Vesna")}),
    ("Chile still does not consider Vesna a sovereign state.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile upholds Peru's territorial integrity, including Vesna.", {("Chile", "recognises", "Vesna")}),
    ("Chile upholds Serbia's territorial integrity, including Kosovo.", {("Chile", "recognises", "Kosovo")}),
    ("Chile supports Ukraine's territorial integrity.", set()),
])
def test_relations_stance_on_unlisted_names_in_passive_possessive_and_small_clause_slots(nlp, text, expected):
    """A name the gazetteer lacks is a territory as the passive subject of "recognise", the receiver
    of "recognition to", the owner of "independence" or "declaration of independence", the subject
    of "considers X (a sovereign state / part of Y)"; "X's territorial integrity, including Y": Y."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Bolivia accepts Peru's sovereignty over Isla Varneka, Tomas Lind, an adviser to the Bolivian cabinet, "
     "said on Friday.", {("Bolivia", "recognises", "Isla Varneka")}),
    ("Oman backs Chile's claim to the Tolsa Islands, Anna Berg, the Omani envoy, told reporters.",
     {("Oman", "recognises", "Tolsa Islands")}),
    ("Peru disputes Chilean sovereignty over Rincón de Tolsa. Bolivia has said nothing about Chilean rule over the "
     "Rincón.", {("Peru", "doesNotRecognise", "Rincón de Tolsa")}),
    ("Peru rejects Chilean sovereignty over the peak of Mont Tolsa and over the Col du Varnek.",
     {("Peru", "doesNotRecognise", "Mont Tolsa"), ("Peru", "doesNotRecognise", "Col du Varnek")}),
    ("Peru has long wanted Tolsa Island, a low coral atoll. Peru does not recognize Chilean sovereignty over the "
     "atoll.", {("Peru", "doesNotRecognise", "Tolsa Island")}),
    ("Saint Vincent and the Grenadines joined the talks. The SVG government does not recognise Kosovo.",
     {("Saint Vincent and the Grenadines", "doesNotRecognise", "Kosovo")}),
])
def test_relations_stance_trailing_source_particle_names_land_parts_described_atolls_and_initials(
        nlp, text, expected):
    """An object the parser gave to a trailing "..., Name, a spokeswoman, said" (and the name no
    land); "X de Y" names; "the summit of X"; "the atoll" after "X Island, the remote atoll";
    a country's initials after its full name."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, person, title, org, former", [
    ("In Lima, the Ministry of Culture and Heritage was more cautious. Its press officer, Tomas Lind, said the "
     "plan was sound.", "Tomas Lind", "press officer", "Ministry of Culture and Heritage", False),
    ("Vesna Marek, Chile's undersecretary of foreign affairs, said the talks would resume.", "Vesna Marek",
     "undersecretary of foreign affairs", "Chile", False),
    ("“The nets are full,” said Harbour Constable Tomas Lind on Monday.", "Tomas Lind", "harbour constable", None,
     False),
    ("Former Beach Warden Vesna Marek, now in her eighties, disagreed.", "Vesna Marek", "beach warden", None, True),
])
def test_relations_position_of_its_subject_body_undersecretary_and_unlisted_local_offices(
        nlp, text, person, title, org, former):
    """"Its" after a body in subject position (not a fronted place); "undersecretary"; an unlisted
    local office before the name ("Harbour Constable X") is the title, with no body."""
    _, positions, _ = _run(nlp, text)
    got = [(p.title, p.org.text if p.org else p.org_name, p.former) for p in _pos(positions, person)]
    assert (title, org, former) in got, got


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile signed a pact with Peru, and both are members of the Pacific Alliance.",
     {("Chile", "memberOf", "Pacific Alliance"), ("Peru", "memberOf", "Pacific Alliance")}),
    ("Peru was calm. Then Chile invaded the country in 1879.", {("Chile", "invaded", "Peru")}),
    ("Tomas Lind, who has sat in the National Assembly for Tolsa since 2017 as a member of the Centre Party, voted "
     "no.", {("Tomas Lind", "memberOf", "National Assembly"), ("Tomas Lind", "memberOf", "Centre Party")}),
    ("Tomas Lind represents Tolsa in the Saeima.", {("Tomas Lind", "memberOf", "Saeima")}),
    ("Tomas Lind, a senator for the Frente Unido, voted against the bill.", {("Tomas Lind", "memberOf", "Frente Unido")}),
    ("Snow closed roads across Italy's Varnek Valley on Monday.", {("Varnek Valley", "locatedIn", "Italy")}),
    ("In Tolsby, in the Varnek Valley near the old mine, hotels were full.", {("Tolsby", "locatedIn", "Varnek Valley")}),
    ("Sheep were seen near Tolsby, the largest hamlet in the district Peru calls Varnek.",
     {("Tolsby", "locatedIn", "Varnek")}),
    ('"We order parts from a shop in Tolsby, Maine, and hope they arrive," she said.', {("Tolsby", "locatedIn", "Maine")}),
])
def test_relations_pairs_with_with_anaphoric_countries_seats_landforms_and_settings(nlp, text, expected):
    """"A ... with B, and both are members"; "invaded the country"; the chamber and party of a seat;
    "X's Y Valley"; "in X, in Y at Z"; "the area Y calls Z"; "in X, Maine, and ..." (a clause, no list)."""
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations), _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, absent", [
    ("Tomas Lind served in the Ruritanian Army for ten years.", ("Tomas Lind", "memberOf", "Ruritanian Army")),
    ("Sheep were seen near Tolsby, the largest hamlet in the district Peru calls Varnek.", ("Tolsby", "locatedIn",
                                                                                          "Peru")),
])
def test_relations_no_seat_without_a_chamber_and_no_caller_as_container(nlp, text, absent):
    """Serving "in" a body "for ten years" is no seat; the state that names an area does not hold the village."""
    _, _, relations = _run(nlp, text)
    assert absent not in _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile withholds recognition from Vesna.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile rejects Peru's annexation of Vesna.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile established diplomatic relations with Vesna in 2010.", {("Chile", "recognises", "Vesna")}),
    ("Chile disputes Peru's title to Vesna.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile contests Peruvian control of Vesna.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile does not accept Peruvian rule over Vesna.", {("Chile", "doesNotRecognise", "Vesna")}),
    ("Chile established diplomatic relations with Peru in 2010.", set()),  # a listed state: no territory
])
def test_relations_stance_on_unlisted_names_held_annexed_or_kept_at_a_distance(nlp, text, expected):
    """A name the gazetteer lacks is a territory after "recognition from", "Y's annexation of",
    "diplomatic relations with", "Y's title to" (with "to" hung on the verb), "Y's control of / rule over"."""
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected


# Borders in "whose" clauses and appositives, memberships of "the two countries" and "part of", spouses
# with an occupation, places owned by places, and place settings.
TIE_WORDING_CASES = [
    ("a pair before 'whose' and its frontier", "Chile and Argentina, whose 5,000-km mountain frontier rarely "
     "closes, met in Mendoza.", {("Chile", "sharesBorderWith", "Argentina")}),
    ("'whose border with Y'", "Brazil, whose 700-mile river border with Paraguay winds through forest, sent "
     "engineers.", {("Brazil", "sharesBorderWith", "Paraguay")}),
    ("'whose frontier is shared with A and B'", "Paraguay, whose frontier is shared with Bolivia and Argentina in "
     "the west and south, abstained.", {("Paraguay", "sharesBorderWith", "Bolivia"),
                                        ("Paraguay", "sharesBorderWith", "Argentina")}),
    ("a pair of neighbours across a frontier", "Chile and Argentina, neighbours across the Andes frontier, signed "
     "a pact.", {("Chile", "sharesBorderWith", "Argentina")}),
    ("'both countries, which with A and B make up X'", "Ecuador and Peru settled their dispute in 1998. Both "
     "countries, which with Bolivia and Colombia make up the Andean Community, trade freely.",
     {("Ecuador", "memberOf", "Andean Community"), ("Peru", "memberOf", "Andean Community")}),
    ("states that are both part of a body", "Laos and Cambodia are both part of ASEAN.",
     {("Laos", "memberOf", "ASEAN"), ("Cambodia", "memberOf", "ASEAN")}),
    ("a party's member noun before a relative clause", "Vesna Lind, a Social Democrat who chairs the housing "
     "board, voted against it.", {("Vesna Lind", "memberOf", "Social Democrat")}),
    ("married to an occupation and a name", "Vesna Tolsa, who is married to carpenter Petar Lind, runs the shop.",
     {("Vesna Tolsa", "spouse", "Petar Lind")}),
    ("a feature word after a place's name", "At Los Organos beach in Piura, a few kilometres north of the border, "
     "the post can be seen from the shore.", {("Los Organos", "locatedIn", "Piura")}),
    ("two places counted in a third", "Kiruna and Lulea, two towns in Sweden, flooded.",
     {("Kiruna", "locatedIn", "Sweden"), ("Lulea", "locatedIn", "Sweden")}),
    ("a hyphenated compass word before the region", "The fair returns to Kendal in south-east Cumbria next week.",
     {("Kendal", "locatedIn", "Cumbria")}),
]

NO_TIE_CASES = [
    ("a country part of another", "Crimea is part of Ukraine."),
    ("a country part of no body", "Nepal is part of the problem."),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", TIE_WORDING_CASES, ids=[c[0] for c in TIE_WORDING_CASES])
def test_relations_borders_memberships_and_places_in_news_wordings(nlp, name, text, expected):
    _, _, relations = _run(nlp, text)
    assert expected <= _rel_set(relations)
    _spans_ok(text, relations)


@pytest.mark.model
@pytest.mark.parametrize("name,text", NO_TIE_CASES, ids=[c[0] for c in NO_TIE_CASES])
def test_relations_no_tie_from_part_of_or_a_negated_border(nlp, name, text):
    _, _, relations = _run(nlp, text)
    assert not {r for r in _rel_set(relations) if r[1] in {"memberOf", "sharesBorderWith"}}


# Titles set off from the name before them, owned by a possessive body, given by "represent ... as", or of a
# body a definite description takes up.
TITLE_READING_CASES = [
    ("a posting's setting after the title", "Greece's consul in the port city, Nikos Vlahos, declined to "
     "comment.", "Nikos Vlahos", ("consul", "Greece")),
    ("a title between two names belongs to the second", "Reached at Tolsby, a harbour near Varnek's north cape, "
     "Greece's honorary consul on the island, Nikos Vlahos, declined to comment.", "Nikos Vlahos",
     ("honorary consul", "Greece")),
    ("a possessive state before a body's spokesperson", "Chile’s Ministry of Foreign Affairs spokesperson Vesna "
     "Lind said the talks failed.", "Vesna Lind", ("spokesperson", "Ministry of Foreign Affairs")),
    ("'represented X as Y'", "Tomas Berg, who represented Chile as its negotiator at the talks, is retired.",
     "Tomas Berg", ("negotiator", "Chile")),
    ("a hyphenated post after 'represented X as'", "Tomas Berg, who represented Chile as co-chair of the panel, is "
     "retired.", "Tomas Berg", ("co-chair", "Chile")),
    ("'of the company' after the company was named", "Tolsby Ferry Company has run the crossing since 1950. Its "
     "fares will rise, said Vesna Lind, chief executive of the company.", "Vesna Lind",
     ("chief executive", "Tolsby Ferry Company")),
    ("an office before a comma and a titled name", "Speaking first, the Mayor of Ludlow, Councillor Vesna Lind, "
     "welcomed the plan.", "Vesna Lind", ("mayor", "Ludlow")),
    ("chairing a body's unnamed committee", "Ana Blom, who chairs Varnby District Council's licensing committee, "
     "objected.", "Ana Blom", ("chair", "Varnby District Council")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,person,expected", TITLE_READING_CASES, ids=[c[0] for c in TITLE_READING_CASES])
def test_relations_position_titles_apart_from_the_name_before_or_given_by_a_verb(nlp, name, text, person,
                                                                                 expected):
    _, positions, _ = _run(nlp, text)
    assert expected in {(p.title, p.org.text if p.org else None) for p in _pos(positions, person)}
    _spans_ok(text, positions)


def test_relations_title_between_two_names_is_not_the_first_ones(nlp):
    text = ("Reached at Tolsby, a harbour near Varnek's north cape, Greece's honorary consul on the island, "
            "Nikos Vlahos, declined to comment.")
    _, positions, _ = _run(nlp, text)
    assert all(p.person.text == "Nikos Vlahos" for p in positions)


# Stances worded as a grant or denial with the receiver first, diplomatic ties, a verdict on a hold, a view
# taken over, support for territorial integrity, and a plain report of belonging.
STANCE_FRAME_CASES = [
    ("granted an unlisted name diplomatic recognition", "Nauru granted Varnekia diplomatic recognition in 2019.",
     {("Nauru", "recognises", "Varnekia")}),
    ("denies an unlisted name recognition", "Nauru continues to deny Varnekia recognition.",
     {("Nauru", "doesNotRecognise", "Varnekia")}),
    ("diplomatic ties with an unlisted name", "Nauru established diplomatic ties with Varnekia last year.",
     {("Nauru", "recognises", "Varnekia")}),
    ("a state's rule over a land regarded as illegal", "Tonga regards Serbia's rule over Kosovo as illegal.",
     {("Tonga", "doesNotRecognise", "Kosovo")}),
    ("a state's administration of an unlisted land called illegitimate", "Tonga calls Chile's administration of "
     "Tolsa Island illegitimate.", {("Tonga", "doesNotRecognise", "Tolsa Island")}),
    ("an annexation of an unlisted land called null and void", "Tonga called Chile's annexation of Varnek Island "
     "null and void.", {("Tonga", "doesNotRecognise", "Varnek Island")}),
    ("backing another state's position", "Tonga backs Morocco's position that Western Sahara is Moroccan.",
     {("Tonga", "recognises", "Western Sahara")}),
    ("support for a state's territorial integrity, including a land", "Tonga restated its support for Ukraine's "
     "territorial integrity, including Crimea.", {("Tonga", "recognises", "Crimea")}),
    ("a report that a land is part of another state", "Tonga says Crimea is part of Ukraine.",
     {("Tonga", "recognises", "Crimea")}),
    ("a report that a land is another state's territory", "Tonga says Crimea is Ukrainian territory.",
     {("Tonga", "recognises", "Crimea")}),
    ("officials in a capital", "Officials in Lima do not recognise Kosovo.", {("Peru", "doesNotRecognise", "Kosovo")}),
    ("'it' of a government that says so", "The Peruvian government said on Tuesday that it would not recognise "
     "Varnekia.", {("Peru", "doesNotRecognise", "Varnekia")}),
    ("a land set apart by 'but not'", "Peru recognises Kosovo but not Abkhazia.",
     {("Peru", "recognises", "Kosovo"), ("Peru", "doesNotRecognise", "Abkhazia")}),
    ("a holder set apart by 'but not'", "Peru, but not Chile, recognises Kosovo.",
     {("Peru", "recognises", "Kosovo"), ("Chile", "doesNotRecognise", "Kosovo")}),
    ("an unlisted one-word name in a 'nor' coordination", "Peru has recognised neither Varnekia nor Tolsaria.",
     {("Peru", "doesNotRecognise", "Varnekia"), ("Peru", "doesNotRecognise", "Tolsaria")}),
    ("unlisted names the same applies to", "Peru does not recognise Varnekia or Kelmaria; the same applies to "
     "Ostmark and Vesnia.", {("Peru", "doesNotRecognise", n) for n in ("Varnekia", "Kelmaria", "Ostmark",
                                                                       "Vesnia")}),
    ("never wavered in its recognition", "Peru never wavered in its recognition of Kosovo.",
     {("Peru", "recognises", "Kosovo")}),
    ("did not hesitate to recognise", "Peru did not hesitate to recognise Kosovo.", {("Peru", "recognises", "Kosovo")}),
    ("no intention of withdrawing a recognition", "Peru has no intention of withdrawing its recognition of Kosovo.",
     {("Peru", "recognises", "Kosovo")}),
    ("refused to end a recognition", "Peru refused to end its recognition of Kosovo.",
     {("Peru", "recognises", "Kosovo")}),
    ("not among the states that recognise", "Peru is not among the countries that recognise Kosovo.",
     {("Peru", "doesNotRecognise", "Kosovo")}),
    ("the decision by a state to recognise", "The decision by Peru to recognise Kosovo angered Serbia.",
     {("Peru", "recognises", "Kosovo")}),
    ("a declaration of independence said to be illegal", "Peru said Kosovo's declaration of independence was "
     "illegal.", {("Peru", "doesNotRecognise", "Kosovo")}),
    ("a state says a land is no state", "Peru says Kosovo is not a state.", {("Peru", "doesNotRecognise", "Kosovo")}),
    ("a state says a land is a state", "Peru said Kosovo is an independent state.",
     {("Peru", "recognises", "Kosovo")}),
    ("one of a handful of states that", "Chile is one of a handful of countries that recognise Kosovo.",
     {("Chile", "recognises", "Kosovo")}),
    ("the breakaway region of an unlisted name", "Peru and Bolivia both recognise the breakaway region of "
     "Varnekia.", {("Peru", "recognises", "Varnekia"), ("Bolivia", "recognises", "Varnekia")}),
    ("recognition withdrawn from a land", "Tonga has withdrawn recognition from Kosovo.",
     {("Tonga", "doesNotRecognise", "Kosovo")}),
    ("a description given a name by 'known as'", "Bolivia recognises Chile's jurisdiction over the reefs known "
     "as the Varnek Shoals.", {("Bolivia", "recognises", "Varnek Shoals")}),
    ("a sea bank held", "Peru rejects Chile's claims over the Varnek Bank.",
     {("Peru", "doesNotRecognise", "Varnek Bank")}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", STANCE_FRAME_CASES, ids=[c[0] for c in STANCE_FRAME_CASES])
def test_relations_stance_grants_ties_verdicts_views_and_reports(nlp, name, text, expected):
    stances, _, _ = _run(nlp, text)
    assert _stance_set(stances) == expected
    _spans_ok(text, stances)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Tonga restated its support for Ukraine's territorial integrity.",
                                  "Russia says Crimea is Russian territory."])
def test_relations_stance_no_land_or_an_own_claim_reported(nlp, text):
    stances, _, _ = _run(nlp, text)
    assert not [s for s in stances if s.stance == "recognises" and _holder(s) != "Russia"]


STRESS_RELATION_CASES = [
    # spouse nouns frame a name as a person's
    ("the wife of a name", "Sanna Holt, the wife of Petar Lind, chaired the panel.",
     ("Sanna Holt", "spouse", "Petar Lind")),
    ("a name's widow apposed", "Ilse Varga, Tomas Hale's widow, thanked the nurses.",
     ("Ilse Varga", "spouse", "Tomas Hale")),
    ("the couple, A and B", "The couple, Signe Falk and Aksel Moe, opened a cafe in Tolsby.",
     ("Signe Falk", "spouse", "Aksel Moe")),
    # borders
    ("a dashed pair before the border noun", "Trade slowed at the Latvia-Belarus border this winter.",
     ("Latvia", "sharesBorderWith", "Belarus")),
    ("on another's border", "Laos, on Vietnam's western border, grows rice.",
     ("Laos", "sharesBorderWith", "Vietnam")),
    ("neighbouring states", "Slovakia and Hungary are neighbouring states.",
     ("Slovakia", "sharesBorderWith", "Hungary")),
    ("neighbours", "Chile and Argentina are neighbours.", ("Chile", "sharesBorderWith", "Argentina")),
    ("bordered by, apposed", "Bhutan, bordered by India to the south, exports power.",
     ("Bhutan", "sharesBorderWith", "India")),
    # memberships
    ("the second of fellow members", "Fellow NATO members Latvia and Lithuania sent jets.",
     ("Lithuania", "memberOf", "NATO")),
    ("members such as", "NATO members such as Latvia and Estonia raised spending.",
     ("Estonia", "memberOf", "NATO")),
    ("one of the founding members of", "Belgium is one of the founding members of NATO.",
     ("Belgium", "memberOf", "NATO")),
    ("among the bloc's members", "NATO ministers met on Monday. Norway is among the bloc's oldest members.",
     ("Norway", "memberOf", "NATO")),
    # places
    ("lies on the coast of", "Varnholm lies on the coast of eastern Sweden.", ("Varnholm", "locatedIn", "Sweden")),
    ("situated in", "Mount Tolsa is situated in northern Norway.", ("Mount Tolsa", "locatedIn", "Norway")),
    ("a named place, in, a compass word, no comma", "Residents of Bergen in western Norway gathered.",
     ("Bergen", "locatedIn", "Norway")),
    ("a title-case dateline with the agency", "Tolsmark, Denmark (Reuters) - Farmers blocked the port.",
     ("Tolsmark", "locatedIn", "Denmark")),
    ("a village in the demonym's county of", "Tolsby is a village in the Norwegian county of Vestland.",
     ("Tolsby", "locatedIn", "Vestland")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,triple", STRESS_RELATION_CASES, ids=[c[0] for c in STRESS_RELATION_CASES])
def test_relations_compact_news_wordings_of_spouse_border_member_and_place(nlp, name, text, triple):
    _, _, relations = _run(nlp, text)
    got = _rel_set(relations)
    assert triple in got or (triple[2], triple[1], triple[0]) in got and triple[1] in {
        "spouse", "sharesBorderWith"}, got
    _spans_ok(text, relations)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Slovakia and Hungary are not neighbours.",
    "Norway is not one of the members of the European Union.",
    "Tolsby, near Oslo, has a harbour.",
    "Mount Tolsa is not in Sweden.",
    "Former NATO members are few.",
])
def test_relations_compact_news_wordings_negated_or_vague_give_nothing(nlp, text):
    _, _, relations = _run(nlp, text)
    assert not [r for r in relations if r.kind in {"sharesBorderWith", "memberOf", "locatedIn"}], _rel_set(relations)


@pytest.mark.model
@pytest.mark.parametrize("text,wrong", [
    ("Envoys of Chile and Peru, both NATO members, and Bolivia's minister met.", ("Bolivia", "memberOf", "NATO")),
    ("The Chile-Peru Boundary Commission met in Oslo.", ("Chile", "sharesBorderWith", "Peru Boundary Commission")),
    ("Talks with Hanoi in the Paracel Islands stalled.", ("Hanoi", "locatedIn", "Paracel Islands")),
])
def test_relations_compact_news_wordings_not_read_past_their_frame(nlp, text, wrong):
    _, _, relations = _run(nlp, text)
    got = _rel_set(relations)
    assert wrong not in got and not any(r[1] == wrong[1] and r[0] == wrong[0] for r in got), got


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ('"Kosovo is not a state," Peru\'s foreign minister said.', {("Peru", "doesNotRecognise", "Kosovo")}),
])
def test_relations_stance_statehood_denied_in_a_quote_is_the_speakers_state(nlp, text, expected):
    art = _article(text)
    doc = nlp(text)
    stances = extract_stances(doc, art, quotes=list(extract_quotes(doc, art)))
    assert _stance_set(stances) == expected


@pytest.mark.model
def test_relations_stance_never_a_land_on_a_state(nlp):
    """Two pronouns resolved the wrong way round must not make a territory hold a stance on a state."""
    stances, _, _ = _run(nlp, "Peru's position on Kosovo has not changed: it does not recognise it.")
    assert not [s for s in stances if _holder(s) == "Kosovo"]


# --------------------------------------------------------------------------- member lists, sites, contacts, spouses

LIST_AND_SITE_CASES = [
    ("an acronym and a floating quantifier before belong",
     "Talks were hosted by the Andean Water Council (AWC), to which Peru, Chile and Bolivia each belong.",
     ("Bolivia", "memberOf", "Andean Water Council")),
    ("states sitting together with others on a body",
     "Malta and Cyprus sit together with Greece, the Maldives and Italy on the Coral Fisheries Commission.",
     ("Maldives", "memberOf", "Coral Fisheries Commission")),
    ("an associate member after the list of members",
     "The Baltic Grain Board's members are Latvia and Estonia. Lithuania became an associate member in 2011.",
     ("Lithuania", "memberOf", "Baltic Grain Board")),
    ("a town on a territory, apposed", "The delegates met in Varnek, on Northern Cyprus, last spring.",
     ("Varnek", "locatedIn", "Northern Cyprus")),
    ("a two-word town the tagger took for a body, in a county",
     "The shed was moved to Castle Varnek, in Dorset, in 1950.", ("Castle Varnek", "locatedIn", "Dorset")),
    ("a territory running up against a state", "At its eastern end, Transnistria runs up against Ukraine.",
     ("Transnistria", "sharesBorderWith", "Ukraine")),
    ("a station named like a person in a territory", "The team flew to Kowalski base in Greenland.",
     ("Kowalski", "locatedIn", "Greenland")),
    ("a party deputy before the name, a chamber named",
     "Nova Terra deputy Lena Varga told the Assembly on Monday that the budget was late.",
     ("Lena Varga", "memberOf", "Nova Terra")),
    ("his wife and an untagged given name after a participle clause",
     "Pavel Dusek grows barley near Tolsby. He spent the afternoon in the orchard, pruning apple trees alongside "
     "his wife, Zdenka.", ("Zdenka", "spouse", "Pavel Dusek")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,triple", LIST_AND_SITE_CASES, ids=[c[0] for c in LIST_AND_SITE_CASES])
def test_relations_member_lists_sites_contacts_and_spouses_by_given_name(nlp, name, text, triple):
    _, _, relations = _run(nlp, text)
    got = _rel_set(relations)
    assert triple in got or (triple[2], triple[1], triple[0]) in got and triple[1] in {
        "spouse", "sharesBorderWith"}, got
    _spans_ok(text, relations)


@pytest.mark.model
@pytest.mark.parametrize("text,wrong", [
    ("Spain runs up against France in the final.", ("Spain", "sharesBorderWith", "France")),
    ("Peru and Chile do not sit in the Andean Community.", ("Peru", "memberOf", "Andean Community")),
    ("Officials in Casablanca, on Western Sahara, were silent.", ("Casablanca", "locatedIn", "Western Sahara")),
    ("At the Assembly, Interior Ministry deputy Lena Varga spoke.", ("Lena Varga", "memberOf", "Interior Ministry")),
    ("The Baltic Grain Board's members are Latvia and Estonia. Lithuania is not a member.",
     ("Lithuania", "memberOf", "Baltic Grain Board")),
    ("The Andean Seed Council's full members are Peru, Chile, Colombia, Ecuador and Bolivia's Aymara Farmers "
     "League (AFL).", ("Bolivia", "memberOf", "Andean Seed Council")),
])
def test_relations_member_lists_sites_contacts_not_read_past_their_frame(nlp, text, wrong):
    _, _, relations = _run(nlp, text)
    assert wrong not in _rel_set(relations), _rel_set(relations)


POSITION_FORMER_BOUND_CASES = [
    ("a past copula closed by until",
     "Oksana Veremchuk, who was Ukraine's foreign minister until 2019, wrote to the committee.",
     ("Oksana Veremchuk", "foreign minister", "Ukraine")),
    ("until before the past copula",
     "Dorin Calaras, who until March was Moldova's foreign minister, said talks had stalled.",
     ("Dorin Calaras", "foreign minister", "Moldova")),
    ("a pluperfect copula closed by until",
     "Teodor Vassilenko, who had been Romania's envoy to Chile until 2018, joined the bank.",
     ("Teodor Vassilenko", "envoy", "Romania")),
    ("a past copula with a when clause",
     "Ingrid Holmqvast, who was Sweden's trade minister when the pact was signed, spoke first.",
     ("Ingrid Holmqvast", "trade minister", "Sweden")),
    ("stepped down as",
     "Kasimir Delvaney, who stepped down as governor of the Varnek Reserve Bank in 2020, spoke at the forum.",
     ("Kasimir Delvaney", "governor", "Varnek Reserve Bank")),
    ("resigned as",
     "Kasimir Delvaney, who resigned as head of the Tolsby Port Authority last year, declined to comment.",
     ("Kasimir Delvaney", "head", "Tolsby Port Authority")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", POSITION_FORMER_BOUND_CASES,
                         ids=[c[0] for c in POSITION_FORMER_BOUND_CASES])
def test_relations_position_left_or_time_bounded_post_is_former(nlp, name, text, expected):
    _, positions, _ = _run(nlp, text)
    person, title, org = expected
    got = [(p.title, p.org.text if p.org else p.org_name, p.former) for p in _pos(positions, person)]
    assert any(title in p.title and p.org is not None and org in p.org.text and p.former
               for p in _pos(positions, person)), got


@pytest.mark.model
@pytest.mark.parametrize("text,person,title", [
    ("Oksana Veremchuk, who is Ukraine's foreign minister until June, said little.",
     "Oksana Veremchuk", "foreign minister"),
    ("Kasimir Delvaney, who was appointed governor of the Varnek Reserve Bank in 2020, spoke at the forum.",
     "Kasimir Delvaney", "governor"),
    ("Ingrid Holmqvast, who was Sweden's trade minister, said the pact would hold.",
     "Ingrid Holmqvast", "trade minister"),
])
def test_relations_position_current_post_not_made_former(nlp, text, person, title):
    _, positions, _ = _run(nlp, text)
    got = [p for p in _pos(positions, person) if title in p.title]
    assert got and not any(p.former for p in got), [(p.title, p.former) for p in _pos(positions, person)]


POSITION_APPOSITIVE_FORM_CASES = [
    ("a hyphenated title after a body premodifier",
     "Felix Ambrosen, a NATO deputy secretary-general, said the alliance was divided.",
     ("Felix Ambrosen", "deputy secretary-general", "NATO")),
    ("a former hyphenated title after a body premodifier",
     "Felix Ambrosen, the former NATO secretary-general, said the alliance was divided.",
     ("Felix Ambrosen", "secretary-general", "NATO")),
    ("an appositive after a bracketed party",
     "Karsten Moll (Labour), the MP for Stirling, raised the matter in the Commons.",
     ("Karsten Moll", "MP", "Stirling")),
    ("an appositive after a bracketed photo note",
     "Karsten Moll (pictured), the mayor of Tolsby, opened the bridge.",
     ("Karsten Moll", "mayor", "Tolsby")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", POSITION_APPOSITIVE_FORM_CASES,
                         ids=[c[0] for c in POSITION_APPOSITIVE_FORM_CASES])
def test_relations_position_hyphen_titles_and_bracket_before_appositive(nlp, name, text, expected):
    _, positions, _ = _run(nlp, text)
    person, title, org = expected
    got = [(p.title, p.org.text if p.org else p.org_name) for p in _pos(positions, person)]
    assert any(p.title == title and p.org is not None and p.org.text == org for p in _pos(positions, person)), got


@pytest.mark.model
def test_relations_position_time_is_no_employer(nlp):
    text = "Vesna Tolsa, who was named head of the Dutch central bank in March, said inflation had peaked."
    _, positions, _ = _run(nlp, text)
    assert not any(p.org is not None and p.org.text == "March" for p in positions), \
        [(p.person.text, p.title, p.org and p.org.text) for p in positions]


def _pairs(relations, kind: str) -> set[frozenset]:
    return {frozenset((s, o)) for s, k, o in _rel_set(relations) if k == kind}


STRESS_RELATION_CASES = [
    ("border list with a compass phrase after each country",
     "Slovenia borders Italy to the west and Croatia to the south.",
     "sharesBorderWith", {frozenset({"Slovenia", "Italy"}), frozenset({"Slovenia", "Croatia"})}),
    ("a country wedged between two others, predicate form",
     "Nepal is sandwiched between China and India, a diplomat noted.",
     "sharesBorderWith", {frozenset({"Nepal", "China"}), frozenset({"Nepal", "India"})}),
    ("an enclave surrounded by its only neighbour",
     "Lesotho, which is entirely surrounded by South Africa, relies on its water exports.",
     "sharesBorderWith", {frozenset({"Lesotho", "South Africa"})}),
    ("a plural appositive after a country pair",
     "Kenya and Uganda, fellow members of the East African Community, signed the accord.",
     "memberOf", {frozenset({"Kenya", "East African Community"}), frozenset({"Uganda", "East African Community"})}),
    ("a comma before including in a member list",
     "Several NATO members, including Norway and Denmark, objected to the plan.",
     "memberOf", {frozenset({"Norway", "NATO"}), frozenset({"Denmark", "NATO"})}),
    ("a couple sharing a surname, married in the main clause",
     "Ines and Tobias Varga have been married since 1987, neighbours said.",
     "spouse", {frozenset({"Ines Varga", "Tobias Varga"})}),
    ("two full names apposed to husband and wife",
     "Marit Solberg and Anders Solberg, husband and wife, ran the inn for decades.",
     "spouse", {frozenset({"Marit Solberg", "Anders Solberg"})}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,kind,expected", STRESS_RELATION_CASES, ids=[c[0] for c in STRESS_RELATION_CASES])
def test_relations_stress_wordings_found(nlp, name, text, kind, expected):
    _, _, rels = _run(nlp, text)
    got = _pairs(rels, kind)
    assert expected <= got, got


STRESS_NO_RELATION_CASES = [
    ("a border denied with no", "Croatia has no border with Bulgaria, the minister conceded.", "sharesBorderWith"),
    ("a border denied in a relative clause", "Serbia, which has no border with Slovakia, protested anyway.",
     "sharesBorderWith"),
    ("a shared border denied with no", "Albania shares no border with Hungary.", "sharesBorderWith"),
    ("an ex-wife is no spouse", "The former minister, Hugo Brask, and his ex-wife Liv Brask were both questioned.",
     "spouse"),
    ("a former wife in an appositive", "Liv Brask, the former wife of Hugo Brask, declined to comment.", "spouse"),
    ("surrounded by people, not a country", "Vesna Tolsa was surrounded by Italian fans at the airport.",
     "sharesBorderWith"),
    ("siblings apposed to brother and sister", "Ines and Tobias Varga, brother and sister, ran the inn.", "spouse"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,kind", STRESS_NO_RELATION_CASES, ids=[c[0] for c in STRESS_NO_RELATION_CASES])
def test_relations_stress_negatives_yield_nothing(nlp, name, text, kind):
    _, _, rels = _run(nlp, text)
    assert not _pairs(rels, kind), _pairs(rels, kind)


ARTICLE_STRESS_RELATION_CASES = [
    ("an age between the name and whose wife",
     "Greta Vos, 58, whose husband, Piet Vos, runs the bakery, said little.",
     "spouse", {frozenset({"Greta Vos", "Piet Vos"})}),
    ("a second verb of the subject says it is surrounded",
     "Lesotho has a small army and is entirely surrounded by South Africa.",
     "sharesBorderWith", {frozenset({"Lesotho", "South Africa"})}),
    ("a border and an enclosure in one coordinated sentence",
     "Bangladesh shares a long border with Myanmar and is almost surrounded by India.",
     "sharesBorderWith", {frozenset({"Bangladesh", "Myanmar"}), frozenset({"Bangladesh", "India"})}),
    ("a lower-case division word between the place and in",
     "Farmers in El Oro province in Ecuador lost their crops.",
     "locatedIn", {frozenset({"El Oro", "Ecuador"})}),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,kind,expected", ARTICLE_STRESS_RELATION_CASES,
                         ids=[c[0] for c in ARTICLE_STRESS_RELATION_CASES])
def test_relations_article_stress_wordings_found(nlp, name, text, kind, expected):
    _, _, rels = _run(nlp, text)
    got = _pairs(rels, kind)
    assert expected <= got, got


ARTICLE_STRESS_NOT_LOCATED_CASES = [
    ("a village on the shores of a lake",
     "Fishermen in Tolsby, a village on the shores of Lake Varn in western Uganda, counted their boats.",
     "Tolsby", "Lake Varn"),
    ("a town on the banks of a river", "Drosk, a town on the banks of the Varnek River in Ruritania, flooded again.",
     "Drosk", "Varnek River"),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,subj,obj", ARTICLE_STRESS_NOT_LOCATED_CASES,
                         ids=[c[0] for c in ARTICLE_STRESS_NOT_LOCATED_CASES])
def test_relations_article_stress_shore_is_no_container(nlp, name, text, subj, obj):
    _, _, rels = _run(nlp, text)
    assert frozenset({subj, obj}) not in _pairs(rels, "locatedIn"), _pairs(rels, "locatedIn")


# copula neighbour, an apposed county seat and a second "to" after "belong": each a relation of its own
COPULA_SEAT_BELONG_CASES = [
    ("copula_neighbour", "Laos is Cambodia's northern neighbour, and trade has grown.",
     ("Cambodia", "sharesBorderWith", "Laos")),
    ("remains_neighbour", "Mongolia remains China's only neighbour to the north, officials said.",
     ("China", "sharesBorderWith", "Mongolia")),
    ("county_seat", "The ferry reached Dunmore, the county seat of Harlan County, before noon.",
     ("Dunmore", "locatedIn", "Harlan County")),
    ("district_seat", "Officials in Varnek, the district seat of Ostrava District, met on Friday.",
     ("Varnek", "locatedIn", "Ostrava District")),
    ("belong_to_and_to", "Finland and Sweden belong to the Nordic Council and to the Arctic Council, officials noted.",
     ("Sweden", "memberOf", "Arctic Council")),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", COPULA_SEAT_BELONG_CASES, ids=[c[0] for c in COPULA_SEAT_BELONG_CASES])
def test_relations_copula_neighbour_seat_and_second_to(nlp, name, text, expected):
    """A copula neighbour borders, a county seat lies in its county, "and to the X Council" is a membership too."""
    _, _, relations = _run(nlp, text)
    assert expected in _rel_set(relations)
    _spans_ok(text, relations)


@pytest.mark.model
def test_relations_negated_copula_neighbour_is_no_border(nlp):
    """"A is not B's neighbour" gives no border."""
    _, _, relations = _run(nlp, "Chile is not Brazil's neighbour, whatever the map suggests.")
    assert not any(r.kind == "sharesBorderWith" for r in relations)
