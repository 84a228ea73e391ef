"""JSON Lines: one article per line, with `text` or `html`, and `url`, `title`, `published`, `author`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from kg.readers.model import ReadFailure, Record


def read_jsonl(lines: Iterable[bytes], where: str) -> Iterator[Record | ReadFailure]:
    """Yield a record per line; a line that is not a JSON object with text or html is a ReadFailure."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        place = f"{where}:{number}"
        try:
            item = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield ReadFailure(place, f"not JSON: {exc}")
            continue
        if not isinstance(item, dict):
            yield ReadFailure(place, "not a JSON object")
            continue
        html, text = item.get("html"), item.get("text")
        if not (isinstance(html, str) and html.strip()) and not (isinstance(text, str) and text.strip()):
            yield ReadFailure(place, "the line has neither 'text' nor 'html'")
            continue
        author = item.get("author") or item.get("authors") or ()
        authors = (author,) if isinstance(author, str) else tuple(str(a) for a in author if a)
        is_html = isinstance(html, str) and bool(html.strip())
        yield Record(
            place,
            "html" if is_html else "plain",
            str(html if is_html else text),
            url=_str(item.get("url")),
            headline=_str(item.get("title") or item.get("headline")),
            authors=authors,
            publisher=_str(item.get("publisher")),
            published=_str(item.get("published") or item.get("date")),
            language=_str(item.get("language") or item.get("lang")),
        )


def _str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
