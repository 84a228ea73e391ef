"""The query editor a browser gets at /sparql: YASGUI on this endpoint, the named queries, permalinks."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from flask import Response, render_template, url_for

from kg.errors import KGError
from kg.queries import list_named_queries, read_query_file
from kg.site.links import local_namespaces
from kg.site.store import page_store
from kg.terms import project_prefixes

DEFAULT_QUERY = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 25\n"
# The first comment line of a named query says what it asks ("# CQ03: Who is aboard ...").
TITLE_LINE = re.compile(r"#\s*(?:CQ\d+\s*:\s*)?(.+)")
TITLE_CHARS = 90


@dataclass
class NamedQuery:
    """A query from queries/ offered in the editor: its name, a short title and its text."""

    name: str
    title: str
    text: str


def render_editor(query: str | None, params: dict[str, list[str]]) -> Response:
    """The editor page; with a query (a permalink), the editor holds it and runs it on load."""
    named = load_named_queries()
    config = {
        # The view answers at /sparql and /sparql/; permalinks use the first, as the protocol names it.
        "endpoint": url_for("protocol.sparql").rstrip("/"),
        "run": bool(query and query.strip()),
        "defaultGraphs": params.get("default-graph-uri", []),
        "namedGraphs": params.get("named-graph-uri", []),
        "prefixes": project_prefixes(page_store().settings.base_iri),
        "local": local_namespaces(),
    }
    page = render_template(
        "query.html",
        query=DEFAULT_QUERY if query is None else query,
        named=named,
        named_json=script_json({q.name: q.text for q in named}),
        config_json=script_json(config),
    )
    return Response(page, content_type="text/html; charset=utf-8")


def load_named_queries() -> list[NamedQuery]:
    """The named queries this server knows (kg's packaged queries/ or the project's), unreadable ones skipped."""
    found = []
    for name, path in list_named_queries(page_store().settings.queries_dir).items():
        try:
            text = read_query_file(path)
        except KGError:
            continue
        found.append(NamedQuery(name, title_of(text), text))
    return found


def title_of(text: str) -> str:
    """What a named query asks, from its first comment line, shortened for a menu."""
    first = text.lstrip().split("\n", 1)[0]
    match = TITLE_LINE.match(first)
    if match is None:
        return ""
    title = match.group(1).strip()
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def script_json(value: object) -> str:
    """JSON safe inside a <script type="application/json"> element: no '<' can close it or open a comment."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
