"""A time given in several zones in brackets ('9:10 a.m. EDT (1310 GMT; 9:10 p.m. Beijing Time)') does not cut
the event word off from the date that follows: a semicolon inside brackets ends no clause."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def _event_dates(body: str, published: date) -> set[tuple[str, str]]:
    ext = run(body, published)
    types = {f.subject: f.obj.lexical for f in ext.facts if f.predicate == "event_type" and isinstance(f.obj, Value)}
    return {
        (types[f.subject], f.obj.lexical[:10])
        for f in ext.facts
        if f.predicate == "date" and f.subject in types and isinstance(f.obj, Value)
    }


def test_a_docking_with_times_in_three_zones_is_dated() -> None:
    found = _event_dates(
        "The Shenzhou-31 crew docked with the Tiangong station at 9:10 a.m. EDT (1310 GMT; 9:10 p.m. "
        "Beijing Time) Thursday (May 8), two hours after their launch.",
        date(2031, 5, 8),
    )
    assert ("docking", "2031-05-08") in found


def test_a_semicolon_outside_brackets_still_parts_the_clauses() -> None:
    found = _event_dates(
        "The Shenzhou-31 crew docked with the Tiangong station after a short chase; the next cargo ship "
        "is due on May 20.",
        date(2031, 5, 8),
    )
    assert not any(kind == "docking" for kind, _ in found)
