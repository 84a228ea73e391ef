"""A lean WSGI path for the hottest request, GET /sparql?query=..., in front of the Flask app.

It does what the Flask view does for that request (same checks, same negotiation, same store
access) without building Flask's request and response objects; everything else goes to Flask.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable, Iterable
from typing import Any

from kg.errors import KGError
from kg.web import compress
from kg.web.context import WebContext, check_host
from kg.web.cors import cors_headers, varies_by_origin
from kg.web.prepared import PreparedQuery
from kg.web.protocol import parse_pairs, prepare_query, run_prepared, wants_editor
from kg.web.responses import NOSNIFF, error_response, internal_error
from kg.web.vary import vary_values

log = logging.getLogger(__name__)
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
PATHS = ("/sparql", "/sparql/")


class FastQueryPath:
    """Answer plain GET queries directly; hand every other request to the wrapped app."""

    def __init__(self, app: WSGIApp, context: WebContext) -> None:
        self.app = app
        self.context = context
        origins = context.settings.cors_origins
        per_origin = varies_by_origin(origins)
        self.vary = ("Vary", ", ".join(vary_values(negotiated=True, compressible=True, per_origin=per_origin)))
        # Unless the allowed origins are a list, a GET's CORS headers are the same whatever its Origin: made once.
        self.cors = None if per_origin else cors_headers(None, "GET", origins)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The WSGI entry point."""
        raw = environ.get("QUERY_STRING", "")
        if environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") not in PATHS or "query=" not in raw:
            return self.app(environ, start_response)
        endpoint = endpoint_of(environ)
        key = (raw, environ.get("HTTP_ACCEPT"), endpoint)
        try:
            prepared = self.context.prepared.get(key)
            if prepared is None:
                # The key holds the host, so a prepared query's host was checked when it was prepared.
                check_host(environ.get("HTTP_HOST"))
                params: dict[str, list[str]] = {}
                for name, value in parse_pairs(raw.encode("latin-1"), "query string"):
                    params.setdefault(name, []).append(value)
                plain = "update" not in params and len(params.get("query", [])) == 1
                # A browser opening a permalink gets the query editor, which the Flask view renders.
                browser = wants_editor(params, environ.get("HTTP_ACCEPT"))
                if not plain or browser or len(raw) > self.context.settings.max_request_bytes:
                    return self.app(environ, start_response)
                prepared = prepare_query(
                    params["query"][0], params, environ.get("HTTP_ACCEPT"), endpoint, self.context.settings
                )
                self.context.prepared.put(key, prepared)
            reply = run_prepared(self.context, prepared)
        except KGError as exc:
            return self.answer_error(exc, environ, start_response)
        except Exception as exc:
            # A bug: the server log gets the traceback, the client one line (as the Flask app answers it).
            log.exception("unexpected error on GET %s", environ.get("PATH_INFO"))
            return self.answer_error(internal_error(exc), environ, start_response)
        headers = self.response_headers(environ, prepared)
        wants_gzip = compress.accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING"))
        if reply.body is not None:
            body = reply.body
            if wants_gzip and len(body) >= compress.MIN_BYTES:
                body = gzip.compress(body, compresslevel=compress.LEVEL)
                headers.append(("Content-Encoding", "gzip"))
            headers.append(("Content-Length", str(len(body))))
            start_response("200 OK", headers)
            return [body]
        assert reply.chunks is not None
        if wants_gzip:
            headers.append(("Content-Encoding", "gzip"))
            start_response("200 OK", headers)
            return compress.gzip_stream(reply.chunks)
        start_response("200 OK", headers)
        return reply.chunks

    def answer_error(
        self, exc: KGError, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        """A KGError as a one-line plain-text response with CORS headers."""
        response = error_response(exc)
        origins = self.context.settings.cors_origins
        for key, value in cors_headers(environ.get("HTTP_ORIGIN"), "GET", origins):
            response.headers[key] = value
        for value in vary_values(negotiated=True, compressible=False, per_origin=varies_by_origin(origins)):
            response.vary.add(value)
        return response(environ, start_response)

    def response_headers(self, environ: dict[str, Any], prepared: PreparedQuery) -> list[tuple[str, str]]:
        """Content type, nosniff, the query's own headers, CORS and Vary."""
        cors = self.cors
        if cors is None:
            cors = cors_headers(environ.get("HTTP_ORIGIN"), "GET", self.context.settings.cors_origins)
        return [("Content-Type", prepared.fmt.content_type), NOSNIFF, *prepared.headers.items(), *cors, self.vary]


def endpoint_of(environ: dict[str, Any]) -> str:
    """The request's URL without its query string."""
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    return f"{environ['wsgi.url_scheme']}://{host}{environ.get('SCRIPT_NAME', '')}{environ.get('PATH_INFO', '')}"
