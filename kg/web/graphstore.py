"""The SPARQL 1.1 Graph Store HTTP Protocol at /rdf-graph-store (?graph=IRI, ?default, or direct URLs)."""

from __future__ import annotations

import uuid

from flask import Blueprint, Response, request, url_for

from kg.errors import BadInputError
from kg.web import negotiate
from kg.web.context import require_write_access, web_context
from kg.web.iris import check_iri
from kg.web.protocol import UnsupportedMediaTypeError, parse_pairs
from kg.web.responses import reply_response

blueprint = Blueprint("graphstore", __name__)

METHODS = ["GET", "PUT", "POST", "DELETE"]
PAYLOAD_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
EXTENSIONS = {".ttl": "turtle", ".nt": "nt", ".rdf": "rdfxml", ".owl": "rdfxml", ".jsonld": "jsonld"}
TRIPLE_FORMATS = tuple(f for f in negotiate.GRAPH_FORMATS if f.name in ("turtle", "nt", "jsonld", "rdfxml"))
# A graph with no name: the caller asked for the store's default graph.
DEFAULT = None


@blueprint.route("/rdf-graph-store", methods=METHODS)
def indirect() -> Response:
    """Graphs named by ?graph=IRI or ?default."""
    params: dict[str, list[str]] = {}
    for key, value in parse_pairs(request.query_string, "query string"):
        params.setdefault(key, []).append(value)
    has_graph, has_default = "graph" in params, "default" in params
    if has_graph and has_default:
        raise BadInputError("name either ?graph=IRI or ?default, not both")
    if has_graph:
        if len(params["graph"]) > 1 or not params["graph"][0]:
            raise BadInputError("?graph must be given once, with an absolute IRI")
        return handle(check_iri(params["graph"][0], "?graph"))
    if has_default:
        return handle(DEFAULT)
    if request.method == "POST":
        return create_graph()
    raise BadInputError("name a graph with ?graph=IRI or ?default")


@blueprint.route("/rdf-graph-store/<path:path>", methods=METHODS)
def direct(path: str) -> Response:
    """Graphs identified directly by their URL on this server."""
    return handle(check_iri(request.base_url, "the graph's URL"))


def handle(iri: str | None) -> Response:
    """Dispatch one graph operation by method."""
    if request.method in ("GET", "HEAD"):
        return get_graph(iri)
    require_write_access(web_context().settings)
    if request.method == "DELETE":
        web_context().run("graph_delete", {"iri": iri})
        return Response(status=204)
    created = write_payload(iri, replace=request.method == "PUT")
    return Response(status=201 if created else 204)


def get_graph(iri: str | None) -> Response:
    """Serialize one graph in the negotiated format; 404 if it does not exist."""
    fmt = negotiate.choose(TRIPLE_FORMATS, request.headers.get("Accept"), request.args.get("format"))
    if request.method == "HEAD":
        exists = web_context().run("graph_exists", {"iri": iri}).meta["exists"]
        if not exists:
            return Response(status=404)
        return Response(status=200, content_type=fmt.content_type)
    reply = web_context().run("graph_get", {"iri": iri, "fmt": fmt.name})
    return reply_response(reply, fmt.content_type)


def write_payload(iri: str | None, replace: bool) -> bool:
    """Parse the request's RDF (one document, or each part of a multipart form) and write it to the graph."""
    base = iri or request.base_url
    # Every part in one write: a part that does not parse leaves the graph as it was.
    args = {"iri": iri, "parts": payload_parts(), "base_iri": base, "replace": replace}
    return bool(web_context().run("graph_put", args).meta["created"])


def payload_parts() -> list[tuple[bytes, str]]:
    """The RDF documents in the request body with their formats."""
    mimetype = request.mimetype
    if mimetype == "multipart/form-data":
        parts = []
        for upload in request.files.values():
            fmt = PAYLOAD_TYPES.get((upload.mimetype or "").lower())
            if fmt is None and upload.filename:
                suffix = "." + upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else ""
                fmt = EXTENSIONS.get(suffix)
            if fmt is None:
                raise UnsupportedMediaTypeError(
                    f"the part {upload.filename or upload.name!r} has no RDF media type; "
                    f"use one of {', '.join(PAYLOAD_TYPES)}"
                )
            parts.append((upload.read(), fmt))
        if not parts:
            raise BadInputError("the multipart request has no file parts")
        return parts
    fmt = PAYLOAD_TYPES.get(mimetype)
    if fmt is None:
        what = f"Content-Type {mimetype!r}" if mimetype else "no Content-Type"
        raise UnsupportedMediaTypeError(f"cannot store a payload with {what}; use one of {', '.join(PAYLOAD_TYPES)}")
    return [(request.get_data(cache=False), fmt)]


def create_graph() -> Response:
    """POST to the graph store itself: store the payload in a new graph and answer its IRI.

    The new graph is named by a URL of this graph store (direct identification), so its IRI is
    also where it is fetched, replaced or deleted.
    """
    require_write_access(web_context().settings)
    iri = url_for("graphstore.direct", path=uuid.uuid4().hex, _external=True)
    write_payload(iri, replace=True)
    return Response(status=201, headers={"Location": iri})
