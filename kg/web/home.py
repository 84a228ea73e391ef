"""The home page (what the graph holds, the latest flights, a search box) and full-text search at /search."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, render_template, request
from markupsafe import Markup, escape

from kg.errors import BadInputError
from kg.store.search import MARK_END, MARK_START, check_kind, check_limit, make_fts_query
from kg.store.searchdocs import KINDS
from kg.web import negotiate
from kg.web.context import web_context
from kg.web.pictures import Dated, lay_out_timeline
from kg.web.resources import local_namespaces, local_url
from kg.web.selects import select_rows

blueprint = Blueprint("home", __name__)

KIND_TITLES = {"flight": "Flights", "person": "People", "organisation": "Organisations", "article": "Articles"}
EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
EXPORT_FORMATS = (("Turtle", "turtle"), ("N-Triples", "nt"), ("JSON-LD", "jsonld"), ("RDF/XML", "rdfxml"))
LATEST_FLIGHTS = 10
TIMELINE_FLIGHTS = 40


@blueprint.route("/")
def home() -> Response:
    """What the graph holds, the latest flights, a search box and the ways in."""
    overview = web_context().run("overview", {}).meta
    namespaces = local_namespaces()
    flights = [
        {"iri": iri, "url": local_url(iri, namespaces) or iri, "label": label, "date": date}
        for iri, label, date in overview["flights"][:LATEST_FLIGHTS]
    ]
    timeline = lay_out_timeline(
        [
            Dated(label, local_url(iri, namespaces), date, "flight")
            for iri, label, date in dated_flights(TIMELINE_FLIGHTS)
        ]
    )
    exports = [(name, "/sparql?" + urlencode({"query": EVERYTHING, "format": fmt})) for name, fmt in EXPORT_FORMATS]
    dated = len(timeline.marks) + timeline.left_out
    # Below the query's cap every dated flight was read, so the rest of the count has no launch date.
    undated = overview["counts"].get("flight", 0) - dated if dated < TIMELINE_FLIGHTS else 0
    page = render_template(
        "home.html",
        undated=max(undated, 0),
        counts=[(KIND_TITLES[kind], overview["counts"].get(kind, 0), kind) for kind in KINDS],
        flights=flights,
        timeline=timeline if timeline.marks else None,
        exports=exports,
    )
    return Response(page, content_type="text/html; charset=utf-8")


@blueprint.route("/search")
def search() -> Response:
    """Full-text search: ?q=TEXT[&kind=K][&limit=N]; HTML for browsers, JSON for format=json or Accept JSON."""
    text = request.args.get("q", "")
    kind = check_kind(request.args.get("kind"))
    limit = check_limit(read_limit(request.args.get("limit")))
    requested = request.args.get("format")
    if requested not in (None, "json", "html"):
        raise BadInputError("format must be json or html")
    as_json = requested == "json" or (requested is None and not negotiate.wants_html(request.headers.get("Accept")))
    if not text.strip() and not as_json:
        return html_page("", kind, [])
    try:
        make_fts_query(text)  # a bad search is refused before it reaches the store
        hits = web_context().run("search", {"text": text, "kind": kind, "limit": limit}).meta["hits"]
    except BadInputError as exc:
        if as_json:
            raise
        return html_page(text, kind, [], error=str(exc))
    namespaces = local_namespaces()
    for hit in hits:
        hit["url"] = local_url(hit["iri"], namespaces) or hit["iri"]
    if as_json:
        return jsonify(
            {"query": text, "kind": kind, "hits": [{**hit, "snippet": strip_marks(hit["snippet"])} for hit in hits]}
        )
    return html_page(text, kind, hits)


def dated_flights(limit: int) -> list[tuple[str, str, str]]:
    """The latest dated flights, (IRI, label, launch date), one date each (the earliest the graph gives)."""
    rows = select_rows(
        f"""SELECT ?flight (SAMPLE(?name) AS ?label) (MIN(STR(?date)) AS ?when) WHERE {{
  ?flight sm:launchDate ?date . OPTIONAL {{ ?flight rdfs:label ?name }}
}} GROUP BY ?flight ORDER BY DESC(?when) LIMIT {int(limit)}"""
    )
    return [(r["flight"][1], r.get("label", ("", r["flight"][1], ""))[1], r["when"][1]) for r in rows]


def read_limit(value: str | None) -> int:
    """The ?limit parameter as a number (20 when absent)."""
    if value is None:
        return 20
    try:
        return int(value)
    except ValueError:
        raise BadInputError(f"limit must be a number, not {value[:40]!r}") from None


def html_page(text: str, kind: str | None, hits: list[dict[str, Any]], error: str | None = None) -> Response:
    """The search page: the box, then the hits grouped by kind (groups in the order of their best hit), or why not."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for hit in hits:
        groups.setdefault(hit["kind"], []).append({**hit, "snippet": highlight(hit["snippet"])})
    page = render_template(
        "search.html",
        text=text,
        kind=kind,
        kinds=KINDS,
        groups=[(KIND_TITLES[k], items) for k, items in groups.items()],
        total=len(hits),
        error=error,
    )
    return Response(page, status=400 if error else 200, content_type="text/html; charset=utf-8")


def highlight(snippet: str) -> Markup:
    """A snippet escaped for HTML, its matches in <mark>."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))  # the snippet is escaped above


def strip_marks(snippet: str) -> str:
    """A snippet without its match marks, on one line."""
    return " ".join(snippet.replace(MARK_START, "").replace(MARK_END, "").split())
