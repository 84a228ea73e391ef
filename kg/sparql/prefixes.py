"""Which prefix a SPARQL text uses without declaring it: the cause behind many of the parser's errors.

Oxigraph reports an undeclared prefix as a list of the characters it expected (or, inside an
expression, as the function names it expected), so the prefix is found here on the text itself:
strings, IRIs, comments and blank nodes are skipped so that a colon inside them never counts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

PN_CHARS = r"\w.\-\u00b7\u0300-\u036f\u203f-\u2040"
TOKEN = re.compile(
    rf"""
    \#[^\n\r]*
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\" | '''(?:[^'\\]|\\.|'(?!''))*'''
    | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*'
    | <[^<>"{{}}|^`\\\x00-\x20]*>
    | [?$][{PN_CHARS}]+
    | _:[{PN_CHARS}]*
    | (?P<pname>(?P<prefix>[^\W\d_][{PN_CHARS}]*)?:(?P<local>[{PN_CHARS}:%\\]*))
    | (?P<word>[^\W\d_][\w\-]*)
    | \s+
    | .
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class UndeclaredPrefix:
    """A prefix used in the text but declared neither there nor by the caller, and where it is first used."""

    prefix: str
    offset: int


def find_undeclared_prefix(text: str, predeclared: Collection[str] = ()) -> UndeclaredPrefix | None:
    """The first prefix `text` uses that no PREFIX declaration in it (nor `predeclared`) defines."""
    declared = set(predeclared)
    after_prefix_keyword = False
    for match in TOKEN.finditer(text):
        if match.group("pname") is not None:
            prefix = match.group("prefix") or ""
            if after_prefix_keyword and not match.group("local"):
                declared.add(prefix)
            elif prefix not in declared:
                return UndeclaredPrefix(prefix, match.start())
        if not match.group().isspace() and not match.group().startswith("#"):
            after_prefix_keyword = (match.group("word") or "").upper() == "PREFIX"
    return None


def offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a 1-based line and column of `text` (lines end at newlines, as the parser counts)."""
    lines = text.split("\n")
    return sum(len(previous) + 1 for previous in lines[: line - 1]) + column - 1


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset of `text`."""
    before = text[:offset]
    return before.count("\n") + 1, offset - before.rfind("\n")


def select_used_prefixes(text: str, prefixes: Mapping[str, str]) -> dict[str, str]:
    """The entries of `prefixes` whose name (with its colon) occurs in `text`.

    Oxigraph reads every prefix it is given for each query (about 20 µs for 27 of them, as much as
    a small query takes), so it gets only those the text may use.
    """
    return {name: namespace for name, namespace in prefixes.items() if f"{name}:" in text}
