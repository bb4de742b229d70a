"""graph.article, session 48: a lower-case logo with its full stop over the section bar is the masthead; a labelled
caption closed by " - Copyright AGENCY/Name" is kept apart with its credit; "By NAME with AFP" names NAME alone.

The outlet ("planetnews"), the people and the places are invented.
"""
from __future__ import annotations

from graph.article import clean_article

HEAD = "planetnews.\n\nWorld | Europe | Business | Sport | Travel\n\nRuritania and Varnia reopen the border crossing"
BODY = ("Officials from both sides hope to finish a text before the summer recess, a spokesman told reporters. "
        "The talks will resume in Strelsau.")


def test_article_full_stop_logo_over_section_bar_is_the_masthead() -> None:
    art = clean_article(f"{HEAD}\n\n{BODY}\n", "t.txt")
    assert art.title == "Ruritania and Varnia reopen the border crossing"
    assert art.text == BODY
    assert "World | Europe" not in art.text


def test_article_copyright_credit_closes_a_labelled_caption() -> None:
    caption = ("Photo caption: A customs officer checks a lorry at the crossing near Strelsau in May. "
               "- Copyright AFP/Karl Weber")
    art = clean_article(f"{HEAD}\n\n{caption}\n\n{BODY}\n", "t.txt")
    assert "customs officer" not in art.text
    assert art.photo_credits == ("AFP/Karl Weber",)
    assert "customs officer checks a lorry" in art.captions


def test_article_byline_with_a_wire_names_the_reporter_alone() -> None:
    art = clean_article(f"{HEAD}\n\nBy Anna Berg with AFP\n\n{BODY}\n", "t.txt")
    assert art.author == "Anna Berg"
