"""Export a built graph: Turtle, N-Triples, JSON-LD, TriG and GraphML."""
from __future__ import annotations

import io

from rdflib import RDF, RDFS, Graph, Literal, URIRef

FORMATS = ("turtle", "nt", "jsonld", "trig", "graphml")
SUFFIX = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig", "graphml": ".graphml"}


def to_networkx(g: Graph):
    """Turn the RDF graph into a networkx MultiDiGraph.

    Nodes are IRIs with ``label``, ``type`` and their literal properties;
    edges are the triples between two IRIs, keyed by the property's local name.

    Args:
        g: the graph.

    Returns:
        A ``networkx.MultiDiGraph``.
    """
    import networkx as nx

    def local(u) -> str:
        s = str(u)
        return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    out = nx.MultiDiGraph()
    for s, p, o in sorted(g):
        if not isinstance(s, URIRef):
            continue
        out.add_node(str(s))
        if p == RDF.type:
            out.nodes[str(s)]["type"] = local(o)
        elif isinstance(o, Literal):
            key = "label" if p == RDFS.label else local(p)
            prev = out.nodes[str(s)].get(key)
            out.nodes[str(s)][key] = str(o) if prev is None else f"{prev} | {o}"
        elif isinstance(o, URIRef):
            out.add_edge(str(s), str(o), key=local(p), label=local(p))
    return out


def export_graph(g: Graph, fmt: str) -> bytes:
    """Serialise a graph in one of :data:`FORMATS`.

    Turtle is deterministic (sorted ``longturtle``); N-Triples lines are sorted
    so that outputs diff cleanly.

    Args:
        g: the graph.
        fmt: turtle, nt, jsonld, trig or graphml.

    Returns:
        The bytes.

    Raises:
        ValueError: for an unknown format.
    """
    if fmt == "turtle":
        from .pipeline import serialize_turtle

        return serialize_turtle(g)
    if fmt == "nt":
        text = g.serialize(format="nt", encoding="utf-8").decode("utf-8")
        return ("\n".join(sorted(line for line in text.splitlines() if line.strip())) + "\n").encode("utf-8")
    if fmt == "jsonld":
        return g.serialize(format="json-ld", encoding="utf-8", indent=1, sort_keys=True)
    if fmt == "trig":
        from rdflib import Dataset

        ds = Dataset()
        for prefix, ns in g.namespaces():
            ds.bind(prefix, ns)
        for t in g:
            ds.add(t)  # the default graph: no random graph name
        text = ds.serialize(format="trig", encoding="utf-8")
        return text
    if fmt == "graphml":
        import networkx as nx

        buf = io.BytesIO()
        nx.write_graphml(to_networkx(g), buf)
        return buf.getvalue()
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
