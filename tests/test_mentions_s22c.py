"""graph.mentions and graph.entities: a place's other names ("which A calls Y or Z", "the summit, known in A as Y")
join the place they rename."""
from __future__ import annotations

import pytest

from graph.entities import resolve_entities
from graph.mentions import extract_mentions
from graph.models import Article


def entity_of(nlp, text: str, name: str):
    """The entity whose name or alias is ``name`` (None when no entity bears it)."""
    art = Article(id="t.txt", path="", raw=text, text=text)
    res = resolve_entities(list(extract_mentions(nlp(text), art)))
    hits = [e for e in res.entities.values() if name == e.name or name in e.aliases]
    return hits[0] if len(hits) == 1 else None


@pytest.mark.model
@pytest.mark.parametrize("text, place, other", [
    ("Ruritania and Spain both claim sovereignty over Varnek Islet. The islet, which Ruritania calls Tessa or "
     "Moura and Spain calls Varnek, has no water. Spain has sovereignty over Varnek Islet, its ministry said.",
     "Varnek Islet", "Moura"),
])
def test_mentions_other_name_after_or_joins_the_place(nlp, text: str, place: str, other: str) -> None:
    ent = entity_of(nlp, text, other)
    assert ent is not None and (ent.name == place or place in ent.aliases)


@pytest.mark.model
@pytest.mark.parametrize("text, place, other", [
    ("Ruritania disputes sovereignty over Tolsby Island with Norway. Fishers said the ownership of the island, "
     "known in Norway as Kestra, was never settled. Ruritania has long claimed Tolsby Island.", "Tolsby Island",
     "Kestra"),
    ("Austria and Hungary both claim sovereignty over Varnek Peak. The 1,204-metre summit, known in Hungary as "
     "Tolsa Gora, sits on the border. Austria claims sovereignty over Varnek Peak too.", "Varnek Peak", "Tolsa Gora"),
])
def test_mentions_known_as_after_a_definite_area_joins_the_territory(nlp, text: str, place: str,
                                                                      other: str) -> None:
    ent = entity_of(nlp, text, other)
    assert ent is not None and (ent.name == place or place in ent.aliases)
