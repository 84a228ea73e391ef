"""Typed literals from extracted Values: check the lexical form against its XSD type, then build the literal.

Literals are written in the canonical lexical form that Oxigraph stores ("1.0" -> "1", "PT90M" ->
"PT1H30M", "+00:00" -> "Z"), so that a graph reads back from the store exactly as it was built.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

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
            r"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?"
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
    kind = "decimal" if value.type == "money" else value.type
    return typed_literal(canonical_lexical(kind, lexical), _PATTERNS[kind][1])


def typed_literal(lexical: str, datatype: URIRef) -> Literal:
    """A typed literal that keeps exactly this lexical form (rdflib would rewrite 'Z' as '+00:00')."""
    return Literal(lexical, datatype=datatype, normalize=False)


def decimal_literal(number: Decimal | float | int) -> Literal:
    """An xsd:decimal literal in canonical form (0.9, 1, 97.5)."""
    return typed_literal(canonical_lexical("decimal", str(number)), XSD.decimal)


def integer_literal(number: int) -> Literal:
    """An xsd:integer literal."""
    return typed_literal(str(int(number)), XSD.integer)


def canonical_lexical(kind: str, lexical: str) -> str:
    """The canonical lexical form of a valid value of xsd:`kind`, as Oxigraph stores it."""
    if kind == "integer":
        return str(int(lexical))
    if kind == "decimal":
        text = format(Decimal(lexical).normalize(), "f")
        text = text.rstrip("0").rstrip(".") if "." in text else text
        return "0" if text in ("-0", "") else text
    if kind == "duration":
        return _canonical_duration(lexical)
    if kind in DATE_TYPES:
        text = re.sub(r"[+-]00:00$", "Z", lexical)
        # Fractional seconds without trailing zeros: 08:55:00.500 -> 08:55:00.5, 08:55:00.000 -> 08:55:00
        return re.sub(r"(\d{2}:\d{2}:\d{2})\.(\d*?)0*(?=Z|[+-]\d{2}:\d{2}|$)", _fraction, text)
    return lexical


def _fraction(match: re.Match[str]) -> str:
    return match[1] + (f".{match[2]}" if match[2] else "")


def _canonical_duration(lexical: str) -> str:
    negative = lexical.startswith("-")
    date_text, _, time_text = lexical.partition("T")
    parts = {unit: number for number, unit in re.findall(r"(\d+)([YMD])", date_text)}
    time_parts = {unit: number for number, unit in re.findall(r"(\d+(?:\.\d+)?)([HMS])", time_text)}
    months = int(parts.get("Y", 0)) * 12 + int(parts.get("M", 0))
    seconds = (
        Decimal(parts.get("D", 0)) * 86400
        + Decimal(time_parts.get("H", 0)) * 3600
        + Decimal(time_parts.get("M", 0)) * 60
        + Decimal(time_parts.get("S", 0))
    )
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    date_part = "".join(f"{n}{u}" for n, u in ((months // 12, "Y"), (months % 12, "M"), (int(days), "D")) if n)
    sec_text = canonical_lexical("decimal", str(secs)) if secs else ""
    time_part = "".join(f"{n}{u}" for n, u in ((int(hours), "H"), (int(minutes), "M")) if n)
    time_part += f"{sec_text}S" if sec_text else ""
    if not date_part and not time_part:
        return "PT0S"
    return ("-" if negative else "") + "P" + date_part + (f"T{time_part}" if time_part else "")


def _is_real_date(kind: str, lexical: str) -> bool:
    try:
        if kind == "date":
            date.fromisoformat(lexical[:10])
        elif kind == "dateTime":
            datetime.fromisoformat(lexical.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
