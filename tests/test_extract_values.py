"""Time expressions and quantities: resolved against the publication date, granularity and zone kept."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.model import Value
from kg.extract.quantities import find_quantities
from kg.extract.timex import find_timexes
from kg.extract.zones import combine

THURSDAY = date(2021, 9, 16)


def values(text: str, published: date = THURSDAY, future: bool = False) -> list[str]:
    """Return the lexical values of the calendar expressions found in text."""
    found = find_timexes(text, published, future)
    return [v.lexical for t in found if (v := t.to_value()) is not None]


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("It launched today.", False, ["2021-09-16"]),
        ("It lifted off last night.", False, ["2021-09-15"]),
        ("They landed yesterday.", False, ["2021-09-15"]),
        ("It splashed down on Saturday.", False, ["2021-09-11"]),
        ("It will splash down on Saturday.", True, ["2021-09-18"]),
        ("The crew returns on October 17.", True, ["2021-10-17"]),
        ("It flew on December 17.", False, ["2020-12-17"]),
        ("Planned for next month.", True, ["2021-10"]),
        ("Postponed to 2022.", False, ["2022"]),
        ("Return in April 2022.", True, ["2022-04"]),
        ("Done by the end of next year.", True, ["2022"]),
        ("Posted May 5, 2020 by NASA.", False, ["2020-05-05"]),
        ("On 5 October 2021 it flew.", False, ["2021-10-05"]),
        ("May the crew be safe.", False, []),
        ("It will fly in March.", True, ["2022-03"]),
    ],
)
def test_relative_and_absolute_dates(text: str, future: bool, expected: list[str]) -> None:
    assert values(text, future=future) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("departed today at 8:55 a.m. Russian time zone", date(2021, 10, 6), "2021-10-06T08:55:00+03:00"),
        ("departed today at 8:55 a.m. Moscow time", date(2021, 10, 6), "2021-10-06T08:55:00+03:00"),
        ("lifted off last night at 8:02 p.m. Eastern time", THURSDAY, "2021-09-15T20:02:00-04:00"),
        ("launched today at 9:00 a.m. Eastern time", date(2021, 12, 11), "2021-12-11T09:00:00-05:00"),
        ("launched today at 12:23 a.m. Beijing time", date(2021, 10, 16), "2021-10-16T00:23:00+08:00"),
        ("lifted off today at 5:37 p.m. EDT", date(2023, 5, 21), "2023-05-21T17:37:00-04:00"),
        ("launched today at 14:10 GMT", date(2023, 5, 21), "2023-05-21T14:10:00+00:00"),
    ],
)
def test_clock_times_keep_the_named_zone(text: str, published: date, expected: str) -> None:
    found = find_timexes(text, published, False)
    day = next(t for t in found if t.grain == "day")
    clock = next(t for t in found if t.grain == "clock")
    assert day.day is not None
    assert combine(day.day, clock, None) == Value(expected, "dateTime")


def test_local_time_uses_the_launch_site_zone() -> None:
    found = find_timexes("launched today at 9:00 a.m. local time", date(2021, 7, 11), False)
    clock = next(t for t in found if t.grain == "clock")
    assert combine(date(2021, 7, 11), clock, "America/Denver").lexical == "2021-07-11T09:00:00-06:00"


def test_clock_without_zone_keeps_only_the_day() -> None:
    found = find_timexes("launched today at 9:00 a.m.", date(2021, 7, 11), False)
    clock = next(t for t in found if t.grain == "clock")
    assert combine(date(2021, 7, 11), clock, None) == Value("2021-07-11", "date")


@pytest.mark.parametrize(
    ("text", "kind", "lexical", "unit"),
    [
        ("it will spend 12 days in space", "duration", "P12D", None),
        ("3 hours and 17 minutes after launch", "duration", "PT3H17M", None),
        ("for a six-month stay", "duration", "P6M", None),
        ("about six and a half hours later", "duration", "PT6H30M", None),
        ("lasted 10 minutes and 17 seconds", "duration", "PT10M17S", None),
        ("a 25-and-a-half-day trip", "duration", "P25DT12H", None),
        ("twelve days aboard", "duration", "P12D", None),
        ("408km from Earth", "distance", "408", "km"),
        ("an altitude of about 66 miles", "distance", "106.217", "km"),
        ("a goal of 200 million dollars", "money", "200000000", "USD"),
        ("it cost $1.5 billion", "money", "1500000000", "USD"),
    ],
)
def test_quantities_are_normalised(text: str, kind: str, lexical: str, unit: str | None) -> None:
    found = [q for q in find_quantities(text) if q.kind == kind]
    assert [(q.lexical, q.unit) for q in found] == [(lexical, unit)]
