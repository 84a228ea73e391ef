"""gzip for clients that accept it: whole bodies compressed at once, streamed bodies chunk by chunk."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator

from flask import Response, request

MIN_BYTES = 1024
LEVEL = 1
COMPRESSIBLE = (
    "text/",
    "application/sparql-results",
    "application/ld+json",
    "application/json",
    "application/n-",
    "application/trig",
    "application/rdf+xml",
    "application/xml",
)


def accepts_gzip(header: str | None) -> bool:
    """Whether an Accept-Encoding header allows gzip (q > 0)."""
    for part in (header or "").split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            q = params.strip()
            return not (q.startswith("q=") and q[2:].strip() in ("0", "0.0", "0.00", "0.000"))
    return False


def compress_response(response: Response) -> Response:
    """gzip the body when the client accepts it and it is worth it."""
    if request.method == "HEAD" or response.status_code < 200 or response.status_code in (204, 304):
        return response
    if "Content-Encoding" in response.headers or not (response.mimetype or "").startswith(COMPRESSIBLE):
        return response
    response.vary.add("Accept-Encoding")
    if not accepts_gzip(request.headers.get("Accept-Encoding")):
        return response
    if response.is_streamed:
        response.response = gzip_stream(response.response)  # type: ignore[arg-type]
        response.headers.pop("Content-Length", None)
    else:
        body = response.get_data()
        if len(body) < MIN_BYTES:
            return response
        response.set_data(gzip.compress(body, compresslevel=LEVEL))
    response.headers["Content-Encoding"] = "gzip"
    return response


def gzip_stream(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Compress a stream of chunks into one gzip member, closing the source when done or abandoned."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, 31)
    try:
        for chunk in chunks:
            data = compressor.compress(chunk)
            if data:
                yield data
        yield compressor.flush()
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
