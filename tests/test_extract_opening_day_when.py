"""A day opening the sentence dates a 'when' clause after it ('On May 2, 1990, A became the first ... when B
launched'), and a launch's clock time told later without a day belongs to that day, not to the day of telling."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

PUBLISHED = date(2030, 5, 2)


def test_a_launch_in_a_when_clause_after_an_opening_day() -> None:
    body = "On May 2, 1990, Jane Doe became her country's first woman in orbit when the shuttle launched STS-91."
    assert objects(run(body, PUBLISHED), "launch_date", "STS-91") == {"1990-05-02"}


def test_a_later_clock_time_of_the_launch_keeps_that_day() -> None:
    body = (
        "On May 2, 1990, Jane Doe became her country's first woman in orbit when the shuttle launched STS-91.\n"
        "She was a chemist and a keen sailor.\n"
        "Her flight inspired many girls to study science.\n"
        "Her crewmates praised her calm.\n"
        "The launch took place at 6:12 am EDT from Kennedy Space Center."
    )
    assert {d[:10] for d in objects(run(body, PUBLISHED), "launch_date", "STS-91")} == {"1990-05-02"}
