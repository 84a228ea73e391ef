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
from kg.web.inline import ResponseSink
from kg.web.protocol import PreparedQuery, parse_pairs, prepare_query
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
            if self.context.runner is None:
                reply = self.context.run("query", prepared.args, prepared.timeout_s)
        except KGError as exc:
            return self.answer_error(exc, environ, start_response)
        if self.context.runner is not None:
            return self.answer_inline(environ, start_response, prepared)
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

    def answer_inline(
        self, environ: dict[str, Any], start_response: Callable[..., Any], prepared: PreparedQuery
    ) -> Iterable[bytes]:
        """Run the query in this worker, writing the response as the result is serialized."""
        assert self.context.runner is not None
        runner = self.context.runner
        level = compress.LEVEL if compress.accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING")) else None
        headers = self.response_headers(environ, prepared)
        sink = ResponseSink(start_response, headers, level, runner.watchdog.mark_streaming)
        try:
            runner.run("query", prepared.args, prepared.timeout_s, environ, sink)
        except KGError as exc:
            if sink.started:
                raise  # the status has gone out: the server can only cut the connection
            return self.answer_error(exc, environ, start_response)
        return sink.finish(compress.MIN_BYTES)

    def answer_error(
        self, exc: KGError, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        """A KGError as a one-line plain-text response with CORS headers."""
        response = error_response(exc)
        for key, value in cors_headers(environ.get("HTTP_ORIGIN"), "GET", self.context.settings.cors_origins):
            response.headers[key] = value
        return response(environ, start_response)

    def response_headers(self, environ: dict[str, Any], prepared: PreparedQuery) -> list[tuple[str, str]]:
        """Content type, the query's own headers, CORS and Vary."""
        headers = [("Content-Type", prepared.fmt.content_type), *prepared.headers.items()]
        headers += cors_headers(environ.get("HTTP_ORIGIN"), "GET", self.context.settings.cors_origins)
        headers.append(("Vary", "Accept-Encoding"))
        return headers


def endpoint_of(environ: dict[str, Any]) -> str:
    """The request's URL without its query string."""
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    return f"{environ['wsgi.url_scheme']}://{host}{environ.get('SCRIPT_NAME', '')}{environ.get('PATH_INFO', '')}"
