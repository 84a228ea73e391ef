"""Full-text search at /search: JSON for programs, the search page (kg.site.home) for browsers."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from kg.errors import BadInputError
from kg.site.home import render_search_page
from kg.site.links import local_namespaces, local_url
from kg.store.search import MARK_END, MARK_START, check_kind, check_limit, make_fts_query
from kg.web import negotiate
from kg.web.context import web_context

blueprint = Blueprint("search", __name__)


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
        return render_search_page("", kind, [])
    try:
        make_fts_query(text)  # a bad search is refused before it reaches the store
        hits = web_context().run("search", {"text": text, "kind": kind, "limit": limit}).meta["hits"]
    except BadInputError as exc:
        if as_json:
            raise
        return render_search_page(text, kind, [], error=str(exc))
    namespaces = local_namespaces()
    for hit in hits:
        hit["url"] = local_url(hit["iri"], namespaces) or hit["iri"]
    if as_json:
        return jsonify(
            {"query": text, "kind": kind, "hits": [{**hit, "snippet": strip_marks(hit["snippet"])} for hit in hits]}
        )
    return render_search_page(text, kind, hits)


def read_limit(value: str | None) -> int:
    """The ?limit parameter as a number (20 when absent)."""
    if value is None:
        return 20
    try:
        return int(value)
    except ValueError:
        raise BadInputError(f"limit must be a number, not {value[:40]!r}") from None


def strip_marks(snippet: str) -> str:
    """A snippet without its match marks, on one line."""
    return " ".join(snippet.replace(MARK_START, "").replace(MARK_END, "").split())
