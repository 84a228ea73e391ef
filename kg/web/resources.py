"""Dereferenceable IRIs: a request path P describes the resource base_iri + P, as RDF or as a page for people."""

from __future__ import annotations

from flask import Blueprint, Response, request

from kg.site.articlepage import render_article_page
from kg.site.resourcepage import render_resource_page
from kg.web import negotiate
from kg.web.context import web_context
from kg.web.iris import check_iri
from kg.web.responses import reply_response

blueprint = Blueprint("resources", __name__)
articles = Blueprint("articles", __name__)


@blueprint.route("/<path:path>")
def resource(path: str) -> Response:
    """Describe the resource whose IRI is base_iri + path (the root is the home page, kg.site.home)."""
    return describe_resource(check_iri(web_context().settings.base_iri + path, "the IRI of this path"))


@articles.route("/article/<path:rest>")
def article(rest: str) -> Response:
    """An article's page for browsers; RDF clients (and browsers for an article without text) get its description."""
    iri = check_iri(web_context().settings.base_iri + "article/" + rest, "the IRI of this path")
    if wants_page():
        page = render_article_page(iri)
        if page is not None:
            return page
    return describe_resource(iri)


def describe_resource(iri: str, namespace: bool = False) -> Response:
    """RDF for RDF clients, a readable page for browsers; 404 if nothing is known."""
    if wants_page():
        return render_resource_page(iri, namespace)
    fmt = negotiate.choose(negotiate.GRAPH_FORMATS, request.headers.get("Accept"), request.args.get("format"))
    reply = web_context().run("describe", {"iri": iri, "fmt": fmt.name, "namespace": namespace})
    return reply_response(reply, fmt.content_type)


def wants_page() -> bool:
    """Whether this request is a browser's, named no format, and so gets a page rather than RDF."""
    return request.args.get("format") is None and negotiate.wants_html(request.headers.get("Accept"))
