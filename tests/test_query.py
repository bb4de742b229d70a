"""graph.query: named queries, errors with line and column, refused updates, rendering."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from graph.query import (GraphFileError, QueryError, QueryOutput, is_update, load_graph, named_queries, prepare,
                         run_query)

INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")


def test_query_named_queries_include_the_documented_ones() -> None:
    named = named_queries()
    for name in ("who-said-what", "quotes-of-person", "recognition-stances", "positions-held",
                 "entity-everything", "provenance"):
        assert name in named
        nq = named[name]
        assert nq.name == name and nq.title and nq.title != name and "SELECT" in nq.text.upper()


def test_query_named_queries_are_sorted_by_name() -> None:
    assert list(named_queries()) == sorted(named_queries())


@pytest.mark.parametrize("name, param", [("quotes-of-person", "person"), ("entity-everything", "entity"),
                                         ("office-holders", "org")])
def test_query_named_queries_declare_their_parameters(name: str, param: str) -> None:
    assert param in named_queries()[name].params


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_query_every_named_query_parses(name: str) -> None:
    kind, _prepared = prepare(named_queries()[name].text)
    assert kind == "query"


@pytest.mark.parametrize("text, line", [
    ("SELECT ?x WHERE { ?x ?y }", 1),
    ("SELEC ?x WHERE { ?x ?y ?z }", 1),
    ("SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER (\n}", 4),
    ("PREFIX ng: <https://w3id.org/kg-news/ontology#>\nSELECT ?x WHERE { ?x a ng:Quotation", 2),
])
def test_query_malformed_query_raises_with_line_and_column(text: str, line: int) -> None:
    with pytest.raises(QueryError) as err:
        prepare(text)
    msg = str(err.value)
    assert "\n" not in msg
    assert f"line {line}" in msg and "column" in msg


def test_query_unknown_prefix_raises_query_error() -> None:
    with pytest.raises(QueryError) as err:
        run_query(Graph(), "SELECT ?x WHERE { ?x foo:bar ?y }")
    assert "foo" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "delete where { ?s ?p ?o }",
    "PREFIX ng: <https://w3id.org/kg-news/ontology#>\nDELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DROP ALL",
    "LOAD <https://example.org/data.ttl>",
    "CLEAR DEFAULT",
])
def test_query_update_is_refused_by_default(text: str) -> None:
    g = Graph()
    g.add((URIRef("urn:s"), URIRef("urn:p"), Literal("Anna Berg")))
    assert is_update(text)
    with pytest.raises(QueryError) as err:
        run_query(g, text)
    assert "refused" in str(err.value)
    assert len(g) == 1


@pytest.mark.parametrize("text", [
    'SELECT ?s WHERE { ?s ?p "DELETE" }',
    "# DROP everything\nSELECT ?s WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s <urn:insert> ?o }",
    "ASK { ?s ?p ?o }",
])
def test_query_reads_are_not_updates(text: str) -> None:
    assert not is_update(text)


def test_query_update_runs_when_allowed() -> None:
    g = Graph()
    out = run_query(g, "INSERT DATA { <urn:a> <urn:b> 'Anna Berg' }", allow_update=True)
    assert out.type == "UPDATE"
    assert (URIRef("urn:a"), URIRef("urn:b"), Literal("Anna Berg")) in g


# --------------------------------------------------------------------------- rendering

@pytest.fixture
def select_output() -> QueryOutput:
    return QueryOutput("SELECT", ["name", "n"], [[Literal("Berg, Anna"), Literal(3)],
                                                 [URIRef("https://example.org/lind"), None]], None, None)


def test_query_render_table(select_output: QueryOutput) -> None:
    assert select_output.render("table").splitlines() == ["name\tn", "Berg, Anna\t3", "https://example.org/lind\t"]


def test_query_render_csv(select_output: QueryOutput) -> None:
    rows = list(csv.reader(io.StringIO(select_output.render("csv"))))
    assert rows == [["name", "n"], ["Berg, Anna", "3"], ["https://example.org/lind", ""]]
    assert '"Berg, Anna"' in select_output.render("csv")


def test_query_render_json(select_output: QueryOutput) -> None:
    data = json.loads(select_output.render("json"))
    assert data["head"]["vars"] == ["name", "n"]
    first, second = data["results"]["bindings"]
    assert first["name"] == {"type": "literal", "value": "Berg, Anna"}
    assert first["n"] == {"type": "literal", "value": "3", "datatype": str(INTEGER)}
    assert second == {"name": {"type": "uri", "value": "https://example.org/lind"}}


@pytest.mark.parametrize("answer, fmt, text", [(True, "table", "true"), (False, "csv", "false"),
                                               (True, "json", '{"boolean": true}')])
def test_query_render_ask(answer: bool, fmt: str, text: str) -> None:
    assert QueryOutput("ASK", [], [], answer, None).render(fmt) == text


def test_query_construct_renders_parseable_turtle(quote_graph: Graph) -> None:
    out = run_query(quote_graph, "PREFIX ng: <https://w3id.org/kg-news/ontology#>\n"
                                 "CONSTRUCT { ?q ng:text ?t } WHERE { ?q ng:text ?t }")
    g = Graph().parse(data=out.render("table"), format="turtle")
    assert set(map(str, g.objects())) == {"We will honour the treaty"}


# --------------------------------------------------------------------------- named queries on a graph

def test_query_who_said_what_lists_the_quote_once_with_both_files(quote_graph: Graph) -> None:
    out = run_query(quote_graph, named_queries()["who-said-what"].text)
    assert out.type == "SELECT"
    rows = [dict(zip(out.vars, map(str, row))) for row in out.rows]
    assert len(rows) == 1
    row = rows[0]
    assert row["speakerLabel"] == "Anna Berg"
    assert row["text"] == "We will honour the treaty"
    assert set(row["files"].split(", ")) == {"uk.txt", "us.txt"}


@pytest.mark.parametrize("person, found", [("berg", 1), ("ANNA", 1), ("Lind", 0)])
def test_query_quotes_of_person_binds_its_parameter(quote_graph: Graph, person: str, found: int) -> None:
    out = run_query(quote_graph, named_queries()["quotes-of-person"].text, {"person": person})
    assert len(out.rows) == found


def test_query_entity_everything_finds_triples_in_and_out(quote_graph: Graph) -> None:
    out = run_query(quote_graph, named_queries()["entity-everything"].text, {"entity": "Anna Berg"})
    cells = {str(v) for row in out.rows for v in row if v is not None}
    assert "https://w3id.org/kg-news/ontology#said" in cells
    assert "https://w3id.org/kg-news/ontology#mentions" in cells  # an article mentions her


def test_query_provenance_lists_each_article_of_the_quote(quote_graph: Graph) -> None:
    out = run_query(quote_graph, named_queries()["provenance"].text)
    text = " ".join(str(v) for row in out.rows for v in row if v is not None)
    assert "uk.txt" in text and "us.txt" in text


# --------------------------------------------------------------------------- graph files

def test_query_load_graph_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError) as err:
        load_graph(tmp_path / "nope.ttl")
    assert "not found" in str(err.value)


def test_query_load_graph_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is { not turtle", encoding="utf-8")
    with pytest.raises(GraphFileError):
        load_graph(bad)


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", pytest.param("trig")])
def test_query_load_graph_reads_kg_exports(quote_graph: Graph, tmp_path: Path, fmt: str) -> None:
    from rdflib.compare import isomorphic

    from graph.export import SUFFIX, export_graph

    path = tmp_path / f"g{SUFFIX[fmt]}"
    path.write_bytes(export_graph(quote_graph, fmt))
    assert isomorphic(load_graph(path), quote_graph)
