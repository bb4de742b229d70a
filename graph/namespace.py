"""IRIs: the ``ng:`` ontology namespace and the minting of entity and fact IRIs.

Nothing else in the package builds an IRI by string concatenation: every IRI
comes from :class:`NG` (the ontology terms, which fail on a typo) or from the
``mint_*`` functions below (entity and fact IRIs in a configurable base).
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

NG_IRI = "https://w3id.org/kg-news/ontology#"
DEFAULT_BASE = os.environ.get("KG_BASE", "https://w3id.org/kg-news/id/")
MAX_SLUG = 80


class NG(DefinedNamespace):
    """The kg ontology (prefix ``ng:``), defined in ``ontology/kg.ttl``."""

    _fail = True
    _NS = Namespace(NG_IRI)

    # classes
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    MediaOutlet: URIRef
    Country: URIRef
    Territory: URIRef
    Place: URIRef
    Article: URIRef
    Quotation: URIRef
    RecognitionStance: URIRef
    Position: URIRef
    RelationStatement: URIRef
    Occurrence: URIRef
    # article metadata
    fileName: URIRef
    title: URIRef
    author: URIRef
    datePublished: URIRef
    url: URIRef
    outlet: URIRef
    photoCredit: URIRef
    copyrightHolder: URIRef
    mentions: URIRef
    nearDuplicateOf: URIRef
    # provenance of facts
    source: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    occurrence: URIRef
    # quotes
    said: URIRef
    speaker: URIRef
    text: URIRef
    cue: URIRef
    attributionStatus: URIRef
    # stances
    recognises: URIRef
    doesNotRecognise: URIRef
    stance: URIRef
    country: URIRef
    territory: URIRef
    holder: URIRef
    # positions
    holdsPosition: URIRef
    positionIn: URIRef
    former: URIRef
    # relations
    spouse: URIRef
    sharesBorderWith: URIRef
    invaded: URIRef
    memberOf: URIRef
    locatedIn: URIRef
    annexed: URIRef
    claims: URIRef
    relSubject: URIRef
    relObject: URIRef
    relation: URIRef


def slugify(text: str) -> str:
    """Make a stable, IRI-safe slug of a name.

    Letters and digits of any script are kept (lower-cased, accents folded
    where they decompose); everything else becomes a single ``-``.  Long names
    are cut and get a short hash so that two long names never collide.

    Args:
        text: any string, including quotes, spaces, ``<>``, emoji or nothing.

    Returns:
        A non-empty slug of ``[a-z0-9-]`` and other-script letters/digits.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    slug = re.sub(r"[^\w]+|_", "-", folded, flags=re.UNICODE).strip("-")
    if not slug or len(slug) > MAX_SLUG:
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        slug = f"{slug[:MAX_SLUG - 11].strip('-')}-{digest}".strip("-")
    return slug


def entity_namespace(base: str | None = None) -> Namespace:
    """The namespace entity, article and fact IRIs are minted in.

    Args:
        base: the configured base IRI, or None for ``KG_BASE`` / the default.

    Returns:
        The namespace (bound to the prefix ``kgid`` in outputs).
    """
    return Namespace(base or DEFAULT_BASE)


_base = entity_namespace


def mint_entity(name: str, base: str | None = None) -> URIRef:
    """Mint the IRI of an entity from its canonical name.

    Args:
        name: the canonical name.
        base: the entity base namespace (default ``KG_BASE`` or the w3id base).

    Returns:
        ``<base><slug>``, stable from run to run.
    """
    return _base(base)[slugify(name)]


def mint_article(file_name: str, base: str | None = None) -> URIRef:
    """Mint the IRI of an article from its file name.

    Args:
        file_name: the article file name.
        base: the base namespace.

    Returns:
        ``<base>article/<slug>``.
    """
    return _base(base)["article/" + slugify(file_name)]


def mint_fact(kind: str, *parts: str, base: str | None = None) -> URIRef:
    """Mint the IRI of a fact node (quotation, stance, position, ...).

    The IRI hashes the parts that identify the fact, so the same fact read from
    two near-duplicate articles gets the same IRI.

    Args:
        kind: a short lower-case kind ("quote", "stance", "position", ...).
        parts: the identifying strings.
        base: the base namespace.

    Returns:
        ``<base><kind>/<hash>``.
    """
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return _base(base)[f"{slugify(kind)}/{digest}"]
