"""A lean WSGI path for the hottest request, GET /sparql?query=..., in front of the Flask app.

It does what the Flask view does for that request (same checks, same negotiation, same query
process) without building Flask's request and response objects; everything else goes to Flask.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable
from typing import Any

from kg.errors import KGError
from kg.web import compress
from kg.web.context import WebContext
from kg.web.cors import cors_headers
from kg.web.protocol import parse_pairs, prepare_query
from kg.web.responses import error_response

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
PATHS = ("/sparql", "/sparql/")


class FastQueryPath:
    """Answer plain GET queries directly; hand every other request to the wrapped app."""

    def __init__(self, app: WSGIApp, context: WebContext) -> None:
        self.app = app
        self.context = context

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The WSGI entry point."""
        raw = environ.get("QUERY_STRING", "")
        if environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO") not in PATHS or "query=" not in raw:
            return self.app(environ, start_response)
        try:
            params: dict[str, list[str]] = {}
            for key, value in parse_pairs(raw.encode("latin-1"), "query string"):
                params.setdefault(key, []).append(value)
            plain = "update" not in params and len(params.get("query", [])) == 1
            if not plain or len(raw) > self.context.settings.max_request_bytes:
                return self.app(environ, start_response)
            prepared = prepare_query(
                params["query"][0], params, environ.get("HTTP_ACCEPT"), endpoint_of(environ), self.context.settings
            )
            reply = self.context.run("query", prepared.args, prepared.timeout_s)
        except KGError as exc:
            response = error_response(exc)
            for key, value in cors_headers(environ.get("HTTP_ORIGIN"), "GET", self.context.settings.cors_origins):
                response.headers[key] = value
            return response(environ, start_response)
        headers = [("Content-Type", prepared.fmt.content_type), *prepared.headers.items()]
        headers += cors_headers(environ.get("HTTP_ORIGIN"), "GET", self.context.settings.cors_origins)
        wants_gzip = compress.accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING"))
        headers.append(("Vary", "Accept-Encoding"))
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


def endpoint_of(environ: dict[str, Any]) -> str:
    """The request's URL without its query string."""
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    return f"{environ['wsgi.url_scheme']}://{host}{environ.get('SCRIPT_NAME', '')}{environ.get('PATH_INFO', '')}"
