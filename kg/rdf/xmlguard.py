"""Refuse RDF/XML that declares DTD entities, which Oxigraph's parser expands without any limit.

A 600-byte document of nested entities expands to gigabytes ("billion laughs"). Oxigraph honours a
DOCTYPE anywhere in the document (even after the root element's start tag, and in comments of the
internal subset), so the whole input is scanned, as it streams to the parser: no extra pass over the
file and no more memory than one chunk. Oxigraph reads RDF/XML as UTF-8 only, so a byte scan sees
every declaration it would honour.
"""

from __future__ import annotations

import io
import re
from typing import IO, Any

from kg.errors import EntityDeclarationError

# Oxigraph needs the exact `<!ENTITY`; any case is refused, to stay safe if it ever gets laxer.
ENTITY_DECLARATION = re.compile(rb"<!entity", re.IGNORECASE)
# Bytes kept from the end of one chunk, so a declaration split across two chunks is still seen.
OVERLAP = len(b"<!ENTITY") - 1
BUFFER_BYTES = 1 << 16


def refuse_entity_declarations(data: bytes, what: str) -> None:
    """Raise EntityDeclarationError if the RDF/XML document `data` (named `what` in the message) declares entities."""
    match = ENTITY_DECLARATION.search(data)
    if match is not None:
        raise EntityDeclarationError(describe_refusal(what, match.start()))


def guard_entities(stream: IO[bytes], what: str) -> IO[bytes]:
    """Wrap an RDF/XML byte stream so that reading it raises EntityDeclarationError at an entity declaration."""
    return io.BufferedReader(EntityGuard(stream, what), buffer_size=BUFFER_BYTES)


def describe_refusal(what: str, offset: int) -> str:
    """The one-line message for a refused document."""
    return (
        f"RDF/XML with DTD entity declarations is refused: {what} declares an entity at byte {offset:,} "
        "(expanding entities can turn a few hundred bytes into gigabytes); write the text out instead"
    )


class EntityGuard(io.RawIOBase):
    """A raw reader over `stream` that raises EntityDeclarationError on the first `<!ENTITY` passing through."""

    def __init__(self, stream: IO[bytes], what: str) -> None:
        super().__init__()
        self._stream, self._what = stream, what
        self._tail = b""
        self._offset = 0

    def readable(self) -> bool:
        """Whether the stream can be read (always)."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Read into `buffer`, refusing the document if what was read completes an entity declaration."""
        data = self._stream.read(len(buffer))
        if not data:
            return 0
        window = self._tail + data
        match = ENTITY_DECLARATION.search(window)
        if match is not None:
            raise EntityDeclarationError(describe_refusal(self._what, self._offset - len(self._tail) + match.start()))
        self._tail = window[-OVERLAP:]
        self._offset += len(data)
        buffer[: len(data)] = data
        return len(data)
