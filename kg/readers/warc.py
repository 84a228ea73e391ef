"""WARC and WARC.gz files (warcio): every HTML response is a candidate article, with its target URI and date."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from kg.readers.model import ReadFailure, Record

MAX_PAGE_BYTES = 5 * 1024 * 1024


def read_warc(path: Path) -> Iterator[Record | ReadFailure]:
    """Yield a record per HTML response in the WARC at `path`; a damaged archive ends with a ReadFailure."""
    number = 0
    try:
        with path.open("rb") as stream:
            for warc_record in ArchiveIterator(stream):
                number += 1
                if warc_record.rec_type != "response" or warc_record.http_headers is None:
                    continue
                content_type = warc_record.http_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                uri = warc_record.rec_headers.get_header("WARC-Target-URI")
                place = f"{path} record {number}" + (f" ({uri})" if uri else "")
                status = warc_record.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue
                body = warc_record.content_stream().read(MAX_PAGE_BYTES + 1)
                if len(body) > MAX_PAGE_BYTES:
                    yield ReadFailure(place, f"the page is larger than {MAX_PAGE_BYTES:,} bytes")
                    continue
                if getattr(warc_record.raw_stream, "limit", 0) > 0:
                    # The record's block ended before its declared length: half a page is no article.
                    yield ReadFailure(place, "the record is truncated (the archive ends inside it)")
                    return
                yield Record(
                    place, "html", body, url=uri, fallback_published=warc_record.rec_headers.get_header("WARC-Date")
                )
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
        why = f"the archive is damaged or truncated ({exc or type(exc).__name__})"
        yield ReadFailure(f"{path} after record {number}", why)
