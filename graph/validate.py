"""Validate a graph against the SHACL shapes of the output contract (pySHACL)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from .gazetteer import ONTOLOGY_DIR

SHAPES = ONTOLOGY_DIR / "shapes.ttl"
ONTOLOGY = ONTOLOGY_DIR / "kg.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL result, made readable.

    Attributes:
        focus: the node that fails.
        path: the property, or "".
        message: what is wrong.
        severity: Violation, Warning or Info.
    """

    focus: str
    path: str
    message: str
    severity: str


@lru_cache(maxsize=4)
def _load(path: str) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


def validate_graph(g: Graph, shapes: Path = SHAPES, ontology: Path = ONTOLOGY) -> tuple[bool, list[Violation]]:
    """Check a graph against the SHACL shapes, with the ontology's class tree.

    Args:
        g: the data graph.
        shapes: the SHACL shapes file.
        ontology: the OWL file (its rdfs:subClassOf triples let ``sh:class``
            accept subclasses such as ng:MediaOutlet).

    Returns:
        (conforms, violations sorted by focus node and path).
    """
    import pyshacl

    conforms, results, _text = pyshacl.validate(
        g, shacl_graph=_load(str(shapes)), ont_graph=_load(str(ontology)), inference="none",
        abort_on_first=False, allow_warnings=True, advanced=True)
    out = []
    for r in results.subjects(SH.resultSeverity, None):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        sev = results.value(r, SH.resultSeverity)
        out.append(Violation(str(focus), str(path or ""), str(msg or "does not conform"),
                             str(sev).rsplit("#", 1)[-1]))
    out.sort(key=lambda v: (v.focus, v.path, v.message))
    return bool(conforms), out
