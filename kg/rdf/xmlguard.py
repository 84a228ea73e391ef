"""Refuse RDF/XML that declares DTD entities, which Oxigraph's parser expands without any limit.

A 600-byte document of nested entities expands to gigabytes ("billion laughs"). Oxigraph honours a
DOCTYPE anywhere in the document (even after the root element's start tag, and in comments of the
internal subset), so the whole input is scanned, as it streams to the parser (kg.rdf.inputguard): no extra pass
over the file and no more memory than one chunk. Oxigraph reads RDF/XML as UTF-8 only, so a byte scan sees
every declaration it would honour.
"""

from __future__ import annotations

import re

from kg.errors import EntityDeclarationError

# Oxigraph needs the exact `<!ENTITY`; any case is refused, to stay safe if it ever gets laxer.
ENTITY_DECLARATION = re.compile(rb"<!entity", re.IGNORECASE)
# Bytes kept from the end of one chunk, so a declaration split across two chunks is still seen.
OVERLAP = len(b"<!ENTITY") - 1


def describe_refusal(what: str, offset: int) -> str:
    """The one-line message for a refused document."""
    return (
        f"RDF/XML with DTD entity declarations is refused: {what} declares an entity at byte {offset:,} "
        "(expanding entities can turn a few hundred bytes into gigabytes); write the text out instead"
    )


class EntityScanner:
    """Raises EntityDeclarationError at the first `<!ENTITY` of an RDF/XML document fed to it chunk by chunk."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._tail = b""
        self._offset = 0

    def feed(self, data: bytes) -> None:
        """Scan the next chunk of the document, refusing it if it completes an entity declaration."""
        window = self._tail + data
        match = ENTITY_DECLARATION.search(window)
        if match is not None:
            raise EntityDeclarationError(describe_refusal(self._what, self._offset - len(self._tail) + match.start()))
        self._tail = window[-OVERLAP:]
        self._offset += len(data)
