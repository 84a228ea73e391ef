"""RSS and Atom feeds (feedparser): one record per entry, from its content or a local copy of its link."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import feedparser

from kg.readers.model import ReadFailure, Record


def read_feed(data: bytes, where: str, pages_dir: Path | None) -> Iterator[Record | ReadFailure]:
    """Yield a record per entry of the feed in `data`; an entry that cannot be read is a ReadFailure."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "the feed has no entries"
        yield ReadFailure(where, why)
        return
    channel = parsed.feed
    publisher = channel.get("title") or None
    language = channel.get("language") or None
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        place = f"{where} entry {number}" + (f" ({link})" if link else "")
        authors = tuple(a.get("name", "") for a in entry.get("authors", []) if a.get("name")) or (
            (entry["author"],) if entry.get("author") else ()
        )
        hints = {
            "url": link,
            "headline": entry.get("title") or None,
            "authors": authors,
            "publisher": publisher,
            "published": entry.get("published") or entry.get("updated") or None,
            "language": language,
        }
        content = _entry_content(entry)
        if content:
            yield Record(place, "fragment", content, **hints)  # type: ignore[arg-type]
            continue
        page = _local_page(link, pages_dir)
        if page is None:
            yield ReadFailure(place, "the entry has no content, and no local copy of its link was given")
            continue
        try:
            body = page.read_bytes()
        except OSError as exc:
            yield ReadFailure(place, f"cannot read {page}: {exc.strerror}")
            continue
        yield Record(place, "html", body, path=page, **hints)  # type: ignore[arg-type]


def _entry_content(entry: feedparser.FeedParserDict) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
    if contents:
        return max(contents, key=len)
    summary = entry.get("summary", "") or ""
    # A one-line teaser is not the article: then the link is read instead, when it can be.
    return summary if len(summary.split()) >= 60 else ""


def _local_page(link: str | None, pages_dir: Path | None) -> Path | None:
    """The local HTML copy of `link` in `pages_dir`: named like the link's last path segment (.html optional)."""
    if not link or pages_dir is None:
        return None
    segment = urlsplit(link).path.rstrip("/").rsplit("/", 1)[-1]
    if not segment:
        return None
    for name in (segment, f"{segment}.html", f"{segment}.htm"):
        candidate = pages_dir / name
        if candidate.is_file():
            return candidate
    return None
