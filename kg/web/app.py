"""The Flask application: the endpoint's blueprints and the pages (kg.site), error handling, CORS and compression."""

from __future__ import annotations

import logging
import tempfile

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from kg.errors import BadInputError, KGError, TooLargeError
from kg.rdf.serialize import compact_iri, project_prefixes
from kg.settings import Settings
from kg.site.errorpages import render_not_found
from kg.site.pages import register_pages
from kg.store.executor import ExecutorPool
from kg.store.gate import StoreGate
from kg.store.remoteops import RemoteTarget
from kg.store.sparqlhttp import Endpoints
from kg.web import compress, graphstore, negotiate, ontology, protocol, resources, search, service, vary
from kg.web.context import WebContext, check_host
from kg.web.cors import cors_headers
from kg.web.fastpath import FastQueryPath
from kg.web.responses import NOSNIFF, error_response, internal_error

log = logging.getLogger(__name__)


def create_app(settings: Settings, busy: int = 4, search_dir: str | None = None) -> Flask:
    """Build the endpoint's app for `settings`: a store directory on disk, or a SPARQL server (store_url).

    Store work runs in this worker's query processes (kg.store.executor), at most `busy` at once: a
    query past its deadline is killed there and answered with 503, and the worker goes on serving.
    In front of a SPARQL server, the search index lives in `search_dir` (a new temporary folder if None).
    """
    pool = open_pool(settings, busy, search_dir)
    # The pages bring the templates and static files (kg.site.pages).
    app = Flask(__name__, static_folder=None, template_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    pool.warm_up()
    context = WebContext(settings, pool)
    app.extensions["kg"] = context
    app.wsgi_app = FastQueryPath(app.wsgi_app, context)  # type: ignore[method-assign]
    register_pages(app, context)
    # Before resources: they answer for paths its catch-all also matches.
    for blueprint in (search.blueprint, protocol.blueprint, graphstore.blueprint, service.blueprint):
        app.register_blueprint(blueprint)
    app.register_blueprint(resources.articles)
    app.register_blueprint(ontology.blueprint)
    app.register_blueprint(resources.blueprint)
    prefixes = project_prefixes(settings.base_iri)
    app.add_template_filter(lambda iri: compact_iri(iri, prefixes), "compact")
    app.register_error_handler(KGError, answer_kg_error)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, unexpected_error)
    app.before_request(check_request_size)
    app.before_request(lambda: check_host(request.environ.get("HTTP_HOST")))
    app.after_request(lambda response: add_cors(response, settings.cors_origins))
    app.after_request(add_nosniff)
    app.after_request(compress.compress_response)
    app.after_request(lambda response: vary.add_vary(response, settings.cors_origins))
    return app


def open_pool(settings: Settings, busy: int, search_dir: str | None) -> ExecutorPool:
    """The worker's query processes, on the store directory or on the SPARQL server of `settings`."""
    limit = settings.query_rss_limit_mib << 20 or None
    if settings.store_url is not None:
        folder = search_dir or tempfile.mkdtemp(prefix="kg-search-")
        target = RemoteTarget(Endpoints.from_settings(settings), settings.base_iri, folder)
        return ExecutorPool(None, network=True, busy=busy, remote=target, rss_limit_bytes=limit)
    if settings.store_dir is None:
        raise BadInputError("the server needs a store: a directory (kg --store DIR serve) or a SPARQL server URL")
    StoreGate.prepare(settings.store_dir)
    return ExecutorPool(settings.store_dir, bool(settings.service_allowlist), busy, rss_limit_bytes=limit)


def check_request_size() -> None:
    """Refuse oversized requests before reading them, whatever their content type."""
    limit = request.max_content_length
    length = request.content_length
    if limit is not None and length is not None and length > limit:
        raise TooLargeError(f"the request body has {length} bytes; this endpoint takes at most {limit}")
    if limit is not None and len(request.query_string) > limit:
        raise TooLargeError(f"the query string is longer than {limit} bytes")


def http_error(exc: HTTPException) -> Response:
    """Flask's own errors (404, 405, 413, ...) as plain one-line messages with their headers."""
    status = exc.code or 500
    if status == 413:
        message = f"the request is larger than this endpoint's limit of {request.max_content_length} bytes"
    elif status == 405:
        message = f"method {request.method} is not allowed on {request.path}"
    elif status == 404:
        message = f"nothing at {request.path}"
        if wants_page():
            return not_found_page(message)
    else:
        message = exc.description or exc.name
    response = Response(f"{message}\n", status=status, content_type="text/plain; charset=utf-8")
    for key, value in exc.get_headers():
        if key.lower() != "content-type":
            response.headers[key] = value
    return response


def answer_kg_error(exc: KGError) -> Response:
    """A KGError as a page for a browser when nothing was found, else as its one-line message."""
    if exc.http_status == 404 and wants_page():
        return not_found_page(str(exc))
    return error_response(exc)


def wants_page() -> bool:
    """Whether the client is a browser (it prefers HTML), so that an error should be a page."""
    return negotiate.wants_html(request.headers.get("Accept"))


def not_found_page(message: str) -> Response:
    """The 404 page for browsers (kg.site), never sniffed into anything else."""
    response = render_not_found(message)
    response.headers[NOSNIFF[0]] = NOSNIFF[1]
    return response


def unexpected_error(exc: Exception) -> Response:
    """A bug: log it with its traceback, and tell the client without one."""
    log.exception("unexpected error on %s %s", request.method, request.path)
    return error_response(internal_error(exc))


def add_nosniff(response: Response) -> Response:
    """Every response declares its type final: no error page or result is ever sniffed into HTML or script."""
    response.headers[NOSNIFF[0]] = NOSNIFF[1]
    return response


def add_cors(response: Response, origins: str) -> Response:
    """Allow cross-origin reads (and authorised writes) from the configured origins."""
    for key, value in cors_headers(request.headers.get("Origin"), request.method, origins):
        response.headers[key] = value
    return response
