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


def compressible(response: Response) -> bool:
    """Whether this response would be sent gzipped to a client that accepts gzip (so it varies by Accept-Encoding)."""
    if response.status_code < 200 or response.status_code in (204, 304) or "Content-Encoding" in response.headers:
        return False
    return (response.mimetype or "").startswith(COMPRESSIBLE)


def compress_response(response: Response) -> Response:
    """gzip the body when the client accepts it and it is worth it."""
    if request.method == "HEAD" or not compressible(response):
        return response
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


class GzipStream:
    """A stream of chunks compressed into one gzip member; closing it closes the source, started or not."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.source = iter(chunks)
        self.chunks = chunks
        self.compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, 31)
        self.done = False

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        while not self.done:
            try:
                data = self.compressor.compress(next(self.source))
            except StopIteration:
                self.done = True
                return self.compressor.flush()
            if data:
                return data
        raise StopIteration

    def close(self) -> None:
        """Close the source stream (which frees its query process)."""
        close = getattr(self.chunks, "close", None)
        if close is not None:
            close()


def gzip_stream(chunks: Iterable[bytes]) -> GzipStream:
    """Compress a stream of chunks into one gzip member."""
    return GzipStream(chunks)
