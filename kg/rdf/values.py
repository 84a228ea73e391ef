"""Typed literals from extracted Values: check the lexical form against its XSD type, then build the literal."""

from __future__ import annotations

import re
from datetime import date, datetime

from rdflib import XSD, Literal, URIRef

from kg.errors import BadInputError
from kg.extract.model import Value

_TZ = r"(Z|[+-]\d{2}:\d{2})?"
_PATTERNS: dict[str, tuple[re.Pattern[str], URIRef]] = {
    "integer": (re.compile(r"^[+-]?\d+$"), XSD.integer),
    "decimal": (re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$"), XSD.decimal),
    "date": (re.compile(r"^\d{4}-\d{2}-\d{2}" + _TZ + "$"), XSD.date),
    "dateTime": (re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?" + _TZ + "$"), XSD.dateTime),
    "gYearMonth": (re.compile(r"^\d{4}-(0[1-9]|1[0-2])" + _TZ + "$"), XSD.gYearMonth),
    "gYear": (re.compile(r"^\d{4}" + _TZ + "$"), XSD.gYear),
    "duration": (
        re.compile(
            r"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+(\.\d+)?D)?"
            r"(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
        ),
        XSD.duration,
    ),
}
DATE_TYPES = ("date", "dateTime", "gYearMonth", "gYear")


def check_value(value: Value, where: str) -> str:
    """Return the value's lexical form if it is valid for its type; BadInputError naming `where` otherwise."""
    lexical = value.lexical.strip()
    if value.type == "string":
        return value.lexical
    if value.type == "money":
        check_value(Value(lexical, "decimal"), where)
        if not (value.unit and re.fullmatch(r"[A-Z]{3}", value.unit)):
            raise BadInputError(f"{where}: money {lexical!r} needs an ISO 4217 currency code, not {value.unit!r}")
        return lexical
    if value.type not in _PATTERNS:
        raise BadInputError(f"{where}: unknown value type {value.type!r}")
    pattern, _ = _PATTERNS[value.type]
    if not pattern.match(lexical) or not _is_real_date(value.type, lexical):
        raise BadInputError(f"{where}: {lexical!r} is not a valid xsd:{value.type}")
    return lexical


def to_literal(value: Value, where: str) -> Literal:
    """Return the RDF literal for a Value (plain literal for strings); BadInputError if it is ill-formed."""
    lexical = check_value(value, where)
    if value.type == "string":
        return Literal(lexical)
    if value.type == "money":
        return Literal(lexical, datatype=XSD.decimal)
    return Literal(lexical, datatype=_PATTERNS[value.type][1])


def _is_real_date(kind: str, lexical: str) -> bool:
    try:
        if kind == "date":
            date.fromisoformat(lexical[:10])
        elif kind == "dateTime":
            datetime.fromisoformat(lexical.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
