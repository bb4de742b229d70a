"""graph.corpus: finding article files and pairing near-duplicate articles."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.corpus import discover, fingerprint, iter_paths, near_duplicates

LEDE = ("Anna Berg said the Ruritanian ministry would recognise the new border and honour every clause of the "
        "treaty signed with its neighbours in Strelsau on Monday after long and difficult talks.")
OTHER = ("Officials in Port Elena said on Tuesday that the harvest had been poor this year and that bread prices "
         "would rise again before the winter holidays began in earnest across the whole country.")


def americanise(text: str) -> str:
    for uk, us in {"recognise": "recognize", "honour": "honor", "neighbours": "neighbors"}.items():
        text = text.replace(uk, us)
    return text


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of candidates, non-candidates, hidden files, a symlink loop and a broken link."""
    for rel in ["z.txt", "A.md", "a/y.md", "a/b/x.TXT", "c/k.txt", "notes.json", "README.md", ".draft.txt",
                ".git/HEAD.txt", "a/.cache/old.md"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{rel}\n\n{LEDE}\n", encoding="utf-8")
    os.symlink("../..", tmp_path / "a" / "b" / "loop")  # a/b/loop -> the root
    os.symlink("../missing.txt", tmp_path / "c" / "broken.txt")
    return tmp_path


def test_corpus_discover_finds_txt_and_md_recursively_in_sorted_order(tree: Path) -> None:
    paths = [f.path.relative_to(tree).as_posix() for f in discover(tree) if not f.problem]
    assert paths == ["A.md", "a/b/x.TXT", "a/y.md", "c/k.txt", "z.txt"]
    assert list(iter_paths(discover(tree))) == [tree / p for p in paths]


def test_corpus_discover_skips_hidden_files_and_readme(tree: Path) -> None:
    names = {f.path.name for f in discover(tree)}
    assert not names & {".draft.txt", "HEAD.txt", "old.md", "README.md", "notes.json"}


def test_corpus_discover_reports_a_symlink_loop_once(tree: Path) -> None:
    found = list(discover(tree))
    loops = [f for f in found if "loop" in f.problem]
    assert len(loops) == 1
    assert loops[0].path == tree / "a" / "b" / "loop"
    candidates = [f.path for f in found if not f.problem]
    assert len(candidates) == len(set(p.resolve() for p in candidates)) == 5


def test_corpus_discover_reports_a_broken_symlink(tree: Path) -> None:
    problems = {f.path.name: f.problem for f in discover(tree) if f.problem}
    assert problems.get("broken.txt") == "broken symlink"


def test_corpus_discover_accepts_a_single_file(tree: Path) -> None:
    assert [f.path for f in discover(tree / "a" / "y.md")] == [tree / "a" / "y.md"]


def test_corpus_discover_empty_folder_yields_nothing(tmp_path: Path) -> None:
    assert list(discover(tmp_path)) == []


@pytest.mark.parametrize("a, b", [
    ("recognise organise analyse", "recognize organize analyze"),
    ("honour neighbours colour", "honor neighbors color"),
    ("Anna-Maria Berg’s CAFÉ", "annamaria berg's café"),
])
def test_corpus_fingerprint_ignores_spelling_case_and_hyphens(a: str, b: str) -> None:
    assert fingerprint(a) == fingerprint(b)


def test_corpus_fingerprint_keeps_different_words_apart() -> None:
    assert fingerprint("Anna Berg won") != fingerprint("Anna Berg lost")


def _pairs(texts: dict[str, str]) -> dict[str, list[str]]:
    return near_duplicates({k: fingerprint(v) for k, v in texts.items()})


@pytest.mark.parametrize("copy", [
    pytest.param(americanise(LEDE), id="american-spelling"),
    pytest.param(" ".join(LEDE.split()[:22]), id="prefix"),
    pytest.param(LEDE.upper(), id="upper-case"),
])
def test_corpus_near_duplicates_pairs_copies(copy: str) -> None:
    assert copy != LEDE
    assert _pairs({"a.txt": LEDE, "b.txt": copy}) == {"a.txt": ["b.txt"], "b.txt": ["a.txt"]}


@pytest.mark.parametrize("other", [
    pytest.param(OTHER, id="different-text"),
    pytest.param(" ".join(LEDE.split()[:8]) + " and that the price of bread and of fuel would rise again before "
                 "the winter holidays began in earnest.", id="same-opening-different-story"),
])
def test_corpus_near_duplicates_leaves_different_texts_apart(other: str) -> None:
    assert _pairs({"a.txt": LEDE, "b.txt": other}) == {}


def test_corpus_near_duplicates_groups_three_copies_and_skips_the_odd_one() -> None:
    pairs = _pairs({"a.txt": LEDE, "b.txt": americanise(LEDE), "c.txt": OTHER, "d.txt": LEDE + " " + OTHER})
    assert pairs == {"a.txt": ["b.txt", "d.txt"], "b.txt": ["a.txt", "d.txt"], "d.txt": ["a.txt", "b.txt"]}


def test_corpus_near_duplicates_ignores_texts_too_short_to_judge() -> None:
    short = "Anna Berg won the vote in Strelsau."
    assert _pairs({"a.txt": short, "b.txt": short}) == {}
