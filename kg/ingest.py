"""Put articles and the ontology into the store: extract, build, reconcile identities, replace a graph."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.corpus import Extracted, article_of
from kg.errors import BadInputError, NotFoundError
from kg.extract.pipeline import extract
from kg.known import KnownEntities
from kg.rdf.articletriples import ArticleTriples, reconcile_triples
from kg.rdf.build import build_graph
from kg.rdf.identity import KNOWN_ENTITIES_QUERY, KnownIndex
from kg.readers import NewsItem, Record, decode_record
from kg.settings import Settings
from kg.store import KGStore, open_reader, writer_started_from
from kg.store.protocol import GraphStore
from kg.terms import SCHEMA, article_graph_iri, ontology_graph_iri


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did: which article, into which graph, how many triples, how long it took."""

    article_id: str
    graph_iri: str
    triples: int
    seconds: float


def ingest_article(store: KGStore, path: Path, settings: Settings, published: date | None = None) -> IngestReport:
    """Extract one article and replace its named graph in the store (atomically)."""
    started = time.perf_counter()
    article_id, graph = extract_article(path, settings, published)
    graph_iri = str(graph.identifier)
    reconciled = reconcile_triples(ArticleTriples.of_graph(graph), _known_entities(store, exclude=graph_iri))
    triples = store.replace_graph(graph_iri, reconciled.quads())
    return IngestReport(article_id, graph_iri, triples, time.perf_counter() - started)


def ingest_articles(
    store: KGStore,
    paths: Iterable[Path],
    settings: Settings,
    published: date | None = None,
    on_done: Callable[[IngestReport], None] | None = None,
) -> list[IngestReport]:
    """Ingest several articles one after the other into an open store; each is its own transaction."""
    return _each(paths, lambda path: ingest_article(store, path, settings, published), on_done)


def ingest_shared_articles(
    directory: Path,
    paths: Iterable[Path],
    settings: Settings,
    published: date | None = None,
    on_done: Callable[[IngestReport], None] | None = None,
) -> list[IngestReport]:
    """Ingest several articles into the on-disk store in `directory`, taking the writer lock only to write each."""
    return _each(paths, lambda path: ingest_shared_article(directory, path, settings, published), on_done)


def ingest_shared_article(
    directory: Path, path: Path, settings: Settings, published: date | None = None
) -> IngestReport:
    """Extract and reconcile one article while others use the store, then replace its graph (atomically).

    The writer lock is held only for the write, so `kg serve` keeps answering during a long ingest.
    The reconciliation reads the store beforehand; if another command wrote in between, it is
    redone under the lock, so the result is the same as with the lock held throughout.
    """
    started = time.perf_counter()
    article_id, graph = extract_article(path, settings, published)
    graph_iri = str(graph.identifier)
    known, generation = _read_known_entities(directory, exclude=graph_iri)
    reconciled = reconcile_triples(ArticleTriples.of_graph(graph), known)
    with KGStore.open(directory) as store:
        if generation is None or writer_started_from(store) != generation:
            reconciled = reconcile_triples(ArticleTriples.of_graph(graph), _known_entities(store, exclude=graph_iri))
        triples = store.replace_graph(graph_iri, reconciled.quads())
    return IngestReport(article_id, graph_iri, triples, time.perf_counter() - started)


@dataclass(frozen=True)
class DuplicateReport:
    """An article whose text is already stored under another URL: its URL was added to that article."""

    where: str
    url: str | None
    kept_graph_iri: str


def write_extracted(
    directory: Path,
    batch: list[Extracted],
    known: KnownEntities,
    on_done: Callable[[IngestReport | DuplicateReport], None] | None = None,
) -> list[IngestReport | DuplicateReport]:
    """Reconcile extracted articles with the stored entities and write each one's graph, in order.

    The writer lock is held once for the batch. Each article is reconciled against the stored
    entities and those of the articles before it, so the store ends exactly as if the articles had
    been written one by one. New graphs go in a few at a time, each group one transaction (so each
    graph is whole or absent), written by a thread while the next articles are reconciled; a graph
    that replaces a stored one is its own transaction. `known` carries the stored entities and texts
    from one batch to the next, read again if another command wrote in between. Text already stored
    under another URL is recorded once: that article gains this URL instead of a second copy.
    """
    started = time.perf_counter()
    reports: list[IngestReport | DuplicateReport] = []
    try:
        with KGStore.open(directory) as store, _NewGraphs(store, reports, on_done) as pending:
            started_from = writer_started_from(store)
            if known.generation is None or started_from != known.generation:
                known.read_all(store, started_from)
            for extracted in batch:
                graph_iri = extracted.graph_iri
                same = known.graph_with_text(extracted.digest, exclude=graph_iri)
                if same is not None:
                    if extracted.url:
                        pending.write()
                        store.update(_add_url_update(same, extracted.url))
                    pending.report(DuplicateReport(extracted.where, extracted.url, same[0]))
                else:
                    reconciled = reconcile_triples(_triples_of(extracted), known.index(graph_iri))
                    quads = reconciled.quads()
                    if graph_iri in pending.graphs or store.has_graph(graph_iri):
                        pending.write()
                        triples = store.replace_graph(graph_iri, quads)
                    else:
                        triples = pending.add(graph_iri, quads)
                    known.wrote(graph_iri, reconciled.rows())
                    known.wrote_texts(graph_iri, reconciled.texts())
                    seconds = time.perf_counter() - started
                    pending.report(IngestReport(extracted.article_id, graph_iri, triples, seconds))
                started = time.perf_counter()
            pending.write()
            known.note_generation(store)
    except BaseException:
        known.generation = None  # what `known` holds may not have been written: read the store again next time
        raise
    return reports


# New graphs written in one transaction: enough to make a transaction's own cost small, few enough
# that the thread writing them keeps pace with the reconciliation of the next ones.
NEW_GRAPHS_PER_WRITE = 8


class _NewGraphs:
    """New graphs written a group at a time by a thread, and the reports that wait for their group."""

    def __init__(
        self,
        store: KGStore,
        reports: list[IngestReport | DuplicateReport],
        on_done: Callable[[IngestReport | DuplicateReport], None] | None,
    ) -> None:
        self.store = store
        self.graphs: set[str] = set()  # held or being written
        self.held: list[ox.Quad] = []
        self.held_graphs: list[str] = []
        self.reports = reports
        self.on_done = on_done
        self.held_reports: list[IngestReport | DuplicateReport] = []
        self.writing: tuple[Future[None], list[IngestReport | DuplicateReport]] | None = None
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer")

    def __enter__(self) -> _NewGraphs:
        return self

    def __exit__(self, *exc: object) -> None:
        # The store closes after this: no write may still be running then, whatever happened.
        self.thread.shutdown(wait=True)

    def add(self, graph_iri: str, quads: list[ox.Quad]) -> int:
        """Hold a graph the store does not have; return its size (its quads are distinct)."""
        self.graphs.add(graph_iri)
        self.held_graphs.append(graph_iri)
        self.held.extend(quads)
        return len(quads)

    def report(self, report: IngestReport | DuplicateReport) -> None:
        """Tell of one article once it, and every article before it, is written."""
        self.held_reports.append(report)
        if not self.held_graphs:
            if self.writing is None:
                self.write()
        elif len(self.held_graphs) >= NEW_GRAPHS_PER_WRITE:
            self._start()

    def write(self) -> None:
        """Write everything held and wait for it; then tell of the articles waiting."""
        self._start()
        self._finish()
        self._tell(self.held_reports)
        self.held_reports = []

    def _start(self) -> None:
        """Start writing the graphs held (after the write before them has ended)."""
        self._finish()
        quads, graphs, reports = self.held, self.held_graphs, self.held_reports
        self.held, self.held_graphs, self.held_reports = [], [], []
        if graphs:
            # The search index's connection is opened by the first write noted, and SQLite keeps a
            # connection to its thread: note the graphs here, where the store closes, not in the writer.
            self.store.note_write(graphs)
            self.writing = (self.thread.submit(self.store.add_new_graphs, graphs, quads), reports)
        else:
            self._tell(reports)

    def _finish(self) -> None:
        if self.writing is not None:
            future, reports = self.writing
            self.writing = None
            future.result()
            self.graphs.difference_update(r.graph_iri for r in reports if isinstance(r, IngestReport))
            self._tell(reports)

    def _tell(self, reports: list[IngestReport | DuplicateReport]) -> None:
        for report in reports:
            self.reports.append(report)
            if self.on_done:
                self.on_done(report)


# A server keeps no generations: any value but None tells `known` that its entities were read.
SERVER_GENERATION = "server"


def write_extracted_to(
    store: GraphStore,
    batch: list[Extracted],
    known: KnownEntities,
    on_done: Callable[[IngestReport | DuplicateReport], None] | None = None,
) -> list[IngestReport | DuplicateReport]:
    """Reconcile extracted articles with the stored entities and replace each one's graph, in order, in `store`.

    For a store that takes no lock (a SPARQL server): the entities and texts are read from it once per
    run, then each graph written is taken in, so the store ends as after `write_extracted`. Each graph is one write.
    """
    if known.generation is None:
        known.read_all(store, SERVER_GENERATION)
    reports: list[IngestReport | DuplicateReport] = []
    for extracted in batch:
        started = time.perf_counter()
        graph_iri = extracted.graph_iri
        same = known.graph_with_text(extracted.digest, exclude=graph_iri)
        if same is not None:
            if extracted.url:
                store.update(_add_url_update(same, extracted.url))
            reports.append(DuplicateReport(extracted.where, extracted.url, same[0]))
        else:
            try:
                reconciled = reconcile_triples(_triples_of(extracted), known.index(graph_iri))
                triples = store.replace_graph(graph_iri, reconciled.triples())
            except BaseException:
                known.generation = None  # the write may have happened or not: read the store again next time
                raise
            known.wrote(graph_iri, reconciled.rows())
            known.wrote_texts(graph_iri, reconciled.texts())
            reports.append(IngestReport(extracted.article_id, graph_iri, triples, time.perf_counter() - started))
        if on_done:
            on_done(reports[-1])
    return reports


def _triples_of(extracted: Extracted) -> ArticleTriples:
    """The article's triples before reconciliation, read afresh from its N-Triples."""
    return ArticleTriples.parse(extracted.ntriples, extracted.graph_iri)


def _add_url_update(same: tuple[str, str], url: str) -> str:
    graph, article = same
    return f"INSERT DATA {{ GRAPH <{graph}> {{ <{article}> <{SCHEMA.url}> {URIRef(url).n3()} }} }}"


def extract_article(path: Path, settings: Settings, published: date | None = None) -> tuple[str, Graph]:
    """Read one article and build its graph, before any reconciliation with the store: (article id, graph)."""
    item = decode_record(Record(str(path), "txt", b"", name=path.stem, path=Path(path)), published)
    assert isinstance(item, NewsItem)  # our .txt articles are never skipped
    return item.article_id, build_graph(extract(article_of(item)), settings.base_iri, item)


def _each(
    paths: Iterable[Path], ingest: Callable[[Path], IngestReport], on_done: Callable[[IngestReport], None] | None
) -> list[IngestReport]:
    reports = []
    for path in paths:
        report = ingest(path)
        reports.append(report)
        if on_done:
            on_done(report)
    return reports


def list_seed_articles(seeds_dir: Path) -> list[Path]:
    """The article files (*.txt) in `seeds_dir`, sorted."""
    if not seeds_dir.is_dir():
        raise NotFoundError(f"no seeds directory at {seeds_dir}; run kg from the project's root or use --seeds")
    return sorted(seeds_dir.glob("*.txt"))


def load_ontology(store: GraphStore, settings: Settings) -> int:
    """Load ontology/*.ttl (not the SHACL shapes) into the ontology's own named graph."""
    files = [p for p in sorted(settings.ontology_dir.glob("*.ttl")) if p.stem != "shapes"]
    if not files:
        raise NotFoundError(f"no ontology files (*.ttl) in {settings.ontology_dir}")
    triples: list[ox.Triple] = []
    for path in files:
        try:
            triples.extend(q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise BadInputError(f"{path}: {exc}") from exc
    return store.replace_graph(ontology_graph_iri(), triples)


def remove_article(store: GraphStore, article_id: str, settings: Settings) -> int:
    """Remove an article's graph; return how many triples went. NotFoundError if it is not there."""
    graph_iri = article_graph_iri(article_id, settings.base_iri)
    before = store.count(graph_iri)
    if not store.remove_graph(graph_iri):
        articles = [g.rsplit("/", 1)[-1] for g in store.graph_iris() if g.startswith(settings.base_iri + "graph/")]
        listing = f" Stored articles: {', '.join(articles)}." if articles else " The store holds no articles."
        raise NotFoundError(f"no article {article_id!r} in the store.{listing}")
    return before


def _known_entities(store: KGStore, exclude: str) -> KnownIndex:
    others = [g for g in store.graph_iris() if g != exclude and g != ontology_graph_iri()]
    if not others:
        return KnownIndex()
    rows = store.native_query(KNOWN_ENTITIES_QUERY, default_graphs=others)
    assert isinstance(rows, ox.QuerySolutions)
    return KnownIndex(
        (str(r["entity"].value), int(r["rank"].value), str(r["label"].value), str(r["class"].value)) for r in rows
    )


def _read_known_entities(directory: Path, exclude: str) -> tuple[KnownIndex, str | None]:
    """The known entities, read under the readers' lock, and the store's generation then (None: no store yet)."""
    if not (directory / "CURRENT").is_file():
        return KnownIndex(), None
    with open_reader(directory) as (store, generation):
        return _known_entities(store, exclude), generation
