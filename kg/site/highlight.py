"""An article's text as HTML with its evidence spans in <mark>, built from character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

# Runs of blank lines (page layout kept by the readers) show as one blank line.
BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")


@dataclass(frozen=True)
class Highlight:
    """One evidence span to mark: its offsets, the id of its first <mark>, the fragment it links to, a tooltip."""

    begin: int
    end: int
    anchor: str
    target: str
    title: str


def mark_text(text: str, highlights: list[Highlight], anchors: dict[int, list[str]] | None = None) -> Markup:
    """The text escaped for HTML, each highlight's characters in <mark> elements linking to its target.

    Overlapping spans cut the text into pieces at every offset; each piece is escaped on its own and
    wrapped in one <mark> per span covering it (outermost first), so the markup stays well nested
    whatever the overlaps. A span's first <mark> carries its id; every one carries data-span.
    `anchors` puts empty elements with the given ids at those offsets (where sentences begin).
    """
    valid = [h for h in highlights if 0 <= h.begin < h.end <= len(text)]
    places = {offset: ids for offset, ids in (anchors or {}).items() if 0 <= offset < len(text)}
    bounds = sorted({0, len(text), *places, *(h.begin for h in valid), *(h.end for h in valid)})
    started: set[str] = set()
    pieces: list[str] = []
    for begin, end in pairwise(bounds):
        pieces.extend(f'<span class="anchor" id="{escape(ident)}"></span>' for ident in places.get(begin, []))
        piece = str(escape(BLANK_LINES.sub("\n\n", text[begin:end])))
        covering = sorted((h for h in valid if h.begin <= begin and end <= h.end), key=lambda h: (h.begin, -h.end))
        if not covering:
            pieces.append(piece)
            continue
        html = f'<a href="#{escape(covering[-1].target)}">{piece}</a>'
        for highlight in reversed(covering):
            ident = "" if highlight.anchor in started else f' id="{escape(highlight.anchor)}"'
            html = (
                f'<mark class="ev" data-span="{escape(highlight.anchor)}"{ident}'
                f' title="{escape(highlight.title)}">{html}</mark>'
            )
        started.update(h.anchor for h in covering)
        pieces.append(html)
    return Markup("".join(pieces))  # every piece of text and every attribute value is escaped above
