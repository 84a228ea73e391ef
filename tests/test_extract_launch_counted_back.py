"""A launch counted back from a dated landing ('returned to Earth one day after it blasted off') is dated, and
'Baikinor' is another spelling of Baikonur."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_launch_a_day_before_the_landing() -> None:
    body = "On March 3, 1964, Vostok 9 came back to Earth one day after it blasted off from Baikinor."
    ext = run(body, date(2024, 3, 3))
    assert objects(ext, "launch_date", "Vostok 9") == {"1964-03-02"}
    assert {str(f.obj) for f in ext.facts if f.predicate == "launch_site"} == {"site-baikonur-cosmodrome"}


def test_a_launch_some_days_before_the_landing() -> None:
    body = "The Soyuz MS-41 capsule landed in Kazakhstan on May 8, nine days after its launch."
    assert objects(run(body, date(2031, 5, 8)), "launch_date", "Soyuz MS-41") == {"2031-04-29"}


def test_no_launch_counted_back_without_a_dated_landing() -> None:
    body = "The Soyuz MS-41 capsule will land in Kazakhstan nine days after its launch."
    assert objects(run(body, date(2031, 5, 8)), "launch_date", "Soyuz MS-41") == set()
