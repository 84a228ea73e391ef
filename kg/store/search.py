"""Full-text search over labels, alternative labels and article text: an SQLite FTS5 index beside the store.

The index (SEARCH_FILE in the store directory) records the store generation it reflects (the
one kg.store.locks writes in the writer-lock file). A writer marks it "dirty" before its first
write and, when it closes, brings the documents of the graphs it touched (or of the whole
store, when the effect of a write is not known) up to date and records its own generation in
the same SQLite transaction. So after a crash the index says "dirty" or names an older
generation, and whoever opens it next, writer or reader, rebuilds it from the store.

Each graph's facts about its resources are kept (`facts`) with, per resource, how many graphs
state each one (`tallies`): a write to one graph updates those and rebuilds the documents of the
resources it describes from the tallies, so its cost does not grow with the store. An index
without them (LAYOUT older) is rebuilt whole by the next writer.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import BadInputError, StoreError
from kg.store.locks import WRITER_LOCK, open_lock_file, read_lock_record
from kg.store.searchdocs import KINDS, RDF_TYPE, Document, document_from_facts, read_facts

SEARCH_FILE = "search.sqlite"
DIRTY = "dirty"
LAYOUT = "facts-2"  # what the tables hold; an index of another layout is rebuilt by the next writer
MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32
MAX_LIMIT = 500
SHOWN_CHARS = 60
# bm25 weights of the columns label, alt, body: a name outweighs a passing mention in a text.
WEIGHTS = (10.0, 5.0, 1.0)
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_TOKENS = 14
KIND_ALIASES = {"organization": "organisation", "mission": "flight", "people": "person"}
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, label TEXT NOT NULL, date TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entities_kind ON entities (kind, date);
CREATE TABLE IF NOT EXISTS facts (
    graph TEXT NOT NULL, iri TEXT NOT NULL, what TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (graph, iri, what, value)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tallies (
    iri TEXT NOT NULL, what TEXT NOT NULL, value TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (iri, what, value)) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(label, alt, body, tokenize = 'unicode61 remove_diacritics 2');
"""
BARE_TERM = re.compile(r"\w+\*?")
TOKEN = re.compile(r'"[^"]*"|[()]|[^\s()]+')
OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True)
class Hit:
    """One search result: the resource, its kind, label, date, a snippet (matches marked) and rank."""

    iri: str
    kind: str
    label: str
    date: str
    snippet: str
    rank: float


class SearchIndex:
    """The SQLite FTS5 index of one store directory."""

    def __init__(self, directory: Path, *, any_thread: bool = False) -> None:
        try:
            # `any_thread`: the connection may be used by a thread other than its maker's, one at a time.
            path = directory / SEARCH_FILE
            self.conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=not any_thread)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the search index in {directory}: {exc}") from exc

    def close(self) -> None:
        """Close the SQLite connection."""
        self.conn.close()

    def generation(self) -> str:
        """The store generation the index reflects ("" if never built, DIRTY while a writer is at work)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return str(row[0]) if row else ""

    def layout(self) -> str:
        """What the index's tables hold ("" for an index written before LAYOUT)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'layout'").fetchone()
        return str(row[0]) if row else ""

    def set_generation(self, generation: str) -> None:
        """Record the generation (committed at once, or with the enclosing transaction)."""
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation,))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite write transaction, taken at once so that concurrent rebuilders queue."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def rebuild(self, native: ox.Store, generation: str, *, unless_current: bool = False) -> None:
        """Index the whole store afresh and record `generation` (`unless_current`: unless it is recorded already)."""
        with self.transaction():
            # Readers in several processes may find the index stale at once: one rebuilds, the others see it done.
            if unless_current and self.generation() == generation:
                return
            for table in ("entities", "docs", "facts", "tallies"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute("DROP TABLE IF EXISTS members")  # the layout before facts kept this
            # Inserted in key order, the facts go into their table page after page; in the store's order
            # every row lands on another page of it. SQLite sorts them (in bounded memory) on the way.
            self.conn.execute("CREATE TEMP TABLE staged_facts (graph TEXT, iri TEXT, what TEXT, value TEXT)")
            self.conn.executemany("INSERT INTO staged_facts VALUES (?, ?, ?, ?)", read_facts(native, None))
            self.conn.execute("INSERT OR IGNORE INTO facts SELECT * FROM staged_facts ORDER BY graph, iri, what, value")
            self.conn.execute("DROP TABLE staged_facts")
            self.conn.execute(
                "INSERT INTO tallies SELECT iri, what, value, COUNT(*) FROM facts GROUP BY iri, what, value"
            )
            typed = self.conn.execute("SELECT DISTINCT iri FROM tallies WHERE what = ?", (RDF_TYPE.value,))
            self._insert(self._documents(native, sorted(row[0] for row in typed.fetchall())))
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('layout', ?)", (LAYOUT,))
            self.set_generation(generation)

    def refresh_graphs(self, native: ox.Store, graphs: Iterable[str], generation: str) -> None:
        """Rebuild the documents of the resources that `graphs` describe, or described, and record `generation`."""
        with self.transaction():
            iris: set[str] = set()
            for graph in sorted(set(graphs)):
                iris |= self._refresh_facts(native, graph)
            ordered = sorted(iris)
            self._delete(ordered)
            self._insert(self._documents(native, ordered))
            self.set_generation(generation)

    def _refresh_facts(self, native: ox.Store, graph: str) -> set[str]:
        """Replace the facts of `graph` with what the store holds; return the resources it described before or now."""
        old = set(self.conn.execute("SELECT iri, what, value FROM facts WHERE graph = ?", (graph,)).fetchall())
        new = {(iri, what, value) for _graph, iri, what, value in read_facts(native, graph)}
        gone, added = sorted(old - new), sorted(new - old)
        self.conn.executemany(
            "DELETE FROM facts WHERE graph = ? AND iri = ? AND what = ? AND value = ?", [(graph, *row) for row in gone]
        )
        self.conn.executemany("UPDATE tallies SET n = n - 1 WHERE iri = ? AND what = ? AND value = ?", gone)
        self.conn.executemany("DELETE FROM tallies WHERE iri = ? AND what = ? AND value = ? AND n <= 0", gone)
        self.conn.executemany("INSERT INTO facts VALUES (?, ?, ?, ?)", [(graph, *row) for row in added])
        self.conn.executemany(
            "INSERT INTO tallies VALUES (?, ?, ?, 1) ON CONFLICT (iri, what, value) DO UPDATE SET n = n + 1", added
        )
        return {row[0] for row in old | new}

    def _documents(self, native: ox.Store, iris: Iterable[str]) -> Iterator[Document]:
        """The documents of those of `iris` that are of an indexed kind, from the tallies of every graph's facts."""
        for iri in iris:
            facts = self.conn.execute("SELECT what, value FROM tallies WHERE iri = ?", (iri,)).fetchall()
            doc = document_from_facts(native, iri, facts)
            if doc is not None:
                yield doc

    def _delete(self, iris: Iterable[str]) -> None:
        for iri in iris:
            row = self.conn.execute("SELECT id FROM entities WHERE iri = ?", (iri,)).fetchone()
            if row is not None:
                for table, column in (("entities", "id"), ("docs", "rowid")):
                    self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (row[0],))

    def _insert(self, documents: Iterable[Document]) -> None:
        for doc in documents:
            cursor = self.conn.execute(
                "INSERT INTO entities (iri, kind, label, date) VALUES (?, ?, ?, ?)",
                (doc.iri, doc.kind, doc.label, doc.date),
            )
            rowid = cursor.lastrowid
            self.conn.execute(
                "INSERT INTO docs (rowid, label, alt, body) VALUES (?, ?, ?, ?)", (rowid, doc.label, doc.alt, doc.body)
            )

    def search(self, text: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
        """The best `limit` matches of `text` (see `make_fts_query`), best first, maybe of one kind only."""
        match = make_fts_query(text)
        sql = (
            "SELECT e.iri, e.kind, e.label, e.date,"
            f" snippet(docs, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS}),"
            f" bm25(docs, {', '.join(map(str, WEIGHTS))}) AS rank"
            " FROM docs JOIN entities e ON e.id = docs.rowid WHERE docs MATCH ?"
        )
        params: list[object] = [match]
        if kind is not None:
            sql += " AND e.kind = ?"
            params.append(kind)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            shown = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "..."
            reason = str(exc).replace("fts5: ", "")
            raise BadInputError(
                f"cannot search for {shown!r}: {reason} (check the quotes, parentheses and AND / OR / NOT)"
            ) from exc
        return [Hit(*row) for row in rows]

    def counts(self) -> dict[str, int]:
        """How many resources of each kind the index holds."""
        found = dict(self.conn.execute("SELECT kind, COUNT(*) FROM entities GROUP BY kind").fetchall())
        return {kind: int(found.get(kind, 0)) for kind in KINDS}

    def latest(self, kind: str, limit: int) -> list[tuple[str, str, str]]:
        """The `limit` resources of `kind` with the latest dates: (iri, label, date)."""
        rows = self.conn.execute(
            "SELECT iri, label, date FROM entities WHERE kind = ? AND date != '' ORDER BY date DESC, label LIMIT ?",
            (kind, limit),
        )
        return [(str(a), str(b), str(c)) for a, b, c in rows.fetchall()]


def make_fts_query(text: str) -> str:
    """An FTS5 query for what a person typed: words (a trailing * for a prefix), "phrases", AND/OR/NOT, parentheses.

    A word with punctuation in it (MS-19, crew-2) is searched as a phrase of its parts.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise BadInputError(f"the search text has {len(text)} characters; at most {MAX_QUERY_CHARS} are allowed")
    tokens = TOKEN.findall(text)
    if not tokens:
        raise BadInputError("the search text is empty; give a word to look for")
    if len(tokens) > MAX_QUERY_TERMS:
        raise BadInputError(f"the search text has {len(tokens)} terms; at most {MAX_QUERY_TERMS} are allowed")
    parts = []
    for token in tokens:
        phrase = token.startswith('"') and token.endswith('"') and len(token) > 1
        bare = BARE_TERM.fullmatch(token) is not None and token.upper() not in OPERATORS | {"NEAR"}
        if token in OPERATORS or token in "()" or phrase or bare:
            parts.append(token)
        else:
            star = "*" if token.endswith("*") and len(token) > 1 else ""
            parts.append('"' + token.rstrip("*").replace('"', '""') + '"' + star)
    return " ".join(parts)


def check_kind(kind: str | None) -> str | None:
    """The canonical kind name for `kind` (None for all), or BadInputError."""
    if kind is None or kind == "":
        return None
    name = KIND_ALIASES.get(kind.lower(), kind.lower())
    if name not in KINDS:
        raise BadInputError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    return name


def check_limit(limit: int) -> int:
    """`limit` if it is between 1 and MAX_LIMIT, else BadInputError."""
    if not 1 <= limit <= MAX_LIMIT:
        raise BadInputError(f"the limit must be between 1 and {MAX_LIMIT}, not {limit}")
    return limit


def current_generation(directory: Path) -> str:
    """The store's generation as its writer-lock file records it (consistent while holding a lock on it)."""
    fd = open_lock_file(directory, WRITER_LOCK)
    try:
        return read_lock_record(fd).generation
    finally:
        os.close(fd)


@contextlib.contextmanager
def open_in_step(directory: Path, native: ox.Store, generation: str) -> Iterator[SearchIndex]:
    """The index of a store being read (under the readers' lock) at `generation`, rebuilt first if out of step."""
    index = SearchIndex(directory)
    try:
        if index.generation() != generation:
            index.rebuild(native, generation, unless_current=True)
        yield index
    finally:
        index.close()


class IndexUpkeep:
    """A read-write opening's duty to the index: mark it dirty before the first write, bring it up to date at close."""

    def __init__(self, directory: Path, previous: str, generation: str) -> None:
        self.directory = directory
        self.previous = previous
        self.generation = generation
        self.graphs: set[str] = set()
        self.everything = False
        self.index: SearchIndex | None = None
        self.lock = threading.Lock()  # writes may be made by several threads (kg load's bulk loads)

    def note(self, graphs: Iterable[str] | None) -> None:
        """Say that a write is about to touch `graphs` (None: any graph); the first call marks the index dirty."""
        with self.lock:
            self._note(graphs)

    def _note(self, graphs: Iterable[str] | None) -> None:
        if self.index is None:
            index = SearchIndex(self.directory, any_thread=True)
            try:
                # An index that does not reflect the store as this writer found it is rebuilt whole.
                self.everything = index.generation() not in (self.previous, self.generation)
                self.everything |= index.layout() != LAYOUT
                index.set_generation(DIRTY)
            except sqlite3.Error as exc:
                index.close()
                raise StoreError(f"cannot update the search index in {self.directory}: {exc}") from exc
            self.index = index
        if graphs is None:
            self.everything = True
        else:
            self.graphs.update(graphs)

    def finish(self, native: ox.Store) -> None:
        """Bring the index up to date with the writes noted (or, after none, carry it over to this generation)."""
        with self.lock:
            self._finish(native)

    def _finish(self, native: ox.Store) -> None:
        if self.index is None:
            if (self.directory / SEARCH_FILE).exists():
                index = SearchIndex(self.directory)
                try:
                    with index.transaction():
                        if index.generation() == self.previous:
                            index.set_generation(self.generation)
                finally:
                    index.close()
            return
        try:
            if self.everything:
                self.index.rebuild(native, self.generation)
            else:
                self.index.refresh_graphs(native, self.graphs, self.generation)
        finally:
            self.index.close()
            self.index = None
