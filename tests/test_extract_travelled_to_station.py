"""A look-back piece telling a flight as travel to a station on a day ('travelled to the Soviet space station
Mir on 12 June 1990') dates its launch and gives its destination; months of training before it are no length
of the flight ('She had put in 14 months training ..., and her nine-day mission ...')."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import facts, run

_STORY = (
    "Kenya marks a quarter of a century of spaceflight this week.\n\n"
    "Dr Amina Otieno, an engineer from Mombasa, travelled to the Soviet space station Mir on 12 June 1990.\n\n"
    "Otieno joined two cosmonauts on a space mission in 1990. She had put in 14 months training near Moscow, "
    "and her nine-day mission in space was filled with experiments."
)


def _values(predicate: str, body: str, published: date) -> set[str]:
    ext = run(body, published)
    return {f.obj.lexical for f in ext.facts if f.predicate == predicate and isinstance(f.obj, Value)}


def test_travel_to_a_station_on_a_day_dates_the_launch() -> None:
    assert _values("launch_date", _STORY, date(2015, 6, 12)) == {"1990-06-12"}


def test_a_station_after_its_country_and_kind_is_the_destination() -> None:
    assert {o for _, o in facts(run(_STORY, date(2015, 6, 12)), "destination")} == {"Mir"}


def test_months_of_training_are_no_length_of_the_flight() -> None:
    assert _values("duration", _STORY, date(2015, 6, 12)) == {"P9D"}


def test_travel_to_a_city_on_a_day_dates_no_launch() -> None:
    body = (
        "The Soyuz crew will launch next month on a space mission to the station. "
        "Commander Amina Otieno travelled to Moscow on 2 May for her final exams before the space mission."
    )
    assert "2026-05-02" not in _values("launch_date", body, date(2026, 5, 10))


def test_travel_to_a_space_centre_or_for_space_training_dates_no_launch() -> None:
    body = (
        "The Soyuz crew will launch next month on a space mission to the station. "
        "Commander Amina Otieno travelled to Houston for space training on 2 May, and her pilot travelled to the "
        "Kennedy Space Center on 4 May."
    )
    launches = _values("launch_date", body, date(2026, 5, 10))
    assert not launches & {"2026-05-02", "2026-05-04"}
