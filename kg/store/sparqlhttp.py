"""The HTTP side of a remote store: SPARQL 1.1 Protocol and Graph Store Protocol requests with urllib.

Every request has a timeout, explicit headers (never built from a set, so they are the same under
every hash seed) and the configured credentials; every failure becomes a KGError that says what
to check: the server is down, refused our credentials, failed, or took too long.
"""

from __future__ import annotations

import base64
import http.client
import io
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import IO, Any

from kg.errors import BadInputError, KGError, QueryTimeoutError, StoreError
from kg.settings import Settings

# Oxigraph's server paths, used under the store URL when no endpoint is configured.
OXIGRAPH_QUERY_PATH = "/query"
OXIGRAPH_UPDATE_PATH = "/update"
OXIGRAPH_GRAPH_STORE_PATH = "/store"
# Results of SELECT and ASK as JSON, of CONSTRUCT and DESCRIBE as N-Triples (or Turtle): fixed strings, one
# per query form, since Virtuoso answers a CONSTRUCT asked with a single mixed header as a JSON table.
RESULTS_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
N_TRIPLES = "application/n-triples"
# Keep server messages short in our one-line errors.
MESSAGE_CHARS = 300


@dataclass(frozen=True)
class Endpoints:
    """Where a SPARQL server answers queries, updates and graph-store requests, and how we log in."""

    query: str
    update: str
    graph_store: str | None  # None: the server has no Graph Store Protocol
    union_parameter: str
    timeout_s: float
    authorization: str | None = field(default=None, repr=False)
    digest_login: tuple[str, str] | None = field(default=None, repr=False)  # user and password for HTTP digest

    @classmethod
    def from_settings(cls, settings: Settings) -> Endpoints:
        """The endpoints for `settings.store_url`: the configured URLs, else Oxigraph's paths under it."""
        assert settings.store_url is not None
        base = check_url(settings.store_url, "--store (or KG_STORE)").rstrip("/")
        graph_store = settings.store_graph_store_url
        if not settings.store_timeout_s > 0:
            raise BadInputError(f"KG_STORE_TIMEOUT must be more than 0 seconds, not {settings.store_timeout_s:g}")
        if settings.store_auth not in ("basic", "digest"):
            raise BadInputError(f"KG_STORE_AUTH must be basic or digest, not {settings.store_auth!r}")
        return cls(
            query=check_url(settings.store_query_url or base + OXIGRAPH_QUERY_PATH, "KG_STORE_QUERY_URL"),
            update=check_url(settings.store_update_url or base + OXIGRAPH_UPDATE_PATH, "KG_STORE_UPDATE_URL"),
            graph_store=(
                (check_url(graph_store, "KG_STORE_GRAPH_STORE_URL") if graph_store else None)
                if graph_store is not None
                else base + OXIGRAPH_GRAPH_STORE_PATH
            ),
            union_parameter=settings.store_union_parameter,
            timeout_s=settings.store_timeout_s,
            authorization=authorization_of(settings),
            digest_login=digest_login_of(settings),
        )


def check_url(url: str, name: str) -> str:
    """Return `url` if it is an http(s) URL with a host (and a numeric port, if any), else raise BadInputError."""
    try:
        parts = urllib.parse.urlsplit(url)
        _port = parts.port
    except ValueError as exc:
        raise BadInputError(f"{name} must be an http(s)://HOST[:PORT][/PATH] URL, not {url!r}: {exc}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadInputError(f"{name} must be an http(s)://HOST[:PORT][/PATH] URL, not {url!r}")
    if parts.username is not None or parts.password is not None:
        # A command line shows in the process list and the shell's history.
        raise BadInputError(
            f"{name} must not carry credentials; give them in KG_STORE_USER and KG_STORE_PASSWORD "
            "(or KG_STORE_PASSWORD_FILE), or KG_STORE_TOKEN (or KG_STORE_TOKEN_FILE)"
        )
    return url


def authorization_of(settings: Settings) -> str | None:
    """The Authorization header for the configured credentials: a bearer token, or basic user and password."""
    if settings.store_token:
        return f"Bearer {settings.store_token}"
    if settings.store_user and settings.store_auth != "digest":
        pair = f"{settings.store_user}:{settings.store_password or ''}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")
    return None


def digest_login_of(settings: Settings) -> tuple[str, str] | None:
    """The user and password to answer an HTTP digest challenge with, when KG_STORE_AUTH is digest."""
    if settings.store_auth == "digest" and settings.store_user and not settings.store_token:
        return (settings.store_user, settings.store_password or "")
    return None


class RewindingDigestAuth(urllib.request.HTTPDigestAuthHandler):
    """HTTP digest authentication that also works for a streamed body: it rewinds the file before the retry."""

    def http_error_401(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Any) -> Any:
        """Answer the server's digest challenge by sending the request again, its file body from the start."""
        if isinstance(req.data, io.IOBase):
            req.data.seek(0)
        return super().http_error_401(req, fp, code, msg, headers)


def handlers_for(endpoints: Endpoints, url: str) -> list[urllib.request.BaseHandler]:
    """The urllib handlers for a request: never follow redirects; answer digest challenges when so configured."""
    handlers: list[urllib.request.BaseHandler] = [RefuseRedirects()]
    if endpoints.digest_login is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, *endpoints.digest_login)
        handlers.append(RewindingDigestAuth(passwords))
    return handlers


class RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: urllib would send our Authorization header on to wherever it points."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        """Decline, so that the redirect comes back as an HTTPError."""
        return None


@dataclass(frozen=True)
class Response:
    """A successful answer: its status, media type (without parameters) and body."""

    status: int
    media_type: str
    body: bytes


def send(
    endpoints: Endpoints,
    method: str,
    url: str,
    *,
    body: bytes | IO[bytes] | None = None,
    length: int | None = None,
    content_type: str | None = None,
    accept: str | None = None,
    missing_ok: bool = False,
    reading: bool = True,
) -> Response | None:
    """Send one request and return the answer (None for a 404 when `missing_ok`); failures raise KGErrors.

    A file `body` is streamed and needs its `length`. `reading` says whether the request only reads,
    for the message when the server takes too long.
    """
    answer = open_request(
        endpoints,
        method,
        url,
        body=body,
        length=length,
        content_type=content_type,
        accept=accept,
        missing_ok=missing_ok,
        reading=reading,
    )
    if answer is None:
        return None
    with answer:
        data = read_answer(answer, url, endpoints.timeout_s, reading)
        media_type = answer.headers.get_content_type() if answer.headers.get("Content-Type") else ""
        return Response(answer.status, media_type, data)


def open_request(
    endpoints: Endpoints,
    method: str,
    url: str,
    *,
    body: bytes | IO[bytes] | None = None,
    length: int | None = None,
    content_type: str | None = None,
    accept: str | None = None,
    missing_ok: bool = False,
    reading: bool = True,
) -> http.client.HTTPResponse | None:
    """Send one request and return its open answer for the caller to read and close (see `send`)."""
    headers = {}
    if length is not None:
        headers["Content-Length"] = str(length)
    if accept is not None:
        headers["Accept"] = accept
    if content_type is not None:
        headers["Content-Type"] = content_type
    if endpoints.authorization is not None:
        headers["Authorization"] = endpoints.authorization
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        opener = urllib.request.build_opener(*handlers_for(endpoints, url))
        answer: http.client.HTTPResponse = opener.open(request, timeout=endpoints.timeout_s)
        return answer
    except urllib.error.HTTPError as exc:
        with exc:
            if exc.code == 404 and missing_ok:
                return None
            if 300 <= exc.code < 400:
                raise StoreError(
                    f"the SPARQL server at {site_of(url)} redirects {url} to "
                    f"{exc.headers.get('Location', 'elsewhere')} (HTTP {exc.code}); point --store (or the "
                    "KG_STORE_*_URL settings) at the final address"
                ) from None
            raise error_for_status(url, exc.code, read_message(exc)) from None
    except urllib.error.URLError as exc:
        raise error_for_unreachable(url, exc.reason, endpoints.timeout_s, reading) from None
    except TimeoutError as exc:
        raise error_for_unreachable(url, exc, endpoints.timeout_s, reading) from None
    except (http.client.HTTPException, OSError) as exc:
        raise StoreError(f"the SPARQL server at {site_of(url)} broke off the exchange: {describe(exc)}") from None


def read_answer(
    answer: http.client.HTTPResponse, url: str, timeout_s: float, reading: bool, size: int | None = None
) -> bytes:
    """Read (up to `size` bytes of) an open answer; a stall or a broken connection raises a KGError."""
    try:
        return answer.read(size)
    except TimeoutError as exc:
        raise error_for_unreachable(url, exc, timeout_s, reading) from None
    except (http.client.HTTPException, OSError) as exc:
        raise StoreError(f"the SPARQL server at {site_of(url)} broke off the exchange: {describe(exc)}") from None


def error_for_status(url: str, status: int, message: str) -> KGError:
    """The KGError for an HTTP error status from the server."""
    where = site_of(url)
    said = f": {message}" if message else ""
    if status in (401, 403):
        return StoreError(
            f"the SPARQL server at {where} refused our credentials (HTTP {status}){said}; set KG_STORE_USER with "
            "KG_STORE_PASSWORD (or KG_STORE_PASSWORD_FILE), or KG_STORE_TOKEN (or KG_STORE_TOKEN_FILE)"
        )
    if status in (400, 422):
        return BadInputError(f"the SPARQL server at {where} refused the request (HTTP {status}){said}")
    if status == 413:
        return BadInputError(f"the SPARQL server at {where} found the request too large (HTTP 413){said}")
    if status in (404, 405):
        return StoreError(
            f"the SPARQL server at {where} has no such endpoint (HTTP {status} for {url}); set KG_STORE_QUERY_URL, "
            "KG_STORE_UPDATE_URL and KG_STORE_GRAPH_STORE_URL for servers other than Oxigraph"
        )
    return StoreError(f"the SPARQL server at {where} failed (HTTP {status}){said}")


def error_for_unreachable(url: str, reason: object, timeout_s: float, reading: bool) -> KGError:
    """The KGError when the server cannot be reached, or does not answer in time."""
    where = site_of(url)
    if isinstance(reason, TimeoutError):
        if reading:
            return QueryTimeoutError(
                f"the SPARQL server at {where} did not answer within {timeout_s:g} s; "
                "give it more time with KG_STORE_TIMEOUT"
            )
        return StoreError(
            f"the SPARQL server at {where} did not answer a write within {timeout_s:g} s; the write is whole "
            "on the server or not there at all: run the command again (KG_STORE_TIMEOUT gives it more time)"
        )
    if isinstance(reason, ConnectionRefusedError):
        return StoreError(f"cannot reach the SPARQL server at {where}: connection refused; is it running?")
    return StoreError(f"cannot reach the SPARQL server at {where}: {describe(reason)}")


def read_message(exc: urllib.error.HTTPError) -> str:
    """The first line of an error answer's body, shortened."""
    try:
        text = exc.read(4096).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    line = " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""
    return line if len(line) <= MESSAGE_CHARS else line[: MESSAGE_CHARS - 3] + "..."


def describe(reason: object) -> str:
    """A short description of a low-level failure."""
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def site_of(url: str) -> str:
    """scheme://host:port of a URL, for messages (never its path's parameters or credentials)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"


def form(pairs: list[tuple[str, str]]) -> bytes:
    """An application/x-www-form-urlencoded body from ordered pairs."""
    return urllib.parse.urlencode(pairs).encode("ascii")


def with_parameters(url: str, pairs: list[tuple[str, str]]) -> str:
    """`url` with `pairs` added to its query string."""
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + separator + urllib.parse.urlencode(pairs)
