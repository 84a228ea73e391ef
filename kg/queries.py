"""Find the SPARQL text a user means: a .rq file, a name from queries/, or the query itself."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from kg.errors import BadInputError, NotFoundError

SPARQL_START = re.compile(
    r"^\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|WITH)\b",
    re.IGNORECASE,
)
# Comments, PREFIX and BASE declarations, then the first keyword of the request.
FIRST_KEYWORD = re.compile(
    r"^(?:\s+|#[^\n]*|PREFIX\s*[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*([A-Za-z]+)",
    re.IGNORECASE,
)
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def list_named_queries(queries_dir: Path) -> dict[str, Path]:
    """The named queries in `queries_dir`, by file stem (`cq01-missions`)."""
    if not queries_dir.is_dir():
        return {}
    return {p.stem: p for p in sorted(queries_dir.glob("*.rq"))}


def resolve_query(query: str, queries_dir: Path) -> str:
    """Return the SPARQL text for a file path, a named query (or its unique prefix such as `cq03`), or inline text."""
    if SPARQL_START.match(query):
        return query
    path = Path(query)
    if path.suffix == ".rq" or path.is_file():
        return read_query_file(path)
    named = list_named_queries(queries_dir)
    if query in named:
        return read_query_file(named[query])
    prefixed = [name for name in named if name.startswith(query + "-")]
    if len(prefixed) == 1:
        return read_query_file(named[prefixed[0]])
    close = difflib.get_close_matches(query, list(named), n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    choices = f" Named queries: {', '.join(named)}." if named and not close else ""
    raise NotFoundError(f"no query file, named query or SPARQL text {query!r}.{hint}{choices}")


def read_query_file(path: Path) -> str:
    """Read a .rq file as UTF-8 text."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise NotFoundError(f"query file not found: {path}") from exc
    except UnicodeDecodeError as exc:
        raise BadInputError(f"query file {path} is not UTF-8 (byte {exc.start})") from exc
    except OSError as exc:
        raise BadInputError(f"cannot read query file {path}: {exc.strerror}") from exc


def refuse_update(sparql: str) -> None:
    """Raise BadInputError if `sparql` is an update (INSERT, DELETE, ...) rather than a query."""
    match = FIRST_KEYWORD.match(sparql)
    if match and match.group(1).upper() in UPDATE_WORDS:
        raise BadInputError(
            f"kg query runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE), not updates such as {match.group(1).upper()}; "
            "change the store with kg ingest, kg load or kg remove"
        )
