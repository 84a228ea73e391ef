"""A role a person is chosen for ('A, a naval aviator and test pilot from Ohio, was selected as commander of the
mission', 'B was picked as pilot') is that person's seat on the flight, past an apposition after the name (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

ANNOUNCED = "The Artemis 9 crew was announced on Monday for the flight around the Moon next year.\n\n"


def test_selected_as_commander_past_a_long_apposition() -> None:
    ext = run(
        ANNOUNCED + "Jane Holt, a decorated naval aviator and test pilot from Ohio, was selected as commander of the "
        "mission.\n"
    )
    assert crew(ext, "Artemis 9") == {"Jane Holt": {"commander"}}


def test_picked_as_pilot() -> None:
    ext = run(ANNOUNCED + "Mark Dalby was picked as pilot.\n")
    assert crew(ext, "Artemis 9") == {"Mark Dalby": {"pilot"}}


def test_the_commander_of_the_station_is_no_seat_on_the_flight() -> None:
    ext = run(ANNOUNCED + "Ivan Zorin was selected as commander of the space station.\n")
    assert crew(ext, "Artemis 9") == {}
