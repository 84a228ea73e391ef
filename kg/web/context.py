"""What every request handler needs: the settings and this worker's query processes."""

from __future__ import annotations

import hmac
import math
import re
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, request

from kg.errors import BadInputError, ForbiddenOperationError, KGError
from kg.settings import Settings
from kg.store.executor import ExecutorPool, Reply
from kg.web.prepared import PreparedCache

# A host name or IPv4 address, or a bracketed IPv6 address, and an optional port.
HOST = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")


class UnauthorizedError(KGError):
    """A write without credentials."""

    exit_code = 2
    http_status = 401


@dataclass
class WebContext:
    """The app's shared, read-only configuration, this worker's query processes and its checked queries."""

    settings: Settings
    pool: ExecutorPool
    prepared: PreparedCache = field(default_factory=PreparedCache)

    def run(self, op: str, args: dict[str, Any], timeout_s: float | None = None) -> Reply:
        """Run a store operation in a query process with the request's timeout."""
        return self.pool.run(op, args, timeout_s or self.settings.query_timeout_s)


def web_context() -> WebContext:
    """The context of the app handling the current request."""
    return current_app.extensions["kg"]


def endpoint_url() -> str:
    """The URL of this request without its query string, built cheaply (Werkzeug's base_url is slow)."""
    environ = request.environ
    host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
    return f"{environ['wsgi.url_scheme']}://{host}{environ.get('SCRIPT_NAME', '')}{environ.get('PATH_INFO', '')}"


def check_host(host: str | None) -> None:
    """Refuse a Host header that is not one host with an optional port: the endpoint builds IRIs from it."""
    if not host:
        return
    if "," in host:
        raise BadInputError("the request has more than one Host header; send exactly one")
    if not HOST.fullmatch(host):
        shown = host if len(host) <= 80 else host[:80] + "..."
        raise BadInputError(f"the Host header {shown!r} is not a host name or address with an optional port")


def request_timeout(value: str | None, settings: Settings) -> float:
    """The timeout for this request: the `timeout` parameter (seconds) if given, never above the configured one."""
    if value is None or value == "":
        return settings.query_timeout_s
    try:
        seconds = float(value)
    except ValueError as exc:
        raise BadInputError(f"timeout must be a number of seconds, not {value!r}") from exc
    if not math.isfinite(seconds) or seconds <= 0:
        raise BadInputError(f"timeout must be a positive number of seconds, not {value!r}")
    return min(seconds, settings.query_timeout_s)


def require_write_access(settings: Settings) -> None:
    """Allow a write only with `Authorization: Bearer <token>` matching the configured token."""
    if settings.update_token is None:
        raise ForbiddenOperationError(
            "updates are disabled on this endpoint: start the server with KG_UPDATE_TOKEN or KG_UPDATE_TOKEN_FILE"
        )
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise UnauthorizedError("this operation needs an 'Authorization: Bearer <token>' header")
    if not hmac.compare_digest(given.strip().encode("utf-8"), settings.update_token.encode("utf-8")):
        raise ForbiddenOperationError("the bearer token is not valid for updates on this endpoint")
