"""graph.export: every format reads back as the same graph; GraphML is readable by networkx."""
from __future__ import annotations

import io

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from graph.export import FORMATS, export_graph, to_networkx
from graph.namespace import NG, mint_article, mint_entity
from graph.query import load_graph

RDF_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


def read_back(data: bytes, fmt: str) -> Graph:
    """Parse an export; for TriG, the union of every graph in the dataset."""
    if fmt == "trig":
        ds = Dataset()
        ds.parse(data=data, format="trig")
        g = Graph()
        for ctx in ds.graphs():
            for t in ctx:
                g.add(t)
        return g
    return Graph().parse(data=data, format=RDF_FORMATS[fmt])


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_export_format_reads_back_isomorphic(quote_graph: Graph, fmt: str) -> None:
    data = export_graph(quote_graph, fmt)
    assert isinstance(data, bytes) and data
    back = read_back(data, fmt)
    assert len(back) == len(quote_graph)
    assert isomorphic(back, quote_graph)


@pytest.mark.model
@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_export_built_graph_reads_back_isomorphic(built_graph, fmt: str) -> None:
    out, _report = built_graph
    g = load_graph(out / "graph.ttl")
    assert isomorphic(read_back(export_graph(g, fmt), fmt), g)


def test_export_nt_lines_are_sorted(quote_graph: Graph) -> None:
    lines = export_graph(quote_graph, "nt").decode("utf-8").splitlines()
    assert len(lines) == len(quote_graph)
    assert lines == sorted(lines)


@pytest.mark.parametrize("fmt", ["turtle", "nt", "graphml"])
def test_export_is_byte_identical_for_the_same_graph_read_twice(quote_graph: Graph, tmp_path, fmt: str) -> None:
    path = tmp_path / "g.ttl"
    path.write_bytes(export_graph(quote_graph, "turtle"))
    assert export_graph(load_graph(path), fmt) == export_graph(load_graph(path), fmt)


def test_export_trig_is_byte_identical_for_the_same_graph_read_twice(quote_graph: Graph, tmp_path) -> None:
    path = tmp_path / "g.ttl"
    path.write_bytes(export_graph(quote_graph, "turtle"))
    assert export_graph(load_graph(path), "trig") == export_graph(load_graph(path), "trig")


def test_export_graphml_is_readable_by_networkx(quote_graph: Graph) -> None:
    data = export_graph(quote_graph, "graphml")
    nxg = nx.read_graphml(io.BytesIO(data))
    berg, uk, us = str(mint_entity("anna-berg")), str(mint_article("uk.txt")), str(mint_article("us.txt"))
    assert nxg.nodes[berg]["label"] == "Anna Berg"
    assert nxg.nodes[berg]["type"] == "Person"
    assert nxg.nodes[uk]["type"] == "Article"
    assert nxg.nodes[uk]["fileName"] == "uk.txt"
    assert nxg.has_edge(uk, berg) and nxg.has_edge(uk, us)
    edge_labels = {d["label"] for _u, _v, d in nxg.edges(data=True)}
    assert {"mentions", "said", "source", "nearDuplicateOf", "author"} <= edge_labels
    assert {str(s) for s in quote_graph.subjects() if isinstance(s, URIRef)} == set(nxg.nodes)


def test_export_to_networkx_keeps_literals_as_attributes(quote_graph: Graph) -> None:
    nxg = to_networkx(quote_graph)
    quote = next(quote_graph.subjects(RDF.type, NG.Quotation))
    assert nxg.nodes[str(quote)]["text"] == "We will honour the treaty"
    labels = {d.get("label") for _n, d in nxg.nodes(data=True)}
    assert {str(o) for o in quote_graph.objects(None, RDFS.label)} <= labels


def test_export_unknown_format_is_refused(quote_graph: Graph) -> None:
    with pytest.raises(ValueError) as err:
        export_graph(quote_graph, "rdfxml")
    assert all(f in str(err.value) for f in FORMATS)
