"""graph.cli: every command, through typer's CliRunner (in process) or the installed ``kg`` script.

Error paths run the real script in a subprocess, so that a traceback would show.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from graph.cli import app
from graph.pipeline import serialize_turtle

KG = shutil.which("kg", path=str(Path(sys.executable).parent)) or "kg"
COMMANDS = ["build", "query", "export", "view", "validate"]

BROKEN_TTL = """\
@prefix ng: <https://w3id.org/kg-news/ontology#> .
@prefix kgid: <https://w3id.org/kg-news/id/> .

kgid:quote-1 a ng:Quotation ;
    ng:attributionStatus "direct" ;
    ng:charStart 3 ;
    ng:charEnd 9 .
"""


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``kg`` script."""
    env = {k: v for k, v in os.environ.items() if k not in {"KG_BASE", "COLUMNS"}}
    return subprocess.run([KG, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def assert_one_line_error(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("kg: error: ")
    return lines[0]


@pytest.fixture
def quote_ttl(quote_graph: Graph, tmp_path: Path) -> Path:
    path = tmp_path / "quotes.ttl"
    path.write_bytes(serialize_turtle(quote_graph))
    return path


# --------------------------------------------------------------------------- help

def test_cli_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_each_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout and command in result.stdout


def test_cli_script_help_runs() -> None:
    proc = kg("--help")
    assert proc.returncode == 0
    assert "build" in proc.stdout and "Traceback" not in proc.stderr


def test_cli_unknown_option_is_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(app, ["query", "--no-such-option"]).exit_code == 2


# --------------------------------------------------------------------------- build

@pytest.mark.model
def test_cli_build_writes_graph_and_view_and_prints_a_summary(runner: CliRunner, nlp, tiny_corpus: Path,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tiny_corpus), "--out", str(out)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").is_file() and (out / "graph.html").is_file()
    assert "articles read" in result.stdout
    row = next(ln for ln in result.stdout.splitlines() if "articles read" in ln)
    assert "3" in row
    assert "near-duplicates" in result.stdout
    g = Graph().parse(out / "graph.ttl")
    assert len(g) > 50


@pytest.mark.model
def test_cli_build_no_view_and_quiet(runner: CliRunner, nlp, tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tiny_corpus), "--out", str(out), "--no-view", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").is_file() and not (out / "graph.html").exists()
    assert result.stdout == ""


def test_cli_build_missing_folder_exits_1_with_one_line(tmp_path: Path) -> None:
    proc = kg("build", str(tmp_path / "missing_dir"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    line = assert_one_line_error(proc.stderr)
    assert "missing_dir" in line
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_cli_build_folder_without_articles_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no .txt or .md articles" in result.stderr


@pytest.mark.parametrize("base", ["not an iri", "https://example.org/no-slash", "https://exa mple.org/"])
def test_cli_build_rejects_a_bad_base(runner: CliRunner, tmp_path: Path, base: str) -> None:
    result = runner.invoke(app, ["build", str(tmp_path), "--base", base])
    assert result.exit_code == 2
    assert "--base" in result.stderr


# --------------------------------------------------------------------------- query

@pytest.mark.parametrize("text", ["SELECT ?x WHERE { ?x ?y }", "SELECT ?x\nWHERE {\n  ?x ?y ?z .\n  FILTER (\n}"])
def test_cli_query_malformed_exits_2_with_line_and_column(quote_ttl: Path, text: str) -> None:
    proc = kg("query", text, "--graph", str(quote_ttl))
    assert proc.returncode == 2
    line = assert_one_line_error(proc.stderr)
    assert "line" in line and "column" in line
    assert proc.stdout == ""


def test_cli_query_unknown_prefix_exits_2(quote_ttl: Path) -> None:
    proc = kg("query", "SELECT ?x WHERE { ?x foo:bar ?y }", "--graph", str(quote_ttl))
    assert proc.returncode == 2
    assert "foo" in assert_one_line_error(proc.stderr)


def test_cli_query_list_names_the_queries(runner: CliRunner) -> None:
    from graph.query import named_queries

    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    listed = {ln.split()[0] for ln in result.stdout.splitlines() if ln and not ln.startswith(" ")}
    assert listed == set(named_queries())
    assert "--param person=" in result.stdout


def test_cli_query_who_said_what_csv(runner: CliRunner, quote_ttl: Path) -> None:
    result = runner.invoke(app, ["query", "who-said-what", "--graph", str(quote_ttl), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["speakerLabel"] == "Anna Berg"
    assert rows[0]["text"] == "We will honour the treaty"


def test_cli_query_who_said_what_json(runner: CliRunner, quote_ttl: Path) -> None:
    result = runner.invoke(app, ["query", "who-said-what", "--graph", str(quote_ttl), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "speakerLabel" in data["head"]["vars"]
    [binding] = data["results"]["bindings"]
    assert binding["text"] == {"type": "literal", "value": "We will honour the treaty"}
    assert binding["speaker"]["type"] == "uri"


def test_cli_query_table_counts_rows(runner: CliRunner, quote_ttl: Path) -> None:
    result = runner.invoke(app, ["query", "who-said-what", "--graph", str(quote_ttl)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert "1 row(s)" in result.stdout and "Anna Berg" in result.stdout


@pytest.mark.parametrize("person, rows", [("berg", 1), ("weber", 0)])
def test_cli_query_param_binds_a_variable(runner: CliRunner, quote_ttl: Path, person: str, rows: int) -> None:
    result = runner.invoke(app, ["query", "quotes-of-person", "--param", f"person={person}", "--graph",
                                 str(quote_ttl), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == rows


def test_cli_query_from_a_file(runner: CliRunner, quote_ttl: Path, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("PREFIX ng: <https://w3id.org/kg-news/ontology#>\n"
                  "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ng:Article }\n", encoding="utf-8")
    result = runner.invoke(app, ["query", str(rq), "--graph", str(quote_ttl), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout)))[:2] == [["n"], ["2"]]


def test_cli_query_csv_has_no_trailing_empty_record(runner: CliRunner, quote_ttl: Path) -> None:
    result = runner.invoke(app, ["query", "who-said-what", "--graph", str(quote_ttl), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert [] not in list(csv.reader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("args", [["--format", "xml"], ["--param", "novalue"]])
def test_cli_query_bad_options_exit_2(runner: CliRunner, quote_ttl: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["query", "who-said-what", "--graph", str(quote_ttl), *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: ")


def test_cli_query_update_is_refused_then_allowed(runner: CliRunner, quote_ttl: Path) -> None:
    before = quote_ttl.read_bytes()
    update = "INSERT DATA { <https://example.org/a> <https://example.org/b> 'Anna Berg' }"
    refused = runner.invoke(app, ["query", update, "--graph", str(quote_ttl)])
    assert refused.exit_code == 2 and "refused" in refused.stderr
    assert quote_ttl.read_bytes() == before
    allowed = runner.invoke(app, ["query", update, "--graph", str(quote_ttl), "--allow-update"])
    assert allowed.exit_code == 0, allowed.output
    assert len(Graph().parse(quote_ttl)) == len(Graph().parse(data=before, format="turtle")) + 1


def test_cli_query_missing_graph_exits_2(tmp_path: Path) -> None:
    proc = kg("query", "who-said-what", "--graph", str(tmp_path / "nope.ttl"))
    assert proc.returncode == 2
    assert "not found" in assert_one_line_error(proc.stderr)


# --------------------------------------------------------------------------- export

def test_cli_export_nt_to_a_file(runner: CliRunner, quote_ttl: Path, quote_graph: Graph, tmp_path: Path) -> None:
    target = tmp_path / "graph.nt"
    result = runner.invoke(app, ["export", "--format", "nt", "--out", str(target), "--graph", str(quote_ttl)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target)
    assert isomorphic(Graph().parse(target, format="nt"), quote_graph)


def test_cli_export_to_stdout(quote_ttl: Path, quote_graph: Graph) -> None:
    proc = kg("export", "--format", "turtle", "--graph", str(quote_ttl))
    assert proc.returncode == 0
    assert isomorphic(Graph().parse(data=proc.stdout, format="turtle"), quote_graph)


def test_cli_export_unknown_format_exits_2(runner: CliRunner, quote_ttl: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "rdfxml", "--graph", str(quote_ttl)])
    assert result.exit_code == 2 and "rdfxml" in result.stderr


# --------------------------------------------------------------------------- view

def test_cli_view_writes_html_and_prints_its_path(runner: CliRunner, quote_ttl: Path, tmp_path: Path) -> None:
    target = tmp_path / "view" / "f.html"
    result = runner.invoke(app, ["view", "--graph", str(quote_ttl), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target.resolve())
    html = target.read_text(encoding="utf-8")
    assert "<html" in html.lower() and "Anna Berg" in html


def test_cli_view_defaults_to_html_beside_the_graph(runner: CliRunner, quote_ttl: Path) -> None:
    result = runner.invoke(app, ["view", "--graph", str(quote_ttl)])
    assert result.exit_code == 0, result.output
    assert Path(result.stdout.strip()) == quote_ttl.with_suffix(".html").resolve()
    assert quote_ttl.with_suffix(".html").is_file()


# --------------------------------------------------------------------------- validate

@pytest.mark.model
def test_cli_validate_built_graph_exits_0(runner: CliRunner, built_graph) -> None:
    out, _report = built_graph
    result = runner.invoke(app, ["validate", "--graph", str(out / "graph.ttl")])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout and "NOT" not in result.stdout


def test_cli_validate_broken_graph_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN_TTL, encoding="utf-8")
    result = runner.invoke(app, ["validate", "--graph", str(path)])
    assert result.exit_code == 1
    assert "does NOT conform" in result.stdout
    assert "https://w3id.org/kg-news/id/quote-1" in result.stdout
    assert "A quotation has exactly one ng:text string." in result.stdout


def test_cli_validate_missing_graph_exits_2(tmp_path: Path) -> None:
    proc = kg("validate", "--graph", str(tmp_path / "nope.ttl"))
    assert proc.returncode == 2
    assert "not found" in assert_one_line_error(proc.stderr)


def test_cli_validate_unparsable_graph_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "garbage.ttl"
    path.write_text("kgid:x a {{ not turtle", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--graph", str(path)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
