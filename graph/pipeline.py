"""The build: articles -> NLP -> mentions and facts -> entities -> RDF -> files.

Articles stream through ``nlp.pipe`` in batches.  Once an article's facts are
extracted its Doc and its text are dropped: only the facts, the metadata and
the offset map are kept until the graph is built.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from rdflib import Graph

from .article import ArticleError, read_article
from .corpus import discover, fingerprint, near_duplicates
from .models import Article, ArticleFacts
from .nlp import DEFAULT_MODEL

log = logging.getLogger(__name__)
TURTLE = "longturtle"


@dataclass(frozen=True)
class Settings:
    """Build settings.

    Attributes:
        model: the spaCy pipeline name (``--model``, env ``KG_MODEL``).
        base: the entity base namespace (``--base``, env ``KG_BASE``).
        batch_size: articles per ``nlp.pipe`` batch.
        max_view_nodes: node cap of the HTML view.
        view: write the HTML view too.
    """

    model: str = DEFAULT_MODEL
    base: str | None = None
    batch_size: int = 16
    max_view_nodes: int = 500
    view: bool = True


@dataclass
class BuildReport:
    """What a build read, made and skipped.

    Attributes:
        articles: ids of the articles read.
        skipped: (path, reason) of the files not read.
        duplicates: article id -> near-duplicate ids.
        entities: entity counts by class.
        facts: fact counts by kind.
        warnings: one line per problem met.
        outputs: the files written.
    """

    articles: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    triples: int = 0


class NothingToBuild(Exception):
    """No usable article was found; the message says why."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(record.getMessage())
        except Exception:  # pragma: no cover - a broken log call must not stop a build
            self.lines.append(str(record.msg))


def extract_article(doc, article: Article) -> ArticleFacts:
    """Run every extractor on one parsed article; an extractor that fails is
    reported as a warning and the others still run.

    Args:
        doc: the spaCy Doc of ``article.text``.
        article: the article.

    Returns:
        The :class:`ArticleFacts` (the Doc is not kept).
    """
    from .mentions import extract_mentions

    warnings: list[str] = []
    out: dict[str, tuple] = {}

    def run(name: str, fn: Callable) -> None:
        try:
            out[name] = tuple(fn(doc, article))
        except Exception as exc:  # an extractor bug must not lose the article
            warnings.append(f"{article.id}: {name} extractor failed ({type(exc).__name__}: {exc}); its facts are skipped")
            log.debug("extractor failure", exc_info=True)
            out[name] = ()

    run("mentions", extract_mentions)
    try:
        from . import quotes
        run("quotes", quotes.extract_quotes)
    except ImportError:
        out["quotes"] = ()
    try:
        from . import relations
        run("stances", relations.extract_stances)
        run("positions", relations.extract_positions)
        run("relations", relations.extract_relations)
    except ImportError:
        pass
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    light = dataclasses.replace(article, raw="", text="")
    return ArticleFacts(article=light, mentions=out.get("mentions", ()), quotes=out.get("quotes", ()),
                        stances=out.get("stances", ()), positions=out.get("positions", ()),
                        relations=out.get("relations", ()), sentences=sentences, warnings=tuple(warnings))


def _read_all(paths: list[Path], report: BuildReport, root: Path) -> Iterator[Article]:
    ids: set[str] = set()
    for path in paths:
        try:
            rel = path.relative_to(root) if root.is_dir() else Path(path.name)
        except ValueError:
            rel = Path(path.name)
        aid = rel.as_posix()
        if aid in ids:
            aid = path.as_posix()
        try:
            art = read_article(path, aid)
        except ArticleError as exc:
            report.skipped.append((str(path), str(exc)))
            report.warnings.append(f"{path}: skipped: {exc}")
            continue
        except Exception as exc:  # never let one odd file stop the build
            report.skipped.append((str(path), f"unexpected error: {exc}"))
            report.warnings.append(f"{path}: skipped: unexpected error ({type(exc).__name__}: {exc})")
            continue
        ids.add(aid)
        yield art


def build(source: Path, settings: Settings = Settings(), progress: Callable[[int, int], None] | None = None
          ) -> tuple[Graph, BuildReport]:
    """Build the knowledge graph of a folder of articles (no files written).

    Args:
        source: a folder of ``.txt``/``.md`` articles (or one file).
        settings: the build settings.
        progress: called as ``progress(done, total)`` after each article.

    Returns:
        (graph, report).

    Raises:
        NothingToBuild: when the folder is missing or holds no readable article.
        graph.nlp.ModelNotFound: when the spaCy model is not installed.
    """
    from .entities import resolve_entities
    from .nlp import english_words, load_nlp
    from .rdf import build_graph

    source = Path(source)
    report = BuildReport()
    if not source.exists():
        raise NothingToBuild(f"{source}: no such file or folder")
    found = list(discover(source))
    paths = []
    for f in found:
        if f.problem:
            report.skipped.append((str(f.path), f.problem))
            report.warnings.append(f"{f.path}: skipped: {f.problem}")
        else:
            paths.append(f.path)
    if not paths:
        raise NothingToBuild(f"{source}: no .txt or .md articles found")

    nlp = load_nlp(settings.model)
    collect = _Collect()
    pkg_log = logging.getLogger("graph")
    pkg_log.addHandler(collect)
    facts: list[ArticleFacts] = []
    prints: dict[str, tuple[str, ...]] = {}
    try:
        def texts() -> Iterator[tuple[str, Article]]:
            for art in _read_all(paths, report, source):
                prints[art.id] = fingerprint(art.text)
                yield art.text, art

        done = 0
        for doc, art in nlp.pipe(texts(), as_tuples=True, batch_size=settings.batch_size):
            af = extract_article(doc, art)
            facts.append(af)
            report.articles.append(art.id)
            report.warnings.extend(af.warnings)
            done += 1
            if progress:
                progress(done, len(paths))
    finally:
        pkg_log.removeHandler(collect)
    report.warnings.extend(collect.lines)
    if not facts:
        raise NothingToBuild(f"{source}: none of the {len(paths)} files could be read")

    report.duplicates = near_duplicates(prints)
    authors = {af.article.id: af.article.author for af in facts if af.article.author}
    mentions = [nm for af in facts for nm in af.mentions]
    res = resolve_entities(mentions, authors, english_words(settings.model))
    g, stats = build_graph(facts, res, report.duplicates, settings.base)
    report.entities = stats.entities
    report.facts = stats.facts
    report.warnings.extend(stats.warnings)
    report.triples = len(g)
    return g, report


def serialize_turtle(g: Graph) -> bytes:
    """Serialise a graph as deterministic Turtle (sorted, no random labels).

    Args:
        g: the graph.

    Returns:
        UTF-8 Turtle bytes, byte-identical for the same graph.
    """
    return g.serialize(format=TURTLE, canon=True, encoding="utf-8")


def atomic_write(path: Path, data: bytes) -> Path:
    """Write a file atomically: a temporary file in the same folder, then rename.

    A crash or a full disk leaves the previous file intact.

    Args:
        path: the target.
        data: the content.

    Returns:
        The path.

    Raises:
        OSError: when the folder is not writable or the disk is full.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def build_to(source: Path, out_dir: Path, settings: Settings = Settings(),
             progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Build the graph and write ``graph.ttl`` and ``graph.html`` into a folder.

    Args:
        source: the articles folder.
        out_dir: the output folder (created if needed).
        settings: the build settings.
        progress: progress callback.

    Returns:
        The :class:`BuildReport` (``outputs`` lists the files written).

    Raises:
        NothingToBuild: when no usable article was read.
    """
    g, report = build(source, settings, progress)
    out_dir = Path(out_dir)
    ttl = atomic_write(out_dir / "graph.ttl", serialize_turtle(g))
    report.outputs.append(ttl)
    if settings.view:
        try:
            from .view import write_view
        except ImportError:  # pragma: no cover
            write_view = None
        if write_view is not None:
            html = write_view(g, out_dir / "graph.html", max_nodes=settings.max_view_nodes)
            report.outputs.append(Path(html))
    return report
