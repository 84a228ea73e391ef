"""Extraction speed: articles/s and triples/s on one core, over a corpus repeated to >= 1,000 articles.

Run from the project root:  .venv/bin/python bench/extract_bench.py [--min-articles 1000] [--no-rdf]

The corpus is every article in seeds/, tests/data/articles/ and tests/data/extract/ (not the held-out
set), repeated. Figures are printed with a reference measured in the same run (a plain word
tokenisation of the same texts), so the ratio is comparable across machines.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.article import read_article  # noqa: E402
from kg.extract.model import Article  # noqa: E402
from kg.extract.pipeline import extract  # noqa: E402

CORPUS_DIRS = ("seeds", "tests/data/articles", "tests/data/extract")


def load_corpus() -> list[Article]:
    """Return the articles of the corpus folders."""
    articles = []
    for folder in CORPUS_DIRS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            articles.append(read_article(path))
    return articles


def count_triples(articles: list[Article], use_rdf: bool) -> tuple[int, str]:
    """Return the triples made from one extraction of each article, and how they were counted."""
    if use_rdf:
        try:
            from kg.rdf.build import build_graph
        except ImportError:
            use_rdf = False
    total = 0
    for article in articles:
        extraction = extract(article)
        total += len(build_graph(extraction)) if use_rdf else len(extraction.facts)
    return total, "RDF triples (kg.rdf.build)" if use_rdf else "facts"


def main() -> int:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-articles", type=int, default=1000)
    parser.add_argument("--no-rdf", action="store_true", help="count facts instead of RDF triples")
    args = parser.parse_args()

    started = time.perf_counter()
    base = load_corpus()
    extract(base[0])
    startup = time.perf_counter() - started
    corpus = (base * (args.min_articles // len(base) + 1))[: max(args.min_articles, len(base))]
    words = [len(a.text.split()) for a in corpus]

    started = time.perf_counter()
    for article in corpus:
        re.findall(r"\w+", article.text)
    reference = time.perf_counter() - started

    per_article = []
    facts = 0
    started = time.perf_counter()
    for article in corpus:
        t0 = time.perf_counter()
        facts += len(extract(article).facts)
        per_article.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started

    t0 = time.perf_counter()
    triples_once, unit = count_triples(base, not args.no_rdf)
    build_elapsed = time.perf_counter() - t0
    per_word = [t / max(w, 1) for t, w in zip(per_article, words, strict=True)]
    typical_400 = statistics.median(per_word) * 400

    median_words = statistics.median(words)
    print(f"corpus: {len(base)} distinct articles repeated to {len(corpus)}, median {median_words:.0f} words")
    print(f"start-up (data load + first article): {startup * 1000:.0f} ms")
    print(f"extraction: {len(corpus) / elapsed:.1f} articles/s, {facts / elapsed:.0f} facts/s (one core)")
    print(
        f"extraction + mapping: {triples_once / build_elapsed:.0f} {unit}/s "
        f"({triples_once / len(base):.0f} per article)"
    )
    print(
        f"per article: median {statistics.median(per_article) * 1000:.1f} ms, "
        f"p95 {sorted(per_article)[int(len(per_article) * 0.95)] * 1000:.1f} ms, "
        f"max {max(per_article) * 1000:.1f} ms"
    )
    print(f"typical 400-word article: {typical_400 * 1000:.1f} ms (budget 50 ms)")
    print(
        f"reference (word tokenisation of the same texts): {reference * 1000:.1f} ms; "
        f"extraction / reference = {elapsed / reference:.0f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
