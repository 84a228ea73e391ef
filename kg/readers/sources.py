"""Pick the reader for each input by its content and extension, and yield its records in order."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import ArticleError
from kg.readers.feed import read_feed
from kg.readers.fetch import FETCH_TIMEOUT_S, fetch_url
from kg.readers.jsonl import read_jsonl
from kg.readers.model import ReadFailure, Record
from kg.readers.warc import MAX_PAGE_BYTES, read_warc

_EXTENSIONS = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: where feeds' linked pages are, and the limits of fetching URLs."""

    pages_dir: Path | None = None
    fetch_timeout_s: float = FETCH_TIMEOUT_S


def read_inputs(
    inputs: Iterable[str], options: ReadOptions | None = None, stdin: BinaryIO | None = None
) -> Iterator[Record | ReadFailure]:
    """Yield every candidate article of `inputs` (files, directories, http(s) URLs, `-` for stdin), in order."""
    options = options or ReadOptions()
    for given in inputs:
        if given == "-":
            data = (stdin.read() if stdin is not None else b"") or b""
            yield from _read_bytes(data, "stdin", "<stdin>", None, options)
        elif given.lower().startswith(("http://", "https://")):
            yield from _read_url(given, options)
        else:
            path = Path(given)
            if path.is_dir():
                for child in sorted(path.rglob("*")):
                    if child.is_file() and not child.name.startswith(".") and is_article_file(child.name):
                        yield from _read_file(child, options)
            elif path.exists():
                yield from _read_file(path, options)
            else:
                yield ReadFailure(str(path), "no such file or directory")


def kind_of(name: str, head: bytes) -> str:
    """The reader for a file named `name` that starts with `head`: txt, html, feed, warc or jsonl."""
    lower = name.lower()
    if lower.endswith((".warc.gz", ".warc")):
        return "warc"
    if head[:2] == b"\x1f\x8b":
        head = _gunzip_head(head)
        if head.startswith(b"WARC/"):
            return "warc"
    if head.startswith(b"WARC/"):
        return "warc"
    sniff = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    for suffix, kind in _EXTENSIONS.items():
        if lower.endswith(suffix) and not (kind == "txt" and sniff.startswith((b"<!doctype html", b"<html"))):
            return kind
    if sniff.startswith((b"<!doctype html", b"<html")) or b"<body" in sniff:
        return "html"
    if sniff.startswith(b"<?xml") or sniff.startswith((b"<rss", b"<feed")):
        return "feed" if (b"<rss" in sniff or b"<feed" in sniff or b"<rdf:rdf" in sniff) else "html"
    if sniff.startswith(b"{"):
        return "jsonl"
    return "txt"


def is_article_file(name: str) -> bool:
    """Whether a file found in a directory is one to read (other files, answer keys or notes, are left alone)."""
    lower = name.lower().removesuffix(".gz")
    return lower.endswith((".warc", *_EXTENSIONS))


def _read_file(path: Path, options: ReadOptions) -> Iterator[Record | ReadFailure]:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError as exc:
        yield ReadFailure(str(path), f"cannot read: {exc.strerror}")
        return
    kind = kind_of(path.name, head)
    if kind == "warc":
        yield from read_warc(path)
    elif kind == "jsonl":
        try:
            with _open_maybe_gzip(path) as stream:
                yield from read_jsonl(stream, str(path))
        except (OSError, EOFError) as exc:
            yield ReadFailure(str(path), f"cannot read to its end: {exc}")
    elif kind == "txt":
        yield Record(str(path), "txt", b"", name=path.stem, path=path)
    else:
        try:
            data = path.read_bytes() if path.stat().st_size <= MAX_PAGE_BYTES else None
        except OSError as exc:
            yield ReadFailure(str(path), f"cannot read: {exc.strerror}")
            return
        if data is None:
            yield ReadFailure(str(path), f"larger than the limit of {MAX_PAGE_BYTES:,} bytes")
        elif kind == "feed":
            yield from read_feed(data, str(path), options.pages_dir or path.parent)
        else:
            yield Record(str(path), "html", data, name=path.stem, path=path)


def _read_url(url: str, options: ReadOptions) -> Iterator[Record | ReadFailure]:
    try:
        fetched = fetch_url(url, timeout_s=options.fetch_timeout_s)
    except ArticleError as exc:
        yield ReadFailure(url, str(exc))
        return
    name = fetched.url.rstrip("/").rsplit("/", 1)[-1] or "page"
    if "html" in fetched.content_type:
        yield Record(url, "html", fetched.body, name=name, url=fetched.url)
    elif any(word in fetched.content_type for word in ("rss", "atom", "xml")):
        yield from read_feed(fetched.body, url, options.pages_dir)
    else:
        yield from _read_bytes(fetched.body, url, name, fetched.url, options)


def _read_bytes(
    data: bytes, where: str, name: str, url: str | None, options: ReadOptions
) -> Iterator[Record | ReadFailure]:
    kind = kind_of(name, data[:4096])
    if kind == "warc":
        yield ReadFailure(where, "a WARC must be given as a file, not on standard input or by URL")
    elif kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), where)
    elif kind == "feed":
        yield from read_feed(data, where, options.pages_dir)
    else:
        yield Record(where, kind, data, name=name if name != "<stdin>" else "stdin", url=url)


def _gunzip_head(head: bytes) -> bytes:
    try:
        return gzip.GzipFile(fileobj=io.BytesIO(head)).read(16)
    except (OSError, EOFError):
        return b""


def _open_maybe_gzip(path: Path) -> BinaryIO:
    with path.open("rb") as probe:
        magic = probe.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else path.open("rb")  # type: ignore[return-value]
