"""Benchmark: the full kg build against bare spaCy ``nlp.pipe`` on the same texts.

    python bench/bench_build.py [ARTICLES_DIR] [--repeat N]

Both are measured in the same run on the same cleaned texts; the script prints
seconds and the ratio build / bare spaCy.  No timing is asserted anywhere.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

from graph.article import read_article
from graph.corpus import discover, iter_paths
from graph.nlp import DEFAULT_MODEL, load_nlp
from graph.pipeline import Settings, build


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default="seeds", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [read_article(p).text for p in iter_paths(discover(args.articles))]
    chars = sum(map(len, texts))
    bare = spacy.load(DEFAULT_MODEL)
    load_nlp()  # load once so both sides measure processing, not loading
    list(bare.pipe(texts))  # warm up
    base_t, kg_t = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        list(bare.pipe(texts, batch_size=16))
        base_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        build(args.articles, Settings(view=False))
        kg_t.append(time.perf_counter() - t)
    b, k = statistics.median(base_t), statistics.median(kg_t)
    print(f"articles: {len(texts)}, characters: {chars}")
    print(f"bare spaCy nlp.pipe: {b:.3f} s (median of {args.repeat})")
    print(f"kg build (no view):  {k:.3f} s (median of {args.repeat})")
    print(f"ratio kg / spaCy:    {k / b:.2f}x")


if __name__ == "__main__":
    main()
