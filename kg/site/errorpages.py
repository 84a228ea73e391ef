"""The 404 page for browsers: what was not found, and the ways back in."""

from __future__ import annotations

from flask import Response, render_template, request


def render_not_found(message: str) -> Response:
    """The 404 page: what was not found (escaped), and the ways back in."""
    page = render_template("not_found.html", message=message, path=request.path)
    return Response(page, status=404, content_type="text/html; charset=utf-8")
