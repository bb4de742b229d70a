"""graph.relations positions: "Ward 4 Coun. NAME" (the abbreviated title and the numbered seat); "NAME, who heads
the interior ministry of X" (a ministry of a state or territory is that state's post); "the X Secretary for Y, NAME
MSP," (a member's letters after the name close the apposition); a who-clause the parser hung before the name.

Every person here is invented (Priya Lamontagne, Ana Berg...).
"""
from __future__ import annotations

import pytest

from extract_helpers import positions


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ward 4 Coun. Priya Lamontagne, who tabled the zoning bylaw last spring, said residents had waited long enough.",
     ("Priya Lamontagne", "councillor", "Ward 4", False)),
    ("Ana Berg, who heads the interior ministry of Moldova, described the vote as a mistake.",
     ("Ana Berg", "head of interior ministry", "Moldova", False)),
    ("Ana Berg, who heads the interior ministry of Abkhazia, described the vote as a mistake.",
     ("Ana Berg", "head of interior ministry", "Abkhazia", False)),
    ("Scotland's Cabinet Secretary for Justice, Eilidh Macrae MSP, praised the council's decision.",
     ("Eilidh Macrae", "cabinet secretary for justice", "Scotland", False)),
    ("Wales's Health Minister, Rhodri Pugh MS, praised the council's decision.",
     ("Rhodri Pugh", "health minister", "Wales", False)),
    # (guards: the old code read these right)
    ("Scotland's Cabinet Secretary for Justice, Eilidh Macrae, praised the council's decision.",
     ("Eilidh Macrae", "cabinet secretary for justice", "Scotland", False)),
    ("Ana Berg, who heads the interior ministry of Ruritania, described the vote as a mistake.",
     ("Ana Berg", "head of interior ministry", "Ruritania", False)),
])
def test_relations_council_seat_and_state_ministry_heads(nlp, text, expected):
    assert expected in positions(nlp, text)


#: a parse the small model gives a long opening aside: the relative clause hung on the noun before the name
#: ("In X, the port's main town, NAME, who heads ..."), copied token by token with invented names
_MISHUNG_RELATIVE = [
    ("In", 22, "prep", "IN", "ADP", "in", ""), ("Tolvik", 22, "nsubj", "NNP", "PROPN", "Tolvik", "GPE"),
    (",", 1, "punct", ",", "PUNCT", ",", ""), ("the", 4, "det", "DT", "DET", "the", ""),
    ("port", 7, "poss", "NN", "NOUN", "port", ""), ("'s", 4, "case", "POS", "PART", "'s", ""),
    ("main", 7, "amod", "JJ", "ADJ", "main", ""), ("town", 1, "appos", "NN", "NOUN", "town", ""),
    (",", 7, "punct", ",", "PUNCT", ",", ""), ("Marta", 10, "compound", "NNP", "PROPN", "Marta", "PERSON"),
    ("Ellingsen", 7, "appos", "NNP", "PROPN", "Ellingsen", "PERSON"), (",", 7, "punct", ",", "PUNCT", ",", ""),
    ("who", 13, "nsubj", "WP", "PRON", "who", ""), ("heads", 7, "relcl", "VBZ", "VERB", "head", ""),
    ("the", 18, "det", "DT", "DET", "the", ""), ("de", 16, "advmod", "FW", "X", "de", ""),
    ("facto", 18, "amod", "FW", "X", "facto", ""), ("interior", 18, "amod", "JJ", "ADJ", "interior", ""),
    ("ministry", 13, "dobj", "NNP", "PROPN", "ministry", ""), ("of", 18, "prep", "IN", "ADP", "of", ""),
    ("Moldova", 19, "pobj", "NNP", "PROPN", "Moldova", "COUNTRY"), (",", 7, "punct", ",", "PUNCT", ",", ""),
    ("criticised", 22, "ROOT", "VBD", "VERB", "criticise", ""), ("the", 24, "det", "DT", "DET", "the", ""),
    ("plan", 22, "dobj", "NN", "NOUN", "plan", ""), ("sharply", 22, "advmod", "RB", "ADV", "sharply", ""),
    (".", 22, "punct", ".", "PUNCT", ".", ""),
]


@pytest.mark.model
def test_relations_who_clause_hung_before_the_name(nlp):
    from extract_helpers import article, parsed_doc
    from graph.relations import extract_positions

    doc = parsed_doc(nlp, _MISHUNG_RELATIVE, [(1, 2, "GPE"), (9, 11, "PERSON"), (20, 21, "COUNTRY")])
    found = {(p.person.text, p.title, p.org.text if p.org else p.org_name)
             for p in extract_positions(doc, article(doc.text, outlet=None))}
    assert ("Marta Ellingsen", "head of de facto interior ministry", "Moldova") in found
