"""A crew told only through roles, with no launch sentence naming them ('The Shenzhou-31 mission leader A',
'Crew member B', 'Another taikonaut C', 'Soyuz MS-40 commander D'), is the crew of the story's flight (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run

_SPACEWALK = (
    "Officials name the first spacewalker\n\n"
    "JIUQUAN, May 3 -- The Shenzhou-31 mission leader Wu Jian will make the flight's first spacewalk, the control "
    "centre said on Monday.\n\n"
    "Wu, who turns 45 this summer, is due to leave the orbital module at noon. Crew member Gao Lin will help him "
    "with the hatch. Another taikonaut Sun Mei stays in the return capsule.\n"
)


def test_a_mission_leader_named_with_the_flight_is_its_crew_in_that_role() -> None:
    assert crew(run(_SPACEWALK), "Shenzhou-31")["Wu Jian"] & {"mission leader", "commander"}


def test_a_crew_member_and_another_taikonaut_of_a_one_flight_story_are_its_crew() -> None:
    members = crew(run(_SPACEWALK), "Shenzhou-31")
    assert "crew member" in members["Gao Lin"]
    assert "Sun Mei" in members


def test_a_commander_named_after_the_flight_is_its_commander() -> None:
    ext = run(
        "Soyuz MS-40 docks with the station\n\n"
        "The Soyuz MS-40 spacecraft docked with the International Space Station on Friday.\n\n"
        "Soyuz MS-40 commander Pavel Orlov steered the craft in by hand after a sensor failed.\n"
    )
    assert "commander" in crew(ext, "Soyuz MS-40")["Pavel Orlov"]


def test_an_earlier_crew_member_of_another_flight_is_not_this_flights_crew() -> None:
    ext = run(
        "The Shenzhou-31 crew will land on Tuesday after six months aboard the station.\n\n"
        "Former crew member Li Ping now trains young pilots in Beijing.\n"
    )
    assert "Li Ping" not in crew(ext, "Shenzhou-31")
