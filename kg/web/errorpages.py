"""Error answers for browsers: a 404 is a page to navigate from; other clients get the one-line message."""

from __future__ import annotations

from flask import Response, render_template, request

from kg.errors import KGError
from kg.web import negotiate
from kg.web.responses import NOSNIFF, error_response


def answer_kg_error(exc: KGError) -> Response:
    """A KGError as a page for a browser when nothing was found, else as its one-line message."""
    if exc.http_status == 404 and wants_page():
        return render_not_found(str(exc))
    return error_response(exc)


def wants_page() -> bool:
    """Whether the client is a browser (it prefers HTML), so that an error should be a page."""
    return negotiate.wants_html(request.headers.get("Accept"))


def render_not_found(message: str) -> Response:
    """The 404 page: what was not found (escaped), and the ways back in."""
    page = render_template("not_found.html", message=message, path=request.path)
    response = Response(page, status=404, content_type="text/html; charset=utf-8")
    response.headers[NOSNIFF[0]] = NOSNIFF[1]
    return response
