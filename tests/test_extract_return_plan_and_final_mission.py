"""A plan told in commas after a landing noun ('the shuttle's return to Earth, scheduled for June 9') dates the
landing, not a launch; a length before an adjective and the flight noun ('its 12-day final mission') is its length."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

_STORY = (
    "The shuttle Endeavour docked at the space station on Wednesday. Endeavour is four days into its 12-day "
    "final mission. After the shuttle's return to Earth, scheduled for June 9, it will go to a museum."
)


def test_a_plan_in_commas_after_a_return_dates_the_landing() -> None:
    ext = run(_STORY, date(2011, 5, 20))
    assert objects(ext, "landing_date", "Endeavour crewed flight") == {"2011-06-09"}
    assert objects(ext, "launch_date", "Endeavour crewed flight") == set()


def test_a_length_before_final_mission_is_the_flight_duration() -> None:
    ext = run(_STORY, date(2011, 5, 20))
    assert objects(ext, "duration", "Endeavour crewed flight") == {"P12D"}
