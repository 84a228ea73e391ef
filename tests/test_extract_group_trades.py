"""Occupations and roles told of a group or a title: 'Both astronauts are military pilots' (the flight's two crew),
'other NASA astronauts, including A, B and C' (each an astronaut), 'deputy administrator of NASA' (not cut to
'administrator'); an official who 'said' the crew would travel is no crew member (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run

_CREW_40 = (
    "NASA names two for its next crew\n\n"
    "Mara Quint and Theo Brandt will fly the SpaceX Crew-40 mission to the ISS next year. Quint will command the "
    "mission, while Brandt will be the pilot.\n\n"
    "NASA's associate administrator for spaceflight operations, Laura Vos, said NASA would keep working with both "
    "companies in preparing its astronauts and partners to travel to and from the ISS aboard American spacecraft. "
    "Other NASA astronauts, including Brian Lindqvist, "
    "Ray Okafor and Sue Darrow, keep training for the next test flight.\n\n"
    "Quint and Brandt were both selected in 2017. Both astronauts are military pilots with long flying careers.\n"
)


def test_a_trade_told_of_both_crew_members_is_each_ones() -> None:
    ext = run(_CREW_40)
    assert "military pilot" in objects(ext, "occupation", "Mara Quint")
    assert "military pilot" in objects(ext, "occupation", "Theo Brandt")


def test_people_listed_after_including_share_the_plural_trade_before() -> None:
    ext = run(_CREW_40)
    for name in ("Brian Lindqvist", "Ray Okafor", "Sue Darrow"):
        assert "astronaut" in objects(ext, "occupation", name), name


def test_an_official_who_said_the_crew_would_fly_is_no_crew_member() -> None:
    assert "Laura Vos" not in crew(run(_CREW_40), "SpaceX Crew-40")


def test_a_deputy_administrator_keeps_the_whole_title() -> None:
    ext = run(
        "Cosmonaut orbits the Earth\n\n"
        "In time, said Dr. Hal Brinkley, deputy administrator of NASA, there will be flights to the moon and back.\n"
    )
    assert "deputy administrator" in objects(ext, "occupation", "Hal Brinkley")
    assert "administrator" not in objects(ext, "occupation", "Hal Brinkley")


def test_people_after_a_dash_as_many_as_a_counted_trade_share_it() -> None:
    ext = run(
        "Cosmonauts mourned\n\n"
        "To Americans it recalled the loss of three American astronauts who died in 1967, when a spark lit the "
        "oxygen in their cabin on the pad -- Amos T. Quill, Edward R. Lane and Roger P. Vantosh.\n"
    )
    for name in ("Amos T. Quill", "Edward R. Lane", "Roger P. Vantosh"):
        assert "astronaut" in objects(ext, "occupation", name), name
