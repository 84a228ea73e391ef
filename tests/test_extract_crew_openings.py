"""Crew introduced by a cue before the list, and bulleted crew lists under a crew header."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_the_crew_included_a_list_of_people() -> None:
    ext = run(
        "A Soyuz spacecraft carrying three crew members has docked at the space station. The crew included "
        "American astronaut Jane Holloway and Russian cosmonauts Pavel Orlov and Ivan Sidorin.\n"
    )
    assert set(crew(ext, "Soyuz crewed flight")) == {"Jane Holloway", "Pavel Orlov", "Ivan Sidorin"}


def test_flight_astronauts_followed_by_their_names() -> None:
    ext = run(
        "The capsule of the Shenzhou-30 spaceship, carrying the Shenzhou-29 astronauts Li Wen, Zhao Ming and "
        "Sun Hao, touched down on Friday.\n"
    )
    assert set(crew(ext, "Shenzhou-29")) == {"Li Wen", "Zhao Ming", "Sun Hao"}


def test_people_still_aboard_the_station_are_not_the_crew_of_the_arriving_flight() -> None:
    ext = run(
        "The Soyuz MS-40 crew docked at the station on Friday. Still aboard are NASA's Jane Holloway and "
        "Russians Pavel Orlov and Ivan Sidorin.\n"
    )
    assert not set(crew(ext, "Soyuz MS-40")) & {"Jane Holloway", "Pavel Orlov", "Ivan Sidorin"}


def test_bulleted_crew_list_under_a_header_with_roles_before_and_after_the_name() -> None:
    ext = run(
        "The shuttle Endeavour lifted off on Monday on mission STS-140.\n\nThe crew includes:\n\n"
        "  • Commander Laura Finch\n  • Pilot Omar Haddad\n\nIt was a fine day.\n\n"
        "The crew of STS-141 were:\n\n  • Maria Petrova, Commander\n  • Omar Khan, Pilot\n"
    )
    assert crew(ext, "STS-140") == {"Laura Finch": {"commander"}, "Omar Haddad": {"pilot"}}
    assert crew(ext, "STS-141") == {"Maria Petrova": {"commander"}, "Omar Khan": {"pilot"}}


def test_bullets_without_a_crew_header_are_not_crew() -> None:
    ext = run(
        "The shuttle Endeavour lifted off on Monday on mission STS-140.\n\nSpeakers at the event:\n\n"
        "  • Laura Finch\n  • Omar Haddad\n"
    )
    assert not set(crew(ext, "STS-140")) & {"Laura Finch", "Omar Haddad"}
