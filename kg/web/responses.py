"""Building responses: store replies as (possibly streamed) bodies, errors as one-line messages."""

from __future__ import annotations

from flask import Response

from kg.errors import KGError
from kg.store.executor import Reply

# Browsers must not guess a type for a body that echoes client input (an error message, a result).
NOSNIFF = ("X-Content-Type-Options", "nosniff")


def reply_response(reply: Reply, content_type: str, status: int = 200) -> Response:
    """A response carrying the body of a store reply, streamed when the query process streamed it."""
    if reply.body is not None:
        return Response(reply.body, status=status, content_type=content_type)
    response = Response(reply.chunks, status=status, content_type=content_type)
    if reply.chunks is not None:
        response.call_on_close(reply.chunks.close)
    return response


def internal_error(exc: Exception) -> KGError:
    """What the client is told of a bug (a 500, one line): the server log has the traceback."""
    return KGError(f"internal error: {type(exc).__name__}; see the server log")


def error_response(exc: KGError) -> Response:
    """A plain-text response with the error's message and HTTP status."""
    response = Response(f"{exc}\n", status=exc.http_status, content_type="text/plain; charset=utf-8")
    response.headers[NOSNIFF[0]] = NOSNIFF[1]
    if exc.http_status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="spacekg"'
    if exc.http_status == 503:
        response.headers["Retry-After"] = "1"
    return response
