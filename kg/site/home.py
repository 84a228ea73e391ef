"""The home page (what the graph holds, the latest flights, a search box) and the search page."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template
from markupsafe import Markup, escape

from kg.site.links import local_namespaces, local_url
from kg.site.pictures import Dated, lay_out_timeline
from kg.site.selects import select_rows
from kg.site.store import page_store
from kg.store.search import MARK_END, MARK_START
from kg.store.searchdocs import KINDS

blueprint = Blueprint("home", __name__)

KIND_TITLES = {"flight": "Flights", "person": "People", "organisation": "Organisations", "article": "Articles"}
EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
EXPORT_FORMATS = (("Turtle", "turtle"), ("N-Triples", "nt"), ("JSON-LD", "jsonld"), ("RDF/XML", "rdfxml"))
LATEST_FLIGHTS = 10
TIMELINE_FLIGHTS = 40


@blueprint.route("/")
def home() -> Response:
    """What the graph holds, the latest flights, a search box and the ways in."""
    overview = page_store().run("overview", {}).meta
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


def dated_flights(limit: int) -> list[tuple[str, str, str]]:
    """The latest dated flights, (IRI, label, launch date), one date each (the earliest the graph gives)."""
    rows = select_rows(
        f"""SELECT ?flight (SAMPLE(?name) AS ?label) (MIN(STR(?date)) AS ?when) WHERE {{
  ?flight sm:launchDate ?date . OPTIONAL {{ ?flight rdfs:label ?name }}
}} GROUP BY ?flight ORDER BY DESC(?when) LIMIT {int(limit)}"""
    )
    return [(r["flight"][1], r.get("label", ("", r["flight"][1], ""))[1], r["when"][1]) for r in rows]


def render_search_page(text: str, kind: str | None, hits: list[dict[str, Any]], error: str | None = None) -> Response:
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
