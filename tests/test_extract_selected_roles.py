"""A role a person is chosen for ('A, a naval aviator and test pilot from Ohio, was selected as commander of the
mission', 'B was picked as pilot', a crew member 'the first woman to command a shuttle mission') is that person's
seat on the flight, past an apposition after the name (issue 11)."""

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


def test_a_crew_member_told_first_to_command_a_mission_is_its_commander() -> None:
    ext = run(
        "The shuttle Columbia launched on mission STS-193 on Tuesday, carrying astronauts Jane Holt and Mark "
        "Dalby.\n\nJane Holt was the first woman to command a Space Shuttle mission.\n"
    )
    assert crew(ext, "STS-193")["Jane Holt"] >= {"commander"}


def test_someone_told_first_to_command_a_mission_is_not_made_crew() -> None:
    ext = run(
        "The shuttle Columbia launched on mission STS-193 on Tuesday, carrying astronauts Jane Holt and Mark "
        "Dalby.\n\nIvan Zorin was the first man to command a Space Shuttle mission.\n"
    )
    assert "Ivan Zorin" not in crew(ext, "STS-193")
