"""Reliability (issue 6): bad input, atomic outputs, determinism, ``--update`` and safe queries.

* Bad input: every odd file is skipped (or read) with one clear message, and the
  build goes on; it fails (exit 1) only when nothing usable was read.
* Nothing lost: outputs are written atomically (a ``kill -9`` or a full disk
  leaves the previous files), the Turtle is byte-identical from run to run, and
  ``kg build --update`` gives the graph of a full rebuild while parsing only new
  and changed articles.
* Queries are read-only by default, time out, and fail with one line.

Tests that run spaCy are marked ``model``; those that take more than a few
seconds are marked ``slow``.  As root, ``chmod 000`` does not stop reading, so
unreadable files are simulated by making ``Path.read_bytes`` raise
``PermissionError`` for them.
"""
from __future__ import annotations

import codecs
import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from conftest import HARBOUR, PLANET_UK, write_corpus
from graph.cache import CACHE_DIRNAME, CacheFormatError, FactsCache, from_json, to_json
from graph.cli import app
from graph.models import (Article, ArticleFacts, Entity, Evidence, Mention, Position, Quote, Relation, Segment,
                          Stance, TerritoryRef)
from graph.namespace import NG, mint_article
from graph.pipeline import (BuildReport, NothingToBuild, Settings, atomic_write, build, build_to,
                            serialize_turtle, shift_offsets, split_for_nlp)

ROOT = Path(__file__).resolve().parent.parent
KG = shutil.which("kg", path=str(Path(sys.executable).parent)) or "kg"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run_kg(*args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    """Run the installed ``kg`` script in a fresh process."""
    e = {k: v for k, v in os.environ.items() if k not in {"KG_BASE", "COLUMNS"}}
    e.update(env)
    return subprocess.run([KG, *args], capture_output=True, text=True, env=e, timeout=timeout, cwd=ROOT)


def one_line_error(stderr: str) -> str:
    """The single ``kg: error:`` line of a failed command (and no traceback)."""
    assert "Traceback" not in stderr, stderr
    errors = [ln for ln in stderr.splitlines() if ln.startswith("kg: error: ")]
    others = [ln for ln in stderr.splitlines() if ln.strip() and not ln.startswith(("kg: error: ", "warning: "))]
    assert len(errors) == 1 and not others, stderr
    return errors[0]


def tmp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name.endswith(".tmp"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("graph.ttl", "graph.html") if (folder / name).exists()}


# =========================================================================== bad input

GOOD_NAME = "good.txt"
LATIN1 = ("Café Talks in Málaga\n\nJosé Martínez said on Monday that the café in Málaga would reopen "
          "after the talks.\n")
HTML_PAGE = ("<!DOCTYPE html><html><head><title>Talks</title><style>p{color:red}</style>"
             "<script>var x = '<p>not text</p>';</script></head><body><h1>Talks in Strelsau</h1>"
             "<p>Tomas Lind said on Monday that the border with Freedonia would stay open.</p>"
             "<p>Anna Berg, a reporter, watched the talks in Strelsau.</p></body></html>")
LONG_LINE = ("Tomas Lind said on Monday that the border with Freedonia would stay open for trade. " * 130)[:10_000]
ODD_NAMES = ("Odd Names\n\nBy Zoë \"Zed\" O'Brien <zoe@example.org> {Planet}|^ 🙂\n\n"
             "John <Smith> \"Big\" {Jones}|Back\\slash^ and Ana 😀 Kovač met Tomas Lind in Strelsau "
             "on Monday. 🇺🇦 The <Daily> {Planet} | reported it.\n")
CONTROLS = ("Control Characters\n\nTomas\u200b Lind\u200d said\x07 on Monday that the \ufeffborder with\x1b "
            "Freedonia would \u202estay open.\u2028 Anna\x00 Berg agreed.\n")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _sparse_huge(path: Path) -> None:
    from graph.article import MAX_BYTES

    with open(path, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # a sparse file: nothing is really written


# name -> (content or a function that creates the file, expected outcome)
# outcome: ("skipped", reason pattern) or ("read", None)
BAD_INPUTS: dict[str, tuple[object, tuple[str, str | None]]] = {
    "empty.txt": (b"", ("skipped", r"^empty file$")),
    "whitespace.txt": (b" \n\t\r\n  \n", ("skipped", r"^empty file$")),
    "binary.txt": (bytes(range(256)) * 40, ("skipped", r"^binary file")),
    "image.png.txt": (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 400, ("skipped", r"^binary file")),
    "latin1.txt": (LATIN1.encode("latin-1"), ("read", None)),
    "cp1252.txt": ("Quotes Test\n\n\u201cWe will stay,\u201d Tomas Lind said on Monday.\n".encode("cp1252"),
                   ("read", None)),
    "utf16-bom.txt": (LATIN1.encode("utf-16"), ("read", None)),
    "utf16be-bom.txt": (codecs.BOM_UTF16_BE + LATIN1.encode("utf-16-be"), ("read", None)),
    "utf8-bom.txt": (codecs.BOM_UTF8 + LATIN1.encode("utf-8"), ("read", None)),
    "utf16-truncated.txt": (LATIN1.encode("utf-16") + b"\x41", ("skipped", r"^bad utf-16 text at byte \d+$")),
    "page.html.txt": (HTML_PAGE, ("read", None)),
    "only-scripts.html.txt": ("<!DOCTYPE html><html><head><script>var a = 1;</script></head><body>"
                              "<script>alert(1)</script></body></html>",
                              ("skipped", r"^no article text after cleaning$")),
    "long-lines.txt": ("Long Lines\n\n" + LONG_LINE + "\n\n" + LONG_LINE[::-1] + "\n", ("read", None)),
    "no-spaces.txt": ("x" * 10_000 + "\n", ("skipped", r"^no article text after cleaning$")),
    "only-quotes.txt": ("\u201c\u201d\"\"\u2018\u2019\n\"\"\"\n\u201c\u201c\u201c\n", ("read", None)),
    "unbalanced.txt": ("Unbalanced Quotes\n\n\u201cWe will stay, Tomas Lind said on Monday. And \"more here.\n\n"
                       "Another \u201cparagraph that never closes its quotation, Anna Berg said.\n", ("read", None)),
    "controls.txt": (CONTROLS, ("read", None)),
    "odd-names.txt": (ODD_NAMES, ("read", None)),
    "noperm.txt": ("Locked Out\n\nTomas Lind said the door was locked.\n", ("skipped", r"^permission denied$")),
    "pipe.txt": (_fifo, ("skipped", r"^not a regular file")),
    "huge.txt": (_sparse_huge, ("skipped", r"^file too large \(\d+ bytes > \d+\)$")),
    "broken-link.txt": (lambda p: os.symlink("no-such-target.txt", p), ("skipped", r"^broken symlink$")),
    "self-link.txt": (lambda p: os.symlink(p.name, p), ("skipped", r"^symlink loop$")),
    "loop": (lambda p: (p.parent / "sub").mkdir() or os.symlink("..", p.parent / "sub" / "loop"),
             ("skipped", r"^symlink loop: folder already visited$")),
    "locked-folder": (lambda p: p.mkdir() or (p / "inside.txt").write_text(HARBOUR),
                      ("skipped", r"^cannot list folder: Permission denied$")),
}
#: where the problem is reported, when it is not the file itself
REPORTED_AT = {"loop": "sub/loop"}


def _make_bad_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / GOOD_NAME).write_text(HARBOUR, encoding="utf-8")
    for name, (content, _outcome) in BAD_INPUTS.items():
        path = root / name
        if callable(content):
            content(path)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def unreadable(tmp_path_factory):
    """Make ``noperm.txt`` and ``locked-folder`` unreadable (simulated when running as root)."""

    def context(root: Path):
        mp = pytest.MonkeyPatch()
        locked_file, locked_dir = root / "noperm.txt", root / "locked-folder"
        if IS_ROOT:
            real_read, real_scandir = Path.read_bytes, os.scandir

            def read_bytes(self: Path) -> bytes:
                if self.name == "noperm.txt":
                    raise PermissionError(errno.EACCES, "Permission denied", str(self))
                return real_read(self)

            def scandir(path="."):
                if Path(path).name == "locked-folder":
                    raise PermissionError(errno.EACCES, "Permission denied", str(path))
                return real_scandir(path)

            mp.setattr(Path, "read_bytes", read_bytes)
            mp.setattr(os, "scandir", scandir)
        else:
            os.chmod(locked_file, 0)
            os.chmod(locked_dir, 0)
            real_undo = mp.undo

            def undo() -> None:
                os.chmod(locked_file, 0o644)
                os.chmod(locked_dir, 0o755)
                real_undo()

            mp.undo = undo
        return mp

    return context


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory, unreadable):
    """The bad-input corpus built once: (root, graph, report)."""
    root = _make_bad_corpus(tmp_path_factory.mktemp("bad") / "in")
    mp = unreadable(root)
    try:
        g, report = build(root, Settings())
    finally:
        mp.undo()
    return root, g, report


def _where(root: Path, name: str) -> str:
    return str(root / REPORTED_AT.get(name, name))


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_reliability_bad_input_is_reported_once_or_read(bad_build, name: str) -> None:
    root, g, report = bad_build
    kind, pattern = BAD_INPUTS[name][1]
    where = _where(root, name)
    skipped = [reason for path, reason in report.skipped if path == where]
    lines = [w for w in report.warnings if w.startswith(where + ":")]
    if kind == "skipped":
        assert len(skipped) == 1, report.skipped
        assert re.search(pattern, skipped[0]), skipped[0]
        assert lines == [f"{where}: skipped: {skipped[0]}"]
        assert name not in report.articles
    else:
        assert skipped == [] and lines == []
        assert name in report.articles
        assert (mint_article(name), NG.fileName,
                Literal(name)) in g


@pytest.mark.model
def test_reliability_bad_input_build_goes_on(bad_build) -> None:
    root, g, report = bad_build
    expected_read = {GOOD_NAME} | {n for n, (_c, (kind, _p)) in BAD_INPUTS.items() if kind == "read"}
    assert set(report.articles) == expected_read
    assert len(report.skipped) == sum(1 for _c, (kind, _p) in BAD_INPUTS.values() if kind == "skipped")
    assert len(report.warnings) == len(set(report.warnings)), "a problem was reported twice"
    # the good article is fully there
    labels = {str(o) for o in g.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert {"Petra Sand", "Port Elena"} <= labels


@pytest.mark.model
def test_reliability_bad_input_text_is_decoded_and_cleaned(bad_build) -> None:
    _root, g, _report = bad_build
    titles = {str(o) for o in g.objects(None, NG.title)}
    # latin-1, UTF-16 (both byte orders) and UTF-8 with a BOM decode to the same title
    assert "Café Talks in Málaga" in titles
    for name in ("latin1.txt", "utf16-bom.txt", "utf16be-bom.txt", "utf8-bom.txt"):
        node = mint_article(name)
        assert str(g.value(node, NG.title)) == "Café Talks in Málaga", name
    literals = [str(o) for o in g.objects() if isinstance(o, Literal)]
    # HTML tags, scripts and styles never reach the graph
    assert not any(re.search(r"</?(p|h1|script|style|body)\b", s) for s in literals)
    assert not any("not text" in s or "color:red" in s for s in literals)
    # zero-width, bidi and control characters are removed
    assert not any(re.search(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", s)
                   for s in literals)


@pytest.mark.model
def test_reliability_bad_input_graph_is_valid_rdf(bad_build) -> None:
    from rdflib.term import _is_valid_uri

    from graph.validate import validate_graph

    _root, g, report = bad_build
    # names with <>"{}|\^ and emoji never leak into an IRI
    for term in set(g.all_nodes()) | set(g.predicates()):
        if isinstance(term, URIRef):
            assert _is_valid_uri(str(term)) and not re.search(r"[<>\"{}|\\^`\s]", str(term)), term
    literals = [str(o) for o in g.objects() if isinstance(o, Literal)]
    assert any(ch in s for s in literals for ch in "<>{}|^🙂"), "the odd names reached the graph as text"
    again = Graph().parse(data=serialize_turtle(g), format="turtle")
    assert isomorphic(g, again)
    conforms, violations = validate_graph(again)
    assert conforms, violations[:5]


@pytest.mark.model
def test_reliability_bad_input_cli_prints_each_problem_once(tmp_path: Path, unreadable) -> None:
    root = _make_bad_corpus(tmp_path / "in")
    mp = unreadable(root)
    try:
        result = CliRunner().invoke(app, ["build", str(root), "--out", str(tmp_path / "out"), "--quiet", "--no-view"])
    finally:
        mp.undo()
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "graph.ttl").is_file()
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    for name, (_c, (kind, pattern)) in BAD_INPUTS.items():
        where = _where(root, name)
        mine = [ln for ln in lines if ln.startswith(f"warning: {where}: ")]
        if kind == "skipped":
            assert len(mine) == 1, (name, mine)
            assert re.fullmatch(rf"warning: {re.escape(where)}: skipped: .+", mine[0])
            assert re.search(pattern, mine[0].split(": skipped: ", 1)[1])
        else:
            assert mine == []
    assert len(lines) == len(set(lines))


def test_reliability_missing_folder_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert one_line_error(result.stderr) == f"kg: error: {tmp_path / 'nowhere'}: no such file or folder"
    assert not (tmp_path / "out").exists()


def test_reliability_folder_without_articles_exits_1(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "notes.pdf").write_bytes(b"%PDF-1.4")
    (src / "README.md").write_text("# readme\n\nNot an article at all, just the readme of the folder.\n")
    (src / ".hidden.txt").write_text(HARBOUR)
    result = CliRunner().invoke(app, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert one_line_error(result.stderr) == f"kg: error: {src}: no .txt or .md articles found"


def test_reliability_folder_of_only_symlink_loops_exits_1(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    os.symlink("..", src / "a" / "up")
    os.symlink("loop.txt", src / "loop.txt")
    result = CliRunner().invoke(app, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert one_line_error(result.stderr) == f"kg: error: {src}: no .txt or .md articles found"
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning: ")]
    assert warnings == [f"warning: {src / 'a' / 'up'}: skipped: symlink loop: folder already visited",
                        f"warning: {src / 'loop.txt'}: skipped: symlink loop"]


@pytest.mark.model
def test_reliability_no_usable_article_exits_1_and_says_why(tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "src", {"a.txt": b"", "b.txt": bytes(range(256)) * 4, "c.md": "   \n"})
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 1
    assert one_line_error(result.stderr) == f"kg: error: {src}: none of the 3 files could be read"
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("warning: ")]
    assert warnings == [f"warning: {src / 'a.txt'}: skipped: empty file",
                        f"warning: {src / 'b.txt'}: skipped: binary file (control bytes), not text",
                        f"warning: {src / 'c.md'}: skipped: empty file"]
    assert not (out / "graph.ttl").exists()


@pytest.mark.model
def test_reliability_spacy_crash_costs_only_its_article(tmp_path: Path, monkeypatch, nlp) -> None:
    """A text that crashes spaCy is skipped with the reason; the rest of its batch is parsed."""
    from spacy.language import Language

    real_pipe, real_call = Language.pipe, Language.__call__

    def pipe(self, texts, *a, **kw):
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise RuntimeError("boom")
        return real_pipe(self, texts, *a, **kw)

    def call(self, text, *a, **kw):
        if "POISON" in text:
            raise RuntimeError("boom")
        return real_call(self, text, *a, **kw)

    monkeypatch.setattr(Language, "pipe", pipe)
    monkeypatch.setattr(Language, "__call__", call)
    long_text = _long_article(3_000).replace("On day 7,", "On day 7, POISON")
    src = write_corpus(tmp_path, {"a.txt": HARBOUR, "b.txt": HARBOUR.replace("Port Elena", "POISON Bay"),
                                  "c.txt": PLANET_UK, "long.txt": long_text})
    g, report = build(src, Settings(batch_size=8, long_article=1_000, chunk_chars=500))
    assert report.articles == ["a.txt", "c.txt", "long.txt"]
    assert report.skipped == [(str(src / "b.txt"), "spaCy failed on it (RuntimeError: boom)")]
    assert f"{src / 'b.txt'}: skipped: spaCy failed on it (RuntimeError: boom)" in report.warnings
    # a long article loses only the piece that failed, and says so
    assert [w for w in report.warnings if w.startswith("long.txt: spaCy failed on 1 of ")] != []
    assert (mint_article("c.txt"), NG.mentions, URIRef("https://w3id.org/kg-news/id/strelsau")) in g


@pytest.mark.model
def test_reliability_failing_extractor_keeps_the_rest(tmp_path: Path, monkeypatch) -> None:
    import graph.quotes

    def broken(doc, article):
        raise ValueError("odd parse")

    monkeypatch.setattr(graph.quotes, "extract_quotes", broken)
    src = write_corpus(tmp_path, {"a.txt": HARBOUR})
    g, report = build(src, Settings())
    assert report.warnings == ["a.txt: quotes extractor failed (ValueError: odd parse); its facts are skipped"]
    assert list(g.subjects(None, NG.Quotation)) == []
    assert (mint_article("a.txt"), NG.mentions, URIRef("https://w3id.org/kg-news/id/petra-sand")) in g


@pytest.mark.model
def test_reliability_extraction_crash_costs_only_its_article(tmp_path: Path, monkeypatch) -> None:
    import graph.pipeline

    real = graph.pipeline.extract_article

    def extract(doc, article):
        if article.id == "b.txt":
            raise KeyError("bug")
        return real(doc, article)

    monkeypatch.setattr(graph.pipeline, "extract_article", extract)
    src = write_corpus(tmp_path, {"a.txt": HARBOUR, "b.txt": PLANET_UK})
    _g, report = build(src, Settings())
    assert report.articles == ["a.txt"]
    assert report.warnings == [f"{src / 'b.txt'}: skipped: extraction failed on it (KeyError: 'bug')"]


# --------------------------------------------------------------------------- fuzz

FRAGMENTS = ["Vladimir Putin", "Tomas Lind", " said ", " told reporters", "President ", "Kazakhstan", "Russia",
             "Crimea", " recognises ", " does not recognise ", "“", "”", "\"", "'", "‘", "’", "«", "»", "\n",
             "\n\n",
             "\r\n", ". ", ", ", "By Anna Berg", "March 3, 2023", "https://x.example/a", "**", "_", "[", "](", ")",
             "#", "> ", "- ", "<p>", "</p>", "<!DOCTYPE html>", "<script>", "\u200b", "\ufeff", "\x00", "\x1b",
             "🙂", "🇺🇦", "<>\"{}|\\^`", "Dr.", "Mr.", "Leave a Reply", "Advertisement", "Related: ", "he said",
             "Ana Kovač", "Ж", "中国", "Ω", " ", "\t", "—", "…"]


@pytest.mark.model
@pytest.mark.slow
def test_reliability_fuzz_any_unicode_article_builds_a_valid_graph() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from graph.validate import validate_graph

    piece = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30), st.sampled_from(FRAGMENTS))
    article = st.lists(piece, max_size=40).map("".join)

    # KG_FUZZ_EXAMPLES=400 for a longer hunt (about 40 s)
    @settings(max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", "25")), deadline=None,
              suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(texts=st.lists(article, min_size=1, max_size=3), blobs=st.lists(st.binary(max_size=300), max_size=1))
    def check(texts: list[str], blobs: list[bytes]) -> None:
        with tempfile.TemporaryDirectory() as d:
            files: dict[str, str | bytes] = {"anchor.txt": HARBOUR}
            files.update({f"fuzz{i}.txt": t for i, t in enumerate(texts)})
            files.update({f"blob{i}.md": b for i, b in enumerate(blobs)})
            root = write_corpus(Path(d), files)
            g, report = build(root, Settings())
            for name in files:
                read = name in report.articles
                skipped = [r for p, r in report.skipped if p == str(root / name)]
                assert read != bool(skipped) and len(skipped) <= 1, (name, report.skipped)
            assert "anchor.txt" in report.articles
            assert len(report.warnings) == len(set(report.warnings))
            again = Graph().parse(data=serialize_turtle(g), format="turtle")
            assert isomorphic(g, again)
            conforms, violations = validate_graph(again)
            assert conforms, violations[:5]

    check()


# --------------------------------------------------------------------------- very long articles

LONG_PARAS = [
    "The Ruritanian foreign ministry said on Monday that it would recognise the new border with Freedonia, and "
    "Tomas Lind, the foreign minister, welcomed the agreement in Strelsau.",
    "\u201cWe have waited a long time for this day and we will honour it,\u201d Lind told reporters in Strelsau.",
    "Voters in Port Elena chose Petra Sand as mayor on Sunday, and she thanked the volunteers of her campaign.",
    "\u201cThe town deserves a council that listens,\u201d Sand said after the count in Port Elena.",
    "Elena Varga, a rival candidate, congratulated her on the result and promised to work with the council.",
    "Officials in Kazakhstan said the talks with Russia would continue next month in Astana.",
]


def _long_article(size: int) -> str:
    """An invented article of about ``size`` characters; every paragraph differs
    (the cleaner drops repeated lines as captions)."""
    paras = LONG_PARAS
    out, n, i = ["A Very Long Report"], 0, 0
    while n < size:
        p = f"On day {i}, " + " ".join(paras[i % len(paras)].split())
        out.append(p)
        n += len(p) + 2
        i += 1
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize("text, long_article, chunk", [
    ("short text", 100, 10),
    ("a" * 50 + "\n\n" + "b" * 50 + "\n\n" + "c" * 50, 100, 60),
    ("one line. " * 30, 100, 45),
    ("x" * 250, 100, 100),
    ("para one\nline two\n\n" * 40 + "end", 100, 64),
])
def test_reliability_split_for_nlp_covers_the_text(text: str, long_article: int, chunk: int) -> None:
    pieces = split_for_nlp(text, long_article, chunk)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a < b and b - a <= chunk for a, b in pieces) or len(text) <= long_article
    assert all(b == a2 for (_a, b), (a2, _b) in zip(pieces, pieces[1:]))
    assert "".join(text[a:b] for a, b in pieces) == text
    if len(text) <= long_article:
        assert pieces == [(0, len(text))]


def test_reliability_split_prefers_paragraph_breaks() -> None:
    text = "\n\n".join(f"Paragraph {i} has a few words." for i in range(200))
    pieces = split_for_nlp(text, 1000, 300)
    assert len(pieces) > 10
    assert all(text[a:b].endswith("\n\n") for a, b in pieces[:-1])


def test_reliability_shift_offsets_moves_every_offset() -> None:
    m = Mention("a.txt", 3, 8, "Lind", "PERSON")
    ev = Evidence("a.txt", 0, 20, "Lind said it.")
    q = Quote("it", 10, 12, m, "say", ev)
    st_ = Stance(m, TerritoryRef(Mention("a.txt", -1, -1, "X", "TERRITORY"), "X"), "recognises", "cue", ev)
    shifted = shift_offsets((q, st_), 100)
    assert (shifted[0].start, shifted[0].end, shifted[0].speaker.start, shifted[0].evidence.end) == (110, 112, 103, 120)
    assert shifted[1].territory.mention.start == -1  # synthetic offsets stay
    assert shifted[1].holder.end == 108 and shifted[1].evidence.start == 100


@pytest.mark.model
@pytest.mark.slow
def test_reliability_long_article_in_pieces_matches_whole(tmp_path: Path) -> None:
    """A long article parsed in pieces gives (nearly) the graph of the article parsed
    whole, and every occurrence's raw offsets still point at its words."""
    from graph.article import read_article

    text = _long_article(24_000)
    src = write_corpus(tmp_path / "src", {"long.txt": text})
    g_whole, r_whole = build(src, Settings())
    g_parts, r_parts = build(src, Settings(long_article=5_000, chunk_chars=4_000))
    assert r_whole.articles == r_parts.articles == ["long.txt"]
    assert len(split_for_nlp(read_article(src / "long.txt").text, 5_000, 4_000)) >= 5
    whole, parts = set(g_whole), set(g_parts)
    assert len(whole ^ parts) <= 0.05 * len(whole | parts), (len(whole), len(parts), len(whole & parts))
    occurrences = list(g_parts.subjects(None, NG.Occurrence))
    assert len(occurrences) >= 20 and list(g_parts.subjects(None, NG.Quotation))

    def norm(s: str) -> str:
        return " ".join(s.split())

    for occ in occurrences:
        s, e = int(g_parts.value(occ, NG.charStart)), int(g_parts.value(occ, NG.charEnd))
        fact = g_parts.value(None, NG.occurrence, occ)
        quote = g_parts.value(fact, NG.text)
        expected = quote if quote is not None else g_parts.value(occ, NG.evidence)
        assert norm(text[s:e]) == norm(str(expected)), (s, e, text[s:e], expected)


@pytest.mark.slow
def test_reliability_20mb_article_is_parsed_in_pieces(tmp_path: Path, monkeypatch) -> None:
    """A 20 MB article goes through the whole build - reading, decoding, cleaning,
    cutting, extraction, entity resolution, RDF and Turtle - in bounded time, and
    no text is lost: the offsets of a quotation 20 MB into the file are right.

    The statistical model is swapped for spaCy's tokenizer + sentencizer + the
    gazetteer ruler, and the text has few names: the real model's time on a
    20 MB article is measured in docs/reliability.md.
    """
    import spacy

    import graph.nlp
    from graph.article import read_article

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(graph.nlp.gazetteer_patterns())
    nlp.max_length = 25_000_000
    seen: list[int] = []
    real_pipe = nlp.pipe

    def pipe(texts, **kw):
        texts = list(texts)
        seen.extend(len(t) for t in texts)
        return real_pipe(texts, **kw)

    nlp.pipe = pipe
    monkeypatch.setattr(graph.nlp, "load_nlp", lambda model=None: nlp)
    first = "\u201cThe border will stay open,\u201d Tomas Lind told reporters in Kazakhstan."
    last = "\u201cThe border will stay shut,\u201d Anna Berg told reporters in Ukraine."
    paras, n, i = ["A Very Long Report", first], 0, 0
    while n < 20_000_000:
        p = (f"on day {i}, the committee discussed the budget, the roads and the schools of the region "
             f"for several hours before the vote, and the members agreed to meet again.")
        paras.append(p)
        n += len(p) + 2
        i += 1
    text = "\n\n".join([*paras, last]) + "\n"
    src = write_corpus(tmp_path / "src", {"big.txt": text, "small.txt": HARBOUR})
    assert (src / "big.txt").stat().st_size >= 20_000_000
    g, report = build(src, Settings(model="fast"))  # (its speed is measured in bench/, never asserted here)
    assert report.articles == ["big.txt", "small.txt"] and report.skipped == []
    clean = read_article(src / "big.txt").text
    assert sum(seen) == len(clean) + len(read_article(src / "small.txt").text)  # every character parsed
    assert max(seen) <= Settings().chunk_chars and len(seen) >= 2_000
    quotes = {str(g.value(q, NG.text)): q for q in g.subjects(NG.text, None)}
    assert {"The border will stay open", "The border will stay shut"} <= set(quotes)
    for words in ("The border will stay open", "The border will stay shut"):
        occ = g.value(quotes[words], NG.occurrence)
        s, e = int(g.value(occ, NG.charStart)), int(g.value(occ, NG.charEnd))
        assert text[s:e] == words
    assert text.index("The border will stay shut") > 20_000_000
    big = mint_article("big.txt")
    assert (big, NG.mentions, URIRef("https://w3id.org/kg-news/id/kazakhstan")) in g
    assert (big, NG.mentions, URIRef("https://w3id.org/kg-news/id/ukraine")) in g
    assert Graph().parse(data=serialize_turtle(g), format="turtle")


# =========================================================================== nothing lost

@pytest.fixture(scope="module")
def previous_out(tmp_path_factory, nlp) -> Path:
    """A folder with the outputs of an earlier build (to be copied, not changed)."""
    src = write_corpus(tmp_path_factory.mktemp("prev_src"), {"harbour.txt": HARBOUR})
    out = tmp_path_factory.mktemp("prev_out")
    build_to(src, out)
    assert {"graph.ttl", "graph.html"} <= {p.name for p in out.iterdir()}
    return out


@pytest.fixture
def outdir(previous_out: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(previous_out, out)
    return out


@pytest.mark.model
@pytest.mark.parametrize("fail_at", ["os.replace", "os.fsync"])
def test_reliability_full_disk_keeps_previous_outputs(outdir: Path, tiny_corpus: Path, monkeypatch,
                                                      fail_at: str) -> None:
    before = snapshot(outdir)
    cache_before = {p.name: p.read_bytes() for p in (outdir / CACHE_DIRNAME).iterdir()}
    assert cache_before
    real = getattr(os, fail_at.split(".")[1])

    def full(*args, **kw):
        target = str(args[-1]) if fail_at == "os.replace" else ""
        if fail_at == "os.fsync" or target.startswith(str(outdir)):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kw)

    monkeypatch.setattr(os, fail_at.split(".")[1], full)
    result = CliRunner().invoke(app, ["build", str(tiny_corpus), "--out", str(outdir), "-q"])
    monkeypatch.undo()
    assert result.exit_code == 3, result.output
    assert one_line_error(result.stderr) == (f"kg: error: cannot write output {outdir / 'graph.ttl'}: "
                                             f"No space left on device; the previous outputs are unchanged")
    assert snapshot(outdir) == before
    assert tmp_files(outdir) == []
    assert cache_before == {p.name: p.read_bytes() for p in (outdir / CACHE_DIRNAME).iterdir()}


def test_reliability_atomic_write_leaves_no_temp_on_error(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError) as info:
        atomic_write(target, b"new content")
    assert info.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old" and tmp_files(tmp_path) == []


def test_reliability_atomic_write_keeps_a_readable_mode(tmp_path: Path) -> None:
    path = atomic_write(tmp_path / "new.ttl", b"x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert (path.stat().st_mode & 0o777) == (0o666 & ~umask)


def test_reliability_view_writer_is_atomic(tmp_path: Path, monkeypatch) -> None:
    """graph.view.write_view (another module) also writes through a temp file and a rename."""
    from graph.view import write_view

    target = tmp_path / "graph.html"
    target.write_bytes(b"old page")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OSError):
        write_view(Graph(), target)
    assert target.read_bytes() == b"old page" and tmp_files(tmp_path) == []


def _big_corpus(root: Path, n: int) -> Path:
    """``n`` invented articles of about 3,000 characters, all different."""
    body = _long_article(3_000).split("\n\n", 1)[1]
    files = {f"{i:03d}.txt": f"Report Number {i}\n\n" + body.replace("On day", f"In report {i}, on day")
             for i in range(n)}
    return write_corpus(root, files)


KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    name, n = sys.argv[1], int(sys.argv[2])
    real = getattr(os, name)
    calls = [0]
    def hook(*args, **kw):
        calls[0] += 1
        if calls[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kw)
    setattr(os, name, hook)
    from graph.cli import app
    sys.argv = ["kg", "build", *sys.argv[3:]]
    app()
""")


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name, n, both_old", [("fsync", 1, True), ("replace", 1, True), ("replace", 2, False)],
                         ids=["writing-ttl", "before-renames", "between-renames"])
def test_reliability_kill_9_while_writing_keeps_complete_files(outdir: Path, tiny_corpus: Path, name: str, n: int,
                                                               both_old: bool) -> None:
    before = snapshot(outdir)
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, name, str(n), str(tiny_corpus), "--out", str(outdir),
                           "-q"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    after = snapshot(outdir)
    assert after["graph.html"] == before["graph.html"]
    if both_old:
        assert after == before
    else:
        # killed between the two renames: graph.ttl is the new one, complete
        assert after["graph.ttl"] != before["graph.ttl"]
        g = Graph().parse(data=after["graph.ttl"], format="turtle")
        assert {str(o) for o in g.objects(None, NG.fileName)} == {"planet_uk.txt", "world/planet_us.md",
                                                                    "harbour.txt"}
    # a kill -9 cannot clean up: only hidden temp files may be left, never a partial graph.ttl
    assert all(p.name.startswith(".") for p in tmp_files(outdir))


@pytest.mark.model
@pytest.mark.slow
def test_reliability_kill_9_mid_build_keeps_previous_outputs(tmp_path: Path) -> None:
    src = _big_corpus(tmp_path / "src", 16)
    out = tmp_path / "out"
    t0 = time.monotonic()
    first = run_kg("build", str(src), "--out", str(out), "-q")
    full_time = time.monotonic() - t0
    assert first.returncode == 0, first.stderr
    before = snapshot(out)
    assert set(before) == {"graph.ttl", "graph.html"}
    killed, attempt = 0, 0
    for frac in (0.3, 0.5, 0.7):
        delay = frac * full_time
        for _ in range(5):
            attempt += 1  # a new article each time, so that a finished build would change the outputs
            (src / f"new{attempt}.txt").write_text(PLANET_UK.replace("Tomas Lind", f"Mira Holt{attempt}"),
                                                   encoding="utf-8")
            proc = subprocess.Popen([KG, "build", str(src), "--out", str(out), "-q"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, cwd=ROOT)
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                assert proc.wait(timeout=300) == -signal.SIGKILL
                after = snapshot(out)
                if after != before:
                    # killed after the renames (while the cache was written) or between them: every
                    # output present is a complete file, old or new, never a truncated one
                    from rdflib import Graph

                    g = Graph().parse(data=after["graph.ttl"].decode("utf-8"), format="turtle")
                    assert len(g) > 0, f"graph.ttl broken by a build killed after {delay:.1f} s"
                    assert after["graph.html"].rstrip().endswith(b"</html>")
                    before = after
                killed += 1
                break
            # the build finished before the kill (the first, timed run was slower): try earlier
            assert proc.wait(timeout=300) == 0
            assert snapshot(out) != before
            before = snapshot(out)
            delay *= 0.6
    assert killed == 3, f"the build ({full_time:.1f} s) always finished before the kill"
    # the next build is not disturbed by what the killed ones left behind
    final = run_kg("build", str(src), "--out", str(out), "-q")
    assert final.returncode == 0, final.stderr
    assert f"new{attempt}.txt".encode() in (out / "graph.ttl").read_bytes()
    assert set(snapshot(out)) == {"graph.ttl", "graph.html"}


@pytest.mark.model
@pytest.mark.slow
def test_reliability_turtle_is_byte_identical_across_hash_seeds(tiny_corpus: Path, tmp_path: Path) -> None:
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out{seed}"
        proc = run_kg("build", str(tiny_corpus), "--out", str(out), "-q", PYTHONHASHSEED=seed)
        assert proc.returncode == 0, proc.stderr
        outs.append(snapshot(out))
    assert outs[0]["graph.ttl"] == outs[1]["graph.ttl"]
    assert outs[0]["graph.html"] == outs[1]["graph.html"]  # the view is deterministic too
    assert len(Graph().parse(data=outs[0]["graph.ttl"], format="turtle")) > 50


# --------------------------------------------------------------------------- --update

UPDATE_A = HARBOUR
UPDATE_B = PLANET_UK
UPDATE_B2 = PLANET_UK.replace("Tomas Lind, the foreign minister,", "Mira Holt, the foreign minister,").replace(
    "Lind told reporters", "Holt told reporters")
UPDATE_C = textwrap.dedent("""\
    Strelsau Opens a New Library

    By Karl Weber
    June 1, 2023

    The mayor of Strelsau, Ivo Brandt, opened the city library on Thursday.

    “Books belong to everyone,” Brandt said at the opening.
    """)


@pytest.fixture
def count_parsed(monkeypatch) -> list[str]:
    import graph.pipeline

    parsed: list[str] = []
    real = graph.pipeline.extract_article

    def counting(doc, article):
        parsed.append(article.id)
        return real(doc, article)

    monkeypatch.setattr(graph.pipeline, "extract_article", counting)
    return parsed


@pytest.mark.model
def test_reliability_update_equals_full_rebuild(tmp_path: Path, count_parsed: list[str]) -> None:
    src = write_corpus(tmp_path / "src", {"a.txt": UPDATE_A, "b.txt": UPDATE_B})
    out = tmp_path / "out"
    build_to(src, out, Settings(view=False))
    assert sorted(count_parsed) == ["a.txt", "b.txt"]
    (src / "a.txt").unlink()
    (src / "b.txt").write_text(UPDATE_B2, encoding="utf-8")
    (src / "c.txt").write_text(UPDATE_C, encoding="utf-8")
    count_parsed.clear()
    report = build_to(src, out, Settings(view=False), update=True)
    assert sorted(count_parsed) == ["b.txt", "c.txt"]  # only the changed and the new article
    assert sorted(report.parsed) == ["b.txt", "c.txt"] and report.cached == [] and report.removed == ["a.txt"]
    updated = Graph().parse(out / "graph.ttl", format="turtle")

    fresh = write_corpus(tmp_path / "fresh", {"b.txt": UPDATE_B2, "c.txt": UPDATE_C})
    full_out = tmp_path / "full"
    build_to(fresh, full_out, Settings(view=False))
    full = Graph().parse(full_out / "graph.ttl", format="turtle")
    assert isomorphic(updated, full)
    assert (out / "graph.ttl").read_bytes() == (full_out / "graph.ttl").read_bytes()
    labels = {str(o) for o in updated.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert "Mira Holt" in labels and "Ivo Brandt" in labels
    assert "Petra Sand" not in labels  # a.txt's facts are gone
    assert "Tomas Lind" not in labels  # b.txt's old facts are gone


@pytest.mark.model
def test_reliability_update_reuses_unchanged_articles(tmp_path: Path, count_parsed: list[str]) -> None:
    src = write_corpus(tmp_path / "src", {"a.txt": UPDATE_A, "b.txt": UPDATE_B, "sub/c.md": UPDATE_C})
    out = tmp_path / "out"
    build_to(src, out, Settings(view=False))
    first = (out / "graph.ttl").read_bytes()
    count_parsed.clear()
    report = build_to(src, out, Settings(view=False), update=True)
    assert count_parsed == [] and report.parsed == []
    assert report.cached == ["a.txt", "b.txt", "sub/c.md"]
    assert (out / "graph.ttl").read_bytes() == first
    # a damaged cache entry is a miss, never an error
    cache = FactsCache(out / CACHE_DIRNAME)
    cache.entry_path("b.txt").write_text('{"format": 1, "facts": {"@type": "graph.models.Article"', encoding="utf-8")
    cache.entry_path("a.txt").write_text("not json at all", encoding="utf-8")
    report = build_to(src, out, Settings(view=False), update=True)
    assert sorted(count_parsed) == ["a.txt", "b.txt"] and report.cached == ["sub/c.md"]
    assert (out / "graph.ttl").read_bytes() == first
    for path in (out / CACHE_DIRNAME).iterdir():  # JSON, not pickle
        entry = json.loads(path.read_text(encoding="ascii"))
        assert entry["format"] == 1 and entry["id"] in {"a.txt", "b.txt", "sub/c.md"}
        assert len(entry["sha256"]) == 64 and entry["model"]


@pytest.mark.model
def test_reliability_update_cli_reports_what_it_did(tmp_path: Path) -> None:
    src = write_corpus(tmp_path / "src", {"a.txt": UPDATE_A, "b.txt": UPDATE_B})
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(src), "--out", str(out), "-q", "--no-view"]).exit_code == 0
    (src / "c.txt").write_text(UPDATE_C, encoding="utf-8")
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "--update", "--no-view"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert re.search(r"parsed \(new or changed\)\W+1\b", result.stdout), result.stdout
    assert re.search(r"reused from cache\W+2\b", result.stdout), result.stdout


def test_reliability_cache_json_round_trip(hand_facts) -> None:
    from graph.mentions import NameMention

    af = hand_facts.facts[0]
    m = Mention("uk.txt", 1, 5, "Ruritania", "COUNTRY", kb_id="Ruritania")
    ev = Evidence("uk.txt", 0, 10, "sentence")
    full = ArticleFacts(
        article=Article("uk.txt", "p", "", "", (Segment(0, 3, 4),), title="T", date="2023-03-03",
                        photo_credits=("A / B",)),
        mentions=af.mentions + (NameMention(m, speaks=True, adjective=True),),
        quotes=af.quotes + (Quote("q", 1, 2, None, None, ev, "disputed"),),
        stances=(Stance(m, TerritoryRef(None, "a territory"), "doesNotRecognise", "refused to recognise", ev),),
        positions=(Position(m, "foreign minister", None, ev, org_name="Ruritania", former=True),),
        relations=(Relation(m, None, "claims", ev, object_name="the north"),),
        sentences=((0, 10), (11, 20)), warnings=("w",))
    data = json.loads(json.dumps(to_json(full)))
    back = from_json(data, ArticleFacts)
    assert back == full
    assert type(back.mentions[0]) is NameMention and type(back.quotes[0].speaker) is Mention
    ent = Entity("k", "Name", "Person", frozenset({"b", "a"}), frozenset({"x.txt"}))
    assert to_json(ent)["aliases"] == ["a", "b"]
    assert from_json(to_json(ent), Entity) == ent


@pytest.mark.parametrize("data", [
    {"@type": "os.system", "command": "true"},
    {"@type": "subprocess.Popen", "args": ["true"]},
    {"@type": "graph.models.Mention", "article": "a", "start": "zero", "end": 1, "text": "x", "label": "L"},
    {"@type": "graph.models.Mention", "article": "a", "start": 0},
    {"@type": "graph.pipeline.build"},
])
def test_reliability_cache_refuses_foreign_or_bad_data(data: dict) -> None:
    with pytest.raises(CacheFormatError):
        from_json(data)


# =========================================================================== queries

SMALL_TTL = textwrap.dedent("""\
    @prefix ng: <https://w3id.org/kg-news/ontology#> .
    @prefix kgid: <https://w3id.org/kg-news/id/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    """) + "".join(
    f"kgid:person-{i} a ng:Person ; rdfs:label \"Person {i}\" ; ng:said kgid:quote-{i} .\n"
    f"kgid:quote-{i} a ng:Quotation ; ng:text \"Words {i}\" .\n" for i in range(12))
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture
def small_ttl(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(SMALL_TTL, encoding="utf-8")
    return path


def test_reliability_query_is_read_only_by_default(small_ttl: Path) -> None:
    before, mtime = small_ttl.read_bytes(), small_ttl.stat().st_mtime_ns
    result = CliRunner().invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/kg-news/"
                                               "ontology#Person> }", "--graph", str(small_ttl), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert [ln for ln in result.stdout.splitlines() if ln] == ["n", "12"]  # (the trailing blank line: test_cli)
    assert small_ttl.read_bytes() == before and small_ttl.stat().st_mtime_ns == mtime


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX ng: <https://w3id.org/kg-news/ontology#>\nDELETE WHERE { ?s a ng:Person }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "DROP ALL",
    "CLEAR DEFAULT",
    "# a comment first\ninsert data { <urn:a> <urn:b> 'x' }",
], ids=["insert", "delete-where", "modify", "with", "load", "drop", "clear", "lower-case"])
def test_reliability_query_refuses_updates(small_ttl: Path, update: str) -> None:
    before = small_ttl.read_bytes()
    result = CliRunner().invoke(app, ["query", update, "--graph", str(small_ttl)])
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert "SPARQL Update" in line and "refused" in line and "--allow-update" in line
    assert small_ttl.read_bytes() == before


def test_reliability_query_update_only_with_allow_update(small_ttl: Path) -> None:
    result = CliRunner().invoke(app, ["query", "INSERT DATA { <urn:x:a> <urn:x:b> 'added' }", "--graph",
                                      str(small_ttl), "--allow-update"])
    assert result.exit_code == 0, result.output
    g = Graph().parse(small_ttl, format="turtle")
    assert (URIRef("urn:x:a"), URIRef("urn:x:b"), Literal("added")) in g
    assert tmp_files(small_ttl.parent) == []


def test_reliability_query_times_out(small_ttl: Path) -> None:
    before = small_ttl.read_bytes()
    t0 = time.monotonic()
    proc = run_kg("query", SLOW_QUERY, "--graph", str(small_ttl), "--timeout", "0.5", timeout=120)
    elapsed = time.monotonic() - t0
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert one_line_error(proc.stderr) == "kg: error: query timed out after 0.5 s (raise it with --timeout)"
    assert elapsed < 30
    assert small_ttl.read_bytes() == before


@pytest.mark.parametrize("query, message", [
    ("SELECT * WHERE { ?s ?p }", r"^kg: error: bad query: .*line 1, column \d+"),
    ("SELEC * WHERE { ?s ?p ?o }", r"^kg: error: bad query: "),
    ("SELECT * WHERE { ?s foo:bar ?o }", r"^kg: error: bad query: .*[Uu]nknown namespace prefix.*foo"),
    ("", r"^kg: error: give a query"),
], ids=["malformed", "misspelt", "unknown-prefix", "empty"])
def test_reliability_bad_query_exits_2_with_one_line(small_ttl: Path, query: str, message: str) -> None:
    result = CliRunner().invoke(app, ["query", query, "--graph", str(small_ttl)])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert re.search(message, one_line_error(result.stderr)), result.stderr


@pytest.mark.parametrize("content", [None, b"", b"@prefix broken", b"\x00\x01\x02 binary"],
                         ids=["missing", "empty", "broken-turtle", "binary"])
def test_reliability_query_bad_graph_file_exits_2(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(app, ["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(path)])
    if content == b"":  # an empty file is an empty graph: no rows, no error
        assert result.exit_code == 0 and result.stdout.strip().endswith("0 row(s)")
        return
    assert result.exit_code == 2
    line = one_line_error(result.stderr)
    assert str(path) in line
    if content is None:
        assert "graph file not found" in line


def test_reliability_build_report_defaults() -> None:
    r = BuildReport()
    assert (r.articles, r.skipped, r.warnings, r.parsed, r.cached, r.removed) == ([], [], [], [], [], [])
    exc = NothingToBuild("x")
    assert isinstance(exc.report, BuildReport) and str(exc) == "x"


def test_reliability_long_article_maps_offsets_like_a_plain_scan() -> None:
    from graph.article import clean_article

    text = "Title Here\n\n" + "\n\n".join(f"Paragraph *{i}* has [a link](x) and **bold** words." for i in range(120))
    art = clean_article(text, "a.txt")
    assert len(art.segments) >= 64

    def reference(offset: int) -> int:  # the last segment starting at or before the offset, by a linear scan
        seg = None
        for s in art.segments:
            if s.clean_start <= offset:
                seg = s
        if seg is None:
            return art.segments[0].raw_start
        return seg.raw_start + min(offset - seg.clean_start, seg.length)

    for offset in range(-2, len(art.text) + 3):
        assert art.to_raw(offset) == reference(offset), offset
