"""The corpus: which files are articles, and which articles are near-duplicates."""
from __future__ import annotations

import difflib
import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .gazetteer import fold

ARTICLE_SUFFIXES = (".txt", ".md")
SKIP_NAMES = {"readme.md", "license.md", "changelog.md"}


@dataclass(frozen=True)
class Found:
    """A candidate article file, or a problem met while looking for them.

    Attributes:
        path: the file (or folder) path.
        problem: why it is skipped, or "" for a readable candidate.
    """

    path: Path
    problem: str = ""


def discover(root: Path) -> Iterator[Found]:
    """Walk a folder for article files (``.txt``/``.md``), in sorted order.

    Symlinked folders are followed once: a loop is reported, not entered again.

    Args:
        root: a folder, or a single file.

    Yields:
        :class:`Found` for each candidate file and each problem.
    """
    root = Path(root)
    if root.is_file():
        yield Found(root)
        return
    seen: set[tuple[int, int]] = set()

    def walk(folder: Path) -> Iterator[Found]:
        try:
            st = folder.stat()
        except OSError as exc:
            yield Found(folder, f"cannot open folder: {exc.strerror or exc}")
            return
        ident = (st.st_dev, st.st_ino)
        if ident in seen:
            yield Found(folder, "symlink loop: folder already visited")
            return
        seen.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Found(folder, f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from walk(path)
            elif entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.name.lower() not in SKIP_NAMES:
                problem = _file_problem(path)
                yield Found(path, problem)

    yield from walk(root)


def _file_problem(path: Path) -> str:
    """Why a candidate file cannot be read, or "" (symlink loops, broken links, pipes, devices)."""
    try:
        st = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        if path.is_symlink():
            return "broken symlink"
        return f"cannot open: {exc.strerror or exc}"
    if not stat.S_ISREG(st.st_mode):
        # reading a named pipe would block the build forever
        return "not a regular file (device, socket or pipe)"
    return ""


_SPELL = re.compile(r"(?<=\w)(ise|ize|our|or|yse|yze)(?=(d|s|r|rs)?\b)")


def fingerprint(text: str, limit: int = 6000) -> tuple[str, ...]:
    """Reduce a text to a spelling-insensitive word sequence for duplicate checks.

    Args:
        text: the cleaned article text.
        limit: the number of words kept.

    Returns:
        Folded words with British/American endings unified and hyphens removed.
    """
    words = re.findall(r"\w+", fold(text).replace("-", ""))[:limit]
    return tuple(_SPELL.sub("_", w) for w in words)


def near_duplicates(prints: dict[str, tuple[str, ...]], threshold: float = 0.9) -> dict[str, list[str]]:
    """Find near-duplicate articles: one is (nearly) a prefix of the other.

    Candidates share their first eight words; a pair is a near-duplicate when
    the shorter text matches the start of the longer one with a difflib ratio
    of at least ``threshold``.

    Args:
        prints: article id -> :func:`fingerprint`.
        threshold: the minimum similarity.

    Returns:
        article id -> sorted ids of its near-duplicates (only for articles that
        have one).
    """
    buckets: dict[tuple[str, ...], list[str]] = {}
    for aid, fp in sorted(prints.items()):
        if len(fp) >= 20:
            buckets.setdefault(fp[:8], []).append(aid)
    out: dict[str, set[str]] = {}
    for ids in buckets.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                fa, fb = prints[a], prints[b]
                short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
                ratio = difflib.SequenceMatcher(None, short, long_[:len(short)], autojunk=False).ratio()
                if ratio >= threshold:
                    out.setdefault(a, set()).add(b)
                    out.setdefault(b, set()).add(a)
    return {k: sorted(v) for k, v in sorted(out.items())}


def iter_paths(found: Iterable[Found]) -> Iterator[Path]:
    """Keep only the readable candidates of :func:`discover`."""
    for f in found:
        if not f.problem:
            yield f.path
