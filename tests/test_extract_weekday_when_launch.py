"""A bare weekday dating a launch told only as going into space ('Otieno made history Thursday when her crew
blasted into space') dates that flight's launch, even with no flight name."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def _launch_dates(body: str, published: date) -> set[str]:
    ext = run(body, published)
    return {f.obj.lexical[:10] for f in ext.facts if f.predicate == "launch_date" and isinstance(f.obj, Value)}


def test_a_weekday_before_a_when_clause_dates_the_launch_it_tells() -> None:
    body = (
        "Kenyan engineer Amina Otieno made history Thursday when she and two crewmates blasted into space on "
        "Soyuz MS-40 from the steppe. They are due at the International Space Station in two days."
    )
    assert _launch_dates(body, date(2026, 3, 5)) == {"2026-03-05"}


def test_blasting_into_orbit_on_a_day_dates_the_launch() -> None:
    body = "Two cosmonauts and a tourist blasted into orbit on Tuesday aboard a Soyuz rocket from Baikonur."
    assert _launch_dates(body, date(2026, 3, 5)) == {"2026-03-03"}


def test_a_weekday_of_something_else_before_the_when_clause_dates_no_launch() -> None:
    body = (
        "The crew trained in the pool on Monday and the Soyuz rocket was rolled out. "
        "They said they were ready for the day when they will blast into space next month."
    )
    assert "2026-03-02" not in _launch_dates(body, date(2026, 3, 5))
