"""A time given again in another zone in brackets ('at 6:10 a.m. (5:10 p.m. EST Tuesday)') is the same moment told
twice: the day in the brackets dates nothing of its own, and the landing keeps the day of the local time."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def test_a_day_in_a_bracketed_conversion_dates_no_landing_of_its_own() -> None:
    ext = run(
        "Shenzhou 40 touched down in Inner Mongolia early today. The capsule landed at 6:10 a.m. "
        "(5:10 p.m. EST Tuesday) after 14 orbits.",
        date(2031, 5, 7),
    )
    landings = {f.obj.lexical for f in ext.facts if f.predicate == "landing_date" and isinstance(f.obj, Value)}
    assert {value[:10] for value in landings} == {"2031-05-07"}
    assert not any(value.endswith("-05:00") for value in landings)
