"""A landing told with a clock time and no day, in a story of the next day, is on the short flight's launch day."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def test_a_suborbital_landing_with_only_a_clock_time_is_on_the_launch_day() -> None:
    ext = run(
        "The NS-40 capsule carried four tourists to the edge of space. The rocket lifted off at 8:10am on "
        "May 4 from the company's site in Texas.\n\nOne of the four is a retired teacher. Another runs a bakery "
        "in Ohio. The third is a pilot.\n\nThe passengers cheered on the company's webcast after "
        "the capsule touched down at 8:21am.",
        date(2031, 5, 5),
    )
    landings = {f.obj.lexical[:10] for f in ext.facts if f.predicate == "landing_date" and isinstance(f.obj, Value)}
    assert landings == {"2031-05-04"}
