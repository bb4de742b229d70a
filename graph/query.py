"""Query a built graph with SPARQL: named example queries, safety and timeouts."""
from __future__ import annotations

import csv
import io
import json
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from .gazetteer import ONTOLOGY_DIR

QUERY_DIR = ONTOLOGY_DIR / "queries"
UPDATE_WORDS = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I | re.M)


class QueryError(Exception):
    """A query that cannot run: the message is one line, fit for the user."""


class GraphFileError(Exception):
    """The graph file is missing or is not RDF; the message says which."""


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query shipped in ``ontology/queries``.

    Attributes:
        name: file stem ("who-said-what").
        title, description: from the ``# title:`` and ``# description:`` lines.
        params: parameter name -> default ("" when none), from ``# param:`` lines.
        text: the SPARQL text.
    """

    name: str
    title: str
    description: str
    params: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    text: str = ""


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Load the named example queries.

    Returns:
        name -> :class:`NamedQuery`, sorted by name.
    """
    out = {}
    for path in sorted(QUERY_DIR.glob("*.rq"), key=lambda p: p.stem):
        text = path.read_text(encoding="utf-8")
        meta = dict(title=path.stem, description="")
        params: dict[str, str] = {}
        for line in text.splitlines():
            m = re.match(r"#\s*(title|description|param)\s*:\s*(.*)$", line)
            if not m:
                continue
            if m.group(1) == "param":
                name, _, default = m.group(2).partition("=")
                params[name.strip().lstrip("?$")] = default.strip()
            else:
                meta[m.group(1)] = m.group(2).strip()
        out[path.stem] = NamedQuery(path.stem, meta["title"], meta["description"], params, text)
    return out


def load_graph(path: Path) -> Graph:
    """Parse a graph file (format from its suffix; Turtle by default).

    Args:
        path: the file.

    Returns:
        The graph.

    Raises:
        GraphFileError: when it is missing or does not parse.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"graph file not found: {path} (run `kg build` first, or pass --graph)")
    fmt = {".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".trig": "trig", ".xml": "xml", ".rdf": "xml"}.get(
        path.suffix.lower(), "turtle")
    g = Graph()
    try:
        if fmt == "trig":  # every named graph and the default graph, merged
            from rdflib import Dataset

            ds = Dataset()
            ds.parse(path, format="trig")
            for prefix, ns in ds.namespaces():
                g.bind(prefix, ns)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        g.parse(path, format=fmt)
    except Exception as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GraphFileError(f"{path}: not a readable {fmt} graph: {msg}") from exc
    return g


def is_update(text: str) -> bool:
    """Tell whether a SPARQL text is an update (INSERT, DELETE, LOAD, DROP…).

    Args:
        text: the SPARQL text.

    Returns:
        True for SPARQL Update requests.
    """
    body = re.sub(r"#[^\n]*", "", text)
    body = re.sub(r"\"[^\"]*\"|'[^']*'|<[^>\s]*>", "", body)
    body = re.sub(r"^\s*(PREFIX\s+\S*\s*|BASE\s*)", "", body, flags=re.I | re.M)
    return bool(UPDATE_WORDS.search(body))


def _one_line(exc: Exception) -> str:
    """Make a parser error into one line with its line and column."""
    lineno = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None) or getattr(exc, "column", None)
    msg = getattr(exc, "msg", None) or str(exc)
    msg = " ".join(str(msg).split())
    if lineno is not None and col is not None:
        return f"line {lineno}, column {col}: {msg}"
    return msg or type(exc).__name__


def default_namespaces() -> dict:
    """The prefixes every query may use without declaring them.

    Returns:
        prefix -> namespace: ng, rdf, rdfs, owl, xsd, skos, schema, prov.
    """
    from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

    from .namespace import NG

    return {"ng": NG._NS, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "schema": SDO,
            "prov": PROV}


def prepare(text: str, allow_update: bool = False):
    """Parse a query, refusing updates unless allowed.

    Args:
        text: SPARQL text.
        allow_update: accept SPARQL Update.

    Returns:
        ("query", prepared) or ("update", text).

    Raises:
        QueryError: for a syntax error, an unknown prefix or a refused update.
    """
    from rdflib.plugins.sparql import prepareQuery, prepareUpdate

    ns = default_namespaces()

    if is_update(text):
        if not allow_update:
            raise QueryError("SPARQL Update (INSERT, DELETE, LOAD, DROP…) is refused: `kg query` is read-only; "
                             "pass --allow-update to change the graph file")
        try:
            return "update", prepareUpdate(text, initNs=ns)
        except Exception as exc:
            raise QueryError(f"bad update: {_one_line(exc)}") from None
    try:
        return "query", prepareQuery(text, initNs=ns)
    except Exception as exc:
        raise QueryError(f"bad query: {_one_line(exc)}") from None


def run_query(g: Graph, text: str, bindings: dict[str, str] | None = None, timeout: float = 30.0,
              allow_update: bool = False) -> "QueryOutput":
    """Run a SPARQL query (or, if allowed, an update) over a graph.

    Args:
        g: the graph.
        text: SPARQL text.
        bindings: variable name -> value (a string literal, or an IRI when
            written as ``<…>``).
        timeout: seconds before the query is abandoned.
        allow_update: accept SPARQL Update (the caller saves the graph).

    Returns:
        The :class:`QueryOutput`.

    Raises:
        QueryError: for bad queries, refused updates and time-outs.
    """
    kind, prepared = prepare(text, allow_update)
    init = {}
    for k, v in (bindings or {}).items():
        init[k.lstrip("?$")] = URIRef(v[1:-1]) if v.startswith("<") and v.endswith(">") else Literal(v)
    box: dict = {}

    def work() -> None:
        try:
            if kind == "update":
                g.update(prepared, initBindings=init)
                box["out"] = QueryOutput("UPDATE", [], [], None, None)
            else:
                res = g.query(prepared, initBindings=init)
                box["out"] = QueryOutput.from_result(res)
        except Exception as exc:
            box["err"] = exc

    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        raise QueryError(f"query timed out after {timeout:g} s (raise it with --timeout)")
    if "err" in box:
        raise QueryError(f"query failed: {_one_line(box['err'])}")
    return box["out"]


@dataclass
class QueryOutput:
    """The materialised result of a query.

    Attributes:
        type: SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE.
        vars: column names (SELECT).
        rows: rows of values (SELECT).
        ask: the answer (ASK).
        graph: the result graph (CONSTRUCT/DESCRIBE).
    """

    type: str
    vars: list[str]
    rows: list[list]
    ask: bool | None
    graph: Graph | None

    @classmethod
    def from_result(cls, res: Result) -> "QueryOutput":
        if res.type == "SELECT":
            names = [str(v) for v in res.vars]
            return cls("SELECT", names, [list(r) for r in res], None, None)
        if res.type == "ASK":
            return cls("ASK", [], [], bool(res.askAnswer), None)
        return cls(res.type, [], [], None, res.graph)

    def render(self, fmt: str = "table") -> str:
        """Render the result as ``table`` (plain text), ``csv`` or ``json``.

        Args:
            fmt: the format.

        Returns:
            The text.
        """
        if self.type == "ASK":
            return json.dumps({"boolean": self.ask}) if fmt == "json" else ("true" if self.ask else "false")
        if self.type in {"CONSTRUCT", "DESCRIBE"}:
            assert self.graph is not None
            return self.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
        if self.type == "UPDATE":
            return "update applied"
        cells = [["" if v is None else str(v) for v in row] for row in self.rows]
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(self.vars)
            w.writerows(cells)
            return buf.getvalue()
        if fmt == "json":
            bindings = []
            for row in self.rows:
                b = {}
                for name, v in zip(self.vars, row):
                    if v is None:
                        continue
                    kind = "uri" if isinstance(v, URIRef) else "literal" if isinstance(v, Literal) else "bnode"
                    b[name] = {"type": kind, "value": str(v)}
                    if isinstance(v, Literal) and v.datatype:
                        b[name]["datatype"] = str(v.datatype)
                bindings.append(b)
            return json.dumps({"head": {"vars": self.vars}, "results": {"bindings": bindings}}, indent=1,
                              ensure_ascii=False)
        return "\n".join("\t".join(r) for r in [self.vars, *cells])
