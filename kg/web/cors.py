"""Cross-origin headers: reads (and authorised writes) allowed from the configured origins."""

from __future__ import annotations

ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS"
ALLOWED_HEADERS = "Accept, Authorization, Content-Type, Accept-Encoding, Cache-Control, X-Requested-With"
EXPOSED_HEADERS = "Content-Type, Content-Length, Location, X-SPARQL-MaxRows"


def cors_headers(origin: str | None, method: str, origins: str) -> list[tuple[str, str]]:
    """The CORS headers for a request from `origin` given the allowed `origins` ('*' or a space-separated list)."""
    allowed = origins.split()
    if "*" in allowed:
        headers = [("Access-Control-Allow-Origin", "*")]
    elif origin and origin in allowed:
        headers = [("Access-Control-Allow-Origin", origin)]
    else:
        return []
    headers.append(("Access-Control-Expose-Headers", EXPOSED_HEADERS))
    if method == "OPTIONS":
        headers += [
            ("Access-Control-Allow-Methods", ALLOWED_METHODS),
            ("Access-Control-Allow-Headers", ALLOWED_HEADERS),
            ("Access-Control-Max-Age", "86400"),
        ]
    return headers


def varies_by_origin(origins: str) -> bool:
    """Whether responses depend on the request's Origin: the allowed origins are a list, not '*'."""
    allowed = origins.split()
    return bool(allowed) and "*" not in allowed
