"""The per-article extraction cache behind ``kg build --update`` (JSON, never pickle).

Every build writes, for each article it read, one JSON file into
``OUT/.kg-cache/``::

    {"format": 1, "code": "<hash of the extractor code>", "model": "<spaCy pipeline>",
     "id": "<article id>", "sha256": "<SHA-256 of the raw file bytes>",
     "fingerprint": [...], "facts": {<ArticleFacts>}}

An entry is reused only when all of these match: the same article id, the same
raw bytes, the same cache format, the same spaCy pipeline (name and version)
and the same extractor code (a hash of ``graph/*.py`` and the gazetteer).
Anything else - a changed file, a new model, an edited extractor, a corrupt or
truncated entry - is a cache miss and the article is parsed again.  The cache
is an optimisation only: a failure to read or write it never fails a build.

Entity resolution and the RDF stage always run over every article, cached or
not, so ``--update`` gives the same graph as a full rebuild.

The (de)serialiser is generic: any dataclass of the ``graph`` package (the
frozen dataclasses of :mod:`graph.models`, :class:`graph.mentions.NameMention`,
...) is written as an object with an ``"@type"`` tag, tuples and lists as
arrays, frozensets and sets as sorted arrays.  Only dataclasses defined in the
``graph`` package are ever instantiated when reading.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import time
import types
import typing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .models import ArticleFacts

FORMAT = 1
CACHE_DIRNAME = ".kg-cache"
PACKAGE = __name__.rsplit(".", 1)[0]  # "graph"
TYPE_TAG = "@type"
STALE_TEMP_SECONDS = 3600


class CacheFormatError(ValueError):
    """A JSON value does not match the type it should be read as."""


# --------------------------------------------------------------------------- dataclass <-> JSON

def _tag(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


@lru_cache(maxsize=None)
def _class_for(tag: str) -> type:
    module, _, name = tag.rpartition(".")
    if module != PACKAGE and not module.startswith(PACKAGE + "."):
        raise CacheFormatError(f"refusing to build {tag!r}: not a class of the {PACKAGE} package")
    try:
        cls = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise CacheFormatError(f"unknown class {tag!r}") from exc
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise CacheFormatError(f"{tag!r} is not a dataclass")
    return cls


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def to_json(obj: Any) -> Any:
    """Turn a (nested) dataclass value into plain JSON data.

    Args:
        obj: a dataclass instance, tuple, list, set, frozenset, dict with string
            keys, str, int, float, bool or None.

    Returns:
        JSON-ready data; dataclasses carry an ``"@type"`` tag.

    Raises:
        TypeError: for values of any other type.
    """
    if obj is None or isinstance(obj, (bool, int, float, str)):
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {TYPE_TAG: _tag(type(obj))}
        for f in dataclasses.fields(obj):
            out[f.name] = to_json(getattr(obj, f.name))
        return out
    if isinstance(obj, (tuple, list)):
        return [to_json(x) for x in obj]
    if isinstance(obj, (set, frozenset)):
        items = [to_json(x) for x in obj]
        return sorted(items, key=lambda x: json.dumps(x, sort_keys=True))
    if isinstance(obj, dict):
        if not all(isinstance(k, str) for k in obj):
            raise TypeError("only dicts with string keys can be cached")
        return {k: to_json(v) for k, v in obj.items()}
    raise TypeError(f"cannot cache a value of type {type(obj).__name__}")


def from_json(data: Any, hint: Any = Any) -> Any:
    """Rebuild a value written by :func:`to_json`, guided by a type hint.

    Args:
        data: the JSON data.
        hint: the expected type (``ArticleFacts``, ``tuple[Mention, ...]``,
            ``str | None``, ``frozenset[str]``, ...); ``Any`` accepts tagged
            dataclasses and plain JSON.

    Returns:
        The value, with tuples, frozensets and dataclasses restored.

    Raises:
        CacheFormatError: when the data does not fit the hint.
    """
    if isinstance(data, dict) and TYPE_TAG in data:
        # the tag wins over the hint: ArticleFacts.mentions is typed tuple[Mention, ...]
        # but holds graph.mentions.NameMention objects
        cls = _class_for(data[TYPE_TAG])
        hints = _hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                kwargs[f.name] = from_json(data[f.name], hints.get(f.name, Any))
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise CacheFormatError(f"{cls.__name__}: missing field {f.name!r}")
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise CacheFormatError(f"{cls.__name__}: {exc}") from exc
    if hint is Any or hint is object:
        if isinstance(data, list):
            return tuple(from_json(x) for x in data)
        if isinstance(data, dict):
            return {k: from_json(v) for k, v in data.items()}
        return data
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        errors = []
        for arm in args:
            if arm is type(None):
                continue
            try:
                return from_json(data, arm)
            except CacheFormatError as exc:
                errors.append(str(exc))
        raise CacheFormatError("; ".join(errors) or f"no type fits {data!r}")
    if origin is typing.Literal:
        if data not in args:
            raise CacheFormatError(f"{data!r} is not one of {args}")
        return data
    if origin in (tuple, list, frozenset, set):
        if not isinstance(data, list):
            raise CacheFormatError(f"expected an array, found {type(data).__name__}")
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                items = [from_json(x, args[0]) for x in data]
            elif args:
                if len(args) != len(data):
                    raise CacheFormatError(f"expected {len(args)} items, found {len(data)}")
                items = [from_json(x, a) for x, a in zip(data, args)]
            else:
                items = [from_json(x) for x in data]
            return tuple(items)
        items = [from_json(x, args[0] if args else Any) for x in data]
        return origin(items) if origin is not list else items
    if origin is dict:
        if not isinstance(data, dict):
            raise CacheFormatError(f"expected an object, found {type(data).__name__}")
        vt = args[1] if len(args) == 2 else Any
        return {k: from_json(v, vt) for k, v in data.items()}
    if hint in (str, int, float, bool):
        ok = isinstance(data, hint) and not (hint is int and isinstance(data, bool))
        if hint is float and isinstance(data, int) and not isinstance(data, bool):
            return float(data)
        if not ok:
            raise CacheFormatError(f"expected {hint.__name__}, found {type(data).__name__}")
        return data
    if hint is type(None):
        if data is not None:
            raise CacheFormatError(f"expected null, found {type(data).__name__}")
        return None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        raise CacheFormatError(f"expected a tagged {hint.__name__} object")
    return data


# --------------------------------------------------------------------------- the cache

@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash the extractor code: every ``graph/*.py`` file and the gazetteer.

    Returns:
        16 hex digits; any code change invalidates every cache entry.
    """
    from .gazetteer import ONTOLOGY_DIR

    h = hashlib.sha256()
    files = sorted(Path(__file__).resolve().parent.glob("*.py"))
    files.append(ONTOLOGY_DIR / "gazetteer.json")
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        h.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()[:16]


def model_key(nlp: Any, name: str) -> str:
    """Identify a loaded spaCy pipeline: its package name, version and components."""
    meta = getattr(nlp, "meta", {}) or {}
    return f"{name} {meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')} " + ",".join(
        getattr(nlp, "pipe_names", ()))


@dataclass(frozen=True)
class CachedArticle:
    """One cache entry.

    Attributes:
        id: the article id.
        sha256: SHA-256 of the raw file bytes.
        fingerprint: :func:`graph.corpus.fingerprint` of the cleaned text.
        facts: the extraction result (its article has ``raw`` and ``text`` empty).
    """

    id: str
    sha256: str
    fingerprint: tuple[str, ...]
    facts: ArticleFacts


class FactsCache:
    """The folder of per-article cache entries (``OUT/.kg-cache``).

    Args:
        folder: the cache folder (created on the first write).
        model: the :func:`model_key` of the pipeline; set it before :meth:`get`.
    """

    def __init__(self, folder: Path, model: str = "") -> None:
        self.folder = Path(folder)
        self.model = model
        self.problems: list[str] = []
        self._staged: dict[str, CachedArticle] = {}

    def entry_path(self, article_id: str) -> Path:
        """The file of an article's entry (a hash of the id: ids may hold any character)."""
        digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:40]
        return self.folder / f"{digest}.json"

    def _header(self) -> dict[str, Any]:
        return {"format": FORMAT, "code": code_version(), "model": self.model}

    def get(self, article_id: str, sha256: str) -> CachedArticle | None:
        """Return the cached entry of an unchanged article, or None on any mismatch."""
        path = self.entry_path(article_id)
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError):
            return None
        try:
            if not isinstance(data, dict) or any(data.get(k) != v for k, v in self._header().items()):
                return None
            if data.get("id") != article_id or data.get("sha256") != sha256:
                return None
            facts = from_json(data["facts"], ArticleFacts)
            prints = from_json(data["fingerprint"], tuple[str, ...])
        except (CacheFormatError, KeyError, TypeError, ValueError, RecursionError):
            return None
        if facts.article.id != article_id:
            return None
        return CachedArticle(article_id, sha256, prints, facts)

    def stage(self, entry: CachedArticle) -> None:
        """Remember an entry to write at :meth:`commit` (after the outputs are safe)."""
        self._staged[entry.id] = entry

    def encode(self, entry: CachedArticle) -> bytes:
        """The JSON bytes of an entry."""
        data = {**self._header(), "id": entry.id, "sha256": entry.sha256,
                "fingerprint": list(entry.fingerprint), "facts": to_json(entry.facts)}
        return json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":")).encode("ascii")

    def commit(self, keep: Iterable[str]) -> list[str]:
        """Write the staged entries and delete the entries of articles no longer read.

        Never raises for file-system problems: they are added to :attr:`problems`.

        Args:
            keep: the ids of every article of the build (cached or parsed).

        Returns:
            The ids whose entries were removed (deleted or unreadable articles).
        """
        from .pipeline import atomic_write

        keep_files = {self.entry_path(aid).name for aid in keep}
        staged, self._staged = self._staged, {}
        failed = 0
        for aid, entry in staged.items():
            try:
                atomic_write(self.entry_path(aid), self.encode(entry))
            except (OSError, TypeError, ValueError) as exc:
                failed += 1
                if failed == 1:
                    msg = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                    self.problems.append(f"{self.folder}: cache not updated ({msg}); "
                                         f"the next --update parses these articles again")
        removed: list[str] = []
        try:
            entries = sorted(os.scandir(self.folder), key=lambda e: e.name)
        except OSError:
            return removed
        now = time.time()
        for e in entries:
            try:
                if e.name.endswith(".json") and e.name not in keep_files:
                    try:
                        old = json.loads(Path(e.path).read_bytes()).get("id")
                    except (OSError, ValueError, AttributeError):
                        old = None
                    os.unlink(e.path)
                    if isinstance(old, str):
                        removed.append(old)
                elif e.name.startswith(".") and e.name.endswith(".tmp") and \
                        now - e.stat().st_mtime > STALE_TEMP_SECONDS:
                    os.unlink(e.path)  # left by a killed build long ago
            except OSError:
                continue
        return sorted(removed)
