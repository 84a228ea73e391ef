"""Refuse RDF nested deeper than Oxigraph's parsers can take, counted as the bytes stream to the parser.

Measured on pyoxigraph 0.5.13: its JSON-LD parser recurses once per nested object and overflows
the stack (the process dies) at about 800 levels in a thread with a 2 MiB stack, and its time grows
with the square of the depth (2 MB of objects nested 8 deep parse in 0.3 s, 128 deep in 2 s, 256
deep in 5 s); its RDF/XML parser's time grows with the square of the element depth (20,000 levels
take 12 s); and every Turtle-family parser (N-Triples and N-Quads too) overflows on about 4,500
nested triple terms `<<( ... )>>` in such a thread. Blank nodes and collections nest safely.

Each scanner tokenizes just enough of its syntax to count the depth the parser will reach, never
less: brackets outside strings, elements outside comments, CDATA, processing instructions, DOCTYPE
and attribute values, triple terms outside strings, IRIs and comments. It is fed the input chunk by
chunk and carries its state across chunks; the per-byte work is done by `bytes` methods and regular
expressions, never by a Python loop over bytes.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain, islice
from operator import sub

from kg.errors import NestingDepthError

MAX_JSON_DEPTH = 128
MAX_XML_DEPTH = 512
MAX_TRIPLE_TERM_DEPTH = 64

OPEN, CLOSE = b"\x01", b"\xff"  # one level in, one level out: as signed bytes, +1 and -1


def keep_only(kept: bytes) -> bytes:
    """The bytes to delete with `bytes.translate` so that only `kept` remain."""
    return bytes(sorted(set(range(256)) - set(kept)))


class DepthCounter:
    """The running depth of one input, raising NestingDepthError when it passes its limit."""

    def __init__(self, limit: int, what: str, levels: str) -> None:
        self.limit, self.what, self.levels = limit, what, levels
        self.depth = 0

    def add(self, marks: bytes) -> None:
        """Walk the depth through `marks` (OPEN and CLOSE bytes, in input order), refusing the input past the limit."""
        if not marks:
            return
        opens = marks.count(OPEN)
        closes = len(marks) - opens
        if self.depth + opens <= self.limit and closes <= self.depth:  # neither past the limit nor below zero
            self.depth += opens - closes
            return
        sums = list(accumulate(memoryview(marks).cast("b"), initial=self.depth))
        lowest = min(sums)
        if lowest >= 0:
            deepest, self.depth = max(sums), sums[-1]
        else:
            # Malformed input (more closings than openings) must not lower the count below zero.
            lows = islice(accumulate(sums, min, initial=0), 1, None)
            deepest, self.depth = max(map(sub, sums, lows)), sums[-1] - lowest
        if deepest > self.limit:
            raise NestingDepthError(
                f"{self.what} nests {self.levels} {deepest:,} levels deep; at most {self.limit:,} are accepted "
                "(deeper nesting can crash or stall the parser)"
            )


# JSON, seen through its unescaped quotes and brackets: a bracket is in a string after an odd number of quotes.
JSON_ESCAPE = re.compile(rb"\\[\s\S]")
JSON_STRING_REST = re.compile(rb'[^"\\]*+(?:\\[\s\S][^"\\]*+)*+')
JSON_SKELETON = keep_only(b'"{[}]')
JSON_MARKS = bytes.maketrans(b"{[}]", OPEN * 2 + CLOSE * 2)


class JsonDepth:
    """Counts how deep JSON objects and arrays nest, outside strings."""

    def __init__(self, what: str, limit: int = MAX_JSON_DEPTH) -> None:
        self.counter = DepthCounter(limit, what, "JSON objects and arrays")
        self.in_string = self.escaped = False

    def feed(self, data: bytes) -> None:
        """Count the next chunk of the document."""
        pos = self.skip_string(data, 0) if self.in_string else 0
        if pos < 0:
            return
        # Escapes go first (a backslash can then only be left at the very end), then all but quotes and
        # brackets; removing two adjacent quotes changes no one's parity, and leaves few strings to split.
        unescaped = JSON_ESCAPE.sub(b"", data[pos:])
        skeleton = unescaped.translate(None, JSON_SKELETON).replace(b'""', b"")
        if b'"' in skeleton:
            pieces = skeleton.split(b'"')
            skeleton = b"".join(pieces[::2])
            if len(pieces) % 2 == 0:  # an odd number of quotes: the chunk ends in a string
                self.in_string, self.escaped = True, unescaped.endswith(b"\\")
        self.counter.add(skeleton.translate(JSON_MARKS))

    def skip_string(self, data: bytes, pos: int) -> int:
        """Skip the rest of a string from `pos`: the position after its closing quote, or -1 if it runs past `data`."""
        if self.escaped:
            if pos >= len(data):
                return -1
            pos, self.escaped = pos + 1, False
        end = JSON_STRING_REST.match(data, pos).end()  # type: ignore[union-attr]
        if end == len(data):
            return -1
        if data[end] == ord('"'):
            self.in_string = False
            return end + 1
        self.escaped = True  # the chunk ends with the backslash of an escape
        return -1


# XML, as Oxigraph's reader (quick-xml) splits it: text, start tags (to the first `>` outside quotes,
# empty when it ends with `/>`), end tags (to the first `>`); comments, CDATA, processing
# instructions and DOCTYPE are found apart, as they are rare.
XML_SPAN = re.compile(rb"""(?:[^<]++|<(?![!/?])(?:[^"'>]++|"[^"]*+"|'[^']*+')*+>|</[^>]*+>)*+""")
XML_TAGS = re.compile(rb"""(<)(?![!/?])(?:[^"'>/]++|/(?!>)|"[^"]*+"|'[^']*+')*+(/?)>|<(/)[^>]*+>""")
XML_TAG_REST = re.compile(rb"""(?:[^"'>]++|"[^"]*+"|'[^']*+')*+""")
XML_ANGLES = re.compile(rb"[<>]")
XML_MARKS = bytes.maketrans(b"</", OPEN + CLOSE)
XML_OTHERS = keep_only(b"</")
# Plain markup, seen through its `<>"'!?/` only: every `<` starts a tag (not `<!` or `<?`) whose quotes
# pair up before the next `>`, which ends it; no end tag but `</>` ends with `/>` (as `</a/>` may).
XML_PLAIN = re.compile(
    rb"""[^<>]*+(?:<(?:/>|/(?:"[^"<>]*+"|'[^'<>]*+'|/)*+(?<!/)>|(?!/)(?:"[^"<>]*+"|'[^'<>]*+'|/)*+>)[^<>]*+)*+"""
)
XML_NOT_PLAIN = keep_only(b"<>\"'!?/")
PLAIN_BLOCK = 1 << 13  # plain markup is counted in blocks of about this many bytes
# Where quick-xml looks for the end of a comment (`<!---->` is the shortest) and of CDATA, after `<`.
XML_TERMINATORS = {b"-": (b"-->", 4), b"[": (b"]]>", 3)}
SHORT_CONSTRUCT = 8  # an unfinished construct shorter than this is carried whole to the next chunk


class XmlDepth:
    """Counts how deep XML elements nest (an empty element counts one level for its moment)."""

    def __init__(self, what: str, limit: int = MAX_XML_DEPTH) -> None:
        self.counter = DepthCounter(limit, what, "XML elements")
        self.carry = b""
        self.pending = ""  # the unfinished construct: "", "tag", "end", "doctype" or "until"
        self.quote = b""  # in an unfinished start tag: the open quote, if any
        self.last = b""  # in an unfinished start tag: its last byte so far
        self.balance = 0  # in an unfinished DOCTYPE: `<` seen minus `>` seen
        self.terminator = b""  # in an unfinished comment, CDATA or processing instruction
        self.tail = b""  # its last bytes, in case the terminator is split across chunks

    def feed(self, data: bytes) -> None:
        """Count the next chunk of the document."""
        if self.carry:
            data, self.carry = self.carry + data, b""
        pos = self.resume(data, 0) if self.pending else 0
        if pos >= 0:
            pos = self.take_plain(data, pos)
        while 0 <= pos < len(data):
            end = XML_SPAN.match(data, pos).end()  # type: ignore[union-attr]
            if end > pos:
                tags = XML_TAGS.findall(data, pos, end)
                self.counter.add(b"".join(chain.from_iterable(tags)).translate(XML_MARKS, XML_OTHERS))
            if end == len(data):
                return
            pos = self.open(data, end)

    def take_plain(self, data: bytes, pos: int) -> int:
        """Count the chunk from `pos` by plain blocks while none can pass the limit; return where to tokenize on.

        In plain markup (no comments, CDATA, PI or DOCTYPE; no `<` or `>` in attribute values or `>` in
        text; quotes paired in every tag; no `</>`) each `<` starts a tag, `</` an end tag, and `/>` ends
        an empty one; so a block's counts give its final depth, and the depth at its start plus its
        non-empty start tags (plus one for an empty element's moment) bound the depth inside it.
        """
        markup = data[pos:].translate(None, XML_NOT_PLAIN)
        if data.find(b"</>", pos) >= 0 or not XML_PLAIN.fullmatch(markup, 0, markup.rfind(b">") + 1):
            return pos
        start, last = pos, data.rfind(b">") + 1
        while start < last:
            end = data.find(b">", start + PLAIN_BLOCK, last) + 1 or last
            ends = data.count(b"</", start, end)
            empties = data.count(b"/>", start, end)
            opens = data.count(b"<", start, end) - ends - empties  # start tags that are not empty
            if self.counter.depth + opens + (empties > 0) > self.counter.limit:
                return start  # the tokenizer finds out how deep it really goes
            self.counter.depth = max(self.counter.depth + opens - ends, 0)
            start = end
        return last

    def open(self, data: bytes, at: int) -> int:
        """Start the construct at `data[at]` (a `<` the span could not take); return where to go on, or -1."""
        head = data[at + 1 : at + 3]
        if head in (b"", b"!"):
            self.carry = data[at:]  # too short to tell what it is
            return -1
        if head[:1] == b"!":
            kind = head[1:2]
            if kind in XML_TERMINATORS:
                terminator, offset = XML_TERMINATORS[kind]
                return self.until(data, at, terminator, at + offset)
            if kind in (b"D", b"d"):
                self.pending, self.balance = "doctype", 0
                return self.resume(data, at + 2)
            return at + 2  # not XML: the parser stops there
        if head[:1] == b"?":
            return self.until(data, at, b"?>", at + 1)
        self.pending = "end" if head[:1] == b"/" else "tag"
        self.quote, self.last = b"", b"<"
        return self.resume(data, at + 1)

    def until(self, data: bytes, at: int, terminator: bytes, search_from: int) -> int:
        """Skip a construct that ends at the first `terminator` from `search_from` (a comment, CDATA or PI)."""
        found = data.find(terminator, search_from)
        if found >= 0:
            return found + len(terminator)
        if len(data) - at < SHORT_CONSTRUCT:
            self.carry = data[at:]  # too short to rule out a terminator overlapping its opening
            return -1
        self.pending, self.terminator, self.tail = "until", terminator, data[-(len(terminator) - 1) :]
        return -1

    def resume(self, data: bytes, pos: int) -> int:
        """Go on with the unfinished construct from `data[pos]`: where it ends in `data`, or -1 if it runs past."""
        if self.pending == "until":
            window = self.tail + data
            found = window.find(self.terminator)
            if found < 0:
                self.tail = window[-(len(self.terminator) - 1) :]
                return -1
            self.pending = ""
            return found + len(self.terminator) - len(self.tail)
        if self.pending == "doctype":
            for angle in XML_ANGLES.finditer(data, pos):
                if angle.group() == b"<":
                    self.balance += 1
                elif self.balance:
                    self.balance -= 1
                else:
                    self.pending = ""
                    return angle.end()
            return -1
        if self.pending == "end":
            found = data.find(b">", pos)
            if found < 0:
                return -1
            self.pending = ""
            self.counter.add(CLOSE)
            return found + 1
        return self.resume_tag(data, pos)

    def resume_tag(self, data: bytes, pos: int) -> int:
        """Go on with an unfinished start tag: quoted values are skipped, `>` ends it, `/>` makes it empty."""
        while True:
            if self.quote:
                found = data.find(self.quote, pos)
                if found < 0:
                    return -1
                pos, self.quote, self.last = found + 1, b"", self.quote
            end = XML_TAG_REST.match(data, pos).end()  # type: ignore[union-attr]
            if end > pos:
                self.last = data[end - 1 : end]
            if end == len(data):
                return -1
            if data[end] == ord(">"):
                self.pending = ""
                self.counter.add(OPEN + CLOSE if self.last == b"/" else OPEN)
                return end + 1
            pos, self.quote = end + 1, data[end : end + 1]


def string_patterns(quote: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """Turtle strings quoted with `quote`: whole long, whole short, and the rests of a long and a short one."""
    q = re.escape(quote)
    # In a long string, a quote that may begin the closing three (or be cut off by the chunk's end) stops the rest.
    long_rest = rb"(?:[^%s\\]++|\\[\s\S]|%s(?!%s%s|%s?\Z))*+" % (q, q, q, q, q)
    short_rest = rb"(?:[^%s\\]++|\\[\s\S])*+" % q
    # Two quotes are an empty string only if no third one follows (or may follow, in the next chunk).
    short = rb"%s(?!%s(?:%s|\Z))" % (q, q, q) + short_rest + q
    return q * 3 + long_rest + q * 3, short, long_rest, short_rest


DQ_LONG, DQ_SHORT, DQ_LONG_REST, DQ_SHORT_REST = string_patterns(b'"')
SQ_LONG, SQ_SHORT, SQ_LONG_REST, SQ_SHORT_REST = string_patterns(b"'")
TTL_STRINGS = b"|".join((DQ_LONG, SQ_LONG, DQ_SHORT, SQ_SHORT))
# Turtle-family text as Oxigraph's lexer splits it, as far as triple terms go: `<<(` opens one, `)>>`
# closes it, `<<` opens a reified triple (no recursion); strings, IRIs, comments and escapes are skipped
# (an IRI that meets a `<` is an error there: it is skipped up to that `<`); the span stops before what
# the chunk's end leaves undecided (`<`, `<<`, `)`, `)>`, quotes, `\`).
TTL_SPAN = re.compile(
    rb"(?:[^\"'<#\\)]++|<<\(|<<(?=[\s\S])|\)>>|\)(?=[^>]|>[^>])|<(?!<)[^<>]*+(?:>|(?=<))|"
    + TTL_STRINGS
    + rb"|#[^\r\n]*+(?=[\r\n])|\\[\s\S])*+"
)
TTL_TOKENS = re.compile(rb"<<(\()|\)(>)>|" + TTL_STRINGS + rb"|<<|<[^<>]*+>?|#[^\r\n]*+|\\[\s\S]|[^\"'<#\\)]++|\)")
TTL_RESTS = {
    b'"""': re.compile(DQ_LONG_REST),
    b"'''": re.compile(SQ_LONG_REST),
    b'"': re.compile(DQ_SHORT_REST),
    b"'": re.compile(SQ_SHORT_REST),
}
TTL_IRI_REST = re.compile(rb"[^<>]*+")
TTL_COMMENT_REST = re.compile(rb"[^\r\n]*+")
TTL_LONG_TOKENS = (b"<<(", b")>>", b'"""', b"'''")
TTL_MARKS = bytes.maketrans(b"(>", OPEN + CLOSE)
TTL_OTHERS = keep_only(b"(>")


class TripleTermDepth:
    """Counts how deep triple terms `<<( ... )>>` nest in Turtle, TriG, N-Triples or N-Quads."""

    def __init__(self, what: str, limit: int = MAX_TRIPLE_TERM_DEPTH) -> None:
        self.counter = DepthCounter(limit, what, "triple terms")
        self.carry = b""
        self.pending = b""  # the unfinished token: a string's quotes, b"<" for an IRI, b"#" for a comment

    def feed(self, data: bytes) -> None:
        """Count the next chunk of the document."""
        if self.carry:
            data, self.carry = self.carry + data, b""
        pos = self.resume(data, 0) if self.pending else 0
        if pos >= 0 and all(data.find(token, pos) < 0 for token in TTL_LONG_TOKENS):
            # Nothing to count, and only long strings run past a line's end (a short string, IRI or
            # comment that does is an error where the parser stops): only the last line is read.
            pos = max(pos, data.rfind(b"\n") + 1)
        while 0 <= pos < len(data):
            end = TTL_SPAN.match(data, pos).end()  # type: ignore[union-attr]
            span = data[pos:end]
            if b"<<(" in span or b")>>" in span:
                marks = b"".join(chain.from_iterable(TTL_TOKENS.findall(span)))
                self.counter.add(marks.translate(TTL_MARKS, TTL_OTHERS))
            if end == len(data):
                return
            pos = self.open(data, end)

    def open(self, data: bytes, at: int) -> int:
        """Start the token at `data[at]` that the span could not take; return where to go on, or -1."""
        first = data[at : at + 1]
        rest = data[at:]
        if first in (b")", b"\\") or rest in (b"<", b"<<") or (first in b"\"'" and len(rest) < 3):
            self.carry = rest  # the next chunk decides what it is
            return -1
        if first in b"\"'":
            self.pending = first * 3 if rest.startswith(first * 3) else first
        else:
            self.pending = first  # `<` of an IRI or `#` of a comment
        return self.resume(data, at + len(self.pending))

    def resume(self, data: bytes, pos: int) -> int:
        """Go on with the unfinished token from `data[pos]`: where it ends in `data`, or -1 if it runs past."""
        if self.pending == b"<":
            end = TTL_IRI_REST.match(data, pos).end()  # type: ignore[union-attr]
            if end == len(data):
                return -1
            self.pending = b""
            return end + 1 if data[end] == ord(">") else end  # a `<` inside ends no IRI: the parser stops there
        if self.pending == b"#":
            end = TTL_COMMENT_REST.match(data, pos).end()  # type: ignore[union-attr]
            if end == len(data):
                return -1
            self.pending = b""
            return end
        end = TTL_RESTS[self.pending].match(data, pos).end()  # type: ignore[union-attr]
        if data.startswith(self.pending, end):
            end, self.pending = end + len(self.pending), b""
            return end
        if end < len(data):
            self.carry = data[end:]  # a backslash, or quotes that may begin the closing ones
        return -1
