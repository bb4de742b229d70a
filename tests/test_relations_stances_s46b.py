"""graph.relations stances, session 46, second batch: a recognition that "remains withheld" or "was suspended" is
none; "the recognition of X by A and B" with the "by" phrase hung on X; "A has never recognised X, while B did so"
gives B's recognition ("did so" repeats the verb phrase without the negation outside it), but "A refused to
recognise X, and B did so too" copies the refusal; "that X falls under / lies under Y's jurisdiction"; a pass and
wells as held land; a would-be state an apposition calls a "micro-state"; "denies that Y has any legitimate claim
to X".

Territory names are invented (Varn, Tarik Shoal, Torvak, Kelbo, Velika Dravna, Varo Triangle, Lake Tolvan) except
the listed ones the rules look up.
"""
from __future__ import annotations

import pytest

from extract_helpers import stances


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway's recognition of a Palestinian state remains withheld pending a settlement, the ministry said.",
     {("Norway", "doesNotRecognise", "Palestine")}),
    ("Norway's recognition of Kosovo was suspended in 2019.", {("Norway", "doesNotRecognise", "Kosovo")}),
    ("The Arab League welcomed the recognition of the State of Palestine by Peru and Chile on Friday.",
     {("Peru", "recognises", "Palestine"), ("Chile", "recognises", "Palestine")}),
    ("Indonesia has never recognised Kosovo, while neighbouring Malaysia did so in 2008.",
     {("Indonesia", "doesNotRecognise", "Kosovo"), ("Malaysia", "recognises", "Kosovo")}),
    ("Sweden accepts that the Varn field falls under Norwegian jurisdiction.", {("Sweden", "recognises", "Varn field")}),
    ("Oman accepts that the Tarik Shoal lies under Yemen's jurisdiction, the ministry said.",
     {("Oman", "recognises", "Tarik Shoal")}),
    ("Tajikistan disputes Kyrgyzstan's control of the Torvak pass.", {("Tajikistan", "doesNotRecognise", "Torvak")}),
    ("Mali and Niger said that they recognise Chad's sovereignty over the Kelbo wells.",
     {("Mali", "recognises", "Kelbo"), ("Niger", "recognises", "Kelbo")}),
    ("Croatia does not recognise Velika Dravna, a self-declared micro-state on an island in the Danube.",
     {("Croatia", "doesNotRecognise", "Velika Dravna")}),
    ("Guyana denies that Suriname has any legitimate claim to the Varo Triangle.",
     {("Guyana", "doesNotRecognise", "Varo Triangle")}),
    # (guards: the old code read these right)
    ("Spain refused to recognise Kosovo, and Greece did so too.",
     {("Spain", "doesNotRecognise", "Kosovo"), ("Greece", "doesNotRecognise", "Kosovo")}),
    ("Kenya disputes Uganda's claim over the whole of Lake Tolvan, insisting that the line follows the midpoint.",
     {("Kenya", "doesNotRecognise", "Lake Tolvan")}),
])
def test_relations_withheld_recognition_did_so_jurisdiction_and_held_features(nlp, text, expected):
    assert stances(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway's recognition of Kosovo remains firm, the ministry said.",  # (guard: no withholding word)
])
def test_relations_recognition_that_remains_firm_stays_positive(nlp, text):
    assert stances(nlp, text) == {("Norway", "recognises", "Kosovo")}
