"""Checks on the IRIs a client hands the endpoint, made where they enter, before any store work."""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import BadInputError

SHOWN_CHARS = 80


def check_iri(value: str, what: str) -> str:
    """Return `value` if it is an absolute IRI (RFC 3987, as Oxigraph reads them); else raise BadInputError."""
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        shown = value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "..."
        raise BadInputError(f"{what} {shown!r} is not a valid absolute IRI ({printable(str(exc))})") from None
    return value


def printable(text: str) -> str:
    """`text` with its control characters escaped, fit for a one-line message."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def check_iris(values: list[str], what: str) -> list[str]:
    """Return `values` if each is an absolute IRI; else raise BadInputError for the first that is not."""
    for value in values:
        check_iri(value, what)
    return values
