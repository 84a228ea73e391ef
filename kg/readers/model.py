"""What the readers yield: raw records found in an input, decoded news items, and what could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class Record:
    """One candidate article as found in an input, not yet decoded (HTML is parsed in `decode_record`).

    `kind` is "txt" (our header-line format), "html" (a whole page or a feed entry's HTML) or "plain"
    (clean text). The hints are metadata that the container gave (a feed entry's title, a WARC's
    target URI and date, a JSON line's fields); what the page itself says is used where they are missing.
    """

    where: str
    kind: str
    body: str | bytes
    name: str | None = None
    path: Path | None = None
    url: str | None = None
    headline: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    # A date to fall back on when the page names none (a WARC record's capture date).
    fallback_published: str | None = None


@dataclass(frozen=True)
class NewsItem:
    """A decoded article with its metadata, ready for extraction."""

    where: str
    article_id: str
    text: str
    headline: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: datetime | date | None = None
    url: str | None = None
    language: str | None = None
    digest: str = ""
    other_urls: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ReadFailure:
    """An input, or a part of one, that could not be read: where it is (file, line, record, URL) and why."""

    where: str
    why: str


@dataclass(frozen=True)
class Skipped:
    """A page that was read but is not ingested (not English, not about spaceflight), and why."""

    where: str
    why: str
