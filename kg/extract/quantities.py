"""Durations, distances and sums of money found in text, with their values normalised."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.numbers import number_pattern, parse_number
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("reading.jsonl")

_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_KM_PER_UNIT = {
    "nautical": 1.852,
    "statute": 1.609344,
    "mile": 1.609344,
    "mi": 1.609344,
    "feet": 0.0003048,
    "ft": 0.0003048,
    "meter": 0.001,
    "metre": 0.001,
}


@dataclass(frozen=True)
class Quantity:
    """A quantity found at [begin, end) of the text searched: kind duration|distance|money."""

    kind: str
    begin: int
    end: int
    lexical: str
    unit: str | None = None


@lru_cache(maxsize=1)
def _duration_re() -> re.Pattern[str]:
    """Return the regex of a duration: one or more `number unit` parts joined by 'and' or commas."""
    num = number_pattern()
    unit = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|hrs?|mins?)"
    part = rf"(?:{num})[\s-]{unit}"
    # 'a 115-hour-and-32-minute flight': parts of a hyphenated figure are joined by '-and-'.
    return re.compile(rf"(?<![\w-])(?:{part})(?:(?:,\s*|\s+and\s+|-and-|\s+)(?:{part}))*(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _distance_re() -> re.Pattern[str]:
    """Return the regex of a distance in kilometres or miles."""
    num = number_pattern()
    # 'fly 273 mi. above Earth': the full stop of an abbreviation is the figure's, so the words after it qualify it.
    unit = r"(?:km|kilometers?|kilometres?|nautical\s+miles?|statute\s+miles?|miles?|mi\.?|feet|ft\.?|meters?|metres?)"
    return re.compile(rf"(?<![\w-])({num})[\s-]?({unit})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _money_re() -> re.Pattern[str]:
    """Return the regex of a sum of money: '$200 million', '200 million dollars', '50 million euros'."""
    num = number_pattern()
    currencies = get_resources().lexicon["currencies"]
    words = "|".join(re.escape(c) for c in sorted(currencies, key=len, reverse=True) if c[0].isalpha())
    symbols = "|".join(re.escape(c) for c in sorted(currencies, key=len, reverse=True) if not c[0].isalpha())
    return re.compile(rf"(?:({symbols})\s?({num})|(?<![\w-])({num})\s+({words}))(?![\w-])", re.IGNORECASE)


def iso_duration(parts: dict[str, float]) -> str:
    """Return an ISO 8601 duration from unit amounts (years, months, days, hours, minutes, seconds)."""

    def fmt(value: float) -> str:
        return str(int(value)) if float(value).is_integer() else f"{value:g}"

    date_part = "".join(f"{fmt(parts[u])}{c}" for u, c in (("year", "Y"), ("month", "M"), ("day", "D")) if parts.get(u))
    time_part = "".join(
        f"{fmt(parts[u])}{c}" for u, c in (("hour", "H"), ("minute", "M"), ("second", "S")) if parts.get(u)
    )
    return "P" + date_part + ("T" + time_part if time_part else "") if date_part or time_part else "PT0S"


def _add_amount(parts: dict[str, float], unit: str, amount: float) -> None:
    """Add `amount` of `unit` to parts, turning fractions into the next smaller unit."""
    smaller = {
        "year": ("month", 12),
        "month": ("day", 30),
        "week": ("day", 7),
        "day": ("hour", 24),
        "hour": ("minute", 60),
        "minute": ("second", 60),
    }
    if unit == "week":
        _add_amount(parts, "day", amount * 7)
        return
    whole = int(amount)
    fraction = amount - whole
    if whole:
        parts[unit] = parts.get(unit, 0) + whole
    if fraction and unit in smaller:
        next_unit, factor = smaller[unit]
        _add_amount(parts, next_unit, fraction * factor)
    elif fraction:
        parts[unit] = parts.get(unit, 0) + fraction


def parse_duration_text(text: str) -> str | None:
    """Return the ISO 8601 duration written in `text` ("3 hours and 17 minutes" -> "PT3H17M")."""
    num = number_pattern()
    parts: dict[str, float] = {}
    for match in re.finditer(rf"({num})[\s-](year|month|week|day|hour|hr|minute|min|second)s?\b", text, re.IGNORECASE):
        amount = parse_number(match.group(1))
        if amount is None:
            return None
        unit = {"hr": "hour", "min": "minute"}.get(match.group(2).lower(), match.group(2).lower())
        _add_amount(parts, unit, amount)
    return iso_duration(parts) if parts else None


def find_quantities(text: str) -> list[Quantity]:
    """Return every duration, distance and sum of money in `text`, in order of position."""
    found: list[Quantity] = []
    for match in _duration_re().finditer(text):
        value = parse_duration_text(match.group(0))
        if value:
            found.append(Quantity("duration", match.start(), match.end(), value))
    for match in _pattern("one_unit_long").finditer(text):
        found.append(Quantity("duration", match.start(), match.end(), iso_duration(_one(match.group(1).lower()))))
    for match in _distance_re().finditer(text):
        amount = parse_number(match.group(1))
        if amount is None:
            continue
        km = amount * _km_factor(match.group(2))
        found.append(Quantity("distance", match.start(), match.end(), _decimal(km), "km"))
    currencies = get_resources().lexicon["currencies"]
    for match in _money_re().finditer(text):
        symbol, num_a, num_b, word = match.groups()
        amount = parse_number(num_a or num_b)
        if amount is None:
            continue
        code = currencies.get((symbol or word).lower(), currencies.get(symbol or word, "USD"))
        found.append(Quantity("money", match.start(), match.end(), _decimal(amount), code))
    return sorted(found, key=lambda q: q.begin)


def _km_factor(unit: str) -> float:
    """Return how many kilometres one `unit` (km, miles, nautical miles, feet, metres) is."""
    word = unit.lower().split()[0].rstrip(".").rstrip("s")
    return _KM_PER_UNIT.get(word, 1.0)


def _decimal(value: float) -> str:
    """Return an xsd:decimal lexical form, without a needless fraction."""
    rounded = round(value, 3)
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.3f}".rstrip("0")


def _one(unit: str) -> dict[str, float]:
    """Return the unit amounts of one `unit` ('weeklong' is seven days)."""
    parts: dict[str, float] = {}
    _add_amount(parts, unit, 1)
    return parts
