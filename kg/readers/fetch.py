"""http(s) URLs, fetched with a size cap and a timeout."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from kg import __version__
from kg.errors import ArticleError

MAX_FETCH_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: its final URL, media type and body."""

    url: str
    content_type: str
    body: bytes


def fetch_url(url: str, timeout_s: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_FETCH_BYTES) -> Fetched:
    """GET `url`; ArticleError if it fails, times out or is larger than `max_bytes`."""
    request = urllib.request.Request(url, headers={"User-Agent": f"spacekg/{__version__}", "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise ArticleError(f"larger than the limit of {max_bytes:,} bytes")
            return Fetched(response.geturl(), response.headers.get_content_type(), body)
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = "timed out" if isinstance(exc.reason, TimeoutError | socket.timeout) else str(exc.reason)
        raise ArticleError(f"cannot fetch: {reason}") from None
    except TimeoutError:
        raise ArticleError(f"timed out after {timeout_s:g} s") from None
    except OSError as exc:
        raise ArticleError(f"cannot fetch: {exc}") from None
