"""A numbered expedition whose crew the story tells launching ('Expedition 9 Crew Lifts Off') is the flight the
story tells, and its later uses name it: no unnamed '<craft> crewed flight' stands in for it. An expedition
named only in passing is no flight of its own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, facts, missions, run

STORY = (
    "Expedition 9 Crew Lifts Off for the Orbiting Laboratory\n\n"
    "The Expedition 9 crew of Commander Marta Lindqvist and Flight Engineer Pavel Orlov waited in the Soyuz. "
    "Their launch on April 19, 2004, from the Baikonur Cosmodrome began a six-month stay. "
    "Two days later, they docked with the International Space Station."
)


def test_an_expedition_told_launching_is_the_story_flight_with_its_facts() -> None:
    ext = run(STORY, date(2024, 4, 18))
    assert missions(ext) == {"Expedition 9"}
    assert {"Marta Lindqvist", "Pavel Orlov"} <= set(crew(ext, "Expedition 9"))
    assert facts(ext, "launch_date", "Expedition 9") == {("Expedition 9", "2004-04-19")}
    assert facts(ext, "launch_site", "Expedition 9") == {("Expedition 9", "Baikonur Cosmodrome")}


def test_an_expedition_named_in_passing_is_no_flight() -> None:
    ext = run(
        "The Soyuz MS-40 capsule lifted off from Baikonur on Friday. "
        "Its three fliers will join the Expedition 80 crew aboard the station.",
        date(2026, 5, 2),
    )
    assert missions(ext) == {"Soyuz MS-40"}
