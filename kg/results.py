"""Render query results for people (a table) and for programs (SPARQL JSON/XML/CSV/TSV, RDF)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import UnknownFormatError
from kg.rdf.serialize import compact_iri

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
TABLE_CELL_WIDTH = 60


def render_solutions(result: ox.QuerySolutions | ox.QueryBoolean, fmt: str, prefixes: dict[str, str]) -> bytes:
    """Render SELECT or ASK results as a table or in a SPARQL results format."""
    if fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            return b"yes\n" if bool(result) else b"no\n"
        return render_table(result, prefixes).encode("utf-8")
    if fmt not in RESULT_FORMATS:
        choices = ", ".join(["table", *RESULT_FORMATS])
        raise UnknownFormatError(f"unknown result format {fmt!r} for SELECT/ASK; choose one of {choices}")
    return bytes(result.serialize(format=RESULT_FORMATS[fmt]) or b"")


def render_table(solutions: ox.QuerySolutions, prefixes: dict[str, str]) -> str:
    """A plain-text table with one column per variable, IRIs shortened with `prefixes`."""
    names = [v.value for v in solutions.variables]
    rows = [[shorten(s[name], prefixes) for name in names] for s in solutions]
    widths = [min(TABLE_CELL_WIDTH, max([len(n), *(len(r[i]) for r in rows)])) for i, n in enumerate(names)]
    lines = [
        "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in rows:
        cells = [_clip(c, w).ljust(w) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def shorten(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None, prefixes: dict[str, str]) -> str:
    """A compact human form of a term: prefix:name for IRIs, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        short = compact_iri(term.value, prefixes)
        return short if short != term.value else f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split())
    return str(term)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
