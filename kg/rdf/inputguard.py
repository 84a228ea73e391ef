"""The checks every RDF input passes on its way to Oxigraph's parser, as it streams: one wrapper for all formats.

RDF/XML must declare no DTD entities (kg.rdf.xmlguard); no input may nest deeper than its parser can
take (kg.rdf.nesting). Each chunk is scanned before the parser gets it, so the parser never sees a
byte past the point of refusal, and a refused file costs no more than the part of it that was read.
"""

from __future__ import annotations

import io
from typing import IO, Any, Protocol

import pyoxigraph as ox

from kg.rdf.nesting import JsonDepth, TripleTermDepth, XmlDepth
from kg.rdf.xmlguard import EntityScanner

BUFFER_BYTES = 1 << 16
CHECK_BYTES = 1 << 20  # how much of an in-memory document each scanner takes at once


class Scanner(Protocol):
    """Something that reads a document chunk by chunk and raises a BadInputError when it must be refused."""

    def feed(self, data: bytes) -> None:
        """Scan the next chunk."""


def scanners_for(fmt: ox.RdfFormat, what: str) -> list[Scanner]:
    """The scanners a document in `fmt` (named `what` in messages) must pass."""
    if fmt == ox.RdfFormat.RDF_XML:
        return [EntityScanner(what), XmlDepth(what)]
    if fmt == ox.RdfFormat.JSON_LD:
        return [JsonDepth(what)]
    return [TripleTermDepth(what)]


def guard_input(stream: IO[bytes], fmt: ox.RdfFormat, what: str) -> IO[bytes]:
    """Wrap a byte stream of an RDF document so that reading it raises a BadInputError where it must be refused."""
    return io.BufferedReader(ScannedReader(stream, scanners_for(fmt, what)), buffer_size=BUFFER_BYTES)


def check_input(data: bytes, fmt: ox.RdfFormat, what: str) -> None:
    """Raise a BadInputError if the in-memory RDF document `data` must be refused."""
    for scanner in scanners_for(fmt, what):
        for start in range(0, len(data), CHECK_BYTES):
            scanner.feed(data[start : start + CHECK_BYTES])


class ScannedReader(io.RawIOBase):
    """A raw reader over `stream` that hands each chunk to the scanners before the caller sees it."""

    def __init__(self, stream: IO[bytes], scanners: list[Scanner]) -> None:
        super().__init__()
        self._stream, self._scanners = stream, scanners

    def readable(self) -> bool:
        """Whether the stream can be read (always)."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Read into `buffer` what the scanners let through; a refused chunk raises instead."""
        data = self._stream.read(len(buffer))
        if not data:
            return 0
        for scanner in self._scanners:
            scanner.feed(data)
        buffer[: len(data)] = data
        return len(data)
