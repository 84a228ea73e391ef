"""A time expression found in a sentence, and the names of months and weekdays it is read from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kg.extract.model import Value

MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


@dataclass(frozen=True)
class Timex:
    """A time expression at [begin, end) of the sentence: a calendar value or a clock time.

    `grain` is day, month, year or clock; `day` is set for day grain (and for clocks once anchored),
    `value` holds the lexical form for month and year grains; clocks carry hour, minute and zone.
    """

    begin: int
    end: int
    grain: str
    day: date | None = None
    value: str | None = None
    hour: int = 0
    minute: int = 0
    zone: str | None = None
    night: bool = False

    def to_value(self) -> Value | None:
        """Return the xsd Value of a calendar expression (None for a bare clock time)."""
        if self.grain == "day" and self.day:
            return Value(self.day.isoformat(), "date")
        if self.grain == "month" and self.value:
            return Value(self.value, "gYearMonth")
        if self.grain == "year" and self.value:
            return Value(self.value, "gYear")
        return None


def month_number(token: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return MONTHS[token.rstrip(".").lower()]
