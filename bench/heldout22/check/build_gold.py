"""Writes ../gold.json from gold_src.py:  python build_gold.py [OUT]"""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from gold_src import *

ABOUT = """Hand-made gold standard for bench/heldout22 (five invented news articles, written blind).

Every fact below was read off the five articles by hand. `key` is a distinctive stretch of
the quote's own words, copied character for character from the article. `required` quotes
are full statements with an explicit speaker (a name, a surname, a pronoun or a role that
resolves to a named person or organisation), including sentences after the cue, cue-less
continuation paragraphs and every paragraph of a multi-paragraph quote. `optional` quotes are
partial quotes, nested quotes (credited to the outer speaker), headline and subhead echoes,
and statements credited to a second holder (a ministry's or embassy's words for its country).
`unattributed` are scare quotes, coined terms, sign texts and related headlines that must NOT
be given a speaker; anonymous speakers are not listed, so any attribution of their words is
wrong. Stance polarity follows the wording: positive verbs give `recognises`, negated or
disputing ones give `doesNotRecognise`. Required stances are explicit stances of a country,
voiced by the country, a minister or spokesperson speaking for it, or its ministry; a
claimant's own claim is optional; questions, hypotheticals, conditionals, declining to take
sides and holders that are not countries (a person, a capital standing alone) give no stance.
Positions: `of_any` is empty when the text names no organisation or country next to the
title; former titles and author footers are required; parliamentary seats, titles given only
by a verb, occupations and heads of state named in passing are optional. Relations are only
those stated in the text (spouse, sharesBorderWith, invaded, memberOf, locatedIn); score.py
scores every listed relation. Entities are every person, organisation, country, territory and
place named in the article text, including bylines, photo credits, copyright lines and
footers; navigation bars, seas, rivers, creeks, roads, tunnels, cable cars, treaties and events
are not entities."""

names = {}
entities = []
for typ, name, aliases, _doc in ENTITIES:
    entities.append({"type": typ, "name": name, "aliases": aliases})

gold = {
    "about": ABOUT,
    "documents": DOCS,
    "near_duplicates": [],
    "entities": entities,
    "not_person": NOT_PERSON,
    "quotes": [{"speaker": s, "key": k, "docs": [d], "status": st} for s, k, d, st in QUOTES],
    "unattributed": UNATTRIBUTED,
    "stances": [{"country": c, "stance": s, "territory_any": t, "docs": [d], "status": st}
                for c, s, t, d, st, _ev in STANCES],
    "positions": [{"person": p, "title_any": t, "of_any": o, "status": st}
                  for p, t, o, _d, st, _ev in POSITIONS],
    "relations": [{"subject": s, "predicate": p, "object": o, "symmetric": SYM[p], "status": "required"}
                  for s, p, o, _d, _ev in RELATIONS],
}
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", out)
