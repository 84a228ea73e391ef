"""A holiday named as the day ('on Christmas Eve') dates what it is told with, in the year the story is set in, and
an 'extravehicular activity' is a spacewalk, a dated happening of its own."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import objects, run


def test_a_holiday_dates_a_landing() -> None:
    ext = run("Soyuz MS-40 is to land in Kazakhstan on Christmas Eve, the space agency said.", date(2031, 12, 20))
    assert objects(ext, "landing_date", "Soyuz MS-40") == {"2031-12-24"}


def test_a_holiday_falls_in_the_year_the_story_is_set_in() -> None:
    ext = run(
        "Fifty years ago today, Skylab 9 lifted off with three astronauts. On New Year's Day the crew made a "
        "spacewalk to photograph a comet.",
        date(2023, 11, 16),
    )
    days = {f.obj.lexical for f in ext.facts if f.predicate == "date" and isinstance(f.obj, Value)}
    assert "1974-01-01" in days


def test_an_extravehicular_activity_is_a_dated_spacewalk() -> None:
    ext = run(
        "Two Russian cosmonauts of Soyuz MS-40 completed a spacewalk outside the station on Thursday. The crew "
        "carried out their previous extravehicular activity on the evening of June 22.",
        date(2031, 8, 10),
    )
    days = {f.obj.lexical for f in ext.facts if f.predicate == "date" and isinstance(f.obj, Value)}
    assert "2031-06-22" in days
