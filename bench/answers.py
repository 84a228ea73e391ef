"""Ask an endpoint one query and compare answers by meaning (rows, booleans, graphs), not by bytes."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox

SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples"
FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Answer:
    """A parsed answer: a multiset of rows, a boolean, or a set of triples (blank nodes made anonymous)."""

    kind: str
    value: object
    size: int

    def same_as(self, other: Answer) -> bool:
        """Whether two answers mean the same."""
        return self.kind == other.kind and self.value == other.value


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword outside comments and IRIs."""
    text = re.sub(r"#[^\n]*|<[^>\s]*>", " ", sparql)
    match = FORM.search(text)
    return match.group(1).upper() if match else "SELECT"


def accept_for(sparql: str) -> str:
    """The Accept header that asks for this query's result in a parseable format."""
    return GRAPH_ACCEPT if query_form(sparql) in ("CONSTRUCT", "DESCRIBE") else SELECT_ACCEPT


def query_url(endpoint: str, sparql: str) -> str:
    """The GET URL of a SPARQL protocol query."""
    return f"{endpoint}?{urllib.parse.urlencode({'query': sparql})}"


def fetch_answer(endpoint: str, sparql: str, timeout: float = 120.0) -> Answer:
    """Run `sparql` on `endpoint` over HTTP and parse the answer."""
    accept = accept_for(sparql)
    request = urllib.request.Request(query_url(endpoint, sparql), headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read().decode("utf-8", "replace").split())[:200]
        raise RuntimeError(f"HTTP {exc.code}: {detail}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise RuntimeError(f"no answer within {timeout:g} s: {exc}") from exc
    try:
        return _parse_answer(body, accept)
    except (ValueError, SyntaxError, KeyError) as exc:
        # A server that hits its time limit after sending 200 ends the stream early.
        raise RuntimeError(f"unreadable answer ({len(body)} bytes): {exc}") from exc


def _parse_answer(body: bytes, accept: str) -> Answer:
    if accept == GRAPH_ACCEPT:
        triples = {_anonymous_triple(t) for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)}
        return Answer("graph", frozenset(triples), len(triples))
    data = json.loads(body)
    if "boolean" in data:
        return Answer("boolean", bool(data["boolean"]), 1)
    rows = Counter(
        tuple(sorted((var, _term_key(term)) for var, term in row.items())) for row in data["results"]["bindings"]
    )
    return Answer("rows", rows, sum(rows.values()))


def _term_key(term: dict[str, str]) -> tuple[str, ...]:
    kind = term.get("type", "")
    if kind == "bnode":
        return ("bnode",)
    if kind in ("literal", "typed-literal"):
        datatype = term.get("datatype", "")
        # Plain literals may be sent with or without xsd:string; both mean the same literal.
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            datatype = ""
        return ("literal", term["value"], datatype, term.get("xml:lang", "").lower())
    return (kind, term.get("value", ""))


def _anonymous_triple(triple: ox.Triple) -> tuple[str, str, str]:
    def show(term: object) -> str:
        return "_:b" if isinstance(term, ox.BlankNode) else str(term)

    return (show(triple.subject), show(triple.predicate), show(triple.object))
