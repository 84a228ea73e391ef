"""Syntax errors of a capped query, described against the query as the client sent it.

The endpoint caps a query's rows by editing its text (kg.sparql.text.cap_rows: a LIMIT lowered or
added), and the query process parses the edited text; its line and column must be moved back to
the client's own text, which is all the client knows.
"""

from __future__ import annotations

import re

from kg.errors import QuerySyntaxError
from kg.sparql.prefixes import line_column, offset_of, select_used_prefixes
from kg.store.remote import check_syntax

POSITION = re.compile(r"(malformed SPARQL at line )(\d+), column (\d+)(:.*)", re.DOTALL)


def describe_as_sent(
    exc: QuerySyntaxError, sent: str, parsed: str, base_iri: str | None, prefixes: dict[str, str]
) -> QuerySyntaxError:
    """The error `exc` on the edited text `parsed`, with its line and column in `sent`, the text as sent.

    An error outside the edit moves by the edit's length; an error inside it (the client's text
    ends or breaks where the cap went in) is the parser's own error on `sent`.
    """
    match = POSITION.fullmatch(str(exc))
    if sent == parsed or match is None:
        return exc
    start, sent_end, parsed_end = edited_span(sent, parsed)
    offset = offset_of(parsed, int(match.group(2)), int(match.group(3)))
    if offset < start:
        moved = offset
    elif offset >= parsed_end:
        moved = offset - parsed_end + sent_end
    else:
        try:
            check_syntax(sent, base_iri, select_used_prefixes(sent, prefixes), prefixes)
        except QuerySyntaxError as own:
            return own
        moved = start
    line, column = line_column(sent, moved)
    return QuerySyntaxError(f"{match.group(1)}{line}, column {column}{match.group(4)}")


def edited_span(sent: str, parsed: str) -> tuple[int, int, int]:
    """Where `parsed` differs from `sent`: the start, and the end of the span in each text."""
    start = 0
    shorter = min(len(sent), len(parsed))
    while start < shorter and sent[start] == parsed[start]:
        start += 1
    tail = 0
    while tail < shorter - start and sent[len(sent) - 1 - tail] == parsed[len(parsed) - 1 - tail]:
        tail += 1
    return start, len(sent) - tail, len(parsed) - tail
