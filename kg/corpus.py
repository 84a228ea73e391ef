"""Extraction of a stream of records, in this process or in worker processes, results in input order.

The same function (`extract_record`) runs wherever the work runs: here, in a worker process of
`kg ingest --jobs N`, or on a Dask worker of `kg extract-corpus`. It never raises for one bad
article: a failure comes back as a ReadFailure with where and why, so everything else goes in.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date

from rdflib import Graph

from kg.errors import KGError
from kg.extract.model import Article
from kg.extract.pipeline import extract
from kg.rdf.build import build_graph
from kg.readers import NewsItem, ReadFailure, Record, Skipped, decode_record
from kg.readers.dates import day_of

# How many records each worker may have queued: enough to keep it busy while the writer writes a batch
# (kg.cli.ingest: up to 64 articles), few enough to stream (about 150 KiB each in flight).
LOOKAHEAD_PER_JOB = 64


@dataclass(frozen=True)
class Extracted:
    """One article's graph before reconciliation with the store, as N-Triples (cheap to send between processes)."""

    where: str
    article_id: str
    graph_iri: str
    ntriples: str
    digest: str
    url: str | None

    def graph(self) -> Graph:
        """The article's graph, named by its graph IRI."""
        graph = Graph(identifier=self.graph_iri)
        graph.parse(data=self.ntriples, format="nt")
        return graph


Outcome = Extracted | Skipped | ReadFailure


def extract_record(record: Record | ReadFailure, base_iri: str, published: date | None = None) -> Outcome:
    """Decode and extract one record; a record that cannot be read or extracted comes back as a ReadFailure."""
    if isinstance(record, ReadFailure):
        return record
    try:
        item = decode_record(record, published)
        if isinstance(item, Skipped):
            return item
        return _extract_item(record, item, base_iri)
    except KGError as exc:
        return ReadFailure(record.where, str(exc))
    except RecursionError:
        return ReadFailure(record.where, "the page is nested too deeply to read")
    except Exception as exc:  # one article's surprise must not stop a crawl of millions
        return ReadFailure(record.where, f"extraction failed ({type(exc).__name__}: {exc})")


def article_of(item: NewsItem) -> Article:
    """The article that extraction reads, from a decoded news item."""
    assert item.published is not None  # decode_record refuses undated articles
    return Article(
        article_id=item.article_id,
        text=item.text,
        published=day_of(item.published),
        author=item.authors[0] if item.authors else None,
        source=item.url,
    )


def _extract_item(record: Record, item: NewsItem, base_iri: str) -> Outcome:
    extraction = extract(article_of(item))
    if record.kind != "txt" and not extraction.facts:
        # Our own .txt articles are taken as they are; a page from the web with nothing to say is not stored.
        return Skipped(record.where, "off-topic (no spaceflight facts found)")
    graph = build_graph(extraction, base_iri, item)
    return Extracted(
        where=record.where,
        article_id=item.article_id,
        graph_iri=str(graph.identifier),
        ntriples=graph.serialize(format="nt"),
        digest=item.digest,
        url=item.url,
    )


def extract_all(
    records: Iterable[Record | ReadFailure], base_iri: str, published: date | None = None, jobs: int = 1
) -> Iterator[Outcome]:
    """Extract every record, in `jobs` worker processes when jobs > 1; yield outcomes in the records' order."""
    stream = iter(records)
    first = list(itertools.islice(stream, 2))
    if jobs <= 1 or len(first) < 2:  # one article is not worth starting processes for
        for record in itertools.chain(first, stream):
            yield extract_record(record, base_iri, published)
        return
    stream = itertools.chain(first, stream)
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[Outcome]] = deque()
        for record in stream:
            pending.append(pool.submit(extract_record, record, base_iri, published))
            if len(pending) >= jobs * LOOKAHEAD_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
