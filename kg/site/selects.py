"""SELECT queries for the server's own pages, run in a query process, their rows read whole."""

from __future__ import annotations

import json
from typing import Any

from kg.site.store import page_store
from kg.terms import WELL_KNOWN_PREFIXES

Term = tuple[str, str, str]


def select_rows(text: str) -> list[dict[str, Term]]:
    """The rows of a SELECT over the union of the graphs: {variable: (kind, value, datatype or language)}."""
    args: dict[str, Any] = {
        "text": text,
        "fmt": "json",
        "default_graphs": [],
        "named_graphs": [],
        "base_iri": None,
        "own_dataset": False,
        "prefixes": WELL_KNOWN_PREFIXES,
    }
    reply = page_store().run("query", args)
    if reply.body is not None:
        body = reply.body
    else:
        assert reply.chunks is not None
        try:
            body = b"".join(reply.chunks)
        finally:
            reply.chunks.close()
    results = json.loads(body)
    return [{name: decode_term(value) for name, value in row.items()} for row in results["results"]["bindings"]]


def decode_term(value: dict[str, Any]) -> Term:
    """A SPARQL JSON result term as (kind, value, datatype or language), like kg.store.ops.encode_term."""
    kind = value["type"]
    if kind == "uri":
        return ("iri", value["value"], "")
    if kind == "bnode":
        return ("bnode", value["value"], "")
    return ("literal", value["value"], value.get("xml:lang") or value.get("datatype", ""))
