"""Checks a SPARQL request must pass before Oxigraph parses it: nesting depth and remote access.

Oxigraph's parser recurses once per nesting level and overflows the stack (the process dies)
on a few thousand nested brackets, and its time grows steeply with nested blank nodes and
collections; so nesting is capped first, on the text as the parser will read it.
Whether a query reaches out (SERVICE) or an update fetches (LOAD) is decided on the parsed
query, by rdflib's SPARQL parser, never by matching words: spellings such as `SERVICE:x`,
`\\u0053ERVICE`, comments between tokens or a relative IRI under BASE all parse the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef, Variable

from kg.errors import BadInputError, ForbiddenOperationError

MAX_NESTING = 64
ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
OPENERS = frozenset("{([")
NESTING_TOKEN = re.compile(
    r"""
    (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<escape>\\.)
    | (?P<open>[{(\[])
    | (?P<close>[})\]])
    | (?P<other>[^"'<#\\{}()\[\]]+|.)
    """,
    re.VERBOSE | re.DOTALL,
)
NESTING_TOKEN_NO_IRI = re.compile(NESTING_TOKEN.pattern.replace("(?P<iri>", "(?P<never>(?!)"), re.VERBOSE | re.DOTALL)
# Words without which no query can reach the network: only SERVICE and LOAD fetch anything.
REMOTE_WORDS = ("service", "load")


def unescape_codepoints(text: str) -> str:
    r"""Replace SPARQL's \u and \U escapes, as the parser does before it reads the text."""

    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)

    return ESCAPE.sub(replace, text)


def measure_nesting(text: str) -> int:
    """The deepest nesting of brackets in the text as the parser could read it (after escapes).

    Brackets inside string literals and comments do not count. `<` opens an IRI or compares, and
    the two readings place strings differently (`?a<'>'` is an IRI then a quote, or a comparison
    with a string), so the text is measured both ways and the deeper count stands. The query
    processes remain the wall should a spelling still get past this count: a crash there ends one
    query process, not the server.
    """
    unescaped = unescape_codepoints(text)
    deepest = measure_with(NESTING_TOKEN, unescaped)
    if "<" not in unescaped:  # no IRI can start: both readings split the text alike
        return deepest
    return max(deepest, measure_with(NESTING_TOKEN_NO_IRI, unescaped))


def measure_with(tokens: re.Pattern[str], text: str) -> int:
    """The deepest nesting of brackets outside strings and comments, as `tokens` splits the text."""
    depth = deepest = 0
    for match in tokens.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "iri":  # a closing bracket cannot be in an IRI; an opening one still counts
            depth += sum(1 for char in match.group() if char in OPENERS)
            deepest = max(deepest, depth)
    return deepest


def check_nesting(text: str, limit: int = MAX_NESTING) -> None:
    """Refuse a query or update whose brackets nest deeper than `limit` (the parser cannot take it)."""
    deepest = measure_nesting(text)
    if deepest > limit:
        raise BadInputError(
            f"the SPARQL text nests brackets {deepest} levels deep; at most {limit} levels are accepted"
        )


def mentions_remote_words(text: str) -> bool:
    """Whether the text could contain SERVICE or LOAD in any spelling (escapes undone, any case)."""
    previous = None if "\\" in text else text  # no backslash, no escape to undo
    while previous != text:  # undo escapes of escapes too: this check must not be narrower than the parser
        previous, text = text, unescape_codepoints(text)
    folded = text.casefold()
    return any(word in folded for word in REMOTE_WORDS)


def check_remote_access(
    text: str,
    allowlist: tuple[str, ...],
    *,
    update: bool,
    base_iri: str | None,
    prefixes: Mapping[str, str] | None = None,
) -> None:
    """Refuse SERVICE calls (and LOAD operations) whose target is not on the allow-list.

    `prefixes` are those the engine will know without declaration, so that targets resolve alike.
    """
    if not mentions_remote_words(text):
        return
    for keyword, target in find_remote_targets(text, update=update, base_iri=base_iri, prefixes=prefixes):
        if target is None:
            raise ForbiddenOperationError(f"{keyword} with a variable target is not allowed on this endpoint")
        if target not in allowlist or not target.startswith(("http://", "https://")):
            what = "federated SERVICE calls to" if keyword == "SERVICE" else "LOAD from"
            raise ForbiddenOperationError(
                f"{what} <{target}> are not allowed: this endpoint fetches nothing that is not on its "
                "allow-list (KG_SERVICE_ALLOWLIST, empty by default)"
            )


def find_remote_targets(
    text: str, *, update: bool, base_iri: str | None, prefixes: Mapping[str, str] | None = None
) -> list[tuple[str, str | None]]:
    """The SERVICE and LOAD targets of a parsed query or update: (keyword, IRI or None for a variable)."""
    known = dict(prefixes or {})
    try:
        if update:
            operations = translateUpdate(parseUpdate(text), base=base_iri, initNs=known).algebra
        else:
            operations = [translateQuery(parseQuery(text), base=base_iri, initNs=known).algebra]
    except Exception as exc:  # rdflib raises many kinds (ParseException, Exception, RecursionError)
        kind = "update" if update else "query"
        detail = " ".join(str(exc).split())[:160]
        raise BadInputError(
            f"the {kind} mentions SERVICE or LOAD and could not be checked, so it is refused: {detail}"
        ) from exc
    found: list[tuple[str, str | None]] = []
    for node in walk(operations):
        if node.name == "ServiceGraphPattern":
            found.append(("SERVICE", term_iri(node.get("term"))))
        elif node.name == "Load":
            found.append(("LOAD", term_iri(node.get("iri"))))
    return found


def walk(value: Any) -> Iterator[CompValue]:
    """Every parsed node under `value`, depth first, without recursion (parsed queries can be deep)."""
    stack = [value]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)


def term_iri(term: Any) -> str | None:
    """The IRI of a SERVICE or LOAD target, None for a variable."""
    if isinstance(term, Variable) or term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    return None
