"""Full-text search over labels, alternative labels and article text: an SQLite FTS5 index beside the store.

The index (SEARCH_FILE in the store directory) records the store generation it reflects (the
one kg.store.locks writes in the writer-lock file). A writer marks it "dirty" before its first
write and, when it closes, brings the documents of the graphs it touched (or of the whole
store, when the effect of a write is not known) up to date and records its own generation in
the same SQLite transaction. So after a crash the index says "dirty" or names an older
generation, and whoever opens it next, writer or reader, rebuilds it from the store.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import BadInputError, StoreError
from kg.store.locks import WRITER_LOCK, open_lock_file, read_lock_record
from kg.store.searchdocs import KINDS, Document, build_documents, find_all_subjects, find_graph_subjects

SEARCH_FILE = "search.sqlite"
DIRTY = "dirty"
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
CREATE TABLE IF NOT EXISTS members (graph TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (graph, id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS members_id ON members (id);
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

    def __init__(self, directory: Path) -> None:
        try:
            self.conn = sqlite3.connect(directory / SEARCH_FILE, timeout=60, isolation_level=None)
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
            documents = build_documents(native, sorted(find_all_subjects(native)))
            for table in ("entities", "members", "docs"):
                self.conn.execute(f"DELETE FROM {table}")
            self._insert(documents)
            self.set_generation(generation)

    def refresh_graphs(self, native: ox.Store, graphs: Iterable[str], generation: str) -> None:
        """Rebuild the documents of the resources that `graphs` describe, or described, and record `generation`."""
        graphs = sorted(set(graphs))
        iris: set[str] = set()
        for graph in graphs:
            iris |= find_graph_subjects(native, graph)
            rows = self.conn.execute(
                "SELECT e.iri FROM members m JOIN entities e ON e.id = m.id WHERE m.graph = ?", (graph,)
            )
            iris |= {row[0] for row in rows}
        documents = build_documents(native, sorted(iris))
        with self.transaction():
            self._delete(iris)
            self._insert(documents)
            self.set_generation(generation)

    def _delete(self, iris: Iterable[str]) -> None:
        for iri in iris:
            row = self.conn.execute("SELECT id FROM entities WHERE iri = ?", (iri,)).fetchone()
            if row is not None:
                for table, column in (("entities", "id"), ("members", "id"), ("docs", "rowid")):
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
            self.conn.executemany("INSERT INTO members VALUES (?, ?)", [(g, rowid) for g in doc.graphs])

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

    def note(self, graphs: Iterable[str] | None) -> None:
        """Say that a write is about to touch `graphs` (None: any graph); the first call marks the index dirty."""
        if self.index is None:
            index = SearchIndex(self.directory)
            try:
                # An index that does not reflect the store as this writer found it is rebuilt whole.
                self.everything = index.generation() not in (self.previous, self.generation)
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
