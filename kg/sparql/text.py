"""Read just enough of a SPARQL request's text to route and guard it, without a full parse.

The Oxigraph engine parses every query itself; this module only finds the query form, caps the
result size and adds the protocol's dataset clauses to updates (remote access is decided on the
parsed query, in kg.sparql.guard). Strings, IRIs and comments are skipped so that words inside
them never count.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.errors import BadInputError

TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    | (?P<word>[A-Za-z_\u00c0-\uffff][\w.\-\u00b7\u00c0-\uffff]*(?::[\w.\-:%\u00b7\u00c0-\uffff]*)?
               |:[\w.\-:%\u00b7\u00c0-\uffff]*)
    | (?P<number>\d+)
    | (?P<open>[{])
    | (?P<close>[}])
    | (?P<space>\s+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
MAX_LIMIT_DIGITS = 18
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


class Token(NamedTuple):
    """One lexical token of SPARQL text with its brace depth (a tuple: a query has hundreds, made at each request)."""

    kind: str
    text: str
    start: int
    end: int
    depth: int

    @property
    def upper(self) -> str:
        """The token's text in upper case, for keyword comparisons."""
        return self.text.upper()


def tokenize(text: str) -> list[Token]:
    """Split SPARQL text into significant tokens (no spaces or comments), each with its brace depth."""
    tokens: list[Token] = []
    depth = 0
    for match in TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind in ("space", "comment"):
            continue
        if kind == "close":
            depth -= 1
        tokens.append(Token(kind, match.group(), match.start(), match.end(), depth))
        if kind == "open":
            depth += 1
    return tokens


def find_query_form(tokens: list[Token]) -> str | None:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) after the prologue, or None if there is none."""
    for token in tokens:
        if token.kind == "word" and token.depth == 0:
            word = token.upper
            if word in QUERY_FORMS:
                return word
            if word in UPDATE_WORDS:
                return None
    return None


def has_dataset_clause(tokens: list[Token]) -> bool:
    """Whether the query names its own dataset with FROM or FROM NAMED."""
    return any(t.depth == 0 and t.kind == "word" and t.upper == "FROM" for t in tokens)


def looks_like_update(tokens: list[Token]) -> bool:
    """Whether the text starts (after its prologue) with an update operation."""
    for token in tokens:
        if token.kind == "word" and token.depth == 0 and token.upper not in ("PREFIX", "BASE"):
            return token.upper in UPDATE_WORDS
    return False


def cap_rows(text: str, tokens: list[Token], max_rows: int) -> tuple[str, bool]:
    """Return the query with its top-level LIMIT lowered to `max_rows`, and whether the cap applies."""
    for i, token in enumerate(tokens):
        if token.depth == 0 and token.kind == "word" and token.upper == "LIMIT":
            if i + 1 < len(tokens) and tokens[i + 1].kind == "number":
                number = tokens[i + 1]
                # int() refuses numbers of over 4,300 digits; any number this long is above the cap.
                digits = number.text.lstrip("0") or "0"
                if len(digits) <= MAX_LIMIT_DIGITS and int(digits) <= max_rows:
                    return text, False
                return text[: number.start] + str(max_rows) + text[number.end :], True
            return text, False
    insert_at = len(text)
    last_close = max((t.end for t in tokens if t.kind == "close" and t.depth == 0), default=0)
    for token in tokens:
        if token.depth == 0 and token.start >= last_close and token.kind == "word" and token.upper == "VALUES":
            insert_at = token.start
            break
    before = text[:insert_at]
    last_end = max((t.end for t in tokens if t.end <= insert_at), default=0)
    # On the same line keeps the parser's line numbers for errors at the end; after a comment it cannot.
    separator = "\n" if "#" in before[last_end:] else " "
    return f"{before.rstrip()}{separator}LIMIT {max_rows} {text[insert_at:]}", True


def add_update_dataset(text: str, tokens: list[Token], using: list[str], using_named: list[str]) -> str:
    """Add the protocol's using-graph-uri / using-named-graph-uri to each INSERT/DELETE ... WHERE operation."""
    if not using and not using_named:
        return text
    for token in tokens:
        if token.depth == 0 and token.kind == "word" and token.upper in ("USING", "WITH"):
            raise BadInputError(
                f"the update has its own {token.upper} clause, so it cannot also take "
                "using-graph-uri or using-named-graph-uri parameters"
            )
    clause = " ".join([*(f"USING <{g}>" for g in using), *(f"USING NAMED <{g}>" for g in using_named)])
    pieces: list[str] = []
    position = 0
    for i, token in enumerate(tokens):
        if token.depth == 0 and token.kind == "word" and token.upper == "WHERE":
            if i > 0 and tokens[i - 1].upper == "DELETE":
                continue
            pieces.append(text[position : token.start])
            pieces.append(clause + " ")
            position = token.start
    pieces.append(text[position:])
    return "".join(pieces)


def lenient_clear(text: str, tokens: list[Token]) -> str:
    """Make CLEAR of a graph that does not exist a no-op (as in Fuseki) instead of Oxigraph's error."""
    pieces: list[str] = []
    position = 0
    for i, token in enumerate(tokens):
        clear = token.depth == 0 and token.kind == "word" and token.upper == "CLEAR"
        if clear and i + 1 < len(tokens) and tokens[i + 1].upper != "SILENT":
            pieces.append(text[position : token.end])
            pieces.append(" SILENT")
            position = token.end
    pieces.append(text[position:])
    return "".join(pieces)
