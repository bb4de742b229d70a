"""The build: articles -> NLP -> mentions and facts -> entities -> RDF -> files.

Articles stream through ``nlp.pipe`` in batches.  Once an article's facts are
extracted its Doc and its text are dropped: only the facts, the metadata and
the offset map are kept until the graph is built.  Very long articles are
parsed in pieces (see :func:`split_for_nlp`).

Robustness: a file that cannot be used is skipped with one warning naming it
and the reason, and the build goes on; the outputs are written atomically, so a
killed build or a full disk leaves the previous ``graph.ttl``/``graph.html``
intact; every build stores each article's facts in ``OUT/.kg-cache`` so that
``kg build --update`` parses only new and changed articles (:mod:`graph.cache`).
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import re
import stat
import tempfile
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Mapping

from rdflib import Graph

from .article import ArticleError, article_from_bytes, read_bytes
from .cache import CACHE_DIRNAME, CachedArticle, FactsCache, model_key
from .corpus import discover, fingerprint, near_duplicates
from .models import Article, ArticleFacts, Segment
from .nlp import DEFAULT_MODEL

log = logging.getLogger(__name__)
TURTLE = "longturtle"
#: articles longer than this (cleaned characters) are parsed in pieces
LONG_ARTICLE_CHARS = 100_000
#: the maximum length of one piece of a long article
CHUNK_CHARS = 10_000
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+")


@dataclass(frozen=True)
class Settings:
    """Build settings.

    Attributes:
        model: the spaCy pipeline name (``--model``, env ``KG_MODEL``).
        base: the entity base namespace (``--base``, env ``KG_BASE``).
        batch_size: articles per ``nlp.pipe`` batch.
        max_view_nodes: node cap of the HTML view.
        view: write the HTML view too.
        long_article: articles longer than this (characters of cleaned text)
            are parsed in pieces.
        chunk_chars: the maximum length of such a piece.
    """

    model: str = DEFAULT_MODEL
    base: str | None = None
    batch_size: int = 16
    max_view_nodes: int = 500
    view: bool = True
    long_article: int = LONG_ARTICLE_CHARS
    chunk_chars: int = CHUNK_CHARS


@dataclass
class BuildReport:
    """What a build read, made and skipped.

    Attributes:
        articles: ids of the articles read.
        skipped: (path, reason) of the files not read.
        duplicates: article id -> near-duplicate ids.
        entities: entity counts by class.
        facts: fact counts by kind.
        warnings: one line per problem met (each problem once).
        outputs: the files written.
        triples: the size of the graph.
        parsed: ids of the articles run through spaCy in this build.
        cached: ids of the articles whose facts came from the cache (``--update``).
        removed: ids whose cache entries were dropped (deleted or now unreadable files).
    """

    articles: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    triples: int = 0
    parsed: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


class NothingToBuild(Exception):
    """No usable article was found; the message says why.

    Attributes:
        report: what was skipped, and why (its ``warnings``).
    """

    def __init__(self, message: str, report: BuildReport | None = None) -> None:
        super().__init__(message)
        self.report = report if report is not None else BuildReport()


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
    from .mentions import extract_mentions, with_titled_persons
    from .quotes import extract_quotes
    from .relations import extract_positions, extract_relations, extract_stances

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
    run("quotes", extract_quotes)
    run("stances", lambda d, a: extract_stances(d, a, quotes=out.get("quotes", ())))
    run("positions", extract_positions)
    run("relations", extract_relations)
    out["mentions"] = with_titled_persons(out.get("mentions", ()), out.get("positions", ()))
    sentences = tuple((s.start_char, s.end_char) for s in doc.sents) if doc.has_annotation("SENT_START") else ()
    light = dataclasses.replace(article, raw="", text="")
    return ArticleFacts(article=light, mentions=out.get("mentions", ()), quotes=out.get("quotes", ()),
                        stances=out.get("stances", ()), positions=out.get("positions", ()),
                        relations=out.get("relations", ()), sentences=sentences, warnings=tuple(warnings))


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}".rstrip(": ")


def _skip(report: BuildReport, path: Path | str, reason: str) -> None:
    report.skipped.append((str(path), reason))
    report.warnings.append(f"{path}: skipped: {reason}")


def _read_all(paths: list[Path], report: BuildReport, root: Path, cache: FactsCache | None
              ) -> Iterator[tuple[str, str, Article | None, CachedArticle | None]]:
    """Read the files in order: (id, sha256, article, None) or (id, sha256, None, cache hit)."""
    ids: set[str] = set()
    for path in paths:
        try:
            rel = path.relative_to(root) if root.is_dir() else Path(path.name)
        except ValueError:
            rel = Path(path.name)
        aid = rel.as_posix()
        if aid in ids:
            aid = path.as_posix()
        art = hit = None
        try:
            data = read_bytes(path)
            sha = hashlib.sha256(data).hexdigest()
            if cache is not None:
                hit = cache.get(aid, sha)
                if hit is not None and hit.facts.article.path != str(path):  # same bytes, moved folder
                    hit = dataclasses.replace(hit, facts=dataclasses.replace(
                        hit.facts, article=dataclasses.replace(hit.facts.article, path=str(path))))
            if hit is None:
                art = article_from_bytes(data, aid, str(path))
        except ArticleError as exc:
            _skip(report, path, str(exc))
            continue
        except Exception as exc:  # never let one odd file stop the build
            log.debug("read failure", exc_info=True)
            _skip(report, path, f"unexpected error ({type(exc).__name__}: {exc})")
            continue
        ids.add(aid)
        yield aid, sha, art, hit


def split_for_nlp(text: str, long_article: int = LONG_ARTICLE_CHARS, chunk: int = CHUNK_CHARS
                  ) -> list[tuple[int, int]]:
    """Cut a very long text into pieces that spaCy parses one at a time.

    Texts up to ``long_article`` characters stay whole.  Longer texts are cut
    into pieces of at most ``chunk`` characters, at a paragraph break when
    there is one, else at a line break, a sentence end or a space (a hard cut
    only for a run of ``chunk`` characters without any of these).  The pieces
    cover the text exactly, so no character is lost.

    Args:
        text: the cleaned article text.
        long_article: the length from which a text is cut.
        chunk: the maximum piece length.

    Returns:
        (start, end) offsets of the pieces, in order.
    """
    n = len(text)
    if n <= long_article or chunk <= 0:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    pos = 0
    while n - pos > chunk:
        end = pos + chunk
        cut = text.rfind("\n\n", pos + 1, end)
        if cut > pos:
            cut += 2
        else:
            cut = text.rfind("\n", pos + 1, end)
            if cut > pos:
                cut += 1
            else:
                cut = -1
                for m in _SENTENCE_BREAK.finditer(text, pos + 1, end):
                    cut = m.end()
                if cut <= pos:
                    cut = text.rfind(" ", pos + 1, end)
                    cut = cut + 1 if cut > pos else end
        out.append((pos, cut))
        pos = cut
    out.append((pos, n))
    return out


def _sub_article(art: Article, starts: list[int], a: int, b: int) -> Article:
    """The piece [a, b) of an article as an article of its own (offset map shifted)."""
    segs = []
    i = max(bisect_right(starts, a) - 1, 0)
    for seg in art.segments[i:]:
        if seg.clean_start >= b:
            break
        lo, hi = max(seg.clean_start, a), min(seg.clean_start + seg.length, b)
        if lo < hi:
            segs.append(Segment(lo - a, seg.raw_start + (lo - seg.clean_start), hi - lo))
    return dataclasses.replace(art, text=art.full_text[a:b], segments=tuple(segs), captions="")


def _is_offset(name: str) -> bool:
    return name in ("start", "end") or name.endswith(("_start", "_end"))


def shift_offsets(obj, delta: int):
    """Add ``delta`` to every text offset in extracted facts (piece -> article offsets).

    Offsets are the int fields named ``start``/``end`` (or ``*_start``/``*_end``)
    of any dataclass; negative offsets (synthetic mentions) are left alone, and
    :class:`Article` objects are not entered.

    Args:
        obj: a fact, a mention, or a tuple/list of them.
        delta: the piece's offset in the article text.

    Returns:
        The shifted copy.
    """
    if delta == 0 or obj is None or isinstance(obj, (str, int, float, bool, Article)):
        return obj
    if isinstance(obj, (tuple, list)):
        return type(obj)(shift_offsets(x, delta) for x in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in dataclasses.fields(obj):
            v = getattr(obj, f.name)
            if isinstance(v, int) and not isinstance(v, bool):
                if _is_offset(f.name) and v >= 0:
                    changes[f.name] = v + delta
            elif v is not None and not isinstance(v, (str, float)):
                nv = shift_offsets(v, delta)
                if nv is not v:
                    changes[f.name] = nv
        return dataclasses.replace(obj, **changes) if changes else obj
    return obj


def _merge(article: Article, parts: list[ArticleFacts]) -> ArticleFacts:
    """Join the facts of an article's pieces (already shifted) into one ArticleFacts."""
    light = dataclasses.replace(article, raw="", text="")
    if len(parts) == 1:
        return dataclasses.replace(parts[0], article=light)
    joined = {f.name: tuple(x for p in parts for x in getattr(p, f.name))
              for f in dataclasses.fields(ArticleFacts) if f.name != "article"}
    return ArticleFacts(article=light, **joined)


@dataclass
class _Job:
    """An article on its way through spaCy, piece by piece."""

    article: Article
    sha: str
    pieces: list[tuple[int, int]]
    starts: list[int]
    parts: list[ArticleFacts] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (stage, error)

    @property
    def done(self) -> bool:
        return len(self.parts) + len(self.errors) == len(self.pieces)


def _parse(nlp, items: Iterator[tuple[str, object]], batch_size: int) -> Iterator[tuple[object, object]]:
    """Run ``nlp.pipe`` over (text, context) pairs, batch by batch.

    When a batch fails, its texts are parsed one by one, so that one text that
    crashes spaCy costs only itself: it comes back as the exception.
    """
    def run(batch: list[tuple[str, object]]) -> Iterator[tuple[object, object]]:
        try:
            docs = list(nlp.pipe([t for t, _ in batch], batch_size=len(batch)))
        except Exception:
            log.debug("nlp.pipe failed; parsing the batch one text at a time", exc_info=True)
            for text, ctx in batch:
                try:
                    yield nlp(text), ctx
                except Exception as exc:
                    yield exc, ctx
            return
        yield from zip(docs, (ctx for _, ctx in batch))

    batch: list[tuple[str, object]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


def build(source: Path, settings: Settings = Settings(), progress: Callable[[int, int], None] | None = None,
          cache: FactsCache | None = None, update: bool = False) -> tuple[Graph, BuildReport]:
    """Build the knowledge graph of a folder of articles (no files written).

    A file that cannot be read (empty, binary, unreadable, not an article...) is
    skipped with one warning that names it and says why; the build goes on
    with the others.  Articles longer than ``settings.long_article``
    characters are parsed in pieces (:func:`split_for_nlp`), so that nothing
    is cut and memory stays bounded.

    Args:
        source: a folder of ``.txt``/``.md`` articles (or one file).
        settings: the build settings.
        progress: called as ``progress(done, total)`` after each article.
        cache: the extraction cache; the facts of every article parsed are
            staged in it (see :meth:`FactsCache.commit`).
        update: reuse the cached facts of unchanged articles (``kg build --update``).

    Returns:
        (graph, report).

    Raises:
        NothingToBuild: when the folder is missing or holds no readable article
            (its ``report`` lists what was skipped).
        graph.nlp.ModelNotFound: when the spaCy model is not installed.
    """
    from .entities import resolve_entities
    from .nlp import english_words, load_nlp
    from .rdf import build_graph

    source = Path(source)
    report = BuildReport()
    if not source.exists():
        if source.is_symlink():
            raise NothingToBuild(f"{source}: broken symlink", report)
        raise NothingToBuild(f"{source}: no such file or folder", report)
    paths = []
    for f in discover(source):
        if f.problem:
            _skip(report, f.path, f.problem)
        else:
            paths.append(f.path)
    if not paths:
        report.warnings = list(dict.fromkeys(report.warnings))
        raise NothingToBuild(f"{source}: no .txt or .md articles found", report)

    nlp = load_nlp(settings.model)
    if cache is not None:
        cache.model = model_key(nlp, settings.model)
    collect = _Collect()
    pkg_log = logging.getLogger("graph")
    pkg_log.addHandler(collect)
    order: list[str] = []
    results: dict[str, ArticleFacts] = {}
    prints: dict[str, tuple[str, ...]] = {}
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(paths))

    def items() -> Iterator[tuple[str, tuple[_Job, int, int]]]:
        for aid, sha, art, hit in _read_all(paths, report, source, cache if update else None):
            order.append(aid)
            if hit is not None:
                results[aid] = hit.facts
                prints[aid] = hit.fingerprint
                report.cached.append(aid)
                tick()
                continue
            pieces = split_for_nlp(art.text, settings.long_article, settings.chunk_chars)
            if art.captions:
                # the photo captions are parsed on their own: no story speaker takes their names
                pieces.append((len(art.text) + 2, len(art.full_text)))
            job = _Job(art, sha, pieces, [s.clean_start for s in art.segments] if len(pieces) > 1 else [])
            full = art.full_text
            for a, b in pieces:
                yield full[a:b], (job, a, b)

    def finish(job: _Job) -> None:
        art = job.article
        if not job.parts:
            order.remove(art.id)
            stage, err = job.errors[0]
            _skip(report, art.path, f"{stage} failed on it ({err})")
        else:
            af = _merge(art, job.parts)
            if job.errors:
                stage, err = job.errors[0]
                af = dataclasses.replace(af, warnings=af.warnings + (
                    f"{art.id}: {stage} failed on {len(job.errors)} of {len(job.pieces)} pieces of the text "
                    f"({err}); their facts are missing",))
            results[art.id] = af
            prints[art.id] = fingerprint(art.text)
            report.parsed.append(art.id)
            if cache is not None:
                cache.stage(CachedArticle(art.id, job.sha, prints[art.id], af))
        job.article = dataclasses.replace(art, raw="", text="")  # drop the text as soon as possible
        tick()

    try:
        for doc, (job, a, b) in _parse(nlp, items(), settings.batch_size):
            if isinstance(doc, Exception):
                job.errors.append(("spaCy", _one_line(doc)))
            else:
                whole = len(job.pieces) == 1
                mark = len(collect.lines)
                try:
                    sub = job.article if whole else _sub_article(job.article, job.starts, a, b)
                    af = extract_article(doc, sub)
                    af = af if whole else shift_offsets(af, a)
                except Exception as exc:  # a bug outside the guarded extractors must not stop the build
                    log.debug("extraction failure", exc_info=True)
                    job.errors.append(("extraction", _one_line(exc)))
                else:
                    logged = tuple(collect.lines[mark:])
                    if logged:  # warnings logged while reading this article belong to it (and its cache entry)
                        af = dataclasses.replace(af, warnings=af.warnings + logged)
                    job.parts.append(af)
                del collect.lines[mark:]
            del doc
            if job.done:
                finish(job)
    finally:
        pkg_log.removeHandler(collect)
    facts = [results[aid] for aid in order if aid in results]
    report.articles = [af.article.id for af in facts]
    for af in facts:
        report.warnings.extend(af.warnings)
    report.warnings.extend(collect.lines)
    if not facts:
        report.warnings = list(dict.fromkeys(report.warnings))
        raise NothingToBuild(f"{source}: none of the {len(paths)} files could be read", report)

    report.duplicates = near_duplicates(prints)
    authors = {af.article.id: af.article.author for af in facts if af.article.author}
    mentions = [nm for af in facts for nm in af.mentions]
    res = resolve_entities(mentions, authors, english_words(settings.model))
    g, stats = build_graph(facts, res, report.duplicates, settings.base)
    report.entities = stats.entities
    report.facts = stats.facts
    report.warnings.extend(stats.warnings)
    report.warnings = list(dict.fromkeys(report.warnings))  # each problem once
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


def _new_file_mode(path: Path) -> int:
    """The mode a plainly created file would get: the current one, else 0666 minus the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_many(files: Mapping[Path, bytes]) -> list[Path]:
    """Write several files, each atomically: all temporary files first, then the renames.

    Every file is written in full to a temporary file in its folder and
    flushed to disk before any of them replaces its target, so a crash, a
    ``kill -9`` or a full disk leaves each target either as it was or
    complete and new, never truncated.  On an error no temporary file is left.

    Args:
        files: target path -> content.

    Returns:
        The paths, in order.

    Raises:
        OSError: when a folder is not writable or the disk is full.
    """
    temps: list[tuple[str, Path]] = []
    target: Path | None = None
    try:
        for path, data in files.items():
            path = target = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, _new_file_mode(path))
        while temps:
            tmp, target = temps[0]
            os.replace(tmp, target)
            temps.pop(0)
    except BaseException as exc:
        for tmp, _path in temps:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError) and exc.errno is not None and target is not None:
            # name the file the user asked for, not the hidden temporary file
            raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from exc
        raise
    return [Path(p) for p in files]


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
    return atomic_write_many({Path(path): data})[0]


def build_to(source: Path, out_dir: Path, settings: Settings = Settings(),
             progress: Callable[[int, int], None] | None = None, update: bool = False) -> BuildReport:
    """Build the graph and write ``graph.ttl`` and ``graph.html`` into a folder.

    Both files are rendered in memory first and then written atomically
    (:func:`atomic_write_many`): a build that fails or is killed leaves the
    previous files as they were.  Once they are written, the facts of the
    articles parsed are stored in ``OUT/.kg-cache`` (:mod:`graph.cache`).

    Args:
        source: the articles folder.
        out_dir: the output folder (created if needed).
        settings: the build settings.
        progress: progress callback.
        update: reuse the cached facts of unchanged articles and parse only
            new or changed ones (``kg build --update``); the graph is the same
            as a full rebuild's.

    Returns:
        The :class:`BuildReport` (``outputs`` lists the files written).

    Raises:
        NothingToBuild: when no usable article was read.
        OSError: when an output cannot be written (nothing is changed then).
    """
    out_dir = Path(out_dir)
    cache = FactsCache(out_dir / CACHE_DIRNAME)
    g, report = build(source, settings, progress, cache=cache, update=update)
    files = {out_dir / "graph.ttl": serialize_turtle(g)}
    if settings.view:
        from .view import render_view

        try:
            page = render_view(g, max_nodes=settings.max_view_nodes)
        except Exception as exc:  # the graph is still worth writing
            log.debug("view failure", exc_info=True)
            report.warnings.append(f"{out_dir / 'graph.html'}: not written: the view failed "
                                   f"({type(exc).__name__}: {exc}); the previous one is left as it was")
        else:
            files[out_dir / "graph.html"] = page.encode("utf-8")
    report.outputs.extend(atomic_write_many(files))
    report.removed = cache.commit(report.articles)
    report.warnings.extend(cache.problems)
    return report
