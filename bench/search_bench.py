"""How fast full-text search answers on a store of many articles: index build time, then p50/p99 per search.

Builds a synthetic on-disk store (each article: its text, a flight, two people and an
organisation, made-up words), lets KGStore build the search index when the load closes, then
runs searches for random words (single words, two-word AND, a prefix, a kind filter) through
the index as `kg search` does (under the readers' lock, index in step), and again as
`GET /search?q=...&format=json` through the web app (Flask's test client, the app's real query
process: what a request costs the server, without the socket).

Run from the project's root:  .venv/bin/python bench/search_bench.py [ARTICLES] [SEARCHES]
"""

from __future__ import annotations

import io
import random
import string
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.settings import load_settings
from kg.store import KGStore, open_reader
from kg.store.search import open_in_step
from kg.web import create_app

SM = "https://w3id.org/spacekg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
BASE = "https://w3id.org/spacekg/"


def make_words(rng: random.Random, count: int) -> list[str]:
    """`count` made-up lowercase words of 4 to 9 letters."""
    return ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))) for _ in range(count)]


def write_articles(rng: random.Random, words: list[str], articles: int) -> bytes:
    """N-Quads for `articles` articles, one graph each, with ~150 words of text and four named entities."""
    out = io.StringIO()
    for n in range(articles):
        graph = f"<{BASE}graph/a{n}>"
        article = f"<{BASE}article/a{n}>"
        text = " ".join(rng.choice(words) for _ in range(150))
        entities = [
            (f"<{BASE}mission/m{rng.randrange(articles // 4)}>", "Mission"),
            (f"<{BASE}person/p{rng.randrange(articles)}>", "Person"),
            (f"<{BASE}person/p{rng.randrange(articles)}>", "Person"),
            (f"<{BASE}organization/o{rng.randrange(articles // 10)}>", "Organization"),
        ]
        out.write(f"{article} <{RDF_TYPE}> <{SM}NewsArticle> {graph} .\n")
        out.write(f'{article} <{LABEL}> "article {n}" {graph} .\n')
        out.write(f"<{BASE}article/a{n}#ctx> <{NIF}sourceUrl> {article} {graph} .\n")
        out.write(f'<{BASE}article/a{n}#ctx> <{NIF}isString> "{text}" {graph} .\n')
        for iri, cls in entities:
            name = f"{rng.choice(words).title()} {rng.choice(words).title()}"
            out.write(f'{iri} <{RDF_TYPE}> <{SM}{cls}> {graph} .\n{iri} <{LABEL}> "{name}" {graph} .\n')
    return out.getvalue().encode("utf-8")


def make_searches(rng: random.Random, words: list[str], count: int) -> list[tuple[str, str | None]]:
    """A mix of searches: one word, two words, a prefix, one word of one kind."""
    searches: list[tuple[str, str | None]] = []
    for i in range(count):
        word = rng.choice(words)
        searches.append(
            [(word, None), (f"{word} {rng.choice(words)}", None), (word[:3] + "*", None), (word, "person")][i % 4]
        )
    return searches


def main() -> None:
    """Build the store and its index, run the searches, print the figures."""
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rng = random.Random(14)
    words = make_words(rng, 5000)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "store"
        data = write_articles(rng, words, articles)
        started = time.perf_counter()
        with KGStore.open(directory) as store:
            store.bulk_load_stream(io.BytesIO(data), ox.RdfFormat.N_QUADS, None)
            loaded = time.perf_counter()
        indexed = time.perf_counter()
        print(f"articles: {articles}; load {loaded - started:.1f} s; index built in {indexed - loaded:.1f} s")
        searches = make_searches(rng, words, count)
        timings = []
        with (
            open_reader(directory) as (reader, generation),
            open_in_step(directory, reader.native, generation) as index,
        ):
            for text, kind in searches:
                began = time.perf_counter()
                index.search(text, kind, 20)
                timings.append((time.perf_counter() - began) * 1000)
        report("kg search (index)", timings)
        app = create_app(load_settings({}, store_dir=directory, project_dir=Path.cwd()))
        try:
            client = app.test_client()
            timings = []
            for text, kind in searches:
                params = {"q": text, "format": "json", **({"kind": kind} if kind else {})}
                began = time.perf_counter()
                response = client.get("/search", query_string=params)
                timings.append((time.perf_counter() - began) * 1000)
                assert response.status_code == 200, response.get_data(as_text=True)
        finally:
            app.extensions["kg"].pool.close()
        report("GET /search (web app)", timings)


def report(what: str, timings: list[float]) -> None:
    """Print the median and 99th percentile of `timings` (ms)."""
    timings = sorted(timings)
    p50 = timings[len(timings) // 2]
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(f"{what}: {len(timings)} searches (limit 20); p50 {p50:.2f} ms; p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
